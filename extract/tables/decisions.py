"""The ``decisions`` table (one outcome per agenda item) and the ``positions`` table (who stood
where on an item; rows from a case's earlier stages carry ``history`` = "yes")."""

from __future__ import annotations

from spacy.tokens import Doc

from .base import DocContext

DECISION_COLUMNS = ["doc_id", "meeting_id", "item_no", "outcome", "text"]
POSITION_COLUMNS = ["doc_id", "meeting_id", "item_no", "actor", "position"]


def decision_rows(doc: Doc, ctx: DocContext) -> list[dict]:
    return [{"doc_id": ctx.doc_id, "meeting_id": ctx.meeting_at(doc, r["start_char"]), **r}
            for r in doc._.decisions or []]


def position_rows(doc: Doc, ctx: DocContext) -> list[dict]:
    meetings = doc._.meetings or []
    out = []
    for r in doc._.positions or []:
        row = {"doc_id": ctx.doc_id, **r}
        if r.get("history"):
            row["meeting_id"] = ""  # an earlier meeting, named by its body and date
            row["history"] = "yes"
        else:
            mid = ctx.meeting_at(doc, r["start_char"])
            k = ctx.meeting_ids.index(mid) if mid in ctx.meeting_ids else 0
            meeting = meetings[k] if k < len(meetings) else {}
            row.update(meeting_id=mid, history="", body=meeting.get("body", ""),
                       date=meeting.get("date", ""))
        out.append(row)
    return out
