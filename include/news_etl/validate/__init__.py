"""Great Expectations validation of the warehouse batches, quarantine of offending rows, validation records.

Importing this package is cheap: Great Expectations and pandas are imported only when a validation runs.
"""

from news_etl.validate.claim_batch import validate_claims
from news_etl.validate.ingest_accounting import validate_ingest_accounting
from news_etl.validate.mention_batch import validate_batch
from news_etl.validate.outcome import ValidationFailed, ValidationOutcome, raise_if_failed

__all__ = [
    "ValidationFailed",
    "ValidationOutcome",
    "raise_if_failed",
    "validate_batch",
    "validate_claims",
    "validate_ingest_accounting",
]
