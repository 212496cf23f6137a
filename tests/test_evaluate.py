"""quotekit.evaluate: brat parsing, the three metrics, failing analyzers, the CLI, real PolNeAR dev."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from quotekit import evaluate as ev
from quotekit.evaluate import GoldAttribution, GoldDoc
from quotekit.results import Article, Quote, Speaker, TextSpan

POLNEAR_DEV = Path(__file__).parents[1].parent / "shared" / "data" / "polnear" / "dev"

TEXT = "“We will win,” Ann Lee said, “and soon.” It is believed taxes rise. Bob spoke."


def _at(part: str) -> str:
    """``START END`` of the first occurrence of ``part`` in TEXT."""
    start = TEXT.index(part)
    return f"{start} {start + len(part)}"


ANN = "\n".join(
    [
        f"T1\tSource {_at('Ann Lee')}\tAnn Lee",
        f"T2\tCue {_at('said')}\tsaid",
        f"T3\tContent {_at('“We will win,”')};{_at('“and soon.”')}\t“We will win,” “and soon.”",
        f"T4\tAttribution {_at('said')}\tsaid",
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        f"T5\tCue {_at('is believed')}\tis believed",
        f"T6\tContent {_at('taxes rise')}\ttaxes rise",
        f"T7\tAttribution-no-source {_at('is believed')}\tis believed",
        "E2\tAttribution-no-source:T7 Content:T6 Cue:T5",
        f"T8\tDiscuss {_at('Bob spoke')}\tBob spoke",
        "#1\tAnnotatorNotes T8\tnot an attribution?",
        "E3\tAttribution-no-source:T7 ",
        "",
    ]
)


def _span(part: str) -> tuple[int, int]:
    start = TEXT.index(part)
    return start, start + len(part)


@pytest.fixture
def doc() -> GoldDoc:
    return GoldDoc("sample", TEXT, ev.parse_brat(ANN, TEXT))


def _quote(start: int, end: int, cue: tuple[int, int] | None = None, source: tuple[int, int] | None = None) -> dict:
    """A contract-shaped quote dict."""
    return {
        "start": start,
        "end": end,
        "cue": None if cue is None else {"start": cue[0], "end": cue[1]},
        "speaker": None if source is None else {"name": "x", "mention": {"start": source[0], "end": source[1]}},
    }


# --------------------------------------------------------------------------- brat


def test_parse_brat_fragments_missing_source_and_ignored_lines(doc: GoldDoc) -> None:
    first, second = doc.attributions  # E3 has no content, Discuss/notes are skipped
    assert first == GoldAttribution(
        content=(_span("“We will win,”"), _span("“and soon.”")),
        cue=(_span("said"),),
        source=(_span("Ann Lee"),),
        direct=True,
    )
    assert first.hull("content") == (0, TEXT.index("“and soon.”") + len("“and soon.”"))
    assert second == GoldAttribution(content=(_span("taxes rise"),), cue=(_span("is believed"),), source=None)
    assert second.hull("source") is None


def test_read_brat_file_and_offsets_outside_text(tmp_path: Path) -> None:
    path = tmp_path / "a_x.ann"
    path.write_text(ANN, encoding="utf-8")
    assert ev.read_brat(path, TEXT) == ev.parse_brat(ANN, TEXT)
    with pytest.raises(ValueError, match="outside the text"):
        ev.read_brat(path, TEXT[:20])


def test_numbered_roles_add_fragments() -> None:
    text = "Yes, he said. And no."
    ann = "T1\tContent 0 3\tYes\nT2\tCue 8 12\tsaid\nT3\tContent 14 20\tAnd no\nE1\tCue:T2 Content:T1 Content2:T3\n"
    (gold,) = ev.parse_brat(ann, text)
    assert gold.content == ((0, 3), (14, 20)) and gold.source is None and not gold.direct


# --------------------------------------------------------------------------- metrics


def test_gold_as_prediction_is_perfect(doc: GoldDoc) -> None:
    scores = ev.score([doc], [ev.gold_predictions(doc)])
    for role in ev.ROLES:
        for counts in (scores.token[role], scores.exact[role]):
            assert (counts.precision, counts.recall, counts.f1) == (1.0, 1.0, 1.0), role
    assert (scores.direct_quotes, scores.direct_found, scores.direct_recall) == (1, 1, 1.0)


def test_fragments_as_predictions_are_perfect_token_overlap(doc: GoldDoc) -> None:
    predictions = [_quote(*fragment) for gold in doc.attributions for fragment in gold.content]
    counts = ev.score([doc], [predictions]).token["content"]
    assert (counts.precision, counts.recall) == (1.0, 1.0)


def test_empty_predictions_recall_nothing(doc: GoldDoc) -> None:
    scores = ev.score([doc], [[]])
    for role in ev.ROLES:
        assert scores.token[role].recall == scores.exact[role].recall == 0.0
        assert scores.token[role].gold > 0
    assert scores.direct_recall == 0.0 and scores.direct_quotes == 1


def test_half_overlapping_prediction_token_counts() -> None:
    text = "Ann said that taxes will rise next year."
    gold = GoldDoc("t", text, (GoldAttribution(content=((14, 39),), cue=((4, 8),), source=((0, 3),)),))
    assert text[14:39] == "taxes will rise next year"
    prediction = _quote(9, 24)  # "that taxes will": 3 words, 2 of them gold; 2 of 5 gold words found
    assert text[9:24] == "that taxes will"
    counts = ev.score([gold], [[prediction]]).token["content"]
    assert (counts.matched_predicted, counts.predicted, counts.matched_gold, counts.gold) == (2, 3, 2, 5)
    assert counts.precision == pytest.approx(2 / 3)
    assert counts.recall == pytest.approx(2 / 5)
    assert counts.f1 == pytest.approx(2 * (2 / 3) * (2 / 5) / (2 / 3 + 2 / 5))
    assert ev.score([gold], [[prediction]]).exact["content"].f1 == 0.0


def test_micro_average_sums_counts_over_articles() -> None:
    text = "one two three four"
    gold = GoldDoc("a", text, (GoldAttribution(content=((0, 18),), cue=None, source=None),))
    scores = ev.score([gold, gold], [[_quote(0, 3)], [_quote(0, 18)]])
    assert scores.token["content"].recall == pytest.approx((1 + 4) / (4 + 4))
    assert scores.exact["content"].precision == 0.5 and scores.exact["content"].recall == 0.5


def test_exact_span_strips_quote_marks_and_punctuation(doc: GoldDoc) -> None:
    start, end = _span("“We will win,”")
    taxes_start, taxes_end = _span("taxes rise")
    assert ev.strip_span(TEXT, (start, end)) == (start + 1, end - 2)
    predictions = [
        _quote(start + 1, end - 2),  # We will win -> not the gold hull (which runs to "soon.”")
        _quote(0, _span("“and soon.”")[1] - 1),  # hull without its closing quote mark
        _quote(taxes_start - 1, taxes_end + 1),  # " taxes rise." -> taxes rise
    ]
    counts = ev.score([doc], [predictions]).exact["content"]
    assert (counts.matched_predicted, counts.predicted, counts.matched_gold, counts.gold) == (2, 3, 2, 2)


def test_exact_span_counts_each_gold_once() -> None:
    text = "Yes, she said."
    gold = GoldDoc("y", text, (GoldAttribution(content=((0, 3),), cue=((9, 13),), source=((5, 8),)),))
    counts = ev.score([gold], [[_quote(0, 3), _quote(0, 4)]]).exact["content"]
    assert (counts.matched_predicted, counts.predicted, counts.matched_gold, counts.gold) == (1, 2, 1, 1)


def test_direct_quote_recall_needs_half_of_the_fragments_covered() -> None:
    text = '"abcdefghij" she said, "klmnopqrst".'
    direct = GoldAttribution(content=((0, 12),), cue=None, source=None, direct=True)
    other = GoldAttribution(content=((23, 35),), cue=None, source=None, direct=True)
    indirect = GoldAttribution(content=((13, 21),), cue=None, source=None)
    gold = GoldDoc("d", text, (direct, other, indirect))
    assert ev.parse_brat("T1\tContent 0 12\tx\nE1\tContent:T1\n", text)[0].direct
    half = ev.score([gold], [[_quote(0, 6)]])
    assert (half.direct_quotes, half.direct_found, half.direct_recall) == (2, 1, 0.5)
    assert ev.score([gold], [[_quote(0, 5)]]).direct_found == 0
    assert ev.score([gold], [[_quote(0, 3), _quote(3, 6)]]).direct_found == 1  # two quotes, 6 of 12
    assert ev.score([gold], [[_quote(0, 5), _quote(0, 5)]]).direct_found == 0  # no character twice


def test_direct_quote_recall_counts_fragments_not_the_gap() -> None:
    text = '"abcdef," she said, "ghijkl."'
    fragments = ((0, 9), (20, 29))  # 18 characters of quote; the 11 between are not
    gold = GoldDoc("d", text, (GoldAttribution(content=fragments, cue=None, source=None, direct=True),))
    assert ev.score([gold], [[_quote(0, 9)]]).direct_found == 1  # one of two quotes: 9 of 18
    assert ev.score([gold], [[_quote(5, 22)]]).direct_found == 0  # 17 characters, only 6 quoted


def test_scores_to_dict_and_format(doc: GoldDoc) -> None:
    scores = ev.score([doc], [[_quote(*_span("taxes rise"))]], exceptions=[("bad", "ValueError: x")])
    data = json.loads(json.dumps(scores.to_dict()))
    assert data["documents"] == 1
    assert data["token"]["content"]["precision"] == 1.0
    assert data["exceptions"] == {"count": 1, "documents": [{"name": "bad", "error": "ValueError: x"}]}
    table = scores.format()
    assert "1 documents, 1 exceptions" in table and "bad" in table
    assert "content    1.000" in table
    assert "(0/1)" in table


def test_format_errors_lists_misses_and_spurious(doc: GoldDoc) -> None:
    report = ev.format_errors([doc], [[_quote(*_span("taxes rise")), _quote(*_span("Bob spoke"), source=_span("Bob"))]])
    assert "# false negatives: 1 " in report and '"“We will win,” [...] “and soon.”"' in report
    assert 'cue: "said" | source: "Ann Lee"' in report
    assert "# false positives: 1 " in report and '"Bob spoke" | cue: - | source: "Bob"' in report


def test_format_errors_counts_an_interrupted_quote_found_in_two_parts() -> None:
    text = '"abcdef," she said, "ghijkl."'
    gold = GoldDoc("d", text, (GoldAttribution(content=((0, 9), (20, 29)), cue=((15, 19),), source=None),))
    found = ev.format_errors([gold], [[_quote(1, 7), _quote(21, 27)]])  # each part alone is < 50%
    assert "# false negatives: 0 " in found
    assert "# false negatives: 1 " in ev.format_errors([gold], [[_quote(1, 4)]])


# --------------------------------------------------------------------------- running an analyzer


def _write_corpus(root: Path) -> list[GoldDoc]:
    texts = {
        "a": TEXT,
        "b": "Bad input, the parser said.",
        "c": "Taxes will rise, Ann Lee said.",
    }
    anns = {
        "a": ANN,
        "b": "T1\tContent 0 9\tBad input\nT2\tCue 22 26\tsaid\nE1\tContent:T1 Cue:T2\n",
        "c": "T1\tContent 0 15\tTaxes will rise\nT2\tSource 17 24\tAnn Lee\nT3\tCue 25 29\tsaid\n"
        "E1\tContent:T1 Cue:T3 Source:T2\n",
    }
    (root / "text").mkdir()
    (root / "attributions").mkdir()
    for name, text in texts.items():
        (root / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
        (root / "attributions" / f"{name}_1.ann").write_text(anns[name], encoding="utf-8")
    (root / "attributions" / "c_2.ann").write_text("", encoding="utf-8")  # a second annotator: ignored
    return ev.load_corpus(root)


class PerfectButFragile:
    """Returns the gold as Articles, and raises for texts starting with "Bad"."""

    def __init__(self, docs: list[GoldDoc], pipe_fails: bool = True) -> None:
        self.gold = {doc.text: ev.gold_predictions(doc) for doc in docs}
        self.pipe_fails = pipe_fails
        self.calls: list[str] = []

    def __call__(self, text: str) -> Article:
        self.calls.append(text)
        if text.startswith("Bad"):
            raise ValueError("cannot read this")
        quotes = []
        for q in self.gold[text]:
            mention = q["speaker"] and TextSpan.from_dict(q["speaker"]["mention"])
            speaker = None if mention is None else Speaker(mention.text, mention=mention)
            quotes.append(Quote(q["text"], q["start"], q["end"], "direct", TextSpan.from_dict(q["cue"]), speaker, "named"))
        return Article(quotes=quotes)

    def pipe(self, texts: Iterable[str]) -> Iterator[Article]:
        for text in texts:
            if text.startswith("Bad") and not self.pipe_fails:
                yield Article(error="ValueError: cannot read this")
                continue
            yield self(text)


def test_load_corpus_takes_first_annotator_and_limit(tmp_path: Path) -> None:
    docs = _write_corpus(tmp_path)
    assert [doc.name for doc in docs] == ["a", "b", "c"]
    assert len(docs[2].attributions) == 1  # c_1.ann, not the empty c_2.ann
    assert [doc.name for doc in ev.load_corpus(tmp_path, limit=2)] == ["a", "b"]
    with pytest.raises(FileNotFoundError):
        ev.load_corpus(tmp_path / "missing")


@pytest.mark.parametrize("pipe_fails", [True, False])
def test_failing_document_is_an_exception_and_the_rest_are_scored(tmp_path: Path, pipe_fails: bool) -> None:
    docs = _write_corpus(tmp_path)
    analyzer = PerfectButFragile(docs, pipe_fails=pipe_fails)
    scores = ev.evaluate(tmp_path, analyzer=analyzer)
    assert [name for name, _ in scores.exceptions] == ["b"]
    assert "cannot read this" in scores.exceptions[0][1]
    expected = ev.score(docs, [ev.gold_predictions(docs[0]), [], ev.gold_predictions(docs[2])])
    assert scores.token == expected.token and scores.exact == expected.exact
    assert scores.token["content"].precision == 1.0
    assert 0.0 < scores.token["content"].recall < 1.0
    if pipe_fails:  # a, then b through pipe; b retried alone; c alone
        assert analyzer.calls == [TEXT, docs[1].text, docs[1].text, docs[2].text]


def test_cli_table_json_and_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    docs = _write_corpus(corpus)
    monkeypatch.setattr(ev, "_default_analyzer", lambda: PerfectButFragile(docs))
    ev.main([str(corpus), "--limit", "2"])
    assert "2 documents, 1 exceptions" in capsys.readouterr().out
    errors = tmp_path / "errors.txt"
    ev.main([str(corpus), "--json", "--errors", str(errors)])
    data = json.loads(capsys.readouterr().out)
    assert data["documents"] == 3 and data["exceptions"]["count"] == 1
    report = errors.read_text(encoding="utf-8")
    assert "[b] 0-9" in report and "# false positives: 0 " in report
    with pytest.raises(SystemExit):
        ev.main([str(tmp_path / "nowhere")])


# --------------------------------------------------------------------------- the real corpus


@pytest.mark.skipif(not POLNEAR_DEV.is_dir(), reason="../shared/data/polnear/dev is not beside the repository")
def test_polnear_dev_gold_as_prediction_scores_one() -> None:
    docs = ev.load_corpus(POLNEAR_DEV)
    assert len(docs) == 84
    scores = ev.score(docs, [ev.gold_predictions(doc) for doc in docs])
    assert scores.direct_quotes > 0 and scores.direct_recall == 1.0
    for role in ev.ROLES:
        assert scores.token[role].gold > 0
        for counts in (scores.token[role], scores.exact[role]):
            assert (counts.precision, counts.recall, counts.f1) == (1.0, 1.0, 1.0), role
