"""`news-etl parse FILE... [--url URL]`: one JSON line per saved HTML page or i24NEWS API document (*.json),
without network or warehouse.

The adapter follows the URL: --url when given, else the page's canonical link, else a file:// URL (generic
unless the page carries i24NEWS markup). A file that cannot be read or parsed prints an error line and the
next file is parsed; the exit status is 1 when any file failed.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from bs4 import BeautifulSoup, UnicodeDammit


def read_html(path: Path) -> str:
    """File contents as text: gunzipped when named *.gz; charset from BOM / meta / detection (bs4)."""
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    return UnicodeDammit(data, is_html=True).unicode_markup or ""


def _read_json(path: Path) -> str:
    """JSON is UTF-8 (RFC 8259)."""
    data = path.read_bytes()
    return (gzip.decompress(data) if path.suffix == ".gz" else data).decode("utf-8-sig")


def canonical_link(html: str) -> str | None:
    link = BeautifulSoup(html, "lxml").find("link", rel="canonical", href=True)
    href = str(link["href"]).strip() if link else ""
    return href if href.startswith(("http://", "https://")) else None


def _json_default(value: Any) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def parse_file(path: Path, url: str | None, source: str, language: str | None) -> dict[str, Any]:
    from news_etl.parse import ParseError, parse_api_document, parse_page
    from news_etl.parse.i24_api import is_api_document

    api_document = path.name.endswith((".json", ".json.gz")) or (
        url is not None and is_api_document(url, None)
    )
    try:
        text = read_html(path) if not api_document else _read_json(path)
    except (OSError, EOFError, gzip.BadGzipFile, UnicodeDecodeError) as error:
        return {"file": str(path), "error": "unreadable", "detail": str(error)}
    try:
        if api_document:
            article = parse_api_document(
                text, url or path.resolve().as_uri(), source=source, language_hint=language
            )
        else:
            page_url = url or canonical_link(text) or path.resolve().as_uri()
            article = parse_page(text, page_url, source=source, language_hint=language)
    except ParseError as error:
        return {"file": str(path), "error": error.reason, "detail": error.detail}
    except Exception as error:  # a parser bug on one hostile file must not cost the lines of the others
        return {"file": str(path), "error": "parse_failed", "detail": f"{type(error).__name__}: {error}"}
    return {"file": str(path), **dataclasses.asdict(article)}


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
    out = out or sys.stdout
    failed = 0
    for path in args.files:
        record = parse_file(path, args.url, args.source, args.language)
        failed += "error" in record
        out.write(json.dumps(record, ensure_ascii=False, default=_json_default) + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
