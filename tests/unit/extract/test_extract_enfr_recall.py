"""English and French recall kinds found on fresh real news, each on sentences written for this test."""

from __future__ import annotations

import pytest
from news_etl.extract import extract_mentions


def spans(text: str, lang: str) -> list[str]:
    return [m.count_text for m in extract_mentions(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # head nouns and number words the lexicon lacked
        ("Some 600 paratroops landed near the airfield.", "en", ["Some 600"]),
        ("Nearly 900 troopers of the cavalry regiment were sent north.", "en", ["Nearly 900"]),
        ("A few thousand regulars held the pass against the rebel army.", "en", ["A few thousand"]),
        ("The few hundred mercenaries left the port by ship.", "en", ["few hundred"]),
        ("By 1969 more than a half million soldiers served there.", "en", ["more than a half million"]),
        ("Les 250 000 mobilisés ont rejoint leurs unités.", "fr", ["250 000"]),
        ("Une trentaine d'individus armés ont attaqué le camp militaire.", "fr", ["Une trentaine"]),
        ("Le mandat autorise un maximum de 4 500 soldats.", "fr", ["un maximum de 4 500"]),
        ("Trois soldats ont été tués et deux portés disparus.", "fr", ["Trois", "deux"]),
        ("A thousand troops crossed the river at dawn.", "en", ["A thousand"]),
        ("Nearly two dozen soldiers were wounded in the ambush.", "en", ["Nearly two dozen"]),
        ("Au moins 2 000 hommes ont été tués dans les rangs ennemis.", "fr", ["Au moins 2 000"]),
        ("Près de 250 effectifs supplémentaires rejoindront la mission.", "fr", ["Près de 250"]),
        # a figure put on troops named before it, through a verb of size or change
        (
            "The number of U.S. troops in the country fell to 2,400 from about 2,900 last year.",
            "en",
            ["2,400", "about 2,900"],
        ),
        ("Coalition personnel in the region reached 14,000 during the summer.", "en", ["14,000"]),
        ("The count of reservists called up swelled beyond 60,000 in May.", "en", ["beyond 60,000"]),
        (
            "Les effectifs de la force ont été ramenés à 1 800, puis ils atteignirent 2 300 en juin.",
            "fr",
            ["1 800", "2 300"],
        ),
        (
            "La mission comptait 3 000 soldats au départ. Ce nombre est passé à 4 200 cette année.",
            "fr",
            ["3 000", "4 200"],
        ),
        (
            "Nine soldiers died on Monday, bringing the army's death toll since spring to 212.",
            "en",
            ["Nine", "212"],
        ),
        ("Une attaque a tué 8 soldats, portant à 64 le nombre de ses militaires tués.", "fr", ["8", "64"]),
        # elliptical counts: a share or a second figure of the troops just counted
        ("Le contingent compte 1 400 militaires, dont 300 au sein de l'état-major.", "fr", ["1 400", "300"]),
        (
            "Plus de 500 soldats sont morts, dont plus de 200 lors des combats de mars.",
            "fr",
            ["Plus de 500", "plus de 200"],
        ),
        (
            "Il reste 2 600 soldats sur place, 900 vont rentrer en France avant l'été.",
            "fr",
            ["2 600", "900"],
        ),
        ("L'Espagne a envoyé 650 casques bleus, quand le Portugal en envoie 150.", "fr", ["650", "150"]),
        (
            "Sur 70 soldats blessés, 12 sont dans un état grave. Parmi eux, 3 sont morts.",
            "fr",
            ["70", "12", "3"],
        ),
        (
            'The alliance will grow its ready force from 30,000 to "at least 120,000."',
            "en",
            ["30,000", "at least 120,000"],
        ),
        (
            "About 8,000 troops were mobilised, while another 3,000 are on standby.",
            "en",
            ["About 8,000", "3,000"],
        ),
        # ranges written downwards, members of a military body, units as the head
        (
            "Officials said the garrison shrank to somewhere between 6,000 and 5,000.",
            "en",
            ["between 6,000 and 5,000"],
        ),
        ("Some 420 Army Reserve members were called up for the flood relief.", "en", ["Some 420"]),
        ("They joined 900 other members of the 3rd Infantry Division already in the region.", "en", ["900"]),
        ("Hundreds more from the 101st Airborne Division are due next week.", "en", ["Hundreds"]),
        ("At least three African Union (AU) peacekeepers were hurt in the blast.", "en", ["At least three"]),
        ("The bloc keeps a 5,000 strong force on the island.", "en", ["5,000"]),
        ("Depuis 2006, la FINUL a perdu 110 de ses membres dans le sud du Liban.", "fr", ["110"]),
        ("La Minusca compte 14 000 hommes déployés dans le pays.", "fr", ["14 000"]),
        # dates, scales shared with the number before, and "others"
        (
            "Three fighters died, bringing the group's toll since June 4 to 87, its media office said.",
            "en",
            ["Three", "87"],
        ),
        (
            "L'armée passera de 1,3 million à 1,45 d'ici deux ans, selon le décret.",
            "fr",
            ["1,3 million", "1,45"],
        ),
        (
            "Dix soldats ont été tués, dont six dans le nord et trois autres près de la frontière.",
            "fr",
            ["Dix", "six", "trois"],
        ),
        ("Le bilan des soldats tués depuis janvier s'élève à 132 morts, selon l'armée.", "fr", ["132"]),
        (
            "The National Guard troops were called in; the governor has activated about 2,500.",
            "en",
            ["about 2,500"],
        ),
        (
            "La brigade compte 4 000 hommes. Sur ces 4 000, la moitié seulement, 2 000 sont au front.",
            "fr",
            ["4 000", "4 000", "2 000"],
        ),
        ("La mission comptera 700 soldats cet été contre 1.100 aujourd'hui.", "fr", ["700", "1.100"]),
        ("Les forces rebelles compteraient 2.000 morts et blessés dans leurs rangs.", "fr", ["2.000"]),
        # soldiers named in another clause, the size of a change, more of the troops before
        ("The blast killed 30 people, 12 of whom were soldiers.", "en", ["12"]),
        ("Une frappe a tué 14 personnes ; six d'entre elles étaient des soldats.", "fr", ["six"]),
        ("The Pentagon plans to reduce the 3,500 troops there by 1,000.", "en", ["3,500", "1,000"]),
        (
            "Quelque 1 000 soldats sont arrivés lundi. Quelque 200 à 300 autres seraient envoyés en mai.",
            "fr",
            ["Quelque 1 000", "Quelque 200 à 300"],
        ),
        (
            "About 2,000 troops landed on Monday. 500 more will follow next week.",
            "en",
            ["About 2,000", "500"],
        ),
        ("Le bataillon a été relevé : 450 Français du régiment sont rentrés.", "fr", ["450"]),
        ("Quatorze des vingt casques bleus tués étaient népalais.", "fr", ["Quatorze", "vingt"]),
        ("La guerre a fait 310 morts et 1.200 blessés parmi ses soldats.", "fr", ["310", "1.200"]),
        ("Les soldats russes reculent ; le nombre de Russes tués s'élève à 300.", "fr", ["300"]),
        (
            "He put the figure at around 9,000 in terms of the number of Polish soldiers there.",
            "en",
            ["around 9,000"],
        ),
        ("The 900-strong battlegroup will include 500 Dutch troops.", "en", ["900", "500"]),
        ("L'armée compte 90 000 soldats, soit en théorie un habitant sur vingt.", "fr", ["90 000"]),
        ("Les frappes ont tué une cinquantaine de talibans dans la nuit.", "fr", ["une cinquantaine"]),
        ("Trente talibans présumés sont morts lors de l'assaut.", "fr", ["Trente"]),
        ("Dix insurgés, dont quatre kamikazes, ont été tués.", "fr", ["Dix", "quatre"]),
        # an English demonym as the head, among troops
        (
            "By the end of the war, 250,000 Americans were stationed in the country's bases.",
            "en",
            ["250,000"],
        ),
        (
            "The ambush killed two Kenyan soldiers. Three other Kenyans were wounded, the army said.",
            "en",
            ["two", "Three"],
        ),
    ],
)
def test_recall_kinds(text: str, lang: str, expected: list[str]) -> None:
    assert spans(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # civilians named by a demonym, even in a war story
        ("Israeli air strikes killed 14 Palestinians in the camp, medics said.", "en"),
        ("Shelling of the town wounded 37 Ukrainians overnight, the army said.", "en"),
        ("Selon le ministère de la Santé, contrôlé par le Hamas, 2 300 Palestiniens ont été tués.", "fr"),
        # police, and counts of something else that a bare count refers to
        ("Le ministre mobilise 9 000 policiers et gendarmes en France, dont 2 000 à Lyon.", "fr"),
        ("Le nombre de drones abattus par l'armée : 310 en mai, 120 depuis juin.", "fr"),
        ("Le rapport recense 60 victimes, dont 20 hommes et 15 femmes.", "fr"),
        ("Tens of thousands of Israelis protested against the war in the capital.", "en"),
        ("Des milliers de Palestiniens ont fui la ville pendant la guerre.", "fr"),
        # "others" of people who are no troops
        ("The police arrested 40 people. 20 others were released.", "en"),
        ("Rebel forces shelled the camp, killing 11 people and injuring 23 others.", "en"),
        # "militaires" as an adjective is no troop noun to refer back to
        (
            "Le gouvernement prévoit davantage d'exercices militaires l'an prochain, plus de 200, selon la ministre.",
            "fr",
        ),
        # years, dates and money beside a figure of troops
        ("The troop level has not changed since March 2021, officials said.", "en"),
        ("The army was cut in 2015 from a budget of $40 billion.", "en"),
    ],
)
def test_negatives_stay_negative(text: str, lang: str) -> None:
    assert spans(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("L'armée passera de 1,3 million à 1,45 d'ici 2030.", "fr", [1300000, 1450000]),
        ("La réserve compte 1,5 million d'hommes et 2 000 officiers.", "fr", [1500000, 2000]),
        ("The force grew from 1.2 million to 1.45 under the new law.", "en", [1200000, 1450000]),
    ],
)
def test_a_decimal_keeps_the_scale_of_the_number_before(text: str, lang: str, expected: list[int]) -> None:
    assert [m.troop_count_min for m in extract_mentions(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an abbreviation's full stops do not end the clause a shared noun reaches over
        (
            "Some 3,100 U.S. sailors serve in Bahrain and 1,200 in Oman.",
            "en",
            ["Some 3,100", "1,200"],
        ),
        ("Roughly 700 U.K. troops are in Estonia and 150 in Poland.", "en", ["Roughly 700", "150"]),
        # the level a change brings troops to
        ("The plan cuts the number of Marines on the island to 4,000 in two years.", "en", ["4,000"]),
        ("The White House ordered American troops in Syria cut to 1,000 by spring.", "en", ["1,000"]),
        ("Officials want to bring the force of soldiers in the region down to 900 in June.", "en", ["900"]),
        # the dead among troops named after "among"/"parmi"
        ("L'attaque a fait 9 morts parmi les Casques bleus tchadiens.", "fr", ["9"]),
        ("Au total, une trentaine de morts parmi les miliciens ont été comptés.", "fr", ["une trentaine"]),
        ("The blast left 12 dead among the peacekeepers at the base.", "en", ["12"]),
        # losses an army tells of its own, those of one side, and a list of losses that began with troops
        (
            "Lors des combats, l'armée gouvernementale a enregistré 7 morts et 19 blessés dans ses unités.",
            "fr",
            ["7", "19"],
        ),
        ("Selon l'état-major, l'armée a eu 31 morts et 40 blessés depuis mai.", "fr", ["31", "40"]),
        ("Les séparatistes affirment avoir causé quinze tués du côté russe.", "fr", ["quinze"]),
        ("Le bilan est lourd : 8 tués côté ennemi et 2 côté FAMa.", "fr", ["8"]),
        (
            "La mission au Soudan a perdu 11 morts parmi les soldats de la paix, suivie de celle au Congo, avec 6 morts.",
            "fr",
            ["11", "6"],
        ),
        ("The army said it suffered 14 dead and 30 wounded in the offensive.", "en", ["14", "30"]),
        # ... but a toll after the troops' own losses is not theirs alone
        (
            "L'armée a annoncé la mort de 4 soldats, portant le bilan des combats à plus de 900 morts.",
            "fr",
            ["4"],
        ),
        # a change of troops in French: the first count after the verb (also with "de" elided), the second with a
        # possessive or a time phrase after it
        (
            "D'ici l'été, Paris ramènera de 4.100 à 2.600 ses effectifs militaires présents au Tchad.",
            "fr",
            ["4.100", "2.600"],
        ),
        ("L'effectif des soldats belges au Mali est passé de 700 à 450 cette année.", "fr", ["700", "450"]),
        (
            "Le contingent de marins doit passer d'environ 900 à 1 300 d'ici 2027.",
            "fr",
            ["environ 900", "1 300"],
        ),
        (
            "Tokyo fera passer ses effectifs sur l'île d'environ 300 à 500 membres du personnel militaire.",
            "fr",
            ["environ 300", "500"],
        ),
        # nouns: American GIs, active members of an army; Belgian tens
        ("Quelque 12 000 GIs gardent encore la base.", "fr", ["Quelque 12 000"]),
        ("L'armée belge ne compte plus que 98 000 membres actifs.", "fr", ["98 000"]),
        ("Au Niger, septante-deux membres de la Défense belge sont en mission.", "fr", ["septante-deux"]),
        # arms before the noun, a group named by its strength, "there were", a feminine participle of estimate
        ("The brigade sent 600 artillery Marines and 250 cavalry troops north.", "en", ["600", "250"]),
        ("A 20,000-strong group of Syrian and Iranian fighters gathered near the city.", "en", ["20,000"]),
        (
            "Officials say 3,000 U.S. troops are there now; last year there were only 700.",
            "en",
            ["3,000", "700"],
        ),
        ("The figure is now closer to 1,200 soldiers, officials said.", "en", ["closer to 1,200"]),
        (
            "D'après Kiev, les troupes russes ont des pertes estimées à environ 9.000 depuis mars.",
            "fr",
            ["environ 9.000"],
        ),
        # personnel in an exercise, members of a state's military, two counts sharing one noun, "of which"
        ("About 2,400 Thai and U.S. personnel joined the drills on the coast.", "en", ["About 2,400"]),
        ("At least 900 members of the Canadian military served in the mission.", "en", ["At least 900"]),
        ("In all, 1,300 Dutch and 240 Belgian soldiers took part.", "en", ["1,300", "240"]),
        (
            "Some 40,000 troops are in the country, roughly 8,000 of which are reservists.",
            "en",
            ["Some 40,000", "roughly 8,000"],
        ),
        ("Not fewer than 30 blue helmet soldiers were hurt in the attack.", "en", ["Not fewer than 30"]),
        # French: "quelques" typed for quelque, the singular Casque bleu, "ses propres soldats", a noun in brackets,
        # "n'en ... que", "jusqu'ici", an attack on troops that "a fait" losses, NATO as a military word
        ("Au Tchad, le dispositif militaire réunit quelques 3 200 hommes.", "fr", ["quelques 3 200"]),
        ("Un Casque bleu a été tué. Une vingtaine d'autres ont été blessés.", "fr", ["Une vingtaine"]),
        ("Le Canada a envoyé 800 de ses propres soldats en Lettonie.", "fr", ["800"]),
        ("The navy lost 40 of its own sailors in the fire.", "en", ["40"]),
        ("Le général a parlé de 75 (soldats) blessés depuis lundi.", "fr", ["75"]),
        ("L'armée voulait 9 000 recrues ; il n'y en aura que 7 400 cette année.", "fr", ["9 000", "7 400"]),
        (
            "La réserve atteindra 40 000 réservistes en 2030, contre 35 000 jusqu'ici.",
            "fr",
            ["40 000", "35 000"],
        ),
        ("L'embuscade contre le convoi militaire a fait 4 morts et 11 blessés.", "fr", ["4", "11"]),
        (
            "Le Portugal enverra environ 180 hommes en Roumanie pour l'OTAN.",
            "fr",
            ["environ 180"],
        ),
        # officers of an army, "other ranks", a "N man" contingent, a strong peace contingent
        ("The battalion sent 35 officers to the peacekeeping course abroad.", "en", ["35"]),
        ("The company counts 12 officers and 180 other ranks.", "en", ["12", "180"]),
        ("The 1,200 man contingent of the army will leave in May.", "en", ["1,200"]),
        ("Its 2,100 strong peace contingent has served there for a year.", "en", ["2,100"]),
        # "below", a change verb before "to", the size of a change or of a force, "ne ... que" after "ils"
        ("The garrison on the island has shrunk below 9,000 active-duty troops.", "en", ["below 9,000"]),
        ("The plan asks for a 9,000-soldier increase next year.", "en", ["9,000"]),
        ("The alliance keeps a 12,000 Force in the north.", "en", ["12,000"]),
        ("Des soldats estoniens vont arriver. Ils ne seraient que 40 au maximum.", "fr", ["40"]),
        ("L'école a recruté plus de 400 élèves sous-officiers cette année.", "fr", ["plus de 400"]),
        # people recruited into an army are its troops
        (
            "Depuis janvier, près de 90 000 personnes ont été recrutées dans les rangs de l'armée.",
            "fr",
            ["près de 90 000"],
        ),
        (
            "Le ministère veut faire entrer 25 000 personnes de plus dans l'armée d'ici juin.",
            "fr",
            ["25 000"],
        ),
    ],
)
def test_recall_kinds_round6(text: str, lang: str, expected: list[str]) -> None:
    assert spans(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a country's side counts its people; a toll or total after troop losses is not theirs alone
        ("La guerre avait fait plus de 3.000 morts côté Syrie, selon les médecins.", "fr"),
        # police and civilians with losses of their own
        ("La police a enregistré 12 morts et 40 blessés pendant les émeutes.", "fr"),
        ("The city suffered 40 dead and 200 wounded in the floods.", "en"),
        # a change brings something else to a figure
        ("The city reduced the number of police officers on patrol to 2,000 in May.", "en"),
        ("The ministry wants to cut the tours soldiers serve abroad to 9 months.", "en"),
        ("Le budget de la police doit passer de 300 à 350 millions d'euros.", "fr"),
        ("Le nombre de policiers passera de 2 000 à 2 500 d'ici 2026.", "fr"),
        ("About 300 students took part in the fire drills at the school.", "en"),
        ("In all, 2,000 French and 500 German tourists were stranded.", "en"),
        ("L'attentat contre le marché a fait 20 morts et 50 blessés.", "fr"),
        ("Le budget atteint 300 (millions) cette année.", "fr"),
        ("The city police deployed 500 officers downtown; two officers were hurt and four wounded.", "en"),
        ("Au moins neuf supplétifs civils ont été tués dans l'attaque.", "fr"),
        ("The storm left the town below 300 residents.", "en"),
        ("Environ 300 personnes ont été recrutées par la mairie cet été.", "fr"),
        # a count of what troops own, and "military" as an English adjective
        ("The raid hit Kandahar, Zabul and Helmand, three of the insurgents' depots, officials said.", "en"),
        ("The plan closes 12 military bases and another 40 or so smaller sites.", "en"),
        ("The rebels were a force of change in the region in 2010.", "en"),
    ],
)
def test_negatives_round6(text: str, lang: str) -> None:
    assert spans(text, lang) == []
