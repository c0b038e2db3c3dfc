"""Which part of a sentence a count's type comes from: a part taken from a total, a German relative clause closed
by its verb, a sentence that only names who was counted before, a list that goes on from a cut, leaving the active
army, a row of attributes, a parade ground. All sentences are written for these tests."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def _types(text: str, lang: str) -> dict[str, str]:
    return {m.count_text: m.mention_type for m in extract_mentions(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a part taken from a total: the participle after the total's noun is said of the total only
        (
            "Le gouvernement a décidé le retrait, d'ici l'été, de 800 de ses 3 000 soldats déployés au Tchad.",
            "fr",
            {"800": "withdrawal", "3 000": "deployment"},
        ),
        (
            "Paris a annoncé le retrait, dès 2026, de plus de 500 de ses 1 400 soldats engagés au Liban.",
            "fr",
            {"plus de 500": "withdrawal", "1 400": "deployment"},
        ),
        (
            "The drawdown, due by spring, covers 600 of the 2,400 troops stationed in Kosovo.",
            "en",
            {"600": "withdrawal", "2,400": "deployment"},
        ),
        # ... up to the verb of the part, which still speaks of it
        (
            "Au total, 1 200 des 5 000 soldats déployés au Mali vont rentrer en France.",
            "fr",
            {"1 200": "withdrawal"},
        ),
        # a German relative clause closed by a verb of leaving or falling says what became of the troops
        (
            "Am Flughafen hat der Minister 120 Soldaten empfangen, die aus dem Einsatz in Litauen zurückgekehrt sind.",
            "de",
            {"120": "withdrawal"},
        ),
        (
            "Die Armee meldete am Abend 14 Soldaten, die bei dem Gefecht an der Grenze verwundet wurden.",
            "de",
            {"14": "casualties"},
        ),
        (
            "Das Ministerium schickt 300 Soldaten, die in Litauen stationiert werden sollen.",
            "de",
            {"300": "deployment"},
        ),
        # a sentence that only says who was counted before, or a pronoun taking the troops up at once
        (
            "Bei der Explosion nahe dem Lager wurden neun Menschen verletzt. "
            "Es handelte sich nach Angaben der Armee um sieben Soldaten aus Frankreich.",
            "de",
            {"sieben": "casualties"},
        ),
        (
            "Betroffen sind elf belgische Soldaten. Sie wurden verwundet, zwei davon schwer.",
            "de",
            {"elf": "casualties"},
        ),
        (
            "The vehicle carried 6 British soldiers and a driver. They were killed when it hit a mine.",
            "en",
            {"6": "casualties"},
        ),
        (
            "Die Bundeswehr hat 40 Soldaten nach Litauen geschickt. Sie sollen dort ein Lager aufbauen.",
            "de",
            {"40": "deployment"},
        ),
        # the same said of more troops: the type of the sentence before, the total keeps its own
        (
            "Le retrait concernera 400 soldats au Niger. Idem pour 300 des 900 soldats français stationnés au Tchad.",
            "fr",
            {"300": "withdrawal", "900": "deployment"},
        ),
        # leaving the active army is its size shrinking, wherever the soldiers served
        (
            "Some 3,100 soldiers departed active duty last year without replacement.",
            "en",
            {"Some 3,100": "force_size"},
        ),
        ("The active force was reduced by 8,000 soldiers over two years.", "en", {"8,000": "force_size"}),
        ("About 2,000 soldiers departed Iraq last month.", "en", {"About 2,000": "withdrawal"}),
        # a row of attributes before the noun says what kind of troops they are, not that they are trained
        (
            "Die Miliz verfügt über 20.000 ausgebildete, bewaffnete und kampferprobte Kämpfer.",
            "de",
            {"20.000": "force_size"},
        ),
        ("Die Bundeswehr bildet derzeit 600 ukrainische Soldaten aus.", "de", {"600": "training"}),
        # a part of those leaving with its own casualty word
        (
            "Rund 400 Soldaten verließen die Stellung am Fluss, mehr als 60 von ihnen schwer verletzt.",
            "de",
            {"Rund 400": "withdrawal", "mehr als 60 von ihnen": "casualties"},
        ),
        # a list that goes on from a cut: every place and its figure before the cut
        (
            "Paris ne compte garder à terme qu'environ 200 soldats au Gabon (contre 400 aujourd'hui), "
            "150 au Sénégal (contre 350) et 300 au Tchad.",
            "fr",
            {"400": "withdrawal", "150": "withdrawal", "350": "withdrawal"},
        ),
        (
            "L'opération ne comptera plus que 700 soldats à l'automne contre 1 500 aujourd'hui.",
            "fr",
            {"700": "withdrawal", "1 500": "withdrawal"},
        ),
        # what an army has left is its size
        (
            "Nach der Reform verfügt die Volksarmee nur noch über 1,8 Millionen Soldaten.",
            "de",
            {"1,8 Millionen": "force_size"},
        ),
        # a small count in words with no cue word is a detachment somewhere, thousands are a force
        ("Zwölf Soldaten des Regiments machen sich im Januar auf den Weg.", "de", {"Zwölf": "deployment"}),
        # the parade ground and the national holiday: a gathering, not a deployment
        ("Rund 300 Soldaten waren auf dem Appellplatz der Kaserne angetreten.", "de", {"Rund 300": "other"}),
        (
            "Près de 400 militaires se sont rassemblés sur la place d'armes du camp pour la fête nationale.",
            "fr",
            {"Près de 400": "other"},
        ),
        (
            "Die Opposition richtete einen Appell an die Regierung, 500 Soldaten abzuziehen.",
            "de",
            {"500": "withdrawal"},
        ),
        # reservists counted among troops somewhere are part of that presence; called up, they enlarge the army
        (
            "Im Einsatzgebiet dienen derzeit 900 deutsche Soldaten, darunter befinden sich 75 Reservisten.",
            "de",
            {"75": "deployment"},
        ),
        ("Zur Mission in Litauen gehören derzeit 60 Reservisten.", "de", {"60": "deployment"}),
        ("Das Heer hat im Herbst 4.000 Reservisten einberufen.", "de", {"4.000": "force_size"}),
        ("Die neue Obergrenze liegt bei 150.000 Zeit- und Berufssoldaten.", "de", {"150.000": "force_size"}),
        # troops said to belong to a unit: the unit's strength, not an army's size
        (
            "Etwa 3.000 Soldaten werden künftig zur neuen Panzerbrigade im Osten gehören.",
            "de",
            {"Etwa 3.000": "deployment"},
        ),
        ("Die Streitkräfte umfassen derzeit 95.000 Soldaten.", "de", {"95.000": "force_size"}),
        # a change of a named mission's strength is a cut somewhere
        (
            "Die Allianz hat die Stärke der KFOR von 9000 auf 6000 Soldaten gesenkt.",
            "de",
            {"9000": "withdrawal", "6000": "withdrawal"},
        ),
        # sent home, or moved on to other sites: they leave where they are
        ("Rund 800 Angehörige der Armee werden im Sommer heimgeschickt.", "de", {"Rund 800": "withdrawal"}),
        (
            "Das Ministerium prüft, etwa 2.000 der 20.000 Soldaten in Japan an andere Standorte zu verlegen.",
            "de",
            {"etwa 2.000": "withdrawal", "20.000": "deployment"},
        ),
        ("Das Ministerium will 2.000 Soldaten nach Japan verlegen.", "de", {"2.000": "deployment"}),
        # a change to a round figure in words, in a foreign country named in the sentence, is a cut there
        (
            "Au Niger et au Tchad, les effectifs passeraient de 800 soldats cette année à une centaine.",
            "fr",
            {"800": "withdrawal", "une centaine": "withdrawal"},
        ),
        # troops abroad or in a number of countries are a presence, not an army's size
        (
            "Depuis 1990, 9.000 soldats belges ont été envoyés à l'étranger pour des missions de paix.",
            "fr",
            {"9.000": "deployment"},
        ),
        ("On compte aujourd'hui 450 militaires autrichiens dans 12 pays.", "fr", {"450": "deployment"}),
        ("The navy keeps 2,300 sailors overseas this year.", "en", {"2,300": "deployment"}),
        # a part named between the noun and the verb leaves the verb to the whole
        (
            "Neun Soldaten, darunter ein Oberst, wurden bei dem Angriff auf den Posten getötet.",
            "de",
            {"Neun": "casualties"},
        ),
        # a list of places after "de" is no change "de X à Y" ("300 à Djibouti, une centaine à Dakar")
        (
            "Les forces prépositionnées du pôle de coopération, 500 au Gabon, 400 en Côte d'Ivoire, 300 à Djibouti, "
            "une centaine à Dakar, restent en place.",
            "fr",
            {"500": "deployment", "300": "deployment", "une centaine": "deployment"},
        ),
        (
            "Mehr als 2.000 Soldaten, darunter 300 Reservisten, wurden nach Rumänien verlegt.",
            "de",
            {"Mehr als 2.000": "deployment"},
        ),
        # recruits who died are casualties, not a call-up
        (
            "Bei dem Raketenangriff kamen mindestens 14 Rekruten ums Leben.",
            "de",
            {"mindestens 14": "casualties"},
        ),
        ("Die Armee will im nächsten Jahr 20.000 Rekruten einziehen.", "de", {"20.000": "force_size"}),
        # troops that make up a brigade are its strength
        (
            "Together the 3,800 soldiers comprise an armored brigade based in Poland.",
            "en",
            {"3,800": "deployment"},
        ),
        # the French recent past of a return; "form the bulk of" those leaving trains no one, they leave too
        ("Les 150 soldats engagés au Liban viennent tout juste de rentrer.", "fr", {"150": "withdrawal"}),
        (
            "Les 90 chasseurs alpins forment le gros des 120 militaires qui quittent le Kosovo cette semaine.",
            "fr",
            {"90": "withdrawal", "120": "withdrawal"},
        ),
        # what is left of troops abroad after a cut, even with the army named; an army's own rest is its size
        (
            "Die Bundeswehr wird in Mali künftig mit nur noch maximal 400 Soldaten vertreten sein.",
            "de",
            {"maximal 400": "withdrawal"},
        ),
        # handing a post over to others is leaving it
        ("Les 300 soldats français ont laissé la place à un bataillon italien.", "fr", {"300": "withdrawal"}),
    ],
)
def test_type_from_frame(text: str, lang: str, expected: dict[str, str]) -> None:
    types = _types(text, lang)
    for count, mention_type in expected.items():
        assert types.get(count) == mention_type, (count, types)
