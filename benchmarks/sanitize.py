"""Run public XSS/sanitizer vectors through clean_html and count unsafe outputs (must be 0).

Reads ``html_vectors.json`` from ``$SELLER_COMPOSER_CORPORA`` or ``../shared/corpora``
(relative to the repository root); skips gracefully when it is absent. Also
counts vectors whose visible words were lost, and prints speed figures.

Run: ``.venv/bin/python benchmarks/sanitize.py``
"""

from __future__ import annotations

import html as html_lib
import json
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Run as a script, this folder comes first on sys.path; a sibling module named like a
# standard one (e.g. benchmarks/typing.py) would then shadow it. Import from the root.
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != ROOT / "benchmarks"]

from composer.htmltext import OBJECT_CHAR, parse_html  # noqa: E402
from composer.sanitize import clean_html, render_plain, shipped_whitelist  # noqa: E402
from composer.sanitize.clean import DROP_WITH_CONTENT, URL_ATTRIBUTES, url_allowed  # noqa: E402

_LIVE_TAG = re.compile(r"<\s*/?\s*(script|style|iframe)\b", re.IGNORECASE)
_BAD_SCHEMES = ("javascript:", "vbscript:", "data:")
_CONTROL = re.compile(r"[\x00-\x20\x7f-\x9f]")


def corpora_dir() -> Path | None:
    env = os.environ.get("SELLER_COMPOSER_CORPORA")
    candidate = Path(env) if env else ROOT.parent / "shared" / "corpora"
    return candidate if (candidate / "html_vectors.json").is_file() else None


def unsafe_reasons(cleaned: str) -> list[str]:
    """Everything about ``cleaned`` that a buyer's mail client could act on."""
    whitelist = shipped_whitelist()
    reasons: list[str] = []
    if _LIVE_TAG.search(cleaned):
        reasons.append("live script/style/iframe tag")
    for element in parse_html(cleaned).elements:
        if element.tag not in whitelist.tags:
            reasons.append(f"tag <{element.tag}>")
        for name, value in element.attrs:
            if name.startswith("on"):
                reasons.append(f"handler {name}")
            if (name in URL_ATTRIBUTES or name in ("href", "src")) and not url_allowed(
                value, ["https"]
            ):
                reasons.append(f"url {name}={value[:40]!r}")
            squeezed = _CONTROL.sub("", html_lib.unescape(value)).lower()
            if any(scheme in squeezed for scheme in _BAD_SCHEMES):
                reasons.append(f"scheme in {name}={value[:40]!r}")
    return reasons


def lost_words(source: str, cleaned: str) -> list[str]:
    """Visible words of ``source`` (outside removed subtrees) missing from ``cleaned``."""
    parsed = parse_html(source)
    hidden = [(e.start, e.end) for e in parsed.elements if e.tag in DROP_WITH_CONTENT]
    kept = "".join(
        char for index, char in enumerate(parsed.text)
        if not any(start <= index < end for start, end in hidden)
    )
    output = re.sub(r"\s+", "", parse_html(cleaned).text)
    words = kept.replace(OBJECT_CHAR, " ").split()
    return [word for word in words if word not in output]


def speed() -> None:
    message = (
        '<p>Hello <b>Sam</b>,</p><p>Thank you for order 113-4567890-1234567. '
        'Please confirm the <em>engraving</em> text: <a href="https://www.amazon.com/x">details</a>'
        '</p><ul><li>Front: Happy birthday</li><li>Back: 2026</li></ul>'
    )
    message = (message * 20)[:2000]
    runs = 50
    start = time.perf_counter()
    for _ in range(runs):
        render_plain(clean_html(message).html)
    per_message = (time.perf_counter() - start) / runs * 1000
    block = ("<div dir='ltr'><p class=MsoNormal style='margin:0'>Hello <b>there</b> &amp; "
             "welcome <a href='https://x.com'>link</a><br>line two "
             "<img src='https://a/b.png' width=1></p></div>\n")
    big = block * (1_000_000 // len(block))
    start = time.perf_counter()
    parse_html(big)
    parse_seconds = time.perf_counter() - start
    start = time.perf_counter()
    cleaned = clean_html(big).html
    clean_seconds = time.perf_counter() - start
    start = time.perf_counter()
    render_plain(cleaned)
    render_seconds = time.perf_counter() - start
    print(f"2,000-char message, clean + render: {per_message:.2f} ms (target <= 5 ms)")
    print(f"1 MB document: parse_html {parse_seconds:.2f} s, clean_html {clean_seconds:.2f} s, "
          f"render_plain {render_seconds:.2f} s (target <= 1 s)")


def main() -> int:
    folder = corpora_dir()
    if folder is None:
        print("html_vectors.json not found (set SELLER_COMPOSER_CORPORA); skipping vectors.")
    else:
        vectors = json.loads((folder / "html_vectors.json").read_text(encoding="utf-8"))
        unsafe = 0
        lossy: list[tuple[str, list[str]]] = []
        start = time.perf_counter()
        for vector in vectors:
            cleaned = clean_html(vector).html
            reasons = unsafe_reasons(cleaned)
            if clean_html(cleaned).html != cleaned:
                reasons.append("not idempotent")
            if reasons:
                unsafe += 1
                print(f"UNSAFE: {vector[:70]!r} -> {cleaned[:70]!r}: {reasons}")
            missing = lost_words(vector, cleaned)
            if missing:
                lossy.append((vector, missing))
        elapsed = time.perf_counter() - start
        print(f"{len(vectors)} vectors in {elapsed:.2f} s: unsafe outputs {unsafe} (must be 0); "
              f"vectors with visible words lost {len(lossy)}")
        for vector, missing in lossy[:8]:
            print(f"  words lost: {missing[:4]} from {vector[:80]!r}")
        if unsafe:
            speed()
            return 1
    speed()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
