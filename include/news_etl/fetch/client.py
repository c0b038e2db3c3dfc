"""The polite, defensive HTTP client used by discover (feeds, sitemaps) and fetch (article pages)."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable, Iterable
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Literal
from urllib.parse import urljoin

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import MaxRetryError, ReadTimeoutError

from news_etl.fetch.address_guard import AddressGuard, PrivateAllowance, split_http_url
from news_etl.fetch.body_reader import read_capped
from news_etl.fetch.charset import decode_html
from news_etl.fetch.content_type import (
    binary_signature,
    is_feed_type,
    is_html_type,
    is_json_type,
    parse_content_type,
)
from news_etl.fetch.outcome import FetchOutcome, FetchRefused
from news_etl.fetch.rate_limit import HostRateLimiter
from news_etl.fetch.retry_policy import build_retry
from news_etl.fetch.robots import ROBOTS_MAX_BYTES, RobotsCache
from news_etl.records import FetchedPage, Reject, RejectReason, Source

if TYPE_CHECKING:
    from news_etl.fetch.raw_store import RawStore

ROBOTS_TOKEN = "news-etl"
DEFAULT_USER_AGENT = f"{ROBOTS_TOKEN}/0.1 (+https://github.com/news-etl/news-etl; news data pipeline)"
HTML_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"
FEED_ACCEPT = "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1"
JSON_ACCEPT = "application/json,*/*;q=0.1"
# What a non-HTML fetch accepts, and the reject reason for anything else.
_DOCUMENT_TYPES: dict[str, tuple[Callable[[str | None], bool], RejectReason]] = {
    "feed": (is_feed_type, "feed_error"),
    "json": (is_json_type, "not_json"),
}


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _refusal_from_exception(exc: requests.RequestException) -> FetchRefused:
    """Map requests' exception zoo onto our reason codes."""
    if isinstance(exc, requests.Timeout):
        return FetchRefused("timeout", str(exc))
    if isinstance(exc, (requests.exceptions.InvalidURL, requests.exceptions.InvalidSchema)):
        return FetchRefused("bad_url", str(exc))
    if isinstance(exc, requests.ConnectionError):
        # Read timeouts that exhausted the retries arrive as ConnectionError(MaxRetryError(ReadTimeoutError)).
        inner = exc.args[0] if exc.args else None
        if isinstance(inner, MaxRetryError) and isinstance(inner.reason, ReadTimeoutError):
            return FetchRefused("timeout", str(inner.reason))
        return FetchRefused("connection_error", str(exc))
    return FetchRefused("connection_error", f"{type(exc).__name__}: {exc}")


def _peer_address(response: requests.Response) -> str | None:
    """IP the response came from, while the streamed connection is still open; None when unknown."""
    sock = getattr(getattr(response.raw, "connection", None), "sock", None)
    try:
        return str(sock.getpeername()[0]) if sock is not None else None
    except OSError:
        return None


class HttpClient:
    """One ``requests.Session`` per host with pooling and urllib3 retries; robots.txt, per-host rate
    limit, SSRF guard, manual redirect following (each hop re-checked), streaming size cap.

    Thread-safe for concurrent ``fetch_page`` calls. ``raw_store``, when given, receives every body.
    ``allow_private_hosts``: host names or IP networks that may resolve to private addresses for EVERY
    source (tests, tools); the pipeline passes none: each source's own allowance (Source.allowed_private_hosts,
    allow_private) is applied to the requests it starts, redirect hops included. ``trust_env`` False ignores
    HTTP(S)_PROXY / .netrc from the environment.
    """

    def __init__(
        self,
        user_agent: str = DEFAULT_USER_AGENT,
        timeouts: tuple[float, float] = (5.0, 20.0),
        max_bytes: int = 5_000_000,
        max_redirects: int = 5,
        retries: int = 3,
        backoff: float = 0.5,
        allow_private_hosts: Iterable[str] = (),
        *,
        total_timeout: float = 60.0,
        max_retry_after: int = 60,
        pool_size: int = 4,
        raw_store: RawStore | None = None,
        trust_env: bool = False,
        limiter: HostRateLimiter | None = None,
    ) -> None:
        self.user_agent = user_agent
        self.timeouts = timeouts
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.total_timeout = total_timeout
        self.raw_store = raw_store
        self._retry = build_retry(retries, backoff, max_retry_after=max_retry_after)
        self._pool_size = pool_size
        self._trust_env = trust_env
        self._guard = AddressGuard(allow_private_hosts)
        self._limiter = limiter or HostRateLimiter()
        self._robots = RobotsCache()
        self._sessions: dict[str, requests.Session] = {}
        self._lock = threading.Lock()

    # -- public API ---------------------------------------------------------------------------------------

    def fetch_page(
        self, url: str, source: Source, etag: str | None = None, last_modified: str | None = None
    ) -> FetchOutcome:
        """Fetch an article page (HTML/XHTML only). A 304 is a success without body."""
        headers = {"Accept": HTML_ACCEPT}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._fetch(url, source, headers, as_html=True)

    def fetch_feed(self, url: str, source: Source) -> FetchOutcome:
        """Fetch a feed, sitemap or URL list. The body is returned as bytes, undecoded: XML parsers read
        the encoding from the XML declaration themselves. ``text`` is None."""
        return self._fetch(url, source, {"Accept": FEED_ACCEPT}, as_html=False)

    def fetch_json(
        self, url: str, source: Source, etag: str | None = None, last_modified: str | None = None
    ) -> FetchOutcome:
        """Fetch an API document (the i24NEWS API), undecoded like a feed; anything but JSON is a not_json
        reject. A 304 is a success without body."""
        headers = {"Accept": JSON_ACCEPT}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._fetch(url, source, headers, as_html=False, document="json")

    def close(self) -> None:
        with self._lock:
            sessions, self._sessions = list(self._sessions.values()), {}
        for session in sessions:
            session.close()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- one fetch ----------------------------------------------------------------------------------------

    def _fetch(
        self,
        url: str,
        source: Source,
        headers: dict[str, str],
        as_html: bool,
        document: Literal["feed", "json"] = "feed",
    ) -> FetchOutcome:
        try:
            return self._fetch_or_raise(url, source, headers, as_html, document)
        except FetchRefused as refusal:
            return FetchOutcome(
                reject=Reject(url=url, stage="fetch", reason=refusal.reason, detail=refusal.detail)
            )

    def _fetch_or_raise(
        self,
        url: str,
        source: Source,
        headers: dict[str, str],
        as_html: bool,
        document: Literal["feed", "json"],
    ) -> FetchOutcome:
        deadline = time.monotonic() + self.total_timeout
        response, final_url = self._open(url, source, headers, check_robots=True)
        with response:
            fetched_at = _now()
            content_type = response.headers.get("Content-Type")
            etag = response.headers.get("ETag")
            last_modified = response.headers.get("Last-Modified")
            if response.status_code == 304:
                page = FetchedPage(
                    url, final_url, 304, fetched_at, None, 0, content_type, None, etag, last_modified
                )
                return FetchOutcome(page=page)
            if not 200 <= response.status_code < 300:
                raise FetchRefused(
                    "http_error", f"HTTP {response.status_code} {response.reason or ''}".strip()
                )
            media_type, header_charset = parse_content_type(content_type)
            if as_html and not is_html_type(media_type):
                raise FetchRefused("not_html", f"Content-Type {media_type}")
            accepts, refusal = _DOCUMENT_TYPES[document]
            if not as_html and not accepts(media_type):
                raise FetchRefused(refusal, f"Content-Type {media_type} is not a {document} type")
            body = read_capped(response, self.max_bytes, deadline)
        text = encoding = decision = None
        if as_html:
            binary = binary_signature(body)
            if binary:
                raise FetchRefused("not_html", f"served as {media_type} but the body is {binary}")
            decoded = decode_html(body, header_charset)
            text, encoding, decision = decoded.text, decoded.encoding, decoded.decision
        sha256 = self.raw_store.put(body) if self.raw_store is not None else hashlib.sha256(body).hexdigest()
        page = FetchedPage(
            url, final_url, response.status_code, fetched_at, sha256, len(body), content_type, encoding,
            etag, last_modified, decision,
        )  # fmt: skip
        return FetchOutcome(page=page, body=body, text=text)

    def _open(
        self, url: str, source: Source, headers: dict[str, str], check_robots: bool
    ) -> tuple[requests.Response, str]:
        """GET with redirects followed by hand: requests' own redirect handling would connect to each hop
        before we could run the address guard and robots.txt on it."""
        current, seen = url, {url}
        allowance = PrivateAllowance.of_source(source)  # the starting source's, for every hop
        for _ in range(self.max_redirects + 1):
            self._guard.check(current, allowance)
            crawl_delay = 0.0
            if check_robots:
                rules = self._robots.rules_for(current, lambda robots: self._fetch_robots(robots, source))
                if not rules.allows(current, ROBOTS_TOKEN):
                    raise FetchRefused(
                        "robots_disallowed", f"robots.txt disallows {current} {rules.note}".strip()
                    )
                crawl_delay = rules.crawl_delay(ROBOTS_TOKEN)
            response = self._get(current, source, headers, crawl_delay)
            if not response.is_redirect:
                return response, current
            response.close()
            target = urljoin(current, response.headers["Location"])
            if target in seen:
                raise FetchRefused("redirect_loop", f"{current} redirects back to {target}")
            seen.add(target)
            current = target
        raise FetchRefused("redirect_loop", f"more than {self.max_redirects} redirects from {url}")

    def _get(
        self, url: str, source: Source, headers: dict[str, str], crawl_delay: float
    ) -> requests.Response:
        _, host, port = split_http_url(url)
        self._limiter.wait(f"{host}:{port}", source.rate_limit_per_s, crawl_delay)
        try:
            response = self._session(f"{host}:{port}").get(
                url, headers=headers, timeout=self.timeouts, stream=True, allow_redirects=False
            )
        except requests.RequestException as exc:
            raise _refusal_from_exception(exc) from exc
        peer = _peer_address(response)
        if peer is not None and not self._trust_env:  # through a proxy the peer is the proxy
            try:
                self._guard.check_peer(url, peer, PrivateAllowance.of_source(source))
            except FetchRefused:
                response.close()
                raise
        return response

    def _fetch_robots(self, robots_url: str, source: Source) -> tuple[int | None, str | None]:
        try:
            response, _ = self._open(robots_url, source, {"Accept": "text/plain"}, check_robots=False)
            with response:
                if not 200 <= response.status_code < 300:
                    return response.status_code, None
                body = read_capped(response, ROBOTS_MAX_BYTES, time.monotonic() + self.total_timeout)
                return response.status_code, body.decode("utf-8", errors="replace")
        except FetchRefused:
            return None, None

    def _session(self, host_key: str) -> requests.Session:
        with self._lock:
            session = self._sessions.get(host_key)
            if session is None:
                session = requests.Session()
                session.trust_env = self._trust_env
                session.headers["User-Agent"] = self.user_agent
                adapter = HTTPAdapter(
                    max_retries=self._retry, pool_connections=1, pool_maxsize=self._pool_size
                )
                session.mount("http://", adapter)
                session.mount("https://", adapter)
                self._sessions[host_key] = session
            return session
