"""Name normalisation and matching: which mentions of an article name the same person or body.

Pure functions on strings (no spaCy), with :mod:`rapidfuzz` for every similarity score.

**Normalisation** (:func:`name_tokens`) turns a name into comparable tokens:

1. drop a final possessive ``'s`` / ``’s`` / ``’`` (one inside the name stays: ``Sheriff's Office``),
   and a nickname in quotation marks between two words of the name (``Siriphong "Pong"
   Athikarn`` -> ``Siriphong Athikarn``);
2. split on spaces, hyphens, dashes, slashes and commas (``Kim Jong-un`` -> ``kim jong un``);
3. fold case (``str.casefold``) and accents (Unicode NFKD without combining marks), and
   delete the remaining punctuation inside a part (``Mr.`` -> ``mr``, ``O'Neil`` -> ``oneil``);
4. drop a leading ``the``, then a leading title phrase: titles and honorifics from
   :attr:`Lexicon.titles <quotekit.lexicon.Lexicon.titles>` (several in a row), a title's
   complement ``of [the] X`` (``Secretary of State``), words that open a title a title word
   ends (``Prime Minister``, ``Senate Majority Leader``) and dotted abbreviations such as
   ``U.S.``; the phrase is only dropped when it holds a title, and never takes the last part;
   an institution's or company's name keeps it (its last part, or the part before its first
   "of", is an institution head or a company's word, :attr:`Lexicon.company_name_words
   <quotekit.lexicon.Lexicon.company_name_words>` or :attr:`~quotekit.lexicon.Lexicon.company_suffixes`:
   ``Justice Department``, ``Foreign Ministry``, ``Foreign Ministry of Serevan``, ``General Motors``);
5. drop middle initials: one-letter parts and dotted abbreviations that are neither the first
   nor the last part (``Harold J. Whitcombe`` -> ``harold whitcombe``); a letter with a
   diacritic and no full stop is a word, not an initial (the Irish ``Ó`` of ``Eoghan Ó
   Donnabháin``).

**Matching** (:func:`same_name`, symmetric) — two names can name the same entity when their
token tuples

* are equal, or equal once spaces are ignored (``Xi Jinping`` / ``Xi Jin-ping``);
* or one is a sub-multiset of the other, in any order: every token of the shorter name occurs
  in the longer one (``Lin`` / ``Mei Lin``, ``Jong Un`` / ``Kim Jong Un``). A token that is
  not in the other name rules this out, so two full names with different given names never
  match (``Kim Jong Un`` / ``Kim Yo Jong``, ``Bill Clinton`` / ``Hillary Clinton``);
* or are spelling variants of the same full name: the same number (2+) of tokens; aligned in
  order, each pair is equal or a close variant (both at least :data:`MIN_VARIANT_LENGTH`
  characters and ``fuzz.ratio`` >= :data:`TOKEN_VARIANT_THRESHOLD`); and the joined names
  score ``max(fuzz.ratio, fuzz.token_sort_ratio)`` >= :data:`NAME_VARIANT_THRESHOLD`.
  Short tokens must be equal, so ``Kim Jong Il`` is never ``Kim Jong Un`` and ``Donald
  Tusk`` never ``Donald Trump``; long ones may differ by a letter or two (``Zelensky`` /
  ``Zelenskyy``, ``Gaddafi`` / ``Qaddafi``). Known limit: ``Michael`` / ``Michaela`` pass.

**Clustering** (:class:`NameIndex`), names added in text order:

* an entity's canonical name is its longest form seen (most tokens; ties: the first not in
  capitals only, as a dateline or headline writes it), as written but without leading titles
  and possessive;
* :meth:`NameIndex.lookup` ranks the entities whose canonical name :func:`same_name` accepts,
  best first: rapidfuzz ``token_set_ratio`` score, then more mentions, then the earlier entity;
* :meth:`NameIndex.add` joins the single candidate, or the candidate whose canonical name has
  the same tokens; with no candidate it creates an entity. A name that is a short form of
  several entities (``Kim`` with ``Kim Jong Un`` and ``Kim Yo Jong``) is not merged: ``add``
  records nothing and returns the best candidate; the caller chooses with
  :meth:`NameIndex.lookup`. Any other name that fits several entities starts a new entity.
* A short name added before its full form becomes an entity the full form then joins
  (``Trump`` ... ``Donald Trump``).
* A name of two or more words with an institution's head word
  (:attr:`Lexicon.institution_heads <quotekit.lexicon.Lexicon.institution_heads>`) clusters
  with one of two or more words without only when that name opens it and is not known as a
  person's (``add(..., person=True)``): ``Glen Park`` is short for ``Glen Park School``, but
  ``Hillary Clinton`` is not the ``Hillary & Chelsea Clinton Foundation``, ``British
  Columbia`` not the ``Business Council of British Columbia``, and ``Eric Lind``, once known
  as a person, not the ``Eric Lind Foundation``; nor a company's name (its last word a
  company's word: ``Qamar Airways`` is not the ``Qamar Airways Pilots' Association``). Two
  institutions' names match as usual (``Brennan Center`` is the ``Brennan Center for Justice``).
* A short name made only of words after a preposition in a name (``of``, ``for``, ``to``)
  does not join it: ``Trump`` is not the ``Coalition for Trump``, nor ``America`` the
  ``Bank of America``.

>>> name_tokens("President Donald Trump's")
('donald', 'trump')
>>> same_name("Kim", "Kim Jong-un"), same_name("Kim Jong Un", "Kim Yo Jong")
(True, False)
>>> index = NameIndex()
>>> [index.add(n) for n in ("Trump", "Donald Trump", "President Trump", "Donald Tusk")]
[0, 0, 0, 1]
>>> index.canonical(0)
'Donald Trump'
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache, lru_cache
from importlib.resources import files

import attrs
from rapidfuzz import fuzz, process

from .lexicon import Lexicon, strip_accents

__all__ = [
    "DEFAULT_TITLES",
    "MIN_VARIANT_LENGTH",
    "NAME_VARIANT_THRESHOLD",
    "TOKEN_VARIANT_THRESHOLD",
    "NameIndex",
    "NameMatch",
    "a_given_name",
    "display_name",
    "given_gender",
    "match_reason",
    "name_lists",
    "name_tokens",
    "same_name",
    "strip_accents",
]

DEFAULT_TITLES: frozenset[str] = Lexicon.default().titles
"""The bundled titles and honorifics (``Lexicon.default().titles``)."""
DEFAULT_INSTITUTION_HEADS: frozenset[str] = Lexicon.default().institution_heads
"""The bundled head words of institutions' names (``Lexicon.default().institution_heads``)."""

_FACILITY_NOUNS: frozenset[str] = Lexicon.default().facility_nouns
"""The bundled last words of names given in someone's honour ("Hall", "Prize"; ``facility_nouns.txt``)."""

_ABBREVIATED_TITLES = frozenset(pair.split(None, 1)[0] for pair in Lexicon.default().title_abbreviations)
"""The bundled titles' abbreviations ("sen", "gen"; ``title_abbreviations.txt``)."""

DEFAULT_COMPANY_WORDS: frozenset[str] = Lexicon.default().company_name_words | Lexicon.default().company_suffixes
"""The bundled words that end a company's name (``General Motors``, ``Admiral Construction Group``: no
title there; ``Lexicon.default().company_name_words | Lexicon.default().company_suffixes``)."""

NAME_VARIANT_THRESHOLD = 92.0
"""Least ``max(fuzz.ratio, fuzz.token_sort_ratio)`` of two joined full names that are spelling variants."""

TOKEN_VARIANT_THRESHOLD = 85.0
"""Least ``fuzz.ratio`` of two differing aligned tokens of spelling variants."""

MIN_VARIANT_LENGTH = 5
"""Tokens shorter than this must be equal in spelling variants (``Un`` is never ``Il``)."""

_POSSESSIVE = re.compile(r"(?<=\w)(?:['’ʼ]s|['’ʼ])\s*$", re.IGNORECASE)  # a final one: "Sheriff's Office" keeps its own
#: A nickname of one or two capitalised words in quotation marks between two words of a name.
_NICKNAME = re.compile(r"(?<=\w)\s+[\"“‘'«]\w[\w.'’-]*(?:\s\w[\w.'’-]*)?[\"”’'»]\s+(?=\w)")
_PART = re.compile(r"[^\s\-‐‑‒–—―/,;:()\[\]{}\"“”„]+")
_NON_WORD = re.compile(r"[\W_]+")
_ABBREVIATION = re.compile(r"(?:\w\.)+\w\.?")


@attrs.frozen
class _Part:
    """One part of a name: its normalised token, where it stands in the text, and its kind."""

    token: str
    start: int
    end: int
    abbreviation: bool
    capitalised: bool
    full_stop: bool = False  # written with a full stop after it ("Sen.")
    upper: bool = False  # written in capitals ("GOP")


def _fold(text: str) -> str:
    """Casefold, strip accents and delete punctuation: ``"Jos\u00e9."`` -> ``"jose"``."""
    return _NON_WORD.sub("", strip_accents(text.casefold()))


def _is_initial(part: _Part, text: str) -> bool:
    """A dotted abbreviation, or a single letter with a full stop or without a diacritic (the
    Irish "\u00d3" of "Eoghan \u00d3 Donnabh\u00e1in" is a word of the family name)."""
    single = len(part.token) == 1 and part.token.isalpha()
    return part.abbreviation or (single and (part.full_stop or text[part.start : part.end].isascii()))


def _title_prefix(
    parts: Sequence[_Part], titles: frozenset[str], institutions: frozenset[str], companies: frozenset[str]
) -> int:
    """How many leading parts form a title phrase (never the last part: ``Mr. King`` -> ``king``;
    none in an institution's or company's name: ``Justice Department``, ``General Assembly``,
    ``General Motors``, ``Foreign Ministry of Serevan``)."""
    n, i, cut = len(parts), 0, 0
    titles = _folded(titles)  # "h.c." as its parts are: "hc"
    head = next((parts[k - 1] for k in range(1, n) if parts[k].token == "of"), parts[-1]) if parts else None
    if head is not None and (head.token in institutions or head.token in companies):
        return 0  # the name's head before "of" too: "Foreign Ministry of Serevan"
    while i < n:
        token = parts[i].token
        if token in titles:
            i += 1
            if i < n and parts[i].token == "of":  # a complement: "Secretary of (the) State"
                i += 1
                if i < n and parts[i].token == "the":
                    i += 1
                i = min(i + 1, n)
            cut = i
        elif parts[i].abbreviation or token == "the":
            i += 1
        elif _modifies_title(parts, i, titles):
            i += 1
        else:
            break
    return max(0, min(cut, n - 1))


def _modifies_title(parts: Sequence[_Part], i: int, titles: frozenset[str]) -> bool:
    """Whether the part at ``i`` opens a title that a title word ends (``Prime Minister``,
    ``Defense Secretary``, ``Senate Majority Leader``): the next part is a title word with a
    name after it, or the one after next with two name parts after it (not ``Martin Luther
    King Jr.``); the part between is capitalised, as a title's words are (not ``Tariq bin Sultan
    al-Rawahi``, whose father's name is a title word). An abbreviated title without its full
    stop ends one only before two name parts or after capitals (``State Sen Ada Lind``, ``GOP
    Rep McCaul``; not ``Bhim Sen Lamichhane``, where "Sen" is a name)."""
    n = len(parts)
    titles = _folded(titles)

    def ends_title(k: int) -> bool:
        return parts[k].token in titles and (parts[k].full_stop or parts[k].token not in _ABBREVIATED_TITLES
                                             or k + 2 < n or parts[k - 1].upper)
    return (i + 2 < n and ends_title(i + 1)) or (i + 4 < n and ends_title(i + 2) and parts[i + 1].capitalised)


@lru_cache(maxsize=16)
def _folded(words: frozenset[str]) -> frozenset[str]:
    """``words`` as name parts are compared (:func:`_fold`): "h.c" is "hc"."""
    return frozenset(_fold(word) for word in words)


@lru_cache(maxsize=8192)
def _parts(
    name: str, titles: frozenset[str], institutions: frozenset[str], companies: frozenset[str]
) -> tuple[str, tuple[_Part, ...]]:
    """The name without its possessive, and its kept parts (see the module rules)."""
    text = _NICKNAME.sub(" ", _POSSESSIVE.sub("", name).strip())
    parts = [
        _Part(token, m.start(), m.end(), bool(_ABBREVIATION.fullmatch(m.group())), m.group()[:1].isupper(),
              m.group().endswith("."), m.group().isupper())
        for m in _PART.finditer(text)
        if (token := _fold(m.group()))
    ]
    while len(parts) > 1 and parts[0].token == "the":
        parts.pop(0)
    parts = parts[_title_prefix(parts, titles, institutions, companies) :]
    kept = [p for k, p in enumerate(parts) if k in (0, len(parts) - 1) or not _is_initial(p, text)]
    return text, tuple(kept)


def name_tokens(
    name: str, titles: frozenset[str] = DEFAULT_TITLES, institutions: frozenset[str] = DEFAULT_INSTITUTION_HEADS,
    companies: frozenset[str] = DEFAULT_COMPANY_WORDS,
) -> tuple[str, ...]:
    """Normalise a name into comparable tokens (the rules are in the module docstring).

    >>> name_tokens("Kim Jong-un")
    ('kim', 'jong', 'un')
    >>> name_tokens("Mr. Kim's"), name_tokens("Dr. Jane Roe"), name_tokens("Harold J. Whitcombe")
    (('kim',), ('jane', 'roe'), ('harold', 'whitcombe'))
    >>> name_tokens("U.S. Secretary of State Mike Pompeo")
    ('mike', 'pompeo')
    >>> name_tokens("José  RAMOS"), name_tokens("the Pentagon"), name_tokens("...")
    (('jose', 'ramos'), ('pentagon',), ())
    >>> name_tokens('Kanokwan "Mint" Sirisombat')
    ('kanokwan', 'sirisombat')
    """
    return tuple(part.token for part in _parts(name, titles, institutions, companies)[1])


def display_name(
    name: str, titles: frozenset[str] = DEFAULT_TITLES, institutions: frozenset[str] = DEFAULT_INSTITUTION_HEADS,
    companies: frozenset[str] = DEFAULT_COMPANY_WORDS,
) -> str:
    """The name as written, without a leading "the" or title phrase and without possessive.

    >>> display_name("President Donald J. Trump's")
    'Donald J. Trump'
    >>> display_name("the Marlow County Sheriff's Office's")
    "Marlow County Sheriff's Office"
    """
    text, parts = _parts(name, titles, institutions, companies)
    return text[parts[0].start :].strip(" ,;:") if parts else text


def is_initialism(short: str, name: str) -> bool:
    """Whether ``short``, in capitals, spells the initials of ``name``'s capitalised words
    (its lower-case joiners skipped): an organisation's short name.

    >>> is_initialism("FBI", "Federal Bureau of Investigation")
    True
    >>> is_initialism("CPJ", "the Committee to Protect Journalists")
    True
    >>> is_initialism("FBI", "Federal Reserve Board")
    False
    """
    initials = "".join(word[0] for word in re.split(r"[\s-]+", name) if word[:1].isupper())
    return len(short) >= 2 and short.isalpha() and short.isupper() and short == initials


def abbreviates(short: str, name: str) -> bool:
    """Whether ``short``, in capitals, can be the short form a text defines in brackets right
    after ``name``: its initials, or letters of its words in order that start with the first
    word's initial (``CCTV`` for China Central Television, ``ETV`` for Estravian State
    Television).

    >>> abbreviates("ETV", "Estravian State Television"), abbreviates("TV", "Estravian State Television")
    (True, False)

    A leading "The" is no part of it (``The Lusenian Press Agency (LUPRA)``).

    >>> abbreviates("LUPRA", "The Lusenian Press Agency")
    True
    """
    name = re.sub(r"^[Tt]he\s+", "", name)
    if is_initialism(short, name):
        return True
    words = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
    if not (2 <= len(short) <= 6 and short.isalpha() and short.isupper() and words and short[0] == words[0][0]):
        return False
    letters = iter("".join(words).upper())
    return all(letter in letters for letter in short)


def _variants(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two full names of equal length are spelling variants (module rules)."""
    if len(a) != len(b) or len(a) < 2:
        return False
    for x, y in zip(a, b):
        if x != y and (
            min(len(x), len(y)) < MIN_VARIANT_LENGTH or fuzz.ratio(x, y) < TOKEN_VARIANT_THRESHOLD
        ):
            return False
    joined_a, joined_b = " ".join(a), " ".join(b)
    score = max(fuzz.ratio(joined_a, joined_b), fuzz.token_sort_ratio(joined_a, joined_b))
    return score >= NAME_VARIANT_THRESHOLD


def match_reason(a: tuple[str, ...], b: tuple[str, ...]) -> str | None:
    """Why token tuples ``a`` and ``b`` can name the same entity, seen from ``a``; None if not.

    Reasons: ``exact``, ``spacing`` (equal without spaces), ``reordered`` (same tokens),
    ``short form`` (``a`` is part of ``b``), ``long form`` (``b`` is part of ``a``),
    ``spelling variant``.

    >>> match_reason(("sun",), ("yun", "sun")), match_reason(("yun", "sun"), ("sun",))
    ('short form', 'long form')
    """
    if not a or not b:
        return None
    if a == b:
        return "exact"
    if "".join(a) == "".join(b):
        return "spacing"
    count_a, count_b = Counter(a), Counter(b)
    if count_a == count_b:
        return "reordered"
    if count_a <= count_b:
        return "short form"
    if count_b <= count_a:
        return "long form"
    return "spelling variant" if _variants(a, b) else None


def same_name(
    a: str, b: str, *, titles: frozenset[str] = DEFAULT_TITLES, institutions: frozenset[str] = DEFAULT_INSTITUTION_HEADS,
    companies: frozenset[str] = DEFAULT_COMPANY_WORDS,
) -> bool:
    """Whether names ``a`` and ``b`` can name the same entity (symmetric; module rules).

    >>> same_name("Lin", "Mei Lin"), same_name("Trump", "President Donald Trump")
    (True, True)
    >>> same_name("Moon Jae-in", "moon jae in"), same_name("Muammar Gaddafi", "Muammar Qaddafi")
    (True, True)
    >>> same_name("Kim Jong Un", "Kim Jong Il"), same_name("Donald Trump", "Donald Tusk")
    (False, False)
    """
    lists = (titles, institutions, companies)
    return match_reason(name_tokens(a, *lists), name_tokens(b, *lists)) is not None


@attrs.frozen
class NameMatch:
    """A candidate entity for a name: its id, rapidfuzz score (0-100) and the matching rule."""

    entity: int
    score: float
    reason: str


@attrs.define
class _Entity:
    canonical: str
    tokens: tuple[str, ...]
    mentions: int = 1
    forms: list[str] = attrs.Factory(list)
    person: bool = False


_SAME = frozenset({"exact", "spacing", "reordered"})

#: Prepositions inside a name: the words after them name something else (``Bank of America``).
_INNER_PREPOSITIONS = frozenset({"of", "for", "to", "against"})


def _after_preposition(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether every word of ``short`` stands in ``full`` only after its first preposition."""
    first = next((i for i, token in enumerate(full) if token in _INNER_PREPOSITIONS), None)
    return first is not None and not set(short) & set(full[:first])


class NameIndex:
    """Clusters the names of one article into entities, deterministically (module rules).

    >>> index = NameIndex()
    >>> [index.add(n) for n in ("Kim Jong Un", "Kim", "Kim Yo Jong")]
    [0, 0, 1]
    >>> [(m.entity, m.reason) for m in index.lookup("Kim")]
    [(0, 'short form'), (1, 'short form')]
    >>> index.add("Kim"), index.entities(), index.mentions(0)
    (0, (0, 1), 2)
    """

    def __init__(
        self, titles: frozenset[str] = DEFAULT_TITLES, institution_heads: frozenset[str] = DEFAULT_INSTITUTION_HEADS,
        companies: frozenset[str] = DEFAULT_COMPANY_WORDS, facilities: frozenset[str] = _FACILITY_NOUNS,
    ) -> None:
        self._titles = titles
        self._institution_heads = institution_heads
        self._companies = companies
        self._facilities = facilities
        self._entities: list[_Entity] = []

    def add(self, name: str, *, join: bool = True, person: bool = False) -> int:
        """Record a mention of ``name`` and return its entity id (new or existing).

        A short form of several entities is not recorded; the best candidate is returned.
        ``join=False`` always starts a new entity (the caller has ruled the candidates out);
        ``person=True`` says the caller knows the name is a person's (it never joins an
        institution's name, nor does one join it). Raises ``ValueError`` for a name without
        letters or digits.
        """
        tokens = name_tokens(name, self._titles, self._institution_heads, self._companies)
        if not tokens:
            raise ValueError(f"not a name (no letters or digits): {name!r}")
        matches = self._lookup(tokens, person) if join else ()
        chosen = next((m for m in matches if m.reason in _SAME), None)
        if chosen is None and len(matches) == 1:
            chosen = matches[0]
        if chosen is None and matches and all(m.reason == "short form" for m in matches):
            return matches[0].entity
        if chosen is None:
            display = display_name(name, self._titles, self._institution_heads, self._companies)
            self._entities.append(_Entity(display, tokens, 1, [name], person))
            return len(self._entities) - 1
        entity = self._entities[chosen.entity]
        entity.mentions += 1
        entity.person = entity.person or person
        if name not in entity.forms:
            entity.forms.append(name)
        display = display_name(name, self._titles, self._institution_heads, self._companies)
        if len(tokens) > len(entity.tokens) or (
            len(tokens) == len(entity.tokens) and entity.canonical.isupper() and not display.isupper()
        ):  # "WASHINGTON (Reuters) -", then "Washington": capitals only are the dateline's style
            entity.canonical, entity.tokens = display, tokens
        return chosen.entity

    def lookup(self, name: str) -> tuple[NameMatch, ...]:
        """The entities ``name`` can refer to, best first (score, then mentions, then earlier)."""
        return self._lookup(name_tokens(name, self._titles, self._institution_heads, self._companies))

    def _lookup(self, tokens: tuple[str, ...], person: bool = False) -> tuple[NameMatch, ...]:
        if not tokens or not self._entities:
            return ()
        choices = {n: " ".join(e.tokens) for n, e in enumerate(self._entities)}
        scored = process.extract(" ".join(tokens), choices, scorer=fuzz.token_set_ratio, processor=None, limit=None)
        matches = []
        for _choice, score, n in scored:
            other = self._entities[n].tokens
            if len(tokens) > 1 and len(other) > 1 and not self._may_join(tokens, person, self._entities[n]):
                continue
            reason = match_reason(tokens, other)
            if reason == "short form" and _after_preposition(tokens, other):
                continue  # "Trump" is not the "Coalition for Trump"
            if reason is not None:
                matches.append(NameMatch(entity=n, score=float(score), reason=reason))
        matches.sort(key=lambda m: (-m.score, -self._entities[m.entity].mentions, m.entity))
        return tuple(matches)

    def _is_institution(self, tokens: tuple[str, ...]) -> bool:
        return any(token in self._institution_heads for token in tokens)

    def _may_join(self, tokens: tuple[str, ...], person: bool, entity: _Entity) -> bool:
        """Whether a name and an entity may cluster, as far as institutions and facilities go
        (module rules): never a name ending in a facility's noun with one that does not."""
        if (tokens[-1] in self._facilities) != (entity.tokens[-1] in self._facilities):
            return False  # "Tomas Veldran" is not the "Tomas Veldran Community Hall" named after him
        entity_is_institution = self._is_institution(entity.tokens)
        if self._is_institution(tokens) == entity_is_institution:
            return True
        if entity_is_institution:
            name, known, institution = tokens, person, entity.tokens
        else:
            name, known, institution = entity.tokens, entity.person, tokens
        if name[-1] in self._companies:  # "Qamar Airways" names the airline, not its pilots' association
            return False
        return not known and institution[: len(name)] == name

    def canonical(self, entity: int) -> str:
        """The entity's longest name as written, without leading titles and possessive."""
        return self._entities[entity].canonical

    def mentions(self, entity: int) -> int:
        """How many added names joined the entity."""
        return self._entities[entity].mentions

    def forms(self, entity: int) -> tuple[str, ...]:
        """The distinct names (as added) that joined the entity, in order."""
        return tuple(self._entities[entity].forms)

    def entities(self) -> tuple[int, ...]:
        """All entity ids, in order of creation."""
        return tuple(range(len(self._entities)))


@cache
def name_lists() -> tuple[frozenset[str], frozenset[str]]:
    """coreferee's own lists of male and female given names, in lower case."""
    folder = files("coreferee").joinpath("lang", "common", "data")
    male = frozenset(folder.joinpath("male_names.dat").read_text("utf-8").lower().split())
    female = frozenset(folder.joinpath("female_names.dat").read_text("utf-8").lower().split())
    return male, female


def a_given_name(word: str) -> bool:
    """Whether coreferee's lists hold ``word`` as a given name, of either gender, written with
    or without its accents; a hyphenated word, when they hold each of its parts (``María-José``).

    >>> a_given_name("María-José"), a_given_name("Osei-Bonsu")
    (True, False)
    """
    if "-" in word.strip("-"):
        return all(a_given_name(part) for part in word.split("-") if part)
    return any(word.lower() in names or strip_accents(word.lower()) in names for names in name_lists())


def given_gender(word: str) -> str | None:
    """The gender of a given name the lists know for one gender only (``Andrés`` as
    ``Andres``), else ``None``; of a hyphenated one, the gender its parts the lists know agree
    on (``Ana-Luísa``, ``Jean-Pierre``); when the first part, which governs, is a name of either
    gender ("Maria" is also a man's second name), only a woman's name after it says
    (``Marie-Hélène``; not ``María-José``).

    >>> given_gender("Ana-Luísa"), given_gender("Jean-Pierre"), given_gender("María-José")
    ('female', 'male', None)
    >>> given_gender("Marie-Hélène")
    'female'
    """
    names = _given_names()
    if "-" in word.strip("-"):
        parts = [part for part in word.split("-") if part]
        genders = {g for part in parts if (g := given_gender(part)) is not None}
        if parts and a_given_name(parts[0]) and given_gender(parts[0]) is None and genders != {"female"}:
            return None
        return genders.pop() if len(genders) == 1 else None
    return names.get(word.lower()) or names.get(strip_accents(word.lower()))


@cache
def _given_names() -> dict[str, str]:
    """Given names that are only male or only female."""
    male, female = name_lists()
    return {**{n: "male" for n in male - female}, **{n: "female" for n in female - male}}
