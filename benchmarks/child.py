"""Run one benchmark runner in this process and write its figures as JSON; the parent reads this process's
peak RSS from wait4(), so every stage's memory is measured alone.

    python -m benchmarks.child STAGE VARIANT --size N --seed S --workdir DIR [--dsn DSN] --result FILE
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from benchmarks.corpus import CorpusSpec
from benchmarks.stages import RUNNERS, BenchEnv
from benchmarks.timing import rss_mb


@dataclass(frozen=True)
class StageResult:
    stage: str
    variant: str
    size: int
    figures: dict[str, Any]
    peak_rss_mb: float | None
    wall_s: float  # the whole child process, setup included

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def run_in_child(stage: str, variant: str, spec: CorpusSpec, env: BenchEnv, timeout_s: float) -> StageResult:
    """Run the runner in a fresh interpreter; figures plus that process's peak RSS."""
    result_file = env.workdir / f"result-{stage}-{variant.replace(' ', '_')}-{spec.size}.json"
    result_file.unlink(missing_ok=True)
    command = [sys.executable, "-m", "benchmarks.child", stage, variant, "--size", str(spec.size),
               "--seed", str(spec.seed), "--workdir", str(env.workdir), "--result", str(result_file)]  # fmt: skip
    if env.dsn:
        command += ["--dsn", env.dsn]
    started = time.perf_counter()
    process = subprocess.Popen(command)
    try:
        _, status, usage = _wait4(process, timeout_s)
    except TimeoutError:
        process.kill()
        os.wait4(process.pid, 0)
        process.returncode = -9
        return StageResult(stage, variant, spec.size, {"skipped": f"timed out after {timeout_s:.0f} s"}, None,
                           time.perf_counter() - started)  # fmt: skip
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0 or not result_file.exists():
        figures: dict[str, Any] = {"skipped": f"failed (exit {process.returncode}), see the log above"}
    else:
        figures = json.loads(result_file.read_text())
    return StageResult(stage, variant, spec.size, figures, usage.ru_maxrss / 1024, wall)


def _wait4(process: subprocess.Popen, timeout_s: float) -> tuple[int, int, resource.struct_rusage]:
    """wait4 with a deadline: polls, because wait4 itself has no timeout."""
    deadline = time.monotonic() + timeout_s
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            return pid, status, usage
        if time.monotonic() > deadline:
            raise TimeoutError
        time.sleep(0.05)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("stage")
    parser.add_argument("variant")
    parser.add_argument("--size", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workdir", type=Path, required=True)
    parser.add_argument("--dsn")
    parser.add_argument("--result", type=Path, required=True)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    runner = RUNNERS[(args.stage, args.variant)]
    before = rss_mb()
    figures = runner(CorpusSpec(args.size, args.seed), BenchEnv(args.dsn, args.workdir))
    figures["rss_at_start_mb"] = before
    args.result.write_text(json.dumps(figures, default=str))


if __name__ == "__main__":
    main()
