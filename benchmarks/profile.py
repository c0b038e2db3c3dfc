"""Profile the whole chain (both DAGs in-process, no network) with pyinstrument and list the hot spots.

    python -m benchmarks.profile --size 2000 [--out .local/bench]

Writes profile-<size>.txt (call tree) and profile-<size>.html, and prints the functions with the largest
self time (time spent in their own code, not in callees), aggregated over the call tree.
"""

from __future__ import annotations

import argparse
import tempfile
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from benchmarks.corpus import CorpusSpec
from benchmarks.timing import Stopwatch


def self_times(frame, totals: dict[str, float] | None = None) -> dict[str, float]:
    """Self time (time not spent in callees) per function, "file:line function", over a pyinstrument tree."""
    totals = defaultdict(float) if totals is None else totals
    callees = [child for child in frame.children if not child.is_synthetic]
    key = f"{frame.file_path_short or frame.file_path}:{frame.line_no} {frame.function}"
    totals[key] += frame.time - sum(child.time for child in callees)
    for child in callees:
        self_times(child, totals)
    return totals


def subtree_times(frame, names: Sequence[str], totals: dict[str, float] | None = None) -> dict[str, float]:
    """Total time under the outermost call of each function in ``names`` (e.g. the pipeline's stages)."""
    totals = defaultdict(float) if totals is None else totals
    if frame.function in names:
        totals[frame.function] += frame.time
        return totals
    for child in frame.children:
        subtree_times(child, names, totals)
    return totals


STAGE_FUNCTIONS = ("discover_stage", "fetch_stage", "parse_stage", "dedup_stage", "load_stage",
                   "report_stage", "extract_stage", "validate_stage", "publish_stage", "migrate")  # fmt: skip


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--out", type=Path, default=Path(".local/bench"))
    args = parser.parse_args(argv)

    from pyinstrument import Profiler

    from benchmarks.chain import run_chain, seed_archive
    from benchmarks.scratch import emptied_warehouse, scratch_database

    spec = CorpusSpec(args.size, args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    with (
        scratch_database("profile") as scratch,
        emptied_warehouse(scratch.dsn) as conn,
        tempfile.TemporaryDirectory() as tmp,
    ):
        store = Path(tmp) / "raw"
        seed_archive(conn, spec, store)
        profiler = Profiler(interval=0.001)
        profiler.start()
        outcome = run_chain(conn, spec, store, Stopwatch(), Stopwatch())
        profiler.stop()
    session_root = profiler.last_session.root_frame()
    (args.out / f"profile-{args.size}.txt").write_text(profiler.output_text(unicode=False, color=False))
    (args.out / f"profile-{args.size}.html").write_text(profiler.output_html())
    total = session_root.time
    print(f"whole chain on {args.size} articles: {total:.1f} s profiled ({outcome})")
    print("\nTime per stage (share of the profiled time):")
    for name, seconds in sorted(subtree_times(session_root, STAGE_FUNCTIONS).items(), key=lambda kv: -kv[1]):
        print(f"  {seconds:7.2f} s  {seconds / total:6.1%}  {name}")
    print(f"\nTop {args.top} functions by self time:")
    ranked = sorted(self_times(session_root).items(), key=lambda kv: -kv[1])[: args.top]
    for key, seconds in ranked:
        print(f"  {seconds:7.2f} s  {seconds / total:6.1%}  {key}")
    print(f"\ncall tree: {args.out / f'profile-{args.size}.txt'}")


if __name__ == "__main__":
    main()
