"""The database file and what keeps it safe: opening, locks, backups, restore, integrity, logs."""
