from __future__ import annotations

import time
from datetime import datetime, timezone

import pytest
from news_etl.discover.listing import from_struct_time, parse_w3c_datetime
from news_etl.discover.url_list import parse_url_list

UTC = timezone.utc


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-05-07", datetime(2024, 5, 7, tzinfo=UTC)),
        ("2024-05-07T10:00Z", datetime(2024, 5, 7, 10, 0, tzinfo=UTC)),
        ("2024-05-07T10:00:00+02:00", datetime(2024, 5, 7, 8, 0, tzinfo=UTC)),
        ("2024-05-07T10:00:00.250Z", datetime(2024, 5, 7, 10, 0, 0, 250000, tzinfo=UTC)),
        (" 2024-05-07T10:00:00 ", datetime(2024, 5, 7, 10, 0, tzinfo=UTC)),  # no zone: UTC
        ("yesterday", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_w3c_datetime(text, expected):
    assert parse_w3c_datetime(text) == expected


def test_from_struct_time():
    assert from_struct_time(time.gmtime(0)) == datetime(1970, 1, 1, tzinfo=UTC)
    assert from_struct_time(None) is None


def test_url_list_skips_blanks_and_comments():
    text = "# list\n\nhttps://a.example/1\n   https://a.example/2  \n#https://a.example/3\n"
    assert [e.url for e in parse_url_list(text)] == ["https://a.example/1", "https://a.example/2"]
