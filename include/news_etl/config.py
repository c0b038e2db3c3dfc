"""Source configuration (sources.yaml): loading, ${ENV} expansion and strict validation.

Unknown keys are an error that names the key: a typo such as `rate_limit` must not silently fall back to a
default against a live site.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import fields
from pathlib import Path
from typing import Any

from news_etl.fetch.address_guard import PrivateAllowance
from news_etl.records import I24_API_LANGUAGES, I24_API_MAX_PAGES, I24_API_PAGE_SIZE, SOURCE_KINDS, Source

_ENV_REF = re.compile(r"\$\{([A-Z0-9_]+)\}")
_FIELD_NAMES = {f.name for f in fields(Source)}


class ConfigError(ValueError):
    pass


def _expand(value: str, variables: Mapping[str, str]) -> str:
    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in variables:
            raise ConfigError(f"sources: ${{{name}}} is not set in the environment")
        return variables[name]

    return _ENV_REF.sub(substitute, value)


def parse_source(
    raw: Mapping[str, Any], index: int, variables: Mapping[str, str], label: str = "sources"
) -> Source:
    """`label` names the list in error messages: "sources" in sources.yaml, "extra_sources" in a DAG param."""
    where = f"{label}[{index}]"
    if not isinstance(raw, Mapping):
        raise ConfigError(f"{where}: expected a mapping, got {type(raw).__name__}")
    unknown = sorted(set(raw) - _FIELD_NAMES)
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r} (allowed: {', '.join(sorted(_FIELD_NAMES))})")
    for key in ("name", "kind"):
        if not raw.get(key):
            raise ConfigError(f"{where}: missing required key {key!r}")
    kind = raw["kind"]
    if kind not in SOURCE_KINDS:
        raise ConfigError(f"{where} ({raw['name']}): kind must be one of {SOURCE_KINDS}, got {kind!r}")
    url = _expand(str(raw["url"]), variables) if raw.get("url") else None
    urls = tuple(_expand(str(u), variables) for u in raw.get("urls") or ())
    if kind in ("rss", "sitemap") and not url:
        raise ConfigError(f"{where} ({raw['name']}): kind {kind} needs 'url'")
    if kind == "urls" and not urls:
        raise ConfigError(f"{where} ({raw['name']}): kind urls needs a non-empty 'urls' list")
    api = _i24_api_settings(raw, kind, f"{where} ({raw['name']})", variables)
    rate = float(raw.get("rate_limit_per_s", 1.0))
    if rate <= 0:
        raise ConfigError(f"{where} ({raw['name']}): rate_limit_per_s must be > 0")
    patterns = tuple(str(p) for p in raw.get("allowed_url_patterns") or ())
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ConfigError(
                f"{where} ({raw['name']}): bad allowed_url_patterns {pattern!r}: {exc}"
            ) from exc
    private_hosts = _private_hosts(raw, f"{where} ({raw['name']})")
    return Source(
        name=str(raw["name"]),
        kind=kind,
        url=url,
        urls=urls,
        language=raw.get("language"),
        allow_private=bool(raw.get("allow_private", False)),
        allowed_private_hosts=private_hosts,
        rate_limit_per_s=rate,
        allowed_url_patterns=patterns,
        **api,
    )


def _private_hosts(raw: Mapping[str, Any], where: str) -> tuple[str, ...]:
    """allowed_private_hosts: a list of host names or IP networks, link-local/metadata space refused."""
    private_hosts = raw.get("allowed_private_hosts") or ()
    if isinstance(private_hosts, str) or not all(isinstance(h, str) and h.strip() for h in private_hosts):
        raise ConfigError(f"{where}: allowed_private_hosts must be a list of host names or networks")
    try:
        PrivateAllowance.parse(private_hosts)
    except ValueError as exc:
        raise ConfigError(f"{where}: allowed_private_hosts: {exc}") from exc
    return tuple(h.strip() for h in private_hosts)


_I24_API_ONLY = ("category", "page_size", "max_pages")


# Larger list pages would be one heavy request against the live API; more items means more pages.
MAX_PAGE_SIZE = 100


def _positive_int(
    raw: Mapping[str, Any], key: str, default: int, where: str, maximum: int | None = None
) -> int:
    value = raw.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(f"{where}: {key!r} must be a positive integer, got {value!r}")
    if maximum is not None and value > maximum:
        raise ConfigError(f"{where}: {key!r} must be at most {maximum}, got {value}")
    return value


def _i24_api_settings(
    raw: Mapping[str, Any], kind: str, where: str, variables: Mapping[str, str]
) -> dict[str, Any]:
    """The i24NEWS API keys: all of them for kind i24_api, only api_base_url (where shell pages get their text)
    for the other kinds."""
    api_base_url = _expand(str(raw["api_base_url"]), variables) if raw.get("api_base_url") else None
    if api_base_url is not None and not re.match(r"^https?://[^/?#]+(/[^?#]*)?$", api_base_url):
        raise ConfigError(
            f"{where}: 'api_base_url' must be an http(s) URL without query, got {api_base_url!r}"
        )
    if kind != "i24_api":
        for key in _I24_API_ONLY:
            if key in raw:
                raise ConfigError(f"{where}: {key!r} is only for kind i24_api")
        return {"api_base_url": api_base_url}
    language = raw.get("language")
    if language not in I24_API_LANGUAGES:
        raise ConfigError(
            f"{where}: kind i24_api needs 'language', one of {', '.join(I24_API_LANGUAGES)}; got {language!r}"
        )
    category = raw.get("category")
    if category is not None and (isinstance(category, bool) or not str(category).strip().isalnum()):
        raise ConfigError(f"{where}: 'category' must be a category id (letters/digits), got {category!r}")
    return {
        "api_base_url": api_base_url,
        "category": str(category).strip() if category is not None else None,
        "page_size": _positive_int(raw, "page_size", I24_API_PAGE_SIZE, where, MAX_PAGE_SIZE),
        "max_pages": _positive_int(raw, "max_pages", I24_API_MAX_PAGES, where),
    }


def parse_sources(
    document: Mapping[str, Any] | Sequence[Mapping[str, Any]],
    variables: Mapping[str, str],
    label: str = "sources",
) -> list[Source]:
    """Accepts the YAML document ({"sources": [...]}) or the bare list (as given in the DAG param);
    ``${NAME}`` in URLs expands from ``variables`` (Settings.variables)."""
    if isinstance(document, Mapping):
        unknown = sorted(set(document) - {"sources"})
        if unknown:
            raise ConfigError(f"unknown top-level key {unknown[0]!r} (expected only 'sources')")
        items = document.get("sources") or []
    else:
        items = document
    sources = [parse_source(item, i, variables, label) for i, item in enumerate(items)]
    names = [s.name for s in sources]
    duplicated = sorted({n for n in names if names.count(n) > 1})
    if duplicated:
        raise ConfigError(f"duplicate source name {duplicated[0]!r}")
    if not sources:
        raise ConfigError("no sources configured")
    return sources


def load_sources(path: Path, variables: Mapping[str, str]) -> list[Source]:
    import yaml

    with open(path, encoding="utf-8") as handle:
        return parse_sources(yaml.safe_load(handle) or {}, variables)
