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


def test_an_address_that_is_not_an_amazon_alias_is_said(tmp_path, capsys):
    source = tmp_path / "m.txt"
    source.write_text("Your parcel left today.", encoding="utf-8")
    out = tmp_path / "m.eml"
    assert main(["export", str(source), "--eml", str(out), "--to", "bob@gmail.com",
                 "--no-log"]) == 0
    printed = capsys.readouterr().out
    assert "warn  header-to" in printed and "not an Amazon buyer address" in printed


def _fill_today(data, count: int) -> None:
    from composer.export.sentlog import make_record
    from composer.message.header import Header

    store = open_store(data)
    try:
        for n in range(count):
            store.record_sent(make_record("seller-central", Header(subject=f"m{n}"),
                                          f"message {n}", f"<p>message {n}</p>"))
    finally:
        store.close()


def test_export_refuses_at_the_daily_limit_and_warns_near_it(tmp_path, capsys):
    from composer.appdata.settings import Settings

    source = tmp_path / "m.txt"
    source.write_text("Your parcel left today.", encoding="utf-8")
    data = tmp_path / "data"
    Settings(data).set("avg_daily_orders", 0.2)  # (0.2 × 5) + 600 = 601 a day
    _fill_today(data, 599)
    assert main(["export", str(source), "--eml", str(tmp_path / "a.eml"),
                 "--data-dir", str(data)]) == 0
    assert "you will have used 600 of today's 601 messages" in capsys.readouterr().err
    _fill_today(data, 1)  # 601 of 601 used
    out = tmp_path / "b.eml"
    assert main(["export", str(source), "--eml", str(out), "--data-dir", str(data)]) == 1
    assert not out.exists()
    assert "not exported" in capsys.readouterr().err
    # --no-log neither counts nor is stopped by the limit.
    assert main(["export", str(source), "--eml", str(out), "--data-dir", str(data),
                 "--no-log"]) == 0


def test_a_second_review_request_for_the_order_is_refused(tmp_path, capsys):
    data = tmp_path / "data"
    open_store(data).close()
    order = ["--order-id", "113-4567890-1234567", "--data-dir", str(data), "--to", ALIAS]
    first = tmp_path / "first.txt"
    first.write_text("Your lamp arrived. If you have a moment, could you leave a review of "
                     "the lamp on Amazon?", encoding="utf-8")
    assert main(["export", str(first), "--eml", str(tmp_path / "1.eml"), *order]) == 0
    # The same message again is not a second request.
    assert main(["export", str(first), "--eml", str(tmp_path / "1b.eml"), *order]) == 0
    second = tmp_path / "second.txt"
    second.write_text("Hello again. Could you leave a review of the lamp on Amazon?",
                      encoding="utf-8")
    capsys.readouterr()
    out = tmp_path / "2.eml"
    assert main(["export", str(second), "--eml", str(out), *order]) == 1
    assert not out.exists() and "repeat-request" in capsys.readouterr().out


def test_a_from_that_is_no_address_is_bad_usage_in_plain_words(tmp_path, capsys):
    source = tmp_path / "m.txt"
    source.write_text("Your parcel left today.", encoding="utf-8")
    out = tmp_path / "m.eml"
    assert main(["export", str(source), "--eml", str(out), "--from", "my shop",
                 "--no-log"]) == 2
    assert not out.exists() and "is not an email address" in capsys.readouterr().err
    assert main(["export", str(source), "--eml", str(out), "--from", "info@bücher.de",
                 "--no-log"]) == 0
    assert "From: info@xn--bcher-kva.de" in out.read_text(encoding="ascii")


def test_order_and_delivery_dates_apply_the_time_windows(tmp_path, capsys):
    from datetime import date, timedelta

    source = tmp_path / "m.txt"
    source.write_text("Hello Sam,\n\nYour order 113-4567890-1234567 was delivered. If the lamp "
                      "does not work, please reply here and we will help.\n\nKind regards, Tom",
                      encoding="utf-8")
    out = tmp_path / "m.eml"
    common = [str(source), "--eml", str(out), "--to", ALIAS, "--type", "confirmOrderDetails",
              "--order-id", "113-4567890-1234567", "--no-log"]
    delivered = date.today() - timedelta(days=31)
    assert main(["export", *common, "--delivery-date", delivered.isoformat()]) == 1
    assert "outside-window" in capsys.readouterr().out and not out.exists()
    recent = date.today() - timedelta(days=3)
    assert main(["export", *common, "--delivery-date", recent.isoformat()]) == 0
    assert out.exists()
    assert main(["export", *common, "--order-date", "2026-02-30"]) == 2
    assert "--order-date '2026-02-30' is not a date" in capsys.readouterr().err


def test_a_to_address_with_a_name_is_written_bare(tmp_path):
    source = tmp_path / "m.txt"
    source.write_text("Hello Sam, your parcel left today and arrives on Friday. Kind regards",
                      encoding="utf-8")
    out = tmp_path / "m.eml"
    assert main(["export", str(source), "--eml", str(out), "--no-log",
                 "--to", f"Sam B <{ALIAS}>"]) == 0
    message = email.message_from_bytes(out.read_bytes(), policy=policy.default)
    assert message["To"] == ALIAS


def test_the_buyer_language_is_a_flag_as_for_check(tmp_path, capsys):
    source = tmp_path / "de.txt"
    source.write_text("Hallo Frau Becker,\n\nIhre Bestellung ist heute verschickt worden und "
                      "kommt am Freitag bei Ihnen an. Bei Fragen antworten Sie einfach auf "
                      "diese Nachricht.\n\nViele Grüße\nAnna", encoding="utf-8")
    common = [str(source), "--eml", str(tmp_path / "m.eml"), "--no-log"]
    assert main(["export", *common]) == 0  # no flag: no language assumed, as check does
    assert "wrong-language" not in capsys.readouterr().out
    assert main(["export", *common, "--buyer-language", "en-GB"]) == 0
    assert "wrong-language" in capsys.readouterr().out
    assert main(["export", *common, "--buyer-language", "xx"]) == 2
