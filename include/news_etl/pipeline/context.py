from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class RunContext:
    """Identity of the DAG run a stage works for.

    Every row a stage writes is keyed by `batch_key` (stored in the columns named run_id): the run's logical
    date when it has one, so that every attempt at the same interval (a cleared run, a second `airflow dags
    test` for the same date, a backfill) replaces its own rows instead of adding new ones; Airflow's run id
    otherwise. `airflow_run_id` is Airflow's own identifier of the run, for logs and links.
    """

    dag_id: str
    batch_key: str
    data_interval_start: datetime | None = None
    data_interval_end: datetime | None = None
    airflow_run_id: str | None = None
