"""Per-host politeness: at most N requests per second to one host, for all threads of a client (or, with a
shared `reserve`, for every process that books its slots in the same place)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

# (host, interval in seconds) -> seconds until the slot reserved for the request.
Reserve = Callable[[str, float], float]


class HostRateLimiter:
    """Spaces requests to the same host at least 1/rate seconds apart (a slot reservation, so concurrent
    callers queue instead of bursting). Hand-written because the task is ten lines and the libraries we
    looked at (ratelimit, pyrate-limiter) are either unmaintained or far heavier than the need.

    Slots are booked in this process unless `reserve` books them elsewhere: the fetch tasks use
    news_etl.fetch.shared_slots (the warehouse), so tasks running at once on several workers share a host's pace.
    """

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        reserve: Reserve | None = None,
    ) -> None:
        self._next_slot: dict[str, float] = {}
        self._lock = threading.Lock()
        self._clock = clock
        self._sleep = sleep
        self._reserve = reserve or self._reserve_here

    def wait(self, host: str, per_second: float, min_interval: float = 0.0) -> float:
        """Block until ``host`` may be hit again; returns the seconds waited. ``per_second`` <= 0 = no limit.
        ``min_interval`` lets robots.txt Crawl-delay slow a host down further."""
        interval = max(1.0 / per_second if per_second > 0 else 0.0, min_interval)
        delay = self._reserve(host, interval)
        if delay > 0:
            self._sleep(delay)
        return max(delay, 0.0)

    def _reserve_here(self, host: str, interval: float) -> float:
        with self._lock:
            now = self._clock()
            slot = max(now, self._next_slot.get(host, now))
            self._next_slot[host] = slot + interval
        return slot - now
