"""Hypothesis strategies that write news-like articles whose quotes are known in advance.

Use them in your own property-based tests (``pip install quotekit[test]`` for hypothesis)::

    from hypothesis import given, settings
    import quotekit
    from quotekit.strategies import generated_articles

    analyzer = quotekit.load()

    @settings(deadline=None)
    @given(generated_articles(max_quotes=4, styles=("curly",)))
    def test_every_source_is_found(article):
        found = analyzer(article.text).quotes
        for expected in article.quotes:
            best = max(found, key=lambda q: overlap(q, expected))
            assert best.attribution == expected.attribution

Every article is a sequence of paragraphs; each :class:`ExpectedQuote` records the words
quoted (``article.text[q.start:q.end] == q.content``), the kind, the source's canonical name
(``None`` for an anonymous source), the attribution type and the relaying organisations.

>>> block = Paragraphs((Slot("{o}The bridge will reopen,{c}", "direct", "Ada Moss", "named"), " said Ada Moss."))
>>> block.render("curly")
('“The bridge will reopen,” said Ada Moss.', (ExpectedQuote(content='The bridge will reopen', start=1, end=23, kind='direct', speaker='Ada Moss', attribution='named', via=()),))

**Scope.** The generator is deliberately narrow: it writes the constructions quotekit's
rules are meant to handle, one attribution per paragraph, in simple sentences that
``en_core_web_sm`` parses reliably. Names are invented from syllables and word lists (no real
person or article is used). The templates are:

* :func:`named_quotes` - a person introduced with a description
  (``Marta Velino, a researcher at the Harbor Institute, said the bridge will reopen in May.``)
  or by a direct quote with an inverted cue (``"The bridge will reopen in May," said Marta
  Velino.``), then up to three follow-ups by the same person: a direct quote with the short
  name (``"...," Velino said.``), a pronoun right after a sentence whose subject is that person
  (``She added that ...``), a mixed quote (``Velino said the plan was "a careful step" and
  would help the farmers.``) and a direct quote running over two paragraphs (the first
  paragraph left open, the second reopening and closing it, then ``Velino said.``);
* :func:`agency_quotes` - ``..., the Harbor Times reported.`` and ``The Metro News Agency
  said that ...``;
* :func:`anonymous_quotes` - ``..., unidentified officials said.`` (also *unnamed*, *two*,
  *three*) and ``..., a source familiar with the matter said.``;
* :func:`relayed_quotes` - ``..., the Harbor Times reported, citing unidentified
  officials.`` (anonymous, via the Harbor Times) and ``..., the Harbor Times quoted three
  sources as saying.``.

Quotation marks come in three styles: ``"straight"`` ("..."), ``"curly"`` (“...”) and
``"guillemet"`` («...»), one style per article. Not generated: nested quotes, several
sources in one sentence, organisations speaking for themselves (*the ministry said*),
titles, long or complex sentences, non-news prose. Quotes are detected and attributed
correctly on all of these templates by the tests in ``tests/test_properties.py``; a template
that fails there is removed from the defaults and recorded as a regression test instead.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

__all__ = [
    "STYLES",
    "ExpectedQuote",
    "GeneratedArticle",
    "Paragraphs",
    "Slot",
    "agency_quotes",
    "anonymous_quotes",
    "canonical_organisation",
    "clauses",
    "generated_articles",
    "named_quotes",
    "organisations",
    "person_names",
    "plain_paragraphs",
    "relayed_quotes",
    "sentences",
]

#: Opening and closing marks of each quotation style.
STYLES: dict[str, tuple[str, str]] = {
    "straight": ('"', '"'),
    "curly": ("\u201c", "\u201d"),
    "guillemet": ("\u00ab", "\u00bb"),
}

# --------------------------------------------------------------------------- word lists
_GIVEN_START = ("Ma", "Te", "Lo", "Ri", "Sa", "No", "Ka", "Da", "Ve", "Mi", "Ela", "Ari", "Ote", "Bru", "Ina")
_GIVEN_END = ("rta", "mas", "vin", "lia", "ren", "dor", "rik", "sia", "lio", "nora", "bel")
_FAMILY_START = ("Bre", "Ka", "Ve", "Os", "Dar", "Mol", "Tren", "Sal", "Lind", "Hav", "Cor", "Pell", "Ros", "Tam", "Wen", "Zor")
_FAMILY_END = ("kov", "lino", "strand", "der", "ley", "ford", "mann", "ati", "enko", "eira", "sson", "berg", "ello", "wick")

_PLACES = (
    "Harbor", "Metro", "Northfield", "Riverside", "Lakeview", "Granite", "Summit", "Westbrook",
    "Eastgate", "Redhill", "Stonebridge", "Maple", "Coastal", "Valley", "Ironwood", "Bayside",
)  # fmt: skip
_NEWS_NAME_WORDS = ("Times", "News", "Herald", "Gazette", "Tribune", "Post", "Chronicle", "Journal")
_PAPER_WORDS = ("Ledger", "Courier", "Record", "Observer", "Sentinel")
_INSTITUTION_WORDS = ("Institute", "Foundation", "Research Center")
_ROLES = ("researcher", "lawyer", "economist", "engineer", "teacher", "planner", "historian", "doctor")

_SUBJECTS = (
    "the bridge", "the market", "the school", "the harbor", "the new road", "the factory",
    "the museum", "the library", "the old mill", "the train line", "the hospital", "the park",
)  # fmt: skip
_INTRANSITIVE = ("reopen", "close", "grow", "recover", "open", "improve")
_TRANSITIVE = ("need", "hire", "lose", "get", "build", "cut")
_OBJECTS = ("more money", "new workers", "a second floor", "better lights", "a larger budget", "fresh paint")
_TIMES = ("in May", "next week", "by the end of the year", "after the storm", "in the spring", "this summer")
_PLAN_NOUNS = ("plan", "budget", "proposal", "project", "decision")
_PHRASES = ("a careful step", "a fair deal", "long overdue", "a good start", "the right choice")
_VERB_PHRASES = ("help the farmers", "save money", "take two years", "create new jobs", "cut waiting times")
_ANON_DETERMINERS = ("unidentified", "unnamed", "two", "three")


@attrs.frozen
class ExpectedQuote:
    """A quote the generator wrote: its words, offsets and the source it was given.

    ``content`` is ``text[start:end]`` of the article: the quoted words without the
    quotation marks and closing comma of a direct quote (a mixed quote keeps its inner marks,
    a quote running over paragraphs keeps the paragraph break and reopening mark).
    ``speaker`` is the canonical name expected in ``Speaker.name`` (``None`` when the source is
    anonymous); ``via`` the canonical names of the relaying organisations, outermost first.
    """

    content: str
    start: int
    end: int
    kind: str
    speaker: str | None
    attribution: str
    via: tuple[str, ...] = ()

    def shifted(self, offset: int) -> ExpectedQuote:
        """The same quote ``offset`` characters further on."""
        return attrs.evolve(self, start=self.start + offset, end=self.end + offset)


@attrs.frozen
class GeneratedArticle:
    """An article text and the quotes written into it, in text order."""

    text: str
    quotes: tuple[ExpectedQuote, ...]


@attrs.frozen
class Slot:
    """A quote inside a paragraph template: its text (``{o}``/``{c}`` stand for the marks).

    The expected content is the slot's text without leading and trailing quotation marks
    and punctuation (``{o}It rained,{c}`` -> ``It rained``).
    """

    text: str
    kind: str
    speaker: str | None
    attribution: str
    via: tuple[str, ...] = ()


_TRIM = " ,.:;"


@attrs.frozen
class Paragraphs:
    """A paragraph builder: one or more paragraphs (``\\n\\n`` apart) with quote slots.

    ``pieces`` are plain strings and :class:`Slot` values; ``{o}`` and ``{c}`` anywhere stand
    for the opening and closing mark of the style chosen at :meth:`render` time. ``people``
    holds the family names used, so an article can keep its people apart.
    """

    pieces: tuple[str | Slot, ...]
    people: tuple[str, ...] = ()

    @property
    def quote_count(self) -> int:
        return sum(isinstance(p, Slot) for p in self.pieces)

    def render(self, style: str = "curly") -> tuple[str, tuple[ExpectedQuote, ...]]:
        """The text in quotation style ``style`` and its quotes (offsets from the text's start)."""
        opening, closing = STYLES[style]

        def marks(text: str) -> str:
            return text.replace("{o}", opening).replace("{c}", closing)

        parts: list[str] = []
        quotes: list[ExpectedQuote] = []
        offset = 0
        for piece in self.pieces:
            if isinstance(piece, Slot):
                written = marks(piece.text)
                lead = len(written) - len(written.lstrip(_TRIM + opening))
                content = written.strip(_TRIM + opening + closing)
                start = offset + lead
                quotes.append(
                    ExpectedQuote(content, start, start + len(content), piece.kind, piece.speaker, piece.attribution, piece.via)
                )
            else:
                written = marks(piece)
            parts.append(written)
            offset += len(written)
        return "".join(parts), tuple(quotes)


# --------------------------------------------------------------------------- words
def person_names() -> SearchStrategy[tuple[str, str]]:
    """Invented ``(given, family)`` names built from syllables (``("Marta", "Velino")``)."""
    given = st.builds(lambda a, b: a + b, st.sampled_from(_GIVEN_START), st.sampled_from(_GIVEN_END))
    family = st.builds(lambda a, b: a + b, st.sampled_from(_FAMILY_START), st.sampled_from(_FAMILY_END))
    return st.tuples(given, family)


def organisations() -> SearchStrategy[str]:
    """Invented news organisations whose words tell they are news organisations.

    ``Harbor Times``, ``Metro News Agency``, ``Redhill Ledger newspaper``: a place and a news
    word (*Times*, *News*, *Herald*...), a place and *News Agency*, or a place, a paper's name
    and the common noun *newspaper*. The canonical name drops the common noun
    (:func:`canonical_organisation`).
    """
    place = st.sampled_from(_PLACES)
    return st.one_of(
        st.builds(lambda p, w: f"{p} {w}", place, st.sampled_from(_NEWS_NAME_WORDS)),
        st.builds(lambda p: f"{p} News Agency", place),
        st.builds(lambda p, w: f"{p} {w} newspaper", place, st.sampled_from(_PAPER_WORDS)),
    )


def canonical_organisation(name: str) -> str:
    """The name quotekit is expected to give an organisation: without trailing common nouns."""
    words = name.split()
    while words and words[-1].islower():
        words.pop()
    return " ".join(words)


def _institutions() -> SearchStrategy[str]:
    return st.builds(lambda p, w: f"{p} {w}", st.sampled_from(_PLACES), st.sampled_from(_INSTITUTION_WORDS))


def clauses() -> SearchStrategy[str]:
    """Simple lower-case declaratives with no names or marks (``the bridge will reopen in May``)."""
    subject = st.sampled_from(_SUBJECTS)
    time = st.sampled_from(_TIMES)
    return st.one_of(
        st.builds(lambda s, v, t: f"{s} will {v} {t}", subject, st.sampled_from(_INTRANSITIVE), time),
        st.builds(lambda s, v, o, t: f"{s} will {v} {o} {t}", subject, st.sampled_from(_TRANSITIVE), st.sampled_from(_OBJECTS), time),
    )


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def sentences(max_clauses: int = 2) -> SearchStrategy[str]:
    """One to ``max_clauses`` capitalised clauses joined by ". " (no final full stop)."""
    return st.lists(clauses(), min_size=1, max_size=max_clauses).map(lambda cs: ". ".join(_capital(c) for c in cs))


def plain_paragraphs() -> SearchStrategy[str]:
    """A paragraph with no quote, source or name: a sentence ending in a full stop."""
    return sentences().map(lambda s: s + ".")


# --------------------------------------------------------------------------- builders
def named_quotes(max_quotes: int = 4) -> SearchStrategy[Paragraphs]:
    """A named person introduced, then up to ``max_quotes - 1`` follow-ups by them.

    Introductions: ``{Given} {Family}, a {role} at the {Institute}, said {clause}.`` or
    ``{o}{Sentence},{c} said {Given} {Family}.``. Follow-ups: ``{o}{Sentence},{c} {Family}
    said.``, ``{He/She} added that {clause}.``, ``{Family} said the {plan} was {o}{phrase}{c}
    and would {verb phrase}.`` and a direct quote over two paragraphs.
    """
    if max_quotes < 1:
        raise ValueError("named_quotes needs room for at least one quote")
    return _named(max_quotes)


@st.composite
def _named(draw: st.DrawFn, max_quotes: int) -> Paragraphs:
    given, family = draw(person_names())
    full = f"{given} {family}"
    pieces: list[str | Slot] = []
    if draw(st.booleans()):
        role = draw(st.sampled_from(_ROLES))
        institution = draw(_institutions())
        article = "an" if role[0] in "aeiou" else "a"
        pieces += [f"{full}, {article} {role} at the {institution}, said ", Slot(draw(clauses()), "indirect", full, "named"), "."]
    else:
        pieces += [Slot("{o}" + draw(sentences()) + ",{c}", "direct", full, "named"), f" said {full}."]
    follow_ups = draw(st.lists(st.sampled_from(("short", "pronoun", "mixed", "paragraphs")), max_size=min(3, max_quotes - 1)))
    for follow in follow_ups:
        pieces.append("\n\n")
        if follow == "short":
            pieces += [Slot("{o}" + draw(sentences()) + ",{c}", "direct", full, "named"), f" {family} said."]
        elif follow == "pronoun":
            pronoun = draw(st.sampled_from(("He", "She")))
            pieces += [f"{pronoun} added that ", Slot(draw(clauses()), "indirect", full, "named"), "."]
        elif follow == "mixed":
            noun = draw(st.sampled_from(_PLAN_NOUNS))
            phrase = draw(st.sampled_from(_PHRASES))
            verb_phrase = draw(st.sampled_from(_VERB_PHRASES))
            mixed = f"the {noun} was {{o}}{phrase}{{c}} and would {verb_phrase}"
            pieces += [f"{family} said ", Slot(mixed, "mixed", full, "named"), "."]
        else:
            first = _capital(draw(clauses())) + ". " + _capital(draw(clauses())) + "."
            last = _capital(draw(clauses())) + ","
            pieces += [Slot("{o}" + first + "\n\n{o}" + last + "{c}", "direct", full, "named"), f" {family} said."]
    return Paragraphs(tuple(pieces), people=(family,))


@st.composite
def agency_quotes(draw: st.DrawFn) -> Paragraphs:
    """A news organisation as the source: ``{Clause}, the {Org} reported.`` or
    ``The {Org} said that {clause}.``."""
    org = draw(organisations())
    name = canonical_organisation(org)
    clause = draw(clauses())
    if draw(st.booleans()):
        verb = draw(st.sampled_from(("reported", "said")))
        return Paragraphs((Slot(_capital(clause), "indirect", name, "agency"), f", the {org} {verb}."))
    return Paragraphs((f"The {org} said that ", Slot(clause, "indirect", name, "agency"), "."))


@st.composite
def anonymous_quotes(draw: st.DrawFn) -> Paragraphs:
    """An unnamed source: ``{Clause}, unidentified officials said.`` (also *unnamed*, *two*,
    *three*) or ``{Clause}, a source familiar with the matter said.``."""
    clause = _capital(draw(clauses()))
    if draw(st.booleans()):
        who = f"{draw(st.sampled_from(_ANON_DETERMINERS))} officials"
    else:
        who = "a source familiar with the matter"
    return Paragraphs((Slot(clause, "indirect", None, "anonymous"), f", {who} said."))


@st.composite
def relayed_quotes(draw: st.DrawFn) -> Paragraphs:
    """An anonymous source relayed by a news organisation: ``{Clause}, the {Org} reported,
    citing unidentified officials.`` or ``{Clause}, the {Org} quoted three sources as
    saying.``."""
    org = draw(organisations())
    via = (canonical_organisation(org),)
    clause = _capital(draw(clauses()))
    if draw(st.booleans()):
        tail = f", the {org} reported, citing {draw(st.sampled_from(('unidentified', 'unnamed')))} officials."
    else:
        tail = f", the {org} quoted {draw(st.sampled_from(('two', 'three')))} sources as saying."
    return Paragraphs((Slot(clause, "indirect", None, "anonymous", via), tail))


@st.composite
def _articles(draw: st.DrawFn, min_quotes: int, max_quotes: int, styles: tuple[str, ...]) -> GeneratedArticle:
    style = draw(st.sampled_from(styles))
    target = draw(st.integers(min_quotes, max_quotes))
    blocks: list[Paragraphs] = []
    count = 0
    people: set[str] = set()
    while count < target:
        room = target - count
        block = draw(
            st.one_of(named_quotes(max_quotes=room), agency_quotes(), anonymous_quotes(), relayed_quotes()).filter(
                lambda b: not people & set(b.people)
            )
        )
        people.update(block.people)
        blocks.append(block)
        count += block.quote_count
    texts: list[str] = []
    quotes: list[ExpectedQuote] = []
    offset = 0
    for block in blocks:
        if texts:
            texts.append("\n\n")
            offset += 2
        text, found = block.render(style)
        texts.append(text)
        quotes.extend(q.shifted(offset) for q in found)
        offset += len(text)
    if not blocks:
        texts.append(draw(plain_paragraphs()))
    return GeneratedArticle("".join(texts), tuple(quotes))


def generated_articles(
    min_quotes: int = 1,
    max_quotes: int = 6,
    styles: Sequence[str] = ("straight", "curly", "guillemet"),
) -> SearchStrategy[GeneratedArticle]:
    """Articles of paragraphs from the builders above, holding ``min_quotes..max_quotes`` quotes.

    One quotation style per article, drawn from ``styles`` (``"straight"``, ``"curly"``,
    ``"guillemet"``); different people in one article have different family names. With
    ``min_quotes=0`` an article may be a single paragraph with no quote.
    """
    if not 0 <= min_quotes <= max_quotes:
        raise ValueError(f"need 0 <= min_quotes <= max_quotes, got {min_quotes} and {max_quotes}")
    unknown = set(styles) - set(STYLES)
    if unknown or not styles:
        raise ValueError(f"styles must be a non-empty selection of {sorted(STYLES)}; unknown: {sorted(unknown)}")
    return _articles(min_quotes, max_quotes, tuple(styles))
