"""The status bar is in the window in every state of the window, on a laptop screen.

A seller at 1024×700 found the status bar (quota meter, buyer messages, the Undo of a
removed file) missing on some drafts: with files and several findings, or a reply with
the buyer's message open, the window asked for more height than the screen has and its
bottom was off the screen. Each main state of the window is built here in English,
German and French and shown at 1024×700 and 1280×800: the window must take that size,
with the status bar and what it holds inside it, and three lines of text at least.
"""

from __future__ import annotations

from datetime import date, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget

from composer.inbox.importing import import_files
from composer.message.header import Header
from composer.ui.attachmentspanel import SHORT_WINDOW
from tests.attachment_factory import write_image
from tests.uihelpers import app_language, check_now, make_window

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")
CORPUS = Path(__file__).parent / "data" / "inbox"
SIZES = [(1024, 700), (1280, 800)]
ALIAS = "k7x2mq9dfl4wz8p@marketplace.amazon.co.uk"
# Several problems that block sending: the line under the export buttons says which.
FLAWED = ("<p>Hello,</p><p>Thank you for your order. Please leave us a 5-star review and "
          "visit https://example.com for 10% off your next order. Write to me at "
          "anna@shop.example or call +44 20 7946 0958.</p><p>Best wishes, Anna</p>")
STATES = ["empty draft", "findings", "three files", "five files", "needs a file",
          "type takes no files", "reply", "reply with files", "reply hidden",
          "buyer's view", "restricted", "restricted reply", "draft note", "file removed",
          "find bar"]


@pytest.fixture(params=["en", "de", "fr"])
def language(request, qapp):
    with app_language(qapp, request.param) as chosen:
        yield chosen


def settle(qtbot, window) -> None:
    check_now(qtbot, window)
    qtbot.wait(50)


def attach(qtbot, window, tmp_path, count: int) -> None:
    files = [write_image(tmp_path / f"photo{n}.png") for n in range(count)]
    window.compose.files.add([str(p) for p in files])
    settle(qtbot, window)
    assert len(window.attachments_panel.rows) == count


def reply(qtbot, window) -> None:
    import_files(window.store, [CORPUS / "de-html-qp.eml", CORPUS / "en-com-photos.eml"],
                 window.data_dir)
    window.inbox.refresh()
    window.inbox.reply(1)
    window.editor.setHtml(FLAWED)
    assert window.inbox.pane.isVisible() and window.inbox.pane.words.isVisible()


def restrict(window, tmp_path) -> None:
    notice = EmailMessage()
    notice["From"] = "Amazon <seller-notification@marketplace.amazon.com>"
    notice["Subject"] = "Proactive messaging restricted"
    notice["Date"] = "Tue, 03 Nov 2026 14:22:05 +0000"
    until = date.today() + timedelta(days=5)
    notice.set_content("Your account was restricted from sending proactive messages until "
                       f"{until.isoformat()}.")
    path = tmp_path / "restricted.eml"
    path.write_bytes(notice.as_bytes())
    import_files(window.store, [path], window.data_dir)
    window.inbox.refresh()
    assert window.inbox.restriction_bar.isVisible()


def build(state: str, qtbot, window, tmp_path) -> None:
    """Put the window in ``state``."""
    def draft(kind: str = "otherProactive", html: str = FLAWED) -> None:
        window.load_sample(Header(to=ALIAS, order_id="203-5839104-7712845",
                                  order_date=date(2026, 11, 20), message_type=kind,
                                  subject="Your order of the oak bedside table"), html)

    if state == "empty draft":
        window.draft_actions.new_draft()
    elif state == "findings":
        draft()
    elif state == "restricted":  # Amazon stopped the messages the seller starts: a banner
        restrict(window, tmp_path)
        draft("warranty")
        attach(qtbot, window, tmp_path, 5)
    elif state in ("three files", "five files", "file removed"):
        draft("warranty")
        attach(qtbot, window, tmp_path, 5 if state == "five files" else 3)
        if state == "file removed":
            window.attachments_panel.rows[0].remove_button.click()
            assert window.status.undo_note.isVisible()
    elif state == "needs a file":
        draft("warranty")
    elif state == "type takes no files":
        draft("otherProactive")
        attach(qtbot, window, tmp_path, 2)
        form = window.header.message_type
        form.setCurrentIndex(form.findData("confirmDeliveryDetails"))
    elif state.startswith("reply") or state in ("buyer's view", "restricted reply"):
        reply(qtbot, window)
        if state == "restricted reply":  # replies still go: the banner stays
            restrict(window, tmp_path)
        if state not in ("reply", "restricted reply"):
            attach(qtbot, window, tmp_path, 5)
        if state == "reply hidden":
            window.inbox.pane.fold.click()
        if state == "buyer's view":
            window.tabs.setCurrentWidget(window.buyer_view)
    elif state == "draft note":
        draft("negativeFeedbackRemoval")  # a type Amazon retired: a note says so
        attach(qtbot, window, tmp_path, 3)
        assert window.inbox.note.isVisible()
    elif state == "find bar":
        draft()
        window.extras.open_find()
    settle(qtbot, window)


def inside(window, widget: QWidget) -> bool:
    return window.rect().contains(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()))


def squeezed(window) -> list[str]:
    """Parts of the writing column given less height than they need at their width."""
    column = window.header.parentWidget().layout()
    found = []
    for index in range(column.count()):
        part = column.itemAt(index).widget()
        if part is None or not part.isVisible():
            continue
        need = part.minimumSizeHint().height()
        if part.hasHeightForWidth():
            need = max(need, part.heightForWidth(part.width()))
        if part.height() < need:
            found.append(f"{part.objectName() or type(part).__name__}: {part.height()} < {need}")
    return found


@pytest.mark.parametrize("state", STATES)
def test_every_state_keeps_the_status_bar_on_the_screen(language, state, qtbot,
                                                        tmp_path) -> None:
    window = make_window(qtbot, tmp_path / "data")
    build(state, qtbot, window, tmp_path)
    for size in SIZES:
        window.resize(size[0], window.height())  # the screen's width first, as on a laptop
        for _ in range(3):
            QApplication.processEvents()
        window.resize(*size)
        for _ in range(3):
            QApplication.processEvents()
        qtbot.wait(30)
        where = f"{state}, {language}, {size}"
        least = window.minimumSizeHint()
        assert least.width() <= size[0] and least.height() <= size[1], (where, least)
        assert (window.width(), window.height()) == size, where
        status = window.status
        assert status.isVisible() and inside(window, status), where
        for part in (window.quota_meter, window.status.counter, window.inbox.waiting):
            if part.isVisible():
                assert inside(window, part), (where, part)
        if window.status._undo_note is not None and window.status.undo_note.isVisible():
            assert inside(window, window.status.undo_note.button), where
        assert inside(window, window.export_host), where
        assert not squeezed(window), (where, squeezed(window))
        writing = window.buyer_view.browser if state == "buyer's view" else window.editor
        lines = writing.viewport().height() / writing.fontMetrics().lineSpacing()
        assert lines >= 3, (where, lines)  # room to read and write


QUESTION = ("Bonjour,\n\nJ'ai reçu la lampe de bureau hier, merci. Le bras ne tient pas en "
            "position haute : il redescend doucement au bout de quelques minutes.\n\n"
            "Faut-il serrer une vis, ou dois-je la renvoyer ? Pouvez-vous aussi me dire si "
            "l'ampoule fournie est à intensité variable ?\n\nMerci d'avance, Pierre")


def long_question(tmp_path) -> Path:
    """The French buyer's question of four paragraphs, as Amazon relays it."""
    mail = EmailMessage()
    mail["From"] = "Pierre - Amazon Marketplace <q8w7e6r5t4y3u2i@marketplace.amazon.fr>"
    mail["To"] = "orders@brightlamp.example"
    mail["Subject"] = ("Demande de renseignements de la part du client Amazon Pierre "
                       "(Commande : 407-7654321-7654321)")
    mail["Date"] = "Sun, 06 Dec 2026 00:40:00 +0000"
    mail.set_content("Numéro de commande 407-7654321-7654321:\n1 de Lampe de bureau Oslo "
                     "noire [ASIN: B0FRLMP001]\n\n------------- Début du message "
                     f"-------------\n\n{QUESTION}\n\n------------- Fin du message "
                     "-------------\n")
    path = tmp_path / "pierre.eml"
    path.write_bytes(mail.as_bytes())
    return path


@pytest.mark.parametrize("banner", [False, True])  # with Amazon's banner too
def test_a_reply_on_a_laptop_shows_the_question_and_five_lines_to_write(
        language, banner, qtbot, tmp_path) -> None:
    """At 1024×700 the buyer's box showed only "Bonjour,": the question needed scrolling."""
    window = make_window(qtbot, tmp_path / "data")
    import_files(window.store, [long_question(tmp_path)], window.data_dir)
    window.inbox.refresh()
    window.inbox.reply(1)
    if banner:  # Amazon stopped the messages the seller starts; replies still go
        restrict(window, tmp_path)
    settle(qtbot, window)
    window.resize(1024, 700)
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(30)
    words = window.inbox.pane.words
    asked = words.viewport().height() / words.fontMetrics().lineSpacing()
    lines = window.editor.viewport().height() / window.editor.fontMetrics().lineSpacing()
    where = (language, banner, asked, lines)
    assert asked >= 3 and lines >= 5, where
    assert window.status.isVisible() and inside(window, window.status), where
    assert window.inbox.pane.title.toolTip().startswith("✉ Pierre"), where


def test_a_sentence_ends_after_a_year_not_after_a_german_day() -> None:
    from composer.ui.wholelabel import first_sentence

    assert first_sentence("Gesperrt bis 12. Dez. 2026. Danach geht es.") == \
        "Gesperrt bis 12. Dez. 2026."
    assert first_sentence("Restricted until 11 Dec 2026. Messages you start wait.") == \
        "Restricted until 11 Dec 2026."
    assert first_sentence("No stop here, e.g. this one") == "No stop here, e.g. this one"


def test_a_long_note_gives_its_first_sentence_and_the_whole_in_its_tooltip(qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    from composer.ui.wholelabel import keep_brief

    note = QLabel()
    qtbot.addWidget(note)
    note.setWordWrap(True)
    note.resize(300, 40)
    note.show()
    whole = ("This message type was retired by Amazon. " + "It explains more. " * 8).strip()
    keep_brief(note, whole)
    assert note.text() == "This message type was retired by Amazon."
    assert note.toolTip() == whole
    note.resize(3000, 40)  # room for all of it in two lines: all of it
    QApplication.processEvents()
    assert note.text() == whole and note.toolTip() == ""
    assert note.minimumHeight() <= 2 * note.fontMetrics().lineSpacing() + 2


@pytest.mark.parametrize("size", SIZES)
def test_the_buyers_view_takes_most_of_the_room_beside_three_files(size, qtbot,
                                                                   tmp_path) -> None:
    """With three files at 1280×800 the preview showed two lines; the files took the rest."""
    window = make_window(qtbot, tmp_path / "data")
    reply(qtbot, window)
    attach(qtbot, window, tmp_path, 3)
    window.tabs.setCurrentWidget(window.buyer_view)
    window.resize(*size)
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(30)
    preview = window.buyer_view.browser.viewport().height()
    files = window.attachments_host.height()
    assert preview > 2 * files, (size, preview, files)
    panel = window.attachments_panel
    assert "(3)" in panel.title.text() and "photo2.png" in panel.title.toolTip()
    window.tabs.setCurrentIndex(0)  # back to Write: the files' rows again
    for _ in range(3):
        QApplication.processEvents()
    if size[1] < SHORT_WINDOW:  # a short window: folded to their title row, the editor first
        assert panel.folded() and panel.fold_button.isVisible()
        panel.fold_button.click()
        for _ in range(3):
            QApplication.processEvents()
    assert panel.rows_scroll.isVisible() and all(row.isVisible() for row in panel.rows)


@pytest.mark.parametrize("size", SIZES)
def test_a_reply_with_three_files_and_the_find_bar_leaves_room_to_write(
        language, size, qtbot, tmp_path) -> None:
    """At 1024×700 a reply with three files showed the buyer's "Bonjour," alone and about
    three lines of the editor (two with the find bar); at 1280×800 three files left about
    six. The editor comes first: the files fold to their title row on a short window and
    show two rows at most on a taller one."""
    window = make_window(qtbot, tmp_path / "data")
    import_files(window.store, [long_question(tmp_path)], window.data_dir)
    window.inbox.refresh()
    window.inbox.reply(1)
    window.editor.setHtml("<p>Bonjour Pierre,</p>")
    attach(qtbot, window, tmp_path, 3)
    window.extras.open_find()
    settle(qtbot, window)
    window.resize(size[0], window.height())
    for _ in range(3):
        QApplication.processEvents()
    window.resize(*size)
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(30)
    words, editor = window.inbox.pane.words, window.editor
    asked = words.viewport().height() / words.fontMetrics().lineSpacing()
    lines = editor.viewport().height() / editor.fontMetrics().lineSpacing()
    panel = window.attachments_panel
    where = (language, size, asked, lines)
    assert (window.width(), window.height()) == size, where
    assert asked >= 3 and lines >= 5, where
    assert window.status.isVisible() and inside(window, window.status), where
    shown = panel.rows_scroll.height() if panel.rows_scroll.isVisible() else 0
    two = sum(row.sizeHint().height() for row in panel.rows[:2]) + panel.rows_host.spacing()
    assert shown <= two + 2, (where, shown, two)  # two rows at most; the third scrolls
    if size == (1024, 700):  # folded to "▸ Attachments (3)", the names on hover
        assert panel.fold_button.isVisible() and not panel.rows_scroll.isVisible(), where
        assert "photo2.png" in panel.fold_button.toolTip(), where
        panel.fold_button.click()  # unfolded: the rows again, the window still fits
        for _ in range(3):
            QApplication.processEvents()
        assert panel.rows_scroll.isVisible() and panel.rows_scroll.height() > 0, where
        assert (window.width(), window.height()) == size, where
        assert window.status.isVisible() and inside(window, window.status), where
