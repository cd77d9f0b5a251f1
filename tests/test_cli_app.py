"""Starting the app from the command line: version, screenshot, and no display."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PIL import Image

from composer import __version__
from composer.cli import NO_DISPLAY_MESSAGE, has_display, main


def run_cli(*args: str, env: dict[str, str] | None = None, timeout: int = 60):
    return subprocess.run([sys.executable, "-m", "composer", *args], capture_output=True,
                          text=True, env=env, timeout=timeout)


def test_version(capsys) -> None:
    try:
        main(["--version"])
    except SystemExit as exit_:
        assert exit_.code == 0
    assert __version__ in capsys.readouterr().out


def test_screenshot_writes_a_png_of_the_right_size(tmp_path) -> None:
    target = tmp_path / "shots" / "window.png"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["SELLER_COMPOSER_HOME"] = str(tmp_path / "home")
    result = run_cli("--screenshot", str(target), env=env)
    assert result.returncode == 0, result.stderr
    with Image.open(target) as image:
        assert image.format == "PNG"
        assert image.size == (1280, 800)
        colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
        assert colours is not None and len(colours) > 50  # a real picture, not a blank
    assert not (tmp_path / "home").exists()  # a screenshot never touches the seller's data


@pytest.mark.skipif(not sys.platform.startswith("linux"),
                    reason="only Linux can start without a display")
def test_no_display_prints_one_plain_sentence_and_exits_1(tmp_path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["SELLER_COMPOSER_HOME"] = str(tmp_path)
    result = run_cli(env=env)
    assert result.returncode == 1
    assert result.stderr.strip() == NO_DISPLAY_MESSAGE
    assert "--screenshot" in result.stderr and "check" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_display_detection_rules() -> None:
    assert not has_display({}, "linux")
    assert has_display({"DISPLAY": ":0"}, "linux")
    assert has_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert has_display({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert has_display({}, "win32") and has_display({}, "darwin")


def test_bad_usage_exits_2_with_a_plain_line() -> None:
    result = run_cli("frobnicate")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "seller-composer:" in result.stderr


def test_plain_start_opens_the_window_without_building_the_parser(monkeypatch, capsys) -> None:
    """No arguments: straight to the window (the parser costs ~5 ms before the first paint)."""
    import composer.cli as cli

    def no_parser() -> None:
        raise AssertionError("the parser was built for a plain start")

    monkeypatch.setattr(cli, "build_parser", no_parser)
    monkeypatch.setattr(cli, "has_display", lambda: False)  # stop before any window opens
    monkeypatch.setattr(sys, "argv", ["seller-composer"])
    assert main() == 1 and main([]) == 1
    assert capsys.readouterr().err.count(NO_DISPLAY_MESSAGE) == 2
