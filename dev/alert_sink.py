"""Real local alert sinks on 127.0.0.1: an HTTP server that records webhook POSTs and an aiosmtpd SMTP server
that records emails. The tests use them as fixtures (ephemeral ports); `python -m dev.alert_sink` runs both on
fixed ports for `make run-bad` and prints every alert it receives, so a user can watch the alerting path
without a real Slack or mail server."""

from __future__ import annotations

import argparse
import email
import email.policy
import json
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

RECIPIENTS = ("oncall@example.org", "analyst@example.org")
Echo = Callable[[str], None]


@dataclass
class HttpSink:
    url: str
    requests: list[dict[str, Any]] = field(default_factory=list)
    fail_first: int = 0  # answer this many requests with 500 before accepting


@dataclass
class SmtpSink:
    port: int
    messages: list[tuple[list[str], EmailMessage]] = field(default_factory=list)


def email_text(message: EmailMessage) -> str:
    """The decoded text of every text part (the SMTP hook sends a multipart message)."""
    return "\n".join(part.get_content() for part in message.walk() if part.get_content_maintype() == "text")


@contextmanager
def running_http_sink(port: int = 0, echo: Echo | None = None) -> Iterator[HttpSink]:
    sink = HttpSink(url="")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            try:
                payload = json.loads(body)
            except ValueError:
                payload = body.decode("utf-8", "replace")
            sink.requests.append({"path": self.path, "headers": dict(self.headers), "json": payload})
            if echo:
                echo(f"--- webhook {self.path} ---\n{json.dumps(payload, indent=2, ensure_ascii=False)}")
            status = 500 if len(sink.requests) <= sink.fail_first else 200
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: Any) -> None:  # the sink records (and echoes) what matters
            pass

    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    sink.url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield sink
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def running_smtp_sink(port: int = 0, echo: Echo | None = None) -> Iterator[SmtpSink]:
    from aiosmtpd.controller import Controller

    class EphemeralPortController(Controller):
        # aiosmtpd's Controller connects to self.port to check the server is up; with port 0 that is not the
        # bound port, so read the real one from the listening socket first.
        def _trigger_server(self) -> None:
            self.port = self.server.sockets[0].getsockname()[1]
            super()._trigger_server()

    sink = SmtpSink(port=port)

    class Handler:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # aiosmtpd hook name
            message = email.message_from_bytes(envelope.content, policy=email.policy.default)
            assert isinstance(message, EmailMessage)
            sink.messages.append((list(envelope.rcpt_tos), message))
            if echo:
                echo(
                    f"--- email to {', '.join(envelope.rcpt_tos)}: {message['Subject']} ---\n{_readable(message)}"
                )
            return "250 Message accepted for delivery"

    controller = EphemeralPortController(Handler(), hostname="127.0.0.1", port=port)
    controller.start()
    sink.port = controller.port
    try:
        yield sink
    finally:
        controller.stop()


def _readable(message: EmailMessage) -> str:
    """The text a person would read: HTML parts without their tags."""
    import html
    import re

    return html.unescape(re.sub(r"<[^>]+>", "", email_text(message)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--webhook-port", type=int, default=9000)
    parser.add_argument("--smtp-port", type=int, default=8025)
    args = parser.parse_args(argv)

    def echo(text: str) -> None:
        print(text, flush=True)

    with (
        running_smtp_sink(args.smtp_port, echo) as smtp,
        running_http_sink(args.webhook_port, echo) as webhook,
    ):
        print(f"alert sink: webhook {webhook.url}, SMTP 127.0.0.1:{smtp.port}", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
