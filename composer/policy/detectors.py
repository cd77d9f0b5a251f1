"""Placeholder: filled in by the rule work in progress."""

from __future__ import annotations

CHECKERS: tuple = ()
