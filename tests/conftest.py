"""Test set-up: Qt runs offscreen and every test gets its own data folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture(autouse=True)
def _own_data_dir(tmp_path, monkeypatch):
    """Never touch the real user's drafts or settings."""
    data_dir = tmp_path / "data"
    monkeypatch.setenv("SELLER_COMPOSER_HOME", str(data_dir))
    return data_dir
