"""The GX suite for the ingest side: every discovered URL is accounted for.

Rule: discovered = loaded + unchanged + duplicates + rejected (the columns of news.ingest_runs), and no URL of
news.discovered_urls is left without an outcome. The batch is the run's one news.ingest_runs row with two derived
columns: `accounted` = loaded + unchanged + duplicates + rejected (GX has no expectation comparing a column with
a sum of others per row) and `open_urls`, the run's discovered URLs without an outcome.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from news_etl.validate.expectation_names import named

if TYPE_CHECKING:
    from great_expectations import ExpectationSuite

ACCOUNTING_SUITE_NAME = "ingest_accounting"
ACCOUNTING_SUITE_VERSION = "1.0.0"
COUNT_COLUMNS = ("discovered", "loaded", "unchanged", "duplicates", "rejected")
OUTCOME_COLUMNS = ("loaded", "unchanged", "duplicates", "rejected")
ID_COLUMN = "run_id"


def build_accounting_suite() -> ExpectationSuite:
    import great_expectations as gx
    import great_expectations.expectations as gxe

    expectations = [
        named(
            "ingest_run_recorded",
            "news.ingest_runs has exactly one row for the run",
            gxe.ExpectTableRowCountToEqual(value=1),
        ),
        named(
            "discovered_equals_accounted",
            "discovered = loaded + unchanged + duplicates + rejected",
            gxe.ExpectColumnPairValuesToBeEqual(column_A="discovered", column_B="accounted"),
        ),
        named(
            "every_url_has_outcome",
            "every URL of news.discovered_urls for the run has an outcome",
            gxe.ExpectColumnValuesToBeBetween(column="open_urls", min_value=0, max_value=0),
        ),
        *(
            named(
                f"{column}_non_negative",
                f"{column} is >= 0",
                gxe.ExpectColumnValuesToBeBetween(column=column, min_value=0),
            )
            for column in COUNT_COLUMNS
        ),
    ]
    return gx.ExpectationSuite(
        name=ACCOUNTING_SUITE_NAME, expectations=expectations, meta={"version": ACCOUNTING_SUITE_VERSION}
    )
