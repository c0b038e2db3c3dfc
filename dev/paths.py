"""Where the checkout's parts are, for the development tools, benchmarks and evaluations (never the runtime)."""

from __future__ import annotations

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
LOCAL_DIR = REPO_ROOT / ".local"
# ../shared beside the checkout: the seed, the benchmarks and the real-text extraction sets (read in place).
SHARED_DIR = REPO_ROOT.parent / "shared"
# The real German i24NEWS seed article, one paragraph per line: the demo site serves it and the gold set cites it,
# both reading it here (its text is never stored in the repository).
SEED_ARTICLE = SHARED_DIR / "seeds" / "i24_north_korean_troops_de.txt"
