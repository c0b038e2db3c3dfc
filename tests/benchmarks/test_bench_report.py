from __future__ import annotations

from benchmarks import report


def _row(stage, variant, size, items=100, seconds=2.0, cpu=1.0, peak=50.0, **extra):
    figures = {"items": items, "seconds": seconds, "cpu_seconds": cpu, **extra}
    return {
        "stage": stage,
        "variant": variant,
        "size": size,
        "figures": figures,
        "peak_rss_mb": peak,
        "wall_s": 3.0,
    }


def _run(stages, airflow=None):
    return {
        "date": "2026-11-25 12:00 UTC",
        "command": "python -m benchmarks --sizes 100",
        "machine": {
            "cpus": 2,
            "cpu_model": "Test CPU",
            "python": "3.11",
            "platform": "Linux",
            "free_m": "Mem: 1",
        },
        "load_before": "1.0 1.0 1.0",
        "load_after": "2.0 2.0 2.0",
        "stages": stages,
        "airflow": airflow or {},
    }


PARSE_OURS = _row("parse", "ours", 100, seconds=2.0, cpu=1.0, warmup_s=0.5, rejected=0, text_mismatch=0)
PARSE_THEIRS = _row("parse", "trafilatura", 100, seconds=1.0, cpu=0.25, warmup_s=0.0, empty=0)


def test_rate_and_ratio_ours_over_theirs():
    assert report.rate(PARSE_OURS) == 50.0
    assert report.rate(PARSE_OURS, per_cpu=True) == 100.0
    assert report.ratio(PARSE_OURS, PARSE_THEIRS) == 0.5
    assert report.ratio(PARSE_OURS, PARSE_THEIRS, per_cpu=True) == 0.25


def test_skipped_rows_have_no_rate_and_say_why():
    skipped = {"stage": "parse", "variant": "newspaper4k", "size": 100, "figures": {"skipped": "not installed"},
               "peak_rss_mb": None, "wall_s": 0.1}  # fmt: skip
    assert report.rate(skipped) is None
    table = report.stage_table([PARSE_OURS, skipped])
    assert "not measured: not installed" in table


def test_reference_falls_back_to_ours_at_the_nearest_size():
    ours_1k = _row("extract", "ours", 1000)
    ours_10k = _row("extract", "ours", 10000)
    assert report.reference([ours_1k, ours_10k], "extract", 2000) is ours_1k


def test_table_has_one_line_per_row_with_ratio_for_alternatives_only():
    table = report.stage_table([PARSE_OURS, PARSE_THEIRS])
    lines = table.splitlines()
    assert len(lines) == 4
    assert "| parse + clean (transform_page) | ours | 100 | 2.0 | 50.0 | 100.0 | 50 |  |" in lines[2]
    assert "| 0.50; 0.25 |" in lines[3]


def test_targets_report_reached_and_missed():
    stages = [
        _row("chain", "ours", 100, seconds=10.0, cpu=5.0, ingest_s=4.0, mentions_s=6.0),
        _row("load", "ours, COPY variant", 100, seconds=0.1),
        _row("load", "row-by-row INSERT", 100, seconds=2.0),
        _row("extract", "ours", 100, seconds=1.0, cpu=0.5, sentences=30_000),
    ]
    rows = {target.split(" ")[0]: (measured, reached) for target, measured, reached in report.targets(stages)}
    assert rows["whole"][1] == "**no**"  # 20 articles per CPU-second
    assert "news_ingest alone 25.0/s" in rows["whole"][0]
    assert rows["COPY"] == ("20.0x at 100 rows (COPY into staging + load_stage vs INSERT per row)", "yes")
    assert rows["extraction"][1] == "yes"  # 60,000 sentences per CPU-second
    assert rows["peak"] == ("100k not run", "not measured")


def test_render_and_splice_keep_hand_written_text():
    section = report.render(_run([PARSE_OURS, PARSE_THEIRS]))
    assert section.startswith(report.BEGIN) and section.endswith(report.END)
    assert "2 x Test CPU" in section
    document = f"# Benchmarks\n\nintro\n\n{report.BEGIN}\nold figures\n{report.END}\n\n## Hot spots\nkept\n"
    spliced = report.splice(document, section)
    assert "old figures" not in spliced
    assert spliced.startswith("# Benchmarks\n\nintro\n\n")
    assert spliced.endswith("\n\n## Hot spots\nkept\n")
    assert report.splice("# Benchmarks\n", section) == f"# Benchmarks\n\n{section}\n"


def test_airflow_section_compares_dags_test_with_in_process():
    airflow = {
        "dag_parse": [{"dag_file": "a.py", "airflow_import_s": 5.0, "dag_file_s": 0.2, "process_s": 6.0}],
        "dags_test": {"news_ingest_s": 30.0, "deployment_mentions_s": 50.0, "inprocess_s": 20.0,
                      "airflow_loaded": 14, "airflow_mentions": 24, "inprocess_loaded": 14, "inprocess_mentions": 24},
    }  # fmt: skip
    section = report.airflow_section(airflow)
    assert "| a.py | 5.00 | 0.200 | 6.00 |" in section
    assert "**4.0x**" in section
    assert "dags test` not run: no DB" in report.airflow_section({"dags_test": {"skipped": "no DB"}})


def test_plots_are_written(tmp_path):
    stages = [PARSE_OURS, PARSE_THEIRS, _row("parse", "ours", 1000, items=1000, seconds=10.0)]
    written = report.plot(stages, tmp_path)
    assert [p.name for p in written] == list(report.PLOT_FILES)
    assert all(p.read_bytes().startswith(b"\x89PNG") for p in written)


def test_load_variants_are_compared_with_row_by_row_insert():
    rowwise = _row("load", "row-by-row INSERT", 100, seconds=2.0, cpu=1.0)
    copy = _row("load", "ours, COPY variant", 100, seconds=0.5, cpu=0.5)
    pipeline = _row("load", "ours (row INSERT + INSERT..SELECT)", 100, seconds=8.0, cpu=0.5)
    stages = [pipeline, copy, rowwise]
    assert report.row_ratios(stages, copy) == (4.0, 2.0)
    assert report.row_ratios(stages, pipeline) == (0.25, 2.0)
    assert report.row_ratios(stages, rowwise) is None
    assert report.row_ratios([PARSE_OURS, PARSE_THEIRS], PARSE_OURS) is None
