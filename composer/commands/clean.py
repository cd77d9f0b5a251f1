"""``seller-composer clean``: print what the buyer would receive for an HTML file."""

from __future__ import annotations

import argparse
import sys

from composer.commands.check import InputError, read_input


def run(args: argparse.Namespace) -> int:
    from composer.appdata.paths import data_dir
    from composer.export.outgoing import prepare_html
    from composer.sanitize import load_whitelist

    try:
        raw = read_input(args.file)
    except InputError as exc:
        print(f"seller-composer clean: {exc}", file=sys.stderr)
        return 2
    loaded = load_whitelist(data_dir(args.data_dir))
    if loaded.error:
        print(f"seller-composer clean: note: {loaded.error}", file=sys.stderr)
    outgoing = prepare_html(raw, loaded.whitelist)
    text = outgoing.plain if args.text else outgoing.html
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0
