"""German troop counts missed on fresh real text, one kind per group, on sentences written for this test."""

from __future__ import annotations

import pytest
from german_mentions import spans
from news_etl.extract import extract_mentions


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present participle after a place phrase: "N aus dem Süden kommende Kämpfer"
        ("Die Armee stoppte 40 aus dem Süden kommende Kämpfer der Miliz.", ["40"]),
        ("Rund 300 an der Grenze wartende Soldaten wurden abgezogen.", ["Rund 300"]),
        ("Die Luftwaffe traf 25 nach Norden fliehende Rebellen.", ["25"]),
        # more prepositions before a past participle
        ("Das Ministerium holt 500 nach Litauen verlegte Soldaten zurück.", ["500"]),
        ("Die 1200 mit der Mission entsandten Blauhelme bleiben bis Juni.", ["1200"]),
    ],
)
def test_participle_phrases_before_the_noun(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Polizei nahm 30 aus Syrien kommende Männer fest.",
        "Etwa 40 an der Grenze wartende Flüchtlinge wurden versorgt.",
        "Die Behörde zählte 800 nach Deutschland kommende Migranten.",
    ],
)
def test_participle_phrases_before_other_people_stay_out(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a militia named is a military context for demonyms and weak nouns
        (
            "Bei Angriffen auf Lager der Terrormiliz sollen 30 Extremisten getötet worden sein, darunter fünf Briten.",
            ["30", "fünf"],
        ),
        ("Nach Angaben der Miliz wurden 14 Angreifer getötet, darunter drei Tschetschenen.", ["14", "drei"]),
    ],
)
def test_militias_are_a_military_context(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_demonyms_among_civilians_stay_out() -> None:
    assert spans("Bei dem Unglück starben 30 Touristen, darunter fünf Briten.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # generals, fronts and battles make "Mann" troops
        ("Der Generalstab ließ melden, der Marschall stehe mit 200.000 Mann vor der Stadt.", ["200.000"]),
        ("An der Ostfront standen zuletzt 90.000 Mann bereit.", ["90.000"]),
        ("In der Materialschlacht kämpften auf jeder Seite über 400.000 Mann.", ["über 400.000"]),
        # "nicht" and "noch" before a participle or adjective
        ("Dort liegen die Gebeine von 20.000 nicht identifizierten Soldaten.", ["20.000"]),
        ("Die Armee zählt 15.000 noch aktive Reservisten.", ["15.000"]),
    ],
)
def test_military_words_and_adverbs(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_a_general_assembly_is_no_military_word() -> None:
    assert spans("Die Generalversammlung zählte 300 Mann aus dem Verein.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the casualties named as troops in an apposition
        ("Die Bilanz: 40.000 Tote und Verwundete, fast alle junge Soldaten.", ["40.000"]),
        ("Am Ende zählte man 3000 Gefallene, Rekruten aus dem Süden.", ["3000"]),
        # the losses of a nation, counted as dead, missing and wounded
        (
            "Die britischen Verluste wurden mit 520 Toten, 31 Vermissten und knapp 1.900 Verwundeten angegeben.",
            ["520", "31", "knapp 1.900"],
        ),
        # a semicolon right after the noun of the first count
        (
            "Die Miliz verlor im Norden 800 Kämpfer; weitere 1.200 seien im Süden getötet worden.",
            ["800", "1.200"],
        ),
        # the fallen of a nation put in a figure
        ("Laut Ministerium betrug die Zahl der gefallenen Briten 120, die der Russen 450.", ["120", "450"]),
        # the women among the troops just counted
        ("Im Einsatz waren 2.400 Soldaten, darunter 310 Frauen, aus zwölf Ländern.", ["2.400", "310"]),
        # a dateline glued to the number
        ("Riga.12 000 Soldaten üben seit Montag im Baltikum.", ["12 000"]),
    ],
)
def test_casualty_and_subset_forms(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Bilanz des Unglücks: 40 Tote und Verletzte, Touristen aus Europa.",
        "Bei dem Massaker im Krieg töteten Milizen 800 Männer und Jungen.",
        "Bei dem Angriff starben 40 Menschen, darunter 12 Frauen.",
        "Die Zahl der getöteten Touristen stieg auf 40.",
        "Der Zinssatz lag bei 3.50 Prozent.",
    ],
)
def test_casualty_and_subset_look_alikes_stay_out(text: str) -> None:
    assert spans(text) == []


def test_a_year_after_a_semicolon_stays_out() -> None:
    assert spans("Die Armee verlor 300 Soldaten; 2019 war das anders.") == ["300"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # adverbs of share before the adjective
        ("Die Miliz zählt bis zu 9.000 vorwiegend junge Kämpfer.", ["bis zu 9.000"]),
        ("Im Lager warten 600 überwiegend erschöpfte Soldaten.", ["600"]),
        # remains of troops
        ("Erst 3.000 Leichen gefallener Soldaten wurden bisher geborgen.", ["3.000"]),
        ("Das Museum zeigt die Gebeine von 200 Soldaten.", ["200"]),
        ("Man überführte 120 Särge amerikanischer Soldaten in die Heimat.", ["120"]),
        # ranks counted as troops
        ("Übergelaufen sind etwa 600 Dienstgrade und Dutzende Majore.", ["etwa 600", "Dutzende"]),
        ("Die Armee sucht 2.000 Unteroffiziere und 300 Leutnants.", ["2.000", "300"]),
        # comrades and pilots in a war story
        ("Er kehrte von der Front zurück; fünf seiner Kameraden waren gefallen.", ["fünf"]),
        ("Für die Luftwaffe fliegen derzeit 40 Hubschrauberpiloten im Kampfeinsatz.", ["40"]),
        # a casualty list that names the troops first
        ("Die Armee meldete einen toten Soldaten, 8 Gefangennahmen und 15 Vermisste.", ["8", "15"]),
    ],
)
def test_roles_remains_and_casualty_lists(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Fluggesellschaft beschäftigt 5.000 Piloten.",
        "Beim Klassentreffen sah er 30 alte Kameraden wieder.",
        "Insgesamt starben 40.000 Soldaten und Zwangsarbeiter im Lager.",
        "Die Kapitulation betraf 261 Soldaten und Familienangehörige.",
        "Der Polizist meldete einen toten Autofahrer, 3 Festnahmen und 12 Verletzte.",
    ],
)
def test_other_people_with_troop_like_words_stay_out(text: str) -> None:
    assert spans(text) == []


def test_an_age_ending_the_sentence_after_a_name_stays_out() -> None:
    assert spans("An der Front fielen drei seiner Kameraden, sagte Hauptmann Aung Myo, 32.") == ["drei"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second figure of the same troops in brackets
        (
            "Die Zahl der Soldaten soll von 180.000 (derzeit rund 175.000) auf 200.000 steigen.",
            ["180.000", "rund 175.000", "200.000"],
        ),
        ("Im Land dienen 4.000 Soldaten (Stand Mai 3.800) der Mission.", ["4.000", "3.800"]),
        # a count opening a sentence, the subject of its verb, after troops counted in the sentence before
        (
            "Die Armee hat 120.000 Reservisten einberufen. Rund 30.000 wurden inzwischen entlassen.",
            ["120.000", "Rund 30.000"],
        ),
        (
            "Nach Litauen verlegt die Bundeswehr 4.800 Soldaten. 800 sollen schon im Mai eintreffen.",
            ["4.800", "800"],
        ),
        # deaths of a mission whose soldiers the sentence names
        ("Der Einsatz forderte 35 Todesfälle, 20 Soldaten starben durch Anschläge.", ["35", "20"]),
        # strikes of a war make demonyms troops
        ("Bei dem Raketenangriff seien 25 Russen getötet und 40 weitere verwundet worden.", ["25", "40"]),
        # an army named by its acronym inside a compound
        ("Mehr als 2 Millionen Männer leisteten den NVA-Eid.", ["Mehr als 2 Millionen"]),
    ],
)
def test_brackets_subjects_and_cues(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Heer hat 300 Panzer und 4000 Soldaten. 50 sind defekt.", ["4000"]),
        ("Die Armee hat 300 Soldaten geschickt. 2024 waren es noch 100.", ["300", "100"]),
        ("Bei dem Unglück starben 18 Russen, als ihr Bus unter Beschuss geriet.", []),
        ("Der Verein hat 300 Mitglieder (davon 40 Frauen).", []),
    ],
)
def test_brackets_and_subjects_stay_narrow(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a span of time before the second count of a series
        (
            "1990 standen dort 200 000 Soldaten, fünf Jahre später 90 000, heute sind noch 30 000 übrig.",
            ["200 000", "90 000", "30 000"],
        ),
        ("Die Mission hatte 4.000 Blauhelme, zwei Jahre danach 2.500.", ["4.000", "2.500"]),
        # "es sollen N sein" after civilian staff counted: more of that staff
        (
            "Das Heer zieht 5 000 Soldaten ab. Dort arbeiten 3000 zivile Angestellte der Armee, landesweit sollen es 9 000 sein.",
            ["5 000"],
        ),
        ("Die Armee beschäftigt 800 Ortskräfte, im ganzen Land sind es 2.000.", []),
    ],
)
def test_time_spans_and_staff_counted_before(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # gender forms with a colon or star
        ("Die Miliz hat rund 8.000 Kämpfer:innen und 12.000 Reservist:innen.", ["rund 8.000", "12.000"]),
        ("Gesucht werden 500 Rekrut*innen für das Heer.", ["500"]),
        # a participle phrase opened by "von"
        ("Die Armee sucht zwei von der Miliz entführte Soldaten.", ["zwei"]),
        # crews of military aircraft in a fight
        ("Beim Absturz des Militärhubschraubers starben vier Besatzungsmitglieder.", ["vier"]),
        # an adverb of place after a count that refers back
        ("Die Brigade zählt 3.000 Soldaten, davon 1.200 dauerhaft in Litauen.", ["3.000", "1.200"]),
        # a date between the number word and the count
        (
            "Das Ministerium gab die Zahl der seit dem 1. März getöteten Soldaten am Montag mit 4.100 an.",
            ["4.100"],
        ),
    ],
)
def test_gender_forms_crews_and_long_number_phrases(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Kommando soll auf 2.500 Soldaten und Zivilisten (ca. 400) wachsen.", []),
        ("Die Fähre hatte zwölf Besatzungsmitglieder an Bord.", []),
        ("Dort arbeiten 300 Zivilisten, davon 120 dauerhaft.", []),
    ],
)
def test_civilians_and_crews_of_other_ships_stay_out(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # deserters, enlisted ranks and defectors
        ("Rund 300 Deserteure haben sich den Rebellen angeschlossen.", ["Rund 300"]),
        ("Das Heer hat 900 Offiziere und 2500 Chargen.", ["900", "2500"]),
        ("Nach Angaben der Armee sind 40 Überläufer an die Front zurückgekehrt.", ["40"]),
        # members among the troops just counted
        ("Die Armee zählt 90.000 Soldaten, darunter 12.000 Mitglieder der Reserve.", ["90.000", "12.000"]),
        # an adverb between "beträgt" and the count
        ("Die Zahl der Wehrpflichtigen beträgt im Schnitt 9.000.", ["9.000"]),
    ],
)
def test_deserters_ranks_members_and_averages(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die 5.000 Soldaten, die zwischen 2001 und 2014 dort dienten, kehrten heim.", ["5.000"]),
        ("Im Land sind 3.000 Soldaten stationiert (Stand: 2023).", ["3.000"]),
        ("Das Labor prüfte 3500 Chargen des Impfstoffs.", []),
        ("Im Parlament gab es 12 Überläufer zur Opposition.", []),
    ],
)
def test_years_and_other_batches_stay_out(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # compounds of Streitkräfte and guards and corps as military words
        (
            "Das Korps hatte 80.000 Mann Landstreitkräfte und 15.000 Mann Seestreitkräfte.",
            ["80.000", "15.000"],
        ),
        ("Die Revolutionsgarde wuchs auf bis zu 200.000 Mann.", ["bis zu 200.000"]),
        # vague millions with an inflected "mehrere"
        ("Die Miliz stützt sich auf mehreren Millionen Freiwillige.", ["mehreren Millionen"]),
        # adverbs of degree before the adjectives
        (
            "Die Luftwaffe hat 40.000 zum Teil sehr gut geschulte und bestens bewaffnete Soldaten.",
            ["40.000"],
        ),
    ],
)
def test_compounds_guards_and_degree_adverbs(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Avantgarde zählte 300 Mann.", []),
        ("Die Garde wuchs bis zum Ende des Krieges 1988 auf 300.000 Mann.", ["300.000"]),
        ("Die Luftwaffe flog 4000 Menschen aus. Darunter waren rund 1500 Afghanen im Kriegsgebiet.", []),
        ("Die Armee hat seit der Offensive mehr als 9.000 Personen ausgeflogen.", []),
    ],
)
def test_years_before_a_change_and_evacuees_stay_out(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "die N" referring back to troops named before in the sentence
        ("Wir brauchen mehr Soldaten als die rund 80.000, die heute dienen.", ["rund 80.000"]),
        # an adverb after the count that refers back
        ("Die Armee will den Bestand von rund 90.000 auch halten.", ["rund 90.000"]),
        # "doch nicht einmal N" after troops counted
        (
            "Die Armee hat 500 000 Soldaten, doch nicht einmal 200.000 sind einsatzbereit.",
            ["500 000", "200.000"],
        ),
        # people raised as troops
        ("Das Land muss jährlich 100.000 Menschen einberufen.", ["100.000"]),
        ("Die Regierung plant, bis zu 50.000 Männer zu mobilisieren.", ["bis zu 50.000"]),
        # inflected vague hundreds of thousands
        ("Die Armee verlor bis zu mehreren Hunderttausend Soldaten.", ["bis zu mehreren Hunderttausend"]),
    ],
)
def test_references_back_and_people_raised(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das Ziel von 120.000 Soldaten wird verfehlt, der Termin erst auf 2026 und dann auf 2029 verschoben.",
            ["120.000"],
        ),
        ("Die Armee hat 300 Panzer, die 120 neuen kommen im Mai.", []),
        ("Der Verein will jährlich 100.000 Menschen für den Sport begeistern.", []),
    ],
)
def test_dates_and_other_things_referred_back_stay_out(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of adjectives separated by commas
        (
            "Mehr als 20 000 polnische, tschechische und slowakische Soldaten nahmen teil.",
            ["Mehr als 20 000"],
        ),
        (
            "Rund 9.000 US-amerikanische, britische und französische Marinesoldaten üben im Atlantik.",
            ["Rund 9.000"],
        ),
        # prisoners recruited as fighters
        ("Die Miliz soll 12.000 Häftlinge aus Lagern rekrutiert haben.", ["12.000"]),
        # a long phrase between "die Zahl der ... Kämpfer" and "auf N"
        (
            "Der General schätzte die Zahl der getöteten Kämpfer in einem ausführlichen Gespräch mit einer Zeitung auf 1.400.",
            ["1.400"],
        ),
    ],
)
def test_adjective_lists_recruited_prisoners_and_long_number_phrases(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Polizei nahm 300 Häftlinge fest.",
        "12.000 serbische, kroatische und bosnische Zivilisten kamen ums Leben.",
        "Das Gefängnis hat 800 Häftlinge aus drei Ländern aufgenommen.",
    ],
)
def test_prisoners_and_civilians_in_lists_stay_out(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Kontingent umfasste zirka 800 Soldaten.", ["zirka 800"]),
        ("Im Einsatz stehen 250 österreichische Peacekeeper.", ["250"]),
        ("Bis zum Abend waren vier Tote und 12 verletzte Soldaten gemeldet.", ["vier", "12"]),
    ],
)
def test_spelling_variants_loanwords_and_joined_casualties(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fünf Soldaten wurden verletzt (Stand: Montag, 14: 30 Uhr).", ["Fünf"]),
        ("Bei dem Unfall gab es drei Tote und 18 Verletzte.", []),
    ],
)
def test_times_of_day_and_accident_casualties_stay_out(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Söldnertruppe hat 30.000 Kämpfer, darunter 20.000 Sträflinge aus Lagern.",
            ["30.000", "20.000"],
        ),
        ("Es fielen 8.000 Vertragssoldaten und weitere 6.000 Häftlinge.", ["8.000", "6.000"]),
    ],
)
def test_prisoners_among_the_fighters_counted(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_prisoners_among_prisoners_stay_out() -> None:
    assert spans("Die Polizei bewacht 300 Gefangene, darunter 40 Häftlinge aus dem Ausland.") == []


def test_vote_counts_after_troops_stay_out() -> None:
    text = "Die Mission hat 400 Soldaten. 420 Abgeordnete stimmten für die Mission, 200 dagegen, 12 enthielten sich."
    assert spans(text) == ["400"]


def test_a_possessive_after_a_count_that_refers_back() -> None:
    text = "Sie hatte 90.000 Soldaten entsandt, von denen 120 ihr Leben ließen."
    assert spans(text) == ["90.000", "120"]


def test_a_year_before_it_was_stays_out() -> None:
    text = "Die Armee soll bis 2030 auf 190.000 Soldaten wachsen. 2024 waren es 170.000."
    assert spans(text) == ["190.000", "170.000"]


def test_late_returning_prisoners_of_war_are_troops() -> None:
    assert spans("Erst 1955 kehrten die letzten etwa 10.000 Spätheimkehrer zurück.") == ["etwa 10.000"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Von zwei Millionen Soldaten kehrten 1,2 Millionen zurück.", ["zwei Millionen", "1,2 Millionen"]),
        ("Von 5000 Soldaten kehrten 1200 Reisende zurück.", ["5000"]),
    ],
)
def test_a_part_of_a_count_in_millions_without_an_article(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a people counted, with its troops counted apart: the people stay out
        ("Bei dem Angriff der Miliz starben 300 Litauer, darunter 20 Soldaten der Armee.", ["20"]),
        # a rank among the dead of a people in a battle: all of them troops
        ("Bei Kämpfen mit der Armee starben 40 Russen, darunter 12 Offiziere.", ["40", "12"]),
    ],
)
def test_a_people_with_its_troops_counted_apart(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text", ["Knapp 60 000 G.I.s kehrten in Särgen heim.", "Damals waren 500.000 GIs im Land."]
)
def test_american_gis_are_troops(text: str) -> None:
    assert len(spans(text)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nach dem Krieg saßen 3500 deutsche Kriegsgefangene in Lagern. Bis Mitte der 1950er-Jahre kamen 2400 zurück.",
            ["3500", "2400"],
        ),
        (
            "Im Krieg kämpften 40.000 Soldaten. Nach dem Waffenstillstand kehrten 32.000 heim.",
            ["40.000", "32.000"],
        ),
        # not a clause of its own, or not about the troops
        ("Die Armee schickte 5000 Soldaten in die Stadt. Am Abend kamen 300 Demonstranten.", ["5000"]),
        (
            "Die Armee schickte 5000 Soldaten in die Stadt. Am Abend kamen 300 in die Halle, um zu feiern.",
            ["5000"],
        ),
    ],
)
def test_a_count_after_a_verb_in_second_place_refers_back(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def actors(text: str) -> list[str | None]:
    return [m.actor_code for m in extract_mentions(text, "de")]


@pytest.mark.parametrize(
    ("text", "expected", "actor"),
    [
        # demonym nouns of more nations, and the women of a people
        ("Im Osten des Landes kämpfen rund 2000 Kubaner an der Seite der Armee.", ["rund 2000"], "CUB"),
        ("Bei den Gefechten der Mission starben zwölf Burundier.", ["zwölf"], "BDI"),
        ("An der Front stehen inzwischen 3000 Ukrainerinnen.", ["3000"], "UKR"),
        ("Der Einsatz der Truppe kostete 40 Argentinier das Leben.", ["40"], "ARG"),
    ],
)
def test_demonym_nouns(text: str, expected: list[str], actor: str) -> None:
    assert spans(text) == expected
    assert actors(text) == [actor] * len(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # women, men or people serving in an army, said in the count's own clause
        ("In der polnischen Armee dienen heute knapp 9000 Frauen.", ["knapp 9000"]),
        ("Etwa 1200 Frauen leisten ihren Dienst in den Streitkräften des Landes.", ["Etwa 1200"]),
        ("Mehr als 600 Frauen sind an der Front im Kampfeinsatz, sagte der General.", ["Mehr als 600"]),
        ("Es gibt 300 Frauen im Offiziersrang.", ["300"]),
        # the army right after the noun, beside another figure of the clause
        ("Von den 20.000 Frauen im Militär dienen 15.000 als Soldatinnen.", ["20.000", "15.000"]),
        # a share of the troops just counted
        ("In der Armee dienen 40.000 Frauen, 4000 von ihnen an der Front.", ["40.000", "4000 von ihnen"]),
    ],
)
def test_people_serving_in_an_army(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In der Stadt demonstrierten 500 Frauen gegen die Armee.",
        "Die Armee hat 300 Frauen und Kinder aus der Stadt evakuiert.",
        "Bei der Bundeswehr haben sich 2000 Frauen beworben.",
        "Im Krieg wurden 900 Frauen in der Armee getötet und verletzt.",
        "Die Firma beschäftigt 400 Frauen, die Armee kauft ihre Stiefel.",
    ],
)
def test_women_not_serving_stay_out(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the ones counted in civilian work are not troops
        (
            "Rund 8000 Soldaten waren im Einsatz, 90 fielen im Kampf, 30 weitere bei zivilen Bauarbeiten.",
            ["Rund 8000", "90"],
        ),
        # a nation's dead in millions are its people, soldiers and civilians together
        ("Im langen Krieg verloren drei Millionen Kubaner das Leben.", []),
        ("Nach Schätzungen starben bis zu zwei Millionen Kongolesen.", []),
    ],
)
def test_civilian_work_and_a_nations_dead_stay_out(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Kurdish forces of northern Iraq as a troop noun
        ("Bei den Kämpfen um die Stadt fielen 45 Peschmerga.", ["45"]),
        ("Rund 2000 Peschmerga rückten auf das Dorf vor.", ["Rund 2000"]),
        # their own losses, told after them
        ("Die Peschmerga hielten die Stellung. Es gab zwölf Verletzte in den eigenen Reihen.", ["zwölf"]),
        # the citizens of a nation among the troops just counted
        ("Im Krieg fielen 400 Soldaten der Koalition, unter ihnen 90 US-Bürger.", ["400", "90"]),
        ("Es starben 60 Blauhelme, darunter 12 Bürger Frankreichs.", ["60", "12"]),
        # armed members of a group
        ("Das Militär schätzt die Gruppe auf 3.000 bewaffnete Mitglieder.", ["3.000"]),
    ],
)
def test_peshmerga_citizens_among_troops_and_armed_members(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Partei zählt 3.000 Mitglieder.",
        "In der Stadt leben 400 US-Bürger, unter ihnen 90 Kinder.",
        "Die Polizei meldete 300 Festnahmen, unter ihnen 20 Bürger aus Polen.",
    ],
)
def test_members_and_citizens_stay_out(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # taken prisoner in a war, after the troops' dead and wounded
        (
            "Im Krieg fielen 900 Soldaten, 2000 wurden verwundet und 150 gerieten in Gefangenschaft.",
            ["900", "2000", "150"],
        ),
        # "wenige Hundert" as a vague count
        ("An der Grenze stehen derzeit nur wenige Hundert Soldaten.", ["wenige Hundert"]),
        ("Die Miliz hat wenige tausend Kämpfer.", ["wenige tausend"]),
        # the Tamil rebel army, militants and cadres in a fight with an army
        ("Die Armee meldete, 40 Tamilen-Tiger seien getötet worden.", ["40"]),
        ("Bei den Gefechten mit der Armee wurden 80 Militante verwundet.", ["80"]),
        ("Hunderte Kader und Soldaten kamen bei den Kämpfen ums Leben.", ["Hunderte"]),
        # plural brigades and formations are military words for "Mann"
        ("Die Brigaden umfassten etwa 20 000 Mann.", ["etwa 20 000"]),
        # members serving in brigades; women counted beside the troops of a mission
        ("Bis zu 9.000 Mitglieder haben in den Brigaden gedient.", ["Bis zu 9.000"]),
        ("Zum Kontingent gehören 80 Frauen und 120 Reservisten.", ["80", "120"]),
    ],
)
def test_prisoners_vague_few_rebel_armies_and_brigades(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people wounded beside the troops killed stay out
        ("Beim Anschlag wurden 30 Soldaten getötet und mehr als 100 weitere Menschen verletzt.", ["30"]),
        ("Die Partei hat 9.000 Mitglieder in den Städten.", []),
        ("Zur Feier kamen 80 Frauen und 120 Kinder.", []),
        ("Rund 500 Menschen gerieten in Gefangenschaft der Bande.", []),
    ],
)
def test_people_beside_troops_stay_out(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "das sind N" after the troops or an armed group's members of the clause before
        ("In Afrika gibt es viele Wagner-Anhänger, das sind rund 5000.", ["rund 5000"]),
        ("Die Miliz hat viele Mitglieder, das sind etwa 3000, sagte er.", ["etwa 3000"]),
        ("Die Armee schickt weitere Soldaten in den Osten, das sind knapp 800.", ["knapp 800"]),
    ],
)
def test_that_is_n_after_troops_or_members(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Partei hat viele Mitglieder, das sind 4000.",
        "Es gibt viele CDU-Mitglieder, das sind 4000.",
        "Die Soldaten bekommen mehr Sold, das sind 300 Euro.",
        "Die Soldaten marschierten weit, das sind 40 Kilometer.",
        "Die Polizei hat viele Beamte im Einsatz, das sind 3000.",
    ],
)
def test_that_is_n_of_others_stays_out(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare count after police officers named closer than any troops is theirs
        (
            "Die Zahl der Blauhelme sinkt von 9.000 auf 7.000, die der Polizisten von 2.000 auf 1.500.",
            ["9.000", "7.000"],
        ),
        ("Die Mission hat 4000 Soldaten und 300 Polizisten, davon 200 aus Afrika.", ["4000"]),
    ],
)
def test_counts_of_police_officers_stay_out(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def precisions(text: str) -> list[str]:
    return [m.count_precision for m in extract_mentions(text, "de")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Armee zählt vielleicht 40.000 aktive Soldaten.", ["vielleicht 40.000"]),
        ("Nach Schätzung der Analysten stehen vielleicht 3000 Kämpfer an der Front.", ["vielleicht 3000"]),
    ],
)
def test_a_guess_is_an_approximate_count(text: str, expected: list[str]) -> None:
    assert spans(text) == expected
    assert precisions(text) == ["approximate"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quotation mark opening before the adjective of the quoted phrase
        ("Die Rebellen meldeten 60 „feindliche Kämpfer“ in ihrer Gewalt.", ["60"]),
        ("Der Sender zeigte bis zu 12 getötete „ausländische Söldner“.", ["bis zu 12"]),
        ('Die Miliz führte 25 "gefangene Soldaten" vor.', ["25"]),
        # negatives: quoted phrases that name no troops
        ("Er sprach von 60 „kleinen Fehlern“ der Planung.", []),
        ("Die Zeitung zählte 40 „offene Fragen“ zum Einsatz.", []),
    ],
)
def test_quote_before_an_adjective(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of the troops counted right after it, joined by a demonstrative or with an adverb of time
        ("300 dieser 900 Soldaten wurden verwundet.", ["300", "900"]),
        ("Rund 40 der ursprünglich 250 Kämpfer sind gefallen.", ["Rund 40", "250"]),
        ("Nur 75 dieser anfangs 600 Rekruten blieben bei der Truppe.", ["75", "600"]),
        # negative: a year before the demonstrative is no part of the troops
        ("Im Jahr 2019 dieser Krise schickte das Land 900 Soldaten.", ["900"]),
    ],
)
def test_part_of_the_troops_after_a_demonstrative(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Von N Mio. ... M Mio.": a part of a count in abbreviated millions
        (
            "Von rund 8 Mio. Soldaten, die dort dienten, gerieten etwa 2 Mio. in Gefangenschaft.",
            ["rund 8 Mio.", "etwa 2 Mio."],
        ),
        ("Von 4 Mio. Rekruten fielen 1 Mio. im Krieg.", ["4 Mio.", "1 Mio."]),
        # negative: people who are not troops
        ("Von 4 Mio. Einwohnern flohen 1 Mio. ins Ausland.", []),
    ],
)
def test_part_of_a_count_in_abbreviated_millions(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # foreigners or volunteers said to serve in an army, with or without an article before it
        ("Derzeit dienen 500 bis 900 Ausländer in finnischen Streitkräften.", ["500 bis 900"]),
        ("Nach der Reform stehen 400 Ausländer in französischen Verbänden.", ["400"]),
        ("In der Armee dienen 800 Ausländer.", ["800"]),
        ("600 Freiwillige dienen im Heer.", ["600"]),
        # negatives: foreigners or volunteers with no army in their clause
        ("Rund 300 Ausländer leben in der Stadt.", []),
        ("Im Verein helfen 50 Freiwillige.", []),
        ("Rund 300 Ausländer arbeiten in deutschen Firmen.", []),
    ],
)
def test_foreigners_and_volunteers_serving(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "geschätzten N": the estimate inflected after an article
        (
            "Von den geschätzten 7.000 Soldaten der Division kehrten 300 nie zurück.",
            ["geschätzten 7.000", "300"],
        ),
        ("Ein geschätzter 40.000 Mann starker Verband zog nach Süden.", ["geschätzter 40.000"]),
        # people called up, counted by the nominalised participle
        (
            "Die Regierung hat 90.000 Reservisten einberufen. Rund 20.000 der Einberufenen dienen an der Front.",
            ["90.000", "Rund 20.000"],
        ),
        ("Mehr als 5000 der Eingezogenen sollen bereits im Kampfgebiet stehen.", ["Mehr als 5000"]),
        ("Nur 400 der Mobilisierten erhielten eine Ausbildung.", ["400"]),
        # negative: the lower-case participle before a noun of police stays an adjective
        ("Die Stadt hat 300 mobilisierte Polizisten an den Bahnhof geschickt.", []),
        # young people drafted
        ("Im Herbst werden 9.400 junge Leute zum Wehrdienst eingezogen.", ["9.400"]),
        ("Im Sommer wurden 3.000 junge Leute in die Armee einberufen.", ["3.000"]),
        # negative: young people with no call-up
        ("Zum Festival kamen 9.400 junge Leute.", []),
    ],
)
def test_estimates_and_people_called_up(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dash between spaces closes the clause of a bare count
        (
            "Die Zahl der Soldaten im Norden soll um fast 3.000 verringert werden - deutlich mehr als geplant.",
            ["fast 3.000"],
        ),
        # a contingent's strength told with "beträgt"/"umfasst" and no noun after the count
        (
            "Das Kontingent der Marine beträgt derzeit etwa 650 bei einer Obergrenze von 900.",
            ["etwa 650", "900"],
        ),
        ("Der Verband umfasst rund 1.800, die Hälfte davon Reservisten.", ["rund 1.800"]),
        # negative: a budget told with the same verb
        ("Der Etat der Mission beträgt 250 Millionen Euro.", []),
        # losses of a war compounded with their kind
        ("Von den 12.000 entsandten Soldaten haben 3.500 Kriegsverluste erlitten.", ["12.000", "3.500"]),
        # a command or staff licenses "Männer und Frauen"
        ("Das Vorkommando soll bis Jahresende auf rund 90 Männer und Frauen anwachsen.", ["rund 90"]),
        # negative: men and women of no army
        ("Der Chor soll bis Jahresende auf rund 90 Männer und Frauen anwachsen.", []),
    ],
)
def test_bare_strengths_losses_and_commands(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the English spelling of jihadists in German text
        ("Bei den Angriffen wurden mindestens 80 Jihadisten getötet.", ["mindestens 80"]),
        # cavalry and other soldiers of older armies
        ("Der Herzog führte 4.000 Kavalleristen und 12.000 Musketiere ins Feld.", ["4.000", "12.000"]),
        ("Vor der Stadt lagerten 800 Husaren und 600 Dragoner.", ["800", "600"]),
        # a country whose German name is its people's plural, right after a count in a military passage
        (
            "Am Manöver nehmen 5.000 Soldaten teil, darunter 700 Schweden und 1.200 Polen.",
            ["5.000", "700", "1.200"],
        ),
        ("Zur Armee des Kaisers gehörten damals auch 60.000 Polen.", ["60.000"]),
        # negatives: the country as a place, and people with no army
        ("Die Allianz hat 900 Soldaten nach Polen verlegt.", ["900"]),
        ("Rund 2000 Polen arbeiten in der Stadt.", []),
    ],
)
def test_spellings_old_branches_and_peoples_named_as_countries(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the plural after "eine halbe", and "ca" without its full stop
        ("Im Krieg standen rund eine halbe Millionen Soldaten im Land.", ["rund eine halbe Millionen"]),
        ("Die Armee hat heute ca 80.000 Soldaten.", ["ca 80.000"]),
        # the size of a change of a force named before "um"
        ("Die Regierung will die Streitkräfte um eine Million verkleinern.", ["eine Million"]),
        ("Die Armee wird bis 2030 um 20.000 verstärkt.", ["20.000"]),
        # negatives: a year after "um", and a police force changed by a number
        ("Die Truppe soll um 2030 einsatzbereit sein.", []),
        ("Die Landespolizei erhöht ihren Bestand um zwölf.", []),
        # a number word compounded with the troops it counts
        ("Bis Ende 1960 sank die Truppenzahl auf 2,4 Millionen.", ["2,4 Millionen"]),
        ("Die Soldatenzahl wurde später auf 90.000 erhöht.", ["90.000"]),
        ("Die Einwohnerzahl stieg bis 1951 auf 6,11 Millionen.", []),
        # "verfügt ... über": the verb's preposition even with several words between
        ("Damit verfügt die Marine des Landes nur noch über 9.000 Soldaten.", ["9.000"]),
        # a ceiling of the troops just counted after "möglich sind"
        (
            "Derzeit dienen dort drei deutsche Soldaten, erlaubt wären bis zu 40.",
            ["drei", "bis zu 40"],
        ),
        ("Am Einsatz beteiligen sich 50 Soldaten, vorgesehen sind maximal 80.", ["50", "maximal 80"]),
    ],
)
def test_number_forms_changes_and_ceilings(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "die Zahl der Getöteten" after troops whose losses were just counted
        (
            "Die Brigade meldet wieder dutzende tote Soldaten. Die Zahl der Getöteten wuchs damit um 12 auf 870.",
            ["dutzende", "12", "870"],
        ),
        # negatives: the dead of a whole war, a people's dead, civilians named
        (
            "Die Miliz verlor 40 Kämpfer. Die Gesamtzahl der Toten des Krieges liegt bei mehr als 9.000.",
            ["40"],
        ),
        (
            "Dabei wurden 30 Soldaten getötet. Die Zahl der getöteten Dorfbewohner lag bei 150.",
            ["30"],
        ),
        (
            "Es fielen 20 Soldaten. Die Zahl der Toten stieg auf 90, die meisten davon Zivilisten.",
            ["20"],
        ),
        # the share of another place after a comma and a preposition
        ("Im Süden sind 300 Soldaten stationiert, in der Hauptstadt rund 700.", ["300", "rund 700"]),
        (
            "Etwa 800 Soldaten und Hubschrauber stehen auf dem großen Stützpunkt bei der Hauptstadt und etwa 300 im Osten des Landes.",
            ["Etwa 800", "etwa 300"],
        ),
        # negative: a year after the place
        ("Im Süden sind 300 Soldaten stationiert, in Kabul 2010.", ["300"]),
        # specialists of an army
        ("Die Pioniere wurden im Laufe des Tages auf 40 Spezialisten aufgestockt.", ["40"]),
        ("Die Firma sucht 40 Spezialisten für Software.", []),
    ],
)
def test_dead_of_troops_counted_places_and_specialists(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a common misspelling of "mindestens"
        ("Im Osten wurden mindestes 9 Soldaten getötet.", ["mindestes 9"]),
        # a build-up staff licenses "Männer und Frauen"
        ("Derzeit arbeiten etwa 70 Männer und Frauen in einem Aufbaustab.", ["etwa 70"]),
        # people in uniform in a military passage, serving with arms, or joining an army
        ("Die Streitkräfte zählen heute rund 95.000 Männer und Frauen in Uniform.", ["rund 95.000"]),
        ("In diesem Jahr leisten 8.200 junge Leute Dienst an der Waffe.", ["8.200"]),
        ("Binnen einer Woche haben sich 40.000 junge Menschen zur Armee gemeldet.", ["40.000"]),
        # negatives: uniforms with no army, people reporting elsewhere
        ("Rund 300 Menschen in Uniform demonstrierten vor dem Rathaus.", []),
        ("Binnen einer Woche haben sich 40.000 junge Menschen zum Studium gemeldet.", []),
    ],
)
def test_misspellings_staffs_uniforms_and_enlisting(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adjective, then a second count that shares the compound noun
        ("Getötet wurden rund 4.000 britische und 900 NATO-Soldaten.", ["rund 4.000", "900"]),
        # casualties listed after troops and a colon
        (
            "Verluste der Nato-Truppen: 1.200 Tote, 340 Vermisste, 5.600 Verwundete.",
            ["1.200", "340", "5.600"],
        ),
        # "über" after a year is a qualifier again; after a count it is a step of a change
        ("Die Armee verlor im ersten Quartal 2024 über 9.000 Soldaten.", ["über 9.000"]),
        ("Die Truppe sank von 5.000 über 4.000 auf 3.000 Soldaten.", ["5.000", "4.000", "3.000"]),
        # a long place phrase before the participle
        ("Nun wurden 45 auf dem Flugplatz nahe der Hauptstadt stationierte Soldaten abgezogen.", ["45"]),
        # negative: people evading the draft
        (
            "Rund 2 Millionen Personen entziehen sich der Einberufung, sagte der General über die Soldaten an der Front.",
            [],
        ),
    ],
)
def test_shared_nouns_casualty_lists_years_and_participles(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "wovon N": a part of the troops just counted
        (
            "Derzeit sind 9.000 Soldaten im Einsatz, wovon rund 2.000 in Kliniken helfen.",
            ["9.000", "rund 2.000"],
        ),
        # people of an army helping civil bodies are still its troops
        (
            "Die Armee hält für zivile Behörden gut 1.000 Personen bereit, im Einsatz sind 300 von ihnen.",
            ["gut 1.000", "300 von ihnen"],
        ),
        # negative: civilians among people counted
        ("Bei dem Angriff starben 40 Personen, meist Zivilisten.", []),
        # a quoted name inside the place phrase before the participle
        ("Dazu kommen 300 auf dem Schiff „Nordstern“ eingeschiffte Soldaten.", ["300"]),
    ],
)
def test_parts_civil_bodies_and_quoted_places(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "um ... zu" of purpose is no "about"
        ("Die Flugzeuge landeten, um die 600 Mann der Spezialkräfte zu sichern.", ["600"]),
        ("Hubschrauber flogen ein, um die 40 eingeschlossenen Soldaten zu evakuieren.", ["40"]),
        # "um die N" without an infinitive after it stays an approximation
        ("Es kamen um die 600 Soldaten in die Stadt.", ["um die 600"]),
    ],
)
def test_um_die_of_purpose(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an acute accent typed as the Swiss thousands separator
        ("Die Armee soll auf 140´000 Mann schrumpfen.", ["140´000"]),
        # "um die" as the preposition of a verb
        ("20 Ausbilder kümmern sich um die 300 jungen Soldaten.", ["20", "300"]),
        # "N sollen es sein" opening a sentence: the troops of the sentence before
        ("Immer mehr Soldaten treffen ein. Bis zu 2.400 sollen es am Ende sein.", ["Bis zu 2.400"]),
        # negative: a year before "sind es"
        ("Immer mehr Soldaten treffen ein. 2024 sind es mehr als im Vorjahr.", []),
        # adverbs of place or time before a participle; a list of truncated compounds
        ("Nun sollen die 800 dort stationierten Soldaten abziehen.", ["800"]),
        ("Zur Übung kommen 40.000 See-, Land- und Luftwaffensoldaten.", ["40.000"]),
        # a part of the troops after a possessive genitive, with a bracket in the place phrase
        (
            "Die Armee zieht 2.000 ihrer 6.000 in Kabul (Afghanistan) stationierten Soldaten ab.",
            ["2.000", "6.000"],
        ),
        ("Er hat 2 seiner 5 Kinder verloren.", []),
        # medics of an army's mission; warriors of a war
        ("Die Mission stellt 40 Sanitäter und Ausbilder.", ["40"]),
        ("Im Krieg fielen 1,2 Millionen Krieger.", ["1,2 Millionen"]),
    ],
)
def test_separators_um_die_it_is_participles_and_branches(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # common misspellings of "Soldaten" and a word split at a line end
        ("Das Kontingent wächst um 250 Soladten.", ["250"]),
        ("Im Lager leben 80 Sodlaten.", ["80"]),
        ("Dort dienen 1.200 Sol-daten.", ["1.200"]),
        # negative: a word that only contains the letters
        ("Im Labor wurden 300 Isolaten untersucht.", []),
    ],
)
def test_misspelled_soldiers(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # troops as the topic: a figure opening its sentence as the subject of a verb said of troops
        (
            "Die Armee stockt ihre Präsenz im Norden auf. 400 wurden schon verlegt, 100 weitere sollen folgen.",
            ["400", "100"],
        ),
        ("Das Heer schickt Truppen an die Grenze. Rund 900 sind bereits stationiert.", ["Rund 900"]),
        ("Bei dem Angriff auf den Konvoi starben Soldaten. 7 wurden schwer verletzt.", ["7"]),
        # "Weitere N" opening a sentence: more of the troops of the sentence before
        ("Die Nato hat Soldaten nach Estland verlegt. Weitere 700 sollen im Herbst folgen.", ["700"]),
        # negatives: police, something else counted before, a year
        ("Die Polizei nahm 30 Personen fest. 12 wurden verletzt.", []),
        ("Die Armee hat 300 Panzer gekauft. 200 wurden verlegt.", []),
        ("Die Truppen rücken vor. 2024 wurden viele verlegt.", []),
    ],
)
def test_troops_as_the_topic(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the people of an armed group named before
        ("Die Hisbollah verlor in dem Jahr 4.000 ihrer Leute.", ["4.000"]),
        ("Der IS soll noch 2.000 Leute in der Region haben.", ["2.000"]),
        # negatives: people of no group
        ("Zum Konzert kamen 3.000 Leute.", []),
        ("Die Polizei nahm 30 Leute fest.", []),
    ],
)
def test_people_of_an_armed_group(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # citizens flown out by troops are no troops, nor is a share of them
        ("120 Franzosen haben die Soldaten bislang ausgeflogen, 40 von ihnen sind schon in Paris.", []),
        ("Der Auftrag der Truppe: rund 200 registrierte Briten aus dem Land auszufliegen.", []),
        # a share of the troops just counted stays one
        ("Die Armee hat 300 Soldaten entsandt, 100 von ihnen sind Reservisten.", ["300", "100 von ihnen"]),
        ("An der Front kämpfen 5.000 Briten, 300 von ihnen sind Freiwillige.", ["5.000", "300 von ihnen"]),
    ],
)
def test_citizens_evacuated_by_troops(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Am Fluss wachen seit Mai etwa fünf Tausend Reservisten.", ["etwa fünf Tausend"]),
        ("Die Armee schickte zwei Tausend Mann in die Grenzregion.", ["zwei Tausend"]),
        ("Rund zwanzig Tausend Reservisten wurden einberufen.", ["Rund zwanzig Tausend"]),
        # "und tausend" is not one number: the thousand is a second count
        ("Über 100 Soldaten wurden getötet und tausend verletzt.", ["Über 100", "tausend"]),
        ("Tausend Soldaten marschierten los.", ["Tausend"]),
    ],
)
def test_thousand_written_apart(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Armee hat derzeit 600 Soldaten im Land. Aktuell sind 450 vor Ort.", ["600", "450"]),
        (
            "Die Niederlande haben 300 Soldaten entsandt. Zurzeit sind etwa 250 in Litauen stationiert.",
            ["300", "etwa 250"],
        ),
        (
            "Bis 2030 sollen 4000 Soldaten dauerhaft in Estland stehen. Derzeit sind rund 900 vor Ort.",
            ["4000", "rund 900"],
        ),
        (
            "Für die Mission liegt die Obergrenze bei 800 Soldaten. Inzwischen sind bereits 700 im Einsatz.",
            ["800", "700"],
        ),
        # the figure between counts tanks, or the people present are police or firefighters
        ("Die Armee hat 300 Panzer bestellt. Derzeit sind 200 im Einsatz.", []),
        ("Die Polizei hat 500 Beamte geschickt. Derzeit sind 300 vor Ort.", []),
        ("Die Feuerwehr ist mit vielen Helfern angerückt. Derzeit sind 40 vor Ort.", []),
        # not at the start of its sentence after "now": no reading as the troops before
        ("Die Truppe hat 900 Soldaten. Es sind 40 Fahrzeuge vor Ort.", ["900"]),
    ],
)
def test_troops_present_now(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Künftig sollen 1200 statt bisher 900 Soldaten in der Region dienen.", ["1200", "900"]),
        ("Die Truppe soll auf 8000 statt 6000 Mann wachsen.", ["8000", "6000"]),
        ("Im Süden bleibt die Marine mit 450 anstatt 300 Matrosen.", ["450", "300"]),
        # the noun after the second count is no troop noun
        ("Das kostet 200 statt 300 Euro pro Soldat.", []),
        ("Die Marine bekommt 12 statt 9 Fregatten mit 200 Soldaten.", ["200"]),
    ],
)
def test_count_replaced_shares_the_noun(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Im Kalten Krieg dienten dort 50.000 bis zu einer Million Soldaten.",
            ["50.000 bis zu einer Million"],
        ),
        ("Die Miliz hat 1500 bis zu 3000 Kämpfer.", ["1500 bis zu 3000"]),
        ("Die Armee hatte damals 30.000 bis hin zu 40.000 Soldaten.", ["30.000 bis hin zu 40.000"]),
        # a year before "bis zu" is no lower end
        ("Im Jahr 2019 kamen bis zu 3000 Soldaten.", ["bis zu 3000"]),
    ],
)
def test_range_up_to(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Regierung will rund 3000 der seit Jahren in Norwegen stationierten etwa 9 000 Soldaten abziehen.",
            ["rund 3000", "etwa 9 000"],
        ),
        ("800 von den dort dauerhaft stationierten 5.000 Marinesoldaten sollen abziehen.", ["800", "5.000"]),
        # no place or adverb in the phrase: a plan, not troops already there
        ("Das Land will 1000 der geplanten 3000 Helfer stellen.", []),
        ("Es waren 30 der ersten 100 Tage im Amt.", []),
    ],
)
def test_part_of_troops_with_a_participle_phrase(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Marine hat 10.000 Soldaten im Ausland. Davon sind rund 6.000 fest im Einsatz.",
            ["10.000", "rund 6.000"],
        ),
        (
            "Das Heer stellt 2500 Soldaten für die Übung. Davon sind 900 in Norwegen stationiert.",
            ["2500", "900"],
        ),
    ],
)
def test_part_of_troops_present(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ein Angehöriger der Marines wurde am Dienstag, 14. März 2019 getötet.", []),
        ("Die Armee zählte rund 90.000 Soldaten (Stand: 31. Dezember 2021).", ["rund 90.000"]),
        ("Am 3. Mai 2004 landeten die ersten 35 Soldaten in der Hauptstadt.", ["35"]),
    ],
)
def test_day_of_the_month_is_no_count(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seit Mai sichern 3100 Soldaten die Grenze. Die Maximalgrenze liegt bei 6000.",
            ["3100", "6000"],
        ),
        ("Für den Einsatz gilt eine Höchstgrenze von 450 Soldaten.", ["450"]),
    ],
)
def test_other_words_for_a_ceiling(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Armee des Landes verfügt nach Schätzungen über ca 900.000 Leute.", ["ca 900.000"]),
        ("Die Bundeswehr umfasst derzeit rund 180.000 Leute.", ["rund 180.000"]),
        # no army has them, or the army has something else
        ("Die Firma verfügt über 300 Leute.", []),
        ("Das Konzert besuchten 3000 Leute.", []),
        ("Die Armee verfügt über 300 Panzer und 20 Leute in der Werkstatt.", []),
    ],
)
def test_people_an_army_has(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Im Feldzug zählte das Korps 40.000 Mann, am ersten Tag fielen 500, im Lazarett erlagen 300 ihren Wunden, "
            "später starben 250 am Fieber.",
            ["40.000", "500", "300", "250"],
        ),
        (
            "Das Korps brach mit 12.000 Soldaten auf, davon fielen bis zum Winter 3000.",
            ["12.000", "3000"],
        ),
        # troops neither counted nor said to have losses: the dead may be anyone
        ("Die Soldaten beschossen das Dorf, es starben 40.", []),
        ("Im Winter starben 300 an der Grippe.", []),
        ("Die Armee schickte 300 Soldaten, es starben 40 Zivilisten.", ["300"]),
    ],
)
def test_verb_of_dying_before_the_count(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Geliefert wurden im Mai 25 "Puma"-Schützenpanzer sowie 800 Soldaten.',
            ["800"],
        ),
        ('Die Marine stellt 40 "Tiger"-Hubschrauber und 300 Soldaten.', ["300"]),
    ],
)
def test_quoted_model_name_glued_to_equipment(text: str, expected: list[str]) -> None:
    assert spans(text) == expected
