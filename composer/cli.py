"""Command line: open the app, take a screenshot, or check messages without a window.

Qt is imported only when a window is really needed, so ``check`` and
``--version`` stay fast and work on machines with no display at all.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import math
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from composer import __version__
from composer.appdata.paths import ENV_VAR

EXIT_OK = 0
EXIT_BLOCKED = 1
EXIT_USAGE = 2

NO_DISPLAY_MESSAGE = (
    "Seller Composer cannot open its window because no display was found; "
    "run 'seller-composer --screenshot FILE.png' to save a picture of it, "
    "or 'seller-composer check MESSAGE.txt' to check a message from the command line."
)


# The largest row id SQLite can hold; a draft number above it cannot exist.
MAX_DRAFT_ID = 2**63 - 1  # as composer.store.listing.MAX_DRAFT_ID (not imported: no store here)
_WHOLE = re.compile(r"\s*\+?[0-9]{1,30}\s*")


def draft_id(text: str) -> int:
    """A draft number: a whole number from 1 on. Anything else is bad usage (exit 2)."""
    if not _WHOLE.fullmatch(text) or not 1 <= int(text) <= MAX_DRAFT_ID:
        raise argparse.ArgumentTypeError(f"'{text}' is not a draft number; use one that "
                                         "'drafts list' shows, such as 12")
    return int(text)


def orders_per_day(text: str) -> float:
    """``--orders``: a number of orders per day from 0 up to the most Settings accepts."""
    from composer.appdata.settings import SETTINGS

    highest = next(s.maximum for s in SETTINGS if s.key == "avg_daily_orders") or 0.0
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or not 0 <= value <= highest:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of orders per day from 0 "
                                         f"to {highest:,.0f}")
    return value + 0.0  # "-0" is 0, not -0.0


class _Parser(argparse.ArgumentParser):
    """argparse that reports bad usage in one plain line and exits 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"seller-composer: {message} (see 'seller-composer --help')\n")

    def _get_values(self, action: argparse.Action, arg_strings: list[str]) -> Any:
        # Python 3.11's argparse drops a "--" given as an option's value (--subject=--) and
        # hands the command [] instead of a string; take it as the text it is, as 3.13 does.
        if action.option_strings and action.nargs is None and arg_strings == ["--"]:
            return self._get_value(action, "--")
        return super()._get_values(action, arg_strings)


LANG_HELP = ("language of the report: en, de, fr, es or it (default: LC_ALL, LC_MESSAGES or "
             "LANG, else English); --json output never changes")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="seller-composer",
        description="Write Amazon Buyer-Seller messages that pass Amazon's policy checks. "
        "With no command, the app opens.",
    )
    parser.add_argument("--version", action="version", version=f"Seller Composer {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"folder for drafts and settings (default: ${ENV_VAR}, else your user data folder)",
    )
    parser.add_argument(
        "--screenshot",
        metavar="PATH",
        help="open a sample message offscreen, save the window as a 1280×800 PNG and exit",
    )
    parser.add_argument("--lang", metavar="CODE", help=LANG_HELP)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    # --data-dir may also come after the command (seller-composer drafts list --data-dir X).
    shared = argparse.ArgumentParser(add_help=False)
    shared.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help="folder for drafts and settings")
    shared.add_argument("--lang", metavar="CODE", default=argparse.SUPPRESS, help=LANG_HELP)
    message = _message_options()
    _add_check(commands, [shared, message])
    _add_clean(commands, [shared])
    _add_drafts(commands, [shared])
    _add_quota(commands, [shared])
    _add_export(commands, [shared, message])
    _add_inbox(commands, [shared])
    _add_log_request(commands, [shared])
    return parser


def inbox_id(text: str) -> int:
    """A buyer message's number, as 'inbox list' shows it."""
    if not _WHOLE.fullmatch(text) or not 1 <= int(text) <= MAX_DRAFT_ID:
        raise argparse.ArgumentTypeError(f"'{text}' is not a buyer message number; use one "
                                         "that 'inbox list' shows, such as 12")
    return int(text)


def _add_inbox(commands: argparse._SubParsersAction,
               shared: list[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "inbox", parents=shared,
        help="import Amazon's buyer-message e-mails, list them, write a threaded reply",
        description="Buyer messages reach you as e-mails from Amazon's relay "
        "(…@marketplace.amazon.…). Import them from files, list them with their reply "
        "clock, and write a reply that joins the buyer's thread.")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True,
                                    parser_class=_Parser)
    importing = actions.add_parser(
        "import", parents=shared, help="import .eml, .msg and mbox files",
        description="Read Amazon's notification e-mails (.eml, Outlook .msg, an mbox folder "
        "file) into the data folder: buyer messages, customer-service messages and delivery "
        "notices. A file that cannot be read or is not Amazon's stops the import with exit "
        "status 2 and nothing imported; other e-mails inside an mbox are left out and listed. "
        "An e-mail imported before is skipped.")
    importing.add_argument("files", nargs="+", metavar="FILE")
    listing = actions.add_parser(
        "list", parents=shared, help="list buyer messages, those waiting for a reply first",
        description="Waiting messages first (the one due soonest first), then answered ones, "
        "then those marked 'No response needed'. Times are UTC.")
    listing.add_argument("--json", action="store_true",
                         help="print [{id, order, buyer, marketplace, received, due, state}]")
    reply = actions.add_parser(
        "reply", parents=shared, help="write a threaded reply to a buyer message as .eml",
        description="Check MESSAGE_FILE as 'export' does and write it as a reply to buyer "
        "message ID: To the relay address, Subject 'Re: …', In-Reply-To and References "
        "naming the buyer's message. Exit status: 0 written, 1 refused because a problem "
        "blocks sending, 2 on bad usage or unreadable input. The reply is added to the sent "
        "log (so the message counts as answered) unless --no-log.")
    reply.add_argument("id", type=inbox_id, metavar="ID")
    reply.add_argument("file", metavar="MESSAGE_FILE")
    reply.add_argument("--eml", required=True, metavar="OUT", help="the .eml file to write")
    reply.add_argument("--from", dest="from_address", default="", metavar="ADDRESS",
                       help="your email registered with Amazon (optional)")
    reply.add_argument("--business-name", default="", metavar="NAME")
    reply.add_argument("--attach", action="append", default=[], metavar="FILE",
                       help="a file to attach (repeatable); checked by its content")
    reply.add_argument("--create-folders", action="store_true",
                       help="create the folder for OUT if it does not exist")
    reply.add_argument("--no-log", action="store_true",
                       help="do not add the reply to the sent log")
    check = actions.add_parser(
        "check", parents=shared, help="fetch new buyer messages from your mailbox (IMAP)",
        description="Read the new e-mails from Amazon in the mailbox set up in Settings › "
        "Receiving, over TLS, without marking or deleting anything. Exit status: 0 done, 1 "
        "when the server cannot be reached or refuses the password (what was read is kept), "
        "2 when Receiving is not set up or there is no password.")
    check.add_argument("--password-stdin", action="store_true",
                       help="read the password from the first line of standard input "
                       "instead of the keychain")
    parser.set_defaults(command_module="composer.commands.inbox")


def _add_log_request(commands: argparse._SubParsersAction,
                     shared: list[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "log-request", parents=shared,
        help="record that you used Amazon's Request a Review for an order",
        description="Amazon allows one review request per order, a message or its own "
        "Request a Review button alike. Recording the button's use makes the "
        "'repeat-request' rule block a review or feedback request in a later message for "
        "the same order. It is not a message and does not count against the daily limit.")
    parser.add_argument("order_id", metavar="ORDER_ID")
    parser.set_defaults(command_module="composer.commands.logrequest")


def _message_options() -> argparse.ArgumentParser:
    """The header of a message given on the command line: shared by check and export."""
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument("--subject", default="", metavar="TEXT")
    options.add_argument("--business-name", default="", metavar="NAME")
    options.add_argument("--order-id", default="", metavar="ID")
    options.add_argument("--buyer-language", default=None, metavar="CODE",
                         help="the buyer's language: en, de, fr, es, it or a locale such as "
                         "de-DE; spelling uses it and a message in another language gets a "
                         "warning (default: the language the message is written in)")
    options.add_argument("--order-date", metavar="DATE",
                         help="the order date, as YYYY-MM-DD (for the time-window rules)")
    options.add_argument("--delivery-date", metavar="DATE",
                         help="the delivery date, as YYYY-MM-DD (for the time-window rules)")
    return options


def _add_export(commands: argparse._SubParsersAction,
                shared: list[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "export", parents=shared,
        help="write a checked message as an .eml file for an email app",
        description="Check a message (.html/.htm as HTML, anything else as text) and write it "
        "as an .eml file (plain text and HTML, attachments, 'X-Unsent: 1' so email apps open "
        "it as a draft). Exit status: 0 written, 1 refused because a problem blocks sending "
        "(nothing written), 2 on bad usage or unreadable input. If the data folder has "
        "Seller Composer's database, the export is added to its sent log.",
    )
    parser.add_argument("file", metavar="MESSAGE_FILE")
    parser.add_argument("--eml", required=True, metavar="OUT", help="the .eml file to write")
    parser.add_argument("--to", default="", metavar="ALIAS",
                        help="the buyer's Amazon alias (…@marketplace.amazon.…)")
    parser.add_argument("--type", dest="message_type", metavar="TYPE",
                        help="message type id, e.g. confirmDeliveryDetails (default: reply)")
    parser.add_argument("--attach", action="append", default=[], metavar="FILE",
                        help="a file to attach (repeatable); checked by its content")
    parser.add_argument("--from", dest="from_address", default="", metavar="ADDRESS",
                        help="your email registered with Amazon (optional)")
    parser.add_argument("--create-folders", action="store_true",
                        help="create the folder for OUT if it does not exist (without it, a "
                        "missing folder is an error)")
    parser.add_argument("--no-log", action="store_true",
                        help="do not add the export to the sent log, and do not check "
                        "today's message limit against it")
    parser.set_defaults(command_module="composer.commands.export")


def _add_quota(commands: argparse._SubParsersAction,
               shared: list[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "quota", parents=shared,
        help="print today's message limit, how many were sent and how many are left",
        description="Amazon's daily limit is (average orders per day × 5) + 600, rounded "
        "down. The messages sent today are counted from the sent log in the data folder; "
        "'today' starts at midnight in the time zone chosen in Settings.")
    parser.add_argument("--orders", type=orders_per_day, metavar="N",
                        help="average orders per day to use instead of the one in Settings")
    parser.add_argument("--json", action="store_true",
                        help='print {"limit", "used", "left", "orders"} as JSON')
    parser.set_defaults(command_module="composer.commands.quota")


def _add_drafts(commands: argparse._SubParsersAction,
                shared: list[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "drafts", parents=shared,
        help="list the drafts, or show one",
        description="Read the drafts in the data folder (see --data-dir).")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True,
                                    parser_class=_Parser)
    listing = actions.add_parser("list", parents=shared,
                                 help="list the drafts, newest first")
    listing.add_argument("--json", action="store_true", help="print machine-readable JSON")
    listing.add_argument("--search", default="", metavar="TEXT",
                         help="only drafts whose title, text, order ID or address has TEXT")
    show = actions.add_parser("show", parents=shared,
                              help="show one draft: header, text and clean HTML")
    show.add_argument("id", type=draft_id, metavar="ID")
    show.add_argument("--json", action="store_true", help="print machine-readable JSON")
    parser.set_defaults(command_module="composer.commands.drafts")


def _add_clean(commands: argparse._SubParsersAction,
               shared: list[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "clean", parents=shared,
        help="print an HTML message as the buyer would receive it",
        description="Clean an HTML file against Seller Composer's tag whitelist (tags outside "
        "it are removed, their words kept; scripts, styles and non-https addresses go) and "
        "print the result. '-' reads standard input. Exit status 2 on unreadable input.",
    )
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--text", action="store_true",
                        help="print the plain-text rendering for Seller Central instead")
    parser.set_defaults(command_module="composer.commands.clean")


def _add_check(commands: argparse._SubParsersAction,
               shared: list[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "check", parents=shared,
        help="check messages against Amazon's messaging rules",
        description="Check message files. Files ending .html or .htm are read as HTML, "
        "anything else as plain text; '-' reads standard input. Exit status: 0 when every "
        "file can be sent, 1 when any has a problem that blocks sending, 2 on bad usage or "
        "unreadable input.",
    )
    parser.add_argument("files", nargs="+", metavar="MESSAGE_FILE")
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    parser.add_argument("--type", dest="message_type", metavar="TYPE",
                        help="message type id, e.g. confirmDeliveryDetails, reply, or "
                        "otherProactive (a message you start that fits no Amazon type)")
    parser.add_argument("--attach", action="append", default=[], metavar="FILE",
                        help="an attachment to check with the message (repeatable)")
    parser.add_argument("--today", metavar="DATE", help=argparse.SUPPRESS)
    parser.set_defaults(command_module="composer.commands.check")


def has_display(environ: os._Environ[str] | dict[str, str] | None = None,
                platform: str | None = None) -> bool:
    """True when Qt can open a window: always off Linux, else a display or a chosen platform."""
    env = os.environ if environ is None else environ
    plat = sys.platform if platform is None else platform
    if not plat.startswith("linux"):
        return True
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY") or env.get("QT_QPA_PLATFORM"))


class _DropWhenClosed:
    """Stands in for stdout: once the reader has gone (``check … | head -1``), the rest of
    the output is dropped, and the command still finishes and returns its own status."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream
        self.reader_gone = False

    def write(self, text: str) -> int:
        if not self.reader_gone:
            try:
                return int(self._stream.write(text))
            except BrokenPipeError:
                self._drop()
        return len(text)

    def flush(self) -> None:
        if not self.reader_gone:
            try:
                self._stream.flush()
            except BrokenPipeError:
                self._drop()

    def _drop(self) -> None:
        self.reader_gone = True
        # What is still buffered goes nowhere, so Python's own flush at exit stays quiet.
        with contextlib.suppress(OSError, ValueError, AttributeError):
            null = os.open(os.devnull, os.O_WRONLY)
            try:
                os.dup2(null, self._stream.fileno())
            finally:
                os.close(null)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextlib.contextmanager
def _quiet_when_the_reader_goes() -> Iterator[None]:
    real = sys.stdout
    guard = _DropWhenClosed(real)
    sys.stdout = guard  # type: ignore[assignment]
    try:
        yield
    finally:
        guard.flush()
        if sys.stdout is guard:
            sys.stdout = real


@contextlib.contextmanager
def _errors_in(language: str) -> Iterator[None]:
    """The command's refusals on standard error in ``language`` (standard output as it is)."""
    if language == "en":
        yield
        return
    from composer.commands.language import SayingStream

    real = sys.stderr
    saying = SayingStream(real, language)
    sys.stderr = saying  # type: ignore[assignment]
    try:
        yield
    finally:
        saying.flush()
        if sys.stderr is saying:
            sys.stderr = real


def _run_command(args: argparse.Namespace) -> int:
    # A terminal that cannot show a character gets a stand-in, not a traceback.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    module = importlib.import_module(args.command_module)
    run: Callable[[argparse.Namespace], int] = module.run
    with _quiet_when_the_reader_goes(), _errors_in(getattr(args, "language", "en")):
        try:
            return int(run(args))
        except KeyboardInterrupt:  # Ctrl+C: stop quietly, as a shell expects (128 + SIGINT)
            from composer.commands.language import words

            print(f"seller-composer: {words(getattr(args, 'language', 'en'), 'stopped')}",
                  file=sys.stderr)
            return 130


def main(argv: Sequence[str] | None = None) -> int:
    if not (sys.argv[1:] if argv is None else argv):
        # Plain start, the window: building the whole parser with its subcommands costs
        # about 5 ms before the first paint, and there is nothing to parse.
        return _open_window(None)
    with _quiet_when_the_reader_goes():  # also for --help and usage messages
        args = build_parser().parse_args(argv)
    if args.command:
        from composer.commands.language import choose_language

        args.language = choose_language(args.lang, os.environ)
        return _run_command(args)
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from composer.ui.app import take_screenshot

        return take_screenshot(args.screenshot)
    return _open_window(args.data_dir)


def _open_window(data_dir: str | None) -> int:
    if not has_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 1
    from composer.ui.app import run_app

    return run_app(data_dir=data_dir)
