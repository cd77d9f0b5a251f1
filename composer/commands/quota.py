"""``seller-composer quota``: today's message limit, how many were sent and how many are left.

The sent log is read from the data folder's database; a folder without one has
sent nothing, and none is created just to say so.
"""

from __future__ import annotations

import argparse
import json
import math
import sys

PROG = "seller-composer quota"


def run(args: argparse.Namespace) -> int:
    from composer.appdata.paths import data_dir
    from composer.appdata.settings import Settings
    from composer.clock.quota import (
        format_number,
        formula_text,
        settings_zone,
        store_status,
        utc_now,
    )
    from composer.store import STORE_ERRORS, with_existing_store

    folder = data_dir(getattr(args, "data_dir", None))
    settings = Settings(folder)
    if args.orders is not None:
        if not math.isfinite(args.orders) or args.orders < 0:
            print(f"{PROG}: --orders must be a number of orders per day, 0 or more",
                  file=sys.stderr)
            return 2
        average = float(args.orders) + 0.0  # "-0" is 0, not -0.0
    else:
        average = float(settings.get("avg_daily_orders"))
    tz = settings_zone(settings)
    now = utc_now()
    try:
        status = with_existing_store(folder, lambda store: store_status(store, average, now, tz))
    except STORE_ERRORS as exc:
        print(f"{PROG}: cannot read the sent log in {folder}: {exc}", file=sys.stderr)
        return 2
    if status is None:  # no database yet: nothing sent
        status = store_status(None, average, now, tz)
    if args.json:
        print(json.dumps(status.to_dict()))
        return 0
    zone_name = str(settings.get("time_zone") or "") or "this computer's time zone"
    day = status.day
    when = f"{day:%a} {day.day} {day:%b %Y}" if day else "today"
    print(f"Today ({when}, {zone_name}): {status.used:,} of {status.limit:,} messages used, "
          f"{status.left:,} left.")
    print(f"Limit: {formula_text(average, status.limit)}.")
    if average == 0 and args.orders is None:
        print("Your average orders per day is not set, so this is Amazon's base limit. Set it "
              "in Settings, or try one with --orders N.")
    elif args.orders is not None:
        print(f"Using --orders {format_number(average)} instead of Settings.")
    if settings.load_error:
        print(settings.load_error, file=sys.stderr)
    return 0
