"""The ``decisions`` table (one outcome per agenda item) and the ``positions`` table (who stood
where on an item; rows from a case's earlier stages have ``history`` True and no
``meeting_id``)."""

from __future__ import annotations

from spacy.tokens import Doc

from .base import DocContext, row

DECISION_COLUMNS = ["doc_id", "meeting_id", "item_no", "outcome", "text", "start_char",
                    "end_char"]
POSITION_COLUMNS = ["doc_id", "meeting_id", "item_no", "actor", "position", "text", "history",
                    "body", "date", "start_char", "end_char"]


def decision_rows(doc: Doc, ctx: DocContext) -> list[dict]:
    return [row(DECISION_COLUMNS, r, doc_id=ctx.doc_id,
                meeting_id=ctx.meeting_at(doc, r["start_char"]))
            for r in doc._.decisions or []]


def position_rows(doc: Doc, ctx: DocContext) -> list[dict]:
    meetings = doc._.meetings or []
    out = []
    for r in doc._.positions or []:
        if r.get("history"):
            # Taken at an earlier meeting, named by its body and date; it has no meeting id.
            out.append(row(POSITION_COLUMNS, r, doc_id=ctx.doc_id, meeting_id=None,
                           history=True))
            continue
        mid = ctx.meeting_at(doc, r["start_char"])
        k = ctx.meeting_ids.index(mid) if mid in ctx.meeting_ids else 0
        meeting = meetings[k] if k < len(meetings) else {}
        out.append(row(POSITION_COLUMNS, r, doc_id=ctx.doc_id, meeting_id=mid, history=False,
                       body=meeting.get("body"), date=meeting.get("date")))
    return out
