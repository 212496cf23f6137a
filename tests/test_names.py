"""quotekit.names: name normalisation, same_name rules and NameIndex clustering."""

from __future__ import annotations

import itertools
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz import fuzz

from quotekit.lexicon import Lexicon
from quotekit.names import (
    DEFAULT_COMPANY_WORDS,
    MIN_VARIANT_LENGTH,
    TOKEN_VARIANT_THRESHOLD,
    NameIndex,
    NameMatch,
    display_name,
    match_reason,
    name_tokens,
    same_name,
)

TITLES = Lexicon.default().titles

# Name parts for generated names: no title, no "the", no initial; pairwise no spelling
# variants (short, or fuzz.ratio below the token threshold); no two tuples of 1-3 parts join
# into the same string. test_syllables_are_distinct checks all of it.
SYLLABLES = (
    "ana bela caro dima emil faro gus hal ivo jara kofi lena mara nilo otto pia quin rosa sami "
    "tova ulla vero wim xena yara zeno bertrand cordelia leopold margarethe sigmund ottilie"
).split()

syllable = st.sampled_from(SYLLABLES)
full_names = st.lists(syllable, min_size=2, max_size=3).map(tuple)
any_names = st.lists(syllable, min_size=1, max_size=3).map(tuple)


def spell(parts: tuple[str, ...], sep: str = " ") -> str:
    return sep.join(p.capitalize() for p in parts)


# --- name_tokens -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "tokens"),
    [
        ("Kim Jong-un", ("kim", "jong", "un")),
        ("Anna-Lena Berg", ("anna", "lena", "berg")),
        ("Mr. Kim", ("kim",)),
        ("Mr Kim", ("kim",)),
        ("Dr. Jane Roe", ("jane", "roe")),
        ("President Donald Trump", ("donald", "trump")),
        ("Vice President Mike Pence", ("mike", "pence")),
        ("U.S. Secretary of State Mike Pompeo", ("mike", "pompeo")),
        ("Harry J. Kazianis", ("harry", "kazianis")),
        ("Harry J Kazianis", ("harry", "kazianis")),
        ("George H.W. Bush", ("george", "bush")),
        ("the Pentagon", ("pentagon",)),
        ("The New York Times", ("new", "york", "times")),
        ("Kim's", ("kim",)),
        ("Kim’s", ("kim",)),
        ("Reynolds’", ("reynolds",)),
        ("Jones'", ("jones",)),
        ("President Trump's", ("trump",)),
        ("José Ramos", ("jose", "ramos")),
        ("FRANÇOIS Hollande", ("francois", "hollande")),
        ("Conan O'Brien", ("conan", "obrien")),
        ("Trump, Donald", ("trump", "donald")),
        ("Malcolm X", ("malcolm", "x")),
        # a nickname in quotation marks between the given and the family name is no part of the name
        ('Narumon "Fai" Sukjaroen', ("narumon", "sukjaroen")),
        ("Wiroj \u201cTom\u201d Chaiyaporn", ("wiroj", "chaiyaporn")),
        ("Dwayne \"The Rock\" Johnson", ("dwayne", "johnson")),
        ('Siriphong "Pong"', ("siriphong", "pong")),  # at the end, the marks only fall away
    ],
)
def test_name_tokens(name: str, tokens: tuple[str, ...]) -> None:
    assert name_tokens(name) == tokens


def test_name_tokens_keeps_a_name_made_only_of_titles() -> None:
    assert name_tokens("President") == ("president",)
    assert name_tokens("the President") == ("president",)
    assert name_tokens("Mr. King") == ("king",)
    assert name_tokens("Secretary of State") == ("state",)
    assert name_tokens("Stephen King") == ("stephen", "king")  # a title word that is not leading stays


def test_an_institutions_name_keeps_its_title_word() -> None:
    assert name_tokens("the Justice Department") == ("justice", "department")
    assert display_name("the Foreign Ministry's") == "Foreign Ministry"
    assert name_tokens("General Assembly", institutions=frozenset()) == ("assembly",)  # the given heads decide
    assert name_tokens("Justice Elena Park") == ("elena", "park")
    assert not same_name("Justice Department", "Foreign Ministry")


def test_a_companys_name_keeps_its_title_word_with_the_company_words_given() -> None:
    companies = DEFAULT_COMPANY_WORDS | {"shipyards"}  # a lexicon's company_name_words | company_suffixes
    assert name_tokens("General Shipyards") == ("shipyards",)
    assert name_tokens("General Shipyards", companies=companies) == ("general", "shipyards")
    index = NameIndex(companies=companies)
    index.add("General Shipyards")
    assert index.canonical(0) == "General Shipyards"


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Prime Minister Lind", "Lind"),  # a word that opens a title a title word ends
        ("Deputy Prime Minister Ada Lind", "Ada Lind"),
        ("Defence Secretary Ada Lind", "Ada Lind"),
        ("Senate Majority Leader Ada Lind", "Ada Lind"),
        ("Harbor City Mayor Ada Lind", "Ada Lind"),
        ("Billie Jean King", "Billie Jean King"),  # a title word last is part of the name
        ("Martin Luther King Jr.", "Martin Luther King Jr."),  # two words before it need two after
        ("Nasser bin Emir al-Qadi", "Nasser bin Emir al-Qadi"),  # a lower-case word opens no title
    ],
)
def test_words_opening_a_title_are_dropped_with_it(name: str, shown: str) -> None:
    assert display_name(name) == shown


def test_a_headline_title_and_name_join_the_full_name(analyzer) -> None:
    text = ("Prime Minister Lind vows reform\n\n"
            "Prime Minister Ada Lind vowed on Friday to press ahead.\n\n"
            '"We will keep our word," Lind said.')
    article = analyzer(text)
    assert [e.name for e in article.entities if e.type == "person"] == ["Ada Lind"]
    assert {q.speaker.name for q in article.quotes} == {"Ada Lind"}


def test_name_tokens_without_letters() -> None:
    assert name_tokens("") == ()
    assert name_tokens(" ... — ") == ()


def test_name_tokens_uses_the_given_titles() -> None:
    assert name_tokens("Comrade Ivan Petrov") == ("comrade", "ivan", "petrov")
    assert name_tokens("Comrade Ivan Petrov", TITLES | {"comrade"}) == ("ivan", "petrov")
    assert name_tokens("Dr. Jane Roe", frozenset()) == ("dr", "jane", "roe")


def test_case_and_hyphen_variants() -> None:
    assert name_tokens("Go Myung-Hyun") == name_tokens("Go Myung-hyun") == name_tokens("GO MYUNG HYUN")


def test_display_name() -> None:
    assert display_name("President Donald J. Trump's") == "Donald J. Trump"
    assert display_name("U.S. Secretary of State Mike Pompeo") == "Mike Pompeo"
    assert display_name("Kim Jong-un") == "Kim Jong-un"
    assert display_name("the Pentagon") == "Pentagon"


# --- same_name ---------------------------------------------------------------------------

SAME = [
    ("Sun", "Yun Sun"),
    ("Lu", "Lu Kang"),
    ("Kim", "Kim Jong Un"),
    ("Xi", "Xi Jinping"),
    ("Kazianis", "Harry J. Kazianis"),
    ("Trump", "President Donald Trump"),
    ("Kim Jong Un", "Kim Jong-un"),
    ("Moon Jae-in", "Moon Jae In"),
    ("Jong Un", "Kim Jong Un"),
    ("Kim Jong", "Kim Jong Un"),
    ("Kim's", "Kim Jong Un"),
    ("Mr. Kim", "Kim Jong Un"),
    ("President Trump", "Donald Trump"),
    ("Dr. Roe", "Jane Roe"),
    ("Harry Kazianis", "Harry J. Kazianis"),
    ("José Ramos", "Jose Ramos"),
    ("JOSÉ RAMOS", "josé ramos"),
    ("Anna-Lena Berg", "Anna Lena Berg"),
    ("Trump, Donald", "Donald Trump"),
    ("Xi Jinping", "Xi Jin-ping"),
    ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
    ("Muammar Gaddafi", "Muammar Qaddafi"),
    ("Mohammed bin Salman", "Mohammad bin Salman"),
]

DIFFERENT = [
    ("Kim Jong Un", "Kim Yo Jong"),
    ("Kim Jong Un", "Kim Jong Il"),
    ("Kim Il Sung", "Kim Jong Il"),
    ("Wang Huning", "Wang Qishan"),
    ("Donald Trump", "Donald Tusk"),
    ("Bill Clinton", "Hillary Clinton"),
    ("Anna Berg", "Hanna Berg"),
    ("Jon Berg", "Jan Berg"),
    ("Zelensky", "Zelenskyy"),  # single tokens must be equal
    ("Lena Berg", "Lena Maria Borg"),
    ("Trump", "Tusk"),
    ("Jane Roe", ""),
    ("", ""),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_same_name(a: str, b: str) -> None:
    assert same_name(a, b)
    assert same_name(b, a)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_names(a: str, b: str) -> None:
    assert not same_name(a, b)
    assert not same_name(b, a)


def test_match_reasons() -> None:
    assert match_reason(("jane", "roe"), ("jane", "roe")) == "exact"
    assert match_reason(("xi", "jinping"), ("xi", "jin", "ping")) == "spacing"
    assert match_reason(("roe", "jane"), ("jane", "roe")) == "reordered"
    assert match_reason(("roe",), ("jane", "roe")) == "short form"
    assert match_reason(("jane", "roe"), ("roe",)) == "long form"
    assert match_reason(("muammar", "gaddafi"), ("muammar", "qaddafi")) == "spelling variant"
    assert match_reason(("jane", "roe"), ("john", "roe")) is None
    assert match_reason((), ("roe",)) is None


# --- NameIndex ---------------------------------------------------------------------------

ARTICLE = ["Yun Sun", "Sun", "Kim Jong Un", "Kim", "Xi Jinping", "Xi", "Kim Yo Jong", "Kim Il Sung", "Lu Kang", "Lu"]


def test_index_clusters_an_article() -> None:
    index = NameIndex()
    ids = [index.add(name) for name in ARTICLE]
    assert ids == [0, 0, 1, 1, 2, 2, 3, 4, 5, 5]
    assert [index.canonical(e) for e in index.entities()] == [
        "Yun Sun",
        "Kim Jong Un",
        "Xi Jinping",
        "Kim Yo Jong",
        "Kim Il Sung",
        "Lu Kang",
    ]
    assert [index.mentions(e) for e in index.entities()] == [2, 2, 2, 1, 1, 2]
    assert index.forms(1) == ("Kim Jong Un", "Kim")

    kims = index.lookup("Kim")
    assert [m.entity for m in kims] == [1, 3, 4]  # ties on score: more mentions, then earlier
    assert all(m.reason == "short form" and m.score == 100.0 for m in kims)
    assert [m.entity for m in index.lookup("Sun")] == [0]
    assert [m.entity for m in index.lookup("Mr. Xi")] == [2]
    assert [m.entity for m in index.lookup("Kim Jong-un")] == [1]
    assert [m.entity for m in index.lookup("Kim Yo-jong")] == [3]
    assert index.lookup("Kim Jong Il") == ()
    assert index.lookup("Lu Wei") == ()


def test_ambiguous_short_name_is_not_merged() -> None:
    index = NameIndex()
    for name in ("Kim Jong Un", "Kim Yo Jong", "Kim Yo Jong"):
        index.add(name)
    before = [(index.mentions(e), index.forms(e)) for e in index.entities()]
    assert index.add("Kim") == 1  # the best candidate: Kim Yo Jong has more mentions
    assert index.add("Kim Jong") == 1  # a short form of both too (same score): more mentions
    assert index.entities() == (0, 1)
    assert [(index.mentions(e), index.forms(e)) for e in index.entities()] == before
    assert {m.entity for m in index.lookup("Kim")} == {0, 1}


def test_short_name_before_its_full_form() -> None:
    index = NameIndex()
    assert index.add("Trump") == 0
    assert index.canonical(0) == "Trump"
    assert index.add("Donald Trump") == 0
    assert index.add("President Trump's") == 0
    assert index.add("Donald Tusk") == 1
    assert index.canonical(0) == "Donald Trump"
    assert index.lookup("Trump") == (NameMatch(entity=0, score=100.0, reason="short form"),)


def test_canonical_is_the_longest_form_first_seen() -> None:
    index = NameIndex()
    for name in ("Kazianis", "Harry Kazianis", "Trump, Donald", "Kazianis's", "Mr. Harry J. Kazianis's"):
        index.add(name)
    assert index.entities() == (0, 1)
    assert index.canonical(0) == "Harry Kazianis"  # ties on tokens: first seen wins
    assert index.canonical(1) == "Trump, Donald"


def test_a_canonical_name_in_capitals_only_gives_way_to_the_same_name_written_as_a_name() -> None:
    index = NameIndex()
    for name in ("BRUSSELS", "Brussels", "Ada Lind", "ADA LIND", "NATO", "NATO's"):
        index.add(name)
    assert [index.canonical(e) for e in index.entities()] == ["Brussels", "Ada Lind", "NATO"]


def test_full_name_fitting_several_entities_starts_a_new_one() -> None:
    index = NameIndex()
    assert [index.add(n) for n in ("Lena", "Berg", "Lena Berg")] == [0, 1, 2]
    assert index.canonical(2) == "Lena Berg"


def test_a_name_clusters_with_an_institutions_only_as_its_opening_words_and_not_as_a_persons() -> None:
    index = NameIndex()
    names = ("Ada Lind", "Ada & Tove Lind Foundation", "Tove Lind", "Lind Foundation", "Ada Lind")
    assert [index.add(n) for n in names] == [0, 1, 2, 1, 0]
    assert index.canonical(1) == "Ada & Tove Lind Foundation"
    # the head word may stand inside the name
    index = NameIndex()
    assert [index.add(n) for n in ("Lake Erie", "Council of Lake Erie Towns", "Council of Lake Erie")] == [0, 1, 1]
    # opening words are a short form (a place a school is named after), unless a person's
    index = NameIndex()
    assert [index.add(n) for n in ("Glen Park", "Glen Park School", "Glen Park")] == [0, 0, 0]
    index = NameIndex()
    assert [index.add("Eric Lind", person=True), index.add("Eric Lind Foundation"), index.add("Eric Lind")] == [0, 1, 0]
    index = NameIndex()
    assert [index.add("Eric Lind Foundation"), index.add("Eric Lind", person=True)] == [0, 1]
    # nor a company's name: the airline is not its pilots' association, either way round
    index = NameIndex()
    assert [index.add(n) for n in ("Vessa Airways", "Vessa Airways Pilots' Union", "Vessa Airways")] == [0, 1, 0]
    index = NameIndex()
    assert [index.add(n) for n in ("Vessa Airways Pilots' Union", "Vessa Airways")] == [0, 1]
    # the head words are the caller's to give
    index = NameIndex(institution_heads=frozenset())
    assert [index.add(n) for n in names[:2]] == [0, 0]


def test_words_after_a_preposition_in_a_name_are_no_short_form_of_it() -> None:
    index = NameIndex()
    names = ("Coalition for Tove Lind", "Tove Lind", "Lind", "Harbor Bank of Elmford", "Elmford", "Harbor Bank")
    assert [index.add(n) for n in names] == [0, 1, 1, 2, 3, 2]
    assert [m.entity for m in index.lookup("Lind")] == [1]


def test_lookup_ranks_by_score_then_mentions_then_age() -> None:
    index = NameIndex()
    for name in ("Maria Costa", "Paulo Costa", "Paulo Costa", "Rui Costa"):
        index.add(name)
    assert [m.entity for m in index.lookup("Costa")] == [1, 0, 2]
    assert [m.entity for m in index.lookup("Paulo Costa")] == [1]
    # a spelling variant scores below an exact name
    index = NameIndex()
    index.add("Muammar Gaddafi")
    (match,) = index.lookup("Muammar Qaddafi")
    assert match.reason == "spelling variant" and 90.0 <= match.score < 100.0
    assert index.add("Muammar Qaddafi") == 0


def test_index_rejects_an_empty_name() -> None:
    with pytest.raises(ValueError, match="not a name"):
        NameIndex().add("...")
    assert NameIndex().lookup("") == ()


# --- properties --------------------------------------------------------------------------


def test_syllables_are_distinct() -> None:
    """The generator's preconditions: different generated names differ in a real token."""
    assert len(set(SYLLABLES)) == len(SYLLABLES)
    for s in SYLLABLES:
        assert len(s) > 1 and s not in TITLES and s != "the" and name_tokens(s) == (s,)
    for a, b in itertools.combinations(SYLLABLES, 2):
        assert min(len(a), len(b)) < MIN_VARIANT_LENGTH or fuzz.ratio(a, b) < TOKEN_VARIANT_THRESHOLD
    joined: dict[str, tuple[str, ...]] = {}
    for k in (1, 2, 3):
        for parts in itertools.product(SYLLABLES, repeat=k):
            assert joined.setdefault("".join(parts), parts) == parts


@given(st.text(alphabet="abcAB .-'’éJ", max_size=20), st.text(alphabet="abcAB .-'’éJ", max_size=20))
def test_same_name_is_symmetric_on_any_text(a: str, b: str) -> None:
    assert same_name(a, b) == same_name(b, a)


@given(any_names, any_names)
def test_same_name_is_symmetric(a: tuple[str, ...], b: tuple[str, ...]) -> None:
    assert same_name(spell(a), spell(b)) == same_name(spell(b), spell(a))


@given(full_names, any_names, st.data())
def test_invariant_under_case(a: tuple[str, ...], b: tuple[str, ...], data: st.DataObject) -> None:
    text = spell(a)
    flips = data.draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    recased = "".join(ch.swapcase() if flip else ch for ch, flip in zip(text, flips))
    assert name_tokens(recased) == name_tokens(text)
    assert same_name(recased, spell(b)) == same_name(text, spell(b))


@given(full_names, any_names)
def test_invariant_under_hyphens(a: tuple[str, ...], b: tuple[str, ...]) -> None:
    assert name_tokens(spell(a, "-")) == a
    assert same_name(spell(a, "-"), spell(b)) == same_name(spell(a), spell(b))
    assert same_name(spell(a[:1]) + " " + spell(a[1:], "-"), spell(a))


@given(full_names)
def test_full_name_matches_itself_and_its_tokens(parts: tuple[str, ...]) -> None:
    name = spell(parts)
    assert same_name(name, name)
    for part in parts:
        assert same_name(part.capitalize(), name)
        assert same_name(name, part.upper())


@given(any_names, any_names)
def test_different_names_match_only_as_subsets(a: tuple[str, ...], b: tuple[str, ...]) -> None:
    subset = Counter(a) <= Counter(b) or Counter(b) <= Counter(a)
    assert same_name(spell(a), spell(b)) == subset


@given(full_names, full_names)
def test_full_names_with_a_differing_token_never_match(a: tuple[str, ...], b: tuple[str, ...]) -> None:
    if len(a) == len(b) and Counter(a) != Counter(b):
        assert not same_name(spell(a), spell(b))


title_runs = st.lists(st.sampled_from(sorted(TITLES)), min_size=1, max_size=3)


@given(title_runs, full_names, st.sampled_from(["", "'s", "’s"]))
def test_titles_and_possessives_are_dropped(titles: list[str], parts: tuple[str, ...], suffix: str) -> None:
    name = " ".join(t.capitalize() + "." for t in titles) + " " + spell(parts) + suffix
    assert name_tokens(name) == parts


@given(full_names, st.sampled_from("ABCDEFGHJKLMNPRSTVW"))
def test_middle_initials_are_dropped(parts: tuple[str, ...], initial: str) -> None:
    name = f"{spell(parts[:1])} {initial}. {spell(parts[1:])}"
    assert name_tokens(name) == parts
    assert same_name(name, spell(parts))


def test_an_institutions_name_with_of_keeps_its_title_word() -> None:
    """``Foreign Ministry of Velmar``: "Foreign" is a title word, but the name's head before
    "of" is an institution's, so the name keeps it (was "Ministry of Velmar")."""
    assert display_name("The Foreign Ministry of Velmar") == "Foreign Ministry of Velmar"
    assert name_tokens("Secretary of State Ada Lind") == ("ada", "lind")


def test_a_letter_with_a_diacritic_is_a_word_of_the_name() -> None:
    """The Irish "Ó" of a family name is no middle initial: the family name with it is the
    full name's short form, and a dotted accented initial is still dropped."""
    assert name_tokens("Niamh Ó Ceallacháin") == ("niamh", "o", "ceallachain")
    assert same_name("Mr. Ó Ceallacháin", "Niamh Ó Ceallacháin")
    assert not same_name("Ó Ceallacháin", "Niamh Ó Riordáin")
    assert name_tokens("Rosa É. Quintal") == ("rosa", "quintal")


@given(st.lists(any_names, max_size=8))
def test_index_is_deterministic_and_consistent(names: list[tuple[str, ...]]) -> None:
    first, second = NameIndex(), NameIndex()
    ids = [first.add(spell(n)) for n in names]
    assert ids == [second.add(spell(n)) for n in names]
    assert [first.canonical(e) for e in first.entities()] == [second.canonical(e) for e in second.entities()]
    for name, entity in zip(names, ids):
        assert entity in {m.entity for m in first.lookup(spell(name))}
        assert same_name(spell(name), first.canonical(entity))


@given(full_names, full_names)
def test_index_never_merges_two_different_full_names(a: tuple[str, ...], b: tuple[str, ...]) -> None:
    if Counter(a) <= Counter(b) or Counter(b) <= Counter(a):
        return  # one is a short form of the other: they may name the same person
    index = NameIndex()
    assert index.add(spell(a)) != index.add(spell(b))


@given(full_names, st.sampled_from([str.upper, str.lower, str.title]))
def test_index_joins_case_and_hyphen_variants(parts: tuple[str, ...], recase) -> None:
    index = NameIndex()
    entity = index.add(spell(parts))
    assert index.add(recase(spell(parts, "-"))) == entity
    assert index.entities() == (entity,)


@given(full_names)
def test_index_finds_a_full_name_by_each_of_its_parts(parts: tuple[str, ...]) -> None:
    index = NameIndex()
    entity = index.add(spell(parts))
    for part in parts:
        assert entity in {m.entity for m in index.lookup(part.capitalize())}


def test_every_abbreviated_title_stands_for_a_listed_title():
    """``Capt.`` is a title only if "captain", the word it stands for, is one."""
    lexicon = Lexicon.default()
    assert [pair for pair in lexicon.title_abbreviations if pair.split()[1] not in lexicon.titles] == []


def test_a_title_opening_a_companys_name_stays_in_it():
    from quotekit.names import display_name, name_tokens

    assert name_tokens("General Motors") == ("general", "motors")
    assert display_name("General Dynamics Corp.") == "General Dynamics Corp."
    # before a person's name it is a title
    assert name_tokens("General Mark Milley") == ("mark", "milley")


def test_an_abbreviated_title_without_its_full_stop_ends_no_title_before_one_name_part():
    """``Bhim Sen Lamichhane``: "Sen" is a name here, not "Sen." ending a title that "Bhim"
    opens (was "Lamichhane"); with its full stop, or before two name parts, it is a title."""
    from quotekit.names import display_name

    assert display_name("Gen. Ram Sen Adhikari") == "Ram Sen Adhikari"
    assert display_name("State Sen. Ada Lind") == "Ada Lind"
    assert display_name("State Sen Ada Lind") == "Ada Lind"
    assert display_name("GOP Rep Lind") == "Lind"


@pytest.mark.parametrize("order", [("Marek Olsz", "Marek Olsz Memorial Hall"), ("Marek Olsz Memorial Hall", "Marek Olsz")])
def test_a_name_given_in_someones_honour_is_not_that_person(order) -> None:
    """A name of several words that opens one ending in a facility's noun (``facility_nouns.txt``:
    "Hall", "Airport", "Prize") is its namesake, not short for it, in either order (they were one)."""
    index = NameIndex()
    first, second = (index.add(name) for name in order)
    assert first != second
    assert index.add("Marek Olsz Memorial Hall") == index.entities()[order.index("Marek Olsz Memorial Hall")]
