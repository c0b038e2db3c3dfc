"""Importing the validation and alert packages must not import Great Expectations or pandas (seconds each):
the DAG callbacks and the CLI import them for unrelated work."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
import news_etl.validate, news_etl.alerts.callbacks, news_etl.alerts.notifiers
heavy = sorted(m for m in ("great_expectations", "pandas") if m in sys.modules)
print(",".join(heavy))
"""


def test_no_heavy_imports() -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip().splitlines()[-1:] in ([], [""]), done.stdout
