"""`check --buyer-language`: spelling and the buyer's language on the command line."""

from __future__ import annotations

import json

import pytest

from composer.cli import main
from composer.store import DB_NAME, open_store

ENGLISH = ("Hello Sarah,\n\nThank you for your order 113-4567890-1234567. Unfortunatly the "
           "parcel was delayed by the courier and will arive on Friday.\n\nKind regards,\nTom\n")
GERMAN = ("Guten Tag Frau Nowak,\n\nvielen Dank für Ihre Bestellung 113-4567890-1234567. Leider "
          "hat sich die Lieferung verzögert, sodass sie nicht wie geplant am Freitag bei Ihnen "
          "ankommt. Bitte entschuldigen Sie die Unannehmlichkeiten.\n\nFreundliche Grüße\nTom\n")


def run(capsys, *args: str) -> tuple[int, list[dict], str]:
    code = main(["check", "--json", *args])
    out, err = capsys.readouterr()
    return code, json.loads(out) if out.strip() else [], err


def rules_of(result: list[dict]) -> list[str]:
    return [f["rule"] for f in result[0]["findings"]]


@pytest.fixture
def files(tmp_path):
    english = tmp_path / "en.txt"
    english.write_text(ENGLISH, encoding="utf-8")
    german = tmp_path / "de.txt"
    german.write_text(GERMAN, encoding="utf-8")
    return english, german


def test_misspelt_english_gets_warnings_with_fixes(capsys, files) -> None:
    code, result, _ = run(capsys, "--buyer-language", "en", str(files[0]))
    assert code == 0 and result[0]["compliant"]
    spelling = [f for f in result[0]["findings"] if f["rule"] == "spelling"]
    assert [(f["excerpt"], f["fix"]["replacement"]) for f in spelling] == [
        ("Unfortunatly", "Unfortunately"), ("arive", "arrive")]
    assert all(f["severity"] == "warn" for f in spelling)
    assert ENGLISH[spelling[0]["start"]:spelling[0]["end"]] == "Unfortunatly"


@pytest.mark.parametrize("code", ["en", "EN", "en-GB", "en_US"])
def test_a_german_message_to_an_english_buyer(capsys, files, code: str) -> None:
    _, result, _ = run(capsys, "--buyer-language", code, str(files[1]))
    assert rules_of(result) == ["wrong-language"]
    assert "German" in result[0]["findings"][0]["message"]


def test_the_right_language_or_no_flag_gives_no_language_warning(capsys, files) -> None:
    for args in (["--buyer-language", "de-DE"], []):
        code, result, _ = run(capsys, *args, str(files[1]))
        assert code == 0 and rules_of(result) == []
    _, result, _ = run(capsys, str(files[0]))  # no flag: spelling in the text's language
    assert rules_of(result) == ["spelling", "spelling"]


@pytest.mark.parametrize("code", ["nl", "xx-YY", "english", "d", ""])
def test_a_language_the_app_cannot_check_is_bad_usage(capsys, files, code: str) -> None:
    assert main(["check", "--buyer-language", code, str(files[0])]) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 1
    assert "en, de, fr, es, it" in err


def test_the_personal_dictionary_in_the_data_folder_is_used(capsys, tmp_path, files) -> None:
    data = tmp_path / "data"
    store = open_store(data)
    store.add_word("en", "Unfortunatly")
    store.close()
    _, result, _ = run(capsys, "--data-dir", str(data), "--buyer-language", "en", str(files[0]))
    assert [f["excerpt"] for f in result[0]["findings"]] == ["arive"]


def test_no_database_is_created_just_to_read_the_dictionary(capsys, tmp_path, files) -> None:
    data = tmp_path / "empty"
    run(capsys, "--data-dir", str(data), str(files[0]))
    assert not (data / DB_NAME).exists()
