"""The Troop mentions plugin mounted the way the api-server mounts it (Airflow's own `init_plugins` over the
real plugins folder), with the configured auth manager: anonymous requests are refused, a token issued by that
auth manager gets the page and its data from the warehouse."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from ui_rows import add_article, add_mention, add_validation

pytestmark = [pytest.mark.integration, pytest.mark.airflow]

ROOT = Path(__file__).resolve().parents[3]
PREFIX = "/troop-mentions"


@pytest.fixture()
def client(
    warehouse: Any, warehouse_airflow_uri: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Any]:
    from airflow import settings

    if Path(settings.PLUGINS_FOLDER).resolve() != ROOT / "plugins":
        pytest.skip(f"Airflow's plugins folder is {settings.PLUGINS_FOLDER}: run through `make test`")
    monkeypatch.setenv("AIRFLOW_CONN_NEWS_WAREHOUSE", warehouse_airflow_uri)
    monkeypatch.setenv("AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE", str(tmp_path / "passwords.json"))

    from airflow.api_fastapi.app import init_auth_manager, init_plugins
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    app = FastAPI()
    init_auth_manager(app)
    init_plugins(app)
    with TestClient(app, follow_redirects=False) as test_client:
        yield test_client


def token(role: str = "viewer") -> str:
    from airflow.api_fastapi.app import get_auth_manager
    from airflow.api_fastapi.auth.managers.simple.user import SimpleAuthManagerUser

    return get_auth_manager().generate_jwt(SimpleAuthManagerUser(username=f"a-{role}", role=role))


def test_anonymous_requests_are_refused(client: Any) -> None:
    data = client.get(f"{PREFIX}/data.json")
    assert data.status_code == 401
    page = client.get(f"{PREFIX}/", headers={"Accept": "text/html"})
    assert page.status_code == 303
    assert page.headers["location"].startswith("/auth/login?next=")
    assert client.get(f"{PREFIX}/").status_code == 401  # not a browser: no redirect
    forged = client.get(f"{PREFIX}/data.json", headers={"Authorization": "Bearer not.a.jwt"})
    assert forged.status_code == 403  # Airflow: "Invalid JWT token"
    client.cookies.set("_token", token() + "x")  # signature broken
    assert client.get(f"{PREFIX}/data.json").status_code == 403


def test_a_token_from_the_auth_manager_gets_the_data(client: Any, warehouse: Any) -> None:
    when = datetime(2026, 11, 18, tzinfo=timezone.utc)
    add_article(warehouse, "a1", when, when)
    add_mention(warehouse, "a1", 0, "PRK")
    add_mention(warehouse, "a1", 10, "PRK", quarantined=True)
    add_validation(warehouse, "run-7", False, when, troop_count_plausible=1)
    warehouse.commit()

    bearer = client.get(f"{PREFIX}/data.json", headers={"Authorization": f"Bearer {token()}"})
    assert bearer.status_code == 200
    data = bearer.json()
    assert data["quarantine_count"] == 1
    assert data["validation_runs"] == [
        {"dag_id": "deployment_mentions", "batch": "run-7", "suite_name": "deployment_mentions",
         "success": False, "rows_validated": 10, "rows_quarantined": 1,
         "failed_expectation_counts": {"troop_count_plausible": 1}, "validated_at": when.isoformat(),
         "data_docs_url": None}
    ]  # fmt: skip
    assert data["counts"] == [{"start": "2026-11-16", "actor": "PRK", "mentions": 1}]
    assert data["covered"] == data["shown"] == {"first": "2026-11-18", "last": "2026-11-18"}
    assert data["source_health"] == []

    client.cookies.set("_token", token())  # what the UI login sets
    page = client.get(f"{PREFIX}/", headers={"Accept": "text/html"})
    assert page.status_code == 200
    assert "run-7" in page.text and 'id="mentions-chart"' in page.text
    quarantine = client.get(f"{PREFIX}/quarantine", params={"batch": "r1"}, headers={"Accept": "text/html"})
    assert quarantine.status_code == 200 and 'id="quarantine-rows"' in quarantine.text


def test_data_docs_are_served_behind_the_login_and_only_from_their_folder(
    client: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = tmp_path / "data_docs"
    (docs / "validations").mkdir(parents=True)
    (docs / "index.html").write_text("<html>index</html>")
    (docs / "validations" / "r.html").write_text("<html>result</html>")
    (tmp_path / "secret.txt").write_text("not data docs")
    monkeypatch.setenv("NEWS_ETL_DATA_DOCS", str(docs))

    assert client.get(f"{PREFIX}/data-docs/index.html").status_code == 401
    client.cookies.set("_token", token())
    assert client.get(f"{PREFIX}/data-docs/validations/r.html").text == "<html>result</html>"
    assert client.get(f"{PREFIX}/data-docs/index.html").status_code == 200
    assert client.get(f"{PREFIX}/data-docs/..%2Fsecret.txt").status_code == 404
    assert client.get(f"{PREFIX}/data-docs/nothing.html").status_code == 404
