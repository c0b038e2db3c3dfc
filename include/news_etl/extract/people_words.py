"""One vocabulary of the people a count may name who are not troops: police and gendarmes, civilians, people at
large, the women, children, hostages and refugees of a toll.

Many rules of heads.py ask the same question ("are the people named here troops?"), each with boundaries and
context of its own around the words. The words come from here, so that a word added for one rule is not missing
from its siblings. Each name is a bare alternation (no group, no boundary) to put inside a rule's own `(?i:...)`;
a rule that needs a narrower or wider list names the shared part and spells only its difference beside it.
Where the rules take the English and French words without the German ones (or the other way), the two stand
apart (PEOPLE and MENSCHEN); where they always go together, one name holds the three languages (CIVIL).
"""

from __future__ import annotations

# Police and gendarmes, armed and in uniform but no troops: "policemen", "policiers", "police officers", "gendarmerie"
POLICE = r"polic\w*|gendarm\w*"
# ... in German: "Polizei", "Bundespolizei", "Polizisten"
POLIZEI = r"\w*polizei\w*|\w*polizist\w*"
# Civilians named by a noun or an adjective: "civilians", "civils", "civiles", "Zivilisten", "zivile Opfer"
CIVIL = r"civil\w*|zivil\w*"
# ... by the plural noun only
CIVILIANS = r"zivilisten|civilians|civils"
# People at large: "20 personnes", "300 people", "Menschen", "Personen"
PEOPLE = r"personnes|people"
MENSCHEN = r"menschen|personen"
# The women and children of a toll
WOMEN_CHILDREN = r"enfants|children|femmes|women"
FRAUEN_KINDER = r"kinder|frauen"
HOSTAGES = r"otages|hostages"
REFUGEES = r"réfugiés|refugees"
# "300 hommes", "9,000 men": men, who may be troops or not
MEN = r"hommes|men|männer"

# People named near a casualty count who are not troops (en, fr): the count is theirs, or a total of both. The
# rules that read a toll add its women, children, hostages or refugees, those of a clause its crowds.
NOT_TROOPS = rf"civil\w*|{PEOPLE}|habitants|villageois|residents|{POLICE}"
# ... and in German: civilians, people, women and children, refugees (not word for word the list above: no police
# or residents; each rule that uses it adds what it needs)
NOT_TROOPS_DE = rf"zivilist\w*|menschen|{FRAUEN_KINDER}|flüchtling\w*"
