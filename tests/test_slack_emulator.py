"""Tests of the Slack emulator itself: Slack's rules over real HTTP, and Slack-signed requests."""

from __future__ import annotations

import html
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs
from wsgiref.simple_server import WSGIRequestHandler, make_server

import pytest
from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_sdk import WebClient, WebhookClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler
from slack_sdk.signature import SignatureVerifier

from bot.emulator import Forgery, SlackClientSim, SlackEmulator, signature

SIGNING_SECRET = "emulator-test-signing-secret"
TANAKA = "U0TANAKA1"  # a support agent, Japanese locale
SMITH = "U0SMITH01"  # a supervisor
SATO = "U0SATO001"


@pytest.fixture
def slack() -> Iterator[SlackEmulator]:
    with SlackEmulator() as emulator:
        emulator.add_user(TANAKA, "tanaka", locale="ja-JP", email="tanaka@example.com")
        emulator.add_user(SMITH, "smith")
        emulator.add_user(SATO, "sato", locale="ja-JP")
        yield emulator


@pytest.fixture
def client(slack: SlackEmulator) -> WebClient:
    return WebClient(token=slack.bot_token, base_url=slack.api_url)


def slack_error(call, *args: Any, **kwargs: Any) -> SlackApiError:
    """The SlackApiError a Web API call raises."""
    with pytest.raises(SlackApiError) as raised:
        call(*args, **kwargs)
    return raised.value


def section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def modal(title: str = "Report an incident", **overrides: Any) -> dict[str, Any]:
    return {
        "type": "modal",
        "callback_id": "incident_report",
        "title": {"type": "plain_text", "text": title},
        "submit": {"type": "plain_text", "text": "Submit"},
        "blocks": [
            {
                "type": "input",
                "block_id": "description",
                "label": {"type": "plain_text", "text": "What happened?"},
                "element": {"type": "plain_text_input", "action_id": "text", "multiline": True},
            }
        ],
        **overrides,
    }


# ---------------------------------------------------------------- auth and identity


def test_auth_test_identifies_the_bot(slack: SlackEmulator, client: WebClient) -> None:
    identity = client.auth_test()

    assert identity["team_id"] == "T0001"
    assert (identity["user_id"], identity["bot_id"]) == (slack.bot_user_id, slack.bot_id)


def test_wrong_or_missing_token_is_refused(slack: SlackEmulator) -> None:
    wrong = WebClient(token="xoxb-someone-else", base_url=slack.api_url)
    anonymous = WebClient(base_url=slack.api_url)

    assert slack_error(wrong.auth_test).response["error"] == "invalid_auth"
    assert slack_error(anonymous.auth_test).response["error"] == "not_authed"


def test_users_info_gives_the_locale_only_when_asked(client: WebClient) -> None:
    assert client.users_info(user=TANAKA, include_locale=True)["user"]["locale"] == "ja-JP"
    assert "locale" not in client.users_info(user=TANAKA)["user"]
    assert slack_error(client.users_info, user="U0NOBODY1").response["error"] == "user_not_found"


def test_usergroup_members_are_listed(slack: SlackEmulator, client: WebClient) -> None:
    slack.add_usergroup("S0SUPERV1", "supervisors", [SMITH, SATO])

    assert client.usergroups_users_list(usergroup="S0SUPERV1")["users"] == [SMITH, SATO]
    assert slack_error(client.usergroups_users_list, usergroup="S0NONE001").response["error"] == "no_such_subteam"


# ---------------------------------------------------------------- channels


def test_created_channel_has_the_bot_as_member(slack: SlackEmulator, client: WebClient) -> None:
    created = client.conversations_create(name="case-2025-0001", is_private=True)["channel"]

    assert created["id"].startswith("C")
    assert created["is_private"] is True
    assert slack.channel(created["id"])["members"] == [slack.bot_user_id]


def test_channel_name_must_be_unique(slack: SlackEmulator, client: WebClient) -> None:
    slack.add_channel("support")

    assert slack_error(client.conversations_create, name="support").response["error"] == "name_taken"


@pytest.mark.parametrize(
    ("name", "error"),
    [
        ("", "invalid_name_required"),
        ("c" * 81, "invalid_name_maxlength"),
        ("Case-1", "invalid_name_specials"),
        ("case 1", "invalid_name_specials"),
        ("case#1", "invalid_name_specials"),
        ("カスハラ-001", "invalid_name_specials"),
        ("---", "invalid_name_punctuation"),
    ],
)
def test_invalid_channel_names_are_refused(client: WebClient, name: str, error: str) -> None:
    assert slack_error(client.conversations_create, name=name).response["error"] == error


@pytest.mark.parametrize("name", ["c" * 80, "case_2025-001", "2025"])
def test_valid_channel_names_are_accepted(client: WebClient, name: str) -> None:
    assert client.conversations_create(name=name)["channel"]["name"] == name


def test_private_channel_without_the_bot_is_invisible(slack: SlackEmulator, client: WebClient) -> None:
    secret = slack.add_channel("hr-only", is_private=True, members=[SMITH])

    assert slack_error(client.conversations_info, channel=secret).response["error"] == "channel_not_found"


def test_invite_adds_members(slack: SlackEmulator, client: WebClient) -> None:
    channel = client.conversations_create(name="case-1")["channel"]["id"]

    client.conversations_invite(channel=channel, users=[TANAKA, SMITH])

    assert slack.channel(channel)["members"] == [slack.bot_user_id, TANAKA, SMITH]


def test_invite_of_only_existing_members_is_already_in_channel(slack: SlackEmulator, client: WebClient) -> None:
    channel = slack.add_channel("case-1", members=[TANAKA], bot_member=True)

    error = slack_error(client.conversations_invite, channel=channel, users=[TANAKA])

    assert error.response["error"] == "already_in_channel"


def test_invite_with_some_existing_members_adds_the_others(slack: SlackEmulator, client: WebClient) -> None:
    channel = slack.add_channel("case-1", members=[TANAKA], bot_member=True)

    client.conversations_invite(channel=channel, users=f"{TANAKA},{SMITH}")

    assert slack.channel(channel)["members"] == [slack.bot_user_id, TANAKA, SMITH]


def test_invite_needs_the_bot_in_the_channel(slack: SlackEmulator, client: WebClient) -> None:
    channel = slack.add_channel("case-1", members=[TANAKA])

    error = slack_error(client.conversations_invite, channel=channel, users=SMITH)

    assert error.response["error"] == "not_in_channel"


@pytest.mark.parametrize(("invitee", "error"), [("U0NOBODY1", "user_not_found"), ("self", "cant_invite_self")])
def test_invite_refuses_unknown_users_and_the_bot_itself(
    slack: SlackEmulator, client: WebClient, invitee: str, error: str
) -> None:
    channel = slack.add_channel("case-1", bot_member=True)
    user = slack.bot_user_id if invitee == "self" else invitee

    assert slack_error(client.conversations_invite, channel=channel, users=user).response["error"] == error
    assert slack.channel(channel)["members"] == [slack.bot_user_id]


def test_conversations_open_gives_one_dm_per_user(client: WebClient) -> None:
    first = client.conversations_open(users=TANAKA)["channel"]["id"]
    again = client.conversations_open(users=TANAKA)

    assert first.startswith("D")
    assert again["channel"]["id"] == first and again["already_open"] is True


# ---------------------------------------------------------------- messages


def test_posting_to_a_private_channel_without_the_bot_is_not_in_channel(
    slack: SlackEmulator, client: WebClient
) -> None:
    channel = slack.add_channel("case-1", is_private=True, members=[TANAKA])

    error = slack_error(client.chat_postMessage, channel=channel, text="hello")

    assert error.response["error"] == "not_in_channel"
    assert slack.messages(channel) == []


@pytest.mark.filterwarnings("ignore:The top-level `text` argument is missing")
def test_posting_needs_an_existing_channel_and_some_content(slack: SlackEmulator, client: WebClient) -> None:
    channel = slack.add_channel("support", bot_member=True)

    missing = slack_error(client.chat_postMessage, channel="C0MISSING", text="x")
    empty = slack_error(client.chat_postMessage, channel=channel, text="")

    assert (missing.response["error"], empty.response["error"]) == ("channel_not_found", "no_text")


def test_posting_to_a_public_channel_needs_no_membership(slack: SlackEmulator, client: WebClient) -> None:
    channel = slack.add_channel("announcements")

    client.chat_postMessage(channel=channel, text="policy updated")

    assert [m["text"] for m in slack.messages(channel)] == ["policy updated"]


def test_thread_replies_are_listed_under_their_parent(slack: SlackEmulator, client: WebClient) -> None:
    channel = slack.add_channel("case-1", bot_member=True)
    parent = client.chat_postMessage(channel=channel, text="Case opened")["ts"]
    client.chat_postMessage(channel=channel, text="Supervisor notified", thread_ts=parent)

    thread = client.conversations_replies(channel=channel, ts=parent)["messages"]
    history = client.conversations_history(channel=channel)["messages"]

    assert [m["text"] for m in thread] == ["Case opened", "Supervisor notified"]
    assert [m["text"] for m in history] == ["Case opened"]
    assert history[0]["reply_count"] == 1
    orphan = slack_error(client.chat_postMessage, channel=channel, text="x", thread_ts="1.000001")
    assert orphan.response["error"] == "invalid_thread_ts"


def test_the_bot_can_update_only_its_own_messages(slack: SlackEmulator, client: WebClient) -> None:
    channel = slack.add_channel("case-1", members=[TANAKA], bot_member=True)
    own = client.chat_postMessage(channel=channel, text="Status: open")["ts"]
    human = slack.add_message(channel, "The customer is shouting", user=TANAKA)

    client.chat_update(channel=channel, ts=own, text="Status: closed")

    not_own = slack_error(client.chat_update, channel=channel, ts=human, text="x")
    missing = slack_error(client.chat_update, channel=channel, ts="1.1", text="x")

    assert slack.message(channel, own)["text"] == "Status: closed"
    assert (not_own.response["error"], missing.response["error"]) == ("cant_update_message", "message_not_found")


def test_ephemeral_messages_go_only_to_channel_members(slack: SlackEmulator, client: WebClient) -> None:
    channel = slack.add_channel("case-1", members=[TANAKA], bot_member=True)

    client.chat_postEphemeral(channel=channel, user=TANAKA, text="Only you can see this")
    error = slack_error(client.chat_postEphemeral, channel=channel, user=SMITH, text="x")

    assert error.response["error"] == "user_not_in_channel"
    assert [e["text"] for e in slack.ephemeral_messages(user_id=TANAKA)] == ["Only you can see this"]


def test_permalink_points_at_the_message(slack: SlackEmulator, client: WebClient) -> None:
    channel = slack.add_channel("case-1", bot_member=True)
    ts = client.chat_postMessage(channel=channel, text="Case opened")["ts"]

    link = client.chat_getPermalink(channel=channel, message_ts=ts)["permalink"]

    assert link.endswith(f"/archives/{channel}/p{ts.replace('.', '')}")


# ---------------------------------------------------------------- Block Kit


def test_fifty_blocks_are_accepted_and_fifty_one_refused(slack: SlackEmulator, client: WebClient) -> None:
    channel = slack.add_channel("case-1", bot_member=True)

    client.chat_postMessage(channel=channel, text="ok", blocks=[{"type": "divider"}] * 50)
    error = slack_error(client.chat_postMessage, channel=channel, text="x", blocks=[{"type": "divider"}] * 51)

    assert error.response["error"] == "invalid_blocks"
    assert error.response["response_metadata"]["messages"] == [
        "[ERROR] no more than 50 items allowed (got 51) [json-pointer:/blocks]"
    ]


def test_section_text_over_3000_characters_is_refused(slack: SlackEmulator, client: WebClient) -> None:
    channel = slack.add_channel("case-1", bot_member=True)
    client.chat_postMessage(channel=channel, text="ok", blocks=[section("x" * 3000)])

    blocks = [section("x"), section("x" * 3001)]

    error = slack_error(client.chat_postMessage, channel=channel, text="x", blocks=blocks)

    assert error.response["error"] == "invalid_blocks"
    assert error.response["errors"] == [
        "section block: text attribute cannot exceed 3000 characters [json-pointer:/blocks/1/text]"
    ]


def test_unknown_block_type_is_refused(slack: SlackEmulator, client: WebClient) -> None:
    channel = slack.add_channel("case-1", bot_member=True)

    error = slack_error(client.chat_postMessage, channel=channel, text="x", blocks=[{"type": "sectoin"}])

    assert error.response["errors"] == ["unsupported block type 'sectoin' [json-pointer:/blocks/0/type]"]


def button(text: str = "Go", action_id: str = "go", **extra: Any) -> dict[str, Any]:
    return {"type": "button", "action_id": action_id, "text": {"type": "plain_text", "text": text}, **extra}


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        (
            {"type": "header", "text": {"type": "plain_text", "text": "h" * 151}},
            "header block: text attribute cannot exceed 150 characters [json-pointer:/blocks/0/text]",
        ),
        (
            {"type": "actions", "elements": [button("b" * 76)]},
            "button element: text attribute cannot exceed 75 characters [json-pointer:/blocks/0/elements/0/text]",
        ),
        (
            {"type": "actions", "elements": [button(action_id="a" * 256)]},
            "button element: action_id attribute cannot exceed 255 characters "
            "[json-pointer:/blocks/0/elements/0/action_id]",
        ),
        (
            {"type": "divider", "block_id": "b" * 256},
            "divider block: block_id cannot exceed 255 characters [json-pointer:/blocks/0/block_id]",
        ),
        (
            {"type": "header", "text": {"type": "mrkdwn", "text": "*Case*"}},
            "must be a plain_text text object (got 'mrkdwn') [json-pointer:/blocks/0/text/type]",
        ),
        (
            {"type": "actions", "elements": [{"type": "button", "acton_id": "a", "text": button()["text"]}]},
            "unknown property 'acton_id' for button element [json-pointer:/blocks/0/elements/0/acton_id]",
        ),
        (
            {"type": "actions", "elements": [{"type": "buton", "action_id": "a"}]},
            "unsupported element type 'buton' [json-pointer:/blocks/0/elements/0/type]",
        ),
        (section(""), "must be more than 0 characters [json-pointer:/blocks/0/text/text]"),
    ],
)
def test_block_kit_problems_name_the_field(slack: SlackEmulator, client: WebClient, block: dict, expected: str) -> None:
    channel = slack.add_channel("case-1", bot_member=True)

    error = slack_error(client.chat_postMessage, channel=channel, text="x", blocks=[block])

    assert error.response["error"] == "invalid_blocks"
    assert expected in error.response["errors"]


def test_stored_blocks_get_slack_generated_block_ids(slack: SlackEmulator, client: WebClient) -> None:
    channel = slack.add_channel("case-1", bot_member=True)

    ts = client.chat_postMessage(channel=channel, text="x", blocks=[section("hi")])["ts"]

    assert slack.message(channel, ts)["blocks"][0]["block_id"]


def test_broadcast_mentions_are_reported_unless_escaped_or_plain(slack: SlackEmulator, client: WebClient) -> None:
    channel = slack.add_channel("case-1", bot_member=True)
    client.chat_postMessage(channel=channel, text="Customer wrote: <!channel> come here")
    client.chat_postMessage(channel=channel, text=f"Customer wrote: {html.escape('<!here>', quote=False)}")
    shown_literally = {"type": "section", "text": {"type": "plain_text", "text": "<!everyone>"}}
    client.chat_postMessage(channel=channel, text="quoted", blocks=[shown_literally])

    offending = slack.broadcast_mentions()

    assert [(entry["via"], entry["mentions"]) for entry in offending] == [("chat.postMessage", ["<!channel>"])]


# ---------------------------------------------------------------- views


def test_views_open_needs_a_fresh_trigger_id(slack: SlackEmulator, client: WebClient) -> None:
    trigger = slack.new_trigger_id(TANAKA)

    view = client.views_open(trigger_id=trigger, view=modal())["view"]

    assert view["id"].startswith("V") and view["callback_id"] == "incident_report"
    assert slack.open_views(TANAKA)[0]["id"] == view["id"]


def test_views_open_refuses_an_expired_trigger_id(slack: SlackEmulator, client: WebClient) -> None:
    trigger = slack.new_trigger_id(TANAKA)
    slack.advance_time(3.1)

    assert slack_error(client.views_open, trigger_id=trigger, view=modal()).response["error"] == "expired_trigger_id"


def test_views_open_refuses_a_used_or_unknown_trigger_id(slack: SlackEmulator, client: WebClient) -> None:
    trigger = slack.new_trigger_id(TANAKA)
    client.views_open(trigger_id=trigger, view=modal())

    assert slack_error(client.views_open, trigger_id=trigger, view=modal()).response["error"] == "exchanged_trigger_id"
    assert slack_error(client.views_open, trigger_id="1.2.abc", view=modal()).response["error"] == "invalid_trigger_id"


@pytest.mark.parametrize(
    ("view", "expected"),
    [
        (
            modal(title="t" * 25),
            "[ERROR] modal view: title must be between 1 and 24 characters [json-pointer:/view/title]",
        ),
        (
            modal(private_metadata="m" * 3001),
            "[ERROR] modal view: private_metadata cannot exceed 3000 characters [json-pointer:/view/private_metadata]",
        ),
        (
            modal(blocks=[{"type": "divider"}] * 101),
            "[ERROR] modal view: views must contain between 1 and 100 blocks [json-pointer:/view/blocks]",
        ),
        (
            {k: v for k, v in modal().items() if k != "submit"},
            "[ERROR] a modal with input blocks requires a submit button [json-pointer:/view/submit]",
        ),
    ],
)
def test_invalid_modals_are_refused_with_an_explanation(
    slack: SlackEmulator, client: WebClient, view: dict, expected: str
) -> None:
    error = slack_error(client.views_open, trigger_id=slack.new_trigger_id(TANAKA), view=view)

    assert error.response["error"] == "invalid_arguments"
    assert expected in error.response["response_metadata"]["messages"]


def test_views_update_checks_the_hash(slack: SlackEmulator, client: WebClient) -> None:
    opened = client.views_open(trigger_id=slack.new_trigger_id(TANAKA), view=modal())["view"]

    updated = client.views_update(view_id=opened["id"], hash=opened["hash"], view=modal(title="Thank you"))["view"]
    stale = slack_error(client.views_update, view_id=opened["id"], hash=opened["hash"], view=modal())

    assert updated["title"]["text"] == "Thank you" and updated["hash"] != opened["hash"]
    assert stale.response["error"] == "hash_conflict"
    assert slack_error(client.views_update, view_id="V0MISSING", view=modal()).response["error"] == "not_found"


def test_home_tab_is_published_per_user(slack: SlackEmulator, client: WebClient) -> None:
    home = {"type": "home", "blocks": [section("Open cases: 3")]}

    client.views_publish(user_id=TANAKA, view=home)

    assert slack.home_view(TANAKA)["blocks"][0]["text"]["text"] == "Open cases: 3"
    assert slack.home_view(SMITH) is None


# ---------------------------------------------------------------- response_url


def test_response_url_works_five_times_then_refuses(slack: SlackEmulator) -> None:
    channel = slack.add_channel("case-1", members=[TANAKA])
    url = slack.new_response_url(channel_id=channel, user_id=TANAKA)
    webhook = WebhookClient(url)

    statuses = [webhook.send(text=f"update {n}").status_code for n in range(1, 6)]
    sixth = webhook.send(text="update 6")

    assert statuses == [200] * 5
    assert (sixth.status_code, sixth.body) == (404, "used_url")
    assert [r["text"] for r in slack.responses(url)] == [f"update {n}" for n in range(1, 6)]
    assert len(slack.ephemeral_messages(user_id=TANAKA)) == 5


def test_response_url_expires_after_thirty_minutes(slack: SlackEmulator) -> None:
    url = slack.new_response_url()
    slack.advance_time(30 * 60 + 1)

    answer = WebhookClient(url).send(text="too late")

    assert (answer.status_code, answer.body) == (404, "expired_url")


def test_response_url_validates_blocks_and_explains_in_failed_calls(slack: SlackEmulator) -> None:
    url = slack.new_response_url()

    answer = WebhookClient(url).send(text="x", blocks=[section("x" * 3001)])

    assert (answer.status_code, answer.body) == (400, "invalid_blocks")
    failure = slack.failed_calls()[-1]
    assert failure.method == "response_url"
    assert failure.messages == [
        "section block: text attribute cannot exceed 3000 characters [json-pointer:/blocks/0/text]"
    ]


def test_response_url_in_channel_posts_and_replace_original_edits(slack: SlackEmulator, client: WebClient) -> None:
    channel = slack.add_channel("case-1", members=[TANAKA], bot_member=True)
    card = client.chat_postMessage(channel=channel, text="Case card: open")["ts"]
    url = slack.new_response_url(channel_id=channel, user_id=TANAKA, message_ts=card)

    WebhookClient(url).send(text="Case card: escalated", replace_original=True)
    WebhookClient(url).send(text="Escalated to a supervisor", response_type="in_channel")

    assert [m["text"] for m in slack.messages(channel)] == ["Case card: escalated", "Escalated to a supervisor"]


# ---------------------------------------------------------------- rate limits and failures


def test_rate_limited_call_answers_429_with_retry_after(slack: SlackEmulator, client: WebClient) -> None:
    channel = slack.add_channel("case-1", bot_member=True)
    slack.rate_limit("chat.postMessage", retry_after=7)

    error = slack_error(client.chat_postMessage, channel=channel, text="hello")

    assert error.response.status_code == 429
    assert error.response["error"] == "ratelimited"
    assert error.response.headers["Retry-After"] == "7"
    assert slack.messages(channel) == []


def test_rate_limit_retry_handler_retries_until_it_succeeds(slack: SlackEmulator, client: WebClient) -> None:
    channel = slack.add_channel("case-1", bot_member=True)
    client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=1))
    slack.rate_limit("chat.postMessage", times=1, retry_after=1)

    client.chat_postMessage(channel=channel, text="hello")

    assert len(slack.calls_to("chat.postMessage")) == 2
    assert [m["text"] for m in slack.messages(channel)] == ["hello"]


def test_fail_next_injects_one_error(client: WebClient, slack: SlackEmulator) -> None:
    slack.fail_next("conversations.create", error="fatal_error")

    assert slack_error(client.conversations_create, name="case-1").response["error"] == "fatal_error"
    assert client.conversations_create(name="case-1")["ok"]


def test_calls_are_logged_in_order_with_decoded_arguments(slack: SlackEmulator, client: WebClient) -> None:
    channel = slack.add_channel("case-1", bot_member=True)
    client.chat_postMessage(channel=channel, text="x", blocks=[section("hi")])

    assert slack.calls_to("chat.postMessage")[0]["blocks"] == [section("hi")]
    assert [method for method, _ in slack.calls] == ["chat.postMessage"]


# ---------------------------------------------------------------- signed requests into the app


class RecordingApp:
    """A stand-in app on 127.0.0.1 that checks Slack signatures with slack_sdk and records requests."""

    def __init__(self, signing_secret: str) -> None:
        self.verifier = SignatureVerifier(signing_secret)
        self.requests: list[dict[str, Any]] = []
        app = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                accepted = app.verifier.is_valid_request(body, dict(self.headers))
                app.requests.append({"headers": dict(self.headers), "body": body, "accepted": accepted})
                self.send_response(200 if accepted else 401)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/slack/events"
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def payload(self, index: int = -1) -> dict[str, Any]:
        """The last request's interaction payload, slash command form or event envelope."""
        request = self.requests[index]
        if request["headers"]["Content-Type"] == "application/json":
            return json.loads(request["body"])
        form = {k: v[0] for k, v in parse_qs(request["body"].decode(), keep_blank_values=True).items()}
        return json.loads(form["payload"]) if "payload" in form else form

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def recording_app() -> Iterator[RecordingApp]:
    app = RecordingApp(SIGNING_SECRET)
    yield app
    app.close()


@pytest.fixture
def sim(slack: SlackEmulator, recording_app: RecordingApp) -> SlackClientSim:
    return SlackClientSim(recording_app.url, SIGNING_SECRET, slack)


def test_signature_matches_slacks_documented_example() -> None:
    body = (
        b"token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
        b"&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
        b"&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
        b"&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c"
    )

    assert signature("8f742231b10e8888abcd99yyyzzz85a5", "1531420618", body) == (
        "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"
    )


def test_signed_slash_command_passes_slack_sdk_verification(
    slack: SlackEmulator, sim: SlackClientSim, recording_app: RecordingApp
) -> None:
    channel = slack.add_channel("support", members=[TANAKA])

    answer = sim.slash_command("/kasuhara", "report 怒鳴られた", user_id=TANAKA, channel_id=channel)

    assert answer.status == 200
    form = recording_app.payload()
    assert form["command"] == "/kasuhara" and form["text"] == "report 怒鳴られた"
    assert (form["user_id"], form["user_name"]) == (TANAKA, "tanaka")
    assert (form["channel_id"], form["channel_name"], form["team_id"]) == (channel, "support", "T0001")
    assert form["response_url"] == answer.response_url and form["trigger_id"] == answer.trigger_id
    assert recording_app.requests[-1]["headers"]["Content-Type"] == "application/x-www-form-urlencoded"


@pytest.mark.parametrize("forgery", list(Forgery))
def test_forged_requests_fail_slack_sdk_verification(
    slack: SlackEmulator, sim: SlackClientSim, recording_app: RecordingApp, forgery: Forgery
) -> None:
    channel = slack.add_channel("support", members=[TANAKA])

    answer = sim.slash_command("/kasuhara", "report", user_id=TANAKA, channel_id=channel, forge=forgery)

    assert answer.status == 401
    assert recording_app.requests[-1]["accepted"] is False


def test_message_shortcut_carries_the_stored_message(
    slack: SlackEmulator, sim: SlackClientSim, recording_app: RecordingApp
) -> None:
    channel = slack.add_channel("support", members=[TANAKA, SMITH])
    ts = slack.add_message(channel, "The customer demanded I kneel", user=TANAKA)

    sim.message_shortcut("report_message", user_id=SMITH, channel_id=channel, message_ts=ts)

    payload = recording_app.payload()
    assert payload["type"] == "message_action" and payload["callback_id"] == "report_message"
    assert payload["message"]["text"] == "The customer demanded I kneel" and payload["message_ts"] == ts
    assert payload["channel"] == {"id": channel, "name": "support"} and payload["user"]["id"] == SMITH
    assert payload["trigger_id"] and payload["response_url"]


def test_block_action_uses_the_elements_real_ids_and_value(
    slack: SlackEmulator, client: WebClient, sim: SlackClientSim, recording_app: RecordingApp
) -> None:
    channel = slack.add_channel("case-1", members=[SMITH], bot_member=True)
    card = [{"type": "actions", "elements": [button("Escalate", "escalate", value="case-7")]}]
    ts = client.chat_postMessage(channel=channel, text="card", blocks=card)["ts"]

    sim.block_action("escalate", user_id=SMITH, channel_id=channel, message_ts=ts)

    payload = recording_app.payload()
    action = payload["actions"][0]
    assert payload["type"] == "block_actions"
    assert payload["container"] == {
        "type": "message",
        "message_ts": ts,
        "channel_id": channel,
        "is_ephemeral": False,
    }
    assert (action["action_id"], action["value"]) == ("escalate", "case-7")
    assert action["block_id"] == slack.message(channel, ts)["blocks"][0]["block_id"]
    with pytest.raises(LookupError, match="no element 'close'"):
        sim.block_action("close", user_id=SMITH, channel_id=channel, message_ts=ts)


def test_view_submission_sends_the_modal_with_state_and_closes_it(
    slack: SlackEmulator, client: WebClient, sim: SlackClientSim, recording_app: RecordingApp
) -> None:
    trigger = slack.new_trigger_id(TANAKA)
    view = client.views_open(trigger_id=trigger, view=modal(private_metadata="C0CASE001"))["view"]

    sim.view_submission(view["id"], {"description": {"text": "He threw a cup"}}, user_id=TANAKA)

    submitted = recording_app.payload()["view"]
    assert submitted["callback_id"] == "incident_report" and submitted["private_metadata"] == "C0CASE001"
    assert submitted["state"]["values"] == {
        "description": {"text": {"type": "plain_text_input", "value": "He threw a cup"}}
    }
    assert slack.view(view["id"])["is_open"] is False


def test_view_submission_refuses_values_for_elements_the_modal_lacks(
    slack: SlackEmulator, client: WebClient, sim: SlackClientSim
) -> None:
    view = client.views_open(trigger_id=slack.new_trigger_id(TANAKA), view=modal())["view"]

    with pytest.raises(LookupError, match="no element 'nope'"):
        sim.view_submission(view["id"], {"description": {"nope": "x"}}, user_id=TANAKA)


def test_view_submission_ack_update_and_errors_are_applied(slack: SlackEmulator, client: WebClient) -> None:
    view = client.views_open(trigger_id=slack.new_trigger_id(TANAKA), view=modal())["view"]

    slack.apply_view_submission_ack(view["id"], {"response_action": "errors", "errors": {"description": "Too short"}})
    slack.apply_view_submission_ack(view["id"], {"response_action": "update", "view": modal(title="Thank you")})
    slack.apply_view_submission_ack(view["id"], {"response_action": "update", "view": modal(title="t" * 25)})

    assert slack.view(view["id"])["is_open"] is True
    assert slack.view(view["id"])["title"]["text"] == "Thank you"
    assert slack.failed_calls()[-1].method == "view_submission.ack"
    assert "title must be between 1 and 24 characters" in slack.failed_calls()[-1].messages[0]


def test_views_push_needs_a_trigger_from_the_modal_and_stops_at_three(slack: SlackEmulator, client: WebClient) -> None:
    root = client.views_open(trigger_id=slack.new_trigger_id(TANAKA), view=modal())["view"]["id"]
    outside = slack.new_trigger_id(TANAKA)

    second = client.views_push(trigger_id=slack.new_trigger_id(TANAKA, view_id=root), view=modal(title="Step 2"))
    client.views_push(trigger_id=slack.new_trigger_id(TANAKA, view_id=root), view=modal(title="Step 3"))
    fourth = slack_error(client.views_push, trigger_id=slack.new_trigger_id(TANAKA, view_id=root), view=modal())

    assert second["view"]["previous_view_id"] == root and second["view"]["root_view_id"] == root
    assert fourth.response["error"] == "push_limit_reached"
    assert slack_error(client.views_push, trigger_id=outside, view=modal()).response["error"] == "invalid_arguments"


def test_event_redelivery_has_retry_headers_and_the_same_event_id(
    sim: SlackClientSim, recording_app: RecordingApp
) -> None:
    first = sim.event({"type": "app_mention", "user": TANAKA, "text": "<@U0BOT0001> help", "channel": "C1"})
    retry = sim.redeliver(first, retry_num=1)

    original, again = recording_app.requests
    assert (first.status, retry.status) == (200, 200)
    assert json.loads(original["body"])["event_id"] == json.loads(again["body"])["event_id"]
    assert "X-Slack-Retry-Num" not in original["headers"]
    assert (again["headers"]["X-Slack-Retry-Num"], again["headers"]["X-Slack-Retry-Reason"]) == ("1", "http_timeout")


def test_url_verification_and_app_home_opened_shapes(sim: SlackClientSim, recording_app: RecordingApp) -> None:
    sim.url_verification("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P")
    sim.app_home_opened(TANAKA)

    challenge, home = recording_app.payload(0), recording_app.payload(1)
    assert challenge["type"] == "url_verification" and challenge["challenge"].startswith("3eZbrw")
    assert home["type"] == "event_callback"
    assert home["event"]["type"] == "app_home_opened" and home["event"]["channel"].startswith("D")


# ---------------------------------------------------------------- a real Bolt app end to end


class _QuietWSGIRequestHandler(WSGIRequestHandler):
    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def bolt_app_url(slack: SlackEmulator) -> Iterator[str]:
    """A small Bolt app served over HTTP whose WebClient talks to the emulator."""
    app = App(
        token=slack.bot_token,
        signing_secret=SIGNING_SECRET,
        client=WebClient(token=slack.bot_token, base_url=slack.api_url),
    )

    @app.command("/kasuhara")
    def open_report(ack, body, client) -> None:
        ack()
        client.views_open(trigger_id=body["trigger_id"], view=modal(private_metadata=body["channel_id"]))

    @app.view("incident_report")
    def save_report(ack, view, client) -> None:
        ack()
        text = view["state"]["values"]["description"]["text"]["value"]
        client.chat_postMessage(channel=view["private_metadata"], text=f"New report: {html.escape(text, quote=False)}")

    server = make_server("127.0.0.1", 0, SlackRequestHandler(app), handler_class=_QuietWSGIRequestHandler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/slack/events"
    server.shutdown()
    server.server_close()


def test_bolt_app_round_trip_command_modal_submission(slack: SlackEmulator, bolt_app_url: str) -> None:
    channel = slack.add_channel("support", members=[TANAKA], bot_member=True)
    sim = SlackClientSim(bolt_app_url, SIGNING_SECRET, slack)

    assert sim.slash_command("/kasuhara", user_id=TANAKA, channel_id=channel).status == 200
    slack.wait_for_calls("views.open")
    [opened] = slack.open_views(TANAKA)
    submitted = sim.view_submission(opened["id"], {"description": {"text": "Yelled <!channel> at me"}}, user_id=TANAKA)
    assert submitted.status == 200
    slack.wait_for_calls("chat.postMessage")

    assert [m["text"] for m in slack.messages(channel)] == ["New report: Yelled &lt;!channel&gt; at me"]
    assert slack.broadcast_mentions() == []
    assert slack.failed_calls() == []
    stale = sim.slash_command("/kasuhara", user_id=TANAKA, channel_id=channel, forge=Forgery.STALE_TIMESTAMP)
    assert stale.status == 401
