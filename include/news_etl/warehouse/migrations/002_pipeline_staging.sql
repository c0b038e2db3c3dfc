-- 002: working tables between pipeline tasks (XCom carries run ids and counts; the data waits here).
-- articles_staging has the columns of news.articles (and their comments) plus the dedup decision.
CREATE TABLE IF NOT EXISTS news.articles_staging (LIKE news.articles INCLUDING DEFAULTS INCLUDING COMMENTS);
ALTER TABLE news.articles_staging DROP COLUMN IF EXISTS is_current;
ALTER TABLE news.articles_staging ALTER COLUMN version DROP NOT NULL;
ALTER TABLE news.articles_staging ALTER COLUMN story_id DROP NOT NULL;
ALTER TABLE news.articles_staging ADD COLUMN IF NOT EXISTS outcome text;
ALTER TABLE news.articles_staging DROP CONSTRAINT IF EXISTS articles_staging_pkey;
ALTER TABLE news.articles_staging ADD CONSTRAINT articles_staging_pkey PRIMARY KEY (run_id, url);
COMMENT ON TABLE news.articles_staging IS 'Working table: articles parsed and cleaned by a news_ingest run, waiting for dedup and load (emptied by the load). Same columns as news.articles plus the dedup decision.';
COMMENT ON COLUMN news.articles_staging.url IS 'Discovered URL the article was fetched from.';
COMMENT ON COLUMN news.articles_staging.version IS 'Version the article will get when loaded; null when the URL adds no row (unchanged, or a second URL of the same article). Set by dedup.';
COMMENT ON COLUMN news.articles_staging.outcome IS 'Dedup decision for the URL: loaded | unchanged | duplicate. Set by dedup.';

CREATE TABLE IF NOT EXISTS news.extractions (
    article_id        text NOT NULL,
    article_version   integer NOT NULL,
    extractor_version text NOT NULL,
    run_id            text NOT NULL,
    mentions_found    integer NOT NULL,
    status            text NOT NULL DEFAULT 'staged',
    PRIMARY KEY (article_id, article_version, extractor_version)
);
COMMENT ON TABLE news.extractions IS 'Which article versions have been run through which extractor version (also those with no mention), so each is extracted once.';
COMMENT ON COLUMN news.extractions.article_id IS 'Article (news.articles).';
COMMENT ON COLUMN news.extractions.article_version IS 'Article version extracted.';
COMMENT ON COLUMN news.extractions.extractor_version IS 'Extractor version used.';
COMMENT ON COLUMN news.extractions.run_id IS 'Batch key (logical date, else Airflow run id) of the deployment_mentions run that extracted it.';
COMMENT ON COLUMN news.extractions.mentions_found IS 'Number of mentions the extractor found (published + quarantined).';
COMMENT ON COLUMN news.extractions.status IS 'staged (extracted, waiting for validation) | published (its mentions are in news.deployment_mentions or news.mentions_quarantine).';
