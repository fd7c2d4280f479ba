"""The PySide6 face of BLKDesk: windows, pages, dialogs and table models."""
