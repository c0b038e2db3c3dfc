"""What a validation run produced, in a form that survives XCom (JSON) and travels inside an exception.

Dependency-free on purpose: the alert notifiers import it, and they are loaded when a DAG file is parsed.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

MAX_SAMPLE_ROWS = 5


@dataclass(frozen=True)
class ValidationOutcome:
    success: bool
    rows_validated: int
    rows_quarantined: int
    failed_counts: dict[str, int]  # failed expectation name -> unexpected rows (0 for table-level checks)
    data_docs_url: str | None
    sample_bad_rows: list[
        dict[str, Any]
    ]  # <= MAX_SAMPLE_ROWS: count_text, troop_count_min/max, sentence, ...
    suite_name: str = ""
    suite_version: str = ""
    dag_id: str = ""
    run_id: str = ""
    evaluated_expectations: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_xcom(self) -> dict[str, Any]:
        """JSON-serialisable form for XCom (what the validate task returns)."""
        return self.to_dict()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ValidationOutcome:
        return cls(**data)

    def summary(self) -> str:
        """One log line: what the task log and the demo print."""
        verdict = "passed" if self.success else "FAILED"
        failed = ", ".join(f"{name}={count}" for name, count in sorted(self.failed_counts.items()))
        line = (
            f"validation {verdict}: suite {self.suite_name} v{self.suite_version}, "
            f"{self.rows_validated} rows validated, {self.rows_quarantined} quarantined"
        )
        if failed:
            line += f"; failed expectations: {failed}"
        if self.data_docs_url:
            line += f"; data docs: {self.data_docs_url}"
        return line


class ValidationFailed(Exception):
    """Raised by the DAG task after the good rows are published, so the run turns red and the failure
    notifiers can read the outcome from context['exception']."""

    def __init__(self, outcome: ValidationOutcome) -> None:
        super().__init__(outcome.summary())
        self.outcome = outcome

    def __reduce__(self) -> tuple[Any, ...]:
        # Default exception pickling would call __init__ with the message instead of the outcome.
        return (self.__class__, (self.outcome,))


def raise_if_failed(outcome: ValidationOutcome | dict[str, Any]) -> None:
    """Fail the calling task (after the good rows are published) when validation failed; accepts the outcome
    or its XCom form."""
    if isinstance(outcome, dict):
        outcome = ValidationOutcome.from_dict(outcome)
    if not outcome.success:
        raise ValidationFailed(outcome)
