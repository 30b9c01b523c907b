"""The tables every minutes document gives: documents, meetings, mentions, people, attendance and
agenda items."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

from .base import DocContext

DOCUMENTS_COLUMNS = ["doc_id", "source", "title", "doc_date", "n_chars", "journal_no", "doc_no",
                     "unit", "email"]
MEETINGS_COLUMNS = ["doc_id", "meeting_id", "body", "date", "start_time", "end_time", "location"]
MENTIONS_COLUMNS = ["doc_id", "meeting_id", "start_char", "end_char", "text", "label", "norm",
                    "page"]
PEOPLE_COLUMNS = ["doc_id", "meeting_id", "person", "role", "organisation", "municipality",
                  "start_char", "end_char"]
ATTENDANCE_COLUMNS = ["doc_id", "meeting_id", "person", "role", "status", "note", "organisation",
                      "municipality"]
AGENDA_ITEMS_COLUMNS = ["doc_id", "meeting_id", "item_no", "title", "case_no"]


def document_rows(doc: Doc, ctx: DocContext) -> list[dict]:
    header = doc._.header or {}
    return [{"doc_id": ctx.doc_id, "source": doc._.source or "", "title": header.get("title", ""),
             "doc_date": header.get("date_iso", ""), "n_chars": len(doc.text),
             "journal_no": header.get("journal_no", ""), "doc_no": header.get("doc_no", ""),
             "unit": header.get("unit", ""), "email": header.get("email", "")}]


def meeting_rows(doc: Doc, ctx: DocContext) -> list[dict]:
    return [{"doc_id": ctx.doc_id, "meeting_id": mid, **meeting}
            for mid, meeting in zip(ctx.meeting_ids, doc._.meetings or [], strict=False)]


def mention_rows(doc: Doc, ctx: DocContext) -> list[dict]:
    pages = doc._.page_starts or []  # paged sources (PDF): the 1-based page of each mention
    return [{"doc_id": ctx.doc_id, "meeting_id": ctx.meeting_at(doc, e.start_char),
             "start_char": e.start_char, "end_char": e.end_char, "text": e.text,
             "label": e.label_, "norm": e._.norm or "",
             "page": bisect_right(pages, e.start_char) if pages else None} for e in doc.ents]


def people_rows(doc: Doc, ctx: DocContext) -> list[dict]:
    return [{"doc_id": ctx.doc_id, "meeting_id": ctx.meeting_at(doc, p["start_char"]), **p}
            for p in doc._.people or []]


def attendance_rows(doc: Doc, ctx: DocContext) -> list[dict]:
    return [{"doc_id": ctx.doc_id, "meeting_id": ctx.meeting_at(doc, r.get("start_char", 0)), **r}
            for r in doc._.attendance or []]


def agenda_item_rows(doc: Doc, ctx: DocContext) -> list[dict]:
    return [{"doc_id": ctx.doc_id, "meeting_id": ctx.meeting_at(doc, r.get("start_char", 0)), **r}
            for r in doc._.agenda_items or []]
