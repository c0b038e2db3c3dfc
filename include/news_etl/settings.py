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
            warehouse_dsn=env.get("NEWS_ETL_WAREHOUSE_DSN") or None,
            warehouse_airflow_uri=env.get("AIRFLOW_CONN_NEWS_WAREHOUSE") or None,
            variables=MappingProxyType(env),
        )
