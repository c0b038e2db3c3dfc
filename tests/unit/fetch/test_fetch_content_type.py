from __future__ import annotations

import pytest
from news_etl.fetch.content_type import binary_signature, is_feed_type, is_html_type, parse_content_type


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("text/html; charset=UTF-8", ("text/html", "utf-8")),
        ('Text/HTML; Charset="windows-1252"', ("text/html", "windows-1252")),
        ("application/xhtml+xml", ("application/xhtml+xml", None)),
        (None, (None, None)),
        ("", (None, None)),
    ],
)
def test_parse_content_type(header, expected):
    assert parse_content_type(header) == expected


def test_html_and_feed_types():
    assert is_html_type("text/html") and is_html_type("application/xhtml+xml") and is_html_type(None)
    assert not is_html_type("image/png") and not is_html_type("application/json")
    assert is_feed_type("application/rss+xml") and is_feed_type("application/vnd.custom+xml")
    assert is_feed_type("text/plain") and is_feed_type("application/gzip")
    assert not is_feed_type("image/jpeg") and not is_feed_type("text/html")


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG image"),
        (b"\xff\xd8\xff\xe0JFIF", "JPEG image"),
        (b"%PDF-1.7", "PDF document"),
        (b"<html>\x00</html>", "binary data (NUL bytes)"),
        (b"<!doctype html><p>fine</p>", None),
        ("<p>ok</p>".encode("utf-16"), None),
    ],
)
def test_binary_signature(body, name):
    assert binary_signature(body) == name
