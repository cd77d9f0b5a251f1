"""Hostile input through the command line, in-process (composer.cli.main).

Generated text, HTML, header values, option values and attachment bytes go through
``check``, ``clean`` and ``export``: whatever comes in, the answer is an exit code of
0, 1 or 2 and never a traceback. Bounded: small inputs and few examples, so the whole
file runs in about 20 seconds (the cost of big inputs is benchmarks/hostile.py's job).
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from composer.cli import main

# Pillow warns about the damaged pictures it is given here; that is the point.
pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")

FUZZ = settings(max_examples=100, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
ALIAS = "k2x9q7abc@marketplace.amazon.com"

# Pieces that have broken parsers, headers or checkers before, mixed with plain text.
HTML_PIECES = [
    "<p>", "</p>", "<b>", "<ul><li>", "</li></ul>", "<ol><li>", "<table><tr><td>", "<a href='",
    "https://www.amazon.com/", "https&colon;//evil.com/", "javascript:alert(1)", "'>", "</a>",
    "<script>", "</script>", "<style>", "<!--", "-->", "<!-->", "<!--->", "--!>", "<head>",
    "<body>", "<img src=x onerror=alert(1)>", "&nbsp;", "&amp;", "&#0;", "&#x202e;", "<![CDATA[",
    "<svg><a>", "<math>", "<br>", "<", ">", "{", "}", "[.]", "...", "www.", "@", ".com",
    "20 % off", "5 stars", "\u202e", "\x00", "\r\n", "\ufeff", "😀", "ﬁ", "\u0301",
]
TEXT_PIECES = [
    "Hello, your parcel left today.", "Visit www.myshop.com", "anna@shop.example",
    "+44 20 7946 0958", "10% off", "please leave 5 stars", "{order_id}", "{", ".", "\t", "\n",
    "\r", "\x0b", "\x1b[31m", "\u2028", "\x85", "\ud800", "=?utf-8?q?a=0D=0A?=", "ß", "İ", "Ω",
]
HEADER_PIECES = [
    "Hi", " ", "=?utf-8?q?", "=0D=0A", "?=", "Bcc: x@evil.com", "\r\n", "\n", "\t", "\x00",
    "<", ">", "@", ",", ";", ":", '"', "\\", "(", ")", "%", "evil@evil.com", ALIAS, "\u202e",
    "\u2028", "Grüße", "=?utf-8?b?DQo=?=", "Group:", "marketplace.amazon.com", "x" * 90,
]
SIGNATURES = [b"", b"%PDF-1.4\n", b"MZ", b"\x7fELF", b"PK\x03\x04", b"\x89PNG\r\n\x1a\n",
              b"GIF89a", b"II*\x00", b"MM\x00*", b"\xff\xd8\xff", b"BM", b"<html>",
              b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\xff\xfe", b"\x00\x00"]


def pieces(options: list[str], extra: st.SearchStrategy[str] | None = None,
           most: int = 12) -> st.SearchStrategy[str]:
    element = st.sampled_from(options) if extra is None else st.one_of(
        st.sampled_from(options), extra)
    return st.lists(element, max_size=most).map("".join)


WILD_TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=40)
HTML = pieces(HTML_PIECES, WILD_TEXT, 20)
TEXT = pieces(TEXT_PIECES, WILD_TEXT, 15)
HEADER = pieces(HEADER_PIECES, st.text(max_size=8), 8)
# Half the time a value that is fine, so the rest of the export is reached too.
SUBJECT = st.one_of(st.just("Your parcel"), HEADER)
TO = st.one_of(st.just(ALIAS), st.just(""), HEADER)
FROM = st.one_of(st.just(""), st.just("Anna's Shop <anna@shop.example>"), HEADER)
OPTION = st.one_of(HEADER, st.sampled_from(
    ["-1", "0", "1e400", "nan", "99999999999999999999", "", "-", "--", "2026-02-30",
     "de-DE", "xx", "reply", "invoice", "REPLY", "113-4567890-1234567", "1134567890123456"]))
FILE_NAME = st.text(st.characters(exclude_characters="/\x00", exclude_categories=("Cs",)),
                    min_size=1, max_size=30).filter(lambda n: n not in (".", ".."))


def run(argv: list[str]) -> tuple[int, str]:
    """The exit code and what went to stderr; argparse's own exit counts as a code.

    Runs in a folder of its own, so a generated relative path is written nowhere else.
    """
    out, err = io.StringIO(), io.StringIO()
    here = os.getcwd()
    with tempfile.TemporaryDirectory() as scratch:
        os.chdir(scratch)
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                try:
                    code = main(argv)
                except SystemExit as stopped:
                    code = stopped.code if isinstance(stopped.code, int) else 2
        finally:
            os.chdir(here)
    return code, err.getvalue()


def assert_plain(code: int, err: str) -> None:
    event(f"exit {code}")  # pytest --hypothesis-show-statistics shows the spread
    assert code in (0, 1, 2), (code, err)
    assert "Traceback" not in err, err


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    path.write_bytes(data)
    return path


@FUZZ
@given(body=st.one_of(TEXT, HTML), html=st.booleans(), subject=SUBJECT,
       json=st.booleans())
def test_check_survives_hostile_text_and_headers(body, html, subject, json):
    with tempfile.TemporaryDirectory() as folder:
        source = write(Path(folder), "m.html" if html else "m.txt", body)
        argv = ["check", str(source), f"--subject={subject}"] + (["--json"] if json else [])
        assert_plain(*run(argv))


@FUZZ
@given(body=st.one_of(HTML, st.binary(max_size=200)), text=st.booleans())
def test_clean_survives_hostile_html_and_bytes(body, text):
    with tempfile.TemporaryDirectory() as folder:
        source = write(Path(folder), "m.html", body)
        assert_plain(*run(["clean", str(source)] + (["--text"] if text else [])))


@FUZZ
@given(body=st.one_of(TEXT, HTML), html=st.booleans(), subject=SUBJECT, to=TO, sender=FROM,
       attachment=st.tuples(FILE_NAME, st.sampled_from(SIGNATURES), st.binary(max_size=300)),
       attach=st.booleans())
def test_export_survives_hostile_headers_bodies_and_files(body, html, subject, to, sender,
                                                           attachment, attach):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        source = write(root, "m.html" if html else "m.txt", body)
        out = root / "out.eml"
        argv = ["export", str(source), "--eml", str(out), f"--subject={subject}",
                f"--to={to}", f"--from={sender}", "--no-log"]
        if attach:
            name, signature, rest = attachment
            try:
                path = write(root, name, signature + rest)
            except OSError:  # a name this file system refuses
                path = write(root, "file.bin", signature + rest)
            argv.append(f"--attach={path}")
        code, err = run(argv)
        assert_plain(code, err)
        assert out.exists() == (code == 0)
        if code == 0:
            assert_one_clean_message(out.read_bytes())


def assert_one_clean_message(data: bytes) -> None:
    """What was written has no header or part the builder did not put there."""
    import email
    from email import policy

    message = email.message_from_bytes(data, policy=policy.default)
    names = {name.lower() for name in message}
    assert names <= {"from", "to", "subject", "date", "message-id", "x-unsent",
                     "mime-version", "content-type"}
    assert len(message.get_all("To") or []) <= 1
    assert max(len(line) for line in data.split(b"\r\n")) <= 998


@FUZZ
@given(command=st.sampled_from(["check", "export", "clean", "quota", "drafts"]),
       options=st.lists(st.tuples(st.sampled_from(
           ["--subject", "--to", "--from", "--order-id", "--buyer-language", "--type",
            "--order-date", "--delivery-date", "--business-name", "--orders", "--attach",
            "--eml", "--today"]), OPTION), max_size=4))
def test_any_option_value_is_an_answer_not_a_crash(command, options):
    with tempfile.TemporaryDirectory() as folder:
        source = write(Path(folder), "m.txt", "Your parcel left today.")
        argv = [command]
        if command == "drafts":
            argv += ["show", "--data-dir", folder]
        elif command != "quota":
            argv.append(str(source))
        if command == "export":
            argv += ["--eml", str(Path(folder) / "o.eml"), "--no-log"]
        for flag, value in options:
            argv.append(f"{flag}={value}")
        if command == "drafts":
            argv.append(options[0][1] if options else "1")
        assert_plain(*run(argv))
