"""The whole chain on a synthetic corpus without the network: the corpus is archived as an earlier run would
have fetched it (raw store + news.discovered_urls + news.raw_pages), then both DAGs run in-process with
``reparse``, which replays the archive through discover -> fetch -> parse -> dedup -> load -> extract ->
validate -> publish exactly as the tasks do."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from psycopg2.extras import execute_values

from benchmarks.corpus import CorpusSpec, batched, generate_pages
from benchmarks.timing import Stopwatch

SEED_RUN = "bench-archive"
SOURCE = {"name": "bench", "kind": "urls", "urls": ["https://www.i24news.tv/en"]}


def seed_archive(conn, spec: CorpusSpec, store_dir: Path) -> None:
    from news_etl.fetch.raw_store import RawStore

    store = RawStore(str(store_dir))
    with conn.cursor() as cur:
        for batch in batched(generate_pages(spec), 1000):
            discovered, fetched = [], []
            for item in batch:
                sha = store.put(item.html)
                discovered.append((SEED_RUN, item.url, SOURCE["name"], item.published_at, None, "loaded"))
                fetched.append((SEED_RUN, item.url, item.url, 200, item.published_at, sha, len(item.html),
                                "text/html; charset=utf-8", "utf-8"))  # fmt: skip
            execute_values(
                cur,
                "INSERT INTO news.discovered_urls (run_id, url, source, lastmod, language_hint, outcome) VALUES %s",
                discovered,
            )
            execute_values(
                cur,
                "INSERT INTO news.raw_pages (run_id, url, final_url, status, fetched_at, sha256, bytes,"
                " content_type, encoding) VALUES %s",
                fetched,
            )
    conn.commit()


def run_chain(
    conn, spec: CorpusSpec, store_dir: Path, ingest_watch: Stopwatch, mentions_watch: Stopwatch
) -> dict[str, Any]:
    """Both DAGs, timed separately; returns the run totals and what the mentions DAG published."""
    from news_etl.pipeline import inprocess
    from news_etl.pipeline.context import RunContext

    os.environ["NEWS_ETL_RAW_STORE"] = str(store_dir)
    os.environ.setdefault("NEWS_ETL_DATA_DOCS", str(store_dir.parent / "data_docs"))
    run_id = f"bench-chain-{spec.size}"
    with ingest_watch:
        totals = inprocess.run_ingest(
            conn, RunContext("news_ingest", run_id), {"extra_sources": [SOURCE], "reparse": True}
        )
    failure = None
    with mentions_watch:
        try:
            published = inprocess.run_mentions(conn, RunContext("deployment_mentions", run_id))
        except Exception as error:  # the quality gate failing is a result to report, not a crash
            failure, published = f"{type(error).__name__}: {error}"[:300], {}
    return {
        "loaded": totals["loaded"],
        "duplicates": totals["duplicates"],
        "rejected": totals["rejected"],
        "mentions": published.get("mentions"),
        "published": published.get("published"),
        "mentions_failure": failure,
    }
