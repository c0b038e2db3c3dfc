"""SQL of the deployment_mentions stages (pipeline/mention_stages.py), as named constants; values are parameters."""

from __future__ import annotations

from news_etl.warehouse.columns import MENTION_COLUMNS, column_list, insert_sql, update_set

# Current canonical article versions not yet published by another run's extraction (a re-run of this run
# redoes its own work identically), or all of them when re-extraction is asked for. An article this extractor
# version failed on in an earlier run is not retried (it would fail again); a new extractor version retries it.
ARTICLES_TO_EXTRACT_SQL = """
SELECT a.article_id, a.version, a.story_id, a.language, a.body
FROM news.articles a
WHERE a.is_current AND a.duplicate_of IS NULL
  AND (%(reextract)s OR NOT EXISTS (
      SELECT 1 FROM news.extractions e
      WHERE e.article_id = a.article_id AND e.article_version = a.version AND e.run_id <> %(run_id)s
        AND (e.status = 'published' OR (e.status = 'failed' AND e.extractor_version = %(extractor_version)s))))
ORDER BY a.article_id
"""
DELETE_STAGED_FOR_ARTICLES_SQL = "DELETE FROM news.mentions_staging WHERE article_id = ANY(%s)"
UPSERT_EXTRACTION_SQL = """
INSERT INTO news.extractions (article_id, article_version, extractor_version, run_id, mentions_found, status,
                              problem)
VALUES (%s, %s, %s, %s, %s, %s, %s)
ON CONFLICT (article_id, article_version, extractor_version)
DO UPDATE SET run_id = EXCLUDED.run_id, mentions_found = EXCLUDED.mentions_found, status = EXCLUDED.status,
              problem = EXCLUDED.problem
"""
INSERT_STAGED_MENTION_SQL = insert_sql("news.mentions_staging", MENTION_COLUMNS)
# Mentions of this run's articles that the new extraction no longer produces are superseded (kept, not current).
SUPERSEDE_SQL = """
UPDATE news.deployment_mentions m SET is_current = false
FROM news.extractions e
WHERE e.run_id = %(run_id)s AND e.status = 'staged' AND m.article_id = e.article_id AND m.is_current
  AND NOT EXISTS (SELECT 1 FROM news.mentions_staging s WHERE s.run_id = %(run_id)s AND s.mention_id = m.mention_id)
"""
PUBLISH_SQL = f"""
INSERT INTO news.deployment_mentions ({column_list(MENTION_COLUMNS)})
SELECT {column_list(MENTION_COLUMNS)} FROM news.mentions_staging WHERE run_id = %(run_id)s
ON CONFLICT (mention_id) DO UPDATE SET {update_set(MENTION_COLUMNS, ("mention_id",))}
"""
CLEAR_STAGING_SQL = "DELETE FROM news.mentions_staging WHERE run_id = %(run_id)s"
MARK_PUBLISHED_SQL = (
    "UPDATE news.extractions SET status = 'published' WHERE run_id = %(run_id)s AND status = 'staged'"
)
