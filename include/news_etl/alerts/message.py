"""What an alert says: pure functions from an Airflow failure context to the message, kept apart from delivery
so the wording is unit-tested without servers."""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from news_etl.validate.outcome import ValidationFailed, ValidationOutcome

MAX_SENTENCE_CHARS = 200


@dataclass(frozen=True)
class FailureFacts:
    dag_id: str
    run_id: str
    task_id: str
    try_number: int | None
    log_url: str | None
    error: str
    outcome: ValidationOutcome | None  # set when the failure is a failed validation


@dataclass(frozen=True)
class Alert:
    subject: str
    text: str  # Slack-compatible `text`, also the plain-text body of the email
    payload: dict[str, Any]  # the webhook JSON: `text` plus structured fields

    @property
    def html(self) -> str:
        return f'<pre style="font-family: monospace">{html.escape(self.text)}</pre>'


def facts_from_context(context: Mapping[str, Any]) -> FailureFacts:
    """Read the failure from an Airflow callback context (task callbacks; DAG callbacks lack `ti`)."""
    ti = context.get("ti") or context.get("task_instance")
    dag = context.get("dag")
    exception = context.get("exception")
    outcome = exception.outcome if isinstance(exception, ValidationFailed) else None
    if exception is not None:
        error = f"{type(exception).__name__}: {exception}"
    else:
        error = str(context.get("reason") or "failed")
    return FailureFacts(
        dag_id=str(getattr(ti, "dag_id", None) or getattr(dag, "dag_id", None) or "?"),
        run_id=str(context.get("run_id") or getattr(ti, "run_id", None) or "?"),
        task_id=str(getattr(ti, "task_id", None) or "?"),
        try_number=getattr(ti, "try_number", None),
        log_url=_log_url(ti),
        error=error,
        outcome=outcome,
    )


def _log_url(ti: Any) -> str | None:
    # RuntimeTaskInstance.log_url reads the [api] base_url setting; a missing setting must not cost the alert.
    try:
        return getattr(ti, "log_url", None)
    except Exception:
        return None


def build_alert(facts: FailureFacts) -> Alert:
    outcome = facts.outcome
    what = "validation failed" if outcome else "task failed"
    subject = f"[news-etl] {facts.dag_id}: {what} in {facts.task_id} (run {facts.run_id})"
    lines = [
        f"news-etl: {what}",
        f"DAG {facts.dag_id}, run {facts.run_id}, task {facts.task_id}"
        + (f" (try {facts.try_number})" if facts.try_number else ""),
    ]
    if outcome:
        lines += _validation_lines(outcome)
    else:
        lines.append(f"Error: {facts.error}")
    if facts.log_url:
        lines.append(f"Task log: {facts.log_url}")
    text = "\n".join(lines)
    payload = {
        "text": text,
        "dag_id": facts.dag_id,
        "run_id": facts.run_id,
        "task_id": facts.task_id,
        "try_number": facts.try_number,
        "log_url": facts.log_url,
        "error": facts.error,
        "validation": outcome.to_dict() if outcome else None,
    }
    return Alert(subject=subject, text=text, payload=payload)


def _validation_lines(outcome: ValidationOutcome) -> list[str]:
    lines = [
        f"Suite {outcome.suite_name} v{outcome.suite_version}: {_rows(outcome.rows_validated)} validated, "
        f"{outcome.rows_quarantined} quarantined."
    ]
    if outcome.rows_quarantined:
        lines.append("Quarantined rows are kept in news.mentions_quarantine; the valid rows were published.")
    lines.append("Failed expectations:")
    for name, count in sorted(outcome.failed_counts.items(), key=lambda item: (-item[1], item[0])):
        lines.append(f"  - {name}: {_rows(count)}" if count else f"  - {name}")
    if outcome.sample_bad_rows:
        lines.append(f"Offending rows (up to {len(outcome.sample_bad_rows)}):")
        lines += [f"  - {_row_line(row)}" for row in outcome.sample_bad_rows]
    if outcome.data_docs_url:
        lines.append(f"Data Docs: {outcome.data_docs_url}")
    return lines


def _row_line(row: Mapping[str, Any]) -> str:
    if "count_text" not in row:  # not a mention (e.g. the ingest accounting row)
        return ", ".join(f"{key}={value}" for key, value in row.items())
    sentence = " ".join(str(row.get("sentence") or "").split())
    if len(sentence) > MAX_SENTENCE_CHARS:
        sentence = sentence[: MAX_SENTENCE_CHARS - 1] + "…"
    broken = ", ".join(row.get("failed_expectations") or [])
    return (
        f'"{row.get("count_text")}" min={_count(row.get("troop_count_min"))} '
        f"max={_count(row.get('troop_count_max'))}" + (f" [{broken}]" if broken else "") + f': "{sentence}"'
    )


def _rows(count: int) -> str:
    return f"{count} row" if count == 1 else f"{count} rows"


def _count(value: Any) -> str:
    return f"{value:,}" if isinstance(value, int) else "null"
