"""`make run` on a fresh Linux machine: the libraries the window needs are installed or named."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Debian libraries")


def _script() -> ModuleType:
    path = Path(__file__).parents[1] / "scripts" / "check_system_libs.py"
    spec = importlib.util.spec_from_file_location("check_system_libs", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture()
def libs(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """The script with xcb-icccm and xcb-keysyms missing, as on the walkthrough's machine."""
    module = _script()
    absent = {"xcb-icccm", "xcb-keysyms"}
    monkeypatch.setattr(module.ctypes.util, "find_library",
                        lambda name: None if name in absent else f"lib{name}.so")
    return module


def test_x11_libraries_are_needed_only_with_a_display(libs: ModuleType) -> None:
    assert libs.needed_to_run({}) == []
    assert libs.needed_to_run({"DISPLAY": ":0"}) == ["libxcb-icccm4", "libxcb-keysyms1"]
    assert libs.needed_to_run({"WAYLAND_DISPLAY": "wayland-0"}) == [
        "libxcb-icccm4", "libxcb-keysyms1"]


def test_a_user_is_told_the_line_to_install(libs: ModuleType, monkeypatch, capsys) -> None:
    monkeypatch.setattr(libs.os, "geteuid", lambda: 1000)
    ran: list[list[str]] = []
    monkeypatch.setattr(libs.subprocess, "run", lambda args, **_: ran.append(args))
    assert libs.ensure_for_run({"DISPLAY": ":0"}) == 1
    assert "sudo apt-get install -y libxcb-icccm4 libxcb-keysyms1" in capsys.readouterr().err
    assert ran == []


def test_root_installs_what_is_missing(libs: ModuleType, monkeypatch) -> None:
    monkeypatch.setattr(libs.os, "geteuid", lambda: 0)
    monkeypatch.setattr(libs.shutil, "which", lambda tool, path=None: f"/usr/bin/{tool}")
    ran: list[list[str]] = []

    class Done:
        returncode = 0

    def run(args: list[str], **_: object) -> Done:
        ran.append(args)
        if args[:2] == ["apt-get", "install"]:
            libs.ctypes.util.find_library = lambda name: f"lib{name}.so"
        return Done()

    monkeypatch.setattr(libs.subprocess, "run", run)
    assert libs.ensure_for_run({"DISPLAY": ":0"}) == 0
    assert ran[-1][-2:] == ["libxcb-icccm4", "libxcb-keysyms1"]
    assert ran[-1][:2] == ["apt-get", "install"]


def test_a_failed_install_is_not_taken_for_success(libs: ModuleType, monkeypatch) -> None:
    monkeypatch.setattr(libs.os, "geteuid", lambda: 0)
    monkeypatch.setattr(libs.shutil, "which", lambda tool, path=None: f"/usr/bin/{tool}")

    class Failed:
        returncode = 100

    monkeypatch.setattr(libs.subprocess, "run", lambda args, **_: Failed())
    assert libs.ensure_for_run({"DISPLAY": ":0"}) == 1
