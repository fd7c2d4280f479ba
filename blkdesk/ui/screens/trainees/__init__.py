"""Peserta: the registry list, the trainee form, the trainee view and the Excel import."""
