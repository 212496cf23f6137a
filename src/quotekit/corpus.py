"""Many documents in one process: the per-partition function behind :mod:`quotekit.dask`.

:func:`analyse_partition` turns a partition of input items into results, one per item, in
order, streaming them through :meth:`quotekit.Analyzer.pipe` with the analyzer of this
process (:func:`worker_analyzer`, loaded on first use and kept). It needs nothing beyond
quotekit, so the same function serves Dask (:mod:`quotekit.dask`), Spark's
``rdd.mapPartitions`` or a plain loop.

An input item is one of:

* a text (``str``): its ``id`` is its position (``start``, ``start + 1``, ...);
* a path (:class:`os.PathLike`): the file is read (UTF-8) where the function runs; its
  ``id`` and ``path`` are the path;
* a record, a mapping ``{"id": ..., "text": ...}`` or ``{"id": ..., "path": ...}`` (without
  ``id``: its position);
* :class:`Unreadable`, for an item that failed before (a bad JSON line).

Anything else (``None``, ``bytes``, a number) gives an error result, as does a file that
cannot be read. A result is the JSON contract of ``docs/output.md``
(:meth:`quotekit.Article.to_dict`) with the ``id`` first.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs

from .cli import read_text
from .coref import SHIPPED_MODEL
from .errors import InputError
from .pipeline import DEFAULT_MODEL, Analyzer, load

__all__ = ["Unreadable", "analyse_partition", "worker_analyzer"]

# --------------------------------------------------------------------------- one analyzer per process
_ANALYZERS: dict[tuple[str, str | None], Analyzer] = {}
_LOADING = threading.Lock()


def worker_analyzer(model: str = DEFAULT_MODEL, coref: str | None = SHIPPED_MODEL) -> Analyzer:
    """This process's analyzer for ``(model, coref)``: loaded on first use, then reused.

    The cache is a module global, so it lives as long as the worker process (a Dask worker,
    a process of the ``processes`` scheduler, a Spark Python worker) and holds one analyzer per
    ``(model, coref)``. Threads of one process share it; one thread per worker process is the
    setting quotekit is tested with.
    """
    key = (model, coref)
    with _LOADING:
        if key not in _ANALYZERS:
            _ANALYZERS[key] = load(model, coref=coref)
        return _ANALYZERS[key]


# --------------------------------------------------------------------------- one partition
@attrs.frozen
class Unreadable:
    """An input item that could not be read upstream (a bad JSON line): gives an error result.

    >>> [row["error"] for row in analyse_partition([Unreadable("JSONDecodeError: line 3")])]
    ['JSONDecodeError: line 3']
    """

    error: str


def _prepare(item: Any, position: int) -> tuple[Any, str | None, Any, str | None]:
    """(id, path, text, error) of an input item; ``text`` goes to ``Analyzer.pipe`` as is."""
    if isinstance(item, Unreadable):
        return position, None, None, item.error
    if isinstance(item, os.PathLike):
        return _read(os.fspath(item), os.fspath(item))
    if isinstance(item, Mapping):
        doc_id = item.get("id", position)
        if "text" in item:
            return doc_id, None, item["text"], None
        if "path" in item:
            return _read(doc_id, item["path"])
        return doc_id, None, None, _input_error(f"a record needs a 'text' or a 'path', got keys {sorted(map(str, item))}")
    return position, None, item, None


def _read(doc_id: Any, path: Any) -> tuple[Any, str | None, Any, str | None]:
    if not isinstance(path, (str, os.PathLike)):
        return doc_id, None, None, _input_error(f"a path must be str or os.PathLike, got {type(path).__name__}")
    text, error = read_text(path)
    return doc_id, os.fspath(path), text, error


def _input_error(message: str) -> str:
    return f"{InputError.__name__}: {message}"


def analyse_partition(
    items: Iterable[Any],
    *,
    model: str = DEFAULT_MODEL,
    coref: str | None = SHIPPED_MODEL,
    batch_size: int = 4,
    start: int = 0,
) -> Iterator[dict[str, Any]]:
    """Results of ``items`` (texts, paths or records), one per item, in order, as they come.

    The building block of :func:`quotekit.dask.analyse_bag`, free of Dask: give it any
    partition (a list, a Spark ``mapPartitions`` iterator: ``rdd.mapPartitions(analyse_partition)``)
    and it streams the items through this process's :func:`worker_analyzer`. ``start`` is the
    position of the first item, the ``id`` of items that bring none.

    >>> rows = analyse_partition([{"id": "a", "text": "Prices rose, analysts said."}, {"id": "b", "text": b"x"}])
    >>> [(row["id"], len(row["quotes"]), row["error"] is not None) for row in rows]
    [('a', 1, False), ('b', 0, True)]
    """

    def items_with_context() -> Iterator[tuple[Any, tuple[Any, str | None, str | None]]]:
        for position, item in enumerate(items, start):
            doc_id, path, text, error = _prepare(item, position)
            yield (text if error is None else None), (doc_id, path, error)  # None keeps the 1:1 order

    analyzer = worker_analyzer(model, coref)
    for article, (doc_id, path, error) in analyzer.pipe_tuples(items_with_context(), batch_size=batch_size):
        data = article.to_dict()
        if path is not None:
            data["path"] = path
        if error is not None:
            data["error"] = error
        yield {"id": doc_id, **data}
