"""Error reports a clerk can send to the IT officer without leaking anyone's personal data.

The report keeps what a developer needs (exception types, the code path, the versions) and masks
every word of an exception message that does not come from the code itself: a message such as
`UNIQUE constraint failed ... ('3602015708950001', 'Siti Aminah')` carries trainees' data, while
`'NoneType' object has no attribute 'name'` is made of words the source code and Python use. So a
word survives only when it is on that allowlist (identifiers in the traceback's source lines,
Python's builtins, common error-message words); anything else becomes `…`.
"""

import builtins
import platform
import re
import sys
import traceback
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from blkdesk.core.storage.paths import log_dir

MASK = "…"
_WORD = re.compile(r"[^\W_][\w]*|_+\w*", re.UNICODE)
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# Words Python, SQLite and SQLAlchemy put in their own messages.
_ERROR_WORDS = frozenset(
    " ".join(
        (
            "a an and argument arguments as at attribute be by call callable can cannot column",
            "constraint could database decode denied directory disk does division empty error",
            "expected failed false file for found foreign from full given got has have in index",
            "int invalid is it item key keyword literal locked many missing must no none not",
            "object of on operand or out permission positional range read required such support",
            "supported table takes than that the to too true type types unexpected unique",
            "unsupported value was with write zero null readonly only subscriptable iterable",
            "timeout closed connection already exists duplicate violates detail",
        )
    ).split()
)
_BUILTIN_NAMES = frozenset(dir(builtins)) | {"NoneType"}


def _module_path(filename: str) -> str:
    """Where the code lives, without the folder it was installed in (that holds a user name)."""
    parts = Path(filename).parts
    for anchor in ("blkdesk", "site-packages"):
        if anchor in parts:
            index = len(parts) - 1 - parts[::-1].index(anchor)
            start = index if anchor == "blkdesk" else index + 1
            return "/".join(parts[start:])
    return Path(filename).name


def _frames(tb: TracebackType | None) -> list[traceback.FrameSummary]:
    return list(traceback.extract_tb(tb)) if tb is not None else []


def _allowed_words(frames: Iterable[traceback.FrameSummary], types: Iterable[str]) -> set[str]:
    allowed = set(_BUILTIN_NAMES) | set(types)
    for frame in frames:
        allowed.add(frame.name)
        allowed.update(_IDENTIFIER.findall(frame.line or ""))
    return allowed


def scrub(message: str, allowed: set[str]) -> str:
    """`message` with every word not in `allowed` (or the error-word list) replaced by `…`."""
    # SQLAlchemy appends the statement and its parameters; the parameters are the personal data.
    message = message.split("[SQL:", 1)[0].split("[parameters:", 1)[0]
    message = message.split("(Background on this error", 1)[0].strip()

    def keep(match: re.Match[str]) -> str:
        word = match.group(0)
        if word in allowed or word.lower() in _ERROR_WORDS:
            return word
        return MASK

    masked = _WORD.sub(keep, message)
    return re.sub(rf"{MASK}(?:[\s.,@+/-]*{MASK})+", MASK, masked)


def scrubbed(exc: BaseException) -> str:
    """The exception's message as a crash report writes it, for a log line that quotes it (a
    PostgreSQL refusal repeats the offending key, `Key (nik)=(3602…) already exists`)."""
    chain = _chain(exc)
    frames = [f for e in chain for f in _frames(e.__traceback__)]
    return scrub(str(exc), _allowed_words(frames, (type(e).__name__ for e in chain)))


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception and the ones it was raised from or while handling, outermost last."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain[::-1]


def build_report(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    context: dict[str, str] | None = None,
    now: datetime | None = None,
) -> str:
    """A plain-text report: versions, then each exception with its scrubbed message and frames."""
    from blkdesk import __version__

    chain = _chain(exc) if exc is not None else []
    frames_by_exc = [(e, _frames(e.__traceback__ if e is not exc else tb)) for e in chain]
    all_frames = [f for _, frames in frames_by_exc for f in frames]
    allowed = _allowed_words(all_frames, (type(e).__name__ for e in chain))
    stamp = (now or datetime.now()).strftime("%Y-%m-%d %H:%M:%S")
    lines = [
        "Laporan kesalahan BLKDesk (tanpa data pribadi)",
        f"Waktu: {stamp}",
        f"BLKDesk: {__version__}",
        f"Python: {sys.version.split()[0]}",
        f"Sistem: {platform.system()} {platform.release()} ({platform.machine()})",
        f"Terpaket: {'ya' if getattr(sys, 'frozen', False) else 'tidak'}",
    ]
    lines += [f"{key}: {value}" for key, value in (context or {}).items()]
    for i, (error, frames) in enumerate(frames_by_exc):
        lines.append("")
        if i:
            lines.append("Lalu, saat menangani kesalahan di atas:")
        name = type(error).__name__ if error is not exc else exc_type.__name__
        lines.append(f"{name}: {scrub(str(error), allowed)}")
        for frame in frames:
            lines.append(f"  {_module_path(frame.filename)}:{frame.lineno} di {frame.name}")
            if frame.line:
                lines.append(f"    {frame.line.strip()}")
    return "\n".join(lines) + "\n"


def save_report(text: str, folder: Path | None = None, now: datetime | None = None) -> Path:
    """Write the report beside the log (a new file each time, never overwriting an older one)."""
    folder = folder or log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    base = f"laporan-galat-{(now or datetime.now()).strftime('%Y%m%d-%H%M%S')}"
    path = folder / f"{base}.txt"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"{base}-{n}.txt"
    path.write_text(text, encoding="utf-8")
    return path
