"""Kehadiran: the attendance grid and the paper daftar hadir."""
