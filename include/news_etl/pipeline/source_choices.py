"""What the news_ingest trigger form offers: the names of the configured sources (a multi-select) and the JSON
schema of an extra source object (a JSON editor the form validates key by key).

Imported when the DAG file is parsed, so it reads sources.yaml with a plain YAML load (no ${NAME} expansion,
no validation: the task does both) and imports nothing heavy.
"""

from __future__ import annotations

import types
import typing
from dataclasses import MISSING, fields
from pathlib import Path
from typing import Any

from news_etl.records import Source

# JSON schema types of the Source field annotations.
_SCALAR_TYPES: dict[Any, str] = {str: "string", bool: "boolean", float: "number", int: "integer"}


def configured_source_names(path: Path) -> list[str]:
    """Names of the sources in a sources.yaml, in file order."""
    import yaml

    with open(path, encoding="utf-8") as handle:
        document = yaml.safe_load(handle) or {}
    return [str(entry["name"]) for entry in document.get("sources") or [] if isinstance(entry, dict)]


def _field_schema(annotation: Any) -> dict[str, Any]:
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [a for a in args if a is not type(None)]
        schema = _field_schema(inner)
        return {**schema, "type": [schema["type"], "null"]}
    if origin is tuple:
        return {"type": "array", "items": _field_schema(args[0])}
    if origin is typing.Literal:  # a closed vocabulary (records.SourceKind): its values
        return {"type": "string", "enum": list(args)}
    return {"type": _SCALAR_TYPES[annotation]}


def source_json_schema() -> dict[str, Any]:
    """JSON schema of one source object, derived from the Source record so that a new field or kind needs no
    second edit here. Unknown keys are refused (additionalProperties), with jsonschema naming the key."""
    hints = typing.get_type_hints(Source)
    properties = {f.name: _field_schema(hints[f.name]) for f in fields(Source)}
    properties["name"]["minLength"] = 1
    properties["rate_limit_per_s"]["exclusiveMinimum"] = 0
    required = [f.name for f in fields(Source) if f.default is MISSING and f.default_factory is MISSING]
    return {"type": "object", "properties": properties, "required": required, "additionalProperties": False}
