"""The reference lists shipped with the package (countries.csv, actors.csv), read once, and the actor kind of a
code. The warehouse tables news.countries and news.actors are seeded from the same files
(news_etl.warehouse.reference), so Python and SQL classify an actor alike."""

from __future__ import annotations

import csv
import io
from functools import cache
from importlib import resources
from typing import Literal, get_args

ActorKind = Literal["state", "international", "non_state"]
ACTOR_KINDS: tuple[ActorKind, ...] = get_args(ActorKind)


def _rows(name: str) -> list[dict[str, str | None]]:
    text = (resources.files("news_etl.reference") / name).read_text(encoding="utf-8")
    return [{k: (v or None) for k, v in row.items()} for row in csv.DictReader(io.StringIO(text))]


def country_rows() -> list[dict[str, str | None]]:
    return _rows("countries.csv")


def actor_rows() -> list[dict[str, str | None]]:
    """International bodies and organized non-state armed groups (code, kind, names in en/de/fr/ar/he)."""
    return _rows("actors.csv")


@cache
def _actor_kinds() -> dict[str, ActorKind]:
    kinds: dict[str, ActorKind] = {}
    for row in country_rows():
        code = row["code"] or ""
        kinds[code] = "state" if row["kind"] == "country" else "international"
    for row in actor_rows():
        if row["kind"] not in ("international", "non_state"):
            raise ValueError(f"actors.csv: {row['code']} has kind {row['kind']!r}")
        kinds[row["code"] or ""] = "international" if row["kind"] == "international" else "non_state"
    return kinds


def actor_kind(code: str | None) -> ActorKind | None:
    """state (an ISO country), international (UN, NATO, EU, ...) or non_state (an armed group); None for no
    code or a code in neither list (the validation's actor_code_known check quarantines those)."""
    return _actor_kinds().get(code) if code else None


def actor_codes() -> list[str]:
    """Every code an actor may carry: the countries and organisations of countries.csv plus actors.csv."""
    return sorted(_actor_kinds())


def claimant_rows() -> list[dict[str, str | None]]:
    """Who makes troop claims: ministries, intelligence services, armed forces, heads of state, governments
    and international bodies, with the lower-case aliases (|-separated) a speaker's name is matched against."""
    return _rows("claimants.csv")
