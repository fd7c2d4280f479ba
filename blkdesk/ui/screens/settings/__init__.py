"""Pengaturan: users, backups, the audit trail and UU PDP requests."""
