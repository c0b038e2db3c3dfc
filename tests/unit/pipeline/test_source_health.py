"""When a run must fail for lack of news: the pure decision of pipeline/source_health.py."""

from __future__ import annotations

from news_etl.pipeline.source_health import SourceHealth, SourceRun, health_problems
from news_etl.records import Reject


def health(source: str, status: str, silent_hours: float = 0.0) -> SourceHealth:
    reason = None if status == "ok" else "connection_error"
    return SourceHealth(source, status, reason, "refused", silent_hours)  # type: ignore[arg-type]


def test_a_source_run_is_ok_failed_or_empty() -> None:
    refused = Reject("http://a/feed.xml", "discover", "timeout", "no answer")
    assert SourceRun.of("a", 3, [refused]).status == "ok"  # partly broken, still delivered
    failed = SourceRun.of("a", 0, [refused])
    assert (failed.status, failed.reason, failed.detail) == (
        "failed",
        "timeout",
        "http://a/feed.xml: no answer",
    )
    assert SourceRun.of("a", 0, []).status == "empty"


def test_no_source_delivered_fails_even_on_the_first_run() -> None:
    (problem,) = health_problems([health("a", "failed"), health("b", "empty")], silence_hours=48)
    assert problem.startswith("no source delivered: a failed (connection_error: refused); b empty")


def test_one_silent_source_fails_only_past_the_limit() -> None:
    assert health_problems([health("a", "ok"), health("b", "failed", 47.0)], silence_hours=48) == []
    (problem,) = health_problems([health("a", "ok"), health("b", "failed", 49.0)], silence_hours=48)
    assert problem.startswith("source b has delivered nothing for 49.0 h (limit 48 h)")
    assert health_problems([health("a", "ok"), health("b", "failed", 500.0)], silence_hours=0) == []


def test_a_healthy_run_has_no_problem() -> None:
    assert health_problems([health("a", "ok"), health("b", "ok")], silence_hours=48) == []
    assert health_problems([], silence_hours=48) == []
