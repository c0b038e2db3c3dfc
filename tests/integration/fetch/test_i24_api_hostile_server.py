"""An i24_api source against a misbehaving API host over real HTTP: robots.txt, the content type, HTTP errors and
the SSRF guard apply to the API as to any page (the same client code path, so the size cap and retries too)."""

from __future__ import annotations

import pytest
from news_etl.discover import discover
from news_etl.records import Source

pytestmark = [pytest.mark.integration, pytest.mark.timeout(60)]


def api_source(server, base_path: str) -> Source:
    return Source(
        name="api", kind="i24_api", language="en", api_base_url=server.url(base_path), rate_limit_per_s=0
    )


@pytest.mark.parametrize(
    ("base_path", "reason"),
    [
        ("/private", "robots_disallowed"),  # robots.txt disallows /private/ on the API host
        ("/article", "not_json"),  # an HTML page where the API should answer
        ("/missing", "http_error"),
    ],
)
def test_a_refused_list_page_is_a_discover_reject(server, make_client, base_path: str, reason: str):
    found, rejects = discover(api_source(server, base_path), make_client())
    assert found == []
    assert [(r.stage, r.reason) for r in rejects] == [("discover", reason)]
    assert rejects[0].url.startswith(server.url(f"{base_path}/v2/en/contents?home=1&sort=-publishedAt"))


def test_the_ssrf_guard_covers_the_api_host(server, make_client):
    found, rejects = discover(api_source(server, "/feed.xml"), make_client(allow_private_hosts=[]))
    assert found == [] and [r.reason for r in rejects] == ["blocked_address"]
