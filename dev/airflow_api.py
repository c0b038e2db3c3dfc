"""What every local Airflow of the checkout shares: its admin user, a free port, polling, and a client for the
REST API (what an operator or a CI job would use) — for the Celery stack (`dev/celery_stack.py`) and the test
stacks (`tests/browser/airflow_stack.py`)."""

from __future__ import annotations

import contextlib
import socket
import time
from collections.abc import Callable
from typing import Any, TypeVar

import requests

T = TypeVar("T")
USERNAME = "admin"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(what: str, probe: Callable[[], T | None], timeout: float, interval: float = 1.0) -> T:
    """Poll `probe` until it returns something truthy; fail with `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        with contextlib.suppress(OSError):  # requests.RequestException is one too
            result = probe()
            if result:
                return result
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(interval)


class AirflowApi:
    """REST client mixin: the class provides `base_url`, `password` and `check_alive()` (which raises when a
    component died, so that waiting on a dead stack fails at once)."""

    base_url: str
    password: str
    _token: str | None = None

    def check_alive(self) -> None:
        raise NotImplementedError

    def token(self) -> str:
        if self._token is None:
            response = requests.post(
                f"{self.base_url}/auth/token",
                json={"username": USERNAME, "password": self.password},
                timeout=10,
            )
            response.raise_for_status()
            self._token = response.json()["access_token"]
        return self._token

    def api(self, method: str, path: str, **kwargs: Any) -> Any:
        response = requests.request(
            method,
            f"{self.base_url}/api/v2/{path.lstrip('/')}",
            headers={"Authorization": f"Bearer {self.token()}"},
            timeout=30,
            **kwargs,
        )
        response.raise_for_status()
        return response.json() if response.content else None

    def healthy(self) -> bool:
        self.check_alive()
        return requests.get(f"{self.base_url}/api/v2/monitor/health", timeout=5).ok
