"""Airflow plugin: the "Troop mentions" page (latest validations with their Data Docs and quarantined rows,
mentions per actor over time and per actor and location), a FastAPI app under /troop-mentions shown in the UI's
navigation as an embedded view; it also serves the Data Docs folder behind the Airflow login.

Every Airflow component imports the plugins folder, but only the api-server serves these apps, so this file
imports nothing but the plugin base class: the FastAPI app, the auth checks and the warehouse queries
(news_etl.ui.app) are built on the first request.
"""

from __future__ import annotations

from typing import Any

from airflow.plugins_manager import AirflowPlugin

URL_PREFIX = "/troop-mentions"


class LazyTroopMentionsApp:
    """ASGI app that builds news_etl.ui.app on its first request and hands every request to it."""

    def __init__(self) -> None:
        self._app: Any = None

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if self._app is None:  # no await before the assignment: one event loop cannot build it twice
            from news_etl.ui.app import create_app

            self._app = create_app()
        await self._app(scope, receive, send)


class TroopMentionsPlugin(AirflowPlugin):
    name = "troop_mentions"
    fastapi_apps = [  # noqa: RUF012 (AirflowPlugin declares these as plain class attributes)
        {"app": LazyTroopMentionsApp(), "url_prefix": URL_PREFIX, "name": "Troop mentions"}
    ]
    external_views = [  # noqa: RUF012
        {
            "name": "Troop mentions",
            # Relative (no leading slash), as the UI resolves it against the configured base URL.
            "href": URL_PREFIX.lstrip("/") + "/",
            "url_route": "troop-mentions",
            "destination": "nav",
            "category": "browse",
        }
    ]
