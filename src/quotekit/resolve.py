"""Stage 3: link each local source mention to one of the article's entities.

* **Entities**: named entities (PERSON, ORG, GPE) and every proper-name source mention are
  clustered by :mod:`quotekit.names` (rapidfuzz token matching): ``Lin`` joins ``Mei Lin``,
  ``Kim Jong-un`` is ``Kim Jong Un``; a short name that fits several entities goes to the most
  salient one (more mentions, then named as a speaker, then the most recent). NER labels vote
  on the type but do not decide alone: a name quoted with a speech verb and clustered with a
  PERSON full name is a person even where NER tagged the short form ORG.
* **Descriptions and affiliations**: appositions (``Mei Lin, a ... expert at the Harbor
  Institute``) and titles before the name (``Port Authority spokesman Wen Hao``); the
  affiliation is the organisation named in the description.
* **Pronouns**: coreferee's chain is checked against news evidence, the nearest earlier
  subject outside quotation marks and the previous speaker; when neither supports it the
  pronoun resolves to the subject or previous speaker in that order, and otherwise stays
  unresolved: a wrong speaker is worse than none. Once another entity the pronoun fits has
  been named since the previous speaker, only the subject of a main clause is a candidate.
* **Nominal anaphora**: ``the news agency``, ``the North Korean leader``, ``the spokesman``
  resolve to the most recent entity whose name or description holds the head noun and agrees
  with its modifiers.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, Sequence, Set
from functools import cache

import attrs
from spacy.tokens import Doc, Span, Token

from .detect import (
    DASHES, RELATIVE_TAGS, TIME_ENTITIES, apostrophe_read_as_closing_mark, can_speak, dateline_end, ends_line,
    family_name_opener, hyphened_lower_end, in_running_text,
    joining_hyphen, misparsed_subject, misread_name, name_particle, name_read_as_clause, name_set_off_after_news_phrase,
    name_word, news_phrase_set_off, opens_sentence,
    occurrences, own_subject, particle_word, particles_before, past_gaelic_article, plural_of_role, role_noun,
    split_patronymic_at, text_of,
    tokens_inside, verb_lemma,
)
from .lexicon import Lexicon, name_abbreviations, name_suffixes, post_nominals, read_list, read_pairs
from .marks import find_quoted
from .names import (
    NameIndex,
    NameMatch,
    a_given_name,
    abbreviates,
    display_name,
    given_gender,
    is_initialism,
    name_tokens,
    strip_accents,
)
from .speaker import (
    NAME_JOINERS,
    PLACE_ENTITIES,
    TIME_MARKS,
    apposed_to,
    given_name_opening_sentence,
    apposed_to_opening,
    LocalSource,
    TokenRange,
    describes,
    hyphenated_end,
    in_party_tag,
    listed_names,
    lone_root,
    name_clause_end,
    name_read_as_preposition,
    named_apposition,
    hyphened_given_name_misread,
    titled_full_name,
    plain_proper_name,
    name_apposed_before,
    scene_conjunct,
    split_subject,
    object_description,
    paragraph_numbers,
    past_dateline,
    possessed_role_split,
    without_trailing_punct,
)

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: NER types of no source's name, which NER gives people's names at times ("[Marchetti-Dubois] gave").
_NOT_NAMES = frozenset({"", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})
#: What NER may call a person's name after their role (``actress [Ines de la Roca]``, a product).
_MISREAD_NAME_LABELS = _NOT_NAMES - {""}
#: A person named by their age alone ("the 74-year-old"), who resolves as "he" or "she" does.
_AGE_EPITHET = re.compile(r"the \d{1,3}-year-old")
#: One syllable of a romanised Korean, Chinese or Vietnamese name ("Jong", "un", "Myung", "Zhang", "Minh",
#: "Park").
_ROMANISED_SYLLABLE = re.compile(r"(?i)[bcdfghjklmnpqrstvwxyz]{0,3}[aeiouy]{1,3}(?:ng|nh|ch|rk|n|m|k|l|p|t)?")
#: A given name of two Chinese (pinyin) syllables written as one word ("Liqiang", "Weilin", not "Brewer").
_TWO_PINYIN_SYLLABLES = re.compile(
    r"(?i)(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iao|uai|ai|ei|ao|ou|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u)(?:ng|n)?){2}")
PERSON_PRONOUNS = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
#: A pronoun that stands for an organisation ("the company said ... It added"), never a person.
NEUTER_PRONOUNS = frozenset({"it"})
#: Words that open a coordination of sources ("Both Ada Lind and ...", "Neither ... nor ...").
_CORRELATIVES = frozenset({"both", "either", "neither"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"}) | _CORRELATIVES
#: Words that introduce someone new ("One senior officer", "a source", "another official").
_INTRODUCING = frozenset({"a", "an", "one", "another"})


@attrs.frozen
class EntityInfo:
    """An entity of the article while it is being built (see :class:`quotekit.Entity`)."""

    id: int
    name: str
    type: str
    mentions: tuple[TokenRange, ...]
    description: TokenRange | None
    affiliation: str | None
    words: frozenset[str]
    gender: str | None = None
    #: nouns that can stand for the entity in a nominal mention ("the president"; :func:`_head_words`)
    heads: frozenset[str] = frozenset()


@attrs.frozen
class Resolved:
    """A source mention resolved: entity id (or ``None``), the name to show and how;
    ``follows``: the earlier quote whose source this one continues, when it names no entity
    (a paragraph with no attribution of its own, ``He added`` after ``A spokesman said``)."""

    entity: int | None
    name: str
    how: str
    follows: int | None = None
    #: the organisation an unnamed source's words give (``officials at the Harbor Board``)
    affiliation: str | None = None


Coref = Callable[[Doc, Token], Sequence[Token]]


def resolve(
    doc: Doc,
    locals_: Sequence[LocalSource],
    quote_marks: Sequence[tuple[int, int]],
    lexicon: Lexicon | None = None,
    coref: Coref | None = None,
    contents: Sequence[tuple[int, int]] = (),
) -> tuple[tuple[EntityInfo, ...], tuple[Resolved | None, ...], tuple[tuple[Resolved, ...], ...]]:
    """Entities of ``doc``, the resolved source of each quote, and its resolved relays.

    ``quote_marks`` are character ranges inside quotation marks (subjects there are not
    candidates for pronouns); ``coref(doc, pronoun)`` returns coreferee's antecedents;
    ``contents`` are the quotes' character ranges, in the order of ``locals_``: a pronoun is
    left unresolved rather than continue the last speaker when its own quote names them (``he
    said talks with Berg had stalled`` after a quote of Berg's).
    """
    lexicon = lexicon or Lexicon.default()
    inside_quotes = tokens_inside(doc, quote_marks)
    builder = _EntityBuilder(doc, lexicon, inside_quotes)
    for local in locals_:
        for rng in (local.words, local.recipient, *local.relays):
            if rng is not None:
                builder.add_mention(rng, speaker=rng == local.words)
    builder.add_ents()
    builder.add_apposed()
    builder.add_given_names()
    builder.add_credit()
    builder.add_subjects()
    entities = builder.build()
    by_token = builder.entity_of_token(entities)
    no_affiliation = frozenset(i for i, entity in by_token.items() if entities[entity].type == "person") | builder.title_case
    paragraphs = paragraph_numbers(doc)
    sources: list[Resolved | None] = []
    relays: list[tuple[Resolved, ...]] = []
    previous: tuple[int, Resolved | None, int] | None = None  # (paragraph, speaker, index) of the last quote
    since = 0  # the first token after the sentence that named the last speaker
    by_words: dict[TokenRange, Resolved] = {}  # one attribution between two quotes speaks for both
    for n, local in enumerate(locals_):
        told_before = previous  # the last speaker, for a relay "it" (``It quoted X as saying``)
        if local.words is not None and local.words in by_words:
            sources.append(by_words[local.words])
        elif local.mention is None:
            if local.continues is not None and local.continues < len(sources):
                earlier = sources[local.continues]
                sources.append(attrs.evolve(earlier, how="continuation", follows=local.continues) if earlier else None)
            else:
                sources.append(None)
        else:
            content = contents[n] if n < len(contents) else None
            # a quote that runs over paragraphs before its attribution starts where it opens
            opened = doc.char_span(content[0], content[1], alignment_mode="expand") if content is not None else None
            here = min(paragraphs[local.mention[0]], paragraphs[opened.start] if opened else len(doc))
            if previous is not None and previous[2] < len(contents) and doc[local.mention[0]].idx >= contents[previous[2]][1]:
                # past a quote of the last speaker's that ran on beyond its attribution's paragraph and closed, they
                # last spoke where it ends (not for a mention inside it, nor after a block quote its marks leave open:
                # a quoted report's own "she said")
                spoken = doc.char_span(*contents[previous[2]], alignment_mode="expand")
                closed = spoken is not None and spoken.end < len(doc) and doc[spoken.end].is_quote
                if closed and spoken is not None and len(spoken) and paragraphs[spoken.end - 1] > previous[0]:
                    previous = (paragraphs[spoken.end - 1], previous[1], previous[2])
            last = previous if previous is not None and (here - previous[0] <= 1 or _names_no_one_between(
                doc, previous, local.mention[0], paragraphs, by_token)) else None
            words = local.words  # "officials who said": resolve "officials"
            assert words is not None  # a mention has words
            earlier_source = last[1] if last is not None else None
            if (last is not None and earlier_source is not None and earlier_source.entity is not None
                    and _same_pronoun_again(doc, doc[words[0] : words[1]], locals_[last[2]].words, entities, by_token,
                                            inside_quotes, content, lexicon)):
                # 'Whether Carver will run, she won't say. "...," she said': the same "she"
                resolved = Resolved(earlier_source.entity, earlier_source.name, "pronoun+previous-speaker")
            elif (last is not None and earlier_source is not None and earlier_source.entity is not None
                  and here == last[0] and _same_nominal_again(doc, words, locals_[last[2]].words)):
                # "The company said its stewards had ... The company, which challenged the inquiry, added": the
                # one the same words stood for in the paragraph's quote before
                resolved = Resolved(earlier_source.entity, earlier_source.name, "nominal")
            else:
                resolved = _resolve_mention(
                    doc, words, entities, by_token, inside_quotes, earlier_source, lexicon, coref, content, since,
                    contents[last[2]] if last is not None and last[2] < len(contents) else None,
                )
            if resolved.how == "words":
                resolved = (_company_again(doc, words, locals_[:n], sources, paragraphs, entities, by_token, inside_quotes,
                                           lexicon)  # "The company said ... , the company said"
                            or _described_again(doc, words, locals_[:n], sources, paragraphs, entities, by_token,
                                                inside_quotes, lexicon)
                            or _described_in_lede(doc, words, paragraphs, entities, by_token, inside_quotes, lexicon)
                            or resolved)
            if resolved.how.startswith("nominal") and _other_of_group(doc, words, locals_[:n], sources, paragraphs, lexicon):
                resolved = Resolved(None, _canonical(doc[words[0] : words[1]].text), "words")  # "Two diplomats said ...
                # The other diplomat said": one of those, not a diplomat the article names
            if resolved.how in ("words", "nominal"):
                index = _institution_again(doc, words, locals_[:n], sources, paragraphs, entities, resolved, lexicon)
                if index is not None:  # "South Korea's defence ministry said ... The ministry denied the report"
                    earlier = sources[index]
                    assert earlier is not None
                    resolved = Resolved(None, earlier.name, "nominal+earlier-source", follows=index,
                                        affiliation=earlier.affiliation)
            if resolved.how == "words":
                resolved = attrs.evolve(resolved, affiliation=unnamed_affiliation(doc, words, no_affiliation, lexicon))
                index = _named_again(doc, words, locals_[:n], sources, paragraphs, lexicon)
                if index is not None:  # "A spokesperson for the port said ... The spokesperson added"
                    earlier = sources[index]
                    assert earlier is not None
                    resolved = Resolved(None, earlier.name, "nominal+earlier-source", follows=index, affiliation=earlier.affiliation)
            cited = locals_[last[2]].words if last is not None and last[1] is not None and last[1].entity is None else None
            if cited is not None and resolved.how.startswith("pronoun") and _they_cited(
                    doc, doc[words[0] : words[1]].root, cited, inside_quotes, lexicon):
                assert last is not None and last[1] is not None
                earlier = last[1]  # "Yonhap reported, citing unidentified officials, that ... , they said"
                resolved = Resolved(None, earlier.name, "pronoun+previous-speaker", follows=last[2], affiliation=earlier.affiliation)
            elif (resolved.how.startswith("pronoun") and resolved.entity is not None and last is not None
                  and last[1] is not None and (unnamed := locals_[last[2]].words) is not None
                  and _introduced_unnamed(doc[unnamed[0] : unnamed[1]])
                  and not any(unnamed[0] <= start < doc[words[0]].sent.end for start, _end in entities[resolved.entity].mentions)
                  and _continues_unnamed(doc, doc[words[0] : words[1]].root, unnamed, last[1], entities, by_token,
                                         inside_quotes, lexicon)):
                # "Dr. Ada Lind, an economist, said ... One driver, who asked not to be named, said ... "...," he
                # said": the unnamed source in between, not the person named before it (nor after it, in the
                # pronoun's sentence: "Asked how she hoped to be remembered, Lind said")
                resolved = Resolved(None, last[1].name, "pronoun+previous-speaker", follows=last[2],
                                    affiliation=last[1].affiliation)
            elif resolved.how == "pronoun-unresolved" and last is not None and last[1] is not None:
                earlier, index = last[1], last[2]
                earlier_words = locals_[index].words
                pronoun = doc[words[0] : words[1]].root
                if earlier_words is not None and _continues_unnamed(
                    doc, pronoun, earlier_words, earlier, entities, by_token, inside_quotes, lexicon
                ):
                    resolved = Resolved(None, earlier.name, "pronoun+previous-speaker", follows=index, affiliation=earlier.affiliation)
                elif earlier_words is not None and _it_continues(doc, pronoun, earlier_words, earlier, entities, inside_quotes, lexicon):
                    follows = index if earlier.entity is None else None
                    resolved = Resolved(earlier.entity, earlier.name, "pronoun+previous-speaker", follows=follows)
            if (resolved.how == "pronoun-unresolved" and last is not None and last[2] < len(contents)
                    and locals_[last[2]].mention != words):  # not the same "he asked" of an interrupted quote
                addressed = _addressed(doc, contents[last[2]], doc[words[0] : words[1]].root, entities, last[1], lexicon)
                if addressed is not None:  # '"Isn't it true, Ms. Forsythe, that ...?" Whitlock asked. "No," she replied'
                    resolved = Resolved(addressed, entities[addressed].name, "pronoun+addressed")
            if resolved.how == "pronoun-unresolved":
                host = _organisation_hosting(doc[words[0] : words[1]].root, entities, by_token, lexicon)
                if host is not None:  # "Dashti state television broadcast footage it said showed ...": the broadcaster
                    resolved = Resolved(host, entities[host].name, "pronoun+subject")
            if resolved.how == "pronoun-unresolved":
                subject = _organisation_subject_before(doc, doc[words[0] : words[1]].root, entities, by_token, inside_quotes, lexicon)
                spoke = last[1].entity if last is not None and last[1] is not None else None
                moved_on = last is not None and paragraphs[words[0]] > last[0]  # a paragraph past the last source's
                if subject is not None and (spoke is None or entities[spoke].type == "person" or spoke == subject
                                            or moved_on):
                    # "The Eshtari agency gave another account. It reported that ..."; "The Board of X said
                    # ... The board named the grocers. It said": the one that spoke, not another one named since
                    # in its paragraph ("... The agency did not say whether ... / Qirong's own outlet, the Qirong
                    # News Agency, gave a shorter account. It said ...": the agency the new paragraph names)
                    resolved = Resolved(subject, entities[subject].name, "pronoun+subject")
            pronoun = doc[words[0] : words[1]].root
            if resolved.entity is not None and resolved.how.startswith("pronoun") and (
                    # '"Did you, Ms. Lind?" he asked': not Lind; '"..., did you?" asked X. "No," she said': not X
                    (content is not None and _addressed(doc, content, pronoun, entities, None, lexicon) == resolved.entity)
                    or _answers_the_asker(doc, pronoun, last, locals_, contents, resolved.entity)
                    or _last_source_other_gender(doc, pronoun, resolved.entity, last, locals_)):
                resolved = Resolved(None, pronoun.text, "pronoun-unresolved")
            sources.append(resolved)
            if resolved.how != "pronoun-unresolved":
                by_words[words] = resolved
        where = local.mention or local.recipient
        if where is not None and previous is not None and _reported_within(doc, where, locals_, contents, previous[2], n):
            pass  # "X said workers had complained about ...": a report inside the last one's words
        elif where is not None:  # does not become the last speaker ("He added" is still X)
            previous = (paragraphs[where[0]], sources[-1], n)
            since = doc[where[0]].sent.end
        elif previous is not None and not (sources[-1] is None and _inside_content(contents, n, previous[2])):
            # not a sourceless report inside the last one's words; a paragraph that continues
            # the last speaker's quote is where they last spoke ("...," the governor said. / "I
            # spent an hour with families from Ostler Flats." / She said ...)
            continued = sources[-1] is not None and sources[-1].how == "continuation" and n < len(contents)
            opened = doc.char_span(contents[n][0], contents[n][1], alignment_mode="expand") if continued else None
            previous = (paragraphs[opened.start] if opened else previous[0], sources[-1], n)
        relays.append(tuple(
            _relaying_speaker(doc, rng, entities, told_before, paragraphs, by_token, inside_quotes, lexicon)
            or _resolve_relay(doc, rng, entities, by_token, lexicon)
            for rng in local.relays))
    return entities, tuple(sources), tuple(relays)


#: Verbs that answer a question ("No," she said / replied).
_ANSWERING = frozenset({"say", "reply", "answer", "respond"})


def _answers_the_asker(
    doc: Doc, pronoun: Token, last: tuple[int, Resolved | None, int] | None, locals_: Sequence[LocalSource],
    contents: Sequence[tuple[int, int]], entity: int,
) -> bool:
    """Whether "he" or "she" answers the question the quote before asked, and would stand for
    the one who asked it (``'You never raised it, did you?' asked Ada Lind. 'No,' she said``):
    the one who asks is not the one who answers."""
    if last is None or last[1] is None or last[1].entity != entity or last[2] >= len(contents):
        return False
    asked = locals_[last[2]].words
    if asked is None or pronoun.lower_ not in ("he", "she") or pronoun.head.lemma_.lower() not in _ANSWERING:
        return False
    start, end = contents[last[2]]
    question = doc.text[start:end].rstrip(" '\"’”»,").endswith("?")
    return question and doc[asked[0] : asked[1]].root.head.lemma_.lower() == "ask"


def _addressed(
    doc: Doc, content: tuple[int, int], pronoun: Token, entities: Sequence[EntityInfo], asker: Resolved | None,
    lexicon: Lexicon,
) -> int | None:
    """The one person the last quote calls by name, set off by commas or ending it (``"Isn't it
    true, Ms. Forsythe, that ...?"``), whom "he" or "she" answering it stands for, when the
    gender fits and it is not who asked; else ``None``."""
    if pronoun.lower_ not in ("he", "she"):
        return None
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None:
        return None
    wanted = PERSON_PRONOUNS[pronoun.lower_]
    found: set[int] = set()
    for token in span:
        if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.i + 1 >= len(doc):
            continue
        first = token.i
        while first - 1 >= span.start and (doc[first - 1].pos_ == "PROPN" or lexicon.is_title(doc[first - 1].text)
                                           or joining_hyphen(doc[first - 1])):
            first -= 1  # "Ms. Forsythe", "Senator Lind", "Ms. Holm-Eriksen"
        before, after = doc[first - 1] if first > span.start else None, doc[token.i + 1]
        if (before is not None and before.text != ",") or after.text not in (",", "?", "!", "."):
            continue  # a call is set off by commas or ends the question: ", Ms. Forsythe,", ", Tom?"
        for entity in entities:
            names = {w.lower() for w in entity.name.replace("-", " ").split() if len(w) > 2}
            if (entity.type == "person" and token.lower_ in names and entity.gender in (None, wanted)
                    and (asker is None or asker.entity != entity.id)):
                found.add(entity.id)
    return found.pop() if len(found) == 1 else None


def _named_again(
    doc: Doc, words: TokenRange, earlier: Sequence[LocalSource], sources: Sequence[Resolved | None],
    paragraphs: list[int], lexicon: Lexicon,
) -> int | None:
    """The earlier quote whose unnamed source a definite role noun names again (``A spokesperson
    for the port, who declined to be named, said ... The spokesperson added``; ``Two
    investigators familiar with the inquiry told the Courier ... The investigators said``): "the"
    and a role noun (``role_nouns.txt``) alone, and the nearest earlier source, in this
    paragraph or the two before, that named no entity and has the same head noun in the same
    number (or an apposition with it: ``One of the employees, a radiologist, said ... the
    radiologist said``; or the plural after "one of": ``one of the doctors said ... The doctor
    said``), introduced there ("a", "another", a number or no determiner), with no
    other word for that noun between; else ``None``."""
    phrase = doc[words[0] : words[1]]
    head = phrase.root
    if (len(phrase) != 2 or phrase[0].lower_ != "the" or head.tag_ not in ("NN", "NNS")
            or head.lemma_.lower() not in lexicon.role_nouns):
        return None
    for index, before, source in _recent_sources(words, earlier, sources, paragraphs):
        root = doc[before[0] : before[1]].root
        described = [c for c in root.children if c.dep_ == "appos" and c.i >= before[1]]
        member = _one_of(root)  # "one of the doctors said ... The doctor said"
        other = next((t for t in (root, *described, *([member] if member is not None else []))
                      if t.lemma_.lower() == head.lemma_.lower()), None)
        if other is None:
            continue
        first, since = (doc[before[0]], before[1]) if other is root or other == member else (doc[other.left_edge.i], other.i + 1)
        number = "NN" if other == member else other.tag_
        if source.entity is not None or source.how != "words" or number != head.tag_:
            return None  # the nearest one with the noun is someone named, or of another number
        if first.tag_ in ("DT", "WDT", "WP") and first.lower_ not in ("a", "an", "another"):
            return None  # "That person", "what a partner": no source introduced there
        if any(t.lemma_.lower() == head.lemma_.lower() for t in doc[since : words[0]]):
            return None  # "... Ada Lind, the port's other spokesperson, ...": another one since
        return index
    return None


def _other_of_group(
    doc: Doc, words: TokenRange, earlier: Sequence[LocalSource], sources: Sequence[Resolved | None],
    paragraphs: list[int], lexicon: Lexicon,
) -> bool:
    """Whether "the other" and a role noun name one of an unnamed group of that noun that was a
    source in this paragraph or the two before (``Two diplomats in Seoul ... said ... The other
    diplomat said``)."""
    phrase = doc[words[0] : words[1]]
    head = phrase.root
    if (len(phrase) != 3 or phrase[0].lower_ != "the" or phrase[1].lower_ != "other" or head.tag_ != "NN"
            or head.lemma_.lower() not in lexicon.role_nouns):
        return False
    return any(doc[before[0] : before[1]].root.lemma_.lower() == head.lemma_.lower()
               and doc[before[0] : before[1]].root.tag_ == "NNS" and source.entity is None
               for _index, before, source in _recent_sources(words, earlier, sources, paragraphs))


def _institution_again(
    doc: Doc, words: TokenRange, earlier: Sequence[LocalSource], sources: Sequence[Resolved | None],
    paragraphs: list[int], entities: Sequence[EntityInfo], resolved: Resolved, lexicon: Lexicon,
) -> int | None:
    """The earlier quote whose source, an institution the text described but did not name, "the"
    and the same institution noun (``institution_heads.txt``) name again (``South Korea's
    defence ministry said ... The ministry denied the report``): the nearest earlier source with
    that head, in this paragraph or the two before, that named no entity, when the entity
    ``resolved`` found (if any) was last named before it; else ``None``."""
    phrase = doc[words[0] : words[1]]
    head = phrase.root
    if len(phrase) != 2 or phrase[0].lower_ != "the" or head.tag_ != "NN" or head.lower_ not in lexicon.institution_heads:
        return None
    for index, before, source in _recent_sources(words, earlier, sources, paragraphs):
        root = doc[before[0] : before[1]].root
        if root.lemma_.lower() != head.lemma_.lower() or not (root.tag_ == "NN" or (root.tag_ == "NNP" and root.is_lower)):
            continue  # (a common noun the tagger took for a name: "Kasimar's foreign [ministry] said")
        if source.entity is not None or source.how != "words":
            return None  # the nearest one with the noun is an entity: the resolver's own finding stands
        if resolved.entity is not None and any(before[0] <= start < words[0] for start, _end in entities[resolved.entity].mentions):
            return None  # the entity was named since
        return index
    return None


def _recent_sources(
    words: TokenRange, earlier: Sequence[LocalSource], sources: Sequence[Resolved | None], paragraphs: list[int]
) -> Iterator[tuple[int, TokenRange, Resolved]]:
    """The earlier quotes with source words and a resolved source, in the paragraph of
    ``words`` or the two before, nearest first: (index, source words, source)."""
    for index in range(len(earlier) - 1, -1, -1):
        before, source = earlier[index].words, sources[index]
        if before is not None and source is not None and paragraphs[words[0]] - paragraphs[before[0]] <= 2:
            yield index, before, source


def _company_again(
    doc: Doc, words: TokenRange, earlier: Sequence[LocalSource], sources: Sequence[Resolved | None],
    paragraphs: list[int], entities: Sequence[EntityInfo], by_token: dict[int, int], inside_quotes: set[int],
    lexicon: Lexicon,
) -> Resolved | None:
    """The organisation "the company" (a company noun with "the" alone, ``company_nouns.txt``)
    stood for when it was the source of a quote in this paragraph or the two before and no
    other organisation was named outside quotes since (``Halvorsen Pharma said ... The company
    said in a statement ... Patients should not stop, the company said``); else ``None``."""
    phrase = doc[words[0] : words[1]]
    if len(phrase) != 2 or phrase[0].lower_ != "the" or phrase.root.tag_ != "NN" or (
            _hyphenated_lemma(phrase.root) not in lexicon.company_nouns):
        return None
    for _index, before, source in _recent_sources(words, earlier, sources, paragraphs):
        if doc[before[0] : before[1]].text.lower() != phrase.text.lower():
            continue
        if source.entity is None or entities[source.entity].type == "person":
            return None
        if any(i in by_token and i not in inside_quotes and by_token[i] != source.entity
               and entities[by_token[i]].type in ("organization", "agency") for i in range(before[1], words[0])):
            return None  # another organisation named since
        return Resolved(source.entity, source.name, "nominal")
    return None


def _described_again(
    doc: Doc, words: TokenRange, earlier: Sequence[LocalSource], sources: Sequence[Resolved | None],
    paragraphs: list[int], entities: Sequence[EntityInfo], by_token: dict[int, int], inside_quotes: set[int],
    lexicon: Lexicon,
) -> Resolved | None:
    """The person a lede's description stood for (:func:`_named_next`) when "the" and the same
    role noun name them again, in this paragraph or the two before, with no other person named
    outside quotes since (``Marzana's transport minister said ... / Ada Lind told ... / The
    minister said``: Lind, though no words of hers call her a minister); else ``None``."""
    phrase = doc[words[0] : words[1]]
    head = phrase.root
    if len(phrase) != 2 or phrase[0].lower_ != "the" or head.tag_ != "NN" or head.lemma_.lower() not in lexicon.role_nouns:
        return None
    for _index, before, source in _recent_sources(words, earlier, sources, paragraphs):
        if doc[before[0] : before[1]].root.lemma_.lower() != head.lemma_.lower():
            continue
        if source.entity is None or source.how != "nominal+named-next":
            return None
        if _persons_named(doc[before[1] : words[0]], entities, by_token, inside_quotes) - {source.entity}:
            return None  # another person named since
        return Resolved(source.entity, source.name, "nominal+named-next")
    return None


def _described_in_lede(
    doc: Doc, words: TokenRange, paragraphs: list[int], entities: Sequence[EntityInfo], by_token: dict[int, int],
    inside_quotes: set[int], lexicon: Lexicon,
) -> Resolved | None:
    """The person a lede's subject described with "the" and the same role noun, said or not
    (:func:`_named_next`: ``The governor of the region appealed ... / Abdirahman Yusuf Galaydh,
    who has governed the region since 2019, told ... / The governor said``; ``the chief
    executive replied`` paragraphs after ``The chief executive of Brennmark acknowledged``), when
    no entity's words hold the noun (the caller's nominal found none), the phrase's modifiers
    are the lede's words and it comes after the name; else ``None``. The lede is a subject in
    the first three paragraphs (or set beside a dateline the parser took for the subject)."""
    phrase = doc[words[0] : words[1]]
    head = phrase.root
    if (phrase[0].lower_ != "the" or head != phrase[-1] or head.tag_ != "NN" or head.lemma_.lower() not in lexicon.role_nouns
            or any(t.dep_ not in ("amod", "compound") for t in phrase[1:-1])):
        return None
    modifiers = {t.lower_ for t in phrase[1:-1]}
    for token in doc[: words[0]]:
        if paragraphs[token.i] > 2:
            break
        if (token.lemma_.lower() != head.lemma_.lower() or token.tag_ != "NN" or token.dep_ not in ("nsubj", "nsubjpass", "appos")
                or token.i in inside_quotes or modifiers - {t.lower_ for t in token.subtree}):
            continue  # "the chief executive": "The chief executive of Brennmark National Bank acknowledged ..."
        found = _named_next(doc[token.left_edge.i : token.right_edge.i + 1], entities, by_token, inside_quotes, lexicon)
        if found is not None and found.entity is not None and entities[found.entity].mentions[0][0] < words[0]:
            return found
    return None


def _relaying_speaker(
    doc: Doc, rng: TokenRange, entities: Sequence[EntityInfo], last: tuple[int, Resolved | None, int] | None,
    paragraphs: list[int], by_token: dict[int, int], inside_quotes: set[int], lexicon: Lexicon,
) -> Resolved | None:
    """The news organisation that spoke last, in this paragraph or the one before, for a relay
    "it" (``The Meridian News Agency said ... It quoted Ada Lind as saying``), unless a news
    organisation is the subject of the main clause just before (``The Ostrovian State Telegraph
    Agency followed an hour later. It quoted ...``: that one); else ``None``."""
    if rng[1] - rng[0] != 1 or doc[rng[0]].lower_ != "it":
        return None
    subject = _previous_subject(doc, doc[rng[0]], by_token, inside_quotes, lexicon, main_only=True)
    if subject is not None and entities[subject].type == "agency":
        return Resolved(subject, entities[subject].name, "pronoun+subject")
    if last is None or last[1] is None:
        return None
    speaker = last[1]
    if speaker.entity is None or entities[speaker.entity].type != "agency" or paragraphs[rng[0]] - last[0] > 1:
        return None
    return Resolved(speaker.entity, speaker.name, "pronoun+previous-speaker")


#: Entity labels of proper names that name no one who could speak (a place, a date).
_PLACE_OR_TIME = PLACE_ENTITIES | {"EVENT"}


def _whole_word_of(short: str, name: str) -> bool:
    """Whether the last word of ``short`` (``Ms. Varga``) stands in ``name`` as a word of its
    own, not as part of a hyphened name (``Clara Varga-Mendel``)."""
    words = short.split()
    if not words:
        return False
    last = re.escape(words[-1].rstrip(".,"))
    return re.search(rf"(?<![\w\-]){last}(?![\w\-])", name, re.IGNORECASE) is not None


def _names_no_one_between(
    doc: Doc, previous: tuple[int, Resolved | None, int], mention: int, paragraphs: list[int], by_token: dict[int, int]
) -> bool:
    """Whether at most two paragraphs stand between the last speaker's paragraph and the one of
    the ``mention`` (a token), and they and the mention's paragraph up to it name no one but
    the last speaker: no proper name other than a place's or a date's, in quotation marks
    too. A scene the writer sets between one speaker's quotes (``Her laboratory is lined with
    trays. "...," she said``)."""
    first, speaker, _index = previous
    here = paragraphs[mention]
    if here - first > 3 or speaker is None or speaker.entity is None:
        return False
    start = bisect_right(paragraphs, first)  # the first token after the last speaker's paragraph
    return not any(
        (t.pos_ == "PROPN" or t.ent_type_ == "PERSON" or t.i in by_token) and not t.is_punct  # a "»" tagged PROPN
        and t.ent_type_ not in _PLACE_OR_TIME and by_token.get(t.i) != speaker.entity
        for t in doc[start:mention]
    )


def _reported_within(
    doc: Doc, words: TokenRange, locals_: Sequence[LocalSource], contents: Sequence[tuple[int, int]], index: int,
    inner: int | None = None,
) -> bool:
    """Whether ``words`` lie inside the content (a character range) of quote ``index``, whose
    own source came before them (``X said [workers had complained ...]``; not ``[Ruiz cites
    ...], according to Y``, where the report inside comes first); or, for quote ``inner``
    whose content lies inside quote ``index``'s, whether quote ``index``'s source is set
    between ``words`` and that content (``One guard, he said, had told him that ...``: what
    "he" reports)."""
    outer = locals_[index].mention or locals_[index].recipient
    if index >= len(contents) or outer is None:
        return False
    if outer[0] < words[0] and contents[index][0] <= doc[words[0]].idx < contents[index][1]:
        return True
    return (inner is not None and _inside_content(contents, inner, index) and words[1] <= outer[0]
            and doc[outer[1] - 1].idx < contents[inner][0] and doc[words[0]].sent == doc[outer[0]].sent)


def _inside_content(contents: Sequence[tuple[int, int]], inner: int, outer: int) -> bool:
    """Whether quote ``inner``'s content lies inside quote ``outer``'s (``One of them said she
    had kept a log [she was told to sign]``)."""
    return (inner < len(contents) and outer < len(contents)
            and contents[outer][0] <= contents[inner][0] and contents[inner][1] <= contents[outer][1])


def _named_between(
    doc: Doc, start: int, end: int, by_token: dict[int, int], inside_quotes: set[int], lexicon: Lexicon
) -> frozenset[int]:
    """Entities named outside quotation marks in tokens ``start..end`` as a subject or an
    object, or as the subject of a verb the parser took for a noun (``But Trump claims that
    ...``, ``Ines shrugs when asked ...``), or as the possessor of a main clause's subject
    (``Ruiz's goal came late. He ...``), who could be meant by a later pronoun; not another
    possessor (``in Berg's district``) nor a modifier (``a Trump rally``, ``Trump supporters
    said``)."""
    return frozenset(
        by_token[i] for i in range(start, end)
        if i in by_token and i not in inside_quotes and (
            doc[i].dep_ in _RIVAL_DEPS or (
                doc[i].dep_ == "compound" and by_token.get(doc[i].head.i) != by_token[i]
                and lexicon.is_verb(verb_lemma(doc[i].head, lexicon))
            ) or (
                doc[i].dep_ in ("compound", "amod") and _verb_read_as_plural(doc[i].head, i)
            ) or (
                doc[i].dep_ == "poss" and doc[i].head.dep_ in ("nsubj", "nsubjpass") and _in_main_clause(doc[i].head)
            )
        )
    )


#: Dependency labels of a name that puts a person in the reader's mind as a possible "he"/"she".
_RIVAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "appos", "conj"})


def _verb_read_as_plural(noun: Token, name_end: int) -> bool:
    """Whether ``noun``, right after a name that modifies it, is a verb in "-s" the parser read
    as a plural noun (``Ines shrugs when asked``): a plural with no determiner or modifier of its
    own that is no argument of anything (not ``Trump supporters said``, ``the Reyes brothers``)."""
    return (noun.i == name_end + 1 and noun.tag_ == "NNS" and noun.dep_ not in _NOMINAL_DEPS
            and not any(child.dep_ in ("det", "poss", "amod", "nummod") for child in noun.lefts if child.i != name_end))


#: Dependency labels of a noun that is an argument or a part of a noun phrase.
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "appos", "conj", "attr", "compound",
                           "npadvmod", "oprd", "poss"})


def _named_in(doc: Doc, entity: EntityInfo, content: tuple[int, int], entities: Sequence[EntityInfo] = ()) -> bool:
    """Whether one of the entity's mentions stands in the characters ``content``, or, for a
    person, a word of their name inside quotation marks there (``'Martin could not have
    written that riff'``), which no mention records; not a word the text also writes in lower
    case ("Will"), nor one another entity of ``entities`` has in its name ("Clinton" of
    Hillary Clinton's, when Bill Clinton is meant)."""
    start, end = content
    if any(start <= doc[first].idx < end for first, _ in entity.mentions):
        return True
    if entity.type != "person":
        return False
    shared = {w.lower() for other in entities if other.id != entity.id for w in other.name.split()}
    # "Penhallow-Vey" is two words to the tokenizer: its parts name the person too
    names = {p.lower() for w in entity.name.split() if w[:1].isupper() for p in w.split("-") if len(p) > 2} - shared
    span = doc.char_span(start, end, alignment_mode="expand")
    found = {t.text for t in span if t.text[:1].isupper() and t.lower_ in names} if span is not None else set()
    return bool(found - _lower_case_words(doc))


def _root(np: Span) -> Token:
    """The phrase's root; where the parser hung several of its words outside it side by side
    (``"...," de Klerk-Mahon said``, ``Mendes-Vaal's barrister ... told``: each a subject), the
    last noun of those; where it made a capitalised word of a name a preposition (``Than Myint
    Oo``, "Than" read as "than") or a name's particle its head (``Kamau wa Thiong'o``), the
    last proper noun; where it split a possessor at its hyphen and made the rest of the phrase
    an apposition (``Mendes-Vaal's barrister``), the possessed noun."""
    outside = [t for t in np if t.head == t or not np.start <= t.head.i < np.end]
    nouns = [t for t in outside if t.pos_ in ("NOUN", "PROPN") and t.text[:1].isalpha()]  # not a hyphen tagged a noun
    if len(outside) > 1 and nouns:
        return nouns[-1]
    root = np.root
    if name_read_as_preposition(root) or name_particle(root):  # or "Kamau [wa] Thiong'o", the particle the head
        return next((t for t in reversed(np) if t.pos_ == "PROPN"), root)
    role = possessed_role_split(root)  # "Mendes-Vaal's barrister": split at the hyphen, the barrister
    return role if role is not None and role.i < np.end else root


def news_name_hung_after(np: Span, head: Token, lexicon: Lexicon) -> Span | None:
    """The capitalised words right after a news phrase's head noun that the parser hung outside
    the phrase, whatever it tagged them (``the state news agency Notilus``: an adverb of the
    verb, typed a place), inside the phrase's range; else ``None``."""
    doc, end = np.doc, head.i + 1
    if head.pos_ != "NOUN" or end >= np.end or not lexicon.is_news_phrase([t.lower_ for t in doc[np.start : end]]):
        return None
    while end < np.end and doc[end].is_alpha and doc[end].text[:1].isupper() and doc[end].ent_type_ not in TIME_ENTITIES:
        end += 1
    first = doc[head.i + 1]
    if end == head.i + 1 or np.start <= first.head.i < np.end or not (
            first.pos_ == "PROPN" or first.ent_type_ or name_read_as_clause(first)):
        return None  # ("told the state news agency Estrapress that": read as the clause's verb)
    return doc[head.i + 1 : end]


def proper_part(doc: Doc, rng: TokenRange, lexicon: Lexicon | None = None) -> Span | None:
    """The proper name inside a noun phrase: the name at (or before) its head.

    ``the DongA Ilbo newspaper`` -> ``DongA Ilbo``; ``Mei Lin`` -> ``Mei Lin``;
    ``Meridian news agency of Portugal`` -> ``Meridian``; ``Tavrenian state television`` -> itself
    (a nationality NER typed, which names no outlet alone); ``unidentified officials`` -> ``None``;
    ``a lawyer for the port, Ada Lind`` -> ``Ada Lind`` (a name in apposition to a description).
    A token is part of a name when it is a capitalised proper noun or inside a named entity
    (the tagger calls some names nouns); a PERSON or ORG entity gives the name's extent.
    Titles, roles and the words that end an institution's or a company's name come from
    ``lexicon`` (the bundled lists by default).
    """
    lexicon = lexicon or Lexicon.default()
    np = doc[rng[0] : rng[1]]
    head = _root(np)
    if head.dep_ == "appos" and head.head.i < rng[0]:  # "spokeswoman [Dr. Halina] [Orlova-Brandt] said": the
        head = next((t for t in reversed(np) if t.pos_ == "PROPN" and not rng[0] <= t.head.i < rng[1]), head)  # subject
    hung = news_name_hung_after(np, head, lexicon)
    if hung is not None:  # "told the state news agency Notilus that": the parser hung the name on the verb
        return hung
    titled = _name_in_title_complement(head, rng, lexicon)
    if titled is not None:  # "Deputy Commissioner of Police Sunita Rangnekar-Baptiste": the parser
        return titled  # made the name the object of the title's "of"
    split = [t for t in np if t.i > head.i and split_subject(t, lexicon) == head]
    if split:  # of two subjects the parser split the phrase into, the name ("The newspaper Harbor Times")
        head = split[-1]
    first_part = head.i - 1 if joining_hyphen(head) and head.i > rng[0] else head.i  # the parser's head may be the hyphen
    reach = hyphenated_end(doc, first_part, limit=rng[1]) if name_particle(doc[first_part]) else head.i  # "al-Rashid"
    candidates = [t.i for t in doc[rng[0] : reach + 1] if is_name_token(t, lexicon) and not in_party_tag(t)]
    if (candidates and candidates[-1] == head.i - 1 and head.pos_ == "NOUN" and head.text[:1].isupper()
            and (head.lower_ in lexicon.company_name_words or head.lower_ in lexicon.agency_name_words)):
        candidates.append(head.i)  # "Meridex Pharma Distribution", "Khan Bolor TV": its trade's word tagged a common noun
    apposed = named_apposition(head, lexicon)
    if apposed is not None and in_party_tag(apposed):
        apposed = None  # "state Del. Marcia Price (D-Newport News)": where she is from, not her name
    if apposed is not None and apposed.i < rng[1] and (head.i not in candidates or head.pos_ == "PROPN"):
        # "a lawyer for the port, Ada Lind"; "Trump's running mate, Mike Pence", "A Pentagon
        # spokesman, Mark Ruddle": not the possessor nor the name that modifies the head
        end = hyphenated_end(doc, apposed.right_edge.i, limit=rng[1] - 1) + 1  # "chief of staff Ryu Ga-[eun]": the
        # given name's second half, which the parser hung elsewhere
        for more in head.rights:  # "Cllr [Rukhsana] [Patel-Hargreaves]", "[Shin Ye]-[rin]": a name the parser split in two
            if more.dep_ == "appos" and (more.pos_ == "PROPN" or hyphened_lower_end(more)) and (
                    more.left_edge.i == end or (more.left_edge.i == end + 1 and joining_hyphen(doc[end]))):
                end = more.right_edge.i + 1  # (and "Moon Ga-[eun]", the given name's end read as a common noun)
        first = apposed.left_edge.i
        if (first >= 2 and rng[0] < first - 1 and doc[first - 1].lower_ in _patronymics()
                and doc[first - 2].ent_type_ == "PERSON"):  # "Siti Aishah binti [Mokhtar]": the parser
            first = max(_entity_span(doc, first - 2).start, rng[0])  # apposed the patronymic and the father's name
        return proper_part(doc, (first, min(rng[1], end)), lexicon)
    if not candidates:
        return None
    if (head.is_lower and lexicon.news_medium(head.lower_) is not None and head.i < rng[1]
            and all(doc[i].ent_type_ == "NORP" and doc[i].head.i > i for i in candidates)):
        return doc[candidates[0] : head.i + 1]  # "Tavrenian state television": a nationality the tagger read as a
        # name, which names the outlet only with its head
    end = candidates[-1]
    ent = _entity_at(doc, end)
    if ent is not None and ent.label_ == "PERSON":
        ent = _whole_name(ent)
    start = end
    while start - 1 >= rng[0] and (_name_like(doc[start - 1]) or _joins_modifiers(doc, start - 1)
                                    or _office_of_a_title(doc, start - 1, doc[end], lexicon)
                                    or _possessive_inside(doc, start - 1, ent, lexicon)
                                    or _saint_before(doc, start - 1)  # "[St.] Orla's General Hospital"
                                    or _number_inside_channel_name(doc, start - 1, rng[0], lexicon)  # "Channel [6] X"
                                    or _owner_of_generic_body(doc, start - 1, end, lexicon)
                                    or (start + 1 < len(doc) and doc[start].tag_ == "POS"
                                        and _owner_of_generic_body(doc, start, end, lexicon))
                                    or (ent is not None and ent.label_ == "ORG" and _possessive_between_words(doc[start - 1]))
                                    or ((ent is None or len(ent) == 1 or ent.label_ != "PERSON")
                                        and _organisation_word(doc[end], lexicon)
                                        and _possessive_between_words(doc[start - 1], person_after=True))
                                    or _frequency_inside(doc, start - 1, rng[0], doc[end], lexicon)):
        start -= 1  # ("The Hill Country Workers' [Congress]": NER cut the name after the plural's possessive; "The
        # Kampala Traders' Alliance", "the Workers' Banner", "The Scottish Police Officers’ Association": a name that
        # ends in an organisation's word, which NER missed, typed alone or took for a work's title)
    opener = next((k for k in range(start - 1, max(start - 5, doc[start].sent.start - 1), -1) if family_name_opener(doc[k])
                   and _past_family_name_opener(doc, k + 1) == end + 1), None)
    if opener is not None:  # "Seumas Mac an t-[Saoir]": the article's words between are no name's; the parser
        start = opener  # may leave the opener and the given name out of the phrase ("Mòrag Nic [an Tòisich], ... said")
        while start - 1 >= min(rng[0], doc[opener].sent.start) and _name_like(doc[start - 1]) and (
                start > rng[0] or doc[start - 1].ent_type_ == "PERSON"):
            start -= 1
    opening = particles_before(doc, start, rng[0])
    if opening < start and opening - 1 >= rng[0] and _name_like(doc[opening - 1]):
        start = opening - 1  # "Dr. Miriam van der [Linde]": NER typed the family name alone
        while start - 1 >= rng[0] and _name_like(doc[start - 1]):
            start -= 1
    if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_.rstrip(".") in lexicon.titles:
        complement = _entity_at(doc, start)  # "Secretary of [State] Ana Ruiz": the title's, not the name's
        if complement is not None and complement.label_ != "PERSON" and complement.end <= end:
            start = complement.end
    elif start < end and _ends_title_complement(doc, start, lexicon):
        complement = _entity_at(doc, start)
        if complement is not None and complement.label_ != "PERSON" and complement.start < start and complement.end <= end:
            start = complement.end  # "Minister of [Mining and Heavy Industry] Dashdondogiin Narantsetseg": NER's extent
        else:
            start += 1  # "Minister of Industry and [Trade] Tran Van Hoa": the complement's last word
    stop = end + 1
    if (ent is not None and ent.label_ in ("GPE", "LOC", "FAC", "WORK_OF_ART") and ent.start <= start
            and end < ent.end <= rng[1] and doc[ent.end - 1].pos_ == "PROPN" and doc[ent.end - 1].lower_ in lexicon.institution_heads):
        start, stop = max(ent.start, rng[0]), ent.end  # "[The Horn of Africa Development Council]" typed a place or a
        # work (its head "Horn", or "Council"): a body's name, which ends in its head word
    if ent and ent.label_ in ("PERSON", "ORG"):
        # NER knows where a person's name starts when the name heads the phrase ("Secretary of
        # State Mike Pompeo") or a conjunct or apposition in it; before a common noun ("The DongA Ilbo
        # newspaper") it does not
        # ("He and House Judiciary Committee Chairman Bob Goodlatte (R-Va.) both condemned")
        trust_start = (ent.label_ == "PERSON" and (end == head.i or doc[end].dep_ in ("conj", "appos"))
                       and _plural_owner_cut_off(ent, lexicon) is None)  # (not "the Workers' [Banner]")
        start = max(ent.start, rng[0]) if trust_start else min(start, max(ent.start, rng[0]))
        if start - 4 >= rng[0]:  # "Kavitha a/p [Subramaniam]": the name before "a/p"
            start = _before_split_patronymic(doc, start, ent.end, types=("PERSON",))
        stop = min(ent.end, rng[1])
        apart = _given_name_apart(doc, start - 1, ent) if start > rng[0] else None
        if start > rng[0] and (_left_name_part(doc[start - 1], ent, lexicon) or apart is not None):
            start = start - 1 if apart is None else max(apart, rng[0])  # NER cut off a rare given name
            first = start  # ("Aribel [Corkov]"), or "[Gazette]"'s first word, or typed it apart ("[Anne-Sophie] [Mbaye]")
            while first > rng[0] and _left_name_part(doc[first - 1], ent, lexicon):
                first -= 1
            if (ent.label_ == "PERSON" and first > rng[0] and doc[first - 1].ent_iob_ == "B" and doc[first - 1].ent_type_ == "PERSON"
                    and doc[first - 1].pos_ == "PROPN" and doc[first].ent_iob_ != "I"):
                first -= 1  # "[Quach] Minh [Tuan]": a family name NER typed a person's name of its own, a word apart
            apart = _given_name_apart(doc, first - 1, ent) if first > rng[0] else None
            if apart is not None:
                first = max(apart, rng[0])  # "[Mariana] Tavares [Quintela]": NER typed the given name on its own
            if first < start and (_opens_a_name(doc, first, lexicon) or all(
                    t.is_alpha and t.is_title and not lexicon.english_word(t.text) for t in doc[first:start])):
                start = first  # or a given name and more ("Vera [Petrovna Marchenko]", "Vera Petrovna [Marchenko]"),
                # or words no dictionary holds ("Farhana Akter [Mitu]")
        while (start - 2 >= rng[0] and ent.label_ == "PERSON" and joining_hyphen(doc[start - 1])
               and doc[start - 2].pos_ == "PROPN" and doc[start - 2].is_alpha and doc[start - 2].text[:1].isupper()):
            start -= 2  # "Ole-[Petter Brandvold]": NER cut a hyphenated given name at its hyphen
    if (ent is not None and ent.label_ == "ORG" and start >= 2 and doc[start - 1].lower_ == "of"
            and doc[start - 2].lower_.rstrip(".") in lexicon.titles and given_gender(doc[start].text) is None):
        given = next((k for k in range(start + 1, end) if given_gender(doc[k].text) is not None), None)
        if given is not None:  # "Secretary of [Defense Leon Panetta]", typed one organisation: the given name opens
            start = given  # the person's name
    name_end = ((name_clause_end(head) or _institution_name_end(head, lexicon) or _place_name_end(head, lexicon))
                if end == head.i else None)
    if name_end is not None and name_end < rng[1]:
        stop = max(stop, name_end + 1)  # "The Coalition to Save the Harbor", "The Center for Media and Public Affairs"
    stop = hyphenated_end(doc, stop - 1, limit=rng[1]) + 1  # "Kim Jong-un", "Ri Sol-ju"
    if stop + 3 <= rng[1] and hyphened_given_name_misread(doc, stop - 1):
        stop += 3  # "Ahn [So]-[yeon]": a given name whose halves the tagger read as an adverb and a noun
    stop = _past_particles(doc, stop, rng[1])  # "Ferreira dos Santos", where the parser made "Ferreira" the head
    if _second_news_medium(doc, stop, rng[1], lexicon):
        stop += 2  # "[Velandran Television] and Radio"
    numbered = stop < rng[1] and _news_name_number(doc, start, stop, lexicon)
    if numbered:
        stop += 1  # "Sagar News 24": a news name's number, which NER left out
    else:  # or typed with it ("The private broadcaster [Coastline 24]")
        numbered = stop - 1 > start and _news_name_number(doc, start, stop - 1, lexicon)
    dash = next((t.i for t in doc[start + 1 : stop - 1] if t.text in DASHES and not joining_hyphen(t)), None)
    if dash is not None:  # NER ran a name across a dash: "ROME - Bernie Sanders met ...", the
        if dateline_end(doc, dash) == dash + 1:  # dateline before it; "Ada Lind - Tom Berg's
            start = dash + 1  # partner - said", the name before it
        else:
            stop = dash
    conjunction = next((t.i for t in doc[start + 1 : stop] if t.pos_ == "SCONJ" and t.is_lower), None)
    if conjunction is not None:  # NER ran a name across a clause's opening: "wrote on [Facebook that Budapest] had ..."
        stop = conjunction
    bracket = next((t.i for t in doc[start + 1 : stop] if t.text == "("), None)
    if bracket is not None:  # "Federal Bureau of Investigation (FBI)": the initials are no part of it
        stop = bracket
    comma = max((t.i for t in doc[start + 1 : stop - 1] if t.text == ","), default=None)
    if comma is not None and ent is not None and ent.start < comma < ent.end - 1:
        start = comma + 1  # "the governor of [Tete, Joaquim Nhantumbo]": NER ran a place and a name across a comma
    while start < stop and (not (capitalised(doc[start].text) or _hyphened_particle(doc, start))
                            or doc[start].lower_ in _CORRELATIVES):
        start += 1  # "the", "spokesperson" in a PERSON span; "Neither" in "[Neither Cruz] nor ..."
    while stop > start and (doc[stop - 1].is_punct or not (
            _name_part(doc, stop - 1) or _channel_number(doc, stop - 1, ent) or (numbered and doc[stop - 1].is_digit))):
        stop -= 1  # "Meridian news agency" (an ORG span) names "Meridian"
    while (stop - start >= 2 and doc[start].is_sent_start and doc[start].text in _lower_case_words(doc)
           and not particle_word(doc[start].text) and not _organisation_name(doc[start:stop], lexicon)
           and not (ent is not None and ent.label_ == "ORG" and ent.start == start and len(ent) >= 3)
           and not _organisation_after(doc, stop, lexicon)
           and not _family_then_given(doc[start:stop].text.replace(" - ", "-").split())):  # (not "Park Ji-hoon"
        # after "the car park": a family name before a given name of romanised syllables)
        start += 1  # "Rival Hillary Clinton had mocked ...": capitalised only as the sentence's first word;
        # not "Van der Linde said", a particle of the name "Miriam van der Linde", nor "Open Waters Pacific, a
        # transparency group, said": an organisation's name, nor one of three words NER found ("Children First
        # International said", though "children" is written in lower case elsewhere)
    if stop - start >= 3 and _opening_description(doc[start], lexicon) and not (
            ent is not None and ent.label_ == "ORG" and ent.start <= start) and not (  # not "Brannock Marine Industries"
            _organisation_name(doc[start:stop], lexicon)):  # nor "[Kestrel Ridge Minerals]", NER's person's name
        start += 1  # "Billionaire Donald Trump praised ..."
    elif stop - start == 2 and _word_before_family_name(doc[start], doc[start + 1], lexicon):
        start += 1  # "Tearful Valcárcel tells court ...": a headline's adjective before Rocío Valcárcel's family name
    if (stop - start >= 3 and doc[stop - 1].text.isupper() and doc[stop - 1].lower_.rstrip(".") in post_nominals()
            and plain_proper_name(doc[start : stop - 1], lexicon)):
        stop -= 1  # "Their barrister, Priya Anand SC, said": letters after the name, no part of it
    if start >= stop:
        return None
    stop = _past_family_name_opener(doc, stop)  # "Ruairí Mac an tSaoi", "Seán Ó hUiginn": a Gaelic family name's
    # words after its opener, which the parser may leave out of the phrase
    stop = _past_split_patronymic(doc, stop)  # "[Selvakumar] a/l Rajagopal", NER's name an organisation's
    start, stop = _around_nickname(doc, start, stop)  # 'Siriphong "Pong" [Athikarn]', 'Sen. Teodoro "[Teddy]" dela Paz'
    if (abbreviated := _with_name_abbreviation(doc, start)) >= rng[0]:
        start = abbreviated  # "Secretary Ma. Consuelo Reyes"
    return doc[start:stop]


def _organisation_after(doc: Doc, end: int, lexicon: Lexicon) -> bool:
    """Whether a comma, "the" or "a" and an organisation's noun follow a name that ends before
    token ``end`` (``[Thorne Whitcombe Advisory], the firm appointed to ...``: NER typed the name
    a building; ``Open Waters Pacific, a transparency group``)."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("the", "a", "an"):
        return False
    noun = doc[end + 1].head
    return (noun.i > end + 1 and noun.pos_ == "NOUN" and all(t.pos_ in ("ADJ", "NOUN") for t in doc[end + 2 : noun.i])
            and noun.lemma_.lower() in lexicon.organisation_nouns | lexicon.company_nouns | lexicon.institution_heads)


def _organisation_name(name: Span, lexicon: Lexicon) -> bool:
    """Whether ``name`` ends in an institution's or a company's word or is a news organisation's
    (``Continental Press Wire``), also before its "of" (``National Television of Estavia``),
    whose first word is part of it wherever it stands."""
    of = next((t.i for t in name[1:] if t.lower_ == "of"), None)
    if of is not None and _organisation_name(name.doc[name.start : of], lexicon):
        return True
    last = name[-1].lower_
    return last in lexicon.institution_heads or last in lexicon.company_name_words or lexicon.is_news_phrase(
        [t.text for t in name])


def _second_news_medium(doc: Doc, end: int, limit: int, lexicon: Lexicon) -> bool:
    """Whether "and" at token ``end`` joins a second news medium's capitalised word to a name that
    ends in one (``[Velandran Television] and Radio``, which NER typed apart), before ``limit``."""
    return (end + 1 < limit and doc[end].lower_ in ("and", "&") and lexicon.news_medium(doc[end - 1].lower_) is not None
            and doc[end + 1].is_title and lexicon.news_medium(doc[end + 1].lower_) is not None)


def _news_name_number(doc: Doc, start: int, stop: int, lexicon: Lexicon) -> bool:
    """Whether token ``stop`` is a number of up to three digits that ends the news name in
    tokens ``start..stop`` (``Sagar News 24``, which NER types apart), counting no noun after it
    (not ``Fox News 20 years ago``), or a capitalised number word after a news medium's noun,
    the phrase's head (``state broadcaster Kestavia One``)."""
    number = doc[stop]
    described = start > 0 and lexicon.news_medium(doc[start - 1].lower_) is not None  # "The private broadcaster Coastline 24"
    spelled = number.text in _CAPITALISED_NUMBERS and all(t.head == number for t in doc[start:stop])  # "state broadcaster
    # Kestavia One said": the number the name's head
    return ((number.is_digit and len(number) <= 3 and start <= number.head.i < stop) or (spelled and described)) and (
        described or lexicon.is_news_phrase([t.text for t in doc[start:stop]]))


#: Numbers spelt out with a capital that end a channel's name ("Kestavia One").
_CAPITALISED_NUMBERS = frozenset({"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"})


def _channel_number(doc: Doc, i: int, ent: Span | None) -> bool:
    """Whether token ``i`` is a number that ends an organisation's name NER typed whole, after a
    capitalised word (``KVRT Channel 7``, ``Radio 4``)."""
    return (ent is not None and ent.label_ == "ORG" and ent.start < i < ent.end and doc[i].tag_ == "CD"
            and doc[i].text.isdigit() and doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha)


#: Prepositions inside an institution's name (``Center for ...``, ``Bank of ...``, ``Council on ...``,
#: ``Coalition Against Graft``).
_NAME_PREPOSITIONS = frozenset({"for", "of", "on", "against"})


def _name_in_title_complement(head: Token, rng: TokenRange, lexicon: Lexicon) -> Span | None:
    """The person's name NER found at the end of a title's "of" or "for" complement that the
    parser made the complement's object (``Deputy Commissioner of [Police Sunita
    Rangnekar-Baptiste]``, ``State Minister for [Labour Abdul Karim Bhuiyan]``):
    capitalised words without an entity between "of" and the name, those after an
    institution's word in them part of the name (``Superintendent of Police Ashok [Kumar
    Tiwari]``); or a name NER missed that opens with initials (``Superintendent of Police K.
    Ramesh``); else ``None``."""
    doc = head.doc
    if not lexicon.is_title(head.text) or not head.text[:1].isupper():
        return None
    of = next((c for c in reversed(list(head.rights)) if c.dep_ == "prep" and c.lower_ in ("of", "for")), None)  # the
    # last one ("Minister of State for Space Harish Raghavan")
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if of is None or obj is None or obj.i >= rng[1]:  # (a clause on the name may run past the mention)
        return None
    joined = [c for c in obj.conjuncts if obj.i < c.i < rng[1] and c.pos_ == "PROPN"] if not obj.ent_type_ else []
    if joined:  # "Minister for Tourism and [Sport Eileen Carrow]": the parser made the name the complement's second
        obj = joined[-1]  # conjunct, and NER ran it over the complement's last word: the given name opens it
        first = _name_after_complement(obj, of, lexicon)
        if first == obj.i or not obj.text.istitle():
            return None
    else:
        first = obj.i
    while first - 1 > of.i + 1 and _initial(doc[first - 1]):
        first -= 1
    if first == obj.i and not obj.ent_type_:
        first = _name_after_complement(obj, of, lexicon)  # "Minister of Water and Energy Joram Mbatiany", NER's no name
    if obj.ent_type_ != "PERSON" and not joined and not (first < obj.i and not obj.ent_type_ and (
            (obj.pos_ == "PROPN" and obj.text.istitle()) or hyphened_lower_end(obj))):
        return None
    ent = (_entity_at(doc, obj.i) if obj.ent_type_ == "PERSON" and not joined
           else Span(doc, first, obj.i + 1, label="PERSON"))
    if ent is None or ent.start <= of.i + 1 or ent.end != obj.i + 1:
        return None
    between = doc[of.i + 1 : ent.start]
    if not all((t.text[:1].isupper() and (t.ent_type_ in ("", "ORG") or joined) and t.pos_ == "PROPN")
               or (t.lower_ in ("and", "&") and of.i + 1 < t.i < ent.start - 1) for t in between):
        return None  # (capitalised words, "and" between them: "Minister of Industry and Trade"; NER may type
        # them an organisation: "Minister for [Marine Resources] Einar Thorvaldsson")
    last = max((t.i for t in between if t.lower_ in lexicon.institution_heads), default=None)
    if last is not None and last + 1 < ent.start and ent.start - last <= 3:
        # "Superintendent of Police Ashok [Kumar Tiwari]": the words after the institution's are the name's
        return _whole_name(Span(doc, last + 1, ent.end, label=ent.label_))
    whole = _whole_name(ent)
    if any(t.ent_type_ == "ORG" for t in between):  # the complement NER typed is no part of the name before it
        return Span(doc, ent.start, whole.end, label=ent.label_)
    return whole


def _name_after_complement(obj: Token, of: Token, lexicon: Lexicon) -> int:
    """The first token of the name NER missed at the end of a title's complement, which the
    parser made the complement's object with the complement's own words hung on it apart
    (``Minister of [Water and Energy] Joram Mbatiany``: "Water" a modifier of "Mbatiany", "Joram"
    its compound): the proper nouns compounded on the object right before it, when a word of the
    complement that is no compound stands before them, or, where the parser compounded the
    complement's words on the name too (``Minister of State for [Space] Harish Raghavan``), the
    first of them that is a given name the lists know or, after dictionary words only, a word no
    dictionary holds (``english_words``); else the object's own index."""
    doc = obj.doc
    first = obj.i - 2 if hyphened_lower_end(obj) else obj.i  # ("Kwon Hye-sun": the object is the given name's end)
    while (first - 1 > of.i + 1 and doc[first - 1].dep_ == "compound" and doc[first - 1].head == obj
           and doc[first - 1].pos_ == "PROPN" and doc[first - 1].text.istitle()):
        first -= 1
    before = doc[first - 1]
    if first < obj.i and before.i > of.i and before.dep_ != "compound" and before.text[:1].isupper():
        return first
    run = obj.i - 2 if hyphened_lower_end(obj) else obj.i  # "Minister of State for [Space] Harish Raghavan": the parser compounded the complement's word on the
    while (run - 1 > of.i and doc[run - 1].dep_ == "compound" and run <= doc[run - 1].head.i <= obj.i  # name; a given
           and doc[run - 1].pos_ == "PROPN" and doc[run - 1].text.istitle()):  # name the lists know, or a word no
        run -= 1  # dictionary holds after the complement's words, opens the name
    return next((k for k in range(run + 1, obj.i) if given_gender(doc[k].text) is not None or (
        not lexicon.english_word(doc[k].text) and all(lexicon.english_word(t.text) for t in doc[run:k]))), obj.i)


def _initial(token: Token) -> bool:
    """Whether a token is a capital letter and its full stop, a name's initial (``K.``)."""
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."


def _complemented_title(doc: Doc, start: int, lexicon: Lexicon) -> str | None:
    """The title (lower case, no full stop) whose "of" complement of capitalised words ends
    right before token ``start`` (``Minister of Agriculture and Livestock [Ada Lind]``,
    ``Secretary of State [Ana Ruiz]``), else ``None``."""
    of = _complement_opening(doc, start - 1, max(0, start - 8))
    if of is None or of == 0 or not any(t.text[:1].isupper() for t in doc[of + 1 : start]):
        return None  # not "president of the [Federation of ...]": the name is the complement
    title = doc[of - 1].lower_.rstrip(".")
    return title if title in lexicon.titles else None


def _ends_title_complement(doc: Doc, start: int, lexicon: Lexicon) -> bool:
    """Whether the word at ``start`` follows "and" in a title's "of" complement (``Minister of
    Industry and Trade``): capitalised words, "and" or "the" back to "of" after a title."""
    if doc[start - 1].lower_ not in ("and", "&"):
        return False
    of = _complement_opening(doc, start - 2, max(0, start - 8))
    return of is not None and of > 0 and doc[of - 1].lower_.rstrip(".") in lexicon.titles


def _complement_opening(doc: Doc, last: int, floor: int) -> int | None:
    """The "of" that opens a title's complement ending at token ``last``: looking back to it (not
    to ``floor``) over capitalised words, "and", "&" and "the"; else ``None``."""
    for i in range(last, floor, -1):
        if doc[i].lower_ == "of":
            return i
        if not (doc[i].text[:1].isupper() or doc[i].lower_ in ("and", "&", "the")):
            return None
    return None


def _institution_name_end(head: Token, lexicon: Lexicon) -> int | None:
    """The last token of a capitalised phrase that continues an institution's name after its
    head (``The Center for Media and Public Affairs``, where NER found only "Public
    Affairs"; ``Kessler for Michigan, the former governor's campaign committee``, which an
    apposition says is an institution, or initials in brackets after it spell, ``the Movement
    for People's Dignity (MPD)``, or "which" after it, ``Physicians for Vaccine Safety, which
    ...``), or ``None``; so does a name apposed to the noun of an outlet, institution or
    organisation (``The ruling party's newspaper, Light of the Vanguard,``)."""
    if not head.text[:1].isupper():
        return None
    prep = next((c for c in head.rights if c.i == head.i + 1 and c.dep_ == "prep" and c.lower_ in _NAME_PREPOSITIONS), None)
    if prep is None or prep.right_edge.i == prep.i:
        return None
    doc = head.doc
    end = next((t.i for t in doc[prep.i + 1 : prep.right_edge.i + 1] if not (
        t.text[:1].isupper() or t.lower_ in NAME_JOINERS or _possessive_between_words(t))), prep.right_edge.i + 1) - 1
    if end == prep.i or (end < prep.right_edge.i and doc[end + 1].text not in (",", "(")):
        return None  # (its initials in brackets may follow: "the Movement for People's Dignity (MPD)")
    # the parser may hang the apposition on the name's last word; not "Ada Lind of Berenberg,
    # a private bank": a person of an institution
    bodies = lexicon.institution_heads | lexicon.organisation_nouns
    described = any(c.dep_ == "appos" and ((prep.lower_ != "of" and c.lemma_.lower() in bodies)  # "The Hostage
                                           or lexicon.is_news_phrase([c.lower_])  # Observatory for West Africa, a
                                           or lexicon.is_news_phrase([t.text for t in doc[c.left_edge.i : c.i + 1]]))
                    for t in (head, doc[end]) for c in t.rights)  # monitoring group,", "the Regional Observatory on
    # Prisons, a research group"; "Banner of the Dawn, the ruling party's newspaper,", "Voice of Lanshui, the
    # provincial radio station,": a paper's or station's name
    outlet = head.dep_ == "appos" and head.head.pos_ == "NOUN" and (  # "The party's newspaper, Light of the Vanguard,"
        lexicon.is_news_phrase([head.head.lower_]) or head.head.lemma_.lower() in lexicon.institution_heads
        or head.head.lemma_.lower() in lexicon.organisation_nouns)  # "A smaller group, Physicians for Vaccine Safety,"
    initialled = end + 3 < len(doc) and doc[end + 1].text == "(" and doc[end + 3].text == ")" and is_initialism(
        doc[end + 2].text, doc[head.i : end + 1].text)  # "the Movement for People's Renewal (MPR)": its initials
    which = prep.lower_ in ("for", "against") and end + 2 < len(doc) and doc[end + 1].text == "," and (
        doc[end + 2].lower_ == "which")  # "Physicians for Vaccine Safety, which had criticised ...": no person's
    return end if head.lemma_.lower() in lexicon.institution_heads or described or outlet or initialled or which else None


#: Plurals that take "'s" for their possessive ("the Movement for People's Renewal").
_PLURALS_WITH_S = frozenset({"people", "women", "men", "children"})


def _possessive_between_words(token: Token, person_after: bool = False) -> bool:
    """Whether ``token`` is a plural's possessive between two capitalised words of one name
    (``the Federation of Cocoa Farmers' Cooperatives``, where NER cut the name after it; ``the
    Movement for People's Renewal``; not ``the Agency's Clean Power Plan``, nor, unless
    ``person_after`` allows a word NER typed a person's after it, ``the Times' Tom Berg``)."""
    doc = token.doc
    before = doc[token.i - 1]
    plural = token.text in ("'", "’") or (token.lower_ in ("'s", "’s") and (before.lower_ in _PLURALS_WITH_S or (
        len(before) >= 6 and before.lower_.endswith("men") and before.ent_type_ not in ("GPE", "LOC", "PERSON"))))
    # ("the Norwegian Deep-Sea Fishermen's Federation": a plural in "-men")
    return ((token.tag_ == "POS" or apostrophe_read_as_closing_mark(token)) and plural and 0 < token.i < len(doc) - 1
            and doc[token.i - 1].text[:1].isupper() and doc[token.i + 1].text[:1].isupper()
            and (person_after or doc[token.i + 1].ent_type_ != "PERSON"))


def _frequency_inside(doc: Doc, i: int, first: int, last: Token, lexicon: Lexicon) -> bool:
    """Whether token ``i`` is a number between a capitalised name word (from token ``first``
    on) and the news word that ends a station's name (``Irie Talk 95 FM``)."""
    return (doc[i].like_num and i - 1 >= first and doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha
            and last.lower_ in lexicon.agency_name_words and last.i > i)


def _in_possessor(token: Token, head: Token) -> bool:
    """Whether ``token`` stands in a possessor of ``head``'s phrase (``[Trump's] running mate``)."""
    while token != head and token.head != token:
        if token.dep_ == "poss":
            return True
        token = token.head
    return False


def _lower_case_words(doc: Doc) -> set[str]:
    """The words the article writes in lower case, capitalised (``rival`` -> ``Rival``), not the
    lower-case end of a hyphenated name (``Chi-wai``)."""
    words = doc.user_data.get("quotekit_lower_case")
    if words is None:
        words = doc.user_data["quotekit_lower_case"] = {
            t.text.capitalize() for t in doc if t.is_lower and t.is_alpha and not hyphened_lower_end(t)}
    return words


def _left_name_part(token: Token, ent: Span, lexicon: Lexicon) -> bool:
    """A capitalised proper noun just before a named entity that the entity leaves out though
    it belongs to the same name: a compound of a word of the entity (or, a given name, of the given
    name after it), in no entity, not a title or
    role noun (``lexicon``'s lists), and not the end of a title phrase ("Secretary of State Mike
    Pompeo")."""
    doc = token.doc
    return (
        is_name_token(token, lexicon)
        and token.pos_ == "PROPN"
        and token.dep_ == "compound"
        and (token.head.i in range(ent.start, ent.end) or (  # "[Luz] Marina Quispe [Huamán]": or the given
            token.i < token.head.i < ent.start and a_given_name(token.text)  # name after, or the word NER left out
            and (a_given_name(token.head.text) or token.head.head.i in range(ent.start, ent.end))))  # ("Justice
        # [Marina] Hew [Li Ting]")
        and (not token.ent_type_ or _given_name_run_into_date(token))  # ("MARROWGATE, [June 9 - Dorian] Vasquez-Hale")
        and token.lower_.rstrip(".") not in lexicon.titles
        and token.lower_ not in lexicon.role_nouns  # "Meteorologist Sam Ortiz": a role, capitalised before the name
        and (token.i == 0 or doc[token.i - 1].lower_ != "of" or (  # not "Secretary of [State] Mike Pompeo"; but
            a_given_name(token.text) and not (token.i > 1 and lexicon.is_title(doc[token.i - 2].text))))  # "of Mehmet [Ali
    )  # Kocabaş]": a given name the lists know


def _given_name_run_into_date(token: Token) -> bool:
    """Whether ``token``, right after a dateline's dash, is the end of a date NER ran past the
    dash into the name (``MARROWGATE, [June 9 - Dorian] Vasquez-Hale``): a given name, whatever
    its type (:func:`~quotekit.speaker.past_dateline`'s ``_past_dated_dash`` finds such a name
    from the name's own phrase, where the parser hung the date on it)."""
    doc = token.doc
    return (token.ent_type_ in TIME_ENTITIES and token.i >= 1 and doc[token.i - 1].text in DASHES
            and dateline_end(doc, token.i - 1) == token.i and a_given_name(token.text))


def _opens_a_name(doc: Doc, first: int, lexicon: Lexicon) -> bool:
    """Whether the proper nouns NER left out before a person's name from token ``first`` are
    the name's start: a given name the lists know (``Vera Petrovna [Marchenko]``) or NER calls a
    person's, or a courtesy title stands before them (``Begum Farkhanda Nausheen [Ghilzai]``:
    ``honorifics.txt``), or a capitalised office's title or role (``Special Prosecutor Nusrat
    Jabeen [Awan]``)."""
    before = doc[first - 1] if first > 0 else None
    titled = before is not None and (before.lower_.rstrip(".") in lexicon.honorifics or (before.text[:1].isupper() and (
        lexicon.is_title(before.text) or before.lower_ in lexicon.role_nouns)))
    person = doc[first].ent_iob_ == "B" and doc[first].ent_type_ == "PERSON"  # "[Gulnara] Timurovna [Saparova]"
    return titled or person or given_gender(doc[first].text) is not None


def _split_given_name(token: Token, ent: Span) -> bool:
    """A given name the lists know, just before a person's name NER found, that NER typed as a
    person's name of one word on its own though the parser makes it a compound inside the same
    name (``[Mariana] Tavares [Quintela]``), or before one word NER typed otherwise
    (``[Gulnara] Timurovna [Saparova]``, "Saparova" an organisation); or one NER typed a place
    or a group before a person's name (``[Galina] [Petrovna Zhuravlyova]``, ``[Magnus]
    [Reinert]``, "Galina" and "Magnus" places)."""
    typed = token.ent_type_ == "PERSON" or (token.ent_type_ in ("GPE", "NORP", "ORG") and ent.label_ == "PERSON"
                                            and given_gender(token.text) is not None)
    return (
        (ent.label_ == "PERSON" or (len(ent) == 1 and ent.label_ in ("ORG", "GPE", "NORP")))
        and typed
        and _one_word_entity(token)
        and token.dep_ == "compound"
        and token.head.i in range(ent.start, ent.end)
        and (given_gender(token.text) is not None or ent.label_ != "PERSON")
    )


def _opens_hyphenated_person(ent: Span) -> bool:
    """Whether ``ent``, one word, is joined by a hyphen to a person's name NER found right after
    it (``[Rustam]-[Ali Nazarzoda]``, the first typed a place): the opening of that name."""
    doc = ent.doc
    return (len(ent) == 1 and ent.end + 1 < len(doc) and joining_hyphen(doc[ent.end])
            and doc[ent.end + 1].ent_type_ == "PERSON" and doc[ent.end + 1].ent_iob_ == "B" and ent[0].text[:1].isupper())


def _apposed_after(noun: Token) -> bool:
    """Whether ``noun`` is a common noun set after its head, past a comma, as its apposition
    (``Han Seo-yeon, a volunteer nurse,``)."""
    edge = noun.left_edge  # (the parser hangs the comma on the apposition at times: "Han Kyung-ah, director of")
    return (noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.i > noun.head.i
            and (edge.text == "," or (edge.i > 0 and noun.doc[edge.i - 1].text == ",")))


def _given_name_apart(doc: Doc, end: int, ent: Span) -> int | None:
    """Where the given name NER set apart that ends at token ``end``, just before the person's
    name ``ent``, starts: one word (:func:`_split_given_name`), or a hyphenated given name both of
    whose halves the lists know, which NER made an entity of its own of any type
    (``[Anne-Sophie] [Delacroix-Mbaye]``, the first an organisation), or one in romanised
    syllables NER typed a person's before a name of one word it typed otherwise (``Dr.
    [Soo-ah] [Kang]``, the second an organisation)."""
    if _split_given_name(doc[end], ent) or _place_word_opening_name(doc[end], ent):
        return end
    first = end - 2
    if (first >= 0 and len(ent) == 1 and joining_hyphen(doc[end - 1]) and doc[end].is_lower
            and doc[first].ent_type_ == "PERSON" and doc[first].ent_iob_ == "B" and doc[end].ent_iob_ != "B"
            and doc[first].head.i == ent.start and doc[first].dep_ == "compound"
            and all(_ROMANISED_SYLLABLE.fullmatch(doc[i].text.removesuffix("h")) for i in (first, end))):
        return first  # "Dr. [Soo-ah] [Kang]": a hyphenated given name in romanised syllables, the name typed otherwise
    if ent.label_ != "PERSON" or first < 0 or not joining_hyphen(doc[end - 1]):
        return None
    words = doc[first : end + 1]
    return first if (
        doc[first].ent_iob_ == "B" and all(t.ent_iob_ == "I" for t in words[1:]) and doc[end + 1].ent_iob_ != "I"
        and all(t.dep_ in ("compound", "punct") and t.head.i in range(ent.start, ent.end) for t in words)
        and a_given_name(doc[first].text) and a_given_name(doc[end].text)) else None


def _place_word_opening_name(token: Token, ent: Span) -> bool:
    """A word NER typed a place of one word, opening a sentence right before a person's name
    of two words or more that it is a compound inside (``[Farzana] [Baloch Memon], a provincial
    assembly member, said``), or after a lower-case noun compounded on that name, a title
    (``Committee chair [Losana] [Vaikona] pressed ...``), and written nowhere else in the text
    as a place (not ``in Farzana``; ``"Farzana was like a daughter to me"`` is no place): a
    given name the lists lack."""
    doc = token.doc
    titled = (token.i > 0 and doc[token.i - 1].pos_ == "NOUN" and doc[token.i - 1].is_lower
              and doc[token.i - 1].dep_ == "compound" and doc[token.i - 1].head.i in range(ent.start, ent.end))
    return (token.ent_type_ == "GPE" and ent.label_ == "PERSON" and (len(ent) > 1 or titled) and ent.start == token.i + 1
            and _one_word_entity(token) and (opens_sentence(token) or titled) and token.dep_ == "compound"
            and token.head.i in range(ent.start, ent.end) and token.is_title
            and not any(t.text == token.text and _in_place_phrase(t) for t in token.doc if t.i != token.i))


def _one_word_entity(token: Token) -> bool:
    """Whether NER made ``token`` a named entity of one word."""
    return token.ent_iob_ == "B" and (token.i + 1 == len(token.doc) or token.nbor().ent_iob_ != "I")


def _organisation_word(token: Token, lexicon: Lexicon) -> bool:
    """Whether ``token`` is a word that ends an institution's, a news organisation's or a
    company's name (``Alliance``, ``Banner``, ``Holdings``)."""
    return token.lower_ in (lexicon.institution_heads | lexicon.agency_name_words | lexicon.company_name_words
                            | lexicon.company_suffixes)


def _owner_of_generic_body(doc: Doc, i: int, end: int, lexicon: Lexicon) -> bool:
    """Whether token ``i`` is the possessive "'s" after a place's name (or that name's last word)
    before a body's name of dictionary words that an institution's word heads, ending at token
    ``end`` (``Tavrenia's [Foreign Ministry]``, ``Orvland's [Civil Defence Agency]``): a name any
    country's body has, which only its owner tells apart; not a person's (``Trump's Justice
    Department``) nor a company's own name (``Russia's Gazprom``)."""
    if i < 1 or i >= end or doc[i].tag_ != "POS":
        return False
    owner = doc[i - 1]
    if (owner.pos_ != "PROPN" or not owner.text[:1].isupper() or owner.ent_type_ in ("PERSON", "NORP")
            or (owner.ent_type_ != "GPE" and lexicon.english_word(owner.text))):
        return False
    words = [t for t in doc[i + 1 : end + 1] if t.lower_ not in ("of", "and", "for", "the", "&")]
    return (bool(words) and _head_word([t.lower_ for t in doc[i + 1 : end + 1]]) in lexicon.institution_heads
            and all(t.is_alpha and t.text[:1].isupper() and lexicon.english_word(t.text) for t in words))


#: "Saint" and its abbreviations, which open names with a saint's possessive (``St. Orla's General Hospital``).
_SAINTS = frozenset({"st", "saint", "ste", "sainte"})


def _saint_before(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is "Saint" (or its abbreviation) before a capitalised name and its
    possessive (``[St.] Orla's``)."""
    return (i + 2 < len(doc) and doc[i].text.rstrip(".").lower() in _SAINTS and doc[i + 1].text[:1].isupper()
            and doc[i + 2].tag_ == "POS")


def _number_inside_channel_name(doc: Doc, i: int, first: int, lexicon: Lexicon) -> bool:
    """Whether token ``i`` is a number after a capitalised news word, from token ``first`` on,
    inside a broadcaster's name (``Channel [6] Northside``, ``TV [2]``; ``agency_name_words.txt``,
    ``agency_heads.txt``)."""
    return (i > first and doc[i].is_digit and doc[i - 1].text[:1].isupper()
            and (doc[i - 1].lower_ in lexicon.agency_name_words or doc[i - 1].lower_ in lexicon.agency_heads))


def _possessive_inside(doc: Doc, i: int, ent: Span | None, lexicon: Lexicon) -> bool:
    """Whether token ``i`` is a possessive ending inside an organisation's name NER found whole,
    which ends in an organisation's word (``the Kaemara [People's] News Agency``, ``Bright
    Harbor Children's Fund``; not ``The New Republic's Jeet Heer``; also a saint's, NER cut off
    before it: ``St. Orla's General Hospital``), or, where NER found no
    name, between a title and the office it opens the name of (``The Ostra Regional
    Prosecutor's Office``)."""
    if ent is None and doc[i].tag_ == "POS" and i >= 1 and i + 1 < len(doc):
        office, holder = doc[i + 1], doc[i - 1]  # "The Ostra Regional [Prosecutor's] Office said", NER finding no
        return (office.text[:1].isupper() and office.lower_ in lexicon.institution_heads  # name: an office's name
                and holder.text[:1].isupper() and holder.ent_type_ != "PERSON"  # that a holder's title opens
                and (lexicon.is_title(holder.text) or holder.lower_ in lexicon.role_nouns
                     or (holder.tag_ == "NNS" and holder.lemma_.lower() in lexicon.role_nouns)))  # ("The Pharmacists'
        # Guild of Moravel")
    if ent is not None and ent.start == i + 1 and i >= 2 and _saint_before(doc, i - 2):
        return _organisation_word(doc[ent.end - 1], lexicon)  # "St. Orla's General Hospital": a saint's name opens it
    if ent is None or ent.label_ == "PERSON" or doc[i].tag_ != "POS" or not ent.start < i < ent.end - 1:
        return False
    return doc[i - 1].text[:1].isupper() and _organisation_word(doc[ent.end - 1], lexicon)


def _place_name_end(head: Token, lexicon: Lexicon) -> int | None:
    """The last token of a place's full name a capitalised head opens with "of" (``The City of
    Chicago``, ``the Republic of Turkey``): the end of the place NER types after "of" (or over
    the whole name), when the head is one word, no person's and no title (not "Senator Ted Cruz
    of Texas", "the Mayor of London"); else ``None``."""
    doc = head.doc
    if (head.pos_ != "PROPN" or head.i + 2 >= len(doc) or doc[head.i + 1].lower_ != "of"
            or head.lower_.rstrip(".") in lexicon.titles or head.ent_type_ == "PERSON"
            or any(c.dep_ in ("compound", "amod") and c.text[:1].isupper() for c in head.lefts)):
        return None  # not "Ted Cruz of Texas": a person and where from
    place = _entity_at(doc, head.i + 2)
    return place.end - 1 if place is not None and place.start <= head.i + 2 and place.label_ == "GPE" else None


def _whole_name(ent: Span) -> Span:
    """A person's name NER cut in two at a hyphen (``[Rafael Domínguez]-[Ortega]``, or with the
    second part in no entity: ``[Helena Vasquez]-Oropeza``) or before a
    particle of the family name (``[Lucía Ferreira] dos [Santos]``, ``[Aurélie Van] den
    [Bossche]``, ``[Henrike van] der [Stael]`` seen from either part, ``[Reynaldo P.] [dela
    Cruz]``; ``name_particles.txt``; a patronymic's given names or the name before the "y"
    between two family names NER typed an organisation: ``[Nurul Huda] binti [Ismail]``,
    ``[Beatriz Ocampo] y [Lerma]``), or before the lower-case end of a hyphenated given name
    (``[Ri Kwang]-sok``), or after a hyphenated given name in romanised syllables (``Na-yeon
    [Cho]``), or after a first family name (``Inés de la Fuente [Ortega]``), or before the rest
    of the name NER made a name of its own (``[Sardar Zulqarnain] [Haider Mirbahar]``), or before
    a second family name (``[Ignacio de la Barrera] [Olmedo]``, ``[Tomás Echeverría] Salcedo``
    where the two family names stand together again), or after a given name between
    it and a title, which NER typed otherwise (``Dr. [Farzana] [Yasmin Khattak]``, ``Woizero [Selamawit] [Abera
    Kassa]``), or after the first of two given names NER left out (``María [Luisa Herrera Tapia]``) or the given
    name before a patronymic (``Aidos [Kenzhebekovich Tulegenov]``), or after a name and a joining
    particle between hyphens (``[Qamar]-uz-[Zaman Bhatti]``), or on either side of a nickname in
    quotation marks (``[Kanokwan] "Mint" Sirisombat``, ``Siriphong "Pong" [Athikarn]``;
    :func:`_nickname_end`), whole."""
    doc, start, end = ent.doc, ent.start, ent.end
    after = _past_name_abbreviation(doc, start)
    if after is not None and after >= end:  # "[Ma]. [Lourdes Ramos]", "[Ma]. Lourdes “Lulu” Ramos": NER's name is
        end = _entity_span(doc, after).end if doc[after].ent_iob_ == "B" else after + 1  # the abbreviation alone
    while (start >= 4 and joining_hyphen(doc[start - 1]) and name_particle(doc[start - 2]) and joining_hyphen(doc[start - 3])
           and doc[start - 4].text[:1].isupper() and doc[start - 4].is_alpha):
        start -= 4  # "[Qamar]-uz-[Zaman Bhatti]", "Noor-ul-[Ain Shaikh]": a joining particle between hyphens
        if doc[start].ent_type_ == "PERSON":
            start = _entity_span(doc, start).start
    if start >= 2 and joining_hyphen(doc[start - 1]) and doc[start - 2].ent_type_ == "PERSON":
        start = _entity_span(doc, start - 2).start
    elif start >= 1 and _joins_next_name(doc, start - 1):
        start = _entity_span(doc, start - 1).start  # "[Sardar Zulqarnain] [Haider Mirbahar]", seen from the second
    if (start >= 2 and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_ and doc[start - 1].dep_ == "compound"
            and doc[start - 1].text[:1].isupper() and particles_before(doc, start - 1, 0) < start - 1):
        start -= 1  # "Inés de la Fuente [Ortega]": NER's name is the second family name alone
    elif (start >= 2 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_type_ != "PERSON" and doc[start - 1].is_alpha
          and doc[start - 1].text[:1].isupper() and all(
              t.dep_ == "compound" and start <= t.head.i < end for t in doc[start - 2 : start])
          and doc[start - 2].text[:1].isupper() and (
              (doc[start - 2].text.endswith(".") and len(doc[start - 2]) <= 5) or Lexicon.default().is_title(doc[start - 2].text))):
        start -= 1  # "Dr. [Farzana] [Yasmin Khattak]", "Woizero [Selamawit] [Abera Kassa]": a given name NER typed
        # otherwise, after a title
    elif (start >= 1 and end - start >= 2 and not doc[start - 1].ent_type_ and doc[start - 1].pos_ == "PROPN"
          and doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i < end and doc[start - 1].is_alpha
          and doc[start - 1].text.istitle() and (
              (a_given_name(doc[start - 1].text) and a_given_name(doc[start].text))
              or patronymic_ending(doc[start].text) is not None)):
        start -= 1  # "María [Luisa Herrera Tapia]": NER left out the first of two given names, or the given name
        # before a patronymic ("Minister of Energy Aidos [Kenzhebekovich Tulegenov]")
    elif end - start >= 2 and given_name_opening_sentence(doc, start):
        start -= 1  # "Amadou [Ibrahima Sow], the field coordinator, said": the first given name, opening the
        # sentence, read as a verb
    opening = particles_before(doc, start, 0)
    if 0 < opening < start and doc[opening - 1].ent_type_ == "PERSON":  # "[Henrike van] der [Stael]"
        start = _entity_span(doc, opening - 1).start
    elif 0 < opening < start and doc[opening].ent_iob_ == "I" and _mistyped_name(_entity_span(doc, opening - 1)):
        start = _entity_span(doc, opening - 1).start  # "Ana [Luísa Cavalcanti dos] [Santos Ferreira]": NER typed the
        # name's start with the particle an organisation
    elif (0 < opening < start and (doc[opening].lower_ in _patronymics() or doc[opening : start].text in ("y", "i"))
          and doc[opening - 1].ent_type_ in ("ORG", "GPE", "NORP")
          and (given := _entity_span(doc, opening - 1)).end == opening and len(given) <= 3
          and all(t.pos_ == "PROPN" and t.is_alpha and t.is_title for t in given)):
        start = given.start  # "[Nurul Huda] binti [Ismail]": NER typed the given names
        # before a patronymic an organisation, or a name before the "y" between two family names ("[Magistrate
        # Beatriz Ocampo] y [Lerma]")
    elif 0 < opening < start and _given_name_ner_missed(doc[opening - 1]):
        start = opening - 1  # "[Anneliese] van der [Berghe-Moss]", NER's nationality or nothing before the particles
    elif 0 < start and name_particle(doc[start]) and _given_name_ner_missed(doc[start - 1]):
        start -= 1  # "[Anneliese] [van der Kolk-Brand]": NER's name opens with the particles
    elif 0 < start and name_particle(doc[start]) and doc[start - 1].ent_type_ == "PERSON":
        start = _entity_span(doc, start - 1).start  # "[Reynaldo P.] [dela Cruz]": two names NER made of one
    elif (start >= 3 and hyphened_lower_end(doc[start - 1]) and doc[start - 3].pos_ in ("PROPN", "NOUN")
          and not doc[start - 3].ent_type_ and doc[start - 1].head.i in range(start, end)
          and all(_ROMANISED_SYLLABLE.fullmatch(doc[i].text) for i in (start - 3, start - 1))):
        start -= 3  # "Na-yeon [Cho]": NER left out a hyphenated given name (not "Co-moderator [Ada Lind]")
    if end + 1 < len(doc) and joining_hyphen(doc[end]) and doc[end + 1].ent_type_ == "PERSON":
        end = _entity_span(doc, end + 1).end
    elif end < len(doc) and _joins_next_name(doc, end - 1):
        end = _entity_span(doc, end).end  # "[Sardar Zulqarnain] [Haider Mirbahar]": NER made two names of one
    elif (end - start >= 2 and end + 1 < len(doc) and joining_hyphen(doc[end]) and not doc[end + 1].ent_type_
          and doc[end + 1].pos_ == "PROPN" and doc[end + 1].text[:1].isupper() and doc[end + 1].is_alpha):
        end += 2  # "[Helena Vasquez]-Oropeza": NER left out the family name's second part (not "[Glass]-Steagall")
    if (end + 2 < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha and not doc[end].ent_type_
            and joining_hyphen(doc[end + 1]) and hyphened_lower_end(doc[end + 2])):
        end += 3  # "[Kim] Do-hyun": NER left out a hyphenated given name the tagger read as common nouns
    elif end < len(doc) and joining_hyphen(doc[end - 1]) and hyphened_lower_end(doc[end]):
        end += 1  # "[Seo Ha-]neul"
    elif end + 1 < len(doc) and joining_hyphen(doc[end]) and hyphened_lower_end(doc[end + 1]):
        end = hyphenated_end(doc, end - 1) + 1  # "[Ri Kwang]-sok": NER left the name's lower-case end out
    end = _past_family_name_opener(doc, end)  # "[Ruairí Mac] an tSaoi", "[Cillian Mac] an [Bhaird]"
    end = _past_split_patronymic(doc, end)  # "[Ravindran] a/l Muthusamy"
    start = _before_split_patronymic(doc, start, end, types=None)  # "Ravindran a/l [Muthusamy]"
    start = _given_names_before_patronymic(doc, start, end)  # "Mohd [Hafiz bin Kamaruddin]"
    past = _past_particles(doc, end, len(doc))
    if past > end:
        end = past
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1  # the rest of an entity NER started there
    if end - start >= 2 and _second_family_name_after(doc, end):
        end += 1  # "[Tomás Echeverría] Salcedo ... Echeverría Salcedo said": NER took the second family name for a place
    end += _family_names_after(doc, start, end)  # "[Ignacio de la Barrera] [Olmedo]": NER took the second family name
    end = _compounded_names_end(doc, end)  # "President [W. M. P. Sarath] Bandara Ilangakoon reshuffled"
    # for a place; "[Maria da Conceição] Albuquerque Reis": NER left out the family names
    end = _apposed_name_end(doc, end)  # "Chief [Emmanuel Adeyemi] [Oyelaran-Bakare]", typed an organisation
    while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end - 1].ent_iob_ in ("B", "I"):
        end += 1  # "[Huda] bint [Saleh al-Marri]", seen from the given name: not up to "Saleh" alone
    start, end = _around_nickname(doc, start, end)  # "[Kanokwan] "Mint" Sirisombat", 'Rosalinda "[Linda]" ...'
    start = _with_name_abbreviation(doc, start)  # "Ma. [Lourdes Ramos]": an abbreviated name NER left out
    start = _compounded_name_start(doc, start, end)  # "[Mallam Abdul-Malik] Tanko [Dangiwa]", seen from the second
    return ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label=ent.label_)


def _with_name_abbreviation(doc: Doc, start: int) -> int:
    """Where a name that starts at ``start`` starts with the abbreviation before it
    (:func:`_past_name_abbreviation`: "Ma. [Lourdes Ramos]", "Md. [Abdul Karim]")."""
    for width in (1, 2):
        if start >= width and _past_name_abbreviation(doc, start - width) == start:
            return start - width
    return start


def _past_name_abbreviation(doc: Doc, i: int) -> int | None:
    """Where the rest of a name starts when token ``i`` opens it with an abbreviation and its
    full stop (``name_abbreviations.txt``: "Ma. Lourdes Ramos", "Md. Abdul Karim", "Ch.
    Venkateswara Goud"), in one token or two, before two words of a name or a given name and a
    nickname (or one word after a title: "Prime Minister Kh. Ariunbold"), where the parser often
    ends a sentence; not a family name that ends a name or a clause
    ("Jack Ma. Lourdes Ramos ...", "said Ma. Lourdes Ramos ...") nor a state's abbreviation after
    its town; else ``None``."""
    token = doc[i]
    if not token.text[:1].isupper() or token.lower_.rstrip(".") not in name_abbreviations():
        return None
    if i > 0 and (doc[i - 1].ent_type_ == "PERSON" or doc[i - 1].pos_ in ("VERB", "AUX")
                  or (doc[i - 1].text == "," and doc[i - 2 if i >= 2 else i].ent_type_ in ("GPE", "LOC"))):
        return None  # (nor a state after its town: "in Bethesda, Md. John Ames said")
    if token.text.endswith("."):
        after = i + 1
    elif i + 1 < len(doc) and doc[i + 1].text == "." and not token.whitespace_:
        after = i + 2
    else:
        return None
    if after + 1 >= len(doc) or not name_word(doc[after]):
        return None
    titled = i > 0 and doc[i - 1].text[:1].isupper() and Lexicon.default().is_title(doc[i - 1].text)
    if not (titled or name_word(doc[after + 1]) or name_particle(doc[after + 1]) or doc[after + 1].is_quote):
        return None  # one word after it only after a title: "Prime Minister Kh. Ariunbold said"
    return after


def _compounded_names_end(doc: Doc, end: int) -> int:
    """Where a person's name NER ended at ``end`` ends when one to three capitalised proper
    nouns NER left untyped follow it, the last their head, and the parser joined the name to
    them: its last word a compound of that head (``President [W. M. P. Sarath] Bandara
    Ilangakoon reshuffled``), or an apposition before them as the clause's subject (the same,
    parsed "[Sarath]" apposed to the dateline), or their head apposed to it with no comma between
    (``Colonel [Quach] Huu Nghia, a spokesman``), where NER typed no name or a date with no number
    (``Interior Minister [Oswin] Farraday``); in running text (not a headline in title case),
    the head none of an institution, a company, news or a title (not ``[Ada Lind] Media Group``);
    not a label (``Name: Ada Lind Age: 27``); ``end`` otherwise."""
    stop = end
    while (stop < min(end + 3, len(doc)) and doc[stop].pos_ == "PROPN" and doc[stop].is_alpha and doc[stop].is_title
           and (not doc[stop].ent_type_ or (doc[stop].ent_type_ == "DATE" and not any(
               t.like_num for t in _entity_span(doc, stop))))):  # ("Interior Minister [Oswin] Farraday", the family
        stop += 1  # name typed a date with no number)
    past = stop
    while stop > end and past < len(doc) and name_particle(doc[past]) and doc[past].is_lower:
        past += 1  # "[Rui Manuel] Tavares e [Castro]": a particle between two family names
    if stop > end and past < len(doc) and doc[past].ent_iob_ == "B" and doc[past].ent_type_ == "PERSON":
        person = _entity_span(doc, past)  # "[Mallam Abdul-Malik] Tanko [Dangiwa]": a name NER started after them
        joined = all(t.dep_ == "compound" and person.start <= t.head.i < person.end for t in doc[end - 1 : past]) or (
            past > stop and all(t.dep_ in ("compound", "nmod") and end - 1 <= t.head.i < person.end for t in doc[end - 1 : past])
            and any(person.start <= t.head.i < person.end for t in doc[end - 1 : past]))  # with the particle, a chain of
        # compounds ("[Rui Manuel] Tavares e [Castro]"); without, each word a compound of the later name (not "[Clinton]
        # Senior Adviser [Sidney Blumenthal]", which the parser chains)
        return person.end if joined and in_running_text(doc[end - 1]) else end
    if stop == end or (stop < len(doc) and (doc[stop].pos_ == "PROPN" or doc[stop].text == ":")):
        return end  # (not a label: "Name: Ada Lind Age: 27")
    last, head = doc[end - 1], doc[stop - 1]
    if not all(t.dep_ == "compound" and t.head == head for t in doc[end : stop - 1]):
        return end
    if not (last.head == head and last.dep_ == "compound"
            or last.dep_ == "appos" and head.dep_ in ("nsubj", "nsubjpass") and head.head.i > head.i
            or head.dep_ == "appos" and head.head == last):  # "Colonel [Quach] Huu Nghia, a spokesman ...": the
        return end  # parser apposed the rest of the name to the word NER typed
    if not in_running_text(last):
        return end
    lexicon = Lexicon.default()
    words = lexicon.institution_heads | lexicon.company_name_words | lexicon.company_suffixes | lexicon.agency_name_words
    return end if head.lower_ in words or lexicon.is_title(head.text) else stop


def _compounded_name_start(doc: Doc, start: int, end: int) -> int:
    """Where a person's name NER started at ``start`` starts when NER also found its first words,
    one to three untyped capitalised words before it (:func:`_compounded_names_end` seen from
    the second part: "[Mallam Abdul-Malik] Tanko [Dangiwa]"); ``start`` otherwise."""
    before = start
    while before > max(start - 3, 0) and doc[before - 1].pos_ == "PROPN" and doc[before - 1].is_title and not doc[before - 1].ent_type_:
        before -= 1
    if before == 0 or doc[before - 1].ent_type_ != "PERSON" or (before == start and doc[start].ent_type_ == "PERSON"):
        return start  # (the untyped words may be the start given: "[Rui Manuel] Tavares e [Castro]")
    first = _entity_span(doc, before - 1)
    return first.start if _compounded_names_end(doc, first.end) >= end else start


def _apposed_name_end(doc: Doc, end: int) -> int:
    """Where a person's name NER ended at ``end`` ends when an entity of one to three
    capitalised words follows it with nothing between, a hyphenated name among them, which the
    parser made an apposition of the name's last word: the rest of the name, which NER made a
    name or an organisation of (``Chief [Emmanuel Adeyemi] [Oyelaran-Bakare], said``), in
    running text; ``end`` otherwise."""
    if end >= len(doc) or doc[end].ent_iob_ != "B" or doc[end].ent_type_ not in ("PERSON", "ORG"):
        return end
    rest = _entity_span(doc, end)
    words = [t for t in rest if not joining_hyphen(t)]
    if (len(words) > 3 or not all(t.pos_ == "PROPN" and t.is_alpha and t.is_title for t in words)
            or not any(joining_hyphen(t) for t in rest) or rest.root.dep_ != "appos" or rest.root.head != doc[end - 1]
            or (rest.end < len(doc) and doc[rest.end].pos_ == "PROPN") or not in_running_text(doc[end - 1])):
        return end
    return rest.end


def _given_names_before_patronymic(doc: Doc, start: int, end: int) -> int:
    """Where a name with a patronymic in it starts when NER left out a given name before it
    (``Mohd [Hafiz bin Kamaruddin]``, ``Dr Nor [Azlina binti Sulaiman]``): a capitalised word
    modifying the name that NER typed nothing and that is no title, honorific or role (not
    ``Datuk``, ``Dr``, ``Prosecutor``), at most two."""
    if not any(t.lower_ in _patronymics() for t in doc[start:end]):
        return start
    lexicon = Lexicon.default()
    first = start
    while (first > max(start - 2, 0) and _given_name_ner_missed(doc[first - 1]) and not doc[first - 1].ent_type_
           and doc[first - 1].pos_ == "PROPN" and doc[first - 1].dep_ == "compound" and start <= doc[first - 1].head.i < end
           and not lexicon.is_title(doc[first - 1].text) and doc[first - 1].lower_ not in lexicon.role_nouns):
        first -= 1
    return first


def _before_split_patronymic(doc: Doc, start: int, end: int, types: tuple[str, ...] | None) -> int:
    """Where a name that token ``start`` opens and token ``end`` ends starts with the name before
    a patronymic the tokenizer split right before it (``Ravindran a/l [Muthusamy]``), the entity
    NER found there whole when its type is one of ``types`` (any with ``None``); ``start``
    otherwise."""
    given = start - 4
    if given < 0 or not name_word(doc[given]) or _past_split_patronymic(doc, start - 3) != end:
        return start
    typed = doc[given].ent_type_ and (types is None or doc[given].ent_type_ in types)
    return _entity_span(doc, given).start if typed else given


def _past_split_patronymic(doc: Doc, end: int) -> int:
    """Where a name NER ended at ``end`` ends when a patronymic the tokenizer split follows it
    (``patronymics.txt``: "a/l", "son of", in "Ravindran a/l Muthusamy"): past it and the
    father's name, one to three capitalised proper nouns, or the entity NER started there
    (``Harjit Singh a/l Gurcharan Singh``); ``end`` otherwise."""
    i = end + 3
    if i >= len(doc) or not name_word(doc[i]) or not split_patronymic_at(doc, end):
        return end
    if doc[i].ent_iob_ == "B":
        return _entity_span(doc, i).end
    stop = i
    while stop < min(i + 3, len(doc)) and doc[stop].pos_ == "PROPN" and name_word(doc[stop]):
        stop += 1
    return stop if stop > i else end


def _past_family_name_opener(doc: Doc, end: int) -> int:
    """Where a name NER ended at ``end`` ends when its last word or the word after it opens a
    Gaelic family name (:func:`family_name_opener`): past the opener, the article after it ("an",
    "a’", with a mutation joined by a hyphen: "an t-") and the family name's word, with the rest
    of an entity NER started there (``[Ruairí Mac] an tSaoi``, ``[Cillian Mac] an [Bhaird]``,
    ``[Seumas Mac] an t-Saoir``, ``[Fionnlagh Mac] a’ Phearsain``); ``end`` otherwise."""
    if end > 0 and family_name_opener(doc[end - 1]):
        i = end
    elif end + 1 < len(doc) and family_name_opener(doc[end]):
        i = end + 1
    else:
        return end
    i = past_gaelic_article(doc, i)  # "Mac an tSaoi", "Mac a’ Phearsain"
    if i + 2 < len(doc) and doc[i].lower_ in ("t", "h") and doc[i + 1].text == "-" and not doc[i + 1].whitespace_:
        i += 2  # "Mac an t-Saoir": the article's mutation, joined by a hyphen
    if i >= len(doc) or not name_word(doc[i]):
        return end
    return _entity_span(doc, i).end if doc[i].ent_iob_ == "B" else i + 1


def _mistyped_name(ent: Span) -> bool:
    """Whether an entity NER typed other than a person's is a name's start that runs into its
    particles: capitalised proper nouns, then the particles, nothing else."""
    words = [t for t in ent if not name_particle(t)]
    return (ent.label_ != "PERSON" and bool(words) and name_particle(ent[-1])
            and all(t.pos_ == "PROPN" and t.is_alpha and t.is_title for t in words))


def _around_nickname(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The extent of the whole name when tokens ``start..end`` (end exclusive) are part of a
    name with a nickname in quotation marks (:func:`_nickname_end`): the given name before it
    (with the rest of its entity), the family name after it, with particles, a hyphenated
    part, a second family name the parser hangs the first on and a generational suffix
    (``name_suffixes.txt``: ``Teodoro "Teddy" dela Paz Jr.``, ``Rosalinda "Linda"
    Magbanua-Tolentino``, ``Luis "Pelao" Muñoz Carrasco``), whichever part NER or the parser gave (``[Kanokwan] "Mint" Sirisombat``, ``Siriphong "Pong"
    [Athikarn]``, ``Sen. Teodoro "[Teddy]" dela Paz``); else ``(start, end)``."""
    for mark in range(max(1, start - 6), min(end + 1, len(doc))):  # (its particles: "“Lulu” de la [Rama]")
        family = _nickname_end(doc, mark) if doc[mark].is_quote else None
        if family is None:
            continue
        if doc[family].ent_iob_ == "B":
            last = _entity_span(doc, family).end
        elif name_particle(doc[family]):
            last = _past_particles(doc, family, len(doc))
        else:
            last = family + 1
        last = hyphenated_end(doc, last - 1) + 1  # ("[Magbanua]-Tolentino")
        if (last < len(doc) and doc[last].pos_ == "PROPN" and doc[last].is_alpha and doc[last].is_title
                and doc[last - 1].dep_ == "compound" and doc[last - 1].head.i == last):
            last += 1  # 'Luis Alberto "Pelao" Muñoz Carrasco': a second family name the first is a compound of
        if last < len(doc) and doc[last].text[:1].isupper() and doc[last].lower_.rstrip(".") in name_suffixes():
            last += 1  # 'Ferdinand «Andoy» Pascual III': the generational suffix ends the name
        if mark - 1 < end and start < last:
            given = _entity_span(doc, mark - 1).start if doc[mark - 1].ent_type_ else mark - 1
            return min(start, given), max(end, last)
    return start, end


#: Parts of speech no word of a name or nickname has.
_NOT_IN_NICKNAMES = frozenset({"DET", "ADP", "VERB", "AUX", "PRON", "CCONJ", "SCONJ"})


def _nickname_end(doc: Doc, opening: int) -> int | None:
    """Where the family name starts after a nickname in quotation marks that opens at ``opening``
    between a given name and a family name (``Siriphong "Pong" Athikarn``): one or two
    capitalised words inside the marks, set off by spaces, a capitalised word on either side,
    the one after a proper noun, none of them a determiner, preposition, verb or pronoun (not a
    headline's ``Clinton ‘A Disgrace’ Over``); else ``None``."""
    if opening < 1 or not doc[opening].is_quote or not doc[opening - 1].whitespace_:
        return None
    given = doc[opening - 1]
    for width in (1, 2):
        close = opening + width + 1
        if close + 1 >= len(doc) or not doc[close].is_quote or not doc[close].whitespace_ or doc[close - 1].whitespace_:
            continue
        family = doc[_past_particles(doc, close + 1, len(doc)) - 1] if name_particle(doc[close + 1]) else doc[close + 1]
        words = [given, *doc[opening + 1 : close], family]  # ('"Teddy" dela Paz': the particles open the family name)
        if (all(t.is_alpha and t.text[:1].isupper() and t.pos_ not in _NOT_IN_NICKNAMES for t in words)
                and (family.pos_ == "PROPN" or _family_name_read_as_noun(family))
                and not doc[opening].whitespace_):  # (not a headline's 'Clinton ‘A Disgrace’ Over')
            return close + 1
    return None


def _family_name_read_as_noun(token: Token) -> bool:
    """Whether a capitalised word the tagger read as a common noun can be the family name after
    a nickname (``Chatchai "Big" Somboon, said``): the last capitalised word, in a sentence of
    running text, not a headline in title case ('Trump "Fake" News Rant')."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (token.pos_ == "NOUN" and (after is None or not after.text[:1].isupper())
            and in_running_text(token))


def _joins_next_name(doc: Doc, last: int) -> bool:
    """Whether the last token of a PERSON entity is a compound of the head of a PERSON entity
    NER started right after it: one name NER made two of; not in a headline in title case,
    where NER runs names into words ("Bernie Sanders Burns Hillary Clinton"). A name with
    particles inside joins one of one or two capitalised proper nouns NER started right after it,
    however the parser hung them: its family names (``[Rui Manuel de Sousa] [Vasconcelos
    Pereira]``). Given names NER typed otherwise, that open with one the lists know, join the
    person's name they are compounded on (``[María del Carmen] [Ybarra Losada]``)."""
    after = last + 1
    if after >= len(doc) or not doc[last].ent_type_ or doc[after].ent_iob_ != "B" or doc[after].ent_type_ != "PERSON":
        return False
    following = _entity_span(doc, after)
    first = _entity_span(doc, last).start
    if doc[last].ent_type_ != "PERSON" and not (  # "[María del Carmen] [Ybarra Losada]", the given names typed
            a_given_name(doc[first].text) and last > first and doc[last].dep_ == "compound"  # an organisation
            and after <= doc[last].head.i < following.end and in_running_text(doc[last])
            and all((t.pos_ == "PROPN" and t.is_alpha and t.is_title) or name_particle(t) for t in doc[first : last + 1])):
        return False
    if (last - first >= 2 and any(name_particle(t) for t in doc[first + 1 : last]) and len(following) <= 2
            and all(t.pos_ == "PROPN" and t.is_alpha and t.is_title for t in following)):
        return True
    if not in_running_text(doc[last]):
        return False
    return doc[last].dep_ == "compound" and after <= doc[last].head.i < following.end


def _family_names_after(doc: Doc, start: int, end: int) -> int:
    """How many words after a name with particles inside (``Ignacio de la Barrera``, ``Maria da
    Conceição``) are family names that NER cut off: one or two capitalised words, each in a
    one-word entity or none, the name's last word and the first of them compounds of the last
    (``Olmedo resigned``, ``Albuquerque Reis, a former senator``)."""
    if end >= len(doc) or end - start < 3 or not any(name_particle(t) for t in doc[start + 1 : end - 1]):
        return 0
    for count in (2, 1):
        words = doc[end : end + count]
        last = words[-1]
        if (len(words) == count and all(t.pos_ == "PROPN" and t.is_alpha and t.is_title and t.ent_iob_ != "I" for t in words)
                and all(t.dep_ == "compound" and t.head == last for t in (doc[end - 1], *words[:-1]))
                and (last.i + 1 >= len(doc) or doc[last.i + 1].ent_iob_ != "I")
                and (count == 1 or not words[0].ent_type_)):
            return count
    return 0


def _second_family_name_after(doc: Doc, end: int) -> bool:
    """Whether the capitalised word after a person's name NER ended at ``end`` is a second
    family name it left out or typed a place: the name's last word is a compound of it, and the
    two stand together again elsewhere (``[Tomás Echeverría] Salcedo ... Echeverría Salcedo
    did not say``)."""
    if end >= len(doc):
        return False
    last, after = doc[end - 1], doc[end]
    if not (after.pos_ == "PROPN" and after.is_alpha and after.is_title and after.ent_iob_ != "I"
            and after.ent_type_ in ("", "GPE", "LOC", "NORP") and last.dep_ == "compound" and last.head == after):
        return False
    return any(t.i != last.i and t.text == last.text and t.i + 1 < len(doc) and doc[t.i + 1].text == after.text
               for t in doc)


def _given_name_ner_missed(token: Token) -> bool:
    """Whether a capitalised word right before a family name's particles is the given name
    that NER missed or took for a nationality (or, when the given-name lists know it, for an
    organisation or a place): a lone word that is no determiner or pronoun (a given name the
    lists know also when the tagger read it as a verb: "Annelies ter Wolde")."""
    doc = token.doc
    one_word = token.ent_iob_ == "B" and (token.i + 1 >= len(doc) or doc[token.i + 1].ent_iob_ != "I")
    known = (given_gender(token.text) or _census_gender(token.text)) is not None
    lone = not token.ent_type_ or (one_word and (token.ent_type_ == "NORP" or (  # "[Dirk]" as an organisation
        token.ent_type_ in ("ORG", "GPE") and known)))
    return lone and token.is_alpha and token.text.istitle() and (
        token.pos_ in ("PROPN", "ADJ", "NOUN") or (token.pos_ == "VERB" and given_gender(token.text) is not None))


def _hyphened_particle(doc: Doc, i: int) -> bool:
    """A particle a hyphen joins to the capitalised family name after it (``al-Rashid``)."""
    return (name_particle(doc[i]) and i + 2 < len(doc) and joining_hyphen(doc[i + 1])
            and doc[i + 2].text[:1].isupper())


def _past_particles(doc: Doc, stop: int, limit: int) -> int:
    """Where a name that ends at token ``stop`` ends with the family name that particles at
    its end or after it open (``[Aurélie Van den] Bossche``, ``[Ferreira] dos Santos``), up to
    ``limit``; ``stop`` when none do."""
    first = particles_before(doc, stop, 0)
    end = stop
    while end < limit and name_particle(doc[end]):
        end += 1
    if (first < stop or end > stop) and end < limit and doc[end].text[:1].isupper() and _spelt_word(doc[end]):
        return end + 1
    return stop


def _spelt_word(token: Token) -> bool:
    """Letters, or letters an apostrophe joins (``Thiong'o``, ``O'Neill``, ``Dell'Acqua``), not
    one that ends it (a possessive)."""
    return token.is_alpha or (token.text.replace("'", "").replace("\u2019", "").isalpha() and token.text[-1:] not in "'\u2019")


def _entity_span(doc: Doc, i: int) -> Span:
    entity = _entity_at(doc, i)
    assert entity is not None  # token i is in an entity
    return entity


def _entity_at(doc: Doc, i: int) -> Span | None:
    """The named entity holding token ``i``, from the IOB tags (no pass over ``doc.ents``)."""
    if not doc[i].ent_type_:
        return None
    start = i
    while doc[start].ent_iob_ != "B" and start > 0 and doc[start - 1].ent_type_ == doc[i].ent_type_:
        start -= 1
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=doc[i].ent_type_)


def _name_part(doc: Doc, i: int) -> bool:
    """Capitalised, or the lower-case end of a hyphenated name ("Kim Jong-un")."""
    return capitalised(doc[i].text) or (i >= 1 and doc[i - 1].text == "-")


def capitalised(text: str) -> bool:
    """Whether a word opens with a capital, or with an elided particle before one (``d’Ávila``,
    ``d'Aubrac-Nwosu``: a family name written in lower case only for its particle).

    >>> capitalised("Lind"), capitalised("d’Ávila"), capitalised("don't")
    (True, True, False)
    """
    return text[:1].isupper() or (len(text) > 2 and text[0] in "dl" and text[1] in "'’" and text[2].isupper())


#: Words that count people without naming them, which the tagger may take for a name opening a sentence.
_QUANTIFIERS = frozenset({"several", "many", "some", "others", "another", "few", "most", "both"})


def is_name_token(token: Token, lexicon: Lexicon | None = None) -> bool:
    """Whether a token is part of a name: capitalised, and a proper noun or in a PERSON or ORG
    entity, unless only its place at a sentence's start capitalises it (a plural, a singular
    common noun that NER types alone or not at all, or a role noun the tagger took for a name,
    "Staff at the hospital said"; the roles are ``lexicon``'s, the bundled ones by default). A
    word the tagger took for a plural is none when the lexicon's dictionary does not know it
    ("Dimitrios")."""
    if not capitalised(token.text):
        return False
    # "Homeowners who sued the city ...", whatever NER says; "Dockworkers" after a headline's
    # "dockworkers"; "Records shown at the hearing indicated ..."; "Concern grew after ...", tagged ORG alone
    lexicon = lexicon or Lexicon.default()
    roles = lexicon.role_nouns
    plural = ((token.pos_ != "PROPN" and token.tag_ == "NNS") or (
        token.tag_ == "NNPS" and not token.ent_type_ and lexicon.english_word(token.text))  # not "Dimitrios", a name
        or plural_of_role(token, roles))  # "Neighbours" tagged NNP
    common = (token.tag_ == "NN" and token.pos_ == "NOUN" and (not token.ent_type_ or _one_word_entity(token))) or (
        token.tag_ == "NNP" and not token.ent_type_ and token.lower_ in roles | _QUANTIFIERS) or (  # "Staff at the
        # hospital", "Several complained"
        token.tag_ == "NNP" and not token.ent_type_ and token.dep_ == "compound" and token.head.pos_ == "NOUN"
        and token.head.is_lower and lexicon.english_word(token.text))  # a headline's "Spy agency tells ..."
    if (plural or common) and _opens_running_text(token) and _capitalised_by_its_place(token):
        return False  # a common noun capitalised by its place
    return token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG") or misread_name(token)


def _capitalised_by_its_place(token: Token) -> bool:
    """Whether a word opening its sentence is capitalised only there: no name goes on after it
    ("Citizens for Tax Justice"), the article never capitalises it inside a sentence
    ("Bernie Sanders ... Sanders said" is a name) and no name NER finds opens with it."""
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I":
        return False
    return token.text not in _capitalised_inside(doc) and token.text not in _opening_names(doc)


def _opens_running_text(token: Token) -> bool:
    """Whether ``token`` opens its sentence, or the text after a dateline (``MOKPO, March 16 -
    Fishermen in the port said``)."""
    return token.is_sent_start or (token.i > 0 and token.doc[token.i - 1].is_punct
                                   and dateline_end(token.doc, token.i - 1) == token.i)


def _opening_names(doc: Doc) -> frozenset[str]:
    """The first words of the names of two words or more NER finds for people and organisations
    (``Veltrix Pay``: "Veltrix said" names it too, at a sentence's start)."""
    opening = doc.user_data.get("quotekit_opening_names")
    if opening is None:
        opening = doc.user_data["quotekit_opening_names"] = frozenset(
            ent[0].text for ent in doc.ents if len(ent) > 1 and ent.label_ in ("PERSON", "ORG") and ent[0].is_alpha)
    return opening


def _capitalised_inside(doc: Doc) -> frozenset[str]:
    """The words the article capitalises inside a sentence (past a dateline's dash too)."""
    inside = doc.user_data.get("quotekit_capitalised_inside")
    if inside is None:
        inside = doc.user_data["quotekit_capitalised_inside"] = frozenset(
            t.text for t in doc if t.i > 0 and t.text[:1].isupper() and not doc[t.i - 1].is_space and not _opens_running_text(t))
    return inside


def _word_before_family_name(token: Token, family: Token, lexicon: Lexicon) -> bool:
    """Whether a dictionary word (no given name) NER typed no name, opening a sentence of the
    headline (the first paragraph), capitalised nowhere inside one, stands before a word NER
    typed no organisation that is the last word of a person's name of two words or more,
    opening with a given name, that NER found in the article (``Tearful Valcárcel tells court
    ...`` where the text names Rocío Valcárcel), or that the article writes after a given name
    the lists know, whatever NER typed it (``Defiant Salvemini rejects ...`` where the text
    names Renato Salvemini): a description, not the person's given name."""
    doc = token.doc
    return (not token.ent_type_ and family.ent_type_ in ("", "PERSON")  # not "[Anselm Lind] began", nor "[Rede
            # Horizonte], the television network": a name NER found
            and lexicon.english_word(token.text) and _capitalised_only_to_open(token)
            and not any("\n\n" in t.text_with_ws for t in doc[: token.i])  # in the headline ("Team Trump sees ..." in
            and (any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == family.text  # the text is the team)
                     and e[0].text != token.text and a_given_name(e[0].text) for e in doc.ents)
                 or any(t.text == family.text and t.i > family.i + 1 and doc[t.i - 1].text[:1].isupper()
                        and doc[t.i - 1].text != token.text and a_given_name(doc[t.i - 1].text) for t in doc)))


def _capitalised_only_to_open(token: Token) -> bool:
    """Whether ``token`` is a word of three letters or more, no given name the lists know, that
    opens its sentence and is capitalised nowhere inside one: a capital the sentence gives it."""
    return (bool(token.is_sent_start) and token.is_alpha and len(token) > 2 and not a_given_name(token.text)
            and token.text not in _capitalised_inside(token.doc))


def _opening_description(token: Token, lexicon: Lexicon) -> bool:
    """Whether a word opening its sentence describes the given name after it and is capitalised
    only there ("Billionaire Donald Trump praised ..."): a word, not an initial ("I. Charles
    McCullough"), no given name itself, before a capitalised given name (not the particle in
    "Maarten van Oosterbeek") that opens no double-barrelled family name ("Priya Raman-Holt"),
    never capitalised inside a sentence, and not a given name NER typed a person's name alone
    ("[Gulnara] Timurovna [Saparova]"). Two romanised syllables are the start of a name with the
    family name first ("Nguyen Thi Lan", "Tran Van Minh"), not a description, and so is a word
    neither the pipeline's dictionary (:meth:`Lexicon.english_word`) nor ``role_nouns.txt``
    ("Influencer") knows ("Biret Anne Somby"). A role (``role_nouns.txt``) describes a name whose
    given name the lists do not know ("Trainer Niall Fenwick")."""
    doc = token.doc
    if not token.is_sent_start or token.i + 1 >= len(doc):
        return False
    given = doc[token.i + 1]  # capitalised: not the particle of "Maarten van Oosterbeek"
    if given.i + 1 < len(doc) and joining_hyphen(doc[given.i + 1]):
        return False  # "Priya Raman-Holt": a double-barrelled family name, not a given name, follows
    if _ROMANISED_SYLLABLE.fullmatch(token.text) and _ROMANISED_SYLLABLE.fullmatch(given.text):
        return False  # "Nguyen Thi Lan": a family name, then a middle and a given name
    return (given.text[:1].isupper() and (lexicon.english_word(token.text) or token.lower_ in lexicon.role_nouns)
            and (a_given_name(given.text) or (token.lower_ in lexicon.role_nouns and given.pos_ == "PROPN"))
            and _capitalised_only_to_open(token)
            and not (token.ent_type_ == "PERSON" and _one_word_entity(token)))  # "[Gulnara] Timurovna [Saparova]"


def _joins_modifiers(doc: Doc, i: int) -> bool:
    """Whether "and" at ``i`` joins two capitalised words that modify a later head inside one
    name (``Global Track and Field Council``, ``Dockworkers and Maritime Union``), not two names
    (``Ada Lind and Tom Berg``)."""
    conj = doc[i]
    if conj.lower_ != "and" or conj.dep_ != "cc" or i == 0 or i + 1 >= len(doc):
        return False
    first, second = doc[i - 1], doc[i + 1]
    # (or both words hung on the head: "Dockworkers and Maritime Union"; or the second a compound
    # of the first's conjunct: "European Magnet and [Motor] Makers' Association", or of a word hung
    # on the first's head: "Universities and [Colleges] Employers' Council")
    conjunct = second.head if second.dep_ == "compound" else second
    return (conj.head == first and first.head.i > i + 1 and _name_like(first) and _name_like(second)
            and ((conjunct.dep_ == "conj" and conjunct.head == first) or first.head in (second.head, conjunct.head)))


def _office_of_a_title(doc: Doc, i: int, last: Token, lexicon: Lexicon) -> bool:
    """Whether token ``i`` is the "'s" inside the name of an office called after its holder's
    title (``the Kessler County Sheriff's Office``, ``the Attorney General's Office``): after a
    capitalised title, before a capitalised institution's head that ends the name."""
    return (doc[i].tag_ == "POS" and i > 0 and doc[i - 1].text[:1].isupper() and doc[i - 1].lower_ in lexicon.titles
            and last.text[:1].isupper() and last.lower_ in lexicon.institution_heads and last.i > i)


def _name_like(token: Token) -> bool:
    doc = token.doc
    if any(token.i >= k and _past_split_patronymic(doc, token.i - k) > token.i - k for k in range(3)):
        return True  # "Ravindran a/l Muthusamy"
    if token.is_punct:
        return token.text in (".", "&") or joining_hyphen(token)
    if _initial(token) and (
            (token.i > 0 and _name_like(doc[token.i - 1]))
            or (token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN" and capitalised(doc[token.i + 1].text))):
        return True  # "Corwin J. Ashdale": a middle initial between name parts; "R. Ezhilarasi": initials first
    if (token.dep_ == "compound" or token.ent_type_ == "PERSON") and hyphened_lower_end(token):
        return True  # "Ji-yeon Han": the lower-case end of a hyphenated given name (also read as a verb, "Jae-won")
    if name_particle(token) and token.i >= 1 and doc[token.i - 1].text[:1].isupper() and doc[token.i - 1].is_alpha:
        return True  # "Lucía Ferreira dos Santos", "Aurélie Van den Bossche"
    if _hyphened_particle(doc, token.i):
        return True  # "al-Rashid"
    return (capitalised(token.text) and _spelt_word(token) and token.lower_ not in _DETERMINERS  # "Dell'Acqua", "O'Brien", "d’Ávila"
            and not (token.pos_ == "ADV" and token.dep_ == "advmod"))  # "Even China, ... said"


def title_case_tokens(doc: Doc) -> set[int]:
    """The tokens of paragraphs in title case (headlines, captions: ``Gold Star Mom Corners
    Obama On His Refusal``), where NER takes runs of capitalised words for names: most words
    of four letters or more capitalised, and none of those in lower case a verb, noun or
    adjective (a sentence full of names, ``President Tran Thanh arrived in Laos``, is none).

    >>> import spacy
    >>> doc = spacy.blank("en")("Mayor Corners Council On Bridge Tolls\\n\\nThe mayor spoke.")
    >>> sorted(title_case_tokens(doc))
    [0, 1, 2, 3, 4, 5]
    """
    paragraphs = paragraph_numbers(doc)
    found: set[int] = set()
    start = 0
    for end in range(1, len(doc) + 1):
        if end < len(doc) and paragraphs[end] == paragraphs[start]:
            continue
        words = [t for t in doc[start:end] if t.is_alpha and len(t) > 3]
        plain = any(t.is_lower and t.pos_ in ("VERB", "NOUN", "ADJ") and not (t.i > 0 and doc[t.i - 1].text == "-")
                    for t in words)  # "Tran Thanh arrived in Laos"; not "Reagan-like"
        if len(words) >= 3 and not plain and sum(1 for t in words if t.text[0].isupper()) >= 0.8 * len(words):
            found.update(t.i for t in doc[start:end] if not t.is_space)
        start = end
    return found


def _plain_name(ent: Span) -> bool:
    """A person's name NER can be trusted with in title case: two or three words, the first a
    known given name and the second no word the article writes in lower case (``Hillary
    Clinton``, not ``Rip Donald Trump``, ``Obama Seeks`` or ``Clinton Plan``)."""
    return (
        ent.label_ == "PERSON" and 2 <= len(ent) <= 3 and given_gender(ent[0].text) is not None
        and ent[1].text not in _lower_case_words(ent.doc)
    )


@cache
def _company_words(names: frozenset[str], suffixes: frozenset[str]) -> frozenset[str]:
    """The words that end a company's name (:data:`~quotekit.names.DEFAULT_COMPANY_WORDS` for the
    bundled lists): one set for each lexicon, so that the name functions' cache finds its entries."""
    return names | suffixes


#: The most characters a title in quotation marks holds.
_TITLE_LENGTH = 80
#: The word right before a position in the text, past spaces ("the headline «...»").
_WORD_BEFORE = re.compile(r"(\w+)\s*$")


#: Prepositions before a word NER typed a place that make it one ("in Haeryong"; not "Lumora fell").
_PLACE_PREPOSITIONS = frozenset({"in", "to", "from", "into", "across", "near", "inside", "outside", "toward", "towards"})
#: Prepositions before a place a short source name cannot stand for (:meth:`_EntityBuilder._only_as_place`).
_AT_A_PLACE = frozenset({"in", "at", "near", "inside", "outside", "across", "around"})


def _in_place_phrase(token: Token) -> bool:
    """Whether ``token`` stands in the phrase of a preposition of place (``at [Tan Chau]``,
    ``In [Tan Chau] town``, ``in An Phu and [Tan Chau] districts``), through the compounds,
    conjuncts and appositions it hangs on; not a word of an organisation's name of several
    words (``at the firm [Olmedo Prats Asociados]``)."""
    if token.ent_type_ == "ORG" and len(_entity_span(token.doc, token.i)) > 1:
        return False
    for _ in range(4):
        if token.dep_ == "pobj":
            return token.head.lower_ in _AT_A_PLACE
        if token.dep_ not in ("compound", "conj", "appos", "amod", "nmod") or token.head == token:
            return False
        token = token.head
    return False


class _EntityBuilder:
    """Collects name mentions in text order and clusters them with a :class:`NameIndex`."""

    def __init__(self, doc: Doc, lexicon: Lexicon, quoted: set[int]) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.companies = _company_words(lexicon.company_name_words, lexicon.company_suffixes)
        self.quoted = quoted  # tokens inside quotation marks
        self.marked: list[tuple[int, int]] | None = None  # titles in quotation marks (when asked)
        self.titled_words: set[str] | None = None  # words after a gendered title (when asked)
        self.place_words = {  # one-word places NER found after a preposition of place ("in Haeryong")
            e.text for e in doc.ents if e.label_ in ("GPE", "LOC") and len(e) == 1 and e.start > 0
            and doc[e.start - 1].lower_ in _PLACE_PREPOSITIONS}
        self.names: list[tuple[Span, TokenRange, str | None, bool]] = []
        self.seen: set[tuple[int, int]] = set()
        self.title_case = title_case_tokens(doc)
        #: capitalised words outside title case, where a capital marks a name
        self.body_words = {t.lower_ for t in doc if t.i not in self.title_case and t.text[:1].isupper()}
        self.joins_only: set[tuple[int, int]] = set()

    def add_mention(self, rng: TokenRange, speaker: bool) -> None:
        """A source's words as a name. In a headline in title case, where the parser takes runs
        of capitalised words for a subject, a name other than a plain person's name NER found
        only joins an entity it names in full or in short (``Pence:``), never one whose name it
        holds with more words (``Former White House Doctor`` is not the White House), and never
        starts one (``Gold Star Mom Corners Obama On His Refusal`` is no one's name)."""
        name = proper_part(self.doc, rng, self.lexicon)
        if name is not None and (abbreviated := _with_name_abbreviation(self.doc, name.start)) < name.start:
            name = Span(self.doc, abbreviated, name.end, label="PERSON")  # "Ma. | Lourdes Ramos said": the parser
            # ended a sentence at the abbreviation's full stop
        if (name is not None and name.start > 0 and _given_name_run_into_date(self.doc[name.start - 1])
                and name.start <= self.doc[name.start - 1].head.i < name.end):
            name = Span(self.doc, name.start - 1, name.end, label="PERSON")  # "MARROWGATE, [June 9 - Dorian]
            # Vasquez-Hale, ..., said": the given name NER ran the date into
        if name is not None and lone_title(name, self.lexicon):
            return  # "Mayor defends ...": a title, which a nominal resolves
        if name is not None and self._in_a_title(name):
            return  # "a commentary under the headline «The Senate's Harbor Panic», which accused ...": a title, no name
        if name is not None and (_capitalised_role(name, self.lexicon) or self._role_capitalised_first(name)):
            return  # "said the Dutchman": a noun of nationality, which a nominal resolves; "Counsel for the tribunal"
        if name is not None and name.start in self.title_case and not any(
            ent.start <= name.start and name.end <= ent.end and _plain_name(ent) for ent in self.doc.ents
        ):
            self.joins_only.add((name.start, name.end))
        if name is not None and (name.start, name.end) not in self.seen:
            self.seen.add((name.start, name.end))
            label = name.root.ent_type_ or None
            root = name.root
            roles = self.lexicon.role_nouns
            described = any(_apposed_after(c) and c.lemma_.lower() in roles for c in root.children)
            role_before = root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in roles
            if label is None and (role_before or described):
                label = "PERSON"  # "Ostia's spokesman, [Han] Do-gyeom", "[Han] Seo-yeon, a volunteer nurse,": a role's
                # name, whatever NER made of its words
            elif label in ("GPE", "ORG", "PRODUCT", "WORK_OF_ART") and (
                    (described and (label in ("GPE", "ORG") or a_given_name(name[0].text)))
                    or (role_before and a_given_name(name[0].text))) and plain_proper_name(name, self.lexicon):
                label = "PERSON"  # "[Ryo Kwang-sok], Haesong's hereditary ruler,", "The agent, [Marcus Feld] of Feld
                # Athlete Management,": a person's name NER typed a place or an organisation ("Lucien Marchetti, the
                # celebrity chef whose ...", typed a product, with a given name)
            elif label in ("FAC", "GPE", "LOC", "ORG") and _given_name_opens_full_name(name, self.lexicon):
                label = "PERSON"  # "[Carmen Ibarrondo Salas] made the same round of pharmacies, asking whether ..."
            elif label in (None, "GPE", "LOC") and titled_full_name(name, self.lexicon):
                label = "PERSON"  # "Labour Minister Rosaura Quispe [Valdivia]": a title before a full name
            self.names.append((name, rng, label, speaker))

    def add_ents(self) -> None:
        """Names NER finds, outside quotation marks (a speaker's wording, "Crooked Hillary
        Clinton", is no name) and a dateline's place, and, in a headline in title case, where
        every word looks like a name, only a plain person's name."""
        for ent in self.doc.ents:
            if ent.label_ in TIME_ENTITIES:  # "SINGAPORE, [March 21 - Lin Shuqin], the wife of ...": NER ran the
                ent = _name_after_dateline(ent, self.lexicon) or ent  # dateline's date into the name after its dash
            titled = self._titled_person_opening(ent) if ent.label_ in ("FAC", "ORG") else None
            if titled is not None:  # "[the Reverend Sefo Aumua of the Lepuna Congregational Church]" typed a building
                ent = titled
            owner = _plural_owner_cut_off(ent, self.lexicon)
            if owner is not None:  # "[the Workers]' [Banner]": NER cut a name at its plural's possessive
                ent = Span(self.doc, owner, ent.end, label="ORG")
            elif (ent.label_ == "ORG" and ent.end + 1 < len(self.doc)
                  and _plural_owner_cut_off(_entity_at(self.doc, ent.end + 1), self.lexicon) == ent.end - 1):
                continue  # (the name's first half, which the name above takes in)
            if ent.label_ in ("WORK_OF_ART", "FAC") and self._news_word_before(ent):
                ent = Span(self.doc, ent.start, ent.end, label="ORG")  # "the daily [La Gaceta Nacional]"
            elif ent.label_ in _MISREAD_NAME_LABELS and self._role_before(ent):
                ent = Span(self.doc, ent.start, ent.end, label="PERSON")  # "actress [Ines de la Roca]" as a product
            elif ent.label_ in _MISREAD_NAME_LABELS | {"FAC"} and _organisation_after(self.doc, ent.end, self.lexicon):
                ent = Span(self.doc, ent.start, ent.end, label="ORG")  # "[Thorne Whitcombe Advisory], the firm ...," a place
            elif ent.label_ in ("FAC", "GPE", "LOC", "DATE", "TIME") and self._titled_elsewhere(ent):
                ent = Span(self.doc, ent.start, ent.end, label="PERSON")  # "[Prakash Chandra Gogoi]" a building, "Mr. Gogoi";
                # "[Maureen Pickett]" a date, "Mrs Pickett"
            elif ent.label_ in ("FAC", "GPE", "LOC", "ORG") and self._person_with_who(ent):
                ent = Span(self.doc, ent.start, ent.end, label="PERSON")  # "[Hodan Yusuf Elmi], who leads the party,"
            elif (ent.label_ in ("GPE", "LOC", "ORG") and len(ent) > 1 and ent.root.dep_ in ("nsubj", "nsubjpass")
                  and all(t.pos_ == "PROPN" for t in ent) and _aged(ent)):
                ent = Span(self.doc, ent.start, ent.end, label="PERSON")  # "[U San Win], 58, has piloted a boat": an age
            elif ent.label_ in ("FAC", "GPE", "LOC", "ORG") and (
                    self._person_with_title_before(ent) or self._person_after_role_word(ent)):
                ent = Span(self.doc, ent.start, ent.end, label="PERSON")  # "Japan's Vice-Minister of Defence, [Kazuhiro
                # Sekimoto],", "its chief executive, [Marguerite Solane]," typed a place
            elif ent.label_ in ("FAC", "ORG") and self._described_as_role(ent):
                ent = Span(self.doc, ent.start, ent.end, label="PERSON")  # "met [Nebojša Stanimirović], the leader of ...",
                # "[Pálfi-Nagy Orsolya], the only one of the council's five members,"
            elif ent.label_ == "ORG" and (self._person_with_role_after(ent) or self._person_of_institution(ent)):
                ent = Span(self.doc, ent.start, ent.end, label="PERSON")  # "[María-José Ocampo Quispe], secretary-general"
            elif (ent.label_ in ("FAC", "GPE", "LOC", "ORG") and ent.root.dep_ in ("nsubj", "nsubjpass")
                  and _given_name_opens_full_name(ent, self.lexicon)):
                ent = Span(self.doc, ent.start, ent.end, label="PERSON")  # "[Carmen Ibarrondo Salas] made the same round"
            elif ent.label_ in ("GPE", "LOC", "ORG") and self._given_name_left_out(ent):
                ent = Span(self.doc, ent.start - 1, ent.end, label="PERSON")  # "Petra [Vondrakova], the party's leader"
            elif ent.label_ == "NORP" and self._titled_family_name(ent):
                ent = Span(self.doc, ent.start, ent.end + 1, label="PERSON")  # "Professor [Han] Jiwoo, who has taught"
            if ent.label_ not in ENTITY_LABELS or ent.start in self.quoted or (ent.start in self.title_case and not _plain_name(ent)):
                continue
            if self._in_a_title(ent):
                continue  # "the film «Rivers of Silk»", "the headline «The Senate's Harbor Panic»": no one's name
            if (ent.label_ != "PERSON" and ent[-1].lower_.rstrip(".") in self.lexicon.honorifics and ent.end < len(self.doc)
                    and self.doc[ent.end].ent_type_ == "PERSON"):
                continue  # "[Auditor General Dr.] Tobias Fenwright": the person's titles, no organisation
            if ent.label_ != "PERSON" and _opens_hyphenated_person(ent):
                continue  # "[Rustam]-[Ali Nazarzoda]": the first half of a person's given name, typed a place
            following = _entity_at(self.doc, ent.end) if ent.end < len(self.doc) else None
            if following is not None and (_place_word_opening_name(ent[0], following) or (
                    len(ent) == 1 and ent.label_ != "PERSON" and _split_given_name(ent[0], following))):
                continue  # "[Farzana] [Baloch Memon]", "[Lucía] [Maldonado Ibarra]" (a group): the given name of the
                # person's name after it
            if self._role_capitalised_first(ent):
                continue  # "[Heir]'s armoured train reaches ...": "the heir" of the story, no name
            start, end = self._given_name_before(ent), ent.end
            if ent.label_ == "ORG" and ent.start >= 2 and self.doc[ent.start - 1].lower_ in ("for", "against"):
                head = self.doc[ent.start - 1].head  # "Physicians for [Clean Air], which ...": NER left out the head
                if (head.i == ent.start - 2 and head.text[:1].isupper() and not head.ent_type_
                        and _institution_name_end(head, self.lexicon) == end - 1):
                    start = head.i
            if ent.start in self.title_case and len(ent) == 3 and ent[-1].lower_ not in self.body_words:
                end -= 1  # "Ted Cruz Apologizes For ...": a headline's verb is no name part
            if (ent.label_ == "NORP" and end + 1 < len(self.doc) and self.doc[end].text == "-"
                    and self.doc[end - 1].head.i == end + 1 and self.doc[end + 1].text[:1].isupper()):
                end += 2  # "Greek-Canadians": NER types only "Greek"
            elif (ent.label_ == "GPE" and len(ent) == 1 and end + 1 < len(self.doc) and joining_hyphen(self.doc[end])
                  and self.doc[end + 1].pos_ == "PROPN" and self.doc[end + 1].text[:1].isupper()
                  and not self.doc[end + 1].ent_type_):
                end += 2  # "Yıldırım-Kooij is one of ...": NER typed a double family name's first half a place
            family = ent.label_ == "PERSON" and end == ent.end and self._family_name_left_out(ent)
            if family:
                end += 1  # "[Superintendent Graham] Tolliver of Westmere Police said": NER stopped at the given name
            past = _past_particles(self.doc, ent.end, len(self.doc)) if len(ent) == 1 and ent[0].pos_ == "PROPN" else ent.end
            if past > ent.end and ent.label_ in ("GPE", "LOC", "ORG", "NORP") and name_particle(self.doc[ent.end]):
                ent = Span(self.doc, ent.start, past, label="PERSON")  # "Magnus af Wetterstedt": NER typed
                end = ent.end  # the given name a place
            elif (ent.label_ in ("GPE", "LOC", "ORG", "NORP") and len(ent) > 1 and family_name_opener(ent[-1])
                  and _past_family_name_opener(self.doc, ent.end) > ent.end):
                ent = Span(self.doc, start, ent.end, label="PERSON")  # "[Ruairí Mac] an tSaoi": NER typed the name
                end = ent.end  # to its family name's opener an organisation
            joined = _whole_name(ent) if ent.label_ == "PERSON" else ent
            if joined.end > ent.end:
                end = joined.end  # "Rafael Domínguez-Ortega": NER cut the name at the hyphen
            opening = self.doc[joined.start].lower_
            if joined.start < start and opening not in self.lexicon.role_nouns and not self.lexicon.is_title(opening):
                start = joined.start  # "[Joost] van der Kolk": NER's name opens with the particles; not "Sprinter"
            after = _entity_at(self.doc, end) if end < len(self.doc) else None
            if (ent.label_ == "ORG" and after is not None and after.label_ == "ORG" and after.start == end
                    and _possessive_between_words(self.doc[end - 1])):
                end = after.end  # "[the Federation of Cocoa Farmers'] [Cooperatives]": NER cut it after the possessive
            if ent.label_ == "ORG" and self.doc[end - 1].lower_ in ("and", "&", "of", "for"):
                past = end  # "[the National Union of Rock and] Shaft Workers": NER stopped at a joining word
                while (past < min(end + 4, len(self.doc)) and self.doc[past].pos_ == "PROPN" and self.doc[past].is_title
                       and not self.doc[past].ent_type_):
                    past += 1
                end = past
            if ent.label_ == "ORG":
                start, end = (_coordinated_name_word(self.doc, start, end, self.lexicon, before=True),
                              _coordinated_name_word(self.doc, start, end, self.lexicon, before=False))
                # "The [Universities and] Colleges Employers' Council", "the Union of Midwives [and Birth Workers]"
            if ent.label_ == "ORG" and end < len(self.doc) and _news_name_number(self.doc, start, end, self.lexicon):
                end += 1  # "Sagar News 24": a news name's number, which NER leaves out
            if ent.label_ == "ORG" and _second_news_medium(self.doc, end, len(self.doc), self.lexicon):
                end += 2  # "[Velandran Television] and Radio": a second news medium NER left out
            continued = _institution_name_end(self.doc[end - 1], self.lexicon) if ent.label_ in ("ORG", "PERSON") else None
            if continued is None and ent.label_ == "ORG":
                continued = self._place_of_institution(ent)
            if continued is not None and not any(t.i in self.quoted for t in self.doc[end : continued + 1]):
                end = continued + 1  # "The Central Reserve Bank of Ondaro": NER stops before "of"; "[Kessler] for Michigan"
            name = proper_part(self.doc, (start, end), self.lexicon)
            if (ent.label_ == "PERSON" and joined.start < ent.start and start == joined.start
                    and (name is None or name.start == ent.start)):
                name = self.doc[joined.start : name.end if name is not None else end]  # "Annelies van der [Berghe]",
                # "Amadou [Ibrahima Sow]": a given name the tagger read as a verb
            if name is None or (name.start, name.end) in self.seen or lone_title(name, self.lexicon):
                continue
            if _capitalised_role(name, self.lexicon):
                continue  # "the [Frenchman] said": a noun of nationality NER typed an organisation, which a nominal resolves
            if dateline_end(self.doc, name.start) is not None and not _credited(name):
                continue  # "LAGOS, Nigeria (AFP) -": the dateline's place, where the story was filed
            if family and self._widen_mention_inside(name):  # "[Superintendent Graham] Tolliver said": the
                continue  # source's "Tolliver" is the name's family name, whose given name NER found
            if any(name.start < e and s < name.end for s, e in self.seen):
                continue
            self.seen.add((name.start, name.end))
            self.names.append((name, (start, end), ent.label_, False))

    def _in_a_title(self, name: Span) -> bool:
        """Whether ``name`` stands inside quotation marks that hold a work's title, of
        :data:`_TITLE_LENGTH` characters at most, right after a noun for the work
        (``work_nouns.txt``: ``under the headline «The Senate's Harbor Panic»``, ``his book "The
        Art of the Deal"``; not ``told "Fox News Sunday"`` nor ``the so-called "Self-Determination
        Initiative"``, names)."""
        if name.start in self.quoted:
            return False  # a quote's words (a speaker named there stays one)
        if self.marked is None:
            text = text_of(self.doc)
            self.marked = [(q.start, q.end) for q in find_quoted(text) if q.depth == 0 and q.end - q.start <= _TITLE_LENGTH
                           and (before := _WORD_BEFORE.search(text[max(0, q.open - 40) : q.open])) is not None
                           and before.group(1).lower() in self.lexicon.work_nouns]
        start, end = name[0].idx, name[-1].idx + len(name[-1])
        return any(first <= start and end <= last for first, last in self.marked)

    def _role_capitalised_first(self, ent: Span) -> bool:
        """Whether ``ent`` is one role noun (``role_nouns.txt``) capitalised only as its sentence's
        first word, which the article writes in lower case elsewhere (``[Heir]'s armoured train
        reaches ...`` ... ``the heir said``)."""
        word = ent[0]
        return (len(ent) == 1 and bool(word.is_sent_start) and word.lower_ in self.lexicon.role_nouns
                and word.text in _lower_case_words(self.doc))

    def _role_before(self, ent: Span) -> bool:
        """Whether a person's role in lower case stands just before ``ent``, a run of capitalised
        proper nouns and name particles with no possessive (``actress [Ines de la Roca]``; not
        ``composer [Verdi's Requiem]``)."""
        role = self.doc[ent.start - 1] if ent.start > 0 else None
        return (role is not None and role.pos_ == "NOUN" and role.is_lower and role.lemma_ in self.lexicon.role_nouns
                and role.i not in self.quoted and ent[0].text[:1].isupper()
                and all((t.pos_ == "PROPN" and t.text[:1].isupper()) or name_particle(t) or joining_hyphen(t) for t in ent))

    def _place_of_institution(self, ent: Span) -> int | None:
        """The last token of the place an institution's name NER found ends with, after "of"
        (``[the Single Union of Education Workers] of Valdemora (SUTEV)``): one or two
        capitalised proper nouns, no person's, then a bracket, a comma, a full stop or a word
        in lower case, when the name holds an institution's word; else ``None``."""
        doc = self.doc
        if not any(t.lower_ in self.lexicon.institution_heads for t in ent) or ent.end + 1 >= len(doc):
            return None
        if doc[ent.end].lower_ != "of":
            return None
        last = ent.end
        while last + 1 < len(doc) and last - ent.end < 2 and doc[last + 1].pos_ == "PROPN" and doc[last + 1].text[:1].isupper() and (
                doc[last + 1].ent_type_ in ("", "GPE")):
            last += 1
        after = doc[last + 1] if last + 1 < len(doc) else None
        if last == ent.end or (after is not None and not (after.text in ("(", ",", ".") or after.is_lower)):
            return None
        return last

    def _person_with_role_after(self, ent: Span) -> bool:
        """Whether an organisation's name NER found is a person's: two to four capitalised proper
        nouns (hyphens between), the first a given name the lists know (either half of a
        hyphenated one), none an organisation's word, and a comma and a person's role after it
        (``[María-José Ocampo Quispe], secretary-general of the union,``)."""
        doc, lex = self.doc, self.lexicon
        role = doc[ent.end + 1] if ent.end + 1 < len(doc) and doc[ent.end].text == "," else None
        return (role is not None and role.pos_ == "NOUN" and role.is_lower and role.lemma_ in lex.role_nouns
                and not (role.i + 1 < len(doc) and doc[role.i + 1].pos_ == "PROPN")  # not "..., director Ada Lind said"
                and a_given_name(ent[0].text) and plain_proper_name(ent, self.lexicon))  # "María"-José

    def _person_of_institution(self, ent: Span) -> bool:
        """Whether an organisation's name NER found is a person's: two or three plain proper
        nouns (:func:`plain_proper_name`), the first no English word, followed by "of" and an
        institution's name NER found, that ends in an institution's head (``[Oleksi Brandt] of
        the Institute for Eastern Strategic Studies``)."""
        doc = self.doc
        if ent.end + 2 >= len(doc) or doc[ent.end].lower_ != "of" or not 2 <= len(ent) <= 3:
            return False
        body = next((c for c in doc[ent.end].children if c.dep_ == "pobj"), None)
        return (body is not None and body.ent_type_ == "ORG" and body.lemma_.lower() in self.lexicon.institution_heads
                and plain_proper_name(ent, self.lexicon) and not self.lexicon.english_word(ent[0].text))

    def _described_as_role(self, ent: Span) -> bool:
        """Whether a building's or an organisation's name NER found is a person's: two or three
        capitalised proper nouns (hyphens aside), none an organisation's word, and a person's role
        with "the" or "a", or "one of" roles, apposed to it after a comma (``met [Nebojša
        Stanimirović], the leader of National Renewal,``; ``[Pálfi-Nagy Orsolya], the only one of
        the council's five members,``)."""
        doc = self.doc
        if ent.end + 2 >= len(doc) or doc[ent.end].text != "," or doc[ent.end + 1].lower_ not in ("the", "a", "an"):
            return False
        role = doc[ent.end + 1].head  # (or "one" of roles: "the only one of the council's five members")
        words = [t for t in ent if not joining_hyphen(t)]
        return (role.dep_ == "appos" and role.head == ent.root and _a_role(role, self.lexicon)
                and 2 <= len(words) <= 3 and all(t.pos_ == "PROPN" and t.is_alpha for t in words)
                and plain_proper_name(ent, self.lexicon))

    def _person_with_who(self, ent: Span) -> bool:
        """Whether a name NER typed a place, a building or an organisation is a person's that a
        relative clause with "who" follows, set off by a comma, as its clause's subject (``[Hodan
        Yusuf Elmi], who leads the Renewal Party, addressed ...``; not "A worker at [Yuanbei
        Central Station], who declined ...", the parser's reading): three or four capitalised
        proper nouns, none an organisation's word (:func:`plain_proper_name`; not "the [Harbour
        Council], who ...", a body some write so)."""
        words = [t for t in ent if not joining_hyphen(t)]
        return (_who_clause_on(ent) and ent.root.dep_ in ("nsubj", "nsubjpass") and len(words) >= 3
                and plain_proper_name(ent, self.lexicon) and not any(name_particle(t) for t in ent))

    def _titled_elsewhere(self, ent: Span) -> bool:
        """Whether a name NER typed a place, a building or a date is a person's that a gendered title
        gives elsewhere in the article by its last word (``[Prakash Chandra Gogoi] has lived
        beside the river ...`` ... ``said Mr. Gogoi``): two to four capitalised proper nouns,
        none an organisation's word (:func:`plain_proper_name`)."""
        if len(ent) < 2 or not plain_proper_name(ent, self.lexicon):
            return False
        if self.titled_words is None:  # the words right after a gendered title, outside quotes, once per article
            self.titled_words = {t.text for t in self.doc[1:] if self.doc[t.i - 1].lower_ in _title_genders()
                                 and t.i not in self.quoted}
        return ent[-1].text in self.titled_words

    def _titled_person_opening(self, ent: Span) -> Span | None:
        """The person's name an organisation's or a building's name NER found opens with, after
        a capitalised title (and "the"), when one to three capitalised proper nouns, a plain
        name with no institution's head, follow the title and "of" follows them, or two or three
        end the name (``[the Reverend Sefo Aumua of the Lepuna Congregational Church]``; not
        ``[the General Assembly]``); else ``None``."""
        doc, i = self.doc, ent.start + (ent[0].lower_ == "the")
        if i >= ent.end or not doc[i].text[:1].isupper() or not self.lexicon.is_title(doc[i].text):
            return None
        j = i + 1
        while j < ent.end and doc[j].pos_ == "PROPN" and doc[j].is_title and not self.lexicon.is_title(doc[j].text):
            j += 1
        if not 1 <= j - i - 1 <= 3 or (j < ent.end and doc[j].lower_ != "of") or (j == ent.end and j - i - 1 < 2):
            return None  # not "[the General Assembly]"
        name = Span(doc, i + 1, j, label="PERSON")
        if not plain_proper_name(name, self.lexicon) or any(t.lower_ in self.lexicon.institution_heads for t in name):
            return None
        return name

    def _person_with_title_before(self, ent: Span) -> bool:
        """Whether a name NER found is a person's set off by a comma after a title or role they
        hold, as its apposition: an organisation's name of two to four capitalised proper nouns,
        none an organisation's word, after a title or role noun (``Japan's Vice-Minister of
        Defence, [Kazuhiro Sekimoto], said``), or a name NER typed a place, a building or an
        organisation of two or three capitalised proper nouns that opens with a given name the
        lists know, after a person's role (``its chief executive, [Marguerite Solane],``; not
        ``the capital, Velmar``)."""
        role = ent.root.head
        if not (ent.root.dep_ == "appos" and role.i < ent.start and ent.start > 0 and self.doc[ent.start - 1].text == ","):
            return False
        words = [t for t in ent if not joining_hyphen(t)]
        return (ent.label_ == "ORG" and (self.lexicon.is_title(role.text) or role.lemma_.lower() in self.lexicon.role_nouns)
                and plain_proper_name(ent, self.lexicon)) or (
            _a_role(role, self.lexicon) and 2 <= len(words) <= 3
            and all(t.pos_ == "PROPN" and t.is_alpha for t in words) and a_given_name(words[0].text))

    def _widen_mention_inside(self, name: Span) -> bool:
        """Whether a source's name collected before lies inside ``name``, a person's, and ends with
        it; then that one takes the whole name (``[Superintendent Graham] Tolliver of Westmere
        Police said``: "Tolliver" becomes "Graham Tolliver")."""
        for n, (earlier, rng, label, speaker) in enumerate(self.names):
            if name.start < earlier.start and earlier.end == name.end:
                self.seen.discard((earlier.start, earlier.end))
                self.seen.add((name.start, name.end))
                self.names[n] = (name, rng, label or "PERSON", speaker)
                return True
        return False

    def _family_name_left_out(self, ent: Span) -> bool:
        """Whether NER ended a person's name at a given name the lists know, its only word but
        titles, before a capitalised proper noun it left untyped that no place, facility,
        institution or company word is (``[Superintendent Graham] Tolliver of Westmere Police
        said``); not in a headline in title case (``Hillary Clinton Sides With ...``)."""
        doc, end = self.doc, ent.end
        if (end >= len(doc) or not a_given_name(ent[-1].text) or (end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN")
                or ent.start in self.title_case or end in self.title_case
                or any(not self.lexicon.is_title(t.text) for t in ent[:-1])):
            return False
        after = doc[end]
        word = after.lower_
        return (after.pos_ == "PROPN" and after.is_title and after.is_alpha and not after.ent_type_
                and not any(word in words for words in (self.lexicon.place_nouns, self.lexicon.facility_nouns,
                                                         self.lexicon.institution_heads, self.lexicon.company_name_words))
                and not self.lexicon.is_title(after.text))

    def _person_after_role_word(self, ent: Span) -> bool:
        """Whether a name NER typed a place, a building or an organisation is a person's, right
        after a role noun in lower case that modifies it (``Board chair [Tomas Ekwall] was not
        available``): two or three capitalised proper nouns that open with a given name the
        lists know."""
        words = [t for t in ent if not joining_hyphen(t)]
        role = self.doc[ent.start - 1] if ent.start > 0 else None
        return (role is not None and role.is_lower and role.pos_ == "NOUN" and role.head.i in range(ent.start, ent.end)
                and role.lemma_.lower() in self.lexicon.role_nouns and 2 <= len(words) <= 3
                and all(t.pos_ == "PROPN" and t.is_alpha for t in words) and a_given_name(words[0].text))

    def _given_name_before(self, ent: Span) -> int:
        """Where a person's name NER found starts, with the proper nouns it left out before it
        (:func:`_left_name_part`) if the first of them is a given name (``Vera Petrovna
        Marchenko``: NER may find only the family name), or the word it cut off at a hyphen
        (:meth:`_cut_at_hyphen`)."""
        if ent.label_ != "PERSON":
            return ent.start
        first = ent.start
        while first > 0 and first - 1 not in self.quoted and _left_name_part(self.doc[first - 1], ent, self.lexicon):
            first -= 1
        apart = _given_name_apart(self.doc, first - 1, ent) if first > 0 else None
        if apart is not None and not any(i in self.quoted for i in range(apart, first)):
            return apart  # "[Mariana] Tavares [Quintela]", "[Anne-Sophie] [Mbaye]", "[Farzana] [Baloch Memon]": NER
            # typed the given name on its own
        if first < ent.start and (_opens_a_name(self.doc, first, self.lexicon) or family_name_opener(self.doc[ent.start])
                                  or self._rare_given_name(first, ent)):
            return first  # or "[Siobhán] Ní Dhomhnaill": the given name before a Gaelic family name
        return ent.start - 2 if self._cut_at_hyphen(ent) else ent.start

    def _given_name_left_out(self, ent: Span) -> bool:
        """Whether a one-word name NER typed a place or an organisation follows a given name the
        lists know for one gender, untyped and compounded on it (``Petra [Vondrakova], the
        Green-Liberal leader``, ``Grégoire [Valmont-Sabatier], president of ...``), outside
        quotation marks, and the article never writes the word as a place (``in Vondrakova``):
        a person's family name."""
        doc = self.doc
        if " " in ent.text or ent.start == 0 or ent.start in self.quoted:  # (one word, hyphened or not)
            return False
        given = doc[ent.start - 1]
        return (given.pos_ == "PROPN" and given.dep_ == "compound" and given.head == ent.root
                and (not given.ent_type_ or _given_name_run_into_date(given)) and given_gender(given.text) is not None
                and not self.lexicon.is_title(given.text)
                and not any(t.text == ent[0].text and _in_place_phrase(t) for t in doc))

    def _titled_family_name(self, ent: Span) -> bool:
        """Whether a one-word nationality NER found is a family name between a title and an
        untyped proper noun it is a compound of (``Professor [Han] Jiwoo``): a person's name,
        family name first."""
        doc = self.doc
        if len(ent) != 1 or ent.start == 0 or ent.end >= len(doc) or ent.start in self.quoted:
            return False
        title, given = doc[ent.start - 1], doc[ent.end]
        return (self.lexicon.is_title(title.text) and title.text[:1].isupper() and title.head.i in (ent.start, ent.end)
                and given.pos_ == "PROPN" and not given.ent_type_ and given.text[:1].isupper() and ent[0].head == given
                and given.is_alpha)

    def _rare_given_name(self, first: int, ent: Span) -> bool:
        """Whether the one proper noun NER left out before a person's name is a given name the
        lists lack: a word no dictionary holds that the article writes only before that name
        (``Loveness [Marimo] weighed out ...``, ``Dorji [Samten Khandu], an independent MP``) or
        alone as no place nor part of another name (``"Imtiaz was like a son to me"``), not opening
        a quotation, whose last word NER types no place or organisation anywhere (but an
        organisation as a clause's subject: ``Maricel [Umpad] had just settled ... Umpad said``)."""
        doc, word = self.doc, self.doc[first]
        return (first == ent.start - 1 and word.is_title and word.is_alpha and not self.lexicon.english_word(word.text)
                and (first == 0 or not doc[first - 1].is_quote)  # not "''Wilayat [Twitter],''", a name in quotation marks
                and all(doc[t.i + 1 : t.i + 1 + len(ent)].text == ent.text or (
                    t.dep_ != "compound" and not _in_place_phrase(t) and t.ent_type_ not in ("ORG", "FAC", "LOC"))
                    for t in doc if t.text == word.text)
                and not any(t.text == ent[-1].text and t.ent_type_ in ("ORG", "GPE", "LOC", "FAC", "NORP")
                            and not (t.ent_type_ == "ORG" and t.dep_ == "nsubj") for t in doc))  # (not "Umpad said", a
        # person NER typed an organisation as a clause's subject)

    def _cut_at_hyphen(self, ent: Span) -> bool:
        """Whether NER cut a person's name at a hyphen after its first word (``[Rustam]-[Ali
        Nazarzoda]``, ``de la [Fuente]-[Ortega]``, ``Ole-[Petter Brandvold]``): a proper noun
        outside quotes joined to the name by the hyphen, capitalised and no person's name NER
        found before one NER typed a person's, or a given name NER left untyped."""
        doc, i = self.doc, ent.start - 2
        if i < 0 or i in self.quoted or not joining_hyphen(doc[i + 1]) or doc[i].pos_ != "PROPN" or not doc[i].is_alpha:
            return False
        word = doc[i]
        return ((word.text[:1].isupper() and word.ent_type_ != "PERSON" and doc[ent.start].ent_type_ == "PERSON")
                or (not word.ent_type_ and a_given_name(word.text)))

    def add_apposed(self) -> None:
        """Names NER missed that a comma sets beside a person's role, as its apposition or with
        the role apposed to them (``Ostia's manager, Oh Taegyun, ...``, ``Ilse Ravensworth, the
        glass artist whose ...``; ``role_nouns.txt``): a person's name; or with a news head apposed
        to them (``Minju Haebit, the party's daily newspaper,``): a news organisation's."""
        roles = self.lexicon.role_nouns
        for token in self.doc:
            if token.pos_ != "PROPN" or token.ent_type_ or token.i in self.quoted or token.i in self.title_case:
                continue
            head = token.head
            role_before = token.dep_ == "appos" and head.pos_ == "NOUN" and head.lemma_.lower() in roles and head.i < token.i
            role_after = any(_apposed_after(c) and (c.lemma_.lower() in roles or self.lexicon.is_news_phrase([c.lower_]))
                             for c in token.children)  # "Minju Haebit, the party's daily newspaper,": a paper's name
            if not (role_before or role_after):
                continue
            first = next((t.i for t in self.doc[token.left_edge.i : token.i + 1] if t.pos_ == "PROPN"), token.i)
            if role_before and (first == 0 or self.doc[first - 1].text != ","):
                continue
            name = proper_part(self.doc, (first, token.i + 1), self.lexicon)
            if name is None or any(name.start < e and s < name.end for s, e in self.seen):
                continue
            self.seen.add((name.start, name.end))
            self.names.append((name, (first, token.i + 1), None, False))

    def add_given_names(self) -> None:
        """Names NER missed that open with a given name the lists know for one gender (``Ana
        Ferreira waited for news``) or with a family name before a hyphenated given name of two
        romanised syllables (``Pyo Jae-hun``): a run of two or three capitalised proper nouns, joined by
        hyphens or not, with a family name's particles in lower case between or not (``Jean-Luc
        de la Serre``), that is no compound of a word after it, none of them written in lower
        case elsewhere (``the Fox News Poll``), with no title, name, initial or article before
        it (``Miss Piggy``, ``A. Philip Randolph Institute``) and no institution's word in it nor a plural
        at its end (``Carolina Panthers``): a person's name, outside quotation marks and headlines in
        title case, also where NER typed it a date with no number."""
        lower = _lower_case_words(self.doc)
        heads = self.lexicon.institution_heads

        def untyped(t: Token) -> bool:  # or typed a date with no number ("pensioner [Pieter-Jan van der Westhuizen]"),
            doc = self.doc  # or a nationality before a hyphen and a romanised syllable ("Seo [Han]-gyeol")
            return not t.ent_type_ or (t.ent_type_ == "DATE" and not any(u.like_num for u in _entity_span(doc, t.i))) or (
                t.ent_type_ == "NORP" and t.i + 2 < len(doc) and joining_hyphen(doc[t.i + 1]) and hyphened_lower_end(doc[t.i + 2])
            ) or (t.ent_type_ in _MISREAD_NAME_LABELS  # "opposition lawmaker [Pyo Jae-won]", typed a work of art
                  and _family_then_given(_entity_span(doc, t.i).text.replace(" - ", "-").split()))

        for token in self.doc:
            if (token.pos_ != "PROPN" or token.dep_ == "compound" or not untyped(token) or token.i in self.quoted
                    or token.i in self.title_case or not (token.text[:1].isupper() or hyphened_lower_end(token))):
                continue
            first = token.i
            while first > 0 and (self.doc[first - 1].pos_ == "PROPN" or self.doc[first - 1].text == "-"
                                 or name_particle(self.doc[first - 1]) or _syllable_read_as_interjection(self.doc[first - 1])) and (
                    self.doc[first - 1].head.i in range(first, token.i + 1) or lone_root(self.doc[first - 1])):
                first -= 1  # "Jean-Pierre de la Rosa": the particles tagged a foreign word or a name; "[Grace]
                # Mwale keeps ...": a given name the parser made a root of its own after a byline; "[Oh] Kyung-taek
                # kept ...": a family name the tagger read as an interjection
            if first + 1 < token.i and self.doc[first].lower_ in self.lexicon.role_nouns:
                first += 1  # "DUBLIN (Meridian Wire) - Trainer Niall Fenwick": the role, capitalised, tagged a name
            last = hyphenated_end(self.doc, token.i)  # "Marguerite Osei-Bonsu": the parser hung "Bonsu" apart
            run = self.doc[first : last + 1]
            words = [t for t in run if t.text != "-" and not name_particle(t)]
            spelled = [w for w in run.text.split() if not particle_word(w)]  # "Edmund Kwok Wai-sun": three
            if (not 2 <= len(spelled) <= 3 or name_particle(run[0])
                    or any((t.pos_ != "PROPN" and not _syllable_read_as_interjection(t)) or not untyped(t) or t.i in self.quoted
                           for t in words)):
                continue
            before = self.doc[first - 1] if first > 0 else None
            # "Trainer Niall Fenwick was banned", "jockey Aidan Cleary": a role before names the person, whatever the
            # given name
            role = (before is not None and before.lower_ in self.lexicon.role_nouns and before.head in words
                    and before.dep_ == "compound")  # (hung on the given name too: "declared Governor Ines Carvallo the"
            known = given_gender(words[0].text) is not None or _family_then_given(run.text.split()) or role  # "Pyo Jae-hun"
            if not known or words[-1].tag_ == "NNPS" or any(t.lower_ in heads or t.text in lower for t in words):
                continue
            if self.lexicon.is_title(words[0].text) or (before is not None and not role and (
                    before.pos_ == "PROPN" or (before.is_title and not (
                        (before.is_sent_start or (before.i > 0 and dateline_end(self.doc, before.i - 1) == before.i))
                        and before.is_stop))  # ("PORVANNE, March 11 - For Ida Fenmark, ...": after a dateline)
                    or before.lower_ in ("the", "a", "an"))):
                continue  # (but "When Ilyas Varnokov's train rolled in": a word capitalised to open the sentence)
            if any(run.start < e and s < run.end and not all(  # (not a nationality NER saw in a romanised given name)
                    self.doc[k].ent_type_ == "NORP" and untyped(self.doc[k]) for k in range(s, e)) for s, e in self.seen):
                continue
            self.seen.add((run.start, run.end))
            self.names.append((run, (run.start, run.end), "PERSON", False))  # a person's, joined by any part

    def add_credit(self) -> None:
        """The news organisation a dateline credits in its brackets (``LONDON (Harbor Wire)
        -``), where NER found no name."""
        for token in self.doc:
            if token.text != "(":
                continue
            close = next((t.i for t in self.doc[token.i + 2 : token.i + 6] if t.text == ")"), None)
            if close is None:
                continue
            name = self.doc[token.i + 1 : close]
            if _credited(name) and not any(name.start < e and s < name.end for s, e in self.seen):
                self.seen.add((name.start, name.end))
                self.names.append((name, (name.start, name.end), None, False))

    def add_subjects(self) -> None:
        """Proper nouns NER left untyped, or typed as no name (a product, a work of art), that
        are a clause's subject (``Okoro disagreed``), have an age (``Park, 52, trained as ...``) or
        give a sentence's viewpoint (``For Kišová, the decision ...``, :func:`_viewpoint`): each
        may only join an entity it names in short, never start one, so that a pronoun after it
        (``He said``) finds who it is; one that ends in a company's suffix or trade
        word may (``Velmora Air cancelled ...``), or a news organisation's word (``The Harbour
        Tribune first raised ...``), and so may a name of two words or more after an
        office's title (``Mayor Ana Ruiz gave ...``), with a role in apposition
        (:meth:`_described_as_person`) or, of two to four plain proper nouns, with a "who" clause
        (``For Yusuf Pranoto, who has sold ... for 22 years, the cut is ...``), and so may a name
        of any length with a company's noun in apposition (:meth:`_described_as_company`), and one
        of two words or more that an institution's word ends (``Northgate University Hospital
        resumed ...``, ``institution_heads.txt``)."""
        for token in self.doc:
            if ((token.pos_ != "PROPN" and not self._name_read_as_noun(token)) or token.ent_type_ not in _NOT_NAMES
                    or not token.text[:1].isupper() or token.i in self.quoted or token.i in self.title_case):
                continue
            # "MARENZA, March 14 (Nord Wire) - Valdorian Public Broadcasting dismissed ...": the subject the parser
            # apposed to the dateline's place
            after = dateline_end(self.doc, token.head.i) if token.dep_ == "appos" else None
            first = token.i
            while first > 0 and self.doc[first - 1].dep_ == "compound" and self.doc[first - 1].pos_ == "PROPN":
                first -= 1  # ("SALTMERE, March 18 - Corvane Air and ...": the date the parser hung on the name)
            past_dateline = after is not None and after > token.head.i and (token.left_edge.i >= after or (
                first >= after
                and all(t.ent_type_ in TIME_ENTITIES or t.is_punct for t in self.doc[token.left_edge.i : first])))
            if (token.dep_ not in ("nsubj", "nsubjpass") and not _aged(self.doc[token.i : token.i + 1])
                    and not _viewpoint(token) and not past_dateline):
                continue  # a subject, a name with an age ("Park, 52, trained as ...") or whose view a sentence gives
                # ("For Kišová, the decision was not easy")
            start = token.i
            while start > 0 and (self.doc[start - 1].dep_ == "compound" and self.doc[start - 1].pos_ == "PROPN" or (
                    start > 1 and joining_hyphen(self.doc[start - 1]) and self.doc[start - 2].pos_ == "PROPN")):
                start -= 2 if joining_hyphen(self.doc[start - 1]) else 1  # "Marchetti-Dubois", NER's "product"
            if all(self.lexicon.is_title(t.text) or t.is_punct for t in self.doc[start : token.i + 1]):
                continue  # "Japan's Vice-Minister of Defence, Kazuhiro Sekimoto, said": titles, no name
            if dateline_end(self.doc, start) is not None and not _credited(self.doc[start : token.i + 1]):
                continue  # "GYEOLJU, March 16 - ...": the dateline's place, which the parser made the subject
            titled = token.i - start >= 2 and self.lexicon.is_title(self.doc[start].text)
            if titled:
                start += 1  # "Mayor Ana Ruiz gave ...": an office's title before two names is a person's
            end = hyphenated_end(self.doc, token.i) + 1  # "Kwon Min-jae", the parser's subject "Min"
            institution = _institution_name_end(token, self.lexicon)
            if institution is not None and (institution < end or any(t.i in self.quoted for t in self.doc[end : institution + 1])):
                institution = None
            if institution is not None:
                end = institution + 1  # "Physicians for Vaccine Safety, which ...": the institution's whole name
            if not titled:
                start = particles_before(self.doc, start, 0)  # "dela Peña said": a family name's particles,
            particled = any(name_particle(t) for t in self.doc[start:end])  # which only a person's name has
            if any(start < e and s < end for s, e in self.seen):
                continue
            self.seen.add((start, end))
            described = ((end - start >= 2 and self._described_as_person(start, end)) or particled
                         or (end - start >= 2 and _aged(self.doc[start:end])  # "Marites Dagohoy, 41, arrived ...":
                             and plain_proper_name(self.doc[start:end], self.lexicon))  # only a person takes an age
                         or self._described_as_company(start, end)
                         or (_who_clause_on(self.doc[start:end]) and plain_proper_name(self.doc[start:end], self.lexicon))
                         or self._given_name_before_person(start, end))
            news = end - start >= 2 and self.lexicon.is_news_phrase([t.text for t in self.doc[start:end]])
            titled = titled or titled_full_name(self.doc[start:end], self.lexicon)  # "State Fire Marshal Dolores
            # Quintanilla, speaking at a briefing, confirmed": a title phrase before a full name
            headed = end - start >= 2 and self.doc[end - 1].lower_ in self.lexicon.institution_heads  # "Northgate
            # University Hospital resumed surgery": an institution's name, whatever NER left out
            if not (titled or described or news or headed or institution is not None) and not _registered(
                    self.doc, (start, end), self.lexicon, trade=True):
                self.joins_only.add((start, end))  # but "Velmora Air cancelled": a company's name; "The Harbour Tribune"
            self.names.append((self.doc[start:end], (start, end), None, False))

    def _name_read_as_noun(self, token: Token) -> bool:
        """``Corvane has said it is cooperating``: a capitalised common noun opening its sentence,
        a word the article never writes in lower case, that is a word of a name NER found
        elsewhere (``the Corvane Chemical Company``): a short name the tagger took for a noun."""
        return (token.is_title and token.tag_ == "NN" and bool(token.is_sent_start)
                and token.text not in _lower_case_words(self.doc)
                and any(t.text == token.text and t.ent_type_ in ("ORG", "PERSON") and t.i != token.i for t in self.doc))

    def _given_name_before_person(self, start: int, end: int) -> bool:
        """Whether a name of two or three plain proper nouns opens with a given name the lists
        know for one gender and ends in a word NER typed a person's name elsewhere (``NIAMEY -
        Daniel Mercer spoke ...`` where NER typed no name, and ``..., Mercer told reporters``):
        a person's full name, which the short form joins."""
        name = self.doc[start:end]
        if not 2 <= len(name) <= 3 or given_gender(name[0].text) is None or not plain_proper_name(name, self.lexicon):
            return False
        last = name[-1].text
        return any(ent.label_ == "PERSON" and ent[-1].text == last and ent.end != end for ent in self.doc.ents)

    def _described_as_company(self, start: int, end: int) -> bool:
        """Whether a name has a company's or an organisation's noun in apposition, or one of
        them in the plural after "of" (``company_nouns.txt``, ``organisation_nouns.txt``:
        ``SkyArc, the budget carrier that operates most routes, was more guarded``, ``Greenbay,
        the largest of the chains,``): a company's name, which "the company" after it stands
        for."""
        nouns = self.lexicon.company_nouns | self.lexicon.organisation_nouns

        def company(noun: Token) -> bool:  # "the budget carrier", "the largest of the chains"
            return (noun.pos_ == "NOUN" and noun.lemma_.lower() in nouns) or any(
                p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.tag_ == "NNS" and o.lemma_.lower()
                                                             in nouns for o in p.children) for p in noun.children)
        return any(c.dep_ == "appos" and c.i > t.i and company(c) for t in self.doc[start:end] for c in t.rights)

    def _described_as_person(self, start: int, end: int) -> bool:
        """Whether a name of two words or more has a role noun in apposition (``Kwon Min-jae, a
        fund manager in Seoul, was more sceptical``): a person's full name, whom a short form
        after it (``Kwon said``) joins."""
        return any(c.dep_ == "appos" and _a_role(c, self.lexicon)  # (or "the only one of the council's five members")
                   for t in self.doc[start:end] for c in t.rights)

    def build(self) -> tuple[EntityInfo, ...]:
        ordered = sorted(self.names, key=lambda item: item[0].start)
        relatives = self.lexicon.child_nouns | self.lexicon.parent_nouns | self.lexicon.kin_nouns
        index = NameIndex(self.lexicon.titles, self.lexicon.institution_heads, self.companies, self.lexicon.facility_nouns)
        assigned: list[int | None] = [None] * len(ordered)
        # a full name is known as a person's when it, or its last word alone, gives a quote's
        # source or follows Mr./Ms. ("Trump said", "Mr. Trump"); then it never joins the name of
        # an institution named after it, which a place's name does ("Glen Park School")
        personal = {
            self._name_words(name.text) for name, _np, _label, speaker in ordered
            if speaker or _title_gender(name) is not None
        }
        # but not the opening words of a news organisation's name ("The state-run Warta Nusantara
        # News Agency ... Warta Nusantara also reported", NER calling the short name a person's)
        news = [words for name, *_ in ordered if self.lexicon.is_news_phrase(name.text.split())
                and not _title_gender(name) and (words := self._name_words(name.text))]
        personal = {w for w in personal if not any(len(n) > len(w) and n[: len(w)] == w for n in news)}
        # full names first, in text order, so short forms find them wherever they stand
        for n, (name, *_rest) in enumerate(ordered):
            words = self._name_words(name.text)
            hyphenated = len(name.text.split()) == 1  # "al-Rifai", "Mr. Roche-Aubin": a short form, whose
            if len(words) > 1 and (name.start, name.end) not in self.joins_only and not hyphenated:  # full name it may be
                if _title_gender(name) is not None and sum(m.reason == "short form" for m in index.lookup(name.text)) > 1:
                    continue  # "Ms Abou Zeid" of Hussein and Layla Abou Zeid: the title decides, below
                assigned[n] = index.add(name.text, person=words in personal or words[-1:] in personal,
                                        join=not self._owned_by_another(name, words, index))
        counts = Counter(a for a in assigned if a is not None)
        first_named: dict[int, int] = {}  # where each full name is first given
        for (name, *_rest), entity in zip(ordered, assigned):
            if entity is not None:
                first_named.setdefault(entity, name.start)
        # "the Alliance to Reclaim Our Schools (AROS)": the initials in brackets name it too
        short_names = {
            short: entity for (name, _np, label, _speaker), entity in zip(ordered, assigned)
            if entity is not None and (label != "PERSON" or self.lexicon.is_news_phrase(name.text.split())
                                       or len(name.text.split()) >= 3)
            and (short := self._bracketed_initials(name)) is not None
        }  # not a person's: "Ada Perry (AP)" is a byline; but "Agencia Serrana de Noticias (ASN)" or "Companhia
        # Ferrífera do Planalto (CFP)", NER's person, whose name of three words or more its initials spell
        person_ids = {assigned[n] for n, item in enumerate(ordered) if assigned[n] is not None and (
            item[2] == "PERSON" or _patronymic_gender(item[0].text) is not None  # "Noraini binti Abdul Rahman"
            or (item[2] is None and (_family_then_given(item[0].text.split())  # "Baek Min-ah", NER's no name
                                     or _romanised_syllables(item[0].text.split()))))}  # "Chu Yon Hui"
        person_ids -= self._named_from_organisations(index, ordered, assigned, person_ids)
        titled: dict[int, str] = {}  # the gender a titled mention that fits no one else gave ("Mr. Clinton")
        for n, (name, *_rest) in enumerate(ordered):  # ("Mr Abou Zeid", joined above while he was the only one)
            gender, entity = _title_gender(name), assigned[n]
            if gender is not None and entity is not None and len(self._name_words(name.text)) < len(
                    self._name_words(index.canonical(entity))):
                titled.setdefault(entity, gender)
        # "Mr. Obama" says which Obama: names with a gendered title first, then bare "Obama" follows the counts
        # a word that joined a person once joins them wherever else it stands, where NER calls it a
        # place ("Delgado said ... Delgado has not decided", the second tagged GPE)
        read_as_person: dict[str, set[int]] = {}
        paragraphs: list[int] = []  # the paragraph of every token, when a short source name first needs them
        for n in sorted(range(len(ordered)), key=lambda n: (_title_gender(ordered[n][0]) is None, n)):
            name = ordered[n][0]
            words = self._name_words(name.text)
            joins_only = (name.start, name.end) in self.joins_only
            if assigned[n] is not None or not words:
                continue
            spelled = short_names.get(name.text)
            if spelled is None and name.text.isupper() and len(words) == 1 and not index.lookup(name.text):
                # "OTA said" where the article named the Ostrel Telegraph Agency: the one organisation it spells
                initialled = {e for e in assigned if e is not None and e not in person_ids
                              and is_initialism(name.text, index.canonical(e))}
                spelled = initialled.pop() if len(initialled) == 1 else None
            if spelled is not None:
                assigned[n] = entity = spelled
                counts[entity] += 1
                continue
            if joins_only and len(words) > 1:  # the same name or a shorter form, never a longer one
                fits = [m for m in index.lookup(name.text) if m.reason != "long form"]
                assigned[n] = fits[0].entity if len(fits) == 1 else None
                continue
            speaker = ordered[n][3]
            candidates = [
                m for m in self._openers_first(name, words, index, person_ids)
                if self._short_form_fits(name, index, m.entity, person_ids, speaker, titled.get(m.entity))
                or (name.root.ent_type_ in ("GPE", "LOC", "NORP") and m.entity in read_as_person.get(name.text, ()))
            ]
            if any(m.entity in person_ids and self._persons_family_name(name, index, m.entity) for m in candidates):
                candidates = [  # "Trump" is Donald Trump's family name, not short for Trump University
                    m for m in candidates if m.entity in person_ids or not self._named_after(name, index, m.entity)
                ]
            fitting = len(candidates)  # a gendered title names the one entity that fits, before any preference
            whole = [m for m in candidates if _whole_word_of(name.text, index.canonical(m.entity))]
            if whole and len(whole) < len(candidates):
                candidates = whole  # "Ms. Varga" is Hanne Varga, not Clara Varga-Mendel
            paternal = [m for m in candidates if self._first_family_name(name, index, m.entity)]
            if paternal and len(paternal) < len(candidates):  # "Treviño" is Rosa Elvira Treviño Castañeda, not her
                candidates = [m for m in candidates if m in paternal or not self._second_family_name(name, index, m.entity)]
                # son Emiliano Ruvalcaba Treviño, whose short name is "Ruvalcaba"
            edge = [m for m in candidates if m in paternal or self._at_an_end(name, index, m.entity)]
            if edge and len(edge) < len(candidates) and all(m.entity in person_ids for m in candidates):
                candidates = edge  # "Kouassi" is Ahou Affoué Kouassi, not Bertin Kouassi Ahoussou's middle name
            kin = self._kin_by_age(name)
            related = [m for m in candidates if kin and self._named_as_kin(m.entity, kin, ordered, assigned)]
            if len(related) == 1 and len(candidates) > 1:  # "the younger Durrani": the one named as someone's son
                candidates = related
            if speaker and len(candidates) > 1:  # "Chau told" is the spokeswoman Vu Minh Chau, not the town
                placed = [m for m in candidates if self._only_as_place(m.entity, index)]  # "in Tan Chau"
                if placed and len(placed) < len(candidates):
                    candidates = [m for m in candidates if m not in placed]
            exact = [m for m in candidates if m.reason == "exact"]
            if exact and len(exact) < len(candidates) and all(
                    m in exact or (m.entity not in person_ids and self._opens_name(name, index, m.entity)
                                   and self.lexicon.is_news_phrase(index.canonical(m.entity).split())) for m in candidates):
                candidates = exact  # "Pelland" again, after "Pelland" fitted no "Pelland Herald": the same word, not the
                # paper it opens the name of
            before = [m for m in candidates if first_named.get(m.entity, len(self.doc)) < name.start]
            if before and len(before) < len(candidates):
                candidates = before  # a short form points back: "Mr. Lind, 84, ..." before his son is named
            if speaker and len(candidates) > 1:  # "“...,” Sherpa told the Courier": of the Sherpas named before, the
                last = max((k for k, item in enumerate(ordered)  # one who is the source just before, not one who led
                            if item[3] and assigned[k] is not None and item[0].start < name.start),  # the prayers or
                           key=lambda k: ordered[k][0].start, default=None)  # spoke paragraphs before
                source = assigned[last] if last is not None else None
                paragraphs = paragraphs or paragraph_numbers(self.doc)
                if (source is not None and any(m.entity == source for m in candidates)  # (introduced in full in its
                        and paragraphs[name.start] - paragraphs[first_named.get(source, 0)] <= 1  # paragraph or the
                        and self._family_name(name, index, source)  # one before, and the name their family name;
                        and not (self._named_as_kin(source, relatives, ordered, assigned) and any(  # not "his wife, Lena
                            item[0].text == name.text and assigned[k] not in (None, source)  # Barkhan" when "Barkhan"
                            for k, item in enumerate(ordered) if item[0].start < name.start))):  # alone was his before)
                    candidates = [m for m in candidates if m.entity == source]
            if candidates:
                entity = max(candidates, key=lambda m: (m.score, counts[m.entity], -m.entity)).entity
                if fitting == 1 and (gender := _title_gender(name)) is not None:
                    titled.setdefault(entity, gender)  # only a title that could name no one else
            elif joins_only:
                continue
            else:
                entity = index.add(name.text, join=False)
            assigned[n] = entity
            counts[entity] += 1
            if len(words) == 1 and entity in person_ids:
                read_as_person.setdefault(name.text, set()).add(entity)
        for alias, person in self._aliases(ordered).items():  # "Saleh al-Mazrui, ... known as Abu Jassim": "Abu
            other, own = assigned[alias], assigned[person]  # Jassim said" is al-Mazrui, and so is the alias's short
            if other is not None and own is not None and other != own:  # form ("... known as Kenneth McIntyre /
                alias_words = set(self._name_words(ordered[alias][0].text))  # McIntyre said"), not a longer name
                for n in range(len(ordered)):  # that holds it ("known as «Mr Dunmore»" is not "NHS Dunmore")
                    if assigned[n] == other and set(self._name_words(ordered[n][0].text)) <= alias_words:
                        assigned[n] = own
        return self._entities(index, ordered, assigned)

    def _aliases(self, ordered: list[tuple[Span, TokenRange, str | None, bool]]) -> dict[int, int]:
        """The names that are another name's alias, by their places in ``ordered``: the object
        of "known as" in a clause on a person's name or on the description apposed to it, or, a
        "who" clause, on a noun inside that description (``Saleh bin Jumaa al-Mazrui, a captain
        from the port of Khor Qalbah who is known along the coast as Abu Jassim``,
        ``Yousef al-Balushi, a retired schoolteacher known in his neighbourhood as Abu Omar``)."""
        at = {t.i: n for n, (name, *_rest) in enumerate(ordered) for t in name}  # a word of a name the parser made
        at |= {name.root.i: n for n, (name, *_rest) in enumerate(ordered)}  # two heads of ("Seumas [Mac] an t-[Saoir]")
        aliases: dict[int, int] = {}
        for n, (name, *_rest) in enumerate(ordered):
            preposition = name.root.head
            if name.root.dep_ != "pobj" or preposition.lower_ != "as" or preposition.head.lemma_.lower() != "know":
                continue
            known = preposition.head
            if known.dep_ not in ("relcl", "acl"):
                continue
            who = any(c.lower_ == "who" for c in known.children)  # a person, wherever the parser hung the clause
            described = known.head  # ("a captain from the port of Khor Qalbah who is known ...")
            for _ in range(4 if who else 1):
                person = described.head if described.dep_ == "appos" else described
                if person.i in at and ordered[at[person.i]][2] == "PERSON" and at[person.i] != n:
                    aliases[n] = at[person.i]
                    break
                described = described.head
        return aliases

    def _bracketed_initials(self, name: Span) -> str | None:
        """The short form in brackets right after a name of several words (``Federal Bureau of
        Investigation (FBI)``, ``Estravian State Television (ETV)``), or ``None``."""
        doc, end = self.doc, name.end
        if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
            return None
        short = doc[end + 1].text
        return short if abbreviates(short, name.text) else None

    def _name_words(self, text: str) -> tuple[str, ...]:
        return name_tokens(text, self.lexicon.titles, self.lexicon.institution_heads, self.companies)

    def _tokens(self, name: Span, index: NameIndex, entity: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The entity's canonical name and ``name``, as comparable tokens."""
        return self._name_words(index.canonical(entity)), self._name_words(name.text)

    def _opens_name(self, name: Span, index: NameIndex, entity: int) -> bool:
        """Whether ``name`` is the first word or words of the entity's longer canonical name."""
        full, short = self._tokens(name, index, entity)
        return len(full) > len(short) and short == full[: len(short)]

    def _family_name(self, name: Span, index: NameIndex, entity: int) -> bool:
        """Whether ``name`` is the last word of the entity's canonical name of two or more."""
        full, short = self._tokens(name, index, entity)
        return len(full) > 1 and short == full[-1:]

    def _kin_by_age(self, name: Span) -> frozenset[str]:
        """The relatives a name's "younger" or "elder" before it picks (``the younger Durrani``:
        ``child_nouns.txt``; ``the elder Durrani``: ``parent_nouns.txt``), else none."""
        word = self.doc[name.start - 1].lower_ if name.start > 0 else ""
        return (self.lexicon.child_nouns if word == "younger"
                else self.lexicon.parent_nouns if word in ("elder", "older") else frozenset())

    def _named_as_kin(
        self, entity: int, kin: frozenset[str], ordered: list[tuple[Span, TokenRange, str | None, bool]],
        assigned: list[int | None],
    ) -> bool:
        """Whether a name of ``entity`` is set beside one of the ``kin`` nouns (``Durrani's son,
        Omar Rafaqat Durrani``, ``his daughter Ada Lind``)."""
        for (name, _rng, _label, _speaker), owner in zip(ordered, assigned):
            if owner != entity:
                continue
            root = name.root
            beside = [root.head] if root.dep_ == "appos" else []
            beside += [c for c in root.children if c.dep_ in ("appos", "compound") and c.i not in range(name.start, name.end)]
            beside += [self.doc[name.start - 1]] if name.start > 0 else []
            if any(t.lemma_.lower() in kin for t in beside):
                return True
        return False

    def _first_family_name(self, name: Span, index: NameIndex, entity: int) -> bool:
        """Whether ``name`` is the first of two family names of the entity's canonical name
        (:func:`_first_of_two_family_names`), not its last word: "Treviño" of "Rosa Elvira
        Treviño Castañeda"."""
        full, short = self._tokens(name, index, entity)
        return short != full[-1:] and _first_of_two_family_names(short, full)

    def _at_an_end(self, name: Span, index: NameIndex, entity: int) -> bool:
        """Whether ``name`` opens or ends the entity's canonical name, not only a word inside it."""
        full, short = self._tokens(name, index, entity)
        return bool(short) and (short == full[: len(short)] or short == full[-len(short) :])

    def _second_family_name(self, name: Span, index: NameIndex, entity: int) -> bool:
        """Whether ``name`` is the last of two family names after a given name the lists know:
        "Treviño" of "Emiliano Ruvalcaba Treviño" (not "Smith" of "John Michael Smith", whose
        middle name is a given name)."""
        full, short = self._tokens(name, index, entity)
        return (len(full) >= 3 and short == full[-1:] and not a_given_name(full[-2])
                and _first_of_two_family_names(full[-2:-1], full))

    def _persons_family_name(self, name: Span, index: NameIndex, entity: int) -> bool:
        """Whether ``name`` is a person's family name: the last word of their name, or its first
        word when the lists know it for no given name (family name first: "Szentgyörgyi" of
        "Szentgyörgyi Ákos")."""
        full, short = self._tokens(name, index, entity)
        return self._family_name(name, index, entity) or (len(full) > 1 and short == full[:1] and not a_given_name(full[0]))

    def _named_from_organisations(
        self, index: NameIndex, ordered: list[tuple[Span, TokenRange, str | None, bool]], assigned: list[int | None],
        person_ids: set[int | None],
    ) -> set[int | None]:
        """Names NER calls a person's that open with the first word of an organisation named in
        the article (tagged ORG, or ending in a company's suffix or trade word), a word the
        given-name lists do not know (``Tervo Freight`` ... ``will be called Tervo Okadama``): a
        merged company's name, whose last word is no family name; not one set beside a person's
        role (``Szentgyörgyi Capital Partners ... the fund's founder, Szentgyörgyi Ákos``)."""
        openers = {
            (words[0], entity) for (name, _np, label, _speaker), entity in zip(ordered, assigned)
            if entity is not None and len(words := self._name_words(name.text)) > 1
            and ((entity not in person_ids and label == "ORG")
                 or _registered(self.doc, (name.start, name.end), self.lexicon, trade=True))
        }
        roles = self.lexicon.role_nouns
        described = {  # "the fund's founder, Szentgyörgyi Ákos": a person the text describes by a role
            entity for (name, _np, _label, _speaker), entity in zip(ordered, assigned)
            if entity is not None and name.root.dep_ == "appos" and name.root.head.lemma_.lower() in roles
        }
        return {
            entity for entity in person_ids if entity is not None and entity not in described
            and len(words := self._name_words(index.canonical(entity))) > 1 and not a_given_name(words[0])
            and any(word == words[0] and other != entity for word, other in openers)
        }

    def _openers_first(
        self, name: Span, words: tuple[str, ...], index: NameIndex, person_ids: set[int | None]
    ) -> tuple[NameMatch, ...]:
        """The entities ``name`` may be short for; an organisation's short form is its first
        word, so a one-word name that opens one organisation's name and ends another's is no
        short form of the second (``Sakuraba`` is not the ``Nordvik Sakuraba`` that ``Nordvik
        Freight`` and ``Sakuraba Logistics`` merge into), unless the word ends many names
        (``Gazette``, ``Bank``, ``Holdings``), or a name word stands right before it in its
        phrase (``POLITICO Florida``, where NER tags only the place)."""
        matches = index.lookup(name.text)
        lex = self.lexicon
        if len(words) != 1 or words[0] in lex.agency_name_words | lex.institution_heads | lex.company_name_words:
            return matches
        before = self.doc[name.start - 1] if name.start > 0 else None
        if before is not None and before.pos_ == "PROPN" and before.dep_ == "compound" and before.head.i >= name.start:
            return matches
        organisations = [m for m in matches if m.entity not in person_ids]
        if not any(self._named_after(name, index, m.entity) for m in organisations):
            return matches
        return tuple(m for m in matches if m.entity in person_ids or not self._family_name(name, index, m.entity))

    def _named_after(self, name: Span, index: NameIndex, entity: int) -> bool:
        """Whether the entity's canonical name of two or more words opens with ``name``, one word."""
        return len(self._name_words(name.text)) == 1 and self._opens_name(name, index, entity)

    def _only_as_place(self, entity: int, index: NameIndex) -> bool:
        """Whether the text writes the entity's name twice or more, always inside a phrase of a
        preposition of place (``at Tan Chau``, ``In Tan Chau town``, ``in An Phu and Tan Chau
        districts``): a place, whatever NER typed it, which no quote's short source name stands
        for beside a candidate that is not one."""
        words = index.canonical(entity).split()
        found = occurrences(self.doc, words)
        return len(found) > 1 and all(_in_place_phrase(self.doc[s + len(words) - 1]) for s in found)

    def _short_form_fits(
        self, name: Span, index: NameIndex, entity: int, person_ids: set[int | None], speaker: bool = False,
        titled: str | None = None,
    ) -> bool:
        """A one-word name joins a person by any name part, an organisation only by its first or
        last word (``Meridian`` -> ``Meridian News Agency``, ``the Gazette`` -> ``Riverside Gazette``,
        but ``China`` is not ``New China News Agency``), and not by its first word when NER calls
        the word a place, there or, for a news organisation and unless NER calls it an organisation
        there or it is a quote's source, after a preposition of place elsewhere in the article
        ("with [Haeryong]" is not the
        Haeryong Central News Agency; ``China`` is not the ``China Power Project``) unless it is in capitals
        (initials: ``RT`` -> ``RT America``) or, a quote's source, stands nowhere else but in the
        news organisation's name it opens (``According to Huaxing``: the Huaxing News Agency) or
        has a company's noun in apposition (``Greenbay, the largest of the chains, said``).
        A name NER calls a place joins a person only by the person's last name and as the source
        of a quote ("Marta Salberg ... Salberg said", where NER tags "Salberg" GPE; "Georgia" never
        joins "Georgia Brown") or with an age ("Salberg, 48, ..."), with an age also by the first of three or more (family name
        first: "Vuong Thi Ngoc Diep ... Vuong, 66, ..."); one NER calls a nationality also by the first name part (family
        name first: "Han Yuelin ... Han said") and as any clause's subject; or as the
        same word that joined them elsewhere in the article (:meth:`build`). A source's name, or
        one with an age, also joins the middle word of a name of three that opens with a given name
        the lists know, whatever NER calls that name (a first family name of two). A gendered
        title must agree with the person's given name (in one of its spellings) and with the
        title (``titled``) an earlier mention gave them: "Mrs. Clinton" is not the "Bill
        Clinton" already called "Mr. Clinton". A title before a word NER calls a place makes it a
        person's first or last name ("Col. Wanchai said"), and a given name before a patronymic
        is a source's short name whatever NER calls it ("Hazwan bin Haji Mahmud ... Hazwan
        said")."""
        full, short = self._tokens(name, index, entity)
        if len(name) == 1 and name.text[:1].isupper() and any(
                half == name.text.lower() for word in index.canonical(entity).split() if "-" in word
                for half in word.split("-")[1:] if half.islower()):
            return False  # "Yoon" is not "Shin Ha-yoon", whose given name's lower-case end it is
        if (
            (name.root.ent_type_ in ("GPE", "LOC", "NORP")
             or (len(name) == 1 and name.root.ent_type_ != "ORG" and name.text in self.place_words and not speaker
                 and _title_gender(name) is None  # (not "Mr. Chatchai", whose given name NER typed a place)
                 and self.lexicon.is_news_phrase(index.canonical(entity).split())))  # (not "Lumora" for "Lumora
            # Technologies", after "shares in [Lumora]")
            and not name.text.isupper()  # "RT" -> "RT America": initials
            and entity not in person_ids and len(full) > 1 and short == full[:1]
            and not (speaker and self._only_in_organisation_name(name, index.canonical(entity)))
            and not (speaker and self._described_as_company(name.start, name.end))  # "Greenbay, the largest of the
            # chains, said": a company's short name, whatever NER typed it
            and not (name.root.ent_type_ in ("NORP", "GPE") and name.root.dep_ in ("nsubj", "nsubjpass")
                     and name.text not in self.place_words and full[-1] in self.lexicon.company_name_words)
        ):
            return False  # a place is not short for what is named after it: "China" is not the China Power Project,
            # wherever NER types the place a place ("to work with [Haeryong]", a person's name there); but a
            # subject NER typed a nationality or a place, never written as a place, is a company's ("[Maridian] had
            # begun moving equipment" for Maridian Energy, "[Veltrona] said" for Veltrona Mobile)
        opening = len(full) > len(short) and short == full[: len(short)]  # its first word or words
        ending = len(full) > len(short) and short == full[-len(short) :]  # its last ("Roche-Aubin": both halves)
        gender = _title_gender(name)
        if entity in person_ids:
            if name.root.ent_type_ == "NORP":  # no nationality is a person's name ("Han", "Santangeli dedicated")
                subject = name.root.dep_ in ("nsubj", "nsubjpass")
                return (speaker or _aged(name) or subject) and (opening or ending)
            if name.root.ent_type_ == "GPE" and ending and len(short) > 1:
                return True  # "Yıldırım-Kooij is one of ...": a double family name NER typed a place in part
            if name.root.ent_type_ == "GPE" and (opening or ending) and self._titled(name):
                return gender is None or titled in (None, gender)  # "Col. Wanchai said": a rank names a person
            if name.root.ent_type_ == "GPE" and name.text not in self.place_words and name.root.dep_ in ("nsubj", "nsubjpass") and (
                    ending or (opening and _family_then_given(index.canonical(entity).split()))):
                return True  # "Stanek had invited ...", "Ryang did not speak" (of Ryang Sol-gu): a clause's subject NER typed
                # a place, never written as one, is the person's family name
            if name.root.ent_type_ == "GPE" and ending and name.text not in self.place_words and (
                    _subject_of_own_part(name) or _subject_of_participle_aside(name) or self._typed_so_in_full(name)):
                return True  # "[Stanimirović], for his part, was more ambiguous": a person's own part; "[Borukhan],
                # speaking in Ardeshani, spoke for three minutes": what the person did as the clause went on; "Priya
                # [Santhanam] ... [Santhanam] was not satisfied": NER typed the family name a place in the full name too
            if name.root.ent_type_ == "GPE":
                return (speaker or _aged(name)) and (ending or _first_of_two_family_names(short, full)
                                                     or (_aged(name) and len(full) > 2 and short == full[:1])
                                                     or (short == full[:1]  # "Hwang Bo-ram ... Hwang said"
                                                         and _family_then_given(index.canonical(entity).split()))
                                                     or (short == full[:1]  # "Hazwan bin Mahmud ... Hazwan said":
                                                         and _patronymic_gender(index.canonical(entity)) is not None)
                                                     or (short == full[:1] and speaker and not a_given_name(name.text)
                                                         and name.text not in self.place_words))
                # the given name before a patronymic is how the article shortens the name; so is a source's given
                # name no list knows and the article never writes as a place ("Chatchai Rattanapong ... Chatchai
                # said", as Thai and Ethiopian news name people; not "Georgia said" for Georgia Brown)
            if gender is not None and ending:  # "Mr. Obama" is not "Michelle Obama"
                given = self._given_genders(index, entity)
                return titled in (None, gender) and (not given or gender in given)
            return True
        # "Rodrigo Salcedo Ibarrola ... Salcedo, 52, told", whatever NER calls the full name (not
        # "Mr. Clinton said" for the "Chelsea Clinton Foundation")
        modified = name.root.head if name.root.dep_ in ("compound", "poss") and name.root.head.pos_ == "NOUN" else None
        if (modified is not None and short == full[:1] and len(full) > 1
                and self.lexicon.is_news_phrase(index.canonical(entity).split())
                and not self.lexicon.is_news_phrase([modified.text]) and not self._authored(modified)):
            return False  # "Kaeshon officers", "Oranthe's culture minister": a place's, not the Kaeshon News Agency's
        institution = set(full) & (self.lexicon.institution_heads | self.lexicon.company_name_words)
        if (speaker or _aged(name)) and not institution and (
                _first_of_two_family_names(short, full) or self._before_joining_y(short, index.canonical(entity))):
            return True
        if gender is not None and ending and (given := self._given_genders(index, entity)) and gender not in given:
            return False  # "Mr. de la Roche-Aubin" is not "Marguerite de la Roche-Aubin", whatever NER called her
        return bool(full) and (short == full or opening or ending)

    def _before_joining_y(self, short: tuple[str, ...], canonical: str) -> bool:
        """Whether ``short`` is the family name before the "y" (Catalan "i") that joins two
        family names, whatever the given names before it: ``María del Carmen Olvera y
        Saucedo`` -> ``Olvera``."""
        words = canonical.split()
        joined = next((k for k in range(2, len(words) - 1) if words[k] in ("y", "i")), None)
        return joined is not None and self._name_words(words[joined - 1]) == short

    def _only_in_organisation_name(self, name: Span, canonical: str) -> bool:
        """Whether ``canonical`` names a news organisation or a company (its last word a trade's
        or a registered suffix: ``company_name_words.txt``, ``company_suffixes.txt``) and opens
        with ``name``, which the article writes nowhere else but in it (``China's official
        Huaxing News Agency ... According to Huaxing``, ``estimates by Fynbos Securities ...
        Fynbos argued``, NER calling the word a place): no place of its own, but the
        organisation's short name."""
        text, words = self.doc.text, canonical.split()
        company = len(words) > 1 and words[-1].lower().replace(".", "") in self.companies  # ("S.A." as "sa")
        return ((company or self.lexicon.is_news_phrase(words)) and canonical.startswith(f"{name.text} ")
                and all(text.startswith(canonical, t.idx) for t in self.doc if t.text == name.text and t.i != name.start))

    def _owned_by_another(self, name: Span, words: tuple[str, ...], index: NameIndex) -> bool:
        """Whether a name a place's possessive owns (``Arashima's Ministry of Defence``) would
        join only names that open with another word of their own (``Dongsan Ministry of
        National Defence``): another country's ministry, not the same one."""
        doc = name.doc
        if name.start < 2 or doc[name.start - 1].tag_ != "POS" or doc[name.start - 2].pos_ != "PROPN":
            return False
        owner = doc[name.start - 2].lower_
        matches = index.lookup(name.text)
        firsts = [self._name_words(index.canonical(m.entity))[:1] for m in matches]
        return bool(matches) and all(
            first and first[0] not in words and first[0][:5] != owner[:5] for first in firsts)

    def _authored(self, noun: Token) -> bool:
        """Whether ``noun`` is a document, poll or data an organisation puts out ("the Fox poll")."""
        lemma = noun.lemma_.lower()
        return lemma in self.lexicon.speech_nouns or lemma in self.lexicon.poll_nouns or lemma in self.lexicon.data_nouns

    def _given_genders(self, index: NameIndex, entity: int) -> set[str]:
        """The genders the given names of an entity's full forms have in the lists (a spelling
        the lists read otherwise, "Hilary" beside "Hillary Clinton", leaves both)."""
        words = (self._name_words(form) for form in index.forms(entity))
        return {gender for w in words if len(w) > 1 and (gender := given_gender(w[0])) is not None}

    def _entities(
        self, index: NameIndex, ordered: list[tuple[Span, TokenRange, str | None, bool]], assigned: list[int | None]
    ) -> tuple[EntityInfo, ...]:
        groups: dict[int, list[int]] = {}
        for n, entity in enumerate(assigned):
            if entity is not None:
                groups.setdefault(entity, []).append(n)
        infos: list[EntityInfo] = []
        for new_id, (entity, members) in enumerate(sorted(groups.items(), key=lambda kv: min(kv[1]))):
            spans = [ordered[n] for n in members]
            description = next((d for d in (self._description(name, np) for name, np, *_ in spans) if d), None)
            words = {t.lemma_.lower() for name, *_ in spans for t in name}
            words |= {t.lower_ for name, *_ in spans for t in name}
            # "Prime Minister Ada Lind": "the prime minister"
            words |= {t.lemma_.lower() for name, *_ in spans for t in _title_before(name, self.lexicon)}
            if description is not None:
                words |= {t.lemma_.lower() for t in self.doc[description[0] : description[1]]}
                office = self.doc[description[0] : description[1]].root
                if _held_before(office) or _closed_term(office):
                    words.add("former")  # "who served as ambassador until 2023", "ambassador from 2009 to 2014"
            mentions = tuple((name.start, name.end) for name, *_ in spans)
            gender = _gender(spans, index.canonical(entity), self._described_gender(description) or self._kin_gender(spans))
            # a gendered title, or a full name with a gendered given name that the article
            # shortens to its family name ("Marta Darley ... Darley said"), is a person's
            # whatever NER says; one word ("Virginia") is not enough, nor a name with an
            # institution's word ("Charles University")
            canonical = index.canonical(entity)
            personal = (gender is not None and len(canonical.split()) > 1
                        and not {w.lower() for w in canonical.split()} & self.lexicon.institution_heads)
            kind = self._type(spans, description, personal)
            heads = _head_words(self.doc, mentions, description, self.lexicon, person=kind == "person")
            heads |= _counterpart_office(self.doc, description, infos, self.lexicon)
            if gender is None and kind == "person":
                gender = self._pronoun_gender(spans)  # the text's "she" after a name no list knows
            infos.append(
                EntityInfo(
                    id=new_id,
                    name=_canonical(index.canonical(entity)),
                    type=kind,
                    mentions=mentions,
                    description=description,
                    affiliation=self._affiliation(description) or self._affiliation_after(spans),
                    words=frozenset(words | heads),  # "CEO Ada Lind": "the chief executive" fits
                    gender=gender,
                    heads=heads,
                )
            )
        return tuple(infos)

    def _description(self, name: Span, np: TokenRange) -> TokenRange | None:
        """An apposition after the name, the description the name is apposed to (``a lawyer
        for the port, Ada Lind``; ``His wife, Elena``, when a role or institution noun and not
        a list's plural), or the title words before it in its noun phrase."""
        if dateline_end(self.doc, name.start) is not None:
            return None  # "New York (AFP) - Oscar-winning actress Ada Lind": a dateline's city
        head = _root(name)  # "Kamau [wa] Thiong'o, 61, the ...", "[Oh] Sung-min, a ...": the parser's heads side by side
        if head.pos_ == "VERB" and head.i == name.start and len(name) > 1:
            head = name[-1]  # "[Annelies] van der Berghe, the commissioner": a given name the tagger read as a verb
        outer = apposed_to(head, self.lexicon)
        apposed = named_apposition(outer, self.lexicon) if outer is not None else None
        described = outer if apposed is not None and name.start <= apposed.i < name.end else None  # "[Shin Ye]-[rin]" too
        if described is not None and any(t.is_quote for t in self.doc[described.i : name.start]):
            described = None  # '"... the president," Flynn, a top surrogate, said': a word of the quote
        role = head.head
        if role.i > head.i and named_apposition(role, self.lexicon) == head:  # "Col. Ada Lind, spokeswoman for
            return without_trailing_punct(self.doc, role.i, role.right_edge.i)  # the ministry", hung on its role
        if described is not None and np[0] < name.start:
            # up to the apposed phrase, not its title: "His party's adviser, Dr. Leyla Aksoy",
            # "Trump's running mate, Indiana Gov. Mike Pence"
            left = min(head.left_edge.i, name.start)  # after a comma the parser left in the name's phrase
            left = max([left, *(t.i + 1 for t in self.doc[left : name.start] if t.text == ",")])
            end = left - 1
            return without_trailing_punct(self.doc, np[0], end) if end >= np[0] else None
        if (
            described is not None and described.i < name.start and self._role_or_body(described)
            and described.tag_ not in ("NNS", "NNPS")  # "the establishment candidates -- Ada Lind and ...": a list's
            and not any(c.dep_ == "conj" and c.ent_type_ for c in head.rights)  # "as Norway's leader, Oslo and Riga": nor one's
            and not (described.dep_ == "pobj" and described.head.dep_ == "agent"  # "In the statement, carried by the
                     and any(describes(c) for c in head.children))  # agency, Irelde Oszeran, first vice-director of
            # ..., said": the name set off after a participle's agent, with a description of its own, is not the agent
        ):
            return without_trailing_punct(self.doc, described.left_edge.i, described.i)  # "His wife, Elena, ..."
        parts = [t for t in name if t != head and t.dep_ == "appos" and name.start <= t.head.i < name.end]
        # "[Aiko Nakamura]-[Reyes], a spokeswoman for the group,": the parser hung the description on
        # the part of the name it split off at the hyphen
        for child in [*head.children, *(c for t in parts for c in t.children if not name.start <= c.i < name.end)]:
            if head.ent_type_ in ("GPE", "LOC") and head.dep_ == "pobj" and child.lemma_.lower() in self.lexicon.role_nouns:
                continue  # "headquarters in Kestrel Harbour, a party spokesman, ... said": no place's role
            if head.dep_ == "pobj" and _subject_read_as_apposition(child):
                continue  # "In a report released in Geneva, the network, known as ..., said": the verb's subject
            if describes(child) and (child.pos_ != "PROPN" or _party_noun(child)) and child.i not in self.quoted:
                end = next((t.i - 1 for t in self.doc[child.i : child.right_edge.i] if t.text == ","
                            and self.doc[t.i + 1].tag_ in RELATIVE_TAGS), child.right_edge.i)  # not ", who told ..."
                return without_trailing_punct(self.doc, child.left_edge.i, end)  # not a headline's
                # quotation after the name ("Ada Lind: 'The Harbor Is Closed'")
        split = next((c for c in head.head.children if head.dep_ == "nsubj" and c.dep_ == "nsubj" and c.tag_ == "NN"
                      and c.left_edge.i == name.end + 1 and name.end < len(self.doc) and self.doc[name.end].text == ","
                      and self.doc[c.left_edge.i].lower_ in ("the", "a", "an") and self._role_or_body(c)),
                     None) if head.head != head else None  # not "Verizon, striking unions reach deal": two subjects
        if split is not None and not apposed_to_opening(head, split, self.lexicon):  # "Thorne Whitcombe Advisory, the firm
            # appointed to ..., said": the parser made the apposition a second subject; not "Under questioning by
            # counsel, Tom Berg, the commissioner said", where the name is counsel's
            end = next((t.i - 1 for t in self.doc[split.i : split.right_edge.i + 1] if t.text == ","), split.right_edge.i)
            return without_trailing_punct(self.doc, split.left_edge.i, end)
        office = _office_held(head, self.lexicon)
        if office is not None:  # "Joost van Ravesteyn, who served as Lowmark's ambassador in Baoshan, said"
            return without_trailing_punct(self.doc, office.left_edge.i, office.right_edge.i)
        before = object_description(head)
        if before is not None:  # "told radio station Cooperativa": up to the name
            return without_trailing_punct(self.doc, before.left_edge.i, name.start - 1)
        second = _second_object(head)
        if second is not None:  # up to its own comma ("..., the Latvian news agency, that ...")
            end = next((t.i - 1 for t in self.doc[second.i : second.right_edge.i + 1] if t.text == ","), second.right_edge.i)
            return without_trailing_punct(self.doc, second.left_edge.i, end)
        left = min(head.left_edge.i, np[0])  # "The newspaper Westhaven Tidings", which the parser split
        first = dateline_end(self.doc, left) or left  # "ORLANDO (Reuters) - President Ana Ruiz"
        shown = name.start_char + max(0, name.text.find(display_name(
            name.text, self.lexicon.titles, self.lexicon.institution_heads, self.companies)))
        lead = next((t.i for t in name if t.idx >= shown), name.start)  # after "Mayor" in the name "Mayor Ana Ruiz"
        cuts = (t.i + 1 for t in self.doc[first:lead] if (t.is_punct and t.whitespace_ and t.tag_ != "POS") or (
            t.lower_ in ("and", "or") and t.i > 0 and self.doc[t.i - 1].pos_ == "PROPN" and self.doc[t.i - 1].ent_type_ != "NORP"))
        first = max([first, *cuts])  # after ", ", " - " or another's name and "and" ("Ada Lind and Gov. Tom Berg"),
        # not a possessive ("Sanders' spokesman") nor words of one description ("journalist and author")
        courtesy = lead
        while courtesy > first and self.doc[courtesy - 1].lower_.rstrip(".") in self.lexicon.honorifics:
            courtesy -= 1  # "the former chancellor Sir Geoffrey Holt": the courtesy title is no part of it
        for end in dict.fromkeys((courtesy, lead)):  # unless it is the description's noun ("first lady")
            words = [t for t in self.doc[first:end] if t.lower_ not in _DETERMINERS and t.dep_ != "poss"]
            if any(t.pos_ == "NOUN" or t.lower_ in self.lexicon.role_nouns or self._office(t) for t in words) or (
                    words and self.lexicon.is_news_phrase([t.text for t in words])):  # "the daily Hospodarske Noviny"
                return first, end  # "Health Minister Ayse Demir", "Superior Court Justice Ada Lind", tagged as names
        set_off = news_phrase_set_off(name[-1], self.lexicon)  # "Belsvet, the state news agency, said", misparsed
        if set_off is not None and any(t.text == name[-1].text for t in self.doc[set_off[0] : set_off[1]]):
            return None  # "In Kessar, the Kessar Central Telegraph, ... said": a paper named after the place, not it
        return set_off

    def _typed_so_in_full(self, name: Span) -> bool:
        """Whether a one-word name, a clause's subject, is a word NER typed the same way elsewhere
        as the last word of a full name, after a capitalised proper noun it left untyped (``Priya
        [Santhanam], a nurse, asked ... [Santhanam] was not satisfied``): the person's family name."""
        root = name.root
        return len(name) == 1 and root.dep_ in ("nsubj", "nsubjpass") and any(
            t.text == root.text and t.i != root.i and t.ent_type_ == root.ent_type_ and t.i > 0
            and (before := self.doc[t.i - 1]).pos_ == "PROPN" and before.dep_ == "compound" and before.head == t
            and before.text[:1].isupper() and not before.ent_type_ for t in self.doc)

    def _kin_gender(self, spans: Sequence[tuple[Span, TokenRange, str | None, bool]]) -> str | None:
        """The gender a noun for a relative right before a name gives (``whose husband Nurlan``,
        ``her son Ali``: ``male_nouns.txt``, ``female_nouns.txt``), whatever the parser made of
        the two (one the other's head, or both the same verb's), else ``None``."""
        for name, *_rest in spans:
            noun = self.doc[name.start - 1] if name.start > 0 else None
            if (noun is not None and noun.pos_ == "NOUN"
                    and noun.lemma_.lower() in self.lexicon.male_nouns | self.lexicon.female_nouns
                    and (noun.head == name.root or name.root.head in (noun, noun.head))):
                return noun_gender(noun, self.lexicon)
        return None

    def _described_gender(self, description: TokenRange | None) -> str | None:
        """The gender the description's noun gives ("the widow", "His wife"), not a relative's
        ("whose husband, ...")."""
        if description is None:
            return None
        root = self.doc[description[0] : description[1]].root
        if any(c.dep_ == "poss" and c.lower_ == "whose" for c in root.children):
            return None
        return noun_gender(root, self.lexicon)

    def _office(self, token: Token) -> bool:
        """A title that names an office (``Justice``, ``Sen.``), not a courtesy title alone
        (``honorifics.txt``: ``Mr.``, ``Dr.``)."""
        word = token.lower_.rstrip(".")
        return word in self.lexicon.titles and word not in self.lexicon.honorifics

    def _role_or_body(self, noun: Token) -> bool:
        """Whether a noun can describe a named source: a person's role, an institution or a
        company (``The supplier, Vessaro Chemical Trading,``; not
        :func:`~quotekit.detect.can_speak`'s speech nouns: "The book, Ada Lind's third, ...");
        a capitalised title too, but a courtesy title ("The Chief Justice of Velmar, Ada Lind")."""
        lex, lemma = self.lexicon, noun.lemma_.lower()
        return any(lemma in words or noun.lower_ in words
                   for words in (lex.role_nouns, lex.counterpart_nouns, lex.institution_heads, lex.agency_heads,
                                 lex.company_nouns)) or (
            noun.pos_ == "PROPN" and lex.is_title(noun.text) and noun.lower_.rstrip(".") not in lex.honorifics)

    def _affiliation(self, description: TokenRange | None) -> str | None:
        """The organisation named in a description (``... at the RAND Corp. in Washington``)."""
        if description is None:
            return None
        span = self.doc[description[0] : description[1]]
        orgs = [ent for ent in span.ents if ent.label_ == "ORG"]
        if orgs:
            return _canonical(orgs[0].text)
        for token in span:
            if token.lower_ in ("at", "of", "for") and token.dep_ == "prep":
                obj = next((c for c in token.children if c.dep_ == "pobj"), None)
                if obj is not None and obj.pos_ == "PROPN":
                    return _canonical(self.doc[obj.left_edge.i : obj.right_edge.i + 1].text)
        return None

    def _news_word_before(self, name: Span) -> bool:
        """Whether a lower-case news head stands right before the name in a phrase opened by an
        article (``the French sports daily Le Courrier Sportif``), which the parser may not
        read as a description of it ("daily" as an adverb), or a news head of two words does
        (``Local television station KTVM``), or a news phrase the name is set off after by commas
        (``According to the state government's news agency, Agência Pará, the governor said``)."""
        doc, start = self.doc, name.start
        if (start > 2 and doc[start - 1].is_lower and doc[start - 2].is_lower
                and doc[start - 2 : start].text.lower() in self.lexicon.agency_heads):
            return True  # "Local television station KTVM": a news head of two words needs no article
        article = next((t.i for t in reversed(doc[max(0, start - 8) : start - 1]) if t.lower_ in ("the", "a", "an")), None)
        # the news noun singular and no role's complement (not "A lawyer for the news outlets, David Schulz,")
        head = doc[start - 2] if start >= 2 else None
        if (article is not None and head is not None and head.is_lower and head.tag_ == "NN"
                and head.left_edge.i <= article  # the news noun's own phrase, not "Announcing the figures on live
                # television, Mamadou Tounkara, chairman of ..., said"
                and not (head.dep_ == "pobj" and head.head.head.lemma_.lower() in self.lexicon.role_nouns)
                and name_set_off_after_news_phrase(doc, (article + 1, start - 1), name.sent.end - 1, self.lexicon) is not None):
            return True
        return (start > 1 and doc[start - 1].is_lower and doc[start - 1].pos_ != "VERB"  # not "used the talks to
                and self.lexicon.is_news_phrase([doc[start - 1].text])  # press Ovanov": a verb
                and any(t.lower_ in ("the", "a", "an") for t in doc[max(0, start - 5) : start - 1]))

    def _affiliation_after(self, spans: list[tuple[Span, TokenRange, str | None, bool]]) -> str | None:
        """The organisation a person's name is followed by (``Kim Osei of the River Alliance``;
        not a place, ``Ted Kerr of Houston``, nor where the name stands, ``Mukasey at the RNC``)."""
        for name, _np, label, _speaker in spans:
            if label in ("ORG", "GPE", "NORP"):
                continue  # "the Fund of the Americas": a name, not a person's affiliation
            for prep in name.root.children:
                if prep.i != name.end or prep.lower_ not in ("of", "from"):
                    continue
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None and obj.ent_type_ == "ORG":
                    return _canonical(self.doc[obj.left_edge.i : obj.right_edge.i + 1].text)
        return None

    def _runs_news(self, name: Span) -> bool:
        """Whether the name is the subject of a verb that carries (``carrying_verbs.txt``) what
        only news runs (``news_work_nouns.txt``: "Super Glos ran the story across its front page")."""
        verb = name.root.head
        return (name.root.dep_ == "nsubj" and verb_lemma(verb, self.lexicon) in self.lexicon.carrying_verbs
                and any(c.dep_ == "dobj" and c.lemma_.lower() in self.lexicon.news_work_nouns for c in verb.children))

    def _type(
        self, spans: list[tuple[Span, TokenRange, str | None, bool]], description: TokenRange | None, personal: bool = False
    ) -> str:
        lex = self.lexicon
        if any(_credited(name) for name, *_ in spans):
            return "agency"  # "TOKYO (Harbor Wire) --": the dateline credits a news agency
        described = self.doc[description[0] : description[1]] if description is not None else None
        if described is not None and not any(t.lower_ in lex.agency_heads | lex.agency_name_words for t in described) and (
                _hyphenated_lemma(described.root) in lex.organisation_nouns | lex.institution_heads | lex.company_nouns
                and not _ends_a_news_head(described.root.lower_, lex)  # "the state agency Zavir Press": a news one
                and any(name.start == described.end or (described.start == name.end + 1 and lex.is_news_phrase(
                    name.text.split())) for name, *_ in spans)):
            spans = [s for s in spans if not lex.is_news_phrase(s[0].text.split())]  # "the research group Carbon
            if not spans:  # Ledger", "Odds Sentinel, a company that monitors betting markets": right before or
                return "organization"  # after a name that reads like a paper's, of an organisation the text says
                # is no paper
        # a person's full name NER found: a word of it alone is no news organisation ("Mingma Tenzing Rai ... Rai said"),
        # nor is a full name a courtesy title calls a man's or a woman's ("Tomasina Ledger ... Ms Ledger said")
        titled = any(_title_gender(name) is not None for name, *_ in spans)
        person = any(label == "PERSON" and len(name) > 1 and (titled or not lex.is_news_phrase(name.text.split()))
                     for name, _np, label, _speaker in spans)
        for name, np, label, _speaker in spans:
            head = self.doc[np[0] : np[1]].root
            owner = name.root.dep_ == "poss" and not name.start <= head.i < name.end  # "Britain's public broadcaster"
            if person and (len(name) == 1 or (titled and label == "PERSON")):
                continue
            at_large = self.doc[name.end : head.i + 1].text.lower() in _PRESS_AT_LARGE  # "Hwaseon state media": the
            # country's press, no news organisation's name
            if lex.is_news_phrase(name.text.split()) or (
                    not owner and not at_large and lex.is_news_phrase(_words_to(self.doc, np[0], head))):
                return "agency"
            if not owner and name.end == np[1] - 1 and self.doc[name.end].lower_ in lex.agency_heads:
                return "agency"  # "the state-run Voice of the Red Sea radio": a news medium's noun right after the name
            if (len(name) > 1 and name[0].lower_ in lex.agency_heads and _opens_running_text(name[0])
                    and not _registered(self.doc, (name.start, name.end), lex)):
                return "agency"  # "[Broadcaster HBC] said", NER's person, "Channel Meiryo reported": a news medium's
                # noun opens the name (not "News Corporation", a company)
        if any(self._news_word_before(name) or self._runs_news(name) for name, *_ in spans):
            return "agency"
        if description is not None and described is not None:
            before_name = any(name.start == description[1] or (  # (or "the" between: "The Lagos daily The Morning
                name.start == description[1] + 1 and self.doc[description[1]].lower_ == "the") for name, *_ in spans)  # Lantern")
            role = described.root.lower_ in lex.role_nouns and before_name
            # a description right before the name is read to its end ("the sports daily Le Quai")
            root = next((o for p in described.root.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                         if o.dep_ == "pobj"), described.root) if described.root.lower_ == "one" else described.root
            # ("HNC, one of the two channels suspended ...": the group's noun)
            words = [t.text for t in described] if before_name else _words_to(self.doc, description[0], root)
            given = any(label == "PERSON" and len(name) > 1 and a_given_name(name[0].text) for name, _np, label, _s in spans)
            read = described if before_name else self.doc[description[0] : root.i + 1]
            verb = any(t.tag_ in ("VBP", "VBZ", "VBD") for t in read)  # "Rivals press Brussels for ...": a headline's
            # verb, not a participle ("a privately owned daily")
            if not role and not given and not verb and lex.is_news_phrase(words):
                # not "Economist Ada Lind": a role before a name, however a paper is named; nor
                # "Gary M. Tolland, now a broadcaster": a person's given name and NER agree
                return "agency"
        if any(_with_article(name) for name, *_ in spans) and not (
                description is not None and self._person_described(spans, description)) and not any(
                _title_gender(name) or self._titled(name) for name, *_ in spans):  # "The Roger Ailes we know ... Mr. Ailes"
            return "organization"  # "The Ledger Collective quoted ...": no person's name takes "the", whatever NER
            # or the given-name lists ("Ledger") say
        if not personal and any(_registered(self.doc, (name.start, name.end), lex, trade=True) for name, *_ in spans):
            return "organization"  # "the bid's main sponsor, Chancellor Infrastructure Group": a company's word ends it
        if personal or (description is not None and self._person_described(spans, description)):
            return "person"  # "Sarta Tamwick, an economist at ...", whatever NER says
        if any(_given_as_name(name.root) for name, *_ in spans):
            return "person"  # "a teacher who gave only her first name, Aminata", whatever NER says
        if description is not None and lex.is_title(self.doc[description[1] - 1].text) and any(
                name.start == description[1] for name, *_ in spans):
            return "person"  # "Army Capt. Christian Pardo": a title ends the description, not the army
        if described is not None and _hyphenated_lemma(described.root) in (
                lex.company_nouns | lex.institution_heads | lex.organisation_nouns):
            return "organization"  # "The construction company, Stavby Morava", "A smaller group, Physicians for
            # Vaccine Safety", whatever NER says
        if {t.lower_ for name, *_ in spans for t in name if t.is_title} & lex.institution_heads or any(
            _registered(self.doc, (name.start, name.end), lex, trade=True) for name, *_ in spans
        ):
            return "organization"  # "Glen Park Elementary School", "Vireo Media Inc.", whatever NER says
        if any(self._titled(name) for name, *_ in spans):
            return "person"  # "councillor Femke de Vries", "Sen. Ada Lind": an office's title before the name
        if any(_aged(name) for name, *_ in spans):
            return "person"  # "Ferreira, 31, conceded": only a person's name takes an age, whatever NER says
        votes = Counter(label for _name, _np, label, _speaker in spans if label)
        full_person = any(label == "PERSON" and len(name) > 1 for name, _np, label, _s in spans)
        if not full_person and any(_which_follows(name) for name, *_ in spans):
            return "organization"  # "Airbnb, which had lobbied against it, ...": "which" stands for no person
        if not personal and described is not None and _which_on(described.root):
            return "organization"  # "Danubia Residential, the city's largest landlord, which owns ...", whatever NER says
        if full_person or votes["PERSON"] > votes["ORG"] + votes["GPE"]:
            return "person"
        if votes["NORP"] and not votes["ORG"] + votes["GPE"] and all(
                group_members(self.doc[np[0] : np[1]]) for _name, np, _label, _speaker in spans):
            return "group"  # "Palestinians", "Many Greek-Canadians": members of a nationality, no one named
        if votes["ORG"] or votes["GPE"] or votes["NORP"]:
            if any(speaker and label in ("ORG", "GPE", "FAC", "LOC") and self._spoken_of_as_person(name)
                   for name, _np, label, speaker in spans):
                return "person"  # '"...," said Mador Corello. He added': the text's "he" against NER's label
            if sum(self._then_he_or_she(name) is not None for name, *_ in spans) >= 2:
                return "person"  # "Carradine says she threw away ... Carradine grew up ..., and she still keeps"
            if any(_owns_its_object_as_person(name) for name, *_ in spans):
                return "person"  # "Raghavendra Solanki submitted his resignation": "his" owns the name's object
            return "organization"
        return "person"

    def _spoken_of_as_person(self, name: Span) -> bool:
        """Whether the next main clause's subject after a source's name of two or more words
        (no "the" before it), outside quotation marks and with no other name between, is "he"
        or "she". The name's own words said again (``Brekov said``) stand for no other name."""
        if len(name) < 2 or name.text.isupper() or (name.start > 0 and self.doc[name.start - 1].lower_ == "the"):
            return False  # "the Wisconsin Republican": a description, which a name is not
        return self._next_subject_is_he_or_she(name, len(self.doc), main_only=True) is not None

    def _then_he_or_she(self, name: Span) -> Token | None:
        """The "he" or "she" that follows ``name``, a clause's subject, in its sentence as the
        next subject, outside quotation marks and with no other name between (``Carradine says
        she threw away ...``), else ``None``; twice in an article, that says the name is a
        person's, whatever NER says (not "the merger with Compaq Computer, and she ...")."""
        if (name.text.isupper() or (name.start > 0 and self.doc[name.start - 1].lower_ == "the")
                or name.root.dep_ not in ("nsubj", "nsubjpass")):
            return None
        return self._next_subject_is_he_or_she(name, name.sent.end, main_only=False)

    def _pronoun_gender(self, spans: list[tuple[Span, TokenRange, str | None, bool]]) -> str | None:
        """The gender of the "he" or "she" that follows a person's name in its sentence
        (:meth:`_then_he_or_she`), when the text never follows the name so with the other: once
        as the subject of an adverbial clause or a conjunct on the name's own verb (``Hanne
        Ostrova hears a room before she sees it``), where it can only be that person, or twice
        in other clauses (``May said she was elated``), for a reported clause may speak of
        someone else (``Randolph says he told her ...``); "his" or "her" in a relative clause
        on the name counts as the first (:meth:`_whose_own`)."""
        weight: Counter[str] = Counter()
        for name, *_ in spans:
            pronoun = self._then_he_or_she(name)
            if pronoun is not None:
                own = pronoun.head.dep_ in ("advcl", "conj") and pronoun.head.head == name.root.head
                weight[PERSON_PRONOUNS[pronoun.lower_]] += 2 if own else 1
            possessive = self._whose_own(name) or self._own_possessive_on_verb(name)
            if possessive is not None:
                weight[possessive] += 2
            continued = self._continued_after_clause(name)
            if continued is not None:
                weight[PERSON_PRONOUNS[continued.lower_]] += 2
        if len(weight) != 1:
            return None
        gender, count = weight.popitem()
        return gender if count >= 2 else None

    def _continued_after_clause(self, name: Span) -> Token | None:
        """The "he" or "she" subject of the main clause that an adverbial clause before it
        modifies, when ``name`` (or the noun it is set beside) is that clause's subject and the
        clause names no other person (``When Iceland's fisheries minister, X, took the stage, she
        opened with a joke``: :func:`_fronted_clause_subject`), else ``None``."""
        root = name.root
        subject = root.head if root.dep_ == "appos" else root
        pronoun = next((c for c in subject.head.head.children if c.dep_ == "nsubj" and c.i > subject.head.i), None)
        if pronoun is None or pronoun.lower_ not in ("he", "she") or pronoun.i in self.quoted:
            return None
        return pronoun if _fronted_clause_subject(subject, pronoun) else None

    def _own_possessive_on_verb(self, name: Span) -> str | None:
        """The gender of "his" or "her" owning the object of a preposition on the verb the name
        is the subject of (or the parser's misread subject: :func:`~quotekit.detect.misparsed_subject`),
        or a parent (``parent_nouns.txt``) who is the subject of a relative clause on such an
        object or on the verb's direct object, outside quotation marks, when its sentence names
        no other person before it (``Whaanga-Hollis said in her opening address``, ``Yumiko Ogata,
        58, runs a business her father founded``; not "Clinton ... slamming his remarks"), or a
        noun phrase of time on the verb or an object that "all" opens (``Gopal Mahato has farmed
        here all his life``); the prepositions of a participle on the verb with no subject of its
        own count as the verb's (``Sabitri Gurung spent Saturday searching the riverbank for her
        pupils``)."""
        root = name.root
        verb = root.head if root.dep_ == "nsubj" else next(
            (t for t in name.sent if (t.dep_ == "ROOT" or (t.dep_ == "acl" and t.head == root))  # (or the participle
             and t.i > root.i and misparsed_subject(t, self.lexicon) == root), None)  # the parser hung on the name it
        # made the root: "Sabitri Gurung, a teacher ..., spent Saturday searching ...")
        if verb is None or name.end > verb.i:  # (a subject the parser hung elsewhere: "At a machine shop ..., Yumiko
            return None  # Ogata, 58, runs a business her father founded")
        participles = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VBG" and c.i > verb.i
                       and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
        objects = [o for head in (verb, *participles) for prep in head.children if prep.dep_ == "prep" and prep.i > verb.i
                   for o in prep.children if o.dep_ == "pobj"]  # (or on its participle: "spent Saturday searching
        # the riverbank for her pupils")
        objects += [c for c in verb.children if c.dep_ in ("dobj", "npadvmod")]
        for obj in objects:
            whole = any(c.dep_ == "predet" and c.lower_ == "all" for c in obj.children)  # "all his life", as an object too
            owners = [c for c in obj.children if c.dep_ == "poss"] if obj.dep_ in ("pobj", "npadvmod") or whole else []
            # "in her opening address", "has farmed two acres here all his life"
            owners += [c for r in obj.children if r.dep_ == "relcl" for s in r.children if s.dep_ == "nsubj"
                       and s.lemma_.lower() in self.lexicon.parent_nouns
                       for c in s.children if c.dep_ == "poss"]  # "a business her father founded"
            owner = next((c for c in owners if c.tag_ == "PRP$" and c.lower_ in ("his", "her")), None)
            if owner is None or owner.i in self.quoted:
                continue
            between = self.doc[name.end : owner.i]
            if any(t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and not t.ent_type_) for t in between):
                return None
            return PERSON_PRONOUNS[owner.lower_]
        return None

    def _whose_own(self, name: Span) -> str | None:
        """The gender of "his" or "her" in a relative clause that "who" opens on the name, when
        the clause names no other person (``Velde, who now runs his own firm in Harwick,
        insisted``)."""
        for clause in name.root.children:
            if clause.dep_ != "relcl" or clause.left_edge.lower_ != "who" or clause.i < name.end:
                continue
            words = list(clause.subtree)
            if any(t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and not t.ent_type_) or t.i in self.quoted for t in words):
                return None  # another person's "his" ("who replaced Ada Lind in her post") may be meant
            genders = {PERSON_PRONOUNS[t.lower_] for t in words if t.tag_ == "PRP$" and t.lower_ in ("his", "her")}
            return genders.pop() if len(genders) == 1 else None
        return None

    def _next_subject_is_he_or_she(self, name: Span, end: int, main_only: bool) -> Token | None:
        """The "he" or "she" that is the first subject (of a main clause, with ``main_only``)
        after ``name`` and before token ``end``, passing over quotations, punctuation and the
        name's own words said again, and stopping at any other name; else ``None``."""
        own = {t.lower_ for t in name}
        for token in self.doc[name.end : end]:
            if token.i in self.quoted or token.is_punct or token.lower_ in own:
                continue
            if token.pos_ == "PROPN" or token.ent_type_ in ENTITY_LABELS:
                return None
            if token.dep_ in ("nsubj", "nsubjpass") and (not main_only or token.head.dep_ == "ROOT"):
                return token if token.lower_ in ("he", "she") else None
        return None

    def _titled(self, name: Span) -> bool:
        """Whether an office's title stands right before ``name`` and hangs on it (``councillor
        Femke de Vries``, ``Sen. Lind``), not a title in a name of its own (``General Motors``)."""
        if name.start == 0:
            return False
        title = self.doc[name.start - 1]
        return self.lexicon.is_title(title.text) and title.dep_ == "compound" and name.start <= title.head.i < name.end

    def _person_described(self, spans: list[tuple[Span, TokenRange, str | None, bool]], description: TokenRange) -> bool:
        """Whether the description's head is a person's role ("an economist at ...") and no form
        of the name has an institution's word ("the Valley Foundation, a member of ..."), nor
        does a relative clause that "which" opens hang on the role (``Danubia Residential, the
        city's largest private landlord, which owns 31,000 flats``: a company)."""
        root = self.doc[description[0] : description[1]].root
        if not ({root.lower_, root.lemma_.lower()} & self.lexicon.role_nouns):
            return False
        if _which_on(root):
            return False
        words = {t.lower_ for name, *_ in spans for t in name}
        return not words & (self.lexicon.institution_heads | self.lexicon.agency_name_words)

    def entity_of_token(self, entities: Sequence[EntityInfo]) -> dict[int, int]:
        mapping = {}
        for entity in entities:
            for start, end in entity.mentions:
                for i in range(start, end):
                    mapping[i] = entity.id
        return mapping


def _given_name_opens_full_name(name: Span, lexicon: Lexicon) -> bool:
    """Whether ``name`` is three or four plain proper nouns (:func:`plain_proper_name`) that
    open with a given name the lists know for one gender (``Carmen Ibarrondo Salas``), none a
    news organisation's word: a person's full name, whatever NER typed it (not "Ralph Lauren",
    a brand of two words, nor "Fox News Sean Hannity")."""
    return (len(name) >= 3 and given_gender(name[0].text) is not None and plain_proper_name(name, lexicon)
            and not any(t.lower_ in lexicon.agency_name_words for t in name))


def _who_clause_on(name: Span) -> bool:
    """Whether a relative clause that "who" opens, set off by a comma, hangs on ``name``
    (``Ana Ruiz, who moved ...``)."""
    doc = name.doc
    if name.end + 1 >= len(doc) or doc[name.end].text != "," or doc[name.end + 1].lower_ != "who":
        return False
    clause = doc[name.end + 1].head
    return clause.dep_ == "relcl" and clause.head == name.root


def _owns_its_object_as_person(name: Span) -> bool:
    """Whether a name of two words or more, the subject of its verb, is said to own that verb's
    object by "his" or "her" (``Raghavendra Solanki submitted his resignation``): a person's
    name, whatever NER says."""
    if len(name) < 2 or name.root.dep_ != "nsubj" or (name.start > 0 and name.doc[name.start - 1].lower_ == "the"):
        return False
    verb = name.root.head
    return any(c.dep_ == "dobj" and any(g.dep_ == "poss" and g.lower_ in ("his", "her") for g in c.children)
               for c in verb.children)


def _title_genders() -> dict[str, str]:
    """The courtesy titles that say a person's gender (``gendered_titles.txt``: "Mr.", "Ms",
    "Alhaji", "Hajiya") and the gender each gives."""
    return read_pairs("gendered_titles")


def _with_article(name: Span) -> bool:
    """Whether "the" stands right before a name of two words or more, all capitalised, that
    heads its phrase and that NER does not call a person's (``The Ledger Collective quoted
    ...``; not ``the Trump campaign``)."""
    doc = name.doc
    head = name.root.head
    return (len(name) > 1 and name.start > 0 and doc[name.start - 1].lower_ == "the" and name.root.dep_ != "compound"
            and all(t.text[:1].isupper() for t in name) and name.root.ent_type_ != "PERSON"
            and (head.pos_ in ("VERB", "AUX", "ADP") or head == name.root))  # not "the Bernie Sanders presidential campaign"


def _given_as_name(token: Token) -> bool:
    """Whether ``token`` is the name someone gave (``who gave only her first name, Aminata``,
    ``who gave her name as Lina``): a person's."""
    if token.dep_ == "appos" and token.head.lemma_.lower() == "name":
        return token.head.dep_ == "dobj" and token.head.head.lemma_.lower() == "give"
    if token.dep_ == "pobj" and token.head.lower_ == "as" and token.head.head.lemma_.lower() == "give":
        return any(c.dep_ == "dobj" and c.lemma_.lower() == "name" for c in token.head.head.children)
    return False


def _title_before(name: Span, lexicon: Lexicon) -> Span:
    """The title right before ``name``: a title word and the capitalised words before it that the
    parser made compounds of it (``Prime Minister`` of "Prime Minister Ada Lind said"; not
    "Grupo Lusomadeiras" of "the chairman of Grupo Lusomadeiras [Atlântico]")."""
    doc, start = name.doc, name.start
    if start == 0 or not lexicon.is_title(doc[start - 1].text):
        return doc[start:start]
    while (start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].text[:1].isupper()
           and start <= doc[start - 1].head.i < name.end):
        start -= 1
    return doc[start : name.start]


def _title_gender(name: Span) -> str | None:
    """The gender a title right before ``name``, or opening a mention that holds it, gives
    (``Mr. Obama``, ``Ms Strang said``), else ``None``."""
    genders = _title_genders()
    if len(name) > 1 and name[0].lower_ in genders:
        return genders[name[0].lower_]
    start = particles_before(name.doc, name.start, 0)  # "Mr. de la Roche-Aubin"
    return genders.get(name.doc[start - 1].lower_) if start > 0 else None


def _credited(name: Span) -> bool:
    """Whether ``name`` is the credit in a dateline's brackets (``TOKYO (Harbor Wire) --``)."""
    doc = name.doc
    return (name.start > 0 and doc[name.start - 1].text == "(" and name.end < len(doc) and doc[name.end].text == ")"
            and dateline_end(doc, name.start) is not None)


def _first_of_two_family_names(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether ``short`` is the first of two family names after one or two given names the
    lists know (coreferee's or the census's: "Teodoro"): ``Rodrigo Salcedo Ibarrola`` ->
    ``Salcedo``, ``Tomás Eduardo Ibarra Quiñones`` -> ``Ibarra``, the second opening with a
    particle or not (``Gustavo Ibarra del Valle`` -> ``Ibarra``), the first after its particles
    or not (``Rodrigo de la Fuente Olmos`` -> ``Fuente``).

    >>> _first_of_two_family_names(("salcedo",), ("rodrigo", "salcedo", "ibarrola"))
    True
    >>> _first_of_two_family_names(("salcedo",), ("banco", "salcedo", "ibarrola"))
    False
    >>> _first_of_two_family_names(("ibarra",), ("gustavo", "ibarra", "del", "valle"))
    True
    >>> _first_of_two_family_names(("ibarra",), ("tomas", "eduardo", "ibarra", "quinones"))
    True
    >>> _first_of_two_family_names(("ocampo",), ("maria", "jose", "ocampo", "quispe"))
    True
    >>> _first_of_two_family_names(("fuente",), ("rodrigo", "de", "la", "fuente", "olmos"))
    True
    >>> _first_of_two_family_names(("silupu",), ("jhonatan", "alexis", "silupu", "mogollon"))
    True
    """
    for given in (1, 2):  # the family names after one given name, or two
        first = given
        while first < len(full) - 2 and particle_word(full[first]):
            first += 1  # "Rodrigo de la Fuente Olmos": the first family name opens with particles
        second = full[first + 1 :]
        if (short == full[first : first + 1] and (len(second) == 1 or (len(second) > 1 and particle_word(second[0])))
                and (all(a_given_name(w) or _census_gender(w) is not None for w in full[:given])  # "Maria" either
                     or (given == 2 and len(full) == 4 and a_given_name(full[1])))):  # "Jhonatan Alexis Silupú
            return True  # Mogollón": two given names, the lists knowing the second, and two family names
    return False


def _of_age(doc: Doc, i: int, by_token: dict[int, int]) -> int | None:
    """The entity the age at token ``i`` is given for, outside quotes: ``Lind, 58,`` or
    ``Lind, a 58-year-old surgeon,``; else ``None``."""
    if i >= 2 and doc[i - 1].text == "," and i + 1 < len(doc) and doc[i + 1].text == ",":
        return by_token.get(i - 2)
    if i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ == "year":
        noun = next((t for t in doc[i].ancestors if t.pos_ == "NOUN" and t.i > i + 4), None)  # past "58-year-old"
        if noun is not None and noun.dep_ == "appos":
            return by_token.get(noun.head.i)
    return None


def _aged_description(
    doc: Doc, np: Span, entities: Sequence[EntityInfo], by_token: dict[int, int], inside_quotes: set[int],
    last_speaker: Resolved | None, coref: Coref | None, lexicon: Lexicon, content: tuple[int, int] | None,
    wanted: str | None,
) -> Resolved | None:
    """The person a description that opens with "the" and an age stands for (``the 58-year-old
    grazier``, ``the 46-year-old mother of four``, ``The 51-year-old Belgian, who ...``): the
    one the article gave that age, else the subject before it, the only person named nearby or,
    for a noun of no role (a nationality), or of a role when the last speaker has none the text
    gives and no other person is named before, the last speaker (:func:`_resolve_pronoun`), if the
    gender ``wanted`` agrees and the person's role, when the text gives one, is the noun (not
    Police Chief Ada Lind for ``the 34-year-old suspect``); else ``None``."""
    if not _AGE_EPITHET.match(np.text.lower()) or len(np) < 3:
        return None
    given = _of_the_age(doc, np, entities, by_token, inside_quotes)
    if given is not None:
        return Resolved(given, entities[given].name, "nominal")
    head = np.root
    found = _resolve_pronoun(doc, head, entities, by_token, inside_quotes, last_speaker, coref, lexicon, content,
                             person=True)
    if found.entity is None or found.how not in ("pronoun+subject", "pronoun+only-person", "pronoun+previous-speaker"):
        return None
    entity = entities[found.entity]
    roles = _roles(entity, lexicon)
    role = head.lemma_.lower() in lexicon.role_nouns
    if (wanted is not None and entity.gender not in (None, wanted)) or (role and roles and head.lemma_.lower() not in roles):
        return None
    if found.how == "pronoun+previous-speaker" and role and head.lemma_.lower() not in roles and (roles or any(
            e.type == "person" and e.id != entity.id and any(start < np.start for start, _end in e.mentions)
            for e in entities)):
        return None  # the last speaker only for a noun of no role ("the 51-year-old Belgian"), not "the 34-year-old
        # suspect", unless the speaker has no role the text gives and is the only person named before ("Halvard
        # Østby has spent eleven winters ... the 58-year-old station leader told")
    last = max((end for start, end in entity.mentions if end <= np.start), default=np.start)
    if any(t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
           and can_speak(t, lexicon) for t in doc[last : np.start]):
        return None  # "Ada Lind said a man had been arrested. «...» the 34-year-old suspect told": someone unnamed since
    return found


def _of_the_age(
    doc: Doc, np: Span, entities: Sequence[EntityInfo], by_token: dict[int, int], inside_quotes: set[int],
) -> int | None:
    """The one person the article gave the age an epithet names (``the 58-year-old`` after
    ``Halvorsen-Rye, 58,``), before it; else ``None``."""
    age = np[1].text
    found = {entity for t in doc[: np.start] if t.text == age and t.i not in inside_quotes
             and (entity := _of_age(doc, t.i, by_token)) is not None and entities[entity].type == "person"}
    return found.pop() if len(found) == 1 else None


def _aged(name: Span) -> bool:
    """Whether an age stands between commas right after ``name`` (``Feld, 48, had taken
    over``): only a person's name takes one."""
    doc, end = name.doc, name.end
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 2].text != ",":
        return False
    age = doc[end + 1].text
    return age.isdigit() and 0 < int(age) < 120




def _gender(
    spans: Sequence[tuple[Span, TokenRange, str | None, bool]], canonical: str, described: str | None = None
) -> str | None:
    """"male" or "female" when a title (Mr., Ms.), a woman's noun describing the person
    (``described``: "the widow Terry Voss") or an unambiguous given name says so; a man's
    noun only when the given name tells nothing, for news calls women "spokesman" too."""
    for name, *_rest in spans:
        gender = _title_gender(name)
        if gender is not None:
            return gender
    if described == "female":
        return described
    return _patronymic_gender(canonical) or _given_name_gender(spans, canonical) or described


def _patronymic_gender(name: str) -> str | None:
    """The gender a "son of" or "daughter of" word inside a name gives (``patronymics.txt``:
    "Noraini binti Yusof" is a woman's name, whatever the given-name lists know), or a
    patronymic's ending there (``patronymic_endings.txt``: "Valentina Igorevna Samsonova")."""
    genders = {_patronymics().get(word.lower()) or patronymic_ending(word) for word in name.split()[1:-1]} - {None}
    return genders.pop() if len(genders) == 1 else None


def patronymic_ending(word: str) -> str | None:
    """The gender a capitalised word's patronymic ending gives (``patronymic_endings.txt``:
    "Kenzhebekovich", "Igorevna"), else ``None``.

    >>> patronymic_ending("Kenzhebekovich"), patronymic_ending("Igorevna"), patronymic_ending("Ivanov")
    ('male', 'female', None)
    """
    if not word[:1].isupper() or len(word) < 7:
        return None
    lower = word.lower()
    return next((gender for ending, gender in _patronymic_endings().items() if lower.endswith(ending)), None)


def _patronymic_endings() -> dict[str, str]:
    return read_pairs("patronymic_endings")


def _patronymics() -> dict[str, str]:
    return read_pairs("patronymics")


def _given_name_gender(spans: Sequence[tuple[Span, TokenRange, str | None, bool]], canonical: str) -> str | None:
    """The gender of the person's given name, when the lists know it for one gender only."""
    # The given name is the first word where the article shortens the name to a later word
    # ("Maria Gonzalez ... Gonzalez said", "Andrés Quintana Ruiz ... Quintana") or of a name
    # that reads so (:func:`_given_then_family`: "Paul Amsel", named once); "Kim Jong Un ... Kim
    # said" puts the family name first, and then no given-name list applies.
    words = canonical.split()
    if len(words) > 2 and words[0].rstrip(".").lower() in name_abbreviations():
        words = words[1:]  # "Ma. Lourdes Ramos": the given name after the abbreviated one
    if len(words) == 1:  # a person the article names by one word, as features do ("Melanie said")
        return given_gender(words[0]) or _census_gender(words[0])
    shorts = {name.text.lower() for name, *_rest in spans if len(name.text.split()) < len(words)}  # "Ashworth-Pryce" too
    later = any(w.lower() in shorts for w in words[1:])
    if words[0].lower() in shorts and not later:
        return None
    # "Hillary Clinton ... Clinton ... Hillary": the given name alone too, as headlines do
    if later or _given_then_family(words):  # "Andrés Quintana Ruiz ... Quintana"
        return given_gender(words[0]) or _census_gender(words[0])
    # a family name of several words the article shortens to ("María Fernanda de la Cruz ... De
    # la Cruz said"): the given names before it, of one gender the lists know ("Fernanda"), the
    # first governing as in a hyphenated one (:func:`given_gender`: "María José" is a woman's
    # name, "José María" a man's)
    family = next((k for k in range(1, len(words)) if " ".join(words[k:]).lower() in shorts), None)  # ("Carolina
    # Pestana Ribeiro ... Pestana Ribeiro said": two family names after one given name)
    if family is not None and any(a_given_name(w) for w in words[:family]):
        return given_gender("-".join(words[:family]))
    if family is not None:
        genders = {g for w in words[:family] if (g := _census_gender(w)) is not None}
        return genders.pop() if len(genders) == 1 else None
    return None


def _census_gender(word: str) -> str | None:
    """The gender of a given name coreferee's lists lack but the 1990 US Census finds mostly
    for one gender (``female_given_names.txt``, ``male_given_names.txt``: "Harriet", "Mitch")."""
    female, male = _census_names()
    lower = strip_accents(word.lower())
    return "female" if lower in female else "male" if lower in male else None


@cache
def _census_names() -> tuple[frozenset[str], frozenset[str]]:
    return read_list("female_given_names"), read_list("male_given_names")


def noun_gender(noun: Token, lexicon: Lexicon) -> str | None:
    """"female" or "male" for a noun that says so ("spokeswoman", "his wife", "chairman",
    ``female_nouns.txt`` and ``male_nouns.txt``; not "ombudsman", ``neutral_nouns.txt``), else
    ``None``."""
    word = noun.lemma_.lower()
    if word in lexicon.neutral_nouns:
        return None  # "ombudsman"
    if word.endswith("woman") or word in lexicon.female_nouns:
        return "female"
    if word.endswith("man") or word in lexicon.male_nouns:
        return "male"
    return None


def _given_then_family(words: Sequence[str]) -> bool:
    """Two words in the order given name, family name, as far as the lists tell: the first a
    given name of three letters or more (coreferee's lists or the census's: "Harriet"), the
    second none, and hyphenated only of parts that are no romanised syllables (``Walter
    Okonkwo-Hale``; not "Lu Kang", "Kim Jong-un", "Moon Jae-In"), nor a one-syllable word
    before a two-syllable Chinese given name (not "Sun Liqiang")."""
    if len(words) != 2 or len(words[0]) < 3 or (
            "-" in words[1] and all(_ROMANISED_SYLLABLE.fullmatch(part) for part in words[1].split("-"))):
        return False
    if _ROMANISED_SYLLABLE.fullmatch(words[0]) and _TWO_PINYIN_SYLLABLES.fullmatch(words[1]):
        return False  # "Sun Liqiang", "Wang Jinping": a one-syllable family name first
    return (given_gender(words[0]) or _census_gender(words[0])) is not None and not a_given_name(words[1])


def _syllable_read_as_interjection(token: Token) -> bool:
    """Whether the tagger read a capitalised romanised syllable as an interjection (``[Oh]
    Kyung-taek kept the light``): a family name, which :func:`_family_then_given` then checks."""
    return token.pos_ == "INTJ" and token.is_title and bool(_ROMANISED_SYLLABLE.fullmatch(token.text.removesuffix("h")))


def _family_then_given(words: Sequence[str]) -> bool:
    """Two words in the order family name, given name: a romanised syllable, then a given name
    of two such syllables joined by a hyphen (``Hwang Bo-ram``, ``Kim Jong-un``, ``Oh Kyung-taek``,
    ``Baek Min-ah``)."""
    return len(words) == 2 and bool(_ROMANISED_SYLLABLE.fullmatch(words[0].removesuffix("h"))) and words[1].count("-") == 1 and all(
        _ROMANISED_SYLLABLE.fullmatch(part.removesuffix("h")) for part in words[1].split("-"))  # ("Min-ah")


def _name_after_dateline(ent: Span, lexicon: Lexicon) -> Span | None:
    """The name a date or time NER found runs into past a dateline's dash: a person's (``SINGAPORE,
    [March 21 - Lin Shuqin], the wife of ...``), two to four capitalised proper nouns that are no
    organisation's (:func:`~quotekit.speaker.plain_proper_name`), or an organisation's, capitalised
    words whose head is an institution's (``HARROWMERE, [July 2 - The National Union of Academic
    Staff] will ...``); else ``None``."""
    doc = ent.doc
    dash = next((t.i for t in ent if t.text in DASHES and dateline_end(doc, t.i) == t.i + 1), None)
    if dash is None or dash + 1 >= ent.end:
        return None
    if plain_proper_name(doc[dash + 1 : ent.end], lexicon):
        return Span(doc, dash + 1, ent.end, label="PERSON")
    name = doc[dash + 1 + (doc[dash + 1].lower_ == "the") : ent.end]
    if len(name) > 1 and name[0].is_title and all(t.is_title or t.lower_ in ("of", "and", "for", "the") for t in name) and (
            name.root.lower_ in lexicon.institution_heads or _organisation_name(name, lexicon)):
        return Span(doc, name.start, name.end, label="ORG")
    return None


def _romanised_syllables(words: Sequence[str]) -> bool:
    """Three capitalised words, each one romanised syllable: a name written family name first
    with its given name's syllables apart (``Chu Yon Hui``, ``Ri Sol Ju``)."""
    return len(words) == 3 and all(w.istitle() and _ROMANISED_SYLLABLE.fullmatch(w) for w in words)


def _canonical(name: str) -> str:
    """A source's words as its name: without a possessive's ending, a leading "the", stray
    quotation marks at its edges (``» the Fédération ...``) and edge punctuation."""
    name = name.strip().strip(_EDGE_MARKS).strip()
    for suffix in ("'s", "’s", "'", "’"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    if name.lower().startswith("the "):
        name = name[4:]
    return name.strip(" ,.")


#: Quotation marks that are never part of a name's edge (not the apostrophe of "'Ndrangheta").
_EDGE_MARKS = "«»‹›\"“”„"


def _resolve_name(
    doc: Doc, rng: TokenRange, entities: Sequence[EntityInfo], by_token: dict[int, int], lexicon: Lexicon
) -> Resolved:
    name = proper_part(doc, rng, lexicon)
    if name is not None:
        for i in range(name.start, name.end):
            if i in by_token:
                entity = entities[by_token[i]]
                return Resolved(entity.id, entity.name, "name")
    return Resolved(None, _canonical(doc[rng[0] : rng[1]].text), "words")


#: Prepositions after an unnamed source that give its organisation ("officials at ...").
_AFFILIATION_PREPOSITIONS = frozenset({"at", "of", "for", "from", "with", "in"})


def unnamed_affiliation(
    doc: Doc, rng: TokenRange, excluded: frozenset[int] = frozenset(), lexicon: Lexicon | None = None
) -> str | None:
    """The organisation an unnamed source's own words give: a name before the head (``A
    Harbor Board official``, ``An FBI spokesman``) or in a phrase on it (``two officials at
    the Harbor Board``, ``a spokesman for the Council on Harbor Relations``): a name NER
    types as an organisation, or initials. Not a place or people (``a senior U.S.
    official``), a person (``Trump's supporters``), nor a name further in (``a source
    familiar with Google's plans`` says what the source knows), nor a title's complement
    (``the secretary of State``). ``excluded`` tokens give none: names the article gives
    people (NER types "Trump" ORG in ``Trump's supporters``) and headlines in title case.
    Titles and institutions' words come from ``lexicon`` (the bundled lists by default).

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = nlp("Two officials at the Harbor Board")
    >>> for token, (pos, dep, head) in zip(doc, [("NUM", "nummod", 1), ("NOUN", "ROOT", 1), ("ADP", "prep", 1),
    ...         ("DET", "det", 5), ("PROPN", "compound", 5), ("PROPN", "pobj", 2)]):
    ...     token.pos_, token.dep_, token.head = pos, dep, doc[head]
    >>> doc.ents = [spacy.tokens.Span(doc, 4, 6, label="ORG")]
    >>> unnamed_affiliation(doc, (0, 6))
    'Harbor Board'
    """
    lexicon = lexicon or Lexicon.default()
    head = doc[rng[0] : rng[1]].root
    phrases = [c for c in head.lefts if c.dep_ in ("compound", "poss")]
    phrases += [o for p in head.rights if p.dep_ == "prep" and p.lower_ in _AFFILIATION_PREPOSITIONS
                and not (p.lower_ == "of" and head.lower_ in lexicon.titles)  # "secretary of State": the title's
                for o in p.children if o.dep_ == "pobj"]
    for phrase in phrases:
        end = name_clause_end(phrase) or _institution_name_end(phrase, lexicon) or phrase.i  # "the Council on Harbor Relations"
        first = phrase.left_edge
        if phrase.pos_ != "PROPN" or not phrase.text[:1].isupper() or phrase.i in excluded or (
                first.is_sent_start and first.text in _lower_case_words(doc)):  # "Digital experts"
            continue
        if phrase.text.isupper() and phrase.is_alpha and len(phrase) > 1 and end == phrase.i == phrase.left_edge.i:
            return phrase.text  # "An FBI spokesman", "one GOP source"
        ent = next((e for e in doc.ents if e.label_ in ("ORG", "FAC") and phrase.left_edge.i <= e.start <= phrase.i < e.end), None)
        if ent is not None:
            return _canonical(doc[ent.start : max(ent.end, end + 1)].text)
    return None


def _resolve_relay(
    doc: Doc, rng: TokenRange, entities: Sequence[EntityInfo], by_token: dict[int, int], lexicon: Lexicon
) -> Resolved:
    """A relaying organisation: by name, else by description ("the news agency", the news
    organisation named before first); a name that only owns the phrase is not it (``Japan's
    foreign ministry``)."""
    resolved = _resolve_name(doc, rng, entities, by_token, lexicon) if _named_by(doc, rng, lexicon) else None
    if resolved is None or resolved.entity is None:
        np = doc[rng[0] : rng[1]]
        return (_news_nominal(np, entities, lexicon, relaying=True) or _resolve_nominal(np, entities, lexicon)
                or _initials_of(np, entities) or _named_alike(np, entities) or resolved
                or Resolved(None, _canonical(np.text), "words"))
    return resolved


def _last_source_other_gender(
    doc: Doc, pronoun: Token, entity: int, last: tuple[int, Resolved | None, int] | None, locals_: Sequence[LocalSource],
) -> bool:
    """Whether the last quote's source is ``entity``, named there by a pronoun of the other
    gender than ``pronoun`` ('..., Ryu Da-eun said. ..., she said. / ... He said': not Ryu,
    whatever the lists know of the name)."""
    gender = PERSON_PRONOUNS.get(pronoun.lower_)
    if gender is None or last is None or last[1] is None or last[1].entity != entity:
        return False
    words = locals_[last[2]].words
    return words is not None and PERSON_PRONOUNS.get(doc[words[0] : words[1]].root.lower_, gender) != gender


def _named_alike(np: Span, entities: Sequence[EntityInfo]) -> Resolved | None:
    """The organisation whose name is the phrase's words (``Sorvenia One quoted ...`` after
    "state broadcaster Sorvenia One", a name whose number the parser made a modifier); else
    ``None``."""
    words = _canonical(np.text).lower()
    same = [e for e in entities if e.type != "person" and e.name.lower() == words]
    return Resolved(same[0].id, same[0].name, "name") if len(same) == 1 else None


def _initials_of(np: Span, entities: Sequence[EntityInfo]) -> Resolved | None:
    """The one organisation named before whose initials a phrase of one word in capitals
    spells (``according to UDNA``, the tagger's common noun, after "the Unified Dawn News
    Agency"); else ``None``."""
    word = np[0] if len(np) == 1 else None
    if word is None or not (word.is_alpha and word.is_upper and len(word) > 1):
        return None
    spelled = [e for e in entities if e.type != "person" and any(a < np.start for a, _ in e.mentions)
               and is_initialism(word.text, e.name)]
    return Resolved(spelled[0].id, spelled[0].name, "name") if len(spelled) == 1 else None


#: News heads that stand for the trade at large ("the media would call him ..."), not one outlet.
_PRESS_AT_LARGE = frozenset({"media", "press", "state media"})


def _news_nominal(np: Span, entities: Sequence[EntityInfo], lexicon: Lexicon, relaying: bool = False) -> Resolved | None:
    """``the newspaper``, ``the news service``: a news head (``agency_heads.txt``) with "the" and
    nothing else but words that mark state media (``the state news agency``,
    ``state_media_markers.txt``), which stands for the news organisation named last (:func:`news_named_before`);
    for a relay (``relaying``: "was quoted by the paper as saying") a head that names one only
    so (``addressed_news_heads.txt``) too, and as a source such a head of print or broadcasting
    (``news_media_kinds.txt``: "The paper warned", "the station said") for one named in its
    paragraph or the one before; "state television", "state radio" with no "the" for a
    broadcaster named before."""
    rest = [t.lower_ for t in np[1:]]
    while len(rest) > 1 and rest[0] in lexicon.state_media_markers:
        rest = rest[1:]  # "the state news agency", "the official news agency"
    words = " ".join(rest)
    addressed = (lexicon.news_medium(words) in ("print", "broadcast")  # "the paper", "the station"
                 and words in lexicon.addressed_news_heads)
    heads = lexicon.agency_heads | lexicon.addressed_news_heads if relaying else lexicon.agency_heads
    bare = np[0].lower_ in lexicon.state_media_markers and lexicon.news_medium(words) == "broadcast"  # "state television
    # said": a broadcaster named before, with no "the"
    if (len(np) < 2 or (np[0].lower_ != "the" and not bare) or (words not in heads and not addressed)
            or words in _PRESS_AT_LARGE):
        return None  # not "the Harbor Times", a name; nor "the conservative newspaper", "the time"
    entity = news_named_before(np, entities, lexicon)
    if bare and entity is not None and not any(lexicon.news_medium(w) == "broadcast" for w in entity.words):
        return None  # only a broadcaster its name shows ("Tavarian Central Television"), not the Harbor Times
    if entity is not None and all(_credited(np.doc[a:b]) for a, b in entity.mentions if a < np.start) and any(
            e.type == "agency" and e.id != entity.id and any(a > np.start for a, _ in e.mentions) for e in entities):
        return None  # "AL-MARSA (Meridian Wire) - ..., the state news agency said. / The Qusair Press Agency said":
        # the wire a dateline credits wrote the story; another agency the text names after may be the one meant
    if entity is not None and words not in heads:  # "The paper warned": only a paper named in its paragraph or the one
        paragraphs = paragraph_numbers(np.doc)  # before, not "a paper in Nature" long after a newspaper's name
        if paragraphs[np.start] - max(paragraphs[a] for a, _ in entity.mentions if a < np.start) > 1:
            return None
        if lexicon.news_medium(words) == "broadcast" and not any(lexicon.news_medium(w) == "broadcast" for w in entity.words):
            return None  # "the station" is a broadcaster its name shows ("Radio Kestrel"), not the Harbor Times
    return None if entity is None else Resolved(entity.id, entity.name, "nominal")


def _broadcast_voice(np: Span, entities: Sequence[EntityInfo], lexicon: Lexicon) -> Resolved | None:
    """``Sunjara Central Television aired a documentary, in which a narrator declared ...``, ``The
    presenter said ...``: one who speaks on air with no name (``presenter_nouns.txt``, with "a" or
    "the") speaks for the broadcaster (a news organisation whose words show broadcasting) named
    last before it, in its paragraph or the one before; else ``None``."""
    if (np.root.lemma_.lower() not in lexicon.presenter_nouns or np[0].lower_ not in ("a", "an", "the")
            or any(t.pos_ == "PROPN" for t in np)):
        return None
    paragraphs = paragraph_numbers(np.doc)
    named = [(a, e) for e in entities if e.type == "agency"
             and any(lexicon.news_medium(w) == "broadcast" for w in e.words | e.heads)
             for a, _b in e.mentions if a < np.start and paragraphs[np.start] - paragraphs[a] <= 1]
    if not named:
        return None
    entity = max(named, key=lambda pair: pair[0])[1]
    return Resolved(entity.id, entity.name, "nominal")


def _news_named_next(np: Span, entities: Sequence[EntityInfo], lexicon: Lexicon) -> Resolved | None:
    """``... after a newspaper reported that he had claimed ... / The Halvick Courier reported
    that ...``: "a" and a print or broadcast news head (``news_media_kinds.txt``) stand for the
    news organisation named first after it, in its paragraph or the next, as a clause's subject,
    when none was named before it (but the dateline's credit, who wrote the story) and that one
    is of no other medium."""
    medium = lexicon.news_medium(np.root.lower_)
    if len(np) != 2 or np[0].lower_ != "a" or medium not in ("print", "broadcast"):
        return None
    agencies = [e for e in entities if e.type == "agency"]
    if any(a < np.start and not _credited(np.doc[a:b]) for e in agencies for a, b in e.mentions):
        return None
    after = sorted((a, b, e.id) for e in agencies for a, b in e.mentions if a > np.start)
    if not after:
        return None
    first, end, named = after[0]
    entity = next(e for e in entities if e.id == named)
    paragraphs = paragraph_numbers(np.doc)
    if (paragraphs[first] - paragraphs[np.start] > 1
            or not any(t.dep_ == "nsubj" for t in np.doc[first:end])
            or any(lexicon.news_medium(w) not in (None, medium) for w in entity.words | entity.heads)):
        return None  # (as a clause's subject: not "she told the Harbor Times")
    return Resolved(entity.id, entity.name, "nominal")


def _named_by(doc: Doc, rng: TokenRange, lexicon: Lexicon) -> bool:
    """Whether the phrase is its proper name: the name holds its head, is apposed to it (``a
    lawyer, Ada Lind``) or names the organisation the head stands for (``Meridian news
    agency``); not a possessor's name (``Japan's foreign ministry``)."""
    head = _root(doc[rng[0] : rng[1]])
    name = proper_part(doc, rng, lexicon)
    return name is not None and not lone_title(name, lexicon) and not _capitalised_role(name, lexicon) and (
        head.i in range(name.start, name.end) or _apposition_in(named_apposition(head, lexicon), name)
        or _proper_head(doc, rng, lexicon)
        or split_subject(name.root, lexicon) == head  # "The social media star Sable Morrow", split by the parser
        or ((titled := _name_in_title_complement(head, rng, lexicon)) is not None  # "Vice Minister of Land and
            and (titled.start, titled.end) == (name.start, name.end))  # Transport Kwon Hye-sun"
    )


def _apposition_in(apposed: Token | None, name: Span) -> bool:
    """Whether the name apposed to a phrase's head is ``name``'s root, or a word of it when the
    parser apposed a patronymic and the father's name ("Siti Aishah binti [Mokhtar]")."""
    return apposed is not None and (apposed == name.root or (
        name.start <= apposed.i < name.end and name.root.lower_ in _patronymics()) or (
        apposed.i == name.end and apposed.text.isupper() and apposed.lower_ in post_nominals()))  # "Priya Anand [SC]"


def _capitalised_role(name: Span, lexicon: Lexicon) -> bool:
    """Whether a one-word "name" after "the" (or "the" and an age: ``The 27-year-old Dutchman``)
    is a role noun written with a capital, as nouns of nationality are (``said the Dutchman``):
    no one's name."""
    doc = name.doc
    aged = _AGE_EPITHET.fullmatch(doc[max(0, name.start - 6) : name.start].text.lower()) is not None
    return len(name) == 1 and name.start > 0 and name[0].lower_ in lexicon.role_nouns and (
        doc[name.start - 1].lower_ == "the" or aged)


def news_named_before(recipient: Span, entities: Sequence[EntityInfo], lexicon: Lexicon | None = None) -> EntityInfo | None:
    """The news organisation named last before ``recipient``, a news noun with "the" ("... told
    the Harbor Times ... she told the newspaper": the Harbor Times), unless an unnamed one of
    the same noun came since ("An Israeli newspaper ... published an interview ... he told the
    newspaper"); a description of the named one, or the noun again with "the", does not count
    ("the Harbor Times, a local newspaper"; "the newspaper said ... The newspaper added"). One
    whose words hold the noun, or a word of its medium, comes first ("the broadcaster": the
    Aldmark Broadcasting Corporation, though a newspaper was named since; "the newspaper": "the
    daily Le Messager" named last, not "the Harbor Times newspaper" before it); none when an
    organisation that is no news one, with the noun in its name, was named since ("the Food
    Safety Agency ... told the agency"); never one of another medium (``news_media_kinds.txt``: "the newspaper" is no
    broadcaster, whatever was named last)."""
    start, noun = recipient.start, recipient.root.lemma_.lower()
    lexicon = lexicon or Lexicon.default()
    medium = lexicon.news_medium(noun)

    def of_another_medium(entity: EntityInfo) -> bool:
        return medium is not None and any(lexicon.news_medium(w) not in (None, medium) for w in entity.words | entity.heads)

    named = [(max(a for a, _ in e.mentions if a < start), e) for e in entities
             if e.type == "agency" and any(a < start for a, _ in e.mentions) and not of_another_medium(e)]
    kind = [pair for pair in named if any(w.startswith(noun[:6]) or noun in w for w in pair[1].words) or (
        medium is not None and any(lexicon.news_medium(w) == medium for w in pair[1].words | pair[1].heads))]
    if not named:
        return None
    nearest = max(named, key=lambda pair: pair[0])
    paragraphs = paragraph_numbers(recipient.doc)
    if not (kind and nearest not in kind and paragraphs[nearest[0]] == paragraphs[start]):
        named = kind or named  # "the broadcaster": the Aldmark Broadcasting Corporation, not a newspaper named since
        # (but "the agency" is the Kharun Information Bureau named in its own paragraph, not an agency before)
    last, entity = max(named, key=lambda pair: pair[0])
    unnamed = any(t.lemma_.lower() == noun and t.pos_ == "NOUN" and t.dep_ not in ("appos", "attr")
                  and not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children)
                  for t in recipient.doc[last:start])
    other = any(e.type != "agency" and noun in _name_or_description_words(recipient.doc, e)
                and any(last < a < start for a, _ in e.mentions) for e in entities)
    return None if unnamed or other else entity  # not "told the agency" after a government agency's name


def _name_or_description_words(doc: Doc, entity: EntityInfo) -> set[str]:
    """The words of an entity's name and description (``the Food Standards Agency``, ``Vell
    Foods, a government agency``), not a noun only a mention put after its name (``Nordvel agency
    says``, a headline's news agency that the article names in full)."""
    words = set(entity.name.lower().split())
    if entity.description is not None:
        words |= {t.lemma_.lower() for t in doc[entity.description[0] : entity.description[1]]}
    return words


def member_of_named_body(np: Span, head: Token, lexicon: Lexicon) -> bool:
    """Whether a phrase names an office or role and, before it, only the body it belongs to
    (``A Labour MP``, ``Three Civic Union deputies``, ``Two Alliance MPs``, ``a Harbor Party official``): the proper
    nouns before the head modify it, none of them a person's name; someone unnamed of that body."""
    lemma = head.lemma_.lower()
    role = (lexicon.is_title(head.text) or lexicon.is_title(lemma) or lemma in lexicon.role_nouns
            or plural_of_role(head, lexicon.role_nouns) is not None
            or (head.text.endswith("s") and head.text[:-1].isupper() and lexicon.is_title(head.text[:-1])))  # "MPs", "MEPs"
    modifiers = [t for t in np if t.pos_ == "PROPN" and t != head]
    before = [t for t in modifiers if t.i < head.i]
    return role and bool(before) and all(t.dep_ in ("compound", "amod") and t.ent_type_ != "PERSON" for t in before) and all(
        t.dep_ == "pobj" or t.head.dep_ in ("pobj", "prep") or t.head.head.dep_ == "pobj" for t in modifiers if t.i > head.i)


def group_members(np: Span) -> bool:
    """Whether ``np`` stands for unnamed members of a nationality, religion or party: a word
    the tagger types NORP, plural or counted (``Two Republicans``, ``A Democrat close to the
    campaign``, ``Palestinians``), not one the article already named (``the Republican``)."""
    head = np.root
    if not _nationality(head) or head.pos_ not in ("NOUN", "PROPN"):
        return False
    determiners = {c.lower_ for c in head.children if c.dep_ == "det"}
    if determiners & {"the", "this", "that", "these", "those"}:
        return False
    counted = any(c.dep_ == "nummod" for c in head.children) or bool(determiners)
    return head.tag_ in ("NNS", "NNPS") or counted


def _nationality(token: Token) -> bool:
    """Whether the tagger types ``token`` NORP, or the NORP word hyphened before it
    (``Cuban-Americans``, where only "Cuban" is typed)."""
    if token.ent_type_ == "NORP":
        return True
    return any(c.dep_ == "compound" and c.ent_type_ == "NORP" and c.i == token.i - 2 and token.nbor(-1).text == "-"
               for c in token.lefts)


#: Words that count people before a title ("One Senator", "Two MPs").
_COUNTING_WORDS = frozenset({"one", "two", "three", "four", "five", "several", "some", "many", "another"})


def lone_title(name: Span, lexicon: Lexicon) -> bool:
    """A "name" that is one title word (``Mayor defends ...``): no one's name (the resolver
    makes no entity of it, the attribution stage no named source), unless a courtesy title
    stands before it or it ends a longer name in the article, as a family name (``Mr. King``,
    ``Jim Justice``); or a title of two or three words the article writes before a name
    (:func:`_title_before_names`)."""
    if _title_before_names(name, lexicon):
        return True
    counted = name[1:] if len(name) == 2 and (name[0].like_num or name[0].lower_ in _COUNTING_WORDS) else name
    word = counted[0].text if len(counted) == 1 else ""
    if not (lexicon.is_title(word) or (counted[0].tag_ in ("NNS", "NNPS") and lexicon.is_title(word[:-1]))):
        return False  # "One Senator", "Two MPs": no names either
    doc = name.doc
    if name.start > 0 and doc[name.start - 1].lower_.rstrip(".") in lexicon.honorifics:
        return False
    ends = doc.user_data.get("quotekit_name_ends")
    if ends is None:
        ends = doc.user_data["quotekit_name_ends"] = {ent[-1].lower_ for ent in doc.ents if len(ent) > 1}
    return name[0].lower_ not in ends


#: Entity types of words after a title that name no one the title is held by.
_NO_NAME_AFTER_TITLE = frozenset({"GPE", "LOC", "FAC", "NORP", "DATE", "TIME"})


def _organisation_named_whole(np: Span, entities: Sequence[EntityInfo], by_token: dict[int, int]) -> int | None:
    """The organisation every word of ``np`` but "the" names (``Physicians for Clean Air``): its
    name, not members of a group; else ``None``."""
    words = [t.i for t in np if t.lower_ != "the"]
    entity = by_token.get(words[0]) if words else None
    if entity is None or any(by_token.get(i) != entity for i in words):
        return None
    return entity if entities[entity].type in ("organization", "agency") else None


def _title_before_names(name: Span, lexicon: Lexicon) -> bool:
    """Whether ``name`` is two or three capitalised words ending in a title (``titles.txt``; a
    hyphenated one counts as its words: ``Director-General``) that the article also writes
    right before a capitalised proper noun, whatever NER calls it but a place or a time (``the
    [Crown Princess] said`` after ``Crown Princess Sigrid-Elin``), or with a person's name in
    apposition to it or to its "of" object (``The Chief Justice of Velmar, Ada Lind, ...``:
    :func:`~quotekit.speaker.named_apposition`): the title, which a nominal resolves."""
    words = [t.lower_ for t in name if t.lower_ != "the"]
    if (not 2 <= len(words) - words.count("-") <= 3 or not lexicon.is_title(words[-1])
            or not all(t.text[:1].isupper() or t.text == "-" for t in name[-len(words):])):
        return False
    n, doc = len(words), name.doc
    return any(
        [w.lower_ for w in doc[t.i : t.i + n]] == words and (_held_by_name_after(doc[t.i + n]) or _held_by_apposed_person(
            doc[t.i + n - 1], lexicon))
        for t in doc[: len(doc) - n] if t.lower_ == words[0] and not name.start <= t.i < name.end
    )


def _held_by_name_after(token: Token) -> bool:
    """Whether ``token`` is a capitalised proper noun NER calls no place nor time: the name a
    title before it is held by."""
    return token.ent_type_ not in _NO_NAME_AFTER_TITLE and token.pos_ == "PROPN" and token.text[:1].isupper()


def _held_by_apposed_person(title: Token, lexicon: Lexicon) -> bool:
    """Whether the name :func:`~quotekit.speaker.named_apposition` sets beside ``title`` after
    it is a person's (``The Chief Justice of Velmar, Ada Lind, ...``)."""
    name = named_apposition(title, lexicon)
    return name is not None and name.i > title.i and name.ent_type_ == "PERSON"


def _resolve_mention(
    doc: Doc,
    rng: TokenRange,
    entities: Sequence[EntityInfo],
    by_token: dict[int, int],
    inside_quotes: set[int],
    last_speaker: Resolved | None,
    lexicon: Lexicon,
    coref: Coref | None,
    content: tuple[int, int] | None = None,
    since: int = 0,
    said_before: tuple[int, int] | None = None,
) -> Resolved:
    """The entity ``rng`` names; a pronoun weighs the entities named from token ``since`` on
    and passes over those named in ``said_before``, the last speaker's quote."""
    np = doc[rng[0] : rng[1]]
    head = np.root
    named = named_apposition(head, lexicon)
    if named is not None and any(rng[0] <= c.i < rng[1] for c in named.conjuncts):
        head = named  # "The two candidates, Lind and Berg": the names after the description
    conjuncts = sorted(c for c in (*head.conjuncts, *listed_names(head)) if rng[0] <= c.i < rng[1] and not joining_hyphen(c)
                       and not (c.left_edge.i > 0 and joining_hyphen(doc[c.left_edge.i - 1])))  # not "seo" of "Min-seo"
    # (nor its hyphen, which the parser may make a conjunct too: "Ryu Ga[-]eun")
    alias = next((c for c in conjuncts if _acronym_of(c, head)), None)
    if alias is not None:  # "the Central Telegraph Agency, or CTA": one agency, by its name
        rng = (rng[0], alias.left_edge.i - (2 if doc[alias.left_edge.i - 2].text == "," else 1))
        np, conjuncts = doc[rng[0] : rng[1]], [c for c in conjuncts if c != alias]
    # "China, Pyongyang's only ally and its economic lifeline, said": a description after a
    # comma that the parser read as a list is no second source
    apposed = bool(conjuncts) and conjuncts[0].pos_ == "NOUN" and doc[conjuncts[0].left_edge.i - 1].text == ","
    # "The two leading Republicans, Ada Lind and Tom Berg", "Two lawyers for the port, Ada Lind and
    # Tom Berg": a plural description, then the names the parser made its conjuncts
    described = (bool(conjuncts) and head.tag_ in ("NNS", "NNPS") and doc[conjuncts[0].left_edge.i - 1].text == ","
                 and any(c.dep_ in ("det", "nummod") for c in head.children) and all(c.tag_ == "NNP" for c in conjuncts))
    if (len(conjuncts) == 1 and (head.tag_ == "NN" or (head.tag_ == "NNP" and head.is_sent_start))
            and head.lower_ in lexicon.role_nouns and not any(c.dep_ in ("det", "poss") for c in head.children)
            and (conjuncts[0].ent_type_ == "PERSON" or any(
                c.dep_ == "compound" and c.tag_ == "NN" and c.lower_ in lexicon.role_nouns for c in conjuncts[0].lefts))):
        # "Former prosecutor and New York City Mayor Rudy Giuliani": two roles of one person; so are
        # "Commentator and former jockey Liam Garvey", whatever NER typed the name, the role before
        # it a common noun (the first capitalised only to open the sentence)
        return _resolve_name(doc, (conjuncts[0].left_edge.i, conjuncts[0].i + 1), entities, by_token, lexicon)
    if (len(conjuncts) == 1 and (lexicon.is_title(head.text) or head.lemma_.lower() in lexicon.role_nouns)
            and conjuncts[0].ent_type_ == "PERSON" and doc[conjuncts[0].left_edge.i - 1].text == ","
            and not any(c.dep_ == "cc" for c in head.children)):
        # "Another opposition MP, Dagny Brekke-Solheim of the Green Left,": no "and", so the name the
        # parser made a conjunct is the role's apposition, one source
        return _resolve_name(doc, (conjuncts[0].left_edge.i, conjuncts[0].right_edge.i + 1), entities, by_token, lexicon)
    holder = next((c for c in conjuncts[0].rights if c.dep_ == "appos" and c.ent_type_ == "PERSON"
                   and doc[c.left_edge.i - 1].text == ","), None) if (
        len(conjuncts) == 1 and lexicon.is_title(head.text) and conjuncts[0].ent_type_ in ("LOC", "GPE")) else None
    if holder is not None:  # "Australia's Minister for International Development and the Pacific, Owen Castellan,":
        # the place ends the office's complement, and the name apposed to it is the minister's
        return _resolve_name(doc, (holder.left_edge.i, holder.i + 1), entities, by_token, lexicon)
    if conjuncts and (head.pos_ == "PROPN" or described) and not apposed:  # "Kim and Trump pledged ...": several sources
        parts = []
        for token in sorted(conjuncts if described else [head, *conjuncts], key=lambda t: t.i):
            start = token.left_edge.i
            while start < token.i and doc[start].lower_ in _CORRELATIVES:
                start += 1
            parts.append(_resolve_name(doc, (start, token.i + 1), entities, by_token, lexicon))
        if len(parts) == 1 or (parts[0].entity is not None and all(part.entity == parts[0].entity for part in parts)):
            return parts[0]  # "Smith, Jones and Brown said": the tagger's one firm, not the firm thrice
        names = [part.name for part in parts]
        # "Either Ada Lind or Tom Berg", "Neither ... nor ...": the words that say who did not
        # speak, or that one of them did, stay in the name
        joiner = next((c.lower_ for t in (head, *conjuncts) for c in t.children if c.dep_ == "cc" and c.lower_ in ("or", "nor")), "and")
        opener = next((c.text for c in head.lefts if c.lower_ in ("either", "neither")), None)
        name = f"{', '.join(names[:-1])} {joiner} {names[-1]}"  # "Carson, Fiorina and Huckabee"
        return Resolved(None, f"{opener} {name}" if opener else name, "coordination")
    if group_members(np) and not _registered(doc, rng, lexicon, trade=True):  # not "Orrin-Basel Therapeutics"
        return Resolved(None, _canonical(np.text), "words")  # "One Republican involved in the planning": not the Party
    if np[0].dep_ == "neg":  # "Not everyone", "Not all economists": no one in particular
        return Resolved(None, _canonical(np.text), "words")
    if (np[0].lower_ in _INTRODUCING and head.pos_ == "NOUN" and head.i > np.start
            and not any(t.pos_ == "PROPN" or t.i in by_token for t in np)):
        introduced = (_broadcast_voice(np, entities, lexicon)  # "aired a documentary in which a narrator declared"
                      or _news_work_of_subject_before(np, entities, by_token, inside_quotes, lexicon)  # "An editorial"
                      or _news_named_next(np, entities, lexicon)  # "a newspaper reported ... / The Halvick Courier"
                      or _named_next(np, entities, by_token, inside_quotes, lexicon, titled=True)
                      or _identified_next(np, entities, by_token, inside_quotes, lexicon,
                                          _reported_subject_gender(doc, content, inside_quotes)))
        if introduced is not None:  # "..., a deputy governor said on Tuesday. / Deputy Governor Dao Thi Minh
            return introduced  # Nguyet told reporters ...": the lede's unnamed official, named in the next paragraph
        return Resolved(None, _canonical(np.text), "words")  # "One senior council officer said": someone new, not an entity
    if (np[0].lower_ in _INTRODUCING or np[0].like_num) and member_of_named_body(np, head, lexicon):
        introduced = _identified_next(np, entities, by_token, inside_quotes, lexicon,
                                      _reported_subject_gender(doc, content, inside_quotes))
        return introduced or Resolved(None, _canonical(np.text), "words")  # "A Labour MP said": one of the party's,
        # not a name (unless the next paragraph introduces the lede's speaker: "A former Ostland Bank manager told
        # ... / Tomas Vennberg, who ran the markets desk ..., testified")
    if head.pos_ == "PRON":
        rivals = _named_between(doc, since, rng[0], by_token, inside_quotes, lexicon) if last_speaker is not None else frozenset()
        role = _role_before(doc, head, since, entities, by_token, inside_quotes, lexicon)
        if (role is not None and role.entity is None and role.how == "words" and role.name.split()[0].lower() in _INTRODUCING
                and len(np) == 1 and not any((t.lemma_.lower() in lexicon.role_nouns or t.ent_type_ == "PERSON")
                                             and t.i not in inside_quotes for t in doc[head.sent.start : head.i])):
            return Resolved(None, _canonical(role.name), "pronoun+subject")  # "A security guard sat in a hut by the
            # gate. / '...,' he said": someone unnamed the sentence before introduced, with no one else named in
            # the pronoun's own sentence before it (not "..., yanked the arm of a reporter as she ..., she and
            # another reporter said")
        if role is not None and role.entity is None:
            last_speaker = None  # "The lawyer disagreed. "...," she said": not the last speaker
        elif (role is not None and role.entity is not None and role.how != "owner"
              and _role_speaks(doc, head, entities[role.entity], content, entities)):
            # "The 61-year-old lawyer spent his address on Katalin Szabo. "...," he said": the
            # person the role noun stands for, whoever was named after it
            return Resolved(role.entity, entities[role.entity].name, "pronoun+subject")
        elif role is not None and role.entity is not None and last_speaker is not None and role.entity != last_speaker.entity:
            rivals = rivals | {role.entity}  # "The president's roots came into play. ... he told"
        return _resolve_pronoun(doc, head, entities, by_token, inside_quotes, last_speaker, coref, lexicon, content, rivals,
                                said_before=said_before)
    if _AGE_EPITHET.fullmatch(np.text.lower()):  # '"...," the 74-year-old said': a person, as "he" or "she" is
        given = _of_the_age(doc, np, entities, by_token, inside_quotes)
        if given is not None:  # "Halvorsen-Rye, 58, ... the 58-year-old said"
            return Resolved(given, entities[given].name, "nominal")
        aged = _resolve_pronoun(doc, head, entities, by_token, inside_quotes, last_speaker, coref, lexicon, content, person=True)
        return aged if aged.entity is not None else Resolved(None, _canonical(np.text), "words")
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    if definite and head.ent_type_ == "NORP" and head.tag_ in ("NN", "NNP"):  # "The Republican added": the person it described
        nominal = (_resolve_nominal(np, [e for e in entities if e.type == "person"], lexicon, inside_quotes)
                   or _epithet_of_subject(np, entities, by_token, inside_quotes, lexicon, None)
                   or _aged_description(doc, np, entities, by_token, inside_quotes, last_speaker, coref, lexicon, content,
                                        None))  # "The 51-year-old Belgian, who trained as an engineer, said"
        if nominal is not None or _people_word(head) or head.i - np.start > 1:  # "the Wisconsin Republican"
            return nominal or Resolved(None, _canonical(np.text), "words")  # "The Ohio Republican": no one's name
    if _named_by(doc, rng, lexicon):
        return _resolve_name(doc, rng, entities, by_token, lexicon)
    whole = _organisation_named_whole(np, entities, by_token)
    if whole is not None:  # "Physicians for Clean Air": its name, which a plural opens
        return Resolved(whole, entities[whole].name, "name")
    # "The director said she had ...": a woman the noun fits, else one whose gender is unknown
    spoken_as = _reported_subject_gender(doc, content, inside_quotes)
    gendered = _resolve_nominal(np, [e for e in entities if e.gender == spoken_as], lexicon, inside_quotes) if spoken_as else None
    owners = {t.lemma_.lower() for t in np if t.dep_ == "poss" and t.pos_ == "NOUN" and t.head == head}
    if gendered is not None and gendered.entity is not None and owners - entities[gendered.entity].words:
        gendered = None  # "The head teachers' leader added that she ...": not a woman who leads no head teachers
    fitting = [e for e in entities if e.gender is None] if spoken_as else entities
    if noun_gender(head, lexicon) == "female":  # "the congresswoman" is no man (news calls women "spokesman" too)
        fitting = [e for e in fitting if e.gender != "male"]
    # "Orbis said ... The company said": the one company just named, when it is the subject
    # before, comes before one a description two paragraphs back called a company ("Halcyon
    # Ltd, one of those companies"); not "a pitchman for the Oreo", nor "Google" of "Alphabet,
    # the parent company of Google, jumped"
    fits = [e for e in entities if e.type == "person" and head.lemma_.lower() in e.heads
            and any(start < np.start for start, _end in e.mentions)]
    if len(fits) > 1 and _AGE_EPITHET.match(np.text.lower()):  # "the 58-year-old bishop" after two bishops named: the
        aged_first = _aged_description(doc, np, entities, by_token, inside_quotes, last_speaker, coref, lexicon,
                                       content, noun_gender(head, lexicon) or spoken_as)  # one the age's sentence
        # goes on from (the last speaker, the subject before), not the last one named; else the only one of them named
        # in its paragraph or the one before; else no one
        if aged_first is None:
            paragraphs = paragraph_numbers(doc)
            near = [e for e in fits if any(paragraphs[np.start] - paragraphs[start] <= 1
                                           for start, _end in e.mentions if start < np.start)]
            if len(near) == 1:  # "Chief Ebikabowei Tonye-Alagoa ... told the court ... / «...» the 71-year-old chief
                aged_first = Resolved(near[0].id, near[0].name, "nominal")  # said": the only one named just before
        return aged_first if aged_first is not None else Resolved(None, _canonical(np.text), "words")
    just_named = _company_before(np, entities, lexicon, inside_quotes)
    company = just_named if just_named is not None and just_named.entity is not None and not _more_named_company(
        np, entities[just_named.entity], entities, lexicon) else None  # (the subject just before comes before a
    # company named more: "Brannock Marine Industries said ... "...," the company said", in a story where another
    # company was named twice)
    subject_company = just_named if just_named is not None and just_named.entity == _previous_subject(
        doc, head, by_token, inside_quotes, lexicon, main_only=True) else None
    nominal = (gendered or subject_company or _resolve_nominal(np, fitting, lexicon, inside_quotes)
               or _described_as(np, entities) or _family_name_word(np, entities) or company
               or _news_nominal(np, entities, lexicon) or _broadcast_voice(np, entities, lexicon)
               or _public_body_before(np, entities, by_token, inside_quotes, lexicon)
               or _organisation_before(np, entities, by_token, inside_quotes, lexicon)
               or _sole_company(np, entities, inside_quotes, lexicon)
               or _organisation_by_its_words(np, entities, lexicon)
               or _news_work_of_subject_before(np, entities, by_token, inside_quotes, lexicon))
    if nominal is not None:
        return nominal
    wanted = noun_gender(head, lexicon) or spoken_as
    epithet = _epithet_of_subject(np, entities, by_token, inside_quotes, lexicon, wanted)
    if epithet is not None:
        return epithet
    unnamed = _unnamed_before(np, head, inside_quotes, lexicon) if definite else None
    # after "A diplomat ... said", "the diplomat" is the one introduced, though a name follows
    introduced = (_named_next(np, entities, by_token, inside_quotes, lexicon)
                  or _identified_next(np, entities, by_token, inside_quotes, lexicon, spoken_as)) if unnamed is None else None
    if introduced is not None and not (
            spoken_as and introduced.entity is not None and entities[introduced.entity].gender not in (None, spoken_as)):
        return introduced  # not "the ousted minister said he had ..." for a woman the next paragraph names
    if unnamed is not None:  # "A senior Green Future official said ... "...," the official said"
        one = _one_among(unnamed)  # "one of the doctors"
        start = one.i if one is not None else min(c.i for c in unnamed.children if c.dep_ in ("det", "nummod")
                                                  and c.lower_ in ("a", "an", "one"))
        end = max([unnamed.i, *(c.right_edge.i for c in unnamed.rights if c.dep_ in ("amod", "prep"))])
        return Resolved(None, _canonical(doc[start : end + 1].text), "words")  # "a person familiar with ..."
    by_age = _aged_description(doc, np, entities, by_token, inside_quotes, last_speaker, coref, lexicon, content, wanted)
    if by_age is not None:  # "Lachlan Pryor does the sums ... "...," the 58-year-old grazier said"
        return by_age
    owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("his", "her") and c.i == np.start), None)
    if owner is not None and head.lower_ in lexicon.institution_heads:  # "his office said": the office of the
        held = _resolve_pronoun(doc, owner, entities, by_token, inside_quotes, last_speaker, coref, lexicon, content,
                                said_before=said_before)  # man "his" stands for, by his name
        spoke = (last_speaker is not None and held.entity == last_speaker.entity
                 and not (said_before is not None and said_before[1] > owner.sent.start_char)  # (not quoted in this
                 and not any(by_token.get(t.i) == held.entity for t in owner.sent if t.i not in inside_quotes))  # sentence)
        if held.entity is not None and entities[held.entity].type == "person" and not spoke:  # not the last speaker
            # named in an earlier sentence: '"...," said pollster Ada Lind. But his campaign showed ...' is the
            # campaign the quote spoke of, not hers
            return Resolved(None, f"{entities[held.entity].name}'s {doc[owner.i + 1 : rng[1]].text}", "words")
    return Resolved(None, _canonical(np.text), "words")


#: Paragraphs searched back for the unnamed source a definite role noun stands for.
UNNAMED_WINDOW_PARAGRAPHS = 3


def _unnamed_before(np: Span, head: Token, inside_quotes: Set[int], lexicon: Lexicon) -> Token | None:
    """The last someone unnamed that a singular role noun with "a", "an" or "one" introduced as a
    clause's subject or object within a few paragraphs before a definite one (``A senior Green
    Future official said ... "...," the official said``: the one introduced, who stays unnamed);
    not a description of a name, nor one inside quotation marks, nor for "the second official"
    or "the other official"; else ``None``."""
    if head.tag_ != "NN" or head.lemma_.lower() not in lexicon.role_nouns:
        return None
    if any(t.ent_type_ == "ORDINAL" or t.lower_ in ("other", "another") for t in np):
        return None  # "The second official told the site": another one than the first
    doc = np.doc
    paragraphs = paragraph_numbers(doc)
    for t in reversed(doc[: np.start]):
        if paragraphs[np.start] - paragraphs[t.i] > UNNAMED_WINDOW_PARAGRAPHS:
            return None
        if ((t.tag_ == "NN" or _one_among(t) is not None) and t.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj")
                and _introduces_unnamed(t, head, inside_quotes, lexicon)):
            return t
    return None


def _named_next(
    np: Span, entities: Sequence[EntityInfo], by_token: dict[int, int], inside_quotes: set[int], lexicon: Lexicon,
    titled: bool = False,
) -> Resolved | None:
    """The person a lede's description stands for when the next paragraph names them (``The
    chief executive of Brightwell apologised ... told MPs that ...`` / ``Graham Tolliver-Ames,
    who has led the company since 2017, was questioned ...``), or the news organisation a news
    head stands for (``the state broadcaster said`` / ``The Kessar Broadcasting Corporation
    reported``): the description is "the" or a place's possessive (``Marzana's transport
    minister``) and a singular role noun (or news head), or "a" and a role noun with no clause
    of its own the next paragraph's person is described by with no "a" (``A spokeswoman for
    the ministry dismissed ... / Qiao Minrui, the spokeswoman, told``; with ``titled``, only one
    whose title or description has all the noun's words, ``a deputy governor said / Deputy
    Governor Dao Thi Minh told``), the main clause's
    subject of the first
    sentence of its paragraph (a dateline may stand before it); the person is the main clause's
    subject of the next paragraph's first sentence outside quotation marks (``«...» Omar
    al-Kindi said``), named there for the first time, with no other person (or news
    organisation) named after the lede's own sentence (the people that sentence speaks of do
    not count: ``The agent who found winger Ada Lind said``), no role or title of their own that
    is not the description's noun, no description there the noun does not stand for (not
    ``Dirk van Asselt, the salvage master ...,`` for "The chairman"), and no gender the noun
    denies; a bare "the" and role noun right after a paragraph that named someone of its kind
    points back to them instead (``... Park said ... / «...» the official said. / Amna Idris
    Mohammed, 27, ...``). Else ``None``."""
    doc, head = np.doc, np.root
    lemma = head.lemma_.lower()
    # "Marzana's transport minister": a place's (NER may call the place an organisation, or nothing), not a person's
    owner = np[0].dep_ == "poss" and np[0].head == head and (
        np[0].ent_type_ in ("GPE", "NORP", "ORG") or (np[0].pos_ == "PROPN" and np[0].ent_type_ != "PERSON"))
    # (or an organisation's: "[Tazirt]'s transport minister", a place NER typed an organisation and the tagger a noun)
    news = lexicon.is_news_phrase([t.text for t in np if t.i <= head.i and t.dep_ != "poss" and not t.is_punct])
    indefinite = np[0].lower_ in ("a", "an") and not news and not any(c.dep_ in ("relcl", "acl") for c in head.children)
    if (not (np[0].lower_ == "the" or owner or indefinite) or head.tag_ != "NN" or not (lemma in lexicon.role_nouns or news)
            or head.i in inside_quotes or not _opens_a_paragraph(np.sent) or not _lede_subject(np)):
        return None
    if any(c.dep_ == "prep" and any(o.dep_ == "pobj" and o.pos_ == "NOUN" and o.lemma_.lower() in lexicon.role_nouns
                                    for o in c.children) for c in head.children):
        return None  # "The lawyer for a lorry driver told ... / Muhammad Irfan, 31, was arrested": the person
        # the next paragraph names may be the one the description speaks for
    subject, sent = _next_paragraph_subject(np, inside_quotes)
    entity_id = by_token.get(subject.i) if subject is not None else None
    if entity_id is None or subject is None or sent is None:
        return None
    entity = entities[entity_id]
    kind = "agency" if news else "person"  # "the state broadcaster said ... / The Kessar Broadcasting Corporation reported"
    previous = _paragraph_before(doc, np.sent.start)
    bare = all(c.dep_ == "det" for c in head.children)  # "the official", not "The last man to mount a ... race"
    if any(other.type == kind and (bare or (not news and lemma in other.words)) and any(previous <= start < np.start
                                                                         for start, _end in other.mentions)
           for other in entities):
        return None  # "Park said new arrivals ... / «...» the official said. / Amna Idris Mohammed, 27, ...": named in
        # the paragraph before, someone of its kind is whom a bare "the" and role points back to, not the next paragraph's;
        # so is one the noun describes ("Tan Mei Ling, Brightwater's chief financial officer, told ... / ..., the finance
        # chief said ... / Dr. Isobel Tranter, who chairs the committee")
    # the lede's own sentence names others the description speaks of or to ("The head of the audit
    # court said aides to President Ada Lind had pressured her"), not the one it stands for
    between = {by_token[i] for i in range(np.sent.end, subject.left_edge.i) if i in by_token}
    if (entity.type != kind or entity.mentions[0][0] < subject.left_edge.i
            or any(entities[e].type == kind for e in between - {entity_id})):
        return None  # named before, or after someone else
    if news:
        return Resolved(entity_id, entity.name, "nominal+named-next")
    roles = _roles(entity, lexicon)
    described = entity.description
    if described is not None and not sent.start <= described[0] < sent.end:  # "De la Fuente-Marín, a former art
        roles = roles - {doc[described[0] : described[1]].root.lemma_.lower()}  # historian," paragraphs later
    if (roles and lemma not in roles) or noun_gender(head, lexicon) not in (None, entity.gender):
        return None  # "Mr." is no role, nor "Dr." ("doctor")
    if described is not None and sent.start <= described[0] < sent.end and lemma not in entity.heads:
        return None  # "The chairman ... said / Dirk van Asselt, the salvage master leading the operation, said":
        # described there as something the noun does not stand for
    if indefinite:  # "A spokeswoman for the ministry said ... / Qiao Minrui, the spokeswoman, told": the one named
        # as the spokeswoman (not "Ada Lind, another spokeswoman,", "a spokeswoman for the hospital", "the hospital's")
        description = doc[described[0] : described[1]] if described is not None else None
        ours, theirs = _other_words(np, head), _other_words(description, head) if description is not None else set()
        if (description is None or description.root.lemma_.lower() != lemma
                or description[0].lower_ in ("a", "an", "another", "one") or (ours and theirs and not ours & theirs)
                or (titled and not ours <= theirs)):
            return None
    return Resolved(entity_id, entity.name, "nominal+named-next")


def _next_paragraph_subject(np: Span, inside_quotes: set[int]) -> tuple[Token | None, Span | None]:
    """The main clause's subject of the first sentence outside quotation marks of the paragraph
    after ``np``'s (``«...» Omar al-Kindi said``), and that sentence; ``None`` for a subject
    inside quotation marks."""
    doc = np.doc
    after = np.sent.end
    while after < len(doc) and not _opens_a_paragraph(doc[after].sent):
        after = doc[after].sent.end
    subject, sent = None, None
    while after < len(doc) and subject is None:
        sent = doc[after].sent
        root = sent.root if sent.root.i not in inside_quotes else next(  # "‘... otherwise,’ Dr. Ada Lind told": the
            (t for t in sent if t.i not in inside_quotes and t.pos_ == "VERB"), None)  # parser's root in the quotation
        subject = own_subject(root) if root is not None else None
        if sent.root.i not in inside_quotes or ends_line(doc[sent.end - 1]):
            break
        after = sent.end  # «I have defended every job ...» : the quotation's own sentence
    return (None, None) if subject is None or subject.i in inside_quotes else (subject, sent)


def _identified_next(
    np: Span, entities: Sequence[EntityInfo], by_token: dict[int, int], inside_quotes: set[int], lexicon: Lexicon,
    gender: str | None,
) -> Resolved | None:
    """The person the article's lede describes without a name, speaking, and the next paragraph
    then names (delayed identification: ``A former pricing analyst told a federal jury that ...
    / Park Ji-hoon, 38, who is testifying under a cooperation agreement, said ...``; ``The engineer,
    Jang Myong-chol, 47, ...``): "a", "an", "the" or "its" and a singular role noun with no name in the
    phrase, in the first sentence of the article's first paragraph (past a headline, a byline and
    a dateline), with no anonymity marker in that sentence; the person is the main clause's subject,
    or the name set beside it, of the next paragraph's first sentence outside quotation marks,
    named there for the first time by a name of two words or more, with no other person named
    between nor joined to it by "and", of no gender the noun or the quote's own "he" or "she" (``gender``) denies, with no
    description that names another body than the lede's phrase does (not ``A spokeswoman for the
    ministry said ... / Ada Lind, the hospital's spokeswoman,``) or another place the lede's
    sentence does not name (not ``Norway will ..., the country's fisheries minister has warned. /
    Iceland's fisheries minister, ..., said``), nor a title without the phrase's qualifier (not
    ``a deputy governor said ... / Governor Ada Lind told``, ``office_qualifiers.txt``).
    Unlike :func:`_named_next`'s, the person may have another role when that sentence's verb speaks
    (``a senior lawmaker said`` / ``Kang Tae-sik, a three-term representative, told reporters``: the
    lede's speaker the article now introduces; not ``Senator Ada Lind, the committee's chair, was
    unmoved``). An institution's noun (``institution_heads.txt``) likewise stands for the
    organisation named there first whose name holds it (``the country's national space research
    institute said ... / The National Institute for Orbital Research (INPO) said``), with no other
    organisation named between. Else ``None``."""
    doc, head = np.doc, np.root
    lemma = head.lemma_.lower()
    singular = head.tag_ == "NN" or (head.tag_ == "NNP" and head.is_lower)  # ("institute", the tagger's NNP)
    if (np[0].lower_ not in ("a", "an", "the", "its") or not singular or lemma not in lexicon.role_nouns | lexicon.institution_heads
            or head.i in inside_quotes or not _opens_a_paragraph(np.sent) or not _opens_the_article(doc, np.sent.start)
            or any(t.pos_ == "PROPN" and t.i in by_token and entities[by_token[t.i]].type == "person" for t in np)):
        return None
    # "The lawyer for a lorry driver told ...": the next paragraph may name the one it speaks for (but "The head of
    # Valdoria's prisons authority" speaks for a body)
    if any(c.dep_ == "prep" and any(o.dep_ == "pobj" and o.pos_ == "NOUN" and o.lemma_.lower() in lexicon.role_nouns
                                    and o.lemma_.lower() not in lexicon.institution_heads for o in c.children)
           for c in head.children):
        return None
    words = f" {' '.join(t.lower_ for t in np.sent if t.i not in inside_quotes)} "
    if any(f" {marker} " in words for marker in lexicon.anonymity_markers | lexicon.anonymity_reasons):
        return None  # "A senior official, who spoke on condition of anonymity, said"
    subject, _sent = _next_paragraph_subject(np, inside_quotes)
    verb = subject.head if subject is not None else None
    if subject is not None and subject.i not in by_token:
        subject = named_apposition(subject, lexicon)  # "The engineer, Jang Myong-chol, 47, worked ..."
    entity_id = by_token.get(subject.i) if subject is not None else None
    if entity_id is None or subject is None or verb is None:
        return None
    entity = entities[entity_id]
    between = {by_token[i] for i in range(np.sent.end, subject.left_edge.i) if i in by_token} - {entity_id}
    if lemma in lexicon.institution_heads:  # "the country's space research institute said ... / The National
        # Institute for Orbital Research said": an organisation whose name holds the noun, named first there
        named = (entity.type == "organization" and lemma in entity.words and entity.mentions[0][0] >= subject.left_edge.i
                 and not any(entities[e].type != "person" for e in between))
        return Resolved(entity_id, entity.name, "nominal+named-next") if named else None
    wanted = noun_gender(head, lexicon) or gender
    if (entity.type != "person" or entity.mentions[0][0] < subject.left_edge.i or len(entity.name.split()) < 2
            or any(entities[e].type == "person" for e in between)
            or (wanted is not None and entity.gender not in (None, wanted))):
        return None
    if any(c.dep_ == "conj" for c in subject.children):
        return None  # "a prosecutor told a jury ... / Gary Pell, 49, and the investigator, Desmond Harrow, 56, have
        # pleaded not guilty": one of several people the next paragraph names together is no one the lede described
    described = doc[entity.description[0] : entity.description[1]].root if entity.description is not None else None
    ours, theirs = _bodies(head), _bodies(described) if described is not None else set()
    if ours and theirs and not ours & theirs:
        return None  # "A spokeswoman for the ministry said ... / Ada Lind, the hospital's spokeswoman,": another body's
    owner = next((c for c in described.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None) if (
        described is not None) else None
    if owner is not None and owner.text not in {t.text for t in np.sent}:
        return None  # "Norway will bar ..., the country's fisheries minister has warned. / Iceland's fisheries
        # minister, Sigrún Jónsdóttir, said": another country's, which the lede does not name
    qualifiers = {t.lower_ for t in np if t.i < head.i} & lexicon.office_qualifiers - {"former", "ex"}
    if qualifiers - {t.lower_ for t in subject.subtree}:
        return None  # "a deputy governor said ... / Governor Ada Lind told": another office
    roles = _roles(entity, lexicon)
    if roles and lemma not in roles and verb_lemma(verb, lexicon) not in lexicon.speech_verbs:
        return None  # "The chief executive ... told lawmakers ... / Senator Ada Lind, the committee's chair, was
        # unmoved": someone of another role, who does not go on speaking
    return Resolved(entity_id, entity.name, "nominal+named-next")


def _subject_read_as_apposition(apposed: Token) -> bool:
    """Whether the parser made the subject of a verb with none an apposition of the last noun of
    an opening phrase (``In a report released in Geneva, the network, known as the GFMN, said``):
    the phrase ends at a comma right before a verb it hangs under, which has no subject."""
    doc = apposed.doc
    end = apposed.right_edge.i
    if end + 2 >= len(doc) or doc[end + 1].text != ",":
        return False
    verb = doc[end + 2]
    return (verb.pos_ in ("VERB", "AUX") and verb in apposed.ancestors
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children))


def _bodies(role: Token) -> set[str]:
    """The lower-cased nouns of the bodies a role noun says it is of, for or at, when no name
    names them: its possessor and the objects of its "of", "for", "at" and "with" (``ministry``
    of "a spokeswoman for the ministry", ``hospital`` of "the hospital's spokeswoman"); none for a
    body a proper name names ("director of the National Penitentiary Institute")."""
    owners = [c for c in role.children if c.dep_ == "poss"]
    owners += [o for c in role.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "at", "with")
               for o in c.children if o.dep_ == "pobj"]
    words = [t for owner in owners for t in owner.subtree]
    return set() if any(t.pos_ == "PROPN" for t in words) else {t.lower_ for t in words if t.pos_ == "NOUN"}


def _opens_the_article(doc: Doc, start: int) -> bool:
    """Whether the paragraph that holds token ``start`` is the article's first, or the first
    after a headline (one paragraph before it that ends in no full stop) and a byline ("By Maren
    Eikli")."""
    opening = _paragraph_start(doc, start)
    before = [t for t in doc[:opening] if not t.is_space]
    if before and before[-1].text not in (".", "!") and doc[_paragraph_start(doc, before[-1].i)].text == "By":
        before = [t for t in before if t.i < _paragraph_start(doc, before[-1].i)]  # past the byline
    return not before or (_paragraph_start(doc, before[-1].i) == 0 and before[-1].text not in (".", "!"))


def _roles(entity: EntityInfo, lexicon: Lexicon) -> set[str]:
    """The role nouns and titles among an entity's head words, without courtesy titles, which
    are no role ("Mr.", "Dr.", "Alhaji")."""
    honorifics = {w for h in lexicon.honorifics for w in (h.rstrip("."), lexicon.title_word(h.rstrip(".")))}
    return set(entity.heads & (lexicon.role_nouns | lexicon.titles)) - honorifics


def _other_words(phrase: Span, head: Token) -> set[str]:
    """The lower-cased nouns and proper nouns of ``phrase`` other than its role noun ``head``'s
    lemma (``ministry`` of "a spokeswoman for the ministry")."""
    return {t.lower_ for t in phrase if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() != head.lemma_.lower()}


def _paragraph_start(doc: Doc, i: int) -> int:
    """Where the paragraph that holds token ``i`` starts."""
    while i > 0 and not ends_line(doc[i - 1]):
        i -= 1
    return i


def _paragraph_before(doc: Doc, start: int) -> int:
    """Where the paragraph before the one that opens at token ``start`` starts (0 for the first).

    >>> import spacy
    >>> doc = spacy.blank("en")("One.\\n\\nTwo. Three.\\n\\nFour.")
    >>> [doc[i].text for i in (_paragraph_before(doc, 8), _paragraph_before(doc, 3), _paragraph_before(doc, 0))]
    ['Two', 'One', 'One']
    """
    i = start - 1
    while i > 0 and (doc[i].is_space or ends_line(doc[i])):
        i -= 1  # the line break, and the word before it
    return _paragraph_start(doc, max(i, 0))


def _lede_subject(np: Span) -> bool:
    """Whether the phrase is the main clause's subject, or a closing attribution's the parser hung
    on the main clause (``A chartered vessel will begin ..., the transport secretary has
    said``), or set beside a dateline the parser took
    for the subject (``OSTBY, Marzana - Marzana's transport minister said``, set beside the
    dateline's place: ``MEKANE TSION, Ethiopia — Ethiopia's finance minister said``), or the
    subject of a verb the parser hung on the dateline (``TERVANIK - The leader of the union
    threatened``)."""
    head = np.root
    top = head
    while top.dep_ in ("appos", "conj") and top.head.i < top.i and (top is not head or top.dep_ == "appos"):
        top = top.head  # ("DEBRE HARSA, [Ethiopia] — ...": the parser may join the place as a conjunct)
    if top is not head and top.dep_ in ("nsubj", "nsubjpass"):
        end = dateline_end(np.doc, top.i)
        if end is None or end > np.start:
            return False
        head = top
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = head.head
    if verb.dep_ in ("relcl", "acl") and verb.head.dep_ == "ROOT":  # "TERVANIK, Varnland - The leader of ... threatened":
        end = dateline_end(np.doc, verb.head.i)  # the parser hung the lede's verb on the dateline
        return end is not None and end <= np.start
    return verb.dep_ == "ROOT" or (verb.dep_ == "parataxis" and verb.head.dep_ == "ROOT" and verb.head.i < verb.i)
    # (or of the closing attribution the parser hung on the lede's words: "..., the transport secretary has said")


def _opens_a_paragraph(sent: Span) -> bool:
    """Whether the sentence is the first of its paragraph, or the first after its dateline
    (``OSTBY - The ...``: the parser may make a sentence of the dateline)."""
    doc = sent.doc
    return (sent.start == 0 or ends_line(doc[sent.start - 1]) or dateline_end(doc, sent.start - 1) == sent.start
            or dateline_end(doc, sent.start) is not None)  # "OSTBY [- The ...]": the dateline's dash opens it


def _epithet_of_subject(
    np: Span, entities: Sequence[EntityInfo], by_token: dict[int, int], inside_quotes: set[int],
    lexicon: Lexicon, wanted: str | None,
) -> Resolved | None:
    """The person an epithet stands for (``Dale Ramsey says ... The former state treasurer says
    he ...``, ``Trump spoke in Reno. The billionaire businessman said``): a subject that is a
    role noun with "the", words that describe it and nothing after it (not ``the young woman
    who escorted her``), and no organisation's name or possessor that makes it an office held
    by someone else (``the FBI director``, ``the party's chairman``), is the person who is the
    nearest main clause's subject before it (this sentence or the one before), if the gender
    (``wanted``) agrees; if the person's role or title, when the text gives one, is the noun
    (not ``said Tom Ruiz, an engineer. The harbor pilot disagreed``) and their party, when it
    describes them, is the epithet's (``the Republican candidate``); if no other person is
    named between the two, no one else was called by the noun there (``Lind criticised the
    mayor. The Democratic mayor said``) or by a plural or indefinite one before (``a mayor``,
    ``mayors``; a headline's bare ``As nominee shifts`` introduces no one), and no other
    person's title or description is the noun; else ``None``. A noun of nationality (``said
    the Dutchman, who took charge in 2023``, ``The Swede said``) needs no words before it, may
    have a clause set off after it, and is no role the person's must match; nor is a noun an
    age describes (``Lind, an envoy, ... The 61-year-old diplomat, a former ambassador,
    said``), which needs no noun before it either and may have a description set off after it.
    A bare noun (``The economist warned``) is the subject of the sentence just before, in its
    paragraph, when the text gave that person no role; one of ``epithet_nouns.txt`` (``The analyst
    noted``) is also the last subject of the paragraph before, whatever role the text gave."""
    doc, head = np.doc, np.root
    # "said the Dutchman", "the Ohio Republican": a noun of nationality or party, capitalised,
    # needs no words to describe it
    party = head.ent_type_ == "NORP" and head.tag_ in ("NN", "NNP")
    nationality = head.text[:1].isupper() and not head.is_sent_start and head.tag_ in ("NN", "NNP")
    before = doc[np.start : head.i]
    aged = _AGE_EPITHET.match(before.text.lower()) is not None  # "the 61-year-old diplomat": who was just named
    if ((head.tag_ != "NN" and not nationality) or (head.lemma_.lower() not in lexicon.role_nouns and not party)
            or head.i in inside_quotes or head.dep_ not in ("nsubj", "nsubjpass")
            or any(not t.is_punct and not (nationality and t.dep_ == "relcl" and doc[t.left_edge.i - 1].text == ",")
                   and not (aged and t.dep_ == "appos" and doc[t.left_edge.i - 1].text == ",")
                   for t in head.rights)):  # "said the Dutchman, who took charge in 2023"
        return None
    words = [t for t in before[1:] if not t.is_punct]
    bare = not (words or nationality)  # "The economist warned": a noun alone describes only who was just named
    if not before or before[0].lower_ != "the" or any(
            t.dep_ in ("poss", "case") or t.ent_type_ not in ("", "GPE", "NORP", "LOC", "CARDINAL", "DATE")
            or t.lower_ in lexicon.role_nouns for t in words):
        return None  # "the Heritage Foundation scholar", "the party's chairman", "the campaign spokesman"
    nearest = next(_subjects_before(doc, head, inside_quotes, lexicon, True), None)
    if nearest is not None and nearest.lower_ in PERSON_PRONOUNS and nearest.i not in by_token:
        return None  # "Dr. Ingrid Solvang ... said ... / She noted that Ryom had not ... / "...," the researcher said":
        # whom the nearest subject, a pronoun, stands for is not known here, and a name past it is no one's guess
    subject = _previous_subject(doc, head, by_token, inside_quotes, lexicon, main_only=True)
    if subject is None and bare and head.lemma_.lower() in lexicon.epithet_nouns and np.sent.start > 0 and ends_line(
            doc[np.sent.start - 1]):  # "'...,' said Tomás Irigoyen, a political scientist. '...' / The analyst noted":
        subject = next((by_token[t.i] for t in reversed(doc[_paragraph_before(doc, np.sent.start) : np.sent.start])
                        if t.i in by_token and t.i not in inside_quotes and t.dep_ in ("nsubj", "nsubjpass")), None)
        # the last subject of the paragraph before, past the quote's own sentences
    if subject is None:
        return None
    entity = entities[subject]
    lemma = head.lemma_.lower()
    parties = {t.lemma_.lower() for t in words if t.ent_type_ == "NORP"}
    if party and lemma not in lexicon.role_nouns:
        parties.add(lemma)  # "the Ohio Republican", not "the Swede": a party the text must have given
    known = entity.description is not None or bool(entity.heads & lexicon.titles)
    if entity.type != "person" or (wanted is not None and entity.gender not in (None, wanted)) or (
            parties - entity.words and known and not aged):  # "The 27-year-old South Korean": a nationality, seldom given
        return None  # the party of one the text describes or gives an office must be one it gave them
    roles = _roles(entity, lexicon)
    generic = bare and lemma in lexicon.epithet_nouns  # "said Tomás Irigoyen, a political scientist ... / The
    # analyst noted": a noun that refers back to any named speaker (``epithet_nouns.txt``)
    if roles and lemma not in roles and not (nationality or aged or generic):
        return None  # "said Tom Ruiz, an engineer. The harbor pilot disagreed": another's role
    if generic and not _spoke_just_before(doc, np, subject, by_token, across=True):
        return None
    if bare and not generic and (entity.description is not None or roles
                                 or not _spoke_just_before(doc, np, subject, by_token)):
        return None  # "Dr. Lukas Ferreira of the Kessenburg Institute said ... The economist warned": only a
        # speaker the text gave no role, in the sentence before and the same paragraph
    if any(e.id != subject and e.type == "person" and lemma in e.heads for e in entities):
        return None  # "the Florida senator" among two senators
    start = _sentence_before(head, inside_quotes)
    for token in doc[: np.start] if not aged else ():
        if token.lemma_.lower() != lemma or token.pos_ != "NOUN" or token.i in by_token:
            continue
        if token.tag_ == "NN" and token.head.pos_ != "PROPN" and not any(
                c.dep_ in ("det", "poss", "nummod") for c in token.children):
            continue  # "As nominee shifts his focus": a headline's bare noun introduces no one
        describes = by_token.get(token.head.i) == subject and token.dep_ in ("appos", "compound")
        definite = token.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        if token.i >= start or not (describes or definite):
            return None  # "Lind criticised the mayor. The Democratic mayor said"; "a mayor", "mayors"
    if _persons_named(doc[start : np.start], entities, by_token, inside_quotes) - {subject}:
        return None  # "Graham has been critical of Trump. ... the billionaire mogul claimed"
    return Resolved(subject, entity.name, "nominal+subject")


def _spoke_just_before(doc: Doc, np: Span, subject: int, by_token: dict[int, int], across: bool = False) -> bool:
    """Whether the entity ``subject`` is the subject of a verb in the sentence right before
    ``np``'s, in the same paragraph (no line break between); ``across``, anywhere in the
    paragraph before ``np``'s too, when ``np`` opens its paragraph."""
    sentence = np.sent
    if sentence.start == 0:
        return False
    opens = ends_line(doc[sentence.start - 1])
    if opens and not across:
        return False
    if opens:
        start = _paragraph_before(doc, sentence.start)
    else:
        start = doc[sentence.start - 1].sent.start
        if any(ends_line(t) for t in doc[start : sentence.start - 1]):
            return False
    return any(by_token.get(t.i) == subject and t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ == "VERB"
               for t in doc[start : sentence.start])


def _role_before(
    doc: Doc, pronoun: Token, since: int, entities: Sequence[EntityInfo], by_token: dict[int, int],
    inside_quotes: set[int], lexicon: Lexicon,
) -> Resolved | None:
    """One person's role of the pronoun's gender that is, or owns, the subject of the nearest
    main clause before "he" or "she", in a sentence after the one that named the last speaker
    and before the pronoun's own (``The lawyer disagreed. "...," she said``, ``The president's
    Pacific roots also came into play. ... he told ...``): whom the pronoun more likely
    stands for, resolved as a description or an epithet (its entity may be ``None``; ``how`` is
    "owner" for a role that owns the subject); ``None`` when there is no such role."""
    if pronoun.lower_ not in PERSON_PRONOUNS:
        return None
    subject = next(_subjects_before(doc, pronoun, inside_quotes, lexicon, main_only=True), None)
    if subject is None or subject.i < since or subject.sent == pronoun.sent:  # not "His wife, he says, ..."
        return None
    for noun in (subject, *(c for c in subject.children if c.dep_ == "poss")):
        agrees = noun_gender(noun, lexicon) in (None, PERSON_PRONOUNS[pronoun.lower_])
        if noun.pos_ == "NOUN" and noun.tag_ == "NN" and noun.lemma_.lower() in lexicon.role_nouns and agrees and noun.i not in by_token:
            phrase = doc[noun.left_edge.i : noun.i + 1]
            named = next((c for c in noun.rights if c.dep_ == "appos" and c.i in by_token and c.i not in inside_quotes
                          and entities[by_token[c.i]].type == "person"), None) or next((
                c for c in noun.subtree if c.dep_ == "appos" and c.i in by_token and c.i not in inside_quotes
                and entities[by_token[c.i]].type == "person"
                and entities[by_token[c.i]].description == (phrase.start, phrase.end)), None)
            # ("A spokesman for Mr Marrakai, Ilario Benedek, was guarded": the parser set the name beside the role's
            # object, the article describes the name by the role)
            role = (Resolved(by_token[named.i], entities[by_token[named.i]].name, "nominal") if named is not None
                    else None)  # "The party's leader, Ilir Shkreli, did not respond": the name set beside the role
            role = (role or _resolve_nominal(phrase, entities, lexicon)  # "The retired surgeon addressed ... he did not feel"
                    or _epithet_of_subject(phrase, entities, by_token, inside_quotes, lexicon, PERSON_PRONOUNS[pronoun.lower_])
                    or Resolved(None, phrase.text, "words"))
            return role if noun == subject else attrs.evolve(role, how="owner")
    return None


def _role_speaks(
    doc: Doc, pronoun: Token, entity: EntityInfo, content: tuple[int, int] | None, entities: Sequence[EntityInfo]
) -> bool:
    """Whether "he" or "she" stands for the person a role noun before it resolved to
    (:func:`_role_before`): a person of the pronoun's gender, or of a gender the text never
    gives, whom the quote does not speak of."""
    return (entity.type == "person" and entity.gender in (None, PERSON_PRONOUNS[pronoun.lower_])
            and not (content is not None and _named_in(doc, entity, content, entities)))


def _family_name_word(np: Span, entities: Sequence[EntityInfo]) -> Resolved | None:
    """A capitalised word the tagger took for a common noun (``The Latest: Trump urges ...``)
    that ends exactly one person's full name in the article, or is the whole one-word name of
    one entity named before (``Estrapress later reported``)."""
    if len(np) != 1 or not np[0].is_alpha or not np[0].text[:1].isupper():
        return None
    fits = [e for e in entities if e.type == "person" and " " in e.name and e.name.rsplit(" ", 1)[1].lower() == np[0].lower_]
    if not fits:  # "Estrapress later reported": the one-word name of an entity named before
        fits = [e for e in entities if e.name == np[0].text and e.mentions[0][0] < np.start]
    return Resolved(fits[0].id, fits[0].name, "name") if len(fits) == 1 else None


def _proper_head(doc: Doc, rng: TokenRange, lexicon: Lexicon) -> bool:
    """An organisation named by a proper name with a common-noun head (``Meridian news agency``),
    not a place's one-word name before it with "the" (``the Beirut broadcaster``: which one, the
    text names elsewhere)."""
    name = proper_part(doc, rng, lexicon)
    if name is None or (len(name) == 1 and name.root.ent_type_ in ("GPE", "LOC") and name.start > rng[0]
                        and doc[rng[0]].lower_ == "the"):  # (not "the Riverside Record newspaper", NER's "place")
        return False
    head = doc[rng[0] : rng[1]].root
    return name.end - 1 >= head.i - 2 and lexicon.is_news_phrase(_words_to(doc, rng[0], head))


def _words_to(doc: Doc, start: int, head: Token) -> list[str]:
    """The words of a noun phrase from ``start`` up to and including its head."""
    return [t.text for t in doc[start : head.i + 1] if not t.is_punct]


def _resolve_pronoun(
    doc: Doc,
    pronoun: Token,
    entities: Sequence[EntityInfo],
    by_token: dict[int, int],
    inside_quotes: set[int],
    last_speaker: Resolved | None,
    coref: Coref | None,
    lexicon: Lexicon,
    content: tuple[int, int] | None = None,
    rivals: frozenset[int] = frozenset(),
    person: bool = False,
    said_before: tuple[int, int] | None = None,
) -> Resolved:
    """The entity a pronoun source stands for: the subject before it or the last speaker
    (coreferee decides between the two); unresolved when the last speaker would be chosen other
    than as that subject and its own quote (the characters ``content``) names them. The last
    speaker is no candidate when another entity the pronoun fits was named (``rivals``) since
    the sentence that named them (``..., Ruiz sings. With Berg, that is unlikely. "...," he said``);
    then only a main clause's subject is, unless the last speaker could not be meant anyway.
    ``person``: a word that stands for a person of either gender ("the 74-year-old")."""
    lower = pronoun.lower_
    wanted = "person" if lower in PERSON_PRONOUNS or person else None
    if not person and lower not in PERSON_PRONOUNS and lower not in PLURAL_PRONOUNS:  # "I", "we", "it": the words only
        return Resolved(None, pronoun.text, "pronoun-unresolved")  # (see _it_continues)

    def fits(entity_id: int | None) -> bool:
        if entity_id is None:
            return False
        entity = entities[entity_id]
        if not wanted:
            return entity.type != "person"
        return entity.type == "person" and (person or entity.gender in (None, PERSON_PRONOUNS[lower]))

    if lower in ("he", "she"):  # "The archbishop smiled. «...» he said": the person "the archbishop" is
        by_token = {**by_token, **_described_subjects(doc, pronoun, entities, by_token, inside_quotes, lexicon)}
    ahead = _cataphoric_subject(pronoun, entities, by_token, inside_quotes)
    if ahead is not None and entities[ahead].gender == PERSON_PRONOUNS[lower]:
        return Resolved(ahead, entities[ahead].name, "pronoun+subject")  # "Asked how she hoped ..., Ravensworth said"
    bound = _possessor_in_sentence(doc, pronoun, by_token, inside_quotes, fits) if pronoun.tag_ == "PRP$" else None
    if bound == -1:  # "his", "her", "their" bind within their sentence first
        return Resolved(None, pronoun.text, "pronoun-unresolved")
    if bound is not None:
        return Resolved(bound, entities[bound].name, "pronoun+subject")
    host = _named_in_host_sentence(pronoun, entities, by_token, inside_quotes, fits)
    if host is None:
        host = _named_in_fronted_clause(pronoun, entities, by_token, inside_quotes, fits)
    if host is not None:
        return Resolved(host, entities[host].name, "pronoun+subject")
    if lower in ("he", "she") and _reported_by_unnamed(pronoun, by_token, inside_quotes, lexicon):
        return Resolved(None, pronoun.text, "pronoun-unresolved")
    previous = last_speaker.entity if last_speaker is not None else None
    if (previous is not None and lower in ("he", "she") and said_before is not None
            and _described_since(doc, pronoun, entities[previous], by_token, inside_quotes, said_before, lexicon)):
        previous = None  # "When Seo asked whether ..., the chief executive paused. «...» he said": whom the
        # description names, not the asker
    if previous is not None and entities[previous].gender is None and _addressed_by(previous, pronoun, by_token, inside_quotes,
                                                                                      lexicon):
        previous = None  # "X asked him whether ... '...,' he replied": X, of unknown gender, spoke to another man
    contested = any(fits(rival) for rival in rivals - {previous})
    # "he" or "she" passes over an organisation's subject ("Ada Lind was suspended, the
    # federation said. She said ..."), not a person of the other gender, who is still salient
    personal = (lambda e: e is not None and entities[e].type == "person") if wanted else None
    # "She published ... She told ...": the first "she" stands for a woman the text says is one
    known = (lambda e: e is not None and entities[e].gender == PERSON_PRONOUNS[lower]) if lower in ("he", "she") else None
    subject = _previous_subject(doc, pronoun, by_token, inside_quotes, lexicon, main_only=contested, fits=personal, chain=known,
                                rival=fits)
    if contested and not fits(previous) and not fits(subject):  # no contest: any clause's subject
        subject = _previous_subject(doc, pronoun, by_token, inside_quotes, lexicon, fits=personal, chain=known, rival=fits)
    if (lower == "they" and said_before is not None and subject is not None and last_speaker is not None
            and last_speaker.entity is None and entities[subject].type in ("organization", "agency")
            and content is not None and content[1] <= pronoun.idx):  # "Three traders said the Board had asked ...
        # The board has made such requests before, they said": the traders spoke of the board; an organisation in
        # their words is not the "they" who attribute the next words
        subject = _previous_subject(doc, pronoun, by_token, inside_quotes, lexicon, main_only=contested, fits=personal,
                                    chain=known, rival=fits, skip=said_before)
    if (contested and lower in ("he", "she") and subject is not None and previous is not None and subject != previous
            and said_before is not None and fits(subject) and fits(previous)
            and entities[previous].gender == PERSON_PRONOUNS[lower] and entities[subject].gender is None
            and pronoun.dep_ == "nsubj" and pronoun.head.dep_ == "ROOT"
            and not (content is not None and _named_in(doc, entities[previous], content, entities))
            and _in_reports_paragraph(doc, entities[subject], pronoun, said_before)):
        subject = previous  # "Whaanga-Hollis said ... Rangitoheriri had been elected ... / '...,' she said": the speaker
        # the text calls "she", over a subject of no known gender in her report's paragraph (not one a new paragraph
        # introduces: "Renata Gallegos, a manager ..., attended. Afterward, she told ...")
    if contested:
        previous = None
    antecedent = _relative_antecedent(pronoun, by_token)
    if antecedent is not None:  # "Peralta, the former director, who she said has agreed ...": not Peralta
        subject = None if subject == antecedent else subject
        previous = None if previous == antecedent else previous
    if subject is not None and subject != previous and content is not None and _named_in(doc, entities[subject], content, entities):
        # a subject the quote speaks of must be a main clause's: "Lind is on a mission to change
        # the view that Berg is cruel. He dismisses claims that Berg ...": Lind, not Berg
        subject = _previous_subject(doc, pronoun, by_token, inside_quotes, lexicon, main_only=True, fits=personal, chain=known,
                                    rival=fits)
    if (said_before is not None and subject is not None and previous is not None and subject != previous
            and (lower in ("he", "she", "they") or (lower in ("him", "her", "them") and pronoun.tag_ == "PRP"))
            and fits(previous) and not said_before[0] <= pronoun.idx < said_before[1]
            and not (content is not None and _named_in(doc, entities[previous], content, entities))):
        # "Horváth said the sites were hidden from inspections Halvadia demanded. "...," he
        # said": a subject inside the last speaker's reported words is one they spoke of; past
        # those, the last speaker may be the subject (not a report inside those words); so for
        # "him" a quoting verb's object ("... The agency quoted him as saying")
        past = _previous_subject(doc, pronoun, by_token, inside_quotes, lexicon, main_only=contested, fits=personal,
                                 chain=known, rival=fits, skip=said_before)
        subject = previous if past in (previous, None) else subject  # ("According to Park, Ryu is travelling with
        # his sister, Ryu Hye-ran. She said": no subject outside Park's words, so Park's)
    unresolved = Resolved(None, pronoun.text, "pronoun-unresolved")
    # the quote speaks of the last speaker: it may not continue them
    spoken_of = previous is not None and content is not None and _named_in(doc, entities[previous], content, entities)
    support = {e for e in (subject, previous) if fits(e)}
    if len(support) == 1 and previous is None and subject is not None and _in_main_clause(pronoun):
        # "Trump took offense when Kelly confronted him. He later suggested": the main clause's
        # subject is a reading as good as the subordinate clause's nearer one
        main = _previous_subject(doc, pronoun, by_token, inside_quotes, lexicon, main_only=True, fits=personal, chain=known,
                                 rival=fits)
        if main is not None and fits(main) and main != subject and not (
                content is not None and _named_in(doc, entities[main], content, entities)):
            support.add(main)
    if (len(support) > 1 and subject is not None and previous is not None and subject in support and previous in support
            and said_before is not None
            and _introduced_after_report(doc, subject, previous, pronoun, by_token, inside_quotes, said_before)):
        support = {subject}  # "Asked whether he expected a deal, Herrera smiled. «...» he said", a paragraph after
        # another man's quote: the man the pronoun's paragraph names, not the last speaker
    if len(support) > 1 and coref is not None:  # coreferee decides only between two news readings
        chain = [by_token[t.i] for t in coref(doc, pronoun) if t.i in by_token and t.i < pronoun.i]
        for entity_id in reversed(chain):
            if entity_id in support:
                if entity_id == previous and spoken_of:
                    return unresolved
                return Resolved(entity_id, entities[entity_id].name, "pronoun+coref")
    for candidate, how in ((subject, "pronoun+subject"), (previous, "pronoun+previous-speaker")):
        if candidate is not None and fits(candidate):
            if how == "pronoun+previous-speaker" and spoken_of:
                return unresolved
            return Resolved(candidate, entities[candidate].name, how)
    if ahead is not None and entities[ahead].gender is None:  # a person of unknown gender, when nothing before fits
        return Resolved(ahead, entities[ahead].name, "pronoun+subject")
    quoted = (lower in ("him", "her") and pronoun.tag_ == "PRP" and pronoun.dep_ == "dobj"
              and pronoun.head.lemma_.lower() in ("quote", "cite"))  # "The agency quoted him as saying"
    only = (_only_person(doc, pronoun, entities, by_token, inside_quotes, PERSON_PRONOUNS.get(lower), quoted=quoted)
            if ((lower in ("he", "she") or person) and _in_main_clause(pronoun)) or quoted else None)
    if only is not None and not (content is not None and _named_in(doc, entities[only], content, entities)):
        return Resolved(only, entities[only].name, "pronoun+only-person")
    return unresolved


def _introduced_after_report(
    doc: Doc, subject: int, previous: int, pronoun: Token, by_token: dict[int, int], inside_quotes: set[int],
    said_before: tuple[int, int],
) -> bool:
    """Whether the pronoun's paragraph names ``subject`` outside quotation marks before it, and
    not ``previous``, the last speaker, whose reported words (the characters ``said_before``)
    end in an earlier paragraph: a person the paragraph brings in, whom "he" or "she" there
    stands for."""
    paragraphs = paragraph_numbers(doc)
    report = doc.char_span(said_before[0], said_before[1], alignment_mode="expand")
    own = paragraphs[pronoun.i]
    if report is None or paragraphs[report.end - 1] >= own:
        return False
    named = {by_token[t.i] for t in doc[: pronoun.i] if paragraphs[t.i] == own and t.i in by_token and t.i not in inside_quotes}
    return subject in named and previous not in named


def _described_subjects(
    doc: Doc, pronoun: Token, entities: Sequence[EntityInfo], by_token: dict[int, int], inside_quotes: set[int],
    lexicon: Lexicon,
) -> dict[int, int]:
    """The people that "the" and a role noun or title (``role_nouns.txt``, ``titles.txt``), a
    clause's subject outside quotation marks in the pronoun's sentence or the one before it,
    stand for (:func:`_resolve_nominal`: ``Asked whether he expected a deal, the archbishop
    smiled. «...» he said``), by the noun's token: subjects as good as a name for the pronoun;
    only a person every word of the phrase describes or names (or whom a lede's subject with
    the same words described: :func:`_described_in_lede`), whom no other person's words call
    so (not "the «Avatar» star" for a star of another film)."""
    found: dict[int, int] = {}
    for token in doc[_sentence_before(pronoun, inside_quotes) : pronoun.i]:
        if (token.dep_ not in ("nsubj", "nsubjpass") or token.tag_ != "NN" or token.i in by_token or token.i in inside_quotes
                or not (token.lemma_.lower() in lexicon.role_nouns or lexicon.is_title(token.lower_))
                or doc[token.left_edge.i].lower_ != "the"):
            continue
        phrase = doc[token.left_edge.i : token.i + 1]
        resolved = _resolve_nominal(phrase, entities, lexicon, inside_quotes)
        lede = None
        if resolved is None or resolved.entity is None:  # "the chief executive" after a lede's "The chief executive
            lede = resolved = _described_in_lede(doc, (phrase.start, phrase.end), paragraph_numbers(doc), entities,
                                                 by_token, inside_quotes, lexicon)  # of Narae Telecom denied ..."
        if resolved is None or resolved.entity is None or entities[resolved.entity].type != "person":
            continue
        entity = entities[resolved.entity]
        words = {t.lower_ for t in phrase[1:-1] if not t.is_punct}
        heads = {token.lemma_.lower(), token.lower_}
        if (lede is not None or words <= entity.words) and not any(
                e.id != entity.id and e.type == "person" and e.heads & heads for e in entities):
            found[token.i] = entity.id  # every word of it the person's, and no other person's head
    return found


def _relative_antecedent(pronoun: Token, by_token: dict[int, int]) -> int | None:
    """The entity a relative clause hangs on when the pronoun is the subject of a verb in it
    and a relative pronoun before it is another's (``Gustavo Peralta, the former director, who
    she said has agreed to cooperate``): the pronoun is someone else; else ``None``."""
    verb = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "relcl" or not any(
            t.tag_ in RELATIVE_TAGS and t.i < pronoun.i for t in verb.subtree):
        return None
    head = verb.head
    while head.dep_ == "appos" and head.head.i < head.i:
        head = head.head  # "[Peralta], the ministry's former director, who ..."
    return by_token.get(head.i)


def _described_since(
    doc: Doc, pronoun: Token, entity: EntityInfo, by_token: dict[int, int], inside_quotes: set[int],
    said_before: tuple[int, int], lexicon: Lexicon,
) -> bool:
    """Whether a main clause's subject that describes a person with no name ("the" and a role
    noun: ``the chief executive``), resolved to someone else or no one, stands, outside quotes,
    after the last speaker's reported words (the characters ``said_before``) in the same
    sentence (a clause set before it: ``When Seo asked whether ..., the chief executive
    paused``) and before the pronoun, in its sentence or the one before; not a description
    that fits the last speaker (``entity``)."""
    for token in doc[_sentence_before(pronoun, inside_quotes) : pronoun.i]:
        if (token.dep_ in ("nsubj", "nsubjpass") and _in_main_clause(token) and token.idx >= said_before[1]
                and said_before[0] >= token.sent.start_char
                and by_token.get(token.i) != entity.id and token.i not in inside_quotes and role_noun(token, lexicon)
                and doc[token.left_edge.i].lower_ == "the"
                and not ({token.lemma_.lower(), token.lower_} & (entity.heads | entity.words))):
            return True
    return False


def _in_reports_paragraph(doc: Doc, entity: EntityInfo, pronoun: Token, said_before: tuple[int, int]) -> bool:
    """Whether the entity's last mention before the pronoun is in the paragraph where the last
    speaker's reported words (the characters ``said_before``) end, and the pronoun in a later one."""
    last = max((start for start, _end in entity.mentions if start < pronoun.i), default=None)
    report = doc.char_span(said_before[0], said_before[1], alignment_mode="expand")
    if last is None or report is None:
        return False
    paragraphs = paragraph_numbers(doc)
    return paragraphs[last] == paragraphs[report.end - 1] < paragraphs[pronoun.i]


def _only_person(
    doc: Doc, pronoun: Token, entities: Sequence[EntityInfo], by_token: dict[int, int], inside_quotes: set[int],
    wanted: str | None, quoted: bool = False,
) -> int | None:
    """The one person "he" or "she" (of the gender ``wanted``), or a word for a person of either
    gender (``wanted`` ``None``: "the 58-year-old"), a main clause's subject, could stand for when no subject
    nearby does (``Brandvold, 41, opened the restaurant. It now has a waiting list. He grew up
    ..., and he says ...``): the only person named outside quotes (not as a noun's modifier) in
    the three sentences before the pronoun's and its own, whose gender the text says and
    agrees, and who is the last main clause's subject there that names anyone but a person of
    the other gender or a news organisation reporting on a person of the gender wanted by "his"
    or "her" (not "the ad shows a clip of Trump ... he says", "in the event that Clinton wins,
    she replied", "Bloomberg drew a chart"; past "Harlan voted for it" to "Devane has heard the
    criticism" for "she", past "the Newswire reported that her B sample ..."); else ``None``. For
    "him" or "her" that a news organisation ``quoted`` (``The agency quoted him as telling the
    meeting ...``), only people's subjects count: the person need be no subject ("photographs
    showing Varga, 72, seated ...")."""
    sent = pronoun.sent
    for _ in range(3):
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
    people = {e for e in _persons_named(doc[sent.start : pronoun.i], entities, by_token, inside_quotes)
              if wanted is None or entities[e].gender in (None, wanted)}  # not "Ashgrove and Pell counties"
    if len(people) != 1:
        return None
    only = people.pop()
    hung = [h for t in doc[sent.start : pronoun.i] if (t.dep_ == "ROOT" or (t.dep_ == "acl" and t.head.dep_ == "ROOT"))
            and t.i not in inside_quotes and (h := misparsed_subject(t)) is not None]  # "At a machine shop ..., Yumiko
    # Ogata, 58, runs a business"; "Sabitri Gurung, a teacher ..., spent Saturday searching ...": the participle the
    # parser hung on the name it made the root
    subjects = [named[0] for t in sorted({*doc[sent.start : pronoun.i], *hung}, key=lambda t: t.i)
                if (t.dep_ in ("nsubj", "nsubjpass") and _in_main_clause(t) or t in hung) and t.i not in inside_quotes
                and (named := [by_token[x.i] for x in (t, *t.children) if x.i in by_token and (
                    x == t or x.dep_ in ("poss", "appos"))])  # "Carson's endorsement", not "a Trump look-alike"
                and not (wanted is not None and entities[named[0]].type == "person"
                         and entities[named[0]].gender not in (None, wanted))
                and not (wanted is not None and entities[named[0]].type == "agency" and _reports_about(t, wanted))]
    if quoted:
        subjects = [e for e in subjects if entities[e].type == "person"]
        return only if not subjects or subjects[-1] == only else None  # (of the gender wanted, or unknown)
    return only if subjects and subjects[-1] == only and (wanted is None or entities[only].gender == wanted) else None


def _reports_about(subject: Token, gender: str) -> bool:
    """Whether the clause ``subject`` (a news organisation) is the subject of reports on a
    person of ``gender`` by "his" or "her" (``the Pan-African Newswire reported that analysis
    of her B sample had confirmed ...``): no one a later "she" could stand for."""
    return any(t.dep_ == "poss" and PERSON_PRONOUNS.get(t.lower_) == gender
               for c in subject.head.children if c.dep_ in ("ccomp", "dobj") for t in c.subtree)


def _cataphoric_subject(
    pronoun: Token, entities: Sequence[EntityInfo], by_token: dict[int, int], inside_quotes: set[int]
) -> int | None:
    """The person the main clause's subject names when "he" or "she" stands in an adverbial
    clause opening the sentence before it (``Asked how she hoped to be remembered, Ilse
    Ravensworth said``); not inside quotation marks, nor after a name in the clause (``When
    Mr. Trump defended his remarks, Kasich ...``); else ``None``. The caller takes a person
    whose known gender agrees before any earlier subject, one of unknown gender only when
    nothing before fits."""
    clause = next((t for t in pronoun.ancestors if t.dep_ == "advcl"), None)
    if clause is None or pronoun.i in inside_quotes or pronoun.lower_ not in ("he", "she"):
        return None
    if any(t.i in by_token or t.pos_ == "PROPN" for t in pronoun.doc[clause.left_edge.i : pronoun.i]):
        return None  # "When Mr. Trump tried to defend his remarks, Kasich ...": one named before it
    verb = clause.head
    subject = own_subject(verb)
    if subject is None or subject.i < clause.right_edge.i or subject.i > verb.i or subject.i not in by_token:
        return None
    entity = entities[by_token[subject.i]]
    return entity.id if entity.type == "person" else None


def _possessor_in_sentence(
    doc: Doc, pronoun: Token, by_token: dict[int, int], inside_quotes: set[int], fits: Callable[[int | None], bool]
) -> int | None:
    """The entity a possessive pronoun binds to in its own sentence: the subject of its clause
    (``Trump can overcome his statements``), else the one entity that fits named before it
    (``uneasy about Trump's statements, including his proposal``; "their" only its clause's
    subject); -1 when several entities fit or the clause's subject is a name that does not
    (the reading is unsure: unresolved); ``None`` when the clause's subject is a pronoun or
    the sentence names no one (the pronoun resolves as its subject form does)."""
    verb = pronoun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i), None)
    if subject is not None and subject.tag_ == "PRP":
        return None  # "She has faced ..., most recently her decision": as "she" resolves
    if subject is not None and fits(by_token.get(subject.i)):
        return by_token[subject.i]
    if subject is not None and subject.pos_ == "PROPN":
        return -1  # a name the entities do not type as the pronoun wants: "skeptical Okoro can overcome his"
    if pronoun.lower_ not in PERSON_PRONOUNS:
        return None  # "their": only its clause's subject ("Kasich and the Bush family over their refusal")
    named = {by_token[i] for i in range(pronoun.sent.start, pronoun.i) if i in by_token and i not in inside_quotes}
    fitting = [e for e in named if fits(e)]
    if not fitting:
        return None
    return fitting[0] if len(fitting) == 1 else -1


def _named_in_host_sentence(
    pronoun: Token, entities: Sequence[EntityInfo], by_token: dict[int, int], inside_quotes: set[int],
    fits: Callable[[int | None], bool],
) -> int | None:
    """The person "he" or "she" stands for as the subject of a relative or adverbial clause
    that a marker opens (``Critics seized on Mayor Anton Vell's speech, in which he said``,
    ``... praised Rita Ostrom after she said``): the one entity named before it in its sentence,
    outside quotes and not as a noun's modifier ("Trump aides"; a possessor is named), that
    ``fits`` the pronoun, when the text says that person's gender and no "he" ("his", "him")
    or "she" of the same gender came before it in the sentence (``He avoided criticism of
    Trump, until he expressed ...``: the chain decides); else ``None``. Not a parenthetical
    ``, he said,``, a clause on a participle with no subject (``Asked by Starnes if he ...``),
    nor a relative clause on that person's name (``support for Christie, whom he describes as
    ...``)."""
    lower = pronoun.lower_
    clause = pronoun.head
    if lower not in ("he", "she") or pronoun.dep_ != "nsubj" or clause.dep_ not in ("relcl", "advcl"):
        return None
    if not any(t.tag_ in ("WDT", "WP", "WRB", "IN") for t in pronoun.doc[clause.left_edge.i : pronoun.i]):
        return None  # no "which", "where", "after", "in which" opens the clause
    host = clause.head
    if host.tag_ in ("VBN", "VBG") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in host.children):
        return None  # "Asked by Starnes if he believed ...": "he" is who was asked
    sentence = pronoun.doc[pronoun.sent.start : pronoun.i]
    if any(PERSON_PRONOUNS.get(t.lower_) == PERSON_PRONOUNS[lower] and t.i not in inside_quotes for t in sentence):
        return None
    named = _the_one_named(sentence, pronoun, entities, by_token, inside_quotes, fits)
    if named is not None and clause.dep_ == "relcl" and by_token.get(host.i) == named:
        return None  # "... behind Chris Christie, whom he describes as ...": someone else's words of him
    return named


def _named_in_fronted_clause(
    pronoun: Token, entities: Sequence[EntityInfo], by_token: dict[int, int], inside_quotes: set[int],
    fits: Callable[[int | None], bool],
) -> int | None:
    """The person "he" or "she", a main clause's subject, stands for when an indirect question
    with a subject of its own opens the sentence before it, set off by a comma, and names one
    person it fits, of the pronoun's gender as the text says (``Whether Carver will seek a
    third term, she won't say``: her own plans); not a condition (``If Trump loses, he said he
    would ...``: Trump is what he spoke of), nor the reported clause (``The slogan pales beside
    Mr. Trump's, he said``), nor a participle with no subject (``Asked whether Lind would run,
    she said``: who was asked); else ``None``."""
    lower, verb = pronoun.lower_, pronoun.head
    if lower not in ("he", "she") or pronoun.dep_ != "nsubj" or verb.dep_ != "ROOT" or pronoun.i in inside_quotes:
        return None
    clause = next((c for c in verb.lefts if c.dep_ in ("advcl", "ccomp") and c.right_edge.i < pronoun.i), None)
    if clause is None or clause.left_edge.i != pronoun.sent.start or not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return None
    opener, doc = clause.left_edge, pronoun.doc
    if not (opener.lower_ == "whether" or opener.tag_ in ("WRB", "WP")) or doc[clause.right_edge.i + 1].text != ",":
        return None
    words = pronoun.doc[clause.left_edge.i : clause.right_edge.i + 1]
    if any(t.lower_ in PERSON_PRONOUNS for t in words):
        return None
    return _the_one_named(words, pronoun, entities, by_token, inside_quotes, fits)


def _the_one_named(
    words: Span, pronoun: Token, entities: Sequence[EntityInfo], by_token: dict[int, int], inside_quotes: Set[int],
    fits: Callable[[int | None], bool],
) -> int | None:
    """The one person named in ``words`` (:func:`_persons_named`) whom "he" or "she" ``fits``,
    if the text says that person's gender and it is the pronoun's; else ``None``."""
    fitting = [e for e in _persons_named(words, entities, by_token, inside_quotes) if fits(e)]
    if len(fitting) != 1 or entities[fitting[0]].gender != PERSON_PRONOUNS[pronoun.lower_]:
        return None
    return fitting[0]


def _persons_named(
    words: Span, entities: Sequence[EntityInfo], by_token: dict[int, int], skipped: Set[int]
) -> set[int]:
    """The persons named in ``words`` outside the tokens ``skipped`` (quotation marks' insides),
    by a name that names them there, not one that modifies a noun (:func:`_names_a_person_there`)."""
    return {by_token[t.i] for t in words if t.i in by_token and t.i not in skipped
            and entities[by_token[t.i]].type == "person" and _names_a_person_there(t)}


def _reported_by_unnamed(pronoun: Token, by_token: dict[int, int], inside_quotes: set[int], lexicon: Lexicon) -> bool:
    """Whether "he" or "she" opens a clause reported by a verb whose subject is a person no
    name gives, and who is the only person the verb has (``The pastor shared with the crowd
    that he believes ...``): the pronoun stands for that unnamed person, not for anyone named
    before (not ``A reporter asked Trump whether he ...``, nor after an office's title, which
    may stand for a named holder: ``The president denounced what he called ...``)."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp" or pronoun.i in inside_quotes:
        return False
    verb = clause.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i), None)
    if (subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NN" or subject.lemma_.lower() not in lexicon.role_nouns
            or subject.lower_ in lexicon.titles):
        return False  # an office's title ("The president denounced what he called ...") may be a named holder's
    if any(t.i in by_token for t in subject.subtree):
        return False  # "Trump's spokesman": a name in the subject may be whom the pronoun means
    return not any(c.dep_ in ("dobj", "dative", "iobj") and any(t.i in by_token for t in c.subtree) for c in verb.children)


def _continues_unnamed(
    doc: Doc,
    pronoun: Token,
    earlier: TokenRange,
    speaker: Resolved,
    entities: Sequence[EntityInfo],
    by_token: dict[int, int],
    inside_quotes: set[int],
    lexicon: Lexicon,
) -> bool:
    """Whether a pronoun the entities leave unresolved stands for the last quote's source that
    names no entity (``A spokesman for the port said ... He declined to say ...``): that source
    is the subject of the nearest main clause before the pronoun, they agree ("they" for people
    in the plural or several sources, "he" or "she" for one person's role), and no person the
    pronoun could mean was named since (``A reporter asked Sanders ... He replied``)."""
    lower = pronoun.lower_
    if speaker.entity is not None or speaker.how == "pronoun-unresolved" or lower not in {*PERSON_PRONOUNS, *PLURAL_PRONOUNS}:
        return False
    if not _subject_before_is(doc, pronoun, earlier, inside_quotes, lexicon):
        return False
    head = doc[earlier[0] : earlier[1]].root
    if head.lower_ == lower:  # "He added ... He declined": the same pronoun again
        return True
    member = _one_of(head)
    if member is not None and lower in PERSON_PRONOUNS:  # "One of the nurses said ... she said": one of them
        head = member
    plural = (head.tag_ in ("NNS", "NNPS") and member is None) or speaker.how == "coordination"
    if lower in PLURAL_PRONOUNS:
        return plural
    word = head.lemma_.lower()
    gender = noun_gender(head, lexicon)
    rivals = _named_between(doc, doc[earlier[0]].sent.start, pronoun.i, by_token, inside_quotes, lexicon)
    return (
        not plural and head.pos_ == "NOUN" and word in lexicon.role_nouns
        and gender in (None, PERSON_PRONOUNS[lower])
        and not any(entities[e].type == "person" and entities[e].gender in (None, PERSON_PRONOUNS[lower]) for e in rivals)
    )


def _introduced_unnamed(words: Span) -> bool:
    """Whether a source's words introduce someone unnamed: "a", "an" or "one" with the noun, or
    "one of" a plural (``One haul-truck driver, who asked not to be named``; not ``the teacher``,
    who may be someone named before)."""
    return _one_of(words.root) is not None or _with_a_or_one(words.root)


def _with_a_or_one(noun: Token) -> bool:
    """Whether ``noun`` takes "a", "an" or "one" (``A Western diplomat``, ``One lawmaker``)."""
    return any((c.dep_ == "det" and c.lower_ in ("a", "an")) or (c.dep_ == "nummod" and c.lower_ == "one")
               for c in noun.children)


def _they_cited(doc: Doc, pronoun: Token, earlier: TokenRange, inside_quotes: set[int], lexicon: Lexicon) -> bool:
    """Whether "they" stands for the unnamed sources the last quote's reporter cited (``The
    Wire reported, citing three officials, that ... The talks will resume, they said``): the
    sources are plural, and the nearest main clause before the pronoun is the citing one."""
    if pronoun.lower_ != "they" or pronoun.dep_ != "nsubj":
        return False
    root = doc[earlier[0] : earlier[1]].root
    if root.tag_ not in ("NNS", "NNPS") or root.dep_ != "dobj" or root.head.lemma_ != "cite":
        return False
    subject = next(_subjects_before(doc, pronoun, inside_quotes, lexicon, main_only=True, past_quotes=True), None)
    return subject is not None and subject.sent == root.sent


def _acronym_of(conjunct: Token, head: Token) -> bool:
    """Whether a conjunct after "or" is the initials of the name it is joined to (``the Central
    Telegraph Agency, or CTA``): another name for it, not a second source."""
    text = conjunct.text
    if not (2 <= len(text) <= 6 and text.isupper() and text.isalpha()) or conjunct.head != head:
        return False
    if not any(c.dep_ == "cc" and c.lower_ == "or" for c in head.children):
        return False
    words = [t.text for t in head.doc[head.left_edge.i : head.i + 1] if t.text[:1].isupper() and t.lower_ not in ("the", "of", "and")]
    initials = "".join(w[0] for w in words)
    return text in initials and initials.endswith(text)


def _one_of(head: Token) -> Token | None:
    """The plural noun of ``One of the nurses``, ``another of the employees``: one person of
    that role; else ``None``."""
    if head.lower_ not in ("one", "another"):
        return None
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return noun if noun is not None and noun.tag_ == "NNS" else None


def _it_continues(
    doc: Doc, pronoun: Token, earlier: TokenRange, speaker: Resolved, entities: Sequence[EntityInfo],
    inside_quotes: set[int], lexicon: Lexicon,
) -> bool:
    """Whether "it", the subject of a speech verb (``It added``; not "It shows", a video's),
    continues the last quote's source: an organisation, named or an institution's noun, or a
    text or poll (``The report says ... It also points out``), that is the subject of the
    nearest main clause before it (``Harbor Freight Ltd said ... It added``, ``The ministry
    said ... It added``); never a person or a person's role."""
    verb = pronoun.head
    if pronoun.lower_ not in NEUTER_PRONOUNS or verb.pos_ not in ("VERB", "AUX") or verb_lemma(verb, lexicon) not in lexicon.speech_verbs:
        return False
    if not _subject_before_is(doc, pronoun, earlier, inside_quotes, lexicon):
        return False
    if speaker.entity is not None:
        return entities[speaker.entity].type != "person"
    head = doc[earlier[0] : earlier[1]].root
    nouns = (lexicon.institution_heads, lexicon.speech_nouns, lexicon.poll_nouns)
    return head.tag_ not in ("NNS", "NNPS") and any(head.lemma_.lower() in words for words in nouns)


def _entity_of_subject(subject: Token, by_token: dict[int, int], lexicon: Lexicon) -> int | None:
    """The entity a subject names, or the name set beside it names (``Eshtar's news agency, the
    Eshtar News Agency, ...``), else ``None``."""
    apposed = named_apposition(subject, lexicon)
    return by_token.get(subject.i, by_token.get(apposed.i) if apposed is not None else None)


def _organisation_hosting(pronoun: Token, entities: Sequence[EntityInfo], by_token: dict[int, int], lexicon: Lexicon) -> int | None:
    """The organisation "it" stands for as the subject of a speech verb in a relative clause on
    the direct object of a verb whose subject names that organisation, or sets its name beside
    it (``Dashti state television, Dashtistan-1, broadcast footage it said showed ...``, ``The
    ministry released figures that it said proved ...``), or in an adverbial clause of that
    verb after its subject (``The Ministry of Health suspended the drive, even as it said
    ...``), in its reported clause (``The Society said in a statement that it had asked ...``) or
    after its preposition (``The Conference thanked the tribunal for what it called "..."``); else
    ``None``."""
    clause = pronoun.head
    if (pronoun.lower_ not in NEUTER_PRONOUNS or pronoun.dep_ != "nsubj"
            or verb_lemma(clause, lexicon) not in lexicon.speech_verbs | lexicon.evaluation_verbs  # ("what it called")
            or clause.dep_ not in ("relcl", "acl", "advcl", "ccomp", "pcomp")
            or (clause.dep_ in ("relcl", "acl") and clause.head.dep_ != "dobj")
            or (clause.dep_ == "pcomp" and clause.head.head.pos_ != "VERB")):
        return None
    main = clause.head if clause.dep_ in ("advcl", "ccomp") else clause.head.head
    subject = max((c for c in main.children if c.dep_ == "nsubj" and c.i < pronoun.i), default=None, key=lambda c: c.i)
    if subject is None or subject.tag_ in ("NNS", "NNPS"):  # the subject nearest it (a dateline's city
        return None  # the parser took for a second one comes first)
    entity = _entity_of_subject(subject, by_token, lexicon)
    return entity if entity is not None and entities[entity].type in ("organization", "agency") else None


def _organisation_subject_before(
    doc: Doc, pronoun: Token, entities: Sequence[EntityInfo], by_token: dict[int, int], inside_quotes: set[int],
    lexicon: Lexicon,
) -> int | None:
    """The organisation "it", the subject of a main clause's speech verb, stands for when no last
    speaker it continues does: the one the subject of the nearest main clause in a sentence
    before names, or the name set beside that subject (``Eshtar's news agency, the Eshtar News
    Agency, gave another account. It reported that ...``), or the organisation a definite noun
    there stands for (``The commission identified the funds. It said``), or whose text that
    subject is (``The CKNA report made no mention of ... It said``); ``None`` for any other subject
    (a person, ``The report``). The verb may also be a directive or a stance (``It called on both
    sides to ...``)."""
    verb = pronoun.head
    lemma = verb_lemma(verb, lexicon)
    if (pronoun.lower_ not in NEUTER_PRONOUNS or verb.pos_ not in ("VERB", "AUX") or not _in_main_clause(pronoun)
            or lemma not in lexicon.speech_verbs | lexicon.directive_verbs | lexicon.stance_verbs
            or (lemma not in lexicon.speech_verbs and lemma in lexicon.evidence_verbs)):
        return None  # not "bolstering the army as it claims more ground" ("It called on both sides to ..." is one),
        # nor "It shows an officer aiming a gun": a thing's, a video's
    subject = next(_subjects_before(doc, pronoun, inside_quotes, lexicon, main_only=True, past_quotes=True), None)
    if subject is None or subject.sent == pronoun.sent or subject.tag_ in ("NNS", "NNPS"):
        return None  # not "Two Americans were killed ... "...," it reads"
    entity = _entity_of_subject(subject, by_token, lexicon)
    if entity is None and subject.lemma_.lower() in lexicon.speech_nouns:  # "The CKNA report made no mention of ... It
        entity = next((by_token[c.i] for c in subject.children  # said ...": the report's, a news organisation's
                       if c.dep_ in ("compound", "poss", "amod", "nmod") and c.i < subject.i and c.i in by_token), None)
    if entity is None and subject.pos_ == "NOUN":  # "The commission identified the funds. It said ...": the one it named
        organisations = [e for e in entities if e.type in ("organization", "agency")]
        nominal = _resolve_nominal(doc[subject.left_edge.i : subject.i + 1], organisations, lexicon, inside_quotes)
        entity = nominal.entity if nominal is not None else None
    return entity if entity is not None and entities[entity].type in ("organization", "agency") else None


def _same_pronoun_again(
    doc: Doc, mention: Span, earlier: TokenRange | None, entities: Sequence[EntityInfo], by_token: dict[int, int],
    inside_quotes: set[int], content: tuple[int, int] | None, lexicon: Lexicon,
) -> bool:
    """Whether "he" or "she" repeats the same pronoun that was the last quote's source and the
    subject of the nearest main clause before it, with no person it could mean named since that
    one's sentence outside quotes and the quote's own words (``content``; not ``She has called
    for ... And while Clinton lagged ..., she has called for``): it stands for whom that one
    stood for."""
    if earlier is None or len(mention) != 1 or mention[0].lower_ not in ("he", "she") or earlier[1] - earlier[0] != 1:
        return False
    pronoun = mention[0]
    if doc[earlier[0]].lower_ != pronoun.lower_ or not _subject_before_is(doc, pronoun, earlier, inside_quotes, lexicon):
        return False
    since = doc[doc[earlier[0]].sent.end : pronoun.i]
    own = {t.i for t in since if content is not None and content[0] <= t.idx < content[1]}
    return not any(entities[e].gender in (None, PERSON_PRONOUNS[pronoun.lower_])
                   for e in _persons_named(since, entities, by_token, inside_quotes | own))


def _subject_before_is(doc: Doc, pronoun: Token, earlier: TokenRange, inside_quotes: set[int], lexicon: Lexicon) -> bool:
    """Whether the subject of the nearest main clause before the pronoun stands in ``earlier``
    (the last quote's source words) or its phrase holds them (``the Gazette article read``,
    whose source is the Gazette)."""
    subject = next(_subjects_before(doc, pronoun, inside_quotes, lexicon, main_only=True, past_quotes=True), None)
    if subject is None:
        return False
    return earlier[0] <= subject.i < earlier[1] or subject.left_edge.i <= earlier[0] < earlier[1] <= subject.i + 1


def _subjects_before(
    doc: Doc, pronoun: Token, inside_quotes: set[int], lexicon: Lexicon, main_only: bool, past_quotes: bool = False,
    over_quote: bool = False,
) -> Iterator[Token]:
    """Subjects before the pronoun outside quotation marks, nearest first (its sentence and the
    one before, with ``past_quotes`` the one before its quote's sentences; with ``over_quote``,
    then a main clause's in the one before its quote's sentences, ``"Why?" she said``); with
    ``main_only``, of main clauses. A root verb the parser left with no subject has the one
    :func:`~quotekit.detect.misparsed_subject` finds (``In the capital, Ostrogorsk, spokeswoman
    Ada Lind told ...``: the parser hung the name on the place as a conjunct, and the name is
    the subject), and so has a root name with the verb hung on it (``Fairleigh-Crane, 63,
    conceded ...``) or on its relative clause (:func:`_verb_after_relative`)."""
    near = _sentence_before(pronoun, inside_quotes if past_quotes else frozenset())
    start = min(near, _sentence_before(pronoun, inside_quotes)) if over_quote else near
    for token in reversed(doc[start : pronoun.i]):
        if token.i < near:  # past a quote's own sentences ('"Why?" she said'):
            main_only = True  # a main clause's subject only
        if token.dep_ == "ROOT" and token.i not in inside_quotes:
            hung = misparsed_subject(token, lexicon)
            if hung is None and token.pos_ in ("PROPN", "NOUN"):  # "Fairleigh-Crane, 63, conceded": a root name
                hung = next((h for c in token.children if c.dep_ == "acl" and (h := misparsed_subject(c, lexicon)) is not None),
                            None)
                hung = hung or (token if _verb_after_relative(token) else None)
            if hung is not None and hung.i <= token.i and hung.i not in inside_quotes:
                yield hung
            elif hung is None and (inverted := _inverted_subject(token)) is not None and inverted.i not in inside_quotes:
                yield inverted  # "Among those in the gallery was Shireen Baptiste"
            continue
        if token.i not in inside_quotes and token.sent != pronoun.sent and _viewpoint(token):
            yield token  # "For Ada Lind, the curtain was a fitting image": whose view the sentence gives (not in
            continue  # the pronoun's own sentence: "For Banzon, he added, the calculation was domestic")
        if token.i in inside_quotes or token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if main_only and not (_in_main_clause(token) or _fronted_clause_subject(token, pronoun)):
            continue
        if any(c.lower_ == "whose" for c in token.children):
            continue  # "Sofia Marchetti, whose daughter Lina died in the crush, sat ...": the relative's, not the subject
        subject = past_dateline(token)  # "ROME -- Ada Lind unties ...": the parser's subject is the dateline
        if subject is None:
            continue
        apposed = name_apposed_before(subject, subject.head, lexicon)  # "In the port, Velmar, spokeswoman Ada Lind told":
        if apposed is not None and apposed.pos_ == "PROPN":  # Lind, as the cue's source is (not the aide
            yield apposed  # of "Lind, a top aide said, ...", who speaks of Lind)
        else:
            yield scene_conjunct(subject) or subject


def _subject_of_own_part(name: Span) -> bool:
    """Whether a name is a clause's subject with "his" or "her" set off by commas after it in
    that clause (``Stanimirović, for his part, was more ambiguous``): a person, whatever NER
    typed it."""
    root, doc = name.root, name.doc
    if root.dep_ not in ("nsubj", "nsubjpass") or name.end + 1 >= len(doc) or doc[name.end].text != ",":
        return False
    verb = root.head
    return any(t.lower_ in ("his", "her") and t.tag_ == "PRP$" and name.end < t.i < verb.i for t in doc[name.end : verb.i])


def _subject_of_participle_aside(name: Span) -> bool:
    """Whether a name is a clause's subject with a participle's clause set off by commas between
    it and the verb (``Borukhan, speaking in Ardeshani, spoke for three minutes``)."""
    root, doc = name.root, name.doc
    if root.dep_ not in ("nsubj", "nsubjpass") or name.end + 1 >= len(doc) or doc[name.end].text != ",":
        return False
    verb = root.head
    return verb.i > name.end and any(  # (the parser hangs the participle on the verb or on the name)
        c.dep_ in ("advcl", "acl") and c.tag_ in ("VBG", "VBN") and c.left_edge.i == name.end + 1
        and c.right_edge.i + 1 < verb.i and doc[c.right_edge.i + 1].text == "," for c in (*verb.children, *root.children))


def _viewpoint(token: Token) -> bool:
    """Whether ``token`` is the proper noun of a "for" or "to" phrase that opens its sentence,
    set off by a comma, on the main verb: whose view the sentence gives (``For Ada Lind, the
    curtain was a fitting image``, ``To Lind, it was ...``), a subject as good as the clause's
    (whether the parser hung the comma on the verb or on the name)."""
    opener, doc = token.head, token.doc
    edge = opener.right_edge
    return (token.dep_ == "pobj" and token.pos_ == "PROPN" and opener.lower_ in ("for", "to")
            and opens_sentence(opener)  # (past a paragraph's break)
            and opener.head.dep_ == "ROOT"
            and (edge.text == "," or (edge.i + 1 < len(doc) and doc[edge.i + 1].text == ",")))


def _in_phrase_of(token: Token, head: Token) -> bool:
    """Whether ``token`` stands in a prepositional phrase inside ``head``'s subtree (``The area's
    MLA, Rekha Dutta of [the ruling Banga Jana Morcha]``), whose names are not the subject's."""
    while token != head and token.head != token:
        if token.dep_ == "pobj":
            return True
        token = token.head
    return False


def _verb_after_relative(root: Token) -> bool:
    """``Ana Lind, whose party trails in polls, seized on the report``: the parser made the name
    the root and hung the verb after the relative clause's closing comma on that clause's
    verb, with no subject of its own; the name is its subject."""
    doc = root.doc
    return any(v.dep_ in ("advcl", "conj") and v.tag_ in ("VBD", "VBN", "VBZ") and v.i > c.i and doc[v.i - 1].text == ","
               and not any(x.dep_ in ("nsubj", "nsubjpass") for x in v.children)
               for c in root.children if c.dep_ == "relcl" and c.i > root.i for v in c.children)


def _people_word(head: Token) -> bool:
    """Whether a word NER types as a nationality or party is one for its people, as the text
    shows by using it in the plural or before a noun ("Republicans", "the Republican Party"),
    and so "the Republican" is one of them; not a paper's name ("The Tennessean")."""
    lemma = head.lemma_.lower()
    return any(t.i != head.i and t.lemma_.lower() == lemma and (t.tag_ in ("NNS", "NNPS") or t.dep_ in ("amod", "compound"))
               for t in head.doc)


def _inverted_subject(root: Token) -> Token | None:
    """The name after a root "be" that a fronted phrase put in place of the subject (``Among
    those in the gallery was Shireen Baptiste``), which the parser calls an attribute; else
    ``None``."""
    if root.lemma_ != "be" or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in root.children):
        return None
    if not any(c.dep_ == "prep" and c.i < root.i for c in root.children):
        return None
    return next((c for c in root.rights if c.dep_ == "attr" and c.pos_ == "PROPN"), None)


def _sentence_before(token: Token, inside_quotes: Set[int] = frozenset()) -> int:
    """The first token of the sentence before ``token``'s (of its own, in the first sentence):
    where a pronoun's or a nominal's antecedent is looked for. Sentences wholly inside
    quotation marks (``inside_quotes``) are passed over: the quote's own sentences stand
    between ``"... changed. He goes on ...," it wrote`` and the sentence before it; so is an
    opening mark alone that the parser made a sentence (``... nations. « Our ... » he said``)."""
    start = token.sent.start
    while start > 0:
        start = token.doc[start - 1].sent.start
        sentence = token.doc[start].sent
        words = [t.i for t in sentence if not t.is_punct]
        if words and not all(i in inside_quotes for i in words):
            break
        if not words and not all(t.text in _OPENING_MARKS for t in sentence):
            break  # an opening mark the parser cut off as a sentence ("... nations. «") is passed over
    return start


#: Marks that only open a quotation.
_OPENING_MARKS = frozenset({"«", "“", "‘", "„", "‚", "``"})


def _described_main_subject(token: Token, lexicon: Lexicon) -> bool:
    """Whether the main clause of ``token``'s sentence has for its subject a person's
    description with no name (a role, ``role_nouns.txt``: ``The 54-year-old former labour
    lawyer``, or after a clause set before it: ``When Seo asked ..., the chief executive
    paused``), which "he" or "she" opening the next sentence continues."""
    subject = next((t for t in token.sent if t.dep_ in ("nsubj", "nsubjpass") and _in_main_clause(t) and t != token), None)
    if subject is not None and subject.i > token.i and not (token.head.dep_ == "advcl" and token.head.head == subject.head):
        return False  # "When the moderator pointed out that Trump had not answered, the candidate said": not the
        # subject of the fronted clause (the one who asked), so Trump may be the candidate
    return subject is not None and role_noun(subject, lexicon) and subject.doc[subject.left_edge.i].lower_ == "the"


def _in_main_clause(token: Token) -> bool:
    return token.head.dep_ == "ROOT" or (token.head.dep_ == "conj" and token.head.head.dep_ == "ROOT")


def _fronted_clause_subject(token: Token, pronoun: Token) -> bool:
    """Whether ``token`` is the subject of an adverbial clause of time or concession set before
    "he" or "she", the subject of the main clause the adverbial clause modifies (``When
    Iceland's fisheries minister, X, took the stage, she opened with a joke``; ``While Mr. Cruz
    shares ..., he turned against ...``): whom the pronoun continues, as a main clause's
    subject would be, unless the clause also names another person or speaks of one of the
    pronoun's gender (not ``When Kelly confronted her, she ...``, ``Though Sanders led Clinton,
    she had hoped ...``), nor after "if" (``If Trump doesn't win, he said he would ...``: the
    speaker is someone else)."""
    clause = token.head
    if (pronoun.lower_ not in PERSON_PRONOUNS or pronoun.dep_ != "nsubj" or token.dep_ not in ("nsubj", "nsubjpass")
            or clause.dep_ != "advcl" or clause.head != pronoun.head or clause.right_edge.i >= pronoun.i
            or not any(c.dep_ == "mark" or c.tag_ == "WRB" for c in clause.children if c.lower_ in _TIME_OR_CONCESSION)):
        return False
    own = {t.i for t in token.subtree}
    other = {pronoun.lower_, _OBJECT_PRONOUNS.get(pronoun.lower_), "his" if pronoun.lower_ == "he" else "her"}
    return not any(t.lower_ in other or (t.ent_type_ == "PERSON" and t.i not in own) for t in clause.subtree)


#: Words that open an adverbial clause of time or concession (:func:`_fronted_clause_subject`).
_TIME_OR_CONCESSION = TIME_MARKS | {"as", "while", "whilst", "though", "although"}


def _previous_subject(
    doc: Doc, pronoun: Token, by_token: dict[int, int], inside_quotes: set[int], lexicon: Lexicon, main_only: bool = False,
    fits: Callable[[int | None], bool] | None = None, chain: Callable[[int | None], bool] | None = None,
    chained: int = 0, rival: Callable[[int | None], bool] | None = None, skip: tuple[int, int] | None = None,
) -> int | None:
    """The entity of the nearest subject before the pronoun (this sentence or the one before;
    for a main clause's subject, past the quote's own sentences, ``"Why?" she said``), or of
    the name set beside a main clause's subject (``Her deputy, Ada Lind, disagreed``);
    with ``main_only``, of a main clause (not ``just as Lincoln did``). With ``fits``, an
    entity it rejects is passed over. With ``chain``, a main clause's subject that is the same
    "he" or "she" stands for what the main clause's subject before it does, two sentences back
    at most, if ``chain`` accepts it (``Ms. Lind left school at 16. She published her first
    book in 1968. She told ...``) and no subject ``rival`` accepts came, outside quotes, in a
    sentence after that "he" or "she" (``Tom Berg refused. He gave no inch. Oskar Lind was
    known for what he called ...``). Subjects in the characters ``skip`` are passed over."""
    # '"Why?" she said', not "what he calls"; right after the quote too, however the parser hung
    # the verb ('"...," she said, her voice shaking': an aside to the clause that follows)
    attributing = pronoun.dep_ == "nsubj" and (pronoun.head.dep_ == "ROOT" or (
        pronoun.i > 0 and doc[pronoun.i - 1].is_quote and pronoun.head.i == pronoun.i + 1))
    for token in _subjects_before(doc, pronoun, inside_quotes, lexicon, main_only, over_quote=attributing):
        if skip is not None and skip[0] <= token.idx < skip[1]:
            continue
        if attributing and token.sent != pronoun.sent and not _in_main_clause(token) and _described_main_subject(token, lexicon):
            continue  # "The 54-year-old former labour lawyer ... is seen as the front-runner should Kang be removed. She
            # told ...": she is the lawyer the main clause describes, not Kang
        ids = [by_token[t.i] for t in token.subtree if t.i in by_token and t.dep_ != "poss" and t.head.dep_ != "poss"
               and not _in_phrase_of(t, token)]  # not "the ruling Banga Jana Morcha" of "X of the ruling ..."
        apposed = (named_apposition(token, lexicon) if _in_main_clause(token) or _fronted_clause_subject(token, pronoun)
                   else None)
        if token.i in by_token and not (  # "The area's MLA, Smt. Paromita Hazra, visited ... She said": not the
                fits is not None and not fits(by_token[token.i]) and apposed is not None  # office NER typed an
                and apposed.i in by_token and _describes_subject(token, apposed)):  # organisation, but the name
            found: int | None = by_token[token.i]
        elif apposed is not None and apposed.i in by_token and _describes_subject(token, apposed):
            found = by_token[apposed.i]
        elif ids and token.pos_ == "PROPN":
            found = ids[0]
        elif (chain is not None and chained < 2 and token.lower_ == pronoun.lower_ and _in_main_clause(token)
              and token.sent != pronoun.sent):
            found = _previous_subject(doc, token, by_token, inside_quotes, lexicon, True, fits, chain, chained + 1, rival)
            if not chain(found) or (rival is not None and any(
                    by_token[i] != found and rival(by_token[i]) for i in range(token.sent.end, pronoun.i)
                    if i in by_token and i not in inside_quotes and doc[i].dep_ in ("nsubj", "nsubjpass"))):
                continue
            if rival is not None and any(by_token[i] != found and rival(by_token[i]) for i in range(token.sent.start, token.i)
                                         if i in by_token and i not in inside_quotes and doc[i].pos_ == "PROPN"
                                         and doc[i].dep_ in ("poss", "nsubj", "nsubjpass")) and not any(
                    by_token.get(i) == found for i in range(_paragraph_start(doc, token.i), token.i)):
                continue  # "Garland broke the record. / Given Obama's strong ratings, he should ... He could": the "he"
                # before may be the one its own sentence names, not the subject of a paragraph further back
        else:
            continue
        if chain is not None and not chain(found) and _addresses_other(token, pronoun, lexicon):
            continue  # "X put it to her that ... "...," she replied": X, of unknown gender, spoke to another woman
        if fits is None or fits(found):
            return found
    return None


#: The object form of "he" and "she".
_OBJECT_PRONOUNS = {"he": "him", "she": "her"}


def _addressed_by(entity: int, pronoun: Token, by_token: dict[int, int], inside_quotes: set[int], lexicon: Lexicon) -> bool:
    """Whether ``entity`` is the subject, outside quotes, of a verb in the pronoun's sentence
    before it or in the sentence before that :func:`_addresses_other` finds addressing another
    person of the pronoun's gender."""
    doc = pronoun.doc
    start = _sentence_before(pronoun, inside_quotes)
    return any(by_token.get(t.i) == entity and _addresses_other(t, pronoun, lexicon) for t in doc[start : pronoun.i]
               if t.dep_ in ("nsubj", "nsubjpass") and t.i not in inside_quotes)


def _addresses_other(subject: Token, pronoun: Token, lexicon: Lexicon) -> bool:
    """Whether the verb of ``subject`` speaks to "him" or "her" of ``pronoun``'s gender, its
    object or its preposition's, as a speech verb or with a clause "that" or "whether" opens
    under it (``Adebayo-Strand put it to her that ...``, ``Cole asked him whether ...``, or asks
    a person by name whether: ``Santhanam asked Vreeland whether ...``): a person of that gender other than
    the subject (who cannot be its own verb's object), and the one who replies; not ``Zhao sat
    beside him``."""
    wanted = _OBJECT_PRONOUNS.get(pronoun.lower_)
    verb = subject.head
    if verb_lemma(verb, lexicon) not in lexicon.speech_verbs and not any(
            t.dep_ == "mark" and t.lower_ in ("that", "whether") for t in verb.subtree):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    objects += [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    if wanted is None:
        return False
    # "Cole asked the witness whether she had ever seen ...": a role noun the clause calls "she"
    called = any(t.lower_ == pronoun.lower_ and t.dep_ == "nsubj" and t.head.head == verb and t.head.dep_ == "ccomp"
                 for t in verb.subtree)
    return any((o.lower_ == wanted and o.tag_ == "PRP")
               or (called and o.pos_ == "NOUN" and o.tag_ == "NN" and o.lemma_.lower() in lexicon.role_nouns)
               or (o.pos_ == "PROPN" and o.ent_type_ == "PERSON" and verb_lemma(verb, lexicon) == "ask"
                   and any(t.dep_ == "mark" and t.lower_ in ("whether", "if") for t in verb.subtree)
                   and _name_gender(o) in (None, PERSON_PRONOUNS[pronoun.lower_]))  # not "asked Eric Holder ... She"
               for o in objects)


def _name_gender(name: Token) -> str | None:
    """The gender the given name opening the person's name ``name`` heads says (past titles:
    ``former Attorney General [Eric] Holder``), if the lists know it."""
    first = next((t for t in name.subtree if t.ent_type_ == "PERSON"), name)
    return given_gender(first.text)


def _party_noun(phrase: Token) -> bool:
    """Whether a capitalised apposition is a common noun phrase (``the Democrat who chairs the
    panel``): a determiner before it and no name entity of a person, place or organisation."""
    return phrase.ent_type_ in ("", "NORP") and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in phrase.children)


def _describes_subject(subject: Token, apposed: Token) -> bool:
    """Whether a name in apposition to a main clause's subject is the subject's (``Her deputy,
    Ada Lind, disagreed``; ``the ambassador to the United Nations, Ada Lind, ...``; past a
    relative clause, ``The man who was hurt, Sergeant Haris Mujkić, is recovering``), not a name
    the parser hung there from a common noun in the subject's phrase (``Proposals from the
    front-runner, Ada Lind, ...``), or the "one" of a group the name picks out (``One of them,
    17-year-old Ada Lind, was carried out``)."""
    clauses = {t.i for c in subject.rights if c.dep_ in ("relcl", "acl") and c.i < apposed.i for t in c.subtree}
    between = [t for t in subject.doc[subject.i + 1 : apposed.left_edge.i] if not t.is_punct and t.i not in clauses]
    one_of = subject.lower_ == "one" and bool(between) and between[0].lower_ == "of" and between[0].head == subject
    return not between or between[-1].pos_ == "PROPN" or one_of


def _office_held(name: Token, lexicon: Lexicon) -> Token | None:
    """The office a relative clause on a person's name says they hold or held: the role noun
    after "who served as" or "who is" or "was" (``Joost van Ravesteyn, who served as Lowmark's
    ambassador in Baoshan, said``), or "who was appointed", "named" or "elected" (``Park
    Ji-hoon, who was appointed chief executive of the consortium``); else ``None``."""
    for clause in name.rights:
        if clause.dep_ != "relcl" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who" for c in clause.children):
            continue
        if clause.lemma_ in _APPOINTING_VERBS and any(c.dep_ == "nsubjpass" for c in clause.children):
            office = next((c for c in clause.children if c.dep_ in ("oprd", "xcomp", "attr")), None) or next(
                (o for p in clause.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"),
                None)
        elif clause.lemma_ == "serve":
            office = next((o for p in clause.children if p.dep_ == "prep" and p.lower_ == "as"
                           for o in p.children if o.dep_ == "pobj"), None)
        elif clause.lemma_ == "be":
            office = next((c for c in clause.children if c.dep_ == "attr"), None)
        else:
            continue
        if office is not None and role_noun(office, lexicon):
            return office
    return None


#: Verbs that, in the passive, give someone an office (``who was appointed chief executive``).
_APPOINTING_VERBS = frozenset({"appoint", "name", "elect", "nominate", "install"})


def _held_before(office: Token) -> bool:
    """Whether an office from a relative clause (:func:`_office_held`) was held and is no longer:
    the clause's verb in the simple past (``who served as ambassador``, ``who was mayor``; not
    ``who has served as``)."""
    clause = office.head.head if office.dep_ == "pobj" else office.head
    return clause.dep_ == "relcl" and clause.tag_ == "VBD" and not any(c.dep_ == "aux" for c in clause.children)


def _closed_term(office: Token) -> bool:
    """Whether a description's office comes with a term that has ended: from one year to
    another (``Moravel's ambassador in Istrovo from 2009 to 2014``: "the former ambassador")."""
    def year(token: Token) -> bool:
        return token.like_num and len(token.text) == 4 and token.text.isdigit()

    return any(prep.lower_ == "from" and any(year(c) for c in prep.children if c.dep_ == "pobj") and any(
        end.lower_ in ("to", "until", "till") and any(year(c) for c in end.children if c.dep_ == "pobj")
        for end in (*prep.children, *office.children) if end.dep_ == "prep")
        for prep in office.children if prep.dep_ == "prep")


def _head_words(
    doc: Doc, mentions: Sequence[TokenRange], description: TokenRange | None, lexicon: Lexicon, person: bool = False,
) -> frozenset[str]:
    """Nouns that can stand for an entity: its name's words, a title or party before a mention
    (``the president`` for ``President Ada Lind``, ``the governor`` for ``Gov. Ada Lind``, ``the
    admiral`` for ``Rear Adm. Ada Lind``, ``the leader`` for a head of state's or party's title,
    ``leader_titles.txt``, ``the Republican`` for ``Republican Ada Lind``) and its description's
    head (``the chairman`` for ``the campaign chairman, Ada Lind``, never ``the campaign``; ``the
    leader`` too when it is a leader's title: ``Ada Lind, president of the federation``) and a
    role coordinated with it (``the minister`` for ``the government spokeswoman and minister for
    territorial policy``), the news organisation's noun a name modifies (``the agency`` for
    ``the Sever-Press agency``) or, for a body that is no ``person``, a body's noun it modifies
    (``named_body_nouns.txt``: ``the party`` for ``the National Renewal party``, and then not
    ``the union`` for ``the Civic Union party``), and ``the company`` for a name with a
    company's registered suffix (:func:`_registered`) that is no news organisation's, the nouns
    for an organisation the word of its trade or kind that ends its name stands for
    (``trade_nouns.txt``: ``the airline`` for ``Castravian Air``, ``the orchestra`` for ``... National
    Philharmonic``), and ``the union`` for an association of people in one trade
    (:func:`_members_body`)."""
    words = {w for start, end in mentions for t in doc[start:end] for w in (t.lemma_.lower(), t.lower_)}
    kinds: set[str] = set()  # the body nouns a name modifies ("the Civic Union party": "party")
    for start, end in mentions:
        at = start - 1  # the word before the name
        if at > 0 and doc[at].text == "." and lexicon.is_title(doc[at - 1].text):
            at -= 1  # "Chief Executive Dr.-Ing. Ada Lind": the tokenizer split the title's full stop off
        title = doc[at].lower_.rstrip(".").split(".-", 1)[0] if at >= 0 else ""  # ("Dr.-Ing": "dr")
        if title and title not in lexicon.titles:
            title = _complemented_title(doc, start, lexicon) or title  # "Minister of Agriculture and Livestock Ada Lind"
        leading = start
        while leading < end - 1 and doc[leading].lower_.rstrip(".") in lexicon.titles:
            leading += 1  # "Lt Col Farida al-Rashidi", "Gen Kwame Asante": titles with no full stop
        words |= {lexicon.title_word(t.lower_.rstrip(".")) for t in doc[start:end] if (t.lower_.endswith(".") or t.i < leading)
                  and t.lower_.rstrip(".") in lexicon.titles}  # "Rear Adm. Ada Lind": "the admiral"
        if doc[start].lower_ in lexicon.titles:
            words |= lexicon.office_words([doc[start].lower_])  # "Justice Ada Lind", NER's whole name: "the judge"
        before = at - 1  # "Health Minister Dr. Ada Lind", "Sports Minister Gen. Tomas Arvelo": "the minister"
        while (title in lexicon.honorifics or title in lexicon.titles) and before >= 0 and (
                office_title := doc[before].lower_.rstrip(".")) in lexicon.titles:
            words |= {lexicon.title_word(office_title), *lexicon.office_words([office_title])}
            before -= 1
        if title in lexicon.titles:
            words.add(lexicon.title_word(title))
            words |= lexicon.office_words([title])  # "CEO Ada Lind": "the chief executive"
            office = doc[max(0, at - 1) : at + 1].text.lower()  # "Prime Minister", not "Foreign Minister"
            if lexicon.title_word(title) in lexicon.leader_titles or office in lexicon.leader_titles:
                words.add("leader")
        elif start > 0 and doc[start - 1].ent_type_ == "NORP" and doc[start - 1].tag_ == "NNP":
            words.add(doc[start - 1].lower_)  # "the Republican" for "Republican Ada Lind"
        news = lexicon.is_news_phrase([t.text for t in doc[start:end]])
        if _registered(doc, (start, end), lexicon) and not news:
            words |= lexicon.company_nouns  # not "the airline" for the Kessar Broadcasting Corporation
        lowered = [t.lower_ for t in doc[start:end] if not t.is_punct]
        if not person and lowered and news and (
                lowered[-1] in lexicon.agency_name_endings or " ".join(lowered[-2:]) in lexicon.agency_name_endings
                or lowered[0] in lexicon.news_name_heads):
            words.add("agency")  # "the Kangsan Central News Service ... the state agency": a news agency by its name
        trade = doc[end - 1].lower_
        if not person and trade in lexicon.company_name_words and not news:
            # "Sorak Pacific Airlines": "the airline", the company's noun for its trade's plural word
            words |= {noun for noun in (trade[:-1], trade[:-3] + "y") if trade.endswith("s") and noun in lexicon.company_nouns}
        if not person and not news:
            words |= lexicon.trade_nouns_for(trade)  # "Castravian Air": "the airline"; "... Philharmonic": "the orchestra"
        after = doc[end] if end < len(doc) else None
        if (after is not None and after.is_lower and doc[end - 1].head == after and doc[end - 1].dep_ == "compound"
                and doc[end - 1].ent_type_ not in ("PERSON", *PLACE_ENTITIES)
                and (after.lemma_.lower() == "agency" or after.lemma_.lower() in lexicon.agency_heads
                     or (not person and after.lemma_.lower() in lexicon.named_body_nouns))):
            words.add(after.lemma_.lower())  # "the Sever-Press agency": "the agency"; "the National Renewal party":
            # "the party" (not a noun a name owns: "the GOP campaign"); not "the Vermont senator"
            kinds.add(after.lemma_.lower())
        if not person and _members_body(doc[start:end], lexicon):
            words.add("union")  # "the Velmoran Airline Pilots Association", "the Federation of Teachers": "the union"
    if description is not None:
        root = doc[description[0] : description[1]].root
        words.add(root.lemma_.lower())
        words |= {c.lemma_.lower() for c in root.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i < description[1]
                  and c.lemma_.lower() in lexicon.role_nouns}  # "the government spokeswoman and minister for ...": "the minister"
        office = doc[max(description[0], root.i - 1) : root.i + 1].text.lower()  # "prime minister"
        if root.lemma_.lower() in lexicon.leader_titles or office in lexicon.leader_titles:
            words.add("leader")  # "Ada Lind, president of the Farmers' Federation": "the federation leader"
        titled = all(t.pos_ == "PROPN" or joining_hyphen(t) for t in doc[root.i : description[1]])
        last = max(root.i, description[1] - 1) if titled else root.i
        words |= lexicon.office_words([t.lower_ for t in doc[description[0] : last + 1]  # "the CEO"; "the prosecutor"
                                       if not joining_hyphen(t)])  # for the title "Deputy Procurator-General"
        words |= {t.lower_[:-1] + "ist" for t in doc[description[0] : description[1]]  # "head of oncology": "the
                  if t.pos_ == "NOUN" and t.lower_.endswith(("logy", "iatry"))}  # oncologist"; "psychiatry": "psychiatrist"
        title_words = list(itertools.takewhile(lambda t: t.dep_ != "prep" and not t.is_punct, doc[root.i : description[1]]))
        if len(title_words) > 1:  # "director general of the fire service", the parser's head "director": "the chief"
            words |= lexicon.office_words([t.lower_ for t in doc[description[0] : root.i]] + [t.lower_ for t in title_words])
    if kinds & lexicon.named_body_nouns:  # "the Civic Union party" is no union: "the union" is another body
        words -= lexicon.named_body_nouns - kinds
    return frozenset(words)


def _members_body(name: Span, lexicon: Lexicon) -> bool:
    """Whether ``name`` is an association or a federation of people in one trade: its head is one
    (``members_body_heads.txt``) and a plural role noun names them (``Airline Pilots Association``,
    ``Federation of Teachers``, ``Nurses' Federation``)."""
    return (any(t.lower_ in lexicon.members_body_heads for t in name)
            and any(t.pos_ in ("NOUN", "PROPN") and t.lower_.endswith("s") and t.lower_[:-1] in lexicon.role_nouns
                    for t in name))  # (the tagger may read a capitalised plural as a singular name)


def _counterpart_office(
    doc: Doc, description: TokenRange | None, earlier: Sequence[EntityInfo], lexicon: Lexicon
) -> frozenset[str]:
    """The titles of the one named last before a counterpart's description in its sentence,
    whose office the counterpart holds elsewhere (``Foreign Minister Ada Lind and her Norlandic
    counterpart Tom Berg``: Berg is "the minister" too; ``counterpart_nouns.txt``)."""
    if description is None:
        return frozenset()
    phrase = doc[description[0] : description[1]]
    if not any(w in lexicon.counterpart_nouns for w in (phrase.root.lemma_.lower(), phrase[-2:].text.lower())):
        return frozenset()
    starts = [(start, entity) for entity in earlier for start, _end in entity.mentions
              if phrase.sent.start <= start < description[0]]
    if not starts:
        return frozenset()
    _start, other = max(starts, key=lambda pair: pair[0])
    return frozenset(word for word in other.heads if word in lexicon.titles)


def _which_on(noun: Token) -> bool:
    """Whether a relative clause that "which" opens hangs on ``noun`` after it (``the city's
    largest landlord, which owns 31,000 flats``): a thing's or an organisation's noun."""
    return any(c.dep_ == "relcl" and c.left_edge.lower_ == "which" and c.i > noun.i for c in noun.children)


def _which_follows(name: Span) -> bool:
    """``Airbnb, which had lobbied ...``: a relative clause on the name (or on its last word:
    ``Physicians for Vaccine Safety, which ...``) opens with "which"."""
    doc = name.doc
    if name.end + 1 >= len(doc) or doc[name.end].text != "," or doc[name.end + 1].lower_ != "which":
        return False
    clause = doc[name.end + 1].head
    return clause.dep_ == "relcl" and clause.head in (name.root, name[-1])


def _second_object(head: Token) -> Token | None:
    """``told LETA, the Latvian news agency``: an apposition the parser hung on the verb as a
    second object; the noun phrase right after the name and a comma, with the same relation to
    the same verb, opening with an article, describes the name."""
    doc, comma = head.doc, head.right_edge.i + 1
    if head.dep_ not in ("dobj", "dative") or comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    second = next((c for c in head.head.children if c.dep_ == head.dep_ and c.left_edge.i == comma + 1), None)
    if second is None or second.pos_ != "NOUN" or doc[comma + 1].lower_ not in ("the", "a", "an"):
        return None
    return second


def _registered(doc: Doc, name: TokenRange, lexicon: Lexicon, trade: bool = False) -> bool:
    """Whether a name of two or more words ends in a company's registered suffix (``Ferrell
    Shipping Inc.``, ``company_suffixes.txt``); with ``trade``, or in a trade's word
    (``Everett Kane Motors``, ``company_name_words.txt``), which types the name."""
    last = doc[name[1] - 1].lower_.replace(".", "")  # "S.A." as "sa"
    return name[1] - name[0] > 1 and (last in lexicon.company_suffixes or (trade and last in lexicon.company_name_words))


def _ends_a_news_head(noun: str, lexicon: Lexicon) -> bool:
    """Whether ``noun`` is the last word of a news organisation's head of two words (``agency``
    of "news agency", ``service`` of "wire service"; ``agency_heads.txt``): a noun of news and
    other bodies both."""
    return any(head.endswith(f" {noun}") for head in lexicon.agency_heads)


def _plural_owner_cut_off(ent: Span | None, lexicon: Lexicon) -> int | None:
    """Where an organisation's name starts that NER cut after a plural's possessive, typing its
    last word on its own (``[the Workers]' [Banner]``: a news organisation's word, or an
    institution's or a company's: :func:`_organisation_name`), when the plural before the
    apostrophe is a capitalised proper noun; else ``None``."""
    if ent is None or len(ent) != 1 or ent.start < 2:
        return None
    doc = ent.doc
    mark, plural = doc[ent.start - 1], doc[ent.start - 2]
    if mark.text not in ("'", "\u2019") or plural.pos_ != "PROPN" or not plural.lower_.endswith("s") or not plural.is_title:
        return None
    return plural.i if _organisation_name(ent, lexicon) else None


def _coordinated_name_word(doc: Doc, start: int, end: int, lexicon: Lexicon, *, before: bool) -> int:
    """Where an organisation's name NER found from ``start`` to ``end`` really starts
    (``before``) or ends, with the words joined to it by "and" that NER left out: a capitalised
    proper noun before it that modifies the name and that "and" joins (``The [Universities and]
    Colleges Employers' Council``, ``The [Maritime and] Harbour Workers' Union``), or the
    capitalised words after it coordinated with the last word of its "of" phrase (``The Union of
    Midwives [and Birth Workers]``); not a place, a people, a person's name or a title (``the
    Union of Midwives and Health Minister Ada Lind``)."""
    def plain(token: Token) -> bool:
        return (token.pos_ == "PROPN" and token.is_title and token.is_alpha and token.ent_type_ not in PLACE_ENTITIES
                and token.ent_type_ != "PERSON" and not lexicon.is_title(token.text))
    if before:
        if start < 2 or doc[start - 1].lower_ != "and" or doc[start - 1].dep_ != "cc":
            return start
        word = doc[start - 2]
        return start - 2 if plain(word) and doc[start - 1].head == word and start <= word.head.i < end else start
    last = doc[end - 1]
    if (end + 1 >= len(doc) or doc[end].lower_ != "and" or doc[end].head != last or last.head.lower_ != "of"
            or last.head.i < start):
        return end
    conj = next((c for c in last.children if c.dep_ == "conj" and c.i > end), None)
    if conj is None or conj.left_edge.i != end + 1 or not all(plain(t) or _possessive_between_words(t)
                                                               for t in doc[end + 1 : conj.right_edge.i + 1]):
        return end
    return conj.right_edge.i + 1


def _same_nominal_again(doc: Doc, words: TokenRange, earlier: TokenRange | None) -> bool:
    """Whether ``words`` are "the" and a common noun, the same two words as ``earlier``
    ("The company said ... The company added")."""
    if earlier is None or words[1] - words[0] != 2 or earlier[1] - earlier[0] != 2:
        return False
    now, before = doc[words[0] : words[1]], doc[earlier[0] : earlier[1]]
    return (now[0].lower_ == "the" and now[1].pos_ == "NOUN" and now[1].tag_ == "NN"
            and [t.lower_ for t in now] == [t.lower_ for t in before])


def _hyphenated_lemma(token: Token) -> str:
    """A noun's lower-case lemma, with the first part of the hyphenated word it ends, which
    the tokenizer split off ("start-up" for "up")."""
    doc = token.doc
    if token.i >= 2 and joining_hyphen(doc[token.i - 1]) and doc[token.i - 2].is_alpha:
        return f"{doc[token.i - 2].lower_}-{token.lower_}"
    return token.lemma_.lower()


def _company_before(
    np: Span, entities: Sequence[EntityInfo], lexicon: Lexicon, inside_quotes: Set[int] = frozenset()
) -> Resolved | None:
    """``Northwind Airlines will cut 2,000 jobs, the carrier said``: "the" and a company noun
    (``company_nouns.txt``) stand for the one organisation named in its sentence or the one
    before, when there is exactly one (not a public body, ``institution_heads.txt``, nor a
    place NER tags as one wherever it is named: "sold in Norland", nor a place a dateline
    names, nor one named only where someone works: :func:`_workplace`), unless a word before
    the noun says it is another (``successor_qualifiers.txt``: "the combined company" after a
    merger); the caller checks that no other company was named more (:func:`_more_named_company`)."""
    head = np.root
    if _hyphenated_lemma(head) not in lexicon.company_nouns or head.tag_ in ("NNS", "NNPS") or np[0].lower_ != "the":
        return None
    start = _sentence_before(np[0], inside_quotes)  # past the quote's own sentences
    public = lexicon.institution_heads - lexicon.company_nouns  # (not "Skylens Analytics, a commercial imagery firm")
    named = {e for e in _organisations_named_from(np, start, entities, lexicon)
             if not entities[e].words & public and not _workplace(entities[e], entities, np.start)}
    if len(named) > 1:  # "OSTBY, Norland (Harbor Wire) - Velmora Air cancelled ... across Norland": a place
        places = _dateline_words(np.doc)  # the dateline names is no company
        named = {e for e in named if not entities[e].name.lower() in places}
    if len(named) > 1:  # "Corvane said ... at the Linwood plant": the one a clause's subject names
        subjects = {e for e in named for first, end in entities[e].mentions if start < end and first < np.start
                    and any(t.dep_ in ("nsubj", "nsubjpass") or (t.dep_ in ("appos", "conj") and past_dateline(t.head) == t)
                            for t in np.doc[first:end])}  # (or the name after a dateline the parser made the subject)
        named = subjects if len(subjects) == 1 else named
    if len(named) != 1:
        return None
    entity = entities[named.pop()]
    if any(t.dep_ == "amod" and t.head == head and t.lower_ in lexicon.successor_qualifiers - entity.words for t in np):
        return None  # "Allergan, the far smaller company, will end up buying Pfizer, with the combined company ...":
        # another company, one the merger makes (successor_qualifiers.txt)
    return Resolved(entity.id, entity.name, "nominal")


def _workplace(entity: EntityInfo, entities: Sequence[EntityInfo], at: int) -> bool:
    """Whether ``entity`` is named before token ``at`` only in people's descriptions, as where
    they work ("Ines Caldera, a healthcare analyst at Brightwater Securities")."""
    descriptions = [e.description for e in entities if e.type == "person" and e.description is not None]
    return all(any(d[0] <= first < d[1] for d in descriptions) for first, _end in entity.mentions if first < at)


def _organisations_named_from(np: Span, start: int, entities: Sequence[EntityInfo], lexicon: Lexicon) -> set[int]:
    """The organisations named from token ``start`` (or across it) up to ``np``; not a place NER tags as one
    wherever it is named ("sold in Norland": a country is no company) unless a company noun
    describes it ("Mercalto, the largest supermarket chain", NER's nationality), nor a part
    something owns, there ("at its Hakuroda proving ground": :func:`_names_an_owned_part`)."""
    return {e.id for e in entities if e.type == "organization"  # (a mention the parser's sentence break cut counts:
            and any(start < end and first < np.start and not _names_an_owned_part(np.doc[end - 1])  # "[Orbis] | Terra
                    for first, end in e.mentions)  # Construction said")
            and (e.heads & lexicon.company_nouns
                 or not all(np.doc[first].ent_type_ in PLACE_ENTITIES for first, _end in e.mentions))}


def _named_before(entity: EntityInfo, at: int) -> int:
    """How many times ``entity`` is named before token ``at``."""
    return sum(1 for first, _end in entity.mentions if first < at)


def _more_named_company(np: Span, entity: EntityInfo, entities: Sequence[EntityInfo], lexicon: Lexicon) -> bool:
    """Whether another company, one a trade's word or a registered suffix shows, was named
    before ``np`` more often than ``entity``, or as often and as someone's affiliation (its
    spokeswoman spoke): the article's company, which "the company" may as well mean as one
    named in passing (``delivery of two ships ordered by Tessaly Shipping ... the company
    said``, in a story about Brannock Marine Industries)."""
    own = _named_before(entity, np.start)
    affiliations = {e.affiliation for e in entities if e.type == "person" and e.affiliation}
    return any(other.id != entity.id and other.type == "organization"
               and (_named_before(other, np.start) > own
                    or (_named_before(other, np.start) == own and other.name in affiliations))
               and any(_registered(np.doc, mention, lexicon, trade=True) for mention in other.mentions)
               for other in entities)


def _public_body_before(
    np: Span, entities: Sequence[EntityInfo], by_token: dict[int, int], inside_quotes: set[int], lexicon: Lexicon
) -> Resolved | None:
    """``The Consumer Product Safety Commission said ... the agency said``: "the" and a noun
    that stands for a public body (``public_body_nouns.txt``) refer back to the organisation
    named last before it (:func:`_organisation_named_last`), if its name has a head that noun
    stands for (not "the FBI confirmed ... The agency declined", whose name tells nothing); else
    the last one named in its sentence or the one before whose name has (``The Northern Coast
    Guard Authority said the Nordvik Spirit struck ..., the agency said``: past a ship's name)."""
    noun = np.root.lemma_.lower()
    if len(np) != 2 or np[0].lower_ != "the" or np.root.tag_ != "NN":
        return None
    heads = {head for head, _sep, used in (pair.partition(" ") for pair in lexicon.public_body_nouns) if used == noun}
    last = _organisation_named_last(np, 0, entities, by_token, inside_quotes)
    if last is not None and not entities[by_token[last.i]].words & heads:  # "The Coast Guard Authority said the
        last = _organisation_named_last(  # Nordvik Spirit struck ..., the agency said": the one its noun fits, in
            np, _sentence_before(np[0], inside_quotes), entities, by_token, inside_quotes,  # its sentence or the one
            fits=lambda entity: bool(entity.words & heads))  # before, past a ship's name
    entity = entities[by_token[last.i]] if last is not None else None
    return Resolved(entity.id, entity.name, "nominal") if entity is not None and entity.words & heads else None


def _sole_company(np: Span, entities: Sequence[EntityInfo], inside_quotes: Set[int], lexicon: Lexicon) -> Resolved | None:
    """``Danish drugmaker Halvorsen Pharma said ... (other paragraphs) ... The company said``:
    "the" and a company noun (``company_nouns.txt``), where no organisation (but places, and
    those named only where someone works: "said Ines Caldera, an analyst at Brightwater
    Securities") is named in its sentence or the one before, stand for the article's one company named before
    it, far back as it may be: an organisation whose name a trade's word or a registered suffix
    ends (:func:`_registered`) or that a company noun describes, and no organisation (nor
    one-word name) named more often before it; ``None`` when there are none or several (but
    those named only in a person's description, as where the person works)."""
    head = np.root
    if len(np) != 2 or np[0].lower_ != "the" or head.tag_ != "NN" or _hyphenated_lemma(head) not in lexicon.company_nouns:
        return None
    if any(not _workplace(entities[e], entities, np.start)
           for e in _organisations_named_from(np, _sentence_before(np[0], inside_quotes), entities, lexicon)):
        return None  # "fined Northwind Airlines and Coastline Ferries. The company said": one of those, or unknown
    companies = [e for e in entities if e.type == "organization" and _named_before(e, np.start)
                 and (e.heads & lexicon.company_nouns or any(_registered(np.doc, m, lexicon, trade=True) for m in e.mentions))]
    if len(companies) > 1:
        companies = [e for e in companies if not _workplace(e, entities, np.start)]
    rivals = (e for e in entities if e.type == "organization" or (e.type == "person" and " " not in e.name))
    if len(companies) != 1 or any(_named_before(e, np.start) > _named_before(companies[0], np.start) for e in rivals):
        return None  # not the one company a story about Twitter names ("SITE Intelligence Group"), however
        # NER types a one-word name
    return Resolved(companies[0].id, companies[0].name, "nominal")


def _organisation_by_its_words(np: Span, entities: Sequence[EntityInfo], lexicon: Lexicon) -> Resolved | None:
    """``Dalmoran Railways said ... (other paragraphs) ... The railway company said``, ``Kestrel
    Valley Health ... The health system said``: "the", words of an organisation's name and a
    noun for a company or any organisation (``company_nouns.txt``, ``organisation_nouns.txt``)
    stand for the one organisation named before whose name has those words (or their plurals)
    and more, far back as it may be (not the place "Orsk" for "the Orsk company"); ``None`` when
    there are none or several."""
    head = np.root
    if len(np) < 3 or np[0].lower_ != "the" or head.i != np.end - 1 or head.tag_ != "NN" or (
            _hyphenated_lemma(head) not in lexicon.company_nouns | lexicon.organisation_nouns):
        return None
    words = np.doc[np.start + 1 : head.i]
    if not all(t.dep_ in ("compound", "amod") and t.head == head and t.is_alpha for t in words):
        return None
    named = [e for e in entities if e.type == "organization" and _named_before(e, np.start)
             and len(e.name.split()) > len(words)
             and all({t.lower_, t.lemma_.lower(), f"{t.lower_}s"} & e.words for t in words)]  # ("railway": "Railways")
    return Resolved(named[0].id, named[0].name, "nominal") if len(named) == 1 else None


def _news_work_of_subject_before(
    np: Span, entities: Sequence[EntityInfo], by_token: dict[int, int], inside_quotes: set[int], lexicon: Lexicon
) -> Resolved | None:
    """``The Pyolgang Sinmun devoted its front page to the visit. An editorial said ...``: a piece
    only a news organisation runs (``news_work_nouns.txt``), with "a", "an", "the" or "its" and no
    author of its own, is the news organisation the main clause of the sentence before names as
    its subject; else ``None``."""
    head = np.root
    if (head.lemma_.lower() not in lexicon.news_work_nouns or head.tag_ != "NN"
            or [t.lower_ for t in np if t.i != head.i] not in (["a"], ["an"], ["the"], ["its"])
            or any(c.dep_ == "prep" for c in head.children)):
        return None
    subject = next(_subjects_before(np.doc, head, inside_quotes, lexicon, main_only=True), None)
    if subject is None or subject.sent == head.sent:
        return None
    entity = _entity_of_subject(subject, by_token, lexicon)
    if entity is None or entities[entity].type != "agency":
        return None
    return Resolved(entity, entities[entity].name, "nominal")


def _organisation_before(
    np: Span, entities: Sequence[EntityInfo], by_token: dict[int, int], inside_quotes: set[int], lexicon: Lexicon
) -> Resolved | None:
    """``The Tax Policy Center came to a similar conclusion. ..., the group said``: "the" and a
    noun for any organisation (``organisation_nouns.txt``) stand for the organisation named last
    in its sentence or the one before (:func:`_organisation_named_last`; for "the agency", a
    news organisation that is no paper nor broadcaster too), if that name is a main
    clause's subject or follows "according to", itself or as a statement's issuer ("according
    to a statement from X"; not "the crowd rallied at Temple University ... the group
    shouted")."""
    if len(np) != 2 or np[0].lower_ != "the" or np.root.tag_ != "NN" or np.root.lemma_.lower() not in lexicon.organisation_nouns:
        return None
    start = _sentence_before(np[0], inside_quotes)
    last = None
    if np.root.lemma_.lower() == "agency":  # "The Kordavian State News Service quoted X ... The agency said"

        def wire(entity: EntityInfo) -> bool:  # a news organisation that is no paper nor broadcaster
            return not any(lexicon.news_medium(w) in ("print", "broadcast") for w in entity.words | entity.heads)

        last = _organisation_named_last(np, start, entities, by_token, inside_quotes, wire, types=("agency",))
        if last is not None and not (last.dep_ in ("nsubj", "nsubjpass") and _in_main_clause(last)):
            last = None  # only as the subject of the sentence before
    last = last or _organisation_named_last(np, start, entities, by_token, inside_quotes)
    if last is None:
        return None
    subject = last.dep_ in ("nsubj", "nsubjpass") and _in_main_clause(last)
    cited = last  # "according to X", or "according to a statement from X": the statement's issuer
    if last.dep_ == "pobj" and last.head.lower_ in ("from", "by") and last.head.head.lemma_.lower() in lexicon.speech_nouns:
        cited = last.head.head
    according = cited.dep_ == "pobj" and cited.head.lower_ == "to" and cited.head.head.lemma_ == "accord"
    entity = entities[by_token[last.i]]
    return Resolved(entity.id, entity.name, "nominal") if subject or according else None


def _organisation_named_last(
    np: Span, start: int, entities: Sequence[EntityInfo], by_token: dict[int, int], inside_quotes: set[int],
    fits: Callable[[EntityInfo], bool] = lambda _entity: True, types: tuple[str, ...] = ("organization",),
) -> Token | None:
    """The last word, from token ``start`` up to ``np`` and outside quotes, of the name of an
    organisation (of one of ``types``) that ``fits``, where the name names it rather than
    modifying a noun (:func:`_modifies_a_noun`)."""
    return next((t for t in reversed(np.doc[start : np.start]) if t.i in by_token and t.i not in inside_quotes
                 and entities[by_token[t.i]].type in types and fits(entities[by_token[t.i]])
                 and not _modifies_a_noun(t)), None)


def _names_a_person_there(token: Token) -> bool:
    """Whether a name's word names its person where it stands: as a possessor ("Mayor Anton
    Vell's speech") or not modifying a noun at all (not "Trump aides", "Pell counties")."""
    return token.dep_ == "poss" or not _modifies_a_noun(token)


def _modifies_a_noun(token: Token) -> bool:
    """Whether a name's last word, or that of the first name of a list it ends, modifies a noun
    ("a Budget Office report", "QuickPot 6 and QuickPot 8 models", "the Department's board")."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token.dep_ in ("compound", "nmod", "poss", "case", "amod")


def _names_an_owned_part(token: Token) -> bool:
    """Whether a name's last word modifies a noun something owns (``its Hakuroda proving
    ground``, ``the firm's Linwood plant``): a part of that owner, no company of its own."""
    noun = token.head
    return (any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in token.children)  # the parser's "its [Hakuroda]"
            or (token.dep_ == "compound" and noun.pos_ == "NOUN" and any(c.dep_ == "poss" for c in noun.children)))


def _dateline_words(doc: Doc) -> frozenset[str]:
    """The words of the article's datelines, in lower case, and their runs (``ostby``,
    ``norland``, ``port ellis``): the places where the story was filed."""
    words = doc.user_data.get("quotekit_dateline_words")
    if words is None:
        found: set[str] = set()
        for sent in doc.sents:
            end = dateline_end(doc, sent.start)
            if end is not None:
                parts = " ".join(t.lower_ for t in doc[sent.start : end]).replace("(", ",").replace(")", ",")
                found.update(p.strip() for p in parts.split(",") if p.strip())
        words = doc.user_data["quotekit_dateline_words"] = frozenset(found)
    return words


def _introduced_next(np: Span, entity: EntityInfo) -> bool:
    """Whether a description may stand for an entity the text names only after it: in a
    headline, deck or lede (the first three paragraphs: ``... Foreign Ministry spokesperson
    says``), or when the first mention stands in the description's paragraph or the next
    (``The spokesman said ... Lu Kang, the spokesman, ...``), or when a possessor makes it one
    person's office (``Sanders's campaign manager``); not further on, where the text has had
    time to introduce the one the description meant."""
    doc = np.doc
    return (sum(map(ends_line, doc[: np.start])) <= 2 or sum(map(ends_line, doc[np.end : entity.mentions[0][0]])) <= 1
            or any(c.dep_ == "poss" for c in np.root.children))  # "Sanders's campaign manager": one person


def _owned_before(np: Span, entity: EntityInfo) -> bool:
    """Whether the description's noun came before it with a proper name that is none of the
    entity's words (``The Kremlin press service said ... the press service said``: the
    Kremlin's, not the Continental Press Service named later)."""
    head = np.root
    return any(t.lemma_ == head.lemma_ and t.pos_ == "NOUN" and any(
        c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" and c.lower_ not in entity.words for c in t.children)
        for t in np.doc[: np.start])


def _office_words(doc: Doc, entity: EntityInfo, head: Token, lexicon: Lexicon) -> set[str]:
    """The words before the office in which ``head``'s noun stands for ``entity``, which may
    make it another one (``office_qualifiers.txt``) or one being left
    (``outgoing_qualifiers.txt``): before the head of its description (``the Democratic vice
    presidential nominee``) or before the title of a mention (``Vice President Ada Lind``,
    ``former Gov. Tom Berg``; not past a comma), lower-cased, without full stops."""
    lemma = head.lemma_.lower()
    words: set[str] = set()
    if entity.description is not None:
        root = doc[entity.description[0] : entity.description[1]].root
        if root.lemma_.lower() == lemma:
            words |= {t.lower_.rstrip(".") for t in doc[root.left_edge.i : root.i]}
    for start, _end in entity.mentions:
        title = doc[start - 1] if start > 0 else None
        if title is not None and lexicon.title_word(title.lower_.rstrip(".")) == lemma:
            first = start - 1
            while first > max(0, start - 4) and doc[first - 1].text not in (",", ";", ":", "(", ")") and not doc[first - 1].is_quote:
                first -= 1  # not past a comma: "His deputy, spokeswoman Liu Xiaoyan" is no deputy spokeswoman
            words |= {t.lower_.rstrip(".") for t in doc[first : start - 1]}
    return words


def _described_as(np: Span, entities: Sequence[EntityInfo]) -> Resolved | None:
    """The one entity described in the very words of ``np``, a possessive's phrase (``her
    daughter`` after ``Her daughter, Clara Lind, said ...``)."""
    if np[0].tag_ != "PRP$":
        return None
    words = [t.lower_ for t in np]
    fits = [e for e in entities if e.description is not None
            and [t.lower_ for t in np.doc[e.description[0] : e.description[1]]] == words]
    return Resolved(fits[0].id, fits[0].name, "nominal") if len(fits) == 1 else None


def _reported_subject_gender(doc: Doc, content: tuple[int, int] | None, inside_quotes: set[int]) -> str | None:
    """The gender of "he" or "she" as the first word and subject of a reported clause (``The
    director said she had begun a new script``), which stands, in news, for its speaker; not
    in a speaker's own words (``"She is behind in the polls," the pollster said``)."""
    if content is None:
        return None
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    first = next((t for t in span if t.is_alpha and t.lower_ != "that"), None) if span is not None else None
    if first is None or first.i in inside_quotes or first.lower_ not in ("he", "she"):
        return None
    if first.dep_ not in ("nsubj", "nsubjpass"):
        return None
    return PERSON_PRONOUNS[first.lower_]


def _owning_places(doc: Doc, entity: EntityInfo) -> set[str]:
    """The lower-cased places that own the office in an entity's description (``Iran's foreign
    minister``, ``the Mongolian mining minister``'s own words), not those it is held in or
    towards (``the American ambassador to China``)."""
    if entity.description is None:
        return set()
    return {t.lower_ for t in doc[entity.description[0] : entity.description[1]]
            if t.ent_type_ == "GPE" and t.dep_ in ("poss", "compound")}


def _named_for_other_place(np: Span, entity: EntityInfo, owners: Set[str], lexicon: Lexicon) -> bool:
    """Whether the name of an entity that is no person opens with a proper word no dictionary
    holds, which is none of the places that own the phrase ``np`` nor one of its words (``the
    Tanzhong Ministry of Foreign Affairs`` for "Namsun's foreign ministry"): the name of another
    place. A nationality formed on an owner is the owner's ("the Iranian Foreign Ministry" for
    "Iran's foreign ministry")."""
    if entity.type == "person":
        return False  # "Sanders's campaign manager" may well be Jeff Weaver
    doc = np.doc
    first = entity.mentions[0][0]
    opener = doc[first + 1] if doc[first].lower_ == "the" and first + 1 < len(doc) else doc[first]
    return (opener.pos_ == "PROPN" and opener.is_alpha and opener.lower_ not in owners
            and opener.lower_ not in {t.lower_ for t in np} and not _of_place(opener.lower_, owners)
            and not lexicon.english_word(opener.text))


def _of_place(nationality: str, places: Set[str]) -> bool:
    """Whether a lower-case word of nationality is formed on one of ``places``: the place's name
    without its last vowels, four letters or more, opens it ("iranian" on "iran", "chinese" on
    "china", "mongolian" on "mongolia"; "iraqi" not on "iran", "austrian" not on "australia")."""
    return any(len(stem := place.rstrip("aeiouy")) >= 4 and nationality.startswith(stem) and nationality != place
               for place in places)


def _resolve_nominal(
    np: Span, entities: Sequence[EntityInfo], lexicon: Lexicon, inside_quotes: Set[int] = frozenset()
) -> Resolved | None:
    """``the news agency`` / ``the North Korean leader``: the most recent fitting entity; a
    lone title word (``Mayor defends ...`` in a headline) only the one entity it fits; a lone
    institution's noun in lower case (``police said``, ``institution_heads.txt``) as with "the"."""
    head = np.root
    if head.pos_ == "NUM":
        return None  # "One of the sources": a number, not the last word of a name ("Sahran One")
    determiner = next((t.lower_ for t in np if t.dep_ == "det"), None)
    modifiers = {t.lemma_.lower() for t in np if t.i != head.i and t.dep_ in ("amod", "compound")
                 and t.ent_type_ not in TIME_ENTITIES}  # not an age: "the 52-year-old mayor"
    bare_title = determiner is None and bool(modifiers)  # "Foreign Ministry spokesperson says"
    parties = {t.lemma_.lower() for t in np if t.i != head.i and t.dep_ == "amod" and t.ent_type_ == "NORP"}
    names = {t.lower_ for t in np if t.head == head and t.dep_ == "compound" and t.pos_ == "PROPN" and t.ent_type_ in (
        "GPE", "ORG", "PERSON")}  # "the state-run Harbin agency": a name of its own
    owners = _proper_possessors(np)
    places = set()  # the words of places, and the one-word names of places NER typed otherwise ("Hwasan")
    if owners:
        places = {t.lower_ for ent in np.doc.ents if ent.label_ in ("GPE", "NORP") for t in ent}
        places |= {e.name.lower() for e in entities if e.type == "organization" and " " not in e.name}
    if determiner is None and len(np) == 1 and lone_title(np, lexicon):  # "Mayor defends ..."
        fitting = [e for e in entities if head.lemma_.lower() in e.heads or head.lower_ in e.heads]
        return Resolved(fitting[0].id, fitting[0].name, "nominal") if len(fitting) == 1 else None
    bare_body = determiner is None and len(np) == 1 and head.is_lower and head.lower_ in lexicon.institution_heads
    if not (determiner in ("the", "this", "that") or bare_title or bare_body) or (  # ("police said", as "the police")
            head.tag_ in ("NNS", "NNPS") and head.lower_ not in lexicon.institution_heads):  # ("the police", tagged a
        return None  # plural, is the Port Halvin Police Department named before)
    best: tuple[int, bool, int, int] | None = None
    role = head.lemma_.lower() in lexicon.role_nouns
    people = role and any(e.type == "person" and head.lemma_.lower() in e.heads and e.mentions[0][0] < np.start
                          for e in entities)
    own = _own_pronoun_gender(head)
    country = _country_meant(np)
    for entity in entities:
        if head.lemma_.lower() not in entity.heads:
            continue
        if people and entity.type != "person":
            continue  # "the sheriff": Sheriff Dale Kittredge, not the sheriff's office named since
        if own is not None and entity.type == "person" and entity.gender not in (None, own):
            continue  # "The minister said she hoped ...": not the prime minister the text calls "he"
        before = [start for start, _end in entity.mentions if start < np.start]
        if not before and not (modifiers and modifiers <= entity.words and _introduced_next(np, entity)
                               and not _owned_before(np, entity)):
            continue  # a description may name someone introduced later only if every word fits
        owning = _owning_places(np.doc, entity) if parties - entity.words else set()
        agreement = sum(1 for word in modifiers if word in entity.words or (word in parties and _of_place(word, owning)))
        if modifiers and agreement == 0:
            continue
        office = _office_words(np.doc, entity, head, lexicon)
        if office & lexicon.office_qualifiers - modifiers - {t.lower_ for t in np}:
            continue  # "the president" is not the vice president, nor a former one
        if office & lexicon.outgoing_qualifiers and {t.lower_ for t in np} & lexicon.incoming_qualifiers:
            continue  # "the new chief minister" is not "outgoing Chief Minister Ada Lind"
        if any(word not in entity.words and not _of_place(word, owning) for word in parties):
            continue  # "the Democratic nominee" is not the Republican one; "the Iranian minister" is "Iran's"
        if names - entity.words:
            continue  # "the state-run Harbin agency" is not the QazAqparat agency named before
        theirs = _proper_possessors(np.doc[entity.description[0] : entity.description[1]]) if entity.description else set()
        if owners and theirs and not owners & theirs:
            continue  # "Ostland's culture minister" is not "Velmar's culture minister, Ada Lind"
        if country and theirs and not country & theirs:
            continue  # "Norway will bar ..., the country's fisheries minister has warned": not "Iceland's fisheries minister"
        named_owner = re.match(r"([^\W\d_][\w-]*)[’']s ", entity.name)
        if owners and named_owner is not None and named_owner.group(1).lower() not in owners:
            continue  # "Namsun's foreign ministry" is not "Tanzhong's Ministry of Foreign Affairs"
        if owners and _named_for_other_place(np, entity, owners, lexicon):
            continue  # nor the Tanzhong Ministry of Foreign Affairs
        own_name = set(entity.name.lower().split()) if entity.type == "person" else {entity.name.lower()}
        if (owners and not owners & entity.words and entity.words & places - own_name
                and not any(_of_place(word, owners) for word in entity.words)):
            continue  # "Ostland's state news agency" is not the Velmar Central Telegraph (but "Jamaica's prime
            # minister" is "Jamaican Prime Minister Lennox Whitely"; a person's name NER took for a place's is no place)
        # the latest named before it; else the first named after it (a lede's "its energy minister": the
        # minister the next paragraph names, not one named further on)
        headed = not _noun_only_modifies_in_name(head, entity)
        key = (agreement, headed, max(before) if before else -1 - entity.mentions[0][0], entity.id)
        if best is None or key > best:
            best = key
    if best is None or (head.lemma_.lower() in lexicon.role_nouns
                        and _unnamed_since(np, head, max(best[2], -1), inside_quotes, lexicon)):
        return None
    entity = next(e for e in entities if e.id == best[3])  # ``entities`` may be a selection
    if (not modifiers and head.lemma_.lower() in lexicon.role_nouns
            and _other_since(np, head, best[2], entity, inside_quotes)):
        return None
    return Resolved(entity.id, entity.name, "nominal")


def _head_word(words: Sequence[str]) -> str:
    """The head of a name's words: the word before its first "of" (``Ministry of Foreign Affairs``),
    else its last (``Civil Defence Agency``)."""
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]


def _noun_only_modifies_in_name(noun: Token, entity: EntityInfo) -> bool:
    """Whether an organisation's name holds ``noun`` only before its own head (``the Valdorian
    Airline Pilots' Association`` for "the airline"; :func:`_head_word`): such a name fits the
    noun less than one it heads (``Halvard Regional Airlines``)."""
    if entity.type == "person":
        return False
    words = [w.strip("'’").lower() for w in entity.name.split()]
    head = _head_word(words)
    forms = {noun.lemma_.lower(), noun.lower_}
    return head not in forms and head.rstrip("s") not in forms and bool(forms & set(words))


def _a_role(noun: Token, lexicon: Lexicon) -> bool:
    """Whether ``noun`` is a role noun (``role_nouns.txt``) or "one of" roles (``the only one of
    the council's five members``)."""
    return role_noun(noun, lexicon) or (noun.lower_ == "one" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in lexicon.role_nouns
        for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children))


def _country_meant(np: Span) -> set[str]:
    """The place "the country's" in ``np`` stands for: the first subject in its sentence that is a
    place's name (``Norway will bar ..., the country's fisheries minister has warned``), by its
    lower-case name; else empty."""
    if not any(t.dep_ == "poss" and t.lemma_.lower() == "country" for t in np):
        return set()
    subject = next((t for t in np.sent if t.dep_ in ("nsubj", "nsubjpass") and t.ent_type_ == "GPE" and t.pos_ == "PROPN"
                    and not np.start <= t.i < np.end), None)
    return {subject.lower_} if subject is not None else set()


def _own_pronoun_gender(noun: Token) -> str | None:
    """The gender of "he" or "she" as the subject of the clause a speech verb's subject reports
    right after it (``The minister said she hoped ...``), else ``None``."""
    if noun.dep_ != "nsubj":
        return None
    verb = noun.head
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None:
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in ("he", "she") or subject.i != clause.left_edge.i:
        return None
    return PERSON_PRONOUNS[subject.lower_]


def _other_since(np: Span, head: Token, last: int, entity: EntityInfo, inside_quotes: Set[int]) -> bool:
    """Whether a clause's subject with "the" and the same noun stands after token ``last`` and
    before ``np`` with a modifier the entity's words lack (``Eduardo Brennan, a retired diplomat,
    ... the senior diplomat suggested ... the diplomat said``): someone else under that noun, whom
    the bare noun after it goes on with; not a description set beside a name (``But Guardian,
    the first Republican mayor elected in ..., stopped short``)."""
    lemma = head.lemma_.lower()
    for token in np.doc[max(last, 0) + 1 : np.start]:
        if token.lemma_.lower() != lemma or token.pos_ != "NOUN" or token.i in inside_quotes:
            continue
        if token.dep_ not in ("nsubj", "nsubjpass") or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            continue
        modifiers = {c.lemma_.lower() for c in token.children if c.dep_ in ("amod", "compound") and c.ent_type_ not in TIME_ENTITIES}
        if modifiers - entity.words:
            return True
    return False


def _proper_possessors(words: Span) -> set[str]:
    """The names that own something in ``words`` (``Ostland's culture minister``: "ostland")."""
    return {t.lower_ for t in words if t.dep_ == "poss" and t.pos_ == "PROPN"}


def _unnamed_since(np: Span, head: Token, last: int, inside_quotes: Set[int], lexicon: Lexicon) -> bool:
    """Whether someone unnamed was introduced by the same role noun with "a" or "an" after token
    ``last`` and before ``np`` (``Kenji Morioka, a veteran diplomat, ... A Western diplomat
    said ... "...," the diplomat said``: the unnamed one); a description of a name or one
    inside quotation marks does not count, a noun a name modifies does (``A senior Qamar
    executive``: its company, not its name)."""
    return any(t.pos_ == "NOUN" and t.dep_ not in ("appos", "attr") and _introduces_unnamed(t, head, inside_quotes, lexicon)
               for t in np.doc[last + 1 : np.start])


def _introduces_unnamed(token: Token, head: Token, inside_quotes: Set[int], lexicon: Lexicon) -> bool:
    """Whether ``token`` is ``head``'s noun with "a", "an" or "one", or its plural after "one of"
    (``one of the doctors said``), outside quotation marks and with no name in apposition:
    someone unnamed it introduces (``A Western diplomat said``)."""
    return (token.lemma_.lower() == head.lemma_.lower()
            and (_with_a_or_one(token) or _one_among(token) is not None)  # ("One lawmaker ..., who asked not to be named")
            and named_apposition(token, lexicon) is None and token.i not in inside_quotes)


def _one_among(noun: Token) -> Token | None:
    """The "one" of ``one of the doctors`` when ``noun`` is that plural (:func:`_one_of`)."""
    one = noun.head.head if noun.dep_ == "pobj" else None
    return one if one is not None and _one_of(one) == noun else None
