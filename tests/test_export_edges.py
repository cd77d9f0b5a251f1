"""Edge cases found in review: background retries stay quiet, the bar and meter at the edges."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from tests.smtpserver import free_port, smtp_server
from tests.test_export_ui import GOOD, configure, export, load, window  # noqa: F401

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")


def test_a_background_retry_that_fills_the_quota_opens_no_dialog(window, qtbot):  # noqa: F811
    sending = window.export.sending
    port = free_port()
    configure(window, port)
    for subject in ("First", "Second"):
        load(window, GOOD, subject=subject)
        export(qtbot, window, "smtp")
        qtbot.waitUntil(lambda: not sending.busy, timeout=15_000)
    assert len(window.store.outbox()) == 2
    window.informed.clear()
    statuses: list[str] = []
    sending.statusMessage.connect(lambda text, _ms: statuses.append(text))
    sending.outbox.clock = lambda: datetime.now(timezone.utc) + timedelta(hours=2)  # both are due
    sending.outbox.quota_left = lambda: 1 - len(window.store.sent_log())
    with smtp_server(port=port, auth=True) as (inbox, _port):
        sending.retry_due()
        qtbot.waitUntil(lambda: not sending.busy, timeout=15_000)
    assert len(inbox.messages) == 1 and len(window.store.outbox()) == 1
    assert window.informed == []  # the retry runs in the background: no modal box
    assert any("limit" in text for text in statuses)


def test_a_review_window_warning_is_confirmed_before_export(window, qtbot):  # noqa: F811
    from datetime import date, timedelta

    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText("untouched")
    asked: list[list[str]] = []
    window.export.confirm = lambda route, lines: asked.append(lines) or False
    load(window, "<p>Your lamp arrived. If you have a moment, could you leave a review of "
                 "the lamp on Amazon?</p>", delivery_date=date.today() - timedelta(days=2))
    export(qtbot, window, "seller-central")
    assert asked and any("review" in line and "delivered on" in line for line in asked[0])
    assert QGuiApplication.clipboard().text() == "untouched"  # "Go back and edit"
    assert window.store.sent_log() == []
