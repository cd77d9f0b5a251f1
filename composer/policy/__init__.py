"""The policy checker: a message in, a list of findings out. No Qt here.

Each group of rules is a module with a ``CHECKERS`` tuple of functions
``(Message) -> Iterable[Finding]``. :func:`check` runs them all and returns
the findings sorted by position.

The rule modules load their data and compile their patterns on import, so
``check`` is imported lazily: the window can open before any of that runs.
"""

from __future__ import annotations

from typing import Any

from composer.policy.model import Element, Finding, Fix, Message, Verdict, verdict

__all__ = ["Element", "Finding", "Fix", "Message", "Verdict", "check", "verdict"]


def __getattr__(name: str) -> Any:
    if name == "check":
        from composer.policy.engine import check

        return check
    raise AttributeError(name)
