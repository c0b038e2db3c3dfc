"""Read a streamed response body with a hard cap on DECODED bytes and an overall deadline."""

from __future__ import annotations

import time

from requests import Response
from urllib3.exceptions import DecodeError, ProtocolError, ReadTimeoutError

from news_etl.fetch.outcome import FetchRefused

CHUNK_BYTES = 64 * 1024


def read_capped(response: Response, max_bytes: int, deadline: float) -> bytes:
    """Body of ``response`` (Content-Encoding undone), never more than ``max_bytes``.

    Counting decoded bytes is what stops a gzip bomb: urllib3 (>= 2.6) inflates at most CHUNK_BYTES per
    call, so we never hold more than max_bytes + one chunk, whatever the compressed size. ``deadline`` is a
    time.monotonic() value: the read timeout bounds each socket read, this bounds a server dripping bytes.
    The caller closes the response, which drops the connection instead of draining the rest.
    """
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and "Content-Encoding" not in response.headers and int(declared) > max_bytes:
        raise FetchRefused("too_large", f"Content-Length {declared} > {max_bytes} bytes; body not read")
    chunks: list[bytes] = []
    total = 0
    try:
        # read1, not stream(): stream() blocks until a whole chunk has arrived, so a server dripping a byte
        # at a time would never reach the deadline check.
        while chunk := response.raw.read1(CHUNK_BYTES, decode_content=True):
            total += len(chunk)
            if total > max_bytes:
                raise FetchRefused(
                    "too_large", f"body exceeds {max_bytes} bytes; stopped after reading {total}"
                )
            if time.monotonic() > deadline:
                raise FetchRefused("timeout", f"body not complete before the deadline ({total} bytes read)")
            chunks.append(chunk)
    except ReadTimeoutError as exc:
        raise FetchRefused("timeout", f"read timed out after {total} bytes: {exc}") from exc
    except DecodeError as exc:
        raise FetchRefused("bad_encoding", f"cannot undo Content-Encoding: {exc}") from exc
    except ProtocolError as exc:
        raise FetchRefused("connection_error", f"connection broken after {total} bytes: {exc}") from exc
    return b"".join(chunks)
