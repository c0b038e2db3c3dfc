"""Client-rendered i24NEWS pages: the fetch stage gets their text from the site's API and archives it beside the
page (news.shell_page_api_fetches), so that the parse stage, and a later reparse, work from the archive alone."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from news_etl.records import FetchedPage, Source

if TYPE_CHECKING:
    from news_etl.fetch import HttpClient


def _api_url_for(html: str, url: str, source: Source) -> str | None:
    """The API item to fetch when ``html`` is an i24NEWS shell page; None for every other page (a page that does
    not even parse is left to the parse stage to reject)."""
    from news_etl.parse import ParseError
    from news_etl.parse.i24 import shell_api_url
    from news_etl.parse.page import Page

    try:
        return shell_api_url(Page(html, url), source.api_base)
    except ParseError:
        return None


def fetch_shell_text(
    client: HttpClient, source: Source, run_id: str, page: FetchedPage, html: str | None
) -> dict[str, Any] | None:
    """A news.shell_page_api_fetches row for ``page`` when it is an i24NEWS shell (the API document fetched, or
    why it could not be); None when the page carries its own text, or is not HTML (an API document)."""
    if html is None:
        return None
    api_url = _api_url_for(html, page.final_url or page.url, source)
    if api_url is None:
        return None
    outcome = client.fetch_json(api_url, source)
    fetched, reject = outcome.page, outcome.reject
    return {
        "run_id": run_id,
        "url": page.url,
        "api_url": api_url,
        "fetched_at": fetched.fetched_at if fetched else datetime.now(timezone.utc),
        "status": fetched.status if fetched else None,
        "sha256": fetched.sha256 if fetched else None,
        "bytes": fetched.bytes if fetched else None,
        "content_type": fetched.content_type if fetched else None,
        "reject_reason": reject.reason if reject else None,
        "reject_detail": reject.detail[:2000] if reject else None,
    }
