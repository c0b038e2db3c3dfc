"""A real HTTP server on 127.0.0.1 (ephemeral port) that misbehaves in every way the fetch stage must survive.

Each route is a method ``route_<name>``; ``/a-b`` maps to ``route_a_b``. The server counts hits per full
path (so "500 then 200" routes can be reused with a fresh query string) and records how many body bytes
each streaming route managed to send, so tests can assert the client hung up early.
"""

from __future__ import annotations

import gzip
import struct
import sys
import threading
import time
import zlib
from collections import Counter
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

ARTICLE = (
    "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Troops arrive</title></head>"
    "<body><article><h1>Troops arrive</h1><p>About 3,000 soldiers arrived on Monday.</p></article>"
    "</body></html>"
)
# cp1252-only characters (curly quotes, en dash, euro sign) plus accents: latin-1 would decode them wrongly.
WINDOWS_1252_TEXT = (
    "<html><head><title>Café résumé</title></head><body><p>“Les soldats sont arrivés à la frontière”, "
    "a déclaré le ministère – coût estimé à 3\u00a0millions d’€. Les députés ont débattu de l’opération "
    "pendant des heures, et le général a précisé que les unités resteraient établies jusqu’à l’été "
    "prochain.</p></body></html>"
)
TRUNCATED_HTML = "<html><head><title>Cut</title></head><body><article><p>The story began and then</p><p>sudd"
EMPTY_ARTICLE = "<html><head><title>Nothing here</title></head><body><article></article></body></html>"
ROBOTS_TXT = "User-agent: *\nDisallow: /private/\n"
BIG_BODY_BYTES = 20 * 1024 * 1024
BOMB_MEMBERS = 1024  # x 1 MiB each = 1 GiB once inflated

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><title>x</title><link>http://127.0.0.1/article</link></item></channel></rss>
"""
EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>&xxe;</title>
<item><title>x</title><link>http://127.0.0.1/article</link></item></channel></rss>
"""

RSS_FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Test news</title><language>en-gb</language>
<item><title>One</title><link>{base}/article?id=1</link>
  <pubDate>Mon, 06 May 2024 08:00:00 +0200</pubDate></item>
<item><title>One again</title><link>{base}/article?id=1#comments</link></item>
<item><title>Elsewhere</title><link>https://elsewhere.example/story</link></item>
<item><title>Two</title><link>{base}/article?id=2</link>
  <pubDate>Tue, 07 May 2024 10:30:00 GMT</pubDate></item>
</channel></rss>
"""
SITEMAP_INDEX = """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{base}/sitemap-news.xml</loc><lastmod>2024-05-07</lastmod></sitemap>
<sitemap><loc>{base}/sitemap-pages.xml.gz</loc></sitemap>
<sitemap><loc>{base}/sitemap-index.xml</loc></sitemap>
<sitemap><loc>{base}/bomb.xml</loc></sitemap>
</sitemapindex>
"""
NEWS_SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>{base}/article?id=3</loc>
 <news:news><news:publication><news:name>Test</news:name><news:language>fr</news:language></news:publication>
 <news:publication_date>2024-05-07T09:15:00+02:00</news:publication_date><news:title>Trois</news:title></news:news>
</url>
</urlset>
"""
PAGES_SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>{base}/article?id=4</loc><lastmod>2024-05-01T12:00:00Z</lastmod></url>
</urlset>
"""


def tiny_png() -> bytes:
    """A valid 1x1 PNG, built here rather than stored as a binary fixture."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


@cache
def gzip_bomb_member() -> bytes:
    """1 MiB of spaces as one gzip member (~1 KiB); concatenated members form one valid gzip stream."""
    return gzip.compress(b" " * (1024 * 1024), compresslevel=9)


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        """Clients hanging up mid-response is what half of these routes provoke: not worth a traceback."""
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


class HostileServer:
    def __init__(self, robots_status: int = 200, host: str = "127.0.0.1") -> None:
        self.robots_status = robots_status
        self.hits: Counter[str] = Counter()
        self.sent: Counter[str] = Counter()
        self.user_agents: list[str] = []
        self._lock = threading.Lock()
        owner = self

        class Handler(_Handler):
            server_owner = owner

        self._httpd = _QuietServer((host, 0), Handler)  # any 127.x.y.z answers on loopback
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def start(self) -> HostileServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def hit(self, path: str, user_agent: str) -> int:
        with self._lock:
            self.hits[path] += 1
            self.user_agents.append(user_agent)
            return self.hits[path]

    def add_sent(self, path: str, count: int) -> None:
        with self._lock:
            self.sent[path] += count


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in two writes: avoid the 40 ms delayed-ACK stall
    server_owner: HostileServer

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        self.hit_count = self.server_owner.hit(self.path, self.headers.get("User-Agent", ""))
        route = "route_" + parts.path.strip("/").split("/", 1)[0].replace("-", "_").replace(".", "_")
        handler = getattr(self, route, None)
        if handler is None:
            self.send_body(404, b"not found", "text/plain")
        else:
            handler()

    # -- helpers ------------------------------------------------------------------------------------------

    @property
    def base(self) -> str:
        return self.server_owner.base

    def send_body(self, status: int, body: bytes, content_type: str | None, **headers: str) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location: str) -> None:
        self.send_body(302, b"", None, Location=location)

    def stream(
        self, chunks, content_type: str, declared_length: int | None = None, pace: float = 0.0, **headers: str
    ) -> None:
        """Write chunks until done or until the client hangs up; record how much got out."""
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        if declared_length is not None:
            self.send_header("Content-Length", str(declared_length))
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        try:
            for chunk in chunks:
                self.wfile.write(chunk)
                self.wfile.flush()
                self.server_owner.add_sent(self.path, len(chunk))
                time.sleep(pace)
        except (BrokenPipeError, ConnectionResetError):
            pass

    # -- routes -------------------------------------------------------------------------------------------

    def route_robots_txt(self) -> None:
        self.send_body(self.server_owner.robots_status, ROBOTS_TXT.encode(), "text/plain")

    def route_article(self) -> None:
        etag = '"v1"'
        if self.headers.get("If-None-Match") == etag:
            self.send_body(304, b"", None, ETag=etag)
            return
        self.send_body(
            200,
            ARTICLE.encode(),
            "text/html; charset=utf-8",
            ETag=etag,
            Last_Modified="Mon, 06 May 2024 08:00:00 GMT",
        )

    def route_private(self) -> None:
        self.send_body(200, ARTICLE.encode(), "text/html; charset=utf-8")

    def route_missing(self) -> None:
        self.send_body(404, b"<h1>Not found</h1>", "text/html")

    def route_flaky(self) -> None:
        if self.hit_count == 1:
            self.send_body(500, b"oops", "text/plain")
        else:
            self.send_body(200, ARTICLE.encode(), "text/html; charset=utf-8")

    def route_throttled(self) -> None:
        if self.hit_count == 1:
            self.send_body(429, b"slow down", "text/plain", Retry_After="1")
        else:
            self.send_body(200, ARTICLE.encode(), "text/html; charset=utf-8")

    def route_slow(self) -> None:
        time.sleep(1.5)
        self.send_body(200, ARTICLE.encode(), "text/html; charset=utf-8")

    def route_stall(self) -> None:
        """Headers and a little body at once, then silence longer than the client's read timeout."""
        self.stream(iter([b"<html><body>", b""]), "text/html", declared_length=1000)
        time.sleep(1.5)

    def route_drip(self) -> None:
        """One byte every 50 ms: every single read is quick, the whole body takes 5 s."""
        self.stream((b" " for _ in range(100)), "text/html", declared_length=100, pace=0.05)

    def route_short_read(self) -> None:
        """Promises 1000 bytes, sends 20 and hangs up."""
        self.stream(iter([b"<html><body><p>Trunc"]), "text/html", declared_length=1000)

    def route_huge(self) -> None:
        """20 MB with an honest Content-Length."""
        chunk = b"<p>" + b"x" * (64 * 1024 - 7) + b"</p>\n"
        self.stream((chunk for _ in range(BIG_BODY_BYTES // len(chunk))), "text/html", BIG_BODY_BYTES)

    def route_huge_stream(self) -> None:
        """20 MB without Content-Length: only counting while reading can stop it."""
        chunk = b"<p>" + b"x" * (64 * 1024 - 7) + b"</p>\n"
        self.stream((chunk for _ in range(BIG_BODY_BYTES // len(chunk))), "text/html")

    def route_gzip_bomb(self) -> None:
        member = gzip_bomb_member()
        self.stream((member for _ in range(BOMB_MEMBERS)), "text/html", Content_Encoding="gzip")

    def route_cp1252_as_utf8(self) -> None:
        self.send_body(200, WINDOWS_1252_TEXT.encode("cp1252"), "text/html; charset=utf-8")

    def route_no_charset(self) -> None:
        self.send_body(200, WINDOWS_1252_TEXT.encode("cp1252"), "text/html")

    def route_png(self) -> None:
        self.send_body(200, tiny_png(), "text/html")

    def route_image(self) -> None:
        self.send_body(200, tiny_png(), "image/png")

    def route_loop_a(self) -> None:
        self.redirect("/loop-b")

    def route_loop_b(self) -> None:
        self.redirect(self.base + "/loop-a")

    def route_hop(self) -> None:
        step = int(self.path.rsplit("/", 1)[-1])
        self.redirect(f"/hop/{step + 1}")

    def route_to(self) -> None:
        """/to?url=<absolute URL>: a redirect anywhere (allowance tests across 127.x.y.z servers)."""
        from urllib.parse import parse_qs

        self.redirect(parse_qs(urlsplit(self.path).query)["url"][0])

    def route_to_metadata(self) -> None:
        self.redirect("http://169.254.169.254/latest/meta-data/")

    def route_truncated(self) -> None:
        self.send_body(200, TRUNCATED_HTML.encode(), "text/html; charset=utf-8")

    def route_empty_article(self) -> None:
        self.send_body(200, EMPTY_ARTICLE.encode(), "text/html; charset=utf-8")

    def route_feed_xml(self) -> None:
        self.send_body(200, RSS_FEED.format(base=self.base).encode(), "application/rss+xml")

    def route_bomb_xml(self) -> None:
        self.send_body(200, BILLION_LAUGHS, "application/rss+xml")

    def route_xxe_xml(self) -> None:
        self.send_body(200, EXTERNAL_ENTITY, "application/xml")

    def route_sitemap_index_xml(self) -> None:
        self.send_body(200, SITEMAP_INDEX.format(base=self.base).encode(), "application/xml")

    def route_sitemap_news_xml(self) -> None:
        self.send_body(200, NEWS_SITEMAP.format(base=self.base).encode(), "application/xml")

    def route_sitemap_pages_xml_gz(self) -> None:
        body = gzip.compress(PAGES_SITEMAP.format(base=self.base).encode())
        self.send_body(200, body, "application/gzip")

    def route_urls_txt(self) -> None:
        lines = f"# test list\n{self.base}/article?id=5\n\n{self.base}/article?id=5\n{self.base}/missing\n"
        self.send_body(200, lines.encode(), "text/plain")
