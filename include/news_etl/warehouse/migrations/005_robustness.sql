-- 005: nothing stops the pipeline for good, nothing fails silently (issue 16). Re-runnable.

-- Counts the warehouse cannot hold (>= 2^63, a 400-digit number) must reach Great Expectations and the
-- quarantine rather than crash the staging insert: staging and quarantine store them as numeric; the
-- plausibility expectation quarantines them, so only counts <= plausible_max (a bigint) are ever published.
ALTER TABLE news.mentions_staging ALTER COLUMN troop_count_min TYPE numeric;
ALTER TABLE news.mentions_staging ALTER COLUMN troop_count_max TYPE numeric;
ALTER TABLE news.mentions_quarantine ALTER COLUMN troop_count_min TYPE numeric;
ALTER TABLE news.mentions_quarantine ALTER COLUMN troop_count_max TYPE numeric;
COMMENT ON COLUMN news.mentions_quarantine.troop_count_min IS 'Lowest number of troops the text allows; numeric (unbounded) so that counts too large for the warehouse are kept here with the expectation they broke.';
COMMENT ON COLUMN news.mentions_quarantine.troop_count_max IS 'Highest number of troops the text allows; numeric (unbounded), see troop_count_min.';

-- The evidence sentence is cut: a run-on "sentence" can be a whole page, copied into each of its mentions.
COMMENT ON COLUMN news.deployment_mentions.sentence IS 'The evidence sentence containing the mention (at most 2,000 characters: a longer one is cut and ends with …).';
COMMENT ON COLUMN news.v_deployment_mentions.sentence IS 'The evidence sentence containing the mention (at most 2,000 characters: a longer one is cut and ends with …).';

-- An article the extractor cannot process is marked failed with its error and not picked again by later
-- runs of the same extractor version; an article with more mentions than the cap keeps the first ones.
ALTER TABLE news.extractions ADD COLUMN IF NOT EXISTS problem text;
COMMENT ON COLUMN news.extractions.status IS 'staged (extracted, waiting for validation) | published (its mentions are in news.deployment_mentions or news.mentions_quarantine) | failed (the extractor raised on it: see problem; not retried by this extractor version unless reextract is asked).';
COMMENT ON COLUMN news.extractions.problem IS 'Why the extraction failed (status failed: the error), or what was capped (more mentions than the per-article cap); null when nothing went wrong.';

-- Source health: what every source delivered in every run, and why not when it did not.
CREATE TABLE IF NOT EXISTS news.source_runs (
    run_id      text NOT NULL,
    source      text NOT NULL,
    status      text NOT NULL,
    urls_found  integer NOT NULL DEFAULT 0,
    reason      text,
    detail      text NOT NULL DEFAULT '',
    checked_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (run_id, source)
);
COMMENT ON TABLE news.source_runs IS 'One row per source and news_ingest run: did the source deliver, and if not, why. A run in which no source delivered, or in which a source has delivered nothing for longer than NEWS_ETL_SOURCE_SILENCE_HOURS, fails and alerts.';
COMMENT ON COLUMN news.source_runs.run_id IS 'Batch key (logical date, else Airflow run id) of the news_ingest run.';
COMMENT ON COLUMN news.source_runs.source IS 'Source name (sources.yaml).';
COMMENT ON COLUMN news.source_runs.status IS 'ok (listed at least one URL) | empty (answered, but listed no URL) | failed (unreachable, refused, invalid feed: see reason).';
COMMENT ON COLUMN news.source_runs.urls_found IS 'URLs the source listed in this run.';
COMMENT ON COLUMN news.source_runs.reason IS 'Reason code of the failure (news.ingest_rejects vocabulary: connection_error, timeout, http_error, blocked_address, feed_error, ...); null when ok.';
COMMENT ON COLUMN news.source_runs.detail IS 'Human-readable explanation of the failure.';
COMMENT ON COLUMN news.source_runs.checked_at IS 'When the source was first asked in this run (UTC; a re-run of the run keeps it).';
CREATE INDEX IF NOT EXISTS source_runs_source_idx ON news.source_runs (source, checked_at);

COMMENT ON COLUMN news.ingest_rejects.stage IS 'discover | fetch | parse | clean: the stage that failed; abandoned for a URL of a run that stopped before its report, closed by a later run.';
COMMENT ON COLUMN news.ingest_rejects.reason IS 'Reason code: http_error, timeout, connection_error, too_large, not_html, robots_disallowed, blocked_address, bad_url, redirect_loop, bad_encoding, parse_failed, empty_body, feed_error, url_not_allowed, field_too_long (a title or description over its cap), parse_timeout (parsing took longer than NEWS_ETL_MAX_PARSE_SECONDS), fetch_failed (the fetcher raised on this URL: a bug on hostile input, recorded instead of failing the task), abandoned.';

-- How the character encoding of a page was decided (declaration, BOM, detection, and what was overruled).
ALTER TABLE news.raw_pages ADD COLUMN IF NOT EXISTS encoding_decision text;
COMMENT ON COLUMN news.raw_pages.encoding_decision IS 'How the encoding was chosen: bom | header | meta | detected, and any declaration that was overruled and why (e.g. a <meta charset> naming a non-web encoding).';

-- Abandoned runs: a run that stopped before its report leaves open URLs and a null accounting verdict; the
-- next run of the same source closes them (outcome rejected, reason abandoned) and says so here.
ALTER TABLE news.ingest_runs ADD COLUMN IF NOT EXISTS started_at timestamptz DEFAULT now();
ALTER TABLE news.ingest_runs ADD COLUMN IF NOT EXISTS abandoned_cleaned_by text;
COMMENT ON COLUMN news.ingest_runs.started_at IS 'When the run first started (UTC).';
COMMENT ON COLUMN news.ingest_runs.abandoned_cleaned_by IS 'Batch key of the later run that closed this abandoned run''s open URLs (outcome rejected, reason abandoned); null when the run finished itself.';

CREATE OR REPLACE VIEW news.v_abandoned_runs AS
SELECT r.run_id, r.dag_id, r.started_at, r.abandoned_cleaned_by,
       count(d.url) FILTER (WHERE d.outcome IS NULL) AS open_urls,
       count(r2.url) FILTER (WHERE r2.reason = 'abandoned') AS closed_as_abandoned
FROM news.ingest_runs r
LEFT JOIN news.discovered_urls d ON d.run_id = r.run_id
LEFT JOIN news.ingest_rejects r2 ON r2.run_id = d.run_id AND r2.url = d.url
WHERE r.accounting_ok IS NULL OR r.abandoned_cleaned_by IS NOT NULL
GROUP BY r.run_id, r.dag_id, r.started_at, r.abandoned_cleaned_by;
COMMENT ON VIEW news.v_abandoned_runs IS 'news_ingest runs that stopped before their report (null accounting verdict), still open or already closed by a later run of the same source.';
COMMENT ON COLUMN news.v_abandoned_runs.run_id IS 'Batch key of the abandoned run.';
COMMENT ON COLUMN news.v_abandoned_runs.dag_id IS 'Airflow DAG id.';
COMMENT ON COLUMN news.v_abandoned_runs.started_at IS 'When the abandoned run started (UTC).';
COMMENT ON COLUMN news.v_abandoned_runs.abandoned_cleaned_by IS 'Batch key of the run that closed it; null while it is still open (or still running).';
COMMENT ON COLUMN news.v_abandoned_runs.open_urls IS 'Discovered URLs still without an outcome.';
COMMENT ON COLUMN news.v_abandoned_runs.closed_as_abandoned IS 'URLs a later run closed with reason abandoned.';
