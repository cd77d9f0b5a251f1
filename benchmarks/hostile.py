"""Pathological inputs through ``check``, ``clean`` and ``export``: time, peak memory, growth.

Run: ``.venv/bin/python benchmarks/hostile.py`` (a few minutes). Options:
``--only dots,cjk`` runs some cases, ``--ops check`` some commands, ``--sizes 10000``
some sizes, ``--timeout 20`` stops a run after that many seconds (a hang is a failure).

Each input is written to a file and run through ``composer.cli.main`` in a process of its
own (forked from one that has already loaded the word lists and rules, so a run measures
the input, not the start-up), at 10 KB, 100 KB and 1 MB of UTF-8. For each it prints the
time and the process's peak memory (Linux: the resident-set high-water mark, reset at
the start of the run; elsewhere: the peak of Python's own allocations).

It exits non-zero when:

- an input of 1 MB or less takes more than :data:`MAX_SECONDS` or :data:`MAX_PEAK_MB`,
  crashes (a traceback, or an exit code other than 0, 1 or 2), or is stopped by the timeout;
- growth is worse than linear: going from 100 KB to 1 MB (ten times the input) multiplies
  the time, or the memory added on top of the idle process, by more than
  :data:`MAX_GROWTH` (small figures are raised to a floor first, so noise on a 10 ms run
  cannot fail the check).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import select
import signal
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Run as a script, this folder comes first on sys.path; a sibling module named like a
# standard one (benchmarks/typing.py) would then shadow it. Import from the root.
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != ROOT / "benchmarks"]

SIZES = (10_000, 100_000, 1_000_000)
OPS = ("check", "clean", "export")
MAX_SECONDS = 5.0
MAX_PEAK_MB = 500.0
MAX_GROWTH = 15.0
TIME_FLOOR = 0.05  # seconds: a 100 KB run faster than this counts as this
MEMORY_FLOOR = 20.0  # MB added: a 100 KB run lighter than this counts as this
ADDRESS_SPACE_MB = 3_000  # a run may map this much more before it gets a MemoryError


# --- the catalogue ---------------------------------------------------------------------------
Maker = Callable[[int], str]


@dataclass(frozen=True)
class Case:
    name: str
    make: Maker  # bytes of UTF-8 wanted -> the input text
    suffix: str = ".txt"
    args: tuple[str, ...] = ()  # extra arguments for check and export
    # An attachment of the size instead: the text is a short message, the size is the file's.
    attach: Callable[[int], bytes] | None = None
    attach_name: str = "file"


def repeat(unit: str) -> Maker:
    """``unit`` as many times as fit in the size (at least once)."""
    def make(size: int) -> str:
        return unit * max(1, size // len(unit.encode("utf-8")))
    return make


def nested(opening: str, inner: str = "x", closing: str = "") -> Maker:
    """``opening`` nested as deep as the size allows, ``inner`` in the middle, maybe closed."""
    def make(size: int) -> str:
        depth = max(1, size // len((opening + closing).encode("utf-8")))
        return opening * depth + inner + closing * depth
    return make


def wrapped(before: str, unit: str, after: str) -> Maker:
    """One element or word around a long run of ``unit``."""
    def make(size: int) -> str:
        return before + repeat(unit)(size - len(before) - len(after)) + after
    return make


def random_text(alphabet: Callable[[random.Random], str], seed: int) -> Maker:
    def make(size: int) -> str:
        rng = random.Random(seed)
        parts: list[str] = []
        used = 0
        while used < size:
            piece = alphabet(rng)
            parts.append(piece)
            used += len(piece.encode("utf-8", "surrogatepass"))
        return "".join(parts)
    return make


def _any_character(rng: random.Random) -> str:
    while True:
        code = rng.randrange(0x20, 0x30000)
        if not 0xD800 <= code <= 0xDFFF:
            return chr(code)


def _gibberish_word(rng: random.Random) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz")
                   for _ in range(rng.randrange(4, 10))) + " "


def _capitalised_word(rng: random.Random) -> str:
    return _gibberish_word(rng).capitalize()


def tiff_pages(size: int) -> bytes:
    """A TIFF of one-pixel grey pages, as many as fit in ``size`` bytes (103 bytes each)."""
    pages = max(2, (size - 8) // 103)
    out = bytearray(b"II*\x00" + struct.pack("<I", 8))
    for page in range(pages):
        ifd = len(out)
        pixel = ifd + 2 + 8 * 12 + 4
        entries = [(256, 3, 1, 1), (257, 3, 1, 1), (258, 3, 1, 8), (259, 3, 1, 1),
                   (262, 3, 1, 1), (273, 4, 1, pixel), (278, 3, 1, 1), (279, 4, 1, 1)]
        out += struct.pack("<H", len(entries))
        for tag, kind, count, value in entries:
            out += struct.pack("<HHII", tag, kind, count, value)
        out += struct.pack("<I", pixel + 1 if page + 1 < pages else 0)
        out.append(page % 256)
    return bytes(out)


PROSE = (
    "Hello Sarah,\n\nThank you for your order 113-4567890-1234567. We are sorry the teapot "
    "arrived with a chipped lid. We will send a replacement free of charge; it should "
    "arrive within three working days.\n\nKind regards,\nTom at Bright Home Goods\n\n"
)
ENGLISH = ("--buyer-language", "en")
GERMAN = ("--buyer-language", "de")
SPAM = ("Use code SAVE20 for 15% off your next order! Visit our website www.brighthome.shop, "
        "follow us on Instagram, and leave a 5-star review for a free gift card. ")

CATALOGUE: tuple[Case, ...] = (
    Case("prose", repeat(PROSE)),
    Case("prose-html", repeat("<p>" + PROSE.replace("\n", " ") + "</p>"), ".html"),
    Case("one-sentence", repeat("hello world and ")),
    Case("sentences", repeat("Hi. ")),
    Case("dots", repeat(".")),
    Case("dot-words", repeat("a.")),
    Case("bracket-dot", repeat("[.]")),
    Case("spelled-dot", repeat("shop dot ")),
    Case("spaced-dot", repeat("shop . ")),
    Case("paren-dot", repeat("x (dot) ")),
    Case("placeholders", repeat("{order_id}")),
    Case("bracket-placeholders", repeat("[Buyer Name]")),
    Case("open-braces", repeat("{")),
    Case("open-brackets", repeat("[")),
    Case("open-parens", repeat("(")),
    Case("less-than", repeat("<")),
    Case("less-than-html", repeat("<"), ".html"),
    Case("at-signs", repeat("@")),
    Case("at-words", repeat("a@")),
    Case("colons", repeat(":")),
    Case("slashes", repeat("/")),
    Case("schemes", repeat("http://")),
    Case("adjacent-links", repeat("https://example.com")),
    Case("adjacent-www", repeat("www.x.com")),
    Case("adjacent-emails", repeat("ann@shop.com")),
    Case("ampersands", repeat("&")),
    Case("quotes", repeat('"')),
    Case("exclamations", repeat("!")),
    Case("digits", repeat("1")),
    Case("digit-groups", repeat("12 ")),
    Case("digit-dashes", repeat("1-")),
    Case("dotted-digits", repeat("1.")),
    Case("spaces", repeat(" ")),
    Case("blank-lines", repeat("\n")),
    Case("short-lines", repeat("ok\n")),
    Case("long-word", repeat("x")),
    Case("hyphens", repeat("a-")),
    Case("apostrophes", repeat("a'")),
    Case("gibberish", random_text(_gibberish_word, 1), args=ENGLISH),
    Case("capitalised-gibberish", random_text(_capitalised_word, 2)),
    Case("titles", repeat("Mr Xqzv ")),
    Case("cjk-english-buyer", repeat("漢字"), args=ENGLISH),
    Case("zero-width", repeat("\u200b")),
    Case("zero-width-in-word", repeat("a\u200b")),
    Case("combining-marks", wrapped("a", "\u0301", "")),
    Case("accented-letters", repeat("e\u0301")),
    Case("rtl-marks", repeat("\u202e")),
    Case("rtl-in-words", repeat("abc\u200f")),
    Case("emoji", repeat("\U0001f600")),
    Case("emoji-zwj", repeat("\U0001f468\u200d\U0001f469\u200d\U0001f467")),
    Case("flags", repeat("\U0001f1ec\U0001f1e7")),
    Case("random-unicode", random_text(_any_character, 3)),
    Case("nested-lists", nested("<ul><li>"), ".html"),
    Case("nested-lists-closed", nested("<ul><li>", "x", "</li></ul>"), ".html"),
    Case("nested-divs", nested("<div>"), ".html"),
    Case("nested-quotes", nested("<blockquote>"), ".html"),
    Case("nested-links", nested('<a href="https://x.com">'), ".html"),
    Case("nested-bold", nested("<b><i>"), ".html"),
    Case("nested-tables", nested("<table><tr><td>"), ".html"),
    Case("unclosed-comments", repeat("<!--"), ".html"),
    Case("open-comment", wrapped("<!--", "x", ""), ".html"),
    Case("entities-nbsp", repeat("&nbsp;"), ".html"),
    Case("entities-amp", repeat("&amp;"), ".html"),
    Case("many-tags", repeat("<b>x</b>"), ".html"),
    Case("many-paragraphs", repeat("<p>x</p>"), ".html"),
    Case("long-attribute", wrapped('<a href="https://x.com/', "a", '">x</a>'), ".html"),
    Case("long-style", wrapped('<p style="', "color:red;", '">x</p>'), ".html"),
    Case("unclosed-style-comments", wrapped('<p style="', "/* ", '">x</p>'), ".html"),
    Case("long-number-style", wrapped('<p style="font: ', "1", 'x">x</p>'), ".html"),
    Case("less-than-spaces-html", repeat("< "), ".html"),
    Case("open-tags-html", repeat("<a "), ".html"),
    Case("open-attributes-html", repeat("<a b="), ".html"),
    Case("nul-html", repeat("\x00"), ".html"),
    Case("spam", repeat(SPAM)),
    Case("spam-one-line", repeat(SPAM.replace(". ", ", ").replace("! ", ", "))),
    Case("german-capitalised", random_text(_capitalised_word, 4), args=GERMAN),
    Case("tiff-pages", lambda size: "Please find the scan attached.\n", attach=tiff_pages,
         attach_name="scan.tiff"),
)


# --- one run ---------------------------------------------------------------------------------
def _argv(case: Case, op: str, path: Path, folder: Path) -> list[str]:
    data = ["--data-dir", str(folder)]
    if op == "check":
        return ["check", str(path), *case.args, *data]
    if op == "clean":
        return ["clean", str(path), *data]
    return ["export", str(path), "--eml", str(folder / "out.eml"), "--no-log", *case.args, *data]


def _status_mb(field: str) -> float | None:
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def _reset_peak() -> bool:
    """Start the resident-set high-water mark again from now (Linux 4.0+)."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as handle:
            handle.write("5")
    except OSError:
        return False
    return _status_mb("VmHWM") is not None


def run_one(case: Case, size: int, op: str) -> dict[str, object]:
    """Run one input through one command in this process; return the figures."""
    from composer import cli

    text = case.make(size)
    with tempfile.TemporaryDirectory(prefix="hostile-") as folder:
        path = Path(folder) / f"input{case.suffix}"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        argv = _argv(case, op, path, Path(folder))
        size_of = len(text.encode("utf-8", "surrogatepass"))
        if case.attach is not None:
            attached = Path(folder) / case.attach_name
            attached.write_bytes(case.attach(size))
            size_of = attached.stat().st_size
            if op != "clean":
                argv += ["--attach", str(attached)]
        proc_memory = _reset_peak()
        base = _status_mb("VmRSS") if proc_memory else 0.0
        if not proc_memory:
            import tracemalloc

            tracemalloc.start()
        sink = io.StringIO()
        started = time.perf_counter()
        error = ""
        try:
            with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
                code = cli.main(argv)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 2
        except BaseException as exc:  # a crash is a finding, not the end of the benchmark
            code, error = -1, f"{type(exc).__name__}: {exc}"[:120]
        seconds = time.perf_counter() - started
        if proc_memory:
            peak = _status_mb("VmHWM") or 0.0
        else:
            import tracemalloc

            peak = tracemalloc.get_traced_memory()[1] / 1e6
            tracemalloc.stop()
            base = 0.0
    return {"seconds": seconds, "peak_mb": peak, "base_mb": base, "code": code,
            "error": error, "bytes": size_of}


def _warm_up() -> None:
    """Load the word lists, rules and parsers once, so each forked run measures its input."""
    for op in OPS:
        for case in (CATALOGUE[0], CATALOGUE[1]):
            run_one(case, 2_000, op)


def _limit_memory() -> None:
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        now = (_status_mb("VmSize") or 1_000) * 1024 * 1024
        limit = int(now + ADDRESS_SPACE_MB * 1024 * 1024)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def run_forked(case: Case, size: int, op: str, timeout: float) -> dict[str, object]:
    """Run in a child of this (warmed-up) process; kill it after ``timeout`` seconds."""
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(reader)
        try:
            _limit_memory()
            result = run_one(case, size, op)
        except BaseException as exc:
            result = {"seconds": 0.0, "peak_mb": 0.0, "base_mb": 0.0, "code": -1,
                      "error": f"{type(exc).__name__}: {exc}"[:120], "bytes": size}
        os.write(writer, json.dumps(result).encode())
        os._exit(0)
    os.close(writer)
    deadline = time.monotonic() + timeout
    chunks: list[bytes] = []
    timed_out = False
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            timed_out = True
            break
        ready, _, _ = select.select([reader], [], [], left)
        if ready:
            chunk = os.read(reader, 65536)
            if not chunk:
                break
            chunks.append(chunk)
    if timed_out:
        os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    os.close(reader)
    if timed_out:
        return {"seconds": timeout, "peak_mb": 0.0, "base_mb": 0.0, "code": -1,
                "error": f"stopped after {timeout:g} s", "bytes": size}
    if not chunks:
        return {"seconds": 0.0, "peak_mb": 0.0, "base_mb": 0.0, "code": -1,
                "error": "the run died (killed, or out of memory)", "bytes": size}
    return json.loads(b"".join(chunks))


def run_spawned(case: Case, size: int, op: str, timeout: float) -> dict[str, object]:
    """Without fork (Windows): a fresh interpreter per run."""
    command = [sys.executable, __file__, "--one", case.name, str(size), op]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"seconds": timeout, "peak_mb": 0.0, "base_mb": 0.0, "code": -1,
                "error": f"stopped after {timeout:g} s", "bytes": size}
    try:
        return json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        return {"seconds": 0.0, "peak_mb": 0.0, "base_mb": 0.0, "code": -1,
                "error": (done.stderr.strip().splitlines() or ["no output"])[-1][:120],
                "bytes": size}


# --- judging ---------------------------------------------------------------------------------
def problems(figures: dict[int, dict[str, object]]) -> list[str]:
    """What is wrong with one case and command across the sizes (empty: all fine)."""
    found: list[str] = []
    for size, result in sorted(figures.items()):
        label = _size_label(size)
        if result["error"]:
            found.append(f"{label}: {result['error']}")
            continue
        if result["code"] not in (0, 1, 2):
            found.append(f"{label}: exit code {result['code']}")
        if float(result["seconds"]) > MAX_SECONDS:  # type: ignore[arg-type]
            found.append(f"{label}: {float(result['seconds']):.1f} s")  # type: ignore[arg-type]
        if float(result["peak_mb"]) > MAX_PEAK_MB:  # type: ignore[arg-type]
            found.append(f"{label}: {float(result['peak_mb']):.0f} MB")  # type: ignore[arg-type]
    small, large = figures.get(100_000), figures.get(1_000_000)
    if small and large and not small["error"] and not large["error"]:
        ratio = float(large["seconds"]) / max(float(small["seconds"]), TIME_FLOOR)  # type: ignore[arg-type]
        if ratio > MAX_GROWTH:
            found.append(f"time grows {ratio:.0f}x from 100 KB to 1 MB")
        grown = [max(float(r["peak_mb"]) - float(r["base_mb"]), 0.0)  # type: ignore[arg-type]
                 for r in (small, large)]
        memory_ratio = grown[1] / max(grown[0], MEMORY_FLOOR)
        if memory_ratio > MAX_GROWTH:
            found.append(f"memory grows {memory_ratio:.0f}x from 100 KB to 1 MB")
    return found


def _size_label(size: int) -> str:
    return f"{size // 1_000_000} MB" if size >= 1_000_000 else f"{size // 1000} KB"


def _cell(result: dict[str, object] | None) -> str:
    if result is None:
        return f"{'-':>16}"
    if result["error"] and str(result["error"]).startswith("stopped"):
        return f"{'>' + format(float(result['seconds']), '.0f') + ' s':>16}"  # type: ignore[arg-type]
    if result["error"]:
        return f"{'crash':>16}"
    return f"{float(result['seconds']):7.2f} s {float(result['peak_mb']):4.0f} MB"  # type: ignore[arg-type]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", default="", help="comma-separated case names")
    parser.add_argument("--ops", default=",".join(OPS))
    parser.add_argument("--sizes", default=",".join(str(s) for s in SIZES))
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--list", action="store_true", help="list the cases and stop")
    parser.add_argument("--one", nargs=3, metavar=("CASE", "SIZE", "OP"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    by_name = {case.name: case for case in CATALOGUE}
    if args.list:
        print("\n".join(by_name))
        return 0
    if args.one:
        name, size, op = args.one
        print(json.dumps(run_one(by_name[name], int(size), op)))
        return 0
    wanted = [n for n in args.only.split(",") if n] or list(by_name)
    unknown = [n for n in wanted if n not in by_name]
    if unknown:
        parser.error(f"unknown case(s): {', '.join(unknown)}")
    ops = [o for o in args.ops.split(",") if o]
    sizes = [int(s) for s in args.sizes.split(",") if s]
    forking = hasattr(os, "fork")
    if forking:
        _warm_up()
        run = run_forked
    else:
        run = run_spawned
    how = "resident-set peak" if _reset_peak() else "peak of Python allocations"
    print(f"Hostile inputs: time and memory ({how}) per size; "
          f"limits {MAX_SECONDS:g} s, {MAX_PEAK_MB:g} MB, growth x{MAX_GROWTH:g} "
          "from 100 KB to 1 MB")
    header = f"{'case':<24}{'command':<8}" + "".join(f"{_size_label(s):>16}" for s in sizes)
    print(header)
    failures: list[str] = []
    for name in wanted:
        case = by_name[name]
        for op in ops:
            figures: dict[int, dict[str, object]] = {}
            for size in sizes:
                figures[size] = run(case, size, op, args.timeout)
                if figures[size]["error"] and str(figures[size]["error"]).startswith("stopped"):
                    break  # a bigger input would only be stopped as well
            wrong = problems(figures)
            mark = "  FAIL" if wrong else ""
            print(f"{name:<24}{op:<8}" + "".join(_cell(figures.get(s)) for s in sizes) + mark,
                  flush=True)
            failures += [f"{name} {op}: {item}" for item in wrong]
    if failures:
        print(f"\n{len(failures)} problem(s):")
        for line in failures:
            print(f"  {line}")
        return 1
    print("\nEvery input stayed within the limits and grew linearly.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
