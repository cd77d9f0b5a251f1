"""Where an .eml may be written: never over an input, the store or a device."""

from __future__ import annotations

import email
import os
import sqlite3
from email import policy
from pathlib import Path

import pytest

from composer.cli import main
from composer.export.eml import out_path_problem
from composer.store import open_store
from tests.attachment_factory import write_pdf

ALIAS = "k2x9q7abc@marketplace.amazon.com"
TEXT = "Hello, your parcel left our warehouse this morning."


@pytest.fixture
def message(tmp_path) -> Path:
    path = tmp_path / "m.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def export(message: Path, out: Path | str, *extra: str) -> int:
    return main(["export", str(message), "--eml", str(out), "--to", ALIAS, *extra])


def test_the_message_file_itself_is_not_overwritten(message, capsys):
    assert export(message, message, "--no-log") == 2
    assert message.read_text(encoding="utf-8") == TEXT
    assert "one of the files being exported" in capsys.readouterr().err


def test_an_attachment_is_not_overwritten(tmp_path, message, capsys):
    pdf = write_pdf(tmp_path / "invoice.pdf")
    before = pdf.read_bytes()
    assert export(message, pdf, "--attach", str(pdf), "--no-log", "--type", "invoice") == 2
    assert pdf.read_bytes() == before
    # Also through another spelling of the same path, or a hard link to it.
    assert export(message, tmp_path / "." / "invoice.pdf", "--attach", str(pdf),
                  "--no-log") == 2
    os.link(pdf, tmp_path / "link.eml")
    assert export(message, tmp_path / "link.eml", "--attach", str(pdf), "--no-log") == 2
    assert pdf.read_bytes() == before
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize("name", ["drafts.sqlite3", "drafts.sqlite3-wal", "drafts.sqlite3-shm",
                                  "instance.lock", "settings.json"])
def test_the_store_and_its_files_are_not_overwritten(tmp_path, message, capsys, name):
    data = tmp_path / "data"
    open_store(data).close()
    before = (data / "drafts.sqlite3").read_bytes()
    assert export(message, data / name, "--data-dir", str(data)) == 2
    assert (data / "drafts.sqlite3").read_bytes() == before
    assert not (data / name).exists() or name in ("drafts.sqlite3", "instance.lock")
    assert "Seller Composer" in capsys.readouterr().err


def test_another_database_is_not_overwritten(tmp_path, message):
    other = tmp_path / "notes.eml"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    assert export(message, other, "--no-log") == 2
    assert other.read_bytes().startswith(b"SQLite format 3")


def test_a_device_or_a_pipe_is_refused(tmp_path, message, capsys):
    # A device is only asked about, never written to: as root, replacing /dev/null with a
    # file would break the machine if the refusal ever failed.
    assert Path(os.devnull).is_char_device()
    problem = out_path_problem(Path(os.devnull), [message])
    assert problem is not None and "device or a pipe" in problem
    fifo = tmp_path / "pipe.eml"
    os.mkfifo(fifo)
    assert export(message, fifo, "--no-log") == 2  # and it does not wait for a reader
    assert fifo.is_fifo() and "device or a pipe" in capsys.readouterr().err


def test_a_missing_folder_is_named_and_created_only_when_asked(tmp_path, message, capsys):
    out = tmp_path / "new" / "deeper" / "m.eml"
    assert export(message, out, "--no-log") == 2
    err = capsys.readouterr().err
    assert f"the folder “{tmp_path / 'new'}” does not exist" in err
    assert "--create-folders" in err and not (tmp_path / "new").exists()
    assert export(message, out, "--no-log", "--create-folders") == 0
    assert email.message_from_bytes(out.read_bytes(), policy=policy.default)["To"] == ALIAS


def test_an_ordinary_file_is_replaced(tmp_path, message):
    out = tmp_path / "m.eml"
    out.write_text("old", encoding="utf-8")
    assert export(message, out, "--no-log") == 0
    assert out.read_bytes().startswith(b"To: ")


def test_the_same_rules_for_any_caller(tmp_path):
    pdf = write_pdf(tmp_path / "a.pdf")
    assert out_path_problem(tmp_path / "ok.eml", [pdf], tmp_path) is None
    assert out_path_problem(pdf, [pdf]) is not None
    assert out_path_problem(tmp_path, []) is not None  # a folder
    assert out_path_problem(tmp_path / "x" / "m.eml", [], create_folders=True) is None


def test_save_as_eml_in_the_app_does_not_overwrite_an_attachment(qtbot, tmp_path,
                                                                 monkeypatch):
    import composer.ui.exportflow as flow
    from composer.message.header import Header
    from tests.uihelpers import make_window

    window = make_window(qtbot, tmp_path / "data")
    window.export.confirm = lambda route, lines: True
    pdf = write_pdf(tmp_path / "invoice.pdf")
    before = pdf.read_bytes()
    window.load_sample(Header(to=ALIAS, order_id="113-4567890-1234567", subject="Invoice",
                              message_type="invoice"), f"<p>{TEXT}</p>")
    window.compose.files.add([str(pdf)])
    window.check_now()
    warned: list[str] = []
    monkeypatch.setattr(flow.QMessageBox, "warning",
                        staticmethod(lambda *args: warned.append(args[2])))
    window.export.ask_save_path = lambda name: str(pdf)  # chosen over the attachment
    window.export.export("eml-file")
    qtbot.waitUntil(lambda: not window.export._running, timeout=10_000)
    assert pdf.read_bytes() == before
    assert warned and "one of the files being exported" in warned[0]
    assert window.store.sent_log() == []
