"""Mention types of cuts told as troops fewer, of what stays after them, of troops sent back to their bases, of
troops massed at a border and of reservists listed beside the troops counted. All sentences are written for these
tests."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def _types(text: str, lang: str) -> dict[str, str]:
    return {m.count_text: m.mention_type for m in extract_mentions(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # troops fewer somewhere abroad are a cut, whatever verb tells it
        ("L'Italie maintiendra l'an prochain 300 soldats de moins au Kosovo.", "fr", "300", "withdrawal"),
        ("Die Niederlande werden 200 Soldaten weniger in Litauen stationieren.", "de", "200", "withdrawal"),
        # ... and what is left after it, in the sentence after
        (
            "Le Canada déploiera 250 soldats de moins en Lettonie. Il en resterait 600 à la fin de l'année.",
            "fr",
            "600",
            "withdrawal",
        ),
        # an army fewer than a year before, or than another army, is a size
        (
            "Am Jahresende dienten 180.500 Soldaten in der Armee, 420 Soldaten weniger als im Vorjahr.",
            "de",
            "420",
            "force_size",
        ),
        (
            "Fewer than 2,000 fighters of the group still hold the valley.",
            "en",
            "Fewer than 2,000",
            "force_size",
        ),
        # a pull-out told in the sentence before leaves the rest present
        (
            "Washington rappellera 2 000 soldats d'Allemagne. Il restera alors 30 000 soldats américains en "
            "Allemagne.",
            "fr",
            "30 000",
            "deployment",
        ),
    ],
)
def test_fewer_troops_abroad_are_a_cut(text: str, lang: str, count: str, mention_type: str) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # troops brought back to their bases after drills leave, they do not train
        (
            "L'état-major ramène 4 000 soldats dans leurs casernes après deux semaines d'exercices.",
            "fr",
            "4 000",
            "withdrawal",
        ),
        # news dispatches send no one
        (
            "Selon les dépêches, 900 soldats sont tombés lors de l'offensive.",
            "fr",
            "900",
            "casualties",
        ),
        # troops mobilised at a border or at a country's gates are placed there
        (
            "Les services occidentaux évoquent 60 000 militaires turcs mobilisés aux portes de la Syrie.",
            "fr",
            "60 000",
            "deployment",
        ),
        (
            "Près de 20 000 soldats arméniens ont été mobilisés à la frontière avec l'Azerbaïdjan.",
            "fr",
            "Près de 20 000",
            "deployment",
        ),
        # ... while troops mobilised with no place are the army raised
        ("Le pays a mobilisé 90 000 réservistes en une semaine.", "fr", "90 000", "force_size"),
    ],
)
def test_returns_dispatches_and_borders(text: str, lang: str, count: str, mention_type: str) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # reservists listed beside the noun are more of the people counted, not a call-up
        (
            "Quelque 310 soldats, réservistes et policiers ukrainiens ont été tués pendant le siège.",
            "fr",
            "Quelque 310",
            "casualties",
        ),
        (
            "Rund 80 Soldaten, Reservisten und Polizisten wurden bei dem Angriff getötet.",
            "de",
            "Rund 80",
            "casualties",
        ),
        ("Some 95 soldiers and reservists were wounded in the shelling.", "en", "Some 95", "casualties"),
        # reservists as the troops counted are still raised
        ("L'armée rappelle 12 000 réservistes pour renforcer ses rangs.", "fr", "12 000", "force_size"),
    ],
)
def test_listed_reservists(text: str, lang: str, count: str, mention_type: str) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # a cut of a whole army with no place named is the army shrinking
        ("Die Regierung will die Armee um 40.000 Soldaten verkleinern.", "de", "40.000", "force_size"),
        ("Le gouvernement veut réduire l'armée de 15 000 hommes d'ici 2030.", "fr", "15 000", "force_size"),
        (
            "The ministry plans to cut the army by 25,000 soldiers over five years.",
            "en",
            "25,000",
            "force_size",
        ),
        # ... while a cut of troops somewhere, or troops leaving, stays a withdrawal
        (
            "Die Armee soll ihre Truppen in Mali um 600 Soldaten verringern.",
            "de",
            "600",
            "withdrawal",
        ),
        ("The army will withdraw 3,000 soldiers and reduce its presence.", "en", "3,000", "withdrawal"),
        # a multinational force's strength told with a national army inside a compound is no army's size
        (
            "Die Truppe von 9000 Mann, davon 900 Bundeswehrsoldaten, wurde schrittweise auf 4000 Mann reduziert.",
            "de",
            "4000",
            "withdrawal",
        ),
    ],
)
def test_army_cut_is_its_size(text: str, lang: str, count: str, mention_type: str) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # a show of weapons and troops is a parade
        ("An der Waffenschau in der Hauptstadt nahmen 8000 Soldaten teil.", "de", "8000", "other"),
        # a purpose clause of training, however long its middle
        (
            "Rund 80 Soldaten sind in Jordanien stationiert, um wegen der angespannten Lage an der Grenze "
            "jordanische Pioniere auszubilden.",
            "de",
            "Rund 80",
            "training",
        ),
        # ... but not past the clause's end
        (
            "Rund 80 Soldaten sind in Jordanien stationiert. Sie sollen dort Pioniere ausbilden.",
            "de",
            "Rund 80",
            "deployment",
        ),
    ],
)
def test_shows_and_training_purposes(text: str, lang: str, count: str, mention_type: str) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # killed, in the words of the side that lost them
        ("Five soldiers embraced martyrdom when their post came under fire.", "en", "Five", "casualties"),
        ("Nine soldiers were martyred in the raid on Tuesday.", "en", "Nine", "casualties"),
        ("Drei Kämpfer der Miliz hätten den Märtyrertod erlitten, hieß es.", "de", "Drei", "casualties"),
        ("Le mouvement affirme que 12 combattants sont tombés en martyrs.", "fr", "12", "casualties"),
        # a residual force and slashed troop levels are what a drawdown leaves
        ("The plan leaves a residual force of 1,800 troops in the country.", "en", "1,800", "withdrawal"),
        ("The order slashes troop levels in Somalia to 700 soldiers.", "en", "700", "withdrawal"),
        ("Paris maintiendra une force résiduelle de 600 soldats au Tchad.", "fr", "600", "withdrawal"),
        ("In Mali soll eine Resttruppe von 250 Soldaten verbleiben.", "de", "250", "withdrawal"),
    ],
)
def test_martyrs_and_residual_forces(text: str, lang: str, count: str, mention_type: str) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # a casualty participle after a long complement naming the troops' mission, behind its auxiliary
        (
            "Au moins 35 soldats nigérians de la force multinationale mixte chargée de la lutte contre les groupes "
            "armés dans le bassin du lac Tchad (FMM) sont tombés au combat.",
            "fr",
            "Au moins 35",
            "casualties",
        ),
        # a cut said of a place given by an adverb is a withdrawal, not an army shrinking
        ("Le nombre de soldats belges y a été réduit de 400 à 250 cette année.", "fr", "250", "withdrawal"),
        ("Le nombre de soldats a été réduit de 40 000 à 32 000 cette année.", "fr", "32 000", "force_size"),
        # taking part in an exercise named only by its name and edition
        (
            "Plus de 900 militaires de douze pays participeront à Sea Breeze 2021 au large d'Odessa.",
            "fr",
            "Plus de 900",
            "training",
        ),
        (
            "About 7,000 troops from 14 nations will take part in Cold Response 2022.",
            "en",
            "About 7,000",
            "training",
        ),
        # ... not in an event named by a place
        (
            "Près de 18 000 militaires participeront à la sécurisation de Paris 2024 dans la capitale.",
            "fr",
            "Près de 18 000",
            "deployment",
        ),
    ],
)
def test_far_verbs_places_and_named_exercises(text: str, lang: str, count: str, mention_type: str) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # a country hosting foreign troops has them deployed there
        ("Qatar hosts about 10,000 U.S. troops at its main air base.", "en", "about 10,000", "deployment"),
        ("Spain hosted roughly 3,000 American sailors last year.", "en", "roughly 3,000", "deployment"),
        ("Djibouti héberge environ 4 000 militaires étrangers.", "fr", "environ 4 000", "deployment"),
        ("Italien beherbergt rund 12.000 US-Soldaten.", "de", "rund 12.000", "deployment"),
    ],
)
def test_hosting_countries(text: str, lang: str, count: str, mention_type: str) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # a unit's or contingent's strength told by a participle is a deployed unit, not an army
        (
            "Spain keeps a small contingent, numbering around 2,000 service members, mainly assisting the army's "
            "logistics.",
            "en",
            "around 2,000",
            "deployment",
        ),
        ("Un détachement fort de 350 hommes a rejoint la base.", "fr", "350", "deployment"),
        ("Ein Verband bestehend aus 900 Soldaten ist eingetroffen.", "de", "900", "deployment"),
        # the French contingent of an army is its size
        (
            "Le Kremlin veut porter l'armée à un contingent de 1,5 million de militaires.",
            "fr",
            "1,5 million",
            "force_size",
        ),
    ],
)
def test_unit_strength_by_participle(text: str, lang: str, count: str, mention_type: str) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # what the part's clause says is not said of the total
        (
            "Le contingent belge compte 650 soldats au Niger, dont 90 ont été blessés depuis janvier.",
            "fr",
            "650",
            "deployment",
        ),
        (
            "Le contingent belge compte 650 soldats au Niger, dont 90 ont été blessés depuis janvier.",
            "fr",
            "90",
            "casualties",
        ),
        (
            "The battalion of 800 soldiers in Estonia, of whom 120 were trained in Wales, moved east.",
            "en",
            "800",
            "deployment",
        ),
        (
            "In Litauen stehen 3.000 Soldaten im Einsatz, darunter 400 in Deutschland ausgebildete Rekruten.",
            "de",
            "3.000",
            "deployment",
        ),
    ],
)
def test_total_before_its_part(text: str, lang: str, count: str, mention_type: str) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # a major war an army must be able to wage sends no one: the army counted is its size
        (
            "Avec 120 000 soldats, l'armée ne tiendrait pas longtemps dans un engagement de haute intensité.",
            "fr",
            "120 000",
            "force_size",
        ),
        (
            "Les 90 000 militaires du pays ne suffiraient pas pour un engagement majeur.",
            "fr",
            "90 000",
            "force_size",
        ),
        # ... while troops engaged somewhere are deployed
        ("Paris a engagé 3 000 soldats au Tchad.", "fr", "3 000", "deployment"),
        ("Quelque 800 militaires sont engagés dans l'opération.", "fr", "Quelque 800", "deployment"),
        # losses in operational accidents are losses, listed after those killed in combat
        (
            "En tout 50 soldats ont été tués, dont 20 au combat et 30 dans des accidents opérationnels.",
            "fr",
            "30",
            "casualties",
        ),
        ("Quelque 3 000 soldats opèrent au Mali.", "fr", "Quelque 3 000", "deployment"),
        # the operational reserve is a part of the army, not an operation
        (
            "La réserve opérationnelle doit compter 60 000 militaires d'ici la fin de la décennie.",
            "fr",
            "60 000",
            "force_size",
        ),
    ],
)
def test_major_war_and_operational_reserve(text: str, lang: str, count: str, mention_type: str) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # reinforcing an army's own ranks makes it bigger; reinforcing troops somewhere sends them
        (
            "Seit dem Frühjahr haben 40.000 Soldaten die Reihen der Armee verstärkt.",
            "de",
            "40.000",
            "force_size",
        ),
        ("Rund 500 Soldaten verstärken die Truppen in Mali.", "de", "Rund 500", "deployment"),
        (
            "Quelque 20 000 recrues sont venues renforcer les rangs de l'armée cette année.",
            "fr",
            "Quelque 20 000",
            "force_size",
        ),
        ("Paris va renforcer ses troupes au Tchad avec 400 soldats.", "fr", "400", "deployment"),
    ],
)
def test_reinforcing_the_ranks(text: str, lang: str, count: str, mention_type: str) -> None:
    assert _types(text, lang)[count] == mention_type


@pytest.mark.parametrize(
    ("text", "lang", "count", "mention_type"),
    [
        # troops sent somewhere to conduct training there are trainers
        (
            "L'armée a dépêché 120 militaires en Roumanie pour y mener des entraînements avec les forces locales.",
            "fr",
            "120",
            "training",
        ),
        (
            "Britain sent 100 soldiers to Kenya to conduct training with local forces.",
            "en",
            "100",
            "training",
        ),
        # ... but not troops sent to conduct an operation
        (
            "L'armée a dépêché 120 militaires en Roumanie pour y mener des patrouilles.",
            "fr",
            "120",
            "deployment",
        ),
    ],
)
def test_sent_to_conduct_training(text: str, lang: str, count: str, mention_type: str) -> None:
    assert _types(text, lang)[count] == mention_type
