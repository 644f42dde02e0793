"""Settings: read once from the environment (and `.env`) into one frozen object.

No other module reads `os.environ`; everything that needs a setting is handed the
`Settings` object (or the single value it needs).
"""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from bot.ladder import parse_days, parse_hours

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_POLICY_DIR = PROJECT_ROOT / "policy_content"
DEFAULT_SLACK_API_URL = "https://slack.com/api/"

_USER_ID = re.compile(r"^[UW][A-Z0-9]{2,}$")
_USERGROUP_ID = re.compile(r"^S[A-Z0-9]{2,}$")
_CHANNEL_ID = re.compile(r"^[CGD][A-Z0-9]{2,}$")
_CHANNEL_PREFIX = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
_DESK_CONTACT = re.compile(r"^[UWC][A-Z0-9]{2,}$")
LOCATION_MAX = 75  # a Slack select option's text
LOCATIONS_MAX = 100  # a Slack static select's options
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class ConsultationDesk:
    """Where staff can turn for help: the consultation desk the law asks employers to keep."""

    name: str = ""
    name_ja: str = ""
    slack: str = ""  # a user id (U…) or channel id (C…)
    phone: str = ""
    hours: str = ""
    hours_ja: str = ""

    @property
    def configured(self) -> bool:
        return bool(self.name or self.slack or self.phone)


class ConfigError(ValueError):
    """A setting is missing or malformed; the message says which and how to fix it."""


@dataclass(frozen=True)
class Settings:
    """Every setting of the bot. Build with `load_settings()` or `Settings.from_env()`."""

    # Policy and language
    policy: str = "general"
    policy_dir: Path = DEFAULT_POLICY_DIR
    language: str = "en"
    call_time_limit_minutes: int = 30

    # Storage
    data_dir: Path = PROJECT_ROOT / "data"
    database_url: str = ""
    customer_hmac_key: str = ""
    repeat_offender_threshold: int = 3
    repeat_offender_window_days: int = 90
    case_retention_days: int = 1095
    customer_detail_retention_days: int = 365
    migrate_on_start: bool = True
    db_pool_size: int = 10
    db_max_overflow: int = 10
    db_pool_recycle_seconds: int = 1800

    # Slack
    slack_bot_token: str = ""
    slack_signing_secret: str = ""
    slack_app_token: str = ""
    slack_api_url: str = DEFAULT_SLACK_API_URL
    port: int = 3000
    http_threads: int = 8
    manager_user_ids: tuple[str, ...] = ()
    manager_usergroup_id: str = ""
    hr_user_ids: tuple[str, ...] = ()
    hr_usergroup_id: str = ""
    hr_channel_id: str = ""
    escalation_channel_prefix: str = "kasuhara"
    escalation_alert_minutes: int = 10  # a case not with a manager by then: managers and HR alerted by DM
    escalation_wait_seconds: float = 8.0  # how long the listener itself keeps at an escalation; then the worker
    outbox_max_attempts: int = 8
    outbox_poll_seconds: float = 5.0
    run_outbox_worker: bool = True
    slack_timeout_seconds: int = 10
    shutdown_drain_seconds: int = 0
    metrics_dir: str = ""

    # Scheduling
    timezone: str = "Asia/Tokyo"
    # The reminder ladder (bot.ladder): acknowledgement deadlines, business hours, backups
    ack_deadline_critical_minutes: int = 5  # also every case happening now
    ack_deadline_high_minutes: int = 15
    ack_deadline_medium_minutes: int = 30
    ack_deadline_low_minutes: int = 60
    reminder_repeat_minutes: int = 30
    reminder_max: int = 4
    business_hours: str = ""  # "09:00-18:00"; empty: all day
    business_days: str = ""  # "mon-fri"; empty: every day
    backup_manager_user_ids: tuple[str, ...] = ()
    backup_manager_usergroup_id: str = ""
    digest_weekday: str = "mon"
    digest_hour: int = 9
    digest_minute: int = 0
    digest_timezone: str = ""  # the digest's weeks and dates; empty: TIMEZONE
    run_scheduler: bool = True

    # The consultation desk shown to staff, and the places a report can name
    desk_name: str = ""
    desk_name_ja: str = ""
    desk_slack: str = ""  # a user id (U…) or channel id (C…) to contact
    desk_phone: str = ""
    desk_hours: str = ""
    desk_hours_ja: str = ""
    report_locations: tuple[str, ...] = ()
    # Care for the reporter after a case is resolved
    care_checkin: bool = True
    care_checkin_business_days: int = 1  # 0: the same day, if the hour is still ahead
    care_checkin_hour: int = 10

    log_level: str = "INFO"
    extra: Mapping[str, str] = field(default_factory=dict, compare=False, repr=False)

    @property
    def consultation_desk(self) -> ConsultationDesk:
        """The consultation desk settings as one value."""
        return ConsultationDesk(
            self.desk_name, self.desk_name_ja, self.desk_slack, self.desk_phone, self.desk_hours, self.desk_hours_ja
        )

    @property
    def socket_mode(self) -> bool:
        """True when an app-level token is set: connect over Socket Mode, not HTTP."""
        return bool(self.slack_app_token)

    @property
    def digest_zone(self) -> str:
        """The time zone of the digest's weeks and dates: DIGEST_TIMEZONE, else TIMEZONE."""
        return self.digest_timezone or self.timezone

    @property
    def resolved_database_url(self) -> str:
        """DATABASE_URL, or the default SQLite file under the data folder."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'kasuhara.db').as_posix()}"

    def with_overrides(self, **changes: Any) -> Settings:
        """A copy with some settings changed (tests, CLI flags)."""
        return replace(self, **changes)

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Settings:
        """Parse settings from a mapping; raise ConfigError naming the bad setting."""
        r = _Reader(env)
        settings = cls(
            policy=r.text("POLICY", "general"),
            policy_dir=Path(r.text("POLICY_DIR", str(DEFAULT_POLICY_DIR))),
            language=r.choice("LANGUAGE", ("en", "ja"), "en"),
            call_time_limit_minutes=r.integer("CALL_TIME_LIMIT_MINUTES", 30, low=1, high=600),
            data_dir=Path(r.text("DATA_DIR", str(PROJECT_ROOT / "data"))),
            database_url=r.text("DATABASE_URL", ""),
            customer_hmac_key=r.text("CUSTOMER_HMAC_KEY", ""),
            repeat_offender_threshold=r.integer("REPEAT_OFFENDER_THRESHOLD", 3, low=2, high=1000),
            repeat_offender_window_days=r.integer("REPEAT_OFFENDER_WINDOW_DAYS", 90, low=1, high=3650),
            case_retention_days=r.integer("CASE_RETENTION_DAYS", 1095, low=30, high=36500),
            customer_detail_retention_days=r.integer(
                "CUSTOMER_DETAIL_RETENTION_DAYS", 365, low=1, high=36500
            ),
            migrate_on_start=r.boolean("MIGRATE_ON_START", True),
            db_pool_size=r.integer("DB_POOL_SIZE", 10, low=1, high=500),
            db_max_overflow=r.integer("DB_MAX_OVERFLOW", 10, low=0, high=500),
            db_pool_recycle_seconds=r.integer("DB_POOL_RECYCLE_SECONDS", 1800, low=-1, high=86400),
            slack_bot_token=r.text("SLACK_BOT_TOKEN", ""),
            slack_signing_secret=r.text("SLACK_SIGNING_SECRET", ""),
            slack_app_token=r.text("SLACK_APP_TOKEN", ""),
            slack_api_url=_with_slash(r.text("SLACK_API_URL", DEFAULT_SLACK_API_URL)),
            port=r.integer("PORT", 3000, low=1, high=65535),
            http_threads=r.integer("HTTP_THREADS", 8, low=1, high=256),
            manager_user_ids=r.id_list("MANAGER_USER_IDS", _USER_ID, "Slack user ids like U012ABCDEF"),
            manager_usergroup_id=r.pattern("MANAGER_USERGROUP_ID", _USERGROUP_ID, "a user group id like S012ABCDEF"),
            hr_user_ids=r.id_list("HR_USER_IDS", _USER_ID, "Slack user ids like U012ABCDEF"),
            hr_usergroup_id=r.pattern("HR_USERGROUP_ID", _USERGROUP_ID, "a user group id like S012ABCDEF"),
            hr_channel_id=r.pattern("HR_CHANNEL_ID", _CHANNEL_ID, "a channel id like C012ABCDEF"),
            escalation_channel_prefix=r.pattern(
                "ESCALATION_CHANNEL_PREFIX",
                _CHANNEL_PREFIX,
                "lowercase letters, digits, '-' or '_', at most 40 characters",
                default="kasuhara",
            ),
            escalation_alert_minutes=r.integer("ESCALATION_ALERT_MINUTES", 10, low=1, high=1440),
            escalation_wait_seconds=r.integer("ESCALATION_WAIT_SECONDS", 8, low=0, high=60),
            outbox_max_attempts=r.integer("OUTBOX_MAX_ATTEMPTS", 8, low=1, high=100),
            outbox_poll_seconds=r.integer("OUTBOX_POLL_SECONDS", 5, low=1, high=3600),
            run_outbox_worker=r.boolean("RUN_OUTBOX_WORKER", True),
            slack_timeout_seconds=r.integer("SLACK_TIMEOUT_SECONDS", 10, low=1, high=120),
            shutdown_drain_seconds=r.integer("SHUTDOWN_DRAIN_SECONDS", 0, low=0, high=300),
            metrics_dir=r.text("METRICS_DIR", ""),
            timezone=r.text("TIMEZONE", "Asia/Tokyo"),
            ack_deadline_critical_minutes=r.integer("ACK_DEADLINE_CRITICAL_MINUTES", 5, low=1, high=10080),
            ack_deadline_high_minutes=r.integer("ACK_DEADLINE_HIGH_MINUTES", 15, low=1, high=10080),
            ack_deadline_medium_minutes=r.integer("ACK_DEADLINE_MEDIUM_MINUTES", 30, low=1, high=10080),
            ack_deadline_low_minutes=r.integer("ACK_DEADLINE_LOW_MINUTES", 60, low=1, high=10080),
            reminder_repeat_minutes=r.integer("REMINDER_REPEAT_MINUTES", 30, low=1, high=10080),
            reminder_max=r.integer("REMINDER_MAX", 4, low=1, high=20),
            business_hours=r.checked("BUSINESS_HOURS", parse_hours, "a time range like 09:00-18:00"),
            business_days=r.checked("BUSINESS_DAYS", parse_days, "weekdays like mon-fri or mon,tue,sat"),
            backup_manager_user_ids=r.id_list("BACKUP_MANAGER_USER_IDS", _USER_ID, "Slack user ids like U012ABCDEF"),
            backup_manager_usergroup_id=r.pattern(
                "BACKUP_MANAGER_USERGROUP_ID", _USERGROUP_ID, "a user group id like S012ABCDEF"
            ),
            digest_weekday=r.choice("DIGEST_WEEKDAY", _WEEKDAYS, "mon"),
            digest_hour=r.integer("DIGEST_HOUR", 9, low=0, high=23),
            digest_minute=r.integer("DIGEST_MINUTE", 0, low=0, high=59),
            digest_timezone=r.text("DIGEST_TIMEZONE", ""),
            run_scheduler=r.boolean("RUN_SCHEDULER", True),
            desk_name=r.text("CONSULTATION_DESK_NAME", ""),
            desk_name_ja=r.text("CONSULTATION_DESK_NAME_JA", ""),
            desk_slack=r.pattern(
                "CONSULTATION_DESK_SLACK", _DESK_CONTACT, "a Slack user id like U012ABCDEF or channel id like C012ABCDEF"
            ),
            desk_phone=r.text("CONSULTATION_DESK_PHONE", ""),
            desk_hours=r.text("CONSULTATION_DESK_HOURS", ""),
            desk_hours_ja=r.text("CONSULTATION_DESK_HOURS_JA", ""),
            report_locations=r.locations("REPORT_LOCATIONS"),
            care_checkin=r.boolean("CARE_CHECKIN", True),
            care_checkin_business_days=r.integer("CARE_CHECKIN_BUSINESS_DAYS", 1, low=0, high=30),
            care_checkin_hour=r.integer("CARE_CHECKIN_HOUR", 10, low=0, high=23),
            log_level=r.choice("LOG_LEVEL", ("DEBUG", "INFO", "WARNING", "ERROR"), "INFO", upper=True),
        )
        _check_timezone(settings.timezone)
        if settings.digest_timezone:
            _check_timezone(settings.digest_timezone, "DIGEST_TIMEZONE")
        return settings

    @property
    def local_database(self) -> bool:
        """True when the database is a SQLite file (or in memory) on this machine."""
        return self.resolved_database_url.startswith("sqlite")

    def require_slack(self) -> None:
        """Raise ConfigError unless everything needed to talk to Slack is present and well-formed."""
        if not self.slack_bot_token:
            raise ConfigError(
                "SLACK_BOT_TOKEN is not set: copy the Bot User OAuth Token (xoxb-...) from "
                "your app's 'OAuth & Permissions' page into .env"
            )
        if not self.slack_bot_token.startswith("xoxb-"):
            raise ConfigError("SLACK_BOT_TOKEN must be a bot token starting with 'xoxb-'")
        if self.slack_app_token and not self.slack_app_token.startswith("xapp-"):
            raise ConfigError(
                "SLACK_APP_TOKEN must be an app-level token starting with 'xapp-' "
                "(Basic Information > App-Level Tokens, scope connections:write), or unset for HTTP mode"
            )
        if not self.slack_app_token and not self.slack_signing_secret:
            raise ConfigError(
                "SLACK_SIGNING_SECRET is not set: copy it from your app's 'Basic Information' page "
                "into .env (needed in HTTP mode; or set SLACK_APP_TOKEN for Socket Mode)"
            )
        if not (self.manager_user_ids or self.manager_usergroup_id):
            raise ConfigError(
                "Neither MANAGER_USER_IDS nor MANAGER_USERGROUP_ID is set: name who receives "
                "escalations, e.g. MANAGER_USER_IDS=U012ABCDEF,U034GHIJKL"
            )
        if not self.slack_api_url.startswith(("https://", "http://")):
            raise ConfigError("SLACK_API_URL must be an http(s) URL such as https://slack.com/api/")


def load_settings(env_file: str | os.PathLike[str] | None = None) -> Settings:
    """Load `.env` (without overriding the real environment) and parse the settings."""
    from dotenv import dotenv_values

    path = Path(env_file) if env_file else PROJECT_ROOT / ".env"
    merged: dict[str, str] = {}
    if path.exists():
        merged.update({k: v for k, v in dotenv_values(path).items() if v is not None})
    merged.update(os.environ)
    return Settings.from_env(merged)


def customer_hmac_key(settings: Settings) -> bytes:
    """The secret for identifier hashes: the setting, else a key file kept in the data folder.

    The key file is only for a database on this machine (a local SQLite file): several
    instances sharing a server database would each make their own key and never recognise one
    another's customers, so there the setting is required (ConfigError).
    """
    if settings.customer_hmac_key:
        return settings.customer_hmac_key.encode("utf-8")
    if not settings.local_database:
        raise ConfigError(
            "CUSTOMER_HMAC_KEY is not set: with a shared database every instance needs the same key "
            "(generate one with: python -c 'import secrets; print(secrets.token_hex(32))')"
        )
    key_file = settings.data_dir / "customer_hmac.key"
    if key_file.exists():
        return key_file.read_text(encoding="utf-8").strip().encode("utf-8")
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32)
    key_file.write_text(key + "\n", encoding="utf-8")
    key_file.chmod(0o600)
    return key.encode("utf-8")


def _with_slash(url: str) -> str:
    return url if url.endswith("/") else url + "/"


def _check_timezone(name: str, setting: str = "TIMEZONE") -> None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"{setting}={name!r} is not a known time zone; use e.g. Asia/Tokyo") from None


class _Reader:
    """Typed reads from an environment mapping with one clear error per bad value."""

    def __init__(self, env: Mapping[str, str]) -> None:
        self.env = env

    def text(self, name: str, default: str) -> str:
        value = self.env.get(name)
        return default if value is None or value.strip() == "" else value.strip()

    def integer(self, name: str, default: int, *, low: int, high: int) -> int:
        raw = self.text(name, "")
        if raw == "":
            return default
        try:
            value = int(raw)
        except ValueError:
            raise ConfigError(f"{name}={raw!r} is not a whole number; set it to a number from {low} to {high}") from None
        if not low <= value <= high:
            raise ConfigError(f"{name}={value} is out of range; set it to a number from {low} to {high}")
        return value

    def boolean(self, name: str, default: bool) -> bool:
        raw = self.text(name, "").lower()
        if raw == "":
            return default
        if raw in ("1", "true", "yes", "on"):
            return True
        if raw in ("0", "false", "no", "off"):
            return False
        raise ConfigError(f"{name}={raw!r} is not a yes/no value; use true or false")

    def choice(self, name: str, options: tuple[str, ...], default: str, *, upper: bool = False) -> str:
        raw = self.text(name, default)
        value = raw.upper() if upper else raw.lower()
        if value not in options:
            raise ConfigError(f"{name}={raw!r} is not allowed; use one of: {', '.join(options)}")
        return value

    def pattern(self, name: str, regex: re.Pattern[str], what: str, default: str = "") -> str:
        raw = self.text(name, default)
        if raw and not regex.match(raw):
            raise ConfigError(f"{name}={raw!r} is malformed; expected {what}")
        return raw

    def locations(self, name: str) -> tuple[str, ...]:
        """A comma-separated list of place names (stores, branches, sites), each short enough for a menu."""
        items = tuple(dict.fromkeys(part.strip() for part in self.text(name, "").split(",") if part.strip()))
        for item in items:
            if len(item) > LOCATION_MAX:
                raise ConfigError(f"{name} contains {item[:20]!r}…, longer than {LOCATION_MAX} characters; shorten it")
        if len(items) > LOCATIONS_MAX:
            raise ConfigError(f"{name} lists {len(items)} places; a menu holds at most {LOCATIONS_MAX}")
        return items
    def checked(self, name: str, parse: Callable[[str], object], what: str) -> str:
        """The raw text, once `parse` accepts it (empty is always accepted)."""
        raw = self.text(name, "")
        if raw:
            try:
                parse(raw)
            except ValueError as exc:
                raise ConfigError(f"{name}={raw!r} is malformed ({exc}); expected {what}") from None
        return raw

    def id_list(self, name: str, regex: re.Pattern[str], what: str) -> tuple[str, ...]:
        raw = self.text(name, "")
        items = tuple(part.strip() for part in raw.split(",") if part.strip())
        for item in items:
            if not regex.match(item):
                raise ConfigError(f"{name} contains {item!r}, which is malformed; expected {what}, comma-separated")
        return items
