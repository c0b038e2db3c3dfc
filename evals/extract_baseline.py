"""The comparison baseline: quantulum3 quantities kept when a troop noun follows them.

This is what a team would get from a generic quantity extractor plus our troop-noun lexicon, without the
grammar: no qualifiers, ranges, vague plurals, actors or locations. quantulum3 ships English rules only,
so German and French text is parsed with them too (as a user of the library would have to).
"""

from __future__ import annotations

import warnings
from functools import cache

from news_etl.extract.lexicon import grammar
from news_etl.records import Mention

_WINDOW = 40  # characters after a quantity in which its troop noun must start


@cache
def _parser():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import classifier, parser

    # quantulum3 switches to its pickled unit classifier when scikit-learn is importable, and that pickle does not
    # load under the scikit-learn the bench group installs (for evals/type_model.py). The baseline has always been
    # measured with its dictionary disambiguation, so keep that whatever is installed.
    classifier.USE_CLF = False
    return parser


def baseline_mentions(text: str, language: str) -> list[Mention]:
    parser, troop = _parser(), grammar(language).troop_anywhere
    out = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        quantities = parser.parse(text)
    for q in quantities:
        start, end = q.span
        if q.unit.name != "dimensionless" or not troop.search(text, end, min(len(text), end + _WINDOW)):
            continue
        value = round(q.value)
        out.append(
            Mention(
                count_text=text[start:end],
                char_start=start,
                char_end=end,
                troop_count_min=value,
                troop_count_max=value,
                count_precision="exact",
                actor_code=None,
                location_country=None,
                mention_type="other",
                attribution="stated",
                attribution_source=None,
                confidence=0.5,
            )
        )
    return out
