-- 004: actors beyond states. Whose troops may be a state (ISO alpha-3), an international body (UN, NATO, EU,
-- AU, ECOWAS) or an organized non-state armed group (HEZBOLLAH, HAMAS, ISIS, ...): the mention column
-- actor_country becomes actor_code, actor_kind tells the three apart, news.actors lists the non-state codes.
-- Existing rows are kept (renamed in place, kinds filled). Re-runnable: every step checks what is there.

CREATE TABLE IF NOT EXISTS news.actors (
    code        text PRIMARY KEY,
    kind        text NOT NULL CHECK (kind IN ('international', 'non_state')),
    name_en     text NOT NULL,
    name_de     text,
    name_fr     text,
    name_ar     text,
    name_he     text
);
COMMENT ON TABLE news.actors IS 'Reference list of actor codes that are not states: international bodies and missions (UN, NATO, EU, AU, ECOWAS) and organized non-state armed groups (HEZBOLLAH, HAMAS, PIJ, HOUTHIS, ISIS, TALIBAN, TTP, AL_SHABAAB, BOKO_HARAM, AL_NUSRA, RSF), with their names for analysts. States are in news.countries. Seeded from news_etl/reference/actors.csv.';
COMMENT ON COLUMN news.actors.code IS 'Actor code as stored in actor_code: upper case, underscores between words.';
COMMENT ON COLUMN news.actors.kind IS 'international (a body or mission of states) | non_state (an organized armed group).';
COMMENT ON COLUMN news.actors.name_en IS 'English name.';
COMMENT ON COLUMN news.actors.name_de IS 'German name.';
COMMENT ON COLUMN news.actors.name_fr IS 'French name.';
COMMENT ON COLUMN news.actors.name_ar IS 'Arabic name.';
COMMENT ON COLUMN news.actors.name_he IS 'Hebrew name.';

-- One definition of an actor's kind, shared by the migration, the reference refresh and ad-hoc queries.
CREATE OR REPLACE FUNCTION news.actor_kind(code text) RETURNS text
    LANGUAGE sql STABLE
    AS $$
        SELECT coalesce(
            (SELECT a.kind FROM news.actors a WHERE a.code = $1),
            (SELECT CASE c.kind WHEN 'country' THEN 'state' ELSE 'international' END
             FROM news.countries c WHERE c.code = $1))
    $$;
COMMENT ON FUNCTION news.actor_kind(text) IS 'Kind of an actor code: non_state or international when news.actors lists it, state for an ISO country of news.countries (international for its organisations NATO and UN), null for null or an unknown code.';

-- The views name the old column: drop them (recreated below with the new one).
DROP VIEW IF EXISTS news.v_deployments_by_actor_month;
DROP VIEW IF EXISTS news.v_deployment_mentions;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['deployment_mentions', 'mentions_staging', 'mentions_quarantine'] LOOP
        IF EXISTS (SELECT 1 FROM information_schema.columns
                   WHERE table_schema = 'news' AND table_name = t AND column_name = 'actor_country') THEN
            EXECUTE format('ALTER TABLE news.%I RENAME COLUMN actor_country TO actor_code', t);
        END IF;
        EXECUTE format('ALTER TABLE news.%I ADD COLUMN IF NOT EXISTS actor_kind text', t);
        EXECUTE format('UPDATE news.%I SET actor_kind = news.actor_kind(actor_code)'
                       ' WHERE actor_kind IS DISTINCT FROM news.actor_kind(actor_code)', t);
        EXECUTE format($c$COMMENT ON COLUMN news.%I.actor_code IS 'Whose troops: ISO 3166-1 alpha-3 code of a state, an international body (UN, NATO, EU, AU, ECOWAS) or an organized non-state armed group (HEZBOLLAH, HAMAS, ISIS, ...; news.actors); null when unknown.'$c$, t);
        EXECUTE format($c$COMMENT ON COLUMN news.%I.actor_kind IS 'state | international | non_state (news.actor_kind(actor_code)); null when actor_code is null.'$c$, t);
    END LOOP;
END
$$;
ALTER INDEX IF EXISTS news.mentions_actor_idx RENAME TO mentions_actor_code_idx;
CREATE INDEX IF NOT EXISTS mentions_actor_code_idx ON news.deployment_mentions (actor_code);
COMMENT ON TABLE news.countries IS 'Reference list of ISO 3166-1 countries (actor and location codes) plus the organisations NATO and UN; the other non-state actor codes are in news.actors.';

CREATE VIEW news.v_deployment_mentions AS
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
    p.actor_code,
    p.actor_kind,
    coalesce(listed.name_en, actor.name_en) AS actor_name,
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
LEFT JOIN news.actors listed ON listed.code = p.actor_code
LEFT JOIN news.countries actor ON actor.code = p.actor_code
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
COMMENT ON COLUMN news.v_deployment_mentions.actor_code IS 'Whose troops: ISO 3166-1 alpha-3 code of a state, an international body (UN, NATO, EU, AU, ECOWAS) or an armed group (HEZBOLLAH, HAMAS, ISIS, ...: news.actors); null when the text does not say.';
COMMENT ON COLUMN news.v_deployment_mentions.actor_kind IS 'state | international | non_state (see news.actor_kind); null when actor_code is null.';
COMMENT ON COLUMN news.v_deployment_mentions.actor_name IS 'English name of actor_code (news.actors, else news.countries).';
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

CREATE VIEW news.v_deployments_by_actor_month AS
SELECT
    date_trunc('month', published_at AT TIME ZONE 'UTC')::date AS month,
    actor_code,
    actor_kind,
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
GROUP BY 1, 2, 3, 4, 5, 6, 7;

COMMENT ON VIEW news.v_deployments_by_actor_month IS 'Monthly totals of news.v_deployment_mentions per actor, location and mention type. Null actor or location is its own group (the text did not say). best_estimate_total adds up reported figures: two reports of the same troops both count, so it measures how much was reported, not a head count; best_estimate_max is the safer single figure.';
COMMENT ON COLUMN news.v_deployments_by_actor_month.month IS 'First day of the calendar month (UTC) the articles were published in.';
COMMENT ON COLUMN news.v_deployments_by_actor_month.actor_code IS 'Whose troops: a state (ISO 3166-1 alpha-3), an international body or an armed group (news.actors); null when the text does not say.';
COMMENT ON COLUMN news.v_deployments_by_actor_month.actor_kind IS 'state | international | non_state; null when actor_code is null.';
COMMENT ON COLUMN news.v_deployments_by_actor_month.actor_name IS 'English name of actor_code.';
COMMENT ON COLUMN news.v_deployments_by_actor_month.location_country IS 'Where the troops are or are going: ISO 3166-1 alpha-3 code; null when the text does not say.';
COMMENT ON COLUMN news.v_deployments_by_actor_month.location_name IS 'English name of location_country.';
COMMENT ON COLUMN news.v_deployments_by_actor_month.mention_type IS 'deployment | force_size | casualties | withdrawal | training | other.';
COMMENT ON COLUMN news.v_deployments_by_actor_month.mentions IS 'Number of claims (rows of news.v_deployment_mentions) in the group.';
COMMENT ON COLUMN news.v_deployments_by_actor_month.stories IS 'Number of distinct stories carrying those claims.';
COMMENT ON COLUMN news.v_deployments_by_actor_month.estimated_mentions IS 'Claims with a best estimate (all but the vague ones).';
COMMENT ON COLUMN news.v_deployments_by_actor_month.best_estimate_total IS 'Sum of the claims'' best estimates (see news.best_estimate); null when no claim has one.';
COMMENT ON COLUMN news.v_deployments_by_actor_month.best_estimate_max IS 'Largest single best estimate in the group.';
COMMENT ON COLUMN news.v_deployments_by_actor_month.largest_reported IS 'Largest number any claim in the group allows (max, else min), vague ones included: an upper reading, not an estimate.';
