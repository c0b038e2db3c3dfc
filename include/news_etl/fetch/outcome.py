"""What a fetch returns: a page with its body, or a reject with a stable reason code."""

from __future__ import annotations

from dataclasses import dataclass

from news_etl.records import FetchedPage, Reject, RejectReason


class FetchRefused(Exception):
    """Raised inside the fetch stage to stop one URL; turned into a Reject at the client boundary."""

    def __init__(self, reason: RejectReason, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class FetchOutcome:
    """Either ``page`` (with ``body``/``text`` unless the server answered 304) or ``reject``."""

    page: FetchedPage | None = None
    body: bytes | None = None
    text: str | None = None
    reject: Reject | None = None

    @property
    def ok(self) -> bool:
        return self.reject is None

    @property
    def not_modified(self) -> bool:
        return self.page is not None and self.page.status == 304
