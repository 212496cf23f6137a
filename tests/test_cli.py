"""The command line: formats, inputs, output file, exit status, and Analyzer.pipe at scale."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "harbor_bridge.txt"


def cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "quotekit", *args], input=stdin, capture_output=True, text=True)


def test_formats_directories_stdin_and_output(tmp_path):
    folder = tmp_path / "corpus" / "nested"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text('"Rain is coming," said Ida Berg.')
    (tmp_path / "corpus" / "b.txt").write_text("The roads are closed, the police said.")
    result = cli(str(tmp_path / "corpus"), "-", "--format", "jsonl", stdin="Prices rose, analysts said.")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(r["path"]).name for r in rows] == ["b.txt", "a.txt", "-"]  # sorted paths, then stdin
    assert rows[1]["quotes"][0]["speaker"]["name"] == "Ida Berg"
    assert "[3]" in result.stderr  # progress on stderr for several inputs

    table = cli(str(EXAMPLE), "--format", "table")
    assert "Maria Okafor" in table.stdout and "named" in table.stdout

    page = tmp_path / "report.html"
    assert cli(str(EXAMPLE), "--format", "html", "--output", str(page)).returncode == 0
    assert page.read_text().lstrip().lower().startswith("<!doctype html")

    single = json.loads(cli(str(EXAMPLE), "--format", "json").stdout)
    assert single["path"] == str(EXAMPLE) and single["quotes"]


def test_failed_input_is_reported_and_the_rest_processed(tmp_path):
    result = cli(str(tmp_path / "missing.txt"), str(EXAMPLE), "--format", "jsonl")
    assert result.returncode == 1
    assert "missing.txt" in result.stderr
    missing, example = [json.loads(line) for line in result.stdout.splitlines()]
    assert missing["path"].endswith("missing.txt") and "FileNotFoundError" in missing["error"]
    assert missing["quotes"] == [] and example["error"] is None and example["quotes"]


def test_corpus_with_an_unreadable_file_gives_one_row_per_file_with_two_processes(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(12):
        (corpus / f"{n:02}.txt").write_text(f'"Ferry {n} is late," said Ida Berg.')
    (corpus / "05b.txt").symlink_to(tmp_path / "gone.txt")  # listed, but reading it fails
    result = cli(str(corpus), "--format", "jsonl", "--n-process", "2", "--batch-size", "3")
    assert result.returncode == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(r["path"]).name for r in rows] == sorted(p.name for p in corpus.iterdir())
    assert [r["error"] is not None for r in rows] == [Path(r["path"]).name == "05b.txt" for r in rows]
    assert "05b.txt" in result.stderr


def test_usage_error_exits_2():
    assert cli("--format", "pdf", str(EXAMPLE)).returncode == 2


def test_pipe_over_a_thousand_texts_in_order_with_two_processes(analyzer):
    texts = [f'"Shipment {n} arrived," said Ida Berg. The port reopened, officials said.' for n in range(1000)]
    one = [a.to_dict() for a in analyzer.pipe(texts, batch_size=64, n_process=1)]
    two = [a.to_dict() for a in analyzer.pipe(texts, batch_size=64, n_process=2)]
    assert len(one) == len(two) == 1000
    assert [a["quotes"][0]["text"] for a in one] == [f"Shipment {n} arrived," for n in range(1000)]
    assert one == two


def test_a_document_that_makes_a_stage_raise_is_a_row_and_a_stderr_line(tmp_path, monkeypatch, capsys):
    import quotekit.pipeline
    from quotekit.cli import main

    real = quotekit.pipeline.detect_quotes

    def poisoned(doc, *args, **kwargs):
        if "POISON" in doc.text:
            raise RuntimeError("poisoned text")
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(quotekit.pipeline, "detect_quotes", poisoned)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in [("a.txt", '"Rain," said Ida Berg.'), ("b.txt", '"POISON," said Ida Berg.'), ("c.txt", "Snow will fall, officials said.")]:
        (corpus / name).write_text(text)
    assert main([str(corpus), "--format", "jsonl", "--no-coref"]) == 1
    captured = capsys.readouterr()
    rows = [json.loads(line) for line in captured.out.splitlines()]
    assert [Path(r["path"]).name for r in rows] == ["a.txt", "b.txt", "c.txt"]
    assert [bool(r["quotes"]) for r in rows] == [True, False, True]
    assert "poisoned text" in rows[1]["error"] and "b.txt" in captured.err and "poisoned text" in captured.err
