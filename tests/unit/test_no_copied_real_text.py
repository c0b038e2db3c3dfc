"""Real news text stays in ../shared: no tracked source, test or doc file repeats a run of 60 characters of the
annotated real-text sets (../shared/extraction/*.jsonl). Tests and comments use sentences written for them."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXTRACTION = ROOT.parent / "shared" / "extraction"
RUN = 60  # long enough that shared wording and names ("the United Nations Interim Force in Lebanon") are no copy
CHECKED = (".py", ".md", ".yaml", ".yml", ".csv", ".json", ".jsonl", ".html", ".txt")


def _real_runs() -> set[str]:
    runs: set[str] = set()
    for path in sorted(EXTRACTION.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                text = json.loads(line)["text"]
                runs.update(text[i : i + RUN] for i in range(max(1, len(text) - RUN + 1)))
    return runs


def test_no_tracked_file_repeats_real_text() -> None:
    if not EXTRACTION.is_dir():
        pytest.skip(
            f"{EXTRACTION} is absent (../shared is not laid out beside the repo): nothing to compare with"
        )
    runs = _real_runs()
    tracked = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split("\0")
    copied = []
    for name in tracked:
        path = ROOT / name
        if not name.endswith(CHECKED) or not path.is_file():
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="ignore").splitlines(), 1):
            if any(line[i : i + RUN] in runs for i in range(len(line) - RUN + 1)):
                copied.append(f"{name}:{number}")
    assert not copied, f"lines repeating real text of {EXTRACTION}: {copied}"
