"""Write a language's message files from one JSON object {file: {key: text}}.

Used when a translator hands back all of a language at once:
``python scripts/split_translations.py de all_de.json [more.json ...]``. Keys are kept in the
English files' order, so a file reads side by side with its English.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from composer.l10n.catalog import english, translation_path


def main(language: str, sources: list[str]) -> None:
    merged: dict[str, dict[str, str]] = {}
    for source in sources:
        for file, texts in json.loads(Path(source).read_text(encoding="utf-8")).items():
            merged.setdefault(file, {}).update(texts)
    for file, texts in merged.items():
        order = list(english()[file])
        path = translation_path(language, file)
        path.parent.mkdir(parents=True, exist_ok=True)
        old = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
        old.update(texts)
        ordered = {key: old[key] for key in order if key in old}
        ordered.update({k: v for k, v in old.items() if k not in ordered})
        path.write_text(json.dumps(ordered, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
