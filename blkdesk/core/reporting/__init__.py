"""Read-only figures and lists: Beranda's figures and the plain lists the pages show."""
