"""`news-etl dev up` says what it does with the database when the environment already names one."""

from __future__ import annotations

import urllib.parse
from pathlib import Path

from dev.cli import database_plan

ROOT = Path("/checkout")
SOCKET = str(ROOT / ".local" / "pgdata")
SOURCED = {  # what .local/env.sh exports
    "AIRFLOW_CONN_NEWS_WAREHOUSE": f"postgres://postgres@{urllib.parse.quote(SOCKET, safe='')}/news",
    "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"postgresql+psycopg2://postgres@/airflow?host={SOCKET}",
}


def test_nothing_named_starts_the_embedded_server() -> None:
    assert database_plan(ROOT, {}) == (True, "starting the embedded PostgreSQL in .local/pgdata")


def test_a_sourced_env_file_is_not_mistaken_for_an_external_server() -> None:
    start, plan = database_plan(ROOT, SOURCED)
    assert start and "already points at it: .local/env.sh was sourced" in plan


def test_an_external_server_is_named_with_the_password_hidden() -> None:
    external = {
        "AIRFLOW_CONN_NEWS_WAREHOUSE": "postgres://etl:s3cret@db.example:5432/news",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": "postgresql+psycopg2://af:pw@db.example/airflow",
    }
    start, plan = database_plan(ROOT, external)
    assert not start
    assert "NOT starting" in plan and "etl:***@db.example" in plan and "s3cret" not in plan


def test_half_external_says_which_half_is_kept() -> None:
    start, plan = database_plan(
        ROOT, {**SOURCED, "AIRFLOW_CONN_NEWS_WAREHOUSE": "postgres://db.example/news"}
    )
    assert start and "AIRFLOW_CONN_NEWS_WAREHOUSE points elsewhere" in plan
