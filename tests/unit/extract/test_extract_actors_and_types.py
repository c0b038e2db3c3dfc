"""Actor, location, type and attribution of mentions: demonyms and names in their inflections, regions."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def only(text: str, lang: str):
    (mention,) = extract_mentions(text, lang)
    return mention


@pytest.mark.parametrize(
    ("text", "lang", "actor", "location"),
    [
        ("1.500 nordkoreanische Soldaten sind in Russland.", "de", "PRK", "RUS"),
        ("Nordkoreas 11.000 Soldaten kämpfen in der Region Kursk.", "de", "PRK", "RUS"),
        ("Pjöngjang hat 11.000 Soldaten nach Russland geschickt.", "de", "PRK", "RUS"),
        ("Quelque 1 500 soldats nord-coréens sont arrivés en Russie.", "fr", "PRK", "RUS"),
        ("North Korea's 11,000 troops are fighting in Kursk.", "en", "PRK", "RUS"),
        ("About 7,000 North Korean troops were shipped to the Donbas.", "en", "PRK", "UKR"),
        ("Die Bundeswehr schickt 800 Soldaten in den Süden Litauens.", "de", "DEU", "LTU"),
        ("Rund 300 US-Soldaten sind im Irak stationiert.", "de", "USA", "IRQ"),
        ("Environ 10 000 casques bleus sont déployés au Soudan du Sud.", "fr", "UN", "SSD"),
        ("About 4,000 NATO troops are stationed in Kosovo.", "en", "NATO", "XKX"),
        ("La France retire 1 500 soldats du Niger.", "fr", "FRA", "NER"),
        ("Russia has moved 100,000 troops to the Ukrainian border.", "en", "RUS", "UKR"),
        ("Some 2,000 troops from Chad arrived in Mali.", "en", "TCD", "MLI"),
    ],
)
def test_actor_and_location(text: str, lang: str, actor: str | None, location: str | None) -> None:
    m = only(text, lang)
    assert (m.actor_code, m.location_country) == (actor, location)


@pytest.mark.parametrize(
    ("text", "lang", "mention_type"),
    [
        ("Two soldiers were killed in the attack.", "en", "casualties"),
        ("Russland zieht 2.000 Soldaten aus Armenien ab.", "de", "withdrawal"),
        ("La France va former 2 000 soldats ukrainiens.", "fr", "training"),
        ("Germany will deploy 5,000 troops to Lithuania.", "en", "deployment"),
        ("Die Armee zählt 180.000 Soldaten.", "de", "force_size"),
        ("Hezbollah has about 40,000 fighters.", "en", "force_size"),
        ("L'armée a perdu 300 hommes en une semaine.", "fr", "casualties"),
        ("Ukraine returned 95 prisoners of war to Russia.", "en", "casualties"),
    ],
)
def test_type(text: str, lang: str, mention_type: str) -> None:
    assert only(text, lang).mention_type == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "attribution", "source"),
    [
        ("Russia has sent 5,000 troops to Belarus.", "en", "stated", None),
        ("Russia has sent 5,000 troops to Belarus, according to Reuters.", "en", "reported", "Reuters"),
        ("Laut Selenskyj stehen 8.000 Soldaten aus Nordkorea in Russland.", "de", "reported", "Selenskyj"),
        ("Plus de 10 000 soldats seraient en Russie, selon Kiev.", "fr", "reported", "Kiev"),
        ("“We have 30,000 soldiers ready,” the general said.", "en", "quoted", None),
        ("« Nous avons 30 000 soldats prêts », a déclaré le général.", "fr", "quoted", None),
    ],
)
def test_attribution(text: str, lang: str, attribution: str, source: str | None) -> None:
    m = only(text, lang)
    assert (m.attribution, m.attribution_source) == (attribution, source)


def test_evidence_sentence_and_offsets_in_a_passage() -> None:
    text = "Talks stalled on Monday. Russia has massed 100,000 troops near the border. Diplomats met again."
    m = only(text, "en")
    assert m.sentence == "Russia has massed 100,000 troops near the border."
    assert text[m.char_start : m.char_end] == "100,000"
    assert 0.0 < m.confidence <= 1.0
