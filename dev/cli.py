"""`news-etl dev up|down|env`: the local environment behind `make run` and `make test`.

`up` starts the embedded PostgreSQL (unless the environment already names both the warehouse and Airflow's
metadata DB), creates the `airflow` and `news` databases and writes `.local/env.sh`, which the Makefile sources
before every Airflow command. One file, so the CLI, Airflow and the tests all see the same settings.
"""

from __future__ import annotations

import argparse
import os
import shlex
from pathlib import Path

from dev import postgres
from dev.paths import REPO_ROOT

DEFAULT_DEMO_PORT = 8765


def environment(root: Path, pg: postgres.EmbeddedPostgres | None, demo_port: int) -> dict[str, str]:
    local = root / ".local"
    env = {
        "AIRFLOW_HOME": str(local / "airflow"),
        "AIRFLOW__CORE__DAGS_FOLDER": str(root / "dags"),
        "AIRFLOW__CORE__PLUGINS_FOLDER": str(root / "plugins"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__EXECUTOR": "LocalExecutor",
        # One person's machine: DAGs run once they are parsed, so a trigger or an Asset event is never left
        # waiting on a paused DAG (README "In the Airflow UI" says what starts by itself).
        "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "False",
        "AIRFLOW__LOGGING__BASE_LOG_FOLDER": str(local / "airflow" / "logs"),
        "NEWS_ETL_RAW_STORE": str(local / "raw"),
        "NEWS_ETL_DATA_DOCS": str(local / "data_docs"),
        "NEWS_ETL_DEMO_PORT": str(demo_port),
        # `make airflow`: one admin user; its generated password is kept here (printed at first start).
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": "admin:admin",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(local / "airflow" / "passwords.json"),
    }
    if pg is not None:
        env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] = pg.sqlalchemy_uri("airflow")
        env["AIRFLOW_CONN_NEWS_WAREHOUSE"] = pg.airflow_conn_uri("news")
    # Settings the user exported win over the embedded defaults.
    for key in ("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN", "AIRFLOW_CONN_NEWS_WAREHOUSE"):
        if os.environ.get(key):
            env[key] = os.environ[key]
    return env


def write_env_file(path: Path, env: dict[str, str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ["# Written by `news-etl dev up`; sourced by the Makefile. Do not edit: re-run make."]
    lines += [f"export {key}={shlex.quote(value)}" for key, value in sorted(env.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def needs_embedded_postgres() -> bool:
    return not (
        os.environ.get("AIRFLOW_CONN_NEWS_WAREHOUSE")
        and os.environ.get("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN")
    )


def up(root: Path, demo_port: int) -> dict[str, str]:
    pg = None
    if needs_embedded_postgres():
        pg = postgres.start(root / ".local" / "pgdata")
        for database in ("airflow", "news"):
            postgres.ensure_database(pg, database)
    env = environment(root, pg, demo_port)
    write_env_file(root / ".local" / "env.sh", env)
    return env


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="news-etl dev", description=__doc__)
    parser.add_argument("action", choices=["up", "down"])
    # The checkout make runs in: the venv's tooling may be imported from another checkout (a copy of this one).
    parser.add_argument("--root", type=Path, default=REPO_ROOT, help="the checkout (default: this one)")
    parser.add_argument(
        "--demo-port", type=int, default=int(os.environ.get("NEWS_ETL_DEMO_PORT", DEFAULT_DEMO_PORT))
    )
    args = parser.parse_args(argv)
    root = args.root.resolve()
    if args.action == "up":
        env = up(root, args.demo_port)
        where = "embedded PostgreSQL in .local/pgdata" if needs_embedded_postgres() else "external PostgreSQL"
        print(f"environment ready ({where}); settings in .local/env.sh")
        print(f"warehouse: {env['AIRFLOW_CONN_NEWS_WAREHOUSE']}")
    else:
        stopped = postgres.stop(root / ".local" / "pgdata")
        print("embedded PostgreSQL stopped" if stopped else "embedded PostgreSQL was not running")
    return 0
