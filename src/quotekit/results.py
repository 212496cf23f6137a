"""The values quotekit returns: frozen ``attrs`` classes that serialise to the JSON contract.

Every class has ``to_dict()`` and ``from_dict()``; ``Article.from_dict(a.to_dict()) == a``
for every article quotekit produces (see ``docs/output.md`` for the contract).

>>> cue = TextSpan("said", 10, 14)
>>> q = Quote(text="hello", start=1, end=6, kind="direct", cue=cue, speaker=None,
...           attribution="unknown")
>>> Quote.from_dict(q.to_dict()) == q
True
>>> q.to_dict()["cue"]
{'text': 'said', 'start': 10, 'end': 14}
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

Kind = Literal["direct", "indirect", "mixed"]
Attribution = Literal["named", "agency", "anonymous", "unknown"]
EntityType = Literal["person", "organization", "agency", "group"]

KINDS: tuple[str, ...] = ("direct", "indirect", "mixed")
ATTRIBUTIONS: tuple[str, ...] = ("named", "agency", "anonymous", "unknown")


@attrs.frozen
class TextSpan:
    """Words of the input: ``text == input[start:end]``."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> TextSpan | None:
        return None if data is None else cls(data["text"], data["start"], data["end"])


def _span_or_none(value: TextSpan | dict[str, Any] | None) -> TextSpan | None:
    return value if value is None or isinstance(value, TextSpan) else TextSpan.from_dict(value)


@attrs.frozen
class Via:
    """An organisation that relays a source ("the news agency reported, citing ...")."""

    name: str
    mention: TextSpan | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"name": self.name}
        if self.mention is not None:
            data["mention"] = self.mention.to_dict()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Via:
        return cls(data["name"], TextSpan.from_dict(data.get("mention")))


@attrs.frozen
class Speaker:
    """The source of one quote: its canonical name and the words that name it here.

    ``entity`` is the id of the article's :class:`Entity` it resolved to (``None`` for an
    unnamed source that matches no entity); ``affiliation`` is that entity's organisation
    or, for an unnamed source, the one its own words give (``two officials at the Harbor
    Board``).
    """

    name: str
    mention: TextSpan | None = attrs.field(default=None, converter=_span_or_none)
    entity: int | None = None
    type: str = "person"
    description: str | None = None
    affiliation: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "mention": None if self.mention is None else self.mention.to_dict(),
            "entity": self.entity,
            "type": self.type,
            "description": self.description,
            "affiliation": self.affiliation,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Speaker | None:
        if data is None:
            return None
        return cls(
            name=data["name"],
            mention=TextSpan.from_dict(data.get("mention")),
            entity=data.get("entity"),
            type=data.get("type", "person"),
            description=data.get("description"),
            affiliation=data.get("affiliation"),
        )


def _tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value)


@attrs.frozen
class Quote:
    """One attributed statement: what was said, by whom, how it is sourced.

    ``reasons`` are the words and rules that decided ``attribution``; ``transparency`` is the
    share of the checkable sourcing signals this quote gives (see ``docs/attribution.md``).
    """

    text: str
    start: int
    end: int
    kind: str
    cue: TextSpan | None = attrs.field(converter=_span_or_none)
    speaker: Speaker | None
    attribution: str
    via: tuple[Via, ...] = attrs.field(default=(), converter=_tuple)
    reasons: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    transparency: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "cue": None if self.cue is None else self.cue.to_dict(),
            "speaker": None if self.speaker is None else self.speaker.to_dict(),
            "attribution": self.attribution,
            "via": [via.to_dict() for via in self.via],
            "reasons": list(self.reasons),
            "transparency": self.transparency,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        return cls(
            text=data["text"],
            start=data["start"],
            end=data["end"],
            kind=data["kind"],
            cue=TextSpan.from_dict(data.get("cue")),
            speaker=Speaker.from_dict(data.get("speaker")),
            attribution=data["attribution"],
            via=tuple(Via.from_dict(v) for v in data.get("via", ())),
            reasons=tuple(data.get("reasons", ())),
            transparency=data.get("transparency", 0.0),
        )


@attrs.frozen
class Entity:
    """A source of the article: every mention of one person or organisation, clustered."""

    id: int
    name: str
    type: str
    mentions: tuple[TextSpan, ...] = attrs.field(default=(), converter=_tuple)
    description: str | None = None
    affiliation: str | None = None
    signals: tuple[str, ...] = attrs.field(default=(), converter=_tuple)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "description": self.description,
            "affiliation": self.affiliation,
            "signals": list(self.signals),
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        return cls(
            id=data["id"],
            name=data["name"],
            type=data["type"],
            mentions=tuple(TextSpan(**m) for m in data.get("mentions", ())),
            description=data.get("description"),
            affiliation=data.get("affiliation"),
            signals=tuple(data.get("signals", ())),
        )


@attrs.frozen
class SourceCount:
    """How much of an article rests on one source."""

    name: str
    attribution: str
    quotes: int
    words: int

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SourceCount:
        return cls(**data)


def _dict_of_ints(value: Any) -> dict[str, Any]:
    return dict(value)


@attrs.frozen
class Profile:
    """An article's sourcing profile: how much rests on named, agency and anonymous sources.

    ``quotes``, ``sources`` and ``word_share`` are keyed by attribution type;
    ``warnings`` lists signals of weak sourcing a reader can check.
    """

    quotes: dict[str, int] = attrs.field(factory=dict, converter=_dict_of_ints)
    sources: dict[str, int] = attrs.field(factory=dict, converter=_dict_of_ints)
    word_share: dict[str, float] = attrs.field(factory=dict, converter=_dict_of_ints)
    top_sources: tuple[SourceCount, ...] = attrs.field(default=(), converter=_tuple)
    agency_reliance: float = 0.0
    transparency: float = 0.0
    warnings: tuple[str, ...] = attrs.field(default=(), converter=_tuple)

    def to_dict(self) -> dict[str, Any]:
        return {
            "quotes": dict(self.quotes),
            "sources": dict(self.sources),
            "word_share": dict(self.word_share),
            "top_sources": [s.to_dict() for s in self.top_sources],
            "agency_reliance": self.agency_reliance,
            "transparency": self.transparency,
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Profile:
        return cls(
            quotes=data.get("quotes", {}),
            sources=data.get("sources", {}),
            word_share=data.get("word_share", {}),
            top_sources=tuple(SourceCount.from_dict(s) for s in data.get("top_sources", ())),
            agency_reliance=data.get("agency_reliance", 0.0),
            transparency=data.get("transparency", 0.0),
            warnings=tuple(data.get("warnings", ())),
        )


@attrs.frozen
class Article:
    """Everything quotekit found in one text.

    ``error`` is set (and the rest left empty) when processing this text failed, so a stream
    never silently loses a document.
    """

    path: str | None = None
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=_tuple)
    entities: tuple[Entity, ...] = attrs.field(default=(), converter=_tuple)
    profile: Profile = attrs.field(factory=Profile)
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "quotes": [q.to_dict() for q in self.quotes],
            "entities": [e.to_dict() for e in self.entities],
            "profile": self.profile.to_dict(),
            "error": self.error,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return cls(
            path=data.get("path"),
            quotes=tuple(Quote.from_dict(q) for q in data.get("quotes", ())),
            entities=tuple(Entity.from_dict(e) for e in data.get("entities", ())),
            profile=Profile.from_dict(data.get("profile", {})),
            error=data.get("error"),
        )
