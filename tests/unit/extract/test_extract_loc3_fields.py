"""Location and actor in en/de/fr, round 3: the centre of a country in the genitive, state nouns used as the
troops' adjective, the enemy of a war, places attacked, destinations after "pour", groups beside a demonym or
named as an ally, more of the same troops, drawdowns carried from an earlier sentence (sentences written here,
after kinds of misses found on fresh real news)."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def fields(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.count_text, m.actor_code, m.location_country) for m in extract_mentions(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "im Zentrum Malis", "im Herzen Syriens": the centre of a country is in it
        ("Im Zentrum Malis starben am Montag drei Soldaten.", "de", [("drei", None, "MLI")]),
        ("Im Herzen Syriens wurden zwölf Soldaten verletzt.", "de", [("zwölf", None, "SYR")]),
        ("In der Mitte Nigers wurden elf Soldaten getötet.", "de", [("elf", None, "NER")]),
        # a state noun written before the troop noun owns the troops and places nothing
        (
            "The plan is to withdraw about 2,000 U.S. troops from Afghanistan and Iraq.",
            "en",
            [("about 2,000", "USA", None)],
        ),
        (
            "Officials moved to bring home 800 US soldiers stationed in Syria.",
            "en",
            [("800", "USA", "SYR")],
        ),
        # the enemy of a war is not where the troops are
        (
            "Some 4,000 Belarusian troops were sent to fight in the war against Ukraine, officials in Minsk said.",
            "en",
            [("Some 4,000", "BLR", None)],
        ),
        # a place attacked or annexed owns nobody's troops
        (
            "Since the invasion of Gaza began, 60 Israeli soldiers have been wounded in the north.",
            "en",
            [("60", "ISR", None)],
        ),
        (
            "Quelque 200 soldats canadiens, arrivés après l'annexion de la Crimée par la Russie, sont en Lettonie.",
            "fr",
            [("Quelque 200", "CAN", "LVA")],
        ),
        # "partis pour la Grèce": where they go, not whose soldiers
        ("Environ 400 soldats sont partis mardi pour la Grèce.", "fr", [("Environ 400", None, "GRC")]),
        # a group beside a demonym is the owner, not the country
        (
            "Die Armee meldete 30 getötete Kämpfer der libanesischen Hisbollah-Miliz.",
            "de",
            [("30", "HEZBOLLAH", None)],
        ),
        # a group named only as another's ally does not own the fighters
        (
            "Die mit der Hamas verbündete Hisbollah meldete 12 getötete Kämpfer.",
            "de",
            [("12", "HEZBOLLAH", None)],
        ),
        # soldiers "of the militia" belong to the group named before
        (
            "Die Hisbollah bestätigte den Angriff. Vier Soldaten der Miliz seien getötet worden.",
            "de",
            [("Vier", "HEZBOLLAH", None)],
        ),
        # "weitere", "another", "autres": more of the same troops, with the same owner
        (
            "In Tschad starben zwei nigrische Soldaten. Drei weitere Soldaten wurden verletzt.",
            "de",
            [("zwei", "NER", "TCD"), ("Drei", "NER", "TCD")],
        ),
        # the side they fell on, written without its noun the second time
        (
            "Kiew meldete bis zu 900 Gefallene auf ukrainischer Seite und bis zu 4.000 auf russischer.",
            "de",
            [("bis zu 900", "UKR", None), ("bis zu 4.000", "RUS", None)],
        ),
        # a state opening an elliptical count's own clause owns it
        (
            "Belgien beteiligt sich mit 400 Soldaten, Dänemark mit 250.",
            "de",
            [("400", "BEL", None), ("250", "DNK", None)],
        ),
        # a count without a noun of its own, in a sentence naming no owner: the troops of the count before
        (
            "Polen meldete 40 getötete belarussische Soldaten. Hinzu kämen 75 Verletzte.",
            "de",
            [("40", "BLR", None), ("75", "BLR", None)],
        ),
        (
            "Dort kämpfen rund 900 kenianische Soldaten gegen die Schabab. Zuletzt wurden 40 getötet.",
            "de",
            [("rund 900", "KEN", None), ("40", "KEN", None)],
        ),
        # a place, a comma, then the next clause's subject: no list of places
        (
            "En Lituanie, la Norvège maintient quelque 200 soldats depuis 2017.",
            "fr",
            [("quelque 200", "NOR", "LTU")],
        ),
        (
            "In Lettland, die Kanadier stellen rund 1.000 Soldaten, heißt es.",
            "de",
            [("rund 1.000", "CAN", "LVA")],
        ),
        # an elliptical count keeps the place of the count it shares its clause with
        (
            "Roughly 1,000 troops will be pulled from Kuwait, dropping to 2,000.",
            "en",
            [("Roughly 1,000", None, "KWT"), ("2,000", None, "KWT")],
        ),
        (
            "Some 400 US troops will be pulled out of Niger, also dropping to 600.",
            "en",
            [("Some 400", "USA", "NER"), ("600", "USA", "NER")],
        ),
        # a state's own contingent in a mission: a demonym right before the mission, or a parliament's mandate
        (
            "Seit 2003 hat die deutsche Kfor-Truppe 27 Tote zu beklagen.",
            "de",
            [("27", "DEU", None)],
        ),
        (
            "Das Unifil-Mandat wurde im Bundestag verlängert. Es erlaubt den Einsatz von bis zu 300 Soldaten.",
            "de",
            [("bis zu 300", "DEU", "LBN")],
        ),
        # the mission named in the count's own sentence keeps its troops
        (
            "Die Bundeswehr stellt das größte Kontingent. Die Kfor hat derzeit eine Stärke von 4.000 Soldaten.",
            "de",
            [("4.000", "NATO", None)],
        ),
        # the army trained is not the trainers' owner
        (
            "Die Bundeswehr schickt bis zu 120 Soldaten zur Ausbildung nigrischer Spezialkräfte.",
            "de",
            [("bis zu 120", "DEU", None)],
        ),
        (
            "Italy will send 200 soldiers to train Libyan recruits.",
            "en",
            [("200", "ITA", None)],
        ),
        # a source after "zufolge", a journalist or a broadcaster owns nobody's troops
        (
            "Nordkorea hat den Südkoreanern zufolge 3.000 weitere Soldaten nach Russland geschickt.",
            "de",
            [("3.000", "PRK", "RUS")],
        ),
        (
            "Kiew bezifferte die Zahl der Verletzten im Gespräch mit einem britischen Journalisten auf 9.000 Soldaten.",
            "de",
            [("9.000", "UKR", None)],
        ),
        # soldiers taking part in a mission stay their state's
        (
            "Die Bundeswehr beendet den Einsatz. Die letzten 90 Soldaten, die am UN-Einsatz Unmiss beteiligt waren, "
            "sind gelandet.",
            "de",
            [("90", "DEU", None)],
        ),
        # peacekeepers of a regional body are its own, unless the UN is named too
        (
            "Four peacekeepers of the African Union force were wounded near Baidoa.",
            "en",
            [("Four", "AU", "SOM")],
        ),
        # a city taken is nobody's owner
        (
            "Die Armee kündigte die Einberufung von 20.000 Reservisten zur Einnahme der Stadt Rafah an.",
            "de",
            [("20.000", None, None)],
        ),
        # a demonym describing a kind of place ("the Ukrainian border") names no owner
        (
            "Zuletzt flogen 150 Soldaten über die kenianische Hauptstadt zurück, teilte die Bundeswehr mit.",
            "de",
            [("150", "DEU", None)],
        ),
        # under the banner of a body: who leads, not whose soldiers
        (
            "Sous la bannière de l'ONU, la Belgique aligne 400 soldats belges au Liban.",
            "fr",
            [("400", "BEL", "LBN")],
        ),
        # where a speaker announces something is not where the troops are
        (
            "Der Bestand in Japan werde auf 40.000 Soldaten reduziert, kündigte der Minister am Montag in Washington an.",
            "de",
            [("40.000", "USA", "JPN")],
        ),
        # a channel named after a country places nothing
        (
            "Le ministre a indiqué sur France 2 que 300 soldats belges partiraient en Estonie.",
            "fr",
            [("300", "BEL", "EST")],
        ),
        # the Warsaw Pact is no country
        (
            "Gegen Angriffe des Warschauer Paktes standen damals 450.000 deutsche Soldaten bereit.",
            "de",
            [("450.000", "DEU", None)],
        ),
        # a country, then a part of another: two places, none alone
        (
            "Die Armee meldete 14 getötete Kämpfer im Nordirak und im Norden Syriens.",
            "de",
            [("14", None, None)],
        ),
        # the country left, named as the object of "verlassen"
        (
            "Seit dem Frühjahr haben 3.000 britische Soldaten den Irak verlassen.",
            "de",
            [("3.000", "GBR", "IRQ")],
        ),
        # German spellings of Afghan towns
        ("Bei Kundus wurden zwei deutsche Soldaten verwundet.", "de", [("zwei", "DEU", "AFG")]),
        # the alliance's territory is not its troops
        (
            "Zur Verteidigung Polens und des Nato-Bündnisgebiets stehen 200.000 polnische Soldaten bereit.",
            "de",
            [("200.000", "POL", None)],
        ),
        (
            "Um Deutschland und das Nato-Gebiet zu verteidigen, brauchte man damals 495.000 Soldaten.",
            "de",
            [("495.000", "DEU", None)],
        ),
        # GIs are American soldiers
        ("Rund 8.000 GIs waren damals in Bayern stationiert.", "de", [("Rund 8.000", "USA", "DEU")]),
        # a drawdown of troop levels carries the country the troops leave, named two sentences before
        (
            "Washington plans to pull more troops out of Syria. No date was given. "
            "The Pentagon wants troop levels cut from 1,800 to about 900.",
            "en",
            [("1,800", "USA", "SYR"), ("about 900", "USA", "SYR")],
        ),
    ],
)
def test_location_and_actor_round3(
    text: str, lang: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert fields(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # negatives stay negative
        ("The US spent 800 billion dollars on its army in Iraq and Syria.", "en"),
        ("Im Zentrum Malis leben rund 20.000 Menschen in Lagern.", "de"),
        ("Environ 400 camions ont quitté Toulon pour la Grèce.", "fr"),
    ],
)
def test_round3_negatives(text: str, lang: str) -> None:
    assert extract_mentions(text, lang) == []
