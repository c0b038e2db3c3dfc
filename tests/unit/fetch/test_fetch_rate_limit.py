from __future__ import annotations

from news_etl.fetch.rate_limit import HostRateLimiter


class FakeClock:
    """Virtual time: sleeping advances the clock, so the test checks the schedule, not the wall clock."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def test_one_request_per_second_per_host():
    clock = FakeClock()
    limiter = HostRateLimiter(clock=clock, sleep=clock.sleep)
    waits = [limiter.wait("a:443", 1.0) for _ in range(3)]
    assert waits == [0.0, 1.0, 1.0]
    assert limiter.wait("b:443", 1.0) == 0.0  # other hosts are independent


def test_idle_host_does_not_bank_credit():
    clock = FakeClock()
    limiter = HostRateLimiter(clock=clock, sleep=clock.sleep)
    limiter.wait("a", 2.0)
    clock.now += 10
    assert limiter.wait("a", 2.0) == 0.0
    assert limiter.wait("a", 2.0) == 0.5


def test_crawl_delay_and_unlimited():
    clock = FakeClock()
    limiter = HostRateLimiter(clock=clock, sleep=clock.sleep)
    limiter.wait("a", 10.0, min_interval=3.0)
    assert limiter.wait("a", 10.0, min_interval=3.0) == 3.0
    assert [limiter.wait("b", 0) for _ in range(3)] == [0.0, 0.0, 0.0]
