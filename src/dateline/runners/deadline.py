"""A wall-clock limit on a block of work (``doc_timeout``), enforced with a real-time timer signal.

The timer interrupts Python code, regular-expression matching and spaCy between tokens; it only
works in the main thread of a process (worker processes run their chunks there), elsewhere the
block runs without a limit.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from ..errors import DocumentTimeout


class BatchTimeout(BaseException):
    """A whole batch ran out of time (a BaseException, so per-document handlers let it through)."""


def can_limit() -> bool:
    """True when a time limit can be enforced here (POSIX timer signal, main thread)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(
    seconds: float | None, *, document: str | None = None, error: Callable[[], BaseException] | None = None
) -> Iterator[None]:
    """Raise ``DocumentTimeout`` (or ``error()``) when the block runs longer than ``seconds``.

    Example: ``with time_limit(120, document="story.html"): prepare(raw)``
    """
    if not seconds or seconds <= 0 or not can_limit():
        yield
        return

    def _expired(_signum, _frame):
        if error is not None:
            raise error()
        raise DocumentTimeout(
            f"processing took longer than {seconds:g} s; the document is skipped (raise "
            "DATELINE_DOC_TIMEOUT if such documents are expected)",
            document=document,
        )

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
