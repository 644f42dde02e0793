"""Signing requests exactly as Slack signs them, and forging the ways they can be wrong.

X-Slack-Signature = "v0=" + hex(HMAC-SHA256(signing_secret, f"v0:{timestamp}:{raw_body}")),
with the same timestamp in X-Slack-Request-Timestamp. Apps must reject a timestamp more than
5 minutes away from now.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import time

TIMESTAMP_HEADER = "X-Slack-Request-Timestamp"
SIGNATURE_HEADER = "X-Slack-Signature"
STALE_AFTER_SECONDS = 5 * 60


class Forgery(enum.Enum):
    """Ways a request can fail Slack's signature check, for tests of rejection."""

    WRONG_SECRET = "signed with another secret"
    TAMPERED_BODY = "body changed after signing"
    STALE_TIMESTAMP = "timestamp more than 5 minutes old"
    MISSING_TIMESTAMP = "no X-Slack-Request-Timestamp header"
    MISSING_SIGNATURE = "no X-Slack-Signature header"
    MISSING_HEADERS = "neither signing header"


def signature(signing_secret: str, timestamp: str, body: bytes) -> str:
    """The X-Slack-Signature value for a body sent at `timestamp`."""
    base = b"v0:" + timestamp.encode() + b":" + body
    return "v0=" + hmac.new(signing_secret.encode(), base, hashlib.sha256).hexdigest()


def signed_headers(signing_secret: str, body: bytes, *, timestamp: int | None = None) -> dict[str, str]:
    """The two signing headers Slack sends with `body`."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    return {TIMESTAMP_HEADER: ts, SIGNATURE_HEADER: signature(signing_secret, ts, body)}


def forged_headers(signing_secret: str, body: bytes, forgery: Forgery) -> dict[str, str]:
    """Signing headers for `body` that are wrong in the way `forgery` names."""
    if forgery is Forgery.WRONG_SECRET:
        return signed_headers(signing_secret + "-not-the-real-secret", body)
    if forgery is Forgery.TAMPERED_BODY:
        return signed_headers(signing_secret, body + b"&tampered=1")
    if forgery is Forgery.STALE_TIMESTAMP:
        return signed_headers(signing_secret, body, timestamp=int(time.time()) - STALE_AFTER_SECONDS - 60)
    headers = signed_headers(signing_secret, body)
    if forgery in (Forgery.MISSING_TIMESTAMP, Forgery.MISSING_HEADERS):
        del headers[TIMESTAMP_HEADER]
    if forgery in (Forgery.MISSING_SIGNATURE, Forgery.MISSING_HEADERS):
        del headers[SIGNATURE_HEADER]
    return headers
