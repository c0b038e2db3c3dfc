"""A time bound on one block of work, so one hostile page or article costs a recorded failure, not the batch.

Used by the parse stage (a parser's time grows faster than linearly with the page) and by the extraction stage
(a grammar loop that never ends on some text once hung a run: the bound turns it into a failed article).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class DeadlineExceeded(Exception):
    """The block ran longer than its bound; the message says what and how long."""


class _Expired(BaseException):
    """Raised by the alarm inside the block: a BaseException, so no `except Exception` in a library eats it."""


@contextmanager
def deadline(seconds: float, what: str) -> Iterator[None]:
    """DeadlineExceeded when the block runs longer than `seconds` (0 or less: no bound).

    A SIGALRM timer, so it works only in a process's main thread (where the Airflow task and the command line
    run) and only when no other timer is running (Airflow's execution_timeout uses the same one: then that
    bound applies). Elsewhere the block runs unbounded."""
    usable = (
        seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_REAL)[0] == 0
    )
    if not usable:
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise _Expired

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _Expired:
        raise DeadlineExceeded(f"{what} took longer than {seconds:g} s") from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
