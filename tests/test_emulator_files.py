"""The emulator's external file upload, driven by slack_sdk's own files_upload_v2."""

from __future__ import annotations

import urllib.error
import urllib.request

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.emulator.server import SlackEmulator
from tests.emulator_fixtures import slack_emulator, slack_web_client  # noqa: F401

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 100


def test_files_upload_v2_shares_the_bytes_in_a_dm(slack_emulator: SlackEmulator, slack_web_client: WebClient) -> None:
    slack_emulator.add_user("U0HR0001", "hana")
    dm = slack_web_client.conversations_open(users="U0HR0001")["channel"]["id"]
    response = slack_web_client.files_upload_v2(
        file_uploads=[
            {"content": "reference,severity\r\n2026-1201-0001,high\r\n", "filename": "cases.csv", "title": "Cases"},
            {"content": PNG, "filename": "chart.png", "title": "Chart", "alt_txt": "bar chart"},
        ],
        channel=dm,
        initial_comment="This week's files",
    )
    assert response["ok"] and len(response["files"]) == 2
    methods = [method for method, _ in slack_emulator.calls]
    assert methods == [
        "conversations.open",
        "files.getUploadURLExternal",
        "files.getUploadURLExternal",
        "upload",
        "upload",
        "files.completeUploadExternal",
    ]
    files = {f["name"]: f for f in slack_emulator.files(dm)}
    assert files["cases.csv"]["content"] == b"reference,severity\r\n2026-1201-0001,high\r\n"
    assert files["chart.png"]["content"] == PNG and files["chart.png"]["mimetype"] == "image/png"
    assert files["chart.png"]["alt_txt"] == "bar chart" and files["chart.png"]["title"] == "Chart"
    [message] = slack_emulator.messages(dm)
    assert message["text"] == "This week's files" and [f["name"] for f in message["files"]] == ["cases.csv", "chart.png"]


def test_an_upload_url_is_spent_once_completed(slack_emulator: SlackEmulator, slack_web_client: WebClient) -> None:
    reserved = slack_web_client.files_getUploadURLExternal(filename="a.csv", length=3)
    with pytest.raises(SlackApiError) as not_uploaded:
        slack_web_client.files_completeUploadExternal(files=[{"id": reserved["file_id"], "title": "a"}])
    assert not_uploaded.value.response["error"] == "invalid_arguments"
    urllib.request.urlopen(urllib.request.Request(reserved["upload_url"], data=b"abc", method="POST"), timeout=5)
    done = slack_web_client.files_completeUploadExternal(files=[{"id": reserved["file_id"], "title": "a"}])
    assert done["files"] == [{"id": reserved["file_id"], "title": "a"}]
    assert slack_emulator.files()[0]["channels"] == []  # no channel named: private
    with pytest.raises(urllib.error.HTTPError) as spent:
        urllib.request.urlopen(urllib.request.Request(reserved["upload_url"], data=b"abc", method="POST"), timeout=5)
    assert spent.value.code == 404
    with pytest.raises(SlackApiError) as again:
        slack_web_client.files_completeUploadExternal(files=[{"id": reserved["file_id"], "title": "a"}])
    assert again.value.response["error"] == "file_not_found"


@pytest.mark.parametrize(
    ("params", "error"),
    [
        ({"filename": "a.csv"}, "invalid_arguments"),
        ({"filename": "a.csv", "length": 0}, "invalid_arguments"),
        ({"length": 3}, "invalid_arguments"),
    ],
)
def test_get_upload_url_checks_its_arguments(slack_web_client: WebClient, params: dict[str, object], error: str) -> None:
    with pytest.raises(SlackApiError) as refused:
        slack_web_client.api_call("files.getUploadURLExternal", params=params)
    assert refused.value.response["error"] == error


def test_sharing_into_a_private_channel_needs_membership(
    slack_emulator: SlackEmulator, slack_web_client: WebClient
) -> None:
    slack_emulator.add_user("U0HR0001", "hana")
    private = slack_emulator.add_channel("hr-private", is_private=True, members=["U0HR0001"])
    with pytest.raises(SlackApiError) as refused:
        slack_web_client.files_upload_v2(content="x", filename="a.txt", channel=private)
    assert refused.value.response["error"] == "not_in_channel"
