"""``extract_structure``: the meeting, its agenda and its attendance, as plain rows on the Doc.

Runs last: it reads the layout of the text (:mod:`extract.rules.layout`, or
:mod:`extract.rules.minute_books` for a file of many meetings) and the entities the other
components tagged (dates, times, people, roles, case numbers).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import (
    extensions,  # noqa: F401
    resources,
)
from ..rules.attendance import (
    attendance_table_rows,
    first_name_lists,
    names_beside_names,
    replaced_members_absent,
)
from ..rules.dates import find_times
from ..rules.kinds import MINUTE_BOOK
from ..rules.layout import (
    ATTENDANCE_STATUS,
    ROLE_HEADINGS,
    agenda_items,
    attendance_sections,
    bare_time_range,
    clean,
    header_fields,
    item_sections,
    lines_of,
    section_dicts,
)
from ..rules.meeting_facts import (
    BODY_WORDS,
    after_time,
    body_of_meeting_word,
    body_or_previous,
    body_with_place_name,
    closing_time_at,
    definite_body,
    heading_body,
    iso_date,
    place_after_time,
    title_date,
)
from ..rules.meetings import meeting_spans
from ..rules.minute_books import BookMeeting, book_body, split_minute_book
from ..rules.people import STOP_WORDS
from ..rules.text_positions import (
    EntityIndex,
    group_label_role,
    in_parentheses,
    item_heading,
    note_after,
    note_in_next_block,
    organisation_beside,
    role_closing_name,
    role_in_note,
    role_in_row,
    role_label,
    status_in_row,
)
from ..rules.tokens import text_of
from ._lexicon import LexiconComponent
from ._spans import add_entities, char_span

CASE_NO_WITHIN = 400  # chars under an item heading where its case number stands
MEETING_LINE_WITHIN = 3000  # the meeting line is in the heading, not in "next meeting" notes
TITLE_LINES_WITHIN = 300  # chars at the top of a meeting where its title lines stand


def _before_municipality(place: Span) -> Span:
    """The meeting place up to the comma before a municipality that ends it ("bestyrelseslokalet,
    Nupark 51, [Holstebro]"): the town is a mention of its own, not part of a room's name."""
    doc, start = place.doc, place.end
    # By the tokens' entity tags, not Span.ents (a scan of every entity of the document).
    while start > place.start and doc[start - 1].ent_type_ == "MUNICIPALITY" \
            and doc[start - 1].ent_iob_ != "B":
        start -= 1
    if start > place.start and doc[start - 1].ent_type_ == "MUNICIPALITY":
        start -= 1  # the municipality's first token
        if start > place.start + 1 and doc[start - 1].text == ",":
            return Span(doc, place.start, start - 1, label=place.label_)
    return place


class StructureReader(LexiconComponent):
    """Assembles meetings, agenda items and attendance from layout and entities.

    A minute book (a file holding many meetings, each closed by its signatures) is split into
    its meetings; the first names it carries (saved with the pipeline) tell where one signature
    ends and the next begins on a line of names.
    """

    def default_data(self) -> dict[str, Any]:
        return {"first_names": resources.first_names()}

    def _compile(self) -> None:
        self.first_names = frozenset(self.data["first_names"])

    def __call__(self, doc: Doc) -> Doc:
        self._ensure_ready()
        text = text_of(doc)
        index = EntityIndex(doc)
        header = header_fields(text)
        reference = dt.date(doc._.reference_year, 1, 1) if doc._.reference_year else None
        doc_date = iso_date(header.get("date", ""), reference)
        ref_date = dt.date.fromisoformat(doc_date) if doc_date else reference
        header["date_iso"] = doc_date
        for ent in index.ents:
            if ent.label_ != "CASE_NUMBER":
                continue
            before = text[max(0, ent.start_char - 12):ent.start_char]
            if before.lower().replace(" ", "").rstrip(":").endswith(("j.nr.", "j.nr")):
                header.setdefault("journal_no", ent.text)
        header["title"] = next(
            (clean(ln.text) for ln in lines_of(text[:2000]) if clean(ln.text)), "")
        doc._.header = header

        book = split_minute_book(text, first_names=self.first_names,
                                 year=ref_date.year if ref_date else None)
        spans = meeting_spans(text)
        # A run of modern minutes (headers, then items from 1 again) of which a few open like
        # a book's meetings ("Møde Torsdag den 5te Marts 1891") is read as modern minutes: the
        # reading that finds more meetings wins (in every real book the book's reading does).
        if book and len(book) >= len(spans):
            self._minute_book(doc, book)
            return doc
        meetings, agenda, attendance = [], [], []
        for a, b in spans:
            own = header if a == 0 else self._segment_header(text[a:b], reference)
            own_date = own.get("date_iso") or ""
            meeting = self._meeting(doc, index, own, dt.date.fromisoformat(own_date)
                                    if own_date else ref_date, a, b,
                                    meetings[-1]["body"] if meetings else "")
            if meeting["location"]:
                self._tag_location(doc, meeting["location"])
            meetings.append(meeting)
            items = self._agenda(text, index, a, b)
            agenda += items
            header_end = min([r["start_char"] for r in items] or [b])
            attendance += self._attendance(doc, index, a, b, header_end)
        if len(spans) > 1:
            doc._.meeting_spans = [[a, b] for a, b in spans]
        if not doc_date and meetings and meetings[0]["date"]:
            # No "Dato:" in the header: the document is dated by the meeting it is the agenda or
            # the minutes of ("Dagsorden 8. oktober 2025 kl. 16.00", "Mødedato: ...").
            header["date_iso"] = meetings[0]["date"]
            doc._.header = header
        self._tag_people(doc, attendance, text)
        doc._.meetings = meetings
        doc._.agenda_items = agenda
        doc._.attendance = attendance
        doc._.sections = section_dicts(attendance_sections(text) + item_sections(text))
        return doc

    @staticmethod
    def _segment_header(segment: str, reference: dt.date | None) -> dict[str, str]:
        """The header fields of a later meeting in the file, from its own header block."""
        fields = header_fields(segment)
        fields["date_iso"] = iso_date(fields.get("date", ""), reference)
        return fields

    def _minute_book(self, doc: Doc, book: list[BookMeeting]) -> None:
        """Meetings, spans, attendance and numbered items of each meeting in a minute book."""
        text = text_of(doc)
        body = book_body(text)
        starts = [0] + [m.start_char for m in book[1:]]
        ends = starts[1:] + [len(text)]
        doc._.kind = MINUTE_BOOK
        doc._.meeting_spans = [[a, b] for a, b in zip(starts, ends, strict=False)]
        doc._.meetings = [{"body": body, "date": m.date, "start_time": m.start_time,
                           "end_time": "", "location": ""} for m in book]
        spans = []
        rows: list[dict[str, Any]] = []
        agenda: list[dict[str, Any]] = []
        for (a, b), meeting in zip(doc._.meeting_spans, book, strict=False):
            if meeting.date_start >= 0:
                span = doc.char_span(meeting.date_start, meeting.date_end, label="DATE",
                                     alignment_mode="expand")
                if span is not None:
                    span._.norm = meeting.date
                    spans.append(span)
            for person in meeting.attendance:
                span = doc.char_span(person.start_char, person.end_char, label="PERSON",
                                     alignment_mode="expand")
                if span is not None:
                    spans.append(span)
                rows.append({"person": person.person, "role": person.role,
                             "status": person.status, "note": "", "organisation": "",
                             "municipality": "", "start_char": person.start_char,
                             "end_char": person.end_char})
            for item in agenda_items(text[a:b]):
                agenda.append({"item_no": item.item_no, "title": item.title, "case_no": "",
                               "start_char": a + item.start_char, "end_char": a + item.end_char})
        # The signature lines are the authority on where one name ends and the next begins.
        add_entities(doc, spans, replace_labels=("PERSON", "DATE", "LOC", "ORG", "MISC",
                                                 "MUNICIPALITY", "ROLE"))
        doc._.attendance = rows
        doc._.agenda_items = agenda
        doc._.sections = section_dicts(item_sections(text))

    def _meeting(self, doc: Doc, index: EntityIndex, header: dict[str, str],
                 reference: dt.date | None, a: int, b: int, previous_body: str = ""
                 ) -> dict[str, Any]:
        """The meeting minuted in ``text[a:b]``: body, date, times and place (a later meeting
        of the file that names no body is held by the body of the one before)."""
        time = header.get("time", "")
        if time and header.get("end_time"):
            time = f"{time} - {header['end_time']}"  # "Starttidspunkt 17:00", "Sluttidspunkt 19:15"
        time_fields = " ".join((header.get("meeting_date", ""), time, header.get("time_place", "")))
        date = iso_date(header.get("meeting_date", ""), reference)
        times = [m.iso for m in find_times(time_fields)] or bare_time_range(time_fields)
        location = header.get("location", "") or after_time(header.get("time_place", ""))
        if not date and (times or location or find_times(header.get("date", ""))):
            # "Dato: 10.12.2024, kl. 18.00" beside time or place fields dates the meeting itself.
            date = header.get("date_iso", "")
            times = times or [m.iso for m in find_times(header.get("date", ""))]
        if not date:
            date, line_times, line_location = self._meeting_line(doc, index, a, b)
            times = times or line_times
            location = location or line_location
        date = date or title_date(text_of(doc)[a:b], reference)
        if not date and header.get("date_iso"):
            date = header["date_iso"]
        start_time, end_time = "", ""
        if times:
            start_time, _, end_time = times[0].partition("/")
        if start_time and not end_time:
            at, end_time = closing_time_at(text_of(doc)[a:b], start=start_time)
            if end_time:
                # "Mødet hævet Kl. 8½" after "Kl. 6 Eftm.": its TIME says 20:30 as well.
                for ent in index.within(a + at, b, "TIME")[:1]:
                    if ent.start_char == a + at:
                        ent._.norm = end_time
        body = header.get("body") or self._body(doc, index, a, b)
        return {"body": body_or_previous(definite_body(body), previous_body) if body
                else previous_body,
                "date": date,
                "start_time": start_time, "end_time": end_time, "location": location}

    def _tag_location(self, doc: Doc, location: str) -> None:
        """Every mention of the meeting place, as written in the header, becomes a LOC."""
        spans, pos = [], text_of(doc).find(location)
        while pos != -1:
            span = doc.char_span(pos, pos + len(location), label="LOC")
            if span is not None:
                spans.append(_before_municipality(span))
            pos = text_of(doc).find(location, pos + len(location))
        add_entities(doc, spans, replace_labels=("LOC", "ORG", "MISC"))

    def _meeting_line(self, doc: Doc, index: EntityIndex, a: int, b: int
                      ) -> tuple[str, list[str], str]:
        """The line giving date, time and place ("Torsdag den 15. august 2024, kl. 17.00 ...")."""
        text = text_of(doc)
        ents = index.within(a, min(b, a + MEETING_LINE_WITHIN))
        for i, ent in enumerate(ents):
            if ent.label_ != "DATE" or not ent._.norm:
                continue
            line_start = text.rfind("\n", 0, ent.start_char) + 1
            if re.match(r"[ \t*]*dato\s*:", text[line_start:ent.start_char], re.IGNORECASE):
                continue  # the document's own date
            nxt = ents[i + 1] if i + 1 < len(ents) else None
            if nxt is None or nxt.label_ != "TIME" or nxt.start_char - ent.end_char > 80:
                continue
            block_end = text.find("\n\n", nxt.end_char)
            block_end = len(text) if block_end == -1 else block_end
            return ent._.norm, [nxt._.norm], place_after_time(text[nxt.end_char:block_end])
        return "", [], ""

    def _body(self, doc: Doc, index: EntityIndex, a: int, b: int) -> str:
        text = text_of(doc)
        named = heading_body(text[a:min(b, a + 1500)])
        if named:
            return named
        bodies = [ent for ent in index.within(a, min(b, a + 1500), "ORG")
                  if any(word in ent.text.lower() for word in BODY_WORDS)]
        # The title lines end before the first list of people (its heading line included).
        title_end = min(b, a + TITLE_LINES_WITHIN)
        for section in attendance_sections(text[a:title_end])[:1]:
            heading_line = text.rfind("\n", a, max(a, a + section.start_char - 1))
            title_end = heading_line + 1 if heading_line != -1 else a
        if bodies and bodies[0].end_char <= title_end:
            body = bodies[0]  # "Referat – Økonomiudvalget"
            line_start = text.rfind("\n", 0, body.start_char) + 1
            before = [e.end_char for e in index.within(line_start, body.start_char)
                      if e.label_ != "LOC"]  # a district's name ("Amager") may lead the body's
            floor = max([line_start, *before])
            return body_with_place_name(text, body.start_char, body.end_char, floor)
        # "Referat af bestyrelsesmøde nr. 3/2025" in the title lines: before the names of the
        # members' councils and associations in an attendance table.
        named = body_of_meeting_word(text[a:title_end])
        return named or (bodies[0].text if bodies else "")

    def _agenda(self, text: str, index: EntityIndex, a: int, b: int) -> list[dict[str, Any]]:
        """The agenda items of the meeting minuted in ``text[a:b]``."""
        rows = []
        segment = text[a:b]
        sections = {s.item_no: s for s in item_sections(segment)}
        items = agenda_items(segment)
        heads = _own_headings(segment, items, sections)
        for k, item in enumerate(items):
            cases = index.within(a + item.start_char, a + item.end_char, "CASE_NUMBER")
            head = heads[k]
            if not cases and head is not None:
                # The case number stands under the item's heading, not in the agenda list;
                # never under the next item's.
                stop = min([h for h in heads[k + 1:] if h is not None] + [head + CASE_NO_WITHIN])
                cases = index.within(a + head, min(b, a + stop), "CASE_NUMBER")
            title = item.title
            if cases and title.endswith(cases[0].text):
                title = clean(title[: -len(cases[0].text)])
            rows.append({"item_no": item.item_no, "title": title,
                         "case_no": cases[0].text if cases else "",
                         "start_char": a + item.start_char, "end_char": a + item.end_char})
        return rows

    def _first_names_in(self, doc: Doc, index: EntityIndex, start: int, end: int, status: str,
                        covered: list[tuple[int, int]]) -> list[dict[str, Any]]:
        text = text_of(doc)
        return [_listed_row(text, s, e, status=status, role=role)
                for s, e, role in _first_names_in_section(doc, index, start, end,
                                                          self.first_names)
                if not any(c0 <= s < c1 for c0, c1 in covered)]

    @staticmethod
    def _tag_people(doc: Doc, attendance: list[dict[str, Any]], text: str) -> None:
        """Names read from attendance tables and lists are PERSON entities too, and so is each
        other mention of a full name (two words or more) listed there: a member the name
        register lacks ("Liselott Blixt (UP) stemte imod") is known from the list of members."""
        spans = []
        for row in attendance:
            span = char_span(doc, row["start_char"], row["end_char"], "PERSON")
            if span is not None and not any(t.ent_type_ == "PERSON" for t in span):
                spans.append(span)
        names = sorted({row["person"] for row in attendance if len(row["person"].split()) > 1},
                       key=len, reverse=True)
        if names:
            listed = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")
            for m in listed.finditer(text):
                span = char_span(doc, m.start(), m.end(), "PERSON")
                if span is not None and not any(t.ent_type_ for t in span):
                    spans.append(span)
        add_entities(doc, spans, replace_labels=("MISC", "LOC", "ORG"))

    def _attendance(self, doc: Doc, index: EntityIndex, a: int, b: int, header_end: int
                    ) -> list[dict[str, Any]]:
        """Who attended the meeting minuted in ``text[a:b]``, and who sent apologies: the rows
        of attendance tables, people listed by first name under a label in the header
        (``text[a:header_end]``), then the people listed under attendance headings."""
        people = {p["start_char"]: p for p in (doc._.people or [])}
        text = text_of(doc)
        segment = text[a:b]
        rows, covered = attendance_table_rows(segment, a)
        rows += first_name_lists(text[a:header_end], a, self.first_names, ATTENDANCE_STATUS)
        covered += [(r["start_char"], r["end_char"]) for r in rows]
        sections = attendance_sections(segment)
        if any(sec.start_char < header_end - a for sec in sections):
            # Lists inside the items ("Afbud: X" repeated under each item, "Under punkt 4
            # deltog ...") are about the item, not the meeting: the header's lists are.
            sections = [sec for sec in sections if sec.start_char < header_end - a]
        for row in rows:
            role_closing_name(text, index, row)
            heading = _heading_above(sections, row["start_char"] - a)
            if not row["status"]:
                row["status"] = heading.status if heading is not None else "present"
        for section in sections:
            persons = [p for p in index.within(a + section.start_char, a + section.end_char,
                                               "PERSON")
                       if not in_parentheses(text, p.start_char)
                       and not any(c0 <= p.start_char < c1 for c0, c1 in covered)]
            for k, person in enumerate(persons):
                link = people.get(person.start_char, {})
                later = [p.start_char for p in persons[k + 1:]]
                row_end = later[0] if later else a + section.end_char
                role = (link.get("role", "") or role_label(text, index, person.start_char)
                        or group_label_role(text, index, person.start_char,
                                            a + section.start_char)
                        or (section.extra.get("blocks")
                            and role_in_row(text, index, person.end_char, row_end))
                        or ROLE_HEADINGS.get(section.extra.get("heading", ""), ""))
                row = _listed_row(text, person.start_char, person.end_char,
                                  status=section.status, role=role, later=later,
                                  organisation=link.get("organisation", ""),
                                  municipality=link.get("municipality", ""))
                row["role"] = row["role"] or role_in_note(row["note"])
                if section.extra.get("blocks"):
                    row["status"] = status_in_row(text, person.end_char, row_end) or row["status"]
                    row["note"] = row["note"] or note_in_next_block(text, index, person.end_char,
                                                                    row_end)
                row["note"] = row["note"] or organisation_beside(text, index, person.end_char,
                                                                 later)
                rows.append(row)
            rows += self._first_names_in(doc, index, a + section.start_char,
                                         a + section.end_char, section.status, covered)
        rows += self._names_beside_names(doc, index, a, sections, covered)
        rows.sort(key=lambda r: r["start_char"])
        return replaced_members_absent(rows, text)

    def _names_beside_names(self, doc: Doc, index: EntityIndex, a: int, sections: list,
                            covered: list[tuple[int, int]]) -> list[dict[str, Any]]:
        """Rows for names the name register lacks, in lists that are otherwise of people."""
        text = text_of(doc)
        # A list read past blank lines may run into a page's other one-line blocks (a place,
        # a heading), shaped like names too: there, only the names the tagger knows count.
        sections = [sec for sec in sections if not sec.extra.get("blocks")]
        lists = [(a + sec.start_char, a + sec.end_char) for sec in sections]
        people = [(p.start_char, p.end_char) for s, e in lists
                  for p in index.within(s, e, "PERSON")]
        rows = []
        for s, e in names_beside_names(text, lists, people, STOP_WORDS):
            if any(c0 <= s < c1 for c0, c1 in covered) or index.within(s, e):
                continue  # read already, or another entity ("Teknisk Forvaltning" as ORG)
            section = next(sec for sec in sections if a + sec.start_char <= s < a + sec.end_char)
            rows.append(_listed_row(
                text, s, e, status=section.status,
                role=ROLE_HEADINGS.get(section.extra.get("heading", ""), "")))
        return rows


def _listed_row(text: str, start: int, end: int, *, status: str, role: str = "",
                later: list[int] | None = None, organisation: str = "",
                municipality: str = "") -> dict[str, Any]:
    """An attendance row for the name at ``text[start:end]`` in a list of people (``later``:
    where the names after it in the list begin, which end its note)."""
    return {"person": text[start:end], "role": role, "status": status,
            "note": note_after(text, end, later or []), "organisation": organisation,
            "municipality": municipality, "start_char": start, "end_char": end}


def _first_names_in_section(doc: Doc, index: EntityIndex, start: int, end: int,
                            first_names: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, role) of first names standing alone after a role in a list of people
    ("frivilligkoordinator Malou (punkt 5)")."""
    out = []
    for token in doc.char_span(start, end, alignment_mode="expand") or []:
        if (token.text in first_names and token.ent_type_ != "PERSON" and token.i > 0
                and doc[token.i - 1].ent_type_ == "ROLE"
                and not (token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper())):
            role = next((e for e in index.within(doc[token.i - 1].idx, token.idx, "ROLE")), None)
            out.append((token.idx, token.idx + len(token.text),
                        (role._.norm or role.text.lower()) if role is not None else ""))
    return out


def _own_headings(segment: str, items: list, sections: dict) -> list[int | None]:  # noqa: ANN001
    """Where each agenda item's own heading stands, in order: a heading found before the
    previous item's is not this item's (a title repeated in an earlier item's text)."""
    heads: list[int | None] = []
    last = -1
    for item in items:
        head = item_heading(segment, item, sections.get(item.item_no))
        if head is not None and head <= last:
            head = None
        heads.append(head)
        last = head if head is not None else last
    return heads


def _heading_above(sections: list, pos: int):  # noqa: ANN202 - layout.Section | None
    """The attendance heading a table at ``pos`` stands under (the nearest one above)."""
    above = [s for s in sections if s.start_char <= pos]
    return max(above, key=lambda s: s.start_char) if above else None


@Language.factory(
    "extract_structure",
    assigns=["doc.ents", "doc._.header", "doc._.meetings", "doc._.agenda_items", "doc._.attendance",
             "doc._.sections"],
    requires=["doc.ents"],
)
def make_structure(nlp: Language, name: str) -> StructureReader:
    return StructureReader(nlp, name)
