"""Layout of a single meeting's minutes: header fields, agenda, attendance lists, item sections.

Plain functions over the text (and, for :class:`EntityIndex`, the entities already tagged);
``extract_structure`` calls them and stores plain rows on the Doc. Minute books, files holding
many meetings, are split by :mod:`extract.rules.minute_books`.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from .block_lists import entry_blocks_go_on, status_cell_runs
from .dates import find_dates, find_times
from .identifiers import LABELLED_NUMBER

HEADER_KEYS: dict[str, str] = {
    "dato": "date", "enhed": "unit", "e-mail": "email", "email": "email", "j. nr.": "journal_no",
    "j.nr.": "journal_no", "journalnr.": "journal_no", "dok.nr.": "doc_no", "dok. nr.": "doc_no",
    "sagsnr.": "case_no", "udvalg": "body", "organ": "body", "forum": "body", "mødeforum": "body",
    "mødedato": "meeting_date", "mødested": "location", "sted": "location", "tid": "time",
    "tid og sted": "time_place", "mødetidspunkt": "time", "mødetid": "time", "tidspunkt": "time",
    "møde": "meeting", "mødeleder": "chair", "referent": "secretary", "mødelokale": "location",
    "lokation": "location", "starttidspunkt": "time", "starttid": "time",
    "sluttidspunkt": "end_time", "sluttid": "end_time",
}
HEADER_LINE = re.compile(
    r"^[ \t*]*(?P<key>" + "|".join(re.escape(k) for k in sorted(HEADER_KEYS, key=len, reverse=True))
    + r")[ \t*]*:[ \t*]*(?P<value>.*?)[ \t*]*$", re.IGNORECASE | re.MULTILINE)

PRESENT_HEADINGS = ("deltagerkreds", "deltagere", "mødedeltagere", "til stede", "tilstede",
                    "tilstede var",
                    "fremmødte", "deltog", "til stede var", "desuden deltog", "endvidere deltog",
                    "fra forvaltningen", "fra administrationen", "indkaldt stedfortræder",
                    "indkaldte stedfortrædere", "øvrige deltagere", "gæster", "referent",
                    "fremmøde", "medlemmer", "tilstedeværende", "stedfortræder",
                    "stedfortrædere", "mødeleder", "protokolfører", "sekretær")
# Headings that name the role of the people under them ("Referent: Marianne Toft Elbæk").
ROLE_HEADINGS = {"referent": "referent", "stedfortræder": "stedfortræder",
                 "stedfortrædere": "stedfortræder", "indkaldt stedfortræder": "stedfortræder",
                 "indkaldte stedfortrædere": "stedfortræder", "mødeleder": "mødeleder",
                 "protokolfører": "protokolfører", "sekretær": "sekretær", "medlemmer": "medlem"}
ABSENT_HEADINGS = ("afbud", "fraværende", "ikke til stede", "fravær", "afbud fra",
                   "fraværende med afbud", "forfald")
STAFF_HEADINGS = ("administrationen", "forvaltningen", "embedsmænd", "fra administrationen",
                  "fra forvaltningen", "sekretariatet", "fra sekretariatet")
# heading (lower case) -> the status of the people listed under it
ATTENDANCE_STATUS: dict[str, str] = {**{h: "present" for h in PRESENT_HEADINGS + STAFF_HEADINGS},
                                     **{h: "absent" for h in ABSENT_HEADINGS}}
_ATTENDANCE = re.compile(
    r"^[ \t*#]*(?P<head>" + "|".join(re.escape(h) for h in sorted(
        PRESENT_HEADINGS + ABSENT_HEADINGS + STAFF_HEADINGS, key=len, reverse=True))
    + r"|[^\n:\t]{0,40}\bdeltog)[ \t*]*(?::[ \t*]*(?P<rest>.*)|$"
    # "Fra administrationen deltog kommunaldirektør Torben Rask, ...": the sentence's names
    + r"|(?<=deltog)[ \t]+(?!ikke\b)(?P<said>.*))", re.IGNORECASE | re.MULTILINE)
# "Fra administrationen deltog X", "Desuden deltog Y": who else came, named in the sentence.
_SAID_LEAD = re.compile(r"[ \t*]*(?:fra|desuden|endvidere|derudover|herudover|yderligere|også)\b",
                        re.IGNORECASE)


def _heading_match(line: str) -> re.Match[str] | None:
    """An attendance heading opening ``line`` ("Afbud:", "Fra administrationen deltog X")."""
    m = _ATTENDANCE.match(line)
    return m if m is not None and _lists_people(m) else None


def _lists_people(m: re.Match[str]) -> bool:
    """Whether an attendance heading's match heads a list: "Erik Dalsgaard (deltog til kl.
    11.00)" is a note, while "Fra administrationen deltog X" names who else came."""
    return not m.group("said") or _SAID_LEAD.match(m.group("head")) is not None


_AGENDA_HEADING = re.compile(r"^[ \t*#]*(?:dagsorden|dagsordenspunkter|punkter på dagsordenen)"
                             r"[ \t*]*:?[ \t*]*$", re.IGNORECASE | re.MULTILINE)
NUMBERED_LINE = re.compile(r"^[ \t*#]*(?:(?:punkt|pkt\.)\s*)?(?P<no>\d{1,3})\s*[.):]\s*"
                       r"(?P<title>\S.*?)[ \t*]*$", re.IGNORECASE)
ITEM_SECTION = re.compile(r"^[ \t*#]*(?:ad\s+(?:pkt\.\s*|punkt\s*)?(?P<no1>\d{1,3})\s*[.):]?"
                           r"|(?:punkt|pkt\.|sag\s+nr\.|dagsordenspunkt)\s*(?P<no2>\d{1,3})"
                           r"(?:\s*[.):–-]|(?=\s+[A-ZÆØÅ])))\s*(?P<title>.*?)[ \t*]*$",
                           re.IGNORECASE | re.MULTILINE)
SUB_ITEM_LINE = re.compile(r"^[ \t*#]*(?:(?:punkt|pkt\.)\s*)?(?P<no>\d{1,3})"
                           r"(?P<sub>\.\d{1,2}|\s?[a-z])\s*[.):]?\s+(?P<title>\S.*?)[ \t*]*$",
                           re.IGNORECASE)
# A case history: the meetings that handled the case before, each with its own "Dato:" fields.
HISTORY_HEADING = re.compile(r"^[ \t*#]*(?:sagsforløb|sagens\s+forløb|tidligere\s+behandling"
                             r"|tidligere\s+beslutninger|historik)\b", re.IGNORECASE | re.MULTILINE)
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


# Fields that name, date or place the meeting: under an agenda item they belong to something in
# the item (a quoted letter, an earlier meeting, a visit, a consulted council's "Udvalg:
# Ældrerådet"), not the meeting.
_MEETING_FACT_KEYS = frozenset({"date", "meeting_date", "time", "end_time", "time_place",
                                "location", "body"})


def header_fields(text: str, *, limit: int = 3000) -> dict[str, str]:
    """Fields of the header: ``Key: value`` lines, a value on the next non-empty line, a key
    alone on its line ("Mødested" over "Byrådssalen", as web pages lay out their field lists),
    and a key and its value without a colon ("Mødested Byrådssalen", "Sted<TAB>Byrådssalen", as
    PDF and HTML text gives a two-column header).

    The header ends where a case history begins ("Sagsforløb"): the fields of the meetings it
    quotes are not the document's own. A "Dato:", "Tid:" or "Sted:" after the first agenda item
    dates or places something in the item (a quoted letter, an earlier meeting, a visit), not
    the meeting.
    """
    fields: dict[str, str] = {}
    head = text[:limit]
    history = HISTORY_HEADING.search(head)
    head = head[:history.start()] if history else head
    lines = lines_of(head)
    found: list[tuple[int, str, str]] = []  # (where the value is read from, key, value)
    loose: list[tuple[int, str, str]] = []  # the same, read without a colon
    first_item = len(head)
    for ln in lines:
        m = HEADER_LINE.match(ln.text)
        if m:
            found.append((ln.start + m.end(), HEADER_KEYS[m.group("key").lower()],
                          m.group("value").strip()))
        elif ln.stripped.lower() in _FIELD_KEYS_ALONE:
            found.append((ln.end, HEADER_KEYS[ln.stripped.lower()], ""))
        else:
            loose += [(ln.start, key, value) for key, value in _fields_without_colon(ln.stripped)]
    if loose or any(key in _MEETING_FACT_KEYS for _, key, _ in found):
        # Where the agenda begins: a field without a colon there is a line of an item's text
        # ("Tidspunkt kl. 16.30-17.00, Greve Bibliotek besøger udvalget").
        first_item = _agenda_start(head, lines)
        found = sorted(found + [f for f in loose if f[0] < first_item])
    for end, key, value in found:
        if not value:
            after = next((ln.stripped for ln in lines if ln.start > end and ln.stripped), "")
            value = after if not _is_field_line(after) else ""
            if value.endswith(":"):
                value = ""
        if key == "date" and _MAIL_TIMESTAMP.search(value):
            continue  # "Dato: Thu, 13 Mar 2025 15:42:07 +0100": when a mail was sent
        if key in _MEETING_FACT_KEYS and end > first_item:
            continue  # "Tid: Kl. 17.00-17.30", "Sted: Håndværkerbyen 20A" of a visit in item 1
        fields.setdefault(key, clean_value(value) if key != "email" else value.strip())
    return fields


def _agenda_start(head: str, lines: list[Line]) -> int:
    """Where the agenda begins in the header part ``head``: its first item, or a line headed as
    item 1 ("1. Forslag til budget", "Punkt 1: ...") where the items are too few to list."""
    items = agenda_items(head)
    starts = [items[0].start_char] if items else []
    for ln in lines:
        m = ITEM_SECTION.match(ln.text) or NUMBERED_LINE.match(ln.text)
        if m and "1" in (m.groupdict().get(g) for g in ("no", "no1", "no2")) \
                and m.group("title")[:1].isupper():
            starts.append(ln.start)
            break
    return min(starts, default=len(head))


# Keys that name a field on a line of their own (no colon); single short words such as "Tid"
# or "Dato" are left out, as they start ordinary lines too.
_FIELD_KEYS_ALONE = frozenset({"mødedato", "mødested", "mødelokale", "lokation", "sted",
                               "mødetidspunkt", "mødetid", "tidspunkt", "tid og sted",
                               "mødeleder", "referent", "mødeforum", "starttidspunkt",
                               "sluttidspunkt"})
# Keys whose value may follow after a single space ("Mødested Byrådssalen"): field names no
# sentence starts with; their value must still be of its kind (see _fits). Not "Mødelokale" or
# "Sted": "Mødelokale 2" is a room's name.
_KEYS_BEFORE_A_SPACE = _FIELD_KEYS_ALONE - {"mødelokale", "sted"}
_CELL_GAP = re.compile(r"[ \t]*\t[ \t]*| {2,}")
_KEY_SPACE_VALUE = re.compile(
    r"(?P<key>" + "|".join(re.escape(k) for k in sorted(_KEYS_BEFORE_A_SPACE, key=len,
                                                           reverse=True))
    + r") (?P<value>\S.*)$", re.IGNORECASE)
_MAIL_TIMESTAMP = re.compile(r"\d{1,2}:\d{2}:\d{2}\s*(?:[+-]\d{4}|GMT|UTC)")


def _fields_without_colon(line: str) -> list[tuple[str, str]]:
    """(key, value) of a header line without colons: "Sted<TAB>Byrådssalen", "Mødedato  8.
    oktober 2025   Mødested  Byrådssalen" (key and value cells in turn), "Mødested
    Byrådssalen"; [] for any other line (a table's header row "Dato  Ansvarlig  Opgave")."""
    cells = _CELL_GAP.split(line)
    if len(cells) >= 2:
        keys, values = cells[::2], cells[1::2]
        if (len(cells) % 2 or any(k.lower() not in HEADER_KEYS for k in keys)
                or any(v.lower().rstrip(":") in HEADER_KEYS for v in values)):
            return []
        pairs = [(HEADER_KEYS[k.lower()], v) for k, v in zip(keys, values, strict=True)]
        return pairs if all(_fits(k, v) for k, v in pairs) else []
    m = _KEY_SPACE_VALUE.match(line)
    if m is None:
        return []
    key, value = HEADER_KEYS[m.group("key").lower()], m.group("value")
    return [(key, value)] if _fits(key, value) else []


def _fits(key: str, value: str) -> bool:
    """Whether a value read without a colon is of its field's kind: a date or clock time for
    date and time fields, a name (capital or digit first) for the others ("Mødested er flyttet"
    is a sentence)."""
    if key in ("date", "meeting_date", "time", "time_place"):
        return bool(find_dates(value) or find_times(value) or bare_time_range(value))
    return value[:1].isupper() or value[:1].isdigit()


def _is_field_line(text: str) -> bool:
    """Whether a line is a header field of its own (so not the value of the key above it)."""
    return bool(HEADER_LINE.match(text) or text.lower() in _FIELD_KEYS_ALONE
                or text.rstrip(":").lower() in HEADER_KEYS or _fields_without_colon(text))


def clean_value(value: str) -> str:
    """A field's value cleaned, keeping the full stop of a final initial ("Nykøbing F.")."""
    out = clean(value)
    if re.search(r"\b[A-ZÆØÅ]\.\s*$", value) and not out.endswith("."):
        out += "."
    return out


def bare_time_range(value: str) -> list[str]:
    """"09.30-12.15" in a time field, written without "kl.": ["09:30/12:15"]."""
    m = re.search(r"(?<![\d.])([0-2]?\d)[.:]([0-5]\d)\s*[-–]\s*([0-2]?\d)[.:]([0-5]\d)(?![\d.])",
                  value)
    if not m:
        return []
    h1, m1, h2, m2 = (int(g) for g in m.groups())
    if h1 > 24 or h2 > 24:
        return []
    return [f"{h1:02d}:{m1:02d}/{h2:02d}:{m2:02d}"]


def attendance_sections(text: str) -> list[Section]:
    """Lists of people under Deltagere / Afbud headings, one section per list."""
    lines = lines_of(text)
    # A member table in blocks with a status column: one list, its status words cells
    runs = status_cell_runs(lines)
    cells = {lines[j].start for _, _, run in runs for j in run}
    sections = [Section("attendance", lines[first].start, lines[last].end, status="present",
                        extra={"heading": "", "blocks": True}) for first, last, _ in runs]
    for m in _ATTENDANCE.finditer(text):
        if m.start() in cells:  # the pattern is anchored at the line's start
            continue
        status = "absent" if m.group("head").lower() in ABSENT_HEADINGS else "present"
        if not _lists_people(m):
            continue
        rest = m.group("rest") or m.group("said") or ""
        start = m.start("rest" if m.group("rest") else "said") if rest.strip() else m.end()
        end = m.end()
        seen_text = bool(rest.strip())
        # "Afbud: Bjarne Holt og Lilly Friis." is whole: the lines after a list closed by a full
        # stop are sentences of their own ("Fra kommunen deltog ...", "Observatør: ...").
        closed = rest.rstrip().endswith(".") and not rest.rstrip().endswith("..")
        blocks = False  # entries in blocks of a line each, the list read past blank lines
        for k, ln in enumerate(lines):
            if closed:
                break
            if ln.start <= m.start():
                continue
            if not ln.stripped:
                if seen_text:
                    if not entry_blocks_go_on(lines, k):
                        break
                    blocks = True
                continue
            if (_heading_match(ln.text) and ln.start not in cells or ITEM_SECTION.match(ln.text)
                    or _AGENDA_HEADING.match(ln.text) or _item_heading_line(ln.text)):
                break
            seen_text = True
            end = ln.end
        if end > start:
            sections.append(Section("attendance", start, end, status=status,
                                    extra={"heading": m.group("head").lower().strip(),
                                           "blocks": blocks}))
    return sorted(sections, key=lambda sec: sec.start_char)


def _item_heading_line(text: str) -> bool:
    """"1. Godkendelse af dagsorden": an agenda item's heading ends a list of people."""
    m = NUMBERED_LINE.match(text)
    return m is not None and m.group("title")[:1].isupper() and len(m.group("title")) > 3


def agenda_items(text: str) -> list[Section]:
    """Agenda items from a DAGSORDEN list, numbered item sections, or an item table.

    Sources are tried from the most to the least explicit; numbering must run 1, 2, 3, ...
    so page numbers and attachment counts are not read as items.
    """
    lines = lines_of(text)
    sections = [Section("agenda", s.start_char, s.end_char, item_no=s.item_no, title=s.title)
                for s in _sequential(item_sections(text)) if s.title]
    candidates = [_agenda_list(lines), _item_table(lines), sections, _numbered_headings(lines)]
    # The most explicit source wins unless another finds more items: a numbered line inside
    # an item's text ("Pkt. 1: Anbefales." in a case history) is no agenda of its own.
    best = max(candidates, key=len)  # max keeps the first of equally long ones
    if len(sections) >= 2 and best and best[0].start_char > sections[0].start_char:
        # ... nor is a numbered list that starts inside the first "Punkt 1:" section (the
        # points of a decision, a list in a case presentation): an agenda starts before its
        # items' texts.
        return sections
    return best


def _sequential(sections: list[Section]) -> list[Section]:
    """Item sections numbered 1, 2, 3, ... (a repeated number ends the run)."""
    out: list[Section] = []
    for s in sections:
        if int(s.item_no) == len(out) + 1:
            out.append(s)
    return out


def sub_item(text: str, parent: str) -> tuple[str, int] | None:
    """("3a", title start) when the line is a sub-item of item ``parent`` ("3a. Title",
    "3 b) Title", "3.1 Title"), else None."""
    m = SUB_ITEM_LINE.match(text)
    if not m or m.group("no") != parent or not m.group("title")[:1].isupper():
        return None
    return m.group("no") + m.group("sub").strip(), m.start("title")


def _case_signed(lines: list[Line]) -> set[int]:
    """Indices of the numbered lines whose next non-blank line is a case number ("Sagsnr.
    23-001234", "J.nr. ..."): the mark of an item heading in minutes that give one."""
    signed = set()
    for i, ln in enumerate(lines):
        if not (NUMBERED_LINE.match(ln.text) or SUB_ITEM_LINE.match(ln.text)):
            continue
        nxt = next((x for x in lines[i + 1:i + 4] if x.stripped), None)
        m = LABELLED_NUMBER.match(nxt.stripped) if nxt is not None else None
        if m is not None and m.end() >= len(nxt.stripped.rstrip(" .")):
            signed.add(i)
    return signed


def _numbered_headings(lines: list[Line]) -> list[Section]:
    """"1. Title" lines used as item headings with text between them (no agenda list); their
    sub-items ("3a. Title", "3.1 Title") are items of their own.

    Where the first headings carry a case number on the line below, a numbered line without one
    is an item only if no line of its number carries one, and a sub-item needs one: "6. Elever
    med bopæl ..." in item 5's text is a list, "6. Delegationsplan" with "Sagsnr. 21-016268"
    below it the item.
    """
    signed = _case_signed(lines)
    signed_numbers = {_line_number(lines[i].text) for i in signed}
    by_signature = {"1", "2"} <= signed_numbers
    items: list[Section] = []
    main = 0
    for i, ln in enumerate(lines):
        number = _line_number(ln.text)
        if by_signature and i not in signed and (
                number in signed_numbers or not number.isdigit()):
            continue  # a list line, or a sub-item without the case number its items carry
        sub = sub_item(ln.text, str(main)) if main else None
        if sub is not None:
            no, title_at = sub
            title = ln.text[title_at:]
        else:
            m = NUMBERED_LINE.match(ln.text)
            # a title opens with a capital; one with its case number below may open with a
            # number or a section sign ("10-årsplan for ...", "§ 60 fælles ...")
            if not m or int(m.group("no")) != main + 1 or not (
                    m.group("title")[:1].isupper() or i in signed):
                continue
            main += 1
            no, title_at, title = m.group("no"), m.start("title"), m.group("title")
        if items:
            items[-1].end_char = ln.start - 1
        items.append(Section("agenda", ln.start + title_at, ln.end, item_no=no,
                             title=clean(title)))
    if items:
        gaps = sorted(b.start_char - a.start_char for a, b in zip(items, items[1:], strict=False))
        list_like = bool(gaps) and gaps[len(gaps) // 2] < 200
        # A list of titles (one per line): the last title is one line too, not the rest of the
        # file; items with their text between them run to the end.
        last_line_end = next(ln.end for ln in lines if ln.start <= items[-1].start_char <= ln.end)
        items[-1].end_char = last_line_end if list_like else lines[-1].end
    return items if main >= 2 else []


def _line_number(text: str) -> str:
    """The item number a numbered line gives ("3", "3a"), or ""."""
    m = NUMBERED_LINE.match(text)
    if m:
        return m.group("no")
    m = SUB_ITEM_LINE.match(text)
    return m.group("no") + m.group("sub").strip() if m else ""


def _agenda_list(lines: list[Line]) -> list[Section]:
    for i, ln in enumerate(lines):
        if not _AGENDA_HEADING.match(ln.text):
            continue
        items: list[Section] = []
        main = 0
        for nxt in lines[i + 1:]:
            if not nxt.stripped:
                if items and items[-1].extra.get("blank"):
                    break
                if items:
                    items[-1].extra["blank"] = "1"
                continue
            m = NUMBERED_LINE.match(nxt.text)
            sub = sub_item(nxt.text, str(main)) if main else None
            if sub is not None:
                no, title_at = sub
                items.append(Section("agenda", nxt.start + title_at, nxt.end, item_no=no,
                                     title=clean(nxt.text[title_at:])))
            elif m and int(m.group("no")) == main + 1:
                main += 1
                title_start = nxt.start + m.start("title")
                items.append(Section("agenda", title_start, nxt.start + m.end("title"),
                                     item_no=m.group("no"), title=clean(m.group("title"))))
            elif items and not _heading_match(nxt.text) and not ITEM_SECTION.match(nxt.text) \
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
    for m in ITEM_SECTION.finditer(text):
        no = m.group("no1") or m.group("no2")
        found.append(Section("item", m.start(), len(text), item_no=no,
                             title=clean(m.group("title"))))
    for a, b in zip(found, found[1:], strict=False):
        a.end_char = b.start_char
    return found


def section_dicts(sections: list[Section]) -> list[dict]:
    return [asdict(s) for s in sections]
