"""The command line: ``python -m quotekit FILE|DIR|- ... [--format table|json|jsonl|html]``.

Exit status: 0 when every input was processed, 1 when some input failed (the others are still
processed and each failure is reported on stderr with its file, and as a result with ``error``
set), 2 on usage errors. Inputs are streamed: a directory of a million files is never held in
memory (except for ``json`` and ``html``, which write one document at the end).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from .results import Article


def text_files(folder: Path) -> list[Path]:
    """The ``*.txt`` files under ``folder``, recursively, in sorted order."""
    return sorted(folder.rglob("*.txt"))


def read_text(file: str | Path) -> tuple[str | None, str | None]:
    """(text, None), or (None, error) when the file cannot be read; bad UTF-8 is replaced."""
    try:
        return Path(file).read_text(encoding="utf-8", errors="replace"), None
    except OSError as error:
        return None, f"{type(error).__name__}: {error.strerror or error}"


def _inputs(paths: Sequence[str]) -> Iterator[tuple[str, str | None, str | None]]:
    """(path, text, error) for each input: files, directories (``*.txt``, recursively), ``-``."""
    for given in paths:
        if given == "-":
            yield "-", sys.stdin.read(), None
            continue
        path = Path(given)
        for file in text_files(path) if path.is_dir() else [path]:
            yield (str(file) if path.is_dir() else given), *read_text(file)


def table_row(article: Article) -> list[str]:
    """One line per quote: speaker, attribution, via, a shortened quote."""
    rows = []
    for q in article.quotes:
        speaker = q.speaker.name if q.speaker else "?"
        via = f" via {', '.join(v.name for v in q.via)}" if q.via else ""
        text = " ".join(q.text.split())
        text = text if len(text) <= 70 else text[:69] + "…"
        rows.append(f"{speaker[:28]:28}  {q.attribution:9} {q.kind:8} {text}{via}")
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="quotekit", description="Who said what in news articles.")
    parser.add_argument("inputs", nargs="+", help="text files, directories (*.txt) or - for standard input")
    parser.add_argument("--format", choices=("table", "json", "jsonl", "html"), default=None,
                        help="output format (default: table on a terminal, jsonl otherwise)")
    parser.add_argument("--output", "-o", help="write to this file instead of standard output")
    parser.add_argument("--no-coref", action="store_true", help="do not run coreferee")
    parser.add_argument("--n-process", type=int, default=1, help="worker processes (default 1)")
    parser.add_argument("--batch-size", type=int, default=4, help="texts per batch (default 4)")
    args = parser.parse_args(argv)
    out: TextIO = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    fmt = args.format or ("table" if out.isatty() else "jsonl")
    from . import load

    analyzer = load(coref=None if args.no_coref else "shipped")
    failed = 0
    articles: list[dict] = []
    items = ((text, (path, text, error)) for path, text, error in _inputs(args.inputs))  # streamed
    many = len(args.inputs) > 1 or any(Path(p).is_dir() for p in args.inputs)
    results = analyzer.pipe_tuples(items, batch_size=args.batch_size, n_process=args.n_process)
    for n, (article, (path, text, error)) in enumerate(results, 1):
        if error is not None:  # unreadable: still one result, so no document goes missing
            article = Article(error=error)
        if many:
            print(f"\r[{n}] {path[-60:]:60}", end="", file=sys.stderr, flush=True)
        data = article.to_dict()
        data["path"] = path
        if article.error:
            print(f"\nquotekit: {path}: {article.error}", file=sys.stderr)
            failed += 1
        if fmt == "jsonl":
            out.write(json.dumps(data, ensure_ascii=False) + "\n")
        elif fmt == "table":
            out.write(f"== {path}\n" + "".join(row + "\n" for row in table_row(article)))
        else:
            articles.append({"data": data, "text": text or ""})
    if many:
        print(file=sys.stderr)
    if fmt == "json":
        payload = [a["data"] for a in articles]
        out.write(json.dumps(payload[0] if len(payload) == 1 else payload, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "html":
        from .report import render

        out.write(render([(a["text"], Article.from_dict(a["data"]), a["data"]["path"]) for a in articles]))
    if out is not sys.stdout:
        out.close()
    return 1 if failed else 0
