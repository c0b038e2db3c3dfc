"""`news-etl dev up|down|env`: the local environment behind `make run` and `make test`.

`up` starts the embedded PostgreSQL (unless the environment already names both the warehouse and Airflow's
metadata DB), creates the `airflow` and `news` databases and writes `.local/env.sh`, which the Makefile sources
before every Airflow command. One file, so the CLI, Airflow and the tests all see the same settings.
"""

from __future__ import annotations

import argparse
import os
import shlex
from collections.abc import Mapping
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
    # Settings the user exported for another server win over the embedded defaults.
    for key in DATABASE_VARIABLES:
        if os.environ.get(key) and not points_at_embedded(os.environ[key], root):
            env[key] = os.environ[key]
    return env


def write_env_file(path: Path, env: dict[str, str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ["# Written by `news-etl dev up`; sourced by the Makefile. Do not edit: re-run make."]
    lines += [f"export {key}={shlex.quote(value)}" for key, value in sorted(env.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


DATABASE_VARIABLES = ("AIRFLOW_CONN_NEWS_WAREHOUSE", "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN")


def points_at_embedded(value: str, root: Path) -> bool:
    """True for a URI naming this checkout's embedded server (its socket directory, plain or percent-encoded):
    what .local/env.sh exports, so a shell that sourced it is not "external PostgreSQL"."""
    import urllib.parse

    return str((root / ".local" / "pgdata").resolve()) in urllib.parse.unquote(value)


def database_plan(root: Path, environ: Mapping[str, str]) -> tuple[bool, str]:
    """(start the embedded server?, the sentence that says what `up` does and why)."""
    named = {key: environ.get(key, "") for key in DATABASE_VARIABLES}
    external = {key: value for key, value in named.items() if value and not points_at_embedded(value, root)}
    if not external:
        sourced = any(named.values())
        return True, (
            "starting the embedded PostgreSQL in .local/pgdata"
            + (" (the environment already points at it: .local/env.sh was sourced)" if sourced else "")
        )
    if len(external) == len(DATABASE_VARIABLES):
        return False, (
            "NOT starting the embedded PostgreSQL: the environment points elsewhere ("
            + ", ".join(f"{key}={_redacted(value)}" for key, value in external.items())
            + "); unset both variables to use the embedded one"
        )
    (key,) = external
    return True, (
        f"starting the embedded PostgreSQL in .local/pgdata for what the environment does not name; {key} "
        f"points elsewhere ({_redacted(external[key])}) and is kept"
    )


def _redacted(uri: str) -> str:
    import re

    return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", uri)


def up(root: Path, demo_port: int) -> dict[str, str]:
    pg = None
    start_embedded, plan = database_plan(root, os.environ)
    print(f"news-etl dev up: {plan}")
    if start_embedded:
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
        print("environment ready; settings in .local/env.sh")
        print(f"warehouse: {env['AIRFLOW_CONN_NEWS_WAREHOUSE']}")
    else:
        stopped = postgres.stop(root / ".local" / "pgdata")
        print("embedded PostgreSQL stopped" if stopped else "embedded PostgreSQL was not running")
    return 0
