"""Read a GX suite validation result (its JSON form): which expectations failed, how often, and which rows broke
which expectation. Pure functions, so the quarantine rule is tested without running GX.

Rows are identified through GX's own `unexpected_index_list` (result format COMPLETE with the id column as
unexpected_index_column_names): the rules exist once, in the suite, and are never re-implemented here.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any


def expectation_name(expectation_result: dict[str, Any]) -> str:
    config = expectation_result.get("expectation_config") or {}
    return (config.get("meta") or {}).get("name") or config.get("type") or "unnamed_expectation"


def failed_results(suite_result: dict[str, Any]) -> list[dict[str, Any]]:
    return [r for r in suite_result.get("results", []) if not r.get("success")]


def failed_counts(suite_result: dict[str, Any]) -> dict[str, int]:
    """Failed expectation name -> number of unexpected rows (0 for table-level checks and for expectations
    that errored instead of evaluating)."""
    return {
        expectation_name(r): int((r.get("result") or {}).get("unexpected_count") or 0)
        for r in failed_results(suite_result)
    }


def offending_rows(suite_result: dict[str, Any], id_column: str) -> dict[str, list[str]]:
    """Row id -> sorted names of the expectations the row broke."""
    broken: dict[str, set[str]] = defaultdict(set)
    for r in failed_results(suite_result):
        for index in (r.get("result") or {}).get("unexpected_index_list") or []:
            if isinstance(index, dict) and index.get(id_column) is not None:
                broken[str(index[id_column])].add(expectation_name(r))
    return {row_id: sorted(names) for row_id, names in broken.items()}


def evaluated_expectations(suite_result: dict[str, Any]) -> int:
    return int((suite_result.get("statistics") or {}).get("evaluated_expectations") or 0)


def errored_expectations(suite_result: dict[str, Any]) -> list[str]:
    """Expectations that raised instead of evaluating (e.g. a missing column): a suite bug, not bad data."""
    return [expectation_name(r) for r in suite_result.get("results", []) if _raised(r.get("exception_info"))]


def _raised(info: Any) -> bool:
    # GX reports either {"raised_exception": ...} or, when a metric failed, {metric id: {"raised_exception": ...}}.
    if not isinstance(info, dict):
        return False
    if "raised_exception" in info:
        return bool(info["raised_exception"])
    return any(_raised(value) for value in info.values())
