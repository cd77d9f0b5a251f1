"""Every allowed file kind passes; disguised and damaged files are refused with their real kind."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from attachment_factory import (
    noisy_picture,
    picture,
    truncate,
    write_doc,
    write_docx,
    write_elf,
    write_exe,
    write_html,
    write_image,
    write_pdf,
    write_png_bomb,
    write_script,
    write_svg,
    write_text,
    write_zip,
)

from composer.attachments import check_attachments, inspect_file
from composer.attachments.sniff import sniff
from composer.policy.rulebook import rule

IMAGE_EXTENSIONS = [".jpg", ".jpeg", ".png", ".gif", ".bmp", ".tif", ".tiff"]


def _blocks(findings: list) -> list:
    return [f for f in findings if f.severity == "block"]


@pytest.mark.parametrize("ext", IMAGE_EXTENSIONS)
def test_every_allowed_picture_type_is_accepted(tmp_path: Path, ext: str) -> None:
    path = write_image(tmp_path / f"label{ext}", picture((90, 60)))
    info = inspect_file(path)
    assert info.allowed and info.readable and info.is_image
    assert (info.width, info.height) == (90, 60)
    assert check_attachments([path]) == []


@pytest.mark.parametrize(
    ("name", "writer", "kind"),
    [
        ("invoice.pdf", write_pdf, "pdf"),
        ("warranty.docx", write_docx, "docx"),
        ("manual.doc", write_doc, "doc"),
    ],
)
def test_every_allowed_document_type_is_accepted(
    tmp_path: Path, name: str, writer, kind: str
) -> None:
    info = inspect_file(writer(tmp_path / name))
    assert (info.real_kind, info.allowed, info.readable) == (kind, True, True)
    assert check_attachments([info]) == []


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Care instructions: wash at 30°C, don't tumble dry.", "utf-8"),
        ("\ufeffCare instructions: wash at 30°C.", "utf-8"),
        ("\ufeffPflegehinweise: bei 30 °C waschen, nicht in den Trockner.", "utf-16-le"),
        ("Instructions d'entretien : lavage à 30 °C.", "utf-16"),
        ("Care instructions – “gentle” cycle only.", "cp1252"),
    ],
)
def test_text_in_common_encodings_is_accepted(tmp_path: Path, text: str, encoding: str) -> None:
    info = inspect_file(write_text(tmp_path / "care.txt", text, encoding))
    assert info.real_kind == "text"
    assert check_attachments([info]) == []


@pytest.mark.parametrize(
    ("writer", "name", "kind", "words"),
    [
        (write_exe, "invoice.pdf", "exe", "Windows program"),
        (write_exe, "photo.jpg", "exe", "Windows program"),
        (write_zip, "warranty.docx", "zip", "ZIP archive"),
        (write_zip, "invoice.pdf", "zip", "ZIP archive"),
        (write_html, "invoice.txt", "html", "web page"),
        (write_html, "invoice.pdf", "html", "web page"),
        (write_svg, "logo.jpg", "svg", "SVG drawing"),
        (write_svg, "logo.txt", "svg", "SVG drawing"),
        (write_script, "readme.txt", "script", "script"),
        (write_elf, "manual.pdf", "elf", "Linux program"),
    ],
)
def test_disguised_files_are_refused_with_their_real_kind(
    tmp_path: Path, writer, name: str, kind: str, words: str
) -> None:
    path = writer(tmp_path / name)
    info = inspect_file(path)
    assert info.real_kind == kind and not info.allowed
    findings = check_attachments([path])
    assert [f.rule for f in findings] == ["attachment-type"]
    finding = findings[0]
    assert finding.severity == "block" and finding.attachment == name
    assert words in finding.message and f"renamed to {Path(name).suffix}" in finding.message
    assert (finding.start, finding.end, finding.excerpt) == (0, 0, "")


def test_macro_docx_and_spreadsheet_doc_are_refused(tmp_path: Path) -> None:
    macro = inspect_file(write_docx(tmp_path / "terms.docx", macros=True))
    sheet = inspect_file(write_doc(tmp_path / "prices.doc", stream="Workbook"))
    assert (macro.real_kind, sheet.real_kind) == ("docm", "xls")
    assert not macro.allowed and not sheet.allowed


def test_binary_named_txt_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(bytes(range(1, 256)) * 20)  # no NULs, but full of control bytes
    findings = check_attachments([path])
    assert [f.rule for f in _blocks(findings)] == ["attachment-type"]
    assert "not readable text" in findings[0].message


def test_plain_text_that_mentions_html_is_still_text(tmp_path: Path) -> None:
    text = "Hello, the <b> tag in your order note was printed as-is. Sorry about that!\n"
    assert inspect_file(write_text(tmp_path / "note.txt", text)).real_kind == "text"


@pytest.mark.parametrize(("ext", "fmt"), [(".jpg", "JPEG"), (".png", "PNG"), (".gif", "GIF")])
def test_truncated_pictures_are_unreadable(tmp_path: Path, ext: str, fmt: str) -> None:
    path = truncate(write_image(tmp_path / f"photo{ext}", noisy_picture((200, 150))), 0.5)
    info = inspect_file(path)
    assert info.real_kind == fmt.lower() and not info.readable
    findings = check_attachments([path])
    assert [f.rule for f in findings] == ["attachment-unreadable"]
    assert "damaged" in findings[0].message


def test_decompression_bomb_is_refused_without_decoding(tmp_path: Path) -> None:
    path = write_png_bomb(tmp_path / "huge.png", 60_000, 60_000)
    assert path.stat().st_size < 2_000
    info = inspect_file(path)
    assert not info.readable and info.problem_key == "picture-bomb"
    assert (info.width, info.height) == (60_000, 60_000)
    findings = check_attachments([info])
    assert findings[0].rule == "attachment-unreadable"
    assert "too large to open safely (3,600 megapixels)" in findings[0].message


def test_png_named_jpg_is_a_warning_with_a_rename_fix(tmp_path: Path) -> None:
    path = write_image(tmp_path / "product.jpg", format="PNG")
    findings = check_attachments([path])
    assert [(f.rule, f.severity) for f in findings] == [("attachment-type", "warn")]
    fix = findings[0].fix
    assert fix is not None and fix.field == "attachment:rename"
    assert fix.replacement == "product.png"


def test_pdf_named_png_blocks_because_the_wrong_program_would_open_it(tmp_path: Path) -> None:
    findings = check_attachments([write_pdf(tmp_path / "invoice.png")])
    assert [(f.rule, f.severity) for f in findings] == [("attachment-type", "block")]
    assert findings[0].fix is not None and findings[0].fix.replacement == "invoice.pdf"


def test_allowed_content_with_unknown_extension_blocks(tmp_path: Path) -> None:
    findings = check_attachments([write_pdf(tmp_path / "invoice.pdfx")])
    assert findings[0].rule == "attachment-type" and findings[0].severity == "block"
    assert "invoice.pdf" in findings[0].message


def test_cut_off_pdf_is_a_warning(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "invoice.pdf")
    path.write_bytes(path.read_bytes()[:-30])
    findings = check_attachments([path])
    assert [(f.rule, f.severity) for f in findings] == [("attachment-unreadable", "warn")]


def test_broken_docx_is_unreadable(tmp_path: Path) -> None:
    path = truncate(write_docx(tmp_path / "warranty.docx"), 0.5)
    findings = check_attachments([path])
    assert [f.rule for f in findings] == ["attachment-unreadable"]
    assert "damaged Word document" in findings[0].message


def test_sniff_signatures_without_files() -> None:
    assert sniff(b"\x7fELF" + b"\x00" * 60).kind == "elf"
    assert sniff(b"Rar!\x1a\x07\x00" + b"\x00" * 20).kind == "rar"
    assert sniff(b"RIFF\x00\x00\x00\x00WEBPVP8 ").kind == "webp"
    assert sniff(b"\x00\x00\x00\x18ftypheic\x00\x00").kind == "heic"
    assert sniff(b"BMW service booklet attached").kind == "text"


def test_rule_metadata_is_loaded_for_every_attachment_rule() -> None:
    for rule_id in (
        "attachment-type", "attachment-size", "attachment-count",
        "attachment-unreadable", "attachment-required", "attachment-location",
    ):
        assert rule(rule_id).explanation


def test_attachments_package_imports_no_qt() -> None:
    code = (
        "import sys, composer.attachments; "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'qtpy', 'qtawesome')]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    root = Path(__file__).resolve().parents[1]
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
