"""`python -m evals.parse`: the generic adapter against plain trafilatura on the article-extraction
benchmark (../shared/benchmarks/article-extraction, 181 gzipped news pages with hand-checked bodies).

Prints precision / recall / F1 / accuracy as the benchmark defines them (news_etl.parse.scoring) for both,
measured in the same run, and pages/s in this single process. Exits 1 when the generic adapter is worse than
plain trafilatura by more than MAX_F1_GAP, 2 when the benchmark is missing.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from news_etl.parse.scoring import Score, score_corpus

from dev.paths import SHARED_DIR

DEFAULT_BENCHMARK = SHARED_DIR / "benchmarks" / "article-extraction"
MAX_F1_GAP = 0.01


@dataclass(frozen=True)
class BenchmarkPage:
    page_id: str
    url: str
    html: str
    truth: str


@dataclass(frozen=True)
class Run:
    name: str
    score: Score
    seconds: float

    @property
    def pages_per_second(self) -> float:
        return self.score.pages / self.seconds if self.seconds else float("inf")


def load_benchmark(directory: Path, limit: int | None = None) -> list[BenchmarkPage]:
    truth = json.loads((directory / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(truth)[:limit]:
        html = gzip.decompress((directory / "html" / f"{page_id}.html.gz").read_bytes()).decode("utf-8")
        pages.append(
            BenchmarkPage(page_id, truth[page_id].get("url", ""), html, truth[page_id]["articleBody"])
        )
    return pages


def generic_body(page: BenchmarkPage) -> str:
    from news_etl.parse import ParseError, generic
    from news_etl.parse.page import Page

    try:
        return generic.parse(Page(page.html, page.url)).body
    except ParseError:
        return ""


def trafilatura_body(page: BenchmarkPage) -> str:
    import trafilatura

    return trafilatura.extract(page.html) or ""


def measure(name: str, extract: Callable[[BenchmarkPage], str], pages: list[BenchmarkPage]) -> Run:
    started = time.perf_counter()
    predicted = [extract(page) for page in pages]
    seconds = time.perf_counter() - started
    return Run(
        name, score_corpus((page.truth, body) for page, body in zip(pages, predicted, strict=True)), seconds
    )


def report(runs: list[Run]) -> str:
    lines = [f"{'extractor':<22}{'P':>8}{'R':>8}{'F1':>8}{'acc':>8}{'pages/s':>10}"]
    for run in runs:
        s = run.score
        lines.append(
            f"{run.name:<22}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}{s.accuracy:>8.3f}"
            f"{run.pages_per_second:>10.1f}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.parse", description=__doc__)
    parser.add_argument("--benchmark", type=Path, default=DEFAULT_BENCHMARK, help="benchmark directory")
    parser.add_argument("--limit", type=int, help="only the first N pages (quick check)")
    args = parser.parse_args(argv)
    if not (args.benchmark / "ground-truth.json").is_file():
        print(f"benchmark not found at {args.benchmark}", file=sys.stderr)
        return 2
    pages = load_benchmark(args.benchmark, args.limit)
    # warm-up: the first extraction pays for imports and lazy initialisation, which is not parsing speed
    generic_body(pages[0])
    trafilatura_body(pages[0])
    ours = measure("generic adapter", generic_body, pages)
    plain = measure("plain trafilatura", trafilatura_body, pages)
    print(f"article-extraction benchmark: {len(pages)} pages, single process")
    print(report([ours, plain]))
    gap = plain.score.f1 - ours.score.f1
    verdict = "OK" if gap <= MAX_F1_GAP else "FAIL"
    print(f"F1 difference (generic - trafilatura): {-gap:+.3f} (allowed: -{MAX_F1_GAP}) {verdict}")
    return 0 if verdict == "OK" else 1


if __name__ == "__main__":
    sys.exit(main())
