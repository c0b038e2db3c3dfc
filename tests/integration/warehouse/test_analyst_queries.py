"""Every analyst question of docs/warehouse.md, run as written against the demo warehouse.

The SQL is read from the Markdown (so the page and the tests cannot drift); each question's answer is checked
against what dev/demo_site/README.md documents for the demo pages, limited to what the demo documents:
where the extractor is free to differ (the table's "-" and "any"), nothing is asserted.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.integration

DOC = Path(__file__).resolve().parents[3] / "docs" / "warehouse.md"

_QUESTION = re.compile(r"^### (Q\d+)\. (.+?)\n(.*?)(?=^### |^## |^<!-- dictionary:begin|\Z)", re.M | re.S)
_SQL = re.compile(r"^```sql\n(.*?)^```", re.M | re.S)
_CLOCK = re.compile(r"`(SET news\.as_of = '[^']+';)`")


@dataclass(frozen=True)
class Question:
    qid: str
    title: str
    sql: str
    clock: str | None  # the SET news.as_of statement the demo answer assumes


def parse_questions(markdown: str) -> list[Question]:
    questions = []
    for qid, title, body in _QUESTION.findall(markdown):
        blocks = _SQL.findall(body)
        assert len(blocks) == 1, f"{qid} must have exactly one ```sql block, found {len(blocks)}"
        clock = _CLOCK.search(body)
        questions.append(Question(qid, title.strip(), blocks[0], clock.group(1) if clock else None))
    return questions


QUESTIONS = parse_questions(DOC.read_text(encoding="utf-8"))
Rows = list[dict[str, Any]]


def run(conn, question: Question) -> Rows:
    with conn.cursor() as cur:
        if question.clock:
            cur.execute(question.clock)
        cur.execute(question.sql)
        names = [column.name for column in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def scalar(conn, sql: str) -> Any:
    with conn.cursor() as cur:
        cur.execute(sql)
        return cur.fetchone()[0]


# -- expected answers, from dev/demo_site/README.md -----------------------------------------------------


def check_q1(rows: Rows, conn, runs: dict[str, str]) -> None:
    # November 2024: the Pentagon story (About 11,000 and 12,000, PRK -> RUS) and three outlets' 11,000.
    assert rows == [{"actor_code": "PRK", "actor_name": "North Korea", "claims": 5, "at_most": 12000}]


def check_q2(rows: Rows, conn, runs: dict[str, str]) -> None:
    assert len(rows) == 1, rows
    (row,) = rows
    assert "50 million" in row["count_text"]
    assert row["troop_count_min"] == 50_000_000
    assert row["failed_checks"] == "troop_count_max_plausible, troop_count_min_plausible"
    assert urlsplit(row["url"]).path.endswith("-viral-post-claims-50-million-soldiers-massed-at-border/")


def check_q3(rows: Rows, conn, runs: dict[str, str]) -> None:
    (row,) = rows
    # Seed article + Pentagon story + the 6 outlet articles; the Pentagon story also has its near-duplicate copy.
    assert row["stories"] == 8
    assert row["articles_including_copies"] == 9
    # PRK is documented as the actor of 5 claims (etwa 1.500, Tausende, 1,2 Millionen, About 11,000, 12,000).
    assert row["claims"] >= 5


def check_q4(rows: Rows, conn, runs: dict[str, str]) -> None:
    largest = {row["actor_code"]: row["largest_figure"] for row in rows}
    documented = {"PRK": 1_200_000, "RUS": 100_000, "DEU": 12_000, "USA": 3_000, "JPN": 3_000, "FRA": 1_750}
    assert {code: largest.get(code) for code in documented} == documented
    assert [row["largest_figure"] for row in rows] == sorted(
        (row["largest_figure"] for row in rows), reverse=True
    )
    assert rows[0]["actor_code"] == "PRK" and rows[0]["mention_type"] == "force_size"


def check_q5(rows: Rows, conn, runs: dict[str, str]) -> None:
    assert {row["run_id"] for row in rows} == {runs["bad"]}
    assert {(urlsplit(row["url"]).path, row["reason"]) for row in rows} == {
        ("/private/internal-memo/", "robots_disallowed"),
        ("/en/news/international/middle-east/1731661200-ceasefire-talks-resume-in-cairo/", "parse_failed"),
        ("/fr/actu/international/1733050800-sommet-europeen-sur-la-defense-a-paris/", "empty_body"),
    }


def check_q6(rows: Rows, conn, runs: dict[str, str]) -> None:
    # Both validations ran moments ago (normally the same UTC day; summed in case midnight fell in between).
    assert sum(row["runs"] for row in rows) == 2
    assert sum(row["runs_passed"] for row in rows) == 1
    assert sum(row["rows_quarantined"] for row in rows) == 1
    # Every extracted mention was validated exactly once: published or quarantined.
    validated = scalar(
        conn,
        "SELECT (SELECT count(*) FROM news.deployment_mentions) + (SELECT count(*) FROM news.mentions_quarantine)",
    )
    assert sum(row["rows_validated"] for row in rows) == validated
    if len(rows) == 1:
        assert float(rows[0]["run_pass_rate"]) == 0.5
        assert float(rows[0]["row_pass_rate"]) == round(1 - 1 / validated, 3)


def check_q7(rows: Rows, conn, runs: dict[str, str]) -> None:
    by_group = {(row["month"], row["actor_code"], row["location_country"]): row for row in rows}
    prk_rus = by_group[(date(2024, 10, 1), "PRK", "RUS")]  # etwa 1.500 + „Tausende“ (vague: no estimate)
    assert (prk_rus["mentions"], prk_rus["estimated_mentions"], prk_rus["best_estimate_total"]) == (
        2,
        1,
        1500,
    )
    fra_rou = by_group[(date(2025, 2, 1), "FRA", "ROU")]  # entre 1 500 et 2 000 (1750) + quelque 1 300
    assert (fra_rou["mentions"], fra_rou["best_estimate_total"], fra_rou["best_estimate_max"]) == (
        2,
        3050,
        1750,
    )
    assert all(date(2024, 3, 1) <= row["month"] <= date(2025, 2, 1) for row in rows)


def check_q8(rows: Rows, conn, runs: dict[str, str]) -> None:
    found = [(row["best_estimate"], row["title"].split()[0]) for row in rows]
    assert found[0] == (1_200_000, "Videos")
    assert [best for best, _ in found] == [1_200_000, 13_000, 12_000, 12_000, 11_000, 11_000, 11_000, 11_000]
    assert (11_000, "Pentagon") in found and (12_000, "Pentagon") in found
    assert all(row["sentence"] and row["canonical_url"] for row in rows)


def check_q9(rows: Rows, conn, runs: dict[str, str]) -> None:
    (row,) = rows
    assert row["canonical_title"].startswith("Pentagon")
    assert row["copies"] == 1 and row["recognised_as"] == ["near"]
    assert row["copy_titles"][0].startswith("North Korean soldiers fighting")


def check_q10(rows: Rows, conn, runs: dict[str, str]) -> None:
    assert [row["run_id"] for row in rows] == [runs["bad"], runs["demo"]]
    latest, first = rows
    counts = ("discovered", "loaded", "unchanged", "duplicates", "rejected", "accounting_ok")
    assert tuple(first[c] for c in counts) == (24, 19, 0, 2, 3, True)
    assert latest["loaded"] == 1 and latest["rejected"] == 3 and latest["accounting_ok"] is True
    assert latest["discovered"] == first["discovered"] + 1  # the bad page joins the feed


def check_q11(rows: Rows, conn, runs: dict[str, str]) -> None:
    weeks = {row["period_start"]: row for row in rows}
    assert min(weeks) == date(2024, 10, 21)  # the seed article's "etwa 1.500"
    repeated = weeks[date(2024, 11, 25)]  # one figure, three outlets
    assert (repeated["low"], repeated["high"], repeated["best"], repeated["n_claims"], repeated["n_outlets"]) == (
        11000, 11000, 11000, 1, 3,
    )  # fmt: skip
    assert repeated["claimants"] == ["UKR_MOD"] and not repeated["carried"]
    assert (weeks[date(2024, 12, 16)]["best"], weeks[date(2024, 12, 16)]["claimants"]) == (13000, ["UKR_MOD"])
    disputed = weeks[date(2025, 1, 6)]  # two claimants disagree in one week
    assert (disputed["low"], disputed["high"], disputed["best"], disputed["n_claims"]) == (
        8000,
        12000,
        10000,
        2,
    )
    assert disputed["claimants"] == ["KOR_NIS", "USA_DOD"]
    carried = weeks[date(2024, 12, 9)]
    assert carried["carried"] and carried["best"] == 11000
    assert [row["period_start"] for row in rows] == sorted(weeks)  # one row per week, no gap
    assert all((b - a).days == 7 for a, b in itertools.pairwise(sorted(weeks)))
    assert all(row["low"] <= row["best"] <= row["high"] for row in rows)


def check_q12(rows: Rows, conn, runs: dict[str, str]) -> None:
    assert rows and all(row["canonical_url"] for row in rows)
    assert not [row for row in rows if row["claimant"] == "UKR_MOD" and row["best"] == 11000]
    assert {(row["claimant"], row["best"]) for row in rows} >= {("UKR_MOD", 13000), ("KOR_NIS", 8000)}


def check_q13(rows: Rows, conn, runs: dict[str, str]) -> None:
    changes = {(row["claimant"], row["previous_best"], row["revised_best"]) for row in rows}
    assert {("UKR_MOD", 11000, 13000), ("USA_DOD", 11000, 12000)} <= changes
    assert [abs(row["change"]) for row in rows] == sorted((abs(row["change"]) for row in rows), reverse=True)


def check_q14(rows: Rows, conn, runs: dict[str, str]) -> None:
    by_claimant = {row["claimant"]: row for row in rows}
    ukr = by_claimant["UKR_MOD"]
    assert (ukr["claims"], ukr["articles"], ukr["most_outlets"]) == (2, 4, 3)
    assert ukr["claimant_name"] == "Ministry of Defence of Ukraine" and ukr["claimant_kind"] == "ministry"
    assert by_claimant["USA_DOD"]["claims"] == 2 and by_claimant["KOR_NIS"]["claims"] == 1
    assert sum(row["claims"] for row in rows) == scalar(conn, "SELECT count(*) FROM news.troop_claims")


CHECKS: dict[str, Callable[[Rows, Any, dict[str, str]], None]] = {
    name.removeprefix("check_").upper(): check
    for name, check in dict(globals()).items()
    if name.startswith("check_q")
}


def test_the_page_has_at_least_eight_questions_and_each_is_checked() -> None:
    assert len(QUESTIONS) >= 8
    assert sorted(q.qid for q in QUESTIONS) == sorted(CHECKS), "every question in the doc needs a check"


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q.qid)
def test_question_answers_as_documented(demo_warehouse, demo_run_ids, question: Question) -> None:
    rows = run(demo_warehouse, question)
    CHECKS[question.qid](rows, demo_warehouse, demo_run_ids)


def test_relative_windows_follow_the_report_clock(demo_warehouse) -> None:
    """Without the demo clock, "last month" is the month before today: no demo article is that recent."""
    q1 = next(q for q in QUESTIONS if q.qid == "Q1")
    assert run(demo_warehouse, Question(q1.qid, q1.title, q1.sql, clock=None)) == []
