"""docker-compose.yaml is consistent, checked without Docker: services, volumes, variables, image version.

Docker does not run on the development machines, so this is what stands between a typo and a team's
`docker compose up`: every reference in the file must resolve to something declared.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
COMPOSE_FILE = ROOT / "docker-compose.yaml"
ENV_EXAMPLE = ROOT / ".env.example"
DOCKERFILE = ROOT / "docker" / "Dockerfile"
REQUIREMENTS = ROOT / "requirements.txt"

# ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?error}, ${VAR?error}, ${VAR:+alt}; `$$` escapes a dollar.
_BRACED = re.compile(r"(?<!\$)\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?\}")
_BARE = re.compile(r"(?<!\$)\$(?=[A-Za-z_])")
AIRFLOW_COMPONENTS = {"api-server", "scheduler", "dag-processor", "triggerer", "celery worker"}


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return yaml.safe_load(COMPOSE_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def services(compose) -> dict[str, dict[str, Any]]:
    """The services as compose sees them with .env.example's values, the blank secrets filled in."""
    values = {
        name: value or f"{name.lower().replace('_', '-')}-value" for name, value in env_example().items()
    }
    return resolve(compose["services"], values)


def resolve(node: Any, values: dict[str, str]) -> Any:
    """Compose-style interpolation of every string value (`$$` stays a literal dollar for the container)."""
    if isinstance(node, str):
        return _BRACED.sub(lambda m: values[m.group(1)], node)
    if isinstance(node, dict):
        return {key: resolve(value, values) for key, value in node.items()}
    if isinstance(node, list):
        return [resolve(value, values) for value in node]
    return node


def strings(node: Any) -> Iterator[str]:
    """Every string value of the parsed file (compose interpolates values, not keys or comments)."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from strings(value)


def interpolated(compose) -> dict[str, set[str]]:
    """Variable name -> the operators it is used with ('' for a plain ${VAR})."""
    found: dict[str, set[str]] = {}
    for text in strings(compose):
        for name, operator, _ in _BRACED.findall(text):
            found.setdefault(name, set()).add(operator)
    return found


def env_example() -> dict[str, str]:
    entries = {}
    for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            name, sep, value = line.partition("=")
            assert sep, f".env.example: not NAME=value: {line!r}"
            entries[name.strip()] = value
    return entries


def depends_on(service: dict[str, Any]) -> dict[str, dict[str, Any]]:
    deps = service.get("depends_on", {})
    return {name: {} for name in deps} if isinstance(deps, list) else deps


def environment(service: dict[str, Any]) -> dict[str, str]:
    env = service.get("environment", {})
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env)
    return {key: str(value) for key, value in env.items()}


def command(service: dict[str, Any]) -> str:
    cmd = service.get("command", "")
    return " ".join(cmd) if isinstance(cmd, list) else str(cmd)


def airflow_services(services) -> dict[str, dict[str, Any]]:
    return {name: s for name, s in services.items() if "AIRFLOW__CORE__EXECUTOR" in environment(s)}


def host_of(uri: str) -> str:
    return urlsplit(uri).hostname or ""


def pinned(package: str) -> str:
    match = re.search(rf"^{re.escape(package)}==(\S+)$", REQUIREMENTS.read_text(encoding="utf-8"), re.M)
    assert match, f"{package} is not pinned in requirements.txt"
    return match.group(1)


def locked_python() -> str:
    match = re.search(r"--python-version (\d+\.\d+)", REQUIREMENTS.read_text(encoding="utf-8"))
    assert match, "requirements.txt does not say which Python it was locked for"
    return match.group(1)


# -- references resolve ---------------------------------------------------------------------------------------


def test_every_dependency_is_a_service(services) -> None:
    for name, service in services.items():
        for dependency, condition in depends_on(service).items():
            assert dependency in services, f"{name} depends on unknown service {dependency}"
            assert dependency != name
            if condition.get("condition") == "service_healthy":
                assert "healthcheck" in services[dependency], f"{name} waits for {dependency}'s health: none"


def test_every_named_volume_is_declared_and_used(compose, services) -> None:
    declared = set(compose.get("volumes") or {})
    used = set()
    for name, service in services.items():
        for mount in service.get("volumes", []):
            source = mount["source"] if isinstance(mount, dict) else mount.split(":", 1)[0]
            if not source.startswith((".", "/", "~", "$")):
                assert source in declared, f"{name} mounts undeclared volume {source}"
                used.add(source)
    assert declared == used, f"declared but unused volumes: {declared - used}"


def test_every_variable_is_documented_in_env_example(compose) -> None:
    documented = env_example()
    used = interpolated(compose)
    assert sorted(set(used) - set(documented)) == [], "variables missing from .env.example"
    assert sorted(set(documented) - set(used)) == [], ".env.example lists variables the compose file ignores"
    for name, operators in used.items():
        if ":?" in operators:  # required: the example leaves it for the operator to fill in
            assert documented[name] == "", f"{name} is a secret: .env.example must not ship a value"


def test_no_unbraced_variables(compose) -> None:
    """`$VAR` would be interpolated by compose, easy to confuse with a shell variable meant for the container
    (which must be written `$$VAR`)."""
    offending = [text for text in strings(compose) if _BARE.search(text)]
    assert offending == []


def test_every_defaulted_variable_repeats_its_default_in_env_example(compose) -> None:
    documented = env_example()
    for text in strings(compose):
        for name, operator, default in _BRACED.findall(text):
            if operator == ":-" and default:
                assert documented[name] == default, (
                    f"{name}: compose default {default!r}, .env.example differs"
                )


def test_dockerfile_copies_only_files_that_exist() -> None:
    for line in DOCKERFILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("COPY "):
            sources = [w for w in shlex.split(line)[1:-1] if not w.startswith("--")]
            for source in sources:
                assert (ROOT / source).exists(), f"docker/Dockerfile copies missing {source}"


# -- the production shape -------------------------------------------------------------------------------------


def test_image_matches_the_locked_airflow_and_python(services) -> None:
    expected = f"apache/airflow:{pinned('apache-airflow')}-python{locked_python()}"
    dockerfile_default = re.search(r"^ARG AIRFLOW_IMAGE=(\S+)$", DOCKERFILE.read_text(encoding="utf-8"), re.M)
    assert dockerfile_default and dockerfile_default.group(1) == expected
    for name, service in airflow_services(services).items():
        assert service["build"]["args"]["AIRFLOW_IMAGE"] == expected, name
        assert service["build"]["dockerfile"] == "docker/Dockerfile", name
        assert service["image"].endswith(":" + pinned("apache-airflow")), name


def test_all_airflow_components_run(services) -> None:
    components = {command(s).split(" --")[0] for s in airflow_services(services).values()}
    assert components >= AIRFLOW_COMPONENTS


def test_celery_settings_and_queues_are_those_the_local_stack_proves(services) -> None:
    """tests/celery runs dev/celery_stack.py's settings for real; the compose file must run the same."""
    from dev.celery_stack import CELERY_SETTINGS, QUEUES

    for name, service in airflow_services(services).items():
        env = environment(service)
        assert {key: env.get(key) for key in CELERY_SETTINGS} == CELERY_SETTINGS, name
    workers = [s for s in services.values() if command(s).startswith("celery worker")]
    assert workers, "no Celery worker service"
    for worker in workers:
        queues = shlex.split(command(worker)).index("--queues")
        assert set(shlex.split(command(worker))[queues + 1].split(",")) == set(QUEUES)


def test_celery_executor_with_declared_broker_and_result_backend(services) -> None:
    for name, service in airflow_services(services).items():
        env = environment(service)
        assert env["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor", name
        broker = host_of(env["AIRFLOW__CELERY__BROKER_URL"])
        assert services[broker]["image"].startswith("redis:"), name
        metadata = host_of(env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"])
        assert services[metadata]["image"].startswith("postgres:"), name
        assert host_of(env["AIRFLOW__CELERY__RESULT_BACKEND"].removeprefix("db+")) == metadata, name
        assert host_of(env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"]) in services, name


def test_warehouse_is_its_own_database(services) -> None:
    for name, service in airflow_services(services).items():
        env = environment(service)
        warehouse = urlsplit(env["AIRFLOW_CONN_NEWS_WAREHOUSE"])
        metadata = host_of(env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"])
        assert warehouse.hostname in services and warehouse.hostname != metadata, name
        db_env = environment(services[warehouse.hostname])
        assert (warehouse.username, warehouse.path.lstrip("/")) == (
            db_env["POSTGRES_USER"],
            db_env["POSTGRES_DB"],
        )
        assert warehouse.password == db_env["POSTGRES_PASSWORD"], f"{name}: warehouse password differs"
        for key in (
            "AIRFLOW_CONN_NEWS_ALERTS_WEBHOOK",
            "AIRFLOW_CONN_SMTP_DEFAULT",
            "AIRFLOW_VAR_NEWS_ALERT_EMAILS",
        ):
            assert key in env, f"{name} lacks {key}"


def test_init_migrates_both_databases_before_anything_starts(services) -> None:
    inits = [name for name, s in services.items() if "airflow db migrate" in command(s)]
    assert len(inits) == 1
    (init,) = inits
    script = command(services[init])
    assert "news-etl migrate" in script and "airflow pools set news_http" in script
    assert services[init].get("restart") == "no"
    for name in airflow_services(services):
        if name != init:
            assert depends_on(services[name]).get(init) == {"condition": "service_completed_successfully"}, (
                name
            )


def test_project_is_mounted_where_the_image_installed_it(services) -> None:
    installed = re.search(r"pip install .*-e (\S+)", DOCKERFILE.read_text(encoding="utf-8"))
    assert installed, "docker/Dockerfile does not install the project editable"
    for name, service in airflow_services(services).items():
        mounts = dict(m.split(":")[:2] for m in service["volumes"] if isinstance(m, str))
        assert mounts.get(".") == installed.group(1), (
            f"{name} does not mount the checkout at the install path"
        )
        env = environment(service)
        for folder in ("AIRFLOW__CORE__DAGS_FOLDER", "AIRFLOW__CORE__PLUGINS_FOLDER"):
            relative = Path(env[folder]).relative_to(installed.group(1))
            assert (ROOT / relative).is_dir(), f"{name}: {folder} is not a folder of the checkout"
        # Workers share the raw store: a page fetched on one worker is parsed on another.
        raw_store = env["NEWS_ETL_RAW_STORE"]
        assert any(
            raw_store.startswith(m.split(":")[1]) for m in service["volumes"] if not m.startswith(".")
        ), name


def test_airflow_services_share_one_configuration(services) -> None:
    """The scheduler, api-server and workers must agree on secrets and databases, or tasks fail to report back."""
    shared = (
        "AIRFLOW__API_AUTH__JWT_SECRET",
        "AIRFLOW__CORE__FERNET_KEY",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN",
    )
    configs = {
        name: tuple(environment(s)[key] for key in shared) for name, s in airflow_services(services).items()
    }
    assert len(set(configs.values())) == 1, configs
