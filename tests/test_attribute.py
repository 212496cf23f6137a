"""named / agency / anonymous, relays and reasons, on sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "attribution", "via"),
    [
        ("The port will close on Friday, the Harbor Times reported.", "agency", []),
        ("Officials will resign, the Daily Ledger newspaper said.", "agency", []),
        ("The deal is done, state media reported.", "agency", []),
        ("The deal is done, unnamed officials said.", "anonymous", []),
        ("The deal is done, a source familiar with the talks said.", "anonymous", []),
        ("The deal is done, three diplomats said.", "anonymous", []),
        ("The deal is done, said Petra Novak, a lawyer for the union.", "named", []),
        ("The ministry said the deal was done.", "named", []),
        ("The deal is done, the Harbor Times reported, citing unidentified officials.", "anonymous", ["Harbor Times"]),
        ("The deal is done, Metro News quoted two sources as saying.", "anonymous", ["Metro News"]),
        ("A source close to the talks told Metro News the deal was done.", "anonymous", ["Metro News"]),
    ],
)
def test_attribution_types(analyzer, text, attribution, via):
    [quote] = analyzer(text).quotes
    assert quote.attribution == attribution, quote.reasons
    assert [v.name for v in quote.via] == via


def test_reasons_name_the_words(analyzer):
    [quote] = analyzer("The deal is done, unidentified officials said.").quotes
    assert any("unidentified" in r and "officials" in r for r in quote.reasons)


def test_unresolved_pronoun_is_unknown(analyzer):
    [quote] = analyzer("It rained.\n\nThey said the deal was done.").quotes
    assert quote.attribution == "unknown"


def test_a_news_organisation_told_is_named_by_its_full_name(analyzer):
    text = (
        "The Lakeside Courier reported on Monday that the ferry would stop. "
        "Ann Ferrow, a harbour engineer, told the Courier that the pier was unsafe."
    )
    quote = next(q for q in analyzer(text).quotes if "pier" in q.text)
    assert quote.speaker.name == "Ann Ferrow"
    assert [v.name for v in quote.via] == ["Lakeside Courier"]
