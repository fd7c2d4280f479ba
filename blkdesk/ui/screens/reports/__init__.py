"""Laporan: the monthly report and the sync workbook for the province."""
