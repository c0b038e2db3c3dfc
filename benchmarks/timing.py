"""Accumulating stopwatch (wall and CPU time of the measured calls only) and the process's resident memory."""

from __future__ import annotations

import time


class Stopwatch:
    """Time only the code inside ``with watch:`` blocks, summed over all of them.

    CPU time is reported beside wall time: on a machine shared with other jobs the wall clock includes the
    time the scheduler gave to others, CPU time does not (but misses time spent in the database server).
    """

    def __init__(self) -> None:
        self.seconds = 0.0
        self.cpu_seconds = 0.0

    def __enter__(self) -> Stopwatch:
        self._wall = time.perf_counter()
        self._cpu = time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds += time.perf_counter() - self._wall
        self.cpu_seconds += time.process_time() - self._cpu


def rss_mb() -> float:
    """Current resident set size of this process, MiB (Linux)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("VmRSS not found in /proc/self/status")
