"""Add the project's own compliant text to the corpus, sentence by sentence.

Two sources: the compliant messages of the labelled set, and the built-in templates
(compliant by design: neutral review requests, feedback-removal requests, invoices...).

Every sentence of a message labelled compliant (no block rule applies) is a compliant
training sentence; most are hard negatives that the phrase rules were written against
("reply to this message", neutral review requests, activation codes). Sentences of the
other messages are not used: their labels are per message, not per sentence. Nor are
those of a message marked ``courtesy_only``: it has no permitted purpose, which only
warns (so it is compliant in the labelled set's sense), but its lines are courtesy, the
model's not-permitted-purpose label, not plain content.

Run: ``python training/intent/from_labelled.py``; writes ``corpus/labelled-compliant.jsonl``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from composer.policy.intent import sentences_of  # noqa: E402

LABELLED = REPO / "tests" / "data" / "labelled"
OUT = Path(__file__).resolve().parent / "corpus" / "labelled-compliant.jsonl"
LANGUAGES = ("de", "fr", "es", "it")


def main() -> int:
    from composer.sanitize.htmltext import message_from_html

    rows: list[str] = []
    seen: set[str] = set()
    for path in sorted(LABELLED.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            entry = json.loads(line)
            if not entry.get("compliant") or entry.get("courtesy_only"):
                continue
            text = message_from_html(entry["html"]).text if "html" in entry else entry["text"]
            lang = path.stem if path.stem in LANGUAGES else (entry.get("lang") or "en")[:2]
            for start, end in sentences_of(text):
                sentence = " ".join(text[start:end].split())
                if len(sentence.split()) >= 3 and sentence not in seen:
                    seen.add(sentence)
                    rows.append(json.dumps({"text": sentence, "label": "compliant",
                                            "lang": lang}, ensure_ascii=False))
    from composer.message.templates import all_templates, fill_template

    for template in all_templates():
        body = fill_template(template, {}).body
        for start, end in sentences_of(body):
            sentence = " ".join(body[start:end].split())
            if len(sentence.split()) >= 3 and sentence not in seen and "{" not in sentence:
                seen.add(sentence)
                rows.append(json.dumps({"text": sentence, "label": "compliant",
                                        "lang": template.language}, ensure_ascii=False))
    OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    from training.intent.overlap import drop_similar

    dropped = drop_similar(OUT.parent)  # the blind sets stay blind, whatever the source
    print(f"wrote {len(rows) - dropped} sentences to {OUT.name} "
          f"({dropped} left out: too close to a blind sentence)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
