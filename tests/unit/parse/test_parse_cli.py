"""`news-etl parse FILE... [--url URL]`: one JSON line per file, an error line for a file that fails."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from news_etl.parse.cli import main

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "parse"


def run(argv: list[str]) -> tuple[int, list[dict]]:
    out = io.StringIO()
    status = main(argv, out=out)
    return status, [json.loads(line) for line in out.getvalue().splitlines()]


def test_one_line_per_file_and_errors_do_not_stop_the_batch(tmp_path: Path) -> None:
    missing = tmp_path / "missing.html"
    files = [
        FIXTURES / "i24_en_article.html",
        FIXTURES / "truncated.html",
        missing,
        FIXTURES / "generic_article.html",
    ]
    status, lines = run([str(f) for f in files])

    assert status == 1
    assert [line["file"] for line in lines] == [str(f) for f in files]
    assert lines[0]["adapter"] == "i24news"
    # the canonical link chose the URL: the record is the parse_page record, dates as ISO strings
    assert (
        lines[0]["url"]
        == "https://www.i24news.tv/en/news/israel/defense/1700000000-navy-frigate-docks-in-haifa"
    )
    assert lines[0]["published_at"] == "2023-11-14T22:13:20+00:00"
    assert lines[0]["authors"] == ["Ruth Katz", "Omer Levi"]
    assert lines[1]["error"] == "parse_failed"
    assert lines[2]["error"] == "unreadable"
    assert lines[3]["adapter"] == "generic"
    assert "body" not in lines[1]


def test_url_option_chooses_the_adapter_and_is_the_record_url() -> None:
    page = str(FIXTURES / "i24_fr_jsonld_only.html")
    status, [generic] = run([page])
    assert status == 0 and generic["adapter"] == "generic"
    assert generic["url"].startswith("file://")

    url = "https://www.i24news.tv/fr/actu/france/1717480800-greve"
    status, [i24] = run([page, "--url", url, "--source", "i24-fr"])
    assert status == 0
    assert (i24["adapter"], i24["url"], i24["source"], i24["language"]) == ("i24news", url, "i24-fr", "fr")


def test_reads_gzipped_pages_and_declared_charsets(tmp_path: Path) -> None:
    html = (FIXTURES / "generic_opengraph_only.html").read_text(encoding="utf-8")
    gz = tmp_path / "page.html.gz"
    gz.write_bytes(gzip.compress(html.encode("utf-8")))
    latin = tmp_path / "latin.html"
    latin.write_bytes(html.replace('charset="utf-8"', 'charset="iso-8859-1"').encode("iso-8859-1"))

    status, lines = run([str(gz), str(latin)])
    assert status == 0
    assert lines[0]["title"] == lines[1]["title"] == "Le marché couvert rouvre ses portes"


def test_i24_api_documents_and_shell_pages() -> None:
    api = FIXTURES.parent / "i24_api"
    status, lines = run([str(api / "fr_body_html.json"), str(api / "shell_page.html")])
    assert status == 1
    assert lines[0]["adapter"] == "i24news-api" and lines[0]["authors"] == ["i24NEWS - AFP"]
    assert lines[1]["error"] == "shell_page"  # a client-rendered page alone has no text to give
