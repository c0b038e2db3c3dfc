"""The FastAPI app behind the Troop mentions page, mounted by plugins/troop_mentions_plugin.py.

Airflow mounts plugin apps beside its own API without putting them behind its login, so every route here
depends on Airflow's own `get_user` (the `_token` cookie the UI login sets, or an `Authorization: Bearer`
header, validated by the configured auth manager) and on read access to the deployment_mentions DAG. An
anonymous browser is sent to the Airflow login page; anything else anonymous gets 401.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

from airflow.api_fastapi.app import get_auth_manager
from airflow.api_fastapi.auth.managers.models.base_user import BaseUser
from airflow.api_fastapi.auth.managers.models.resource_details import DagDetails
from airflow.api_fastapi.core_api.security import get_user
from fastapi import Depends, FastAPI, HTTPException, Query, Request, status
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from news_etl.pipeline.airflow_io import warehouse_connection
from news_etl.settings import Settings
from news_etl.ui.estimates import EstimatePanel, load_estimate_panel
from news_etl.ui.queries import Dashboard, load_dashboard, quarantined_mentions
from news_etl.ui.render import render_page, render_quarantine
from news_etl.validate.gx_context import data_docs_location

# The page shows what this DAG produced, so whoever may read the DAG may read the page.
MENTIONS_DAG_ID = "deployment_mentions"


def authorized_user(user: Annotated[BaseUser, Depends(get_user)]) -> BaseUser:
    allowed = get_auth_manager().is_authorized_dag(
        method="GET", details=DagDetails(id=MENTIONS_DAG_ID), user=user
    )
    if not allowed:
        raise HTTPException(status.HTTP_403_FORBIDDEN, f"Not allowed to read the {MENTIONS_DAG_ID} DAG")
    return user


AuthorizedUser = Annotated[BaseUser, Depends(authorized_user)]


def current_dashboard(first: date | None, last: date | None) -> Dashboard:
    with warehouse_connection() as conn:
        return load_dashboard(conn, first, last)


def data_docs_root() -> str | None:
    """The local folder the validations write Data Docs to (None when they go to object storage)."""
    location = data_docs_location(Settings.from_env().data_docs)
    return None if location.startswith("s3://") else location


def data_docs_file(root: str, path: str) -> Path:
    """A file inside the Data Docs folder; anything else (../, symlinks out, missing) is 404."""
    base = Path(root).resolve()
    target = (base / path).resolve()
    if not target.is_relative_to(base) or not target.is_file():
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such Data Docs page")
    return target


def current_estimates(series: str | None) -> EstimatePanel:
    with warehouse_connection() as conn:
        return load_estimate_panel(conn, series)


async def _login_redirect(request: Request, exc: Exception) -> Response:
    """A browser without a valid session goes to the Airflow login and comes back; API clients get the 401."""
    assert isinstance(exc, StarletteHTTPException)  # registered for StarletteHTTPException only
    wants_html = "text/html" in request.headers.get("accept", "")
    if exc.status_code == status.HTTP_401_UNAUTHORIZED and request.method == "GET" and wants_html:
        login = get_auth_manager().get_url_login(next_url=str(request.url))
        return RedirectResponse(login, status_code=status.HTTP_303_SEE_OTHER)
    return await http_exception_handler(request, exc)


def create_app() -> FastAPI:
    app = FastAPI(title="Troop mentions", docs_url=None, redoc_url=None, openapi_url=None)
    app.add_exception_handler(StarletteHTTPException, _login_redirect)

    # Plain `def` routes: FastAPI runs them in its thread pool, so the blocking psycopg2 queries do not stall
    # the api-server's event loop.
    # `from`/`to` (ISO dates) choose the chart's period; without them it covers all the data.
    First = Annotated[date | None, Query(alias="from")]
    Last = Annotated[date | None, Query(alias="to")]

    @app.get("/", response_class=HTMLResponse)
    def page(user: AuthorizedUser, first: First = None, last: Last = None, series: str | None = None) -> str:
        return render_page(
            current_dashboard(first, last),
            data_url="data.json",
            data_docs_root=data_docs_root(),
            estimates=current_estimates(series),
        )

    @app.get("/data.json")
    def data(user: AuthorizedUser, first: First = None, last: Last = None) -> dict:
        return current_dashboard(first, last).as_json()

    @app.get("/quarantine", response_class=HTMLResponse)
    def quarantine(user: AuthorizedUser, batch: str | None = None) -> str:
        with warehouse_connection() as conn:
            return render_quarantine(quarantined_mentions(conn, batch), batch)

    # Great Expectations' Data Docs, served from their folder behind the same login as the page.
    @app.get("/data-docs/{path:path}")
    def data_docs(user: AuthorizedUser, path: str) -> FileResponse:
        root = data_docs_root()
        if root is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "Data Docs are kept in object storage")
        return FileResponse(data_docs_file(root, path or "index.html"))

    return app
