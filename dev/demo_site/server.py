"""`news-etl demo-site`: serve the demo news site (i24-style pages, RSS feeds, news sitemap, and the i24NEWS
JSON API in its real shape) on 127.0.0.1.

Static files live in dev/demo_site/site/; `{{BASE_URL}}` in .html/.xml/.txt/.json files is replaced by the
server's own base URL at serve time, so feeds carry absolute links whatever port the site runs on.
The API answers like api.i24news.tv: `/v2/{lang}/contents?home=1&sort=-publishedAt&page=&limit=` (or
`?category={id}&page=&limit=`) lists the articles of site/api/{lang}/*.json newest first, without their text;
`/v2/{lang}/contents/{last path segment of the article URL, or id}` serves one whole article.
`--bad` also serves the pages under site_bad/ (an implausible troop count, for `make run-bad`).
The seed article's page carries no text of its own: the line `{{SEED_PARAGRAPHS}}` in its body is filled at serve
time from ../shared/seeds (dev.paths.SEED_ARTICLE), one HTML-escaped `<p>` per non-empty line of the file; where
that file is absent the server warns once on stderr and answers the page with 404 (never an empty article).
"""

from __future__ import annotations

import argparse
import contextlib
import html
import json
import logging
import mimetypes
import re
import threading
from datetime import datetime, timezone
from functools import partial
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from dev import paths
from dev.paths import REPO_ROOT

log = logging.getLogger(__name__)

SITE_DIR = REPO_ROOT / "dev" / "demo_site" / "site"
BAD_SITE_DIR = REPO_ROOT / "dev" / "demo_site" / "site_bad"
API_DIR = SITE_DIR / "api"
_TEMPLATED = {".html", ".xml", ".txt", ".json"}
_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".json": "application/json; charset=utf-8",
}
_API_PATH = re.compile(r"^/v2/(?P<lang>[a-z]{2})/contents(?:/(?P<slug>[^/]+))?/?$")
_TEXT_FIELDS = ("parsedBody", "body")  # what the list leaves out: clients fetch the item for the text
# A line of its own in a page, filled with the seed article's paragraphs at the line's indentation.
_SEED_PLACEHOLDER = re.compile(rb"^(?P<indent>[ \t]*)\{\{SEED_PARAGRAPHS\}\}$", re.M)
_warned_missing: set[Path] = set()


def seed_paragraphs(seed_path: Path | None = None) -> list[str] | None:
    """The seed article's non-empty lines as `<p>` elements (HTML-escaped, every character kept), read from
    ../shared where it lies; None, with one loud warning per missing path, when the file is absent."""
    path = paths.SEED_ARTICLE if seed_path is None else seed_path
    if not path.is_file():
        if path not in _warned_missing:
            _warned_missing.add(path)
            log.warning(
                "seed article not found at %s (../shared is not laid out beside the repo): "
                "its demo page answers 404",
                path,
            )
        return None
    lines = path.read_text(encoding="utf-8").split("\n")
    return [f"<p>{html.escape(line, quote=False)}</p>" for line in lines if line.strip()]


def render(target: Path, base_url: str, seed_path: Path | None = None) -> bytes | None:
    """A site file as the server sends it: {{BASE_URL}} replaced in the templated types and the seed
    placeholder filled; None when the file needs the seed and the seed is absent."""
    body = target.read_bytes()
    if target.suffix not in _TEMPLATED:
        return body
    body = body.replace(b"{{BASE_URL}}", base_url.encode())
    if _SEED_PLACEHOLDER.search(body) is None:
        return body
    paragraphs = seed_paragraphs(seed_path)
    if paragraphs is None:
        return None
    return _SEED_PLACEHOLDER.sub(
        lambda m: b"\n".join(m["indent"] + p.encode("utf-8") for p in paragraphs), body
    )


def _published(item: dict[str, Any]) -> datetime:
    stamp = datetime.fromisoformat(item["publishedAt"])
    return (
        stamp if stamp.tzinfo else stamp.replace(tzinfo=timezone.utc)
    )  # the older API's naive times are UTC


def _api_items(lang: str, base_url: str) -> list[dict[str, Any]]:
    """The language's articles, newest first, with {{BASE_URL}} filled in."""
    items = [
        json.loads(path.read_text(encoding="utf-8").replace("{{BASE_URL}}", base_url))
        for path in sorted((API_DIR / lang).glob("*.json"))
    ]
    return sorted(items, key=_published, reverse=True)


def _slug(item: dict[str, Any]) -> str:
    return unquote(item["frontendUrl"].rstrip("/").rsplit("/", 1)[-1])


class DemoSiteHandler(BaseHTTPRequestHandler):
    server_version = "news-etl-demo-site/1.0"

    def __init__(self, *args, roots: tuple[Path, ...], seed_path: Path | None = None, **kwargs) -> None:
        self.roots = roots
        self.seed_path = seed_path  # None: dev.paths.SEED_ARTICLE
        super().__init__(*args, **kwargs)

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet: the pipeline's own report says what was fetched

    def _resolve(self) -> Path | None:
        path = unquote(urlsplit(self.path).path)  # Arabic article paths arrive percent-encoded
        if path.endswith("/"):
            path += "index.html"
        for root in self.roots:
            candidate = (root / path.lstrip("/")).resolve()
            if candidate.is_relative_to(root.resolve()) and candidate.is_file():
                return candidate
        return None

    def _base_url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def _send(self, body: bytes, content_type: str) -> None:
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _api(self, lang: str, slug: str | None) -> None:
        items = _api_items(lang, self._base_url())
        if slug is not None:
            wanted = unquote(slug)
            found = [item for item in items if wanted in (_slug(item), str(item.get("id")))]
            if not found:
                self.send_error(HTTPStatus.NOT_FOUND)
                return
            document: object = found[0]
        else:
            query = {key: values[0] for key, values in parse_qs(urlsplit(self.path).query).items()}
            if "category" in query:
                items = [item for item in items if str(item["category"]["id"]) == query["category"]]
            page, limit = int(query.get("page", 1)), int(query.get("limit", 20))
            chosen = items[(page - 1) * limit : page * limit]
            document = [{k: v for k, v in item.items() if k not in _TEXT_FIELDS} for item in chosen]
        self._send(json.dumps(document, ensure_ascii=False).encode(), _TYPES[".json"])

    def do_GET(self) -> None:
        api = _API_PATH.match(urlsplit(self.path).path)
        if api:
            self._api(api["lang"], api["slug"])
            return
        target = self._resolve()
        if target is None:
            self.send_error(HTTPStatus.NOT_FOUND)
            return
        body = render(target, self._base_url(), self.seed_path)
        if body is None:  # the seed article's page without ../shared: no empty article, a 404
            self.send_error(HTTPStatus.NOT_FOUND, "seed article absent (../shared is not laid out)")
            return
        content_type = (
            _TYPES.get(target.suffix) or mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        )
        self._send(body, content_type)


def make_server(
    port: int = 0, host: str = "127.0.0.1", bad: bool = False, seed_path: Path | None = None
) -> ThreadingHTTPServer:
    """`seed_path`: where the seed article is read (default dev.paths.SEED_ARTICLE, looked up per request)."""
    roots = (BAD_SITE_DIR, SITE_DIR) if bad else (SITE_DIR,)
    seed_paragraphs(seed_path)  # say at start-up, not only at the first request, that the seed is missing
    return ThreadingHTTPServer((host, port), partial(DemoSiteHandler, roots=roots, seed_path=seed_path))


def serve_in_thread(
    port: int = 0, bad: bool = False, seed_path: Path | None = None
) -> tuple[ThreadingHTTPServer, str]:
    """Start the site in a daemon thread (tests, benchmarks); returns the server and its base URL."""
    server = make_server(port, bad=bad, seed_path=seed_path)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, bound_port = server.server_address[:2]
    return server, f"http://{host}:{bound_port}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="news-etl demo-site", description=__doc__)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument(
        "--bad", action="store_true", help="also serve the page with an implausible troop count"
    )
    args = parser.parse_args(argv)
    server = make_server(args.port, bad=args.bad)
    print(f"demo site on http://127.0.0.1:{args.port}/ (Ctrl-C to stop)", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()
    return 0
