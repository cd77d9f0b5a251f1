"""One Return is a line break, two Returns a blank line: in the editor, the buyer's view, the
copy for Seller Central and the .eml alike, for typed, pasted, template and reopened text.

A single Return used to show a paragraph gap in the editor and reach the buyer as a blank
line, while two Returns showed a double gap and reached the buyer as the same blank line.
"""

from __future__ import annotations

import email
from email import policy

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication, QTextDocument

from composer.export.outgoing import prepare
from composer.message.header import Header
from composer.message.richtext import Block, Run, blocks_to_html
from composer.message.templates import get_template
from composer.ui.docmodel import snapshot_document
from tests.uihelpers import make_window

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")
ALIAS = "k2x9q7abcdefghij@marketplace.amazon.co.uk"
SENT_PLAIN = "Hello Anna,\nyour parcel left today.\n\nBest regards"
SENT_HTML = "<p>Hello Anna,<br>your parcel left today.</p>\n<p>Best regards</p>"


def p(text: str = "") -> Block:
    return Block("p", (Run(text),) if text else ())


def test_lines_make_one_paragraph_and_an_empty_line_ends_it() -> None:
    blocks = [p("Hello Anna,"), p("your parcel left today."), p(), p("Best regards")]
    assert blocks_to_html(blocks) == SENT_HTML
    out = prepare(blocks)
    assert out.html == SENT_HTML and out.plain == SENT_PLAIN


def test_two_empty_lines_stay_more_than_one_and_headings_and_lists_are_their_own() -> None:
    blocks = [Block("h2", (Run("Your order"),)), p("one"), p("two"), p(), p(), p("three"),
              Block("li", (Run("a"),), "ul", 1), p("four"), p("   ")]
    assert blocks_to_html(blocks) == ("<h2>Your order</h2>\n<p>one<br>two</p>\n<p><br></p>\n"
                                      "<p>three</p>\n<ul>\n<li>a</li>\n</ul>\n<p>four</p>")


@pytest.fixture
def window(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path / "data")
    win.export.confirm = lambda route, lines: True
    win.load_sample(Header(to=ALIAS, order_id="113-4567890-1234567", subject="Your parcel"), "")
    return win


def blocks(window) -> list[str]:
    """The editor's lines as the seller sees them: one per block, "" for a blank line."""
    out = []
    block = window.editor.document().begin()
    while block.isValid():
        out.append(block.text().replace("\u2028", "\n"))
        block = block.next()
    return out


def sent(window) -> tuple[str, str]:
    out = prepare(snapshot_document(window.editor.document()).blocks)
    return out.html, out.plain


def line_tops(document: QTextDocument) -> dict[str, float]:
    """The top of each line of text as drawn, by its words."""
    layout = document.documentLayout()
    tops: dict[str, float] = {}
    block = document.begin()
    while block.isValid():
        origin = layout.blockBoundingRect(block).top()
        lines = block.layout()
        text = block.text()
        for number in range(lines.lineCount()):
            line = lines.lineAt(number)
            words = text[line.textStart():line.textStart() + line.textLength()].strip("\u2028 ")
            if words:
                tops[words] = origin + line.y()
        block = block.next()
    return tops


def gaps(document: QTextDocument, first: str, second: str, third: str) -> tuple[float, float]:
    """How far down the second and third lines start, in lines of text."""
    tops = line_tops(document)
    height = document.begin().layout().lineAt(0).height() if document.begin().layout() \
        else 1.0
    return (tops[second] - tops[first]) / height, (tops[third] - tops[second]) / height


def type_message(window, qtbot) -> None:
    editor = window.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Hello Anna,")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "your parcel left today.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Best regards")


def test_typed_returns_look_and_leave_alike(window, qtbot, tmp_path) -> None:
    type_message(window, qtbot)
    assert blocks(window) == ["Hello Anna,", "your parcel left today.", "", "Best regards"]
    assert sent(window) == (SENT_HTML, SENT_PLAIN)
    # The editor: the next line right under, a blank line after two Returns.
    one, two = gaps(window.editor.document(), "Hello Anna,", "your parcel left today.",
                    "Best regards")
    assert one == pytest.approx(1.0, abs=0.1) and two == pytest.approx(2.0, abs=0.1)
    # The buyer's view: the same line break, and a gap where the blank line is.
    view = window.buyer_view
    view.html = ""
    window.tabs.setCurrentWidget(view)
    view.refresh()
    qtbot.waitUntil(lambda: "Best regards" in view.browser.toPlainText(), timeout=5000)
    one, two = gaps(view.browser.document(), "Hello Anna,", "your parcel left today.",
                    "Best regards")
    assert one == pytest.approx(1.0, abs=0.1) and two > 1.5
    # The copy for Seller Central and the .eml.
    window.check_now()
    window.export.export("seller-central")
    qtbot.waitUntil(lambda: not window.export._running, timeout=10_000)
    assert QGuiApplication.clipboard().text() == SENT_PLAIN
    target = tmp_path / "out.eml"
    window.export.ask_save_path = lambda _name: str(target)
    window.export.export("eml-file")
    qtbot.waitUntil(lambda: not window.export._running, timeout=10_000)
    message = email.message_from_bytes(target.read_bytes(), policy=policy.default)
    plain = message.get_body(("plain",)).get_content().replace("\r\n", "\n")
    html = message.get_body(("html",)).get_content()
    assert plain.strip() == SENT_PLAIN
    assert "Hello Anna,<br>your parcel left today.</p>" in html


def test_a_draft_reopens_as_it_was_typed(window, qtbot) -> None:
    type_message(window, qtbot)
    first = window.session.current.id
    window.session.save_now()
    window.draft_actions.new_draft()
    window.session.open(first)
    assert blocks(window) == ["Hello Anna,", "your parcel left today.", "", "Best regards"]
    assert sent(window) == (SENT_HTML, SENT_PLAIN)


def old_editor_html(body: str) -> str:
    """A draft saved by the earlier editor: every paragraph spaced 12 px above and below."""
    document = QTextDocument()
    document.setHtml(body)
    return document.toHtml()


def test_a_draft_saved_earlier_keeps_its_paragraph_gaps_as_blank_lines(window) -> None:
    body = "<p>Hello Anna,</p><p>Your parcel left today.<br>It arrives Monday.</p><p>Anna</p>"
    window.session.new(Header(to=ALIAS, subject="Old"), body,
                       extra={"editor_html": old_editor_html(body)})
    assert blocks(window) == ["Hello Anna,", "", "Your parcel left today.\nIt arrives Monday.",
                              "", "Anna"]
    html, plain = sent(window)
    assert plain == "Hello Anna,\n\nYour parcel left today.\nIt arrives Monday.\n\nAnna"
    assert html == ("<p>Hello Anna,</p>\n<p>Your parcel left today.<br>It arrives Monday.</p>"
                    "\n<p>Anna</p>")  # what the buyer got from it before


def test_a_template_reads_in_the_editor_as_it_is_sent(window) -> None:
    template = get_template("delivery-problem.en")
    window.draft_actions.use_template(template)
    lines = blocks(window)
    assert "" in lines  # its paragraphs are apart by a blank line, as the buyer gets them
    html, plain = sent(window)
    assert plain == "\n".join(lines).strip()
    assert "<p><br></p>" not in html


def paste(editor, text: str = "", html: str = "") -> None:
    source = QMimeData()
    if html:
        source.setHtml(html)
    source.setText(text)
    editor.insertFromMimeData(source)


def test_plain_paste_keeps_line_breaks_and_one_blank_line(window) -> None:
    paste(window.editor, "Dear Anna,\n\nThank you for your order.\nIt ships on Monday.\n\n\n"
                         "Best regards")
    assert blocks(window) == ["Dear Anna,", "", "Thank you for your order.",
                              "It ships on Monday.", "", "Best regards"]
    assert sent(window)[1] == ("Dear Anna,\n\nThank you for your order.\nIt ships on Monday."
                               "\n\nBest regards")


def test_rich_paste_keeps_paragraph_gaps_and_line_breaks(window) -> None:
    paste(window.editor, "x", "<p>Dear Anna,</p><p>Thank you.<br>It ships today.</p>"
                              "<p><b>Best</b> regards</p>")
    assert blocks(window) == ["Dear Anna,", "", "Thank you.\nIt ships today.", "",
                              "Best regards"]
    assert sent(window)[1] == "Dear Anna,\n\nThank you.\nIt ships today.\n\nBest regards"


def test_word_s_tight_lines_stay_lines(window) -> None:
    word = ('<html><body><p class=MsoNormal style="margin:0cm">Dear Anna,</p>'
            '<p class=MsoNormal style="margin:0cm">Thank you for your order.</p>'
            '<p class=MsoNormal style="margin:0cm">Best regards</p></body></html>')
    paste(window.editor, "x", word)
    assert blocks(window) == ["Dear Anna,", "Thank you for your order.", "Best regards"]
    assert sent(window)[1] == "Dear Anna,\nThank you for your order.\nBest regards"


def test_a_typed_list_is_set_apart_in_the_editor_as_the_buyer_sees_it(window, qtbot) -> None:
    from PySide6.QtGui import QTextListFormat

    editor = window.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Your order:")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Oak table")
    editor.set_list(QTextListFormat.Style.ListDisc)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Two chairs")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # ends the list
    qtbot.keyClicks(editor, "Anna")
    assert sent(window)[1] == "Your order:\n\n- Oak table\n- Two chairs\n\nAnna"
    lines = ("Your order:", "Oak table", "Two chairs", "Anna")
    typed = gaps(editor.document(), *lines[:3]) + gaps(editor.document(), *lines[1:])[1:]
    view = window.buyer_view
    view.html = ""
    window.tabs.setCurrentWidget(view)
    view.refresh()
    qtbot.waitUntil(lambda: "Anna" in view.browser.toPlainText(), timeout=5000)
    document = view.browser.document()
    seen = gaps(document, *lines[:3]) + gaps(document, *lines[1:])[1:]
    assert typed[1] == pytest.approx(1.0, abs=0.1)  # the items: one under the other
    for mine, buyer in zip(typed, seen, strict=True):
        assert mine == pytest.approx(buyer, abs=0.25), (typed, seen)
