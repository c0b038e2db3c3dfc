"""German troop counts missed on fresh real text, one kind per group, on sentences written for this test."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def spans(text: str) -> list[str]:
    return [m.count_text for m in extract_mentions(text, "de")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change whose second step carries its own qualifier
        (
            "Das Mandat hebt die Obergrenze von 700 auf bis zu 1.200 Soldatinnen und Soldaten an.",
            ["700", "bis zu 1.200"],
        ),
        ("Die Truppe wird von 3000 auf maximal 2500 Soldaten verkleinert.", ["3000", "maximal 2500"]),
        # "um N": the size of a change, sharing the noun of the count before it
        ("Die Präsenz soll von derzeit 20.000 Soldaten um 4.000 verringert werden.", ["20.000", "4.000"]),
        ("Die Zahl der Soldaten im Land sinkt um rund 800, teilte das Ministerium mit.", ["rund 800"]),
        # "Zahl der ... auf N" with a long noun phrase between
        (
            "Die Zahl der in Mali stationierten Soldaten möchte das Kabinett bis Jahresende auf höchstens 450 reduzieren.",
            ["höchstens 450"],
        ),
        # a later count of the same troops: "sollen es noch N sein", "nur noch N"
        (
            "Derzeit dienen dort 3000 Soldaten. Im Frühjahr sollen es noch 2200 sein, im Herbst nur noch 1500.",
            ["3000", "2200", "1500"],
        ),
        # "Von den N Soldaten ... sind M": a part of the count before
        ("Von den rund 1200 Soldaten der Mission sind 800 im Norden stationiert.", ["rund 1200", "800"]),
        # a bare count ended by a dash, "durch", or a verb it is the subject of
        (
            "Die Stärke der Reserve beträgt 34.000 - das sind 2.000 Soldaten mehr als 2020.",
            ["34.000", "2.000"],
        ),
        (
            "Seit 2001 starben 40 Soldaten des Kontingents. Davon fielen 25 durch Anschläge und 15 starben bei Unfällen.",
            ["40", "25", "15"],
        ),
    ],
)
def test_counts_whose_noun_is_elsewhere(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ranks and commanders counted as troops
        (
            "Die Luftwaffe soll 9.000 Offiziere, Unteroffiziere und Mannschaftsdienstgrade zählen.",
            ["9.000"],
        ),
        ("Unter den Getöteten seien zwölf Kommandeure, davon drei Bataillonskommandeure.", ["zwölf", "drei"]),
        ("Bei den Angriffen wurden nach Armeeangaben vier Generäle getötet.", ["vier"]),
        # a compound cut before "und" shares its head, even with a second count between
        ("Getötet wurden 14 Kompanie- und drei Brigadekommandeure der Miliz.", ["14", "drei"]),
        ("Die Armee hat 900 Berufs- und Zeitsoldaten verloren.", ["900"]),
        # "Frauen und Männer" of an army, "Bewaffnete" of a group, attackers in a fight with an army
        ("Jedes Jahr braucht die Armee 15.000 Frauen und Männer für die Truppe.", ["15.000"]),
        ("Die Miliz verfügte zu Beginn des Krieges über rund 12 000 Bewaffnete.", ["rund 12 000"]),
        ("Bei dem Gefecht mit der Armee wurden mindestens acht Angreifer getötet.", ["mindestens acht"]),
        # an adverb before the adjective, a group written apart from its noun
        ("Die Miliz soll 40 mutmaßlich abtrünnige Kämpfer erschossen haben.", ["40"]),
        ("Laut Schätzungen verfügen die Rebellen über ca. 9 000 Taliban Kämpfer im Süden.", ["ca. 9 000"]),
        # members of a group named after an adjective, or of a group not named
        ("Die Armee hat rund 300 Mitglieder der radikalen Hisbollah getötet.", ["rund 300"]),
        ("Das Militär tötete nach eigenen Angaben elf Mitglieder von Terrorgruppen.", ["elf"]),
        ("Die Regierung rief zur Rekrutierung von 20.000 neuen Mitgliedern für diese Miliz auf.", ["20.000"]),
        # a demonym whose role follows: "Russen als Söldner"
        ("In der Region kämpfen Hunderte Russen als Söldner einer Privatarmee.", ["Hunderte"]),
        # casualties told after "sollen demnach", "werden", "zum Teil"
        (
            "Bei den Kämpfen sollen 120 Soldaten getötet worden sein. Weitere 300 sollen demnach verletzt sein.",
            ["120", "300"],
        ),
        ("Neun Soldaten wurden getötet, vier weitere werden vermisst.", ["Neun", "vier"]),
        (
            "Bislang sind 14 Soldaten gefallen, viele Dutzend wurden teils schwer verletzt.",
            ["14", "viele Dutzend"],
        ),
    ],
)
def test_head_nouns_and_phrases(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "über" as the preposition of "verfügen": no lower bound
        ("Insgesamt verfüge das Land über 800.000 Reservisten.", ["800.000"]),
        ("Auf dem Papier verfügt die Armee über 350.000 aktive Soldaten und 900 Panzer.", ["350.000"]),
        ("Die Gruppe soll über 5000 Kämpfer verfügen.", ["5000"]),
        ("Die Armee hat über 5000 Soldaten in die Region geschickt.", ["über 5000"]),
        # a ceiling told with "bei"
        ("Die Personalobergrenze des Mandats liegt bei 650.", ["650"]),
    ],
)
def test_qualifiers_and_ceilings(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # years after a part of the year or in brackets
        ("Bis Ende 2025 sollen alle Kampftruppen das Land verlassen haben.", []),
        ("Grundlage ist die Resolution 1701 (2006) des Sicherheitsrates über die Truppen im Libanon.", []),
        # a second count of police or intelligence officers after a count of troops
        (
            "Das Land hat 30.000 Soldaten in der Armee, 6000 bei der Polizei und weitere 2000 im Geheimdienst.",
            ["30.000"],
        ),
        ("Von den 500 Beamten im Einsatz sind 200 Bereitschaftspolizisten.", []),
        # adjectives, vehicles, money
        ("Dutzende bewaffnete Männer überfielen das Dorf, teilte die Polizei mit.", []),
        ("Die Armee erhielt 2024 insgesamt 120 neue Kampfpanzer für 3 Milliarden Euro.", []),
        ("Um 9.500 Euro stieg der Sold der Soldaten in zehn Jahren.", []),
    ],
)
def test_not_troop_counts(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two counts sharing one noun after their participles
        ("Kiew nannte etwa 4000 getötete und 2500 vermisste Soldaten.", ["etwa 4000", "2500"]),
        ("Moskau sprach von 1.200 getöteten und 900 verletzten feindlichen Kämpfern.", ["1.200", "900"]),
        # losses of one side of a war, in any case form
        ("Das Ministerium sprach von rund 3.000 Verlusten auf ukrainischer Seite.", ["rund 3.000"]),
        # "die Zahl ... mit N", "ihre Zahl ... auf N" (the troops of the sentence before)
        ("Kiew beziffert die Zahl getöteter russischer Soldaten mit mehr als 40.000.", ["mehr als 40.000"]),
        (
            "Die Mission hat derzeit 12.000 Soldaten. Bis Ende des Jahres soll ihre Zahl auf 9.000 sinken.",
            ["12.000", "9.000"],
        ),
        ("Der Bestand der Reserve stieg auf 34.000, teilte das Heer mit.", ["34.000"]),
        # adverbs of time before a participle, men and women of a service
        ("Zudem werden 15.000 bereits mobilisierte Reservisten länger dienen.", ["15.000"]),
        ("Letztes Jahr leisteten etwa 6.500 Frauen und Männer freiwillig Wehrdienst.", ["etwa 6.500"]),
        # a difference after a dash
        ("Die Armee hat nun 95.000 Soldaten – etwa 3.000 mehr als im Vorjahr.", ["95.000", "etwa 3.000"]),
    ],
)
def test_shared_nouns_losses_and_differences(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "of them" after a count of hostages refers to them, not to the fighters named between
        "Die Miliz hält 40 Geiseln in der Gewalt ihrer Kämpfer fest, 12 von ihnen sind tot.",
        "Die Rebellen nahmen 70 Zivilisten fest, 30 von ihnen wurden später freigelassen.",
    ],
)
def test_of_them_after_people_counted(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # branches and roles of an army as head nouns
        ("Im Hochwassergebiet sind derzeit 45 Pioniere im Einsatz.", ["45"]),
        ("Ein Zug von 30 Pionieren sichert den Damm, dazu kommen zwölf Scharfschützen.", ["30", "zwölf"]),
        # casualties told with a phrase after "weitere"
        ("Ein Soldat starb und drei weitere erlitten schwere Verletzungen.", ["drei"]),
        (
            "Zwei Soldaten fielen und fünf weitere wurden bei Gefechten mit der Miliz verletzt.",
            ["Zwei", "fünf"],
        ),
        ("Acht Soldaten wurden getötet, zwei weitere erlagen später ihren Verletzungen.", ["Acht", "zwei"]),
        # "weitere" after the second count of a pair
        ("Die Armee tötete 20 Kämpfer im Norden und 15 weitere im Süden.", ["20", "15"]),
        # troops and civilians counted apart stay counts, a mixed total does not
        ("Bei dem Angriff starben 14 Soldaten und drei Zivilisten.", ["14"]),
        ("Jedes Jahr sollten rund 50.000 Soldaten und Zivilangehörige das Land verlassen.", []),
    ],
)
def test_branches_casualty_phrases_and_mixed_totals(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number word without a noun of its own counts the troops of the sentence before
        (
            "Das Ministerium bestätigte 450 getötete Soldaten. Damit erhöhte sich die Gesamtzahl auf mindestens 1900.",
            ["450", "mindestens 1900"],
        ),
        ("Heute dienen dort 80.000 Soldaten. Damals war die offizielle Zahl 98.000.", ["80.000", "98.000"]),
        (
            "Bei dem Anschlag starben 12 Soldaten. Die Zahl der Toten unter den Zivilisten stieg auf 40.",
            ["12"],
        ),
        ("Vorübergehend war die Zahl der GIs auf mehr als 40.000 gestiegen.", ["mehr als 40.000"]),
        # "N gesunkene Zahl der ... Soldaten"
        (
            "Mit der auf unter 8000 gesunkenen Zahl der im Land stationierten Soldaten endet der Einsatz.",
            ["unter 8000"],
        ),
        # members of an army or its units
        ("Bis Monatsende sollen 2.000 Mitglieder von Spezialeinheiten abziehen.", ["2.000"]),
        ("Die 300.000 Mitglieder der nigerianischen Armee sind nun allein zuständig.", ["300.000"]),
        # the wounded of one side, Mann in a sentence about a withdrawal or an offensive
        ("Außerdem gab es auf russischer Seite 200 Verwundete.", ["200"]),
        ("Nach dem Abzug bleiben 5.000 Mann im Land.", ["5.000"]),
        (
            "Blogger schätzen die Stärke der Angreifer bei der Offensive auf zwischen 900 und 2000 Mann.",
            ["zwischen 900 und 2000"],
        ),
        # two years are no range of troops
        ("Zwischen 1990 und 2000 dienten dort Soldaten aus vielen Ländern.", []),
    ],
)
def test_number_words_members_and_wounded(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rescuers and firefighters are no troops unless an army is named
        ("Die Feuerwehr war mit 120 Einsatzkräften vor Ort, um den Großbrand zu löschen.", []),
        ("Nach dem Unwetter halfen mehrere tausend Einsatzkräfte bei den Aufräumarbeiten.", []),
        ("Das THW ist beim Hochwasser mit bis zu 3.000 Kräften im Einsatz.", []),
        ("Beim Hochwasser unterstützt die Bundeswehr mit 900 Einsatzkräften.", ["900"]),
        ("Die Bundeswehr stellt für das Manöver 8.000 Einsatzkräfte.", ["8.000"]),
        # "viele Millionen"
        ("In den Weltkriegen sind viele Millionen Soldaten gefallen.", ["viele Millionen"]),
    ],
)
def test_rescuers_and_many_millions(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Ukraine hat 20.000 Streitkräfte an die Front verlegt.", ["20.000"]),
        ("Die Bundeswehr bildet 300 Rekrutinnen und Rekruten aus.", ["300"]),
        ("Es gab 40 Tote und 120 Verletzte unter den Soldaten.", ["40", "120"]),
        ("Zehntausende Russen kämpfen an der Front.", ["Zehntausende"]),
        # more of the troops counted in the sentence before, with no other count between
        ("Rund 3000 Soldaten sind im Einsatz. Weitere 1000 sollen folgen.", ["Rund 3000", "1000"]),
        ("Die Armee hat 300 Panzer geliefert. Weitere 200 sollen folgen.", []),
        ("Die Armee schickte 300 Soldaten und 40 Panzer. Weitere 200 sollen folgen.", ["300"]),
        # "an der Zahl", the dead of an army whose losses are told
        ("Die Kämpfer sollen rund 2.000 an der Zahl sein.", ["rund 2.000"]),
        ("Die Verluste der Armee belaufen sich auf 3.000 Tote.", ["3.000"]),
        ("Bei dem Erdbeben gab es 3.000 Tote.", []),
    ],
)
def test_more_counts_and_the_dead_of_an_army(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Allianz will 20.000 Ukrainer schulen. Die Bundeswehr hat davon rund 6 000 ausgebildet.",
            ["20.000", "rund 6 000"],
        ),
        ("Das Bundesheer wuchs im vergangenen Jahr auf 16.000.", ["16.000"]),
        ("Die Bundeswehr bestellt 35 Kampfjets für 8 Milliarden Euro.", []),
        ("Die Bundeswehr hat 2024 insgesamt 300 Millionen Euro für Munition ausgegeben.", []),
    ],
)
def test_armies_by_name(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the share of a country named in a list after a count
        ("Frankreich beteiligt sich mit 1200 Soldaten, Belgien mit 300.", ["1200", "300"]),
        ("Die Niederlande stellen 2500 Soldaten, die Schweiz 150.", ["2500", "150"]),
        ("Die Mission hat 900 Soldaten, Stand Mai 2024.", ["900"]),
        # "unter ihnen N", "darunter N" of the troops before, not of people counted
        ("1200 Soldaten wurden verletzt, unter ihnen 300 seit Beginn der Offensive.", ["1200", "300"]),
        ("Die Armee zählte 40 Gefallene. Darunter 12 aus der Hauptstadt.", ["40", "12"]),
        ("Bei dem Angriff der Armee starben 20 Menschen, darunter 14 in einem Bus.", []),
    ],
)
def test_lists_and_parts(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die russischen Verluste liegen bei etwa 600.000 Mann.", ["etwa 600.000"]),
        ("Russland verlor demnach 1.300 Mann an einem Tag.", ["1.300"]),
        ("Der Konzern verlor im Quartal 300 Millionen Euro.", []),
    ],
)
def test_mann_in_losses(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington erwägt den Abzug tausender US-Soldaten aus Europa.", ["tausender"]),
        ("Zwei Millionen Rotarmisten marschierten nach Westen.", ["Zwei Millionen"]),
        (
            "Laut einem Militärsprecher wurden bei dem Angriff mindestens 25 Extremisten getötet.",
            ["mindestens 25"],
        ),
        ("Am Samstag demonstrierten 300 Extremisten vor dem Rathaus, teilte die Polizei mit.", []),
        ("Die Soldaten der Armee waren eingekesselt. Zuletzt starben von ihnen 500 jeden Tag.", ["500"]),
    ],
)
def test_genitive_plurals_and_more_nouns(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kiew will zwischen 100.000 bis 150.000 zusätzliche Ukrainer mobilisieren.",
            ["zwischen 100.000 bis 150.000"],
        ),
        ("Berichten zufolge stehen etwa 900.000 Menschen im Land unter Waffen.", ["etwa 900.000"]),
        (
            "Das Personal der Streitkräfte liegt bei 2 100 000 Personen, darunter 1.300.000 Soldaten.",
            ["1.300.000"],
        ),
        ("Die Streitkräfte umfassen 1.885.371 Personen, insbesondere 1.000.000 Militärs.", ["1.000.000"]),
    ],
)
def test_more_demonyms_people_under_arms_and_staff_totals(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_german_ordinals_do_not_end_a_sentence() -> None:
    from news_etl.extract.sentences import sentence_spans

    text = "Die Soldaten der 6. Armee kapitulierten am 2. Februar. Die Zahl stieg auf 12. Danach war Ruhe."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Die Soldaten der 6. Armee kapitulierten am 2. Februar.",
        "Die Zahl stieg auf 12.",
        "Danach war Ruhe.",
    ]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # an abbreviation closing a compound ends no sentence ("US-bzw. Nato-Truppen")
        (
            "In der Region stehen rund 3000 US-bzw. Nato-Soldaten. Sie sollen bleiben.",
            ["In der Region stehen rund 3000 US-bzw. Nato-Soldaten.", "Sie sollen bleiben."],
        ),
        (
            "Die Truppe zählt inkl. Reservisten 8000 Mann. Der ehem. Kommandeur bestätigte das.",
            ["Die Truppe zählt inkl. Reservisten 8000 Mann.", "Der ehem. Kommandeur bestätigte das."],
        ),
        # ... while a word that only ends like one still closes its sentence
        ("Sie kamen aus den USA. Nato-Truppen folgten.", ["Sie kamen aus den USA.", "Nato-Truppen folgten."]),
    ],
)
def test_abbreviations_in_compounds_do_not_end_a_sentence(text: str, sentences: list[str]) -> None:
    from news_etl.extract.sentences import sentence_spans

    assert [text[s:e] for s, e in sentence_spans(text)] == sentences


def test_a_count_before_a_compound_abbreviation_keeps_its_sentence() -> None:
    text = "Nach dem Anschlag in Kabul wurden 80 Soldaten der US-bzw. Nato-Truppen verwundet."
    found = {m.count_text: (m.mention_type, m.location_country) for m in extract_mentions(text, "de")}
    assert found["80"] == ("casualties", "AFG")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Armee wuchs von 20000 Soldaten im 18. Jahrhundert auf 400000 im 20. Jahrhundert.",
            ["20000", "400000"],
        ),
        ("Das entspricht etwa 98 Prozent des Sollbestandes von 120’000.", ["120’000"]),
        ("Von den insgesamt 9000 Rekruten leisten 800 ihren Dienst am Stück.", ["9000", "800"]),
        (
            "Laut der Hamas wurden am 7. Oktober 300 Menschen getötet und 500 weitere verletzt.",
            [],
        ),
    ],
)
def test_ordinals_case_endings_and_possessives(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb of time between "von" and the first count of a change; a dash after the clause-final verb
        (
            "Die Obergrenze für deutsche Soldaten im Land soll von bislang 2.400 auf 1.900 sinken – so der Plan.",
            ["2.400", "1.900"],
        ),
        # an infinitive with "zu" ends the clause of a bare second count
        (
            "Man plant, die Armee von 90.000 Soldaten auf 110.000 wachsen zu lassen, sagte er.",
            ["90.000", "110.000"],
        ),
        # a bracket after a bare count
        (
            "Die Zahl der Soldaten soll von derzeit 60.000 (Stand Mai) auf 75.000 steigen.",
            ["60.000", "75.000"],
        ),
        # adverbs before a count sharing the noun of the one before ("vielleicht" is a qualifier, kept in the span)
        (
            "Bis 2030 sollen es 80.000 Soldaten werden, später vielleicht 95.000.",
            ["80.000", "vielleicht 95.000"],
        ),
        # "es sollten N sein" of the troops named before; "N weniger als" and "ein Plus von N gegenüber"
        (
            "Der Luftwaffe gehören derzeit 41.000 Männer und Frauen an, es sollten aber 47.000 sein.",
            ["41.000", "47.000"],
        ),
        ("Ende Mai dienten 14.120 Soldaten im Heer. 230 weniger als im Vorjahr.", ["14.120", "230"]),
        ("Das Heer hat 31.000 Soldaten, ein Plus von 900 gegenüber dem Vorjahr.", ["31.000", "900"]),
        # people counted as they join or serve in an army
        (
            "2023 verließen 9.100 Soldaten die Armee, während knapp 8.700 zur Truppe kamen.",
            ["9.100", "knapp 8.700"],
        ),
        ("Bis Juli wurden mehr als 6.400 Menschen bei Heer und Marine eingestellt.", ["mehr als 6.400"]),
        # volunteers written apart, and recruits told with "rekrutieren"
        ("Geplant sind bis zu 9.000 Freiwillig Wehrdienst Leistende.", ["bis zu 9.000"]),
        ("Pro Jahr sollen etwa 11.000 Männer und Frauen rekrutiert werden.", ["etwa 11.000"]),
    ],
)
def test_changes_differences_and_people_joining_an_army(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # applicants are no troops; a numbered army is a name; a difference of something else
        "Rund 30.000 Personen haben sich für eine militärische Laufbahn beworben.",
        "Der Umbau von der Armee 61 zur Armee 95 dauerte Jahre.",
        "Der Verein zählt 340 Mitglieder. 12 mehr als im Vorjahr.",
        "Er trat 1990 in die Armee ein und diente dort bis 2010.",
    ],
)
def test_applicants_numbered_armies_and_other_differences_stay_out(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dead of one side of a war
        ("Nach Schätzungen gab es bisher rund 4.200 Tote aufseiten der Angreifer.", ["rund 4.200"]),
        # a part of the dead counted before
        (
            "Im Einsatz starben 41 Soldaten. 9 dieser Toten kamen bei Anschlägen ums Leben.",
            ["41", "9"],
        ),
        # losses an army suffers itself, told with "zu beklagen", "im Dienst" or "verlor"
        ("Seit 2003 hat das Kontingent 17 Tote zu beklagen.", ["17"]),
        ("Die Streitkräfte zählten im Vorjahr 2.300 Verletzte im Dienst.", ["2.300"]),
        ("Die Armee verlor in der Schlacht mehr als 3.000 Gefallene.", ["mehr als 3.000"]),
        # the second count of a pair after killed troops
        ("Gezählt wurden 88 getötete Soldaten und rund 900 Verletzte.", ["88", "rund 900"]),
        # "es dürften ... sein", "Es sollen ... sein" two sentences after the troops
        (
            "Wie viele Soldaten verwundet wurden, ist unklar. Offizielle Zahlen fehlen. Es sollen aber schon Hunderte sein.",
            ["Hunderte"],
        ),
        # a country's share told with "ist mit N präsent"; "weitere N würden"
        (
            "Italien stellt 900 Soldaten für die Mission. Spanien ist mit etwa 600 präsent.",
            ["900", "etwa 600"],
        ),
        ("3.000 Soldaten würden heimkehren, weitere 1.200 würden verlegt.", ["3.000", "1.200"]),
        # a participle phrase before a demonym; members of a unit
        ("Die meisten der rund 8.000 nach Russland verlegten Nordkoreaner kämpfen dort.", ["rund 8.000"]),
        ("Fünf Mitglieder des Garde-Regiments wurden bei dem Angriff getötet.", ["Fünf"]),
        # a time phrase before a count sharing the noun of the one before
        ("2022 wurden 300 Soldaten behandelt, seit 2015 fast 2.000.", ["300", "fast 2.000"]),
    ],
)
def test_casualty_words_shares_and_later_counts(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an army reporting deaths does not make them its own; a participle before a demonym is no phrase
        "Nach dem Angriff der Rebellen meldete die Armee 40 Tote in der Stadt.",
        "Der Anschlag forderte mindestens 50 tote Israelis, sagte die Armee.",
        "Bei dem Erdbeben gab es 200 Tote aufseiten der Zivilbevölkerung.",
    ],
)
def test_reported_deaths_and_civilian_dead_stay_out(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counts told by the degree of their injuries
        (
            "Bei dem Beschuss erlitten 60 Soldaten schwere, 140 mittelschwere und 75 leichte Verletzungen.",
            ["60", "140", "75"],
        ),
        # "gelten als vermisst"
        ("Am Pass fielen 9 Soldaten. 14 weitere wurden verletzt, 3 gelten als vermisst.", ["9", "14", "3"]),
        # half numbers and dozens in words
        ("Die Armee stellte anderthalb Millionen Soldaten auf.", ["anderthalb Millionen"]),
        ("Gut drei Dutzend Soldaten wurden ausgezeichnet.", ["Gut drei Dutzend"]),
        # an army's mission that licenses "Mann"
        ("Zuletzt standen 1.200 Mann im Assistenzeinsatz an der Grenze.", ["1.200"]),
    ],
)
def test_injury_degrees_number_words_and_missions(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # two years; a list of adjectives before civilians; other people in a list with soldiers
        "Die meisten Soldaten starben zwischen 1942 und 1944 an der Front.",
        "Im Krieg starben 300.000 polnische, ukrainische und weißrussische Zivilisten, sagte der Historiker.",
        "Die Feuerwehr war mit 80 Mann im Brandeinsatz.",
    ],
)
def test_years_adjective_lists_and_fire_brigades_stay_out(text: str) -> None:
    assert spans(text) == []


def test_other_people_after_an_injury_degree_stay_out() -> None:
    assert spans("120 Soldaten erlitten schwere Verletzungen, 30 zivile Helfer leichte.") == ["120"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # casualties told in the sentence after a casualty count
        (
            "Moskau beziffert die Zahl getöteter Soldaten des Gegners mit mehr als 20.000. Hinzu kämen fast 30.000 Verletzte.",
            ["mehr als 20.000", "fast 30.000"],
        ),
        # a country's own losses after the troops were named, and the list that follows
        (
            "Bislang starben 400 Soldaten der Koalition. Die meisten kamen aus den USA. Italien hat 12 Todesopfer zu beklagen, Polen 9.",
            ["400", "12", "9"],
        ),
        # the wounded of an army named in the sentence before
        (
            "Die Armee hat 50.000 Reservisten einberufen. 620 Verwundete wurden ausgeflogen.",
            ["50.000", "620"],
        ),
        # qualifiers "knapp über", "knapp unter"
        ("Derzeit dienen dort knapp über 300 Soldaten.", ["knapp über 300"]),
        ("Die Brigade hat knapp unter 4.000 Soldaten.", ["knapp unter 4.000"]),
    ],
)
def test_casualties_across_sentences_and_close_qualifiers(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_wounded_after_civilians_stay_out() -> None:
    assert spans("Die Armee evakuierte die zivilen Bewohner. 80 Verwundete wurden versorgt.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a target raised in steps, the troops named in the next sentence that refers back to it
        (
            "Zuerst lag das Ziel bei 5 000, dann wurde es auf 8 000 erhöht. Die Armee hat davon bisher 3 000 ausgebildet.",
            ["5 000", "8 000", "3 000"],
        ),
    ],
)
def test_targets_with_troops_named_after_them(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_targets_of_other_things_stay_out() -> None:
    assert spans("Das Ziel liegt bei 5 000 neuen Wohnungen. Die Stadt hat davon 3 000 gebaut.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # members of an army with a capitalised adjective in its name
        ("Dabei wurden neun Mitglieder der Freien Volksarmee getötet.", ["neun"]),
        # a year before a qualified count is no count
        ("Die Armee verfügte 1985 über 400.000 Mann.", ["400.000"]),
    ],
)
def test_named_armies_and_years_before_qualified_counts(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_relatives_of_victims_name_no_army() -> None:
    assert spans("Die Angehörigen der 12 Opfer trauern.") == []
