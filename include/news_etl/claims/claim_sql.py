"""SQL of the build_claims stage (claims/store.py), as named constants; values are parameters."""

from __future__ import annotations

# A mention can found or support a claim when it is current, published, says whose troops, gives a number (a
# vague "thousands" is the extractor's reading of a word, not a claimed figure) and its article has a date.
_CLAIMABLE = """news.deployment_mentions m
JOIN news.articles a ON a.article_id = m.article_id AND a.version = m.article_version"""
_ELIGIBLE = """m.is_current AND m.actor_code IS NOT NULL AND m.count_precision <> 'vague'
    AND (m.troop_count_min IS NOT NULL OR m.troop_count_max IS NOT NULL)
    AND coalesce(a.published_at, a.fetched_at) IS NOT NULL"""

# Series whose claims are out of date: a claimable mention that supports no claim of its series yet, or a claim
# supported by a mention that is no longer claimable or no longer of the claim's series (superseded by a new
# article version or extraction). Both the old and the new series of a moved mention are rebuilt.
_SAME_SERIES = """c.actor_code = m.actor_code AND c.location_country IS NOT DISTINCT FROM m.location_country
    AND c.mention_type = m.mention_type"""
STALE_SERIES_SQL = f"""
SELECT m.actor_code, m.location_country, m.mention_type
FROM {_CLAIMABLE}
WHERE {_ELIGIBLE}
  AND NOT EXISTS (SELECT 1 FROM news.troop_claim_mentions l JOIN news.troop_claims c ON c.claim_id = l.claim_id
                  WHERE l.mention_id = m.mention_id AND {_SAME_SERIES})
UNION
SELECT c.actor_code, c.location_country, c.mention_type
FROM news.troop_claims c
JOIN news.troop_claim_mentions l ON l.claim_id = c.claim_id
WHERE NOT EXISTS (SELECT 1 FROM {_CLAIMABLE} WHERE m.mention_id = l.mention_id AND {_ELIGIBLE} AND {_SAME_SERIES})
"""
ALL_SERIES_SQL = f"""
SELECT DISTINCT m.actor_code, m.location_country, m.mention_type FROM {_CLAIMABLE} WHERE {_ELIGIBLE}
UNION
SELECT actor_code, location_country, mention_type FROM news.troop_claims
"""
_SERIES = (
    """unnest(%(actors)s::text[], %(locations)s::text[], %(types)s::text[]) AS s(actor, location, type)"""
)
_IN_SERIES = """{t}.actor_code = s.actor AND {t}.location_country IS NOT DISTINCT FROM s.location
    AND {t}.mention_type = s.type"""
SERIES_MENTIONS_SQL = f"""
SELECT m.mention_id, m.article_id, a.source, coalesce(a.published_at, a.fetched_at) AS published_at,
       m.actor_code, m.actor_kind, m.location_country, m.mention_type, m.troop_count_min, m.troop_count_max,
       m.count_precision, m.attribution, m.attribution_source
FROM {_CLAIMABLE}
JOIN {_SERIES} ON {_IN_SERIES.format(t="m")}
WHERE {_ELIGIBLE}
"""
DELETE_SERIES_CLAIMS_SQL = f"DELETE FROM news.troop_claims c USING {_SERIES} WHERE {_IN_SERIES.format(t='c')}"
INSERT_CLAIM_SQL = """
INSERT INTO news.troop_claims (claim_id, actor_code, actor_kind, location_country, mention_type, claimant,
    claimant_kind, value_low, value_high, best, count_precision, first_seen, last_seen, n_articles, n_outlets,
    outlets, revises_claim_id, window_days)
VALUES (%(claim_id)s, %(actor_code)s, %(actor_kind)s, %(location_country)s, %(mention_type)s, %(claimant)s,
    %(claimant_kind)s, %(value_low)s, %(value_high)s,
    news.best_estimate(%(value_low)s, %(value_high)s, %(count_precision)s), %(count_precision)s,
    %(first_seen)s, %(last_seen)s, %(n_articles)s, %(n_outlets)s, %(outlets)s, %(revises_claim_id)s,
    %(window_days)s)
"""
INSERT_CLAIM_MENTION_SQL = """
INSERT INTO news.troop_claim_mentions (claim_id, mention_id, article_id, outlet, published_at)
VALUES (%(claim_id)s, %(mention_id)s, %(article_id)s, %(outlet)s, %(published_at)s)
"""
# What the claims suite checks: every claim with the number of mentions supporting it.
CLAIMS_TO_VALIDATE_SQL = """
SELECT c.claim_id, c.value_low, c.value_high, c.best, c.n_articles, c.n_outlets,
       (SELECT count(*) FROM news.troop_claim_mentions l WHERE l.claim_id = c.claim_id) AS supporting_mentions
FROM news.troop_claims c
ORDER BY c.claim_id
"""
