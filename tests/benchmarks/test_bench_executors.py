"""The executor benchmark's table: one row per configuration, overhead derived from the measured figures."""

from __future__ import annotations

from benchmarks.executors import CONFIGURATIONS, table


def test_configurations_are_local_then_one_and_two_celery_workers() -> None:
    assert [(executor, len(workers)) for _, executor, workers in CONFIGURATIONS] == [
        ("LocalExecutor", 0),
        ("CeleryExecutor", 1),
        ("CeleryExecutor", 2),
    ]


def test_table_row_shows_the_figures_and_the_overhead_per_task() -> None:
    row = {
        "configuration": "Celery, 2 workers",
        "articles": 1000,
        "wall_s": 100.0,
        "task_instances": 10,
        "task_run_s": 80.0,
        "mean_queued_to_start_s": 0.5,
        "hosts": ["worker-a", "worker-b"],
    }
    last = table([row]).splitlines()[-1]
    assert last == "| Celery, 2 workers | 1,000 | 100.0 | 10 | 80.0 | 0.50 | 2.00 | worker-a, worker-b |"
