"""The policy checker: a message in, a list of findings out. No Qt here.

Each group of rules is a module with a ``CHECKERS`` tuple of functions
``(Message) -> Iterable[Finding]``. :func:`check` runs them all and returns
the findings sorted by position.
"""

from __future__ import annotations

from composer.policy.engine import check, verdict
from composer.policy.model import Element, Finding, Fix, Message

__all__ = ["Element", "Finding", "Fix", "Message", "check", "verdict"]
