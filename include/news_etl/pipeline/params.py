"""The DAGs' Params, parsed once per task into typed objects (the stages never read raw Airflow params)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from news_etl.config import ConfigError, load_sources, parse_sources
from news_etl.records import Source
from news_etl.settings import DEFAULT_PLAUSIBLE_MAX, Settings


@dataclass(frozen=True)
class IngestParams:
    sources: tuple[Source, ...]
    force_refetch: bool = False  # fetch every URL even when its feed/sitemap date says it has not changed
    reparse: bool = False  # no network: re-parse the latest archived page of every known URL

    def source(self, name: str) -> Source:
        for source in self.sources:
            if source.name == name:
                return source
        raise ConfigError(f"no source named {name!r} in this run's configuration")


@dataclass(frozen=True)
class MentionParams:
    reextract: bool = False  # re-run the extractor over every current canonical article
    plausible_max: int = DEFAULT_PLAUSIBLE_MAX  # the largest troop count accepted as plausible


def ingest_params(raw: Mapping[str, Any], settings: Settings) -> IngestParams:
    """The run's sources: the configured ones named in `sources` (settings.sources_path) plus the objects in
    `extra_sources`; when neither names any, every configured source (what a scheduled run does).

    Every mistake is a ConfigError naming the bad name or key, which run_stage turns into a failure without
    retries."""
    names = [str(name) for name in raw.get("sources") or []]
    extra = (
        parse_sources(raw["extra_sources"], settings.variables, label="extra_sources")
        if raw.get("extra_sources")
        else []
    )
    chosen: list[Source] = []
    if names or not extra:
        configured = {s.name: s for s in load_sources(settings.sources_path, settings.variables)}
        unknown = [name for name in names if name not in configured]
        if unknown:
            raise ConfigError(
                f"sources: no configured source named {unknown[0]!r} (configured: {', '.join(configured)})"
            )
        chosen = [configured[name] for name in dict.fromkeys(names)] if names else list(configured.values())
    clash = sorted({s.name for s in extra} & {s.name for s in chosen})
    if clash:
        raise ConfigError(f"extra_sources: name {clash[0]!r} is already one of the chosen configured sources")
    return IngestParams(
        sources=(*chosen, *extra),
        force_refetch=bool(raw.get("force_refetch", False)),
        reparse=bool(raw.get("reparse", False)),
    )


def mention_params(raw: Mapping[str, Any], settings: Settings) -> MentionParams:
    """Settings are not needed here; the parameter keeps one signature for every params parser."""
    return MentionParams(
        reextract=bool(raw.get("reextract", False)),
        plausible_max=int(raw.get("plausible_max", DEFAULT_PLAUSIBLE_MAX)),
    )
