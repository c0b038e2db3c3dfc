"""`news-etl` command line. Each subcommand imports its module lazily so that, e.g., `news-etl extract` never
pays for Airflow or Great Expectations imports."""

from __future__ import annotations

import argparse
import importlib
import sys

# subcommand -> (module with a `main(argv) -> int`, help). The last three live in the checkout's dev/ package
# (the development environment behind make), which is importable in the checkout's venv but not shipped in the
# runtime package or the production image.
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "migrate": ("news_etl.warehouse.cli", "apply the warehouse migrations (idempotent)"),
    "parse": ("news_etl.parse.cli", "parse saved HTML files into article records (JSON lines)"),
    "extract": ("news_etl.extract.cli", "extract troop-count mentions from JSON lines on stdin"),
    "dev": ("dev.cli", "local environment: embedded PostgreSQL up/down, env file (checkout only)"),
    "demo-site": ("dev.demo_site.server", "serve the demo news site on 127.0.0.1 (checkout only)"),
    "report": ("dev.report", "print the run report of the last demo run (checkout only)"),
}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help") or argv[0] not in SUBCOMMANDS:
        parser = argparse.ArgumentParser(prog="news-etl", description=__doc__)
        parser.add_argument("command", choices=sorted(SUBCOMMANDS))
        parser.epilog = "\n".join(f"{name}: {help_}" for name, (_, help_) in SUBCOMMANDS.items())
        parser.print_help()
        return 0 if argv and argv[0] in ("-h", "--help") else 2
    module_name, _ = SUBCOMMANDS[argv[0]]
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name != module_name.split(".")[0]:
            raise
        print(f"news-etl {argv[0]}: a development command, available in a checkout's venv (make install)")
        return 2
    return int(module.main(argv[1:]) or 0)


if __name__ == "__main__":
    sys.exit(main())
