"""The bundle's keep-and-drop rules (packaging/trim.py), checked without building."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

import trim  # noqa: E402


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/imageformats/libqjpeg.so",
    "PySide6/Qt/plugins/imageformats/libqgif.so",
    "PySide6/Qt/plugins/imageformats/libqtiff.so",
    "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    "PySide6\\plugins\\platforms\\qwindows.dll",
    "PySide6\\plugins\\styles\\qmodernwindowsstyle.dll",
    "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
    "PySide6/Qt/lib/libQt6Widgets.so.6",
    "libQt6Core.so.6",
    "PySide6\\Qt6Gui.dll",
    "PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui",
    "PIL/_imaging.cpython-311-x86_64-linux-gnu.so",
])
def test_what_the_app_uses_is_kept(dest: str) -> None:
    assert trim.keeps_binary(dest)


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so",
    "PySide6/Qt/plugins/imageformats/libqwebp.so",
    "PySide6/Qt/plugins/imageformats/libqpdf.so",
    "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/lib/libQt6Network.so.6",
    "libQt6WaylandClient.so.6",
    "PySide6\\Qt6Quick.dll",
    "PySide6/Qt/lib/QtQml.framework/Versions/A/QtQml",
    "PySide6\\opengl32sw.dll",
])
def test_what_the_app_does_not_use_is_dropped(dest: str) -> None:
    assert not trim.keeps_binary(dest)


def test_only_qtbase_translations_in_the_app_languages_stay() -> None:
    assert trim.keeps_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not trim.keeps_data("PySide6/Qt/translations/qtbase_ja.qm")
    assert not trim.keeps_data("PySide6/Qt/translations/qtdeclarative_de.qm")
    assert not trim.keeps_data("PySide6/Qt/translations/qt_help_de.qm")
    assert trim.keeps_data("resources/policy/rules/links.json")


def test_libraries_only_a_dropped_plugin_needed_go_too() -> None:
    def entry(dest: str, code: str = "BINARY") -> tuple[str, str, str]:
        return (dest, f"/src/{dest}", code)

    toc = [
        entry("PySide6/QtGui.abi3.so", "EXTENSION"),
        entry("PySide6/Qt/lib/libQt6Gui.so.6"),
        entry("libpng16.so.16"),
        entry("PySide6/Qt/plugins/platformthemes/libqgtk3.so"),
        entry("libcairo.so.2"),
        entry("libpixman-1.so.0"),
        entry("libpython3.11.so.1.0"),
        entry("libfontconfig.so.1"),
    ]
    needs = {
        "/src/PySide6/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/src/PySide6/Qt/lib/libQt6Gui.so.6": ["libpng16.so.16", "libfontconfig.so.1"],
        "/src/PySide6/Qt/plugins/platformthemes/libqgtk3.so": ["libcairo.so.2"],
        "/src/libcairo.so.2": ["libpixman-1.so.0", "libpng16.so.16"],
    }
    kept = {dest for dest, _src, _code in trim.keep_binaries(toc, lambda s: needs.get(s, []))}
    expected = {"PySide6/QtGui.abi3.so", "PySide6/Qt/lib/libQt6Gui.so.6", "libpng16.so.16",
                "libpython3.11.so.1.0"}
    if not trim.LINUX:  # fontconfig is the seller's own only on Linux
        expected.add("libfontconfig.so.1")
    assert kept == expected


def test_links_to_dropped_libraries_are_dropped() -> None:
    binaries = [("PySide6/Qt/lib/libQt6Core.so.6", "/x", "BINARY")]
    datas = [("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
             ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
             ("libgtk-3.so.0", "somewhere/libgtk-3.so.0", "SYMLINK"),
             ("resources/policy/whitelist.json", "/y", "DATA")]
    kept = [dest for dest, _src, _code in trim.keep_datas(datas, binaries)]
    assert kept == ["libQt6Core.so.6", "resources/policy/whitelist.json"]


def test_spelling_dictionaries_are_the_template_languages() -> None:
    found = trim.spelling_dictionaries()
    if not found:
        pytest.skip("pyspellchecker is not installed")
    names = sorted(Path(source).name for source, _folder in found)
    assert names == ["de.json.gz", "en.json.gz", "es.json.gz", "fr.json.gz", "it.json.gz"]
    assert {folder for _source, folder in found} == {"spellchecker/resources"}


def test_the_spec_names_the_trim_rules_and_the_resources() -> None:
    spec = (ROOT / "packaging" / "seller-composer.spec").read_text(encoding="utf-8")
    for needed in ("trim.keep_binaries", "trim.keep_datas", "trim.EXCLUDED_MODULES",
                   '"resources"', "selftest.py", "collect_submodules(\"composer\")"):
        assert needed in spec


def test_icon_files_come_in_every_size_smallest_first() -> None:
    from composer.appdata.resources import icon_files

    sizes = [int(path.stem.rsplit("-", 1)[1]) for path in icon_files()]
    assert sizes == [16, 24, 32, 48, 64, 128, 256, 512]


def test_resources_are_looked_up_in_the_bundle_first(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from composer.appdata import resources

    (tmp_path / "resources" / "policy").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    resources.resources_root.cache_clear()
    try:
        assert resources.resources_root() == tmp_path / "resources"
    finally:
        monkeypatch.undo()
        resources.resources_root.cache_clear()
    assert resources.resources_root() == ROOT / "resources"


def test_the_network_audit_hook_sees_a_connection(tmp_path: Path) -> None:
    """The frozen tests' second witness (packaging/selftest.py) must notice a real attempt."""
    import os
    import subprocess

    log = tmp_path / "audit.log"
    script = (
        "import runpy, socket\n"
        f"runpy.run_path({str(ROOT / 'packaging' / 'selftest.py')!r})\n"
        "s = socket.socket()\n"
        "s.settimeout(0.5)\n"
        "try:\n    s.connect(('127.0.0.1', 9))\nexcept OSError:\n    pass\n"
    )
    env = dict(os.environ, SELLER_COMPOSER_AUDIT_NETWORK=str(log))
    env.pop("SELLER_COMPOSER_SELFTEST", None)
    subprocess.run([sys.executable, "-c", script], env=env, check=True, timeout=60)
    assert "socket.connect ('127.0.0.1', 9)" in log.read_text(encoding="utf-8")
