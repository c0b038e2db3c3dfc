"""Every setting the pipeline reads from its environment, in one object built once at the edge.

`Settings.from_env()` is called by the Airflow edge (`pipeline/airflow_io.py`) once per task and by the
command line once per command; stages, fetchers and validators receive the object (or the values they need)
and never read the environment themselves. This is the only module of the package that reads `os.environ`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

# The package's own sources file, used when NEWS_ETL_SOURCES names none.
PACKAGED_SOURCES = Path(__file__).resolve().parents[1] / "config" / "sources.yaml"
DEFAULT_DEMO_PORT = 8765
# The largest troop count accepted as plausible when a run does not say (the DAG param's default): the
# largest standing armies are around two million soldiers.
DEFAULT_PLAUSIBLE_MAX = 3_000_000
# Where the Troop mentions plugin (plugins/troop_mentions_plugin.py) serves the Data Docs folder.
DATA_DOCS_PATH = "/troop-mentions/data-docs"


@dataclass(frozen=True)
class Settings:
    raw_store: str = ".local/raw"  # NEWS_ETL_RAW_STORE: a directory or an fsspec URL (s3://bucket/raw)
    data_docs: str | None = None  # NEWS_ETL_DATA_DOCS: where Great Expectations writes Data Docs
    # NEWS_ETL_DATA_DOCS_URL: where a browser reaches that folder; default: the Troop mentions plugin serves it
    # behind the Airflow login at AIRFLOW__API__BASE_URL/troop-mentions/data-docs. None: file:// links.
    data_docs_url: str | None = None
    sources_path: Path = PACKAGED_SOURCES  # NEWS_ETL_SOURCES
    # Articles published this many days before a batch are compared for near duplicates (the LSH index costs
    # ~10 KB of memory per article).
    near_duplicate_window_days: int = 90  # NEWS_ETL_NEAR_DUPLICATE_WINDOW_DAYS
    # "No mention at all although articles were loaded" means a broken extractor only from this many articles.
    min_articles_expecting_mentions: int = 10  # NEWS_ETL_MIN_ARTICLES_EXPECTING_MENTIONS
    # Caps with recorded outcomes (docs/operations.md): an article keeps at most this many mentions
    # (news.extractions.problem says how many were found); a page whose decoded HTML is longer is rejected
    # (too_large) before the HTML parsers see it: their time grows faster than linearly (a 1.9 MB page of
    # links: 16 s; the largest of the 181 benchmark pages is 1.5 MB); a page whose parse takes longer than
    # max_parse_seconds is rejected (parse_timeout); a title or description longer than its cap rejects the
    # page (field_too_long); an article whose extraction takes longer than max_extract_seconds is marked failed
    # with that reason (a grammar loop that never ended once hung a run; real articles take milliseconds).
    max_mentions_per_article: int = 200  # NEWS_ETL_MAX_MENTIONS_PER_ARTICLE
    max_extract_seconds: float = 30.0  # NEWS_ETL_MAX_EXTRACT_SECONDS
    max_page_chars: int = 2_000_000  # NEWS_ETL_MAX_PAGE_CHARS
    max_parse_seconds: float = 30.0  # NEWS_ETL_MAX_PARSE_SECONDS
    max_title_chars: int = 1_000  # NEWS_ETL_MAX_TITLE_CHARS
    max_description_chars: int = 10_000  # NEWS_ETL_MAX_DESCRIPTION_CHARS
    # Source health: a run fails (and alerts) when no source delivered, or when a source has listed no URL
    # for this many hours (0 = only the "nothing delivered at all" check).
    source_silence_hours: float = 48.0  # NEWS_ETL_SOURCE_SILENCE_HOURS
    # A run of the same source still open after this many hours is abandoned: the next run closes it.
    abandoned_after_hours: float = 6.0  # NEWS_ETL_ABANDONED_AFTER_HOURS
    # Mentions of one figure from one claimant published within this many days of each other are one claim.
    claim_window_days: int = 14  # NEWS_ETL_CLAIM_WINDOW_DAYS
    warehouse_dsn: str | None = None  # NEWS_ETL_WAREHOUSE_DSN (libpq), for the command line outside Airflow
    warehouse_airflow_uri: str | None = None  # AIRFLOW_CONN_NEWS_WAREHOUSE, same purpose
    # Values that ${NAME} references in sources.yaml may expand to (a snapshot of the environment).
    variables: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = dict(os.environ if environ is None else environ)
        demo_port = env.get("NEWS_ETL_DEMO_PORT", str(DEFAULT_DEMO_PORT))
        env.setdefault("NEWS_ETL_DEMO_BASE_URL", f"http://127.0.0.1:{demo_port}")
        return cls(
            raw_store=env.get("NEWS_ETL_RAW_STORE") or cls.raw_store,
            data_docs=env.get("NEWS_ETL_DATA_DOCS") or None,
            data_docs_url=env.get("NEWS_ETL_DATA_DOCS_URL")
            or (
                f"{env['AIRFLOW__API__BASE_URL'].rstrip('/')}{DATA_DOCS_PATH}"
                if env.get("AIRFLOW__API__BASE_URL")
                else None
            ),
            sources_path=Path(env["NEWS_ETL_SOURCES"]) if env.get("NEWS_ETL_SOURCES") else PACKAGED_SOURCES,
            near_duplicate_window_days=int(
                env.get("NEWS_ETL_NEAR_DUPLICATE_WINDOW_DAYS", cls.near_duplicate_window_days)
            ),
            min_articles_expecting_mentions=int(
                env.get("NEWS_ETL_MIN_ARTICLES_EXPECTING_MENTIONS", cls.min_articles_expecting_mentions)
            ),
            max_mentions_per_article=int(
                env.get("NEWS_ETL_MAX_MENTIONS_PER_ARTICLE", cls.max_mentions_per_article)
            ),
            max_extract_seconds=float(env.get("NEWS_ETL_MAX_EXTRACT_SECONDS", cls.max_extract_seconds)),
            max_page_chars=int(env.get("NEWS_ETL_MAX_PAGE_CHARS", cls.max_page_chars)),
            max_parse_seconds=float(env.get("NEWS_ETL_MAX_PARSE_SECONDS", cls.max_parse_seconds)),
            max_title_chars=int(env.get("NEWS_ETL_MAX_TITLE_CHARS", cls.max_title_chars)),
            max_description_chars=int(env.get("NEWS_ETL_MAX_DESCRIPTION_CHARS", cls.max_description_chars)),
            source_silence_hours=float(env.get("NEWS_ETL_SOURCE_SILENCE_HOURS", cls.source_silence_hours)),
            abandoned_after_hours=float(env.get("NEWS_ETL_ABANDONED_AFTER_HOURS", cls.abandoned_after_hours)),
            claim_window_days=int(env.get("NEWS_ETL_CLAIM_WINDOW_DAYS", cls.claim_window_days)),
            warehouse_dsn=env.get("NEWS_ETL_WAREHOUSE_DSN") or None,
            warehouse_airflow_uri=env.get("AIRFLOW_CONN_NEWS_WAREHOUSE") or None,
            variables=MappingProxyType(env),
        )
