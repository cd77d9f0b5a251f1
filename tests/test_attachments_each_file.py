"""Every bad file gets its own finding, however many are attached (walkthrough defect)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from attachment_factory import write_docx, write_exe, write_image, write_pdf

from composer.attachments import AttachmentRef
from composer.compose.engine import check
from composer.compose.review import review
from composer.policy.model import Message

BAD = ("Anleitung.pdf", "Handbuch.pdf", "Setup.pdf")


def _dos_program(path: Path) -> Path:
    """An old DOS program: an MZ header with no Windows part."""
    path.write_bytes(b"MZ" + b"\x00" * 62 + b"\xb4\x09\xcd\x21" * 40)
    return path


def files(folder: Path) -> list[Path]:
    """A good photo, a real PDF, a document and two programs renamed .pdf (five files)."""
    return [
        write_image(folder / "photo.jpg"),
        write_pdf(folder / "Rechnung.pdf"),
        write_docx(folder / "Anleitung.pdf"),
        _dos_program(folder / "Handbuch.pdf"),
        write_exe(folder / "Setup.pdf"),
    ]


def _blocked_names(findings) -> set[str]:
    return {f.attachment for f in findings if f.attachment and f.severity == "block"}


def test_each_bad_file_has_its_own_finding_in_the_engine(tmp_path: Path) -> None:
    paths = files(tmp_path)
    message = Message(text="Here is your invoice.", message_type="invoice",
                      extra={"attachments": paths})
    assert _blocked_names(check(message)) >= set(BAD)


def test_each_bad_file_has_its_own_finding_in_the_review(tmp_path: Path) -> None:
    refs = [AttachmentRef(path=p, size=p.stat().st_size, sha256="") for p in files(tmp_path)]
    message = Message(text="Here is your invoice.", message_type="invoice",
                      extra={"attachment_refs": refs})
    found = review(message).findings
    assert _blocked_names(found) >= set(BAD)
    assert not {f.attachment for f in found} & {"photo.jpg", "Rechnung.pdf"}


def test_a_type_without_files_names_every_file(tmp_path: Path) -> None:
    paths = [write_pdf(tmp_path / "Rechnung.pdf"), write_image(tmp_path / "photo.jpg")]
    message = Message(text="Your parcel is on its way.", message_type="confirmDeliveryDetails",
                      extra={"attachments": paths})
    assert {f.attachment for f in check(message)} >= {"Rechnung.pdf", "photo.jpg"}


def test_the_command_line_names_each_bad_file(tmp_path: Path) -> None:
    text = tmp_path / "m.txt"
    text.write_text("Here is your invoice.", encoding="utf-8")
    attach = [arg for path in files(tmp_path) for arg in ("--attach", str(path))]
    result = subprocess.run([sys.executable, "-m", "composer", "check", "--json",
                             "--type", "invoice", *attach, str(text)],
                            capture_output=True, timeout=60)
    assert result.returncode == 1, result.stderr
    findings = json.loads(result.stdout.decode("utf-8"))[0]["findings"]
    named = {f.get("attachment") for f in findings if f["severity"] == "block"}
    assert named >= set(BAD)
