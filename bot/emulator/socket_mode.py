"""Socket Mode: `apps.connections.open` and the WebSocket Slack delivers envelopes on.

The app calls apps.connections.open with its app-level token (xapp-) and gets a one-time
ws:// URL on the emulator; it connects, receives `hello`, then envelopes:

    {"envelope_id": "...", "type": "slash_commands" | "interactive" | "events_api",
     "payload": {...}, "accepts_response_payload": bool, "retry_attempt": 0, "retry_reason": ""}

and acknowledges each with `{"envelope_id": "...", "payload": {...}}` (payload optional) within
three seconds. `{"type": "disconnect", "reason": "refresh_requested"}` asks the app to open a
new connection; a dropped TCP connection is noticed by the app's pings. Only RFC 6455 framing
for what Slack uses: text, ping/pong and close frames, client frames masked.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import itertools
import json
import logging
import secrets
import socket
import struct
import threading
import time
import uuid
from dataclasses import dataclass
from typing import Any

logger = logging.getLogger(__name__)

ACK_DEADLINE_SECONDS = 3.0
_WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
_TEXT, _CLOSE, _PING, _PONG = 0x1, 0x8, 0x9, 0xA


class SocketModeError(RuntimeError):
    """A delivery could not be made or was not acknowledged in time."""


@dataclass(frozen=True)
class Ack:
    """The app's acknowledgement of one envelope."""

    envelope_id: str
    type: str
    payload: dict[str, Any] | None
    seconds: float  # from sending the envelope to receiving the ack


class _Connection:
    """One app connection: frames out under a lock, frames in on the serving thread."""

    def __init__(self, sock: socket.socket, serial: int) -> None:
        self.sock = sock
        self.serial = serial
        self.open = True
        self._send_lock = threading.Lock()

    def send_text(self, message: dict[str, Any]) -> None:
        self._send(_TEXT, json.dumps(message).encode())

    def _send(self, opcode: int, data: bytes) -> None:
        header = bytes([0x80 | opcode])
        length = len(data)
        if length < 126:
            header += bytes([length])
        elif length < 1 << 16:
            header += bytes([126]) + struct.pack("!H", length)
        else:
            header += bytes([127]) + struct.pack("!Q", length)
        with self._send_lock:
            if not self.open:
                raise SocketModeError("the connection is closed")
            self.sock.sendall(header + data)

    def close(self, code: int = 1000) -> None:
        """A clean close: a close frame, then the socket."""
        with contextlib.suppress(OSError, SocketModeError):
            self._send(_CLOSE, struct.pack("!H", code))
        self.drop()

    def drop(self) -> None:
        """The TCP connection goes away without a close frame (a network failure)."""
        with self._send_lock:
            self.open = False
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)

    def read_frame(self) -> tuple[int, bytes] | None:
        """(opcode, unmasked data) of the next frame, or None when the peer went away."""
        head = self._read_exact(2)
        if head is None:
            return None
        opcode, masked, length = head[0] & 0x0F, head[1] & 0x80, head[1] & 0x7F
        if length == 126:
            extended = self._read_exact(2)
            if extended is None:
                return None
            (length,) = struct.unpack("!H", extended)
        elif length == 127:
            extended = self._read_exact(8)
            if extended is None:
                return None
            (length,) = struct.unpack("!Q", extended)
        mask = self._read_exact(4) if masked else b"\0\0\0\0"
        data = self._read_exact(length) if length else b""
        if mask is None or data is None:
            return None
        return opcode, bytes(b ^ mask[i % 4] for i, b in enumerate(data))

    def _read_exact(self, size: int) -> bytes | None:
        chunks = b""
        while len(chunks) < size:
            try:
                chunk = self.sock.recv(size - len(chunks))
            except OSError:
                return None
            if not chunk:
                return None
            chunks += chunk
        return chunks


class SocketModeHub:
    """The Socket Mode side of the emulator: tickets, connections, envelopes and their acks."""

    def __init__(self, app_token: str, app_id: str) -> None:
        self.app_token = app_token
        self.app_id = app_id
        self._lock = threading.Condition()
        self._tickets: set[str] = set()
        self._connections: list[_Connection] = []
        self._serial = itertools.count(1)
        self._pending: dict[str, tuple[str, float]] = {}  # envelope_id -> (type, sent at)
        self._acks: dict[str, Ack] = {}
        self.opened = 0  # connections ever opened
        self.late_acks: list[Ack] = []

    # --- apps.connections.open and the upgrade -------------------------------------

    def issue_url(self, ws_base: str) -> str:
        """A one-time WebSocket URL for apps.connections.open."""
        ticket = uuid.uuid4().hex
        with self._lock:
            self._tickets.add(ticket)
        return f"{ws_base}/link/?ticket={ticket}&app_id={self.app_id}"

    def redeem(self, ticket: str) -> bool:
        """True (once) for a ticket this hub issued."""
        with self._lock:
            if ticket in self._tickets:
                self._tickets.discard(ticket)
                return True
            return False

    @staticmethod
    def accept_key(key: str) -> str:
        """Sec-WebSocket-Accept for a client's Sec-WebSocket-Key."""
        return base64.b64encode(hashlib.sha1((key + _WEBSOCKET_GUID).encode()).digest()).decode()  # noqa: S324 - the protocol's

    def serve(self, sock: socket.socket) -> None:
        """Run one upgraded connection until it closes (on the HTTP server's thread for it)."""
        connection = _Connection(sock, next(self._serial))
        with self._lock:
            self._connections.append(connection)
            self.opened += 1
            self._lock.notify_all()
        try:
            connection.send_text(
                {
                    "type": "hello",
                    "num_connections": len(self.live_connections()),
                    "debug_info": {"host": "emulator-applink", "approximate_connection_time": 18060},
                    "connection_info": {"app_id": self.app_id},
                }
            )
            while connection.open:
                frame = connection.read_frame()
                if frame is None:
                    break
                opcode, data = frame
                if opcode == _PING:
                    connection._send(_PONG, data)
                elif opcode == _TEXT:
                    self._receive(data)
                elif opcode == _CLOSE:
                    connection.close()
                    break
        except (OSError, SocketModeError):
            pass
        finally:
            connection.open = False
            with self._lock:
                if connection in self._connections:
                    self._connections.remove(connection)
                self._lock.notify_all()
            with contextlib.suppress(OSError):
                sock.close()

    def _receive(self, data: bytes) -> None:
        try:
            message = json.loads(data)
        except ValueError:
            logger.warning("Socket Mode: the app sent something that is not JSON")
            return
        envelope_id = message.get("envelope_id") if isinstance(message, dict) else None
        if not isinstance(envelope_id, str):
            return
        with self._lock:
            pending = self._pending.pop(envelope_id, None)
            if pending is None:
                return
            kind, sent_at = pending
            payload = message.get("payload")
            ack = Ack(envelope_id, kind, payload if isinstance(payload, dict) else None, time.monotonic() - sent_at)
            self._acks[envelope_id] = ack
            if ack.seconds > ACK_DEADLINE_SECONDS:
                self.late_acks.append(ack)
            self._lock.notify_all()

    # --- what tests do -------------------------------------------------------------

    def live_connections(self) -> list[_Connection]:
        with self._lock:
            return [c for c in self._connections if c.open]

    def wait_connected(self, timeout: float = 10.0, *, opened_at_least: int = 1) -> None:
        """Wait until the app holds an open connection (and has opened `opened_at_least` in all)."""
        with self._lock:
            ok = self._lock.wait_for(
                lambda: self.opened >= opened_at_least and any(c.open for c in self._connections), timeout
            )
        if not ok:
            raise SocketModeError(f"the app did not connect within {timeout}s ({self.opened} connection(s) opened)")

    def deliver(
        self,
        kind: str,
        payload: dict[str, Any],
        *,
        accepts_response_payload: bool,
        retry_attempt: int = 0,
        retry_reason: str = "",
        timeout: float = 10.0,
    ) -> Ack:
        """Send one envelope on the newest open connection (waiting for one) and wait for its ack."""
        envelope_id = str(uuid.uuid4())
        envelope = {
            "envelope_id": envelope_id,
            "payload": payload,
            "type": kind,
            "accepts_response_payload": accepts_response_payload,
        }
        if kind == "events_api":
            envelope.update(retry_attempt=retry_attempt, retry_reason=retry_reason)
        deadline = time.monotonic() + timeout
        with self._lock:
            if not self._lock.wait_for(lambda: any(c.open for c in self._connections), timeout):
                raise SocketModeError(f"no Socket Mode connection within {timeout}s")
            connection = [c for c in self._connections if c.open][-1]
            self._pending[envelope_id] = (kind, time.monotonic())
        connection.send_text(envelope)
        with self._lock:
            if not self._lock.wait_for(lambda: envelope_id in self._acks, max(0.0, deadline - time.monotonic())):
                self._pending.pop(envelope_id, None)
                raise SocketModeError(f"no ack for {kind} envelope {envelope_id} within {timeout}s")
            return self._acks.pop(envelope_id)

    def request_refresh(self) -> None:
        """Slack's `disconnect` (refresh_requested) on every open connection: the app must reconnect."""
        for connection in self.live_connections():
            connection.send_text({"type": "disconnect", "reason": "refresh_requested", "debug_info": {"host": "emulator-applink"}})

    def drop_connections(self) -> None:
        """Cut every open connection without a close frame, as a network failure would."""
        for connection in self.live_connections():
            connection.drop()

    def close_connections(self) -> None:
        """Close every open connection cleanly (close frame), as Slack does when it restarts a link."""
        for connection in self.live_connections():
            connection.close(1001)


def new_app_token() -> str:
    """An app-level token as Slack shows it (xapp-...)."""
    return f"xapp-1-A0APP0001-{secrets.randbelow(10**12)}-{secrets.token_hex(16)}"
