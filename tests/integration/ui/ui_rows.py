"""Rows for the Troop mentions page, written straight into the test warehouse."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any


def add_article(conn: Any, article_id: str, published_at: datetime | None, fetched_at: datetime) -> None:
    with conn.cursor() as cur:
        cur.execute(
            """
            INSERT INTO news.articles (article_id, version, canonical_url, url, source, title, body, body_raw,
                body_sha256, word_count, adapter, adapter_version, run_id, story_id, published_at, fetched_at)
            VALUES (%(id)s, 1, %(url)s, %(url)s, 'demo', 'title', 'body', 'body', %(id)s, 1, 'generic', '1',
                'r1', %(id)s, %(published)s, %(fetched)s)
            """,
            {"id": article_id, "url": f"http://example.test/{article_id}", "published": published_at,
             "fetched": fetched_at},
        )  # fmt: skip


def add_mention(
    conn: Any,
    article_id: str,
    start: int,
    actor: str | None,
    *,
    current: bool = True,
    quarantined: bool = False,
    location: str | None = None,
    run_id: str = "r1",
    sentence: str = "sentence",
    language: str | None = None,
) -> None:
    table = "news.mentions_quarantine" if quarantined else "news.deployment_mentions"
    extra_cols, extra_vals = (
        (", failed_expectations", ", ARRAY['troop_count_plausible']") if quarantined else ("", "")
    )
    with conn.cursor() as cur:
        # The table name is one of two literals above, never input.
        cur.execute(
            f"""
            INSERT INTO {table} (mention_id, article_id, article_version, story_id, run_id, is_current,
                count_precision, count_text, char_start, char_end, actor_code, location_country,
                mention_type, attribution, confidence, sentence, language, extractor_version{extra_cols})
            VALUES (%(mid)s, %(aid)s, 1, %(aid)s, %(run)s, %(current)s, 'exact', '1,000', %(start)s, %(end)s,
                %(actor)s, %(location)s, 'deployment', 'stated', 0.9, %(sentence)s, %(language)s, 'x1'{extra_vals})
            """,
            {"mid": f"{article_id}:v1:{start}-{start + 5}", "aid": article_id, "current": current,
             "start": start, "end": start + 5, "actor": actor, "location": location, "run": run_id,
             "sentence": sentence, "language": language},
        )  # fmt: skip


def add_validation(conn: Any, run_id: str, success: bool, validated_at: datetime, **failed: int) -> None:
    with conn.cursor() as cur:
        cur.execute(
            """
            INSERT INTO news.validation_runs (dag_id, run_id, suite_name, suite_version, success, rows_validated,
                rows_quarantined, evaluated_expectations, failed_expectations, failed_expectation_counts,
                validated_at)
            VALUES ('deployment_mentions', %s, 'deployment_mentions', '1', %s, 10, %s, 12, %s, %s, %s)
            """,
            (run_id, success, sum(failed.values()), len(failed), json.dumps(failed), validated_at),
        )
