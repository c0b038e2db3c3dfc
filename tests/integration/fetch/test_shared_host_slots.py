"""Per-host slots booked in the warehouse: limiters in different connections (different tasks, different
workers) keep one host's pace together."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from news_etl.fetch.rate_limit import HostRateLimiter
from news_etl.fetch.shared_slots import WarehouseSlots, sibling_connection

pytestmark = pytest.mark.integration


def test_two_workers_limiters_share_one_hosts_pace(warehouse: Any) -> None:
    waited: list[float] = []
    with sibling_connection(warehouse) as first, sibling_connection(warehouse) as second:
        limiters = [
            HostRateLimiter(reserve=WarehouseSlots(c).reserve, sleep=waited.append) for c in (first, second)
        ]
        # Four requests to one host at 1/s, alternating between the two "workers", booked at once (sleep is
        # recorded, not done): each must wait about 1 s longer than the one before, as one limiter would make them.
        delays = [limiters[i % 2].wait("news.example:443", per_second=1) for i in range(4)]
        other_host = limiters[1].wait("other.example:443", per_second=1)
    assert delays[0] == pytest.approx(0.0, abs=0.1)
    for before, after in itertools.pairwise(delays):
        assert after - before == pytest.approx(1.0, abs=0.1)
    assert other_host == pytest.approx(0.0, abs=0.1), "another host has its own pace"
    assert waited == [d for d in [*delays, other_host] if d > 0]
