"""The real-text development sets of ../shared/extraction, read in place, and their frozen test split.

The split is fixed by a hash of each passage's source URL, so every passage of one page falls on the same side
and the split never depends on the order or content of the files: about a third of the URLs are the frozen
test split, never looked at while tuning; the rest is the dev split to develop on. Frozen on 2026-12-01, before
any tuning on these sets (first figures in docs/extraction.md).
"""

from __future__ import annotations

import hashlib
import json
from typing import Literal

from dev.paths import SHARED_DIR

EXTRACTION_DIR = SHARED_DIR / "extraction"
# en/de/fr and ar/he: the same line format, annotated to ANNOTATION.md.
REAL_TEXT_SETS = ("dev.jsonl", "dev_ar_he.jsonl")
Split = Literal["dev", "test"]


def split_of(source_url: str) -> Split:
    """'test' for about a third of the source URLs (sha256 of the URL, modulo 3 == 0), 'dev' otherwise."""
    return "test" if int(hashlib.sha256(source_url.encode("utf-8")).hexdigest(), 16) % 3 == 0 else "dev"


def load_real_text(split: Split | None = None, names: tuple[str, ...] = REAL_TEXT_SETS) -> list[dict]:
    """The passages of ../shared/extraction (all, or one split); empty when ../shared is not laid out."""
    passages: list[dict] = []
    for name in names:
        path = EXTRACTION_DIR / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as handle:
            passages += [json.loads(line) for line in handle if line.strip()]
    return [p for p in passages if split is None or split_of(p["source_url"]) == split]


def shared_available() -> bool:
    return all((EXTRACTION_DIR / name).exists() for name in REAL_TEXT_SETS)
