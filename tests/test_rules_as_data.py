"""Rules are data, and the data is complete: every rule id in use has its entry and its words.

A phrase rule whose sentence is missing used to raise ``KeyError`` on the checker's
worker thread; a rule the rule book does not know has no title, severity or source.
"""

from __future__ import annotations

import ast
from pathlib import Path

import composer
from composer.appdata.resources import load_json
from composer.message.languages import LANGUAGES
from composer.policy.rulebook import rulebook

PACKAGE = Path(composer.__file__).parent
FINDING_MAKERS = {"finding", "_finding", "rule_finding", "_hit", "Finding"}


def ids_in_code() -> dict[str, str]:
    """Rule ids written as literals where findings are made: id -> where."""
    found: dict[str, str] = {}
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name not in FINDING_MAKERS:
                continue
            args = [a for a in node.args[:1]] + [k.value for k in node.keywords
                                                  if k.arg in ("rule", "rule_id")]
            for arg in args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.setdefault(arg.value, f"{path.relative_to(PACKAGE)}:{node.lineno}")
    return found


def phrase_rule_ids() -> dict[str, set[str]]:
    """Language -> the phrase rules its file defines."""
    return {code: set(load_json("policy", "phrases", f"{code}.json")["rules"])
            for code in LANGUAGES}


def test_the_walk_finds_rule_ids_in_code() -> None:
    found = ids_in_code()
    assert {"unfilled-placeholder", "missing-order-id"} <= set(found), sorted(found)


def test_every_rule_id_in_code_is_in_the_rule_book() -> None:
    known = set(rulebook().rules)
    missing = {rule: where for rule, where in ids_in_code().items() if rule not in known}
    assert missing == {}


def test_every_phrase_rule_is_in_the_rule_book_and_has_its_sentence() -> None:
    known = set(rulebook().rules)
    sentences = set(load_json("policy", "content_messages.json")["phrase"])
    for language, rules in phrase_rule_ids().items():
        assert rules - known == set(), f"{language}: phrase rules missing from the rule book"
        assert rules - sentences == set(), f"{language}: phrase rules without a sentence"


def test_every_content_message_belongs_to_a_known_rule() -> None:
    """A key is a rule id, or a variant of one (``review-incentive-linked``)."""
    known = set(rulebook().rules)
    messages = load_json("policy", "content_messages.json")
    keys = {key for key in messages if key not in ("version", "description", "phrase")}
    orphans = {key for key in keys
               if key not in known and not any(key.startswith(rule + "-") for rule in known)}
    assert orphans == set()


def test_every_message_the_code_asks_for_is_there() -> None:
    """``content_messages()["…"]`` in the content and placeholder rules: each key is there."""
    messages = load_json("policy", "content_messages.json")
    asked = set()
    for path in (PACKAGE / "policy").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Call) \
                    and getattr(node.value.func, "id", "") == "content_messages" \
                    and isinstance(node.slice, ast.Constant):
                asked.add(node.slice.value)
    assert asked, "the walk should find the content rules' messages"
    assert asked - set(messages) == set()
