"""Quote spans and cues on sentences written for these tests (not from the seed articles)."""

from __future__ import annotations

import pytest


def _quotes(analyzer, text):
    return [(q.text, q.kind, q.cue.text if q.cue else None) for q in analyzer(text).quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"The dam will hold," said Ana Ruiz.', [("The dam will hold,", "direct", "said")]),
        ("“The dam will hold,” Ruiz said.", [("The dam will hold,", "direct", "said")]),
        ("«The dam will hold», Ruiz said.", [("The dam will hold", "direct", "said")]),
        # words in no language the tagger knows, their comma after the closing mark, a titled source
        ("„Der Damm hält“, Chief Engineer Ana Ruiz told reporters at the site.",
         [("Der Damm hält", "direct", "told")]),
        # a longer source with its descriptions and no verb of its own
        ("« Le barrage tiendra », the regional water board's chief engineer, Ana Ruiz, told reporters.",
         [("Le barrage tiendra", "direct", "told")]),
        ("The engineer said that the dam would hold.", [("that the dam would hold", "indirect", "said")]),
        ("The dam will hold, the engineer said.", [("The dam will hold", "indirect", "said")]),
        ("Ruiz told reporters the dam would hold.", [("the dam would hold", "indirect", "told")]),
        ("The dam will hold, according to the city engineer.", [("The dam will hold", "indirect", "according to")]),
    ],
)
def test_styles_and_constructions(analyzer, text, expected):
    assert _quotes(analyzer, text) == expected


def test_mixed_quote_is_one_quote(analyzer):
    text = 'The mayor said the plan was "dead on arrival" and would be withdrawn.'
    [(quoted, kind, cue)] = _quotes(analyzer, text)
    assert kind == "mixed" and cue == "said"
    assert "dead on arrival" in quoted and quoted.startswith("the plan")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of the reported clause stands outside the marks: a mixed quote
        ('The harbor board said transfers "help move water to where it is needed most."',
         ('transfers "help move water to where it is needed most."', "mixed")),
        # a function word before the marks is no word of the quote's own
        ('The mayor said that "the fire was an intentional act."', ("the fire was an intentional act.", "direct")),
    ],
)
def test_one_word_of_its_own_before_a_quotation_makes_it_mixed(analyzer, text, expected):
    [quote] = analyzer(text).quotes
    assert (quote.text, quote.kind) == expected


def test_scare_quotes_are_not_quotes(analyzer):
    assert _quotes(analyzer, 'The company sold a so-called "smart kettle" to schools last year.') == []


def test_a_that_clause_read_as_an_open_clause_is_the_content(analyzer):
    # the parser hangs "that" and "it" on "'s" and makes "relaxing" an xcomp of "denied"
    text = ("While there have been reports of easier checks at the northern border, Norvania has denied "
            "that it's relaxing pressure on the port.")
    assert [q.text for q in analyzer(text).quotes] == ["that it's relaxing pressure on the port"]


def test_a_title_after_titled_is_not_a_quote_however_long(analyzer):
    text = ("The study, titled \u201cTidal Rescue of Salt-Stressed Barley in Marginal Coastal Soils,\u201d "
            "was published on Wednesday in the Harbor Journal of Ecology.")
    assert _quotes(analyzer, text) == []


def test_words_in_capitals_said_by_the_attribution_after_them_are_no_title(analyzer):
    """Short words in capitals read as a title, unless they open the sentence, a comma closes
    them and the attribution follows: then they were said (tweeted, chanted)."""
    [quote] = analyzer('The port is busier than ever. "RECORD YEAR," the harbor master wrote on Monday.').quotes
    assert (quote.text, quote.cue.text) == ("RECORD YEAR,", "wrote")
    titled = analyzer('At the end of the anthem "Harbor Lights Forever," she added a verse about the ferry.').quotes
    assert all("Harbor Lights" not in q.text for q in titled)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ruiz promised her entire harbor program would be paid for through a port levy.",
         "her entire harbor program would be paid for through a port levy"),
        ("Most dockers said life for the next generation would be worse than life today.",
         "life for the next generation would be worse than life today"),
    ],
)
def test_a_clause_whose_subject_the_parser_took_for_the_verbs_object_starts_at_it(analyzer, text, content):
    quote = next(q for q in analyzer(text).quotes if q.text.endswith(content[-12:]))
    assert quote.text == content


def test_the_subject_of_a_passive_report_is_who_called_the_object_something(analyzer):
    """``X is reported to have called Y "..."``: X called; the cue runs from "is reported"."""
    [quote] = analyzer('The harbor master is reported to have called the levy "a disgrace."').quotes
    assert (quote.text, quote.cue.text, quote.speaker.mention.text) == (
        'the levy "a disgrace."', "is reported to have called", "The harbor master")


def test_what_someone_is_called_on_to_do_is_not_their_words(analyzer):
    """The object of an infinitive a directive verb aims at is no position of the subject's
    (``called on police to release the logs "as a matter of ..."``), whichever frame is tried."""
    from quotekit.detect import _quoted_objects, tokens_inside
    from quotekit.lexicon import Lexicon
    from quotekit.marks import find_quoted

    text = ('Lind\'s family has called on police to release the logs "as a matter of the greater good and '
            'transparency" and called on people to protest.')
    doc = analyzer.nlp(text)
    inside = tokens_inside(doc, ((q.start, q.end) for q in find_quoted(text)))
    assert _quoted_objects(doc, Lexicon.default(), inside, set()) == []
    assert [q.cue.text for q in analyzer(text).quotes] == ["has called on", "called on"]


def test_a_report_whose_subject_cannot_speak_is_no_quote_inside_anothers(analyzer):
    """``Berger said the haste with which ... suggested that “...”``: the haste is no source; the
    quotation is part of what Berger said (was also a quote of "the haste")."""
    text = ("Tomas Berger said the haste with which both capitals had traded accusations suggested that “neither side "
            "has built a way to handle a crisis quietly.”")
    [quote] = analyzer(text).quotes
    assert (quote.cue.text, quote.speaker.name, quote.kind) == ("said", "Tomas Berger", "mixed")
    # a verb no thing does with a clause keeps its own quote, whatever its subject
    told = analyzer("Ada Lind said her boss told her that he had booked a single room for them.").quotes
    assert [q.cue.text for q in told] == ["said", "told"]


def test_a_report_of_someone_else_set_off_after_the_content_is_not_part_of_it(analyzer):
    text = ('Mayor Ana Ruiz defended the levy, saying the money was needed to repair "crumbling" piers, '
            "even as dockworkers said the charge would drive away tourists.")
    quotes = {q.cue.text: q.text for q in analyzer(text).quotes}
    assert quotes["saying"] == 'the money was needed to repair "crumbling" piers'
    assert quotes["said"] == "the charge would drive away tourists"
    # an aside with no words of its own stays in: it is no other report
    aside = analyzer("The mayor said the ferry would run on time, as she had promised.").quotes
    assert any(q.text == "the ferry would run on time, as she had promised" for q in aside)


def test_a_report_set_off_whose_clause_hangs_on_its_speech_noun_is_not_part_of_the_content(analyzer):
    text = ("Ana Ruiz told supporters that the queues were a beautiful sight, while Tom Berg said in a video posted online "
            "that voters were staying home.")
    assert [q.text for q in analyzer(text).quotes] == ["that the queues were a beautiful sight",
                                                       "that voters were staying home"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ada Lind said she backs Tom Berg (R-Wis.).", "she backs Tom Berg (R-Wis.)"),
        ("Ada Lind said the levy was unfair (and illegal).", "the levy was unfair (and illegal)"),
        ("Ada Lind said the levy [on ferries] was unfair.", "the levy [on ferries] was unfair"),
        ("Ada Lind said the levy was unfair).", "the levy was unfair"),  # a stray bracket is trimmed
    ],
)
def test_a_content_keeps_a_closing_bracket_whose_opening_one_it_has(analyzer, text, content):
    assert [q.text for q in analyzer(text).quotes] == [content]


def test_a_linking_verb_casts_nothing_as_quoted_words(analyzer):
    """The parser may hang the "as" of one verb on a linking verb in its object's clause."""
    text = ("Last month, Ada Lind dismissed Tom Berg and Sara Holt\u2019s protestations that they remained "
            "good friends even amidst a growing rivalry as they competed for the seat, as \u201cpure fiction.\u201d")
    assert [q.cue.text for q in analyzer(text).quotes] == ["dismissed"]


@pytest.mark.parametrize("text", [
    "The state radio station dismissed one of its newsreaders, Ibrahim Kurfi, on Friday.",
    "The chancellor dismissed her finance minister on Thursday night.",
    "The club dismissed its coach after the defeat.",
])
def test_dismissing_a_person_is_no_quote(analyzer, text):
    """``dismissed one of its newsreaders``: "dismiss" with a person as its object
    (``personnel_verbs.txt``) is an act on them, not a position the subject states."""
    assert analyzer(text).quotes == ()


@pytest.mark.parametrize("text, content", [
    ("The mayor dismissed the claims as nonsense.", "the claims as nonsense"),
    ("Lind dismissed him as naive.", "him as naive"),
    ("Lind dismissed the report on Monday.", "the report"),
    ("Lind dismissed her critics on Monday.", "her critics"),  # whom she opposes (``opponent_nouns.txt``)
])
def test_dismissing_words_or_a_person_as_something_is_a_stance(analyzer, text, content):
    assert [q.text for q in analyzer(text).quotes] == [content]


def test_a_report_set_off_before_a_clauses_subject_attributes_the_clause(analyzer):
    """``a rally at which, prosecutors allege, he encouraged supporters to block a highway``: the
    parser hung "allege" on "encouraged" as its complement; the report attributes the clause
    around it (was a quote of "prosecutors allege" by "he")."""
    text = "He was arrested after a rally at which, prosecutors allege, he encouraged supporters to block a highway."
    assert [(q.cue.text, q.text) for q in analyzer(text).quotes] == [
        ("allege", "he encouraged supporters to block a highway")]


def test_a_that_clause_hung_on_the_people_of_a_gathering_is_what_was_told(analyzer):
    """``told a rally of about 4,000 members that the union would not sign``: the parser hung
    the clause on "members" as a relative clause; "that" is its mark and it is complete
    without it, so it is what the rally was told (was no quote)."""
    text = "Ada Lind, general secretary of the union, told a rally of about 4,000 members that the union would not sign an agreement."
    assert [q.text for q in analyzer(text).quotes] == ["that the union would not sign an agreement"]


def test_a_participle_after_a_closing_attribution_is_the_writers_consequence(analyzer):
    """``..., captain Didier-Aimé Kouassi said on Sunday, throwing preparations ... into
    disarray``: a participle none of the lexicons' verbs, set off after the attribution, is what
    the words brought about; the sentence before it is still the captain's (was no quote)."""
    text = ("Players of the Lagoon Elephants will not board the team flight to Kasamba next week unless they receive "
            "bonuses owed since last year's Cup of Nations, captain Didier-Aim\u00e9 Kouassi said on Sunday, throwing "
            "preparations for a crucial World Cup qualifier into disarray.")
    assert [(q.text[:30], q.speaker.name) for q in analyzer(text).quotes] == [
        ("Players of the Lagoon Elephant", "Didier-Aim\u00e9 Kouassi")]


def test_interrupted_quote_gives_two_quotes(analyzer):
    text = '"We did everything we could," she continued. "Nobody expected the storm to turn north."'
    quotes = _quotes(analyzer, text)
    assert [q[0] for q in quotes] == ["We did everything we could,", "Nobody expected the storm to turn north."]
    assert quotes[0][2] == quotes[1][2] == "continued"  # the attribution between the parts introduces both


def test_multi_paragraph_quote_is_one_quote(analyzer):
    text = (
        'Mayor Lee spoke at length. "The first thing we will do is repair the roads.\n\n'
        '"Then we will rebuild the schools," Lee said.'
    )
    article = analyzer(text)
    [quote] = article.quotes
    assert quote.text.startswith("The first thing") and quote.text.endswith("rebuild the schools,")
    assert quote.speaker is not None and quote.speaker.name == "Mayor Lee" or quote.speaker.name == "Lee"


def test_question_from_the_reporter_is_not_a_quote(analyzer):
    text = "When asked if the dam would hold, Ruiz said the engineers were confident."
    assert [q[0] for q in _quotes(analyzer, text)] == ["the engineers were confident"]


def test_belief_inside_a_quote_is_not_a_separate_quote(analyzer):
    text = '"I think the bridge is safe and the city agrees," said Omar Haddad, an inspector.'
    quotes = analyzer(text).quotes
    assert len(quotes) == 1 and quotes[0].cue.text == "said" and quotes[0].speaker.name == "Omar Haddad"


def test_offsets_are_exact(analyzer):
    text = 'Intro line.\n\n“It works,” said Dr. Mira Patel. Patel added that tests would continue.'
    for quote in analyzer(text).quotes:
        assert text[quote.start : quote.end] == quote.text
        assert quote.cue is None or text[quote.cue.start : quote.cue.end] == quote.cue.text


def test_coordinated_speech_verb_shares_the_subject(analyzer):
    text = "The harbour master inspected the pier on Tuesday and said the ferries would run again."
    quotes = analyzer(text).quotes
    assert [(q.text, q.cue.text) for q in quotes] == [("the ferries would run again", "said")]
    assert quotes[0].speaker is not None and quotes[0].speaker.mention.text == "The harbour master"


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        (  # the parser made the first clause the complement of the verb after the comma
            'Last month, FBI Director Ana Ruiz called Lind\'s use of private servers "extremely careless," but said '
            "she should face no criminal charges, a recommendation Attorney General Tom Berg accepted.",
            "she should face no criminal charges", "FBI Director Ana Ruiz",
        ),
        (  # a relative clause of someone set off by commas
            "Ruiz, who founded the ferry line in May and said she would probably sell it, ultimately did not sell.",
            "she would probably sell it", "who",
        ),
    ],
)
def test_a_coordinated_speech_verb_shares_a_subject_the_parser_hung_elsewhere(analyzer, text, content, mention):
    quote = next(q for q in analyzer(text).quotes if q.cue.text == "said")
    assert (quote.text, quote.speaker.mention.text) == (content, mention)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The curator also said that the gallery would reopen.", "also said"),
        ("The gallery will reopen in May, the curator said Thursday.", "said Thursday"),
        ("The curator has repeatedly said in an interview with the radio station that the gallery would reopen.",
         "has repeatedly said in an interview with the radio station"),
    ],
)
def test_cue_is_the_whole_verb_group(analyzer, text, cue):
    [quote] = analyzer(text).quotes
    assert quote.cue.text == cue and "gallery w" in quote.text


@pytest.mark.parametrize(
    "text",
    [
        # the parser hangs the that-clause on the speech noun: what was said, no part of the cue
        "The weather office said in a statement that rainfall was low.",
        "The weather service said in a statement that rainfall was low.",
    ],
)
def test_a_setting_ends_where_what_was_said_begins(analyzer, text):
    [quote] = analyzer(text).quotes
    assert quote.cue.text.startswith("said in a") and quote.cue.text.endswith("statement")
    assert quote.text.startswith("that rainfall") and quote.text.endswith("was low")


@pytest.mark.parametrize(
    "text",
    [
        # the parser reads "that" as the subject of a relative clause on the setting's noun,
        # although the clause has a subject of its own
        "Harlow Mills said in a press release that profits rose 12 percent in the quarter.",
        "The ferry company said in a press release that fares rose 12 percent in the spring.",
    ],
)
def test_a_that_clause_read_as_relative_in_the_setting_is_what_was_said(analyzer, text):
    [quote] = analyzer(text).quotes
    assert quote.kind == "indirect" and quote.text.startswith("that ") and "rose 12 percent" in quote.text


def test_a_reported_clause_ends_before_the_conjunction_of_the_next_verb(analyzer):
    text = ("The weather service said in a statement that rainfall over the past year was low and warned that "
            "conditions would not improve.")
    assert [q.text for q in analyzer(text).quotes] == ["that rainfall over the past year was low",
                                                        "that conditions would not improve"]


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("The mayor criticized the zoning board for its slow approvals.", "the zoning board for its slow approvals", "criticized"),
        ("Two council members have proposed a tax on empty storefronts.", "a tax on empty storefronts", "have proposed"),
        ("The union wants to delay the vote until spring.", "to delay the vote until spring", "wants"),
        ("The senator accused him of hiding the audit.", "him of hiding the audit", "accused"),
        ("The latest survey shows a close race in the county.", "a close race in the county", "shows"),
        ("The school board plans to open two new libraries.", "to open two new libraries", "plans"),
        ("The ferry union has opposed closing the night crossing.", "closing the night crossing", "has opposed"),  # a gerund
    ],
)
def test_stance_and_intention_verbs_attribute_their_object(analyzer, text, content, cue):
    [quote] = analyzer(text).quotes
    assert (quote.text, quote.kind, quote.cue.text) == (content, "indirect", cue)


def test_a_passive_verb_takes_no_gerund_object(analyzer):
    """Who "is shown discussing" is the subject; the gerund is what they do, not a report."""
    assert all(q.cue.text != "is shown" for q in analyzer("The mayor is shown discussing the ferry plan in the video.").quotes)


def test_stance_object_leaves_out_a_non_restrictive_clause(analyzer):
    [quote] = analyzer("The mayor praised the new ferry schedule, which starts in June.").quotes
    assert quote.text == "the new ferry schedule"


def test_stance_verb_with_a_pronoun_object_is_not_a_quote(analyzer):
    assert analyzer("The mayor praised it.").quotes == ()
    assert analyzer("The council voted for it.").quotes == ()  # nor the bare pronoun of "for"


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("The mayor spoke about the shortage of nurses.", "the shortage of nurses", "spoke about"),
        ("Farmers warned of a poor harvest.", "a poor harvest", "warned of"),
        ("The pastor spoke out Sunday about the flooding.", "the flooding", "spoke out Sunday about"),
        ("The council member called the audit careless and late.", "the audit careless and late", "called"),
        ("The auditor described the budget as a wish list.", "the budget as a wish list", "described"),
        ("The senator has called for raising the minimum wage.", "raising the minimum wage", "has called for"),
        ("The senator called on the council to raise the minimum wage.", "to raise the minimum wage", "called on"),
    ],
)
def test_topic_naming_and_call_for(analyzer, text, content, cue):
    [quote] = analyzer(text).quotes
    assert (quote.text, quote.cue.text) == (content, cue)


def test_called_a_meeting_for_a_day_is_not_a_quote(analyzer):
    assert analyzer("The board called a meeting for Monday.").quotes == ()


def test_possessed_speech_noun_with_a_that_clause(analyzer):
    quotes = analyzer("The auditor rejected the council's claim that the budget was balanced.").quotes
    claim = next(q for q in quotes if q.cue.text == "claim")
    assert claim.text == "that the budget was balanced" and claim.speaker.mention.text == "the council"


@pytest.mark.parametrize(
    "text, source",
    [
        ("Mr Oskar Brel rejected claims by the Federation of Mill Workers that older staff had been targeted.",
         "the Federation of Mill Workers"),
        ("The ministry rejected claims by the Federation of Mill Workers that older staff had been targeted.",
         "the Federation of Mill Workers"),
        ("The council dismissed allegations from opposition lawmakers that the tender was rigged.", "opposition lawmakers"),
    ],
)
def test_speech_noun_with_its_claimant_after_by_or_from(analyzer, text, source):
    """``claims by X that ...``, ``allegations from X that ...``: X's words (they were no quote of
    their own), not relayed by the subject who rejects them (an organisation's report would relay
    them), which keeps its own quote."""
    quotes = analyzer(text).quotes
    assert any(q.cue.text in ("rejected", "dismissed") for q in quotes)
    claim = next(q for q in quotes if q.cue.text in ("claims", "allegations"))
    assert claim.speaker.mention.text == source and claim.via == ()
    assert claim.text.startswith("that ")


def test_a_time_after_by_is_no_claimant(analyzer):
    assert analyzer("Claims by 2025 that the levy would rise were common.").quotes == ()


@pytest.mark.parametrize(
    "text, content, cue, source",
    [
        ("The mayor's warning about the flood barriers was ignored by the council.", "the flood barriers", "warning about", "The mayor"),
        ("The mayor's denial of the leak report came a day later.", "the leak report", "denial of", "The mayor"),
    ],
)
def test_what_a_possessed_speech_noun_is_about(analyzer, text, content, cue, source):
    [quote] = analyzer(text).quotes
    assert (quote.text, quote.cue.text, quote.speaker.mention.text) == (content, cue, source)


@pytest.mark.parametrize(
    "text",
    [
        "The governor's speech of 2015 was short.",
        "The board's interview of Ana Ruiz lasted three hours.",
        "This week's warnings of floods along the coast went unheeded.",
    ],
)
def test_no_topic_from_a_speech_noun_of_a_time_or_a_person_or_owned_by_a_time(analyzer, text):
    assert analyzer(text).quotes == ()


def test_headline_names_its_source_before_a_colon(analyzer):
    text = "Okafor: The Harbour Tunnel Will Open Late.\n\nThe harbour tunnel was due in May."
    [quote] = analyzer(text).quotes
    assert quote.text == "The Harbour Tunnel Will Open Late" and quote.speaker.mention.text == "Okafor"


def test_headline_label_is_not_a_source(analyzer):
    assert analyzer("Analysis: The Harbour Tunnel Will Open Late.\n\nThe tunnel was due in May.").quotes == ()


def test_short_second_part_of_an_interrupted_quote(analyzer):
    text = "“There she is,” the coach said. “Right on time.”"
    quotes = analyzer(text).quotes
    assert [(q.text, q.cue.text) for q in quotes] == [("There she is,", "said"), ("Right on time.", "said")]


def test_second_part_after_a_repeated_attribution(analyzer):
    text = (
        "Mira Holt, an engineer, reviewed the plans. Holt said she kept the piers because "
        "“nobody builds them this strong anymore,” she added. “We owe the town that much.”"
    )
    last = analyzer(text).quotes[-1]
    assert last.text == "We owe the town that much."
    assert last.cue is not None and last.cue.text == "added"  # the attribution between the parts, not "said"
    assert last.speaker is not None and last.speaker.name == "Mira Holt"

    text = "Holt said she kept the piers because “nobody builds them this strong.” Holt continued her tour. “Strong as ever.”"
    assert [q.cue.text for q in analyzer(text).quotes] == ["said"]  # "continued her tour" reports nothing


def test_short_question_with_attribution_in_the_next_sentence(analyzer):
    [quote] = analyzer("“Ready yet?” she asked, but the crew had already left the dock.").quotes
    assert quote.text == "Ready yet?" and quote.cue.text == "asked"


def test_as_clause_attribution(analyzer):
    [quote] = analyzer("As the engineer noted, the pier is older than the town hall.").quotes
    assert quote.text == "the pier is older than the town hall" and quote.cue.text == "noted"


def test_as_x_put_it_has_the_whole_phrase_as_cue(analyzer):
    [quote] = analyzer("The pier is a museum piece, as the engineer recently put it.").quotes
    assert (quote.text, quote.cue.text, quote.speaker.mention.text) == ("The pier is a museum piece", "recently put it", "the engineer")


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("As reported by the Harbor Gazette, the ferry operator will close its depot.",
         "the ferry operator will close its depot", "the Harbor Gazette"),
        ("The depot will close next year, as announced by the port authority.", "The depot will close next year",
         "the port authority"),
    ],
)
def test_a_passive_as_clause_has_its_agent_as_source(analyzer, text, content, source):
    [quote] = analyzer(text).quotes
    assert (quote.text, quote.speaker.mention.text) == (content, source)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor was responding to the news that the council had cut the ferry budget.",
        "The union cited the strike as evidence that the port board had ignored its workers.",
        "The ferry captain spoke on the radio show that the port authority had started.",
    ],
)
def test_a_that_clause_of_a_topic_or_a_relative_clause_is_not_the_telling(analyzer, text):
    """The clause belongs to the noun it hangs on: the content of a topic ("the news that ..."),
    or a relative clause whose "that" stands for the noun."""
    assert all(not q.text.startswith("that") for q in analyzer(text).quotes)


def test_a_passive_as_clause_on_a_speech_verb_is_no_quote_of_its_own(analyzer):
    text = '"The depot will close," Ruiz noted in an interview, as reported by the Harbor Gazette.'
    [quote] = analyzer(text).quotes
    assert (quote.text, quote.speaker.mention.text) == ("The depot will close,", "Ruiz")


@pytest.mark.parametrize(
    ("text", "content", "cue", "source"),
    [
        ("Worried by the strikes in Ohio, Governor Tom Hale, the party chairman, said that the port would reopen.",
         "that the port would reopen", "said", "Governor Tom Hale"),
        ("The harbor master said in one of a series of radio messages that the ferry was carrying fuel when it sank.",
         "that the ferry was carrying fuel when it sank", "said", "The harbor master"),
        ("Experts have argued for decades that the dam was unsafe.", "that the dam was unsafe", "have argued", "Experts"),
        ("The governor insisted on Sunday's show that the bridge was safe.", "that the bridge was safe", "insisted",
         "The governor"),
        ("The port authority said for the first time that it had found fuel in the bay.",
         "that it had found fuel in the bay", "said", "The port authority"),
        ("Rosa Vega shouted to the officers that the captain was unarmed.",
         "that the captain was unarmed", "shouted", "Rosa Vega"),
    ],
)
def test_a_telling_the_parser_split_from_its_subject_or_clause(analyzer, text, content, cue, source):
    """The parser hangs the apposed name in the phrase before the verb, or the that-clause on
    the noun of the phrase after it (a medium, an occasion, a time)."""
    [quote] = analyzer(text).quotes
    assert (quote.text, quote.cue.text, quote.speaker.mention.text) == (content, cue, source)


@pytest.mark.parametrize(
    ("text", "content", "cue", "source"),
    [
        ('"We need a steady hand," the mayor said, referring to the harbor master.', "the harbor master",
         "referring to", "the mayor"),
        ("The levy is a fee with a narrow meaning: it refers to the charge paid by ferry owners.",
         "the charge paid by ferry owners", "refers to", "it"),  # not the clause before the colon
        ("Port officials pointed to the storm as the cause of the delays.", "the storm as the cause of the delays",
         "pointed to", "Port officials"),
    ],
)
def test_a_reference_verb_reports_its_to_phrase(analyzer, text, content, cue, source):
    quote = next(q for q in analyzer(text).quotes if q.cue.text == cue)
    assert (quote.text, quote.speaker.mention.text) == (content, source)


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        ("Senate leaders opposing the ferry levy met on Monday.", "the ferry levy", "opposing", "Senate leaders"),
        ("The mayor sent a series of tweets criticizing the harbor board.", "the harbor board", "criticizing", "The mayor"),
    ],
)
def test_a_stance_participle_after_a_noun_is_that_noun_s_position(analyzer, text, content, cue, speaker):
    [quote] = analyzer(text).quotes  # the tweets' author, not the tweets
    assert (quote.text, quote.cue.text, quote.speaker.mention.text) == (content, cue, speaker)


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("The harbor master wrote a memoir of his years on the docks.", "a memoir of his years on the docks", "wrote"),
        ("The ferry company reported a loss of $3 million for the quarter.", "a loss of $3 million for the quarter",
         "reported"),
        ("Asked if the levy was fair, 46 percent of voters said yes.", "yes", "said"),  # an answer word
        ("The harbor master suggested dredging the channel before winter.", "dredging the channel before winter",
         "suggested"),  # a gerund for the object
    ],
)
def test_a_speech_verb_with_no_clause_reports_its_object(analyzer, text, content, cue):
    [quote] = analyzer(text).quotes
    assert (quote.text, quote.cue.text) == (content, cue)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor told her supporters at the pier on Monday.",  # whom it was told
        "The mayor continued her tour of the harbor.",  # another sense of the verb
        "The ferry company found a way around the levy.",
        "A higher levy would threaten jobs at the pier.",
    ],
)
def test_the_object_of_a_verb_that_seldom_takes_words_is_no_quote(analyzer, text):
    assert analyzer(text).quotes == ()


def test_a_noun_the_parser_joined_to_the_verb_continues_its_quoted_object(analyzer):
    text = ('Hours after the vote, Ada Lind called the harbor master "the worst choice in a decade" and '
            'someone who had "wrecked the ferry budget and raised the fees" by signing the levy.')
    [quote] = analyzer(text).quotes
    assert quote.text.startswith("the harbor master") and quote.text.endswith("by signing the levy")


def test_so_long_as_is_a_condition_not_a_report(analyzer):
    """ "as" after an adverb ("so long as", "as soon as") opens no "as X said" report."""
    assert analyzer("The council funds ferries so long as they do not threaten jobs.").quotes == ()
    [report] = analyzer("The ferry will run on time, as Ada Lind said.").quotes
    assert report.text == "The ferry will run on time"


def test_a_clause_before_a_verb_that_casts_its_object_is_not_its_content(analyzer):
    quotes = analyzer('For that she drew the ire - he called her "weak" and left.').quotes
    assert [q.cue.text for q in quotes] == ["called"] and "weak" in quotes[0].text and "ire" not in quotes[0].text
    [quoted] = analyzer("The ferry is late again, the Harbor Gazette quoted two crew members as saying.").quotes
    assert quoted.text == "The ferry is late again" and quoted.cue.text == "quoted"  # an "as" phrase is no cast


def test_a_passive_reference_verb_names_no_source(analyzer):
    assert analyzer("The harbor case was referred to state prosecutors on Monday.").quotes == ()


def test_a_stance_participle_after_a_thing_is_no_quote(analyzer):
    assert analyzer("A bill supporting dairy farmers passed the harbor council.").quotes == ()


def test_a_that_clause_in_a_clause_of_the_phrase_is_that_clause_s(analyzer):
    text = "The mayor appeared to dismiss the issue in October, when she told the council at a hearing that the ferry was safe."
    by_cue = {q.cue.text: q.text for q in analyzer(text).quotes}
    assert by_cue["told"] == "that the ferry was safe" and not by_cue.get("to dismiss", "").startswith("that")


def test_a_that_clause_of_a_noun_after_a_participle_is_the_noun_s(analyzer):
    text = "The ministers met on Friday, offering new defense efforts amid growing concerns that they are too dependent on allies."
    assert all(not q.text.startswith("that they") for q in analyzer(text).quotes)


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("The captain said legalizing it could put thousands of people to work.",
         "legalizing it could put thousands of people to work", "said"),
        ("Analysts say seeing so many police officers at the pier was a welcome sight.",
         "seeing so many police officers at the pier was a welcome sight", "say"),
        ("Ada Lind, chairman of the Harbor Workers Committee, said having Berg at the top of the ticket puts such"
         " members as Ben Cole at risk.", "having Berg at the top of the ticket puts such members as Ben Cole at risk",
         "said"),  # the clause's verb hung on the gerund with no subject
    ],
)
def test_a_gerund_phrase_subject_of_the_reported_clause(analyzer, text, content, cue):
    """The parser reads the gerund as the verb's xcomp and its object as the clause's subject."""
    [quote] = analyzer(text).quotes
    assert (quote.text, quote.kind, quote.cue.text) == (content, "indirect", cue)


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("In the latest Harbor Times poll, Mayor Ruiz led her rival by 5 points among likely voters.",
         "Mayor Ruiz led her rival by 5 points among likely voters", "the latest Harbor Times poll"),
        ("Ruiz did fare well in online and snap polls conducted after the debates.", "Ruiz did fare well",
         "online and snap polls"),
        ("Despite the cheers, she did not receive a bump in one of the first surveys to emerge.",
         "she did not receive a bump", "one of the first surveys"),
    ],
)
def test_a_clause_reported_in_a_poll(analyzer, text, content, source):
    [quote] = analyzer(text).quotes
    assert (quote.text, quote.cue.text.lower(), quote.speaker.mention.text) == (content, "in", source)


def test_a_quote_after_a_poll_does_not_continue_it(analyzer):
    text = ('In the latest Harbor Times poll, Mayor Ruiz led her rival by 5 points.\n\n'
            '"We are thrilled, and we will keep working for every vote in this city."')
    poll, quote = analyzer(text).quotes
    assert poll.cue.text == "In" and quote.speaker is None


@pytest.mark.parametrize(
    "text",
    [
        "In a survey, most voters said the bridge should open.",  # the voters' report
        "The ferry sank in the study area.",
        "Ruiz spent a week in the poll booth.",
        "Ruiz rose in the polls after the debate.",  # no poll in particular
        "Ruiz, who leads in a new poll, spoke to the crowd on Monday.",  # the writer's aside
        "Ruiz rose in the wake of polls by the Harbor Times.",
    ],
)
def test_no_poll_report_from_a_cue_of_its_own_or_another_noun(analyzer, text):
    assert all(q.cue is None or q.cue.text.lower() != "in" for q in analyzer(text).quotes)


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("The crowd cheered as the mayor called for a new bridge over the river.", "a new bridge over the river", "called for"),
        ("The ferry left early as the captain said that the storm would reach the bay.", "that the storm would reach the bay", "said"),
    ],
)
def test_an_as_clause_with_words_of_its_own_reports_them(analyzer, text, content, cue):
    [quote] = analyzer(text).quotes
    assert (quote.text, quote.cue.text) == (content, cue)


@pytest.mark.parametrize(
    ("text", "content", "cue", "source"),
    [
        ("The senator appeared to suggest that the levy would rise.", "that the levy would rise", "appeared to suggest", "The senator"),
        ("The mayor spoke for an hour, criticizing the board for its delays.", "the board for its delays", "criticizing", "The mayor"),
        ("Lind said the plan was late, going on to say that the city had spent too much.",  # the parser hangs
         "that the city had spent too much", "going on to say", "Lind"),  # "going" in the reported clause
        ("The appeals court ruled that the levy was lawful.", "that the levy was lawful", "ruled", "The appeals court"),
        ("The Gazette has learned that the ferry operator will close.", "that the ferry operator will close", "has learned", "The Gazette"),
        ("Voters questioned the mayor's plan to close the library.", "to close the library", "plan", "the mayor"),
    ],
)
def test_raised_subjects_participles_and_noun_infinitives(analyzer, text, content, cue, source):
    quote = next(q for q in analyzer(text).quotes if q.text == content)
    assert quote.cue.text == cue and quote.speaker.mention.text == source


def test_a_participle_hung_in_the_reported_clause_that_reports_more_is_not_its_content(analyzer):
    """``said A, going on to say that B``: B is a report of its own, not part of A."""
    text = "Lind said the plan was late, going on to say that the city had spent too much."
    assert [q.text for q in analyzer(text).quotes] == ["the plan was late", "that the city had spent too much"]


def test_object_control_is_not_the_speaker(analyzer):
    quotes = analyzer("The coach asked the captain to say that the team was ready.").quotes
    assert all(q.cue.text != "to say" for q in quotes)


def test_writers_aside_after_a_comma_is_not_the_content(analyzer):
    quotes = analyzer("Voters questioned the mayor's plan to help small firms, which employ most residents.").quotes
    assert sorted(q.text for q in quotes) == ["the mayor's plan to help small firms", "to help small firms"]


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("The harbour master is worried about the depth of the channel.", "the depth of the channel", "is worried about"),
        ("The engineers were confident that the seawall would hold.", "that the seawall would hold", "were confident"),
        ("The ferry company has been critical of the new timetable.", "the new timetable", "has been critical of"),
    ],
)
def test_attitude_adjectives(analyzer, text, content, cue):
    [quote] = analyzer(text).quotes
    assert (quote.text, quote.cue.text) == (content, cue)


def test_directive_content_includes_who_was_addressed(analyzer):
    [quote] = analyzer("The captain told the crew to stay below deck.").quotes
    assert (quote.text, quote.cue.text, quote.speaker.mention.text) == ("the crew to stay below deck", "told", "The captain")


def test_verb_coordinated_inside_a_reported_clause_does_not_take_its_subject(analyzer):
    text = "The mayor wrote that the contractor was careless and urged residents to stay calm."
    quotes = analyzer(text).quotes
    assert all(q.speaker is None or q.speaker.mention is None or q.speaker.mention.text != "the contractor" for q in quotes)


def test_a_second_part_in_title_case_after_a_sentence_end_continues_the_quote(analyzer):
    text = "\u201cHere comes the Chief,\u201d Ana Pell said, waving. \u201cThe Chief. Our Chief.\u201d"
    assert [(q.text, q.speaker.name) for q in analyzer(text).quotes] == [
        ("Here comes the Chief,", "Ana Pell"),
        ("The Chief. Our Chief.", "Ana Pell"),
    ]


def test_a_title_after_the_cue_in_the_same_sentence_is_not_a_second_part(analyzer):
    text = "\u201cI love it,\u201d Ana Pell said of \u201cHarbor Lights.\u201d"
    assert [q.text for q in analyzer(text).quotes] == ["I love it,"]


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (  # a speech verb whose object holds quoted words
            'The port authority reported "record delays" at both terminals.',
            '"record delays" at both terminals', "reported", "port authority",
        ),
        (  # the phrase holding the quotation, not a writer's remark after a dash
            'A rival engineer, Omar Haddad, likened the plan to "pouring sand into the sea" - a charge that stung.',
            'the plan to "pouring sand into the sea"', "likened", "Omar Haddad",
        ),
        (  # any verb that casts its object as quoted words
            'The union has been hammering the board as "a club of absentee landlords" for months.',
            'the board as "a club of absentee landlords"', "has been hammering", "union",
        ),
        (  # the object of a preposition is cast too; the preposition joins the cue
            'This spring the mayor went after the ferry company as "a cartel with boats."',
            'the ferry company as "a cartel with boats."', "went after", "mayor",
        ),
        (  # a second object after "and" belongs to the same position
            'The council condemned the fee as "unfair and arbitrary" and a "tax on the poor."',
            'the fee as "unfair and arbitrary" and a "tax on the poor."', "condemned", "council",
        ),
        (  # phrases after the quotation that say more of the position stay in it; a time does not
            'The mayor likened the tolls to "highway robbery" in a speech about the budget on Monday.',
            'the tolls to "highway robbery" in a speech about the budget', "likened", "mayor",
        ),
        (  # an apposition to the object stays in it
            'The ministry accused the port\'s director, Ana Ruiz, of "reckless spending."',
            'the port\'s director, Ana Ruiz, of "reckless spending."', "accused", "ministry",
        ),
    ],
)
def test_quoted_words_in_a_verbs_object(analyzer, text, content, cue, speaker):
    [quote] = analyzer(text).quotes
    assert (quote.text, quote.kind, quote.cue.text) == (content, "mixed", cue)
    assert quote.speaker.mention is not None and speaker in quote.speaker.mention.text


def test_a_hyphen_inside_a_word_does_not_end_the_position(analyzer):
    """A dash ends the position (the writer's remark follows it); a hyphen inside a word does not."""
    [quote] = analyzer("Dockers at the meeting saw the harbor master as the front-runner.").quotes
    assert (quote.text, quote.cue.text) == ("the harbor master as the front-runner", "saw")


def test_a_passive_speech_verb_does_not_make_its_subject_the_speaker(analyzer):
    text = 'The ferry will run again and a date would be announced "in the coming weeks."'
    assert all(q.speaker is None or q.speaker.mention is None for q in analyzer(text).quotes)


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        ("The pilot began by saying the channel was too shallow for tankers.",
         "the channel was too shallow for tankers", "saying", "The pilot"),
        ("After admitting that the budget was short, the treasurer resigned.",
         "that the budget was short", "admitting", "the treasurer"),
        ("Ada Lind, despite admitting that she had doubts about the plan, voted for it.",  # "despite" tagged SCONJ
         "that she had doubts about the plan", "admitting", "Ada Lind"),
        ("After saying her foot was badly swollen, Lind was rushed to the hospital.",  # a passive's subject too
         "her foot was badly swollen", "saying", "Lind"),
    ],
)
def test_a_gerund_after_a_preposition_takes_the_subject_of_its_clause(analyzer, text, content, cue, speaker):
    [quote] = analyzer(text).quotes
    assert (quote.text, quote.cue.text, quote.speaker.mention.text) == (content, cue, speaker)


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (  # a participle after the main clause casts its object: the main clause's subject speaks
            'The harbor master closed the quay on Friday, calling the new cranes "a danger to everyone."',
            'the new cranes "a danger to everyone."', "calling", "The harbor master",
        ),
        (  # and before it: the quote is the participle's, not the main verb's
            'Calling the audit "a fishing trip," the treasurer said she would appeal.',
            'the audit "a fishing trip,"', "Calling", "the treasurer",
        ),
        (  # a participle on a speech noun reports what the statement says; its issuer speaks
            "The pilots' union put out a statement saying the new rosters were unsafe.",
            "the new rosters were unsafe", "saying", "The pilots' union",
        ),
        (  # the statement's own author comes first
            "The board published a letter from the auditors warning that the reserves were too thin.",
            "that the reserves were too thin", "warning", "the auditors",
        ),
    ],
)
def test_participles_take_the_source_of_their_clause_or_statement(analyzer, text, content, cue, speaker):
    quote = analyzer(text).quotes[0]
    assert (quote.text, quote.cue.text, quote.speaker.mention.text) == (content, cue, speaker)


def test_a_speech_noun_nobody_issued_is_its_own_source(analyzer):
    quotes = analyzer("Her lawyer cited reports alleging that the mayor lied.").quotes
    alleging = next(q for q in quotes if q.cue.text == "alleging")
    assert (alleging.text, alleging.speaker.mention.text) == ("that the mayor lied", "reports")


def test_that_parsed_as_an_adverb_still_opens_the_reported_clause():
    import spacy
    from spacy.tokens import Doc

    from quotekit.detect import detect_quotes

    words = ["Reyes", "tweeted", "at", "dawn", "that", "Okafor", "was", "“", "a", "fraud", "”", "."]
    doc = Doc(  # the parse the small model gives some such sentences: "that"/advmod, the clause/advcl
        spacy.blank("en").vocab, words=words, spaces=[True] * 7 + [False, True, False, False, False],
        heads=[1, 1, 1, 2, 6, 6, 1, 9, 9, 6, 9, 1],
        deps=["nsubj", "ROOT", "prep", "pobj", "advmod", "nsubj", "advcl", "punct", "det", "attr", "punct", "punct"],
        pos=["PROPN", "VERB", "ADP", "NOUN", "ADV", "PROPN", "AUX", "PUNCT", "DET", "NOUN", "PUNCT", "PUNCT"],
        tags=["NNP", "VBD", "IN", "NN", "RB", "NNP", "VBD", "``", "DT", "NN", "''", "."],
        lemmas=["Reyes", "tweet", "at", "dawn", "that", "Okafor", "be", "“", "a", "fraud", "”", "."],
    )
    assert [(doc.text[q.start : q.end], q.kind) for q in detect_quotes(doc)] == [("that Okafor was “a fraud”", "mixed")]


def test_according_to_the_parser_took_for_the_root(analyzer):
    [quote] = analyzer('According to radio host Dale Pruitt, the plan reeks of "panic" and haste.').quotes
    assert (quote.text, quote.cue.text) == ('the plan reeks of "panic" and haste', "According to")
    assert quote.speaker.name == "Dale Pruitt"


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [  # the small model lemmatizes "hoped" as "hop" and "retweeted" as "retweete"
        ("The harbor master hoped that the storm would pass.", "that the storm would pass", "hoped"),
        ("The senator retweeted that the count was wrong.", "that the count was wrong", "retweeted"),
        ("The pilot wondered whether the channel was deep enough.", "whether the channel was deep enough", "wondered"),
        ("Most fishermen see the new quota as a death sentence.", "the new quota as a death sentence", "see"),
    ],
)
def test_lemmatizer_slips_and_verbs_of_opinion(analyzer, text, content, cue):
    [quote] = analyzer(text).quotes
    assert (quote.text, quote.cue.text) == (content, cue)


def test_a_belief_or_plan_inside_reported_speech_is_part_of_that_quote(analyzer):
    text = "The harbor master said he did not think the storm would close the port."
    assert _quotes(analyzer, text) == [("he did not think the storm would close the port", "indirect", "said")]
    text = "The harbor master said the city wants to dredge the channel."
    assert [q[2] for q in _quotes(analyzer, text)] == ["said"]


def test_reported_speech_inside_reported_speech_is_kept(analyzer):
    text = "The ferry captain said the mayor promised that the pier would reopen."
    assert [q[2] for q in _quotes(analyzer, text)] == ["said", "promised"]


_TRANSCRIPT = (
    "Part of the interview follows.\n\n"
    '"HOLMES: Good evening. Let me ask about the bridge first, because it is late.\n\n'
    '"ADEYEMI: Well, look, the bridge will open in May. We have the money.\n\n'
    '"HOLMES: Will the tolls rise?\n\n'
    '"ADEYEMI: No. Not this year, and not next year either.\n'
)


def test_a_quoted_transcript_gives_one_quote_per_turn_with_its_label(analyzer):
    quotes = analyzer(_TRANSCRIPT).quotes
    assert [(q.speaker.mention.text, q.text[:12], q.kind, q.cue.text) for q in quotes] == [
        ("HOLMES", "Good evening", "direct", ":"),
        ("ADEYEMI", "Well, look, ", "direct", ":"),
        ("HOLMES", "Will the tol", "direct", ":"),
        ("ADEYEMI", "No. Not this", "direct", ":"),
    ]
    assert quotes[2].text == "Will the tolls rise?"


@pytest.mark.parametrize("text", [
    "Transcript:\n\nHOLMES: Good evening. Let me ask about the bridge first.\n",
    'Transcript:\n\n"HOLMES: Good evening. Let me ask about the bridge first.\n',
])
def test_a_transcript_label_names_the_speaker(analyzer, text):
    [quote] = analyzer(text).quotes
    assert (quote.speaker.mention.text, quote.speaker.name) == ("HOLMES", "HOLMES")


@pytest.mark.parametrize("text", [
    "The ferry sails at noon.\n\nCLARIFICATION: An earlier version gave the wrong time for the sailing.\n",
    "The ferry sails at noon.\n\nEDITOR'S NOTE: An earlier version gave the wrong time for the sailing.\n",
])
def test_a_label_of_the_text_is_not_a_speaker(analyzer, text):
    assert all(q.speaker is None or q.speaker.mention is None for q in analyzer(text).quotes)


_SIGNED = (
    "What riders told us about the new ferry.\n\n"
    "“The boat is always late. I have missed two job interviews because of it.” ― Ana Ruiz\n\n"
    '"It is cleaner than the old one, and the crew is friendly." — Tomas Berg, 61, a retired teacher.\n\n'
    "“Nobody asked us before they cut the night service.”― Priya Nair.\n"
    "“The fares went up twice this year.” ―\xa0Jon Okafor\n"  # a no-break space after the dash
)


def test_a_name_after_a_dash_signs_the_quote_before_it(analyzer):
    quotes = analyzer(_SIGNED).quotes
    assert [(q.speaker.mention.text, q.kind, q.text[:8]) for q in quotes] == [
        ("Ana Ruiz", "direct", "The boat"), ("Tomas Berg", "direct", "It is cl"), ("Priya Nair", "direct", "Nobody a"),
        ("Jon Okafor", "direct", "The fare"),
    ]
    assert quotes[1].speaker.description == "a retired teacher"


def test_a_sentence_after_a_dash_is_not_a_signature(analyzer):
    text = '"The plan is a reckless gamble with public money." -- Jones disagreed with the board.\n'
    assert all(q.speaker is None or q.speaker.mention is None for q in analyzer(text).quotes)


def test_a_quote_of_two_short_sentences_in_capitals_is_not_a_title(analyzer):
    [quote, _] = analyzer("“Not Denver. Or Boulder,” the mayor said. “The rents are worse.”").quotes
    assert (quote.text, quote.cue.text, quote.speaker.mention.text) == ("Not Denver. Or Boulder,", "said", "the mayor")


def test_spaces_inside_the_marks_are_not_part_of_the_quote(analyzer):
    [quote] = analyzer("“ The pier is unsafe, ” the mayor said.").quotes
    assert quote.text == "The pier is unsafe,"


def test_a_participle_after_an_organisations_report_is_not_a_report_it_relays(analyzer):
    text = 'The ministry said the talks had been “useful,” adding, “We will meet again in May.”'
    quotes = analyzer(text).quotes
    assert [(q.cue.text, q.speaker.mention.text, q.via) for q in quotes] == [
        ("said", "The ministry", ()), ("adding", "The ministry", ()),
    ]


def test_one_closed_quote_opening_with_an_acronym_and_a_colon_is_no_transcript(analyzer):
    text = "“We will rebuild the piers,” the minister said.\n\n“NATO: we stand united with the harbor towns.”"
    quotes = analyzer(text).quotes
    assert [q.speaker.mention for q in quotes][1:] == [None]  # it continues the minister
    assert quotes[1].speaker.name == quotes[0].speaker.name


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (  # a speech noun an issuing verb puts out is its subject's; the cue runs to the noun
            "The harbor master sent a clear message that the ferry would not run on Sundays.",
            "that the ferry would not run on Sundays", "sent a clear message", "The harbor master",
        ),
        (  # the parser takes the that-clause for a relative clause
            'The union delivered a warning that the strike would "last all winter."',
            'that the strike would "last all winter."', "delivered a warning", "The union",
        ),
        (  # "that" taken for the subject of a relative clause that has a subject of its own
            "The mayor made the argument that tolls hurt commuters.",
            "that tolls hurt commuters", "made the argument", "The mayor",
        ),
        (  # a nominalised speech verb with a possessor
            "Nobody believed the dean's explanation that the files were lost in a flood.",
            "that the files were lost in a flood", "explanation", "the dean",
        ),
    ],
)
def test_speech_nouns_put_out_by_their_source(analyzer, text, content, cue, speaker):
    quote = next(q for q in analyzer(text).quotes if q.text == content)
    assert (quote.cue.text, quote.speaker.mention.text) == (cue, speaker)


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (
            'The governor has used the phrase "temporary hardship" in every speech since May.',
            "temporary hardship", "has used the phrase", "The governor",
        ),
        ('A columnist coined the term “toll rage” last spring.', "toll rage", "coined the term", "A columnist"),
        ('Repeating the word "shameful," the senator left the room.', "shameful,", "Repeating the word", "the senator"),
    ],
)
def test_quoted_words_someone_used(analyzer, text, content, cue, speaker):
    [quote] = analyzer(text).quotes
    assert (quote.text, quote.kind, quote.cue.text, quote.speaker.mention.text) == (content, "direct", cue, speaker)


@pytest.mark.parametrize(
    "text",
    [
        'The governor never used the phrase "temporary hardship" in the debate.',
        'The governor did not use the word "crisis."',
        'The governor refused to use the word "crisis."',  # a refusal, not words used
        'The phrase "temporary hardship" was used by the governor.',
    ],
)
def test_words_someone_did_not_use_are_not_their_quote(analyzer, text):
    assert [q for q in analyzer(text).quotes if q.kind == "direct"] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The fire chief talked to reporters about the cause of the blaze.", "the cause of the blaze"),
        ("The fire chief spoke with the mayor about the cause of the blaze.", "the cause of the blaze"),
        ("The fire chief complained to the council about the cost of new trucks.", "the cost of new trucks"),
    ],
)
def test_the_topic_after_whom_a_source_spoke_to(analyzer, text, content):
    [quote] = analyzer(text).quotes
    assert (quote.text, quote.speaker.mention.text) == (content, "The fire chief")
    assert quote.cue.text in ("talked", "spoke", "complained")  # the addressee stays out of the cue


def test_whom_a_source_spoke_to_is_no_topic(analyzer):
    assert analyzer("The fire chief spoke to the mayor of Springfield.").quotes == ()


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ('One placard read, "Bridges, not tolls!"', "Bridges, not tolls!", "One placard"),
        ('"We regret the delay," the letter read.', "We regret the delay,", "letter"),
        ('Protesters carried a banner that read "No Tolls."', "No Tolls.", "a banner"),
    ],
)
def test_a_text_that_reads_gives_its_words(analyzer, text, content, speaker):
    [quote] = analyzer(text).quotes
    assert (quote.text, quote.kind, quote.cue.text, quote.speaker.name) == (content, "direct", "read", speaker)


def test_a_person_reading_aloud_is_not_the_source_of_the_words(analyzer):
    assert analyzer('The clerk read, "All rise for the court."').quotes[0].cue is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the phrase before the verb: the clause with the verb, not the opening phrase
            'For the port, according to the harbor master, the new crane is "a lifeline."',
            ['the new crane is "a lifeline."'],
        ),
        (  # the subject before the phrase is a first part, as with "she said"
            "The ferry, according to the harbor master, will run again in May.",
            ["The ferry", "will run again in May"],
        ),
        ("The ferry will run again in May, according to the harbor master.", ["The ferry will run again in May"]),
    ],
)
def test_according_to_in_the_middle_of_a_sentence(analyzer, text, expected):
    quotes = analyzer(text).quotes
    assert [q.text for q in quotes] == expected
    assert {q.speaker.mention.text for q in quotes} == {"the harbor master"}


def _parsed(words, heads, deps, tags, pos, spaces=None):
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags, pos=pos)


def test_a_verb_the_parser_hung_on_the_subject_after_its_apposition():
    from quotekit.detect import has_subject, misparsed_subject

    # "Quint, a lawyer, compared the tolls to theft.", parsed with the name as root (as
    # en_core_web_sm reads "Aaron Kall, the director of ..., compared Trump to ...")
    words = ["Quint", ",", "a", "lawyer", ",", "compared", "the", "tolls", "to", "theft", "."]
    heads = [0, 0, 3, 0, 0, 0, 7, 5, 5, 8, 0]
    deps = ["ROOT", "punct", "det", "appos", "punct", "acl", "det", "dobj", "prep", "pobj", "punct"]
    tags = ["NNP", ",", "DT", "NN", ",", "VBN", "DT", "NNS", "IN", "NN", "."]
    pos = ["PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "ADP", "NOUN", "PUNCT"]
    doc = _parsed(words, heads, deps, tags, pos)
    assert misparsed_subject(doc[5]) == doc[0] and has_subject(doc[5])
    # "a website called ...": a participle of a noun that is not the root, with no comma before it
    words = ["Quint", "set", "up", "a", "site", "called", "Theft", "."]
    heads = [1, 1, 1, 4, 1, 4, 5, 1]
    deps = ["nsubj", "ROOT", "prt", "det", "dobj", "acl", "oprd", "punct"]
    tags = ["NNP", "VBD", "RP", "DT", "NN", "VBN", "NNP", "."]
    pos = ["PROPN", "VERB", "ADP", "DET", "NOUN", "VERB", "PROPN", "PUNCT"]
    doc = _parsed(words, heads, deps, tags, pos)
    assert misparsed_subject(doc[5]) is None and not has_subject(doc[5])


def test_a_subject_the_parser_read_as_an_apposition_in_the_phrase_before():
    from quotekit.detect import has_subject, misparsed_subject

    # "At the pier, Ana Quint, its director, bluntly said that ...", parsed as en_core_web_sm reads
    # "At Boca West, ..., Jay DiPietro, the club's ... president ..., suggested that ...": the name
    # apposed to the place, the root verb without a subject
    words = ["At", "the", "pier", ",", "Ana", "Quint", ",", "its", "director", ",", "bluntly", "said",
             "that", "it", "leaks", "."]
    heads = [11, 2, 0, 2, 5, 2, 5, 8, 5, 11, 11, 11, 14, 14, 11, 11]
    deps = ["prep", "det", "pobj", "punct", "compound", "appos", "punct", "poss", "appos", "punct", "advmod",
            "ROOT", "mark", "nsubj", "ccomp", "punct"]
    tags = ["IN", "DT", "NN", ",", "NNP", "NNP", ",", "PRP$", "NN", ",", "RB", "VBD", "IN", "PRP", "VBZ", "."]
    pos = ["ADP", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "PRON", "NOUN", "PUNCT", "ADV", "VERB",
           "SCONJ", "PRON", "VERB", "PUNCT"]
    doc = _parsed(words, heads, deps, tags, pos)
    assert misparsed_subject(doc[11]) == doc[5] and has_subject(doc[11])
    # the same parse with a time for the apposition ("At the pier, last May, said ..."): no one named
    words[4:9] = ["the", "spring", ",", "last", "May"]
    tags[4:9] = ["DT", "NN", ",", "JJ", "NNP"]
    pos[4:9] = ["DET", "NOUN", "PUNCT", "ADJ", "PROPN"]
    deps[4:9] = ["det", "appos", "punct", "amod", "appos"]
    heads[4:9] = [5, 2, 5, 8, 5]
    doc = _parsed(words, heads, deps, tags, pos)
    assert misparsed_subject(doc[11]) is None


def test_a_report_whose_subject_the_parser_swallowed_has_no_speaker(analyzer):
    text = ("In an interview with the editorial board of the Harbor Gazette Quint said that the ferry "
            "may need to be sold in the coming years.")
    [quote] = analyzer(text).quotes
    assert (quote.text, quote.kind, quote.cue.text, quote.speaker) == (
        "that the ferry may need to be sold in the coming years", "indirect", "said", None)
    assert analyzer("Frankly, tell him I will remember the vote.").quotes == ()
    # the subject read as an apposition of the name before it, set off by a comma only before
    text = ("Tuesday in Springfield, while on the campaign trail for his wife Democratic mayoral front-runner "
            "Ana Ruiz, former governor Tom Ruiz said his wife was uniquely ready to lead the city.")
    [quote] = analyzer(text).quotes
    assert (quote.text, quote.speaker.name) == ("his wife was uniquely ready to lead the city", "Tom Ruiz")


def test_a_quote_right_after_its_cue_and_a_comma_is_speech_however_it_ends(analyzer):
    text = 'The mayor, who toured the pier this week, tweeted, "Thank you Springfield! #Pier2026" on Friday.'
    [quote] = analyzer(text).quotes
    assert (quote.text, quote.kind, quote.cue.text, quote.speaker.name) == (
        "Thank you Springfield! #Pier2026", "direct", "tweeted", "mayor")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The mayor\'s "bridge to nowhere" remark angered the council.', [("bridge to nowhere", "remark", "The mayor")]),
        ('Clinton\'s "deplorables" comment cost her votes.', [("deplorables", "comment", "Clinton")]),
        ('Her "strong" remark was welcomed.', []),  # a scare quote on a description
        ('The council sorted the mayor\'s "private" emails.', []),  # a document, not words
    ],
)
def test_quoted_words_that_label_a_possessed_remark(analyzer, text, expected):
    quotes = analyzer(text).quotes
    assert [(q.text, q.cue.text, q.speaker.mention.text) for q in quotes if q.kind == "direct"] == expected


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (  # the second verb of a list, parsed as an adverbial clause, shares the subject
            'The councilman has mocked the auditors, referred to the harbor board as "a social club" and left early.',
            'the harbor board as "a social club"', "referred to",
        ),
        (  # what is cast "as" the quoted words comes with them
            'The councilman refers to the harbor board as "the social club."',
            'the harbor board as "the social club."', "refers to",
        ),
        (  # a phrase holding quoted words after a stance object belongs to the position
            'The councilman blamed the anti-toll law on “knuckleheaded harbor officials.”',
            'the anti-toll law on “knuckleheaded harbor officials.”', "blamed",
        ),
    ],
)
def test_quoted_words_cast_on_an_object(analyzer, text, content, cue):
    quote = next(q for q in analyzer(text).quotes if q.kind == "mixed")
    assert (quote.text, quote.cue.text, quote.speaker.mention.text) == (content, cue, "The councilman")


def test_a_time_after_a_stance_object_is_not_the_position(analyzer):
    [quote] = analyzer("The councilman criticized the delays on Monday.").quotes
    assert quote.text == "the delays"


def test_a_phrasal_verb_of_speaking_in_an_as_clause_gives_its_topic(analyzer):
    text = (
        "\u201cStill here?\u201d she said, but Omar was dozing off again, and as the mayor went on about "
        "\u201chow the tolls are rigged,\u201d and \u201chard-working families,\u201d Lena said yes, yes, yes."
    )
    quote = next(q for q in analyzer(text).quotes if q.text == "how the tolls are rigged,")
    assert (quote.cue.text, quote.speaker.mention.text) == ("went on about", "the mayor")


def test_a_reported_clause_far_before_the_attribution_is_no_quote():
    from quotekit.detect import detect_quotes

    # "she said, but Omar was dozing, and as Trump spoke about the tolls at length, Lena said yes."
    # parsed with the first "said" as the reported clause of the second (as en_core_web_sm did)
    words = ["she", "said", ",", "but", "Omar", "was", "dozing", ",", "and", "as", "Trump", "spoke", "about",
             "the", "tolls", "at", "length", ",", "Lena", "said", "yes", "."]
    heads = [1, 19, 1, 1, 6, 6, 1, 6, 6, 11, 11, 19, 11, 14, 12, 11, 15, 19, 19, 19, 19, 19]
    deps = ["nsubj", "ccomp", "punct", "cc", "nsubj", "aux", "conj", "punct", "cc", "mark", "nsubj", "advcl", "prep",
            "det", "pobj", "prep", "pobj", "punct", "nsubj", "ROOT", "intj", "punct"]
    tags = ["PRP", "VBD", ",", "CC", "NNP", "VBD", "VBG", ",", "CC", "IN", "NNP", "VBD", "IN", "DT", "NNS", "IN", "NN",
            ",", "NNP", "VBD", "UH", "."]
    pos = ["PRON", "VERB", "PUNCT", "CCONJ", "PROPN", "AUX", "VERB", "PUNCT", "CCONJ", "SCONJ", "PROPN", "VERB", "ADP",
           "DET", "NOUN", "ADP", "NOUN", "PUNCT", "PROPN", "VERB", "INTJ", "PUNCT"]
    lemmas = [w.lower() for w in words]
    lemmas[1] = lemmas[19] = "say"
    doc = _parsed(words, heads, deps, tags, pos)
    for token, lemma in zip(doc, lemmas):
        token.lemma_ = lemma
    assert [doc.text[q.start : q.end] for q in detect_quotes(doc) if q.cue == (19, 20)] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (  # the parser reads "signals" as a noun and the clause as the subject of "said"
            'The closure of the harbor signals "the end of an era" for the town, said Omar Haddad, a ferry captain.',
            'The closure of the harbor signals "the end of an era" for the town', "Omar Haddad",
        ),
        (
            'Pair higher tolls with a "mayor who is a lightning rod" and commuters get angry, said Lena Ortiz, a councilwoman.',
            'Pair higher tolls with a "mayor who is a lightning rod" and commuters get angry', "Lena Ortiz",
        ),
    ],
)
def test_a_clause_the_parser_took_for_the_subject_before_said_and_a_name(analyzer, text, content, speaker):
    [quote] = analyzer(text).quotes
    assert (quote.text, quote.cue.text, quote.speaker.name) == (content, "said", speaker)


def test_a_cue_never_holds_the_quotation_mark_glued_to_it(analyzer):
    [quote] = analyzer("\u201cHe cares nothing about people like us.\u201d\u2015 Ana Ruiz").quotes
    assert (quote.cue.text, quote.speaker.mention.text) == ("\u2015", "Ana Ruiz")


def test_an_infinitive_that_resumes_a_quotation_is_not_raised_into_the_cue(analyzer):
    text = '"What we owe the miners is to be honest," the governor said, "and to say that the economy is shifting."'
    assert [q.cue.text for q in analyzer(text).quotes] == ["said", "said"]


def test_only_a_speech_verb_stands_before_its_subject(analyzer):
    from quotekit.detect import detect_quotes

    # a subjectless line of a list, "Calls men names, like "pigs," and ...", parsed with the
    # object as an inverted subject (as en_core_web_sm reads such lines)
    words = ["Calls", "men", "names", ",", "like", '"', "pigs", ",", '"', "and", "runs", "pageants", "."]
    heads = [0, 0, 0, 2, 0, 6, 4, 0, 0, 0, 0, 10, 0]
    deps = ["ROOT", "nsubj", "oprd", "punct", "prep", "punct", "pobj", "punct", "punct", "cc", "conj", "dobj", "punct"]
    tags = ["VBZ", "NNS", "NNS", ",", "IN", "``", "NNS", ",", "''", "CC", "VBZ", "NNS", "."]
    pos = ["VERB", "NOUN", "NOUN", "PUNCT", "ADP", "PUNCT", "NOUN", "PUNCT", "PUNCT", "CCONJ", "VERB", "NOUN", "PUNCT"]
    spaces = [True, True, False, True, True, False, False, False, True, True, True, False, False]
    doc = _parsed(words, heads, deps, tags, pos, spaces)
    assert doc.text == 'Calls men names, like "pigs," and runs pageants.'
    doc[0].lemma_, doc[10].lemma_ = "call", "run"
    assert [q for q in detect_quotes(doc) if q.cue == (0, 1)] == []
    [quote] = analyzer('"The pier is closed," said the harbor master.').quotes
    assert quote.speaker.mention.text == "the harbor master"


@pytest.mark.parametrize(
    "text",
    [
        "The ferry company says the mayor will announce a new timetable for the harbor on Friday.",
        "The ferry company said the mayor announced a new timetable for the harbor.",
        # a commitment to act reported by the paper, not words the paper passes on
        "The Harbor Gazette reported on Tuesday that the ferry company, the largest operator, had agreed to sell two boats.",
    ],
)
def test_an_organisation_does_not_relay_speech_to_come_a_speech_verbs_object_or_a_commitment(analyzer, text):
    quotes = analyzer(text).quotes
    outer = [q for q in quotes if q.speaker and q.speaker.mention.text in ("The ferry company", "The Harbor Gazette")]
    assert [q.text.startswith(("the mayor", "that the ferry")) for q in outer] == [True] and outer[0].via == ()
    assert all(q.via == () for q in quotes)


def test_an_organisation_relays_words_that_were_said(analyzer):
    [quote] = analyzer("The Harbor Gazette reported that the mayor said the pier was unsafe.").quotes
    assert (quote.speaker.mention.text, [v.name for v in quote.via]) == ("the mayor", ["Harbor Gazette"])


@pytest.mark.parametrize("name", ["Tokhtarov", "Ostrovsky"])
def test_a_person_named_before_relays_nothing_when_ner_types_the_family_name_org(analyzer, name):
    # en_core_web_sm types the lone family name ORG here; the full name before is a person's
    text = (f"Her counterpart, Ilse M. {name}, attended.\n\n"
            f"{name} said the two governments had also agreed to set up a joint commission on water rights.")
    quotes = analyzer(text).quotes
    assert [(q.speaker.name, q.via) for q in quotes if q.text.startswith("the two governments")] == [(f"Ilse M. {name}", ())]


def test_a_that_clause_on_the_speech_noun_runs_into_the_verbs_own_clause(analyzer):
    # the parser hangs "that ... route" on "statement" and "Solvista flies today" on "said"
    text = ("Its chief executive, Ingrid M. Aasheim-Oduya, said in a statement that the agreement "
            "would secure the future of every route Solvista flies today.")
    [quote] = analyzer(text).quotes
    assert quote.text.startswith("that the agreement would secure") and quote.text.endswith("Solvista flies today")


def test_a_verb_coordinated_with_an_infinitive_shares_its_raised_subject(analyzer):
    text = ("Ada Lind took to Twitter overnight to accuse Tom Berg\u2019s campaign of being \u201cduped\u201d by "
            "\u201ca fraud\u201d and encourage voters to read what she called Berg\u2019s \u201csecret memo.\u201d")
    quotes = analyzer(text).quotes
    assert [(q.cue.text, q.speaker.name) for q in quotes if q.cue.text in ("to accuse", "encourage")] == [
        ("to accuse", "Ada Lind"), ("encourage", "Ada Lind")]


def test_a_clause_a_semicolon_ends_is_not_the_content_of_the_next_clauses_verb(analyzer):
    text = "Her mother appears as a customer at a fruit stand; the score was written by a cousin who teaches piano."
    assert analyzer(text).quotes == ()


def test_an_organisation_does_not_relay_a_report_that_its_own_words_precede(analyzer):
    text = "The port authority said it was closing the pier to traffic and the Harbor Gazette said the ferries would stop."
    quotes = {q.speaker.name: q for q in analyzer(text).quotes}
    assert quotes["port authority"].text.startswith("it was closing the pier")
    assert (quotes["Harbor Gazette"].text, quotes["Harbor Gazette"].via) == ("the ferries would stop", ())


def test_a_finite_clause_hung_as_adverbial_after_a_phrase_is_the_speech_verbs_content():
    from quotekit.detect import detect_quotes

    # "Ruiz said after the vote she would not sign the bill.", with the clause parsed as
    # adverbial (as en_core_web_sm reads "Trump said after the convention he would not ...")
    words = ["Ruiz", "said", "after", "the", "vote", "she", "would", "not", "sign", "the", "bill", "."]
    heads = [1, 1, 8, 4, 2, 8, 8, 8, 1, 10, 8, 1]
    deps = ["nsubj", "ROOT", "prep", "det", "pobj", "nsubj", "aux", "neg", "advcl", "det", "dobj", "punct"]
    tags = ["NNP", "VBD", "IN", "DT", "NN", "PRP", "MD", "RB", "VB", "DT", "NN", "."]
    pos = ["PROPN", "VERB", "ADP", "DET", "NOUN", "PRON", "AUX", "PART", "VERB", "DET", "NOUN", "PUNCT"]
    doc = _parsed(words, heads, deps, tags, pos)
    doc[1].lemma_, doc[8].lemma_ = "say", "sign"
    [quote] = detect_quotes(doc)
    assert (doc.text[quote.start : quote.end], quote.cue) == ("she would not sign the bill", (1, 2))
    # with a subordinator the clause is the writer's: "Ruiz spoke after the vote while she ..."
    words[1], words[5:5] = "spoke", ["while"]
    heads = [1, 1, 9, 4, 2, 9, 9, 9, 9, 1, 11, 9, 1]
    deps[5:5], tags[1], tags[5:5], pos[5:5] = ["mark"], "VBD", ["IN"], ["SCONJ"]
    doc = _parsed(words, heads, deps, tags, pos)
    doc[1].lemma_, doc[9].lemma_ = "speak", "sign"
    assert detect_quotes(doc) == ()
    # nor after the verb's object, unless the object is whom it was told: "recognized the risk"
    words = ["Ruiz", "recognized", "the", "risk", "after", "the", "vote", "she", "would", "not", "sign", "the", "bill", "."]
    heads = [1, 1, 3, 1, 10, 6, 4, 10, 10, 10, 1, 12, 10, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "nsubj", "aux", "neg", "advcl", "det", "dobj", "punct"]
    tags = ["NNP", "VBD", "DT", "NN", "IN", "DT", "NN", "PRP", "MD", "RB", "VB", "DT", "NN", "."]
    pos = ["PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "PRON", "AUX", "PART", "VERB", "DET", "NOUN", "PUNCT"]
    doc = _parsed(words, heads, deps, tags, pos)
    doc[1].lemma_, doc[10].lemma_ = "recognize", "sign"
    assert [q for q in detect_quotes(doc) if doc.text[q.start : q.end].startswith("she")] == []


def test_words_before_a_colon_that_opens_the_quotation_are_the_writers(analyzer):
    text = (
        "The council scolded him: “The harbor community is almost united against you in terms of "
        "the cost of the three piers you called ‘miracles,’” she said."
    )
    [quote] = analyzer(text).quotes
    assert (quote.kind, quote.text[:22], quote.cue.text) == ("direct", "The harbor community i", "said")


def test_bare_verbs_after_an_infinitive_continue_it(analyzer):
    [quote] = analyzer("The council pledged to repair the pier, widen the road and reopen the ferry by May.").quotes
    assert quote.text == "to repair the pier, widen the road and reopen the ferry by May"


def test_an_attribution_hung_on_the_subject_interrupts_the_whole_clause(analyzer):
    quotes = analyzer("The problem now, she told me on Monday, is that the pier has no owner.").quotes
    assert [(q.text, q.cue.text) for q in quotes] == [("The problem now", "told"), ("is that the pier has no owner", "told")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Two polls show the mayor with a lead of four points.", "the mayor with a lead of four points"),
        ("The dockworkers' union has endorsed the mayor in the race.", "the mayor in the race"),
    ],
)
def test_a_stance_object_keeps_the_phrases_after_it(analyzer, text, content):
    [quote] = analyzer(text).quotes
    assert quote.text == content


@pytest.mark.parametrize(
    "text",
    [
        "Do you know where the harbor's budget went?",
        "Would you vote for a mayor who closed the pier?",
        "But has the council called for reopening the ferry?",
    ],
)
def test_a_question_states_nothing(analyzer, text):
    assert analyzer(text).quotes == ()


@pytest.mark.parametrize(
    "text",
    [
        "That said, the ferry will not run on Sundays.",
        "The levy is small. But this said, the ferry will not run on Sundays.",
    ],
)
def test_that_said_as_even_so_reports_nothing(analyzer, text):
    assert analyzer(text).quotes == ()


def test_a_clause_after_a_comma_and_a_conjunction_is_no_final_attribution(analyzer):
    """``A said so, and the board agreed``: the board did not say "A said so"."""
    quotes = analyzer("The mayor said so on Monday, and the board agreed.").quotes
    assert [q.cue.text for q in quotes if q.speaker and q.speaker.mention and q.speaker.mention.text == "and"] == []
    assert all(q.text != "The mayor said so on Monday" for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry captain reached the island on Sunday, in a crossing that neither company had announced.",
        "The council cut the harbor budget twice last year, in a vote which the mayor had predicted.",
        "The pier reopened on Monday after repairs, a date that the harbor master had announced.",
    ],
)
def test_a_relative_clause_after_a_comma_is_no_final_attribution(analyzer, text):
    """``..., in a visit that neither side had announced``: the verb of a relative clause on
    a noun after the comma reports nothing, and the noun is no source."""
    assert [q.cue.text for q in analyzer(text).quotes] == []


def test_a_quoted_question_is_still_a_quote(analyzer):
    [quote] = analyzer('"Is the pier safe?" the reporter asked.').quotes
    assert (quote.text, quote.cue.text) == ("Is the pier safe?", "asked")


def test_an_opening_phrase_before_a_declined_comment_is_no_quote(analyzer):
    quotes = analyzer("Through a spokesman, the harbor master declined to comment.").quotes
    assert [q.text for q in quotes] == ["to comment"]


def test_a_hyphenated_modifier_may_stand_in_the_source_of_a_final_attribution(analyzer):
    text = "The ferry left on Monday with the mayor, the harbor master and two pilots aboard, the state-run radio said."
    [quote] = analyzer(text).quotes
    assert (quote.cue.text, quote.speaker.mention.text) == ("said", "the state-run radio")


@pytest.mark.parametrize(
    "text, content, source, news",
    [
        (
            "Port officials have been quietly inspecting shipments between Norway and Denmark, "
            "a person familiar with the inspections told Reuters.",
            "Port officials have been quietly inspecting shipments between Norway and Denmark",
            "a person familiar with the inspections",
            "Reuters",
        ),
        (
            "The ferry company has been losing money on routes between Oslo and Kiel, an executive told Bloomberg News.",
            "The ferry company has been losing money on routes between Oslo and Kiel",
            "an executive",
            "Bloomberg News",
        ),
    ],
)
def test_a_final_attribution_may_name_whom_it_was_told(analyzer, text, content, source, news):
    # the parser hangs "told" on the first verb and the source on the last name before it
    [quote] = analyzer(text).quotes
    assert (quote.text, quote.cue.text, quote.speaker.mention.text) == (content, "told", source)
    assert [via.name for via in quote.via] == [news]  # whom it was told relays it


@pytest.mark.parametrize(
    "text",
    [
        "She took a newly created role as harbor counselor, in which she advises the port director.",
        "In a short farewell speech, the mayor told the story of the old harbor.",  # a story is what was told
    ],
)
def test_only_whom_it_was_told_may_follow_a_final_attribution(analyzer, text):
    assert analyzer(text).quotes == ()


def test_the_end_of_a_quoted_question_is_no_source(analyzer):
    text = '"Everybody thought the ferry was finished, right?" he told the Gazette. "But we rebuilt it."'
    assert [q.speaker.mention.text for q in analyzer(text).quotes] == ["he", "he"]


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        ("Critics blame the closure of the mill, which they say left a hole in the town.",
         "left a hole in the town", "say", "they"),
        ("He praised the new board, which he argued seeks to restore trust.", "seeks to restore trust", "argued", "he"),
    ],
)
def test_a_tensed_clause_the_parser_hung_on_a_relative_clause_with_two_subjects(analyzer, text, content, cue, speaker):
    """The parser gives "say" both "which" and "they" as subjects and hangs "left" as its xcomp."""
    quotes = [q for q in analyzer(text).quotes if q.cue.text == cue]
    assert [(q.text, q.kind, q.speaker.mention.text) for q in quotes] == [(content, "indirect", speaker)]


def test_an_infinitive_on_a_relative_clause_with_two_subjects_is_no_reported_clause():
    from quotekit.detect import _is_content_clause
    from quotekit.lexicon import Lexicon

    # "the bill, which they say to pass": an infinitive under the verb is no tensed clause
    words = ["the", "bill", ",", "which", "they", "say", "to", "pass"]
    heads = [1, 1, 1, 5, 5, 1, 7, 5]
    deps = ["det", "ROOT", "punct", "nsubj", "nsubj", "relcl", "aux", "xcomp"]
    tags = ["DT", "NN", ",", "WDT", "PRP", "VBP", "TO", "VB"]
    pos = ["DET", "NOUN", "PUNCT", "PRON", "PRON", "VERB", "PART", "VERB"]
    doc = _parsed(words, heads, deps, tags, pos)
    assert not _is_content_clause(doc[7], Lexicon.default())
    tags[7] = "VBD"  # "which they say left": tensed, the relative pronoun's own clause
    del words[6], heads[6], deps[6], tags[6], pos[6]
    heads = [1, 1, 1, 5, 5, 1, 5]
    assert _is_content_clause(_parsed(words, heads, deps, tags, pos)[6], Lexicon.default())


@pytest.mark.parametrize(
    "dateline",
    [
        "SANTIAGO (AP) — ", "LOS ANGELES, Sept. 28 (UPI) - ", "OSLO -- ", "BOGOTA, Colombia — ",
        "Strikes halt ports across Chile\n\nSANTIAGO (AP) — ",  # the parser makes "SANTIAGO" a sentence
        "PUERTO MONTT (Harbor Wire) - ",  # an agency of several words
        "Puerto Montt (AFP) – ",  # a city in title case, its source in brackets
    ],
)
def test_a_dateline_is_no_part_of_the_reported_clause(analyzer, dateline):
    [quote] = analyzer(f"{dateline}Dockworkers walked off the job at 20 ports, union leaders said.").quotes
    assert quote.text == "Dockworkers walked off the job at 20 ports"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The harbor master declined to say more.", "to say more"),
        ("The harbor master refused to discuss the matter.", "to discuss the matter"),
        ("The senator declined to criticize the mayor.", "to criticize the mayor"),
    ],
)
def test_a_report_a_verb_aims_at_is_no_report_of_its_own(analyzer, text, content):
    """Nothing was said, discussed or criticized: the aim is the outer verb's content."""
    assert [q.text for q in analyzer(text).quotes] == [content]


def test_a_finite_verb_after_a_gerund_in_the_object_is_no_content_clause():
    from quotekit.detect import _is_content_clause
    from quotekit.lexicon import Lexicon

    # "The board denied any interest in selling and doing so risked delays.", parsed with
    # "risked" as the complement of "denied" (as en_core_web_sm reads a seed-like sentence):
    # the gerund phrase "doing so" is its subject, the clause the writer's
    words = ["The", "board", "denied", "any", "interest", "in", "selling", "and", "doing", "so", "risked", "delays", "."]
    heads = [1, 2, 2, 4, 2, 4, 5, 6, 6, 8, 2, 10, 2]
    deps = ["det", "nsubj", "ROOT", "det", "dobj", "prep", "pcomp", "cc", "conj", "advmod", "ccomp", "dobj", "punct"]
    tags = ["DT", "NN", "VBD", "DT", "NN", "IN", "VBG", "CC", "VBG", "RB", "VBD", "NNS", "."]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "VERB", "CCONJ", "VERB", "ADV", "VERB", "NOUN", "PUNCT"]
    assert not _is_content_clause(_parsed(words, heads, deps, tags, pos)[10], Lexicon.default())
    # "The board told reporters delays risked trade.": the clause has its own subject
    words = ["The", "board", "told", "reporters", "delays", "risked", "trade", "."]
    heads = [1, 2, 2, 2, 5, 2, 5, 2]
    deps = ["det", "nsubj", "ROOT", "dobj", "nsubj", "ccomp", "dobj", "punct"]
    tags = ["DT", "NN", "VBD", "NNS", "NNS", "VBD", "NN", "."]
    pos = ["DET", "NOUN", "VERB", "NOUN", "NOUN", "VERB", "NOUN", "PUNCT"]
    assert _is_content_clause(_parsed(words, heads, deps, tags, pos)[5], Lexicon.default())


def test_a_closing_mark_after_the_comma_still_leaves_a_final_source():
    from quotekit.detect import _sentence_final
    from quotekit.lexicon import Lexicon

    # 'The fees are "high," the Gazette reported.' with the clause not hung on "reported"
    words = ["The", "fees", "are", "“", "high", ",", "”", "the", "Gazette", "reported", "."]
    heads = [1, 2, 9, 2, 2, 2, 9, 8, 9, 9, 9]
    deps = ["det", "nsubj", "dep", "punct", "acomp", "punct", "punct", "det", "nsubj", "ROOT", "punct"]
    tags = ["DT", "NNS", "VBP", "``", "JJ", ",", "''", "DT", "NNP", "VBD", "."]
    pos = ["DET", "NOUN", "AUX", "PUNCT", "ADJ", "PUNCT", "PUNCT", "DET", "PROPN", "VERB", "PUNCT"]
    spaces = [True, True, True, False, False, False, True, True, True, False, False]
    frame = _sentence_final(_parsed(words, heads, deps, tags, pos, spaces)[9], Lexicon.default())
    assert frame is not None and frame[3:] == ("final", (6, 9))


@pytest.mark.parametrize(
    "text, content, cue, source",
    [
        ("The deal, announced by the ministry on Monday, will cut fares.", "The deal", "announced by", "the ministry"),
        ("The visit, confirmed by the state news agency, ended on Friday.", "The visit", "confirmed by", "the state news agency"),
    ],
)
def test_a_noun_phrase_reported_by_an_agent(analyzer, text, content, cue, source):
    [quote] = analyzer(text).quotes
    assert (quote.text, quote.cue.text, quote.speaker.mention.text) == (content, cue, source)


@pytest.mark.parametrize(
    "text",
    [
        "The air monitor, maintained by the embassy, showed heavy smog.",  # not a cue in this sense
        "The plan, criticized by some, passed on Monday.",  # no one is named
    ],
)
def test_no_report_by_an_agent_that_is_no_cue_or_names_no_one(analyzer, text):
    assert all(not q.cue.text.endswith(" by") for q in analyzer(text).quotes)


def test_a_subject_and_predicate_the_parser_hung_apart_around_the_attribution(analyzer):
    text = "These workers, the manager explained earlier in the hearing, were well paid, making between $30,000 and $60,000 a year."
    assert _quotes(analyzer, text) == [
        ("These workers", "indirect", "explained earlier in the hearing"),
        ("were well paid, making between $30,000 and $60,000 a year", "indirect", "explained earlier in the hearing"),
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (  # a condition after a quoted phrase closed after its comma
            'Ruiz said there remains a "significant difference in public service and private practice," when it comes to how many engineers work at the port.',
            'there remains a "significant difference in public service and private practice," when it comes to how many engineers work at the port',
        ),
        (  # a second clause joined by "and" with its own subject
            'The harbor chief said the port had been "a victim of its own success," and the city would need to "rethink the docks" for the next decade.',
            'the port had been "a victim of its own success," and the city would need to "rethink the docks" for the next decade',
        ),
        (  # not a contrast, which is the writer's
            'She said the plan was "a disaster," but the council voted for it anyway.',
            'the plan was "a disaster,"',
        ),
        (  # not a clause that reports on its own
            'He said the bill was "dead," and the senator said it was alive.',
            'the bill was "dead,"',
        ),
    ],
)
def test_reported_clause_goes_on_after_a_quoted_phrase_closed_after_its_comma(analyzer, text, content):
    assert analyzer(text).quotes[0].text == content


def test_a_list_of_verbs_with_no_subject_still_reports_words(analyzer):
    [quote] = analyzer('Mocks his rivals on television and calls reporters "clowns" and "losers."').quotes
    assert (quote.text, quote.cue.text, quote.speaker) == ('reporters "clowns" and "losers."', "calls", None)


def test_sung_words_are_said_but_a_title_in_the_setting_is_not(analyzer):
    [quote] = analyzer('At the rally, the choir leader took the stage, singing "Our Harbor, Our Home."').quotes
    assert (quote.text, quote.kind, quote.cue.text) == ("Our Harbor, Our Home.", "direct", "singing")
    assert analyzer('The governor sings to the crowd in a clip of "Harbor Nights."').quotes == ()


def test_a_bare_verb_after_a_quoted_object_continues_its_infinitive(analyzer):
    [quote] = analyzer("The mayor spoke, referencing the firm’s push to “cross-sell” or make buyers open new accounts.").quotes
    assert (quote.text, quote.cue.text) == ("the firm’s push to “cross-sell” or make buyers open new accounts", "referencing")


def test_quoted_words_in_the_object_beat_a_clause_the_parser_hung_before_the_verb():
    import spacy
    from spacy.tokens import Doc

    from quotekit.detect import detect_quotes

    # "In a clip for her show The 411, Blige sings ...": the small model read "show" as a verb
    words = ["Her", "band", "plays", "The", "Tide", ",", "Ruiz", "sings", "the", "ballad", "“", "Salt", "Air", "”", "."]
    doc = Doc(
        spacy.blank("en").vocab, words=words, spaces=[True] * 4 + [False] + [True] * 5 + [False, True, False, False, False],
        heads=[1, 2, 7, 4, 2, 7, 7, 7, 9, 7, 12, 12, 9, 12, 7],
        deps=["poss", "nsubj", "ccomp", "det", "dobj", "punct", "nsubj", "ROOT", "det", "dobj", "punct", "compound",
              "appos", "punct", "punct"],
        pos=["PRON", "NOUN", "VERB", "DET", "PROPN", "PUNCT", "PROPN", "VERB", "DET", "NOUN", "PUNCT", "PROPN", "PROPN",
             "PUNCT", "PUNCT"],
        tags=["PRP$", "NN", "VBZ", "DT", "NNP", ",", "NNP", "VBZ", "DT", "NN", "``", "NNP", "NNP", "''", "."],
        lemmas=["her", "band", "play", "the", "Tide", ",", "Ruiz", "sing", "the", "ballad", "“", "Salt", "Air", "”", "."],
    )
    assert [(doc.text[q.start : q.end], q.kind) for q in detect_quotes(doc)] == [("the ballad “Salt Air”", "mixed")]


def test_a_speech_verb_whose_subject_the_parser_hung_elsewhere_does_not_fail():
    from quotekit.detect import detect_quotes

    # "Quint, a lawyer, said again.", with the name as root and the verb as its participle
    words = ["Quint", ",", "a", "lawyer", ",", "said", "again", "."]
    heads = [0, 0, 3, 0, 0, 0, 5, 0]
    deps = ["ROOT", "punct", "det", "appos", "punct", "acl", "advmod", "punct"]
    tags = ["NNP", ",", "DT", "NN", ",", "VBD", "RB", "."]
    pos = ["PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "ADV", "PUNCT"]
    doc = _parsed(words, heads, deps, tags, pos)
    for token, lemma in zip(doc, ["Quint", ",", "a", "lawyer", ",", "say", "again", "."]):
        token.lemma_ = lemma
    assert detect_quotes(doc) == ()


def _told_after_clause(tail):
    """ "The ferry is late, <tail>." with the telling parsed as a conjunct of the clause, as the
    small model reads "This includes ..., Defense Secretary Ash Carter told a Senate panel
    Wednesday."; ``tail`` rows are (word, head index within the tail, or ``None`` for the
    clause's verb, dep, tag, pos, lemma, entity label or "")."""
    from spacy.tokens import Span

    rows = [("The", 1, "det", "DT", "DET", "the", ""), ("ferry", 2, "nsubj", "NN", "NOUN", "ferry", ""),
            ("is", 2, "ROOT", "VBZ", "AUX", "be", ""), ("late", 2, "acomp", "JJ", "ADJ", "late", ""),
            (",", 2, "punct", ",", "PUNCT", ",", "")]
    offset = len(rows)
    rows += [(word, 2 if head is None else head + offset, *rest) for word, head, *rest in tail]
    rows.append((".", len(rows) - 1, "punct", ".", "PUNCT", ".", ""))
    words, heads, deps, tags, pos, lemmas, labels = zip(*rows)
    doc = _parsed(list(words), list(heads), list(deps), list(tags), list(pos))
    for token, lemma in zip(doc, lemmas):
        token.lemma_ = lemma
    doc.ents = [Span(doc, i, i + 1, label=label) for i, label in enumerate(labels) if label]
    return doc


_RUIZ_TOLD = [("Ruiz", 1, "nsubj", "NNP", "PROPN", "Ruiz", "PERSON"), ("told", None, "conj", "VBD", "VERB", "tell", "")]


@pytest.mark.parametrize(
    ("tail", "source"),
    [
        (_RUIZ_TOLD + [("the", 3, "det", "DT", "DET", "the", ""), ("panel", 1, "dobj", "NN", "NOUN", "panel", ""),
                       ("Monday", 1, "npadvmod", "NNP", "PROPN", "Monday", "DATE")], "Ruiz"),  # a time after whom
        (_RUIZ_TOLD + [("Harbor", 3, "compound", "NNP", "PROPN", "Harbor", "ORG"),
                       ("Post", 1, "dobj", "NNP", "PROPN", "Post", "ORG")], "Ruiz"),  # a name, not a blog post
        ([("her", 1, "poss", "PRP$", "PRON", "her", ""), ("aide", 6, "nsubj", "NN", "NOUN", "aide", ""),
          (",", 1, "punct", ",", "PUNCT", ",", ""), ("Ana", 4, "compound", "NNP", "PROPN", "Ana", "PERSON"),
          ("Ruiz", 1, "appos", "NNP", "PROPN", "Ruiz", "PERSON"), (",", 1, "punct", ",", "PUNCT", ",", ""),
          ("told", None, "conj", "VBD", "VERB", "tell", ""), ("me", 6, "dobj", "PRP", "PRON", "I", "")],
         "her aide , Ana Ruiz ,"),  # the subject's apposition has commas of its own
    ],
)
def test_a_sentence_final_telling_after_its_addressee_or_its_subject_s_apposition(tail, source):
    from quotekit.detect import detect_quotes

    doc = _told_after_clause(tail)
    [quote] = detect_quotes(doc)
    assert (doc.text[quote.start : quote.end], quote.construction, doc[slice(*quote.source)].text) == (
        "The ferry is late", "final", source)


@pytest.mark.parametrize(
    "text",
    [
        "The vote will slip to May, according to two aides who were not authorized to discuss the schedule.",
        "The pier will be sold, the people said, asking not to be identified because the talks are private.",
        "The pier will be sold to a developer, which could pay $4 million for the land, the people said, "
        "asking not to be identified because the talks are private.",
    ],
)
def test_a_stated_reason_for_anonymity_is_not_a_quote(analyzer, text):
    assert [q.text for q in analyzer(text).quotes] == [text.split(",")[0] if "according" in text else text.split(", the people")[0]]


def test_a_subordinate_clause_closing_a_sentence_is_not_its_attribution(analyzer):
    """``X told the committee that ..., even as it warned.``: a clause "as" opens says when,
    it attributes nothing; the sentence is X's one quote (was also a quote of "it")."""
    text = "Lena Holt told the committee that the union's statements were a sign it wanted talks, even as it warned."
    assert [(q.cue.text, q.speaker.name) for q in analyzer(text).quotes] == [("told", "Lena Holt")]


def test_a_verb_whose_permission_the_reason_for_anonymity_denies_is_not_a_quote(analyzer):
    """``because he was not authorised to discuss the sale``: the reason names "was not
    authorised"; the infinitive it governs says why he is unnamed, it reports nothing."""
    text = ("A senior port official, who asked not to be named because he was not authorised to discuss the sale, "
            "said the pier would be sold.")
    assert [q.text for q in analyzer(text).quotes] == ["the pier would be sold"]


@pytest.mark.parametrize(
    "text",
    [
        "“The lake is my life,” he says in the Italian he learned as a boy.",
        "« La vie est belle », he says in the French he learned as a waiter.",  # the comma after the closing mark
    ],
)
def test_the_quote_before_its_attribution_is_the_words_not_a_clause_after_it(analyzer, text):
    [quote] = analyzer(text).quotes
    assert quote.kind == "direct" and quote.text in ("The lake is my life,", "La vie est belle")
    assert quote.cue.text == "says"


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("On Sunday's “Harbor Talk,” Mayor Lee said the port would close in May.", "the port would close in May"),
        ('"This is the real problem," Lee said: The port is losing money every week.', "The port is losing money every week"),
    ],
)
def test_a_clause_after_the_attribution_of_a_title_or_set_off_is_still_reported(analyzer, text, clause):
    assert clause in [q.text for q in analyzer(text).quotes]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Pieter Daal was less pleased. He complained that the corner should never have been given "
         "and said the referee had missed a foul.",
         ("that the corner should never have been given", "indirect", "complained"),
         ("the referee had missed a foul", "indirect", "said")),
        ("Mayor Pieter Daal said the city would appeal and added that the ruling was wrong.",
         ("the city would appeal", "indirect", "said"), ("that the ruling was wrong", "indirect", "added")),
    ],
)
def test_a_report_the_parser_hung_in_the_reported_clause_is_its_own(analyzer, text, first, second):
    # the parser hangs "and said"/"and added" on the reported clause's verb
    assert _quotes(analyzer, text) == [first, second]
    assert [q.speaker.name for q in analyzer(text).quotes] == ["Pieter Daal"] * 2


@pytest.mark.parametrize(
    "text",
    [
        "The aide said police found her and told her to leave.",  # police told her
        "They said he had rated contestants and talked about which ones he liked.",  # he talked
        "The group said it had set up such an event and represented its largest effort so far.",  # no report
    ],
)
def test_a_conjunct_in_a_reported_clause_that_may_be_its_subjects_stays_in_it(analyzer, text):
    [(quoted, _kind, cue)] = _quotes(analyzer, text)
    assert cue == "said" and quoted.endswith(text.split(" and ")[-1].rstrip("."))


@pytest.mark.parametrize(
    "text",
    [
        "Ada Lind told the BBC's Today programme that families would pay the price.",
        "Ada Lind told the Harbor Gazette's morning programme that families would pay the price.",
    ],
)
def test_a_that_clause_hung_on_whom_a_source_told_is_what_was_said(analyzer, text):
    # the parser reads the clause as a relative clause of "programme"
    assert _quotes(analyzer, text) == [("that families would pay the price", "indirect", "told")]


@pytest.mark.parametrize(
    "text",
    [
        "Marco Ferrante told reporters as he left the courtroom that he was the victim of a political operation.",
        "The mayor told supporters when she arrived at the hall that the vote had been stolen.",
    ],
)
def test_a_that_clause_hung_on_a_clause_of_time_after_the_cue_is_what_was_said(analyzer, text):
    # the parser hangs the clause on "left" or "arrived", which report nothing
    [(quoted, kind, cue)] = _quotes(analyzer, text)
    assert (kind, cue) == ("indirect", "told") and quoted.startswith("that ")


def test_a_that_clause_of_a_reporting_clause_of_time_is_its_own(analyzer):
    # "as she announced that ...": the time clause's own report, not the main verb's
    text = "The mayor told supporters as she announced that the vote had been stolen."
    assert [cue for _text, _kind, cue in _quotes(analyzer, text)] == ["announced"]


def test_a_phrase_before_whom_a_source_reminded_is_not_what_was_said(analyzer):
    text = "In her post, Ada Lind reminded Tom Ruiz of the actions of the harbor board, which closed the pier."
    assert "reminded" not in [cue for _text, _kind, cue in _quotes(analyzer, text)]


def test_a_result_clause_after_what_was_told_is_no_report(analyzer):
    text = "Ada Lind asserted that Tom Ruiz tells so many lies that voters could stop listening."
    assert [cue for _text, _kind, cue in _quotes(analyzer, text)] == ["asserted"]


@pytest.mark.parametrize("verb", ["assured", "reminded", "informed"])
def test_whom_an_addressing_verb_speaks_to_is_no_source(analyzer, verb):
    quote = analyzer(f'"The bonds are safe," Ada Lind {verb} the Harbor Gazette.').quotes[0]
    assert quote.speaker.name == "Ada Lind" and [v.name for v in quote.via] == ["Harbor Gazette"]


_PARAGRAPHS = ('Pieter Daal was not finished. "I have been in this game thirty years," he said. "I know a foul when I see '
               'one.\n\n"And that was not one."\n\nLind, asked about the complaints, shrugged. "He is entitled to his '
               'opinion," she said.')


def test_a_quote_that_closes_its_paragraph_takes_no_cue_from_the_next_one(analyzer):
    quotes = [q for q in analyzer(_PARAGRAPHS).quotes if q.kind == "direct"]
    assert [q.speaker.name for q in quotes[:2]] == ["Pieter Daal", "Pieter Daal"]  # not Lind, who was asked


def test_a_predicate_the_parser_hung_on_a_participle_is_no_quote(analyzer):
    # "Lind, asked about ..., shrugged": she was asked, and shrugged; nothing was reported
    assert [q.kind for q in analyzer(_PARAGRAPHS).quotes] == ["direct"] * 3
    # but a second verb of what was said stays in it, after a speech verb no comma sets off
    text = ("But if Lind implied that he would not criticize Ruiz, he did not exactly follow Berg’s dictum in his next "
            "comment.\nHe said that the Ruiz campaign’s announcement, which some have argued was intended to get Lind "
            "supporters to caucus for Ruiz, was an “insult” to the “hundreds and maybe thousands” of young volunteers.\n")
    assert analyzer(text).quotes[-1].text.endswith("of young volunteers")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('Coach Ada Lind was blunt after Saturday\'s 2-1 win: "We did not deserve that."', "was blunt"),
        ('When Tom Ruiz suggested the pier would close, Ada Lind fired back: "It will stay open," '
         "pointing to the harbor's accounts.", "fired back"),
        ('Ada Lind called them on it:\n\n"The questions tonight were unfair to every candidate."', "called"),
        # the colon closes an adverbial clause: the main clause's subject speaks
        ('At one point Ada Lind cut off Tom Calloway as he drifted back to immigration: "Governor, the question '
         'was about child care."', "cut off"),
    ],
)
def test_a_quote_after_a_colon_is_the_words_of_the_clause_s_subject(analyzer, text, cue):
    quote = next(q for q in analyzer(text).quotes if q.kind == "direct")
    assert (quote.cue.text, quote.speaker.name) == (cue, "Ada Lind")


@pytest.mark.parametrize(
    "text",
    [
        'Ada Lind held up a banner: "Keep the pier open."',  # quoting_verbs.txt
        'Ada Lind kept a line from Tom Ruiz on her desk: "Never trust the tide."',  # another author
        'Ada Lind kept her father\'s motto in mind: "Never trust the tide."',
        'Consider the following:\n\n"The pier will close in May."',  # no subject
        'Did Ada Lind keep the old campaign slogan: "Keep the pier open"?',
        'Ada Lind has proof:\n\n"Should there be a database system that tracks the ships here in this harbor?" a '
        'reporter can be heard asking Lind after an event in Iowa.',  # its own attribution, in a sentence of its own
    ],
)
def test_a_quote_after_a_colon_is_not_given_to_one_who_passes_it_on(analyzer, text):
    assert "Ada Lind" not in [q.speaker.name for q in analyzer(text).quotes if q.speaker]


@pytest.mark.parametrize(
    "text",
    [
        "As Ada Lind of the Harbor Gazette reported after the police seem to have left the pier:\n\n"
        '"For example, the city has done almost nothing."',
        "Of course, as Ada Lind observed, the real winner was not on the stage, it was the stage itself:\n\n"
        '"The clear winner of the debate was the network."',
    ],
)
def test_a_quote_after_a_colon_belongs_to_the_report_the_clause_hangs_in(analyzer, text):
    quote = next(q for q in analyzer(text).quotes if q.kind == "direct")
    assert quote.speaker.name == "Ada Lind" and quote.cue.text in ("reported", "observed")


def test_a_quote_after_a_colon_is_not_given_to_a_pronoun_that_names_no_one(analyzer):
    quote = analyzer('Wait, it gets better:\n\n"By law, the mayor sets the budget every year."').quotes[0]
    assert quote.speaker is None


def test_a_writer_s_adverbial_before_an_as_report_is_no_quote(analyzer):
    text = "Of course, as Ada Lind observed, the real winner was not on the stage."
    assert [q.text for q in analyzer(text).quotes] == ["the real winner was not on the stage"]


def test_a_whole_sentence_quoted_after_a_comma_is_the_words_of_the_clause_s_subject(analyzer):
    text = 'Ada Lind, the harbor commissioner, reacted coolly to the plan, "I am worried about any rule that sends ships back."'
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == "Ada Lind" and quote.cue.text.startswith("reacted")


@pytest.mark.parametrize(
    "text",
    [
        'When Ada Lind arrived at the pier, "The crowd cheered for an hour."',  # a subordinate clause
        'Ada Lind reacted coolly to the plan, "a rule that sends every ship back," on Monday.',  # no whole sentence
    ],
)
def test_a_quote_after_a_comma_needs_a_main_clause_and_a_whole_sentence(analyzer, text):
    assert "Ada Lind" not in [q.speaker.name for q in analyzer(text).quotes if q.speaker]


def test_a_report_read_from_a_record_is_the_speaker_s_not_the_record_s(analyzer):
    text = ("According to a transcript released by the mayor's office, Ada Lind told the council that the "
            "pier was unsafe.")
    [quote] = analyzer(text).quotes
    assert (quote.text, quote.speaker.name) == ("that the pier was unsafe", "Ada Lind")


def test_a_for_to_clause_after_a_directive_verb_is_what_was_called_for(analyzer):
    # the parser hangs "for the contract to be suspended" as an adverbial clause
    assert _quotes(analyzer, "Council member Ada Lind called for the contract to be suspended.") == [
        ("the contract to be suspended", "indirect", "called for")]
    assert _quotes(analyzer, "The harbor master waited for the rain to stop.") == []


def test_a_short_quotation_right_after_a_speech_verb_is_what_was_said(analyzer):
    [quote] = analyzer('Protesters chanted "Save our harbor" as they passed the town hall.').quotes
    assert (quote.text, quote.cue.text, quote.speaker.name) == ("Save our harbor", "chanted", "Protesters")
    # a participle that modifies the quoted words says nothing
    assert analyzer('The pier drew strong support from self-described "very conservative" voters.').quotes == ()


@pytest.mark.parametrize(
    ("text", "cue", "mention"),
    [
        ('"Why is the port still closed?" Lind demanded.', "demanded", "Lind"),
        ('"Get out of my office," she snapped.', "snapped", "she"),
        ('"Is that all?" the coach growled.', "growled", "the coach"),
    ],
)
def test_a_verb_outside_the_lexicon_still_tags_the_quote_before_it(analyzer, text, cue, mention):
    [quote] = analyzer(text).quotes
    assert (quote.cue.text, quote.speaker.mention.text) == (cue, mention)


def test_a_dialogue_tag_stops_a_continuation_of_the_speaker_before(analyzer):
    text = ('"Every time you say that," Ada Lind said, "you help them."\n\n'
            '"Why is the port still closed?" Tom Berg demanded.')
    assert [q.speaker.name for q in analyzer(text).quotes] == ["Ada Lind", "Ada Lind", "Tom Berg"]



def test_as_or_while_after_an_attribution_opens_the_writer_s_circumstance(analyzer):
    text = ("The storm cut power to 20,000 homes on Saturday, the grid operator said, "
            "as winds of up to 140 kilometres per hour toppled trees and power lines.")
    assert [q.text for q in analyzer(text).quotes] == ["The storm cut power to 20,000 homes on Saturday"]
    # a clause that goes on after its "while" clause is the source's
    text = "And so, Lind said, while her friends are horrified, they admire the candidate."
    assert [q.text for q in analyzer(text).quotes] == ["while her friends are horrified, they admire the candidate"]


def test_a_that_clause_told_to_a_gathering_is_what_was_told(analyzer):
    """``told a regular briefing that Norland hoped ...``: the parser read "that" as a relative
    pronoun of the briefing; the clause is complete without it, so it is what was told."""
    text = "Spokeswoman Ada Lind told a regular briefing that Norland hoped the talks would resume."
    assert [(q.text, q.cue.text) for q in analyzer(text).quotes] == [
        ("that Norland hoped the talks would resume", "told")]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ('"There were no survey reports," Kellen said, her voice breaking at times.', "There were no survey reports,"),
        ('"I asked to see them," Lind said, her hands shaking.', "I asked to see them,"),
    ],
)
def test_a_gerund_with_its_own_subject_after_the_verb_describes_the_speaker(analyzer, text, quote):
    """``..., Lind said, her voice breaking at times``: how she said it, not what (the parser
    hangs the gerund on the verb, or the verb on the gerund)."""
    assert [q.text for q in analyzer(text).quotes] == [quote]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Norvale Freight said on Wednesday it would recall 400 vans.", "it would recall 400 vans"),
        ("Ada Lind said last week the pier would reopen.", "the pier would reopen"),
        ("Ada Lind said Tuesday night was the worst of her life.", "Tuesday night was the worst of her life"),
    ],
)
def test_a_time_opening_a_bare_reported_clause_is_the_telling_s(analyzer, text, quote):
    """``said on Wednesday it would recall ...``: the parser hung the time in the clause; the
    clause starts at its subject (not when the time is the subject)."""
    assert [q.text for q in analyzer(text).quotes] == [quote]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("According to the Veyland Press Association, the dredging contractor, Haldane Marine, had "
         "completed a sixth of the work.", "the dredging contractor, Haldane Marine, had completed a sixth of the work"),
        ("According to Ada Lind, harbour dredging was at least partly to blame.", "harbour dredging was at least partly to blame"),
        # a description of the source stays its own
        ("At the heart of it, according to Ada Lind, a former envoy, was a quarrel over the pier.",
         "was a quarrel over the pier"),
    ],
)
def test_a_subject_the_parser_hung_on_the_according_to_source_opens_the_quote(analyzer, text, quote):
    """``According to X, the contractor, Haldane Marine, had ...``: the parser read the clause's
    subject as a second name for X; one that names another, or no one who speaks, is the
    subject; a description of X is X's."""
    assert analyzer(text).quotes[0].text.startswith(quote)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor told reporters after the meeting that the bridge would reopen in May.",
         ["that the bridge would reopen in May"]),
        ("The coach told a news conference after the game that the referee had been unfair.",
         ["that the referee had been unfair"]),
        # "that" read as the object of a verb further in that has an object of its own
        ("Ortega told journalists after the vote that she hoped to present the council's budget before the holiday.",
         ["that she hoped to present the council's budget before the holiday"]),
        ("Marsh told reporters after the meeting that he planned to publish the panel's report next week.",
         ["that he planned to publish the panel's report next week"]),
        # a relative clause of the preposition's object is no report
        ("The mayor told the rally after the march that the union had called.", []),
        ("The mayor told the crowd after the march that she had hoped to lead.", ["to lead"]),
    ],
)
def test_a_that_clause_hung_on_a_time_after_the_addressee_is_what_was_told(analyzer, text, expected):
    """``told a news conference after the ceremony that ...``: the parser hangs the clause on
    the ceremony, as a relative clause; it is what was told."""
    assert [q.text for q in analyzer(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # the tag's verb with a phrase of its own after it
        ('"If they were serious, they would have come to us," Senator Ada Lind fumed on Tuesday.', "fumed", "Ada Lind"),
        # the verb before the name
        ('"Nobody thought it would work," reminisced Tom Berg, the port\'s former spokesman.', "reminisced", "Tom Berg"),
        ('"What is he talking about?" reacted Ada Lind.', "reacted", "Ada Lind"),
    ],
)
def test_dialogue_tags_with_a_phrase_after_the_verb_or_the_verb_first(analyzer, text, cue, source):
    [quote] = analyzer(text).quotes
    assert (quote.cue.text, quote.speaker.name) == (cue, source)


def test_a_directive_inside_a_report_is_the_reports_act_not_a_quote_it_relays(analyzer):
    """"The Daily Clarion, citing two officials, reported that President Ada Lind had asked her
    economic team to cost a scheme": what the officials told the paper, an act of hers, not her
    words relayed (was Ada Lind's, via the officials and the paper); nor is it a quote of its
    own inside the report ("Merrill says Machado promised to close the plant": Merrill's)."""
    text = ("The Daily Clarion, citing two senior officials in the presidency, reported on Wednesday that President Ada "
            "Lind had asked her economic team to cost a scheme that would cap fuel prices.")
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, quote.attribution, [v.name for v in quote.via]) == (
        "two senior officials in the presidency", "anonymous", ["Daily Clarion"])
    assert [q.speaker.name for q in analyzer("Merrill says Machado promised to close the plant.").quotes] == ["Merrill"]


@pytest.mark.parametrize("verb", ["declined", "refused"])
def test_a_request_not_to_be_named_is_no_quote(analyzer, verb):
    text = f"An official at the port, who {verb} to be named because he was not authorised to speak, said the pier would close."
    assert [q.text for q in analyzer(text).quotes] == ["the pier would close"]


def test_a_question_is_attributed_by_the_sentence_after_it(analyzer):
    """The parser ends the sentence at the question mark; the next one is all the speech verb
    and its subject, with an apposition and an object (not a clause of its own)."""
    text = ('"Did your company know that children were using the app?" Senator Tom Berg, the chairman of '
            'the committee, asked the chief executive in his opening round.')
    [quote] = analyzer(text).quotes
    assert (quote.cue.text, quote.speaker.name) == ("asked", "Tom Berg")


def test_a_question_before_a_sentence_with_a_report_of_its_own_is_not_attributed_by_it(analyzer):
    text = '"Is the app safe?" Senator Tom Berg, the chairman of the committee, asked whether the data was sold.'
    quote = analyzer(text).quotes[0]
    assert quote.text == "Is the app safe?" and quote.cue is None


def test_a_clause_with_opens_is_no_report(analyzer):
    # "with more than 90 percent of ballots counted": the circumstances of the report, not its words
    text = ("Park's party won 19 of the council's 40 seats, the broadcaster Radio Velmar reported, citing election"
            " officials, with more than 90 percent of ballots counted.")
    [quote] = analyzer(text).quotes
    assert quote.text == "Park's party won 19 of the council's 40 seats"


def test_according_to_at_the_end_reports_the_whole_sentence(analyzer):
    # the parser hung "according to" on the "after" clause
    text = ("The consortium's final offer was almost 30 million sarvos lower than its opening bid after auditors"
            " uncovered unpaid tax liabilities, according to the sports daily El Balón Sarvano.")
    [quote] = analyzer(text).quotes
    assert quote.text.startswith("The consortium's final offer")


def test_a_report_does_not_run_on_into_the_next_sentences_quote(analyzer):
    """``Ms. Lind said, the industry was over-supplied with courses. ''It was just waiting ...,''
    she said``: the parser hung the next sentence's opening mark on the first report, which ran
    on into the quote as one mixed quote; a report runs on only within its sentence, and the
    mark that opens the next quotation is no part of it."""
    text = ("In any case, Ms. Lind said, the golf industry was vastly over-supplied with courses. ''It was just waiting "
            "for a recession to knock the hell out of it,'' she said.")
    assert [(q.text, q.kind) for q in analyzer(text).quotes] == [
        ("the golf industry was vastly over-supplied with courses", "indirect"),
        ("It was just waiting for a recession to knock the hell out of it,", "direct")]


def test_according_to_hung_on_an_apposition_ending_the_sentence_reports_the_whole_sentence(analyzer):
    """``At least 23 people were injured, six of them police officers, according to Dr X``: the
    parser hung the phrase on the apposition before it; the doctor reports the whole sentence
    (was "six of them police officers")."""
    text = ("At least 23 people were injured, six of them police officers, according to Dr Ilse Maranga, director of the "
            "town's St Brigid Hospital.")
    [quote] = analyzer(text).quotes
    assert quote.text == "At least 23 people were injured, six of them police officers"


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("The bid fell, according to the weekly Harbor Ledger, which cited a person close to the talks.", ["The bid fell"]),
        ("At the debate, Ada Lind cited remarks Tom Berg had made about nurses.", ["remarks Tom Berg had made about nurses"]),
    ],
)
def test_a_person_cited_is_no_content_but_words_cited_are(analyzer, text, quotes):
    assert [q.text for q in analyzer(text).quotes] == quotes


@pytest.mark.parametrize(
    "text",
    [
        '"I had room for three," said a woman standing beside a horse trailer, who declined to give her name.',
        "A former manager, who asked that only her first name be used because she still works there, said the pay was low.",
    ],
)
def test_a_request_to_keep_a_name_back_is_no_quote(analyzer, text):
    assert [q.text for q in analyzer(text).quotes] in (["I had room for three,"], ["the pay was low"])


def test_a_verbless_phrase_after_a_quotes_attribution_is_no_report(analyzer):
    text = '"I\'m not running to manage the decline of places like this," Brennick said, his voice hoarse after four stops in two days.'
    assert [q.kind for q in analyzer(text).quotes] == ["direct"]


def test_how_the_speaker_spoke_is_no_report(analyzer):
    text = '"He was the face of that charity. Why would I doubt him?" she said, her voice breaking. "I feel like a fool."'
    assert [q.text for q in analyzer(text).quotes] == [
        "He was the face of that charity. Why would I doubt him?", "I feel like a fool."]


@pytest.mark.parametrize(("text", "speaker", "relay"), [
    ("Kim said the talks had failed, according to Reuters.", "Kim", "Reuters"),
    ("The Serin News Agency reported the visit. \u00abThe talks failed,\u00bb Yun said, according to the agency.",
     "Yun", "Serin News Agency"),
    # a time before the report's subject
    ("On Monday, Ana Ruiz told staff the plant would close, according to the Harbor Ledger.", "Ana Ruiz", "Harbor Ledger"),
    ("The Harbor Ledger reported that on Monday Ana Ruiz told staff the plant would close.", "Ana Ruiz", "Harbor Ledger"),
])
def test_according_to_after_a_report_relays_it(analyzer, text, speaker, relay):
    *before, quote = analyzer(text).quotes
    assert (quote.speaker.name, [v.name for v in quote.via]) == (speaker, [relay])
    assert "according" not in quote.text and not any(quote.text in q.text for q in before)  # one quote, relayed


def test_a_report_with_more_before_it_is_not_relayed(analyzer):
    text = "The Harbor Ledger reported that the port lost money and that Ana Ruiz told staff the plant would close."
    assert [q.speaker.name for q in analyzer(text).quotes] == ["Harbor Ledger", "Ana Ruiz"]


def _with_lemmas(doc, lemmas):
    for token, lemma in zip(doc, lemmas):
        token.lemma_ = lemma
    return doc


def test_a_report_ending_the_sentence_that_the_parser_hung_as_a_complement_attributes_all_before_it():
    from quotekit.detect import detect_quotes

    # "The envoys agreed to reopen the crossing, Norlandic state media reported.", parsed as the
    # small model parses "The leaders agreed on Friday to reopen the border, North Korean state
    # media reported.": the report a complement of "agreed"
    words = ["The", "envoys", "agreed", "to", "reopen", "the", "crossing", ",", "state", "media", "reported", "."]
    heads = [1, 2, 2, 4, 2, 6, 4, 10, 9, 10, 2, 2]
    deps = ["det", "nsubj", "ROOT", "aux", "xcomp", "det", "dobj", "punct", "compound", "nsubj", "ccomp", "punct"]
    tags = ["DT", "NNS", "VBD", "TO", "VB", "DT", "NN", ",", "NN", "NNS", "VBD", "."]
    pos = ["DET", "NOUN", "VERB", "PART", "VERB", "DET", "NOUN", "PUNCT", "NOUN", "NOUN", "VERB", "PUNCT"]
    doc = _with_lemmas(_parsed(words, heads, deps, tags, pos, spaces=[True] * 6 + [False] + [True] * 3 + [False, False]),
                       ["the", "envoy", "agree", "to", "reopen", "the", "crossing", ",", "state", "media", "report", "."])
    quotes = detect_quotes(doc)
    assert "reported" not in " ".join(doc.text[q.start : q.end] for q in quotes)
    assert [doc.text[q.start : q.end] for q in quotes if q.cue and doc[q.cue[0]].text == "reported"] == [
        "The envoys agreed to reopen the crossing"]


def test_a_report_ending_the_sentence_that_the_parser_hung_on_a_noun_is_no_part_of_the_clause_before():
    from quotekit.detect import detect_quotes

    # "Officials agreed to reopen the crossing, state media reported on Friday.": the report read
    # as a relative clause on "crossing", its time after it
    words = ["Officials", "agreed", "to", "reopen", "the", "crossing", ",", "state", "media", "reported", "on", "Friday", "."]
    heads = [1, 1, 3, 1, 5, 3, 5, 8, 9, 5, 9, 10, 1]
    deps = ["nsubj", "ROOT", "aux", "xcomp", "det", "dobj", "punct", "compound", "nsubj", "relcl", "prep", "pobj", "punct"]
    tags = ["NNS", "VBD", "TO", "VB", "DT", "NN", ",", "NN", "NNS", "VBD", "IN", "NNP", "."]
    pos = ["NOUN", "VERB", "PART", "VERB", "DET", "NOUN", "PUNCT", "NOUN", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"]
    doc = _with_lemmas(_parsed(words, heads, deps, tags, pos, spaces=[True] * 5 + [False] + [True] * 5 + [False, False]),
                       ["official", "agree", "to", "reopen", "the", "crossing", ",", "state", "media", "report", "on",
                        "Friday", "."])
    from spacy.tokens import Span

    doc.set_ents([Span(doc, 11, 12, label="DATE")])
    quotes = detect_quotes(doc)
    assert "reported" not in " ".join(doc.text[q.start : q.end] for q in quotes)
    assert [doc.text[q.start : q.end] for q in quotes if q.cue and doc[q.cue[0]].text == "reported"] == [
        "Officials agreed to reopen the crossing"]


def test_a_passive_speech_verb_ending_the_sentence_attributes_nothing(analyzer):
    text = "Despite two failed launches this spring, the rocket programme has barely been mentioned in this year's race."
    assert analyzer(text).quotes == ()


def test_told_read_as_an_adjective_of_its_audience_reports_the_that_clause_on_it(analyzer):
    text = ("Dagny Rask-Olsen, who took over as chief executive in 2021, has cut 1,400 jobs. The 57-year-old told"
            " analysts last month that the restructuring would lift the operating margin to 12 percent by 2026.")
    quote = analyzer(text).quotes[-1]
    assert quote.text == "that the restructuring would lift the operating margin to 12 percent by 2026"
    assert quote.cue is not None and quote.cue.text == "told"


def test_a_passive_verb_of_a_thing_reports_nothing_the_parser_hung_on_it(analyzer):
    """``"...," Wolanin wrote in the memo, a copy of which was later posted on the website``: the
    parser hangs the quote on "posted"; a copy says nothing, so the quote is Wolanin's alone."""
    text = ('"We grew faster than the market could sustain, and I own that," Wolanin wrote in the memo, a copy of '
            "which was later posted on the company's website.")
    assert [(kind, cue) for _, kind, cue in _quotes(analyzer, text)] == [("direct", "wrote in the memo")]


def test_a_paper_the_parser_made_the_root_before_its_citing_participle_reports_what_its_sources_said(analyzer):
    """``The Harwick Sentinel, citing two customs officers, reported on Monday that ...``: the
    parser makes the paper the root, "citing" its participle and "reported" a participle on the
    officers; the paper is the subject, so the officers' words are reported via the paper (was
    the paper's quote "two customs officers" and no report at all)."""
    text = "The Harwick Sentinel, citing two customs officers, reported on Monday that the cargo had been seized at dawn."
    [quote] = analyzer(text).quotes
    assert (quote.text, quote.speaker.name, quote.attribution, [v.name for v in quote.via]) == (
        "that the cargo had been seized at dawn", "two customs officers", "anonymous", ["Harwick Sentinel"])


def test_a_final_cue_the_parser_joined_to_the_clause_before_is_relayed_by_its_agency(analyzer):
    """``..., crossed ... and was heading for the capital, Ostra, Hallyo's Gaon News Agency
    reported on Tuesday, citing unidentified officials.``: the parser makes "reported" a
    conjunct of the leader's clause; the cited officials are relayed by the agency before the
    cue, not by the leader (was the agency's own report)."""
    text = ("Norland's reclusive leader, Chairman Pak Tae-sung, crossed into neighbouring Velmaria aboard a heavily "
            "guarded private train late on Monday and was heading for the capital, Ostra, Hallyo's Gaon News Agency "
            "reported on Tuesday, citing unidentified officials.")
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, quote.attribution, [v.name for v in quote.via]) == (
        "unidentified officials", "anonymous", ["Gaon News Agency"])


def test_a_wire_is_a_news_organisation_that_relays(analyzer):
    """``The Norvik Press wire quoted two sources ... as saying``: "wire" heads a news
    organisation's name, so the sources are relayed by it (was no relay)."""
    text = ("The Norvik Press wire quoted two sources in the customs service as saying that nine officers had been "
            "suspended.")
    [quote] = analyzer(text).quotes
    assert [v.name for v in quote.via] == ["Norvik Press"]


def test_a_report_before_a_final_cue_the_parser_made_a_conjunct_starts_at_the_sentence(analyzer):
    """``Smoke could be seen ... and the blaze was not contained until noon, the ... agency
    reported.``: the parser makes "reported" a conjunct of the first clause and its content only
    the second; "and" joins two reported clauses, so the report runs from the sentence's start
    (was the second clause alone). A guard: "but" keeps a concession the writer makes out."""
    text = ("Smoke could be seen from the coast road and the blaze was not contained until noon, the state-run Ostria "
            "News Agency reported.")
    assert [q.text for q in analyzer(text).quotes] == [
        "Smoke could be seen from the coast road and the blaze was not contained until noon"]
    text = ("It is a bit of a stretch, but a win in the north would go a long way toward that goal, "
            "his team believes.")
    assert all(not q.text.startswith("It is a bit") for q in analyzer(text).quotes)


def test_a_that_clause_the_parser_hung_on_a_name_after_the_verb_is_the_verbs_content():
    """``Lind said in an address on the radio, the Velm Radio Service, that police had found
    the bomb.``, parsed as en_core_web_sm reads a broadcaster's name set off after the setting
    (the name an apposition of the subject, the that-clause a relative clause on it): the
    that-clause is what she said (was no quote)."""
    from quotekit.detect import detect_quotes

    words = ["Lind", "said", "in", "an", "address", "on", "the", "radio", ",", "the", "Velm", "Radio", "Service", ",",
             "that", "police", "had", "found", "the", "bomb", "."]
    heads = [1, 1, 1, 4, 2, 4, 7, 5, 1, 12, 12, 12, 0, 12, 17, 17, 17, 12, 19, 17, 1]
    deps = ["nsubj", "ROOT", "prep", "det", "pobj", "prep", "det", "pobj", "punct", "det", "compound", "compound",
            "appos", "punct", "mark", "nsubj", "aux", "relcl", "det", "dobj", "punct"]
    tags = ["NNP", "VBD", "IN", "DT", "NN", "IN", "DT", "NN", ",", "DT", "NNP", "NNP", "NNP", ",", "IN", "NNS", "VBD",
            "VBN", "DT", "NN", "."]
    pos = ["PROPN", "VERB", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "DET", "PROPN", "PROPN", "PROPN", "PUNCT",
           "SCONJ", "NOUN", "AUX", "VERB", "DET", "NOUN", "PUNCT"]
    spaces = [True] * 7 + [False] + [True] * 4 + [False] + [True] * 6 + [False, False]
    doc = _with_lemmas(_parsed(words, heads, deps, tags, pos, spaces=spaces),
                       ["Lind", "say", "in", "an", "address", "on", "the", "radio", ",", "the", "Velm", "Radio", "Service",
                        ",", "that", "police", "have", "find", "the", "bomb", "."])
    assert [doc.text[q.start : q.end] for q in detect_quotes(doc)] == ["that police had found the bomb"]


def test_a_final_cue_the_parser_split_off_at_its_comma_reports_the_sentence_before(analyzer):
    """``DROVNIK, Kestrania — A jet ... crashed ..., minutes after its crew reported a
    problem, the state-run Kestran Broadcasting Corporation (KBC) said.``: the parser opened a
    sentence at the comma before the source; the initials in brackets are no part of the
    source's length (the lede was no quote)."""
    text = ("Jet crashes with 142 on board\n\nDROVNIK, Kestrania — A Kestran Skyways passenger jet carrying 142 "
            "people crashed into forested hills near the village of Tarsk-Ulen on Tuesday evening, minutes after its "
            "crew reported a technical problem, the state-run Kestran Broadcasting Corporation (KBC) said.")
    quote = analyzer(text).quotes[0]
    assert quote.text.startswith("A Kestran Skyways passenger jet") and quote.cue.text == "said"
    assert quote.speaker.name == "Kestran Broadcasting Corporation"


def test_a_clause_the_parser_hung_on_the_dateline_is_the_final_cues_content(analyzer):
    """``DROVNIK, Kestrania — A jet ... crashed ..., the state broadcaster said.``: the parser
    hung the clause on the dateline and the dateline on "said" (the lede was no quote)."""
    text = ("DROVNIK, Kestrania — A Kestran Skyways passenger jet carrying 142 people crashed into forested hills near "
            "the village of Tarsk-Ulen on Tuesday evening, minutes after its crew reported a technical problem, the "
            "state-run Kestran Broadcasting Corporation (KBC) said.")
    assert analyzer(text).quotes[0].text.startswith("A Kestran Skyways passenger jet")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Western diplomat in Xunhai, asked how officials viewed the visit, said they seemed relieved.",
         [("they seemed relieved", "indirect", "said")]),
        ("Ada Lind, asked whether the plan would fail, said it would be delayed.",
         [("it would be delayed", "indirect", "said")]),
    ],
)
def test_the_reporters_question_set_off_before_the_cue_is_no_quote(analyzer, text, expected):
    """``X, asked whether ..., said ...``: the question was put to X; the parser made X the
    subject of "asked" (was X's quote "whether ...", and "said" had no source or no quote)."""
    assert _quotes(analyzer, text) == expected
    assert analyzer(text).quotes[0].speaker.name in ("A Western diplomat in Xunhai", "Ada Lind")


def test_a_citing_participle_the_parser_made_a_clausal_subject_still_relays(analyzer):
    """``The Continental Times, citing two unnamed government officials, reported on Saturday
    that ... should the recount overturn his lead``: the parser made "citing" a clausal subject
    of a later verb and "reported" a participle on the officials; the officials' report, via
    the paper (was the prime minister's "had privately discussed")."""
    text = ("The Continental Times, citing two unnamed government officials, reported on Saturday that Prime Minister "
            "Božidar Ćirić had privately discussed the possibility of a snap election with senior party figures should "
            "the recount overturn his narrow lead.")
    quote = analyzer(text).quotes[0]
    assert quote.text.startswith("that Prime Minister") and quote.attribution == "anonymous"
    assert [v.name for v in quote.via] == ["Continental Times"]


def test_a_citing_root_whose_subject_holds_the_comma_still_relays(analyzer):
    """``Eastbay Wire, citing two unnamed diplomats, reported on Monday that ...``: the parser
    made "citing" the root, hung the comma before it on the name and "reported" on the
    diplomats; the diplomats' report, via the wire (was no quote)."""
    text = ("Eastbay Wire, citing two unnamed diplomats, reported on Monday that the 58-year-old president had left "
            "the capital by road.")
    quote = analyzer(text).quotes[0]
    assert quote.text.startswith("that the 58-year-old") and quote.attribution == "anonymous"
    assert [v.name for v in quote.via] == ["Eastbay Wire"]


def test_a_source_with_a_plurals_typographic_apostrophe_closes_a_sentence_final_report(analyzer):
    """``..., 160 backed industrial action, the National Drivers’ Union said.``: the apostrophe
    after the plural is no quotation mark that would make the words before "said" a quote's
    end (was no quote)."""
    text = "Of the 180 drivers who took part in the ballot, 160 backed industrial action, the National Drivers’ Union said."
    quote = analyzer(text).quotes[0]
    assert quote.text == "Of the 180 drivers who took part in the ballot, 160 backed industrial action"
    assert quote.speaker.name == "National Drivers’ Union"


def test_a_complement_hung_on_the_verb_after_an_aside_continues_the_content(analyzer):
    """``said the counts were, if anything, conservative``: the parser hung "conservative" on
    "said"; the reported clause ends there, not at "were"."""
    text = "Marta Olsen, a marine biologist, said the counts were, if anything, conservative."
    assert _quotes(analyzer, text) == [("the counts were, if anything, conservative", "indirect", "said")]


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Ada Lind said Ostrava had ‘nothing to hide’, but that any inspection would have to be agreed "
         "through the council.", "would have to be agreed through the council"),
        ("The state broadcaster quoted Tomas Berg as saying the report would be ‘studied carefully’ but that "
         "the cabinet would not allow ‘foreign campaigns’ to stop the dam.", "to stop the dam"),
    ],
)
def test_a_that_clause_joined_to_the_speech_verb_is_a_second_reported_clause(analyzer, text, end):
    """``said X had 'nothing to hide', but that ...``, ``quoted X as saying ... but that ...``:
    the parser joined the second "that" clause to the speech (or "quote") verb; it is part of
    what was said (was cut at the first clause's end)."""
    quote = analyzer(text).quotes[0]
    assert quote.text.endswith(end) and quote.kind == "mixed"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("In Port Velm, the regional capital, several parents interviewed outside a primary school said they would "
         "refuse the vaccine even if the programme resumed.", "several parents"),
        ("In Port Velm, a fishing town, mothers queuing at a health centre on Monday said they had waited for hours.",
         "mothers"),
    ],
)
def test_a_participle_on_the_subject_read_as_a_verb_leaves_the_subject_to_the_report(analyzer, text, source):
    """``several parents interviewed outside a primary school said ...``: the parser made
    "interviewed" the main verb and hung "said" on it; ``mothers queuing at ... said``: it made
    the gerund the clausal subject. The participle's subject says it (was no quote)."""
    quote = analyzer(text).quotes[0]
    assert quote.text.startswith("they ") and quote.cue.text == "said"
    assert (quote.speaker.mention.text, quote.attribution) == (source, "anonymous")


def test_according_to_after_a_shared_subject_conjunct_reports_the_whole_sentence(analyzer):
    """``The boy had received the vaccine on March 3 and fell ill two days later, according to
    his family``: the parser hung the phrase on the second verb, which shares the subject; the
    family reports both (was only "fell ill two days later")."""
    text = ("The 12-year-old, a pupil at Harbour Primary School, had received the vaccine on March 3 and fell ill two "
            "days later, according to his family.")
    quote = analyzer(text).quotes[0]
    assert quote.text == ("The 12-year-old, a pupil at Harbour Primary School, had received the vaccine on March 3 "
                          "and fell ill two days later")


def test_a_speech_verb_the_tagger_read_as_a_noun_after_its_subject_still_reports(analyzer):
    """``The Velmar Meteorological Authority forecast that temperatures would ease``: the tagger
    read "forecast" as the root noun and the authority as its compound; the authority's
    report (was no quote)."""
    text = "The Velmar Meteorological Authority forecast that temperatures would ease slightly over the weekend."
    quote = analyzer(text).quotes[0]
    assert (quote.text, quote.cue.text) == ("that temperatures would ease slightly over the weekend", "forecast")
    assert (quote.speaker.name, quote.attribution) == ("Velmar Meteorological Authority", "named")


def test_an_interrupted_quote_resumes_after_a_speaker_the_parser_made_its_subject(analyzer):
    """``"This fertiliser," said Hassan Abdi Nur, a farmer ..., "was supposed to save our
    crops."``: the parser made the name the subject of the resumed quotation; both parts are
    his direct quotes (the second was a mixed quote of no one's, from his name on)."""
    text = ('"This fertiliser," said Hassan Abdi Nur, a farmer near Velm whose maize was destroyed in April, '
            '"was supposed to save our crops."')
    quotes = analyzer(text).quotes
    assert [(q.text, q.kind) for q in quotes] == [("This fertiliser,", "direct"), ("was supposed to save our crops.", "direct")]
    assert {q.speaker.name for q in quotes} == {"Hassan Abdi Nur"}


def test_an_attribution_before_a_clause_of_what_happened_meanwhile_closes_the_sentence(analyzer):
    """``..., its president said on Friday, as pressure mounted on ...``: the parser made "said"
    a conjunct of the clause's verb; the "as" clause after it is the writer's, so "said" still
    attributes all before it (was "will decide" with the federation its source)."""
    text = ("The International Rowing Federation will decide within two weeks whether to suspend the racing licence of "
            "Team Varano, its president said on Friday, as pressure mounted on the sport\u2019s governing body to act.")
    [quote] = analyzer(text).quotes
    assert (quote.cue.text, quote.speaker.mention.text) == ("said", "its president")
    assert quote.text.startswith("The International Rowing Federation will decide")


def test_an_accusation_set_off_after_as_is_no_part_of_the_report_before(analyzer):
    """``... said the army was ready ..., as a senior opposition lawmaker accused the government
    of leaking secrets``: the accusation, with its own subject and speech verb, is a quote of
    its own, not the minister's words (was inside them)."""
    text = ("KESSAR — The defence minister said on Friday the army was ready for any contingency, as a senior "
            "opposition lawmaker accused the government of leaking secrets to foreign newspapers.")
    assert [q.text for q in analyzer(text).quotes] == [
        "the army was ready for any contingency", "the government of leaking secrets to foreign newspapers"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The union said it would strike, as the mayor appealed to drivers to stay home.",
         ["it would strike", "to stay home"]),
        # the parser hangs the infinitive as a clause of purpose
        ("The main opposition leader on Friday demanded that Prime Minister Ada Lind face a vote of confidence before "
         "Christmas, as the country\u2019s head of state appealed to all parties to conduct the coming election "
         "campaign \u201cwith restraint and respect.\u201d",
         ["that Prime Minister Ada Lind face a vote of confidence before Christmas",
          "to conduct the coming election campaign \u201cwith restraint and respect.\u201d"]),
        ("The bishop appealed to the rebels to lay down their arms.", ["to lay down their arms"]),
        # appealing a ruling asks nothing of anyone
        ("The company appealed the ruling.", []),
    ],
)
def test_an_appeal_set_off_after_as_is_a_directive_of_its_own(analyzer, text, expected):
    """``..., as the head of state appealed to all parties to conduct the campaign ...``: an
    appeal is a directive, and one set off after "as" with its own subject is no part of the
    report before it (was inside it); its infinitive is what was asked, even where the parser
    hangs it as a clause of purpose."""
    assert [q.text for q in analyzer(text).quotes] == expected


def test_a_quote_ending_a_paragraph_takes_no_tag_from_the_next_paragraph(analyzer):
    """``"...," Rana-Magar said in an interview ... "... who knew, and when?"`` at a paragraph's
    end, then ``Water Resources Minister Dilli Bahadur Thapa said in a statement that ...``: a
    dialogue tag never opens the next paragraph; the second part is still the editor's (was the
    minister's)."""
    text = ("Sushila Rana-Magar, the paper's editor, said three reporters had spent ten days in the valley.\n\n"
            "\"We did not set out to embarrass anyone,\" Rana-Magar said in an interview at the newspaper's offices in "
            "the old city. \"We set out to answer the one question every family in Kharikhola is asking us: who knew, "
            "and when?\"\n\nWater Resources Minister Dilli Bahadur Thapa said in a statement that he had \"never seen, or "
            "been briefed on,\" any such memo.")
    quote = next(q for q in analyzer(text).quotes if q.text.startswith("We set out"))
    assert quote.speaker is not None and quote.speaker.name == "Sushila Rana-Magar"


def test_according_to_after_a_clause_of_time_beside_a_report_reports_only_that_clause(analyzer):
    """``An opposition member of parliament ... accused the government of burying a report ...,
    as the official death toll rose to 47, according to the Ministry of Emergency Situations``:
    the ministry gives the toll, not the accusation (was the whole sentence, the ministry a relay
    of the lawmaker)."""
    text = ("TEREKSAI — An opposition member of parliament on Wednesday accused Ostravia’s government of burying an "
            "engineering report that warned the Kara-Tal dam was at risk of failure, as the official death toll rose "
            "to 47, according to the Ministry of Emergency Situations.")
    quotes = analyzer(text).quotes
    assert [(q.speaker.name, [v.name for v in q.via]) for q in quotes] == [
        ("An opposition member of parliament", []), ("Ministry of Emergency Situations", [])]
    assert quotes[1].text == "the official death toll rose to 47"


def test_a_reporter_the_parser_apposed_to_a_name_in_the_report_is_the_source():
    import spacy
    from spacy.tokens import Doc

    from quotekit.detect import detect_quotes

    # "The board summoned Ada Quint, its chair, to testify, the daily Harbour Post reported.", parsed as
    # en_core_web_sm read "The committee has also summoned [a name], the president of ..., to testify next
    # week, the daily [a newspaper] reported": the name the verb's subject, the newspaper its apposition
    words = ["The", "board", "summoned", "Ada", "Quint", ",", "its", "chair", ",", "to", "testify", ",", "the", "daily",
             "Harbour", "Post", "reported", "."]
    doc = Doc(
        spacy.blank("en").vocab, words=words,
        spaces=[True] * 4 + [False, True, True, False, True, True, False] + [True] * 5 + [False, False],
        heads=[1, 2, 16, 4, 16, 4, 7, 4, 4, 10, 4, 4, 15, 15, 15, 4, 16, 16],
        deps=["det", "nsubj", "ccomp", "compound", "nsubj", "punct", "poss", "appos", "punct", "aux", "relcl", "punct",
              "det", "amod", "compound", "appos", "ROOT", "punct"],
        pos=["DET", "NOUN", "VERB", "PROPN", "PROPN", "PUNCT", "PRON", "NOUN", "PUNCT", "PART", "VERB", "PUNCT", "DET",
             "ADJ", "PROPN", "PROPN", "VERB", "PUNCT"],
        tags=["DT", "NN", "VBD", "NNP", "NNP", ",", "PRP$", "NN", ",", "TO", "VB", ",", "DT", "JJ", "NNP", "NNP", "VBD",
              "."],
        lemmas=["the", "board", "summon", "Ada", "Quint", ",", "its", "chair", ",", "to", "testify", ",", "the", "daily",
                "Harbour", "Post", "report", "."],
    )
    [quote] = detect_quotes(doc)
    assert (doc.text[quote.start : quote.end], doc[quote.source[0] : quote.source[1]].text) == (
        "The board summoned Ada Quint, its chair, to testify", "the daily Harbour Post")
    # a name alone with its description before the verb is one person ("Ada Quint, its chair said"): no reading of it
    words = ["The", "board", "met", ",", "Ada", "Quint", ",", "its", "chair", "said", "."]
    doc = Doc(
        spacy.blank("en").vocab, words=words, spaces=[True, True, False, True, True, False, True, True, True, False, False],
        heads=[1, 2, 9, 9, 5, 9, 5, 8, 5, 9, 9],
        deps=["det", "nsubj", "ccomp", "punct", "compound", "nsubj", "punct", "poss", "appos", "ROOT", "punct"],
        pos=["DET", "NOUN", "VERB", "PUNCT", "PROPN", "PROPN", "PUNCT", "PRON", "NOUN", "VERB", "PUNCT"],
        tags=["DT", "NN", "VBD", ",", "NNP", "NNP", ",", "PRP$", "NN", "VBD", "."],
        lemmas=["the", "board", "meet", ",", "Ada", "Quint", ",", "its", "chair", "say", "."],
    )
    assert [q.source for q in detect_quotes(doc)] == [None]


def test_a_role_the_parser_apposed_to_a_place_in_the_clause_before_is_the_source(analyzer):
    """``... over the Grand Tamber Dam, the country's energy minister said on Friday``: the parser
    hangs the minister on the dam and makes "said" a conjunct of "ask"; the minister said the
    whole clause (was "Norvia" saying "the ... Council ... the country's energy minister")."""
    text = ("Norvia will ask the East African Community's Peace and Security Council to intervene in its dispute "
            "with Osmark over the Grand Tamber Dam, the country's energy minister said on Friday, a day after talks in Kisora "
            "collapsed.")
    said = [q for q in analyzer(text).quotes if q.cue.text == "said"]
    assert [(q.text, q.speaker.mention.text) for q in said] == [(
        "Norvia will ask the East African Community's Peace and Security Council to intervene in its dispute with "
        "Osmark over the Grand Tamber Dam", "the country's energy minister")]


def test_a_span_of_time_after_the_verb_is_no_reported_clause(analyzer):
    """``..., the country's water minister said on Tuesday, a day after talks in Borvik
    collapsed``: the parser hangs "collapsed" on "said" as its clause; it says when (was the
    minister saying "a day after talks in Borvik collapsed")."""
    text = ("Veltria will ask the United Nations Security Council to intervene in its dispute with Osmark over the "
            "Selva Dam, the country's water minister said on Tuesday, a day after talks in Borvik collapsed.")
    said = [q for q in analyzer(text).quotes if q.cue.text == "said"]
    assert [(q.text, q.speaker.mention.text) for q in said] == [(
        "Veltria will ask the United Nations Security Council to intervene in its dispute with Osmark over the Selva "
        "Dam", "the country's water minister")]
    # after a reported clause, the span of time is part of what was said (the parser hangs it on the verb too)
    [quote] = analyzer("The Harbour Post quoted Ravi Menon, a fisherman from the nearby village of Kottapuram, as "
                       "saying that local officials had \u2018fled in their jeeps\u2019 an hour before the wave "
                       "arrived, without warning a single family.").quotes
    assert quote.text.endswith("an hour before the wave arrived, without warning a single family")


def test_a_report_inside_what_a_news_organisation_quotes_sources_as_saying_stays_theirs(analyzer):
    """``A technician warned colleagues that ..., Reuters quoted three sources familiar with the
    matter as saying``: the content is the sources' words, relayed by Reuters; the warning
    inside is one they pass on, not the agency's relay of the technician (was the technician,
    via Reuters, and no quote of the sources)."""
    text = ("A technician at Corvale Systems warned colleagues that a customer database was exposed weeks before the "
            "breach, Reuters quoted three sources familiar with the matter as saying.")
    quotes = analyzer(text).quotes
    assert (quotes[0].speaker.name, quotes[0].attribution, [v.name for v in quotes[0].via]) == (
        "three sources familiar with the matter", "anonymous", ["Reuters"])


def test_a_quote_before_titles_the_parser_cut_off_at_a_full_stop_is_the_named_persons(analyzer):
    """``"...," Chief Executive Dr.-Ing. Friederike Roth told reporters``: the parser ends a
    sentence at the title's full stop; the titles after the quote belong to the attribution in
    the next (was a continuation of the company named before), and "the chief executive" is she."""
    text = ("Brackwede Antriebstechnik AG said on Tuesday it would cut 4,200 jobs at its domestic plants.\n\n"
            '"We have no choice but to adjust our footprint," Chief Executive Dr.-Ing. Friederike von Hallenberg-St\u00f6ckl '
            "told reporters at the company's headquarters.\n\n"
            "The chief executive said the group would still invest in electric drives.")
    quotes = analyzer(text).quotes
    assert [q.speaker.name for q in quotes[1:]] == ["Friederike von Hallenberg-St\u00f6ckl"] * 2


def test_a_subject_the_parser_joined_to_according_tos_source_with_no_and_is_the_clauses(analyzer):
    """``According to the Varell Gazette, the Estmark Civil Aviation Authority (ECAA) has
    assigned ...``, the authority read as the paper's conjunct with no "and": the authority is
    the clause's subject, and the paper alone its source (was "Varell Gazette and Estmark Civil
    Aviation Authority", named). The names are an invented article's, whose parse this needs."""
    text = ("Kestrel Air said the report was inaccurate.\n\nAccording to the Varell Gazette, the Estmark Civil "
            "Aviation Authority (ECAA) has assigned 12 inspectors to its investigation.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == ("Varell Gazette", "agency")
    assert quote.text.startswith("the Estmark Civil Aviation Authority (ECAA) has assigned")


def test_a_that_clause_whose_that_the_parser_read_as_a_determiner_is_what_was_told(analyzer):
    """``told the Saltmere Courier that staff expected to ...``, "that" read as the determiner of
    "staff" and the clause as a relative one on the paper: the clause is what she told (was no
    quote). The names are an invented article's, whose parse this needs."""
    text = ("Halima Strand, the chair of the Saltmere Municipal Electoral Commission, told the Saltmere Courier that "
            "staff expected to process roughly 20,000 ballots a day.")
    [quote] = analyzer(text).quotes
    assert (quote.text, quote.speaker.name) == ("that staff expected to process roughly 20,000 ballots a day",
                                                "Halima Strand")


def test_a_that_clause_read_as_a_relative_clause_with_two_subjects_is_what_was_told(analyzer):
    """``told the Turkish hosts [that Kyiv wanted ...]``: the parser made "that" the subject of
    a relative clause that has a subject of its own, so the clause is what was told, whoever
    the object is (was a quote of "Kyiv wanted ..." by Kyiv)."""
    text = ("Kovalenko also told the Turkish hosts that Kyiv wanted naval observers from at least three countries "
            "stationed in Odesa for the duration of any agreement.")
    [quote] = analyzer(text).quotes
    assert quote.text.startswith("that Kyiv wanted") and quote.cue.text == "also told"
    assert quote.speaker.name == "Kovalenko"


@pytest.mark.parametrize("lede", [
    "Russia's state news agency Obzor reported on Monday that talks had begun. ",
    "",
])
def test_according_to_a_one_word_name_the_text_calls_a_news_agency_relays_the_report_after_it(analyzer, lede):
    """``According to Obzor, Rozhkov told ... that ...``: a one-word name NER calls a person's is
    a news agency the report relays when the text calls it one, before (``the state news agency
    Obzor``) or right after it (``Obzor, the state news agency,``, which the parser hung on the
    comma); not a source of its own, with Rozhkov's words inside its content."""
    described = "Obzor," if lede else "Obzor, the state news agency,"
    text = (f"{lede}According to {described} Rozhkov told Austrian Foreign Minister Helga Wintersteiger over dinner "
            "on Monday that Moscow was ready to discuss prisoner exchanges.")
    *_, quote = analyzer(text).quotes
    assert quote.text == "that Moscow was ready to discuss prisoner exchanges"
    assert (quote.speaker.name, [v.name for v in quote.via]) == ("Rozhkov", ["Obzor"])
    assert not any(q.speaker is not None and q.speaker.name == "Obzor" and "Rozhkov" in q.text for q in analyzer(text).quotes)


@pytest.mark.parametrize("said", ["Lind said", "Lind told a gathering of chiefs at her palace on Wednesday"])
def test_a_station_named_in_apposition_relays_a_quote_attributed_before_according_to(analyzer, said):
    """``"...," Lind told a gathering ... on Wednesday, according to the local station Harbor
    FM``: the quote is Lind's, and the station, whose name is apposed to "station" (``FM`` ends
    a news organisation's name), relays it, with whom, where and when after the cue (was also a
    quote of the station's holding the quotation and its attribution, or no relay)."""
    text = f'"The road belongs to all of us," {said}, according to the local station Harbor FM.'
    [quote] = analyzer(text).quotes
    assert (quote.text, quote.speaker.name, [v.name for v in quote.via]) == (
        "The road belongs to all of us,", "Lind", ["Harbor FM"])


@pytest.mark.parametrize("dateline", ["VELLORE", "ARANI/VELLORE"])
def test_a_dateline_in_capitals_with_a_colon_is_no_transcript_label(analyzer, dateline):
    """``VELLORE: The Coastal High Court on Friday stayed ...`` (as Indian papers write a
    dateline): the city opening the story's first paragraph, the only label of its kind in the
    article, is no speaker whose turn the paragraph is (was a quote of the paragraph by the city)."""
    text = (f"Court halts dam land acquisition\n\nStaff Reporter\n\n{dateline}: The Coastal High Court on Friday stayed "
            "all land acquisition for the Kolliyar dam project, and directed the State government to complete a fresh "
            "assessment within 16 weeks.\n\nThe villagers' lawyer, R. Senthil, said the order was a relief.")
    quotes = analyzer(text).quotes
    assert [q.text for q in quotes] == ["the order was a relief"]


@pytest.mark.parametrize("written_elsewhere", [False, True])
def test_a_dateline_ner_calls_a_person_is_no_label_unless_the_article_names_that_person(analyzer, written_elsewhere):
    """``VINDHYANAGAR: Union Minister ... said ...``, NER typing the town a person: a name the
    article never writes otherwise is the dateline, no speaker's turn (was a quote of the whole
    paragraph by "VINDHYANAGAR"); one the article gives as a person ("Kolvari said") is a label."""
    from spacy.tokens import Span

    from quotekit.pipeline import analyse

    later = " Kolvari said the order was a relief." if written_elsewhere else ""
    text = ("No fresh funds for dam without new survey\n\nKOLVARI: Union Minister Lalitha Ramaswamy on Saturday said the "
            f"Centre would release the next instalment only after a fresh survey.{later}")
    doc = analyzer.nlp(text, disable=["quotekit"])
    at = next(t.i for t in doc if t.text == "KOLVARI")
    doc.ents = sorted([Span(doc, at, at + 1, label="PERSON"), *(e for e in doc.ents if not e.start <= at < e.end)],
                      key=lambda e: e.start)
    quotes, _entities, _profile = analyse(doc, analyzer.nlp.get_pipe("quotekit").lexicon)
    labelled = any(q.speaker is not None and q.speaker.name == "KOLVARI" for q in quotes)
    assert labelled == written_elsewhere


def test_a_transcript_with_several_labels_in_capitals_still_quotes_each_turn(analyzer):
    """The dateline rule leaves transcripts alone: two paragraphs open with a speaker's label."""
    text = ("LIND: We will not close the port this winter.\n\nBERG: Then the ferries must keep running.")
    assert [q.speaker.name for q in analyzer(text).quotes] == ["LIND", "BERG"]


def test_a_news_name_after_a_descriptor_relays_the_report_according_to_it(analyzer):
    """``According to the Tamil daily Malai Murasu, Minister ... told ... that ...``: a name
    after a news organisation's descriptor ("the Tamil daily") is a news organisation's, which
    relays the minister's report (was a quote of its own holding the minister's words)."""
    text = ("According to the Tamil daily Malai Murasu, Water Resources Minister T. Velayudham told a party meeting in "
            "Salem on Tuesday that the project would be completed on time.")
    [quote] = analyzer(text).quotes
    assert (quote.text, quote.speaker.name, [v.name for v in quote.via]) == (
        "that the project would be completed on time", "T. Velayudham", ["Malai Murasu"])


def test_a_one_word_news_agency_reporting_a_quote_relays_it(analyzer):
    """``She said that “...”, Tulpar reported``, with "the state news agency Tulpar" before:
    the agency NER left untyped relays the minister's quote (was a quote of its own)."""
    text = ("In Turkey, Deputy Interior Minister Aysel Korkmazer said the government had begun installing container "
            "homes in the worst-hit province, according to the state news agency Tulpar. She said that “no family will "
            "spend the winter in a tent”, Tulpar reported.")
    quote = analyzer(text).quotes[-1]
    assert (quote.kind, quote.speaker.name, [v.name for v in quote.via]) == ("direct", "Aysel Korkmazer", ["Tulpar"])
    assert len(analyzer(text).quotes) == 2


def test_a_name_hung_on_the_phrase_before_a_subjectless_verb_is_its_subject(analyzer):
    """``Asked about reports that a train had been seen near the border city of Xinbian,
    spokeswoman Hua Mingyue told a regular briefing: "..."``: the parser hung the name on "city
    of" and left "told" with no subject; the person's name right before the verb, after a comma
    and her role, is its subject, without the place (was no source)."""
    text = ("Lantai's foreign ministry declined to confirm the visit on Thursday morning. Asked about reports that a "
            "dark green train had been seen near the border city of Xinbian, spokeswoman Hua Mingyue told a regular "
            'briefing: "I have no information to offer at this time."')
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.speaker.mention.text) == ("Hua Mingyue", "spokeswoman Hua Mingyue")


def test_the_speaker_before_according_to_is_no_part_of_a_quote(analyzer):
    """``Gao, according to the state news agency, told his guest that ...``: the subject before
    the phrase is the speaker of the report it relays, not the first part of a quote of the
    agency's (was a quote "Gao")."""
    text = 'Gao, according to the state news agency, told his guest that Qiyuan would "always stand together" with it.'
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, [v.name for v in quote.via]) == ("Gao", ["state news agency"])


@pytest.mark.parametrize(("text", "relay"), [
    ("Speaking at a rally in the port on Sunday, Lind said the time of untouchable institutions was over, according to "
     "the state news agency.", "state news agency"),
    ("The weekend report in El Vigía, the best-selling newspaper, angered the presidency. Lind said that the time of "
     "untouchable institutions was over, according to the state news agency, Agencia Nacional de Noticias (ANN).",
     "Agencia Nacional de Noticias"),
])
def test_according_to_a_news_agency_at_the_end_relays_the_report_before_it(analyzer, text, relay):
    """A participle before the subject (``Speaking at a rally ..., Lind said``) and the agency's
    name set off after its description, which the parser hung on the reported clause (``, Agencia
    Nacional de Noticias (ANN).``), leave the phrase at the sentence's end relaying Lind's report,
    through the agency it names (was a quote of the agency's holding the report, or no relay with
    the phrase in the content, or the newspaper named before)."""
    quote = analyzer(text).quotes[-1]
    assert quote.text.endswith("the time of untouchable institutions was over")
    assert (quote.speaker.name, [v.name for v in quote.via]) == ("Lind", [relay])


def test_a_report_conjoined_to_the_one_according_to_opens_is_relayed_too(analyzer):
    """``According to the Daily Clarion, one commissioner told the meeting that ..., and Noor
    replied that ...``: the paper relays both reports it gives (was only the first)."""
    text = ("According to the Daily Clarion, one commissioner told the meeting that the figures were 'not ready to be "
            "presented to the country', and Noor replied that the law 'does not give us the luxury of waiting for "
            "comfort'.")
    assert [[v.name for v in q.via] for q in analyzer(text).quotes] == [["Daily Clarion"]] * 2


def test_a_report_a_comparison_names_inside_another_is_no_relayed_quote(analyzer):
    """``The Ostrava Central News Agency confirmed that the visit had happened exactly as the
    Lathmar agency described``: the agency confirms in its own words, and the clause of
    comparison names the other's report without relaying it (was the Lathmar agency's quote,
    via the Ostrava agency)."""
    text = ("Two days later, once the leader was safely home, the Ostrava Central News Agency confirmed that the visit had "
            "happened exactly as the Lathmar agency described.")
    [quote] = analyzer(text).quotes
    assert (quote.cue.text, quote.speaker.name, quote.via) == ("confirmed", "Ostrava Central News Agency", ())


def test_a_particle_the_tagger_took_for_a_foreign_word_is_part_of_a_name_set_off():
    """``the state news agency, Agencia Serrana de Noticias (ASN), ...``: "de", tagged a foreign
    word, is a particle inside the agency's name set off by commas (was no name, so the relay
    was the newspaper named before)."""
    import spacy
    from spacy.tokens import Doc

    from quotekit.detect import name_set_off_after

    words = ["the", "news", "agency", ",", "Agencia", "Serrana", "de", "Noticias", "(", "ASN", ")", ","]
    pos = ["DET", "NOUN", "NOUN", "PUNCT", "PROPN", "PROPN", "X", "PROPN", "PUNCT", "PROPN", "PUNCT", "PUNCT"]
    tags = ["DT", "NN", "NN", ",", "NNP", "NNP", "FW", "NNP", "-LRB-", "NNP", "-RRB-", ","]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, tags=tags)
    assert name_set_off_after(doc, 2, 10)
    doc = Doc(spacy.blank("en").vocab, words=["the", "agency", ",", "Agencia", "de", "Noticias", ","],
              pos=["DET", "NOUN", "PUNCT", "PROPN", "X", "PROPN", "PUNCT"], tags=["DT", "NN", ",", "NNP", "FW", "NNP", ","])
    assert name_set_off_after(doc, 1, 5)
    doc = Doc(spacy.blank("en").vocab, words=["the", "agency", ",", "Agencia", "ipso", "Noticias", ","],
              pos=["DET", "NOUN", "PUNCT", "PROPN", "X", "PROPN", "PUNCT"], tags=["DT", "NN", ",", "NNP", "ADD", "NNP", ","])
    assert not name_set_off_after(doc, 1, 5)  # another tag the tagger gives no name part


def test_a_role_closing_a_clause_the_parser_hung_it_in_is_the_subjectless_verbs_speaker():
    """``The Authority has offered to mediate over the Kuro Dam, its executive secretary said.``,
    parsed as en_core_web_sm read such a sentence in an article: "said" with no subject, the
    secretary an apposition of the dam inside the reported clause. The secretary said the
    clause, and is no part of it (was only the "offered to" directive, the secretary inside it)."""
    import spacy
    from spacy.tokens import Doc

    from quotekit.detect import detect_quotes
    from quotekit.speaker import find_sources

    words = ["The", "Authority", "has", "offered", "to", "mediate", "over", "the", "Kuro", "Dam", ",", "its",
             "executive", "secretary", "said", "."]
    doc = Doc(
        spacy.blank("en").vocab, words=words, spaces=[True] * 9 + [False] + [True] * 4 + [False, False],
        heads=[1, 3, 3, 14, 5, 3, 5, 9, 9, 6, 9, 13, 13, 9, 14, 14],
        deps=["det", "nsubj", "aux", "ccomp", "aux", "xcomp", "prep", "det", "compound", "pobj", "punct", "poss", "amod",
              "appos", "ROOT", "punct"],
        pos=["DET", "PROPN", "AUX", "VERB", "PART", "VERB", "ADP", "DET", "PROPN", "PROPN", "PUNCT", "PRON", "ADJ",
             "NOUN", "VERB", "PUNCT"],
        tags=["DT", "NNP", "VBZ", "VBN", "TO", "VB", "IN", "DT", "NNP", "NNP", ",", "PRP$", "JJ", "NN", "VBD", "."],
        lemmas=["the", "Authority", "have", "offer", "to", "mediate", "over", "the", "Kuro", "Dam", ",", "its",
                "executive", "secretary", "say", "."],
    )
    said = [q for q in detect_quotes(doc) if doc[q.cue[0]].text == "said"]
    assert [doc.text[q.start : q.end] for q in said] == ["The Authority has offered to mediate over the Kuro Dam"]
    [local] = find_sources(doc, said)
    assert doc[local.mention[0] : local.mention[1]].text == "its executive secretary"


def test_a_speech_verb_in_an_object_relative_clause_attributes_no_quotation_beside_it(analyzer):
    """``... had «strayed into the internal affairs of a political party» in a manner the Supreme
    Court had repeatedly warned against``: "warned" speaks of the manner, its relative clause's
    object; the quotation is not the court's (was the court's; no speech verb is left for it)."""
    text = ("In a unanimous judgment, Justice Adaeze Okafor-Bello held that the lower court had «strayed into the "
            "internal affairs of a political party» in a manner the Supreme Court had repeatedly warned against.")
    quote = next(q for q in analyzer(text).quotes if q.text.startswith("strayed"))
    assert quote.speaker is None or quote.speaker.name != "Supreme Court"


def test_a_passive_as_clause_with_no_agent_says_when_not_who(analyzer):
    """``«...,» said Ana Lima, one of the group's spokeswomen, as the result was announced on a
    loudspeaker outside.``: no one announced her words; one quote, hers (was also a quote of
    the whole sentence with the cue "was announced")."""
    text = "«We are not leaving,» said Ana Lima, one of the group's spokeswomen, as the result was announced on a loudspeaker outside."
    [quote] = analyzer(text).quotes
    assert (quote.kind, quote.speaker.name) == ("direct", "Ana Lima")


def test_a_dialogue_tag_whose_subject_the_tagger_read_as_a_common_noun(analyzer):
    """``"...?" Hannity pressed.``: "pressed" is no listed cue, and the tagger made "Hannity" a
    common noun there; named elsewhere, it is a name, and the tag attributes the question (was
    no cue)."""
    text = ("Sean Hannity interviewed Trump on Tuesday. \u201cThey said it\u2019s negotiable,\u201d Hannity said.\n\n"
            "\u201cWould it be negotiable about the 11 million?\u201d Hannity pressed. \u201cMaybe let some people stay?\u201d")
    _, question, _ = analyzer(text).quotes
    assert (question.cue.text, question.speaker.name) == ("pressed", "Sean Hannity")


def test_said_read_as_a_noun_is_the_lower_case_verb_only():
    """The verb "said" the tagger made a noun's head is a cue (``the 61-year-old said``); the
    name "Said" (``Edward Said``) and the legal adjective after a determiner (``the said
    property``) are not."""
    import spacy
    from spacy.tokens import Doc

    from quotekit.detect import said_read_as_noun

    vocab = spacy.blank("en").vocab
    aged = Doc(vocab, words=["the", "old", "said"], pos=["DET", "ADJ", "NOUN"])
    named = Doc(vocab, words=["Edward", "Said"], pos=["PROPN", "PROPN"])
    legal = Doc(vocab, words=["the", "said", "property"], pos=["DET", "ADJ", "NOUN"])
    assert (said_read_as_noun(aged[2]), said_read_as_noun(named[1]), said_read_as_noun(legal[1])) == (True, False, False)


def test_a_participle_set_off_after_a_closing_cue_leaves_the_report_before_it(analyzer):
    """``The train was moving slowly, Smith said, meaning it ...``: the participle after the cue's
    comma adds to the report before the cue; the report is that clause (was the participle's)."""
    text = ("The train was moving at no more than 60 kilometres an hour because of its weight, Brekke said, meaning "
            "it was unlikely to reach the border before Thursday evening.")
    assert _quotes(analyzer, text) == [
        ("The train was moving at no more than 60 kilometres an hour because of its weight", "indirect", "said")]


def test_according_to_a_described_source_keeps_the_subject_read_as_a_second_apposition(analyzer):
    """``According to X, the union's president, roughly 12,000 members ... stand to lose``: the
    parser made the subject a second apposition of X; it runs into the verb with no comma, so it
    is the reported clause's subject (was left out)."""
    text = ("According to Mara Lindqvist, the league's treasurer, several hundred fans who bought season tickets "
            "are owed refunds.")
    [quote] = analyzer(text).quotes
    assert (quote.text, quote.speaker.name) == (
        "several hundred fans who bought season tickets are owed refunds", "Mara Lindqvist")


def test_a_past_perfect_verb_joined_after_a_quoted_phrase_continues_the_report(analyzer):
    """``said in a statement that the club was "deeply ashamed" and had suspended ...``: the
    parser joined "had suspended" to "said"; in the report's tense, it is part of the report."""
    text = ('The club\'s president, Ola Brekke, said in a statement that the club was "deeply ashamed" and had '
            "suspended the three coaches while the inquiry runs its course.")
    [quote] = analyzer(text).quotes
    assert quote.text == 'that the club was "deeply ashamed" and had suspended the three coaches while the inquiry runs its course'


def test_a_closing_subject_with_its_title_and_a_name_set_off_still_attributes(analyzer):
    """``..., the Director-General of the Port Authority, Mrs Helena Oduro-Sall, announced
    yesterday.``: the name set off after the title does not make the source too long to be one."""
    text = ("The first section of quay wall at the new terminal has been completed three weeks ahead of schedule, "
            "the Director-General of the Tambaru Port Authority, Mrs Helena Oduro-Sall, announced yesterday.")
    [quote] = analyzer(text).quotes
    assert (quote.cue.text, quote.speaker.name) == ("announced yesterday", "Helena Oduro-Sall")


def test_a_question_aside_the_parser_made_the_root_leaves_the_speech_verb_its_report(analyzer):
    """``Mara Lind, asked about the report, said she ...``: the parser made "asked" the root and
    "said" an unlabelled dependent; the report is still hers (was no quote)."""
    [quote] = analyzer("Mara Lind, asked about the report, said she did not respond to anonymous attacks.").quotes
    assert (quote.text, quote.cue.text, quote.speaker.name) == (
        "she did not respond to anonymous attacks", "said", "Mara Lind")


def test_told_a_named_outlet_a_clause_opening_with_a_pronoun_is_the_report(analyzer):
    """``told the Courier he had signed up ...``: the parser read the clause as a relative
    clause of the paper's name; with a personal pronoun as subject and no stranded preposition,
    it is what was told (was no quote)."""
    text = "Kojo Arthur-Sey told the Courier he had signed up for the aquaculture course together with two of his sons."
    [quote] = analyzer(text).quotes
    assert (quote.text, quote.cue.text) == (
        "he had signed up for the aquaculture course together with two of his sons", "told")


def test_a_time_clause_the_parser_hung_on_a_closing_cue_ends_the_report(analyzer):
    """``The ferry was travelling ..., with a first officer ..., when it ran onto a rock ...,
    investigators said``: the "when" clause hung on "said" closes the report (was no quote)."""
    text = ("The ferry Havbris was travelling on autopilot on a mistaken heading, with a first officer who "
            "had been awake for almost 19 hours alone in charge of navigation, when it ran onto a rock in the "
            "Skarvfjord last month, investigators said on Tuesday.")
    [quote] = analyzer(text).quotes
    assert quote.text.startswith("The ferry Havbris") and quote.text.endswith("last month")
    assert quote.speaker.mention.text == "investigators"


def test_a_clause_of_contrast_the_parser_hung_on_a_closing_cue_ends_the_report(analyzer):
    """``Convoys blocked the M1 ... at dawn, while smaller groups closed slip roads ..., the
    police said in a statement``: the "while" clause hung on "said" closes the report as a time
    clause does (was no quote)."""
    text = ("Convoys stretching several kilometres blocked the M1 north of Dunhaven and the inner ring road at dawn, "
            "while smaller groups closed slip roads near the port city of Carrowmere, the Dunhaven Metropolitan Police "
            "said in a statement.")
    [quote] = analyzer(text).quotes
    assert quote.text.startswith("Convoys") and quote.text.endswith("Carrowmere")


def test_a_clause_of_contrast_after_a_report_of_its_own_is_no_part_of_the_first(analyzer):
    """``A, KVTV reported, while in Chicago ..., the Chicago Courier reported``: the second report
    does not take in the first, which it would relay."""
    text = ("In Seattle, marchers honored the victims with white roses held aloft, KVTV reported, while in Chicago the "
            "parade began with a moment of silence, the Chicago Courier reported.")
    first = next(q for q in analyzer(text).quotes if q.text.startswith("In Seattle"))
    assert first.speaker.name == "KVTV" and first.via == ()


def test_a_that_clause_hung_on_a_participle_set_off_after_the_verb_is_the_report(analyzer):
    """``said in its report, titled “Lessons of 12 March”, that the intruders had logged ...``:
    the parser hung the that-clause on "titled"; it is what was said (was no quote)."""
    text = ("The State Cyber Defence Bureau said in its report, titled \u201cLessons of 12 March\u201d, that the intruders "
            "had logged into the network in early December.")
    [quote] = analyzer(text).quotes
    assert (quote.text, quote.cue.text) == (
        "that the intruders had logged into the network in early December", "said in its report")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Union of Professional Footballers said it backed the players \u201cwithout conditions\u201d and would cover "
         "any fines imposed on them by the league.",
         "it backed the players \u201cwithout conditions\u201d and would cover any fines imposed on them by the league"),
        ("Tallis Bay Metals, the Toronto-listed group that holds a 30 per cent stake in the project, said it was "
         "'disappointed by the decision' but remained 'confident in the strength of the partnership'.",
         "it was 'disappointed by the decision' but remained 'confident in the strength of the partnership'"),
    ],
)
def test_a_modal_or_quoted_verb_joined_after_a_quoted_phrase_continues_the_report(analyzer, text, expected):
    """``said it backed the players "without conditions" and would cover ...``, ``said it was
    '...' but remained '...'``: the parser joined the second verb to "said"; a past modal, or a
    quoted phrase of its own, makes it part of the report (was cut at the first phrase)."""
    [quote] = analyzer(text).quotes
    assert quote.text == expected


def test_a_news_name_the_parser_read_as_a_noun_a_participle_modifies_is_the_reporter(analyzer):
    """``Delta 9 News reported in May that ...``: the parser made the name the root and
    "reported" a participle on it (news that was reported); with a that-clause and no
    auxiliary, it is the verb and the name its subject (was the clause's own verb)."""
    quotes = analyzer("Delta 9 News reported in May that the unions had initially demanded a 12 percent raise.").quotes
    assert [(q.text, q.cue.text, q.speaker.name) for q in quotes] == [
        ("that the unions had initially demanded a 12 percent raise", "reported", "Delta 9 News")]


def test_according_to_a_source_the_parser_joined_the_subjects_conjuncts_to(analyzer):
    """``According to SNT, Grusin and Orlek also agreed to ...``: the parser joined the two
    subjects to the source as its conjuncts; they open the report, and the source is SNT alone
    (was "SNT, Grusin and Orlek")."""
    text = "According to SNT, Grusin and Orlek also agreed to reopen a passenger service between Dorval and Tarnov."
    [quote] = analyzer(text).quotes
    assert (quote.text, quote.speaker.mention.text) == (
        "Grusin and Orlek also agreed to reopen a passenger service between Dorval and Tarnov", "SNT")


def test_a_report_verb_joined_after_a_quoted_phrase_is_a_report_of_its_own(analyzer):
    """``he found Trump to be "very charming" and called his standing "amazing"``: "called"
    reports on its own, so it does not continue the first report."""
    text = 'Sheldon Adelson said he found Trump to be "very charming" and called his standing in the race "amazing".'
    [found] = [q for q in analyzer(text).quotes if q.cue.text == "found"]
    assert found.text == 'Trump to be "very charming"'


def test_told_an_addressee_the_parser_hung_a_clause_on_is_no_closing_attribution(analyzer):
    """``According to the agency, the emir told the elders that Qasimiya "has never knelt ..."
    and promised ...``: the parser read the reported clause as a relative clause of "the
    elders"; the verb does not close a report of the words before it (was "According to the
    agency", told)."""
    text = ('According to the agency, the emir told the elders that Ostravia "has never knelt and will not kneel now" '
            "and promised compensation for traders hurt by the crisis.")
    quotes = analyzer(text).quotes
    assert all(not q.text.startswith("According") for q in quotes)
    assert [q.speaker.mention.text for q in quotes if "knelt" in q.text] == ["the emir"]


def test_a_tag_sentence_after_a_question_may_say_when_it_was_asked(analyzer):
    """``"...?" Opposition Leader Marisa Quintero said as she opened the debate.``: a clause of
    time on the verb is no clause of its own, so the sentence still tags the question before it
    (was no cue, and the quote went to the speaker before)."""
    text = ('"Is there one law for the rich and another for the poor?" Opposition Leader Marisa Quintero said as she '
            "opened the debate.")
    assert _quotes(analyzer, text) == [("Is there one law for the rich and another for the poor?", "direct", "said")]


@pytest.mark.parametrize(("text", "cues"), [
    ("Prices rose, as the bank continued to raise rates.", []),
    ("The agent has accused the club of treating the striker badly as the Belgian club continue to resist a move.",
     ["has accused"]),
])
def test_an_as_clause_whose_verb_takes_a_verb_reports_nothing(analyzer, text, cues):
    """``Prices rose, as the bank continued to raise rates``: "continue" with a verb of its own
    tells what the bank kept doing, not words that attribute the clause before it (was a quote
    "Prices rose" by the bank)."""
    assert [cue for _text, _kind, cue in _quotes(analyzer, text)] == cues


def test_an_age_no_comma_closes_after_a_name_set_off_in_an_opening_phrase_is_the_subject(analyzer):
    """``In a statement released through his publicist, Paola Rinaldi, the 52-year-old said``:
    the parser hung the age on the publicist's name and left "said" with no subject; with no
    comma after it, the age is the subject, the chef (was the publicist)."""
    text = ("PORTO VELARA (Euromed Press) \u2014 Dario Castellane, the celebrity chef whose restaurant group collapsed "
            "into administration this month, broke his silence on Tuesday.\n\nIn a statement released through his "
            "publicist, Paola Rinaldi, the 52-year-old said he had made mistakes as a businessman.")
    last = analyzer(text).quotes[-1]
    assert (last.speaker.mention.text, last.speaker.name) == ("the 52-year-old", "Dario Castellane")


def test_anothers_report_set_off_inside_an_object_is_not_the_stance(analyzer):
    """``X on Friday rejected suggestions that ... was a deliberate act, as opposition leader Y
    accused her government of leaving the islands "dangerously exposed"``: the parser hung Y's
    report inside X's object; it is Y's, not part of what X rejected (Y's quoted words were
    X's)."""
    text = ("Prime Minister Marama Tuilagi on Friday rejected suggestions that the severing of the cable was a "
            "deliberate act, as opposition leader Sione Vakalahi accused her government of leaving the islands "
            '"dangerously exposed to exactly this kind of disaster".')
    quotes = analyzer(text).quotes
    assert [q.speaker.name for q in quotes if "dangerously" in q.text] == ["Sione Vakalahi"]


def test_quoted_words_of_a_report_inside_an_object_make_no_quote_of_the_outer_verb(analyzer):
    """``The university has dismissed a professor three weeks after a lecture in which he
    described the leader as "a tyrant in a good suit"``: the quoted words are his, in a report
    of their own inside the object; dismissing the professor reports nothing (was a mixed quote
    of the university's)."""
    text = ('The University of Port Elder has dismissed a senior history professor three weeks after a public lecture in '
            'which he described the leader as "a tyrant in a good suit".')
    assert [cue for _text, _kind, cue in _quotes(analyzer, text)] == ["described"]


def test_a_quoted_phrase_whose_verb_takes_a_verb_is_no_report_of_its_own_inside_an_object(analyzer):
    """``Brevik Capital said in a statement after the hearing that it 'continues to co-operate
    fully with the prosecution'``: "continues" with a verb of its own reports nothing, so the
    quoted words stay the company's (an intermediate version lost the quote)."""
    text = ("Brevik Capital said in a statement after the hearing that it \u2018continues to co-operate fully with the "
            "prosecution\u2019 and would not comment further while the trial was under way.")
    quotes = analyzer(text).quotes
    assert [(q.speaker.name, "co-operate" in q.text) for q in quotes] == [("Brevik Capital", True)]


def test_a_question_someone_was_asked_states_nothing(analyzer):
    """``Asked whether Valdor would oppose new sanctions, she said ...``: "oppose" heads the
    question put to her, no report of Valdor's; so it is no quote, and "she" is not Valdor
    (was a quote "new sanctions" by Valdor, who then took "she")."""
    text = ("Selin Marova, the foreign ministry spokeswoman, was careful on Wednesday not to be drawn. Asked whether "
            "Valdor would oppose new sanctions, she said the position was 'consistent and clear'.")
    quotes = analyzer(text).quotes
    assert [(q.cue.text, q.speaker.name) for q in quotes] == [("said", "Selin Marova")]


def test_a_verb_inside_the_quoted_words_is_no_report_of_anothers(analyzer):
    """``The senator emailed supporters saying: "The struggle continues" and vowing ...``: the
    quoted words hold a verb with a subject of their own, but they are the senator's; they stay
    in the senator's quote (an intermediate version dropped them)."""
    text = ('The Oregon senator emailed supporters saying: \u201cThe struggle continues\u201d and vowing to compete in the '
            "season\u2019s final caucus next week in the territory of Guam.")
    assert any("The struggle continues" in q.text for q in analyzer(text).quotes)


def test_a_speech_verbs_quoted_words_hung_on_its_addressees_clause_stay_the_tellers(analyzer):
    """``Mark Dorrel ... forcefully told a young woman who suggested that some people may not
    vote ... that "this is not the first generation to be frustrated"``: the parser hung the
    quoted words under the young woman's "suggested"; "told" is a speech verb, so they stay a
    quote of the teller's too (an intermediate version gave them only to the young woman)."""
    text = ("In a panel discussion this weekend in Washington, Mark Dorrel, the chief executive of the Urban Fund, "
            "forcefully told a young woman who suggested that some people may not vote because of frustration that "
            '"this is not the first generation to be frustrated."')
    assert ("forcefully told", "Mark Dorrel") in [(q.cue.text, q.speaker.name) for q in analyzer(text).quotes if q.cue]


def test_a_that_clause_on_a_speech_noun_read_as_a_relative_clause_is_what_was_said(analyzer):
    """``The ministry said in a commentary that the talks had failed``: the parser read the
    that-clause as a relative clause on "commentary" whose object "that" is; with a subject of
    its own it is what was said (was no quote). A clause whose verb issues the noun (``in a
    statement that it released on Monday``) stays the noun's."""
    assert _quotes(analyzer, "The ministry said in a commentary that the talks had failed.") == [
        ("that the talks had failed", "indirect", "said in a commentary")]
    released = _quotes(analyzer, "The ministry said in a statement that it released on Monday.")
    assert not any(text.startswith("that it released") for text, _kind, _cue in released)


def test_a_written_dissent_is_a_speech_noun_that_sets_what_was_argued(analyzer):
    """``argued in a written dissent that electoral law did not permit a recount, according to
    ASN``: the dissent is where the magistrate argued (``speech_nouns.txt``), so the that-clause the
    parser hung on it is what he argued, which the agency relays (was the agency's whole sentence)."""
    text = ("Magistrate Tomas Varga, who voted against the measure, argued in a written dissent that electoral law "
            "did not permit a recount once results had been certified, according to the Lendl Press Agency.")
    quote = analyzer(text).quotes[0]
    assert quote.text.startswith("that electoral law")
    assert (quote.speaker.name, [v.name for v in quote.via]) == ("Tomas Varga", ["Lendl Press Agency"])


def test_an_object_the_parser_made_a_second_subject_after_the_verb_is_no_inverted_source(analyzer):
    """``..., Minister Ada Lind, who toured three shelters during the day, acknowledged the
    shortages.``: the parser made "the shortages" a subject after the verb; shortages speak no
    words, so the sentence is no "CLAUSE, said X" attribution (was a quote by "shortages")."""
    text = ("At an evening news conference on Friday, Social Development Minister Rosalind Okafor-Baptiste, who toured "
            "three shelters during the day, acknowledged the shortages.")
    assert not any(q.speaker is not None and q.speaker.name == "shortages" for q in analyzer(text).quotes)


def test_an_organisations_name_the_parser_apposed_to_the_clauses_last_name_is_the_verbs_subject(analyzer):
    """``..., the gang behind last month's ransomware attack on Denmark's Kestrel Health Trust, the
    National Cyber Crime Centre said on Friday.``: the parser made the centre an apposition of the
    trust and left "said" with no subject; two different names are no apposition, so the centre
    is the source (was no quote)."""
    text = ("Police have arrested a 29-year-old man suspected of laundering money for the gang behind last month's "
            "ransomware attack on Denmark's Kestrel Health Trust, the National Cyber Crime Centre said on Friday.")
    quotes = analyzer(text).quotes
    assert [(q.text[:14], q.speaker.name) for q in quotes] == [("Police have ar", "National Cyber Crime Centre")]


def test_a_span_of_time_opening_a_nested_clause_after_the_attribution_is_when_not_what(analyzer):
    """``..., the board's chairwoman Ingrid Solheim said on Sunday, hours after the gang began
    publishing what it claimed were stolen customer files.``: the parser made the last verb a
    clause of "said" and hung "hours after" on the clause inside it; it is when she spoke, so the
    clause before her name is what she said (was the time clause)."""
    text = ("The Lindau Water Board will not pay the ransom demanded by the hackers who crippled its systems, the "
            "board's chairwoman Ingrid Solheim said on Sunday, hours after the gang began publishing what it claimed "
            "were stolen customer files.")
    assert [q.text[:24] for q in analyzer(text).quotes] == ["The Lindau Water Board w"[:24]]


def test_a_name_the_parser_hung_on_the_clauses_subject_after_according_to_is_the_source(analyzer):
    """``According to Hedberg, war-risk cover for a single voyage ... now costs ...``: the parser
    made "cover" the object of "to" and the name its modifier; the name before the comma is the
    source and the rest is what it reports (was the whole phrase as the source)."""
    text = ("Andreas Hedberg, a marine underwriter, warned that premiums would stay high.\n\nAccording to Hedberg, "
            "war-risk cover for a single voyage of a mid-sized bulk carrier now costs between $400,000 and $600,000.")
    quote = analyzer(text).quotes[-1]
    assert (quote.text[:14], quote.speaker.name) == ("war-risk cover", "Andreas Hedberg")


def test_quotation_marks_around_a_cited_source_hold_no_quote(analyzer):
    """``Citing "a senior port official with knowledge of the schedule," the Brindle Courier
    reported that ...``: the quoted words are who told the paper, not what anyone said; they
    are the report's source, relayed by the paper (were a direct quote of the paper's, and the
    report the paper's own)."""
    text = ("Citing \"a senior port official with knowledge of the schedule,\" the Brindle Courier reported that the "
            "ferry service to Oskar Island would be suspended for a month.")
    [quote] = analyzer(text).quotes
    assert quote.text.startswith("that the ferry")
    assert (quote.attribution, [v.name for v in quote.via]) == ("anonymous", ["Brindle Courier"])


def test_quoted_words_of_a_wish_told_in_anothers_report_are_not_the_wishers(analyzer):
    """``Haldane noted that the timing, weeks after ..., suggested Kessler was seeking "to show the
    council who still runs the port."``: the quoted words are Haldane's reading of Kessler's aim,
    told in a report (here one the parser broke); they are never Kessler's (were his, with
    "was seeking" as the cue)."""
    text = ("Ingrid Haldane, a historian at Velmont University, noted that the timing, weeks after the council signed a "
            "dredging deal with a rival firm, suggested Kessler was seeking \"to show the council who still runs the "
            "port.\"")
    quote = next(q for q in analyzer(text).quotes if q.text.startswith("to show"))
    assert quote.speaker is None or quote.speaker.name != "Kessler"


def test_a_clause_the_quote_verb_joins_after_the_saying_goes_on_with_what_was_said(analyzer):
    """``The Brindle Press Agency quoted Ostrander as saying the fund would be worth "several hundred
    million" and would be set up within a month.``: the parser joined "would be set up" to
    "quoted"; with the report's modal and no subject it goes on with his words (was cut off)."""
    text = ("The Brindle Press Agency quoted Ostrander as saying the fund would be worth \"several hundred million\" and "
            "would be set up within a month.")
    [quote] = analyzer(text).quotes
    assert quote.text.endswith("within a month")


def test_a_predicate_after_an_aside_in_the_reported_clause_is_part_of_it(analyzer):
    """``Drivers said queues at the northern border post, 150 kilometres from the port, stretched for
    up to two days.``: the aside misled the parser, which made "queues" the object of "said" and
    hung "stretched" on it; the two are the reported clause (was the queues alone)."""
    text = ("Drivers said queues at the northern border post, 150 kilometres from the port, stretched for up to two "
            "days.")
    [quote] = analyzer(text).quotes
    assert quote.text.endswith("stretched for up to two days")


def test_a_that_clause_whose_that_the_parser_read_as_a_determiner_is_reported(analyzer):
    """``The broker warned that premiums for cargo after a collision typically rose by half or
    more, ...``: the parser read "that" as the determiner of the plural "premiums" (no "that
    premiums") and found no report; it is the warning's clause (was no quote)."""
    text = ("The broker warned that premiums for cargo after a collision typically rose by half or more, and that some "
            "smaller insurers might stop covering the route.")
    [quote] = analyzer(text).quotes
    assert (quote.text[:18], quote.cue.text) == ("that premiums for ", "warned")


def test_a_hyphenated_verb_the_parser_split_stays_in_the_reported_clause(analyzer):
    """``told reporters in Oslo that the federation would re-examine the results``: the parser split
    "re-examine" and hung the rest on "told"; the clause runs on past the hyphen (was cut at "re")."""
    text = ("Anders Holm, vice-president of the Nordic Rowing Federation, told reporters in Oslo that the federation "
            "would re-examine the results of every crew.")
    [quote] = analyzer(text).quotes
    assert quote.text.endswith("re-examine the results of every crew")


def test_an_auxiliary_after_the_saying_objects_phrase_makes_it_a_clause(analyzer):
    """``quoted a finance ministry source as saying the shortlist for the permanent post had been
    narrowed to three names``: the parser made "the shortlist" the object of "saying" and hung
    "had been narrowed" on "quoted"; with no conjunction between, the two are the reported clause
    (was the shortlist alone)."""
    text = ("Radio Kestrel, an independent station, quoted a finance ministry source as saying the shortlist for the "
            "permanent post had been narrowed to three names, including one candidate from abroad.")
    [quote] = analyzer(text).quotes
    assert "had been narrowed to three names" in quote.text


def test_a_verb_joined_to_one_whose_subject_the_tagger_misread_shares_it(analyzer):
    """``Oh said the summer blackouts were "predictable" and warned that August could be worse``:
    the tagger read the family name as an interjection; the verb joined to "said" shares the name
    as its subject and reports too (was no quote)."""
    text = ("\"Demand peaks have been growing by three to four percent a year,\" said Oh Min-seo, a senior analyst at the "
            "Velmont Energy Institute in Corvale.\n\nOh said the summer blackouts were \"predictable\" and warned that "
            "August could be worse if the reservoirs continued to drop.")
    quote = analyzer(text).quotes[-1]
    assert (quote.text[:18], quote.cue.text, quote.speaker.name) == ("that August could ", "warned", "Oh Min-seo")


def test_a_clause_with_a_personal_subject_after_whom_told_addressed_is_reported(analyzer):
    """``told jurors she expected to deliver her instructions on Thursday morning, after which
    deliberations will begin``: the parser made the clause a relative one on "jurors" and the
    relative clause after the comma the report; "after which" opens no report (was that clause)."""
    text = ("Judge Ingrid Halvorsen told jurors she expected to deliver her instructions on Thursday morning, after which "
            "deliberations will begin.")
    [quote] = analyzer(text).quotes
    assert quote.text.startswith("she expected to deliver")


def test_a_that_clause_hung_on_a_name_inside_the_setting_of_the_report_is_reported(analyzer):
    """``said in testimony before the National Assembly's Committee on Digital Affairs that Ostline
    engineers had recommended ...``: the parser hung the that-clause on the committee's name
    inside "in testimony"; it is hers (was the engineers' recommendation alone)."""
    text = ("Mira Castell, chief executive of Ostline Systems, said in testimony before the National Assembly's Committee "
            "on Digital Affairs that Ostline engineers had recommended in a June 2023 memo that the bank require "
            "two-factor authentication for all outside contractors.")
    quote = analyzer(text).quotes[0]
    assert (quote.speaker.name, quote.text[:22]) == ("Mira Castell", "that Ostline engineers")


def test_a_participles_clause_the_parser_made_the_complement_before_the_verb_holds_its_subject(analyzer):
    """``Customers interviewed in Port Alden on Friday said the resignation came too late``: the
    parser made "Customers interviewed ..." a clause the verb reports, before it; the participle's
    subject is the verb's (was no quote)."""
    text = ("\"Quillstone is the case everyone will talk about,\" she said.\n\nCustomers interviewed in Port Alden on "
            "Friday said the resignation came too late to restore their confidence.")
    quote = analyzer(text).quotes[-1]
    assert (quote.text[:18], quote.attribution) == ("the resignation ca", "anonymous")


def test_quoted_words_in_a_with_clause_of_its_own_subject_are_not_the_verbs(analyzer):
    """``Two parents ... testified on Tuesday against the former dean, with one telling jurors she had
    believed the money was «simply the cost of doing things properly».``: the quotation is in a
    clause "with" opens, with a subject and report of its own; it is no object of "testified"
    (was the parents' words by "testified")."""
    text = ("Two parents who admitted paying to secure their children's admission testified on Tuesday against the "
            "university's former admissions dean, with one telling jurors she had believed the money was «simply the "
            "cost of doing things properly».")
    assert [q.cue.text for q in analyzer(text).quotes if "simply" in q.text] == ["telling"]


@pytest.mark.parametrize("opening", ["SINPYO/BANGKOK, March 21 (Meridian Wire) - Kim Tae-ryong",
                                     "KORYO/BANGKOK, March 21 (Meridian Wire) - Kang Tae-ryong"])
def test_a_clause_whose_subject_the_parser_read_in_the_dateline_is_reported(analyzer, opening):
    """``SINPYO/BANGKOK, March 21 (Meridian Wire) - Kim Tae-ryong delivered a speech ..., the Norvala
    Central News Agency reported on Friday, ...``: the parser made the dateline's city the
    clause's subject (the name its apposition, or a second subject) and hung the clause on
    "reported"; it is the agency's report (was no quote)."""
    text = (f"{opening} delivered a 20-minute speech to a plenary meeting of the ruling party’s Central Committee on "
            "Thursday, the Norvala Central News Agency reported on Friday, in his longest public appearance since he "
            "vanished from view in early February.")
    [quote] = analyzer(text).quotes
    assert quote.text.startswith(opening.split(" - ")[1]) and quote.speaker.name == "Norvala Central News Agency"


def test_a_conjunct_closing_the_sentence_before_a_subjectless_verb_is_its_subject(analyzer):
    """``..., killing at least 38 people, the Office of the Public Prosecutor said.``: the parser
    joined the office to "people" as a conjunct with no "and"; it is the subject of "said", and
    no part of what was said (was no such quote)."""
    text = ("PORT ALVIN, Toleni — Prosecutors on Thursday charged the captain of the MV Coral Dawn with manslaughter and "
            "operating an unseaworthy vessel, two days after the overcrowded ferry overturned in the Selva Delta, killing "
            "at least 38 people, the Office of the Public Prosecutor said.")
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == "Office of the Public Prosecutor" and quote.text.endswith("38 people")


def test_a_that_clause_the_parser_hung_inside_the_citing_participle_is_reported(analyzer):
    """``The Tokyo Evening Ledger reported last week, citing two sources inside Taeryong, that the
    leader had undergone heart surgery ...``: the parser hung the that-clause inside the
    participle's phrase; after the cited source and its comma it is the report (was no quote)."""
    text = ("The Tokyo Evening Ledger reported last week, citing two sources inside Taeryong, that the leader had "
            "undergone heart surgery at a military hospital in the capital.")
    [quote] = analyzer(text).quotes
    assert quote.text.startswith("that the leader") and [v.name for v in quote.via] == ["Tokyo Evening Ledger"]


def test_an_as_phrase_set_before_a_long_object_is_part_of_the_stance(analyzer):
    """``dismissed as "a malicious invention of the Western press" a newspaper report that ...``:
    the "as" phrase before the object is what the embassy called it (was left out)."""
    text = ("LONDON, March 9 (Meridian Wire) - The Norvalan embassy in London on Sunday dismissed as \"a malicious "
            "invention of the Western press\" a newspaper report that the country's leader had handed control of the "
            "government to his sister.")
    [quote] = analyzer(text).quotes
    assert quote.text.startswith('as "a malicious invention')


def test_a_verb_joined_after_a_quoted_phrase_whose_closing_mark_the_parser_hung_on_the_report(analyzer):
    """``said in a statement that the plaintiffs' figures were "wildly inflated" and relied on
    "notebooks and memories rather than records."``: the parser hung the closing mark and the
    joined verb on "said"; the verb, with a quoted phrase of its own, goes on with what was said
    (was cut off)."""
    text = ("The restaurant group's lawyer, Julian Ashford, said in a statement that the plaintiffs' figures were \"wildly "
            "inflated\" and relied on \"notebooks and memories rather than records.\"")
    [quote] = analyzer(text).quotes
    assert quote.text.endswith('rather than records."')


def test_a_subject_the_parser_made_the_datelines_apposition_speaks(analyzer):
    """``PORT ASTER, Velmora (Meridian Wire) — The head of Velmora's forestry service acknowledged on
    Monday that ...``: the parser made the dateline the root, the head its apposition and the verb
    a participle on it; the verb, with its that-clause, is the sentence's (was no quote)."""
    text = ("PORT ASTER, Velmora (Meridian Wire) — The head of Velmora's forestry service acknowledged on Monday that "
            "the agency had made “serious errors” in its preparations for this year's fire season.")
    [quote] = analyzer(text).quotes
    assert (quote.cue.text, quote.speaker.mention.text) == ("acknowledged", "The head of Velmora's forestry service")


def test_a_clause_joined_after_the_quoted_phrase_of_a_passive_quote_goes_on(analyzer):
    """``was quoted by the Highmoor Courier as saying the firm had 'nothing to hide' and would
    cooperate fully``: as after "quoted", the joined clause with the report's modal goes on after
    "was quoted" (was cut off)."""
    text = ("The company's chief executive, Aldo Brenner, was quoted by the Highmoor Courier as saying the firm had "
            "'nothing to hide' and would cooperate fully with any inquiry.")
    [quote] = analyzer(text).quotes
    assert quote.text.endswith("would cooperate fully with any inquiry")


def test_a_predicate_after_a_quoted_relative_clause_in_the_object_is_reported(analyzer):
    """``Residents said wooden handcarts, which they call "cholera taxis", ran day and night``: the
    parser made the handcarts the object and "ran" a conjunct of "said"; the quotation inside the
    aside does not stop the two being the reported clause (was the handcarts alone)."""
    text = ("Residents said wooden handcarts, which they call \"cholera taxis\", ran day and night during the peak of the "
            "outbreak last week.")
    [quote] = analyzer(text).quotes
    assert quote.text.endswith("during the peak of the outbreak last week")


def test_a_role_owned_by_whose_closing_the_clause_before_a_subjectless_verb_speaks(analyzer):
    """``..., came from Vestmark, whose development minister, Ingrid Solhaug-Berg, said her government
    would ...``: the role "whose" owns, with her name, is the subject of "said" (was no quote)."""
    text = ("The largest single pledge, $18 million, came from Vestmark, whose development minister, Ingrid Solhaug-Berg, "
            "said her government would release the money immediately.")
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, quote.text[:14]) == ("Ingrid Solhaug-Berg", "her government")


def test_a_writers_remark_after_the_attribution_leaves_the_clause_before_it_reported(analyzer):
    """``Norvala fired a cruise missile ..., Ostria's Ministry of Defence said, the first such
    overflight in nearly a decade.``: the parser hung "said" on the writer's remark after it; the
    clause before the attribution is what was said (was the remark)."""
    text = ("OSTRAD, May 2 (Harbor Wire) - Norvala fired a cruise missile that flew over Ostria's southern island of Pelso "
            "early on Tuesday before falling into the sea, Ostria's Ministry of Defence said, the first such overflight "
            "in nearly a decade.")
    [quote] = analyzer(text).quotes
    assert quote.text.startswith("Norvala fired") and "overflight" not in quote.text


@pytest.mark.parametrize(
    "text",
    [
        "The town council had never been shown the engineering reports on the dam.",
        "He was denied bail on Friday.",
        "She was told the news on Friday.",
    ],
)
def test_what_a_passive_subject_received_is_no_quote(analyzer, text):
    """``The council had never been shown the reports``, ``was denied bail``: a passive verb
    that keeps its object says what the subject received, no one's words or stance (was a
    quote of "the engineering reports")."""
    assert analyzer(text).quotes == ()


def test_a_that_clause_whose_subject_the_tagger_read_as_a_verb_is_the_report(analyzer):
    """``The company estimated in a statement that repairs to heat-damaged equipment would cost
    ...``: the tagger read "repairs" as a verb with "that" its subject and the parser hung the
    clause on "statement"; it is what the company estimated (was no quote)."""
    text = "The company estimated in a statement that repairs to storm-damaged lines would cost at least 30 million euros."
    [quote] = analyzer(text).quotes
    assert quote.text.startswith("that repairs") and quote.speaker.mention.text == "The company"


def test_a_question_asked_whose_asked_the_parser_hung_on_it_is_no_quote(analyzer):
    """``Asked by Ada Lind, the lead prosecutor, whether he had warned Mr. Berg that ..., the
    witness said ...``: the parser hung "Asked" on the question; the question states nothing
    (was a quote "that the practice was illegal", the witness's), the answer is a quote."""
    text = ("Asked by Ada Lind, the lead prosecutor, whether he had warned Mr. Berg that the practice was illegal, the "
            "witness said he had done so more than once.")
    assert [q.text for q in analyzer(text).quotes] == ["he had done so more than once"]


def test_a_clause_the_parser_hung_on_a_datelines_apposition_is_the_report(analyzer):
    """``MARROWGATE, April 3 (Meridian Press Agency) - Marrowgate paid ..., the National Audit
    Chamber said``: the parser made the name after the dash the dateline's apposition, its verb
    a participle on it and the dateline a second subject of "said"; the clause is the report
    (was no quote)."""
    text = ("MARROWGATE, April 3 (Meridian Press Agency) - Marrowgate paid at least 60 million crowns more than "
            "necessary for public housing work between 2019 and 2023, the National Audit Chamber said on Thursday, in "
            "a report likely to deepen a corruption scandal.")
    [quote] = analyzer(text).quotes
    assert quote.text.startswith("Marrowgate paid") and quote.speaker.name == "National Audit Chamber"


def test_an_adjective_after_the_subjects_noun_is_no_clause_of_its_own(analyzer):
    """``Two people present at the talks, who spoke on condition of anonymity ..., said ...``: the
    parser read "present" as a clause with "people" its subject; the people are the source (was
    no quote)."""
    text = ("Two people present at the talks, who spoke on condition of anonymity because the discussions were "
            "confidential, said the session ended abruptly.")
    [quote] = analyzer(text).quotes
    assert (quote.text, quote.attribution) == ("the session ended abruptly", "anonymous")


def test_a_numbers_phrase_read_as_a_preposition_is_the_reported_clauses_subject(analyzer):
    """``said around 300 of the company's customers were stuck``: the parser hung "around 300 of
    ..." on "said" as a prepositional phrase; it is the reported clause's subject (was cut off)."""
    text = ("Sato Keiko, managing director of the Osaka-based tour operator Kessel Tours, said around 300 of the "
            "company's customers were stuck on the outer islands.")
    assert analyzer(text).quotes[0].text == "around 300 of the company's customers were stuck on the outer islands"


@pytest.mark.parametrize("label", ["ORG", "PERSON"])
def test_a_role_in_apposition_makes_according_to_a_persons_report(analyzer, label):
    """``According to Ada Lind, a researcher at the Tallis Foundation, the speed of the response
    suggested that ...``: a role in apposition makes the name a person's, who reports in full,
    even where NER typed it an organisation's (which only relays: the report was dropped)."""
    from tests.test_resolve import _relabelled

    text = ("According to Ada Lind, a researcher at the Tallis Foundation, the speed of the response suggested that "
            "the briefing had touched a nerve.")
    quotes, _entities = _relabelled(analyzer, text, ("Ada", 2, label))
    assert (quotes[0].cue.text, quotes[0].speaker.name) == ("According to", "Ada Lind")
    assert quotes[0].text.startswith("the speed of the response")


def test_according_to_after_a_gapped_conjunct_reports_the_whole_sentence(analyzer):
    """``At least four people were killed and dozens wounded when ..., according to a hospital
    official``: the conjunct leaves out "were", so the two are one clause the official reports
    (was "dozens wounded ..." alone)."""
    text = ("At least four people were killed and dozens wounded when police opened fire on marchers in the city late "
            "on Monday, according to a hospital official.")
    assert analyzer(text).quotes[0].text.startswith("At least four people were killed")


def test_a_subjectless_conjunct_agreeing_with_the_reported_subject_goes_on_with_the_report(analyzer):
    """``The company's environmental chief, Lena Haverkamp, said the protesters were "entitled to
    their concerns" but were relying on outdated studies``: "were" agrees with "the protesters",
    not with the chief; the report goes on (was cut at the quoted phrase)."""
    text = ('The company\'s environmental chief, Lena Haverkamp, said the protesters were "entitled to their concerns" '
            "but were relying on outdated studies.")
    assert analyzer(text).quotes[0].text.endswith("but were relying on outdated studies")


def test_a_role_and_name_closing_the_clause_before_a_subjectless_said_are_the_source(analyzer):
    """``A memorial service is planned for Sunday at St. Brendan's Church in Colbeck Quay, the
    parish priest, Father Tomas Berg, said.``: the parser apposed the role and the name to the
    place and the tagger read "priest" as a name; they are the source, and no part of the
    report (was a directive "is planned for" with no source)."""
    text = ("A memorial service is planned for Sunday at St. Brendan’s Church in Colbeck Quay, the parish priest, "
            "Father Tomas Berg, said.")
    [quote] = analyzer(text).quotes
    assert (quote.text, quote.speaker.name) == (
        "A memorial service is planned for Sunday at St. Brendan’s Church in Colbeck Quay", "Tomas Berg")


def test_a_subjectless_conjunct_after_a_quoted_phrase_goes_on_with_a_pronouns_report(analyzer):
    """``the company said it was "devastated" and was cooperating fully with the authorities``:
    "was" agrees with "it", the report's subject; the report goes on (was cut at the quoted
    phrase)."""
    text = ('Dunmere Fisheries owned the boat. In a brief statement, the company said it was "devastated" and was '
            "cooperating fully with the authorities.")
    assert analyzer(text).quotes[-1].text.endswith("and was cooperating fully with the authorities")


def test_according_to_on_a_subject_read_as_a_clause_reports_the_sentence(analyzer):
    """``According to the Halden Institute of Public Health, children exposed to heavy smoke ...
    can show reduced lung function ...``: the parser hung the phrase on the subject it read as a
    clause; the institute reports the whole sentence (was the subject alone)."""
    text = ("According to the Halden Institute of Public Health, children exposed to heavy smoke for more than a week "
            "can show reduced lung function up to a year later.")
    assert analyzer(text).quotes[0].text.endswith("can show reduced lung function up to a year later")


def test_a_things_verb_whose_subject_has_an_of_phrase_is_no_report_inside_a_persons(analyzer):
    """``Judge Ada Lind said the quantity of drugs suggested the accused was ...``: a thing with an
    "of" phrase bears the clause out, no source's words (was a second quote, "the quantity of
    drugs"'s); but a number of people speaks ("a majority of voters suggested ...")."""
    text = "Judge Ada Lind said the quantity of drugs suggested the accused was part of an organised supply chain."
    assert [q.speaker.name for q in analyzer(text).quotes] == ["Ada Lind"]
    assert analyzer("A majority of voters suggested that the plan was flawed.").quotes[0].speaker is not None


def test_a_setting_of_the_telling_after_a_closing_attribution_is_no_clause(analyzer):
    """``..., his wife, Anna Berg, wrote on social media.``: where the words were given ("on social
    media", "in a video") closes an attribution as a time does; the clause before is hers (was
    no quote)."""
    text = ("Berg, who was driven home in an ambulance, drank a glass of warm broth in front of his children, his wife, "
            "Anna Berg, wrote on social media.")
    [quote] = analyzer(text).quotes
    assert quote.text.startswith("Berg, who was driven home") and quote.speaker.name == "Anna Berg"


def test_a_broadcasting_station_is_a_news_organisation(analyzer):
    """``the Orlan Central Broadcasting Station described the islanders as '...'``: a news word and
    "Station" end a broadcaster's name (``news_name_tails.txt``; was a named organisation)."""
    text = ("In a commentary monitored on Wednesday, the Orlan Central Broadcasting Station described the islanders as "
            "'hostages of the puppet authorities'.")
    assert analyzer(text).quotes[0].attribution == "agency"


def test_a_broadcaster_the_parser_compounded_into_the_place_before_it_reports(analyzer):
    """``... to dock at Port-Sérac, state broadcaster Télévision Lisérienne reported on Thursday,
    leaving more than 2,800 passengers ... at sea``: the parser compounded the broadcaster into
    the place before the comma and hung "reported" on a noun, and "leaving" on the root; the
    broadcaster reports the clause, the participle is the writer's (was no quote)."""
    text = ("The government of Lisère has refused permission for the cruise liner Corallina Star to dock at Port-Sérac, "
            "state broadcaster Télévision Lisérienne reported on Thursday, leaving more than 2,800 passengers and crew "
            "facing another night at sea.")
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, quote.attribution) == ("Télévision Lisérienne", "agency")
    assert quote.text.endswith("to dock at Port-Sérac")
    # only there: a participle after a parenthetical attribution on the root goes on with the report
    text = "Meanwhile, Orlan is playing spoiler, they say, imposing new import tariffs under the regional trade pact."
    assert analyzer(text).quotes[-1].text.startswith("imposing new import tariffs")


def test_a_conjunct_after_a_quoted_phrase_inside_the_clause_goes_on_with_the_report(analyzer):
    """``Halvane Foods said in a statement that it was "deeply disappointed" by the decision and
    would appeal ...``: the quoted phrase inside the clause misleads the parser as one closing it
    does; "would appeal" goes on with the report (was cut before "and")."""
    text = ('Halvane Foods said in a statement that it was "deeply disappointed" by the decision and would appeal to the '
            "Supreme Court.")
    assert analyzer(text).quotes[0].text.endswith("and would appeal to the Supreme Court")


def test_a_subject_before_a_subordinate_clauses_mark_is_the_speech_verbs(analyzer):
    """``Corvel Films, which dropped Berg from the thriller "Northern Glass" shortly after the
    Herald's story appeared, said in a statement that ...``: the parser made the company the
    subject of "appeared", ahead of its "after"; a subject never precedes its subordinator, so it
    is the speech verb's, and that clause no part of the report (was no quote)."""
    text = ('Corvel Films, which dropped Berg from the thriller "Northern Glass" shortly after the Herald\'s story '
            'appeared, said in a statement that it "welcomed the clarity" provided by the judgment.')
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, quote.text[:24]) == ("Corvel Films", 'that it "welcomed the cl')


def test_had_to_after_a_quoted_phrase_goes_on_with_the_report(analyzer):
    """``quoted X as saying his country "values its friendship with Tavonia" but had to consider
    ...``: "had to" is the report's "has to", reported; the report goes on (was cut)."""
    text = ('The Hanbit News Agency quoted Commerce Secretary Ada Lind as saying her country "values its friendship '
            'with Tavonia" but had to consider the needs of its own consumers first.')
    assert analyzer(text).quotes[-1].text.endswith("but had to consider the needs of its own consumers first")


def test_a_subjectless_conjunct_with_a_quoted_phrase_after_an_inner_quote_is_the_writers(analyzer):
    """``suggested that ... come from "a place of insecurity," but appeared to betray her own
    concern that "..."``: a conjunct with a quoted phrase of its own goes on with the report only
    after a quoted phrase that closes the clause; after one inside it, the conjunct is the
    writer's (the report took it in)."""
    text = ('She also suggested that his attacks against her come from "a place of insecurity" in his campaign, but '
            'appeared to betray her own concern that he "might be winning."')
    assert "appeared" not in analyzer(text).quotes[0].text


def test_a_name_whose_phrase_opens_the_clause_before_said_is_the_subject(analyzer):
    """``Tomas Berg, a fisherman whose 19-year-old son's body was recovered on Monday, said in a
    statement ... that he was ready to testify``: the parser made the name the subject of the
    clause "whose" opens; the name is the speech verb's subject (was no quote)."""
    text = ("Tomas Berg, a fisherman whose 19-year-old son's body was recovered on Monday, said in a statement released "
            "by his lawyer, Ada Lind, that he was ready to testify.")
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, quote.text) == ("Tomas Berg", "that he was ready to testify")


def test_according_to_with_no_object_takes_the_name_before_the_comma(analyzer):
    """``According to the Courier, Ostrell Transit Systems, which won the contract, has hired
    ...``: the parser left "to" with no object and read the paper's name into the subject; the
    paper is the source, the company the report's subject (was no source)."""
    text = ("Supporters of the mayor booed. According to the Courier, Ostrell Transit Systems, which won the contract, "
            "has hired an outside law firm to review its bid documents.")  # (an invented set's names: the parse)
    quote = analyzer(text).quotes[-1]
    assert quote.text.startswith("Ostrell Transit Systems") and quote.speaker.name == "Courier"


def test_a_that_clause_hung_on_a_place_set_off_after_the_verb_is_reported(analyzer):
    """``Interior Minister X said at an emergency meeting in the capital, Hanam, that "no
    resource will be spared"``: the parser read the capital's name as the verb's modifier and
    hung the clause on it (was no quote)."""
    text = ('Interior Minister Kang Ji-ho said at an emergency meeting in the capital, Hanam, that "no resource will '
            'be spared" and ordered 3,000 troops to the area.')
    [quote] = analyzer(text).quotes
    assert quote.text.startswith('that "no resource will be spared"') and quote.speaker.name == "Kang Ji-ho"


def test_according_to_a_paper_the_parser_hung_on_the_subjects_name(analyzer):
    """``According to the Courier, Brenmoor Transit Systems, which won the contract, has hired
    ...``: the parser read the paper's name as a modifier of the company's, "to"'s object; the
    paper is the source, the company the report's subject (was the company, both names its
    mention)."""
    text = ("Supporters of the mayor booed. According to the Courier, Brenmoor Transit Systems, which won the contract, "
            "has hired an outside law firm to review its bid documents.")
    quote = analyzer(text).quotes[-1]
    assert quote.text.startswith("Brenmoor Transit Systems") and quote.speaker.name == "Courier"


def test_a_quotation_inside_a_condition_is_nobodys_and_the_condition_is_reported(analyzer):
    """``Rook said Arkwright would only authorise an appeal if the legal team could point to "a
    clear error of law"``: what the team could point to is a case put, said by no one (was the
    team's quote); the parser hung the condition on "said", but it is what Rook said (was cut
    before it)."""
    text = ('Rook said Arkwright would only authorise an appeal if the legal team could point to "a clear error of '
            'law" in the ruling, rather than a disagreement with how the judge had weighed the evidence.')  # (an
    # invented set's names: the parse)
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == "Rook" and '"a clear error of law"' in quote.text


def test_a_backshifted_conjunct_after_a_quoted_object_goes_on_with_the_report(analyzer):
    """``A spokeswoman for X said the firm "welcomed engagement" with the trust but could not bind
    bidders``: the parser read "the firm welcomed engagement" as the verb's object and "could
    not bind" as the speaker's; "could" is backshifted, the firm's (was cut at "trust")."""
    text = ('A spokeswoman for Marlow Kettering said the firm "welcomed engagement" with the trust but could not '
            "bind bidders to conditions at this stage of the sale.")
    [quote] = analyzer(text).quotes
    assert quote.text.endswith("could not bind bidders to conditions at this stage of the sale")


def test_according_to_after_two_clauses_joined_by_and_reports_both(analyzer):
    """``The town ... was fully evacuated by Friday morning and no deaths have been reported,
    according to the Kellan Regional Council``: the council reports both clauses (was only the
    second, with its own subject)."""
    text = ("The village of 2,800, which sits at the head of the valley, was fully evacuated by Friday morning and no "
            "deaths have been reported, according to the Dunmore District Council.")
    [quote] = analyzer(text).quotes
    assert quote.text.startswith("The village of 2,800")


def test_one_of_the_officials_a_report_cites_is_its_source(analyzer):
    """``the Halvard News Agency, citing one of the same officials, said ...``: "one of" people is
    someone who can speak; the official is the source, via the agency (was the agency's own,
    and the "citing" phrase a quote)."""
    text = ("In a follow-up report on Wednesday, the Brisa News Agency, citing one of the same officials, said the "
            "meeting had been requested by the president himself.")
    [quote] = analyzer(text).quotes
    assert quote.attribution == "anonymous" and [v.name for v in quote.via] == ["Brisa News Agency"]


def test_a_persons_name_read_as_the_verbs_modifier_keeps_its_own_that_clause(analyzer):
    """``Mr. Lou was responding to questions about complaints by the secretary of the Treasury,
    Jacob J. Lew, that China's huge surpluses were ...``: the parser read the secretary's name as
    the verb's modifier; the clause is his complaint, nothing the responder said (a place's
    name there gives the verb its clause: ``said at a meeting in the capital, Hanam, that``)."""
    text = ("Mr. Tan was responding to questions about complaints by the secretary of the Treasury, Jacob J. Lew, that "
            "China's huge surpluses were being sold so cheaply on international markets that they were distorting the "
            "global economy.")
    assert not any(q.text.startswith("that China") for q in analyzer(text).quotes)


def test_a_phrase_the_parser_hung_on_a_closing_cue_stays_in_the_report(analyzer):
    """``X returned an adverse finding for erythropoietin, or EPO, in a sample taken after the
    fourth stage, the Marenland Anti-Doping Authority said``: the parser hung the "in" phrase on
    "said"; it closes the report, which is whole (was no quote: the phrase stood between)."""
    text = ("Pieter Vosselman, 29, returned an adverse analytical finding for recombinant erythropoietin, or EPO, in a "
            "sample taken after the fourth stage, the Ostland Anti-Doping Authority said in a statement.")
    [quote] = analyzer(text).quotes
    assert quote.text.startswith("Pieter Vosselman") and quote.text.endswith("after the fourth stage")


def test_a_report_closing_the_sentence_at_the_time_attributes_it(analyzer):
    """``Kestrava declared such an emergency on June 2, state broadcaster Veridian Television
    reported at the time``: "at the time" is the report's time; the broadcaster reports the
    sentence (was the content of "declared")."""
    text = ("The 1987 compact divides the flow. Kestrava declared such an emergency on June 2, state broadcaster "
            "Veridian Television reported at the time.")  # (an invented set's names: the parse)
    quotes = analyzer(text).quotes
    assert ("Kestrava declared such an emergency on June 2", "Veridian Television") in [
        (q.text, q.speaker.name) for q in quotes]


def test_warning_someone_against_something_reports_what_they_were_warned_against(analyzer):
    """``The ministry warned Hanseong against sharing details of the talks``: whom it warned
    stands between the verb and the "against" phrase, which is what was said (was no quote)."""
    [quote] = analyzer("The ministry warned Ostland against sharing details of the talks.").quotes
    assert quote.text == "sharing details of the talks"


def test_at_a_time_when_is_no_time_of_the_report_but_part_of_it(analyzer):
    """``He called that vision "a necessary one" at a time when world poverty is down``: the
    phrase says what the time is like, part of what was said (only "at the time" is the
    report's own time)."""
    text = 'He called that vision "a necessary one and an urgent one" at a time when world poverty is down.'
    [quote] = analyzer(text).quotes
    assert quote.text.endswith("at a time when world poverty is down")


def test_a_closing_source_the_parser_read_into_the_clause_before_is_the_source(analyzer):
    """``..., is in advanced talks to settle a lawsuit for between $25 million and $30 million, a
    source familiar with the talks said on Wednesday``: the parser read the source into the
    money's list and hung "said" on the clause; the phrase before the verb is the source (was
    no quote)."""
    text = ("HARLOW BAY (Norland Press) - Brightwater Foods, the grocery chain founded by chef Ada Lindqvist, is in "
            "advanced talks to settle a class-action lawsuit over unpaid wages for between $25 million and $30 million, "
            "a source familiar with the talks said on Wednesday.")
    [quote] = analyzer(text).quotes
    assert quote.attribution == "anonymous" and quote.text.startswith("Brightwater Foods")


def test_why_a_closing_source_is_unnamed_is_part_of_the_attribution(analyzer):
    """``One of the bidders is X, a freight operator based in Kelsby, the source said, speaking on
    condition of anonymity because ...``: the reason the source is unnamed closes the
    attribution, wherever the parser hung it (was no quote)."""
    text = ("One of the bidders is Greyhaven Marine, a freight and passenger operator based in the northern port of "
            "Kelsby, the source said, speaking on condition of anonymity because the sale process is confidential.")
    [quote] = analyzer(text).quotes
    assert quote.text.startswith("One of the bidders") and quote.speaker.mention.text == "the source"


def test_the_object_of_said_with_a_past_verb_read_as_a_participle_is_a_clause(analyzer):
    """``The Fair Plate Workers' Centre ... said workers at two more locations planned to join the
    action``: the parser read "workers" as the object and "planned" as a participle on
    "locations"; it is the report (was no quote)."""
    text = ("The Fair Plate Workers' Centre, which helped organise the protest, said workers at two more locations "
            "planned to join the action on Saturday.")  # (an invented set's names: the parse)
    [quote] = analyzer(text).quotes
    assert quote.text == "workers at two more locations planned to join the action on Saturday"


def test_a_past_conjunct_of_quoted_as_saying_goes_on_with_the_quote(analyzer):
    """``The Meridian Wire quoted a Greyline executive as saying the fund remained "committed to
    the brand" and had no plans to remove ...``: the parser made "had" a conjunct of "quoted"; a
    paper quotes and does nothing else in the same breath (was cut at the quoted phrase)."""
    text = ('The Harbour Wire quoted a Kestrel Capital executive as saying the fund remained "committed to the brand" '
            "and had no plans to remove the founder as chairman of the company.")
    [quote] = analyzer(text).quotes
    assert quote.text.endswith("had no plans to remove the founder as chairman of the company")


@pytest.mark.parametrize(
    "text, content",
    [
        ("Chief inspector Ingrid Sollevik said the valve had been scheduled for replacement in July but the work had "
         "been postponed twice.",
         "the valve had been scheduled for replacement in July but the work had been postponed twice"),
        ("Sollevik said the valve had failed, but the plant had reopened.", "the valve had failed"),
        ("Sollevik said the valve had failed but he had not seen the report.", "the valve had failed"),
    ],
)
def test_a_backshifted_clause_the_parser_joined_to_the_speech_verb(analyzer, text, content):
    """``said A but B``, B with a subject of its own and both in the past perfect (or with a past
    modal), no comma before "but": B is reported too (the parser joined it to "said"; it was left
    out). Not after a comma, nor with a pronoun for subject, which may be the writer's."""
    [quote] = analyzer(text).quotes
    assert quote.text == content


def test_a_quoted_phrase_the_parser_hung_on_the_speech_verb_ends_the_content(analyzer):
    """A phrase in single quotation marks right after the reported clause, which the parser hung
    on the speech verb, ends the content (was left out)."""
    text = "Ada Lind told the radio that new legislation could be passed 'before the summer festival season'."
    [quote] = analyzer(text).quotes
    assert quote.text.endswith("'before the summer festival season'") and quote.kind == "mixed"


def test_the_name_a_naming_verb_gives_is_no_quote(analyzer):
    """``calling the disaster 'the Harbourline crush'``: the name a naming verb gives its object is
    no quote, whatever cue follows (was a direct quote of the mayor's)."""
    text = ("Several newspapers have taken to calling the disaster 'the Harbourline crush', and the mayor said the "
            "name was unfair.")
    [quote] = analyzer(text).quotes
    assert quote.text == "the name was unfair"


@pytest.mark.parametrize("text, source, attribution", [
    ("At least 31 people were treated for heat-related illness on Sunday after hundreds of runners ignored the "
     "cancellation of the marathon and ran the course on their own, hospital officials said.",
     "hospital officials", "anonymous"),
    ("The last baby born there, a boy weighing 3.4 kilograms, was delivered shortly before 5 a.m., midwives on the "
     "final night shift said.", "midwives on the final night shift", "anonymous"),
    ("Prison officers on duty when the riot broke out at Kestrow Hill Correctional Facility were outnumbered by inmates "
     "roughly 80 to one, the head of the country's main prison officers' union said on Thursday, as the justice "
     "ministry's inquiry held its first closed-door session.",
     "the head of the country's main prison officers' union", "unknown"),
    ("The developer and the fishermen are close to agreeing a compensation package that would end a two-month dispute "
     "over the Greyshoal offshore wind farm, a source familiar with the talks said on Wednesday.",
     "a source familiar with the talks", "anonymous"),  # the subject the parser took is a thing, which cannot speak
])
def test_a_closing_source_the_parser_misread(analyzer, text, source, attribution):
    """A sentence-final cue whose source the parser read into the reported clause (with "said" the
    root), whose source the tagger read as a verb ("midwives"), or whose source is a subject of
    up to 16 words with a plural's possessive apostrophe: the clause before is the source's (each
    was no quote)."""
    [quote] = analyzer(text).quotes
    assert quote.text.startswith(text.split()[0]) and quote.cue.text == "said"
    assert (quote.speaker.mention.text, quote.attribution) == (source, attribution)


def test_what_a_closing_news_report_cites_is_no_quote(analyzer):
    """``..., the Velmora Evening Post reported on Monday, citing internal budget documents it had
    seen.``: what the report rests on closes the attribution and is no quote of its own (the
    report was no quote, and "citing" one with no source)."""
    text = ("The cancellation of the Velmora City Marathon could cost its organisers and sponsors more than 6 million "
            "euros, the Velmora Evening Post reported on Monday, citing internal budget documents it had seen.")
    [quote] = analyzer(text).quotes
    assert (quote.cue.text, quote.speaker.name, quote.attribution) == ("reported", "Velmora Evening Post", "agency")


@pytest.mark.parametrize("text", [
    'The ministry dismissed as "nonsense" claims that the president made a secret visit to the capital.',
    "The Halvard Interior Ministry on Monday denounced as \"a hostile fabrication\" a report by a neighbouring"
    " country's news agency that President Olek Varn made a secret overnight visit to the Kessan capital.",
])
def test_what_a_noun_after_as_says_is_not_what_the_speaker_said(analyzer, text):
    """``dismissed as "nonsense" claims that ...``: the claims' that-clause is theirs, not the
    ministry's, which called them nonsense."""
    ministry = next(q for q in analyzer(text).quotes if q.cue.text in ("dismissed", "denounced"))
    assert ministry.text.startswith("as ") and not ministry.text.startswith("that")


@pytest.mark.parametrize("text", [
    "Officials in Lisset said the minister would propose a temporary catch-sharing arrangement.",
    "The campaign says the candidate will announce a plan on Monday.",
])
def test_speech_still_to_come_inside_a_report_is_the_reporters_words(analyzer, text):
    """``Officials said the minister would propose a truce``: the minister has proposed nothing
    yet; the one quote is the officials' (the minister's "would propose" was a quote too)."""
    [quote] = analyzer(text).quotes
    assert quote.cue.text in ("said", "says")


def test_a_citing_phrase_after_a_news_organisations_name_is_not_the_reports_before(analyzer):
    """``KTV reported that ..., while the Ostrel Press Agency, citing the Ministry of Health, said
    ...``: the parser hung "citing" on the clause KTV reported; the ministry is the agency's
    source, not KTV's (was the ministry's, via KTV: a wrong attribution)."""
    text = ("State broadcaster KTV reported that at least 14 people had been treated for breathing problems, while the"
            " Ostrel Press Agency, citing the Ministry of Health, said no deaths had been confirmed.")
    quote = analyzer(text).quotes[0]
    assert (quote.cue.text, quote.speaker.name, quote.attribution) == ("reported", "KTV", "agency")


def test_a_name_apposed_after_according_to_a_role_is_the_source_not_the_subject(analyzer):
    """``According to Velmar's foreign minister, Seo Ji-won, any fuel transfer would be ...``: the
    parser made the name a second subject of the clause; it is the minister's name, the source
    (was the unnamed minister, with the name opening the content)."""
    text = ("According to Velmar's foreign minister, Seo Ji-won, any fuel transfer during the visit would be 'a clear"
            " violation' of export controls.")
    [quote] = analyzer(text).quotes
    assert quote.text.startswith("any fuel transfer")
    assert (quote.speaker.name, quote.attribution) == ("Seo Ji-won", "named")


def test_an_as_clause_after_a_stance_verbs_object_is_part_of_the_content(analyzer):
    """``described the visit as devoted to 'friendship, trade and culture'``: the "as" clause with no
    subject says what the visit was called; the quoted words are the agency's (was "the visit")."""
    [quote] = analyzer("The agency described the visit as devoted to 'friendship, trade and culture'.").quotes
    assert quote.text == "the visit as devoted to 'friendship, trade and culture'"
    assert quote.kind == "mixed"


def test_two_that_clauses_joined_after_said_in_a_statement_are_one_content(analyzer):
    """``said in a statement that all of its staff were "fully licensed and vetted" and that the two
    cases involved ...``: the parser hung the first clause on "statement" and the second on "said";
    the content is both (was the second alone)."""
    text = ('Orvane Staffing, the agency that has supplied nurses since May, said in a statement that all of its staff'
            ' were "fully licensed and vetted" and that the two cases involved "an administrative delay."')
    [quote] = analyzer(text).quotes
    assert quote.text.startswith("that all of its staff") and "administrative delay" in quote.text


def test_a_predicate_after_an_aside_closing_with_a_quote_mark_is_the_reported_clause(analyzer):
    """``said the payments, which staff have nicknamed the "strike premium," were a one-off cost``:
    past the aside's closing quote mark, "were" is the reported clause's verb (was the aside alone)."""
    text = ('Tobias Wrenfield, its chief executive, said the payments, which staff have nicknamed the "strike premium,"'
            ' were a one-off cost that would "not come out of the nursing budget."')
    quote = analyzer(text).quotes[0]
    assert quote.text.startswith("the payments") and "one-off cost" in quote.text


def test_saying_a_noun_that_could_speak_before_its_quoted_predicate_is_a_quote(analyzer):
    """``quoted X as saying the country's navy "will not be intimidated"``: the parser made "navy" the
    gerund's object and hung the predicate after its quote mark on "quoted"; "say" takes no
    addressee, so the two are the reported clause (was no quote). The names are an invented set's:
    with others the parser reads the clause right."""
    text = ("Kestrian State Television quoted Defence Minister Halvard Rusk as saying the country's navy"
            " \"will not be intimidated by paper\".")
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, [v.name for v in quote.via]) == ("Halvard Rusk", ["Kestrian State Television"])
    assert quote.text.startswith("the country's navy")


def test_quoting_him_after_a_reported_clause_is_the_reporters_act(analyzer):
    """``The agency reported that the premier had toured a plant, and quoted him as saying ...``: the
    one quoted is the clause's subject, so the quoting is the agency's, which relays him (was the
    agency's content running over the quote, and no relay)."""
    text = ("The Ostrel Central News Agency reported on Thursday that the premier had toured a steel plant, and"
            " quoted him as saying the workers had shown 'real devotion'.")
    first, second = analyzer(text).quotes
    assert first.text == "that the premier had toured a steel plant"
    assert [v.name for v in second.via] == ["Ostrel Central News Agency"]


def test_a_report_whose_subject_is_the_reporters_pronoun_is_not_relayed(analyzer):
    """``The authority said it had found no evidence that ... "72-hour rule" ...``: "it" is the
    authority, whose own finding it reports; the authority's quote stays and relays nothing (was
    the finding alone, the authority its relay)."""
    text = ("The Marovian Data Protection Authority fined the firm on Thursday.\n\n"
            "The authority said it had found no evidence that the firm breached the so-called \"72-hour rule\" for"
            " notifying the regulator.")
    quotes = analyzer(text).quotes
    assert quotes[-2].cue.text == "said" and quotes[-2].text.startswith("it had found")
    assert all(not q.via for q in quotes)


def test_quoted_with_as_saying_hung_in_a_relative_clause_on_the_description(analyzer):
    """``quoted Piotr Selden, a former education minister who first proposed an overhaul in 2016, as
    saying that ...``: the parser hung "as saying" in the relative clause on the description
    apposed to the name; Selden's words via the Herald (was the Herald's quote of the whole, no speaker)."""
    text = ("The Northgate Herald on Sunday quoted Piotr Selden, a former education minister who first proposed an"
            " overhaul in 2016, as saying that teachers' unions held \"a veto over progress that nobody ever voted for.\"")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, [v.name for v in quote.via]) == ("Piotr Selden", ["Northgate Herald"])
    assert quote.text.startswith("that teachers")


def test_a_that_clause_hung_on_the_time_ahead_of_which_it_was_told(analyzer):
    """``told the Halvenna Courier ahead of the hearing that the defence would call ...``: the parser hung
    the clause on "hearing"; it is what was told (was no quote)."""
    text = ("Defence lawyer Augustin Pell told the Halvenna Courier ahead of the hearing that the defence would call"
            " about 20 witnesses, among them two former ministers.")
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == "Augustin Pell" and quote.text.startswith("that the defence would call")


def test_a_conjunct_opening_with_had_after_the_reported_clause_goes_on_with_it(analyzer):
    """``said in a short statement posted online that he was horrified by the report and had "never
    seen, ordered or approved" the use of ...``: the parser joined "had seen" to "said"; with no
    subject and "had" after a past verb it goes on the reported clause (was cut off before it)."""
    text = ('Vennholt said in a short statement posted online that he was horrified by the report and had "never seen,'
            ' ordered or approved" the use of any banned substance.')
    [quote] = analyzer(text).quotes
    assert quote.text.startswith("that he was horrified") and quote.text.endswith("any banned substance")


def test_it_after_a_news_organisation_relays_the_report_in_its_content(analyzer):
    """``The New Dawn News Agency released its own account. It said Wen had told Pak that ...``: "It" is
    the agency just named, which relays Wen's words (was the agency's quote and Wen's own, no relay)."""
    text = ("Hanlu's official New Dawn News Agency released its own account shortly after the reports. It said Wen"
            " Daoming had told Pak that Hanlu would \"never waver\" in its support.")
    quotes = analyzer(text).quotes
    assert [(q.speaker.name, [v.name for v in q.via]) for q in quotes] == [("Wen Daoming", ["New Dawn News Agency"])]


def test_according_to_a_broadcaster_he_accused_with_quoted_words_is_relayed(analyzer):
    """``According to NTV-1, he accused the paper of running "a campaign, not an investigation"``:
    "he" is no news organisation, so his quoted words are relayed by the broadcaster (was NTV-1's
    quote, and his own with no relay)."""
    text = ("Gerald Ostrander resigned on Monday.\n\n"
            "According to NTV-1, he accused the paper of running \"a campaign, not an investigation\".")
    quotes = analyzer(text).quotes
    assert [(q.speaker.name, [v.name for v in q.via]) for q in quotes] == [("Gerald Ostrander", ["NTV-1"])]


def test_he_inside_a_news_organisations_report_is_relayed_not_its_own(analyzer):
    """``He said at a conference that he was "very comfortable" ..., The Post reported``: "he" is no
    news organisation; his words via the paper (an "it" would be the reporter's own report)."""
    text = ("Jeff Bezos spoke on Monday.\n\n"
            "He said at a tech conference that he was \"very, very comfortable\" with the company's approach, The Post"
            " reported.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, [v.name for v in quote.via]) == ("Jeff Bezos", ["Post"])


def test_the_rest_of_a_list_the_parser_hung_on_a_comma_is_in_the_report_before_the_cue(analyzer):
    """``The claim covers lost transit fees, the cost of the salvage and dredging operation, and damage
    to the banks of the strait, Rizkallah said``: the parser hung the list's rest on a comma; it is
    part of the report (was no quote: the clause seemed to end far from the attribution)."""
    text = ("The claim covers lost transit fees, the cost of the salvage and dredging operation, and damage to the banks"
            " of the strait, Rizkallah said.")
    [quote] = analyzer(text).quotes
    assert quote.text.startswith("The claim covers") and quote.text.endswith("banks of the strait")


def test_a_subjectless_conjunct_after_a_closing_quote_mark_goes_on_the_reported_clause(analyzer):
    """``said the keepers were "devastated" and had been working through the night``: past the quote
    mark, "and had been working" goes on the report (was cut off before it). The words are an
    invented set's: with others the parser hangs the conjunct inside the clause."""
    text = ('A zoo employee who spoke on condition of anonymity said the keepers were "devastated" and had been working'
            " through the night.")
    [quote] = analyzer(text).quotes
    assert quote.text.endswith("had been working through the night")


def test_a_with_clause_after_an_attribution_is_the_writers_circumstance(analyzer):
    """``The death toll rose to 38, the National Emergency Directorate said, with nine people still
    unaccounted for three days after ...``: the parser hung the attribution on the "with" clause; the
    report is the clause before it (was the "with" clause)."""
    text = ("The death toll rose to 38, the National Emergency Directorate said, with nine people still unaccounted for"
            " three days after the central span fell into the Sevrin River.")
    [quote] = analyzer(text).quotes
    assert quote.text == "The death toll rose to 38"
