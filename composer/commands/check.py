"""``seller-composer check``: check message files and report findings, for people or scripts.

Exit codes are a contract: 0 every file compliant, 1 any block finding,
2 bad usage or unreadable input (one plain line on stderr).
"""

from __future__ import annotations

import argparse
import bisect
import json
import re
import sys
from dataclasses import dataclass
from datetime import date
from typing import Any

from composer.policy.model import Finding, Message

HTML_SUFFIXES = (".html", ".htm")
ORDER_ID = re.compile(r"^\d{3}-\d{7}-\d{7}$")


class InputError(Exception):
    """Input that cannot be read; the message is one plain sentence."""


@dataclass(frozen=True)
class FileResult:
    path: str
    text: str
    findings: list[Finding]

    @property
    def compliant(self) -> bool:
        from composer.compose.summary import summarise

        return summarise(self.findings).state != "blocked"

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "compliant": self.compliant,
            "findings": [f.to_dict() for f in self.findings],
        }


def resolve_type(value: str | None) -> str | None:
    """Accept a type id in any letter case; raise InputError naming the known ids."""
    if value is None:
        return None
    from composer.message.messagetypes import message_types

    for entry in message_types():
        if entry.id.lower() == value.lower():
            return entry.id
    known = ", ".join(t.id for t in message_types())
    raise InputError(f"unknown message type '{value}'; use one of: {known}")


def read_input(path: str) -> str:
    """Read a message file (or stdin for '-') as text, with plain-words errors
    (:func:`composer.message.reading.read_message_file`, the app's reader too)."""
    from composer.message.reading import UnreadableFile, read_message_file

    try:
        return read_message_file(path)
    except UnreadableFile as exc:
        raise InputError(str(exc)) from None


def parse_date(value: str | None, flag: str) -> date | None:
    """An ISO date from the command line; a bad one is an InputError in plain words."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"{flag} '{value}' is not a date; write it as YYYY-MM-DD, "
                         "for example 2026-11-20") from None


def window_extra(args: argparse.Namespace) -> dict[str, Any]:
    """The dates the time-window rules read (``composer.policy.windows``)."""
    extra: dict[str, Any] = {}
    for key, flag in (("order_date", "--order-date"), ("delivery_date", "--delivery-date"),
                      ("today", "--today")):
        value = parse_date(getattr(args, key, None), flag)
        if value is not None:
            extra[key] = value
    return extra


_LOCALE = re.compile(r"^([A-Za-z]{2})(?:[-_][A-Za-z0-9]{2,8})*$")


def buyer_language(value: str | None) -> str:
    """``--buyer-language``: "de" for "de", "DE" or "de-DE"; "" when not given.

    Raises InputError for a language the app cannot check, naming the ones it can.
    """
    if value is None:
        return ""
    from composer.message.languages import LANGUAGES

    match = _LOCALE.match(value.strip())
    code = match.group(1).lower() if match else ""
    if code not in LANGUAGES:
        raise InputError(f"unknown buyer language '{value}'; use one of: "
                         f"{', '.join(LANGUAGES)} (or a locale such as de-DE)")
    return code


def personal_dictionary(args: argparse.Namespace) -> frozenset[str]:
    """The words the seller added to the dictionary in the app, read from the data folder.

    Read-only, and only when the folder already has a database: checking a file never
    creates one. A database that cannot be read adds no words.
    """
    import sqlite3

    from composer.appdata.paths import data_dir

    try:
        from composer.store import DB_NAME

        path = data_dir(getattr(args, "data_dir", None)) / DB_NAME
        if not path.is_file():
            return frozenset()
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = connection.execute("SELECT word FROM dictionary").fetchall()
        finally:
            connection.close()
    except (sqlite3.Error, OSError, ValueError):
        return frozenset()
    return frozenset(str(row[0]) for row in rows)


def _header(args: argparse.Namespace) -> dict[str, Any]:
    """The message fields the options give (type, subject, dates, attachments…)."""
    header = {
        "message_type": resolve_type(args.message_type),
        "subject": args.subject,
        "business_name": args.business_name,
        "order_id": args.order_id,
        # With a type given, no --attach means "no files": warranty and invoice need one.
        "extra": {"attachments": list(args.attach)}
        if args.attach or args.message_type else {},
    }
    header["extra"].update(window_extra(args))
    language = buyer_language(getattr(args, "buyer_language", None))
    if language:
        header["buyer_language"] = language
    words = personal_dictionary(args)
    if words:
        header["extra"]["dictionary"] = words
    return header


def build_message(path: str, raw: str, args: argparse.Namespace) -> Message:
    """The message as checked; for HTML, the cleaned HTML as the buyer receives it."""
    return judge(path, raw, args)[0]


def judge(path: str, raw: str, args: argparse.Namespace) -> tuple[Message, list[Finding]]:
    """Check one message file as export would check it before sending it.

    HTML is judged as the buyer receives it: cleaned against the whitelist (the data
    folder's own, as ``clean`` uses), read the same way as the export guard reads it
    (:func:`composer.export.guard.read_sent`), plus what its plain rendering adds.
    Judging the HTML as written let ``<!-->``, ``--!>`` or a ``<head>`` in the body
    hide words from the check that the buyer would see.
    """
    from composer.compose.engine import check
    from composer.policy.model import sort_findings

    header = _header(args)
    if not path.lower().endswith(HTML_SUFFIXES):
        message = Message(text=raw.replace("\r\n", "\n").replace("\r", "\n"), **header)
        return message, check(message)
    from composer.appdata.paths import data_dir
    from composer.export.guard import plain_additions, read_sent
    from composer.export.outgoing import prepare_html
    from composer.sanitize import load_whitelist

    outgoing = prepare_html(raw, load_whitelist(data_dir(getattr(args, "data_dir", None)))
                            .whitelist)
    message = read_sent(outgoing.html, **header)
    findings = check(message)
    plain = Message(text=outgoing.plain, **{**header, "extra": {}})
    findings += plain_additions(message, findings, plain)
    return message, sort_findings(findings)


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def format_human(result: FileResult, language: str = "en") -> list[str]:
    """One line per finding; the message in ``language`` (rule ids and severities stay)."""
    from composer.commands.language import catalog_for, words
    from composer.l10n.sayfindings import localise

    catalog = catalog_for(language)
    lines = []
    # Line starts found once: counting from the top for each finding was quadratic.
    starts = [0] + [m.end() for m in re.finditer("\n", result.text)]
    for item in result.findings:
        if item.attachment is not None:
            where = words(language, "attachment", path=result.path, name=item.attachment)
        elif item.field:
            where = f"{result.path}: {item.field}:{item.start + 1}"
        else:
            line = bisect.bisect_right(starts, item.start)
            col = item.start - starts[line - 1] + 1
            where = f"{result.path}:{line}:{col}"
        message = localise(item, catalog).message
        lines.append(f"{where}  {item.severity}  {item.rule}  {message}")
    return lines


def run(args: argparse.Namespace) -> int:
    from composer.mail.syntax import option_problem

    results: list[FileResult] = []
    try:
        resolve_type(args.message_type)
        window_extra(args)
        buyer_language(getattr(args, "buyer_language", None))
        if args.order_id and not ORDER_ID.match(args.order_id.strip()):
            raise InputError(f"the order ID '{args.order_id}' is not 17 digits as 3-7-7, "
                             "for example 113-4567890-1234567")
        problem = option_problem(args.subject, args.attach)  # refused as export refuses it
        if problem:
            raise InputError(problem)
        if args.files.count("-") > 1:
            raise InputError("standard input ('-') can be read only once")
        for path in args.files:
            message, findings = judge(path, read_input(path), args)
            results.append(FileResult(path, message.text, findings))
    except InputError as exc:
        print(f"seller-composer check: {exc}", file=sys.stderr)
        return 2
    language = buyer_language(getattr(args, "buyer_language", None))
    if language:
        from composer.spelling import unavailable_note

        note = unavailable_note(language)
        if note:
            from composer.commands.language import catalog_for

            note = catalog_for(getattr(args, "language", "en")).say(note)
            print(f"seller-composer check: {note}", file=sys.stderr)
    if args.json:
        json.dump([r.to_dict() for r in results], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        from composer.commands.language import words

        language = getattr(args, "language", "en")
        for result in results:
            lines = format_human(result, language)
            for line in lines:
                print(line)
            if not lines:
                print(words(language, "no_problems", path=result.path))
    return 0 if all(r.compliant for r in results) else 1
