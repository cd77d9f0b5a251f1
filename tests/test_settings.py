"""Settings: typed defaults, only changes stored, damaged files tolerated (pure core)."""

from __future__ import annotations

import json

import pytest

from composer.appdata.settings import Settings, SettingsError


def test_defaults_come_from_the_table(tmp_path) -> None:
    settings = Settings(tmp_path)
    assert settings.get("business_name") == ""
    assert settings.get("avg_daily_orders") == 0.0
    assert not (tmp_path / "settings.json").exists()


def test_only_changed_values_are_stored(tmp_path) -> None:
    settings = Settings(tmp_path)
    settings.set("business_name", "Oakfield Furniture")
    settings.set("avg_daily_orders", 0)  # the default: not stored
    stored = json.loads((tmp_path / "settings.json").read_text())
    assert stored == {"business_name": "Oakfield Furniture"}
    assert Settings(tmp_path).get("business_name") == "Oakfield Furniture"


def test_setting_the_default_again_removes_it(tmp_path) -> None:
    settings = Settings(tmp_path)
    settings.set("avg_daily_orders", 12.5)
    settings.set("avg_daily_orders", 0.0)
    assert json.loads((tmp_path / "settings.json").read_text()) == {}


@pytest.mark.parametrize("value", [-1, "lots", float("nan"), 2_000_000])
def test_bad_values_are_refused_in_words(tmp_path, value) -> None:
    with pytest.raises(SettingsError, match="Average orders per day"):
        Settings(tmp_path).set("avg_daily_orders", value)


def test_a_damaged_file_falls_back_to_defaults_and_says_so(tmp_path) -> None:
    (tmp_path / "settings.json").write_text("{not json", encoding="utf-8")
    settings = Settings(tmp_path)
    assert settings.get("business_name") == ""
    assert settings.load_error is not None and "could not be read" in settings.load_error
    assert (tmp_path / "settings.json").read_text() == "{not json"  # left alone


def test_unknown_and_invalid_stored_values_are_skipped(tmp_path) -> None:
    (tmp_path / "settings.json").write_text(
        json.dumps({"from_the_future": 1, "avg_daily_orders": "x", "business_name": "Acme"}))
    settings = Settings(tmp_path)
    assert settings.get("business_name") == "Acme"
    assert settings.get("avg_daily_orders") == 0.0
