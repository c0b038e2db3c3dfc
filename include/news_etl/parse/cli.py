"""`news-etl parse FILE... [--url URL]`: one JSON line per saved HTML page or i24NEWS API document (*.json),
without network or warehouse.

The adapter follows the URL: --url when given, else the page's canonical link, else a file:// URL (generic
unless the page carries i24NEWS markup). A file that cannot be read or parsed, or is over a cap
(NEWS_ETL_MAX_PAGE_CHARS, also for the inflated content of a .gz), prints an error line and the next file is
parsed; the exit status is 1 when any file failed.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from bs4 import BeautifulSoup

from news_etl.inflate import InflateRefused, gunzip_capped
from news_etl.jsonlines import json_line, utf8_stdout
from news_etl.parse.errors import ParseError
from news_etl.parse.limits import (
    DEFAULT_LIMITS,
    PageLimits,
    check_field_lengths,
    check_page_size,
    time_limit,
)
from news_etl.settings import Settings

# A page of N characters is at most 4N bytes of UTF-8 (and of any legacy encoding): the byte cap derived from
# the character cap never refuses a page the character cap would accept.
_MAX_BYTES_PER_CHAR = 4


def _read_capped(path: Path, limits: PageLimits) -> bytes:
    """The file's bytes, gunzipped (with a cap) when named *.gz; refused when larger than the page cap allows."""
    cap = limits.max_page_chars * _MAX_BYTES_PER_CHAR
    with path.open("rb") as handle:
        data = handle.read(cap + 1)  # one byte over the cap tells, whatever the file's size
    if len(data) > cap:
        raise ParseError("too_large", f"file exceeds {cap:,} bytes")
    if path.suffix != ".gz":
        return data
    try:
        return gunzip_capped(data, cap)
    except InflateRefused as refused:
        raise ParseError(
            "too_large" if refused.reason == "too_large" else "parse_failed", refused.detail
        ) from refused


def read_html(path: Path, limits: PageLimits) -> tuple[str, str]:
    """(text, how its encoding was decided) of a saved page; gunzipped (with a cap) when named *.gz.

    The file is decoded like a fetched page (fetch/charset.py: BOM, then <meta>, then detection, a
    declaration that decodes badly overruled), and refused when larger than the page cap: the parsers' time
    grows faster than the page."""
    from news_etl.fetch.charset import decode_html
    from news_etl.fetch.outcome import FetchRefused

    data = _read_capped(path, limits)
    try:
        decoded = decode_html(data, None)
    except FetchRefused as refused:
        raise ParseError("parse_failed", f"{refused.reason}: {refused.detail}") from refused
    check_page_size(decoded.text, limits.max_page_chars)
    return decoded.text, decoded.decision


def _read_json(path: Path, limits: PageLimits) -> tuple[str, str]:
    """An archived i24NEWS API document: UTF-8 (RFC 8259), capped like a page."""
    data = _read_capped(path, limits)
    return data.decode("utf-8-sig"), "utf-8 (JSON)"


def canonical_link(html: str) -> str | None:
    link = BeautifulSoup(html, "lxml").find("link", rel="canonical", href=True)
    href = str(link["href"]).strip() if link else ""
    return href if href.startswith(("http://", "https://")) else None


def _json_default(value: Any) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def parse_file(
    path: Path, url: str | None, source: str, language: str | None, limits: PageLimits = DEFAULT_LIMITS
) -> dict[str, Any]:
    from news_etl.parse import parse_api_document, parse_page
    from news_etl.parse.i24_api import is_api_document

    api_document = path.name.endswith((".json", ".json.gz")) or (
        url is not None and is_api_document(url, None)
    )
    try:
        text, encoding = _read_json(path, limits) if api_document else read_html(path, limits)
    except (OSError, UnicodeDecodeError) as error:
        return {"file": str(path), "error": "unreadable", "detail": str(error)}
    except ParseError as error:
        return {"file": str(path), "error": error.reason, "detail": error.detail}
    try:
        with time_limit(limits.max_parse_seconds):
            if api_document:
                article = parse_api_document(
                    text, url or path.resolve().as_uri(), source=source, language_hint=language
                )
            else:
                page_url = url or canonical_link(text) or path.resolve().as_uri()
                article = parse_page(text, page_url, source=source, language_hint=language)
        check_field_lengths(article, limits.max_title_chars, limits.max_description_chars)
    except ParseError as error:
        return {"file": str(path), "error": error.reason, "detail": error.detail}
    except Exception as error:  # a parser bug on one hostile file must not cost the lines of the others
        return {"file": str(path), "error": "parse_failed", "detail": f"{type(error).__name__}: {error}"}
    return {"file": str(path), **dataclasses.asdict(article), "encoding": encoding}


def main(argv: list[str] | None = None, out: TextIO | None = None) -> int:
    parser = argparse.ArgumentParser(prog="news-etl parse", description=__doc__)
    parser.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="FILE",
        help="saved HTML page (.html, .html.gz) or i24NEWS API document (.json, .json.gz)",
    )
    parser.add_argument("--url", help="URL the page(s) came from; chooses the adapter")
    parser.add_argument("--source", default="", help="source name to put in the record")
    parser.add_argument("--language", help="language hint when the page does not declare one")
    args = parser.parse_args(argv)
    out = out or utf8_stdout()
    limits = PageLimits.of(Settings.from_env())
    failed = 0
    for path in args.files:
        record = parse_file(path, args.url, args.source, args.language, limits)
        failed += "error" in record
        out.write(json_line(record, default=_json_default))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
