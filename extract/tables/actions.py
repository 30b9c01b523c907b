"""The ``actions`` table: one row per action item (who is to do what, by when)."""

from __future__ import annotations

from spacy.tokens import Doc

from .base import DocContext, row

# The first nine are the columns the table has always had; the ones after them say how the
# item was read (head verb, object, the deadline as written, the rule and its score).
COLUMNS = ["doc_id", "meeting_id", "item_no", "actor", "action", "deadline", "text",
           "start_char", "end_char", "verb", "object", "deadline_text", "pattern", "score"]


def action_rows(doc: Doc, ctx: DocContext) -> list[dict]:
    return [row(COLUMNS, a, doc_id=ctx.doc_id, meeting_id=ctx.meeting_at(doc, a["start_char"]))
            for a in doc._.actions or []]
