"""robots.txt per host (protego), cached with a TTL.

Status handling (RFC 9309 section 2.3.1): 2xx = parse the rules; 4xx (including 404) = no rules, allow all;
5xx = complete disallow until the cache entry expires. A robots.txt that cannot be fetched at all
(DNS failure, refused connection, timeout) is treated as allow-all: RFC 9309 would say disallow, but the page
fetch that follows fails on the same network error and reports it as connection_error/timeout, which tells
the operator more than a blanket robots_disallowed would.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from protego import Protego

ROBOTS_MAX_BYTES = 500 * 1024  # RFC 9309: crawlers must parse at least 500 KiB
CACHE_SECONDS = 24 * 3600  # RFC 9309: do not use a cached copy for more than 24 hours
# A 5xx is usually transient: re-ask after ten minutes instead of shunning the host for a day.
ERROR_CACHE_SECONDS = 600


@dataclass(frozen=True)
class RobotsRules:
    parser: Protego | None  # None = no rules
    disallow_all: bool = False
    note: str = ""

    def allows(self, url: str, user_agent: str) -> bool:
        if self.disallow_all:
            return False
        return self.parser is None or self.parser.can_fetch(url, user_agent)

    def crawl_delay(self, user_agent: str) -> float:
        if self.parser is None:
            return 0.0
        delay = self.parser.crawl_delay(user_agent)
        return float(delay) if delay else 0.0


def rules_from_response(status: int | None, body: str | None) -> RobotsRules:
    """Pure mapping of a robots.txt fetch result to rules; status None = could not fetch."""
    if status is None:
        return RobotsRules(None, note="robots.txt unreachable: allow all")
    if 200 <= status < 300:
        return RobotsRules(Protego.parse(body or ""))
    if 400 <= status < 500:
        return RobotsRules(None, note=f"robots.txt HTTP {status}: allow all")
    return RobotsRules(None, disallow_all=True, note=f"robots.txt HTTP {status}: disallow all")


def robots_url(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/robots.txt"


RobotsFetcher = Callable[[str], tuple[int | None, str | None]]


class RobotsCache:
    """Rules per scheme+host+port. The ``fetcher(robots_url) -> (status | None, text | None)`` passed to
    ``rules_for`` does the request (through the client, so the address guard and size cap apply to it)."""

    def __init__(
        self,
        ttl: float = CACHE_SECONDS,
        error_ttl: float = ERROR_CACHE_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._ttl = ttl
        self._error_ttl = error_ttl
        self._clock = clock
        self._cache: dict[str, tuple[float, RobotsRules]] = {}  # robots URL -> (expires at, rules)
        self._lock = threading.Lock()

    def rules_for(self, url: str, fetcher: RobotsFetcher) -> RobotsRules:
        key = robots_url(url)
        with self._lock:
            cached = self._cache.get(key)
        if cached is not None and self._clock() < cached[0]:
            return cached[1]
        rules = rules_from_response(*fetcher(key))
        ttl = self._error_ttl if rules.disallow_all else self._ttl
        with self._lock:
            self._cache[key] = (self._clock() + ttl, rules)
        return rules
