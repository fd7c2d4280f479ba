"""Errors a clerk can read. Services raise these; the GUI and CLI show `str(error)`."""


class BlkError(Exception):
    """Base for every error whose message is meant for the user (Indonesian)."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class ValidationError(BlkError):
    """Input breaks a rule; `field` names the form field it belongs to, when there is one."""


class FieldErrors(ValidationError):
    """Several fields are wrong at once (a form or an imported row)."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(errors.values()))
        self.errors = errors


class PermissionDenied(BlkError):
    pass


class NotFound(BlkError):
    pass


class AuthError(BlkError):
    pass


class DatabaseError(BlkError):
    """The database cannot be used as it is (too new, locked, on a share, corrupt)."""
