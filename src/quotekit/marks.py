"""Text inside quotation marks, in any style, found in one linear pass over the characters.

Rules, as news is written:

* **Paragraphs** end at line breaks. A paragraph that opens a double quote and does not close
  it, followed by a paragraph that *begins* with an opening mark, continues the quote: one
  :class:`Quoted` from the first opening mark to the final closing mark.
* **Double marks**: “ ” (and „ “), « » (and » « ), straight ", and doubled apostrophes
  ``''like this''`` (an old newspaper convention). Straight and misused marks are
  read by position: a mark after a space or at a paragraph start, before a non-space, opens;
  a mark after a non-space closes.
* **Single marks** ‘ ’, ' and ‹ › quote only as a pair inside one paragraph, opening after a
  space or an opening mark and closing before a space, punctuation or a closing mark; the
  apostrophe between letters (``Kim's``, ``didn’t``), before two digits (``’90s``) or after a
  plural (``students' views``) is never a quote mark. Single quotes inside double quotes have
  ``depth`` 1. Known limit: ``rock 'n' roll`` reads as a quoted ``n``.
* **Unbalanced marks** never raise: a stray closing mark is ignored, an unclosed quote ends at
  its paragraph's end when it holds at least :data:`MIN_UNCLOSED_WORD_CHARS` word characters
  (so ``5'10"`` or ``12" pizza`` yield nothing), and each paragraph starts afresh.

>>> text = 'He said "Kim\\'s \\'new way\\' is a threat," and left.'
>>> [(text[q.start:q.end], q.depth) for q in find_quoted(text)]
[("Kim's 'new way' is a threat,", 0), ('new way', 1)]
>>> [text[q.start:q.end] for text in ['“One,” she said. «Two» and „Three“.'] for q in find_quoted(text)]
['One,', 'Two', 'Three']
>>> q = find_quoted('“First part.\\n\\n“Second part,” he said.')[0]
>>> q.paragraphs, q.close is not None
(2, True)
"""

from __future__ import annotations

import re

import attrs

__all__ = ["MIN_UNCLOSED_WORD_CHARS", "Quoted", "find_quoted", "paragraph_bounds"]

#: Word characters an unclosed quote needs to count as a quote (stray marks yield nothing).
MIN_UNCLOSED_WORD_CHARS = 3

_DOUBLE_OPEN = frozenset("“„‟«")
_DOUBLE_CLOSE = frozenset("”»")
_DOUBLE_AMBIGUOUS = frozenset('"″')
_DOUBLE = _DOUBLE_OPEN | _DOUBLE_CLOSE | _DOUBLE_AMBIGUOUS
_SINGLE_OPEN = frozenset("‘‚‹")
_SINGLE_CLOSE = frozenset("’›")
_SINGLE = _SINGLE_OPEN | _SINGLE_CLOSE | frozenset("'")
_OPENING_CONTEXT = frozenset("([{—–-/") | _DOUBLE_OPEN | _SINGLE_OPEN | frozenset('"')
_PARAGRAPH = re.compile(r"[^\n]+")


@attrs.frozen
class Quoted:
    """A stretch of text in quotation marks: ``text[start:end]`` is its content."""

    start: int
    end: int
    open: int
    close: int | None
    style: str
    paragraphs: int = 1
    depth: int = 0


def paragraph_bounds(text: str) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` of each non-empty paragraph, surrounding white space stripped."""
    bounds = []
    for match in _PARAGRAPH.finditer(text):
        line = match.group()
        stripped = line.strip()
        if stripped:
            start = match.start() + (len(line) - len(line.lstrip()))
            bounds.append((start, start + len(stripped)))
    return tuple(bounds)


def _style(mark: str) -> str:
    return "guillemet" if mark in "«»‹›" else "double" if mark in _DOUBLE else "single"


def _word_chars(text: str, start: int, end: int) -> int:
    return sum(1 for ch in text[start:end] if ch.isalnum())


class _Scanner:
    """One pass over the paragraphs; quotes are appended to ``found``."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: list[Quoted] = []

    def run(self) -> tuple[Quoted, ...]:
        paragraphs = paragraph_bounds(self.text)
        carried: tuple[int, str, int] | None = None  # (open offset, style, paragraphs so far)
        for n, (start, end) in enumerate(paragraphs):
            carried = self._paragraph(start, end, carried)
            if carried is None:
                continue
            following = paragraphs[n + 1][0] if n + 1 < len(paragraphs) else None
            if following is not None and self._opens(following, paragraphs[n + 1][0]):
                carried = (carried[0], carried[1], carried[2] + 1)
                continue
            open_at, style, count = carried
            if _word_chars(self.text, open_at + 1, end) >= MIN_UNCLOSED_WORD_CHARS:
                self.found.append(Quoted(open_at + self._mark_width(open_at), end, open_at, None, style, count, 0))
            carried = None
        return tuple(sorted(self.found, key=lambda q: (q.start, q.depth)))

    def _mark_width(self, i: int) -> int:
        """Characters of the mark at ``i``: 2 for ``''``, else 1."""
        return 2 if self.text.startswith("''", i) else 1

    def _opens(self, i: int, paragraph_start: int) -> bool:
        if self.text.startswith("''", i):
            return True
        mark = self.text[i]
        return (mark in _DOUBLE_OPEN or mark in _DOUBLE_AMBIGUOUS) and self._can_open(i, paragraph_start)

    def _can_open(self, i: int, paragraph_start: int, width: int = 1) -> bool:
        text = self.text
        before_ok = i == paragraph_start or text[i - 1].isspace() or text[i - 1] in _OPENING_CONTEXT
        return before_ok and i + width < len(text) and not text[i + width].isspace()

    def _can_close(self, i: int, paragraph_start: int) -> bool:
        return i > paragraph_start and not self.text[i - 1].isspace()

    def _paragraph(self, start: int, end: int, carried: tuple[int, str, int] | None) -> tuple[int, str, int] | None:
        text = self.text
        double = carried  # (open offset, style, paragraphs)
        single: int | None = None
        i = start
        if carried is not None:
            i += self._mark_width(i)  # the mark that reopens the continued quote
        while i < end:
            ch = text[i]
            if ch == "'" and i + 1 < end and text[i + 1] == "'":
                ch = '"'  # ''doubled apostrophes'' stand for a straight double mark
                if double is not None and self._can_close(i, start):
                    open_at, style, count = double
                    if i > open_at + 2:
                        self.found.append(Quoted(open_at + self._mark_width(open_at), i, open_at, i, style, count, 0))
                    double, single = None, None
                elif double is None and self._can_open(i, start, width=2):
                    double, single = (i, "double", 1), None
                i += 2
                continue
            if ch in _DOUBLE:
                can_open, can_close = self._can_open(i, start), self._can_close(i, start)
                if double is None:
                    if can_open and (ch not in _DOUBLE_CLOSE or not can_close):
                        double, single = (i, _style(ch), 1), None
                elif can_close and not (ch in _DOUBLE_OPEN and can_open):
                    open_at, style, count = double
                    if i > open_at + 1:
                        self.found.append(Quoted(open_at + self._mark_width(open_at), i, open_at, i, style, count, 0))
                    double, single = None, None
                elif can_open and ch not in _DOUBLE_CLOSE:
                    double, single = (i, _style(ch), 1), None  # the earlier mark was stray
            elif ch in _SINGLE:
                single = self._single(i, start, end, single, double is not None)
            i += 1
        return double

    def _single(self, i: int, start: int, end: int, single: int | None, in_double: bool) -> int | None:
        text = self.text
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if before.isalnum() and after.isalnum():
            return single  # apostrophe: Kim's, didn't
        if single is not None and text[i] not in _SINGLE_OPEN and not before.isspace() and not after.isalnum():
            if i > single + 1:
                self.found.append(Quoted(single + 1, i, single, i, _style(text[single]), 1, 1 if in_double else 0))
            return None
        if text[i] in _SINGLE_CLOSE and text[i] != "›":
            return single
        digits = text[i + 1 : i + 3]
        if len(digits) == 2 and digits.isdigit():
            return single  # '90s
        if (before.isspace() or before in _OPENING_CONTEXT) and not after.isspace():
            return i
        return single


def find_quoted(text: str) -> tuple[Quoted, ...]:
    """Every quoted stretch of ``text``, sorted by start (outer quotes before nested ones)."""
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    return _Scanner(text).run()
