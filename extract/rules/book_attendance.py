"""Who sat at each meeting of a minute book, and in which office.

The names :mod:`extract.rules.minute_books` reads on signature lines and in a meeting's
opening ("Tilstede var: ...", "med Undtagelse af ...", "Fraværende: Ingen") become attendance
rows; the book as a whole then puts them right: spellings one member is written under are
joined, the members a statement leaves out ("Alle Medlemmer vare mødte", an unsigned meeting's
note of who was away) are filled in from the nearest signed meeting, and the offices the book
elects are given to their holders.
"""

from __future__ import annotations

import re
from collections import Counter

from .book_records import BookMeeting, Signatory
from .places import without_trailing_place
from .sentences import ABBREVIATIONS
from .signatures import NAME_ABBREVIATIONS, member_keys, names_in_phrase, person_key, same_member

# Saying a member was away: "fraværende", "forhindret", "ikke mødt", "udeblevet", "syg",
# "bortrejst".
_AWAY = (r"(?:fraværende|forhindret|ikke\s+mødt|ikke\s+til\s*stede|udeblevet|udeblevne|syg|"
         r"bortrejst)")
_ABSENT_PHRASE = re.compile(
    r"(?:med\s+(?:U[nd]*tagelse|Untagelse)(?:\s+af)?|m\.\s*U\.\s*a\.|undtagen|undt\.|"
    r"fraværende\s+var:?"
    r"|p(?:aa|å)\s+nær(?:\s+som)?|s(?:aa|å)\s+nær\s+som"  # "paa nær X", "saa nær som X"
    r"|(?:^|(?<=\.))[ \t]*(?:(?:fraværende|udeblev(?:et|ne)?)(?:\s+med\s+(?:anmeldt\s+)?forfald)?"
    r"(?:\s+var|\s+fra)?:?"
    # a list may run on
    r"|afbud\s+fra|afbud\s*:|forfald\s*:))\s*(?P<names>[^\n]*(?:\n(?!\s*\n)[^\n]*){0,2})",
    re.IGNORECASE | re.MULTILINE)
# "Fraværende: Ingen", "Fraværende var H. Harmsen", "Afbud fra ...": opening a meeting, a record
# of who was away, so the other members were there.
_ABSENCE_RECORD = re.compile(r"(?:^|(?<=\.))[ \t]*"
                             r"(?:fraværende|udeblev(?:et|ne)?|afbud\s+fra|afbud\s*:|forfald\s*:)"
                             r"|\b(?:var|vare)\s+" + _AWAY + r"\b|\bmødte\s+ikke\b"
                             r"|\bkun(?:d|n)e\s+ikke\s+n(?:aa|å)s\b"  # "kunde ikke naas"
                             r"|\b(?:var|vare)\s+ikke\s+(?:mødt|til\s*stede)\b"
                             r"|\b(?:meldt\s+(?:afbud|forfald)|havde\s+forfald)\b"
                             r"|[^\n.]\s+fraværende\b",  # "var Ole Bak fraværende"
                             re.IGNORECASE | re.MULTILINE)
# "Peder Mark var fraværende", "J. Holt havde meldt Afbud", "Ole Bak var forhindret": the names
# before the phrase.
_ABSENT_BEFORE = re.compile(r"^(?P<names>[^\n]{3,160}?)\s+(?:(?:var|vare|havde\s+meldt|havde)\s+"
                            r"(?:" + _AWAY + r"|afbud|forfald)|mødte\s+ikke"
                            r"|kunde\s+ikke\s+n(?:aa|å)s|kunne\s+ikke\s+n(?:aa|å)s"
                            r"|(?:var|vare)\s+ikke\s+(?:mødt|til\s*stede))\b",
                            re.IGNORECASE | re.MULTILINE)
# "Af Sogneraadets Medlemmer var Ole Bak fraværende", "havde H. Mølgaard meldt Forfald": the
# names between.
_ABSENT_INSIDE = re.compile(r"\b(?:(?:var|vare)\s+(?P<names>(?-i:[A-ZÆØÅ])[^\n]{2,60}?)\s+"
                            r"fraværende|havde\s+(?P<names2>(?-i:[A-ZÆØÅ])[^\n]{2,60}?)\s+meldt"
                            r"\s+(?:forfald|afbud))\b", re.IGNORECASE)
# "Tilstede var: ...", "Tilstede: ...", "Mødt var: ...", "Mødte: ...", at a line's start or after a
# sentence ("... afholdt Møde. Tilstede var ...")
_PRESENT_PHRASE = re.compile(r"(?:^\W*|(?<=\.)[ \t]+)(?:til\s?stede|mødte?)\s*"
                             r"(?:(?:var|vare)\s*:?|:)\s*(?P<names>[^\n]*(?:\n(?!\s*\n)[^\n]*)?)",
                             re.IGNORECASE | re.MULTILINE)
def _sentence_ends(text: str) -> list[int]:
    """Where sentences end inside a line: after a period that follows a word, not an initial
    or a shortened name ("J. Holt", "P. Chr. Hansen", "Rasm. Kold")."""
    return [m.end() for m in re.finditer(r"(\w+)\.\s+(?=[A-ZÆØÅ])", text)
            if len(m.group(1)) >= 3 and m.group(1).lower() not in ABBREVIATIONS
            and m.group(1) not in NAME_ABBREVIATIONS]


# "Tilstede var A og B, medens C var fraværende": the present before, the absent after.
_CONTRAST = re.compile(r",?\s*\b(?:medens|mens|hvorimod)\s+", re.IGNORECASE)
_ELECTION = re.compile(
    r"(?:som|til)\s+(?P<office>formand|fmd\.|næstformand|kasserer|kaserer)\b[^\n.]{0,40}?"
    r"\b(?:gen)?valgtes\s+(?:(?:gdr|grd|hmd|købmd|lærer|gaardejer|gårdejer|husmand|smed)\.?\s+)?"
    r"(?P<name>(?-i:(?:[A-ZÆØÅ][\w.]*[ \t]?){1,4}))",
    re.IGNORECASE)
_ELECTION_HEADING = re.compile(  # "Valg af Formand.\n\nValdButtenschøn" (not "... for Vejudvalget")
    r"valg\s+af\s+(?P<office>formand|næstformand|kasserer)\.?[ \t]*\n\s*"
    r"(?:(?:købmd|gdr|grd|hmd|lærer|gaardejer|gårdejer|husmand|smed|pastor)\.?\s+)?"
    r"(?P<name>(?-i:[A-ZÆØÅ])[^\n]*)", re.IGNORECASE)
# "... valgtes R N Rasmussen til Næstfmd Ejner Sørensen til Kasserer Anders Overgaard"
_ELECTION_LIST = re.compile(
    r"(?<=[\s,.])(?:til|som)\s+(?P<office>formand|fmd\.?|næstformand|næstfmd\.?|kasserer|kaserer)"
    r"\s+(?P<name>(?-i:(?:[A-ZÆØÅ][\w.]*[ \t]?){2,4}))", re.IGNORECASE)
_OFFICES = {"formand": "formand", "fmd.": "formand", "næstformand": "næstformand",
            "kasserer": "kasserer", "kaserer": "kasserer", "næstfmd": "næstformand",
            "næstfmd.": "næstformand", "fmd": "formand"}


def listed_names(text: str, start: int, end: int, first_names: set[str] | frozenset[str]
                 ) -> list[tuple[int, int, str]]:
    """Names a meeting lists as present ("Tilstede var: ...") anywhere in ``text[start:end]``,
    and as absent where it opens: (start, end, status) char ranges into ``text``."""
    body = text[start:end]
    listed: list[tuple[int, int, str]] = []
    for m in _PRESENT_PHRASE.finditer(body):
        # the list ends at its sentence ("... og S. Bjerre. Rasm. Kold var ikke mødt.")
        names = _ABSENT_PHRASE.split(m.group("names"))[0]
        names = _CONTRAST.split(names)[0]
        names = names[:next(iter(_sentence_ends(names)), len(names))]
        listed += [(s, e, "present") for s, e in
                   names_in_phrase(names, start + m.start("names"), first_names)]
    for pattern in (_ABSENT_PHRASE, _ABSENT_BEFORE, _ABSENT_INSIDE):
        for m in pattern.finditer(body[:600]):  # said where the meeting opens
            group = "names" if m.group("names") is not None else "names2"
            names, at = m.group(group), start + m.start(group)
            if pattern is _ABSENT_BEFORE:  # the sentence or clause before it is not his
                cut = [*_sentence_ends(names), *(e.end() for e in _CONTRAST.finditer(names))]
                cut.sort()
                names, at = (names[cut[-1]:], at + cut[-1]) if cut else (names, at)
            else:  # nor the sentence after it ("Afbud fra X. Næstformanden ledede Mødet.")
                names = names[:next(iter(_sentence_ends(names)), len(names))]
            listed += [(s, e, "absent") for s, e in names_in_phrase(names, at, first_names)]
    return listed


def fit_to_book_spellings(text: str, meetings: list[BookMeeting]) -> None:
    """Names read with a word too many ("Marius Hjortshøj Pannerup": his village; "JP Rasmussen
    Tk") or two names read as one ("K Nielsen Ingem Pedersen") are put right by the spellings
    the book uses at its other meetings: a name no other meeting has, whose words without the
    last, or whose two halves, other meetings do have."""
    held: dict[str, set[int]] = {}
    for k, meeting in enumerate(meetings):
        for row in meeting.attendance:
            held.setdefault(person_key(row.person), set()).add(k)

    def elsewhere(words: list[str], k: int) -> bool:
        return bool(held.get(person_key(" ".join(words)), set()) - {k})

    for k, meeting in enumerate(meetings):
        rows: list[Signatory] = []
        for row in meeting.attendance:
            written = text[row.start_char:row.end_char]
            spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", written)]
            words = [written[a:b] for a, b in spans]
            parts = [row]
            if len(words) >= 3 and words == row.person.split() and not elsewhere(words, k):
                cut = next((j for j in range(2, len(words) - 1)
                            if elsewhere(words[:j], k) and elsewhere(words[j:], k)), None)
                ends = [(0, cut), (cut, len(words))] if cut else \
                    [(0, len(words) - 1)] if elsewhere(words[:-1], k) else []
                if ends:
                    parts = [Signatory(" ".join(words[a:b]), row.start_char + spans[a][0],
                                       row.start_char + spans[b - 1][1], row.status, row.role)
                             for a, b in ends]
            # a name put right may now repeat one the meeting has ("JP Rasmussen Tk")
            rows += [row] if parts == [row] else [
                p for p in parts if all(person_key(p.person) != person_key(r.person)
                                        for r in rows)]
        meeting.attendance = rows


_NOBODY = re.compile(r"\W*(?:var\W*)?ingen\b", re.IGNORECASE)  # "Fraværende: Ingen"
# "Alle Medlemmer vare mødte", "alle Med-/lemmer var forsamlet", "Alle til Stede", "Til Stede
# var alle": everyone who sat then was there.
_ALL_PRESENT = re.compile(r"\b(?:alle|samtlige)\s+(?:sogneraadets\s+|mand\s+)?"
                          r"(?:(?:sogneraads)?med-?\s*lemmer\s+)?"
                          r"(?:(?:vare?|er)\s+)?(?:mødte?|til\s*stede|tilstede|forsamlet|forsamlede)\b"
                          # "Alle / Samtlige Medlemmer undtagen Ole Bak var mødt"
                          r"|\b(?:alle|samtlige)\s+(?:sogneraadets\s+)?med-?\s*lemmer\b[^.\n]{1,40}?"
                          r"\b(?:vare?|er)\s+"
                          r"(?:mødte?|til\s*stede|tilstede|forsamlet|forsamlede)\b"
                          # "Til Stede var alle", "Tilstede: Samtlige", "Mødt var samtlige"
                          r"|\b(?:til\s*stede|mødte?)\s*(?:vare?)?\s*:?\s*(?:alle|samtlige|hele\s+sogne)"
                          r"|\bfuldtallig[te]?\b"  # "Sogneraadet var fuldtalligt samlet"
                          r"|\bhele\s+sogneraadet\s+(?:var\s+)?(?:til\s*stede|tilstede|mødt|samlet)",
                          re.IGNORECASE)


def all_members_present(text: str, meetings: list[BookMeeting]) -> None:
    """At a meeting whose opening says all members were there, or, unsigned, names who was away
    ("Fraværende var H. Harmsen", "Fraværende: Ingen"), the members its signatures and lists
    leave out are present: those who sat (signed, or were named absent) at the nearest signed
    meeting, counted in meetings (at both, where the two around it are as near), each row
    pointing at that sentence (a member named absent there stays absent). An absence note that
    names nobody the book can read ("Fraværende var Medlemmerne fra Skejby") tells nothing."""
    # One key per member across the book's spellings ("Alex Pedersen" once, "Alex Petersen"
    # eight times), and the spelling a filled-in row takes: the one the book uses most.
    spellings = Counter(r.person for m in meetings for r in m.attendance)
    key_of = member_keys(list(spellings), spellings)
    usual = {}
    for name, _count in spellings.most_common():
        usual.setdefault(key_of[name], name)
    # Who sat at each meeting the book gives attendance for: the present and the named absent.
    known = [{key_of[r.person]: usual[key_of[r.person]] for r in m.attendance} for m in meetings]
    signed = [any(r.status == "present" for r in m.attendance) for m in meetings]
    for k, meeting in enumerate(meetings):
        opening = (meeting.start_char, min(meeting.end_char, meeting.start_char + 600))
        said = _ALL_PRESENT.search(text, *opening)
        if said is None and not signed[k]:  # signatures, where there are, tell who was there
            said = _ABSENCE_RECORD.search(text, *opening)
            if said is not None and not _NOBODY.match(text, said.end()) and not any(
                    r.status == "absent" for r in meeting.attendance):
                continue  # "Fraværende var Medlemmerne fra Skejby": who, the book does not say
        if said is None:
            continue
        seen = {key_of[r.person] for r in meeting.attendance}
        named = [r.person for r in meeting.attendance]
        before = next((j for j in range(k - 1, -1, -1) if signed[j] and known[j]), None)
        after = next((j for j in range(k + 1, len(meetings)) if signed[j] and known[j]), None)
        if before is not None and after is not None and k - before != after - k:
            # the nearer one: a council elected between them sits at the later meetings
            around = [known[before] if k - before < after - k else known[after]]
        else:
            around = [known[j] for j in (before, after) if j is not None]
        if not around:
            continue
        # Where both are as near, the members of both: one who left or came between is not
        # counted.
        sitting = {key: name for key, name in around[0].items()
                   if all(key in other for other in around[1:])}
        for key, name in sitting.items():
            if key not in seen and not any(same_member(name, other) for other in named):
                meeting.attendance.append(Signatory(name, said.start(), said.end()))


def signatory(text: str, start: int, end: int, places: set[str], status: str = "present"
               ) -> Signatory:
    """A name as written, whitespace collapsed, without a trailing place ("Jens Jensen Trige");
    one written in capitals in title case ("HANS RAVN": Hans Ravn)."""
    words = text[start:end].split()
    if all(w.isupper() and len(w.rstrip(".")) > 1 for w in words):
        words = [w.title() for w in words]
    kept = without_trailing_place(words, places)
    if len(kept) < len(words):
        end = text.rfind(words[-1], start, end)
        while end > start and text[end - 1].isspace():
            end -= 1
    return Signatory(" ".join(kept), start, end, status=status)


def assign_offices(text: str, meetings: list[BookMeeting]) -> None:
    """Roles from elections ("Som Formand genvalgtes Niels Sørensen") onto attendance rows.

    An office holds from the meeting that elected its holder on; before the first election in
    the book, a re-election ("genvalgtes") says the holder held it already.
    """
    events: list[tuple[int, str, str, bool]] = []  # (meeting index, office, person key, re-elected)
    for k, meeting in enumerate(meetings):
        found = list(_ELECTION.finditer(text, meeting.start_char, meeting.end_char)) + list(
            _ELECTION_HEADING.finditer(text, meeting.start_char, meeting.end_char)) + [
            m for m in _ELECTION_LIST.finditer(text, meeting.start_char, meeting.end_char)
            if re.search(r"valg", text[max(meeting.start_char, m.start() - 80):m.start()],
                         re.IGNORECASE)]
        found.sort(key=lambda m: m.start())
        # one election read by two patterns counts once: the first that reads it
        found = [m for i, m in enumerate(found)
                 if not any(o.start() < m.end() and m.start() < o.end() for o in found[:i])]
        for m in found:
            office = _OFFICES[m.group("office").lower()]
            words = m.group("name").split()
            # The name ends with its sentence: "Hans Ravn. Til Kasserer ..."
            end = next((k + 1 for k, w in enumerate(words)
                        if w.endswith(".") and len(w.rstrip(".")) > 2
                        and w.rstrip(".") not in NAME_ABBREVIATIONS), len(words))
            key = person_key(" ".join(words[:end]).strip(" ."))
            events.append((k, office, key, "genvalg" in m.group(0).lower()))
    for office in {e[1] for e in events}:
        timeline = [e for e in events if e[1] == office]
        for k, meeting in enumerate(meetings):
            past = [e for e in timeline if e[0] <= k]
            holder = past[-1][2] if past else (timeline[0][2] if timeline[0][3] else "")
            for row in meeting.attendance:
                if holder and person_key(row.person) == holder and not row.role:
                    row.role = office
