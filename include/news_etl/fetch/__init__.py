"""Fetch stage: a polite, defensive HTTP client and the raw-body archive."""

from news_etl.fetch.client import DEFAULT_USER_AGENT, ROBOTS_TOKEN, HttpClient
from news_etl.fetch.outcome import FetchOutcome, FetchRefused

__all__ = ["DEFAULT_USER_AGENT", "ROBOTS_TOKEN", "FetchOutcome", "FetchRefused", "HttpClient"]
