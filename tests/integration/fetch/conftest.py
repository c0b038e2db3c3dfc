from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from hostile_server import HostileServer  # importable: pytest puts this conftest's folder on sys.path
from news_etl.fetch import HttpClient
from news_etl.records import Source


@pytest.fixture(scope="module")
def server() -> Iterator[HostileServer]:
    hostile = HostileServer().start()
    yield hostile
    hostile.stop()


@pytest.fixture
def make_client() -> Iterator[Callable[..., HttpClient]]:
    """Clients with test-speed settings: short timeouts, near-zero backoff, 127.0.0.1 allow-listed."""
    clients: list[HttpClient] = []

    def make(**overrides: object) -> HttpClient:
        settings: dict[str, object] = {
            "timeouts": (1.0, 0.5),
            "retries": 2,
            "backoff": 0.01,
            "allow_private_hosts": ["127.0.0.1"],
        }
        settings.update(overrides)
        client = HttpClient(**settings)  # type: ignore[arg-type]
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def source() -> Source:
    # rate_limit_per_s=0: no politeness delay against our own test server.
    return Source(name="hostile", kind="urls", rate_limit_per_s=0)
