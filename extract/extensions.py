"""All custom attributes the pipeline sets, declared in one place.

Only plain values (strings, numbers, lists and dicts of them) are stored, so Docs survive
``DocBin`` and ``nlp.pipe(..., n_process=2)``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

DOC_EXTENSIONS: dict[str, object] = {
    "doc_id": None,  # stable id of the document (set by the reader, else a text hash)
    "source": None,  # where the text came from: a path or "archive!member"
    "header": None,  # {"date": ..., "unit": ..., "journal_no": ..., ...} from the header block
    "sections": None,  # [{"kind", "start_char", "end_char", ...}] found by extract_structure
    "meetings": None,  # [{"body", "date", "start_time", ...}] built by extract_structure
    "attendance": None,  # [{"meeting_id", "person", "role", "status", "note", ...}]
    "agenda_items": None,  # [{"meeting_id", "item_no", "title", "case_no", ...}]
    "people": None,  # [{"person", "role", "organisation", "municipality", "start_char", ...}]
    "kind": None,  # "minute_book" when extract_structure split a book (extract.rules.kinds)
    "meeting_spans": None,  # [[start_char, end_char]] of each meeting (minute books hold many)
    "reference_year": None,  # year used for dates written without one
    "page_starts": None,  # [char offset where each page begins] for paged sources (PDF)
    "decisions": None,  # [{"item_no", "outcome", "text", ...}] built by extract_decisions
    "positions": None,  # [{"item_no", "actor", "position", ...}] built by extract_decisions
    "actions": None,  # [{"item_no", "actor", "action", "verb", "deadline", ...}] by extract_actions
}
SPAN_EXTENSIONS: dict[str, object] = {
    "norm": None,  # ISO date / time, municipality code, base form of a role, ...
}


def register_extensions() -> None:
    """Declare the extensions once; safe to call any number of times."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


register_extensions()
