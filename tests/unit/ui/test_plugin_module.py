"""Every Airflow component imports the plugins folder: the plugin module must add nothing to what Airflow's
plugin manager already imported (no FastAPI app, auth code or warehouse queries until the first request)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

PROBE = """
import json, sys
sys.path.insert(0, sys.argv[1])
import airflow.plugins_manager
before = set(sys.modules)
import troop_mentions_plugin as plugin
print(json.dumps({
    "added": sorted(set(sys.modules) - before),
    "views": plugin.TroopMentionsPlugin.external_views,
    "prefixes": [app["url_prefix"] for app in plugin.TroopMentionsPlugin.fastapi_apps],
}))
"""


def test_plugin_module_imports_nothing_but_itself_and_links_its_view_to_its_app() -> None:
    probe = subprocess.run(
        [sys.executable, "-c", PROBE, str(ROOT / "plugins")], capture_output=True, text=True, timeout=120
    )
    assert probe.returncode == 0, probe.stderr[-2000:]
    found = json.loads(probe.stdout.strip().splitlines()[-1])
    assert found["added"] == ["troop_mentions_plugin"]
    (view,) = found["views"]
    assert found["prefixes"] == ["/" + view["href"].rstrip("/")]
    assert view["url_route"] and view["destination"] == "nav"
