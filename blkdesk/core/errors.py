"""Errors a clerk can read. Services raise these; the GUI shows `message` (in its language, see
core/sentences.py), the CLI `str(error)` (Indonesian)."""

from blkdesk.core.sentences import semicolons, spoken


class BlkError(Exception):
    """Base for every error whose message is meant for the user (Indonesian)."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        # As core wrote it (Indonesian): what core itself passes on, stores or exports.
        self.said = message
        self.field = field

    @property
    def message(self) -> str:
        """What the clerk reads, in the interface's language."""
        return spoken(self.said)


class ValidationError(BlkError):
    """Input breaks a rule; `field` names the form field it belongs to, when there is one."""


class FieldErrors(ValidationError):
    """Several fields are wrong at once (a form or an imported row)."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(semicolons(list(errors.values())))  # said field by field when passed on
        self.errors = errors

    @property
    def message(self) -> str:
        return "; ".join(spoken(text) for text in self.errors.values())


class PermissionDenied(BlkError):
    pass


class NotFound(BlkError):
    pass


class AuthError(BlkError):
    pass


class DatabaseError(BlkError):
    """The database cannot be used as it is (too new, locked, on a share, corrupt)."""
