"""`news-etl demo-site`: serve the demo news site (i24-style pages, RSS feed, news sitemap) on 127.0.0.1.

Static files live in dev/demo_site/site/; `{{BASE_URL}}` in .html/.xml/.txt files is replaced by the
server's own base URL at serve time, so feeds carry absolute links whatever port the site runs on.
`--bad` also serves the pages under site_bad/ (an implausible troop count, for `make run-bad`).
"""

from __future__ import annotations

import argparse
import contextlib
import mimetypes
import threading
from functools import partial
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from dev.paths import REPO_ROOT

SITE_DIR = REPO_ROOT / "dev" / "demo_site" / "site"
BAD_SITE_DIR = REPO_ROOT / "dev" / "demo_site" / "site_bad"
_TEMPLATED = {".html", ".xml", ".txt"}
_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
}


class DemoSiteHandler(BaseHTTPRequestHandler):
    server_version = "news-etl-demo-site/1.0"

    def __init__(self, *args, roots: tuple[Path, ...], **kwargs) -> None:
        self.roots = roots
        super().__init__(*args, **kwargs)

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet: the pipeline's own report says what was fetched

    def _resolve(self) -> Path | None:
        path = urlsplit(self.path).path
        if path.endswith("/"):
            path += "index.html"
        for root in self.roots:
            candidate = (root / path.lstrip("/")).resolve()
            if candidate.is_relative_to(root.resolve()) and candidate.is_file():
                return candidate
        return None

    def do_GET(self) -> None:
        target = self._resolve()
        if target is None:
            self.send_error(HTTPStatus.NOT_FOUND)
            return
        body = target.read_bytes()
        if target.suffix in _TEMPLATED:
            host, port = self.server.server_address[:2]
            body = body.replace(b"{{BASE_URL}}", f"http://{host}:{port}".encode())
        content_type = (
            _TYPES.get(target.suffix) or mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        )
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def make_server(port: int = 0, host: str = "127.0.0.1", bad: bool = False) -> ThreadingHTTPServer:
    roots = (BAD_SITE_DIR, SITE_DIR) if bad else (SITE_DIR,)
    return ThreadingHTTPServer((host, port), partial(DemoSiteHandler, roots=roots))


def serve_in_thread(port: int = 0, bad: bool = False) -> tuple[ThreadingHTTPServer, str]:
    """Start the site in a daemon thread (tests, benchmarks); returns the server and its base URL."""
    server = make_server(port, bad=bad)
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
