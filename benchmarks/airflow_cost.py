"""The cost of Airflow itself: DAG-file parse time, and one `airflow dags test` run of both DAGs on the demo
site against the same stages run in-process (news_etl.pipeline.inprocess) on the same pages.

Both sides fetch the demo site over loopback HTTP, start a fresh interpreter and write into their own scratch
warehouse, so the difference is what Airflow adds (task processes, metadata DB, XCom, logging).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from dev.paths import REPO_ROOT

ENV_FILE = ".local/env.sh"
DAGS = ("news_ingest", "deployment_mentions")

# Run in a fresh interpreter per DAG file: Airflow's own import, then the DAG file, timed apart.
_PARSE_SNIPPET = """
import json, runpy, sys, time
started = time.perf_counter()
import airflow.sdk
imported = time.perf_counter()
runpy.run_path(sys.argv[1])
done = time.perf_counter()
print(json.dumps({"airflow_import_s": imported - started, "dag_file_s": done - imported}))
"""
_INPROCESS_SNIPPET = """
import json, sys, time
started = time.perf_counter()
from news_etl.pipeline import inprocess
from news_etl.pipeline.context import RunContext
from news_etl.warehouse.db import connect
conn = connect(sys.argv[1])
ingest = time.perf_counter()
inprocess.run_ingest(conn, RunContext("news_ingest", sys.argv[2]))
mentions = time.perf_counter()
inprocess.run_mentions(conn, RunContext("deployment_mentions", sys.argv[2]))
done = time.perf_counter()
print(json.dumps({"setup_s": ingest - started, "ingest_s": mentions - ingest, "mentions_s": done - mentions}))
"""


def airflow_env() -> dict[str, str] | None:
    """The environment `make run` gives Airflow (.local/env.sh sourced), or None when it was never set up."""
    root = REPO_ROOT
    if not (root / ENV_FILE).exists():
        return None
    dump = subprocess.run(
        ["bash", "-c", f"source {ENV_FILE} && env -0"], cwd=root, capture_output=True, check=True
    ).stdout
    return dict(item.split("=", 1) for item in dump.decode().split("\0") if "=" in item)


def dag_parse_times(env: dict[str, str]) -> list[dict[str, Any]]:
    results = []
    for path in sorted((REPO_ROOT / "dags").glob("*.py")):
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", _PARSE_SNIPPET, str(path)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        figures = json.loads(done.stdout.strip().splitlines()[-1])
        results.append({"dag_file": path.name, "process_s": time.perf_counter() - started, **figures})
    return results


def airflow_problem(env: dict[str, str] | None) -> str | None:
    """Why `airflow dags test` cannot run here, or None."""
    if env is None:
        return f"{ENV_FILE} not found: run `make up` first (sets up the Airflow metadata DB)"
    check = subprocess.run(
        [str(Path(sys.executable).parent / "airflow"), "db", "check"], env=env, capture_output=True, text=True
    )
    if check.returncode != 0:
        return f"Airflow metadata DB not reachable (`airflow db check` exit {check.returncode})"
    return None


def dags_test_vs_inprocess(env: dict[str, str], workdir: Path) -> dict[str, Any]:
    """Wall time of `airflow dags test` for both DAGs vs the in-process chain, each on the demo site."""
    from benchmarks.scratch import scratch_database
    from dev.demo_site.server import serve_in_thread

    server, _ = serve_in_thread()
    try:
        port = str(server.server_address[1])
        logical_date = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
        results: dict[str, Any] = {"logical_date": logical_date}
        with scratch_database("airflow") as scratch, tempfile.TemporaryDirectory(dir=workdir) as tmp:
            run_env = env | {
                "NEWS_ETL_DEMO_PORT": port,
                "AIRFLOW_CONN_NEWS_WAREHOUSE": scratch.airflow_uri,
                "NEWS_ETL_RAW_STORE": f"{tmp}/raw",
                "NEWS_ETL_DATA_DOCS": f"{tmp}/data_docs",
            }
            airflow = str(Path(sys.executable).parent / "airflow")
            for dag_id in DAGS:
                log = workdir / f"airflow-dags-test-{dag_id}.log"
                started = time.perf_counter()
                with log.open("w") as out:
                    done = subprocess.run([airflow, "dags", "test", dag_id, logical_date], env=run_env,
                                          stdout=out, stderr=subprocess.STDOUT)  # fmt: skip
                results[f"{dag_id}_s"] = time.perf_counter() - started
                results[f"{dag_id}_exit"] = done.returncode
                results[f"{dag_id}_log"] = str(log)
            results["airflow_loaded"] = _count(scratch.dsn, "SELECT count(*) FROM news.articles")
            results["airflow_mentions"] = _count(scratch.dsn, "SELECT count(*) FROM news.deployment_mentions")
        with scratch_database("inprocess") as scratch, tempfile.TemporaryDirectory(dir=workdir) as tmp:
            run_env = env | {"NEWS_ETL_DEMO_PORT": port, "NEWS_ETL_RAW_STORE": f"{tmp}/raw",
                             "NEWS_ETL_DATA_DOCS": f"{tmp}/data_docs"}  # fmt: skip
            started = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-c", _INPROCESS_SNIPPET, scratch.dsn, logical_date],
                env=run_env, capture_output=True, text=True,
            )  # fmt: skip
            results["inprocess_s"] = time.perf_counter() - started
            if done.returncode != 0:
                results["inprocess_error"] = done.stderr[-1000:]
            else:
                results["inprocess"] = json.loads(done.stdout.strip().splitlines()[-1])
            results["inprocess_loaded"] = _count(scratch.dsn, "SELECT count(*) FROM news.articles")
            results["inprocess_mentions"] = _count(
                scratch.dsn, "SELECT count(*) FROM news.deployment_mentions"
            )
    finally:
        server.shutdown()
    return results


def _count(dsn: str, sql: str) -> int:
    from news_etl.warehouse.db import connect

    conn = connect(dsn)
    try:
        with conn.cursor() as cur:
            cur.execute(sql)
            return cur.fetchone()[0]
    finally:
        conn.close()
