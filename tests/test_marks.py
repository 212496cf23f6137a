"""quotekit.marks: every style, apostrophes, nesting, paragraphs, stray marks, speed, properties."""

from __future__ import annotations

import doctest
import time

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quotekit import marks
from quotekit.marks import Quoted, find_quoted, paragraph_bounds

MARKS = frozenset("\"″“”„‟«»‘’‚'‹›")
STYLE_OF_MARK = {**dict.fromkeys("\"″“”„‟", "double"), **dict.fromkeys("«»‹›", "guillemet"), **dict.fromkeys("‘’‚'", "single")}


def contents(text: str, depth: int | None = 0) -> list[str]:
    return [text[q.start : q.end] for q in find_quoted(text) if depth is None or q.depth == depth]


def test_doctests() -> None:
    assert doctest.testmod(marks).failed == 0


# --- styles ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "style"),
    [
        ('She said "yes, we can" and left.', "yes, we can", "double"),
        ("She said “yes, we can” and left.", "yes, we can", "double"),
        ("Sie sagte „ja, wir können“ und ging.", "ja, wir können", "double"),
        ("Sie sagte „ja, wir können” und ging.", "ja, wir können", "double"),
        ("She said ‟yes, we can” and left.", "yes, we can", "double"),
        ("She said ''yes, we can'' and left.", "yes, we can", "double"),
        ("She said ‘‘yes, we can’’ and left.", "yes, we can", "double"),
        ("She said ‘yes, we can’ and left.", "yes, we can", "single"),
        ("She said 'yes, we can' and left.", "yes, we can", "single"),
        ("Sie sagte ‚ja‘ leise.", "ja", "single"),
        ("Elle a dit «oui, on peut» hier.", "oui, on peut", "guillemet"),
        ("Elle a dit « oui, on peut » hier.", " oui, on peut ", "guillemet"),
        ("Er sagte »ja, wir können« und ging.", "ja, wir können", "guillemet"),
        ("Elle a dit ‹oui› hier.", "oui", "guillemet"),
    ],
)
def test_styles(text: str, content: str, style: str) -> None:
    [quote] = find_quoted(text)
    assert text[quote.start : quote.end] == content
    assert quote.style == style
    assert quote.depth == 0 and quote.paragraphs == 1
    assert text[quote.open] in MARKS and text[quote.close] in MARKS
    assert quote.end == quote.close


def test_content_keeps_inner_punctuation() -> None:
    text = '"Hello," he said.'
    assert find_quoted(text) == (Quoted(start=1, end=7, open=0, close=7, style="double", paragraphs=1, depth=0),)


@pytest.mark.parametrize(
    "text",
    [
        "”Ja”, sa han. ”Nej.”",  # ” for both
        "“Ja,“ he said. “Nej.“",  # “ for both
        "»Ja» sa han. »Nej.»",
    ],
)
def test_misused_marks_fall_back_on_the_toggle(text: str) -> None:
    assert [c.strip(",") for c in contents(text)] == ["Ja", "Nej."]


@pytest.mark.parametrize("invisible", ["\u202a", "\u200b", "\ufeff", "\u200e"])
def test_invisible_format_characters_do_not_hide_a_mark(invisible: str) -> None:
    assert contents(f"Readers wrote in.\n\n{invisible}”The pier is unsafe,” said Ana Ruiz.") == ["The pier is unsafe,"]
    assert contents(f"He said {invisible}“no”{invisible} to me.") == ["no"]


def test_a_mark_that_opens_its_paragraph_opens_before_a_space() -> None:
    text = "The paper was blunt.\n\n” … if he can visit, then surely she can,” it said."
    assert contents(text) == [" … if he can visit, then surely she can,"]


def test_colon_before_mark_opens() -> None:
    assert contents('She said:"Yes" today.') == ["Yes"]


@pytest.mark.parametrize("text", ['She said,“Yes, today.”', 'She said,"Yes, today."'])
def test_comma_glued_to_an_opening_mark_opens(text: str) -> None:
    assert contents(text) == ["Yes, today."]


def test_spaced_closing_mark() -> None:
    text = "\"I hate the term 'Manhattan poor,' \" she said."
    assert contents(text) == ["I hate the term 'Manhattan poor,' "]
    assert contents(text, depth=1) == ["Manhattan poor,"]


# --- apostrophes ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kim's plan didn't work.",
        "Kim’s plan didn’t work.",
        "The ’90s and the '80s.",
        "In the '90s we sang.",
        "In the ’90s we sang.",
        "The students' views differ.",
        "The students’ views differ.",
        "I love rock 'n' roll.",
        "I love rock ’n’ roll.",
        "I love rock ‘n’ roll.",
        "Get 'em, boys.",
        "He is 5'10\" tall.",
        "He is 5’10” tall.",
        "He is 5′10″ tall.",
        'She ordered a 12" pizza and a 14" one.',
        "The James' house and the Jones' car.",
    ],
)
def test_apostrophes_and_measures_are_not_quotes(text: str) -> None:
    assert find_quoted(text) == ()


def test_apostrophes_inside_a_double_quote_are_not_nested_quotes() -> None:
    text = "\"Kim's plan didn't work in the '90s, the students' views say,\" he said."
    assert contents(text, depth=None) == ["Kim's plan didn't work in the '90s, the students' views say,"]


@pytest.mark.parametrize("text", ['"I love rock \'n\' roll," he said.', "“I love rock ’n’ roll,” he said."])
def test_rock_n_roll_inside_a_double_quote(text: str) -> None:
    assert contents(text, depth=None) == [text[1 : text.index(",") + 1]]


def test_rock_n_roll_inside_a_single_quote() -> None:
    text = "'I love rock 'n' roll,' he said."
    assert contents(text) == ["I love rock 'n' roll,"]


def test_plural_possessive_inside_a_single_quote() -> None:
    text = "'The students' views are clear,' he said."
    assert contents(text) == ["The students' views are clear,"]
    assert contents("He said 'boys' and 'girls' today.") == ["boys", "girls"]


def test_single_quote_after_apostrophe_words() -> None:
    text = "She said, 'We're here,' then left, in Kim's car."
    assert contents(text) == ["We're here,"]


# --- nesting --------------------------------------------------------------------------------


def test_single_nested_in_double() -> None:
    text = "\"Kim's 'new way' is a threat,\" he said"
    found = find_quoted(text)
    assert [(text[q.start : q.end], q.style, q.depth) for q in found] == [
        ("Kim's 'new way' is a threat,", "double", 0),
        ("new way", "single", 1),
    ]


def test_double_nested_in_single() -> None:
    text = "'He said \"no\" to me,' she said."
    assert [(text[q.start : q.end], q.depth) for q in find_quoted(text)] == [('He said "no" to me,', 0), ("no", 1)]


def test_three_levels() -> None:
    text = "“He said ‘she wrote «non» today’ again,” she said."
    found = find_quoted(text)
    assert [(text[q.start : q.end], q.depth) for q in found] == [
        ("He said ‘she wrote «non» today’ again,", 0),
        ("she wrote «non» today", 1),
        ("non", 2),
    ]


@pytest.mark.parametrize(
    "text",
    [
        '"He said "no" to me," she said.',
        "“He said “no” to me,” she said.",
        "“He said \"no\" to me,” she said.",
    ],
)
def test_same_style_nested(text: str) -> None:
    assert [(text[q.start : q.end], q.depth) for q in find_quoted(text)] == [(text[1 : text.index(",") + 1], 0), ("no", 1)]


def test_missing_closing_mark_before_a_new_quote() -> None:
    text = "“We tried, he said. “Nobody came,” she added."
    assert [(text[q.start : q.end], q.close is None, q.depth) for q in find_quoted(text)] == [
        ("We tried, he said.", True, 0),
        ("Nobody came,", False, 0),
    ]


def test_single_quote_never_crosses_a_double_mark() -> None:
    text = "\"It's 'new,\" he said, 'really.'"
    assert contents(text, depth=None) == ["It's 'new,", "really."]


# --- paragraphs -----------------------------------------------------------------------------


@pytest.mark.parametrize("separator", ["\n\n", "\n", "\n \n\n  "])
def test_quote_over_three_paragraphs(separator: str) -> None:
    parts = ["“First part.", "“Second part.", "“Third part,” she said.", "After."]
    text = separator.join(parts)
    [quote] = find_quoted(text)
    assert quote.paragraphs == 3 and quote.depth == 0 and quote.open == 0
    assert text[quote.start : quote.end] == separator.join(["First part.", "“Second part.", "“Third part,"])
    assert quote.close == text.index("”")


def test_straight_marks_over_two_paragraphs() -> None:
    text = 'He said: "We will win.\n\n"And then we rest," he added.'
    [quote] = find_quoted(text)
    assert quote.paragraphs == 2 and text[quote.start : quote.end] == 'We will win.\n\n"And then we rest,'


@pytest.mark.parametrize("opening", ["'", "‘"])
def test_single_marks_over_paragraphs_in_british_style(opening: str) -> None:
    close = "'" if opening == "'" else "’"
    text = f"Ann Dow, the drivers' leader, said: {opening}We will win.\n\n{opening}We rest now.\n\n{opening}Enough,{close} she said."
    [quote] = find_quoted(text)
    assert quote.paragraphs == 3 and quote.style == "single"
    assert text[quote.start : quote.end] == f"We will win.\n\n{opening}We rest now.\n\n{opening}Enough,"


def test_a_single_mark_opening_a_sentence_runs_on_into_a_paragraph_opened_the_same_way() -> None:
    """``'...,' she said. 'We will win.`` then ``'We rest now.'``: British news opens a quote of
    several paragraphs after an attribution's sentence too."""
    text = "'It is over,' she said on Monday. 'We will win.\n\n'We rest now.'"
    quotes = find_quoted(text)
    assert [text[q.start : q.end] for q in quotes] == ["It is over,", "We will win.\n\n'We rest now."]
    assert quotes[-1].paragraphs == 2


@pytest.mark.parametrize(
    "text",
    [
        "He said: 'We will win.\n\nThe union's members voted.",  # never continued: no quote
        "The union's motto is 'We will win.\n\n'We rest now,' she said.",  # opened mid-sentence: not carried
        "He said: 'We will win.\n\n‘We rest now,’ she said.",  # a straight block is not continued by a curly mark
    ],
)
def test_an_open_single_mark_runs_on_only_into_a_paragraph_opened_the_same_way(text: str) -> None:
    assert not any("We will win" in text[q.start : q.end] for q in find_quoted(text))


def test_unclosed_paragraph_without_continuation_ends_there() -> None:
    text = "“An unclosed quote here. \n\nA plain paragraph with “a real quote” in it."
    found = find_quoted(text)
    assert contents(text) == ["An unclosed quote here.", "a real quote"]
    assert found[0].close is None and found[0].end == text.index(" \n")


def test_continued_quote_that_never_closes() -> None:
    text = "“First part.\n\n“Second part.\n\nPlain text."
    [quote] = find_quoted(text)
    assert quote.close is None and quote.paragraphs == 2
    assert text[quote.start : quote.end] == "First part.\n\n“Second part."


def test_block_of_straight_paragraphs_is_not_continued_by_curly_one() -> None:
    text = '"Block quote line one.\n\n“A quote,” she said.'
    assert contents(text) == ["Block quote line one.", "A quote,"]


def test_paragraph_bounds() -> None:
    assert paragraph_bounds("  a b \n\n c\n") == ((2, 5), (9, 10))
    assert paragraph_bounds("one\r\ntwo\n \t \nthree") == ((0, 3), (5, 8), (13, 18))
    assert paragraph_bounds("") == ()
    assert paragraph_bounds("\n \n") == ()


# --- interruptions, stray and unbalanced marks ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"I think X," he continued. "Kim was Y."',
        "“I think X,” he continued. “Kim was Y.”",
        "«I think X», he continued. «Kim was Y.»",
    ],
)
def test_interrupted_quote_gives_two(text: str) -> None:
    assert [c.rstrip(",") for c in contents(text)] == ["I think X", "Kim was Y."]


@pytest.mark.parametrize(
    "first",
    [
        'He is 6" taller.',
        "A stray ” closing mark.",
        "A stray “ opening mark.",
        'Odd " marks " everywhere "',
        "He said “ok",
        "It's the students' 'thing",
    ],
)
def test_stray_marks_do_not_leak_into_the_next_paragraph(first: str) -> None:
    second = 'She said "fine" then, and “good” later.'
    found = find_quoted(first + "\n\n" + second)
    offset = len(first) + 2
    assert [second[q.start - offset : q.end - offset] for q in found if q.start >= offset] == ["fine", "good"]
    assert [q.start - offset for q in found if q.start >= offset] == [10, 27]


def test_stray_closing_mark_is_ignored() -> None:
    assert contents("He said no” and then “yes” again.") == ["yes"]


@pytest.mark.parametrize("text", ['He said "ok', 'He said "', 'He said ". !?', "He said “—", "He said «»", "He said “”"])
def test_short_or_empty_content_yields_nothing(text: str) -> None:
    assert find_quoted(text) == ()


def test_closed_punctuation_is_kept() -> None:
    assert contents("Press the “?” key.") == ["?"]


def test_empty_quote_yields_nothing_but_counts_as_a_pair() -> None:
    assert contents('He said "" and "yes".') == ["yes"]


def test_unclosed_quote_with_words() -> None:
    text = 'She said "yes, we can.'
    [quote] = find_quoted(text)
    assert (quote.close, text[quote.start : quote.end]) == (None, "yes, we can.")


def test_not_a_string() -> None:
    with pytest.raises(TypeError):
        find_quoted(b'"bytes"')  # type: ignore[arg-type]


# --- speed ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"' * 10_000,
        "“" * 10_000,
        "“" * 10_000 + "\n" + "”" * 10_000,
        "«" * 10_000,
        "'" * 10_000,
        "’" * 10_000,
        "“a " * 10_000,
        "'a s' " * 10_000,
        '"\n' * 10_000,
        "“a\n\n" * 10_000,
    ],
)
def test_ten_thousand_marks(text: str) -> None:
    started = time.perf_counter()
    assert isinstance(find_quoted(text), tuple)
    assert time.perf_counter() - started < 1.0


def test_five_megabytes_of_news() -> None:
    paragraph = (
        "“We will not back down,” the minister said on Tuesday, adding that the ’90s were "
        "different. \"Kim's 'new way' is a threat,\" he said. The students' views differ, "
        "and the 5'10\" striker ordered a 12\" pizza.\n\n"
    )
    text = paragraph * (5_000_000 // len(paragraph))
    started = time.perf_counter()
    found = find_quoted(text)
    assert time.perf_counter() - started < 10.0
    assert len(found) == 3 * (5_000_000 // len(paragraph))


# --- properties -----------------------------------------------------------------------------

ALPHABET = st.sampled_from(list("ab s9 .,:;-—()\n\n\t'\"″“”„‟«»‘’‚‹›"))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=300) | st.text(max_size=100))
@example("“999:«“»")  # a never-closed quote ends where a guillemet opened inside it begins
def test_any_text_gives_valid_spans(text: str) -> None:
    found = find_quoted(text)
    assert list(found) == sorted(found, key=lambda q: q.start)
    for q in found:
        assert 0 <= q.open < q.start <= q.end <= len(text)
        assert text[q.open] in MARKS
        double_mark = text[q.open : q.open + 2] in ("''", "‘‘", "’’")
        assert q.style == ("double" if double_mark else STYLE_OF_MARK[text[q.open]])
        assert q.close is None or (text[q.close] in MARKS and q.close == q.end)
        assert q.paragraphs >= 1 and q.depth >= 0
    outer = [q for q in found if q.depth == 0]
    for a, b in zip(outer, outer[1:]):
        assert a.end <= b.open
    for n, q in enumerate(found):  # a nested quote lies inside the last shallower quote before it
        if q.depth:
            parent = next(p for p in reversed(found[:n]) if p.depth == q.depth - 1)
            assert parent.start <= q.open and q.end <= parent.end


PLAIN = ["the", "river", "rose", "again", "today", "slowly", "we", "wait", "2016", "U.S.", "well,", "no!"]
APOSTROPHES = ["Kim's", "didn't", "didn’t", "'90s", "’90s", "students'", "rock 'n' roll", "rock ’n’ roll"]
WRAPPERS = [("“", "”"), ('"', '"'), ("«", "»"), ("« ", " »"), ("„", "“"), ("‘", "’"), ("'", "'")]


@st.composite
def articles(draw: st.DrawFn, apostrophes: bool) -> tuple[str, list[str]]:
    """Paragraphs of plain words with some pieces wrapped in marks; the wrapped contents."""
    vocabulary = PLAIN + APOSTROPHES if apostrophes else PLAIN
    paragraphs, expected = [], []
    for _ in range(draw(st.integers(1, 6))):
        segments = []
        for _ in range(draw(st.integers(1, 4))):
            wrapper = draw(st.none() | st.sampled_from(WRAPPERS))
            single = wrapper is not None and wrapper[0] in "‘'"
            words = draw(st.lists(st.sampled_from(PLAIN if single else vocabulary), min_size=1, max_size=8))
            body = " ".join(words)
            if wrapper is None:
                segments.append(body)
            else:
                segments.append(f"{wrapper[0]}{body}{wrapper[1]}")
                expected.append(wrapper[0][1:] + body + wrapper[1][:-1])
        lead = draw(st.sampled_from(["", "Someone said "]))
        paragraphs.append(lead + ", then ".join(segments) + draw(st.sampled_from(["", ".", " here."])))
    separators = draw(st.lists(st.sampled_from(["\n", "\n\n", "\n \n\n"]), min_size=len(paragraphs), max_size=len(paragraphs)))
    text = "".join(p + s for p, s in zip(paragraphs, separators))
    return text, expected


@settings(max_examples=150, deadline=None)
@given(articles(apostrophes=False))
def test_generated_paragraphs_find_every_wrapped_piece(article: tuple[str, list[str]]) -> None:
    text, expected = article
    assert contents(text, depth=None) == expected


@settings(max_examples=150, deadline=None)
@given(articles(apostrophes=True))
def test_generated_paragraphs_with_apostrophes(article: tuple[str, list[str]]) -> None:
    text, expected = article
    assert contents(text, depth=None) == expected
