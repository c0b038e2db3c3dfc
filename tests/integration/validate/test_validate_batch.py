"""validate_batch against a real migrated PostgreSQL: bad mentions are quarantined with reasons, good ones stay
staged for publishing, every run is recorded. One GX import for the whole module (it costs seconds)."""

from __future__ import annotations

import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from news_etl.validate import ValidationOutcome, validate_batch
from news_etl.validate.results import errored_expectations

pytestmark = pytest.mark.integration

DAG_ID = "deployment_mentions"
COLUMNS = (
    "mention_id", "article_id", "article_version", "story_id", "run_id", "troop_count_min", "troop_count_max",
    "count_precision", "count_text", "char_start", "char_end", "actor_code", "location_country",
    "mention_type", "attribution", "attribution_source", "confidence", "sentence", "language",
    "extractor_version",
)  # fmt: skip


def mention(run_id: str, key: str, **overrides: Any) -> dict[str, Any]:
    row = {
        "mention_id": f"a{key}:v1:0-5",
        "article_id": f"a{key}",
        "article_version": 1,
        "story_id": f"a{key}",
        "run_id": run_id,
        "troop_count_min": 1500,
        "troop_count_max": 1500,
        "count_precision": "exact",
        "count_text": "1,500",
        "char_start": 0,
        "char_end": 5,
        "actor_code": "PRK",
        "location_country": "RUS",
        "mention_type": "deployment",
        "attribution": "reported",
        "attribution_source": None,
        "confidence": 0.9,
        "sentence": f"1,500 soldiers were sent ({key}).",
        "language": "en",
        "extractor_version": "test",
    }
    row.update(overrides)
    return row


GOOD = {
    "good_exact": {},
    "good_range": {
        "troop_count_min": 10_000, "troop_count_max": 12_000, "count_precision": "range",
        "count_text": "10,000 to 12,000", "actor_code": "NATO", "location_country": None,
    },
    "good_open": {
        "troop_count_min": 1000, "troop_count_max": None, "count_precision": "lower_bound",
        "count_text": "mehr als 1.000", "language": "de", "actor_code": None,
    },
}  # fmt: skip
BAD = {
    "bad_max": ({"troop_count_min": 50_000_000, "troop_count_max": 50_000_000, "count_text": "50 million"},
                ["troop_count_max_plausible", "troop_count_min_plausible"]),
    "bad_order": ({"troop_count_min": 500, "troop_count_max": 100, "count_precision": "range",
                   "count_text": "500 to 100"}, ["troop_count_min_le_max"]),
    "bad_actor": ({"actor_code": "XXX"}, ["actor_code_known"]),
    "bad_exact": ({"troop_count_min": 100, "troop_count_max": 200, "count_text": "150"},
                  ["exact_count_min_equals_max"]),
    "bad_exact_open": ({"troop_count_min": 100, "troop_count_max": None}, ["exact_count_min_equals_max"]),
    "bad_enums": ({"count_precision": "roughly", "mention_type": "parade", "attribution": "rumour",
                   "language": "xx", "location_country": "ZZZ"},
                  ["attribution_in_set", "count_precision_in_set", "language_in_set",
                   "location_country_known", "mention_type_in_set"]),
    "bad_many": ({"troop_count_min": None, "troop_count_max": None, "count_precision": "vague",
                  "confidence": 1.5, "char_end": 0, "count_text": " "},
                 ["char_start_before_char_end", "confidence_between_0_and_1", "count_text_not_empty",
                  "troop_count_not_both_null"]),
}  # fmt: skip


def stage(conn: Any, rows: list[dict[str, Any]]) -> None:
    with conn.cursor() as cur:
        cur.executemany(
            f"INSERT INTO news.mentions_staging ({', '.join(COLUMNS)})"
            f" VALUES ({', '.join(['%s'] * len(COLUMNS))})",
            [tuple(row[c] for c in COLUMNS) for row in rows],
        )
        # Independent of the shipped countries.csv: the codes the fixtures use.
        cur.execute(
            "INSERT INTO news.countries (code, name_en) VALUES ('PRK', 'North Korea'), ('RUS', 'Russia')"
            " ON CONFLICT DO NOTHING"
        )
    conn.commit()


@dataclass
class Runs:
    conn: Any
    bad_run: str
    bad: ValidationOutcome
    bad_record_before_rerun: list[tuple]
    bad_again: ValidationOutcome
    clean_run: str
    clean: ValidationOutcome
    empty: ValidationOutcome
    idle: ValidationOutcome  # no articles loaded, no mentions
    docs_dir: Path


@pytest.fixture(scope="module")
def runs(warehouse_dsn: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runs]:
    from news_etl.warehouse.db import connect

    conn = connect(warehouse_dsn)
    docs_dir = tmp_path_factory.mktemp("data_docs")
    tag = uuid.uuid4().hex[:8]
    bad_run, clean_run, empty_run, idle_run = (
        f"manual__{k}_{tag}" for k in ("bad", "clean", "empty", "idle")
    )
    stage(conn, [mention(bad_run, k, **o) for k, o in GOOD.items()])
    stage(conn, [mention(bad_run, k, **o) for k, (o, _) in BAD.items()])
    stage(conn, [mention(clean_run, f"{k}_c", **o) for k, o in GOOD.items()])

    def run(run_id: str, articles: int = 3) -> ValidationOutcome:
        return validate_batch(
            conn, dag_id=DAG_ID, run_id=run_id, articles_loaded=articles, data_docs_dir=str(docs_dir)
        )

    bad = run(bad_run)
    record = query(conn, "SELECT * FROM news.validation_runs WHERE run_id = %s", bad_run)
    bad_again = run(bad_run)  # a retried task must converge on the same state
    yield Runs(
        conn,
        bad_run,
        bad,
        record,
        bad_again,
        clean_run,
        run(clean_run),
        run(empty_run),
        run(idle_run, 0),
        docs_dir,
    )
    conn.close()


def query(conn: Any, sql: str, *params: Any) -> list[tuple]:
    with conn.cursor() as cur:
        cur.execute(sql, params)
        rows = cur.fetchall()
    conn.rollback()
    return rows


def test_failed_validation_outcome(runs: Runs) -> None:
    assert runs.bad.success is False
    assert runs.bad.rows_validated == len(GOOD) + len(BAD)
    assert runs.bad.rows_quarantined == len(BAD)
    assert runs.bad.failed_counts["troop_count_max_plausible"] == 1
    assert runs.bad.failed_counts["troop_count_min_le_max"] == 1
    assert runs.bad.failed_counts["actor_code_known"] == 1
    assert "mention_id_unique" not in runs.bad.failed_counts
    expected = {
        row["mention_id"]: (row, names) for key, (o, names) in BAD.items() for row in [mention("", key, **o)]
    }
    assert len(runs.bad.sample_bad_rows) == 5 < len(BAD)
    for sample in runs.bad.sample_bad_rows:
        row, names = expected[sample["mention_id"]]
        fields = ("count_text", "troop_count_min", "troop_count_max", "sentence")
        assert {f: sample[f] for f in fields} == {f: row[f] for f in fields}
        assert sample["failed_expectations"] == sorted(names)


def test_bad_rows_quarantined_with_reasons(runs: Runs) -> None:
    quarantined = dict(
        query(runs.conn, "SELECT article_id, failed_expectations FROM news.mentions_quarantine WHERE run_id = %s",
              runs.bad_run)
    )  # fmt: skip
    assert quarantined == {f"a{key}": sorted(names) for key, (_, names) in BAD.items()}


def test_good_rows_remain_for_publishing(runs: Runs) -> None:
    staged = query(runs.conn, "SELECT article_id FROM news.mentions_staging WHERE run_id = %s", runs.bad_run)
    assert sorted(a for (a,) in staged) == sorted(f"a{key}" for key in GOOD)


def test_rerun_is_idempotent(runs: Runs) -> None:
    assert runs.bad_again.rows_validated == runs.bad.rows_validated
    assert runs.bad_again.rows_quarantined == runs.bad.rows_quarantined
    assert runs.bad_again.failed_counts == runs.bad.failed_counts
    # Same verdict: the record (time, result, Data Docs page) of the first attempt stays as it was.
    assert runs.bad_record_before_rerun == query(
        runs.conn, "SELECT * FROM news.validation_runs WHERE run_id = %s", runs.bad_run
    )


def test_validation_run_recorded(runs: Runs) -> None:
    ((success, version, validated, quarantined, evaluated, failed, counts, result, url),) = query(
        runs.conn,
        "SELECT success, suite_version, rows_validated, rows_quarantined, evaluated_expectations,"
        " failed_expectations, failed_expectation_counts, result_json, data_docs_url"
        " FROM news.validation_runs WHERE dag_id = %s AND run_id = %s AND suite_name = 'deployment_mentions'",
        DAG_ID,
        runs.bad_run,
    )
    assert success is False
    assert version
    assert (validated, quarantined) == (len(GOOD) + len(BAD), len(BAD))
    assert evaluated >= 18
    assert failed == len(counts) == len(runs.bad.failed_counts)
    assert counts == runs.bad.failed_counts
    assert result["success"] is False and result["results"]
    assert errored_expectations(result) == []  # every failure is bad data, none a GX error
    assert url == runs.bad.data_docs_url == runs.bad_again.data_docs_url


def test_data_docs_built(runs: Runs) -> None:
    url = runs.bad.data_docs_url
    assert url and url.startswith("file://")
    page = Path(urllib.request.url2pathname(urllib.parse.urlsplit(url).path))
    assert page.is_file() and page.is_relative_to(runs.docs_dir)
    assert "troop_count_max" in page.read_text(encoding="utf-8")
    assert (runs.docs_dir / "index.html").is_file()


def test_clean_run_passes(runs: Runs) -> None:
    assert runs.clean.success is True
    assert (runs.clean.rows_validated, runs.clean.rows_quarantined) == (len(GOOD), 0)
    assert runs.clean.failed_counts == {} and runs.clean.sample_bad_rows == []
    staged = query(runs.conn, "SELECT count(*) FROM news.mentions_staging WHERE run_id = %s", runs.clean_run)
    assert staged == [(len(GOOD),)]


def test_empty_batch_fails_when_articles_were_loaded(runs: Runs) -> None:
    assert runs.empty.success is False
    assert runs.empty.failed_counts == {"batch_not_empty_when_articles_loaded": 0}


def test_empty_batch_passes_when_no_articles_were_loaded(runs: Runs) -> None:
    assert runs.idle.success is True and runs.idle.rows_validated == 0


def test_every_expectation_is_named_evaluated_and_documented(runs: Runs) -> None:
    from news_etl.validate.mention_suite import SUITE_VERSION, build_suite

    names = [e.meta["name"] for e in build_suite().expectations]
    assert len(names) == len(set(names)) == runs.clean.evaluated_expectations
    docs = (Path(__file__).resolve().parents[3] / "docs" / "validation.md").read_text(encoding="utf-8")
    assert [name for name in names if f"`{name}`" not in docs] == []
    assert runs.clean.suite_version == SUITE_VERSION
