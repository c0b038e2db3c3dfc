"""Mention types that depend on the sentence before or after the count, on troops heading home, on the fate of
missing troops and on troops taking part in an operation. All sentences are written for these tests."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def _types(text: str, lang: str) -> dict[str, str]:
    return {m.count_text: m.mention_type for m in extract_mentions(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # troops whose fate is unknown are missing
        ("Das Schicksal von 300 Soldaten der Division ist bis heute ungeklärt.", "de", "300", "casualties"),
        (
            "Noch immer ist das Schicksal von rund 2000 Soldaten nicht geklärt.",
            "de",
            "rund 2000",
            "casualties",
        ),
        ("Im Krieg waren 4000 Soldaten verschollen.", "de", "4000", "casualties"),
        ("The fate of some 150 sailors from the cruiser remains unknown.", "en", "some 150", "casualties"),
        ("About 40 soldiers are still unaccounted for after the battle.", "en", "About 40", "casualties"),
        # ... but the word of fate alone says nothing of the troops counted
        (
            "Über das Schicksal der Stadt wird beraten, 500 Soldaten sind dort stationiert.",
            "de",
            "500",
            "deployment",
        ),
        # a ship or a unit "schickt" troops; "Schicksal" is no sending
        ("Polen schickt 600 Soldaten nach Lettland.", "de", "600", "deployment"),
        # a rotation or contingent named by its size that leaves: the presence is what leaves
        ("The third rotation of 600 marines left Okinawa for Guam on Sunday.", "en", "600", "withdrawal"),
        ("The deployment of 3,000 soldiers to Romania was approved on Monday.", "en", "3,000", "deployment"),
        # a force several states send somewhere is a presence, whatever it "numbers"
        ("The multinational force in the province now numbers 12,000.", "en", "12,000", "deployment"),
        (
            "Die Zahl der Soldaten der Friedenstruppe soll von 9.000 auf 7.500 reduziert werden.",
            "de",
            "9.000",
            "withdrawal",
        ),
        # ... while an army that numbers its soldiers has that size
        ("The national army now numbers 12,000 soldiers.", "en", "12,000", "force_size"),
        # a name set off by commas does not end the clause of the casualty verb
        (
            "About 30 soldiers based at the camp, Camp Alpha, were wounded overnight.",
            "en",
            "About 30",
            "casualties",
        ),
        ("Some 400 soldiers stationed in Gao, Mali, were killed.", "en", "Some 400", "casualties"),
        # ... while a clause of its own still does
        (
            "About 300 troops are deployed in the north, while the rebels killed 20 civilians.",
            "en",
            "About 300",
            "deployment",
        ),
        # fighters or soldiers traded in a swap are prisoners
        ("The swap of 12 rebel fighters for two pilots took place at the border.", "en", "12", "casualties"),
        ("Both sides swapped 95 soldiers on Friday.", "en", "95", "casualties"),
        # troops heading, going or coming home leave
        ("Some 3,000 British troops will head home before the winter.", "en", "Some 3,000", "withdrawal"),
        ("About 800 marines are coming home from the gulf next month.", "en", "About 800", "withdrawal"),
        ("The last 120 soldiers flew back home on Sunday.", "en", "120", "withdrawal"),
        # ... where heading somewhere else is going there
        ("About 900 soldiers are heading to the border region.", "en", "About 900", "deployment"),
        # moving into a country, taking part in an operation: troops there
        (
            "Roughly 2,500 paratroopers completed their movement into Kosovo on Friday.",
            "en",
            "Roughly 2,500",
            "deployment",
        ),
        (
            "More than 4,000 soldiers were participating in the offensive.",
            "en",
            "More than 4,000",
            "deployment",
        ),
        # ... taking part in an exercise is training
        ("More than 4,000 soldiers were participating in the exercise.", "en", "More than 4,000", "training"),
    ],
)
def test_type_of_fate_return_and_operation(text: str, lang: str, count: str, mention_type: str) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # the troops the sentence before said were leaving, taken up with a definite article and no cue of their own
        (
            "Die letzten Soldaten haben am Montag Niger verlassen. Die 90 Soldaten wurden nach Abidjan geflogen.",
            "de",
            "90",
            "withdrawal",
        ),
        (
            "The last troops left Chad on Monday. The 250 soldiers were flown to Dakar on Tuesday.",
            "en",
            "250",
            "withdrawal",
        ),
        # ... a count without the article is new troops
        (
            "Die letzten Soldaten haben am Montag Niger verlassen. Italien hat 90 Soldaten in Mali.",
            "de",
            "90",
            "deployment",
        ),
        # a pronoun opening the next sentence says what the troops counted do
        (
            "Ein dänischer General führt die 8.000 beteiligten Soldaten. Sie üben drei Wochen lang in Estland.",
            "de",
            "8.000",
            "training",
        ),
        (
            "The admiral took command of the 6,000 sailors. They will train for ten days off the coast.",
            "en",
            "6,000",
            "training",
        ),
        # ... or take part in a ceremony the next sentence names
        (
            "Am Freitag standen 90 junge Soldaten auf dem Marktplatz. Sie legten dort ihr feierliches Gelöbnis ab.",
            "de",
            "90",
            "other",
        ),
        # the parts of a total given in a sentence about a ceremony or an exercise share its event
        (
            "In Hammelburg legten 120 Rekruten ihr Gelöbnis ab. Davon waren 30 Soldaten auf Zeit.",
            "de",
            "30",
            "other",
        ),
        (
            "Some 4,000 troops took part in the exercise. Of them, 900 soldiers came from Norway.",
            "en",
            "900",
            "training",
        ),
        # ... and a next sentence about something else leaves them as they were
        (
            "Ein dänischer General führt die 8.000 Soldaten. Danach begann ein Training der Piloten.",
            "de",
            "8.000",
            "force_size",
        ),
        # an exercise named in the sentence before: troops just said to be out and about take part in it
        (
            "Am Montag begann das Manöver der Panzerbrigade. Im Bayerischen Wald sind 300 Soldaten mit 40 Fahrzeugen unterwegs.",
            "de",
            "300",
            "training",
        ),
        # ... troops sent somewhere abroad after it are deployed
        (
            "Am Montag begann das Manöver der Panzerbrigade. Zugleich wurden 300 Soldaten nach Litauen verlegt.",
            "de",
            "300",
            "deployment",
        ),
    ],
)
def test_type_from_neighbouring_sentences(text: str, lang: str, count: str, mention_type: str) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # the Swiss word for soldiers names them, not their army's size
        (
            "Bis zu 2000 Armeeangehörige leisten während der Konferenz Assistenzdienst.",
            "de",
            "Bis zu 2000",
            "deployment",
        ),
        (
            "Rund 800 Armeeangehörige stehen im Sicherungseinsatz am Flughafen.",
            "de",
            "Rund 800",
            "deployment",
        ),
        # ... while the army's strength in them is a size
        ("Die Armee zählt derzeit 140'000 Armeeangehörige.", "de", "140'000", "force_size"),
        ("Am Jahresende lag der Effektivbestand bei 95.000 Soldaten.", "de", "95.000", "force_size"),
        # ... and a campaign abroad that cost lives is no security operation
        ("Der Einsatz in Mali kostete 12 Bundeswehrsoldaten das Leben.", "de", "12", "casualties"),
        ("Der Grenzeinsatz hat bislang 7 Soldaten das Leben gekostet.", "de", "7", "casualties"),
        # a ship's crew back in its home port
        (
            "Die Korvette mit 60 Soldaten an Bord lief am Morgen in ihren Heimathafen ein.",
            "de",
            "60",
            "withdrawal",
        ),
        (
            "The destroyer with 300 sailors returned to its home port on Friday.",
            "en",
            "300",
            "withdrawal",
        ),
        # injuries suffered, told noun first
        ("Bei dem Angriff hätten vier Soldaten schwere Verletzungen erlitten.", "de", "vier", "casualties"),
        # injuries suffered told verb first or with a separable "davon", and the wounded brought to a hospital
        ("Bei dem Beschuss trugen vier Soldaten leichte Verletzungen davon.", "de", "vier", "casualties"),
        (
            "Bei dem Angriff erlitten Soldaten Verletzungen. Fünf von ihnen wurden in ein Krankenhaus gebracht.",
            "de",
            "Fünf von ihnen",
            "casualties",
        ),
        ("Seven peacekeepers were taken to a hospital in Tyre after the blast.", "en", "Seven", "casualties"),
        ("Twelve marines were hospitalized after the exercise.", "en", "Twelve", "casualties"),
        # leaving the army itself, not a place, shrinks it
        ("Im Sommer haben 700 Rekruten die Bundeswehr wieder verlassen.", "de", "700", "force_size"),
        ("Some 1,200 soldiers left the army early last year.", "en", "Some 1,200", "force_size"),
        # ... while troops leaving a country withdraw
        ("Im Sommer haben 700 Soldaten Mali verlassen.", "de", "700", "withdrawal"),
        # volunteers taken into an army's service are raised, not sent
        (
            "Der Minister stellte die ersten 150 Freiwilligen in den Dienst der neuen Armee.",
            "de",
            "150",
            "force_size",
        ),
    ],
)
def test_type_of_security_duty_home_port_and_service(
    text: str, lang: str, count: str, mention_type: str
) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # a recurring exercise named by its name alone
        ("Damals waren rund 70.000 Soldaten an Sapad beteiligt.", "de", "rund 70.000", "training"),
        ("Some 18,000 sailors from 20 navies joined RIMPAC this summer.", "en", "Some 18,000", "training"),
        ("Près de 9 000 militaires prennent part à BALTOPS cette année.", "fr", "Près de 9 000", "training"),
        # a source that wished to stay anonymous says nothing of where troops are
        (
            "Ein Offizier, der anonym bleiben wollte, schätzte die Miliz auf 8.000 Kämpfer.",
            "de",
            "8.000",
            "force_size",
        ),
        (
            "An officer who asked to remain anonymous put the militia at 8,000 fighters.",
            "en",
            "8,000",
            "force_size",
        ),
        # ... while troops that stay somewhere are there
        ("Rund 400 Soldaten bleiben vorerst in Bamako.", "de", "Rund 400", "deployment"),
        # "zählt ... zu den größten Truppenstellern": belongs among a mission's contributors
        (
            "Polen zählt mit 900 Soldaten zu den größten Truppenstellern der Mission.",
            "de",
            "900",
            "deployment",
        ),
        # ... where an army or group that "zählt" its fighters has that size
        ("Die Miliz zählt nach eigenen Angaben 6.000 Kämpfer.", "de", "6.000", "force_size"),
        # troops marching into a country invade it
        ("Im Sommer marschierten 90.000 Soldaten in das Nachbarland ein.", "de", "90.000", "deployment"),
    ],
)
def test_type_of_named_exercise_anonymity_and_contributors(
    text: str, lang: str, count: str, mention_type: str
) -> None:
    assert _types(text, lang)[count] == mention_type


def test_trial_period_or_problem_is_no_rehearsal() -> None:
    # "Probezeit" and "Probleme" are not the verb "proben" (to rehearse)
    assert _types("Im Sommer hatten 900 Soldaten in der Probezeit Probleme.", "de")["900"] != "training"
    assert _types("Rund 2000 Soldaten proben den Ernstfall in der Heide.", "de")["Rund 2000"] == "training"


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # the wounded flown or taken to a hospital, also one named by a compound, are casualties
        (
            "Am Abend wurden 45 Soldaten in das Armeekrankenhaus nach Koblenz ausgeflogen.",
            "de",
            "45",
            "casualties",
        ),
        ("Die 12 Soldaten wurden ins Bundeswehrkrankenhaus gebracht.", "de", "12", "casualties"),
        ("Douze soldats ont été évacués vers l'hôpital militaire de Gao.", "fr", "Douze", "casualties"),
        ("Huit militaires ont été hospitalisés après l'embuscade.", "fr", "Huit", "casualties"),
        # ... while troops flown out of a country leave it
        ("Am Montag wurden 45 Soldaten aus Niger ausgeflogen.", "de", "45", "withdrawal"),
        # a presence said with "noch", "derzeit", "befinden sich" keeps its own type after a cut told before
        (
            "Die Obergrenze soll von 2.000 auf 1.500 Soldaten sinken. Derzeit sind noch rund 900 "
            "Bundeswehrsoldaten in dem Land.",
            "de",
            "rund 900",
            "deployment",
        ),
        (
            "Nach mehreren Abzugsrunden befinden sich noch etwa 3.000 fremde Soldaten in der Provinz.",
            "de",
            "etwa 3.000",
            "deployment",
        ),
        (
            "The contingent was cut by half last year. There are still some 400 troops in the country.",
            "en",
            "some 400",
            "deployment",
        ),
        # ... not troops still held in captivity, nor the rest of a cut told as what is left over
        (
            "Noch immer befinden sich rund 8000 Soldaten in feindlicher Kriegsgefangenschaft.",
            "de",
            "rund 8000",
            "casualties",
        ),
        (
            "Der Abzug begann im Mai. Von den einst 2000 Soldaten sind derzeit noch 400 übrig.",
            "de",
            "400",
            "withdrawal",
        ),
        # ... but an army counted stays its size
        (
            "Die Armee wurde verkleinert. Derzeit sind noch 60.000 Soldaten in der Armee.",
            "de",
            "60.000",
            "force_size",
        ),
    ],
)
def test_hospitals_and_presence_after_a_cut(text: str, lang: str, count: str, mention_type: str) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # reservists who take part in drills as a habit are counted as part of the force, not as trainees
        (
            "Hinzu kommen 20.000 Reservisten, welche jedes Jahr regelmäßig Wehrübungen leisten.",
            "de",
            "20.000",
            "force_size",
        ),
        (
            "The army also has 45,000 reservists who regularly take part in exercises.",
            "en",
            "45,000",
            "force_size",
        ),
        (
            "L'armée compte 40 000 réservistes qui participent régulièrement à des exercices.",
            "fr",
            "40 000",
            "force_size",
        ),
        # ... while troops counted in an exercise itself train
        (
            "An der Übung nehmen 3000 Soldaten teil, die sonst in Munster stationiert sind.",
            "de",
            "3000",
            "training",
        ),
        # a rank in a list is no place where troops stand
        (
            "Das Land hat 95.000 aktive Soldaten und steht damit auf Platz 30 der größten Armeen.",
            "de",
            "95.000",
            "force_size",
        ),
        ("Seit Montag stehen 4000 Soldaten an der Grenze.", "de", "4000", "deployment"),
        # troops fewer than under the last mandate are a cut of the presence
        (
            "Der Bundestag billigte das neue Mandat mit 300 Soldaten weniger als zuvor in der Mission.",
            "de",
            "300",
            "withdrawal",
        ),
        (
            "Die Armee zählt 181.000 Soldaten, 700 Soldaten weniger als im Vorjahr.",
            "de",
            "700",
            "force_size",
        ),
    ],
)
def test_habits_ranks_and_fewer_than_a_mandate(text: str, lang: str, count: str, mention_type: str) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # the main verb after a long relative clause with a "zu" clause inside it
        (
            "Rund 30 Kämpfer, die am Abend versuchten, über den Fluss zu setzen, wurden von der Artillerie "
            "eliminiert.",
            "de",
            "Rund 30",
            "casualties",
        ),
        (
            "Zwölf Soldaten, die seit Wochen versucht hatten, die Stellung zu halten, wurden bei dem Angriff "
            "getötet.",
            "de",
            "Zwölf",
            "casualties",
        ),
        # ... but troops that remain after such a clause are not lost
        (
            "Rund 300 Soldaten, die im Frühjahr versucht hatten, die Stadt zu halten, sind inzwischen in der "
            "Region stationiert.",
            "de",
            "Rund 300",
            "deployment",
        ),
        # dying, said as "zu Tode kommen"
        ("Bei dem Unglück kamen 14 Soldaten zu Tode.", "de", "14", "casualties"),
        # a crew reaching its home port comes back
        (
            "Am Freitag haben die 75 Soldaten der Fregatte den Heimathafen Kiel wieder erreicht.",
            "de",
            "75",
            "withdrawal",
        ),
        # the oath of recruits is a ceremony
        ("Am Mittwoch sprachen 95 Rekruten die Eidesformel nach.", "de", "95", "other"),
        ("In der Kaserne geloben 140 Soldaten Treue.", "de", "140", "other"),
    ],
)
def test_long_relative_clauses_home_ports_and_oaths(
    text: str, lang: str, count: str, mention_type: str
) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # troops sent "for it", the exercise named in the sentence before, take part in it
        (
            "Das Manöver beginnt am Montag. Dafür sind 2000 Soldaten nach Litauen verlegt worden.",
            "de",
            "2000",
            "training",
        ),
        (
            "Die Übung dauerte zwei Tage. Rund 900 Soldaten waren dafür auf dem Platz eingetroffen.",
            "de",
            "Rund 900",
            "training",
        ),
        # ... not when the sentence before names no exercise
        (
            "Die Lage ist angespannt. Dafür wurden 300 Soldaten nach Litauen verlegt.",
            "de",
            "300",
            "deployment",
        ),
        # topping a mission's troops up, said with the zu-infinitive
        ("Die Regierung will das Kontingent um 200 Soldaten aufzustocken.", "de", "200", "deployment"),
    ],
)
def test_sent_for_the_exercise_and_topped_up(text: str, lang: str, count: str, mention_type: str) -> None:
    assert _types(text, lang)[count] == mention_type
