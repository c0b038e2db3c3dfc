#!/usr/bin/env bash
# Make sure the browser test (tests/browser, marker `browser`) has a Chromium: Debian's `chromium` package,
# driven by the `playwright` Python package from the lock. Playwright's own browser download is never used.
# Installs with apt-get when it is missing and we can (root + apt-get); otherwise says why and exits 0, and
# the test skips itself with that reason. Override the binary with NEWS_ETL_CHROMIUM=/path/to/chromium.
set -euo pipefail

chromium="${NEWS_ETL_CHROMIUM:-/usr/bin/chromium}"

if [ -x "$chromium" ]; then
    echo "browser test: using $("$chromium" --version 2>/dev/null || echo "$chromium")"
    exit 0
fi
if ! command -v apt-get > /dev/null; then
    echo "browser test: no Chromium at $chromium and no apt-get here; install Chromium yourself (and set" \
         "NEWS_ETL_CHROMIUM) or the browser test will be skipped" >&2
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "browser test: no Chromium at $chromium; run 'sudo apt-get install -y chromium' (not root here)," \
         "or the browser test will be skipped" >&2
    exit 0
fi
# Recommends pull in printing and desktop services; of them only a font is needed for readable screenshots.
echo "browser test: installing Debian's chromium with apt-get ..."
if DEBIAN_FRONTEND=noninteractive apt-get update -qq \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-liberation > /dev/null; then
    echo "browser test: installed $("$chromium" --version 2>/dev/null || echo chromium)"
else
    echo "browser test: apt-get could not install chromium; the browser test will be skipped" >&2
fi
