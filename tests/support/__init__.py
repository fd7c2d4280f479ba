"""Builders and fixtures shared by the tests. Tests import from here, never from each other."""
