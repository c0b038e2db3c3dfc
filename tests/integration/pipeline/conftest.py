from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def demo_site() -> Iterator[str]:
    from dev.demo_site.server import serve_in_thread

    server, base_url = serve_in_thread()
    yield base_url
    server.shutdown()


@pytest.fixture()
def demo_params(demo_site: str) -> dict:
    return {
        "extra_sources": [
            {
                "name": "demo",
                "kind": "rss",
                "url": f"{demo_site}/feed.xml",
                "allow_private": True,
                "rate_limit_per_s": 100,
            },
            {
                "name": "demo-sitemap",
                "kind": "sitemap",
                "url": f"{demo_site}/sitemap.xml",
                "allow_private": True,
                "rate_limit_per_s": 100,
            },
        ]
    }


@pytest.fixture()
def i24_params(demo_site: str) -> dict:
    """The demo site's i24NEWS-shaped sources, as in include/config/sources.yaml: the feed of client-rendered
    pages, and the API list of category 3 in every edition (English two pages of one item)."""
    common = {"api_base_url": demo_site, "allow_private": True, "rate_limit_per_s": 100}
    return {
        "extra_sources": [
            {"name": "demo-i24-pages", "kind": "rss", "url": f"{demo_site}/i24-feed.xml", **common},
            *(
                {"name": f"demo-i24-api-{lang}", "kind": "i24_api", "language": lang, "category": 3,
                 **({"page_size": 1} if lang == "en" else {}), **common}
                for lang in ("en", "fr", "ar", "he")
            ),
        ]
    }  # fmt: skip


@pytest.fixture()
def raw_store_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NEWS_ETL_RAW_STORE", str(tmp_path / "raw"))
    return tmp_path / "raw"


@pytest.fixture(scope="session")
def demo_expectations(seed_article: Path) -> dict:
    """The machine-readable expectations block of dev/demo_site/README.md (it counts the seed article's page,
    served from ../shared: skipped where that is absent)."""
    text = (ROOT / "dev" / "demo_site" / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- expected-pages:begin -->\s*```json\s*(.*?)```", text, re.S)
    assert block, "expected-pages block missing from dev/demo_site/README.md"
    return json.loads(block.group(1))


@pytest.fixture()
def checksums():
    return table_checksums


def table_checksums(conn) -> dict[str, str]:
    """md5 of every news table's rows in a stable order: equal checksums = identical tables."""
    with conn.cursor() as cur:
        cur.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'news' ORDER BY tablename")
        # news.host_fetch_slots is the fetchers' pace (when a host may next be hit), not data a run produces.
        tables = [t for (t,) in cur.fetchall() if t != "host_fetch_slots"]
        sums = {}
        for table in tables:
            # Table names come from the catalog; quoted with %I-equivalent double quotes.
            cur.execute(
                f"SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM news.\"{table}\" t"
            )
            sums[table] = cur.fetchone()[0]
    return sums
