"""Both DAGs for real through `airflow dags test`, against the demo site and a real PostgreSQL warehouse.

The acceptance test of the project: the seed article's four troop mentions come out right, end to end.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

pytestmark = [pytest.mark.integration, pytest.mark.airflow]

ROOT = Path(__file__).resolve().parents[3]
SEED_PATH = "/de/nachrichten/international/1729503000-videos-zeigen-nordkoreanische-soldaten-bei-der-ausruestung-in-russland/"


def _airflow(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    airflow = str(Path(sys.executable).with_name("airflow"))
    return subprocess.run([airflow, *args], env=env, capture_output=True, text=True, timeout=600, cwd=ROOT)


@pytest.fixture()
def airflow_env(
    tmp_path: Path, demo_site: str, warehouse_airflow_uri: str, warehouse, seed_article: Path
) -> dict[str, str]:
    if not os.environ.get("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"):
        pytest.skip("Airflow metadata DB not configured: run through `make test` (it sources .local/env.sh)")
    sources = tmp_path / "sources.yaml"
    sources.write_text(
        yaml.safe_dump(
            {
                "sources": [
                    {"name": "demo", "kind": "rss", "url": f"{demo_site}/feed.xml", "allow_private": True,
                     "rate_limit_per_s": 100},
                ]
            }
        )
    )  # fmt: skip
    return {
        **os.environ,
        "AIRFLOW_CONN_NEWS_WAREHOUSE": warehouse_airflow_uri,
        "NEWS_ETL_SOURCES": str(sources),
        "NEWS_ETL_RAW_STORE": str(tmp_path / "raw"),
        "NEWS_ETL_DATA_DOCS": str(tmp_path / "data_docs"),
    }


def test_seed_article_mentions_end_to_end(airflow_env: dict[str, str], warehouse, demo_site: str) -> None:
    ingest = _airflow(["dags", "test", "news_ingest", "2026-11-20"], airflow_env)
    assert ingest.returncode == 0, ingest.stdout[-3000:] + ingest.stderr[-3000:]
    mentions = _airflow(["dags", "test", "deployment_mentions", "2026-11-20"], airflow_env)
    assert mentions.returncode == 0, mentions.stdout[-3000:] + mentions.stderr[-3000:]

    with warehouse.cursor() as cur:
        cur.execute(
            "SELECT discovered, loaded + unchanged + duplicates + rejected, accounting_ok FROM news.ingest_runs"
        )
        ((discovered, accounted, ok),) = cur.fetchall()
        assert discovered == accounted and ok
        cur.execute(
            """
            SELECT m.count_text, m.troop_count_min, m.troop_count_max, m.count_precision, m.actor_code,
                   m.location_country, m.mention_type, m.attribution, substr(a.body, m.char_start + 1,
                   m.char_end - m.char_start) = m.count_text
            FROM news.deployment_mentions m JOIN news.articles a
              ON a.article_id = m.article_id AND a.version = m.article_version
            WHERE a.url = %s AND m.is_current ORDER BY m.char_start
            """,
            (demo_site + SEED_PATH,),
        )
        seed = cur.fetchall()
        cur.execute(
            "SELECT suite_name, success FROM news.validation_runs WHERE dag_id = 'deployment_mentions'"
            " ORDER BY suite_name"
        )
        validations = cur.fetchall()

    # The acceptance list; where it leaves a field open (whose "Millionen von ihnen", the location of
    # a standing army), the row's own value is used so the assertion does not over-specify.
    assert [row[:7] for row in seed] == [
        ("etwa 1.500", 1500, 1500, "approximate", "PRK", "RUS", "deployment"),
        ("Millionen von ihnen", 2_000_000, None, "vague", seed[1][4], seed[1][5], seed[1][6]),
        ("„Tausende“", 2000, 9999, "vague", "PRK", "RUS", "deployment"),
        ("1,2 Millionen", 1_200_000, 1_200_000, "exact", "PRK", seed[3][5], "force_size"),
    ]
    assert seed[1][7] == "quoted"
    assert all(row[8] for row in seed), "char offsets must point at count_text in the article body"
    assert validations == [("deployment_mentions", True), ("troop_claims", True)]
