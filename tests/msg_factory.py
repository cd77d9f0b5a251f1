"""Make Outlook ``.msg`` files for tests: a small OLE compound-file (CFB v3) writer.

Outlook is not here to save real ones, and ``olefile`` only reads. The writer follows
[MS-CFB]: 512-byte sectors, a FAT, a directory of 128-byte entries, and streams under
4,096 bytes in the mini stream (as Outlook stores most properties). The MAPI layout of a
message is [MS-OXMSG]: ``__substg1.0_<id><type>`` streams, attachments in storages.
"""

from __future__ import annotations

import struct
from datetime import datetime, timezone
from itertools import pairwise

SECTOR, MINI, CUTOFF = 512, 64, 4096
FREE, END, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


class _Node:
    def __init__(self, name: str, data: bytes | None = None) -> None:
        self.name, self.data = name, data
        self.children: dict[str, _Node] = {}
        self.id = 0
        self.start, self.size = END, 0


def _tree(streams: dict[str, bytes]) -> _Node:
    root = _Node("Root Entry")
    for path, data in streams.items():
        node = root
        parts = path.split("/")
        for part in parts[:-1]:
            node = node.children.setdefault(part, _Node(part))
        node.children[parts[-1]] = _Node(parts[-1], data)
    return root


def _walk(node: _Node) -> list[_Node]:
    out = [node]
    for child in node.children.values():
        out += _walk(child)
    return out


def build_cfb(streams: dict[str, bytes]) -> bytes:
    """A compound file holding ``streams`` (``"folder/name": bytes``)."""
    root = _tree(streams)
    nodes = _walk(root)
    for number, node in enumerate(nodes):
        node.id = number
    mini_stream = bytearray()
    big: list[_Node] = []
    for node in nodes[1:]:
        if node.data is None:
            continue
        node.size = len(node.data)
        if node.size < CUTOFF:
            node.start = len(mini_stream) // MINI if node.size else END
            mini_stream += node.data + b"\0" * (-len(node.data) % MINI)
        else:
            big.append(node)
    mini_count = len(mini_stream) // MINI
    minifat = []
    for node in nodes[1:]:
        if node.data is not None and 0 < node.size < CUTOFF:
            count = -(-node.size // MINI)
            minifat += [node.start + i + 1 for i in range(count - 1)] + [END]
    assert len(minifat) == mini_count
    dir_sectors = -(-len(nodes) * 128 // SECTOR)
    minifat_sectors = -(-len(minifat) * 4 // SECTOR) if minifat else 0
    ministream_sectors = -(-len(mini_stream) // SECTOR)
    big_sectors = [-(-n.size // SECTOR) for n in big]
    rest = dir_sectors + minifat_sectors + ministream_sectors + sum(big_sectors)
    fat_sectors = 1
    while fat_sectors * (SECTOR // 4) < fat_sectors + rest:
        fat_sectors += 1
    fat: list[int] = [FATSECT] * fat_sectors
    at = fat_sectors

    def chain(count: int) -> int:
        nonlocal at
        if count == 0:
            return END
        first = at
        fat.extend([at + i + 1 for i in range(count - 1)] + [END])
        at += count
        return first

    first_dir = chain(dir_sectors)
    first_minifat = chain(minifat_sectors)
    root.start = chain(ministream_sectors)
    root.size = len(mini_stream)
    for node, count in zip(big, big_sectors, strict=True):
        node.start = chain(count)
    fat += [FREE] * (fat_sectors * (SECTOR // 4) - len(fat))
    directory = bytearray()
    for node in nodes:
        directory += _entry(node, root)
    directory += b"\0" * (dir_sectors * SECTOR - len(directory))
    for extra in range(len(nodes), dir_sectors * SECTOR // 128):  # unused entries
        directory[extra * 128 + 68: extra * 128 + 80] = struct.pack("<III", NOSTREAM, NOSTREAM,
                                                                    NOSTREAM)
    header = bytearray(SECTOR)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 40, 0, fat_sectors, first_dir, 0, CUTOFF,
                     first_minifat if minifat else END, minifat_sectors, END, 0)
    difat = list(range(fat_sectors)) + [FREE] * (109 - fat_sectors)
    struct.pack_into("<109I", header, 76, *difat)
    body = bytearray()
    body += struct.pack(f"<{len(fat)}I", *fat)
    body += directory
    if minifat:
        body += struct.pack(f"<{len(minifat)}I", *minifat)
        body += struct.pack("<I", FREE) * (minifat_sectors * SECTOR // 4 - len(minifat))
    body += mini_stream + b"\0" * (ministream_sectors * SECTOR - len(mini_stream))
    for node, count in zip(big, big_sectors, strict=True):
        assert node.data is not None
        body += node.data + b"\0" * (count * SECTOR - len(node.data))
    return bytes(header + body)


def _entry(node: _Node, root: _Node) -> bytes:
    name = node.name.encode("utf-16-le") + b"\0\0"
    assert len(name) <= 64
    kind = 5 if node is root else (2 if node.data is not None else 1)
    kids = list(node.children.values())
    child = kids[0].id if kids else NOSTREAM
    entry = bytearray(128)
    entry[0:len(name)] = name
    struct.pack_into("<HBB", entry, 64, len(name), kind, 1)
    struct.pack_into("<III", entry, 68, NOSTREAM, NOSTREAM, child)
    if kind in (2, 5):
        struct.pack_into("<IQ", entry, 116, node.start, node.size)
    return bytes(entry)


def build_cfb_linked(streams: dict[str, bytes]) -> bytes:
    """:func:`build_cfb` with each storage's children chained as right siblings (all black)."""
    data = bytearray(build_cfb(streams))
    root = _tree(streams)
    nodes = _walk(root)
    for number, node in enumerate(nodes):
        node.id = number
    first_dir = struct.unpack_from("<I", data, 48)[0]
    base = SECTOR + first_dir * SECTOR  # directory sectors are contiguous here
    for node in nodes:
        kids = list(node.children.values())
        for left, right in pairwise(kids):
            struct.pack_into("<I", data, base + left.id * 128 + 72, right.id)
    return bytes(data)


def _text(value: str) -> bytes:
    return value.encode("utf-16-le")


def msg_bytes(*, subject: str, sender_name: str, sender: str, body: str, html: str = "",
              headers: str = "", when: datetime | None = None, message_id: str = "",
              to: str = "", files: tuple[tuple[str, str, bytes], ...] = ()) -> bytes:
    """An Outlook .msg: properties as streams, optional transport headers and attachments."""
    streams: dict[str, bytes] = {
        "__substg1.0_0037001F": _text(subject),
        "__substg1.0_0C1A001F": _text(sender_name),
        "__substg1.0_5D01001F": _text(sender),
        "__substg1.0_1000001F": _text(body),
    }
    if html:
        streams["__substg1.0_10130102"] = html.encode("utf-8")
    if headers:
        streams["__substg1.0_007D001F"] = _text(headers)
    if message_id:
        streams["__substg1.0_1035001F"] = _text(message_id)
    if to:
        streams["__substg1.0_0076001F"] = _text(to)
    props = bytearray(32)
    if when is not None:
        ticks = int((when - datetime(1601, 1, 1, tzinfo=timezone.utc)).total_seconds()
                    * 10_000_000)
        props += struct.pack("<IIQ", (0x0039 << 16) | 0x0040, 6, ticks)
    streams["__properties_version1.0"] = bytes(props)
    for number, (name, kind, data) in enumerate(files):
        folder = f"__attach_version1.0_#{number:08X}"
        streams[f"{folder}/__substg1.0_3707001F"] = _text(name)
        streams[f"{folder}/__substg1.0_370E001F"] = _text(kind)
        streams[f"{folder}/__substg1.0_37010102"] = data
        streams[f"{folder}/__properties_version1.0"] = bytes(8)
    return build_cfb_linked(streams)
