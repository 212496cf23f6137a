"""Score quotekit against PolNeAR (brat standoff): ``python -m quotekit.evaluate DIR``.

``DIR`` is a PolNeAR split holding ``text/NAME.txt`` and ``attributions/NAME_ANNOTATOR.ann``
(the first ``.ann`` in sorted order is used when several annotators did one article).
Each gold attribution has a Content, a Cue and (usually) a Source; a prediction is a quote
dict of the JSON contract (:meth:`quotekit.results.Quote.to_dict`): content is
``[start, end)``, cue is ``cue``, source is ``speaker.mention``.

For each of content, cue and source three things are measured, micro-averaged over articles:

* **token overlap** (as Citron reports it): words are ``\\w+`` matches; a word belongs to a
  set of spans when it shares a character with one. Precision is the share of predicted
  words that fall in a gold span, recall the share of gold words that fall in a predicted
  span. Gold is the annotated fragments for recall and their hull for precision, so that
  predicting ``"A," he said, "B."`` as one span (the contract has one span per quote) is
  not penalised for the ``he said`` between the fragments.
* **exact span**: a prediction matches a gold span when both are equal after
  :func:`strip_span` (multi-fragment gold is compared as its hull); each gold span matches
  at most once.
* **direct-quote recall** (content only): the share of gold contents holding a quotation
  mark (one of ``"“”„«»``) whose fragments are at least half covered, in characters, by the
  predicted content spans (an interrupted quote is two quotes in the contract).

>>> text = 'Tax cuts work, Ann Lee said.'
>>> ann = "T1\\tSource 15 22\\tAnn Lee\\nT2\\tCue 23 27\\tsaid\\nT3\\tContent 0 13\\tTax cuts work\\n"
>>> ann += "E1\\tAttribution:T2 Content:T3 Cue:T2 Source:T1\\n"
>>> doc = GoldDoc("doc", text, parse_brat(ann, text))
>>> scores = score([doc], [gold_predictions(doc)])
>>> scores.token["content"].f1, scores.exact["source"].recall
(1.0, 1.0)
>>> score([doc], [[]]).token["cue"].recall
0.0
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

import attrs

Span = tuple[int, int]
Fragments = tuple[Span, ...]
Prediction = Mapping[str, Any]

ROLES: tuple[str, ...] = ("content", "cue", "source")
QUOTE_MARKS: frozenset[str] = frozenset('"“”„«»')
DIRECT_COVERAGE = 0.5

_WORD = re.compile(r"\w+")
_BRAT_ID = re.compile(r"[TE]\d+")


# --------------------------------------------------------------------------- gold data


@attrs.frozen
class GoldAttribution:
    """One annotated attribution: character fragments of its content, cue and source.

    Fragments are sorted by start; ``cue``/``source`` are ``None`` when not annotated and
    ``direct`` says whether the content holds a quotation mark.

    >>> GoldAttribution(content=((0, 5), (12, 20)), cue=((6, 10),), source=None).hull("content")
    (0, 20)
    """

    content: Fragments
    cue: Fragments | None
    source: Fragments | None
    direct: bool = False

    def fragments(self, role: str) -> Fragments | None:
        """The fragments of ``role`` (one of :data:`ROLES`)."""
        return {"content": self.content, "cue": self.cue, "source": self.source}[role]

    def hull(self, role: str) -> Span | None:
        """From the first fragment's start to the last fragment's end, or ``None``."""
        frags = self.fragments(role)
        return None if not frags else (frags[0][0], max(end for _, end in frags))

    @property
    def content_hull(self) -> Span:
        """The hull of the content (always annotated)."""
        return self.content[0][0], max(end for _, end in self.content)


@attrs.frozen
class GoldDoc:
    """One article: its name (the text file's stem), text and gold attributions."""

    name: str
    text: str
    attributions: tuple[GoldAttribution, ...]


def _read_text(path: Path) -> str:
    # newline="" keeps "\r\n" as two characters: brat offsets count every character.
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()


def _parse_offsets(field: str) -> Fragments:
    return tuple(sorted((int(s), int(e)) for s, e in (f.split() for f in field.split(";"))))


def parse_brat(ann: str, text: str, origin: str = "<string>") -> tuple[GoldAttribution, ...]:
    """Gold attributions from the contents of a brat ``.ann`` file, in ``E``-line order.

    Roles with a numeric suffix (``Content2``) add fragments to their role; relations
    without a Content and ``T`` lines in no relation (``Discuss``, ``Discard``) are ignored.
    Lines that are neither ``T`` nor ``E`` (notes, continuations of multi-line span texts)
    are skipped. Raises ``ValueError`` for offsets outside ``text`` or unknown ids.
    """
    spans: dict[str, Fragments] = {}
    relations: list[list[str]] = []
    for line in ann.splitlines():
        fields = line.split("\t")
        if len(fields) < 2 or not _BRAT_ID.fullmatch(fields[0]):
            continue
        if fields[0][0] == "T":
            _label, _, offsets = fields[1].partition(" ")
            frags = _parse_offsets(offsets)
            if any(not 0 <= start <= end <= len(text) for start, end in frags):
                raise ValueError(f"{origin}: {fields[0]} offsets {offsets!r} are outside the text")
            spans[fields[0]] = frags
        else:
            relations.append(fields[1].split())
    attributions = []
    for args in relations:
        roles: dict[str, list[Span]] = {}
        for arg in args:
            role, _, span_id = arg.partition(":")
            role = role.rstrip("0123456789").lower()
            if role not in ROLES:
                continue
            if span_id not in spans:
                raise ValueError(f"{origin}: relation refers to unknown span {span_id!r}")
            roles.setdefault(role, []).extend(spans[span_id])
        if not roles.get("content"):
            continue
        content = tuple(sorted(roles["content"]))
        cue, source = roles.get("cue"), roles.get("source")
        attributions.append(
            GoldAttribution(
                content=content,
                cue=None if not cue else tuple(sorted(cue)),
                source=None if not source else tuple(sorted(source)),
                direct=any(not QUOTE_MARKS.isdisjoint(text[s:e]) for s, e in content),
            )
        )
    return tuple(attributions)


def read_brat(ann_path: str | Path, text: str) -> tuple[GoldAttribution, ...]:
    """Gold attributions of the brat file ``ann_path`` annotating ``text`` (see :func:`parse_brat`)."""
    path = Path(ann_path)
    return parse_brat(_read_text(path), text, origin=str(path))


def load_corpus(directory: str | Path, limit: int | None = None) -> list[GoldDoc]:
    """The articles of a PolNeAR split, sorted by name (the first ``limit`` when given).

    An article without an ``.ann`` file has no attributions. Raises ``FileNotFoundError``
    when ``directory/text`` is missing.
    """
    root = Path(directory)
    text_dir, ann_dir = root / "text", root / "attributions"
    if not text_dir.is_dir():
        raise FileNotFoundError(f"{text_dir} is not a directory (expected a PolNeAR split)")
    first_ann: dict[str, Path] = {}
    for ann in sorted(ann_dir.glob("*.ann")) if ann_dir.is_dir() else ():
        first_ann.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    paths = sorted(text_dir.glob("*.txt"))
    docs = []
    for path in paths if limit is None else paths[:limit]:
        text = _read_text(path)
        ann_path = first_ann.get(path.stem)
        gold = () if ann_path is None else read_brat(ann_path, text)
        docs.append(GoldDoc(path.stem, text, gold))
    return docs


def gold_predictions(doc: GoldDoc) -> list[dict[str, Any]]:
    """The gold of ``doc`` as contract-shaped quote dicts (hulls): a perfect prediction."""

    def span(value: Span | None) -> dict[str, Any] | None:
        if value is None:
            return None
        return {"text": doc.text[value[0] : value[1]], "start": value[0], "end": value[1]}

    quotes = []
    for gold in doc.attributions:
        start, end = gold.content_hull
        source = span(gold.hull("source"))
        quotes.append(
            {
                "text": doc.text[start:end],
                "start": start,
                "end": end,
                "kind": "direct" if gold.direct else "indirect",
                "cue": span(gold.hull("cue")),
                "speaker": None if source is None else {"name": source["text"], "mention": source},
                "attribution": "unknown",
            }
        )
    return quotes


# --------------------------------------------------------------------------- scoring


def strip_span(text: str, span: Span) -> Span:
    """``span`` without whitespace, quotation marks and punctuation at either edge.

    >>> text = 'He said: “Go home.” '
    >>> start, end = strip_span(text, (8, 20))
    >>> text[start:end]
    'Go home'
    """
    start, end = span
    while start < end and _is_edge(text[start]):
        start += 1
    while end > start and _is_edge(text[end - 1]):
        end -= 1
    return start, end


def _is_edge(char: str) -> bool:
    return char.isspace() or unicodedata.category(char).startswith("P")


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


@attrs.frozen
class Counts:
    """Micro-averaging counts of one role and metric; P, R and F1 derive from them."""

    matched_predicted: int = 0
    predicted: int = 0
    matched_gold: int = 0
    gold: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(attrs.astuple(self), attrs.astuple(other))))

    @property
    def precision(self) -> float:
        return _ratio(self.matched_predicted, self.predicted)

    @property
    def recall(self) -> float:
        return _ratio(self.matched_gold, self.gold)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1, **attrs.asdict(self)}


@attrs.frozen
class Scores:
    """Corpus scores: token-overlap and exact-span counts per role, direct-quote recall,
    and the articles whose analysis raised (scored as predicting nothing)."""

    documents: int
    token: Mapping[str, Counts]
    exact: Mapping[str, Counts]
    direct_quotes: int
    direct_found: int
    exceptions: tuple[tuple[str, str], ...] = ()

    @property
    def direct_recall(self) -> float:
        return _ratio(self.direct_found, self.direct_quotes)

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "token": {role: self.token[role].to_dict() for role in ROLES},
            "exact": {role: self.exact[role].to_dict() for role in ROLES},
            "direct_quotes": {
                "gold": self.direct_quotes,
                "found": self.direct_found,
                "recall": self.direct_recall,
            },
            "exceptions": {
                "count": len(self.exceptions),
                "documents": [{"name": name, "error": error} for name, error in self.exceptions],
            },
        }

    def format(self) -> str:
        """A readable table, three decimals."""
        lines = [
            f"PolNeAR: {self.documents} documents, {len(self.exceptions)} exceptions",
            "",
            " " * 9 + "token overlap (\\w+)".ljust(24) + "exact span",
            (f"{'role':<9}" + f"{'P':>7}{'R':>7}{'F1':>7}   " * 2).rstrip(),
        ]
        for role in ROLES:
            row = f"{role:<9}"
            for counts in (self.token[role], self.exact[role]):
                row += f"{counts.precision:7.3f}{counts.recall:7.3f}{counts.f1:7.3f}   "
            lines.append(row.rstrip())
        lines += [
            "",
            f"direct-quote content recall (>= {DIRECT_COVERAGE:.0%} covered): "
            f"{self.direct_recall:.3f} ({self.direct_found}/{self.direct_quotes})",
        ]
        if self.exceptions:
            lines.append("exceptions: " + ", ".join(name for name, _ in self.exceptions))
        return "\n".join(lines)


def _span_of(value: Mapping[str, Any] | None, length: int) -> Span | None:
    if not value:
        return None
    start, end = max(0, int(value["start"])), min(length, int(value["end"]))
    return (start, end) if start < end else None


def predicted_spans(quote: Prediction, length: int) -> dict[str, Span | None]:
    """Content, cue and source spans of one contract quote dict, clipped to ``[0, length)``.

    >>> predicted_spans({"start": 0, "end": 5, "cue": None, "speaker": {"mention": None}}, 9)
    {'content': (0, 5), 'cue': None, 'source': None}
    """
    speaker = quote.get("speaker") or {}
    return {
        "content": _span_of(quote, length),
        "cue": _span_of(quote.get("cue"), length),
        "source": _span_of(speaker.get("mention"), length),
    }


def _mask(length: int, spans: Iterable[Span]) -> bytearray:
    mask = bytearray(length)
    for start, end in spans:
        mask[start:end] = b"\x01" * (end - start)
    return mask


def _touches(mask: bytearray, token: Span) -> bool:
    return mask.find(1, token[0], token[1]) != -1


def _token_counts(tokens: Sequence[Span], length: int, fragments: Iterable[Span],
                  hulls: Iterable[Span], predicted: Iterable[Span]) -> Counts:
    gold_mask, hull_mask, pred_mask = _mask(length, fragments), _mask(length, hulls), _mask(length, predicted)
    pred_tokens = [t for t in tokens if _touches(pred_mask, t)]
    gold_tokens = [t for t in tokens if _touches(gold_mask, t)]
    return Counts(
        matched_predicted=sum(_touches(hull_mask, t) for t in pred_tokens),
        predicted=len(pred_tokens),
        matched_gold=sum(_touches(pred_mask, t) for t in gold_tokens),
        gold=len(gold_tokens),
    )


def _exact_counts(text: str, hulls: Iterable[Span], predicted: Iterable[Span]) -> Counts:
    gold = Counter(strip_span(text, span) for span in hulls)
    pred = Counter(strip_span(text, span) for span in predicted)
    matched = sum((gold & pred).values())
    return Counts(matched, sum(pred.values()), matched, sum(gold.values()))


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _fragments_covered(fragments: Sequence[Span], predicted: Sequence[Span]) -> bool:
    """Whether the predicted spans together cover at least half of the gold fragments' characters.

    An interrupted quote (``"A," she said. "B."``) is one gold content in two fragments but two
    quotes in the contract; the words between the fragments are not the quote's.
    """
    total = sum(end - start for start, end in fragments)
    covered = sum(_overlap(fragment, span) for fragment in fragments for span in _merged(predicted))
    return total > 0 and covered >= DIRECT_COVERAGE * total


def _merged(spans: Iterable[Span]) -> list[Span]:
    """Overlapping spans joined, so no character is counted twice.

    >>> _merged([(5, 9), (0, 3), (2, 4), (5, 6)])
    [(0, 4), (5, 9)]
    """
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def score(
    gold_docs: Sequence[GoldDoc],
    predictions: Sequence[Sequence[Prediction]],
    exceptions: Iterable[tuple[str, str]] = (),
) -> Scores:
    """Score ``predictions[i]`` (contract quote dicts) against ``gold_docs[i]``.

    ``exceptions`` are ``(name, message)`` pairs of articles whose analysis failed; they are
    only reported (give them empty predictions).
    """
    if len(gold_docs) != len(predictions):
        raise ValueError(f"{len(gold_docs)} documents but {len(predictions)} prediction lists")
    token = dict.fromkeys(ROLES, Counts())
    exact = dict.fromkeys(ROLES, Counts())
    direct_quotes = direct_found = 0
    for doc, quotes in zip(gold_docs, predictions):
        length = len(doc.text)
        tokens = [match.span() for match in _WORD.finditer(doc.text)]
        spans = [predicted_spans(quote, length) for quote in quotes]
        for role in ROLES:
            predicted = [span for s in spans if (span := s[role]) is not None]
            hulls = [h for g in doc.attributions if (h := g.hull(role)) is not None]
            fragments = [f for g in doc.attributions for f in g.fragments(role) or ()]
            token[role] += _token_counts(tokens, length, fragments, hulls, predicted)
            exact[role] += _exact_counts(doc.text, hulls, predicted)
        contents = [span for s in spans if (span := s["content"]) is not None]
        for gold in doc.attributions:
            if gold.direct:
                direct_quotes += 1
                direct_found += _fragments_covered(gold.fragments("content") or (gold.content_hull,), contents)
    return Scores(len(gold_docs), token, exact, direct_quotes, direct_found, tuple(exceptions))


# --------------------------------------------------------------------------- error analysis


def _show(text: str, spans: Iterable[Span] | None) -> str:
    """Fragments as one quoted line, gaps shown as ``[...]``; ``-`` for none."""
    if not spans:
        return "-"
    shown = " [...] ".join(" ".join(text[start:end].split()) for start, end in spans)
    return json.dumps(shown, ensure_ascii=False)


def _listed(span: Span | None) -> list[Span]:
    return [] if span is None else [span]


def format_errors(gold_docs: Sequence[GoldDoc], predictions: Sequence[Sequence[Prediction]]) -> str:
    """Content false negatives (gold fragments not half covered by the predictions, as in the
    direct-quote recall) and false positives
    (predictions overlapping no gold content), one per line with cue and source, for reading."""
    missed: list[str] = []
    spurious: list[str] = []
    for doc, quotes in zip(gold_docs, predictions):
        text = doc.text
        spans = [predicted_spans(quote, len(text)) for quote in quotes]
        contents = [span for s in spans if (span := s["content"]) is not None]
        hulls = [g.content_hull for g in doc.attributions]
        for gold, hull in zip(doc.attributions, hulls):
            if not _fragments_covered(gold.fragments("content") or (hull,), contents):
                missed.append(
                    f"[{doc.name}] {hull[0]}-{hull[1]} content: {_show(text, gold.content)}"
                    f" | cue: {_show(text, gold.cue)} | source: {_show(text, gold.source)}"
                )
        for s in spans:
            content = s["content"]
            if content is not None and not any(_overlap(content, h) for h in hulls):
                spurious.append(
                    f"[{doc.name}] {content[0]}-{content[1]} content: {_show(text, [content])}"
                    f" | cue: {_show(text, _listed(s['cue']))} | source: {_show(text, _listed(s['source']))}"
                )
    header_missed = f"# false negatives: {len(missed)} gold contents not covered >= {DIRECT_COVERAGE:.0%} by the predictions"
    header_spurious = f"# false positives: {len(spurious)} predicted contents overlapping no gold content"
    return "\n".join([header_missed, *missed, "", header_spurious, *spurious, ""])


# --------------------------------------------------------------------------- running quotekit


class AnalyzerLike(Protocol):
    """What :func:`evaluate` needs of an analyzer (``quotekit.Analyzer`` has both)."""

    def __call__(self, text: str) -> Any: ...

    def pipe(self, texts: Iterable[str]) -> Iterable[Any]: ...


def predict(
    analyzer: AnalyzerLike, docs: Sequence[GoldDoc]
) -> tuple[list[list[dict[str, Any]]], tuple[tuple[str, str], ...]]:
    """Quote dicts for every doc, and ``(name, message)`` for each doc whose analysis failed.

    Runs ``analyzer.pipe``; if it raises (or stops early), the remaining docs, from the one
    that failed, are analysed one at a time. A failing doc (an exception, or an Article with
    ``error`` set) predicts nothing.
    """
    articles: list[Any] = []
    try:
        for article in analyzer.pipe([doc.text for doc in docs]):
            articles.append(article)
            if len(articles) == len(docs):
                break
    except Exception:  # noqa: BLE001 - retried below one doc at a time, where it is recorded
        pass
    predictions: list[list[dict[str, Any]]] = []
    failures: list[tuple[str, str]] = []
    for index, doc in enumerate(docs):
        try:
            article = articles[index] if index < len(articles) else analyzer(doc.text)
            error = getattr(article, "error", None)
            quotes = [] if error else [quote.to_dict() for quote in article.quotes]
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the evaluation
            quotes, error = [], f"{type(exc).__name__}: {exc}"
        predictions.append(quotes)
        if error:
            failures.append((doc.name, str(error)))
    return predictions, tuple(failures)


def _default_analyzer() -> AnalyzerLike:
    import quotekit

    return quotekit.load()


def evaluate(directory: str | Path, analyzer: AnalyzerLike | None = None, limit: int | None = None) -> Scores:
    """Run ``analyzer`` (default ``quotekit.load()``) over a PolNeAR split and score it."""
    docs = load_corpus(directory, limit)
    predictions, failures = predict(analyzer or _default_analyzer(), docs)
    return score(docs, predictions, failures)


def _positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


def main(argv: Sequence[str] | None = None) -> None:
    """``python -m quotekit.evaluate DIR [--limit N] [--json] [--errors FILE]``."""
    parser = argparse.ArgumentParser(
        prog="python -m quotekit.evaluate",
        description="Score quotekit's quotes, cues and speakers against a PolNeAR split (brat standoff).",
    )
    parser.add_argument("directory", type=Path, help="a PolNeAR split holding text/ and attributions/")
    parser.add_argument("--limit", type=_positive_int, metavar="N", help="score only the first N articles")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--errors", type=Path, metavar="FILE",
                        help="write content false negatives and false positives to FILE")
    args = parser.parse_args(argv)
    try:
        docs = load_corpus(args.directory, args.limit)
    except (OSError, ValueError) as exc:
        parser.error(str(exc))
    predictions, failures = predict(_default_analyzer(), docs)
    scores = score(docs, predictions, failures)
    if args.errors is not None:
        args.errors.write_text(format_errors(docs, predictions), encoding="utf-8")
    print(json.dumps(scores.to_dict(), indent=2) if args.json else scores.format())


if __name__ == "__main__":
    main()
