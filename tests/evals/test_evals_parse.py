"""The evaluation command's plumbing on a two-page benchmark written here (the real one is ../shared)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from evals.parse import load_benchmark, main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "parse"


@pytest.fixture
def benchmark(tmp_path: Path) -> Path:
    (tmp_path / "html").mkdir()
    truth = {}
    for page_id, name in (("a", "generic_article.html"), ("b", "generic_opengraph_only.html")):
        html = (FIXTURES / name).read_text(encoding="utf-8")
        (tmp_path / "html" / f"{page_id}.html.gz").write_bytes(gzip.compress(html.encode("utf-8")))
        truth[page_id] = {"articleBody": f"text of {name} that no extractor will produce", "url": ""}
    (tmp_path / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    return tmp_path


def test_load_benchmark(benchmark: Path) -> None:
    pages = load_benchmark(benchmark)
    assert [p.page_id for p in pages] == ["a", "b"]
    assert "Harbour bridge" in pages[0].html
    assert load_benchmark(benchmark, limit=1)[0].page_id == "a"


def test_prints_both_extractors(benchmark: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["--benchmark", str(benchmark)])
    out = capsys.readouterr().out
    assert "generic adapter" in out and "plain trafilatura" in out and "pages/s" in out
    assert "2 pages" in out
    assert status == 0  # both score 0 against this truth: no gap


def test_missing_benchmark(tmp_path: Path) -> None:
    assert main(["--benchmark", str(tmp_path)]) == 2
