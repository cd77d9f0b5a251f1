"""``seller-composer log-request ORDER_ID``: "I used Amazon's Request a Review" for an order.

Amazon allows one review request per order, whether a message or its own Request a Review
button. Recording the button's use in the sent log (route ``request-a-review``, no message,
not counted against the daily limit) lets ``repeat-request`` block a second request.
"""

from __future__ import annotations

import argparse
import sys

PROG = "seller-composer log-request"


def run(args: argparse.Namespace) -> int:
    from composer.appdata.paths import data_dir
    from composer.commands.check import ORDER_ID
    from composer.export.requestbutton import record_button
    from composer.store import STORE_ERRORS, open_store

    order_id = args.order_id.strip()
    if not ORDER_ID.match(order_id):
        print(f"{PROG}: the order ID '{args.order_id}' is not 17 digits as 3-7-7, for example "
              "113-4567890-1234567", file=sys.stderr)
        return 2
    folder = data_dir(getattr(args, "data_dir", None))
    try:
        with open_store(folder) as store:
            earlier = record_button(store, order_id)
    except STORE_ERRORS as exc:
        print(f"{PROG}: nothing was recorded: {exc}", file=sys.stderr)
        return 2
    print(f"Recorded: you used Amazon's Request a Review for order {order_id}. A review or "
          "feedback request in a message for this order will now be blocked.")
    if earlier:
        print(f"Note: this order already had a request on {earlier}. Amazon allows one per "
              "order.", file=sys.stderr)
    return 0
