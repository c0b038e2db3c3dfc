"""German troop counts missed on a third round of fresh real text, on sentences written for this test."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def spans(text: str) -> list[str]:
    return [m.count_text for m in extract_mentions(text, "de")]


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
