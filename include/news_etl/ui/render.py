"""HTML of the Troop mentions pages: self-contained documents (inline CSS and SVG, no script, no CDN), since
they are shown in an iframe of the Airflow UI on machines that may have no internet access.

The dashboard is a list of sections (templates/section_<name>.html), each reading the Dashboard: a new
section is a query in `queries`, a field of Dashboard and a template named in SECTIONS.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup

from news_etl.settings import DATA_DOCS_PATH
from news_etl.ui.chart import stacked_bars
from news_etl.ui.estimate_panel import render_estimate_panel
from news_etl.ui.estimates import EstimatePanel
from news_etl.ui.queries import QUARANTINE_ROWS, Dashboard, QuarantinedMention

TEMPLATES = Path(__file__).with_name("templates")
SECTIONS = (
    "validation_runs",
    "source_health",
    "quarantine",
    "chart",
    "actor_locations",
    "latest_mentions",
    "estimates",
)
DATA_DOCS_ROUTE = "data-docs/"


def breakable(batch_key: str) -> Markup:
    """A batch key that may break after its `__` (asset_triggered__<time>_<suffix>) and nowhere else (not at
    the hyphens of its date)."""
    parts = batch_key.split("__")
    pieces = [f"{part}__" for part in parts[:-1]] + [parts[-1]]
    return Markup("<wbr>").join(Markup('<span class="nowrap">{}</span>').format(p) for p in pieces)


@cache
def _environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, undefined=jinja2.StrictUndefined
    )
    environment.filters["breakable"] = breakable
    return environment


def data_docs_link(url: str | None, data_docs_root: str | None) -> str | None:
    """Where the page links a validation's Data Docs. Pages this app serves (a file under the Data Docs folder,
    or a URL of its /data-docs/ route under whatever host name the task was told) become relative links, so
    they open on the host the reader is logged in at; another web URL stays; a file elsewhere gets no link, as
    no browser could open it."""
    if not url:
        return None
    served = urlsplit(url).path.partition(DATA_DOCS_PATH + "/")
    if url.startswith(("http://", "https://")):
        return DATA_DOCS_ROUTE + served[2] if served[1] else url
    root = f"file://{data_docs_root.rstrip('/')}/" if data_docs_root else None
    if root and url.startswith(root):
        return DATA_DOCS_ROUTE + url.removeprefix(root)
    return None


def render_page(
    dashboard: Dashboard,
    data_url: str = "data.json",
    data_docs_root: str | None = None,
    estimates: EstimatePanel | None = None,
) -> str:
    chart = stacked_bars(dashboard.counts, dashboard.shown) if dashboard.shown else None
    return (
        _environment()
        .get_template("dashboard.html")
        .render(
            dashboard=dashboard,
            chart=chart,
            data_url=data_url,
            sections=SECTIONS,
            docs_link=lambda url: data_docs_link(url, data_docs_root),
            estimate_panel=render_estimate_panel(estimates) if estimates else "",
        )
    )


def render_quarantine(rows: list[QuarantinedMention], batch: str | None) -> str:
    return (
        _environment().get_template("quarantine.html").render(rows=rows, batch=batch, limit=QUARANTINE_ROWS)
    )
