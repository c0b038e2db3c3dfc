from __future__ import annotations

import io
import json

from news_etl.extract.cli import OUTPUT_FIELDS, main


def run(lines: list[str]) -> list[dict]:
    out = io.StringIO()
    assert main([], stdin=io.StringIO("\n".join(lines) + "\n"), stdout=out) == 0
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_cli_writes_one_line_per_input_in_order_and_survives_broken_lines() -> None:
    results = run(
        [
            json.dumps({"id": "a", "text": "Germany will send 5,000 troops to Lithuania.", "language": "en"}),
            "{not json",
            json.dumps({"id": "b", "text": 42, "language": "en"}),
            json.dumps(
                {"id": "c", "text": "Frankreich schickt 2.000 Soldaten nach Estland.", "language": None}
            ),
        ]
    )
    assert [r["id"] for r in results] == ["a", None, "b", "c"]
    first = results[0]["mentions"]
    assert len(first) == 1 and set(first[0]) == set(OUTPUT_FIELDS)
    assert (first[0]["count_text"], first[0]["count_min"], first[0]["actor"], first[0]["location"]) == (
        "5,000",
        5000,
        "DEU",
        "LTU",
    )
    assert "error" in results[1] and "error" in results[2]
    assert results[3]["mentions"][0]["count_min"] == 2000


def test_cli_rejects_arguments() -> None:
    assert main(["--bogus"], stdin=io.StringIO(""), stdout=io.StringIO()) == 2
