"""Settings, start-up refusal with one clear line, and the Slack app manifest."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import ConfigError, Settings, customer_hmac_key
from bot.slack import ids

ROOT = Path(__file__).resolve().parent.parent
GOOD = {
    "SLACK_BOT_TOKEN": "xoxb-1-2-abc",
    "SLACK_SIGNING_SECRET": "secret",
    "MANAGER_USER_IDS": "U012ABCDEF, U034GHIJKL",
}


def test_defaults_and_parsing(tmp_path: Path) -> None:
    settings = Settings.from_env({**GOOD, "DATA_DIR": str(tmp_path), "LANGUAGE": "JA", "PORT": "8080"})
    settings.require_slack()
    assert settings.language == "ja" and settings.port == 8080
    assert settings.manager_user_ids == ("U012ABCDEF", "U034GHIJKL")
    assert settings.resolved_database_url == f"sqlite:///{tmp_path.as_posix()}/kasuhara.db"
    assert settings.slack_api_url == "https://slack.com/api/"
    assert not settings.socket_mode
    assert Settings.from_env({**GOOD, "SLACK_APP_TOKEN": "xapp-1-x"}).socket_mode
    assert (settings.ack_deadline_critical_minutes, settings.ack_deadline_high_minutes) == (5, 15)
    assert (settings.ack_deadline_medium_minutes, settings.ack_deadline_low_minutes) == (30, 60)
    assert settings.business_hours == "" and settings.timezone == "Asia/Tokyo"
    office = Settings.from_env({**GOOD, "BUSINESS_HOURS": "09:00-18:00", "BACKUP_MANAGER_USER_IDS": "U0BACKUP1"})
    assert office.business_hours == "09:00-18:00" and office.backup_manager_user_ids == ("U0BACKUP1",)


@pytest.mark.parametrize(
    ("env", "names"),
    [
        ({"PORT": "eighty"}, "PORT"),
        ({"PORT": "70000"}, "PORT"),
        ({"LANGUAGE": "fr"}, "LANGUAGE"),
        ({"MANAGER_USER_IDS": "bob"}, "MANAGER_USER_IDS"),
        ({"HR_CHANNEL_ID": "#hr"}, "HR_CHANNEL_ID"),
        ({"ESCALATION_CHANNEL_PREFIX": "Kasu Hara"}, "ESCALATION_CHANNEL_PREFIX"),
        ({"TIMEZONE": "Mars/Olympus"}, "TIMEZONE"),
        ({"RUN_SCHEDULER": "maybe"}, "RUN_SCHEDULER"),
        ({"CONSULTATION_DESK_SLACK": "#desk"}, "CONSULTATION_DESK_SLACK"),
        ({"REPORT_LOCATIONS": "Shinjuku," + "x" * 76}, "REPORT_LOCATIONS"),
        ({"BUSINESS_HOURS": "18:00-09:00"}, "BUSINESS_HOURS"),
        ({"BUSINESS_DAYS": "weekdays"}, "BUSINESS_DAYS"),
        ({"ACK_DEADLINE_HIGH_MINUTES": "0"}, "ACK_DEADLINE_HIGH_MINUTES"),
        ({"BACKUP_MANAGER_USER_IDS": "U1,bob"}, "BACKUP_MANAGER_USER_IDS"),
        ({"BACKUP_MANAGER_USERGROUP_ID": "managers"}, "BACKUP_MANAGER_USERGROUP_ID"),
    ],
)
def test_malformed_settings_name_themselves(env: dict[str, str], names: str) -> None:
    with pytest.raises(ConfigError, match=names):
        Settings.from_env({**GOOD, **env})


@pytest.mark.parametrize(
    ("drop_or_change", "names"),
    [
        ({"SLACK_BOT_TOKEN": ""}, "SLACK_BOT_TOKEN"),
        ({"SLACK_BOT_TOKEN": "xoxp-user-token"}, "SLACK_BOT_TOKEN"),
        ({"SLACK_SIGNING_SECRET": ""}, "SLACK_SIGNING_SECRET"),
        ({"MANAGER_USER_IDS": ""}, "MANAGER_USERGROUP_ID"),
        ({"SLACK_APP_TOKEN": "xoxb-wrong-kind"}, "SLACK_APP_TOKEN"),
    ],
)
def test_missing_slack_settings_are_refused(drop_or_change: dict[str, str], names: str) -> None:
    settings = Settings.from_env({**GOOD, **drop_or_change})
    with pytest.raises(ConfigError, match=names):
        settings.require_slack()


def test_app_refuses_to_start_with_one_clear_line(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "DATA_DIR": str(tmp_path), "SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s",
           "MANAGER_USER_IDS": "", "MANAGER_USERGROUP_ID": "", "SLACK_APP_TOKEN": ""}  # blank beats a local .env
    done = subprocess.run([sys.executable, "app.py"], cwd=ROOT, env=env, capture_output=True, timeout=60)
    lines = done.stderr.decode().strip().splitlines()
    assert done.returncode == 2
    assert len(lines) == 1 and "MANAGER_USER_IDS" in lines[0]
    assert not (tmp_path / "kasuhara.db").exists()  # nothing half-started


def test_customer_key_file_is_only_for_a_local_database(tmp_path: Path) -> None:
    local = Settings.from_env({**GOOD, "DATA_DIR": str(tmp_path)})
    made = customer_hmac_key(local)
    assert made and customer_hmac_key(local) == made  # kept in the data folder, the same on restart
    shared = Settings.from_env({**GOOD, "DATA_DIR": str(tmp_path / "other"), "DATABASE_URL": "postgresql+psycopg://db/kasuhara"})
    with pytest.raises(ConfigError, match="CUSTOMER_HMAC_KEY"):
        customer_hmac_key(shared)
    assert not (tmp_path / "other" / "customer_hmac.key").exists()
    given = Settings.from_env({**GOOD, "DATABASE_URL": "postgresql+psycopg://db/kasuhara", "CUSTOMER_HMAC_KEY": "k" * 32})
    assert customer_hmac_key(given) == b"k" * 32


def test_app_with_a_shared_database_and_no_customer_key_stops_with_one_line(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "DATA_DIR": str(tmp_path), "SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s",
           "MANAGER_USER_IDS": "U012ABCDEF", "SLACK_APP_TOKEN": "", "CUSTOMER_HMAC_KEY": "",
           "DATABASE_URL": "postgresql+psycopg://nobody@127.0.0.1:9/none"}  # never reached
    done = subprocess.run([sys.executable, "app.py"], cwd=ROOT, env=env, capture_output=True, timeout=60)
    lines = done.stderr.decode().strip().splitlines()
    assert done.returncode == 2
    assert len(lines) == 1 and "CUSTOMER_HMAC_KEY" in lines[0], lines


def test_manifest_declares_what_the_code_uses() -> None:
    manifest = json.loads((ROOT / "slack-manifest.json").read_text(encoding="utf-8"))
    features = manifest["features"]
    assert [c["command"] for c in features["slash_commands"]] == [ids.COMMAND]
    assert [(s["type"], s["callback_id"]) for s in features["shortcuts"]] == [("message", ids.SHORTCUT_REPORT)]
    assert features["app_home"]["home_tab_enabled"] is True
    assert manifest["settings"]["interactivity"]["is_enabled"] is True
    assert manifest["settings"]["event_subscriptions"]["bot_events"] == ["app_home_opened"]
    # Exactly the scopes the Web API methods we call need (see README).
    assert sorted(manifest["oauth_config"]["scopes"]["bot"]) == sorted(
        [
            "commands",
            "chat:write",
            "files:write",
            "groups:write",
            "groups:read",
            "groups:history",
            "im:write",
            "users:read",
            "usergroups:read",
        ]
    )


def test_env_example_documents_every_setting() -> None:
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    source = (ROOT / "bot" / "config.py").read_text(encoding="utf-8")
    import re

    read = set(re.findall(r'r\.\w+\(\s*"([A-Z_]+)"', source))
    assert read, "the settings reader changed shape"
    missing = sorted(name for name in read if f"\n{name}=" not in example)
    assert missing == []


def test_consultation_desk_and_places_are_read() -> None:
    settings = Settings.from_env(
        {
            **GOOD,
            "CONSULTATION_DESK_NAME": "People Support Desk",
            "CONSULTATION_DESK_NAME_JA": "従業員相談窓口",
            "CONSULTATION_DESK_SLACK": "C0DESK0001",
            "CONSULTATION_DESK_PHONE": "03-1234-5678",
            "CONSULTATION_DESK_HOURS": "Weekdays 9-18",
            "REPORT_LOCATIONS": " 新宿店, Shibuya store ,,新宿店",
        }
    )
    desk = settings.consultation_desk
    assert desk.configured and desk.name_ja == "従業員相談窓口" and desk.slack == "C0DESK0001"
    assert settings.report_locations == ("新宿店", "Shibuya store")
    assert not Settings.from_env(GOOD).consultation_desk.configured
