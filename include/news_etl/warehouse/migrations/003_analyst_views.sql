-- 003: what analysts query: the report clock news.as_of(), the best-estimate rule, two views over the published
-- mentions, and indexes for the usual filters. Re-runnable: OR REPLACE / IF NOT EXISTS throughout.

-- A report clock instead of now(), so that "last month" and "this week" can be re-run as of any date
-- (reproducible reports, back-dated questions, the demo data from 2022-2025) without editing the query.
CREATE OR REPLACE FUNCTION news.as_of() RETURNS timestamptz
    LANGUAGE sql STABLE
    AS $$ SELECT coalesce(nullif(current_setting('news.as_of', true), '')::timestamptz, now()) $$;
COMMENT ON FUNCTION news.as_of() IS 'The moment relative time windows ("last month", "this week") are measured from: the session setting news.as_of when set (SET news.as_of = ''2024-12-01T00:00:00Z''), else now(). RESET news.as_of returns to now().';

-- One definition of the single figure a mention stands for, shared by the views and by ad-hoc queries.
CREATE OR REPLACE FUNCTION news.best_estimate(troop_count_min bigint, troop_count_max bigint, count_precision text)
    RETURNS bigint
    LANGUAGE sql IMMUTABLE
    AS $$
        SELECT CASE
            WHEN count_precision = 'vague' THEN NULL
            WHEN troop_count_min IS NOT NULL AND troop_count_max IS NOT NULL
                THEN round((troop_count_min + troop_count_max) / 2.0)::bigint
            ELSE coalesce(troop_count_min, troop_count_max)
        END
    $$;
COMMENT ON FUNCTION news.best_estimate(bigint, bigint, text) IS 'Single best-estimate troop number of a mention: the midpoint of min and max when both are known (= the number itself for exact and approximate counts; rounded half away from zero), min when max is open ("more than 13,000" -> 13000), max when min is open ("up to 5,000" -> 5000), and null for vague mentions ("thousands", "Millionen"), whose bounds are the extractor''s reading of a word, not a reported figure, and would dominate any sum.';

CREATE OR REPLACE VIEW news.v_deployment_mentions AS
WITH published AS (
    SELECT
        m.*,
        a.title, a.url, a.canonical_url, a.source, a.published_at,
        -- The same phrase in the same sentence of one story is one claim, however many copies carried it.
        count(*) OVER claim AS folded_rows,
        row_number() OVER (claim ORDER BY m.article_id = m.story_id DESC, a.published_at, m.article_version DESC,
                           m.mention_id) AS claim_rank
    FROM news.deployment_mentions m
    JOIN news.articles a ON a.article_id = m.article_id AND a.version = m.article_version
    WHERE m.is_current
    WINDOW claim AS (PARTITION BY m.story_id, m.count_text, m.sentence)
)
SELECT
    p.mention_id,
    p.story_id,
    p.article_id,
    p.article_version,
    p.published_at,
    p.title,
    p.url,
    p.canonical_url,
    p.source,
    p.language,
    p.actor_country,
    actor.name_en AS actor_name,
    p.location_country,
    place.name_en AS location_name,
    p.mention_type,
    p.troop_count_min,
    p.troop_count_max,
    news.best_estimate(p.troop_count_min, p.troop_count_max, p.count_precision) AS best_estimate,
    p.count_precision,
    p.count_text,
    p.attribution,
    p.attribution_source,
    p.confidence,
    p.sentence,
    p.char_start,
    p.char_end,
    p.extractor_version,
    p.run_id,
    p.folded_rows
FROM published p
LEFT JOIN news.countries actor ON actor.code = p.actor_country
LEFT JOIN news.countries place ON place.code = p.location_country
WHERE p.claim_rank = 1;

COMMENT ON VIEW news.v_deployment_mentions IS 'Start here. Current published troop-count mentions with their article, one row per claim per story: copies of a story and superseded versions are folded away, so count rows to count claims and distinct story_id to count stories. Quarantined mentions are not here (news.mentions_quarantine).';
COMMENT ON COLUMN news.v_deployment_mentions.mention_id IS 'Stable id of the mention kept for the claim: article_id:v<version>:<char_start>-<char_end>.';
COMMENT ON COLUMN news.v_deployment_mentions.story_id IS 'Story cluster (the canonical article''s id); count distinct story_id to count stories.';
COMMENT ON COLUMN news.v_deployment_mentions.article_id IS 'Article the kept mention was found in: the story''s canonical copy when it carries the claim.';
COMMENT ON COLUMN news.v_deployment_mentions.article_version IS 'Version of that article the offsets refer to.';
COMMENT ON COLUMN news.v_deployment_mentions.published_at IS 'Publication time of the article (UTC).';
COMMENT ON COLUMN news.v_deployment_mentions.title IS 'Headline of the article.';
COMMENT ON COLUMN news.v_deployment_mentions.url IS 'URL the article was fetched from.';
COMMENT ON COLUMN news.v_deployment_mentions.canonical_url IS 'Normalized canonical URL of the article (link to cite).';
COMMENT ON COLUMN news.v_deployment_mentions.source IS 'Source name from sources.yaml.';
COMMENT ON COLUMN news.v_deployment_mentions.language IS 'ISO 639-1 language of the article (en, de, fr, ...).';
COMMENT ON COLUMN news.v_deployment_mentions.actor_country IS 'Whose troops: ISO 3166-1 alpha-3 code, NATO or UN; null when the text does not say.';
COMMENT ON COLUMN news.v_deployment_mentions.actor_name IS 'English name of actor_country (news.countries).';
COMMENT ON COLUMN news.v_deployment_mentions.location_country IS 'Where the troops are or are going: ISO 3166-1 alpha-3 code; null when the text does not say.';
COMMENT ON COLUMN news.v_deployment_mentions.location_name IS 'English name of location_country (news.countries).';
COMMENT ON COLUMN news.v_deployment_mentions.mention_type IS 'deployment | force_size | casualties | withdrawal | training | other.';
COMMENT ON COLUMN news.v_deployment_mentions.troop_count_min IS 'Lowest number of troops the text allows (null when only an upper bound is given).';
COMMENT ON COLUMN news.v_deployment_mentions.troop_count_max IS 'Highest number of troops the text allows (null when open-ended).';
COMMENT ON COLUMN news.v_deployment_mentions.best_estimate IS 'news.best_estimate(min, max, precision): midpoint of min and max, min when max is open, max when min is open, null for vague mentions. Use for sums and rankings; use min/max for bounds.';
COMMENT ON COLUMN news.v_deployment_mentions.count_precision IS 'exact | approximate | lower_bound | upper_bound | range | vague.';
COMMENT ON COLUMN news.v_deployment_mentions.count_text IS 'The number phrase exactly as written.';
COMMENT ON COLUMN news.v_deployment_mentions.attribution IS 'reported | quoted | stated: how the text presents the figure.';
COMMENT ON COLUMN news.v_deployment_mentions.attribution_source IS 'Who reported or said it, when the text names them.';
COMMENT ON COLUMN news.v_deployment_mentions.confidence IS 'Extractor confidence in [0, 1].';
COMMENT ON COLUMN news.v_deployment_mentions.sentence IS 'The evidence sentence containing the mention.';
COMMENT ON COLUMN news.v_deployment_mentions.char_start IS 'Start offset of count_text in the article body (news.articles.body).';
COMMENT ON COLUMN news.v_deployment_mentions.char_end IS 'End offset (exclusive) of count_text in the article body.';
COMMENT ON COLUMN news.v_deployment_mentions.extractor_version IS 'Version of the mention extractor that produced the row.';
COMMENT ON COLUMN news.v_deployment_mentions.run_id IS 'Batch key of the deployment_mentions run that published the row.';
COMMENT ON COLUMN news.v_deployment_mentions.folded_rows IS 'How many current mention rows of this story carried the same phrase in the same sentence (1 = nothing folded).';

CREATE OR REPLACE VIEW news.v_deployments_by_actor_month AS
SELECT
    date_trunc('month', published_at AT TIME ZONE 'UTC')::date AS month,
    actor_country,
    actor_name,
    location_country,
    location_name,
    mention_type,
    count(*) AS mentions,
    count(DISTINCT story_id) AS stories,
    count(best_estimate) AS estimated_mentions,
    sum(best_estimate)::bigint AS best_estimate_total,
    max(best_estimate) AS best_estimate_max,
    max(coalesce(troop_count_max, troop_count_min)) AS largest_reported
FROM news.v_deployment_mentions
GROUP BY 1, 2, 3, 4, 5, 6;

COMMENT ON VIEW news.v_deployments_by_actor_month IS 'Monthly totals of news.v_deployment_mentions per actor, location and mention type. Null actor or location is its own group (the text did not say). best_estimate_total adds up reported figures: two reports of the same troops both count, so it measures how much was reported, not a head count; best_estimate_max is the safer single figure.';
COMMENT ON COLUMN news.v_deployments_by_actor_month.month IS 'First day of the calendar month (UTC) the articles were published in.';
COMMENT ON COLUMN news.v_deployments_by_actor_month.actor_country IS 'Whose troops: ISO 3166-1 alpha-3 code, NATO or UN; null when the text does not say.';
COMMENT ON COLUMN news.v_deployments_by_actor_month.actor_name IS 'English name of actor_country.';
COMMENT ON COLUMN news.v_deployments_by_actor_month.location_country IS 'Where the troops are or are going: ISO 3166-1 alpha-3 code; null when the text does not say.';
COMMENT ON COLUMN news.v_deployments_by_actor_month.location_name IS 'English name of location_country.';
COMMENT ON COLUMN news.v_deployments_by_actor_month.mention_type IS 'deployment | force_size | casualties | withdrawal | training | other.';
COMMENT ON COLUMN news.v_deployments_by_actor_month.mentions IS 'Number of claims (rows of news.v_deployment_mentions) in the group.';
COMMENT ON COLUMN news.v_deployments_by_actor_month.stories IS 'Number of distinct stories carrying those claims.';
COMMENT ON COLUMN news.v_deployments_by_actor_month.estimated_mentions IS 'Claims with a best estimate (all but the vague ones).';
COMMENT ON COLUMN news.v_deployments_by_actor_month.best_estimate_total IS 'Sum of the claims'' best estimates (see news.best_estimate); null when no claim has one.';
COMMENT ON COLUMN news.v_deployments_by_actor_month.best_estimate_max IS 'Largest single best estimate in the group.';
COMMENT ON COLUMN news.v_deployments_by_actor_month.largest_reported IS 'Largest number any claim in the group allows (max, else min), vague ones included: an upper reading, not an estimate.';

-- Indexes for the usual filters beyond those of 001 (published_at, actor, location, type).
CREATE INDEX IF NOT EXISTS mentions_current_story_idx ON news.deployment_mentions (story_id) WHERE is_current;
CREATE INDEX IF NOT EXISTS mentions_run_idx ON news.deployment_mentions (run_id);
CREATE INDEX IF NOT EXISTS quarantine_run_idx ON news.mentions_quarantine (run_id);
CREATE INDEX IF NOT EXISTS quarantine_article_idx ON news.mentions_quarantine (article_id, article_version);
CREATE INDEX IF NOT EXISTS quarantine_failed_expectations_idx ON news.mentions_quarantine USING gin (failed_expectations);
CREATE INDEX IF NOT EXISTS validation_runs_validated_at_idx ON news.validation_runs (validated_at);
CREATE INDEX IF NOT EXISTS ingest_runs_interval_end_idx ON news.ingest_runs (data_interval_end);
CREATE INDEX IF NOT EXISTS ingest_rejects_reason_idx ON news.ingest_rejects (reason);
CREATE INDEX IF NOT EXISTS articles_source_published_idx ON news.articles (source, published_at);
CREATE INDEX IF NOT EXISTS articles_language_idx ON news.articles (language);
