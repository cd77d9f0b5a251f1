"""The core must stay plain Python: importing it may not load Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import composer

QT_MODULES = ("PySide6", "shiboken6", "qtpy", "qtawesome")


def core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(composer.__path__, prefix="composer."):
        if info.name.startswith("composer.ui") or info.name == "composer.__main__":
            continue
        names.append(info.name)
    return names


def test_core_modules_are_found() -> None:
    names = core_modules()
    assert "composer.compose.engine" in names
    assert "composer.cli" in names


def test_importing_the_core_loads_no_qt() -> None:
    names = core_modules()
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        f"loaded = sorted(m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r})\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "", f"core imported Qt: {result.stdout.strip()}"


def test_checking_from_the_cli_loads_no_qt(tmp_path) -> None:
    message = tmp_path / "m.txt"
    message.write_text("Your parcel left our warehouse today.", encoding="utf-8")
    code = (
        "import sys\n"
        "from composer.cli import main\n"
        f"main(['check', {str(message)!r}])\n"
        f"print('QT=' + ','.join(m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert "QT=\n" in result.stdout + "\n" and "QT=PySide6" not in result.stdout
