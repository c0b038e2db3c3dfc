"""The pure per-page chain between the raw archive and the staging table: decode -> parse -> clean ->
language -> ids and fingerprints. The DAG's parse task and the benchmarks call exactly this."""

from __future__ import annotations

from typing import Any

from news_etl.parse.limits import DEFAULT_LIMITS, PageLimits
from news_etl.records import Reject


def transform_page(
    body: bytes,
    url: str,
    content_type: str | None,
    source: str,
    language_hint: str | None,
    *,
    api_document: bytes | None = None,
    api_note: str = "",
    limits: PageLimits = DEFAULT_LIMITS,
) -> dict[str, Any] | Reject:
    """A row for news.articles_staging (without run_id/url/raw_sha256/fetched_at), or the Reject that explains
    why the page cannot become an article (including a page or field over its cap: parse/limits.py). ``body``
    is an HTML page or an i24NEWS API document (by content type or URL); ``api_document`` is the API JSON
    fetched for an i24NEWS shell page (``api_note``: why none was)."""
    from news_etl.clean.language import decide_language
    from news_etl.clean.text import clean_body
    from news_etl.clean.urls import article_id, canonical_url
    from news_etl.dedup.signature import body_sha256, minhash_signature
    from news_etl.fetch.charset import decode_html
    from news_etl.fetch.content_type import parse_content_type
    from news_etl.fetch.outcome import FetchRefused
    from news_etl.parse import ParseError, parse_api_document, parse_page
    from news_etl.parse.i24_api import is_api_document
    from news_etl.parse.limits import check_field_lengths, check_page_size, time_limit

    try:
        if is_api_document(url, content_type):
            text, api_json = _utf8(body), None
        else:
            text = decode_html(body, parse_content_type(content_type)[1]).text
            api_json = _utf8(api_document) if api_document is not None else None
    except FetchRefused as refused:
        return Reject(url, "parse", refused.reason, refused.detail)
    try:
        check_page_size(text, limits.max_page_chars)
        with time_limit(limits.max_parse_seconds):
            if is_api_document(url, content_type):
                article = parse_api_document(text, url, source=source, language_hint=language_hint)
            else:
                article = parse_page(
                    text,
                    url,
                    source=source,
                    language_hint=language_hint,
                    api_json=api_json,
                    api_note=api_note,
                )
        check_field_lengths(article, limits.max_title_chars, limits.max_description_chars)
    except ParseError as error:
        return Reject(url, "parse", error.reason, error.detail)
    except Exception as error:  # a parser bug on one hostile page must not stop the batch
        return Reject(url, "parse", "parse_failed", f"{type(error).__name__}: {error}")
    body_clean = clean_body(article.body)
    if not body_clean.strip():
        return Reject(url, "clean", "empty_body", "no article text left after cleaning")
    canonical = canonical_url(url, article.canonical_url)
    language = decide_language(body_clean, article.language or language_hint)
    return {
        "article_id": article_id(canonical),
        "canonical_url": canonical,
        "source": source,
        "language": language.language,
        "language_declared": language.declared,
        "language_detected": language.detected,
        "language_mismatch": language.mismatch,
        "title": article.title,
        "description": article.description,
        "authors": list(article.authors),
        "published_at": article.published_at,
        "modified_at": article.modified_at,
        "tags": list(article.tags),
        "body": body_clean,
        "body_raw": article.body,
        "body_sha256": body_sha256(body_clean),
        "word_count": len(body_clean.split()),
        "adapter": article.adapter,
        "adapter_version": article.adapter_version,
        "minhash": minhash_signature(body_clean),
        "section": article.section,
    }


def _utf8(document: bytes) -> str:
    """JSON is UTF-8 (RFC 8259); a BOM is tolerated."""
    from news_etl.fetch.outcome import FetchRefused

    try:
        return document.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FetchRefused("bad_encoding", f"API document is not UTF-8: {exc}") from exc
