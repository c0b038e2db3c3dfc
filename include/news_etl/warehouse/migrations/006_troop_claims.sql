-- 006: troop claims and estimates over time. The published mentions grouped into distinct claims (one figure for
-- one actor, location and mention type from one claimant, however many articles and outlets repeat it), the
-- claimant list they are attributed to, and the weekly estimate series built from them.
-- Re-runnable: IF NOT EXISTS / OR REPLACE throughout.

CREATE TABLE IF NOT EXISTS news.claimants (
    code        text PRIMARY KEY,
    country     text,
    kind        text NOT NULL,
    name_en     text NOT NULL,
    aliases     text[] NOT NULL DEFAULT '{}'
);
COMMENT ON TABLE news.claimants IS 'Reference list of who makes troop claims: ministries, intelligence services, armed forces, heads of state, governments, UN bodies and news organisations, with the aliases a speaker named in the text is matched against. Seeded from news_etl/reference/claimants.csv. A claim whose speaker is in no alias is attributed to the speaker as written (kind unlisted); one stated in an article''s own voice to its outlet (kind outlet).';
COMMENT ON COLUMN news.claimants.code IS 'Claimant code: <ISO alpha-3>_<body> (USA_DOD, KOR_NIS, UKR_MOD, RUS_MOD, ...), UN, NATO, or a news organisation (REUTERS, CNN, ...).';
COMMENT ON COLUMN news.claimants.country IS 'ISO 3166-1 alpha-3 code of the state the claimant speaks for; null for international bodies and most news organisations.';
COMMENT ON COLUMN news.claimants.kind IS 'ministry | intelligence | armed_forces | head_of_state | government (a state, body unspecified) | international | media.';
COMMENT ON COLUMN news.claimants.name_en IS 'English name.';
COMMENT ON COLUMN news.claimants.aliases IS 'Lower-case names a speaker is matched against as whole words (English, German, French); a named body beats its country''s unspecified government, a longer alias a shorter one; aliases of three letters or fewer match only a word in capitals.';

CREATE TABLE IF NOT EXISTS news.troop_claims (
    claim_id          text PRIMARY KEY,
    actor_code        text NOT NULL,
    actor_kind        text,
    location_country  text,
    mention_type      text NOT NULL,
    claimant          text NOT NULL,
    claimant_kind     text NOT NULL,
    value_low         bigint,
    value_high        bigint,
    best              bigint NOT NULL,
    count_precision   text NOT NULL,
    first_seen        timestamptz NOT NULL,
    last_seen         timestamptz NOT NULL,
    n_articles        integer NOT NULL,
    n_outlets         integer NOT NULL,
    outlets           text[] NOT NULL,
    revises_claim_id  text REFERENCES news.troop_claims (claim_id),
    window_days       integer NOT NULL
);
COMMENT ON TABLE news.troop_claims IS 'One row per distinct troop claim: one figure for one actor, location and mention type from one claimant. Mentions with the same actor, location, type and claimant whose values overlap and that were published within window_days of the claim''s last supporting mention are one claim, however many articles and outlets repeat it; a different value is a new claim, which revises the claimant''s previous claim of the series (revises_claim_id). Built by the deployment_mentions DAG (task build_claims) from the current published mentions (vague ones excluded, the actor known); rebuilt from scratch on reextract. Supporting mentions: news.troop_claim_mentions.';
COMMENT ON COLUMN news.troop_claims.claim_id IS 'Stable id: first 16 hex chars of sha256 of the series, claimant and founding mention id; the same mentions always give the same ids.';
COMMENT ON COLUMN news.troop_claims.actor_code IS 'Whose troops: a state (ISO alpha-3), an international body or an armed group (news.actors).';
COMMENT ON COLUMN news.troop_claims.actor_kind IS 'state | international | non_state.';
COMMENT ON COLUMN news.troop_claims.location_country IS 'Where: ISO 3166-1 alpha-3 code; null when the text does not say (e.g. the size of a whole army).';
COMMENT ON COLUMN news.troop_claims.mention_type IS 'deployment | force_size | casualties | withdrawal | training | other.';
COMMENT ON COLUMN news.troop_claims.claimant IS 'Who made the claim: a code of news.claimants (USA_DOD, KOR_NIS, ...), the outlet (news.articles.source) for its own reporting, or the speaker as written when unlisted.';
COMMENT ON COLUMN news.troop_claims.claimant_kind IS 'The claimant''s kind in news.claimants, outlet (the article''s own voice), or unlisted (a named speaker not in news.claimants).';
COMMENT ON COLUMN news.troop_claims.value_low IS 'Lowest number the claim allows: what all its supporting mentions allow (the intersection of their bounds); null when open below ("up to 5,000").';
COMMENT ON COLUMN news.troop_claims.value_high IS 'Highest number the claim allows; null when open above ("more than 10,000").';
COMMENT ON COLUMN news.troop_claims.best IS 'news.best_estimate(value_low, value_high, count_precision): the single figure of the claim.';
COMMENT ON COLUMN news.troop_claims.count_precision IS 'The most informative precision among the supporting mentions: exact, approximate, range, lower_bound, upper_bound in that order.';
COMMENT ON COLUMN news.troop_claims.first_seen IS 'Publication time (UTC) of the first supporting article.';
COMMENT ON COLUMN news.troop_claims.last_seen IS 'Publication time (UTC) of the latest supporting article.';
COMMENT ON COLUMN news.troop_claims.n_articles IS 'Distinct articles (stories: mentions come from canonical copies) repeating the claim.';
COMMENT ON COLUMN news.troop_claims.n_outlets IS 'Distinct outlets (news.articles.source) repeating the claim.';
COMMENT ON COLUMN news.troop_claims.outlets IS 'Those outlets, sorted.';
COMMENT ON COLUMN news.troop_claims.revises_claim_id IS 'The same claimant''s previous claim of the same series when it stated another value (a revision); null otherwise.';
COMMENT ON COLUMN news.troop_claims.window_days IS 'The grouping window the claim was built with (setting NEWS_ETL_CLAIM_WINDOW_DAYS).';
CREATE INDEX IF NOT EXISTS troop_claims_series_idx ON news.troop_claims (actor_code, location_country, mention_type, first_seen);
CREATE INDEX IF NOT EXISTS troop_claims_claimant_idx ON news.troop_claims (claimant);
CREATE INDEX IF NOT EXISTS troop_claims_revises_idx ON news.troop_claims (revises_claim_id);

CREATE TABLE IF NOT EXISTS news.troop_claim_mentions (
    claim_id      text NOT NULL REFERENCES news.troop_claims (claim_id) ON DELETE CASCADE,
    mention_id    text NOT NULL UNIQUE,
    article_id    text NOT NULL,
    outlet        text NOT NULL,
    published_at  timestamptz NOT NULL,
    PRIMARY KEY (claim_id, mention_id)
);
COMMENT ON TABLE news.troop_claim_mentions IS 'Every mention supporting a claim: one row per mention of news.deployment_mentions that is part of a news.troop_claims row (each mention supports at most one claim).';
COMMENT ON COLUMN news.troop_claim_mentions.claim_id IS 'The claim (news.troop_claims).';
COMMENT ON COLUMN news.troop_claim_mentions.mention_id IS 'The supporting mention (news.deployment_mentions).';
COMMENT ON COLUMN news.troop_claim_mentions.article_id IS 'Article the mention was found in (news.articles).';
COMMENT ON COLUMN news.troop_claim_mentions.outlet IS 'Outlet of that article (news.articles.source).';
COMMENT ON COLUMN news.troop_claim_mentions.published_at IS 'Publication time of that article (UTC; the fetch time when the page gives none).';

-- The weekly series. A week's estimate comes from the claims repeated that week (one of their supporting
-- articles published in it); a week without any carries the last estimate forward, for at most 13 weeks.
CREATE OR REPLACE VIEW news.v_troop_estimates AS
WITH claim_weeks AS (
    SELECT c.claim_id, c.actor_code, c.actor_kind, c.location_country, c.mention_type, c.claimant,
           coalesce(c.value_low, c.value_high) AS low, coalesce(c.value_high, c.value_low) AS high, c.best,
           date_trunc('week', l.published_at AT TIME ZONE 'UTC')::date AS period_start,
           count(DISTINCT l.outlet) AS outlets_that_week,
           array_agg(DISTINCT l.outlet) AS outlets
    FROM news.troop_claims c
    JOIN news.troop_claim_mentions l ON l.claim_id = c.claim_id
    GROUP BY c.claim_id, period_start
),
reported AS (
    SELECT actor_code, actor_kind, location_country, mention_type, period_start,
           min(low) AS low, max(high) AS high,
           count(*)::integer AS n_claims,
           array_agg(DISTINCT claimant ORDER BY claimant) AS claimants
    FROM claim_weeks
    GROUP BY actor_code, actor_kind, location_country, mention_type, period_start
),
-- The weighted median: each claim counted once per outlet that repeated it that week.
weighted AS (
    SELECT w.actor_code, w.location_country, w.mention_type, w.period_start,
           round(percentile_cont(0.5) WITHIN GROUP (ORDER BY w.best)::numeric)::bigint AS best,
           count(DISTINCT o.outlet)::integer AS n_outlets
    FROM claim_weeks w
    CROSS JOIN LATERAL unnest(w.outlets) AS o(outlet)
    GROUP BY w.actor_code, w.location_country, w.mention_type, w.period_start
),
series_weeks AS (
    SELECT s.actor_code, s.location_country, s.mention_type, week::date AS period_start
    FROM (SELECT actor_code, location_country, mention_type, min(period_start) AS first_week
          FROM reported GROUP BY 1, 2, 3) s
    CROSS JOIN (SELECT max(period_start) AS last_week FROM reported) h
    CROSS JOIN LATERAL generate_series(s.first_week, h.last_week, interval '1 week') AS week
)
SELECT
    sw.actor_code,
    r.actor_kind,
    sw.location_country,
    sw.mention_type,
    sw.period_start,
    r.low,
    r.high,
    w.best,
    r.n_claims,
    w.n_outlets,
    r.claimants,
    r.period_start <> sw.period_start AS carried,
    r.period_start AS estimate_week
FROM series_weeks sw
CROSS JOIN LATERAL (
    SELECT * FROM reported r
    WHERE r.actor_code = sw.actor_code AND r.location_country IS NOT DISTINCT FROM sw.location_country
      AND r.mention_type = sw.mention_type AND r.period_start <= sw.period_start
    ORDER BY r.period_start DESC
    LIMIT 1
) r
JOIN weighted w ON w.actor_code = r.actor_code AND w.location_country IS NOT DISTINCT FROM r.location_country
               AND w.mention_type = r.mention_type AND w.period_start = r.period_start
WHERE sw.period_start - r.period_start <= 7 * 13;

COMMENT ON VIEW news.v_troop_estimates IS 'Start here for "how many, week by week". One row per actor, location, mention type and week (Monday, UTC) from the series'' first claim to the latest week with any claim. A week''s estimate comes from the claims repeated that week: low and high span them all, best is their median weighted by the outlets repeating each. A week without a claim carries the last estimate forward (carried = true) for at most 13 weeks: an older figure is stale, not an estimate.';
COMMENT ON COLUMN news.v_troop_estimates.actor_code IS 'Whose troops (state, international body or armed group).';
COMMENT ON COLUMN news.v_troop_estimates.actor_kind IS 'state | international | non_state.';
COMMENT ON COLUMN news.v_troop_estimates.location_country IS 'Where: ISO 3166-1 alpha-3 code; null when the claims do not say.';
COMMENT ON COLUMN news.v_troop_estimates.mention_type IS 'deployment | force_size | casualties | withdrawal | training | other.';
COMMENT ON COLUMN news.v_troop_estimates.period_start IS 'Monday (UTC) of the week.';
COMMENT ON COLUMN news.v_troop_estimates.low IS 'Lowest figure of the week''s claims (each claim''s low, or its high when open below).';
COMMENT ON COLUMN news.v_troop_estimates.high IS 'Highest figure of the week''s claims (each claim''s high, or its low when open above).';
COMMENT ON COLUMN news.v_troop_estimates.best IS 'Median of the week''s claims'' best figures, each claim weighted by the number of outlets repeating it that week (two equally weighted claims: their mean, rounded half away from zero). Always within low..high.';
COMMENT ON COLUMN news.v_troop_estimates.n_claims IS 'Distinct claims behind the estimate.';
COMMENT ON COLUMN news.v_troop_estimates.n_outlets IS 'Distinct outlets repeating those claims in the estimate''s week.';
COMMENT ON COLUMN news.v_troop_estimates.claimants IS 'Who made those claims (news.troop_claims.claimant), sorted.';
COMMENT ON COLUMN news.v_troop_estimates.carried IS 'True when no claim was repeated this week and the row carries the estimate of estimate_week forward.';
COMMENT ON COLUMN news.v_troop_estimates.estimate_week IS 'The week the estimate comes from (= period_start unless carried).';
