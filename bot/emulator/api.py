"""Arguments and errors shared by the emulated Web API methods."""

from __future__ import annotations

import base64
import contextlib
import copy
import json
from collections.abc import Mapping, Sequence
from typing import Any

from bot.emulator.blockkit import Problem

# Arguments Slack takes as JSON, either encoded in a form field or inline in a JSON body.
JSON_ARGUMENTS = ("blocks", "attachments", "view", "metadata")
_TRUE = {"1", "true", "True", "yes"}


class ApiError(Exception):
    """A Slack API error: answered with HTTP 200 and {"ok": false, "error": ...}."""

    def __init__(self, error: str, **fields: Any) -> None:
        super().__init__(error)
        self.error = error
        self.fields = fields

    def body(self) -> dict[str, Any]:
        return {"ok": False, "error": self.error, **self.fields}


def invalid_arguments(*messages: str) -> ApiError:
    """Slack's generic argument error, with an explanation per problem."""
    return ApiError("invalid_arguments", response_metadata={"messages": [f"[ERROR] {m}" for m in messages]})


def problems_error(error: str, problems: Sequence[Problem]) -> ApiError:
    """invalid_blocks / invalid_arguments carrying each Block Kit problem, as Slack reports them."""
    return ApiError(
        error,
        errors=[str(p) for p in problems],
        response_metadata={"messages": [f"[ERROR] {p}" for p in problems]},
    )


class Arguments:
    """The parameters of one API call, whether sent as a query, a form or JSON."""

    def __init__(self, params: Mapping[str, Any]) -> None:
        self._params = dict(params)

    def __contains__(self, name: str) -> bool:
        return name in self._params

    def get(self, name: str, default: Any = None) -> Any:
        return self._params.get(name, default)

    def text(self, name: str) -> str | None:
        value = self._params.get(name)
        return None if value is None else str(value)

    def required(self, name: str, *, error: str | None = None) -> str:
        """A non-empty string argument; missing raises `error` or invalid_arguments."""
        value = self.text(name)
        if not value:
            raise ApiError(error) if error else invalid_arguments(f"missing required field: {name}")
        return value

    def flag(self, name: str) -> bool:
        value = self._params.get(name)
        return value is True or (isinstance(value, (str, int)) and str(value) in _TRUE)

    def integer(self, name: str, default: int) -> int:
        value = self._params.get(name)
        try:
            return default if value in (None, "") else int(value)
        except (TypeError, ValueError) as error:
            raise invalid_arguments(f"{name} must be an integer (got {value!r})") from error

    def id_list(self, name: str) -> list[str]:
        """A comma-separated list of ids ("U1,U2"), or a JSON list."""
        value = self._params.get(name)
        if value is None:
            return []
        items = value if isinstance(value, list) else str(value).split(",")
        return [str(item).strip() for item in items if str(item).strip()]

    def json(self, name: str, *, error: str) -> Any:
        """A JSON argument, decoded when it arrived as a string; undecodable raises `error`."""
        value = self._params.get(name)
        if not isinstance(value, str):
            return copy.deepcopy(value)
        if not value.strip():
            return None
        try:
            return json.loads(value)
        except json.JSONDecodeError as decode_error:
            raise ApiError(
                error, response_metadata={"messages": [f"[ERROR] {name} is not valid JSON: {decode_error}"]}
            ) from decode_error

    def logged(self) -> dict[str, Any]:
        """The parameters as tests see them in the call log, JSON arguments decoded."""
        logged = copy.deepcopy(self._params)
        for name in JSON_ARGUMENTS:
            if isinstance(logged.get(name), str):
                with contextlib.suppress(json.JSONDecodeError):  # kept as sent; the method reports it
                    logged[name] = json.loads(logged[name])
        return logged


def paginate(items: list[Any], args: Arguments, *, default_limit: int = 100) -> tuple[list[Any], str]:
    """One page of `items` and the next_cursor ("" on the last page), as Slack paginates."""
    limit = args.integer("limit", default_limit) or default_limit
    cursor = args.text("cursor")
    start = 0
    if cursor:
        try:
            start = int(base64.b64decode(cursor).decode().removeprefix("offset:"))
        except ValueError as error:
            raise ApiError("invalid_cursor") from error
    page = items[start : start + limit]
    more = start + limit < len(items)
    next_cursor = base64.b64encode(f"offset:{start + limit}".encode()).decode() if more else ""
    return page, next_cursor
