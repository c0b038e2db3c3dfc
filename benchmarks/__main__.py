"""`python -m benchmarks`: every stage on synthetic corpora, beside the alternatives, then docs/benchmarks.md.

    python -m benchmarks                         # sizes 1000,10000 (+ dedup at 20000), Airflow cost
    python -m benchmarks --sizes 1000,10000,100000
    python -m benchmarks --quick                 # 300 articles, no `airflow dags test`: ~2 minutes
    python -m benchmarks --report-only .local/bench/results-<date>.json

Every (stage, variant, size) runs in its own interpreter (peak RSS from wait4), one after the other. The
figures are written to .local/bench/results-<date>.json and the generated section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from collections.abc import Sequence
from contextlib import nullcontext
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from benchmarks import airflow_cost, machine, report
from benchmarks.child import run_in_child
from benchmarks.corpus import CorpusSpec
from benchmarks.stages import EXACT_MAX_SIZE, RUNNERS, BenchEnv
from dev.paths import REPO_ROOT

QUICK_SIZE = 300
DEDUP_TARGET_SIZE = 20_000
DB_STAGES = ("load", "chain")
# Alternatives that cost far more per article than ours: above this size they are measured on a prefix of
# the corpus of this size, and the row says so (their throughput does not depend on the corpus size).
SLOW_ALTERNATIVES = {("extract", "quantulum3"): 2_000, ("parse", "newspaper4k"): 5_000}


def plan(
    sizes: Sequence[int], stages: Sequence[str], dedup_target: int, ours_only: bool = False
) -> list[tuple[str, str, int]]:
    """(stage, variant, corpus size) in the order they run: by size, then stage, ours first."""
    jobs = []
    for size in sizes:
        for stage, variant in RUNNERS:
            if stage not in stages or (ours_only and not variant.startswith("ours")):
                continue
            limit = SLOW_ALTERNATIVES.get((stage, variant))
            jobs.append((stage, variant, min(size, limit) if limit else size))
    if dedup_target and "dedup" in stages and dedup_target not in sizes:
        jobs += [("dedup", variant, dedup_target) for stage, variant in RUNNERS
                 if stage == "dedup" and not (ours_only and variant != "ours")]  # fmt: skip
    seen, unique = set(), []
    for job in jobs:  # a capped alternative would otherwise run once per larger size
        if job not in seen:
            seen.add(job)
            unique.append(job)
    return unique


def run(args: argparse.Namespace) -> dict[str, Any]:
    from benchmarks.scratch import scratch_database

    workdir = args.workdir.resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    jobs = plan(args.sizes, args.stages, 0 if args.quick else args.dedup_target, args.ours_only)
    results: dict[str, Any] = {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "command": "python -m benchmarks " + " ".join(shlex.quote(a) for a in args.argv),
        "machine": machine.describe(),
        "load_before": machine.load_average(),
        "stages": [],
    }
    needs_db = any(stage in DB_STAGES for stage, _, _ in jobs)
    with scratch_database("stages") if needs_db else nullcontext() as scratch:
        env = BenchEnv(scratch.dsn if scratch else None, workdir)
        for stage, variant, size in jobs:
            if stage == "dedup" and variant != "ours" and size > EXACT_MAX_SIZE:
                continue
            print(f"[bench] {stage} / {variant} / {size:,} articles ...", flush=True)
            result = run_in_child(stage, variant, CorpusSpec(size, args.seed), env, args.timeout)
            results["stages"].append(result.to_json())
            print(f"[bench]   {_summary(result.to_json())}", flush=True)
    results["airflow"] = {} if args.skip_airflow else _airflow(workdir, quick=args.quick)
    results["load_after"] = machine.load_average()
    return results


def _airflow(workdir: Path, quick: bool) -> dict[str, Any]:
    env = airflow_cost.airflow_env()
    if env is None:
        reason = airflow_cost.airflow_problem(env)
        print(f"[bench] Airflow cost skipped: {reason}")
        return {"dags_test": {"skipped": reason}}
    print("[bench] DAG-file parse time ...", flush=True)
    out: dict[str, Any] = {"dag_parse": airflow_cost.dag_parse_times(env)}
    if quick:
        out["dags_test"] = {
            "skipped": "--quick (one `airflow dags test` of both DAGs takes about 1.5 minutes)"
        }
    elif problem := airflow_cost.airflow_problem(env):
        print(f"[bench] airflow dags test skipped: {problem}")
        out["dags_test"] = {"skipped": problem}
    else:
        print("[bench] airflow dags test (both DAGs) vs in-process on the demo site ...", flush=True)
        out["dags_test"] = airflow_cost.dags_test_vs_inprocess(env, workdir)
    return out


def _summary(result: dict[str, Any]) -> str:
    figures = result["figures"]
    if "skipped" in figures:
        return f"skipped: {figures['skipped']}"
    rss = f"peak RSS {result['peak_rss_mb']:.0f} MiB"
    if "seconds" not in figures:
        return f"{ {k: v for k, v in figures.items() if k != 'rss_at_start_mb'} } {rss}"
    per_s = report.rate(result)
    return f"{per_s:,.1f} articles/s ({report.rate(result, per_cpu=True):,.1f}/CPU-s), {rss} | {report.notes(result)}"


def merge_stages(earlier: list[dict[str, Any]], later: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows of both runs; for a (stage, variant, size) measured in both, the later run's row. Rows of runners
    that no longer exist are dropped."""
    merged = {
        (r["stage"], r["variant"], r["size"]): r
        for r in [*earlier, *later]
        if (r["stage"], r["variant"]) in RUNNERS
    }
    return sorted(merged.values(), key=lambda r: (r["size"], r["stage"]))


def combine(runs: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Several runs as one, in the order they ran: a later run's row replaces an earlier one; the Airflow
    figures are the latest run's that has them; the header lists every command."""
    runs = sorted(runs, key=lambda r: r["date"])
    stages: list[dict[str, Any]] = []
    for one in runs:
        stages = merge_stages(stages, one["stages"])
    return {
        "date": runs[0]["date"] if len(runs) == 1 else f"{runs[0]['date']} to {runs[-1]['date']}",
        "command": " ; ".join(r["command"] for r in runs),
        "machine": runs[-1]["machine"],
        "load_before": runs[0]["load_before"],
        "load_after": runs[-1]["load_after"],
        "stages": stages,
        "airflow": next((r["airflow"] for r in reversed(runs) if r.get("airflow")), {}),
    }


def print_ratios(results: dict[str, Any]) -> None:
    print("\nThroughput ratios (above 1: the first is faster; wall and CPU time, same run):")
    stages = results["stages"]
    for r in stages:
        shown = report.row_ratios(stages, r)
        if shown:
            label = (
                f"{r['variant']} / row-by-row INSERT"
                if r["stage"] in report.BASELINES
                else f"ours / {r['variant']}"
            )
            print(
                f"  {r['stage']:8} {label:50} at {r['size']:>7,}: {shown[0]:8.2f} (CPU {shown[1] or 0:8.2f})"
            )
    print("\nTargets:")
    for target, measured, reached in report.targets(stages):
        print(f"  [{reached}] {target}: {measured}")


def main(argv: Sequence[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated corpus sizes")
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_SIZE} articles, no `airflow dags test`")
    parser.add_argument("--stages", default=",".join(report.STAGE_ORDER))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=3600, help="per stage and size, seconds")
    parser.add_argument("--skip-airflow", action="store_true")
    parser.add_argument(
        "--ours-only", action="store_true", help="skip the alternatives (e.g. for a 100k run)"
    )
    parser.add_argument(
        "--dedup-target-size", dest="dedup_target", type=int, default=DEDUP_TARGET_SIZE,
        help="extra corpus size for dedup only (the 50x-at-20k target); 0: none",
    )  # fmt: skip
    parser.add_argument("--workdir", type=Path, default=REPO_ROOT / ".local" / "bench")
    parser.add_argument("--docs", type=Path, default=REPO_ROOT / "docs")
    parser.add_argument("--no-docs", action="store_true", help="print only; leave docs/ alone")
    parser.add_argument("--report-only", type=Path, help="re-render docs from a results JSON file")
    parser.add_argument(
        "--merge", type=Path, action="append", default=[],
        help="combine with the rows of another results JSON (e.g. a separate 100k run); later runs win",
    )  # fmt: skip
    args = parser.parse_args(argv)
    args.argv = argv
    args.sizes = [QUICK_SIZE] if args.quick else [int(s) for s in args.sizes.split(",") if s]
    args.stages = [s for s in args.stages.split(",") if s]

    if args.report_only:
        results = json.loads(args.report_only.read_text())
    else:
        results = run(args)
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        saved = args.workdir / f"results-{stamp}.json"
        saved.write_text(json.dumps(results, indent=1, default=str))
        print(f"\nfigures saved to {saved}")
    if args.merge:
        results = combine([results, *(json.loads(path.read_text()) for path in args.merge)])
    print_ratios(results)
    if not args.no_docs:
        page = report.write(results, args.docs)
        print(f"wrote {page} and {args.docs / 'img'}/{{{','.join(report.PLOT_FILES)}}}")


if __name__ == "__main__":
    main()
