"""Penempatan: placements, the follow-up call list and the survey import."""
