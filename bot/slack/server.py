"""Serving the app: Socket Mode, or HTTP on a production WSGI server (waitress).

Requests are checked before Bolt sees them, so that input can never cause a 500: a missing or
malformed signature header answers 401, a signed but malformed body answers 400, each with
one log line and nothing of the body in it.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import logging
import re
import time
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qs

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

from bot.slack.payloads import envelope_problem

logger = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
MAX_BODY_BYTES = 1_000_000  # Slack's payloads are far smaller; anything bigger is not Slack
_SIGNATURE = re.compile(r"^v0=[0-9a-f]{64}$")
_TIMESTAMP = re.compile(r"^[0-9]{1,12}$")
TIMESTAMP_TOLERANCE_SECONDS = 60 * 5

StartResponse = Callable[..., Any]


def wsgi_app(app: App, signing_secret: str = "") -> Callable[..., Iterable[bytes]]:
    """The WSGI application: Slack requests at /slack/events, a health check at /healthz."""
    slack = SlackRequestHandler(app)
    secret = signing_secret.encode("utf-8")

    def application(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        if path == EVENTS_PATH and environ.get("REQUEST_METHOD") == "POST":
            try:
                body = _read_body(environ)
            except ValueError as exc:
                return _refuse(start_response, "400 Bad Request", str(exc))
            problem = _check(environ, body, secret)
            if problem is not None:
                return _refuse(start_response, *problem)
            environ["wsgi.input"] = io.BytesIO(body)
            environ["CONTENT_LENGTH"] = str(len(body))
            return slack(environ, start_response)
        if path == "/healthz":
            start_response("200 OK", [("Content-Type", "text/plain")])
            return [b"ok"]
        start_response("404 Not Found", [("Content-Type", "text/plain")])
        return [b"not found"]

    return application


def _read_body(environ: dict[str, Any]) -> bytes:
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        raise ValueError("unreadable Content-Length") from None
    if length < 0 or length > MAX_BODY_BYTES:
        raise ValueError(f"body of {length} bytes refused")
    body = environ["wsgi.input"].read(length) if length else b""
    return bytes(body)


def _check(environ: dict[str, Any], body: bytes, secret: bytes) -> tuple[str, str] | None:
    """(status, reason) when the request must be refused before Bolt, else None."""
    timestamp = environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP", "")
    signature = environ.get("HTTP_X_SLACK_SIGNATURE", "")
    if not _TIMESTAMP.match(timestamp) or not _SIGNATURE.match(signature):
        return "401 Unauthorized", "missing or malformed signature headers"
    if abs(time.time() - int(timestamp)) > TIMESTAMP_TOLERANCE_SECONDS:
        return "401 Unauthorized", "stale timestamp"
    if secret and not _signed(secret, timestamp, body, signature):
        return "401 Unauthorized", "bad signature"
    # Signed: now the body must be what Slack sends.
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return "400 Bad Request", "body is not UTF-8"
    content_type = environ.get("CONTENT_TYPE", "")
    if "application/json" in content_type:
        payload = _json_object(text)
    else:
        try:
            fields = parse_qs(text, keep_blank_values=True, errors="strict")
        except UnicodeDecodeError:
            return "400 Bad Request", "form field is not UTF-8"
        if "payload" not in fields:
            return None  # a slash command: every field is a string
        payload = _json_object(fields["payload"][0])
    if payload is None:
        return "400 Bad Request", "payload is not a JSON object"
    problem = envelope_problem(payload)
    return None if problem is None else ("400 Bad Request", problem)


def _signed(secret: bytes, timestamp: str, body: bytes, signature: str) -> bool:
    """Slack's v0 signature: HMAC-SHA256 over the raw bytes, compared in constant time."""
    expected = hmac.new(secret, b"v0:" + timestamp.encode() + b":" + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest("v0=" + expected, signature)


def _json_object(text: str) -> dict[str, Any] | None:
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def _refuse(start_response: StartResponse, status: str, reason: str) -> Iterable[bytes]:
    logger.warning("Refused a request to %s: %s (%s)", EVENTS_PATH, status, reason)
    start_response(status, [("Content-Type", "text/plain")])
    return [status.encode()]


def serve_http(app: App, port: int, threads: int, host: str = "0.0.0.0", signing_secret: str = "") -> None:  # noqa: S104 - a server
    """Serve over HTTP with waitress (multi-threaded, production grade) until interrupted."""
    from waitress import serve

    logger.info("Serving Slack requests on http://%s:%d%s", host, port, EVENTS_PATH)
    serve(wsgi_app(app, signing_secret), host=host, port=port, threads=threads, ident="kasuhara-bot")


def serve_socket_mode(app: App, app_token: str) -> None:
    """Connect to Slack over Socket Mode (no public URL needed) until interrupted."""
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    logger.info("Connecting to Slack over Socket Mode")
    SocketModeHandler(app, app_token).start()  # type: ignore[no-untyped-call]
