from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class RunContext:
    """Identity of the DAG run a stage works for. Every row a stage writes is keyed by run_id (the batch key:
    the logical date when the run has one, else the Airflow run id) so that a re-run of the same interval
    replaces its own rows instead of adding new ones."""

    dag_id: str
    run_id: str
    data_interval_start: datetime | None = None
    data_interval_end: datetime | None = None
