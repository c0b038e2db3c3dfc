"""Typed records that cross stage boundaries (discover -> fetch -> parse -> clean -> dedup -> extract -> load).

Kept dependency-free so that every stage, the CLI and the tests can import them cheaply.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

SOURCE_KINDS = ("rss", "sitemap", "urls")

# Reason codes for news.ingest_rejects. Stable strings: analysts filter on them.
REJECT_REASONS = (
    "http_error",
    "timeout",
    "connection_error",
    "too_large",
    "not_html",
    "robots_disallowed",
    "blocked_address",
    "bad_url",
    "redirect_loop",
    "bad_encoding",
    "parse_failed",
    "empty_body",
    "feed_error",
    "url_not_allowed",
    "field_too_long",
    "parse_timeout",
    "fetch_failed",
    "abandoned",
)


@dataclass(frozen=True)
class Source:
    """One entry of sources.yaml."""

    name: str
    kind: str  # rss | sitemap | urls
    url: str | None = None
    urls: tuple[str, ...] = ()
    language: str | None = None
    allow_private: bool = False  # the source's own hosts (of url/urls) may be private: same as listing them
    allowed_private_hosts: tuple[str, ...] = ()  # host names or IP networks this source may reach privately
    rate_limit_per_s: float = 1.0
    allowed_url_patterns: tuple[str, ...] = ()  # regexes; empty = everything on the source's hosts


@dataclass(frozen=True)
class DiscoveredUrl:
    url: str
    source: str
    lastmod: datetime | None = None  # feed entry date / sitemap lastmod, UTC
    language_hint: str | None = None


@dataclass(frozen=True)
class Reject:
    """A URL that could not be turned into an article, with a stable reason code."""

    url: str
    stage: str  # discover | fetch | parse | clean
    reason: str  # one of REJECT_REASONS
    detail: str = ""


@dataclass(frozen=True)
class FetchedPage:
    """One HTTP fetch; the body itself lives in the raw store under sha256."""

    url: str
    final_url: str
    status: int
    fetched_at: datetime
    sha256: str | None  # None for a 304 (not modified)
    bytes: int
    content_type: str | None
    encoding: str | None
    etag: str | None = None
    last_modified: str | None = None
    encoding_decision: str | None = None  # how the encoding was chosen (fetch/charset.py Decoded.decision)


@dataclass
class ParsedArticle:
    url: str
    canonical_url: str
    source: str
    language: str | None
    title: str
    description: str | None
    authors: list[str]
    published_at: datetime | None
    modified_at: datetime | None
    tags: list[str]
    body: str  # paragraphs separated by blank lines
    word_count: int
    adapter: str
    adapter_version: str


@dataclass
class Mention:
    """One troop count found in a text. Offsets index the text given to the extractor; the fields are named
    after their columns in news.deployment_mentions."""

    count_text: str
    char_start: int
    char_end: int
    troop_count_min: int | None
    troop_count_max: int | None
    count_precision: str  # exact | approximate | lower_bound | upper_bound | range | vague
    actor_code: str | None  # ISO 3166-1 alpha-3, an international body (UN, NATO) or an armed group, or None
    location_country: str | None  # ISO 3166-1 alpha-3 or None
    mention_type: str  # deployment | force_size | casualties | withdrawal | training | other
    attribution: str  # reported | quoted | stated
    attribution_source: str | None  # who said it (CNN, Zelensky) when not the outlet's own statement
    confidence: float
    sentence: str = ""  # the evidence sentence
    extra: dict[str, object] = field(default_factory=dict)


PRECISIONS = ("exact", "approximate", "lower_bound", "upper_bound", "range", "vague")
MENTION_TYPES = ("deployment", "force_size", "casualties", "withdrawal", "training", "other")
ATTRIBUTIONS = ("reported", "quoted", "stated")
LANGUAGES = ("en", "de", "fr", "he", "ar")
