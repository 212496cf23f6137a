"""Text inside quotation marks, in any style, found in one linear pass over the marks.

:func:`find_quoted` returns one :class:`Quoted` per quoted stretch; ``text[q.start:q.end]`` is
its content, exactly inside the marks (inner punctuation kept). The rules, as news is written:

* **Paragraphs** end at line breaks (``\\n``, one or more, blank lines or not); see
  :func:`paragraph_bounds`. Each paragraph starts afresh: a stray mark never flips the quote
  parity of the next one (except for the continuation rule below).
* **Double marks**: curly ``“`` opens and ``”`` closes; ``„`` and ``‟`` open, ``„`` closed by ``“``
  or ``”``; ``‘‘ ’’`` stand for ``“ ”``. The straight ``"`` (and ``″``, and doubled apostrophes
  ``''like this''``) is read by context: it *can open* at a paragraph start or after white
  space, an opening bracket, a dash, a colon or another opening mark, when a non-space follows;
  it *can close* after a non-space. Misused curly marks (``”…”``, ``“…“``) fall back on the
  toggle: a mark whose own direction is impossible closes the open quote, or opens one.
* **Nesting**: an opening mark inside an open quote nests (``depth`` + 1), of any kind:
  ``"He said "no" to me," she said`` gives both quotes. When the outer quote is never closed
  in its paragraph it ends where its first nested quote of the same kind opens (its closing
  mark was missing: ``“A, he said. “B,” she added.``), unless that nested quote closes the
  paragraph (the two shared a closing mark); a third opening mark of the same kind while two
  are open means the inner one was never closed: it ends there.
* **Guillemets**: ``«`` opens and ``»`` closes; ``» … «`` (German) when ``»`` comes first with
  no ``«`` open; ``‹ ›`` are the single guillemets. Inner spaces (``« oui »``) are tolerated
  and kept in the content.
* **Single marks** ``‘ ’ ‚ '`` quote only as a pair closed in the same paragraph (never across
  a double mark): the opening mark follows the start, a space or opening punctuation or an
  opening double mark and precedes a non-space; the closing one follows a non-space and
  precedes a space, punctuation, a closing mark or the end. ``’`` never opens. An apostrophe
  between letters or digits (``Kim's``, ``didn’t``, ``5'10"``), before two digits (``’90s``)
  or an elision (``'em``, ``'tis``) does not open, ``'n'`` (``rock 'n' roll``) is skipped,
  and ``students' views`` does not close a single quote when a later mark would.
* **Multi-paragraph quotes**: a paragraph that leaves a double or guillemet quote open,
  followed by a paragraph that *begins* with an opening mark of the same style and kind
  (straight for straight, curly for curly: a block of ``"``-paragraphs is not continued by a
  ``“`` paragraph), continues it: one :class:`Quoted` from the first opening mark to the final
  closing mark, whose content spans the paragraph breaks (re-opening marks included);
  ``paragraphs`` counts them. So does a single quote left open when it opens its paragraph or
  follows the paragraph's colon or comma (``said: 'We ...``, British style); one never
  continued is still no quote.
* **Unclosed quotes** end at their paragraph's end (right-stripped, ``close`` is ``None``) when
  the content holds at least :data:`MIN_UNCLOSED_WORD_CHARS` letters or digits, so
  ``5'10"``, ``12" pizza`` or a mark before punctuation yield nothing. A stray closing mark is
  ignored; empty content (``""``) yields nothing; nothing ever raises on a string.
* ``depth`` is 0 for an outermost quote, 1 inside another, and so on. Results are sorted by
  ``start``, so an outer quote comes before the quotes nested in it. Quotes never cross.

Time is linear in the length of the text: only the marks are visited, each in constant time.

>>> text = 'He said "Kim\\'s \\'new way\\' is a threat," and left.'
>>> [(text[q.start:q.end], q.style, q.depth) for q in find_quoted(text)]
[("Kim's 'new way' is a threat,", 'double', 0), ('new way', 'single', 1)]
>>> text = '“One,” she said. «Two», „Three“ and ‘four’ in rock ’n’ roll in the ’90s.'
>>> [text[q.start:q.end] for q in find_quoted(text)]
['One,', 'Two', 'Three', 'four']
>>> text = '"I think so," he continued. "Kim was right."'
>>> [text[q.start:q.end] for q in find_quoted(text)]
['I think so,', 'Kim was right.']
>>> text = '“A, he said. “B,” she added. "He said "no" to me," she said.'
>>> [(text[q.start:q.end], q.close is None, q.depth) for q in find_quoted(text)]
[('A, he said.', True, 0), ('B,', False, 0), ('He said "no" to me,', False, 0), ('no', False, 1)]
>>> text = '“First part.\\n\\n“Second part,” he said.'
>>> q = find_quoted(text)[0]
>>> text[q.start:q.end], q.paragraphs, q.close == q.end
('First part.\\n\\n“Second part,', 2, True)
>>> q = find_quoted('She said “this never closes.\\n\\nNext paragraph.')[0]
>>> q.close, q.end
(None, 28)
>>> find_quoted('He is 5\\'10" and ordered a 12" pizza.\\n\\nThe students\\' views.')
()
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import attrs

__all__ = ["MIN_UNCLOSED_WORD_CHARS", "Quoted", "find_quoted", "paragraph_bounds"]

#: Letters or digits an unclosed quote needs to count as a quote (stray marks yield nothing).
MIN_UNCLOSED_WORD_CHARS = 3

# every quotation mark; doubled apostrophes are one straight double mark
_MARK = re.compile("''|‘‘|’’|[\"″“”„‟«»‹›'‘’‚]")
_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"[^\W_]")
_WORDS = re.compile(r"[^\W_](?:[\W_]*[^\W_]){%d}" % (MIN_UNCLOSED_WORD_CHARS - 1))
# after a single mark: '90s, '05, 'em, 'tis, 'twas (an apostrophe, not an opening mark)
_NOT_OPENING = re.compile(r"\d\d(?!\d)|(?:em|tis|twas)(?![^\W_])", re.IGNORECASE)
_INCHES = re.compile(r"\d['’′]\d{1,2}\Z")  # 5'10" (feet and inches)

_OPENING_CONTEXT = frozenset("([{—–-/:¿¡\"'“„‟«‘‚‹")
_NO_CLOSE_AFTER = frozenset("([{“„‟«‘‚‹")

_DOUBLE, _GUILLEMET, _SINGLE, _SINGLE_GUILLEMET = "double", "guillemet", "single", "single guillemet"
_PAIR_ONLY = frozenset({_SINGLE, _SINGLE_GUILLEMET})
_STYLE = {_DOUBLE: "double", _GUILLEMET: "guillemet", _SINGLE_GUILLEMET: "guillemet", _SINGLE: "single"}
_FAMILY = {
    **dict.fromkeys(['"', "″", "''", "“", "”", "„", "‟", "‘‘", "’’"], _DOUBLE),
    **dict.fromkeys("«»", _GUILLEMET),
    **dict.fromkeys("‹›", _SINGLE_GUILLEMET),
    **dict.fromkeys("'‘’‚", _SINGLE),
}
_OPENS, _CLOSES, _CLOSES_ONLY, _STRAIGHT = "opens", "closes", "closes only", "straight"
_KIND = {
    **dict.fromkeys(["“", "„", "‟", "‘‘", "«", "‘", "‚", "‹"], _OPENS),
    **dict.fromkeys(["”", "’’", "»", "›"], _CLOSES),
    "’": _CLOSES_ONLY,
    **dict.fromkeys(['"', "″", "''", "'"], _STRAIGHT),
}
# the kind of quote a mark opens: quotes of one kind do not nest (a second opener drops the first)
_KIND_OPENED = {'"': '"', "″": '"', "''": '"', "‟": "“", "‘‘": "“", "’’": "”"}
_STRAIGHT_DOUBLES = frozenset(['"', "″", "''"])
# closing marks of each kind of quote: the proper ones, then the ones sloppy typing uses
_NATURAL = {
    '"': _STRAIGHT_DOUBLES,
    "“": frozenset(["”", "’’"]),
    "”": frozenset(["”", "’’"]),
    "„": frozenset(["“", "”", "‘‘", "’’"]),
    "«": frozenset("»"),
    "»": frozenset("«"),
    "'": frozenset("'"),
    "‘": frozenset("’"),
    "‚": frozenset("‘’"),
    "‹": frozenset("›"),
    "›": frozenset("‹"),
}
_TOLERATED = {
    '"': frozenset(["”", "“", "’’", "‘‘"]),
    "“": _STRAIGHT_DOUBLES | {"“", "‘‘"},
    "”": _STRAIGHT_DOUBLES | {"“", "‘‘"},
    "„": _STRAIGHT_DOUBLES,
    "«": frozenset("«"),
    "»": frozenset("»"),
    "'": frozenset("’"),
    "‘": frozenset("'‘"),
    "‚": frozenset("'"),
    "‹": frozenset("‹"),
    "›": frozenset("›"),
}


@attrs.frozen
class Quoted:
    """A stretch of text in quotation marks: ``text[start:end]`` is its content.

    ``open`` and ``close`` are the offsets of the marks (``close`` is ``None`` and ``end`` the
    end of the paragraph when the quote is never closed); ``style`` is ``"double"``,
    ``"single"`` or ``"guillemet"``; ``paragraphs`` counts the paragraphs the quote runs over
    and ``depth`` the quotes it is nested in.
    """

    start: int
    end: int
    open: int
    close: int | None
    style: str
    paragraphs: int = 1
    depth: int = 0


def paragraph_bounds(text: str) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` of each non-empty paragraph (line), surrounding white space stripped.

    >>> paragraph_bounds("  One.\\n\\n Two. \\nThree.")
    ((2, 6), (9, 13), (15, 21))
    """
    bounds = []
    for match in _LINE.finditer(text):
        line = match.group()
        stripped = line.strip()
        if stripped:
            start = match.start() + len(line) - len(line.lstrip())
            bounds.append((start, start + len(stripped)))
    return tuple(bounds)


def find_quoted(text: str) -> tuple[Quoted, ...]:
    """Every quoted stretch of ``text``, sorted by start (outer quotes before nested ones)."""
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    return _scanned(text)


@lru_cache(maxsize=8)
def _scanned(text: str) -> tuple[Quoted, ...]:
    """The scan, kept for the last few texts: the detector and the speaker stage both read one
    article's marks (the values are frozen)."""
    return _Scanner(text).run()


class _Open:
    """A quote opened and not yet closed."""

    __slots__ = ("at", "family", "first_child", "kind", "last_child_end", "paragraphs", "parent", "width")

    def __init__(self, at: int, width: int, kind: str, family: str, parent: _Open | None) -> None:
        self.at = at
        self.width = width
        self.kind = kind  # the kind of quote (key of _NATURAL)
        self.family = family
        self.paragraphs = 1
        self.parent = parent  # the open quote of the same kind this one is nested in
        self.first_child: int | None = None  # opening mark of the first quote of its kind inside
        self.last_child_end = -1  # where the last quote of its kind inside was closed


# (start, end, open, close, style, paragraphs, extent): extent is where the closing mark ends
_Found = tuple[int, int, int, "int | None", str, int, int]


class _Scanner:
    """One pass over the paragraphs and their marks; quotes are collected in ``found``."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: list[_Found] = []

    def run(self) -> tuple[Quoted, ...]:
        paragraphs = paragraph_bounds(self.text)
        carried: _Open | None = None
        reopening = 0
        for n, (start, end) in enumerate(paragraphs):
            stack = self._paragraph(start, end, carried, reopening)
            carried, reopening = None, 0
            outer = self._settle(stack, start, end)
            if outer is None:
                continue
            if n + 1 < len(paragraphs):
                reopening = self._reopening_width(outer, *paragraphs[n + 1])
            if reopening:
                outer.paragraphs += 1
                carried = outer
            elif outer.family not in _PAIR_ONLY:  # a single mark quotes only as a closed pair
                self._unclosed(outer, end)
        return self._quoted()

    def _quoted(self) -> tuple[Quoted, ...]:
        """The found quotes in order, with their depth (quotes never cross, they nest)."""
        self.found.sort(key=lambda found: found[0])
        extents: list[tuple[int, int]] = []  # (extent, index) of the quotes around the next one
        quoted: list[Quoted | None] = []
        for start, end, open_at, close, style, paragraphs, extent in self.found:
            while extents and extents[-1][0] <= open_at:
                extents.pop()
            while extents and extent > extents[-1][0]:  # “A … «B “C» with A never closed:
                n = extents.pop()[1]  # A ends where B opens
                outer = quoted[n]
                assert outer is not None
                cut = self._before(open_at, outer.start)
                quoted[n] = attrs.evolve(outer, end=cut) if cut > outer.start else None
            quoted.append(Quoted(start, end, open_at, close, style, paragraphs, len(extents)))
            extents.append((extent, len(quoted) - 1))
        return tuple(q for q in quoted if q is not None)

    def _settle(self, stack: list[_Open], start: int, end: int) -> _Open | None:
        """Settle the quotes the paragraph ``start:end`` leaves open; return the one that may
        run on into the next paragraph (or end with this one): a double or guillemet quote, or
        a single one that opens the paragraph, a sentence or follows its colon or comma
        (``said: 'We ...``, ``..., she said. 'We ...``), as British news sets a quote of
        several paragraphs (the next paragraph must open with a single mark)."""
        quotes = [quote for quote in stack if quote.family not in _PAIR_ONLY]
        if not quotes:
            single = stack[0] if len(stack) == 1 and stack[0].family == _SINGLE else None
            lead = self.text[start : single.at].rstrip() if single is not None else ""
            return single if lead == "" or lead.endswith((":", ",", ".", "?", "!")) else None
        outer = quotes[0]
        child = next((quote for quote in quotes if quote.parent is outer), None)
        if child is not None:  # “A … “B …: the first quote was never closed, the second is open
            self._unclosed(outer, self._before(child.at, outer.at))
            return child
        if outer.first_child is None:
            return outer
        # “A … “B” … with A never closed: A took in B when B's mark ends the paragraph, else
        # A's closing mark is missing and A ends where B opens
        if outer.last_child_end >= 0 and _WORD.search(self.text, outer.last_child_end, end) is None:
            self._unclosed(outer, end)
        else:
            self._unclosed(outer, self._before(outer.first_child, outer.at))
        return None

    def _before(self, i: int, limit: int) -> int:
        """``i`` moved back over white space, not before ``limit``."""
        while i > limit and self.text[i - 1].isspace():
            i -= 1
        return i

    def _reopening_width(self, quote: _Open, start: int, end: int) -> int:
        """Width of the opening mark that begins the paragraph ``start:end`` and continues
        ``quote``, else 0."""
        match = _MARK.match(self.text, start, end)
        if match is None or _FAMILY[match.group()] != quote.family or _KIND[match.group()] == _CLOSES_ONLY:
            return 0
        if quote.family in (_DOUBLE, _SINGLE) and _KIND_OPENED.get(match.group(), match.group()) != quote.kind:
            return 0  # a block of "-paragraphs quoting “…” is not one quote
        after = match.end()
        return match.end() - start if after < end and not self.text[after].isspace() else 0

    def _paragraph(self, start: int, end: int, carried: _Open | None, reopening: int) -> list[_Open]:
        """Scan one paragraph; return the quotes it leaves open (outermost first)."""
        text = self.text
        stack = [carried] if carried is not None else []
        skip_to = start + reopening
        for match in _MARK.finditer(text, skip_to, end):
            i = match.start()
            if i < skip_to:
                continue
            mark = match.group()
            family = _FAMILY[mark]
            if family == _SINGLE:
                flags = self._single_flags(i, start, end)
                if flags is None:
                    continue
                if flags == "n":
                    skip_to = i + 3  # rock 'n' roll
                    continue
                can_open, can_close, loose = flags
            else:
                if mark in "\"″" and self._inches(i, start):
                    continue
                can_open, can_close, loose = self._double_flags(i, len(mark), start, end)
            self._mark(stack, i, mark, family, can_open, can_close, loose, end)
        return stack

    def _double_flags(self, i: int, width: int, start: int, end: int) -> tuple[bool, bool, bool]:
        """Whether the mark at ``i`` can open, can close, or stands between spaces."""
        text = self.text
        before, after = self._before_char(i, start), self._after_char(i + width, end)
        can_open = bool(after) and (not before or (  # a paragraph's first mark opens: '” … if ...'
            (before.isspace() or before in _OPENING_CONTEXT or before == ",") and not after.isspace()))  # 'said,“Look
        can_close = bool(before) and not before.isspace() and before not in _NO_CLOSE_AFTER
        loose = not can_open and not can_close and after.isspace()
        return can_open, can_close, loose

    def _before_char(self, i: int, start: int) -> str:
        """The character before ``i`` in its paragraph, past invisible format characters
        (a left-to-right mark or a zero-width space before a quotation mark); "" at its start."""
        while i > start and unicodedata.category(self.text[i - 1]) == "Cf":
            i -= 1
        return self.text[i - 1] if i > start else ""

    def _after_char(self, i: int, end: int) -> str:
        """The character at ``i`` or after it, past invisible format characters; "" at the end."""
        while i < end and unicodedata.category(self.text[i]) == "Cf":
            i += 1
        return self.text[i] if i < end else ""

    def _single_flags(self, i: int, start: int, end: int) -> tuple[bool, bool, bool] | str | None:
        """Flags of a single mark as in :meth:`_double_flags`; ``None`` for an apostrophe and
        ``"n"`` for the ``'n'`` of ``rock 'n' roll``."""
        text = self.text
        before, after = self._before_char(i, start), self._after_char(i + 1, end)
        if before.isalnum() and after.isalnum():
            return None  # Kim's, didn't, 5'10"
        if (
            after in "nN"
            and not before.isalnum()
            and text[i] != "‚"
            and i + 2 < end
            and text[i + 2] in "'’"
            and (i + 3 >= end or not text[i + 3].isalnum())
        ):
            return "n"
        can_open = (
            (not before or before.isspace() or before in _OPENING_CONTEXT)
            and bool(after)
            and not after.isspace()
            and _NOT_OPENING.match(text, i + 1, end) is None
        )
        can_close = bool(before) and not before.isspace() and before not in _NO_CLOSE_AFTER and not after.isalnum()
        return can_open, can_close, False

    def _inches(self, i: int, start: int) -> bool:
        """A double prime or a straight mark that measures inches (``5'10"``, ``12″``)."""
        text = self.text
        if i == start or not text[i - 1].isdigit():
            return False
        return text[i] == "″" or _INCHES.search(text, max(start, i - 4), i) is not None

    def _mark(
        self, stack: list[_Open], i: int, mark: str, family: str, can_open: bool, can_close: bool, loose: bool, end: int
    ) -> None:
        """Open or close a quote at the mark ``i``, or ignore the mark."""
        kind = _KIND[mark]
        at, natural = self._acceptor(stack, mark, family)
        if at is not None and family == _SINGLE and self._possessive(i, end):
            at = None  # the students' views ... 'closing': a later mark closes
        if kind == _OPENS:
            if can_close and natural:
                self._close(stack, at, i, len(mark))  # „…“, »…«
            elif can_open or loose:
                self._open(stack, i, mark, family)
            elif can_close and at is not None:
                self._close(stack, at, i, len(mark))  # “…“
        elif kind == _CLOSES:
            if at is not None:
                self._close(stack, at, i, len(mark))  # also ”…” and « oui »
            elif can_open and not can_close:
                self._open(stack, i, mark, family)  # ”…” or »…«
        elif kind == _CLOSES_ONLY:
            if can_close and at is not None:
                self._close(stack, at, i, len(mark))
        elif can_close and at is not None:
            self._close(stack, at, i, len(mark))
        elif can_open:
            self._open(stack, i, mark, family)
        elif loose and at is not None:
            self._close(stack, at, i, len(mark))  # "yes " he said

    @staticmethod
    def _acceptor(stack: list[_Open], mark: str, family: str) -> tuple[int | None, bool]:
        """Index of the open quote ``mark`` would close, and whether it is its proper closer.

        Single marks close only the innermost quote (they never cross a double mark); double
        marks close the innermost quote they properly close, else the innermost they may close.
        """
        if family in _PAIR_ONLY:
            if stack and stack[-1].family == family:
                quote = stack[-1]
                if mark in _NATURAL[quote.kind]:
                    return len(stack) - 1, True
                if mark in _TOLERATED[quote.kind]:
                    return len(stack) - 1, False
            return None, False
        tolerated = None
        for at in range(len(stack) - 1, -1, -1):
            quote = stack[at]
            if quote.family != family:
                continue
            if mark in _NATURAL[quote.kind]:
                return at, True
            if tolerated is None and mark in _TOLERATED[quote.kind]:
                tolerated = at
        return tolerated, False

    def _possessive(self, i: int, end: int) -> bool:
        """``students' views``: a closing-looking mark after ``s`` and before a space, when the
        next single mark of the paragraph can only close (it would close the quote instead)."""
        text = self.text
        if text[i] not in "'’" or text[i - 1] not in "sS" or i + 1 >= end or not text[i + 1].isspace():
            return False
        position = i + 1
        while (match := _MARK.search(text, position, end)) is not None:
            j = match.start()
            if match.group() not in ("'", "‘", "’"):
                return False
            flags = self._single_flags(j, i, end)  # only the mark's neighbours matter
            if flags is None:
                position = j + 1
            elif flags == "n":
                position = j + 3
            else:
                return flags[1] and not flags[0]
        return False

    def _open(self, stack: list[_Open], i: int, mark: str, family: str) -> None:
        """Open a quote at ``i``. Inside an open quote of the same kind it nests, as a child;
        a second open child was never closed: it ends here and the new quote takes its place."""
        kind = _KIND_OPENED.get(mark, mark)
        parent = None
        for at in range(len(stack) - 1, -1, -1):  # the innermost open quote of this kind
            quote = stack[at]
            if quote.kind != kind:
                continue
            if quote.parent is not None:  # an open child already
                if family not in _PAIR_ONLY:
                    self._unclosed(quote, self._before(i, quote.at))
                del stack[at:]
                parent = quote.parent
            else:
                parent = quote
                if parent.first_child is None:
                    parent.first_child = i
            break
        stack.append(_Open(i, len(mark), kind, family, parent))

    def _close(self, stack: list[_Open], at: int | None, i: int, width: int) -> None:
        assert at is not None
        quote = stack[at]
        del stack[at:]
        if quote.parent is not None:
            quote.parent.last_child_end = i + width
        start = quote.at + quote.width
        if i > start:
            self.found.append((start, i, quote.at, i, _STYLE[quote.family], quote.paragraphs, i + width))

    def _unclosed(self, quote: _Open, end: int) -> None:
        """Record ``quote`` as never closed, ending at ``end``, when it holds enough words."""
        start = quote.at + quote.width
        if _WORDS.search(self.text, start, end) is not None:
            self.found.append((start, end, quote.at, None, _STYLE[quote.family], quote.paragraphs, end))
