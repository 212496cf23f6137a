"""quotekit's exceptions: one hierarchy, messages that say what to do."""

from __future__ import annotations


class QuotekitError(Exception):
    """Base class of every error quotekit raises on purpose."""


class ModelError(QuotekitError):
    """The spaCy pipeline given to :func:`quotekit.load` cannot be used."""


class CorefModelError(ModelError):
    """The coreference model cannot be loaded."""


class InputError(QuotekitError, TypeError):
    """The input is not text (a ``TypeError`` too, so ``except TypeError`` catches it)."""
