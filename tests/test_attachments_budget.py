"""The 10 MB and 5-file budget, message-type rules, unreadable input and changed files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from attachment_factory import gps_exif, write_image, write_pdf, write_sized_text

from composer.attachments import (
    AttachmentRef,
    InspectCache,
    check_attachments,
    inspect_file,
    remaining_budget,
    verify_unchanged,
)
from composer.attachments.config import policy


def _rules(findings: list) -> list[str]:
    return [f.rule for f in findings]


def test_limits_come_from_data() -> None:
    assert policy().max_total_bytes == 10_000_000
    assert policy().max_files == 5


def test_exactly_ten_million_bytes_is_accepted(tmp_path: Path) -> None:
    first = write_sized_text(tmp_path / "a.txt", 6_000_000)
    second = write_sized_text(tmp_path / "b.txt", 4_000_000)
    assert check_attachments([first, second]) == []
    assert remaining_budget([inspect_file(first), inspect_file(second)]) == 0


def test_one_byte_more_is_refused_and_says_so_exactly(tmp_path: Path) -> None:
    first = write_sized_text(tmp_path / "a.txt", 6_000_000)
    second = write_sized_text(tmp_path / "big.txt", 4_000_001)
    findings = check_attachments([first, second])
    assert _rules(findings) == ["attachment-size"]
    assert findings[0].severity == "block" and findings[0].attachment == "a.txt"
    assert "10,000,001 bytes" in findings[0].message


def test_remaining_budget_excludes_the_file_being_shrunk(tmp_path: Path) -> None:
    infos = [
        inspect_file(write_sized_text(tmp_path / "a.txt", 3_000_000)),
        inspect_file(write_sized_text(tmp_path / "b.txt", 9_000_000)),
    ]
    assert remaining_budget(infos, for_name="b.txt") == 7_000_000
    assert remaining_budget(infos) == 0


def test_five_files_pass_and_six_are_refused(tmp_path: Path) -> None:
    paths = [write_pdf(tmp_path / f"doc{index}.pdf") for index in range(6)]
    assert check_attachments(paths[:5]) == []
    findings = check_attachments(paths)
    assert _rules(findings) == ["attachment-count"]
    assert findings[0].attachment == "doc5.pdf"
    assert "6 attachments" in findings[0].message


@pytest.mark.parametrize("type_id", ["confirmDeliveryDetails", "unexpectedProblem"])
def test_types_without_attachments_take_none(tmp_path: Path, type_id: str) -> None:
    findings = check_attachments([write_pdf(tmp_path / "label.pdf")], type_id)
    assert _rules(findings) == ["attachment-count"]
    assert "messages take no files" in findings[0].message
    assert check_attachments([], type_id) == []


@pytest.mark.parametrize("type_id", ["warranty", "invoice"])
def test_warranty_and_invoice_need_a_file(tmp_path: Path, type_id: str) -> None:
    findings = check_attachments([], type_id)
    assert _rules(findings) == ["attachment-required"]
    assert findings[0].attachment is None and findings[0].severity == "block"
    assert check_attachments([write_pdf(tmp_path / "doc.pdf")], type_id) == []


def test_unknown_type_id_raises() -> None:
    with pytest.raises(KeyError):
        check_attachments([], "sendCoupon")


def test_gps_photo_gets_a_location_warning(tmp_path: Path) -> None:
    path = write_image(tmp_path / "parcel.jpg", exif=gps_exif())
    findings = check_attachments([path])
    assert [(f.rule, f.severity) for f in findings] == [("attachment-location", "warn")]
    assert findings[0].fix is not None and findings[0].fix.field == "attachment:strip-metadata"


def test_missing_file_is_unreadable_not_a_crash(tmp_path: Path) -> None:
    info = inspect_file(tmp_path / "gone.pdf")
    assert not info.readable and info.problem_key == "missing"
    assert _rules(check_attachments([tmp_path / "gone.pdf"])) == ["attachment-unreadable"]


def test_empty_file_and_folder_are_unreadable(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    folder = tmp_path / "photos.jpg"
    folder.mkdir()
    assert inspect_file(empty).problem_key == "empty"
    assert inspect_file(folder).problem_key == "folder"
    assert _rules(check_attachments([empty, folder])) == ["attachment-unreadable"] * 2


def test_permission_denied_is_unreadable(tmp_path: Path, monkeypatch) -> None:
    path = write_pdf(tmp_path / "locked.pdf")
    real_open = os.open  # files are opened with os.open (without waiting on a pipe)

    def refuse(file, *args, **kwargs):
        if Path(file) == path:
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    info = inspect_file(path)
    assert not info.readable and info.problem_key == "permission"
    assert "isn't allowed to read" in (info.problem or "")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    assert inspect_file(pipe).problem_key == "not-a-file"


def test_vanished_and_changed_files_are_reported(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "invoice.pdf")
    ref = AttachmentRef.from_info(inspect_file(path))
    assert verify_unchanged(ref) is None
    assert AttachmentRef.from_dict(ref.to_dict()) == ref
    write_pdf(path, text="Invoice 113-4567890-7654321")  # same size, different content
    assert path.stat().st_size == ref.size
    assert "has changed" in (verify_unchanged(ref) or "")
    path.unlink()
    assert "no longer where it was" in (verify_unchanged(ref) or "")


def test_file_deleted_after_inspection_blocks_the_check(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "invoice.pdf")
    info = inspect_file(path)
    path.unlink()
    fresh = check_attachments([path])
    assert _rules(fresh) == ["attachment-unreadable"]
    assert check_attachments([info]) == []  # a stale info is the caller's to refresh


def test_cache_reuses_inspections_until_the_file_changes(tmp_path: Path) -> None:
    cache = InspectCache()
    path = write_pdf(tmp_path / "invoice.pdf")
    first = inspect_file(path, cache)
    assert inspect_file(path, cache) is first
    path.write_bytes(path.read_bytes() + b"\n% extra\n")
    os.utime(path, ns=(first.mtime_ns + 10**9, first.mtime_ns + 10**9))
    second = inspect_file(path, cache)
    assert second is not first and second.size == first.size + 9


def test_engine_checker_reads_attachments_from_the_message(tmp_path: Path) -> None:
    from composer.attachments import check_message
    from composer.policy.model import Message

    text_only = Message(text="Please find your invoice attached.", message_type="invoice")
    assert check_message(text_only) == []
    empty = Message(text="Invoice attached.", message_type="invoice", extra={"attachments": []})
    assert _rules(check_message(empty)) == ["attachment-required"]
    pdf = write_pdf(tmp_path / "invoice.pdf")
    attached = {"attachments": [pdf]}
    with_pdf = Message(text="Invoice attached.", message_type="invoice", extra=attached)
    assert check_message(with_pdf) == []
