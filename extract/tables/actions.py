"""The ``actions`` table: one row per action item (who is to do what, by when)."""

from __future__ import annotations

from spacy.tokens import Doc

from .base import DocContext

COLUMNS = ["doc_id", "meeting_id", "item_no", "actor", "action", "deadline", "text",
           "start_char", "end_char"]


def action_rows(doc: Doc, ctx: DocContext) -> list[dict]:
    rows = []
    for a in doc._.actions or []:
        row = {"doc_id": ctx.doc_id, "meeting_id": ctx.meeting_at(doc, a["start_char"])}
        row.update({k: a[k] for k in ("item_no", "actor", "action", "deadline", "text",
                                      "start_char", "end_char")})
        row.update({k: a[k] for k in ("verb", "object", "deadline_text", "pattern", "score")})
        rows.append(row)
    return rows
