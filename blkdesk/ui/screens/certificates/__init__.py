"""Penilaian & Sertifikat: assessment, issuing, printing and verifying certificates."""
