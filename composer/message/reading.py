"""Read a message file as text: the one reader for ``check``, ``export``, ``clean`` and the app.

A named pipe, a device or a socket is refused before it is read, and the file is
opened without waiting (:mod:`composer.appdata.safeopen`): a pipe nobody writes to
must not hang anything. The bytes are decoded as a text editor would
(:mod:`composer.message.textdecode`), and computer data is refused as unreadable.
"""

from __future__ import annotations

import re
import sys


class UnreadableFile(Exception):
    """A message file that cannot be read; the message is one plain sentence."""


_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")
NOT_TEXT = "it is not a text file (it holds computer data, not readable text)"


def read_message_file(path: str) -> str:
    """Read a message file (or stdin for '-') as text; raise UnreadableFile in plain words."""
    from composer.appdata.safeopen import NotAFile, read_regular

    try:
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            data = read_regular(path)
    except NotAFile as exc:
        if exc.kind == "folder":
            raise UnreadableFile(f"cannot read '{path}': it is a folder, not a message "
                                 "file") from None
        raise UnreadableFile(f"cannot read '{path}': it is {exc.words}, not a message "
                             "file") from None
    except FileNotFoundError:
        raise UnreadableFile(f"cannot read '{path}': there is no such file") from None
    except IsADirectoryError:
        raise UnreadableFile(f"cannot read '{path}': it is a folder, not a message "
                             "file") from None
    except PermissionError:
        raise UnreadableFile(f"cannot read '{path}': permission denied") from None
    except OSError as exc:
        raise UnreadableFile(f"cannot read '{path}': {exc.strerror or exc}") from None
    return decode_text(data, path)


def decode_text(data: bytes, path: str) -> str:
    """Decode a message file: UTF-8 (with or without BOM), UTF-16/32 with a BOM or without
    one (told by where the NUL bytes fall), or cp1252; refuse anything that is not text.

    A file that is UTF-8 but for a stray byte stays UTF-8 (the byte becomes U+FFFD), so
    an emoji or a disguised address in it is still seen; only files with no UTF-8 at all
    are read as Windows-1252. NUL bytes that are not UTF-16/32, or more than a trace of
    control characters, mean computer data: checking it would say "compliant" about
    something no buyer could read.
    """
    from composer.message.textdecode import bom_encoding, looks_binary, nul_pattern_encoding

    encoding = bom_encoding(data)
    if encoding is None and b"\x00" in data:
        encoding = nul_pattern_encoding(data)
        if encoding is None:
            raise UnreadableFile(f"cannot read '{path}': {NOT_TEXT}")
    if encoding == "utf-8-sig":
        text = data.decode(encoding, errors="replace")  # a stray byte as for UTF-8 below
    elif encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            label = encoding.upper().removesuffix("-SIG").replace("-LE", "").replace("-BE", "")
            raise UnreadableFile(f"cannot read '{path}': its {label} text is damaged") from None
    elif _UTF8_MULTIBYTE.search(data):
        text = data.decode("utf-8", errors="replace")
    else:
        text = data.decode("cp1252", errors="replace")
    if looks_binary(text):
        raise UnreadableFile(f"cannot read '{path}': {NOT_TEXT}")
    return text
