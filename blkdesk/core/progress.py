"""How long work reports progress and learns it was cancelled, without knowing about Qt."""

import threading


class Cancelled(Exception):
    """Raised inside work whose user pressed Cancel; the caller treats it as a quiet stop."""


class Progress:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancel = threading.Event()
        self._done = 0
        self._total = 0
        self._label = ""

    def update(self, done: int, total: int | None = None, label: str | None = None) -> None:
        with self._lock:
            self._done = done
            if total is not None:
                self._total = total
            if label is not None:
                self._label = label

    def snapshot(self) -> tuple[int, int, str]:
        with self._lock:
            return self._done, self._total, self._label

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Call between steps: stops the work (by raising Cancelled) once the user cancelled."""
        if self._cancel.is_set():
            raise Cancelled
