"""Plain URL lists: one URL a line; blank lines and # comments ignored."""

from __future__ import annotations

from news_etl.discover.listing import Listed


def parse_url_list(text: str) -> list[Listed]:
    lines = (line.strip() for line in text.splitlines())
    return [Listed(line) for line in lines if line and not line.startswith("#")]
