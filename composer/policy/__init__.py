"""The text rules: a message in, findings out. No Qt here.

Each group of rules is a module with a ``CHECKERS`` tuple of functions
``(Message) -> Iterable[Finding]``. :func:`composer.compose.engine.check` runs
them all (with the attachment and spelling checkers) and sorts the findings; it
lives above this package so that no package imports one that imports it back.
"""

from __future__ import annotations

from composer.policy.model import Element, Finding, Fix, Message, Verdict, verdict

__all__ = ["Element", "Finding", "Fix", "Message", "Verdict", "verdict"]
