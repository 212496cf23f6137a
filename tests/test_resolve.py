"""Speakers: local mentions, name clustering, pronouns and nominal anaphora (sentences written for tests)."""

from __future__ import annotations

import pytest

from quotekit.resolve import is_name_token


def _speakers(analyzer, text):
    return [(q.speaker.name if q.speaker else None, q.attribution) for q in analyzer(text).quotes]


def _relabelled(analyzer, text, *spans):
    """The quotes and entities when NER labels each ``(word, width, label)`` span as
    en_core_web_sm did in an article (``word``'s last occurrence, or its first with a fourth
    item ``"first"``, or the one a fourth item's index gives; ``label`` ``None`` drops NER's
    name there), other names as NER finds them here."""
    from spacy.tokens import Span

    from quotekit.pipeline import analyse

    doc = analyzer.nlp(text, disable=["quotekit"])
    ents = list(doc.ents)
    for word, width, label, *which in spans:
        at = [t.i for t in doc if t.text == word]
        start = at[0] if which == ["first"] else at[which[0]] if which else at[-1]
        ents = [e for e in ents if e.end <= start or e.start >= start + width]
        ents += [Span(doc, start, start + width, label=label)] if label else []
    doc.ents = sorted(ents, key=lambda e: e.start)
    quotes, entities, _profile = analyse(doc, analyzer.nlp.get_pipe("quotekit").lexicon)
    return quotes, entities


def _speakers_relabelled(analyzer, text, *spans):
    """The speakers' names with NER's spans relabelled as :func:`_relabelled` says."""
    quotes, _entities = _relabelled(analyzer, text, *spans)
    return [q.speaker.name if q.speaker else None for q in quotes]


def test_short_name_resolves_to_full_name_either_order(analyzer):
    text = (
        "Tanaka Hiroshi, a trade official at the Ministry of Economy, spoke on Monday. "
        '"Exports will recover," Tanaka said. '
        "Maria Gonzalez, an economist at Banco Sur, disagreed. "
        '"They will not," Gonzalez said.'
    )
    assert _speakers(analyzer, text) == [("Tanaka Hiroshi", "named"), ("Maria Gonzalez", "named")]


@pytest.mark.parametrize("name", ["Seo-yeon Park", "Ji-woo Kang"])
def test_a_hyphenated_given_name_with_a_lower_case_end_stays_in_the_name(analyzer, name):
    text = (f"{name}, a law scholar at Daegwan University, said the dispute had been frozen for a decade.\n\n"
            f'"It thaws at the worst moment," {name.split()[1]} said.')
    assert _speakers(analyzer, text) == [(name, "named")] * 2


def test_a_family_name_ner_calls_a_place_is_short_for_the_name_it_opens(analyzer):
    """"Sung Da-eun ... Sung, the committee's senior member, said": a family name written
    before a given name of two romanised syllables is her short name, whatever NER calls it."""
    text = ('"The train moved slowly," Rep. Sung Da-eun of the ruling party told reporters.\n\n'
            "Sung, the committee's senior member, said the agency expected the visit to last three days.")
    assert _speakers_relabelled(analyzer, text, ("Sung", 1, "GPE")) == ["Sung Da-eun"] * 2


def test_a_family_name_before_a_hyphenated_given_name_is_a_name_ner_missed(analyzer):
    """NER missed "Pyo Jae-hun", which the parser hung on the agency's name after the
    director's "of": the director's name, and "Mr. Pyo" is short for it."""
    text = ("In Seoul, the director of the National Intelligence Directorate, Pyo Jae-hun, issued a rare public "
            "statement defending the agency's decision to brief lawmakers.\n\n"
            '"We shared only what we could confirm," Mr. Pyo said.')
    assert _speakers_relabelled(analyzer, text, ("Jae", 3, None)) == [
        "Pyo Jae-hun", "National Intelligence Directorate", "Pyo Jae-hun"]


@pytest.mark.parametrize("opening, name", [
    ("Deputy Procurator-General Tran Duc Minh, who read the charges aloud,", "Tran Duc Minh"),
    ("Chief Procurator Elena Vasquez", "Elena Vasquez"),
])
def test_a_procurator_is_the_prosecutor(analyzer, opening, name):
    """A procurator is a prosecutor (``office_synonyms.txt``), also in a hyphenated title."""
    text = (f"{opening} said the bank had been looted.\n\n"
            "The prosecutor said investigators had traced the loans to 40 companies.")
    assert _speakers(analyzer, text) == [(name, "named")] * 2


def test_a_places_description_is_no_body_named_after_another_place(analyzer):
    """"Ostland's state news agency" is not the Kessar Central Telegraph, "the country's state
    news agency" of another place (NER may type "Kessar" an organisation): the agency named
    next."""
    text = ("ARDEN \u2014 Ostland's state news agency on Thursday confirmed that Ri Tae-ho, the leader of neighbouring "
            "Kessar, had spent three days in Arden for talks, breaking its silence only after the Kessar leader's train "
            "had left.\n\n"
            "The official Morava News Agency said the two leaders had agreed to deepen cooperation in trade.\n\n"
            "In Kessar, the Kessar Central Telegraph, the country's state news agency, said the talks had been warm.")
    speakers = _speakers(analyzer, text)
    assert (speakers[0], speakers[-1]) == (("Morava News Agency", "agency"), ("Kessar Central Telegraph", "agency"))


def test_a_places_description_is_no_body_whose_name_another_place_owns(analyzer):
    """``Namsun's foreign ministry`` is not ``Tanzhong's Ministry of Foreign Affairs`` (was a
    wrong attribution to it); ``Tanzhong's foreign ministry`` still is."""
    text = ("Tanzhong's Ministry of Foreign Affairs said the visit was private.\n\nIn Haewon, {}'s foreign ministry "
            "said it had been aware of the trip from the start.")
    assert analyzer(text.format("Namsun")).quotes[-1].speaker.name != "Tanzhong's Ministry of Foreign Affairs"
    assert analyzer(text.format("Tanzhong")).quotes[-1].speaker.name == "Tanzhong's Ministry of Foreign Affairs"


def test_a_description_owned_by_a_name_before_names_no_body_introduced_after(analyzer):
    """"The Kestrel press service said ... the press service said": the Kestrel's press service,
    not the Meridian Press Service the next paragraph names (a lede's description may name
    forward only what it did not already own)."""
    text = ("The Kestrel press service said on Friday that foreign diplomats had no role to play in the case.\n\n"
            "\u00abRequests of this kind are an attempt to put pressure on the court,\u00bb the press service said in a "
            "written statement.\n\n"
            "The Meridian Press Service quoted three diplomats as saying that ambassadors had asked to attend the hearings.")
    assert _speakers(analyzer, text)[1] == ("press service", "named")


def test_a_given_name_ner_typed_a_place_after_a_title_opens_the_name(analyzer):
    """"Dr. [Farhana] [Nasreen Qadri]", the given name typed a place: her whole name."""
    text = ("Dr. Farhana Nasreen Qadri, director of the Institute for River Policy, said the army had the boats.\n\n"
            '"Logistics is not governance," Qadri said.')
    assert _speakers_relabelled(analyzer, text, ("Farhana", 1, "GPE"), ("Nasreen", 2, "PERSON")) == [
        "Farhana Nasreen Qadri"] * 2


@pytest.mark.parametrize("text, name", [
    ("The state's chief electoral officer, Shri Arvind Menon, said polling had been largely peaceful.\n\n"
     "Menon said counting would begin on Thursday.", "Arvind Menon"),
    # "Sri" is a given name as often as an honorific: it stays
    ("Sri Wahyuni Hartono, the transport minister, said the ferry had been overloaded.\n\n"
     "Hartono said an inquiry would begin on Monday.", "Sri Wahyuni Hartono"),
])
def test_shri_is_a_courtesy_title_not_a_name(analyzer, text, name):
    assert _speakers(analyzer, text) == [(name, "named")] * 2


def test_a_given_name_hung_on_the_next_word_of_the_name_opens_it(analyzer):
    """"[Luz] Marina Quispe [Huamán]": NER found the last family name alone and the parser hung
    "Luz" on "Marina", not on NER's word; the given names open the name all the same."""
    text = ("Others were more sanguine. Luz Marina Quispe Huamán, an economist at the Southern Fiscal Institute, said "
            "the target was realistic.\n\n"
            '"It is a tight budget," the economist said.')
    assert _speakers_relabelled(analyzer, text, ("Huamán", 1, "PERSON")) == ["Luz Marina Quispe Huamán"] * 2


def test_a_name_ner_typed_a_date_is_a_name(analyzer):
    """"pensioner [Pieter-Jan van der Westhuizen] said", the whole name typed a date (no number
    in it): a source, and the person "Van der Westhuizen, 72," is later (was no source, then
    "Van der Westhuizen" alone)."""
    text = ("In Kwaggasdrift, a suburb on the western edge of the city, pensioner Pieter-Jan van der Westhuizen said "
            "the water had come back briefly.\n\n"
            '"You could not even wash the dishes with it," said Van der Westhuizen, 72, a retired railway fitter.')
    assert _speakers_relabelled(analyzer, text, ("Pieter", 6, "DATE"), ("Van", 3, "ORG")) == [
        "Pieter-Jan van der Westhuizen"] * 2


def test_a_second_family_name_ner_typed_a_place_is_the_names_when_the_two_stand_together_again(analyzer):
    """"[Tomás Ibarra] [Salcedo]" (the second family name typed a place) ... "Ibarra Salcedo did
    not say": one name, "Tomás Ibarra Salcedo" (was "Ibarra Salcedo")."""
    text = ("Neither side confirmed the reports. But Economy Minister Tomás Ibarra Salcedo, speaking to Radio "
            "Cordillera on Friday morning, sounded more optimistic than at any time since the talks began.\n\n"
            '"We are in the final stretch, but the final stretch is the hardest," the minister said.\n\n'
            "Ibarra Salcedo did not say whether the government had accepted the fund's fiscal targets.")
    assert _speakers_relabelled(analyzer, text, ("Tomás", 3, None, "first"), ("Tomás", 2, "PERSON", "first"),
                                ("Salcedo", 1, "GPE", "first"), ("Ibarra", 2, None), ("Salcedo", 1, "GPE")) == [
        "Tomás Ibarra Salcedo"] * 2


def test_a_name_ner_missed_with_a_hyphenated_given_name_is_a_persons(analyzer):
    """NER missed "Edmund Lau Wai-sun" (an English given name, the family name, a hyphenated
    Cantonese given name): a person's name, and "Lau said" before his wife is named is his (was
    his wife's, "Teresa Lau Lai-ping", the only person the article had named Lau)."""
    text = ("HONG KONG - Hong Kong media tycoon Edmund Lau Wai-sun was sentenced on Friday to 20 years in prison for "
            "national security offences.\n\n"
            'In a statement read out by his lawyers after the hearing, Lau said: "I have no regrets about the '
            'newspaper."\n\n'
            "Lau's wife, Teresa Lau Lai-ping, told the Pacific Ledger newspaper that the family would support any appeal.")
    assert _speakers_relabelled(analyzer, text, ("Edmund", 5, None)) == ["Edmund Lau Wai-sun", "Teresa Lau Lai-ping"]


@pytest.mark.parametrize("family", ["ter Wolde", "van der Berghe"])
def test_a_given_name_the_tagger_read_as_a_verb_opens_the_name_before_its_particle(analyzer, family):
    """"Annelies ter Wolde", "Annelies van der Berghe": "Annelies" tagged a verb ("-lies"), the
    parser's subject of "said", and NER's name the rest: the given name the lists know opens
    the name before the particle, and the source is the whole name (was "Wolde"; "Annelies",
    unknown, and "Berghe")."""
    text = (f"Farmers' groups reacted angrily. Annelies {family}, spokeswoman for the Farmers' Defence Collective, said "
            "the plan amounted to a declaration of war.\n\n"
            f'"Our members have been told for years that this would not happen," {family.split()[-1]} said.')
    assert _speakers(analyzer, text) == [(f"Annelies {family}", "named")] * 2


def test_datuk_is_a_title_and_a_name_with_binti_is_a_persons(analyzer):
    """"Datuk" is a courtesy title (``honorifics.txt``), and a name with "binti" is a person's
    whatever NER typed it, so "Rohani" (typed a nationality) is short for it."""
    text = ("Deputy Public Prosecutor Datuk Rohani binti Ismail told the Sessions Court that the prosecution would "
            "prove the payments were directed by the accused.\n\n"
            '"This is not a case about poor judgment," Rohani said.')
    assert _speakers_relabelled(analyzer, text, ("Datuk", 5, None), ("Rohani", 1, "NORP")) == ["Rohani binti Ismail"] * 2


def test_a_double_family_name_whose_first_half_ner_typed_a_place_is_the_persons(analyzer):
    """"[Tamihana]-Reid has studied the reef": NER typed the first half of the double family name a
    place; the name is the person's, one entity with two mentions (was a second entity,
    "Tamihana")."""
    text = ("Dr. Anahera Tamihana-Reid, a climate scientist at the university, said the reef was dying.\n\n"
            "Tamihana-Reid has studied the reef for twenty years.")
    _quotes, entities = _relabelled(analyzer, text, ("Tamihana", 3, None), ("Tamihana", 1, "GPE"))
    assert [(e.name, len(e.mentions)) for e in entities] == [("Anahera Tamihana-Reid", 2)]


def test_initials_given_in_brackets_name_the_same_body(analyzer):
    text = (
        "The National Harbor Safety Board (NHSB) issued a report on Monday. "
        "The NHSB said the pier was unsafe."
    )
    [quote] = analyzer(text).quotes
    assert (quote.speaker.mention.text, quote.speaker.name) == ("The NHSB", "National Harbor Safety Board")


def test_a_persons_initials_in_brackets_are_no_short_name(analyzer):
    text = "Report by Ada Perry (AP). The fares rose on Monday. AP said the ferry was late."
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == "AP"


def test_an_institutions_name_runs_through_its_capitalised_phrase(analyzer):
    """NER may find only part of "The Center for Media and Public Affairs"; the parse and the
    capitals give the whole name, and "the center" resolves to it."""
    text = (
        "The Center for Media and Public Affairs said the coverage was negative. "
        "The center added that coverage was worse than in 2012."
    )
    assert [q.speaker.name for q in analyzer(text).quotes] == ["Center for Media and Public Affairs"] * 2


def test_a_chambers_name_runs_through_its_of_phrase(analyzer):
    """"The Westmere Chamber of Minerals and Energy" is one institution's name (was cut at
    "Chamber")."""
    text = "The Westmere Chamber of Minerals and Energy said in a statement that the government had not consulted it."
    assert [q.speaker.name for q in analyzer(text).quotes] == ["Westmere Chamber of Minerals and Energy"]


@pytest.mark.parametrize(
    ("text", "affiliation"),
    [
        ("Two officials at the Harbor Board said the talks failed.", "Harbor Board"),
        ("A senior State Department official said the talks failed.", "State Department"),
        ("An FBI spokesman said the case was open.", "FBI"),  # initials
        ("A senior U.S. official said the talks failed.", None),  # a country, not an organisation
        ("A source familiar with Google's plans said the talks failed.", None),  # what the source knows
    ],
)
def test_an_unnamed_sources_own_words_give_its_affiliation(analyzer, text, affiliation):
    [quote] = analyzer(text).quotes
    assert quote.attribution == "anonymous"
    assert quote.speaker.affiliation == affiliation
    assert ("missing: affiliated" not in quote.reasons) == (affiliation is not None)


def test_a_pronoun_continuing_an_unnamed_source_keeps_its_affiliation(analyzer):
    text = "A Harbor Board official said the talks failed. He added that fares would rise."
    assert [q.speaker.affiliation for q in analyzer(text).quotes] == ["Harbor Board"] * 2


def test_a_persons_name_in_an_unnamed_sources_words_is_no_affiliation(analyzer):
    text = "Donald Trump spoke on Monday. Trump's supporters said the rally was full."
    quote = next(q for q in analyzer(text).quotes if q.speaker.mention.text == "Trump's supporters")
    assert quote.speaker.affiliation is None


def test_a_short_name_ner_left_untyped_is_still_the_antecedent(analyzer):
    """NER tags the full name but not "Okoro" alone; as a subject it joins the full name, so
    the pronoun after it resolves."""
    text = "Chidi Okoro, a port engineer, has studied the harbor for a decade. Okoro disagreed. He said the pier was safe."
    assert _speakers(analyzer, text) == [("Chidi Okoro", "named")]


def test_an_untyped_subject_that_names_no_one_starts_no_entity(analyzer):
    """A capitalised subject NER did not type may be a place or a product: it only joins."""
    text = "The council met on Monday. Okoro disagreed. He said the pier was safe."
    assert [q.speaker.name for q in analyzer(text).quotes] == ["He"]


def test_an_untyped_subject_with_an_offices_title_before_its_names_is_a_person(analyzer):
    # NER types nothing in "Mayor Ana Ruiz gave ...": the title says a person's full name follows
    text = 'Mayor Ana Ruiz gave an interview on Monday.\n\n"We will rebuild," Ruiz said.'
    assert [(q.speaker.name, q.speaker.type) for q in analyzer(text).quotes] == [("Ana Ruiz", "person")]


def test_a_possessive_pronoun_resolves_as_its_subject_form_does(analyzer):
    """"his comment about ..." is a report whose source is "his": resolved like "he"."""
    text = "Tom Berg was never able to shake that image, which was cemented with his infamous comment about the pier."
    assert _speakers(analyzer, text) == [("Tom Berg", "named")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the subject of the possessive's own clause, not the main clause's
        ("Republican pollster Tom Berg is skeptical Chidi Okoro can overcome his provocative statements about the pier.",
         "Chidi Okoro"),
        # the one person named before it in its sentence, not the last sentence's subject
        ("Rep. Tom Berg suggested he would offer support. Lawmakers are still uneasy about Mr. Okafor's statements, "
         "including his proposal to ban ferries.", "Okafor"),
    ],
)
def test_a_possessive_pronoun_binds_within_its_sentence(analyzer, text, name):
    quote = next(q for q in analyzer(text).quotes if q.speaker.mention.text == "his")
    assert quote.speaker.name == name


def test_a_possessive_in_another_names_clause_is_not_the_earlier_persons(analyzer):
    """"Okoro" is no person the entities know, but it is the clause's subject: "his" is not Berg's."""
    text = ("Republican pollster Tom Berg -- author of a book which urged the party to focus on the harbor -- is "
            "skeptical Okoro can overcome his provocative statements about women.")
    quote = next(q for q in analyzer(text).quotes if q.speaker.mention.text == "his")
    assert quote.speaker.name != "Tom Berg"


def test_description_and_affiliation_from_apposition(analyzer):
    article = analyzer("Priya Nair, a climate scientist at the Alder Institute, said the glacier was shrinking.")
    speaker = article.quotes[0].speaker
    assert speaker.name == "Priya Nair"
    assert speaker.description == "a climate scientist at the Alder Institute"
    assert speaker.affiliation == "Alder Institute"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Neither Ada Lind nor the Harbor Board said the ferry levy was fair.", "Neither Ada Lind nor Harbor Board"),
        ("Either Ada Lind or Tom Berg said the ferry levy was fair.", "Either Ada Lind or Tom Berg"),
        ("Both Lind and the Harbor Board have long complained that the ferry levy is unfair.", "Lind and Harbor Board"),
        ("Not everyone finds the ferry plan convincing.", "Not everyone"),
        ("Lind, Berg and Holt say they are no longer accepting speaking fees.", "Lind, Berg and Holt"),
    ],
)
def test_the_name_of_several_sources_keeps_what_says_who_did_not_speak(analyzer, text, name):
    """"Neither ... nor", "either ... or" and "not" change who spoke; "both" is no name."""
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == name


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("Ada Lind, Tom Berg and Sara Holt said the ferry levy was fair.",
         "Ada Lind, Tom Berg and Sara Holt", "Ada Lind, Tom Berg and Sara Holt"),
        ("Ada Lind, Tom Berg, and Sara Holt said the ferry levy was fair.",
         "Ada Lind, Tom Berg, and Sara Holt", "Ada Lind, Tom Berg and Sara Holt"),
        ("Ada Lind, Acme Corp. CEO, and Tom Berg said the ferry levy was fair.",
         "Ada Lind, Acme Corp. CEO, and Tom Berg", "Ada Lind and Tom Berg"),
        # names the parser hung on the source from further on are no part of the list
        ("\u201cA lot of people were upset,\u201d said former Rep. Ada Lind (D-Calif.), one of the original "
         "\u201cbig four\u201d negotiators, along with retired Rep. Tom Berg (R-Ohio), retired Sen. Sara Holt "
         "(R-N.H.) and the late Sen. Ed Ruiz (D-Mass.).", "former Rep. Ada Lind (D-Calif.)", "Ada Lind"),
    ],
)
def test_every_name_in_a_list_of_sources_is_a_source(analyzer, text, mention, name):
    """A list the parser read as a name with an apposition is still a list; a description
    between two names is no third source."""
    [quote] = analyzer(text).quotes
    assert (quote.speaker.mention.text, quote.speaker.name) == (mention, name)


@pytest.mark.parametrize(
    "text",
    [
        "The two candidates, Ada Lind and Tom Berg, said the ferry levy was fair.",
        "Two lawyers for the port, Ada Lind and Tom Berg, said the ferry levy was fair.",
        "The two leading Republicans, Ada Lind and Senator Tom Berg, said the ferry levy was fair.",
    ],
)
def test_the_names_after_a_plural_description_are_the_sources(analyzer, text):
    """However the parser hangs the names on the description, they are who spoke, not the
    description (which would be anonymous) nor the first name alone."""
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, quote.attribution) == ("Ada Lind and Tom Berg", "named")


def test_a_list_the_tagger_read_as_one_name_is_named_once(analyzer):
    """NER may read "Smith, Jones and Brown" as one firm: each part then resolves to it, and
    the name is that firm's, not the firm three times."""
    [quote] = analyzer("Smith, Jones and Brown said the ferry levy was fair.").quotes
    assert quote.speaker.name.count("Smith") == 1


def test_pronoun_follows_previous_subject(analyzer):
    text = (
        "Interior Minister Jonas Berg visited the flooded town on Friday. "
        "He said the army would help with the clean-up."
    )
    assert _speakers(analyzer, text) == [("Jonas Berg", "named")]


def test_pronoun_follows_a_previous_subject_named_in_apposition(analyzer):
    text = (
        '"The pier will hold," Tom Reyes said.\n\n'
        'His deputy, Lena Hart, disagreed. "We cannot trust it," she said.'
    )
    assert _speakers(analyzer, text) == [("Tom Reyes", "named"), ("Lena Hart", "named")]


def test_a_name_in_apposition_to_a_subordinate_clauses_subject_is_no_antecedent(analyzer):
    text = (
        "Lena Hart, who runs the family firm, told the Gazette that she took off a week in 2011 after her "
        'first child, Quinby, was born.\n\n"The work required me to come back early," she told the newspaper.'
    )
    assert [name for name, _ in _speakers(analyzer, text)] == ["Lena Hart", "Lena Hart"]


@pytest.mark.parametrize("opener", ["For", "To"])
def test_a_name_whose_view_a_sentence_opens_with_is_the_subject_before_a_pronoun(analyzer, opener):
    text = (f"{opener} Lorenz Abernathy, a director at the Kestrel Policy Forum, the banner was a telling choice. "
            '"Everything about this visit was staged for one audience," he said.')
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, quote.attribution) == ("Lorenz Abernathy", "named")


def test_a_view_in_the_pronouns_own_sentence_is_what_was_said_not_who_said_it(analyzer):
    # "For Banzon, he added, ...": the view is part of Ellery's words, and "he" is not Banzon
    text = ("President Teodoro Banzon met the sultan on Monday.\n\n“The sultan has a budget problem,” said Marcus "
            "Ellery, a director at the Calloway Centre.\n\nFor Banzon, he added, the calculation was domestic.")
    assert analyzer(text).quotes[-1].speaker.name != "Teodoro Banzon"


def test_only_a_for_phrase_opening_its_sentence_gives_a_view(analyzer):
    from quotekit.resolve import _viewpoint

    opening = analyzer.nlp("For Tom Berg, the plan was a blow.")
    inside = analyzer.nlp("The plan was a blow for Tom Berg, the mayor.")
    assert [t.text for t in opening if _viewpoint(t)] == ["Berg"]
    assert [t.text for t in inside if _viewpoint(t)] == []


def test_a_for_phrase_whose_comma_the_parser_hung_on_the_name_gives_a_view():
    """``For Mateo, the arguments in the capital feel far away. He said ...``: the parser hung the
    comma on the name, not on the verb, so the phrase's last token is the comma itself; the name
    still gives the sentence's view, the subject "he" continues (was "He", unknown)."""
    from test_speaker import _hand_parsed

    from quotekit.resolve import _viewpoint

    doc = _hand_parsed("""
        For        1 8 prep      ADP   IN   for
        Mateo      0 0 pobj      PROPN NNP  Mateo B-GPE
        ,          1 1 punct     PUNCT ,    ,
        the        1 4 det       DET   DT   the
        arguments  1 8 nsubj     NOUN  NNS  argument
        in         1 4 prep      ADP   IN   in
        the        1 7 det       DET   DT   the
        capital    1 5 pobj      NOUN  NN   capital
        feel       1 8 ROOT      VERB  VBP  feel
        far        1 10 advmod   ADV   RB   far
        away       0 8 advmod    ADV   RB   away
        .          0 8 punct     PUNCT .    .
    """)
    assert [t.text for t in doc if _viewpoint(t)] == ["Mateo"]


def test_a_name_a_fronted_phrase_put_after_be_is_the_subject_before_a_pronoun():
    import spacy
    from spacy.tokens import Doc

    from quotekit.lexicon import Lexicon
    from quotekit.resolve import _previous_subject

    vocab = spacy.blank("en").vocab
    # "Among those in the gallery was Shireen Okafor. She said ...": the parser calls the name an attribute
    words = ["Among", "those", "was", "Shireen", "Okafor", ".", "She", "said", "so", "."]
    heads = [2, 0, 2, 4, 2, 2, 7, 7, 7, 7]
    deps = ["prep", "pobj", "ROOT", "compound", "attr", "punct", "nsubj", "ROOT", "advmod", "punct"]
    pos = ["ADP", "PRON", "AUX", "PROPN", "PROPN", "PUNCT", "PRON", "VERB", "ADV", "PUNCT"]
    lemmas = ["among", "those", "be", "Shireen", "Okafor", ".", "she", "say", "so", "."]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
              sent_starts=[True] + [False] * 5 + [True] + [False] * 3)
    assert _previous_subject(doc, doc[6], {3: 0, 4: 0}, set(), Lexicon.default()) == 0


def test_a_name_the_parser_set_far_from_the_subject_is_no_antecedent():
    import spacy
    from spacy.tokens import Doc

    from quotekit.lexicon import Lexicon
    from quotekit.resolve import _previous_subject

    vocab = spacy.blank("en").vocab  # with the lexical attributes (is_punct)
    # "Proposals from the mayor, Tom Reyes, he added, ...": the parser hangs the apposition on
    # "Proposals", past the phrase it belongs to
    words = ["Proposals", "from", "the", "mayor", ",", "Tom", "Reyes", ",", "he", "added", ",", "fail", "."]
    heads = [11, 0, 3, 1, 0, 6, 0, 0, 9, 11, 9, 11, 11]
    deps = ["nsubj", "prep", "det", "pobj", "punct", "compound", "appos", "punct", "nsubj", "parataxis", "punct", "ROOT", "punct"]
    pos = ["NOUN", "ADP", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "PRON", "VERB", "PUNCT", "VERB", "PUNCT"]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, sent_starts=[True] + [False] * 12)
    assert _previous_subject(doc, doc[8], {5: 0, 6: 0}, set(), Lexicon.default()) is None
    words = ["Proposals", ",", "Tom", "Reyes", ",", "he", "added", ",", "fail", "."]  # beside the subject
    heads = [8, 0, 3, 0, 0, 6, 8, 6, 8, 8]
    deps = ["nsubj", "punct", "compound", "appos", "punct", "nsubj", "parataxis", "punct", "ROOT", "punct"]
    pos = ["NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "PRON", "VERB", "PUNCT", "VERB", "PUNCT"]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, sent_starts=[True] + [False] * 9)
    assert _previous_subject(doc, doc[5], {2: 0, 3: 0}, set(), Lexicon.default()) == 0
    words[0:1] = ["Envoy", "to", "Oslo"]  # "Envoy to Oslo, Tom Reyes, ...": a name ends the phrase
    heads = [10, 0, 1, 0, 5, 0, 0, 8, 10, 8, 10, 10]
    deps[0:1] = ["nsubj", "prep", "pobj"]
    pos[0:1] = ["NOUN", "ADP", "PROPN"]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, sent_starts=[True] + [False] * 11)
    assert _previous_subject(doc, doc[7], {4: 0, 5: 0}, set(), Lexicon.default()) == 0


def test_a_dateline_is_no_part_of_the_name_after_it(analyzer):
    text = "Mayor visits port.\n\nLISBON - Lena Hart toured the flooded quay on Monday.\n\nHart said the repairs would take a year."
    assert _speakers(analyzer, text) == [("Lena Hart", "named")]  # NER runs "LISBON - Lena Hart" together


def test_an_aside_after_a_dash_is_no_part_of_the_name_before_it(analyzer):
    text = (
        "In an interview, Marta Lena Ruiz - Tomas's girlfriend and co-host on his show - told the Gazette "
        "that Tomas had changed. Ruiz says that the show was popular."
    )  # NER runs "Marta Lena Ruiz - Tomas's" together
    assert _speakers(analyzer, text)[-1] == ("Marta Lena Ruiz", "named")


def test_pronoun_without_support_stays_unresolved(analyzer):
    text = "The storm hit the coast on Friday.\n\nOn Sunday, he said the roads would reopen."
    [(name, attribution)] = _speakers(analyzer, text)
    assert attribution == "unknown"


def test_a_pronoun_does_not_continue_a_speaker_its_quote_names(analyzer):
    first = "Tom Berg, the port director, said the ferry would run all winter. The statement surprised the fishing crews. "
    named = _speakers(analyzer, first + "On Sunday, he said talks with Berg on the ferry schedule had stalled.")
    unnamed = _speakers(analyzer, first + "On Sunday, he said talks on the ferry schedule had stalled.")
    assert named[1][1] == "unknown" and unnamed[1] == ("Tom Berg", "named")


def test_a_pronoun_does_not_continue_a_speaker_when_another_person_was_named_since(analyzer):
    first = 'In the old ballad, Lena Hart sings, "Stay the way you are."\n\n'
    rival = _speakers(analyzer, first + 'With Tom Berg, that is not likely. "Why would I change?" he said on Monday.')
    nobody = _speakers(analyzer, first + 'That is not likely. "Why would I change?" she said on Monday.')
    assert rival[1][1] == "unknown" and nobody[1] == ("Lena Hart", "named")


def test_when_others_were_named_since_the_last_speaker_only_a_main_clause_subject_is_a_candidate(analyzer):
    text = (
        '"I am a big fan of Elena Ward," Tom Reyes said in the interview.\n\n'
        "Reyes raised the example of Mark Dunn inviting Ward into his circle, just as Paul Berg did before him. "
        '"He reached out to her," he said.'
    )
    assert [name for name, _ in _speakers(analyzer, text)] == ["Tom Reyes", "Tom Reyes"]


def test_a_name_with_an_institutions_head_is_no_person(analyzer):
    text = (
        'Sen. Tom Reyes visited Glen Park Elementary School on Monday. "It was hard," Reyes said.\n\n'
        'In that sense, Glen Park was not just a tragedy. "This was something different," he added.'
    )
    article = analyzer(text)
    assert [e.type for e in article.entities if e.name == "Glen Park Elementary School"] == ["organization"]
    assert article.quotes[-1].speaker.name == "Tom Reyes"


@pytest.mark.parametrize(
    "text",
    [
        'Ada Lind started the Ada Lind Foundation in 2010. "We fund schools," Lind said.',
        'Lind University opened in May. Lind University has 900 students. Ada Lind owns it. "We fund schools," Lind said.',
    ],
)
def test_a_family_name_is_the_persons_not_an_institution_named_after_them(analyzer, text):
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == "Ada Lind"


def test_an_unresolved_he_is_still_a_person(analyzer):
    [quote] = analyzer("The storm hit the coast on Friday.\n\nOn Sunday, he said the roads would reopen.").quotes
    assert (quote.attribution, quote.speaker.type) == ("unknown", "person")


def test_a_full_name_shortened_to_its_family_name_is_a_person_whatever_ner_says(analyzer):
    # found by the property test: NER tagged "Darley" ORG, and "She" found no person
    text = (
        'The Harbor Times said that the bridge will reopen in May.\n\n"The bridge will reopen in May," said Marta Darley.'
        '\n\n"The bridge will reopen in May," Darley said.\n\nShe added that the bridge will reopen in May.'
    )
    article = analyzer(text)
    assert [e.type for e in article.entities if e.name == "Marta Darley"] == ["person"]
    assert article.quotes[-1].speaker.name == "Marta Darley"


def test_a_source_the_next_sentence_calls_he_is_a_person_whatever_ner_says(analyzer):
    # found by the property test: NER tagged "Mador Corello" ORG, an unknown given name, and
    # "He" found no person
    text = '"The bridge will reopen in May," said Mador Corello.\n\nHe added that the bridge will reopen in May.'
    article = analyzer(text)
    assert [(e.name, e.type) for e in article.entities] == [("Mador Corello", "person")]
    assert [q.speaker.name for q in article.quotes] == ["Mador Corello"] * 2


@pytest.mark.parametrize(
    "text",
    [
        # found by the fuzz profile: the family name said again before "She" stopped the search
        "“The ferry will run in June,” said Sarta Brekov.\n\n“The ferry will run in June,” Brekov said."
        "\n\nShe added that the ferry will run in June.",
        # and NER's FAC (not ORG) label, with guillemets the tagger reads as nouns
        "«The ferry will run in June», said Sarta Osstrand.\n\n«The ferry will run in June», Osstrand said."
        "\n\nShe added that the ferry will run in June.",
    ],
)
def test_a_source_called_she_after_its_name_is_said_again_is_a_person(analyzer, text):
    article = analyzer(text)
    assert [e.type for e in article.entities] == ["person"]
    assert article.quotes[-1].speaker.name == article.entities[0].name
    assert article.quotes[-1].attribution == "named"


@pytest.mark.parametrize(
    "text",
    [
        "Velox Dynamics said profits rose. It added that costs fell.",  # "it": an organisation
        # another name between: "he" is Tom Berg's
        'Velox Dynamics said profits rose.\n\n"We grew," Tom Berg said. He added that costs fell.',
    ],
)
def test_an_organisation_stays_one_without_he_or_she_after_it(analyzer, text):
    assert [e.type for e in analyzer(text).entities if e.name == "Velox Dynamics"] == ["organization"]


@pytest.mark.parametrize(("question", "name"), [
    ('"Isn\'t it true, Ms. Forsythe, that you were facing charges yourself?" Whitlock asked.', "Denise Forsythe"),
    # no one is called by name: no one to answer
    ('"Isn\'t it true that you were facing charges yourself?" Whitlock asked.', None),
])
def test_she_who_answers_a_question_is_the_one_it_called_by_name(analyzer, question, name):
    text = ("Denise Forsythe, 52, who worked in the finance department for 17 years, testified on Tuesday.\n\n"
            "Under cross-examination, the defence lawyer, Bernard O. Whitlock, suggested that Forsythe had "
            f'cooperated with prosecutors.\n\n{question}\n\n"That is not true, sir," she replied.')
    speaker = analyzer(text).quotes[-1].speaker
    assert (speaker.name if speaker.entity is not None else None) == name


def test_unattributed_paragraph_continues_previous_speaker(analyzer):
    text = '"We lost everything," said Rosa Lind, a farmer.\n\n"The water came in the night and did not stop."'
    quotes = analyzer(text).quotes
    assert [q.speaker.name for q in quotes] == ["Rosa Lind", "Rosa Lind"]
    assert quotes[1].speaker.mention is None


def test_a_pronoun_after_a_paragraph_that_continues_a_speaker_is_that_speaker(analyzer):
    # no one is named between: the closing guillemet, which the tagger calls a proper noun, names no one
    text = ("The talks ended on Friday.\n\n\u00abThis is a careful step, and choreography matters in this relationship,"
            "\u00bb said Dr. Tomasz Wrona, a fellow at the Northern Institute for Strategic Studies.\n\n\u00abBut a "
            "border crossing can close as quickly as it opens. The real test is whether lorries are moving in three "
            "months.\u00bb\n\nHe said the economic stakes were high for both sides.")
    assert [q.speaker.name for q in analyzer(text).quotes] == ["Tomasz Wrona"] * 3


def test_a_paragraph_that_continues_a_speaker_is_where_they_last_spoke(analyzer):
    """``"...," the governor said. / "I spent an hour with families from Ostler Flats." / She
    said ...``: the continuation, whatever names it holds, is the governor's last words, one
    paragraph before "she" (was unresolved: a name two paragraphs after her attribution)."""
    text = ('Gov. Ines Varga-Holm declared a state of emergency for two counties. "Every resource this state has is '
            'on the table," the governor said.\n\n"I spent an hour this morning with families from Ostler Flats. I '
            'know what they are going through."\n\nShe said she had asked the federal government for aircraft.')
    assert analyzer(text).quotes[-1].speaker.name == "Ines Varga-Holm"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Marlow County Sheriff's Office said in a statement that deputies had searched the barn. "
         "The road will stay closed, the office said.", "Marlow County Sheriff's Office"),
        ("The state Attorney General's Office said it would appeal the ruling.", "Attorney General's Office"),
    ],
)
def test_an_office_named_after_a_title_keeps_the_title_and_its_possessive(analyzer, text, name):
    assert {q.speaker.name for q in analyzer(text).quotes} == {name}


@pytest.mark.parametrize(
    "text",
    [
        # the parser makes the quote a sentence of its own when it ends in "?" or "!"
        'Marta Lindqvist opened the debate.\n\n"Why would I resign?" she said.',
        'Marta Lindqvist opened the debate. "We will win!" she said.',
        'Marta Lindqvist, leaving the chamber, was asked whether she would resign.\n\n"Why would I?" she said.',
    ],
)
def test_a_pronoun_after_a_question_or_exclamation_follows_the_subject_before_the_quote(analyzer, text):
    assert _speakers(analyzer, text)[-1] == ("Marta Lindqvist", "named")


def test_only_an_attributions_subject_reaches_past_the_quote(analyzer):
    # "he" is the subject of "calls" in a phrase, not of an attribution: the parser split the
    # question off and read "Mr. Berg" as the object, and the subject before the quote is no candidate
    text = ("Mr. Berg, a longtime strategist, offered an olive branch to the council members at the start of his "
            "remarks.\n\n''Is Ada Lind running against the city council?'' asked Mr. Berg, referring to the "
            "candidate's unrelenting assault on what he calls the ''rigged'' budget process.")
    [quote] = [q for q in analyzer(text).quotes if q.text.startswith("the ''rigged''")]
    assert quote.speaker is None or quote.speaker.name != "Berg"


def test_a_pronoun_after_a_quote_over_paragraphs_follows_the_speaker_before_the_quote(analyzer):
    # the quote opens the paragraph after the speaker's and names someone else inside it
    text = ("Ilse Varga, a member of the harbour board, is running.\n\n\"People are tired,\" Varga said on a recent "
            "evening.\n\n\"I'm not running against Tomas as a person.\n\n\"But the pier is old,\" she said.")
    assert _speakers(analyzer, text) == [("Ilse Varga", "named"), ("Ilse Varga", "named")]


def test_nominal_anaphora_uses_descriptions(analyzer):
    text = (
        "Opposition leader Carla Mendes arrived in the capital on Monday. "
        "The opposition leader said that she would meet the president."
    )
    assert _speakers(analyzer, text) == [("Carla Mendes", "named")]


@pytest.mark.parametrize(
    "text",
    [
        "Harbor Air's chief executive, Ada Lind, toured the plant. The CEO said jobs were safe.",
        "CEO Ada Lind toured the plant. The chief executive said jobs were safe.",
    ],
)
def test_an_office_is_known_by_its_initials_and_its_words(analyzer, text):
    assert _speakers(analyzer, text)[-1] == ("Ada Lind", "named")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # another office, or one held before: not the office itself
        ("Tom Berg, the Harbor Party's vice presidential nominee, toured the docks. Ada Lind spoke in "
         "Elmford. The presidential nominee says the levy will pass.", ("presidential nominee", "unknown")),
        ("Vice President Tom Berg toured the docks. The president said the levy would pass.", ("president", "unknown")),
        ("Lt. Gov. Tom Berg toured the docks. The governor said the levy would pass.", ("governor", "unknown")),
        ("Former Mayor Tom Berg toured the docks. The mayor said the levy would pass.", ("mayor", "unknown")),
        # another party's
        ("Ada Lind, the Republican presidential nominee, toured the docks. Tom Berg spoke in "
         "Elmford. The Democratic presidential nominee says the levy will pass.", ("Democratic presidential nominee", "unknown")),
        # the same office, as its words say
        ("Vice President Tom Berg toured the docks. The vice president said the levy would pass.", ("Tom Berg", "named")),
        ("Former Mayor Tom Berg toured the docks. The former mayor said the levy would pass.", ("Tom Berg", "named")),
        ("Mayor Tom Berg toured the docks. The mayor said the levy would pass.", ("Tom Berg", "named")),
    ],
)
def test_a_qualified_office_is_not_the_office(analyzer, text, speaker):
    assert _speakers(analyzer, text)[-1] == speaker


@pytest.mark.parametrize(
    "first",
    [
        "Ada Lind, a Republican, said the levy would pass.",  # a party noun as the description
        "Republican Ada Lind said the levy would pass.",  # before the name, as a title is
    ],
)
def test_the_party_noun_stands_for_the_person_it_described(analyzer, first):
    text = f"{first} Tom Berg, a lawyer, disagreed. The Republican added that the vote was close."
    assert _speakers(analyzer, text) == [("Ada Lind", "named"), ("Ada Lind", "named")]


@pytest.mark.parametrize("mention", ["She", "The 27-year-old"])
def test_a_person_pronoun_passes_over_an_organisations_subject(analyzer, mention):
    text = ("Sprinter Nadia Lind has been suspended, the Harbor Athletics Federation said on Monday.\n\n"
            f"{mention} said in a statement: \u2018I am innocent.\u2019")
    assert _speakers(analyzer, text)[-1] == ("Nadia Lind", "named")


def test_a_person_pronoun_does_not_pass_over_a_person_of_the_other_gender(analyzer):
    # the nearest subject, "Ada Lind", does not fit "He"; the two men before her stay rivals
    text = ("Tom Berg said the cases differed, whereas Rob Hale had told investigators that Ada Lind knew. "
            "He also said that the Hale case was worse.")
    assert _speakers(analyzer, text)[-1] == ("He", "unknown")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the nearest subject is in a clause the quote speaks of: the main clause's subject
        ("Tom Lind is on a mission to change the view that Rob Berg is cruel. He dismisses claims that Berg has hurt anyone.",
         ("Tom Lind", "named")),
        # a main clause's subject may be spoken of in reported words, which are the reporter's
        ("Rob Berg is raising questions about the vote. He notes that the board found an issue with Berg's microphone.",
         ("Rob Berg", "named")),
    ],
)
def test_a_pronoun_is_not_the_subject_of_a_clause_its_quote_speaks_of(analyzer, text, speaker):
    assert _speakers(analyzer, text)[0] == speaker


def test_a_scene_that_names_no_one_keeps_the_last_speaker(analyzer):
    text = ('"We expected the effect to be small," said Prof. Hana Lind, who led the research.\n\n'
            "Her cramped laboratory is lined with trays of seedlings.\n\n"
            "A hand-drawn chart of rainfall totals is taped to the door.\n\n"
            '"It started as a mistake," she said.')
    assert _speakers(analyzer, text)[-1] == ("Hana Lind", "named")
    # a man named in between is no one "she" can be: she is still the one woman named
    named_between = text.replace("A hand-drawn chart", "Her colleague Tom Berg drew a chart")
    assert _speakers(analyzer, named_between)[-1] == ("Hana Lind", "named")
    # not when an organisation is named in between, which NER may take a person for
    text = text.replace("A hand-drawn chart", "Bloomberg drew a chart")
    assert _speakers(analyzer, text)[-1] == ("she", "unknown")


def test_a_nominal_fits_the_gender_of_the_reported_subject(analyzer):
    text = ('The film is by director Nora Vance.\n\n"It was hard," Ms. Vance said.\n\n'
            "The festival's artistic director, Bartholomew Lund, said the screenings sold out.\n\n"
            "The director said she had already begun writing her next script.")
    assert _speakers(analyzer, text)[-1] == ("Nora Vance", "named")
    # in a speaker's own words "she" is someone else
    text = 'Douglas Schoen, a former pollster for the Clintons, spoke on Monday. "She is behind," the former pollster said.'
    assert _speakers(analyzer, text)[-1] == ("Douglas Schoen", "named")


def test_a_headlines_quotation_after_a_name_is_no_description(analyzer):
    text = ("Ada Lind: \u2018The Mayor\u2019s Slogan Might as Well Be Vote for the Mayor\u2019\n\n"
            "Former Ambassador Ada Lind spoke on Monday.\n\nThe former ambassador said the levy would stay.")
    article = analyzer(text)
    assert article.quotes[-1].speaker.name == "Ada Lind"
    assert "Slogan" not in (article.quotes[-1].speaker.description or "")


def test_the_newspaper_is_the_news_organisation_named_last(analyzer):
    text = ("The Harbor Daily Courier reported on Sunday that the pier was unsafe.\n\n"
            "The tribunal will sit in May, the newspaper said, citing a federation official.\n\n"
            "The newspaper said the mayor knew.")
    quotes = analyzer(text).quotes
    assert [(q.speaker.name, [v.name for v in q.via]) for q in quotes[1:]] == [
        ("a federation official", ["Harbor Daily Courier"]), ("Harbor Daily Courier", [])]
    # not when another newspaper, with no name, came since
    text = "The Harbor Times reported that the pier was unsafe. An Elmford newspaper said the mayor knew. The newspaper said he lied."
    assert analyzer(text).quotes[-1].speaker.name != "Harbor Times"
    # the press at large is no one outlet
    text = "The Harbor Times reported that the pier was unsafe. The media said the mayor was a coward."
    assert analyzer(text).quotes[-1].speaker.name == "media"


@pytest.mark.parametrize(("text", "name"), [
    # a broadcaster named since is of another medium: "the newspaper" is the paper
    ("The Harbor Times reported on Monday that the mayor had resigned.\n\nRadio Kestrel, the state broadcaster, "
     "said the council would meet on Friday.\n\nThe newspaper said the mayor had been under pressure for months.",
     "Harbor Times"),
    # "Standard" ends a paper's name, so the newspaper is the one that reported just before
    ("Harbor Public Media aired the film in May.\n\nThe Tarsovia Standard, citing two board members, reported that "
     "the board had met. The newspaper said the chairman had refused a vote.", "Tarsovia Standard"),
])
def test_the_newspaper_is_the_paper_named_last_not_a_broadcaster(analyzer, text, name):
    assert analyzer(text).quotes[-1].speaker.name == name


def test_the_newspaper_is_no_wire_service(analyzer):
    """``DURBAN (Pan-Sahel Newswire) - ... The Coastal Mercury, citing ..., reported ... According
    to the newspaper, ...``: a newswire is a wire service, no newspaper (``news_media_kinds.txt``;
    was the wire; NER's organisation "Coastal Mercury" is no named news organisation, so the
    newspaper stays unresolved)."""
    text = ("DURBAN, March 3 (Pan-Sahel Newswire) - Investigators are examining whether contractors rigged tenders, "
            "according to documents seen by Pan-Sahel Newswire.\n\nThe Coastal Mercury, citing two unnamed "
            "officials, reported on Sunday that nine companies had been awarded contracts without bidding.\n\n"
            "According to the newspaper, some of the companies had been registered only weeks before.")
    assert analyzer(text).quotes[-1].speaker.name != "Pan-Sahel Newswire"


@pytest.mark.parametrize("name", ["Kempnieuws", "Belnieuws", "Infonoticias"])
def test_a_one_word_news_name_in_another_language_relays_the_report(analyzer, name):
    """``According to Kempnieuws, Jansen told ...``: a name ending in a news word of another
    language (``news_name_suffixes.txt``: Dutch "nieuws", Spanish "noticias") is a news
    organisation's, named once or not (was the outlet's own quote)."""
    text = (f'According to {name}, Jansen told a meeting of farm leaders in Leuven on Thursday that Flanders "cannot '
            'become a refuge for every farmer."')
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, [v.name for v in quote.via]) == ("Jansen", [name])


def test_a_short_word_with_a_news_ending_is_no_news_name():
    from quotekit.lexicon import Lexicon

    lexicon = Lexicon.default()
    assert lexicon.is_news_phrase(["Belnieuws"]) and lexicon.is_news_phrase(["Dalanews"])
    assert not lexicon.is_news_phrase(["Haywire"]) and not lexicon.is_news_phrase(["Express"])


def test_the_paper_is_a_newspaper_named_just_before(analyzer):
    """``The nationalist tabloid Oriental Herald was blunter ... The paper warned``: "the paper"
    is the newspaper named in the paragraph before (was unresolved); a guard: paragraphs
    after the last paper's name, "the paper" may be a study, and stays unresolved."""
    text = ('The nationalist tabloid Oriental Herald was blunter in an editorial on Tuesday: "If Tokyo wishes a '
            'confrontation, it should be prepared."\n\nThe paper warned that companies could end up paying the price.')
    assert analyzer(text).quotes[-1].speaker.name == "Oriental Herald"
    text = ("The Harbor Times reported the vote on Monday.\n\nThe council met again on Tuesday.\n\nThe study was long."
            "\n\nThe paper said the drug cut deaths by a fifth.")
    assert analyzer(text).quotes[-1].speaker.entity is None


def test_an_institutions_name_runs_on_past_of_where_ner_stops(analyzer):
    text = "The Central Reserve Bank of Ondaro raised its main rate.\n\nThe bank said in a statement that inflation was high."
    assert analyzer(text).quotes[0].speaker.name == "Central Reserve Bank of Ondaro"


def test_capitalised_words_joined_by_and_before_an_institution_head_are_one_name(analyzer):
    quote = analyzer("The Global Track and Field Council said it was aware of the case.").quotes[0]
    assert quote.speaker.name == "Global Track and Field Council"
    assert [q.speaker.name for q in analyzer("Ada Lind and Tom Berg said the pier was unsafe.").quotes] == ["Ada Lind and Tom Berg"]


def test_a_short_name_points_back_to_the_full_name_given_before_it(analyzer):
    text = ("Anselm Lind began the firm in 1962.\n\nMr. Lind, 84, has turned down three offers. "
            "He said he had never considered them.\n\nHis son, Gideon Lind, runs the plant. "
            '"We need both," Gideon Lind said. "We need both, always," Gideon Lind added.')
    assert _speakers(analyzer, text)[0] == ("Anselm Lind", "named")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # NER tags the merged name a person's and "Okadama" is no family name of it
        ("Tervo Freight and Okadama Logistics agreed on Tuesday to merge. The new group will be called Tervo Okadama."
         "\n\nOkadama said in a statement that it would keep its offices.", "Okadama Logistics"),
        # an organisation is shortened to its first word, not to the last of another's name:
        # NER tags "Osaka" a place here, but a subject never written as a place is the company's
        # short name when its trade's word ends the name (it stayed apart before)
        ("Halvorsen Freight and Osaka Logistics agreed to combine. The new group will be called Halvorsen Osaka."
         "\n\nOsaka said in a statement that its staff would stay.", "Osaka Logistics"),
    ],
)
def test_an_organisations_short_form_is_its_first_word_not_the_last_of_a_merged_name(analyzer, text, speaker):
    assert _speakers(analyzer, text)[-1] == (speaker, "named")


def test_a_short_name_is_a_whole_word_of_the_name_not_part_of_a_hyphened_one(analyzer):
    text = ("Hanne Ilse Lind, a poet, died on Saturday.\n\nHer daughter, Clara Lind-Berg, said the cause was heart "
            "failure.\n\nBorn in 1941, Ms. Lind left school at 16. She published her first book in 1968.\n\n"
            'She told the Harbor Times in 1998 that the factory had taught her rhythm.')
    speakers = _speakers(analyzer, text)
    assert speakers[0] == ("Clara Lind-Berg", "named")
    assert speakers[-1] == ("Hanne Ilse Lind", "named")  # "She" -> "She" -> "Ms. Lind"


def test_a_he_after_another_mans_sentence_does_not_chain_back_past_him(analyzer):
    # "he gave ..." stands for Tom Berg, but Oskar Lind is the subject of the sentence after it
    text = ("When the strikers marched on the capital in 1956, Tom Berg refused to negotiate, and the strike was "
            "crushed. In eight years now recalled as calm, he didn't give the unions one inch.\n\n"
            'Oskar Lind was known for his scorn of what he called the "old bargain," voiced in his famous speech in '
            'Malmo in 1987: "Comrades, the bargain is dead!"')
    assert "Tom Berg" not in [name for name, _ in _speakers(analyzer, text)[1:]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('PORTLAND — Tomas Vikander is standing in the cellar of his bakery at 5 a.m., sorting sacks of rye.\n\n'
         "Vikander, 52, opened Hearth & Crumb ten years ago in an old ferry office. It now sells out of bread by noon "
         'most days.\n\nHe grew up on a dairy farm in Vermont, the eldest of five, and he says he learned to bake '
         'because "somebody had to feed the crew."', "Tomas Vikander"),
        ("Mayor Ines Alvarado opened the new bridge on Monday. The span cost $40 million.\n\nTraffic was light in "
         "the morning. She said the city would add a bus lane next year.", "Ines Alvarado"),
        # the last main clause's subject is a man, whom "she" cannot mean
        ('"We will win," said Senator Dwight Farrow.\n\nMayor Carla Ostrander has heard it before. Farrow voted for '
         'the bridge three years ago, a fact her campaign repeats.\n\n"He liked it as a press release," she said.',
         "Carla Ostrander"),
        # "Pell" only modifies a noun: NER's person is no one named
        ("Mayor Carla Ostrander toured the farms on Monday. Water is scarce in Ashgrove and Pell counties.\n\n"
         "The rain came late this year. She said the reservoir would help.", "Carla Ostrander"),
    ],
)
def test_he_or_she_with_no_subject_near_is_the_one_person_it_can_be(analyzer, text, name):
    assert _speakers(analyzer, text)[-1] == (name, "named")


@pytest.mark.parametrize(
    "text",
    [
        # the one man named near is no main clause's subject: "he" may be someone the text never named
        ("The ad shows a clip of Tom Berg at a rally in March. The crowd cheers.\n\n"
         '"The West will turn on you," he says.'),
    ],
)
def test_he_or_she_is_not_a_person_only_mentioned_near(analyzer, text):
    assert _speakers(analyzer, text)[-1][1] == "unknown"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the last speaker is another man; the clause hangs on the sentence that named the one man it fits
        ('"The numbers do not add up," said Piet Alder, an economist at Marlow College.\n\n'
         "The governor's budget drew a rebuke from Senator Ivo Brandt, who said it would close two clinics.",
         "Ivo Brandt"),
        ('"We cannot wait," said Rolf Hesse, the union leader.\n\n'
         "Critics seized on Mayor Anton Vell's speech, in which he said the depot would be sold.", "Anton Vell"),
        # "she" passes over the man named before it to the one woman
        ('"The numbers do not add up," said Piet Alder, an economist at Marlow College.\n\n'
         "Senator Thomas Kessler thanked Rita Ostrom after she said the clinics would stay open.", "Rita Ostrom"),
    ],
)
def test_he_or_she_in_a_clause_hung_on_a_sentence_is_the_one_person_it_named(analyzer, text, name):
    assert _speakers(analyzer, text)[-1] == (name, "named")


@pytest.mark.parametrize(
    "text",
    [
        # two men named before "he": the clause does not decide between them
        ('"We cannot wait," said Rolf Hesse, the union leader.\n\n'
         "Karl Ebner met Jonas Feld after he said the depot would be sold."),
        # a "he" before it in the sentence: the man named is not the one the chain stands for
        ('"We cannot wait," said Rolf Hesse, the union leader.\n\n'
         "He avoided any attack on Mayor Anton Vell until last week, when he said the depot was a scandal."),
        # a relative clause on the man's own name: someone else describes him
        ('"We cannot wait," said Rolf Hesse, the union leader.\n\n'
         "The paper urged voters to back Anton Vell, whom he described as the only honest candidate."),
        # "he" is who was asked, not who asked
        ('"We cannot wait," said Rolf Hesse, the union leader.\n\n'
         "Asked by Anton Vell if he would strike, Hesse said the members would decide."),
        # a name that only modifies a noun names no one
        ('"We cannot wait," said Rolf Hesse, the union leader.\n\n'
         "The union met Anton Vell campaign aides after he said the depot would close."),
    ],
)
def test_he_in_a_clause_is_not_a_man_the_sentence_names_otherwise(analyzer, text):
    assert "Anton Vell" not in [s[0] for s in _speakers(analyzer, text)]
    assert _speakers(analyzer, text)[-1][0] != "Jonas Feld"


def test_he_reported_by_an_unnamed_person_is_not_a_man_named_before(analyzer):
    # "he" is the pastor, whom no name gives: not Cyrus, named before
    text = ('"It is time," said Cyrus Vell, the mayor.\n\n'
            "The pastor shared with the crowd that he believes the bridge is a gift.")
    assert "Cyrus Vell" not in [s[0] for s in _speakers(analyzer, text)[1:]]


def test_a_pronoun_right_after_a_quote_reaches_past_it_however_the_verb_was_hung(analyzer):
    # the parser hangs "said" on "shaking" as an aside, so "she" is no root's subject
    text = ("Mira Okafor, a 16-year-old junior at Velmar High, was among the last of more than 60 speakers. "
            "\u201cHas anyone on this board actually read these books? I have. Two of them are the reason I finally "
            "told someone what was happening at home,\u201d she said, her voice shaking.")
    assert _speakers(analyzer, text) == [("Mira Okafor", "named")]


def test_a_planner_at_an_institute_is_a_person_whom_he_continues(analyzer):
    # found by the property test at 2,000 examples: NER types the name ORG, and the
    # institute's name stands between it and "He"
    text = ("Mador Brekov, a planner at the Harbor Institute, said the bridge will reopen in May.\n\n"
            "He added that the bridge will reopen in May.")
    assert _speakers(analyzer, text) == [("Mador Brekov", "named"), ("Mador Brekov", "named")]


def test_a_possessives_phrase_is_the_one_entity_it_described(analyzer):
    text = ("Her daughter, Clara Berg, said the cause was heart failure.\n\n"
            "Her final poem was about the river, according to her daughter.")
    assert _speakers(analyzer, text) == [("Clara Berg", "named"), ("Clara Berg", "named")]


def test_different_full_names_stay_apart(analyzer):
    text = (
        "Anna Berg said the vote was fair. Lars Berg said the vote was rigged. "
        "Anna Berg said the count was over."
    )
    names = [name for name, _ in _speakers(analyzer, text)]
    assert names == ["Anna Berg", "Lars Berg", "Anna Berg"]


def test_each_role_of_a_coordinated_description_stands_for_the_person(analyzer):
    """``Ada Lindqvist, the government spokeswoman and minister for territorial policy``: "the
    minister" is her too (was unknown)."""
    text = ("Ada Lindqvist, the government spokeswoman and minister for territorial policy, told reporters that the "
            "vote would not happen. Asked whether the government would suspend the region, the minister declined to "
            "rule it out.")
    assert [name for name, _ in _speakers(analyzer, text)] == ["Ada Lindqvist"] * 2


def test_nominal_anaphora_needs_the_description_head_not_any_of_its_words(analyzer):
    text = (
        "The party's campaign chairman, Ivo Marsh, said the count was slow. "
        "The campaign said that the vote would be close."
    )
    names = [name for name, _ in _speakers(analyzer, text)]
    assert names[0] == "Ivo Marsh"
    assert names[1] != "Ivo Marsh"  # "the campaign" is not its chairman


@pytest.mark.parametrize(
    "text",
    [
        # "Leontyne" is in no list of given names: the "she" of the clause on her verb says it
        ('Leontyne Vasquez-Moor runs the archive, and she keeps the keys. The building is old.\n\n'
         'The roof leaks in winter. "We need a new one," she said.'),
        ('Leontyne Vasquez-Moor locks the archive before she leaves. The building is old.\n\n'
         'The roof leaks in winter. "We need a new one," she said.'),
    ],
)
def test_a_he_or_she_on_a_persons_own_verb_gives_a_gender_no_list_knows(analyzer, text):
    assert _speakers(analyzer, text)[-1] == ("Leontyne Vasquez-Moor", "named")


def test_a_place_name_never_joins_a_person_by_the_given_name(analyzer):
    text = (
        "Georgia Lenz, a teacher at the Hill School, said the school would close in June. "
        "Georgia said it would pay for new buses."
    )
    speakers = _speakers(analyzer, text)
    assert speakers[0] == ("Georgia Lenz", "named")
    assert speakers[1][0] != "Georgia Lenz"


def test_a_title_phrase_is_not_taken_into_the_name(analyzer):
    article = analyzer("Secretary of State Ana Ruiz said the embassy would reopen.")
    assert article.quotes[0].speaker.name == "Ana Ruiz"


def test_a_role_description_makes_a_person_but_not_of_an_institution(analyzer):
    person = analyzer("Sarta Tamwick, an economist at the Valley Foundation, said prices would fall.")
    assert person.quotes[0].speaker.type == "person"
    body = analyzer("The Valley Foundation, a member of the Harbor Coalition, said prices would fall.")
    assert body.quotes[0].speaker.name == "Valley Foundation"
    assert body.quotes[0].speaker.type == "organization"


def test_a_one_word_name_keeps_its_given_names_gender(analyzer):
    assert _speakers(analyzer, "Kevin was asleep.\n\n\u201cHere he is,\u201d she said.") == [("she", "unknown")]
    assert _speakers(analyzer, "Melanie sat up.\n\n\u201cHere he is,\u201d she said.") == [("Melanie", "named")]


@pytest.mark.parametrize(
    "text",
    [
        # coreferee's given-name lists lack "Mildred" and "Loretta"; the census lists know them as women's
        ('That review, by the critic Mildred Osterhout in the Harbor Ledger in 2016, was not kind. "Vance cooks like '
         'a man who has never been hungry," Osterhout wrote.\n\nOsterhout also wrote that the soups were "an '
         'afterthought."\n\nHe says the soup line still stings.'),
        ("Loretta Haskins, a nurse, said the ward was full.\n\nHaskins said the night shift had no relief. He said "
         "the hospital would hire more staff."),
    ],
)
def test_he_never_stands_for_a_woman_whose_given_name_only_the_census_lists_know(analyzer, text):
    assert _speakers(analyzer, text)[-1] == ("He", "unknown")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Harbor Pilot Corners Lind On Bridge Tolls.\n\nMayor Ada Lind faced the pilots on Tuesday.\n\n"
         '"The tolls will stay," Lind said.', "Ada Lind"),
        # NER reads "Warren Plan" as a person, and "Warren" is a given name; "plan" is a word
        ("Warren Plan for Housing Is Bold but Costly.\n\nElizabeth Warren has a new housing plan.\n\n"
         "The plan would cost $500 billion, Ms. Warren said on Monday.", "Elizabeth Warren"),
    ],
)
def test_a_title_case_headline_does_not_name_an_entity(analyzer, text, name):
    article = analyzer(text)
    assert [e.name for e in article.entities] == [name]
    assert [q.speaker.name for q in article.quotes] == [name]


def test_a_headline_source_never_starts_an_entity_a_later_name_joins(analyzer):
    text = (
        "Former Harbor Authority Engineer Says Tolls Will Fail\n\n"
        "The Harbor Authority said on Monday that tolls would pay for the bridge."
    )
    article = analyzer(text)
    assert [e.name for e in article.entities] == ["Harbor Authority"]
    assert [q.speaker.name for q in article.quotes] == ["Former Harbor Authority Engineer", "Harbor Authority"]


def test_a_capitalised_word_before_a_headlines_common_noun_is_no_name(analyzer):
    """``Spy agency says ...`` / ``The agency said``: "Spy", capitalised only as the headline's
    first word and modifying the common noun after it, is no person's name for "the agency" to
    stand for (was an entity "Spy", which "The agency" took)."""
    text = ("Spy agency says rival state has replaced its trade envoy\n\nThe rival state has replaced its chief trade "
            "envoy, Zerovia's State Security Bureau (SSB) told lawmakers on Thursday.\n\nThe agency said Olek "
            "Varenko, who led the last talks, had been removed from his post in March.")
    article = analyzer(text)
    assert "Spy" not in [e.name for e in article.entities]
    assert article.quotes[-1].speaker.name == "State Security Bureau"


def test_a_place_word_again_is_the_place_not_the_paper_whose_name_it_opens(analyzer):
    """``Pelland's intelligence service ... The Pelland Herald ... a reference to Pelland. The
    radio said``: the second "Pelland" is the same word the first was, not the newspaper named
    after it, so "the radio" is the broadcaster named last (was the Herald)."""
    text = ("Leader's train reaches capital\n\nSEOL — Pelland's intelligence service has told lawmakers that the "
            "leader took senior officials with him.\n\nThe Pelland Herald, citing two unnamed officials, reported on "
            "Wednesday that engineers would remain behind.\n\nKarsolia's state broadcaster, Voice of Karsolia, aired a "
            'commentary on Wednesday denouncing what it called "the barking of the puppets", an apparent reference to '
            'Pelland. The radio said the journey had been greeted with "boundless joy".')
    article = analyzer(text)
    assert article.quotes[-1].speaker.name == "Voice of Karsolia"
    herald = next(e for e in article.entities if e.name == "Pelland Herald")
    assert [m.text for m in herald.mentions] == ["Pelland Herald"]


def test_an_institutions_noun_after_its_name_lets_the_noun_stand_for_it(analyzer):
    """``The opposition Civic Renewal party ... the party said``: the noun the name modifies
    stands for it, not for the party named earlier with "Party" in its name (was the Labour
    Progress Party)."""
    text = ("Coalition collapses\n\nThe Labour Progress Party (LPP) said on Monday that it would leave the government. "
            "An LPP spokesman said the decision was final.\n\nThe opposition Civic Renewal party, led by Marko Petrić, "
            'called for an early election. In a statement, the party said the government had "run out of road" and '
            "that voters must decide.")
    assert analyzer(text).quotes[-1].speaker.name == "Civic Renewal"


def test_a_building_ner_made_of_a_name_with_a_role_after_it_is_a_person(analyzer):
    """``met [Dragan Vukotić], the leader of Civic Renewal,`` typed a building, then ``[Vukotić],
    for his part, was more ambiguous`` typed a place: a person with a role, and his family name
    as the subject of his own part, so "he said" is Vukotić (was unresolved; in an article, the
    man who spoke before him)."""
    text = ("Citing two sources, the paper said Arben Krasniqi met Dragan Vukotić, the leader of Civic Renewal, at a villa "
            "in February.\n\nKrasniqi denied the report. 'I have never met him,' he told the Herald.\n\nVukotić, for his "
            "part, was more ambiguous. Asked by reporters whether the meeting had taken place, he said he talked 'to "
            "everyone who cares about this country'.")
    speakers = _speakers_relabelled(analyzer, text, ("Dragan", 2, "FAC"), ("Vukotić", 1, "GPE"))
    assert speakers[-1] == "Dragan Vukotić"


def test_a_role_subject_with_a_name_beside_it_is_that_person_for_the_pronoun_after(analyzer):
    """``The Party of Justice's leader, Arben Shkreli, did not respond ... he wrote``: the role
    noun stands for the name set beside it, not for another leader described earlier (was
    Vesna Radulović, "Sloga leader", whom the text calls "she")."""
    text = ("Coalition wobbles\n\nSloga leader Vesna Radulović told SRTV on Tuesday that her party had not decided whether "
            'to stay. She said the board would meet on Saturday.\n\n"We will not decide in the heat of the moment," '
            "Radulović said.\n\nDriton Gashi, director of the Velgrad Policy Institute, told SRTV that the prime minister "
            'was probably looking at the three deputies of the small Party of Justice.\n\n"On paper it is possible," '
            "Gashi said.\n\nThe Party of Justice's leader, Arben Shkreli, did not respond to SRTV's requests for comment. "
            'On his Facebook page, he wrote only that his party "will not be anyone\'s spare tyre".')
    assert analyzer(text).quotes[-1].speaker.name == "Arben Shkreli"


def test_she_after_a_subject_of_no_known_gender_is_the_speaker_her_own_words_call_her(analyzer):
    """``Tautahi-Brent said in her opening address ... Walden had been elected a trustee ...
    "...," she said``: "her" on her own speech verb makes the prosecutor a woman, whom "she"
    continues, not the subject named since, whose gender the text never gives (was Walden)."""
    text = ("Trial opens\n\nCrown prosecutor Ngahuia Tautahi-Brent told the jury that Hemi Ruatapu, 34, had planned the "
            'attack on Tipene Walden, 29.\n\n"This was not a fight that got out of hand," Tautahi-Brent said in her '
            "opening address.\n\nTautahi-Brent said the two men had fallen out over a block of land near Kaiaua. Walden "
            "had been elected a trustee of the block in 2021, a role Ruatapu is alleged to have wanted.\n\n\"The evidence "
            'will show that this dispute had been simmering for years," she said.')
    assert analyzer(text).quotes[-1].speaker.name == "Ngahuia Tautahi-Brent"


def test_an_organisation_that_ran_the_story_is_a_news_outlet(analyzer):
    """``Glos Ludu ran the story across its front page ... The paper quoted Wrzosek``: what runs
    a story (``news_work_nouns.txt``) is a news organisation, so "the paper" is it, not the wire
    in the dateline (was Baltwire)."""
    text = ("WARSAW, April 10 (Baltwire) - A deputy minister faced calls to resign on Thursday after an opposition tabloid "
            "published what it said were recordings of her.\n\nGlos Ludu ran the story across its front page under the "
            'headline "THE PRICE OF A ROBE", alongside a photograph of Deputy Minister Halina Wrzosek.\n\nThe paper quoted '
            'Wrzosek as saying on the tapes: "Those who go quietly get a decent pension."')
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, [v.name for v in quote.via]) == ("Halina Wrzosek", ["Glos Ludu"])
    assert next(e for e in analyzer(text).entities if e.name == "Glos Ludu").type == "agency"


def test_the_minister_who_says_she_is_the_woman_minister_named_by_two_family_names(analyzer):
    """``Housing Minister Beatriz Cordeiro Matos ... Cordeiro Matos said ... Prime Minister Rui
    Tavares Lobo ... The minister said she hoped ...``: the short form of two family names makes
    "Beatriz" and "Rui" given names, so the two genders are known, and "she" in the minister's
    own clause picks the woman (was the prime minister, named last)."""
    text = ("Rent cap clears first vote\n\nHousing Minister Beatriz Cordeiro Matos told deputies that the government had "
            '"no intention of declaring war on landlords".\n\n"No one in this chamber can tell me the market is '
            'working," Cordeiro Matos said.\n\nAccording to the state news agency, Prime Minister Rui Tavares Lobo told '
            'colleagues that he would accept "reasonable amendments". Tavares Lobo said the bill would pass.\n\nThe '
            "committee meets next week. The minister said she hoped the final vote could take place before the summer.")
    assert analyzer(text).quotes[-1].speaker.name == "Beatriz Cordeiro Matos"


def test_the_minister_is_no_prime_minister(analyzer):
    """``Union Water Resources Minister Kavita Raghunathan ... Prime Minister Harendra Singh Tomar
    ... quoted the minister as saying``: "prime" makes another office (``office_qualifiers.txt``),
    so "the minister" is the water minister (was the prime minister, named last)."""
    text = ("Centre holds dam funds\n\nBHOPAL: Union Water Resources Minister Kavita Raghunathan on Saturday said the "
            "Centre would release no further funds until a fresh survey was done.\n\nThe minister denied that her "
            "decision was a rebuke to Prime Minister Harendra Singh Tomar. She said she had spoken to him on Friday.\n\n"
            "The state bar association's president, advocate Sunil Jain, quoted the minister as saying that \"the law "
            'must protect the weakest first".')
    assert analyzer(text).quotes[-1].speaker.name == "Kavita Raghunathan"


def test_a_viewpoint_name_ner_left_untyped_after_a_paragraph_break_is_the_pronouns_antecedent(analyzer):
    """``For Kišová, the decision to speak publicly was not easy. Her former colleagues, she said,
    ...``, a new paragraph, NER leaving "Kišová" untyped: the name whose view the sentence gives
    is a name (as a subject would be), and "she" goes on with her, not with the union leader
    quoted last, whose gender the text gives once (was Milan Brezina, three times)."""
    text = ("Whistleblower speaks out\n\nBRATISLAVA — For eleven years, Zuzana Kišová kept a notebook in her desk at the "
            'pipeline company.\n\n"I thought one day someone would ask me," Kišová, 47, said in an interview in Vienna.'
            "\n\nMilan Brezina, who heads the Energy Workers' Union, said ordinary employees should not pay for the sins of "
            'management.\n\n"The people who fix the pipes have done nothing wrong," he said.\n\nFor Kišová, the decision '
            "to speak publicly was not easy. Her former colleagues, she said, have stopped answering her calls.\n\nShe "
            "said she has handed her notebook to prosecutors.")
    speakers = _speakers_relabelled(analyzer, text, ("Kišová", 1, None, 2))
    assert speakers[-1] == "Zuzana Kišová"


def test_a_name_apposed_to_a_place_ending_an_offices_complement_is_the_office_holder(analyzer):
    """``Norland's Minister for Trade and the Arctic, Ingrid Solheim-Vik, said``: the parser made
    "the Arctic" a second subject beside "Minister" and hung the name on it; the place ends the
    office's complement, and the name is the minister's (was "Norland's Minister and Arctic")."""
    text = ("Norland's Minister for Trade and the Arctic, Ingrid Solheim-Vik, said in a statement that Norland «stands "
            "with its neighbours» on the question of fishing quotas.")
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, quote.attribution) == ("Ingrid Solheim-Vik", "named")


def test_a_plurals_possessive_in_men_is_inside_an_organisations_name(analyzer):
    """``The Norwegian Deep-Sea Fishermen's Federation said``, NER finding no name: "Fishermen's"
    is a plural's possessive inside the name, so the whole name speaks (was "Federation", short
    for the Federation of Coastal Trawler Owners named before)."""
    text = ("Fish war looms\n\nThe Federation of Coastal Trawler Owners said on Monday that the quota was unfair.\n\n"
            "The Norwegian Deep-Sea Fishermen's Federation said in a statement that the government should suspend talks "
            '"until the other side explains itself."')
    assert analyzer(text).quotes[-1].speaker.name == "Norwegian Deep-Sea Fishermen's Federation"


def test_the_countrys_minister_is_of_the_country_its_sentence_names_not_another(analyzer):
    """``Norway will bar Icelandic fishing vessels ..., the country's fisheries minister has warned.
    / Iceland's fisheries minister, Sigrún Jónsdóttir, said``: "the country" is Norway, the
    place its sentence has for a subject, so not Iceland's minister named next (was her)."""
    text = ("Mackerel row deepens\n\nNorway will bar Icelandic fishing vessels from its ports unless Reykjavik cuts its "
            "quota, the country's fisheries minister has warned.\n\nIceland’s fisheries minister, Sigrún Jónsdóttir, said "
            "in a written statement that the quota was based on the best science.")
    quote = analyzer(text).quotes[0]
    assert quote.speaker is None or quote.speaker.name != "Sigrún Jónsdóttir"


def test_a_name_described_as_one_of_a_bodys_members_is_a_person(analyzer):
    """``Szendrői-Tóth Ildikó, the only one of the council's five members nominated by the
    opposition, voted against ... she wrote``: "one of" a role makes the name a person's, whom
    "she" stands for (was the station owner quoted before, a man)."""
    text = ("Regulator shuts radio station\n\nKovács Gábor, the station's owner, called the decision \"a bureaucratic "
            'murder" and said he would appeal.\n\nSzendrői-Tóth Ildikó, the only one of the council\'s five members '
            "nominated by the opposition, voted against the decision. In a dissenting opinion, she wrote that the council "
            'had "applied the law with a severity it has never shown".')
    assert analyzer(text).quotes[-1].speaker.name == "Szendrői-Tóth Ildikó"


def test_it_in_a_new_paragraph_is_the_agency_that_paragraph_names_after_another_agencys_report(analyzer):
    """``... The agency did not say whether aid ... had been discussed. / Qirong's own official
    outlet, the Qirong News Agency, gave a noticeably shorter ... account. It said ...``: "it"
    a paragraph past the last source's is the agency set beside that paragraph's subject, though
    the last source was another agency (was unresolved once "Qirong's", the country, was no
    longer read as the agency)."""
    text = (
            "Haesong state media hails ‘epoch-making’ talks as Ryo toasts his hosts\n\nFrom our Asia Correspondent, "
            "Lanshou\n\nRyo Kwang-sok, Haesong’s hereditary ruler, told a banquet in Lanshou that his country would "
            "‘never forget’ its neighbour’s support in hard times, according to the Haesong Central Telegraph Agency, "
            "as his armoured train sat in a sealed-off siding across the city.\n\nIn a dispatch running to well over "
            "2,000 words and published in the early hours of Saturday, the agency described the talks between Ryo "
            "and President Tang Xiaolin of Qirong as ‘epoch-making’ and said they had been held ‘in a warm and comradely "
            "atmosphere overflowing with trust’.\nAccording to HCTA, Tang said that Qirong ‘highly values’ its relationship "
            "with Haesong and would ‘work together with the Haesong side’ to carry the friendship forward. The agency "
            "did not say whether aid, trade or Sunam’s weapons programme had been discussed.\n\nQirong’s own official "
            "outlet, the Qirong News Agency, gave a noticeably shorter and more restrained account. It said the two "
            "leaders had ‘exchanged views on the situation on the peninsula’ and agreed to strengthen ‘strategic "
            "communication’."
    )
    assert analyzer(text).quotes[-1].speaker.name == "Qirong News Agency"


def test_a_title_before_a_name_lets_the_title_stand_for_the_person(analyzer):
    text = (
        "Governor Ada Lind toured the harbor on Tuesday with the pilots.\n\n"
        '"The tolls will stay," the governor said.'
    )
    assert _speakers(analyzer, text) == [("Ada Lind", "named")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the given name says the full name is a woman's
        (
            "Mary Lind, the mayor's wife, opened the fair.\n\n"
            '"The bridge will open in May," Mr. Lind said.\n\n'
            '"We have the money," Mr. Lind added.',
            ["Lind", "Lind"],
        ),
        # "Robin" says no gender; "Mr. Ashdown", who fits no one else, first makes Robin Ashdown a man
        (
            "Robin Ashdown, the harbor master, toured the pier with Jane Ashdown.\n\n"
            '"The pier will open in May," Mr. Ashdown said.\n\n'
            '"The ferry is late," Mrs. Ashdown said.',
            ["Robin Ashdown", "Jane Ashdown"],
        ),
    ],
)
def test_a_gendered_title_keeps_a_short_name_off_a_person_of_the_other_gender(analyzer, text, names):
    assert [q.speaker.name for q in analyzer(text).quotes] == names


def test_a_bracketed_aside_is_no_description_and_times_in_lower_case_names_no_paper(analyzer):
    text = (
        "HARBOR CITY (AP) — The Latest on the race between Republican Ada Lind and Democrat Tom Berg (all times EDT):\n\n"
        "Ada Lind said the bridge would open in May.\n\n"
        "Tom Berg said the tolls were too high."
    )
    quotes = analyzer(text).quotes
    assert [(q.speaker.name, q.attribution, q.speaker.description) for q in quotes] == [
        ("Ada Lind", "named", None), ("Tom Berg", "named", None),
    ]


def test_a_name_inside_a_quote_is_the_speakers_wording_not_the_entity_name(analyzer):
    text = (
        'Tom Jones said the mayor was "working for Lyin\' Tom Berg and her cronies."\n\n'
        "Tom Berg said the bridge would open in May."
    )
    article = analyzer(text)
    assert [e.name for e in article.entities] == ["Tom Jones", "Tom Berg"]
    assert [q.speaker.name for q in article.quotes] == ["Tom Jones", "Tom Berg"]


def test_a_word_capitalised_only_as_the_first_of_its_sentence_is_not_part_of_the_name(analyzer):
    text = (
        "Rival Ada Lind had mocked the complaint on Tuesday.\n\n"
        "The mayor's rival said the tolls were too high."
    )
    assert [e.name for e in analyzer(text).entities][:1] == ["Ada Lind"]


def test_local_and_office_titles_are_not_part_of_the_name(analyzer):
    text = (
        "Councilwoman Ada Lind said the bridge would open in May.\n\n"
        "House Speaker Tom Berg said the tolls were too high.\n\n"
        "Executive Director Mei Sato said the study was sound."
    )
    assert [n for n, _ in _speakers(analyzer, text)] == ["Ada Lind", "Tom Berg", "Mei Sato"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # the document's issuer
            "On Monday the ferry pilots' union sent a letter to the council.\n\n"
            "\u201cWe cannot wait another winter,\u201d the letter reads.",
            "ferry pilots' union",
        ),
        (  # its author, named in the noun phrase
            "A statement from the Harbor Council was posted on Friday.\n\n"
            "\u201cThe ferry will run again in May,\u201d the statement said.",
            "Harbor Council",
        ),
    ],
)
def test_the_document_a_definite_speech_noun_refers_back_to_gives_its_author(analyzer, text, speaker):
    [quote] = analyzer(text).quotes
    assert speaker in quote.speaker.name and quote.speaker.mention.text.startswith("the ")


@pytest.mark.parametrize(
    ("text", "mention", "speaker"),
    [
        ("A statement from the Harbor Council said the ferry would run again in May.",
         "A statement from the Harbor Council", "Harbor Council"),
        ("The Harbor Council issued a statement that said the ferry would run again in May.", "that", "Harbor Council"),
        ("The paper printed a letter by the ferry pilot Ana Ruiz which said the ferry was unsafe.", "which", "Ana Ruiz"),
        # a place it came from is no author
        ("A report from the harbor said the ferry would run again in May.",
         "A report from the harbor", "A report from the harbor"),
        # any noun a source stands for, with an author of its own
        ("Fares rose 4% last year, according to data compiled by the Harbor Institute.",
         "data compiled by the Harbor Institute", "Harbor Institute"),
        ("Prices will rise, according to research by the Harbor Institute.", "research by the Harbor Institute",
         "Harbor Institute"),
        # court papers speak for who filed or signed them
        ("A lawsuit filed by the Harbor Pilots Union claims that the port fired two pilots.",
         "A lawsuit filed by the Harbor Pilots Union", "Harbor Pilots Union"),
        ("Fares rose 4% last year, according to estimates by the port authority.",
         "estimates by the port authority", "port authority"),
        ("Fares rose 4% last year, according to data released on Monday.", "data", "data"),
        # an author that is a common noun with its name beside it
        ("Fares rose 4% last year, according to a tally by the research group Carbon Ledger.",
         "a tally by the research group Carbon Ledger", "Carbon Ledger"),
        ("Fares rose 4% last year, according to a Harbor Times report released by the port authority.",
         "a Harbor Times report released by the port authority", "Harbor Times"),  # the name before says whose
        # who read the emails did not write them
        ("Other emails combed through by the Harbor Gazette suggest that the mayor knew.",
         "Other emails combed through by the Harbor Gazette", "Other emails combed through by the Harbor Gazette"),
        # a person named by a participle or a possessor is no document: who acted on them is no author
        ("A woman rescued by firefighters said the doors were locked.",
         "A woman rescued by firefighters", "A woman rescued by firefighters"),
        ("The factory's owner, Kamal Osei, said the doors were open.", "The factory's owner, Kamal Osei", "Kamal Osei"),
    ],
)
def test_a_speech_noun_with_an_author_of_its_own_gives_its_author(analyzer, text, mention, speaker):
    [quote] = analyzer(text).quotes
    assert (quote.speaker.mention.text, quote.speaker.name) == (mention, speaker)


def test_an_organisation_the_text_calls_no_paper_is_no_news_agency_whatever_its_name(analyzer):
    # "Ledger" reads like a newspaper's name; "the research group" says what it is
    [quote] = analyzer("Fares rose 4% last year, according to a tally by the research group Carbon Ledger.").quotes
    assert (quote.speaker.type, quote.attribution) == ("organization", "named")


def test_a_headline_verb_after_a_name_is_no_part_of_it(analyzer):
    text = ("Mark Dalton Defends Tax Plan In Debate\n\n"  # NER: "Mark Dalton Defends" PERSON
            "Mark Dalton said on Monday that his tax plan would help families.\n\n"
            "\u201cIt is a plan for every worker,\u201d Dalton said.")
    assert {q.speaker.name for q in analyzer(text).quotes} == {"Mark Dalton"}


@pytest.mark.parametrize(
    ("text", "speaker", "attribution"),
    [
        ("A Harbor Times report said the bridge was unsafe.", "Harbor Times", "agency"),
        ("In a Harbor Times poll released Sunday, Ruiz led by 5 points.", "Harbor Times", "agency"),
        ("In a poll by the Harbor Institute, Ruiz led by 5 points.", "Harbor Institute", "named"),
        ("In a new survey, Ruiz led her rival by 5 points.", "a new survey", "unknown"),
        # a place or a day puts out no poll
        ("In several recent Oregon polls, Ruiz led her rival by 5 points.", "several recent Oregon polls", "unknown"),
        ("Monday's poll showed that Ruiz led by 5 points.", "Monday's poll", "unknown"),
    ],
)
def test_the_name_before_a_document_or_poll_is_its_author(analyzer, text, speaker, attribution):
    [quote] = analyzer(text).quotes  # never the subject of the clause a poll reports ("Ruiz led")
    assert (quote.speaker.name, quote.attribution) == (speaker, attribution)


def test_a_day_before_the_document_it_refers_back_to_is_no_author(analyzer):
    text = ("The editors aimed their Friday editorial at the mayor.\n\n"
            "\u201cIf he wants to be the next governor, the mayor should act like one,\u201d the editorial said.")
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == "editorial"


def test_a_document_mentioned_long_before_is_not_the_one_referred_to(analyzer):
    text = "The ferry pilots' union sent a letter to the council.\n\n" + "The ferry was late.\n\n" * 4
    text += "\u201cWe cannot wait another winter,\u201d the letter reads."
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == "letter"


def test_a_family_name_the_tagger_took_for_a_common_noun_names_its_person(analyzer):
    text = "The Latest: Reyes urges voters to check polling places.\n\nTom Reyes is questioning the voting system again."
    quote = analyzer(text).quotes[0]  # "Reyes" is tagged NN and is in no entity
    assert (quote.speaker.mention.text, quote.speaker.name, quote.attribution) == ("Reyes", "Tom Reyes", "named")


@pytest.mark.parametrize(
    ("text", "description"),
    [
        ('"The ads work," said Evan Tracey, a media consultant in Alexandria, Va.\n\nThe race tightened.',
         "a media consultant in Alexandria, Va."),
        ("The pier is unsafe, said Lena Hart, an aide to Sen. Tom Reyes (D-Ore.)\n\nThe race tightened.",
         "an aide to Sen. Tom Reyes (D-Ore.)"),
    ],
)
def test_a_description_ends_with_its_words_not_the_paragraph_break(analyzer, text, description):
    [quote] = analyzer(text).quotes
    entity = next(e for e in analyzer(text).entities if e.name == quote.speaker.name)
    assert quote.speaker.description == entity.description == description


def test_a_name_apposed_to_a_possessed_description_is_the_source_not_the_possessor(analyzer):
    [quote] = analyzer("Tom Reyes's running mate, Ohio Gov. Lena Hart, said the plan would pass.").quotes
    assert (quote.speaker.name, quote.attribution) == ("Lena Hart", "named")
    assert quote.speaker.description.startswith("Tom Reyes's running mate")


def test_a_name_the_parser_read_as_a_modifier_is_a_rival_for_a_later_pronoun():
    import spacy
    from spacy.tokens import Doc

    from quotekit.lexicon import Lexicon
    from quotekit.resolve import _named_between

    def rivals(head_word, head_lemma, dep="compound"):
        # "But Tom Reyes claims that he ...", parsed with "claims" as a noun that "Reyes" modifies
        words = ["But", "Tom", "Reyes", head_word, "that", "he", "won", "."]
        lemmas = ["but", "Tom", "Reyes", head_lemma, "that", "he", "win", "."]
        heads = [3, 2, 3, 3, 6, 6, 3, 3]
        deps = ["cc", "compound", dep, "ROOT", "mark", "nsubj", "acl", "punct"]
        doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)
        return _named_between(doc, 0, 5, {1: 0, 2: 0}, set(), Lexicon.default())

    assert rivals("claims", "claim") == {0}  # "Tom" modifies its own name: one entity
    assert rivals("rally", "rally") == frozenset()  # "a Tom Reyes rally" names no one who speaks
    assert rivals("claims", "claim", dep="poss") == frozenset()  # "Tom Reyes's claims": a possessor


def test_a_name_before_a_verb_the_parser_read_as_a_plural_noun_is_a_rival_for_a_later_pronoun(analyzer):
    # "shrugs" parsed as a noun that "Graça" modifies: she is still who "she" may stand for, so
    # the lawyer quoted a paragraph before is no safe reading
    text = ('The lawyer for the company, Tomás Rebelo Cunha, has said the case is "a political trial".\n\n'
            'Back in the old market, Graça shrugs when asked what verdict she expects. '
            '"Whatever they decide there," she said.')
    quote = analyzer(text).quotes[-1]
    assert quote.text.startswith("Whatever")
    assert quote.speaker.name != "Tomás Rebelo Cunha"


def test_a_plural_noun_a_name_modifies_is_no_verb():
    import spacy
    from spacy.tokens import Doc

    from quotekit.resolve import _verb_read_as_plural

    def read(words, tags, heads, deps):
        return Doc(spacy.blank("en").vocab, words=words, tags=tags, heads=heads, deps=deps)

    shrugs = read(["Graça", "shrugs", "when", "asked", "."], ["NNP", "NNS", "WRB", "VBD", "."], [1, 1, 3, 1, 1],
                  ["amod", "ROOT", "advmod", "relcl", "punct"])
    assert _verb_read_as_plural(shrugs[1], 0)
    supporters = read(["Trump", "supporters", "said", "so", "."], ["NNP", "NNS", "VBD", "RB", "."], [1, 2, 2, 2, 2],
                      ["compound", "nsubj", "ROOT", "advmod", "punct"])
    assert not _verb_read_as_plural(supporters[1], 0)
    rallies = read(["two", "Reyes", "rallies", "ended", "."], ["CD", "NNP", "NNS", "VBD", "."], [2, 2, 3, 3, 3],
                   ["nummod", "compound", "dep", "ROOT", "punct"])
    assert not _verb_read_as_plural(rallies[2], 1)


def test_an_emphatic_pronoun_is_no_description_and_a_party_noun_is_one(analyzer):
    text = (
        "Sen. Rosa Delgado, the Democrat who chairs the water panel, said the vote was close. "
        "Delgado herself was cautious. “We have a long way to go,” she said."
    )
    speakers = {q.speaker.description for q in analyzer(text).quotes}
    assert speakers == {"the Democrat who chairs the water panel"}


def test_a_chief_executive_title_is_not_part_of_the_name(analyzer):
    [quote] = analyzer("Chief Executive Officer Petra Vogel told analysts the plant would stay open.").quotes
    assert quote.speaker.name == "Petra Vogel"


def test_a_pronoun_after_a_subject_the_parser_hung_on_the_dateline(analyzer):
    text = "ORTA SAN GIULIO, Italy — Every morning at six, Paolo Ferri unties the little wooden boat.\n\n“The lake is my life,” he says."
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == "Paolo Ferri"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Paolo Ferri runs the ferry.\n\nHis wife, Elena, is less romantic. “He never rests,” she said.", "Elena"),
        ("Paolo Ferri runs the ferry. His daughter Giulia, 34, runs the booth. She said the ferry would survive.", "Giulia"),
    ],
)
def test_a_name_apposed_to_a_kinship_noun_is_a_person_whatever_ner_says(analyzer, text, name):
    quote = analyzer(text).quotes[-1]
    assert quote.speaker.name == name and quote.attribution == "named"


def test_a_pronoun_after_an_unnamed_source_is_not_the_person_named_before_it(analyzer):
    """``said Dr. Tomas Berglund ... One haul-truck driver, who asked not to be named, said ...
    "...," he said``: the driver, the nearest subject, not the economist named before (was
    Berglund, named)."""
    text = ('"Every week this mine stays shut, you lose 8,000 tonnes," said Dr. Tomas Berglund, a mining economist at '
            "the Andean Institute.\n\nAt the main gate, workers said they were prepared to stay out. One haul-truck "
            "driver, who asked not to be named for fear of reprisals, said the company had ignored complaints about "
            'broken air conditioning.\n\n"They call it a world-class operation in their brochures," he said.')
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == ("One haul-truck driver", "anonymous")


def test_an_unnamed_source_of_one_gender_is_not_a_pronoun_of_the_other(analyzer):
    text = "The dam failed in 1998. A local widow said the water rose fast. He said nobody had warned them."
    last = analyzer(text).quotes[-1]
    assert (last.speaker.name, last.attribution) == ("He", "unknown")


def test_a_plural_description_before_a_list_of_names_describes_none_of_them(analyzer):
    text = (
        "Voters cheered the establishment candidates -- Ada Lind and Mei Wong. "
        "When the moderator pressed him, the candidate said the plan was fine."
    )
    [quote] = [q for q in analyzer(text).quotes if q.cue.text == "said"]
    assert quote.speaker.name == "candidate" and quote.speaker.entity is None


@pytest.mark.parametrize(("title", "noun"), [("Gov.", "governor"), ("Prof.", "professor"), ("Commodore", "commodore"),
                                           ("Archbishop", "archbishop"), ("Ensign", "ensign")])
def test_a_title_or_its_abbreviation_lets_its_word_stand_for_the_person(analyzer, title, noun):
    text = (
        f"{title} Rosa Delgado told reporters she would fight the rule. "
        f'"This is Washington at its worst," the {noun} said.'
    )
    assert analyzer(text).quotes[-1].speaker.name == "Rosa Delgado"


def test_a_capitalised_role_before_a_name_is_not_part_of_it(analyzer):
    [quote] = analyzer("Meteorologist Sam Ortiz told the Harbor Gazette that the ice would melt by noon.").quotes
    assert quote.speaker.name == "Sam Ortiz"


@pytest.mark.parametrize(
    ("text", "affiliation"),
    [
        ("Ana Ruiz of the Harbor Institute said the port would close.", "Harbor Institute"),
        ("Ted Kerr of Houston said the flood was bad.", None),  # a place, not an organisation
        ("Ana Ruiz at the Harbor Forum said the port would close.", None),  # where she spoke
    ],
)
def test_an_organisation_after_a_name_is_its_affiliation(analyzer, text, affiliation):
    [quote] = analyzer(text).quotes
    assert quote.speaker.affiliation == affiliation



@pytest.mark.parametrize(
    ("text", "description"),
    [
        ("His party's health adviser, Dr. Leyla Aksoy, said hospitals were full.", "His party's health adviser"),
        ("The mayor's running mate, Harbor County Sheriff Tom Ruiz, said the vote was close.", "The mayor's running mate"),
        ("Health Minister Ayse Demir told reporters the doses would arrive in May.", "Health Minister"),
        ("HARBOR CITY - Port Director Ada Lind said the talks had failed.", "Port Director"),
        ("Harbor AFL-CIO President Ada Lind said the vote was close.", "Harbor AFL-CIO President"),  # a joining hyphen
        ("The Lindens' spokesman Tom Ruiz said the vote was close.", "The Lindens' spokesman"),  # a possessive mark
        ("Mayor Ana Ruiz said the dam would hold.", "Mayor"),  # a title the tagger reads as part of the name
        ("Superior Court Justice Miriam Okafor wrote that the bidding was rushed.", "Superior Court Justice"),
        ("Mr. Tom Ruiz said the vote was close.", None),  # a courtesy title describes no one
        ("The Liberal MP Tom Ruiz said the vote was close.", "The Liberal MP"),  # British titles
        ("Cllr Ada Lind said the library would close.", "Cllr"),
        ("The former chancellor Sir Geoffrey Holt warned that the tax would kill the towns.", "The former chancellor"),
        ("Former first lady Ada Lind wrote that the pier was unsafe.", "Former first lady"),  # "lady" is its noun
        # not the name before it in a list
        ("Mayor Ana Lind and Harbor County Sheriff Tom Ruiz said the vote was close.", "Harbor County Sheriff"),
        ("Harbor journalist and author Tom Ruiz said the vote was close.", "Harbor journalist and author"),
    ],
)
def test_a_description_before_the_name_without_its_title(analyzer, text, description):
    [quote] = analyzer(text).quotes
    assert quote.speaker.description == description


def test_a_title_word_in_an_institutions_name_stays_in_the_name(analyzer):
    text = ("The Justice Department said the inquiry would continue. The Foreign Ministry said the "
            "envoy had left, and the department added that no charges were planned.")
    assert [q.speaker.name for q in analyzer(text).quotes] == ["Justice Department", "Foreign Ministry", "Justice Department"]


def test_a_dotted_registered_suffix_makes_a_company_whatever_ner_says(analyzer):
    """``the operator, Minera Quebrada S.A., ... The company added``: "S.A." is the suffix "SA"
    written with its full stops, so the name is a company's though NER typed it a person's, as
    in an article (was unresolved "company")."""
    text = ("Workers downed tools after talks with the operator, Minera Quebrada S.A., broke down. The company added "
            "that supervisors would keep the pumps running.")
    assert _speakers_relabelled(analyzer, text, ("Minera", 3, "PERSON")) == ["Minera Quebrada S.A"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ferrell Shipping Inc. said on Monday it would close two depots. The company said in a filing "
         "that 40 jobs would go.", ["Ferrell Shipping Inc", "Ferrell Shipping Inc"]),
        ("Harbor Bank Ltd said it would sell its branches. Ferrell Shipping Inc. said it would close two "
         "depots. The firm said in a filing that 40 jobs would go.",
         ["Harbor Bank Ltd", "Ferrell Shipping Inc", "Ferrell Shipping Inc"]),  # the most recent
        # no registered suffix: the one organisation named in the sentence before
        ("Ferrell Shipping said on Monday it would close two depots. The company said in a filing that "
         "40 jobs would go.", ["Ferrell Shipping", "Ferrell Shipping"]),
    ],
)
def test_the_company_refers_back_to_a_name_with_a_registered_suffix(analyzer, text, names):
    assert [q.speaker.name for q in analyzer(text).quotes] == names


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Harbor Freight Ltd said on Monday that the bridge was safe. It added that repairs would start in May.",
         ["Harbor Freight Ltd", "Harbor Freight Ltd"]),
        ("The ministry said on Monday that the bridge was safe. It added that repairs would start in May.",
         ["ministry", "ministry"]),  # an unnamed institution continues too
        # never a person, nor a person's role
        ("Ana Ruiz said the bridge was safe. It added that repairs would start in May.", ["Ana Ruiz", "It"]),
        ("A spokesman for the ministry said the bridge was safe. It added that repairs would start in May.",
         ["A spokesman for the ministry", "It"]),
        # another organisation the sentence before is about: no guess between the two
        ("Harbor Freight Ltd said the bridge was safe. Norland Shipping Ltd sold its ferry on Monday. It added that "
         "repairs would start in May.", ["Harbor Freight Ltd", "It"]),
        # a thing that shows or refers, which no entity stands for
        ("Harbor Freight Ltd said the video was new. It shows an officer aiming a gun.", ["Harbor Freight Ltd", "It"]),
    ],
)
def test_it_stands_for_the_organisation_that_spoke_before(analyzer, text, speakers):
    assert [q.speaker.name for q in analyzer(text).quotes] == speakers


def test_a_name_with_a_registered_suffix_is_an_organisation_whatever_ner_says(analyzer):
    article = analyzer("Kestrel Ortiz LLC said on Monday it would close two depots.")  # NER: a person
    assert [(e.name, e.type) for e in article.entities] == [("Kestrel Ortiz LLC", "organization")]


def test_a_company_word_the_user_adds_to_the_lexicon_keeps_the_title_word_in_the_name(analyzer, monkeypatch):
    from quotekit.lexicon import Lexicon

    # "Shipyards" ends no company's name in the bundled lists, so "General" reads as a title
    # ("General Ada Lind"); with the user's company words it is the company's first word
    assert "shipyards" not in Lexicon.default().company_name_words | Lexicon.default().company_suffixes
    lexicon = Lexicon.default().extended(company_name_words=["shipyards"])
    monkeypatch.setattr(analyzer.nlp.get_pipe("quotekit"), "lexicon", lexicon)
    [quote] = analyzer("General Shipyards said on Monday it would cut 300 jobs at its Varnholt yard.").quotes
    assert quote.speaker.name == "General Shipyards"


def test_one_attribution_between_two_quotes_gives_both_the_same_source(analyzer):
    text = (
        "Police arrested a man on Friday.\n\n"
        'A nurse at the clinic said the man had been calm. "He said please," she said. "That was strange."'
    )
    quotes = analyzer(text).quotes
    assert [q.speaker.mention.text for q in quotes[1:]] == ["she", "she"]
    assert {(q.speaker.name, q.attribution) for q in quotes} == {("A nurse at the clinic", "anonymous")}


def test_a_last_speaker_the_pronoun_cannot_mean_does_not_contest_the_subject(analyzer):
    # the subject of "scolded" is in a clause under the quote's "said": no main clause
    text = (
        'Paul Garza, a surgeon, said the show was harmful. "It misleads people," Garza said.\n\n'
        'Sen. Irene Holt scolded him: "The evidence is against you," she said. "I do not understand it."'
    )
    speakers = [(q.speaker.name, q.attribution) for q in analyzer(text).quotes[2:]]
    assert speakers == [("Irene Holt", "named")] * 2


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("", ("Rosa Delgado", "named")),
        ("Mayor Tom Ruiz of Eastport disagreed. ", (None, "unknown")),  # two mayors: which one?
    ],
)
def test_a_lone_title_in_a_headline_is_the_one_entity_it_fits(analyzer, second, expected):
    text = (
        "Mayor defends tram plan as costs climb\n\n"
        f"Mayor Rosa Delgado insisted the project was worth it. {second}The line opens in 2027."
    )
    quote = analyzer(text).quotes[0]
    assert quote.cue.text == "defends"
    name = quote.speaker.name if quote.speaker.entity is not None else None
    assert (name, quote.attribution) == expected


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        # a person's role is the subject since the last speaker: "he" more likely stands for that person
        ("The harbor pilot disagreed.", None),
        ("The mayor's own record also came up.", None),  # the mayor is Peter Lind, not Tom Ruiz
        ("", "Tom Ruiz"),
    ],
)
def test_a_role_named_since_the_last_speaker_keeps_a_pronoun_from_them(analyzer, between, expected):
    text = (
        "Mayor Peter Lind opened the bridge on Monday.\n\n"
        '"It will carry ten thousand cars," said Tom Ruiz, an engineer.\n\n'
        f'{between} "The tolls are too high," he said.'
    )
    quote = analyzer(text).quotes[-1]
    name = quote.speaker.name if quote.speaker.entity is not None else None
    assert name == expected



def test_the_possessor_of_the_last_subject_contests_the_last_speaker(analyzer):
    text = ('"The penalty was never a penalty," Pieter Daal said.\n\n'
            'Tom Ruiz\'s winner came in the 89th minute. He later wrote online that the goal was for his grandmother.')
    quote = analyzer(text).quotes[-1]
    assert quote.text.startswith("that the goal") and quote.speaker.name != "Pieter Daal"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Northwind Airlines will cut about 2,000 jobs next year, the carrier said on Tuesday.", "Northwind Airlines"),
        ("Coastline Ferries reported a loss on Monday. The company said it would sell two ships.", "Coastline Ferries"),
        # a public body is no company; two organisations leave "the company" unknown
        ("The Harbor Ministry fined Northwind Airlines. The company said it would appeal.", "Northwind Airlines"),
        ("The Harbor Ministry fined Northwind Airlines and Coastline Ferries. The company said it would appeal.", None),
        # before a company a description called one two paragraphs back
        ("Documents show payments by Orbis Terra Construction to three companies.\n\nThe registry lists Stefan "
         "Vukic as the owner of one of those companies, Halcyon Meridian Ltd.\n\nOrbis Terra Construction said in a "
         "statement that its contracts were lawful. The company said it would cooperate with any inquiry.",
         "Orbis Terra Construction"),
        # of two, the one a clause's subject names, not a place NER calls an organisation
        ('Halvern Biologics said in a statement that it had halted production at the Linwood plant.\n\n'
         '"Patient safety is our first priority," the company said.', "Halvern Biologics"),
    ],
)
def test_the_company_is_the_one_organisation_named_just_before(analyzer, text, name):
    speaker = analyzer(text).quotes[-1].speaker
    assert (speaker.name if speaker.entity is not None else None) == name


@pytest.mark.parametrize(
    ("text", "spans", "name"),
    [
        # a trade's word ends the name ("Timber", "Steelworks", "Agri", "Trading")
        ("The fire was traced to a harvester operated by Carrow Timber, which was thinning pine on state land.\n\n"
         "Carrow Timber said in a statement that it rejected the finding.\n\n"
         '"It is convenient to blame a contractor," the company said.',
         (("Carrow", 2, "PERSON", "first"), ("Carrow", 2, "PERSON")), "Carrow Timber"),
        # an employer is a company
        ("Brenholt Stahl, the town's largest employer, announced in September that it would cut 2,400 jobs. The "
         "company said on Monday that the crisis put a subsidy at risk.", (("Brenholt", 2, "PERSON"),), "Brenholt Stahl"),
    ],
)
def test_a_company_ner_took_for_a_person_is_the_company(analyzer, text, spans, name):
    """A name NER tagged a person's that a trade's word ends or that "employer" describes is a
    company's, which "the company" after it stands for (was "company", no one)."""
    quotes, entities = _relabelled(analyzer, text, *spans)
    assert quotes[-1].speaker.name == name
    assert [e.type for e in entities if e.name == name] == ["organization"]


def test_a_name_ner_ran_into_the_datelines_date_is_the_subject(analyzer):
    """``HANXI, [April 17 - Lumenbyte Technologies] said ...``: NER ran the dateline's date past
    its dash into the subject's name, which is still the source (was none)."""
    text = "HANXI, April 17 - Lumenbyte Technologies said on Thursday that its founder would step down."
    assert analyzer(text).quotes[0].speaker.name == "Lumenbyte Technologies"


def test_a_role_apposed_to_a_name_outside_any_quote_describes_it(analyzer):
    text = "The bill's sponsor, Rep. Ada Lind, defended it. Lind said the harbor lost money every year."
    assert analyzer(text).quotes[-1].speaker.description == "The bill's sponsor"  # not the title "Rep."


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a description after a comma that the parser read as a list is no second source
        ("Even China, Norland's only ally and its economic lifeline to the outside world, said it was "
         '"resolutely opposed" to the test.', "China"),
        ("Even Canada, Norland's only ally and its main trading partner, said the test was a provocation.", "Canada"),
    ],
)
def test_a_description_read_as_a_list_or_an_adverb_before_the_name_is_no_part_of_it(analyzer, text, name):
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == name


def test_a_correlative_that_ner_took_into_a_name_is_no_part_of_it():
    """NER may run a name over "Neither" ("[Neither Cruz] nor ..."): the name is "Cruz"."""
    import spacy
    from spacy.tokens import Doc, Span

    from quotekit.resolve import proper_part

    words = ["Neither", "Lind", "nor", "Berg", "said", "so", "."]
    heads, deps = [1, 4, 1, 1, 4, 4, 4], ["det", "nsubj", "cc", "conj", "ROOT", "advmod", "punct"]
    pos = ["DET", "PROPN", "CCONJ", "PROPN", "VERB", "ADV", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 3, 4, label="PERSON")]
    assert proper_part(doc, (0, 2)).text == "Lind"


def test_a_place_is_not_short_for_an_institution_named_after_it(analyzer):
    text = (
        '"Trade will recover," said Ada Lind, director of the Norway Trade Project.\n\n'
        "Norway signed the accord on Monday, the ministry said."
    )
    article = analyzer(text)
    names = {entity.name for entity in article.entities}
    assert {"Norway", "Norway Trade Project"} <= names  # two entities, not one
    project = next(e for e in article.entities if e.name == "Norway Trade Project")
    assert [m.text for m in project.mentions] == ["Norway Trade Project"]


@pytest.mark.parametrize(
    "text",
    [
        "Diplomats have been monitoring exchanges between Chile and Peru, an official close to the talks told the AP.",
        "Envoys in Riga have been following relations between Latvia and Estonia, a person with knowledge of it told Reuters.",
        "After Lind took office in 2015 as Norway's leader, Oslo and Stockholm deepened their ties.",
    ],
)
def test_a_phrase_the_parser_apposed_to_a_place_does_not_describe_it(analyzer, text):
    described = {e.name: e.description for e in analyzer(text).entities if e.description}
    assert not described, described


@pytest.mark.parametrize(
    ("text", "name", "description"),
    [
        ('"Rates will fall," said Ada Lind, a senior fellow at the Alder Policy Studies think tank.',
         "Ada Lind", "a senior fellow at the Alder Policy Studies"),  # the parser leaves "think tank" out
        ("Her mother, Ada Lind, and father, Tom Lind, ran the shop for years.", "Ada Lind", "Her mother"),
    ],
)
def test_a_description_holds_beside_a_verb_like_noun_or_a_role_listed_after_it(analyzer, text, name, description):
    entity = next(e for e in analyzer(text).entities if e.name == name)
    assert entity.description == description


@pytest.mark.parametrize(
    ("text", "name"),
    [  # the given names' lists make Terry a man's name and know Robin as both
        ('"The rules do not hold," said flood widow Terry Maren.\n\nShe continued, "For us, this matters."',
         "Terry Maren"),
        ('"The pier is unsafe," said the actress Terry Voss.\n\nShe added, "I have seen it."', "Terry Voss"),
        ('"We were never told," said her husband, Robin Hart.\n\nHe added, "Nobody called us."', "Robin Hart"),
    ],
)
def test_a_gendered_description_tells_what_the_given_name_lists_do_not(analyzer, text, name):
    first, second = analyzer(text).quotes
    assert first.speaker.name == name
    assert (second.speaker.mention.text in ("She", "He"), second.speaker.name) == (True, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"Debt fell in 1995. Profits rose," the Gazette wrote.\n\n"Since then, fortunes changed. Projects resumed," it further wrote.',
         "Gazette"),  # past the quote's own sentences
        ('"Leaders honored Ada Lind yesterday," the Gazette article read.\n\n"She erased much of her debt," it added.',
         "Gazette"),  # the subject's phrase holds the source
        ("The penalties are small, the report says.\n\nIt also points out that the rules are rarely enforced.", "report"),
    ],
)
def test_it_continues_the_source_it_stands_for(analyzer, text, name):
    first, second = analyzer(text).quotes
    assert second.speaker.mention.text.lower() == "it"
    assert second.speaker.name == first.speaker.name == name
    assert second.attribution == first.attribution


@pytest.mark.parametrize(
    "text",
    [  # news calls women "spokesman"; Hope and Dana are women's names in the lists
        '"We are proud," said Hope Lind, a campaign spokesman.\n\n"It was a great night," she added.',
        '"The pier is safe," said Dana Lind, whose husband, Tom Lind, runs the port.\n\n"We checked," she added.',
    ],
)
def test_a_mans_noun_in_a_description_does_not_outweigh_a_womans_name(analyzer, text):
    first, second = analyzer(text).quotes
    assert second.speaker.name == first.speaker.name


def test_a_relatives_noun_in_a_description_says_nothing_of_the_persons_gender(analyzer):
    text = '"The pier is safe," said Tom Lind, whose wife, Dana Lind, runs the port.\n\n"We checked," he added.'
    first, second = analyzer(text).quotes
    assert second.speaker.name == first.speaker.name == "Tom Lind"


def test_an_organisation_ner_ran_into_the_datelines_date_is_named(analyzer):
    """``VELMAR, July 2 - The National Union of Harbour Pilots will ...`` typed one date: the
    union is named, and "the union said" is it (was "union", no one)."""
    text = ("Pilots to vote on pay offer\n\nVELMAR, July 2 - The National Union of Harbour Pilots will ask its members "
            "to vote on a revised pay offer worth 5.5 percent, the union said on Wednesday.")
    assert analyzer(text).quotes[-1].speaker.name == "National Union of Harbour Pilots"


def test_a_datelines_city_is_neither_described_nor_a_source(analyzer):
    text = ("Santiago (AFP) – Oscar-winning actress Ada Lind on Monday joined the dockworkers' strike, "
            "saying that the ports must stay closed.\n\nThe strike entered its third week.")
    article = analyzer(text)
    assert [e.name for e in article.entities if e.name == "Santiago"] == []  # where the story was filed
    assert [q.speaker.name for q in article.quotes] == ["Ada Lind"]


@pytest.mark.parametrize("dateline", ["TOKYO -", "LAGOS, Nigeria (Meridian) -", "SAN JOSE, California (Meridian) —"])
def test_a_datelines_place_is_no_entity(analyzer, dateline):
    text = f"{dateline} Mayor Ada Lind said on Monday that the port would close."
    names = [e.name for e in analyzer(text).entities]
    assert "Ada Lind" in names
    assert not {"TOKYO", "Tokyo", "Nigeria", "SAN JOSE", "California"} & set(names)


def test_a_gendered_title_goes_to_the_person_whose_given_name_agrees_in_any_spelling(analyzer):
    # the given names' lists read "Hilary" as a man's name and know no "Bill"
    text = ("Hilary Voss met Bill Voss in the harbor town on Monday.\n\n"
            "Hillary Voss, the mayor, later left for the capital.\n\n"
            '"We will win the vote," Mrs. Voss said.')
    quote = analyzer(text).quotes[-1]
    assert quote.speaker.name in ("Hilary Voss", "Hillary Voss")


def test_an_office_s_title_before_a_name_makes_it_a_person_s(analyzer):
    # NER takes the name for an organisation's; "she" could not stand for one
    text = ("But councillor Femke de Groot, who sits on the budget committee, said the office had ignored warnings."
            "\n\n'I raised this in March,' she said.")
    article = analyzer(text)
    assert [(e.name, e.type) for e in article.entities] == [("Femke de Groot", "person")]
    assert [q.speaker.name for q in article.quotes] == ["Femke de Groot"] * 2


def test_a_registered_suffix_makes_a_name_an_organisation_s(analyzer):
    text = "The harbor was sold to Nordvik Havn BV on Monday. Nordvik Havn BV said it would keep the ferries."
    [entity] = analyzer(text).entities
    assert (entity.name, entity.type) == ("Nordvik Havn BV", "organization")


@pytest.mark.parametrize("family", ["Delgado", "Montoya"])
def test_a_word_that_joined_a_person_joins_them_wherever_ner_calls_it_a_place(analyzer, family):
    # NER tags the last "Delgado" or "Montoya" a place: still Lucia's, so "she" is hers, not Helen Park's
    text = (f'Lucia {family} has grown pears near the river for thirty years.\n\n"It breaks my heart," {family} said.'
            '\n\nAnother grower, Helen Park, said prices had fallen. "Nobody is buying," Park said.\n\n'
            f'{family} has not decided. "Ask me in the fall," she said.')
    article = analyzer(text)
    assert article.quotes[-1].speaker.name == f"Lucia {family}"
    assert [e.name for e in article.entities if family in e.name] == [f"Lucia {family}"]


@pytest.mark.parametrize(
    "text",
    [
        '"The harbor must stay in trusted hands," Ilze Kalna told NORA, the Nordland news agency.',
        "Ilze Kalna told NORA, the Nordland news agency, that the deal was under review.",
    ],
)
def test_an_apposition_the_parser_made_a_second_object_describes_the_first(analyzer, text):
    # the parser hangs "agency" on "told" beside "NORA"; it still says what NORA is
    article = analyzer(text)
    nora = next(e for e in article.entities if e.name == "NORA")
    assert (nora.type, nora.description) == ("agency", "the Nordland news agency")
    assert [[v.name for v in q.via] for q in article.quotes] == [["NORA"]]


def test_a_capitalised_plural_noun_opening_a_sentence_is_no_name(analyzer):
    # NER calls "Homeowners" a person; the tagger knows it for a plural noun
    article = analyzer("A judge blocked the ban on Friday.\n\nHomeowners who sued the city welcomed the ruling.")
    assert [e.name for e in article.entities] == []
    assert [q.attribution for q in article.quotes] == ["anonymous"]  # unnamed homeowners (role_nouns.txt)


def test_which_after_a_name_makes_it_an_organisation_s(analyzer):
    # NER leaves "Airbnb" untyped and "said" would make it a person's
    article = analyzer("Airbnb, which had lobbied against the ordinance, said it was pleased.")
    assert [(e.name, e.type) for e in article.entities] == [("Airbnb", "organization")]



def test_an_age_after_a_name_ner_calls_a_place_makes_it_the_person_s(analyzer):
    # NER tags the second "Feld" GPE; "Feld, 48," is the coach, not a place of its own
    text = ("Harbor City fired head coach Markus Feld on Sunday.\n\n"
            "Feld, 48, had taken over in the summer. The board said he had lost the dressing room.")
    names = [e.name for e in analyzer(text).entities]
    assert "Markus Feld" in names and "Feld" not in names


def test_a_sentence_full_of_names_is_no_title_case_headline(analyzer):
    # most of its long words are capitalised, but "arrived" is a verb in lower case: the
    # names in it are NER's to give, and "the Norlandic leader" finds the president
    text = ("Leaders meet in Ostia\n\nNorlandic President Tran Van Thanh arrived in Ostia on Thursday.\n\n"
            'The Norlandic leader described Ostia as "a special brother."')
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == "Tran Van Thanh"


@pytest.mark.parametrize(
    ("title", "found"),
    [("President", True), ("Prime Minister", True), ("Chancellor", True), ("Foreign Minister", False)],
)
def test_the_leader_stands_for_a_head_of_state_or_government(analyzer, title, found):
    text = (f"Norlandic {title} Ada Lind arrived in Ostia on Thursday.\n\n"
            'The Norlandic leader described Ostia as "a special brother."')
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name == "Ada Lind") is found


def test_a_country_that_owns_a_news_organisation_is_no_news_organisation(analyzer):
    text = '"The deal is done," Ana Ruiz told Norland\'s public broadcaster on Monday.'
    assert ("Norland", "agency") not in [(e.name, e.type) for e in analyzer(text).entities]


def test_a_news_description_the_parser_hung_on_the_verb_types_the_name(analyzer):
    text = "Ana Ruiz told radio station Harborwave that the deal was done. Harborwave is based in Ostia."
    assert ("Harborwave", "agency") in [(e.name, e.type) for e in analyzer(text).entities]


def test_a_dateline_s_agency_in_lower_case_is_no_part_of_the_name_after_it(analyzer):
    # "(dpa)" is no part of "Bundesliga club Union Berlin", which is no news organisation
    text = "BERLIN (dpa) - Bundesliga club Union Berlin fired its coach on Sunday. Union Berlin said he had lost the team."
    assert ("Union Berlin", "organization") in [(e.name, e.type) for e in analyzer(text).entities]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Shipowner Tom Berg praised the harbor plan on Monday. "It is a fine plan," Berg said.', "Tom Berg"),
        # an initial is part of the name, and so is a word the article capitalises inside a sentence
        ('J. Tom Berg praised the harbor plan on Monday. "It is a fine plan," Berg said.', "J. Tom Berg"),
    ],
)
def test_a_word_capitalised_only_to_open_its_sentence_is_no_part_of_the_name(analyzer, text, name):
    assert [q.speaker.name for q in analyzer(text).quotes] == [name] * len(analyzer(text).quotes)


@pytest.mark.parametrize(
    "text",
    [
        "The chief executive of the carrier, Fiona Marsh, said the fares would rise.",
        # the parser makes the name the object of "of", and the carrier its modifier
        "The chief executive of low-cost carrier SkyLark, Fiona Marsh, said the fares would rise.",
        "A lawyer for the carrier, Fiona Marsh, said the fares would rise.",
    ],
)
def test_a_name_after_a_role_and_its_object_names_the_role(analyzer, text):
    """``The chief executive of the carrier, Fiona Marsh,``: the parser hangs the name on
    "carrier"; it names the chief executive, who said it."""
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, quote.attribution) == ("Fiona Marsh", "named")
    [marsh] = [e for e in analyzer(text).entities if e.name == "Fiona Marsh"]
    assert marsh.description.startswith(("The chief executive of", "A lawyer for"))


def test_a_name_is_cut_at_a_clause_s_opening(analyzer):
    # NER runs one name across "that": "Facebook that Budapest"
    text = 'Peter Szijjarto wrote on Facebook that Budapest had "defended Hungarian interests."'
    assert all(" that " not in e.name for e in analyzer(text).entities)


def test_an_age_alone_stands_for_a_person_as_a_pronoun_does(analyzer):
    text = ('Sen. Ada Lind announced on Tuesday that she would retire. Her party praised her.\n\n'
            '"It has been an honor," the 74-year-old said.')
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.mention.text, quote.speaker.name) == ("the 74-year-old", "Ada Lind")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a given name opens it, but the institution's word makes it no person's
        ("Lena Berg, a historian at Charles University, said the port was old. Charles University said so too.",
         "Charles University", "organization"),
        # the description says what NER does not
        ("The construction company, Stavby Morava, said it was cooperating. Stavby Morava has 400 staff.",
         "Stavby Morava", "organization"),
        ("The case was first reported by the daily Hospodarske Noviny, which said calls were recorded.",
         "Hospodarske Noviny", "agency"),
    ],
)
def test_a_description_or_an_institution_s_word_types_the_entity(analyzer, text, name, kind):
    assert (name, kind) in [(e.name, e.type) for e in analyzer(text).entities]


def test_a_dateline_s_credit_is_a_news_agency(analyzer):
    # no news word in the name, and in no list: the brackets say what it is
    text = 'OSTIA (Meridian) -- The port will close on Monday, Mayor Ada Lind said.'
    assert ("Meridian", "agency") in [(e.name, e.type) for e in analyzer(text).entities]


def test_a_dateline_s_credit_ner_missed_is_the_news_organisation_told_later(analyzer):
    text = ("LONDON (Harbor Wire) — Budget carrier SkyLark grounded its fleet on Thursday.\n\n"
            'Analyst Sophie Martin said the grounding was costly. "This is the worst week for it," she told the '
            "Harbor Wire.")
    article = analyzer(text)
    assert ("Harbor Wire", "agency") in [(e.name, e.type) for e in article.entities]
    assert [v.name for v in article.quotes[-1].via] == ["Harbor Wire"]


def test_a_maker_described_before_its_name_is_an_organisation(analyzer):
    text = 'The engine maker, Norvale Aero, said in a statement it was "aware of the reports."'
    assert analyzer(text).quotes[0].speaker.type == "organization"


def test_a_headline_s_lone_title_is_the_one_person_it_fits(analyzer):
    text = ('Coach hails "perfect" night as Ostia reach final\n\n'
            'Ostia United won 3-0 on Wednesday.\n\n"It was a perfect night," coach Elena Varga said after the match.')
    assert [q.speaker.name for q in analyzer(text).quotes] == ["Elena Varga"] * 2


def test_a_counterpart_holds_the_office_of_the_one_named_before_it(analyzer):
    """``Trade Minister Ada Lind and her Norlandic counterpart Tom Berg``: Berg is "the minister"
    too, so "the minister" after Berg spoke is Berg, the one named last."""
    text = ("Ostian Trade Minister Ada Lind and her Norlandic counterpart Tom Berg met on Friday.\n\n"
            "Berg said the talks had been useful.\n\n"
            '"We are closer than we were," the minister said.')
    assert analyzer(text).quotes[-1].speaker.name == "Tom Berg"


def test_the_company_is_no_place_named_before_it(analyzer):
    """``vans sold in Norland ..., the company said``: a place NER tags as one is no company,
    though the company's own name was read as a person's."""
    text = ("Everett Kane Motors said it would recall 41,000 vans sold in Norland.\n\n"
            "The recall covers two models, the company said.")
    assert analyzer(text).quotes[-1].speaker.name != "Norland"


def test_a_name_ner_missed_beside_a_role_is_the_person_its_short_form_names(analyzer):
    """``Ostia's manager, Oh Taegyun, ...``: NER tags no entity; set beside a role by a comma
    the name is a person's, whom ``Oh said`` later names in short."""
    text = ("Ostia's manager, Oh Taegyun, was more measured than his players.\n\n"
            '"I have no complaint about the penalty," Oh said.')
    assert analyzer(text).quotes[-1].speaker.name == "Oh Taegyun"


def test_a_name_ner_typed_a_place_that_a_company_noun_describes_is_the_company(analyzer):
    """``Vercalto, Belvania's largest supermarket chain, said ...`` (NER: a place): the chain
    the description names is the company "the company" stands for (was no one)."""
    text = ("Prices in Belvania hit a record, the Tarsan News Agency reported.\n\n"
            "Vercalto, Belvania's largest supermarket chain, said in a statement that it had raised shelf prices on "
            'olive oil.\n\n"We are absorbing as much of the cost as we can," the company said.')
    assert analyzer(text).quotes[-1].speaker.name == "Vercalto"


@pytest.mark.parametrize("name", ["Ostmark Refining", "Halden Beverages", "Grayhaven Mutual", "Tarrow Water"])
def test_a_trade_word_ends_a_company_name_ner_read_as_a_person(analyzer, name):
    """Refining, beverages, a mutual insurer, a water utility: trades' words
    (``company_name_words.txt``) that make the name a company's, which "the company" names."""
    text = (f"{name} said it would recall 41,000 bottles sold in Norland.\n\n"
            '"We made a promise to the public," the company said.')
    assert [(q.speaker.name, q.speaker.type) for q in analyzer(text).quotes] == [(name, "organization")] * 2


def test_the_same_noun_again_in_the_paragraph_is_the_one_it_was(analyzer):
    """``The company said ... The company, which challenged the inquiry twice, added ...``: the
    same words in the paragraph's quote before stood for the contractor, and so do these (was
    the football club, named more often: a wrong attribution). The club's name is an invented
    article's."""
    text = ("Marrowby Athletic said the report was a dark day for the club. Marrowby Athletic added that it would "
            "cooperate.\n\nSentinel Event Services, the contractor which supplied most of the stewards, said in a "
            "statement that it had studied the report.\n\nThe company said its stewards had 'acted with courage in "
            "impossible conditions'. The company, which challenged the inquiry twice in the courts, added that it would "
            "'consider the report with our legal advisers'.")
    assert [q.speaker.name for q in analyzer(text).quotes][-2:] == ["Sentinel Event Services"] * 2


def test_maritime_ends_a_company_name(analyzer):
    """``Harrow Maritime, which operates the terminal's largest berth, said ... The company
    warned ...``: "maritime" is a trade's word (``company_name_words.txt``; was "company")."""
    text = ("Harrow Maritime, which operates the terminal's largest berth, said in a statement that it was diverting "
            'six vessels to the port of Ostby. The company warned customers to expect delays "measured in weeks, not '
            'days."')
    assert analyzer(text).quotes[-1].speaker.name == "Harrow Maritime"


def test_assurance_ends_a_company_name_the_company_then_names(analyzer):
    """``Ostmark Assurance, which insures part of the collection, confirmed ... The company
    said``: "assurance" is a trade's word (``company_name_words.txt``), so the insurer is the
    company (was Halden Risk Group, named paragraphs before: a wrong attribution)."""
    text = ("Tomas Berg, a security consultant at Halden Risk Group, said the alarm had been due for replacement.\n\n"
            "Halden Risk Group said in a statement that it stood by its recommendations.\n\n"
            "Ostmark Assurance, which insures part of the collection, confirmed it had been notified of the theft. "
            'The company said it was "too early" to discuss whether the jewels were covered by its policy.')
    assert analyzer(text).quotes[-1].speaker.name == "Ostmark Assurance"


def test_structures_ends_a_company_name_ner_read_as_a_persons_elsewhere(analyzer):
    """``the contractor Trellford Modular Structures ... Trellford ... said ... the company
    said``: "structures" is a trade's word (``company_name_words.txt``; was "company", no one).
    The names are an invented article's, whose tagging this needs."""
    text = ("The Morning Ledger quoted Osei as saying the families intended to bring civil claims against the organisers, "
            "the contractor Trellford Modular Structures and the provincial authorities that licensed the event.\n\n"
            "Trellford, which has not been named as a suspect, said on Friday it had provided investigators with all "
            "its design files. 'We have nothing to hide,' the company said.")
    assert analyzer(text).quotes[-1].speaker.name == "Trellford Modular Structures"


@pytest.mark.parametrize("text", [
    "Norvane Freight said on Monday that it had agreed to merge with a smaller rival.\n\n"
    "The combined company said it would keep all 2,000 jobs.",
    "Halden Motors, the smaller company, will end up buying Norvane Freight, with the combined company claiming "
    "residency in Norland.",
])
def test_a_company_a_word_before_the_noun_makes_another_is_not_the_one_named(analyzer, text):
    """``the combined company`` after a merger: a word that says a merger made another company
    (``successor_qualifiers.txt``; was the one just named, a wrong attribution)."""
    assert analyzer(text).quotes[-1].speaker.entity is None


def test_the_company_is_not_where_the_analyst_just_quoted_works(analyzer):
    """``..., said Ines Caldera, a healthcare analyst at Brightwater Securities. / The company
    said ...``: the analyst's firm, named only where she works, is not the company the story is
    about (was Brightwater Securities, a wrong attribution)."""
    text = ("VESTAHOLM, March 4 (Corvane Press Agency) - Ostrel Pharmaceuticals is recalling about 2.3 million packs of "
            "its heart drug Calvex after routine testing found an impurity, the company said on Tuesday.\n\n"
            "Shares in Ostrel fell 6 percent.\n\n"
            '"The real question is whether doctors switch their patients to a competitor," said Ines Caldera, a '
            "healthcare analyst at Brightwater Securities.\n\n"
            "The company said pharmacies would begin returning affected stock this week.")
    assert analyzer(text).quotes[-1].speaker.name == "Ostrel Pharmaceuticals"


def test_a_name_ending_in_a_trade_word_is_a_company_whatever_ner_says(analyzer):
    """``Everett Kane Motors`` (NER: PERSON) ends in a trade's word (``company_name_words.txt``):
    an organisation, which "the company" then names."""
    text = ("Everett Kane Motors said it would recall 41,000 vans sold in Norland.\n\n"
            "The recall covers two models, the company said.")
    quotes = analyzer(text).quotes
    assert [(q.speaker.name, q.speaker.type) for q in quotes] == [("Everett Kane Motors", "organization")] * 2


def test_a_description_with_a_name_of_its_own_is_not_another_entity(analyzer):
    """``The state-run Harbin agency reported ...`` after the QazAqparat agency: the place's
    name says it is another agency (was QazAqparat's)."""
    text = ("The state-run QazAqparat agency reported that the commission had met. The state-run Harbin agency "
            "reported that ships sailed.")
    assert _speakers(analyzer, text)[-1][0] != "QazAqparat"


def test_a_word_typed_a_place_written_only_in_an_agencys_name_is_its_short_name(analyzer):
    """``China's official Tianlu News Agency ... According to Tianlu``, NER typing the second
    "Tianlu" a place, as it did in an article: the agency (was an organisation "Tianlu");
    "China", written on its own too, stays the country."""
    text = ("China's official Tianlu News Agency, in a shorter dispatch, quoted the president as saying that ties "
            'would deepen. According to Tianlu, the talks took place at the Jade Terrace State Guesthouse in a "candid '
            'and friendly atmosphere" and were followed by a banquet. China said the visit was a success.')
    quotes, _entities = _relabelled(analyzer, text, ("Tianlu", 1, "GPE"))
    assert [(q.speaker.name, q.attribution) for q in quotes[-2:]] == [
        ("Tianlu News Agency", "agency"), ("China", "named")]


def test_the_opening_words_of_a_news_name_as_a_source_are_its_short_name(analyzer):
    """``The state-run Kabar Seroja News Agency ... Kabar Seroja also reported``, NER calling the
    short name a person's, as in an article: the agency (was a person "Kabar Seroja", named)."""
    text = ("The state-run Kabar Seroja News Agency quoted the regional commander as saying that 4,500 soldiers had "
            "been deployed.\n\nKabar Seroja also reported that two more bodies had been recovered near the river.")
    quotes, _entities = _relabelled(analyzer, text, ("Kabar", 2, "PERSON"))
    assert (quotes[-1].speaker.name, quotes[-1].attribution) == ("Kabar Seroja News Agency", "agency")


def test_one_of_a_group_is_no_name_that_ends_in_one(analyzer):
    """``One of the sources described ...`` after the broadcaster "Velmar One": the number is no
    short form of the broadcaster's name (was Velmar One's, an agency)."""
    text = ("Velmar's state broadcaster, Velmar One, said in its evening bulletin that the team would stay.\n\n"
            "The Courier quoted three sources close to the talks as saying that the envoy had proposed a deal. One of "
            "the sources described the response as \u201cpolite, careful and, in the end, very cold.\u201d")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == ("One of the sources", "anonymous")


def test_the_role_noun_after_another_one_with_a_modifier_the_named_one_lacks_is_not_the_named_one(analyzer):
    """``Tomas Lind, a retired diplomat, said ... the senior diplomat suggested ... the diplomat
    said``: "the senior diplomat" is not Lind, and the bare noun after it goes on with that one
    (was Lind, named)."""
    text = ("\u2018Everyone is reading the tea leaves,\u2019 said a senior diplomat based in Velmar, speaking on "
            "condition of anonymity.\n\nTomas Lind, a retired diplomat who served two postings in Ostrava, said the "
            "North had a long history of playing its neighbours against each other.\n\nBack in Velmar, the senior "
            "diplomat suggested that the most important outcome may have been the meeting itself.\n\n\u2018Being "
            "seen together is the message,\u2019 the diplomat said.")
    quote = analyzer(text).quotes[-1]
    assert quote.speaker.name != "Tomas Lind" and quote.attribution == "anonymous"
    text = ('"We have made mistakes for 50 years," said Harbor City Mayor Tom Berg in a telephone interview.\n\n'
            "But Berg, the first Republican mayor elected in the city in two decades, stopped short of endorsing the "
            "plan.\n\nAnd the mayor said it would be difficult to measure the damage.")
    assert analyzer(text).quotes[-1].speaker.name == "Tom Berg"


def test_the_role_noun_after_an_unnamed_one_of_its_noun_is_the_unnamed_one(analyzer):
    """``Kenji Morioka, a veteran diplomat, ... A Western diplomat said ... "...," the diplomat
    said``: the unnamed diplomat introduced since Morioka spoke, not Morioka."""
    text = ("Kenji Morioka, a veteran Kaimuran diplomat, told reporters the talks had moved.\n\n"
            '"Both sides were drawing on the same map," Morioka said.\n\n'
            "A Western diplomat following the negotiations said the gap was narrow.\n\n"
            '"Everyone knows the shape of the compromise," the diplomat said.')
    assert analyzer(text).quotes[-1].attribution == "anonymous"
    text = ("Kenji Morioka, a veteran Kaimuran diplomat, told reporters the talks had moved.\n\n"
            '"Both sides were drawing on the same map," the diplomat said.')
    assert analyzer(text).quotes[-1].speaker.name == "Kenji Morioka"


def test_an_unnamed_one_whose_company_modifies_the_noun_is_the_unnamed_one_too(analyzer):
    """``Lena Holt, the airline's chief executive, ... A senior Brantley executive, who asked
    not to be named, said ... "...," the executive said``: the unnamed executive, not the chief
    executive; the company's name before the noun makes it no name."""
    text = ("Lena Holt, the airline's chief executive, wrote on social media that the deal was fair.\n\n"
            "A senior Brantley executive, who asked not to be named because he was not authorised to discuss the "
            "talks, said the breakthrough came late on Wednesday.\n\n"
            '"Once the panel was on the table, everything moved," the executive said.')
    last = analyzer(text).quotes[-1]
    assert (last.speaker.name, last.attribution) == ("A senior Brantley executive", "anonymous")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a Dutch name's particle is no given name that the first word would describe
        ("Maarten van Oosterbeek, energy commissioner of the Kestral Union, said demand had fallen.",
         "Maarten van Oosterbeek"),
        # titles of police ranks
        ("Detective Inspector Rachel Dunmore told reporters that the attack was planned.", "Rachel Dunmore"),
    ],
)
def test_the_whole_name_is_kept_and_the_whole_title_dropped(analyzer, text, name):
    assert analyzer(text).quotes[0].speaker.name == name


def test_a_name_ner_missed_with_a_role_apposed_to_it_is_a_person(analyzer):
    """``Ilse Ravensworth, the glass artist whose ...``: NER tags nothing; the role apposed to
    the name makes it a person's, whom "Ravensworth" and "she" then name, not her son's."""
    text = ("DUNMARROW (Tessaly News Service) - Ilse Ravensworth, the glass artist whose windows filled "
            "a dozen stations, has died at 87, her son, Tomas Ravensworth, said on Monday.\n\n"
            'Born in 1937, Ravensworth took up glass at 29, a decision she later described as "reckless".')
    assert analyzer(text).quotes[-1].speaker.name == "Ilse Ravensworth"


def test_a_given_name_with_accents_and_a_shortened_double_surname_give_the_gender(analyzer):
    """``Andrés Quintana Ruiz ... Quintana``: the lists spell "Andres"; shortened to a later
    word, the first is the given name, a man's; "she" after his name is the spokeswoman."""
    text = ("Andrés Quintana Ruiz, the mayor of San Ciriaco, led the count.\n\n"
            "Quintana said the count was fair.\n\n"
            "His rival's spokeswoman, Camila Rojas Beltrán, said the campaign would focus on the south, "
            "where Quintana won comfortably.\n\n"
            '"We have heard the message from the south," she said.')
    assert analyzer(text).quotes[-1].speaker.name == "Camila Rojas Beltrán"


def test_the_broadcaster_is_the_broadcasting_organisation_not_a_newspaper_named_since(analyzer):
    text = ("Voss appeared on the flagship programme of the Aldmark Broadcasting Corporation on Sunday.\n\n"
            '"We have built in a margin," Voss told the broadcaster\'s Sunday programme.\n\n'
            "The Capital Ledger newspaper said the interview was tense.\n\n"
            "The broadcaster said the programme drew 1.3 million viewers.")
    quotes = analyzer(text).quotes
    assert [v.name for v in quotes[0].via] == ["Aldmark Broadcasting Corporation"]
    assert (quotes[-1].speaker.name, quotes[-1].attribution) == ("Aldmark Broadcasting Corporation", "agency")


def test_a_justice_is_the_judge(analyzer):
    """``Justice Halvard Pryce ... the judge wrote``: ``office_synonyms.txt``."""
    text = ("Justice Halvard Pryce found that the review had relied on stale data.\n\n"
            '"The applicants were entitled to be heard," the judge wrote.')
    assert analyzer(text).quotes[-1].speaker.name == "Halvard Pryce"


def test_an_age_before_a_role_noun_is_no_modifier_to_agree_with(analyzer):
    """``the 52-year-old mayor``: the age is no word of the mayor's description to match."""
    text = ("Andrés Quintana Ruiz, the left-leaning mayor of San Ciriaco, led the count.\n\n"
            '"We will not accept it," the 52-year-old mayor said.')
    assert analyzer(text).quotes[-1].speaker.name == "Andrés Quintana Ruiz"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Harbor Rights Union said in a statement that the ban was unlawful. The group said it was "
         '"ready to go to court" if the council voted for it.', "Harbor Rights Union"),
        ("About 40 piers have closed since 2010, according to the Velmar Boating Foundation. Almost half of them "
         "were in the north, the group says.", "Velmar Boating Foundation"),
        # the one organisation named near is only where the crowd met: "the group" is the crowd
        ('The crowd rallied at Velmar University before the march.\n\n"Power to the people!" the group shouted.',
         "group"),
        # "the network" (of hospitals) after the issuer of the statement "according to" cites
        ("The attack encrypted patient records, according to a statement from Harbor Valley Health. The network "
         "said patient safety remained its first priority.", "Harbor Valley Health"),
    ],
)
def test_the_group_is_the_organisation_named_last_as_a_subject(analyzer, text, name):
    assert analyzer(text).quotes[-1].speaker.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the product name NER types an organisation only modifies "models": it names no one there
        ("The Velmar Food Safety Commission said Monday that it had received 40 complaints.\n\n"
         "The recall covers BrightPan 2 and BrightPan 3 models sold since March.\n\n"
         '"Stop using these pans," the agency said in its notice.', "Velmar Food Safety Commission"),
        ("Officials at the Ostrava Water Department said the pipes were old, according to the regional "
         "Audit Bureau.\n\nThe agency said in a report that the leaks had doubled.", "Audit Bureau"),
        # the organisation named last has no public body's head, but it is the subject of the sentence before
        # (``organisation_nouns.txt``): the NTSB
        ("The Harbor Transit Bureau said fares would rise. The NTSB confirmed that it was investigating the crash."
         "\n\nThe agency declined to say more.", "NTSB"),
        # one named only as an object: "the agency" stays unresolved
        ("Passengers wrote to the NTSB about the crash.\n\nThe agency declined to say more.", "agency"),
    ],
)
def test_the_agency_is_the_public_body_named_last(analyzer, text, name):
    assert analyzer(text).quotes[-1].speaker.name == name


@pytest.mark.parametrize(
    "text",
    [
        # the parser makes the name a conjunct of the role noun
        "Former prosecutor and New York City Mayor Ada Lind said the case was weak.",
        "Former judge and Boston Mayor Ada Lind said the case was weak.",
        "Former senator and Chicago Mayor Ada Lind said the case was weak.",
    ],
)
def test_a_bare_role_and_a_titled_name_are_one_person(analyzer, text):
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, quote.speaker.type, quote.attribution) == ("Ada Lind", "person", "named")


@pytest.mark.parametrize(
    ("text", "name", "attribution"),
    [
        ("Velmar's official Central Telegraph Agency, or CTA, said the leaders held talks.", "Central Telegraph Agency",
         "agency"),
        ("The Harbor Workers Union, or HWU, said the strike would go on.", "Harbor Workers Union", "named"),
    ],
)
def test_a_name_or_its_initials_is_one_source(analyzer, text, name, attribution):
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, quote.attribution) == (name, attribution)


def test_a_title_complement_joined_by_and_is_no_part_of_the_name(analyzer):
    """``Deputy Minister of Industry and Trade Tran Van Hoa``: "Trade" ends the title's
    complement; the person is Tran Van Hoa, whom "Hoa" and "He" then name."""
    text = ("Deputy Minister of Industry and Trade Tran Van Hoa told lawmakers that two plants would open.\n\n"
            '"We understand the difficulties," Hoa said.\n\nHe added that the ministry had acted.')
    assert [(q.speaker.name, q.speaker.type) for q in analyzer(text).quotes] == [("Tran Van Hoa", "person")] * 3


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ilse Ravensworth, a glass artist, died on Sunday.\n\n"
         "A person close to the family, who asked not to be named, said a private funeral would be held.\n\n"
         'Asked in 1998 how she hoped to be remembered, Ravensworth said: "As someone who made light."', "Ilse Ravensworth"),
        # a name in the clause before the pronoun is whom it stands for
        ("Ada Lind and Tom Berg debated.\n\nWhen Berg defended his remarks calling the plan strong, Lind differed.",
         None),
    ],
)
def test_a_pronoun_in_an_opening_clause_stands_for_the_subject_after_it(analyzer, text, name):
    """``Asked how she hoped to be remembered, Ravensworth said``: cataphora; "she" is
    Ravensworth, whom nothing before names as a woman (was the previous quote's source)."""
    quotes = analyzer(text).quotes
    if name is None:
        assert all(q.speaker is None or q.speaker.name != "Ada Lind" for q in quotes if "remarks" in q.text or "strong" in q.text)
    else:
        assert [q.speaker.name for q in quotes if q.text == "to be remembered"] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the parser makes the name a conjunct of the place subject, with no "and"
        ('In the Ostlandic capital, Veldrin, foreign ministry spokeswoman Mirela Antonovna Brask told the state '
         'news agency OstInform that the corridor would "pay for itself within eight years." Ostlandic companies '
         'will hold a stake, she said.', "Mirela Antonovna Brask"),
        # ... or a second subject after the place
        ('In the Norvish capital, Braal, foreign ministry spokeswoman Anna Petrovna Kell told the state broadcaster '
         'NorTV that the treaty would "be signed this spring." Norvish farmers will be exempt, she said.', "Anna Petrovna Kell"),
        # ... or an apposition to the place subject
        ('In the northern port, Velmar, harbour spokeswoman Ilona Petrovna Dresk told the broadcaster HarbourTV that '
         'the cranes would "return within a week." Dock workers will be paid in full, she said.', "Ilona Petrovna Dresk"),
    ],
)
def test_a_place_set_beside_the_scene_is_not_the_speaker(analyzer, text, name):
    """``In the capital, Velmar, spokeswoman Ada Lind told ...``: the place names the scene;
    the person after it speaks, and "she" in the next sentence is her."""
    quotes = analyzer(text).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == [name, name]
    assert "," not in quotes[0].speaker.mention.text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # family name first, and NER reads the family name alone as a people's name
        ('Jury president Hui Liwen, a veteran editor, spoke after the ceremony.\n\n"We argued about many films," Hui said.',
         "Hui Liwen"),
        # a clause's subject NER calls a nationality: "he" after it is the person
        ('The prize went to Bruno Santangeli, who made the film.\n\nSantangeli, accepting the award, dedicated it to '
         'his late mother. "She taught me everything," he told the audience.', "Bruno Santangeli"),
    ],
)
def test_a_family_name_ner_calls_a_nationality_joins_the_person(analyzer, text, name):
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == name


def test_a_name_with_an_age_is_a_persons_whatever_ner_says(analyzer):
    text = ('At the shelter, Ana-Luísa Pereira waited for news of her husband.\n\n'
            'Pereira, 31, conceded that she had been worried for a long time. "It is the only work here," she added.')
    quotes = analyzer(text).quotes
    assert [(q.speaker.name, q.speaker.type) for q in quotes] == [("Ana-Luísa Pereira", "person")] * 2


def test_a_hyphenated_given_name_has_the_gender_of_its_parts(analyzer):
    """"Jean" is either gender; "Pierre" says which: "he" is Jean-Pierre Dumanoir, not Claire Voss."""
    text = ('Jean-Pierre Dumanoir, a fisherman, and Claire Voss, his neighbour, watched the boats.\n\n'
            '"We lost everything," he said.')
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == "Jean-Pierre Dumanoir"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # NER finds the family name, or patronymic and family name, without the given name
        ('Vera Petrovna Marchenko, who plays the eldest sister, was named best actress.\n\n'
         '"I did not expect this at all," Marchenko told reporters.', "Vera Petrovna Marchenko"),
        ('Natalya Andreyevna Kolesnikova, who plays the eldest sister, was named best actress.\n\n'
         '"I did not expect this at all," Kolesnikova told reporters.', "Natalya Andreyevna Kolesnikova"),
        # NER finds no name at all; the given name says it is a woman's
        ('Ines Carvalho waited for news of her husband, Marco, a 34-year-old drill operator.\n\n'
         '"He left at six in the morning," she said.', "Ines Carvalho"),
    ],
)
def test_a_given_name_ner_missed_opens_the_persons_name(analyzer, text, name):
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == name


@pytest.mark.parametrize(
    ("text", "attribution"),
    [
        ("A spokeswoman for the harbour board, who declined to be named, said the pier would close.\n\n"
         "The spokeswoman added that repairs would take a month.", "anonymous"),
        # another spokeswoman, named, since the unnamed one: "the spokeswoman" is her
        ("A spokeswoman for the harbour board, who declined to be named, said the pier would close.\n\n"
         "Ada Lind, the ferry company's spokeswoman, disagreed.\n\n"
         "The spokeswoman added that repairs would take a month.", "named"),
    ],
)
def test_the_same_role_noun_names_an_unnamed_source_again(analyzer, text, attribution):
    quote = analyzer(text).quotes[-1]
    assert quote.attribution == attribution
    assert quote.text.startswith("that repairs") or quote.text.startswith("repairs")


def test_an_unnamed_source_named_again_keeps_the_relay_it_speaks_to(analyzer):
    """``A senior official ... said ... The official told the Harbor Times that ...``: the same
    unnamed official, whose first quote had no relay, relayed now by the paper told (was none)."""
    text = ("A senior official, who declined to be named, said the deal was done.\n\n"
            "The official told the Harbor Times that the train had left before midnight.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution, [v.name for v in quote.via]) == (
        "A senior official", "anonymous", ["Harbor Times"])


def test_the_same_plural_role_noun_names_unnamed_sources_again_with_their_relay(analyzer):
    """``Two investigators familiar with the inquiry told the Pinecrest Courier that ... The
    investigators said ...``: the same unnamed investigators, relayed by the paper (were
    "investigators" with no relay)."""
    text = ("Two investigators familiar with the inquiry told the Pinecrest Courier that a conductor had been found "
            "on the ground. The investigators said the scorch pattern was consistent with an arcing event.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution, [v.name for v in quote.via]) == (
        "Two investigators familiar with the inquiry", "anonymous", ["Pinecrest Courier"])


@pytest.mark.parametrize("name", ["Velmora Air", "Norvane Freight", "Ostmark Cargo"])
def test_a_trade_word_names_a_company_the_company_noun_stands_for(analyzer, name):
    text = (f"OSTBY, Norland, May 2 (Harbor Wire) - {name} cancelled 300 shipments on Monday after a failure "
            "in its booking software left goods stranded at depots across Norland.\n\n"
            "In a statement, the company said the outage was caused by a faulty update.")
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == name


def test_a_party_and_state_tag_is_no_name(analyzer):
    """``state Del. Ada Lind (D-Newport News)``: the tag says where she is from; "Newport
    News" is no news organisation that speaks, and the source is no agency."""
    text = ('"This is a big year for our potential United States senator, Tom Berg!" Berg\'s niece, '
            'state Del. Ada "Addie" Lind (D-Newport News), shouted to the crowd.')
    [quote] = analyzer(text).quotes
    assert quote.attribution != "agency" and quote.speaker.type != "agency"


def test_a_given_name_ner_typed_on_its_own_opens_the_name(analyzer):
    # NER typed "Mariana" and "Quintela" as two persons and left "Tavares" out
    text = "Mariana Tavares Quintela, the club’s chief executive, who will remain in her post under the new owners, said the deal still needed approval."
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == "Mariana Tavares Quintela"


def test_the_first_of_two_family_names_is_short_for_the_full_name(analyzer):
    # NER typed the full name ORG and "Salcedo" GPE: an age and the cue make him a person
    text = (
        "A consortium led by shipping magnate Rodrigo Salcedo Ibarrola has agreed to buy the club.\n\n"
        "Salcedo, 52, who built his fortune in the port city of Almedra, told reporters that the training ground would not be sold."
    )
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.speaker.type) == ("Rodrigo Salcedo Ibarrola", "person")


def test_the_first_family_name_before_a_particle_is_short_for_the_full_name(analyzer):
    """``Senator Gustavo Ibarra del Valle ... Ibarra said``: "Ibarra", which NER types a place,
    is the first of two family names, the second opening with "del" (was an organisation)."""
    text = ('Senator Gustavo Ibarra del Valle said the count was wrong. "Conceding is a personal decision," '
            "Ibarra said.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.speaker.type) == ("Gustavo Ibarra del Valle", "person")


def test_a_given_name_only_the_census_lists_know_opens_a_name_of_two_family_names(analyzer):
    """``Its secretary-general, Florencio Quispe Mamani, said ...`` / ``"...," Quispe said``:
    NER types both names ORG; "Florencio" is a given name the census lists know (coreferee's do
    not), so "Quispe" is short for the full name (was an organisation "Quispe")."""
    text = ("Its secretary-general, Florencio Quispe Mamani, said the owners had ignored the warnings.\n\n"
            '"We sent letters. We asked for an inspection," Quispe said.')
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.speaker.type) == ("Florencio Quispe Mamani", "person")


@pytest.mark.parametrize("role", ["seismologist", "geologist", "volcanologist"])
def test_a_scientist_apposed_to_a_name_ner_missed_makes_it_a_persons(analyzer, role):
    """``Dr Ana María de la Vega Icaza, a seismologist at ...`` / ``De la Vega said``: NER finds
    no name; the scientist's noun beside it is a role, so the short form is her full name."""
    text = (f"That concern is shared by Dr Ana Mar\u00eda de la Vega Icaza, a {role} at the National University of "
            "Calvera who has studied the fault.\n\nDe la Vega said the quarry had weakened the slope.")
    quote = analyzer(text).quotes[-1]
    assert quote.speaker.name == "Ana Mar\u00eda de la Vega Icaza"


def test_a_family_name_is_not_short_for_an_institution_named_after_someone(analyzer):
    text = "Bill Clinton spoke. The Chelsea Clinton Foundation raised money. Mr. Clinton said the gathering would be the last."
    assert analyzer(text).quotes[-1].speaker.name == "Bill Clinton"


def test_a_name_the_parser_made_the_root_is_the_subject_a_pronoun_finds(analyzer):
    # the parser hung "conceded" on the name as a participle: "he" is still Holloway-Barnes
    text = (
        "Ada Lind spoke first.\n\nHolloway-Barnes, 58, conceded shortly before midnight in a crowded church hall in his home"
        " town of Ashby Vale.\n\n“The voters have spoken,” he told supporters."
    )
    assert analyzer(text).quotes[-1].speaker.name == "Holloway-Barnes"


def test_a_role_apposed_to_a_place_is_a_new_subject_not_the_places_description(analyzer):
    # "in Port Velmar, a party spokesman, ...": the place is no spokesman, and "he" continues him
    text = (
        "Ada Lind stood down. At the party office in Port Velmar, a party spokesman, who asked not to be named because he"
        " was not authorised to speak, said the board would meet on Monday.\n\n\"We need to look hard at what went wrong,\" he added."
    )
    article = analyzer(text)
    assert [e.type for e in article.entities if e.name == "Port Velmar"] != ["person"]
    assert [(q.attribution, q.speaker.type) for q in article.quotes] == [("anonymous", "person")] * 2


def test_a_coroner_named_with_the_title_is_the_coroner(analyzer):
    text = (
        "The inquest sat at Velmar Coroner's Court for three days.\n\nCoroner Ada Penhallow said the care had been"
        " inadequate.\n\n\"The warning signs were missed,\" the coroner said."
    )
    assert [q.speaker.name for q in analyzer(text).quotes] == ["Ada Penhallow", "Ada Penhallow"]


def test_a_plural_capitalised_only_as_the_sentences_first_word_is_no_name(analyzer):
    text = "He died at dawn.\n\nRecords seen during the two-day hearing at the Velmar court indicated that he waited for hours."
    article = analyzer(text)
    assert [q.attribution for q in article.quotes] == ["unknown"]
    assert "Records" not in [e.name for e in article.entities]


@pytest.mark.parametrize(
    "text",
    [
        # a trade word ending the name (company_name_words.txt)
        "Halvern Biologics is recalling 43 batches of a heart drug, the company said on Tuesday.",
        "Corvane Therapeutics will close its Ostby plant, the company said on Tuesday.",
        "Arlen Labs will cut 40 jobs, the company said on Tuesday.",
        "Greenvale Renewables will close its Ostby plant, the company said on Tuesday.",
    ],
)
def test_the_company_stands_for_a_company_its_trade_word_shows(analyzer, text):
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.mention.text.lower(), quote.speaker.type, quote.attribution) == ("the company", "organization", "named")
    assert quote.speaker.name in ("Corvane Therapeutics", "Halvern Biologics", "Arlen Labs", "Greenvale Renewables")


def test_the_company_is_not_one_named_in_passing_when_the_articles_company_spoke(analyzer):
    text = ('More than 300 workers at the Korvel Marine Industries yard walked out on Monday.\n\n'
            '"We are disappointed," said Ada Lind, a spokeswoman for Korvel Marine Industries. She said delivery of '
            'two ships ordered by Tessaly Shipping could slip by weeks.\n\n'
            'In a letter to employees, the company said that workers who crossed the picket line would be paid.')
    assert analyzer(text).quotes[-1].speaker.name != "Tessaly Shipping"


def test_a_hyphenated_company_noun_describes_and_stands_for_a_company(analyzer):
    # the tokenizer splits "start-up" and the parser takes "up" for the head
    text = ("DUNMORE \u2014 Kestrel Robotics, the drone start-up, on Tuesday unveiled a new model. "
            "The start-up said it would hire 200 engineers.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.speaker.type, quote.attribution) == ("Kestrel Robotics", "organization", "named")


def test_a_common_noun_capitalised_by_its_place_is_no_name_whatever_ner_says(analyzer):
    # NER tags "Concern" as an organisation
    doc = analyzer.nlp("Talks stalled on Tuesday.\n\nConcern grew after the Derevian daily Kessar Herald reported that two battalions had moved.")
    concern = next(t for t in doc if t.text == "Concern")
    assert not is_name_token(concern)


def test_a_name_the_tagger_took_for_a_plural_is_a_name_when_the_dictionary_does_not_know_it():
    """``Dimitrios [Ioannou Stavrakakis], 61, was found guilty``: the tagger read the given name
    opening the sentence as a plural proper noun (as it reads "Neighbours"); a word the
    lexicon's dictionary does not know is a name's (was left out, the name "Ioannou
    Stavrakakis")."""
    import spacy
    from spacy.tokens import Doc

    from quotekit.lexicon import Lexicon

    lexicon = Lexicon.default().with_english_words(["neighbour", "was", "found", "guilty"])
    vocab = spacy.blank("en").vocab
    for word, name in (("Dimitrios", True), ("Neighbours", False)):
        doc = Doc(vocab, words=[word, "Ioannou", "Stavrakakis", "was", "found", "guilty"],
                  tags=["NNPS", "NNP", "NNP", "VBD", "VBN", "JJ"], pos=["PROPN", "PROPN", "PROPN", "AUX", "VERB", "ADJ"],
                  heads=[2, 2, 4, 4, 4, 4], deps=["compound", "compound", "nsubjpass", "auxpass", "ROOT", "oprd"],
                  sent_starts=[True, False, False, False, False, False], ents=["O", "B-PERSON", "I-PERSON", "O", "O", "O"])
        assert is_name_token(doc[0], lexicon) is name


def test_a_role_noun_stands_for_the_person_with_that_title_not_the_office_named_since(analyzer):
    text = ("Marrow County Sheriff Dale Kittredge ordered the evacuation.\n\n\"It is not a plan,\" said Deputy Colin"
            " Averill of the Marrow County Sheriff's Office.\n\nThe sheriff said no injuries had been reported.")
    assert analyzer(text).quotes[-1].speaker.name == "Dale Kittredge"


def test_a_name_twice_followed_by_she_is_a_persons_whatever_ner_says(analyzer):
    # NER tags "Carradine" as an organisation throughout, and "Ilse" is in no list of given names
    text = (
        "Ilse Carradine on seven years and The Salt Orchard\n\n"
        "Carradine says she threw away almost 300 pages in the third year.\n\n"
        '"I write everything on cards first," she says.\n\n'
        "Carradine grew up above a hardware shop in the market town, and she still keeps one of its drawers."
    )
    article = analyzer(text)
    assert [e.type for e in article.entities if e.name == "Ilse Carradine"] == ["person"]
    assert [q.speaker.name for q in article.quotes][:2] == ["Ilse Carradine"] * 2


@pytest.mark.parametrize("text, name", [
    ("Dale Ormsby says he won't take part in Thursday's debate.\n\n"
     "The former state treasurer says he will spend Sunday in the three northern counties.", "Dale Ormsby"),
    ("Greta Vandermolen is taking questions in a union hall in Pelham.\n\n"
     "The two-term state senator said her campaign raised $1.2 million last week.", "Greta Vandermolen"),
    # a headline's bare "nominee" introduces no other nominee
    ("Harlan tries a new approach; \nAs nominee shifts his focus to the economy, donors stay wary.\n\n"
     "Calvin Harlan will try another pivot this week.\n\n"
     "The Republican nominee told supporters on Tuesday that the campaign would open offices in every county.",
     "Calvin Harlan"),
    # a party's member, which NER types as the party: the party is the one the text gave him
    ("Tom Calloway, the Republican nominee, opened the debate.\n\n"
     "The Ohio Republican said his position on the issue had evolved.", "Tom Calloway"),
])
def test_an_epithet_stands_for_the_person_who_is_the_subject_before_it(analyzer, text, name):
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == (name, "named")


@pytest.mark.parametrize("text", [
    # another person named between them: the epithet may be either
    "Tom Ashcroft attacked Wilma Garrity on Monday.\n\nThe former state treasurer said he was unfit for the job.",
    # someone else was called by the noun just before
    "Pia Lindqvist criticised the mayor on Monday.\n\nThe Democratic mayor said the plan was dead.",
    # an office of an organisation named in the epithet
    "Tom Ashcroft spoke about his emails.\n\nThe Ferrol Institute director said the server was never secure.",
    # the gender disagrees
    "Tom Ashcroft spoke in Pelham on Monday.\n\nThe two-term state senator said she would not endorse him.",
    # the party is not the one the text gave her: no one, and no one's name
    'Sen. Margaret Whitfield, a Democrat, spoke first.\n\n"Voters have long memories," Whitfield said.\n\n'
    "The Ohio Republican shot back that his position on the issue had evolved.",
])
def test_an_epithet_stays_unresolved_when_the_subject_before_it_may_not_be_meant(analyzer, text):
    assert analyzer(text).quotes[-1].attribution != "named"


@pytest.mark.parametrize(("text", "name"), [
    # the tagger takes the lower-case end of a hyphenated name for a common noun
    ("The envoy, Kwon Ji-hoon, said both sides had to step back.", "Kwon Ji-hoon"),
    # the parser hangs the name on a role set before it, not on the description
    ("The prosecution's first witness, forensic accountant Dr. Yoo Min-seo, testified that $1.9 million had "
     "moved through the fund.", "Yoo Min-seo"),
    ("The afternoon's second witness, former board treasurer Edith Carrow-Vane, 71, told the court that "
     "she had signed every payment.", "Edith Carrow-Vane"),
])
def test_a_name_apposed_to_a_description_is_the_source(analyzer, text, name):
    quote = analyzer(text).quotes[0]
    assert (quote.speaker.name, quote.attribution) == (name, "named")


def test_a_statement_from_an_organisation_that_an_agency_quotes_is_the_organisations(analyzer):
    text = ('Ostrava\'s state news agency, the Ostravan Telegraph Agency, said the border post was attacked.\n\n'
            '"The aggressor was driven back," the agency said, quoting a statement from the Ostravan Ministry of Defence.')
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, [v.name for v in quote.via]) == ("Ostravan Ministry of Defence", ["Ostravan Telegraph Agency"])


def test_it_stands_for_the_organisation_the_sentence_before_is_about_when_no_one_spoke_before(analyzer):
    text = ("Fighting broke out on the border overnight. Tessaly's official news agency, the Tessaly National News "
            "Agency, gave a different account. It reported that the other side had fired first.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == ("Tessaly National News Agency", "agency")


def test_a_sports_clubs_name_is_an_organisation_the_club_stands_for(analyzer):
    text = ("Harwick Rovers sacked their head coach on Monday after nine defeats. "
            "The club said in a statement that the coach had left by mutual consent.")
    article = analyzer(text)
    assert [e.type for e in article.entities if e.name == "Harwick Rovers"] == ["organization"]
    assert article.quotes[-1].speaker.name == "Harwick Rovers"


def test_a_hyphenated_family_name_leaves_the_given_name_its_gender(analyzer):
    # "Gideon" is a man's name: "she" is the prosecutor, not the defendant named in her report
    text = ('"This is a case about a man who knew what he was doing," Assistant District Attorney Renée '
            'Castellanos-Ward said in her opening statement.\n\nShe told the jury that Gideon Ashworth-Pryce had set '
            'up a shell consulting firm, Ridgeline Advisory, to bill the charity.\n\n'
            '"Ridgeline Advisory had no employees, no office and no clients," she said.')
    assert analyzer(text).quotes[-1].speaker.name == "Renée Castellanos-Ward"


def test_a_main_clause_subject_is_a_reading_coreferee_weighs_against_a_nearer_subordinate_one(analyzer):
    # "Kell" (a given name no list knows) is the nearer subject, in the "when" clause; coreferee
    # links "He" to Berg, the main clause's subject
    text = ("Berg talks to Kell about bullying.\n\nWASHINGTON (AP) \u2014 Months after he savaged her on Twitter and "
            "elsewhere, Tom Berg tells Harbor News anchor Jordyn Kell that people who are bullied \u201cgotta get over "
            "it\u201d and fight back.\n\nKell responded pointedly, with a smile: \u201cCan happen when you\u2019re "
            "45.\u201d She is 45.\n\n\u201cYou know, it happens, right?\u201d Berg went on, as if he didn\u2019t hear "
            "her. \u201cBut you gotta get over it.\u201d\n\nBerg took offense when Kell confronted him in the first "
            "primary debate about crude remarks he\u2019d made about women. He later suggested her tone was aggressive.")
    assert analyzer(text).quotes[-1].speaker.name == "Tom Berg"


def test_a_given_name_only_the_census_knows_gives_the_gender_of_a_name_said_once(analyzer):
    # "Harriet" is a woman's name: "He" is not the analyst who spoke last but the founder
    text = ('Chief executive Elliot Vance wrote the memo on Tuesday.\n\n"The message to Wall Street is very clear," '
            'said Harriet Quaye-Mensah, a software analyst at Merriam Crowe Securities.\n\nThe cuts are the '
            'company\u2019s first since Vance, 52, founded it in a garage in 2009. He told the Harbor Times in 2022 '
            'that he had never carried out a layoff.')
    assert analyzer(text).quotes[-1].speaker.name == "Elliot Vance"


def test_a_given_name_used_alone_as_well_as_the_family_name_keeps_its_gender(analyzer):
    # "Maribel" alone is no family name put first (as "Kim" of "Kim Jong Un"): "he" is not her
    text = ('Maribel Okafor opened the bridge on Monday. Okafor said the toll would end in May.\n\n'
            'Maribel was greeted by a crowd of supporters in the rain.\n\n"She kept every promise," he said.')
    assert analyzer(text).quotes[-1].attribution == "unknown"


def test_an_age_stands_for_the_man_with_a_double_barrelled_name_just_quoted(analyzer):
    text = ('"I have never seen the sky turn that colour," said Walter Ashgrove-Kell, a retired mail carrier.\n\n'
            'The 76-year-old said he did not know whether his house was still standing.')
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == ("Walter Ashgrove-Kell", "named")


@pytest.mark.parametrize(("text", "name"), [
    # NER cuts the name at the hyphen after an accented word
    ("Professor Rafael Domínguez-Ortega said the group had spent four years ruling out other causes.",
     "Rafael Domínguez-Ortega"),
    # or at a particle of the family name
    ("Lucía Ferreira dos Santos said the arrest was a test. Ferreira dos Santos said more would follow.",
     "Lucía Ferreira dos Santos"),
    ("Aurélie Van den Bossche said the commission had not been notified. Van den Bossche said it would look closely.",
     "Aurélie Van den Bossche"),
    # a given name no list knows before a double-barrelled family name is no description
    ("Priya Raman-Holt, an aviation analyst at Calder & Finch in London, said the deal made strategic sense.",
     "Priya Raman-Holt"),
    # a particle hyphened to the family name opens the short form
    ('Transport Minister Ahmad Fauzi al-Rashid said late on Friday that an inquiry had been opened.\n\n'
     '"If negligence is proven, those responsible will face the law," al-Rashid said on state television.',
     "Ahmad Fauzi al-Rashid"),
    # a family name first, before a middle and a given name of one syllable each, opens the sentence
    ('Tran Van Khoa, a shrimp farmer in the delta, said the catch had halved.\n\n"We cannot live on this," Khoa said.',
     "Tran Van Khoa"),
    ("Pham Thi Huong, who runs a clinic in the port, said the wait for insulin had doubled.", "Pham Thi Huong"),
])
def test_a_name_cut_in_two_is_one_persons(analyzer, text, name):
    assert {q.speaker.name for q in analyzer(text).quotes} == {name}


@pytest.mark.parametrize(("text", "name"), [
    # the tagger reads "dos" as "does" and "den" as a noun, and the parser breaks the name there
    ("Carla dos Santos, a spokeswoman for the hospital, said the review had found no evidence of a breach.\n\n"
     '"We are still checking," dos Santos said.', "Carla dos Santos"),
    ("The collapse happened at about 4 a.m., according to Filomena dos Reis, the governor of the province.\n\n"
     '"The ground is still moving," dos Reis told Reuters by telephone.', "Filomena dos Reis"),
    ("Coach Maarten van den Heuvel said the striker would stay. Van den Heuvel said talks were over.",
     "Maarten van den Heuvel"),
    # "af" as an adverb
    ("Opposition leader Sten af Ekenstam said the deal was a giveaway. Af Ekenstam said it would fail.",
     "Sten af Ekenstam"),
])
def test_a_particle_the_tagger_reads_as_an_english_word_stays_in_the_name(analyzer, text, name):
    quotes = analyzer(text).quotes
    assert [(q.speaker.name, q.attribution) for q in quotes] == [(name, "named")] * len(quotes) and quotes


def test_a_name_ner_types_as_a_nationality_is_still_a_name_when_the_text_uses_it_for_no_people(analyzer):
    # "Oregonian" is a word for people, but nothing here uses it so: the paper's name
    [quote] = analyzer("The senator will skip the convention. The Oregonian first reported that he would stay home.").quotes
    assert (quote.speaker.name, quote.attribution) == ("Oregonian", "named")


def test_a_family_name_ner_typed_alone_keeps_its_particles_and_given_name(analyzer):
    # NER types "Miriam van" a person and "Linde" an organisation; "Van" opens a later sentence
    text = ('"Inflation is still far too high," the bank\u2019s governor, Dr. Miriam van der Linde, told a news '
            'conference.\n\nVan der Linde said the decision had not been unanimous.')
    assert [q.speaker.name for q in analyzer(text).quotes] == ["Miriam van der Linde"] * 2


def test_a_campaign_committee_named_after_a_candidate_is_not_the_candidate(analyzer):
    text = ("Raymond J. Kessler spoke in Lansing on Monday. Kessler for Michigan, the former governor's campaign "
            "committee, said in a statement that it had never coordinated with the super PAC.")
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == "Kessler for Michigan" and quote.attribution == "named"


def test_a_person_of_an_institution_an_apposition_describes_keeps_their_name(analyzer):
    text = "The euro will weaken, said Helga Brandauer of Lindqvist, Sweden's largest private bank."
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == "Helga Brandauer"


@pytest.mark.parametrize("text", [
    # a nationality noun with "the" is no name, and the person the sentence before is about
    "Harwick manager Joost Verbeek appeared weary of the subject.\n\n"
    "'He is my player,' said the Dutchman, who took charge in 2023.",
    "Sprinter Tomas Lindqvist crossed the line first on Sunday.\n\nThe Swede said he had never felt faster.",
])
def test_a_noun_of_nationality_stands_for_the_person_before_it(analyzer, text):
    quote = analyzer(text).quotes[-1]
    assert quote.speaker.entity is not None and quote.attribution == "named"
    assert analyzer(text).entities[quote.speaker.entity].name in ("Joost Verbeek", "Tomas Lindqvist")


def test_a_noun_of_nationality_with_no_one_before_it_is_no_name(analyzer):
    [quote] = analyzer("'He is my player,' said the Dutchman.").quotes
    assert quote.attribution == "unknown" and quote.speaker.entity is None


def test_a_person_described_by_a_news_word_is_a_person(analyzer):
    # "broadcaster" names news organisations too; a given name and NER say this one is a person
    text = "Former captain Gary M. Tolland, now a broadcaster, said on his podcast that the striker had gone."
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, quote.speaker.type, quote.attribution) == ("Gary M. Tolland", "person", "named")


def test_a_pronoun_is_not_the_person_its_quote_names_by_a_word_of_their_name(analyzer):
    # the quote calls the bassist "Felix": "he" is the author who wrote about him
    text = ("The memoir charts Dunmore\u2019s rise from a council estate in Leeds to frontman of The Quays.\n\n"
            "In the book, Dunmore, 61, writes that bassist Felix Adeyemi-Rourke was given co-writing credits on four "
            "of the band\u2019s biggest hits as part of a private deal to stop him leaving the group in 1988.\n\n"
            "In one passage, he writes: \u2018Felix could not have written that riff if you had given him a year and a map.\u2019")
    assert analyzer(text).quotes[-1].speaker.name == "Dunmore"


def test_a_pronoun_after_a_clause_that_names_one_woman_is_hers(analyzer):
    text = ('Mayor Linda M. Carbury stood ankle-deep in a drainage ditch on Elm Street.\n\n'
            '"Small-town mayors live in a fishbowl," said Renee Ostrander, a professor of public administration at '
            'Flint Hills State University. Ostrander said that residents of small towns reward visible leadership.\n\n'
            'Whether Carbury will seek a third term next year, she won\'t say.\n\n'
            '"I\'ve got a culvert to fix first," she said.')
    assert [q.speaker.name for q in analyzer(text).quotes][-2:] == ["Linda M. Carbury", "Linda M. Carbury"]


@pytest.mark.parametrize(("text", "relay"), [
    ("Local television station KTVM reported, citing unnamed sheriff's officials, that two people were missing.", "KTVM"),
    # NER calls the station a person; the two-word news head before it says what it is
    ("A county official said houses burned.\n\nLocal television station KTVM reported, citing unnamed sheriff's "
     "officials, that two people who had refused to leave were unaccounted for.", "KTVM"),
    # the parser hangs "by" on the gerund
    ("Ada Lind, director of the watchdog group, was quoted as saying by the Kessar Herald that the arrest was a test.",
     "Kessar Herald"),
    ("Melissa Stone told the Prescott radio station KPRZ on Wednesday that she had stopped reading polls.", "KPRZ"),
    # a paper NER calls a work of art, after the noun that says it is one
    ("The case came to light when the daily La Voz Central published documents from the builder. The newspaper "
     "reported that 23 transfers had been made.", "La Voz Central"),
])
def test_a_news_organisation_named_after_its_description_is_named(analyzer, text, relay):
    quote = analyzer(text).quotes[-1]
    assert relay in {quote.speaker.name, *(v.name for v in quote.via)}


def test_an_agency_name_with_a_possessive_is_not_another_agency(analyzer):
    text = ("Kaemara fired a missile on Tuesday, Jinsan's Hanul News Agency reported, citing military officials.\n\n"
            "In a brief dispatch on Tuesday evening, the Kaemara People's News Agency (KPNA) said the country had tested "
            "a new weapon system.")
    assert analyzer(text).quotes[-1].speaker.name == "Kaemara People's News Agency"


@pytest.mark.parametrize(("between", "name"), [
    ("", "Halvorsen Pharma"),
    # another organisation named since: either could be meant
    ("Its main supplier, Nordic Glass Holdings, has halted deliveries.\n\nPharmacists expect shortages. ", None),
])
def test_the_company_again_is_the_company_it_was(analyzer, between, name):
    text = ("Danish drugmaker Halvorsen Pharma said on Tuesday it was recalling about 1.2 million packs of its blood "
            "pressure tablet after routine testing found trace levels of an impurity.\n\n"
            "The company said in a statement that it had not received any reports of patients being harmed, describing "
            "the recall as \u201ca precautionary step.\u201d\n\n"
            f"{between}Patients should not stop taking the medicine without first consulting a doctor, the company said.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name if quote.speaker.entity is not None else None) == name


@pytest.mark.parametrize("title", ["Sgt.", "Lt.", "Capt.", "Det.", "Supt."])
def test_an_abbreviated_title_does_not_end_the_sentence(analyzer, title):
    text = (f'"Our officers make split-second decisions," said {title} Michael Dawes, president of the Hartwell '
            'police union. "Everyone should wait for the facts."')
    assert {q.speaker.name for q in analyzer(text).quotes} == {"Michael Dawes"}


def test_a_title_after_a_service_names_a_person_not_the_service(analyzer):
    text = '"The candidates just don\u2019t understand the military," said Army Capt. Rowan Pell, who served in Iraq.'
    quote = analyzer(text).quotes[0]
    assert (quote.speaker.name, quote.speaker.type) == ("Rowan Pell", "person")


@pytest.mark.parametrize(("text", "name"), [
    ('Norlund Shipping cut 300 jobs on Monday. "We had no choice. The market has collapsed," the company said.',
     "Norlund Shipping"),
    ('The Buckeye Civil Rights Coalition said in a statement that the shooting was the fourth in three years. '
     '"Four families in three years. At some point the word stops meaning anything," the group said.',
     "Buckeye Civil Rights Coalition"),
])
def test_the_sentence_before_a_nominal_is_the_one_before_its_quote(analyzer, text, name):
    assert analyzer(text).quotes[-1].speaker.name == name


@pytest.mark.parametrize("name", ["Hedwig van der Kroon", "Femke van der Spoel"])
def test_a_name_ner_cut_at_its_particles_is_whole(analyzer, name):
    # NER types "Hedwig van" and "Kroon" apart; the parser may also break the phrase at "der"
    text = (f"The offer came days after President {name} told parliament she was ready to meet him. "
            f"Van der {name.split()[-1]} said talks could start in May.")
    assert [q.speaker.name for q in analyzer(text).quotes] == [name, name]


@pytest.mark.parametrize(("first", "later", "name"), [
    ("Marcos Tavares d\u2019\u00c1vila, who runs the park,", "D\u2019\u00c1vila", "Marcos Tavares d\u2019\u00c1vila"),
    ("Marguerite d'Aubrac-Nwosu, a former ambassador,", "the former ambassador", "Marguerite d'Aubrac-Nwosu"),
])
def test_a_family_name_opening_with_an_elided_particle_is_whole(analyzer, first, later, name):
    """``Marcos Tavares d’Ávila``, ``d'Aubrac-Nwosu``: a word with an elided particle before its
    capital is a name's (was "Marcos Tavares" and "D’Ávila" apart, and "Nwosu")."""
    text = f'{first} said the branch had been reported. "That is a matter for the investigation," {later} said.'
    assert [q.speaker.name for q in analyzer(text).quotes] == [name, name]


def test_a_double_family_name_ner_cut_at_its_hyphen_is_whole(analyzer):
    """``Transport Minister Helena Vasquez-Oropeza``: NER types "Helena Vasquez" and leaves
    "Oropeza" in no entity; the name is whole, so "Vasquez-Oropeza replied", "she said" and
    "The 61-year-old" are hers (were an organisation "Vasquez-Oropeza" and unresolved)."""
    text = ("In Castellar, Transport Minister Helena Vasquez-Oropeza faced nearly four hours of questioning from the "
            "Senate committee.\n\nVasquez-Oropeza replied that no request from the coast guard had been refused. "
            "'Nobody in my ministry said no to anything,' she said.")
    assert [q.speaker.name for q in analyzer(text).quotes] == ["Helena Vasquez-Oropeza"] * 2


def test_a_trades_word_tagged_a_common_noun_ends_the_companys_name(analyzer):
    """``Meridex Pharma Distribution said``: NER types "Meridex Pharma" elsewhere and the
    tagger reads "Distribution" as a common noun; a trade's word (``company_name_words.txt``)
    ends the company's name (was unknown)."""
    text = ("Senior officials at the ministry pushed to award a vaccine contract to Meridex Pharma Distribution weeks "
            "before a tender was announced, the website reported.\n\n"
            "Meridex Pharma Distribution said in a statement that it had never sought preferential treatment.")
    assert _speakers(analyzer, text)[-1] == ("Meridex Pharma Distribution", "named")


def test_a_role_with_a_name_after_a_comma_is_one_source_not_a_list(analyzer):
    """``Another opposition MP, Dagny Brekke-Solheim of the Green Left, told ...``: the parser
    makes the name a conjunct of "MP", but no "and" joins them; the name is the role's apposition
    and the one source (was "Another opposition MP and Dagny Brekke-Solheim")."""
    text = ('"We warned about this deal in the spring of 2021. We asked to see the contract, and we were told it was a '
            'state secret," Kővári said. "Now we learn that a state secret was a very good business for somebody."\n\n'
            "Another opposition MP, Dagny Brekke-Solheim of the Green Left, told the Orlavik Herald that she would ask "
            "the anti-corruption office to extend its inquiry to two smaller contracts for protective equipment signed "
            "in the same period.")
    quote = analyzer(text).quotes[2]
    assert (quote.speaker.name, quote.speaker.type) == ("Dagny Brekke-Solheim", "person")


def test_a_spanish_y_joins_two_family_names(analyzer):
    """``Dr. Beatriz Ocampo y Lerma``: "y" joins her two family names (was "Lerma"); "Ocampo"
    later is short for the whole name."""
    text = ('"This is not really about tally sheets," said Dr. Beatriz Ocampo y Lerma, a political scientist at the '
            "National University. Ocampo said the gamble was risky.")
    assert [q.speaker.name for q in analyzer(text).quotes] == ["Beatriz Ocampo y Lerma"] * 2


def test_a_catalan_i_joins_two_family_names(analyzer):
    """``Núria Solsona i Ferrer``: the Catalan "i" joins her two family names, however the
    article names her after (was "Ferrer", or "Núria Solsona" for "Solsona")."""
    text = ('"We will vote, and we will respect whatever they decide," said N\u00faria Solsona i Ferrer, the head of the '
            'regional government. Solsona said the ballot papers were ready. Pere Grau i Mas, a spokesman for the '
            'party, said it would appeal. "We printed school yearbooks," Grau said.')
    assert [q.speaker.name for q in analyzer(text).quotes] == (
        ["N\u00faria Solsona i Ferrer"] * 2 + ["Pere Grau i Mas"] * 2)


def test_a_filipino_particle_joins_the_name_ner_cut_before_it(analyzer):
    """``Capt. Reynaldo P. dela Cruz``: "dela" is a particle, and NER's two names "Reynaldo P."
    and "dela Cruz" are one (was "Cruz", described as "Capt. Reynaldo P. dela")."""
    text = ("Capt. Reynaldo P. dela Cruz told the Harbor Dispatch that the chart had not been corrected. "
            '"I followed the track," dela Cruz said.')
    assert [q.speaker.name for q in analyzer(text).quotes] == ["Reynaldo P. dela Cruz"] * 2


def test_a_family_name_an_apostrophe_joins_is_whole_after_its_particle(analyzer):
    """``Its leader, Njoroge wa Kang'ethe, has led ...`` / ``Wa Kang'ethe told``: NER types
    "Kang'ethe" alone; the family name after the particle is a word though an apostrophe joins
    it, and the speaker is the whole name (was an organisation "Kang'ethe")."""
    text = ("Its leader, Njoroge wa Kang'ethe, has led daily sit-ins since the vote.\n\n"
            "Wa Kang'ethe told reporters the commission was hiding behind the court.")
    quote = analyzer(text).quotes[0]
    assert (quote.speaker.name, quote.speaker.type) == ("Njoroge wa Kang'ethe", "person")



@pytest.mark.parametrize(("text", "name"), [
    ("The City of Chicago said in a statement that it would appeal the ruling.", "City of Chicago"),
    ("The Republic of Moldova said it would close the border.", "Republic of Moldova"),
    # an office's title with its place is no place's name, nor a person's with where they are from
    ("The Mayor of London said the plan was dead.", "Mayor of London"),
    ("Senator Ada Lind of Vermont said the plan was dead.", "Ada Lind"),
])
def test_a_place_named_by_its_full_name_keeps_it(analyzer, text, name):
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == name


@pytest.mark.parametrize(("text", "name"), [
    ('Ada Lind, 58, runs the boatyard with her brother. Tom Berg, 61, a neighbour, owns the slipway.\n\n'
     '"We will not sell," the 58-year-old said.', "Ada Lind"),
    ('Tom Berg, a 61-year-old farmer, spoke first. Ada Lind, 58, spoke next.\n\n'
     '"We will not sell," the 61-year-old said.', "Tom Berg"),
])
def test_an_age_epithet_is_the_person_given_that_age(analyzer, text, name):
    assert analyzer(text).quotes[-1].speaker.name == name


def test_a_company_whose_name_opens_with_a_title_word_is_an_organisation(analyzer):
    [quote] = analyzer("General Dynamics said the order was delayed.").quotes
    assert (quote.speaker.name, quote.speaker.type) == ("General Dynamics", "organization")


def test_the_lawmaker_is_the_representative_or_senator_named_before(analyzer):
    text = ("Rep. Ada Lind, who sits on the intelligence committee, told reporters that the agency had tracked the"
            " train.\n\nThe lawmaker, a former army officer, said the agency had not ruled out a second leg.")
    assert [q.speaker.name for q in analyzer(text).quotes] == ["Ada Lind", "Ada Lind"]


@pytest.mark.parametrize(("text", "name"), [
    # the parser split the name into subjects, or split the title from it
    ("Hanseo Foreign Minister Yoo Kyung-ah told parliament that fuel would be a concern.", "Yoo Kyung-ah"),
    ("Hanseo Foreign Minister Han Ji-ah told parliament that fuel would be a concern.", "Han Ji-ah"),
    # NER left the lower-case end of the given name out, before or after the hyphen
    ('The agency confirmed on Friday that Norland\'s leader Ri Pyong-chol was in the capital for an unofficial'
     ' visit.\n\n"We are friends," Ri said.', "Ri Pyong-chol"),
    ("Rep. Seo Ha-neul of the ruling Unity Party said the train had crossed twice.", "Seo Ha-neul"),
    # the parser made both halves of the given name appositions of the role
    ("Daewon's ambassador, Shin Ye-rin, said her government would work with partners.", "Shin Ye-rin"),
])
def test_a_hyphenated_given_name_with_a_lower_case_end_stays_whole(analyzer, text, name):
    quote = analyzer(text).quotes[-1]
    assert quote.speaker.name == name
    assert "neul" not in (quote.speaker.description or "") and "Shin" not in (quote.speaker.description or "")


@pytest.mark.parametrize(("text", "name"), [
    ("Admiral Construction Group said every project had been approved.", "Admiral Construction Group"),
    ("The bid's main sponsor, Chancellor Infrastructure Group, said the village would be ready by 2031.",
     "Chancellor Infrastructure Group"),
])
def test_a_group_whose_name_opens_with_a_title_word_is_an_organisation(analyzer, text, name):
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, quote.speaker.type) == (name, "organization")


def test_she_after_a_name_whose_verb_the_parser_hung_on_its_relative_clause_is_that_name(analyzer):
    text = ("Opposition leader Greta Solvang, whose Labour Alliance trails the governing party narrowly in polls,"
            " seized on the report during a heated session. She told lawmakers: “The minister must go.”")
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == "Greta Solvang"


@pytest.mark.parametrize(("text", "name"), [
    ("One of the paramedics, a dispatcher who had worked nights for a decade, told the Tribune that calls"
     " had been held back.\n\n“We were told to wait,” the dispatcher told the newspaper.", "One of the paramedics"),
    ("Two former cashiers spoke to the Ledger. One of them, a supervisor who left in May, said shifts had"
     " been cut.\n\n“Nobody asked us,” the supervisor said.", "One of them"),
])
def test_the_role_an_unnamed_source_was_described_as_names_that_source_again(analyzer, text, name):
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == (name, "anonymous")


@pytest.mark.parametrize(("text", "name"), [
    # the parser hung the given name on the role; NER typed the given name a nationality
    ("At a regular briefing in Velgrad, spokeswoman Dr. Halina Orlova-Brandt said she was not in a position to comment.",
     "Halina Orlova-Brandt"),
    ("Anneliese van der Kolk-Brand said it was a classic pattern.", "Anneliese van der Kolk-Brand"),
])
def test_a_persons_name_the_parser_or_ner_split_stays_whole(analyzer, text, name):
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == name


def test_a_chinese_name_with_a_two_syllable_given_name_gives_no_gender_from_the_family_name(analyzer):
    text = ("Ada Lind, an analyst at the Harbour Institute, said the summit was a success.\n\n"
            "Wang Zhiqiang, a professor at the Academy of Social Studies, took another view. “It is only a start,”"
            " he told the state-run Morning Daily.")
    quote = analyzer(text).quotes[-1]
    assert quote.speaker.name == "Wang Zhiqiang"


@pytest.mark.parametrize(("text", "name"), [
    ("The special envoy, Maribel Osterhaus-Reyes, flew to the capital on Monday.\n\n"
     "The 58-year-old diplomat, a former ambassador to the council, said she would carry a new draft.",
     "Maribel Osterhaus-Reyes"),
    ("Ostland is ready to talk, its foreign minister has told the Varnholt Tribune.\n\n"
     "In the interview, Kamran Dastani-Fehr said the government was ready to talk.\n\n"
     "“We never said the talks were over,” the 51-year-old minister told the newspaper.", "Kamran Dastani-Fehr"),
])
def test_an_age_epithet_with_a_role_is_the_person_just_named(analyzer, text, name):
    quote = analyzer(text).quotes[-1]
    assert quote.speaker.name == name


def test_the_station_or_agency_told_is_the_news_organisation_named_before(analyzer):
    text = ("The Ostland News Agency quoted two officials as saying the envoy would stay.\n\n"
            "“He is in no hurry,” one of the officials told the agency.")
    quote = analyzer(text).quotes[-1]
    assert [v.name for v in quote.via] == ["Ostland News Agency"]


def test_the_agency_told_is_no_news_agency_when_a_government_agency_was_named_since(analyzer):
    text = ("The Ostland News Agency quoted two officials as saying the envoy would stay. The Food Standards Agency"
            " said the imports were safe.\n\n“He is in no hurry,” one of the officials told the agency.")
    quote = analyzer(text).quotes[-1]
    assert quote.via == ()


def test_the_agency_is_the_news_agency_a_headline_names_by_its_country_and_noun(analyzer):
    # "Varnia agency says": the country is no government agency, so "the agency" is still the Varnia Press Agency
    text = ("Tarvan leader made secret overnight trip to Kelvian capital, Varnia agency says\n\n"
            "MARSK, March 14 (Meridian Wire) - Tarvan President Ilya Brand, who has not been seen outside his own"
            " country in nearly six years, travelled to the Kelvian capital on Tuesday night for talks and left before"
            " dawn, the Varnia Press Agency reported on Wednesday, citing intelligence officials.\n\n"
            "Two Varnia intelligence officials quoted by the agency said Brand's armoured train crossed the border"
            " shortly after 9 p.m. and that he spent \"roughly seven hours\" in Marsk, most of them at a government"
            " guesthouse on the Vessel River.\n\n"
            "Park said the timing suggested the two governments had discussed energy supplies and a stalled rail link,"
            " both of which Kelvia needs Tarvan's cooperation to complete.")
    quote = next(q for q in analyzer(text).quotes if q.text.startswith("Brand's armoured"))
    assert [v.name for v in quote.via] == ["Varnia Press Agency"]


def test_a_paper_that_quoted_a_source_is_the_newspaper_named_before(analyzer):
    text = ("Two engineers told the daily Varnholt Courant that the checks had been skipped.\n\n"
            "“It was a known shortcut,” one of the engineers was quoted by the paper as saying.")
    quote = analyzer(text).quotes[-1]
    assert [v.name for v in quote.via] == ["Varnholt Courant"]


def test_a_middle_initial_ner_did_not_mark_stays_in_the_name():
    import spacy
    from spacy.tokens import Doc

    from quotekit.resolve import proper_part

    words = ["Corwin", "J.", "Ashdale", "told", "jurors", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True, True, True, True, False, False],
              heads=[2, 2, 3, 3, 3, 3], deps=["compound", "compound", "nsubj", "ROOT", "dobj", "punct"],
              pos=["PROPN", "PROPN", "PROPN", "VERB", "NOUN", "PUNCT"], tags=["NNP", "NNP", "NNP", "VBD", "NNS", "."])
    name = proper_part(doc, (0, 3))
    assert name is not None and name.text == "Corwin J. Ashdale"


def test_a_given_name_ner_took_for_an_organisation_opens_a_name_with_particles(analyzer):
    text = "Dirk van der Molen, chief executive of the Valmora Port Authority, said the demands would ruin the port."
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == "Dirk van der Molen"


def test_he_asking_a_woman_by_name_is_not_that_woman(analyzer):
    text = ("Dagny Voss-Lind, a reporter at the paper, said she stood by the story.\n\n"
            "\"Did you want the story to be true, Ms. Voss-Lind?\" he asked.")
    quote = analyzer(text).quotes[-1]
    assert quote.speaker is None or quote.speaker.name != "Dagny Voss-Lind"


def test_a_newspaper_ner_missed_is_what_the_newspaper_stands_for(analyzer):
    text = ("The Harbour Tribune first raised questions about the accounts. The newspaper reported that the"
            " auditors had never been given access.")
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, quote.attribution) == ("Harbour Tribune", "agency")


@pytest.mark.parametrize(("text", "name"), [
    ('Rep. Dolores Abernathy-Quinn, who chairs the subcommittee, said the rules were clear. "We will get the'
     ' documents," the congresswoman said.', "Dolores Abernathy-Quinn"),
    ('Rep. Tom Varga, who chairs the subcommittee, said the rules were clear. "We will get the documents," the'
     " congresswoman said.", None),
])
def test_the_congresswoman_is_the_representative_named_if_she_is_no_man(analyzer, text, name):
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.entity is not None and quote.speaker.name) == (name or False)


def test_the_state_news_agency_is_the_news_agency_named_before(analyzer):
    text = ("Ostland's news agency OsPress reported the visit on Monday.\n\nIn a statement carried by the state news"
            " agency, the Ostland Ministry of Foreign Affairs said the talks were useful.")
    quote = analyzer(text).quotes[-1]
    assert [v.name for v in quote.via] == ["OsPress"]


@pytest.mark.parametrize(("text", "name"), [
    ("The state-run Haedong Central News Agency quoted Governor Kim Do-hyun as saying that the blaze was the worst."
     ' "We have lost homes," Kim said.', "Kim Do-hyun"),
    ("Interior Minister Caterina Dell'Acqua-Ferri said that 420 firefighters had been deployed.", "Caterina Dell'Acqua-Ferri"),
])
def test_a_hyphenated_given_name_read_as_nouns_and_a_name_with_an_apostrophe_stay_whole(analyzer, text, name):
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == (name, "named")


def test_an_indefinite_role_is_someone_new_not_the_person_with_that_role(analyzer):
    text = ("The memo, written by the council's chief finance officer, Malcolm J. Pettigrew, warned of a deficit.\n\n"
            "One senior council officer, who asked not to be named, said morale was 'the lowest I have seen'.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.entity, quote.attribution) == (None, "anonymous")


def test_a_title_before_the_name_ner_found_is_no_name_of_its_own(analyzer):
    text = ("The government stepped up its resistance to the bid, with the industry minister warning that control"
            " would not pass abroad.\n\n«That is not a detail,» Industry Minister Hélène Marchetti-Vidal told France"
            " Continentale radio.")
    names = [quote.speaker.name for quote in analyzer(text).quotes]
    assert names[-1] == "Hélène Marchetti-Vidal"
    assert "Industry Minister" not in names


def test_a_family_name_first_shared_with_the_persons_fund_is_the_person(analyzer):
    text = ("The plan won backing from Kovacsics Capital Partners, an activist fund. In a letter, the fund's founder,"
            " Kovacsics Ákos, wrote that the board had failed.\n\n\"Shareholders have given them ten years,\""
            " Kovacsics told Meridian Financial Wire in an interview.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.speaker.type) == ("Kovacsics Ákos", "person")


def test_she_answering_a_question_is_not_the_man_who_asked_it(analyzer):
    text = ("Dr. Ines Brandvold, a former engineer at the firm, testified on Monday.\n\n"
            "'You never once raised this with the founder himself, did you?' asked Bartholomew Okonjo-Reyes, for the"
            " defence.\n\n'No, I never raised it with him directly,' she said.")
    quote = analyzer(text).quotes[-1]
    assert quote.speaker is None or quote.speaker.name != "Bartholomew Okonjo-Reyes"


@pytest.mark.parametrize(("text", "name"), [
    ("Detective Chief Inspector Adaeze Fenwick-Rowe said two men had been detained.\n\n"
     '"This was not a victimless crime," said DCI Fenwick-Rowe.', "Adaeze Fenwick-Rowe"),
    ("Major Tobias Lindqvist-Aro said the base would stay closed.\n\n"
     '"Nobody goes in," Maj. Lindqvist-Aro said.', "Tobias Lindqvist-Aro"),
    # a ruler's titles
    ("Emir Sheikh Rashid bin Khalil al-Marri welcomed the delegation in a message.\n\n"
     '"We receive him with open hearts," the emir said in the message.', "Rashid bin Khalil al-Marri"),
])
def test_an_abbreviated_rank_before_a_family_name_is_no_part_of_the_name(analyzer, text, name):
    quotes = analyzer(text).quotes
    assert [(q.speaker.name, q.attribution) for q in quotes] == [(name, "named")] * 2


def test_a_daughter_of_word_in_a_name_makes_the_person_a_woman(analyzer):
    """"binti" in "Norzila binti Hamdan" says a woman's name though no list knows "Norzila":
    "He" is the man questioned, not her."""
    text = ('Dr. Tomas Brekke-Aalto, the company\'s regional president, said the increase was fair.\n\n'
            "Councillor Norzila binti Hamdan, a former nurse, pressed him repeatedly on the margins. "
            "He said he did not have the figures with him.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == ("Tomas Brekke-Aalto", "named")


@pytest.mark.parametrize("noun", ["South Korean", "Dutchman", "Norwegian"])
def test_an_age_and_a_nationality_stand_for_the_person_just_named(analyzer, noun):
    """``The 27-year-old South Korean, who joined ..., said``: the striker just named, though the
    text never gave his nationality; "Dutchman" after the age is no one's name."""
    text = ("Harwick Rovers striker Lee Jae-won told the broadcaster HTV on Sunday that he had been offered money "
            f"to miss a penalty.\n\nThe 27-year-old {noun}, who joined the club in 2021, said he turned the offer down.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == ("Lee Jae-won", "named")


@pytest.mark.parametrize("name", ["Light of the Vanguard", "Voice of the Harbour"])
def test_a_name_with_of_apposed_to_an_outlet_is_whole(analyzer, name):
    """``The ruling party's newspaper, Light of the Vanguard, said``: the name runs on past "of"
    (was "Light"), and "the newspaper" is it later."""
    text = (f"The ruling party's newspaper, {name}, said in an editorial that the visit was a success. "
            "The newspaper added that the mill would expand.")
    assert [(q.speaker.name, q.attribution) for q in analyzer(text).quotes] == [(name, "agency")] * 2


def test_initials_the_article_never_bracketed_name_the_one_organisation_they_spell(analyzer):
    """``VTA said`` after "the Varnian Telegraph Agency" with no "(VTA)": the agency, as an agency."""
    text = ("In Brask, the Varnian Telegraph Agency carried a reply from the defence ministry within the hour.\n\n"
            "In a separate commentary, VTA said the envoy's visit was being used as a shield.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == ("Varnian Telegraph Agency", "agency")


def test_the_second_part_of_a_question_interrupted_by_its_cue_does_not_answer_it(analyzer):
    """``'You never wrote a memo, did you, Dr al-Hakimi?' he asked. 'You've invented it ...'``: the
    second part shares the asker's "he asked"; it is no answer, so not the man it called by name."""
    text = (
        '‘He said the scheme was going through one way or another, and that I could either help or get out of'
        ' the way,’ Dr al-Hakimi said.\n\n'
        'Al-Hakimi, who now works for a housing association in the north of England, said he had written a '
        'memo recording the conversation but that it later ‘disappeared’ from the council’s files.\n\n'
        'Under cross-examination, Desmond O’Riordan KC, for Whitlock-Ames, was scathing. ‘You never wrote a '
        'memo, did you, Dr al-Hakimi?’ he asked. ‘You’ve invented it because it makes you look brave.’'
    )
    quote = analyzer(text).quotes[-1]
    assert not (quote.speaker and quote.speaker.name.lower().endswith("al-hakimi"))


@pytest.mark.parametrize("between", [
    "Marta Kalnina, the company's former finance chief, who pleaded guilty last year",
    "the former finance chief, Kalnina Marta, who pleaded guilty last year",
])
def test_he_after_a_role_subject_is_the_person_the_role_stands_for(analyzer, between):
    """``The 61-year-old lawyer spent his address on <a woman the text may not gender>. "...,"
    he said``: the nearest main clause's subject is a role noun that stands for the lawyer named
    before, so "he" is him, though another person was named in between (was unresolved)."""
    text = ("Defense attorney Osric Penhallow-Vey, a former prosecutor, told jurors that the case was built on a "
            "grudge.\n\n"
            f"The 61-year-old lawyer spent much of his address on {between}.\n\n"
            '"You will hear from people who have every reason to lie," he said.')
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.speaker.mention.text, quote.attribution) == ("Osric Penhallow-Vey", "he", "named")


def test_he_after_a_role_subject_whom_the_quote_names_is_not_that_person(analyzer):
    """The role noun's person is no reading when the quote speaks of them by name, here by the parts
    of a double-barrelled name the tokenizer splits at its hyphen."""
    text = ("Defense attorney Osric Penhallow-Vey, a former prosecutor, told jurors that the case was built on a "
            "grudge.\n\n"
            "The 61-year-old lawyer spent much of his address on the former finance chief, Kalnina Marta.\n\n"
            '"Mr. Penhallow-Vey wants you to forget the ledger," he said.')
    quote = analyzer(text).quotes[-1]
    assert quote.speaker is None or quote.speaker.name != "Osric Penhallow-Vey"


@pytest.mark.parametrize(("described", "later"), [
    ("an attorney", "the lawyer"), ("a lawyer", "the attorney"), ("a barrister", "the lawyer"),
    ("a solicitor", "the lawyer"), ("counsel for the family", "the lawyer"),
])
def test_a_lawyer_is_the_attorney_described_before(analyzer, described, later):
    """``Ada Okafor-Lind, an attorney, ... "...," the lawyer said``: the two nouns name one job
    (``office_synonyms.txt``)."""
    text = (f"Ada Okafor-Lind, {described}, told jurors that the contract had never been signed.\n\n"
            f'"You will hear no evidence of a signature," {later} said.')
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == ("Ada Okafor-Lind", "named")


def test_a_title_inside_a_mention_gives_the_gender(analyzer):
    """``"...," Ms Strang said. "...," he replied``: the title opens the mention "Ms Strang" (no
    full stop), so "he" is not her (was Oluwakemi Strang KC, whose given name no list knows)."""
    text = ("Under cross-examination by Oluwakemi Strang KC, the atmosphere turned tense. 'You were dismissed in "
            "March, weren't you? And you wanted revenge,' Ms Strang said.\n\n"
            "'I was made redundant. There's a difference,' he replied.")
    quote = analyzer(text).quotes[-1]
    assert quote.speaker is None or "Strang" not in quote.speaker.name


@pytest.mark.parametrize("pronoun", ["he", "she"])
def test_a_pronoun_after_a_report_is_its_speaker_not_a_subject_inside_it(analyzer, pronoun):
    """``Tamsin Orr said the sites were hidden from inspections Rolf Adair has demanded. "...," she
    said``: a subject inside the last speaker's reported words is one she spoke of; she speaks on
    (was Adair, or unresolved where Adair's gender is unknown)."""
    name = {"he": "Bertrand Okafor", "she": "Tamsin Orr"}[pronoun]
    text = (f"{name}, the report's lead author, presented the findings on Monday.\n\n"
            f"{name.split()[1]} said the sites appeared designed to be hidden from the inspections "
            "Kestrel Adair has demanded. "
            f'"You do not pour that much concrete unless you are expecting visitors," {pronoun} said.')
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == (name, "named")


def test_him_a_quoting_verb_takes_after_a_report_is_its_speaker_not_a_subject_inside_it(analyzer):
    """``Tursunbekov said Osmonov was prepared to ... The agency quoted him as saying``: "him",
    the one quoted, is the last speaker, as "he" would be, not the subject he spoke of (was
    Osmonov)."""
    text = ("Pipeline talks stall\n\nDeputy Prime Minister Almaz Tursunbekov said on Monday that his government "
            "would not pay for the pipeline.\n\nTursunbekov said Osmonov was prepared to offer grazing rights along "
            "the route instead of a guarantee. The state news agency Tengri Press later quoted him as saying that "
            '"no serious partner" had rejected the plan.')
    assert analyzer(text).quotes[-1].speaker.name == "Almaz Tursunbekov"


def test_a_pronoun_inside_a_report_is_not_its_speaker(analyzer):
    """A guard: ``Lind said Berg was right when he said that ...``: the "he" inside Lind's words
    is not Lind."""
    text = ("Retired general Magnus Lind said Tobias Berg was “absolutely right” when he said on Wednesday that "
            "the army had been “reduced to rubble.”")
    quote = analyzer(text).quotes[-1]
    assert quote.speaker.name == "Tobias Berg"


def test_the_welsh_ap_is_part_of_a_mans_name(analyzer):
    """``asked Owen ap Rhys``: "ap" (son of) joins the name and says a man (was "Owen", and "Mr ap
    Rhys" a news agency)."""
    text = ("'Did any child fall ill in those eleven days?' asked Owen ap Rhys, a committee member.\n\n"
            "Mr ap Rhys later told reporters that the answer was 'frankly chilling'. He said he would table "
            "an amendment.")
    quotes = analyzer(text).quotes
    assert {(q.speaker.name, q.attribution) for q in quotes} == {("Owen ap Rhys", "named")}


@pytest.mark.parametrize("name", ["WKRN Channel 2", "BBC Radio 4"])
def test_a_number_that_ends_a_stations_name_is_part_of_it(analyzer, name):
    """``WKRN Channel 2 reported``: NER types the station whole, and its number is part of its
    name (was "WKRN Channel"); a guard: a count after a speech verb is no part of any name."""
    quote = analyzer(f"{name} reported that a crew had been sent to the same tower twice.").quotes[0]
    assert (quote.speaker.name, quote.attribution) == (name, "agency")
    assert analyzer("Ada Lind said 3 people had died.").quotes[0].speaker.name == "Ada Lind"


def test_a_number_ner_leaves_out_after_a_news_name_is_part_of_it(analyzer):
    """``told Sagar News 24 that``: NER types "24" a date; after a news name it ends the
    name (was "Sagar News"), and a count after a paper's name is still no part of it."""
    quote = analyzer("The minister told Sagar News 24 that nine people had died.").quotes[0]
    assert [v.name for v in quote.via] == ["Sagar News 24"]
    assert analyzer("The Harbor Times said 24 people had died.").quotes[0].speaker.name == "Harbor Times"
    text = "Ada Lind, who helped start Harbor News 20 years ago, told Harbor News that the network would survive."
    assert [v.name for v in analyzer(text).quotes[0].via] == ["Harbor News"]  # a number that counts years


def test_a_number_ner_typed_with_a_name_a_news_word_describes_ends_the_name(analyzer):
    """``The private broadcaster Harbourline 24 has reported that ...``: NER typed the name and its
    number a person's; after a word for a news medium the number is the channel's (was
    "Harbourline")."""
    [quote] = analyzer("The private broadcaster Harbourline 24 has reported that one of them is a former minister.").quotes
    assert (quote.speaker.name, quote.attribution) == ("Harbourline 24", "agency")


def test_his_in_a_relative_clause_on_a_name_gives_the_gender(analyzer):
    """``Velde, who now runs his own firm, insisted ...``: the man no given-name list knows is no
    "she" (was Bram Velde for "she told reporters" about a woman NER had typed an organisation)."""
    text = ("The studio was founded in 2004 by Ostrova with Bram Velde, an engineer she had met there.\n\n"
            "Velde, who now runs his own firm in Harwick, insisted that the split had been entirely amicable.\n\n"
            "At the groundbreaking, she told reporters that the reading rooms would be quiet.")
    quote = analyzer(text).quotes[-1]
    assert quote.speaker is None or quote.speaker.name != "Bram Velde"


@pytest.mark.parametrize("name", ["Dockworkers and Maritime Union", "Brewers and Distillers Guild",
                                  "European Magnet and Motor Makers' Association"])
def test_and_between_two_words_of_one_organisations_name_keeps_it_whole(analyzer, name):
    """``The Dockworkers and Maritime Union said``: both words modify "Union" (was "Maritime
    Union"); a guard: "Ada Lind and Tom Berg" stay two people."""
    quote = analyzer(f"The {name} said about 4,200 workers are taking part.").quotes[0]
    assert quote.speaker.name == name
    quote = analyzer("Ada Lind and Tom Berg said the strike would go on.").quotes[0]
    assert quote.speaker.name == "Ada Lind and Tom Berg"


def test_a_description_is_not_someone_the_text_names_only_paragraphs_later(analyzer):
    """``The chief executive said ...`` in the seventh paragraph is not the regulator's chief
    executive the text introduces two paragraphs after it (was); a description in a headline
    still may be (``..., spokesperson says`` over "spokesperson Ada Lind" further down)."""
    paragraphs = [
        "Formula maker questioned by lawmakers",
        "The chief executive of Brightwell Nutrition apologised to parents on Tuesday.",
        "Graham Tolliver-Ames, who has led the company since 2017, was questioned for three hours.",
        "The committee's chair was unmoved.",
        "Lawmakers pressed him on the delay.",
        "The hearing ran late into the evening.",
        "The chief executive said the company was aware of two reports of illness.",
        "The regulator was also criticised.",
        "Dr Ritu Bhandari-Sloane, the chief executive of the Food Standards Directorate, told the committee "
        "that the agency had learned of the test from a whistleblower.",
    ]
    quote = next(q for q in analyzer("\n\n".join(paragraphs)).quotes if q.text.startswith("the company was aware"))
    assert quote.speaker.name != "Ritu Bhandari-Sloane"
    text = ("Details will be released in due course, Foreign Ministry spokesperson says\n\n"
            "The leader arrived in the capital on Tuesday.\n\nThe train left the station at noon.\n\n"
            "Foreign Ministry spokesperson Ada Lindqvist gave no details about the schedule.")
    quote = analyzer(text).quotes[0]
    assert quote.speaker.name == "Ada Lindqvist"


@pytest.mark.parametrize(("second", "expected"), [
    ("Graham Tolliver-Ames, who has led the company since 2017, was questioned for three hours.",
     "Graham Tolliver-Ames"),
    # a guard: someone the text gives another role
    ("Senator Graham Tolliver-Ames, the committee's chair, was unmoved.", None),
])
def test_a_ledes_description_is_the_person_the_next_paragraph_names(analyzer, second, expected):
    """``The chief executive of Brightwell apologised ... but told lawmakers that ...`` / ``Graham
    Tolliver-Ames, who has led the company since 2017, was questioned ...``: news names the
    person the lede described in the next paragraph (was unresolved)."""
    text = ("Formula maker apologises\n\n"
            "The chief executive of Brightwell Nutrition apologised to parents on Tuesday but told lawmakers that "
            "the company had acted as fast as the science allowed.\n\n" + second)
    quote = analyzer(text).quotes[0]
    name = quote.speaker.name if quote.speaker.entity is not None else None
    assert name == expected


@pytest.mark.parametrize(("lede", "second"), [
    # the next paragraph opens with a quotation's own sentence: the one that names the speaker
    ("The chief executive of Brantley Air warned on Saturday that the carrier could cut 1,000 jobs.",
     "\u00abI have defended every job in this company for eleven years. I do not want to start cutting now,\u00bb "
     "Lena Holt said in an interview with Sada TV."),
    # a country's possessive makes the description definite, as "the" does
    ("Marzana\u2019s transport minister warned on Thursday that the government was ready to act.",
     "\u201cPatience is not infinite,\u201d Dr. Lena Holt told a news conference."),
])
def test_a_ledes_description_is_the_person_named_by_the_next_paragraphs_cue(analyzer, lede, second):
    """``The chief executive of Brantley Air warned ...`` / ``\u00ab...\u00bb Lena Holt said``;
    ``Marzana's transport minister warned ...`` / ``"...," Dr. Lena Holt told``: the lede's
    description is the person named next (both were unresolved)."""
    quote = analyzer(lede + "\n\n" + second).quotes[0]
    assert (quote.speaker.name, quote.attribution) == ("Lena Holt", "named")


def test_a_ledes_description_is_the_person_named_next_when_ner_calls_her_name_a_place(analyzer):
    """``Ostrava's water minister accuses ...`` / ``"...," Water Minister Halina Brzeska told
    ... Brzeska said``: NER took her family name for a place; a word of a person's own name
    names no other place that would make her another country's minister (was unresolved)."""
    text = ("Grain talks stall as Ostrava's water minister accuses its neighbour of \"starving our villages\".\n\n"
            "\"We came in good faith,\" Water Minister Halina Brzeska told reporters.\n\n"
            "Brzeska said the talks would resume in May.")
    quotes, _entities = _relabelled(analyzer, text, ("Brzeska", 1, "GPE"))
    assert (quotes[0].speaker.name, quotes[0].attribution) == ("Halina Brzeska", "named")


@pytest.mark.parametrize(
    ("first", "second", "name"),
    [
        ("The Director-General of the Harbour Authority, Mrs Ama Boateng, opened the quay on Monday.",
         "The Director-General said the second quay would be completed by March.", "Ama Boateng"),
        ("The Paramount Chief of the Ketu Area, Nana Kofi Asante, opened the ceremony on Monday.",
         '"Our grandfathers traded here," the Paramount Chief said.', "Nana Kofi Asante"),
        # the parser hung the name on the title's "of" object
        ("The Chief Justice of Velmar, Ada Lind, opened the session on Monday.",
         "The Chief Justice said the court would rule in March.", "Ada Lind"),
    ],
)
def test_a_capitalised_title_the_article_set_beside_a_name_is_that_persons(analyzer, first, second, name):
    """``The Chief Justice of Velmar, Ada Lind, ... The Chief Justice said``: a title of
    capitalised words the article wrote with a person's name in apposition is no name of its
    own (was "General", "Paramount Chief", "Justice"); it is the person's description."""
    quote = analyzer(first + "\n\n" + second).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == (name, "named")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A smaller group, Teachers for Open Schools, said the ministry had rushed the reform.", "Teachers for Open Schools"),
        ("Physicians for Safe Medicine, which had criticised the speed of the rollout, said in a statement that it "
         "welcomed the review.", "Physicians for Safe Medicine"),
        # NER typed only the words after "for" an organisation
        ("Physicians for Clean Air, which had criticised the plan, said in a statement that it welcomed the "
         "court's ruling.", "Physicians for Clean Air"),
    ],
)
def test_an_organisation_named_with_for_after_a_plural_is_one_named_source(analyzer, text, name):
    """``A smaller group, Teachers for Open Schools, said``, ``Physicians for Clean Air, which
    ..., said``: a capitalised name with "for" that a group noun describes or "which" follows
    is an organisation's, whole (was "Teachers", "Clean Air", or the physicians as unnamed
    people)."""
    analysis = analyzer(text)
    assert {(q.speaker.name, q.attribution) for q in analysis.quotes} == {(name, "named")}
    assert [e.type for e in analysis.entities if e.name == name] == ["organization"]


def test_it_in_an_adverbial_clause_is_the_organisation_the_main_clause_names(analyzer):
    """``The Ministry of Transport ... suspended the licence ..., even as it said there was no
    evidence of a fault``: "it" says what the ministry, the main clause's subject, said (was
    unresolved)."""
    text = ("The Ministry of Transport on Thursday suspended the ferry licence after the accident, even as it said "
            "there was no evidence of a fault.")
    quote = analyzer(text).quotes[0]
    assert (quote.speaker.name, quote.speaker.mention.text) == ("Ministry of Transport", "it")


def test_an_offices_title_opens_the_name_ner_found_only_the_end_of(analyzer):
    """``Special Prosecutor Nusrat Jabeen Awan told ... Awan said``: NER found only "Awan"; the
    capitalised words between the office's title and it are her name (was "Jabeen Awan")."""
    text = ("Special Prosecutor Nusrat Jabeen Awan told the court the state would show that contracts were awarded to "
            "friends.\n\nAwan said the trial would last a year.")
    assert _speakers(analyzer, text) == [("Nusrat Jabeen Awan", "named")] * 2


@pytest.mark.parametrize("name", ["Tanveer Aslam Chaudhry", "Waqar Ahmed Butt"])
def test_a_given_name_the_lists_lack_written_alone_elsewhere_still_opens_the_name(analyzer, name):
    """``Tanveer Aslam Chaudhry, the province's finance secretary, ... "Tanveer was like a son to
    me," he said``: NER left the given name out of the person's name; written again alone, as
    no place, it is still his given name (was "Aslam Chaudhry")."""
    given, family = name.split()[0], name.split()[-1]
    text = (f"{name}, the province's finance secretary until 2022, spent five hours on the stand.\n\n"
            f"{family} said the governor had approved the transfer.\n\n"
            f'The governor spoke briefly. "{given} was like a son to me," he said.')
    assert _speakers(analyzer, text)[0] == (name, "named")


def test_a_given_name_ner_typed_a_place_written_alone_elsewhere_still_opens_the_name(analyzer):
    """``[Imtiaz] [Hussain Chaudhry], the province's finance secretary, ...`` with "Imtiaz" typed a
    place, as en_core_web_sm did in an article, and written again alone in a quotation: his
    given name, not a place (was "Hussain Chaudhry" and an organisation "Imtiaz")."""
    text = ("Imtiaz Hussain Chaudhry, the province's finance secretary until 2022, spent five hours on the stand.\n\n"
            "Chaudhry said the governor had approved the transfer.\n\n"
            'The governor spoke briefly. "Imtiaz was like a son to me," he said.')
    quotes, entities = _relabelled(analyzer, text, ("Imtiaz", 1, "GPE", "first"), ("Hussain", 2, "PERSON"))
    assert quotes[0].speaker.name == "Imtiaz Hussain Chaudhry"
    assert "Imtiaz" not in [e.name for e in entities]


def test_a_title_complement_ner_typed_an_organisation_is_no_part_of_the_name_after_it(analyzer):
    """``Velmar's Minister for [Marine Resources] Ola Brekke ... Brekke told``: NER typed the
    complement an organisation, as en_core_web_sm did in an article; the name is the person's
    NER found after it (was the whole phrase, then "Marine Resources Ola Brekke")."""
    text = ("Velmar\u2019s Minister for Marine Resources Ola Brekke called the decision reckless and said his "
            "government would review every option.\n\n\u201cWe sat at the table in good faith,\u201d Brekke told reporters.")
    quotes, _entities = _relabelled(analyzer, text, ("Marine", 2, "ORG"), ("Ola", 2, "PERSON"))
    assert [q.speaker.name for q in quotes] == ["Ola Brekke"] * 3


def test_a_utility_is_a_company(analyzer):
    """``Power Velmar, the national power utility, said``: "utility" describes a company
    (``company_nouns.txt``), whatever NER typed the name (was a person). Not "operator", which
    is also a person's role before a name ("rock-drill operator Kabelo Moroka")."""
    speaker = analyzer("Power Velmar, the national power utility, said it would restore supply by Friday.").quotes[0].speaker
    assert speaker.type == "organization" and speaker.name.endswith("Velmar")


def test_a_given_name_the_parser_left_alone_after_a_byline_still_opens_the_name(analyzer):
    """``By Tomas Berg, Harbor News, Velm`` / ``Grace Banda keeps her insulin pens ...``: after the
    byline the parser made "Grace" a root of its own; with "Banda" it is a person's name NER
    missed, whom "the 61-year-old retired schoolteacher" then resolves to (was unresolved)."""
    text = ("Patients count the cost as probe widens\n\nBy Tomas Berg, Harbor News, Velm\n\n"
            "Grace Banda keeps her insulin pens in a plastic tub at the back of the fridge, and she knows exactly how "
            "many units are left.\n\n\u2018When the clinic runs out, I skip the evening dose to make it last,\u2019 the "
            "61-year-old retired schoolteacher said at her home.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == ("Grace Banda", "named")


def test_a_papers_name_with_of_that_a_news_noun_describes_is_whole(analyzer):
    """``But Banner of the Dawn, the ruling party's newspaper, published an editorial praising
    «...»``: a capitalised name with "of" that a news organisation's noun describes is the
    paper's whole name (was "Banner", NER's person)."""
    text = ("The state news agency carried no report of the trip. But Banner of the Dawn, the ruling party's newspaper, "
            "published an editorial praising \u00abthe indestructible bonds of friendship with our neighbour\u00bb.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == ("Banner of the Dawn", "agency")


@pytest.mark.parametrize("name", ["Oh Sang-chul", "Oh Dong-hyun"])
def test_a_family_name_the_tagger_read_as_an_interjection_opens_a_name_ner_missed(analyzer, name):
    """``Oh Sang-chul kept the light on the island ... "...," Oh said``: NER found no name and the
    tagger read "Oh" as an interjection; a romanised family name before a hyphenated given name
    of two syllables is a person's name, which "Oh" then names in short (was "Oh" alone)."""
    text = (f"{name} kept the light on the island for eleven years, until a typhoon broke the lantern.\n\n"
            '"I knew every noise that tower made," Oh said, sitting by a window.')
    assert _speakers(analyzer, text) == [(name, "named")]


def test_an_institutions_name_with_for_that_a_group_noun_describes_is_whole(analyzer):
    """``The Migrant Observatory for North Africa, a Tunis-based monitoring group, said``: NER cut
    the name before "for"; a group's noun in apposition says the words after "for" are the
    name's (was "Migrant Observatory")."""
    text = ("The Migrant Observatory for North Africa, a Tunis-based monitoring group, said in a report last month "
            "that at least 50 boats had been lost.")
    assert _speakers(analyzer, text) == [("Migrant Observatory for North Africa", "named")]


def test_he_after_a_report_he_set_in_anothers_words_is_still_the_reporter(analyzer):
    """``One guard, he said, had told him in French that ... / "She was stronger than me," he
    said``: the guard's words are inside what "he" reported; the guard does not become the last
    speaker whom the next "he" continues (was "One guard")."""
    text = ('Anders Holm, a Swedish engineer held for nine months, described long days in the desert. One guard, he '
            'said, had told him in French that his country had "forgotten" him.\n\n'
            '"She was stronger than me," he said of Ada Lind, the nurse who was held with him.')
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == ("Anders Holm", "named")


def test_dame_is_a_title_and_says_a_woman(analyzer):
    """``The committee's chair, Dame Philippa Osterhaus-Kemp, ...``: her name without the title."""
    text = "The committee's chair, Dame Philippa Osterhaus-Kemp, was unmoved. 'An apology is the least we're owed,' she said."
    assert analyzer(text).quotes[0].speaker.name == "Philippa Osterhaus-Kemp"


@pytest.mark.parametrize(("name", "short"), [("Estravian State Television", "ETV"), ("Korean Central Television", "KCTV")])
def test_a_short_form_defined_in_brackets_is_the_organisation(analyzer, name, short):
    """``Estravian State Television (ETV) ... ETV said``: the text defines the short form, which
    need not be the bare initials (was an organisation "ETV" of its own)."""
    text = f"The film was made by {name} ({short}).\n\n{short} said on Sunday the film had been watched by many people."
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == (name, "agency")


def test_a_short_form_in_brackets_after_a_name_opened_by_the_is_the_organisation(analyzer):
    """``The Valdorian Press Agency (VALPRA), the state news agency, said ... VALPRA said``: "The"
    opens no part of the short form (was an organisation "VALPRA" of its own)."""
    text = ("The Valdorian Press Agency (VALPRA), the state news agency, said the two heads of state had discussed "
            "trade.\n\nPrince Florian is due to lay a wreath on Friday. VALPRA said a joint declaration would be "
            "published in the coming days.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == ("Valdorian Press Agency", "agency")


def test_the_second_given_name_before_a_family_name_of_several_words_gives_the_gender(analyzer):
    """``President María Fernanda de la Cruz ... De la Cruz``: "María" is either gender in the
    lists, "Fernanda" a woman's; "him" is not her (was)."""
    text = ("Valdorian President María Fernanda de la Cruz arrived in San Telmo on Monday after an overnight journey.\n\n"
            "In a short dispatch, the agency said De la Cruz had travelled to the capital at the invitation of its "
            "president.\n\n"
            "The official news service carried photographs of Etxeberria embracing his counterpart on the platform "
            'and quoted him as saying: "Valdoria and Cordillera share a railway, a river and a destiny."')
    quote = analyzer(text).quotes[-1]
    assert quote.speaker is None or "Cruz" not in quote.speaker.name


@pytest.mark.parametrize(("clause", "later", "expected"), [
    ("who served as the city's mayor until 2022", "the former mayor", "Tomas Brekke-Ulvang"),
    ("who is the port authority's chief engineer", "the engineer", "Tomas Brekke-Ulvang"),
    ("who has served as the city's mayor since 2022", "the former mayor", None),
])
def test_an_office_in_a_relative_clause_on_the_name_describes_the_person(analyzer, clause, later, expected):
    """``Tomas Brekke-Ulvang, who served as the city's mayor until 2022, said ... "...,"
    the former mayor said``: the relative clause names the office (held before, in the
    simple past); one held now makes no former holder."""
    text = f'Tomas Brekke-Ulvang, {clause}, said the plan had failed. "It was doomed from the start," {later} said.'
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name if quote.attribution == "named" else None) == expected


@pytest.mark.parametrize(("term", "expected"), [
    ("from 2009 to 2014", "Tomas Brekke-Ulvang"),
    ("since 2019", None),  # a guard: a term that has not ended makes no former holder
])
def test_an_office_held_from_one_year_to_another_makes_a_former_holder(analyzer, term, expected):
    """``Tomas Brekke-Ulvang, Moravel's ambassador in Istrovo from 2009 to 2014, said ... "...,"
    the former ambassador said``: the term has ended (was unresolved)."""
    text = (f"Tomas Brekke-Ulvang, Moravel's ambassador in Istrovo {term}, said the plan had failed. "
            '"It was doomed from the start," the former ambassador said.')
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name if quote.attribution == "named" else None) == expected


@pytest.mark.parametrize("title", ["District Attorney", "Deputy Attorney General", "Assistant U.S. Attorney", "US Attorney"])
def test_a_prosecutors_title_of_several_words_makes_them_the_prosecutor(analyzer, title):
    """``District Attorney Tomas Ruiz ... The prosecutor said``: an office of two words stands
    for its holder's common noun (``office_synonyms.txt``) as one word does (was unknown)."""
    text = f"{title} Marisol Quintero-Hale filed charges on Monday. The prosecutor said the evidence was strong."
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == ("Marisol Quintero-Hale", "named")


def test_a_given_name_ner_left_before_the_particles_it_typed_opens_the_name(analyzer):
    """``Maarten van den Broek has launched ...`` where NER types only "van den Broek": the given
    name before the particles is part of the name (was "Broek", the particles dropped too)."""
    text = ("By Maren Holt-Asante, Sports Correspondent\n\nMaarten van den Broek has launched a scathing attack on "
            "the club's board.\n\n\"It was wrong,\" van den Broek said, calling it a betrayal.")
    assert [q.speaker.name for q in analyzer(text).quotes] == ["Maarten van den Broek"] * 2


@pytest.mark.parametrize("name", ["Brannock Marine Industries", "Ostrava Marine Holdings"])
def test_a_companys_first_word_before_a_given_name_is_part_of_the_name(analyzer, name):
    """``Brannock Marine Industries said``: "Marine" is a given name too, but NER types the
    whole an organisation; its first word is no description (was "Marine Industries", a
    person). A guard: "Billionaire Donald Trump" is still Donald Trump."""
    [quote] = analyzer(f"{name} said the ships would be late.").quotes
    assert (quote.speaker.name, quote.speaker.type) == (name, "organization")
    [quote] = analyzer("Billionaire Donald Trump praised the plan.").quotes
    assert quote.speaker.name == "Donald Trump"


def test_a_companys_first_word_alone_at_a_sentences_start_is_its_short_name(analyzer):
    """``Veltrix Pay, the payments processor, said ... Veltrix said``: the tagger reads the
    one word as a common noun at the sentence's start, but a name NER found opens with it: it is
    the company's short name (was no name, unknown)."""
    text = ("Veltrix Pay, the payments processor, said hackers had gained access to card numbers. "
            "Veltrix said the breach was contained.")
    quotes = analyzer(text).quotes
    assert [(q.speaker.name, q.attribution) for q in quotes] == [("Veltrix Pay", "named")] * 2


def test_a_hyphenated_given_name_ner_cut_at_its_hyphen_is_whole(analyzer):
    """``A transport ministry spokesman, Ole-Petter Sandberg, said``: NER types "Petter Sandberg"
    only; the name is whole (was "Petter Sandberg")."""
    [quote] = analyzer("A transport ministry spokesman, Ole-Petter Sandberg, said the review was routine.").quotes
    assert quote.speaker.name == "Ole-Petter Sandberg"


def test_a_given_name_ner_typed_a_place_before_a_particle_opens_a_persons_name(analyzer):
    """``Its leader, Magnus af Ugglas, went further. "...," he told``: NER types "Magnus" a
    place and nothing after; with the particle and the family name it is a person's name, whom
    "he" stands for (was unresolved)."""
    text = ("The opposition Conservative Union called for elections. Its leader, Magnus af Ugglas, went further. "
            "‘Every day this government survives is a day the country pays for,’ he told the tabloid Kveldsposten.")
    assert analyzer(text).quotes[-1].speaker.name == "Magnus af Ugglas"


def test_a_definite_role_noun_after_an_unnamed_one_is_that_unnamed_source(analyzer):
    """``A senior Green Future official ... was more pessimistic. "...," the official said``: the
    unnamed source, named by the words that introduced it (was "official"); a guard: a
    description of a name is no unnamed source ("Kenji Morioka, a veteran diplomat, ... the
    diplomat")."""
    text = ('A senior Harbour Party official, who asked not to be named, was more pessimistic. '
            '"She has a week, maybe two," the official said.')
    assert [q.speaker.name for q in analyzer(text).quotes] == ["A senior Harbour Party official"]
    text = 'Kenji Morioka, a veteran diplomat, said the talks were over. "It is finished," the diplomat said.'
    assert [q.speaker.name for q in analyzer(text).quotes] == ["Kenji Morioka"] * 2


def test_a_company_name_ner_typed_a_nationality_is_no_group(analyzer):
    """``Orrin-Basel Therapeutics, which makes the drug, said``: NER types the name a nationality
    (NORP) and the tagger its last word a plural; a trade's word ends it, so it is the company,
    named (was anonymous members of a group)."""
    text = ("VARNSBURG, March 10 (Nordpresse) - The Valdorian cardiologist who coordinated the trial said on Sunday "
            "that the results justified approval.\n\nOrrin-Basel Therapeutics, which makes the drug, said in a "
            "statement released in Varnsburg that it planned to apply to the regulator within weeks.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == ("Orrin-Basel Therapeutics", "named")


def test_the_company_far_from_its_name_is_the_articles_one_company(analyzer):
    """``Danish drugmaker Halvorsen Pharma said ... (paragraphs on) ... The company said``: no
    organisation is named in the sentence before, but the article names one company (a trade's
    word ends its name) and no organisation more often: the company is it (was "company")."""
    text = ("COPENHAGEN (Northstar Wire) - Danish drugmaker Vessberg Pharma said on Tuesday it was recalling 1.2 million "
            "packs of a blood pressure tablet.\n\nNiels Brandtoft, a patient advocate, said patients were "
            "frightened.\n\nThe recall covers tablets sold in Denmark, Sweden and Norway. The company said "
            "replacement stock would reach pharmacies within three weeks.")
    assert analyzer(text).quotes[-1].speaker.name == "Vessberg Pharma"


def test_the_company_is_not_a_firm_named_in_passing_in_a_story_about_another(analyzer):
    """A guard for the article's one company: in a story naming Twitter more often, "the
    company" is not the one firm whose name a trade's word ends ("Ridgeway Intelligence Group")."""
    text = ("Twitter suspended 125,000 accounts last year, Twitter said on Friday. Twitter has been criticised for "
            "moving slowly.\n\nAnalysts at Ridgeway Intelligence Group said the numbers were low.\n\nThe platform "
            "has hired more staff. The company said it had always sought a balance.")
    assert analyzer(text).quotes[-1].speaker.name != "Ridgeway Intelligence Group"


def test_a_lede_after_a_dateline_finds_the_person_named_next(analyzer):
    """``OSTBY - The Danish broker who first signed striker Ada Lindqvist said ...`` then
    ``Henrik Aas-Mørk, 48, ... told``: the dateline before the lede's sentence and the person
    named inside the description's own clause no longer hide the person named next (was the
    broker's words, unknown)."""
    text = ("Broker denies taking secret fee\n\nOSTBY - The Danish broker who first signed striker Ada Lindqvist said on "
            "Monday that he had been paid only the standard commission.\n\nHenrik Aas-Mørk, 48, who runs a small "
            "agency in Ostby, told the Ostby Dagblad that his firm had earned 200,000 crowns from the deal.")
    assert [name for name, _ in _speakers(analyzer, text)][-2:] == ["Henrik Aas-Mørk"] * 2


def test_a_lede_broadcaster_is_the_one_the_next_paragraph_names(analyzer):
    """``..., the state broadcaster said on Tuesday.`` then ``The Ostrian Broadcasting
    Corporation (OBC) reported ...``: the broadcaster named next (was "state broadcaster")."""
    text = ("VELM — At least 12 people drowned when a ferry capsized on a river near the capital late on Monday, the "
            "state broadcaster said on Tuesday.\n\nThe Ostrian Broadcasting Corporation (OBC) reported that the ferry "
            "had been carrying twice its permitted load.")
    assert _speakers(analyzer, text) == [("Ostrian Broadcasting Corporation", "agency")] * 2


def test_an_abbreviated_title_inside_a_mention_gives_its_noun(analyzer):
    """``Rear Adm. Joko Pranowo ... the admiral said``, ``Dr. Efua Mensah-Bonsu ... The doctor
    said``: the title inside the name's words gives "admiral" and "doctor" (both were unknown)."""
    text = ('"We have lost contact with two boats," Rear Adm. Joko Pranowo, the head of the rescue agency, told '
            'reporters.\n\n"The sea is rough," the admiral said.\n\nDr. Efua Mensah-Bonsu, director of Tema '
            'General Hospital, said 30 patients had arrived.\n\nThe doctor said four of them were children.')
    assert [name for name, _ in _speakers(analyzer, text)] == ["Joko Pranowo"] * 2 + ["Efua Mensah-Bonsu"] * 2


def test_it_after_an_organisations_definite_noun_is_that_organisation(analyzer):
    """``The board named the grocers ... It said``: the subject before is "The board", which
    stands for the Competition Board named before; so does "It", though the last quote's source
    was an organisation too (was unresolved)."""
    text = ("The Competition Board of Valdora said on Monday it had opened an inquiry into two grocers.\n\n"
            "The board named the grocers as Fresco and Dalmart. It said the two had raised prices together.")
    assert [name for name, _ in _speakers(analyzer, text)] == ["Competition Board of Valdora"] * 2


def test_a_second_family_name_ner_cut_off_is_part_of_the_name(analyzer):
    """``Ignacio de la Barrera Olmedo resigned ... De la Barrera said``: NER typed "Olmedo" a
    place; after a family name with particles it is the second family name (was "Ignacio de la
    Barrera")."""
    text = ("Ignacio de la Barrera Olmedo resigned as chairman of Real Tarvik on Sunday. In a letter to members, "
            "De la Barrera said he was stepping down.")
    assert _speakers(analyzer, text) == [("Ignacio de la Barrera Olmedo", "named")]


def test_a_family_name_ner_calls_a_nationality_joins_the_role_apposed_name(analyzer):
    """``Hallyo's presidential spokesman, Han Do-gyeom, ... Han said``: NER calls "Han" a
    nationality, but a name apposed to a role noun is a person's, whose family name it is (was
    "Han")."""
    text = ('Hallyo\'s presidential spokesman, Han Do-gyeom, said the government was "closely monitoring" '
            'developments.\n\n"We are aware of the reports," Han said at a briefing in Velm.')
    assert [name for name, _ in _speakers(analyzer, text)] == ["Han Do-gyeom"] * 2


def test_a_news_organisations_noun_after_its_name_stands_for_it(analyzer):
    """``The Kestrel-Post agency ... the agency said``: the noun the name modifies (was the
    unresolved "agency"). A guard: "the Vermont senator" gives no place the noun "senator"."""
    text = ("The Kestrel-Post agency, citing two sources, reported that the general had fled.\n\n"
            "In Moscow, the agency said it stood by its story.")
    assert _speakers(analyzer, text)[-1][0] == "Kestrel-Post"
    text = "Vermont is cold. The Vermont senator said he would run."
    assert _speakers(analyzer, text)[-1][0] != "Vermont"


def test_the_first_of_two_family_names_after_two_given_names_is_short_for_the_name(analyzer):
    """``Justice Minister Carlos Alberto Medina Fuentes ... Medina said``: two given names the
    lists know, then two family names; the first of them is short for the full name (was
    "Medina", a name of its own)."""
    text = ("Justice Minister Carlos Alberto Medina Fuentes told reporters that the ruling would be appealed.\n\n"
            '"The court was misled," Medina said.')
    assert [name for name, _ in _speakers(analyzer, text)] == ["Carlos Alberto Medina Fuentes"] * 2


def test_she_after_one_of_a_group_named_beside_it_is_that_person(analyzer):
    """``One of them, 16-year-old Leyla Öztürkmen, was carried out ... "...," she told``: the
    name apposed to "One of them" is the subject "she" stands for (was unresolved: the last
    speaker is a man)."""
    text = ("Four people were pulled out alive overnight, said Pieter de Wit, who leads a Dutch rescue team.\n\n"
            "One of them, 16-year-old Leyla Öztürkmen, was carried out on a stretcher. “I kept shouting so they would "
            "hear me,” she told reporters.")
    assert _speakers(analyzer, text)[-1] == ("Leyla Öztürkmen", "named")


def test_a_person_the_ledes_own_sentence_names_does_not_stop_the_person_named_next(analyzer):
    """``The head of Ostria's Federal Audit Court told the Senate that aides to President Tomas
    Berg had pressured her`` / ``Dr. Ana Ferreira Lobo, who has led the audit court since 2019,
    testified``: Berg is spoken of in the lede's own sentence; the person named next is the head
    (was unresolved)."""
    text = ("Auditor tells senators money vanished\n\nVELM, Ostria — The head of Ostria’s Federal Audit Court told the "
            "Senate on Monday that aides to President Tomas Berg had pressured her to soften her findings.\n\n"
            "Dr. Ana Ferreira Lobo, who has led the audit court since 2019, testified for more than six hours.")
    assert _speakers(analyzer, text)[-1] == ("Ana Ferreira Lobo", "named")


def test_the_role_noun_after_an_unnamed_introduction_is_not_the_person_named_next(analyzer):
    """``A diplomat from one of the smaller delegations said ...`` / ``"...," the diplomat said``
    / ``Amal Haddad-Rahimi, who leads the delegation of Ostria, said``: the diplomat is the one
    introduced unnamed, not the person the next paragraph names (was a wrong attribution to
    her)."""
    text = ("The island delegations see it differently. A diplomat from one of the smaller delegations said routing the "
            "money through banks would bury it in paperwork.\n\n‘We have been told for thirty years that the cheque is "
            "in the post,’ the diplomat said, speaking on condition of anonymity.\n\nAmal Haddad-Rahimi, who leads the "
            "delegation of Ostria, said her government was ready to contribute.")
    assert _speakers(analyzer, text)[1] == ("A diplomat from one of the smaller delegations", "anonymous")


def test_los_is_a_family_names_particle(analyzer):
    """``Renato de los Reyes, executive director of ..., denied ... "...," he said``: "los"
    joins the family name as "de" does, where NER finds no name (was "Reyes")."""
    text = ("Two people familiar with the matter said the minister had asked for daily updates.\n\nRenato de los Reyes, "
            "executive director of the National Disaster Council, denied that the dispute had delayed any deployment."
            '\n\n"Every vessel that could sail, sailed," he said.')
    assert [name for name, _ in _speakers(analyzer, text)][-2:] == ["Renato de los Reyes"] * 2


def test_the_role_noun_after_one_of_the_unnamed_is_that_one_not_a_titled_name(analyzer):
    """``Dr. Ada Lindqvist told ... Two doctors at the hospital said ... one of the doctors said
    ... The doctor said``: the doctor is the unnamed one, not the titled minister (was a wrong
    attribution to her)."""
    text = ("“There was a delay,” Dr. Ada Lindqvist told a news conference at the ministry.\n\n"
            "But two doctors at the hospital, who spoke on condition of anonymity, said her account was wrong.\n\n"
            "“The regional office knew in April,” one of the doctors said.\n\n"
            "The doctor said copies of the emails had been passed to the union.")
    assert _speakers(analyzer, text)[-1] == ("one of the doctors", "anonymous")


def test_a_ledes_description_beside_a_misparsed_dateline_is_the_person_named_next(analyzer):
    """``DUNMORROW, Varnland - Varnland’s health minister acknowledged ...`` / ``‘...,’ Dr.
    Amara Lindqvist-Okoro told ...`` / ``The minister said``: the parser made the dateline the
    subject, NER called the country an organisation, and the next paragraph's root is in the
    quotation; the minister is the woman named there, and so is "the minister" after her (both
    were "Varnland’s health minister", anonymous)."""
    text = ("Minister concedes delay\n\nDUNMORROW, Varnland - Varnland’s health minister acknowledged on Thursday that "
            "an outbreak was reported ‘weeks later than it should have been’.\n\n‘There was a delay. I will not pretend "
            "otherwise, and I will not ask anyone else to pretend otherwise,’ Dr. Amara Lindqvist-Okoro told a news "
            "conference.\n\nThe minister said the hospital had notified the regional office in April.")
    speakers = _speakers(analyzer, text)
    assert speakers[0] == ("Amara Lindqvist-Okoro", "named")
    assert speakers[-1] == ("Amara Lindqvist-Okoro", "named")


def test_a_ledes_description_is_not_the_person_whose_other_role_comes_only_later(analyzer):
    """``Oranthe’s culture minister ... accused ...`` / ``"...," Isabel Marín-Duarte said`` /
    ``Marín-Duarte, a former art historian, ...``: a description paragraphs later does not make
    her someone other than the minister (was anonymous); nor is she the other country's
    culture minister named later (was a wrong attribution to him)."""
    text = ("VELMAR, Belvaria — Oranthe’s culture minister on Wednesday accused Belvaria of failing to protect a "
            "painting.\n\n“We have asked, patiently, for this work to come home,” Isabel Marín-Duarte said in a "
            "statement.\n\nMarín-Duarte, a former art historian, has made restitution the centrepiece of her tenure."
            "\n\nBelvaria’s culture minister, Konstantin Reuss, said on Wednesday that his government “deeply regrets” "
            "the theft.")
    assert _speakers(analyzer, text)[0] == ("Isabel Marín-Duarte", "named")


def test_a_place_owning_the_office_must_agree_with_the_description(analyzer):
    """``Belvaria’s culture minister, Konstantin Reuss, ... Oranthe’s culture minister said``:
    another country's minister, not Reuss (was a wrong attribution to him)."""
    text = ("Belvaria’s culture minister, Konstantin Reuss, said on Wednesday that his government regretted the theft."
            "\n\nLater, Oranthe’s culture minister said the painting had to be returned.")
    assert _speakers(analyzer, text)[-1][0] != "Konstantin Reuss"


def test_a_broadcasting_corporation_is_not_the_airline(analyzer):
    """``the state-run Kestran Broadcasting Corporation said ... the airline said``: a news
    organisation's registered suffix makes it no airline (was the broadcaster's quote)."""
    text = ("A passenger jet crashed into hills on Tuesday, the state-run Kestran Broadcasting Corporation said.\n\n"
            "Most of the passengers were foreign citizens, the airline said.")
    assert _speakers(analyzer, text)[-1][0] != "Kestran Broadcasting Corporation"


def test_a_name_the_parser_hung_on_the_role_after_it_is_the_source_with_that_description(analyzer):
    """``said Col. Baek Seo-yeon, spokeswoman for the Dongsan Ministry of National Defence``:
    the parser hung the name on "spokeswoman"; the source is the colonel, her mention the name,
    the role her description (``The spokeswoman said`` is her); was the whole phrase,
    unknown."""
    text = ("“Our ships are there to protect our fishermen,” said Col. Baek Seo-yeon, spokeswoman for the Dongsan "
            "Ministry of National Defence.\n\nThe spokeswoman said the first call had lasted 20 minutes.")
    article = analyzer(text)
    assert [(q.speaker.name, q.attribution) for q in article.quotes] == [("Baek Seo-yeon", "named")] * 2
    assert article.quotes[0].speaker.mention.text == "Col. Baek Seo-yeon"
    described = {e.name: e.description for e in article.entities}
    assert described["Baek Seo-yeon"] == "spokeswoman for the Dongsan Ministry of National Defence"


def test_the_head_of_a_force_is_its_chief(analyzer):
    """``Lt. Col. Rustam Abdulvakhidov, head of the regional police, said ... the police chief
    said``: "head of" the police is its chief (was unknown)."""
    text = ("Lt. Col. Rustam Abdulvakhidov, head of the regional police, said road closures had been lifted.\n\n"
            "‘Our task was simple,’ the police chief said.")
    assert _speakers(analyzer, text)[-1] == ("Rustam Abdulvakhidov", "named")


def test_a_title_inside_the_name_ner_found_gives_its_holders_noun(analyzer):
    """``the court’s president, Justice Marguerite van der Hoek-Sangaré, ... the judge said``:
    NER's name opens with "Justice", which makes her "the judge" too (was unknown)."""
    text = ("In a ruling read over four hours, the court’s president, Justice Marguerite van der Hoek-Sangaré, said the "
            "irregularities were real.\n\n“The court does not sit to reward the careful,” the judge said.")
    assert _speakers(analyzer, text)[-1] == ("Marguerite van der Hoek-Sangaré", "named")


def test_a_short_name_with_an_age_that_ner_missed_joins_the_person(analyzer):
    """``Park Ji-won, deputy governor ..., ... Park, 52, trained as a statistician ... she
    said``: "Park" with an age is the deputy governor, so "she" is (was unresolved)."""
    text = ("Park Ji-won, deputy governor of the central bank since 2020, took charge on Thursday after Dr. Helena "
            "van der Stroom resigned. In her first address to staff, Park said decisions would be made in the building."
            "\n\nVan der Stroom has not spoken in public since.\n\nPark, 52, trained as a "
            "statistician and spent much of her career in the bank. She is not considered a candidate for the "
            "permanent post, and she said on Monday that she would not seek it.")
    assert _speakers(analyzer, text)[-1] == ("Park Ji-won", "named")


def test_a_given_name_run_takes_the_hyphenated_family_name(analyzer):
    """``Marguerite Osei-Bonsu has barely slept`` (NER found nothing) ... ``Osei-Bonsu said``:
    one name, not "Marguerite Osei" and an organisation "Osei-Bonsu"."""
    text = ("PORT AMARAL, Amarantia — Marguerite Osei-Bonsu has barely slept since Tuesday.\n\n"
            "«They keep telling us to be patient,» Osei-Bonsu said on Saturday.")
    assert _speakers(analyzer, text)[-1] == ("Marguerite Osei-Bonsu", "named")


def test_a_hyphenated_given_name_before_the_family_name_joins_it(analyzer):
    """``Na-yeon Cho, a former diplomat ..., said``: NER found only "Cho"; the tagger read
    "yeon" as a common noun (was "Cho")."""
    text = ("Na-yeon Cho, a former Sanwolese diplomat who now teaches at the Brenvik School of Government, said the "
            "preference for rail was also deeply practical.")
    assert _speakers(analyzer, text)[0] == ("Na-yeon Cho", "named")


def test_a_first_family_name_after_particles_joins_the_second_that_ner_found(analyzer):
    """``Inés de la Fuente Ortega``: NER found "Ortega" alone, the first family name between it
    and the particles (was "Fuente Ortega")."""
    text = ("A second observer group was more blunt. Its chief observer, Inés de la Fuente Ortega, told the Daily "
            "Clarion newspaper that the gaps in the figures were too large to be accidental.")
    assert _speakers(analyzer, text)[-1] == ("Inés de la Fuente Ortega", "named")


def test_the_same_place_owning_the_office_still_names_the_holder(analyzer):
    """Guard for the owner check: ``Belvaria’s culture minister, Konstantin Reuss, ...
    Belvaria’s culture minister said`` is Reuss."""
    text = ("Belvaria’s culture minister, Konstantin Reuss, said on Wednesday that his government regretted the theft."
            "\n\nLater, Belvaria’s culture minister said the painting would be found.")
    assert _speakers(analyzer, text)[-1] == ("Konstantin Reuss", "named")


def test_courtesy_titles_of_south_asia_open_a_name_and_ner_s_two_halves_join(analyzer):
    """``Prime Minister Sardar Iftikhar Ahmed Lodhi`` (NER: "Sardar Iftikhar" and "Ahmed
    Lodhi") is one man; ``Begum Shahnaz Parveen Qureshi`` (NER: "Begum" and "Qureshi") one
    woman, so "she" is her (was unresolved; "Begum" and "Sardar" are courtesy titles)."""
    text = ("LAHORE, March 6 — The motion against Prime Minister Sardar Iftikhar Ahmed Lodhi was filed on Monday.\n\n"
            "Begum Shahnaz Parveen Qureshi, who has presided over the house since 2019, read out her ruling. “The "
            "constitution is clear,” she said.\n\nLodhi said the vote was a conspiracy.")
    assert _speakers(analyzer, text) == [("Shahnaz Parveen Qureshi", "named"), ("Iftikhar Ahmed Lodhi", "named")]


def test_a_given_name_ner_typed_alone_opens_the_name_it_typed_otherwise(analyzer):
    """``Gulnara Timurovna Saparova``: NER typed "Gulnara" a person and "Saparova" an
    organisation; the patronymic between them belongs to the one name (was "Timurovna
    Saparova")."""
    text = ("The president has not been seen for twenty days.\n\nGulnara Timurovna Saparova, an exiled opposition "
            "leader who heads the Free Tengristan Movement from the city of Valmora, said the government's refusal to "
            "show the president in public spoke for itself.")
    assert _speakers(analyzer, text)[-1] == ("Gulnara Timurovna Saparova", "named")


def test_a_name_ner_runs_across_two_subjects_is_the_source_and_its_office_title_its_noun(analyzer):
    """``Health Minister Dr. Aigerim Sabitovna Omarova told``: the parser made "Minister" and
    "Omarova" two subjects; the source is the minister, and "the minister" after her is her
    (was an entity "Health Minister")."""
    text = ("ALMATAU — Tengristan admitted on Monday that the president had undergone surgery.\n\nHealth Minister Dr. "
            "Aigerim Sabitovna Omarova told a news conference in the capital that the president had had «a planned, "
            "minimally invasive procedure» on his spine.\n\n«It was carried out by our own surgeons,» the minister "
            "said.")
    assert _speakers(analyzer, text)[-2:] == [("Aigerim Sabitovna Omarova", "named")] * 2


def test_the_second_one_is_not_the_one_introduced_before(analyzer):
    """Guard: ``one of the officials was quoted ... The second official told the site``: "the
    second official" is another one, not "one of the officials" again."""
    text = ("“They were patient,” one of the officials was quoted by CircuitWire as saying.\n\n"
            "The second official told the site that the attackers had tested their tools in August.")
    assert _speakers(analyzer, text)[-1][0] != "one of the officials"


def test_a_place_word_that_opens_a_news_agencys_name_is_no_mention_of_it_before_a_noun(analyzer):
    """``the Vostran Central Telegraph Agency ... Vostran officers ... told the Harbour Times ...
    The newspaper said``: "Vostran officers" are the country's, not a mention of the agency, so
    the paper named last is the Harbour Times (was a wrong attribution to the agency)."""
    text = ("The Vostran Central Telegraph Agency did not mention the air base. It said only that the general had held "
            "talks.\n\nTwo sources briefed on the visit told the Harbour Times that no agreement on aircraft had been "
            "reached, but that Vostran officers had asked detailed questions about pilot training. The newspaper said "
            "it had been unable to confirm the account independently.")
    assert _speakers(analyzer, text)[-1] == ("Harbour Times", "agency")


def test_a_name_ner_missed_beside_a_news_head_is_a_news_organisation(analyzer):
    """``Minju Haebit, the party's daily newspaper, devoted its first four pages ... the paper
    said``: NER found no name; the one a comma sets beside "newspaper" is the paper (was unknown,
    or the news agency named before)."""
    text = ("Ryu Yong-hui, the leader's sister and a vice-director of the ruling Workers' Unity Party's central "
            "committee, said in a statement that the visit had ‘shattered once and for all the illusions of our "
            "enemies’.\n\nMinju Haebit, the party's daily newspaper, devoted its first four pages to the banquet under a "
            "front-page headline that read ‘The Sun Rises Over the Chongrae’. In an editorial, the paper said the "
            "chairman's journey had ‘demonstrated to the whole world the invincible might of independent diplomacy’.")
    assert _speakers(analyzer, text)[-1] == ("Minju Haebit", "agency")


def test_an_organisations_first_word_written_in_lower_case_elsewhere_stays_in_its_name(analyzer):
    """``Continental Press Wire, citing a person close to the fund, reported ...``: "continental"
    in lower case elsewhere does not make the capital only the sentence's (was "Press Wire");
    "Rival Hillary Clinton" still loses "Rival"."""
    text = ("The fund has bought clubs across the continental leagues.\n\nContinental Press Wire, citing a person close "
            "to the fund, reported that the fund planned to name a new chief executive within a fortnight.")
    assert [v.name for v in analyzer(text).quotes[-1].via] == ["Continental Press Wire"]


@pytest.mark.parametrize("description, noun", [
    ("a climate scientist at the Velmora Institute", "climatologist"),
    ("a scientist at the Velmora Institute", "researcher"),
    ("the band's vocalist", "singer"),
    ("a volcanologist at the Velmora Institute", "scientist"),
    ("a seismologist at the Velmora Institute", "scientist"),
])
def test_a_later_noun_for_the_one_a_description_names_otherwise_is_that_one(analyzer, description, noun):
    """``a climate scientist ... the climatologist said``, ``a scientist ... the researcher``,
    ``the band's vocalist ... the singer``: other nouns for the same holder
    (``office_synonyms.txt``; was unknown)."""
    text = (f"Dr. Ada Lind, {description}, said the number of hot days had tripled.\n\n"
            "Officials said the race would go ahead.\n\n"
            f"The {noun} said that the heat was not the only problem.")
    assert analyzer(text).quotes[-1].speaker.name == "Ada Lind"


def test_father_before_a_name_makes_the_priest(analyzer):
    """``Father Tomas Berg ... said ... '...,' the priest said``: a priest's title stands for "the
    priest" (``office_synonyms.txt``; was unknown)."""
    text = ("Father Tomas Berg, who runs a soup kitchen at the Church of St. Ivo, said the parish had begun rationing "
            "water.\n\n'People ask me to pray for rain, and I do,' the priest said.")
    assert analyzer(text).quotes[-1].speaker.name == "Tomas Berg"


@pytest.mark.parametrize("org, name", [
    ("Ostby Harbour Pilots Association", "Ostby Harbour Pilots Association"),
    ("Velmar Federation of Nurses", "Velmar Federation of Nurses"),
    ("Velmar Chamber of Commerce", "union"),
])
def test_the_union_is_an_association_of_people_in_one_trade(analyzer, org, name):
    """``The Ostby Harbour Pilots Association ... the union has said``: an association or a
    federation of people in one trade (a plural role noun in its name) is "the union" (was
    unresolved); a chamber of commerce is not."""
    text = (f"The {org}, which represents about 1,900 members, called the walkout after talks collapsed.\n\n"
            '"We did not choose this date lightly," said Ada Lind, its president.\n\n'
            "The strike is scheduled to end at midnight, but the union has said it could extend the action.")
    assert analyzer(text).quotes[-1].speaker.name == name


def test_the_head_of_a_body_in_a_lede_is_its_chief_executive_named_next(analyzer):
    """``The head of the National Football Board said ...`` / ``‘...,’ Dr. Amara de la Rosa,
    the board’s chief executive, told ...``: a chief executive is the body's head
    (``office_synonyms.txt``; was unknown)."""
    text = ("League chief vows no shortcuts\n\nHALVERN, March 18 — The head of the National Football Board said on "
            "Tuesday that the league would not be rushed into approving the takeover.\n\n‘We will take the time it "
            "takes,’ Dr. Amara de la Rosa, the board’s chief executive, told the parliamentary committee.")
    assert _speakers(analyzer, text)[1] == ("Amara de la Rosa", "named")  # after the headline's


def test_a_ledes_verb_the_parser_hung_on_the_dateline_still_has_the_lede_subject(analyzer):
    """``TERVANIK, Varnland - The leader of Varnland’s largest health workers’ union threatened
    ...`` / ``Kofi Asante-Berg, general secretary of the National Union of Health Workers, told
    ...``: the parser made "threatened" a relative clause on the dateline; a general secretary
    is the union's leader (was unknown)."""
    text = ("Union threatens national strike\n\nTERVANIK, Varnland - The leader of Varnland’s largest health workers’ "
            "union threatened on Wednesday to call a national strike unless the government opens an inquiry.\n\n"
            "Kofi Asante-Berg, general secretary of the National Union of Health Workers, told a rally that staff had "
            "been “made to choose between their consciences and their contracts.”")
    assert _speakers(analyzer, text)[0] == ("Kofi Asante-Berg", "named")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The Velmar Ministry of National Defence said its ships would stay.\n\nOstland’s Ministry of Defence said its "
         "two frigates would also remain on station near the islands.", "Velmar Ministry of National Defence"),
    ],
)
def test_a_name_another_place_owns_does_not_join_a_name_that_opens_with_another_place(analyzer, text, wrong):
    """``Ostland’s Ministry of Defence`` is not the ``Velmar Ministry of National Defence`` named
    before (was a wrong attribution to it)."""
    assert _speakers(analyzer, text)[-1][0] != wrong


def test_a_possessor_does_not_split_the_one_name_it_owns(analyzer):
    """Guard: ``the Justice Department ... Trump's Justice Department said``: one department."""
    text = ("The Justice Department said the review was closed.\n\nTrump's Justice Department said on Monday that it "
            "would appeal.")
    article = analyzer(text)
    assert len({q.speaker.entity for q in article.quotes}) == 1


def test_a_hyphenated_given_name_ner_typed_apart_stays_in_the_name(analyzer):
    """``[Anne-Sophie] [Delacroix-Mbaye], the lawyer ...``: NER made the given name an
    organisation of its own; both halves are given names the lists know, so it opens the
    person's name (was "Delacroix-Mbaye" and an organisation "Anne-Sophie")."""
    text = ("Port strike enters second week\n\nANSELM, May 4 — Dockworkers stayed off the job on Monday.\n\n"
            "Anne-Sophie Delacroix-Mbaye, the lawyer representing the union, told the Evening Ledger that the port "
            "authority had refused to meet.")
    assert _speakers(analyzer, text) == [("Anne-Sophie Delacroix-Mbaye", "named")]


def test_a_name_with_a_role_apposed_is_a_persons_whatever_ner_made_of_it(analyzer):
    """``Han Seo-yeon, a volunteer nurse ..., said`` / ``Han said``: NER called "Han" a
    nationality; the nurse is a person, so "Han" alone is her (was an organisation "Han")."""
    text = ("Floods hit the delta\n\nHan Seo-yeon, a volunteer nurse from Velmora who arrived at the camp on "
            "Thursday, said most patients were children.\n\n«We need clean water,» Han said.")
    assert _speakers(analyzer, text) == [("Han Seo-yeon", "named")] * 2


def test_a_name_ner_typed_a_product_after_a_persons_role_is_a_persons(analyzer):
    """``defamed actress [Ines de la Roca]``: NER typed the name a product; after a person's role
    it is a person's name, which ``De la Roca`` later shortens (was "De la Roca")."""
    text = ("HARBOURTON, Oct. 24 — A jury on Friday found that the Sunday Magpie defamed actress Ines de la Roca "
            "with its story.\n\nDe la Roca, who wept as the verdict was read, said she felt vindicated.")
    assert _speakers(analyzer, text)[-1] == ("Ines de la Roca", "named")


def test_a_sentences_first_word_no_dictionary_knows_is_part_of_the_name(analyzer):
    """``Biret Ánne Somby ... said``: a word opening the sentence before a given name is a
    description ("Billionaire Donald Trump") only if it is an English word; "Biret" is a
    given name the lists lack (was "Ánne Somby")."""
    text = "Biret Ánne Somby, who chairs the herders' council, said the animals had been moved."
    assert _speakers(analyzer, text) == [("Biret Ánne Somby", "named")]


def test_a_title_with_no_full_stop_gives_its_office(analyzer):
    """``Gen Kwame Asante-Boateng ... the general said``: a title written without its full stop
    ("Gen", "Lt Col") still gives the noun of its office (was unknown)."""
    text = ("Gen Kwame Asante-Boateng, the chief of defence staff, said he had ordered a review.\n\n"
            "'I want to know who saw those memos,' the general said.")
    assert _speakers(analyzer, text)[-1] == ("Kwame Asante-Boateng", "named")


def test_an_ombudsman_is_of_either_sex(analyzer):
    """``The ombudsman, Sigrún Aðalsteinsdóttir, confirmed that her office ... She said``:
    "ombudsman" does not make her a man (``neutral_nouns.txt``; "She" was unresolved)."""
    text = ("'We will fight this,' said Maria Lopes, the union's leader.\n\nThe ombudsman, Sigrún Aðalsteinsdóttir, "
            "confirmed that her office had received the complaint. She said a decision would come within weeks.")
    assert _speakers(analyzer, text)[-1] == ("Sigrún Aðalsteinsdóttir", "named")


def test_a_ledes_description_is_the_one_named_next_not_one_named_further_on(analyzer):
    """``Tamiristan refused ..., its energy minister said.`` in a lede is the minister the next
    paragraph names, not another country's energy minister named later (was a wrong
    attribution to her)."""
    text = ("KARAGOL — Tamiristan refused on Tuesday to lower its demand for a transit fee, its energy minister "
            "said.\n\nRustam-Ali Nazarzoda, Tamiristan's minister of energy, said in a statement that his country had "
            "made every concession.\n\nThe talks resume on Wednesday, when Dr. Gulnara Iskakova, the energy minister "
            "leading Kerestan's delegation, will present new figures.")
    assert _speakers(analyzer, text)[0] == ("Rustam-Ali Nazarzoda", "named")


def test_he_who_replies_is_not_the_one_who_asked_him(analyzer):
    """``Raghunathan-Cole asked him whether ... 'I spoke to one of them,' he replied.``: the
    one who asked "him", of unknown gender, is not the "he" who replies (was a wrong
    attribution to the barrister; now unresolved, as the editor was not named)."""
    text = ("Under questioning from Priya Raghunathan-Cole, the union's barrister, the editor accepted that none of "
            "the sources had been paid.\n\nRaghunathan-Cole asked him whether he had spoken to any of them. 'I spoke "
            "to one of them, at length,' he replied.")
    assert _speakers(analyzer, text)[-1][0] != "Priya Raghunathan-Cole"


def test_she_who_replies_is_not_the_one_who_asked_the_witness(analyzer):
    """``Okonjo asked the witness whether she had ... 'No,' she replied``: the witness the
    question calls "she" replies, not the one who asked, of unknown gender (was a wrong
    attribution to the lawyer; the witness is not named here, so it is unresolved)."""
    text = ("Tomasz Wielgus, 52, a former clerk at the depot, gave evidence on Monday.\n\nThe defence barrister, "
            "Ikenna Okonjo, told the court the invoices were genuine.\n\nOkonjo asked the witness whether she had "
            "ever signed one of the invoices herself.\n\n'No, I never signed anything,' she replied.")
    assert _speakers(analyzer, text)[-1][0] != "Ikenna Okonjo"


def test_a_subject_near_another_man_is_still_he(analyzer):
    """Guard: ``Zhao, 24, sat beside him ... He told reporters``: sitting beside "him" is no
    speech to him; "He" is still Zhao."""
    text = ("Dorofeev said the team had lodged a complaint.\n\nZhao, 24, sat beside him but spoke only briefly. He "
            "told reporters he had no quarrel with the champion.")
    assert _speakers(analyzer, text)[-1] == ("Zhao", "named")


def test_a_description_the_parser_hung_on_a_hyphenated_names_second_half_is_its_description(analyzer):
    """``[Aiko Nakamura]-[Reyes], a spokeswoman for the group, said`` / ``the spokeswoman said``:
    the parser hung the apposition on the half it split off at the hyphen (was unresolved)."""
    text = ("Relief flights resumed on Monday.\n\nAiko Nakamura-Reyes, a spokeswoman for the group, said diarrhoea "
            "cases among children under five had tripled since Monday at the camps it supports. Dr. Rashid al-Amin, "
            "the provincial health director, said the clinics were full.\n\n“Children are drinking floodwater,” the "
            "spokeswoman said.")
    assert _speakers(analyzer, text)[-1] == ("Aiko Nakamura-Reyes", "named")


def test_a_name_the_parser_made_a_roles_conjunct_is_its_apposition(analyzer):
    """``Ozbolia's minister of fuel and energy, Timur Bekzhanov, arrived ...`` / ``The minister
    said``: the parser made the name a conjunct of "minister", with no "and"; it is the
    minister's name (was unresolved)."""
    text = ("Ministers gather for gas talks\n\nKARAGOL, Kerestan — Ozbolia's minister of fuel and energy, Timur "
            "Bekzhanov, arrived in Karagol on Wednesday with a new proposal.\n\nThe minister said he had held a long "
            "meeting with his counterpart.")
    assert _speakers(analyzer, text)[-1] == ("Timur Bekzhanov", "named")


def test_every_title_before_a_name_gives_its_office(analyzer):
    """``Sports Minister Gen. Tomas Arvelo`` / ``the minister``: the office title before the
    general's rank is his too (was unresolved)."""
    text = ("The agency quoted Sports Minister Gen. Tomas Arvelo as saying that the country would not be dragged into "
            "the quarrel.\n\n«We invited the world to play chess here,» the minister was quoted as saying.")
    assert _speakers(analyzer, text)[-1] == ("Tomas Arvelo", "named")


def test_a_hyphenated_given_name_ner_cut_and_typed_a_place_is_one_name(analyzer):
    """``[Rustam]-[Ali Nazarzoda]``: NER typed the given name's first half a place and the rest
    a person; one name (was a place "Rustam" and "Ali Nazarzoda")."""
    text = ("The minister said he had held a long breakfast meeting with his Tamiri counterpart, Rustam-Ali Nazarzoda, "
            "and that the two men had agreed to talk again.\n\n“The fee is fair,” Nazarzoda said.")
    article = analyzer(text)
    assert article.quotes[-1].speaker.name == "Rustam-Ali Nazarzoda"
    assert "Rustam" not in [e.name for e in article.entities]


def test_an_untyped_name_after_the_organisation_a_role_is_of_is_the_roles_name(analyzer):
    """``A spokesman for the Dhunmal Irrigation Authority, Suresh Pandey-Lal, said``: NER left
    the name untyped and the parser hung it on the authority; capitalised words set after the
    organisation a role is of name the role's holder (was an anonymous spokesman)."""
    text = ("A spokesman for the Dhunmal Irrigation Authority, Suresh Pandey-Lal, said staff at the dam had worked "
            "through the night.")
    assert _speakers(analyzer, text) == [("Suresh Pandey-Lal", "named")]


def test_a_title_with_an_of_complement_before_a_name_gives_its_office(analyzer):
    """``Minister of Agriculture and Livestock Khadar Ali al-Hashimi`` / ``the minister``: the
    title before the complement is his (was unresolved)."""
    text = ("In the capital, Minister of Agriculture and Livestock Khadar Ali al-Hashimi said the situation was serious "
            "but under control.\n\nAid groups disagreed. “Our herders have survived droughts for a thousand years,” the "
            "minister told the newspaper.")
    assert _speakers(analyzer, text)[-1] == ("Khadar Ali al-Hashimi", "named")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Region appeals for food aid\n\nBUUR HAGAR, Ardaya — The governor of Ardaya’s Dhoobo region appealed on "
         "Wednesday for emergency food shipments.\n\nHassan Yusuf Galaydh, who has governed the region since 2019, told a "
         "gathering of clan elders that at least 43 people had died.\n\nThe central government insisted the reports were "
         "exaggerated.\n\nThe governor said his administration had registered more than 180,000 displaced people.",
         "Hassan Yusuf Galaydh"),
        ("Bank chief admits warnings were ignored\n\nLESSENDORF, March 25 — The chief executive of Brennmark National Bank "
         "acknowledged on Tuesday that auditors had warned him two years ago.\n\nHenrik van der Aalst, appearing before a "
         "parliamentary committee, said the audit report had been left on a shelf.\n\nThe committee's members were "
         "unimpressed.\n\nLawmakers pressed for answers for three hours.\n\nCommittee chairman Kwame Osei-Bonsu asked "
         "whether he intended to resign. \"Not today,\" the chief executive replied.", "Henrik van der Aalst"),
    ],
)
def test_a_ledes_description_names_the_one_named_next_wherever_it_comes_again(analyzer, text, speaker):
    """A lede's subject ``The governor of ...`` (said or not) is the person the next paragraph
    names; ``The governor said`` paragraphs later is that person when no entity's words hold
    the noun (was unresolved)."""
    assert _speakers(analyzer, text)[-1] == (speaker, "named")


def test_two_family_names_ner_cut_off_after_particles_stay_in_the_name(analyzer):
    """``Vice President [Maria da Conceição] Albuquerque Reis``: NER stopped the name before its
    two family names; "Albuquerque Reis said" is her (was an entity "Albuquerque Reis")."""
    text = ("Vice President Maria da Conceição Albuquerque Reis, a former senator from the northern state, was sworn "
            "in as acting president.\n\nAlbuquerque Reis said she would serve until the trial ended.")
    assert _speakers(analyzer, text)[-1] == ("Maria da Conceição Albuquerque Reis", "named")


def test_a_description_is_no_one_named_next_whose_gender_its_report_denies(analyzer):
    """``the ousted minister said he had ...`` / ``Deputy Finance Minister Anna-Lena Kowalczyk
    will run the ministry``: the woman named next is not the "he" the report's subject says
    the source is (was a wrong attribution to her; now unresolved)."""
    text = ("Chancellor fires finance minister\n\nKESSELBRUNN — The chancellor dismissed her finance minister on Thursday "
            "night.\n\nTom Berg, 58, learned of his dismissal from a text message, the Harbour Times reported.\n\nIn a "
            "brief statement posted online, the ousted minister said he had defended working families to the last "
            "day.\n\nDeputy Finance Minister Anna-Lena Kowalczyk will run the ministry on an interim basis.")
    assert _speakers(analyzer, text)[-1][0] != "Anna-Lena Kowalczyk"


@pytest.mark.parametrize(
    "second, speaker",
    [
        ("Deputy Governor Ilse Marquardt told reporters in Linz that the bank was ready to lend.", "Ilse Marquardt"),
        # the next paragraph's official holds another office: the lede's "deputy governor" stays unnamed
        ("Governor Ilse Marquardt told reporters in Linz that the bank was ready to lend.", None),
    ],
)
def test_a_ledes_unnamed_official_is_the_one_the_next_paragraph_names_with_that_title(analyzer, second, speaker):
    text = ("LINZ, March 12 (Alpine Wire) - The central bank will not let one developer's default spread to "
            f"other lenders, a deputy governor said on Tuesday.\n\n{second}")
    first = analyzer(text).quotes[0]
    assert (first.speaker.name if first.attribution == "named" else None) == speaker


def test_the_given_names_ner_left_out_before_a_patronymic_stay_in_the_name(analyzer):
    """``Mohd [bin Rosli]``, as NER read "Mohd Hafiz bin Kamaruddin" in an article: every given
    name before the patronymic is the name's (was "Faizal bin Rosli"); a title is not."""
    text = ('Mohd Faizal bin Rosli, 41, was testifying on the fifth day of the trial. "I drove the boxes myself," '
            'Faizal said.\n\nDatuk Azman bin Yusof sat in the dock.')
    quotes, entities = _relabelled(analyzer, text, ("bin", 2, "PERSON", "first"), ("Azman", 3, "PERSON"))
    assert [q.speaker.name for q in quotes] == ["Mohd Faizal bin Rosli"]
    assert "Azman bin Yusof" in [e.name for e in entities]


def test_a_name_ner_typed_a_place_with_an_age_set_off_after_it_is_a_person(analyzer):
    """``[U Tin Maung], 61, has rowed ferries ... He said ...``: only a person's name takes an
    age between commas, whatever NER says (was no entity, and "he" unresolved)."""
    text = ("U Tin Maung, 61, has rowed ferries across the river for 40 years. He said the crossing now takes twice "
            "as long.")
    quotes, entities = _relabelled(analyzer, text, ("U", 3, "LOC"))
    assert [(e.name, e.type) for e in entities if "Maung" in e.name] == [("U Tin Maung", "person")]
    assert quotes[0].speaker.name == "U Tin Maung"


def test_a_short_name_that_ends_one_name_is_not_the_middle_name_of_a_more_recent_source(analyzer):
    """``Ama Efua Mensah`` and ``Kwame Mensah Boateng`` (shortened "Boateng") are named;
    "Mensah warned" is her, whose family name it is, not him, though he spoke last (was him)."""
    text = ("« Where is our money? » asked Ama Efua Mensah, a grower from the village of Asankrom.\n\n"
            "Kwame Mensah Boateng, who chairs the farmers' committee in Asankrom, said villagers had long been "
            "suspicious of the scheme.\n\n« Today I do not know what to tell them, » he said.\n\n"
            "Boateng told the Coastal Courier that the committee had written to the cooperative three times.\n\n"
            "Mensah warned that farmers would sell their beans to other buyers.")
    assert analyzer(text).quotes[-1].speaker.name == "Ama Efua Mensah"


def test_a_ledes_description_for_another_person_is_not_the_person_named_next(analyzer):
    """``The lawyer for a bus driver ... told the court that ...`` / ``Tomasz Wierzba, 44, ...
    was arrested``: the man named next is the driver the lawyer speaks for, not the lawyer (was a
    wrong attribution to him; now unresolved)."""
    text = ("KRAKOW, May 2 (BPA) — The lawyer for a bus driver accused of smuggling cigarettes told the district "
            "court on Tuesday that his client had never opened the boxes.\n\nTomasz Wierzba, 44, from Tarnow, was "
            "arrested at a checkpoint in March.")
    [quote] = analyzer(text).quotes
    assert quote.speaker.name != "Tomasz Wierzba"
    # the head of a body the description names is still the one named next
    text = ("The head of the Kestrel Water Authority has insisted that the overspend was the result of decisions taken "
            "in good faith.\n\nInes Marlow, the authority's chief executive, told the committee on Wednesday that "
            "most of the overrun was due to staffing.")
    assert analyzer(text).quotes[0].speaker.name == "Ines Marlow"


def test_a_person_ner_typed_an_organisation_before_their_role_is_a_person(analyzer):
    """``María-José Ocampo Quispe, secretary-general of the ... union, told`` / ``Ocampo said``:
    a name that opens with given names the lists know and has a role after it is a person's,
    and "Ocampo", the first of two family names after the given names, is short for it (was
    an entity "Ocampo" of its own). "María-José" gives no gender: "María" is also a man's
    second name."""
    text = ("Teachers walk out\n\nVALDEMORA — Teachers across the city walked out on Monday.\n\n\"The city chose this "
            "strike for us when it walked away from the table,\" María-José Ocampo Quispe, secretary-general of the "
            "Single Union of Education Workers of Valdemora, told thousands of teachers.\n\nOcampo said the union would "
            "keep schools closed until the city agreed to a raise.")
    assert [s for s, _ in _speakers(analyzer, text)] == ["María-José Ocampo Quispe"] * 2


def test_an_institutions_place_after_of_stays_in_its_name(analyzer):
    """``the [Single Union of Education Workers] of Valdemora (SUTEV)``: NER stopped the union's
    name before "of" and its place; "The union said" is the whole name (was "Single Union of
    Education Workers")."""
    text = ("Ana Ruiz, secretary-general of the Single Union of Education Workers of Valdemora (SUTEV), said the strike "
            "would go on.\n\nThe union said it would march on Wednesday.")
    assert _speakers(analyzer, text)[-1] == ("Single Union of Education Workers of Valdemora", "named")


def test_a_name_ner_typed_a_building_with_an_organisations_noun_apposed_is_the_organisation(analyzer):
    """``[Thorne Whitcombe Advisory], the firm appointed to wind up the exchange, said ...`` /
    ``the firm said``: where NER types the name a building (as it does in such a lede), the
    organisation's noun apposed makes it an organisation, the speaker of both quotes (was "the
    firm", unnamed, and then the exchange)."""
    text = ("PORT ILVANE — Thorne Whitcombe Advisory, the firm appointed to wind up Caldera Digital Exchange, said on "
            "Monday that it had located assets worth less than a quarter of what the platform owed.\n\nIn its first "
            "report, the firm said Caldera’s records were ‘incomplete, inconsistent and in places simply fictitious’.")
    assert _speakers_relabelled(analyzer, text, ("Thorne", 3, "FAC")) == ["Thorne Whitcombe Advisory"] * 2


def test_an_alliance_is_an_institution_whose_name_runs_past_for(analyzer):
    """``The Alliance for Electoral Integrity said``: "alliance" heads an institution's name
    (``institution_heads.txt``), which runs past "for" (was "Alliance")."""
    text = "The Alliance for Fair Harbours said the vote on the port had been rushed."
    assert _speakers(analyzer, text) == [("Alliance for Fair Harbours", "named")]


def test_an_office_a_relative_clause_says_someone_was_appointed_to_describes_them(analyzer):
    """``Kim Do-yoon, who was appointed chief executive of the consortium last year, told ...`` /
    ``the chief executive said``: an office given in the passive ("appointed", "named",
    "elected") is the person's (was unresolved)."""
    text = ("Water tariffs spark protests\n\nCOCHAPATA — Protesters blocked roads for a third day on Monday.\n\nKim "
            "Do-yoon, who was appointed chief executive of the consortium last year, told a news conference that the "
            "tariff rise had been approved by the regulator.\n\nProtest leaders rejected that. Felipa Mamani, a market "
            "trader, said the rise was unaffordable.\n\n“We came to build, not to leave,” the chief executive said.")
    assert _speakers(analyzer, text)[-1] == ("Kim Do-yoon", "named")


def test_a_name_the_parser_made_the_object_of_a_titles_of_is_the_source(analyzer):
    """``Deputy Commissioner of Police Sunita Rangnekar-Baptiste said``: the parser made the
    title the subject and the name the object of its "of"; the person is the source (was an
    entity "Commissioner")."""
    text = "Deputy Commissioner of Police Sunita Rangnekar-Baptiste said no one had yet been charged."
    assert _speakers(analyzer, text) == [("Sunita Rangnekar-Baptiste", "named")]


def test_a_plural_possessive_inside_an_institutions_name_ner_cut_stays_in_it(analyzer):
    """``[The Union of Salt Miners'] [Cooperatives] said``: NER cut the name after the plural's
    apostrophe; the name runs on over it (was "Union of Salt Miners")."""
    text = "The Union of Salt Miners' Cooperatives said in a statement that it would strike."
    assert _speakers(analyzer, text) == [("Union of Salt Miners' Cooperatives", "named")]


def test_the_organisation_a_title_complements_takes_no_title_from_it(analyzer):
    """``Marta Ivanić, president of the Federation of Salt Miners,`` / ``The federation leader
    said``: "president of" describes her, not the federation (which took "president" as its own
    title); a president is a leader, so "the federation leader" is her (was the federation)."""
    text = ("Marta Ivanić, president of the Federation of Salt Miners, left the talks before midnight.\n\n\"We came to "
            "negotiate,\" Ivanić said.\n\nThe federation leader said her members would keep the mines shut.")
    assert _speakers(analyzer, text)[-1] == ("Marta Ivanić", "named")


def test_a_first_family_name_after_particles_is_short_for_the_full_name(analyzer):
    """``Teodoro de la Vega Ruiz`` (NER: an organisation) / ``de la Vega said``: the first of two
    family names, after its particles, is short for him (was an entity "Vega")."""
    text = ("The economy minister, Teodoro de la Vega Ruiz, said on Monday that the peso would recover.\n\n\"Nobody told "
            "the bank what to do,\" de la Vega said.")
    assert _speakers_relabelled(analyzer, text, ("Teodoro", 5, "ORG")) == ["Teodoro de la Vega Ruiz"] * 2


def test_a_given_name_ner_missed_keeps_the_family_names_particles(analyzer):
    """``PORT ELLERY, Marvania — Jean-Luc de la Serre has fought fires ...`` (NER: no name) /
    ``de la Serre said``: a run of names that opens with a given name may hold a family name's
    particles in lower case (was "Serre", a woman's given name, so "He" found no one)."""
    text = ("PORT ELLERY, Marvania — Jean-Luc de la Serre has fought fires for 31 years.\n\n\"We were talking by text "
            "message,\" de la Serre said. \"That is luck.\"\n\nHe said the tanker had broken down twice.")
    assert _speakers(analyzer, text) == [("Jean-Luc de la Serre", "named")] * 3


def test_a_name_ner_missed_apposed_to_a_capitalised_title_is_the_speaker(analyzer):
    """``Norland's Minister of Fisheries, Ana Beatriz de la Cerda Ortúzar, urged ...``: NER found no
    name; one that opens with a given name the lists know, apposed to the title, is the source,
    and "the minister" is her (were the title, as an organisation, and unknown)."""
    text = ("SANTIAGO \u2014 Norland\u2019s Minister of Fisheries, Ana Beatriz de la Cerda Ort\u00fazar, on Wednesday urged "
            "the union to return to the table, warning that a long dispute would hurt the budget. The minister said "
            "the government would not intervene.")
    assert {name for name, _ in _speakers(analyzer, text)} == {"Ana Beatriz de la Cerda Ort\u00fazar"}


def test_a_name_ner_typed_an_organisation_apposed_to_a_title_is_a_person(analyzer):
    """``Japan's Vice-Minister of Defence, Kazuhiro Tanabe, said`` (NER: an organisation): apposed
    to a title, the name is a person's and the source; the title alone is no one (was an entity
    "Minister")."""
    text = "Japan's Vice-Minister of Defence, Kazuhiro Tanabe, said the missile had climbed to 2,000 kilometres."
    assert _speakers(analyzer, text) == [("Kazuhiro Tanabe", "named")]


def test_a_name_ending_in_an_abbreviated_titles_word_keeps_its_given_names(analyzer):
    """``Gen. Ram Sen Adhikari, the army's chief of operations, said``: "Sen" without its full
    stop is part of the name (was "Adhikari")."""
    text = "Gen. Ram Sen Adhikari, the army's chief of operations, said 12 more bodies had been recovered."
    assert _speakers(analyzer, text) == [("Ram Sen Adhikari", "named")]


def test_a_headman_is_a_persons_role(analyzer):
    """``Ang Nima Lama, 71, a former village headman,`` (NER: no name) / ``Mr. Lama said`` /
    ``The former headman said``: "headman" is a role (``role_nouns.txt``), so the name is a
    person's full name, which "Mr. Lama" joins, and "the former headman" is him (were "Lama"
    and unresolved)."""
    text = ("Across the valley, Ang Nima Lama, 71, a former village headman, sat outside a borrowed tent.\n\n\"My father "
            "told me this lake would come down one day,\" Mr. Lama said.\n\nThe former headman said he had signed "
            "petitions to the district office.")
    assert _speakers_relabelled(analyzer, text, ("Ang", 3, None)) == ["Ang Nima Lama"] * 2  # NER: "Lama" after "Mr." only


def test_a_role_capitalised_only_as_a_headlines_first_word_is_no_name(analyzer):
    """``Heir's armoured train reaches Velmar port`` (NER: an organisation) / ``the heir said``:
    a role noun capitalised only where it opens a sentence, and written in lower case
    elsewhere, is no one's name; the unnamed heir is no named source (was an entity "Heir")."""
    text = ("Heir's armoured train reaches Velmar port to red-carpet welcome\n\nVELMAR — The train arrived on Tuesday.\n\n"
            "In remarks carried by the state news agency, the heir said he had come to learn from a great neighbour.")
    assert _speakers(analyzer, text)[-1][1] != "named"


def test_a_title_before_a_hyphenated_family_name_picks_the_one_of_its_gender(analyzer):
    """``Margot de la Serre-Vidal`` and ``her father, Étienne de la Serre-Vidal`` / ``Mr. de la
    Serre-Vidal told`` / ``he told``: "Mr." past the particles gives a man, so the family name
    is his, not his daughter's (was hers, and "he" then found no one)."""
    text = ("Lucas van der Berg, 41, and his colleague Margot de la Serre-Vidal, 36, were freed on Tuesday.\n\nIn Lisle, "
            "relatives gathered at the home of her father, Étienne de la Serre-Vidal, a retired notary.\n\nMr. de la "
            "Serre-Vidal told the newspaper that his daughter had asked whether her cat was alive.\n\n“The cat is fine,” "
            "he told reporters.")
    named = [name for name, _kind in _speakers(analyzer, text) if name != "his daughter"]
    assert named == ["Étienne de la Serre-Vidal"] * 2


def test_a_subject_with_a_family_names_particles_is_a_persons_name(analyzer):
    """``Mayor Maria Lourdes “Lulu” dela Cruz now runs ...`` / ``dela Cruz said``: a subject whose
    name holds a family name's particles is a person's name of its own, particles and all (and
    the nickname in quotation marks none of it: the whole name)."""
    text = ("In San Isidro, Mayor Maria Lourdes “Lulu” dela Cruz now runs the town from a tent.\n\n“People ask me when "
            "things will be normal,” dela Cruz said. “I tell them the truth.”")
    assert _speakers(analyzer, text) == [("Maria Lourdes dela Cruz", "named")] * 2


def test_she_after_a_report_is_its_source_not_someone_it_names(analyzer):
    """``According to Park, Ryu is travelling with his younger sister, Ryu Mi-ran, ... She said
    ...``: no subject stands outside Park's reported words, so "she" continues Park, not the
    sister those words name (was Ryu Mi-ran)."""
    text = ("\"We were told the train crossed the border shortly before dawn on Monday, and that security along the rail "
            "line had been tightened days in advance,\" Park said. \"The directorate believes he will stand next to "
            "President Oleskov on the reviewing stand.\"\n\nAccording to Park, Ryu is travelling with his younger sister, "
            "Ryu Mi-ran, a senior official of the ruling party, and with Foreign Minister Oh Chang-gyu. She said the agency "
            "had not ruled out a separate summit with President Oleskov on the sidelines of the parade.")
    assert _speakers(analyzer, text)[-1] == ("Park", "named")


def test_a_title_the_article_writes_before_a_name_is_no_name_of_its_own(analyzer):
    """``Crown Princess Ingeborg-Maren`` / ``the Crown Princess said``: the capitalised title is
    no one's name, so no named source "Crown Princess" (was `named`); since session 57 the
    title phrase before her name starts her entity, which "the Crown Princess" stands for."""
    text = ("LYSEVIK — Crown Princess Ingeborg-Maren of Norrvik spoke publicly on Monday for the first time since her "
            "wedding.\n\n'I married a good man,' the Crown Princess said, reading from a statement.")
    speakers = _speakers(analyzer, text)
    assert "Crown Princess" not in [name for name, _attribution in speakers]
    assert speakers[0] == ("Ingeborg-Maren", "named")


def test_a_courtier_is_a_role(analyzer):
    """``A senior courtier, speaking on condition of anonymity, said``: anonymous (was unknown)."""
    text = "A senior courtier, speaking on condition of anonymity, said the king had not spoken to his daughter."
    assert _speakers(analyzer, text) == [("A senior courtier", "anonymous")]


def test_a_name_something_owns_is_no_company_the_company_can_be(analyzer):
    """``... at its [Shirakawa] proving ground`` (NER: an organisation) / ``According to the
    company``: a name a possessive owns is part of its owner, not the company "the company"
    stands for (was Shirakawa)."""
    text = ("Tarumi Motor said on Tuesday that engineers had falsified emissions data.\n\nThe president said the company had "
            "found irregularities in test procedures at its Shirakawa proving ground.\n\nAccording to the company, the "
            "affected models include the Sorano compact and the Vireo hybrid.")
    assert _speakers_relabelled(analyzer, text, ("Shirakawa", 1, "ORG"))[-1] == "Tarumi Motor"


def test_a_public_body_noun_passes_over_a_ships_name_to_the_body_it_fits(analyzer):
    """``The Northern Coast Guard Authority said the Nordvik Spirit struck a shoal ... the agency
    said``: "the agency" is the authority named in its sentence, not the ship named last (was
    unresolved, a named "agency")."""
    text = ("The Northern Coast Guard Authority said the 148-metre Nordvik Spirit struck a shoal about 14 kilometres east of "
            "Iluvialuk shortly after 3 a.m. All 22 crew members were accounted for, the agency said.")
    assert _speakers(analyzer, text)[-1] == ("Northern Coast Guard Authority", "named")


def test_a_family_name_tagged_an_interjection_opens_the_name(analyzer):
    """``said Oh Min-jae, a professor ...`` / ``Oh said``: the tagger read "Oh" as an
    interjection and the parser made "Min" and "jae" two subjects; the name is whole (was
    "Min-jae", and "Oh" an entity of its own)."""
    text = ("“The fact that she names the newspapers tells you the reports landed,” said Oh Min-jae, a professor of political "
            "science at Hanul National University. “Normally they pretend such things don’t exist.”\n\nOh said the "
            "statement also served to remind party officials at home of her authority.")
    assert _speakers(analyzer, text) == [("Oh Min-jae", "named")] * 3


def test_a_role_capitalised_as_a_sentences_first_word_takes_the_name_apposed(analyzer):
    """``Counsel for the tribunal, Rashid al-Farsi, said``: "Counsel", capitalised only as the
    first word, is a role; the name apposed is the source (was an entity "Counsel", named)."""
    text = ("The tribunal opened on Monday.\n\nCounsel for the tribunal, Rashid al-Farsi, said in his opening address that "
            "investigators had gathered 11,000 pages of documents.\n\nCounsel for the minister, Nuala Castellanos, told "
            "the chair that her client had co-operated fully.")
    speakers = _speakers(analyzer, text)
    assert speakers[0] == ("Rashid al-Farsi", "named") and "Counsel" not in {name for name, _kind in speakers}


def test_a_hyphenated_family_name_ner_typed_a_place_still_joins_the_full_name(analyzer):
    """Guard: ``Oluwaseun Adeyemi-Cole, its chair, ...`` / ``Adeyemi-Cole said`` (NER: a place): a
    hyphenated family name alone is a short form, and as a source's name it joins the person
    whose name ends in it, both of its halves."""
    text = ("The panel met on Monday. Its chair, Oluwaseun Adeyemi-Cole, opened the hearing.\n\nAdeyemi-Cole said every "
            "person named on the affected pages would be told.")
    assert _speakers_relabelled(analyzer, text, ("Adeyemi", 3, "GPE")) == ["Oluwaseun Adeyemi-Cole"]


def test_a_family_name_first_ner_typed_a_place_with_an_age_joins_the_full_name(analyzer):
    """``Property tycoon Vuong Thi Ngoc Lan went on trial ...`` / ``Vuong, 66, the founder of ...,``
    (NER: a place): a place takes no age, so the name is the person's family name, first of
    her full name (was an entity "Vuong" of its own)."""
    text = ("Property tycoon Vuong Thi Ngoc Lan went on trial on Monday, accused of defrauding bondholders.\n\nVuong, 66, "
            "the founder of Phu Gia Holdings, told the court she had always intended to repay every investor.")
    assert _speakers_relabelled(analyzer, text, ("Vuong", 1, "GPE")) == ["Vuong Thi Ngoc Lan"]


def test_a_joining_particle_between_hyphens_stays_in_a_name(analyzer):
    """``The Khidmat-e-Dariya Foundation said``: "e" (like "ul", "uz" of "Noor-ul-Ain",
    "Qamar-uz-Zaman") joins the name's parts between hyphens (``name_particles.txt``; was
    "Dariya Foundation")."""
    text = ("Dr. Noor-ul-Ain Shaikh, the medical director of the Khidmat-e-Dariya Foundation, said the camps were full.\n\n"
            "The Khidmat-e-Dariya Foundation said it had recorded 37 deaths.")
    assert _speakers(analyzer, text) == [("Noor-ul-Ain Shaikh", "named"), ("Khidmat-e-Dariya Foundation", "named")]


def test_a_name_ner_cut_at_a_joining_particle_is_whole(analyzer):
    """``[Qamar]-uz-[Zaman Bhatti], the newspaper's editor, told ...``: NER made two names of one
    at the particle between hyphens; the name is whole (was "Zaman Bhatti")."""
    text = "Qamar-uz-Zaman Bhatti, the newspaper's editor, told the Morning Ledger that the letter had been checked."
    spans = (("Qamar", 6, None), ("Qamar", 1, "PERSON"), ("Zaman", 2, "PERSON"))
    assert _speakers_relabelled(analyzer, text, *spans) == ["Qamar-uz-Zaman Bhatti"]


def test_a_nickname_in_quotation_marks_inside_a_name_joins_its_parts(analyzer):
    """``Opposition lawmaker Narumon "Fai" Sukjaroen``: NER stops at the nickname's marks or
    starts after them; the name is the given and the family name around the nickname, and its
    parts alone ("Tanawat", "Chaiyaporn") join it (were "Sukjaroen", "Tanawat" and "Tom”
    Chaiyaporn" apart, and "the lawmaker" unknown)."""
    text = ('Opposition lawmaker Narumon "Fai" Sukjaroen said on Monday that her party would table a bill. '
            '"The law is being used as a weapon," the lawmaker said. Student leader Tanawat "Bank" Rojanasiri, 21, '
            'told reporters that he would appeal. "We are not afraid," Tanawat said. Government spokesman Wiroj '
            '\u201cTom\u201d Chaiyaporn said the ruling was fair. \u201cNobody is above the law,\u201d Chaiyaporn said.')
    assert [name for name, _ in _speakers(analyzer, text)] == [
        "Narumon Sukjaroen", "Narumon Sukjaroen", "Tanawat Rojanasiri", "Tanawat Rojanasiri", "Wiroj Chaiyaporn",
        "Wiroj Chaiyaporn"]


def test_a_name_ner_typed_an_organisation_up_to_its_particle_opens_the_family_name_after(analyzer):
    """``Maria [Helena Bittencourt dos] [Reis Carvalho]``, the start typed an organisation with
    the particle, as NER did in an article: one name (was "Reis Carvalho")."""
    text = ('"It is a story about a business model built on destruction," federal prosecutor Maria Helena Bittencourt '
            'dos Reis Carvalho told the court. Reis Carvalho said the company had lied.')
    assert _speakers_relabelled(analyzer, text, ("Helena", 3, "ORG"), ("Reis", 2, "PERSON", "first"),
                                ("Reis", 2, "PERSON")) == ["Maria Helena Bittencourt dos Reis Carvalho"] * 2


def test_two_names_ner_made_of_one_with_particles_are_one_seen_from_either():
    """``[Rui Manuel de Sousa] [Vasconcelos Pereira], who ...``, parsed in an article with "Sousa"
    apposed to "Manuel": the name NER started after one with particles inside is its family names,
    seen from either part (were two names, the chairman's "Vasconcelos Pereira")."""
    import spacy
    from spacy.tokens import Doc

    from quotekit.resolve import _whole_name

    vocab = spacy.blank("en").vocab
    words = ["Rui", "Manuel", "de", "Sousa", "Vasconcelos", "Pereira", ",", "who", "left", ",", "said", "so"]
    doc = Doc(vocab, words=words, spaces=[True, True, True, True, True, False, True, True, False, True, True, False],
              pos=["PROPN"] * 6 + ["PUNCT", "PRON", "VERB", "PUNCT", "VERB", "ADV"],
              heads=[5, 5, 3, 1, 5, 10, 5, 8, 5, 10, 10, 10],
              deps=["compound", "compound", "nmod", "appos", "compound", "nsubj", "punct", "nsubj", "relcl", "punct",
                    "ROOT", "advmod"],
              ents=["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "B-PERSON", "I-PERSON"] + ["O"] * 6)
    first, second = doc.ents
    assert (_whole_name(first).text, _whole_name(second).text) == ("Rui Manuel de Sousa Vasconcelos Pereira",) * 2


def test_a_gaelic_family_name_runs_past_its_opener_and_takes_the_given_name_before(analyzer):
    """``Tadhg Mac an Ghoill``, ``Pádraig Ó hEochaidh``: the family name runs past "Mac", the
    article "an" and a word written after an initial mutation ("hEochaidh"), and the short form
    with "Ó" is the full name's (were "Tadhg Mac", and "Ó hEochaidh" a person of its own);
    ``[Gráinne] Ní Riagáin`` with NER's name on the family name alone starts at the given name
    (``family_name_openers.txt``)."""
    text = ('The language board\'s chief, Tadhg Mac an Ghoill, said the cuts would close schools. Pádraig '
            '\u00d3 hEochaidh, a teacher, said morale was low. "Nobody asked us," \u00d3 hEochaidh said.')
    assert [name for name, _ in _speakers(analyzer, text)] == [
        "Tadhg Mac an Ghoill", "P\u00e1draig \u00d3 hEochaidh", "P\u00e1draig \u00d3 hEochaidh"]
    text = ("The premier asked the education minister, Gr\u00e1inne N\u00ed Riag\u00e1in, to meet the rebels. "
            "N\u00ed Riag\u00e1in said the bill would pass.")
    assert _speakers_relabelled(analyzer, text, ("Gr\u00e1inne", 1, None), ("N\u00ed", 2, "PERSON", "first")) == [
        "Gr\u00e1inne N\u00ed Riag\u00e1in"]


def test_a_second_family_name_after_a_nickname_stays_in_the_name():
    """``Luis "Pelao" Muñoz Carrasco stirs ...``: the parser hangs the first family name on the
    second; the name runs to the second (was "Luis Muñoz", NER having typed the nickname and the
    family names a work of art in an article)."""
    import spacy
    from spacy.tokens import Doc

    from quotekit.resolve import _around_nickname

    vocab = spacy.blank("en").vocab
    words = ["Luis", '"', "Pelao", '"', "Mu\u00f1oz", "Carrasco", "stirs", "a", "pot"]
    doc = Doc(vocab, words=words, spaces=[True, False, False, True, True, True, True, True, False],
              pos=["PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB", "DET", "NOUN"],
              heads=[5, 5, 5, 5, 5, 6, 6, 8, 6],
              deps=["compound", "punct", "compound", "punct", "compound", "nsubj", "ROOT", "det", "dobj"])
    assert _around_nickname(doc, 0, 1) == (0, 6)


def test_a_generational_suffix_after_a_nickname_ends_the_name():
    """``Governor Ernesto «Boyet» Lacsamana III``: the name around the nickname runs to its
    generational suffix, as NER, which typed the nickname and family name a work of art in an
    article, did not find it (was "Ernesto Lacsamana", a different name from the one written)."""
    import spacy
    from spacy.tokens import Doc

    from quotekit.resolve import _around_nickname

    vocab = spacy.blank("en").vocab
    for suffix in ("III", "Jr."):
        words = ["Governor", "Ernesto", "\u00ab", "Boyet", "\u00bb", "Lacsamana", suffix, "said"]
        doc = Doc(vocab, words=words, spaces=[True, True, False, False, True, True, True, False],
                  pos=["PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB"])
        assert _around_nickname(doc, 1, 2) == (1, 7)


def test_a_first_family_name_is_short_for_its_owner_not_for_a_name_it_ends(analyzer):
    """``María Elena Salcedo Ortega`` ... ``Salcedo said``: "Salcedo" is her first family name,
    her short name; in "Mateo Quintana Salcedo", named before, it is the second family name
    (his short name is "Quintana"): the mother speaks (was her son). A middle name the lists
    know for a given name is no family name: "Barrow" stays John Michael Barrow's."""
    text = ("The students, Mateo Quintana Salcedo, 21, and two classmates, were stopped at a fake checkpoint on March "
            "3 and have not been seen since. María Elena Salcedo Ortega, Mateo's mother, said the arrests were a first "
            'step. "I want my son back," Salcedo said by telephone.')
    assert [name for name, _ in _speakers(analyzer, text)] == ["María Elena Salcedo Ortega"] * 2
    text = ("The driver, John Michael Barrow, 40, was stopped at a checkpoint on March 3. Anna Barrow Lowe, a "
            'neighbour, said the arrests were a first step. "I want answers," Barrow said by telephone.')
    assert [name for name, _ in _speakers(analyzer, text)] == ["Anna Barrow Lowe", "John Michael Barrow"]


def test_a_hyphenated_given_name_typed_apart_from_a_family_name_typed_otherwise_joins_it(analyzer):
    """``Dr. Ji-ah Seo``: NER types "Ji" a person's name and "Seo" an organisation; the given
    name in romanised syllables (its second one ending in "h") opens the name (was "Seo")."""
    text = ('"This is a familiar pattern," said Dr. Ji-ah Seo, a researcher at the Hanul Institute for Unification '
            "Studies in Seoul. Seo said the visit was planned.")
    assert [name for name, _ in _speakers(analyzer, text)] == ["Ji-ah Seo", "Ji-ah Seo"]


def test_a_name_ner_typed_a_building_is_a_persons_when_a_title_gives_its_last_word(analyzer):
    """``KALIGAON, India — [Nirmal Chandra Saikia] has lived beside the river ...`` (NER: a
    building, as en_core_web_sm typed "Prakash Chandra Gogoi" in an article) ... ``said Mr.
    Saikia``: "Mr." makes the name a person's, whom "Mr. Saikia" is short for (was "Saikia"
    alone)."""
    text = ("KALIGAON, India — Nirmal Chandra Saikia has lived beside the Rangmati river for all of his 70 years. "
            "“This is the eleventh flood,” said Mr. Saikia, a retired schoolteacher.")
    assert _speakers_relabelled(analyzer, text, ("Nirmal", 3, "FAC")) == ["Nirmal Chandra Saikia"]


def test_a_priests_abbreviated_title_is_no_name(analyzer):
    """``said Fr. Anselm Kowalczyk, a priest``: "Fr." is a title (``title_abbreviations.txt``:
    the priest), not a speaker "Fr"."""
    text = ("\u2018Fear is the last weapon they hold over these women,\u2019 said Fr. Anselm Kowalczyk, a priest who runs "
            "a shelter. \u2018Every week a mother tells me she wants to testify.\u2019 The priest said two families had left.")
    assert [name for name, _ in _speakers(analyzer, text)] == ["Anselm Kowalczyk"] * 3


@pytest.mark.parametrize(("text", "speaker"), [
    ('Former president Tomasz Wieczorek was taken to hospital on Monday, his lawyer said. Wieczorek has been held '
     "since March. Wieczorek's daughter, Ewa Wieczorek, said the family had seen him only once. \"He asked us not to "
     'worry," the younger Wieczorek said.', "Ewa Wieczorek"),
    ("Ewa Wieczorek, a student, said her father had been moved. Her father, Tomasz Wieczorek, a former president, has "
     'been held since March. "I am not afraid," the elder Wieczorek said in a letter.', "Tomasz Wieczorek"),
])
def test_the_younger_or_the_elder_of_two_with_one_family_name_is_the_child_or_the_parent(analyzer, text, speaker):
    """``the younger Wieczorek``: of two people with the family name, the one named as someone's
    daughter (``child_nouns.txt``); ``the elder``, the one named as someone's father
    (``parent_nouns.txt``). Was the one named more often or first."""
    assert _speakers(analyzer, text)[-1] == (speaker, "named")


def test_a_given_name_ner_typed_a_place_before_a_persons_name_opens_it(analyzer):
    """``[Tatiana] [Sergeyevna Volkonskaya], the journalist's mother, said``: NER types the given
    name a place (as en_core_web_sm typed "Galina" before "Petrovna Zhuravlyova" in an article);
    the lists know it for a given name, and it opens the name (was "Sergeyevna Volkonskaya")."""
    text = ("Tatiana Sergeyevna Volkonskaya, the journalist's mother, said she had received a first letter from her son "
            'last week. "He writes that he is fine," she said.')
    assert _speakers_relabelled(analyzer, text, ("Tatiana", 1, "GPE"), ("Sergeyevna", 2, "PERSON")) == [
        "Tatiana Sergeyevna Volkonskaya"] * 2


def test_she_after_a_described_main_subject_is_not_a_name_in_its_subordinate_clause(analyzer):
    """``The 54-year-old former labour lawyer ... is widely seen as the front-runner should Bae be
    removed. She told ...``: "she" continues the main clause's subject, a description with no name,
    not Bae, the subject of the condition (was Bae, a man, as far as the article tells)."""
    text = ("SEOUL \u2014 Ryu Ha-eun, leader of the main opposition party, said on Sunday she would not campaign until the "
            "court rules on whether to remove President Bae Jun-seok from office. The 54-year-old former labour lawyer, "
            "who lost the last election narrowly, is widely seen as the front-runner should Bae be removed. She told "
            "the newspaper that her party had no plan for a snap election.")
    assert _speakers(analyzer, text)[-1][0] != "Bae Jun-seok"


def test_a_headlines_quoted_words_between_capitalised_words_are_no_nickname():
    """``Christie Calls Ada Lind ‘A Disgrace’ Over ...``: in a headline in title case a quotation
    between capitalised words is no nickname ("A" a determiner, "Over" a preposition), and the
    name stays "Ada Lind" (was "Ada Lind Over" in a dev article); ``Ada "Pong" Lind`` is one name."""
    import spacy
    from spacy.tokens import Doc

    from quotekit.resolve import _around_nickname

    vocab = spacy.blank("en").vocab
    words = ["Calls", "Ada", "Lind", "\u2018", "A", "Disgrace", "\u2019", "Over", "Comments"]
    doc = Doc(vocab, words=words, spaces=[True, True, True, False, True, False, True, True, False],
              pos=["VERB", "PROPN", "PROPN", "PUNCT", "DET", "PROPN", "PUNCT", "ADP", "PROPN"])
    assert _around_nickname(doc, 1, 3) == (1, 3)
    doc = Doc(vocab, words=["Ada", '"', "Pong", '"', "Lind", "said"], spaces=[True, False, False, True, True, False],
              pos=["PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "VERB"])
    assert _around_nickname(doc, 4, 5) == (0, 5)


def test_a_description_after_a_paragraph_that_named_someone_is_not_the_next_paragraphs_name(analyzer):
    """``..., according to Lena Marsh, who heads the field office ... / «...» the official said. /
    Halima Yusuf Adan, 27, held her infant son ...``: with a person named in the paragraph
    before, the description points back; it is not the refugee the next paragraph names (was
    Halima Yusuf Adan, as a lede's description named next is)."""
    text = ("Refugees kept arriving at the camp on Tuesday.\n\nNow it holds more than 6,000 people, according to Lena "
            "Marsh, who heads the field office of the relief agency. Marsh said new arrivals were reporting that "
            "several villages had been abandoned.\n\n\u2018Most of the people we are registering are women and "
            "children,\u2019 the official said.\n\nHalima Yusuf Adan, 27, held her infant son as she described the "
            "morning the shells landed.")
    assert "Halima Yusuf Adan" not in [name for name, _ in _speakers(analyzer, text)]


def test_words_of_a_title_in_quotation_marks_name_no_one(analyzer):
    """``a commentary under the headline «The Assembly’s Harbor Panic», which accused ...``: the
    headline's words are no organisation "Harbor Panic" that speaks (was a named source)."""
    text = ("The state-run Norvic News Agency said the vote was a farce. The news agency also carried a lengthy "
            "commentary on Saturday under the headline \u00abThe Assembly\u2019s Harbor Panic\u00bb, which accused unnamed "
            "foreign politicians of \u00abinventing a scandal to wound their president\u00bb.")
    assert _speakers(analyzer, text)[-1][1] != "named"


def test_a_given_name_ner_left_out_after_of_opens_the_name(analyzer):
    """``the complaints of Mehmet [Ali Yıldırım]``: NER leaves out the first given name after
    "of" (as en_core_web_sm did in an article); the lists know it for a given name, so it is no
    title's complement ("Secretary of State Mike Pompeo") and opens the name (was "Ali Yıldırım")."""
    text = ("The building was inspected twice after the complaints of Mehmet Ali Y\u0131ld\u0131r\u0131m, a retired "
            'teacher who lived on the fourth floor. "They painted over the cracks," Y\u0131ld\u0131r\u0131m said.')
    assert _speakers_relabelled(analyzer, text, ("Mehmet", 1, None), ("Ali", 2, "PERSON")) == [
        "Mehmet Ali Y\u0131ld\u0131r\u0131m"]


def test_a_name_with_a_hyphenated_lower_case_end_ner_typed_an_organisation_is_a_roles(analyzer):
    """``its foreign minister, [Han Soo-ah], visits ...`` (NER: an organisation): a plain name
    apposed to a role, the hyphenated given name's lower-case end and all, is a person's (was
    "Han" alone later)."""
    text = ("Officials in the capital have avoided public criticism. Orbis News Service quoted a senior official as "
            "saying that the government would raise the issue privately when its foreign minister, Han Soo-ah, visits "
            "Velmar next month.\n\n\u201cWe will ask our friends in Velmar to be transparent,\u201d Han told lawmakers on "
            "Monday.")
    assert _speakers(analyzer, text)[-1] == ("Han Soo-ah", "named")


def test_the_role_after_one_unnamed_with_that_role_is_that_one(analyzer):
    """``One lawmaker from the party's largest faction, who asked not to be named, was less
    diplomatic. "...," the lawmaker said.``: "one" introduces someone unnamed as "a" does; the
    lawmaker is that one, anonymous (was the veteran lawmaker named before)."""
    text = ('The committee, chaired by veteran lawmaker Akiko Tanabe, met for two hours. "We want a fair contest," '
            "Tanabe said. One lawmaker from the party's largest faction, who asked not to be named, was less "
            'diplomatic. "The elders still think this is the 1980s," the lawmaker said.')
    assert _speakers(analyzer, text)[-1][1] == "anonymous"


def test_an_abbreviated_given_name_opens_the_name(analyzer):
    """``Sen. Ma. Rosario “Charo” de la Vega-Ramos said``: "Ma." (María) is a given name with its
    full stop, where NER makes "Ma" a name of its own and the parser ends a sentence; the whole
    name is one person, with the title and "the senator" hers (were "Rosario de la Vega-Ramos",
    "Vega-Ramos" and "the senator" a person "Ma"); ``Md. Farid Hossain`` keeps its "Md."
    (``name_abbreviations.txt``). A family name "Ma" that ends a name or a clause opens none."""
    text = ('MANILA \u2014 Sen. Ma. Rosario \u201cCharo\u201d de la Vega-Ramos said the audit was late. "We will ask '
            'for the papers," the senator said. Md. Farid Hossain, a lawyer for the traders, said the case was weak. '
            '"It will not last," Hossain said.')
    assert [name for name, _ in _speakers(analyzer, text)] == [
        "Ma. Rosario de la Vega-Ramos", "Ma. Rosario de la Vega-Ramos", "Md. Farid Hossain", "Md. Farid Hossain"]
    text = '"Prices will fall," said Jack Ma. Lourdes Tan said they would not.'
    assert [name for name, _ in _speakers(analyzer, text)] == ["Jack Ma", "Lourdes Tan"]


def test_a_nickname_after_a_given_name_is_found_past_the_family_names_particles(analyzer):
    """``Sen. Lourdes “Lulu” de la Rama-Sison said``, NER's name only from the nickname on (a
    work of art): the particles put the family name six words from the opening mark; the name
    is whole and the senator is she (was "Rama-Sison", "the senator" unknown)."""
    text = ('MANILA \u2014 Sen. Lourdes \u201cLulu\u201d de la Rama-Sison said in a privilege speech that the '
            'government had \u201cturned its warehouses into museums of good intentions\u201d while families went '
            'hungry. "We will ask," the senator said.')
    assert [name for name, _ in _speakers(analyzer, text)] == ["Lourdes de la Rama-Sison"] * 2


def test_a_rank_before_a_given_name_ner_calls_a_place_names_the_person(analyzer):
    """``Col. Wanchai said``: NER calls the given name a place; the rank before it makes it the
    first name of Col. Wanchai Thongdee named before, as Thai reports shorten names (was a
    person "Wanchai" of its own)."""
    text = ("Col. Wanchai Thongdee, a spokesman for the border command, denied the report. "
            "\u201cNobody was sent back into danger,\u201d Col. Wanchai said.")
    assert [name for name, _ in _speakers(analyzer, text)] == ["Wanchai Thongdee"] * 2


def test_a_family_name_the_tagger_read_as_a_noun_ends_a_name_with_a_nickname(analyzer):
    """``Deputy Prime Minister Chatchai "Big" Somboon, said``: the tagger reads "Somboon" as a
    common noun and NER the given name as a place; the nickname still sits inside one name,
    which "Mr. Chatchai" shortens (was "Chatchai" alone)."""
    text = ('Its leader, Deputy Prime Minister Chatchai "Big" Somboon, said on Monday that his party could no '
            'longer support the budget. "My door is not closed," Mr. Chatchai said.')
    assert _speakers(analyzer, text)[-1] == ("Chatchai Somboon", "named")


def test_initials_before_a_name_ner_missed_stay_in_it(analyzer):
    """``R. Ezhilarasi, a spokeswoman for ...``, a paragraph's first words, no entity: the
    initial before the name is part of it, as South Indian names write it (was "Ezhilarasi")."""
    text = ("The rest went to smaller parties.\n\nR. Ezhilarasi, a spokeswoman for the Makkal Nalam Kazhagam, said "
            'the party did not trust exit polls. "We lost in 2019 too," she said.')
    assert [name for name, _ in _speakers(analyzer, text)] == ["R. Ezhilarasi"] * 2


def test_the_new_holder_of_an_office_is_not_its_outgoing_holder(analyzer):
    """``outgoing Chief Minister S. M. Arulmozhivarman`` ... ``The new chief minister also
    said``: "new" and "outgoing" name two holders (``incoming_qualifiers.txt``,
    ``outgoing_qualifiers.txt``); the new one is left unknown rather than given the outgoing
    one's words (was Arulmozhivarman)."""
    text = ("Her party won 137 of the 228 seats, reducing the party of outgoing Chief Minister S. M. Arulmozhivarman "
            "to 71. The new chief minister also said she would order an audit of the metro contract.")
    assert _speakers(analyzer, text)[-1][0] != "S. M. Arulmozhivarman"
    text = ("Outgoing Chief Minister S. M. Arulmozhivarman spoke first. The chief minister said he would rest.")
    assert _speakers(analyzer, text)[-1][0] == "S. M. Arulmozhivarman"


def test_a_capitalised_tv_after_a_broadcasters_name_is_part_of_it():
    """``Private broadcaster [Khan Bolor] TV reported``, parsed as in an article: NER types
    "Khan Bolor" a person and the tagger reads "TV" as a common noun, the phrase's head; a
    capitalised word of news names right after the name is its last (was "Khan Bolor"), as a
    company's trade word is ("Meridex Pharma Distribution")."""
    import spacy
    from spacy.tokens import Doc

    from quotekit.resolve import proper_part

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["Private", "broadcaster", "Tsagaan", "Nuur", "TV", "reported", "it"],
              pos=["ADJ", "NOUN", "PROPN", "PROPN", "NOUN", "VERB", "PRON"], heads=[1, 4, 3, 4, 5, 5, 5],
              deps=["amod", "compound", "compound", "compound", "nsubj", "ROOT", "dobj"],
              ents=["O", "O", "B-PERSON", "I-PERSON", "O", "O", "O"])
    assert proper_part(doc, (0, 5)).text == "Tsagaan Nuur TV"
    doc = Doc(vocab, words=["the", "Tsagaan", "Nuur", "tv", "reported", "it"],
              pos=["DET", "PROPN", "PROPN", "NOUN", "VERB", "PRON"], heads=[3, 2, 3, 4, 4, 4],
              deps=["det", "compound", "compound", "nsubj", "ROOT", "dobj"], ents=["O", "B-PERSON", "I-PERSON", "O", "O", "O"])
    assert proper_part(doc, (0, 4)).text == "Tsagaan Nuur"


def test_a_patronymic_the_tokenizer_split_joins_a_name(analyzer):
    """``Ravindran a/l Muthusamy`` (Malaysian "son of", ``patronymics.txt``), which the tokenizer
    splits into "a", "/", "l": one name, which "Ravindran" shortens (were "Muthusamy" and
    "Ravindran" apart); ``Justice Harjit Singh a/l Gurcharan Singh ... The judge``."""
    text = ("The defendant's lawyer, Selvakumar a/l Rajagopal, told reporters his client would fight. "
            '"He served this country," Selvakumar said. Justice Baljit Singh a/l Amarjit Singh, who presides, warned '
            "the gallery. The judge said the court needed time.")
    assert [name for name, _ in _speakers(analyzer, text)] == [
        "Selvakumar a/l Rajagopal", "Selvakumar a/l Rajagopal", "Baljit Singh a/l Amarjit Singh"]


def test_a_given_name_before_a_patronymic_is_a_sources_short_name_whatever_ner_calls_it(analyzer):
    """``Awang Hazwan bin Haji Mahmud ... Hazwan said``: NER calls "Hazwan" a place; Malay
    reports shorten a name with "bin" to the given name before it (was a place "Hazwan")."""
    text = ("Awang Hazwan bin Haji Mahmud, a spokesman for the monetary board, told reporters that the freeze was "
            'a precaution. "We will not be a safe harbour for crime," Hazwan said.')
    assert _speakers(analyzer, text)[-1] == ("Hazwan bin Haji Mahmud", "named")


def test_a_name_ner_missed_after_a_title_complement_joined_by_and_is_the_persons(analyzer):
    """``Minister of Water and Energy Joram Mbatiany, who toured ..., said``, where NER found no
    name: the proper nouns the parser compounded on the complement's object after its own
    words ("Water and Energy") are the minister's name, whom "the minister" resolves to (were
    the whole phrase, unknown, and an unresolved "minister")."""
    text = ("Minister of Water and Energy Joram Mbatiany, who toured the dam site on Friday with a delegation of members of "
            "parliament, said the results showed the engineers had delivered.\n\n\"Some people said we could not build "
            "it,\" the minister told reporters.")
    assert _speakers(analyzer, text) == [("Joram Mbatiany", "named")] * 2


def test_a_name_ner_missed_after_the_last_of_two_title_complements_is_the_persons(analyzer):
    """``Minister of State for Space Harish Raghavan told parliament ...``, where NER found no
    name and the parser compounded "Space" on it: after the last complement's dictionary words,
    the first word no dictionary holds opens the name, which "Raghavan" then joins (was the
    whole phrase, unknown, and "Raghavan" alone)."""
    text = ("Minister of State for Space Harish Raghavan told parliament that a blanket suspension would punish "
            'companies.\n\n"One failure does not mean the whole system has failed," Raghavan said.')
    assert _speakers(analyzer, text) == [("Harish Raghavan", "named")] * 2


def test_a_title_complement_ner_typed_ends_before_the_name(analyzer):
    """``Minister of Mining and Heavy Industry Dashdondogiin Narantsetseg said``: the title's
    complement after "and" runs to the end of NER's organisation, not one word past "and" (was
    "Industry Dashdondogiin Narantsetseg")."""
    text = ("Minister of Mining and Heavy Industry Dashdondogiin Narantsetseg, who flew to the crossing on Sunday, "
            'said the delays were costly. "The drivers are tired," the minister said.')
    assert [name for name, _ in _speakers(analyzer, text)] == ["Dashdondogiin Narantsetseg"] * 2


def test_a_nationality_before_a_role_fits_the_place_that_owns_the_office(analyzer):
    """``Iran's foreign minister, X, ... the Iranian minister said``: the nationality is formed
    on the place that owns the office (was unknown); not the Iraqi minister, nor "the Chinese
    ambassador" for the American ambassador to China."""
    text = ("Officials hosted Iran's foreign minister, Mohammad-Reza Tabrizi-Nejad, for two days of meetings. "
            "'We have shown flexibility,' the Iranian minister said. 'We waited,' the Iraqi minister said. "
            "The American ambassador to China, Tom Berg, spoke next. 'No,' the Chinese ambassador said.")
    assert [name for name, _ in _speakers(analyzer, text)] == [
        "Mohammad-Reza Tabrizi-Nejad", "Iraqi minister", "Chinese ambassador"]


def test_the_first_of_two_given_names_governs_the_gender(analyzer):
    """``María José de la Fuente ... De la Fuente told reporters ... She said``: "María José" is
    a woman's name, as "María-José" is; the second given name ("José") says nothing after a name
    of either gender (was a man's name, and "she" unresolved). "José María" stays a man's."""
    text = ("María José de la Fuente, who heads the aid office, said the group had asked for 40 trucks. "
            '"We have trucks waiting," De la Fuente told reporters on Wednesday.\n\n'
            "She said the latest bulletin showed food prices rising faster in the region than anywhere else.")
    assert _speakers(analyzer, text)[-1] == ("María José de la Fuente", "named")
    text = ("José María de la Vega, who heads the aid office, said the group had asked for 40 trucks. "
            '"We have trucks waiting," De la Vega told reporters on Wednesday.\n\n'
            "She said the latest bulletin showed food prices rising faster in the region than anywhere else.")
    assert _speakers(analyzer, text)[-1][1] != "named"


def test_the_alderman_is_no_mans_noun(analyzer):
    """``Dr. Anouk ter Horst, the alderman for housing, ... she said``: women hold the title, so
    it says nothing of sex (``neutral_nouns.txt``; was a man, and "she" unresolved)."""
    text = ("Dr. Marijke ter Horst, the alderman for housing, who drafted the measure, said the city had lost 1,900 "
            'homes to short-stay platforms. "If they want to take us to court, that is their right," she said.')
    assert _speakers(analyzer, text)[-1] == ("Marijke ter Horst", "named")


def test_proper_nouns_ner_left_out_after_a_name_the_parser_joined_to_them_end_it(analyzer):
    """``President [W. M. P. Sarath] Bandara Ilangakoon reshuffled his cabinet``: NER stops at
    "Sarath"; the proper nouns after it, the last of which the parser made the head or the
    clause's subject, are the rest of the name (was "W. M. P. Sarath", and "Ilangakoon" an
    organisation of its own)."""
    text = ("SIRIMAPURA, Aug 17 \u2014 President W. M. P. Sarath Bandara Ilangakoon reshuffled his cabinet on Saturday, "
            "moving eight ministers. \u201cThis is a cabinet for the whole island,\u201d Ilangakoon said.")
    assert _speakers(analyzer, text) == [("W. M. P. Sarath Bandara Ilangakoon", "named")]


def test_a_name_ner_started_after_untyped_words_that_continue_an_earlier_name_is_one_name(analyzer):
    """``[Mallam Abdul-Malik] Tanko [Dangiwa]``: NER found two names around an untyped word,
    all compounds of the last; they are one name, from either part, and "Mallam" (a Hausa
    courtesy title) is no part of it (was "Tanko Dangiwa")."""
    text = ("The state-owned broadcaster has suspended one of its best-known presenters, Mallam Abdul-Malik Tanko "
            "Dangiwa, after a caller made allegations against officials. Dangiwa told the Northern Courier newspaper that he had received no query.")
    assert _speakers(analyzer, text) == [("Abdul-Malik Tanko Dangiwa", "named")]


def test_a_lede_subject_apposed_to_the_datelines_place_is_the_source_named_next(analyzer):
    """``MEKANE TSION, Ethiopia — Ethiopia's finance minister said``: the parser took the
    dateline for the subject and hung the minister on its place; the minister is the source,
    the person the next paragraph names, and "the minister" later (was unknown for both)."""
    text = ("Ethiopia signs grain corridor deal with Somali port authority\n\nMEKANE TSION, Ethiopia \u2014 Ethiopia's "
            "finance minister said on Tuesday that a new trade corridor through the Somali port of Dhuusaweyne would cut "
            "the cost of imported wheat by as much as a fifth, as the government races to ease shortages in the southern "
            "highlands.\n\n\"This line is arithmetic, not charity,\" Ato Bekele Tadesse Wolde told reporters after the "
            "signing.\n\n\"We have heard the criticism,\" the minister said.")
    assert _speakers(analyzer, text) == [("Bekele Tadesse Wolde", "named")] * 3


def test_a_given_name_ner_typed_otherwise_after_a_courtesy_title_word_is_part_of_the_name(analyzer):
    """``Woizero [Selamawit] [Abera Kassa]``: NER typed the given name a nationality between the
    Amharic courtesy title and the rest of the name; it is the name's first word, and the short
    name later (was "Abera Kassa", and "Selamawit" someone else)."""
    text = ("Not everyone is convinced. Woizero Selamawit Abera Kassa, an economist at the Gondaria Institute for Policy "
            "Studies, said the projected savings assumed that fuel prices would remain stable.\n\nSelamawit noted that the "
            "study had flagged insecurity as the largest risk.")
    assert _speakers(analyzer, text) == [("Selamawit Abera Kassa", "named")] * 2


@pytest.mark.parametrize("text, name", [
    ("Coinneach Mac an t-Saoir, the harbour master, said the pier would close.", "Coinneach Mac an t-Saoir"),
    ("Eilidh Nic an t-Saoir told the council that the ferry was late.", "Eilidh Nic an t-Saoir"),
    ("The contest was \u201cthe first election in living memory in this ward to be decided by a club,\u201d said Dr. "
     "Ruaraidh Mac a\u2019 Phearsain, a lecturer in politics at the University of the North Isles.", "Ruaraidh Mac a\u2019 Phearsain"),
])
def test_a_scottish_gaelic_family_name_with_its_article_is_whole(analyzer, text, name):
    """``Mac an t-Saoir``, ``Nic an t-Saoir``, ``Mac a’ Phearsain``: the article after the
    opener, with a mutation joined by a hyphen or an apostrophe, and the family name's word are
    part of the name, wherever NER and the parser stopped (was "Coinneach Mac", "Saoir",
    "Ruaraidh Mac")."""
    assert _speakers(analyzer, text) == [(name, "named")]


def test_an_alias_of_a_name_the_parser_gave_two_heads_is_that_persons(analyzer):
    """``[Coinneach Mac] an t-Saoir of Scotland, known ... as Kenneth McIntyre``: the parser made
    "Mac" and "Saoir" two objects and hung "known" on the second; the alias is still that
    person's (was a person "Kenneth McIntyre" of its own)."""
    text = ("Ab Owain had been leading Coinneach Mac an t-Saoir of Scotland, known on the Highland games circuit as "
            "Kenneth McIntyre, by two falls to one when the bout was stopped.\n\nMcIntyre said he would gladly wrestle "
            "the final again.")
    assert _speakers_relabelled(analyzer, text, ("Coinneach", 2, "PERSON")) == ["Coinneach Mac an t-Saoir"]


def test_a_longer_name_holding_an_alias_is_not_the_aliased_person(analyzer):
    """``Tolmie, known locally as 'Mr Dunmore'`` / ``NHS Dunmore said``: the health board's name
    holds the nickname's word but is no short form of it; it stays the board's (was the
    councillor's)."""
    text = ("Council leader resigns\n\nCouncillor Ewan Tolmie, 61, said in a statement that he had done nothing "
            "wrong.\n\nTolmie, known locally as 'Mr Dunmore' after four decades on the council, denied that he had "
            "asked for favours.\n\nNHS Dunmore said in a statement that no operation had been brought forward as a "
            "result of his emails.")
    assert _speakers(analyzer, text)[-1][0] == "NHS Dunmore"


def test_a_name_ner_missed_right_after_a_titles_complement_is_the_persons(analyzer):
    """``Deputy Minister of Industry and Trade Le Van Duc``: the parser apposed the name NER
    missed to the title; it is the person's name, and "Duc" short for it (was a source named
    "Minister", and "Duc" a person of its own)."""
    text = ("Deputy Minister of Industry and Trade Le Van Duc, who attended the ceremony, said the ministry would fast-track "
            'permits for the project. "We will not let paperwork stand in the way," Duc said.')
    assert _speakers(analyzer, text) == [("Le Van Duc", "named")] * 2


def test_a_name_ner_typed_a_building_with_a_who_clause_after_it_is_a_persons(analyzer):
    """``[Fadumo Abdi Warsame], who leads the Renewal Party, ...``: NER typed the name a
    building; a relative clause with "who" after a plain name of three words makes it a
    person's, whom "Warsame" shortens (was a person "Warsame" of its own)."""
    text = ("Fadumo Abdi Warsame, who leads the Renewal Party and is known to her supporters as the iron hand, addressed "
            "several hundred protesters outside the assembly.\n\n\u2018This is not a delay,\u2019 Warsame told the crowd.")
    assert _speakers_relabelled(analyzer, text, ("Fadumo", 3, "FAC", "first")) == ["Fadumo Abdi Warsame"]
    # the parser may hang a subject's "who" clause on the place after it: the place is no person
    text = ("A railway worker at Yuanbei Central Station, who declined to give his name, said the platform had been closed "
            'for three days. "We were told only that it was for maintenance," he said.')
    assert _speakers(analyzer, text) == [("A railway worker at Yuanbei Central Station", "anonymous")] * 2


def test_an_organisations_name_ner_cut_at_a_joining_word_goes_on_past_it(analyzer):
    """``[the National Union of Rock and] Shaft Workers``: NER stopped after "and"; the
    capitalised words after it are the rest of the name (was "National Union of Rock")."""
    text = ("Thandiwe Mkhize-Ndlovu, general secretary of the National Union of Rock and Shaft Workers (NURSW), told a rally "
            "of about 4,000 members that the union would not sign an agreement.\n\nAccording to the union, at least 11,000 "
            "workers were on strike on Monday.")
    assert _speakers(analyzer, text)[-1] == ("National Union of Rock and Shaft Workers", "named")


def test_a_qualifier_past_a_comma_before_a_title_makes_no_other_office(analyzer):
    """``His deputy, spokeswoman Wen Lijuan, ...`` / ``The spokeswoman said``: "deputy" before
    the comma is who she is to the minister, not a deputy spokeswoman; "the spokeswoman" is she
    (was unresolved)."""
    text = ("Foreign Minister Hao Jun declined to say more. His deputy, spokeswoman Wen Lijuan, later told reporters that "
            'an announcement would follow. The spokeswoman said ties remained "as close as ever."')
    assert _speakers(analyzer, text)[-1] == ("Wen Lijuan", "named")


def test_a_place_ner_types_a_person_once_is_no_short_form_of_the_agency_it_opens(analyzer):
    """``... willing to work with [Norland] in every field`` (NER: a person's name there, a place
    elsewhere) is the country, not the Norland Central News Agency; "according to the agency"
    after it is the agency that quoted him (was the Norland one, mentioned last by the place)."""
    text = ("State media in Norland and Ostmark confirmed the visit on Thursday.\n\nThe Norland Central News Agency (NCNA) "
            "reported that the two leaders had held talks in Norland.\n\nThe state-run Ostmark News Agency published a "
            "shorter account.\n\nThe agency quoted President Tomas Lind as saying that Ostmark was willing to work with "
            "Norland in every field.\n\n\u00abOur position will not change,\u00bb Lind said, according to the agency.")
    quotes, _entities = _relabelled(analyzer, text, ("Norland", 1, "PERSON"))
    assert [v.name for v in quotes[-1].via] == ["Ostmark News Agency"]


def test_a_courtesy_title_is_no_role_an_epithet_must_match(analyzer):
    """``Datuk Razak Ismail ... Ismail said ... / "...," the union chairman said``: "Datuk", a
    courtesy title, is no role of his the epithet would contradict (was unresolved)."""
    text = ("Datuk Razak Ismail, who has sold grain at the market for 31 years and chairs its traders\u2019 union, said "
            "most of his members kept their takings in cash.\n\nBack at the grain stalls, Ismail said the union would "
            "meet on Saturday.\n\n\u201cWe will not close the market,\u201d the union chairman said.")
    assert _speakers(analyzer, text)[-1] == ("Razak Ismail", "named")


def test_given_names_ner_typed_an_organisation_before_a_patronymic_open_the_name(analyzer):
    """``[Farah Nadia] binti [Osman]``: NER typed the given names an organisation and the
    father's name a person's; one name, which "Farah Nadia" shortens (was "Osman", and "Farah
    Nadia" an organisation)."""
    text = ("Opposition lawmakers say the process was anything but transparent. Farah Nadia binti Osman, an opposition "
            "assemblywoman for the Sungai Lebam constituency, said the lease had been approved in forty minutes.\n\n"
            "Farah Nadia also said she had written to the federal ministry.")
    assert _speakers_relabelled(analyzer, text, ("Farah", 2, "ORG", "first"), ("Osman", 1, "PERSON"))[-2:] == [
        "Farah Nadia binti Osman"] * 2


def test_a_patronymic_and_fathers_name_the_parser_apposed_to_a_role_end_the_name(analyzer):
    """``A spokeswoman for the ministry, Siti Aishah binti Mokhtar, said``: the parser apposed
    "binti" to the role and "Mokhtar" to "binti"; the name is whole and the role's (was
    "Mokhtar")."""
    text = ("A spokeswoman for the ministry, Siti Aishah binti Mokhtar, said officials would study the documents. "
            "The spokeswoman said the ministry had no power to cancel the lease.")
    assert _speakers(analyzer, text) == [("Siti Aishah binti Mokhtar", "named")] * 2


@pytest.mark.parametrize("full, short", [
    ("Beatriz Ocampo y Lerma", "Ocampo"),  # NER: "[Magistrate Beatriz Ocampo]" an organisation, "[Lerma]" a person
    ("Mar\u00eda del Carmen Olvera y Saucedo", "Olvera"),  # given names with a particle inside
])
def test_the_family_name_before_a_joining_y_is_short_for_the_name(analyzer, full, short):
    """Spanish joins two family names with "y": the name is whole, and the family name before
    "y" shortens it (was "Lerma", and "Beatriz Ocampo" or "Olvera" a person of their own)."""
    text = (f"Magistrate {full}, who wrote the majority opinion, said the panel had found inconsistencies. "
            f'"We are not here to choose a governor," {short} said.')
    assert [name for name, _ in _speakers(analyzer, text)][-2:] == [full, full]


def test_a_given_name_the_tagger_read_as_a_verb_opens_the_subjects_name(analyzer):
    """``[Kees van der] [Vlugt], a portfolio manager, ..., said``: the tagger read "Kees" as a
    verb, the subject, and the parser made the family name its object; the source is the whole
    name, which "Van der Berg" shortens (was "Kees", and "Van der Berg" another person)."""
    text = ("Investors were not reassured. Kees van der Berg, a portfolio manager at Oranjehof Capital in Maasdrecht, "
            "said investors had lost patience with the management. Van der Berg told the Merkur newspaper that he "
            "would push for a review.")
    assert _speakers(analyzer, text) == [("Kees van der Berg", "named")] * 2


def test_he_after_a_sentence_that_introduced_someone_unnamed_is_that_person(analyzer):
    """``... quoted one of them, Togbe Kodzo Dzakpasu II, as saying ... / A security guard sat in a
    hut by the gate. / '...,' he said, refusing to give his name``: "he" is the guard the sentence
    before introduced, an unnamed source (was the last speaker, a wrong attribution)."""
    text = ("The Daily Mirror quoted one of the elders, Kodzo Adama Dzakpasu, as saying that the area would not be "
            "bribed with a stadium.\n\nBack at the site on Thursday, the terraces stood empty. A single security guard "
            "sat in a wooden hut by the gate, listening to a football commentary.\n\n\u2018Everybody in this town wants "
            "football,\u2019 he said, refusing to give his name.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == ("A single security guard", "anonymous")
    # not when the pronoun's own sentence names someone else first, nor for a pronoun in a list
    text = ("A security agent was seen grabbing a photographer by the throat last month. And on Tuesday night, the "
            "campaign manager, Tom Berg, roughly yanked the arm of a reporter as she tried to ask a question, she and "
            "another reporter said.")
    assert analyzer(text).quotes[-1].speaker.name != "A security agent"


def test_a_title_the_parser_made_a_subject_of_its_own_is_no_source(analyzer):
    """``Gen. (retd) Harcharan Singh Aulakh, ..., described the verdict as ...``: the bracket cut
    the title off, and the parser made it a second subject; the source is the name (was "Gen.",
    unknown)."""
    text = ("Gen. (retd) Harcharan Singh Aulakh, president of the opposition Panjnad Panthic Dal (PPD), described the "
            "verdict as \u00aba slap on the face of a sleeping government\u00bb. Aulakh said his party would raise the matter.")
    assert _speakers(analyzer, text) == [("Harcharan Singh Aulakh", "named")] * 2


def test_a_name_the_parser_hung_on_the_role_after_it_with_its_comma_is_the_source(analyzer):
    """``Marie-Claire Ba, spokeswoman for the ... Alliance, said``: the parser made the name a
    modifier of the role and hung the comma between on the name; the name is the source, and
    "the spokeswoman" later (was the whole phrase, unknown)."""
    text = ("The inquiry was approved on Tuesday.\n\nMarie-Claire Ba, spokeswoman for the opposition Jamm ak Yokkut\u00e9 "
            "Alliance, said the vote was only a first step. The spokeswoman later said the alliance would publish its own audit.")
    assert _speakers(analyzer, text) == [("Marie-Claire Ba", "named")] * 2


def test_a_name_the_parser_made_the_subject_of_the_inverted_subjects_noun_is_the_source(analyzer):
    """``'...,' said Dr. Nadia al-Rashid, head of Asia financial institutions research at Qilin
    Ratings``: the parser made "research" the verb's subject and the name its subject; the name
    is the source (was "research at Qilin Ratings", unknown)."""
    text = ("Regulators announced the merger on Monday.\n\n\u2018This is the clearest sign yet that the authorities would "
            "rather merge weak banks than let them fail,\u2019 said Dr. Nadia al-Rashid, head of Asia financial "
            "institutions research at Qilin Ratings.")
    assert _speakers(analyzer, text)[-1] == ("Nadia al-Rashid", "named")


def test_a_chief_executive_is_the_chief(analyzer):
    """``X, chief executive of the ... Commission, told ... / The commission chief said``: a chief
    executive is "the chief" too (``office_synonyms.txt``; was unresolved)."""
    text = ("Peter Chan Ka-ming, chief executive of the Harbourside Securities and Futures Commission, told reporters that "
            "investigators were examining the bonds.\n\nThe commission chief said his staff would publish interim "
            "findings by the end of the year.")
    assert _speakers(analyzer, text)[-1] == ("Peter Chan Ka-ming", "named")


@pytest.mark.parametrize("text, name", [
    ("Alhaji Musa Danladi Kurfi, who chairs the traders union, said most members kept their takings in cash.",
     "Musa Danladi Kurfi"),
    ("Woizero Meseret Alemu Tadesse, an economist, said the figures were optimistic.", "Meseret Alemu Tadesse"),
])
def test_hausa_and_amharic_courtesy_titles_are_no_part_of_a_name(analyzer, text, name):
    """"Alhaji", "Mallam", "Ato", "Woizero" (``titles.txt``, ``honorifics.txt``) are titles
    that say nothing of an office (was part of the name)."""
    assert _speakers(analyzer, text) == [(name, "named")]


def test_what_whose_owns_is_no_subject_of_the_main_verb(analyzer):
    """``Prime Minister X, whose Social Democratic Union holds the largest bloc, told the daily
    ... that ...``: the parser made "holds" the root with two subjects and "told" its conjunct;
    the party "whose" owns is no source (was the Social Democratic Union, a wrong attribution)."""
    text = ("Prime Minister Biljana Petreska-Nikolovska, whose Social Democratic Union holds the largest bloc in parliament, "
            "told the daily Dnevna Zora that the amendment would \u00abcost nothing and settle a great deal\u00bb.")
    assert _speakers(analyzer, text) == [("Biljana Petreska-Nikolovska", "named")]


def test_a_report_the_parser_made_a_conjunct_is_the_citing_news_organisations(analyzer):
    """``X's foreign ministry ... declined to say whether ..., even as the Eastbridge Times,
    citing two unnamed officials, reported that ...``: the parser made "reported" a conjunct of
    "declined"; the report is the unnamed officials' via the newspaper (was the ministry's, a
    wrong attribution)."""
    text = ("NORHAI \u2014 Zhaolan\u2019s foreign ministry on Tuesday again declined to say whether Taebor\u2019s leader, "
            "Ryom Jin-hyok, was in the country, even as the Eastbridge Times, citing two unnamed officials, reported "
            "that he had held talks with President Duan Shaoqing late on Monday.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution, [v.name for v in quote.via]) == (
        "two unnamed officials", "anonymous", ["Eastbridge Times"])


def test_two_names_around_an_untyped_family_name_and_a_particle_are_one(analyzer):
    """``Eng. [Rui Manuel] Tavares e [Castro]``: NER found the given names and the last family
    name, the parser compounded the words between; one name, which "Tavares e Castro"
    shortens (was "Tavares e Castro" alone)."""
    text = ('The proposal has angered the junior partner in the coalition. Its leader, Eng. Rui Manuel Tavares e Castro, '
            'said in a statement that his party would "not sign a blank cheque." "If the government wants our votes, it '
            'will have to earn them," Tavares e Castro later told reporters.')
    assert _speakers(analyzer, text) == [("Rui Manuel Tavares e Castro", "named")] * 2
    # without a particle, a title's words between two names the parser chained keep them apart
    text = ("Former Clinton Senior Adviser Sidney Blumenthal said in a deposition that he has \u201cno idea\u201d if he "
            "would have told Hillary Clinton not to use a personal server.")
    assert _speakers(analyzer, text) == [("Sidney Blumenthal", "named")]


def test_an_azerbaijani_patronymic_joins_the_name_around_it(analyzer):
    """``Rauf Kamal oglu Babazade`` ("son of Kamal", ``patronymics.txt``): one name, a man's,
    which "Babazade" shortens (was "Babazade")."""
    text = ('Economy Minister Rauf Kamal oglu Babazade said the country was ready to raise gas exports by a third. '
            '"We cannot build pipelines on promises," Babazade said.')
    assert _speakers(analyzer, text) == [("Rauf Kamal oglu Babazade", "named")] * 2


def test_a_hyphenated_family_name_the_parser_apposed_to_a_name_is_part_of_it(analyzer):
    """``Chief [Emmanuel Adeyemi] [Oyelaran-Bakare]``: NER made an organisation of the family
    name, which the parser apposed to the name with nothing between; it is the rest of the name
    (was "Emmanuel Adeyemi" for the first quote and "Oyelaran-Bakare" for the second)."""
    text = ('The leader of the chamber, Chief Emmanuel Adeyemi Oyelaran-Bakare, said the house would not be "rushed." '
            "Oyelaran-Bakare told the Lagoon Post newspaper on Monday that the budget had no projects attached to it.")
    assert _speakers(analyzer, text) == [("Emmanuel Adeyemi Oyelaran-Bakare", "named")] * 2


def test_a_name_known_as_another_is_that_persons(analyzer):
    """``Saleh bin Jumaa al-Mazrui, a captain from the port of Khor Qalbah who is known along the
    coast as Abu Jassim`` ... ``Abu Jassim said``: the alias names the person it is given to,
    wherever the parser hung the "who" clause (was a person "Abu Jassim" of their own)."""
    text = ('"I have lost two boats and three seasons," said Saleh bin Jumaa al-Mazrui, a 61-year-old captain from the '
            "fishing port of Khor Qalbah who is known along the coast as Abu Jassim.\n\n"
            '"If the ministers mean what they say, I will be back on the water," Abu Jassim said.')
    assert [name for name, _ in _speakers(analyzer, text)] == ["Saleh bin Jumaa al-Mazrui"] * 2


def test_an_organisations_name_cut_after_a_plurals_possessive_or_opening_with_a_title_word_is_whole(analyzer):
    """``The Hill Country Workers' Congress said``: NER cuts the name after the plural's
    possessive (was "Congress"); ``The General Treasury said``: "General" is no title before a
    treasury, an institution's head (``institution_heads.txt``; was "Treasury")."""
    text = ("The Hill Country Workers' Congress said its support should not be read as an endorsement. "
            "The General Treasury said funds would be released in line with cash flows.")
    assert [name for name, _ in _speakers(analyzer, text)] == ["Hill Country Workers' Congress", "General Treasury"]


def test_a_research_fellow_is_the_researcher(analyzer):
    """``Choi Min-jung, a research fellow at the Hanul Institute ... the researcher said``: the
    title's holder is a researcher (``office_synonyms.txt``; was unknown)."""
    text = ("Choi Min-jung, a research fellow at the Hanul Institute for Policy Studies, said the choice of rail was "
            "symbolic. \u00abThe train connects him to his father,\u00bb the researcher said.")
    assert _speakers(analyzer, text)[-1] == ("Choi Min-jung", "named")


def test_a_ledes_unnamed_role_is_the_one_the_next_paragraph_names_in_that_role(analyzer):
    """``A spokeswoman for Norland's foreign ministry on Wednesday dismissed ... / "...," Qiao
    Minrui, the spokeswoman, told ...``: the wire's lede holds back the name the next paragraph
    gives with the same role (was anonymous); not another spokeswoman, nor one for another body."""
    text = ("A spokeswoman for Norland\u2019s foreign ministry on Wednesday dismissed a planned tour by the envoy, "
            "warning governments in the region not to receive him.\n\n"
            "\u201cAny attempt to buy so-called international space is doomed to fail,\u201d Qiao Minrui, the "
            "spokeswoman, told the ministry\u2019s daily news briefing.")
    assert _speakers(analyzer, text)[0] == ("Qiao Minrui", "named")
    text = ("A spokeswoman for the ministry said the talks had failed.\n\n"
            "Ada Lind, the hospital's spokeswoman, said they would resume.")
    assert _speakers(analyzer, text)[0][1] == "anonymous"


def test_a_titles_words_before_a_name_agree_with_a_later_role(analyzer):
    """``a motion of no confidence in Prime Minister Siosaia Kaufusi Latu ... the prime minister
    said``: the title's words before the name are the entity's, so "prime" agrees (was unknown,
    the name's description being a misread apposition)."""
    text = ("Lord Havea Lolohea said on Thursday that he would back a motion of no confidence in Prime Minister "
            "Siosaia Kaufusi Latu, a move that could bring down the government less than two years after it took "
            "office.\n\n"
            "\u201cThe opposition is trying to win in the chamber what it could not win at the ballot box,\u201d the "
            "prime minister said.")
    assert _speakers(analyzer, text)[-1] == ("Siosaia Kaufusi Latu", "named")


def test_the_given_name_after_an_abbreviated_one_gives_the_gender(analyzer):
    """``Undersecretary Ma. Lourdes Catacutan-Ibarra ... She warned``: the gender is the given
    name's after "Ma." (was none once "Ma." opened the name, and "she" unresolved)."""
    text = ('The order was signed by Interior Undersecretary Ma. Lourdes Catacutan-Ibarra, who said in a statement '
            'that the governor had "repeatedly ignored" the auditors. "This is about 48 million pesos," '
            "Catacutan-Ibarra told reporters.\n\n"
            "The undersecretary said the vice governor would act until the suspension ends. She warned that any "
            "employee who obstructed the handover could face charges.")
    assert _speakers(analyzer, text)[-1] == ("Ma. Lourdes Catacutan-Ibarra", "named")


def test_a_patronymic_initial_after_a_title_opens_a_one_word_name(analyzer):
    """``Prime Minister Kh. Ariunbold said``: the Mongolian patronymic's initial, whose full
    stop ends a sentence for the parser, opens the name after a title (was "Kh" an agency of
    its own, to which "the prime minister" then went)."""
    text = ("In an interview with the state-run Tenger National News Agency, Prime Minister Kh. Ariunbold said the "
            "publication should end the rumours. The prime minister later told lawmakers that two law firms had "
            "checked the text.")
    assert [name for name, _ in _speakers(analyzer, text)] == ["Kh. Ariunbold"] * 2


def test_the_kalenjin_arap_joins_a_name(analyzer):
    """``Finance Minister Peter Kibet arap Sigei said ... Sigei said``: "arap" ("son of") is a
    particle inside the name (``name_particles.txt``, ``patronymics.txt``; was "Sigei" alone)."""
    text = ('Finance Minister Peter Kibet arap Sigei said the budget was fair. "I will face the House," Sigei said.')
    assert [name for name, _ in _speakers(analyzer, text)] == ["Peter Kibet arap Sigei"] * 2


def test_a_short_name_is_no_lower_case_end_of_a_hyphenated_given_name(analyzer):
    """``Shin Ha-yoon ... "...," Yoon said``: "yoon" ends his given name and is no name of its own,
    so "Yoon" is someone else (was Shin Ha-yoon); both halves of a double family name still are
    (``Roche-Aubin``)."""
    text = ('Shin Ha-yoon, the younger son, called the vote a coup.\n\n"I will not choose between them," Yoon said '
            "in a letter released by her lawyer.")
    assert analyzer(text).quotes[-1].speaker.name != "Shin Ha-yoon"


def test_a_gendered_title_chooses_between_two_people_of_a_family_name_of_two_words(analyzer):
    """``Hussein Abou Zeid ... Mr Abou Zeid said ... His sister, Layla Abou Zeid, ... 'Ms Abou
    Zeid said``: "Ms" is the sister, whom the lists know as a woman or not (was her brother,
    named more often; a family name of one word already went by the title)."""
    text = ("Hussein Abou Zeid, 42, walked into the branch. Mr Abou Zeid said he had tried every legal way.\n\n"
            "His sister, Layla Abou Zeid, told Northgate News that the family had sold their car.\n\n"
            "'We are not asking for charity,' Ms Abou Zeid said.")
    assert analyzer(text).quotes[-1].speaker.name == "Layla Abou Zeid"


def test_the_maasai_ole_joins_a_name(analyzer):
    """``Saitoti ole Nkamasiai, a farmer, said ... Nkamasiai said``: "ole" ("son of") is a
    particle inside the name (``name_particles.txt``, ``patronymics.txt``; was "Nkamasiai")."""
    text = ("Saitoti ole Nkamasiai, a 58-year-old farmer, said he had written three times. "
            '"They give you a paper," Nkamasiai said.')
    assert [name for name, _ in _speakers(analyzer, text)] == ["Saitoti ole Nkamasiai"] * 2


@pytest.mark.parametrize(("title", "pronoun"), [("Alhaji", "he"), ("Hajiya", "she")])
def test_a_gendered_courtesy_title_makes_a_name_ner_typed_an_organisation_a_persons(analyzer, title, pronoun):
    """``said Alhaji [Shehu] Danladi Gwammaja`` ... ``[Gwammaja] said`` (NER: an organisation
    twice): a courtesy title that says a gender (``gendered_titles.txt``) makes the name a
    person's, whom "he" or "she" then continues (was "he", unresolved)."""
    text = (f'"In forty years at this market I have never seen a June like this one," said {title} Shehu Danladi '
            "Gwammaja, the Sarkin Kasuwa, or head of the traders, at Kasuwar Rimi. \"People come, they ask the price, "
            "they leave.\"\n\nGwammaja told the Sahel Courier that more than a third of the market's shops had stopped "
            "buying stock since April, as traders struggle with the cost of diesel.\n\nBack at Kasuwar Rimi, Gwammaja "
            f"said {pronoun} had cut staff from eight to four since the start of the year.\n\n"
            f'"These young men have families. What can I do?" {pronoun} said.')
    quotes, entities = _relabelled(analyzer, text, (title, 2, "PERSON", "first"), ("Gwammaja", 1, "ORG", 1),
                                   ("Gwammaja", 1, "ORG"))
    assert [q.speaker.name for q in quotes][-1] == "Shehu Danladi Gwammaja"
    assert entities[0].type == "person"


def test_an_abbreviated_courtesy_title_keeps_its_full_stop_and_is_no_source(analyzer):
    """``said Hon. Grace Wanjiru, a member of the committee``: the tokenizer keeps "Hon."
    (``title_abbreviations.txt``) with its full stop, which it split off and the parser read as
    a sentence's end, and the courtesy title is no part of the name (was a source "Hon")."""
    text = ('"So what you are telling us is that there was no backup," said Hon. Grace Wanjiru, a member of the '
            "committee, drawing laughter from the public gallery.")
    assert _speakers(analyzer, text) == [("Grace Wanjiru", "named")]


def test_the_first_of_two_given_names_ner_left_out_is_part_of_the_name(analyzer):
    """``sat María [Luisa Castro Tapia]``: a given name the lists know, which NER left out before
    another given name opening its name, is the name's first word (was "Luisa Castro Tapia")."""
    text = ("Among the relatives in the public gallery sat María Luisa Castro Tapia, whose brother disappeared in "
            '2011. "We waited fourteen years for this," Castro Tapia said.')
    assert _speakers(analyzer, text) == [("María Luisa Castro Tapia", "named")]


def test_a_name_after_an_institutions_word_in_a_titles_complement_starts_after_it(analyzer):
    """``Superintendent of Police Ramesh [Chandra Yadav]``: the capitalised words between the
    institution's word ending the title's complement and the name NER found are the name's (was
    "Chandra Yadav")."""
    text = ("Superintendent of Police Ramesh Chandra Yadav said two companies of the armed police had been deployed "
            "near the dam. 'Nobody will be removed by force,' Yadav said.")
    assert _speakers(analyzer, text) == [("Ramesh Chandra Yadav", "named")] * 2


def test_a_name_with_initials_ner_missed_after_a_titles_complement_is_the_source(analyzer):
    """``Superintendent of Police P. Govindan told ...``: an initial and a capitalised word
    after the title's "of" complement are a person's name, whom the family name later
    shortens (was the whole phrase, of no entity, and "unknown")."""
    text = ('Superintendent of Police P. Govindan told reporters at the checkpost that the detentions had been '
            'carried out "with minimum force." "We gave them three warnings over the loudspeaker," Govindan said.')
    assert _speakers(analyzer, text) == [("P. Govindan", "named")] * 2


def test_a_name_built_from_the_given_name_runs_to_the_end_of_the_entity_it_reaches(analyzer):
    """``[Huda] bint [Nasser al-Marri]`` (NER: an organisation, then a person): the name joined
    from the given name through the patronymic does not stop inside NER's entity after it, so
    "she" finds the minister apposed to the subject (was "Huda bint Nasser", and "she" unresolved)."""
    text = ("Nashira's energy minister, Huda bint Nasser al-Marri, struck a more conciliatory tone. She told delegates "
            "at a dinner on Saturday evening that her government was open to every proposal.")
    assert _speakers(analyzer, text) == [("Huda bint Nasser al-Marri", "named")]


def test_his_or_her_office_is_named_after_the_person_the_pronoun_stands_for(analyzer):
    """``Minister Teodora Vance did not respond ... her office said``: the source is the
    minister's office, named after her (was "her office", with no one named)."""
    text = ("Water Resources Minister Teodora Vance did not respond to requests for comment. In a brief statement on "
            "Wednesday, her office said the government was trying to finish a project meant for millions of people.")
    assert _speakers(analyzer, text) == [("Teodora Vance's office", "named")]
    text = ("Donald Voss routinely netted hundreds of thousands of dollars per speech before launching his bid, but his "
            "campaign said he halted all paid speeches since announcing his candidacy.")
    assert _speakers(analyzer, text) == [("Donald Voss's campaign", "named")]


def test_his_campaign_after_a_quote_is_not_named_after_the_speaker_of_the_quote(analyzer):
    """``"... in the Berg campaign," said pollster Tom Lind. / But his campaign showed ...``:
    the last quote's speaker, named in an earlier sentence, may have spoken of another's
    campaign, so "his" names no one (not "Tom Lind's campaign")."""
    text = ('"That is really the conversation that should be going on in the Berg campaign," said Democratic pollster '
            "Tom Lind, who advises a rival.\n\nBut his campaign showed no immediate signs of relenting in its "
            "improbable bid to catch her.")
    assert _speakers(analyzer, text)[-1] == ("his campaign", "named")


def test_a_sources_given_name_no_list_knows_is_short_for_the_person_it_opens(analyzer):
    """``Sirinya Boonmee, director of ..., said ... "...," Sirinya said`` (NER: a place): Thai and
    Ethiopian news name people by their given name; a source's given name that no list knows
    and that the article never writes as a place is short for the person whose name it opens
    (was a source "Sirinya" of its own)."""
    text = ('Sirinya Boonmee, director of the Mekong River Network, a Bangkok-based advocacy group, said the '
            'notification rules amounted to nothing. "Every rainy season we hear the same thing," Sirinya said.')
    assert _speakers(analyzer, text) == [("Sirinya Boonmee", "named")] * 2


def test_a_sources_short_name_is_not_a_place_named_only_after_prepositions_of_place(analyzer):
    """``at Long Binh ... In Long Binh town ... in Long Binh ... spokeswoman Le Thi Binh ...
    "...," Binh told``:
    the short name is the spokeswoman's, not the town's, which NER typed a person's but the
    text only ever writes after "at" or "in" (was "Long Binh", mentioned more often)."""
    text = ("Water levels at Long Binh on the Tien River rose 38 centimetres in 24 hours, the forecasting centre said "
            "in a bulletin on Thursday.\n\nIn Long Binh town, in An Giang province, farmers were cutting rice by hand "
            "on fields already ankle-deep in water.\n\nSchools in Long Binh closed on Friday.\n\nIn Hanoi, Foreign "
            "Ministry spokeswoman Le Thi Binh said Vietnam "
            'had "taken note" of the release.\n\n"Vietnam and Laos have a special relationship, and we believe '
            'information will be shared in that spirit," Binh told a regular news briefing.')
    assert analyzer(text).quotes[-1].speaker.name == "Le Thi Binh"


def test_given_names_ner_typed_an_organisation_join_the_family_names_after_them(analyzer):
    """``[María del Carmen] [Ugarte Losada]`` (NER: an organisation, then a person): given names
    that open with one the lists know, compounded on the family names NER started right after
    them, are one name with them (was "Ugarte Losada")."""
    text = ("Later in the afternoon the committee heard from María del Carmen Ugarte Losada, president of the FGR, who "
            'said the fund had received offers. "We are not in a hurry to sell," Ugarte Losada said.')
    quotes, _entities = _relabelled(analyzer, text, ("María", 3, "ORG"), ("Ugarte", 2, "PERSON", "first"))
    assert [q.speaker.name for q in quotes] == ["María del Carmen Ugarte Losada"] * 2


def test_a_time_before_a_capitalised_word_ends_the_sentence_for_the_pronoun_after_it(analyzer):
    """``Velusamy was released a little after 6 p.m. Standing outside ..., he told supporters
    ...``: the parser ran the two sentences into one, making the release what "he" told; a
    sentence starts after "p.m." before a word that is no name, so "he" is the man released,
    not the lawyer quoted before (was "R. Selvam")."""
    text = ("According to the movement's lawyer, R. Selvam, the survey has covered fewer than half of the households."
            '\n\n"We will ask the court to hold officials responsible," Selvam said.\n\nVelusamy was released a little '
            "after 6 p.m. Standing outside the community hall in Omalur where the detainees had been held, he told "
            "supporters that the protest would move to Chennai next month.")
    assert _speakers(analyzer, text)[-1] == ("Velusamy", "named")


def test_a_time_before_an_opening_quotation_ends_the_sentence(analyzer):
    """``Okafor conceded defeat shortly after 6 p.m. "I accept the result," he said``: the parser
    ran the two sentences into one, putting the concession inside the quote and its subject
    beyond "he"'s reach; a sentence starts at a quotation mark that opens after "p.m." (spaced
    before it, glued to the capitalised word after it), so the quote is the words in the marks
    and "he" is the man who conceded. A closing mark (``at 5 p.m." He``) starts nothing."""
    text = ('Governor Emeka Okafor lost his seat on Sunday.\n\nOkafor conceded defeat shortly after 6 p.m. '
            '"I accept the result with humility," he said in a statement.')
    quotes = analyzer(text).quotes
    assert [(q.text, q.speaker.name) for q in quotes if q.kind == "direct"] == [
        ("I accept the result with humility,", "Emeka Okafor")]
    doc = analyzer.nlp('She said the rally is at 5 p.m." He left at 6 p.m. "We won," he said.')
    assert [t.text for t in doc if t.is_sent_start] == ["She", '"']


def test_an_untyped_subject_name_with_a_who_clause_is_a_person_for_the_pronoun_after_it(analyzer):
    """``Hodan Jaamac Warsame, who moved with her family ..., keeps a radio ... "...," she said``,
    where NER found no name in the subject: a proper name of three words that a "who" clause
    follows is a person's, so it may start an entity and "she" finds her (was "she", unknown)."""
    text = ("For the herders, the politics matter less than the news.\n\nHodan Jaamac Warsame, who moved with "
            "her family and her goats to the outskirts of the town in December, keeps a small radio in a bag."
            '\n\n"The radio told me the well was working, so we walked there for two days," she said.')
    assert _speakers_relabelled(analyzer, text, ("Hodan", 3, None)) == ["Hodan Jaamac Warsame"]


def test_the_subject_of_a_clause_before_she_is_whom_she_continues(analyzer):
    """``When Norway's trade minister, Ragnhild Aasen, took the stage ..., she opened with a joke.
    "...," she said``: the name, set beside the subject of the adverbial clause before the main
    clause, is whom the main clause's "she" stands for, which gives her gender; so the next
    paragraph's "she" continues her (was "she", unknown)."""
    text = ("OSLO — When Norway’s trade minister, Ragnhild Aasen, took the stage at an industry conference in Bergen "
            "last month, she opened with a joke that drew a ripple of laughter.\n\n"
            "“I have been asked to say something new about salmon,” she said.")
    assert _speakers(analyzer, text) == [("Ragnhild Aasen", "named")]


_QUESTIONED = """
    When       1 3 advmod    SCONJ WRB  when
    Paal       1 2 compound  PROPN NNP  Paal B-PERSON
    Berge      1 3 nsubj     PROPN NNP  Berge I-PERSON
    questioned 1 7 advcl     VERB  VBD  question
    her        0 3 dobj      PRON  PRP  she
    ,          1 7 punct     PUNCT ,    ,
    she        1 7 nsubj     PRON  PRP  she
    refused    0 7 ROOT      VERB  VBD  refuse
    .          0 7 punct     PUNCT .    .
"""
_ARRIVED = """
    When       1 3 advmod    SCONJ WRB  when
    Paal       1 2 compound  PROPN NNP  Paal B-PERSON
    Berge      1 3 nsubj     PROPN NNP  Berge I-PERSON
    arrived    0 6 advcl     VERB  VBD  arrive
    ,          1 6 punct     PUNCT ,    ,
    he         1 6 nsubj     PRON  PRP  he
    refused    0 6 ROOT      VERB  VBD  refuse
    .          0 6 punct     PUNCT .    .
"""


@pytest.mark.parametrize(
    ("table", "pronoun", "continued"),
    [
        (_QUESTIONED, 6, False),  # the clause speaks of another woman
        (_ARRIVED, 5, True),
        (_ARRIVED.replace("When       1 3 advmod    SCONJ WRB  when", "If         1 3 mark      SCONJ IN   if"), 5, False),
    ],
)
def test_a_clause_before_he_or_she_is_theirs_unless_it_speaks_of_another_or_is_a_condition(table, pronoun, continued):
    """``When Berge arrived, he refused``: the subject of the clause of time before "he" is whom
    he stands for; not ``When Berge questioned her, she refused``, whose clause speaks of another
    woman, nor a condition's subject (``If Berge loses, he said ...``: the speaker is another)."""
    from test_speaker import _hand_parsed

    from quotekit.resolve import _fronted_clause_subject

    doc = _hand_parsed(table)
    assert _fronted_clause_subject(doc[2], doc[pronoun]) is continued


def test_a_viewpoint_name_ner_missed_with_a_who_clause_is_a_person(analyzer):
    """``For Budi Hartono, who has sold radios ... for 22 years, the rate cut is a mixed blessing``,
    where NER found no name: two plain proper nouns a "who" clause follows are a person's full
    name, so "he" after it and "Hartono" later are Budi Hartono (were "he", unknown, and
    "Hartono")."""
    text = ("For Budi Hartono, who has sold radios from a narrow shopfront in the Pasar Lama market for 22 years, the "
            "central bank's rate cut this week is a mixed blessing.\n\n\"My loan gets cheaper, but everything I buy "
            "gets dearer,\" he said.\n\nThe bank's governor defended the cut.\n\nBack in Pasar Lama, Hartono said he "
            "would hold off restocking.")
    speakers = _speakers_relabelled(analyzer, text, ("Budi", 2, None))
    assert [speakers[0], speakers[-1]] == ["Budi Hartono", "Budi Hartono"]


def test_a_full_name_ner_missed_opening_with_a_given_name_is_a_persons_that_a_headline_short_form_joins(analyzer):
    """``Solano proclaimed governor ... / Lucía Solano Paredes of the ruling Unity Movement was
    proclaimed ...``, where NER found no name in the full name: a name that opens with a given
    name the lists know is a person's, so the headline's "Solano" and the body's, the first of
    her two family names, join her (was an entity "Solano" of its own)."""
    text = ("Solano proclaimed governor after recount\n\nSAN ISIDRO — Lucía Solano Paredes of the ruling Unity "
            "Movement was proclaimed governor-elect on Saturday, five weeks after a disputed election.\n\nSolano, a "
            '47-year-old former mayor, struck a conciliatory tone. "I will be the governor of those who did not vote for '
            'me," she said.')
    assert _speakers_relabelled(analyzer, text, ("Lucía", 3, None)) == ["Lucía Solano Paredes"]


def test_a_name_ending_in_a_trades_word_is_a_company_that_the_company_resumes(analyzer):
    """``Kafue Copper Mines ... The company said``, NER typing the name a person's: "Mines" is a
    trade's word (``company_name_words.txt``), so the name is a company's and "The company" is
    it (was an unresolved "company")."""
    text = ("LUSAKA — More than 9,000 workers at three mines run by Kafue Copper Mines walked out on Monday.\n\n"
            "Kafue Copper said the strike was unprotected. The company said it had activated contingency plans.")
    assert _speakers_relabelled(analyzer, text, ("Kafue", 3, "PERSON", "first")) == ["Kafue Copper Mines"] * 2


def test_a_shipping_companys_trade_word_makes_it_the_company_a_based_description_resumes(analyzer):
    """``Halvorsen Tankers said ... , the Oslo-based company said``: "Tankers" is a trade's word
    (``company_name_words.txt``), so the name is a company's, which "the Oslo-based company"
    resumes (was "Oslo-based company", NER typing the name a person's)."""
    text = ("Halvorsen Tankers said in a statement that one missile struck the port side of the ship. None of the 23 "
            "seafarers on board was hurt, the Oslo-based company said.")
    assert [q.speaker.name for q in analyzer(text).quotes] == ["Halvorsen Tankers"] * 2


def test_a_company_names_first_word_that_speaks_and_stands_nowhere_alone_is_its_short_name(analyzer):
    """``according to estimates by Karoo Securities ... Karoo argued that ...``, NER typing the
    short name a place: a source's word that the article writes only there and in a company's
    name it opens is that company (was an entity "Karoo" of its own); a place is still not
    short for a company named after it where the article writes it alone elsewhere."""
    text = ("Output could fall by 25,000 ounces a month, according to estimates by Karoo Securities.\n\nIn a research "
            "note published last month, Karoo argued that several of the deepest shafts were loss-making.")
    assert _speakers_relabelled(analyzer, text, ("Karoo", 1, "GPE")) == ["Karoo Securities"] * 2


def test_he_after_the_man_a_title_calls_in_a_new_paragraph_is_that_man_not_the_last_speaker(analyzer):
    """``«...,» Sandoval said. / Asked whether he expected a deal, the archbishop smiled. «...»
    he said``: "the archbishop" is Herrera (a title :func:`_resolve_nominal` resolves), a
    subject as good as his name; the paragraph brings him in after another man's quote ended a
    paragraph before, so "he" is Herrera, not the last speaker coreferee chose (was Víctor
    Sandoval)."""
    text = ("The talks were mediated by Archbishop Tomás Herrera Vidal at his residence.\n\n«We have made progress on "
            "the method,» Herrera told reporters as he left.\n\n«The executive has no role in counting votes,» Interior "
            "Minister Víctor Sandoval said in a radio interview.\n\nAsked whether he expected a deal by Tuesday, the "
            "archbishop smiled. «I am a man of faith,» he said.")
    assert _speakers(analyzer, text)[-1] == ("Tomás Herrera Vidal", "named")


def test_a_known_given_name_before_a_family_name_ner_typed_a_place_opens_the_name(analyzer):
    """``Petra [Vondrakova], the Green-Liberal leader, denied it``: NER typed the family name a
    place and left the given name out; a given name the lists know for one gender, compounded on
    a word the article never writes as a place, opens a person's name (was "Vondrakova")."""
    text = ("The coalition talks collapsed on Monday.\n\nPetra Vondrakova, the Green-Liberal leader, denied it. “We have "
            "had no talks with anyone, formal or informal,” she said in a statement.")
    assert _speakers_relabelled(analyzer, text, ("Petra", 2, None), ("Vondrakova", 1, "GPE")) == ["Petra Vondrakova"]
    text = text.replace("Monday.", "Monday in Vondrakova.")  # a place the article names as one
    assert _speakers_relabelled(analyzer, text, ("Petra", 2, None), ("Vondrakova", 1, "GPE")) != ["Petra Vondrakova"]


def test_a_romanised_given_name_ner_typed_a_nationality_in_part_is_still_a_name(analyzer):
    """``Baek [Han]-gyeol, the former national team captain, ... / "...," Baek said``, NER typing
    "Han" a nationality and no more: a family name before a hyphenated given name of romanised
    syllables is a person's name, which "Baek" then joins (was "Baek" alone)."""
    text = ("Baek Han-gyeol, the former national team captain running for president of the federation, on Wednesday "
            "released an audio recording.\n\n“I did not want to do this,” Baek said.")
    assert _speakers_relabelled(analyzer, text, ("Baek", 3, None, "first"), ("Han", 1, "NORP")) == ["Baek Han-gyeol"]


def test_a_full_name_ner_typed_an_organisation_that_opens_with_a_given_name_is_a_persons(analyzer):
    """``Lucía Ochandiano Prats made the same weekly round ..., asking whether ...``, NER typing
    the name and its short form an organisation's: three plain names that open with a given
    name the lists know for one gender are a person's, so the short form NER typed apart joins
    her and "she" after "For Ochandiano, ..." is her (was "she", unknown)."""
    text = ("VALENCIA — For almost three years, Lucía Ochandiano Prats made the same weekly round of pharmacies, asking "
            "whether anyone had her tablets in stock.\n\n“Some weeks there was nothing anywhere,” said Ochandiano, a "
            "58-year-old school administrator.\n\nThe regulator declined to comment on the case.\n\nFor Ochandiano, the "
            "legal process matters less than the pharmacy counter. She now takes a branded version of her medication."
            "\n\n“Fourteen euros is not a tragedy,” she said.")
    speakers = _speakers_relabelled(analyzer, text, ("Lucía", 3, "ORG"), ("Ochandiano", 1, "ORG"))
    assert speakers[-1] == "Lucía Ochandiano Prats"


def test_a_full_name_a_courtesy_title_calls_a_persons_is_no_paper_however_it_reads(analyzer):
    """``Tomasina Herald, executive director of ..., said ... "...," Ms Herald said``: the name
    reads like a paper's ("Herald"), but NER calls it a person's and "Ms" gives her sex: a
    person, whom "She" resolves to (was an agency, and "She" unknown)."""
    text = ("Tomasina Herald, executive director of the Harbour Relief Coalition, said each container needed nine "
            "stamps.\n\n“We have roofing sheets baking in the sun at the port,” Ms Herald said.\n\nShe said the "
            "coalition had written to the customs office three times.")
    assert _speakers(analyzer, text) == [("Tomasina Herald", "named")] * 3


def test_the_given_name_before_a_patronymic_ner_started_with_is_part_of_the_name(analyzer):
    """``Minister of Energy Nurlan [Bolatovich Seitkali]``: a patronymic (``patronymic_endings.txt``)
    never opens a name, so the word before it is the given name NER left out (was "Bolatovich
    Seitkali")."""
    text = ("First Vice Minister of Energy Nurlan Bolatovich Seitkali, who led the Kazakh delegation in the "
            'negotiations, spoke to reporters in Astana on Friday afternoon. "We are talking about a structural '
            'change," Seitkali said.')
    assert _speakers(analyzer, text) == [("Nurlan Bolatovich Seitkali", "named")]


def test_a_name_in_a_phrase_of_the_subjects_apposition_is_not_the_subject(analyzer):
    """``The area's MLA, Rekha Dutta of the ruling Banga Jana Morcha, visited ... She said``,
    where NER found no name in "Rekha Dutta" and typed the party a person's: "she" is not the
    party named in the apposition's "of" phrase (without the rule, "Banga Jana Morcha")."""
    text = ("The area's MLA, Rekha Dutta of the ruling Banga Jana Morcha, visited the Harirajpur camp on Wednesday "
            "afternoon. She said the state government had sanctioned Rs 12 crore for immediate embankment repair.")
    quotes, _entities = _relabelled(analyzer, text, ("Rekha", 2, None), ("Banga", 3, "PERSON"))
    assert [q.speaker.name for q in quotes] != ["Banga Jana Morcha"]


def test_a_name_apposed_to_an_office_ner_typed_an_organisation_is_whom_she_stands_for(analyzer):
    """``The area's MLA, Smt. Paromita Hazra of the ruling party, visited ... She said``: the
    office (``MLA``, a title) NER typed an organisation is no person "she" can be; the name
    apposed to it is (unresolved in this session's work before the rule)."""
    text = ("The foundation said in a statement that it had distributed 3,400 relief kits since the weekend.\n\n"
            "The area's MLA, Smt. Paromita Hazra of the ruling Banga Jana Morcha, visited the Harirajpur camp on "
            "Wednesday afternoon. She said the state government had sanctioned Rs 12 crore for immediate embankment "
            "repair.")
    quotes, _entities = _relabelled(analyzer, text, ("MLA", 1, "ORG"))
    assert quotes[-1].speaker.name == "Paromita Hazra"


def test_an_abbreviated_courtesy_title_after_a_role_keeps_the_role_as_the_description(analyzer):
    """``His spokeswoman, Lic. Mariela Kasparian, said``: "Lic." keeps its full stop
    (``title_abbreviations.txt``), so the sentence does not end there and the role describes
    her (was no description)."""
    text = ("The governor did not comment. His spokeswoman, Lic. Mariela Kasparian, said the decree would be published "
            "on Monday.")
    [entity] = analyzer(text).entities
    assert (entity.name, entity.description) == ("Mariela Kasparian", "His spokeswoman")


def test_a_name_apposed_to_a_subject_past_its_relative_clause_is_the_subjects(analyzer):
    """``The man who was hurt, Sergeant Emir Hodžić, is recovering ... the 34-year-old said``:
    the name after the relative clause describes the subject, whom the age stands for (was the
    mayor quoted the paragraph before)."""
    text = ("Goran Petrić, the mayor of the municipality, said local businesses had lost money since the closure.\n\n"
            '"I understand a man was hurt, and he is one of ours," Petrić said in his office. "But you cannot punish a '
            'whole valley."\n\nThe man who was hurt, Sergeant Emir Hodžić, is recovering at his parents\' house in a '
            "village downstream. Speaking publicly for the first time since the shooting, the 34-year-old said he "
            "remembered very little after the first shot.")
    assert "Hodžić" in analyzer(text).quotes[-1].speaker.name


def test_according_to_the_station_relays_a_quotation_told_to_an_audience(analyzer):
    """``"...," she told the crowd, according to the station.``: "the station" (like "the
    paper", ``addressed_news_heads.txt``) is the news organisation named before, which relays
    her words (was a quote of "station" holding hers)."""
    text = ("Radio Kwesta, a community station in the north, broadcast the rally live.\n\n“We will not be anybody's "
            "spare wheel,” Thandeka Mbeki-Nhlapo told the crowd, according to the station.")
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, [v.name for v in quote.via]) == ("Thandeka Mbeki-Nhlapo", ["Radio Kwesta"])


@pytest.mark.parametrize("broadcaster", ["Réseau Laurentide", "Onde Boréale"])
def test_a_broadcasters_description_after_according_to_is_no_part_of_the_speaker(analyzer, broadcaster):
    """``According to Onde Boréale, the provincial public broadcaster, Lavoie-Dufresne told
    ...``: the parser made the name a conjunct of the description, which it took for the
    subject or an apposition of the broadcaster; the name is the speaker, the broadcaster relays
    (was the broadcaster's own quote)."""
    text = (f"According to {broadcaster}, the provincial public broadcaster, Lavoie-Dufresne told a closed-door caucus "
            "meeting in Montreal last week that he would not reopen the approval.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, [v.name for v in quote.via]) == ("Lavoie-Dufresne", [broadcaster])


def test_a_description_set_off_after_an_agencys_name_describes_the_speaker_after_it(analyzer):
    """``According to the state news agency Noticias Andinas del Sur, the deputy minister for
    trade, Rosalba Inés Quintero Paz, said ...``: the parser hung the description on the agency's
    name it split off as the subject; the minister speaks, via the agency (was the agency)."""
    text = ("According to the state news agency Noticias Andinas del Sur, the deputy minister for trade, Rosalba Inés "
            "Quintero Paz, said on Friday that the new tariffs had been ‘badly misread abroad’.")
    quote = analyzer(text).quotes[-1]
    assert quote.speaker.name == "Rosalba Inés Quintero Paz"
    assert [v.name for v in quote.via] == ["Noticias Andinas del Sur"]


def test_a_news_name_set_off_by_commas_after_according_to_relays_the_official_after_it(analyzer):
    """``According to the state government's news agency, Agência Pará, the governor said ...``:
    the parser made the agency's name the subject and the governor its apposition; the governor
    speaks, via the agency, whatever NER calls its name (was the agency's own quote)."""
    text = ("Governor Lúcio Farias Neto moved quickly to distance himself. According to the state government's news "
            "agency, Agência Goiás, the governor said that the state would cooperate fully with the police.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, [v.name for v in quote.via]) == ("Lúcio Farias Neto", ["Agência Goiás"])


@pytest.mark.parametrize("outlet", ["news outlet", "news outlets"])
def test_a_person_named_after_a_roles_news_complement_is_no_news_organisation(analyzer, outlet):
    text = f"A lawyer for the {outlet}, Dorian Vell, said no immediate decision had been made about an appeal."
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, quote.attribution) == ("Dorian Vell", "named")


@pytest.mark.parametrize("agency", ["the Song Hien News Agency", "the agency"])
def test_a_titled_person_set_off_after_according_to_a_news_organisation_is_the_speaker(analyzer, agency):
    """``According to the Song Hien News Agency, Colonel Quach Minh Tuan, a spokesman for ...,
    said``: the titled person set off after the agency speaks, whole ("[Colonel Quach] [Minh
    Tuan]", two appositions to the parser), and the agency relays him (was no relay, or "the
    agency, Colonel Phung Van Khoa," read as the agency's name and the spokesman as the source)."""
    for name in ("Quach Minh Tuan", "Phung Van Khoa"):
        text = ("Developer's chairman detained\n\nHANOI — Police detained the chairman of a property developer on "
                f"Friday, the Song Hien News Agency reported.\n\nAccording to {agency}, Colonel {name}, a spokesman "
                "for the Hue police, said investigators had evidence that the bonds were diverted.")
        quote = analyzer(text).quotes[-1]
        assert (quote.speaker.name, quote.speaker.mention.text.removeprefix("Colonel "), [v.name for v in quote.via]) == (
            name, name, ["Song Hien News Agency"])


def test_a_name_set_off_after_a_news_agencys_name_after_according_to_is_the_speaker(analyzer):
    """``According to the Rome-based news agency Agenzia Stampa Etrusca, Di Bella also told the
    judge that ...``: the parser made the agency's name the subject and the person's its
    apposition; the person speaks, via the agency (was the agency's own quote)."""
    text = ("According to the Rome-based news agency Agenzia Stampa Etrusca, Di Bella also told the judge that the villa "
            "was registered to a shell company.")
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, [v.name for v in quote.via]) == ("Di Bella", ["Agenzia Stampa Etrusca"])


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("VALDORA — The director of Valdoria's public broadcaster, Radio Televisione Valdora (RTV), resigned on Friday, "
         "saying that the parties had left the corporation in limbo for three years.", None),
        ("The editor of the newspaper, Ada Lind, said the report was accurate.", "Ada Lind"),
    ],
)
def test_a_news_name_set_off_after_a_descriptions_news_noun_is_the_news_organisations(analyzer, text, speaker):
    """``The director of Valdoria's public broadcaster, Radio Televisione Valdora (RTV),
    resigned, saying ...``: the name is the broadcaster's, not the director's (was the
    broadcaster's own quote); a person's name there is still the editor's."""
    [quote] = analyzer(text).quotes
    assert quote.attribution != "agency"
    assert (quote.speaker.name if quote.attribution == "named" else None) == speaker


@pytest.mark.parametrize(
    "text, speaker, agency",
    [
        ("According to the state news agency Sakartvelos Ambebi, Kakheti’s regional governor, Levan Beridze, said the "
         "port deal would create “hundreds of jobs for local people”.", "Levan Beridze", "Sakartvelos Ambebi"),
        ("According to the state news agency, Narodowa Agencja Informacyjna (NAI), government spokeswoman Iwona "
         "Szczęsna said the agreement would be sent to Brussels within six weeks.", "Iwona Szczęsna",
         "Narodowa Agencja Informacyjna"),
        ("According to the state news agency, Agencja Wiadomości Krajowych (AWK), Climate Minister Halina Nowak-Wilk "
         "said on Thursday that the government would cover emergency repairs.", "Halina Nowak-Wilk",
         "Agencja Wiadomości Krajowych"),
    ],
)
def test_the_official_after_an_agencys_name_after_according_to_speaks_via_it(analyzer, text, speaker, agency):
    """The parser took the agency's name for the subject and the official for its apposition
    (a possessed description, a role before the name) or for a second subject: the official
    speaks, via the agency (was the agency's own quote)."""
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, [v.name for v in quote.via]) == (speaker, [agency])


def test_a_news_phrase_the_parser_lifted_out_of_by_carries_the_interview(analyzer):
    """``In an interview published on Sunday by the Monterrey newspaper El Heraldo del Norte,
    the state security secretary, Renata Ochoa Villaseñor, said ...``: the parser took the
    newspaper for the subject, leaving "by" with no object; the secretary speaks, via the paper
    (was the paper's own quote)."""
    text = ("In an interview published on Sunday by the Monterrey newspaper El Heraldo del Norte, the state security "
            "secretary, Renata Ochoa Villaseñor, said the number of complaints had tripled.")
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, [v.name for v in quote.via]) == ("Renata Ochoa Villaseñor", ["El Heraldo del Norte"])


def test_a_name_split_off_a_news_phrase_a_participle_speaks_to_is_no_subject():
    import spacy
    from spacy.tokens import Doc

    from quotekit.speaker import _apposed_past_according_to

    # "Speaking to the news website Bizline, Dan Oster, a scholar, described it as ...", parsed
    # with "Bizline" the subject and the scholar's name its apposition
    words = ["Speaking", "to", "the", "news", "website", "Bizline", ",", "Dan", "Oster", ",", "a", "scholar", ",",
             "described", "it", "as", "bad", "."]
    heads = [13, 0, 4, 4, 1, 13, 5, 8, 5, 5, 11, 5, 5, 13, 13, 13, 15, 13]
    deps = ["advcl", "prep", "det", "compound", "pobj", "nsubj", "punct", "compound", "appos", "punct", "det", "appos",
            "punct", "ROOT", "dobj", "prep", "pobj", "punct"]
    pos = ["VERB", "ADP", "DET", "NOUN", "NOUN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT",
           "VERB", "PRON", "ADP", "ADJ", "PUNCT"]
    tags = ["VBG", "IN", "DT", "NN", "NN", "NNP", ",", "NNP", "NNP", ",", "DT", "NN", ",", "VBD", "PRP", "IN", "JJ", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags,
              ents=["O"] * 7 + ["B-PERSON", "I-PERSON"] + ["O"] * 9)
    assert _apposed_past_according_to(doc[5], doc[13]).text == "Oster"
    doc[0].tag_ = "VB"  # no participle: "Speak to the news website Bizline, ..." opens no aside
    assert _apposed_past_according_to(doc[5], doc[13]) is None


def test_a_report_inside_a_news_organisations_longer_report_is_relayed_by_it(analyzer):
    """``The Valdorian Central News Agency said Ryu toured a tractor plant ..., where he told his
    hosts that ...``: the agency says more than his words, so its report stays, and relays his
    (was no relay)."""
    text = ("The Valdorian Central News Agency said Ryu Tae-sok toured a tractor plant on the outskirts of Belmar, where "
            "he told his hosts that the country wanted to \"learn from the advanced experience\" of its neighbour.")
    quotes = analyzer(text).quotes
    assert [(q.speaker.name, [v.name for v in q.via]) for q in quotes] == [
        ("Valdorian Central News Agency", []), ("Ryu Tae-sok", ["Valdorian Central News Agency"])]


def test_a_report_conjoined_to_an_act_after_according_to_is_relayed(analyzer):
    """``According to the Atlantic Broadcasting Network, MacAskill called Cormier-LeBlanc ... and
    told her she had "run a hell of a campaign."``: the telling is MacAskill's, via the network
    (was the network's own quote of the whole sentence); still not ``the agency said it was
    taking steps and the ministry said ...``, where the agency says more."""
    text = ("According to the Harbour Broadcasting Network, Lachlan Fraser called Ines Moreau shortly after 10 p.m. and "
            "told her she had “run a hell of a campaign.”")
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, [v.name for v in quote.via]) == ("Lachlan Fraser", ["Harbour Broadcasting Network"])


def test_a_report_conjoined_to_a_verb_said_in_an_interview_is_relayed_too(analyzer):
    """``Marufu, in an interview with the Daily Tsanga, a privately owned newspaper, dismissed
    the walkout as theatre and said the rules ...``: what "said" reports was given in the same
    interview (was no relay)."""
    text = ("Rudo Marufu chairs the selection committee.\n\nMarufu, in an interview with the Daily Tsanga, a privately "
            "owned newspaper, dismissed the walkout as theatre and said the selection rules had been agreed by every "
            "party in 2023.")
    quote = analyzer(text).quotes[-1]
    assert quote.text.startswith("the selection rules")
    assert [v.name for v in quote.via] == ["Daily Tsanga"]


def test_a_news_agencys_initials_after_according_to_relay_the_report(analyzer):
    """``The official Unified Light News Agency (ULNA) ... According to ULNA, Ri told Xu that
    ...``: the initials in brackets after a news name are that organisation's, whatever the
    tagger calls them (here a common noun), so the agency relays Ri's words (was no relay)."""
    text = ("The official Unified Light News Agency (ULNA) said Ri Kwang-ho had travelled to Yanzhou and returned on "
            "Thursday.\n\nAccording to ULNA, Ri told Xu Anping that the friendship between the two countries was «an "
            "invaluable treasure that no force on earth can shake».")
    quote = analyzer(text).quotes[-1]
    assert quote.text.startswith("that the friendship")
    assert (quote.speaker.name, [v.name for v in quote.via]) == ("Ri Kwang-ho", ["Unified Light News Agency"])


def test_a_participle_calling_the_reports_something_is_relayed_as_the_statement_is(analyzer):
    """``In a statement carried by the agency, the ministry denied the reports, calling them
    "..."``: what "calling" says is part of the carried statement (was no relay)."""
    text = ("The Tarvan Central News Agency (TCNA) reported the visit on Friday.\n\nIn a statement carried by TCNA on "
            "Saturday, the Tarvan Ministry of Foreign Affairs denied the reports, calling them \"lies spread by hired "
            "scribblers\".")
    quote = analyzer(text).quotes[-1]
    assert "lies spread" in quote.text
    assert [v.name for v in quote.via] == ["Tarvan Central News Agency"]


def test_the_first_of_two_family_names_is_a_short_name_after_two_given_names_the_lists_half_know(analyzer):
    """``Yhonny Andrés Palacios Rengifo ... Palacios said``: the lists know the second given
    name only, but four words with two family names last are the Spanish pattern (NER typed
    both names an organisation; was "Palacios" on its own)."""
    text = ("The station's presenter, Yhonny Andrés Palacios Rengifo, said he had received two threats by "
            "telephone.\n\n\"They told me they know where my children study,\" Palacios said.")
    quotes, _entities = _relabelled(analyzer, text, ("Yhonny", 4, "ORG"), ("Palacios", 1, "ORG"))
    assert quotes[-1].speaker.name == "Yhonny Andrés Palacios Rengifo"


def test_a_given_name_opening_the_sentence_read_as_a_verb_is_the_names_first_word(analyzer):
    """``Amadou Ibrahima Kane, the field coordinator ..., said`` / ``Kane said``: the tagger read
    "Amadou" as a verb and NER left it out (was "Ibrahima Kane" for the short name, and the
    first quote's full name unresolved)."""
    text = ("Amadou Ibrahima Kane, the Tacna field coordinator of the Global Migrant Assistance Office, a United Nations "
            "agency, said the data his teams were collecting pointed to a different picture.\n\n\"More than half of the "
            "families we registered this week told us they intend to stay,\" Kane said.")
    assert _speakers(analyzer, text) == [("Amadou Ibrahima Kane", "named")] * 2


def test_a_sentence_opening_said_before_a_name_is_no_given_name(analyzer):
    """``Said Margaret Hollins, who grew up ..., "..."``: "Said" (an Arabic given name too) is the verb
    whose subject the name is, not the name's first word (guards the rule above)."""
    text = ("The small pink home on Grand Avenue was recently turned into a museum. Said Margaret Hollins, who grew up "
            "with him in the neighborhood, “We were all so proud of him.”")
    assert _speakers(analyzer, text) == [("Margaret Hollins", "named")]


def test_a_name_after_a_titles_for_complement_is_the_persons(analyzer):
    """``State Minister for Fisheries Abdur Rahim Talukder said``: the parser made the name the
    object of the title's "for" (was "State Minister")."""
    text = ("According to the state-run Bangla Barta Agency, State Minister for Fisheries Abdur Rahim Talukder said "
            "the government would pay compensation to every family.")
    quote = analyzer(text).quotes[-1]
    assert quote.speaker.name == "Abdur Rahim Talukder"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Movement for People's Dignity (MPD) said in a statement that it was suspending all participation in the "
         "alliance.", "Movement for People's Dignity"),
        ("The Masaka Traders' Alliance, which says it represents about 14,000 shop owners in the city centre, said in a "
         "statement that the strike would continue.", "Masaka Traders' Alliance"),
    ],
)
def test_an_organisations_name_keeps_its_words_before_a_possessive_or_its_initials(analyzer, text, name):
    """An irregular plural's "'s" and a plural's "'" between capitalised words stay inside a
    name that ends in an organisation's word ("movement" heads an institution's name), also
    before its initials in brackets, which the mention keeps whole (were "Movement", with the
    mention cut at "(MPD", and "Alliance")."""
    quote = analyzer(text).quotes[-1]
    assert quote.speaker.name == name
    assert quote.speaker.mention.text.count("(") == quote.speaker.mention.text.count(")")


@pytest.mark.parametrize(("text", "speaker", "agency"), [
    ("According to the state-run Himal Samachar Kendra, Home Minister Bishnu Prasad Adhikari said the army had "
     "been placed on standby.", "Bishnu Prasad Adhikari", "Himal Samachar Kendra"),
    # "Seva", a service in Hindi (was a person's name, and no relay)
    ("According to the state-run Vindhya Samachar Seva, Deoras told the governor that her cabinet would be \"small, "
     "young and clean\" and that she would hold the first cabinet meeting the same day.", "Deoras",
     "Vindhya Samachar Seva"),
])
def test_a_nepali_or_hindi_news_centre_or_service_is_a_news_organisation(analyzer, text, speaker, agency):
    """``According to the state-run Himal Samachar Kendra, Minister X said``: "Kendra" ends a
    news name after "Samachar" (``news_name_tails.txt``), so the centre relays (was its own quote)."""
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, [v.name for v in quote.via]) == (speaker, [agency])


def test_korean_names_the_tagger_broke_keep_their_family_and_given_names(analyzer):
    """``Oh Sang-hoon, director of ..., told reporters`` ("Oh" read as an interjection, "hoon"
    as the common noun that heads the phrase) and ``spokesman Jae-won Han`` ("won" read as a
    verb, "Han" typed a nationality): the whole names (were "Sang-hoon", "Han")."""
    text = ("Oh Sang-hoon, director of the regulator’s battery safety division, told reporters that inspectors had "
            "flagged the fault in March.\n\nCompany spokesman Jae-won Han said the firm had acted as soon as the facts "
            "were clear.")
    assert [n for n, _ in _speakers(analyzer, text)][:1] == ["Oh Sang-hoon"]
    quotes, _entities = _relabelled(analyzer, text, ("Jae", 3, "PERSON"), ("Han", 1, "NORP"))
    assert [q.speaker.name for q in quotes] == ["Oh Sang-hoon", "Jae-won Han"]


def test_a_name_ner_started_after_a_split_patronymic_opens_with_the_given_name(analyzer):
    """``said Revathi a/p Subramaniam, an accountant`` / ``Revathi said``: NER started a name
    at the father's name after "a/p", which the tokenizer split; the name opens with the given
    name before it (were "Subramaniam" and "Revathi" apart)."""
    text = ("“We paid our deposits,” said Revathi a/p Subramaniam, an accountant. “Nobody answers,” Revathi said.")
    assert _speakers(analyzer, text) == [("Revathi a/p Subramaniam", "named")] * 2


def test_no_sentence_ends_inside_a_split_patronymic(analyzer):
    """``Under cross-examination by defence counsel Kannan a/l Ramasamy, Suresh agreed that
    ...``: the parser ended a sentence at "a / l", leaving "Ramasamy" the subject of "agreed"
    (was the counsel); no sentence starts inside the patronymic or right after it."""
    text = ("Suresh a/l Perumal, 39, a former accounts clerk, told the court he had questioned the payments. Under "
            "cross-examination by defence counsel Kannan a/l Ramasamy, Suresh agreed that he had never written to the "
            "board.")
    assert [name for name, _ in _speakers(analyzer, text)] == ["Suresh a/l Perumal"] * 2


def test_a_singaporean_son_of_joins_the_name_before_it(analyzer):
    """``The lead prosecutor, Kumar s/o Sivanesan, told ...`` / ``Mr Kumar said``: "s/o"
    (``patronymics.txt``) joins the given name before it, which the parser hung apart, to the
    father's name NER found (were "Sivanesan" and "Kumar" apart)."""
    text = ("The lead prosecutor, Kumar s/o Sivanesan, told District Judge Tan Mei Ling that the director had "
            "instructed junior staff to record options to purchase as completed sales. “The accused knew the numbers "
            "were false,” Mr Kumar said in his opening statement.")
    assert [name for name, _ in _speakers(analyzer, text)] == ["Kumar s/o Sivanesan"] * 2


def test_a_countrys_office_is_the_holder_named_by_its_nationality(analyzer):
    """``after Jamaica’s prime minister told a summit ...`` / ``Jamaican Prime Minister Desmond
    Alleyne ... Barbados Prime Minister Yvette Crichlow``: "Jamaican" is formed on "Jamaica", so
    the owner agrees with him (was the Barbadian prime minister: a wrong attribution)."""
    text = ("Caribbean leaders back regional disaster fund after Hurricane Mara\n\nBRIDGETOWN, Barbados (ACP) — Caribbean "
            "heads of government agreed on Sunday to create a permanent regional disaster fund, after Jamaica’s prime "
            "minister told a summit in Bridgetown that small island states could no longer afford to «rebuild from "
            "scratch every second year».\n\nJamaican Prime Minister Desmond Alleyne, whose country is still counting "
            "the cost of Hurricane Mara, said the storm had caused damage equal to roughly 6 per cent of Jamaica’s "
            "economic output.\n\nBarbados Prime Minister Yvette Crichlow, who chaired the summit, said the region had "
            "«talked about this fund for twenty years».")
    told = next(q for q in analyzer(text).quotes if q.cue.text == "told")
    assert told.speaker.name == "Desmond Alleyne"


def test_a_family_name_read_as_an_adverb_stays_in_the_name_and_speaks(analyzer):
    """``Prime Minister Errol Whitely told ...`` / ``Whitely denied that ...``: the tagger read
    "Whitely" as an adverb by its ending, inside NER's name and at a sentence's start; it is
    the name's last word and the subject (were "Errol" alone, and no source for "denied")."""
    text = ("Prime Minister Errol Whitely told a crowded news conference at Jamaica House that the money would come from "
            "a contingency reserve. “We are not going to wait for anybody,” Whitely said. Whitely denied that relief "
            "supplies had been held up by customs.")
    quotes = analyzer(text).quotes
    assert [q.speaker.name for q in quotes] == ["Errol Whitely"] * 3
    assert quotes[-1].cue.text == "denied"


def test_a_curly_apostrophe_after_a_plural_inside_a_name_is_no_closing_mark(analyzer):
    """``The Welsh Prison Officers’ Association said ...``: the tagger read "’" as a closing
    quotation mark (NER the name as a work's title); it is the plural's possessive inside the
    name (was "Association")."""
    text = ("The Welsh Prison Officers’ Association said in a statement that its members had been ‘subjected to "
            "disgraceful abuse online’ since the footage was shared.")
    quotes, _entities = _relabelled(analyzer, text, ("The", 6, "WORK_OF_ART", "first"))
    assert quotes[-1].speaker.name == "Welsh Prison Officers’ Association"


def test_a_watch_group_keeps_a_first_word_written_in_lower_case_elsewhere(analyzer):
    """``River Watch, a civilian monitoring group, said ...`` after "the river road": "watch"
    heads an institution's name (``institution_heads.txt``), so "River" is part of it, not a
    capital only at the sentence's start (was "Watch")."""
    text = ("Mourners said they had stopped using the river road after dark.\n\nRiver Watch, a civilian monitoring group "
            "based in Sulaymaniyah, said in a statement that the strike was the 42nd recorded in the district this "
            "year.")
    assert _speakers(analyzer, text)[-1] == ("River Watch", "named")


def test_a_stations_name_before_its_frequency_is_the_relays(analyzer):
    """``Irie Talk 95 FM on Thursday quoted Works Minister X as saying ...``: the parser hung the
    name's words before the frequency on the verb; the relay is the whole name (was "FM")."""
    text = ("Irie Talk 95 FM on Thursday quoted Works Minister Delroy Pennant as saying the main road to Golden Grove "
            "would reopen \"before the end of the month\".")
    assert [v.name for v in analyzer(text).quotes[-1].via] == ["Irie Talk 95 FM"]


def test_a_mongolian_patronymic_initial_opens_the_name_and_ends_no_sentence(analyzer):
    """``said Kh. Batzorig, a political analyst at ...`` / ``Batzorig said``: the tokenizer
    splits the full stop off "Kh" (``name_abbreviations.txt``), and the parser ended a sentence
    there; the initial opens the name (was a source called "Kh")."""
    text = ("The herders have blocked the road for nine days. \"Foreign money is the sensitive word here,\" said Kh. "
            "Batzorig, a political analyst at the Steppe Institute of Public Policy. Batzorig said he expected the issue "
            "to reach the palace within a month.")
    assert [name for name, _ in _speakers(analyzer, text)] == ["Kh. Batzorig"] * 2
    text = ("The herders have blocked the road for nine days.\n\n\"Foreign capital is the sensitive word here,\" said Ts. "
            "Gantulga, a political analyst at the Ulaanbaatar Institute of Public Policy. \"When a foreign name is on the "
            "licence, a local complaint becomes a national story overnight.\"\n\nGantulga said he expected the issue to "
            "reach the presidential palace before the end of the month.")
    assert [name for name, _ in _speakers(analyzer, text)] == ["Ts. Gantulga"] * 3  # "Ts" the parser's subject


def test_faroese_family_names_keep_their_particles(analyzer):
    """``Fisheries Minister Rógvi við Bakka`` / ``Marita á Heygum``: "við" and "á" are particles
    of Faroese family names (``name_particles.txt``; were "Bakka" and "Heygum")."""
    text = ("Fisheries Minister Rógvi við Bakka said the Faroes would not be \"bullied into a smaller share\". Marita á "
            "Heygum, who runs a salmon farm in Klaksvík, said a port ban would have little effect on her business. "
            "\"The worst thing for us is uncertainty,\" á Heygum said.")
    assert [name for name, _ in _speakers(analyzer, text)] == ["Rógvi við Bakka", "Marita á Heygum", "Marita á Heygum"]


def test_a_full_name_ner_typed_a_place_is_a_persons_when_a_role_describes_it(analyzer):
    """``Pak Chol-min, Haesong's hereditary ruler, told ...`` with NER's name a place (as it
    typed such a name in an article), a headline's ``as Pak toasts his hosts`` and ``His sister,
    Pak Song-ae``: the role apposed to the name makes it a person's, so the short "Pak" is
    his, not his sister's (was hers: a wrong attribution)."""
    text = ("Haesong state media hails ‘epoch-making’ talks as Pak toasts his hosts\n\nFrom our Asia Correspondent, "
            "Lanshou\n\nPak Chol-min, Haesong’s hereditary ruler, told a banquet in Lanshou that his country would ‘never "
            "forget’ its neighbour’s support in hard times, according to the Haesong Central Telegraph Agency.\n\nThe "
            "agency quoted Pak as telling the banquet: ‘Whatever storms may blow, our people will never forget the "
            "sincere help extended by Qirong.’\n\nHis sister, Pak Song-ae, could be seen seated several places down the "
            "table.")
    quotes, _entities = _relabelled(analyzer, text, ("Pak", 4, "GPE", 1))
    quoted = next(q for q in quotes if q.cue.text == "quoted")
    assert quoted.speaker.name == "Pak Chol-min"


def test_a_news_agencys_initials_named_in_full_before_relay_without_brackets(analyzer):
    """``... according to the Haesong Central Telegraph Agency ... According to HCTA, Tang said
    that ...``: capitals that spell a news name the article gave are that organisation's, so it
    relays Tang (was a quote of "HCTA" holding his)."""
    text = ("Ryo Kwang-sok told a banquet that his country would never forget its neighbour's support, according to the "
            "Haesong Central Telegraph Agency.\n\nAccording to HCTA, Tang Xiaolin said that Qirong ‘highly values’ its "
            "relationship with Haesong.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, [v.name for v in quote.via]) == ("Tang Xiaolin", ["Haesong Central Telegraph Agency"])


def test_an_agencys_name_set_off_after_according_to_at_the_start_is_the_source(analyzer):
    """``According to the state news agency, Agência Lusófona de Notícias (ALN), at least 43
    children were treated ...``: the name set off after "the state news agency" is the source
    and no part of the report (was the report's first words, and the radio station named
    before as its source: a wrong attribution)."""
    text = ("Rádio Comunitária Zambeze, a community station in the province, said families were eating one meal a day."
            "\n\nAccording to the state news agency, Agência Lusófona de Notícias (ALN), at least 43 children were "
            "treated for severe acute malnutrition in the province in July alone.")
    quote = analyzer(text).quotes[-1]
    assert quote.text.startswith("at least 43 children")
    assert (quote.speaker.name, quote.attribution) == ("Agência Lusófona de Notícias", "agency")


def test_a_name_ner_ran_across_a_comma_with_a_place_is_the_name_after_it(analyzer):
    """``the governor of Tete, Joaquim Nhantumbo, ...`` with NER's one name "Tete, Joaquim
    Nhantumbo": the entity is the person's name after the comma (was the place and the name)."""
    text = ("AMN quoted the governor of Tete, Joaquim Nhantumbo, as saying that water trucks would be sent. Nhantumbo "
            "said the roads were open.")
    quotes, _entities = _relabelled(analyzer, text, ("Tete", 4, "ORG"))
    assert quotes[-1].speaker.name == "Joaquim Nhantumbo"


def test_an_agencys_name_set_off_with_the_after_according_to_relays(analyzer):
    """``According to the state news agency, the National Wire Service (NWS), the minister said
    ...``: the name set off after the news noun may open with "the" (was the newspaper named
    before)."""
    text = ("The Eastern Ledger reported on Monday that the budget talks had stalled. Finance Minister Nawal Hashimi "
            "flew to the capital on Tuesday.\n\nAccording to the state news agency, the National Wire Service (NWS), "
            "the minister said the transfer would amount to roughly 760 billion dinars.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, [v.name for v in quote.via]) == ("Nawal Hashimi", ["National Wire Service"])


def test_the_agency_is_the_information_bureau_named_in_its_paragraph(analyzer):
    """``... the Lianshan News Agency quoted ... / In Sarykul, the Kharun Information Bureau
    reported ... According to the agency, the leader said ...``: an information bureau is a
    news organisation (``agency_heads.txt``), and "the agency" is the one named in its
    paragraph, not an agency with the noun in its name named before (was the Lianshan News
    Agency: a wrong relay)."""
    text = ("The Lianshan News Agency on Sunday quoted Vice Foreign Minister Deng Shaoqi as saying the visit had "
            "\"injected fresh momentum\" into relations.\n\nIn Sarykul, the Kharun Information Bureau reported that "
            "Teymur Beshkarov had convened a meeting of senior officials on his return. According to the agency, the "
            "leader said Kharun would \"never again bow its head\" to sanctions.")
    quote = analyzer(text).quotes[-1]
    assert [v.name for v in quote.via] == ["Kharun Information Bureau"]


def test_welsh_ab_and_azerbaijani_qizi_with_a_dotless_i_are_patronymics(analyzer):
    """``Economy Secretary Tomos ab Owen said ... ab Owen said ... Owen Hughes, a deckhand,
    said``: Welsh "ab" is "son of" (``patronymics.txt``), so the secretary is one name and no
    deckhand's (was "Owen Hughes" for all three: a wrong attribution); Azerbaijani "qızı" with
    its dotless "ı" joins "Aysel Vaqif qızı Həsənova" (was "Həsənova")."""
    text = ("Economy Secretary Tomos ab Owen said officials had met the company twice. “I am not going to pretend "
            "otherwise,” ab Owen said. Owen Hughes, a deckhand, said he had worked the route for 22 years.")
    assert [name for name, _ in _speakers(analyzer, text)] == ["Tomos ab Owen", "Tomos ab Owen", "Owen Hughes"]
    text = ("“We are not asking anyone for charity,” said Aysel Vaqif qızı Həsənova, the deputy minister. “We changed "
            "the route in three places,” Həsənova said.")
    assert [name for name, _ in _speakers(analyzer, text)] == ["Aysel Vaqif qızı Həsənova"] * 2


def test_a_papers_name_after_a_city_and_its_news_noun_is_the_relay(analyzer):
    """``The Lagos daily The Evening Lamp, citing two senior officials, reported ...``: the parser
    made the city the subject and read "daily" as its adverb; the paper is the name apposed
    after the news noun, a news organisation by that description (was "Lagos": a wrong relay)."""
    text = ("The Lagos State Police Command said 14 people had been arrested. The Lagos daily The Evening Lamp, citing two "
            "senior officials in the presidency, reported on Tuesday that the government was considering a transport "
            "allowance.")
    quote = analyzer(text).quotes[-1]
    assert (quote.attribution, [v.name for v in quote.via]) == ("anonymous", ["Evening Lamp"])


@pytest.mark.parametrize(
    "text",
    [
        "The Beirut broadcaster Cedarline TV reported on Sunday that the first returnees would cross on Thursday.",
        "Cedarline TV, the Beirut broadcaster, which aired live pictures from outside the bank for most of the "
        "afternoon, reported that the man was a former restaurant owner.",
    ],
)
def test_a_city_before_a_news_noun_is_no_news_organisations_name(analyzer, text):
    """``The Beirut broadcaster Cedarline TV reported`` (the tagger read "TV" as a common noun)
    and ``Cedarline TV, the Beirut broadcaster, ... reported`` ("Cedarline" read as a verb): the
    city says where the broadcaster is, the name is the one given beside it (was "Beirut", a
    news organisation)."""
    assert _speakers(analyzer, text)[-1] == ("Cedarline TV", "agency")


def test_a_nationality_the_tagger_read_as_a_name_before_a_news_medium_names_it_with_the_medium(analyzer):
    """``..., Tavrenian state television reported. / The broadcaster showed ...``, the
    nationality tagged a proper noun: the outlet is "Tavrenian state television", which "the
    broadcaster" resumes (was "Tavrenian", a nationality as a news organisation's name)."""
    text = ("The leaders signed agreements on fuel supplies and a cross-border railway on Saturday, Tavrenian state "
            "television reported.\n\nThe broadcaster showed the two leaders seated at a long table as aides "
            "exchanged leather folders.")
    assert [(q.speaker.name, q.attribution) for q in analyzer(text).quotes] == [
        ("Tavrenian state television", "agency")] * 2


@pytest.mark.parametrize("text, name, attribution", [
    ("The state broadcaster, Velmar Central Television, on Thursday aired a documentary in which a narrator "
     "declared that the missile had made the nation 'invincible for a thousand years'.",
     "Velmar Central Television", "agency"),
    ("Velmar Central Television showed the rally live.\n\nA presenter said more than 300,000 people had taken part.",
     "Velmar Central Television", "agency"),
    ("The Velmar Courier said the rally was peaceful.\n\nA presenter said more than 300,000 people had taken part.",
     "A presenter", "anonymous"),
])
def test_a_presenter_with_no_name_speaks_for_the_broadcaster_named_just_before(analyzer, text, name, attribution):
    """``aired a documentary in which a narrator declared ...``, ``A presenter said ...``: one
    who speaks on air with no name (``presenter_nouns.txt``) speaks for the broadcaster named
    just before (was the narrator or presenter, unknown or anonymous); not for a newspaper."""
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == (name, attribution)


@pytest.mark.parametrize("after, name", [
    ("The Velmar Courier reported that Lind had designated the flat as her second home.", "Velmar Courier"),
    ("Lind told the Velmar Courier that every claim had been approved.", "a newspaper"),
    ("Radio Kestrel reported that Lind had designated the flat as her second home.", "a newspaper"),
])
def test_a_newspaper_in_a_lede_is_the_paper_the_next_paragraph_names_as_a_subject(analyzer, after, name):
    """``... after a newspaper reported that ... / The Velmar Courier reported that ...``: the
    paper named next as a clause's subject (was "a newspaper"); not one only told, nor a
    broadcaster."""
    text = ("VELMAR, March 4 (Ostby Press Agency) - Transport Minister Ada Lind faced calls to resign on Tuesday after "
            "a newspaper reported that she had claimed more than 48,000 crowns in expenses.\n\n" + after)
    quote = analyzer(text).quotes[0]
    assert (quote.speaker.name, quote.attribution) == (name, "agency")


def test_an_organisations_name_whose_head_stands_before_of_keeps_its_first_word_at_a_sentences_start(analyzer):
    """``National Television of Velmar reported ...`` opening a sentence, with "national" written
    in lower case elsewhere: the name's head is before its "of", so its first word is part of it
    (was "Television of Velmar")."""
    text = ("The national election commission met on Sunday.\n\n"
            "National Television of Velmar reported that President Ada Lind had summoned the prime minister.")
    assert analyzer(text).quotes[-1].speaker.name == "National Television of Velmar"


@pytest.mark.parametrize("name", ["Workers' Banner", "Farmers' Banner"])
def test_a_news_name_ner_cut_at_its_plurals_possessive_is_whole(analyzer, name):
    """``the Farmers' Banner``, NER typing "Farmers" an organisation and "Banner" a person: the
    paper's name is whole (was "Banner")."""
    text = f"The ruling party's newspaper, the {name}, said the drills had pushed the situation to the brink."
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, quote.attribution) == (name, "agency")


def test_a_news_name_in_capitals_the_tagger_read_as_a_common_noun_is_the_relays_name(analyzer):
    """``Tokyo broadcaster TNB quoted X as saying``, "TNB" tagged a common noun in apposition:
    the broadcaster's name relays the quote (was "Tokyo", a wrong relay)."""
    text = ('Tokyo broadcaster TNB quoted Ivo Marsh, president of Kestrel Shipping, as saying the company "will not '
            'accept" the claim.')
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, [v.name for v in quote.via]) == ("Ivo Marsh", ["TNB"])


@pytest.mark.parametrize("name", ["Schools and Colleges Employers' Council", "Ports and Harbours Employers' Federation"])
def test_a_word_and_joins_to_an_organisations_name_opens_it(analyzer, name):
    """``The Ports and Harbours Employers' Federation said``, where NER's name opens after "and"
    and the parser hung the first word on the name's head: the name opens with that word (was
    "Harbours Employers' Federation")."""
    text = ('"I have been asked to grade engineering papers," one of them said.\n\n'
            f'The {name} said in a statement that the boycott was "disproportionate and deeply damaging".')
    assert analyzer(text).quotes[-1].speaker.name == name


def test_a_shared_family_name_as_a_source_is_the_source_just_before(analyzer):
    """Three Gurungs named before ``"...," Gurung told the Courier.``, the last of them the
    source just before: a source's short name that fits several people named before is that
    source when it is one of them (was Ang Dorje Gurung, quoted paragraphs before: a wrong
    attribution)."""
    text = ("Rescuers pulled a guide alive from a crevasse on Thursday.\n\nThe guide's cousin, Nima Chhiring Gurung, who "
            "waited at the hospital gate through the night, said the family had begun preparing for funeral rites.\n\n"
            "In his home village, neighbours gathered on Thursday evening. Ang Dorje Gurung, a retired climber, led the "
            "prayers. \"He was a boy when he carried his first load for me,\" Ang Dorje said.\n\nTashi Wangdi Gurung, whose "
            "company had the largest team on the mountain, said on Thursday that the decision to camp there had been made "
            "jointly by the leaders.\n\n\"Nobody forced anybody up that slope,\" Gurung told the Courier.")
    assert analyzer(text).quotes[-1].speaker.name == "Tashi Wangdi Gurung"


def test_he_after_a_role_whose_name_the_parser_set_beside_the_roles_object(analyzer):
    """``A spokesman for Mr Okonjo, Ilario Benedek, was guarded. '...,' he said``: the parser
    hung the name on "Okonjo", but the article describes Benedek as the spokesman; "he" is
    Benedek (was an anonymous "A spokesman")."""
    text = ("A spokesman for Mr Okonjo, Ilario Benedek, was equally guarded on Friday. 'The president receives many "
            "visitors,' he said.")
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, quote.attribution) == ("Ilario Benedek", "named")


def test_the_agency_after_a_rating_agency_that_spoke_is_that_agency(analyzer):
    """``Kestrel Ratings said ... But the agency warned ...``: no news agency; "the agency" is
    the organisation the sentence before named as its subject (was an unresolved "agency")."""
    text = ("Kestrel Ratings said in a statement that the decision was credit positive. But the agency warned that "
            "slower growth could hurt.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.mention.text, quote.speaker.name) == ("the agency", "Kestrel Ratings")


def test_the_agency_after_a_news_service_the_sentence_before_had_for_subject_is_that_service(analyzer):
    """``The Kordavian State News Service quoted X as telling Sorin ... The agency said``, NER
    typing "Sorin" an organisation: a news organisation that is no paper nor broadcaster, the
    subject of the sentence before, is "the agency" (was an unresolved "agency"); "the agency"
    is still no newspaper."""
    text = ("The Kordavian State News Service quoted Vessin as telling Sorin that the treaty would be «an iron shield for "
            "both our peoples». The agency said the two leaders had held «warm and candid» talks lasting more than four "
            "hours.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == ("Kordavian State News Service", "agency")
    text = text.replace("State News Service", "Daily Gazette newspaper")
    assert analyzer(text).quotes[-1].speaker.name == "agency"  # unresolved, not the paper


def test_a_place_owned_ministry_is_not_the_ministry_another_place_names(analyzer):
    """``Ostland's foreign ministry said`` after "The Velmar Ministry of Foreign Affairs ...": the
    name opens with another place, so it is another ministry (was Velmar's)."""
    text = ("The Velmar Ministry of Foreign Affairs issued a statement. \"The visit was a success,\" the ministry said. "
            "In Haewon, Ostland's foreign ministry said it had known of the trip.")
    first, second = analyzer(text).quotes
    assert first.speaker.name == "Velmar Ministry of Foreign Affairs"
    assert second.speaker.name == "Ostland's foreign ministry"


def test_a_given_name_ner_typed_a_place_opening_a_sentence_before_a_name(analyzer):
    """NER types "Shazia" a place before "Baloch Memon", a person; written nowhere else, and a
    compound inside the name, it opens the person's name (was "Baloch Memon")."""
    text = ("Opposition politicians dismissed the pledge. Shazia Baloch Memon, a provincial assembly member from the "
            "opposition Awami Insaf Front, said the same promises had been made.")
    quote = analyzer(text).quotes[-1]
    assert quote.speaker.name == "Shazia Baloch Memon"


def test_the_ministry_after_a_described_ministry_spoke_is_that_ministry(analyzer):
    """``Ostland's defence ministry ... said ... The ministry denied the report``: the ministry
    the text described last, not the Unification Ministry named before it (was that one)."""
    text = ("The Unification Ministry said the talks would go ahead.\n\nOstland's defence ministry, meanwhile, said in a "
            "statement that readiness would not be affected.\n\nThe ministry's statement came after the Daily reported "
            "that drills had been postponed. The ministry denied the report, saying all training was going ahead.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.mention.text, quote.speaker.name) == ("The ministry", "Ostland's defence ministry")


def test_the_ministry_after_a_described_ministry_the_tagger_took_for_a_name_is_that_ministry(analyzer):
    """``Talvaria's foreign ministry said ... But the ministry urged ...``, where the tagger took
    the lower-case "ministry" for a proper noun: the ministry the text described is still the
    one "the ministry" names again (was an unresolved "ministry")."""
    text = ("At a briefing in Dorsk, foreign ministry spokeswoman Anna Melnik said the visit had been arranged at the "
            "request of both sides.\n\nTalvaria's foreign ministry said in a statement that it “respects the sovereign "
            "right of any state to conduct diplomacy.”\n\nBut the ministry urged Ostrava to use its influence to press "
            "Merovia to “return to the negotiating table” over disputed fishing grounds.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.mention.text, quote.speaker.name) == ("the ministry", "Talvaria's foreign ministry")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Ostland Broadcasting Corporation on Saturday aired footage it said showed enemy tanks shelling a village.",
         "Ostland Broadcasting Corporation"),
        ("The Ministry of Health released figures that it said proved the vaccine was safe.", "Ministry of Health"),
    ],
)
def test_it_in_a_clause_on_an_organisations_object_is_that_organisation(analyzer, text, name):
    """``X aired footage it said showed ...``: "it", saying in a clause on the object of X's
    verb, is X (was "it", unknown)."""
    [quote] = analyzer(text).quotes
    assert (quote.speaker.mention.text, quote.speaker.name) == ("it", name)


def test_the_other_one_of_an_unnamed_group_is_not_the_person_the_next_paragraph_names(analyzer):
    """``Two diplomats in Velm ... said ... The other diplomat said ... / Kang Min-jae, a
    professor ..., said``: "the other diplomat" is one of the two, unnamed (was the professor
    the next paragraph names, taken for a lede's description)."""
    text = ("Two diplomats in Velm, who spoke on condition of anonymity because they were not authorised to discuss the "
            "matter, said Ostland had been briefed in advance and had raised no objection. One of them said the South had "
            "pushed for a summit in late April, while the North was holding out for May or June.\n\n"
            "\"The North wants to be seen as the side setting the pace,\" the diplomat said. \"That is as important to "
            "them as anything on the agenda.\"\n\n"
            "The other diplomat said Kessar had also been informed, adding that Kessari officials had privately "
            "encouraged Velmgrad to accept the offer.\n\n"
            "Kang Min-jae, a professor of North Korean studies at Daeyang University in Velm, said the speed of the "
            "North's reply was unusual.")
    [quote] = [q for q in analyzer(text).quotes if q.text.startswith("Kessar had")]
    assert (quote.speaker.name, quote.attribution) == ("other diplomat", "anonymous")


def test_the_state_news_agency_is_not_the_wire_a_dateline_credits_when_another_is_named(analyzer):
    """``VELMAR, March 4 (Harbor Wire) - ..., the state news agency said. / The Ostmar Press
    Agency (OPA) said ...``: the wire the dateline credits wrote the story; the state agency is
    the one the next paragraph names (was Harbor Wire)."""
    text = ("Ostmar's king names new finance, energy ministers in broad cabinet shake-up\n\n"
            "VELMAR, March 4 (Harbor Wire) - King Tariq bin Said Al-Harthy of Ostmar replaced his finance and energy "
            "ministers on Tuesday and appointed his son as foreign minister in the most sweeping cabinet reshuffle in "
            "the Gulf kingdom for nearly a decade, the state news agency said.\n\n"
            "The Ostmar Press Agency (OPA) said a series of royal decrees issued shortly after midnight had named Reem "
            "Al-Hajri, a former deputy governor of the central bank, as finance minister.")
    first = next(q for q in analyzer(text).quotes if q.text.startswith("King Tariq"))
    assert (first.speaker.name, first.attribution) == ("Ostmar Press Agency", "agency")


def test_they_after_unnamed_sources_is_not_an_organisation_their_report_spoke_of(analyzer):
    """``Three traders ... said the Velmar Grain Board had asked ... The board has made similar
    requests before, ..., they said``: the traders, not the board their words spoke of (was the
    board)."""
    text = ("Three traders with direct knowledge of the talks said the Velmar Grain Board had asked buyers to defer "
            "150,000 tonnes of wheat. The board has made similar requests before, but never on this scale, they said.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == ("Three traders with direct knowledge of the talks", "anonymous")


def test_a_name_ner_types_an_organisation_that_owns_its_object_with_his_is_a_person(analyzer):
    """``Raghavendra Solanki submitted his resignation as chief minister ...`` (a helper's
    invented article; NER types the name an organisation throughout): "his" owning the name's
    object makes it a person's, and "he said" after the name is his (was unresolved)."""
    text = (
        "Solanki resigns as Vindhyachal chief minister as JPM weighs a new face for opposition\n\n"
        "VINDHYACHAL NAGAR — Raghavendra Solanki submitted his resignation as chief minister of Vindhyachal "
        "to Governor Mohan Lal Dwivedi at Raj Bhavan on Saturday morning, a day after his Jan Pragati Morcha "
        "lost power in the state for the first time in a decade.\n\n"
        "The governor accepted the resignation and asked Solanki and his council of ministers to continue in "
        "a caretaker capacity until a new government is sworn in, Raj Bhavan said in a statement.\n\n"
        "Speaking to reporters at the gates of Raj Bhavan, the 63-year-old appeared composed. «I came to this "
        "building ten years ago with a garland and I am leaving it today with the same gratitude,» Solanki "
        "said. «The people gave, the people have taken back. That is democracy.»\n\n"
        "He said he had spoken by phone to Sunita Rawat, the Lok Samta Party leader expected to succeed him, "
        "and congratulated her. «I told her the state is bigger than any of us,» he said, adding that he had "
        "offered his «full cooperation in a smooth transition»."
    )
    quote = analyzer(text).quotes[-1]
    assert quote.speaker.name == "Raghavendra Solanki"


def test_she_after_a_person_the_parser_hung_on_the_opening_phrase_whose_object_her_owns(analyzer):
    """``At a machine shop ..., Sayuri Hanabe, 58, runs a business her father founded. ... '...,'
    she said``: the parser hung the name on "the plant", "her" in the object's relative clause
    says she is a woman, and she is the only person near (was unresolved)."""
    text = ("Not everyone is convinced. Several residents said they had heard that the lines could be moved.\n\n"
            "At a machine shop two kilometres from the plant, Sayuri Hanabe, 58, runs a business her father founded in "
            "1974. About 60 percent of its revenue comes from the plant.\n\n"
            "\u201cMy father always said, don\u2019t depend on one customer,\u201d she said, standing beside a lathe.")
    quote = analyzer(text).quotes[-1]
    assert quote.speaker.name == "Sayuri Hanabe"


def test_she_after_a_quote_that_ran_on_into_the_next_paragraph(analyzer):
    """The last speaker's quote opens in one paragraph and runs on into the next; "She denied
    ..." after it is hers: she last spoke in the later paragraph (was unresolved: the
    attribution's paragraph was taken as where she last spoke)."""
    text = ("Her brother, Tom Ashby, was taken in May. His sister, Hannah Ashby-Reyes, said she had learned of the deal "
            "from a text message.\n\n"
            "\u2018I don\u2019t blame the journalist,\u2019 Ms Ashby-Reyes said. \u2018But it says something when the press "
            "knows more than the families do.\n\n"
            "\u2018If there is a list of names, we want to know whether Tom\u2019s name is on it. That\u2019s all.\u2019\n\n"
            "She denied that the family had ever been approached by intermediaries. \u2018Nobody has asked us for "
            "money,\u2019 she said.")
    *_, denied, said = analyzer(text).quotes
    assert denied.speaker.name == said.speaker.name == "Hannah Ashby-Reyes"


@pytest.mark.parametrize(("text", "name"), [
    ("KAPIRI \u2014 At Chikanga market on Saturday morning, Loveness Moyo weighed out a heap of tomatoes for a "
     "customer.\n\n\"Nobody wants zambos anymore,\" said Moyo, 46, who has sold vegetables from the same spot for "
     "19 years.", "Loveness Moyo"),
    ("Dorji Samten Khandu, an independent MP from the eastern district of Trashikhar, was one of the four who voted "
     "against. In the chamber he said the bill had been drafted in haste.", "Dorji Samten Khandu"),
])
def test_a_given_name_no_list_knows_before_a_name_ner_found(analyzer, text, name):
    """``Loveness Moyo weighed out ...``: NER found only "Moyo" ("Samten Khandu"); "Loveness"
    ("Dorji"), a word no dictionary holds, written only before that name, is its given name
    (was "Moyo", "Samten Khandu")."""
    quote = analyzer(text).quotes[-1]
    assert quote.speaker.name == name


def test_a_pronoun_after_a_description_that_took_over_from_an_asker_is_not_the_asker(analyzer):
    """``When Seo asked whether Yoon would ..., the chief executive paused ... «...» he said``:
    the chief executive the lede described is the "he", not the lawmaker who asked (was the
    asker, the last speaker)."""
    text = (
        "SEOUL — The chief executive of Halla Mobile denied on Tuesday that his company had hidden a data breach.\n\n"
        "Bae Jun-ho, who has led the company since 2019, faced four hours of questions from lawmakers.\n\n"
        "Ryu Min-seok, the opposition lawmaker who called the hearing, was unimpressed. «Your own staff knew on "
        "the tenth,» Ryu said.\n\n"
        "When Ryu asked whether Bae would personally accept responsibility, the chief executive paused for several "
        "seconds before answering.\n\n"
        "«I have said that I take responsibility, and I meant it,» he said."
    )
    *_, last = analyzer(text).quotes
    assert (last.text, last.speaker.name) == ("I have said that I take responsibility, and I meant it,", "Bae Jun-ho")


def test_a_pronoun_after_an_unnamed_description_over_an_asker_is_left_unresolved(analyzer):
    """The same with a description no one in the article holds: "he" is not the asker, and
    no one else can be told (was the asker)."""
    text = (
        "Ryu Min-seok, the opposition lawmaker who called the hearing, was unimpressed. «Your own staff knew on "
        "the tenth,» Ryu said.\n\n"
        "When Ryu asked whether the company would accept responsibility, the chief executive paused for several "
        "seconds before answering.\n\n"
        "«I have said that I take responsibility, and I meant it,» he said."
    )
    *_, last = analyzer(text).quotes
    assert (last.speaker.name, last.attribution) == ("he", "unknown")


def test_a_given_name_before_a_family_name_ner_typed_a_person_elsewhere_is_the_full_name(analyzer):
    """``NIAMEY - Daniel Mercer spoke slowly ... "...," Mercer told reporters``: NER typed no
    name at the start, only "Mercer" later; a given name the lists know before it makes the
    full name, which "Mercer" joins (was "Mercer")."""
    text = (
        "Freed engineer speaks\n\n"
        "NIAMEY - Daniel Mercer spoke slowly, pausing often, as if still getting used to the sound of his own voice.\n\n"
        "\u201cThe first thing I want to say is thank you,\u201d Mercer, a Canadian water engineer, told reporters on Friday."
    )
    quotes, _ = _relabelled(analyzer, text, ("Daniel", 2, None), ("Mercer", 1, "PERSON"))
    assert [q.speaker.name for q in quotes] == ["Daniel Mercer"]



def test_a_family_name_typed_a_place_with_a_participle_aside_is_the_person(analyzer):
    """``Borukhan, speaking in Ardeshani, spoke for barely three minutes. «...» he said``: NER
    typed the family name a place; a subject with a participle set off after it, never written
    as a place, is the person named in full before (was a place, so "he" took the host)."""
    text = (
        "Chairman Ilyas Borukhan flew into Velgorod on Tuesday.\n\n"
        "«Today we have written a new page,» President Anatoly Reshetkin said, standing beside his guest.\n\n"
        "Borukhan, speaking in Ardeshani, spoke for barely three minutes. «Our peoples have walked side by side "
        "through fire and frost,» he said."
    )
    assert _speakers_relabelled(analyzer, text, ("Borukhan", 1, "GPE"), ("Ilyas", 2, "PERSON")) == [
        "Anatoly Reshetkin", "Ilyas Borukhan"]


def test_a_given_name_before_a_family_name_that_also_opens_a_firms_name_joins_it(analyzer):
    """``appointed Beatriz [Olmedo], a partner at the Madrid restructuring firm Olmedo Prats
    Asociados``: the firm's name is no place phrase, so the family name NER typed a place is
    hers (was "Olmedo" alone)."""
    text = (
        "Judge Mercedes Arrieta appointed Beatriz Olmedo, a partner at the Madrid restructuring firm Olmedo Prats "
        "Asociados, as administrator.\n\n"
        '"Our first job is to keep the lights on," Olmedo told reporters.'
    )
    assert _speakers_relabelled(analyzer, text, ("Olmedo", 1, "GPE", "first"), ("Olmedo", 3, "ORG", 1),
                                ("Olmedo", 1, "PERSON")) == ["Beatriz Olmedo"]


def test_a_bodys_name_typed_a_place_keeps_its_words_before_of(analyzer):
    """``[The Horn of Africa Development Council] said``, typed a place with "Horn" its head:
    the body's whole name (was "Horn")."""
    text = "The crisis is not confined to Hadeyn. The Horn of Africa Development Council, the regional bloc, said it would meet."
    quotes, _ = _relabelled(analyzer, text, ("The", 6, "LOC", 1))
    assert [q.speaker.name for q in quotes] == ["Horn of Africa Development Council"]


def test_an_age_for_a_speaker_is_the_only_person_named_before(analyzer):
    """``Rustam Karimov has farmed ... On Sunday he stood ... ‘...,’ the 58-year-old said``: the
    one person named in the sentences before (was unresolved)."""
    text = (
        "Rustam Karimov has farmed the same three hectares of apricot trees outside Khojabek for 31 years. On Sunday "
        "he stood at the edge of his orchard, staring at a blackened crater.\n\n"
        "\u2018My father dug this channel with his hands,\u2019 the 58-year-old said."
    )
    assert _speakers(analyzer, text) == [("Rustam Karimov", "named")]


def test_a_lede_constable_is_the_person_the_next_paragraph_names(analyzer):
    """``The chief constable of West Marlshire Police told MPs ... / Graham Pettifer, who has
    led the force since 2019, appeared ...``: "constable" is a role noun (was unresolved)."""
    text = (
        'LONDON (Albion Press Association) - The chief constable of Westmoor Police told MPs on Tuesday that the '
        'officers had "a matter of seconds, not minutes" to decide.\n\n'
        "Graham Pettifer, who has led the force since 2019, appeared before the committee.\n\n"
        "But the chief constable declined to say whether the shooting had been justified, telling the committee "
        'that it would be "wrong" to comment.'
    )
    names = [name for name, _ in _speakers(analyzer, text)]
    assert (names[0], names[-1]) == ("Graham Pettifer", "Graham Pettifer")


def test_given_names_no_list_knows_before_the_family_name_ner_found_open_the_name(analyzer):
    """``The directorate's chief forecaster, Farhana Akter [Mitu], defended ...``: the two words
    before the family name no dictionary holds are her given names (was "Akter Mitu")."""
    text = ("The directorate\u2019s chief forecaster, Farhana Akter Mitu, defended the agency. She said the directorate "
            "had upgraded its warning.")
    assert _speakers_relabelled(analyzer, text, ("Farhana", 2, None), ("Mitu", 1, "PERSON")) == ["Farhana Akter Mitu"] * 2


def test_a_reverend_ner_ran_into_a_churchs_name_is_a_person(analyzer):
    """``[the Reverend Sefo Aumua of the Lepuna Congregational Church]`` typed a building: the
    name after the title is a person's, whom "Aumua said" joins (was an organisation "Aumua")."""
    text = (
        "The remark came from the Reverend Sefo Aumua of the Lepuna Congregational Church, whose sermon was "
        "broadcast live.\n\n"
        "\u201cGod does not vote, but He is watching how we count,\u201d Aumua said."
    )
    quotes, _ = _relabelled(analyzer, text, ("the", 9, "FAC", "first"), ("Aumua", 1, "GPE"))
    assert [(q.speaker.name, q.attribution) for q in quotes] == [("Sefo Aumua", "named")]


def test_a_pronoun_in_a_relative_clause_is_not_the_name_the_clause_hangs_on(analyzer):
    """``Gustavo Peralta Mena, the ministry's former procurement director, who she said has
    agreed to cooperate``: "she" is not Peralta, whose clause it is (was Peralta)."""
    text = ("The prosecutor, Lucía Maldonado Ibarra, told the court the price had been inflated. Among the witnesses "
            "the prosecution intends to call is Gustavo Peralta Mena, the ministry's former procurement director, "
            "who she said has agreed to cooperate with investigators.")
    *_, last = analyzer(text).quotes
    assert last.text == "has agreed to cooperate with investigators"
    assert last.speaker.name != "Gustavo Peralta Mena"


def test_a_name_apposed_to_the_office_a_candidate_seeks_is_the_candidates(analyzer):
    """``The opposition candidate for mayor of Kingsport, Yvette Baptiste-Lowe, on Wednesday
    accused ...``: the parser hung the name on the town; it names the candidate (was the whole
    description, no one)."""
    text = ("The opposition candidate for mayor of Kingsport, Yvette Baptiste-Lowe, on Wednesday accused election "
            "officials of ignoring evidence, and said she would not accept any result until the matter was investigated.")
    assert {name for name, _ in _speakers(analyzer, text)} == {"Yvette Baptiste-Lowe"}


def test_an_aged_description_is_the_person_just_named_unless_someone_unnamed_came_between(analyzer):
    """``Lachlan Pryor does the sums ... "...," the 58-year-old grazier said``: the person the
    paragraph before named (was unresolved); ``Ana Ruiz said a man had been arrested. "...,"
    the 34-year-old suspect told``: the man, no one named (not Ruiz)."""
    grazier = ("COROWA - Standing beside the blackened shell of a shearing shed his grandfather built in 1938, Lachlan "
               "Pryor does the sums out loud.\n\n"
               '"Eleven hundred merinos, four kilometres of fence, the shed, two bores," the 58-year-old grazier said.')
    suspect = ('Ana Ruiz said a man had been arrested at the harbour. "I did nothing wrong," the 34-year-old suspect '
               "told reporters.")
    assert _speakers(analyzer, grazier) == [("Lachlan Pryor", "named")]
    assert _speakers(analyzer, suspect)[-1] == ("34-year-old suspect", "unknown")


def test_a_subject_deep_in_a_fronted_clause_may_still_be_the_description_after_it(analyzer):
    """``When the moderator pointed out that Trump hadn't answered the question, the candidate
    said ... "They sue," he said``: only the fronted clause's own subject (the asker) is passed
    over for the description; Trump, inside what was pointed out, is still the "he"."""
    text = ('Trump acknowledged that a rift exists between communities and the police. "I have to say that the '
            'police are absolutely mistreated," he said.\n\n'
            "FBI Director James Comey coined the term when he attributed rising murder rates to cautious officers.\n\n"
            "When the moderator pointed out that Trump had not answered the question, the candidate said families of "
            "people killed by police file lawsuits.\n\n"
            '"They sue," he said.')
    assert _speakers(analyzer, text)[-1] == ("Trump", "named")


def test_a_given_name_ner_typed_a_group_before_the_persons_name_opens_it(analyzer):
    """``prosecutor [Lucía] [Maldonado Ibarra] confronted him ... Ms Maldonado said``: the given
    name NER typed a nationality is no name of its own that keeps the full name out (was
    "Maldonado")."""
    text = ("Under cross-examination, chief anti-corruption prosecutor Lucía Maldonado Ibarra confronted him with "
            "records of a 2019 property purchase. Ms Maldonado said a beach house had been bought for cash.")
    assert _speakers_relabelled(analyzer, text, ("Lucía", 1, "NORP"), ("Maldonado", 2, "PERSON", "first")) == [
        "Lucía Maldonado Ibarra"]


def test_a_pronoun_subject_after_a_name_set_off_in_an_opening_phrase_is_not_that_name(analyzer):
    """``Under questioning from the prosecutor, Ignacio Serrat, she conceded that ...``: the name
    set off belongs to the opening phrase; "she" conceded (was Ignacio Serrat)."""
    quotes = analyzer("Under questioning from the prosecutor, Ignacio Serrat, she conceded that she had bought a "
                      "puppy in 2016.").quotes
    assert [q.speaker.name for q in quotes] == ["she"]


def test_a_headline_adjective_before_a_family_name_is_no_given_name(analyzer):
    """``Tearful Valcárcel tells Spanish court she left her money to the advisers``: "Tearful",
    a dictionary word, opens the headline before the family name of Rocío Valcárcel, named in
    the text; it is no part of her name (was an organisation "Tearful Valcárcel", which
    "Valcárcel said" then joined)."""
    text = ("Tearful Valcárcel tells Spanish court she left her money to the advisers\n\n"
            "Rocío Valcárcel, the Spanish singer accused of tax fraud, broke down in a Valencia courtroom yesterday.\n\n"
            "Valcárcel said she had moved to Andorra in 2015 on the advice of her management.")
    assert [q.speaker.name for q in analyzer(text).quotes] == ["Rocío Valcárcel"] * 2


def test_a_relative_noun_before_a_name_gives_the_persons_gender(analyzer):
    """``said Aigerim Tulegenova, whose husband Nurlan was among the nine ... she said``:
    "husband" makes Nurlan a man, so "she" is not him (was Nurlan)."""
    text = ("\u00abI knew it. I told everyone, he is alive,\u00bb said Aigerim Tulegenova, whose husband Nurlan was "
            "among the nine. Speaking to reporters by phone from the hospital, she said he had asked first for water.")
    *_, last = analyzer(text).quotes
    assert last.speaker.name == "Aigerim Tulegenova"


def test_a_works_title_is_no_relative_pronouns_source(analyzer):
    """``a report by the State Audit Board, titled "Digital Vulnerabilities ...", which found
    that ...``: the parser hung the clause on the title; a title names no one (was "Digital
    Vulnerabilities", an organisation)."""
    text = ('The hearing focused on a 2022 report by the State Audit Board, titled "Digital Vulnerabilities in the '
            "Specialist Health Service\", which found that three of the country's four regional health trusts had "
            "failed to apply basic security controls.")
    [quote] = analyzer(text).quotes
    assert "Vulnerabilities" not in quote.speaker.name


def test_a_companys_first_word_ner_typed_a_nationality_as_a_subject_is_the_company(analyzer):
    """``Maridian Energy rejected the findings ... [Maridian] had begun moving drilling
    equipment``: NER typed the short form a nationality; as a clause's subject never written as
    a place, it is the company (was an organisation of its own)."""
    text = ("Maridian Energy rejected the findings on Thursday.\n\n"
            "The Coastal Sentinel reported on Wednesday that Maridian had begun moving drilling equipment to a fenced "
            "yard north of the lake.")
    _quotes, entities = _relabelled(analyzer, text, ("Maridian", 1, "NORP"), ("Maridian", 2, "ORG", "first"))
    assert [e.name for e in entities if "Maridian" in e.name] == ["Maridian Energy"]


def test_a_given_name_before_a_word_ner_left_out_of_a_name_opens_it(analyzer):
    """``Justice Marina Hew [Li Ting] said``: NER found only "Li Ting"; "Hew" before it is part
    of the name, and the given name "Marina" on it opens it (was "Hew Li Ting", with "Justice
    Marina" her description)."""
    text = "Justice Marina Hew Li Ting said in her ruling that the government had failed to notify the owners."
    assert _speakers_relabelled(analyzer, text, ("Li", 2, "PERSON")) == ["Marina Hew Li Ting"]


def test_a_dictionary_word_before_a_family_name_in_the_text_stays_in_the_name(analyzer):
    """``Team Trump sees the convention as a second chance for Donald Trump ...``: only a
    headline's opening word is a description; in the text, "Team Trump" is the team."""
    text = ("Convention is a chance to reconnect\n\n"
            "Team Trump sees the Republican National Convention as a second chance for Donald Trump to make a first "
            "impression.")
    assert [q.speaker.name for q in analyzer(text).quotes] == ["Team Trump"]


def test_he_after_someone_asked_a_named_person_whether_is_not_the_asker(analyzer):
    """``Priya Santhanam, a nurse, asked Vreeland whether any acid had reached the creek. He
    said ...``: the asker, of no gender the lists know, put the question to a named man; "he"
    is not her (was Santhanam)."""
    text = ("Harlan Vreeland, the railway's vice-president, spoke at the school gym on Tuesday.\n\n"
            "Priya Santhanam, a nurse with two children at the elementary school, asked Vreeland whether any acid had "
            "reached the creek that runs behind the school. He said the company's contractors had found no evidence "
            "of contamination.")
    *_, last = analyzer(text).quotes
    assert last.speaker.name != "Priya Santhanam"


def test_a_family_name_ner_typed_a_place_in_the_full_name_too_joins_the_person(analyzer):
    """``Priya [Santhanam], a nurse, asked ... [Santhanam] was not satisfied. "...," she said``:
    NER typed the family name a place in the full name too; as a subject it is the person (was
    a place of its own, and "she" unresolved)."""
    text = ("Priya Santhanam, a nurse with two children at the elementary school, asked the company whether any acid "
            "had reached the creek. The company's spokesman, Tom Berg, said testing was continuing.\n\n"
            "Santhanam was not satisfied. \u201cSo far isn\u2019t good enough,\u201d she said afterwards.")
    quotes, _ = _relabelled(analyzer, text, ("Santhanam", 1, "GPE", "first"), ("Santhanam", 1, "GPE"))
    assert quotes[-1].speaker.name == "Priya Santhanam"


def test_she_after_a_woman_asked_a_named_man_whether_is_still_the_asker(analyzer):
    """``Neera Tanden ... asked former Attorney General Eric Holder whether he had thoughts ...
    She said she asked the question ...``: a man was asked, so "she" is still the asker."""
    text = ("Mara Tandon, a Clinton supporter and president of a think tank, asked former Attorney General Eric Holder "
            "whether he had thoughts on how the committee should approach the issue. She said she asked the question "
            "to build on an earlier remark.")
    *_, last = analyzer(text).quotes
    assert last.speaker.name == "Mara Tandon"


def test_a_title_before_a_full_name_makes_it_a_person_whatever_ner_typed(analyzer):
    """"Fisheries Minister Ondina Chambi [Mamani] said ..." where NER found no person in the
    whole name (its last word a place): a title before three proper nouns is a person's, so
    "Chambi told", the first of two family names, is her (was "Chambi", a stranger)."""
    text = ("Fisheries Minister Ondina Chambi Mamani said the fleet would stay in port until the storm passed.\n\n"
            '"Nobody sails tomorrow," Chambi told reporters in the harbour.')
    spans = (("Ondina", 2, "PERSON"), ("Mamani", 1, "GPE"))
    assert _speakers_relabelled(analyzer, text, *spans) == ["Ondina Chambi Mamani"] * 2
    assert _speakers_relabelled(analyzer, text, *spans[:1], ("Mamani", 1, None)) == ["Ondina Chambi Mamani"] * 2


def test_a_headline_adjective_before_a_family_name_ner_left_untyped_in_the_text(analyzer):
    """``Defiant Moravec rejects the charges ...`` where NER typed no person in the text's
    "Tomas Moravec": the article writes the family name after a given name the lists know, so
    "Defiant" is no given name and "Moravec said" is Tomas Moravec (was "Defiant Moravec")."""
    text = ("Defiant Moravec rejects the charges and turns on the league\n\n"
            "Tomas Moravec, the club's president, on Wednesday rejected the accusations.\n\n"
            '"I have never hidden a single crown," Moravec said.')
    quotes, _entities = _relabelled(analyzer, text, ("Tomas", 2, None), ("Moravec", 1, "PERSON", "first"))
    assert [q.speaker.name for q in quotes] == ["Tomas Moravec"] * 3


def test_a_news_noun_inside_an_opening_phrase_is_no_description_of_the_name_after_it(analyzer):
    """``Reading the results on state television, Amadou Kane Diallo, chairman of ..., said``:
    "television" closes a phrase that "the results" opens, so the name after it is no
    broadcaster's (was an agency)."""
    text = ("Reading the results on state television, Amadou Kane Diallo, chairman of the National Vote Board, said "
            'turnout had reached 58 percent.\n\n"We counted every ballot twice," Diallo said.')
    assert _speakers(analyzer, text) == [("Amadou Kane Diallo", "named")] * 2


def test_a_place_typed_word_after_a_title_noun_opens_the_persons_name(analyzer):
    """``Committee chair [Mereoni] [Tuilagi] pressed ...``: NER typed the given name, which the
    lists lack, a place; after a lower-case title compounded on the name it is the person's
    given name, so "Tuilagi asked" is Mereoni Tuilagi (was "Tuilagi")."""
    text = ("Committee chair Mereoni Tuilagi pressed the minister on the contract.\n\n"
            "\u00abDid the adviser ever raise this contract with you?\u00bb Tuilagi asked.")
    spans = (("Mereoni", 1, "GPE"), ("Tuilagi", 1, "PERSON", "first"))
    assert _speakers_relabelled(analyzer, text, *spans) == ["Mereoni Tuilagi"]


def test_a_given_name_after_a_word_that_opens_the_sentence_starts_a_name_ner_missed(analyzer):
    """``When Ilyas Varnokov's train rolled across the border ...`` where NER found no name:
    "When" is capitalised only because it opens the sentence, so the run "Ilyas Varnokov" is a
    person's name and "Varnokov said" is Ilyas Varnokov (was "Varnokov")."""
    text = ("When Ilyas Varnokov's train rolled across the border before dawn, it caught everyone by surprise.\n\n"
            '"We came as friends," Varnokov said.')
    assert _speakers_relabelled(analyzer, text, ("Ilyas", 3, None), ("Varnokov", 1, "PERSON")) == ["Ilyas Varnokov"]


def test_a_name_hung_on_the_last_word_of_an_organisation_after_a_role_is_the_roles(analyzer):
    """``the secretary-general of the National Federation of Port Workers, Teodora Valdés, would
    not deny ...``: the parser hung the name on "Workers", the last word of the organisation's
    name; it is apposed to the secretary-general (was no name: the whole phrase)."""
    text = ("Speaking to reporters on Monday, the secretary-general of the National Federation of Port Workers, "
            "Teodora Valdés, would not deny that talks had taken place.")
    assert _speakers(analyzer, text) == [("Teodora Valdés", "named")]


def test_an_italian_articulated_particle_stays_inside_a_news_name(analyzer):
    """``the sports daily La Gazzetta dello Stretto, which, citing two people ..., reported``:
    "dello" is a particle inside the name, as "della" is (``name_particles.txt``), so the relay
    is the whole paper (was "Stretto")."""
    text = ("The investigation follows reports in the sports daily La Gazzetta dello Stretto, which on Sunday, citing "
            "two people familiar with the inquiry, reported that prosecutors had seized the club's ledgers.")
    [quote], _entities = _relabelled(analyzer, text, ("La", 4, "FAC"))
    assert (quote.attribution, [v.name for v in quote.via]) == ("anonymous", ["La Gazzetta dello Stretto"])


def test_his_or_her_in_a_phrase_of_time_on_the_persons_verb_gives_the_gender(analyzer):
    """``Hemraj Bista, 61, has farmed two acres here all his life``: "his" owns a phrase of time
    on the verb whose subject he is, so a man, and the "he said" after him, the only person
    named nearby, is him (was unresolved: no list knows "Hemraj")."""
    text = ("Hemraj Bista, 61, has farmed two acres here all his life. He was asleep when the embankment gave way.\n\n"
            "\u00abThe water came through the wall like a train,\u00bb he said.")
    assert _speakers(analyzer, text) == [("Hemraj Bista", "named")]


def test_a_known_given_name_ner_typed_a_place_before_a_one_word_person_opens_the_name(analyzer):
    """``[Tobias] [Vindahl], the islands' minister of fisheries, called ...``: NER typed the
    given name, which the lists know, a place and the family name alone a person; the name is
    Tobias Vindahl, whom "Vindahl told" joins (was "Vindahl")."""
    text = ("Tobias Vindahl, the islands' minister of fisheries, called the decision reckless and said his government "
            'would examine every option.\n\n"We are not the only nation with boats in the water," Vindahl told reporters.')
    spans = (("Tobias", 1, "GPE"), ("Vindahl", 1, "PERSON", "first"))
    assert set(_speakers_relabelled(analyzer, text, *spans)) == {"Tobias Vindahl"}


def test_a_news_organisation_reporting_on_her_leaves_she_to_the_only_person_named(analyzer):
    """``Ruth Bett, 24, was one of six runners suspended ... the Rift Valley Newswire reported
    that analysis of her B sample had confirmed ... She does not dispute the result``: the
    newswire, whose report is about "her", is no one "she" stands for; she is Ruth Bett (was
    unresolved)."""
    text = ("Ruth Bett, 24, was one of six runners suspended in March after tests showed traces of EPO. On Friday the "
            "Rift Valley Newswire reported that analysis of her B sample had confirmed the original finding.\n\n"
            "She does not dispute the result. \u2018I am not a cheat,\u2019 she said.")
    assert [name for name, _type in _speakers(analyzer, text)][-1] == "Ruth Bett"


def test_a_subject_with_a_companys_noun_in_apposition_is_a_company_the_company_stands_for(analyzer):
    """``Velora, the budget carrier that flies most island routes, was more guarded. ...
    the company said``: where NER found no name, the apposition's "carrier" says the subject is
    a company, which "the company" after it stands for (was a stranger named "company")."""
    text = ("Velora, the budget carrier that flies most of the country's island routes, was more guarded. In a "
            "short statement, the company said it was assessing the situation hour by hour.")
    assert _speakers_relabelled(analyzer, text, ("Velora", 1, None)) == ["Velora"]


def test_which_on_a_role_set_beside_a_name_makes_it_an_organisation(analyzer):
    """``Morava Residential, the city's largest private landlord, which owns around 31,000
    flats``: NER typed the name a person's and "landlord" is a role, but "which" on the role
    stands for no person, so it is a company that "the company" after it stands for (was a
    person, and "the company" a stranger)."""
    text = ("Marchers carried banners past the glass headquarters of Morava Residential, the city's largest private "
            "landlord, which owns around 31,000 flats.\n\nMorava said in a statement that it shared the concern of "
            'many residents.\n\n"Every serious study shows that rent controls reduce supply over time," the company said.')
    assert _speakers(analyzer, text) == [("Morava Residential", "named")] * 2


def test_a_rare_given_name_before_a_family_name_ner_typed_an_organisation_as_a_subject(analyzer):
    """``Jericel [Dumago] had just settled her daughter ... said [Dumago], a 29-year-old
    vendor``: NER typed the later "Dumago" an organisation, as a clause's subject, which a
    person is as often; "Jericel" still opens her name (was "Dumago")."""
    text = ("Jericel Dumago had just settled her daughter on a mat on the open deck when she felt the ship shudder.\n\n"
            "\u00abIt was like the whole floor moved sideways,\u00bb said Dumago, a 29-year-old market vendor.")
    spans = (("Dumago", 1, "PERSON", "first"), ("Dumago", 1, "ORG"))
    assert _speakers_relabelled(analyzer, text, *spans) == ["Jericel Dumago"]


def test_an_aged_role_after_the_only_person_named_is_the_last_speaker(analyzer):
    """``Ingrid Solheim has spent eleven winters in the Arctic. None of them, she says, ...
    «...» the 58-year-old station leader told reporters``: the only person named, with no role
    the text gives, is the station leader (was unresolved); a speaker with another role is not
    (the test of "the 34-year-old suspect" stands)."""
    text = ("Ingrid Solheim has spent eleven winters in the high Arctic. None of them, she says, will stay with her "
            "like the night she watched the station burn.\n\n"
            "\u00abI counted fourteen, then I counted again,\u00bb the 58-year-old station leader told reporters in her "
            "first interview since the fire.")
    assert [name for name, _type in _speakers(analyzer, text)][-1] == "Ingrid Solheim"


def test_a_titled_full_name_ner_typed_an_organisation_apposed_to_a_role_is_the_roles(analyzer):
    """``the commander of the coast guard's northern district, Rear Admiral Torstein Rygg,
    said``: NER typed the titled name an organisation's; a title before a full name makes it
    a person's, the commander's (was no name: the whole phrase)."""
    text = ("In a statement on Friday, the commander of the coast guard's northern district, Rear Admiral Torstein "
            "Rygg, said the crew would be nominated for the national sea rescue medal.")
    assert _speakers(analyzer, text) == [("Torstein Rygg", "named")]


def test_a_bodys_name_ner_typed_a_work_keeps_its_of_phrase(analyzer):
    """``[The Horn of Africa Seed Security Commission], which coordinates ..., said``: NER typed
    the body's name a work of art; ending in an institution's head, its whole extent is the
    name (was "Africa Seed Security Commission")."""
    text = ("The Horn of Africa Seed Security Commission, which coordinates the regional response, said it was deeply "
            "concerned that seed stocks were running out.")
    quotes, _entities = _relabelled(analyzer, text, ("The", 7, "WORK_OF_ART", "first"))
    assert [q.speaker.name for q in quotes] == ["Horn of Africa Seed Security Commission"]


def test_a_shipping_lines_trade_word_makes_the_name_a_company(analyzer):
    """``Brenmoor Line, the port's biggest customer, said ... the company said``: "Line" ends a
    shipping company's name (``company_name_words.txt``), so "the company" stands for it (was a
    stranger named "company")."""
    text = ("Brenmoor Line, the port's biggest customer, said on Friday that it had diverted nine vessels. In an "
            "emailed statement, the company said it respected the right to strike.")
    assert _speakers(analyzer, text) == [("Brenmoor Line", "named")] * 2


def test_which_after_a_clause_on_an_apposition_stands_for_the_name(analyzer):
    """``a report from Wagerline Sentinel, a London-based company that monitors betting markets
    for sports bodies, which said``: the parser hung "which said" on "markets", inside the
    clause that describes the company; markets say nothing, so "which" is the company, and a
    company's noun set after a name that reads like a paper's makes it no paper (was "markets
    for sports bodies")."""
    text = ("The inquiry follows a report from Wagerline Sentinel, a London-based company that monitors betting markets "
            "for sports bodies, which said it had detected unusual volumes of money placed in Asian markets.")
    assert _speakers(analyzer, text) == [("Wagerline Sentinel", "named")]


def test_a_company_noun_set_after_a_name_that_reads_like_a_papers_makes_it_no_paper(analyzer):
    """``Tideway Courier, a consulting firm in Oslo, said``: the firm is no news organisation,
    whatever its name reads like (was an agency)."""
    assert _speakers(analyzer, "Tideway Courier, a consulting firm in Oslo, said emissions rose.") == [
        ("Tideway Courier", "named")]


def test_her_on_a_participle_of_the_persons_verb_gives_the_gender_where_the_name_is_the_root(analyzer):
    """``Kamala Thapaliya, a teacher at the village primary school, spent Saturday morning
    searching the riverbank for her pupils``: the parser made the name the root and "spent" its
    participle; "her" on the participle's object is hers, so she is a woman and the only person
    named before "she said" (was unresolved: no list knows "Kamala")."""
    text = ("The district office in Kharpani did not respond to requests for comment. But an official there, who spoke "
            "on condition of anonymity because he was not authorised to discuss the matter, acknowledged that the siren "
            "had been out of order for a year.\n\nKamala Thapaliya, a teacher at the village primary school, spent "
            "Saturday morning searching the riverbank for her pupils. Three of them are still missing.\n\n"
            "'We teach the children what to do in an earthquake,' she said.")
    assert _speakers(analyzer, text)[-1] == ("Kamala Thapaliya", "named")


def test_an_institutions_name_continues_after_on_when_an_apposition_says_it_is_a_body(analyzer):
    """``according to the Southern Observatory on Prisons, a monitoring group based in
    Valdera``: the group's name goes on after "on", as after "for" (was "Southern
    Observatory")."""
    text = "Cells hold twice their capacity, according to the Southern Observatory on Prisons, a monitoring group based in Valdera."
    assert _speakers(analyzer, text) == [("Southern Observatory on Prisons", "named")]



def test_a_verb_that_reads_like_a_news_word_before_a_name_is_no_description(analyzer):
    """``... reported that Halden had used the talks to press Kadyrbek over ...``: "press" is a
    verb there, no news noun describing the name, so Rustam Kadyrbek stays a person (was an
    agency, and so were his words)."""
    text = ("The state news agency on Friday confirmed that the country's leader, Rustam Kadyrbek, had paid a three-day "
            'visit to Valderra.\n\nAccording to the agency, Kadyrbek told President Halden that relations had entered "a '
            'new stage".\n\nNorthline News Agency, citing a Western diplomat, reported that Halden had used the talks to '
            "press Kadyrbek over the fate of four lorry drivers.")
    quote = next(q for q in analyzer(text).quotes if "new stage" in q.text)
    assert (quote.speaker.name, quote.attribution) == ("Rustam Kadyrbek", "named")


def test_a_ledes_role_owned_by_a_name_ner_typed_an_organisation_is_the_person_named_next(analyzer):
    """``TAMZAR — Kessaria's transport minister said ... / Speaking at a press conference, Idris
    Benmoussa said``, where NER typed the possessor an organisation and the tagger a common
    noun (as it did in an article): it owns the role as a place does, so the lede's minister is
    the person the next paragraph names (was an anonymous source)."""
    from quotekit.pipeline import analyse

    text = ("TAMZAR \u2014 Kessaria's transport minister said on Thursday that the derailment was caused by "
            "'human error'.\n\nSpeaking at a crowded press conference at the ministry, Idris Benmoussa said data from "
            "the event recorder showed the train had entered the curve too fast.")
    doc = analyzer.nlp(text, disable=["quotekit"])
    owner = next(t for t in doc if t.text == "Kessaria")
    owner.pos_, owner.tag_ = "NOUN", "NN"
    assert owner.ent_type_ == "ORG"
    quotes, _entities, _profile = analyse(doc, analyzer.nlp.get_pipe("quotekit").lexicon)
    assert [(q.speaker.name, q.attribution) for q in quotes] == [("Idris Benmoussa", "named")] * 2


def test_a_noun_of_nationality_ner_typed_an_organisation_is_no_entity(analyzer):
    """``In an extraordinary outburst, the [Frenchman] said ...``: NER typed the noun of
    nationality an organisation; it is a description, which resolves as "the Dutchman" does (was
    an organisation "Frenchman")."""
    text = ("Marcel Duval, who has represented the striker since his teenage years, told the Daily Touchline that his "
            "client deserved better.\n\nIn an extraordinary outburst, the Frenchman said the club had treated the "
            "player like a piece of furniture.")
    quotes, entities = _relabelled(analyzer, text, ("Frenchman", 1, "ORG"))
    assert "Frenchman" not in [e.name for e in entities]
    assert quotes[-1].speaker.name != "Frenchman"


def test_a_sources_place_typed_short_name_with_a_companys_noun_beside_it_is_the_company(analyzer):
    """``Greenvale, the largest of the chains, said ...`` where NER typed "Greenvale" a place: the
    apposition says it is a company, so it is Greenvale Supermarkets' short name (was a place's
    own entity "Greenvale")."""
    text = ("The commission said it would demand documents from Greenvale Supermarkets, Pennyway Stores and Kestrel "
            "Foods.\n\nGreenvale, the largest of the chains, said in a statement that it welcomed scrutiny.\n\n"
            "Analysts said the inquiry could weigh on Greenvale's shares.")
    quotes, _entities = _relabelled(analyzer, text, ("Greenvale", 1, "GPE", 1))
    assert quotes[1].speaker.name == "Greenvale Supermarkets"


def test_a_hyphenated_given_names_end_the_parser_set_apart_stays_in_the_apposed_name(analyzer):
    """``A spokeswoman, Moon Ga-eun, said``: the parser made the hyphen and "eun" appositions of
    their own, "eun" a common noun; it is the end of her given name (was "Moon Ga")."""
    text = ("The company's chief executive did not appear in public on Thursday. A spokeswoman, Moon Ga-eun, said he "
            "was overseeing the withdrawal.")
    assert _speakers(analyzer, text) == [("Moon Ga-eun", "named")]


def test_a_plain_name_ner_typed_an_organisation_before_of_and_an_institution_is_a_persons(analyzer):
    """``[Oleksi Brandt] of the Institute for Eastern Strategic Studies``: a plain name, no
    English word first, set before "of" and an institution NER found is a person's, whatever
    NER typed it; so the "he said" after it is no longer given to the defence minister quoted
    before (was an organisation, and "he" the minister)."""
    text = ("Belopress quoted Defence Minister Arkady Lensky as saying the system was 'the finest shield ever built'.\n\n"
            "That line caught the attention of Oleksi Brandt of the Institute for Eastern Strategic Studies. 'You do "
            "not say something like that unless you want it to be heard,' he said.")
    quotes, entities = _relabelled(analyzer, text, ("Oleksi", 2, "ORG"))
    assert next(e.type for e in entities if e.name == "Oleksi Brandt") == "person"
    assert quotes[-1].speaker.name != "Arkady Lensky"


def test_a_name_set_off_after_a_participles_agent_is_not_described_by_it(analyzer):
    """``In the statement, carried by the agency, Irelde Velkova, first vice-director of ...,
    said``: the parser hung the name on "agency", the agent of "carried"; with a description of
    her own she is not "the agency", so a later "The agency said" is the news agency (was
    her, whom "the agency" described)."""
    text = ("The leader returned to what the Kestrel News Agency called a grand welcome.\n\nIn the statement, carried "
            "by the agency, Irelde Velkova, first vice-director of the ruling party's Publicity Department, said the "
            "reports were pathetic fabrications.\n\nThe agency said the leader's train pulled into the central station "
            "shortly after 10 a.m.")
    assert _speakers(analyzer, text)[-1] == ("Kestrel News Agency", "agency")


def test_a_dairys_name_is_a_companys_the_company_resumes(analyzer):
    """``Halmok Dairy ... Halmok, which controls roughly 40 percent of the market, said ... the
    company said``: "Dairy" ends a company's name (``company_name_words.txt``), whatever NER
    typed it (was a stranger named "company")."""
    text = ("The regulator said samples of Halmok Dairy's formula had tested positive for bacteria.\n\nHalmok, which "
            "controls roughly 40 percent of the market, said it was cooperating fully with the regulator.\n\n"
            '"The safety of infants is the foundation of everything we do," the company said in a statement.')
    assert _speakers(analyzer, text)[-1] == ("Halmok Dairy", "named")


def test_an_aged_role_two_named_people_hold_is_no_one_unless_the_text_goes_on_from_one(analyzer):
    """``Bishop Samuel Wekesa asked the court to annul the election of Bishop Daniel Otieno ...
    loyal to Otieno. ... the 58-year-old bishop said``: two bishops are named, and nothing says
    which one the age describes, so it is no one (was Otieno, the last named)."""
    text = ("Bishop Samuel Wekesa yesterday asked the High Court to annul last weekend's election of Bishop Daniel "
            "Otieno as presiding bishop of the church.\n\nIn a petition seen by the Lantern, the law firm Kamau & Njoroge "
            "Advocates argues on Wekesa's behalf that the electoral committee accepted late nominations from three "
            "dioceses loyal to Otieno.\n\nSpeaking to reporters on the steps of the court, the 58-year-old bishop said "
            "he had not taken the decision lightly.")
    assert _speakers(analyzer, text)[-1] == ("58-year-old bishop", "unknown")


def test_a_ledes_closing_source_is_the_person_the_next_paragraph_names(analyzer):
    """``A chartered vessel will begin carrying passengers ..., the transport secretary has said,
    as anger grows ... / Fiona Galbraith told a morning radio programme that ...``: the parser
    hung the closing "has said" on the lede's words; its subject still describes the person the
    next paragraph names (was an unresolved "transport secretary")."""
    text = ("A chartered vessel will begin carrying passengers and freight to the islands within a week, the transport "
            "secretary has said, as anger grows over the collapse of the ferry operator.\n\nFiona Galbraith told a "
            "morning radio programme that the government had agreed terms in principle with a charter firm.")
    assert _speakers(analyzer, text)[0] == ("Fiona Galbraith", "named")


def test_a_subject_with_a_title_phrase_before_a_full_name_starts_the_persons_entity(analyzer):
    """``State Fire Marshal Teresa Ugarte, speaking at a briefing, toured the site ... Ugarte
    said`` where NER found no name in the full one: a title phrase before a full name lets the
    subject start an entity, which "Ugarte" joins (was "Ugarte" alone)."""
    text = ("State Fire Marshal Teresa Ugarte, speaking at a briefing Thursday morning, toured the burned unit.\n\n"
            '"I want to be careful here. We know where," Ugarte said.')
    assert _speakers_relabelled(analyzer, text, ("Teresa", 2, None)) == ["Teresa Ugarte"]


def test_an_aged_role_two_people_hold_is_the_one_named_just_before(analyzer):
    """``Chief Adewale Ogunleye told the court ... / The first witness, Chief Tamuno Briggs, ...
    told the court ... / «...» the 71-year-old chief said``: of the two chiefs, only Briggs is
    named in the paragraph before, so the age is his (an intermediate version left it to no
    one)."""
    text = ("Counsel for the company, Chief Adewale Ogunleye, told the court the pipeline had been cut deliberately.\n\n"
            "The first witness for the plaintiffs, Chief Tamuno Briggs, the paramount ruler of Okpo, told the court "
            "that he had personally reported a smell of crude near the pipeline in June.\n\n"
            '"I went myself, in my own boat," the 71-year-old chief said under cross-examination.')
    assert _speakers(analyzer, text)[-1] == ("Tamuno Briggs", "named")


def test_a_groups_description_after_its_name_makes_no_paper_of_another_name_it_joined(analyzer):
    """``the Tehreek-e-Jihad-e-Sarhad, a banned group ... / The Daily Awaz-e-Sarhad, an
    Urdu-language newspaper, quoted Hashmi ... the newspaper quoted him``: a company's or
    organisation's noun set after a name makes no paper of it only where that name reads like a
    paper's, so "the newspaper" is still the daily (an intermediate version made it an
    organisation, leaving "newspaper")."""
    text = ("Hashmi said officials had assured the delegation that members of the Tehreek-e-Jihad-e-Sarhad, a banned "
            "group that has claimed dozens of attacks, would be kept away from the border.\n\nThe Daily Awaz-e-Sarhad, "
            "an Urdu-language newspaper in Peshawar, quoted Hashmi as saying that the other side had raised complaints. "
            '"They told us: look at how you treat ours," the newspaper quoted him as saying.')
    assert [v.name for v in analyzer(text).quotes[-1].via] == ["Daily Awaz-e-Sarhad"]


_COMMA_ON_APPOSITION = """
Han        1 1 compound PROPN NNP  Han       B-NORP
Seo        0 6 nsubj    PROPN NNP  Seo
-          0 3 punct    PUNCT HYPH -
ah         0 1 intj     INTJ  UH   ah
,          1 5 punct    PUNCT ,    ,
director   1 1 appos    NOUN  NN   director
said       0 6 ROOT     VERB  VBD  say
.          0 6 punct    PUNCT .    .
"""


def test_a_role_apposed_past_a_comma_the_parser_hung_on_it_is_set_after_the_name():
    """``Han Seo-ah, director of ..., said``, where the parser hung the comma before "director"
    on the apposition itself: the role is still apposed after the name, so the name is a
    person's (NER typed only "Han", a nationality) and "Han" later joins it."""
    from test_speaker import _hand_parsed

    from quotekit.resolve import _apposed_after

    doc = _hand_parsed(_COMMA_ON_APPOSITION)
    assert _apposed_after(doc[5])
    assert not _apposed_after(doc[0])


def test_a_name_with_a_hyphened_given_name_ends_a_titles_complement(analyzer):
    """``Deputy Minister of Labour and Welfare Choi Hye-rin said``: the parser made the lower-case
    end of the given name the object of the title's "of"; the name is still Choi Hye-rin (was
    "Minister"), whom "Choi" joins."""
    text = ("Deputy Minister of Labour and Welfare Choi Hye-rin said the ministry would study the report.\n\n"
            "Choi noted that the plant had passed its last inspection.")
    assert _speakers(analyzer, text) == [("Choi Hye-rin", "named")] * 2


def test_the_singular_of_a_companys_plural_trade_word_stands_for_it(analyzer):
    """``Tasman Coast Airlines ... The airline said``: "the airline" is the company named for its
    trade, not the last company named (was Korval Holdings)."""
    text = ("Tasman Coast Airlines grounded four jets on Monday. Engineers from Vantor Engines, the manufacturer, "
            "arrived on Tuesday. Shares in Korval Holdings, its parent, fell.\n\n"
            "The airline said passengers would be rebooked within two days.")
    assert _speakers(analyzer, text) == [("Tasman Coast Airlines", "named")]


def test_a_two_word_name_with_an_age_is_a_persons_whatever_ner_made_of_it(analyzer):
    """``Rosalind Tabuena, 52, arrived ... / "...," she said. / "...," Tabuena said``: NER found
    no name in the full one and typed the family name an organisation later; only a person
    takes an age, so the full name starts her entity and "she" is hers (was unresolved)."""
    text = ("Rosalind Tabuena, 52, arrived shortly after noon with her two sons and a sack of rice.\n\n"
            "\u201cWe left the goats, we left everything,\u201d she said as she unrolled a mat.\n\n"
            "\u201cMy husband stayed to tie down the roof,\u201d Tabuena said.")
    assert _speakers_relabelled(analyzer, text, ("Tabuena", 1, None, "first"), ("Tabuena", 1, "ORG")) == [
        "Rosalind Tabuena"] * 2


def test_a_dictionary_word_opening_a_companys_name_is_part_of_it(analyzer):
    """``Falcon Crest Minerals, the Perth-listed company ..., has said``, NER typing the name a
    person's: a dictionary word opening a sentence before a name that ends in a company's word is
    the company's first word, no description (was "Crest Minerals")."""
    text = ("The lease was cancelled in March. Falcon Crest Minerals, the Perth-listed company that held the lease, "
            "has said it is reviewing its legal options.")
    assert _speakers_relabelled(analyzer, text, ("Falcon", 3, "PERSON")) == ["Falcon Crest Minerals"]


def test_a_bare_role_noun_after_a_speaker_with_no_role_is_that_speaker(analyzer):
    """``Dr. Hanna Brecht of the Lindau Institute ... said ... The economist warned``: the noun
    alone describes the speaker of the sentence before, whom the text gave no role; not one
    whose role is another, nor one named in another paragraph."""
    text = ("Dr. Hanna Brecht of the Lindau Institute for Fiscal Studies said broad exemptions could cut the savings "
            "by a fifth. The economist warned that every exemption invites another.")
    assert _speakers(analyzer, text) == [("Hanna Brecht", "named")] * 2
    other_role = ("Hanna Brecht, a lawyer at the Lindau Institute, said broad exemptions could cut the savings by a "
                  "fifth. The economist warned that every exemption invites another.")
    assert _speakers(analyzer, other_role)[-1] != ("Hanna Brecht", "named")
    apart = ("Dr. Hanna Brecht of the Lindau Institute for Fiscal Studies said broad exemptions could cut the savings "
             "by a fifth.\n\nThe economist warned that every exemption invites another.")
    assert _speakers(analyzer, apart)[-1] != ("Hanna Brecht", "named")


def test_a_news_services_name_makes_it_the_agency(analyzer):
    """``Her official biography, published by the Ostmark Central News Service ... The agency has
    described her as ...``: a news organisation whose name ends in a news agency's words ("News Service", "Wire",
    ``agency_name_endings.txt``) is "the agency" (was no one)."""
    text = ("Her official biography, published by the Ostmark Central News Service in 2020, runs to four sentences. "
            'The agency has described her as "a loyal daughter of the nation".')
    assert _speakers(analyzer, text)[-1] == ("Ostmark Central News Service", "agency")


def test_data_a_news_organisation_cites_from_a_body_are_the_bodys_words_it_relays(analyzer):
    """``..., the state-run Ostmark Information Agency reported, citing data from the Ministry of
    Health``: the data name their author, who is the source, the agency relaying (was the agency
    alone); not where someone other than a news organisation cites the data."""
    text = ("The number of children who have died of measles has risen to 27, the state-run Ostmark Information "
            "Agency reported on Wednesday, citing data from the Ministry of Health.")
    quote = analyzer(text).quotes[0]
    assert (quote.speaker.name, quote.attribution, [v.name for v in quote.via]) == (
        "Ministry of Health", "named", ["Ostmark Information Agency"])
    own = ("Kaldor, citing data from the Ostmark Statistics Office, said that about 4 million people of Ostmark "
           "descent live abroad.")  # a person citing data speaks for himself
    assert _speakers(analyzer, own)[-1] == ("Kaldor", "named")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("'The court has boxed itself in,' said Tomas Varga, a political scientist at the University of Lendl. "
         "'It will have to explain itself.'\n\nThe analyst noted that all five judges had been appointed by the "
         "ruling party.", "Tomas Varga"),
        ("Ilse Marquardt, director of the rights group Open Cells, said her group had documented 63 detentions."
         "\n\nThe activist noted that most of those detained had no lawyer.", "Ilse Marquardt"),
        ("According to Dr. Ilse Marquardt, a political scientist at the University of Lendl, the row reflects an old "
         'argument.\n\n"Small states survive by having many friends," Marquardt said.\n\nThe academic added that the '
         "motion was unlikely to pass.", "Ilse Marquardt"),
    ],
)
def test_a_generic_epithet_refers_back_to_the_speaker_just_before(analyzer, text, expected):
    """``said Tomas Varga, a political scientist ... / The analyst noted``: "the analyst", "the
    activist" (``epithet_nouns.txt``) refer back to any named speaker, whatever role the text gave
    them, when that speaker is the subject in the paragraph just before (was no one)."""
    assert _speakers(analyzer, text)[-1] == (expected, "named")


def test_a_generic_epithet_is_no_speaker_two_paragraphs_back_nor_across_another_name(analyzer):
    """The rule above stops at the paragraph before and at another person named between."""
    far = ("Ilse Marquardt, director of the rights group Open Cells, said her group had documented 63 detentions."
           "\n\nThe ministry did not respond.\n\nThe activist noted that most of those detained had no lawyer.")
    assert _speakers(analyzer, far)[-1] != ("Ilse Marquardt", "named")
    between = ("Ilse Marquardt, director of the rights group Open Cells, said her group had documented 63 detentions, "
               "and Piotr Haak, the ministry's spokesman, denied it.\n\nThe activist noted that most of those detained "
               "had no lawyer.")
    assert _speakers(analyzer, between)[-1] != ("Ilse Marquardt", "named")


def test_a_news_organisations_bracketed_initials_name_it_whatever_ner_typed(analyzer):
    """``the state-run Agencia Lendlana de Noticias (ALN) ... according to ALN``, NER typing the
    agency's name a person's: the initials in brackets after a news organisation's name are its
    short name, so the relay is the agency (was "ALN", an organisation of its own); a person's
    name with initials after it is still a byline's."""
    text = ("\u00abConfidence is earned,\u00bb Arriaga told the state-run Agencia Lendlana de Noticias (ALN).\n\n"
            "Magistrate Tomas Varga said electoral law did not permit a recount, according to ALN.")
    quotes, _entities = _relabelled(analyzer, text, ("Agencia", 4, "PERSON"))
    assert [v.name for v in quotes[-1].via] == ["Agencia Lendlana de Noticias"]


def test_him_a_news_organisation_quoted_is_the_only_man_named_just_before(analyzer):
    """``OPA published six photographs showing Varga, 72, seated ... The agency quoted him as
    telling the meeting that ...``: the only man named in the sentences before, though no
    subject, is whom the agency quoted (was "him", unresolved); not when two men are named."""
    text = ("President Tomas Varga chaired a cabinet meeting on Monday, the Ostmark Press Agency (OPA) reported.\n\n"
            "OPA published six photographs showing Varga, 72, seated at the head of a long table flanked by "
            'ministers. The agency quoted him as telling the meeting that the country "has never been more united".')
    assert _speakers(analyzer, text)[-1] == ("Tomas Varga", "named")
    two = text.replace("flanked by ministers", "beside Prime Minister Oskar Haak")
    assert _speakers(analyzer, two)[-1] != ("Tomas Varga", "named")


def test_a_plain_name_ner_typed_a_place_apposed_to_a_possessed_title_is_the_holders(analyzer):
    """``Ostland's Transport Minister, Emre Saltan, said``, NER typing the name a place: two plain
    proper nouns set off after a title are its holder's name (was "Transport Minister")."""
    assert _speakers(analyzer, "Ostland's Transport Minister, Emre Saltan, said his government would guarantee "
                               "safe passage for every vessel.") == [("Emre Saltan", "named")]


def test_a_registrar_is_an_office_whose_holder_is_the_name_after_it(analyzer):
    """``The Marlow County Registrar of Voters, Lorraine Becker, said ... She said``: "registrar"
    is an office's title (``titles.txt``, ``role_nouns.txt``), so the name the parser hung on
    "Voters" is its holder's, and "She" hers (were the registrar's office and no one)."""
    text = ("The Marlow County Registrar of Voters, Lorraine Becker, said her office still had roughly 2,100 ballots "
            "to process. She said the first updated tally would come Friday.")
    assert _speakers(analyzer, text) == [("Lorraine Becker", "named")] * 2


def test_a_family_name_first_name_ner_missed_is_a_persons_for_its_short_form(analyzer):
    """``Seo Min-ah, the president of Hanmir Chemical, filed a lawsuit ... Seo alleged that the will
    was signed when Seo Dong-hwan was ...``: a family name and a hyphenated given name (``-ah``
    too) make a person's name though NER found none, so "Seo" is she, named before, not her father
    named after (was the father)."""
    text = ("HAEYANG, March 19 (Meridian Wire) - Seo Min-ah, the president of Hanmir Chemical, filed a lawsuit on "
            "Wednesday asking the court to declare her late father's will invalid.\n\nIn a 112-page complaint, Seo "
            "alleged that the will was signed when Seo Dong-hwan was heavily sedated in hospital.")
    assert _speakers(analyzer, text)[-1] == ("Seo Min-ah", "named")


def test_a_director_general_is_the_chief(analyzer):
    """``Brigadier General Harun Talukder, director general of the fire service, said ... 'the fire
    chief said``: a director-general is the office's chief (``office_synonyms.txt``), and "fire"
    is in his description (was no one)."""
    text = ("Brigadier General Kamal Hossain, director general of the fire service, said his officers had warned the "
            "factory management twice.\n\n'We did our job. The letters were ignored,' the fire chief said.")
    assert _speakers(analyzer, text)[-1] == ("Kamal Hossain", "named")


def test_a_family_name_ner_typed_a_place_as_a_clauses_subject_joins_the_person(analyzer):
    """``Marek had invited Pyon ... / Pyon did not speak to reporters. The agency quoted him as
    saying ...``, NER typing "Marek" and "Pyon" places there: a clause's subject never written as a
    place is the person's family name, at the end of the full name or, for a name with the family
    name first ("Pyon Hae-gu"), at its start (were places of their own; "him" was unresolved)."""
    text = ("Norvath's reclusive leader, Pyon Hae-gu, crossed the border on Monday to meet President Ilona Marek of "
            "Keldaria.\n\nMarek had invited Pyon to discuss the railway, the state agency said.\n\n"
            'Pyon did not speak to reporters. The agency quoted him as saying the talks had opened "a new chapter".')
    quotes, _entities = _relabelled(analyzer, text, ("Marek", 1, "GPE"), ("Pyon", 1, "GPE", 1), ("Pyon", 1, "GPE"))
    assert quotes[-1].speaker.name == "Pyon Hae-gu"


def test_a_he_chained_back_stops_at_a_he_whose_own_sentence_names_another(analyzer):
    """``Varga officially broke the record ... / Given Ostrander's strong job approval rating ..., he
    should ... He could do this by telling Sen. Halvorsen ... that he'll withdraw ...``: the "he"
    before may stand for Ostrander, whom its own sentence names, so the later "He" is not passed
    back to Varga, the subject further back (left unresolved)."""
    text = ("President Karl Ostrander nominated Judge Tomas Varga in March.\n\nOn July 20, Varga officially broke the "
            "record of Justice Louis Brandeis, who endured a wait of 125 days between nomination and confirmation to "
            "the court.\n\nGiven Ostrander's strong job approval rating and Democratic presidential nominee Ada Lind's "
            "sizable leads in national polls, he should channel Republican nominee Tom Berg and pen his own Art of the "
            "Deal. He could do this by telling Sen. Chuck Halvorsen, chairman of the Senate Judiciary Committee, that "
            "he'll withdraw the Varga nomination unless hearings are underway by Sept. 6, when the Senate reconvenes.")
    assert _speakers(analyzer, text)[-1] != ("Tomas Varga", "named")


def test_a_family_name_ner_typed_apart_a_word_before_the_rest_opens_the_name(analyzer):
    """``prosecutor [Phan] Minh [Tuan] said ... Tuan said``: NER typed the family name and the last
    given name two persons' names with the middle name between; the family name still opens the
    full name (was "Minh Tuan")."""
    text = ("Summing up the prosecution case on the 22nd day of the trial, prosecutor Phan Minh Tuan said the evidence "
            "showed that Vinh had personally approved the resale of plots that had already been sold.\n\n"
            '"This was not a business that failed," Tuan said.')
    names = _speakers_relabelled(analyzer, text, ("Phan", 1, "PERSON"), ("Minh", 1, None), ("Tuan", 1, "PERSON", "first"))
    assert names == ["Phan Minh Tuan"] * 2


def test_a_chief_minister_is_the_leader(analyzer):
    """``Chief Minister Ravi Deshmane opened his campaign ... / The 61-year-old leader of the Lok
    Vikas Party ... said``: a chief minister leads a state (``leader_titles.txt``), so the aged
    description is his (was no one)."""
    text = ("DEVGARH, March 4 - Chief Minister Ravi Deshmane opened his party's campaign on Sunday, promising "
            'government jobs.\n\n"We came to build," Deshmane told the rally.\n\nThe 61-year-old leader of the Lok '
            "Vikas Party (LVP), who is seeking a third term, said his government had doubled the state's paved roads.")
    assert _speakers(analyzer, text)[-1] == ("Ravi Deshmane", "named")


def test_letters_after_a_name_are_no_part_of_it(analyzer):
    """``Their barrister, Priya Marlow SC, said ... Marlow said``: post-nominal letters
    (``post_nominals.txt``) end no name, so the full name is "Priya Marlow", which "Marlow" joins
    (was "Priya Marlow SC", an organisation, and the first quote unresolved)."""
    text = ("Their barrister, Priya Marlow SC, said the newspaper would call a dozen witnesses.\n\n"
            '"The evidence will show that what was published was true," Marlow said.')
    quotes, _entities = _relabelled(analyzer, text, ("Priya", 2, "ORG"), ("SC", 1, "ORG"), ("Marlow", 1, "ORG"))
    assert [(q.speaker.name, q.attribution) for q in quotes][-2:] == [("Priya Marlow", "named")] * 2


def test_bracketed_initials_name_an_organisation_ner_typed_a_person(analyzer):
    """``Companhia Mineira do Sertão (CMS) ... In a statement, CMS said``, NER typing the company's
    name a person's: initials in brackets after a name of three words or more are its short name
    (was "CMS", an organisation of its own)."""
    text = ("The dam belongs to Companhia Mineira do Sertão (CMS), the country's second-largest iron ore producer.\n\n"
            "In a statement, CMS said the dam had been inspected in January.")
    quotes, _entities = _relabelled(analyzer, text, ("Companhia", 4, "PERSON"))
    assert quotes[-1].speaker.name == "Companhia Mineira do Sertão"


def test_the_practitioner_of_a_described_field_is_the_person(analyzer):
    """``Dr. Irina Volkova, head of oncology at the Central Hospital, said ... / "...," the
    oncologist said``: a field ending in "-logy" or "-iatry" in a description names its
    practitioner (was no one)."""
    text = ("Dr. Irina Volkova, head of oncology at Korvest Central Clinical Hospital, said the shipment would cover "
            'five weeks of treatment.\n\n"It is good news, and I will not pretend otherwise," the oncologist said.')
    assert _speakers(analyzer, text)[-1] == ("Irina Volkova", "named")


def test_a_reporter_is_the_journalist_a_lede_describes(analyzer):
    """``The journalist behind the Ledger's reports ... has told the court he ... / Marcus Fenwick,
    the newspaper's senior entertainment reporter, ...``: a reporter is a journalist
    (``office_synonyms.txt``), so the lede's journalist is the reporter named next (was no one)."""
    text = ("The journalist behind the Sunday Ledger's reports on the actor has told the court he 'never had a "
            "moment's doubt' about his sources.\n\nMarcus Fenwick, the newspaper's senior entertainment reporter, "
            "spent most of Tuesday in the witness box.")
    assert _speakers(analyzer, text)[0] == ("Marcus Fenwick", "named")


def test_a_plain_name_apposed_to_a_role_is_a_persons_though_ner_typed_it_an_organisation(analyzer):
    """``The agent, Marcus Feld of Feld Athlete Management, told reporters ... "...," Feld said``,
    NER typing the agent's name an organisation's: two plain proper nouns apposed to a role, the
    first a given name the lists know, are a person's name, so "Feld" is the agent, not the agency
    named after him (was the agency)."""
    text = ("The agent, Marcus Feld of Feld Athlete Management, told reporters that the result stemmed from a "
            'contaminated cold medicine.\n\n"We have the receipt," Feld said.')
    quotes, _entities = _relabelled(analyzer, text, ("Marcus", 2, "ORG"))
    assert quotes[-1].speaker.name == "Marcus Feld"


def test_a_family_name_first_name_ner_typed_a_work_is_a_persons(analyzer):
    """``Under questioning from opposition lawmaker [Kwak Jae-won], however, ... / Kwak, of the
    Democratic Renewal Party, said``, NER typing the name a work of art: a family name and a
    hyphenated given name of romanised syllables are a person's name, which "Kwak" joins (was
    "Kwak" alone)."""
    text = ("Under questioning from opposition lawmaker Kwak Jae-won, however, the chairwoman acknowledged that the "
            "commission had not referred any of the contracts to prosecutors.\n\nKwak, of the Democratic Renewal "
            'Party, said the omission showed the audit had been "a pretext from start to finish."')
    quotes, _entities = _relabelled(analyzer, text, ("Kwak", 4, "WORK_OF_ART", "first"))
    assert quotes[-1].speaker.name == "Kwak Jae-won"


@pytest.mark.parametrize(("lede", "second"), [
    # the person is given another role, and goes on speaking
    ("A senior lawmaker said on Monday that the party should \"stop defending the levy\" before the vote.",
     "Marta Velkova, a three-term representative from the northern port of Castlemere, told reporters that at "
     "least 20 colleagues agreed with her."),
    # the lede's description has a clause of its own
    ("A makeup artist who worked on the film told the court on Thursday that the actor had thrown a brush at her.",
     "Marta Velkova, 29, who was called as a witness by the newspaper, said the incident happened late at night."),
    # the next paragraph names the person beside a description
    ("A former railway engineer told a court on Friday that the bridge had been built without proper checks.",
     "The engineer, Marta Velkova, 47, worked for the railways ministry for 12 years."),
])
def test_a_ledes_unnamed_speaker_is_the_person_the_next_paragraph_introduces(analyzer, lede, second):
    """Delayed identification: ``A senior lawmaker said ... / Marta Velkova, a three-term
    representative ..., told reporters``; ``A makeup artist who worked on the film told ... /
    Marta Velkova, 29, who was called as a witness, said``; ``A former railway engineer told ... /
    The engineer, Marta Velkova, 47, ...``: the lede's speaker is the person the next paragraph
    names (were anonymous)."""
    quote = analyzer("Levy row\n\n" + lede + "\n\n" + second).quotes[0]
    assert (quote.speaker.name, quote.attribution) == ("Marta Velkova", "named")


@pytest.mark.parametrize(("lede", "second"), [
    # the lede says the speaker is anonymous
    ("A senior official, who spoke on condition of anonymity, said the talks had stalled.",
     "Marta Velkova, a former ambassador, told reporters the talks would resume."),
    # someone of another role, who does not speak
    ("A senior lawmaker said on Monday that the party should drop the levy.",
     "Mayor Marta Velkova, the committee's chair, was unmoved."),
    # another office than the description's qualifier says
    ("A deputy minister said on Monday that the party should drop the levy.",
     "Minister Marta Velkova told reporters the levy would stay."),
])
def test_a_ledes_unnamed_speaker_is_not_another_person_the_next_paragraph_names(analyzer, lede, second):
    """The next paragraph's person is not the lede's unnamed speaker when the lede says the
    speaker asked not to be named, when that person has another role and does not speak, or holds
    an office the description's qualifier ("deputy") rules out."""
    quote = analyzer("Levy row\n\n" + lede + "\n\n" + second).quotes[0]
    assert quote.speaker.name != "Marta Velkova"


def test_only_the_ledes_unnamed_speaker_is_the_person_the_next_paragraph_introduces(analyzer):
    """``A senior lawmaker said ...`` further down the article is one more unnamed voice, not
    the person the paragraph after it names."""
    text = ("Levy row\n\nThe party met on Monday.\n\nThe vote is due in May.\n\n"
            "A senior lawmaker said the party should \"stop defending the levy\" before the vote.\n\n"
            "Marta Velkova, a three-term representative, told reporters that 20 colleagues agreed with her.")
    quote = analyzer(text).quotes[0]
    assert quote.speaker.name != "Marta Velkova"


def test_a_name_of_three_romanised_syllables_is_a_persons_for_a_shared_family_name(analyzer):
    """``Pak Yon Hui, the ... sister of the reclusive leader Pak Myong Chol, ... Pak said``: NER
    left the sister's name untyped, but three capitalised syllables are a name written family
    name first, a person's, whom "Pak" the lede's subject stands for (was the leader)."""
    text = ("KANGSONG, March 14 - Pak Yon Hui, the powerful younger sister of the reclusive leader Pak Myong Chol, on "
            "Thursday denounced a fresh wave of propaganda leaflets, the official Ostland Central News Agency reported."
            "\n\nIn a statement carried by the agency, Pak said the leaflets had \"polluted the clean air of our "
            "Republic\".")
    assert analyzer(text).quotes[-1].speaker.name == "Pak Yon Hui"


def test_a_given_name_whose_first_half_the_tagger_read_as_a_verb_stays_in_the_name(analyzer):
    """``Han [Do]-hyun, the chief of the office's anti-corruption division, told ...``: the tagger
    read "Do" as an auxiliary; the hyphened given name is still the name's (was "Han", the
    quote's speaker unknown)."""
    text = ("Prosecutors raid conglomerate\n\n\"We are looking at whether the transfer was lawful and whether the board "
            "was properly informed,\" Han Do-hyun, the chief of the office's anti-corruption division, told reporters "
            "outside the building.\n\nHan declined to say whether the chairman was a target.")
    assert [(q.speaker.name, q.attribution) for q in analyzer(text).quotes] == [("Han Do-hyun", "named")] * 2


def test_a_news_medium_noun_ner_ran_into_a_name_makes_it_a_news_organisation(analyzer):
    """``[Broadcaster HBC] said that ...``, NER's person in an article: the news medium's noun,
    capitalised only by its place at the sentence's start, makes the name a news organisation's
    (was a person's, the quote named)."""
    text = "Broadcaster KTV said that allied surveillance aircraft had been flying near the maritime border."
    quotes, _entities = _relabelled(analyzer, text, ("Broadcaster", 2, "PERSON"))
    assert quotes[0].attribution == "agency"
    text = "Channel Meiryo reported that the panel was expected to hear from as many as 11 witnesses."
    quotes, _entities = _relabelled(analyzer, text, ("Channel", 2, "ORG"))
    assert quotes[0].attribution == "agency"
    # a company whose name a news word opens is no news organisation
    quotes, _entities = _relabelled(analyzer, "News Corporation denied the reports.", ("News", 2, "ORG"))
    assert quotes[0].attribution == "named"


def test_a_ledes_unnamed_institution_is_the_one_the_next_paragraph_names(analyzer):
    """``..., the country's national space research institute said on Tuesday ... / The National
    Institute for Orbital Research (INPO) said ...``: the lede's institution is the organisation
    the next paragraph names with its noun (was the words alone); not one whose name lacks it."""
    lede = ("Forest clearing rises\n\nSAO BRAS, Paranova (Harbor Wire) - Forest clearing in Paranova's northern "
            "rainforest rose 34 percent in the 12 months to July, the country's national space research institute said "
            "on Tuesday.\n\n")
    second = ("The National Institute for Orbital Research (INPO) said its monitoring system had detected 11,240 square "
              "kilometres of clear-cut forest.")
    assert analyzer(lede + second).quotes[0].speaker.name == "National Institute for Orbital Research"
    other = "The World Bank said its own estimate was lower."
    assert analyzer(lede + other).quotes[0].speaker.name != "World Bank"


def test_the_head_of_a_body_in_the_lede_is_the_person_the_next_paragraph_introduces(analyzer):
    """``The head of Valdoria's prisons authority ... rejected calls ..., telling lawmakers that
    ... / Colonel Arturo Benavides Lozano, director of the National Penitentiary Institute, told
    ...``: a body after "of" is no person the lede speaks for (was unresolved)."""
    text = ("Prisons chief defends riot response\n\nPUERTO LUCERO, Valdoria - The head of Valdoria's prisons authority "
            "on Wednesday rejected calls for his resignation, telling lawmakers that guards had acted \"with courage and "
            "within the law\" during the riot.\n\nColonel Arturo Benavides Lozano, director of the National "
            "Penitentiary Institute (INAPEN), told the Security Committee that the riot had been planned outside the "
            "prison.")
    quote = next(q for q in analyzer(text).quotes if "courage" in q.text)
    assert quote.speaker.name == "Arturo Benavides Lozano"


def test_a_ledes_its_role_is_the_person_the_next_paragraph_names(analyzer):
    """``..., its chairperson said on Tuesday ... / Dr. Anjali Deshmane said ...``: "its" and a
    role in the lede is the person the next paragraph names (was unresolved: "chairperson" joins
    ``role_nouns.txt``)."""
    text = ("Exam board to encrypt papers\n\nMEGHPUR, March 26 (Sarvana News Agency) - Sarvana's National Examinations "
            "Board will begin sending question papers to exam centres as encrypted files, its chairperson said on "
            "Tuesday.\n\nDr. Anjali Deshmane said the system would be piloted in three districts.")
    assert analyzer(text).quotes[0].speaker.name == "Anjali Deshmane"


def test_a_full_name_ner_typed_a_date_is_a_persons_a_title_gives_elsewhere(analyzer):
    """``KOORANUP, Warrigal — [Maureen Pickett] was standing in her kitchen ... said Mrs Pickett``:
    NER typed the full name a date; the title before its last word elsewhere makes it a person's,
    whom "Mrs Pickett" and "she" stand for (was "Pickett" alone, and "she" unresolved)."""
    text = ("Survivors tell inquiry\n\nKOORANUP, Warrigal — Maureen Pickett was standing in her kitchen when she saw the "
            "first embers. The alert on her phone, she told the royal commission on Tuesday, arrived eleven minutes "
            "later.\n\n\u201cBy then I could hear it,\u201d said Mrs Pickett, a retired schoolteacher.")
    quotes, _entities = _relabelled(analyzer, text, ("Maureen", 2, "DATE"))
    assert [q.speaker.name for q in quotes] == ["Maureen Pickett"] * 2


def test_a_plurals_possessive_opens_a_forums_name(analyzer):
    """``The Citizens' Rights Forum said``: "forum" ends an institution's name
    (``institution_heads.txt``), so the name runs back over the plural's possessive to its first
    word (was "Rights Forum", a person)."""
    article = analyzer("The Citizens' Rights Forum said six of the dead had gunshot wounds.")
    assert (article.quotes[0].speaker.name, article.entities[0].type) == ("Citizens' Rights Forum", "organization")


def test_the_station_is_the_broadcaster_named_just_before(analyzer):
    """``Radio Kestrel showed footage ..., though the station said attendance was well below
    normal``: "the station" is the broadcaster named in its paragraph (was no one); not a
    newspaper ("The Harbor Times reported ... The station said trains would resume")."""
    text = ("Radio Kestrel showed footage of workers returning to factories, though the station said attendance was "
            "well below normal.")
    assert analyzer(text).quotes[-1].speaker.name == "Radio Kestrel"
    text = ("The Harbor Times reported the fire on Monday. Commuters waited at the station. The station said trains "
            "would resume.")
    assert analyzer(text).quotes[-1].speaker.name != "Harbor Times"


def test_a_name_ner_ran_into_the_datelines_date_is_a_persons(analyzer):
    """``SINGAPORE, [March 21 - Lin Shuqin], the wife of ..., said ...``: NER ran the dateline's
    date past its dash into the name; the name is a person's, the source, whom "Lin" stands for
    later (were none, and "Lin" alone)."""
    text = ("Founder's wife speaks\n\nSINGAPORE, March 21 - Lin Shuqin, the wife of the detained founder Qiu Hanwei, "
            "said she had received no official notice of her husband's detention.\n\n"
            "\"I have called every office I can think of,\" Lin told the Harbor Tribune.")
    quotes, _entities = _relabelled(analyzer, text, ("March", 5, "DATE"))
    assert [q.speaker.name for q in quotes[-2:]] == ["Lin Shuqin", "Lin Shuqin"]


def test_a_ledes_member_of_a_named_body_after_a_byline_is_the_person_introduced_next(analyzer):
    """``By Maren Eikli`` / ``TORNHOLM, May 7 - A former Ostland Bank manager ... told a
    parliamentary committee ... / Tomas Vennberg, who ran the markets desk ..., testified``: the
    lede follows a headline and a byline, and its bank's manager is the person the next
    paragraph introduces (was anonymous)."""
    text = ("Whistleblower testifies\n\nBy Maren Eikli\n\nTORNHOLM, May 7 - A former Ostland Bank manager whose "
            "allegations set off an investigation told a parliamentary committee on Wednesday that he had been "
            "\"managed out\" of the bank.\n\nTomas Vennberg, who ran the markets desk at the bank's branch until 2016, "
            "testified for nearly three hours.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == ("Tomas Vennberg", "named")


@pytest.mark.parametrize(("text", "name"), [
    ("The Lestovian Society of Gynaecologists said in a statement that it had asked the health ministry for \"clear "
     "and written guidance\" on when doctors could intervene.", "Lestovian Society of Gynaecologists"),
    ("The Lestovian Episcopal Conference, in a brief statement on its website, thanked the tribunal for what it called "
     "\"a courageous defence of the defenceless\".", "Lestovian Episcopal Conference"),
])
def test_it_in_an_organisations_own_clause_is_the_organisation(analyzer, text, name):
    """``The Society said in a statement that it had asked ... for "..."``, ``The Conference ...
    thanked the tribunal for what it called "..."``: "it" in the clause the organisation's verb
    reports, or after its preposition, is that organisation (was unresolved)."""
    quote = next(q for q in analyzer(text).quotes if q.speaker is not None and q.speaker.mention.text == "it")
    assert (quote.speaker.name, quote.attribution) == (name, "named")


def test_a_description_whose_closing_comma_the_parser_hung_inside_it_describes_the_name(analyzer):
    """``Coastwatch Africa, an environmental group based in the capital, Tembura, called the spill
    ...``: the parser hung the description's closing comma inside it, before the verb; the
    description is the name's, an organisation's, whom "the group" then stands for (was a
    person's, with no description, and "the group" no one)."""
    text = ("Coastwatch Africa, an environmental group based in the capital, Tembura, called the spill \"a disaster "
            "foretold.\"\n\nThe group noted that it had warned in a 2022 report that ageing infrastructure posed a "
            "serious risk.")
    article = analyzer(text)
    assert [q.speaker.name for q in article.quotes[:2]] == ["Coastwatch Africa"] * 2
    assert article.entities[0].type == "organization"


def test_a_railway_companys_name_makes_it_the_company(analyzer):
    """``The state-owned Ostravian Railways said ... «...,» the company said.``: a name that ends in
    a railway's trade word is a company's whatever NER types it (here a person's), and "the
    company" is it (was a town NER typed an organisation)."""
    text = ("The state-owned Ostravian Railways said separately that it had received \"less than a day's notice\" to clear "
            "the line between Korvel Bridge and Stavna.\n\n«We run trains, not a secret service,» the company said.")
    quotes, _entities = _relabelled(analyzer, text, ("Ostravian", 2, "PERSON"), ("Stavna", 1, "ORG"))
    assert quotes[-1].speaker.name == "Ostravian Railways"


def test_a_company_noun_a_name_is_apposed_to_describes_it(analyzer):
    """``The supplier, Brenmark Solvent Trading, is a distributor ...``: the company noun the name
    is apposed to describes it, so "the company" after it is no longer the article's other
    company alone (was Halvorsen, named in passing before)."""
    text = ("The recall came a week after Halvorsen Pharmaceuticals withdrew its fever syrup.\n\nThe supplier, Brenmark "
            "Solvent Trading, is a distributor based in neighbouring Lunavia. It had not commented until Wednesday.\n\n"
            "«We sold the material in good faith,» the company said in a statement.")
    article = analyzer(text)
    brenmark = next(e for e in article.entities if e.name == "Brenmark Solvent Trading")
    assert brenmark.description == "The supplier"
    assert article.quotes[-1].speaker is None or article.quotes[-1].speaker.name != "Halvorsen Pharmaceuticals"


def test_the_newspaper_is_the_daily_named_last_not_a_newspaper_named_before(analyzer):
    """``... told the Daily Harbour newspaper ... / ..., Ines Varga, told the French-language daily
    Le Courrier de Vellin. / Varga said ..., the newspaper reported.``: a daily is a newspaper;
    the one named last relays (was the Daily Harbour, whose words hold "newspaper")."""
    text = ("Oskar Brant, the party's deputy leader, told the Daily Harbour newspaper that the count had been rigged.\n\n"
            "«We are following the situation closely,» the neighbouring country's foreign minister, Ines Varga, told the "
            "French-language daily Le Courrier de Vellin.\n\nVarga said her government had offered to host talks "
            "between the two camps, the newspaper reported.")
    assert [v.name for v in analyzer(text).quotes[-1].via] == ["Le Courrier de Vellin"]


def test_a_short_name_the_tagger_read_as_a_noun_opening_its_sentence_is_the_companys(analyzer):
    """``... a plant operated by the Tolvane Chemical Company ... Tolvane has said it is cooperating
    with the investigation.``: the tagger read the short name as a common noun; a word the
    article never writes in lower case, of a name NER found, it is that company (was unknown)."""
    text = ("The regional Environmental Protection Board said last week that it had opened an investigation into a "
            "metal-finishing plant operated by the Tolvane Chemical Company about six kilometres upstream of the city's "
            "water intake. Tolvane has said it is cooperating with the investigation.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == ("Tolvane Chemical Company", "named")


def test_a_lecturer_is_the_academic(analyzer):
    """``Dr. Tobias Renk, a lecturer in sports finance at ..., said ... / "...," Renk said. ... / The
    academic noted ...`` (``office_synonyms.txt``: was unresolved)."""
    text = ("\"My client will contest these charges,\" Mr. Osei-Bonsu said in a separate statement.\n\nDr. Tobias Renk, a "
            "lecturer in sports finance at the University of Harwick, said the charges were among the most serious the "
            "league had ever brought.\n\n\"If the commission finds that the accounts were misleading, you are looking at a "
            "points deduction,\" Renk said. \"The nine points for administration would be just the start.\n\n\"There is "
            "also a question about whether the league's own checks were adequate.\"\n\nThe academic noted that only two "
            "clubs had been expelled from the league since 1921.")
    assert analyzer(text).quotes[-1].speaker.name == "Tobias Renk"


def test_a_ledes_captain_is_the_player_the_next_paragraph_names(analyzer):
    """``Players at Harwick Rovers are considering a strike ..., the captain of the struggling club said
    on Friday. / Kofi Mensah-Darko, who has played for Harwick for nine seasons, said ...``
    ("captain" joins ``role_nouns.txt``; was unknown)."""
    text = ("HARWICK - Players at Harwick Rovers are considering refusing to play this weekend's match after going a "
            "fourth month without full wages, the captain of the struggling club said on Friday.\n\nKofi Mensah-Darko, "
            "who has played for Harwick for nine seasons, said the squad would decide by Saturday morning.")
    assert analyzer(text).quotes[0].speaker.name == "Kofi Mensah-Darko"


def test_the_report_the_article_kept_naming_is_the_one_its_author_put_out(analyzer):
    """``..., the Launch Review Panel said in an interim report ... The 48-page report found ...
    (two paragraphs) ... According to the report, ...``: each mention of the report lies within
    a few paragraphs of the next, so the last is still the panel's (was unknown: the first was
    too far back)."""
    text = ("A loose fragment most likely starved the turbopump of the Corvel-2 rocket, the Launch Review Panel said in "
            "an interim report on Wednesday.\n\nThe 48-page report found \"no evidence\" that the pump seals had "
            "failed.\n\n\"The seals did their job,\" said Dr. Hanne Rask, the panel's chair.\n\nRask said investigators "
            "had recovered a sliver of metal from a filter screen.\n\nAccording to the report, a cleanliness check before shipping was signed off by a "
            "single technician.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == ("Launch Review Panel", "named")


def test_a_subject_the_parser_apposed_to_an_opening_phrases_place_describes_no_place(analyzer):
    """``In a report released in Geneva, the network, known as the SGMN, said ...``: the parser
    made "the network" an apposition of Geneva (here typed an organisation, as NER did in an
    article); it is the subject of "said", which has none, and no description of the place, so
    "the network" is the network named before (was Geneva)."""
    text = ("The Sahel Grain Monitoring Network warned on Tuesday that parts of the north were close to famine.\n\nIn a "
            "report released in Geneva, the network, known as the SGMN, said an estimated 900,000 people were facing "
            "\"emergency\" levels of hunger.")
    quotes, entities = _relabelled(analyzer, text, ("Geneva", 1, "ORG"))
    assert quotes[-1].speaker.name == "Sahel Grain Monitoring Network"
    assert all(e.description is None for e in entities if e.name == "Geneva")


def test_a_countrys_state_media_is_no_news_organisation_of_the_countrys_name(analyzer):
    """``Norvala state media hails accords ...`` (a headline): "state media" is the country's press
    at large, so Norvala is no news organisation, and "the paper" is the newspaper named last
    (was Norvala, named after the paper in "the newspaper of Norvala's ruling Labour Front")."""
    text = ("Norvala state media hails accords with Velmont\n\nOSTRAD, Oct. 16 (Harbor Wire) - Norvala's state media on "
            "Thursday published the texts of four agreements.\n\nThe Haebom Sinmun, the newspaper of Norvala's ruling "
            "Labour Front, devoted its first three pages to the visit. “The two leaders affixed their signatures to "
            "documents that will open a new chapter,” the paper said.")
    article = analyzer(text)
    assert article.quotes[-1].speaker.name == "Haebom Sinmun"
    assert all(e.type != "agency" for e in article.entities if e.name == "Norvala")


def test_the_end_of_a_hyphenated_given_name_the_parser_made_a_conjunct_is_no_second_source(analyzer):
    """``said Oh Min-seo, a senior analyst at ...``: the parser made "seo" a conjunct of "Min"; the
    hyphen joins one given name, so there is one source (was "Oh Min-seo and seo")."""
    text = ("\"Demand peaks have been growing by three to four percent a year,\" said Oh Min-seo, a senior analyst at the "
            "Velmont Energy Institute in Corvale.")
    assert analyzer(text).quotes[0].speaker.name == "Oh Min-seo"


def test_a_name_ner_typed_a_place_apposed_to_a_persons_role_is_a_persons(analyzer):
    """``..., hours after the company said its chief executive, Henrietta Colvane, would step down.
    ... Colvane, who founded the firm in 2014, described ...``: NER typed the name a place (as it
    did in an article); apposed to a person's role and opening with a given name, it is a
    person's, and "Colvane" later is her (was another person, "Colvane" alone)."""
    text = ("MERIDALE, June 27 - A committee accused Brightline Payments of negligence, hours after the company said its "
            "chief executive, Henrietta Colvane, would step down.\n\nColvane, who founded the firm in 2014, described "
            "the decision in a message to staff as \"the hardest of my working life\".")
    quotes, _entities = _relabelled(analyzer, text, ("Henrietta", 2, "LOC"))
    assert quotes[-1].speaker.name == "Henrietta Colvane"


def test_a_capitalised_number_after_a_news_medium_ends_the_channels_name(analyzer):
    """``state broadcaster Estovia One said``: NER typed "Estovia" a place and left "One" out (as it
    did in an article); the number word ends the channel's name, so the country is no broadcaster
    and "Estovia has repeatedly said" is the country's (was the broadcaster's)."""
    text = ("Estovia will begin generating electricity from the first two turbines within weeks, state broadcaster "
            "Estovia One said on Monday, a move likely to anger downstream Alubar.\n\nEstovia has repeatedly said that "
            "generating power does not consume water.")
    quotes, entities = _relabelled(analyzer, text, ("Estovia", 1, "GPE", 1))
    assert [(q.speaker.name, q.attribution) for q in quotes] == [("Estovia One", "agency"), ("Estovia", "named")]


def test_a_plural_in_men_of_a_trade_is_no_name(analyzer):
    """``Boatmen in Kalamba said ...`` ("boatman", "ferryman" and others join ``role_nouns.txt``:
    anonymous, was a named source "Boatmen")."""
    text = "Boatmen in Kalamba said the ferry had been running late on Tuesday."
    assert analyzer(text).quotes[0].attribution == "anonymous"


def test_a_second_news_medium_after_and_ends_the_broadcasters_name(analyzer):
    """``State broadcaster Ostrian Television and Radio reported ...``: NER typed the name apart at
    "and"; the second news medium belongs to it, a news organisation (was no entity's name,
    typed named)."""
    text = "State broadcaster Ostrian Television and Radio reported that at least 140 homes had been destroyed."
    quote = analyzer(text).quotes[0]
    assert (quote.speaker.name, quote.attribution) == ("Ostrian Television and Radio", "agency")


def test_a_noun_whose_owns_is_no_antecedent_of_a_pronoun(analyzer):
    """``Sofia Castellani, whose 17-year-old daughter Lina died in the crush, sat beside the lawyer
    ... / "...," she said.``: the daughter "whose" owns belongs to the relative clause; "she" is
    the sentence's subject (was Lina)."""
    text = ("Sofia Castellani, whose 17-year-old daughter Lina died in the crush, sat beside the lawyer holding a framed "
            "photograph.\n\n\"I still have her wristband,\" she said.")
    assert analyzer(text).quotes[-1].speaker.name == "Sofia Castellani"


@pytest.mark.parametrize("sign", ["KTV-1", "NTV"])
def test_a_broadcasters_call_sign_names_a_news_organisation(analyzer, sign):
    """``In its main evening bulletin on Thursday, KTV-1 said ... The broadcaster quoted ...``: a call
    sign of capitals ending in "TV" names a broadcaster (was a person, and the relay the words "the
    broadcaster")."""
    text = (f"In its main evening bulletin on Thursday, {sign} said the allegations were part of a foreign-funded "
            "campaign.\n\nThe broadcaster quoted Deputy Sports Minister Elena Vasquez-Toure as saying that the government "
            "had full confidence in the federation.")
    quotes = analyzer(text).quotes
    assert (quotes[0].attribution, [v.name for v in quotes[-1].via]) == ("agency", [sign])


def test_a_name_after_a_title_with_its_modifiers_is_the_subject(analyzer):
    """``Kestovan Defence Minister Han Mi-ah said``: the parser made the title the subject and
    the name after it no part of it; the name is the source (was "Han Mi" in the minister's
    words)."""
    text = "Kestovan Defence Minister Han Mi-ah said on Tuesday that the ambassador had been summoned."
    assert analyzer(text).quotes[0].speaker.name == "Han Mi-ah"


def test_a_subjects_name_an_institutions_word_ends_is_an_organisation(analyzer):
    """``Northgate University Hospital resumed surgery ... The hospital said``: NER typed no name,
    but a proper name of two words or more that an institution's word ends is one, which "the
    hospital" stands for (was "hospital", no one)."""
    text = ("PELTHAM, March 27 - Northgate University Hospital resumed planned surgery on Thursday for the first time "
            "in more than two weeks.\n\nThe hospital said 22 operations had been carried out by mid-afternoon.")
    assert analyzer(text).quotes[-1].speaker.name == "Northgate University Hospital"


def test_the_company_after_a_dateline_is_the_name_the_parser_joined_to_it(analyzer):
    """``SOLMERE, May 9 (Coastline News Service) - Corvane Biologics, the only domestic producer
    ..., said ... / The company said``: the parser joined the company's name to the dateline it
    made the subject; of the two organisations named there (with "Tamara", a country NER typed an
    organisation), the company is the subject's (was "company", no one)."""
    text = ("Vaccine maker doubles output as measles spreads along Tamara's coast\n\n"
            "SOLMERE, May 9 (Coastline News Service) - Corvane Biologics, the only domestic producer of measles vaccine "
            "in Tamara, said on Friday it would double production at its Solmere plant over the next three months to "
            "meet soaring demand as an outbreak spreads along the country's eastern coast.\n\n"
            "The company said in a statement that it had shipped 1.2 million doses to the health ministry since "
            "February, compared with roughly 400,000 in the same period last year.")
    assert analyzer(text).quotes[-1].speaker.name == "Corvane Biologics"


def test_a_chairwoman_is_the_leader_a_later_mention_calls_her(analyzer):
    """``Grace Adeyemi-Lund, chairwoman of the Haverlea Tenants' Association, said ... The tenants'
    leader said``: a chair leads (``office_synonyms.txt``; was anonymous, "tenants' leader")."""
    text = ("Grace Adeyemi-Lund, chairwoman of the Haverlea Tenants' Association, said residents had been told "
            "repeatedly that the work was on schedule.\n\nThe mayor's office did not respond.\n\nThe tenants' leader "
            "said the association planned to file a civil claim against the city.")
    assert analyzer(text).quotes[-1].speaker.name == "Grace Adeyemi-Lund"


def test_the_lower_case_end_of_a_hyphenated_given_name_is_no_common_noun(analyzer):
    """``Bae Ji-woo, a former editor ... who ... now runs a monitoring service, Orlan Media Watch,
    ..., said``: "woo" ends a person's name NER found, not a common noun the tagger took for a
    name, so the organisation apposed after it names no one for her (was "Orlan Media Watch")."""
    text = ("Bae Ji-woo, a former editor at the party newspaper Red Dawn who defected in 2016 and now runs a monitoring "
            "service, Orlan Media Watch, in the Sorin capital Daegal, said the broadcast had been edited.")
    assert analyzer(text).quotes[0].speaker.name == "Bae Ji-woo"


@pytest.mark.parametrize("noun", ["subscribers", "readers"])
def test_subscribers_and_readers_are_unnamed_people(analyzer, noun):
    """``Some subscribers leaving a Saturday matinee said ...`` ("subscriber", "reader" join
    ``role_nouns.txt``: anonymous, was unknown)."""
    text = f"Some {noun} leaving a Saturday matinee said they were relieved the orchestra had acted."
    assert analyzer(text).quotes[0].attribution == "anonymous"


def test_a_family_name_alone_after_a_relatives_quote_is_the_principals(analyzer):
    """``..., his wife, Anna Vell, wrote on social media. / "...," Vell said``: the last source was
    introduced as the leader's kin; the family name alone is still his (was hers, the source just
    before)."""
    text = ("Opposition leader Tomas Vell ended his hunger strike on Sunday, his party said.\n\n"
            "Vell, who was driven home in an ambulance, drank a glass of warm broth in front of his children, his wife, "
            "Anna Vell, wrote on social media.\n\n"
            '"This is not a victory. It is only a pause," Vell said in a short video recorded at his home.')
    quotes = analyzer(text).quotes
    assert [q.speaker.name for q in quotes[-2:]] == ["Anna Vell", "Tomas Vell"]


def test_a_titles_possessive_inside_an_offices_name_keeps_the_whole_name(analyzer):
    """``The Ostra Regional Prosecutor's Office said``: NER found no name; the title's possessive
    opens the office's name, which is the whole (was "Office")."""
    text = "The Ostra Regional Prosecutor's Office said on Friday it had questioned four managers."
    assert analyzer(text).quotes[0].speaker.name == "Ostra Regional Prosecutor's Office"


def test_a_plural_role_possessive_opens_an_organisations_name(analyzer):
    """``according to the Pharmacists' Guild of Moravel``: NER found no name; the plural role's
    possessive opens it (was "Guild")."""
    text = "The pill is taken by roughly 220,000 people, according to the Pharmacists' Guild of Ostland."
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == "Pharmacists' Guild of Ostland"


def test_the_company_is_not_one_named_only_where_an_analyst_works(analyzer):
    """``"...," said Ines Caldera, a healthcare analyst at Brightwater Securities. ... The company
    ... said``: the securities firm is named only as where the analyst works; "the company" is
    the article's company (was unresolved, two companies named)."""
    text = ("Merrow Pharmaceuticals said on Tuesday it was recalling 14 batches of its heart drug.\n\n"
            "Shares in Merrow fell 6 percent. \"Recalls happen,\" said Tamsin Greaves, a healthcare analyst at "
            "Coldharbour Securities.\n\n"
            "Pharmacists said they had begun pulling the tablets from their shelves.\n\n"
            "Patients were told to keep taking the drug.\n\n"
            "The company has set up a telephone helpline and said replacement stock would be available within days.")
    quote = analyzer(text).quotes[-1]
    assert quote.speaker.name == "Merrow Pharmaceuticals"


def test_the_company_is_the_subject_just_before_though_another_was_named_more(analyzer):
    """``Brannock Marine Industries said ... "...," the company said``, after another company
    named twice: the company is the subject just before (was the other)."""
    text = ("Kestrel Shipping Ltd delayed two ships. Kestrel Shipping Ltd blamed the weather.\n\n"
            'Brannock Marine Industries said on Monday it had cut output. "We regret the delay," the company said.')
    quote = analyzer(text).quotes[-1]
    assert quote.speaker.name == "Brannock Marine Industries"


def test_the_regulator_and_the_watchdog_are_the_authority_or_commission_named(analyzer):
    """``Inspectors from the National Medicines Safety Authority have found ..., the regulator
    said``; ``The Federal Competition Commission fined ... The watchdog said``: the public body
    named last whose head the noun stands for (were unresolved)."""
    first = analyzer("Inspectors from the National Food Safety Authority have found serious gaps at the main factory, "
                     "the regulator said on Sunday.")
    second = analyzer("The Federal Competition Commission fined the bakery chain on Monday. The watchdog said the chain "
                      "had fixed prices.")
    assert [q.speaker.name for q in (*first.quotes, *second.quotes)] == [
        "National Food Safety Authority", "Federal Competition Commission"]


def test_the_newspaper_is_a_masthead_not_the_wire_named_since(analyzer):
    """``... the Ledger reported ... Northline Press could not independently verify the report.
    ... according to the newspaper``: a "Ledger" is a paper, the wire service that wrote the story
    is not (was the wire)."""
    text = ("The Castlebrook Ledger reported, citing three board members, that directors had been warned. Meridia Press "
            "could not independently verify the report.\n\n"
            "The board had approved a plan in late 2022, but most of its measures had not been carried out, according "
            "to the newspaper.")
    quote = analyzer(text).quotes[-1]
    assert quote.speaker.name == "Castlebrook Ledger"


def test_a_relay_named_as_an_organisation_before_is_that_organisation(analyzer):
    """``state broadcaster Sorvenia One said ... Sorvenia One quoted Assembly Speaker X as
    saying``: the parser made "One" a number on the country's name; the relay is the
    broadcaster named so before (was dropped, no relay)."""
    text = ("LADVEN, Sorvenia — Sorvenia’s People’s Assembly voted on Friday to give 16- and 17-year-olds the right to "
            "vote, state broadcaster Sorvenia One said.\n\n"
            "Sorvenia One quoted Assembly Speaker Dragan Velimir as saying the law would “bring a new generation into "
            "the life of the nation”.")  # (an invented set's names: the parse)
    quote = analyzer(text).quotes[-1]
    assert [v.name for v in quote.via] == ["Sorvenia One"]


def test_the_company_is_one_a_firm_describes(analyzer):
    """``Satellite imagery reviewed by Skylens Analytics, a commercial imagery firm, showed ...,
    the company said``: "firm" describes a company, no public body (was unresolved)."""
    text = ("Satellite imagery reviewed by Brightlens Analytics, a commercial imagery firm, showed a convoy of at least "
            "six vehicles parked at the compound on Tuesday, the company said in a statement.")
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == "Brightlens Analytics"


def test_a_datelines_place_read_as_a_subject_is_no_mention_of_an_organisation(analyzer):
    """``GYEOLJU, March 16 - ...``: the parser made the dateline's place the subject; it is no
    short name of the Gyeolju Evening Standard named later (was its first mention, so that "the
    newspaper" before the Standard was named could be it)."""
    text = ("Sallo’s return settles rumours but leaves succession questions open\n\n"
            "GYEOLJU, March 16 - Velmar’s ruling party newspaper devoted its entire front page on Saturday to "
            "photographs of leader Ivo Sallo’s visit to a fertiliser plant, but the images did little to answer the "
            "question that has preoccupied the region for six weeks: who runs the country when he cannot.\n\n"
            "Nam told the Gyeolju Evening Standard that provincial officials had met military commanders twice during "
            "the leader’s absence.")  # (an invented set's names: the parse)
    assert "GYEOLJU" not in [m.text for e in analyzer(text).entities for m in e.mentions]


def test_he_is_not_someone_she_stood_for_before(analyzer):
    """``..., Foreign Minister Ryu Da-eun said on Sunday. ... , she said. / Governor Nam Chul-woo
    ... He said ...``: "she" stood for Ryu, whose given name the lists do not know; "he" is not
    Ryu (was Ryu, the last speaker)."""
    text = ("In Sunhae, the government has been careful not to appear to be celebrating or exploiting the leader’s "
            "health troubles. Gyeolju remained willing to resume stalled talks on river navigation and family reunions, "
            "Foreign Minister Ryu Da-eun said on Sunday. But Sunhae would need “a firm guarantee” first that Velmar "
            "would halt artillery drills near the border, she said.\n\n"
            "Governor Nam Chul-woo of North Jeolsan province, which borders Velmar, struck a more anxious note. He said "
            "his province had drawn up plans to receive as many as 20,000 refugees in the event of sudden instability "
            "across the river.\n\n"
            "For now, Velmar’s state media appear intent on moving on. Velmar Central Television on Sunday showed the "
            "leader inspecting a hothouse near the capital, and the Velmari Central News Agency said he had called for "
            "a “great leap in vegetable production.”")  # (an invented set's names: the parse)
    quote = next(q for q in analyzer(text).quotes if q.text.startswith("his province"))
    assert quote.speaker is None or quote.speaker.name != "Ryu Da-eun"


def test_a_company_an_operator_describes_is_no_person(analyzer):
    """``The party had booked the ascent through Summit Line Expeditions, a Selmund-based
    operator. The company said ...``: "operator" is no role noun, which would make the company a
    person whom "the company" cannot stand for (nor a company noun, which would make "the dam's
    operator" whatever organisation its sentence names)."""
    text = ("The party had booked the ascent through Summit Line Expeditions, a Selmund-based operator. The company said "
            "in a statement that it was devastated by the news.")
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == "Summit Line Expeditions"


def test_a_family_name_the_article_writes_in_lower_case_elsewhere_opens_the_full_name(analyzer):
    """``Park Ji-hoon, the founder of ..., told the court ... in the car park of a hotel``: the
    word opens the sentence and is written in lower case elsewhere, but before a given name of
    romanised syllables it is a family name (was "Ji-hoon", and "Park said" someone else)."""
    text = ("BRENMOOR, March 12 — A construction executive testified on Tuesday that he delivered cash to an aide.\n\n"
            "Park Min-seo, the founder and chief executive of Harcastle Civil Works, told the court that the payments "
            "began in 2017.\n\n"
            "He said the cash was handed over in the car park of a hotel on the eastern edge of the city.\n\n"
            "“I was afraid,” Park said.")
    article = analyzer(text)
    assert {q.speaker.name for q in article.quotes if q.speaker is not None and "Park" in q.speaker.name} == {
        "Park Min-seo"}


def test_the_analyst_is_the_expert_named_before(analyzer):
    """``Jonas Veller, an expert on Sunjaran politics at the Calder Institute, said ... the analyst
    noted``: an expert is "the analyst" (and an analyst "the expert"; a specialist either), as a
    lecturer is "the academic" (was unresolved)."""
    text = ("Ilse Marten, an expert on Ostland's politics at the Calder Institute for Strategic Studies, said the scale "
            "of the celebrations suggested the leadership needed a victory.\n\n"
            "«A missile launch is a festival the regime can stage on command», Marten said.\n\n"
            "She said the promise of apartments was a familiar tactic. Previous launches, the analyst noted, had been "
            "followed by similar rewards for scientists.")
    quote = analyzer(text).quotes[-1]
    assert quote.speaker.name == "Ilse Marten"


def test_the_dams_operator_is_not_the_organisation_its_sentence_names(analyzer):
    """``Mr Haslam said the dam's operator had never explained ...``: "operator" is no company
    noun, which would make "the dam's operator" the one organisation the sentence names (NER
    typed "Mr Haslam" one)."""
    text = ("FRAYNE - Grigor Haslam spent forty years building up a herd of 80 dairy cows below the Belmora Dam.\n\n"
            "'I could hear them calling from the barn,' said Mr Haslam, 63.\n\n"
            "Mr Haslam said the dam's operator had never explained to farmers what an emergency release would look like.")
    quote = analyzer(text).quotes[-1]
    assert quote.speaker is None or "Haslam" not in quote.speaker.name


@pytest.mark.parametrize("text, name", [
    ("Racing commentator and former jockey Liam Garvey said the sport had to change.", "Liam Garvey"),
    ("Commentator and former jockey Ruth Garvey said the sport had to change.", "Ruth Garvey"),
])
def test_two_roles_of_one_person_before_the_name(analyzer, text, name):
    """``Racing commentator and former jockey Liam Garvey said``: two roles, no article, joined by
    "and" before a name with a role of its own, are one person's, whatever NER typed the name (was
    unknown, or two sources)."""
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == name and quote.attribution == "named"


@pytest.mark.parametrize("text, name", [
    ("Minister for Tourism and Sport Eileen Carrow said the government would legislate.", "Eileen Carrow"),
    ("Minister for Tourism and Sport Ann Carrow said the government would legislate.", "Ann Carrow"),
    ("Former Secretary of Defense Leon Castello said the base was safe.", "Leon Castello"),
    ("Former Minister of Defence Leon Varetta said the base was safe.", "Leon Varetta"),
])
def test_a_name_after_a_titles_complement(analyzer, text, name):
    """``Minister for Tourism and [Sport Eileen Carrow]``: the parser made the name the
    complement's second conjunct; ``Secretary of [Defense Leon Castello]``: NER typed complement and
    name one organisation. The given name opens the name (was unknown, or the complement's word
    in the name)."""
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == name


def test_a_role_before_a_name_whose_given_name_no_list_knows(analyzer):
    """``Trainer Niall Fenwick was banned``: a role before capitalised words names a person NER
    missed, whatever the given name ("Fenwick said" was a name of its own)."""
    text = ("DUBLIN (Meridian Wire) - Trainer Niall Fenwick was banned for three years on Friday after an inquiry "
            "found he bore responsibility.\n\nFenwick said he would appeal.")
    quote = next(q for q in analyzer(text).quotes if q.cue.text == "said")
    assert quote.speaker.name == "Niall Fenwick"


def test_a_news_name_after_its_description_as_according_tos_second_object(analyzer):
    """The parser made "the business daily" and "Valdmark Herald" two objects of "according to":
    the name is the source (was "business", unknown)."""
    [quote] = analyzer("According to the business daily Valdmark Herald, the company's board met twice last week.").quotes
    assert (quote.speaker.name, quote.attribution) == ("Valdmark Herald", "agency")


def test_a_name_apposed_to_a_role_the_parser_split_at_its_hyphen(analyzer):
    """``Its vice-president, Ola Berg, told``: the parser split the role at its hyphen and hung the
    name on its second half (was unknown)."""
    text = "Its vice-president, Ola Berg, told reporters that an error had allowed defective cells to be shipped."
    [quote] = analyzer(text).quotes
    assert quote.speaker.name == "Ola Berg"


def test_a_companys_short_name_ner_typed_a_place_as_a_subject(analyzer):
    """``Veltrona said``, NER typing the word a place everywhere, and the article never writing it
    after "in" or "to": the subject is short for "Veltrona Mobile" ("mobile" ends a company's name
    in ``company_name_words.txt``; was an entity of its own). (The names are an invented set's.)"""
    text = ("Regulator halts sales of Veltrona phones\n\n"
            "VELLANOIS, March 21 - The consumer safety authority on Friday ordered a halt to sales of Veltrona Mobile "
            "phones fitted with suspect batteries.\n\n"
            "Veltrona said in a statement that it would comply fully with the order.\n")
    quote = next(q for q in analyzer(text).quotes if q.cue.text.startswith("said"))
    assert quote.speaker.name == "Veltrona Mobile"


def test_the_police_is_the_police_force_named_before(analyzer):
    """"the police", which the tagger reads as a plural, stands for the police force named before
    as any institution's noun does (was "police", a body of its own)."""
    text = "The captain was released, the Port Halvin Police Department said. The police added that he remained a witness."
    assert [q.speaker.name for q in analyzer(text).quotes] == ["Port Halvin Police Department"] * 2


def test_a_name_the_parser_apposed_to_the_datelines_place(analyzer):
    """``MARENZA, March 14 (Nord Wire) - Valdorian Public Broadcasting dismissed ...``: NER found no
    name and the parser apposed the subject to the dateline's place; it is a name as a subject
    is, which "the broadcaster" stands for (was unresolved)."""
    text = ("MARENZA, March 14 (Nord Wire) - Valdorian Public Broadcasting dismissed its chief editor on Thursday.\n\n"
            "The board voted to remove her, the broadcaster said in a statement.")
    [quote] = analyzer(text).quotes
    assert (quote.speaker.name, quote.attribution) == ("Valdorian Public Broadcasting", "agency")


def test_one_of_a_group_describes_a_name(analyzer):
    """``HNC, one of the two channels suspended ...``: "one of" a group is the name's description,
    and the group's noun says it is a news organisation (was no description, named)."""
    text = "HNC, one of the two channels suspended under the decree, said in a statement that it would resume broadcasting."
    [quote] = analyzer(text).quotes
    assert quote.attribution == "agency"
    assert quote.speaker.description == "one of the two channels suspended under the decree"


def test_a_family_name_ner_typed_a_date_after_a_given_name_it_typed_a_persons(analyzer):
    """``Interior Minister [Oswin] Farraday``, NER typing the family name a date: the name is whole,
    and "Farraday told", typed a date again, is his (was the government's, and no one's). (The
    names are an invented set's.)"""
    text = ("SELVARA, March 17 - The government on Tuesday ordered an independent inquiry into the crowd crush at a "
            "concert that killed 11 people, with Interior Minister Oswin Farraday telling parliament that the "
            "country's rules on large events were 'written for a different era'.\n\n"
            "Farraday told state broadcaster VBN later on Tuesday that new legislation could be passed soon.")
    quotes = analyzer(text).quotes
    assert [q.speaker.name for q in quotes if q.cue.text in ("telling", "told")] == ["Oswin Farraday"] * 2


def test_a_role_after_a_pronoun_subject_is_not_a_name_past_it(analyzer):
    """``Dr. Ingrid Solvang ... said ... / She noted that Ryom had not ruled out talks ... / "...,"
    the researcher said``: the nearest subject is "She", whom the role would stand for; the name
    past it in her clause is no candidate (was Ryom, a wrong attribution; now unknown). (The
    names are an invented set's.)"""
    text = ("Others were less sure. Dr. Ingrid Solvang, who studies Chollan's state media at the University of "
            "Harrowgate, said the language of the statement was notably milder than in previous ones.\n\n"
            "She noted that Ryom had not ruled out talks on other subjects, such as the repatriation of fishermen "
            "detained last autumn.\n\n"
            "\u00abIf you read it carefully, there is a small window left open,\u00bb the researcher said.")
    quote = analyzer(text).quotes[-1]
    assert quote.speaker.name != "Ryom"


def test_the_next_paragraph_names_several_people_none_of_them_the_ledes_speaker(analyzer):
    """``..., a prosecutor told a jury on Monday ... / Ivo Marsh, 49, and the investigator, Lev Dorn,
    56, have pleaded not guilty``: one of several people the next paragraph names together is not
    who the lede described (was Ivo Marsh, a defendant: a wrong attribution; now anonymous)."""
    text = ("CASTLEMERE, Veloria (VPA) \u2014 The Daily Lantern paid a private investigator more than 200,000 velors to "
            "access the voicemail of crime victims, celebrities and politicians, a prosecutor told a jury on Monday at "
            "the opening of the trial of the newspaper\u2019s former news editor.\n\n"
            "Ivo Marsh, 49, and the investigator, Lev Dorn, 56, have pleaded not guilty to conspiring to intercept "
            "communications between 2004 and 2010.\n\n"
            "Anton Vale, prosecuting, told Castlemere Crown Court that hacking at the Lantern was "
            "\u201cnot an aberration but a routine tool of the trade.\u201d\n")
    quote = analyzer(text).quotes[0]
    assert quote.speaker.name == "a prosecutor" and quote.attribution == "anonymous"


def test_a_role_the_paragraph_before_gave_someone_is_not_the_next_paragraphs_person(analyzer):
    """``Lina Vesk, the group's chief financial officer, told ... / ..., the finance chief said ... /
    Dr. Marta Holm, who chairs the committee, said``: the chief named before is whom "the finance
    chief" may stand for, not the person the next paragraph names (was Holm, a wrong attribution;
    now unknown)."""
    text = ("Lina Vesk, the group's chief financial officer, told the committee that payments to the firm had been "
            "signed off by the news desk.\n\n"
            '"Those payments were small by the standards of a company of our size," Ms. Vesk said.\n\n'
            "Pressed on why nobody in the finance department had questioned the invoices, the finance chief said "
            "internal audit rules at the time did not require scrutiny of small sums.\n\n"
            "Dr. Marta Holm, who chairs the committee, said members had grave concerns about the evidence.\n")
    quote = next(q for q in analyzer(text).quotes if q.text.startswith("internal audit rules"))
    assert quote.speaker.name != "Marta Holm"


def test_it_after_an_organisation_as_a_directives_subject(analyzer):
    """``The Velm Chamber of Commerce said ... It called on both the government and the union to
    "..."``: "it" with a directive (or a stance) stands for the organisation the sentence before
    named as its subject, as with a speech verb (was unresolved)."""
    text = ("The Velm Chamber of Commerce said in a statement that retailers were losing millions a day. It called on "
            'both the government and the union to "stop using the city as a hostage" and return to talks.')
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == ("Velm Chamber of Commerce", "named")


def test_it_after_a_news_organisations_report(analyzer):
    """``The OPA report made no mention of ... It said ...``: "it" stands for the news organisation
    whose report the sentence before made its subject (was unresolved)."""
    text = ("The Ostland Press Agency (OPA) said the leader toured a cable factory. The OPA report made no mention of "
            "the leader's health. It said the visit ended with a photograph with the factory's workers.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == ("Ostland Press Agency", "agency")


def test_the_airline_is_the_airline_not_a_pilots_association_with_airline_in_its_name(analyzer):
    """``the Ostland Airline Pilots' Association``: "airline" only modifies the name's head, so
    "the airline" is Kestrel Regional Airlines, named before it, not the association named since."""
    text = ("Pilots at Kestrel Regional Airlines walked off the job early on Monday, forcing the carrier to cancel 84"
            " flights.\n\nThe strike, the first in the airline's history, was called by the Ostland Airline Pilots'"
            " Association after talks over pay collapsed.\n\nThe airline said in a statement that it was \"deeply"
            " disappointed\" by the walkout.")
    quote = analyzer(text).quotes[-1]
    assert quote.speaker.name == "Kestrel Regional Airlines"


def test_a_nominal_whose_possessor_a_known_woman_lacks_is_not_hers(analyzer):
    """``The head teachers' leader added that she ...``: not the union's general secretary named
    before, a woman whose words hold no head teachers, but the president of the head teachers'
    association, whose given name no list knows."""
    text = ("\"Teachers have spoken,\" Helena Marsh, the union's general secretary, said in a statement.\n\n"
            "Dr. Rukmini Sethuraman, president of the Association of Head Teachers and Deputies, told the Corvel"
            " News Agency that heads would try to keep schools open.\n\n"
            "The head teachers' leader added that she had asked the ministry for \"clear and early guidance\" on"
            " exam arrangements.")
    quote = next(q for q in analyzer(text).quotes if q.cue.text == "added")
    assert quote.speaker.name == "Rukmini Sethuraman"


def test_a_name_ner_typed_a_product_with_a_role_apposed_and_a_given_name_is_a_persons(analyzer):
    """``Lucien Marchetti, the celebrity chef whose ... restaurants ..., said``: NER typed the name a
    product; a given name and the role apposed make it a person's, so "Marchetti said" is the
    chef, not Marchetti Hospitality Group. The names are an invented article's, whose parse
    other names did not give."""
    text = ("Celebrity chef Marchetti orders payroll audit as wage theft claims mount\n\n"
            "LARCHMONT BAY - Lucien Marchetti, the celebrity chef whose Braise restaurants are facing a lawsuit from"
            " more than 140 workers, said on Thursday that he had ordered an independent audit of payroll practices at"
            " every one of the chain's locations.\n\n"
            "In the four-minute video, filmed in the kitchen of the Harbour Street flagship, Marchetti said he had been"
            " \"blindsided\" by the allegations and had not known how individual managers were recording staff hours.\n\n"
            "Teresa Vance, a spokeswoman for Marchetti Hospitality Group, said the company had placed two regional"
            " managers on leave pending the review.")
    quotes = analyzer(text).quotes
    video = next(q for q in quotes if "blindsided" in q.text)
    assert video.speaker.name == "Lucien Marchetti"
    assert not any(q.cue.text == "claims" for q in quotes)  # "as wage theft claims mount": no cue


@pytest.mark.parametrize("name", ["St. Kessa's General Hospital", "St. Brannoc's University Hospital"])
def test_a_saints_possessive_opens_an_institutions_name(analyzer, name):
    """``St. Kessa's General Hospital``: NER cut the name after the saint's possessive; the
    name is the whole (was "General Hospital")."""
    text = (f"Hackers reached the records of patients at {name}, officials said.\n\n"
            f"{name}, which serves most of the region, said routine appointments would go ahead.")
    assert analyzer(text).quotes[-1].speaker.name == name


def test_a_given_name_ner_ran_a_datelines_date_into_is_part_of_the_name(analyzer):
    """``MARROWGATE, [June 9 - Dorian] Vasquez-Hale, the founder of ..., said``: NER typed the given
    name with the date past the dash; it opens the person's name (was "Vasquez-Hale"). The names
    are an invented article's, whose parse other names did not give."""
    text = ("Veridane founder says he was 'too optimistic', denies deceiving investors\n\nMARROWGATE, June 9 - "
            'Dorian Vasquez-Hale, the founder of collapsed battery start-up Veridane Labs, said on Sunday '
            'that he had been "too optimistic" about his company\'s production schedule but had never '
            'deliberately misled investors.\n\nIn his first public comments since the company filed for '
            'insolvency in April, Vasquez-Hale told the Brightwater Business Daily that he had shared '
            'production figures with the board "in good faith" and that the data had come from the plant\'s '
            'own management systems.\n')
    assert {q.speaker.name for q in analyzer(text).quotes} == {"Dorian Vasquez-Hale"}


def test_a_family_name_ner_typed_a_nationality_between_a_title_and_a_given_name(analyzer):
    """``Professor [Han] Jiwoo, who has taught ...``: NER typed the family name a nationality and
    left the given name out; the title before it makes both one person's name (was "Han")."""
    text = ("Students occupied the hall on Monday.\n\n"
            "Professor Han Jiwoo, who has taught composition at Whitlock for 22 years, visited the students on Tuesday"
            " morning and brought them breakfast.\n\n"
            "\"These are the best young musicians in the country,\" Han told the Courier.")
    assert analyzer(text).quotes[-1].speaker.name == "Han Jiwoo"


def test_a_countrys_body_of_dictionary_words_keeps_its_owner_in_its_name(analyzer):
    """``Tavrenia's Foreign Ministry``, ``Velmar's Foreign Ministry``: a name every country's body
    has keeps the country NER typed apart, so the two are two entities (were one "Foreign
    Ministry"); "The Foreign Ministry" after the first is still the first."""
    text = ("Tavrenia's Foreign Ministry said on Thursday that the reports were fabricated.\n\n"
            "The Foreign Ministry added that the visit was private. Velmar's Foreign Ministry said it had not been told.")
    names = [q.speaker.name for q in analyzer(text).quotes]
    assert names == ["Tavrenia's Foreign Ministry", "Tavrenia's Foreign Ministry", "Velmar's Foreign Ministry"]


def test_a_company_past_a_datelines_date_the_parser_hung_on_it_is_named(analyzer):
    """``TARNOW, March 18 - Velmora Air and the ... Association began talks``: the parser apposed the
    name to the dateline's place and hung the date on it; the company NER missed is still named,
    and "the company" is it (was "company", no one)."""
    text = ("TARNOW, March 18 - Velmora Air and the Federated Pilots' Association began formal talks on Monday over new"
            " turbulence safety procedures.\n\n"
            "The company said in a statement that it was approaching the talks \"with an open mind.\"")
    assert analyzer(text).quotes[-1].speaker.name == "Velmora Air"


def test_titles_ner_typed_an_organisation_before_a_persons_name_make_no_entity(analyzer):
    """``Auditor General Dr. Tobias Fenwright said``: NER typed "Auditor General Dr." an
    organisation; it is his titles, no entity of its own (was a person named "Dr")."""
    text = ("In a 212-page report submitted to the committee, Auditor General Dr. Tobias Fenwright said the price had"
            " been inflated.")
    assert [e.name for e in analyzer(text).entities] == ["Tobias Fenwright"]


def test_a_name_ner_missed_after_a_capitalised_word_opening_the_story_past_its_dateline(analyzer):
    """``PORVANNE, March 11 - For Ida Varholm, the cyberattack ...``: "For" is capitalised only as the
    story's first word after the dateline, so the name after it is still found ("Varholm said" is
    Ida Varholm, was "Varholm")."""
    text = ("PORVANNE, March 11 - For Ida Varholm, the cyberattack on Valdoria's national railway has meant getting"
            " up an hour earlier every morning.\n\n"
            "'The machines still don't work half the time, and the queue at the ticket office goes out the door,' said"
            " Varholm, 41, who commutes from Porvanne to an accounting firm in the capital.")
    assert analyzer(text).quotes[-1].speaker.name == "Ida Varholm"


def test_the_regulator_is_the_office_named_before(analyzer):
    """``The National Consumer Standards Office said ... / The regulator said ...``: an office is a
    public body "the regulator" stands for (``public_body_nouns.txt``: "office regulator"; was
    unresolved)."""
    text = ("The National Consumer Standards Office said it had received more than 4,000 complaints about the tour.\n\n"
            "Fans said refunds had been slow.\n\n"
            "The regulator said it had written to two resale sites asking them to explain their policies by Friday.")
    assert analyzer(text).quotes[-1].speaker.name == "National Consumer Standards Office"


@pytest.mark.parametrize(("first", "later", "name"), [
    ("Orvenne Railways said on Thursday it would resume freight services next month.", "The railway company",
     "Orvenne Railways"),
    ("Tamsley Valley Health confirmed on Thursday that it had postponed 312 operations.", "The health system",
     "Tamsley Valley Health"),
])
def test_words_of_a_name_before_an_organisations_noun_stand_for_it_far_back(analyzer, first, later, name):
    """``Orvenne Railways said ... (other paragraphs) ... The railway company said``: "the", words
    of one organisation's name and a noun for a company or any organisation stand for it, however
    far back it was named (was "railway company", "health system", no one's)."""
    text = (f"{first}\n\n"
            "Ana Lisk, a trade minister, said the deal was fair. \"We are pleased,\" she said.\n\n"
            "Critics said the plan was a mistake.\n\n"
            f"{later} said the first change would come on April 7.")
    assert analyzer(text).quotes[-1].speaker.name == name


def test_words_of_two_names_before_a_company_noun_resolve_to_neither(analyzer):
    """``Orvenne Railways ... Orvenne Bank ... The Orvenne company said``: the words fit two names; no one."""
    text = ("Orvenne Railways and Orvenne Bank signed the loan on Thursday.\n\n"
            "Critics said the loan was a mistake.\n\n"
            "The Orvenne company said the first payment would come on April 7.")
    assert analyzer(text).quotes[-1].speaker.entity is None


def test_police_in_lower_case_is_the_police_force_named_before(analyzer):
    """``Tessel Police said ... The crowd was calm, police said``: "police" with no article stands for
    the police named before, as "the police" does (was "police", no one's)."""
    text = ("Tessel Police said about 900 people had joined the march. Organisers said more than 2,000 took part.\n\n"
            "The crowd was calm, police said.")
    assert analyzer(text).quotes[-1].speaker.name == "Tessel Police"


def test_a_number_inside_a_channels_name_is_part_of_it(analyzer):
    """``Channel 6 Northside reported, citing a source ...``: the number NER left out is inside the
    broadcaster's name, which relays the source (was a person "Northside", and no relay)."""
    text = ("Officials met on Monday.\n\n"
            "Channel 6 Northside reported, citing a source close to the board, that the owner had been briefed.")
    quote = analyzer(text).quotes[-1]
    assert quote.attribution == "anonymous"
    assert [v.name for v in quote.via] == ["Channel 6 Northside"]


def test_a_name_that_modifies_party_is_no_union_the_union_stands_for(analyzer):
    """``the Marrovian Union of Educators ... the governing Civic Union party ... The union disputes``:
    a name before "party" names a party, so "the union" is the teachers' union (was the party)."""
    text = ('She accused leaders of the Marrovian Union of Educators of "playing politics with the classroom."\n\n'
            "Two lawmakers from the governing Civic Union party said there was growing unease about the timetable.\n\n"
            "The union disputes the figure, saying only one in five teachers had received any training.")
    assert analyzer(text).quotes[-1].speaker.name == "Marrovian Union of Educators"


def test_a_name_ner_typed_a_building_after_a_role_word_is_a_persons(analyzer):
    """``Board chair Tomas Ekwall was not available ... Ekwall told``: NER typed the name a building;
    after the role noun it is a person's, whom "Ekwall" names (was "Ekwall" alone). The names are
    an invented set's: NER types others a person's."""
    text = ("Board chair Tomas Ekwall was not available for comment. According to the Marenburg Ledger, Ekwall told staff"
            " at a closed meeting on Thursday that an internal review would examine \"every step\" of the case.")
    assert analyzer(text).quotes[-1].speaker.name == "Tomas Ekwall"


def test_the_airline_is_the_company_whose_name_ends_in_air(analyzer):
    """``Velmora Air ... the Velmoran Airline Pilots Association ... The airline said``: "Air" ends an
    airline's name (``trade_nouns.txt``), so "the airline" is the company, not the pilots'
    association whose name only holds the word (was the association)."""
    text = ("Pilots at Velmora Air agreed early on Tuesday to end a four-day strike.\n\n"
            "Captain Ilse Varga, president of the Velmoran Airline Pilots Association, said the agreement was"
            " \"not perfect\".\n\n"
            "The airline said passengers whose flights had been cancelled would receive travel vouchers.")
    assert analyzer(text).quotes[-1].speaker.name == "Velmora Air"


def test_an_organisation_of_three_words_ner_found_keeps_a_first_word_written_in_lower_case_elsewhere(analyzer):
    """``Children First International said ... 600,000 children``: the name NER found whole keeps
    "Children", though the word is written in lower case elsewhere (was "First International")."""
    text = ("Children First International said in a statement that at least 600,000 children were living in the"
            " worst-affected districts.")
    assert analyzer(text).quotes[0].speaker.name == "Children First International"


@pytest.mark.parametrize("opening", ["An editorial", "Its editorial"])
def test_an_editorial_after_a_newspaper_is_the_newspapers(analyzer, opening):
    """``The Ostrava Morning Herald devoted its front page to the visit. An editorial said ...``: a
    piece only a news organisation runs, with no author of its own, is the paper's the sentence
    before is about (was "An editorial", no one's)."""
    text = ("The Ostrava Morning Herald, the ruling party's newspaper, devoted its entire front page to the visit on"
            f" Friday. {opening} said the trip had \"shattered the fantasies\" of the country's enemies.")
    quote = analyzer(text).quotes[-1]
    assert (quote.speaker.name, quote.attribution) == ("Ostrava Morning Herald", "agency")


def test_an_editorial_after_a_person_is_no_ones(analyzer):
    """``Ada Lind devoted her speech to the visit. An editorial said ...``: no news organisation before."""
    text = ("Ada Lind devoted her speech to the visit on Friday. An editorial said the trip had \"shattered the"
            " fantasies\" of the country's enemies.")
    assert analyzer(text).quotes[-1].speaker.entity is None


def test_the_next_paragraphs_person_described_as_something_else_is_not_the_nominal(analyzer):
    """``The chairman, a former naval officer, said ... / Dirk van Asselt, the salvage master leading
    the operation ..., said ...``: the next paragraph's person is described as someone the noun does
    not stand for (was van Asselt). The text is an invented set's: shorter ones leave the chairman
    unresolved anyway."""
    text = ("Dredgers dig beneath stranded ship as strait authority eyes weekend refloat\n\n"
            "SALLUN, Velandria \u2014 Dredgers worked through the night to clear sand and mud from beneath the bow of the"
            " Orsolina Star, and the head of the Koranth Strait Authority said on Friday he hoped the stranded container"
            " ship could be refloated by Sunday.\n\n"
            "\"We have removed around 18,000 cubic metres of material so far. The spring tide on Sunday evening gives us"
            " our best chance,\" Idris Kamaleddin told a news conference in Sallun.\n\n"
            "The chairman, a former naval officer, said the authority would not permit \"any shortcuts that put the banks"
            " of the strait at risk\", even as pressure mounted from governments and shipping lines to reopen the"
            " waterway.\n\n"
            "Dirk van Asselt, the salvage master leading the operation for the Hollenbeck Towage company, said in a"
            " statement that the ship's stern had shifted about four metres overnight, which he called \"an encouraging"
            " sign\".\n\n"
            "\"She is not free yet, and I will not pretend otherwise,\" van Asselt said.")
    quote = next(q for q in analyzer(text).quotes if "shortcuts" in q.text)
    assert quote.speaker.name != "Dirk van Asselt"


def test_the_orchestra_is_the_organisation_whose_name_ends_in_philharmonic(analyzer):
    """``The Velmor National Philharmonic ... The orchestra said``: the word that ends the name says
    what kind of organisation it is (``trade_nouns.txt``; was "orchestra", no one's)."""
    text = ("The Velmor National Philharmonic has dismissed its chief conductor after complaints from musicians.\n\n"
            "Fans said the decision was overdue.\n\n"
            "The orchestra said a successor would be named within weeks.")
    assert analyzer(text).quotes[-1].speaker.name == "Velmor National Philharmonic"


def test_the_club_is_the_one_whose_name_ends_in_athletic(analyzer):
    """``Leaked papers show Harrowgate Athletic weighed ... / Channel 9 Eastside reported ... The club
    said``: "Athletic" ends a club's name (``trade_nouns.txt``), which "the club" stands for though a
    broadcaster was named since (was "club", no one's)."""
    text = ("Leaked papers show Harrowgate Athletic weighed sale of its ground before fans were told\n\n"
            "Regional broadcaster Channel 9 Eastside reported that a club executive had described the Supporters'"
            " Trust as \"noise to be managed\" in an internal email last year. The club did not dispute the email's"
            " authenticity but said it \"does not reflect the board's view\".")
    assert analyzer(text).quotes[-1].speaker.name == "Harrowgate Athletic"


def test_a_family_name_ner_left_out_after_a_given_name_joins_the_persons_name(analyzer):
    """``Superintendent Graham Tolliver of Westmere Police said ... / Tolliver said``: NER stopped at
    the given name and left the family name untyped; the person is Graham Tolliver, whom "Tolliver"
    names (was "Tolliver", and "Graham" a person of his own). The names are an invented set's: NER
    reads others whole."""
    text = ("Superintendent Graham Tolliver of Westmere Police said the diving operation was \"a precautionary"
            " step\".\n\n"
            "\"I want to be absolutely clear,\" Tolliver said.")
    analysis = analyzer(text)
    assert [q.speaker.name for q in analysis.quotes] == ["Graham Tolliver", "Graham Tolliver"]
    assert [e.name for e in analysis.entities if e.type == "person"] == ["Graham Tolliver"]


def test_the_force_is_the_police_named_before(analyzer):
    """``Harlow Police said ... The force said``: "the force" stands for a name that ends in "Police"
    (``trade_nouns.txt``; was "force", no one's)."""
    text = ("Harlow Police said a 17-year-old had been reported missing on Sunday.\n\n"
            "Festival organisers said they were working closely with officers.\n\n"
            "The force said a helicopter and dog units were being used in the search.")
    assert analyzer(text).quotes[-1].speaker.name == "Harlow Police"


def test_a_hyphen_the_parser_made_a_conjunct_of_the_role_is_part_of_the_name(analyzer):
    """``Presidential chief of staff Ryu Ga-eun said ... / Ms. Ryu added``: the parser made the
    hyphen and the given name's second half conjuncts of "chief"; the name is whole, one source (was
    "-", and an entity "Ryu Ga"). The name is an invented set's: the parser reads others right."""
    text = ("Presidential chief of staff Ryu Ga-eun said in a statement that the president accepts the ruling.\n\n"
            "Ms. Ryu added that price controls would lapse at midnight.")
    assert [q.speaker.name for q in analyzer(text).quotes] == ["Ryu Ga-eun", "Ryu Ga-eun"]


def test_the_company_is_the_one_whose_name_ends_in_petrochemicals(analyzer):
    """``Harrowgate Petrochemicals ... the company said``: "Petrochemicals" ends a company's name
    (``company_name_words.txt``; was "company", no one's)."""
    text = ("SALTREACH - An explosion tore through a refinery run by Harrowgate Petrochemicals on Monday.\n\n"
            "Residents said the blast shook windows across the port.\n\n"
            "In a statement on Wednesday, the company said the distillation unit had been inspected.")
    assert analyzer(text).quotes[-1].speaker.name == "Harrowgate Petrochemicals"


def test_a_headline_word_after_a_persons_full_name_is_no_family_name(analyzer):
    """``Hillary Clinton Sides With ...``: in a headline in title case the word after a full name is
    no family name NER left out (a guard: "Clinton" is also a given name)."""
    text = "Hillary Clinton Sides With Obama On Trade\n\nWASHINGTON - Clinton said she backed the deal."
    assert [e.name for e in analyzer(text).entities if e.type == "person"] == ["Hillary Clinton"]
