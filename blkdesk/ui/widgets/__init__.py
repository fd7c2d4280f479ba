"""Shared widgets: the page frame, dialogs, form helpers, table models and charts."""
