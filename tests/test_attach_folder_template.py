"""The Attach dialog starts in the seller's folders, and a template keeps the whole header
(issue 15, "what a seller expects")."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog

from composer.message.header import Header
from composer.message.templates import get_template
from tests.uihelpers import make_window


@pytest.fixture
def window(qtbot, tmp_path):
    return make_window(qtbot, tmp_path / "data")


def test_attach_opens_in_documents_then_where_the_seller_was(window, monkeypatch,
                                                             tmp_path) -> None:
    documents = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation))
    asked: list[str] = []
    chosen = tmp_path / "Invoices" / "invoice.pdf"
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda _parent, _title, folder, _filter: (asked.append(folder)
                                                                 or ([str(chosen)], "")))
    panel = window.attachments_panel
    panel.addRequested.disconnect()
    panel.choose_files()
    assert asked[0] not in ("", os.getcwd())  # never "" (the program's folder)
    expected = (str(documents) if documents.is_dir() else None)
    if expected:
        assert asked[0] == expected
    else:
        assert Path(asked[0]).is_dir()
    panel.choose_files()
    assert asked[1] == str(chosen.parent)  # the last folder used, after that


def test_a_template_keeps_product_and_delivered_and_takes_its_type(window) -> None:
    window.header.set_value(Header(to="k7x2mq9dfl4wz8p@marketplace.amazon.co.uk",
                                   order_id="113-4567890-1234567",
                                   order_date=date(2026, 11, 2), message_type="reply",
                                   product_name="Oak bedside table",
                                   delivery_date=date(2026, 11, 9), buyer_language="de"))
    window.draft_actions.use_template(get_template("delivery-problem.de"))
    header = window.header.value()
    assert header.product_name == "Oak bedside table"
    assert header.delivery_date == date(2026, 11, 9)
    assert header.order_date == date(2026, 11, 2)
    assert header.to == ""  # a reply's buyer only when asked (test_to_filled_for_order.py)
    assert header.message_type == "unexpectedProblem"  # the template's type
    window.draft_actions.use_template(get_template("delivery-problem.de"))
    assert window.header.value().to == ""
    window.header.to.setText("k7x2mq9dfl4wz8p@marketplace.amazon.co.uk")
    window.draft_actions.use_template(get_template("invoice.en"))  # not from a reply: kept
    assert window.header.value().to == "k7x2mq9dfl4wz8p@marketplace.amazon.co.uk"


def test_the_last_attach_folder_is_remembered_across_restarts(qtbot, tmp_path,
                                                              monkeypatch) -> None:
    asked: list[str] = []
    chosen = tmp_path / "Photos" / "scratch.jpg"
    chosen.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda _parent, _title, folder, _filter: (asked.append(folder)
                                                                 or ([str(chosen)], "")))
    first = make_window(qtbot, tmp_path / "data")
    first.attachments_panel.addRequested.disconnect()
    first.attachments_panel.choose_files()
    first.close()
    second = make_window(qtbot, tmp_path / "data")
    second.attachments_panel.addRequested.disconnect()
    second.attachments_panel.choose_files()
    assert asked[-1] == str(chosen.parent)


def test_import_starts_in_downloads_never_the_programs_folder_then_the_last_one(
        qtbot, tmp_path, monkeypatch) -> None:
    asked: list[str] = []
    chosen = tmp_path / "Mail" / "buyer.eml"
    chosen.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda _parent, _title, folder, _filter: (asked.append(folder)
                                                                 or ([str(chosen)], "")))
    window = make_window(qtbot, tmp_path / "data")
    inbox = window.inbox
    monkeypatch.setattr(inbox, "import_paths", lambda paths: None)
    inbox.choose_files()
    downloads = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DownloadLocation))
    assert asked[0] not in ("", os.getcwd()) and Path(asked[0]).is_dir()
    if downloads.is_dir():
        assert asked[0] == str(downloads)
    window.close()
    again = make_window(qtbot, tmp_path / "data")
    monkeypatch.setattr(again.inbox, "import_paths", lambda paths: None)
    again.inbox.choose_files()
    assert asked[-1] == str(chosen.parent)
