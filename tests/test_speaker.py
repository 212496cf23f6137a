"""speaker.mention: the local words that name each quote's source (sentences written for tests)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from quotekit.lexicon import Lexicon
from quotekit.speaker import _subject


def _hand_parsed(table: str, sentences: tuple[int, ...] = (0,)) -> Doc:
    """A Doc with the parse en_core_web_sm gave a sentence in an article, one token a row:
    word, space after (1 or 0), head, dependency, part of speech, tag, lemma and an optional
    entity tag; ``sentences`` are the tokens that open sentences."""
    import spacy

    rows = [line.split() for line in table.strip().splitlines()]
    return Doc(spacy.blank("en").vocab, words=[r[0] for r in rows], spaces=[r[1] == "1" for r in rows],
               heads=[int(r[2]) for r in rows], deps=[r[3] for r in rows], pos=[r[4] for r in rows],
               tags=[r[5] for r in rows], lemmas=[r[6] for r in rows], ents=[r[7] if len(r) > 7 else "O" for r in rows],
               sent_starts=[i in sentences for i in range(len(rows))])


def _source_words(doc: Doc, cue: str) -> str | None:
    """The source's words that :func:`~quotekit.speaker.find_sources` finds for the one quote
    whose cue opens with the word ``cue`` in a hand-built parse."""
    from quotekit.detect import detect_quotes
    from quotekit.speaker import find_sources

    [quote] = [q for q in detect_quotes(doc) if q.cue is not None and doc[q.cue[0]].text == cue]
    [local] = find_sources(doc, [quote])
    return doc[local.mention[0] : local.mention[1]].text if local.mention is not None else None


def _proper_name(doc: Doc, rng: tuple[int, int]) -> str | None:
    """The name :func:`~quotekit.resolve.proper_part` finds in tokens ``rng`` of a hand-built parse."""
    from quotekit.resolve import proper_part

    name = proper_part(doc, rng)
    return name.text if name is not None else None


def _one(analyzer, text):
    [quote] = analyzer(text).quotes
    return quote


def _mention(quote):
    return quote.speaker.mention.text if quote.speaker and quote.speaker.mention else None


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Ada Lind quoted Tom Ruiz's famous rule: “Never sell the pier.”", "Tom Ruiz"),  # whose words
        ("Ada Lind quoted a line from the film: “Never sell the pier.”", "Ada Lind"),  # no one's: hers
    ],
)
def test_quoted_words_name_their_owner_or_leave_the_quoting_source(analyzer, text, mention):
    assert _mention(_one(analyzer, text)) == mention


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("A spokeswoman for the Harbour Authority said the ferry would resume.", "A spokeswoman for the Harbour Authority"),
        ("Two engineers at the plant said the pumps had failed.", "Two engineers at the plant"),
        ("A 2019 survey by the Valley Institute found that most farms were in debt.", "A 2019 survey by the Valley Institute"),
    ],
)
def test_prepositional_phrases_that_say_whose_source(analyzer, text, mention):
    assert _mention(_one(analyzer, text)) == mention


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Not everyone finds the ferry plan convincing.", "Not everyone"),
        ("Not all dockworkers agree that the strike will end soon.", "Not all dockworkers"),
        ("Either the mayor or the harbor master said the ferry would resume.", "Either the mayor or the harbor master"),
    ],
)
def test_a_negation_or_correlative_before_the_subject_belongs_to_it(analyzer, text, mention):
    """The parser may hang "Not" on the verb; without it the source reads as its opposite."""
    assert _mention(_one(analyzer, text)) == mention


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("A person briefed on the talks said the ferry would resume.", "A person briefed on the talks"),
        ("Economists polled by the Harbor Times expect the levy to stay.", "Economists polled by the Harbor Times"),
        ("A poll released last week shows the levy is unpopular.", "A poll"),  # when, not who
    ],
)
def test_a_participle_that_says_who_the_source_is_belongs_to_it(analyzer, text, mention):
    assert _mention(_one(analyzer, text)) == mention


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("On the levy, 42% of dockers say they are undecided.", "42% of dockers"),  # not a stray mark
        ('"The pier is safe," said the 46-year-old.', "the 46-year-old"),  # an age, not a date
        ("In a poll, 31% of dockers and harbor-area voters said they were happy.",  # the parser's run-on
         "31% of dockers and harbor-area voters"),  # apposition, set off by no comma, is the phrase's
    ],
)
def test_a_percentage_or_an_age_can_be_the_source_with_all_its_words(analyzer, text, mention):
    assert _mention(_one(analyzer, text)) == mention


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The meeting ended with Ada Lind asking the mayor whether the pier would close.", "Ada Lind"),
        ("The hearing closed with the mayor saying that the pier would reopen.", "the mayor"),
    ],
)
def test_the_object_of_with_before_a_participle_is_its_source(analyzer, text, mention):
    assert _mention(_one(analyzer, text)) == mention


def test_the_object_of_with_in_a_nouns_phrase_is_not_the_participles_source(analyzer):
    """``reports with the harbor board detailing ...``: the reports detail, not the board."""
    text = "The rules require the port to file reports with the harbor board detailing its finances."
    assert _mention(_one(analyzer, text)) != "the harbor board"


def test_a_name_the_tagger_read_as_an_adverb_is_the_source(analyzer):
    """``said Skelly``: tagged RB for its ending; a capitalised word inside a sentence is a name."""
    text = '"The data is valuable," said Skelly, explaining he worked closely with the port.'
    quotes = analyzer(text).quotes
    assert [(q.cue.text, _mention(q), q.attribution) for q in quotes] == [
        ("said", "Skelly", "named"), ("explaining", "Skelly", "named")]


def test_a_family_name_the_tagger_read_as_an_interjection_is_the_source(analyzer):
    """``Oh said``: tagged UH, yet the article names "Oh Seung-hee"; a speaker by that name."""
    text = ("Trade Minister Oh Seung-hee met the delegation on Monday.\n\n"
            '"We have agreed to reopen the consulates," Oh said.\n\n'
            "Oh said the talks would resume in March.")
    quotes = analyzer(text).quotes
    assert [(_mention(q), q.speaker.name if q.speaker else None) for q in quotes] == [
        ("Oh", "Oh Seung-hee"), ("Oh", "Oh Seung-hee")]


def test_a_family_name_read_as_an_interjection_opens_the_first_mention(analyzer):
    """``Oh Min-jun, a researcher at ..., said``: the tagger reads the family name as an
    interjection of the verb; the source is the whole name with its description, and the later
    ``Oh said`` and ``Oh told`` are his."""
    text = ("Oh Min-jun, a researcher at the Marlow Institute for Peace Studies, said the launch was a warning.\n\n"
            '"They want to be noticed," Oh said.\n\n'
            "Later, Oh told reporters the talks were over.")
    quotes = analyzer(text).quotes
    assert [(_mention(q), q.speaker.name) for q in quotes] == [
        ("Oh Min-jun", "Oh Min-jun"), ("Oh", "Oh Min-jun"), ("Oh", "Oh Min-jun")]
    assert quotes[0].speaker.description == "a researcher at the Marlow Institute for Peace Studies"


def test_an_interjection_named_nowhere_else_is_no_source(analyzer):
    """``Oh said the talks ...`` in an article naming no "Oh": no speaker is made up of it."""
    quote = _one(analyzer, "Oh said the talks would resume in March.")
    assert quote.attribution == "unknown"


def test_a_participle_in_a_clause_reported_before_its_cue_is_the_clauses_subjects(analyzer):
    """``A did B, saying C, the Gazette reported``: A said C (the Gazette reports all of it)."""
    text = "The mayor closed the pier on Monday, saying the storm had damaged it, the Gazette reported."
    quotes = {q.cue.text: q for q in analyzer(text).quotes}
    assert _mention(quotes["saying"]) == "The mayor"
    assert quotes["reported"].text == "The mayor closed the pier on Monday, saying the storm had damaged it"


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("Her ex-husband agreed, but also argued that the house was hers.", "Her ex-husband", "Her ex-husband"),
        ("The Coalition to Save the Harbor said the dredging was reckless.", "The Coalition to Save the Harbor",
         "Coalition to Save the Harbor"),  # a capitalised infinitive continues the name
    ],
)
def test_a_word_or_name_the_parser_split_is_one_mention(analyzer, text, mention, name):
    quote = _one(analyzer, text)
    assert (_mention(quote), quote.speaker.name) == (mention, name)


@pytest.mark.parametrize("quoted", ["Everyone in the market knew that.", "Nobody at the port believed it."])
def test_a_name_the_parser_split_into_several_subjects_is_one_mention(analyzer, quoted):
    """``"...," de Klerk-Mahon said``: the parser makes "de", "Klerk" and "Mahon" (or the last two)
    subjects side by side; the mention is the whole name, not the particle."""
    text = ("Pieter de Klerk-Mahon, an analyst at a brokerage in Castelburg, said the ruling was no surprise.\n\n"
            f'"{quoted[:-1]}," de Klerk-Mahon said.')
    quote = analyzer(text).quotes[-1]
    assert (_mention(quote), quote.speaker.name) == ("de Klerk-Mahon", "Pieter de Klerk-Mahon")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The ad uses footage of Ada Lind asking, \u201cWhy are the ferries late?\u201d", "Ada Lind"),
        ("The campaign released a video of the mayor saying that the pier would reopen.", "the mayor"),
        ("Berg unleashed a series of tweets criticizing the harbor board.", "Berg"),  # the tweets say it, Berg's
    ],
)
def test_the_one_a_recording_shows_speaking_is_the_source(analyzer, text, mention):
    assert _mention(_one(analyzer, text)) == mention


def test_a_name_after_the_quote_with_its_apposition_is_the_source(analyzer):
    """The parser hangs "Okafor" on a word inside the quote; the name after the closing mark,
    before the apposition and the verb, is the source, and the quote's words describe no one."""
    text = ("\u201cHe is right. There is a gap between this board and frankly the mayor and our president,\u201d "
            "Okafor, a top harbor official, said Thursday morning on Harbor Radio.")
    quote = _one(analyzer, text)
    assert (_mention(quote), quote.speaker.description) == ("Okafor", "a top harbor official")


def test_a_name_before_a_participle_aside_is_the_source(analyzer):
    """"asked about ..." opens the aside (tagged as a past tense); the name before it spoke."""
    text = ("The issue came up after Ms. Lind, asked about the deaths of sailors under Mr. Berg, had said, "
            "\u201cI think our port does plenty of harm also.\u201d")
    assert _mention(_one(analyzer, text)) == "Ms. Lind"


def test_a_name_before_an_age_is_the_source_of_the_clause_after_the_cue(analyzer):
    """The parser hangs "Tom Ruiz" on "plea" and leaves "said" without a subject."""
    text = "As part of his plea, Tom Ruiz, 44, said that he stole from nearly 100 docks."
    assert _mention(_one(analyzer, text)) == "Tom Ruiz"


@pytest.mark.parametrize(
    "text",
    [
        # between the commas a clause, not an apposition: "his fellow Americans" did not tell
        "In line with the majority of his fellow Americans, Republican Presidential hopeful Sen. Ada Lind was also "
        "critical of the mayor\u2019s stance, telling Harbor London: \u201cThe mayor\u2019s comments today are typical "
        "of his administration, which began by closing the pier.\u201d",
        # a place before the last comma, not the name
        "\u201cI would have been sitting in a cell for a long time,\u201d Mr. Okafor, now 81 and retired in "
        "Cambridge, Mass., said by telephone.",
    ],
)
def test_no_name_is_taken_from_before_what_is_not_an_apposition(analyzer, text):
    quote = next(q for q in analyzer(text).quotes if q.kind == "direct")
    assert quote.speaker is None or quote.speaker.name not in ("his fellow Americans", "Cambridge")


def test_a_headline_infinitive_is_not_part_of_a_name(analyzer):
    """In title case, "to" with a verb is a future ("Union to Strike"), not part of the name."""
    quote = _one(analyzer, "Coalition to Fight Toll Plan, Says Drivers Pay Enough")
    assert quote.speaker.name == "Coalition"


def test_clauses_inside_a_prepositional_phrase_are_not_the_name(analyzer):
    quote = _one(analyzer, "A transcript of the hearing published by the court shows that the judge was angry.")
    assert _mention(quote) == "A transcript of the hearing"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Sen. Mara Quill (D-Ore.) said the bill was dead.", "Sen. Mara Quill (D-Ore.)"),
        ("Rep. Mara Quill (R) said the bill was dead.", "Rep. Mara Quill (R)"),
        ("Senate leader Mara Quill, R-Ore., said the bill was dead.", "Senate leader Mara Quill, R-Ore."),
    ],
)
def test_party_and_state_tag_belongs_to_the_name(analyzer, text, mention):
    quote = _one(analyzer, text)
    assert _mention(quote) == mention
    assert quote.speaker.name == "Mara Quill"
    assert quote.attribution == "named"
    assert quote.speaker.description is None or "Ore" not in quote.speaker.description


def test_relative_pronoun_is_the_mention_and_its_antecedent_the_speaker(analyzer):
    quote = _one(analyzer, "The quota angered Tomas Ekberg, a fisherman who said the limits were unfair.")
    assert _mention(quote) == "who"
    assert quote.speaker.name == "Tomas Ekberg"
    assert quote.attribution == "named"


def test_relative_pronoun_after_a_predicate_noun_stands_for_the_subject(analyzer):
    quote = _one(analyzer, "Lena Moss is a farmer who says the drought has ruined her crop.")
    assert (_mention(quote), quote.speaker.name) == ("who", "Lena Moss")


def test_relative_pronoun_after_a_comma_stands_for_the_predicate_noun_itself(analyzer):
    quote = _one(analyzer, "The main obstacle has been dock workers, who say the plan is unfair.")
    assert (_mention(quote), quote.speaker.name) == ("who", "dock workers")


def test_an_apposition_hung_on_a_noun_it_does_not_follow_is_neither_antecedent_nor_description(analyzer):
    text = ("Ruiz is far ahead in the overall count because of early endorsements from superdelegates, "
            "the party leaders who can support the candidate of their choice.")
    quote = _one(analyzer, text)  # the parser hangs "the party leaders" on "Ruiz"
    assert (quote.speaker.name, quote.speaker.description) == ("party leaders", None)


def test_relative_pronoun_after_a_place_stands_for_the_people(analyzer):
    quotes = analyzer("Residents of the valley, who say the river is rising, want a new dam.").quotes
    [quote] = [q for q in quotes if q.text == "the river is rising"]  # "want a new dam" is theirs too
    assert _mention(quote) == "who"
    assert quote.speaker.name == "Residents of the valley"
    assert quote.attribution == "anonymous"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The port's filings are expected to show that the ferry lost money.", "The port's filings"),
        ("Dockers are required to disclose any injury to the harbor master.", "Dockers"),
    ],
)
def test_the_subject_of_a_passive_an_infinitive_report_hangs_on_is_the_source(analyzer, text, mention):
    [quote] = analyzer(text).quotes
    assert _mention(quote) == mention


def test_a_speech_verb_coordinated_with_a_passive_shares_its_subject(analyzer):
    """A passive names what is said, not who; a verb joined to it has the subject as its own."""
    text = "Ruiz, who was elected in 2019 and has said she will seek a second term, visited the pier."
    [quote] = analyzer(text).quotes
    assert (quote.text, _mention(quote), quote.speaker.name) == ("she will seek a second term", "who", "Ruiz")


def test_a_participle_sharing_the_passive_does_not_make_its_subject_the_speaker(analyzer):
    """``was booed and shouted down by dockers``: she was shouted down; she did not shout."""
    text = "Comedian Ada Lind was booed and shouted down by dockers after telling them that they were \u201cbeing ridiculous.\u201d"
    shouted = [q for q in analyzer(text).quotes if q.cue.text == "shouted down"]
    assert all(q.speaker is None or q.speaker.mention is None for q in shouted)


def test_relative_who_hung_on_a_thing_stands_for_the_people_in_its_phrase(analyzer):
    text = ("The ferry has become a rallying point for protesters here, who have marched through the port and "
            "called for the levy to be scrapped.")
    [quote] = analyzer(text).quotes
    assert (quote.text, _mention(quote), quote.speaker.name) == ("the levy to be scrapped", "who", "protesters")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the cue holds an auxiliary: its verb is the relative clause's, not the auxiliary
        ("Some Democrats, who have argued that the pier helps the town, want more money.", "Some Democrats"),
        ("Officials at the harbor board who have questioned the cost of the pier met the mayor.",
         "Officials at the harbor board"),
        # "which" stands for the nearest noun, "who" for people, not for the words they came with
        ("The mayor met members of the harbor board, which has strongly denied any role in the collapse.", "harbor board"),
        ("The mayor offered a retort to both Democrats and Republicans who have questioned the cost of the pier.",
         "Democrats and Republicans"),
    ],
)
def test_relative_pronoun_of_a_cue_with_an_auxiliary(analyzer, text, speaker):
    [quote] = [q for q in analyzer(text).quotes if _mention(q) in ("who", "which")]
    assert quote.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "mention", "speaker"),
    [
        ("The Harbor Council released a report on the flood that cited the agency for lapses.",
         "that", "Harbor Council"),  # the text's issuer
        ("Reporters read a memo on the flood damage which warned that the levee would fail.",
         "which", "a memo on the flood damage"),
    ],
)
def test_relative_pronoun_hung_inside_a_speech_nouns_phrase_stands_for_the_text(analyzer, text, mention, speaker):
    [quote] = analyzer(text).quotes  # the parser hangs the clause on "flood", "damage"
    assert (_mention(quote), quote.speaker.name) == (mention, speaker)


def test_relative_pronoun_of_unnamed_officials_is_anonymous(analyzer):
    quote = _one(analyzer, "The delay was confirmed by two officials who said the talks had stalled.")
    assert (_mention(quote), quote.attribution) == ("who", "anonymous")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The company issued a statement on Monday. It said the factory would close in May.", "It"),
        ("I told my father that the house was sold.", "I"),
        ("We warned the council that the wall would not hold.", "We"),
    ],
)
def test_pronouns_that_resolve_to_no_name_are_still_the_mention(analyzer, text, mention):
    quote = _one(analyzer, text)
    assert _mention(quote) == mention
    assert quote.attribution == "unknown"  # the words are there; who they are is not


def test_expletive_it_names_no_source(analyzer):
    for quote in analyzer("It is said that the bridge will close.").quotes:
        assert quote.speaker is None


def test_a_quoted_word_is_not_the_subject_when_another_subject_is_outside_the_marks():
    # the parse of '"... it will fail," said Ada Lind' with both "it" and "Lind" as subjects
    words = ["it", "will", "fail", ",", "said", "Ada", "Lind"]
    heads = [4, 2, 4, 4, 4, 6, 4]
    deps = ["nsubj", "aux", "ccomp", "punct", "ROOT", "compound", "nsubj"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    assert _subject(doc[4], quoted={0, 1, 2}, lexicon=Lexicon.default()).text == "Lind"
    assert _subject(doc[4], quoted=set(), lexicon=Lexicon.default()).text == "it"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("A lawyer for the port, Ada Lind, said the deal was off.", "A lawyer for the port, Ada Lind"),
        ("One of the family's lawyers, Ada Lind, said the deal was off.", "One of the family's lawyers, Ada Lind"),
        # a name modifies the description's head
        ("A Pentagon spokeswoman, Ada Lind, said the deal was off.", "A Pentagon spokeswoman, Ada Lind"),
        # a title the tagger took for a name
        ("The MP for Hadley North, Ada Lind, said the deal was off.", "The MP for Hadley North, Ada Lind"),
    ],
)
def test_name_apposed_to_a_description_is_the_speaker(analyzer, text, mention):
    quote = _one(analyzer, text)
    assert _mention(quote) == mention
    assert (quote.speaker.name, quote.attribution) == ("Ada Lind", "named")
    assert quote.speaker.description == mention.split(", Ada")[0]


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("WASHINGTON -- President Ada Lind, opening the museum on Saturday, said it would tell a story.", "President Ada Lind", "Ada Lind"),
        ("LONDON — The prime minister said on Friday that taxes would rise.", "The prime minister", None),
    ],
)
def test_a_dateline_is_not_the_source(analyzer, text, mention, name):
    quote = _one(analyzer, text)
    assert _mention(quote) == mention
    if name is not None:
        assert quote.speaker.name == name


def test_a_verb_in_the_setting_of_the_cue_is_not_the_cue(analyzer):
    quote = _one(analyzer, '"Mia is eager to sail," Harold J. Whitcombe said in an e-mailed statement.')
    assert quote.cue.text.startswith("said") and quote.speaker.name == "Harold J. Whitcombe"


def test_a_relative_pronoun_beside_another_subject_is_the_clauses_object():
    # the small model's parse of "the reasons that the mayor opposes ...": two subjects
    words = ["reasons", "that", "the", "mayor", "opposes", "it"]
    heads = [0, 4, 3, 4, 0, 4]
    deps = ["ROOT", "nsubj", "det", "nsubj", "relcl", "dobj"]
    tags = ["NNS", "WDT", "DT", "NN", "VBZ", "PRP"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags)
    assert _subject(doc[4], quoted=set(), lexicon=Lexicon.default()).text == "mayor"
    # "the speech, which Will claims affirmed ...": the other subject is the speech verb the
    # parser took for a noun; the relative pronoun stays the subject
    words = ["speech", "which", "Will", "claims", "affirmed", "it"]
    deps = ["ROOT", "nsubj", "compound", "nsubj", "relcl", "dobj"]
    tags = ["NN", "WDT", "MD", "NNS", "VBD", "PRP"]
    pos = ["NOUN", "PRON", "AUX", "NOUN", "VERB", "PRON"]
    lemmas = ["speech", "which", "will", "claim", "affirm", "it"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    assert _subject(doc[4], quoted=set(), lexicon=Lexicon.default()).text == "which"


def test_a_time_the_parser_took_for_a_subject_is_not_the_source():
    # "..., Haddad said Thursday morning": a parse that makes the time the subject
    words = ["Haddad", "said", "Thursday", "morning"]
    doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "compound", "nsubj"],
              ents=["B-PERSON", "O", "B-DATE", "I-DATE"])
    assert _subject(doc[1], quoted=set(), lexicon=Lexicon.default()).text == "Haddad"
    doc = Doc(Vocab(), words=words[1:], heads=[0, 2, 0], deps=["ROOT", "compound", "nsubj"], ents=["O", "B-DATE", "I-DATE"])
    assert _subject(doc[0], quoted=set(), lexicon=Lexicon.default()) is None


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The ferry will resume in May, the council said, citing unnamed harbor officials.", "unnamed harbor officials"),
        ("The ferry will resume in May, the council said, citing a report by the port.", "a report by the port"),
        ("The ferry will resume in May, the council said, citing the repair of both piers.", "the council"),
    ],
)
def test_citing_names_a_source_only_when_the_object_can_speak(analyzer, text, mention):
    said = next(q for q in analyzer(text).quotes if q.cue.text == "said")
    assert _mention(said) == mention


def test_a_source_cited_before_a_that_clause_read_as_adverbial_is_the_source(analyzer):
    # the parser hangs "citing ..." on the that-clause, which it reads as an adverbial clause
    text = ("The state news agency Veskapress reported, citing the Interior Ministry, that 14 people had been "
            "detained after scuffles with police near the main entrance.")
    [quote] = analyzer(text).quotes
    assert (_mention(quote), [v.name for v in quote.via]) == ("the Interior Ministry", ["Veskapress"])


@pytest.mark.parametrize(
    ("text", "mention", "reporter"),
    [
        # the parser makes the reported clause the root, and the report a clause or participle on it
        ("The Eastport Herald, Dravonia's largest English-language newspaper, reported on Monday, citing two people "
         "briefed on the council's discussions, that Mayor Ilse Varga had personally ordered the closure after a "
         "meeting with the city's police chief.", "two people briefed on the council's discussions", "Eastport Herald"),
        ("The Coastal Mail, the island's largest newspaper, reported on Sunday, citing two people briefed on the "
         "board's discussions, that chairman Piet Olsen had personally ordered the sale after a meeting with the "
         "company's main lender.", "two people briefed on the board's discussions", "Coastal Mail"),
        ("The Lakeside Gazette reported on Tuesday, citing people briefed on the talks, that Governor Tomas Reyes had "
         "personally blocked the deal.", "people briefed on the talks", "Lakeside Gazette"),
    ],
)
def test_what_a_report_citing_a_source_says_after_that_is_the_sources(analyzer, text, mention, reporter):
    [quote] = analyzer(text).quotes
    assert quote.text.startswith("that ") and quote.cue is not None and quote.cue.text == "reported"
    assert (_mention(quote), [v.name for v in quote.via]) == (mention, [reporter])


def test_a_report_citing_data_before_that_is_the_reporters_own(analyzer):
    # figures cannot speak: the paper reports them itself
    text = "The Harbor Times reported on Sunday, citing figures from the port authority, that traffic had fallen."
    [quote] = analyzer(text).quotes
    assert (quote.text, _mention(quote), quote.attribution) == ("that traffic had fallen", "The Harbor Times", "agency")


@pytest.mark.parametrize(
    "text",
    [
        "The Harbor Times, citing a person with knowledge of the matter, reported that the ferry would resume.",
        "The ferry will resume in May, the Harbor Times reported, citing a person with knowledge of the matter.",
    ],
)
def test_a_cited_sources_phrase_the_parser_hung_on_citing_is_its_own(analyzer, text):
    quote = next(q for q in analyzer(text).quotes if q.cue.text == "reported")
    assert _mention(quote) == "a person with knowledge of the matter"
    assert (quote.attribution, [v.name for v in quote.via]) == ("anonymous", ["Harbor Times"])


def test_citing_evidence_is_a_position_of_the_subject(analyzer):
    text = "The ferry will resume in May, the council said, citing the repair of both piers."
    cited = next(q for q in analyzer(text).quotes if q.cue.text == "citing")
    assert (cited.text, _mention(cited)) == ("the repair of both piers", "the council")
    text = "Citing the repair of both piers, the council reopened the route."
    [cited] = analyzer(text).quotes
    assert (cited.text, _mention(cited)) == ("the repair of both piers", "the council")


@pytest.mark.parametrize(
    ("text", "name", "via"),
    [
        ("Ana Ruiz was quoted as saying that the pier was unsafe.", "Ana Ruiz", []),
        ("Ana Ruiz was quoted by the Gazette as saying that the pier was unsafe.", "Ana Ruiz", ["Gazette"]),
        ("The Gazette quoted Ana Ruiz as saying that the pier was unsafe.", "Ana Ruiz", ["Gazette"]),
        ("The Gazette quoted one of Ruiz's aides as saying that the pier was unsafe.", "one of Ruiz's aides", ["Gazette"]),
    ],
)
def test_quoted_as_saying_names_the_one_quoted(analyzer, text, name, via):
    quote = _one(analyzer, text)
    assert quote.text == "that the pier was unsafe" and quote.speaker.name == name
    assert [v.name for v in quote.via] == via


@pytest.mark.parametrize(
    "text",
    [
        'Dunmore won 2-1, with winger Tomas Ebert scoring twice. The Dunmore Herald quoted the winger as saying: "I am not leaving."',
        'Dunmore won 2-1, with winger Tomas Ebert scoring twice. The Dunmore Herald quoted the winger as saying after the match: "I am not leaving."',
    ],
)
def test_quoted_as_saying_makes_any_noun_the_speaker(analyzer, text):
    # "winger" is in no lexicon of people's roles: "as saying" is what makes it a speaker,
    # not the paper, which relays the words
    quote = analyzer(text).quotes[-1]
    assert (_mention(quote), [v.name for v in quote.via]) == ("the winger", ["Dunmore Herald"])
    assert quote.attribution != "agency"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("“This is marvellous!” beamed a ferry captain from Galway.", "a ferry captain"),
        ("“Who pays for the bridge?” he asked. “The tourists!” the crowd screamed back.", "the crowd"),
    ],
)
def test_manner_of_speaking_verbs_and_a_source_parsed_as_object(analyzer, text, mention):
    quote = analyzer(text).quotes[-1]
    assert _mention(quote) == mention


def test_a_participle_hung_in_the_reported_clause_is_the_reporters(analyzer):
    text = "The mayor said the rebuilding of the harbor and its piers would be slow, adding that the money was there."
    adding = next(q for q in analyzer(text).quotes if q.cue.text == "adding")
    assert (adding.text, _mention(adding)) == ("that the money was there", "The mayor")


def test_a_label_before_a_colon_is_not_the_subject():
    import spacy
    from spacy.tokens import Doc

    from quotekit.lexicon import Lexicon

    words = ["The", "Update", ":", "Lind", "urges", "pilots", "to", "stay", "."]
    doc = Doc(  # the parse the small model gives a headline "The Latest: Trump urges ..." in some articles
        spacy.blank("en").vocab, words=words, spaces=[True, False, True, True, True, True, True, False, False],
        heads=[1, 4, 4, 4, 4, 4, 7, 4, 4],
        deps=["det", "nsubj", "punct", "nsubj", "ROOT", "dobj", "aux", "xcomp", "punct"],
        pos=["DET", "PROPN", "PUNCT", "PROPN", "VERB", "NOUN", "PART", "VERB", "PUNCT"],
    )
    assert _subject(doc[4], quoted=set(), lexicon=Lexicon.default()).text == "Lind"


def test_a_dateline_with_a_date_names_no_source():
    import spacy
    from spacy.tokens import Doc

    from quotekit.speaker import past_dateline

    words = ["PORTVILLE", ",", "May", "2", "(", "AP", ")", "—", "the", "tour", "will", "end", "."]
    doc = Doc(  # the parser takes the dateline's city for the subject of a verb further on
        spacy.blank("en").vocab, words=words,
        heads=[11, 0, 0, 2, 0, 0, 0, 0, 9, 11, 11, 11, 11],
        deps=["nsubj", "punct", "npadvmod", "nummod", "punct", "appos", "punct", "punct", "det", "nsubj", "aux", "ROOT", "punct"],
        pos=["PROPN", "PUNCT", "PROPN", "NUM", "PUNCT", "PROPN", "PUNCT", "PUNCT", "DET", "NOUN", "AUX", "VERB", "PUNCT"],
    )
    assert past_dateline(doc[0]) is None


def test_a_possessor_in_apposition_is_not_the_name_of_the_source():
    import spacy
    from spacy.tokens import Doc

    from quotekit.speaker import named_apposition

    # "The trip — Lind's fourth to Oslo — suggests ...", parsed with "Lind" as the apposition
    words = ["The", "trip", "\u2014", "Lind", "\u2019s", "fourth", "to", "Oslo", "\u2014", "suggests", "talks", "."]
    heads = [1, 9, 1, 1, 3, 3, 5, 6, 1, 9, 9, 9]
    deps = ["det", "nsubj", "punct", "appos", "case", "amod", "prep", "pobj", "punct", "ROOT", "dobj", "punct"]
    pos = ["DET", "NOUN", "PUNCT", "PROPN", "PART", "ADJ", "ADP", "PROPN", "PUNCT", "VERB", "NOUN", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert named_apposition(doc[1]) is None
    words = ["A", "lawyer", ",", "Ada", "Lind", ",", "spoke", "."]
    heads = [1, 6, 1, 4, 1, 1, 6, 6]
    deps = ["det", "nsubj", "punct", "compound", "appos", "punct", "ROOT", "punct"]
    pos = ["DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert named_apposition(doc[1]) == doc[4]


def test_a_name_hung_on_the_subject_past_its_verb_is_no_name_of_the_subject():
    import spacy
    from spacy.tokens import Doc

    from quotekit.speaker import named_apposition

    # 'The geologist said the report, "Hazard Outlook," had named two rivers.', parsed as
    # en_core_web_sm read such a sentence: the report's title an apposition of the geologist
    words = ["The", "geologist", "said", "the", "report", ",", '"', "Hazard", "Outlook", ",", '"', "had", "named", "two",
             "rivers", "."]
    heads = [1, 2, 2, 4, 12, 4, 8, 8, 1, 12, 12, 12, 2, 14, 12, 2]
    deps = ["det", "nsubj", "ROOT", "det", "nsubj", "punct", "punct", "compound", "appos", "punct", "punct", "aux",
            "ccomp", "nummod", "dobj", "punct"]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "PUNCT", "PROPN", "PROPN", "PUNCT", "PUNCT", "AUX", "VERB",
           "NUM", "NOUN", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert named_apposition(doc[1]) is None
    # before the verb it is the subject's name
    words = ["The", "geologist", ",", "Ada", "Lind", ",", "said", "it", "."]
    heads = [1, 6, 1, 4, 1, 1, 6, 6, 6]
    deps = ["det", "nsubj", "punct", "compound", "appos", "punct", "ROOT", "dobj", "punct"]
    pos = ["DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PRON", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert named_apposition(doc[1]) == doc[4]


def test_a_possessive_determiner_is_never_the_source(analyzer):
    [quote] = analyzer("‘Harbor Weekly’ Just Announced Its ‘Person Of The Year’").quotes
    assert quote.speaker is None


def test_a_dateline_hung_on_the_subject_is_not_in_its_mention(analyzer):
    text = (
        "Ministry defends vaccine rollout as cases rise\n\n"
        "ANKARA, Turkey (AP) — Turkey's Health Ministry on Monday defended the pace "
        "of its vaccination campaign, saying supplies had arrived later than promised."
    )
    assert {q.speaker.mention.text for q in analyzer(text).quotes} == {"Turkey's Health Ministry"}


def test_a_hyphen_inside_a_capitalised_name_is_no_dateline(analyzer):
    [quote] = analyzer("AFL-CIO officials said the union would back the plan.").quotes
    assert quote.speaker.mention.text == "AFL-CIO officials"


def test_whom_a_source_tells_is_never_the_source_next_to_the_cue():
    import spacy
    from spacy.tokens import Doc

    from quotekit.detect import detect_quotes, misparsed_subject
    from quotekit.speaker import find_sources

    # '"We back the levy," Tom Berg, founder of the Trust, tells Harbor News.', parsed as the
    # small model parses such a sentence in some articles: the name apposed to the quotation's
    # object, the verb without a subject
    words = ["\u201c", "We", "back", "the", "levy", ",", "\u201d", "Tom", "Berg", ",", "founder", "of", "the", "Trust",
             ",", "tells", "Harbor", "News", "."]
    spaces = [False, True, True, True, False, False, True, True, False, True, True, True, True, False,
              True, True, True, False, False]
    heads = [2, 2, 15, 4, 2, 4, 4, 8, 4, 8, 8, 10, 13, 11, 8, 15, 17, 15, 15]
    deps = ["punct", "nsubj", "ccomp", "det", "dobj", "punct", "punct", "compound", "appos", "punct", "appos",
            "prep", "det", "pobj", "punct", "ROOT", "compound", "dobj", "punct"]
    tags = ["``", "PRP", "VBP", "DT", "NN", ",", "''", "NNP", "NNP", ",", "NN", "IN", "DT", "NNP", ",", "VBZ",
            "NNP", "NNP", "."]
    pos = ["PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT", "PUNCT", "PROPN", "PROPN", "PUNCT", "NOUN", "ADP",
           "DET", "PROPN", "PUNCT", "VERB", "PROPN", "PROPN", "PUNCT"]
    lemmas = ["\u201c", "we", "back", "the", "levy", ",", "\u201d", "Tom", "Berg", ",", "founder", "of", "the",
              "Trust", ",", "tell", "Harbor", "News", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags, pos=pos,
              lemmas=lemmas)
    assert misparsed_subject(doc[15]) is None  # not "founder": the name stands inside the quotation's clause
    quotes = detect_quotes(doc)
    assert [q.cue for q in quotes] == [(15, 16)]
    [source] = find_sources(doc, quotes)
    assert source.mention is None or "News" not in doc[source.mention[0] : source.mention[1]].text


@pytest.mark.parametrize("verb", ["asked", "warned"])
def test_a_subject_after_a_verb_that_can_stand_before_it_is_the_source(analyzer, verb):
    quote = _one(analyzer, f'"Is the pier safe?" {verb} Mr. Lind, the harbor master.')
    assert quote.speaker.name == "Lind"


def test_an_unattributed_quote_continues_the_report_not_one_nested_in_its_words(analyzer):
    """``Mara Quist said the judges had written a new chapter ... "Today belongs to ..."``: the
    quote goes on with Quist's words, not with the judges' report inside them (was the
    judges', anonymous)."""
    text = ('Addressing supporters outside the court, Mara Quist said the judges had written a new chapter for the '
            'country.\n\n"Today belongs to every voter who stood in a queue in the sun."')
    quote = analyzer(text).quotes[-1]
    assert (quote.kind, quote.speaker.name if quote.speaker else None) == ("direct", "Mara Quist")


def test_an_unattributed_quote_after_words_of_its_paragraph_continues_no_one(analyzer):
    text = ('Article 9 of the harbor charter is plain: "No ship shall be turned away in a storm."\n\n'
            'The board met on Monday to vote on a new rule. "Every ship will be sent back to its port."\n\n'
            '"We will appeal," she said.')
    article = analyzer(text)
    assert article.quotes[1].text.startswith("Every ship") and article.quotes[1].speaker is None
    text = text.replace("The board met on Monday to vote on a new rule. ", "")
    assert analyzer(text).quotes[1].speaker.name == "Article 9 of the harbor charter"  # a quote paragraph continues


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ('"Should the pier close for good?" a reporter can be heard asking her.', "a reporter"),
        ("The harbor master was seen shouting that the pier would close.", "The harbor master"),
    ],
)
def test_the_subject_of_a_passive_is_the_one_heard_or_seen_speaking(analyzer, text, mention):
    [quote] = analyzer(text).quotes
    assert quote.speaker.mention.text == mention


def test_the_subject_the_parser_hung_on_an_aside_is_the_speaker(analyzer):
    # "exasperated" is read as a verb of its own, with the name as its subject
    [quote] = analyzer('Lind, exasperated, responded: "What difference - at this point, what difference does it make?"').quotes
    assert quote.speaker.name == "Lind"


@pytest.mark.parametrize(
    ("text", "mention"),
    [  # the parser reads "Outside court", "both", "the realist" as second subjects
        ("Outside court, his lawyer, Tom Ruiz, said: 'This has been a nightmare for the family.'", "his lawyer, Tom Ruiz"),
        ("Harbor establishment figures — whose party was once respected for its discipline and public unity — both "
         "suggested the mayor's speechwriter be fired and defended Ruiz as a candidate.", "Harbor establishment figures"),
        ("Tom Ruiz the realist knows that even if all the commitments are met, they will still fall short of what's "
         "needed to stem climate damage to the planet.", "Tom Ruiz"),
    ],
)
def test_of_two_subjects_the_parser_gives_a_verb_the_one_set_off_next_to_it_speaks(analyzer, text, mention):
    assert analyzer(text).quotes[0].speaker.mention.text == mention


def test_of_two_subjects_a_name_before_a_set_off_phrase_still_speaks(analyzer):
    text = ("The Eastern News Agency reported that Ruiz, referring to the North by its official name, the Democratic "
            "People’s Republic of Korea, said, “Norland is willing to play a constructive role in the issue of the peninsula.”")
    quote = next(q for q in analyzer(text).quotes if q.kind == "direct")
    assert quote.speaker.mention.text == "Ruiz"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("To understand the real Tom Berg, Chief Justice Ada Lind said, one should read his letters.",
         "Chief Justice Ada Lind"),
        ("To grasp the real Sara Holt, Judge Mark Olsen said, one should visit the archive.", "Judge Mark Olsen"),
    ],
)
def test_a_name_closing_the_phrase_before_a_parenthetical_cue_is_its_source(analyzer, text, mention):
    quote = analyzer(text).quotes[-1]
    assert quote.speaker.mention.text == mention


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The plan would curb short-term investors, according to a speech Ada Lind delivered at the port in July.",
         "Ada Lind"),
        ("The ferry will stop in May, according to a letter that Tom Berg sent to parents.", "Tom Berg"),
        ("The ferry will stop in May, according to a letter that was sent to parents.", "a letter"),
    ],
)
def test_who_put_out_a_document_in_a_relative_clause_is_its_source(analyzer, text, name):
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == name


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ('Lind, a top aide said, "is very confident about the vote."', "a top aide"),
        ("Berg, one of his lawyers said, will appeal the ruling.", "one of his lawyers"),
        ("Lind, a top aide, said the vote was close.", "Lind"),  # the comma closes the description
        ("Last week, Ada Lind, editor at large of The Harbor Times, an influential Ostia-based newspaper catering "
         "to dockworkers, wrote, \"When we think of the ferry, we should think of the port.\"", "Ada Lind"),
    ],
)
def test_a_description_set_between_commas_with_its_verb_is_the_source(analyzer, text, mention):
    [quote] = analyzer(text).quotes
    assert quote.speaker.mention.text == mention


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ('"It is hers to lose," added another harbor official. "The team has done well."', "another harbor official"),
        ('"Debate recap," tweeted Lind spokesman Tom Berg. "She was late again."', "Lind spokesman Tom Berg"),
    ],
)
def test_both_parts_of_an_interrupted_quote_share_the_attribution_between_them(analyzer, text, mention):
    first, second = analyzer(text).quotes
    assert first.speaker.mention.text == second.speaker.mention.text == mention
    assert first.attribution == second.attribution


@pytest.mark.parametrize(
    "text",
    [
        "Since Ada Lind announced her run last year, she's said the same thing at every diner.",
        "Ada Lind runs the harbor board. She's said she gets her ideas about the harbor from a book.",  # "said" tagged VBD
    ],
)
def test_a_contracted_has_the_parser_read_as_a_passive_is_keeps_its_subject(analyzer, text):
    quote = next(q for q in analyzer(text).quotes if q.cue.text.endswith("said"))
    assert (quote.speaker.mention.text.lower(), quote.speaker.name) == ("she", "Ada Lind")


def test_a_contracted_has_before_an_infinitive_keeps_its_subject(analyzer):
    text = "And while Ada Lind has railed against the harbor levies, she's sought to protect the ferry subsidies."
    quote = next(q for q in analyzer(text).quotes if q.cue.text.endswith("sought"))
    assert quote.speaker.mention.text == "she"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Lind was asked by host Tom Ruiz whether the pier would close.", "host Tom Ruiz"),
        ("It was announced by the harbor board that the pier would close.", "the harbor board"),
    ],
)
def test_the_agent_of_a_passive_speech_verb_is_the_source(analyzer, text, mention):
    assert _mention(_one(analyzer, text)) == mention


def test_it_of_a_cleft_sentence_is_not_the_source_of_a_participle(analyzer):
    text = "It was at the conference that Ruiz delivered his speech, pointing to the pier as a disgrace."
    assert _mention(_one(analyzer, text)) != "It"


def test_an_impersonal_passive_stays_without_a_source(analyzer):
    [quote] = analyzer("It's said that the port will close in May.").quotes
    assert quote.speaker is None


@pytest.mark.parametrize(
    "text",
    [
        "In a March letter to Ruiz, Lind, head of the Harbor Trust, recounted a dispute she had with the port.",
        # the parser makes the name a conjunct of the one before it, the description its apposition
        "In a 2019 message to Berg, Lind, director of the Ostia Institute for Harbor Studies, recounted a talk.",
        "In a 2019 message to Berg, Holt, director of the Ostia Institute for Harbor Studies, recounted a talk she had.",
        # ... with an age between them, or the description hung on the name
        "Outside a bakery on Route 12, Teodor, 41, a bus driver, said he planned to vote for the mayor.",
        "Outside a grocery store on Route 9, Marcus, 29, a warehouse supervisor, said he planned to vote for the mayor.",
    ],
)
def test_a_name_hung_on_the_phrase_before_the_verb_with_its_description_is_the_source(analyzer, text):
    """The parser hangs the name and its description on the name before them ("to Ruiz"), and
    gives the verb no subject: the name is the source, not the description, which would
    stand for the addressee."""
    quote = _one(analyzer, text)
    name = text.split(", ")[1]
    assert (quote.speaker.mention.text, quote.speaker.name) == (name, name)


def test_a_bare_noun_opening_the_sentence_sets_the_scene_for_the_speaker_apposed_to_it(analyzer):
    """``Outside court, a relative ... said``: the parser made "court" the subject and the
    relative its apposition; the relative speaks."""
    text = "Outside court, a cousin of the defendant who asked not to be named said the family was relieved."
    quote = _one(analyzer, text)
    assert (_mention(quote), quote.attribution) == ("a cousin of the defendant", "anonymous")


@pytest.mark.parametrize(
    ("text", "mention", "via"),
    [
        ("The weekly Harbour Gazette quoted a deputy mayor as saying the pier would reopen.", "a deputy mayor",
         ["Harbour Gazette"]),
        ("The newspaper Ostia Tidings quoted a port engineer who asked not to be named as saying the pier would reopen.",
         "a port engineer", ["Ostia Tidings"]),
        ("The newspaper Ostia Tidings said the pier would reopen.", "The newspaper Ostia Tidings", []),
        ("The social media star Sable Morrow apologised, saying she had been careless.",
         "The social media star Sable Morrow", []),
    ],
)
def test_a_news_name_the_parser_split_into_two_subjects_is_one_source(analyzer, text, mention, via):
    """``The weekly Harbour Gazette quoted``: two subjects to the parser, one name; and the one
    quoted may have a relative clause before "as saying" that the parser hangs "as" in."""
    quote = _one(analyzer, text)
    assert (_mention(quote), [v.name for v in quote.via]) == (mention, via)


def test_a_name_split_from_its_description_resolves_to_the_person(analyzer):
    """``PORT ELSBY — The social media star Sable Morrow apologised, saying ...``: the phrase's
    root is "star" to the parser; the name it describes is the source, named."""
    text = ("Influencer Sable Morrow apologises after deleted post\n\n"
            "PORT ELSBY — The social media star Sable Morrow apologised on Tuesday for a post, saying she had been careless.")
    quote = _one(analyzer, text)
    assert (quote.speaker.name, quote.attribution) == ("Sable Morrow", "named")


def test_a_name_apposed_to_an_organisation_names_the_role_before_it(analyzer):
    """``A spokeswoman for the Data Protection Authority, Mireille Sandor, said``: the parser
    hung the name on the authority; no person is an organisation, so she speaks, named."""
    text = "A spokeswoman for the Estravian Data Protection Authority, Mireille Sandor, said the inquiry would widen."
    quote = _one(analyzer, text)
    assert (quote.speaker.name, quote.attribution) == ("Mireille Sandor", "named")


@pytest.mark.parametrize("text", [
    "The envoy, Marta Quist, arrived late. A spokesman for Quist, Tomas Ferreira, said she had postponed her visit.",
    "The envoy, Liang Shumei, arrived late. A spokesman for Liang, Rafael de la Torre-Mbeki, said she had postponed her visit.",
])
def test_a_name_apposed_to_a_name_names_the_role_before_it(analyzer, text):
    """``A spokesman for Liang, Rafael de la Torre-Mbeki, said``: the parser hung the name on
    "Liang", who has a name already; the spokesman speaks, named."""
    quote = _one(analyzer, text)
    assert (quote.speaker.name, quote.attribution) == (text.split(", ")[-2], "named")


def test_a_pronoun_after_an_opening_guillemet_the_parser_cut_off_finds_the_subject_before(analyzer):
    """``... nations. « Our members ... » he said``: the parser made "«" a sentence of its own."""
    text = "Rashid Benhalima was unmoved by appeals from importing nations. « Our members are not a tap, » he said."
    assert _one(analyzer, text).speaker.name == "Rashid Benhalima"


def test_a_name_ner_tags_a_time_is_a_source_when_it_tags_it_a_person_elsewhere(analyzer):
    """``Morrow wrote``: NER reads "Morrow" as a date (tomorrow) here, a person elsewhere."""
    text = ("Influencer Sable Morrow apologised on Tuesday for a post.\n\n"
            "Before posting an apology video, Morrow wrote on Chirper that she would step away.")
    doc = analyzer.nlp(text)
    if not any(t.text == "Morrow" and t.ent_type_ == "DATE" for t in doc):
        pytest.skip("NER tags no Morrow a date in this text")
    assert _mention(analyzer(text).quotes[-1]) == "Morrow"


def test_a_quote_whose_sentence_names_a_subject_after_it_continues_no_one(analyzer):
    """'"...," the senator fired straight back': someone speaks, even where the lists lack the verb; the
    paragraph is not the last speaker's."""
    text = ('"We knew some users were getting through," Ada Lind replied.\n\n'
            '"That is not what your own records show," the senator fired straight back.')
    quotes = analyzer(text).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Ada Lind", None]


@pytest.mark.parametrize("verb", ["shot back", "fired back", "hit back", "snapped back", "chimed in", "cut in"])
def test_phrasal_retorts_are_cues(analyzer, verb):
    [quote] = analyzer(f'"That is not what your own records show," Senator Tom Berg {verb}.').quotes
    assert (quote.cue.text, quote.speaker.name) == (verb, "Tom Berg")


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The councillor said the plan was fair.", "person"),
        ("A spokeswoman for the port, who asked not to be named, said the plan was fair.", "person"),
        ("The 44-year-old said the plan was fair.", "person"),
        ("The broadcaster reported that the plan was fair.", "agency"),
        ("The ministry said the plan was fair.", "organization"),
        ("Two officials said the plan was fair.", "group"),
        ("Residents said the plan was fair.", "group"),
    ],
)
def test_an_unnamed_source_is_typed_by_its_head_noun(analyzer, sentence, kind):
    [quote] = analyzer(sentence).quotes
    assert quote.speaker.entity is None and quote.speaker.type == kind


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        # the parser reads "the 44-year-old" as the verb's modifiers and leaves it no subject
        ("Maria Duarte, a former clerk, testified that she had been told to lie.\n\n"
         "Under cross-examination, the 44-year-old conceded that she had never met him.", "the 44-year-old", "Maria Duarte"),
        # the parser heads the words before the verb with "the"
        ('Tomas Brenner, the coach, said the striker was fine.\n\n"Probably not," the 47-year-old said.',
         "the 47-year-old", "Tomas Brenner"),
    ],
)
def test_an_age_the_parser_misreads_is_still_the_source(analyzer, text, mention, name):
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.mention.text, quote.speaker.name) == (mention, name)


def test_the_cue_was_quoted_as_saying_names_its_subject(analyzer):
    text = 'Two people told the Gazette that the deal was close.\n\n"He will not sell," one of them was quoted as saying.'
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.mention.text, quote.attribution) == ("one of them", "anonymous")


def test_a_name_the_parser_splits_into_two_appositions_is_one_name(analyzer):
    """The parser may hang a given name and a hyphenated family name on the role as two
    appositions (``Council leader Cllr [Rukhsana] [Patel-Hargreaves]``): both are the name."""
    [quote] = analyzer("Council leader Cllr Rukhsana Patel-Hargreaves said: 'The lifts are failing and the roofs leak.'").quotes
    assert (quote.speaker.mention.text, quote.speaker.name) == (
        "Council leader Cllr Rukhsana Patel-Hargreaves", "Rukhsana Patel-Hargreaves")


def test_the_source_before_a_relative_clause_the_parser_hung_on_the_scene(analyzer):
    # the parser hung "who asked not to be named ..." on "office": the official is still the subject
    text = ("At the Labour office in Port Velmar, a union official, who asked not to be named because he was not allowed"
            " to speak to reporters, said the strike would go ahead.")
    [quote] = analyzer(text).quotes
    assert (quote.speaker.mention.text, quote.attribution) == ("a union official", "anonymous")


@pytest.mark.parametrize("day", ["Monday", "Friday", "Tuesday night"])
def test_a_day_the_parser_joined_to_a_name_is_no_part_of_it(analyzer, day):
    [quote] = analyzer(f"On {day} Ana Ruiz told staff the plant would close.").quotes
    assert (quote.speaker.mention.text, quote.speaker.name) == ("Ana Ruiz", "Ana Ruiz")


def test_an_institutions_statement_is_the_institutions(analyzer):
    text = "Police arrested two men on Friday. A police statement said both had been charged with theft."
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, quote.attribution) == ("police", "named")


def test_a_paper_filed_with_an_institution_is_not_the_institutions(analyzer):
    [quote] = analyzer("According to a court filing, the firm was set up in 2007.").quotes
    assert (quote.speaker.name, quote.attribution) == ("a court filing", "unknown")


def test_according_to_a_paper_that_cited_someone_is_that_someone_relayed_by_the_paper(analyzer):
    text = "The final bid was 20 million lower, according to the weekly Harbor Ledger, which cited a person close to the talks."
    [quote] = analyzer(text).quotes
    assert quote.speaker.mention.text == "a person close to the talks"
    assert (quote.attribution, [v.name for v in quote.via]) == ("anonymous", ["Harbor Ledger"])


def test_an_addressee_verb_sharing_a_passive_auxiliary_is_passive(analyzer):
    # "was jailed and told that ...": she was told; no source is named
    [quote] = analyzer("Ada Lind was jailed and told that she must serve 22 years.").quotes
    assert (quote.speaker, quote.attribution) == (None, "unknown")
    [quote] = analyzer("Ada Lind was re-elected and told reporters that she would serve.").quotes
    assert quote.speaker.name == "Ada Lind"


def test_the_bulletin_is_the_bulletins_issuer(analyzer):
    text = 'The Velmar Weather Service said in a bulletin that the storm was moving west. "Stay indoors," the bulletin said.'
    assert [q.speaker.name for q in analyzer(text).quotes] == ["Velmar Weather Service"] * 2


@pytest.mark.parametrize(
    "text",
    [
        # "Alarm" is tagged a person's name, "Concern" an organisation's: neither reported anything
        "Talks stalled.\n\nAlarm spread after the weekly Ostby Ledger, citing police sources, reported that two more ferries had been seized on Monday night.",
        "Talks stalled on Tuesday.\n\nConcern grew after the Derevian daily Kessar Herald, citing military sources, reported that two"
        " additional armoured battalions had been ordered towards the Hallan district on Wednesday night.",
    ],
)
def test_a_report_the_parser_joined_to_the_clause_before_is_the_preceding_papers(analyzer, text):
    [quote] = analyzer(text).quotes
    assert quote.attribution == "anonymous"
    assert [v.name for v in quote.via] in (["Ostby Ledger"], ["Kessar Herald"])


@pytest.mark.parametrize(
    "text",
    [
        "One witness, who gave only his first name, Andre, said he had been standing across the street.",
        "One resident, who gave her name as Lina, said the water rose fast.",
        # in the relative clause of the source's description; NER calls the name an organisation's
        '"We lay on the floor all night," said one resident, a schoolteacher who gave only her first name, Lina.',
    ],
)
def test_a_source_who_gave_a_name_is_named_by_it(analyzer, text):
    [quote] = analyzer(text).quotes
    assert quote.speaker.name in ("Andre", "Lina") and quote.attribution == "named"
    assert quote.speaker.type == "person"


def test_a_newspaper_named_the_daily_something_is_a_news_organisation(analyzer):
    text = ("The Daily Tidewell reported Monday, citing two officials briefed on the investigation, that the officer had"
            " fired within about three seconds of arriving at the store. The newspaper also reported that the officer"
            " had been the subject of two prior complaints.")
    assert [q.speaker.name for q in analyzer(text).quotes][-1] == "Daily Tidewell"
    [quote] = analyzer("Talks resumed. The Daily Tidewell said the officer had fired twice.").quotes
    assert (quote.speaker.type, quote.attribution) == ("agency", "agency")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the parser hung the participle on the main verb as an adverbial clause
        ("The union called off the strike on Monday, with its general secretary, Ilse Marchetti, saying that members"
         " had accepted the offer.", "Ilse Marchetti"),
        # ... or on "with" as its complement
        ("The navy rejected the claim on Sunday, with the fleet's commander, Admiral Ingrid Halvorsen, declaring in a"
         " statement carried by the state news agency NTB that no ship had crossed the line.", "Ingrid Halvorsen"),
        # what falls can say nothing: the participle is the main clause's subject's
        ("The board dropped the plan on Tuesday, with costs rising, saying that the market had turned.", "board"),
    ],
)
def test_a_participle_after_with_and_a_name_is_that_persons(analyzer, text, speaker):
    [quote] = [q for q in analyzer(text).quotes if q.cue.text in ("saying", "declaring")]
    assert quote.speaker.name == speaker


def test_the_news_agency_that_carried_a_statement_relays_it(analyzer):
    text = ("The council closed the bridge on Friday, with the mayor's deputy, Renata Solberg, declaring in a statement"
            " carried by the official Norland News Agency that repairs would take a year.")
    [quote] = [q for q in analyzer(text).quotes if q.cue.text == "declaring"]
    assert (quote.speaker.name, [v.name for v in quote.via]) == ("Renata Solberg", ["Norland News Agency"])
    # a ministry that published it is no news organisation: no relay
    [quote] = analyzer("Lena Okafor said in a statement published by the ministry that the border would stay shut.").quotes
    assert (quote.speaker.name, quote.via) == ("Lena Okafor", ())


def test_he_or_she_speaking_in_the_statement_is_who_made_it(analyzer):
    text = ("The navy rejected the claim on Sunday, with the fleet's commander, Admiral Ingrid Halvorsen, declaring in a"
            " statement carried by the state news agency NTB that no ship had crossed the line.\n\n"
            "The statement came two days after Defence Minister Greta Lund told parliament she would order an inquiry.\n\n"
            '"We have nothing to hide," she said in the statement.')
    quote = analyzer(text).quotes[-1]
    assert (quote.text, quote.speaker.name) == ("We have nothing to hide,", "Ingrid Halvorsen")


def test_he_or_she_in_the_statement_of_an_organisation_is_left_to_the_pronoun_rules(analyzer):
    text = ("The ministry issued a statement on Sunday saying the ferry would run again in May.\n\n"
            "Ana Ruiz, the minister, told reporters that the repairs were on schedule.\n\n"
            '"We are confident," she said in the statement.')
    quote = analyzer(text).quotes[-1]
    assert quote.speaker.name == "Ana Ruiz"


def test_a_broadcaster_that_showed_a_scene_and_quoted_someone_relays_the_quote(analyzer):
    text = ("Tarn Radio, the state broadcaster, showed the two generals inspecting a guard of honour and quoted Okafor"
            " as saying that both armies were bound by ‘a shared fate’.")
    shown, said = analyzer(text).quotes
    assert (shown.text, shown.speaker.name) == ("the two generals inspecting a guard of honour", "Tarn Radio")
    assert (said.speaker.name, [v.name for v in said.via]) == ("Okafor", ["Tarn Radio"])


def test_a_that_clause_hung_on_the_interview_a_paper_published_is_what_was_told(analyzer):
    text = ("Brenner, for his part, told the business daily Nordpost in an interview published on Wednesday that he"
            " intended to stay on as chairman.")
    [quote] = analyzer(text).quotes
    assert (quote.text, quote.cue.text, [v.name for v in quote.via]) == (
        "that he intended to stay on as chairman", "told", ["Nordpost"])


def test_a_participle_completing_a_copula_before_a_colon_has_the_copulas_subject(analyzer):
    text = "The panel's chair, Hanne Solvik, was unconvinced: “The money seems to have vanished for eleven months.”"
    [quote] = analyzer(text).quotes
    assert (quote.cue.text, quote.speaker.name) == ("was unconvinced", "Hanne Solvik")


def test_a_passive_quoted_that_names_no_one_is_relayed_by_the_news_organisation_before(analyzer):
    text = 'The Harbor Times reported that the mayor would resign.\n\n"I have done my part," Ruiz was quoted as saying.'
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, [v.name for v in quote.via]) == ("Ruiz", ["Harbor Times"])
    # no news organisation before: no relay
    quote = analyzer('Ada Lind spoke at the rally.\n\n"I have done my part," Ruiz was quoted as saying.').quotes[-1]
    assert quote.via == ()


def test_a_passive_quoted_before_a_colon_is_relayed_by_the_news_organisation_before(analyzer):
    """``According to the Ostland Information Service, X said ... The minister was quoted as
    saying: "..."``: the parser made "saying" the cue; the passive "quoted" it hangs on names no
    one who quoted, so the service that carried the report before relays it too (was no relay)."""
    text = ("According to the state-run Ostland Information Service, Labour Minister Ruth Banda said on Monday that the "
            'government would summon both sides to talks. The minister was quoted as saying: "No one wins when the '
            'shafts fall silent."')
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, [v.name for v in quote.via]) == ("Ruth Banda", ["Ostland Information Service"])


def test_he_or_she_speaking_in_it_is_who_made_the_statement_before(analyzer):
    text = ("Ada Lind issued a long statement on Sunday. Her deputy, Maria Holt, was in Brussels at the time.\n\n"
            'In it, she said: "We will not give up the harbour."')
    assert analyzer(text).quotes[-1].speaker.name == "Ada Lind"


def test_who_after_a_role_from_a_place_ner_calls_a_person_is_the_role(analyzer):
    # NER types "Rotterdam" PERSON here; the retired schoolteacher from there is who said it
    text = ("The hearing drew savers from far away. Among them was Pieter de Groot, a retired schoolteacher from"
            " Rotterdam who said he lost half of his savings.")
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == "Pieter de Groot"


def test_a_name_before_a_whose_clause_the_parser_read_as_adverbial_is_the_subject(analyzer):
    text = ("Ada Lindqvist, research director at Harrow Polling, whose own survey published on Thursday put the"
            " opposition seven points ahead, said it would be a mistake to read too much into one result.")
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == "Ada Lindqvist"


@pytest.mark.parametrize(("text", "speaker", "via"), [
    ("The state news agency Nordpress later carried a short statement from Dr. Helga Moen, his physician since"
     " 2009, saying he had undergone a routine check-up.", "Helga Moen", ["Nordpress"]),
    ("The Harbor Times carried a statement from the ministry saying the bridge would reopen.", "ministry",
     ["Harbor Times"]),
])
def test_a_participle_after_a_carried_statement_is_its_authors_relayed_by_the_carrier(analyzer, text, speaker, via):
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, [v.name for v in quote.via]) == (speaker, via)


def test_said_in_the_interview_is_relayed_by_the_news_organisation_told_before(analyzer):
    text = ("Ada Lind, an opposition lawmaker, told the state broadcaster NRK that the government had ignored"
            " warnings.\n\n“The port was told in 2021 that its systems were old,” she said in the interview.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, [v.name for v in quote.via]) == ("Ada Lind", ["NRK"])


@pytest.mark.parametrize(("text", "speaker", "kind"), [
    ("One of the clinicians told the newspaper that staff had been asked to tidy the figures.",
     "One of the clinicians", "anonymous"),
    ("Three radiologists said the scans had been logged separately.", "Three radiologists", "anonymous"),
    ("A foreign ministry official in the capital, Velmar, who asked not to be named, said the trip was private.",
     None, "anonymous"),
])
def test_unnamed_health_workers_and_officials_in_a_named_place_are_anonymous(analyzer, text, speaker, kind):
    quote = analyzer(text).quotes[0]
    assert quote.attribution == kind
    assert speaker is None or quote.speaker.name == speaker
    assert "Velmar" != quote.speaker.name


def test_a_place_noun_the_user_adds_to_the_lexicon_makes_the_name_after_it_the_place(analyzer, monkeypatch):
    # "ward" is in no bundled list: with the user's lexicon, "Velmar" names the ward, not the official
    assert "ward" not in Lexicon.default().place_nouns
    monkeypatch.setattr(analyzer.nlp.get_pipe("quotekit"), "lexicon", Lexicon.default().extended(place_nouns=["ward"]))
    [quote] = analyzer("An official in the ward, Velmar, said the trip was private.").quotes
    assert (quote.speaker.mention.text, quote.attribution) == ("An official in the ward", "anonymous")


@pytest.mark.parametrize("text", [
    "The official Agencia Ostrava de Noticias said the presidents had met.",
    "The Agence Meridionale de Presse reported that the talks had ended.",
    "The Karsland Press Bureau said the talks were warm.",
    "Radio Ostmark International said the talks had ended.",
    "The state-run Agencia Nacional Informativa reported that the minister had met the widow.",
    "The Nationaal Persagentschap reported that smaller blockades had been set up overnight.",
    "The state-run Agência Tocantins de Notícias reported that the dam had been closed.",
    "Radyo Bantayog reported shortly before dawn that about a dozen men had gathered outside the school.",
    "The state agency Velmar Press said such a motion was unlikely to pass.",  # a news agency, not a public body
    "El Correo Austral reported that any new offer would be put to a vote.",
])
def test_foreign_and_radio_news_names_are_news_organisations(analyzer, text):
    [quote] = analyzer(text).quotes
    assert (quote.attribution, quote.speaker.type) == ("agency", "agency")


@pytest.mark.parametrize("text", [
    "Confirmation finally came on Monday evening, when the state-run Ostland News Agency published a 300-word"
    " dispatch saying the two leaders had met.",
    "It was not until Tuesday that the Ostland News Agency confirmed the trip, saying the two leaders had met.",
])
def test_a_dispatch_or_a_report_in_a_cleft_is_its_subjects(analyzer, text):
    quote = analyzer(text).quotes[-1]
    assert quote.text.startswith("the two leaders had met")
    assert quote.speaker is not None and quote.speaker.name == "Ostland News Agency"


@pytest.mark.parametrize("text", [
    "In a column for the Brannock Gazette, Ada Lind wrote that the visit had ended a long quarrel.",
    "Writing in the Brannock Gazette, Ada Lind said the visit had ended a long quarrel.",
    "The general said in a statement read on Brannock Radio that his units would hold their positions.",
])
def test_a_paper_a_piece_was_written_for_or_a_statement_read_on_relays_it(analyzer, text):
    [quote] = analyzer(text).quotes
    assert [v.name for v in quote.via] == ["Brannock Gazette" if "Gazette" in text else "Brannock Radio"]


def test_a_paper_a_piece_was_written_in_is_no_relay_when_it_is_no_news_name(analyzer):
    [quote] = analyzer("In a letter in March, Ada Lind argued that the visit had ended a long quarrel.").quotes
    assert quote.via == ()


def test_the_statement_said_is_the_person_who_spoke_in_the_statement_introduced_before(analyzer):
    text = ("Gen. Tomas Varga-Lind, the commander of the northern army, said in a statement on Friday that his units"
            " would hold their lines. The statement was read by a presenter during the evening bulletin.\n\n"
            "“Our forces are disciplined,” the statement said.")
    quote = analyzer(text).quotes[-1]
    assert quote.speaker.name == "Tomas Varga-Lind"


def test_the_statement_said_is_who_spoke_in_it_not_the_owner_of_where_it_was_posted(analyzer):
    """``Ada Lind said in a short statement posted on the central bank's website ... the
    statement said``: hers; the bank only hosted it (was "central bank")."""
    text = ("Ada Lind said in a short statement posted on the central bank's website that she was stepping down "
            "\"for personal reasons\".\n\n\"It has been the honour of my career to serve,\" the statement said.")
    quote = analyzer(text).quotes[-1]
    assert quote.speaker.name == "Ada Lind"


def test_a_participle_the_parser_made_the_subject_leaves_the_subject_to_its_own(analyzer):
    """``The Velmar Competition Commission, in a written submission read into the record by the
    committee clerk, said ...``: the parser made "read" the subject of "said" and the commission
    its subject; the commission speaks (was "read")."""
    text = ("The Velmar Competition Commission, in a written submission read into the record by the committee clerk, "
            "said its investigation was at an advanced stage.")
    quote = _one(analyzer, text)
    assert (quote.speaker.name, quote.attribution) == ("Velmar Competition Commission", "named")


def test_a_companys_name_hung_on_the_object_of_its_description_is_the_source(analyzer):
    """``The manufacturer of the evacuation system, Nordhavn Marine Safety, said ...``: the parser
    hung the company's name on "system"; it names the manufacturer, the source (was the whole
    phrase, unresolved)."""
    text = ("The manufacturer of the evacuation system, Nordhavn Marine Safety, said in a statement on Sunday that it "
            "had not yet been given access to the ferry.")
    quote = _one(analyzer, text)
    assert (quote.speaker.name, quote.attribution) == ("Nordhavn Marine Safety", "named")


@pytest.mark.parametrize("place", ["Hakodate", "Matsuyama"])
def test_a_paper_the_parser_made_a_second_object_of_the_opening_place_relays(analyzer, place):
    """``In Hakodate, the Kessar Sentinel, citing two unnamed officials ..., reported that ...``:
    the parser made the paper a second object of "In"; it is the report's subject, which
    relays the officials (was no relay)."""
    text = (f"In {place}, the Kessar Sentinel, citing two unnamed officials in the prime minister's office, reported "
            "that the government had prepared a package of countermeasures.")
    quote = _one(analyzer, text)
    assert (quote.attribution, [v.name for v in quote.via]) == ("anonymous", ["Kessar Sentinel"])


def test_in_a_poll_names_no_one_who_spoke_in_it(analyzer):
    text = ("In a poll on Monday, Ada Lind led the field by six points.\n\n"
            "The poll found that voters were tired of the campaign.")
    quote = analyzer(text).quotes[-1]
    assert quote.speaker is None or "Lind" not in quote.speaker.name


def test_a_name_ner_found_whole_but_the_parser_split_from_a_role_stays_whole():
    import spacy
    from spacy.tokens import Doc

    from quotekit.speaker import _noun_phrase

    # "spokeswoman Dr. Ilse Moss-Varga said she ...": the small model made the given name an
    # apposition of the role and both halves of the family name subjects of "said"
    words = ["spokeswoman", "Dr.", "Ilse", "Moss", "-", "Varga", "said", "she", "left", "."]
    doc = Doc(
        spacy.blank("en").vocab, words=words, spaces=[True, True, True, False, False, True, True, True, False, False],
        heads=[0, 2, 0, 6, 6, 6, 6, 8, 6, 6],
        deps=["ROOT", "compound", "appos", "nsubj", "punct", "nsubj", "ROOT", "nsubj", "ccomp", "punct"],
        pos=["NOUN", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "VERB", "PRON", "VERB", "PUNCT"],
        tags=["NN", "NNP", "NNP", "NNP", "HYPH", "NNP", "VBD", "PRP", "VBD", "."],
        ents=["O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O", "O"],
    )
    first, last = _noun_phrase(doc[5], Lexicon.default())
    assert doc[first:last].text == "Ilse Moss-Varga"


def test_a_verb_in_a_statements_setting_gives_no_source(analyzer):
    text = '"We deeply regret this incident," the company said in a statement released shortly after markets closed.'
    [quote] = analyzer(text).quotes
    assert quote.speaker.mention.text == "the company"


def test_told_the_parser_read_as_an_adjective_is_said_by_the_words_before_it(analyzer):
    text = ('Ada Lind, 58, runs the port authority.\n\n"Nobody won this strike," the 58-year-old told reporters'
            " later.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == ("Ada Lind", "named")


def test_a_role_noun_the_user_adds_to_the_lexicon_reaches_the_told_audience_rule(analyzer, monkeypatch):
    # "picketer" is in no bundled list: only the user's lexicon makes "picketers" an audience
    # the adjective "told" (as the parser reads it) was addressed to
    assert "picketer" not in Lexicon.default().role_nouns
    lexicon = Lexicon.default().extended(role_nouns=["picketer"])
    monkeypatch.setattr(analyzer.nlp.get_pipe("quotekit"), "lexicon", lexicon)
    text = 'Ada Lind, 58, runs the port authority.\n\n"This is a disgrace," the 58-year-old told picketers at the gate.'
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.mention.text, quote.speaker.name, quote.attribution) == ("the 58-year-old", "Ada Lind", "named")


@pytest.mark.parametrize(("text", "name"), [
    ("Families have been pressing for answers for weeks. Marit Ostvold-Lie, whose 64-year-old father, Jon, was"
     " enrolled at a clinic in Varnholt, said the family was told almost nothing after he was admitted in March.",
     "Marit Ostvold-Lie"),
    ("For families, the news has been bewildering. Helene Osei-Brandt, whose daughter Mira, now 7, was enrolled in"
     " the trial in 2022, said her fits had fallen sharply while she was on the drug.", "Helene Osei-Brandt"),
])
def test_a_name_before_a_whose_clause_the_parser_read_as_reported_is_the_subject(analyzer, text, name):
    quote = analyzer(text).quotes[-1]
    assert quote.speaker is not None and quote.speaker.name == name


@pytest.mark.parametrize(("text", "via"), [
    ("In an interview with Radio Ostmark later in the day, Fehr was blunt: «Every docker is free to make up his own"
     " mind.»", ["Radio Ostmark"]),
    ("The leak was first reported by the technology news site ByteHarbor. Two former engineers, who spoke to"
     " ByteHarbor on condition of anonymity, said the warnings had been ignored.", ["ByteHarbor"]),
])
def test_an_interview_opening_the_sentence_or_a_source_who_spoke_to_a_paper_relays_it(analyzer, text, via):
    quote = analyzer(text).quotes[-1]
    assert [v.name for v in quote.via] == via


def test_an_information_agency_that_is_official_is_a_news_organisation(analyzer):
    [quote] = analyzer("The official Ostrian Information Agency said the two leaders had met.").quotes
    assert quote.attribution == "agency"


def test_according_to_at_the_end_of_a_sentence_with_a_participle_covers_the_sentence(analyzer):
    text = ("Prime Minister Ada Lind of Norland spent nearly seven hours in Velgrad on Friday, meeting President Tom"
            " Berg in a visit that was kept secret from her ministers, according to three people familiar with the plans.")
    [quote] = analyzer(text).quotes
    assert quote.text.startswith("Prime Minister Ada Lind of Norland spent")
    assert quote.attribution == "anonymous"


@pytest.mark.parametrize(("text", "via"), [
    ("State television read out a statement from the army that said the border was closed.", ["State television"]),
    ("The ministry published a report that said the river was clean.", []),
])
def test_a_statement_from_someone_read_out_by_a_broadcaster_is_relayed_by_it(analyzer, text, via):
    [quote] = analyzer(text).quotes
    assert [v.name for v in quote.via] == via


@pytest.mark.parametrize(("text", "speaker", "via"), [
    ("The Ostland News Agency later reported, citing Varta, which quoted an unnamed negotiator, that the north had"
     " agreed to pay a third of the cost.", "an unnamed negotiator", ["Ostland News Agency", "Varta"]),
    ("Ostland's state news agency, OsPress, reported shortly after dawn, citing the national railway operator,"
     " Ostland State Railways, that a special train had passed the border station at 4:40 a.m.",
     "Ostland State Railways", ["OsPress"]),
    ("In a statement published by the state news agency ONA, the Ostland Ministry of Foreign Affairs said the trial"
     " was a political show.", "Ostland Ministry of Foreign Affairs", ["ONA"]),
])
def test_relays_named_in_a_chain_or_beside_their_description(analyzer, text, speaker, via):
    quote = analyzer(text).quotes[0]
    assert (quote.speaker.name, [v.name for v in quote.via]) == (speaker, via)


@pytest.mark.parametrize(("text", "speaker", "via"), [
    ("The state-run Ostland News Agency (ONA), citing the Ministry of Sport, reported that the rider had passed"
     " every test.", "Ministry of Sport", ["Ostland News Agency"]),
])
def test_a_citing_participle_the_parser_hung_on_the_subject_names_the_source(analyzer, text, speaker, via):
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, [v.name for v in quote.via]) == (speaker, via)


@pytest.mark.parametrize("text", [
    "One current rider said the mood on the bus was grim.",
    "A soigneur who worked for the team said the room was locked.",
])
def test_unnamed_riders_and_team_staff_are_anonymous(analyzer, text):
    [quote] = analyzer(text).quotes
    assert quote.attribution == "anonymous"


@pytest.mark.parametrize(("text", "name"), [
    ("Outside Saint-Matthieu, Odile Marchand-Ba, a 64-year-old retired teacher whose operation was postponed in"
     " September, said she would rather wait than see nurses forced back to work.", "Odile Marchand-Ba"),
    ("Outside Saint-Lazare, Hélène Dufresne-Ba, a 64-year-old retired teacher whose knee operation was postponed,"
     " said she would rather wait.", "Hélène Dufresne-Ba"),
])
def test_a_sentence_opening_preposition_the_tagger_read_as_a_name_is_no_source(analyzer, text, name):
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == name


def test_a_name_ner_takes_for_a_date_is_a_source_when_a_role_describes_it(analyzer):
    """NER reads "Jan" of "Pieter-Jan van Amstel" as January and types the name a date; a role
    in apposition ("an automotive analyst") shows it names someone."""
    text = ("Pieter-Jan van Amstel, an automotive analyst at a research group in Marsdijk, told the Sunday Chronicle "
            "that the car matched the imported model.\n\n"
            '"You can see the door handles," Van Amstel told the Chronicle.')
    quotes = analyzer(text).quotes
    assert [(_mention(q), q.speaker.name, q.attribution) for q in quotes] == [
        ("Pieter-Jan van Amstel", "Pieter-Jan van Amstel", "named"), ("Van Amstel", "Pieter-Jan van Amstel", "named")]



@pytest.mark.parametrize("text", [
    "Maj. Gen. Than Myint Lwin, the junta's chief spokesman, told state radio on Friday that reports of an idle plant were lies.",
    "Maj. Gen. Than Myint Oo, the army's spokesman, told reporters on Friday that the reports were lies.",
])
def test_titles_the_parser_cut_from_the_name_after_them_are_no_source(analyzer, text):
    """The parser reads "Than" as a preposition and makes the titles "Maj. Gen." the subject:
    the source is the person NER names after them."""
    quote = _one(analyzer, text)
    assert (quote.speaker.name, quote.attribution) == (" ".join(text.split(",")[0].split()[2:]), "named")


@pytest.mark.parametrize("text", [
    "Mendes-Vaal’s barrister, Rahul J. Satyamurthy, told the court that his client would contest the charges.",
    "Ferreira-Vaal’s barrister, Tomas Lind, told the court that his client would contest the charges.",
    "Silva-Moreau's solicitor, Jon Berg, told the court that his client would contest the charges.",
])
def test_a_possessor_the_parser_split_at_its_hyphen_leaves_the_named_role_the_source(analyzer, text):
    """The parser makes "Mendes" and "barrister" two subjects; the barrister, named, speaks."""
    quote = _one(analyzer, text)
    assert (_mention(quote), quote.speaker.name, quote.attribution) == (
        text.split(", told")[0], text.split(", ")[1], "named")


def test_a_name_after_the_state_news_agency_is_the_agencys_whatever_ner_types_it(analyzer):
    """NER types "Kestpress" a place; right after "the state news agency" it names the agency."""
    text = ("The blast tore through the mine on Sunday, according to the state news agency Kestpress. "
            "Six bodies had been recovered by Monday, the agency reported.")
    assert [(q.speaker.name, q.attribution) for q in analyzer(text).quotes] == [("Kestpress", "agency")] * 2


def test_a_speech_verb_after_a_relative_clause_opened_by_its_object_is_the_names(analyzer):
    """``Ashdown, whom the decision criticised by name, said``: the parser made "said" the
    relative clause's verb ("whom the decision said"); the speaker is the name it hangs on."""
    text = ("The club's former integrity officer, Bartholomew K. Ashdown, whom the decision criticised by name, "
            "said through his lawyer that he would study the findings.")
    quote = _one(analyzer, text)
    assert (_mention(quote), quote.speaker.name) == ("Bartholomew K. Ashdown", "Bartholomew K. Ashdown")


def test_the_commentary_a_newspaper_published_speaks_for_it(analyzer):
    """``The Kessem Daily, which warned in an unsigned commentary ...`` then ``the commentary
    said``: the newspaper, as an agency (a commentary is a speech noun; its author is the
    organisation the relative clause hangs on)."""
    text = ("The sharpest words came from the official newspaper, The Varlen Daily, which warned in an unsigned "
            "commentary on Thursday that the meeting would be a test.\n\n"
            "\u201cHistory does not forgive those who mistake patience for weakness,\u201d the commentary said.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == ("Varlen Daily", "agency")


def test_titles_before_a_name_ner_missed_are_no_source_either(analyzer):
    """In this article NER finds no name in "Than Myint Oo" and the parser reads "Than" as a
    preposition: the capitalised words after the titles are the source, and "he" is him."""
    text = ("A Maravan official in the agriculture ministry, speaking on condition of anonymity because he was not "
            "authorised to talk to the media, told the Frontier Herald that the ministry had been instructed to list "
            "the plant as operational.\n\n"
            "Maj. Gen. Than Myint Oo, the junta\u2019s chief spokesman, told MNB on Friday that reports of an idle plant "
            "were \u201clies spread by terrorists and their foreign sponsors.\u201d\n\n"
            "\u201cAnyone with eyes may see the smoke from the chimney,\u201d he said in the same interview.")
    quotes = analyzer(text).quotes
    assert [(q.speaker.name, q.attribution) for q in quotes[-2:]] == [("Than Myint Oo", "named")] * 2


def test_a_possessor_split_at_its_hyphen_is_not_the_source_the_article_named_before(analyzer):
    """The article names the goalkeeper Dario Mendes-Vaal, then "Mendes-Vaal's barrister, Rahul J.
    Satyamurthy, told the court": the parser makes "Mendes" the subject and the barrister its
    apposition; the barrister speaks, not the goalkeeper."""
    text = (
        'RAVENSHOLM — Vallmora Athletic goalkeeper Dario Mendes-Vaal pleaded not guilty on Wednesday to two '
        'counts of conspiracy to defraud, as the prosecutor in the case, Lieve Van den Broeck, told the court'
        ' that he had exchanged hundreds of messages with a betting syndicate using a phone registered in his'
        ' grandmother’s name.\n\n'
        'Mendes-Vaal, 31, spoke only to confirm his name, his date of birth and his plea during a 40-minute '
        'hearing at Ravensholm Criminal Court. He is the first person to be charged in the police '
        'investigation, which officers have code-named “Operation Tidewater”.\n\n'
        'Mendes-Vaal’s barrister, Rahul J. Satyamurthy, told the court that his client would contest the '
        'charges “line by line” and had never seen the phone before it was shown to him by detectives.'
    )
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == ("Rahul J. Satyamurthy", "named")


def test_a_news_name_the_parser_hung_on_the_verb_after_its_noun_is_the_relay(analyzer):
    """``told the state news agency Notilus that``: the tagger reads "Notilus" as an adverb of
    "told"; it still names the agency that relays the quote."""
    text = ("The commission blocked the merger on Tuesday.\n\n"
            "Its chairman, Rafael Oyelaran-Castell, told the state news agency Notilus that the commission had "
            "examined every remedy proposed by the airlines.\n\n"
            "Notilus quoted Oyelaran-Castell as saying the remedies were not enough.")
    assert [[v.name for v in q.via] for q in analyzer(text).quotes] == [["Notilus"], ["Notilus"]]


def test_a_place_that_locates_a_broadcaster_is_not_what_the_relative_clause_cites_for(analyzer):
    """``Radio Alpenwelle, a broadcaster based in Innsfeld, which cited three people as saying``:
    the parser hangs "which" on the town; the broadcaster relays the three people."""
    text = ("The trip was first disclosed late on Friday by Radio Weissenau, a German-language broadcaster based in "
            "Innsfeld, which cited three people with direct knowledge of the planning as saying that the prime "
            "minister had boarded a sleeper carriage.")
    [quote] = [q for q in analyzer(text).quotes if q.cue and q.cue.text == "saying"]
    assert (quote.speaker.name, quote.attribution, [v.name for v in quote.via]) == (
        "three people", "anonymous", ["Radio Weissenau"])


def test_it_that_quotes_is_the_news_organisation_the_sentence_before_is_about(analyzer):
    """``The Ostrovian State Telegraph Agency followed an hour later. It quoted X as saying``:
    "it" is that agency, the subject before, not the agency that spoke last."""
    text = ("On Wednesday evening, the Central Dalmor News Agency said in a brief dispatch that the leader had set "
            "out on a journey of friendship.\n\n"
            "The Ostrovian State Telegraph Agency, known as OSTA, followed an hour later. It quoted President Arkady "
            'Volkhonsky-Rudin as saying: "We are honoured to receive an old friend."')
    quote = analyzer(text).quotes[-1]
    assert [v.name for v in quote.via] == ["Ostrovian State Telegraph Agency"]


def test_her_estimates_are_the_estimates_of_the_person_she_stands_for(analyzer):
    """``..., according to her estimates``: the analyst just quoted, not a source named "her estimates"."""
    text = ("\u201cThe engagement numbers are fine,\u201d said Marit Solberg-Evans, a senior analyst at Ridgeline "
            "Research. The company has roughly 14 months of cash left at its current rate of spending, according "
            "to her estimates.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == ("Marit Solberg-Evans", "named")


def test_a_particle_the_tagger_reads_as_a_foreign_word_joins_the_name_split_into_subjects(analyzer):
    """``"...," de la Fuente said``: "de" tagged a foreign word and "Fuente" are two subjects; the
    mention is the whole short name, the source the governor named before."""
    text = (
        "Provincial Governor Ernesto de la Fuente, who spent the night in the capitol's emergency operations "
        'room, said at least 14 people had been confirmed dead, most of them crushed by falling trees or '
        'debris. He said the toll was likely to rise as rescue teams reached isolated villages on the Pantao '
        'peninsula.\n\n'
        '"We have villages that we simply cannot reach. The bridges are gone, the roads are under mud, and '
        'the helicopters cannot fly in this wind," de la Fuente said. "I am asking our people to be patient '
        'with us, and to stay where they are."'
    )
    quotes = analyzer(text).quotes[-2:]
    assert [(_mention(q), q.speaker.name) for q in quotes] == [("de la Fuente", "Ernesto de la Fuente")] * 2


def test_a_patronymic_particle_the_parser_made_the_subject_keeps_the_name_whole(analyzer):
    """``Njoroge wa Kang'ethe said``: the parser makes "wa" ("son of") the subject with the
    family name its object, and at a sentence's start reads "Wa" as an interjection, in a
    quotation's tail as an auxiliary; each is the whole name's mention or short form, and the
    cue is the verb alone."""
    text = ("Opposition leader Njoroge wa Kang'ethe said the count was rigged. Wa Kang'ethe said he would appeal. "
            '"We will win," wa Kang\'ethe said.')
    quotes = analyzer(text).quotes
    assert [(_mention(q), q.speaker.name, q.cue.text) for q in quotes] == [
        ("Njoroge wa Kang'ethe", "Njoroge wa Kang'ethe", "said"), ("Wa Kang'ethe", "Njoroge wa Kang'ethe", "said"),
        ("wa Kang'ethe", "Njoroge wa Kang'ethe", "said")]
    quote = analyzer("Njoroge wa Kang\u2019ethe, 61, the opposition leader, said the count was rigged.").quotes[0]
    assert (_mention(quote), quote.speaker.description) == ("Njoroge wa Kang\u2019ethe", "the opposition leader")


def test_according_to_a_name_the_tagger_reads_as_a_verb_still_relays(analyzer):
    """``"...," Ryom said on the platform, according to CTNA. "..."``: the tagger reads "CTNA"
    as a verb; the agency still relays both parts, and no quote is left without a source."""
    text = ('"Our two peoples have walked the same road for seventy years," Ryom said on the platform, according '
            'to CTNA. "Today I wanted to walk a little of it myself, one sleeper at a time."')
    quotes = analyzer(text).quotes
    assert [(q.kind, q.speaker.name if q.speaker else None, [v.name for v in q.via]) for q in quotes] == [
        ("direct", "Ryom", ["CTNA"])] * 2


@pytest.mark.parametrize("text", [
    "The toll may be three times the official figure, according to two senior officials quoted by the Harwell "
    "Press Agency on Sunday.",
    "Two senior officials quoted by the Harwell Press Agency said the toll would rise.",
    "Two senior officials reached by the Harwell Press Agency said the toll would rise.",
    "Two senior officials, quoted by the Harwell Press Agency, said the toll would rise.",
])
def test_sources_quoted_by_a_news_organisation_are_relayed_by_it(analyzer, text):
    """``two senior officials quoted by the Harwell Press Agency``: the officials, anonymous, via the agency."""
    quote = _one(analyzer, text)
    assert (_mention(quote).lower(), quote.attribution, [v.name for v in quote.via]) == (
        "two senior officials", "anonymous", ["Harwell Press Agency"])


@pytest.mark.parametrize(("tail", "speaker", "via"), [
    (", Hallyo's Gaon News Agency reported on Tuesday, citing unidentified government sources.",
     "unidentified government sources", ["Gaon News Agency"]),
    (", Hallyo's Gaon News Agency reported on Tuesday.", "Gaon News Agency", []),
    (", the Gaon News Agency reported on Tuesday, citing unidentified government sources.",
     "unidentified government sources", ["Gaon News Agency"]),
    # a news name with a particle ("do" no verb), its description before it
    (", Portuguese sports daily Di\u00e1rio do Desporto reported on Sunday, citing sources close to the player.",
     "sources close to the player", ["Di\u00e1rio do Desporto"]),
])
def test_a_news_agency_the_parser_apposed_to_the_clause_before_reports_it(analyzer, tail, speaker, via):
    """``The leader has crossed into Jinxia aboard his train, Hallyo's Gaon News Agency reported
    on Tuesday, citing unidentified government sources.``: the parser makes the agency an
    apposition of "train" and hangs "reported" and "citing" elsewhere; the sentence is still the
    sources' report relayed by the agency (was no quote at all)."""
    quote = _one(analyzer, "The leader has crossed into Jinxia aboard his armoured train" + tail + "\n")  # a file's end
    assert (quote.text, quote.speaker.name, [v.name for v in quote.via]) == (
        "The leader has crossed into Jinxia aboard his armoured train", speaker, via)


def test_a_name_ner_calls_an_organisation_after_a_persons_name_is_the_roles(analyzer):
    """``A spokeswoman for Ibarra, Carolina Muñoz-Treviño, told``: the parser hangs the name on
    "Ibarra" and NER types it an organisation, but no organisation is apposed to a person: the
    spokeswoman is named (was anonymous, with the name in her words)."""
    quote = _one(analyzer, "A spokeswoman for Ibarra, Carolina Mu\u00f1oz-Trevi\u00f1o, told the tribunal that the "
                           "senator had filed the first five challenges.")
    assert (quote.speaker.name, quote.attribution) == ("Carolina Mu\u00f1oz-Trevi\u00f1o", "named")


def test_a_quoted_by_participle_hung_on_the_sources_preposition_still_relays(analyzer):
    """``two senior officials in Westmarch's government quoted by the Harwell Press Agency``:
    the parser hangs "quoted" on "government"; the officials are still relayed by the agency."""
    quote = _one(analyzer, "The president travelled overnight by train, according to two senior officials in "
                           "Westmarch's government quoted by the Harwell Press Agency.")
    assert (quote.attribution, [v.name for v in quote.via]) == ("anonymous", ["Harwell Press Agency"])


def test_a_participle_with_by_names_no_relay_that_is_no_news_organisation(analyzer):
    """A guard: "interviewed by police", "reached by phone" pass nothing on through a news organisation."""
    for text in ("Two workers interviewed by police said the fire began in the kitchen.",
                 "Two officials reached by phone said the toll would rise."):
        assert _one(analyzer, text).via == ()


@pytest.mark.parametrize("text", [
    "The journey was revealed early on Wednesday by the Atlantic News Channel, which said it had been told by two "
    "senior European officials that the minister had boarded the 22.14 service from Ravensholm.",
    "The journey was revealed by the Atlantic News Channel, which said two officials told it that the minister had "
    "boarded the night train.",
])
def test_a_news_organisation_that_reports_in_a_relative_clause_relays_what_it_was_told(analyzer, text):
    """``the Atlantic News Channel, which said it had been told by two senior officials that ...``:
    the officials, relayed by the channel (was two quotes, the channel's with no relay)."""
    quote = _one(analyzer, text)
    assert (quote.attribution, [v.name for v in quote.via]) == ("anonymous", ["Atlantic News Channel"])


@pytest.mark.parametrize(("text", "mention"), [
    # the parser's subject the publisher's name, the age its apposition
    ("Giving evidence on the second day of her libel action against the paper's publisher, Clarion Newspapers Ltd, "
     "the 47-year-old said: 'I never saw the contract.'", "the 47-year-old"),
    # no subject: both hung on "publisher", the firm's name before the age
    ("Giving evidence on the second day of her libel action against the magazine's publisher, Arrowgate Media Ltd, "
     "the 47-year-old said: 'I never saw the contract.'", "the 47-year-old"),
    ("Giving evidence on the first day of his lawsuit against the magazine's publisher, Arrowgate Media Ltd, the "
     "64-year-old said: 'I never saw the contract.'", "the 64-year-old"),
    # guards: a name after a fronted phrase that no name can be apposed to, and a name with no description
    ("On the left, Marta Oyelaran, the union's treasurer, said: 'Nobody warned us.'", "Marta Oyelaran"),
    ("Speaking outside the offices of the company, Pellham Freight, the driver said: 'Nobody warned us.'", "the driver"),
    ("Speaking outside the offices of the company, Tomas Rehn said: 'Nobody warned us.'", "Tomas Rehn"),
])
def test_a_description_after_a_name_that_closes_a_fronted_phrase_is_the_subject(analyzer, text, mention):
    """``Giving evidence against the paper's publisher, Clarion Newspapers Ltd, the 47-year-old
    said``: the name belongs to the fronted phrase and the 47-year-old speaks (was the
    publisher's quote); no age describes a company. "His lawsuit against the publisher" is
    no quote about the publisher either."""
    assert _mention(_one(analyzer, text)) == mention


def test_a_quote_after_a_report_inside_an_attribution_goes_on_with_the_quote_before_it(analyzer):
    """``"A," said Ada Lind, director of the institute, whose exit poll had shown a tie. "B."``:
    the second part is Lind's, not the poll's (was "whose")."""
    text = ('"It is too close to call," said Orsolya Brandt-Havel, director of the Tarnok Institute, whose exit '
            'poll for the broadcaster VRT had shown the two blocs separated by less than a point. '
            '"We have not seen a night like this since 1998."')
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.speaker.mention) == ("Orsolya Brandt-Havel", None)


@pytest.mark.parametrize("when", ["on Wednesday", "on Friday"])
def test_a_date_a_statement_was_broadcast_on_relays_nothing(analyzer, when):
    """``In a commentary broadcast on Wednesday, the Herald said``: the day carries nothing (was a
    relay "Wednesday"); a guard: ``a statement read on state television`` still relays."""
    quote = _one(analyzer, f"In a commentary broadcast {when}, the Harbor Herald said the talks had failed.")
    assert quote.via == ()
    quote = _one(analyzer, "In a statement read on state television, the ministry said the talks had failed.")
    assert [v.name for v in quote.via] == ["state television"]


def test_who_after_one_of_a_group_apposed_to_a_name_is_that_person(analyzer):
    """``presented by Lyudmila Karpenko-Dahl, one of the channel's best-known hosts, who told``:
    the parser hangs "who" on "hosts"; the one who told is the host named (was "hosts")."""
    text = ("The segment was presented by Lyudmila Karpenko-Dahl, one of the channel's best-known hosts, who told "
            "viewers that the delegation had never intended to sign anything.")
    quote = _one(analyzer, text)
    assert (quote.speaker.name, quote.attribution) == ("Lyudmila Karpenko-Dahl", "named")


def test_a_name_with_only_an_age_after_a_fronted_phrase_is_the_subject(analyzer):
    """``Addressing supporters ... shortly after midnight, Kovácsy, 61, said ...``: the parser hangs
    the name on "midnight" and the age on the name, leaving "said" with no subject; the name is
    it (was no quote)."""
    quote = _one(analyzer, "Addressing supporters at a riverside hotel shortly after midnight, Kovácsy, 61, said "
                           "the count was fair.")
    assert _mention(quote) == "Kovácsy"


@pytest.mark.parametrize("adding", ['adding: "The figures can be checked by anyone."', "adding that the figures could be checked"])
def test_a_participle_on_the_second_of_two_reported_clauses_is_the_reporters(analyzer, adding):
    """``X said A was false and that her name appeared only on B, adding: "..."``: the parser hangs
    "adding" on the second reported clause, whose subject is "her name"; what is added is X's
    (was "her name"), and the first report stops before it."""
    text = ("Marit Oyelaran-Holm, the club's treasurer, said the audit was wrong and that her name appeared only on "
            f"routine invoices, {adding}")
    said, added = analyzer(text).quotes
    assert said.text == "the audit was wrong and that her name appeared only on routine invoices"
    assert (added.cue.text, added.speaker.name) == ("adding", "Marit Oyelaran-Holm")


@pytest.mark.parametrize(("possessed", "name"), [("Her message to the ministers", "Ingrid Salo-Baptiste"),
                                                 ("His reply", "Tobias Grell")])
def test_a_speech_noun_that_his_or_her_owns_is_that_persons(analyzer, possessed, name):
    """``Her message to national bodies was blunt: "..."``: the speaker is the person "her" stands
    for (was "Her message to national bodies", unknown)."""
    text = (f"{name}, who chairs the review board, spoke after the vote on Monday. "
            f'{possessed} was blunt: "Nobody here will be marking their own work again."')
    quote = _one(analyzer, text)
    assert (quote.speaker.name, quote.attribution) == (name, "named")


@pytest.mark.parametrize(("text", "name", "attribution"), [
    ("An editorial in the People's Tribune on Friday struck a similar tone, saying industry was paying the price.",
     "People's Tribune", "agency"),
    ("A column in the Harbor Times said industry was paying the price.", "Harbor Times", "agency"),
    # a guard: what an "in" phrase names is no author unless it is a news organisation
    ("A statement in parliament said the price was high.", "A statement in parliament", "unknown"),
])
def test_an_editorial_in_a_newspaper_is_the_newspapers(analyzer, text, name, attribution):
    """``An editorial in the People's Tribune ... saying``: the paper that ran it speaks (was the
    editorial, unknown)."""
    quote = _one(analyzer, text)
    assert (quote.speaker.name, quote.attribution) == (name, attribution)


@pytest.mark.parametrize("name", ["Im Sun-hee", "Dorian Ive", "Spokeswoman Im"])
def test_a_name_spelled_like_a_contraction_without_its_apostrophe_is_kept_whole(analyzer, name):
    """"Im" and "Ive" are names in news (contractions keep their apostrophes): the tokenizer's
    exceptions split them into "I" + "m" and "I" + "ve", leaving the parser a pronoun."""
    quote = _one(analyzer, f"{name} said the border crossing would reopen on Monday.")
    assert (_mention(quote), quote.attribution) == (name, "named")


@pytest.mark.parametrize("first", ["The doors were closed", "Everything was shut"])
def test_a_source_described_after_its_noun_before_the_cue_is_the_whole_phrase(analyzer, first):
    """``"..., the whole square," a source familiar with the matter told X``: the parser made a
    quoted noun the subject and the source its apposition; the name next to the cue is the
    phrase's holder, not the last noun of its description (was "the matter")."""
    text = f'"{first}, the whole station," a source familiar with the matter told the Harbor Ledger.'
    quote = _one(analyzer, text)
    assert (_mention(quote), quote.attribution) == ("a source familiar with the matter", "anonymous")


def test_a_name_the_parser_hung_on_its_description_as_a_modifier_is_the_subject(analyzer):
    """``Choi Min-ji, spokeswoman for the transport ministry, told``: the parser made
    "spokeswoman" the subject and the name a modifier of it; the source is the name (was the
    whole phrase, typed unknown)."""
    text = "Choi Min-ji, spokeswoman for the transport ministry of the island, told reporters that the ferries would run."
    quote = _one(analyzer, text)
    assert (quote.speaker.name, quote.attribution) == ("Choi Min-ji", "named")


@pytest.mark.parametrize("decade", ["’90s", "'80s"])
def test_a_decade_with_its_apostrophe_leaves_the_sentence_whole(analyzer, decade):
    """``X, a former diplomat who served there in the ’90s, was blunt: "..."``: the tokenizer
    split the apostrophe off as if it opened a quotation, and the parser lost the subject (was
    no speaker)."""
    text = (f"Gideon Aldersley-Nkemelu, a former envoy who served in Varnholt in the {decade}, was blunt: "
            "“This is a man who wants the world to see he still has friends.”")
    quote = _one(analyzer, text)
    assert (quote.speaker.name, quote.attribution) == ("Gideon Aldersley-Nkemelu", "named")


def test_a_name_ending_a_scene_before_the_cue_is_no_description_of_the_scene(analyzer):
    """A guard for the phrase's holder: ``On the picket line at St Oswin's Hospital, staff nurse
    Li Meifang, 31, said``: the parser hangs the name on "at"; a line does not speak, so the
    source stays the nurse."""
    text = ("On the picket line at St Oswin’s Hospital, staff nurse Li Meifang, 31, said she had taken a second job "
            "in a shop to pay her rent.")
    assert _one(analyzer, text).speaker.name == "Li Meifang"


def test_who_after_a_place_of_a_place_noun_a_person_is_from_is_that_person(analyzer):
    """``X, a dairy farmer from the southern district of Grenholm, who told reporters``: the
    place (NER may type it a person) says where the farmer is from; "who" is the farmer's name
    (was the place), and the description stops before the relative clause."""
    text = ("The decisive vote was cast by Dieter Vollmann-Aasen, a 44-year-old dairy farmer from the southern "
            "district of Grenholm, who told reporters afterwards that he had voted for stability.")
    quote = _one(analyzer, text)
    assert (quote.speaker.name, quote.speaker.description) == (
        "Dieter Vollmann-Aasen", "a 44-year-old dairy farmer from the southern district of Grenholm")


@pytest.mark.parametrize("name", ["Nagy Gergely"])
def test_a_name_the_parser_hung_on_the_verb_before_its_description_is_the_subject(analyzer, name):
    """``Nagy Gergely, a Hungarian-born Green member of parliament who abstained, wrote``: the
    parser hangs the name on "wrote" as an adverb and makes the description the subject; the
    name is the source (was the description, anonymous)."""
    text = (f"Within the coalition, relief was mixed with unease. {name}, a Hungarian-born Green member of "
            "parliament who abstained, wrote on social media that the government had survived.")
    quote = _one(analyzer, text)
    assert (_mention(quote), quote.attribution) == (name, "named")


def test_a_noun_for_words_after_the_quote_is_no_source(analyzer):
    """``X declined to say ..., but said the company remained "committed to a fair price," a
    phrase some analysts took as a sign ...``: the parser makes "a phrase" the subject of
    "said"; it names the words, and the source is X (was "a phrase")."""
    text = ("Ilse Marchetti-Braun declined to say how much the drug would cost, but said the company was still "
            "working on its pricing and remained “committed to a price that reflects the value to health systems,” "
            "a phrase some analysts took as a sign that it would be expensive.")
    quote = analyzer(text).quotes[-1]
    assert (quote.cue.text, quote.speaker.name) == ("said", "Ilse Marchetti-Braun")


def test_an_organisations_noun_before_its_name_split_from_it_is_its_description(analyzer):
    """``The patient charity Heart Failure Voices said``: the parser splits the subject in two;
    a charity is an organisation that can speak, so the name is the source (was "The patient
    charity", unknown)."""
    quote = _one(analyzer, "The patient charity Cardiac Voices said in a statement that patients should "
                           "speak to their doctors.")
    assert (quote.speaker.name, quote.attribution) == ("Cardiac Voices", "named")


def test_which_that_reports_citing_a_source_relays_through_its_antecedent(analyzer):
    """``The first hint came from the Aurora Press Agency, which reported, citing unidentified
    officials, that ...``: the officials via the agency (was no relay: "which" stood unresolved)."""
    text = ("The first hint came from the Kestrel News Agency, which reported shortly after midnight, citing "
            "unidentified government officials, that the train had crossed the border.")
    quote = _one(analyzer, text)
    assert (quote.attribution, [v.name for v in quote.via]) == ("anonymous", ["Kestrel News Agency"])


@pytest.mark.parametrize("source", ["an official", "a person familiar with the matter"])
def test_according_to_a_source_who_spoke_to_a_paper_relays_through_the_paper(analyzer, source):
    """``According to a person familiar with the matter who spoke to the Kestrel Courier, ...``:
    the words were given to the paper, which relays them (was no relay)."""
    quote = _one(analyzer, f"According to {source} who spoke to the Kestrel Courier, the minister's wife was also "
                           "on board.")
    assert (quote.attribution, [v.name for v in quote.via]) == ("anonymous", ["Kestrel Courier"])


def test_a_news_name_opener_with_an_accent_opens_a_news_name(analyzer):
    """``Speaking to Rádio Tejo on Saturday, the 67-year-old lawyer said``: "Rádio" opens a news
    organisation's name as "Radio" does (NER typed it a person's, which left the lawyer
    unresolved and no relay)."""
    text = ("The club president, Dr. Fernando Quaresma, was more forthcoming. Speaking to Rádio Tejo on Saturday, "
            "the 67-year-old lawyer said his club had made a formal approach.")
    quote = _one(analyzer, text)
    assert (quote.speaker.name, [v.name for v in quote.via]) == ("Fernando Quaresma", ["Rádio Tejo"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # NER finds only the given name: still a person's name apposed to the role
        ("OSTRA - The president of Sporting Clube de Ostra, Dr. Maria-João Calado Pires, said on Tuesday that "
         "her club had been kept in the dark.", "Maria-João Calado Pires"),
        # a title, not a role noun, before the object the parser hung the name on
        ("«Those who spread lies are not journalists,» the speaker of the National Assembly, Aliya Sadykova, "
         "told deputies.", "Aliya Sadykova"),
        # the parser hung the name on the verb after the inverted subject
        ("“We are not here to protect anyone,” said the committee's chairwoman, Dr. Mariam Bello-Vos, “and we "
         "are not here to punish anyone before the facts are known.”", "Mariam Bello-Vos"),
    ],
)
def test_a_name_set_beside_a_role_the_parser_hung_elsewhere_is_the_roles(analyzer, text, name):
    """Each was the role's own words (unknown or anonymous)."""
    assert {(q.speaker.name, q.attribution) for q in analyzer(text).quotes} == {(name, "named")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The resignation followed a report in the daily Il Mattinale, which said that the club had hidden two "
         "payments.", "Il Mattinale"),  # a name a lower-case news head describes
        ("The statement was read out on the evening bulletin of Radio Velmar, the state broadcaster, which said "
         "the meeting had been cordial.", "Radio Velmar"),  # a speech noun's "of"
    ],
)
def test_a_report_in_or_of_a_news_organisation_is_its(analyzer, text, name):
    """Each was the report's words (unknown)."""
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, quote.attribution) == (name, "agency")


def test_a_place_polled_is_no_polls_author(analyzer):
    """A guard for the "of" author: ``A Velmar Gazette poll of Ostland showed ...``: Ostland
    was polled; it is no source."""
    text = "A Velmar Gazette poll of Ostland showed the mayor with a 16-point lead."
    assert all(q.speaker is None or q.speaker.name != "Ostland" for q in analyzer(text).quotes)


def test_a_person_whose_last_name_ner_typed_an_organisation_is_quoted_in_full(analyzer):
    """``Dr. Margriet van der Hoek, a senior fellow ..., said the timing suggested ...``: NER
    typed "Hoek" an organisation, which made her a relay of "the timing"; a person's name in
    the name makes it hers, quoted in full (was only "the timing"'s quote)."""
    text = ("Dr. Margriet van der Hoek, a senior fellow at the Aldermere Institute for Northeast Studies, said the "
            "timing suggested Pak was seeking economic support as well as diplomatic cover.")
    quote = analyzer(text).quotes[0]
    assert (quote.speaker.name, quote.text) == (
        "Margriet van der Hoek", "the timing suggested Pak was seeking economic support as well as diplomatic cover")


def test_a_name_after_a_role_and_a_title_is_the_source_according_to(analyzer):
    """``according to police spokesman Capt. Julián Robles Paz. He said ...``: the parser ended
    the sentence at "Capt." and then hung the name apart; no sentence ends between a title and
    the name after it, and the name after the role and title is the source (was the unknown
    "police spokesman", and "He" unresolved)."""
    text = ("The streets of the capital were largely calm by midnight, according to police spokesman Capt. Julián "
            "Robles Paz. He said 14 people had been detained.")
    assert [(q.speaker.name, q.attribution) for q in analyzer(text).quotes] == [("Julián Robles Paz", "named")] * 2


def test_a_name_after_the_quoted_role_hung_on_the_verb_is_the_roles(analyzer):
    """``quoted the district superintendent of police, Arjun Dev Singh Sandhu, as saying``: NER
    typed the name an organisation and the parser hung it on the verb; set off by commas after
    the role, it is the role's (was the unknown "district superintendent of police")."""
    text = ("The state-run Sagar News Agency quoted the district superintendent of police, Arjun Dev Singh Sandhu, as "
            "saying that the strongrooms were guarded day and night.")
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, quote.attribution) == ("Arjun Dev Singh Sandhu", "named")


@pytest.mark.parametrize(
    ("text", "via"),
    [
        # "evening paper" is a news head: the name it describes is a paper, whatever NER says
        ("The Kannada-language evening paper Sandhya Vartha, citing a police inspector in Hosur, reported that two "
         "men had been detained near the counting centre.", ["Sandhya Vartha"]),
        # the parser split "news channel" and the name into two subjects; a hyphen in the description; the
        # channel's number ends its name
        ("The Telugu-language news channel Vani 24 quoted Maria Luisa Ferreira, a member of the observer team, as "
         "saying that the watchdog had asked for the ballot register.", ["Vani 24"]),
    ],
)
def test_a_news_organisation_named_after_its_description_relays(analyzer, text, via):
    """Each relay was lost or named by the description's words ("Telugu-language news channel")."""
    assert [v.name for v in analyzer(text).quotes[0].via] == via


def test_a_participle_read_as_an_adjective_is_no_cue(analyzer):
    """``The ruling Praja Vikas Party's candidate, K. Srinivasulu, ... dismissed the recount
    demand as "theatre ..."``: "ruling" modifies the party; it attributes no quotation (the
    quotation was the party's)."""
    text = ("The ruling Praja Vikas Party’s candidate, K. Srinivasulu, a two-term legislator and former chairman of "
            "the district cooperative bank, dismissed the recount demand as “theatre staged for the television "
            "cameras.”")
    assert all(q.cue is None or q.cue.text != "ruling" for q in analyzer(text).quotes)
    assert all(q.speaker is None or q.speaker.name != "Praja Vikas Party" for q in analyzer(text).quotes)


def test_a_dateline_with_a_hyphenated_place_is_no_source(analyzer):
    """``BAYT AL-NOOR, Khalidar — Sheikh Tariq ..., said``: the hyphen joins the place's name,
    and the parser's subject there is the dateline (was "BAYT AL-NOOR")."""
    text = ("BAYT AL-NOOR, Khalidar — Sheikh Tariq bin Khalifa al-Sabhan, the newly appointed crown prince of "
            "Khalidar, said on Thursday that creating jobs would be his first priority.")
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == "Tariq bin Khalifa al-Sabhan"


def test_whom_the_words_were_told_to_stays_when_the_parser_hung_the_source_in_the_quote(analyzer):
    """``"...," one of the officials, a person familiar with the negotiations, told the Harbour
    Times.``: the parser left "told" without a subject (the source hung in the quotation), so
    the source is found beside the quote; the paper it was told to still relays it (was no
    relay)."""
    text = ("“It is a lifeline, not a gift,” one of the officials, a person familiar with the negotiations, told the "
            "Harbour Times.")
    [quote] = analyzer(text).quotes
    assert [v.name for v in quote.via] == ["Harbour Times"]


def test_a_title_the_parser_set_apart_from_the_name_is_not_the_name(analyzer):
    """``Its president, Capt. Oluwaseun Adebayo-Strand, said``: the parser made "Capt." an
    apposition of its own before the name's (was the source "Its president, Capt")."""
    quote = analyzer("The pilots' association was more critical. Its president, Capt. Oluwaseun Adebayo-Strand, "
                     "said pilots had complained for two years.").quotes[0]
    assert (quote.speaker.name, quote.attribution) == ("Oluwaseun Adebayo-Strand", "named")


def test_a_summary_released_by_a_body_is_the_bodys(analyzer):
    """``according to a summary released by the Transparency Ballot Network``: a summary is a
    document its issuer speaks in (was unknown)."""
    quote = analyzer("The count put her share at 47 percent, according to a summary released by the Transparency "
                     "Ballot Network.").quotes[0]
    assert (quote.speaker.name, quote.attribution) == ("Transparency Ballot Network", "named")


def test_a_notice_posted_on_a_website_is_its_owners(analyzer):
    """``according to a notice posted on the central bank’s website``: the bank's (was
    unknown)."""
    quote = analyzer("The governor was due to meet the heads of the largest banks on Tuesday, according to a notice "
                     "posted on the central bank’s website.").quotes[0]
    assert quote.attribution == "named" and "bank" in quote.speaker.name


def test_a_document_with_a_possessor_is_not_the_names_before_it(analyzer):
    """Guard: ``according to its Amazon summary`` is the book's summary, not Amazon's; a name before a
    document with no possessor, or a time's, still is its author (``A Harbor Times report said``,
    ``In May's Harbor Times poll``)."""
    quotes = analyzer("The book draws a troubling portrait of the senator, according to its Amazon summary. A Harbor "
                      "Times report said the mayor would resign. In May's Harbor Times poll, Lind led Berg.").quotes
    assert [(q.speaker.name if q.speaker else None, q.attribution) for q in quotes] == [
        ("its Amazon summary", "unknown"), ("Harbor Times", "agency"), ("Harbor Times", "agency")]


def test_a_source_past_a_dateline_the_parser_made_the_root_is_read_whole(analyzer):
    """``ZARGHUNPUR, March 6 — The speaker of Naurangia’s National Assembly on Thursday fixed
    ..., rejecting a government request ...``: the construction's source words were the
    dateline alone; the source past it is no longer cut to nothing (the article raised
    IndexError and lost every quote)."""
    text = ("Speaker sets vote on motion\n\nZARGHUNPUR, March 6 — The speaker of Naurangia’s National Assembly on "
            "Thursday fixed March 14 as the date for a vote on the opposition’s no-confidence motion against Prime "
            "Minister Sardar Zulqarnain Haider Mirbahar, rejecting a government request to delay the session until "
            "after the budget.\n\n“The constitution is clear,” the speaker said.")
    article = analyzer(text)
    assert article.error is None and article.quotes


def test_a_quoted_title_the_parser_hung_on_the_source_is_no_name(analyzer):
    """``The scientist, who appeared in the documentary "The Last Olive Grove" about farmers,
    said``: the parser hung the title on "scientist" as an apposition; the source is the
    scientist (was a person named "Last Olive Grove")."""
    text = ("Dr. Eleni Papadaki, a climate scientist at the University of Thessaly, spoke on Friday.\n\n"
            'The scientist, who appeared in the documentary "The Last Olive Grove" about farmers abandoning the '
            "countryside, said she hoped the fire would be a turning point.")
    assert analyzer(text).quotes[-1].speaker.name == "Eleni Papadaki"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor resigned on Friday, two days after a storm flooded the old town, saying she had failed the "
         "residents.", "mayor"),
        ("Ada Lindqvist, chief executive of the railway, resigned on Friday, three weeks after a cyberattack blamed on "
         "Ostmark brought the trains to a standstill, saying she took full responsibility.", "Ada Lindqvist"),
    ],
)
def test_a_participle_after_a_clause_of_time_belongs_to_the_main_clause(analyzer, text, expected):
    """``X resigned, three weeks after a cyberattack brought ..., saying ...``: the parser hung
    "saying" on the clause of time; X says it, not the cyberattack."""
    assert analyzer(text).quotes[-1].speaker.name == expected


def test_a_name_opening_with_a_given_name_apposed_to_a_roles_object_is_the_role(analyzer):
    """``citing the head of the regional fire investigation unit, Vasiliki Tsakiri-Mourati``:
    NER typed the name an organisation; a given name the lists know opens it, so it names the
    head (was the whole phrase, unknown)."""
    quote = analyzer("Investigators are examining whether a power line sparked the blaze, the Daily Anemos reported, "
                     "citing the head of the regional fire investigation unit, Vasiliki Tsakiri-Mourati.").quotes[0]
    assert (quote.speaker.name, quote.attribution) == ("Vasiliki Tsakiri-Mourati", "named")


def test_a_second_clauses_subject_the_parser_made_a_conjunct_is_the_subject(analyzer):
    """``The regulator fined the bank ..., and the bank's chief executive, Henrik van der Aalst,
    said he would step down``: the parser made both "executive" and "said" conjuncts of
    "fined"; the executive is the one who said it (was the regulator)."""
    text = ("LESSENDORF, June 3 — The banking regulator fined Brennmark National Bank a record 310 million crowns on "
            "Monday over the theft of customer data, and the bank’s chief executive, Henrik van der Aalst, said he would "
            "step down at the end of the month.")
    quote = _one(analyzer, text)
    assert (quote.speaker.name, quote.attribution) == ("Henrik van der Aalst", "named")


def test_a_whose_clause_the_parser_made_an_apposition_gives_the_named_holder():
    """``... from the Union for Change, whose leader, Ana Lind, has accused the mayor``, parsed
    as en_core_web_sm reads "the opposition Civic Alliance for Change, whose leader, Tamara
    Đurđević, has accused ...": the organisation the verb's subject, the "whose" clause an
    apposition on its last word; the leader's name is who accused (was the organisation)."""
    import spacy
    from spacy.tokens import Doc

    from quotekit.lexicon import Lexicon
    from quotekit.speaker import _whose_holder

    words = ["The", "Union", "for", "Change", ",", "whose", "leader", ",", "Ana", "Lind", ",", "has", "accused", "the",
             "mayor", "."]
    heads = [1, 12, 1, 2, 3, 6, 3, 6, 9, 6, 3, 12, 12, 14, 12, 12]
    deps = ["det", "nsubj", "prep", "pobj", "punct", "poss", "appos", "punct", "compound", "appos", "punct", "aux", "ROOT",
            "det", "dobj", "punct"]
    pos = ["DET", "PROPN", "ADP", "PROPN", "PUNCT", "PRON", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "AUX", "VERB", "DET",
           "NOUN", "PUNCT"]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    assert _whose_holder(doc[1], doc[12], Lexicon.default()) == doc[9]
    words[10] = "and"  # no comma closes the apposition right before the verb group: no "whose" clause ends there
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    assert _whose_holder(doc[1], doc[12], Lexicon.default()) is None


def test_a_place_the_parser_took_from_an_opening_in_for_the_subject_is_the_scene(analyzer):
    """``In Ak-Suu, Aziz Rahimov, 52, a farmer, said ...``: the parser left "In" with no object
    and made the village the subject, the farmer its conjunct; the village is the scene and the
    farmer the source (was "Ak-Suu")."""
    quote = _one(analyzer, "In Ak-Suu, Aziz Rahimov, 52, a farmer, said his family had been sleeping in their car since "
                           "the quake.")
    assert (quote.speaker.name, quote.attribution) == ("Aziz Rahimov", "named")


def test_a_capitalised_title_with_a_possessor_is_described_by_the_name_apposed(analyzer):
    """``Kessaria’s Health Minister, Amelia Tavake-Lund, ... said``: the tagger took the title for
    a name; with a country's possessor before it, the person's name apposed is the source (was
    an entity "Health Minister")."""
    quote = _one(analyzer, "Kessaria’s Health Minister, Amelia Tavake-Lund, who had faced criticism over the shortages, "
                           "said the new supplies would arrive next week.")
    assert (quote.speaker.name, quote.attribution) == ("Amelia Tavake-Lund", "named")


def test_a_title_before_a_courtesy_title_and_a_name_takes_the_name_apposed():
    """``Health Minister Dr. Efua Takahashi-Mensah said``, parsed as en_core_web_sm reads
    "Health Minister Dr. Ama Nakashima-Boateng said": the title the subject, the name its
    apposition past "Dr."; the name is the apposed source (was an entity "Health Minister")."""
    import spacy
    from spacy.tokens import Doc

    from quotekit.speaker import named_apposition

    words = ["Health", "Minister", "Dr.", "Efua", "Takahashi", "-", "Mensah", "said", "."]
    heads = [1, 7, 6, 4, 6, 6, 1, 7, 7]
    deps = ["compound", "nsubj", "compound", "compound", "compound", "punct", "appos", "ROOT", "punct"]
    tags = ["NNP", "NNP", "NNP", "NNP", "NNP", "HYPH", "NNP", "VBD", "."]
    pos = ["PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT"]
    ents = ["O", "O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, ents=ents)
    assert named_apposition(doc[1], Lexicon.default()) == doc[6]


def test_a_name_set_off_after_an_opening_phrase_is_not_the_subject_next_to_the_verb(analyzer):
    """``Under cross-examination by counsel assisting, Tomas Verhoek-Laine, Ito agreed that
    ...``: the name set off by commas names counsel, in the opening phrase; the subject next to
    the verb, with no comma before it, speaks (was Verhoek-Laine)."""
    quote = _one(analyzer, "Under cross-examination by counsel assisting, Tomas Verhoek-Laine, Ito agreed that the "
                           "forecast had been late.")
    assert quote.speaker.name == "Ito"


def test_a_role_next_to_the_verb_after_a_name_set_off_by_an_opening_phrase_is_the_source(analyzer):
    """``Under questioning from counsel assisting the inquiry, Mr. Tomas Verhoek-Laine, the
    commissioner said``: "the commissioner" speaks, and is the commissioner named before, not
    counsel described as the commissioner (was Verhoek-Laine)."""
    text = ("Commissioner Aroha Kingi-Wells gave evidence on Monday.\n\nUnder questioning from counsel assisting the "
            "inquiry, Mr. Tomas Verhoek-Laine, the commissioner said volunteer brigades had been told to hold positions.")
    assert analyzer(text).quotes[0].speaker.name == "Aroha Kingi-Wells"


@pytest.mark.parametrize("text", [
    "Xi, referring to the North by its name, the DPRK, said talks would go on.",
    "On Monday, Ada Lind, the commissioner said the warning had gone out on time.",
])
def test_a_name_set_off_before_a_subject_stays_the_source_without_an_opening_phrase_of_place(analyzer, text):
    """Guards: a subject followed by its own comma (``the DPRK, said``) or an opening phrase of
    time (a comma left out) leaves the name the source."""
    quote = analyzer(text).quotes[-1]
    assert quote.speaker.name == text.split(",")[0 if text.startswith("Xi") else 1].strip()


def test_a_statement_hung_on_a_condition_inside_what_was_said_is_the_speakers(analyzer):
    """``Haeryong's Supreme Defence Command said ... it would carry out more tests if the South
    and its allies pressed ahead ..., in a statement carried by ...`` / ``the statement said``:
    the parser hung the statement on the condition's verb; it is the command's, not the South's
    (was "South and its allies"), and a dateline before the command is no author."""
    text = ("MIRYANG, Haeryong — Haeryong's Supreme Defence Command said on Saturday it would carry out more weapons "
            "tests if the South and its allies pressed ahead with expanded military drills, in a statement carried by "
            "the state-run Haeryong Central News Agency.\n\n\"Should the warmongers continue their war games, they will "
            "see what a real weapon can do,\" the statement said.")
    assert analyzer(text).quotes[-1].speaker.name == "Supreme Defence Command"


def test_a_name_ner_found_hung_as_an_adverb_on_the_scene_is_the_source(analyzer):
    """``At the port complex at Ilogbo-Marina, Park Ji-hoon, Lagos country manager for ...,
    said``: the parser hung the name as an adverb and the role as an apposition on the place;
    the name is the source (was the place)."""
    quote = _one(analyzer, "At the port complex at Ilogbo-Marina, Park Ji-hoon, Lagos country manager for the shipping "
                           "line Hanbit Maritime, said 14 vessels were waiting at anchor.")
    assert quote.speaker.name == "Park Ji-hoon"


def test_a_dateline_of_two_cities_is_no_source(analyzer):
    """``TAHVO/PORT SERRAT — Yeom Hae-rin ... has issued a rare rebuttal, insisting that ...``: a
    dateline may name two cities joined by "/" (was "Port Serrat Chronicle", a paper named later)."""
    text = ("TAHVO/PORT SERRAT — Yeom Hae-rin, the sister of the leader, has issued a rare rebuttal, insisting that her "
            "brother is 'healthier than those who spread rumours about him'.\n\nAl-Mansouri told the Port Serrat "
            "Chronicle newspaper that the briefing had been cautious.")
    assert analyzer(text).quotes[0].speaker.name == "Yeom Hae-rin"


def test_quoted_as_saying_quotes_its_named_object_not_an_article_the_parser_made_one(analyzer):
    """``The Daily Subh-e-Nau quoted Chief Minister Arbab Zulfiqar Chandio as saying: ‘...’``: the
    parser made "The" an object of "quoted" too; the one quoted is the minister, via the paper
    (was "The", via "Nau")."""
    quote = _one(analyzer, "In Lorhan, the reaction was swift. The Daily Subh-e-Nau quoted Chief Minister Arbab Zulfiqar "
                           "Chandio as saying: ‘For three months they told us the money was coming. Now we learn they "
                           "decided in secret that it would never come.’")
    assert (quote.speaker.name, [v.name for v in quote.via]) == ("Arbab Zulfiqar Chandio", ["Daily Subh-e-Nau"])


def test_titles_before_a_name_ner_typed_an_organisation_are_no_speaker(analyzer):
    """``"...," said Lt. Cmdr. Eleni-Marina Papadaki, a spokeswoman for ...`` (NER: an
    organisation): the parser made the titles one subject and the name another; the plain name
    after the titles is the source (was "Lt. Cmdr")."""
    quote = _one(analyzer, "\"We have evacuated 409 people so far, and the search for the remaining three is continuing "
                           "with every vessel and aircraft we have,\" said Lt. Cmdr. Eleni-Marina Papadaki, a spokeswoman "
                           "for the National Coast Guard Command, at a briefing in Neapoli Kastrou.")
    assert quote.speaker.name == "Eleni-Marina Papadaki"


def test_a_name_closing_the_sentence_after_according_to_a_role_is_the_roles(analyzer):
    """``..., according to the family's lawyer, Tomás-Eduardo Ibáñez Ruiz.``: the parser hangs the
    name on the main verb (and NER types it an organisation); it names the lawyer (was an
    anonymous "family's lawyer")."""
    quote = _one(analyzer, "Ana Beltrán Olmos, who spent four months camped outside the governor's office demanding "
                           "answers, was told in person on Friday morning, according to the family's lawyer, "
                           "Tomás-Eduardo Ibáñez Ruiz.")
    assert (quote.speaker.name, quote.attribution) == ("Tomás-Eduardo Ibáñez Ruiz", "named")


def test_a_datelines_place_the_parser_made_a_subject_speaks_not_for_a_conjunct(analyzer):
    """``NILAVUR, May 6 - P. V. Kalaiyarasi was sworn in ..., and promised to review ...``: the
    parser gives "sworn" two passive subjects, the dateline's place first; the promise is the
    person's (was "NILAVUR")."""
    text = ("NILAVUR, May 6 \u2013 P. V. Kalaiyarasi was sworn in on Thursday as the first woman to lead the state, "
            "and promised to review \u00abevery file signed in a hurry\u00bb in the final months of the old government.")
    quotes = analyzer(text).quotes
    assert [q.speaker.name for q in quotes] == ["P. V. Kalaiyarasi"]


def test_a_name_the_parser_split_at_its_particles_before_a_place_is_one_subject(analyzer):
    """``Mayor Trudy van der Linde of Hulsterhaven said``: the parser makes "van" and "Linde"
    two subjects; the one name spans them, the place after it aside (was "Mayor Trudy van")."""
    text = ("Across the border, Mayor Trudy van der Linde of Hulsterhaven said her municipality would ask the "
            "government to raise the matter.")
    quotes = analyzer(text).quotes
    assert (quotes[0].speaker.name, quotes[0].attribution) == ("Trudy van der Linde", "named")


def test_an_honorary_doctorate_is_a_title_before_the_name(analyzer):
    """``said Prof. Dr. Dr. h.c. Wolfram Eichelsdörfer, who ...``: "h.c." (honoris causa) is a
    title, whose full stop the tokenizer splits off; the name after the titles is the source
    (was "Prof. Dr. Dr. h.c", a named source)."""
    text = ("\u00abWe cannot run a chemical site at these prices,\u00bb said Prof. Dr. Dr. h.c. Wolfram Eichelsd\u00f6rfer, "
            "who has led the group since 2019.")
    assert [q.speaker.name for q in analyzer(text).quotes] == ["Wolfram Eichelsd\u00f6rfer"]


def test_a_word_of_a_name_the_tagger_read_as_a_speech_verb_is_no_cue(analyzer):
    """``"...," the minister, Sayyid Hilal bin Said al-Yaqoubi, told reporters``: "Said" inside
    the name NER found is no verb (was the cue, and "the minister" unknown); the parser hangs
    it on "told", whose subject the name is. "Sayyid" is a title (``titles.txt``)."""
    text = ("\u2018We will not allow the strait to become a place where ships simply disappear,\u2019 the minister, "
            "Sayyid Hilal bin Said al-Yaqoubi, told reporters at the naval base.")
    quotes = analyzer(text).quotes
    assert [(q.cue.text, q.speaker.name) for q in quotes] == [("told", "Hilal bin Said al-Yaqoubi")]


def test_a_news_organisation_citing_sources_stays_their_relay_when_the_parser_makes_citing_the_root(analyzer):
    """``The Costaverde Times, citing two unnamed officials, reported on Wednesday that ...``:
    the parser makes "citing" the root, the newspaper its subject and "reported" a participle on
    the officials; the officials speak via the newspaper (was no quote at all)."""
    text = ("The Costaverde Times, citing two unnamed officials, reported on Wednesday that investigators had "
            "identified a second set of offshore accounts.")
    quotes = analyzer(text).quotes
    assert [(q.speaker.name, q.attribution, [v.name for v in q.via]) for q in quotes] == [
        ("two unnamed officials", "anonymous", ["Costaverde Times"])]


def test_voz_opens_a_news_name(analyzer):
    """``..., La Voz del Pacífico reported, citing prison officials``: "Voz" opens news names
    (``news_name_openers.txt``), so the newspaper relays the officials (was no relay)."""
    text = ("The former minister is expected to arrive in the capital next week, La Voz del Pac\u00edfico reported, "
            "citing prison officials.")
    quotes = analyzer(text).quotes
    assert [(q.attribution, [v.name for v in q.via]) for q in quotes] == [("anonymous", ["La Voz del Pac\u00edfico"])]


def test_a_name_apposed_to_an_opening_word_capitalised_by_its_place_is_the_source(analyzer):
    """``Overseas, Kessler Europe, the company's European sales arm, said ...``: the tagger took
    "Overseas" for a name and the subject; the name apposed to it speaks (was "Overseas")."""
    text = ("Overseas, Kessler Europe, the company's European sales arm, said in a statement that there was no "
            "indication that cars sold in Europe were affected.")
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == "Kessler Europe"


def test_an_opening_word_written_so_elsewhere_stays_the_source(analyzer):
    """Guard: a one-word name the article writes again (``Overseas ... Overseas said``) is a
    name, not a word capitalised by its place."""
    text = ("Overseas, a charity based in Leeds, said on Monday that it would close two offices. Overseas said the "
            "decision was final.")
    assert analyzer(text).quotes[-1].speaker.name == "Overseas"


@pytest.mark.parametrize("name", ["Alhaji Musa Danjuma-Idris", "Alhaji Bello Garba", "Alhaji Sani Lawal-Bello"])
def test_a_roles_name_set_off_after_according_to_is_the_source_not_the_clauses_subject(analyzer, name):
    """``According to the party's national publicity secretary, Alhaji Bello Garba, the PDA's
    national working committee will meet ...``: the name set off after the role is the role's,
    however the parser hung it (the clause's subject, with the committee its apposition or
    conjunct; or the role's apposition, with the committee its conjunct); the report is the
    committee's clause (was the name's clause, and "the party" its source)."""
    text = (f"But according to the party's national publicity secretary, {name}, the PDA's national working committee "
            'will meet in Kano on Friday to "study the ruling line by line" before deciding its next step.')
    [quote] = analyzer(text).quotes
    assert quote.text.startswith("the PDA's national working committee will meet")
    assert quote.speaker.name == name.removeprefix("Alhaji ")


def test_a_name_the_tagger_read_as_an_adverb_opening_its_sentence_is_the_subject():
    """``Ebberly, who has watched it, noted that the camera moved.``, parsed as en_core_web_sm
    read such a sentence in an article: the name, ending in "-ly", an adverb on the verb; the
    article names Ebberly elsewhere, so he is the subject (was no source)."""
    import spacy
    from spacy.tokens import Doc

    from quotekit.detect import detect_quotes
    from quotekit.speaker import find_sources

    words = ["Tomas", "Ebberly", "spoke", ".", "Ebberly", ",", "who", "has", "watched", "it", ",", "noted", "that", "the",
             "camera", "moved", "."]
    doc = Doc(
        spacy.blank("en").vocab, words=words,
        spaces=[True, True, False, True, False, True, True, True, True, False, True, True, True, True, True, False, False],
        heads=[1, 2, 2, 2, 11, 4, 8, 8, 4, 8, 11, 11, 15, 14, 15, 11, 11],
        deps=["compound", "nsubj", "ROOT", "punct", "advmod", "punct", "nsubj", "aux", "relcl", "dobj", "punct", "ROOT",
              "mark", "det", "nsubj", "ccomp", "punct"],
        pos=["PROPN", "PROPN", "VERB", "PUNCT", "ADV", "PUNCT", "PRON", "AUX", "VERB", "PRON", "PUNCT", "VERB", "SCONJ",
             "DET", "NOUN", "VERB", "PUNCT"],
        tags=["NNP", "NNP", "VBD", ".", "RB", ",", "WP", "VBZ", "VBN", "PRP", ",", "VBD", "IN", "DT", "NN", "VBD", "."],
        lemmas=["Tomas", "Ebberly", "speak", ".", "Ebberly", ",", "who", "have", "watch", "it", ",", "note", "that", "the",
                "camera", "move", "."],
        sent_starts=[True] + [False] * 3 + [True] + [False] * 12,
    )
    quotes = [q for q in detect_quotes(doc) if doc[q.cue[0]].text == "noted"]
    [local] = find_sources(doc, quotes)
    assert doc[local.mention[0] : local.mention[1]].text == "Ebberly"


def test_a_name_set_off_after_a_description_the_parser_left_in_the_quote():
    """``"We are close," the bloc's envoy for Chad, Ambassador Ruth Mboya, told reporters.``,
    parsed as en_core_web_sm read such a sentence in an article: the description an attribute
    of the quoted verb, the name apposed to it, the cue with no subject. The name set off by
    commas before the cue is the source (was none)."""
    doc = _hand_parsed("""
        "          0 17 punct     PUNCT ``   "
        We         1  2 nsubj     PRON  PRP  we
        are        1 17 ccomp     AUX   VBP  be
        close      0  2 acomp     ADJ   JJ   close
        ,          0  2 punct     PUNCT ,    ,
        "          1  2 punct     PUNCT ''   "
        the        1  7 det       DET   DT   the
        bloc       0  9 poss      NOUN  NN   bloc
        's         1  7 case      PART  POS  's
        envoy      1  2 attr      NOUN  NN   envoy
        for        1  9 prep      ADP   IN   for
        Chad       0 10 pobj      PROPN NNP  Chad B-GPE
        ,          1  9 punct     PUNCT ,    ,
        Ambassador 1 15 compound  PROPN NNP  Ambassador
        Ruth       1 15 compound  PROPN NNP  Ruth B-PERSON
        Mboya      0  9 appos     PROPN NNP  Mboya I-PERSON
        ,          1 17 punct     PUNCT ,    ,
        told       1 17 ROOT      VERB  VBD  tell
        reporters  0 17 dobj      NOUN  NNS  reporter
        .          0 17 punct     PUNCT .    .
    """)
    assert _source_words(doc, "told") == "Ambassador Ruth Mboya"


def test_a_family_name_read_as_an_adverb_stays_in_the_name_and_out_of_the_cue():
    """``"This is not a personal matter," Ms Jeptoo told journalists.``, parsed as en_core_web_sm
    parsed it in an article: the tagger read the family name as an adverb of "told", NER's name
    runs over both words. The source is "Ms Jeptoo" and the cue "told" (were "Ms" and "Jeptoo
    told")."""
    from quotekit.detect import detect_quotes

    doc = _hand_parsed("""
        \u201c       0 11 punct    PUNCT ``   \u201c
        This     1  2 nsubj    PRON  DT   this
        is       1 11 ccomp    AUX   VBZ  be
        not      1  2 neg      PART  RB   not
        a        1  6 det      DET   DT   a
        personal 1  6 amod     ADJ   JJ   personal
        matter   0  2 attr     NOUN  NN   matter
        ,        0 11 punct    PUNCT ,    ,
        \u201d       1 11 punct    PUNCT ''   \u201d
        Ms       1 11 nsubj    PROPN NNP  Ms     B-PERSON
        Jeptoo   1 11 advmod   PROPN NNP  Jeptoo I-PERSON
        told     1 11 ROOT     VERB  VBD  tell
        journalists 0 11 dobj  NOUN  NNS  journalist
        .        0 11 punct    PUNCT .    .
    """)
    [quote] = detect_quotes(doc)
    assert doc[quote.cue[0] : quote.cue[1]].text == "told"
    assert _source_words(doc, "told") == "Ms Jeptoo"


def test_a_title_the_parser_made_an_object_of_its_own_gives_way_to_the_name_quoted():
    """``The state-run Horn Star Radio quoted Agriculture Minister Abdiqani Farah Warsame as saying
    that ...``, parsed as en_core_web_sm parsed it in an article: "Minister" and "Warsame" two
    objects of "quoted". The one quoted is the person the name names (was "Agriculture
    Minister", a named source of its own)."""
    doc = _hand_parsed("""
        The         1  6 det       DET   DT   the
        state       0  3 npadvmod  NOUN  NN   state
        -           0  3 punct     PUNCT HYPH -
        run         1  6 amod      VERB  VBN  run
        Horn        1  5 compound  PROPN NNP  Horn B-ORG
        Star        1  6 compound  PROPN NNP  Star I-ORG
        Radio       1  7 nsubj     PROPN NNP  Radio I-ORG
        quoted      1  7 ROOT      VERB  VBD  quote
        Agriculture 1  9 compound  PROPN NNP  Agriculture
        Minister    1  7 dobj      PROPN NNP  Minister
        Abdiqani    1 12 compound  PROPN NNP  Abdiqani B-PERSON
        Farah       1 12 compound  PROPN NNP  Farah I-PERSON
        Warsame     1  7 dobj      PROPN NNP  Warsame I-PERSON
        as          1  7 prep      ADP   IN   as
        saying      1 13 pcomp     VERB  VBG  say
        that        1 18 mark      SCONJ IN   that
        swarms      1 18 nsubj     NOUN  NNS  swarm
        had         1 18 aux       AUX   VBD  have
        reached     1 14 ccomp     VERB  VBN  reach
        Baidoa      0 18 dobj      PROPN NNP  Baidoa B-GPE
        .           0  7 punct     PUNCT .    .
    """)
    assert _source_words(doc, "saying") == "Abdiqani Farah Warsame"


def test_a_name_hung_on_the_verb_before_a_definite_description_set_off_is_the_source():
    """``"We deserve to hear it," Aalvik, the chief executive of Fjordline, told the meeting.``,
    parsed as en_core_web_sm parsed such a sentence in an article: the name an adverb of the
    verb, the description its subject. The name is the source (was the description)."""
    doc = _hand_parsed("""
        \u201c         0 16 punct    PUNCT ``   \u201c
        We        1  2 nsubj    PRON  PRP  we
        deserve   1 16 ccomp    VERB  VBP  deserve
        to        1  4 aux      PART  TO   to
        hear      1  2 xcomp    VERB  VB   hear
        it        0  4 dobj     PRON  PRP  it
        ,         0 16 punct    PUNCT ,    ,
        \u201d         1 16 punct    PUNCT ''   \u201d
        Aalvik    0 16 advmod   PROPN NNP  Aalvik B-PERSON
        ,         1 16 punct    PUNCT ,    ,
        the       1 12 det      DET   DT   the
        chief     1 12 amod     ADJ   JJ   chief
        executive 1 16 nsubj    NOUN  NN   executive
        of        1 12 prep     ADP   IN   of
        Fjordline 0 13 pobj     PROPN NNP  Fjordline B-ORG
        ,         1 12 punct    PUNCT ,    ,
        told      1 16 ROOT     VERB  VBD  tell
        the       1 18 det      DET   DT   the
        meeting   0 16 dobj     NOUN  NN   meeting
        .         0 16 punct    PUNCT .    .
    """)
    assert _source_words(doc, "told") == "Aalvik"


def test_a_given_name_the_parser_made_a_lone_root_opens_the_source():
    """``[Stelios] Marangos, chairman of the bank, rejected calls for his resignation.`` after a
    byline, parsed as en_core_web_sm parsed it in an article: "Stelios" a root of its own, a
    sentence of one word. It opens the source's name (was "Marangos")."""
    doc = _hand_parsed("""
        Stelios     1  0 ROOT     PROPN NNPS Stelios
        Marangos    0  8 nsubj    PROPN NNP  Marangos
        ,           1  1 punct    PUNCT ,    ,
        chairman    1  1 appos    NOUN  NN   chairman
        of          1  3 prep     ADP   IN   of
        the         1  6 det      DET   DT   the
        bank        0  4 pobj     NOUN  NN   bank
        ,           1  1 punct    PUNCT ,    ,
        rejected    1  8 ROOT     VERB  VBD  reject
        calls       1  8 dobj     NOUN  NNS  call
        for         1  9 prep     ADP   IN   for
        his         1 12 poss     PRON  PRP$ his
        resignation 0 10 pobj     NOUN  NN   resignation
        .           0  8 punct    PUNCT .    .
    """, sentences=(0, 1))
    assert _source_words(doc, "rejected") == "Stelios Marangos"


def test_a_description_with_a_phrase_before_a_name_set_off_is_the_source_after_the_quote():
    """``"Their demands would put the company at risk," the airline's head of corporate affairs,
    Ana Quispe, told reporters``, parsed as en_core_web_sm parsed it in an article: the parser
    made the description an object in the quotation; the phrase ends in "affairs", whose holder,
    "head", has the name set off after it, so the source is the whole description with the
    name (was "corporate affairs")."""
    doc = _hand_parsed("""
        "          0 22 punct     PUNCT ``   "
        Their      1  2 poss      PRON  PRP$ their
        demands    1  4 nsubj     NOUN  NNS  demand
        would      1  4 aux       AUX   MD   would
        put        1 22 ccomp     VERB  VB   put
        the        1  6 det       DET   DT   the
        company    1  4 dobj      NOUN  NN   company
        at         1  4 prep      ADP   IN   at
        risk       0  7 pobj      NOUN  NN   risk
        ,          0  4 punct     PUNCT ,    ,
        "          1  4 punct     PUNCT ''   "
        the        1 12 det       DET   DT   the
        airline    0 14 poss      NOUN  NN   airline
        's         1 12 case      PART  POS  's
        head       1  4 dobj      NOUN  NN   head
        of         1 14 prep      ADP   IN   of
        corporate  1 17 amod      ADJ   JJ   corporate
        affairs    0 15 pobj      NOUN  NNS  affair
        ,          1 14 punct     PUNCT ,    ,
        Ana        1 20 compound  PROPN NNP  Ana B-PERSON
        Quispe     0 14 appos     PROPN NNP  Quispe I-PERSON
        ,          1  4 punct     PUNCT ,    ,
        told       1 22 ROOT      VERB  VBD  tell
        reporters  0 22 dobj      NOUN  NNS  reporter
        .          0 22 punct     PUNCT .    .
    """)
    assert _source_words(doc, "told") == "the airline's head of corporate affairs, Ana Quispe"


def test_a_name_right_after_a_roles_phrase_is_the_subject_not_the_role(analyzer):
    """``Opposition critic for the economy Valérie Sainte-Croix-Dunn accused ...``: the parser gave the verb
    two subjects, the role's phrase and the name after it; the name speaks (was the role,
    unknown)."""
    text = ("Opposition critic for the economy Valérie Sainte-Croix-Dunn accused the government of having been «asleep at "
            "the wheel» when it approved the original subsidy.")
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, quote.attribution) == ("Valérie Sainte-Croix-Dunn", "named")


def test_a_name_after_a_plurals_list_is_not_the_subject():
    """``Several leaders, including Sens. Ada Lind, denounced it``: a plural's list, set off by a
    comma, is no title of the name the parser gave the verb as a second subject."""
    from quotekit.lexicon import Lexicon
    from quotekit.speaker import _name_after_role_phrase

    doc = _hand_parsed("""
        Several    1 1 amod      ADJ   JJ   several
        leaders    0 7 nsubj     NOUN  NNS  leader
        ,          1 1 punct     PUNCT ,    ,
        including  1 1 prep      VERB  VBG  include
        Sens.      1 3 pobj      PROPN NNP  Sens.
        Ada        1 6 compound  PROPN NNP  Ada B-PERSON
        Lind       1 7 nsubj     PROPN NNP  Lind I-PERSON
        denounced  1 7 ROOT      VERB  VBD  denounce
        it         0 7 dobj      PRON  PRP  it
        .          0 7 punct     PUNCT .    .
    """)
    assert not _name_after_role_phrase(doc[1], doc[6], Lexicon.default())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Campaign Against Arms Trade, a pressure group, said the sale was illegal.", "Campaign Against Arms Trade"),
        ("Campaigners against the dam said the valley would flood.", "Campaigners against the dam"),
    ],
)
def test_a_phrase_with_against_belongs_to_the_source(analyzer, text, name):
    """``The Campaign Against Arms Trade said``: "against" continues an institution's name and a
    source's words like "for" and "of" (was "Campaign", "Campaigners")."""
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == name


def test_a_subject_the_parser_hung_on_the_place_opening_the_sentence(analyzer):
    """``In Kaunas, the city's mayor, X, praised ... but said ...``: the parser made the subject
    an apposition of the place the sentence opens with and left the verb with none; the one
    set off right before the verb speaks (was no source)."""
    text = ("In Kaunas, the city's mayor, Rimas Valaitis, praised the deal but said it could be no substitute for a "
            "bridge.")
    [quote] = [q for q in analyzer(text).quotes if q.cue.text == "said"]
    assert quote.speaker.name == "Rimas Valaitis"


def test_a_participle_the_parser_hung_on_a_verb_of_the_quote(analyzer):
    """``X defended the record, telling the conference: «When we took office, inflation was
    running ...»``: the parser hung "telling" on the quote's verb, whose subject is a word of
    the quote; the clause the quote hangs on is X's (was no source)."""
    text = ("Mensah also defended the government's record, telling the conference: «When we took office, inflation was "
            "running at 13%, and there were people in this very room who told us it would take a decade to bring it "
            "down. We did it in three years.»")
    [quote] = [q for q in analyzer(text).quotes if q.cue.text == "telling"]
    assert quote.speaker.name == "Mensah"


def test_said_the_tagger_read_as_a_noun_after_an_age_is_a_cue(analyzer):
    """``"...," the 61-year-old said, mending nets.``: the tagger made "the 61-year-old said"
    one noun phrase; "said" is still the cue and the age names the one who speaks (was no cue
    and no source)."""
    text = 'Pavel Rusu, 61, runs a boat. "We went out at dawn," the 61-year-old said, mending nets.'
    [quote] = analyzer(text).quotes
    assert (quote.cue.text, quote.speaker.mention.text, quote.speaker.name) == ("said", "the 61-year-old", "Pavel Rusu")


def test_a_role_apposed_to_the_object_the_parser_took_from_an_opening_preposition(analyzer):
    """``At Kafr Salim General Hospital, the director, Hani Mansour, said ...``: the parser took
    the hospital from "At" for the subject; the one set off after it speaks (was the hospital)."""
    text = ("At Kafr Salim General Hospital, the director, Hani Mansour, said the fuel delivered on Wednesday would keep "
            "the unit running.")
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == "Hani Mansour"


def test_a_name_word_the_tagger_read_as_a_gerund_subject_is_no_source():
    """``Ana Lind of the network Moana Rising, who marched, said the group would stay.``,
    parsed as en_core_web_sm read such a sentence in an article: "Rising" a gerund, the
    subject of "said", with the person its own subject. The person speaks (was "Rising")."""
    from quotekit.detect import detect_quotes
    from quotekit.speaker import find_sources

    doc = _hand_parsed("""
        Ana     1  1 compound  PROPN NNP  Ana
        Lind    1  6 nsubj     PROPN NNP  Lind
        of      1  1 prep      ADP   IN   of
        the     1  4 det       DET   DT   the
        network 1  2 pobj      NOUN  NN   network
        Moana   1  1 prep      ADP   IN   Moana
        Rising  0 11 nsubj     VERB  VBG  rise
        ,       1  6 punct     PUNCT ,    ,
        who     1  9 nsubj     PRON  WP   who
        marched 0  6 relcl     VERB  VBD  march
        ,       1  6 punct     PUNCT ,    ,
        said    1 11 ROOT      VERB  VBD  say
        the     1 13 det       DET   DT   the
        group   1 15 nsubj     NOUN  NN   group
        would   1 15 aux       AUX   MD   would
        stay    0 11 ccomp     VERB  VB   stay
        .       0 11 punct     PUNCT .    .
    """)
    [quote] = [q for q in detect_quotes(doc) if q.cue is not None and doc[q.cue[0]].text == "said"]
    [local] = find_sources(doc, [quote])
    assert doc[local.mention[0] : local.mention[1]].text.startswith("Ana Lind")


@pytest.mark.parametrize(("text", "name"), [
    # the quote follows a sentence that tells of a person, not the speakers before (was the two)
    ("Democratic contenders Ada Lind and Tom Berg tweeted their approval. On the other side, Sen. Mara Quill (R-Ore.), "
     "a Republican candidate for governor, tweeted a warning. \"Remember in November the Democrats who fought.\"",
     "Mara Quill"),
    # "he" of the sentence before, a paragraph past the last quote (was no source)
    ("Dock leader Wim Holt spoke on Monday. \"We will not move,\" he said.\n\nSpeaking to dockers at a rally later in "
     "the day, he broadened his attack. \"This is not only about the port. Every worker is watching.\"", "Wim Holt"),
    # the sentence closing the paragraph before, its subject a word of a name NER found before and the source of a
    # quote before (was no source)
    ("Arkady Zemlin, the spokesman, took questions on Monday. \"We will answer in due course,\" Zemlin said.\n\nPressed by "
     "a reporter about the photographs, Zemlin grew visibly impatient.\n\n\"We have seen this many times. Trains "
     "move. That is what trains are for.\"", "Arkady Zemlin"),
])
def test_a_quote_after_a_sentence_about_a_person_is_theirs(analyzer, text, name):
    quote = analyzer(text).quotes[-1]
    assert quote.cue is None and quote.speaker.name == name


def test_a_quote_after_a_sentence_whose_subject_is_no_person_stays_unattributed(analyzer):
    text = 'Police arrested Tom Berg on Monday. "He is innocent and we will prove it in court."'
    [quote] = analyzer(text).quotes
    assert quote.speaker is None


def test_a_quote_opening_a_paragraph_is_not_a_person_who_has_not_spoken_yet(analyzer):
    """Across a paragraph break the sentence before must tell of one who spoke before."""
    text = ("Sanders named five people to the committee. Rep. Ada Lind, the committee's chair, chose four.\n\n"
            "\"He should stay in until he gets everything he is fighting for.\"")
    [quote] = analyzer(text).quotes
    assert quote.speaker is None


def test_a_signature_line_in_the_paragraph_after_a_quotation_signs_it(analyzer):
    """``"I will look into it." / - Ada Lind.``: the dash and the name under the quotation sign
    it (was the continuation of Tom Berg, the last speaker)."""
    text = "\"We will win,\" Tom Berg said. In the end, Berg voted for the bill.\n\n\"I will look into it.\"\n\n- Ada Lind."
    quote = analyzer(text).quotes[-1]
    assert quote.speaker.name == "Ada Lind"


def test_a_cited_name_the_parser_made_a_second_subject(analyzer):
    """``The Tonga Ledger, citing the kingdom's attorney-general, Sione Fifita, reported that
    ...``: the parser made the name a subject of "reported", the participle hung on it; the
    name is cited and the paper relays (was the paper's own report)."""
    text = ("The Tonga Ledger, citing the kingdom's attorney-general, Sione Fifita, reported on Wednesday that the talks "
            "had begun.")
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, [v.name for v in quote.via]) == ("Sione Fifita", ["Tonga Ledger"])


def test_a_name_set_off_after_according_to_a_role_the_parser_hung_on_the_clause(analyzer):
    """``..., according to the mediator, retired judge Ruth Kamau.``: the parser hung the name
    on the clause's verb; it is the role's name (was "the mediator", unresolved)."""
    text = "The strike ended on May 14 after the firm agreed to a pay rise, according to the mediator, retired judge Ruth Kamau."
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, quote.speaker.mention.text) == ("Ruth Kamau", "retired judge Ruth Kamau")


def test_a_name_between_a_quotation_and_its_cue_the_parser_hung_inside_the_quote():
    """``"It is done," presiding Judge Nam Gyu-ri wrote.``, parsed as en_core_web_sm read such a
    sentence in an article: the name the object of "presiding", hung on the quote's verb, and
    "wrote" with no subject. The name between the closing mark and the cue is the source (was
    none)."""
    from quotekit.detect import detect_quotes
    from quotekit.speaker import find_sources

    doc = _hand_parsed("""
        “         0  2 punct     PUNCT ``   “
        It        1  2 nsubj     PRON  PRP  it
        is        1  2 ROOT      AUX   VBZ  be
        done      0  2 acomp     ADJ   JJ   done
        ,         0  2 punct     PUNCT ,    ,
        ”         1  2 punct     PUNCT ''   ”
        presiding 1  2 advcl     VERB  VBG  preside
        Judge     1 11 compound  PROPN NNP  Judge
        Nam       1 11 compound  PROPN NNP  Nam B-PERSON
        Gyu       0 11 compound  PROPN NNP  Gyu I-PERSON
        -         0 11 punct     PUNCT HYPH - I-PERSON
        ri        1  6 dobj      PROPN NNP  ri I-PERSON
        wrote     0  2 ccomp     VERB  VBD  write
        .         0  2 punct     PUNCT .    .
    """)
    [quote] = [q for q in detect_quotes(doc) if q.cue is not None]
    [local] = find_sources(doc, [quote])
    assert doc[local.mention[0] : local.mention[1]].text == "Judge Nam Gyu-ri"


def test_a_name_the_tagger_read_as_a_conjunction_opening_the_sentence():
    """``Ada Chauhan spoke. Chauhan later said the road was closed.``, parsed as en_core_web_sm
    read such a sentence in an article: "Chauhan" a conjunction marking "said". The article
    names Chauhan elsewhere, so she is the subject (was no source)."""
    from quotekit.detect import detect_quotes
    from quotekit.speaker import find_sources

    doc = _hand_parsed("""
        Ada     1  1 compound  PROPN NNP  Ada
        Chauhan 1  2 nsubj     PROPN NNP  Chauhan
        spoke   0  2 ROOT      VERB  VBD  speak
        .       1  2 punct     PUNCT .    .
        Chauhan 1  6 mark      SCONJ IN   Chauhan
        later   1  6 advmod    ADV   RB   later
        said    1  6 ROOT      VERB  VBD  say
        the     1  8 det       DET   DT   the
        road    1 10 nsubjpass NOUN  NN   road
        was     1 10 auxpass   AUX   VBD  be
        closed  0  6 ccomp     VERB  VBN  close
        .       0  6 punct     PUNCT .    .
    """, sentences=(0, 4))
    quotes = [q for q in detect_quotes(doc) if doc[q.cue[0]].text in ("said", "later")]
    [local] = find_sources(doc, quotes)
    assert doc[local.mention[0] : local.mention[1]].text == "Chauhan"


def test_a_name_closing_a_fronted_clause_before_a_verb_with_no_subject():
    """``Asked whether he had met the prince, Minister Ada Lind said he met many people.``,
    parsed as en_core_web_sm read such a sentence in an article: the name apposed to "prince"
    and "said" with no subject. The name set off right before the verb is its subject (was no
    source)."""
    from quotekit.detect import detect_quotes
    from quotekit.speaker import find_sources

    doc = _hand_parsed("""
        Asked    1 11 advcl     VERB  VBN  ask
        whether  1  4 mark      SCONJ IN   whether
        he       1  4 nsubj     PRON  PRP  he
        had      1  4 aux       AUX   VBD  have
        met      1  0 ccomp     VERB  VBN  meet
        the      1  6 det       DET   DT   the
        prince   0  4 dobj      NOUN  NN   prince
        ,        1  6 punct     PUNCT ,    ,
        Minister 1 10 compound  PROPN NNP  Minister
        Ada      1 10 compound  PROPN NNP  Ada B-PERSON
        Lind     1  6 appos     PROPN NNP  Lind I-PERSON
        said     1 11 ROOT      VERB  VBD  say
        he       1 13 nsubj     PRON  PRP  he
        met      1 11 ccomp     VERB  VBD  meet
        many     1 15 amod      ADJ   JJ   many
        people   0 13 dobj      NOUN  NNS  people
        .        0 11 punct     PUNCT .    .
    """)
    quotes = [q for q in detect_quotes(doc) if doc[q.cue[0]].text == "said"]
    [local] = find_sources(doc, quotes)
    assert doc[local.mention[0] : local.mention[1]].text.endswith("Ada Lind")


def test_an_inverted_source_after_a_possessive_the_parser_made_a_participles_subject(analyzer):
    """``'...,' said his father, Nguyen Van Binh, 61, sitting beneath the altar.``: the parser
    made "father" the subject of "sitting"; the phrase after "said" is the source (was none)."""
    text = ("Duc was one of 23 people killed last week in the fire.\n\n\u2018He went to Korea so that we could build a "
            "proper house,\u2019 said his father, Nguyen Van Binh, 61, sitting beneath the altar.")
    [quote] = analyzer(text).quotes[-1:]
    assert quote.speaker.name == "Nguyen Van Binh"


def test_a_question_a_name_and_a_verb_follow_is_no_continuation(analyzer):
    """``"You know, it happens, right?" Mercer went on, ...`` after Kelly's quote: the parser
    split the sentence at the question mark; the name and verb after it say someone speaks whom
    no cue names, so the quote does not continue Kelly (was Kelly's)."""
    text = ("Asked if he was ever bullied, Tom Mercer said no. \u201cPeople are bullied when they\u2019re 55,\u201d he "
            "said.\n\nAda Kelly responded pointedly, with a smile: \u201cCan happen when you\u2019re 45.\u201d She is "
            "45.\n\n\u201cYou know, it happens, right?\u201d Mercer went on, as if he didn\u2019t hear her.")
    quote = analyzer(text).quotes[-1]
    assert quote.speaker is None or quote.speaker.name != "Ada Kelly"


def test_a_given_name_the_tagger_read_as_a_preposition_after_a_role(analyzer):
    """``Chief prosecutor Per Lindqvist told ...``: the tagger read "Per" as the preposition,
    hanging "Per Lindqvist" on "prosecutor"; the name is the source (was "Chief prosecutor")."""
    text = "Chief prosecutor Per Lindqvist told Radio North that no decision on charges would be taken before the autumn."
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == "Per Lindqvist"


def test_a_participle_in_an_apposition_read_as_a_clause_before_the_verb_leaves_the_name_its_subject():
    """``VARDØ - Elske Dahlberg, the Norvian engineer held hostage for 60 days in the eastern
    hills, said on Friday that ...``: the parser read "held" as the verb of a clause before
    "said", with the name and "engineer" both its subjects; the name is the one who said (was
    no source)."""
    doc = _hand_parsed("""
        VARDØ 1 3 compound PROPN NNP VARDØ
        - 1 3 punct PUNCT HYPH -
        Elske 1 3 compound PROPN NNP Elske
        Dahlberg 0 8 nsubj PROPN NNP Dahlberg
        , 1 3 punct PUNCT , ,
        the 1 7 det DET DT the
        Norvian 1 7 amod ADJ JJ norvian B-NORP
        engineer 1 8 nsubj NOUN NN engineer
        held 1 17 ccomp VERB VBD hold
        hostage 1 8 dobj NOUN NN hostage
        for 1 8 prep ADP IN for
        60 1 12 nummod NUM CD 60 B-DATE
        days 1 10 pobj NOUN NNS day I-DATE
        in 1 12 prep ADP IN in
        eastern 1 15 amod ADJ JJ eastern
        Hills 0 13 pobj PROPN NNP Hills B-LOC
        , 1 8 punct PUNCT , ,
        said 1 17 ROOT VERB VBD say
        on 1 17 prep ADP IN on
        Friday 1 18 pobj PROPN NNP Friday B-DATE
        that 1 25 mark SCONJ IN that
        she 1 25 nsubjpass PRON PRP she
        had 1 25 aux AUX VBD have
        never 1 25 neg ADV RB never
        been 1 25 auxpass AUX VBN be
        harmed 0 17 ccomp VERB VBN harm
        . 0 17 punct PUNCT . .
    """)
    assert _source_words(doc, "said") == "Elske Dahlberg"


def test_a_preposition_compounded_on_the_place_that_opens_the_sentence_is_no_source(analyzer):
    """``Outside Parliament, Wanjiru Achieng Otieno, chair of ..., said``: the tagger took
    "Outside" for a proper noun compounded on "Parliament", which the parser made the subject
    with the name its apposition; the name is the source (was "Outside Parliament")."""
    text = ("Outside Parliament, Wanjiru Achieng Otieno, chair of the Professional Runners Association of Kenya, which "
            "represents about 1,200 athletes, said clean runners were paying the price for the actions of a few.")
    assert _mention(_one(analyzer, text)) == "Wanjiru Achieng Otieno"


def test_a_hyphenated_given_name_the_tagger_misread_stays_in_the_name():
    """``Noh [So]-[yeon], president of the Cheonmyeong student council, said``: the tagger read
    the given name's halves as an adverb and a noun the parser hung on the family name; the
    source's words and the name hold the whole name (were "Noh")."""
    doc = _hand_parsed("""
        Noh 1 12 nsubj PROPN NNP Noh
        So 0 3 compound ADV RB so
        - 0 3 punct PUNCT HYPH -
        yeon 0 0 dobj NOUN NN yeon
        , 1 3 punct PUNCT , ,
        president 1 3 appos NOUN NN president
        of 1 5 prep ADP IN of
        the 1 10 det DET DT the B-ORG
        Cheonmyeong 1 10 compound PROPN NNP Cheonmyeong I-ORG
        student 1 10 compound NOUN NN student I-ORG
        council 0 6 pobj NOUN NN council I-ORG
        , 1 3 punct PUNCT , ,
        said 1 12 ROOT VERB VBD say
        the 1 14 det DET DT the
        council 1 16 nsubj NOUN NN council
        would 1 16 aux AUX MD would
        demand 1 12 ccomp VERB VB demand
        a 1 18 det DET DT a
        meeting 0 16 dobj NOUN NN meeting
        . 0 12 punct PUNCT . .
    """)
    assert _source_words(doc, "said") == "Noh So-yeon"
    assert _proper_name(doc, (0, 4)) == "Noh So-yeon"


def test_a_name_hung_on_a_named_place_after_a_role_is_the_roles():
    """``The governor of Sool region, Hodan Yusuf Elmi, said``: the parser hung the person's
    name on "region", a place NER typed and "Sool" already names; the name is the
    governor's (was no name: the whole phrase)."""
    doc = _hand_parsed("""
        The 1 1 det DET DT the
        governor 1 10 nsubj NOUN NN governor
        of 1 1 prep ADP IN of
        Sool 1 4 compound PROPN NNP Sool B-LOC
        region 0 2 pobj NOUN NN region I-LOC
        , 1 4 punct PUNCT , ,
        Hodan 1 8 compound PROPN NNP Hodan B-PERSON
        Yusuf 1 8 compound PROPN NNP Yusuf I-PERSON
        Elmi 0 4 appos PROPN NNP Elmi I-PERSON
        , 1 1 punct PUNCT , ,
        said 1 10 ROOT VERB VBD say
        in 1 10 prep ADP IN in
        a 1 13 det DET DT a
        statement 0 11 pobj NOUN NN statement
        . 0 10 punct PUNCT . .
    """)
    assert _proper_name(doc, (0, 9)) == "Hodan Yusuf Elmi"


def test_a_plain_name_ner_typed_an_organisation_hung_on_a_roles_organisation_is_the_roles():
    """``A spokeswoman for the Kessar Rail Corporation, [Lamia Benkhaled], said``: NER typed the
    person's name an organisation's and the parser hung it on the corporation; two plain proper
    nouns there are the spokeswoman's name (was no name, so an anonymous source)."""
    doc = _hand_parsed("""
        A 1 1 det DET DT a
        spokeswoman 1 11 nsubj NOUN NN spokeswoman
        for 1 1 prep ADP IN for
        the 1 6 det DET DT the B-ORG
        Kessar 1 5 compound PROPN NNP Kessar I-ORG
        Rail 1 6 compound PROPN NNP Rail I-ORG
        Corporation 0 2 pobj PROPN NNP Corporation I-ORG
        , 1 6 punct PUNCT , ,
        Lamia 1 9 compound PROPN NNP Lamia B-ORG
        Benkhaled 0 6 appos PROPN NNP Benkhaled I-ORG
        , 1 1 punct PUNCT , ,
        said 1 11 ROOT VERB VBD say
        a 1 14 det DET DT a
        list 0 11 dobj NOUN NN list
        . 0 11 punct PUNCT . .
    """)
    assert _proper_name(doc, (0, 10)) == "Lamia Benkhaled"


def test_a_persons_name_set_off_after_a_place_is_no_description_of_the_place():
    """``In Kessaria's capital, Ardavan, foreign ministry spokesman Kiril Desh said``: the parser
    hung the spokesman's name, and the capital's, on "capital" and left "said" with no subject;
    a person's name is no description of the place before it, so the spokesman is the source
    (was the capital)."""
    doc = _hand_parsed("""
        In 1 12 prep ADP IN in
        Kessaria 0 3 poss PROPN NNP Kessaria B-GPE
        's 1 1 case PART POS 's
        capital 0 0 pobj NOUN NN capital
        , 1 3 punct PUNCT , ,
        Ardavan 0 3 appos PROPN NNP Ardavan B-GPE
        , 1 5 punct PUNCT , ,
        foreign 1 8 compound PROPN NNP foreign
        ministry 1 9 compound PROPN NNP ministry
        spokesman 1 11 compound NOUN NN spokesman
        Kiril 1 11 compound PROPN NNP Kiril B-PERSON
        Desh 1 3 appos PROPN NNP Desh I-PERSON
        said 1 12 ROOT VERB VBD say
        the 1 14 det DET DT the
        visit 1 15 nsubj NOUN NN visit
        marked 1 12 ccomp VERB VBD mark
        a 1 17 det DET DT a
        chapter 0 15 dobj NOUN NN chapter
        . 0 12 punct PUNCT . .
    """)
    assert _source_words(doc, "said") == "foreign ministry spokesman Kiril Desh"


def test_a_persons_name_the_parser_made_the_subject_of_an_organisations_last_words_is_the_source():
    """``Rosa Manalili, convenor of the Citizens' Watch Against Plunder, said``: the parser made
    "Watch" the verb's subject and the person's name its own; the person is the source (was
    "Watch Against Plunder")."""
    doc = _hand_parsed("""
        Rosa 1 1 compound PROPN NNP Rosa B-PERSON
        Manalili 0 8 nsubj PROPN NNP Manalili I-PERSON
        , 1 1 punct PUNCT , ,
        convenor 1 1 appos NOUN NN convenor
        of 1 3 prep ADP IN of
        the 1 6 det DET DT the B-ORG
        Citizens 0 4 pobj PROPN NNPS Citizens I-ORG
        ' 1 8 punct PUNCT '' ' I-ORG
        Watch 1 12 nsubj PROPN NNP Watch I-ORG
        Against 1 8 prep PROPN NNP Against I-ORG
        Plunder 0 9 pobj PROPN NNP Plunder I-ORG
        , 1 8 punct PUNCT , ,
        said 1 12 ROOT VERB VBD say
        the 1 14 det DET DT the
        trial 1 15 nsubj NOUN NN trial
        was 1 12 ccomp AUX VBD be
        a 1 17 det DET DT a
        test 0 15 attr NOUN NN test
        . 0 12 punct PUNCT . .
    """)
    assert _source_words(doc, "said") == "Rosa Manalili"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Lindau Times, a local weekly, quoted a district health officer, Dr. Maria Koenen-Alt, as saying that "
         "cases of diarrhoea had doubled in the camps.", "Maria Koenen-Alt"),
        ("The Ostby Courier quoted Crouch's fellow co-chair, Rupert Halloway, as saying the campaign had raised 1.2 "
         "million dollars.", "Rupert Halloway"),
    ],
)
def test_the_name_set_off_after_whom_a_paper_quoted_is_the_source(analyzer, text, expected):
    """``quoted a district health officer, Dr. Maria Koenen-Alt, as saying``: the name set off
    after the description, which the parser hung beside it on "quoted", is whom the paper quoted
    (was the description: anonymous or unknown)."""
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, quote.attribution) == (expected, "named")


def test_a_subject_whose_first_noun_the_tagger_read_as_a_verb_speaks(analyzer):
    """``Aid workers in the largest camp said cases of ... had risen``: the parser read "Aid" as
    a verb in the base form and the subject as its clause (no quote was found); the noun after
    it heads the subject."""
    quote = _one(analyzer, "Aid workers in the largest camp said cases of scabies and respiratory infections had risen "
                           "sharply over the past month.")
    assert quote.text.startswith("cases of scabies")
    assert (_mention(quote), quote.attribution) == ("workers", "anonymous")


def test_a_report_the_parser_hung_on_a_noun_after_it_keeps_its_verb_and_subject(analyzer):
    """``At a financial forum, Dara Mell had said the regulators had a "pawnshop mentality,"
    remarks that preceded the suspension``: the parser made "remarks" the root and hung "said" on
    it; the cue's verb is still "said", whose subject speaks (was no source)."""
    text = ("Dara Mell founded the company in 2004.\n\nAt a financial forum, Mell had said the regulators had a "
            '"pawnshop mentality," remarks that preceded the suspension.')
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == ("Dara Mell", "named")


def test_whose_document_is_the_noun_its_clause_is_on(analyzer):
    """``The agency, whose dispatches are closely studied ..., said ... The dispatch did not
    mention ...``: the dispatch is the agency's, not "whose"'s (the speaker was "whose")."""
    text = ("The Ostland Central News Agency, whose dispatches are closely studied by foreign governments, said the talks "
            "had been held in a warm atmosphere.\n\nThe dispatch did not mention the letter reported by the Harbor Times.")
    quote = next(q for q in analyzer(text).quotes if q.text.startswith("the letter"))
    assert (quote.speaker.name, quote.attribution) == ("Ostland Central News Agency", "agency")


def test_a_name_the_parser_joined_to_a_dateline_as_a_conjunct_speaks(analyzer):
    """``PARIS/SARAFA, April 22 - Julien Delorme, the French aid worker freed last month ...,
    said on Tuesday he ...``: the parser made the dateline's city the subject and the name its
    conjunct; the name is the source (was none)."""
    text = ("Freed aid worker recounts captivity, says he will return to the Sahel\n\n"
            "PARIS/TARVESH, April 22 - Julien Morel, the French aid worker freed last month after 163 days in the hands "
            "of the Rimal Brigade, said on Tuesday he intended to return to work in the Sahel.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == ("Julien Morel", "named")


def test_a_name_the_parser_joined_to_a_datelines_country_speaks(analyzer):
    """``TARNOW, Velmark (Meridian Wire) - Anselm Dorsch, ..., apologised ..., admitting that ...``:
    the parser made the city the subject, the country its conjunct and the name the country's
    conjunct; the name is the source (was none)."""
    text = ("TARNOW, Velmark (Meridian Wire) - Anselm Dorsch, chief executive of Kestrel Pharmaceuticals, apologised to"
            " lawmakers on Wednesday over the contamination at the company's Halvern factory, admitting that warning"
            " signs had been missed.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == ("Anselm Dorsch", "named")


def test_a_gerund_on_a_passive_after_a_clause_of_time_is_the_clauses_subjects(analyzer):
    """``Workers ... were sent home on Monday after the company shut the plant, saying it needed
    ...``: the parser hung "saying" on the passive "were sent"; the company that shut the plant
    says it (was unknown)."""
    text = ("Hundreds of workers at Kestrel Foods' bakery in Tarnow were sent home on full pay on Monday after the"
            " company shut the plant, saying it needed a 'complete deep clean' before production could resume.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == ("Kestrel Foods", "named")


def test_a_name_joined_with_no_and_to_an_opening_place_ner_missed_speaks(analyzer):
    """``In Kava Landing, Tomasi Rerevu, who heads ..., said ...``: the parser made the name a
    conjunct of the place (typed a person) that "In" opens; the name is the source (was none).
    The names are an invented article's, whose parse other names did not give."""
    text = ("In Kava Landing, Tomasi Rerevu, who heads the Kava Landing Fishers' Cooperative, said his members would"
            " respect the new calendar.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == ("Tomasi Rerevu", "named")


def test_the_end_of_a_places_name_is_no_name_apposed_to_unnamed_people(analyzer):
    """``Branch officials in Port Alsey said``: the parser apposed "Alsey", the end of the place
    NER found, to "officials"; the officials are unnamed (were "Alsey", named). The place is an
    invented article's, whose parse other names did not give."""
    text = ("The federation opens its national ballot on March 18. Branch officials in Port Alsey said attendance at"
            " local meetings had been the highest they could remember.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.mention.text, quote.attribution) == ("Branch officials in Port Alsey", "anonymous")


def test_a_family_name_the_tagger_read_as_an_auxiliary_speaks(analyzer):
    """``"...," Do told the court``, ``Do said he had asked ...``: the tagger read the family name
    of "Lieutenant General Do Jae-hwan" as the auxiliary "do", which no verb in the past tense
    takes; the name is the source, and no part of the cue (were unknown, cue "Do told")."""
    text = ("Lieutenant General Do Jae-hwan, who led the Capital Defence Command until he was relieved of duty in "
            "January, said the instruction came by telephone.\n\n"
            "\"I understood then that the lawmakers inside were not the threat,\" Do told the court.\n\n"
            "Do said he had asked the minister twice whether the order came from the president himself.")
    quotes = analyzer(text).quotes
    assert [(q.speaker.name, q.cue.text) for q in quotes[1:3]] == [("Do Jae-hwan", "told"), ("Do Jae-hwan", "said")]


def test_the_statement_carried_by_a_news_agency_is_relayed_by_it_again(analyzer):
    """``In a statement carried by the agency, Ada Lind said ... "...," the statement said``;
    ``Ada Lind said in the statement: "..."``: the statement the article introduced as carried
    by the agency is passed on by the agency wherever it is quoted (was no relay)."""
    text = ("The Ostland Central News Agency published the text on Sunday.\n\n"
            "In a statement carried by the agency, Vera Holm said the talks had been useful.\n\n"
            "\"We will not stop at words,\" the statement said.\n\n"
            "Holm said in the statement: \"We have warned them more than once.\"")
    quotes = analyzer(text).quotes
    assert [[v.name for v in q.via] for q in quotes[-2:]] == [["Ostland Central News Agency"]] * 2
    assert [q.speaker.name for q in quotes[-2:]] == ["Vera Holm"] * 2


def test_a_report_of_words_a_stance_verb_quotes_is_relayed_by_the_news_agency(analyzer):
    """``Leader Anton Vell has received a report ... and expressed "great satisfaction ...", the
    agency said``: the quoted words are Vell's, which the agency relays (the relay was missing);
    a stance verb with no quoted words stays the agency's report."""
    text = ("Leader Anton Vell has received a report from his envoy and expressed \"great satisfaction with the "
            "results\", the Ostland Central News Agency said on Thursday.")
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, [v.name for v in quote.via]) == ("Anton Vell", ["Ostland Central News Agency"])
    [quote] = analyzer("Leader Anton Vell criticised the plan as a disaster, the Ostland Central News Agency said on "
                       "Thursday.").quotes
    assert (quote.speaker.name, quote.attribution) == ("Ostland Central News Agency", "agency")
    # no news organisation: the company's own words, of which "it" is no speaker of its own
    [quote] = analyzer('Halbrook Resources said it welcomed "any measure that restores safe access to the site".').quotes
    assert (quote.speaker.name, quote.text[:11]) == ("Halbrook Resources", "it welcomed")


def test_a_time_span_the_parser_hung_on_after_closes_a_final_attribution(analyzer):
    """``..., the agency reported on Saturday, a day after Hwasan's military first disclosed the
    launch``: the span of time hangs on "after" to the parser; the clause says when it was
    reported, and the report is the agency's whole clause (was only the quoted words)."""
    text = ("Leader Tomas Berg personally guided the test-firing of a new tactical guided missile designed to carry a "
            "\"powerful warhead\", the state's official Ostland Central News Agency (OCNA) reported on Saturday, a day "
            "after Varnland's military first disclosed the launch.")
    quote = analyzer(text).quotes[0]
    assert quote.text.startswith("Leader Tomas Berg personally guided")
    assert (quote.speaker.name, quote.attribution) == ("Ostland Central News Agency", "agency")


def test_told_a_news_conference_closes_a_final_attribution(analyzer):
    """``..., Industry and Subsoil Minister Daniyar Seitkali told a news conference.``: the
    gathering he spoke to follows the verb; the clause before is what he said (was no quote)."""
    text = ("Under the deal, Brackwater will withdraw its claim, Industry and Subsoil Minister Daniyar Seitkali told a "
            "news conference.")
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, quote.text) == ("Daniyar Seitkali", "Under the deal, Brackwater will withdraw its claim")


def test_quoted_words_of_an_order_are_relayed_by_the_news_organisation_after_them(analyzer):
    """``Governor X ... ordered local officials to "spare no effort" to find the missing, according
    to Lanshui Television``: the quoted words are the governor's, relayed by the station (was the
    station's report, and the order a quote of its own with no relay); an order with no quoted
    words stays the station's report."""
    text = ("Governor Zhao Minghui, who toured the flooded area on Tuesday afternoon, ordered local officials to "
            "\"spare no effort\" to find the missing, according to Lanshui Television.")
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, [v.name for v in quote.via]) == ("Zhao Minghui", ["Lanshui Television"])
    [quote] = analyzer("The mayor asked his team to cost a scheme, the Harbor Times reported.").quotes
    assert quote.attribution == "agency"


def test_a_stations_name_with_of_is_whole_when_set_beside_its_description(analyzer):
    """``Voice of Lanshui, the provincial radio station, quoted an official ... as saying``: the
    station's name runs past "of" (was "Voice")."""
    text = ("Voice of Lanshui, the provincial radio station, quoted an official at the flood control office as saying "
            "the release had been carried out \"in strict accordance with regulations.\"")
    [quote] = analyzer(text).quotes
    assert [v.name for v in quote.via] == ["Voice of Lanshui"]


def test_a_participle_on_the_subject_read_as_the_verb_leaves_the_subject_to_the_report(analyzer):
    """``Residents gathered outside the hospital on Wednesday evening said they had lost faith
    ...``: the parser made "gathered" the root and hung "said" on it as a clause with nothing
    of its own before it; the residents said it (was no quote)."""
    text = "Residents gathered outside the hospital on Wednesday evening said they had lost faith in the maternity unit."
    [quote] = analyzer(text).quotes
    assert (_mention(quote), quote.attribution) == ("Residents", "anonymous")


def test_a_pronoun_opening_the_next_sentence_goes_on_with_the_relayed_statement(analyzer):
    """``"...," Ri said in the statement, according to the agency. / She warned that ...``: the
    same statement, relayed by the same agency (was no relay); not another person's "he said"
    inside a sentence that names him (``Tom Berg included the port on a list he said ...``)."""
    text = ("\"The precision of our weapon was verified before the whole world,\" Ri Sun-ok said in the statement, "
            "according to the Ostland Central News Agency.\n\n"
            "She warned that Ostland would conduct further tests \"at a time and place of our choosing\".")
    quotes = analyzer(text).quotes
    assert [v.name for v in quotes[-1].via] == ["Ostland Central News Agency"]
    text = ("\"There is no basis for the label,\" Ada Lind said in a bill filed on Monday, according to the Harbor "
            "Star.\n\nAt a rally on Thursday, Tom Berg included the port on a list of places he said had sent smugglers.")
    quotes = analyzer(text).quotes
    assert [v.name for v in quotes[-1].via] == []


def test_an_adjective_the_parser_made_a_second_subject_is_no_source(analyzer):
    """``The official Unified Dawn News Agency said ...``: the parser made "official" (an
    adjective) a subject beside the agency's name; the agency is the source (was "The
    official", an anonymous source)."""
    text = ("Leader reappears\n\nSONGDO, April 3 - State media on Friday published photographs of leader Ryang Chol-su "
            "at a meeting of party officials.\n\nThe official Unified Dawn News Agency said Ryang had \u201cset forth "
            "important tasks for the spring farming battle\u201d at the meeting, held on Thursday. The agency did not "
            "mention his health.")
    quote = next(q for q in analyzer(text).quotes if "important tasks" in q.text)
    assert (quote.speaker.name, quote.attribution) == ("Unified Dawn News Agency", "agency")
    # an adjective that stands for people is the subject ("many"), not the relative pronoun before it
    text = ("The front-runner is ahead of his rivals, particularly Tom Berg and Ada Lind, who many feel need a strong "
            "showing on Tuesday to keep their campaigns afloat.")
    quote = next(q for q in analyzer(text).quotes if "strong showing" in q.text)
    assert quote.attribution == "anonymous"


def test_a_news_description_the_parser_split_from_the_name_is_the_names(analyzer):
    """``The Swedish business daily Nordisk Affarsbladet reported, citing two people ..., that
    ...``: the parser made "business" a second subject and "daily" its apposition; the words are
    the paper's description, and the paper relays (was no relay)."""
    text = ("The Swedish business daily Nordisk Affarsbladet reported, citing two people familiar with the plans, that "
            "Nordvik had asked suppliers to prepare contingency plans.")
    [quote] = analyzer(text).quotes
    assert [v.name for v in quote.via] == ["Nordisk Affarsbladet"]


def test_a_name_set_off_inside_the_quoted_persons_description_is_whom_the_paper_quoted(analyzer):
    """``The daily Le Courrier quoted the head of sourcing, Claire Dumontel, as saying ...``: the
    parser hung the name on the description's "of"; she is whom the paper quoted (was the
    description, anonymous)."""
    text = "The daily Le Courrier quoted the head of sourcing, Claire Dumontel, as saying that no worker would be punished."
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, quote.attribution) == ("Claire Dumontel", "named")


def test_a_document_a_news_organisation_saw_makes_it_the_relay(analyzer):
    """``Dr. Petra Olund told staff in an internal message that ..., according to a copy seen by the
    Tessaly News Agency.``: her words reach the reader through the agency that saw the copy (were
    hers with no relay)."""
    text = ("Dr. Petra Olund, head of the Tessaly Space Office, told staff in an internal message that the failure had "
            "been \"a lesson for all of us,\" according to a copy seen by the Tessaly News Agency.")
    quote = analyzer(text).quotes[0]
    assert (quote.speaker.name, [v.name for v in quote.via]) == ("Petra Olund", ["Tessaly News Agency"])


def test_the_subject_of_the_clause_a_verb_reports_is_no_speaker_of_the_quote_after_it(analyzer):
    """``..., suggested Kessler was seeking "to ..."``: with no subject for "suggested" (the parser
    made the sentence's speaker a clause of it), the name after it is the subject of the clause
    it reports, not the source's name set after the verb (``said Kessler``)."""
    from quotekit.detect import detect_quotes
    from quotekit.speaker import find_sources

    doc = analyzer.nlp("Ingrid Haldane, a historian at Velmont University, noted that the timing, weeks after the council "
                       "signed a dredging deal with a rival firm, suggested Kessler was seeking \"to show the council who "
                       "still runs the port.\"")
    quotes = detect_quotes(doc)
    [local] = [s for q, s in zip(quotes, find_sources(doc, quotes), strict=True) if doc.text[q.start : q.end].startswith("to")]
    assert local.mention is None or "Kessler" not in doc[local.mention[0] : local.mention[1]].text


def test_a_name_opening_the_sentence_that_the_parser_read_as_an_adverb_is_the_subject(analyzer):
    """``Castellan Today, the student newspaper, quoted a member of ... as saying ...``: the parser
    read the paper's name as an adverbial phrase of "quoted" (for "Today"); with its apposition
    set off right before the verb, which has no subject, it is the subject, and relays (was no
    relay, and "The paper also quoted" the wire of the dateline)."""
    text = ("SOLVIK, March 11 (Ashcombe Press) - Prosecutors made their final pitches on Tuesday.\n\nCastellan Today, the "
            "student newspaper, quoted a member of the university's board of trustees as saying the board was preparing "
            "for 'either outcome'. The paper also quoted Tamsin Varga, head of the Student Assembly, as saying that "
            "students wanted 'a clean break with the past'.")
    assert [[v.name for v in q.via] for q in analyzer(text).quotes] == [["Castellan Today"], ["Castellan Today"]]


def test_the_name_quoted_as_saying_that_the_parser_read_as_an_adverb_is_the_source(analyzer):
    """``The Northgate Press Agency later quoted Olsund as saying that ...``: the parser read the
    name NER found as an adverb of "quoted"; it is whom the agency quoted (was the agency)."""
    text = ("The Northgate Press Agency later quoted Olsund as saying that the government was also considering a ban on "
            "the use of intermediaries in defence contracts.")
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, [v.name for v in quote.via]) == ("Olsund", ["Northgate Press Agency"])


def test_an_organisation_apposed_to_a_things_name_before_the_verb_is_the_subject(analyzer):
    """``... for injuries linked to debris from the cargo ship Marla Seaborne, the Kessock Wildlife
    Hospital said on Tuesday``: the parser made the ship's name (typed a person) the subject and
    the hospital its apposition; the organisation before the verb is the subject (was the ship)."""
    text = ("RENDHAM, March 25 (Tarsan News Agency) - Wildlife rescuers have treated more than 140 seabirds for injuries "
            "linked to debris from the cargo ship Marla Seaborne, the Kessock Wildlife Hospital said on Tuesday.")
    quote = analyzer(text).quotes[0]
    assert quote.speaker.name == "Kessock Wildlife Hospital"


@pytest.mark.parametrize(
    ("text", "via"),
    [
        ("The Hanmar Central News Agency said the leader had arrived.\n\n«Our peoples stand together,» Ryang said at a "
         "state banquet, according to a text of the speech carried by the agency.", ["Hanmar Central News Agency"]),
        ('"The plan is dead," Ada Lind said at a banquet, according to a transcript of the speech published by the '
         "Harbor Times.", ["Harbor Times"]),
    ],
)
def test_a_record_of_the_words_a_news_organisation_carried_relays_them(analyzer, text, via):
    """``«...,» Ryang said at a state banquet, according to a text of the speech carried by the
    agency``: a text "of" a speech is a record of the words, not their source; they are the
    speaker's, and the organisation that carried or published the record relays them (was the
    text's, unknown)."""
    quote = analyzer(text).quotes[-1]
    assert (quote.kind, quote.speaker.entity is not None, [v.name for v in quote.via]) == ("direct", True, via)


def test_who_after_a_persons_apposition_stands_for_the_person(analyzer):
    """``the defense called Sato Ren, Corvane's former vice president of sales, who testified
    that ...``: the parser hung the clause on "defense"; "who" after the comma stands for the
    person whose phrase ends there (was "the defense", unknown)."""
    text = ("On Tuesday, the defense called Sato Ren, Corvane's former vice president of sales, who testified that "
            "customers had been satisfied with the service.")
    assert analyzer(text).quotes[0].speaker.name == "Sato Ren"


def test_the_names_of_news_organisations_opened_by_a_romance_article(analyzer):
    """``According to L'Écho de Saint-Aubel, ...``, ``La Voix de Valmont reported``: an article
    and a news name's word open a French, Spanish or Italian paper's name (was a named
    organisation, and "the newspaper" after it no one)."""
    text = ("According to L'Écho de Saint-Aubel, the federation will pay the coach six months' salary. The newspaper "
            "also reported, citing two members of the board, that an assistant would take temporary charge.")
    first, second = analyzer(text).quotes
    assert (first.attribution, [v.name for v in second.via]) == ("agency", ["L'Écho de Saint-Aubel"])
    [quote] = analyzer("La Voix de Valmont reported on Monday that the plant would close.").quotes
    assert quote.attribution == "agency"


def test_a_sources_name_never_keeps_a_quotation_mark(analyzer):
    """``«...,» the Fédération belmarraise de football said``: the parser's subject starts at the
    closing mark, which is no part of the name (was "» the Fédération ...")."""
    text = "«The federation has decided to end the contract,» the Fédération belmarraise de football said on Tuesday."
    assert analyzer(text).quotes[0].speaker.name == "Fédération belmarraise de football"


def test_quoted_as_saying_past_a_clause_on_whom_it_quoted_is_one_relayed_quote(analyzer):
    """``The Harbor Times quoted Ada Lind, whose four-year-old son spent ten days on dialysis, as
    saying ...``: the parser hung "as saying" in the clause on the one quoted; her words are one
    quote, relayed by the paper (was also the paper's own quote of all of it)."""
    text = ('The Harbor Times quoted Ada Lind, whose four-year-old son spent ten days on dialysis, as saying the '
            'resignation "changes nothing for us."')
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, [v.name for v in quote.via]) == ("Ada Lind", ["Harbor Times"])


def test_a_report_quoting_someone_as_saying_more_is_the_reporters_own(analyzer):
    """``X, the agency said, quoting a senior official in Sogang as saying that Y``: Y is the
    official's, relayed; X is the agency's own report (was the official's, via the agency)."""
    text = ("The Orlan News Agency reported the visit on Thursday. The train crossed the border late on Tuesday, the "
            "agency said, quoting a senior official as saying that the intelligence services had tracked it for 40 "
            "hours.")
    report, saying = analyzer(text).quotes[1:]
    assert (report.speaker.name, report.attribution) == ("Orlan News Agency", "agency")
    assert (saying.attribution, [v.name for v in saying.via]) == ("anonymous", ["Orlan News Agency"])


def test_the_subject_the_parser_read_as_the_object_of_after_is_the_source(analyzer):
    """``The minister's announcement came a day after a former inspector with the provincial
    environment agency, Lukas Ferrante, testified that ...``: the parser took the subject for the
    object of "after" and hung "testified" on "came"; the inspector testified (was "The
    minister's announcement", the minister)."""
    text = ("The minister's announcement came a day after a former inspector with the provincial environment agency, "
            "Lukas Ferrante, testified that he had filed six internal reports.")
    assert analyzer(text).quotes[0].speaker.name == "Lukas Ferrante"
    # past a comma, only an apposition marks the object as a subject: "as a capable deputy, mocked ..." is his
    text = ("The mayor complained about the tone of the campaign but defended Ada Lind as a capable deputy, mocked the "
            "opposition and its leading candidates.")
    assert analyzer(text).quotes[-1].speaker.mention.text == "The mayor"


def test_a_news_name_closing_an_opening_phrase_is_no_description_of_the_subject(analyzer):
    """``Speaking to the Harbor Herald, Verhaven said she had been warned by a senior official that
    ...``: the paper closes the phrase before the subject, no description of her set off by
    commas; she reports in full, and the official's warning is a quote of its own (her report was
    dropped as the paper's relay)."""
    text = ("Speaking to the Harbor Herald, Verhaven said she had been warned by a senior official that there would be "
            "consequences.")
    first, second = analyzer(text).quotes
    assert (first.speaker.name, [v.name for v in first.via]) == ("Verhaven", ["Harbor Herald"])
    assert second.attribution == "anonymous"


def test_a_name_the_parser_hung_on_an_age_it_made_the_subject_is_the_source(analyzer):
    """``'...,' said Choi Eun-ha, 54, who runs a fish restaurant ...``: the parser made the age the
    subject (a time to NER) and the name its compounds; the name is the source (was none)."""
    text = "'People here are used to it,' said Choi Eun-ha, 54, who runs a fish restaurant near the harbour."
    assert analyzer(text).quotes[0].speaker.name == "Choi Eun-ha"


def test_a_name_whose_end_the_tagger_read_as_a_common_noun_speaks_before_its_description(analyzer):
    """``Lee Sang-hoon, a spokesman for the National Heritage Protection Office, told ...``: the
    parser made the name (its end "hoon" tagged a common noun) and the description two subjects;
    the name speaks (was the description, anonymous)."""
    text = ("Lee Sang-hoon, a spokesman for the National Heritage Protection Office, told reporters that the office "
            "would review certificates it had issued.")
    assert analyzer(text).quotes[0].speaker.name == "Lee Sang-hoon"


def test_who_stands_for_a_name_whose_end_the_tagger_read_as_an_interjection(analyzer):
    """``Choi Eun-ha, who said she paid 90 million won ...``: "ha", the name's end, is no noun to
    the tagger, but the person's name "who" stands for (was "who", no one)."""
    text = ("Collectors reacted with alarm. Choi Eun-ha, who said she paid 90 million won for a landscape at a gallery "
            "in the capital in 2019, said she had not slept.")
    assert [q.speaker.name for q in analyzer(text).quotes] == ["Choi Eun-ha", "Choi Eun-ha"]


def test_a_name_set_off_after_a_hyphenated_office_closing_a_quotation_is_the_source(analyzer):
    """``"...," the directorate's director-general, Dr. Ada Lind, told a news conference.``: the
    tagger read "general" as an adjective the parser left unattached, and hung the closing mark
    on it; the name set off after the office is the source (was none)."""
    text = ('"The valve did not fail because somebody opened it. It failed because it was allowed to rust until it '
            'could no longer hold the load," the directorate\'s director-general, Dr. Amara Okonkwo-Bell, told a news '
            "conference.")
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == "Amara Okonkwo-Bell"


def test_a_name_set_off_after_an_office_the_parser_read_into_the_quotation_is_the_source(analyzer):
    """``“...,” the authority’s director-general, Dr. Ada Lind, told reporters.``: the parser read
    the office into the quotation's clause and the name as its modifier; the name between the
    commas, right before the cue, is the source (was none)."""
    text = ("“Our engineers will be at the reservoir by the end of the week,” the authority’s director-general, "
            "Dr. Pieter Vandersloot, told reporters.")
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == "Pieter Vandersloot"


def test_the_statement_an_organisation_issued_as_its_own_is_the_organisations(analyzer):
    """``the Presidential Administration of X issued its own statement ... "...," the statement
    said``: "its" names no one; the issuer does (was the statement, unknown)."""
    text = ("In Tiral, the Presidential Administration of Norvania issued its own statement on Wednesday morning.\n\n"
            '"The two heads of state discussed regional security," the statement said.')
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == "Presidential Administration of Norvania"


def test_a_news_agency_set_off_after_an_opening_phrase_relays_whom_it_cites(analyzer):
    """``In a follow-up report on Wednesday, the Halvard News Agency, citing one of the same
    officials, said ...``: the parser made the agency a second object of "In", leaving "said"
    no subject; the agency, a name set off before the "citing" phrase, relays the official
    (was the official's alone)."""
    text = ("“It is not unusual. Many leaders prefer to travel quietly.”\n\n"
            "In a follow-up report on Wednesday, the Halvard News Agency, citing one of the same officials, said the "
            "meeting had been requested by Marov himself.")  # (an invented set's names: the parse)
    quote = analyzer(text).quotes[-1]
    assert quote.attribution == "anonymous" and [v.name for v in quote.via] == ["Halvard News Agency"]


def test_a_citing_phrase_inside_the_report_names_its_source(analyzer):
    """``KTAM-TV reported that ... had burned on the town's western edge, citing fire officials,
    but that no homes had been lost``: the parser hung "citing" inside what was reported; the
    officials are still the source, via the station (was the station's own)."""
    text = ("WRNB-TV reported that at least a dozen sheds and barns had burned on the western edge, citing county "
            "officials, but that no homes had been lost.")
    [quote] = analyzer(text).quotes
    assert quote.attribution == "anonymous" and [v.name for v in quote.via] == ["WRNB-TV"]


def test_a_description_the_parser_split_off_a_name_as_a_second_subject_is_no_source(analyzer):
    """``The main opposition Progress Front, which had pushed for ..., said``: the parser made
    "opposition" and "Front" two subjects; the name is the source (was "main opposition")."""
    text = ("The main opposition Progress Front, which had pushed for a voting age of 16, said in a statement that the "
            "government had “bargained away the rights of an entire school year.”")  # (an invented set's names)
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == "Progress Front"


def test_a_statement_attributed_to_someone_is_theirs(analyzer):
    """``a presenter reading from a statement attributed to the leader ... "...," the statement
    said``: the statement is the leader's (was unknown)."""
    text = ("Leader Ri Jong-sok met the envoy on Monday. The footage was accompanied by a presenter reading from a "
            "statement attributed to the leader.\n\n"
            "'Dialogue between brothers does not need outsiders,' the statement said.")
    quote = analyzer(text).quotes[-1]
    assert quote.speaker.name == "Ri Jong-sok"


def test_a_timeline_published_by_a_body_is_that_bodys(analyzer):
    """``according to a timeline published by the commission on its website``: a timeline is a
    record its publisher stands behind (was the timeline, unknown)."""
    text = ("The clinic reported the incident to regulators on March 6, eight days after it detected the intrusion, "
            "according to a timeline published by the Ostland Data Protection Commission on its website.")
    quote = analyzer(text).quotes[0]
    assert quote.speaker.name == "Ostland Data Protection Commission"


def test_a_persons_name_after_a_noun_that_cannot_speak_is_no_split_description(analyzer):
    """``The pride Mr. Cruz feels for his father ...``: the parser made "pride" and "Cruz" two
    subjects of "feels"; a description split off a name speaks for it only when it can speak,
    or the name is no person's (``The main opposition Progress Front ... said``)."""
    text = ("The speech was a moving one, but many voters have said it falls flat for one reason: The pride Mr. Cruz "
            "feels for his father is not one he extends to other newcomers.")
    assert not any(q.speaker is not None and "Cruz" in q.speaker.name for q in analyzer(text).quotes)


def test_a_commentary_a_news_agency_carried_is_its_own(analyzer):
    """``the Sunjara Central News Agency carried a lengthy commentary accusing ... The commentary
    said ...``: a commentary that names no author is the news organisation's that carried it
    (was "commentary", unknown)."""
    text = ('On Friday the Ostlandic Central News Agency carried a lengthy commentary accusing Norvania of "hysterical '
            "warmongering\" over this week's launch.\n\n"
            'The commentary said the test had been a "routine and legitimate" exercise of the country\'s rights.')
    quotes = analyzer(text).quotes
    assert [q.attribution for q in quotes] == ["agency", "agency"]


def test_a_citing_phrase_before_the_writers_circumstance_names_the_source(analyzer):
    """``..., the Nordlicht Press Agency reported on Friday, citing government sources in two
    countries, as commercial satellite images showed ...``: a clause of what happened meanwhile
    after the "citing" phrase leaves it the report's source (was the agency's own)."""
    text = ("Ostland may be readying a second missile launch within days, the Harbour Press Agency reported on Friday, "
            "citing government sources in two countries, as commercial satellite images showed renewed activity at a "
            "coastal test site.")
    [quote] = analyzer(text).quotes
    assert quote.attribution == "anonymous" and [v.name for v in quote.via] == ["Harbour Press Agency"]


def test_a_news_organisations_sources_are_relayed_by_it(analyzer):
    """``Two of the Nordlicht agency's sources said ...``: the agency's sources, via the agency
    (was no relay)."""
    text = ("The Harbour Press Agency reported the launch. Two of the Harbour agency's sources said any second launch "
            "would probably involve a shorter-range missile.")
    quote = analyzer(text).quotes[-1]
    assert quote.attribution == "anonymous" and [v.name for v in quote.via] == ["Harbour Press Agency"]


def test_a_lawyer_named_in_an_opening_phrase_is_not_the_subject_after_him(analyzer):
    """``Under questioning from his own lawyer, Rafael Quintero-Haas, Vasko said ...``: the
    parser hung the closing comma on the lawyer's name; his name still names someone in the
    opening phrase, and the subject next to the verb speaks (was the lawyer)."""
    text = ("Under questioning from his own lawyer, Marta Kessel-Brandt, Okonjo said contracts had been awarded by an "
            "independent tender committee.")
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == "Okonjo"


def test_a_participle_after_a_phrase_the_parser_hung_on_an_adverb_is_the_main_subjects(analyzer):
    """``X came closer than anyone so far to acknowledging that ..., telling parliament that ...``:
    the parser hung "to" on "far"; the telling is X's, climbing past the adverb to "came"."""
    text = ("Kelvia's foreign minister on Friday came closer than any official so far to acknowledging that the"
            " president visited the capital this week, telling parliament that the country had recently hosted"
            " \"an important guest whose name I am not at liberty to say.\"\n\n"
            "Foreign Minister Ana Lund, answering an opposition question, said the visit had been lawful.")
    quote = next(q for q in analyzer(text).quotes if q.cue.text == "telling")
    assert quote.speaker.name == "Ana Lund"


def test_the_name_after_a_spokeswoman_for_a_role_is_the_spokeswomans(analyzer):
    """``A spokeswoman for the governor, Lidia Marsh, said``: the name is hers, as news writes it
    (a governor would be named before his title: "a spokeswoman for Gov. Tomas Reyes"); was the
    governor's, the spokeswoman anonymous."""
    text = ("Governor Tomasz Reyes-Alcott ordered factories to cut electricity use.\n\n"
            "A spokeswoman for the governor, Lidia Marsh, said the rationing order would be reviewed on Friday.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == ("Lidia Marsh", "named")


def test_a_setting_on_the_quoting_verb_names_who_carried_the_remarks(analyzer):
    """``In remarks carried by the Kessan Central News Agency, he was quoted as saying ...``: the
    setting hangs on "quoted", not on the cue "saying"; the agency relays (was no relay)."""
    text = ("Ostrov did not speak to reporters. In remarks carried by the Kessan Central News Agency, he was quoted as"
            " saying the meeting had \"opened a door that was bolted.\"")
    assert [v.name for v in analyzer(text).quotes[-1].via] == ["Kessan Central News Agency"]


def test_a_name_ner_typed_a_product_apposed_to_a_title_is_the_title_holders(analyzer):
    """``quoted the Chief Inspector of Prisons, Yusuf Darrow, as saying``: NER typed the name a
    product; with a given name it is the inspector's name (was "Inspector", an organisation).
    The name is an invented article's, whose parse other names did not give."""
    text = ("Radio Meridian quoted the Chief Inspector of Prisons, Yusuf Darrow, as saying his office would carry out"
            " its own inspection.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == ("Yusuf Darrow", "named")


def test_a_news_name_the_parser_hung_on_the_verb_after_its_news_noun_relays(analyzer):
    """``State broadcaster DTV quoted Minister ... as saying``: the parser read "DTV" as an adverb
    of "quoted"; the broadcaster's name, not "State broadcaster", relays (was no name). The
    names are an invented article's, whose parse other names did not give."""
    text = ("State broadcaster DTV quoted Minister of Science and Communications Gwak Do-yeon as saying the shutdowns"
            " had prevented \"the spread of fabricated rumours.\"")
    assert [v.name for v in analyzer(text).quotes[-1].via] == ["DTV"]


def test_who_after_a_hospital_named_with_a_role_word_stands_for_the_person(analyzer):
    """``Dr. Ilse Marrow-Teague, a surgeon at Halvorsen General, who said``: "General" ends a
    hospital's name here, no general; "who" is the surgeon (was the hospital)."""
    text = "Among the protesters was Dr. Ilse Marrow-Teague, a surgeon at Halvorsen General, who said she had come."
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == "Ilse Marrow-Teague"


def test_which_after_two_coordinated_names_reporting_it_stands_for_the_nearer(analyzer):
    """``the retail chain Brisk & Dale and the insurer Halvorsen Mutual, which said it was seeking``:
    the parser hung the clause on the first name; "it" says one of them spoke, the nearer (was the
    two run together). The names are an invented set's."""
    text = ("Quillnet's clients include the retail chain Brisk & Dale and the insurer Halvorsen Mutual, which said it"
            " was seeking urgent clarification.")
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == "Halvorsen Mutual"


def test_trustees_cited_by_a_press_agency_are_the_source(analyzer):
    """``the Dalvarian Press Association reported, citing two trustees, that ...``: trustees are people
    who can speak (``role_nouns.txt``), so they are the anonymous source, via the agency (was the
    agency's own report)."""
    text = ("The Dalvarian Press Association reported, citing two trustees, that the museum had set aside 1.2 million"
            " crowns for the packing.")
    [quote] = analyzer(text).quotes
    assert (quote.attribution, [v.name for v in quote.via]) == ("anonymous", ["Dalvarian Press Association"])


def test_a_news_name_after_according_to_the_news_website_is_the_source(analyzer):
    """``..., according to the news website Veltmark Today.``: the parser hung the name outside the
    phrase (NER typed it a person's); it names the website (was "the news website", which went to
    another outlet named before)."""
    text = ("The Velmar Herald reported on Monday that the bridge had failed an inspection.\n\n"
            "Investigators have also requested traffic camera footage, according to the news website Veltmark Today.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == ("Veltmark Today", "agency")


def test_whose_son_apposed_to_the_subject_is_not_the_speaker(analyzer):
    """``Tobias Renn, whose son Mika, 24, was the youngest of the hostages, told the Courier ...``: the
    parser read the "whose" clause as appositions; a relative the noun names is not the speaker, as
    a spokesman after "whose" is (was Mika)."""
    text = ("Not all of the relatives were satisfied. Tobias Renn, whose son Mika, 24, was the youngest of the hostages,"
            " told the Aldburg Courier in June that the government was \"hiding behind the word patience.\"")
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == "Tobias Renn"
