"""What became of graduates: placements and the follow-up call list."""
