"""quotekit.marks: quoted text in every style, apostrophes, paragraphs, stray marks."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotekit.marks import find_quoted, paragraph_bounds

MARKS = set("\"“”„‟«»‘’‚'‹›″")


def contents(text: str, depth: int | None = 0) -> list[str]:
    return [text[q.start : q.end] for q in find_quoted(text) if depth is None or q.depth == depth]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('She said "yes, we can" and left.', ["yes, we can"]),
        ("She said “yes, we can” and left.", ["yes, we can"]),
        ("She said «yes, we can» and left.", ["yes, we can"]),
        ("Sie sagte „ja, wir können“ und ging.", ["ja, wir können"]),
        ("She said ‘yes, we can’ and left.", ["yes, we can"]),
        ("She said 'yes, we can' and left.", ["yes, we can"]),
        ("She said ''yes, we can'' and left.", ["yes, we can"]),
    ],
)
def test_styles(text, expected):
    assert contents(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Kim's plan didn't work.", "The ’90s and the '80s.", "The students' views differ.", "He is 5'10\" tall."],
)
def test_apostrophes_and_measures_are_not_quotes(text):
    assert find_quoted(text) == ()


def test_nested_single_quote():
    text = '"The mayor\'s \'new deal\' is a trick," she said.'
    assert contents(text) == ["The mayor's 'new deal' is a trick,"]
    assert contents(text, depth=1) == ["new deal"]


def test_quote_over_three_paragraphs():
    text = "“First part.\n\n“Second part.\n\n“Third part,” she said.\n\nAfter."
    [quote] = find_quoted(text)
    assert quote.paragraphs == 3 and text[quote.start : quote.end].endswith("Third part,")


def test_unclosed_paragraph_without_continuation_ends_there():
    text = "“An unclosed quote here.\n\nA plain paragraph with “a real quote” in it."
    assert contents(text) == ["An unclosed quote here.", "a real quote"]


def test_interrupted_quote_gives_two():
    assert contents('"We tried," he continued. "Nobody came."') == ["We tried,", "Nobody came."]


def test_stray_mark_does_not_leak_into_next_paragraph():
    text = 'He is 6" taller.\n\nShe said "fine" then.'
    assert contents(text) == ["fine"]


def test_ten_thousand_marks():
    assert isinstance(find_quoted('"' * 10_000), tuple)
    assert isinstance(find_quoted("“" * 10_000 + "\n" + "”" * 10_000), tuple)


def test_paragraph_bounds_strip_white_space():
    assert paragraph_bounds("  a b \n\n c\n") == ((2, 5), (9, 10))


@given(st.text(alphabet=st.sampled_from(list("ab .,\n'\"“”«»‘’")), max_size=200))
def test_any_text_gives_valid_spans(text):
    found = find_quoted(text)
    assert list(found) == sorted(found, key=lambda q: (q.start, q.depth))
    outer = [q for q in found if q.depth == 0]
    for q in found:
        assert 0 <= q.open < q.start <= q.end <= len(text)
        assert text[q.open] in MARKS
        assert q.close is None or (text[q.close] in MARKS and q.close == q.end)
    for a, b in zip(outer, outer[1:]):
        assert a.end <= b.open


WORDS = st.lists(st.sampled_from(["the", "river", "rose", "again", "today", "slowly", "we", "wait"]), min_size=2, max_size=8)
STYLES = st.sampled_from([("“", "”"), ('"', '"'), ("«", "»")])


@given(st.lists(st.tuples(WORDS, st.booleans(), STYLES), min_size=1, max_size=6))
def test_generated_paragraphs_find_every_wrapped_piece(paragraphs):
    texts, expected = [], []
    for words, wrapped, (left, right) in paragraphs:
        body = " ".join(words)
        if wrapped:
            texts.append(f"Someone said {left}{body}{right} here.")
            expected.append(body)
        else:
            texts.append(f"Someone said {body} here.")
    assert contents("\n\n".join(texts)) == expected
