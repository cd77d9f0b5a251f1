"""The screenshot script knows every picture the README shows (it renders none here)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_readme_picture_in_docs_has_a_scene_or_a_reason_it_is_kept() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import doc_screenshots
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = set(re.findall(r"\(docs/([\w.-]+\.png)\)", readme))
    assert shown, "the README shows no pictures from docs/"
    known = set(doc_screenshots.SCENES) | set(doc_screenshots.KEPT)
    assert sorted(shown - known) == []
    assert not set(doc_screenshots.SCENES) & set(doc_screenshots.KEPT)
    assert all((ROOT / "docs" / name).is_file() for name in known)
