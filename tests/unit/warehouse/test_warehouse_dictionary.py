"""Rendering the data dictionary and splicing it into the Markdown page (no database)."""

from __future__ import annotations

import pytest
from news_etl.warehouse.dictionary import (
    BEGIN_MARKER,
    END_MARKER,
    Catalog,
    Column,
    Function,
    Index,
    Relation,
    render_dictionary,
    replace_section,
)

TABLE = Relation(
    name="deployment_mentions",
    kind="table",
    comment="Published mentions.",
    columns=(
        Column("mention_id", "text", True, "Stable id: article_id:v<version>:<char_start>-<char_end>."),
        Column("mention_type", "text", False, "deployment | force_size |\n other."),
    ),
    indexes=(
        Index("deployment_mentions_pkey", True, True, "btree (mention_id)"),
        Index("mentions_current_story_idx", False, False, "btree (story_id) WHERE is_current"),
    ),
)
VIEW = Relation(
    "v_deployment_mentions", "view", "Start here.", (Column("best_estimate", "bigint", False, ""),), ()
)
CATALOG = Catalog(
    schema="news",
    comment="News warehouse.",
    relations=(TABLE, VIEW),  # catalog order is alphabetical; views are still listed first
    functions=(Function("as_of", "", "timestamp with time zone", "The report clock."),),
)


def test_views_come_before_tables_and_functions_last() -> None:
    text = render_dictionary(CATALOG)
    positions = [
        text.index(heading)
        for heading in ("### Views", "`news.v_deployment_mentions` (view)", "### Tables", "### Functions")
    ]
    assert positions == sorted(positions)
    assert text.startswith(BEGIN_MARKER) and text.endswith(END_MARKER)


def test_comments_survive_markdown() -> None:
    text = render_dictionary(CATALOG)
    # Value lists keep their bars without splitting the table cell; line breaks fold into one line.
    assert "| `mention_type` | text | deployment \\| force_size \\| other. |" in text
    # "<version>" would be swallowed as an HTML tag.
    assert "article_id:v&lt;version>:&lt;char_start>-&lt;char_end>." in text
    assert "| `mention_id` | text, not null |" in text
    assert "| `best_estimate` | bigint |  |" in text


def test_indexes_say_which_is_the_primary_key() -> None:
    text = render_dictionary(CATALOG)
    assert "- `deployment_mentions_pkey`: btree (mention_id) (primary key)" in text
    assert "- `mentions_current_story_idx`: btree (story_id) WHERE is_current\n" in text


def test_function_signature_and_comment() -> None:
    assert "#### `news.as_of()` → timestamp with time zone\n\nThe report clock." in render_dictionary(CATALOG)


def test_rendering_is_deterministic() -> None:
    assert render_dictionary(CATALOG) == render_dictionary(CATALOG)


def test_replace_section_keeps_the_rest_of_the_page() -> None:
    page = f"# Guide\n\nQuestions.\n\n{BEGIN_MARKER}\nold\n{END_MARKER}\n\nFooter.\n"
    section = render_dictionary(CATALOG)
    updated = replace_section(page, section)
    assert updated == f"# Guide\n\nQuestions.\n\n{section}\n\nFooter.\n"
    assert replace_section(updated, section) == updated


@pytest.mark.parametrize("page", ["no markers", f"{END_MARKER}\n{BEGIN_MARKER}", f"{BEGIN_MARKER} only"])
def test_replace_section_refuses_a_page_without_its_markers(page: str) -> None:
    with pytest.raises(ValueError, match="dictionary:begin"):
        replace_section(page, render_dictionary(CATALOG))
