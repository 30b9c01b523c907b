"""Docs -> pandas DataFrames with fixed, documented columns (see docs/tables.md)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

import pandas as pd
from spacy.tokens import Doc

from . import extensions  # noqa: F401
from . import resources

COLUMNS: dict[str, list[str]] = {
    "documents": ["doc_id", "source", "title", "doc_date", "n_chars", "journal_no", "doc_no",
                  "unit", "email"],
    "meetings": ["doc_id", "meeting_id", "body", "date", "start_time", "end_time", "location"],
    "mentions": ["doc_id", "meeting_id", "start_char", "end_char", "text", "label", "norm"],
    "people": ["doc_id", "meeting_id", "person", "role", "organisation", "municipality",
               "start_char", "end_char"],
    "attendance": ["doc_id", "meeting_id", "person", "role", "status", "note", "organisation",
                   "municipality"],
    "agenda_items": ["doc_id", "meeting_id", "item_no", "title", "case_no"],
}
INT_COLUMNS = {"n_chars", "start_char", "end_char"}


def doc_id_of(doc: Doc) -> str:
    """The Doc's id: as set by the reader, else a hash of its text (stable across runs)."""
    if doc._.doc_id:
        return str(doc._.doc_id)
    return "doc-" + hashlib.sha1(doc.text.encode("utf-8")).hexdigest()[:12]


def meeting_id_of(doc_id: str, index: int) -> str:
    return f"{doc_id}#m{index + 1}"


def doc_rows(doc: Doc) -> dict[str, list[dict]]:
    """The rows one Doc contributes to each table."""
    doc_id = doc_id_of(doc)
    header = doc._.header or {}
    meetings = doc._.meetings or [{}]
    meeting_id = meeting_id_of(doc_id, 0)  # one meeting per document until minute books split
    rows: dict[str, list[dict]] = {name: [] for name in COLUMNS}
    rows["documents"].append({
        "doc_id": doc_id, "source": doc._.source or "", "title": header.get("title", ""),
        "doc_date": header.get("date_iso", ""), "n_chars": len(doc.text),
        "journal_no": header.get("journal_no", ""), "doc_no": header.get("doc_no", ""),
        "unit": header.get("unit", ""), "email": header.get("email", ""),
    })
    for i, meeting in enumerate(meetings):
        rows["meetings"].append({"doc_id": doc_id, "meeting_id": meeting_id_of(doc_id, i), **meeting})
    for ent in doc.ents:
        rows["mentions"].append({
            "doc_id": doc_id, "meeting_id": meeting_id, "start_char": ent.start_char,
            "end_char": ent.end_char, "text": ent.text, "label": ent.label_,
            "norm": ent._.norm or "",
        })
    for person in doc._.people or []:
        rows["people"].append({"doc_id": doc_id, "meeting_id": meeting_id, **person})
    for row in doc._.attendance or []:
        rows["attendance"].append({"doc_id": doc_id, "meeting_id": meeting_id, **row})
    for row in doc._.agenda_items or []:
        rows["agenda_items"].append({"doc_id": doc_id, "meeting_id": meeting_id, **row})
    return rows


def frames(rows: dict[str, list[dict]]) -> dict[str, pd.DataFrame]:
    """DataFrames with the contract columns first (extra columns kept after them)."""
    out = {}
    for name, cols in COLUMNS.items():
        df = pd.DataFrame(rows.get(name, []))
        for col in cols:
            if col not in df.columns:
                df[col] = pd.Series(dtype="int64" if col in INT_COLUMNS else "string")
        extra = [c for c in df.columns if c not in cols]
        df = df[cols + extra]
        for col in df.columns:
            if col not in INT_COLUMNS and df[col].dtype == object:
                df[col] = df[col].fillna("").astype("string")
        out[name] = df.reset_index(drop=True)
    return out


def to_tables(docs: Iterable[Doc]) -> dict[str, pd.DataFrame]:
    """Collect the tables of many processed Docs.

    Args:
        docs: Docs that went through the minutes pipeline.

    Returns:
        ``{"documents", "meetings", "mentions", "people", "attendance", "agenda_items"}`` ->
        DataFrame, columns as in ``COLUMNS`` (documented in docs/tables.md).
    """
    rows: dict[str, list[dict]] = {name: [] for name in COLUMNS}
    for doc in docs:
        for name, part in doc_rows(doc).items():
            rows[name].extend(part)
    return frames(rows)


def municipality_table() -> pd.DataFrame:
    """The 98 municipalities with code, region and police district, for joins."""
    return pd.DataFrame(resources.municipalities()).astype("string")
