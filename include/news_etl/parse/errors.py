"""The one exception the parse stage raises; its reason is a reject code the pipeline stores as is."""

from __future__ import annotations

PARSE_REASONS = (
    "parse_failed",
    "empty_body",
    "too_large",
    "field_too_long",
    "parse_timeout",
)  # a subset of records.REJECT_REASONS


class ParseError(Exception):
    """A page that cannot be turned into an article.

    reason is `parse_failed` (not a readable HTML document: empty, binary, cut off before its body) or
    `empty_body` (a readable page without article text), `too_large` / `field_too_long` / `parse_timeout`
    (over a cap of parse/limits.py).
    """

    def __init__(self, reason: str, detail: str = "") -> None:
        if reason not in PARSE_REASONS:
            raise ValueError(f"unknown parse reject reason {reason!r}")
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail
