"""Alert wording: which DAG/run/task, failed expectations with counts, up to five rows, links."""

from __future__ import annotations

import json
from types import SimpleNamespace

from news_etl.alerts.message import build_alert, facts_from_context
from news_etl.validate.outcome import ValidationFailed, ValidationOutcome

LOG_URL = "http://localhost:8080/dags/deployment_mentions/runs/manual__1/tasks/quality_gate?try_number=2"
DOCS_URL = "file:///data_docs/validations/deployment_mentions/manual__1/x.html"


def bad_row(i: int) -> dict:
    return {
        "mention_id": f"m{i}",
        "count_text": f"{i}0 million",
        "troop_count_min": i * 10_000_000,
        "troop_count_max": i * 10_000_000,
        "sentence": f"Some {i}0 million   soldiers\nwere sent.",
        "failed_expectations": ["troop_count_max_plausible"],
    }


OUTCOME = ValidationOutcome(
    success=False,
    rows_validated=12,
    rows_quarantined=6,
    failed_counts={"troop_count_max_plausible": 5, "actor_code_known": 1, "batch_not_empty": 0},
    data_docs_url=DOCS_URL,
    sample_bad_rows=[bad_row(i) for i in range(1, 6)],
    suite_name="deployment_mentions",
    suite_version="1.0.0",
    dag_id="deployment_mentions",
    run_id="manual__1",
)


def context(exception: BaseException | None) -> dict:
    ti = SimpleNamespace(
        dag_id="deployment_mentions",
        task_id="quality_gate",
        run_id="manual__1",
        try_number=2,
        log_url=LOG_URL,
    )
    return {"ti": ti, "run_id": "manual__1", "exception": exception}


def test_validation_alert_names_everything_on_call_needs() -> None:
    alert = build_alert(facts_from_context(context(ValidationFailed(OUTCOME))))
    text = alert.text
    assert "validation failed" in alert.subject and "manual__1" in alert.subject
    assert "DAG deployment_mentions, run manual__1, task quality_gate (try 2)" in text
    assert "troop_count_max_plausible: 5 rows" in text and "actor_code_known: 1 row\n" in text
    assert "  - batch_not_empty\n" in text  # table-level: no row count
    assert text.index("troop_count_max_plausible") < text.index("actor_code_known")  # worst first
    assert '"50 million" min=50,000,000 max=50,000,000' in text
    assert "Some 50 million soldiers were sent." in text  # whitespace folded
    assert text.count('  - "') == 5
    assert f"Data Docs: {DOCS_URL}" in text and f"Task log: {LOG_URL}" in text
    assert "6 quarantined" in text


def test_webhook_payload_is_slack_text_plus_fields() -> None:
    payload = build_alert(facts_from_context(context(ValidationFailed(OUTCOME)))).payload
    assert json.loads(json.dumps(payload)) == payload
    assert payload["text"].startswith("news-etl: validation failed")
    assert (payload["dag_id"], payload["run_id"], payload["task_id"]) == (
        "deployment_mentions",
        "manual__1",
        "quality_gate",
    )
    assert payload["log_url"] == LOG_URL
    assert payload["validation"]["failed_counts"]["troop_count_max_plausible"] == 5
    assert payload["validation"]["data_docs_url"] == DOCS_URL


def test_any_task_failure() -> None:
    alert = build_alert(facts_from_context(context(RuntimeError("connection refused"))))
    assert "task failed" in alert.subject
    assert "Error: RuntimeError: connection refused" in alert.text
    assert "Failed expectations" not in alert.text and alert.payload["validation"] is None


def test_long_sentences_are_cut_and_html_is_escaped() -> None:
    row = {**bad_row(1), "sentence": "<b>" + "x" * 500}
    outcome = ValidationOutcome(False, 1, 1, {"x": 1}, None, [row], suite_name="s", suite_version="1")
    alert = build_alert(facts_from_context(context(ValidationFailed(outcome))))
    assert "x" * 500 not in alert.text and "…" in alert.text
    assert "<b>" not in alert.html and "&lt;b&gt;" in alert.html


def test_context_without_task_instance() -> None:
    dag = SimpleNamespace(dag_id="news_ingest")
    facts = facts_from_context({"dag": dag, "run_id": "scheduled__x", "reason": "task_failure"})
    assert (facts.dag_id, facts.run_id, facts.task_id, facts.error) == (
        "news_ingest",
        "scheduled__x",
        "?",
        "task_failure",
    )
    assert facts.log_url is None


def test_ingest_accounting_failure_lists_the_run_row() -> None:
    row = {"run_id": "day-1", "discovered": 10, "loaded": 5, "unchanged": 2, "duplicates": 1, "rejected": 1}
    outcome = ValidationOutcome(
        False,
        1,
        0,
        {"discovered_equals_accounted": 1},
        None,
        [row],
        suite_name="ingest_accounting",
        suite_version="1",
    )
    text = build_alert(facts_from_context(context(ValidationFailed(outcome)))).text
    assert "1 row validated, 0 quarantined." in text and "news.mentions_quarantine" not in text
    assert "  - discovered_equals_accounted: 1 row" in text
    assert "run_id=day-1, discovered=10, loaded=5" in text
