-- 001: core schema of the news warehouse. Re-runnable: every statement is IF NOT EXISTS / OR REPLACE.
CREATE SCHEMA IF NOT EXISTS news;
COMMENT ON SCHEMA news IS 'News ingestion warehouse: articles fetched from news sites and the troop-count (military deployment) mentions extracted from them.';

CREATE TABLE IF NOT EXISTS news.ingest_runs (
    run_id          text PRIMARY KEY,
    dag_id          text NOT NULL,
    data_interval_start timestamptz,
    data_interval_end   timestamptz,
    discovered      integer NOT NULL DEFAULT 0,
    loaded          integer NOT NULL DEFAULT 0,
    unchanged       integer NOT NULL DEFAULT 0,
    duplicates      integer NOT NULL DEFAULT 0,
    rejected        integer NOT NULL DEFAULT 0,
    accounting_ok   boolean
);
COMMENT ON TABLE news.ingest_runs IS 'One row per news_ingest DAG run: how many URLs were discovered and what became of them. discovered = loaded + unchanged + duplicates + rejected.';
COMMENT ON COLUMN news.ingest_runs.run_id IS 'Batch key of the news_ingest run: its logical date (ISO 8601) when it has one, else the Airflow run id. Every attempt at the same interval shares it.';
COMMENT ON COLUMN news.ingest_runs.dag_id IS 'Airflow DAG id (news_ingest).';
COMMENT ON COLUMN news.ingest_runs.data_interval_start IS 'Start of the DAG run''s data interval (UTC).';
COMMENT ON COLUMN news.ingest_runs.data_interval_end IS 'End of the DAG run''s data interval (UTC).';
COMMENT ON COLUMN news.ingest_runs.discovered IS 'Distinct URLs discovered from all sources in this run.';
COMMENT ON COLUMN news.ingest_runs.loaded IS 'URLs that produced a new article or a new version of one.';
COMMENT ON COLUMN news.ingest_runs.unchanged IS 'URLs skipped because they were already loaded with the same content or the same lastmod (incremental runs).';
COMMENT ON COLUMN news.ingest_runs.duplicates IS 'URLs whose article is an exact or near duplicate of an article already in the warehouse.';
COMMENT ON COLUMN news.ingest_runs.rejected IS 'URLs that failed a stage; one row each in news.ingest_rejects.';
COMMENT ON COLUMN news.ingest_runs.accounting_ok IS 'True when discovered = loaded + unchanged + duplicates + rejected.';

CREATE TABLE IF NOT EXISTS news.discovered_urls (
    run_id          text NOT NULL,
    url             text NOT NULL,
    source          text NOT NULL,
    lastmod         timestamptz,
    language_hint   text,
    outcome         text,
    article_id      text,
    PRIMARY KEY (run_id, url)
);
COMMENT ON TABLE news.discovered_urls IS 'Every URL discovered in a run and its outcome, so that no URL is unaccounted for.';
COMMENT ON COLUMN news.discovered_urls.run_id IS 'Batch key (logical date, else Airflow run id) of the news_ingest run that discovered the URL.';
COMMENT ON COLUMN news.discovered_urls.url IS 'The URL as listed by the feed, sitemap or URL list.';
COMMENT ON COLUMN news.discovered_urls.source IS 'Name of the source (sources.yaml) that listed the URL.';
COMMENT ON COLUMN news.discovered_urls.lastmod IS 'Last-modified date announced by the feed or sitemap (UTC), if any.';
COMMENT ON COLUMN news.discovered_urls.language_hint IS 'Language announced by the source configuration, if any.';
COMMENT ON COLUMN news.discovered_urls.outcome IS 'loaded | unchanged | duplicate | rejected; null while the run is in progress.';
COMMENT ON COLUMN news.discovered_urls.article_id IS 'The article the URL became (or duplicates), when there is one.';

CREATE TABLE IF NOT EXISTS news.raw_pages (
    run_id          text NOT NULL,
    url             text NOT NULL,
    final_url       text,
    status          integer,
    fetched_at      timestamptz NOT NULL,
    sha256          text,
    bytes           bigint,
    content_type    text,
    encoding        text,
    etag            text,
    last_modified   text,
    PRIMARY KEY (run_id, url)
);
COMMENT ON TABLE news.raw_pages IS 'One row per HTTP fetch of an article page. The body is archived gzip-compressed in the raw store under its sha256, for replay (reparse) without the network.';
COMMENT ON COLUMN news.raw_pages.run_id IS 'Batch key (logical date, else Airflow run id) of the fetching run.';
COMMENT ON COLUMN news.raw_pages.url IS 'Requested URL.';
COMMENT ON COLUMN news.raw_pages.final_url IS 'URL after redirects.';
COMMENT ON COLUMN news.raw_pages.status IS 'HTTP status of the final response (304 = not modified since the last fetch).';
COMMENT ON COLUMN news.raw_pages.fetched_at IS 'When the response was received (UTC).';
COMMENT ON COLUMN news.raw_pages.sha256 IS 'sha256 of the raw body = its key in the raw store; null when no body was stored.';
COMMENT ON COLUMN news.raw_pages.bytes IS 'Size of the raw body in bytes.';
COMMENT ON COLUMN news.raw_pages.content_type IS 'Content-Type header of the response.';
COMMENT ON COLUMN news.raw_pages.encoding IS 'Character encoding used to decode the body (header, then meta, then detection).';
COMMENT ON COLUMN news.raw_pages.etag IS 'ETag header, sent back as If-None-Match on the next fetch.';
COMMENT ON COLUMN news.raw_pages.last_modified IS 'Last-Modified header, sent back as If-Modified-Since on the next fetch.';

CREATE TABLE IF NOT EXISTS news.ingest_rejects (
    run_id          text NOT NULL,
    url             text NOT NULL,
    stage           text NOT NULL,
    reason          text NOT NULL,
    detail          text NOT NULL DEFAULT '',
    PRIMARY KEY (run_id, url)
);
COMMENT ON TABLE news.ingest_rejects IS 'URLs that could not become an article, one row per URL and run, with a stable reason code. Nothing is dropped silently.';
COMMENT ON COLUMN news.ingest_rejects.run_id IS 'Batch key (logical date, else Airflow run id) of the news_ingest run.';
COMMENT ON COLUMN news.ingest_rejects.url IS 'The discovered URL that failed.';
COMMENT ON COLUMN news.ingest_rejects.stage IS 'discover | fetch | parse | clean: the stage that failed.';
COMMENT ON COLUMN news.ingest_rejects.reason IS 'Reason code: http_error, timeout, connection_error, too_large, not_html, robots_disallowed, blocked_address, bad_url, redirect_loop, bad_encoding, parse_failed, empty_body, feed_error, url_not_allowed.';
COMMENT ON COLUMN news.ingest_rejects.detail IS 'Human-readable explanation (status code, exception message, sizes).';

CREATE TABLE IF NOT EXISTS news.articles (
    article_id      text NOT NULL,
    version         integer NOT NULL,
    is_current      boolean NOT NULL DEFAULT true,
    canonical_url   text NOT NULL,
    url             text NOT NULL,
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
    run_id          text NOT NULL,
    duplicate_of    text,
    duplicate_kind  text,
    story_id        text NOT NULL,
    minhash         bytea,
    PRIMARY KEY (article_id, version)
);
COMMENT ON TABLE news.articles IS 'One row per version of a news article. Duplicates are kept and point to their canonical copy (duplicate_of); count stories with story_id. Use is_current to get the latest version.';
COMMENT ON COLUMN news.articles.article_id IS 'Stable article id: first 16 hex chars of sha256(canonical_url).';
COMMENT ON COLUMN news.articles.version IS 'Version number, 1 for the first fetch; a new version is created when the same URL comes back with a changed body.';
COMMENT ON COLUMN news.articles.is_current IS 'True for the latest version of the article.';
COMMENT ON COLUMN news.articles.canonical_url IS 'Canonical URL: link rel=canonical / og:url, normalized (lower-case host, no tracking parameters, sorted query).';
COMMENT ON COLUMN news.articles.url IS 'URL the article was fetched from.';
COMMENT ON COLUMN news.articles.source IS 'Source name from sources.yaml.';
COMMENT ON COLUMN news.articles.language IS 'ISO 639-1 language of the article (en, de, fr, he, ar) as finally decided.';
COMMENT ON COLUMN news.articles.language_declared IS 'Language the page declares (URL path, html lang, metadata).';
COMMENT ON COLUMN news.articles.language_detected IS 'Language detected from the text.';
COMMENT ON COLUMN news.articles.language_mismatch IS 'True when declared and detected languages disagree.';
COMMENT ON COLUMN news.articles.title IS 'Headline.';
COMMENT ON COLUMN news.articles.description IS 'Standfirst / meta description.';
COMMENT ON COLUMN news.articles.authors IS 'Author names as listed on the page.';
COMMENT ON COLUMN news.articles.published_at IS 'Publication time (UTC).';
COMMENT ON COLUMN news.articles.modified_at IS 'Last modification time announced by the page (UTC).';
COMMENT ON COLUMN news.articles.tags IS 'Topic tags listed on the page.';
COMMENT ON COLUMN news.articles.body IS 'Cleaned body text (Unicode NFC, whitespace normalized, boilerplate lines removed); paragraphs separated by blank lines. Mention offsets (char_start, char_end) index this text.';
COMMENT ON COLUMN news.articles.body_raw IS 'Body text as extracted from the page, before cleaning.';
COMMENT ON COLUMN news.articles.body_sha256 IS 'sha256 of the cleaned body, used for exact-duplicate detection and change detection.';
COMMENT ON COLUMN news.articles.word_count IS 'Number of words in the cleaned body.';
COMMENT ON COLUMN news.articles.adapter IS 'Parser adapter that produced the record (i24, generic).';
COMMENT ON COLUMN news.articles.adapter_version IS 'Version of that adapter.';
COMMENT ON COLUMN news.articles.raw_sha256 IS 'Key of the raw page in the raw store.';
COMMENT ON COLUMN news.articles.fetched_at IS 'When the page of this version was fetched (UTC).';
COMMENT ON COLUMN news.articles.run_id IS 'Batch key (logical date, else Airflow run id) of the news_ingest run that loaded this version.';
COMMENT ON COLUMN news.articles.duplicate_of IS 'article_id of the canonical copy when this article is a duplicate; null for canonical articles.';
COMMENT ON COLUMN news.articles.duplicate_kind IS 'exact_url | exact_body | near (MinHash) when duplicate_of is set.';
COMMENT ON COLUMN news.articles.story_id IS 'Story cluster id: the article_id of the canonical copy. Count distinct story_id to count stories, not copies.';
COMMENT ON COLUMN news.articles.minhash IS 'MinHash signature of the cleaned body (near-duplicate detection across runs).';
CREATE UNIQUE INDEX IF NOT EXISTS articles_current_uq ON news.articles (article_id) WHERE is_current;
CREATE INDEX IF NOT EXISTS articles_published_at_idx ON news.articles (published_at);
CREATE INDEX IF NOT EXISTS articles_body_sha256_idx ON news.articles (body_sha256);
CREATE INDEX IF NOT EXISTS articles_story_idx ON news.articles (story_id);

CREATE TABLE IF NOT EXISTS news.deployment_mentions (
    mention_id        text PRIMARY KEY,
    article_id        text NOT NULL,
    article_version   integer NOT NULL,
    story_id          text NOT NULL,
    run_id            text NOT NULL,
    is_current        boolean NOT NULL DEFAULT true,
    troop_count_min   bigint,
    troop_count_max   bigint,
    count_precision   text NOT NULL,
    count_text        text NOT NULL,
    char_start        integer NOT NULL,
    char_end          integer NOT NULL,
    actor_country     text,
    location_country  text,
    mention_type      text NOT NULL,
    attribution       text NOT NULL,
    attribution_source text,
    confidence        real NOT NULL,
    sentence          text NOT NULL,
    language          text,
    extractor_version text NOT NULL
);
COMMENT ON TABLE news.deployment_mentions IS 'Published troop-count mentions: one row per number of soldiers/troops found in an article (canonical copies only), validated by Great Expectations. Rows that failed validation are in news.mentions_quarantine instead.';
COMMENT ON COLUMN news.deployment_mentions.mention_id IS 'Stable id: article_id:v<version>:<char_start>-<char_end>.';
COMMENT ON COLUMN news.deployment_mentions.article_id IS 'Article the mention was found in (news.articles).';
COMMENT ON COLUMN news.deployment_mentions.article_version IS 'Version of the article the offsets refer to.';
COMMENT ON COLUMN news.deployment_mentions.story_id IS 'Story cluster of the article; count distinct story_id to count stories.';
COMMENT ON COLUMN news.deployment_mentions.run_id IS 'Batch key (logical date, else Airflow run id) of the deployment_mentions run that published the row.';
COMMENT ON COLUMN news.deployment_mentions.is_current IS 'False once superseded by a newer article version or a newer extractor version.';
COMMENT ON COLUMN news.deployment_mentions.troop_count_min IS 'Lowest number of troops the text allows (null when only an upper bound is given).';
COMMENT ON COLUMN news.deployment_mentions.troop_count_max IS 'Highest number of troops the text allows (null when open-ended, e.g. "more than 1,000" or "millions").';
COMMENT ON COLUMN news.deployment_mentions.count_precision IS 'exact | approximate (about, etwa, environ) | lower_bound (more than) | upper_bound (up to) | range (between x and y) | vague (thousands, Tausende, des milliers).';
COMMENT ON COLUMN news.deployment_mentions.count_text IS 'The number phrase exactly as written, with its qualifier (e.g. "etwa 1.500").';
COMMENT ON COLUMN news.deployment_mentions.char_start IS 'Start offset (0-based, in characters) of count_text in news.articles.body.';
COMMENT ON COLUMN news.deployment_mentions.char_end IS 'End offset (exclusive) of count_text in news.articles.body.';
COMMENT ON COLUMN news.deployment_mentions.actor_country IS 'Whose troops: ISO 3166-1 alpha-3 code, NATO or UN; null when unknown.';
COMMENT ON COLUMN news.deployment_mentions.location_country IS 'Where the troops are or are going: ISO 3166-1 alpha-3 code; null when unknown.';
COMMENT ON COLUMN news.deployment_mentions.mention_type IS 'deployment | force_size | casualties | withdrawal | training | other.';
COMMENT ON COLUMN news.deployment_mentions.attribution IS 'reported (according to, Berichten zufolge, selon) | quoted (inside a quotation) | stated (plain narration).';
COMMENT ON COLUMN news.deployment_mentions.attribution_source IS 'Who reported or said it (e.g. CNN, Zelensky), when the text names them.';
COMMENT ON COLUMN news.deployment_mentions.confidence IS 'Extractor confidence in [0, 1].';
COMMENT ON COLUMN news.deployment_mentions.sentence IS 'The evidence sentence containing the mention.';
COMMENT ON COLUMN news.deployment_mentions.language IS 'Language of the article (en, de, fr, ...).';
COMMENT ON COLUMN news.deployment_mentions.extractor_version IS 'Version of the mention extractor that produced the row.';
CREATE INDEX IF NOT EXISTS mentions_actor_idx ON news.deployment_mentions (actor_country);
CREATE INDEX IF NOT EXISTS mentions_location_idx ON news.deployment_mentions (location_country);
CREATE INDEX IF NOT EXISTS mentions_type_idx ON news.deployment_mentions (mention_type);
CREATE INDEX IF NOT EXISTS mentions_article_idx ON news.deployment_mentions (article_id, article_version);

-- Staging: a run's freshly extracted mentions, before validation splits them into published and quarantined.
CREATE TABLE IF NOT EXISTS news.mentions_staging (LIKE news.deployment_mentions INCLUDING DEFAULTS INCLUDING COMMENTS);
COMMENT ON TABLE news.mentions_staging IS 'Working table: mentions extracted by a deployment_mentions run, waiting for validation. Emptied for a run once it is published.';
ALTER TABLE news.mentions_staging DROP CONSTRAINT IF EXISTS mentions_staging_pkey;
ALTER TABLE news.mentions_staging ADD CONSTRAINT mentions_staging_pkey PRIMARY KEY (run_id, mention_id);

CREATE TABLE IF NOT EXISTS news.mentions_quarantine (
    LIKE news.deployment_mentions INCLUDING DEFAULTS INCLUDING COMMENTS,
    failed_expectations text[] NOT NULL,
    PRIMARY KEY (mention_id)
);
COMMENT ON TABLE news.mentions_quarantine IS 'Mentions that failed a Great Expectations check: kept here with the names of the expectations they broke, never dropped.';
COMMENT ON COLUMN news.mentions_quarantine.failed_expectations IS 'Names of the expectations this row broke.';

CREATE TABLE IF NOT EXISTS news.validation_runs (
    dag_id                  text NOT NULL,
    run_id                  text NOT NULL,
    suite_name              text NOT NULL,
    suite_version           text NOT NULL,
    success                 boolean NOT NULL,
    rows_validated          integer NOT NULL,
    rows_quarantined        integer NOT NULL,
    evaluated_expectations  integer NOT NULL,
    failed_expectations     integer NOT NULL,
    failed_expectation_counts jsonb NOT NULL DEFAULT '{}',
    result_json             jsonb,
    data_docs_url           text,
    validated_at            timestamptz NOT NULL,
    PRIMARY KEY (dag_id, run_id, suite_name)
);
COMMENT ON TABLE news.validation_runs IS 'One row per Great Expectations validation of a run''s mentions: did it pass, which expectations failed and how often, where the Data Docs are.';
COMMENT ON COLUMN news.validation_runs.dag_id IS 'Airflow DAG id.';
COMMENT ON COLUMN news.validation_runs.run_id IS 'Batch key (logical date, else Airflow run id) of the validated run.';
COMMENT ON COLUMN news.validation_runs.suite_name IS 'Expectation suite name.';
COMMENT ON COLUMN news.validation_runs.suite_version IS 'Version of the suite (kept as code in news_etl.validate).';
COMMENT ON COLUMN news.validation_runs.success IS 'True when every expectation passed.';
COMMENT ON COLUMN news.validation_runs.rows_validated IS 'Mentions in the validated batch.';
COMMENT ON COLUMN news.validation_runs.rows_quarantined IS 'Mentions moved to news.mentions_quarantine.';
COMMENT ON COLUMN news.validation_runs.evaluated_expectations IS 'Number of expectations evaluated.';
COMMENT ON COLUMN news.validation_runs.failed_expectations IS 'Number of expectations that failed.';
COMMENT ON COLUMN news.validation_runs.failed_expectation_counts IS 'JSON object: failed expectation name -> number of unexpected rows.';
COMMENT ON COLUMN news.validation_runs.result_json IS 'The full Great Expectations validation result.';
COMMENT ON COLUMN news.validation_runs.data_docs_url IS 'Where the Data Docs page of this validation is (file:// or object storage URL).';
COMMENT ON COLUMN news.validation_runs.validated_at IS 'When the validation ran (UTC).';

CREATE TABLE IF NOT EXISTS news.countries (
    code        text PRIMARY KEY,
    alpha2      text,
    name_en     text NOT NULL,
    name_de     text,
    name_fr     text,
    kind        text NOT NULL DEFAULT 'country'
);
COMMENT ON TABLE news.countries IS 'Reference list of actor/location codes: ISO 3166-1 countries plus the organisations NATO and UN.';
COMMENT ON COLUMN news.countries.code IS 'ISO 3166-1 alpha-3 code, or NATO / UN.';
COMMENT ON COLUMN news.countries.alpha2 IS 'ISO 3166-1 alpha-2 code (null for organisations).';
COMMENT ON COLUMN news.countries.name_en IS 'English name.';
COMMENT ON COLUMN news.countries.name_de IS 'German name.';
COMMENT ON COLUMN news.countries.name_fr IS 'French name.';
COMMENT ON COLUMN news.countries.kind IS 'country | organisation.';
