"""The frozen app as a seller gets it: build the Linux bundle and .deb once, then run them.

The session fixture runs ``packaging/build.py --formats bundle,deb --fast`` (about a minute
of PyInstaller on two cores, plus a gzip-compressed .deb instead of the release's xz).
In CI (``CI=true``) a missing tool or a failed build fails these tests; elsewhere it skips
them, and ``SELLER_COMPOSER_FROZEN_TESTS=0`` skips them on purpose.
``SELLER_COMPOSER_FROZEN_DIST=DIR`` tests an existing ``dist/`` instead of building.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
NAME = "seller-composer"
MIB = 1024 * 1024
BUNDLE_LIMIT = 135 * MIB

pytestmark = [pytest.mark.slow,  # builds the bundle: minutes (make test-fast skips it)
              pytest.mark.skipif(not sys.platform.startswith("linux"),
                                 reason="the Linux bundle is built on Linux only")]


def unavailable(reason: str) -> None:
    """A missing tool or build: a failure in CI, a skip on a developer's machine."""
    if IN_CI:
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    if os.environ.get("SELLER_COMPOSER_FROZEN_TESTS") == "0" and not IN_CI:
        pytest.skip("SELLER_COMPOSER_FROZEN_TESTS=0")
    given = os.environ.get("SELLER_COMPOSER_FROZEN_DIST")
    if given:
        yield Path(given)
        return
    for tool in ("objdump", "dpkg-deb"):
        if shutil.which(tool) is None:
            unavailable(f"'{tool}' is needed to build the bundle (apt-get install binutils dpkg)")
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        unavailable("PyInstaller is not installed (pip install -e '.[test]')")
    out = tmp_path_factory.mktemp("dist")
    work = tmp_path_factory.mktemp("work")
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--out", str(out),
         "--work", str(work), "--formats", "bundle,deb", "--fast"],
        capture_output=True, text=True, timeout=1200)
    if result.returncode != 0:
        pytest.fail(f"the build failed:\n{result.stdout[-3000:]}\n{result.stderr[-5000:]}")
    yield out
    # About 400 MB per run; pytest would keep the last three runs' folders.
    shutil.rmtree(work, ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)


@pytest.fixture(scope="session")
def bundle(dist: Path) -> Path:
    folder = dist / NAME
    if not (folder / NAME).is_file():
        pytest.fail(f"no bundle at {folder}")
    return folder


def app_env(home: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "QT_", "SELLER_COMPOSER"))}
    env.update(QT_QPA_PLATFORM="offscreen", SELLER_COMPOSER_HOME=str(home))
    return env


def run_frozen(command: list[str], home: Path, *, strace_log: Path | None = None,
               audit_log: Path | None = None,
               **kwargs: object) -> subprocess.CompletedProcess[str]:
    env = app_env(home)
    if audit_log is not None:
        env["SELLER_COMPOSER_AUDIT_NETWORK"] = str(audit_log)
    if strace_log is not None:
        command = ["strace", "-f", "-qq", "-e", "trace=connect,sendto,sendmsg",
                   "-o", str(strace_log), *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=120,
                          env=env, **kwargs)  # type: ignore[call-overload]


def network_calls(strace_log: Path) -> list[str]:
    """Calls that reach for an IP address (local sockets for D-Bus or X11 are fine)."""
    text = strace_log.read_text(errors="replace")
    return [line for line in text.splitlines() if "AF_INET" in line]


def audited_network_calls(audit_log: Path) -> list[str]:
    """Python's own record: a name lookup, or a connection to an (address, port) pair."""
    if not audit_log.exists():
        return []
    return [line for line in audit_log.read_text(encoding="utf-8").splitlines()
            if not line.startswith("socket.connect '")]  # a str address is a local socket


def strace_works() -> bool:
    if shutil.which("strace") is None:
        return False
    probe = subprocess.run(["strace", "-qq", "-e", "trace=none", "true"], capture_output=True)
    return probe.returncode == 0


def test_bundle_is_within_its_size(bundle: Path) -> None:
    size = sum(p.lstat().st_size for p in bundle.rglob("*") if not p.is_dir())
    assert size <= BUNDLE_LIMIT, f"the bundle is {size / MIB:.1f} MiB (limit 135)"


def test_screenshot_draws_the_window_without_touching_the_network(
        bundle: Path, tmp_path: Path) -> None:
    if shutil.which("strace") is None:
        unavailable("strace is not installed (apt-get install strace), so the network "
                    "check cannot be made")
    # A container may forbid tracing (no ptrace): then the in-process audit hook, which
    # sees every Python socket call, is the witness on its own.
    traced = strace_works()
    shot = tmp_path / "shot.png"
    log = tmp_path / "strace.log"
    audit = tmp_path / "audit.log"
    result = run_frozen([str(bundle / NAME), "--screenshot", str(shot)], tmp_path / "home",
                        strace_log=log if traced else None, audit_log=audit)
    assert result.returncode == 0, result.stderr
    from PIL import Image

    with Image.open(shot) as image:
        assert image.size == (1280, 800)
        colours = image.convert("RGB").getcolors(maxcolors=1_000_000) or []
    assert len(colours) > 50, "the screenshot is nearly blank"
    if traced:
        assert network_calls(log) == []
    assert audit.exists(), "the audit hook did not run, so nothing witnessed the start"
    assert audited_network_calls(audit) == []
    assert not (tmp_path / "home").exists(), "a screenshot must not create the data folder"


def test_check_command_reports_and_exits_by_verdict(bundle: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("Thanks! Please visit www.example.com for 10% off your next order.\n",
                   encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text("Hello, your order has shipped and should arrive on Friday.\n",
                    encoding="utf-8")
    log = tmp_path / "strace.log"
    blocked = run_frozen([str(bundle / NAME), "check", "--json", str(bad)], tmp_path,
                         strace_log=log if strace_works() else None)
    assert blocked.returncode == 1, blocked.stderr
    report = json.loads(blocked.stdout)
    assert report[0]["compliant"] is False
    assert "link" in {finding["rule"] for finding in report[0]["findings"]}
    if log.exists():
        assert network_calls(log) == []
    passed = run_frozen([str(bundle / NAME), "check", str(good)], tmp_path)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    usage = run_frozen([str(bundle / NAME), "check"], tmp_path)
    assert usage.returncode == 2
    assert "Traceback" not in usage.stderr


def test_frozen_parts_are_found(bundle: Path, tmp_path: Path) -> None:
    """Resources, icons, picture decoders, Qt plugins and data the trimmed bundle must keep."""
    report_file = tmp_path / "selftest.json"
    env = app_env(tmp_path) | {"SELLER_COMPOSER_SELFTEST": str(report_file)}
    result = subprocess.run([str(bundle / NAME)], capture_output=True, text=True, env=env,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(report_file.read_text(encoding="utf-8"))
    errors = {key: value["error"] for key, value in report.items()
              if isinstance(value, dict) and "error" in value}
    assert errors == {}
    assert report["frozen"] is True
    internal = Path(report["meipass"])
    # Programs the app opens (xdg-open, a file manager) must not load the bundle's libraries.
    assert str(internal) not in report["child_library_path"]
    assert Path(report["resources"]["root"]) == internal / "resources"
    assert len(report["resources"]["icons"]) == 8
    assert set(report["pillow"].values()) == {"PNG", "JPEG", "GIF", "BMP", "TIFF"}
    qt = report["qt"]
    assert all(qt["thumbnails"].values()), qt["thumbnails"]
    assert all(qt["icons"].values()), "qtawesome's fonts are missing"
    assert qt["window_icon"] >= 256
    assert all(report["spelling"].values()), report["spelling"]
    assert report["phones"] == ["030 1234567"]
    assert "script" not in report["clean"] and "<b>there</b>" in report["clean"]
    assert report["keychain"]["backend"].startswith("keyring.backends.")
    assert not {"PySide6.QtNetwork", "PySide6.QtQml"} & set(report["modules"])


def test_the_frozen_app_starts_in_german_with_a_german_locale(bundle: Path,
                                                               tmp_path: Path) -> None:
    """LANG=de_DE.UTF-8 and no setting: German menus, finding card, fix and header warning
    (Qt's and the app's .qm files and the core's German data are all in the bundle)."""
    report_file = tmp_path / "selftest.json"
    env = app_env(tmp_path) | {"SELLER_COMPOSER_SELFTEST": str(report_file),
                               "LANG": "de_DE.UTF-8", "LANGUAGE": "de"}
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    result = subprocess.run([str(bundle / NAME)], capture_output=True, text=True, env=env,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    said = json.loads(report_file.read_text(encoding="utf-8"))["language"]
    assert "error" not in said, said
    assert said["language"] == "de"
    assert {"&Datei", "&Bearbeiten", "&Hilfe"} <= set(said["menus"])
    assert "Blockiert den Versand" in said["card"]
    assert said["fix"] == "Link entfernen"
    assert said["header"].startswith("✖ Eine Amazon-Bestellnummer hat 17 Ziffern")


def test_every_library_link_resolves(bundle: Path) -> None:
    """A trimmed library that something still needs shows as 'not found' here."""
    if shutil.which("ldd") is None:
        unavailable("ldd is missing")
    missing = []
    for path in bundle.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        if not (".so" in path.name or path.name == NAME):
            continue
        output = subprocess.run(["ldd", str(path)], capture_output=True, text=True).stdout
        missing += [f"{path.relative_to(bundle)}: {line.strip()}"
                    for line in output.splitlines() if "not found" in line]
    assert missing == []


def test_deb_installs_and_runs(dist: Path, tmp_path: Path) -> None:
    debs = sorted(dist.glob(f"{NAME}_*.deb"))
    assert debs, f"no .deb in {dist}"
    package = debs[-1]
    listing = subprocess.run(["dpkg-deb", "-c", str(package)], capture_output=True,
                             text=True, check=True).stdout
    for expected in (f"./usr/bin/{NAME} -> /opt/{NAME}/{NAME}",
                     f"./usr/share/applications/{NAME}.desktop",
                     f"./usr/share/icons/hicolor/256x256/apps/{NAME}.png",
                     f"./opt/{NAME}/_internal/resources/policy/"):
        assert expected in listing, f"{expected} is not in the package"
    if IN_CI and os.geteuid() == 0:
        # The CI machine is thrown away afterwards: install for real, run, remove.
        subprocess.run(["dpkg", "-i", str(package)], check=True, capture_output=True)
        try:
            command = shutil.which(NAME)
            assert command == f"/usr/bin/{NAME}"
            assert installed_runs([command], tmp_path)
        finally:
            subprocess.run(["dpkg", "-r", NAME], check=True, capture_output=True)
        assert not Path(f"/opt/{NAME}").exists()
        assert shutil.which(NAME) is None
        return
    # Elsewhere: unpack into a throwaway root; a link like /usr/bin's starts it.
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(package), str(root)], check=True)
    link = tmp_path / "bin" / NAME
    link.parent.mkdir()
    link.symlink_to(root / "opt" / NAME / NAME)
    assert installed_runs([str(link)], tmp_path)
    desktop = (root / "usr/share/applications" / f"{NAME}.desktop").read_text()
    assert re.search(rf"^Exec={NAME}$", desktop, re.M) and f"Icon={NAME}" in desktop
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate",
                        str(root / "usr/share/applications" / f"{NAME}.desktop")], check=True)


def installed_runs(command: list[str], tmp_path: Path) -> bool:
    version = run_frozen([*command, "--version"], tmp_path)
    assert version.returncode == 0 and "Seller Composer" in version.stdout, version.stderr
    shot = run_frozen([*command, "--screenshot", str(tmp_path / "installed.png")],
                      tmp_path / "home")
    assert shot.returncode == 0, shot.stderr
    return (tmp_path / "installed.png").stat().st_size > 10_000
