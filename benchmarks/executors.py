"""`python -m benchmarks.executors`: the same replay of a synthetic corpus through both DAGs on LocalExecutor and
on CeleryExecutor with one and with two workers, each a real Airflow (dev/celery_stack.py) triggered through
the REST API.

    python -m benchmarks.executors                 # 1,000 articles
    python -m benchmarks.executors --size 300

The corpus is archived as an earlier run would have fetched it (benchmarks/chain.py), then news_ingest runs with
`reparse` (no network) and deployment_mentions after it. Per configuration: wall time from the first trigger
to the last run's end, the summed run time of the task instances, and the mean time a task instance waited
between being queued and starting (the executor's dispatch cost: broker, worker pick-up, task process start).
Prints a Markdown table and writes .local/bench/executors-<date>.json.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from benchmarks import machine
from benchmarks.chain import SOURCE, seed_archive
from benchmarks.corpus import CorpusSpec
from benchmarks.scratch import scratch_database
from dev.celery_stack import WORKERS, CeleryStack, Worker, drop_metadata_database, metadata_database, running
from dev.paths import REPO_ROOT

LOGICAL_DATE = datetime(2026, 11, 1, tzinfo=timezone.utc)
CONFIGURATIONS: tuple[tuple[str, str, tuple[Worker, ...]], ...] = (
    ("LocalExecutor", "LocalExecutor", ()),
    ("Celery, 1 worker", "CeleryExecutor", WORKERS[:1]),
    ("Celery, 2 workers", "CeleryExecutor", WORKERS),
)


def measure(label: str, executor: str, workers: tuple[Worker, ...], spec: CorpusSpec, workdir: Path) -> dict:
    configured = os.environ["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"]
    name = f"airflow_bench_{os.getpid()}"
    home = workdir / f"airflow-{executor}-{len(workers)}"
    with scratch_database("executors") as scratch:
        from news_etl.warehouse.db import connect

        conn = connect(scratch.dsn)
        try:
            seed_archive(conn, spec, workdir / "raw")
        finally:
            conn.close()
        extra = {
            "AIRFLOW__CORE__EXECUTOR": executor,
            "AIRFLOW_CONN_NEWS_WAREHOUSE": scratch.airflow_uri,
            "NEWS_ETL_RAW_STORE": str(workdir / "raw"),
            "NEWS_ETL_DATA_DOCS": str(home / "data_docs"),
        }
        stack = CeleryStack(home, metadata_database(configured, name, fresh=True), extra, workers=workers)
        try:
            with running(stack):
                started = time.monotonic()
                runs = stack.run_both_dags(
                    LOGICAL_DATE, timeout=3600, ingest_conf={"extra_sources": [SOURCE], "reparse": True}
                )
                wall = time.monotonic() - started
                tis = [ti for dag, (run_id, _) in runs.items() for ti in stack.task_instances(dag, run_id)]
        finally:
            drop_metadata_database(configured, name)
    waits = [
        _seconds(ti["queued_when"], ti["start_date"]) for ti in tis if ti["queued_when"] and ti["start_date"]
    ]
    return {
        "configuration": label,
        "articles": spec.size,
        "states": {dag: state for dag, (_, state) in runs.items()},
        "wall_s": wall,
        "task_instances": len(tis),
        "task_run_s": sum(ti["duration"] or 0 for ti in tis),
        "mean_queued_to_start_s": sum(waits) / len(waits) if waits else None,
        "hosts": sorted({ti["hostname"] for ti in tis if ti["hostname"]}),
    }


def _seconds(start: str, end: str) -> float:
    return (datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds()


def table(rows: list[dict[str, Any]]) -> str:
    lines = [
        "| Executor | Articles | Wall time, both DAGs (s) | Task instances | Task run time, summed (s) "
        "| Queued → start per task (s) | (wall − summed task time) / tasks (s) | Ran on |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in rows:
        overhead = (r["wall_s"] - r["task_run_s"]) / r["task_instances"]
        lines.append(
            f"| {r['configuration']} | {r['articles']:,} | {r['wall_s']:.1f} | {r['task_instances']} "
            f"| {r['task_run_s']:.1f} | {r['mean_queued_to_start_s']:.2f} | {overhead:.2f} "
            f"| {', '.join(r['hosts'])} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.executors", description=__doc__)
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workdir", type=Path, default=REPO_ROOT / ".local" / "bench" / "executors")
    args = parser.parse_args(argv)
    if not os.environ.get("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"):
        print(
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN not set: source .local/env.sh (make up) first",
            file=sys.stderr,
        )
        return 2
    args.workdir.mkdir(parents=True, exist_ok=True)
    spec = CorpusSpec(args.size, args.seed)
    results: dict[str, Any] = {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine.describe(),
        "load_before": machine.load_average(),
        "rows": [],
    }
    for label, executor, workers in CONFIGURATIONS:
        print(f"[bench] {label}: {args.size:,} articles ...", flush=True)
        row = measure(label, executor, workers, spec, args.workdir)
        print(f"[bench]   {row}", flush=True)
        results["rows"].append(row)
    results["load_after"] = machine.load_average()
    out = args.workdir.parent / f"executors-{datetime.now(timezone.utc):%Y%m%d-%H%M}.json"
    out.write_text(json.dumps(results, indent=2))
    print(f"\n{results['date']}; load {results['load_before']} -> {results['load_after']}; {out}\n")
    print(table(results["rows"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
