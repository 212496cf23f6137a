"""Stage 4: tag each quote ``named``, ``agency``, ``anonymous`` or ``unknown``, with relays.

The decision reads the source's own words and the entity it resolved to, in this order:

1. no source: ``unknown``;
2. a news organisation (an entity typed ``agency``, a listed news organisation, or a head
   noun such as *agency*, *newspaper*, *media*, *broadcaster*): ``agency``;
3. a resolved entity, a person or an organisation speaking for itself: ``named``;
4. an institution speaking for itself (*the ministry*, *the government*): ``named``;
5. anonymity markers (*unidentified*, *familiar with*, *on condition of anonymity*), a count
   of sources, a role noun with no name (*officials*, *a source*, *diplomats*, *the
   company's spokesman*), or a word standing alone for unnamed people (*One said*, *Others
   disagreed*): ``anonymous``;
6. a pronoun or description that resolved to nothing (also an office's title after "the":
   *the Ohio governor* has one holder; and "the" with a role no unnamed source bore before:
   *the candidate*): ``unknown``.

``via`` lists the organisations that relay the source (``citing``, ``quoted ... as saying``,
``according to``, ``told <news organisation>``), outermost first. Each decision carries its
reasons: the words and the rule.

>>> from quotekit.lexicon import Lexicon
>>> classify_words("unidentified officials", "officials", plural=True, lexicon=Lexicon.default())
('anonymous', 'anonymous: "unidentified" + role noun "officials"')
>>> classify_words("Chinese state media", "media", plural=False, lexicon=Lexicon.default())
('agency', 'agency: news organisation "state media"')
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
from spacy.tokens import Doc, Span, Token

from .detect import misread_name, opens_sentence
from .lexicon import Lexicon
from .resolve import (
    PLURAL_PRONOUNS, EntityInfo, Resolved, group_members, is_name_token, lone_title, member_of_named_body, news_name_hung_after,
    news_named_before, plural_of_role,
)
from .speaker import LocalSource, paragraph_numbers

#: Words that stand alone for unnamed people as a source ("One described the remarks as ...",
#: "Another said ...", "Some say ...").
_ELLIPTICAL = frozenset({"one", "another", "others", "some", "many", "several", "few"})
_COUNT_WORDS = frozenset({"two", "three", "four", "five", "six", "several", "many", "some", "multiple", "numerous", "few"})
#: Nouns that count the people of an "of" phrase ("Hundreds of parents", "dozens of residents").
_QUANTITY_NOUNS = frozenset({"dozens", "hundreds", "thousands", "scores", "millions", "tens", "handful", "couple", "number",
                             "group", "majority", "minority"})  # ("A handful of shoppers", "a group of residents")
#: Dependents of a noun that name it or its owner ("ITV television station", "CNN's Wolf Blitzer").
_NAMING_DEPS = frozenset({"compound", "appos", "nmod", "poss"})
#: Determiners that introduce someone unnamed ("a senior official", "another aide").
_INDEFINITE = frozenset({"a", "an", "another", "one"})


@attrs.frozen
class Decision:
    """The attribution of one quote with its relays and reasons."""

    attribution: str
    via: tuple[Resolved, ...]
    reasons: tuple[str, ...]


def classify_words(
    words: str, head: str, plural: bool, lexicon: Lexicon, lemma: str | None = None, possessed: bool = False
) -> tuple[str, str] | None:
    """Classify an unresolved source by its own words; ``None`` when nothing decides. ``lemma``
    is the head's dictionary form (``authorities`` -> ``authority``); without it a final "s"
    is dropped. ``possessed``: the head has a possessor and the words no name of their own
    (``Ada Lind's mother``), which identifies a role as "the" does."""
    lower = words.lower()
    tokens = lower.replace(",", " ").split()
    up_to_head = tokens[: tokens.index(head) + 1] if head in tokens else tokens
    if lexicon.is_news_phrase(words.replace(",", " ").split()[: len(up_to_head)]):
        return "agency", f'agency: news organisation "{" ".join(up_to_head[-2:])}"'
    singular = lemma or (head[:-1] if head.endswith("s") else head)
    role = singular in lexicon.role_nouns or head in lexicon.role_nouns
    marker = next((m for m in sorted(lexicon.anonymity_markers) if _has_phrase(tokens, m)), None)
    if marker is not None:
        return "anonymous", f'anonymous: "{marker}"' + (f' + role noun "{head}"' if role else "")
    if role:
        count = next((t for t in tokens if t in _COUNT_WORDS or t.isdigit()), None)
        if count is not None:
            return "anonymous", f'anonymous: count "{count}" + role noun "{head}"'
        if plural:
            return "anonymous", f'anonymous: plural role noun "{head}" with no name'
        if tokens and tokens[0] == "the" and singular in lexicon.titles and not possessed:
            return None  # "the Ohio governor", "the former president": one office's holder, unresolved
        owned_by_name = bool(tokens) and tokens[0].endswith(("'s", "’s")) and words[:1].isupper()  # "Velmar's authority"
        if tokens and (tokens[0] == "the" or owned_by_name) and not plural and singular in lexicon.institution_heads:
            return None  # "the port authority", "the Paris prosecutor": the institution, not one of many
        if tokens and (tokens[0] in _INDEFINITE or tokens[0] in ("the", "this", "that") or possessed):  # "That source"
            return "anonymous", f'anonymous: role noun "{head}" with no name'
    return None


def _has_phrase(tokens: list[str], phrase: str) -> bool:
    words = phrase.split()
    n = len(words)
    return any(tokens[i : i + n] == words for i in range(len(tokens) - n + 1))


def decide_all(
    doc: Doc,
    locals_: Sequence[LocalSource],
    sources: Sequence[Resolved | None],
    relays: Sequence[Sequence[Resolved]],
    entities: Sequence[EntityInfo],
    lexicon: Lexicon | None = None,
) -> tuple[Decision, ...]:
    """The attribution of every quote (:func:`decide`); a quote whose source continues an
    earlier quote's that names no entity (``Resolved.follows``: a paragraph with no attribution
    of its own, ``He added`` after ``A spokesman said``) takes that quote's attribution and
    relays: an unnamed official's next paragraph is as anonymous as the first; where that
    quote had no relay, its own ("The officials told CNS that ...") stays."""
    decisions: list[Decision] = []
    own: list[Decision] = []  # the decision of the quote whose source each one continues
    lexicon = lexicon or Lexicon.default()
    paragraphs = paragraph_numbers(doc)
    carried: tuple[int, tuple[Resolved, ...], int] | None = None  # the speaker, carrier, paragraph of a carried statement
    for local, source, relay in zip(locals_, sources, relays):
        earlier = source.follows if source is not None else None
        if source is not None and earlier is not None and earlier < len(own):
            first = own[earlier]
            reason = (
                "continues the previous quote's speaker" if source.how == "continuation"
                else f'names an earlier quote\'s source "{source.name}" again' if source.how == "nominal+earlier-source"
                else f'pronoun stands for the previous quote\'s source "{source.name}"'
            )
            if not first.via and (local.recipient is not None or relay):  # "The officials told CNS that ...":
                mine = decide(doc, local, source, relay, entities, lexicon)  # its own relay, where the first had none
                first = attrs.evolve(first, via=mine.via, reasons=(*first.reasons, *(r for r in mine.reasons if r.startswith("via:"))))
            own.append(first)
            decisions.append(attrs.evolve(first, reasons=(reason, *first.reasons)))
        else:
            after_anonymous = (bool(own) and own[-1].attribution == "anonymous"
                               and not _plural_source(doc, locals_[len(own) - 1]))
            decision = decide(doc, local, source, relay, entities, lexicon, after_anonymous)
            group = _relayed_group(doc, local, locals_[: len(own)], own) if decision.attribution == "anonymous" else None
            if group is not None and not decision.via:  # "one of the officials" the agency quoted
                decision = attrs.evolve(decision, via=group.via, reasons=(
                    *decision.reasons, f'via: one of a group "{group.via[0].name}" relayed before'))
            own.append(decision)
            decisions.append(own[-1])
        carried, decisions[-1] = _in_carried_statement(doc, local, source, decisions[-1], carried, paragraphs, lexicon)
    return tuple(decisions)


def _in_carried_statement(
    doc: Doc, local: LocalSource, source: Resolved | None, decision: Decision,
    carried: tuple[int, tuple[Resolved, ...], int] | None, paragraphs: list[int], lexicon: Lexicon,
) -> tuple[tuple[int, tuple[Resolved, ...], int] | None, Decision]:
    """``Ryo said in a statement carried by the Tarvo Central News Agency that ... / "...," Ryo
    said. / Ryo added that ...``: the speaker's next quotes, in that paragraph or the next with no
    one else quoted between and no hearer or relay of their own, are from the same statement,
    which the agency relays too. Returns the statement still running (speaker, carrier,
    paragraph) and the decision."""
    entity = source.entity if source is not None else None
    at = local.words[0] if local.words is not None else None
    if local.recipient is not None and decision.via and entity is not None and at is not None and _carried_statement(
            doc[local.recipient[0] : local.recipient[1]], lexicon):
        return (entity, decision.via, paragraphs[at]), decision
    if carried is None or entity != carried[0] or at is None or paragraphs[at] - carried[2] > 1:
        return None, decision
    if decision.via or local.recipient is not None or local.relays:
        return None, decision
    speaker_entity, via, _paragraph = carried
    reason = f'via: the statement carried by "{via[0].name}" goes on'
    return (speaker_entity, via, paragraphs[at]), attrs.evolve(decision, via=via, reasons=(reason, *decision.reasons))


def _carried_statement(carrier: Span, lexicon: Lexicon) -> bool:
    """Whether ``carrier`` is the agent of a carrying verb on a speech noun (``in a statement
    carried by the Tarvo Central News Agency``)."""
    agent = carrier.root.head
    verb = agent.head
    return (agent.dep_ == "agent" and verb.dep_ == "acl" and verb.lemma_.lower() in lexicon.carrying_verbs
            and verb.head.lemma_.lower() in lexicon.speech_nouns)


#: Quotes back that a member of a relayed group ("one of the officials") may belong to.
GROUP_WINDOW_QUOTES = 6


def _relayed_group(
    doc: Doc, local: LocalSource, before: Sequence[LocalSource], decisions: Sequence[Decision]
) -> Decision | None:
    """The decision of a recent quote by an unnamed group, relayed by a news organisation, that
    a source's words name one of (``one of the officials``, ``one of them``, ``another of the
    people``: the same plural noun, or "them"), when the quote names no one it was told to;
    else ``None``."""
    if local.words is None or local.recipient is not None:  # "one of the officials told the agency": whom it says
        return None
    root = doc[local.words[0] : local.words[1]].root
    member = next((o for p in root.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj"), None)
    if root.lower_ not in ("one", "another") or member is None or not (
            member.lower_ == "them" or (member.tag_ == "NNS" and any(c.lower_ == "the" for c in member.children))):
        return None
    for earlier, decision in list(zip(before, decisions))[-GROUP_WINDOW_QUOTES:][::-1]:
        if decision.attribution != "anonymous" or not decision.via or earlier.words is None:
            continue
        head = doc[earlier.words[0] : earlier.words[1]].root
        if head.tag_ == "NNS" and (member.lower_ == "them" or head.lemma_.lower() == member.lemma_.lower()):
            return decision
    return None


def _once_each(relays: Sequence[Resolved]) -> list[Resolved]:
    """The relays without repeats of one entity (or, unresolved, of one name), in order."""
    unique: dict[tuple[int | None, str], Resolved] = {}
    for relay in relays:
        unique.setdefault((relay.entity, relay.name if relay.entity is None else ""), relay)
    return list(unique.values())


def _plural_source(doc: Doc, local: LocalSource) -> bool:
    """Whether a source's words are plural (``People briefed on ...``, ``they``, ``many in the
    party``, ``Two of them``): "the" with a role after them (``The candidate``) is no one of them."""
    if local.words is None:
        return False
    root = doc[local.words[0] : local.words[1]].root
    counted = (root.lower_ in _COUNT_WORDS or root.lower_ in _QUANTITY_NOUNS
               or (root.like_num and root.lower_ not in ("one", "1")))
    return root.tag_ in ("NNS", "NNPS") or root.lower_ in PLURAL_PRONOUNS or counted


def decide(
    doc: Doc,
    local: LocalSource,
    source: Resolved | None,
    relays: Sequence[Resolved],
    entities: Sequence[EntityInfo],
    lexicon: Lexicon | None = None,
    after_anonymous: bool = False,
) -> Decision:
    """The attribution of one quote from its local source, resolution and relays;
    ``after_anonymous``: the quote before it had an unnamed source, which "the" with a role
    may point back to (``One operative said ... "...," the insider said``)."""
    lexicon = lexicon or Lexicon.default()
    # a source never relays itself ("KNA said ... 9 p.m. \"...,\" the agency said", parsed as one sentence)
    via = [r for r in relays if _is_organisation(r, entities, lexicon)
           and not (source is not None and r.entity is not None and r.entity == source.entity)]
    via = _once_each(via)  # "In a statement carried by the agency, ... said in the statement, according to the agency"
    reasons: list[str] = []
    if local.recipient is not None:
        recipient = doc[local.recipient[0] : local.recipient[1]]
        marked = [t for t in recipient[1:-1] if t.lower_ in lexicon.state_media_markers or t.lower_ == "news"]
        rest = " ".join(t.lower_ for t in recipient[1:] if t not in marked)
        the_noun = recipient[0].lower_ == "the" and (len(recipient) == 2 + len(marked) or rest in lexicon.agency_heads)
        # "told the newspaper", "carried by the state news agency", "told the wire service"
        named_before = news_named_before(recipient, entities, lexicon) if the_noun else None  # the one named last
        addressed = the_noun and recipient.root.lower_ in lexicon.addressed_news_heads  # "told the paper"
        news_owner = _news_owner(recipient, lexicon)  # "told the broadcaster's Sunday programme"
        owned = news_named_before(news_owner, entities, lexicon) if news_owner is not None else None
        own_outlet = recipient[0].lower_ in ("this", "our")  # "told this newspaper": the article's own, no relay
        if not own_outlet and (
                _news_words(recipient.text, recipient.root.lower_, entities, lexicon, recipient.start, recipient.root.i)
                or (addressed and named_before is not None) or owned is not None):
            # "told the Gazette": the entity's canonical name, "Riverside Gazette"; a news
            # organisation's before another's ("told CNN's Wolf Blitzer"), and not the
            # country that owns the recipient ("told Britain's public broadcaster")
            root = recipient.root  # a name of the recipient's own, not of a place after it ("the press in Miami")
            owner = {t.i for c in root.children if c.dep_ == "poss" for t in c.subtree}
            hung = news_name_hung_after(recipient, root, lexicon)  # "told the state news agency Notilus"
            named = [(e, set(range(a, b)) <= owner, how) for e in entities for a, b in e.mentions
                     if (how := _naming(doc[a:b], root) or _within(hung, a, b)) is not None]
            entity = next((e for e, _, _ in named if e.type == "agency"),
                          next((e for e, owns, how in named if not owns and how == "name"), None))
            if entity is None:
                entity = named_before
            if owned is not None and (entity is None or entity.type != "agency"):
                entity = owned  # not "Sunday", a word of the programme's name
            name = entity.name if entity is not None else _strip_det(recipient.text)
            via = _once_each([*via, Resolved(None if entity is None else entity.id, name, "recipient")])
            # (not twice: "the Post quoted him as saying ... He told the paper" relays the paper already)
            reasons.append(f'via: told news organisation "{recipient.text}"')
    for relay in via:
        if relay.how != "recipient":
            reasons.append(f'via: relayed by "{relay.name}"')
    if source is None:
        return Decision("unknown", tuple(via), (*reasons, "unknown: no source found"))
    if source.entity is not None:
        entity = entities[source.entity]
        if entity.type == "agency":
            return Decision("agency", tuple(via), (*reasons, f'agency: "{entity.name}" is a news organisation'))
        if entity.type == "group":
            reason = f'anonymous: members of a group "{entity.name}" with no name'
            return Decision("anonymous", tuple(via), (*reasons, reason))
        return Decision("named", tuple(via), (*reasons, f'named: {entity.type} "{entity.name}" ({source.how})'))
    words = local.words  # "officials who said": the words of "officials"
    if words is None:
        return Decision("unknown", tuple(via), (*reasons, "unknown: no source found"))
    if source.how == "coordination":
        return Decision("named", tuple(via), (*reasons, f'named: several named sources "{source.name}"'))
    np = doc[words[0] : words[1]]
    if np.root.pos_ == "PRON" and source.entity is None and source.how == "pronoun+subject":
        last = source.name.split()[-1].lower()  # "A security guard sat by the gate. / '...,' he said": the one
        verdict = classify_words(source.name, last, False, lexicon, last)  # the sentence before introduced
        if verdict is not None:
            return Decision(verdict[0], tuple(via), (*reasons, f'pronoun stands for "{source.name}"', verdict[1]))
    head = _member(np.root)
    possessor = next((c for c in head.children if c.dep_ == "poss"), None)  # "Feld's agent", "His agent"
    possessed = possessor is not None and possessor.ent_type_ != "GPE" and not any(  # "Ohio's governor": an office,
        t.pos_ == "PROPN" and not possessor.left_edge.i <= t.i <= possessor.right_edge.i for t in np)  # as "the Ohio governor"
    plural, lemma = head.tag_ in ("NNS", "NNPS"), head.lemma_.lower() or None
    role = plural_of_role(head, lexicon.role_nouns) if head.tag_ == "NNP" or head.pos_ == "VERB" else None
    if role is not None:
        plural, lemma = True, role  # "Aides said", "Neighbours on ...": a plural the tagger took for a name (or a verb:
        # "midwives on the final night shift said")
    if head.lower_ in _COLLECTIVE_ROLES:
        plural, lemma = True, head.lower_  # "Staff at the hospital said": many people, though singular in form
    verdict = classify_words(np.text, head.lower_, plural, lexicon, lemma, possessed)
    if (verdict is not None and verdict[0] == "anonymous" and not possessed and not after_anonymous
            and _definite_without_antecedent(np, head)):
        return Decision("unknown", tuple(via), (*reasons, f'unknown: "{np.text}" points back to no unnamed source'))
    if verdict is not None:
        return Decision(verdict[0], tuple(via), (*reasons, verdict[1]))
    if group_members(np):
        return Decision("anonymous", tuple(via), (*reasons, f'anonymous: members of a group "{head.text}" with no name'))
    determined = any(c.dep_ in ("det", "neg") for c in head.children)  # "no one", "the one": no one unnamed
    capitalised_by_place = head.pos_ == "PROPN" and opens_sentence(head) and not head.ent_type_  # "Several complained"
    if (head == np.root and head.lower_ in _ELLIPTICAL and (head.pos_ != "PROPN" or capitalised_by_place)
            and not determined):  # "Others", a NOUN too
        return Decision("anonymous", tuple(via), (*reasons, f'anonymous: "{head.text}" stands for unnamed people'))
    if head == np.root and head.lower_ in ("other", "others") and determined and after_anonymous:
        # "Two employees ... said ... one of them said ... the other asked": one more of them
        return Decision("anonymous", tuple(via), (*reasons, f'anonymous: "{np.text}" stands for one of the unnamed people before'))
    collective = head.lemma_.lower() == head.lower_  # "police": one institution, though tagged plural
    aside = " ".join(t.lower_ for c in head.subtree if c.i > head.i and c.dep_ in ("relcl", "acl") for t in c.subtree)
    # (also a clause the parser hung on a noun after the head: "A freight forwarder in Port-Lagrange, who spoke ...")
    if (head.lower_ in lexicon.institution_heads or head.pos_ == "NOUN") and any(
            words in aside for words in lexicon.anonymity_markers | lexicon.anonymity_reasons):
        # "A senior financial regulator, who spoke on condition of anonymity ...", "Adjusters working in the area,
        # who asked not to be named ...": people, unnamed
        return Decision("anonymous", tuple(via), (*reasons, f'anonymous: "{np.text}" spoke without a name'))
    if head.lower_ in lexicon.institution_heads and (head.tag_ not in ("NNS", "NNPS") or collective):
        return Decision("named", tuple(via), (*reasons, f'named: institution "{np.text}" speaks for itself'))
    if _unnamed_institutions(np, head, lexicon):
        return Decision("anonymous", tuple(via), (*reasons, f'anonymous: unnamed institutions "{np.text}"'))
    if head.pos_ == "PRON":
        return Decision("unknown", tuple(via), (*reasons, f'unknown: pronoun "{head.text}" not resolved'))
    # a proper name, a handle or an address ("@nycsouthpaw", "example.com"), not "Mayor" alone
    # nor a word in lower-case letters that the tagger took for a name ("an alderman")
    proper = head.pos_ == "PROPN" and not (head.is_lower and head.is_alpha) and (
        is_name_token(head, lexicon) or not head.text[:1].isupper())  # not "Dockworkers", capitalised by its place
    if proper and head.i == np.start + 1 and np[0].lower_ == "the" and lexicon.is_title(head.text):
        proper = False  # "the CEO": an office's holder, as "the mayor", not a name
    if proper and np[0].lower_ == "the" and head.ent_type_ == "NORP" and head.tag_ in ("NN", "NNP"):
        proper = False  # "The Ohio Republican": one member of a party, not a name
    acronyms = head.tag_ == "NNP" and head.text.endswith("s") and head.text[:-1].isupper()  # "MPs", tagged singular
    plural = (head.tag_ in ("NNS", "NNPS") or acronyms) and (
        lexicon.is_title(head.text[:-1]) or lexicon.is_title(head.lemma_))  # "MPs", "deputies"
    # "one MP", "an MP", "several MPs"; a title in the plural needs no such word ("MPs said")
    counted = head.i > np.start and (np[0].lower_ in _INDEFINITE or np[0].lower_ in _COUNT_WORDS or np[0].like_num)
    if ((lexicon.is_title(head.text) or plural) and (counted or (plural and np[0].lower_ != "the"))
            and (not any(t.pos_ == "PROPN" for t in np if t != head) or member_of_named_body(np, head, lexicon))):
        return Decision("anonymous", tuple(via), (*reasons, f'anonymous: "{np.text}", a holder of the title no one names'))
    if (proper or misread_name(head)) and not lone_title(np, lexicon):
        return Decision("named", tuple(via), (*reasons, f'named: proper name "{np.text}"'))
    return Decision("unknown", tuple(via), (*reasons, f'unknown: "{np.text}" names no identifiable source'))


#: Role nouns that name many people in the singular form ("Staff said", "Hospital personnel said").
_COLLECTIVE_ROLES = frozenset({"staff", "personnel"})


def _definite_without_antecedent(np: Span, head: Token) -> bool:
    """``the candidate``, ``the former aide to the governor``: one person the article knows (a
    definite singular description), or people it counted before (``Both men``, ``the two
    lawmakers``, ``all three candidates``, ``the other players``), whom resolution could not
    name, unless the article introduced someone unnamed by the same noun before (``a senior
    official ... the official said``, ``two sources ... the source``): it stands for someone
    the reader can identify, not an anonymous source."""
    singular_the = np[0].lower_ == "the" and head.tag_ not in ("NNS", "NNPS")
    if np[0].head != head or not (singular_the or _points_back(np, head)):
        return False
    lemma = head.lemma_.lower()
    for token in np.doc[: np.start]:
        if token.pos_ != "NOUN" or token.lemma_.lower() != lemma:
            continue
        if token.dep_ in ("appos", "attr") or token.head.pos_ == "PROPN":
            continue  # "Ada Lind, a nurse, ... the nurse said": a named person's description
        words = {c.lower_ for c in token.children if c.dep_ in ("det", "nummod", "amod", "quantmod")}
        if words & _INDEFINITE or words & _COUNT_WORDS or any(c.like_num for c in token.children) or (
                token.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in token.children)):
            return False
    return True


def _points_back(np: Span, head: Token) -> bool:
    """Words that pick people out of those the article counted before: ``both``, ``the two``,
    ``all three``, ``the other``."""
    first, second = np[0].lower_, np[1] if len(np) > 1 else None
    counted = second is not None and second.head == head and (second.like_num or second.lower_ == "other")
    return first == "both" or (first in ("the", "all") and counted)


def _unnamed_institutions(np: Span, head: Token, lexicon: Lexicon) -> bool:
    """Institutions, organisations or companies in the plural that the words do not name nor
    point back to: ``Aid agencies warned``, ``Rights groups said``, ``Several hospitals said``,
    ``Mortgage lenders said``; not ``The companies`` (named before), ``Acme and Globex
    companies`` nor ``hospitals such as St. Mary's``."""
    return (
        head.tag_ in ("NNS", "NNPS")
        and head.lemma_.lower() in lexicon.institution_heads | lexicon.company_nouns | lexicon.organisation_nouns
        and not any(c.dep_ in ("det", "poss") and c.lower_ not in _COUNT_WORDS for c in head.children)
        and not any(t.pos_ == "PROPN" for t in (*np, *head.subtree))
    )


def _member(head: Token) -> Token:
    """The noun a count or quantifier picks its sources from (``Several of his colleagues``,
    ``one of the aides``, ``Hundreds of parents``, ``A handful of shoppers``: "colleagues",
    "aides", "parents", "shoppers"), else the head itself (``The number of people``: a count)."""
    if head.lower_ == "number" and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return head  # "The number of people ...": a count, not some of them
    if head.lower_ in (*_COUNT_WORDS, *_QUANTITY_NOUNS, "one", "most", "all", "both", "none") or head.pos_ == "NUM":
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        member = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if member is not None and member.pos_ == "NOUN":
            return member
    return head


def _news_owner(recipient: Span, lexicon: Lexicon) -> Span | None:
    """The possessor of a recipient that is "the" and a news head (``told the broadcaster's
    Sunday programme``: "the broadcaster"), else ``None``."""
    owner = next((c for c in recipient.root.children if c.dep_ == "poss"), None)
    if owner is None or owner.i - owner.left_edge.i != 1 or owner.doc[owner.left_edge.i].lower_ != "the":
        return None
    heads = lexicon.agency_heads | lexicon.addressed_news_heads  # "told the station's breakfast programme"
    return owner.doc[owner.left_edge.i : owner.i + 1] if owner.lemma_.lower() in heads else None


def _naming(mention: Span, root: Token) -> str | None:
    """How a mention inside a recipient's phrase names it: ``"name"``, its own words or its
    owner's ("ITV television station", "Breitbart News Daily host Alex Marlow", "CNN's Wolf
    Blitzer"), ``"affiliation"`` after "of", "from" or "at" ("Bill O'Reilly of Fox News"),
    else ``None`` (a place: "the press in Miami")."""
    for token in mention:
        how, current = "name", token
        while current != root and current.head != current:
            if current.dep_ == "pobj" and current.head.dep_ == "prep" and current.head.lower_ in ("of", "from", "at"):
                how, current = "affiliation", current.head.head
            elif current.dep_ in _NAMING_DEPS:
                current = current.head
            else:
                break
        if current == root:
            return how
    return None


def _within(name: Span | None, start: int, end: int) -> str | None:
    """``"name"`` when the mention from ``start`` to ``end`` lies inside ``name``, else ``None``."""
    return "name" if name is not None and name.start <= start and end <= name.end else None


def _strip_det(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def _is_organisation(relay: Resolved, entities: Sequence[EntityInfo], lexicon: Lexicon) -> bool:
    if relay.entity is not None:
        return entities[relay.entity].type != "person"
    words = relay.name.split()
    return lexicon.is_news_phrase(words) or (bool(words) and words[-1].lower() in lexicon.institution_heads)  # "Japan's ministry"


def _news_words(
    text: str, head: str, entities: Sequence[EntityInfo], lexicon: Lexicon, start: int, root: int | None = None
) -> bool:
    """Whether a noun phrase names a news organisation (by its words or its entity: one named
    at its start or, at token ``root``, as its head, ``the French-language weekly Le Vestiaire``)."""
    words = text.split()
    up_to_head = words[: [w.lower() for w in words].index(head) + 1] if head in text.lower().split() else words
    if lexicon.is_news_phrase(up_to_head):
        return True
    return any(e.type == "agency" and any(s <= start < t or start <= s < start + 4 or (root is not None and s <= root < t)
                                          for s, t in e.mentions) for e in entities)
