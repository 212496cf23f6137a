"""named / agency / anonymous, relays and reasons, on sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "attribution", "via"),
    [
        ("The port will close on Friday, the Harbor Times reported.", "agency", []),
        ("Officials will resign, the Daily Ledger newspaper said.", "agency", []),
        ("The port will close on Friday, the Harbor Wire reported.", "agency", []),
        ("The port will close on Friday, the Velmar Globe reported.", "agency", []),
        ("The port will close on Friday, the Ostby Register reported.", "agency", []),
        ("The deal is done, state media reported.", "agency", []),
        ("Parallax Forge, the company behind the Kestrel coding assistant, is laying off about 1,100 employees, the "
         "trade publication The Inference reported on Tuesday.", "agency", []),
        ("The deal is done, the state-run Varnor Telegraph Agency said.", "agency", []),
        ("The deal is done, unnamed officials said.", "anonymous", []),
        ("The deal is done, a source familiar with the talks said.", "anonymous", []),
        ("The deal is done, three diplomats said.", "anonymous", []),
        ("The deal is done, said Petra Novak, a lawyer for the union.", "named", []),
        ("The ministry said the deal was done.", "named", []),
        ("The labour inspectorate said the mine had been warned.", "named", []),  # an institution's head
        ("The civil protection directorate said the fire was contained.", "named", []),
        ("Police said the driver had fled.", "named", []),  # a collective noun: one institution
        ("The hospital trust said the ward had been closed.", "named", []),
        ("Local authorities said the bridge was safe.", "anonymous", []),  # "authorities": officials
        ("The harbour authority said the bridge was safe.", "named", []),  # "the authority": the institution
        ("The national weather service said the bridge was safe.", "named", []),
        ("A leading authority on bridges said the span was safe.", "anonymous", []),  # an expert
        ("Supporters of the mayor said the vote was rigged.", "anonymous", []),
        ("Organisers said about 12,000 people took part.", "anonymous", []),  # British spelling
        ("Tom Hollis's mother said her son needed help.", "anonymous", []),  # whose, but no name
        ("The port's spokesman said the pier had closed.", "anonymous", []),
        # a prosecutor is a person, not the prosecutor's office: unnamed, and no one the text named
        ("The prosecutor said the jury had been misled.", "unknown", []),
        ("A Republican operative said the pier had closed.", "anonymous", []),
        # a party's name before a title or role: one of its members, unnamed
        ("A Labour MP said the pier had closed.", "anonymous", []),
        ("One Civic Union MP said the pier had closed.", "anonymous", []),
        ("A Civic Union deputy from eastern Tarnavia said the pier had closed.", "anonymous", []),
        ("Three Civic Union deputies said the pier had closed.", "anonymous", []),
        # a broadcaster's name that opens with "TV" (``news_name_openers.txt``) relays what it cites
        ("TV Meridijan, citing a local police source, said the officer had been taken to a border police station.",
         "anonymous", ["TV Meridijan"]),
        # the same with a title's acronym in the plural, which NER takes for an organisation's name
        ("Two Alliance MPs, who spoke on condition of anonymity because they were not authorised to comment, said a "
         "delegation planned to ask the premier to step aside.", "anonymous", []),
        ("Several of his colleagues said the pier had closed.", "anonymous", []),  # the count's members
        ("One of the harbor pilots said the pier had closed.", "anonymous", []),
        ("The pilots were angry. Another said the pier had closed.", "anonymous", []),  # a word for unnamed people
        ("Some say the pier will never reopen.", "anonymous", []),
        ("Others said the pier had closed.", "anonymous", []),  # tagged a noun at a sentence's start
        # tagged a proper noun at a sentence's start: no name
        ("Relatives of the victims gathered at a mourning hall. Several complained that they had received almost no "
         "information from the company.", "anonymous", []),
        ("No one said the pier had closed.", "unknown", []),  # no one, not someone unnamed
        ("The deal is done, an alderman said.", "anonymous", []),  # a council member's title, no name
        ("A listener said the station had been biased for years.", "anonymous", []),  # a broadcast's audience
        # people at work with no name (``role_nouns.txt``: porter, receptionist, stallholder, ...)
        ("The Harlow Gazette quoted a night porter at the hotel as saying: \u00abThey left before dawn.\u00bb", "anonymous",
         ["Harlow Gazette"]),
        ("A receptionist at the clinic said the doors had been locked all morning.", "anonymous", []),
        ("Two stallholders said the market had been closed without warning.", "anonymous", []),
        ("Two households said the water had turned brown.", "anonymous", []),  # people with no name, by household
        # a news agency's name in a language that writes the head first (``news_name_heads.txt``)
        ("The state-run Agencia Austral de Noticias P\u00fablicas reported that the boxes had been sealed.", "agency", []),
        # one word that ends in a news word, before a word that ends news names (``news_name_suffixes.txt``)
        ("The state-run Karsanews Agency reported that the ministry had rejected the request.", "agency", []),
        ("The state-run Velopress agency reported that the governing party had won.", "agency", []),
        ("On Thursday's programme, a caller alleged that the funds had been diverted.", "anonymous", []),
        # the tagger reads a lower-case "alderman" after a phrase as a proper name: it is none
        ("In a closed session, an alderman told colleagues that the tender was a formality.", "anonymous", []),
        # members of a party or nationality with no name: not the party
        ("The Harbor Party met on Monday. One Republican in the room said the pier had closed.", "anonymous", []),
        ("Two Democrats said the pier had closed.", "anonymous", []),
        ("Senate Republicans said the pier had closed.", "anonymous", []),
        # a hyphened nationality, where the tagger types only its first word
        ("Many Greek-Canadians in the port city said the pier had closed.", "anonymous", []),
        ("The pier closed. Many Greek-Canadians were angry. They said it would reopen.", "anonymous", []),
        # institutions in the plural with no name, unless "the" points back to named ones
        ("Aid agencies warned that the pier had closed.", "anonymous", []),
        ("Several hospitals said the pier had closed.", "anonymous", []),
        ("Rights groups said the arrests at the pier were arbitrary.", "anonymous", []),  # organisations too
        ("Several charities warned that the camps at the pier were full.", "anonymous", []),
        # a source the news organisation cites, by a noun for people of a trade
        ("The rebels have moved south, Radio Kestrel reported, citing local herders.", "anonymous", ["Radio Kestrel"]),
        # a news name that opens with "Prensa" after an article (``news_name_openers.txt``)
        ("La Prensa del Istmo quoted an unnamed official as saying that the pier had closed.", "anonymous",
         ["La Prensa del Istmo"]),
        ("Other news organizations reported that the pier had closed.", "agency", []),  # news heads in the plural
        ("Acme Shipping and Globex Ferries met on Monday. The companies said the pier had closed.", "unknown", []),
        # one office's holder, whom the article did not name: unresolved, not anonymous
        ("The Ohio governor said the plan would fail.", "unknown", []),
        ('"The plan will fail," the CEO said.', "unknown", []),  # a title the tagger calls a name
        ("A CEO at a rival airline said the plan would fail.", "anonymous", []),
        # one person "the" points to, whom resolution could not name: unresolved, not anonymous,
        ("The candidate said the levy would stay.", "unknown", []),
        # unless someone unnamed came before under the same noun
        ("A harbor official spoke on Monday. The official said the pier had closed.", "anonymous", []),
        ("Two harbor pilots spoke on Monday. The pilot said the pier had closed.", "anonymous", []),
        # an unnamed man or woman in the street is an unnamed source
        ("At the ferry terminal, a 70-year-old man waiting for the boat said the pier had closed.", "anonymous", []),
        ("A woman in the queue said the pier had closed.", "anonymous", []),
        ("The vote was close, according to one juror.", "anonymous", []),
        ("A novelist who studied with her said the pier had closed.", "anonymous", []),
        ("A traditional ruler from the north said the pier had closed.", "anonymous", []),
        ("One user wrote on the harbor forum that the pier had closed.", "anonymous", []),  # on social media
        # people counted before ("both", "the two", "all three"), whom resolution could not name
        ("Ada Lind and Tom Hollis met on Monday. Both candidates said the pier had closed.", "unknown", []),
        ("Ada Lind and Tom Hollis met on Monday. The two candidates said the pier had closed.", "unknown", []),
        ("Ada Lind and Tom Hollis met on Monday. All three candidates said the pier had closed.", "unknown", []),
        # unless unnamed people came before under the same noun
        ("Two harbor pilots spoke on Monday. Both pilots said the pier had closed.", "anonymous", []),
        ("The deal is done, the Harbor Times reported, citing unidentified officials.", "anonymous", ["Harbor Times"]),
        ("The deal is done, Metro News quoted two sources as saying.", "anonymous", ["Metro News"]),
        ("Ada Lind told the Wrexley Clarion that the deal was done.", "named", ["Wrexley Clarion"]),
        ("Ada Lind told the Harbor Observer that the deal was done.", "named", ["Harbor Observer"]),
        ("The Harbor Times cited two officials as saying the deal was done.", "anonymous", ["Harbor Times"]),
        # the relative pronoun stands for the news organisation that relays
        ("The deal was first reported by the Harbor Times, which cited two officials as saying it was done.",
         "anonymous", ["Harbor Times"]),
        # one quote, the saying's: quoted words in it make the relay no quote of its own
        ('Metro News quoted an unnamed official as saying the council "fully supports" the plan.', "anonymous",
         ["Metro News"]),
        ("A source close to the talks told Metro News the deal was done.", "anonymous", ["Metro News"]),
        # the news organisation the words were given to in an interview or a statement
        ("The deal is done, Ana Ruiz said in an interview with the Harbor Times.", "named", ["Harbor Times"]),
        ("In an interview with the Harbor Times, Ana Ruiz said the deal was done.", "named", ["Harbor Times"]),
        ("Ana Ruiz said in a statement to Metro News that the deal was done.", "named", ["Metro News"]),
        ('"The deal is done," Ana Ruiz said in an interview with "CBS News Sunday."', "named", ["CBS News Sunday"]),
        ("The deal is done, Ana Ruiz said in an interview with her lawyer.", "named", []),  # no news organisation
        # speaking or talking to a news organisation, on the source or the verb
        ("Ana Ruiz, speaking to public broadcaster NTV, said the deal was done.", "named", ["NTV"]),
        ("Ana Ruiz, talking to the Harbor Times, said the deal was done.", "named", ["Harbor Times"]),
        ("Speaking to the Harbor Times on Monday, Ana Ruiz said the deal was done.", "named", ["Harbor Times"]),
        ("Ana Ruiz, speaking to reporters, said the deal was done.", "named", []),
        # a clause of its own about speaking gives no recipient, nor does a place after the press
        ('While she was speaking with the press in Ostia, Ana Ruiz said, "The deal is done."', "named", []),
        # the programme of a listed broadcaster
        ('"The deal is done," Ana Ruiz told RTÉ\'s Morning Harbor programme.', "named", ["RTÉ"]),
        # the name, not the noun the parser hung on the verb before it
        ("Ana Ruiz told radio station Harborwave that the deal was done.", "named", ["Harborwave"]),
        ('"The deal is done," Ana Ruiz told the sports daily Le Quai.', "named", ["Le Quai"]),
        # the news organisation, not the country it belongs to nor its host
        ('"The deal is done," Ana Ruiz told Norland\'s NTV television station.', "named", ["NTV"]),
        ('"The deal is done," Ana Ruiz told Norland\'s public broadcaster.', "named", ["Norland's public broadcaster"]),
        ('"The deal is done," Ana Ruiz said in an interview with the Harbor Times\' Tom Berg.', "named", ["Harbor Times"]),
        # an unnamed person of someone's, whoever the possessor
        ("Tom Berg did not comment. His lawyer said the deal was done.", "anonymous", []),
        ("The deal is done, a teammate said.", "anonymous", []),
        # a count of people by a noun of quantity: the people it counts
        ("Hundreds of parents marched on Saturday, saying the cuts would hurt.", "anonymous", []),
        # the parser hangs "citing" on the reported clause, or "quoting" on the reporter
        ("The Harbor Times said the deal was done, citing unidentified officials.", "anonymous", ["Harbor Times"]),
        ("The Harbor Times reported, citing two diplomats, that the deal was done.", "anonymous", ["Harbor Times"]),
        ("Metro News, quoting two sources, said on Friday that the deal was done.", "anonymous", ["Metro News"]),
        # a report citing a source is relayed by the report's author
        ("The Harbor Times' report, citing two officials, said the deal was done.", "anonymous", ["Harbor Times"]),
        ("A report by the Harbor Times, citing two officials, said the deal was done.", "anonymous", ["Harbor Times"]),
        # a relay named for whom it belongs to is not that owner
        ("Norland and Ostia said they would resume the talks, Norland's foreign ministry said in a statement.",
         "named", ["Norland's foreign ministry"]),
        # "news" and "daily" in other languages name a paper; "agency" may follow them
        ("The state-run Purvi Samachar Agency reported that the river had risen by 12 metres.", "agency", []),
        ("The Lok Dainik reported that the river had risen by 12 metres.", "agency", []),
        ("The state-run Norrvik Telegram Bureau reported that the council had met.", "agency", []),
    ],
)
def test_attribution_types(analyzer, text, attribution, via):
    [quote] = analyzer(text).quotes
    assert quote.attribution == attribution, quote.reasons
    assert [v.name for v in quote.via] == via


def test_a_plural_noun_capitalised_by_its_place_is_no_name(analyzer):
    # the tagger reads "Dockworkers" opening a sentence as a proper noun; the headline writes it in lower case
    text = ("Striking dockworkers reject new pay offer\n\n"
            "Dockworkers at Norland's three largest ports voted overwhelmingly on Tuesday to reject a new pay offer.")
    assert all(q.attribution != "named" for q in analyzer(text).quotes)
    assert "Dockworkers" not in [e.name for e in analyzer(text).entities]


def test_a_plural_role_noun_the_tagger_took_for_a_singular_name_is_no_name(analyzer):
    # the tagger reads "Neighbours" as NNP, a singular proper noun
    text = ("Police arrested a man on Thursday.\n\n"
            "Neighbours on Market Row said they had complained to the council for months about broken lights.")
    [quote] = analyzer(text).quotes
    assert quote.attribution == "anonymous" and "Neighbours" not in [e.name for e in analyzer(text).entities]


@pytest.mark.parametrize("people", ["Aides to the campaign", "Many in the party", "Dozens of volunteers", "Two of the volunteers"])
def test_the_with_a_role_after_unnamed_people_in_the_plural_is_no_one_of_them(analyzer, people):
    text = f"{people} said the pier would close. The candidate said it would stay open."
    assert [q.attribution for q in analyzer(text).quotes] == ["anonymous", "unknown"]


def test_the_with_a_role_after_an_unnamed_source_points_back_to_it(analyzer):
    text = 'One official tried to calm the crowd, saying the talks were "not a big deal." "Nobody minds," the insider said.'
    quote = next(q for q in analyzer(text).quotes if q.speaker and q.speaker.mention.text == "the insider")
    assert quote.attribution == "anonymous", quote.reasons


def test_a_possessed_role_with_a_name_in_its_words_is_not_anonymous(analyzer):
    # the parser reads "lawyer and spokesman Ed Lind" as two people
    [quote] = analyzer("Tom Hollis's lawyer and spokesman Ed Lind said the charges were false.").quotes
    assert quote.attribution != "anonymous", quote.reasons


@pytest.mark.parametrize(
    ("text", "attribution"),
    [
        ("Harbor City's mayor said the ferry levy would stay.", "unknown"),  # one office's holder, as "the city mayor"
        ("Ada Lind's mother said the levy would stay.", "anonymous"),  # a role of someone's
    ],
)
def test_a_places_office_is_no_anonymous_source(analyzer, text, attribution):
    [quote] = analyzer(text).quotes
    assert quote.attribution == attribution, quote.reasons


@pytest.mark.parametrize(
    ("text", "attribution"),
    [
        ("Economist Ada Lind said the ferry levy would stay.", "named"),  # a role, though a paper has that name
        ("The Economist said the ferry levy would stay.", "agency"),
        # a listed paper's name counts only written as a name
        ("The ferry levy would stay, the economist, who has studied ports for decades, said.", "unknown"),
    ],
)
def test_a_role_before_a_name_is_no_news_organisation(analyzer, text, attribution):
    [quote] = analyzer(text).quotes
    assert quote.attribution == attribution, quote.reasons


def test_reasons_name_the_words(analyzer):
    [quote] = analyzer("The deal is done, unidentified officials said.").quotes
    assert any("unidentified" in r and "officials" in r for r in quote.reasons)


def test_unresolved_pronoun_is_unknown(analyzer):
    [quote] = analyzer("It rained.\n\nThey said the deal was done.").quotes
    assert quote.attribution == "unknown"


def test_the_other_of_unnamed_sources_is_anonymous(analyzer):
    text = ("Two nurses at the clinic, who asked not to be named, spoke to reporters.\n\n"
            '"The ward is full," one of them said.\n\n"We have no beds left," the other said.')
    assert [q.attribution for q in analyzer(text).quotes] == ["anonymous", "anonymous"]
    # with no unnamed source before it, "the other" stays unknown
    [quote] = analyzer("The pier will close in May, the other said.").quotes
    assert quote.attribution == "unknown"


def test_she_after_one_of_unnamed_people_continues_that_source(analyzer):
    text = 'One of the nurses said she would quit.\n\n"Honestly? I am tired," she said.'
    assert [q.attribution for q in analyzer(text).quotes] == ["anonymous", "anonymous"]


def test_a_sourceless_report_inside_a_quote_does_not_end_its_speaker(analyzer):
    # "she was told to sign" is a report of its own, inside the nurse's words, with no source
    text = ('One of the nurses said she had kept a copy of a rota she was told to sign.\n\n'
            '"I knew someday somebody would come looking," she said.')
    assert analyzer(text).quotes[-1].attribution == "anonymous"


def test_a_news_head_before_a_name_makes_it_a_news_organisation(analyzer):
    # the parser reads "daily" as an adverb, so no description of the name
    text = ("Dorval broke his silence in an interview with the French sports daily La Voix Sportive published on "
            'Sunday.\n\n"I have always been honest with the club," Dorval told the newspaper.')
    [quote] = analyzer(text).quotes
    assert [v.name for v in quote.via] == ["La Voix Sportive"]


@pytest.mark.parametrize("text", [
    # a news medium's noun right after the name
    "Norvia's state-run Voice of the Northern Lakes radio described the reports as a staged spectacle for foreign cameras.",
    # a news name's first word in another language (``news_name_openers.txt``: Portuguese "correio")
    "The Correio Litoral reported that the ministry held back the report for five weeks.",
])
def test_a_news_word_around_a_name_makes_it_a_news_organisation(analyzer, text):
    [quote] = analyzer(text).quotes
    assert quote.attribution == "agency"


def test_a_news_organisation_heading_a_long_phrase_spoken_to_relays_the_quote(analyzer):
    # "French - language weekly" puts the name five words after "the"
    text = ("In an interview with the French-language weekly Le Vestiaire published on Friday, Marcoux said his "
            "future was not on his mind.")
    [quote] = analyzer(text).quotes
    assert [v.name for v in quote.via] == ["Le Vestiaire"]


@pytest.mark.parametrize(
    "text",
    ['Mayor Ana Ruiz spoke to the broadcaster Telemar on Monday.\n\n"We will rebuild," Ruiz said, according to the channel.',
     '"We will rebuild," Mayor Ana Ruiz said, according to the local channel.'],
)
def test_according_to_the_channel_relays_the_quote_it_follows(analyzer, text):
    # "channel" alone is a news head (agency_heads.txt): one quote, Ruiz's, relayed by the channel
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, quote.attribution, len(quote.via)) == ("Ana Ruiz", "named", 1)


def test_the_club_is_the_one_organisation_named_before_it(analyzer):
    [quote] = analyzer("Ashvale United have turned down a second bid for striker Ivo Marek, the club said on Monday.").quotes
    assert (quote.speaker.name, quote.attribution) == ("Ashvale United", "named")


def test_a_name_with_the_before_it_is_an_organisations_whatever_the_name_lists_say(analyzer):
    # "Ledger" is in the given-name lists, and NER calls the name a person's; "The" says otherwise
    text = "The Ledger Collective quoted a former finance manager as saying the payments were known."
    article = analyzer(text)
    assert [v.name for v in article.quotes[0].via] == ["Ledger Collective"]
    assert [e.type for e in article.entities if e.name == "Ledger Collective"] == ["organization"]


def test_a_person_the_text_titles_stays_a_person_with_the_before_the_name(analyzer):
    text = "The Roger Vale we know, the one who built the network, is gone.\n\nMr. Vale denied the charges through his lawyer."
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, quote.speaker.type) == ("Roger Vale", "person")


@pytest.mark.parametrize(("told", "via"), [("the Harbor Times", ["Harbor Times"]), ("staff", [])])
def test_what_a_participle_adds_was_told_to_whom_the_report_was(analyzer, told, via):
    text = f"Ada Lind told {told} that the pier would close, adding that the ferry would run."
    assert [[v.name for v in q.via] for q in analyzer(text).quotes] == [via, via]


@pytest.mark.parametrize("outlet", ["ESPN", "Sky Sports", "BBC Sport"])
def test_a_sports_broadcaster_told_relays_the_quote(analyzer, outlet):
    # news_organizations.txt: sports desks are news organisations too
    [quote] = analyzer(f'Coach Ada Lind told {outlet}: "I have coached him since he was 17."').quotes
    assert (quote.speaker.name, [v.name.removeprefix("The ") for v in quote.via]) == (
        "Ada Lind", [outlet.removeprefix("The ")])


def test_a_news_organisation_told_is_named_by_its_full_name(analyzer):
    text = (
        "The Lakeside Courier reported on Monday that the ferry would stop. "
        "Ann Ferrow, a harbour engineer, told the Courier that the pier was unsafe."
    )
    quote = next(q for q in analyzer(text).quotes if "pier" in q.text)
    assert quote.speaker.name == "Ann Ferrow"
    assert [v.name for v in quote.via] == ["Lakeside Courier"]


@pytest.mark.parametrize(
    ("first", "attribution", "via"),
    [
        ('"We tried everything," said a senior official at the harbor board.', "anonymous", []),
        ('"We tried everything," Lena Hart told the Harbor Gazette.', "named", ["Harbor Gazette"]),
    ],
)
def test_a_paragraph_that_continues_a_quote_keeps_its_attribution(analyzer, first, attribution, via):
    quotes = analyzer(first + '\n\n"Nothing worked in the end."').quotes
    assert [(q.attribution, [v.name for v in q.via]) for q in quotes] == [(attribution, via)] * 2
    assert quotes[1].speaker.mention is None and "continues the previous quote's speaker" in quotes[1].reasons


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A spokesman for the harbor board said the pier had closed. He declined to say for how long.",
         ("A spokesman for the harbor board", "anonymous")),
        ("Two engineers at the harbor said the pier had cracked. They said repairs would take a year.",
         ("Two engineers at the harbor", "anonymous")),
        # no agreement, or another main clause between them: the pronoun stays unresolved
        ("A spokeswoman for the harbor board said the pier had closed. He declined to say for how long.", ("He", "unknown")),
        ("A spokesman for the harbor board said the pier had closed. The storm hit the coast. He declined to say more.",
         ("He", "unknown")),
        # a report inside the last quote's words does not make its source the last speaker
        ('A union official said dockers had complained about the pier for months.\n\n"The board knew," he said.',
         ("A union official", "anonymous")),
        # a person the pronoun could mean was named since: the reply is the mayor's
        ('A reporter asked Mayor Lena Hart how the pier was. She replied: "It will reopen in May."', ("She", "unknown")),
    ],
)
def test_a_pronoun_after_an_unnamed_source_stands_for_it(analyzer, text, expected):
    quotes = analyzer(text).quotes
    assert (quotes[-1].speaker.name, quotes[-1].attribution) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Harbor Times said the deal was done, citing unidentified officials.",
        "The Harbor Times reported, citing two diplomats, that the deal was done.",
    ],
)
def test_the_cited_source_is_not_part_of_the_content(analyzer, text):
    [quote] = analyzer(text).quotes
    assert quote.text.endswith("the deal was done") and "citing" not in quote.text


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("The pier will close, said a port official, who spoke on condition of anonymity.", True),
        ("A port official, speaking on condition that he not be named, said the pier would close.", True),
        ("A port official, who asked not to be identified, said the pier would close.", True),
        ("A port official, speaking anonymously, said the pier would close.", True),
        ("A port official, who was not authorized to talk to the press, said the pier would close.", True),
        ("A port official said the pier would close.", False),
    ],
)
def test_a_stated_reason_for_anonymity_is_a_signal(analyzer, text, stated):
    article = analyzer(text)
    [quote] = article.quotes
    assert quote.attribution == "anonymous"
    assert ("missing: reason" in quote.reasons) is not stated
    assert any("without a stated reason" in w for w in article.profile.warnings) is not stated


def test_the_newspaper_told_is_the_news_organisation_named_last(analyzer):
    text = ('Ana Ruiz told the Harbor Times on Monday that the port would close.\n\n'
            '"The deal is done," she told the newspaper.')
    assert [[v.name for v in q.via] for q in analyzer(text).quotes] == [["Harbor Times"], ["Harbor Times"]]


def test_a_two_word_news_head_told_is_the_news_organisation_named_last(analyzer):
    """``told the wire service``: a news head of two words stands for the wire named before, as
    "the newspaper" does (was "wire service")."""
    text = ("Meridian Wire quoted three sources with knowledge of the talks as saying that the two sides had "
            "discussed a free-trade zone.\n\n"
            '"They were more interested in the zone than in anything else," one of the sources told the wire service.')
    assert [v.name for v in analyzer(text).quotes[-1].via] == ["Meridian Wire"]


def test_the_newspaper_told_is_no_named_one_when_an_unnamed_one_came_since(analyzer):
    text = ('Ada Lind spoke with the Harbor Times in May.\n\n'
            'A Norlandic newspaper owned by Tom Berg also published an interview with Lind.\n\n'
            '"Your friend is leading," Lind told the newspaper.')
    assert [v.name for v in analyzer(text).quotes[-1].via] == ["newspaper"]


def test_the_paper_told_is_the_news_organisation_named_last(analyzer):
    """``told the paper``: only as whom a source spoke to is "the paper" surely a newspaper."""
    text = ('Ana Ruiz told the Ostia Evening Post on Monday that the port would close.\n\n'
            '"The deal is done," Ruiz told the paper.')
    assert [[v.name for v in q.via] for q in analyzer(text).quotes] == [["Ostia Evening Post"], ["Ostia Evening Post"]]


def test_it_quoting_someone_after_a_news_agency_spoke_relays_the_quote(analyzer):
    """``The ... News Agency said ... It quoted Ana Ruiz as saying``: "it" is the agency; after a
    council, which is no news organisation, nothing is relayed."""
    quoted = "It quoted Ana Ruiz as saying that the port would stay open."
    text = f"Mayor Ana Ruiz toured the port.\n\nThe state-run Ostia News Agency said the tour went well. {quoted}"
    assert [v.name for v in analyzer(text).quotes[-1].via] == ["Ostia News Agency"]
    text = f"Mayor Ana Ruiz toured the port.\n\nThe harbour council said the tour went well. {quoted}"
    assert analyzer(text).quotes[-1].via == ()


def test_a_news_organisation_never_relays_its_own_report(analyzer):
    # "p.m." ends the sentence before the quotation that opens after it: two reports, neither relaying the other
    text = ('The state-run Ostia News Agency (ONA) said the decree had been signed shortly after 9 p.m. '
            '"The mayor acted in full accordance with the charter," the agency said.')
    quotes = analyzer(text).quotes
    assert [(q.speaker.name, q.attribution, q.via) for q in quotes] == [("Ostia News Agency", "agency", ())] * 2


def test_a_press_association_is_a_news_organisation_and_whips_are_unnamed_sources(analyzer):
    text = "According to the state-run Norvane Press Association, it was the narrowest margin since 2016."
    assert analyzer(text).quotes[0].attribution == "agency"
    text = "The Evening Courier quoted two unnamed government whips as saying that 15 backbenchers had wavered."
    [quote] = analyzer(text).quotes
    assert (quote.attribution, [v.name for v in quote.via]) == ("anonymous", ["Evening Courier"])


@pytest.mark.parametrize(
    "text",
    ["A welder at the yard said the strike would last.", "Two paramedics said the road was blocked for hours.",
     "A midwife at the clinic said the ward had closed.",
     "Several legislators from her party have complained that the dam has swallowed money."],
)
def test_trades_and_callings_are_unnamed_people(analyzer, text):
    [quote] = analyzer(text).quotes  # role_nouns.txt
    assert quote.attribution == "anonymous"


def test_a_one_word_name_described_by_a_trade_is_a_person_whatever_ner_says(analyzer):
    # NER tags "Renata" as an organisation; "a pipefitter" says she is a person
    text = ('"They keep bringing in contractors," said Renata, a pipefitter in her fifties.\n\n'
            'Renata stood at the front of the line.\n\n"We build ships," she said.')
    assert [(q.speaker.name, q.speaker.type) for q in analyzer(text).quotes] == [("Renata", "person")] * 2


@pytest.mark.parametrize(
    ("text", "attribution"),
    [
        ("Security specialists said the stolen data could fuel scams.", "anonymous"),  # role_nouns.txt
        ("The Hollingford Echo reported last week that the council had spent £1.4m on consultants.", "agency"),
    ],
)
def test_specialists_are_unnamed_people_and_an_echo_is_a_newspaper(analyzer, text, attribution):
    [quote] = analyzer(text).quotes
    assert quote.attribution == attribution


@pytest.mark.parametrize(
    "text",
    [
        ("The state news agency Veskapress reported, citing unidentified officials in Velmar, that the border would "
         "reopen on Monday.\n\nThe capital is watching the crossing closely for any sign of unrest, though none has "
         "been seen so far, they said."),
        ("The Velmar Courier newspaper, citing three officials, said the talks would resume.\n\n"
         "No date has been set, they said."),
    ],
)
def test_they_after_a_report_citing_unnamed_sources_are_those_sources_relayed(analyzer, text):
    first, second = analyzer(text).quotes
    assert second.speaker.mention.text == "they"
    assert (second.attribution, [v.name for v in second.via]) == (first.attribution, [v.name for v in first.via])
    assert first.attribution == "anonymous" and len(first.via) == 1



@pytest.mark.parametrize("text", [
    '"We will not sell," Ada Mayer told the Lindauer Tageblatt.',
    '"We will not sell," Ada Mayer told the Kessler Kurier.',
    '"We will not sell," Ada Mayer told the Lindauer Tagesanzeiger.',
    '"We will not sell," Ada Mayer told the Ostholm Courant.',
    '"We will not sell," Ada Mayer told the Gazeta Portowa.',
])
def test_german_and_nordic_newspaper_names_relay_what_was_told_to_them(analyzer, text):
    [quote] = analyzer(text).quotes
    assert (quote.attribution, len(quote.via)) == ("named", 1)


@pytest.mark.parametrize("text", [
    "'He has lost the room,' one MP who signed the letter told reporters.",
    "Two MPs said the leader had lost the room.",
    "Three senior MPs said the leader had lost the room.",
])
def test_a_counted_holder_of_a_title_is_an_anonymous_source(analyzer, text):
    [quote] = analyzer(text).quotes
    assert quote.attribution == "anonymous"


def test_a_titled_name_is_still_named(analyzer):
    [quote] = analyzer("Senator Ada Lind said the leader had lost the room.").quotes
    assert (quote.speaker.name, quote.attribution) == ("Ada Lind", "named")


def test_a_headline_verb_before_a_place_makes_it_no_news_organisation(analyzer):
    """``Rivals press Brussels for ...``: "press" is the headline's verb, not a word of a news
    name; "the newspaper" told later is a newspaper the text does not name, not Brussels (was a
    relay by Brussels)."""
    text = ("Rivals press Brussels for interim measures\n\n"
            "Lena Holt, the chief executive of Tannhaus, said users had left.\n\n"
            "'People did not leave us because Halcyon was better,' she told the newspaper.")
    article = analyzer(text)
    assert [v.name for v in article.quotes[-1].via] == ["newspaper"]
    assert [e.type for e in article.entities if e.name == "Brussels"] == ["organization"]
    # a guard: a participle in a description is no headline's verb
    text = "An official told the Ostholm Standard, a privately owned daily, that the forms were withheld."
    assert [v.name for v in analyzer(text).quotes[0].via] == ["Ostholm Standard"]


def test_told_the_stations_programme_is_relayed_by_the_station_named_before(analyzer):
    text = ("Mr Ashby-Lowe told Harbourside Radio this morning that talks could resume. ‘My door is always open,’ he"
            " told the station’s breakfast programme.")
    quote = analyzer(text).quotes[-1]
    assert [v.name for v in quote.via] == ["Harbourside Radio"]


def test_one_of_a_group_a_news_organisation_relayed_is_relayed_by_it_too(analyzer):
    """``two senior officials quoted by the Harwell Press Agency`` ... ``one of the officials
    said``: the member speaks through the agency that quoted the group; "one of the engineers"
    is no member of it."""
    text = ("The toll may be three times the official figure, according to two senior officials quoted by the "
            "Harwell Press Agency on Sunday.\n\n"
            '"The number being released is the number of bodies identified," one of the officials said.\n\n'
            '"We are still counting," one of the engineers said.')
    quotes = analyzer(text).quotes
    assert [[v.name for v in q.via] for q in quotes] == [["Harwell Press Agency"], ["Harwell Press Agency"], []]


@pytest.mark.parametrize("recipient", ["this newspaper", "our reporter"])
def test_the_articles_own_outlet_relays_nothing(analyzer, recipient):
    """``Three nurses ... told this newspaper that ...``: the outlet the article is in; no relay
    (was one named "this newspaper")."""
    quote = analyzer(f"Three nurses who worked at the clinics told {recipient} that the forms were never translated.").quotes[0]
    assert quote.via == ()


@pytest.mark.parametrize(("opening", "closing"), [("«", "»"), ("„", "“")])
def test_a_quote_in_guillemets_relayed_by_according_to_is_the_speakers(analyzer, opening, closing):
    """``«...,» Yun said, according to the agency``: the marks get a straight mark's features for
    the parser, so the quote is Yun's, relayed by the agency, as with straight marks (was one
    mixed quote "«...,» Yun said" of the agency's)."""
    text = (f"{opening}Friendship is not measured in years, but in trust,{closing} Yun Ha-jin said, according to "
            "the Serin Central News Agency.")
    [quote] = analyzer(text).quotes
    assert (quote.kind, quote.speaker.name, [v.name for v in quote.via]) == (
        "direct", "Yun Ha-jin", ["Serin Central News Agency"])


def test_a_news_name_read_as_the_reported_clauses_verb_relays_and_reports(analyzer):
    """``told the state news agency Vestapress that ...``: the tagger reads the name as a verb
    heading the clause; it is the relay (was "state news agency", and the name the quote's first
    word), and "Vestapress later reported" is the agency (was unknown)."""
    text = ("The country's sports minister, Teodor Anghel, told the state news agency Vestapress that the government "
            "would cooperate fully with investigators.\n\n"
            "Vestapress later reported that the federation's executive board would meet on Saturday.")
    first, second = analyzer(text).quotes
    assert first.text.startswith("that the government")
    assert [v.name for v in first.via] == ["Vestapress"]
    assert (second.speaker.name, second.attribution) == ("Vestapress", "agency")


def test_according_to_a_documentary_a_broadcaster_aired_is_the_broadcasters(analyzer):
    """``according to a documentary broadcast on Thursday by the state broadcaster Estravian State
    Television``: the documentary (a speech noun now, as is "broadcast") is the broadcaster's (was
    an unknown source "a documentary broadcast ...")."""
    text = ("The federation ran a covert doping programme, according to a documentary broadcast on Thursday by the "
            "state broadcaster Estravian State Television.")
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, quote.attribution) == ("Estravian State Television", "agency")


@pytest.mark.parametrize(
    "text",
    [
        "Carmakers said they would raise prices next year.",  # unnamed companies, as unnamed institutions
        "Regional airlines warned that fares would rise.",
        "Currency dealers said the krona had fallen.",  # "dealer": a role noun
        "Rescuers warned that the window for finding survivors was closing.",  # "rescuer" too
        "One of the sources described it as a purge. That source, a retired colonel who asked not to be named, "
        "said the orders had come from the palace.",  # "That source": a role noun pointing back
        "Two buyers at licensed companies in Tamsu said they had seen grain moving toward the border.",  # "buyer"
        "Commuters complained that the trains were late again.",
    ],
)
def test_unnamed_companies_dealers_and_that_source_are_anonymous(analyzer, text):
    """Plural company nouns, "dealers", "rescuers", "buyers", "commuters" and "That source" name no one (each
    was unknown)."""
    assert analyzer(text).quotes[-1].attribution == "anonymous"


def test_an_institution_a_place_owns_is_the_institution(analyzer):
    """``Ostmark's data protection authority proposed a fine``: "authority" is also a role noun
    ("the authorities"), but one a place's name owns is the institution (was anonymous)."""
    text = ("Ostmark's data protection authority on Tuesday proposed a fine of 40 million crowns against Orbis "
            "Telecom, saying the company had failed to secure customer data.")
    assert {q.attribution for q in analyzer(text).quotes} == {"named"}


def test_a_japanese_papers_shimpo_ends_a_news_name(analyzer):
    """``..., Hokuto Shimpo reported.``: "Shimpo", as "Shimbun", ends a newspaper's name (was a
    named source)."""
    [quote] = analyzer("The talks went badly, Hokuto Shimpo reported.").quotes
    assert quote.attribution == "agency"


@pytest.mark.parametrize(
    "text",
    [
        # the tagger took "Staff", opening its sentence, for a name: a person called Staff
        "Doctors in the capital were overwhelmed on Thursday.\n\nStaff at Tema General Hospital, the main referral "
        "hospital in the region, said they had received more than 50 patients with severe burns.",
        "Hospital personnel said they had run out of dressings.",
    ],
)
def test_staff_and_personnel_are_unnamed_people(analyzer, text):
    """"Staff" and "personnel" name many people in the singular form: anonymous (the first was a
    person named "Staff", the second unknown)."""
    assert analyzer(text).quotes[-1].attribution == "anonymous"


def test_a_news_word_after_a_places_name_opens_a_news_name(analyzer):
    """``..., the Sarydala Daily Mercury reported``: "Daily" after a place's name opens a news
    organisation's name (``news_name_openers.txt``; was a named organisation)."""
    [quote] = analyzer("Bonds issued by the state gas company fell sharply after the talks ended, the Sarydala Daily "
                       "Mercury reported.").quotes
    assert (quote.speaker.name, quote.attribution) == ("Sarydala Daily Mercury", "agency")


def test_a_word_of_a_persons_name_that_names_a_broadcaster_does_not_make_them_one(analyzer):
    """``Pemba Tenzing Rai, a farmer, ... Rai said``: "Rai" alone is a listed broadcaster's name,
    but a word of a person's full name does not make the person a news organisation (was
    `agency`)."""
    text = ("Across the valley, Pemba Tenzing Rai, a farmer whose barley fields lie within sight of an outpost, said by "
            "telephone that his family had slept in a cave.\n\n‘The soldiers tell us it is safe,’ Rai said.")
    assert {(q.speaker.name, q.attribution) for q in analyzer(text).quotes} == {("Pemba Tenzing Rai", "named")}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A 2019 study by the Harwick Institute for Fiscal Research found that the tolls cost families 4 percent of "
         "their income.", "Harwick Institute for Fiscal Research"),
        ("The two leaders spoke by telephone on Monday and agreed to meet, according to a readout released by the "
         "Kessarian Foreign Ministry.", "Kessarian Foreign Ministry"),
    ],
)
def test_a_study_or_a_readout_is_its_authors(analyzer, text, speaker):
    """``a study by X found``, ``according to a readout released by X``: a study is data and a
    readout speech whose author is named (``data_nouns.txt``, ``speech_nouns.txt``; were unknown)."""
    quote = analyzer(text).quotes[0]
    assert (quote.speaker.name, quote.attribution) == (speaker, "named")


def test_the_study_is_the_author_of_the_study_named_before(analyzer):
    """``A study by the Harwick Institute found ... The study said``: definite data is the data
    of that name the article mentioned last, and so its author's (was unknown)."""
    text = ("A study by the Harwick Institute found that tolls cost families 4 percent of their income.\n\nThe study "
            "said the poorest districts paid the most.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == ("Harwick Institute", "named")


def test_an_institutions_noun_whose_clause_states_anonymity_is_an_unnamed_person(analyzer):
    """``A senior port regulator, who spoke on condition of anonymity ..., said``: "regulator"
    names a body that speaks for itself, but one who asked for anonymity is a person, unnamed (was
    a named institution)."""
    [quote] = analyzer("A senior port regulator, who spoke on condition of anonymity because he was not authorised to "
                       "discuss the matter, said there were no plans to rescue the firm.").quotes
    assert quote.attribution == "anonymous"


def test_a_one_word_name_ending_in_wire_is_a_news_organisation_that_relays(analyzer):
    """``Baltwire quoted three sources ... as saying``, ``... told Baltwire that``: a capitalised
    word that ends in a news word (``news_name_suffixes.txt``) names a news organisation, which
    relays the anonymous sources' words (was no relay)."""
    text = ("Baltwire quoted three sources close to the talks as saying that the announcement had caught other "
            "delegations off guard. Two sources in the governing coalition told Baltwire that the junior partner had "
            "threatened to walk out.")
    quotes = analyzer(text).quotes
    assert [(q.attribution, [v.name for v in q.via]) for q in quotes] == [("anonymous", ["Baltwire"])] * 2


def test_a_civil_servant_is_a_role(analyzer):
    """``A senior civil servant who spoke on condition of anonymity said``: a servant is a role
    noun (``role_nouns.txt``), so the source is anonymous (was unknown)."""
    text = ("A senior civil servant who spoke on condition of anonymity said staff in the finance department had "
            "raised questions about the claims.")
    assert [q.attribution for q in analyzer(text).quotes] == ["anonymous"]


def test_a_news_agency_named_after_its_head_noun_relays_the_report_whatever_the_parser_split(analyzer):
    """``According to the state news agency NotiPatria, Foreign Minister ... said``: the parser
    made the agency's name the clause's subject, apart from "agency"; the name still belongs to
    the relay (was "the state news agency", which went to the newspaper named before)."""
    text = ("The Harbor Times first reported the leak on Sunday. According to the state news agency NotiPatria, "
            "Foreign Minister Alfonso Ibarra Quintero said Velmar would formally ask Washington to clarify whether the "
            "material had been shared with its prosecutors.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, [v.name for v in quote.via]) == ("Alfonso Ibarra Quintero", ["NotiPatria"])


def test_a_paper_citing_someone_relays_that_source_not_the_report_inside_its_account(analyzer):
    """``The Harbor Times, citing a person familiar with ..., reported that Brandsma had told
    ministers ... that ...``: what the paper reports is the unnamed person's account, which
    holds Brandsma's words; the account stays a quote of its own, anonymous via the paper (was
    only Brandsma's words via the paper, the unnamed source lost)."""
    text = ("The Harbor Times, citing a person familiar with the cabinet's deliberations, reported that Brandsma had "
            "told ministers at an emergency meeting on Tuesday night that the coalition would survive.")
    account, words = analyzer(text).quotes
    assert (account.attribution, [v.name for v in account.via]) == ("anonymous", ["Harbor Times"])
    assert account.text.startswith("that Brandsma had told ministers")
    assert (words.text, words.speaker.name) == ("that the coalition would survive", "Brandsma")


def test_a_speech_carried_by_a_news_agency_in_an_aside_is_relayed_by_it(analyzer):
    """``In a speech at a banquet in his honour, carried in full by the state news agency, Ryu
    said: '...'``: the parser hung the participle on "said", not on the speech; its agent still
    relays the quote (was no relay)."""
    text = ("In a speech at a banquet in his honour, carried in full by the state news agency, Ryu said: 'Our two "
            "peoples have shared the joys and sorrows of history.'")
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, [v.name for v in quote.via]) == ("Ryu", ["state news agency"])


def test_he_added_goes_on_with_the_relayed_quote_before_it(analyzer):
    """``X was quoted by the state news agency Berita Negara as saying that ... He added that
    ...``: the addition, in the next sentence of the paragraph, is part of the same relayed
    report (was no relay)."""
    text = ("Foreign Minister Idris Jalal was quoted by the state news agency Berita Negara as saying that Malaysia would "
            "'not negotiate under pressure from anyone'. He added that any talks would have to begin with the "
            "withdrawal of the vessel.")
    quotes = analyzer(text).quotes
    assert [(q.speaker.name, [v.name for v in q.via]) for q in quotes] == [("Idris Jalal", ["Berita Negara"])] * 2


@pytest.mark.parametrize(
    "text",
    [
        "Adjusters working in the area, who asked not to be named because they were not permitted to speak to the "
        "media, said many lots could not be cleared.",
        "A freight forwarder in Port-Lagrange, who spoke on condition of anonymity, said trucking rates had doubled.",
    ],
)
def test_any_unnamed_people_who_say_they_go_unnamed_are_anonymous(analyzer, text):
    """A common noun with an anonymity marker in a clause on it (or on a noun after it) is an
    unnamed person whatever the noun (was unknown unless it was a role noun)."""
    [quote] = analyzer(text).quotes
    assert quote.attribution == "anonymous", quote.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Motorists in Lagos said black-market sellers were charging 2,000 naira a litre.",
        "Principals, meanwhile, say the uncertainty is taking a toll on timetabling.",
        "Shipowners said they would need clearer security guarantees.",
        "Two hikers said the path had been closed without warning.",
    ],
)
def test_unnamed_people_by_their_role_are_anonymous(analyzer, text):
    """"motorist", "principal", "shipowner", "hiker" and the like join ``role_nouns.txt``: people
    named only by what they do are anonymous (were unknown)."""
    [quote] = analyzer(text).quotes
    assert quote.attribution == "anonymous", quote.reasons


@pytest.mark.parametrize("text", [
    "MOKPO, March 16 (Harbor Wire) - Fishermen in this eastern port said on Sunday that the launch had done little harm.",
    "Policemen at the scene said the road was closed.",
])
def test_people_of_a_trade_in_the_plural_with_no_name_are_anonymous(analyzer, text):
    """``Fishermen in this eastern port said``: a plural in "-men" of a role noun, capitalised by
    its place after a dateline or at a sentence's start, is no name (was named)."""
    [quote] = analyzer(text).quotes
    assert quote.attribution == "anonymous"



def test_a_person_is_not_the_hall_named_after_him(analyzer):
    """"Tomas Veldran" and the later "Tomas Veldran Community Hall" are two entities: the quotes
    "Veldran", "him" and "He" give stay the person's (they were the hall's and another man's),
    and the paper he told is relayed once, not twice. (The names are an invented set's: NER
    types others differently.)"""
    text = (
        "In the village where Tomas Veldran grew up, opinion is split.\n\n"
        "Its baker, Rolf Ansel, said trade had been slow.\n\n"
        "Veldran broke his silence on Friday, telling the weekly Dornach Courier that he was sorry.\n\n"
        "'I made mistakes, but I am not a thief,' the Courier quoted him as saying.\n\n"
        "He told the paper he would stand again.\n\n"
        "Mayor Renate Kolb said the council would not rename the Tomas Veldran Community Hall.\n"
    )
    quotes = analyzer(text).quotes
    mine = [q for q in quotes if q.cue is not None and q.cue.text in ("telling", "quoted", "told")]
    assert [q.speaker.name for q in mine] == ["Tomas Veldran"] * 3
    assert [[v.name for v in q.via] for q in mine] == [["Dornach Courier"]] * 3


def test_a_report_citing_documents_and_people_is_the_peoples(analyzer):
    """``..., the Northgate Courier reported on Tuesday, citing internal documents and three current and
    former employees.``: the employees are the source, the paper relays them (was the paper's own
    report, with "citing" read as a quote of the documents)."""
    text = ("Engineers at Veltrona Mobile warned managers about overheating in test units as early as November, "
            "the Northgate Courier reported on Tuesday, citing internal documents and three current and former employees.")
    quotes = analyzer(text).quotes
    report = next(q for q in quotes if q.cue.text == "reported")
    assert report.attribution == "anonymous" and [v.name for v in report.via] == ["Northgate Courier"]
    assert not any(q.cue.text == "citing" for q in quotes)


@pytest.mark.parametrize("text", [
    "A handful of shoppers said the cost of bread had doubled.",
    "A group of residents said the road had been closed since Monday.",
    "Islanders said the boats were already struggling to keep up.",
])
def test_unnamed_people_counted_or_by_what_they_do_are_anonymous(analyzer, text):
    """"a handful of", "a group of" count the people of their "of" phrase as "dozens of" does;
    "islander" joins ``role_nouns.txt`` (each was unknown). Not "runner" (the tokenizer splits
    "front-runner", one person the article names) nor "family" ("Family Circle magazine")."""
    [quote] = analyzer(text).quotes
    assert quote.attribution == "anonymous", quote.reasons


@pytest.mark.parametrize("text, speaker", [
    ("Tavarian Central Television broadcast a documentary on Wednesday. The visit had opened a new era of friendship, "
     "state television said.", "Tavarian Central Television"),
    ("The Harbor Times reported the visit. The visit had opened a new era, state television said.", "state television"),
])
def test_state_television_is_the_broadcaster_named_before(analyzer, text, speaker):
    """"state television said", with no "the", stands for the broadcaster named before (was no
    one), never a paper."""
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == (speaker, "agency")


def test_a_stance_in_a_statement_a_news_agency_carried(analyzer):
    """``accused neighbouring Naemar of "playing with fire along the border" in a rare statement
    carried by the state-run Chollan Central News Agency``: the statement is where the words were
    said, not what, and the agency that carried it relays them (the content ran on to the agency's
    name, with no relay). (The names are an invented set's.)"""
    text = ('Ryom Sol-hui on Thursday accused neighbouring Naemar of "playing with fire along the border" in a rare '
            "statement carried by the state-run Chollan Central News Agency (CCNA).")
    [quote] = analyzer(text).quotes
    assert quote.text == 'neighbouring Naemar of "playing with fire along the border"'
    assert [v.name for v in quote.via] == ["Chollan Central News Agency"]


def test_a_paper_whose_name_opens_with_gazette_is_news(analyzer):
    """``the Gazette du Lac reported ... The newspaper quoted Vasseur as saying ...``: "Gazette" opens
    a news organisation's name (``news_name_openers.txt``), so the paper is an agency and "the
    newspaper" that relays her (was a person, and the relay "newspaper" no one)."""
    text = ("Chef Oriane Vasseur plans to reopen Le Sillon in September with a shorter menu, the Gazette du Lac reported "
            'on Saturday. The newspaper quoted Vasseur as saying she wanted to "start again from the ground".')
    report, quoted = analyzer(text).quotes
    assert (report.speaker.name, report.attribution) == ("Gazette du Lac", "agency")
    assert [v.name for v in quoted.via] == ["Gazette du Lac"]


def test_where_a_stance_was_taken_stays_in_its_content_when_more_follows(analyzer):
    """``lauded Mr. Berg in her annual address for helping develop "..."``: the setting is left out
    of the content only where it ends it, not before the phrase that says what was lauded."""
    text = 'Governor Ada Lind lauded Mr. Berg in her annual address for helping develop "new and innovative ideas."'
    [quote] = analyzer(text).quotes
    assert quote.text.startswith("Mr. Berg") and "for helping develop" in quote.text


def test_the_next_quotes_of_a_statement_carried_by_an_agency_are_relayed_by_it_too(analyzer):
    """``Ada Lind said in a statement carried by the Velmar Central News Agency that ... /
    "...," Lind said. / Lind added that ...``: her next quotes, with no one else quoted between,
    come from the same statement, which the agency relays (they had no relay); a quote after
    someone else's, or told to reporters, is her own."""
    text = ('Ada Lind, a vice director of the ruling party, said in a statement carried by the state-run Velmar Central '
            'News Agency that the exercises amounted to "a dress rehearsal for invasion."\n\n'
            '"They are playing with fire right at our doorstep," Lind said.\n\n'
            'Lind added that the armed forces had been placed on "the highest state of readiness".\n\n'
            "Analysts said the statement was unusually harsh.\n\nLind told reporters later that she was tired.")
    quotes = analyzer(text).quotes
    assert [[v.name for v in q.via] for q in quotes] == [["Velmar Central News Agency"]] * 3 + [[], []]


def test_the_report_is_not_the_report_of_whoever_spoke_just_before(analyzer):
    """``... But a source familiar with the inquiry said ... / ..., the congressional report
    said``: a report is the speaker's before only when that is a news organisation; here the
    report stays the one the article introduced (not the source, a wrong attribution)."""
    text = ("Hackers broke into the Harbor Board's computers in 2011, according to a congressional report on "
            "Wednesday.\n\nThe board declined to comment.\n\nA memo seen by the Courier said files were taken.\n\n"
            "But a source familiar with the inquiry said the intruders were seeking economic intelligence.\n\n"
            "In all, hackers compromised 12 workstations, the report said.")
    quote = analyzer(text).quotes[-1]
    assert quote.attribution != "anonymous" and "source" not in quote.speaker.name


def test_a_commentary_a_news_agency_carried_is_its_own(analyzer):
    """``A commentary carried by the Velmar Central News Agency said ...``: a piece a news
    organisation runs (``news_work_nouns.txt``) is its own, as in ``The agency carried a
    commentary`` (was the commentary, unknown, relayed by the agency); a statement it carried
    stays someone else's, which it relays."""
    text = ('A commentary carried by the Velmar Central News Agency on Saturday said the visit had "shattered the '
            'illusions" of hostile countries. A statement carried by the agency said the talks had failed.')
    quotes = analyzer(text).quotes
    assert [(q.speaker.name, q.attribution) for q in quotes][0] == ("Velmar Central News Agency", "agency")
    assert [v.name for v in quotes[1].via] == ["Velmar Central News Agency"]


def test_the_report_the_article_never_introduced_is_the_quoting_news_agencys(analyzer):
    """``The agency quoted Ryo as saying ... / ..., the report said``: a report no sentence
    introduced is that of the subject of the quoting verb just before, the news agency (was
    "report", unknown)."""
    text = ('The Velmar Central News Agency said Ryo held "sincere and comradely" talks with President Ada Lind.\n\n'
            "The agency quoted Ryo as saying that the friendship between the two peoples could not be shaken.\n\n"
            "Ryo also toured a tractor plant during his stay, the report said, without giving dates.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == ("Velmar Central News Agency", "agency")


def test_the_statement_the_article_never_introduced_is_the_report_before(analyzer):
    """``Ostland's Foreign Ministry said ... / The statement, carried by the Ostland Central News
    Agency (OCNA), said ... / "...," the statement warned``: a statement no sentence introduced is
    the report of the speech verb just before, and the agency that carried it relays both (each was
    unresolved, with no relay)."""
    text = ("TAVRIK - Ostland's Foreign Ministry said on Thursday that foreign reports about the leader's health were "
            "fabricated.\n\n"
            "The statement, carried by the Ostland Central News Agency (OCNA), said the claims were \u201ca despicable "
            "smear campaign.\u201d\n\n"
            "\u201cThose who peddle such rumours will pay dearly,\u201d the statement warned.\n")
    quotes = analyzer(text).quotes
    assert [q.speaker.name for q in quotes] == ["Ostland's Foreign Ministry"] * 3
    assert [[v.name for v in q.via] for q in quotes[1:]] == [["Ostland Central News Agency"]] * 2
