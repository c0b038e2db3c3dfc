"""Typed records that cross stage boundaries (discover -> fetch -> parse -> clean -> dedup -> extract -> load).

Kept dependency-free so that every stage, the CLI and the tests can import them cheaply.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal, TypeVar, get_args

# The closed vocabularies are Literal types (checked by mypy) and tuples of their values (checked at run time:
# configuration, Great Expectations value sets). Each tuple is derived from its type, so the two never differ.
SourceKind = Literal["rss", "sitemap", "urls", "i24_api"]
SOURCE_KINDS: tuple[SourceKind, ...] = get_args(SourceKind)
I24ApiLanguage = Literal["en", "fr", "ar", "he"]  # the editions the i24NEWS API serves
I24_API_LANGUAGES: tuple[I24ApiLanguage, ...] = get_args(I24ApiLanguage)
I24_API_BASE_URL = "https://api.i24news.tv"
I24_API_PAGE_SIZE = 20  # default items per list page
I24_API_MAX_PAGES = 5  # default list pages per run

# Reason codes for news.ingest_rejects. Stable strings: analysts filter on them.
RejectReason = Literal[
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
    "not_json",  # the i24NEWS API answered with something else than JSON, or with JSON that is not an article
    "shell_page",  # a client-rendered i24NEWS page without article text, and no text from the site's API either
    "field_too_long",  # a title or description over its cap (Settings.max_*_chars)
    "parse_timeout",  # parsing one page took longer than its cap
    "fetch_failed",  # an unexpected error while fetching one URL (the batch goes on)
    "abandoned",  # a URL of a run that stopped before deciding it, closed by the next run of its source
]
REJECT_REASONS: tuple[RejectReason, ...] = get_args(RejectReason)
Stage = Literal["discover", "fetch", "parse", "clean"]
Precision = Literal["exact", "approximate", "lower_bound", "upper_bound", "range", "vague"]
PRECISIONS: tuple[Precision, ...] = get_args(Precision)
MentionType = Literal["deployment", "force_size", "casualties", "withdrawal", "training", "other"]
MENTION_TYPES: tuple[MentionType, ...] = get_args(MentionType)
Attribution = Literal["reported", "quoted", "stated"]
ATTRIBUTIONS: tuple[Attribution, ...] = get_args(Attribution)

V = TypeVar("V", bound=str)


def checked(value: str, vocabulary: tuple[V, ...]) -> V:
    """``value`` as a member of a closed vocabulary (a Literal type's values): the grammar computes its labels
    as strings, and a label outside the vocabulary is a bug to stop at once, not a row for the warehouse."""
    for member in vocabulary:
        if value == member:
            return member
    raise ValueError(f"{value!r} is not one of {vocabulary}")


@dataclass(frozen=True)
class Source:
    """One entry of sources.yaml."""

    name: str
    kind: SourceKind
    url: str | None = None
    urls: tuple[str, ...] = ()
    language: str | None = None
    allow_private: bool = (
        False  # the source's own hosts (url, urls, api_base_url) may be private: as if listed
    )
    allowed_private_hosts: tuple[str, ...] = ()  # host names or IP networks this source may reach privately
    rate_limit_per_s: float = 1.0
    allowed_url_patterns: tuple[str, ...] = ()  # regexes; empty = everything on the source's hosts
    # i24NEWS API: the list endpoint for kind i24_api; for the other kinds where article text comes from when an
    # i24NEWS page is a client-rendered shell. None = I24_API_BASE_URL.
    api_base_url: str | None = None
    category: str | None = None  # i24_api: a category id to list instead of the home list
    page_size: int = I24_API_PAGE_SIZE  # i24_api: items per list page
    max_pages: int = (
        I24_API_MAX_PAGES  # i24_api: list pages read per run at most (a backfill reads until its start date)
    )

    @property
    def api_base(self) -> str:
        return (self.api_base_url or I24_API_BASE_URL).rstrip("/")


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
    stage: Stage
    reason: RejectReason
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
    section: str | None = None  # the outlet's section / category name, when the page or API names one


@dataclass
class Mention:
    """One troop count found in a text. Offsets index the text given to the extractor; the fields are named
    after their columns in news.deployment_mentions."""

    count_text: str
    char_start: int
    char_end: int
    troop_count_min: int | None
    troop_count_max: int | None
    count_precision: Precision
    actor_code: str | None  # ISO 3166-1 alpha-3, an international body (UN, NATO) or an armed group, or None
    location_country: str | None  # ISO 3166-1 alpha-3 or None
    mention_type: MentionType
    attribution: Attribution
    attribution_source: str | None  # who said it (CNN, Zelensky) when not the outlet's own statement
    confidence: float
    sentence: str = ""  # the evidence sentence
    extra: dict[str, object] = field(default_factory=dict)


LANGUAGES = ("en", "de", "fr", "he", "ar")
