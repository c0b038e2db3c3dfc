"""The Great Expectations suite for a run's troop-count mentions, kept as code (reviewed and versioned like code).

Run-dependent values (the plausible maximum, the reference codes, the minimum batch size) are GX suite
parameters (`{"$PARAMETER": ...}`) supplied when the checkpoint runs, so the suite itself is constant for a
SUITE_VERSION and `add_or_update` is idempotent. Every expectation carries a stable short name in
`meta["name"]`: that name is what quarantine rows, news.validation_runs and alerts report.

Bump SUITE_VERSION whenever an expectation is added, removed or changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from news_etl.records import ATTRIBUTIONS, LANGUAGES, MENTION_TYPES, PRECISIONS
from news_etl.reference.codes import ACTOR_KINDS
from news_etl.validate.expectation_names import named

if TYPE_CHECKING:
    from great_expectations import ExpectationSuite

SUITE_NAME = "deployment_mentions"
SUITE_VERSION = "1.1.0"

# Suite parameters, filled in by suite_parameters() at run time.
PLAUSIBLE_MAX = "plausible_max"
ACTOR_CODES = "actor_codes"
LOCATION_CODES = "location_codes"
MIN_ROWS = "min_rows"
ORGANISATION_CODES = ("NATO", "UN")

ID_COLUMN = "mention_id"


def suite_parameters(
    *, plausible_max: int, actor_codes: list[str], location_codes: list[str], articles_loaded: int
) -> dict[str, Any]:
    return {
        PLAUSIBLE_MAX: plausible_max,
        ACTOR_CODES: sorted(set(actor_codes) | set(ORGANISATION_CODES)),
        LOCATION_CODES: sorted(set(location_codes) | set(ORGANISATION_CODES)),
        # An empty batch is only suspicious when the upstream run loaded articles.
        MIN_ROWS: 1 if articles_loaded > 0 else 0,
    }


def build_suite() -> ExpectationSuite:
    import great_expectations as gx
    import great_expectations.expectations as gxe
    from great_expectations.expectations.row_conditions import Column

    def param(name: str) -> dict[str, str]:
        return {"$PARAMETER": name}

    expectations = [
        named(
            "troop_count_min_non_negative",
            "troop_count_min is >= 0 when set",
            gxe.ExpectColumnValuesToBeBetween(column="troop_count_min", min_value=0),
        ),
        named(
            "troop_count_max_non_negative",
            "troop_count_max is >= 0 when set",
            gxe.ExpectColumnValuesToBeBetween(column="troop_count_max", min_value=0),
        ),
        named(
            "troop_count_min_plausible",
            "troop_count_min is at most the plausible maximum (larger than any standing army)",
            gxe.ExpectColumnValuesToBeBetween(column="troop_count_min", max_value=param(PLAUSIBLE_MAX)),
        ),
        named(
            "troop_count_max_plausible",
            "troop_count_max is at most the plausible maximum (larger than any standing army)",
            gxe.ExpectColumnValuesToBeBetween(column="troop_count_max", max_value=param(PLAUSIBLE_MAX)),
        ),
        named(
            "troop_count_min_le_max",
            "troop_count_min <= troop_count_max when both are set",
            gxe.ExpectColumnPairValuesAToBeGreaterThanB(
                column_A="troop_count_max",
                column_B="troop_count_min",
                or_equal=True,
                ignore_row_if="either_value_is_missing",
            ),
        ),
        named(
            "troop_count_not_both_null",
            "at least one of troop_count_min and troop_count_max is set",
            gxe.ExpectColumnValuesToNotBeNull(
                column="troop_count_min", row_condition=Column("troop_count_max").is_null()
            ),
        ),
        named(
            "exact_count_min_equals_max",
            "rows with count_precision 'exact' have troop_count_min = troop_count_max",
            gxe.ExpectColumnPairValuesToBeEqual(
                column_A="troop_count_min",
                column_B="troop_count_max",
                row_condition=Column("count_precision") == "exact",
                ignore_row_if="both_values_are_missing",
            ),
        ),
        named(
            "count_precision_in_set",
            "count_precision is one of " + ", ".join(PRECISIONS),
            gxe.ExpectColumnValuesToBeInSet(column="count_precision", value_set=list(PRECISIONS)),
        ),
        named(
            "mention_type_in_set",
            "mention_type is one of " + ", ".join(MENTION_TYPES),
            gxe.ExpectColumnValuesToBeInSet(column="mention_type", value_set=list(MENTION_TYPES)),
        ),
        named(
            "attribution_in_set",
            "attribution is one of " + ", ".join(ATTRIBUTIONS),
            gxe.ExpectColumnValuesToBeInSet(column="attribution", value_set=list(ATTRIBUTIONS)),
        ),
        named(
            "language_in_set",
            "language is one of " + ", ".join(LANGUAGES) + " when set",
            gxe.ExpectColumnValuesToBeInSet(column="language", value_set=list(LANGUAGES)),
        ),
        named(
            "actor_code_known",
            "actor_code is a code of news.countries (ISO 3166-1 alpha-3, NATO, UN) or news.actors (international"
            " bodies, non-state armed groups) when set",
            gxe.ExpectColumnValuesToBeInSet(column="actor_code", value_set=param(ACTOR_CODES)),
        ),
        named(
            "actor_kind_in_set",
            "actor_kind is one of " + ", ".join(ACTOR_KINDS) + " when set",
            gxe.ExpectColumnValuesToBeInSet(column="actor_kind", value_set=list(ACTOR_KINDS)),
        ),
        named(
            "location_country_known",
            "location_country is a code of news.countries (ISO 3166-1 alpha-3), NATO or UN when set",
            gxe.ExpectColumnValuesToBeInSet(column="location_country", value_set=param(LOCATION_CODES)),
        ),
        named(
            "char_start_before_char_end",
            "char_start < char_end",
            gxe.ExpectColumnPairValuesAToBeGreaterThanB(column_A="char_end", column_B="char_start"),
        ),
        named(
            "confidence_between_0_and_1",
            "confidence is in [0, 1]",
            gxe.ExpectColumnValuesToBeBetween(column="confidence", min_value=0, max_value=1),
        ),
        named(
            "count_text_not_empty",
            "count_text is not empty or blank",
            gxe.ExpectColumnValuesToNotMatchRegex(column="count_text", regex=r"^\s*$"),
        ),
        named(
            "mention_id_unique",
            "mention_id is unique in the batch",
            gxe.ExpectColumnValuesToBeUnique(column=ID_COLUMN),
        ),
        named(
            "batch_not_empty_when_articles_loaded",
            "the batch has at least one mention when the run loaded articles",
            gxe.ExpectTableRowCountToBeBetween(min_value=param(MIN_ROWS)),
        ),
    ]
    return gx.ExpectationSuite(name=SUITE_NAME, expectations=expectations, meta={"version": SUITE_VERSION})
