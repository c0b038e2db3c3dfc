"""The seed article stays in ../shared: no tracked file of the repository, whatever its type, repeats a run of
40 characters of `../shared/seeds/i24_north_korean_troops_de.txt` (dev.paths.SEED_ARTICLE). The demo site
serves it and the gold set cites it by reading it where it lies."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from dev.paths import SEED_ARTICLE

ROOT = Path(__file__).resolve().parents[2]
RUN = 40


def _copied_runs(text: str, seed: str) -> list[str]:
    """The 40-character runs of `seed` found in `text` (the first of each stretch, for the message).

    Every run of 2*HALF characters of the seed holds one whole aligned HALF-block of it, so a file with no block
    cannot hold a run; only the rare file that holds a block is scanned character by character."""
    half = RUN // 2
    if not any(seed[k : k + half] in text for k in range(0, len(seed) - half + 1, half)):
        return []
    runs = {seed[i : i + RUN] for i in range(len(seed) - RUN + 1)}
    found, last = [], -RUN
    for i in range(len(text) - RUN + 1):
        if text[i : i + RUN] in runs:
            if i > last + 1:
                found.append(text[i : i + RUN])
            last = i
    return found


def test_the_scan_finds_a_copy_and_only_a_copy() -> None:
    seed = "Eine Zeile, die erfunden ist und nur diesem Test dient.\nUnd eine zweite Zeile, ebenso frei erfunden."
    assert _copied_runs("<p>" + seed[3:50] + "</p>", seed) == [seed[3:43]]
    assert _copied_runs(seed[:39] + " " + seed[40:78], seed) == []  # 39 characters are not a run


def test_no_tracked_file_repeats_seed_text() -> None:
    if not SEED_ARTICLE.is_file():
        pytest.skip(
            f"seed article not found at {SEED_ARTICLE} (../shared is not laid out): nothing to compare with"
        )
    seed = SEED_ARTICLE.read_text(encoding="utf-8")
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=False)
    if listed.returncode != 0:
        pytest.skip(
            f"not a git checkout ({listed.stderr.decode(errors='replace').strip()}): no tracked files"
        )
    copied, checked = [], 0
    for name in listed.stdout.decode("utf-8").split("\0"):
        path = ROOT / name
        if not name or not path.is_file():
            continue
        data = path.read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            continue  # binary
        if "\0" in text:
            continue  # binary
        checked += 1
        copied += [f"{name}: {run!r}" for run in _copied_runs(text, seed)]
    assert checked > 100
    assert not copied, f"tracked files repeating text of {SEED_ARTICLE}:\n" + "\n".join(copied)
