"""``seller-composer export``: compliant messages are written, blocked ones refused."""

from __future__ import annotations

import email
import subprocess
import sys
from email import policy

from composer.cli import main
from composer.store import open_store
from tests.attachment_factory import write_exe, write_pdf

ALIAS = "k2x9q7abc@marketplace.amazon.fr"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "composer", "export", *args],
                          capture_output=True, text=True, timeout=60)


def test_compliant_html_is_written_and_parses_back(tmp_path):
    source = tmp_path / "m.html"
    source.write_text("<p>Bonjour,</p><p>Votre commande est <b>partie</b> ce matin.</p>",
                      encoding="utf-8")
    pdf = write_pdf(tmp_path / "facture é.pdf")
    out = tmp_path / "m.eml"
    result = run(str(source), "--eml", str(out), "--to", ALIAS, "--subject", "Votre commande",
                 "--type", "invoice", "--attach", str(pdf), "--no-log")
    assert result.returncode == 0, result.stderr
    message = email.message_from_bytes(out.read_bytes(), policy=policy.default)
    assert message["To"] == ALIAS and message["Subject"] == "Votre commande"
    assert message["X-Unsent"] == "1"
    alternative, attached = message.iter_parts()
    plain, html = alternative.iter_parts()
    assert "Votre commande est partie" in plain.get_content()
    assert "<b>partie</b>" in html.get_content()
    assert attached.get_filename() == "facture é.pdf"
    assert attached.get_content_type() == "application/pdf"


def test_blocked_message_is_refused_and_nothing_is_written(tmp_path):
    source = tmp_path / "m.txt"
    source.write_text("Please give us 5 stars and visit www.myshop.com!", encoding="utf-8")
    out = tmp_path / "m.eml"
    result = run(str(source), "--eml", str(out))
    assert result.returncode == 1
    assert not out.exists()
    assert "  block  " in result.stdout and "m.txt:1:" in result.stdout
    assert "not exported" in result.stderr


def test_a_disguised_attachment_is_refused(tmp_path):
    source = tmp_path / "m.txt"
    source.write_text("Your manual is attached.", encoding="utf-8")
    out = tmp_path / "m.eml"
    result = run(str(source), "--eml", str(out), "--attach",
                 str(write_exe(tmp_path / "manual.pdf")))
    assert result.returncode == 1 and not out.exists()
    assert "attachment manual.pdf" in result.stdout


def test_bad_usage_and_unreadable_input_exit_2(tmp_path):
    out = tmp_path / "m.eml"
    assert run(str(tmp_path / "missing.txt"), "--eml", str(out)).returncode == 2
    source = tmp_path / "m.txt"
    source.write_text("Hello.", encoding="utf-8")
    bad_type = run(str(source), "--eml", str(out), "--type", "nonsense")
    assert bad_type.returncode == 2 and "unknown message type" in bad_type.stderr
    assert run(str(source)).returncode == 2  # --eml is required
    missing_file = run(str(source), "--eml", str(out), "--attach", str(tmp_path / "nope.pdf"))
    assert missing_file.returncode == 2 and "no such file" in missing_file.stderr
    assert not out.exists()


def test_export_goes_to_the_sent_log_only_where_a_store_exists(tmp_path, capsys):
    source = tmp_path / "m.txt"
    source.write_text("Your parcel left today.", encoding="utf-8")
    empty = tmp_path / "empty"
    assert main(["export", str(source), "--eml", str(tmp_path / "a.eml"),
                 "--data-dir", str(empty)]) == 0
    assert not empty.exists()  # never created just for the log
    data = tmp_path / "data"
    open_store(data).close()
    assert main(["export", str(source), "--eml", str(tmp_path / "b.eml"), "--to", ALIAS,
                 "--data-dir", str(data)]) == 0
    store = open_store(data)
    try:
        [record] = store.sent_log()
    finally:
        store.close()
    assert record.route == "eml-file" and record.recipient == ALIAS
    assert len(record.body_sha256) == 64
    assert "written to" in capsys.readouterr().out
