"""Who stood where on an agenda item: vote lists, vote counts and position sentences.

- Vote lists: "For stemte: A, V, C, O, D, B og I (22)", "Imod ændringsforslaget stemte: Ø",
  "Undlod at stemme: F (1)", "Imod stemte Birthe Kallehave Østergaard (O)." — one row per
  party or person listed; "samt" joins a person to the parties, "bortset fra X" leaves X out,
  and a party marker after a person ("Jonas Bech Frandsen (F)") stays with the person.
- Counts naming groups: "forkastet med 8 stemmer (A, Ø) mod 23".
- Position sentences: "X kunne ikke tiltræde", "Y tog forbehold", "Z deltog ikke i
  behandlingen af punktet", "Et flertal bestående af A, V og C anbefaler ...", "Et mindretal
  (Ø) kan ikke anbefale ...".
A count without names ("vedtaget med 19 stemmer mod 8") gives no row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .sentences import sentence_spans
from .text_positions import EntityIndex

POSITION_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE)) for name, pattern in (
        ("against", r"\b(?:kunne|kan|kunde)\s+ikke\s+(?:tiltræde|anbefale|støtte|godkende)\w*"
                    r"|\bstem(?:te|mer)\s+(?:imod|i\s+mod|nej)\b|\bvar\s+imod\b"
                    r"|\bvoterede\s+imod\b|\bønskede\s+(?:ikke\s+at\s+være\s+)?medansvarlig"),
        ("reservation", r"\btog\s+(?:\w+\s+)?forbehold\b|\btager\s+(?:\w+\s+)?forbehold\b"),
        ("abstain", r"\bundl(?:od|ader)\s+at\s+(?:stemme|tage\s+stilling)\b|\bstemte\s+blankt\b"
                    # "X (V) undlod, og Y (M) stemte imod": the bare verb before a clause break
                    r"|\bundl(?:od|ader)(?=\s*(?:[,.;]|$))"
                    r"|\bafstod\s+fra\s+at\s+stemme\b|\bstemte\s+hverken\b"),
        ("absent", r"\bvar\s+forhindret\b|\bdeltog\s+ikke\b|\bvar\s+fraværende\b"
                   r"|\bvar\s+ikke\s+til\s*stede\b|\bforlod\s+mødet\b|\berklærede\s+sig\s+inhabil\b"
                   r"|\bvar\s+inhabil\b|\bhavde\s+forfald\b|\b(?:havde|har)\s+meldt\s+afbud\b"),
        ("for", r"\b(?:kunne|kan|kunde)\s+(?:tiltræde|anbefale|støtte)\b|\bstemte\s+for\b"
                # "X (Ø) stemmer for", not a count's "19 stemmer for"
                r"|(?<!\d\s)\bstemmer\s+for\b"
                r"|\btiltrådte\b|\banbefaler\b|\bstøtter\b|\bgodkend(?:te|er)\b"
                r"|\bvedt(?:og|ager)\b|\btiltræder\b"),
    ))
# "Forslaget blev forkastet med 8 stemmer (A, Ø) mod 23": the first group voted for the
# proposal, the group after "mod" (when named) against it.
_VOTE_COUNT = re.compile(r"\b(?P<yes>\d+)\s+stemmer\s*(?:\((?P<yes_parties>[^)]*)\))?\s*(?:for\s+)?"
                         r"(?:mod|imod)\s+(?P<no>\d+)(?:\s+stemmer)?\s*(?:\((?P<no_parties>[^)]*)\))?",
                         re.IGNORECASE)
# "Godkendt med 17 stemmer for (A, B, F og Ø) og 14 imod (V, O og C)", "idet 4 stemte for (F og
# Ø), og 21 stemte imod (A, V, C, O, D og I)": each count with its side.
_VOTE_COUNT_SIDES = re.compile(r"\b\d+\s+(?:st(?:emmer|emte)\s+)?for\s*"
                               r"\((?P<yes_parties>[^)]*)\)\s*(?:,\s*(?:og\s+)?|og\s+|mod\s+)"
                               r"\d+\s+(?:stem(?:mer|te)\s+)?(?:imod\s*)?\((?P<no_parties>[^)]*)\)"
                               r"(?:\s*(?:,\s*|og\s+)\d+\s+undl(?:od|ader)(?:\s+at\s+stemme)?\s*"
                               r"\((?P<abstain_parties>[^)]*)\))?",
                               re.IGNORECASE)
# "For stemte: ...", "Imod ændringsforslaget stemte: ...", "Imod stemte X (O)."
_VOTE_LINE = re.compile(r"^\W*(?:(?P<side>for|imod|mod)(?:\s+(?:ændringsforslaget|forslaget"
                        r"|indstillingen|ændringen|beslutningsforslaget))?\s+(?:stemte|stemmer)"
                        r"|(?:stemte|stemmer)\s+(?P<side2>for|imod|i\s+mod)\s*(?=:))"
                        r"\s*:?\s*(?P<who>\S.*)$", re.IGNORECASE)
# A remark after the list of voters: "Imod stemte (Ø) med bemærkning om, at ...".
_LIST_REMARK = re.compile(r"\s+(?:med\s+(?:den\s+)?(?:bemærkning|begrundelse|tilføjelse)|idet|da"
                          r"|fordi)\b.*$", re.IGNORECASE | re.DOTALL)
# "For: ...", "Imod: ...", "Undlod at stemme: ...", "Undlod: ..."
_VOTE_LABEL = re.compile(r"^\W*(?P<side>for|imod|mod|ja|nej|ja-stemmer|nej-stemmer"
                         # "Fraværende under punktet: X", "Inhabil: Y": absent at the item
                         r"|fraværende\s+(?:under|ved)\s+(?:punktet|behandlingen)|inhabile?"
                         r"|undl(?:od|ader)\s+at\s+stemme|undl(?:od|ader)"
                         r"|hverken\s+for\s+eller\s+imod|blank|blanke)"
                         # "For (17): A, B", "For 17 (A, B, F og Ø)"
                         r"(?:\s*\(\d+\))?(?:\s*:|\s+(?=\d+\s*\())\s*(?P<who>\S.*)$",
                         re.IGNORECASE)
_VOTE_SIDES = {"for": "for", "imod": "against", "mod": "against", "ja": "for", "nej": "against",
               "ja-stemmer": "for", "nej-stemmer": "against"}
_PARTY_GROUP = re.compile(r"\((?P<parties>[A-ZÆØÅ]{1,2}(?:\s*(?:,|og)\s*[A-ZÆØÅ]{1,2})*)\)")
_PARTY_LETTERS = re.compile(r"^[A-ZÆØÅ]{1,2}$")
_LIST_SPLIT = re.compile(r",\s*|\s+og\s+|\s+samt\s+")
_COUNT_TAIL = re.compile(r"\s*\(\d+(?:\s+stemmer)?\)\W*$|\s*=\s*\d+\W*$|[.;]\s*$")
# A count before the list: "For stemte 17: A, B", "For: 17 (A, B, F, Ø)".
_COUNT_LEAD = re.compile(r"^\s*\d+\s*(?:stemmer\s*)?(?::\s*|(?=\())")
# A party marker after a name: "(F)", "(UP)", "(UP-1)" (the first and second of a split list)
_PARTY_MARK = re.compile(r"\s*\([A-ZÆØÅ]{1,3}(?:-\d{1,2})?\)\s*$")
_SEATS = re.compile(r"\s*\(\d{1,2}\)\s*$")  # "A (9), B (1)": a party's votes
_BARE_PARTY = re.compile(r"^\(\s*(?P<party>[A-ZÆØÅ]{1,3})(?:-\d{1,2})?\s*\)$")
# A second vote list in the same sentence: "For stemte (V), (A) og (C) Imod stemte (Ø)."
_NEXT_VOTE_LIST = re.compile(r"(?<=\S)\s+(?=(?:For|Imod|Mod)\s+(?:\w+\s+)?stemte\b"
                             r"|Undlod\s+at\s+stemme\b|(?:For|Imod|Undl(?:od|ader))\s*:)|(?<=\.)\s+(?=\([A-ZÆØÅ]{1,3}\))"
                             # "... og Liselott Blixt (UP) (F) undlod at tage stilling"
                             r"|(?<=\))\s+(?=\([A-ZÆØÅ]{1,3}\)\s+[a-zæøå])")
# Quoted speech, to its closing mark or the end of the sentence.
_QUOTED = re.compile(r"[”“\"„»«][^”“\"„»«]*(?:[”“\"„»«]|$)")
# Where one clause of a sentence ends and another with its own subject and verb begins:
# "X og Y undlod, og Z stemte imod", "A stemte for; Ø stemte imod".
_CLAUSE_BREAK = re.compile(r",\s+(?:og|mens)\s+|;\s+")
# What joins a clause to the one before it without a clause break: ", " or " og ".
_CLAUSE_LEAD = re.compile(r"[,;\s]*(?:og\s+)?")
# Verbs that are a member's stand only for a group of members ("Et flertal (A, V) anbefaler")
_BODY_VERB = re.compile(r"anbefaler|støtter|godkend|vedt|tiltræder", re.IGNORECASE)
_GROUP_SUBJECT = re.compile(r"\bflertal|\bmindretal|\([A-ZÆØÅ]{1,2}\b|\bbestående\s+af\b",
                            re.IGNORECASE)
_GROUP_OF = re.compile(r"\b(?:bestående\s+af|fra)\s+(?P<who>.+)$", re.IGNORECASE)
# Subjects that are the body as a whole, not a person or party.
_GENERIC_ACTORS = re.compile(
    r"^(?:et|en|hele|alle|de|der|det|han|hun|vi|jeg|den|udvalget|byrådet|sogneraadet|sognerådet|rådet|"
    r"kommunalbestyrelsen|regionsrådet|bestyrelsen|medlemmerne|forslaget|sagen|flertallet|"
    r"mindretallet|ingen|man|andragendet|ansøgningen|indstillingen|planen|budgettet|regnskabet|"
    r"tilbuddet|klagen|kommunen|amtet|forvaltningen|administrationen|kredsrådet|"
    r"økonomiudvalget|magistraten)\b", re.IGNORECASE)


@dataclass
class Position:
    """Where one person or party stood on one agenda item, and at which meeting."""

    item_no: str
    actor: str
    position: str
    text: str  # the sentence that says so
    start_char: int
    end_char: int
    history: bool = False  # taken at an earlier meeting listed in the case history
    body: str = ""  # that earlier meeting's body and date (empty: this meeting's)
    date: str = ""


Actor = tuple[str, int, int]  # name as written, start, end


def list_actors(who: str, offset: int, index: EntityIndex | None) -> list[Actor]:
    """The parties and people of a vote list ("A, V, C og I (22)", "Ø samt Mette Holm (F)")."""
    lead = _COUNT_LEAD.match(who)
    if lead:
        offset, who = offset + lead.end(), who[lead.end():]
        group = re.match(r"\((?P<inside>[^()]*)\)", who)
        if group:  # "17 (A, B, F, Ø)"
            offset, who = offset + 1, group.group("inside")
    named = re.match(r"(?:partierne|partiet|partiets)\s+", who, re.IGNORECASE)
    if named:  # "Partierne A, B og F"
        offset, who = offset + named.end(), who[named.end():]
    who = re.split(r",?\s+bortset\s+fra\b", who, maxsplit=1)[0]
    # "... og C. Indstillingen er hermed godkendt": the list ends with its sentence (a party
    # letter after a comma or "og", not an initial: "John T. Olsen")
    end = re.search(r"(?:^|,\s*|\s+og\s+)[A-ZÆØÅ]{1,2}(?=\.\s+[A-ZÆØÅ][a-zæøå]{2,})", who)
    who = who[:end.end()] if end else who
    who = _LIST_REMARK.sub("", who)
    who = _COUNT_TAIL.sub("", who)
    out: list[Actor] = []
    pos = 0
    for piece in _LIST_SPLIT.split(who):
        at = who.find(piece, pos)
        pos = at + len(piece)
        start = offset + at + (len(piece) - len(piece.lstrip()))
        bare = _BARE_PARTY.match(piece.strip(" .;:"))
        if bare:  # "Imod stemte: (Ø) og (F)": parties by their letters alone
            at_party = start + piece.strip().find(bare.group("party"))
            out.append((bare.group("party"), at_party, at_party + len(bare.group("party"))))
            continue
        name = _PARTY_MARK.sub("", _SEATS.sub("", piece)).strip(" .;:")
        if not name:
            continue
        ents = ([e for e in index.within(start, start + len(name) + 1) if e.label_ == "PERSON"]
                if index is not None else [])
        if ents:
            out.append((ents[0].text, ents[0].start_char, ents[0].end_char))
        elif _PARTY_LETTERS.match(name) or (
                all(w[:1].isupper() or w in ("de", "von", "van", "af") for w in name.split())
                and len(name.split()) <= 5 and not _GENERIC_ACTORS.match(name)):
            out.append((name, start, start + len(name)))
    return out


def subject_actors(subject: str, offset: int, index: EntityIndex | None) -> list[Actor]:
    """Persons and parties named in the subject of a position sentence."""
    clause = list(re.finditer(r"\b(?:idet|da|mens|hvorefter)\s+", subject, re.IGNORECASE))
    if clause:  # "Godkendt, idet V, O og C stemte imod": the subordinate clause's subject
        offset, subject = offset + clause[-1].end(), subject[clause[-1].end():]
    if index is not None:
        people = [e for e in index.within(offset, offset + len(subject) + 1)
                  if e.label_ == "PERSON"]
        if people:  # "Anne Krogh (C) deltog ikke": the person, not the party marker;
            # "V, D og Liselott Blixt (UP) stemmer imod": the parties listed beside her too
            found = [(e.text, e.start_char, e.end_char) for e in people]
            for m in re.finditer(r"(?<![(\w])[A-ZÆØÅ]{1,2}(?![\w)(.])", subject):
                at = offset + m.start()
                if not any(a <= at < b for _, a, b in found):
                    found.append((m.group(), at, at + len(m.group())))
            return sorted(found, key=lambda actor: actor[1])
    group = _GROUP_OF.search(subject)
    if group:  # "Et flertal bestående af A, V, C, D og B"
        return list_actors(group.group("who"), offset + group.start("who"), index)
    out: list[Actor] = []
    for m in _PARTY_GROUP.finditer(subject):  # "Et mindretal (Ø)"
        for p in re.finditer(r"[A-ZÆØÅ]{1,2}", m.group("parties")):
            out.append((p.group(), offset + m.start("parties") + p.start(),
                        offset + m.start("parties") + p.end()))
    if out:
        return out
    stripped = subject.strip()
    if not stripped or _GENERIC_ACTORS.match(stripped):
        return []
    if index is not None:
        orgs = [e for e in index.within(offset, offset + len(subject) + 1) if e.label_ == "ORG"]
        if orgs:
            return [(e.text, e.start_char, e.end_char) for e in orgs]
    lead = len(subject) - len(subject.lstrip())
    return list_actors(stripped, offset + lead, index)


def is_vote_list(text: str) -> bool:
    """Whether a line of ``text`` is a vote list ("For stemte (V), (A)", "Imod: Ø"), or a vote
    label or list of parties alone on its line ("For" / "A, B og F": a web page's blocks)."""
    return any(_vote_line(line.strip()) or _lone_vote_label(line) or _party_list(line)
               for line in text.split("\n"))


def _vote_line(sentence: str) -> tuple[str, int] | None:
    """(position, where the list of voters starts) when the sentence is a vote list."""
    m = _VOTE_LINE.match(sentence) or _VOTE_LABEL.match(sentence)
    if m is None:
        return None
    side = (m.groupdict().get("side") or m.groupdict().get("side2") or "").lower()
    if side.startswith(("fraværende", "inhabil")):
        return "absent", m.start("who")
    return _VOTE_SIDES.get(re.sub(r"\s+", "", side), "abstain"), m.start("who")


_LONE_LABEL = re.compile(r"^\W*(?P<side>for|imod|undl(?:od|ader)(?:\s+at\s+stemme)?|for\s+stemte"
                         r"|imod\s+stemte|stemte\s+for|stemte\s+imod)\W*$", re.IGNORECASE)


def _lone_vote_label(sentence: str) -> str:
    """The side a vote label alone on its line names ("For", "Imod stemte:"), or ""."""
    m = _LONE_LABEL.match(sentence)
    if m is None:
        return ""
    side = re.sub(r"\s*stemte\s*", "", m.group("side").lower())
    return _VOTE_SIDES.get(side, "abstain")


_LISTED_NAME = re.compile(r"^[A-ZÆØÅ][\wæøåÆØÅ.-]*(?:\s+[A-ZÆØÅ][\wæøåÆØÅ.-]*){1,4}$")


def _party_list(sentence: str, *, names: bool = False) -> bool:
    """Whether a line is nothing but voters: party letters ("A, B, F og Ø (17)"), or with
    ``names`` also full names ("Anne Holm (V) og Bo Lund (C)": under a vote label alone on its
    line, not elsewhere, where a line of names may be a signature)."""
    who = _COUNT_TAIL.sub("", sentence.strip())
    pieces = [_PARTY_MARK.sub("", _SEATS.sub("", p)).strip(" .;")
              for p in _LIST_SPLIT.split(who) if p.strip(" .;")]
    return bool(pieces) and all(_PARTY_LETTERS.match(p) or names and _LISTED_NAME.match(p)
                                for p in pieces)


def find_positions(text: str, start: int, end: int, *, item_no: str,
                   index: EntityIndex | None = None) -> list[Position]:
    """Positions stated in ``text[start:end]`` (one row per actor)."""
    out: list[Position] = []
    listed_stands: set[tuple[str, str]] = set()
    label_side = ""  # a vote label alone on its line, its list on the next ("For" / "A, B og F")
    for s0, s1 in _vote_sentences(text, start, end):
        # Quoted words are a member's own ("SF stemmer imod, da ..."), not the minutes'
        # statement of a stand; blanked, not cut, so offsets hold.
        sentence = _QUOTED.sub(lambda m: " " * len(m.group()), text[s0:s1]).rstrip()
        if not sentence.strip():
            continue
        side_of_label, label_side = label_side, _lone_vote_label(sentence)
        if label_side:
            continue
        listed = _vote_line(sentence) or (
            (side_of_label, 0) if side_of_label and _party_list(sentence, names=True) else None)
        if listed:
            side, who_at = listed
            for actor, a, b in list_actors(sentence[who_at:], s0 + who_at, index):
                out.append(Position(item_no, actor, side, sentence, a, b))
                listed_stands.add((actor, side))
            continue
        vote = _VOTE_COUNT_SIDES.search(sentence) or _VOTE_COUNT.search(sentence)
        if vote and (vote.group("yes_parties") or vote.group("no_parties")):
            for group, side in (("yes_parties", "for"), ("no_parties", "against"),
                                ("abstain_parties", "abstain")):
                if vote.groupdict().get(group):
                    base = s0 + vote.start(group)
                    for actor, a, b in list_actors(vote.group(group), base, index):
                        out.append(Position(item_no, actor, side, sentence, a, b))
            continue
        for c0, c1 in _clauses(sentence):
            stated = stated_position(sentence[c0:c1])
            if stated is not None:
                name, at = stated
                for actor, a, b in subject_actors(sentence[c0:c0 + at], s0 + c0, index):
                    if (actor, name) not in listed_stands:  # "Imod stemte (F). (F) stemmer
                        # imod, da ...": the remark repeats the listed stand, no second vote
                        out.append(Position(item_no, actor, name, sentence, a, b))
    return out


def _clauses(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of the sentence's clauses that each state a stand of their own: "X (V)
    undlod, og Y (M) stemte imod" is two; "X kunne ikke tiltræde, og sagen blev udsat" is one,
    as a part states no stand (then the whole sentence is one clause)."""
    cuts = [0]
    for m in _CLAUSE_BREAK.finditer(sentence):
        cuts += [m.start(), m.end()]
    cuts.append(len(sentence))
    pieces = list(zip(cuts[::2], cuts[1::2], strict=True))
    if len(pieces) > 1 and all(stated_position(sentence[a:b]) for a, b in pieces):
        return pieces
    # "A stemmer for, V og D stemmer imod og C undlader": a clause ends after each stand's
    # verb, the next one's subject following a comma or "og".
    verbs = sorted((m.start(), m.end()) for _, p in POSITION_PATTERNS
                   for m in p.finditer(sentence))
    apart = all(b0 >= a1 for (_, a1), (b0, _) in zip(verbs, verbs[1:], strict=False))
    if len(verbs) > 1 and apart:
        pieces, at = [], 0
        for _, end in verbs:
            pieces.append((_CLAUSE_LEAD.match(sentence, at).end(), end))
            at = end
        # each piece has a subject of its own ("og stemte imod" after a stand has none)
        if all(stated_position(sentence[a:b]) and sentence[a:b].split()[0] not in
               ("stemmer", "stemte") for a, b in pieces):
            return pieces
    return [(0, len(sentence))]


def stated_position(sentence: str) -> tuple[str, int] | None:
    """(position, where its verb starts) when a sentence states a stand: "X kunne ikke
    tiltræde", "Et flertal (A, V) godkendte" (a verb of approval is a stand only for a group
    of members or parties: "Magistraten anbefaler ..." is a body's recommendation)."""
    for name, pattern in POSITION_PATTERNS:
        pm = pattern.search(sentence)
        if pm is None:
            continue
        if _BODY_VERB.match(pm.group()) and not _GROUP_SUBJECT.search(sentence[:pm.start()]):
            return None
        return name, pm.start()
    return None


def _vote_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences, with each line of a vote list on its own (a list may lack a full stop)."""
    out = []
    for s0, s1 in sentence_spans(text, start, end):
        pos = s0
        for line in text[s0:s1].split("\n"):
            if line.strip():
                cuts = [0, *(m.end() for m in _NEXT_VOTE_LIST.finditer(line)), len(line)]
                out += [(pos + a, pos + b) for a, b in zip(cuts, cuts[1:], strict=False)]
            pos += len(line) + 1
    return out
