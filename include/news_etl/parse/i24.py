"""i24NEWS adapter for HTML pages: the site's own markup first, the generic signals only where that markup is
missing. The site renders its articles in the browser: a page that is only a shell (meta tags, no headline, no
body) has its text in the site's API (parse/i24_api.py), never in the boilerplate around it."""

from __future__ import annotations

import copy
from urllib.parse import quote, unquote, urlsplit

from lxml.html import HtmlElement

from news_etl.language import first_language
from news_etl.parse.article import build_article
from news_etl.parse.dates import to_utc
from news_etl.parse.errors import ParseError
from news_etl.parse.generic import without_headline
from news_etl.parse.main_text import main_text_paragraphs
from news_etl.parse.page import Page, css, element_text
from news_etl.parse.text import clean_inline, unique
from news_etl.records import I24_API_LANGUAGES, ParsedArticle

NAME = "i24news"
# 2: shell pages are rejected (shell_page) instead of read by trafilatura; no headline in the body; section;
# time[datetime] / pubdate dates
VERSION = "2.0.0"

SITE_NAME = "i24news"
URL_LANGUAGES = ("en", "fr", "de", "he", "ar")  # first path segment: /en/news/..., /fr/actu/..., /he/news/...
BODY_CONTAINERS = ("div.article__body", "[itemprop=articleBody]", "div.article__content")
BODY_BLOCKS = "p, h2, h3, h4, li, blockquote"
# Inside the body container but not article text.
NOT_BODY = (
    ".tags, .share, .related, figure, aside, script, style, noscript, form, .ad, .advertisement, iframe,"
    " .twitter-tweet, .instagram-media, .tiktok-embed"
)


def matches(url: str, page: Page) -> bool:
    """i24NEWS by host, or a page that carries i24NEWS markup on another host (mirrors, the demo site)."""
    host = (urlsplit(url).hostname or "").lower()
    if SITE_NAME in host:
        return True
    return (page.meta("og:site_name") or "").replace(" ", "").lower() == SITE_NAME


def url_language(url: str) -> str | None:
    segments = [s for s in urlsplit(url).path.split("/") if s]
    return segments[0].lower() if segments and segments[0].lower() in URL_LANGUAGES else None


def is_shell(page: Page) -> bool:
    """A client-rendered page as a crawler gets it: no headline, no body container, no JSON-LD text. Rendered
    i24NEWS articles always carry an h1 (their class names are hashed, the h1 is not)."""
    return (
        not page.select("body h1")
        and not any(page.select(selector) for selector in BODY_CONTAINERS)
        and not page.jsonld_text("articleBody")
    )


def last_segment(url: str) -> str | None:
    segments = [s for s in urlsplit(url).path.split("/") if s]
    return segments[-1] if segments else None


def api_item_url(api_base: str, language: str, slug: str) -> str:
    """The API item ``{api}/v2/{lang}/contents/{slug}``; ``slug`` is the last path segment of the article URL as it
    appears there (percent-encoded or not: Arabic slugs are sent percent-encoded either way)."""
    return f"{api_base.rstrip('/')}/v2/{language}/contents/{quote(unquote(slug), safe='')}"


def shell_api_url(page: Page, api_base: str) -> str | None:
    """The API item that holds the text of an i24NEWS shell page; None when the page is not one, or when its
    URL names no edition the API serves."""
    if not matches(page.url, page) or not is_shell(page):
        return None
    language = url_language(page.url)
    slug = last_segment(page.url)
    if language not in I24_API_LANGUAGES or not slug:
        return None
    return api_item_url(api_base, language, slug)


def body_paragraphs(page: Page) -> list[str]:
    """The body container's text blocks; JSON-LD articleBody, then trafilatura, when the container is missing.

    A container that is present but empty means the article has no text: the fallbacks would only pick up
    the boilerplate around it.
    """
    for selector in BODY_CONTAINERS:
        containers = page.select(selector)
        if containers:
            return container_paragraphs(containers[0])
    article_body = page.jsonld_text("articleBody")
    if article_body:
        return [article_body]
    return main_text_paragraphs(page.html)


def container_paragraphs(container: HtmlElement) -> list[str]:
    container = copy.deepcopy(container)  # a detached copy: the page's tree stays intact for other readers
    # selectors match the element they run on too; only what is inside the container is noise or a block
    for noise in css(NOT_BODY)(container):
        if noise is not container:
            noise.drop_tree()  # keeps the text that follows it (its tail)
    for line_break in list(container.iter("br")):
        line_break.tail = "\n" + (line_break.tail or "")
        line_break.drop_tree()
    blocks = [b for b in css(BODY_BLOCKS)(container) if b is not container]
    # a <p> inside an <li> or <blockquote> is read once, as part of its outermost block
    block_set = set(blocks)
    outermost = [b for b in blocks if not any(parent in block_set for parent in b.iterancestors())]
    return [clean_inline(element_text(b)) for b in outermost]


def _time_datetime(page: Page) -> str | None:
    stamps = [str(t.get("datetime")).strip() for t in page.select("time[datetime]")]
    return next((stamp for stamp in stamps if stamp), None)


def parse(page: Page, source: str = "", language_hint: str | None = None) -> ParsedArticle:
    if is_shell(page):
        raise ParseError("shell_page", "client-rendered i24NEWS page: meta tags only, the text is in the API")
    canonical = page.canonical_link or page.meta("og:url") or page.jsonld_url
    # h1 first: it is what i24NEWS readers see (and what Zotero's i24NEWS translator reads)
    title = page.first_text("h1") or page.meta("og:title") or page.jsonld_text("headline")
    return build_article(
        page.url,
        source=source,
        canonical_url=canonical,
        language=url_language(page.url)
        or url_language(page.absolute(canonical) or "")
        or first_language(page.html_lang, page.jsonld_text("inLanguage"), language_hint),
        title=title,
        description=page.meta("description")
        or page.meta("og:description")
        or page.jsonld_text("description"),
        authors=page.texts(".author__name") or page.jsonld_authors,
        published_at=to_utc(
            page.meta("article:published_time")
            or page.jsonld_text("datePublished")
            or _time_datetime(page)  # rendered pages: <time datetime>, and the shell's pubdate meta
            or page.meta("pubdate")
        ),
        modified_at=to_utc(page.meta("article:modified_time") or page.jsonld_text("dateModified")),
        tags=page.texts("div.tags a") or unique(page.metas("article:tag")) or page.jsonld_keywords,
        # rendered pages have hashed class names: trafilatura reads them, and keeps the h1 inside the article
        paragraphs=without_headline(body_paragraphs(page), title),
        adapter=NAME,
        adapter_version=VERSION,
        section=page.meta("article:section"),
    )
