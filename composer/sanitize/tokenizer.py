"""bleach's tokenizer and parser, made to report what they strip and to stay linear.

The pieces of :mod:`composer.sanitize.clean` that subclass bleach internals (bleach
6.x): a tag stripped by the tokenizer is counted for the seller; runs of text are
joined so a megabyte of ``&amp;`` is not added to the tree a character at a time;
nesting deeper than :data:`MAX_OPEN_ELEMENTS` is flattened. The differential test
(``tests/test_sanitize_differential.py``) checks the output against stock bleach.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from bleach import html5lib_shim
from bleach._vendor.html5lib._utils import default_etree
from bleach._vendor.html5lib.constants import tokenTypes, voidElements

if TYPE_CHECKING:
    from composer.sanitize.clean import _Tally

#: Removed together with everything inside them (a safety matter, not a policy one).
DROP_WITH_CONTENT = frozenset(
    [
        "script",
        "style",
        "template",
        "noscript",
        "iframe",
        "object",
        "embed",
        "applet",
        "head",
        "title",
        "noembed",
        "noframes",
        "frameset",
        "frame",
        "svg",
        "math",
        "audio",
        "video",
        "canvas",
    ]
)


_COMMENT_TAG = default_etree.Comment
_OPENING_TAG = frozenset({tokenTypes["StartTag"], tokenTypes["EmptyTag"]})
_START_TAG, _END_TAG = tokenTypes["StartTag"], tokenTypes["EndTag"]
_CHARACTERS, _PARSE_ERROR = tokenTypes["Characters"], tokenTypes["ParseError"]
_SPACE_CHARACTERS, _COMMENT = tokenTypes["SpaceCharacters"], tokenTypes["Comment"]
_TEXT_TOKENS = frozenset({_CHARACTERS, _SPACE_CHARACTERS})

#: Elements open at once, at most. html5lib looks through every open element for many
#: tags, so nesting cost the square of its depth (4,000 nested lists: 86 s). A tag that
#: would open deeper is left out and its words kept, as browsers flatten (Blink at 512).
MAX_OPEN_ELEMENTS = 64
FLATTENED = f"formatting nested more than {MAX_OPEN_ELEMENTS} levels deep"
#: Where a left-out tag stood, a line break keeps words apart (a space to the buyer).
_BREAKING_TAGS = html5lib_shim.HTML_TAGS_BLOCK_LEVEL | {"br", "tr", "td", "th", "caption"}


class _StreamMemory(html5lib_shim.InputStreamWithMemory):
    """bleach's stream wrapper that remembers the text since the last ``<``, cheaper.

    It keeps that text as a list of pieces instead of one list item per character
    (bleach's ``charsUntil`` turns every run of text into a character list), and
    reads a character without a second method call when the current chunk has one.
    ``get_tag`` returns the same string: no empty piece is ever stored, and ``unget``
    takes off one character exactly as bleach's does (even for EOF, as bleach does).
    """

    errors: Any = None  # a plain attribute, not bleach's property: it is read per character

    def __init__(self, inner_stream: Any) -> None:
        super().__init__(inner_stream)
        self.errors = inner_stream.errors

        def reset() -> None:  # the inner stream's reset makes a new error list
            inner_stream.reset()
            self.errors = inner_stream.errors

        self.reset = reset

    def char(self) -> str | None:
        inner = self._inner_stream
        offset = inner.chunkOffset
        if offset < inner.chunkSize:  # the fast branch of HTMLUnicodeInputStream.char
            character = inner.chunk[offset]
            inner.chunkOffset = offset + 1
        else:
            character = inner.char()
        if character:
            self._buffer.append(character)
        return character

    def charsUntil(self, characters: Any, opposite: bool = False) -> str:
        chars = self._inner_stream.charsUntil(characters, opposite=opposite)
        if chars:
            self._buffer.append(chars)
        return chars

    def unget(self, char: str | None) -> None:
        buffer = self._buffer
        if buffer:
            last = buffer[-1]
            if len(last) > 1:
                buffer[-1] = last[:-1]
            else:
                buffer.pop()
        self._inner_stream.unget(char)


class _Attributes(list):  # type: ignore[type-arg]
    """A tag's attribute list on which html5lib's duplicate-name check costs nothing.

    That check reads ``attributes[:-1]`` for each new attribute, so ``<a <a <a …`` (one
    tag with 300,000 attributes) was quadratic. Here that slice holds at most the first
    earlier attribute with the new one's name: the check finds what it found before.
    Earlier names no longer change (html5lib only edits the last attribute).
    """

    def __init__(self, items: list[list[str]]) -> None:
        super().__init__(items)
        self._first: dict[str, list[str]] = {}
        self._indexed = 0

    def __getitem__(self, key: Any) -> Any:
        if key == slice(None, -1, None):
            last = len(self) - 1
            while self._indexed < last:
                item = list.__getitem__(self, self._indexed)
                self._first.setdefault(item[0], item)
                self._indexed += 1
            found = self._first.get(list.__getitem__(self, -1)[0]) if last >= 0 else None
            return [found] if found is not None else []
        return super().__getitem__(key)


_FEW_ATTRIBUTES = 16


class _Pieces:
    """A comment's text while html5lib reads it: ``+=`` keeps pieces, joined at the end.

    html5lib adds to a comment with ``+=`` on a string, piece by piece: a megabyte of
    ``<!--`` (one comment, never closed) copied its growing text 250,000 times.
    """

    __slots__ = ("parts",)

    def __init__(self, first: str) -> None:
        self.parts = [first]

    def __iadd__(self, more: str) -> _Pieces:
        self.parts.append(more)
        return self

    def __str__(self) -> str:
        return "".join(self.parts)


class _ReportingTokenizer(html5lib_shim.BleachHTMLTokenizer):
    """bleach's tokenizer, noting each tag it strips (they never reach the tree)."""

    def __init__(self, tally: _Tally, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.stream = _StreamMemory(self.stream._inner_stream)
        self.tally = tally
        self.flattened: dict[str, int] = {}  # tags left out for depth, by name, still open

    def emitCurrentToken(self) -> None:
        token = self.currentToken
        kind = token["type"]
        if kind in _OPENING_TAG:
            name = token["name"].lower()
            if name not in self.parser.tags:
                if not self.tally.seen("tag", name):
                    self.tally.add("tag", name, self.stream.get_tag())
            elif kind == _START_TAG and self._too_deep(name):
                self.flattened[name] = self.flattened.get(name, 0) + 1
                self.tally.add("format", FLATTENED, f"<{name}>")
                self._emit_instead(name)
                return
        elif kind == _END_TAG and self.flattened:
            name = token["name"].lower()
            if self.flattened.get(name):
                self.flattened[name] -= 1
                self._emit_instead(name)
                return
        super().emitCurrentToken()

    def __iter__(self) -> Iterator[dict[str, Any]]:
        """bleach's tokens, with runs of text tokens joined into one.

        html5lib's tree adds each text token to the element's text with ``+=``: a
        megabyte of ``&amp;`` or of ``< `` came as hundreds of thousands of tokens and
        took a minute (quadratic). A joined token builds what its pieces would have:

        - text tokens always join, and in the body (where text and white space are
          added alike) white space joins them too; elsewhere (tables, ``<pre>``'s first
          line break) white space keeps its own tokens;
        - a NUL character stays a token of its own (the tree drops it);
        - parse errors are left out (the parser only notes them, and nothing reads the
          notes); no other token is held back.
        """
        pieces: list[str] = []
        spaces_only = mixed = False
        for token in super().__iter__():
            kind = token["type"]
            if kind == _PARSE_ERROR:
                continue  # the parser would only note it, and nothing reads the notes
            if kind == _COMMENT and not isinstance(token["data"], str):
                token["data"] = str(token["data"])
            text = kind in _TEXT_TOKENS and "\x00" not in token["data"]
            if text and pieces and (mixed or (kind == _CHARACTERS and not spaces_only)):
                pieces.append(token["data"])
                spaces_only = spaces_only and kind != _CHARACTERS
                continue
            if pieces:
                yield {"type": _SPACE_CHARACTERS if spaces_only else _CHARACTERS,
                       "data": "".join(pieces)}
                pieces = []
            if text:  # the parser has taken everything before: its state is current
                pieces.append(token["data"])
                spaces_only = kind != _CHARACTERS
                mixed = self._in_body()
            else:
                yield token
        if pieces:
            yield {"type": _SPACE_CHARACTERS if spaces_only else _CHARACTERS,
                   "data": "".join(pieces)}

    def _in_body(self) -> bool:
        """Would the parser add text and white space alike to an HTML element now?"""
        parser = self.parser
        phase = parser.phase
        if phase is not parser.phases["inBody"] or \
                phase.processSpaceCharacters != phase.processSpaceCharactersNonPre:
            return False
        open_elements = parser.tree.openElements
        return bool(open_elements) and \
            open_elements[-1].namespace == parser.tree.defaultNamespace

    def markupDeclarationOpenState(self) -> bool:
        going_on = super().markupDeclarationOpenState()
        if self.state == self.commentStartState:  # a comment has just begun
            self.currentToken["data"] = _Pieces(self.currentToken["data"])  # str in __iter__
        return going_on

    def attributeNameState(self) -> bool:
        token = self.currentToken
        if len(token["data"]) > _FEW_ATTRIBUTES and not isinstance(token["data"], _Attributes):
            token["data"] = _Attributes(token["data"])
        return super().attributeNameState()

    def tagOpenState(self) -> bool:
        """After a ``<``, a run of further ``<`` is text: read it at once.

        Token for token what reading them one at a time gives (each such ``<`` is text),
        without the parse errors, which only the parser notes.
        """
        run = self.stream.charsUntil("<", True)
        if run:
            self.tokenQueue.append({"type": _CHARACTERS, "data": "<" * len(run)})
        return super().tagOpenState()

    def _too_deep(self, name: str) -> bool:
        """Would this start tag open an element past :data:`MAX_OPEN_ELEMENTS`?

        Elements dropped with their content always open, so what they hold stays hidden.
        """
        return (len(self.parser.tree.openElements) >= MAX_OPEN_ELEMENTS
                and name not in voidElements and name not in DROP_WITH_CONTENT)

    def _emit_instead(self, name: str) -> None:
        """Emit text in place of a tag left out for depth, as bleach does for a stripped tag."""
        text = {"type": _CHARACTERS, "data": "\n" if name in _BREAKING_TAGS else ""}
        self.currentToken = self.emitted_last_token = text
        self.tokenQueue.append(text)
        self.state = self.dataState


class _ReportingParser(html5lib_shim.BleachHTMLParser):
    """bleach's parser with :class:`_ReportingTokenizer` swapped in; nothing else differs."""

    tally: _Tally

    def _parse(
        self,
        stream: Any,
        innerHTML: bool = False,
        container: str = "div",
        scripting: bool = True,
        **kwargs: Any,
    ) -> None:
        # Mirrors BleachHTMLParser._parse (bleach 6.x), only the tokenizer class differs.
        self.innerHTMLMode = innerHTML
        self.container = container
        self.scripting = scripting
        self.tokenizer = _ReportingTokenizer(
            self.tally, stream=stream, consume_entities=self.consume_entities, parser=self,
            **kwargs,
        )
        self.reset()
        try:
            self.mainLoop()
        except html5lib_shim.ReparseException:
            self.reset()
            self.mainLoop()
