"""Memory and throughput of quotekit over a long stream of articles, and over one huge article.

Run from the repository root (PolNeAR beside it in ../shared):

    python benchmarks/bench_memory.py stream ../shared/data/polnear/train/text \
        ../shared/data/polnear/dev/text --documents 5000 [--n-process 2] [--every 500]
    python benchmarks/bench_memory.py long ../shared/data/polnear/dev/text --megabytes 5

``stream`` feeds ``Analyzer.pipe`` from a generator that reads the articles one at a time,
cycling through the folders until ``--documents`` have gone by, and prints, every ``--every``
documents, the resident memory (RSS) of this process and of its worker processes
(and their proportional total, which counts the pages they share once), so a leak shows as a
rising column. ``long`` joins articles into one text of ``--megabytes`` (the
analyzer reads it in paragraph-aligned chunks) and prints its time and peak RSS.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import quotekit

PAGE_MB = os.sysconf("SC_PAGE_SIZE") / 2**20


def rss_mb(pid: int) -> float:
    """Resident memory of one process in MB (0 if it has gone)."""
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE_MB
    except (OSError, IndexError, ValueError):
        return 0.0


def pss_mb(pid: int) -> float:
    """Proportional memory of one process in MB: pages shared after ``fork`` counted once in all."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except (OSError, IndexError, ValueError):
        pass
    return 0.0


def children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return found


def articles(folders: list[str]) -> list[Path]:
    return sorted(p for folder in folders for p in Path(folder).glob("*.txt"))


def stream(args: argparse.Namespace) -> dict[str, Any]:
    paths = articles(args.folders)
    words = [0]

    def texts() -> Iterator[str]:
        for path in itertools.islice(itertools.cycle(paths), args.documents):
            text = path.read_text(encoding="utf-8")
            words[0] += len(text.split())
            yield text

    started = time.perf_counter()
    analyzer = quotekit.load()
    load_s = time.perf_counter() - started
    rows: list[dict[str, float]] = []
    me = os.getpid()
    quotes = errors = 0
    started = time.perf_counter()
    for n, article in enumerate(analyzer.pipe(texts(), batch_size=args.batch_size, n_process=args.n_process), 1):
        quotes += len(article.quotes)
        errors += article.error is not None
        if n % args.every == 0 or n == args.documents:
            workers = children(me)
            rows.append({
                "documents": n,
                "seconds": round(time.perf_counter() - started, 1),
                "main_rss_mb": round(rss_mb(me)),
                "workers_rss_mb": [round(rss_mb(w)) for w in workers],
                "total_pss_mb": round(sum(pss_mb(p) for p in (me, *workers))),
            })
            if not args.json:
                print(json.dumps(rows[-1]), flush=True)
    seconds = time.perf_counter() - started
    return {
        "documents": args.documents,
        "distinct_articles": len(paths),
        "words": words[0],
        "n_process": args.n_process,
        "load_seconds": round(load_s, 2),
        "seconds": round(seconds, 1),
        "documents_per_second": round(args.documents / seconds, 2),
        "words_per_second": round(words[0] / seconds),
        "quotes": quotes,
        "errors": errors,
        "peak_rss_mb_main": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "peak_rss_mb_largest_worker": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
        "samples": rows,
    }


def long(args: argparse.Namespace) -> dict[str, Any]:
    target = int(args.megabytes * 2**20)
    pieces: list[str] = []
    size = 0
    for path in itertools.cycle(articles(args.folders)):
        if size >= target:
            break
        pieces.append(path.read_text(encoding="utf-8").strip())
        size += len(pieces[-1]) + 2
    text = "\n\n".join(pieces)[:target]
    analyzer = quotekit.load()
    before = rss_mb(os.getpid())
    started = time.perf_counter()
    article = analyzer(text)
    seconds = time.perf_counter() - started
    offsets_ok = all(text[q.start : q.end] == q.text for q in article.quotes)
    return {
        "characters": len(text),
        "words": len(text.split()),
        "chunk_chars": analyzer.chunk_chars,
        "seconds": round(seconds, 1),
        "quotes": len(article.quotes),
        "entities": len(article.entities),
        "error": article.error,
        "offsets_ok": offsets_ok,
        "rss_mb_after_load": round(before),
        "rss_mb_after": round(rss_mb(os.getpid())),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    s = commands.add_parser("stream", help="RSS while streaming many articles through Analyzer.pipe")
    s.add_argument("folders", nargs="+", help="folders of .txt articles, cycled through")
    s.add_argument("--documents", type=int, default=5000)
    s.add_argument("--n-process", type=int, default=1)
    s.add_argument("--batch-size", type=int, default=4)
    s.add_argument("--every", type=int, default=500, help="sample memory every N documents")
    s.add_argument("--json", action="store_true", help="print only the final figures, as JSON")
    s.set_defaults(run=stream)
    l = commands.add_parser("long", help="time and peak RSS of one huge article")
    l.add_argument("folders", nargs="+", help="folders of .txt articles joined into one text")
    l.add_argument("--megabytes", type=float, default=5.0)
    l.set_defaults(run=long)
    args = parser.parse_args()
    figures = args.run(args)
    print(json.dumps(figures, indent=2 if not getattr(args, "json", False) else None))


if __name__ == "__main__":
    main()
