"""The Great Expectations suite for news.troop_claims, kept as code like the mentions suite.

The batch is every claim with the number of mentions supporting it (news.troop_claim_mentions). The plausible
maximum is a suite parameter (the run's plausible_max). Bump CLAIM_SUITE_VERSION with every change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from news_etl.validate.expectation_names import named

if TYPE_CHECKING:
    from great_expectations import ExpectationSuite

CLAIM_SUITE_NAME = "troop_claims"
CLAIM_SUITE_VERSION = "1.0.0"
CLAIM_ID_COLUMN = "claim_id"
PLAUSIBLE_MAX = "plausible_max"
VALUE_COLUMNS = ("value_low", "value_high", "best")


def build_claim_suite() -> ExpectationSuite:
    import great_expectations as gx
    import great_expectations.expectations as gxe

    expectations = [
        named(
            "claim_low_le_best",
            "value_low <= best when value_low is set",
            gxe.ExpectColumnPairValuesAToBeGreaterThanB(
                column_A="best", column_B="value_low", or_equal=True, ignore_row_if="either_value_is_missing"
            ),
        ),
        named(
            "claim_best_le_high",
            "best <= value_high when value_high is set",
            gxe.ExpectColumnPairValuesAToBeGreaterThanB(
                column_A="value_high", column_B="best", or_equal=True, ignore_row_if="either_value_is_missing"
            ),
        ),
        named(
            "claim_best_not_null",
            "every claim has a best figure",
            gxe.ExpectColumnValuesToNotBeNull(column="best"),
        ),
        named(
            "claim_has_supporting_mention",
            "every claim has at least one supporting mention in news.troop_claim_mentions",
            gxe.ExpectColumnValuesToBeBetween(column="supporting_mentions", min_value=1),
        ),
        named(
            "claim_outlets_le_articles",
            "1 <= n_outlets <= n_articles",
            gxe.ExpectColumnPairValuesAToBeGreaterThanB(
                column_A="n_articles", column_B="n_outlets", or_equal=True
            ),
        ),
        *(
            named(
                f"claim_{column}_plausible",
                f"{column} is between 0 and the plausible maximum",
                gxe.ExpectColumnValuesToBeBetween(
                    column=column, min_value=0, max_value={"$PARAMETER": PLAUSIBLE_MAX}
                ),
            )
            for column in VALUE_COLUMNS
        ),
        named(
            "claim_id_unique",
            "claim_id is unique",
            gxe.ExpectColumnValuesToBeUnique(column=CLAIM_ID_COLUMN),
        ),
    ]
    return gx.ExpectationSuite(
        name=CLAIM_SUITE_NAME, expectations=expectations, meta={"version": CLAIM_SUITE_VERSION}
    )
