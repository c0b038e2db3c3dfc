-- 002: working tables between pipeline tasks (XCom carries run ids and counts; the data waits here).
CREATE TABLE IF NOT EXISTS news.articles_staging (
    run_id          text NOT NULL,
    url             text NOT NULL,
    article_id      text NOT NULL,
    canonical_url   text NOT NULL,
    source          text NOT NULL,
    language        text,
    language_declared text,
    language_detected text,
    language_mismatch boolean NOT NULL DEFAULT false,
    title           text NOT NULL,
    description     text,
    authors         text[] NOT NULL DEFAULT '{}',
    published_at    timestamptz,
    modified_at     timestamptz,
    tags            text[] NOT NULL DEFAULT '{}',
    body            text NOT NULL,
    body_raw        text NOT NULL,
    body_sha256     text NOT NULL,
    word_count      integer NOT NULL,
    adapter         text NOT NULL,
    adapter_version text NOT NULL,
    raw_sha256      text,
    fetched_at      timestamptz,
    minhash         bytea,
    version         integer,
    outcome         text,
    duplicate_of    text,
    duplicate_kind  text,
    story_id        text,
    PRIMARY KEY (run_id, url)
);
COMMENT ON TABLE news.articles_staging IS 'Working table: articles parsed and cleaned by a news_ingest run, waiting for dedup and load. Same columns as news.articles plus the dedup decision.';
COMMENT ON COLUMN news.articles_staging.run_id IS 'Batch key (logical date, else Airflow run id) of the news_ingest run.';
COMMENT ON COLUMN news.articles_staging.url IS 'Discovered URL the article was fetched from.';
COMMENT ON COLUMN news.articles_staging.article_id IS 'Stable article id from the canonical URL (see news.articles).';
COMMENT ON COLUMN news.articles_staging.canonical_url IS 'See news.articles.canonical_url.';
COMMENT ON COLUMN news.articles_staging.source IS 'See news.articles.source.';
COMMENT ON COLUMN news.articles_staging.language IS 'See news.articles.language.';
COMMENT ON COLUMN news.articles_staging.language_declared IS 'See news.articles.language_declared.';
COMMENT ON COLUMN news.articles_staging.language_detected IS 'See news.articles.language_detected.';
COMMENT ON COLUMN news.articles_staging.language_mismatch IS 'See news.articles.language_mismatch.';
COMMENT ON COLUMN news.articles_staging.title IS 'See news.articles.title.';
COMMENT ON COLUMN news.articles_staging.description IS 'See news.articles.description.';
COMMENT ON COLUMN news.articles_staging.authors IS 'See news.articles.authors.';
COMMENT ON COLUMN news.articles_staging.published_at IS 'See news.articles.published_at.';
COMMENT ON COLUMN news.articles_staging.modified_at IS 'See news.articles.modified_at.';
COMMENT ON COLUMN news.articles_staging.tags IS 'See news.articles.tags.';
COMMENT ON COLUMN news.articles_staging.body IS 'See news.articles.body.';
COMMENT ON COLUMN news.articles_staging.body_raw IS 'See news.articles.body_raw.';
COMMENT ON COLUMN news.articles_staging.body_sha256 IS 'See news.articles.body_sha256.';
COMMENT ON COLUMN news.articles_staging.word_count IS 'See news.articles.word_count.';
COMMENT ON COLUMN news.articles_staging.adapter IS 'See news.articles.adapter.';
COMMENT ON COLUMN news.articles_staging.adapter_version IS 'See news.articles.adapter_version.';
COMMENT ON COLUMN news.articles_staging.raw_sha256 IS 'See news.articles.raw_sha256.';
COMMENT ON COLUMN news.articles_staging.fetched_at IS 'See news.articles.fetched_at.';
COMMENT ON COLUMN news.articles_staging.minhash IS 'See news.articles.minhash.';
COMMENT ON COLUMN news.articles_staging.version IS 'Version the article will get when loaded (set by dedup).';
COMMENT ON COLUMN news.articles_staging.outcome IS 'Dedup decision: loaded | unchanged | duplicate (set by dedup).';
COMMENT ON COLUMN news.articles_staging.duplicate_of IS 'See news.articles.duplicate_of.';
COMMENT ON COLUMN news.articles_staging.duplicate_kind IS 'See news.articles.duplicate_kind.';
COMMENT ON COLUMN news.articles_staging.story_id IS 'See news.articles.story_id.';

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
