"""Deterministic synthetic news corpus with labeled copies, for measuring deduplication.

Each base story belongs to a topic. Stories of one topic share stock sentences and background paragraphs,
as wire-based coverage of one conflict does, so "same topic, different story" pairs overlap without being
copies. Some stories are follow-ups that reuse part of the body of the topic's previous story (hard
negatives: a different story with a high overlap). Copies of a story are produced with controlled edits
(see EDITS). Real corpora cannot be used: copies would have to be labeled by hand and redistribution of
article text is not allowed.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

EDITS = (
    "reheadline",  # new headline, same body
    "shuffle",  # paragraphs reordered (headline kept first)
    "boilerplate",  # share prompts, newsletter call, read-more link, credit and a site footer appended
    "figures",  # a few numbers updated and an update line added
    "combined",  # reheadline + figures + boilerplate
    "rewrite",  # a third of the sentences rewritten: same story, usually below the near-duplicate band
)

# Word lists read better as text than as one-word-per-line literals.
_FUNCTION_WORDS = (  # noqa: SIM905
    "the of and to in a is that for on was with he it as at by from his be are this an have has had not but "
    "or were which their they its after who been more also new one would will about than when first there "
    "two over into other some can her what all up out only them so time if may most our no year years since "
    "could against while under where those during between before three last said says people officials"
).split()
_DOMAIN_WORDS = (  # noqa: SIM905
    "troops soldiers brigade battalion ministry defence forces army border deployment minister government "
    "military officials exercise alliance commander units base region security statement spokesman talks "
    "ceasefire operation aid weapons reinforcements convoy"
).split()
_SYLLABLES = (  # noqa: SIM905
    "ka lo mir ta ve ran sol du ne pri gor el vin sta bra ko tur ma li sen da ro ul fe zan"
).split()
_BOILERPLATE_LINES = (
    "Share this article",
    "Facebook Twitter WhatsApp Email",
    "Sign up for our daily newsletter",
    "Photo: Reuters",
    "Lesen Sie auch: Neue Truppen an der Ostflanke",
    "Lire aussi : La mission se prolonge",
)


@dataclass(frozen=True)
class SyntheticArticle:
    doc_id: str
    story: int  # label: copies share the story number of their base
    topic: int
    edit: str | None  # None for the base story, else one of EDITS
    text: str
    published_at: datetime
    follows: int | None = None  # for a follow-up story: the story whose body it partly reuses


class _Topic:
    def __init__(self, rng: random.Random, size: int = 400) -> None:
        words = {"".join(rng.choices(_SYLLABLES, k=rng.randint(2, 4))) for _ in range(size * 2)}
        self.words = sorted(words)[:size]
        rng.shuffle(self.words)
        self.vocabulary = _FUNCTION_WORDS + _DOMAIN_WORDS + self.words
        # Zipf-like weights, so frequent words repeat across stories as in real text.
        self.cum_weights: list[float] = []
        total = 0.0
        for rank in range(len(self.vocabulary)):
            total += 1.0 / (rank + 1) ** 0.9
            self.cum_weights.append(total)
        self.stock_sentences = [self.sentence(rng) for _ in range(30)]
        self.background = [self.paragraph(rng) for _ in range(10)]

    def sentence(self, rng: random.Random) -> str:
        words = rng.choices(self.vocabulary, cum_weights=self.cum_weights, k=rng.randint(10, 24))
        if rng.random() < 0.35:
            words.insert(
                rng.randrange(len(words)), f"{rng.randint(2, 400) * 50:,} {rng.choice(_DOMAIN_WORDS)}"
            )
        return " ".join(words).capitalize() + "."

    def paragraph(self, rng: random.Random) -> str:
        return " ".join(self.sentence(rng) for _ in range(rng.randint(2, 4)))


class _Generator:
    def __init__(self, seed: int, topics: int) -> None:
        self.rng = random.Random(seed)
        self.topics = [_Topic(self.rng) for _ in range(topics)]

    def base_story(self, topic: _Topic) -> list[str]:
        rng = self.rng
        paragraphs = [topic.paragraph(rng) for _ in range(rng.randint(5, 10))]
        for sentence in rng.sample(topic.stock_sentences, rng.randint(2, 4)):
            position = rng.randrange(len(paragraphs))
            paragraphs[position] = f"{paragraphs[position]} {sentence}"
        for background in rng.sample(topic.background, rng.randint(0, 2)):
            paragraphs.insert(rng.randrange(1, len(paragraphs) + 1), background)
        headline = topic.sentence(rng).rstrip(".")
        return [headline, *paragraphs]

    def follow_up(self, previous: list[str], topic: _Topic) -> list[str]:
        """A new story on the same events: new headline and lead, about half of the earlier body kept."""
        rng = self.rng
        body = previous[1:]
        kept = sorted(rng.sample(range(len(body)), max(1, len(body) // 2)))
        fresh = [topic.paragraph(rng) for _ in range(rng.randint(2, 5))]
        return [topic.sentence(rng).rstrip("."), *fresh, *(body[i] for i in kept)]

    def edit(self, paragraphs: list[str], edit: str, topic: _Topic) -> list[str]:
        rng = self.rng
        headline, body = paragraphs[0], paragraphs[1:]
        if edit == "reheadline":
            return [topic.sentence(rng).rstrip("."), *body]
        if edit == "shuffle":
            shuffled = body[:]
            rng.shuffle(shuffled)
            return [headline, *shuffled]
        if edit == "boilerplate":
            lines = rng.sample(_BOILERPLATE_LINES, 3)
            founded = rng.randint(1950, 2010)
            footer = f"About {topic.words[0].capitalize()} News: independent reporting since {founded}."
            return [headline, *body, "\n".join(lines), footer]
        if edit == "figures":
            return [headline, *self._update_figures(body), f"Update: {topic.sentence(rng)}"]
        if edit == "combined":
            edited = self.edit(self.edit(paragraphs, "reheadline", topic), "figures", topic)
            return self.edit(edited, "boilerplate", topic)
        if edit == "rewrite":
            return [headline, *(self._rewrite(paragraph, topic) for paragraph in body)]
        raise ValueError(f"unknown edit {edit!r}")

    def _update_figures(self, body: list[str]) -> list[str]:
        numbers = [(i, m) for i, paragraph in enumerate(body) for m in re.finditer(r"\d[\d,]*", paragraph)]
        updated = body[:]
        for i, match in sorted(self.rng.sample(numbers, min(3, len(numbers))), key=lambda x: -x[1].start()):
            if updated[i][match.start() : match.end()] != match.group():
                continue  # an earlier replacement in this paragraph shifted the text
            new = f"{int(match.group().replace(',', '')) + self.rng.randint(1, 20) * 50:,}"
            updated[i] = updated[i][: match.start()] + new + updated[i][match.end() :]
        return updated

    def _rewrite(self, paragraph: str, topic: _Topic) -> str:
        sentences = re.split(r"(?<=\.) ", paragraph)
        return " ".join(topic.sentence(self.rng) if self.rng.random() < 0.33 else s for s in sentences)


def generate(
    stories: int,
    seed: int = 20260301,
    topics: int = 12,
    copies_per_story: float = 1.5,
    follow_up_rate: float = 0.2,
) -> Iterator[SyntheticArticle]:
    """Base stories followed by their copies; on average ``copies_per_story`` copies each."""
    generator = _Generator(seed, topics)
    rng = generator.rng
    start = datetime(2026, 1, 5, tzinfo=timezone.utc)
    previous: dict[int, tuple[int, list[str]]] = {}  # topic -> its latest story and paragraphs
    for story in range(stories):
        topic_number = rng.randrange(topics)
        topic = generator.topics[topic_number]
        follows = None
        if topic_number in previous and rng.random() < follow_up_rate:
            follows, earlier = previous[topic_number]
            paragraphs = generator.follow_up(earlier, topic)
        else:
            paragraphs = generator.base_story(topic)
        previous[topic_number] = (story, paragraphs)
        published = start + timedelta(minutes=rng.randrange(60 * 24 * 56))
        text = "\n\n".join(paragraphs)
        yield SyntheticArticle(f"s{story}-base", story, topic_number, None, text, published, follows)
        copies = int(copies_per_story) + (rng.random() < copies_per_story % 1)
        for number, edit in enumerate(rng.choices(EDITS, k=copies)):
            # Copies mostly follow the original, some by more than a week (caught across runs).
            delay = timedelta(hours=rng.choice((1, 5, 30, 200)) * rng.random())
            text = "\n\n".join(generator.edit(paragraphs, edit, topic))
            yield SyntheticArticle(f"s{story}-c{number}", story, topic_number, edit, text, published + delay)
