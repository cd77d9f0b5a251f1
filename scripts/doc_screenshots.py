"""Make the README's screenshots (docs/*.png) again, each from a scene built in code.

Every scene runs in its own process, offscreen, on its own temporary data folder: the
app's own window (build_window), a sample draft, files made on the spot with Pillow,
buyer e-mails written here, and the dialog the picture is about. Nothing reads or changes
the seller's real drafts or settings.

    python scripts/doc_screenshots.py             # every picture
    python scripts/doc_screenshots.py attachments # only docs/attachments.png
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SIZE = (1280, 800)
SCENES: dict[str, Callable[[Path], object]] = {}  # file name in docs/ -> scene
# Pictures this script does not make yet: the buyer-message scenes need e-mails imported
# and a reply clock and a daily count set against the time the script runs. Kept as made.
KEPT = {"reply-clock-and-quota.png": "reply clock, late reply and the quota meter",
        "reply-to-buyer.png": "a reply under the buyer's imported message",
        "buyer-messages.png": "the buyer messages list"}


def scene(name: str) -> Callable[[Callable[[Path], object]], Callable[[Path], object]]:
    def register(build: Callable[[Path], object]) -> Callable[[Path], object]:
        SCENES[name] = build
        return build
    return register


# --- helpers ------------------------------------------------------------------------------------
def app(language: str = "en"):
    from composer.ui.app import make_app
    from composer.ui.translations import install_translators

    application = make_app()
    install_translators(application, language)
    _answer_message_boxes(application)
    return application


def _answer_message_boxes(application) -> None:
    """A message box the scene did not ask for would wait for a click for ever: say what it
    said on standard error and close it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QMessageBox):
            print(f"message box: {modal.text()} {modal.informativeText()}", file=sys.stderr)
            modal.reject()

    timer = QTimer(application)
    timer.setInterval(100)
    timer.timeout.connect(look)
    timer.start()


def settle(until: Callable[[], bool] | None = None, timeout: float = 15.0) -> None:
    """Let Qt finish its work: posted events, timers, the checker's worker thread."""
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + timeout
    while True:
        QApplication.processEvents()
        time.sleep(0.02)
        QApplication.processEvents()
        if until is None or until():
            break
        if time.monotonic() > end:
            raise TimeoutError("the scene did not settle")
    for _ in range(5):
        QApplication.processEvents()


def pause(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        settle()


def window_on(folder: Path, *, business: str = "Oakfield Furniture", settings_values=None,
              drafts: tuple[dict, ...] = ()):
    """The main window on ``folder`` with its store, drafts already there, at 1280×800."""
    from composer.appdata.settings import Settings
    from composer.message.header import header_from_json
    from composer.store import open_store
    from composer.ui import icons
    from composer.ui.app import build_window

    settings = Settings(folder)
    settings.set("business_name", business)
    settings.set("first_run_done", True)
    for key, value in (settings_values or {}).items():
        settings.set(key, value)
    store = open_store(folder)
    for other in drafts:
        draft = store.create_draft(header_from_json(other["header"]), other["html"],
                                   other["text"])
        store.set_verdict(draft.id, other.get("verdict"))
    window = build_window(folder, settings, store)
    window.resize(*SIZE)
    window.show()
    window.after_first_paint()
    window.resize(*SIZE)  # a picture at this size, whatever the offscreen screen's size
    settle(lambda: window.export is not None)
    icons.load_icons()
    settle()
    return window


def sample(name: str = "sample.json") -> dict:
    from composer.appdata.resources import load_json

    return load_json("samples", name)


def open_message(window, header: dict, html: str) -> None:
    from composer.message.header import header_from_json

    window.load_sample(header_from_json(header), html)
    checked(window)


def checked(window) -> None:
    window.prepare_for_screenshot()
    settle()
    window.check_now()
    settle()


def save(widget_or_image, name: str) -> Path:
    from PySide6.QtGui import QImage

    image = widget_or_image if isinstance(widget_or_image, QImage) else \
        widget_or_image.grab().toImage()
    target = DOCS / name
    if not image.save(str(target), "PNG"):
        raise OSError(f"could not save {target}")
    return target


def with_popup(window, popup) -> object:
    """The window with a dialog or menu drawn over it where it stands on the screen."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter

    image = window.grab().toImage()
    painter = QPainter(image)
    origin = window.mapToGlobal(QPoint(0, 0))
    painter.drawPixmap(popup.mapToGlobal(QPoint(0, 0)) - origin, popup.grab())
    painter.end()
    return image


def centre_over(window, dialog) -> None:
    geometry = window.frameGeometry()
    dialog.move(geometry.center() - dialog.rect().center())


# --- scenes -------------------------------------------------------------------------------------
@scene("screenshot.png")
def main_window(folder: Path, language: str = "en", name: str = "screenshot.png") -> None:
    app(language)
    data = sample()
    window = window_on(folder, drafts=tuple(data.get("other_drafts", [])))
    open_message(window, data["header"], data["html"])
    save(window, name)


@scene("main-de.png")
def main_german(folder: Path) -> None:
    main_window(folder, "de", "main-de.png")


@scene("main-fr.png")
def main_french(folder: Path) -> None:
    main_window(folder, "fr", "main-fr.png")


def settings_page(folder: Path, language: str, name: str) -> None:
    from composer.ui.settingsdialog import SettingsDialog

    app(language)
    window = window_on(folder)
    dialog = SettingsDialog(window.settings, window, whitelist=window.compose.whitelist(),
                            data_dir=folder)
    dialog.show_page("general")
    dialog.resize(600, 620)
    dialog.show()
    settle()
    save(dialog, name)


@scene("settings-de.png")
def settings_german(folder: Path) -> None:
    settings_page(folder, "de", "settings-de.png")


@scene("settings-fr.png")
def settings_french(folder: Path) -> None:
    settings_page(folder, "fr", "settings-fr.png")


def focus_edit(widget, text: str) -> None:
    """Type into a header field and leave it, as a seller would (the field's checks run)."""
    widget.setFocus()
    widget.setText(text)
    widget.editingFinished.emit()
    settle()


@scene("buyers-view.png")
def buyers_view(folder: Path) -> None:
    app()
    window = window_on(folder)
    html = ('<p>Hello Sarah,</p><p>Thank you for your question about the oak bedside table.</p>'
            '<p align="center"><span style="font-family:Georgia; color:#c62828">Oil it once '
            'a month with a soft cloth.</span></p>'
            '<p>The care guide is on <a href="http://oakfield.example/care">our care page</a>.'
            '</p><ul><li>Keep it out of direct sun.</li><li>Wipe spills at once.</li></ul>'
            '<p>Kind regards,<br>Oakfield Furniture</p>')
    open_message(window, {"to": "k7x2mq9dfl4wz8p@marketplace.amazon.co.uk",
                          "order_id": "203-5839104-7712845", "message_type": "reply",
                          "buyer_language": "en",
                          "subject": "Your oak bedside table: care guide"}, html)
    window.toggle_buyer_view()
    settle()
    pause(0.6)  # the preview refreshes a moment after the tab opens
    window.buyer_view.removed_toggle.setChecked(True)
    settle()
    save(window, "buyers-view.png")


def make_files(folder: Path) -> dict[str, Path]:
    """A warranty PDF, a phone photo far over the limit, a ZIP renamed to .pdf, a label."""
    import random
    import zipfile

    from PIL import Image, ImageDraw

    files = folder.parent / "files"
    files.mkdir()
    page = Image.new("RGB", (595, 842), "white")
    draw = ImageDraw.Draw(page)
    draw.text((60, 60), "Oakfield Furniture - Warranty", fill="black")
    draw.text((60, 100), "Electric kettle, 2 years from the date of delivery.", fill="black")
    page.save(files / "warranty.pdf")
    rng = random.Random(2041)  # noise does not compress: a photo of the size a phone makes
    photo = Image.frombytes("RGB", (4000, 3000), rng.randbytes(4000 * 3000 * 3))
    photo.save(files / "IMG_2041.jpg", quality=95)
    with zipfile.ZipFile(files / "manual.pdf", "w") as archive:
        archive.writestr("manual-en.pdf", b"%PDF-1.4 manual")
        archive.writestr("manual-de.pdf", b"%PDF-1.4 Anleitung")
    label = Image.new("RGB", (900, 600), "#f4efe6")
    ImageDraw.Draw(label).rectangle((40, 40, 860, 560), outline="#5d4037", width=6)
    label.save(files / "care-label.png")
    return {path.name: path for path in files.iterdir()}


@scene("attachments.png")
def attachments(folder: Path) -> None:
    app()
    files = make_files(folder)
    window = window_on(folder)
    open_message(window, {"to": "a1b2c3d4e5f6g7h@marketplace.amazon.de",
                          "order_id": "113-4567890-1234567", "message_type": "warranty",
                          "buyer_language": "en", "subject": "Warranty for your kettle"},
                 "<p>Hello,</p><p>please find the warranty for your kettle (order "
                 "113-4567890-1234567) attached.</p><p>Best regards,<br>Oakfield</p>")
    window.compose.files.add([str(files[n]) for n in
                              ("warranty.pdf", "IMG_2041.jpg", "manual.pdf", "care-label.png")])
    settle()
    pause(1.5)
    checked(window)
    pause(1.0)
    save(window, "attachments.png")


@scene("template-filled.png")
def template_filled(folder: Path) -> None:
    from composer.message.templates import get_template

    app()
    window = window_on(folder)
    open_message(window, {"to": "k7x2mq9dfl4wz8p@marketplace.amazon.co.uk",
                          "message_type": "unexpectedProblem", "buyer_language": "en",
                          "subject": ""}, "")
    first = window.session.current.id
    window.draft_actions.use_template(get_template("delivery-problem.en"))
    settle()
    window.store.delete_draft(first)  # the empty draft the header was typed into
    focus_edit(window.header.order_id, "113-4567890-1234567")
    focus_edit(window.header.product_name, "Brass desk lamp")
    window.editor.setFocus()
    checked(window)
    status = window.statusBar().currentMessage()
    window.save_now()
    window.refresh_drafts()
    window.statusBar().showMessage(status)
    pause(0.5)
    save(window, "template-filled.png")


@scene("wrong-language.png")
def wrong_language(folder: Path) -> None:
    app()
    window = window_on(folder, business="Tom")
    open_message(window, {"to": "k7x2mq9dfl4wz8p@marketplace.amazon.de",
                          "order_id": "302-1184420-5531287",
                          "message_type": "confirmDeliveryDetails", "buyer_language": "de",
                          "subject": "Your delivery day"},
                 "<p>Hello Anna,</p><p>we need to agree a delivery day for your wardrobe "
                 "(order 302-1184420-5531287) with the carrier. Please tell us which weekday "
                 "suits you best, and we will book it.</p><p>Kind regards,<br>Tom</p>")
    pause(0.5)
    checked(window)
    save(window, "wrong-language.png")


@scene("type-files.png")
def type_files(folder: Path) -> None:
    app()
    window = window_on(folder)
    combo = window.header.message_type
    index = next(i for i in range(combo.count()) if "Arrange delivery" in combo.itemText(i))
    combo.setCurrentIndex(index)
    combo.showPopup()
    settle()
    popup = combo.view().window()
    save(popup, "type-files.png")
    combo.hidePopup()


@scene("store-problem.png")
def store_problem(folder: Path) -> None:
    import sqlite3

    from composer.appdata.settings import Settings
    from composer.message.header import Header
    from composer.store import DB_NAME, open_store
    from composer.ui.storeproblem import QUIT, StoreOpener, StoreProblemDialog

    app()
    with open_store(folder) as store:
        for n in range(6):
            store.create_draft(Header(subject=f"Parcel {n}"), f"<p>Hello {n}</p>",
                               f"Hello {n}. " + "words " * 400)
    path = folder / DB_NAME
    db = sqlite3.connect(path)
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'drafts'").fetchone()[0]
    db.close()
    with open(path, "r+b") as handle:  # garbage over the drafts' first page
        handle.seek(page_size * (root - 1))
        handle.write(bytes(range(256)) * (page_size // 256))
    settings = Settings(folder)
    settings.set("first_run_done", True)
    holder: dict = {}

    def ask(problem, parent) -> str:
        dialog = StoreProblemDialog(problem, parent)
        dialog.show()
        settle()
        centre_over(holder["window"], dialog)
        settle()
        save(with_popup(holder["window"], dialog), "store-problem.png")
        dialog.close()
        return QUIT

    opener = StoreOpener(folder, None, None, parent=lambda: holder["window"], ask=ask)
    from composer.ui.mainwindow import MainWindow

    window = MainWindow(settings, folder, opener)
    holder["window"] = window
    window.resize(*SIZE)
    window.show()
    settle()
    window.after_first_paint()
    window.resize(*SIZE)
    settle()


@scene("spelling-menu.png")
def spelling_menu(folder: Path) -> None:
    from PySide6.QtGui import QTextCursor

    from composer.ui.spellmenu import LOOKING

    app()
    window = window_on(folder)
    open_message(window, {"to": "q8w2e4r6t8y0u1i@marketplace.amazon.co.uk",
                          "order_id": "203-1234567-7654321", "message_type": "reply",
                          "buyer_language": "en", "subject": "Re: Can the lamp be dimmed?",
                          "product_name": "Oak Bedside Lamp"},
                 "<p>Hello Priya,</p><p>Thank you for your question about the Oak Bedside "
                 "Lamp. Yes, it works with any standard dimmer switch. If the light flickers "
                 "at the lowest setting, turn the dimmer up slightly: that is normal for LED "
                 "bulbs and does not harm the lamp.</p><p>I hope this helps, and I am sorry "
                 "for the delay in replying. We recieved your message over the weekend.</p>"
                 "<p>Kind regards,<br>Tom at Oakfield Furniture</p>")
    pause(1.5)  # the dictionary loads on a worker thread
    checked(window)
    editor = window.editor
    cursor = QTextCursor(editor.document())
    cursor.setPosition(editor.toPlainText().index("recieved") + 2)
    point = editor.cursorRect(cursor).center()
    menu = editor.context_menu_at(point)
    point.setY(editor.cursorRect(cursor).bottom() + 4)  # under the word, as a right-click
    actions = editor.last_spelling
    settle(lambda: actions.placeholder.text() != LOOKING)
    menu.hide()
    menu.popup(editor.viewport().mapToGlobal(point))
    settle()
    save(with_popup(window, menu), "spelling-menu.png")
    menu.close()


@scene("sent-log.png")
def sent_log(folder: Path) -> None:
    app()
    window = window_on(folder)
    invoice = make_invoice(folder)
    open_message(window, {"to": "k7x2mq9dfl4wz8p@marketplace.amazon.co.uk",
                          "order_id": "203-5839104-7712845", "order_date": "2026-11-20",
                          "message_type": "invoice", "buyer_language": "en",
                          "subject": "Your invoice for order 203-5839104-7712845"},
                 "<p>Hello Sarah,</p><p>Please find attached the invoice for your order "
                 "203-5839104-7712845 (Oak Bedside Table).</p>"
                 "<p>Kind regards,<br>Tom at Oakfield Furniture</p>")
    window.compose.files.add([str(invoice)])
    pause(1.0)
    checked(window)
    export = window.export
    export.confirm = lambda route, lines: True
    from PySide6 import QtWidgets

    eml = str(folder.parent / "Invoice for order 203-5839104-7712845.eml")
    QtWidgets.QFileDialog.getSaveFileName = staticmethod(lambda *args, **kw: (eml, ""))
    for route in ("seller-central", "eml-file"):
        export.export(route)
        settle(lambda: not export._running)
        pause(0.5)
    export.open_sent_log()
    dialog = export.log_dialog
    dialog.resize(1000, 480)
    settle()
    save(dialog, "sent-log.png")


def make_invoice(folder: Path) -> Path:
    from PIL import Image, ImageDraw

    page = Image.new("RGB", (595, 842), "white")
    draw = ImageDraw.Draw(page)
    draw.text((60, 60), "Oakfield Furniture - Invoice 2026-1187", fill="black")
    draw.text((60, 100), "Oak Bedside Table, 1 x 149.00 GBP", fill="black")
    path = folder.parent / "Invoice_2026-11-20.pdf"
    page.save(path)
    return path


# --- running ------------------------------------------------------------------------------------
def run_one(name: str) -> None:
    with tempfile.TemporaryDirectory(prefix="seller-composer-docs-") as scratch:
        folder = Path(scratch) / "data"
        folder.mkdir()
        os.environ["SELLER_COMPOSER_HOME"] = str(folder)
        SCENES[name](folder)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--scene"]:
        import faulthandler

        faulthandler.dump_traceback_later(100, exit=True)  # where a scene hangs, if one does
        run_one(argv[1])
        return 0
    names = [n if n.endswith(".png") else f"{n}.png" for n in argv] or list(SCENES)
    unknown = [n for n in names if n not in SCENES]
    if unknown:
        print(f"unknown scene: {', '.join(unknown)}; known: {', '.join(SCENES)}",
              file=sys.stderr)
        return 2
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    failed = []
    for name in names:
        try:
            result = subprocess.run([sys.executable, __file__, "--scene", name], env=env,
                                    check=False, timeout=120)
        except subprocess.TimeoutExpired:
            result = subprocess.CompletedProcess([], 1)
        print(f"{'docs/' + name if result.returncode == 0 else 'FAILED ' + name}")
        if result.returncode:
            failed.append(name)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main(sys.argv[1:]))
