"""`python -m evals.shell_pages`: what becomes of the demo site's client-rendered i24NEWS pages (meta tags only,
the text in the site's API), page by page: the body trafilatura would read from the page alone (the i24
adapter's fallback before it knew about shells), and what the parse path gives with and without the page's API
document. Prints one line per page and the totals."""

from __future__ import annotations

import sys
from urllib.parse import quote

from news_etl.parse import ParseError, parse_page
from news_etl.parse.main_text import main_text_paragraphs

from dev.demo_site.server import SITE_DIR


def main() -> int:
    pages = sorted(SITE_DIR.rglob("artc-*/index.html"))
    boilerplate = stored = from_api = 0
    for path in pages:
        html = path.read_text(encoding="utf-8")
        url = "http://demo.test/" + path.parent.relative_to(SITE_DIR).as_posix() + "/"
        old_body = " ".join(main_text_paragraphs(html))
        boilerplate += bool(old_body)
        try:
            parse_page(html, url)
            stored += 1
            outcome = "stored WITHOUT the API"
        except ParseError as error:
            outcome = f"rejected without the API ({error.reason})"
        api = SITE_DIR / "api" / path.relative_to(SITE_DIR).parts[0]
        slug = "/" + quote(path.parent.name) + '"'  # as the item's frontendUrl ends (Arabic percent-encoded)
        documents = [d for d in api.glob("*.json") if slug in d.read_text(encoding="utf-8")]
        if documents:
            article = parse_page(html, url, api_json=documents[0].read_text(encoding="utf-8"))
            from_api += bool(article.body)
            outcome += f"; with its API document: {article.word_count} words"
        print(f"{path.parent.name[:48]:<48} trafilatura alone: {old_body[:40]!r:<44} {outcome}")
    print(
        f"{len(pages)} client-rendered pages: trafilatura alone returns boilerplate for {boilerplate}; "
        f"stored without the API: {stored}; article text from the API: {from_api}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
