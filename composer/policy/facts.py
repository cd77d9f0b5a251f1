"""Sentences that state a fact about the buyer's order rather than make an offer.

A seller answering "why did I pay less?" writes "the Amazon coupon was already applied
to your order": the words of a coupon or a discount are there, yet nothing is offered.
Such a sentence reports what happened (a past "applied", "abgezogen", "appliqué",
"aplicado", "applicato"), names this order or Amazon, and looks nowhere forward (no next
order, no code to enter). The phrase rules drop their marketing finding there; the
patterns are data (``resources/policy/facts.json``).
"""

from __future__ import annotations

import re
from functools import cache

from composer.appdata.resources import load_json


@cache
def _applied() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    raw = load_json("policy", "facts.json")["applied_discount"]
    return tuple(re.compile(raw[key], re.IGNORECASE) for key in ("done", "about_order", "forward"))


def applied_discount(sentence: str) -> bool:
    """Does ``sentence`` report a discount already applied to this order (not an offer)?"""
    done, about_order, forward = _applied()
    return (
        done.search(sentence) is not None
        and about_order.search(sentence) is not None
        and forward.search(sentence) is None
    )
