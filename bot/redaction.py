"""Keeping personal data out of logs: what libraries log about requests is cut before it is written.

Slack's frameworks log request and response content at some levels (Bolt logs the body of a
request it refuses at INFO; slack_sdk logs every call's parameters at DEBUG). That content is
report text and customer details, so on the loggers handed to them a filter cuts each message
at the first sign of content (a JSON object or list, a `body:` or `params:` field) at every
level. Our own log lines name case ids and error codes, never text.
"""

from __future__ import annotations

import logging
import re
import traceback

REDACTED = "[content redacted]"
_CONTENT = re.compile(r"[{\[]|\b(?:body|params|payload|query_params|body_params|json|data|headers|response)\s*[:=(]")


def redact(message: str) -> str:
    """`message` cut at the first sign of request or response content."""
    found = _CONTENT.search(message)
    return message if found is None else message[: found.start()].rstrip() + " " + REDACTED


class ContentRedactingFilter(logging.Filter):
    """A logging filter that redacts request and response content from every record it sees."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a record whose arguments do not format: keep only its template
            message = str(record.msg)
        redacted = redact(message)
        if redacted != message or record.args:
            record.msg, record.args = redacted, ()
        return True


_FILTER = ContentRedactingFilter()


def redacted_logger(name: str) -> logging.Logger:
    """The logger `name` with the redacting filter on it (once); child loggers Bolt makes copy its filters."""
    logger = logging.getLogger(name)
    if _FILTER not in logger.filters:
        logger.addFilter(_FILTER)
    return logger


def redact_library_loggers(prefixes: tuple[str, ...] = ("slack_bolt", "slack_sdk")) -> None:
    """Put the filter on every logger these libraries have made so far (some are made without a base)."""
    for name in list(logging.root.manager.loggerDict):
        if name.startswith(prefixes):
            redacted_logger(name)


# PostgreSQL explains a failed constraint with the row's values ("DETAIL: Failing row contains
# (...)", "Key (email)=(...)"); hide_parameters does not cover the server's own words.
_DATABASE_DETAIL = re.compile(r"^DETAIL:.*$|Failing row contains \(.*?\)\.?|Key \(.*?\)=\(.*?\)", re.MULTILINE)


def without_database_detail(text: str) -> str:
    """`text` without the row values a database error quotes."""
    return _DATABASE_DETAIL.sub("DETAIL: [redacted]", text)


_MARK = "_drops_database_detail"


def install_record_sanitiser() -> None:
    """Make every log record, from any logger, drop the row values database errors quote (once per process)."""
    make_record = logging.getLogRecordFactory()
    if getattr(make_record, _MARK, False):
        return

    def sanitised(*args: object, **kwargs: object) -> logging.LogRecord:
        record = make_record(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a record that does not format is left to the handler to report
            return record
        if "DETAIL:" in message or "Failing row" in message:
            record.msg, record.args = without_database_detail(message), ()
        if record.exc_info and record.exc_info[1] is not None:
            formatted = "".join(traceback.format_exception(*record.exc_info))
            if "DETAIL:" in formatted or "Failing row" in formatted:
                record.exc_text = without_database_detail(formatted).rstrip("\n")
        return record

    setattr(sanitised, _MARK, True)
    logging.setLogRecordFactory(sanitised)
