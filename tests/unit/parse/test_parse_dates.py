from __future__ import annotations

from datetime import datetime, timezone

import pytest
from news_etl.parse.dates import to_utc


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-10-21T11:30:00+03:00", datetime(2024, 10, 21, 8, 30, tzinfo=timezone.utc)),
        ("2024-10-21T11:30:00Z", datetime(2024, 10, 21, 11, 30, tzinfo=timezone.utc)),
        ("2024-10-21T11:30:00.250-04:00", datetime(2024, 10, 21, 15, 30, 0, 250000, tzinfo=timezone.utc)),
        ("2024-10-21T11:30:00", datetime(2024, 10, 21, 11, 30, tzinfo=timezone.utc)),  # no offset: UTC
        ("2024-10-21", datetime(2024, 10, 21, tzinfo=timezone.utc)),
        ("Tue, 05 Nov 2024 14:20:00 +0200", datetime(2024, 11, 5, 12, 20, tzinfo=timezone.utc)),
        (" 2024-10-21T11:30:00+03:00 ", datetime(2024, 10, 21, 8, 30, tzinfo=timezone.utc)),
    ],
)
def test_to_utc(value: str, expected: datetime) -> None:
    result = to_utc(value)
    assert result == expected
    assert result is not None and result.tzinfo is not None and result.utcoffset().total_seconds() == 0


@pytest.mark.parametrize("value", [None, "", "   ", "yesterday-ish", "2024-13-45"])
def test_unreadable_dates_are_none(value: str | None) -> None:
    assert to_utc(value) is None
