"""Attachment checks, fixes and privacy for Amazon Buyer-Seller messages (no Qt).

Design decisions (POLICY.md §6):

- **Content decides, not the name.** Each file's real kind is sniffed from its
  bytes (magic numbers; ZIP name list for DOCX; OLE2 stream names for DOC;
  strict decoding for TXT). A disallowed kind is refused whatever it is called,
  and the message names what it really is.
- **Allowed content under the wrong allowed name** (a PNG called ``.jpg``): Amazon
  sniffs content too, so within one family (picture for picture, .doc for .docx)
  it is only a *warning* with a rename-on-copy fix; across families (a text file
  called ``.pdf``) the buyer's program would fail, so it *blocks*.
- **Pictures are fully decoded** with Pillow, after checking the header size
  against a pixel limit, so a corrupt file or a decompression bomb is refused
  with a reason and never hangs the app. Pillow's global limits are left alone.
- **Fixes write copies** into a folder the caller chooses; originals are never
  touched. EXIF orientation is applied before metadata goes; ICC profiles stay.
- Limits, kinds and every sentence shown to a seller are data in
  ``resources/policy/attachments.json``; rule metadata in ``rules/attachments.json``.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

# Pillow is heavy: the package loads its parts on first use, so the window can
# open (and the config and formatting helpers can be used) before Pillow is imported.
_HOMES = {
    "CHECKERS": "findings", "check_attachments": "findings", "check_message": "findings",
    "file_findings": "findings", "remaining_budget": "findings", "suggested_name": "findings",
    "AttachmentPolicy": "config", "format_bytes": "config", "policy": "config",
    "ImageFixError": "fixes", "convert_image": "fixes", "rename_copy": "fixes",
    "shrink_image": "fixes", "strip_metadata": "fixes",
    "AttachmentInfo": "inspection", "InspectCache": "inspection", "has_gps": "inspection",
    "inspect_file": "inspection",
    "AttachmentRef": "refs", "verify_unchanged": "refs",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(name)
    return getattr(import_module(f"composer.attachments.{home}"), name)


__all__ = [
    "CHECKERS",
    "AttachmentInfo",
    "AttachmentPolicy",
    "AttachmentRef",
    "ImageFixError",
    "InspectCache",
    "check_attachments",
    "check_message",
    "convert_image",
    "file_findings",
    "format_bytes",
    "has_gps",
    "inspect_file",
    "policy",
    "remaining_budget",
    "rename_copy",
    "shrink_image",
    "strip_metadata",
    "suggested_name",
    "verify_unchanged",
]
