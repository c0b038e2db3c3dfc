"""The warehouse data dictionary, generated from the database's own COMMENTs into docs/warehouse.md.

The migrations comment every table, view, column and function; this module reads those comments from the
catalog of a migrated database and writes them between the dictionary markers of docs/warehouse.md, so the
document is a rendering of the schema and cannot drift from it (a test regenerates it and compares).

    python -m news_etl.warehouse.dictionary --dsn "$DSN"            # rewrite the section in docs/warehouse.md
    python -m news_etl.warehouse.dictionary --dsn "$DSN" --check    # exit 1 when the file is out of date
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from psycopg2.extensions import connection as PgConnection

BEGIN_MARKER = "<!-- dictionary:begin -->"
END_MARKER = "<!-- dictionary:end -->"
DEFAULT_DOC = Path("docs") / "warehouse.md"

_RELATIONS_SQL = """
SELECT c.oid, c.relname, CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' ELSE 'table' END,
       coalesce(obj_description(c.oid, 'pg_class'), '')
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = %(schema)s AND c.relkind IN ('r', 'p', 'v', 'm')
ORDER BY c.relname
"""
_COLUMNS_SQL = """
SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
       coalesce(col_description(a.attrelid, a.attnum), '')
FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = %(schema)s AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attrelid, a.attnum
"""
# The index definition after "ON schema.table " is what an analyst needs: method, columns, predicate.
_INDEXES_SQL = """
SELECT ix.indrelid, i.relname, ix.indisprimary, ix.indisunique,
       regexp_replace(pg_get_indexdef(ix.indexrelid), '^.*? ON \\S+ USING ', '')
FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_namespace n ON n.oid = i.relnamespace
WHERE n.nspname = %(schema)s
ORDER BY ix.indrelid, i.relname
"""
_FUNCTIONS_SQL = """
SELECT p.proname, pg_get_function_identity_arguments(p.oid), pg_get_function_result(p.oid),
       coalesce(obj_description(p.oid, 'pg_proc'), '')
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname = %(schema)s
ORDER BY p.proname, 2
"""


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    not_null: bool
    comment: str


@dataclass(frozen=True)
class Index:
    name: str
    primary: bool
    unique: bool
    definition: str  # e.g. "btree (story_id) WHERE is_current"


@dataclass(frozen=True)
class Relation:
    name: str
    kind: str  # table | view | materialized view
    comment: str
    columns: tuple[Column, ...]
    indexes: tuple[Index, ...]


@dataclass(frozen=True)
class Function:
    name: str
    arguments: str
    returns: str
    comment: str


@dataclass(frozen=True)
class Catalog:
    schema: str
    comment: str
    relations: tuple[Relation, ...]
    functions: tuple[Function, ...]


def read_catalog(conn: PgConnection, schema: str = "news") -> Catalog:
    params = {"schema": schema}
    with conn.cursor() as cur:
        cur.execute("SELECT coalesce(obj_description(%s::regnamespace, 'pg_namespace'), '')", (schema,))
        (schema_comment,) = cur.fetchone()
        cur.execute(_RELATIONS_SQL, params)
        relations = cur.fetchall()
        cur.execute(_COLUMNS_SQL, params)
        columns: dict[int, list[Column]] = {}
        for oid, name, type_, not_null, comment in cur.fetchall():
            columns.setdefault(oid, []).append(Column(name, type_, not_null, comment))
        cur.execute(_INDEXES_SQL, params)
        indexes: dict[int, list[Index]] = {}
        for oid, name, primary, unique, definition in cur.fetchall():
            indexes.setdefault(oid, []).append(Index(name, primary, unique, definition))
        cur.execute(_FUNCTIONS_SQL, params)
        functions = tuple(Function(*row) for row in cur.fetchall())
    return Catalog(
        schema=schema,
        comment=schema_comment,
        relations=tuple(
            Relation(name, kind, comment, tuple(columns.get(oid, ())), tuple(indexes.get(oid, ())))
            for oid, name, kind, comment in relations
        ),
        functions=functions,
    )


def _prose(text: str) -> str:
    """One line of Markdown that shows the comment as written: `<version>` would otherwise vanish as an HTML tag."""
    return " ".join(text.split()).replace("<", "&lt;")


def _cell(text: str) -> str:
    """Safe inside a Markdown table cell, where comments' `a | b` lists of allowed values would split the cell."""
    return _prose(text).replace("|", "\\|")


def _render_relation(schema: str, relation: Relation) -> list[str]:
    lines = [
        f"#### `{schema}.{relation.name}` ({relation.kind})",
        "",
        _prose(relation.comment) or "*(no comment)*",
        "",
    ]
    lines += ["| column | type | description |", "|---|---|---|"]
    for column in relation.columns:
        type_ = f"{column.type}, not null" if column.not_null else column.type
        lines.append(f"| `{column.name}` | {type_} | {_cell(column.comment)} |")
    if relation.indexes:
        lines += ["", "Indexes:", ""]
        for index in relation.indexes:
            label = "primary key" if index.primary else "unique" if index.unique else ""
            lines.append(f"- `{index.name}`: {index.definition}" + (f" ({label})" if label else ""))
    lines.append("")
    return lines


def render_dictionary(catalog: Catalog) -> str:
    """The dictionary section as Markdown, markers included. Deterministic: same schema, same text."""
    lines = [
        BEGIN_MARKER,
        "<!-- Generated by `python -m news_etl.warehouse.dictionary` from the COMMENTs of the migrations."
        " Do not edit by hand: change the comment in a new migration and regenerate. -->",
        "",
        "## Data dictionary",
        "",
        f"Schema `{catalog.schema}`: {_prose(catalog.comment)}",
        "",
    ]
    for heading, kinds in (("Views", ("view", "materialized view")), ("Tables", ("table",))):
        chosen = [r for r in catalog.relations if r.kind in kinds]
        if chosen:
            lines += [f"### {heading}", ""]
            for relation in chosen:
                lines += _render_relation(catalog.schema, relation)
    if catalog.functions:
        lines += ["### Functions", ""]
        for function in catalog.functions:
            lines += [
                f"#### `{catalog.schema}.{function.name}({function.arguments})` → {function.returns}",
                "",
                _prose(function.comment) or "*(no comment)*",
                "",
            ]
    lines.append(END_MARKER)
    return "\n".join(lines)


def replace_section(document: str, section: str) -> str:
    """Put `section` (markers included) in place of the marked section of `document`."""
    start = document.find(BEGIN_MARKER)
    end = document.find(END_MARKER)
    if start < 0 or end < start:
        raise ValueError(f"the document has no {BEGIN_MARKER} ... {END_MARKER} section")
    return document[:start] + section + document[end + len(END_MARKER) :]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m news_etl.warehouse.dictionary", description=__doc__)
    parser.add_argument(
        "--dsn", help="libpq DSN of a migrated warehouse (default: from AIRFLOW_CONN_NEWS_WAREHOUSE)"
    )
    parser.add_argument(
        "--doc", type=Path, default=Path(DEFAULT_DOC), help="Markdown file to update (default: %(default)s, from the checkout)"
    )
    parser.add_argument(
        "--check", action="store_true", help="do not write; exit 1 when the file is out of date"
    )
    args = parser.parse_args(argv)

    from news_etl.warehouse.db import connect

    conn = connect(args.dsn)
    try:
        section = render_dictionary(read_catalog(conn))
    finally:
        conn.close()
    current = args.doc.read_text(encoding="utf-8")
    updated = replace_section(current, section)
    if args.check:
        if updated != current:
            print(f"{args.doc} is out of date: run python -m news_etl.warehouse.dictionary", file=sys.stderr)
            return 1
        return 0
    if updated != current:
        args.doc.write_text(updated, encoding="utf-8")
        print(f"updated the data dictionary in {args.doc}")
    else:
        print(f"{args.doc} is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
