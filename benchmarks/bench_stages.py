"""quotekit's own stages (everything after the spaCy parse) on parsed texts, best of several runs.

Run from the repository root (PolNeAR dev beside it in ../shared):

    python benchmarks/bench_stages.py ../shared/data/polnear/dev/text [--repeat 3]

The texts are parsed once (quotekit's component disabled); then ``quotekit.pipeline.analyse``
runs over all of them ``--repeat`` times and the fastest run is printed in seconds. The parse
dominates end-to-end time and varies most on a busy machine, so comparing two versions' own
stages this way (alternating runs) shows a change's cost where ``bench_throughput.py`` cannot.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import quotekit
from quotekit.lexicon import Lexicon
from quotekit.pipeline import analyse


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    analyzer = quotekit.load()
    lexicon = Lexicon.default()
    texts = [path.read_text(encoding="utf-8") for path in sorted(args.directory.glob("*.txt"))]
    docs = list(analyzer.nlp.pipe(texts, disable=["quotekit"]))
    best = float("inf")
    for _ in range(args.repeat):
        start = time.perf_counter()
        for doc in docs:
            analyse(doc, lexicon)
        best = min(best, time.perf_counter() - start)
    print(f"{len(docs)} texts, own stages best of {args.repeat}: {best:.2f} s")


if __name__ == "__main__":
    main()
