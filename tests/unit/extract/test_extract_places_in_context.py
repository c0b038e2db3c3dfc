"""Where troops are when the place is a sea or an area, a list, a state's title, an exercise named a sentence
before, or a state being helped (en/de/fr; sentences written here, after kinds of misses found on fresh real
news in round 6)."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def fields(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.count_text, m.actor_code, m.location_country) for m in extract_mentions(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a sea or an area of several countries is in no country: the country of the sentence before is not it
        (
            "Die Marine hat 300 Soldaten in Zypern stationiert. Weitere 250 Bundeswehrsoldaten sind im "
            "Mittelmeer im Einsatz.",
            "de",
            [("300", None, "CYP"), ("250", "DEU", None)],
        ),
        (
            "The Navy keeps 1,200 sailors in Bahrain. Another 900 sailors are on duty in the Red Sea.",
            "en",
            [("1,200", None, "BHR"), ("900", None, None)],
        ),
        (
            "Paris garde 600 militaires au Tchad. Quelque 2 000 soldats français restent au Sahel.",
            "fr",
            [("600", "FRA", "TCD"), ("Quelque 2 000", "FRA", None)],
        ),
        # "golfe de Guinée" is a gulf, not Guinea
        (
            "La France déploie 400 militaires dans le golfe de Guinée.",
            "fr",
            [("400", "FRA", None)],
        ),
        ("Rund 150 Marinesoldaten sichern den Golf von Guinea.", "de", [("Rund 150", None, None)]),
        # several countries in the count's own sentence: no one place, and not the sentence before's
        (
            "Berlin hat 90 Soldaten nach Georgien geschickt. Zehn Soldaten dienen in Äthiopien und Eritrea.",
            "de",
            [("90", "DEU", "GEO"), ("Zehn", "DEU", None)],
        ),
        (
            "Rome keeps 700 troops in Lebanon. Another 40 soldiers serve in Mali and Niger.",
            "en",
            [("700", "ITA", "LBN"), ("40", "ITA", None)],
        ),
    ],
)
def test_seas_areas_and_lists(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # troops taking part in the exercise that the sentence before placed
        (
            "In Polen hat die Bundeswehr mit einer großen Übung begonnen. Daran sind etwa 4000 Soldaten beteiligt.",
            "de",
            [("etwa 4000", "DEU", "POL")],
        ),
        (
            "NATO's largest drill in years has started in Estonia. Some 9,000 troops are taking part.",
            "en",
            [("Some 9,000", "NATO", "EST")],
        ),
        (
            "Un exercice interallié s'est ouvert lundi en Roumanie. Près de 3 000 militaires y participent.",
            "fr",
            [("Près de 3 000", None, "ROU")],
        ),
    ],
)
def test_exercise_named_the_sentence_before(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "location"),
    [
        # another or an earlier exercise: the place of the sentence before is not its own
        (
            "Die Übung soll im Mai in Finnland stattfinden. Beim letzten Manöver war das Heer mit 900 Soldaten "
            "vertreten.",
            "de",
            None,
        ),
        (
            "Une première session a eu lieu en Pologne. Une autre session vise 2 000 recrues d'ici l'été.",
            "fr",
            None,
        ),
    ],
)
def test_another_exercise_keeps_no_place(text: str, lang: str, location: str | None) -> None:
    assert [m.location_country for m in extract_mentions(text, lang)] == [location]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a state's title before its name
        (
            "About 80 Marines landed in the Kingdom of Morocco for a two-week drill.",
            "en",
            [("About 80", None, "MAR")],
        ),
        ("Some 300 Spanish troops were flown to the Kingdom of Jordan.", "en", [("Some 300", "ESP", "JOR")]),
        # a unit's ordinal after a comma is no other count, so the place further on is still theirs
        (
            "Around 120 soldiers from the 2nd Battalion, 7th Infantry Regiment, arrived in Latvia on Monday.",
            "en",
            [("Around 120", None, "LVA")],
        ),
    ],
)
def test_state_titles_and_unit_ordinals(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the state helped is not where the troops go, nor whose they are
        (
            "Pyongyang has sent more than 8,000 soldiers to help Moscow.",
            "en",
            [("more than 8,000", "PRK", None)],
        ),
        ("Minsk sent 500 troops to support Russia last spring.", "en", [("500", "BLR", None)]),
        ("Le Tchad a envoyé 1 000 soldats pour aider le Cameroun.", "fr", [("1 000", "TCD", None)]),
        # a real destination stays one
        ("Pyongyang has sent 8,000 soldiers to Russia.", "en", [("8,000", "PRK", "RUS")]),
    ],
)
def test_the_state_helped_is_no_place(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the troops counted in the sentence before, not the first body that sentence names
        (
            "Un convoi de la Minusma transportant 6 soldats tchadiens a sauté sur une mine près de Kidal. Les "
            "blessés ont été évacués, dont 3 soldats dans un état grave.",
            "fr",
            [("6", "TCD", "MLI"), ("3", "TCD", "MLI")],
        ),
        (
            "A NATO patrol with 8 Polish soldiers was hit near Kabul. Medics later flew 2 soldiers to a hospital.",
            "en",
            [("8", "POL", "AFG"), ("2", "POL", "AFG")],
        ),
        # the owner inside the troop noun of the sentence before: the same troops, counted now
        (
            "Die ersten Bundeswehrsoldaten sind in Estland angekommen. Die etwa 80 Soldaten bauen dort ein Lager auf.",
            "de",
            [("etwa 80", "DEU", "EST")],
        ),
        (
            "In Rumänien sind US-Soldaten gelandet. Die rund 300 Soldaten sollen bis zum Herbst bleiben.",
            "de",
            [("rund 300", "USA", "ROU")],
        ),
        # a state contributing troops to a mission owns them
        (
            "L'Italie est le premier contributeur de la Finul, avec 1 100 soldats.",
            "fr",
            [("1 100", "ITA", "LBN")],
        ),
        (
            "Ghana is the largest contributor to UNIFIL, with 870 soldiers.",
            "en",
            [("870", "GHA", "LBN")],
        ),
        # a mission with no state contributing keeps its own troops
        ("La Finul compte 9 800 soldats.", "fr", [("9 800", "UN", "LBN")]),
    ],
)
def test_owner_from_the_sentence_before_and_contributors(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # German lists go on with an article: several countries, no one place
        (
            "Zurzeit dienen 320 Soldaten der Bundeswehr in Kuwait, der jordanischen Hauptstadt Amman und im "
            "Süden des Libanon.",
            "de",
            [("320", "DEU", None)],
        ),
        (
            "In Estland waren 1.500 Soldaten aus Staaten wie Frankreich, den Niederlanden und Dänemark stationiert.",
            "de",
            [("1.500", None, "EST")],
        ),
        # a name, then an owner's adjective, is no list: the camp is in Somalia
        (
            "Nine soldiers were killed in an attack on a camp in Somalia, Kenyan officials said.",
            "en",
            [("Nine", None, "SOM")],
        ),
        # where troops come from, then where others are: each count keeps its own
        (
            "In Polen waren es 700 Soldaten aus Kanada, in Lettland 400 aus Spanien.",
            "de",
            [("700", "CAN", "POL"), ("400", "ESP", "LVA")],
        ),
        # ... also with a hedge before the second count
        (
            "In Polen sind 700 Soldaten stationiert, in Lettland rund 400.",
            "de",
            [("700", None, "POL"), ("rund 400", None, "LVA")],
        ),
        # beside a country is not in it
        (
            "Die Truppe war mit etwa 450 Soldaten in dem nördlich der Türkei gelegenen Land präsent.",
            "de",
            [("etwa 450", None, None)],
        ),
        ("Some 300 troops were massed just north of Syria.", "en", [("Some 300", None, None)]),
        # ... but French "au nord du Mali" is inside it
        ("Douze soldats ont été tués au nord du Mali.", "fr", [("Douze", None, "MLI")]),
        # "von X aus": the base troops act from
        (
            "Die Luftwaffe beteiligt sich mit 250 Soldaten von Zypern aus an der Mission.",
            "de",
            [("250", None, "CYP")],
        ),
    ],
)
def test_lists_sides_and_bases(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the army the sentence before names owns the losses even when the count's sentence moves the wounded on
        (
            "Une patrouille de l'armée nigérienne a sauté sur une mine. Trois militaires ont été tués et les "
            "blessés évacués vers Niamey.",
            "fr",
            [("Trois", "NER", "NER")],
        ),
        # the killers named with their noun before their demonym are not the owners
        (
            "Dix assaillants ont été tués par les soldats tchadiens près du lac.",
            "fr",
            [("Dix", None, None)],
        ),
    ],
)
def test_owner_of_losses(text: str, lang: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the state that asked for the troops is not their owner
        (
            "Kenya, at the request of the government of Haiti, will send 400 soldiers to Port-au-Prince.",
            "en",
            [("400", "KEN", "HTI")],
        ),
        (
            "Le Tchad, à la demande du Niger, a déployé 600 soldats près de Diffa.",
            "fr",
            [("600", "TCD", "NER")],
        ),
        # the alliance's member states a force moves to are where it goes, not whose it is
        (
            "Das Pentagon will 3000 Soldaten aus Italien abziehen und in andere Nato-Länder schicken.",
            "de",
            [("3000", "USA", "ITA")],
        ),
        # a state's base abroad is where the base is, not the state
        (
            "About 2,000 sailors serve at a US base in Qatar.",
            "en",
            [("About 2,000", None, "QAT")],
        ),
        # a flight to a town is where the troops go
        (
            "Une section de 40 soldats prendra l'avion pour Gao lundi.",
            "fr",
            [("40", None, "MLI")],
        ),
        # a minister's country written with a hyphen owns the troops he speaks of
        (
            "Wie der US-Verteidigungsminister mitteilte, sollen 900 Soldaten in Polen bleiben.",
            "de",
            [("900", "USA", "POL")],
        ),
    ],
)
def test_requesters_destinations_and_bases(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # troops going home (German verb last) withdraw from the country the sentences before put them in
        (
            "Die USA wollen ihre Truppen in Italien verkleinern. Etwa 3000 Soldaten sollen in die USA zurückkehren.",
            "de",
            [("Etwa 3000", "USA", "ITA")],
        ),
        (
            "Großbritannien reduziert seine Präsenz in Estland. Rund 500 Soldaten werden nach Großbritannien "
            "heimgeholt.",
            "de",
            [("Rund 500", "GBR", "EST")],
        ),
        # where pulled-out troops go ("in andere Teile Europas") is no place left
        (
            "Washington zieht Truppen aus Spanien ab. 1200 Soldaten sollen zurück in die USA oder an andere "
            "Standorte in Europa gehen.",
            "de",
            [("1200", "USA", "ESP")],
        ),
    ],
)
def test_going_home_leaves_the_country_before(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert [
        (m.count_text, m.actor_code, m.location_country) for m in extract_mentions(text, lang)
    ] == expected
    assert all(m.mention_type == "withdrawal" for m in extract_mentions(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a place named as a province or a city is where things are, not an owner
        (
            "Une compagnie de 80 soldats part pour Bunia, capitale provinciale de l'Ituri, a indiqué un officier "
            "de l'armée ougandaise.",
            "fr",
            [("80", "UGA", "COD")],
        ),
        # one of two sides named after "entre" / "between" owns nobody's troops
        (
            "Des soldats kényans sont arrivés. Ces 200 hommes doivent surveiller la trêve entre l'armée congolaise "
            "et les rebelles.",
            "fr",
            [("200", "KEN", None)],
        ),
    ],
)
def test_provinces_and_sides_own_nothing(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "liquidés", "liquidiert", "liquidated": killed, so placed where the sentence says
        (
            "Dans l'est de l'Ukraine, 40 mercenaires russes ont été liquidés.",
            "fr",
            [("40", "RUS", "UKR", "casualties")],
        ),
        (
            "Im Norden Malis wurden 25 Dschihadisten liquidiert.",
            "de",
            [("25", None, "MLI", "casualties")],
        ),
        # "dans le nord du Niger et de l'Algérie": two countries, no one place
        (
            "Plus de 500 combattants ont été tués dans le nord du Niger et de l'Algérie.",
            "fr",
            [("Plus de 500", None, None, "casualties")],
        ),
    ],
)
def test_liquidated_and_lists_with_two_articles(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None, str]]
) -> None:
    got = [
        (m.count_text, m.actor_code, m.location_country, m.mention_type) for m in extract_mentions(text, lang)
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the state deterred is not the troops' owner
        (
            "Zur Abschreckung Chinas sind etwa 900 Soldaten aus Japan und Australien auf die Philippinen verlegt "
            "worden.",
            "de",
            [("etwa 900", None, "PHL")],
        ),
        ("To deter Iran, 1,500 sailors were sent to Bahrain.", "en", [("1,500", None, "BHR")]),
        # a channel or firm a state owns is a source, not the owner of the troops it reports on
        (
            "But Qatari-owned broadcaster Al Jazeera said eleven soldiers died in the blast.",
            "en",
            [("eleven", None, None)],
        ),
        # "die baltischen Staaten": an area of several countries, so no country of the sentence before
        (
            "Die Lage in der Ukraine bleibt angespannt. Die Nato schickt je 800 Soldaten in die baltischen Staaten.",
            "de",
            [("800", "NATO", None)],
        ),
    ],
)
def test_deterred_owned_and_baltic_states(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the country troops have left is where they withdraw from
        ("So far 400 soldiers have left Chad, officials said.", "en", [("400", None, "TCD")]),
        ("Près de 150 soldats belges ont quitté le 3 mai le Mali.", "fr", [("Près de 150", "BEL", "MLI")]),
        # ... but not a capital they set off from towards home
        ("Some 90 French soldiers left Niamey for France on Friday.", "en", [("Some 90", "FRA", "NER")]),
    ],
)
def test_the_country_left(text: str, lang: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a German compound of a compass word and a country is a part of that country
        ("Die Armee hält rund 900 Soldaten in Ostsyrien.", "de", [("rund 900", None, "SYR")]),
        ("In Westafghanistan wurden 12 Soldaten getötet.", "de", [("12", None, "AFG")]),
        ("Etwa 400 Soldaten sind im Süd-Libanon stationiert.", "de", [("Etwa 400", None, "LBN")]),
        # ... but a country whose own name is such a compound keeps its code
        ("Im Südsudan sind 50 Blauhelme stationiert.", "de", [("50", "UN", "SSD")]),
        ("In Nordkorea dienen 1,2 Millionen Soldaten.", "de", [("1,2 Millionen", "PRK", None)]),
        # an air base names the country it lies in
        ("Rund 250 deutsche Soldaten sind in Al-Asrak stationiert.", "de", [("Rund 250", "DEU", "JOR")]),
        ("Some 600 Marines are rotating through the Northern Territory.", "en", [("Some 600", None, "AUS")]),
    ],
)
def test_compass_compounds_and_bases_name_their_country(text, lang, expected):
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a demonym right before a town of its own country describes the town, not the troops' owner
        (
            "Die 150 im russischen Kursk eingesetzten Soldaten werden abgelöst.",
            "de",
            [("150", None, "RUS")],
        ),
        ("The 150 Dutch soldiers at the Turkish base of Incirlik will move.", "en", [("150", "NLD", "TUR")]),
        # several states' demonyms listed in the phrase: none of them owns the troops alone
        (
            "Die Nato-Streitkräfte üben in Lettland. Rund 900 lettische, polnische und kanadische Soldaten sind "
            "daran beteiligt.",
            "de",
            [("Rund 900", None, "LVA")],
        ),
        ("About 2,000 British and French troops are in Estonia.", "en", [("About 2,000", None, "EST")]),
        ("Quelque 500 soldats belges et néerlandais sont en Lituanie.", "fr", [("Quelque 500", None, "LTU")]),
        # one demonym still owns them
        ("About 2,000 British troops are in Estonia.", "en", [("About 2,000", "GBR", "EST")]),
        # the alliance's flank is a region, not the alliance's troops
        (
            "About 800 troops will arrive in Romania to guard the eastern flank of NATO.",
            "en",
            [("About 800", None, "ROU")],
        ),
        (
            "Environ 300 soldats renforcent le flanc est de l'Otan en Roumanie.",
            "fr",
            [("Environ 300", None, "ROU")],
        ),
        ("Environ 300 soldats de l'Otan sont en Estonie.", "fr", [("Environ 300", "NATO", "EST")]),
        # the partner troops train with is not their owner
        ("About 200 soldiers trained in Lithuania with Polish units.", "en", [("About 200", None, "LTU")]),
        (
            "About 200 Polish soldiers trained in Lithuania with German units.",
            "en",
            [("About 200", "POL", "LTU")],
        ),
        (
            "Quelque 200 soldats s'exercent pendant trois semaines en Lettonie avec une unité belge.",
            "fr",
            [("Quelque 200", None, "LVA")],
        ),
        (
            "Quelque 200 soldats belges s'exercent en Lettonie avec une unité lettone.",
            "fr",
            [("Quelque 200", "BEL", "LVA")],
        ),
        (
            "Rund 300 Soldaten üben in Polen gemeinsam mit einer litauischen Kompanie.",
            "de",
            [("Rund 300", None, "POL")],
        ),
    ],
)
def test_place_adjectives_lists_flanks_and_partners_own_nothing(text, lang, expected):
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the country hosting troops is where they are
        ("La Lettonie accueille actuellement 900 soldats canadiens.", "fr", [("900", "CAN", "LVA")]),
        ("Poland hosts some 10,000 U.S. troops.", "en", [("some 10,000", "USA", "POL")]),
        ("Rumänien beherbergt derzeit rund 4.000 Nato-Soldaten.", "de", [("rund 4.000", "NATO", "ROU")]),
        # a demonym before the capital of its own country describes the city
        ("Im irakischen Bagdad sind 300 Soldaten stationiert.", "de", [("300", None, "IRQ")]),
        # who leads or commands a force does not own the troops in it
        (
            "Die Niederlande schicken 200 Soldaten in ein Bataillon unter Nato-Befehl in Litauen.",
            "de",
            [("200", "NLD", "LTU")],
        ),
        (
            "Le Portugal envoie 150 hommes en Roumanie, dans un bataillon dirigé par la France.",
            "fr",
            [("150", "PRT", "ROU")],
        ),
        # the leader who asked for troops does not own them
        ("Les 800 soldats demandés par le président malien arriveront en mars.", "fr", [("800", None, None)]),
        (
            "The 800 troops requested by the Somali president will arrive in March.",
            "en",
            [("800", None, None)],
        ),
        # older names of a country
        ("Damals dienten 90 deutsche Soldaten in Mazedonien.", "de", [("90", "DEU", "MKD")]),
    ],
)
def test_hosts_capitals_leaders_and_requesters(text, lang, expected):
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the next sentence goes on about the same troops and says where they are
        (
            "Le Portugal fournit un détachement de 180 militaires. Ces troupes sont basées près de Tapa, en Estonie.",
            "fr",
            [("180", "PRT", "EST")],
        ),
        (
            "Norway is sending 120 soldiers next month. They will be stationed in Lithuania until May.",
            "en",
            [("120", "NOR", "LTU")],
        ),
        (
            "Dänemark schickt 250 Soldaten. Die Soldaten werden in Lettland stationiert.",
            "de",
            [("250", "DNK", "LVA")],
        ),
        # not when the next sentence counts others, names two countries, or the count is placed already
        (
            "Norway is sending 120 soldiers next month. They will join 300 Danish soldiers in Lithuania.",
            "en",
            [("120", "NOR", None), ("300", "DNK", "LTU")],
        ),
        (
            "Norway is sending 120 soldiers next month. They will be stationed in Lithuania and Latvia.",
            "en",
            [("120", "NOR", None)],
        ),
        (
            "Norway is sending 120 soldiers to Poland. They will later train in Lithuania.",
            "en",
            [("120", "NOR", "POL")],
        ),
    ],
)
def test_the_next_sentence_places_the_same_troops(text, lang, expected):
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the next sentence about the same troops may name them with an adjective, not as a share of them
        (
            "Cairo plans to send up to 900 troops next year. The Egyptian troops will be based in Jowhar.",
            "en",
            [("up to 900", "EGY", "SOM")],
        ),
        (
            "Gut 5.000 Soldaten dienen derzeit im Ausland. Die meisten Soldaten sind in Mali.",
            "de",
            [("Gut 5.000", None, None)],
        ),
        # a demonym of another noun is no state sending peacekeepers
        (
            "L'aide française et l'envoi de 9.000 Casques bleus ont calmé le pays.",
            "fr",
            [("9.000", "UN", None)],
        ),
        ("L'armée française a déployé 300 Casques bleus au Liban.", "fr", [("300", "FRA", "LBN")]),
        # regions of Mali and Somalia
        ("Quelque 400 soldats combattent dans le massif des Ifoghas.", "fr", [("Quelque 400", None, "MLI")]),
    ],
)
def test_adjectives_of_the_same_troops_and_of_other_nouns(text, lang, expected):
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the commander's nationality is not the force's owner
        (
            "La mission, commandée par le général (sénégalais) Abdou Diop, compte 6000 hommes au Mali.",
            "fr",
            [("6000", None, "MLI")],
        ),
        # a part of a continent is no compass word before the next name
        (
            "Im Rahmen der Nato-Präsenz in Osteuropa stellt Kanada dort rund 600 Soldaten in Lettland.",
            "de",
            [("rund 600", "CAN", "LVA")],
        ),
        # a ministry taking part with its troops owns them; one that only reports does not
        (
            "Das belgische Verteidigungsministerium beteiligt sich mit 200 Soldaten an der Mission in Litauen.",
            "de",
            [("200", "BEL", "LTU")],
        ),
        # British services and East Timor by name
        ("A frigate of the Royal Navy carried 300 Royal Marines to Norway.", "en", [("300", "GBR", "NOR")]),
        ("New Zealand sent 400 soldiers to East Timor.", "en", [("400", "NZL", "TLS")]),
    ],
)
def test_commanders_continents_ministries_and_services(text, lang, expected):
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a pronoun subject's possessive points back to the state the sentence before opens with
        (
            "Nepal is a large contributor to the mission. It has about 900 of its peacekeepers in Lebanon.",
            "en",
            [("about 900", "NPL", "LBN")],
        ),
        # the state sending its own peacekeepers in the sentence before owns those that arrive
        (
            "Brazil began deploying its peacekeepers in Haiti on Monday. About 300 peacekeepers have arrived.",
            "en",
            [("About 300", "BRA", "HTI")],
        ),
        # peacekeepers with no state named stay the UN's
        ("About 300 peacekeepers have arrived in Haiti.", "en", [("About 300", "UN", "HTI")]),
        # an alliance's base is not the troops' owner
        (
            "Des soldats portugais sont arrivés. En Lituanie, près de 200 soldats ont rejoint une base de l'Otan.",
            "fr",
            [("près de 200", "PRT", "LTU")],
        ),
        # where troops fly to ('s'envolent pour') is where they go
        ("Les 150 soldats s'envolent ce jeudi pour la Lettonie.", "fr", [("150", None, "LVA")]),
    ],
)
def test_possessives_senders_bases_and_flights(text, lang, expected):
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # where a ministry speaks or a government sits is not where the counted troops are
        (
            "Insgesamt seien 400 armenische Soldaten gefallen, teilte das Ministerium am Montag in Eriwan mit.",
            "de",
            [("400", "ARM", None)],
        ),
        (
            "Die Soldaten koordinieren die Arbeit der Regierung in Erbil. Derzeit sind 80 Soldaten im Einsatz.",
            "de",
            [("80", None, None)],
        ),
        # a town attacked in an offensive is where its soldiers fell
        (
            "Bei der Offensive gegen Mossul wurden bislang 12 amerikanische Soldaten getötet.",
            "de",
            [("12", "USA", "IRQ")],
        ),
    ],
)
def test_speakers_and_seats_place_nobody(text, lang, expected):
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a war named as the cause ("wegen ... im Ukraine-Konflikt") is not where troops are sent
        (
            "Wegen der Spannungen im Ukraine-Konflikt hat Dänemark 200 Soldaten nach Lettland entsandt.",
            "de",
            [("200", "DNK", "LVA")],
        ),
        # ... but troops used in a war are in its country
        ("Russland setzt im Ukraine-Krieg rund 5000 Söldner ein.", "de", [("rund 5000", "RUS", "UKR")]),
        # who backs a mission does not own the troops counted with it
        (
            "Portugal now has 300 soldiers serving with the United Nations-backed force.",
            "en",
            [("300", "PRT", None)],
        ),
    ],
)
def test_war_compounds_and_backers(text, lang, expected):
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the sentence before: the demonym of its troops before any other body it names first
        (
            "Malgré les frappes russes, nous avons rencontré des soldats belges déployés là-bas. En Lettonie, près "
            "de 300 soldats gardent une base.",
            "fr",
            [("près de 300", "BEL", "LVA")],
        ),
        (
            "After the Chinese drills, we met Canadian soldiers at the camp. In Latvia, about 300 soldiers guard it.",
            "en",
            [("about 300", "CAN", "LVA")],
        ),
    ],
)
def test_troop_demonyms_of_the_sentence_before(text, lang, expected):
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a state taking part in the mission, said in the next sentence, owns the mission's troops counted before
        (
            "Im Rahmen der UNIFIL-Mission dienen derzeit 190 Soldaten im Libanon. Irland beteiligt sich seit 2011 an "
            "dem UNO-Einsatz.",
            "de",
            [("190", "IRL", "LBN")],
        ),
        (
            "Some 300 peacekeepers of the mission serve in Lebanon. Ireland contributes to the UN force there.",
            "en",
            [("Some 300", "IRL", "LBN")],
        ),
        # not when the next sentence counts others
        (
            "Im Rahmen der UNIFIL-Mission dienen derzeit 190 Soldaten im Libanon. Irland beteiligt sich mit 40 "
            "Soldaten an dem UNO-Einsatz.",
            "de",
            [("190", "UN", "LBN"), ("40", "IRL", "LBN")],
        ),
    ],
)
def test_contributor_in_the_next_sentence(text, lang, expected):
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # troops massed at a country's border, named by its adjective, stand outside that country
        (
            "Etwa 5000 russische Soldaten stehen an der finnischen Grenze.",
            "de",
            [("Etwa 5000", "RUS", None)],
        ),
        (
            "Belarus hat nahe der polnischen Grenze 3000 Soldaten zusammengezogen.",
            "de",
            [("3000", "BLR", None)],
        ),
        (
            "Rund 300 Soldaten des Bundesheeres patrouillieren entlang der ungarischen Grenzen.",
            "de",
            [("Rund 300", "AUT", None)],
        ),
        (
            "Die Türkei hat 2000 Soldaten an die syrische Grenze verlegt.",
            "de",
            [("2000", "TUR", None)],
        ),
        # the country itself, not its border, still places the troops
        (
            "Etwa 5000 russische Soldaten stehen in Finnland.",
            "de",
            [("Etwa 5000", "RUS", "FIN")],
        ),
    ],
)
def test_adjective_border_is_no_place(text, lang, expected):
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a place right before another qualified count ("in Estland mehr als 200") is that count's, and a count
        # with no noun of its own still takes it
        (
            "Sind etwa in Litauen vier schwedische Soldaten eingesetzt, sind es in Estland mehr als 200.",
            "de",
            [("vier", "SWE", "LTU"), ("mehr als 200", "SWE", "EST")],
        ),
        (
            "In Polen stehen 300 Soldaten, in Rumänien bis zu 500.",
            "de",
            [("300", None, "POL"), ("bis zu 500", None, "ROU")],
        ),
        (
            "Die Bundeswehr hat 50 Soldaten in Jordanien und gut 100 im Irak.",
            "de",
            [("50", "DEU", "JOR"), ("gut 100", "DEU", "IRQ")],
        ),
    ],
)
def test_place_before_a_qualified_count(text, lang, expected):
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # German garrisons, airbases and training areas, and a German state's adjective before a town, are in
        # Germany; Austrian training areas in Austria
        ("Die 300 Soldaten sind im bayerischen Vilseck stationiert.", "de", [("300", None, "DEU")]),
        (
            "Im niedersächsischen Wunstorf warten 80 Sanitätssoldaten auf ihren Weiterflug.",
            "de",
            [("80", None, "DEU")],
        ),
        ("Etwa 900 Soldaten üben auf dem Truppenübungsplatz Allentsteig.", "de", [("Etwa 900", None, "AUT")]),
        ("In Leverkusen helfen 150 Soldaten beim Füllen von Sandsäcken.", "de", [("150", None, "DEU")]),
        # police stay no troops; a destination named after the origin town is where they go
        ("Die bayerische Polizei hat 300 Beamte geschickt.", "de", []),
        (
            "Rund 400 Soldaten aus dem thüringischen Sondershausen wurden nach Litauen verlegt.",
            "de",
            [("Rund 400", None, "LTU")],
        ),
    ],
)
def test_german_and_austrian_garrisons(text, lang, expected):
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # German, Austrian and Swiss military bodies name the owner when no state is written
        ("Laut BMVg sind derzeit 1200 Soldaten im Ausland eingesetzt.", "de", [("1200", "DEU", None)]),
        (
            "Das Einsatzführungskommando meldete, dass 300 Soldaten zurückgekehrt seien.",
            "de",
            [("300", "DEU", None)],
        ),
        (
            "Das Militärkommando Tirol schickte 40 Soldaten in das Hochwassergebiet.",
            "de",
            [("40", "AUT", "AUT")],
        ),
        ("Das 50. Swisscoy-Kontingent umfasst 190 Soldatinnen und Soldaten.", "de", [("190", "CHE", None)]),
        # a state written beside them still owns its own troops
        (
            "Laut BMVg hat Russland 5000 Soldaten an die Grenze verlegt.",
            "de",
            [("5000", "RUS", None)],
        ),
    ],
)
def test_national_military_bodies_own_troops(text, lang, expected):
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the neighbour across a guarded border ("Staatsgrenze zu Slowenien") owns none of the guards
        (
            "Seit dem Frühjahr wird die Staatsgrenze zu Slowenien auch von Soldaten überwacht. Rund 200 Mann sind "
            "dort in Spielfeld im Einsatz.",
            "de",
            [("Rund 200", None, "AUT")],
        ),
        (
            "Die Slowakei hat 300 Soldaten an die Landesgrenze zu Ungarn geschickt.",
            "de",
            [("300", "SVK", None)],
        ),
        (
            "An der Grenze zu Belarus patrouillieren 400 polnische Soldaten.",
            "de",
            [("400", "POL", None)],
        ),
    ],
)
def test_neighbour_across_a_border_owns_no_guards(text, lang, expected):
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a state ranked ahead ("das größte Kontingent nach Kanada") is neither the place nor the owner
        (
            "Mit rund 9000 Soldaten bei dem Manöver stellt die Bundeswehr das größte Kontingent nach Kanada.",
            "de",
            [("rund 9000", "DEU", None)],
        ),
        (
            "Spanien stellt nach Frankreich und Polen den drittgrößten Anteil mit 2500 Soldaten.",
            "de",
            [("2500", "ESP", None)],
        ),
        # 'nach' before a destination still sends the troops there
        ("Die Bundeswehr schickt 300 Soldaten nach Litauen.", "de", [("300", "DEU", "LTU")]),
    ],
)
def test_state_ranked_before_is_no_place(text, lang, expected):
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a state joined to its troop noun ("US-Truppen", "Nato-Soldaten") owns them and places nobody
        (
            "Zwei französische Soldaten wurden in einem Lager verletzt, in dem US-Truppen im Osten Syriens wohnen.",
            "de",
            [("Zwei", "FRA", "SYR")],
        ),
        (
            "In Italien leben derzeit rund 30 000 in Kasernen untergebrachte US-Soldaten.",
            "de",
            [("rund 30 000", "USA", "ITA")],
        ),
    ],
)
def test_state_joined_to_its_troop_noun_is_no_place(text, lang, expected):
    assert fields(text, lang) == expected
