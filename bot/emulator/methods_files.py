"""files.* methods: Slack's external upload flow, as slack_sdk's files_upload_v2 drives it.

1. files.getUploadURLExternal(filename, length) reserves a file id and answers an upload URL;
2. the app POSTs the bytes to that URL (served by the emulator at /upload/v1/<file id>);
3. files.completeUploadExternal(files=[{"id", "title"}], channel_id, initial_comment, thread_ts)
   checks every file was uploaded whole and shares them in one message (or keeps them private
   when no channel is named). A completed file's upload URL is spent.
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass, field
from typing import Any

from bot.emulator.api import ApiError, Arguments, invalid_arguments
from bot.emulator.methods_chat import post_target
from bot.emulator.state import Workspace

FILE_SIZE_MAX = 1024 * 1024 * 1024  # Slack's 1 GB limit per file
FILES_PER_COMPLETION_MAX = 10
ALT_TEXT_MAX = 1000


@dataclass
class UploadedFile:
    """A file from the moment its upload URL is handed out until it is shared."""

    id: str
    name: str
    length: int
    alt_txt: str
    created: int
    user: str
    title: str = ""
    content: bytes | None = None
    completed: bool = False
    channels: list[str] = field(default_factory=list)

    @property
    def mimetype(self) -> str:
        return mimetypes.guess_type(self.name)[0] or "application/octet-stream"

    @property
    def filetype(self) -> str:
        return self.name.rsplit(".", 1)[-1].lower() if "." in self.name else "binary"

    def to_api(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "title": self.title or self.name,
            "mimetype": self.mimetype,
            "filetype": self.filetype,
            "size": self.length,
            "created": self.created,
            "user": self.user,
            "alt_txt": self.alt_txt,
            "channels": list(self.channels),
            "is_public": False,
        }


def files_get_upload_url_external(ws: Workspace, args: Arguments) -> dict[str, Any]:
    filename = args.required("filename")
    if "length" not in args:
        raise invalid_arguments("missing required field: length")
    length = args.integer("length", 0)
    if length <= 0:
        raise invalid_arguments(f"length must be a positive integer (got {length})")
    if length > FILE_SIZE_MAX:
        raise ApiError("file_too_large")
    alt_txt = args.text("alt_txt") or ""
    if len(alt_txt) > ALT_TEXT_MAX:
        raise invalid_arguments(f"alt_txt must be at most {ALT_TEXT_MAX} characters")
    file_id = ws.new_id("F")
    ws.files[file_id] = UploadedFile(file_id, filename, length, alt_txt, ws.now(), ws.bot_user_id)
    return {"upload_url": f"{ws.upload_base_url}/upload/v1/{file_id}", "file_id": file_id}


def receive_upload(ws: Workspace, file_id: str, content: bytes) -> tuple[int, str]:
    """The POST to an upload URL: (HTTP status, body). A spent or unknown URL answers 404."""
    upload = ws.files.get(file_id)
    if upload is None or upload.completed:
        return 404, "not found"
    upload.content = content
    return 200, f"OK - {len(content)}"


def files_complete_upload_external(ws: Workspace, args: Arguments) -> dict[str, Any]:
    items = args.json("files", error="invalid_arguments")
    if not isinstance(items, list) or not items or not all(isinstance(i, dict) and i.get("id") for i in items):
        raise invalid_arguments('files must be a non-empty JSON array of {"id": ..., "title": ...}')
    if len(items) > FILES_PER_COMPLETION_MAX:
        raise invalid_arguments(f"at most {FILES_PER_COMPLETION_MAX} files per call")
    uploads = []
    for item in items:
        upload = ws.files.get(str(item["id"]))
        if upload is None or upload.completed:
            raise ApiError("file_not_found")
        if upload.content is None or len(upload.content) != upload.length:
            got = 0 if upload.content is None else len(upload.content)
            raise invalid_arguments(f"file {upload.id} was not uploaded whole ({got} of {upload.length} bytes)")
        uploads.append((upload, str(item.get("title") or "")))
    channel_ref = args.text("channel_id") or args.text("channels")
    thread_ts = args.text("thread_ts")
    channel = None
    if channel_ref:
        if "," in channel_ref:
            raise invalid_arguments("the emulator shares to one channel at a time")
        channel = post_target(ws, channel_ref)
        if ws.bot_user_id not in channel.members and (channel.is_private or not ws.chat_write_public):
            raise ApiError("not_in_channel")
        if thread_ts and ws.find_message(channel.id, thread_ts) is None:
            raise ApiError("invalid_thread_ts")
    elif thread_ts:
        raise invalid_arguments("thread_ts needs a channel_id")
    for upload, title in uploads:
        upload.title = title
        upload.completed = True
        if channel is not None:
            upload.channels.append(channel.id)
    shared = [upload.to_api() for upload, _ in uploads]
    if channel is not None:
        ws.add_message(
            channel.id, user=ws.bot_user_id, text=args.text("initial_comment") or "", thread_ts=thread_ts, files=shared
        )
    return {"files": [{"id": f["id"], "title": f["title"]} for f in shared]}


METHODS = {
    "files.getUploadURLExternal": files_get_upload_url_external,
    "files.completeUploadExternal": files_complete_upload_external,
}
