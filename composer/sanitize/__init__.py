"""Cleaning HTML to what the buyer receives, and plain-text rendering (no Qt here)."""

from __future__ import annotations

from composer.sanitize.clean import CleanResult, Removal, clean_html, url_allowed
from composer.sanitize.plain import render_plain
from composer.sanitize.whitelist import (
    Whitelist,
    WhitelistLoad,
    load_whitelist,
    shipped_whitelist,
)

__all__ = [
    "CleanResult",
    "Removal",
    "Whitelist",
    "WhitelistLoad",
    "clean_html",
    "load_whitelist",
    "render_plain",
    "shipped_whitelist",
    "url_allowed",
]
