"""The news_ingest trigger form's params: configured sources by name, extra sources as validated objects."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest
from news_etl.config import ConfigError
from news_etl.pipeline.params import ingest_params
from news_etl.pipeline.source_choices import configured_source_names, source_json_schema
from news_etl.settings import Settings

FEED = {"name": "extra", "kind": "rss", "url": "http://example.org/feed.xml"}


@pytest.fixture()
def settings(tmp_path: Path) -> Settings:
    path = tmp_path / "sources.yaml"
    path.write_text(
        "sources:\n"
        "  - {name: alpha, kind: rss, url: 'http://a.example/feed.xml'}\n"
        "  - {name: beta, kind: sitemap, url: '${BETA_HOST}/sitemap.xml'}\n"
    )
    return Settings.from_env({"NEWS_ETL_SOURCES": str(path), "BETA_HOST": "http://b.example"})


def names(raw: dict, settings: Settings) -> list[str]:
    return [s.name for s in ingest_params(raw, settings).sources]


def test_form_offers_the_configured_names_in_file_order(settings: Settings) -> None:
    assert configured_source_names(settings.sources_path) == ["alpha", "beta"]


def test_chosen_names_and_extra_objects_make_the_run(settings: Settings) -> None:
    assert names({"sources": ["beta"]}, settings) == ["beta"]
    assert names({"sources": ["beta", "alpha"], "extra_sources": [FEED]}, settings) == [
        "beta",
        "alpha",
        "extra",
    ]
    assert names({"sources": None, "extra_sources": [FEED]}, settings) == ["extra"]


def test_nothing_chosen_means_every_configured_source(settings: Settings) -> None:
    assert names({}, settings) == ["alpha", "beta"]
    assert names({"sources": None, "extra_sources": None}, settings) == ["alpha", "beta"]


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"sources": ["gamma"]}, r"sources: no configured source named 'gamma' \(configured: alpha, beta\)"),
        ({"extra_sources": [{**FEED, "rate_limit": 2}]}, r"extra_sources\[0\]: unknown key 'rate_limit'"),
        ({"extra_sources": ["http://example.org/feed.xml"]}, r"extra_sources\[0\]: expected a mapping"),
        ({"sources": ["alpha"], "extra_sources": [{**FEED, "name": "alpha"}]}, "name 'alpha' is already"),
    ],
)
def test_mistakes_name_the_bad_key(settings: Settings, raw: dict, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        ingest_params(raw, settings)


def test_schema_refuses_what_parse_refuses_and_names_the_key() -> None:
    validator = jsonschema.Draft7Validator(source_json_schema())
    assert not list(validator.iter_errors(FEED))
    assert not list(
        validator.iter_errors({**FEED, "urls": ["http://x"], "language": None, "rate_limit_per_s": 5})
    )
    (error,) = validator.iter_errors({**FEED, "rate_limit": 2})
    assert "'rate_limit' was unexpected" in error.message
    (error,) = validator.iter_errors({**FEED, "kind": "atom"})
    assert error.path[-1] == "kind"
    (error,) = validator.iter_errors({"kind": "rss"})
    assert "'name' is a required property" in error.message
