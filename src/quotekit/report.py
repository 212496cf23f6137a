"""A self-contained HTML report: articles with their quotes highlighted, and sourcing profiles.

:func:`render` turns ``(text, article, path)`` triples into one HTML5 page with inline CSS and
no script or external asset. Each quote's content is highlighted in the colour of its
attribution type, the cue is underlined and the speaker's mention boxed; hovering a quote shows
its speaker, attribution, reasons and transparency, which a side panel also lists beside the
article's sourcing profile. Everything taken from the input is escaped, and the same input gives
the same page.

>>> from quotekit.results import Article, Quote, Speaker, TextSpan
>>> text = 'Ann said "<script>hi</script>".'
>>> quote = Quote(text="<script>hi</script>", start=10, end=29, kind="direct",
...               cue=TextSpan("said", 4, 8), speaker=Speaker("Ann", TextSpan("Ann", 0, 3)),
...               attribution="named")
>>> page = render([(text, Article(quotes=[quote]), "a.txt")])
>>> '<mark' in page, '<script' in page, '&lt;script&gt;hi&lt;/script&gt;' in page
(True, False, True)
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Iterable
from typing import Any

from .results import ATTRIBUTIONS, Article, Profile, Quote

__all__ = ["render"]

# Nesting order of the text layers, outermost first: the markup closes and reopens inner
# elements whenever an outer one starts or ends, so any overlap yields well-formed HTML.
_PARAGRAPH, _QUOTE, _MENTION, _CUE, _VIA = range(5)
_TAGS = {_PARAGRAPH: "p", _QUOTE: "mark", _MENTION: "span", _CUE: "span", _VIA: "span"}
_GAP = re.compile(r"\s*\n\s*\n\s*")  # a blank line (and the whitespace around it) ends a paragraph

_LABELS = {
    "named": "named source",
    "agency": "news organisation",
    "anonymous": "anonymous source",
    "unknown": "no source found",
}

_CSS = """
:root{--named:#c6e8bd;--named-b:#3b8a2a;--agency:#c7dcf6;--agency-b:#2f67b0;
--anonymous:#f9d1a4;--anonymous-b:#c0650c;--unknown:#dcdcdc;--unknown-b:#777;--other:#eadcf3;--other-b:#8a5aa8}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1d1f;background:#f6f6f4}
header.top{position:sticky;top:0;z-index:2;background:#fff;border-bottom:1px solid #ddd;padding:.5rem 1.5rem;
display:flex;flex-wrap:wrap;align-items:center;gap:.4rem 1.4rem}
header.top h1{font-size:1.1rem;margin:0}
.legend{display:flex;flex-wrap:wrap;gap:.3rem .9rem;margin:0;padding:0;list-style:none;font-size:.85rem}
.legend li{display:flex;align-items:center;gap:.3rem}
.sw{display:inline-block;width:.95em;height:.95em;border-radius:2px;border:1px solid var(--b,#777);background:var(--c,#ddd);vertical-align:-.1em}
nav.toc{padding:.5rem 1.5rem;font-size:.9rem}
nav.toc ol{margin:.2rem 0;padding-left:1.4rem}
main{padding:0 1.5rem 2rem;max-width:1500px}
section.article{background:#fff;border:1px solid #ddd;border-radius:6px;margin:1.2rem 0;padding:1rem 1.4rem}
section.article>h2{margin:.1rem 0 .8rem;font-size:1.15rem;word-break:break-all}
.cols{display:grid;grid-template-columns:minmax(0,3fr) minmax(300px,2fr);gap:1.8rem;align-items:start}
@media (max-width:900px){.cols{grid-template-columns:1fr}}
.text{font:17px/1.75 Georgia,"Times New Roman",serif}
.text p{margin:0 0 .9em;white-space:pre-wrap;overflow-wrap:break-word}
.error{background:#fde8e8;border:1px solid #d33;color:#900;padding:.5rem .8rem;border-radius:4px}
.muted{color:#777;font-style:italic}
mark.q{background:var(--c);color:inherit;border-bottom:2px solid var(--b);padding:.05em 0;border-radius:2px}
mark.q[data-n]::before{content:attr(data-n);font:700 .62em/1 system-ui,sans-serif;color:#fff;background:var(--b);
border-radius:.6em;padding:.1em .35em;margin-right:.2em;vertical-align:.35em}
mark.q:target{outline:3px solid #222;outline-offset:1px}
mark.q,section.article{scroll-margin-top:5.5rem}
.who{font-weight:700;border:1.5px solid #333;border-radius:3px;padding:0 .1em}
.cue{text-decoration:underline wavy #b0006a;text-decoration-thickness:1.5px;text-underline-offset:.2em}
.via{border-bottom:2px dashed #555}
.named{--c:var(--named);--b:var(--named-b)}.agency{--c:var(--agency);--b:var(--agency-b)}
.anonymous{--c:var(--anonymous);--b:var(--anonymous-b)}.unknown{--c:var(--unknown);--b:var(--unknown-b)}
.other{--c:var(--other);--b:var(--other-b)}
aside.panel{font-size:.88rem}
aside.panel h3{font-size:1rem;margin:1.1rem 0 .5rem}
aside.panel>section>h3:first-child{margin-top:.2rem}
aside.panel h4{font-size:.9rem;margin:.8rem 0 .3rem}
.stack{display:flex;height:18px;border:1px solid #bbb;border-radius:3px;overflow:hidden;background:#f0f0f0;margin:.3rem 0 .6rem}
.stack span{display:block;height:100%;background:var(--c)}
table.types{border-collapse:collapse;width:100%}
table.types th,table.types td{text-align:left;padding:.15rem .4rem;border-bottom:1px solid #eee;white-space:nowrap}
table.types td.num,table.types th.num{text-align:right}
.bar{display:inline-block;width:90px;height:10px;background:#eee;border-radius:2px;vertical-align:middle;margin-right:.35rem;overflow:hidden}
.bar span{display:block;height:100%;background:var(--c,#666)}
.bar.tr span{background:#555}
dl.stats{display:grid;grid-template-columns:auto 1fr;gap:.15rem .8rem;margin:.6rem 0}
dl.stats dt{color:#555}dl.stats dd{margin:0}
ol.top,ul.warn{margin:.2rem 0;padding-left:1.3rem}
ul.warn li{color:#8a3b00}
ol.quotes{list-style:none;margin:0;padding:0}
ol.quotes>li{border-left:4px solid var(--b);background:#fafafa;margin:0 0 .5rem;padding:.35rem .6rem;border-radius:0 4px 4px 0}
.qhead{display:flex;flex-wrap:wrap;gap:.2rem .5rem;align-items:baseline}
.qnum{font-weight:700;color:#fff;background:var(--b);border-radius:.7em;padding:0 .45em;text-decoration:none}
.badge{font-size:.75rem;background:var(--c);border:1px solid var(--b);border-radius:3px;padding:0 .3em}
.kind{font-size:.75rem;color:#555;border:1px solid #ccc;border-radius:3px;padding:0 .3em}
.excerpt{color:#444;font-style:italic;margin:.15rem 0}
ul.reasons{margin:.15rem 0;padding-left:1.1rem;color:#333;font-size:.82rem}
.small{font-size:.82rem;color:#444}
"""


def _e(value: object) -> str:
    """Escape anything for use in HTML text or a quoted attribute value."""
    return html.escape(str(value), quote=True)


def _fraction(value: Any) -> float:
    """A share in [0, 1] from anything (garbage and NaN count as 0)."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return 0.0
    return min(max(number, 0.0), 1.0) if math.isfinite(number) else 0.0


def _pct(value: Any) -> str:
    return f"{_fraction(value) * 100:.0f}%"


def _width(value: Any) -> str:
    return f"width:{_fraction(value) * 100:.1f}%"


def _plural(count: object, noun: str) -> str:
    return _e(f"{count} {noun}{'' if count == 1 else 's'}")


def _kind_class(attribution: object) -> str:
    """The CSS class of an attribution type (only known names ever reach the markup)."""
    return attribution if isinstance(attribution, str) and attribution in ATTRIBUTIONS else "other"


def _valid(start: Any, end: Any, length: int) -> bool:
    return (
        isinstance(start, int) and isinstance(end, int)
        and not isinstance(start, bool) and not isinstance(end, bool)
        and 0 <= start < end <= length
    )


def _speaker_name(quote: Quote) -> str:
    return quote.speaker.name if quote.speaker is not None else "(no source found)"


def _quote_title(n: int, quote: Quote) -> str:
    """The hover text of one quote."""
    lines = [f"#{n} {_speaker_name(quote)} \u2014 {quote.attribution}, {quote.kind}"]
    if quote.via:
        lines.append("via " + ", ".join(v.name for v in quote.via))
    speaker = quote.speaker
    if speaker is not None:
        about = [part for part in (speaker.description, speaker.affiliation) if part]
        if about:
            lines.append(" \u00b7 ".join(about))
    lines.extend(f"\u2022 {reason}" for reason in quote.reasons)
    lines.append(f"transparency {_pct(quote.transparency)}")
    return "\n".join(lines)


class _Layout:
    """The spans of one article's text, by layer, and the markup that nests them."""

    def __init__(self, text: str, article: Article, prefix: str) -> None:
        self.text = text
        self.prefix = prefix
        self.quotes = {n: q for n, q in enumerate(article.quotes, 1)}
        self.spans: list[tuple[int, int, int, Any]] = []  # (start, end, layer, ident)
        self.located: set[int] = set()  # quotes whose highlight made it into the page
        self.opened: set[tuple[int, tuple[Any, ...]]] = set()
        position = 0
        paragraph = 0
        for gap in [*_GAP.finditer(text), None]:
            start, end = (gap.start(), gap.end()) if gap else (len(text), len(text))
            chunk = text[position:start]
            lead = len(chunk) - len(chunk.lstrip())
            if chunk.strip():
                self._add(position + lead, position + len(chunk.rstrip()), _PARAGRAPH, paragraph)
                paragraph += 1
            position = end
        for n, quote in self.quotes.items():
            self._add(quote.start, quote.end, _QUOTE, n)
            if quote.speaker is not None and quote.speaker.mention is not None:
                self._add(quote.speaker.mention.start, quote.speaker.mention.end, _MENTION, n)
            if quote.cue is not None:
                self._add(quote.cue.start, quote.cue.end, _CUE, n)
            for v, via in enumerate(quote.via):
                if via.mention is not None:
                    self._add(via.mention.start, via.mention.end, _VIA, (n, v))

    def _add(self, start: Any, end: Any, layer: int, ident: Any) -> None:
        if _valid(start, end, len(self.text)):
            self.spans.append((start, end, layer, ident))

    def _open(self, layer: int, idents: tuple[Any, ...]) -> str:
        first = (layer, idents) not in self.opened
        self.opened.add((layer, idents))
        if layer == _PARAGRAPH:
            return "<p>"
        if layer == _QUOTE:
            lead = idents[0]
            attrs = f' class="q {_kind_class(self.quotes[lead].attribution)}"'
            if first:
                self.located.update(idents)
                attrs += f' id="{self.prefix}-q{lead}" data-n="{lead}"'
            title = "\n\n".join(_quote_title(n, self.quotes[n]) for n in idents)
            return f'<mark{attrs} title="{_e(title)}">'
        if layer == _VIA:
            names = ", ".join(self.quotes[n].via[v].name for n, v in idents)
            numbers = ", ".join(f"#{n}" for n, _ in idents)
            return f'<span class="via" title="{_e(f"relayed by {names} ({numbers})")}">'
        numbers = ", ".join(f"#{n}" for n in idents)
        if layer == _MENTION:
            names = ", ".join(dict.fromkeys(_speaker_name(self.quotes[n]) for n in idents))
            return f'<span class="who" title="{_e(f"speaker: {names} ({numbers})")}">'
        return f'<span class="cue" title="{_e(f"cue of {numbers}")}">'

    def markup(self) -> str:
        """The article text as paragraphs, built from the sorted start and end events."""
        events: dict[int, list[tuple[int, int, Any]]] = {}
        for start, end, layer, ident in self.spans:
            events.setdefault(start, []).append((+1, layer, ident))
            events.setdefault(end, []).append((-1, layer, ident))
        active: dict[int, set[Any]] = {layer: set() for layer in _TAGS}
        stack: list[tuple[int, tuple[Any, ...]]] = []
        out: list[str] = []
        positions = sorted(events)
        for position, following in zip(positions, positions[1:]):
            for change, layer, ident in events[position]:
                (active[layer].add if change > 0 else active[layer].discard)(ident)
            wanted: list[tuple[int, tuple[Any, ...]]] = []
            if active[_PARAGRAPH]:  # text between paragraphs is only blank lines: leave it out
                wanted = [(layer, tuple(sorted(active[layer]))) for layer in _TAGS if active[layer]]
            keep = 0
            while keep < min(len(stack), len(wanted)) and stack[keep] == wanted[keep]:
                keep += 1
            out.extend(f"</{_TAGS[layer]}>" for layer, _ in reversed(stack[keep:]))
            if out and stack and keep == 0:
                out.append("\n")
            out.extend(self._open(layer, idents) for layer, idents in wanted[keep:])
            stack = wanted
            if wanted:
                out.append(_e(self.text[position:following]))
        out.extend(f"</{_TAGS[layer]}>" for layer, _ in reversed(stack))
        return "".join(out) if out else '<p class="muted">(empty text)</p>'


def _legend() -> str:
    items = [
        f'<li><span class="sw {kind}"></span>{_e(kind)} <span class="muted">({_e(_LABELS[kind])})</span></li>'
        for kind in ATTRIBUTIONS
    ]
    items.append('<li><span class="cue">cue</span></li>')
    items.append('<li><span class="who">speaker mention</span></li>')
    items.append('<li><span class="via">relay (via)</span></li>')
    return '<ul class="legend">' + "".join(items) + "</ul>"


def _types(*tables: dict[str, Any]) -> list[str]:
    """The four attribution types, then any other key of the profile's tables, sorted."""
    extra = sorted({str(k) for table in tables for k in table} - set(ATTRIBUTIONS))
    return [*ATTRIBUTIONS, *extra]


def _count(table: dict[str, Any], kind: str) -> str:
    return _e(table.get(kind, 0))


def _profile(profile: Profile) -> str:
    kinds = _types(profile.quotes, profile.sources, profile.word_share)
    shares = {kind: profile.word_share.get(kind, 0.0) for kind in kinds}
    summary = ", ".join(f"{kind} {_pct(share)}" for kind, share in shares.items())
    parts = ['<section class="profile"><h3>Sourcing profile</h3>']
    parts.append(f'<div class="small">share of quoted words</div><div class="stack" role="img" aria-label="{_e(summary)}">')
    parts.extend(
        f'<span class="{_kind_class(kind)}" style="{_width(share)}" title="{_e(kind)}: {_pct(share)}"></span>'
        for kind, share in shares.items() if _fraction(share) > 0
    )
    parts.append("</div>")
    parts.append('<table class="types"><thead><tr><th>attribution</th><th class="num">quotes</th>'
                 '<th class="num">sources</th><th>word share</th></tr></thead><tbody>')
    for kind in kinds:
        cls = _kind_class(kind)
        parts.append(
            f'<tr><td><span class="sw {cls}"></span> {_e(kind)}</td>'
            f'<td class="num">{_count(profile.quotes, kind)}</td><td class="num">{_count(profile.sources, kind)}</td>'
            f'<td><span class="bar {cls}"><span style="{_width(shares[kind])}"></span></span>{_pct(shares[kind])}</td></tr>'
        )
    parts.append("</tbody></table>")
    parts.append(
        '<dl class="stats">'
        f'<dt>agency reliance</dt><dd><span class="bar agency"><span style="{_width(profile.agency_reliance)}">'
        f"</span></span>{_pct(profile.agency_reliance)}</dd>"
        f'<dt>transparency</dt><dd><span class="bar tr"><span style="{_width(profile.transparency)}">'
        f"</span></span>{_pct(profile.transparency)}</dd></dl>"
    )
    parts.append("<h4>Top sources</h4>")
    if profile.top_sources:
        parts.append('<ol class="top">')
        for source in profile.top_sources:
            parts.append(
                f'<li>{_e(source.name)} <span class="badge {_kind_class(source.attribution)}">{_e(source.attribution)}</span>'
                f' <span class="small">{_plural(source.quotes, "quote")}, {_plural(source.words, "word")}</span></li>'
            )
        parts.append("</ol>")
    else:
        parts.append('<p class="muted">none</p>')
    parts.append("<h4>Warnings</h4>")
    if profile.warnings:
        parts.append('<ul class="warn">' + "".join(f"<li>{_e(w)}</li>" for w in profile.warnings) + "</ul>")
    else:
        parts.append('<p class="muted">none</p>')
    parts.append("</section>")
    return "".join(parts)


def _excerpt(text: str, limit: int = 110) -> str:
    words = " ".join(text.split())
    return words if len(words) <= limit else words[: limit - 1] + "\u2026"


def _quote_list(article: Article, located: set[int], prefix: str) -> str:
    if not article.quotes:
        return '<h3>Quotes</h3><p class="muted">no quotes found</p>'
    parts = [f"<h3>Quotes ({len(article.quotes)})</h3>", '<ol class="quotes">']
    for n, quote in enumerate(article.quotes, 1):
        cls = _kind_class(quote.attribution)
        number = (f'<a class="qnum" href="#{prefix}-q{n}">{n}</a>' if n in located
                  else f'<span class="qnum" title="not located in the text">{n}</span>')
        parts.append(f'<li class="{cls}" id="{prefix}-l{n}"><div class="qhead">{number} <b>{_e(_speaker_name(quote))}</b>'
                     f' <span class="badge">{_e(quote.attribution)}</span> <span class="kind">{_e(quote.kind)}</span></div>')
        if quote.via:
            parts.append(f'<div class="small">via {_e(", ".join(v.name for v in quote.via))}</div>')
        speaker = quote.speaker
        about = [part for part in (speaker.description, speaker.affiliation) if part] if speaker else []
        if about:
            parts.append(f'<div class="small">{_e(" · ".join(about))}</div>')
        if n not in located:
            parts.append('<div class="small muted">not located: its offsets fall outside the text</div>')
        parts.append(f'<div class="excerpt">\u201c{_e(_excerpt(quote.text))}\u201d</div>')
        if quote.reasons:
            parts.append('<ul class="reasons">' + "".join(f"<li>{_e(r)}</li>" for r in quote.reasons) + "</ul>")
        parts.append(f'<div class="small">transparency <span class="bar tr"><span style="{_width(quote.transparency)}">'
                     f"</span></span>{_pct(quote.transparency)}</div></li>")
    parts.append("</ol>")
    return "".join(parts)


def _article(index: int, text: str, article: Article, path: str | None) -> str:
    prefix = f"a{index}"
    name = path if path is not None else article.path if article.path is not None else f"text {index}"
    layout = _Layout(text if isinstance(text, str) else "", article, prefix)
    body = layout.markup()
    error = f'<p class="error">error: {_e(article.error)}</p>' if article.error else ""
    return (
        f'<section class="article" id="{prefix}"><h2>{_e(name)}</h2>{error}<div class="cols">'
        f'<div class="text">{body}</div>'
        f'<aside class="panel">{_profile(article.profile)}{_quote_list(article, layout.located, prefix)}</aside>'
        "</div></section>"
    )


def render(items: Iterable[tuple[str, Article, str | None]]) -> str:
    """One HTML5 page for ``(text, article, path)`` triples: ``text`` is the input the
    article's offsets point into, ``path`` the heading (``article.path`` when ``None``)."""
    items = list(items)
    sections = [_article(i, text, article, path) for i, (text, article, path) in enumerate(items, 1)]
    total = sum(len(article.quotes) for _, article, _ in items)
    toc = ""
    if len(items) > 1:
        entries = "".join(
            f'<li><a href="#a{i}">{_e(path if path is not None else article.path or f"text {i}")}</a>'
            f' <span class="small">({_plural(len(article.quotes), "quote")})</span></li>'
            for i, (_, article, path) in enumerate(items, 1)
        )
        toc = f'<nav class="toc"><ol>{entries}</ol></nav>'
    count = f"{_plural(len(items), 'article')}, {_plural(total, 'quote')}"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        f"<title>quotekit report \u2014 {count}</title>\n"
        f"<style>{_CSS}</style>\n</head>\n<body>\n"
        f'<header class="top"><h1>quotekit report</h1><span class="small">{count}</span>{_legend()}</header>\n'
        f"{toc}<main>\n" + "\n".join(sections) + "\n</main>\n</body>\n</html>\n"
    )
