"""Which words decide a count's type: the event a sentence names (an exercise, a parade), the verb that governs
the count from before, the count's own clause, who the troops belong to. All sentences are written for these
tests."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def _types(text: str, lang: str) -> dict[str, str]:
    return {m.count_text: m.mention_type for m in extract_mentions(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # troops counted in a sentence about an exercise take part in it, whatever verb moves them there
        (
            "Some 4,000 soldiers from nine countries are involved in the exercise near Tallinn.",
            "en",
            "Some 4,000",
            "training",
        ),
        ("The navy sent 1,200 sailors to the Pacific for the annual war games.", "en", "1,200", "training"),
        (
            "An dem Manöver im Baltikum sind rund 7.000 Soldaten aus zwölf Staaten beteiligt.",
            "de",
            "rund 7.000",
            "training",
        ),
        (
            "Für die Übung hat das Heer etwa 2.500 Soldaten nach Litauen verlegt.",
            "de",
            "etwa 2.500",
            "training",
        ),
        (
            "Ces exercices doivent mobiliser près de 6 000 militaires dans le sud du pays.",
            "fr",
            "près de 6 000",
            "training",
        ),
        (
            "Plus de 3 000 soldats participent aux manœuvres organisées en Roumanie.",
            "fr",
            "Plus de 3 000",
            "training",
        ),
        # ... unless their own clause says they were killed or pulled out
        ("Two soldiers were killed during a live-fire exercise in the desert.", "en", "Two", "casualties"),
        ("Bei einer Übung in Bayern wurden drei Soldaten verletzt.", "de", "drei", "casualties"),
        # a parade
        (
            "More than 8,000 troops marched in the parade through the capital.",
            "en",
            "More than 8,000",
            "other",
        ),
        ("Bei der Parade in Minsk marschierten rund 5.000 Soldaten auf.", "de", "rund 5.000", "other"),
        ("Quelque 4 000 militaires défileront sur l'avenue mardi matin.", "fr", "Quelque 4 000", "other"),
    ],
)
def test_an_exercise_or_parade_in_the_sentence_types_its_troops(
    text: str, lang: str, count: str, mention_type: str
) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # a casualty or withdrawal verb before the count governs it; a bare participle after the noun is an
        # attribute of the troops, not what happened to them
        ("A rocket strike killed three soldiers stationed at the airbase.", "en", "three", "casualties"),
        ("The drone attack wounded 14 marines deployed near the border.", "en", "14", "casualties"),
        ("L'explosion a coûté la vie à cinq soldats stationnés dans la région.", "fr", "cinq", "casualties"),
        (
            "Washington will withdraw 2,000 troops based in the north of the country.",
            "en",
            "2,000",
            "withdrawal",
        ),
        # with an auxiliary the verb after the noun is the predicate and decides
        (
            "About 900 soldiers were deployed to the region after losses in the spring.",
            "en",
            "About 900",
            "deployment",
        ),
    ],
)
def test_a_dominant_verb_before_the_count_governs_it(
    text: str, lang: str, count: str, mention_type: str
) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # the count's own clause decides before a nearer cue behind a comma
        (
            "Austria mobilised 300,000 men in 1914, of whom a third fell within a year.",
            "en",
            "300,000",
            "force_size",
        ),
        (
            "Das Land mobilisierte 400.000 Mann, von denen viele im ersten Winter starben.",
            "de",
            "400.000",
            "force_size",
        ),
        # a comma inside a number ends no clause: "2,500" does not hide the withdrawal word before it
        (
            "The plan is to draw down the troops in Iraq to 1,500 soldiers and 1,500 in Syria by March.",
            "en",
            "1,500",
            "withdrawal",
        ),
    ],
)
def test_the_count_s_own_clause_decides(text: str, lang: str, count: str, mention_type: str) -> None:
    assert _types(text, lang)[count] == mention_type


def test_both_counts_of_a_drawdown_with_a_thousands_comma() -> None:
    found = [
        m.mention_type
        for m in extract_mentions(
            "The plan is to draw down the troops in Iraq to 1,500 soldiers and 1,500 in Syria by March.", "en"
        )
    ]
    assert found == ["withdrawal", "withdrawal"]


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # an armed group's fighters in a country are its force there, not a deployment abroad
        (
            "Al-Shabaab still has between 5,000 and 7,000 fighters in Somalia.",
            "en",
            "between 5,000 and 7,000",
            "force_size",
        ),
        (
            "The Islamic State can muster some 12,000 fighters across Iraq and Syria.",
            "en",
            "some 12,000",
            "force_size",
        ),
        (
            "Selon Washington, l'EI compte environ 9 000 combattants en Irak.",
            "fr",
            "environ 9 000",
            "force_size",
        ),
        # a state's troops in another country are deployed there
        ("Russia keeps about 1,500 soldiers in Transnistria.", "en", "about 1,500", "deployment"),
        # reservists with no other word about them belong to the force
        ("There are about 34,000 reservists in Denmark.", "en", "about 34,000", "force_size"),
    ],
)
def test_whose_troops_and_where(text: str, lang: str, count: str, mention_type: str) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "total"),
    [
        (
            "The withdrawal of 3,000 of the roughly 20,000 troops stationed in Japan begins in May.",
            "en",
            "roughly 20,000",
        ),
        (
            "Geplant ist der Abzug von 4.000 der derzeit in Italien stationierten 12.000 Soldaten.",
            "de",
            "12.000",
        ),
    ],
)
def test_the_total_of_a_partial_withdrawal_is_deployed(text: str, lang: str, total: str) -> None:
    assert _types(text, lang)[total] == "deployment"


@pytest.mark.parametrize(
    ("text", "lang", "mention_type"),
    [
        # a force cut with no place or mission is an army shrinking ...
        ("Der Minister will die Zahl der Soldaten von 180.000 auf 160.000 verringern.", "de", "force_size"),
        ("The government plans to cut the army from 90,000 to 72,000 soldiers by 2030.", "en", "force_size"),
        # ... a presence cut somewhere is a withdrawal
        ("The Pentagon will cut its troops in Kuwait from 13,000 to 10,000 soldiers.", "en", "withdrawal"),
    ],
)
def test_a_cut_from_x_to_y(text: str, lang: str, mention_type: str) -> None:
    assert {m.mention_type for m in extract_mentions(text, lang)} == {mention_type}


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        ("The fighting claimed the lives of 45 soldiers last week.", "en", "45", "casualties"),
        ("The rebels can muster 6,000 fighters.", "en", "6,000", "force_size"),
        ("Die Armee soll in dem Feldzug 20.000 Soldaten eingebüßt haben.", "de", "20.000", "casualties"),
        ("Die Marine plant, jedes Jahr rund 3.000 Rekruten auszubilden.", "de", "rund 3.000", "training"),
        ("Quatre soldats ont été touchés par un tir de mortier.", "fr", "Quatre", "casualties"),
        ("Paris envisage de laisser 400 militaires au Tchad.", "fr", "400", "withdrawal"),
        ("Le gouvernement veut engager 2 000 soldats au Sahel.", "fr", "2 000", "deployment"),
        # "UK-based", "Iran-backed": no cue word inside a hyphenated modifier
        ("The UK-based monitor said 30 soldiers were wounded.", "en", "30", "casualties"),
    ],
)
def test_cue_words_with_their_inflections(text: str, lang: str, count: str, mention_type: str) -> None:
    assert _types(text, lang)[count] == mention_type


def test_a_german_ordinal_ends_no_sentence() -> None:
    (mention,) = extract_mentions(
        "Ab dem 3. Oktober nehmen an der Übung im Norden rund 9.000 Soldaten aus acht Ländern teil.", "de"
    )
    assert mention.mention_type == "training"
    assert mention.sentence.startswith("Ab dem 3. Oktober")


def test_a_german_passive_participle_at_the_end_of_a_long_clause() -> None:
    (mention,) = extract_mentions(
        "Dabei wurden nach Angaben des Ministeriums mindestens 12 Angehörige der Streitkräfte bei einem Angriff "
        "auf einen Stützpunkt im Norden des Landes getötet.",
        "de",
    )
    assert mention.mention_type == "casualties"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # no troop count at all, cue words or not
        ("The exercise involved 40 aircraft and 12 ships.", "en"),
        ("Bei der Parade wurden 200 Panzer gezeigt.", "de"),
        ("La Commission européenne a débloqué 500 millions d'euros.", "fr"),
    ],
)
def test_negatives_stay_negative(text: str, lang: str) -> None:
    assert extract_mentions(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # a participle between the number and its noun says what the troops counted are
        (
            "Berichten zufolge sind es bis zu 3000 in Libyen stationierte Söldner.",
            "de",
            "bis zu 3000",
            "deployment",
        ),
        ("Gemeldet wurden 1200 im Kampf gefallene Soldaten.", "de", "1200", "casualties"),
        # ... unless a withdrawal governs the count from before
        ("Geplant ist der Abzug von 8.000 in Polen stationierten Soldaten.", "de", "8.000", "withdrawal"),
        # a bare participle after the noun, then the verb of the clause
        ("Some 400 marines stationed in Darwin will return home next month.", "en", "Some 400", "withdrawal"),
        ("Les 300 soldats déployés à Gao vont retourner en France.", "fr", "300", "withdrawal"),
        # ... but a withdrawal noun that is only an object is no verb of the troops
        (
            "Les 900 soldats engagés dans l'opération ont participé à l'évacuation des civils.",
            "fr",
            "900",
            "deployment",
        ),
        # captured fighters are casualties; the Department of Defense is no departure
        ("Twelve militants were arrested after the raid.", "en", "Twelve", "casualties"),
        ("Die letzten 90 Soldaten verließen am Montag das Lager.", "de", "90", "withdrawal"),
        (
            "The Department of Defense said 2,000 troops are stationed at the base.",
            "en",
            "2,000",
            "deployment",
        ),
    ],
)
def test_participles_and_verbs_of_the_clause(text: str, lang: str, count: str, mention_type: str) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # a change to a smaller number is a reduction even with no reduction word
        ("The number of Dutch troops in Lithuania will go from 1,100 to 600.", "en", "600", "withdrawal"),
        ("Le contingent passera de 4 000 à 1 800 militaires au Tchad.", "fr", "1 800", "withdrawal"),
        ("The navy will grow from 30,000 to 34,000 sailors.", "en", "34,000", "force_size"),
        # trainers and instructors take part in training wherever they serve
        ("Rund 250 Ausbilder der Bundeswehr sind derzeit in Niger im Einsatz.", "de", "Rund 250", "training"),
        ("Some 120 Canadian military instructors are deployed in Latvia.", "en", "Some 120", "training"),
        # a "fighting force" is a force, not a fight
        ("Analysts put the group's fighting force at 8,000 or more.", "en", "8,000 or more", "force_size"),
        # calling up or mobilising reservists raises a force, wherever they will serve
        (
            "The army called up 20,000 reservists for the operation in Gaza, bringing the total of reservists "
            "to 95,000.",
            "en",
            "95,000",
            "force_size",
        ),
    ],
)
def test_changes_trainers_and_raised_forces(text: str, lang: str, count: str, mention_type: str) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # the total a share is taken from keeps its own participle; the verb after is the share's
        ("Von den 2.500 entsandten Soldaten wurden 140 verwundet.", "de", "2.500", "deployment"),
        ("Von den 2.500 entsandten Soldaten wurden 140 verwundet.", "de", "140", "casualties"),
        # separable German verbs and inflected participles
        ("Das Heer holt 700 Soldaten aus dem Irak zurück.", "de", "700", "withdrawal"),
        ("Die 900 eingesetzten Soldaten kehren im Juni zurück.", "de", "900", "withdrawal"),
        # bodies returned are the dead
        ("The remains of 60 soldiers were handed over on Friday.", "en", "60", "casualties"),
    ],
)
def test_shares_separable_verbs_and_bodies(text: str, lang: str, count: str, mention_type: str) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # lowering a mandate's cap is a withdrawal, even with no place named
        (
            "Der Bundestag beschloss die Absenkung der Mandatsobergrenze von 1500 auf 800 Soldaten.",
            "de",
            "800",
            "withdrawal",
        ),
        # an area or a front after the noun places German troops
        ("Nach Schätzungen sind inzwischen 40.000 Soldaten an der Grenze.", "de", "40.000", "deployment"),
        ("Man geht davon aus, dass 9.000 Soldaten in dem Gebiet sind.", "de", "9.000", "deployment"),
        # returning from captivity: prisoners of war
        ("Insgesamt 75 Soldaten sind aus russischer Gefangenschaft zurückgekehrt.", "de", "75", "casualties"),
        (
            "Rund 2.000 Soldaten sind nach der Übung in ihre Kasernen zurückgekehrt.",
            "de",
            "Rund 2.000",
            "withdrawal",
        ),
        # put out of action
        ("La force a mis hors de combat une vingtaine de jihadistes.", "fr", "une vingtaine", "casualties"),
    ],
)
def test_caps_places_and_captivity(text: str, lang: str, count: str, mention_type: str) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # "fiel ... weg" (was dropped) is no death; "fielen aus dem ..." (fell, of the ...) is
        (
            "Zuletzt fiel die Reserve von 200 Mann weg, 80 Soldaten wurden abgezogen.",
            "de",
            "200",
            "withdrawal",
        ),
        ("Im Winter fielen aus dem Regiment 300 Soldaten an der Front.", "de", "300", "casualties"),
        # a share of a group's total: the total is its force
        ("Up to 30% of Hamas's 12,000 fighters were killed or wounded.", "en", "12,000", "force_size"),
        # a count among those of a figure given before takes that figure's type
        ("The strikes killed 400 people, among them 250 soldiers.", "en", "250", "casualties"),
        (
            "Die Armee meldete 90 Tote. Diese Zahl umfasst 60 Soldaten und 30 Reservisten.",
            "de",
            "60",
            "casualties",
        ),
    ],
)
def test_particles_shares_and_figures(text: str, lang: str, count: str, mention_type: str) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # the verb after a relative clause or an apposition says what happens to the troops; the clause's own verb
        # only says what they did before
        (
            "Im Sommer sollen auch sechs deutsche Soldaten, die in der Hauptstadt stationiert waren, das Land verlassen.",
            "de",
            "sechs",
            "withdrawal",
        ),
        (
            "Die 300 Soldaten, die in Gao eingesetzt sind, werden bis Ende Mai abgezogen.",
            "de",
            "300",
            "withdrawal",
        ),
        (
            "Les 400 soldats, qui étaient déployés à Tombouctou depuis 2015, vont quitter la région en juin.",
            "fr",
            "400",
            "withdrawal",
        ),
        (
            "The 900 marines, who had been stationed in Okinawa for a decade, will return home in spring.",
            "en",
            "900",
            "withdrawal",
        ),
        # the relative clause's verb still decides when the main verb is no cue
        ("Die 500 Soldaten, die 2019 entsandt wurden, bleiben vorerst in Niger.", "de", "500", "deployment"),
        # German: the verb closing the clause is said of the troops, however long the phrases before it
        (
            "Seit dem Frühjahr wurden durch Personal aus acht Staaten rund 6.000 Angehörige der Armee in "
            "mehreren Lehrgängen an modernen Waffen weitergebildet.",
            "de",
            "rund 6.000",
            "training",
        ),
        (
            "Man rechnet damit, dass bis Juli etwa 3.000 Rekruten in den neuen Zentren geschult werden.",
            "de",
            "etwa 3.000",
            "training",
        ),
        (
            "Bei dem Angriff auf den Konvoi wurden am Morgen nach Angaben der Armee 14 Soldaten verletzt.",
            "de",
            "14",
            "casualties",
        ),
        # a verb in second place is no clause-final verb: the count keeps its place phrase
        ("Die Regierung schickt 650 Soldaten nach Jordanien.", "de", "650", "deployment"),
    ],
)
def test_verb_after_inserted_clause_and_verb_final(
    text: str, lang: str, count: str, mention_type: str
) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # taking part in the exercise the sentence before names
        (
            "Die Marine hat im Nordmeer ein großes Manöver begonnen. Daran sind etwa 9.000 Soldaten beteiligt.",
            "de",
            "etwa 9.000",
            "training",
        ),
        (
            "L'exercice a débuté lundi dans les Alpes. Près de 4 000 militaires y sont engagés jusqu'en mai.",
            "fr",
            "Près de 4 000",
            "training",
        ),
        # ... but not when the sentence before names no exercise
        (
            "Die Mission wurde im Januar verlängert. Daran sind etwa 900 Soldaten beteiligt.",
            "de",
            "etwa 900",
            "deployment",
        ),
        # a training purpose or role after the count
        (
            "Jusqu'à 8 000 militaires seront engagés au printemps, pour s'entraîner au combat en zone urbaine.",
            "fr",
            "Jusqu'à 8 000",
            "training",
        ),
        (
            "Ils sont 300 Ukrainiens à être accueillis par l'armée de terre pour une formation de six semaines.",
            "fr",
            "300",
            "training",
        ),
        (
            "Rund 400 Soldaten sind in der Mission gebunden: als Ausbilder und in der Logistik.",
            "de",
            "Rund 400",
            "training",
        ),
        # pronominal and present-tense training verbs; "formé le bataillon" (formed a unit) trains no one
        (
            "Près de 250 soldats s'entrainaient ensemble sur le camp de Canjuers.",
            "fr",
            "Près de 250",
            "training",
        ),
        ("La Belgique forme 900 soldats ukrainiens cette année.", "fr", "900", "training"),
        (
            "Avec 200 autres soldats italiens, ils ont formé le bataillon de tête de la force en Bulgarie.",
            "fr",
            "200",
            "deployment",
        ),
    ],
)
def test_exercise_before_and_training_roles(text: str, lang: str, count: str, mention_type: str) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # troops mobilised for an operation or at a place are assigned there; mobilising an army raises it
        (
            "Dans le cadre de l'opération Résilience, l'armée mobilise 3 000 militaires outre-mer.",
            "fr",
            "3 000",
            "deployment",
        ),
        ("Chaque nuit, 1 500 soldats sont mobilisés dans Paris.", "fr", "1 500", "deployment"),
        ("Le Kremlin a mobilisé 300 000 hommes en septembre.", "fr", "300 000", "force_size"),
        ("Russia mobilised 300,000 soldiers last autumn.", "en", "300,000", "force_size"),
        # an army's career categories count its strength, even under a cap
        (
            "Die neue Obergrenze liegt bei 180.000 Zeit- und Berufssoldaten.",
            "de",
            "180.000",
            "force_size",
        ),
        # "contingent" as an army's whole strength, not a mission
        (
            "Le président a ordonné à l'armée de grossir ses rangs pour atteindre un contingent de 900 000 militaires.",
            "fr",
            "900 000",
            "force_size",
        ),
        ("Un contingent de 600 soldats français sera envoyé en Estonie.", "fr", "600", "deployment"),
        # "Rappelons que" (let us recall) calls up no one; a country hosting troops has them deployed there
        (
            "Rappelons que la région abrite déjà des troupes étrangères, environ 1 200 hommes.",
            "fr",
            "environ 1 200",
            "deployment",
        ),
    ],
)
def test_mobilised_careers_and_contingents(text: str, lang: str, count: str, mention_type: str) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # brought back after a prisoner exchange: prisoners of war, not a withdrawal
        (
            "Moskau und Kiew haben erneut Gefangene ausgetauscht. Dabei wurden 95 russische Soldaten zurückgeholt.",
            "de",
            "95",
            "casualties",
        ),
        (
            "Après l'échange de prisonniers, 40 soldats ont été rapatriés vers Kiev.",
            "fr",
            "40",
            "casualties",
        ),
        # ... while a return home with no prisoners named stays a withdrawal
        ("Im Mai wurden 95 Soldaten aus Mali zurückgeholt.", "de", "95", "withdrawal"),
        # prisoners after the noun, and a share of a prisoner figure
        ("Il y aurait encore 2 000 soldats ukrainiens prisonniers.", "fr", "2 000", "casualties"),
        (
            "Au total, 150 prisonniers ont été libérés, dont 120 soldats de l'armée régulière.",
            "fr",
            "120",
            "casualties",
        ),
        # a death named by its noun; a way home; an expulsion demanded
        ("Die Armee meldete den Tod von sieben Reservisten im Norden.", "de", "sieben", "casualties"),
        ("Die letzten 80 Soldaten sind nun auf dem Rückweg nach Deutschland.", "de", "80", "withdrawal"),
        (
            "Le parlement demande d'expulser les 2.500 soldats étrangers déployés dans le pays.",
            "fr",
            "2.500",
            "withdrawal",
        ),
    ],
)
def test_captivity_deaths_and_leaving(text: str, lang: str, count: str, mention_type: str) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # a cue noun governing the count through "der", "von", "of", "de" decides over a participle after it
        (
            "Die Verlegung der rund 3000 Soldaten umfassenden Division beginnt im Herbst.",
            "de",
            "rund 3000",
            "deployment",
        ),
        ("Der Abzug von 700 Soldaten ist für Juni geplant.", "de", "700", "withdrawal"),
        ("Le déploiement de 1 200 soldats belges commencera en mars.", "fr", "1 200", "deployment"),
        ("The training of 2,000 recruits starts next week.", "en", "2,000", "training"),
        # an apposition after "N soldats de la mission, ..." is skipped to the verb
        (
            "Près de 300 soldats de la FINUL, la force onusienne déployée au Liban, s’apprêtent à quitter le pays.",
            "fr",
            "Près de 300",
            "withdrawal",
        ),
        # a small count with no cue word and no place is a detachment, a large one an army
        ("Es geht dabei um etwa 30 Soldaten.", "de", "etwa 30", "deployment"),
        ("Es geht dabei um etwa 180.000 Soldaten.", "de", "etwa 180.000", "force_size"),
        ("Der Stab soll auf 150 Bundeswehrangehörige anwachsen.", "de", "150", "deployment"),
    ],
)
def test_governing_nouns_and_small_counts(text: str, lang: str, count: str, mention_type: str) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # an army named in the noun's complement says whose the troops are, not what they do
        (
            "Pendant les manœuvres, environ 4 000 soldats des forces armées roumaines ont franchi le Danube.",
            "fr",
            "environ 4 000",
            "training",
        ),
        (
            "Seit dem Frühjahr wurden etwa 3.500 Angehörige der georgischen Streitkräfte in Litauen trainiert.",
            "de",
            "etwa 3.500",
            "training",
        ),
        # the army as the subject still counts a force
        ("Les forces armées roumaines comptent 70 000 militaires.", "fr", "70 000", "force_size"),
        # a state's troops counted at a place are a presence there; an armed group's fighters there are its force
        (
            "L'opération avait compté jusqu'à 4 500 militaires français dans la région.",
            "fr",
            "jusqu'à 4 500",
            "deployment",
        ),
        ("The group can muster 15,000 fighters across Syria.", "en", "15,000", "force_size"),
    ],
)
def test_owner_complements_and_placed_troops(text: str, lang: str, count: str, mention_type: str) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # a total named first keeps what its own phrase says; the verb after the share is said of the share
        ("Von den 180.000 Soldaten seien nur 140.000 einsatzbereit.", "de", "180.000", "force_size"),
        ("Von den 3.000 Soldaten in Mali wurden 200 verwundet.", "de", "200", "casualties"),
        ("Von den 3.000 Soldaten in Mali wurden 200 verwundet.", "de", "3.000", "deployment"),
        ("Sur les 1 800 soldats présents au Tchad, 400 resteront.", "fr", "1 800", "deployment"),
        # ... while a noun governing the count through "of the" is no total
        ("The deaths of the two soldiers pushed the toll to 40.", "en", "two", "casualties"),
        # a partitive apposition is skipped to the verb
        (
            "Washington demande que 4.000 soldats, sur les 9.000 actuellement déployés, quittent le pays.",
            "fr",
            "4.000",
            "withdrawal",
        ),
        # conditional and future of "réduire"; a mandate's ceiling for a training mission is a presence abroad
        (
            "Le projet réduirait à 8 000 le nombre de militaires américains au Japon.",
            "fr",
            "8 000",
            "withdrawal",
        ),
        (
            "Das Mandat erlaubt, bis zu 150 Soldaten für die Ausbildungsmission zu entsenden.",
            "de",
            "bis zu 150",
            "deployment",
        ),
        (
            "Die Obergrenze für die Ausbildungsmission soll von 300 auf 450 Soldaten steigen.",
            "de",
            "450",
            "deployment",
        ),
        # ... while troops staying for training purposes train
        ("Lediglich 80 Soldaten bleiben zu Ausbildungszwecken in Mali.", "de", "80", "training"),
        # nouns and participles of killing; conscripting
        (
            "Die Miliz meldete die Tötung von mindestens zwölf Soldaten.",
            "de",
            "mindestens zwölf",
            "casualties",
        ),
        ("Die Armee hat nach eigenen Angaben 400 Kämpfer eliminiert.", "de", "400", "casualties"),
        (
            "Die Behörden planen das Einziehen von 35.000 Rekruten zum Wehrdienst.",
            "de",
            "35.000",
            "force_size",
        ),
    ],
)
def test_totals_first_and_purposes(text: str, lang: str, count: str, mention_type: str) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # zu-infinitives of separable verbs, "gestorben", an invasion
        (
            "Die Regierung hat damit begonnen, Hunderte Soldaten aus dem Irak abzuziehen.",
            "de",
            "Hunderte",
            "withdrawal",
        ),
        ("Bislang sind 35 Soldaten der Truppe im Einsatz gestorben.", "de", "35", "casualties"),
        ("Einmarschiert waren die Verbündeten mit rund 90.000 Soldaten.", "de", "rund 90.000", "deployment"),
        # a mission named by its own name makes its strength a presence
        (
            "Die KFOR hat zurzeit eine Stärke von etwa 4.500 Soldaten.",
            "de",
            "etwa 4.500",
            "deployment",
        ),
        ("La FINUL compte environ 10 000 casques bleus.", "fr", "environ 10 000", "deployment"),
    ],
)
def test_separable_infinitives_and_mission_names(text: str, lang: str, count: str, mention_type: str) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # what is left after a cut is a withdrawal figure, unless it is an army's whole strength
        ("Il ne devrait y avoir plus que 700 militaires d'ici fin mai.", "fr", "700", "withdrawal"),
        (
            "L'opération ne comptera plus qu'entre 400 et 600 soldats cet été.",
            "fr",
            "entre 400 et 600",
            "withdrawal",
        ),
        ("Dann sind nur noch 3200 Soldaten im Land.", "de", "3200", "withdrawal"),
        ("Die Bundeswehr hat nur noch 179.000 Soldaten.", "de", "179.000", "force_size"),
        # losses among a total: the total is not lost
        (
            "Kiev a confirmé des pertes parmi les 8 000 soldats envoyés dans la région.",
            "fr",
            "8 000",
            "deployment",
        ),
        # leaving, returning to barracks, eliminating, dying; "à partir de" is no departure
        (
            "Les 300 derniers militaires déployés dans la province ont commencé à partir en convoi.",
            "fr",
            "300",
            "withdrawal",
        ),
        ("À partir de mars, 2 000 soldats seront déployés au Niger.", "fr", "2 000", "deployment"),
        ("L'armée élimine une trentaine de combattants par mois.", "fr", "une trentaine", "casualties"),
        ("Le bilan atteint 45 militaires décédés.", "fr", "45", "casualties"),
        (
            "Quelque 150 militaires seront envoyés en Roumanie pour former des soldats moldaves.",
            "fr",
            "Quelque 150",
            "training",
        ),
    ],
)
def test_residuals_losses_among_and_french_verbs(text: str, lang: str, count: str, mention_type: str) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # a withdrawal or casualty noun in a phrase of time dates the clause
        (
            "Nach dem Abzug der Panzerverbände verbleiben etwa 7.000 Soldaten in der Region.",
            "de",
            "etwa 7.000",
            "deployment",
        ),
        (
            "Après le retrait de Kaboul, 2 000 soldats resteront stationnés au Qatar.",
            "fr",
            "2 000",
            "deployment",
        ),
        # ... but it still governs the count it names
        ("Nach dem Abzug von 3.000 Soldaten bleibt die Lage ruhig.", "de", "3.000", "withdrawal"),
        # a return after an exchange is a return from captivity
        (
            "Es war der größte Austausch seit Monaten. Dabei kehrten 90 Soldaten nach Hause zurück.",
            "de",
            "90",
            "casualties",
        ),
        ("Im Gegenzug wurden 75 Soldaten aus dem besetzten Gebiet zurückgebracht.", "de", "75", "casualties"),
    ],
)
def test_time_phrases_and_exchanges(text: str, lang: str, count: str, mention_type: str) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # the last troops are the last to leave, unless they are killed
        ("Die letzten 90 Soldaten sind nun auf dem Weg nach Hause.", "de", "90", "withdrawal"),
        (
            "Les 250 derniers militaires français stationnés à Gao ont levé le camp.",
            "fr",
            "250",
            "withdrawal",
        ),
        ("Les trois derniers soldats tués portent le bilan à 50.", "fr", "trois", "casualties"),
        # an adjective before a partitive apposition
        (
            "Le président demande que 6.000 soldats américains, sur les 20.000 actuellement déployés, quittent le pays.",
            "fr",
            "6.000",
            "withdrawal",
        ),
    ],
)
def test_last_troops_and_adjectives_before_apposition(
    text: str, lang: str, count: str, mention_type: str
) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # a unit "with N soldiers" is a unit's strength, placed somewhere, not an army's
        (
            "Die Bundeswehr soll eine Brigade mit 4000 Soldaten für Litauen führen.",
            "de",
            "4000",
            "deployment",
        ),
        ("Un bataillon de 800 soldats rejoindra la Roumanie.", "fr", "800", "deployment"),
        ("Die Bundeswehr hat 181.000 Soldaten.", "de", "181.000", "force_size"),
    ],
)
def test_unit_strengths(text: str, lang: str, count: str, mention_type: str) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # an exercise named only as the time of the statement ("after the drills") is no exercise of these troops
        (
            "Poland could send up to 3,000 more soldiers to Lithuania, the ministry said after the spring drills.",
            "en",
            "up to 3,000",
            "deployment",
        ),
        (
            "L'Italie pourrait déployer jusqu'à 800 soldats au Kosovo, a annoncé le ministre à l'issue d'un exercice.",
            "fr",
            "jusqu'à 800",
            "deployment",
        ),
        (
            "Nach der Übung sollen etwa 1.200 Soldaten auf Dauer in Estland stationiert bleiben.",
            "de",
            "etwa 1.200",
            "deployment",
        ),
        # ... while troops of the exercise itself still train
        ("Some 5,000 troops took part in the drills after the summit.", "en", "Some 5,000", "training"),
    ],
)
def test_an_exercise_named_as_a_time_does_not_type_the_troops(
    text: str, lang: str, count: str, mention_type: str
) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # a death phrase with "Leben": the troops lost their lives
        ("Im März mussten 23 Soldaten der Armee bei den Kämpfen ihr Leben lassen.", "de", "23", "casualties"),
        ("Bei dem Angriff ließen 14 Soldaten ihr Leben.", "de", "14", "casualties"),
        # "davon N": a share of a figure given before has its type
        (
            "Die Verluste der Armee stiegen auf insgesamt 120, davon 45 in Syrien.",
            "de",
            "45",
            "casualties",
        ),
        # recruits in their basic course train; recruits raised still make a force
        (
            "Im Herbst beginnen 320 Rekruten in Hagenow ihre Grundausbildung.",
            "de",
            "320",
            "training",
        ),
        (
            "Dans ce camp, 450 recrues suivent leur formation initiale avant de rejoindre leurs régiments.",
            "fr",
            "450",
            "training",
        ),
        ("Die Armee will in diesem Jahr 20.000 Rekruten einstellen.", "de", "20.000", "force_size"),
        # a training participle right before the noun says what kind of troops they are
        ("Die Miliz soll über 60.000 ausgebildete Kämpfer verfügen.", "de", "60.000", "force_size"),
        ("The group claims 8,000 trained fighters.", "en", "8,000", "force_size"),
        # ... while troops trained by someone are still trainees
        ("Die Bundeswehr hat bisher 9.000 Soldaten der Ukraine ausgebildet.", "de", "9.000", "training"),
    ],
)
def test_death_phrases_shares_recruits_and_trained_troops(
    text: str, lang: str, count: str, mention_type: str
) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # troops mobilised for operations abroad are deployed there, not raised
        (
            "Près de 7 000 militaires sont mobilisés dans les opérations extérieures, dont 2 000 en Afrique.",
            "fr",
            "Près de 7 000",
            "deployment",
        ),
        ("Le pays a mobilisé 150 000 réservistes.", "fr", "150 000", "force_size"),
        # "il y a / il y en a": a presence, also for a count that refers back
        (
            "Il y avait 9 000 soldats belges au Congo. Aujourd'hui, il y en a 3 000.",
            "fr",
            "3 000",
            "deployment",
        ),
        ("L'armée compte 120 000 soldats. Il y a aussi 30 000 réservistes.", "fr", "30 000", "force_size"),
        # a place right after the noun beats a group's size said in the sentence before
        (
            "Le groupe compterait 40 camps dans la région. Il resterait encore 700 mercenaires dans le pays.",
            "fr",
            "700",
            "deployment",
        ),
        # peacekeepers named in the sentence before: the next count is the mission's
        (
            "En 1974, l'ONU a envoyé des casques bleus à Chypre. Les quelque 2 000 militaires surveillent la ligne.",
            "fr",
            "quelque 2 000",
            "deployment",
        ),
        # an exercise in the sentence before: troops sent there for their course, or engaged in it, train
        (
            "Le régiment est en manœuvre près de Mourmelon. 600 hommes et 90 véhicules sont engagés.",
            "fr",
            "600",
            "training",
        ),
        (
            "L'exercice dure cinq jours. 150 soldats, qui achèvent leur formation, seront déployés dans la forêt.",
            "fr",
            "150",
            "training",
        ),
        # a leeway is no exercise
        (
            "Le ministre a peu de marge de manœuvre. 900 soldats sont déployés au Tchad.",
            "fr",
            "900",
            "deployment",
        ),
    ],
)
def test_mobilised_abroad_presences_and_context_before(
    text: str, lang: str, count: str, mention_type: str
) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # suicides and burials are deaths
        ("Im Auslandseinsatz nahmen sich 9 Soldaten das Leben.", "de", "9", "casualties"),
        ("Auf dem Friedhof liegen die Gebeine von 3.000 Soldaten.", "de", "3.000", "casualties"),
        # the separable verb "setzten ... ein" sends troops; "ein" as an article does not
        ("Im Krieg setzten die Alliierten 400.000 Soldaten ein.", "de", "400.000", "deployment"),
        # a count that continues troops counted before takes their withdrawal or casualty word
        (
            "Zwölf Soldaten wurden im Norden getötet, drei weitere im Süden.",
            "de",
            "drei",
            "casualties",
        ),
        (
            "Seit 2001 sind 300 Soldaten gefallen, 120 davon durch Sprengfallen.",
            "de",
            "120",
            "casualties",
        ),
        (
            "Huit soldats ont été tués au Mali cette année, deux autres au Niger.",
            "fr",
            "deux",
            "casualties",
        ),
        # a capitalised cue word in the noun's complement is part of a name
        (
            "Selon l'ONG, 40 combattants du Front islamique ont trouvé la mort dans les combats.",
            "fr",
            "40",
            "casualties",
        ),
    ],
)
def test_suicides_burials_separable_verbs_and_continued_counts(
    text: str, lang: str, count: str, mention_type: str
) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # "darunter" opening a sentence: part of the dead or the leaving counted in the sentence before
        (
            "Bei dem Überfall auf das Lager wurden 20 Menschen getötet. Darunter seien acht Soldaten.",
            "de",
            "acht",
            "casualties",
        ),
        ("Der Krieg hat 90.000 Soldaten das Leben gekostet.", "de", "90.000", "casualties"),
        # troops moved on into other places leave where they are; troops in other places are there
        (
            "Das Pentagon will etwa 3.000 Soldaten aus Japan in andere Regionen verlegen.",
            "de",
            "etwa 3.000",
            "withdrawal",
        ),
        ("Weitere 800 Soldaten sind in anderen Regionen stationiert.", "de", "800", "deployment"),
        (
            "Paris pourrait redéployer ses 900 militaires dans un autre pays de la région.",
            "fr",
            "900",
            "withdrawal",
        ),
        # encircled troops are there
        (
            "Im Winter waren 60.000 Soldaten im Kessel von Demjansk eingekesselt.",
            "de",
            "60.000",
            "deployment",
        ),
        # the forces of the UN and the AU are missions; a battlegroup topped up is a presence
        (
            "Die 7.500 Mann starke Eingreiftruppe der Afrikanischen Union schützt die Hauptstadt.",
            "de",
            "7.500",
            "deployment",
        ),
        (
            "Die Battlegroup wurde von 1.200 auf 3.500 Soldaten aufgestockt.",
            "de",
            "3.500",
            "deployment",
        ),
        (
            "Das Kontingent soll wieder aufgestockt werden, von 600 auf 850 Soldaten.",
            "de",
            "850",
            "deployment",
        ),
        # ... while an army topped up grows
        ("Die Armee soll auf 203.000 Soldaten aufgestockt werden.", "de", "203.000", "force_size"),
    ],
)
def test_among_them_before_relocations_encirclements_and_missions(
    text: str, lang: str, count: str, mention_type: str
) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # a withdrawal named as the time of the clause does not make the troops counted leave
        (
            "La FINUL comptait 6 000 hommes lors du retrait des troupes étrangères en 2005.",
            "fr",
            "6 000",
            "deployment",
        ),
        (
            "Während des Abzugs der Amerikaner waren 900 deutsche Soldaten in Kabul stationiert.",
            "de",
            "900",
            "deployment",
        ),
        ("Pendant le retrait, 12 soldats ont été blessés.", "fr", "12", "casualties"),
        # a pronoun for the mission named in the sentence before
        (
            "Sangaris était une opération française en Centrafrique. Elle comptait jusqu'à 2 000 soldats.",
            "fr",
            "jusqu'à 2 000",
            "deployment",
        ),
        ("La France a réformé son armée. Elle compte 200 000 militaires.", "fr", "200 000", "force_size"),
        # "il y a deux ans" is a time, not a presence
        ("Il y a deux ans, 5 000 soldats.", "fr", "5 000", "force_size"),
        # the past of "verfügen": a force's size
        ("Die Miliz verfügte damals über 12.000 Kämpfer.", "de", "12.000", "force_size"),
        # fighting the enemy somewhere
        ("Près de 600 combattants affrontent l'armée dans la province.", "fr", "Près de 600", "deployment"),
    ],
)
def test_time_of_a_withdrawal_missions_said_before_and_fighting(
    text: str, lang: str, count: str, mention_type: str
) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # freed or swapped prisoners: a return from captivity
        ("Bei dem Austausch kamen 140 ukrainische Soldaten frei.", "de", "140", "casualties"),
        (
            "Am Sonntag wurden 75 russische gegen 75 ukrainische Soldaten ausgetauscht.",
            "de",
            "75",
            "casualties",
        ),
        ("Nach zwei Jahren sind 60 Soldaten wieder in Freiheit.", "de", "60", "casualties"),
        ("Parmi les 120 militaires libérés figurent plusieurs officiers.", "fr", "120", "casualties"),
        # ... while troops that come somewhere stay a presence
        ("Am Montag kamen 300 Soldaten in Vilnius an.", "de", "300", "deployment"),
        # an exercise named before, its troops "mobilised" next or a war game by its name
        (
            "L'exercice Baltops a commencé lundi. Il mobilise environ 9 000 militaires de seize pays.",
            "fr",
            "environ 9 000",
            "training",
        ),
        (
            "Ils impliqueront 40 000 militaires, ce qui en fait les plus grands jeux de guerre de la décennie.",
            "fr",
            "40 000",
            "training",
        ),
        ("Le pays a changé sa doctrine. Il mobilise 300 000 réservistes.", "fr", "300 000", "force_size"),
    ],
)
def test_freed_prisoners_and_exercises_named_before(
    text: str, lang: str, count: str, mention_type: str
) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # "darunter" before a list of counts: each is part of the dead counted before
        (
            "Bei dem Anschlag starben 30 Menschen. Darunter waren vier Soldaten und elf Kämpfer der Miliz.",
            "de",
            "elf",
            "casualties",
        ),
        # a contribution cut back: both counts leave
        (
            "Die Beteiligung an der Eingreiftruppe wurde von 2500 auf 1800 Soldaten heruntergefahren.",
            "de",
            "1800",
            "withdrawal",
        ),
        ("Mit der Kapitulation von 300 Soldaten endete die Belagerung.", "de", "300", "casualties"),
        ("La capitulation de 400 soldats a mis fin au siège.", "fr", "400", "casualties"),
        ("Im Osten sind 20.000 Soldaten auf dem Vormarsch.", "de", "20.000", "deployment"),
        ("Der General will mit 90.000 Soldaten die Stadt angreifen.", "de", "90.000", "deployment"),
        # fleeing soldiers leave their army's ranks; a course is training
        ("Nach den Gefechten flohen 600 Soldaten über die Grenze.", "de", "600", "other"),
        ("In Hammelburg absolvieren 40 Soldaten einen Lehrgang für Scharfschützen.", "de", "40", "training"),
    ],
)
def test_lists_after_darunter_cutbacks_surrenders_advances_and_courses(
    text: str, lang: str, count: str, mention_type: str
) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # a partial withdrawal of the troops counted: they are the whole presence
        (
            "Le président a annoncé le retrait partiel des 3 000 soldats déployés au Niger.",
            "fr",
            "3 000",
            "deployment",
        ),
        ("He ordered a partial withdrawal of the 4,000 troops in Syria.", "en", "4,000", "deployment"),
        (
            "Le président a annoncé le retrait des 3 000 soldats déployés au Niger.",
            "fr",
            "3 000",
            "withdrawal",
        ),
        # what is left after a cut
        (
            "En 2026, il ne restera qu'entre 400 et 600 soldats au Tchad.",
            "fr",
            "entre 400 et 600",
            "withdrawal",
        ),
    ],
)
def test_partial_withdrawals_and_what_is_left(text: str, lang: str, count: str, mention_type: str) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # a training participle closing the phrase after the noun: trained troops, an army's strength
        (
            "Le pays ne dispose plus que d'une armée de métier — quelque 40 000 militaires entraînés.",
            "fr",
            "quelque 40 000",
            "force_size",
        ),
        # ... while troops trained by someone are trainees
        (
            "Près de 5 000 soldats formés par la France ont rejoint le front.",
            "fr",
            "Près de 5 000",
            "training",
        ),
        # training as the troops' job, not a course they take
        (
            "Die Armee zählt 120.000 Aktive, 30.000 davon sind für Ausbildung und Logistik zuständig.",
            "de",
            "30.000",
            "force_size",
        ),
        ("Im Lager sind 300 Soldaten für die Ausbildung der Rekruten abgestellt.", "de", "300", "training"),
        # a share named far after the dead it is part of
        (
            "Selon l'ONG, 1 800 personnes ont été tuées dans la région depuis le début de l'année 2023 par les "
            "groupes armés, qui précise que parmi elles figurent 600 soldats.",
            "fr",
            "600",
            "casualties",
        ),
    ],
)
def test_trained_attributes_after_the_noun_and_distant_shares(
    text: str, lang: str, count: str, mention_type: str
) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # a ceiling set against the one until now, in either order: lowered, so both counts are a withdrawal
        (
            "Künftig sollen anstatt wie bisher 2400 Soldaten in Litauen nur noch 1800 Soldaten dienen.",
            "de",
            "2400",
            "withdrawal",
        ),
        (
            "Künftig sollen anstatt wie bisher 2400 Soldaten in Litauen nur noch 1800 Soldaten dienen.",
            "de",
            "1800",
            "withdrawal",
        ),
        (
            "Für den Einsatz in Mali sind künftig nur noch 700 statt bisher 1.100 Soldaten vorgesehen.",
            "de",
            "1.100",
            "withdrawal",
        ),
        # ... but raised, nothing is withdrawn
        (
            "Das neue Mandat für Litauen erlaubt anstatt wie bisher 600 Soldaten künftig 900 Soldaten.",
            "de",
            "600",
            "deployment",
        ),
        # a list of nouns between the count and the verb closing its clause
        (
            "Bei dem Einsatz sind 27 Soldaten aus Bayern durch Minen, Hinterhalte und Stürze ums Leben gekommen.",
            "de",
            "27",
            "casualties",
        ),
        (
            "Im Einsatzgebiet sind 450 Soldaten mit Fahrzeugen, Hubschraubern und Drohnen unterwegs.",
            "de",
            "450",
            "deployment",
        ),
        # a relative clause in the state passive says what the troops are, not that a course is under way
        (
            "Das Land unterhält eine Eliteeinheit mit 80 000 Soldaten, die für den Häuserkampf ausgebildet sind.",
            "de",
            "80 000",
            "force_size",
        ),
        (
            "In Wildflecken treffen 300 Soldaten ein, die dort am Schützenpanzer ausgebildet werden.",
            "de",
            "300",
            "training",
        ),
        # troops brought back, the prisoner exchange named only in the sentence after
        (
            "Wie Kiew mitteilte, sind 95 ukrainische Soldaten heimgekehrt. Moskau sprach am Abend von einem Austausch.",
            "de",
            "95",
            "casualties",
        ),
        (
            "Am Freitag wurden die letzten 80 Soldaten aus Niger zurückgeholt. Das Ministerium bestätigte den Abzug.",
            "de",
            "80",
            "withdrawal",
        ),
        # a swearing-in ceremony: the recruits take an oath, like a parade
        (
            "Beim feierlichen Gelöbnis vor dem Reichstag legten 400 Rekruten ihr Versprechen ab.",
            "de",
            "400",
            "other",
        ),
        ("Am Samstag wurden in Hammelburg 250 Rekrutinnen und Rekruten vereidigt.", "de", "250", "other"),
        ("Quelque 600 recrues ont prêté serment jeudi à Saint-Cyr.", "fr", "Quelque 600", "other"),
        ("About 900 new soldiers were sworn in at the base on Monday.", "en", "About 900", "other"),
        # 'ce qui entraîne': causes, trains no one
        (
            "L'armée va réduire son dispositif à 1 200 hommes, ce qui entraîne la fermeture de deux bases.",
            "fr",
            "1 200",
            "withdrawal",
        ),
        ("La France entraîne 2 000 soldats ukrainiens en Pologne.", "fr", "2 000", "training"),
        # a stage of drawdown, a fall against a figure before, fighters neutralised
        (
            "La décroissance du dispositif se poursuit en passant à 800 militaires sur place.",
            "fr",
            "800",
            "withdrawal",
        ),
        (
            "Les forces spéciales affirment neutraliser chaque semaine une trentaine de combattants.",
            "fr",
            "une trentaine",
            "casualties",
        ),
    ],
)
def test_lowered_ceilings_lists_state_passives_exchanges_and_oaths(
    text: str, lang: str, count: str, mention_type: str
) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # what is kept after a cut ('ne maintenir que', 'ne gardera que', 'keep only'), however far the cut is
        (
            "Londres veut alléger son dispositif au Kenya et ne maintenir qu'un détachement d'environ quatre cents militaires.",
            "fr",
            "environ quatre cents",
            "withdrawal",
        ),
        ("La France ne gardera que 300 soldats au Sénégal.", "fr", "300", "withdrawal"),
        ("La France gardera 300 soldats au Sénégal.", "fr", "300", "deployment"),
        # a base abroad counts the troops stationed there, not an army
        ("La base de Djibouti, qui comptait 1 400 militaires, sera conservée.", "fr", "1 400", "deployment"),
        ("L'armée de terre compte 90 000 soldats.", "fr", "90 000", "force_size"),
        # a withdrawal in a phrase of time through its start or end dates the clause
        (
            "Avant le début des opérations de retrait, 900 soldats belges étaient encore stationnés à Kaboul.",
            "fr",
            "900",
            "deployment",
        ),
        ("Vor Beginn des Abzugs dienten noch 650 Soldaten in Kabul.", "de", "650", "deployment"),
        # a platoon's strength ('Einsatzzüge mit je 30 Soldaten') is a detachment somewhere, not an army
        ("Das Hilfspaket umfasst drei Einsatzzüge mit je 40 Soldaten.", "de", "40", "deployment"),
        # troops flown or sent to their own country leave where they served
        (
            "Jeudi soir, 150 soldats français ont embarqué à Niamey à destination de la France.",
            "fr",
            "150",
            "withdrawal",
        ),
        (
            "Am Freitag flogen 80 deutsche Soldaten aus Niamey zurück nach Deutschland.",
            "de",
            "80",
            "withdrawal",
        ),
        ("Some 300 US soldiers flew back to the United States on Sunday.", "en", "Some 300", "withdrawal"),
        ("La France a envoyé 300 soldats en direction du Mali.", "fr", "300", "deployment"),
        ("Les 400 soldats français ont quitté le Mali pour la France.", "fr", "400", "withdrawal"),
        # leaving home for a mission is going there
        ("Mardi matin, 400 soldats ont quitté Toulon pour l'Estonie.", "fr", "400", "deployment"),
        ("La semaine prochaine, 180 chasseurs alpins vont partir en Estonie.", "fr", "180", "deployment"),
        ("Le départ de 300 soldats pour l'Estonie est prévu lundi.", "fr", "300", "deployment"),
        ("Le départ de 300 soldats du Mali est prévu.", "fr", "300", "withdrawal"),
        # ... or landed there, while landing abroad is arriving
        ("Die Maschine mit 90 deutschen Soldaten aus Gao ist in Köln gelandet.", "de", "90", "withdrawal"),
        ("Am Abend landeten 200 deutsche Soldaten in Vilnius.", "de", "200", "deployment"),
    ],
)
def test_what_is_kept_bases_dated_withdrawals_platoons_and_going_home(
    text: str, lang: str, count: str, mention_type: str
) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "count", "mention_type"),
    [
        # troops that stand somewhere are there, whatever the next clause says of their number
        (
            "Rund 12 000 amerikanische Soldaten stehen in Italien, doch der Kongress will ihre Zahl verringern.",
            "Rund 12 000",
            "deployment",
        ),
        ("Derzeit stehen 4000 polnische Soldaten an der Grenze zu Belarus.", "4000", "deployment"),
        # ... but troops in an army's service are its strength
        ("Heute stehen 95 000 Soldaten in Diensten der Armee.", "95 000", "force_size"),
        ("Insgesamt stehen der Armee rund 90.000 Soldaten zur Verfügung.", "rund 90.000", "force_size"),
    ],
)
def test_troops_standing_somewhere(text: str, count: str, mention_type: str) -> None:
    assert _types(text, "de")[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # a relative clause with a verb of its own right before the count says what the count is
        (
            "Les blessés appartiennent à une brigade qui a déployé près de 3000 soldats au Niger.",
            "fr",
            "près de 3000",
            "deployment",
        ),
        # ... not a relative clause closed before the count
        (
            "Le retrait des troupes qui sont stationnées au Tchad concerne 2000 soldats.",
            "fr",
            "2000",
            "withdrawal",
        ),
        # a German article is no relative pronoun
        (
            "Die Briten reduzieren die Zahl ihrer in Zypern stationierten Truppen um 2500 Soldaten.",
            "de",
            "2500",
            "withdrawal",
        ),
    ],
)
def test_relative_clauses_between_a_loss_and_the_count(
    text: str, lang: str, count: str, mention_type: str
) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "count", "mention_type"),
    [
        # a cut "from X to Y" of troops placed in the sentence before is a withdrawal from there
        (
            "Das deutsche Kontingent bleibt in Litauen. Bis Herbst geht die Zahl der Soldaten von 1.200 auf 800 zurück.",
            "800",
            "withdrawal",
        ),
        (
            "Das deutsche Kontingent bleibt in Litauen. Bis Herbst geht die Zahl der Soldaten von 1.200 auf 800 zurück.",
            "1.200",
            "withdrawal",
        ),
        # ... while an army cut with no place named is the army shrinking
        (
            "Die Bundeswehr soll kleiner werden. Die Zahl der Soldaten soll von 185.000 auf 170.000 sinken.",
            "170.000",
            "force_size",
        ),
    ],
)
def test_cuts_of_troops_placed_in_the_sentence_before(text: str, count: str, mention_type: str) -> None:
    assert _types(text, "de")[count] == mention_type


@pytest.mark.parametrize(
    ("text", "count", "mention_type"),
    [
        # a parade: marching up (the separable 'marschierten ... auf') or marching over a square
        (
            "Am Nationalfeiertag marschierten 8.000 Soldaten vor der Tribüne des Präsidenten auf.",
            "8.000",
            "other",
        ),
        ("Zum Jahrestag marschieren rund 10.000 Soldaten über den Schlossplatz.", "rund 10.000", "other"),
        # ... not an advance
        ("Die Truppen marschierten auf Kiew, 20.000 Soldaten waren beteiligt.", "20.000", "deployment"),
    ],
)
def test_german_parade_verbs(text: str, count: str, mention_type: str) -> None:
    assert _types(text, "de")[count] == mention_type


@pytest.mark.parametrize(
    ("text", "count", "mention_type"),
    [
        # troops moved out of a country to other sites leave it
        (
            "Le Pentagone envisage de déplacer quelque 3 000 soldats du Japon vers d'autres sites du Pacifique.",
            "quelque 3 000",
            "withdrawal",
        ),
        (
            "Washington veut transférer 1 500 soldats d'Allemagne vers d'autres pays européens.",
            "1 500",
            "withdrawal",
        ),
    ],
)
def test_troops_moved_to_other_sites(text: str, count: str, mention_type: str) -> None:
    assert _types(text, "fr")[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # a presence set against a larger earlier one: both counts are the drawdown
        (
            "Seuls 250 militaires restent au Liban, soit une baisse nette par rapport aux 700 qui y servaient en 2015.",
            "fr",
            "250",
            "withdrawal",
        ),
        ("There are now 1,500 troops in Iraq, down from 2,500 last year.", "en", "2,500", "withdrawal"),
        # ... an army set against its earlier size is its size
        ("Die Armee hat 180.000 Soldaten, gegenüber 200.000 vor zehn Jahren.", "de", "180.000", "force_size"),
    ],
)
def test_presences_set_against_earlier_ones(text: str, lang: str, count: str, mention_type: str) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # a state's troops at its own border are a presence there, also when the count comes after 'die Zahl der
        # Soldaten an der Grenze'
        (
            "Die Regierung in Helsinki möchte die Zahl der Soldaten an ihrer Grenze zu Russland auf etwa 2500 erhöhen.",
            "de",
            "etwa 2500",
            "deployment",
        ),
        (
            "Warschau will die Zahl der Soldaten an der Ostgrenze bis Herbst um 800 aufstocken.",
            "de",
            "800",
            "deployment",
        ),
        (
            "Der Minister sagte, dass fast 1.500 Soldaten an der Ostgrenze positioniert worden seien.",
            "de",
            "fast 1.500",
            "deployment",
        ),
        # ... while an army raised with no place named grows
        ("Litauen will die Zahl seiner Soldaten auf 30 000 erhöhen.", "de", "30 000", "force_size"),
        # a cut from X to Y after a sentence naming the mandate: the mission's troops
        (
            "Le Parlement a prolongé le mandat en réduisant les effectifs. Ils sont passés de 300 à 250 militaires.",
            "fr",
            "300",
            "withdrawal",
        ),
    ],
)
def test_troops_at_a_border_and_cuts_after_a_mandate(
    text: str, lang: str, count: str, mention_type: str
) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # a mission written as a capitalised name is still a mission: its strength is a deployment
        (
            "La Finul, présente depuis longtemps, compte 8.300 soldats de 40 pays.",
            "fr",
            "8.300",
            "deployment",
        ),
        ("La Minusca aligne aujourd'hui près de 11 000 casques bleus.", "fr", "près de 11 000", "deployment"),
        ("Die Kfor hat derzeit etwa 4.200 Soldaten.", "de", "etwa 4.200", "deployment"),
        # a national contingent's own name (the Swiss one in a NATO mission) is a mission abroad too
        (
            "Die bis zu 180 Armeeangehörigen der Swisscoy sind Teil des grössten Engagements der Armee.",
            "de",
            "bis zu 180",
            "deployment",
        ),
        # troops leaving cut their number from X to Y somewhere, even when the place goes unnamed
        (
            "L'alliance a lancé un retrait de ses soldats, diminuant leur nombre de 9.000 à près de 4.100 hommes.",
            "fr",
            "9.000",
            "withdrawal",
        ),
        (
            "Im Zuge des Abzugs sinkt die Zahl der Soldaten von 3.000 auf 1.800.",
            "de",
            "3.000",
            "withdrawal",
        ),
        (
            "As part of the withdrawal the number of soldiers will fall from 5,000 to 2,000.",
            "en",
            "5,000",
            "withdrawal",
        ),
        # ... while a bare cut of an army with no departure stays the army's size
        ("Le gouvernement veut réduire l'armée de 120 000 à 90 000 soldats.", "fr", "120 000", "force_size"),
        # troops mobilised by a named operation are assigned to it, not raised
        ("Sangaris a mobilisé jusqu'à 1 800 soldats.", "fr", "jusqu'à 1 800", "deployment"),
        ("La Kfor a mobilisé 600 militaires supplémentaires.", "fr", "600", "deployment"),
        # ... while a country mobilising with no operation named raises its army
        ("Le pays a mobilisé 40 000 réservistes.", "fr", "40 000", "force_size"),
        # troops who packed up have left
        ("Avant l'été, la plupart des 210 soldats belges avaient plié bagage.", "fr", "210", "withdrawal"),
        ("Les 75 derniers militaires plient bagages cette semaine.", "fr", "75", "withdrawal"),
    ],
)
def test_capitalised_mission_names_leaving_cuts_and_packing_up(
    text: str, lang: str, count: str, mention_type: str
) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # troops that will stay set against more of them now: a drawdown, both figures
        (
            "Après l'opération, environ 400 soldats belges resteront au Mali, contre 1 100 aujourd'hui.",
            "fr",
            "environ 400",
            "withdrawal",
        ),
        (
            "Après l'opération, environ 400 soldats belges resteront au Mali, contre 1 100 aujourd'hui.",
            "fr",
            "1 100",
            "withdrawal",
        ),
        (
            "Pour l'an prochain, 2 000 militaires resteront stationnés en Estonie, contre 3 500 actuellement.",
            "fr",
            "2 000",
            "withdrawal",
        ),
        # "contre" a foe is no earlier figure
        ("Au Mali, 300 soldats ont combattu contre 900 rebelles hier.", "fr", "300", "deployment"),
    ],
)
def test_a_figure_set_against_one_of_another_time(
    text: str, lang: str, count: str, mention_type: str
) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # the army's branches the troops belong to say whose they are, not how big an army is
        (
            "N'Djamena héberge encore 1 200 soldats tchèques, pilotes de l'armée de l'air et fantassins de "
            "l'armée de terre.",
            "fr",
            "1 200",
            "deployment",
        ),
        ("La France maintient au Gabon 350 soldats de l'armée de terre.", "fr", "350", "deployment"),
        # an army named in the count's complement, after an elided article or "appartenant à", is the owner
        ("Le Mali a envoyé à Kidal 3 000 soldats de l'armée régulière.", "fr", "3 000", "deployment"),
        (
            "Près de Gao, 450 hommes appartenant à l'armée régulière tiennent le pont.",
            "fr",
            "450",
            "deployment",
        ),
        # ... while an army "of N" is still an army's size
        ("Le pays dispose d'une armée de 300 000 hommes.", "fr", "300 000", "force_size"),
    ],
)
def test_branches_of_the_army_name_the_owner(text: str, lang: str, count: str, mention_type: str) -> None:
    assert _types(text, lang)[count] == mention_type
