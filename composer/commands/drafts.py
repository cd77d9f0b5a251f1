"""``seller-composer drafts list|show``: read the drafts kept in the data folder."""

from __future__ import annotations

import argparse
import sqlite3
import sys


def run(args: argparse.Namespace) -> int:
    """Read only: the file is opened ``mode=ro`` into memory; no lock, no upgrade, no writes."""
    from composer.appdata.paths import data_dir
    from composer.store import DB_NAME, StoreError, open_read_only
    from composer.store.listing import drafts_list, drafts_show

    folder = data_dir(args.data_dir)
    try:
        present = (folder / DB_NAME).exists()
    except OSError as exc:  # no permission to look inside the folder
        print(f"seller-composer drafts: cannot look in the data folder {folder}: "
              f"{exc.strerror or exc}", file=sys.stderr)
        return 2
    if not present:
        if args.action == "show":
            print(f"seller-composer drafts: there are no drafts in {folder}", file=sys.stderr)
            return 2
        print("[]" if args.json else f"No drafts yet in {folder}.")
        return 0
    try:
        store = open_read_only(folder, salvage=False)
    except StoreError as exc:
        print(f"seller-composer drafts: {exc}", file=sys.stderr)
        return 2
    except (sqlite3.Error, OSError) as exc:
        print(f"seller-composer drafts: cannot read the drafts in {folder}: {exc}",
              file=sys.stderr)
        return 2
    try:
        if args.action == "list":
            print(drafts_list(store, as_json=args.json, search=args.search))
        else:
            print(drafts_show(store, args.id, as_json=args.json))
    except StoreError as exc:
        print(f"seller-composer drafts: {exc}", file=sys.stderr)
        return 2
    except sqlite3.Error as exc:  # read into memory first, so this is not expected
        print(f"seller-composer drafts: cannot read the drafts in {folder}: {exc}",
              file=sys.stderr)
        return 2
    finally:
        store.close()
    return 0
