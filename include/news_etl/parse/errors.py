"""The one exception the parse stage raises; its reason is a reject code the pipeline stores as is."""

from __future__ import annotations

from typing import Literal, get_args

ParseReason = Literal[
    "parse_failed", "empty_body", "not_json", "shell_page", "too_large", "field_too_long", "parse_timeout"
]  # a subset of records.RejectReason
PARSE_REASONS: tuple[ParseReason, ...] = get_args(ParseReason)


class ParseError(Exception):
    """A page that cannot be turned into an article.

    reason is `parse_failed` (not a readable HTML document: empty, binary, cut off before its body) or
    `empty_body` (a readable page without article text), `not_json` (an i24NEWS API document that is not an
    article object), `shell_page` (a client-rendered i24NEWS page without text, and none from the API), or
    `too_large` / `field_too_long` / `parse_timeout` (over a cap of parse/limits.py).
    """

    def __init__(self, reason: ParseReason, detail: str = "") -> None:
        if reason not in PARSE_REASONS:
            raise ValueError(f"unknown parse reject reason {reason!r}")
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail
