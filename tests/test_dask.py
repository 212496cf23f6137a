"""quotekit.dask on a two-process LocalCluster: one result per input, in order, equal to
``Analyzer.pipe``; the analyzer loaded once per worker; the command line (JSON Lines, Parquet)."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

distributed = pytest.importorskip("distributed")
db = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")
pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

import quotekit  # noqa: E402
import quotekit.corpus  # noqa: E402
import quotekit.dask  # noqa: E402
from quotekit.dask import FRAME_COLUMNS, analyse_bag, analyse_dataframe  # noqa: E402

GIVEN = ["Ida", "Terta", "Marco", "Lena", "Osric", "Nadia", "Pavel", "Rilia"]
FAMILY = ["Berg", "Osmann", "Keller", "Moss", "Varga", "Lindqvist", "Okafor", "Brandt"]
CLAUSES = ["the bridge will reopen in May", "the school needs more money", "prices will fall",
           "the talks went well", "the port is closed", "the plan is a careful step"]
TEMPLATES = [
    '"{C}," said {name}, a researcher at the Harbor Institute.\n\n"We are ready," {family} said.',
    "{name} said {c}.\n\nThe Harbor Times reported that {c2}.",
    "{C}, unidentified officials said.\n\n{name}, a lawyer, said {c2}.",
    "{C}, the Metro News Agency reported, citing unnamed officials. {name} declined to comment.",
    "According to {name}, {c}. {Family} added that {c2}.",
]


def articles(count: int, seed: int = 9) -> Iterator[str]:
    """Short news-like articles from templates, with random names and clauses."""
    rng = random.Random(seed)
    for _ in range(count):
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        c, c2 = rng.sample(CLAUSES, 2)
        yield rng.choice(TEMPLATES).format(
            name=f"{given} {family}", family=family, Family=family, c=c, C=c[0].upper() + c[1:], c2=c2
        )


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster, distributed.Client(cluster) as client:
        yield client


def loaded_analyzers() -> list[tuple[Any, int]]:
    """Run on a worker: the keys and object ids of its cached analyzers."""
    return sorted((key, id(analyzer)) for key, analyzer in quotekit.corpus._ANALYZERS.items())


def test_every_document_once_in_order_equal_to_pipe(client: Any, analyzer: quotekit.Analyzer) -> None:
    items: list[Any] = [{"id": f"doc-{n}", "text": text} for n, text in enumerate(articles(300))]
    poisoned = {40: None, 90: b'"Fine," said Ada Moss.', 150: 42,
                200: {"id": "empty", "text": ""}, 260: {"id": "listed", "text": ["a list"]}}
    for position, item in sorted(poisoned.items()):
        items.insert(position, item)
    bag = db.from_sequence(items, npartitions=12)

    client.run(quotekit.dask.worker_analyzer)  # the analyzer of each worker, before the run
    before = client.run(loaded_analyzers)
    rows = analyse_bag(bag, batch_size=8).compute()
    assert client.run(loaded_analyzers) == before  # the same object served every task
    assert len(before) == 2 and all(len(keys) == 1 for keys in before.values())

    expected_ids = [item["id"] if isinstance(item, dict) else position for position, item in enumerate(items)]
    assert [row["id"] for row in rows] == expected_ids  # exactly one result each, in order
    assert len(set(expected_ids)) == len(items)
    texts = [item["text"] if isinstance(item, dict) else item for item in items]
    single = [{"id": i, **article.to_dict()} for i, article in zip(expected_ids, analyzer.pipe(texts))]
    assert rows == single

    failed = {row["id"] for row in rows if row["error"]}
    assert failed == {40, 90, 150, "listed"}  # a bare item's id is its position
    assert all("expected str" in row["error"] for row in rows if row["error"])
    assert sum(bool(row["quotes"]) for row in rows) >= 290


def test_dataframe_to_parquet_round_trip(client: Any, tmp_path: Path) -> None:
    texts = [*articles(20, seed=3), None]
    frame = pd.DataFrame({"key": [f"k{n}" for n in range(len(texts))], "body": texts})
    results = analyse_dataframe(dd.from_pandas(frame, npartitions=3), text_column="body", id_column="key")
    results.to_parquet(str(tmp_path / "out"), write_index=False)
    back = pd.read_parquet(tmp_path / "out")
    assert list(back.columns) == list(FRAME_COLUMNS)
    assert back["id"].tolist() == frame["key"].tolist()
    assert back["error"].notna().tolist() == [False] * 20 + [True]
    article = quotekit.Article.from_dict(json.loads(back["article"][0]))
    assert len(article.quotes) == back["n_quotes"][0] > 0


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "quotekit.dask", *args], capture_output=True, text=True, timeout=300)


def test_cli_directory_to_jsonl_on_a_running_cluster(client: Any, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "nested").mkdir(parents=True)
    (corpus / "b.txt").write_text('"Rain is coming," said Ida Berg.', encoding="utf-8")
    (corpus / "nested" / "a.txt").write_text("The roads are closed, the police said.", encoding="utf-8")
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    (corpus / "folder.txt").mkdir()  # matches *.txt but cannot be read: an error row
    out = tmp_path / "out.jsonl"
    result = run_cli(str(corpus), "--output", str(out), "--address", client.scheduler.address)
    assert result.returncode == 1, result.stderr  # like `python -m quotekit`: a failed input
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [row["id"] for row in rows] == ["b.txt", "empty.txt", "folder.txt", "nested/a.txt"]
    assert rows[0]["quotes"][0]["speaker"]["name"] == "Ida Berg"
    assert rows[0]["path"] == str((corpus / "b.txt").resolve())
    assert rows[2]["error"].startswith("IsADirectoryError") and "folder.txt" in result.stderr
    assert "4 documents, 1 failed" in result.stderr


def test_cli_jsonl_to_parquet(client: Any, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    lines = [json.dumps({"id": "j1", "text": "Prices rose, analysts said."}), "",
             json.dumps({"id": "j2", "text": '"We will win," said Jane Roe.'}), "{not json",
             json.dumps({"text": "The port is closed, officials said."})]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli(str(corpus), "--output", str(out), "--format", "parquet", "--address", client.scheduler.address)
    assert result.returncode == 1, result.stderr
    back = pd.read_parquet(out)
    assert back["id"].tolist() == ["j1", "j2", "2", "3"]  # blank lines skipped; no id: position
    assert back["n_quotes"].tolist() == [1, 1, 0, 1]
    assert back["error"][2].startswith("JSONDecodeError")
    assert "4 documents, 1 failed" in result.stderr



@pytest.mark.parametrize("args", [["missing.jsonl"], ["corpus.jsonl", "--format", "parquet"], ["corpus.jsonl", "--workers", "0"]])
def test_cli_usage_errors_exit_2_before_any_cluster(tmp_path: Path, args: list[str]) -> None:
    (tmp_path / "corpus.jsonl").write_text("{}\n", encoding="utf-8")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "part.0.parquet").write_bytes(b"")  # parquet output must be new or empty
    with pytest.raises(SystemExit) as exit_:
        quotekit.dask.main([str(tmp_path / args[0]), "--output", str(tmp_path / "out"), *args[1:]])
    assert exit_.value.code == 2
