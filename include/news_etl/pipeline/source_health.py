"""Source health: what each source delivered in a run, and whether the run must fail because news stopped.

A run fails (and alerts through the DAG's failure notifiers) when no source delivered (listed at least one
URL), or when a source has delivered nothing for longer than settings.source_silence_hours. Operators would
otherwise go days without news and without knowing: failed feeds are not article URLs, so the URL accounting
balances at 0 = 0.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from news_etl.records import Reject

SourceStatus = Literal["ok", "empty", "failed"]


class SourceHealthFailed(Exception):
    """No source delivered in the run, or a source has been silent too long. Deterministic: not retried."""


@dataclass(frozen=True)
class SourceRun:
    """What one source delivered in one run (a news.source_runs row)."""

    source: str
    status: SourceStatus
    urls_found: int
    reason: str | None = None
    detail: str = ""

    @classmethod
    def of(cls, source: str, urls_found: int, rejects: list[Reject]) -> SourceRun:
        """A source that listed URLs is ok even when part of it failed (one broken child sitemap); one that
        listed nothing failed when something was refused, else it answered with an empty listing."""
        if urls_found:
            return cls(source, "ok", urls_found)
        if rejects:
            first = rejects[0]
            return cls(source, "failed", 0, first.reason, f"{first.url}: {first.detail}"[:2000])
        return cls(source, "empty", 0, None, "the source answered but listed no URL")


@dataclass(frozen=True)
class SourceHealth:
    source: str
    status: SourceStatus
    reason: str | None
    detail: str
    silent_hours: float  # since the source last delivered (or was first asked, when it never did)


def health_problems(sources: list[SourceHealth], silence_hours: float) -> list[str]:
    """Why the run must fail; empty when it need not."""
    problems: list[str] = []
    if sources and all(s.status != "ok" for s in sources):
        problems.append("no source delivered: " + "; ".join(_why(s) for s in sources))
    for s in sources:
        if s.status != "ok" and silence_hours > 0 and s.silent_hours > silence_hours:
            problems.append(
                f"source {s.source} has delivered nothing for {s.silent_hours:.1f} h "
                f"(limit {silence_hours:g} h): {_why(s)}"
            )
    return problems


def _why(s: SourceHealth) -> str:
    return f"{s.source} {s.status}" + (f" ({s.reason}: {s.detail})" if s.reason else f" ({s.detail})")
