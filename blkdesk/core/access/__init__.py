"""Who may act: accounts and passwords, the audit viewer, and UU PDP requests."""
