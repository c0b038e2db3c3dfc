"""The demo server fills the seed article's page from the seed file at serve time (the repository holds only a
placeholder), and answers that page with 404 and one warning naming the path when the seed file is absent."""

from __future__ import annotations

import html
import logging
import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from dev import paths
from dev.demo_site import server as demo

SEED_PAGE = "/de/nachrichten/international/1729503000-videos-zeigen-nordkoreanische-soldaten-bei-der-ausruestung-in-russland/"
BODY = re.compile(r'<div class="article__body">\n(.*?)\n\s*</div>', re.S)


@contextmanager
def running(seed_path: Path | None = None) -> Iterator[str]:
    server, base_url = demo.serve_in_thread(seed_path=seed_path)
    try:
        yield base_url
    finally:
        server.shutdown()
        server.server_close()


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:
            return answer.status, answer.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", errors="replace")


def paragraphs(page: str) -> list[str]:
    body = BODY.search(page)
    assert body, "the seed page lost its div.article__body"
    return [html.unescape(p) for p in re.findall(r"^\s*<p>(.*)</p>$", body.group(1), re.M)]


def test_the_repository_page_holds_a_placeholder_not_the_text() -> None:
    stored = (demo.SITE_DIR / SEED_PAGE.lstrip("/") / "index.html").read_text(encoding="utf-8")
    body = BODY.search(stored)
    assert body and body.group(1).strip() == "{{SEED_PARAGRAPHS}}"


def test_the_page_is_filled_from_the_seed_file_escaped_every_character_kept(tmp_path: Path) -> None:
    seed = tmp_path / "seed.txt"  # invented lines: HTML specials, typographic quotes, a blank line
    lines = ["Erste Zeile – „etwa 1.500“ & <mehr> als 2 > 1.", "", "Zweite Zeile: 'Tausende' \"sagt\" er …"]
    seed.write_text("\n".join(lines), encoding="utf-8")
    with running(seed_path=seed) as base_url:
        status, page = get(base_url + SEED_PAGE)
    assert status == 200
    assert "{{SEED_PARAGRAPHS}}" not in page and "{{BASE_URL}}" not in page
    assert "&amp; &lt;mehr&gt; als 2 &gt; 1" in page  # escaped on the wire
    assert paragraphs(page) == [line for line in lines if line]  # one <p> per non-empty line, text intact


def test_the_page_serves_the_real_seed_article() -> None:
    if not paths.SEED_ARTICLE.is_file():
        pytest.skip(
            f"seed article not found at {paths.SEED_ARTICLE} (../shared is not laid out beside the repo)"
        )
    with running() as base_url:
        status, page = get(base_url + SEED_PAGE)
    assert status == 200
    assert paragraphs(page) == [
        line for line in paths.SEED_ARTICLE.read_text(encoding="utf-8").split("\n") if line.strip()
    ]


def test_a_missing_seed_gives_404_and_one_loud_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    missing = tmp_path / "absent" / "seed.txt"
    caplog.set_level(logging.WARNING, logger=demo.__name__)
    with running(seed_path=missing) as base_url:
        assert get(base_url + SEED_PAGE)[0] == 404
        assert get(base_url + SEED_PAGE)[0] == 404
        assert get(base_url + "/feed.xml")[0] == 200  # the rest of the site is unaffected
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING and str(missing) in r.getMessage()]
    assert len(warnings) == 1, [r.getMessage() for r in caplog.records]


def test_the_default_path_is_the_one_constant(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    missing = tmp_path / "no-shared" / "seed.txt"
    monkeypatch.setattr(paths, "SEED_ARTICLE", missing)
    caplog.set_level(logging.WARNING, logger=demo.__name__)
    with running() as base_url:
        assert get(base_url + SEED_PAGE)[0] == 404
    assert any(str(missing) in r.getMessage() for r in caplog.records)
