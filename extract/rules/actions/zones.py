"""Where each sentence of the minutes stands: its agenda item and its zone.

The action rules read sentences (:func:`sentence_spans`, the minutes reading of
:mod:`extract.rules.sentences`) and give each its agenda item and its *zone* (decision,
recommendation, background, history, ...) from the headings above it
(:func:`annotate_sentences`). Whether the document is an agenda (:func:`is_agenda`) and which
items' decisions adopt their recommendation (:func:`adopted_items`) are read here too.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from ... import extensions  # noqa: F401
from ..sentences import AD_ITEM
from ..sentences import sentence_spans as split_sentences
from ..stages import STAGE_HEADING
from ..tokens import text_of

ZONES = {
    "beslutning": "decision", "beslutninger": "decision", "beslutningsprotokol": "decision",
    "konklusion": "decision", "opfølgning": "decision", "aftale": "decision",
    "aftaler": "decision",
    "indstilling": "recommendation", "det indstilles": "recommendation",
    "beslutningspunkter": "recommendation", "beslutningspunkt": "recommendation",
    "forslag": "recommendation", "indstillingen": "recommendation",
    "resume": "background", "resumé": "background", "sagsfremstilling": "background",
    "baggrund": "background", "økonomi": "background", "sagen": "background",
    "sagsforløb": "history", "sagsforløb:": "history", "bilag": "attachments",
    "beslutningsforslag": "proposal",
}
_ZONE_LINE = re.compile(
    r"^[ \t*#]*(?P<head>" + "|".join(re.escape(k) for k in sorted(ZONES, key=len, reverse=True))
    + r")\b[ \t*]*(?P<colon>:?)[ \t*]*(?P<rest>.*)$", re.IGNORECASE)
_ADOPTED = re.compile(r"\b(?:godkend\w*|vedt[ao]g\w*|vedtaget|tiltræd\w*|tiltråd\w*|"
                      r"anbefales|indstillingen følges|taget til efterretning)\b", re.IGNORECASE)
_NOT_ADOPTED = re.compile(r"\b(?:ikke|udsat|udsættes|afvist|afvises|forkastet)\b", re.IGNORECASE)


@dataclass
class Sentence:
    """A sentence with what the action rules need to know about where it stands."""

    start: int
    end: int
    zone: str = ""  # decision | recommendation | background | history | attachments | proposal
    # | case (a matter as it came in, in minute books)
    item_no: str = ""
    line_start: bool = True  # begins at the start of a line (not after another sentence)
    heading: bool = False  # an item heading ("Ad 2. Skolelederen orienterer"), not a sentence


def _is_heading(line: str) -> bool:
    """A zone heading ("Resume", "Beslutning:") or an item heading ("Punkt 7: Trafik")."""
    m = _ZONE_LINE.match(line)
    if (m and not m.group("rest").strip()) or STAGE_HEADING.match(line):
        return True
    return bool(re.match(r"^[ \t*#]*(?:punkt|pkt\.|sag\s+nr\.|dagsordenspunkt)\s*\d", line,
                         re.IGNORECASE)) and not re.search(r"[.!?]\W*$", line.rstrip())


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence boundaries as (start, end) character offsets.

    The minutes reading of :func:`extract.rules.sentences.sentence_spans`: the hard-wrapped lines
    of a minute book's block are joined, and zone and item headings ("Beslutning", "Punkt 7:
    Trafik") stand alone.
    """
    return split_sentences(text, reading="minutes", stands_alone=_is_heading)


def is_agenda(text: str) -> bool:
    """Whether the document is an agenda (proposals only) rather than minutes (decisions).
    A minute book's own list ("Dagsorden:" over "ad 1." decisions) makes it none, nor does a
    title such as "Forhandlingsprotokol"."""
    head = text[:800].lower()
    if re.search(r"\b(?:referat|beslutningsreferat|\w*protokol)\b", head):
        return False
    return re.search(r"(?m)^[ \t*#]*dagsorden\b", head) is not None


def _item_headings(doc: Doc) -> list[tuple[int, str]]:
    """(char offset, item number) where each agenda item's own text begins."""
    text = text_of(doc)
    heads: dict[str, int] = {}
    for s in doc._.sections or []:
        if s.get("kind") == "item" and s.get("item_no"):
            heads.setdefault(str(s["item_no"]), int(s["start_char"]))
    agenda = doc._.agenda_items or []
    last_end = max((int(a.get("end_char", 0)) for a in agenda), default=0)
    for a in agenda:
        no = str(a.get("item_no", ""))
        if not no or no in heads:
            continue
        title = re.escape(str(a.get("title", ""))[:15])
        m = re.compile(r"(?m)^[ \t*#]*(?:ad\s+|punkt\s+|pkt\.\s*|sag\s+nr\.\s*|"
                       r"dagsordenspunkt\s+)?" + re.escape(no) + r"\s*[.):–-]?\s*" + title,
                       re.IGNORECASE).search(text, last_end)
        heads[no] = m.start() if m else int(a.get("start_char", 0))
    return sorted((pos, no) for no, pos in heads.items())


def annotate_sentences(doc: Doc, spans: Sequence[tuple[int, int]], *,
                       text: str | None = None) -> list[Sentence]:
    """Give each sentence its zone (from the headings above it) and its agenda item.

    Args:
        doc: the processed Doc (its sections and agenda items give the item numbers).
        spans: sentence offsets from :func:`sentence_spans`.
        text: ``doc.text`` when the caller has it (spaCy rebuilds it on every access).
    """
    text = text if text is not None else text_of(doc)
    headings = _item_headings(doc)
    head_pos = [p for p, _ in headings]
    zone_marks: list[tuple[int, str, int]] = []  # (line start, zone, until: -1 = next heading)
    pos = 0
    for line in text.split("\n"):
        m = _ZONE_LINE.match(line)
        if STAGE_HEADING.match(line):
            # "Beslutning i Byrådet den 24-03-2025": a body's decision on the case
            zone_marks.append((pos, "decision", -1))
        elif m and (m.group("colon") or not m.group("rest").strip()):
            until = -1 if not m.group("rest").strip() else _block_end(text, pos)
            zone_marks.append((pos, ZONES[m.group("head").lower()], until))
        pos += len(line) + 1
    # Minute books put each matter ("5. ...") and its decision ("ad 5. ...") in separate blocks.
    ad_lines = [m.start() for m in re.finditer(r"(?im)^\W*ad\s*\d{1,3}\b", text)]
    minute_book = len(ad_lines) >= 3
    meetings = [tuple(span) for span in doc._.meeting_spans or []]
    quoted = _quoted_spans(text)
    out: list[Sentence] = []
    for start, end in spans:
        k = bisect.bisect_right(head_pos, start) - 1
        item_start = head_pos[k] if k >= 0 else 0
        item_no = headings[k][1] if k >= 0 else ""
        zone = ""
        for mark_pos, mark_zone, until in zone_marks:
            if mark_pos > start:
                break
            if mark_pos < item_start and until == -1:
                continue  # a heading under an earlier item
            if until == -1 or start < until:
                zone = mark_zone
            elif until != -1 and start >= until and zone == mark_zone:
                zone = ""
        block_start = 0
        for block in _BLOCK_START.finditer(text, max(0, start - 3000), start + 1):
            block_start = block.end()
        ad = AD_ITEM.match(text[block_start:end])
        if ad:  # "ad 5." opens the decision column of a minute book
            zone = "decision"
            item_no = item_no or ad.group("no")
        elif minute_book and re.match(r"\W*\d{1,3}\s*[a-z]?\s*[.)]", text[block_start:end]) \
                and not _DECISION_START.match(text[block_start:end]) \
                and (_decided_apart(ad_lines, meetings, block_start)
                     or re.fullmatch(r"(?:\W*\d{1,3}\s*[a-z]?\s*[.)])?\s*",
                                     text[block_start:start])):
            # "5. Andragende fra ...": the matter as it came in, not what was decided; where the
            # meeting decides under the matter's own number, only the block's first sentence
            zone = "case"
        if any(start < b and a < end for a, b in quoted):
            zone = "quote"  # a letter or report quoted word for word: not the meeting's acts
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line_end = len(text) if line_end == -1 else line_end
        line = text[line_start:line_end]
        heading = bool(_HEADING_LINE.match(line)) and end <= line_end \
            and not re.search(r"[.!?]\W*$", line.rstrip())
        out.append(Sentence(start, end, zone, item_no, not text[line_start:start].strip(),
                            heading))
    return out


# A numbered block that opens with decision words is a decision ("11. Til Efterretning, dog ...").
# Directives in the passive, present and past, old spelling too: "Det overlodes Udvalget at",
# "Det paalægges Arbejdsformanden at", "Henvises til Vandværket", "Overdroges N.N. til 45 Kr".
_DIRECTIVE = (r"(?:overla[dg]es|overlodes|overdrages|overdroges|p(?:aa|å)l(?:æ|ae)gges|"
              r"p(?:aa|å)lagdes|henvises|henvistes|tilstilles|bemyndiges|bemyndigedes)")
_DECISION_START = re.compile(
    r"\W*\d{1,3}\s*[a-z]?\s*[.)]\s*(?:til\s+efterret|bevilge|anbefale|vedtage|godkend|det\s+"
    r"(?:vedtoges|vedtages|besluttedes|" + _DIRECTIVE + r")|kan\s+ikke|tillades|afslaa|afslå|"
    r"udsat|henlagt|" + _DIRECTIVE + r")", re.IGNORECASE)
_BLOCK_START = re.compile(r"\n[ \t]*\n\s*")
_HEADING_LINE = re.compile(r"^[ \t*#]*(?:ad\s+|punkt\s+|pkt\.\s*|sag\s+nr\.\s*|"
                           r"dagsordenspunkt\s+)?\d{1,3}\s*[.):–-]?\s+\S", re.IGNORECASE)


# A document quoted word for word: "Beretningen er saalydende: "Undertegnede have ..."".
_QUOTE_OPENS = re.compile(r"(?:(?:saa|så)lydende|(?:lyder|lød)\s+(?:saa|så)ledes|følgende\s+ordlyd)"
                          r"\s*:?\s*[\"„»]", re.IGNORECASE)


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Where quoted documents stand: from the opening mark after "saalydende:" to the closing
    mark (or the end of the text)."""
    out = []
    for m in _QUOTE_OPENS.finditer(text):
        close = re.compile(r"[\"“«]").search(text, m.end())
        out.append((m.end(), close.start() if close else len(text)))
    return out


def _decided_apart(ad_lines: list[int], meetings: list[tuple[int, int]], pos: int) -> bool:
    """Whether the meeting around ``pos`` decides its matters in "ad 5." paragraphs, so that a
    numbered block is the matter as it came in. A book whose other meetings do may still decide
    a meeting's matters under their own numbers ("5. Maling af Vinduerne. Det overdroges ...")."""
    around = next(((a, b) for a, b in meetings if a <= pos < b), None)
    return around is None or any(around[0] <= p < around[1] for p in ad_lines)


def _block_end(text: str, pos: int) -> int:
    m = re.compile(r"\n[ \t]*\n").search(text, pos)
    return m.start() if m else len(text)


def adopted_items(text: str, sentences: Sequence[Sentence]) -> set[str]:
    """Agenda items whose decision adopts the recommendation ("Godkendt", "Vedtaget")."""
    adopted: set[str] = set()
    for s in sentences:
        if s.zone != "decision" or not s.item_no:
            continue
        words = text[s.start:s.end]
        if _ADOPTED.search(words) and not _NOT_ADOPTED.search(words):
            adopted.add(s.item_no)
    return adopted
