"""Every expectation of every suite carries a stable short name in `meta["name"]`: that name is what
quarantine rows, news.validation_runs and alerts report, so it must never depend on GX's generated ids."""

from __future__ import annotations

from typing import TypeVar

E = TypeVar("E")


def named(name: str, description: str, expectation: E) -> E:
    """The expectation with its stable name and the description shown in Data Docs."""
    expectation.meta = {"name": name}  # type: ignore[attr-defined]
    expectation.description = description  # type: ignore[attr-defined]
    return expectation
