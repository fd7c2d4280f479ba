"""The Qt-free domain: models, rules and services. Never import PySide6 here."""
