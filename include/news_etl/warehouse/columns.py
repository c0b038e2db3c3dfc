"""The columns each pipeline stage writes, named once, and the SQL fragments built from them.

Rows are dicts keyed by these names and bound as named parameters, so a column added to a table is added
here and in the row builder, never counted into a positional tuple. Names come from this module only (never
from input), which is why they may be formatted into SQL text.
"""

from __future__ import annotations

from collections.abc import Sequence

RAW_PAGE_COLUMNS = (
    "run_id", "url", "final_url", "status", "fetched_at", "sha256", "bytes", "content_type", "encoding",
    "etag", "last_modified", "encoding_decision",
)  # fmt: skip

# What the parse stage stages for an article (news.articles_staging), before dedup decides its version.
STAGED_ARTICLE_COLUMNS = (
    "run_id", "url", "article_id", "canonical_url", "source", "language", "language_declared",
    "language_detected", "language_mismatch", "title", "description", "authors", "published_at", "modified_at",
    "tags", "body", "body_raw", "body_sha256", "word_count", "adapter", "adapter_version", "raw_sha256",
    "fetched_at", "minhash", "section",
)  # fmt: skip

# What the load copies from staging into news.articles (is_current is set by the load itself).
ARTICLE_COLUMNS = (
    "article_id", "version", "canonical_url", "url", "source", "language", "language_declared",
    "language_detected", "language_mismatch", "title", "description", "authors", "published_at", "modified_at",
    "tags", "body", "body_raw", "body_sha256", "word_count", "adapter", "adapter_version", "raw_sha256",
    "fetched_at", "run_id", "duplicate_of", "duplicate_kind", "story_id", "minhash", "section",
)  # fmt: skip

# news.shell_page_api_fetches: the API document fetched for a client-rendered i24NEWS page.
SHELL_API_FETCH_COLUMNS = (
    "run_id", "url", "api_url", "fetched_at", "status", "sha256", "bytes", "content_type", "reject_reason",
    "reject_detail",
)  # fmt: skip

# news.mentions_staging and news.deployment_mentions share these columns.
MENTION_COLUMNS = (
    "mention_id", "article_id", "article_version", "story_id", "run_id", "is_current", "troop_count_min",
    "troop_count_max", "count_precision", "count_text", "char_start", "char_end", "actor_code",
    "actor_kind", "location_country", "mention_type", "attribution", "attribution_source", "confidence",
    "sentence", "language", "extractor_version",
)  # fmt: skip


def column_list(columns: Sequence[str]) -> str:
    return ", ".join(columns)


def update_set(columns: Sequence[str], keys: Sequence[str]) -> str:
    """`c = EXCLUDED.c` for every column but the conflict keys."""
    return ", ".join(f"{c} = EXCLUDED.{c}" for c in columns if c not in keys)


def insert_sql(table: str, columns: Sequence[str], on_conflict: str | None = None) -> str:
    """INSERT of one row given as a dict with these keys (named parameters)."""
    values = ", ".join(f"%({c})s" for c in columns)
    conflict = f" ON CONFLICT {on_conflict}" if on_conflict else ""
    return f"INSERT INTO {table} ({column_list(columns)}) VALUES ({values}){conflict}"
