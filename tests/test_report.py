"""The HTML report: escaping, highlights, well-formed nesting, robustness to bad offsets."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest

from quotekit.report import render
from quotekit.results import Article, Profile, Quote, SourceCount, Speaker, TextSpan, Via

EVIL = "<script>alert(1)</script>"
VOID = {"meta", "br", "hr", "img", "input", "link", "wbr"}


class Checker(HTMLParser):
    """Checks the nesting of every non-void element and collects the text inside highlights."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.counts: dict[str, int] = {}
        self.marks: list[list[str]] = []  # the text of each highlight element
        self.attrs: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.attrs.append(dict(attrs))
        self.counts[tag] = self.counts.get(tag, 0) + 1
        if tag in VOID:
            return
        self.stack.append(tag)
        if tag == "mark":
            self.marks.append([])

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if "mark" in self.stack:
            self.marks[-1].append(data)


def check(page: str) -> Checker:
    checker = Checker()
    checker.feed(page)
    checker.close()
    assert checker.errors == []
    assert checker.stack == []
    return checker


def highlighted(page: str) -> str:
    """All the text inside highlight elements, concatenated with a separator between them."""
    return "|".join("".join(parts) for parts in check(page).marks)


def text_markup(page: str) -> str:
    """The article text region of a one-article page, tags removed (entities kept)."""
    region = page.split('<div class="text">', 1)[1].split('</div><aside', 1)[0]
    return re.sub(r"<[^>]*>", "", region)


def quote(text: str, part: str, attribution: str = "named", speaker: str | None = "Ann Lee",
          cue: str | None = None, mention: str | None = None, **extra: object) -> Quote:
    start = text.index(part)
    cue_span = None if cue is None else TextSpan(cue, text.index(cue), text.index(cue) + len(cue))
    mention_span = None if mention is None else TextSpan(mention, text.index(mention), text.index(mention) + len(mention))
    return Quote(
        text=part, start=start, end=start + len(part), kind="direct", cue=cue_span,
        speaker=None if speaker is None else Speaker(speaker, mention_span), attribution=attribution,
        **extra,  # type: ignore[arg-type]
    )


def test_everything_from_the_input_is_escaped() -> None:
    text = f'Tom & Jerry said "{EVIL}" and \'more\'.'
    start = text.index(EVIL)
    q = Quote(text=EVIL, start=start, end=start + len(EVIL), kind="direct", cue=TextSpan("said", 12, 16),
              speaker=Speaker(f"Tom {EVIL} & Jerry", TextSpan("Tom", 0, 3), description=f"a {EVIL} man",
                              affiliation="A&B <i>Corp</i>"),
              attribution="named", via=(Via(f"Wire {EVIL}", TextSpan("Jerry", 6, 11)),),
              reasons=(f"because {EVIL} & \"x\"",))
    profile = Profile(top_sources=(SourceCount(f"Tom {EVIL}", "named", 1, 2),), warnings=(f"warn {EVIL}",),
                      word_share={"named": 1.0, EVIL: 0.5})
    page = render([(text, Article(quotes=[q], profile=profile, error=f"bad {EVIL}"), f"dir/{EVIL}&\".txt")])
    assert "<script" not in page.lower()
    assert "<i>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert text_markup(page) == html.escape(text)  # the raw escaped text, tags aside
    assert "&#x27;more&#x27;" in page
    assert "dir/&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;.txt" in page
    assert "because &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;" in page
    checker = check(page)
    assert "script" not in checker.counts and "i" not in checker.counts
    # the unknown attribution key is shown as text but never becomes a class name
    assert all(EVIL not in (a.get("class") or "") for a in checker.attrs)


def test_every_quote_is_inside_a_highlight() -> None:
    text = ('"We will win," said Ann Lee, a lawyer. Officials said the vote was close. '
            'The agency reported that "talks failed." Someone said it rained.')
    quotes = [
        quote(text, "We will win,", "named", cue="said", mention="Ann Lee"),
        quote(text, "the vote was close", "anonymous", speaker="Officials", mention="Officials"),
        quote(text, "talks failed.", "agency", speaker="the agency", cue="reported"),
        quote(text, "it rained", "unknown", speaker=None),
    ]
    page = render([(text, Article(quotes=quotes), "x.txt")])
    marks = check(page).marks
    assert ["".join(parts) for parts in marks] == [q.text for q in quotes]
    for kind in ("named", "anonymous", "agency", "unknown"):
        assert f'<mark class="q {kind}"' in page


def test_nested_cue_and_mention_inside_a_quote_are_well_formed() -> None:
    text = "Mr. Lee said Ann Lee insisted that the plan was said to work, Lee said."
    content = "Ann Lee insisted that the plan was said to work"
    start = text.index(content)
    cue_at = text.index("said to")
    inner = Quote(text=content, start=start, end=start + len(content), kind="indirect",
                  cue=TextSpan("said", cue_at, cue_at + 4),  # inside the quote
                  speaker=Speaker("Ann Lee", TextSpan("Lee said", start + 4, cue_at)),  # straddles nothing
                  attribution="named")
    # a mention that starts outside the quote and ends inside it: must close and reopen
    straddle = Quote(text=content, start=start, end=start + len(content), kind="indirect",
                     cue=TextSpan("said", 8, 12), speaker=Speaker("Lee", TextSpan("said Ann", 8, start + 3)),
                     attribution="named")
    for q in (inner, straddle):
        page = render([(text, Article(quotes=[q]), "n.txt")])
        checker = check(page)
        assert "".join("".join(parts) for parts in checker.marks) == content
        assert page.count('class="cue"') >= 1 and page.count('class="who"') >= 1


def test_quote_across_paragraphs_is_split_and_reopened() -> None:
    text = 'She said: "First part.\n\n"Second part."\n\nThe end.'
    content = 'First part.\n\n"Second part.'
    q = quote(text, content, cue="said", mention="She")
    page = render([(text, Article(quotes=[q]), "p.txt")])
    checker = check(page)
    assert checker.counts["p"] >= 3
    assert ["".join(parts) for parts in checker.marks] == ["First part.", '"Second part.']
    assert page.count('id="a1-q1"') == 1  # an id only on the first fragment


def test_adjacent_quotes_and_shared_cue() -> None:
    text = '"One." "Two," said Bo. "Three."'
    quotes = [quote(text, "One.", cue="said", mention="Bo"), quote(text, "Two,", cue="said", mention="Bo"),
              quote(text, "Three.", cue="said", mention="Bo")]
    page = render([(text, Article(quotes=quotes), "a.txt")])
    assert highlighted(page) == "One.|Two,|Three."
    assert page.count('<span class="cue" title="cue of #1, #2, #3">said</span>') == 1  # one shared element
    # spans that touch (one ends where the next starts) stay separate elements
    text = "First.Second. Bo Cy said."
    touching = [
        Quote(text="First.", start=0, end=6, kind="direct", cue=TextSpan("said", 20, 24),
              speaker=Speaker("Bo", TextSpan("Bo", 14, 16)), attribution="named"),
        Quote(text="Second.", start=6, end=13, kind="direct", cue=TextSpan("said", 20, 24),
              speaker=Speaker("Cy", TextSpan("Bo Cy", 14, 19)), attribution="anonymous"),
    ]
    page = render([(text, Article(quotes=touching), "t.txt")])
    assert highlighted(page) == "First.|Second."
    assert '<mark class="q anonymous"' in page
    assert text_markup(page) == text


def test_out_of_range_spans_are_ignored() -> None:
    text = "Short text said Bo."
    bad = [
        Quote(text="x", start=5, end=500, kind="direct", cue=TextSpan("said", 11, 15),
              speaker=Speaker("Bo", TextSpan("Bo", 16, 18)), attribution="named"),
        Quote(text="y", start=-3, end=2, kind="direct", cue=TextSpan("said", 400, 404),
              speaker=Speaker("Bo", TextSpan("Bo", -1, 99)), attribution="named"),
        Quote(text="z", start=9, end=3, kind="direct", cue=None, speaker=None, attribution="unknown"),
        Quote(text="Short", start=0, end=5, kind="direct", cue=TextSpan("said", 11, 15),
              speaker=Speaker("Bo", TextSpan("Bo", 16, 18)), attribution="named"),
    ]
    page = render([(text, Article(quotes=bad), "bad.txt")])
    assert highlighted(page) == "Short"
    assert 'id="a1-q4"' in page and 'id="a1-q1"' not in page
    assert 'href="#a1-q1"' not in page and 'href="#a1-q4"' in page
    # every quote is still listed in the panel
    assert page.count('id="a1-l') == 4


def test_no_external_references() -> None:
    text = 'See http://example.com and "<img src=x onerror=alert(1)>" she said.'
    q = quote(text, "<img src=x onerror=alert(1)>", cue="said", mention="she")
    page = render([(text, Article(quotes=[q]), "https://evil.example/a.txt")])
    assert "<img" not in page
    assert "src=" not in page.replace("src=x", "")  # only the escaped text itself mentions src=
    checker = check(page)
    assert not any(key in ("src", "srcset") or (value or "").startswith(("http", "//"))
                   for attrs in checker.attrs for key, value in attrs.items())
    plain = render([("Nothing here.", Article(), "a.txt")])
    assert "http://" not in plain and "https://" not in plain and "src=" not in plain
    assert "<link" not in plain and "@import" not in plain and "url(" not in plain


def test_empty_article_and_empty_text_render() -> None:
    page = render([("No one said anything.", Article(), None), ("", Article(path="given.txt"), None)])
    checker = check(page)
    assert "mark" not in checker.counts
    assert "No one said anything." in page
    assert "no quotes found" in page and "given.txt" in page and "text 1" in page
    assert render([]).startswith("<!DOCTYPE html>")


def test_profile_is_shown() -> None:
    profile = Profile(quotes={"named": 3, "agency": 1, "anonymous": 2, "unknown": 0},
                      sources={"named": 2, "agency": 1, "anonymous": 1, "unknown": 0},
                      word_share={"named": 0.5, "agency": 0.25, "anonymous": 0.25, "unknown": 0.0},
                      top_sources=(SourceCount("Ann Lee", "named", 3, 40),), agency_reliance=0.25,
                      transparency=0.7, warnings=("anonymous quote without a reason",))
    page = render([("Text.", Article(profile=profile), "p.txt")])
    assert 'style="width:50.0%"' in page and 'style="width:25.0%"' in page
    assert "agency reliance" in page and "70%" in page
    assert "Ann Lee" in page and "3 quotes, 40 words" in page
    assert "anonymous quote without a reason" in page


@pytest.mark.parametrize("value", [float("nan"), 7.0, -1.0, "x"])
def test_odd_numbers_do_not_break_the_bars(value: object) -> None:
    profile = Profile(word_share={"named": value}, agency_reliance=value, transparency=value)  # type: ignore[arg-type]
    page = render([("Text.", Article(profile=profile), "p.txt")])
    check(page)
    widths = [a["style"] for a in check(page).attrs if a.get("style")]
    assert widths and all(w in ("width:0.0%", "width:100.0%") for w in widths)


def test_output_is_deterministic() -> None:
    text = '"A," said Bo. "B," said Cy.'
    quotes = [quote(text, "A,", cue="said", mention="Bo"), quote(text, "B,", speaker="Cy", mention="Cy")]
    items = [(text, Article(quotes=quotes), "d.txt")]
    assert render(items) == render(list(items))
