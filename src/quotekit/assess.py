"""Stage 5: how far can a reader trust the sourcing? Per quote and per article.

**Transparency of a quote** is the share of checkable sourcing signals it gives, out of those
that apply to it (no weights, no tuned constants):

* ``identified``: the source is named (``named``) -- applies to every quote;
* ``described``: the source's role or description is given -- applies to every quote;
* ``affiliated``: the organisation behind the source is given (an agency is its own
  affiliation) -- applies to every quote;
* ``first-hand``: nobody relays the source (``via`` is empty) -- applies to every quote;
* ``reason``: the article says why the source is anonymous -- applies to anonymous quotes.

A quote with no source found scores 0. **Transparency of an article** is the mean over its
quotes weighted by quoted words, so long quotes count for more.

The **profile** counts quotes and distinct sources per attribution type, the share of quoted
words resting on each, the most-quoted sources, agency reliance (the share of quoted words
that rest on a news organisation, as source or relay), and warnings a reader can check.

>>> signals = Signals(identified=True, described=True, affiliated=False, first_hand=True, reason=None)
>>> signals.score()
0.75
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

import attrs

from .results import ATTRIBUTIONS, Profile, Quote, SourceCount


@attrs.frozen
class Signals:
    """The checkable signals of one quote's sourcing; ``None`` means "does not apply"."""

    identified: bool
    described: bool
    affiliated: bool
    first_hand: bool
    reason: bool | None

    def score(self) -> float:
        """Share of the applicable signals that are present."""
        values = [v for v in attrs.astuple(self) if v is not None]
        return round(sum(values) / len(values), 4) if values else 0.0

    def missing(self) -> tuple[str, ...]:
        return tuple(name for name, value in attrs.asdict(self).items() if value is False)


def quote_signals(quote: Quote, stated_reason: bool) -> Signals:
    """Signals of one quote (``stated_reason``: the text says why the source is anonymous)."""
    speaker = quote.speaker
    is_agency = quote.attribution == "agency"
    return Signals(
        identified=quote.attribution in ("named", "agency") and speaker is not None,
        described=speaker is not None and (speaker.description is not None or is_agency),
        affiliated=speaker is not None and (speaker.affiliation is not None or is_agency),
        first_hand=not quote.via,
        reason=stated_reason if quote.attribution == "anonymous" else None,
    )


def word_count(text: str) -> int:
    return sum(1 for word in text.split() if any(ch.isalnum() for ch in word))


def profile(quotes: Sequence[Quote], state_media: Sequence[bool] = (), top: int = 5) -> Profile:
    """The sourcing profile of an article's quotes.

    ``state_media[i]`` tells whether quote ``i`` rests on a state-run news organisation.
    """
    counts: Counter[str] = Counter()
    words: Counter[str] = Counter()
    sources: dict[str, set[str]] = defaultdict(set)
    per_source: dict[tuple[str, str], list[int]] = {}
    relied = 0
    weighted = 0.0
    total_words = 0
    warnings: list[str] = []
    for n, quote in enumerate(quotes):
        size = max(word_count(quote.text), 1)
        counts[quote.attribution] += 1
        words[quote.attribution] += size
        total_words += size
        weighted += quote.transparency * size
        if quote.speaker is not None:
            key = quote.speaker.name if quote.speaker.entity is None else f"#{quote.speaker.entity}"
            sources[quote.attribution].add(key)
            tally = per_source.setdefault((quote.speaker.name, quote.attribution), [0, 0])
            tally[0] += 1
            tally[1] += size
        if quote.attribution == "agency" or quote.via:
            relied += size
        if quote.attribution == "anonymous" and "reason" in _missing(quote):
            warnings.append(f'anonymous source without a stated reason: "{_short(quote.text)}"')
    agency_quotes = [n for n, q in enumerate(quotes) if q.attribution == "agency" or q.via]
    if quotes and agency_quotes and all(n < len(state_media) and state_media[n] for n in agency_quotes):
        if len(agency_quotes) == len(quotes):
            warnings.append("state media is the sole source")
    if quotes and counts["named"] == 0:
        warnings.append("no named source")
    ranked = sorted(per_source.items(), key=lambda kv: (-kv[1][1], -kv[1][0], kv[0][0]))
    return Profile(
        quotes={a: counts[a] for a in ATTRIBUTIONS},
        sources={a: len(sources[a]) for a in ATTRIBUTIONS},
        word_share={a: round(words[a] / total_words, 4) if total_words else 0.0 for a in ATTRIBUTIONS},
        top_sources=tuple(SourceCount(name, kind, q, w) for (name, kind), (q, w) in ranked[:top]),
        agency_reliance=round(relied / total_words, 4) if total_words else 0.0,
        transparency=round(weighted / total_words, 4) if total_words else 0.0,
        warnings=tuple(warnings),
    )


def _missing(quote: Quote) -> tuple[str, ...]:
    return tuple(r.split(":", 1)[1].strip() for r in quote.reasons if r.startswith("missing:"))


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
