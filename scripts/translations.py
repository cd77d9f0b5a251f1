"""Qt translations of the interface: ``make translations`` and the unfinished-string check.

update:  pyside6-lupdate over composer/ui -> translations/seller_composer_<lang>.ts
release: pyside6-lrelease -> resources/translations/seller_composer_<lang>.qm (shipped)
check:   lupdate into a scratch copy and fail when any language has an unfinished string
         (a new self.tr() text nobody translated yet), naming each one.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("de", "fr", "es", "it")
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "resources" / "translations"
PREFIX = "seller_composer_"


def _tool(name: str) -> str:
    """The PySide6 tool beside this Python, else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e '.[test]')")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "composer" / "ui").rglob("*.py"))


def update(folder: Path = TS_DIR) -> list[Path]:
    """Run lupdate for every language; existing translations are kept."""
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for language in LANGUAGES:
        ts = folder / f"{PREFIX}{language}.ts"
        subprocess.run([_tool("pyside6-lupdate"), *sources(), "-no-obsolete",
                        "-target-language", language, "-ts", str(ts)],
                       cwd=ROOT, check=True, capture_output=True)
        files.append(ts)
    return files


def release() -> list[Path]:
    QM_DIR.mkdir(parents=True, exist_ok=True)
    out = []
    for language in LANGUAGES:
        qm = QM_DIR / f"{PREFIX}{language}.qm"
        subprocess.run([_tool("pyside6-lrelease"), str(TS_DIR / f"{PREFIX}{language}.ts"),
                        "-qm", str(qm)], cwd=ROOT, check=True, capture_output=True)
        out.append(qm)
    return out


def unfinished(ts: Path) -> list[str]:
    """The source texts of ``ts`` with no finished translation ("context: text")."""
    gaps = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else translation.findall("numerusform")
            said = all((f.text or "").strip() for f in forms) if forms else \
                translation is not None and (translation.text or "").strip()
            if translation is None or translation.get("type") in ("unfinished", "vanished") \
                    or not said:
                if translation is not None and translation.get("type") == "vanished":
                    continue
                gaps.append(f"{name}: {message.findtext('source', '')}")
    return gaps


def check() -> dict[str, list[str]]:
    """Language -> unfinished strings, after an lupdate of the current code (scratch copy)."""
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for language in LANGUAGES:
            existing = TS_DIR / f"{PREFIX}{language}.ts"
            if existing.exists():
                shutil.copy(existing, folder / existing.name)
        return {ts.stem.removeprefix(PREFIX): unfinished(ts) for ts in update(folder)}


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "all"
    if command in ("update", "all"):
        update()
    if command in ("release", "all"):
        release()
    if command == "check":
        gaps = check()
        for language, texts in gaps.items():
            for text in texts:
                print(f"{language}: unfinished: {text}")
        return 1 if any(gaps.values()) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
