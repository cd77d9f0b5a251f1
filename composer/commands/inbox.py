"""``seller-composer inbox``: import Amazon's e-mails, list buyer messages, write a reply.

``import FILE...`` reads .eml, .msg and mbox files; a file that cannot be read or is not
Amazon's stops it with exit 2 and nothing imported. ``list [--json]`` prints id, order,
buyer, marketplace, received, due and state. ``reply ID --eml OUT MESSAGE_FILE`` writes the
threaded reply (In-Reply-To and References name the buyer's message) after the same checks
as ``export``, and logs it, so the message counts as answered. ``check`` fetches new
Amazon e-mails from the mailbox in Settings › Receiving (exit 1 when the server cannot be
reached or refuses the password, with what was stored kept).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timezone
from pathlib import Path

PROG = "seller-composer inbox"


def run(args: argparse.Namespace) -> int:
    action = {"import": _import, "list": _list, "reply": _reply, "check": _check}[args.action]
    return action(args)


def _folder(args: argparse.Namespace) -> Path:
    from composer.appdata.paths import data_dir

    return data_dir(getattr(args, "data_dir", None))


def _fail(text: str) -> int:
    print(f"{PROG}: {text}", file=sys.stderr)
    return 2


def _import(args: argparse.Namespace) -> int:
    from composer.inbox.importing import ImportProblem, import_files
    from composer.store import STORE_ERRORS, StoreProblemError, open_store

    folder = _folder(args)
    try:
        with open_store(folder) as store:
            report = import_files(store, args.files, folder)
    except ImportProblem as exc:
        return _fail(str(exc))
    except StoreProblemError as exc:
        return _fail(f"nothing was imported: {exc.problem.line()}")
    except STORE_ERRORS as exc:
        return _fail(f"nothing was imported: {exc}")
    from composer.commands.language import catalog_for

    catalog = catalog_for(getattr(args, "language", "en"))
    for line in report.lines(catalog.say):
        print(line)
    return 0


def _when(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def rows(summaries: list, now: datetime) -> list[dict[str, object]]:
    """The list's rows: waiting first (the nearest due first), then answered, then the rest."""
    from composer.inbox.listorder import sort_for_list

    return [{"id": s.id, "order": s.order_id, "buyer": s.buyer_name or s.relay,
             "marketplace": s.marketplace, "received": _when(s.received_at),
             "due": _when(s.due_at), "state": s.state}
            for s in sort_for_list(summaries, now)]


def _list(args: argparse.Namespace) -> int:
    from composer.store import DB_NAME, STORE_ERRORS, StoreProblemError, open_read_only

    folder = _folder(args)
    summaries: list = []
    if (folder / DB_NAME).exists():
        try:
            with open_read_only(folder, salvage=False) as store:
                summaries = store.inbox_list()
        except StoreProblemError as exc:
            return _fail(exc.problem.line())
        except STORE_ERRORS as exc:
            return _fail(str(exc))
    table = rows(summaries, datetime.now(timezone.utc))
    if args.json:
        print(json.dumps(table, ensure_ascii=False, indent=2))
        return 0
    if not table:
        print("No buyer messages yet. Import Amazon's e-mails with "
              "'seller-composer inbox import FILE...'.")
        return 0
    print(f"{'ID':>5}  {'ORDER':<19}  {'BUYER':<24}  {'MARKET':<6}  {'RECEIVED':<20}  "
          f"{'DUE':<20}  STATE")
    for row in table:
        print(f"{row['id']:>5}  {row['order']!s:<19}  {str(row['buyer'])[:24]:<24}  "
              f"{row['marketplace']!s:<6}  {row['received']!s:<20}  {row['due']!s:<20}  "
              f"{row['state']}")
    return 0


def _reply(args: argparse.Namespace) -> int:
    from composer.commands.check import FileResult, InputError, format_human, read_input
    from composer.commands.export import (
        _body_html,
        _check_addresses,
        _check_out,
        _log,
        _log_facts,
        _quota_check,
        _refs,
        store_facts_for,
    )
    from composer.export.guard import ExportContent
    from composer.export.outgoing import prepare_html
    from composer.export.package import record_for
    from composer.export.sequence import check_content, quota_gate
    from composer.inbox.replying import reply_header, reply_thread
    from composer.mail.syntax import option_problem
    from composer.store import (
        DB_NAME,
        STORE_ERRORS,
        InboxItemNotFoundError,
        StoreProblemError,
        open_read_only,
    )

    folder = _folder(args)
    if not (folder / DB_NAME).exists():
        return _fail(f"there is no buyer message {args.id}: nothing has been imported into "
                     f"{folder} yet")
    try:
        with open_read_only(folder, salvage=False) as store:
            item = store.inbox_item(args.id)
    except InboxItemNotFoundError as exc:
        return _fail(str(exc))
    except StoreProblemError as exc:
        return _fail(exc.problem.line())
    except STORE_ERRORS as exc:
        return _fail(str(exc))
    if item.mail.kind == "delivery-notice" or not item.mail.relay:
        return _fail(f"{args.id} is a notice from Amazon, not a buyer's message: there is "
                     "nobody to reply to")
    header = reply_header(item.mail, datetime.now(timezone.utc))  # never "in the future"
    args.to = header.to
    args.message_type = "reply"
    try:
        problem = option_problem(header.subject, args.attach)
        if problem:
            raise InputError(problem)
        _check_addresses(args)
        out = Path(args.eml).expanduser()
        _check_out(args, out)
        raw = read_input(args.file)
        refs = _refs(args.attach)
    except InputError as exc:
        return _fail(str(exc))
    outgoing = prepare_html(_body_html(args.file, raw))
    thread = reply_thread(item.mail, item.id)
    earlier, zone, today = _log_facts(args, header.order_id)
    content = ExportContent(header=header, html=outgoing.html, plain=outgoing.plain,
                            attachment_refs=refs, business_name=args.business_name,
                            thread=thread,
                            facts=store_facts_for(args, header, today, thread))
    prepared = check_content(content, "eml-file", earlier=earlier, zone=zone, today=today,
                             from_address=args.from_address)
    decision = prepared.decision
    text = decision.message.text if decision.message is not None else ""
    findings = [*decision.blocks, *decision.warnings, *decision.route_warnings("eml-file")]
    for line in format_human(FileResult(args.file, text, findings)):
        print(line)
    if decision.blocks:
        print(f"{args.file}: not exported: fix the problems marked 'block' first",
              file=sys.stderr)
        return 1
    if not args.no_log:
        gate = quota_gate(_quota_check(args), "eml-file")
        if gate.refuse:
            print(f"{args.file}: not exported: {gate.refuse}", file=sys.stderr)
            return 1
        if gate.warn:
            print(f"{args.file}: {gate.warn}", file=sys.stderr)
    if prepared.error or prepared.eml is None:
        return _fail(f"nothing written: {prepared.error}")
    try:
        from composer.export.eml import write_eml

        write_eml(out, prepared.eml, create_folders=args.create_folders)
    except Exception as exc:  # a folder that can't be written
        return _fail(f"nothing written: {exc}")
    print(f"{args.file}: reply to buyer message {args.id} written to {out}")
    if not args.no_log:
        _log(args, record_for("eml-file", prepared.content, decision))
    return 0


def _check(args: argparse.Namespace) -> int:
    """Check mailbox once: the password from the keychain, or one line on stdin."""
    from composer.appdata.settings import Settings
    from composer.export.keychain import session_passwords
    from composer.inbox.mailbox import MailboxAccount, MailboxProblem, check_mailbox
    from composer.store import STORE_ERRORS, StoreProblemError, open_store

    folder = _folder(args)
    account = MailboxAccount.from_settings(Settings(folder))
    if account.problem():
        return _fail(account.problem() or "")
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = session_passwords().get(account.host, account.user) or ""
    if not password:
        return _fail(f"no password for {account.user} on {account.host}: save it in "
                     "Settings › Receiving, or give it with --password-stdin")
    try:
        with open_store(folder) as store:
            result = check_mailbox(store, folder, account, password)
    except MailboxProblem as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 1
    except StoreProblemError as exc:
        return _fail(f"nothing was stored: {exc.problem.line()}")
    except STORE_ERRORS as exc:
        return _fail(f"nothing was stored: {exc}")
    from composer.commands.language import catalog_for

    print(catalog_for(getattr(args, "language", "en")).say(result.line()))
    return 1 if result.problem else 0
