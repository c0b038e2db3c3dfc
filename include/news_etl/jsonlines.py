"""JSON lines out of the command line tools, whatever the input held and whatever the locale.

Under a strict locale (LC_ALL=C, a latin-1 terminal) Python's stdout may not encode Hebrew or Arabic, and
input may carry lone surrogates (an escaped "\\ud800", an undecodable file name): a line that cannot be
written would cost the rest of the batch. Lines are written as UTF-8, surrogates escaped.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable
from typing import Any, TextIO


def json_line(record: Any, default: Callable[[Any], Any] | None = None) -> str:
    """One JSON line that encodes as UTF-8: readable text when possible, \\u escapes when it holds surrogates."""
    text = json.dumps(record, ensure_ascii=False, default=default)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(record, ensure_ascii=True, default=default)
    return text + "\n"


def utf8_stdout() -> TextIO:
    """sys.stdout, switched to UTF-8 whatever the locale says."""
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(encoding="utf-8")
    return sys.stdout


def binary_stdin() -> io.BufferedReader | TextIO:
    """sys.stdin as bytes (each line decoded, strictly, by its consumer), or as text when it has no buffer."""
    return getattr(sys.stdin, "buffer", sys.stdin)
