"""Throughput of quotekit.dask on a LocalCluster of 1 and of 2 worker processes.

Run from the repository root (PolNeAR dev beside it in ../shared, the [dask] extra installed):

    python benchmarks/bench_dask.py ../shared/data/polnear/dev/text [--repeat 3] [--workers 1 2] [--json]

The texts are repeated ``--repeat`` times (84 dev articles x 3 = 252 documents) so that the
start-up is small against the work. For each cluster size, start-up (the cluster's processes
and ``quotekit.load()`` in every worker, run through ``Client.run``) is timed apart from
processing (``analyse_bag(...).compute()``, partitions of ``--partition-size`` documents),
and the results are checked: one per document, in order, none failed.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

import dask.bag as db
from distributed import Client, LocalCluster

from quotekit.corpus import worker_analyzer
from quotekit.dask import analyse_bag


def run(texts: list[str], workers: int, partition_size: int) -> dict[str, Any]:
    """Start-up and processing seconds of one cluster size, and the rates."""
    records = [{"id": n, "text": text} for n, text in enumerate(texts)]
    words = sum(len(text.split()) for text in texts)
    start = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        client.run(worker_analyzer)  # quotekit.load() once in every worker
        started = time.perf_counter()
        bag = db.from_sequence(records, partition_size=partition_size)
        rows = analyse_bag(bag).compute()
        done = time.perf_counter()
    assert [row["id"] for row in rows] == list(range(len(texts))), "one result per document, in order"
    processing = done - started
    return {
        "workers": workers,
        "documents": len(texts),
        "words": words,
        "partitions": bag.npartitions,
        "startup_seconds": round(started - start, 2),
        "processing_seconds": round(processing, 2),
        "docs_per_second": round(len(texts) / processing, 2),
        "words_per_second": round(words / processing),
        "failed": sum(row["error"] is not None for row in rows),
        "quotes": sum(len(row["quotes"]) for row in rows),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", help="folder of .txt articles (e.g. PolNeAR dev text)")
    parser.add_argument("--repeat", type=int, default=3, help="times the texts are repeated (default 3)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="cluster sizes (default 1 2)")
    parser.add_argument("--partition-size", type=int, default=16, help="documents per partition (default 16)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(args.folder).glob("*.txt"))] * args.repeat
    figures = [run(texts, n, args.partition_size) for n in args.workers]
    if len(figures) > 1:
        for f in figures[1:]:
            f["speedup_vs_first"] = round(figures[0]["processing_seconds"] / f["processing_seconds"], 2)
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    for f in figures:
        print("  ".join(f"{key} {value}" for key, value in f.items()))


if __name__ == "__main__":
    main()
