from __future__ import annotations

from benchmarks.__main__ import combine, plan


def _run(date, rows, airflow=None):
    return {"date": date, "command": f"run at {date}", "machine": {"cpus": 2}, "load_before": f"b {date}",
            "load_after": f"a {date}", "stages": rows, "airflow": airflow or {}}  # fmt: skip


def _row(variant, size, seconds, stage="parse"):
    return {"stage": stage, "variant": variant, "size": size, "figures": {"items": size, "seconds": seconds}}


def test_combine_keeps_the_latest_row_and_the_latest_airflow_figures():
    early = _run(
        "2026-11-25 12:00 UTC", [_row("ours", 100, 1.0), _row("trafilatura", 100, 2.0)], {"dag_parse": [1]}
    )
    late = _run("2026-11-25 13:00 UTC", [_row("ours", 100, 5.0), _row("no longer a runner", 100, 1.0)])
    combined = combine([late, early])
    assert [(r["variant"], r["figures"]["seconds"]) for r in combined["stages"]] == [
        ("ours", 5.0),
        ("trafilatura", 2.0),
    ]
    assert combined["airflow"] == {"dag_parse": [1]}
    assert combined["date"] == "2026-11-25 12:00 UTC to 2026-11-25 13:00 UTC"
    assert combined["command"] == "run at 2026-11-25 12:00 UTC ; run at 2026-11-25 13:00 UTC"
    assert (combined["load_before"], combined["load_after"]) == (
        "b 2026-11-25 12:00 UTC",
        "a 2026-11-25 13:00 UTC",
    )


def test_plan_caps_slow_alternatives_and_adds_the_dedup_target_size():
    jobs = plan([1000, 10000], ["extract", "dedup"], dedup_target=20000)
    assert ("extract", "quantulum3", 2000) in jobs
    assert [j for j in jobs if j[:2] == ("extract", "quantulum3")] == [
        ("extract", "quantulum3", 1000),
        ("extract", "quantulum3", 2000),
    ]
    assert {("dedup", v, 20000) for v in ("ours", "brute force", "recall")} <= set(jobs)


def test_plan_ours_only_skips_alternatives():
    jobs = plan([100000], ["load"], dedup_target=0, ours_only=True)
    assert all(variant.startswith("ours") for _, variant, _ in jobs)
    assert all(size == 100000 for _, _, size in jobs)
