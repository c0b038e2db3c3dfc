"""gzip inflated with a cap: a bomb costs at most the cap in memory, whoever hands it to us (a .xml.gz
sitemap, a saved .html.gz page)."""

from __future__ import annotations

import zlib
from typing import Literal

GZIP_MAGIC = b"\x1f\x8b"


class InflateRefused(ValueError):
    def __init__(self, reason: Literal["too_large", "corrupt"], detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def gunzip_capped(data: bytes, max_bytes: int) -> bytes:
    """``data`` inflated when it is gzip (unchanged otherwise), refusing to inflate past ``max_bytes``."""
    if not data.startswith(GZIP_MAGIC):
        return data
    out = bytearray()
    pending = data
    while pending:  # a .gz file may hold several concatenated gzip members
        inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
        try:
            out += inflater.decompress(pending, max_bytes + 1 - len(out))
        except zlib.error as exc:
            raise InflateRefused("corrupt", f"corrupt gzip: {exc}") from exc
        if len(out) > max_bytes:
            raise InflateRefused(
                "too_large", f"gzip content inflates past {max_bytes:,} bytes (stopped there)"
            )
        if not inflater.eof:
            raise InflateRefused("corrupt", "corrupt gzip: truncated stream")
        pending = inflater.unused_data
    return bytes(out)
