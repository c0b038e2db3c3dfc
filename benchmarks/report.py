"""docs/benchmarks.md and the plots in docs/img/, from the figures of one benchmark run.

The generated part of the page sits between two markers and is replaced on every run; text around it
(analysis, hot spots) is written by hand and kept.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

BEGIN = "<!-- bench:generated:begin -->"
END = "<!-- bench:generated:end -->"
STAGE_ORDER = ("parse", "dedup", "extract", "load", "chain")
STAGE_TITLES = {
    "parse": "parse + clean (transform_page)",
    "dedup": "dedup (signatures + planner)",
    "extract": "extract (extract_mentions)",
    "load": "load into PostgreSQL",
    "chain": "whole chain, both DAGs in-process",
}
OURS = "ours"
# Stages whose every variant is compared with one baseline (the naive way), rather than ours with each
# alternative: all load variants against row-by-row INSERT.
BASELINES = {"load": "row-by-row INSERT"}
PLOT_FILES = ("bench-throughput.png", "bench-memory.png")
TARGETS = {
    "chain_per_s": 300,
    "sentences_per_s": 20_000,
    "copy_ratio": 10,
    "dedup_ratio": 50,
    "dedup_recall": 0.95,
    "peak_mb_100k": 1.5e9 / 2**20,  # 1.5 GB = 1,431 MiB
}


def rate(result: Mapping[str, Any], per_cpu: bool = False) -> float | None:
    """Items per second (wall, or per CPU-second) of a stage result; None when it was skipped."""
    figures = result["figures"]
    seconds = figures.get("cpu_seconds" if per_cpu else "seconds")
    return figures["items"] / seconds if seconds and "skipped" not in figures else None


def is_ours(result: Mapping[str, Any]) -> bool:
    return result["variant"].startswith(OURS)


def reference(results: Sequence[Mapping[str, Any]], stage: str, size: int) -> Mapping[str, Any] | None:
    """The row the alternatives of a stage are compared with: the first 'ours' row measured at that size, else
    at the nearest size (an alternative too slow for the full corpus is measured on a prefix of it)."""
    candidates = [r for r in results if r["stage"] == stage and is_ours(r) and rate(r)]
    return min(candidates, key=lambda r: abs(r["size"] - size), default=None)


def ratio(ours: Mapping[str, Any] | None, theirs: Mapping[str, Any], per_cpu: bool = False) -> float | None:
    """Throughput ours / theirs: above 1, ours is faster."""
    if ours is None:
        return None
    mine, other = rate(ours, per_cpu), rate(theirs, per_cpu)
    return mine / other if mine and other else None


def row_ratios(
    results: Sequence[Mapping[str, Any]], row: Mapping[str, Any]
) -> tuple[float, float | None] | None:
    """(wall, CPU) throughput ratio shown beside a row: ours / this alternative, or, for a stage with a
    baseline, this variant / the baseline. None for the reference rows themselves."""
    baseline_variant = BASELINES.get(row["stage"])
    if baseline_variant:
        if row["variant"] == baseline_variant:
            return None
        mine, theirs = row, _measured(results, row["stage"], baseline_variant, row["size"])
    elif is_ours(row):
        return None
    else:
        mine, theirs = reference(results, row["stage"], row["size"]), row
    if mine is None or theirs is None:
        return None
    wall = ratio(mine, theirs)
    return (wall, ratio(mine, theirs, per_cpu=True)) if wall else None


def _measured(
    results: Sequence[Mapping[str, Any]], stage: str, variant: str, size: int
) -> Mapping[str, Any] | None:
    key = (stage, variant, size)
    return next((r for r in results if (r["stage"], r["variant"], r["size"]) == key and rate(r)), None)


def notes(result: Mapping[str, Any]) -> str:
    f = result["figures"]
    if "skipped" in f:
        return f"not measured: {f['skipped']}"
    stage = result["stage"]
    if stage == "parse":
        flags = {k: f[k] for k in ("rejected", "text_mismatch", "empty") if f.get(k)}
        return f"warm-up {f['warmup_s']:.1f} s" + (f"; {flags}" if flags else "")
    if stage == "dedup" and result["variant"] == "recall":
        return f"recall {f['recall']:.3f} of {f['true_pairs']} pairs at exact Jaccard >= {f['threshold']}"
    if stage == "dedup" and "mode" in f:
        return f"{f['mode']}: {f['pairs_measured']:,} of {f['pairs']:,} pairs"
    if stage == "dedup":
        return (
            f"signatures {f['signatures_s']:.1f} s + planner {f['planning_s']:.2f} s; index rebuild "
            f"{f['rebuild_s']:.2f} s; copies found {f['label_recall']:.3f}; originals merged {f['originals_merged']}"
        )
    if stage == "extract":
        per_s = f["sentences"] / f["seconds"] if f["seconds"] else 0
        per_cpu = f["sentences"] / f["cpu_seconds"] if f["cpu_seconds"] else 0
        return (
            f"{per_s:,.0f} sentences/s ({per_cpu:,.0f}/CPU-s); {f['mentions']} mentions for "
            f"{f['troop_sentences']} troop sentences; troop pages hit {f['troop_pages_found']:.2f}, "
            f"other pages hit {f['other_pages_found']:.3f}"
        )
    if stage == "load" and "staging_s" in f:
        return f"staging {f['staging_s']:.1f} s + load_stage {f['insert_select_s']:.1f} s; {f['loaded']} rows"
    if stage == "load":
        return f"{f['loaded']} rows"
    if stage == "chain":
        failure = f"; mentions DAG: {f['mentions_failure']}" if f.get("mentions_failure") else ""
        return (
            f"news_ingest {f['ingest_s']:.1f} s + deployment_mentions {f['mentions_s']:.1f} s; loaded "
            f"{f['loaded']}, duplicates {f['duplicates']}, rejected {f['rejected']}, mentions {f['published']}"
            + failure
        )
    return ""


def _fmt(value: float | None, digits: int = 1) -> str:
    if value is None:
        return "–"
    return f"{value:,.{digits}f}"


def stage_table(results: Sequence[Mapping[str, Any]]) -> str:
    lines = [
        "| Stage | Variant | Articles | Time (s) | Articles/s | Articles/CPU-s | Peak RSS (MiB) "
        "| ours/theirs (wall; CPU)¹ | Notes |",
        "|---|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for stage in STAGE_ORDER:
        for size in sorted({r["size"] for r in results if r["stage"] == stage}):
            for r in (r for r in results if r["stage"] == stage and r["size"] == size):
                f = r["figures"]
                shown = row_ratios(results, r)
                ratios = "" if shown is None else f"{shown[0]:,.2f}; {_fmt(shown[1], 2)}"
                timed = "seconds" in f
                lines.append(
                    f"| {STAGE_TITLES[stage]} | {r['variant']} | {size:,} | "
                    f"{_fmt(f.get('seconds')) if timed else '–'} | {_fmt(rate(r)) if timed else '–'} | "
                    f"{_fmt(rate(r, per_cpu=True)) if timed else '–'} | {_fmt(r.get('peak_rss_mb'), 0)} | "
                    f"{ratios} | {notes(r)} |"
                )
    return "\n".join(lines)


def targets(results: Sequence[Mapping[str, Any]]) -> list[tuple[str, str, str]]:
    """(target, measured, reached?) for the issue's targets, from whatever sizes were run."""

    def largest(stage: str, variant: str) -> Mapping[str, Any] | None:
        rows = [r for r in results if r["stage"] == stage and r["variant"] == variant and rate(r)]
        return max(rows, key=lambda r: r["size"], default=None)

    rows: list[tuple[str, str, str]] = []
    chain = largest("chain", OURS)
    if chain:
        f = chain["figures"]
        ingest_rate = f["items"] / f["ingest_s"] if f.get("ingest_s") else None
        rows.append((
            f"whole chain >= {TARGETS['chain_per_s']} articles/s (one core, no network)",
            f"{rate(chain):,.1f}/s wall, {rate(chain, per_cpu=True):,.1f}/CPU-s at {chain['size']:,}; "
            f"news_ingest alone {_fmt(ingest_rate)}/s",
            _yes(rate(chain, per_cpu=True) >= TARGETS["chain_per_s"]),
        ))  # fmt: skip
    extract = largest("extract", OURS)
    if extract:
        f = extract["figures"]
        wall, cpu = f["sentences"] / f["seconds"], f["sentences"] / f["cpu_seconds"]
        rows.append((
            f"extraction >= {TARGETS['sentences_per_s']:,} sentences/s",
            f"{wall:,.0f}/s wall, {cpu:,.0f}/CPU-s at {extract['size']:,} articles",
            _yes(cpu >= TARGETS["sentences_per_s"]),
        ))  # fmt: skip
    for variant, shape in (("ours, COPY variant", "COPY into staging + load_stage"),
                           ("COPY into news.articles", "COPY straight into news.articles")):  # fmt: skip
        pairs = [(copy, _measured(results, "load", "row-by-row INSERT", copy["size"]))
                 for copy in results if copy["stage"] == "load" and copy["variant"] == variant and rate(copy)]  # fmt: skip
        pairs = [(copy, rowwise) for copy, rowwise in pairs if rowwise]
        if pairs:
            copy, rowwise = max(pairs, key=lambda pair: pair[0]["size"])
            value = ratio(copy, rowwise)
            rows.append((
                f"COPY >= {TARGETS['copy_ratio']}x row-by-row INSERT",
                f"{value:,.1f}x at {copy['size']:,} rows ({shape} vs INSERT per row)",
                _yes(value >= TARGETS["copy_ratio"]),
            ))  # fmt: skip
    rows.extend(_dedup_target(results))
    at_100k = [r for r in results if r["size"] >= 100_000 and r.get("peak_rss_mb") and is_ours(r)]
    if at_100k:
        peak = max(at_100k, key=lambda r: r["peak_rss_mb"])
        rows.append((
            "peak memory < 1.5 GB (1,431 MiB) at 100k articles",
            f"{peak['peak_rss_mb']:,.0f} MiB ({peak['stage']}, the largest of our stages run at 100k: "
            f"{', '.join(sorted({r['stage'] for r in at_100k}))})",
            _yes(peak["peak_rss_mb"] < TARGETS["peak_mb_100k"]),
        ))  # fmt: skip
    else:
        rows.append(("peak memory < 1.5 GB (1,431 MiB) at 100k articles", "100k not run", "not measured"))
    return rows


def _dedup_target(results: Sequence[Mapping[str, Any]]) -> list[tuple[str, str, str]]:
    sizes = sorted({r["size"] for r in results if r["stage"] == "dedup"})
    if not sizes:
        return []
    size = 20_000 if 20_000 in sizes else sizes[-1]
    pick = {r["variant"]: r for r in results if r["stage"] == "dedup" and r["size"] == size}
    ours, brute, recall = pick.get(OURS), pick.get("brute force"), pick.get("recall")
    if not (ours and brute and rate(ours) and rate(brute)):
        return []
    value = ratio(ours, brute)
    recall_value = recall["figures"].get("recall") if recall else None
    mode = brute["figures"]["mode"]
    return [(
        f"dedup >= {TARGETS['dedup_ratio']}x brute force at 20k, recall >= {TARGETS['dedup_recall']}",
        f"{value:,.0f}x at {size:,} (brute force {mode}); recall {_fmt(recall_value, 3)}",
        _yes(value >= TARGETS["dedup_ratio"] and (recall_value or 0) >= TARGETS["dedup_recall"]),
    )]  # fmt: skip


def _yes(reached: bool) -> str:
    return "yes" if reached else "**no**"


def airflow_section(airflow: Mapping[str, Any]) -> str:
    lines = ["### The cost of Airflow itself", ""]
    parse = airflow.get("dag_parse") or []
    if parse:
        lines += ["| DAG file | `import airflow.sdk` (s) | DAG file itself (s) | whole process (s) |",
                  "|---|---:|---:|---:|"]  # fmt: skip
        lines += [
            f"| {p['dag_file']} | {p['airflow_import_s']:.2f} | {p['dag_file_s']:.3f} | {p['process_s']:.2f} |"
            for p in parse
        ]
        lines.append("")
    test = airflow.get("dags_test") or {}
    if "skipped" in test:
        lines.append(f"`airflow dags test` not run: {test['skipped']}")
    elif test:
        airflow_s = sum(test.get(f"{dag}_s", 0.0) for dag in ("news_ingest", "deployment_mentions"))
        inprocess_s = test.get("inprocess_s")
        lines += [
            "| Both DAGs on the demo site | wall (s) | articles loaded | mentions published |",
            "|---|---:|---:|---:|",
            f"| `airflow dags test` news_ingest + deployment_mentions | {airflow_s:.1f} "
            f"(ingest {test.get('news_ingest_s', 0):.1f}, mentions {test.get('deployment_mentions_s', 0):.1f}) | "
            f"{test.get('airflow_loaded')} | {test.get('airflow_mentions')} |",
            f"| in-process (`news_etl.pipeline.inprocess`), fresh interpreter | {_fmt(inprocess_s)} | "
            f"{test.get('inprocess_loaded')} | {test.get('inprocess_mentions')} |",
            "",
            f"Airflow / in-process wall time: **{airflow_s / inprocess_s:.1f}x**" if inprocess_s else "",
        ]
        if test.get("inprocess_error"):
            lines.append(f"\nin-process run failed: `{test['inprocess_error'][-300:]}`")
    return "\n".join(lines)


def render(run: Mapping[str, Any]) -> str:
    """The generated section of docs/benchmarks.md."""
    machine = run["machine"]
    stages = run["stages"]
    lines = [
        BEGIN,
        f"## Latest run: {run['date']}",
        "",
        f"Command: `{run['command']}`  ",
        f"Machine: {machine['cpus']} x {machine['cpu_model']}, Python {machine['python']}, {machine['platform']}; "
        f"load average at start {run['load_before']}, at end {run['load_after']}.",
        "",
        "```",
        machine["free_m"],
        "```",
        "",
        "### Targets",
        "",
        "| Target | Measured | Reached |",
        "|---|---|---|",
        *(f"| {t} | {m} | {ok} |" for t, m, ok in targets(stages)),
        "",
        "### Every stage, ours beside the alternatives",
        "",
        stage_table(stages),
        "",
        "¹ Throughput ratio, above 1 = faster: ours / the alternative on each alternative's row; for load, "
        "each variant / row-by-row INSERT. Alternatives measured on a prefix of the corpus are compared with "
        "ours at the nearest size.",
        "",
        "![Throughput per stage](img/bench-throughput.png)",
        "![Peak memory per stage](img/bench-memory.png)",
        "",
        airflow_section(run.get("airflow") or {}),
        END,
    ]
    return "\n".join(lines)


def splice(document: str, section: str) -> str:
    """Replace the generated section of ``document`` (or append it when the markers are missing)."""
    if BEGIN in document and END in document:
        head, rest = document.split(BEGIN, 1)
        return head + section + rest.split(END, 1)[1]
    return document.rstrip("\n") + "\n\n" + section + "\n"


def plot(stages: Sequence[Mapping[str, Any]], img_dir: Path) -> list[Path]:
    """Articles/s and peak RSS against corpus size, one panel per stage, one line per variant."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    img_dir.mkdir(parents=True, exist_ok=True)
    present = [s for s in STAGE_ORDER if any(r["stage"] == s for r in stages)]
    written = []
    cpu_rate = lambda r: rate(r, per_cpu=True)  # noqa: E731
    for filename, values, label in (
        (
            PLOT_FILES[0],
            ((rate, "-", ""), (cpu_rate, "--", " (per CPU-s)")),
            "articles/s: wall solid, per CPU-s dashed",
        ),
        (PLOT_FILES[1], ((lambda r: r.get("peak_rss_mb"), "-", ""),), "peak RSS (MiB)"),
    ):
        figure, axes = plt.subplots(1, len(present), figsize=(4.4 * len(present), 4.0), squeeze=False)
        for axis, stage in zip(axes[0], present, strict=True):
            for number, variant in enumerate(
                dict.fromkeys(r["variant"] for r in stages if r["stage"] == stage)
            ):
                for value, style, suffix in values:
                    points = _series(stages, stage, value).get(variant)
                    if not points:
                        continue
                    sizes, ys = zip(*points, strict=True)
                    axis.plot(sizes, ys, style, marker="o", color=f"C{number}", label=variant + suffix,
                              linewidth=2.5 if variant.startswith(OURS) else 1)  # fmt: skip
            axis.set_xscale("log")
            axis.set_yscale("log")
            axis.set_title(STAGE_TITLES[stage], fontsize=9)
            axis.set_xlabel("articles")
            axis.grid(True, which="both", alpha=0.3)
            axis.legend(fontsize=6)
        axes[0][0].set_ylabel(label, fontsize=8)
        figure.tight_layout()
        path = img_dir / filename
        figure.savefig(path, dpi=110)
        plt.close(figure)
        written.append(path)
    return written


def _series(stages: Iterable[Mapping[str, Any]], stage: str, value) -> dict[str, list[tuple[int, float]]]:
    series: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for r in stages:
        if r["stage"] == stage and rate(r) is not None and value(r):
            series[r["variant"]].append((r["size"], value(r)))
    return {variant: sorted(points) for variant, points in series.items()}


def write(run: Mapping[str, Any], docs_dir: Path) -> Path:
    page = docs_dir / "benchmarks.md"
    document = page.read_text(encoding="utf-8") if page.exists() else "# Benchmarks\n"
    page.write_text(splice(document, render(run)), encoding="utf-8")
    plot(run["stages"], docs_dir / "img")
    return page
