# Two commands: `make run` (set up everything, run both DAGs on the demo site, print a report) and
# `make test` (same setup, then the test suite). Needs only python3 (3.10-3.13), git and make.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.8
RUN_DATE ?= $(shell date -u +%Y-%m-%d)
DEMO_PORT ?= 8765
AIRFLOW_PORT ?= 8080
PYTEST_ARGS ?=
export NEWS_ETL_DEMO_PORT := $(DEMO_PORT)
# pgserver keeps its lock file in the runtime dir; give it one that exists on every machine.
export XDG_RUNTIME_DIR := $(CURDIR)/.local/run
ENV := source .local/env.sh &&

.PHONY: help install lock docs up down airflow-db demo-start demo-stop run run-celery run-bad test lint airflow eval eval-parse eval-dedup eval-dedup-quick bench bench-quick clean

help:
	@echo "make run      set up (venv, embedded PostgreSQL, Airflow DB, demo site) and run both DAGs end to end"
	@echo "make test     same setup, then the whole test suite"
	@echo "make run-celery  like run, on CeleryExecutor: Redis broker, two Celery workers, runs triggered via the API"
	@echo "make run-bad  like run, with a demo page carrying an implausible troop count (quarantine + alert)"
	@echo "make airflow  Airflow UI on http://localhost:8080 (api-server, scheduler, dag-processor, triggerer)"
	@echo "make eval / eval-parse / eval-dedup / bench / bench-quick   accuracy and speed figures"
	@echo "make lint     ruff (AIR rules, complexity), format check, mypy"
	@echo "make lock     re-resolve pyproject.toml into requirements.txt (runtime) and requirements-dev.txt"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Byte-compiled at install: every Airflow task is a fresh interpreter, and compiling Airflow and Great Expectations
# from source in each cost seconds per task (bench profile). The dev lock (runtime + test + bench + dev groups) is
# installed exactly; the runtime package editable and without dependencies (they are all locked). The checkout's
# tooling packages (dev/, evals/, benchmarks/) are put on the venv's path by a .pth file: importable here, never
# part of the runtime package or the production image.
$(VENV)/.installed: requirements-dev.txt pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	$(BIN)/uv pip install --quiet --compile-bytecode --python $(BIN)/python -r requirements-dev.txt
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -e .
	echo "$(CURDIR)" > "$$($(BIN)/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')/news_etl_checkout.pth"
	touch $@

install: $(VENV)/.installed

# Two exact locks: requirements.txt (runtime, what the production image installs) and requirements-dev.txt
# (runtime + the test, bench and dev groups, constrained to the same runtime pins).
lock: | $(BIN)/python
	$(BIN)/python -m pip install --quiet uv==$(UV_VERSION)
	$(BIN)/uv pip compile pyproject.toml --python-version 3.11 -o requirements.txt
	$(BIN)/uv pip compile pyproject.toml --group test --group bench --group dev -c requirements.txt \
	  --python-version 3.11 -o requirements-dev.txt

up: install
	@mkdir -p -m 700 .local/run
	$(BIN)/news-etl dev up --root "$(CURDIR)" --demo-port $(DEMO_PORT)
	$(ENV) $(BIN)/airflow db migrate > .local/airflow-db-migrate.log 2>&1 || { cat .local/airflow-db-migrate.log; exit 1; }
	$(ENV) $(BIN)/airflow pools set news_http 4 "Concurrent HTTP fetch tasks (news_ingest)" > /dev/null
	$(ENV) $(BIN)/news-etl migrate

down:
	-@$(MAKE) --no-print-directory demo-stop
	@if [ -x $(BIN)/news-etl ]; then $(BIN)/news-etl dev down; fi

demo-start: install
	@mkdir -p .local
	@if [ -f .local/demo.pid ] && kill -0 $$(cat .local/demo.pid) 2>/dev/null; then kill $$(cat .local/demo.pid); sleep 0.3; fi
	@$(BIN)/news-etl demo-site --port $(DEMO_PORT) $(DEMO_FLAGS) > .local/demo-site.log 2>&1 & echo $$! > .local/demo.pid
	@for i in $$(seq 50); do $(BIN)/python -c "import urllib.request as u; u.urlopen('http://127.0.0.1:$(DEMO_PORT)/robots.txt')" 2>/dev/null && break; sleep 0.2; done
	@echo "demo site on http://127.0.0.1:$(DEMO_PORT)/"

demo-stop:
	@if [ -f .local/demo.pid ]; then kill $$(cat .local/demo.pid) 2>/dev/null || true; rm -f .local/demo.pid; fi

# MENTIONS_MAY_FAIL=1 (run-bad): a failed validation is the expected outcome, shown by the report and the sink.
run: up demo-start
	$(ENV) $(BIN)/news-etl report snapshot
	$(ENV) $(BIN)/airflow dags test news_ingest $(RUN_DATE) > .local/news_ingest.log 2>&1 \
	  || { tail -50 .local/news_ingest.log; $(MAKE) --no-print-directory down; exit 1; }
	status=0; $(ENV) $(BIN)/airflow dags test deployment_mentions $(RUN_DATE) > .local/deployment_mentions.log 2>&1 || status=$$?; \
	  $(ENV) $(BIN)/news-etl report show; $(MAKE) --no-print-directory down; \
	  if [ $$status -ne 0 ]; then echo "deployment_mentions failed (log: .local/deployment_mentions.log)"; \
	    [ -n "$(MENTIONS_MAY_FAIL)" ] || exit $$status; fi

# The team setup on one machine (dev/celery_stack.py): Redis broker, api-server, scheduler, dag-processor and two
# Celery workers on their own metadata DB; both DAGs triggered through the REST API, one after the other.
# Same warehouse and report as `make run`.
run-celery: up demo-start
	bash scripts/install_redis.sh
	$(ENV) $(BIN)/news-etl report snapshot
	status=0; $(ENV) $(BIN)/python -m dev.celery_stack run --logical-date $(RUN_DATE) || status=$$?; \
	  $(ENV) $(BIN)/news-etl report show; $(MAKE) --no-print-directory down; exit $$status

# The demo site also serves a page claiming 50 million soldiers: validation quarantines it and alerts a local
# sink (webhook + SMTP) that prints what it receives.
run-bad: install
	@mkdir -p .local
	@$(BIN)/python -m dev.alert_sink > .local/alert-sink.log 2>&1 & echo $$! > .local/alert-sink.pid
	status=0; AIRFLOW_CONN_NEWS_ALERTS_WEBHOOK='http://127.0.0.1:9000/hook' \
	  AIRFLOW_CONN_SMTP_DEFAULT='smtp://127.0.0.1:8025?disable_tls=true&disable_ssl=true&from_email=news-etl%40localhost' \
	  AIRFLOW_VAR_NEWS_ALERT_EMAILS='oncall@example.org' \
	  $(MAKE) --no-print-directory run DEMO_FLAGS=--bad MENTIONS_MAY_FAIL=1 || status=$$?; \
	  sleep 1; kill $$(cat .local/alert-sink.pid) 2>/dev/null || true; \
	  echo "== alerts received by the local sink =="; cat .local/alert-sink.log; exit $$status

# The browser test needs Debian's chromium: installed when possible (root + apt-get), else the test skips loudly.
test: up
	bash scripts/install_browser.sh
	status=0; $(ENV) $(BIN)/python -m pytest $(PYTEST_ARGS) || status=$$?; $(MAKE) --no-print-directory down; exit $$status

# ruff (incl. Airflow's AIR rules and a complexity limit), the format check, and mypy over the runtime package
# and the DAGs (settings in pyproject.toml).
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# Not `airflow standalone`: it starts its components by the bare name `airflow`, which is not on PATH when the
# venv is not activated. dev/airflow_local.py starts them with the venv's airflow and stops them on Ctrl-C.
airflow: up demo-start
	$(ENV) exec $(BIN)/python -m dev.airflow_local --port $(AIRFLOW_PORT)

eval: install
	$(BIN)/python -m evals.extract

eval-parse: install
	$(BIN)/python -m evals.parse

eval-dedup: install
	$(BIN)/python -m evals.dedup

eval-dedup-quick: install
	$(BIN)/python -m evals.dedup --skip-100k

docs: up
	$(ENV) $(BIN)/python -m news_etl.warehouse.dictionary

bench: up
	$(ENV) $(BIN)/python -m benchmarks

bench-quick: up
	$(ENV) $(BIN)/python -m benchmarks --quick

clean: down
	rm -rf .local
