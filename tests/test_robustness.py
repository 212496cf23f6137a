"""Hostile input: wrong types, empty and broken text, any unicode, poisoned items in a stream."""

from __future__ import annotations

import os
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

import quotekit
import quotekit.pipeline
from quotekit.results import Article, TextSpan

GOOD = [
    '"The bridge will reopen in May," said Terta Osmann, a researcher at the Harbor Institute.',
    "The market will close next week, unidentified officials said.",
    "The Harbor Times said that the school will need more money.",
]


def assert_offsets_valid(text: str, article: Article) -> None:
    """Every span quotekit returns is the text it says it is, inside ``text``."""
    spans: list[TextSpan | None] = []
    for quote in article.quotes:
        spans += [TextSpan(quote.text, quote.start, quote.end), quote.cue]
        spans += [quote.speaker.mention if quote.speaker else None, *(v.mention for v in quote.via)]
    spans += [m for entity in article.entities for m in entity.mentions]
    for span in spans:
        if span is not None:
            assert 0 <= span.start <= span.end <= len(text), span
            assert text[span.start : span.end] == span.text, span


# --------------------------------------------------------------------------- wrong or empty input
@pytest.mark.parametrize("value", [None, b'"Fine," said Ada Moss.', 42, ["text"], {"text": "x"}])
def test_non_text_raises_type_error(analyzer: quotekit.Analyzer, value: Any) -> None:
    with pytest.raises(TypeError):
        analyzer(value)


@pytest.mark.parametrize("text", ["", " ", "\n", "\n\n\t  \r\n", "\u3000\u00a0"])
def test_empty_or_blank_text_has_no_quotes(analyzer: quotekit.Analyzer, text: str) -> None:
    article = analyzer(text)
    assert article.quotes == () and article.error is None


# --------------------------------------------------------------------------- broken text
HOSTILE = {
    "control characters": '"The deal\x00 is\x07 done,\x1b" said\x0b Ada\x0c Moss.\x7f\x85',
    "zero-width characters": "\ufeff\u201cThe deal\u200b is done,\u201d said Ada\u200b Moss.\u200b\u200d",
    "ssi error": "[an error occurred while processing the directive]\n\n"
    '"The deal is done," said Ada Moss.\n\n[an error occurred while processing the directive]',
    "html tags": '<p>"The deal is done," said <b>Ada Moss</b>.</p>\n<p>She added that it was&nbsp;late.</p>',
    "mixed styles": "\u201cThe deal is done,\" said Ada Moss. \u00abNo,\u201d said Ben Cole. \u2018Yes,\u00bb he said.",
    "unbalanced quotes": '"The deal is done, said Ada Moss.\n\n\u201cNo. \u201cYes.\u201d\u201d\u201d \u00ab \u00bb\u00bb\u00ab "',
    "many straight marks": '"' * 10000,
    "200 open paragraphs": "\n\n".join("\u201cThe river is rising" for _ in range(200)),
    "chinese": "\u201c\u6211\u4eec\u4f1a\u8d62\u3002\u201d\u674e\u660e\u8bf4\u3002\u4ed6\u8865\u5145\u8bf4\uff0c\u6865\u5c06\u5728\u4e94\u6708\u91cd\u65b0\u5f00\u653e\u3002",
    "russian": "\u00ab\u041c\u044b \u043f\u043e\u0431\u0435\u0434\u0438\u043c\u00bb, \u2014 \u0441\u043a\u0430\u0437\u0430\u043b "
    "\u0418\u0432\u0430\u043d \u041f\u0435\u0442\u0440\u043e\u0432. \u041e\u043d \u0434\u043e\u0431\u0430\u0432\u0438\u043b, "
    "\u0447\u0442\u043e \u043c\u043e\u0441\u0442 \u043e\u0442\u043a\u0440\u043e\u044e\u0442 \u0432 \u043c\u0430\u0435.",
    "arabic": "\u0642\u0627\u0644 \u0623\u062d\u0645\u062f \u0639\u0644\u064a: \"\u0633\u0646\u0641\u0648\u0632\". "
    "\u0648\u0623\u0636\u0627\u0641 \u0623\u0646 \u0627\u0644\u062c\u0633\u0631 \u0633\u064a\u0641\u062a\u062d \u0641\u064a \u0645\u0627\u064a\u0648.",
    "surrogate-free astral": '"\U0001f600 The deal is done \U0001f4f0," said Ada Moss \U0001f44d.',
    "combining marks": '"The de\u0301al i\u0308s done," said A\u0300da Mo\u0327ss.',
    "crlf and tabs": '"The deal\tis done,"\r\nsaid Ada Moss.\r\n\r\n\t"Again," she said.',
}


@pytest.mark.parametrize("text", list(HOSTILE.values()), ids=list(HOSTILE))
def test_hostile_text_gives_valid_offsets(analyzer: quotekit.Analyzer, text: str) -> None:
    article = analyzer(text)
    assert article.error is None
    assert_offsets_valid(text, article)


def test_broken_markup_keeps_the_real_quote(analyzer: quotekit.Analyzer) -> None:
    article = analyzer(HOSTILE["ssi error"])
    assert [(q.text.rstrip(","), q.speaker.name if q.speaker else None) for q in article.quotes] == [
        ("The deal is done", "Ada Moss")
    ]


@settings(deadline=None)
@given(st.text())
def test_any_unicode_never_raises(analyzer: quotekit.Analyzer, text: str) -> None:
    assert_offsets_valid(text, analyzer(text))


@settings(deadline=None)
@given(st.lists(st.sampled_from([*'ab .,\n"\u201c\u201d\u00ab\u00bb', " said ", "Ada Moss", " he "]), max_size=40).map("".join))
def test_quote_like_text_never_raises(analyzer: quotekit.Analyzer, text: str) -> None:
    assert_offsets_valid(text, analyzer(text))


# --------------------------------------------------------------------------- streams
@pytest.mark.parametrize("n_process", [1, 2])
def test_pipe_keeps_order_and_isolates_poisoned_items(
    analyzer: quotekit.Analyzer, monkeypatch: pytest.MonkeyPatch, n_process: int
) -> None:
    real = quotekit.pipeline.detect_quotes

    def poisoned(doc: Any, *args: Any, **kwargs: Any) -> Any:
        if "POISON" in doc.text:
            raise RuntimeError("poisoned text")
        return real(doc, *args, **kwargs)

    expected = [analyzer(text) for text in GOOD]
    monkeypatch.setattr(quotekit.pipeline, "detect_quotes", poisoned)
    items: list[Any] = [GOOD[0], 12345, GOOD[1], '"POISON," said Ada Moss.', "", GOOD[2], None]
    results = list(analyzer.pipe(items, batch_size=2, n_process=n_process))

    assert len(results) == len(items)
    good, number, good2, poison, empty, good3, none = results
    assert [good, good2, good3] == expected
    assert all(r.quotes for r in (good, good2, good3))
    assert number.error is not None and "str" in number.error
    assert none.error is not None
    assert poison.error is not None and "poisoned text" in poison.error
    assert empty.error is None and empty.quotes == ()


def test_pipe_survives_a_worker_that_dies(analyzer: quotekit.Analyzer, monkeypatch: pytest.MonkeyPatch) -> None:
    parent = os.getpid()
    real = quotekit.pipeline.detect_quotes

    def fatal(doc: Any, *args: Any, **kwargs: Any) -> Any:
        if "FATAL" in doc.text:
            if os.getpid() != parent:
                os._exit(3)  # the worker process dies, as on a segfault
            raise RuntimeError("fatal text")
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(quotekit.pipeline, "detect_quotes", fatal)
    items = [*GOOD, '"FATAL," said Ada Moss.', *GOOD, *GOOD]
    results = list(analyzer.pipe(items, batch_size=2, n_process=2))

    assert len(results) == len(items)
    assert [r.error is not None for r in results] == ["FATAL" in t for t in items]
    assert [r.quotes for r in results if r.error is None] == [analyzer(t).quotes for t in items if "FATAL" not in t]


def test_long_runs_without_spaces_are_tokenised_in_pieces(analyzer: quotekit.Analyzer) -> None:
    text = '"The pier is open," said Ida Berg. ' + "!?" * 3000 + ' "It is closed," said Ben Cole. ' + "x" * 450
    doc = analyzer._make_doc(text)
    assert isinstance(doc, Doc) and doc.text == text
    assert max(len(t) for t in doc) <= 100
    assert analyzer._make_doc("A short text.") == "A short text."
    article = analyzer(text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        ("The pier is open,", "Ida Berg"),
        ("It is closed,", "Ben Cole"),
    ]


def test_pipe_of_nothing_yields_nothing(analyzer: quotekit.Analyzer) -> None:
    assert list(analyzer.pipe([])) == []


def test_long_text_is_read_in_paragraph_chunks_with_original_offsets(analyzer: quotekit.Analyzer) -> None:
    chunked = quotekit.Analyzer(analyzer.nlp, chunk_chars=400)  # the same logic as beyond max_length
    paragraphs = [f'"Pier {n} will reopen next week," said Ida Berg, a harbour official.' for n in range(40)]
    text = "\n\n".join(paragraphs)
    assert len(text) > 6 * chunked.chunk_chars
    article = chunked(text)
    assert [q.text for q in article.quotes] == [f"Pier {n} will reopen next week," for n in range(40)]
    for quote in article.quotes:
        assert text[quote.start : quote.end] == quote.text
        assert quote.speaker is not None and quote.speaker.mention is not None
        assert text[quote.speaker.mention.start : quote.speaker.mention.end] == quote.speaker.mention.text
