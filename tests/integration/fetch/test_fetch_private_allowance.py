"""The private-address allowance belongs to its source (docs/operations.md): checked on every redirect hop
against the source that started the chain, never lent to another source, never covering link-local or metadata
addresses. All traffic stays on 127.0.0.0/8: servers on 127.0.0.2 and 127.0.0.3."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hostile_server import HostileServer
from news_etl.records import Source

pytestmark = [pytest.mark.integration, pytest.mark.timeout(30)]


@pytest.fixture(scope="module")
def site_a() -> Iterator[HostileServer]:
    server = HostileServer(host="127.0.0.2").start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def site_b() -> Iterator[HostileServer]:
    server = HostileServer(host="127.0.0.3").start()
    yield server
    server.stop()


def source(name: str, **config: object) -> Source:
    return Source(name=name, kind="urls", rate_limit_per_s=0, **config)  # type: ignore[arg-type]


A = source("a", allowed_private_hosts=("127.0.0.2",))
B = source("b", allowed_private_hosts=("127.0.0.3",))


def test_each_source_reaches_its_own_allowed_host(site_a, site_b, make_client):
    client = make_client(allow_private_hosts=[])
    assert client.fetch_page(site_a.url("/article"), A).ok
    assert client.fetch_page(site_b.url("/article"), B).ok


def test_a_source_cannot_borrow_another_sources_allowance(site_a, make_client):
    client = make_client(allow_private_hosts=[])
    assert client.fetch_page(site_a.url("/article"), A).ok  # the same client just used A's allowance
    before = site_a.hits["/article"]
    outcome = client.fetch_page(site_a.url("/article"), B)
    assert outcome.reject is not None and outcome.reject.reason == "blocked_address"
    assert "not allowed for this source" in outcome.reject.detail
    assert site_a.hits["/article"] == before  # refused before connecting


def test_a_redirect_from_an_allowed_host_to_the_metadata_address_is_refused(site_a, make_client):
    outcome = make_client(allow_private_hosts=[]).fetch_page(
        site_a.url("/to?url=http://169.254.169.254/latest/meta-data/"), A
    )
    assert outcome.reject is not None and outcome.reject.reason == "blocked_address"
    assert "169.254.169.254, which is never allowed" in outcome.reject.detail


def test_a_redirect_to_a_private_host_the_starting_source_does_not_allow_is_refused(
    site_a, site_b, make_client
):
    before = site_b.hits["/article"]
    outcome = make_client(allow_private_hosts=[]).fetch_page(
        site_a.url(f"/to?url={site_b.url('/article')}"), A
    )
    assert outcome.reject is not None and outcome.reject.reason == "blocked_address"
    assert "127.0.0.3" in outcome.reject.detail
    assert site_b.hits["/article"] == before


def test_allow_private_true_means_the_sources_own_hosts(site_a, site_b, make_client):
    own = source("own", url=site_a.url("/feed.xml"), allow_private=True)
    client = make_client(allow_private_hosts=[])
    assert client.fetch_page(site_a.url("/article"), own).ok
    outcome = client.fetch_page(site_a.url(f"/to?url={site_b.url('/article')}"), own)
    assert outcome.reject is not None and outcome.reject.reason == "blocked_address"


def test_allowed_networks_work_and_still_exclude_metadata(site_a, site_b, make_client):
    wide = source("wide", allowed_private_hosts=("127.0.0.0/8",))
    client = make_client(allow_private_hosts=[])
    assert client.fetch_page(site_a.url(f"/to?url={site_b.url('/article')}"), wide).ok
    outcome = client.fetch_page(site_b.url("/to-metadata"), wide)
    assert outcome.reject is not None and "never allowed" in outcome.reject.detail
