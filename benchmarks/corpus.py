"""Synthetic i24-style HTML corpora for the benchmarks, deterministic from a seed and generated lazily.

    python -m benchmarks.corpus --size 100000 --seed 1 --out .local/bench/corpus-100k

Page i is a pure function of (seed, i): the corpus is produced one page at a time, never held in memory,
and any page can be rebuilt on its own. A share of the pages copies an earlier original: exact duplicates
(same body, another URL) and near-duplicates (one sentence rewritten and one figure changed, exact
Jaccard of the five-word shingles 0.81-0.94, median 0.89 at seed 1). A share of the originals carries troop mentions.
Real pages cannot be used: redistribution of article text is not allowed, and copies would need labels.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from itertools import islice
from pathlib import Path
from typing import TypeVar

from benchmarks.phrases import CITIES, NAMES, PHRASES, Phrases

T = TypeVar("T")

LANGUAGE_WEIGHTS = (("en", 0.5), ("de", 0.25), ("fr", 0.25))
START = datetime(2024, 1, 1, tzinfo=timezone.utc)
SLOT_SECONDS = 600  # page i is published in [i*SLOT, (i+1)*SLOT): timestamps, hence URLs, are unique
_SLOT = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class CorpusSpec:
    size: int
    seed: int = 1
    exact_share: float = 0.05
    near_share: float = 0.10
    troop_share: float = 0.30  # of the originals

    def __post_init__(self) -> None:
        if self.size < 0 or not 0 <= self.exact_share + self.near_share < 1 or not 0 <= self.troop_share <= 1:
            raise ValueError(f"invalid corpus spec: {self}")


@dataclass(frozen=True)
class CorpusPage:
    index: int
    url: str
    language: str
    kind: str  # original | exact | near
    original: int  # index of the original this page copies (its own index for an original)
    troops: int  # troop sentences in the body
    published_at: datetime
    title: str
    body: str  # the article text, paragraphs separated by blank lines: what a parser should extract
    html: bytes

    def label(self) -> dict[str, object]:
        """Everything but the text, for the manifest."""
        return {
            "index": self.index,
            "url": self.url,
            "language": self.language,
            "kind": self.kind,
            "original": self.original,
            "troops": self.troops,
            "published_at": self.published_at.isoformat(),
        }


@dataclass(frozen=True)
class _Story:
    language: str
    title: str
    author: str
    paragraphs: tuple[str, ...]
    troops: int


def generate_pages(spec: CorpusSpec) -> Iterator[CorpusPage]:
    """The corpus in index order, one page at a time."""
    for index in range(spec.size):
        yield page(spec, index)


def page(spec: CorpusSpec, index: int) -> CorpusPage:
    kind, original = _plan(spec, index)
    story = _story(spec, original)
    rng = random.Random(f"{spec.seed}/page/{index}")
    paragraphs = list(story.paragraphs)
    if kind == "near":
        paragraphs = _near_copy(paragraphs, PHRASES[story.language], rng)
    published = START + timedelta(seconds=index * SLOT_SECONDS + rng.randrange(SLOT_SECONDS))
    url = _url(PHRASES[story.language], story.title, published)
    body = "\n\n".join(paragraphs)
    document = _render(PHRASES[story.language], story, paragraphs, url, published)
    return CorpusPage(
        index, url, story.language, kind, original, story.troops, published, story.title, body, document
    )


def batched(items: Iterator[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of ``size`` items (the last one shorter), pulled lazily."""
    while batch := list(islice(items, size)):
        yield batch


def _plan(spec: CorpusSpec, index: int) -> tuple[str, int]:
    """(kind, index of the original). Copies point at an original among the earlier pages."""
    rng = random.Random(f"{spec.seed}/plan/{index}")
    draw = rng.random()
    if index == 0 or draw >= spec.exact_share + spec.near_share:
        return "original", index
    kind = "exact" if draw < spec.exact_share else "near"
    # Copies mostly follow their original closely, as syndicated and re-edited stories do.
    earlier = max(0, index - 1 - int(rng.expovariate(1 / 50)))
    while True:
        earlier_kind, earlier_original = _plan(spec, earlier)
        if earlier_kind == "original":
            return kind, earlier_original
        earlier = earlier_original


def _story(spec: CorpusSpec, index: int) -> _Story:
    rng = random.Random(f"{spec.seed}/story/{index}")
    language = rng.choices([lang for lang, _ in LANGUAGE_WEIGHTS], [w for _, w in LANGUAGE_WEIGHTS])[0]
    phrases = PHRASES[language]
    city = rng.choice(CITIES)
    paragraphs = [_paragraph(phrases, rng, rng.randint(2, 4)) for _ in range(rng.randint(6, 10))]
    paragraphs[0] = f"{city.upper()} – {paragraphs[0]}"
    troops = 0
    if rng.random() < spec.troop_share:
        troops = rng.randint(1, 2)
        for _ in range(troops):
            where = rng.randrange(len(paragraphs))
            paragraphs[where] = f"{paragraphs[where]} {_troop_sentence(phrases, rng)}"
    title = _fill(rng.choice(phrases.titles), phrases, rng)
    return _Story(language, title[0].upper() + title[1:], rng.choice(NAMES), tuple(paragraphs), troops)


def _paragraph(phrases: Phrases, rng: random.Random, sentences: int) -> str:
    return " ".join(_sentence(phrases, rng) for _ in range(sentences))


def _sentence(phrases: Phrases, rng: random.Random) -> str:
    subject, verb, clause = (
        rng.choice(phrases.subjects),
        rng.choice(phrases.verbs),
        rng.choice(phrases.clauses),
    )
    return _fill(f"{subject} {verb} {clause}.", phrases, rng)


def _troop_sentence(phrases: Phrases, rng: random.Random) -> str:
    count = rng.choice((rng.randint(2, 99) * 100, rng.randint(1, 60) * 1000, rng.randint(5, 900)))
    text = _fill(
        rng.choice(phrases.troop_sentences), phrases, rng, n=f"{count:,}".replace(",", phrases.thousands)
    )
    return text[0].upper() + text[1:]


def _fill(template: str, phrases: Phrases, rng: random.Random, **given: str) -> str:
    def value(match: re.Match[str]) -> str:
        slot = match.group(1)
        if slot in given:
            return given[slot]
        if slot == "city":
            return rng.choice(CITIES)
        if slot == "pct":
            return str(rng.randint(2, 40))
        if slot == "small":
            return f"{rng.randint(2, 90) * 10}"
        return rng.choice(phrases.fillers[slot])

    return _SLOT.sub(value, template)


def _near_copy(paragraphs: list[str], phrases: Phrases, rng: random.Random) -> list[str]:
    """One sentence rewritten and one figure changed, as an agency update or a re-edited copy does."""
    edited = list(paragraphs)
    where = rng.randrange(len(edited))
    sentences = edited[where].split(". ")
    sentences[rng.randrange(len(sentences))] = _sentence(phrases, rng).rstrip(".")
    edited[where] = ". ".join(sentences)
    if not edited[where].endswith("."):
        edited[where] += "."
    numbers = [(i, m) for i, text in enumerate(edited) for m in re.finditer(r"\b\d{2,3}\b", text)]
    if numbers:
        i, match = rng.choice(numbers)
        changed = str(int(match.group()) + rng.randint(1, 9))
        edited[i] = edited[i][: match.start()] + changed + edited[i][match.end() :]
    return edited


def _url(phrases: Phrases, title: str, published: datetime) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return f"https://www.i24news.tv/{phrases.path}/{int(published.timestamp())}-{slug}"


def _render(
    phrases: Phrases, story: _Story, paragraphs: Sequence[str], url: str, published: datetime
) -> bytes:
    """An i24NEWS-style page: metadata in meta tags and JSON-LD, the text among navigation and boilerplate."""
    e = html.escape
    lang = phrases.language
    iso = published.isoformat()
    description = paragraphs[0].split(". ")[0]
    jsonld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "headline": story.title,
            "description": description,
            "inLanguage": lang,
            "datePublished": iso,
            "author": [{"@type": "Person", "name": story.author}],
            "publisher": {"@type": "NewsMediaOrganization", "name": "i24NEWS"},
        },
        ensure_ascii=False,
    )
    body = "\n".join(f"          <p>{e(p)}</p>" for p in paragraphs)
    home = f"https://www.i24news.tv/{lang}"
    return f"""<!DOCTYPE html>
<html lang="{lang}" dir="ltr">
<head>
  <meta charset="utf-8">
  <title>{e(story.title)} - i24NEWS</title>
  <link rel="canonical" href="{e(url)}">
  <meta name="description" content="{e(description)}">
  <meta property="og:site_name" content="i24NEWS">
  <meta property="og:type" content="article">
  <meta property="og:locale" content="{lang}">
  <meta property="og:title" content="{e(story.title)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:section" content="{phrases.section_label}">
  <meta property="article:published_time" content="{iso}">
  <script type="application/ld+json">{jsonld}</script>
  <script>window.dataLayer = window.dataLayer || []; window.dataLayer.push({{"pageType": "article"}});</script>
</head>
<body class="page page--article">
  <div class="cookie-banner" role="dialog">Cookies help us improve your experience. <button type="button">OK</button></div>
  <header class="header">
    <a class="header__logo" href="{home}">i24NEWS</a>
    <nav class="nav" aria-label="main"><ul class="nav__list">
      <li class="nav__item"><a href="{home}/news">News</a></li>
      <li class="nav__item"><a href="{home}/israel">Israel</a></li>
      <li class="nav__item"><a href="{home}/international">International</a></li>
    </ul></nav>
  </header>
  <main class="main">
    <article class="article">
      <h1 class="article__title">{e(story.title)}</h1>
      <p class="article__excerpt">{e(description)}</p>
      <div class="article__meta">
        <div class="author"><span class="author__label">{phrases.byline}</span> <a class="author__name" href="{home}/authors">{e(story.author)}</a></div>
        <div class="article__dates"><time datetime="{iso}">{published:%d.%m.%Y %H:%M}</time></div>
      </div>
      <div class="share"><a class="share__link" href="https://www.facebook.com/sharer/sharer.php?u={e(url)}">Facebook</a></div>
      <figure class="article__image"><img src="{home}/placeholder.svg" alt=""><figcaption>i24NEWS</figcaption></figure>
      <div class="article__content">
        <div class="article__body">
{body}
        </div>
      </div>
    </article>
    <aside class="related"><h2 class="related__title">More</h2><ul class="related__list"><li><a href="{home}">i24NEWS</a></li></ul></aside>
  </main>
  <footer class="footer"><p class="footer__copyright">© 2026 i24NEWS.</p></footer>
</body>
</html>
""".encode()


def write_corpus(spec: CorpusSpec, out: Path) -> int:
    """Write pages/<block>/<index>.html and manifest.jsonl (labels, one line a page), streaming. Returns bytes."""
    written = 0
    out.mkdir(parents=True, exist_ok=True)
    with (out / "manifest.jsonl").open("w", encoding="utf-8") as manifest:
        for item in generate_pages(spec):
            path = out / "pages" / f"{item.index // 1000:04d}" / f"{item.index:07d}.html"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(item.html)
            manifest.write(json.dumps(item.label(), ensure_ascii=False) + "\n")
            written += len(item.html)
    return written


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Write a synthetic i24-style corpus (HTML pages + labels).")
    parser.add_argument("--size", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--exact-share", type=float, default=CorpusSpec.exact_share)
    parser.add_argument("--near-share", type=float, default=CorpusSpec.near_share)
    parser.add_argument("--troop-share", type=float, default=CorpusSpec.troop_share)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    spec = CorpusSpec(args.size, args.seed, args.exact_share, args.near_share, args.troop_share)
    written = write_corpus(spec, args.out)
    print(f"{spec.size} pages, {written / 2**20:.1f} MiB of HTML in {args.out}")


if __name__ == "__main__":
    main()
