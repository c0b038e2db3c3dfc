"""i24NEWS API adapter: one article object of ``GET {api}/v2/{lang}/contents/{slug}`` -> ParsedArticle.

Two shapes are served. Current: ``parsedBody`` (typed blocks with ``children``), ``author.name``, dates with a
UTC offset. Older: ``body`` as HTML, the byline as ``signature.title`` ("i24NEWS - AFP"), dates without a zone
(UTC: they match the Unix timestamps of the same items' legacy URLs). Text blocks are kept as text; images,
tweets and videos are dropped; ``unsupported`` blocks carry raw HTML, reduced to its text.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from lxml import html as lxml_html

from news_etl.language import first_language
from news_etl.parse.article import build_article
from news_etl.parse.dates import to_utc
from news_etl.parse.errors import ParseError
from news_etl.parse.i24 import container_paragraphs, url_language
from news_etl.parse.text import clean_inline, unique
from news_etl.records import I24_API_LANGUAGES, ParsedArticle

NAME = "i24news-api"
VERSION = "1.0.0"

SITE_URL = "https://www.i24news.tv"  # what a relative frontendUrl is relative to
# parsedBody block types. Paragraph-level blocks are paragraphs of their own (text, link, bold, italic are inline
# and join into theirs); embeds carry no article text; unsupported blocks carry raw HTML (its own paragraphs at
# the top level, inline text inside a paragraph).
BLOCK_LEVEL = frozenset({"paragraph", "subHeading", "quote"})
EMBEDS = frozenset({"captionedImage", "tweet", "youtubeVideo", "brightcoveVideo"})
UNSUPPORTED = "unsupported"


def is_api_document(url: str, content_type: str | None) -> bool:
    """An archived i24NEWS API response: served as JSON, or fetched from an item endpoint (/v2/{lang}/contents/)."""
    media_type = (content_type or "").split(";", 1)[0].strip().lower()
    if media_type == "application/json" or media_type.endswith("+json"):
        return True
    return _api_language(url) is not None


def _api_language(url: str) -> str | None:
    """The edition of an item endpoint URL (``.../v2/{lang}/contents/{slug}``, under any base path)."""
    segments = [s for s in urlsplit(url).path.split("/") if s]
    if (
        len(segments) >= 4
        and segments[-4] == "v2"
        and segments[-3] in I24_API_LANGUAGES
        and segments[-2] == "contents"
    ):
        return segments[-3]
    return None


def load(text: str) -> dict[str, Any]:
    try:
        document = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:  # RecursionError: hostile nesting
        raise ParseError("not_json", f"not JSON: {exc}") from exc
    if not isinstance(document, dict):
        raise ParseError("not_json", f"expected an article object, got a JSON {type(document).__name__}")
    return document


def _prop(block: Mapping[str, Any], key: str) -> Any:
    """A block's attribute: under ``props`` in the current API, on the block itself in some items."""
    props = block.get("props")
    if isinstance(props, Mapping) and key in props:
        return props[key]
    return block.get(key)


def html_paragraphs(markup: str) -> list[str]:
    """Text paragraphs of an HTML fragment (the older ``body``, an ``unsupported`` block); embeds dropped."""
    if not markup or not markup.strip():
        return []
    container = lxml_html.fragment_fromstring(markup, create_parent="div")
    paragraphs = [p for p in container_paragraphs(container) if p]
    if paragraphs:
        return paragraphs
    text = clean_inline(container.text_content())
    return [text] if text else []


def _inline(node: Any) -> str:
    """The text of a node and its children, as one run of text."""
    if isinstance(node, str):
        return node
    if not isinstance(node, Mapping):
        return ""
    kind = node.get("type")
    if kind in EMBEDS:
        return ""
    if kind == UNSUPPORTED:
        return " ".join(html_paragraphs(str(_prop(node, "html") or "")))
    own = _text(node.get("text")) or ""
    children = node.get("children")
    return own + "".join(_inline(child) for child in children if child) if isinstance(children, list) else own


def _paragraphs(node: Any) -> list[str]:
    """The paragraphs of a block: one, or, for a block that holds paragraph-level blocks (a quote of several
    paragraphs), those blocks' paragraphs in order."""
    if isinstance(node, Mapping):
        if node.get("type") in EMBEDS:
            return []
        if node.get("type") == UNSUPPORTED:
            return html_paragraphs(str(_prop(node, "html") or ""))
        children = node.get("children")
        if isinstance(children, list) and any(
            isinstance(child, Mapping) and child.get("type") in BLOCK_LEVEL for child in children
        ):
            return [paragraph for child in children for paragraph in _paragraphs(child)]
    return [_inline(node)]


def parsed_body_paragraphs(blocks: list[Any]) -> list[str]:
    paragraphs = (clean_inline(p) for block in blocks for p in _paragraphs(block))
    return [p for p in paragraphs if p]


def body_paragraphs(document: Mapping[str, Any]) -> list[str]:
    blocks = document.get("parsedBody")
    if isinstance(blocks, list) and blocks:
        return parsed_body_paragraphs(blocks)
    body = document.get("body")
    return html_paragraphs(body) if isinstance(body, str) else []


def authors(document: Mapping[str, Any]) -> list[str]:
    """``author.name`` (current) or ``signature.title`` (older, e.g. "i24NEWS - AFP"); [] when neither."""
    for key, field in (("author", "name"), ("signature", "title")):
        value = document.get(key)
        entries = value if isinstance(value, list) else [value]
        names = unique(_text(e.get(field)) or "" for e in entries if isinstance(e, Mapping))
        if names:
            return names
    return []


def _name(value: Any) -> str | None:
    if isinstance(value, Mapping):
        value = value.get("name")
    return value if isinstance(value, str) else None


def _plain(value: Any) -> str | None:
    """An excerpt or title, which may carry inline HTML."""
    if not isinstance(value, str) or not value.strip():
        return None
    return " ".join(html_paragraphs(value)) if "<" in value else value


def parse_document(
    document: Mapping[str, Any], url: str, source: str = "", language_hint: str | None = None
) -> ParsedArticle:
    """``url`` is where the article was found: the item endpoint, or the shell page whose text this is."""
    frontend = document.get("frontendUrl") if isinstance(document.get("frontendUrl"), str) else None
    canonical = (SITE_URL + frontend if frontend.startswith("/") else frontend) if frontend else None
    api_language = _api_language(url)
    tags = document.get("tags")
    return build_article(
        url,
        source=source,
        canonical_url=canonical,
        language=first_language(
            api_language, url_language(url), url_language(canonical or ""), language_hint
        ),
        title=_plain(document.get("title")),
        description=_plain(document.get("excerpt")),
        authors=authors(document),
        published_at=to_utc(_text(document.get("publishedAt"))),
        modified_at=to_utc(_text(document.get("updatedAt"))),
        tags=unique(n for n in (_name(t) for t in tags) if n) if isinstance(tags, list) else [],
        paragraphs=body_paragraphs(document),
        adapter=NAME,
        adapter_version=VERSION,
        section=_name(document.get("category")),
    )


def parse(text: str, url: str, source: str = "", language_hint: str | None = None) -> ParsedArticle:
    return parse_document(load(text), url, source=source, language_hint=language_hint)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None
