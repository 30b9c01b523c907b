"""Layout of minutes: header fields, meeting line, agenda, attendance lists, item sections.

Plain functions over the text and the entities already tagged; ``extract_structure`` calls them
and stores plain rows on the Doc.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import asdict, dataclass, field

from spacy.tokens import Doc, Span

HEADER_KEYS: dict[str, str] = {
    "dato": "date", "enhed": "unit", "e-mail": "email", "email": "email", "j. nr.": "journal_no",
    "j.nr.": "journal_no", "journalnr.": "journal_no", "dok.nr.": "doc_no", "dok. nr.": "doc_no",
    "sagsnr.": "case_no", "udvalg": "body", "organ": "body", "forum": "body", "mødeforum": "body",
    "mødedato": "meeting_date", "mødested": "location", "sted": "location", "tid": "time",
    "tid og sted": "time_place", "mødetidspunkt": "time", "mødetid": "time", "tidspunkt": "time",
    "møde": "meeting", "mødeleder": "chair", "referent": "secretary",
}
_HEADER_LINE = re.compile(
    r"^[ \t*]*(?P<key>" + "|".join(re.escape(k) for k in sorted(HEADER_KEYS, key=len, reverse=True))
    + r")[ \t*]*:[ \t*]*(?P<value>.*?)[ \t*]*$", re.IGNORECASE | re.MULTILINE)

PRESENT_HEADINGS = ("deltagerkreds", "deltagere", "mødedeltagere", "til stede", "tilstede",
                    "tilstede var",
                    "fremmødte", "deltog", "til stede var", "desuden deltog", "endvidere deltog",
                    "fra forvaltningen", "fra administrationen", "indkaldt stedfortræder",
                    "indkaldte stedfortrædere", "øvrige deltagere", "gæster", "referent")
ABSENT_HEADINGS = ("afbud", "fraværende", "ikke til stede", "fravær", "afbud fra",
                   "fraværende med afbud", "forfald")
STAFF_HEADINGS = ("administrationen", "forvaltningen", "embedsmænd", "fra administrationen",
                  "fra forvaltningen", "sekretariatet", "fra sekretariatet")
_ATTENDANCE = re.compile(
    r"^[ \t*#]*(?P<head>" + "|".join(re.escape(h) for h in sorted(
        PRESENT_HEADINGS + ABSENT_HEADINGS + STAFF_HEADINGS, key=len, reverse=True))
    + r"|[^\n:]{0,40}\bdeltog)[ \t*]*:[ \t*]*(?P<rest>.*)$", re.IGNORECASE | re.MULTILINE)
_AGENDA_HEADING = re.compile(r"^[ \t*#]*(?:dagsorden|dagsordenspunkter|punkter på dagsordenen)"
                             r"[ \t*]*:?[ \t*]*$", re.IGNORECASE | re.MULTILINE)
_NUMBERED = re.compile(r"^[ \t*#]*(?:(?:punkt|pkt\.)\s*)?(?P<no>\d{1,3})\s*[.):]\s*"
                       r"(?P<title>\S.*?)[ \t*]*$", re.IGNORECASE)
_ITEM_SECTION = re.compile(r"^[ \t*#]*(?:ad\s+(?:pkt\.\s*|punkt\s*)?(?P<no1>\d{1,3})\s*[.):]?"
                           r"|(?:punkt|pkt\.|sag\s+nr\.|dagsordenspunkt)\s*(?P<no2>\d{1,3})"
                           r"(?:\s*[.):–-]|(?=\s+[A-ZÆØÅ])))\s*(?P<title>.*?)[ \t*]*$",
                           re.IGNORECASE | re.MULTILINE)
_BARE_NUMBER = re.compile(r"^\s*(?P<no>\d{1,3})\s*$")
_MARKUP = re.compile(r"[*#_]+")


@dataclass
class Line:
    start: int
    end: int
    text: str

    @property
    def stripped(self) -> str:
        return _MARKUP.sub("", self.text).strip()


@dataclass
class Section:
    """A region of the text: an attendance list, the agenda, or one item's section."""

    kind: str  # attendance | agenda | item
    start_char: int
    end_char: int
    status: str = ""  # present | absent, for attendance
    item_no: str = ""
    title: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def lines_of(text: str) -> list[Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        out.append(Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return out


def clean(value: str) -> str:
    return re.sub(r"\s+", " ", _MARKUP.sub("", value)).strip(" \t,.;:-")


def header_fields(text: str, *, limit: int = 3000) -> dict[str, str]:
    """``Key: value`` fields of the header; a value may stand on the next non-empty line."""
    fields: dict[str, str] = {}
    head = text[:limit]
    lines = lines_of(head)
    for m in _HEADER_LINE.finditer(head):
        key = HEADER_KEYS[m.group("key").lower()]
        value = m.group("value").strip()
        if not value:
            after = [ln.stripped for ln in lines if ln.start > m.end() and ln.stripped]
            value = after[0] if after and not _HEADER_LINE.match(after[0]) else ""
            if value.endswith(":"):
                value = ""
        fields.setdefault(key, clean(value) if key != "email" else value.strip())
    return fields


def attendance_sections(text: str) -> list[Section]:
    """Lists of people under Deltagere / Afbud headings, one section per list."""
    lines = lines_of(text)
    sections = []
    for m in _ATTENDANCE.finditer(text):
        status = "absent" if m.group("head").lower() in ABSENT_HEADINGS else "present"
        start = m.start("rest") if m.group("rest").strip() else m.end()
        end = m.end()
        seen_text = bool(m.group("rest").strip())
        for ln in lines:
            if ln.start <= m.start():
                continue
            if not ln.stripped:
                if seen_text:
                    break
                continue
            if (_ATTENDANCE.match(ln.text) or _ITEM_SECTION.match(ln.text)
                    or _AGENDA_HEADING.match(ln.text)):
                break
            seen_text = True
            end = ln.end
        if end > start:
            sections.append(Section("attendance", start, end, status=status))
    return sections


def agenda_items(text: str) -> list[Section]:
    """Agenda items from a DAGSORDEN list, numbered item sections, or an item table.

    Sources are tried from the most to the least explicit; numbering must run 1, 2, 3, ...
    so page numbers and attachment counts are not read as items.
    """
    lines = lines_of(text)
    items = _agenda_list(lines) or _item_table(lines)
    if not items:
        items = [Section("agenda", s.start_char, s.end_char, item_no=s.item_no, title=s.title)
                 for s in _sequential(item_sections(text)) if s.title]
    if not items:
        items = _numbered_headings(lines)
    return items


def _sequential(sections: list[Section]) -> list[Section]:
    """Item sections numbered 1, 2, 3, ... (a repeated number ends the run)."""
    out: list[Section] = []
    for s in sections:
        if int(s.item_no) == len(out) + 1:
            out.append(s)
    return out


def _numbered_headings(lines: list[Line]) -> list[Section]:
    """"1. Title" lines used as item headings with text between them (no agenda list)."""
    items: list[Section] = []
    for ln in lines:
        m = _NUMBERED.match(ln.text)
        if not m or int(m.group("no")) != len(items) + 1 or not m.group("title")[:1].isupper():
            continue
        if items:
            items[-1].end_char = ln.start - 1
        items.append(Section("agenda", ln.start + m.start("title"), ln.end, item_no=m.group("no"),
                             title=clean(m.group("title"))))
    if items:
        items[-1].end_char = lines[-1].end
    return items if len(items) >= 2 else []


def _agenda_list(lines: list[Line]) -> list[Section]:
    for i, ln in enumerate(lines):
        if not _AGENDA_HEADING.match(ln.text):
            continue
        items: list[Section] = []
        for nxt in lines[i + 1:]:
            if not nxt.stripped:
                if items and items[-1].extra.get("blank"):
                    break
                if items:
                    items[-1].extra["blank"] = "1"
                continue
            m = _NUMBERED.match(nxt.text)
            if m and int(m.group("no")) == len(items) + 1:
                title_start = nxt.start + m.start("title")
                items.append(Section("agenda", title_start, nxt.start + m.end("title"),
                                     item_no=m.group("no"), title=clean(m.group("title"))))
            elif items and not _ATTENDANCE.match(nxt.text) and not _ITEM_SECTION.match(nxt.text) \
                    and not items[-1].extra.get("blank"):
                items[-1].end_char = nxt.end  # a title running over two lines, or its case no.
            else:
                break
        if items:
            for it in items:
                it.extra.pop("blank", None)
            return items
    return []


def _item_table(lines: list[Line]) -> list[Section]:
    """FirstAgenda-style pages: a bare item number on a line, the title on the next one."""
    filled = [ln for ln in lines if ln.stripped]  # HTML puts blank lines between cells
    case = re.compile(r"[A-Z]{2,5}-\d{4}-\d{3,}")
    items: list[Section] = []
    for i, ln in enumerate(filled[:-1]):
        m = _BARE_NUMBER.match(ln.text)
        if not m or int(m.group("no")) != len(items) + 1:
            continue
        title = filled[i + 1]
        case_line = filled[i + 2] if i + 2 < len(filled) else None
        if _BARE_NUMBER.match(title.text) or title.stripped.startswith("Hent"):
            continue
        has_case = case_line is not None and case.search(case_line.text) is not None
        if items or has_case or _looks_like_title(title.stripped):
            end = case_line.end if has_case and case_line is not None else title.end
            items.append(Section("agenda", title.start, end, item_no=m.group("no"),
                                 title=clean(title.text)))
    return items


def _looks_like_title(text: str) -> bool:
    return text[:1].isupper() and len(text.split()) >= 2 and not text.endswith(".")


def item_sections(text: str) -> list[Section]:
    """"Ad 1) Title" / "Punkt 1: Title" sections, each running to the next one."""
    found = []
    for m in _ITEM_SECTION.finditer(text):
        no = m.group("no1") or m.group("no2")
        found.append(Section("item", m.start(), len(text), item_no=no,
                             title=clean(m.group("title"))))
    for a, b in zip(found, found[1:], strict=False):
        a.end_char = b.start_char
    return found


class EntityIndex:
    """Entities of a Doc, searchable by char range in O(log n)."""

    def __init__(self, doc: Doc) -> None:
        self.ents: list[Span] = list(doc.ents)
        self.starts = [e.start_char for e in self.ents]

    def within(self, start: int, end: int, label: str | None = None) -> list[Span]:
        i = bisect_left(self.starts, start)
        out = []
        while i < len(self.ents) and self.ents[i].start_char < end:
            ent = self.ents[i]
            if ent.end_char <= end and (label is None or ent.label_ == label):
                out.append(ent)
            i += 1
        return out


def section_dicts(sections: list[Section]) -> list[dict]:
    return [asdict(s) for s in sections]


# --- Minute books: one file holding a year of meetings --------------------------------------

_HIST_MONTHS = {
    "jan": 1, "januar": 1, "feb": 2, "febr": 2, "februar": 2, "mar": 3, "marts": 3, "apr": 4,
    "april": 4, "maj": 5, "mai": 5, "jun": 6, "juni": 6, "jul": 7, "juli": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "septb": 9, "septbr": 9, "septmb": 9, "september": 9, "okt": 10,
    "oktb": 10, "oktbr": 10, "oktober": 10, "nov": 11, "novb": 11, "novbr": 11, "novmb": 11,
    "nvb": 11, "nvbr": 11,
    "november": 11, "dec": 12, "decb": 12, "decbr": 12, "decmb": 12, "december": 12,
}
_WEEKDAYS = r"(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)(?:en)?"
# Lines that open a meeting in a minute book ("Aar 1942 den 6 Januar afholdtes Sogneraadsmøde",
# "13 Møde", "Ordinær Møde d. 10/1 1945", "Sogneraadsmøde paa de gamles Hjem d 10/2 42",
# "Onsdag, den 15. Januar 1941 afholdt Sogneraadet", "Elev Sogneraad afholdt i Dag Møde").
OPENERS: tuple[re.Pattern[str], ...] = (
    re.compile(r"^\W{0,3}(?:aar(?:et)?\s+|anno\s+)?1[89]\d\d[.,]?\s+(?:den\.?\s*|d\.?\s*)?\d{1,2}\b",
               re.IGNORECASE),
    re.compile(r"^\W{0,3}\d{1,3}\s*(?:de|\.)?\s*møde\b", re.IGNORECASE),
    re.compile(r"^\W{0,3}(?:ordinær|ordinært|ekstraordinær|ekstraordinært|extraordinær)t?\s+"
               r"(?:sogneraads)?møde\b", re.IGNORECASE),
    re.compile(r"^\W{0,3}sogneraadsmøde\b", re.IGNORECASE),
    re.compile(r"^\W{0,3}" + _WEEKDAYS
               + r",?\s+(?:den|d\.?)\s*\d{1,2}.{0,40}\b(?:afholdt|holdt|var)\b",
               re.IGNORECASE),
    re.compile(r"^[^\n.]{0,60}\b(?:afholdt|afholdtes|holdt)\b[^\n.]{0,25}\bmøde\b", re.IGNORECASE),
)
_YEAR_LINE = re.compile(r"^\W*(?:1[89]\d\d|side\s+\d+)\W*$", re.IGNORECASE)  # page headers
_CLOSING_LINE = re.compile(r"mødet\s+(?:hævet|hævedes|sluttet|sluttede|slut)", re.IGNORECASE)
_GLUED_NAME = re.compile(r"^(?:[A-ZÆØÅ]\.?){1,3}[A-ZÆØÅ][a-zæøåöü]+\.?$"  # JPJensen, P.Sørensen
                         r"|^[A-ZÆØÅ][a-zæøåöü]+[A-ZÆØÅ][a-zæøåöü]{2,}\.?$")  # ValdButtenschøn
_SIGNED_FOR = re.compile(r"^\s*(?:for\s+sogneraadet|for\s+sognerådet|p\.\s*s\.\s*v\.)\s*:?\s*",
                         re.IGNORECASE)
_INITIALS = re.compile(r"^(?:[A-ZÆØÅ]\.?){1,3}$")
_NAME_WORD = re.compile(r"^[A-ZÆØÅ][a-zæøåöüé]+(?:-[A-ZÆØÅ][a-zæøåöüé]+)?\.?$")
# Capitalised words in old minutes that are never part of a signature.
_NOT_NAMES = {
    "Mødet", "Møde", "Sogneraad", "Sogneraadet", "Sogneraads", "Til", "Efterretning", "Kr",
    "Bevilges", "Bevilget", "Udsættes", "Valgt", "Valgtes", "Formand", "Formanden", "Kasserer",
    "Kassereren", "Medlemmer", "Alle", "Der", "Det", "Den", "De", "Og", "Af", "Fra", "Som", "Aar",
    "Aaret", "Dato", "Tilstede", "Hele", "Hævet", "Sagen", "Udvalg", "Udvalget", "Skolen",
    "Kommunen", "Kommune", "Amtet", "Amtsraadet", "Meddelelse", "Skrivelse", "Andragende",
    "Ansøgning", "Forslag", "Punkt", "Pkt", "Ad", "Nr", "Matr", "Øre", "Aarhus", "Mundelstrup",
    "Vejudvalget", "Skolekommissionen", "Brandfoged", "Snefoged", "Sognefoged", "Lærer",
    "Gdr", "Pastor", "Frk", "Fru", "Hr", "Enke", "Husmand", "Mejeribestyrer", "Smed", "Købmd",
    "Januar", "Februar", "Marts", "April", "Maj", "Juni", "Juli", "August", "September",
    "Oktober", "November", "December", "Jan", "Febr", "Aug", "Sept", "Okt", "Novb", "Dec",
    "Godkendt", "Vedtaget", "Anbefales", "Ingen", "Intet", "Ja", "Nej", "Referent", "Protokol",
}
_NAME_ABBREVIATIONS = {"Chr", "Johs", "Joh", "Vald", "Alb", "Alfr", "Alf", "Rich", "Rs", "Th",
                       "Ingv", "Jh",
                       "Fr", "Jac", "Kr", "Mads", "Ths", "Wm", "Aug", "Edv", "Hj", "Fdr", "Ebbe"}
_ABSENT_PHRASE = re.compile(
    r"(?:med\s+(?:U[nd]*tagelse|Untagelse)\s+af|m\.\s*U\.\s*a\.|fraværende\s+var:?)\s*(?P<names>[^\n]*(?:\n(?!\s*\n)[^\n]*)?)",
    re.IGNORECASE)
_PRESENT_PHRASE = re.compile(r"^\W*til\s?stede\s+var\s*:\s*(?P<names>[^\n]*(?:\n(?!\s*\n)[^\n]*)?)",
                             re.IGNORECASE | re.MULTILINE)
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


@dataclass
class Signatory:
    """A name in a minute book meeting: signed (present), listed present, or listed absent."""

    person: str
    start_char: int
    end_char: int
    status: str = "present"
    role: str = ""


@dataclass
class BookMeeting:
    """One meeting found in a minute book: its char range, date and attendance."""

    start_char: int
    end_char: int
    date: str = ""
    date_start: int = -1
    date_end: int = -1
    start_time: str = ""
    attendance: list[Signatory] = field(default_factory=list)


def person_key(name: str) -> str:
    """A key under which spellings of one signatory agree: first initial + surname, folded.

    "Alfr. Andersen", "Alf. Andersen" -> "a andersen"; "ValdButtenschøn" -> "v buttenschøn";
    "S. P. Mathiesen", "Søren P. Mathiesen" -> "s mathiesen".
    """
    spaced = re.sub(r"(?<=[a-zæøåöü.])(?=[A-ZÆØÅ])|(?<=[A-ZÆØÅ])(?=[A-ZÆØÅ][a-zæøå])", " ", name)
    words = [w for w in re.split(r"[\s.]+", spaced) if w]
    if not words:
        return ""
    return f"{words[0][0]} {words[-1]}".casefold() if len(words) > 1 else words[0].casefold()


def _is_openers(line: str) -> bool:
    return any(p.search(line) for p in OPENERS)


def split_names(line: str, first_names: set[str] | frozenset[str]) -> list[tuple[int, int]] | None:
    """Char ranges of the names on a signature line, or None if the line is not only names.

    Names are split where a new one starts: an initial, a known or abbreviated first name, or a
    glued signature ("ValdButtenschøn") after a name that already has a surname; runs of two or
    more spaces and commas also separate names.
    """
    tokens = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\s,]+", line)]
    if not tokens or len(tokens) > 14 or re.search(r"\d", line):
        return None
    for _, _, tok in tokens:
        bare = tok.rstrip(".")
        if tok.lower() == "og":
            continue
        if bare in _NOT_NAMES or not (_INITIALS.match(tok) or _NAME_WORD.match(tok)
                                      or _GLUED_NAME.match(tok)):
            return None

    def starts_name(tok: str) -> bool:
        bare = tok.rstrip(".")
        return bool(_INITIALS.match(tok) or bare in first_names or bare in _NAME_ABBREVIATIONS
                    or _GLUED_NAME.match(tok))

    names: list[list[tuple[int, int, str]]] = []
    for k, tok in enumerate(tokens):
        text = tok[2]
        if text.lower() == "og":
            names.append([])
            continue
        current = names[-1] if names else []
        gap = line[current[-1][1]:tok[0]] if current else ""
        surname_done = len(current) >= 2 and not _INITIALS.match(current[-1][2]) and (
            current[-1][2].rstrip(".") not in first_names or len(current) >= 3)
        if not current or "  " in gap or "," in gap or _GLUED_NAME.match(text) \
                or len(current) == 1 and _GLUED_NAME.match(current[0][2]) \
                or surname_done and starts_name(text) and (
                    k + 1 < len(tokens) or _INITIALS.match(text) is None):
            names.append([tok])
        else:
            current.append(tok)
    out = []
    for name in (n for n in names if n):
        if len(name) == 1 and not _GLUED_NAME.match(name[0][2]):
            return None  # a lone word ("Pedersen", "Formand") is no signature
        if not starts_name(name[0][2]) and not _GLUED_NAME.match(name[0][2]):
            return None
        end = name[-1][1]
        if name[-1][2].endswith(".") and not _INITIALS.match(name[-1][2]):
            end -= 1  # "OSpliid." / "Niels Sørensen.": the full stop closes the line
        out.append((name[0][0], end))
    return out or None


def _names_in_phrase(text: str, offset: int, first_names: set[str] | frozenset[str]
                     ) -> list[tuple[int, int]]:
    """Names in "Alf. Andersen, M. Nielsen og Axel Nielsen." (a list after Tilstede var:)."""
    out = []
    stop = re.search(r"\.[ \t]*\n", text)  # the list ends with its sentence
    text = text[:stop.start() + 1] if stop else text
    text = text.replace("\n", " ")  # a list may run over a line break; offsets stay the same
    for m in re.finditer(r"[^,]+", text):
        part = m.group()
        for piece in re.split(r"\s+og\s+", part):
            piece_start = m.start() + part.find(piece)
            clean_piece = re.split(r"\s+(?=[a-zæøå])(?!og\b)", piece.strip())[0].strip(".;:")
            words = clean_piece.split()
            cut = next((k for k, w in enumerate(words) if w.rstrip(".") in _NOT_NAMES), len(words))
            clean_piece = " ".join(words[:cut]).strip(".;:")
            if not clean_piece:
                continue
            lead = piece_start + piece.find(clean_piece)
            found = split_names(clean_piece, first_names)
            if found:
                out += [(offset + lead + s, offset + lead + e) for s, e in found]
    return out


def _signature_block(lines: list[Line], end: int, first_names: set[str] | frozenset[str]
                     ) -> tuple[int, list[tuple[int, int]]]:
    """The signature block ending before line ``end``: (index of its first line, name ranges)."""
    for attempt in range(2):
        k = end - 1
        while k >= 0 and (not lines[k].stripped or _YEAR_LINE.match(lines[k].text)):
            k -= 1
        names: list[tuple[int, int]] = []
        first = end
        while k >= 0 and lines[k].stripped:
            lead = _SIGNED_FOR.match(lines[k].text)  # "For Sogneraadet RN Rasmussen"
            skip = lead.end() if lead else 0
            found = split_names(lines[k].text[skip:], first_names)
            if found is None:
                break
            names = [(lines[k].start + skip + s, lines[k].start + skip + e)
                     for s, e in found] + names
            first = k
            k -= 1
        if names or attempt:
            break
        # A short heading for the next meeting ("Afskrift af ...") may stand after the names.
        top = k
        while top >= 0 and lines[top].stripped:
            top -= 1
        if k - top > 2 or top < 0:
            break
        end = top + 1
    closing = lines[k] if 0 <= k < len(lines) else None
    dated_close = closing is not None and len(closing.stripped) < 60 and \
        closing.stripped[:1].isupper() and bool(book_date(closing.text, year=None)[0])
    if len(names) < 2 and not (names and dated_close):
        return end, []
    return first, names


def book_date(text: str, *, year: int | None) -> tuple[str, int, int]:
    """The first date in a minute-book line: ("1942-01-06", start, end), or ("", -1, -1).

    Reads the historic forms: "Aar 1942. den 6 Januar", "d. 6/2 1943", "den 27-1-42",
    "d 10/2 42", "den 12' Februar", "8d Januar", "d. 14. Novb.", "den 27/5 -1943".
    """
    year_m = re.search(r"\b(?:aar(?:et)?\s+)?(1[89]\d\d)\b", text, re.IGNORECASE)
    patterns = (
        r"(?<![\d/])(?P<day>[0-3]?\d)\s*/\s*(?P<month>[01]?\d)"
        r"(?:\s*[- ]\s*-?\s*(?P<year>1[89]\d\d|\d\d)(?!\d))?",
        r"(?<![\d-])(?P<day>[0-3]?\d)-(?P<month>[01]?\d)-(?P<year>1[89]\d\d|\d\d)(?!\d)",
        r"(?<!\d)(?P<day>[0-3]?\d)(?:\.|'|’|(?:d|de|t|te|ste|nd|nde)\b)?\s*(?P<mname>[A-Za-zæøå]{3,9})\.?"
        r"(?:,?\s+(?P<year>1[89]\d\d))?",
    )
    best: tuple[int, str, int, int] | None = None
    for pattern in patterns:
        for m in re.finditer(pattern, text, re.IGNORECASE):
            g = m.groupdict()
            if g.get("mname") is not None:
                month = _HIST_MONTHS.get(g["mname"].lower())
            else:
                month = int(g["month"])
            if not month or not 1 <= month <= 12:
                continue
            y = g.get("year")
            if y is not None:
                yv = int(y) if len(y) == 4 else 1900 + int(y)
            elif year_m is not None and year_m.start() < m.start():
                yv = int(year_m.group(1))
            else:
                yv = year if year is not None else 0
            try:
                iso = dt.date(yv, month, int(g["day"])).isoformat() if yv else ""
            except ValueError:
                continue
            if iso and (best is None or m.start() < best[0]):
                best = (m.start(), iso, m.start(), m.end())
            break
    if best is None:
        return "", -1, -1
    return best[1], best[2], best[3]


_BOOK_TIME = re.compile(r"\bkl\.?\s*(?P<h>[0-2]?\d)(?:[.,: ](?P<m>[0-5]\d)\b|\s?(?P<half>½))?"
                        r"(?:\s*(?P<part>em|eftm|fm|form|aften)\b)?", re.IGNORECASE)


def _book_time(text: str) -> str:
    """"Kl. 15,30" -> 15:30, "Kl. 7½ Em." -> 19:30, "Kl. 11 Fm." -> 11:00; a bare "Kl. 7" (morning
    or evening?) is left open."""
    m = _BOOK_TIME.search(text)
    if not m:
        return ""
    hour = int(m.group("h"))
    minute = int(m.group("m") or 0) + (30 if m.group("half") else 0)
    part = (m.group("part") or "").lower()
    if part in ("em", "eftm", "aften") and hour < 12:
        hour += 12
    elif not part and hour < 9:
        return ""
    return f"{hour:02d}:{minute:02d}" if hour <= 24 and minute < 60 else ""


def _book_year(text: str) -> int | None:
    years = re.findall(r"\b(19[0-9]\d|18\d\d)\b", text)
    if not years:
        return None
    return int(max(set(years), key=years.count))


def meeting_openers(lines: list[Line]) -> list[int]:
    """Indices of the lines that open a meeting (the first of adjacent opener lines)."""
    found: list[int] = []
    for i, ln in enumerate(lines):
        if not ln.stripped or not _is_openers(ln.text):
            continue
        if found and i - found[-1] <= 3 and all(not _CLOSING_LINE.search(lines[j].text)
                                                for j in range(found[-1], i)):
            continue  # "13 Møde" then "Aar 1944 den 20 Januar ...": one opening
        # An opener starts a paragraph: after a blank line, a page header or a signature.
        if i == 0 or not lines[i - 1].stripped or _YEAR_LINE.match(lines[i - 1].text):
            found.append(i)
    return found


def split_minute_book(text: str, *, first_names: set[str] | frozenset[str],
                      year: int | None = None) -> list[BookMeeting]:
    """The meetings of a minute book, or [] when the text holds fewer than two.

    A meeting runs from its opening line to the next one; text before the first opening line
    (the end of a meeting begun in the previous book) is a meeting of its own when it is
    signed. A signed record between two openings that is closed by its own date line ("Elev d.
    31/3 1943" above the names) is split off as well. The date comes from the opening lines, or
    else from the closing line above the signatures; the signatories are present, and so are
    names after "Tilstede var:"; names after "med Undtagelse af" / "m. U. a." are absent.
    """
    lines = lines_of(text)
    openers = meeting_openers(lines)
    if len(openers) < 2:
        return []
    year = year if year is not None else _book_year(text)
    places = _place_words(text)
    bounds = list(openers)
    if any(ln.stripped and not _YEAR_LINE.match(ln.text) for ln in lines[:openers[0]]):
        if _signature_block(lines, openers[0], first_names)[1]:
            bounds.insert(0, 0)
    bounds = _split_signed_records(lines, bounds, first_names)
    bounds = [a for a, b in zip(bounds, bounds[1:] + [len(lines)], strict=False)
              if any(ln.stripped and not _YEAR_LINE.match(ln.text) for ln in lines[a + 2:b])
              or b == len(lines)]  # a false start ("5 Møde / Aar 1944" written twice)
    meetings: list[BookMeeting] = []
    running_year = year
    for a, b in zip(bounds, bounds[1:] + [len(lines)], strict=False):
        start, end = lines[a].start, lines[b - 1].end if b > a else lines[a].end
        sig_first, sig_names = _signature_block(lines, b, first_names)
        head = "\n".join(ln.text for ln in lines[a:min(b, a + 3)])
        date, ds, de = ("", -1, -1)
        if a in openers:
            date, ds, de = book_date(head, year=running_year)
            if ds >= 0:
                ds, de = lines[a].start + ds, lines[a].start + de
        if not date and sig_names:
            close = next((lines[j] for j in range(sig_first - 1, a - 1, -1)
                          if lines[j].stripped), None)
            if close is not None and not _CLOSING_LINE.search(close.text) \
                    and len(close.stripped) < 60:
                date, ds, de = book_date(close.text, year=running_year)
                if ds >= 0:
                    ds, de = close.start + ds, close.start + de
        if date:
            running_year = int(date[:4])
        meeting = BookMeeting(start, end, date, ds, de)
        if a in openers:
            meeting.start_time = _book_time(head)
        seen: set[str] = set()
        listed: list[tuple[int, int, str]] = [(s, e, "present") for s, e in sig_names]
        body = text[start:end]
        for m in _PRESENT_PHRASE.finditer(body):
            names = _ABSENT_PHRASE.split(m.group("names"))[0]
            listed += [(s, e, "present") for s, e in
                       _names_in_phrase(names, start + m.start("names"), first_names)]
        for m in _ABSENT_PHRASE.finditer(body[:600]):  # said where the meeting opens
            listed += [(s, e, "absent") for s, e in
                       _names_in_phrase(m.group("names"), start + m.start("names"), first_names)]
        # A signature outweighs a note of absence: whoever signed was there.
        for s, e, status in listed:
            row = _signatory(text, s, e, places, status)
            if person_key(row.person) not in seen:
                seen.add(person_key(row.person))
                meeting.attendance.append(row)
        meetings.append(meeting)
    _assign_offices(text, meetings)
    return meetings


def _place_words(text: str) -> set[str]:
    """Words used as place names ("i Trige Forsamlingshus", "for Ølsted Brandfogedkreds")."""
    return {m.group(1) for m in re.finditer(r"\b(?:i|paa|på|fra|for|ved)\s+([A-ZÆØÅ][a-zæøå]+)\b",
                                            text)
            if not m.group(1).endswith("sen")}


def _signatory(text: str, start: int, end: int, places: set[str], status: str = "present"
               ) -> Signatory:
    """A name as written, whitespace collapsed, without a trailing place ("Jens Jensen Trige")."""
    words = text[start:end].split()
    if len(words) >= 3 and words[-1] in places and all(len(w.rstrip(".")) > 1 for w in words[:-1]):
        end = text.rfind(words[-1], start, end)
        while end > start and text[end - 1].isspace():
            end -= 1
        words = words[:-1]
    return Signatory(" ".join(words), start, end, status=status)


def _split_signed_records(lines: list[Line], bounds: list[int],
                          first_names: set[str] | frozenset[str]) -> list[int]:
    """Add a boundary after a dated signature block that more signed text follows."""
    out: list[int] = []
    ends = bounds[1:] + [len(lines)]
    for a, b in zip(bounds, ends, strict=False):
        out.append(a)
        i = a + 1
        while i < b:
            ln = lines[i]
            if ln.stripped and len(ln.stripped) < 60 and ln.stripped[:1].isupper() \
                    and (_CLOSING_LINE.search(ln.text) or book_date(ln.text, year=None)[0]) \
                    and not _is_openers(ln.text):
                nxt = i + 1
                sig: list[tuple[int, int]] = []
                while nxt < b and lines[nxt].stripped:
                    found = split_names(lines[nxt].text, first_names)
                    if found is None:
                        break
                    sig += found
                    nxt += 1
                rest = [j for j in range(nxt, b) if lines[j].stripped]
                if len(sig) >= 2 and rest and not lines[nxt].stripped \
                        and _signature_block(lines, b, first_names)[1]:
                    out.append(rest[0])
                    i = rest[0]
                    continue
            i += 1
    return out


def _assign_offices(text: str, meetings: list[BookMeeting]) -> None:
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
        found = [m for k, m in enumerate(sorted(found, key=lambda x: x.start()))
                 if not any(o.start() < m.end() and m.start() < o.end()
                            for o in sorted(found, key=lambda x: x.start())[:k])]
        for m in sorted(found, key=lambda x: x.start()):
            office = _OFFICES[m.group("office").lower()]
            words = m.group("name").split()
            # The name ends with its sentence: "Hans Ravn. Til Kasserer ..."
            end = next((k + 1 for k, w in enumerate(words)
                        if w.endswith(".") and len(w.rstrip(".")) > 2
                        and w.rstrip(".") not in _NAME_ABBREVIATIONS), len(words))
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
