"""Which failed views.open calls may still have opened the form (told "no answer in time")."""

from __future__ import annotations

import socket
import threading
from urllib.error import URLError

from slack_sdk.errors import SlackApiError
from slack_sdk.web import SlackResponse

from bot.slack.modals import FormOpener, _maybe_opened


def refused(error: str) -> SlackApiError:
    response = SlackResponse(
        client=None, http_verb="POST", api_url="views.open", req_args={}, data={"ok": False, "error": error},
        headers={}, status_code=200,
    )
    return SlackApiError(error, response)


def test_a_call_without_an_answer_may_have_opened_the_form() -> None:
    assert _maybe_opened(TimeoutError("timed out"))
    assert _maybe_opened(URLError(ConnectionResetError()))
    assert _maybe_opened(refused("exchanged_trigger_id"))  # a retry finding its own trigger used


def test_a_refusal_or_a_request_that_never_left_did_not() -> None:
    assert not _maybe_opened(refused("expired_trigger_id"))
    assert not _maybe_opened(refused("internal_error"))
    assert not _maybe_opened(URLError(ConnectionRefusedError()))
    assert not _maybe_opened(URLError(socket.gaierror("no such host")))


def test_form_threads_run_beside_each_other_and_after_shutdown_still_run() -> None:
    opener = FormOpener(threads=2)
    both, done = threading.Barrier(2, timeout=5), threading.Event()
    opener.start(both.wait)
    opener.start(both.wait)  # each on its own thread, or the barrier breaks
    assert opener.wait_idle(5)
    opener.shutdown(wait=True)
    opener.start(done.set)  # a form arriving during the drain still opens (on a thread of its own)
    assert done.wait(5) and opener.wait_idle(5)
