"""Daily attendance: keying marks, percentages, and what the paper daftar hadir shows."""
