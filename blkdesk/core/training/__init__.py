"""Programmes, batches and their training days, and selecting applicants into a batch."""
