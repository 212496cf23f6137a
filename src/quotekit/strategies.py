"""Hypothesis strategies that write news-like articles whose quotes are known in advance.

For your own property-based tests (``pip install quotekit[test]`` brings hypothesis)::

    from hypothesis import given, settings
    import quotekit
    from quotekit.strategies import generated_articles

    analyzer = quotekit.load()

    @settings(deadline=None)
    @given(generated_articles(max_quotes=4, styles=("curly", "straight")))
    def test_every_source_keeps_its_type(article):
        found = analyzer(article.text).quotes
        for expected in article.quotes:
            best = max(found, key=lambda q: min(q.end, expected.end) - max(q.start, expected.start))
            assert best.attribution == expected.attribution

An article is a run of paragraphs; each :class:`ExpectedQuote` gives the quoted words and
where they are (``article.text[q.start:q.end] == q.content``), the kind, the source's
canonical name (``None`` for an anonymous source), the attribution type and the relaying
organisations. The builders behind it are public too (:func:`named_quotes`,
:func:`agency_quotes`, :func:`anonymous_quotes`, :func:`relayed_quotes`); a builder is a
:class:`Paragraphs` value that renders in any quotation style:

>>> block = Paragraphs((Slot("{o}The bridge will reopen{c,}", "direct", "Ada Moss", "named"), " said Ada Moss."))
>>> text, (quote,) = block.render("curly")
>>> text
'“The bridge will reopen,” said Ada Moss.'
>>> quote
ExpectedQuote(content='The bridge will reopen', start=1, end=23, kind='direct', speaker='Ada Moss', attribution='named', via=())
>>> block.render("guillemet")[0]
'«The bridge will reopen», said Ada Moss.'

**Scope** (deliberately narrow). Each paragraph holds one attribution, written from a template
quotekit's rules are meant to handle, in short sentences ``en_core_web_sm`` parses reliably.
Everything is invented: names are syllable compounds (*Terta Osmann*), organisations a place
word and a news word (*Harbor Times*, *Metro News Agency*, *Redhill Ledger newspaper*),
reported clauses come from lists of common lower-case words (*the bridge will reopen in May*).
The templates written by default:

* :func:`named_quotes`: a person introduced with a description (``Terta Osmann, a
  researcher at the Harbor Institute, said the bridge will reopen in May.``) or by a direct
  quote with an inverted cue (``"The bridge will reopen in May," said Terta Osmann.``), then
  up to three follow-ups by the same person, one per paragraph: a direct quote with the short
  name (``"...," Osmann said.``), a mixed quote (``Osmann said the plan was "a careful step"
  and would help the farmers.``) and a direct quote over two paragraphs (the first left
  open, the second reopening and closing it, then ``Osmann said.``);
* :func:`agency_quotes`: ``..., the Harbor Times reported.`` / ``said.`` and ``The Metro
  News Agency said that ...``;
* :func:`anonymous_quotes`: ``..., unidentified officials said.`` (also *unnamed*, *two*,
  *three*) and ``..., a source familiar with the matter said.``;
* :func:`relayed_quotes`: ``..., the Harbor Times reported, citing unidentified
  officials.`` (anonymous, via the Harbor Times).

Quotation marks come in three styles, one per article: ``"straight"`` ("..."), ``"curly"``
(“...”) and ``"guillemet"`` («...»; a comma goes outside the closing guillemet).

Left out of the defaults because quotekit fails them now and then (each kept as a strict
``xfail`` with its minimal example in ``tests/test_properties.py``; opt in with the arguments
named):

* the relay ``..., the Harbor Times quoted three sources as saying.``
  (``relay_forms=RELAY_FORMS``): the parser sometimes hangs *quoted* off the reported verb and
  no quote is found (about 1 in 1,000);
* names and news words the tagger misreads: the name lists keep the compounds that came out
  right in a sweep of every given x family name over these templates, and *Gazette* is not
  used. (The cases that sweep found, a short name tagged GPE, a PERSON span without the given
  name, ``The Summit Gazette said`` giving ``Gazette``, are handled now and kept as regression
  tests; the lists were not widened again.)

Pronoun follow-ups (``She added that ...``) are written by default since quotekit stopped
typing a described person as an organisation when NER tags the name ORG (1,500 generated
articles with them passed). A comma inside closing guillemets (``«...,» said X``) is read
correctly (a regression test) but not generated: the generator puts it outside (``«...»,``).

Not generated at all: nested quotes, several sources or quotes in one sentence,
organisations speaking for themselves (*the ministry said*), titles, long or complex
sentences. Passing on these articles says quotekit handles its core templates, not that it
reads real news correctly.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy
from rapidfuzz import fuzz

from .names import TOKEN_VARIANT_THRESHOLD

__all__ = [
    "COMMA_CLOSE",
    "DEFAULT_FOLLOW_UPS",
    "DEFAULT_RELAY_FORMS",
    "FOLLOW_UPS",
    "RELAY_FORMS",
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
    "pronoun_of",
    "relayed_quotes",
    "sentences",
]

#: Opening and closing marks of each quotation style.
STYLES: dict[str, tuple[str, str]] = {
    "straight": ('"', '"'),
    "curly": ("\u201c", "\u201d"),
    "guillemet": ("\u00ab", "\u00bb"),
}

#: How each style closes a quote that a comma ends: inside the marks in English ("...,")
#: and outside guillemets ("...»,"). (``«...,»`` is read correctly but not generated.)
COMMA_CLOSE: dict[str, str] = {"straight": ',"', "curly": ",\u201d", "guillemet": "\u00bb,"}

#: The follow-ups :func:`named_quotes` writes by default, and all it can write.
DEFAULT_FOLLOW_UPS: tuple[str, ...] = ("short", "mixed", "paragraphs", "pronoun")
FOLLOW_UPS: tuple[str, ...] = ("short", "mixed", "paragraphs", "pronoun")

#: The relay forms :func:`relayed_quotes` writes by default, and all it can write.
DEFAULT_RELAY_FORMS: tuple[str, ...] = ("citing",)
RELAY_FORMS: tuple[str, ...] = ("citing", "quoted")

# --------------------------------------------------------------------------- word lists
_FEMALE_GIVEN = (
    "Marta", "Malia", "Terta", "Tesia", "Rilia", "Rinora", "Sarta", "Sanora", "Norta", "Kasia",
    "Danora", "Verta", "Mirta", "Misia", "Minora", "Elarta", "Elasia", "Elanora", "Arirta",
    "Arilia", "Otenora", "Inarta", "Inanora",
)  # fmt: skip
_MALE_GIVEN = (
    "Mavin", "Mador", "Marik", "Temas", "Tedor", "Telio", "Lomas", "Lodor", "Ridor", "Ririk",
    "Samas", "Savin", "Salio", "Nomas", "Kalio", "Vemas", "Velio", "Mimas", "Milio", "Elamas",
    "Elavin", "Elarik", "Aririk", "Otevin", "Oterik", "Brumas", "Brurik", "Inamas", "Inarik",
    "Tevin",
)  # fmt: skip
_FAMILY = (
    "Brekov", "Brelino", "Brestrand", "Breder", "Breley", "Breford", "Bremann", "Breati",
    "Bresson", "Brewick", "Kakov", "Kalino", "Kastrand", "Kader", "Kaley", "Kaford", "Kamann",
    "Kaenko", "Kaeira", "Kasson", "Kaello", "Kawick", "Veder", "Veley", "Veford", "Vemann",
    "Veberg", "Vewick", "Osstrand", "Osder", "Osley", "Osford", "Osmann", "Osati", "Osenko",
    "Osberg", "Osello", "Oswick", "Darkov", "Darlino", "Darstrand", "Darder", "Darford",
    "Darmann", "Darati", "Darenko", "Dareira", "Darsson", "Darello", "Darwick", "Molkov",
    "Mollino", "Molstrand", "Molder", "Molley", "Molford", "Molati", "Molenko", "Molsson",
    "Molberg", "Molello", "Molwick", "Trenstrand", "Trender", "Trenford", "Trenmann", "Trenati",
    "Trensson", "Trenberg", "Trenello", "Salder", "Salley", "Salmann", "Salati", "Salenko",
    "Salello", "Salwick", "Lindder", "Lindley", "Lindford", "Lindmann", "Lindati", "Lindenko",
    "Lindeira", "Lindsson", "Lindberg", "Lindello", "Lindwick", "Havder", "Havmann", "Havenko",
    "Haveira", "Havsson", "Havberg", "Havello", "Havwick", "Corlino", "Corstrand", "Corder",
    "Corley", "Corford", "Corati", "Corenko", "Coreira", "Corsson", "Corberg", "Corello",
    "Corwick", "Pellkov", "Pellstrand", "Pellder", "Pellmann", "Pellati", "Pellenko", "Pelleira",
    "Pellsson", "Pellberg", "Pellello", "Pellwick", "Roslino", "Rosder", "Rosley", "Rosford",
    "Rosati", "Rosenko", "Roseira", "Rosberg", "Rosello", "Roswick", "Tamkov", "Tamlino",
    "Tamstrand", "Tamder", "Tamley", "Tamford", "Tammann", "Tamati", "Tameira", "Tamberg",
    "Tamello", "Tamwick", "Wenkov", "Wender", "Wenley", "Wenmann", "Wenati", "Wenenko", "Weneira",
    "Wensson", "Wenberg", "Wenwick", "Zorlino", "Zorstrand", "Zorder", "Zorley", "Zorford",
    "Zormann", "Zorenko", "Zoreira", "Zorsson", "Zorello", "Zorwick",
)  # fmt: skip

_PLACES = (
    "Harbor", "Metro", "Northfield", "Riverside", "Lakeview", "Granite", "Summit", "Westbrook",
    "Eastgate", "Redhill", "Stonebridge", "Maple", "Coastal", "Valley", "Ironwood", "Bayside",
)  # fmt: skip
_NEWS_NAME_WORDS = ("Times", "News", "Herald", "Tribune", "Post", "Chronicle", "Journal")
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
    """A quote inside a paragraph template and the source it is given.

    In ``text``, ``{o}`` and ``{c}`` stand for the opening and closing marks and ``{c,}`` for
    the closing mark with a comma where the style puts it (:data:`COMMA_CLOSE`). The expected
    content is the rendered text without leading and trailing marks and punctuation
    (``{o}It rained{c,}`` -> ``It rained``).
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

    ``pieces`` are plain strings and :class:`Slot` values; ``{o}``, ``{c}`` and ``{c,}``
    anywhere stand for the marks of the style chosen at :meth:`render` time. ``people`` holds
    the family names used, so an article can keep its people apart.
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
            return text.replace("{o}", opening).replace("{c,}", COMMA_CLOSE[style]).replace("{c}", closing)

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
    """Invented ``(given, family)`` names built from syllables (``("Terta", "Osmann")``).

    Given names end in *-a* for women and in a consonant or *-o* for men
    (:func:`pronoun_of`). The lists keep the syllable compounds ``en_core_web_sm`` tags as a
    PERSON in these templates; compounds it read as places or cut in two in a sweep over
    every given x family pair were left out.
    """
    return st.tuples(st.sampled_from(_FEMALE_GIVEN + _MALE_GIVEN), st.sampled_from(_FAMILY))


def pronoun_of(given: str) -> str:
    """"She" for a generated female given name, "He" for a male one."""
    return "She" if given in _FEMALE_GIVEN else "He"


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
def named_quotes(max_quotes: int = 4, follow_ups: Sequence[str] = DEFAULT_FOLLOW_UPS) -> SearchStrategy[Paragraphs]:
    """A named person introduced, then up to ``max_quotes - 1`` (at most 3) follow-ups by them.

    Introductions: ``{Given} {Family}, a {role} at the {Institute}, said {clause}.`` or
    ``{o}{Sentence},{c} said {Given} {Family}.``. Follow-ups, each a paragraph:

    * ``"short"``: ``{o}{Sentence},{c} {Family} said.``;
    * ``"mixed"``: ``{Family} said the {plan} was {o}{phrase}{c} and would {verb phrase}.``;
    * ``"paragraphs"``: ``{o}{Sentence}. {Sentence}.`` then a paragraph
      ``{o}{Sentence},{c} {Family} said.`` (one direct quote over two paragraphs);
    * ``"pronoun"``: ``{He|She} added that {clause}.`` right after a sentence whose subject is
      the person.
    """
    if max_quotes < 1:
        raise ValueError("named_quotes needs room for at least one quote")
    unknown = set(follow_ups) - set(FOLLOW_UPS)
    if unknown:
        raise ValueError(f"follow_ups must be taken from {FOLLOW_UPS}; unknown: {sorted(unknown)}")
    return _named(max_quotes, tuple(follow_ups), frozenset())


def _spelled_alike(a: str, b: str) -> bool:
    """The same family name, or one quotekit may read as a spelling variant of the other."""
    return a == b or fuzz.ratio(a.lower(), b.lower()) >= TOKEN_VARIANT_THRESHOLD


@st.composite
def _named(draw: st.DrawFn, max_quotes: int, follow_ups: tuple[str, ...], taken: frozenset[str]) -> Paragraphs:
    """:func:`named_quotes` for a person whose family name is neither in ``taken`` nor a
    spelling variant of one there (``Corlino`` / ``Zorlino``: quotekit takes such names for
    one person's, :mod:`quotekit.names`)."""
    given = draw(st.sampled_from(_FEMALE_GIVEN + _MALE_GIVEN))
    family = draw(st.sampled_from([f for f in _FAMILY if not any(_spelled_alike(f, t) for t in taken)]))
    full = f"{given} {family}"
    pieces: list[str | Slot] = []
    if draw(st.booleans()):
        role = draw(st.sampled_from(_ROLES))
        institution = draw(_institutions())
        article = "an" if role[0] in "aeiou" else "a"
        pieces += [f"{full}, {article} {role} at the {institution}, said ", Slot(draw(clauses()), "indirect", full, "named"), "."]
    else:
        pieces += [Slot("{o}" + draw(sentences()) + "{c,}", "direct", full, "named"), f" said {full}."]
    chosen = draw(st.lists(st.sampled_from(follow_ups), max_size=min(3, max_quotes - 1))) if follow_ups else []
    for follow in chosen:
        pieces.append("\n\n")
        if follow == "short":
            pieces += [Slot("{o}" + draw(sentences()) + "{c,}", "direct", full, "named"), f" {family} said."]
        elif follow == "pronoun":
            pieces += [f"{pronoun_of(given)} added that ", Slot(draw(clauses()), "indirect", full, "named"), "."]
        elif follow == "mixed":
            noun = draw(st.sampled_from(_PLAN_NOUNS))
            phrase = draw(st.sampled_from(_PHRASES))
            verb_phrase = draw(st.sampled_from(_VERB_PHRASES))
            mixed = f"the {noun} was {{o}}{phrase}{{c}} and would {verb_phrase}"
            pieces += [f"{family} said ", Slot(mixed, "mixed", full, "named"), "."]
        else:
            first = _capital(draw(clauses())) + ". " + _capital(draw(clauses())) + "."
            last = _capital(draw(clauses()))
            pieces += [Slot("{o}" + first + "\n\n{o}" + last + "{c,}", "direct", full, "named"), f" {family} said."]
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


def relayed_quotes(forms: Sequence[str] = DEFAULT_RELAY_FORMS) -> SearchStrategy[Paragraphs]:
    """An anonymous source relayed by a news organisation.

    * ``"citing"``: ``{Clause}, the {Org} reported, citing {unidentified|unnamed} officials.``
      (anonymous, via the organisation);
    * ``"quoted"``: ``{Clause}, the {Org} quoted {two|three} sources as saying.``. Not in
      :data:`DEFAULT_RELAY_FORMS`: ``en_core_web_sm`` now and then parses *quoted* as a clause
      hanging off the reported verb, and quotekit then finds no quote (about 1 in 1,000; see
      tests/test_properties.py).
    """
    unknown = set(forms) - set(RELAY_FORMS)
    if unknown or not forms:
        raise ValueError(f"forms must be a non-empty selection of {RELAY_FORMS}; unknown: {sorted(unknown)}")
    return _relayed(tuple(forms))


@st.composite
def _relayed(draw: st.DrawFn, forms: tuple[str, ...]) -> Paragraphs:
    org = draw(organisations())
    via = (canonical_organisation(org),)
    clause = _capital(draw(clauses()))
    if draw(st.sampled_from(forms)) == "citing":
        tail = f", the {org} reported, citing {draw(st.sampled_from(('unidentified', 'unnamed')))} officials."
    else:
        tail = f", the {org} quoted {draw(st.sampled_from(('two', 'three')))} sources as saying."
    return Paragraphs((Slot(clause, "indirect", None, "anonymous", via), tail))


@st.composite
def _articles(
    draw: st.DrawFn,
    min_quotes: int,
    max_quotes: int,
    styles: tuple[str, ...],
    follow_ups: tuple[str, ...],
    relay_forms: tuple[str, ...],
) -> GeneratedArticle:
    style = draw(st.sampled_from(styles))
    target = draw(st.integers(min_quotes, max_quotes))
    blocks: list[Paragraphs] = []
    count = 0
    people: set[str] = set()
    while count < target:
        room = target - count
        named = _named(room, follow_ups, frozenset(people))
        block = draw(st.one_of(named, agency_quotes(), anonymous_quotes(), relayed_quotes(relay_forms)))
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
    *,
    follow_ups: Sequence[str] = DEFAULT_FOLLOW_UPS,
    relay_forms: Sequence[str] = DEFAULT_RELAY_FORMS,
) -> SearchStrategy[GeneratedArticle]:
    """Articles of paragraphs from the builders above, holding ``min_quotes..max_quotes`` quotes.

    One quotation style per article, drawn from ``styles`` (``"straight"``, ``"curly"``,
    ``"guillemet"``); different people in one article have different family names. With
    ``min_quotes=0`` an article may be a single paragraph with no quote. ``follow_ups`` is
    passed to :func:`named_quotes` (all four follow-ups by default),
    ``relay_forms`` to :func:`relayed_quotes` (add ``"quoted"`` for *quoted ... as saying*).
    """
    if not 0 <= min_quotes <= max_quotes:
        raise ValueError(f"need 0 <= min_quotes <= max_quotes, got {min_quotes} and {max_quotes}")
    unknown = set(styles) - set(STYLES)
    if unknown or not styles:
        raise ValueError(f"styles must be a non-empty selection of {sorted(STYLES)}; unknown: {sorted(unknown)}")
    named_quotes(1, follow_ups), relayed_quotes(relay_forms)  # check the arguments now
    return _articles(min_quotes, max_quotes, tuple(styles), tuple(follow_ups), tuple(relay_forms))
