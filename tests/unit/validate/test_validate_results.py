"""Reading GX suite validation results: failed counts and which row broke which expectation."""

from __future__ import annotations

from typing import Any

from news_etl.validate.results import (
    errored_expectations,
    evaluated_expectations,
    expectation_name,
    failed_counts,
    offending_rows,
)


def result(name: str | None, success: bool, index: list[dict[str, Any]] | None = None, **extra: Any) -> dict:
    config: dict[str, Any] = {"type": "expect_column_values_to_be_between", "kwargs": {}}
    if name:
        config["meta"] = {"name": name}
    body: dict[str, Any] = {}
    if index is not None:
        body = {"unexpected_count": len(index), "unexpected_index_list": index}
    return {"success": success, "expectation_config": config, "result": body, **extra}


SUITE_RESULT = {
    "success": False,
    "statistics": {"evaluated_expectations": 4, "unsuccessful_expectations": 3},
    "results": [
        result("troop_count_max_plausible", False, [{"troop_count_max": 50_000_000, "mention_id": "m1"}]),
        result(
            "troop_count_min_le_max",
            False,
            [{"troop_count_min": 9, "troop_count_max": 1, "mention_id": "m2"}, {"mention_id": "m1"}],
        ),
        result("confidence_between_0_and_1", True, []),
        result("batch_not_empty_when_articles_loaded", False, None),
    ],
}


def test_failed_counts_per_expectation() -> None:
    assert failed_counts(SUITE_RESULT) == {
        "troop_count_max_plausible": 1,
        "troop_count_min_le_max": 2,
        "batch_not_empty_when_articles_loaded": 0,
    }


def test_offending_rows_collect_every_broken_expectation() -> None:
    assert offending_rows(SUITE_RESULT, "mention_id") == {
        "m1": ["troop_count_max_plausible", "troop_count_min_le_max"],
        "m2": ["troop_count_min_le_max"],
    }


def test_passing_suite_has_no_offenders() -> None:
    passing = {"success": True, "results": [result("x", True, [])]}
    assert failed_counts(passing) == {} and offending_rows(passing, "mention_id") == {}


def test_name_falls_back_to_expectation_type() -> None:
    assert expectation_name(result(None, True)) == "expect_column_values_to_be_between"


def test_evaluated_and_errored() -> None:
    errored = result("char_start_before_char_end", False, None, exception_info={"raised_exception": True})
    assert evaluated_expectations(SUITE_RESULT) == 4
    assert errored_expectations({"results": [*SUITE_RESULT["results"], errored]}) == [
        "char_start_before_char_end"
    ]
