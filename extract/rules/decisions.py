"""What was decided on each agenda item, and who stood where.

Plain functions over the text, the agenda items and the entities of a processed Doc;
``extract_decisions`` calls them and stores plain rows on the Doc, and the ``decisions`` and
``positions`` tables are registered here.

- An item's *decision* is the text under its "Beslutning" heading (the first paragraph, and
  the paragraphs after it that state an outcome or a position), or, where minutes have no such
  heading (old minute books), the last paragraph of the item that states an outcome. Its
  *outcome* is one of :data:`OUTCOMES`, read from the first sentence that states one.
- A *position* is a person or party for, against, with a reservation, abstaining or absent:
  "X kunne tiltræde", "Y tog forbehold", "Z kunne ikke tiltræde", "var forhindret i at deltage",
  "deltog ikke", "stemte imod", "Forslaget blev forkastet med 8 stemmer (A, Ø) mod 23".
- Positions in a case's history ("Sagsforløb": earlier meetings of other bodies) belong to the
  earlier meeting: their rows carry that meeting's body and date, ``history`` true and an
  empty ``meeting_id``, so they are never counted as positions taken at this meeting.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass
from typing import Any

from spacy.tokens import Doc

from .. import extensions  # noqa: F401
from .layout import ABSENT_HEADINGS, PRESENT_HEADINGS, clean, item_sections, lines_of
from .sentences import sentence_spans
from .stages import decision_stages, own_stage
from .text_positions import EntityIndex
from .tokens import text_of
from .votes import (
    POSITION_PATTERNS,
    Position,
    find_positions,
    is_vote_list,
    stated_position,
    subject_actors,
)

OUTCOMES = ("approved", "rejected", "referred", "noted", "postponed", "elected", "other")
POSITIONS = ("for", "against", "reservation", "abstain", "absent")

# Checked in this order within a sentence: a refusal or postponement overrides the verb it
# negates or defers ("kunne ikke bevilges", "besluttede at udsætte").
OUTCOME_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE)) for name, pattern in (
        ("rejected", r"\bforkast\w*|\bafvis\w*|\bafvist\b|\bafsl[åa]\w*|\bafslog\b|\bnægte\w*"
                     r"|\bikke\s+(?:kan\s+|kunne\s+|blev\s+)?(?:bevilge\w*|godkend\w*|anbefal\w*"
                     r"|imødekom\w*|vedtag\w*|eftergive\w*|nedsæt\w*|tiltræde\w*)"
                     r"|\b(?:kan|kunne|kunde)\s+ikke\s+(?!tiltræde)\w+|\bikke\s+taget\s+til\s+følge"),
        ("postponed", r"\buds[æa]t\w*|\butsat\w*|\budskudt\b|\bstilles\s+i\s+bero\b|\bhenstår\b"
                      r"|\bhenlagt\b|\budsættelse\b"),
        ("referred", r"\boversend\w*|\bhenvis\w*|\bhenvist\b|\bvideresend\w*|\boverlades\b"
                     r"|\bsendes\s+i\s+høring\b|\bfremsendes\b|\btilbagesend\w*"),
        ("noted", r"\btil\s*efterret\w*|\bingen\s+bemærkninger\b|\bblev\s+orienteret\b"
                  r"|\borienteringen\s+blev\s+taget\b|\btoges\s+til\s+efterretning\b"),
        ("elected", r"\b(?:gen|ny|ind)?valgt(?:es|e)?\b|\bkonstituere\w*"
                    r"|\b(?:gen)?udpeg(?:e[ds]|et|ede)\b|\budnævn(?:t|es|te)\b"),
        ("approved", r"\bgodkend\w*|\bvedtag(?!er\b)\w*|\bvedtog\w*|\bbevilg\w*|\banbefal\w*"
                     r"|\btiltr[åa]d\w*|\btiltræde\w*|\bimødekom\w*|\beftergive[st]\b"
                     r"|\bnedsættes\b|\bforhøjes\b|\bbesluttede\s+at\b"
                     r"|\bindstillingen\s+(?:blev\s+)?(?:fulgt|følges)\b|\bfulgte\s+indstillingen\b"
                     r"|\bfølger\s+indstillingen\b"),
    ))
_DECISION_HEADING = re.compile(r"^[ \t*#]*(?:beslutning(?:er)?|afgørelse|udvalgets\s+beslutning"
                               r"|byrådets\s+beslutning)[ \t*]*(?::[ \t*]*(?P<rest>.*))?$",
                               re.IGNORECASE | re.MULTILINE)
# Headings that end a decision or a case history.
SECTION_HEADINGS = ("resume", "resumé", "sagsfremstilling", "indstilling", "beslutningspunkter",
                    "sagsforløb", "bilag", "økonomi", "baggrund", "sagsbeskrivelse",
                    "borgmesterens afdelings påtegning", "hent som pdf", "kopier link",
                    "tidligere beslutninger", "beslutning", "beslutninger", "det indstilles",
                    "lovgrundlag", "høring", "kommunikation", "videre proces", "punkt", "titel",
                    # the sections of a case presentation in the Danish minutes systems
                    "fremstilling", "supplerende sagsfremstilling", "sagsprocedure",
                    "sagens forløb", "sagens baggrund", "sagens indhold", "sagsresume",
                    "tidsplan", "økonomiske konsekvenser", "økonomi og finansiering",
                    "bevillingsmæssige konsekvenser", "personalemæssige konsekvenser",
                    "miljømæssige konsekvenser", "øvrige konsekvenser", "øvrige forhold",
                    "retsgrundlag", "vurdering", "administrationens vurdering",
                    "administrationens indstilling", "forvaltningens indstilling",
                    "direktionens indstilling", "beslutningskompetence", "kompetence",
                    "høringssvar", "bilagsliste", "bilagsoversigt", "formål")
# Labelled attendance after a decision ("Fraværende: Tina Rottbøll", "Afbud: ..."): who was
# away for the item, not what was decided.
_ATTENDANCE_LINE = re.compile(r"^[ \t*]*(?:" + "|".join(
    re.escape(h) for h in sorted(ABSENT_HEADINGS + PRESENT_HEADINGS, key=len, reverse=True))
    + r")\s*:", re.IGNORECASE)
_HISTORY_HEADING = re.compile(r"^[ \t*#]*(?:sagsforløb|sagens\s+forløb|tidligere\s+behandling"
                              r"|tidligere\s+beslutninger|historik)[ \t*:]*$",
                              re.IGNORECASE | re.MULTILINE)
_HISTORY_ENTRY = re.compile(r"^\W*udvalg\s*:\s*(?P<body>.+)$", re.IGNORECASE | re.MULTILINE)
_HISTORY_DATE = re.compile(r"^\W*dato\s*:\s*(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>\d{4})",
                           re.IGNORECASE | re.MULTILINE)
_AMENDMENT = re.compile(r"\bændringsforslag\w*", re.IGNORECASE)
# Decisions as old minutes word them ("vedtoges", "bevilgedes", "Til Efterretning").
_HISTORIC_DECISION = re.compile(
    r"\b(?:vedtoges|bevilgedes|(?:gen|ny)?valgtes|anbefaledes|henvistes|godkendtes|besluttedes|"
    r"bestemtes|afsloges|udsattes|nedsattes|eftergaves|forhøjedes|toges\s+til\s+efterretning|"
    r"til\s*efterretning)\b", re.IGNORECASE)


@dataclass
class Decision:
    """The decision on one agenda item."""

    item_no: str
    outcome: str
    text: str
    start_char: int
    end_char: int


def classify_outcome(text: str) -> str:
    """The outcome of a decision text: the first sentence that states one decides.

    >>> classify_outcome("Sagen blev udsat uden behandling.")
    'postponed'
    """
    weak = ""
    for sentence in _sentences(text):
        if _looks_like_position_only(sentence) or _AMENDMENT.search(sentence):
            continue  # who stood where, or the vote on an amendment: not the item's outcome
        for name, pattern in OUTCOME_PATTERNS:
            if pattern.search(sentence):
                return name
        if not weak and re.search(r"\bdrøft\w*|\baftalt\b|\bbedes\b", sentence, re.IGNORECASE):
            weak = "other"
    return "other"


def _looks_like_position_only(sentence: str) -> bool:
    """"Solveig Munk kunne ikke tiltræde indstillingen.": a position, not the outcome."""
    stated = stated_position(sentence)
    if stated is None or not subject_actors(sentence[:stated[1]], 0, None):
        return False
    # "Forslaget blev ikke godkendt, idet 4 stemte for (F og Ø), ...": the outcome comes first
    first_stand = min(m.start() for _, p in POSITION_PATTERNS for m in [p.search(sentence)] if m)
    return not any(p.search(sentence[:first_stand]) for _, p in OUTCOME_PATTERNS)


def _sentences(text: str) -> list[str]:
    """The sentences of a decision, each line on its own (vote lists have no full stops)."""
    out = []
    for line in text.split("\n"):
        out += [line[a:b].strip() for a, b in sentence_spans(line) if line[a:b].strip()]
    return out


def _is_heading(line: str) -> bool:
    bare = clean(line).lower()
    return bare in SECTION_HEADINGS or bare.rstrip(":") in SECTION_HEADINGS


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the blank-line separated paragraphs of ``text[start:end]``."""
    out = []
    for m in re.finditer(r"(?:[^\n]+\n?)+", text[start:end]):
        a, b = start + m.start(), start + m.end()
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


def _states_something(text: str) -> bool:
    if is_vote_list(text):  # "For stemte (V), (A) ..." in a paragraph of its own
        return True
    return any(p.search(text) for _, p in POSITION_PATTERNS) or any(
        p.search(text) for name, p in OUTCOME_PATTERNS if name != "approved") or bool(
        re.search(r"\b(?:godkendt|vedtaget|bevilget|anbefalet|tiltrådt)\b", text, re.IGNORECASE))


def history_ranges(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Char ranges of case histories ("Sagsforløb") within ``text[start:end]``."""
    out = []
    for m in _HISTORY_HEADING.finditer(text, start, end):
        stop = end
        for ln in lines_of(text[m.end():end]):
            if ln.text.strip() and _is_heading(ln.text) and "sagsforløb" not in ln.text.lower():
                stop = m.end() + ln.start
                break
        out.append((m.start(), stop))
    return out


def decision_range(text: str, start: int, end: int, *, headed: bool) -> tuple[int, int] | None:
    """Where the decision of the item in ``text[start:end]`` stands.

    Args:
        headed: the document marks decisions with a "Beslutning" heading; then only text under
            such a heading is a decision.
    """
    m = _DECISION_HEADING.search(text, start, end)
    history = history_ranges(text, start, end)
    if m is not None and not any(a <= m.start() < b for a, b in history):
        rest_start = m.start("rest") if m.group("rest") else m.end()
        paragraphs = _paragraphs(text, rest_start, end)
        # The first paragraph under the heading, and on to the last one before the next
        # heading that states an outcome, a position or a vote: a decision may quote the
        # criteria it approves before "Mehmet Zeki Dogru (Ø) stemte imod."
        # A section closed by the next heading is the decision whole ("1. Taget til
        # efterretning." then "2. Udvalget besluttede ..."); one running to the item's end
        # (no heading seen after it) may run on into other text.
        section: list[tuple[int, int]] = []
        closed = False
        for a, b in paragraphs:
            first_line = text[a:text.find("\n", a) if "\n" in text[a:b] else b]
            if _is_heading(first_line) or any(h0 <= a < h1 for h0, h1 in history):
                closed = True
                break
            section.append((a, b))
        while section and _ATTENDANCE_LINE.match(text[slice(*section[-1])]):
            section.pop()
        if not section:
            return None
        last = len(section) - 1 if closed else max(
            [0] + [k for k, (a, b) in enumerate(section[1:], 1) if _states_something(text[a:b])])
        return section[0][0], section[last][1]
    # No heading: a paragraph that opens with the outcome ("Godkendt.", "Bevilges 20 Kr",
    # "Udsættes til næste Møde") or words it as old minutes do ("Det vedtoges ...",
    # "Til Efterretning"); the last such paragraph of the item. A recommendation
    # ("Indstilling: ...", "foreslår") is no decision.
    heading_end = text.find("\n", start)
    best = None
    for a, b in _paragraphs(text, start, end):
        if any(h0 <= a < h1 for h0, h1 in history):
            continue
        if a == start and 0 <= heading_end < b:
            a = heading_end + 1  # the item's own heading line ("Pkt. 1. Vejvæsenet.")
            while a < b and text[a].isspace():
                a += 1
        if a >= b or a == start:
            # A one-line item: the decision follows the title in the same line
            # ("1. Skatteklage fra Niels Bro. Kan ikke eftergives.").
            line_end = min(b, heading_end if heading_end >= 0 else b)
            sentences = sentence_spans(text, start, line_end)
            if len(sentences) < 2:
                continue
            a, b = sentences[1][0], line_end
        para = text[a:b]
        if re.search(r"\bforeslå\w*|\bforslag\s+til\s+beslutning", para, re.IGNORECASE) or (
                re.search(r"\bindstill\w*", para, re.IGNORECASE)
                and not _ADOPTS_RECOMMENDATION.search(para)):
            continue
        opening = _opening(para)
        if any(p.search(opening) for _, p in OUTCOME_PATTERNS) or (
                not headed and _HISTORIC_DECISION.search(para)):
            best = (a, b)
    if best is None and not headed:
        best = _decision_line(text, heading_end + 1 if heading_end >= 0 else start, end, history)
    return _with_stands(text, best, start, end, history) if best is not None else None


# "Med stemmerne 19 for og 2 imod godkendte ...": the count before the verb that decides.
_COUNT_FIRST = re.compile(r"^\W*med\s+(?:stemmerne\s+\d+|\d+\s+stemmer)\s+for"
                          r"(?:\s+og\s+(?:\d+|ingen)\s+imod)?\s+", re.IGNORECASE)


def _opening(paragraph: str) -> str:
    """The first three words of a paragraph after a vote count that opens it: where an
    outcome stated first stands."""
    return " ".join(_COUNT_FIRST.sub("", paragraph).split()[:3])


def _with_stands(text: str, found: tuple[int, int], start: int, end: int,
                 history: list[tuple[int, int]]) -> tuple[int, int]:
    """The decision with the run of paragraphs around it that decide or say who stood where:
    the points before it ("1a. Anbefales.", "Tina Rottbøll (A) undlod at tage stilling.",
    "6. Anbefales.") and the stands after it ("Mehmet Zeki Dogru (Ø) stemte imod.")."""
    def decides_or_stands(p0: int, p1: int, *, outcome: bool) -> bool:
        para = text[p0:p1]
        if any(h0 <= p0 < h1 for h0, h1 in history) or _is_heading(para.split("\n")[0]):
            return False
        opening = _opening(para)
        return is_vote_list(para) or any(p.search(para) for _, p in POSITION_PATTERNS) or (
            outcome and any(p.search(opening) for _, p in OUTCOME_PATTERNS))

    a, b = found
    # In a paragraph of one-line sentences, the vote lines right before the decision line
    # ("For stemte: ..." / "Imod stemte: ..." / "X undlod at stemme." / "Bestyrelsen godkendte").
    while a > start and text[a - 1] == "\n":
        line_start = text.rfind("\n", start, a - 1) + 1
        line = text[line_start:a - 1]
        if line_start <= start or not line.strip() or _is_heading(line) or not (
                is_vote_list(line) or stated_position(line) is not None):
            break
        a = line_start
    for p0, p1 in reversed(_paragraphs(text, start, a)):
        if p0 == start or not decides_or_stands(p0, p1, outcome=True):
            break  # the item's heading paragraph is never part of its decision
        a = p0
    for p0, p1 in _paragraphs(text, b, end):
        if not decides_or_stands(p0, p1, outcome=False):
            break
        b = p1
    return a, b


def _decision_line(text: str, start: int, end: int, history: list[tuple[int, int]]
                   ) -> tuple[int, int] | None:
    """The last sentence of the item that opens with an outcome ("Bestyrelsen godkendte
    programmet.", "Taget til efterretning.", "... inden den 1. november 1974. Tiltrådt."), for
    minutes that run an item's account and its decision together in one paragraph. Sentences,
    not lines, so a PDF's re-joined lines read as the text file's do."""
    best = None
    for a, b in sentence_spans(text, start, end):
        words = text[a:b].split()
        if not words or any(h0 <= a < h1 for h0, h1 in history):
            continue
        sentence = text[a:b]
        # "foreslår", "foreslås": a proposal; "med den foreslåede formulering": what was adopted
        if re.search(r"\bforeslå(?:r|s|es)\b", sentence, re.IGNORECASE) or (
                re.search(r"\bindstill\w*", sentence, re.IGNORECASE)
                and not _ADOPTS_RECOMMENDATION.search(sentence)):
            continue  # a recommendation, not what was decided
        opening = _opening(sentence)
        if any(p.search(opening) for _, p in OUTCOME_PATTERNS):
            best = (a, b)
    return best


# "indstillingen blev tiltrådt", "Byrådet godkendte Økonomiudvalgets indstilling": a body
# adopting a recommendation decides; "Administrationen indstiller, at ..." does not.
_ADOPTS_RECOMMENDATION = re.compile(
    r"\bindstilling(?:en)?\s+(?:blev\s+)?(?:tiltr|godkend|fulgt|følges|vedtag|anbefal)"
    r"|\b(?:godkend|tiltr[åæ]d|vedt[oa]g|fulgte|følger)\w*\s+(?:[\w-]+\s+){0,2}indstilling",
    re.IGNORECASE)

def _history_meeting(text: str, pos: int, start: int) -> tuple[str, str]:
    """Body and ISO date of the case-history entry (Udvalg: / Dato:) above ``pos``."""
    body, date = "", ""
    entries = [m for m in _HISTORY_ENTRY.finditer(text, start, pos)]
    if entries:
        body = clean(entries[-1].group("body"))
        d = _HISTORY_DATE.search(text, entries[-1].end(), pos)
        if d:
            try:
                date = dt.date(int(d.group("y")), int(d.group("m")), int(d.group("d"))).isoformat()
            except ValueError:
                date = ""
    return body, date


def item_bodies(doc: Doc) -> list[tuple[str, int, int]]:
    """(item_no, start, end) of each agenda item's own text, in document order.

    An item's text starts at its own section ("Ad 1)", "Punkt 1:") or where its title is
    repeated after the agenda list, else at its agenda entry (where the entries are the items'
    headings, with their texts between them, at the entry); it ends where the next item's text
    starts, or where its meeting ends.
    """
    text = text_of(doc)
    items = sorted(doc._.agenda_items or [], key=lambda r: r.get("start_char", 0))
    if not items:
        return []
    sections: dict[str, list[int]] = {}
    for sec in item_sections(text):
        sections.setdefault(sec.item_no, []).append(sec.start_char)
    spans = doc._.meeting_spans or [[0, len(text)]]
    # Agenda entries with text between them are the items' headings ("Punkt 1: Title" or
    # "1. Title" and the item's text below), not an agenda list: an "Ad 1:" among them is a
    # point of another item's case, unless every item has such a section after the last entry
    # (an annotated agenda, then the items' texts).
    with_text = sum(_has_paragraph(text[a.get("start_char", 0):b.get("start_char", 0)])
                    for a, b in zip(items, items[1:], strict=False))
    last_entry = items[-1].get("start_char", 0)
    texts_after = all(any(s > last_entry for s in sections.get(str(it["item_no"]), []))
                      for it in items)
    headings = len(items) >= 2 and 2 * with_text > len(items) - 1 and not texts_after
    starts = []
    for k, item in enumerate(items):
        head = item.get("start_char", 0)
        # Search only the item's own meeting: a file of two meetings repeats item numbers
        # and titles ("1. Godkendelse af dagsorden").
        limit = next((b for a, b in spans if a <= head < b), len(text))
        after = [] if headings else [s for s in sections.get(str(item["item_no"]), [])
                                     if item.get("end_char", 0) < s < limit]
        if after:
            head = after[0]
        elif not headings:
            title = item.get("title", "")
            if title:
                m = re.compile(r"^[ \t*#]*(?:\d{1,3}(?:[a-z]|\.\d{1,2})?[.)]?\s*)?"
                               + re.escape(title),
                               re.MULTILINE).search(text, item.get("end_char", 0), limit)
                nxt = items[k + 1].get("start_char", len(text)) if k + 1 < len(items) else len(text)
                if m and (m.start() > nxt or k + 1 == len(items)):
                    head = m.start()
        starts.append(head)
    # Item texts follow the agenda's order: a start found after the next item's start ("Ad
    # punkt 3" in item 15's decision, taken for item 3's text) is no start, and the item keeps
    # its agenda row.
    for k in range(len(items) - 1):
        if starts[k] > starts[k + 1] and starts[k] != items[k].get("start_char", 0):
            starts[k] = items[k].get("start_char", 0)
    out = []
    for k, item in enumerate(items):
        stop = min([s for s in starts if s > starts[k]] or [len(text)])
        for a, b in spans:
            if a <= starts[k] < b:
                stop = min(stop, b)
        out.append((str(item["item_no"]), starts[k], stop))
    return out


def _has_paragraph(section: str) -> bool:
    """Whether a section holds text of its own below its heading line: a blank line, then a
    line of three words or more (an agenda list's entry holds none)."""
    body = section.split("\n", 1)[1] if "\n" in section else ""
    return bool(re.search(r"(?:^|\n)[ \t]*\n[ \t]*\S+(?:[ \t]+\S+){2}", body))


def extract_decisions(doc: Doc) -> tuple[list[Decision], list[Position]]:
    """Decisions and positions of every agenda item of a processed Doc."""
    text = text_of(doc)
    index = EntityIndex(doc)
    headed = _DECISION_HEADING.search(text) is not None
    decisions: list[Decision] = []
    positions: list[Position] = []
    for item_no, start, end in item_bodies(doc):
        stages = decision_stages(text, start, end, _is_heading)
        own = None
        if stages:
            date, body = _meeting_of(doc, start)
            own = own_stage(stages, date, body)
            for stage in stages:
                found = (stage.text_start, stage.end)
                if stage is own:
                    _decide(text, item_no, start, found, decisions, positions, index)
                    continue
                for pos in find_positions(text, *found, item_no=item_no, index=index):
                    pos.history, pos.body, pos.date = True, stage.body, stage.date
                    positions.append(pos)
        if own is None:  # no stages, or none of this meeting: its own "Beslutning" heading
            found = decision_range(text, start, end, headed=headed)
            if found is not None and not any(s.start <= found[0] < s.end for s in stages):
                _decide(text, item_no, start, found, decisions, positions, index)
        for h0, h1 in history_ranges(text, start, end):
            for pos in find_positions(text, h0, h1, item_no=item_no, index=index):
                pos.history = True
                pos.body, pos.date = _history_meeting(text, pos.start_char, h0)
                positions.append(pos)
    return decisions, positions


def _decide(text: str, item_no: str, item_start: int, found: tuple[int, int],
            decisions: list[Decision], positions: list[Position], index: EntityIndex) -> None:
    """The item's decision (and the positions in it) from the decision text at ``found``."""
    a, b = found
    decision_text = clean_decision(text[a:b])
    if not re.search(r"\w", decision_text):
        return  # "." under the heading: no decision written
    outcome = classify_outcome(text[a:b])
    if outcome == "other" and (_NOTHING.match(decision_text)
                               or _OPEN_ITEM.match(_heading_line(text, item_start))):
        return  # "Intet.", or talk under Eventuelt: nothing was decided
    decisions.append(Decision(item_no, outcome, decision_text, a, b))
    positions.extend(find_positions(text, a, b, item_no=item_no, index=index))


def _meeting_of(doc: Doc, pos: int) -> tuple[str, str]:
    """Date and body of the meeting the offset belongs to."""
    meetings = doc._.meetings or []
    spans = doc._.meeting_spans or [[0, len(text_of(doc))]]
    for k, (a, b) in enumerate(spans):
        if a <= pos < b and k < len(meetings):
            return meetings[k].get("date") or "", meetings[k].get("body") or ""
    return "", ""


# A decision text saying nothing was decided, and items where talk is not a decision.
_NOTHING = re.compile(r"^\W*(?:intet|ingen|ikke\s+noget|nej|-+|–)\W*$", re.IGNORECASE)
_OPEN_ITEM = re.compile(r"^[\W\d]*(?:(?:punkt|pkt\.)\s*\d+\w?\W*)?(?:evt\.?|eventuelt"
                        r"|meddelelser|orientering(?:er)?(?:\s+fra\b.*)?|nyt\s+fra\b.*)\W*$",
                        re.IGNORECASE)


def _heading_line(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start:end if end != -1 else len(text)]


def clean_decision(text: str) -> str:
    """Decision text on one line, whitespace collapsed."""
    return re.sub(r"\s+", " ", text).strip()


def rows(records: list[Any]) -> list[dict[str, Any]]:
    return [asdict(r) for r in records]
