"""Retry policy for the HTTP adapter: urllib3 Retry with exponential backoff, jitter and Retry-After."""

from __future__ import annotations

from urllib3.util.retry import Retry

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


def build_retry(
    retries: int,
    backoff: float,
    jitter: float | None = None,
    backoff_max: float = 30.0,
    max_retry_after: int = 60,
) -> Retry:
    """Retry connection errors, read timeouts, 429 and 5xx on GET/HEAD; sleep backoff * 2**n (+ jitter)
    between attempts, or what Retry-After asks for (capped at ``max_retry_after`` seconds).

    Redirects are not followed by urllib3/requests here (the client follows them itself so that every hop
    passes the address guard and robots.txt), so the redirect budget is not part of this policy.
    """
    return Retry(
        total=retries,
        connect=retries,
        read=retries,
        status=retries,
        other=0,
        redirect=False,
        allowed_methods=frozenset({"GET", "HEAD"}),
        status_forcelist=RETRY_STATUSES,
        backoff_factor=backoff,
        backoff_jitter=backoff if jitter is None else jitter,
        backoff_max=backoff_max,
        respect_retry_after_header=True,
        retry_after_max=max_retry_after,
        # Return the last 5xx/429 instead of raising: the client reports it as http_error with the status.
        raise_on_status=False,
    )
