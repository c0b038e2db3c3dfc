"""Main article text with trafilatura, the extractor the generic adapter and the i24 fallback share."""

from __future__ import annotations

from typing import Any

import trafilatura

# Chosen on the article-extraction benchmark (python -m evals.parse): reader comments are not
# part of an article body, and favouring precision drops more boilerplate than it loses text.
EXTRACT_OPTIONS: dict[str, Any] = {"include_comments": False, "favor_precision": True}


def main_text_paragraphs(html: str) -> list[str]:
    """Paragraphs of the page's main text (trafilatura prints one block per line); [] when none is found."""
    text = trafilatura.extract(html, **EXTRACT_OPTIONS)
    return text.splitlines() if text else []
