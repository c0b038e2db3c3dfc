"""`news-etl extract`: JSON lines in ({"id", "text", "language"}), one JSON line of mentions out per input line."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from typing import IO

from news_etl.extract import extract_mentions
from news_etl.records import Mention

# The documented output contract: key of each output mention -> the Mention field (= warehouse column) it
# carries. The keys stay as published even where the package's names are longer; the evidence sentence and
# rule details stay inside the library.
OUTPUT_FIELDS = {
    "count_text": "count_text",
    "char_start": "char_start",
    "char_end": "char_end",
    "count_min": "troop_count_min",
    "count_max": "troop_count_max",
    "precision": "count_precision",
    "actor": "actor_code",
    "location": "location_country",
    "type": "mention_type",
    "attribution": "attribution",
    "source": "attribution_source",
    "confidence": "confidence",
}


def mention_record(mention: Mention) -> dict[str, object]:
    """One mention in the CLI's (and the gold sets') vocabulary."""
    return {key: getattr(mention, name) for key, name in OUTPUT_FIELDS.items()}


def process_line(line: str) -> dict[str, object]:
    """One output record for one input line; a broken line becomes {"id", "error"}."""
    record_id = None
    try:
        record = json.loads(line)
        if not isinstance(record, dict):
            raise ValueError("expected a JSON object")
        record_id = record.get("id")
        text = record.get("text")
        if not isinstance(text, str):
            raise ValueError("'text' must be a string")
        language = record.get("language")
        if language is not None and not isinstance(language, str):
            raise ValueError("'language' must be a string or null")
        mentions = extract_mentions(text, language)
    except (ValueError, TypeError) as exc:  # json.JSONDecodeError is a ValueError
        return {"id": record_id, "error": f"{type(exc).__name__}: {exc}"}
    return {"id": record_id, "mentions": [mention_record(m) for m in mentions]}


def process_lines(lines: Iterable[str]) -> Iterator[dict[str, object]]:
    for line in lines:
        if line.strip():
            yield process_line(line)


def main(argv: list[str] | None = None, stdin: IO[str] | None = None, stdout: IO[str] | None = None) -> int:
    """Read JSON lines from stdin, write one result line per non-blank input line to stdout, in order."""
    if argv:
        print(
            f"usage: news-etl extract < input.jsonl > output.jsonl (unexpected arguments: {argv})",
            file=sys.stderr,
        )
        return 2
    source, sink = stdin or sys.stdin, stdout or sys.stdout
    for result in process_lines(source):
        sink.write(json.dumps(result, ensure_ascii=False) + "\n")
    sink.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
