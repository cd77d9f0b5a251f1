"""The compose controller on its own: an editor and a header, no main window."""

from __future__ import annotations

import pytest

from composer.appdata.settings import Settings
from composer.compose.shown import Shown
from composer.compose.summary import Summary
from composer.message.header import Header
from composer.store import open_store
from composer.ui.composecontroller import ComposeController
from composer.ui.editor import ComposerEdit
from composer.ui.exportflow import ExportSource
from composer.ui.headerform import HeaderForm
from tests.attachment_factory import write_pdf

ALIAS = "k2x9@marketplace.amazon.com"


@pytest.fixture
def compose(qtbot, tmp_path):
    editor, header = ComposerEdit(), HeaderForm()
    qtbot.addWidget(editor)
    qtbot.addWidget(header)
    store = open_store(tmp_path)
    draft = store.create_draft(Header(to=ALIAS, order_id="113-4567890-1234567"), "", "")
    controller = ComposeController(editor, header, Settings(tmp_path), store, tmp_path,
                                   lambda: draft.id)
    controller.load(draft)
    seen: list[tuple[Summary, Shown]] = []
    controller.checked.connect(lambda summary, shown: seen.append((summary, shown)))
    controller.seen = seen  # type: ignore[attr-defined]
    yield controller
    controller.shutdown()
    store.close()


def test_a_check_emits_one_summary_and_what_is_shown(compose) -> None:
    compose.editor.setPlainText("Your table ships today. Email me at tom@oakfield-mail.com.")
    compose.check_now()
    summary, shown = compose.seen[-1]
    assert summary.state == "blocked" and summary.reason
    assert any(f.rule == "email-address" for f in shown.findings)
    email = next(f for f in shown.findings if f.rule == "email-address")
    compose.ignore(email)  # a blocking finding is not set aside with one click
    assert compose.seen[-1][1].ignored == 0
    compose.ignore(email, confirmed=True)  # "This is not an email address", ticked
    after, shown = compose.seen[-1]
    assert shown.ignored == 1 and after.blocks == summary.blocks - 1
    assert after.ignored_blocks == 1
    compose.ignore([f for f in compose.last.findings if f.severity == "block"], confirmed=True)
    after = compose.seen[-1][0]
    assert after.state != "blocked" and "ignored problems" in after.badge


def test_an_unfilled_placeholder_is_never_ignored(compose) -> None:
    compose.editor.setPlainText("Hello [Buyer Name], your table ships today.")
    compose.check_now()
    placeholder = next(f for f in compose.last.findings if f.rule == "unfilled-placeholder")
    compose.ignore(placeholder, confirmed=True)
    summary, shown = compose.seen[-1]
    assert shown.ignored == 0 and summary.state == "blocked"


def test_a_fix_is_one_undoable_edit(compose) -> None:
    compose.editor.setPlainText("Write to tom@oakfield-mail.com today.")
    compose.check_now()
    email = next(f for f in compose.last.findings if f.rule == "email-address")
    compose.apply_fix(email)
    assert "tom@" not in compose.editor.toPlainText()
    compose.editor.undo()
    assert "tom@oakfield-mail.com" in compose.editor.toPlainText()


def test_a_fix_on_changed_text_checks_again_instead(compose) -> None:
    compose.editor.setPlainText("Write to tom@oakfield-mail.com today.")
    compose.check_now()
    email = next(f for f in compose.last.findings if f.rule == "email-address")
    compose.editor.setPlainText("Something else entirely, written since.")
    compose.apply_fix(email)
    assert compose.editor.toPlainText() == "Something else entirely, written since."


def test_export_gets_a_typed_source(compose, tmp_path) -> None:
    pdf = write_pdf(tmp_path / "invoice.pdf")
    compose.editor.setPlainText("Your invoice is attached.")
    compose.files.add([str(pdf)])
    source = compose.export_source()
    assert isinstance(source, ExportSource)
    assert source.header.to == ALIAS and source.draft_id is not None
    assert [r.path.name for r in source.refs] == ["invoice.pdf"]
    assert source.today is not None


def test_header_problems_count_in_the_verdict(compose) -> None:
    compose.header.order_id.setText("12345")
    compose.editor.setPlainText("Your table ships today.")
    compose.check_now()
    summary, _shown = compose.seen[-1]
    assert summary.header_blocks == 1 and not summary.sendable
