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


def run(args: argparse.Namespace) -> int:
    from composer.export.guard import ExportContent
    from composer.export.outgoing import prepare_html
    from composer.export.package import record_for
    from composer.export.sequence import check_content, quota_gate
    from composer.message.header import Header, normalise_alias

    try:
        message_type = resolve_type(args.message_type) or "reply"
        if args.order_id and not ORDER_ID.match(args.order_id.strip()):
            raise InputError(f"the order ID '{args.order_id}' is not 17 digits as 3-7-7, "
                             "for example 113-4567890-1234567")
        raw = read_input(args.file)
        refs = _refs(args.attach)
        language = buyer_language(args.buyer_language)
        order_date = parse_date(args.order_date, "--order-date")
        delivery_date = parse_date(args.delivery_date, "--delivery-date")
        out = Path(args.eml)
        if out.is_dir():
            raise InputError(f"cannot write '{args.eml}': it is a folder; give a file name")
    except InputError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
    outgoing = prepare_html(_body_html(args.file, raw))
    header = Header(to=normalise_alias(args.to), order_id=args.order_id.strip(),
                    message_type=message_type, subject=args.subject,
                    buyer_language=language,  # "" without the flag: as check, no language assumed
                    order_date=order_date, delivery_date=delivery_date)
    content = ExportContent(header=header, html=outgoing.html, plain=outgoing.plain,
                            attachment_refs=refs, business_name=args.business_name)
    earlier, zone, today = _log_facts(args, header.order_id)
    prepared = check_content(content, "eml-file", earlier=earlier, zone=zone, today=today,
                             from_address=args.from_address)
    decision = prepared.decision
    text = decision.message.text if decision.message is not None else ""
    findings = [*decision.blocks, *decision.warnings]
    if decision.address_warning is not None:  # "To" is not an Amazon alias: say so
        findings.append(decision.address_warning)
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

        write_eml(out, prepared.eml)
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
            folder, lambda store: before_sending(quota_left(store, Settings(folder))))
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
