"""`news-etl` command line. Each subcommand imports its module lazily so that, e.g., `news-etl extract` never
pays for Airflow or Great Expectations imports."""

from __future__ import annotations

import argparse
import importlib
import sys

# subcommand -> (module with a `main(argv) -> int`, help)
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "migrate": ("news_etl.warehouse.cli", "apply the warehouse migrations (idempotent)"),
    "parse": ("news_etl.parse.cli", "parse saved HTML files into article records (JSON lines)"),
    "extract": ("news_etl.extract.cli", "extract troop-count mentions from JSON lines on stdin"),
    "dev": ("news_etl.devenv.cli", "local environment: embedded PostgreSQL up/down, env file"),
    "demo-site": ("news_etl.demo_site.server", "serve the demo news site on 127.0.0.1"),
    "report": ("news_etl.devenv.report", "print the run report of the last demo run"),
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
    module = importlib.import_module(module_name)
    return int(module.main(argv[1:]) or 0)


if __name__ == "__main__":
    sys.exit(main())
