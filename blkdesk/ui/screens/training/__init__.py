"""Dialogs and widgets of the Pelatihan & Angkatan page."""
