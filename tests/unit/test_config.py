from __future__ import annotations

import pytest
from news_etl.config import ConfigError, load_sources, parse_sources
from news_etl.settings import Settings

NO_VARIABLES: dict[str, str] = {}


def test_example_file_loads_with_demo_url_expanded() -> None:
    settings = Settings.from_env({"NEWS_ETL_DEMO_PORT": "9999"})
    sources = load_sources(settings.sources_path, settings.variables)
    assert sources[0].name == "demo"
    assert sources[0].url == "http://127.0.0.1:9999/feed.xml"
    assert sources[0].allow_private is True


def test_allowed_private_hosts_are_parsed_and_metadata_space_is_refused() -> None:
    entry = {"name": "x", "kind": "rss", "url": "http://a/f.xml"}
    (source,) = parse_sources(
        [{**entry, "allowed_private_hosts": ["127.0.0.2", "Intranet.local"]}], NO_VARIABLES
    )
    assert source.allowed_private_hosts == ("127.0.0.2", "Intranet.local")
    with pytest.raises(ConfigError, match="never allowed"):
        parse_sources([{**entry, "allowed_private_hosts": ["169.254.169.254"]}], NO_VARIABLES)
    with pytest.raises(ConfigError, match="must be a list"):
        parse_sources([{**entry, "allowed_private_hosts": "127.0.0.2"}], NO_VARIABLES)


def test_unknown_key_is_named() -> None:
    with pytest.raises(ConfigError, match="unknown key 'rate_limit'"):
        parse_sources([{"name": "x", "kind": "rss", "url": "http://a/f.xml", "rate_limit": 3}], NO_VARIABLES)


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"name": "x", "kind": "atom", "url": "http://a"}, "kind must be one of"),
        ({"name": "x", "kind": "rss"}, "needs 'url'"),
        ({"name": "x", "kind": "urls", "urls": []}, "non-empty 'urls'"),
        ({"kind": "rss", "url": "http://a"}, "missing required key 'name'"),
        ({"name": "x", "kind": "rss", "url": "http://a", "rate_limit_per_s": 0}, "must be > 0"),
        (
            {"name": "x", "kind": "rss", "url": "http://a", "allowed_url_patterns": ["("]},
            "bad allowed_url_patterns",
        ),
    ],
)
def test_invalid_entries_are_refused(entry: dict, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_sources([entry], NO_VARIABLES)


def test_duplicate_names_and_unknown_top_level_keys() -> None:
    entry = {"name": "x", "kind": "urls", "urls": ["http://a/1"]}
    with pytest.raises(ConfigError, match="duplicate source name 'x'"):
        parse_sources([entry, entry], NO_VARIABLES)
    with pytest.raises(ConfigError, match="unknown top-level key 'feeds'"):
        parse_sources({"sources": [entry], "feeds": []}, NO_VARIABLES)


def test_urls_source_with_defaults() -> None:
    (source,) = parse_sources(
        {"sources": [{"name": "list", "kind": "urls", "urls": ["http://a/1", "http://a/2"]}]}, NO_VARIABLES
    )
    assert source.urls == ("http://a/1", "http://a/2")
    assert source.rate_limit_per_s == 1.0
    assert source.allow_private is False


def test_unset_variable_is_named() -> None:
    with pytest.raises(ConfigError, match=r"\$\{FEED_HOST\} is not set"):
        parse_sources([{"name": "x", "kind": "rss", "url": "http://${FEED_HOST}/f.xml"}], NO_VARIABLES)


API = {"name": "api", "kind": "i24_api", "language": "he"}


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (
            {"name": "api", "kind": "i24_api"},
            "kind i24_api needs 'language', one of en, fr, ar, he; got None",
        ),
        ({**API, "language": "de"}, "needs 'language'.*got 'de'"),
        ({**API, "page_size": 0}, "'page_size' must be a positive integer, got 0"),
        ({**API, "page_size": 500}, "'page_size' must be at most 100, got 500"),
        ({**API, "max_pages": "3"}, "'max_pages' must be a positive integer, got '3'"),
        ({**API, "category": "3&home=1"}, "'category' must be a category id"),
        ({**API, "api_base_url": "ftp://api.example"}, "'api_base_url' must be an http"),
        (
            {"name": "f", "kind": "rss", "url": "http://a/f.xml", "category": 3},
            "'category' is only for kind i24_api",
        ),
        (
            {"name": "f", "kind": "rss", "url": "http://a/f.xml", "page_size": 5},
            "'page_size' is only for kind i24_api",
        ),
    ],
)
def test_invalid_i24_api_settings_name_the_key(entry: dict, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_sources([entry], NO_VARIABLES)


def test_i24_api_source_defaults_and_any_source_may_name_an_api_base() -> None:
    api, feed = parse_sources(
        [API, {"name": "f", "kind": "rss", "url": "http://a/f.xml", "api_base_url": "http://${HOST}/"}],
        {"HOST": "mirror.test"},
    )
    assert (api.api_base, api.category, api.page_size, api.max_pages) == (
        "https://api.i24news.tv",
        None,
        20,
        5,
    )
    assert feed.api_base == "http://mirror.test"  # for the feed's client-rendered pages


def test_the_live_site_configuration_loads() -> None:
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "include" / "config" / "sources.i24.yaml"
    sources = load_sources(path, NO_VARIABLES)
    assert {s.language for s in sources if s.kind == "i24_api"} == {"en", "fr", "ar", "he"}
    assert all(not s.allow_private for s in sources)  # the live site needs no exemption from the SSRF guard
