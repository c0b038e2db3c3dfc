"""The Celery tests' scenario, shared by their fixtures and the tests."""

from __future__ import annotations

# Requests per second each source allows to the demo host; all three fetch tasks hit that one host.
RATE_PER_S = 4.0
# Fewer news_http slots than fetch tasks, so the pool is what holds the third one back.
POOL_SLOTS = 2
# The logical date of the LocalExecutor reference run and of the first Celery run.
REFERENCE_DATE = "2026-11-20"
