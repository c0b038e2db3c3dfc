"""ValidationOutcome survives XCom (JSON) and ValidationFailed survives pickling with its outcome."""

from __future__ import annotations

import json
import pickle

import pytest
from news_etl.validate.outcome import ValidationFailed, ValidationOutcome, raise_if_failed

OUTCOME = ValidationOutcome(
    success=False,
    rows_validated=7,
    rows_quarantined=2,
    failed_counts={"troop_count_max_plausible": 1, "actor_code_known": 1},
    data_docs_url="file:///tmp/docs/validations/x.html",
    sample_bad_rows=[
        {"count_text": "50 million", "troop_count_min": 50_000_000, "troop_count_max": 50_000_000}
    ],
    suite_name="deployment_mentions",
    suite_version="1.0.0",
    dag_id="deployment_mentions",
    run_id="manual__1",
)


def test_json_round_trip() -> None:
    assert ValidationOutcome.from_dict(json.loads(json.dumps(OUTCOME.to_dict()))) == OUTCOME


def test_exception_carries_outcome_through_pickle() -> None:
    error = pickle.loads(pickle.dumps(ValidationFailed(OUTCOME)))
    assert isinstance(error, ValidationFailed)
    assert error.outcome == OUTCOME
    assert "FAILED" in str(error) and "troop_count_max_plausible=1" in str(error)


def test_summary_of_a_pass() -> None:
    passed = ValidationOutcome(True, 3, 0, {}, None, [], suite_name="s", suite_version="1")
    assert passed.summary() == "validation passed: suite s v1, 3 rows validated, 0 quarantined"


def test_raise_if_failed_accepts_the_xcom_form() -> None:
    raise_if_failed(ValidationOutcome(True, 3, 0, {}, None, []).to_xcom())
    with pytest.raises(ValidationFailed) as raised:
        raise_if_failed(OUTCOME.to_xcom())
    assert raised.value.outcome == OUTCOME
