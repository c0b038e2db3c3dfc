"""Deduplication stage: exact (canonical URL, body sha256) and near-duplicate (MinHash LSH) detection.

Signatures are persisted in news.articles.minhash and fed back through NearDuplicateIndex.from_signatures,
so duplicates are caught across runs.
"""

from news_etl.dedup.index import DEFAULT_THRESHOLD, NearDuplicateIndex
from news_etl.dedup.planner import Candidate, DedupDecision, KnownArticle, assign_duplicates
from news_etl.dedup.signature import DEFAULT_NUM_PERM, body_sha256, minhash_signature

__all__ = [
    "DEFAULT_NUM_PERM",
    "DEFAULT_THRESHOLD",
    "Candidate",
    "DedupDecision",
    "KnownArticle",
    "NearDuplicateIndex",
    "assign_duplicates",
    "body_sha256",
    "minhash_signature",
]
