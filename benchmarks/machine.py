"""What the benchmark ran on: CPU model and count (/proc/cpuinfo), memory (free), load, versions."""

from __future__ import annotations

import os
import platform
import subprocess
from pathlib import Path
from typing import Any


def describe() -> dict[str, Any]:
    cpuinfo = Path("/proc/cpuinfo").read_text() if Path("/proc/cpuinfo").exists() else ""
    models = [line.split(":", 1)[1].strip() for line in cpuinfo.splitlines() if line.startswith("model name")]
    try:
        free = subprocess.run(["free", "-m"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        free = "free not available"
    return {
        "cpu_model": models[0] if models else platform.processor() or "unknown",
        "cpus": len(models) or os.cpu_count(),
        "free_m": free,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "loadavg": load_average(),
    }


def load_average() -> str:
    """1/5/15-minute load average: above the CPU count, other jobs were competing for the CPUs."""
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"
