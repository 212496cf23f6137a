"""quotekit over a corpus on Dask (``pip install "quotekit[dask]"``).

Each partition streams through :meth:`quotekit.Analyzer.pipe` in the worker that computes it
(:func:`~quotekit.corpus.analyse_partition`); the analyzer is loaded once per worker process
(:func:`~quotekit.corpus.worker_analyzer`) and kept for every later task there. Every input
gives exactly one result, in input order, with its ``id``; a document that fails gives a
result whose ``error`` says why. The items are texts (``id``: the position in the bag),
paths, or records ``{"id": ..., "text": ...}`` / ``{"id": ..., "path": ...}``; results are
the JSON contract of ``docs/output.md`` with the ``id`` first (see :mod:`quotekit.corpus`).

>>> import dask.bag as db
>>> from quotekit.dask import analyse_bag
>>> bag = db.from_sequence(['"We will win," said Jane Roe.', None, "No quote here."], npartitions=2)
>>> for row in analyse_bag(bag).compute(scheduler="synchronous"):
...     print(row["id"], [q["speaker"]["name"] for q in row["quotes"]], row["error"])
0 ['Jane Roe'] None
1 [] InputError: quotekit analyses text: expected str, got NoneType; decode bytes first
2 [] None

On the command line (a directory of ``*.txt`` files or a JSON Lines file of records), on a
local cluster or a running one::

    python -m quotekit.dask CORPUS --output OUT [--address tcp://scheduler:8786]
        [--workers N] [--format jsonl|parquet] [--batch-size N] [--no-coref]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Sequence
from contextlib import ExitStack
from itertools import accumulate
from pathlib import Path
from typing import Any

import dask
import dask.bag as db
import dask.dataframe as dd
import pandas as pd

from .cli import text_files
from .coref import SHIPPED_MODEL
from .corpus import Unreadable, analyse_partition, worker_analyzer
from .pipeline import DEFAULT_MODEL

__all__ = [
    "FRAME_COLUMNS",
    "Unreadable",
    "analyse_bag",
    "analyse_dataframe",
    "analyse_partition",
    "main",
    "results_frame",
    "worker_analyzer",
]

# --------------------------------------------------------------------------- bags
def _as_list(partition: Iterable[Any]) -> list[Any]:
    return partition if isinstance(partition, list) else list(partition)


def _size(partition: list[Any]) -> list[int]:
    return [len(partition)]


def _starts(sizes: Sequence[int]) -> list[int]:
    return [0, *accumulate(sizes)]


def _analysed(partition: list[Any], index: list[int], starts: list[int], **options: Any) -> list[dict[str, Any]]:
    return list(analyse_partition(partition, start=starts[index[0]], **options))


def analyse_bag(
    bag: db.Bag,
    *,
    model: str = DEFAULT_MODEL,
    coref: str | None = SHIPPED_MODEL,
    batch_size: int = 4,
) -> db.Bag:
    """A bag of results, one per item of ``bag`` (texts, paths or records), in order.

    Lazy, like any bag: nothing runs until it is computed or written. Each partition is
    analysed by :func:`analyse_partition` in the worker that holds it; the partitions are
    counted first, so that an item without an ``id`` gets its position in the whole bag.

    >>> import json, dask.bag as db
    >>> records = [{"id": "r1", "text": "The port is closed, officials said."}, {"id": "r2", "text": ""}]
    >>> results = analyse_bag(db.from_sequence(records), coref=None)
    >>> [(r["id"], [q["attribution"] for q in r["quotes"]]) for r in results.compute(scheduler="sync")]
    [('r1', ['anonymous']), ('r2', [])]
    >>> lines = results.map(json.dumps)  # .to_textfiles("out/*.jsonl") writes JSON Lines
    """
    items = bag.map_partitions(_as_list)
    starts = dask.delayed(_starts)(items.map_partitions(_size))
    index = db.range(items.npartitions, npartitions=items.npartitions)
    return items.map_partitions(_analysed, index, starts, model=model, coref=coref, batch_size=batch_size)


# --------------------------------------------------------------------------- data frames
#: The columns of :func:`analyse_dataframe` and :func:`results_frame`: ``id``; ``error``
#: (missing when the document was analysed); ``n_quotes``, the number of quotes; ``article``,
#: the whole result as a JSON string (:meth:`quotekit.Article.to_dict`, without the ``id``).
FRAME_COLUMNS: tuple[str, ...] = ("id", "error", "n_quotes", "article")
_STRING = pd.StringDtype("pyarrow")


def _frame(rows: Iterable[dict[str, Any]], index: pd.Index | None = None, id_dtype: Any = _STRING) -> pd.DataFrame:
    """The result rows as a frame of :data:`FRAME_COLUMNS`, with fixed dtypes (Parquet-safe)."""
    rows = list(rows)
    frame = pd.DataFrame(
        {
            "id": pd.Series([r["id"] for r in rows], dtype=object),
            "error": pd.Series([r["error"] for r in rows], dtype=_STRING),
            "n_quotes": pd.Series([len(r["quotes"]) for r in rows], dtype="int64"),
            "article": pd.Series([json.dumps({k: v for k, v in r.items() if k != "id"}, ensure_ascii=False) for r in rows], dtype=_STRING),
        }
    )
    frame["id"] = frame["id"].astype(id_dtype)
    if index is not None:
        frame.index = index
    return frame


def _frame_partition(part: pd.DataFrame, text_column: str, id_column: str | None, **options: Any) -> pd.DataFrame:
    ids = part.index if id_column is None else part[id_column]
    records = ({"id": i, "text": t} for i, t in zip(ids, part[text_column]))
    return _frame(analyse_partition(records, **options), part.index, ids.dtype)


def analyse_dataframe(
    df: dd.DataFrame,
    text_column: str = "text",
    id_column: str | None = "id",
    *,
    model: str = DEFAULT_MODEL,
    coref: str | None = SHIPPED_MODEL,
    batch_size: int = 4,
) -> dd.DataFrame:
    """One row of results per row of ``df``, with the same index and partitions.

    The columns are :data:`FRAME_COLUMNS`: ``id`` (``df[id_column]``, or the index when
    ``id_column`` is None), ``error`` (a string, missing when the text was analysed),
    ``n_quotes`` and ``article`` (the full result as a JSON string, for
    ``Article.from_dict(json.loads(...))``). Flat columns of fixed types write to Parquet
    as they are: ``analyse_dataframe(df).to_parquet("out/")``.

    >>> import pandas as pd, dask.dataframe as dd
    >>> df = dd.from_pandas(pd.DataFrame({"id": [7, 8], "text": ["Rain is coming, Ida Berg said.", None]}), npartitions=1)
    >>> out = analyse_dataframe(df, coref=None).compute(scheduler="sync")
    >>> out[["id", "n_quotes"]].values.tolist(), out.error.isna().tolist()
    ([[7, 1], [8, 0]], [True, False])
    >>> json.loads(out.article[0])["quotes"][0]["speaker"]["name"]
    'Ida Berg'
    """
    options = {"model": model, "coref": coref, "batch_size": batch_size}
    ids = df.index if id_column is None else df[id_column]
    meta = _frame([], df._meta.index, ids._meta.dtype)
    return df.map_partitions(_frame_partition, text_column, id_column, **options, meta=meta)


def results_frame(results: db.Bag, id_dtype: Any = _STRING) -> dd.DataFrame:
    """The results of :func:`analyse_bag` as a data frame of :data:`FRAME_COLUMNS`.

    ``id`` gets ``id_dtype`` (a string by default: ids of mixed types cannot share a Parquet
    column).
    """
    parts = [dask.delayed(_frame)(part, None, id_dtype) for part in results.to_delayed()]
    return dd.from_delayed(parts, meta=_frame([], None, id_dtype))


# --------------------------------------------------------------------------- command line
def _records(corpus: Path, partitions: int) -> db.Bag:
    """The corpus as a bag of records: a directory's ``*.txt`` files or a JSON Lines file."""
    if corpus.is_dir():
        files = text_files(corpus)
        records = [{"id": f.relative_to(corpus).as_posix(), "path": str(f.resolve())} for f in files]
        return db.from_sequence(records, npartitions=max(1, min(len(records), partitions)))
    blocksize = max(1 << 16, -(-corpus.stat().st_size // partitions))
    return db.read_text(str(corpus.resolve()), blocksize=blocksize).map_partitions(_json_records)


def _json_records(lines: Iterable[str]) -> list[Any]:
    """Each non-blank line parsed (a bad one becomes an error result)."""
    records: list[Any] = []
    for line in lines:
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except ValueError as error:
            records.append(Unreadable(f"{type(error).__name__}: {error}"))
    return records


def _warm(model: str, coref: str | None) -> None:
    worker_analyzer(model, coref)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m quotekit.dask``: exit status 0 when every document was analysed, 1 when some
    failed (each is reported on stderr and has its row in the output), 2 on usage errors."""
    parser = argparse.ArgumentParser(prog="python -m quotekit.dask", description="quotekit over a corpus on a Dask cluster.")
    parser.add_argument("corpus", type=Path, help='a directory of *.txt files (id: the relative path) or a JSON Lines file of {"id", "text"} records')
    parser.add_argument("--output", "-o", required=True, type=Path, help="a .jsonl file, or a new directory for parquet")
    parser.add_argument("--format", choices=("jsonl", "parquet"), default="jsonl")
    parser.add_argument("--address", help="a running scheduler (tcp://host:8786); default: a local cluster")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                        help="processes of the local cluster, one thread each (default: the CPUs; ignored with --address)")
    parser.add_argument("--batch-size", type=int, default=4, help="texts per nlp.pipe batch (default 4)")
    parser.add_argument("--no-coref", action="store_true", help="do not run coreferee")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        parser.error(f"{args.corpus}: no such file or directory")
    if args.workers < 1:
        parser.error("--workers must be at least 1")
    if args.format == "parquet" and args.output.exists() and (not args.output.is_dir() or any(args.output.iterdir())):
        parser.error(f"{args.output}: the parquet output must be a new or empty directory")
    from distributed import Client, LocalCluster

    model, coref = DEFAULT_MODEL, None if args.no_coref else SHIPPED_MODEL
    with ExitStack() as stack:
        if args.address:
            client = stack.enter_context(Client(args.address))
        else:
            cluster = stack.enter_context(
                LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None)
            )
            client = stack.enter_context(Client(cluster))
        client.run(_warm, model, coref)  # load on every worker now: a model error stops here
        workers = max(1, len(client.nthreads()))
        results = analyse_bag(_records(args.corpus, 4 * workers), model=model, coref=coref, batch_size=args.batch_size)
        if args.format == "jsonl":
            failures, total = _write_jsonl(client, results, args.output)
        else:
            failures, total = _write_parquet(results, args.output)
    for doc_id, error in failures:
        print(f"quotekit.dask: {doc_id}: {error}", file=sys.stderr)
    print(f"quotekit.dask: {total} documents, {len(failures)} failed -> {args.output}", file=sys.stderr)
    return 1 if failures else 0


def _write_jsonl(client: Any, results: db.Bag, output: Path) -> tuple[list[tuple[Any, str]], int]:
    """Every partition computed at once on the cluster, written here in order."""
    failures: list[tuple[Any, str]] = []
    total = 0
    futures = client.compute(results.to_delayed())
    with open(output, "w", encoding="utf-8") as out:
        for future in futures:
            for row in future.result():
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                total += 1
                if row["error"] is not None:
                    failures.append((row["id"], row["error"]))
            future.release()
    return failures, total


def _write_parquet(results: db.Bag, output: Path) -> tuple[list[tuple[Any, str]], int]:
    """Written by the workers, then the ``id`` and ``error`` columns read back to report."""
    results_frame(results).to_parquet(str(output), write_index=False)
    written = dd.read_parquet(str(output), columns=["id", "error"]).compute()
    failed = written[written["error"].notna()]
    return list(zip(failed["id"], failed["error"])), len(written)


if __name__ == "__main__":
    # Run the functions of the importable module, not of __main__: workers unpickle them by name
    # (and the analyzer cache they use must be the module's, shared by every task of a worker).
    from quotekit.dask import main as _main

    raise SystemExit(_main())
