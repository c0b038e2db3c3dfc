"""`news-etl extract`: JSON lines in ({"id", "text", "language"}), one JSON line of mentions out per input line."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from typing import IO

from news_etl.extract import extract_mentions
from news_etl.jsonlines import binary_stdin, json_line, utf8_stdout
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


MAX_ERROR_CHARS = 2000


def mention_record(mention: Mention) -> dict[str, object]:
    """One mention in the CLI's (and the gold sets') vocabulary."""
    return {key: getattr(mention, name) for key, name in OUTPUT_FIELDS.items()}


def process_line(line: str | bytes) -> dict[str, object]:
    """One output record for one input line; a line that cannot be processed becomes {"id", "error"}: broken
    JSON, JSON nested too deep to read, bytes that are not UTF-8, a value the extractor cannot handle."""
    record_id = None
    try:
        text_line = line.decode("utf-8") if isinstance(line, bytes) else line
        record = json.loads(text_line)
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
    except Exception as exc:  # one line must never cost the lines after it
        return {"id": _printable_id(record_id), "error": f"{type(exc).__name__}: {exc}"[:MAX_ERROR_CHARS]}
    return {"id": record_id, "mentions": [mention_record(m) for m in mentions]}


def _printable_id(record_id: object) -> object:
    """The id echoed in an error line; an id that is itself the problem (nested thousands deep) is not."""
    return (
        record_id
        if record_id is None or isinstance(record_id, (str, int, float, bool))
        else repr(record_id)[:100]
    )


def process_lines(lines: Iterable[str | bytes]) -> Iterator[dict[str, object]]:
    for line in lines:
        if line.strip():
            yield process_line(line)


def main(
    argv: list[str] | None = None, stdin: IO[str] | IO[bytes] | None = None, stdout: IO[str] | None = None
) -> int:
    """Read JSON lines from stdin, write one result line per non-blank input line to stdout, in order. Input
    is read as bytes and each line decoded as UTF-8 on its own, so neither the locale nor one bad line matter."""
    if argv:
        print(
            f"usage: news-etl extract < input.jsonl > output.jsonl (unexpected arguments: {argv})",
            file=sys.stderr,
        )
        return 2
    source, sink = stdin or binary_stdin(), stdout or utf8_stdout()
    for result in process_lines(source):
        sink.write(json_line(result))
    sink.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
