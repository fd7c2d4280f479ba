"""Applicants and trainees: registration, NIK, contact details, eligibility, search, the record."""
