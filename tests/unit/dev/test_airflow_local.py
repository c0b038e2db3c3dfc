"""`make airflow`'s supervisor: the components get the venv's airflow and one shared secret, and a port that is
taken is reported at once instead of a dying api-server."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from dev import airflow_local


def test_components_find_the_venvs_airflow_and_share_one_secret() -> None:
    env = airflow_local.component_environment({"PATH": "/usr/bin"}, 8099)
    assert env["PATH"].split(os.pathsep)[0] == str(Path(sys.executable).parent)
    assert Path(env["PATH"].split(os.pathsep)[0], "airflow").exists()
    assert env["AIRFLOW__API__PORT"] == "8099"
    assert env["AIRFLOW__API__BASE_URL"] == "http://localhost:8099"
    assert len(env["AIRFLOW__API_AUTH__JWT_SECRET"]) >= 64


def test_what_the_environment_sets_wins_over_the_defaults() -> None:
    env = airflow_local.component_environment(
        {"PATH": "/usr/bin", "AIRFLOW__API_AUTH__JWT_SECRET": "mine", "AIRFLOW__API__BASE_URL": "http://h:1"},
        8099,
    )
    assert env["AIRFLOW__API_AUTH__JWT_SECRET"] == "mine" and env["AIRFLOW__API__BASE_URL"] == "http://h:1"


def test_a_taken_port_fails_at_once_with_what_to_do(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        assert airflow_local.run(port, {"PATH": "/usr/bin"}) == 1
    assert f"port {port} is already in use" in capsys.readouterr().err


def test_login_hint_reads_the_generated_password(tmp_path: Path) -> None:
    passwords = tmp_path / "passwords.json"
    env = {"AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": "admin:admin",
           "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(passwords)}  # fmt: skip
    assert airflow_local.login_hint(env) == f"user admin, password in {passwords}"
    passwords.write_text('{"admin": "s3cret"}')
    assert airflow_local.login_hint(env) == f"user admin, password s3cret (kept in {passwords})"


# A process that stops the way the supervisor does: signals handled by stop_on_signal, then a slow orderly stop.
_STOPPING = """
import signal, sys, time
from dev.airflow_local import stop_on_signal
signal.signal(signal.SIGTERM, stop_on_signal)
signal.signal(signal.SIGINT, stop_on_signal)
try:
    print("ready", flush=True)  # inside the try: the signal may arrive before the sleep starts
    time.sleep(60)
except KeyboardInterrupt:
    print("stopping", flush=True)
    time.sleep(1.0)
    print("stopped", flush=True)
"""


@pytest.mark.parametrize("second", [signal.SIGTERM, signal.SIGINT])
def test_a_second_signal_during_the_stop_does_not_cut_it_short(second: signal.Signals) -> None:
    """`make` passes Ctrl-C or SIGTERM on, so the supervisor may get the signal twice; the second one used to end
    it before it had stopped the components, which then ran on with nobody to stop them."""
    process = subprocess.Popen(
        [sys.executable, "-c", _STOPPING],
        cwd=Path(__file__).resolve().parents[3],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    process.send_signal(signal.SIGTERM)
    assert process.stdout.readline().strip() == "stopping"
    process.send_signal(second)
    out, _ = process.communicate(timeout=30)
    assert out.strip() == "stopped"
    assert process.returncode == 0
