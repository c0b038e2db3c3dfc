"""Real local alert sinks on 127.0.0.1 with ephemeral ports: an HTTP server that records webhook POSTs and an
aiosmtpd SMTP server that records emails."""

from __future__ import annotations

import email
import email.policy
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from aiosmtpd.controller import Controller

RECIPIENTS = ("oncall@example.org", "analyst@example.org")


@dataclass
class HttpSink:
    url: str
    requests: list[dict[str, Any]] = field(default_factory=list)
    fail_first: int = 0  # answer this many requests with 500 before accepting


@contextmanager
def running_http_sink() -> Iterator[HttpSink]:
    sink = HttpSink(url="")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            sink.requests.append({"path": self.path, "headers": dict(self.headers), "json": json.loads(body)})
            status = 500 if len(sink.requests) <= sink.fail_first else 200
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    sink.url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield sink
    finally:
        server.shutdown()
        server.server_close()


class _EphemeralPortController(Controller):
    # aiosmtpd's Controller connects to self.port to check the server is up; with port 0 that is not the bound
    # port, so read the real one from the listening socket first.
    def _trigger_server(self) -> None:
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


@dataclass
class SmtpSink:
    port: int
    messages: list[tuple[list[str], EmailMessage]] = field(default_factory=list)


@contextmanager
def running_smtp_sink() -> Iterator[SmtpSink]:
    sink = SmtpSink(port=0)

    class Handler:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
            message = email.message_from_bytes(envelope.content, policy=email.policy.default)
            sink.messages.append((list(envelope.rcpt_tos), message))
            return "250 Message accepted for delivery"

    controller = _EphemeralPortController(Handler(), hostname="127.0.0.1", port=0)
    controller.start()
    sink.port = controller.port
    try:
        yield sink
    finally:
        controller.stop()


def email_text(message: EmailMessage) -> str:
    """The decoded text of every text part (the SMTP hook sends a multipart message)."""
    return "\n".join(part.get_content() for part in message.walk() if part.get_content_maintype() == "text")
