"""End to end on the real warehouse: a run with implausible mentions is validated, its bad rows quarantined, the
quality gate fails and the failure callback delivers the alert to the local webhook and SMTP servers; a clean run
raises nothing and alerts nobody."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from news_etl.alerts.callbacks import on_task_failure
from news_etl.validate import raise_if_failed, validate_batch

from dev.alert_sink import HttpSink, SmtpSink, email_text

pytestmark = pytest.mark.integration

INSERT = """
INSERT INTO news.mentions_staging (mention_id, article_id, article_version, story_id, run_id, troop_count_min,
    troop_count_max, count_precision, count_text, char_start, char_end, actor_code, location_country,
    mention_type, attribution, confidence, sentence, language, extractor_version)
VALUES (%s, 'art1', 1, 'art1', %s, %s, %s, %s, %s, %s, %s, %s, 'UKR', 'deployment', 'reported', 0.8, %s, 'en', 't')
"""
GOOD = [("art1:v1:0-5", 1500, 1500, "exact", "1,500", 0, 5, "PRK", "Some 1,500 soldiers arrived.")]
BAD = [
    (
        "art1:v1:10-20",
        50_000_000,
        50_000_000,
        "exact",
        "50 million",
        10,
        20,
        "PRK",
        "50 million troops massed.",
    ),
    ("art1:v1:30-40", 900, 100, "range", "900 to 100", 30, 40, "PRK", "Between 900 and 100 soldiers."),
    ("art1:v1:50-55", 2000, 2000, "exact", "2,000", 50, 55, "QQQ", "2,000 soldiers of QQQ."),
]


def run_quality_gate(conn: Any, run_id: str, docs_dir: str) -> None:
    """The validate task and the quality gate of deployment_mentions, with Airflow's failure-callback contract
    (on an exception, on_failure_callback gets the context with `exception` set)."""
    validated = validate_batch(
        conn, dag_id="deployment_mentions", run_id=run_id, articles_loaded=1, data_docs_dir=docs_dir
    ).to_xcom()
    ti = SimpleNamespace(
        dag_id="deployment_mentions",
        task_id="quality_gate",
        run_id=run_id,
        try_number=1,
        log_url=f"http://localhost:8080/dags/deployment_mentions/runs/{run_id}/tasks/quality_gate",
    )
    try:
        raise_if_failed(validated)
    except Exception as error:
        on_task_failure({"ti": ti, "run_id": run_id, "exception": error})
        raise


def stage(conn: Any, run_id: str, rows: list[tuple]) -> None:
    with conn.cursor() as cur:
        cur.execute(
            "INSERT INTO news.countries (code, name_en) VALUES ('PRK', 'North Korea'), ('UKR', 'Ukraine')"
            " ON CONFLICT DO NOTHING"
        )
        for mention_id, lo, hi, precision, text, start, end, actor, sentence in rows:
            cur.execute(INSERT, (mention_id, run_id, lo, hi, precision, text, start, end, actor, sentence))
    conn.commit()


def test_bad_run_fails_quarantines_and_alerts(
    warehouse: Any, alert_config: None, http_sink: HttpSink, smtp_sink: SmtpSink, tmp_path: Any
) -> None:
    stage(warehouse, "manual__bad", GOOD + BAD)

    with pytest.raises(Exception, match="validation FAILED") as raised:
        run_quality_gate(warehouse, "manual__bad", str(tmp_path))
    assert type(raised.value).__name__ == "ValidationFailed"

    with warehouse.cursor() as cur:
        cur.execute("SELECT mention_id, failed_expectations FROM news.mentions_quarantine ORDER BY 1")
        assert cur.fetchall() == [
            ("art1:v1:10-20", ["troop_count_max_plausible", "troop_count_min_plausible"]),
            ("art1:v1:30-40", ["troop_count_min_le_max"]),
            ("art1:v1:50-55", ["actor_code_known"]),
        ]
        cur.execute("SELECT mention_id FROM news.mentions_staging")
        assert cur.fetchall() == [("art1:v1:0-5",)]
        cur.execute("SELECT success, rows_quarantined FROM news.validation_runs WHERE run_id = 'manual__bad'")
        assert cur.fetchall() == [(False, 3)]

    (request,) = http_sink.requests
    payload = request["json"]
    assert payload["run_id"] == "manual__bad"
    assert payload["validation"]["failed_counts"] == {
        "actor_code_known": 1,
        "troop_count_max_plausible": 1,
        "troop_count_min_le_max": 1,
        "troop_count_min_plausible": 1,
    }
    assert '"50 million" min=50,000,000 max=50,000,000' in payload["text"]
    assert payload["validation"]["data_docs_url"] in payload["text"]

    ((_, message),) = smtp_sink.messages
    body = email_text(message)
    assert "troop_count_min_le_max: 1 row" in body and "Between 900 and 100 soldiers." in body
    assert "/runs/manual__bad/tasks/quality_gate" in body


def test_clean_run_alerts_nobody(
    warehouse: Any, alert_config: None, http_sink: HttpSink, smtp_sink: SmtpSink, tmp_path: Any
) -> None:
    stage(warehouse, "manual__clean", GOOD)
    run_quality_gate(warehouse, "manual__clean", str(tmp_path))
    assert http_sink.requests == [] and smtp_sink.messages == []


def test_counts_beyond_the_warehouse_reach_the_checks_the_quarantine_and_the_alert(
    warehouse: Any, alert_config: None, http_sink: HttpSink, smtp_sink: SmtpSink, tmp_path: Any
) -> None:
    huge = 10**400
    stage(
        warehouse,
        "manual__huge",
        [
            *GOOD,
            ("art1:v1:60-70", huge, huge, "exact", "1" + "0" * 400, 60, 461, "PRK", "A typo of a count."),
        ],
    )
    with pytest.raises(Exception, match="validation FAILED"):
        run_quality_gate(warehouse, "manual__huge", str(tmp_path))
    with warehouse.cursor() as cur:
        cur.execute(
            "SELECT troop_count_min = 10::numeric ^ 400, failed_expectations FROM news.mentions_quarantine"
        )
        assert cur.fetchall() == [(True, ["troop_count_max_plausible", "troop_count_min_plausible"])]
    (request,) = http_sink.requests
    assert request["json"]["validation"]["failed_counts"]["troop_count_min_plausible"] == 1
    assert f"min={huge:,}" in request["json"]["text"]
    assert len(smtp_sink.messages) == 1
