"""`python -m bot demo`: one whole scenario against a local Slack emulator, printed as a conversation.

No Slack workspace and no network: the real bot (Bolt on waitress, a scratch SQLite database)
answers requests that the emulator's client sends it, signed as Slack signs them, and its Web API
calls go to the emulator. What people would see in Slack is rendered here as plain text.
"""

from __future__ import annotations

import re
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from bot.config import Settings

INDENT = "    "
WIDTH = 100
DEMO_THRESHOLD = 2  # repeat-offender threshold for the demo, so the customer's second report is flagged
DEMO_PLACES = {"en": ("Shinjuku store", "Shibuya store"), "ja": ("新宿店", "渋谷店")}  # unless REPORT_LOCATIONS is set

_EMOJI = {
    "rotating_light": "🚨",
    "red_circle": "🔴",
    "large_orange_circle": "🟠",
    "large_yellow_circle": "🟡",
    "large_blue_circle": "🔵",
    "white_circle": "⚪",
    "white_check_mark": "✅",
    "memo": "📝",
    "warning": "⚠️",
    "no_entry": "⛔",
    "police_car": "🚓",
    "scales": "⚖️",
    "checkered_flag": "🏁",
    "raising_hand": "🙋",
    "arrow_up": "⬆️",
    "card_index": "📇",
    "speech_balloon": "💬",
    "alarm_clock": "⏰",
    "information_source": "ℹ️",
    "arrows_counterclockwise": "🔄",
    "small_blue_diamond": "🔹",
}
_TOKEN = re.compile(r"<([^<>]+)>")
_EMOJI_CODE = re.compile(r":([a-z0-9_+-]+):")
_BOLD = re.compile(r"(?<![\w*])\*(\S(?:[^*\n]*\S)?)\*(?![\w*])")
_ITALIC = re.compile(r"(?<![\w_])_(\S(?:[^_\n]*\S)?)_(?![\w_])")


class Names:
    """User and channel names for rendering mentions (`<@U…>` as @sato, `<#C…>` as #front-desk)."""

    def __init__(self, user: Callable[[str], str | None], channel: Callable[[str], str | None]) -> None:
        self._user = user
        self._channel = channel

    def user(self, user_id: str) -> str:
        return f"@{self._user(user_id) or user_id}"

    def channel(self, channel_id: str) -> str:
        return f"#{self._channel(channel_id) or channel_id}"


def mrkdwn_to_text(text: str, names: Names) -> str:
    """Slack mrkdwn as a person reads it: mentions and dates resolved, entities unescaped, emoji drawn."""

    def token(match: re.Match[str]) -> str:
        inner = match.group(1)
        if inner.startswith("@"):
            return names.user(inner[1:].split("|")[0])
        if inner.startswith("#"):
            return names.channel(inner[1:].split("|")[0])
        if inner.startswith("!date^"):
            return inner.rpartition("|")[2]
        if inner.startswith("!"):
            return "@" + inner[1:].split("|")[0]
        url, _, label = inner.partition("|")
        return f"{label} ({url})" if label else url

    text = _TOKEN.sub(token, text)
    text = _EMOJI_CODE.sub(lambda m: _EMOJI.get(m.group(1), m.group(0)), text)
    text = _ITALIC.sub(r"\1", _BOLD.sub(r"\1", text))
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def render_blocks(blocks: Iterable[dict[str, Any]], names: Names) -> list[str]:
    """Block Kit (messages, modals, Home tabs) as lines of plain text."""
    lines: list[str] = []
    for block in blocks:
        kind = block.get("type")
        if kind == "header":
            title = _text(block.get("text"), names)
            lines += [title.upper() if title.isascii() else title, "═" * min(len(title) + 2, 60)]
        elif kind == "section":
            if block.get("text"):
                lines += _text(block["text"], names).split("\n")
            for field in block.get("fields") or ():
                lines += ["  " + line for line in _text(field, names).split("\n")]
            accessory = block.get("accessory")
            if accessory and accessory.get("type") == "button":
                lines.append(_button(accessory, names))
        elif kind == "context":
            lines += ["  · " + line for element in block.get("elements") or () for line in _text(element, names).split("\n")]
        elif kind == "divider":
            lines.append("─" * 40)
        elif kind == "actions":
            lines.append("  ".join(_button(e, names) for e in block.get("elements") or () if e.get("type") == "button"))
        elif kind == "input":
            lines.append(f"{_text(block.get('label'), names)}: {_input_value(block.get('element') or {})}")
        else:
            lines.append(f"({kind} block)")
    return lines


def _text(node: dict[str, Any] | None, names: Names) -> str:
    if not node:
        return ""
    text = str(node.get("text") or "")
    if node.get("type") == "mrkdwn":
        return mrkdwn_to_text(text, names)
    return _EMOJI_CODE.sub(lambda m: _EMOJI.get(m.group(1), m.group(0)), text)


def _button(element: dict[str, Any], names: Names) -> str:
    return f"[ {_text(element.get('text'), names)} ]"


def _input_value(element: dict[str, Any]) -> str:
    if element.get("initial_value"):
        return f"“{element['initial_value']}”"
    if element.get("type") in ("checkboxes", "radio_buttons", "static_select"):
        return " / ".join(f"◯ {o['text']['text']}" for o in element.get("options") or ())
    return "________"


class Transcript:
    """Prints the conversation: who did what, and what the bot showed to whom."""

    def __init__(self, names: Names, out: Callable[[str], None] = print) -> None:
        self.names = names
        self.out = out

    def scene(self, title: str) -> None:
        self.out("")
        self.out(f"━━ {title} " + "━" * max(0, WIDTH - len(title) - 4))

    def person(self, user_id: str, where: str, what: str) -> None:
        self.out(f"{self.names.user(user_id)} in {where}: {what}")

    def note(self, text: str) -> None:
        self.out(f"  ↳ {text}")

    def bot(self, heading: str, blocks: list[dict[str, Any]] | None, text: str = "") -> None:
        self.out(f"  🤖 {heading}")
        lines = render_blocks(blocks, self.names) if blocks else mrkdwn_to_text(text, self.names).split("\n")
        for line in lines:
            self.out(f"{INDENT}│ {line}".rstrip())


def run_demo(settings: Settings) -> int:
    """Play the scenario against an emulated Slack with a scratch database; returns the exit code."""
    _reconfigure_output()
    from bot.emulator import SlackEmulator
    from bot.emulator import workplace as harness

    with tempfile.TemporaryDirectory(prefix="kasuhara-demo-") as scratch, SlackEmulator() as slack:
        demo_settings = harness.settings_for(
            slack,
            Path(scratch),
            database_url=f"sqlite:///{(Path(scratch) / 'demo.db').as_posix()}",
            policy=settings.policy,
            policy_dir=settings.policy_dir,
            language=settings.language,
            timezone=settings.timezone,
            escalation_channel_prefix=settings.escalation_channel_prefix,
            repeat_offender_threshold=DEMO_THRESHOLD,
            # The demo's own desk and places unless .env names yours.
            desk_name=settings.desk_name or "People Support Desk",
            desk_name_ja=settings.desk_name_ja or ("" if settings.desk_name else "従業員相談窓口"),
            desk_slack=settings.desk_slack,
            desk_phone=settings.desk_phone or ("" if settings.desk_name else "03-1234-5678"),
            desk_hours=settings.desk_hours or ("" if settings.desk_name else "Weekdays 9:00-18:00"),
            desk_hours_ja=settings.desk_hours_ja or ("" if settings.desk_name else "平日 9:00〜18:00"),
            report_locations=settings.report_locations or DEMO_PLACES.get(settings.language, DEMO_PLACES["en"]),
        )
        workplace = harness.start_workplace(slack, demo_settings)
        try:
            _play(workplace, harness)
        finally:
            workplace.bot.stop()
    return 0


# What the people of the demo type, in each language (the narration stays in English).
SCRIPT: dict[str, dict[str, str]] = {
    "en": {
        "said": "The caller called me an idiot, kept shouting abuse at me for 40 minutes and said he would "
        "post my name online if I did not give him a refund",
        "note": "Called him back with the team lead; he withdrew the threat. Warned that abuse ends the call.",
        "pasted": "From the customer (email): You people are useless. I will wait for that idiot after work "
        "and post his photo online.",
        "later": "A customer at the counter insisted I write an apology letter and sign it",
        "uneasy": "A customer at the counter told me he knows people who could pay me a visit.",
    },
    "ja": {
        "said": "電話のお客様に「バカ」と言われ、40分間ずっと怒鳴られ続けた。返金しないならネットに私の名前を晒すと言われた",
        "note": "リーダーと一緒に折り返し電話をし、お客様は発言を撤回した。暴言が続けば通話を終える旨を伝えた。",
        "pasted": "お客様からのメール: お前らは本当に役立たずだ。あのバカを仕事終わりに待ち伏せして、写真をネットに上げてやる。",
        "later": "窓口でお客様に謝罪文を書いて署名しろと強く迫られた",
        "uneasy": "窓口のお客様に「知り合いに頼んで、あんたのところに顔を出させてもいいんだぞ」と言われた",
    },
}


def _play(workplace: Any, harness: Any) -> None:
    from bot.lifecycle import Outcome
    from bot.slack import ids
    from bot.slack.i18n import label, t

    slack = workplace.slack
    lang = workplace.bot.services.settings.language
    script = SCRIPT.get(lang, SCRIPT["en"])
    if lang == "ja":  # a Japanese workplace: everyone's Slack is in Japanese
        for user in slack.workspace.users.values():
            user.locale = "ja-JP"
    names = Names(
        lambda u: (slack.user(u) or {}).get("name"),
        lambda c: (slack.channel(c) or {}).get("name"),
    )
    show = Transcript(names)
    staff, staff_ja, manager, hr = harness.STAFF, harness.STAFF_JA, harness.MANAGER, harness.HR
    front_desk = names.channel(workplace.front_desk)

    show.out("Kasuhara bot demo: the real bot against a local Slack emulator (no Slack, no network).")
    policy_title = workplace.bot.services.bundle.policy.title.get(lang)
    show.out(f"Policy: {policy_title} · language {lang} · repeat-offender threshold {DEMO_THRESHOLD} (demo setting)")

    # 1. A member of staff asks privately what to make of a call.
    show.scene("1. Sato describes a phone call with /harassment")
    said = script["said"]
    show.person(staff, front_desk, f"/harassment {said}")
    response = workplace.command(said, user=staff)
    reply = workplace.last_ephemeral(staff, via="slash_command.ack")
    show.bot(f"answers in the acknowledgement itself, visible only to {names.user(staff)}:", response.json["blocks"])

    # 2. Add details: the form, prefilled, with the customer's email; escalate.
    show.scene("2. Sato clicks [Add details], adds the customer's email and escalates")
    workplace.press_on_ephemeral(ids.ACTION_OPEN_REPORT, reply, user=staff)
    [form] = slack.wait_until(lambda: slack.open_views(staff), what="the report form")
    show.bot("opens the report form, prefilled with the description:", form["blocks"])
    place = workplace.bot.services.settings.report_locations[0]
    show.person(
        staff, "the form", f"where “{place}”, customer email “Taro.Yamada@example.com”, contact channel Phone, ☑ escalate → Submit"
    )
    values = {
        ids.BLOCK_TEXT: {ids.INPUT: said},
        ids.BLOCK_LOCATION: {ids.INPUT: place},
        ids.BLOCK_CUSTOMER_EMAIL: {ids.INPUT: "Taro.Yamada@example.com"},
        ids.BLOCK_CONTACT_CHANNEL: {ids.INPUT: "phone"},
        ids.BLOCK_ESCALATE: {ids.INPUT: [ids.OPTION_YES]},
    }
    workplace.sim.view_submission(form["id"], values, user_id=staff)
    first = workplace.wait_for_case(lambda c: c.escalation_channel_id, "the escalated case")
    card = workplace.card(first)
    channel = slack.channel(first.escalation_channel_id)
    members = ", ".join(names.user(m) for m in channel["members"] if m != slack.bot_user_id)
    show.note(f"the bot creates the private channel #{channel['name']} (no customer detail in the name) and invites {members}")
    show.bot(f"posts the case card in #{channel['name']}:", card["blocks"])
    [confirmation] = slack.wait_until(lambda: workplace.dm(staff), what="the confirmation DM")
    show.bot(f"tells {names.user(staff)} by DM:", confirmation["blocks"], confirmation["text"])

    # 3. A manager acknowledges, then ends the case with an outcome.
    show.scene("3. Suzuki (manager) acknowledges the case, then ends it with an outcome")
    show.person(manager, f"#{channel['name']}", f"[ {t('action.acknowledge', lang)} ]")
    workplace.press_on_card(ids.ACTION_CASE_ACKNOWLEDGE, first, user=manager)
    [line] = slack.wait_until(lambda: workplace.thread(first), what="the thread line")
    show.bot("updates the card in place and notes in its thread:", None, line["text"])
    show.person(manager, f"#{channel['name']}", f"[ {t('action.resolve', lang)} ]")
    workplace.press_on_card(ids.ACTION_CASE_RESOLVE, first, user=manager)
    [resolve_form] = slack.wait_until(lambda: slack.open_views(manager), what="the resolve form")
    show.bot("opens the form that ends the case:", resolve_form["blocks"])
    note = script["note"]
    outcome = label("outcome", Outcome.RESOLVED_WITH_CUSTOMER, lang)
    show.person(manager, "the form", f"outcome “{outcome}”, note “{note}” → {t('resolve.submit', lang)}")
    workplace.sim.view_submission(
        resolve_form["id"],
        {ids.BLOCK_OUTCOME: {ids.INPUT: Outcome.RESOLVED_WITH_CUSTOMER.value}, ids.BLOCK_NOTE: {ids.INPUT: note}},
        user_id=manager,
    )
    slack.wait_until(lambda: len(workplace.thread(first)) == 2, what="the resolve line")
    show.bot("notes in the thread:", None, workplace.thread(first)[-1]["text"])
    final_card = workplace.card(first)
    status_line = t("case.status", lang, status="").strip()
    status = next(b for b in final_card["blocks"] if status_line in str(b.get("text", {}).get("text", "")))
    show.bot("and the card now reads:", [status])

    # 4. The same customer again, written differently, reported from a channel message.
    show.scene("4. Later: the same customer writes in; Tanaka reports the message with the shortcut")
    pasted = script["pasted"]
    ts = slack.add_message(workplace.front_desk, pasted, user=staff_ja)
    show.person(staff_ja, front_desk, pasted)
    show.person(staff_ja, front_desk, "⋮ More actions → Report harassment (on that message)")
    workplace.sim.message_shortcut(ids.SHORTCUT_REPORT, user_id=staff_ja, channel_id=workplace.front_desk, message_ts=ts)
    [shortcut_form] = slack.wait_until(lambda: slack.open_views(staff_ja), what="the shortcut's form")
    show.note("the form opens prefilled with the message")
    show.person(staff_ja, "the form", "customer email “TARO.YAMADA@EXAMPLE.COM ”, ☑ escalate → Submit")
    workplace.submit_report(shortcut_form["id"], user=staff_ja, email="TARO.YAMADA@EXAMPLE.COM ")
    second = workplace.wait_for_case(lambda c: c.id != first.id and c.escalation_channel_id, "the second case")
    second_card = workplace.card(second)
    history_title = t("history.card_title", lang)
    history = [b for b in second_card["blocks"] if history_title in str(b.get("text", {}).get("text", ""))]
    show.note(f"case {second.ref} in #{names.channel(second.escalation_channel_id)[1:]}; the same customer is recognised")
    show.bot("the new card's customer history:", history or second_card["blocks"])

    # 5. Log only, then tell a manager after all: from the reply itself.
    show.scene("5. Sato logs another incident only, then decides to tell a manager after all")
    later = script["later"]
    show.person(staff, front_desk, f"/harassment {later}")
    workplace.command(later, user=staff)
    show.person(staff, front_desk, f"[ {t('button.log_only', lang)} ]")
    pressed = workplace.press_on_ephemeral(ids.ACTION_LOG_ONLY, workplace.last_ephemeral(staff), user=staff)
    [logged] = workplace.wait_for_response(pressed)
    show.bot(f"replaces the reply, visible only to {names.user(staff)}:", logged["blocks"])
    show.person(staff, front_desk, f"[ {t('button.escalate_short', lang)} ] (an hour later)")
    pressed = workplace.press_on_ephemeral(ids.ACTION_ESCALATE_LOGGED, workplace.last_ephemeral(staff), user=staff)
    [escalated] = workplace.wait_for_response(pressed)
    show.bot("escalates the case it had logged and says whom to talk to:", escalated["blocks"])

    # 6. Words that may hide a danger the floor's phrases do not name: safety comes first all the same.
    show.scene("6. Sato describes a veiled threat: the reply asks to check for danger first")
    uneasy = script["uneasy"]
    show.person(staff, front_desk, f"/harassment {uneasy}")
    response = workplace.command(uneasy, user=staff)
    show.bot(f"answers, visible only to {names.user(staff)}:", response.json["blocks"])

    # 7. HR's weekly numbers.
    show.scene("7. Ito (HR) asks for this week's digest")
    show.person(hr, front_desk, "/harassment digest")
    digest = workplace.wait_for_response(workplace.command("digest", user=hr))[0]
    show.bot(f"answers, visible only to {names.user(hr)}:", digest.get("blocks"), digest.get("text", ""))

    workplace.bot.wait_idle()
    failed = slack.failed_calls()
    show.scene("Done")
    show.out(f"Web API calls made by the bot: {len(slack.calls)}; refused by Slack's rules: {len(failed)}.")
    show.out("Run the bot for real with `python app.py` once .env holds your Slack app's tokens.")


def _reconfigure_output() -> None:
    """Never fail on a console that cannot show an emoji or Japanese."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="replace")
