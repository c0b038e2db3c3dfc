"""Discover stage: which URLs each source announces (feeds, sitemaps, URL lists)."""

from news_etl.discover.discoverer import discover
from news_etl.discover.incremental import select_for_fetch

__all__ = ["discover", "select_for_fetch"]
