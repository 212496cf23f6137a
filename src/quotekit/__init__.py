"""quotekit: who said what in the news, and how far a reader can trust the source.

>>> import quotekit
>>> analyzer = quotekit.load()
>>> article = analyzer('"We will win," said Jane Roe, a lawyer at Smith LLP.')
>>> [(q.text, q.kind, q.speaker.name, q.attribution) for q in article.quotes]
[('We will win,', 'direct', 'Jane Roe', 'named')]
>>> article.quotes[0].speaker.affiliation
'Smith LLP'
"""

from __future__ import annotations

from .errors import CorefModelError, InputError, ModelError, QuotekitError
from .lexicon import Lexicon
from .pipeline import Analyzer, load
from .results import Article, Entity, Profile, Quote, SourceCount, Speaker, TextSpan, Via

__version__ = "0.1.0"

__all__ = [
    "Analyzer",
    "Article",
    "CorefModelError",
    "Entity",
    "InputError",
    "Lexicon",
    "ModelError",
    "Profile",
    "Quote",
    "QuotekitError",
    "SourceCount",
    "Speaker",
    "TextSpan",
    "Via",
    "load",
]
