"""The corpus/blind overlap check names places, never text, and fails on any overlap."""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from training.intent.overlap import drop_similar, main  # noqa: E402

SECRET = "The zebracorn parcel waits at the depot in Quixbury until Friday morning."
NEAR = "The zebracorn parcel waits at the depot in Quixbury until Friday morning!!"
OTHER = "Thank you for your order, the replacement ships tomorrow free of charge."


def _write(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")


def _fixture(tmp_path: Path, corpus_rows: list[str]) -> tuple[Path, Path]:
    corpus, blind = tmp_path / "corpus", tmp_path / "blind"
    _write(corpus / "c.jsonl", [{"text": t, "label": "compliant", "lang": "en"}
                                for t in corpus_rows])
    _write(blind / "2026-01-01-Z" / "z_en.jsonl",
           [{"text": "Hello Ann. " + OTHER[:20] + " ok.", "compliant": True},
            {"text": "Hi Bob.\n" + SECRET + "\nRegards, Ann", "compliant": True}])
    return corpus, blind


def test_overlap_prints_places_and_counts_only_and_fails(tmp_path, capsys):
    corpus, blind = _fixture(tmp_path, [OTHER, NEAR])
    code = main(["--corpus", str(corpus), "--blind", str(blind)])
    out = capsys.readouterr().out
    assert code == 1
    assert "corpus c.jsonl:2" in out and "blind 2026-01-01-Z/z_en.jsonl:2" in out
    for word in ("zebracorn", "Quixbury", "depot", "Bob", "Regards"):
        assert word.lower() not in out.lower(), out
    assert "1 pairs" in out


def test_overlap_passes_when_nothing_is_close(tmp_path, capsys):
    corpus, blind = _fixture(tmp_path, [OTHER])
    assert main(["--corpus", str(corpus), "--blind", str(blind)]) == 0
    assert "0 pairs" in capsys.readouterr().out


def test_drop_removes_only_the_close_corpus_line(tmp_path):
    corpus, blind = _fixture(tmp_path, [OTHER, NEAR])
    assert drop_similar(corpus, blind) == 1
    texts = [json.loads(line)["text"] for line in
             (corpus / "c.jsonl").read_text(encoding="utf-8").splitlines()]
    assert texts == [OTHER]
