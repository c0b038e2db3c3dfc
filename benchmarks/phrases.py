"""Sentence material of the synthetic corpus, per language (en, de, fr), written for the benchmark.

Sentences are built as subject + reporting verb + clause with slots, so that two unrelated articles share few
five-word shingles (near-duplicate detection must not merge them) while the text stays real enough for the
language detector and the troop-count grammar. Troop sentences carry one count in the language's own number
style (11,000 / 11.000 / 11 000).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Phrases:
    language: str
    path: str  # i24 URL prefix of the language's international section
    section_label: str
    byline: str
    subjects: tuple[str, ...]
    verbs: tuple[str, ...]
    clauses: tuple[str, ...]
    troop_sentences: tuple[str, ...]
    titles: tuple[str, ...]
    fillers: dict[str, tuple[str, ...]]
    thousands: str  # thousands separator of the language's number style


CITIES = (
    "Vilnius",
    "Warsaw",
    "Kyiv",
    "Bucharest",
    "Riga",
    "Tallinn",
    "Haifa",
    "Beirut",
    "Cairo",
    "Amman",
    "Seoul",
    "Tokyo",
    "Ankara",
    "Athens",
    "Prague",
    "Helsinki",
    "Oslo",
    "Lisbon",
    "Madrid",
    "Geneva",
)
NAMES = (
    "Daniel Levy",
    "Sarah Cohen",
    "Thomas Berger",
    "Claire Martin",
    "Anna Schmidt",
    "Yossi Katz",
    "Julia Weber",
    "Pierre Dubois",
    "Maya Stern",
    "Lucas Bernard",
)

EN = Phrases(
    language="en",
    path="en/news/international",
    section_label="International",
    byline="By",
    subjects=(
        "The government",
        "The defence ministry",
        "A military spokesman",
        "Local authorities",
        "The central bank",
        "Opposition leaders",
        "Aid agencies",
        "The foreign minister",
        "Analysts",
        "Negotiators",
        "The ruling coalition",
        "City officials",
        "Union representatives",
        "The energy regulator",
        "Senior diplomats",
        "The health ministry",
    ),
    verbs=(
        "said on {day} that",
        "warned on {day} that",
        "confirmed that",
        "announced that",
        "told reporters that",
        "denied reports that",
        "insisted that",
        "acknowledged late on {day} that",
    ),
    clauses=(
        "talks on {topic} would resume in {city} next week",
        "spending on {topic} would rise by {pct} percent next year",
        "about {small} people had joined a protest over {topic} in {city}",
        "the plan for {topic} faced {adj} criticism from {group}",
        "new rules on {topic} would take effect in {month}",
        "the {adj} dispute over {topic} was far from settled",
        "a delegation from {city} had arrived to discuss {topic}",
        "{group} had asked for more time to review {topic}",
        "prices linked to {topic} had fallen for a {ordinal} month in a row",
        "the committee on {topic} would publish its findings in {month}",
    ),
    troop_sentences=(
        "{actor} has deployed about {n} troops to {place}, officials said on {day}.",
        "Some {n} soldiers arrived in {place} on {day}, according to {source}.",
        "{source} said that {actor} had sent {n} troops to {place}.",
    ),
    titles=(
        "{city} talks on {topic} enter a {adj} phase",
        "{group} push for a new deal on {topic}",
        "What the {topic} dispute means for {city}",
        "{city} braces for {adj} debate on {topic}",
    ),
    fillers={
        "day": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        "topic": (
            "energy prices",
            "border security",
            "water rights",
            "public transport",
            "housing",
            "fishing quotas",
            "grain exports",
            "cyber defence",
            "refugee aid",
            "railway funding",
            "air pollution",
            "school reform",
            "pension reform",
            "drone imports",
            "gas pipelines",
        ),
        "adj": ("sharp", "growing", "unexpected", "bitter", "quiet", "decisive", "lengthy", "tense"),
        "group": ("farmers", "trade unions", "local mayors", "industry groups", "students", "doctors"),
        "month": ("January", "March", "April", "June", "September", "October", "December"),
        "ordinal": ("second", "third", "fourth", "fifth", "sixth"),
        "actor": ("Russia", "North Korea", "The United States", "France", "Germany", "NATO"),
        "place": ("Kursk", "Poland", "Lithuania", "Romania", "Estonia", "the Baltic region"),
        "source": ("the Pentagon", "Ukrainian intelligence", "the defence ministry", "NATO officials"),
    },
    thousands=",",
)

DE = Phrases(
    language="de",
    path="de/nachrichten/international",
    section_label="International",
    byline="Von",
    subjects=(
        "Die Regierung",
        "Das Verteidigungsministerium",
        "Ein Armeesprecher",
        "Die Behörden vor Ort",
        "Die Zentralbank",
        "Die Opposition",
        "Hilfsorganisationen",
        "Der Außenminister",
        "Experten",
        "Die Unterhändler",
        "Die Regierungskoalition",
        "Die Stadtverwaltung",
        "Gewerkschaftsvertreter",
        "Die Energieaufsicht",
        "Hochrangige Diplomaten",
        "Das Gesundheitsministerium",
    ),
    verbs=(
        "sagte am {day}, dass",
        "warnte am {day}, dass",
        "bestätigte, dass",
        "kündigte an, dass",
        "erklärte vor Journalisten, dass",
        "wies Berichte zurück, wonach",
        "betonte, dass",
        "räumte am späten {day} ein, dass",
    ),
    clauses=(
        "die Gespräche über {topic} in der kommenden Woche in {city} weitergehen",
        "die Ausgaben für {topic} im nächsten Jahr um {pct} Prozent steigen",
        "rund {small} Menschen in {city} gegen {topic} protestiert hätten",
        "der Plan für {topic} auf {adj} Kritik von {group} stoße",
        "neue Regeln für {topic} im {month} in Kraft treten",
        "der {adj} Streit über {topic} noch lange nicht beigelegt sei",
        "eine Delegation aus {city} zu Gesprächen über {topic} eingetroffen sei",
        "{group} mehr Zeit für die Prüfung von {topic} verlangt hätten",
        "die Preise für {topic} den {ordinal} Monat in Folge gesunken seien",
        "der Ausschuss für {topic} seine Ergebnisse im {month} vorlegen werde",
    ),
    troop_sentences=(
        "{actor} hat rund {n} Soldaten nach {place} verlegt, hieß es am {day}.",
        "Etwa {n} Soldaten trafen am {day} in {place} ein, wie {source} mitteilte.",
        "Nach Angaben von {source} hat {actor} {n} Soldaten nach {place} entsandt.",
    ),
    titles=(
        "Gespräche über {topic} in {city} gehen in eine {adj} Phase",
        "{group} drängen auf eine Einigung bei {topic}",
        "Was der Streit um {topic} für {city} bedeutet",
    ),
    fillers={
        "day": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
        "topic": (
            "die Energiepreise",
            "die Grenzsicherung",
            "die Wasserrechte",
            "den Nahverkehr",
            "den Wohnungsbau",
            "die Fangquoten",
            "die Getreideexporte",
            "die Cyberabwehr",
            "die Flüchtlingshilfe",
            "die Bahnfinanzierung",
            "die Luftverschmutzung",
            "die Schulreform",
            "die Rentenreform",
            "die Drohnenimporte",
            "die Gasleitungen",
        ),
        "adj": ("scharfe", "wachsende", "unerwartete", "heftige", "leise", "entscheidende", "lange"),
        "group": (
            "Landwirte",
            "Gewerkschaften",
            "Bürgermeister",
            "Industrieverbände",
            "Studierende",
            "Ärzte",
        ),
        "month": ("Januar", "März", "April", "Juni", "September", "Oktober", "Dezember"),
        "ordinal": ("zweiten", "dritten", "vierten", "fünften", "sechsten"),
        "actor": ("Russland", "Nordkorea", "Die USA", "Frankreich", "Deutschland", "Die NATO"),
        "place": ("Kursk", "Polen", "Litauen", "Rumänien", "Estland", "das Baltikum"),
        "source": (
            "dem Pentagon",
            "dem ukrainischen Geheimdienst",
            "dem Verteidigungsministerium",
            "der NATO",
        ),
    },
    thousands=".",
)

FR = Phrases(
    language="fr",
    path="fr/actu/international",
    section_label="International",
    byline="Par",
    subjects=(
        "Le gouvernement",
        "Le ministère de la Défense",
        "Un porte-parole de l'armée",
        "Les autorités locales",
        "La banque centrale",
        "L'opposition",
        "Les organisations humanitaires",
        "Le ministre des Affaires étrangères",
        "Les analystes",
        "Les négociateurs",
        "La coalition au pouvoir",
        "La mairie",
        "Les syndicats",
        "Le régulateur de l'énergie",
        "Des diplomates de haut rang",
        "Le ministère de la Santé",
    ),
    verbs=(
        "a déclaré {day} que",
        "a averti {day} que",
        "a confirmé que",
        "a annoncé que",
        "a indiqué à la presse que",
        "a démenti que",
        "a insisté sur le fait que",
        "a reconnu {day} soir que",
    ),
    clauses=(
        "les discussions sur {topic} reprendraient la semaine prochaine à {city}",
        "les dépenses pour {topic} augmenteraient de {pct} pour cent l'an prochain",
        "environ {small} personnes avaient manifesté contre {topic} à {city}",
        "le projet sur {topic} suscitait une critique {adj} de la part des {group}",
        "de nouvelles règles sur {topic} entreraient en vigueur en {month}",
        "le différend {adj} sur {topic} était loin d'être réglé",
        "une délégation de {city} était arrivée pour discuter de {topic}",
        "les {group} avaient demandé plus de temps pour examiner {topic}",
        "les prix liés à {topic} avaient baissé pour le {ordinal} mois consécutif",
        "la commission sur {topic} publierait ses conclusions en {month}",
    ),
    troop_sentences=(
        "{actor} a déployé environ {n} soldats en {place}, a-t-on appris {day}.",
        "Quelque {n} soldats sont arrivés en {place} {day}, selon {source}.",
        "Selon {source}, {actor} a envoyé {n} militaires en {place}.",
    ),
    titles=(
        "Les discussions sur {topic} entrent dans une phase {adj} à {city}",
        "Les {group} réclament un accord sur {topic}",
        "Ce que le différend sur {topic} change pour {city}",
    ),
    fillers={
        "day": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
        "topic": (
            "les prix de l'énergie",
            "la sécurité des frontières",
            "les droits sur l'eau",
            "les transports publics",
            "le logement",
            "les quotas de pêche",
            "les exportations de céréales",
            "la cyberdéfense",
            "l'aide aux réfugiés",
            "le financement du rail",
            "la pollution de l'air",
            "la réforme scolaire",
            "la réforme des retraites",
            "les importations de drones",
            "les gazoducs",
        ),
        "adj": ("vive", "croissante", "inattendue", "amère", "discrète", "décisive", "longue"),
        "group": ("agriculteurs", "syndicats", "maires", "industriels", "étudiants", "médecins"),
        "month": ("janvier", "mars", "avril", "juin", "septembre", "octobre", "décembre"),
        "ordinal": ("deuxième", "troisième", "quatrième", "cinquième", "sixième"),
        "actor": ("La Russie", "La Corée du Nord", "Les États-Unis", "La France", "L'Allemagne", "L'OTAN"),
        "place": ("Roumanie", "Pologne", "Lituanie", "Estonie", "Slovaquie", "Finlande"),
        "source": ("le Pentagone", "le renseignement ukrainien", "le ministère des Armées", "l'OTAN"),
    },
    thousands="\u202f",
)

PHRASES = {p.language: p for p in (EN, DE, FR)}
