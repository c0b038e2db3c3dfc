"""Every source down (unreachable, refused by the address guard, not a feed, a URL the fetcher refuses): the
run records each source's reason in news.source_runs, fails, and the alert reaches the webhook and SMTP sinks;
a later run with a working source processes new articles normally (docs/operations.md)."""

from __future__ import annotations

import socket
from dataclasses import replace
from types import SimpleNamespace
from typing import Any

import pytest
from news_etl.alerts.callbacks import on_task_failure
from news_etl.pipeline.context import RunContext
from news_etl.pipeline.ingest_stages import accounting_check_stage
from news_etl.pipeline.inprocess import run_ingest
from news_etl.pipeline.params import ingest_params
from news_etl.pipeline.source_health import SourceHealthFailed
from news_etl.settings import Settings

from dev.alert_sink import HttpSink, SmtpSink, email_text

pytestmark = pytest.mark.integration


def closed_port(host: str) -> int:
    """A port on `host` with nobody listening (bound, then released)."""
    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


@pytest.fixture()
def demo_site() -> Any:
    from dev.demo_site.server import serve_in_thread

    server, base_url = serve_in_thread()
    yield base_url
    server.shutdown()
    server.server_close()


def run_with_check(conn: Any, ctx: RunContext, raw: dict, settings: Settings) -> dict[str, int]:
    """news_ingest in process, its last task included, with the DAG's failure callback on an error."""
    totals = run_ingest(conn, ctx, raw, settings)
    try:
        accounting_check_stage(conn, ctx, settings, ingest_params(raw, settings))
    except Exception as error:
        ti = SimpleNamespace(
            dag_id="news_ingest", task_id="accounting_check", run_id=ctx.batch_key, try_number=1, log_url=None
        )
        on_task_failure({"ti": ti, "run_id": ctx.batch_key, "exception": error})
        raise
    return totals


def test_every_source_down_is_recorded_red_and_alerted_then_a_later_run_recovers(
    warehouse: Any,
    alert_config: None,
    http_sink: HttpSink,
    smtp_sink: SmtpSink,
    demo_site: str,
    tmp_path: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NEWS_ETL_RAW_STORE", str(tmp_path / "raw"))
    settings = replace(Settings.from_env(), data_docs=str(tmp_path / "docs"))
    fast = {"rate_limit_per_s": 100, "allow_private": True}
    down = {
        "extra_sources": [
            {
                "name": "unreachable",
                "kind": "rss",
                "url": f"http://127.0.0.2:{closed_port('127.0.0.2')}/feed.xml",
                **fast,
            },
            {"name": "refused", "kind": "rss", "url": "http://169.254.169.254/latest/feed.xml", **fast},
            {"name": "not-a-feed", "kind": "rss", "url": f"{demo_site}/index.html", **fast},
            {"name": "bad-config", "kind": "rss", "url": "ftp://127.0.0.1/feed.xml", **fast},
        ]
    }
    with pytest.raises(SourceHealthFailed, match="no source delivered") as raised:
        run_with_check(warehouse, RunContext("news_ingest", "day-1"), down, settings)
    for name in ("unreachable", "refused", "not-a-feed", "bad-config"):
        assert name in str(raised.value)

    with warehouse.cursor() as cur:
        cur.execute("SELECT source, status, urls_found, reason FROM news.source_runs ORDER BY source")
        assert cur.fetchall() == [
            ("bad-config", "failed", 0, "bad_url"),
            ("not-a-feed", "failed", 0, "feed_error"),
            ("refused", "failed", 0, "blocked_address"),
            ("unreachable", "failed", 0, "connection_error"),
        ]
    (request,) = http_sink.requests
    assert request["json"]["task_id"] == "accounting_check"
    assert "no source delivered" in request["json"]["error"]
    ((_, message),) = smtp_sink.messages
    assert "unreachable failed (connection_error" in email_text(message)

    # The next day the site is back: the run is green and loads the articles.
    working = {"extra_sources": [{"name": "demo", "kind": "rss", "url": f"{demo_site}/feed.xml", **fast}]}
    totals = run_with_check(warehouse, RunContext("news_ingest", "day-2"), working, settings)
    assert totals["loaded"] > 0
    assert len(http_sink.requests) == 1  # no new alert
