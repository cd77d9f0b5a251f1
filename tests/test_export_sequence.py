"""The app and ``seller-composer export`` run one export sequence and agree on a message."""

from __future__ import annotations

from composer.appdata.settings import Settings
from composer.cli import main
from composer.export.sequence import prepare_export
from composer.message.header import Header
from composer.store import open_store
from composer.ui.composecontroller import ComposeController
from composer.ui.editor import ComposerEdit
from composer.ui.headerform import HeaderForm

ALIAS = "k2x9q7abc@marketplace.amazon.com"
ORDER = "113-4567890-1234567"
ASK = "Your lamp arrived. If you have a moment, could you leave a review of the lamp on Amazon?"
AGAIN = "Hello again. Could you leave a review of the lamp on Amazon?"


def cli(tmp_path, data, text: str, name: str) -> int:
    source = tmp_path / f"{name}.txt"
    source.write_text(text, encoding="utf-8")
    return main(["export", str(source), "--eml", str(tmp_path / f"{name}.eml"),
                 "--order-id", ORDER, "--to", ALIAS, "--data-dir", str(data), "--no-log"])


def app(qtbot, data, text: str):
    """The app's export of ``text`` from a draft of its own: the guard's decision."""
    editor, header = ComposerEdit(), HeaderForm()
    qtbot.addWidget(editor)
    qtbot.addWidget(header)
    with open_store(data) as store:
        draft = store.create_draft(Header(to=ALIAS, order_id=ORDER), "", "")
        compose = ComposeController(editor, header, Settings(data), store, data,
                                    lambda: draft.id)
        compose.load(draft)
        editor.setPlainText(text)
        source = compose.export_source()
        compose.shutdown()
    return prepare_export(source, "eml-file").decision


def test_the_app_and_the_command_line_agree_on_repeat_requests(qtbot, tmp_path) -> None:
    data = tmp_path / "data"
    open_store(data).close()
    first = tmp_path / "first.txt"
    first.write_text(ASK, encoding="utf-8")
    # The first request, exported from the command line, goes into the sent log.
    assert main(["export", str(first), "--eml", str(tmp_path / "first.eml"), "--order-id",
                 ORDER, "--to", ALIAS, "--data-dir", str(data)]) == 0

    # The same words again, from the app's own draft: not a second request, in both.
    same = app(qtbot, data, ASK)
    assert same.ok and "repeat-request" not in {f.rule for f in same.blocks}
    assert cli(tmp_path, data, ASK, "same") == 0

    # Another request for the order: refused by both, for the same reason.
    other = app(qtbot, data, AGAIN)
    assert "repeat-request" in {f.rule for f in other.blocks}
    assert other.summary is not None and other.summary.state == "blocked"
    assert cli(tmp_path, data, AGAIN, "other") == 1
