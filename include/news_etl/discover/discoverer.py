"""discover(source, client): the URLs a source announces, filtered and deduplicated, plus rejects."""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING

from news_etl.discover.feeds import parse_feed
from news_etl.discover.i24_api import ApiWindow, list_articles
from news_etl.discover.listing import Listed
from news_etl.discover.safe_xml import XmlRejected
from news_etl.discover.sitemaps import gunzip_capped, parse_sitemap
from news_etl.discover.url_filter import UrlFilter, dedup
from news_etl.discover.url_list import parse_url_list
from news_etl.records import DiscoveredUrl, Reject, RejectReason, Source

if TYPE_CHECKING:
    from news_etl.fetch import HttpClient

MAX_SITEMAP_DEPTH = 3  # index -> index -> index -> urlset is already unusual
MAX_SITEMAP_DOCUMENTS = 200


def _reject(url: str, reason: RejectReason, detail: str) -> Reject:
    return Reject(url=url, stage="discover", reason=reason, detail=detail)


def _download(url: str, source: Source, client: HttpClient) -> tuple[bytes | None, str | None, Reject | None]:
    outcome = client.fetch_feed(url, source)
    if outcome.reject is not None:
        return None, None, _reject(url, outcome.reject.reason, outcome.reject.detail)
    assert outcome.page is not None and outcome.body is not None
    return outcome.body, outcome.page.content_type, None


def _from_feed(source: Source, client: HttpClient) -> tuple[list[Listed], list[Reject]]:
    assert source.url
    body, content_type, reject = _download(source.url, source, client)
    if reject is not None:
        return [], [reject]
    try:
        return parse_feed(body or b"", source.url, content_type), []
    except XmlRejected as exc:
        return [], [_reject(source.url, "feed_error", str(exc))]


def _from_sitemaps(
    source: Source, client: HttpClient, max_depth: int, max_documents: int
) -> tuple[list[Listed], list[Reject]]:
    """Breadth-first over a sitemap index tree; a broken child sitemap is one reject, the rest goes on."""
    assert source.url
    listed: list[Listed] = []
    rejects: list[Reject] = []
    queue = deque([(source.url, 0)])
    seen = {source.url}
    while queue:
        url, depth = queue.popleft()
        body, _, reject = _download(url, source, client)
        if reject is not None:
            rejects.append(reject)
            continue
        try:
            sitemap = parse_sitemap(gunzip_capped(body or b"", client.max_bytes))
        except XmlRejected as exc:
            rejects.append(_reject(url, "feed_error", str(exc)))
            continue
        if not sitemap.is_index:
            listed.extend(sitemap.entries)
            continue
        for child in sitemap.entries:
            if child.url in seen:
                continue  # an index listing itself or a sibling twice
            seen.add(child.url)
            if depth + 1 > max_depth:
                rejects.append(_reject(child.url, "feed_error", f"sitemap nested deeper than {max_depth}"))
            elif len(seen) > max_documents:
                rejects.append(_reject(child.url, "feed_error", f"more than {max_documents} sitemaps"))
            else:
                queue.append((child.url, depth + 1))
    return listed, rejects


def _from_url_list(source: Source, client: HttpClient) -> tuple[list[Listed], list[Reject]]:
    listed = [Listed(url) for url in source.urls]
    if not source.url:
        return listed, []
    body, _, reject = _download(source.url, source, client)
    if reject is not None:
        return listed, [reject]
    return listed + parse_url_list((body or b"").decode("utf-8", errors="replace")), []


def _language_hint(source: Source, announced: str | None) -> str | None:
    """The source's configured language wins; else the primary subtag the feed/sitemap announces."""
    if source.language:
        return source.language
    if not announced:
        return None
    return announced.strip().replace("_", "-").split("-", 1)[0].lower() or None


def discover(
    source: Source,
    client: HttpClient,
    *,
    max_sitemap_depth: int = MAX_SITEMAP_DEPTH,
    max_sitemap_documents: int = MAX_SITEMAP_DOCUMENTS,
    api_window: ApiWindow | None = None,
) -> tuple[list[DiscoveredUrl], list[Reject]]:
    """URLs announced by ``source`` (rss | sitemap | urls | i24_api) that pass its URL filter, one per URL,
    with lastmod (UTC) and language hint; every failure (the feed itself, a child sitemap, a list page, a
    refused URL) is a Reject with stage "discover". ``api_window``: what an i24_api source lists (default:
    everything up to its max_pages)."""
    if source.kind in ("rss", "sitemap") and not source.url:
        return [], [_reject(source.name, "bad_url", f"{source.kind} source without url")]
    if source.kind == "rss":
        listed, rejects = _from_feed(source, client)
    elif source.kind == "sitemap":
        listed, rejects = _from_sitemaps(source, client, max_sitemap_depth, max_sitemap_documents)
    elif source.kind == "urls":
        listed, rejects = _from_url_list(source, client)
    elif source.kind == "i24_api":
        listed, rejects = list_articles(source, client, api_window or ApiWindow(seen={}))
    else:
        return [], [_reject(source.url or source.name, "bad_url", f"unknown source kind {source.kind!r}")]
    url_filter = UrlFilter(source)
    discovered: list[DiscoveredUrl] = []
    for entry in dedup(listed):
        refused = url_filter.rejection(entry.url)
        if refused is not None:
            rejects.append(_reject(entry.url, *refused))
        else:
            hint = _language_hint(source, entry.language)
            discovered.append(DiscoveredUrl(entry.url, source.name, entry.lastmod, hint))
    return discovered, rejects
