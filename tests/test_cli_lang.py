"""The command line speaks the seller's language: --lang, else LC_ALL/LC_MESSAGES/LANG."""

from __future__ import annotations

import json
from datetime import date

import pytest

from composer import cli
from composer.commands.language import choose_language, date_format, number_format


@pytest.mark.parametrize(("asked", "environ", "expected"), [
    ("de", {"LANG": "fr_FR.UTF-8"}, "de"),
    (None, {"LANG": "fr_FR.UTF-8"}, "fr"),
    (None, {"LANG": "fr_FR.UTF-8", "LC_MESSAGES": "es_ES.UTF-8"}, "es"),
    (None, {"LC_ALL": "it_IT.UTF-8", "LC_MESSAGES": "es_ES", "LANG": "de_DE"}, "it"),
    (None, {"LANG": "C.UTF-8"}, "en"),
    (None, {"LANG": "pt_BR.UTF-8"}, "en"),
    (None, {}, "en"),
    ("de-AT", {}, "de"),
    ("de_DE@euro", {}, "de"),
])
def test_the_language_comes_from_lang_then_the_environment(asked, environ, expected) -> None:
    assert choose_language(asked, environ) == expected


def test_numbers_and_dates_are_written_each_languages_way() -> None:
    assert number_format("de")(12345) == "12.345"
    assert number_format("fr")(12345) == "12\u202f345"
    assert number_format("en")(12345) == "12,345"
    assert number_format("it")(2.5) == "2,5"
    assert date_format("de")(date(2026, 11, 20)) == "20.11.2026"
    assert date_format("fr")(date(2026, 11, 2)) == "02/11/2026"


@pytest.fixture
def message_file(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text("Visit www.shop.com for 10% off!\n", encoding="utf-8")
    return str(path)


def _run(capsys, monkeypatch, argv, env=None):
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in (env or {}).items():
        monkeypatch.setenv(name, value)
    code = cli.main(argv)
    return code, capsys.readouterr().out


def test_check_reports_in_the_language_asked(capsys, monkeypatch, message_file) -> None:
    code, out = _run(capsys, monkeypatch, ["check", message_file, "--lang", "de"])
    assert code == 1
    assert "block  link  „www.shop.com“ ist eine Webadresse." in out
    code, out = _run(capsys, monkeypatch, ["--lang", "it", "check", message_file])
    assert "«www.shop.com» è un indirizzo web." in out


def test_check_follows_the_environment(capsys, monkeypatch, message_file) -> None:
    _, out = _run(capsys, monkeypatch, ["check", message_file], {"LANG": "fr_FR.UTF-8"})
    assert "«\u00a0www.shop.com\u00a0» est une adresse web." in out
    _, out = _run(capsys, monkeypatch, ["check", message_file], {"LANG": "en_GB.UTF-8"})
    assert "“www.shop.com” is a web address." in out


def test_no_problems_is_said_too(capsys, monkeypatch, tmp_path) -> None:
    path = tmp_path / "ok.txt"
    path.write_text("Order ID 113-4567890-1234567. Your parcel arrives on Friday.\n")
    code, out = _run(capsys, monkeypatch, ["check", str(path), "--type", "reply", "--lang", "es"])
    assert code == 0
    assert out.strip() == f"{path}: no se encontraron problemas"


def test_json_never_changes_with_the_language(capsys, monkeypatch, message_file) -> None:
    _, english = _run(capsys, monkeypatch, ["check", message_file, "--json"])
    _, german = _run(capsys, monkeypatch, ["check", message_file, "--json", "--lang", "de"],
                     {"LANG": "fr_FR.UTF-8"})
    assert german == english
    messages = [f["message"] for f in json.loads(german)[0]["findings"]]
    assert any(m.startswith("“www.shop.com” is a") for m in messages)  # English, as always
