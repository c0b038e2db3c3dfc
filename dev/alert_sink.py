"""`python -m dev.alert_sink`: a local webhook + SMTP sink for `make run-bad`, printing every alert it
receives, so a user can watch the alerting path without a real Slack or mail server."""

from __future__ import annotations

import argparse
import json
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from threading import Thread


class _WebhookHandler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        try:
            shown = json.dumps(json.loads(body), indent=2, ensure_ascii=False)
        except ValueError:
            shown = body.decode("utf-8", "replace")
        print(f"--- webhook {self.path} ---\n{shown}", flush=True)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, format: str, *args: object) -> None:  # the body print above says it all
        pass


class _PrintingSmtpHandler:
    async def handle_DATA(self, server, session, envelope) -> str:  # aiosmtpd calls this hook by name
        import email
        import html
        import re

        message = email.message_from_bytes(envelope.content)
        parts = [p for p in message.walk() if p.get_content_maintype() == "text"]
        # Show the text a person would read, not the base64 transfer encoding.
        text = "\n".join(
            html.unescape(re.sub(r"<[^>]+>", "", p.get_payload(decode=True).decode())) for p in parts
        )
        print(f"--- email to {', '.join(envelope.rcpt_tos)}: {message['Subject']} ---\n{text}", flush=True)
        return "250 Message accepted"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--webhook-port", type=int, default=9000)
    parser.add_argument("--smtp-port", type=int, default=8025)
    args = parser.parse_args(argv)
    from aiosmtpd.controller import Controller

    smtp = Controller(_PrintingSmtpHandler(), hostname="127.0.0.1", port=args.smtp_port)
    smtp.start()
    webhook = ThreadingHTTPServer(("127.0.0.1", args.webhook_port), _WebhookHandler)
    Thread(target=webhook.serve_forever, daemon=True).start()
    print(
        f"alert sink: webhook http://127.0.0.1:{args.webhook_port}/hook, SMTP 127.0.0.1:{args.smtp_port}",
        flush=True,
    )
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        smtp.stop()
        webhook.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
