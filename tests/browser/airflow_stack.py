"""A real Airflow (api-server, scheduler, dag-processor) for the browser test, on its own metadata database
and AIRFLOW_HOME, with a known SimpleAuthManager login, and a small client for its REST API."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import requests

T = TypeVar("T")
USERNAME = "admin"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(what: str, probe: Callable[[], T | None], timeout: float, interval: float = 1.0) -> T:
    """Poll `probe` until it returns something truthy; fail with `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        with contextlib.suppress(requests.RequestException):
            result = probe()
            if result:
                return result
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(interval)


def airflow_environment(
    home: Path, metadata_uri: str, port: int, password: str, extra: Mapping[str, str]
) -> dict[str, str]:
    base_url = f"http://127.0.0.1:{port}"
    passwords = home / "passwords.json"
    passwords.write_text(json.dumps({USERNAME: password}))
    return {
        **os.environ,
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": metadata_uri,
        "AIRFLOW__LOGGING__BASE_LOG_FOLDER": str(home / "logs"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__EXECUTOR": "LocalExecutor",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": f"{USERNAME}:admin",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(passwords),
        "AIRFLOW__API__HOST": "127.0.0.1",
        "AIRFLOW__API__PORT": str(port),
        "AIRFLOW__API__BASE_URL": base_url,
        "AIRFLOW__API__WORKERS": "1",
        "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"{base_url}/execution/",
        # Every component signs or checks the same JWTs; without a shared secret each would invent its own.
        "AIRFLOW__API_AUTH__JWT_SECRET": secrets.token_urlsafe(64),
        "AIRFLOW__API__SECRET_KEY": secrets.token_urlsafe(32),
        # Test pace: the task supervisor notices a finished task within 1s instead of up to 5s (about 4s saved
        # per task), and the scheduler loops faster when idle.
        "AIRFLOW__WORKERS__MIN_HEARTBEAT_INTERVAL": "1",
        "AIRFLOW__SCHEDULER__SCHEDULER_IDLE_SLEEP_TIME": "0.5",
        **extra,
    }


@dataclass
class AirflowStack:
    env: dict[str, str]
    log_dir: Path
    password: str
    processes: list[subprocess.Popen] = field(default_factory=list)
    _token: str | None = None

    @property
    def base_url(self) -> str:
        return self.env["AIRFLOW__API__BASE_URL"]

    def airflow(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
        airflow = str(Path(sys.executable).with_name("airflow"))
        return subprocess.run(
            [airflow, *args], env=self.env, capture_output=True, text=True, timeout=timeout, check=True
        )

    def start(self) -> None:
        airflow = str(Path(sys.executable).with_name("airflow"))
        self.log_dir.mkdir(parents=True, exist_ok=True)
        for component in ("api-server", "scheduler", "dag-processor"):
            log = (self.log_dir / f"{component}.log").open("w")
            # Own process group: stop() ends the component and the workers it forked, and nothing else.
            self.processes.append(
                subprocess.Popen(
                    [airflow, component], env=self.env, stdout=log, stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            )  # fmt: skip

    def stop(self) -> None:
        for process in self.processes:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait()

    def check_alive(self) -> None:
        for process, name in zip(self.processes, ("api-server", "scheduler", "dag-processor"), strict=True):
            if process.poll() is not None:
                raise RuntimeError(f"airflow {name} exited with {process.returncode}; see {self.log_dir}")

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
