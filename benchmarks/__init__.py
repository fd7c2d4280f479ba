"""Speed and memory figures for BLKDesk, measured outside the test suite (`./dev bench`)."""
