"""The tables every minutes document gives: documents, meetings, mentions, people, attendance and
agenda items."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc

from ..rules.kinds import MINUTE_BOOK
from ..rules.meeting_review import review_reasons
from ..rules.tokens import text_of
from .base import DocContext, row

DOCUMENTS_COLUMNS = ["doc_id", "source", "kind", "title", "doc_date", "n_chars", "journal_no",
                     "doc_no", "unit", "email", "duplicate_of"]
# needs_review / review: why a meeting's date or split into meetings is doubtful
# (extract.rules.meeting_review), so an archivist checks those first.
MEETINGS_COLUMNS = ["doc_id", "meeting_id", "body", "date", "start_time", "end_time", "location",
                    "needs_review", "review"]
MENTIONS_COLUMNS = ["doc_id", "meeting_id", "start_char", "end_char", "text", "label", "norm",
                    "page"]
PEOPLE_COLUMNS = ["doc_id", "meeting_id", "person", "role", "organisation", "municipality",
                  "start_char", "end_char"]
ATTENDANCE_COLUMNS = ["doc_id", "meeting_id", "person", "role", "status", "note", "organisation",
                      "municipality", "start_char", "end_char"]
AGENDA_ITEMS_COLUMNS = ["doc_id", "meeting_id", "item_no", "title", "case_no", "start_char",
                        "end_char"]


def document_rows(doc: Doc, ctx: DocContext) -> list[dict]:
    header = doc._.header or {}
    return [row(DOCUMENTS_COLUMNS, header, doc_id=ctx.doc_id, source=doc._.source,
                kind=ctx.kind, title=header.get("title"), doc_date=header.get("date_iso"),
                n_chars=len(doc.text), duplicate_of=None)]


def meeting_rows(doc: Doc, ctx: DocContext) -> list[dict]:
    meetings = doc._.meetings or []
    text = text_of(doc)
    spans = doc._.meeting_spans or [[0, len(text)]]
    attended = None
    if ctx.kind == MINUTE_BOOK:
        # rows per meeting, by search: a long book holds thousands of rows
        starts = sorted(r["start_char"] for r in doc._.attendance or [])
        attended = [bisect_left(starts, b) - bisect_left(starts, a) for a, b in spans]
    reasons = review_reasons(meetings, spans, text, attended=attended)
    return [row(MEETINGS_COLUMNS, meeting, doc_id=ctx.doc_id, meeting_id=mid,
                needs_review=bool(why), review=why)
            for mid, meeting, why in zip(ctx.meeting_ids, meetings, reasons, strict=False)]


def mention_rows(doc: Doc, ctx: DocContext) -> list[dict]:
    pages = doc._.page_starts or []  # paged sources (PDF): the 1-based page of each mention
    return [{"doc_id": ctx.doc_id, "meeting_id": ctx.meeting_at(doc, e.start_char),
             "start_char": e.start_char, "end_char": e.end_char, "text": e.text,
             "label": e.label_, "norm": e._.norm,
             "page": bisect_right(pages, e.start_char) if pages else None} for e in doc.ents]


def people_rows(doc: Doc, ctx: DocContext) -> list[dict]:
    return [row(PEOPLE_COLUMNS, p, doc_id=ctx.doc_id,
                meeting_id=ctx.meeting_at(doc, p["start_char"]))
            for p in doc._.people or []]


def attendance_rows(doc: Doc, ctx: DocContext) -> list[dict]:
    return [row(ATTENDANCE_COLUMNS, r, doc_id=ctx.doc_id,
                meeting_id=ctx.meeting_at(doc, r["start_char"]))
            for r in doc._.attendance or []]


def agenda_item_rows(doc: Doc, ctx: DocContext) -> list[dict]:
    return [row(AGENDA_ITEMS_COLUMNS, r, doc_id=ctx.doc_id,
                meeting_id=ctx.meeting_at(doc, r["start_char"]))
            for r in doc._.agenda_items or []]
