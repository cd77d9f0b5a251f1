"""An e-mail with an empty Subject warns on the e-mail routes, never for Seller Central.

Found in a walkthrough: a reply with no Subject was saved as .eml, opened in the e-mail app
and queued for sending with no word about it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from composer.export.guard import EMAIL_SUBJECT_RULE, ExportContent, guard
from composer.inbox.importing import import_files
from composer.message.header import Header, email_problems

CORPUS = Path(__file__).parent / "data" / "inbox"
pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")
TEXT = "Hello Tom,\n\nYour parcel left today.\n\nAnna"


def test_an_empty_subject_is_an_email_problem_of_the_header() -> None:
    assert email_problems(Header(subject="Your parcel")) == {}
    reply = email_problems(Header(subject="  ", message_type="reply"))["subject"]
    assert not reply.blocking and "Re: " in reply.text
    other = email_problems(Header(message_type="otherProactive"))["subject"]
    assert "Re: " not in other.text and "subject" in other.text
    assert "Betreff" in email_problems(Header(), "de")["subject"].text


def test_the_guard_warns_on_email_routes_only() -> None:
    header = Header(to="ab12cd34ef@marketplace.amazon.com", order_id="113-4567890-1234567",
                    message_type="otherProactive")
    decision = guard(ExportContent(header=header, html=f"<p>{TEXT}</p>", plain=TEXT))
    assert decision.ok
    for route in ("eml-file", "email-app", "smtp"):
        assert [f.rule for f in decision.route_warnings(route)] == [EMAIL_SUBJECT_RULE]
        assert any("subject is empty" in line for line in decision.to_confirm(route))
    assert decision.route_warnings("copy") == ()
    assert not any("subject" in line.lower() for line in decision.to_confirm("copy"))
    named = guard(ExportContent(header=Header(**{**header.__dict__, "subject": "Parcel"}),
                                html=f"<p>{TEXT}</p>", plain=TEXT))
    assert named.route_warnings("eml-file") == ()


def test_the_confirmations_fix_fills_re_and_the_buyers_subject(qtbot, tmp_path,
                                                              monkeypatch) -> None:
    from tests.uihelpers import make_window

    window = make_window(qtbot, tmp_path / "data")
    import_files(window.store, [CORPUS / "en-com-text.eml"], window.data_dir)
    window.inbox.reply(1)
    wanted = window.header.subject.text()
    assert wanted.startswith("Re: ")
    window.header.subject.setText("")
    window.editor.setPlainText(TEXT)
    asked: list[str] = []

    def click_fix(box: QMessageBox) -> int:
        asked.append(box.informativeText())
        next(b for b in box.buttons() if b.text() == "Fill in the subject").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_fix)
    window.export.open_url = lambda _url: pytest.fail("nothing may leave")
    window.export.export("email-app")
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert "subject is empty" in asked[0]
    assert window.header.subject.text() == wanted
    assert window.header.subject.hasFocus() or window.focusWidget() is window.header.subject
    window.header.subject.undo()
    assert window.header.subject.text() == ""


def test_without_a_buyers_message_the_fix_puts_the_keyboard_in_subject(qtbot, tmp_path) -> None:
    from composer.ui.exportflow import fill_subject
    from tests.uihelpers import make_window

    window = make_window(qtbot, tmp_path / "data")
    window.header.set_value(Header(message_type="otherProactive"))
    window.show()
    fill_subject(window)
    assert window.header.subject.text() == ""
    assert window.focusWidget() is window.header.subject
