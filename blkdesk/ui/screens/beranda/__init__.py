"""Beranda: the figures, charts and banners a clerk sees first."""
