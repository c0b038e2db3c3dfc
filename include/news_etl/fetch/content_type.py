"""Media-type checks: what the server says (Content-Type) and what the bytes are (magic numbers)."""

from __future__ import annotations

from email.message import Message

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# Feeds and sitemaps are often served with generic types; plain text covers URL lists, gzip covers .xml.gz.
FEED_TYPES = frozenset(
    {
        "text/xml",
        "application/xml",
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "text/plain",
        "application/octet-stream",
        "application/gzip",
        "application/x-gzip",
    }
)

# Signatures of formats that are sometimes mislabelled text/html by servers and CDNs.
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"RIFF", "RIFF (WebP/AVI/WAV) data"),
    (b"\x00\x00\x00", "ISO media (MP4) data"),
    (b"wOF2", "WOFF2 font"),
)


def parse_content_type(header: str | None) -> tuple[str | None, str | None]:
    """(lower-case media type, charset) of a Content-Type header; (None, None) when absent."""
    if not header:
        return None, None
    msg = Message()
    msg["content-type"] = header
    charset = msg.get_param("charset")
    return msg.get_content_type(), (str(charset).strip().strip("'\"").lower() or None) if charset else None


def is_html_type(media_type: str | None) -> bool:
    """A missing Content-Type is accepted: the body is sniffed afterwards."""
    return media_type is None or media_type in HTML_TYPES


def is_feed_type(media_type: str | None) -> bool:
    return media_type is None or media_type in FEED_TYPES or media_type.endswith("+xml")


def is_json_type(media_type: str | None) -> bool:
    """JSON APIs (the i24NEWS API); a missing Content-Type is accepted and the JSON parser decides."""
    return media_type is None or media_type == "application/json" or media_type.endswith("+json")


def binary_signature(body: bytes) -> str | None:
    """Name of the binary format the body starts with, or None when it may be text.

    A NUL byte early in the body also counts: no text encoding we accept for HTML produces one, except
    UTF-16/32, which carry a BOM that we check first.
    """
    head = body[:1024]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    for signature, name in _BINARY_SIGNATURES:
        if head.startswith(signature):
            return name
    return "binary data (NUL bytes)" if b"\x00" in head else None
