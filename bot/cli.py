"""The operator command line: `python -m bot <command>`."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from bot.config import ConfigError, Settings, load_settings
from bot.lifecycle import Surface
from bot.weeks import local_date

if TYPE_CHECKING:
    from bot.runtime import Services


def build_parser() -> argparse.ArgumentParser:
    """All subcommands and their options."""
    parser = argparse.ArgumentParser(prog="python -m bot", description="Kasuhara bot operator commands.")
    commands = parser.add_subparsers(dest="command", required=True)

    triage = commands.add_parser("triage", help="classify a description (or JSON lines on stdin)")
    triage.add_argument("text", nargs="?", help="the description; omit with --jsonl")
    triage.add_argument("--jsonl", action="store_true", help='read {"id","text"} lines on stdin, write one result per line')
    triage.add_argument("--policy", help="policy name, overrides the POLICY setting")
    triage.add_argument("--json", action="store_true", help="print the result as JSON instead of text")
    triage.add_argument("--language", choices=("en", "ja"), help="language of the guidance shown")

    model = commands.add_parser("model", help="the statistical second opinion of triage")
    model_commands = model.add_subparsers(dest="model_command", required=True)
    train = model_commands.add_parser("train", help="retrain it on the development cases (never the held-out ones)")
    train.add_argument("--data", default="tests/data/triage_dev.jsonl")
    calibrate = model_commands.add_parser(
        "calibrate", help="fit the confidence curves on the development cases scored out of fold (a few minutes)"
    )
    calibrate.add_argument("--data", default="tests/data/triage_dev.jsonl")
    reader = model_commands.add_parser(
        "danger", help="retrain the danger reader on the safety writers' sets and the development cases (a minute)"
    )
    reader.add_argument("--data", default="tests/data/triage_dev.jsonl")

    policy = commands.add_parser("policy", help="policy files")
    policy_commands = policy.add_subparsers(dest="policy_command", required=True)
    check = policy_commands.add_parser("check", help="validate policy files (all shipped files by default)")
    check.add_argument("files", nargs="*")
    policy_commands.add_parser("list", help="list available policies")

    db = commands.add_parser("db", help="database")
    db_commands = db.add_subparsers(dest="db_command", required=True)
    db_commands.add_parser("upgrade", help="bring the schema to the newest migration")
    db_commands.add_parser("purge", help="delete what is past retention (keeps anonymous aggregates)")

    case = commands.add_parser("case", help="escalations: list them, show one, repair what is half done")
    case_commands = case.add_subparsers(dest="case_command", required=True)
    case_list = case_commands.add_parser("list", help="open cases and unfinished escalations")
    case_list.add_argument("--stuck", action="store_true", help="only escalations left half done")
    case_show = case_commands.add_parser("show", help="one case's status, channel, card and outbox steps")
    case_show.add_argument("ref", help="the case ref, e.g. 2026-1122-0042")
    case_repair = case_commands.add_parser("repair", help="finish half-done escalations (calls Slack)")
    case_repair.add_argument("ref", nargs="?", help="the case ref; or --all")
    case_repair.add_argument("--all", action="store_true", help="every stuck case (what the reconciliation job does)")

    commands.add_parser("demo", help="run a whole scenario against a local Slack emulator")

    customer = commands.add_parser("customer", help="the repeat-offender register: a customer's rights, the key")
    customer_commands = customer.add_subparsers(dest="customer_command", required=True)
    export = customer_commands.add_parser("export", help="print everything held about one customer as JSON")
    export.add_argument("identifier", help='e-mail, phone, customer number, @handle, or "name:..."')
    export.add_argument("--by", default="cli", help="who asks (recorded in the audit log)")
    erase = customer_commands.add_parser("erase", help="erase a customer: identifiers and labels go, cases stay unlinked")
    erase.add_argument("identifier", help="e-mail, phone, customer number or @handle (not a name)")
    erase.add_argument("--by", default="cli", help="who asks (recorded in the audit log)")
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    rotate = customer_commands.add_parser("rotate-key", help="re-key every identifier hash under a new CUSTOMER_HMAC_KEY")
    rotate.add_argument("--new-key-file", required=True, help="file holding the new key (created with --generate)")
    rotate.add_argument("--generate", action="store_true", help="write a new random key to --new-key-file first")
    rotate.add_argument("--by", default="cli", help="who asks (recorded in the audit log)")

    digest = commands.add_parser("digest", help="print the weekly HR digest")
    digest.add_argument("--week-of", help="any date in the week (YYYY-MM-DD); default this week (DIGEST_TIMEZONE)")
    digest.add_argument("--csv", metavar="FILE", help="also write the week's cases as CSV to FILE")
    digest.add_argument("--chart", metavar="FILE", help="also write the 12-week chart by category as PNG to FILE")
    digest.add_argument("--lang", choices=("en", "ja"), help="language of the digest (default LANGUAGE)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings()
    except ConfigError as exc:
        print(f"Configuration error: {exc}", file=sys.stderr)
        return 2
    handlers = {
        "triage": _triage,
        "policy": _policy,
        "model": _model,
        "db": _db,
        "demo": _demo,
        "digest": _digest,
        "customer": _customer,
        "case": _case,
    }
    try:
        return handlers[args.command](args, settings)
    except ConfigError as exc:
        print(f"Configuration error: {exc}", file=sys.stderr)
        return 2


def _triage(args: argparse.Namespace, settings: Settings) -> int:
    from bot.policy.loader import PolicyError, load_bundle
    from bot.triage.cli import describe, read_stdin_bytes, triage_jsonl
    from bot.triage.engine import triage

    try:
        bundle = load_bundle(settings.policy_dir, args.policy or settings.policy)
    except PolicyError as exc:
        print(f"Policy error: {exc}", file=sys.stderr)
        return 2
    if args.jsonl:
        if args.text:
            print("Give either a text or --jsonl, not both.", file=sys.stderr)
            return 2
        _, errors = triage_jsonl(read_stdin_bytes(), sys.stdout, bundle)
        return 1 if errors else 0
    if args.text is None or not args.text.strip():
        print('Describe what happened, e.g.: python -m bot triage "The caller kept me on the phone for 3 hours"', file=sys.stderr)
        return 2
    result = triage(args.text, bundle)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(describe(result, bundle, args.language or settings.language))
    return 0


def _model(args: argparse.Namespace, settings: Settings) -> int:
    from pathlib import Path

    from bot.policy.loader import load_bundle
    from bot.triage import confidence, cues, danger, model, training

    path = Path(args.data)
    if "holdout" in path.name or "holdout" in path.parent.name:
        print("Refusing to train on the held-out cases: they measure what the engine was not tuned on.", file=sys.stderr)
        return 2
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.model_command == "danger":
        examples = training.danger_examples(cases, training.safety_sets(path.parent))
        reader = danger.train(examples, progress=lambda step: print(f"danger reader: {step}", file=sys.stderr))
        danger.save(reader)
        danger.load.cache_clear()
        dangers = sum(e.danger for e in examples)
        print(
            f"Trained the danger reader on {len(examples)} texts ({dangers} dangers): {len(reader.weights)} weights, "
            f"check at {reader.check_at}, strong at {reader.strong_at}; best stretch of {danger.WINDOW} sentences: "
            f"check at {reader.stretch_check_at}, strong at {reader.stretch_strong_at} -> {danger.WEIGHTS_FILE}"
        )
        return 0
    if args.model_command == "calibrate":
        curves = training.calibrate(cases, load_bundle(settings.policy_dir, settings.policy))
        routes = ", ".join(f"{route} ({len(xs)} knots)" for route, (xs, _) in curves.items())
        print(f"Calibrated on {len(cases)} cases scored out of fold: {routes} -> {confidence.CALIBRATION_FILE}")
        return 0
    indexed, trained = training.train_all(cases)
    print(
        f"Trained on {len(cases)} cases: {len(trained.rows)} features, {len(trained.classes)} classes "
        f"-> {model.WEIGHTS_FILE}; {indexed} cues -> {cues.INDEX_FILE}. "
        "Calibrate the confidence again: python -m bot model calibrate"
    )
    return 0


def _policy(args: argparse.Namespace, settings: Settings) -> int:
    from bot.policy.cli import check_command
    from bot.policy.loader import available_policies

    if args.policy_command == "list":
        for name in available_policies(settings.policy_dir):
            marker = " (active)" if name == settings.policy else ""
            print(f"{name}{marker}")
        return 0
    return check_command(list(args.files), settings.policy_dir)


def _db(args: argparse.Namespace, settings: Settings) -> int:
    from bot.db.migrate import current_revision, upgrade

    url = settings.resolved_database_url
    if args.db_command == "upgrade":
        upgrade(url)
        print(f"Database at revision {current_revision(url)}")
        return 0
    from bot.runtime import build_services

    services = build_services(settings)
    result = services.digests.purge(services.clock(), surface=Surface.CLI)
    print(result)
    return 0


def _case(args: argparse.Namespace, settings: Settings) -> int:
    """Operators' view of escalations: ids and states only, never report text or customer details."""
    from bot.runtime import build_services
    from bot.slack.repair import case_health, stuck_cases

    services = build_services(settings)
    now = services.clock()
    if args.case_command == "list":
        stuck = {h.case.id: h for h in stuck_cases(services.cases, services.outbox, now)}
        rows = list(stuck.values())
        if not args.stuck:
            rows += [case_health(services.cases, services.outbox, c, now) for c in services.cases.open_cases(500) if c.id not in stuck]
        rows.sort(key=lambda h: h.case.created_at)
        for health in rows:
            case = health.case
            card = "card" if case.card_location else "no card"
            problems = "; ".join(health.problems) or "ok"
            print(f"{case.ref}  {case.status.value:<12} {case.escalation_channel_id or '-':<12} {card:<8} {problems}")
        print(f"{len(rows)} case(s); {len(stuck)} stuck")
        return 0
    if args.case_command == "show":
        found = services.cases.find_case_by_ref(args.ref)
        if found is None:
            print(f"No case {args.ref!r}", file=sys.stderr)
            return 2
        _print_case(case_health(services.cases, services.outbox, found, now))
        return 0
    return _case_repair(args, services)


def _case_repair(args: argparse.Namespace, services: Any) -> int:
    from bot.slack.app import build_bot
    from bot.slack.repair import repair, run_reconciliation

    if bool(args.ref) == bool(args.all):
        print("Give a case ref or --all.", file=sys.stderr)
        return 2
    _, ctx = build_bot(services)
    if args.all:
        report = run_reconciliation(ctx)
        print(f"Checked {report.checked} open case(s); repaired {len(report.repaired)}: {', '.join(report.repaired) or '-'}")
        if report.still_stuck:
            print(f"Still stuck: {', '.join(report.still_stuck)}")
        return 1 if report.still_stuck else 0
    found = services.cases.find_case_by_ref(args.ref)
    if found is None:
        print(f"No case {args.ref!r}", file=sys.stderr)
        return 2
    health = repair(ctx, found.id)
    _print_case(health)
    return 1 if health.stuck else 0


def _print_case(health: Any) -> None:
    case = health.case
    print(f"Case {case.ref} (id {case.id}): {case.status.value}, severity {case.severity.value}")
    print(f"  reported {case.created_at:%Y-%m-%d %H:%M} UTC by {case.reporter_user_id}")
    print(f"  channel: {case.escalation_channel_id or '-'}   card: {case.card_ts or '-'}")
    print(f"  managers: {', '.join(case.manager_ids) or '-'}")
    for step in health.steps:
        extra = f"  ({step.last_error})" if step.last_error else ""
        print(f"  step {step.kind:<15} {step.state.value:<8} tries {step.attempts}  due {step.due_at:%H:%M:%S}{extra}")
    print("  problems: " + ("; ".join(health.problems) or "none"))


def _demo(args: argparse.Namespace, settings: Settings) -> int:
    from bot.demo import run_demo

    return run_demo(settings)


def _digest(args: argparse.Namespace, settings: Settings) -> int:
    from pathlib import Path

    from bot.chart import japanese_font, render_category_chart
    from bot.digest import csv_text
    from bot.runtime import build_services
    from bot.slack.blocks.digest import week_line, weekly_digest_sections
    from bot.slack.digest_files import chart_language, chart_text

    try:
        day = dt.date.fromisoformat(args.week_of) if args.week_of else None
    except ValueError:
        print(f"--week-of {args.week_of!r} is not a date like 2026-11-23", file=sys.stderr)
        return 2
    services = build_services(settings)
    lang = args.lang or settings.language
    report = services.digests.report(day or local_date(services.clock(), settings.digest_zone))
    print(week_line(report.digest, lang))
    window = settings.repeat_offender_window_days
    for title, lines in weekly_digest_sections(report.digest, lang, services.bundle, window_days=window):
        if title:
            print(f"\n{_plain(title)}")
        for line in lines:
            print(f"  {_plain(line)}")
    if args.csv:
        Path(args.csv).write_text(csv_text(report.cases, report.digest.zone), encoding="utf-8-sig", newline="")
        print(f"\n{len(report.cases)} cases written to {args.csv}")
    if args.chart:
        chart_lang = chart_language(lang)
        font = japanese_font() if chart_lang == "ja" else None
        Path(args.chart).write_bytes(render_category_chart(report.series, chart_text(chart_lang, services.bundle), font=font))
        print(f"Chart of the 12 weeks to {report.digest.last_day} written to {args.chart}")
    return 0


def _customer(args: argparse.Namespace, settings: Settings) -> int:
    from bot.runtime import build_services

    services = build_services(settings)
    register, now = services.register, services.clock()
    if args.customer_command == "rotate-key":
        return _rotate_key(args, settings, services)
    from bot.customer_query import parse_customer_query
    from bot.services.register import NotErasableByName

    try:
        kind, raw = parse_customer_query(args.identifier)
        if args.customer_command == "export":
            print(json.dumps(register.export(kind, raw, args.by, now), ensure_ascii=False, indent=2))
            return 0
        if not args.yes:
            answer = input(f"Erase every identifier and label of the customer with this {kind.label}? Cases stay. [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                print("Nothing erased.")
                return 1
        erasure = register.erase(kind, raw, args.by, now)
    except NotErasableByName as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except ValueError as exc:
        print(f"Not a usable identifier: {exc}", file=sys.stderr)
        return 2
    if erasure.customer_id is None and not erasure.case_ids:
        print(f"No customer or case holds this {kind.label}. The look-up is recorded in the audit log.")
        return 1
    print(
        f"Erased: {erasure.identifiers_removed} identifiers; {erasure.cases_unlinked} cases kept without the customer"
        + (f" ({len(erasure.open_cases)} still open: {', '.join(erasure.open_cases)})" if erasure.open_cases else "")
        + "."
    )
    from bot.slack.register import redraw_cards

    try:
        redrawn = redraw_cards(services, erasure.case_ids)
    except Exception as exc:  # noqa: BLE001 - the erasure is done; say what is left to do
        print(f"The case cards in Slack could not be redrawn ({exc}); they change at their next update.", file=sys.stderr)
        return 0
    if redrawn:
        print(f"Redrew {redrawn} case cards in Slack.")
    return 0


def _rotate_key(args: argparse.Namespace, settings: Settings, services: Services) -> int:
    import secrets
    from pathlib import Path

    from bot.services.register import WrongKey

    path = Path(args.new_key_file)
    if args.generate:
        if path.exists():
            print(f"{path} exists; --generate will not overwrite a key.", file=sys.stderr)
            return 2
        path.write_text(secrets.token_hex(32) + "\n", encoding="utf-8")
        path.chmod(0o600)
    if not path.exists():
        print(f"No key file {path}; create it, or add --generate.", file=sys.stderr)
        return 2
    new_key = path.read_text(encoding="utf-8").strip().encode("utf-8")
    try:
        rotation = services.register.rotate_key(new_key, args.by, services.clock())
    except (WrongKey, ValueError) as exc:
        print(str(exc), file=sys.stderr)
        return 2
    print(
        f"Re-keyed {rotation.customer_identifiers_rekeyed} customer identifiers and "
        f"{rotation.case_identifiers_rekeyed} case identifiers; removed {rotation.customer_identifiers_removed} and "
        f"{rotation.case_identifiers_removed} whose values are no longer held."
    )
    if settings.customer_hmac_key:
        print("Now set CUSTOMER_HMAC_KEY to the new key on every instance, then start the bot.")
    else:
        key_file = settings.data_dir / "customer_hmac.key"
        key_file.write_text(new_key.decode("utf-8") + "\n", encoding="utf-8")
        key_file.chmod(0o600)
        print(f"The new key is now in {key_file}.")
    return 0
def _plain(mrkdwn_text: str) -> str:
    """Digest mrkdwn as terminal text: no bold marks, no emoji codes, entities decoded."""
    text = re.sub(r":[a-z0-9_+-]+: ", "", mrkdwn_text.replace("*", ""))
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
