"""Cleaning stage: canonical URLs and article ids (urls), body normalization (text), language (language)."""
