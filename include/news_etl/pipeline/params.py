"""The DAGs' Params, parsed once per task into typed objects (the stages never read raw Airflow params)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from news_etl.config import ConfigError, load_sources, parse_sources
from news_etl.records import Source
from news_etl.settings import DEFAULT_PLAUSIBLE_MAX, Settings

MAX_WAREHOUSE_COUNT = 2**63 - 1  # bigint, the type of the published troop counts


@dataclass(frozen=True)
class IngestParams:
    sources: tuple[Source, ...]
    force_refetch: bool = False  # fetch every URL even when its feed/sitemap date says it has not changed
    reparse: bool = False  # no network: re-parse the latest archived page of every known URL
    # i24_api sources: list every article published in [backfill_from, backfill_to] (UTC days, both included)
    # instead of stopping at what the last run saw; either bound may be open.
    backfill_from: date | None = None
    backfill_to: date | None = None

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
    backfill_from = _day(raw, "backfill_from")
    backfill_to = _day(raw, "backfill_to")
    if backfill_from and backfill_to and backfill_from > backfill_to:
        raise ConfigError(f"backfill_from {backfill_from} is after backfill_to {backfill_to}")
    return IngestParams(
        sources=(*chosen, *extra),
        force_refetch=bool(raw.get("force_refetch", False)),
        reparse=bool(raw.get("reparse", False)),
        backfill_from=backfill_from,
        backfill_to=backfill_to,
    )


def _day(raw: Mapping[str, Any], key: str) -> date | None:
    """A date param: "YYYY-MM-DD" (a longer ISO timestamp is cut to its day); empty or absent = None."""
    value = raw.get(key)
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise ConfigError(f"{key} must be a date YYYY-MM-DD, got {value!r}") from exc


def mention_params(raw: Mapping[str, Any], settings: Settings) -> MentionParams:
    """Settings are not needed here; the parameter keeps one signature for every params parser."""
    plausible_max = int(raw.get("plausible_max", DEFAULT_PLAUSIBLE_MAX))
    if not 0 < plausible_max <= MAX_WAREHOUSE_COUNT:
        # Counts up to plausible_max are published into bigint columns: a larger bound would let a count the
        # warehouse cannot hold past the checks and crash the publish.
        raise ConfigError(f"plausible_max must be between 1 and {MAX_WAREHOUSE_COUNT}, got {plausible_max}")
    return MentionParams(reextract=bool(raw.get("reextract", False)), plausible_max=plausible_max)
