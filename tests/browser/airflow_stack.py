"""Real Airflows for the tests in this folder, and a small client for their REST API:

- `make_airflow`: what a newcomer runs, `make airflow` exactly as the README says, in a fresh copy of the
  checkout with nothing activated (the browser test);
- `AirflowStack.start`: the components started one by one on a known login (the backfill test).
Each runs on its own metadata database and AIRFLOW_HOME."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from dev.airflow_api import USERNAME, AirflowApi


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
class AirflowStack(AirflowApi):
    env: dict[str, str]
    log_dir: Path
    password: str
    processes: list[tuple[str, subprocess.Popen]] = field(default_factory=list)
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
                (component, subprocess.Popen(
                    [airflow, component], env=self.env, stdout=log, stderr=subprocess.STDOUT,
                    start_new_session=True,
                ))
            )  # fmt: skip

    def stop(self, timeout: float = 20) -> None:
        for _, process in self.processes:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
        for _, process in self.processes:
            try:
                process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait()

    def check_alive(self) -> None:
        for name, process in self.processes:
            if process.poll() is not None:
                raise RuntimeError(f"{name} exited with {process.returncode}; see {self.log_dir}")


def fresh_copy(root: Path, dest: Path) -> Path:
    """The checkout as `git clone` plus the working tree's edits would give it: tracked and untracked (not
    ignored) files, with their modification times (so make sees the same up-to-date targets). The venv is the
    checkout's own, linked: `make install` is what `make test` already ran; everything else (.local: the
    Airflow home, its generated password, env.sh, logs) starts empty, as on a fresh clone."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=root, capture_output=True, check=True,
    ).stdout.decode().split("\0")  # fmt: skip
    for name in filter(None, listed):
        source = root / name
        if source.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)
    (dest / ".venv").symlink_to(root / ".venv")
    return dest


def newcomer_environment(environ: Mapping[str, str], root: Path, extra: Mapping[str, str]) -> dict[str, str]:
    """A shell where nothing is activated: no venv on PATH and none of `.local/env.sh`'s settings, only `extra`
    (the README's "your own PostgreSQL" exports, and the test's pace)."""
    venv_bin = str(root / ".venv" / "bin")
    env = {
        key: value
        for key, value in environ.items()
        if not key.startswith(("AIRFLOW", "NEWS_ETL_", "VIRTUAL_ENV", "PYTEST", "XDG_RUNTIME_DIR"))
    }
    env["PATH"] = os.pathsep.join(p for p in environ.get("PATH", "").split(os.pathsep) if p != venv_bin)
    return {**env, **extra}


def make_airflow(
    checkout: Path, env: dict[str, str], airflow_port: int, demo_port: int, log: Path
) -> AirflowStack:
    """`make airflow` started as the README says (plus free ports), in its own process group so that stop()
    sends it what Ctrl-C would. The password is read once the UI is up (the api-server generates it)."""
    with log.open("w") as out:
        process = subprocess.Popen(
            ["make", "airflow", f"AIRFLOW_PORT={airflow_port}", f"DEMO_PORT={demo_port}"],
            cwd=checkout, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
    # The address `make airflow` prints and a newcomer opens (the login cookie belongs to that host name).
    stack_env = {**env, "AIRFLOW__API__BASE_URL": f"http://localhost:{airflow_port}"}
    return AirflowStack(
        stack_env, checkout / ".local" / "airflow" / "components", "", [("make airflow", process)]
    )


def surviving_components(console: Path) -> list[tuple[str, int]]:
    """The components `make airflow` said it started (`  api-server    pid 3401 ...` in its console) that are
    still running: after a stop there must be none, or they hold ports and CPU with nobody to stop them."""
    alive = []
    for line in console.read_text(errors="replace").splitlines():
        words = line.split()
        if len(words) >= 3 and words[1] == "pid" and words[2].isdigit():
            pid = int(words[2])
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, 0)
                alive.append((words[0], pid))
    return alive


def generated_password(checkout: Path) -> str:
    return json.loads((checkout / ".local" / "airflow" / "passwords.json").read_text())[USERNAME]
