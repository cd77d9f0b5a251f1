"""Python offsets ↔ UTF-16 positions (pure core)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from composer.message.textpos import Utf16Index


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@given(st.text(max_size=60))
def test_round_trip_and_agreement_with_utf16(text: str) -> None:
    index = Utf16Index(text)
    for offset in range(len(text) + 1):
        position = index.to_utf16(offset)
        assert position == utf16_len(text[:offset])
        assert index.from_utf16(position) == offset


def test_position_inside_a_surrogate_pair_rounds_down() -> None:
    index = Utf16Index("a😀b")
    assert index.from_utf16(2) == 1
    assert index.to_utf16(3) == 4
