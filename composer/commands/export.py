"""``seller-composer export``: write a checked message as an ``.eml`` file for an email app.

Exit codes follow ``check``: 0 written, 1 refused because of a problem that blocks
sending (nothing written; the findings are printed as ``check`` prints them)
or because today's message limit is used up, 2 bad usage or unreadable input.
Warnings are printed and the file is written.

When the data folder already holds Seller Composer's database, the export is
added to its sent log (route ``eml-file``), because the daily quota counts from
that log and an exported message is usually sent right after. A folder without a
database is never created just for this; ``--no-log`` skips the log (and the
daily-limit check, which counts from it). The log also gives the review and
feedback requests already made for ``--order-id`` (the ``repeat-request`` rule).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from composer.commands.check import (
    ORDER_ID,
    FileResult,
    InputError,
    buyer_language,
    format_human,
    parse_date,
    read_input,
    resolve_type,
)

if TYPE_CHECKING:
    from composer.clock.quota import QuotaCheck
    from composer.mail.thread import Thread
    from composer.message.header import Header

PROG = "seller-composer export"


def _body_html(path: str, raw: str) -> str:
    if path.lower().endswith((".html", ".htm")):
        return raw
    from composer.message.templates import body_to_html

    return body_to_html(raw.replace("\r\n", "\n").replace("\r", "\n"))


def _refs(paths: list[str]) -> tuple:
    from composer.attachments.refs import AttachmentRef

    refs = []
    for raw in paths:
        path = Path(raw).expanduser().absolute()
        if not path.is_file():
            raise InputError(f"cannot attach '{raw}': there is no such file")
        refs.append(AttachmentRef(path, 0, ""))
    return tuple(refs)


def _check_addresses(args: argparse.Namespace) -> None:
    """``--to`` and ``--from``: exactly one plain address each, or bad usage (exit 2)."""
    from composer.export.eml import FromAddressProblem, sender_address
    from composer.mail.syntax import AddressProblem, parse_mailbox
    from composer.message.header import normalise_alias

    if args.to.strip():
        try:
            parse_mailbox(normalise_alias(args.to), "--to")
        except AddressProblem as exc:
            raise InputError(f"{exc} Give the buyer's Amazon address, such as "
                             "abc123@marketplace.amazon.com") from None
    if args.from_address.strip():
        try:
            sender_address(args.from_address)
        except FromAddressProblem as exc:
            raise InputError(str(exc)) from None


def _check_out(args: argparse.Namespace, out: Path) -> None:
    """The .eml path: not an input, the store, a device or in a missing folder (exit 2)."""
    from composer.export.eml import out_path_problem

    inputs = [Path(p).expanduser() for p in [args.file, *args.attach] if p != "-"]
    problem = out_path_problem(out, inputs, _folder(args), create_folders=args.create_folders)
    if problem:
        hint = " (or add --create-folders)" if not out.parent.exists() else ""
        raise InputError(f"cannot write '{args.eml}': {problem}{hint}")


def run(args: argparse.Namespace) -> int:
    from composer.export.guard import ExportContent
    from composer.export.outgoing import prepare_html
    from composer.export.package import record_for
    from composer.export.sequence import check_content, quota_gate
    from composer.mail.syntax import option_problem
    from composer.message.header import Header, normalise_alias

    try:
        message_type = resolve_type(args.message_type) or "reply"
        if args.order_id and not ORDER_ID.match(args.order_id.strip()):
            raise InputError(f"the order ID '{args.order_id}' is not 17 digits as 3-7-7, "
                             "for example 113-4567890-1234567")
        problem = option_problem(args.subject, args.attach)  # the same refusal as check's
        if problem:
            raise InputError(problem)
        _check_addresses(args)
        out = Path(args.eml).expanduser()
        _check_out(args, out)
        raw = read_input(args.file)
        refs = _refs(args.attach)
        language = buyer_language(args.buyer_language)
        order_date = parse_date(args.order_date, "--order-date")
        delivery_date = parse_date(args.delivery_date, "--delivery-date")
    except InputError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
    outgoing = prepare_html(_body_html(args.file, raw))
    header = Header(to=normalise_alias(args.to), order_id=args.order_id.strip(),
                    message_type=message_type, subject=args.subject,
                    buyer_language=language,  # "" without the flag: as check, no language assumed
                    order_date=order_date, delivery_date=delivery_date)
    earlier, zone, today = _log_facts(args, header.order_id)
    content = ExportContent(header=header, html=outgoing.html, plain=outgoing.plain,
                            attachment_refs=refs, business_name=args.business_name,
                            facts=store_facts_for(args, header, today))
    prepared = check_content(content, "eml-file", earlier=earlier, zone=zone, today=today,
                             from_address=args.from_address)
    decision = prepared.decision
    text = decision.message.text if decision.message is not None else ""
    # and what concerns an e-mail alone: "To" is not an Amazon alias, another sender
    findings = [*decision.blocks, *decision.warnings, *decision.route_warnings("eml-file")]
    for line in format_human(FileResult(args.file, text, findings)):
        print(line)
    if decision.blocks:
        print(f"{args.file}: not exported: fix the problems marked 'block' first",
              file=sys.stderr)
        return 1
    if args.to and decision.address_problem:
        print(f"{args.file}: not exported: {decision.address_problem}", file=sys.stderr)
        return 1
    if not args.no_log:
        gate = quota_gate(_quota_check(args), "eml-file")
        if gate.refuse:
            print(f"{args.file}: not exported: {gate.refuse}", file=sys.stderr)
            return 1
        if gate.warn:
            print(f"{args.file}: {gate.warn}", file=sys.stderr)
    if prepared.error or prepared.eml is None:
        print(f"{PROG}: nothing written: {prepared.error}", file=sys.stderr)
        return 2
    try:
        from composer.export.eml import write_eml

        write_eml(out, prepared.eml, create_folders=args.create_folders)
    except Exception as exc:  # a folder that can't be written
        print(f"{PROG}: nothing written: {exc}", file=sys.stderr)
        return 2
    print(f"{args.file}: written to {out}")
    if not args.no_log:
        _log(args, record_for("eml-file", prepared.content, decision))
    return 0


def _folder(args: argparse.Namespace) -> Path:
    from composer.appdata.paths import data_dir

    return data_dir(getattr(args, "data_dir", None))


def _log_facts(args: argparse.Namespace, order_id: str) -> tuple[tuple, tzinfo | None, date]:
    """This order's earlier sends (the ``repeat-request`` rule), the seller's time zone and
    their "today", from the data folder's sent log and Settings (when it has them)."""
    from composer.appdata.settings import Settings
    from composer.clock.quota import local_date, settings_zone, utc_now
    from composer.export.sequence import read_earlier
    from composer.store import STORE_ERRORS, with_existing_store

    folder = _folder(args)
    zone = settings_zone(Settings(folder))
    try:
        earlier = with_existing_store(folder, lambda store: read_earlier(store, order_id)) or ()
    except STORE_ERRORS:
        earlier = ()
    return earlier, zone, local_date(utc_now(), zone)


def store_facts_for(args: argparse.Namespace, header: Header, today: date,
                    thread: Thread | None = None) -> dict[str, object]:
    """An opt-out or restriction Amazon mailed back, and the address a reply answers, from
    the data folder's buyer messages (when it has a database; never created for this)."""
    from composer.export.inboxfacts import store_facts
    from composer.store import STORE_ERRORS, with_existing_store

    try:
        return with_existing_store(_folder(args), lambda store: store_facts(
            store, header, today, thread, args.from_address)) or {}
    except STORE_ERRORS:
        return {}


def _quota_check(args: argparse.Namespace) -> QuotaCheck | None:
    """Today's figures against the limit (issue 8: refuse at the limit, warn near it).

    Only where the data folder has a sent log: that is what the limit counts from.
    A log that cannot be read never stops the export.
    """
    from composer.appdata.settings import Settings
    from composer.clock.quota import before_sending, quota_left
    from composer.store import STORE_ERRORS, with_existing_store

    folder = _folder(args)
    try:
        return with_existing_store(
            folder, lambda store: before_sending(quota_left(store, Settings(folder)),
                                                 language=getattr(args, "language", "en")))
    except (*STORE_ERRORS, ValueError):
        return None


def _log(args: argparse.Namespace, record: object) -> None:
    """Add the export to the sent log when the data folder already has a database."""
    from composer.store import STORE_ERRORS, with_existing_store

    folder = _folder(args)
    try:
        with_existing_store(folder, lambda store: store.record_sent(record))
    except STORE_ERRORS as exc:
        print(f"{PROG}: the file was written, but the sent log in {folder} could not be "
              f"updated: {exc}", file=sys.stderr)
