"""How much of the source score is convention and how much is detection (PolNeAR).

    python benchmarks/source_conventions.py ../shared/data/polnear/dev

Scores the source role three ways with :func:`quotekit.evaluate.score`:

* ``mention``: the contract's ``speaker.mention`` (what ``python -m quotekit.evaluate`` reports);
* ``mention + description``: the mention extended over its description when the description
  stands right next to it (``Ann Lee, a lawyer at ...``, ``Foreign Ministry spokesman Lu
  Kang``), as PolNeAR's Source spans take the whole noun phrase;
* ``gold source on found quotes``: every predicted quote given the Source of the gold
  attribution its content overlaps most; the best any resolver could do with this detector.
"""

from __future__ import annotations

import argparse
import copy
from collections.abc import Sequence
from typing import Any

from quotekit import evaluate as ev

#: Characters allowed between a mention and its description (", " or a space).
ADJACENT = 3


def with_description(doc: ev.GoldDoc, quote: dict[str, Any]) -> None:
    """Extend the quote's mention over its description where that stands next to it."""
    speaker = quote.get("speaker") or {}
    mention, description = speaker.get("mention"), speaker.get("description")
    if not mention or not description:
        return
    after = doc.text.find(description, mention["end"], mention["end"] + ADJACENT + len(description))
    before = doc.text.rfind(description, max(0, mention["start"] - ADJACENT - len(description)), mention["start"])
    if after >= 0:
        mention["end"] = after + len(description)
    elif before >= 0:
        mention["start"] = before
    mention["text"] = doc.text[mention["start"] : mention["end"]]


def with_gold_source(doc: ev.GoldDoc, quote: dict[str, Any]) -> None:
    """Give the quote the Source (hull) of the gold attribution its content overlaps most."""
    content = (quote["start"], quote["end"])
    best = max(doc.attributions, key=lambda g: ev._overlap(g.content_hull, content), default=None)
    if best is None or not best.source or ev._overlap(best.content_hull, content) == 0:
        quote["speaker"] = None
        return
    start, end = min(s for s, _ in best.source), max(e for _, e in best.source)
    quote["speaker"] = {"name": doc.text[start:end], "mention": {"text": doc.text[start:end], "start": start, "end": end}}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", help="a PolNeAR split holding text/ and attributions/")
    args = parser.parse_args(argv)
    docs = ev.load_corpus(args.directory)
    predictions, _failures = ev.predict(ev._default_analyzer(), docs)
    for label, change in (("mention", None), ("mention + description", with_description),
                          ("gold source on found quotes", with_gold_source)):
        changed = copy.deepcopy(predictions)
        if change is not None:
            for doc, quotes in zip(docs, changed):
                for quote in quotes:
                    change(doc, quote)
        scores = ev.score(docs, changed)
        token, exact = scores.token["source"], scores.exact["source"]
        print(f"{label:28} token P/R/F1 {token.precision:.3f} / {token.recall:.3f} / {token.f1:.3f}"
              f"   exact {exact.precision:.3f} / {exact.recall:.3f} / {exact.f1:.3f}")


if __name__ == "__main__":
    main()
