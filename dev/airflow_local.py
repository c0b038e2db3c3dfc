"""`make airflow`: a local Airflow (api-server, scheduler, dag-processor, triggerer) run by this small supervisor.

`airflow standalone` starts its components by the bare name `airflow`, so from a venv that is not activated
(the README's `make airflow`) every component died with FileNotFoundError while standalone kept running. This
supervisor starts them with the venv's own `airflow` (beside `sys.executable`), puts the venv's bin first on
their PATH, gives them one JWT secret (every component signs or checks the same tokens), waits for the UI to
be healthy and says where to log in; when a component dies it says which, shows the end of its log and stops
the others (exit 1); on Ctrl-C or SIGTERM it stops everything it started (exit 0).

Settings come from the environment (`.local/env.sh`, sourced by make); what is set there or exported wins over
the defaults here.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Literal

Component = Literal["api-server", "scheduler", "dag-processor", "triggerer"]
COMPONENTS: tuple[Component, ...] = ("api-server", "scheduler", "dag-processor", "triggerer")
HEALTH_TIMEOUT_S = 180
STOP_TIMEOUT_S = 20
LOG_TAIL_LINES = 25


@dataclass
class Running:
    name: Component
    process: subprocess.Popen[bytes]
    log: Path


def component_environment(environ: Mapping[str, str], port: int) -> dict[str, str]:
    """The environment of every component: the caller's, plus what a one-machine Airflow needs."""
    bin_dir = str(Path(sys.executable).parent)
    env = dict(environ)
    env["PATH"] = os.pathsep.join([bin_dir, env.get("PATH", "")])
    defaults = {
        "AIRFLOW__API__PORT": str(port),
        "AIRFLOW__API__BASE_URL": f"http://localhost:{port}",
        # Tasks talk to the api-server over IPv4 loopback whatever `localhost` resolves to.
        "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{port}/execution/",
        "AIRFLOW__API_AUTH__JWT_SECRET": secrets.token_urlsafe(64),
        "AIRFLOW__API__SECRET_KEY": secrets.token_urlsafe(32),
    }
    return {**defaults, **env}


def port_in_use(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def tail(path: Path, lines: int = LOG_TAIL_LINES) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def healthy(port: int) -> bool:
    with (
        contextlib.suppress(OSError),
        urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/monitor/health", timeout=5) as response,
    ):
        return response.status == 200
    return False


class Supervisor:
    def __init__(self, env: dict[str, str], log_dir: Path) -> None:
        self.env = env
        self.log_dir = log_dir
        self.running: list[Running] = []

    def start(self) -> None:
        airflow = str(Path(sys.executable).with_name("airflow"))
        self.log_dir.mkdir(parents=True, exist_ok=True)
        for name in COMPONENTS:
            log = self.log_dir / f"{name}.log"
            with log.open("wb") as out:
                # Own session: Ctrl-C reaches the supervisor only, which stops each component and its workers.
                process = subprocess.Popen(
                    [airflow, name],
                    env=self.env,
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            self.running.append(Running(name, process, log))
            print(f"  {name:<13} pid {process.pid:<7} log {log}", flush=True)

    def dead(self) -> Running | None:
        return next((r for r in self.running if r.process.poll() is not None), None)

    def stop(self) -> None:
        # A second Ctrl-C (or make forwarding the signal) must not cut the orderly stop short.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        for r in self.running:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(r.process.pid, signal.SIGTERM)
        deadline = time.monotonic() + STOP_TIMEOUT_S
        for r in self.running:
            try:
                r.process.wait(timeout=max(deadline - time.monotonic(), 0.1))
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(r.process.pid, signal.SIGKILL)
                r.process.wait()

    def fail(self, r: Running) -> int:
        print(
            f"\nairflow {r.name} exited with code {r.process.returncode}; the last lines of {r.log}:\n"
            f"{tail(r.log)}\n\nstopping the other components.",
            file=sys.stderr,
            flush=True,
        )
        self.stop()
        return 1


def login_hint(env: Mapping[str, str]) -> str:
    """Who logs in with what: SimpleAuthManager's users and the password file the api-server generates."""
    users = env.get("AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS", "admin:admin")
    password_file = env.get("AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE")
    user = users.split(",")[0].split(":")[0]
    if not password_file:
        return f"user {user}"
    with contextlib.suppress(OSError, ValueError):
        password = json.loads(Path(password_file).read_text())[user]
        return f"user {user}, password {password} (kept in {password_file})"
    return f"user {user}, password in {password_file}"


def stop_on_signal(signum: int, frame: FrameType | None) -> None:
    """The first Ctrl-C or SIGTERM starts the orderly stop. Any later one is ignored from this moment: `make`
    passes the signal on, and a second one arriving before Supervisor.stop() would end the supervisor and
    leave the components (each in its own session) running with nobody to stop them."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    raise KeyboardInterrupt


def run(port: int, environ: Mapping[str, str]) -> int:
    if port_in_use(port):
        print(
            f"port {port} is already in use (another Airflow?): stop it, or run "
            f"`make airflow AIRFLOW_PORT=<free port>`",
            file=sys.stderr,
        )
        return 1
    env = component_environment(environ, port)
    log_dir = Path(env.get("AIRFLOW_HOME", ".local/airflow")) / "components"
    supervisor = Supervisor(env, log_dir)

    signal.signal(signal.SIGTERM, stop_on_signal)
    signal.signal(signal.SIGINT, stop_on_signal)
    started = time.monotonic()
    print("starting Airflow:", flush=True)
    try:
        supervisor.start()
        while not healthy(port):
            if (r := supervisor.dead()) is not None:
                return supervisor.fail(r)
            if time.monotonic() - started > HEALTH_TIMEOUT_S:
                print(f"the api-server did not answer within {HEALTH_TIMEOUT_S}s", file=sys.stderr)
                supervisor.stop()
                return 1
            time.sleep(0.5)
        print(
            f"\nAirflow UI ready in {time.monotonic() - started:.0f}s: {env['AIRFLOW__API__BASE_URL']}  "
            f"({login_hint(env)})\nCtrl-C stops every component.",
            flush=True,
        )
        while (r := supervisor.dead()) is None:
            time.sleep(1)
        return supervisor.fail(r)
    except KeyboardInterrupt:
        print("\nstopping Airflow ...", flush=True)
        supervisor.stop()
        print("stopped.", flush=True)
        return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dev.airflow_local", description=__doc__)
    parser.add_argument("--port", type=int, default=8080, help="the UI and API port (default 8080)")
    args = parser.parse_args(argv)
    return run(args.port, os.environ)


if __name__ == "__main__":
    sys.exit(main())
