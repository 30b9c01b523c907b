"""Docs -> pandas DataFrames with fixed, documented columns (see README, "The tables").

Each table is built by a function registered with :func:`register_table`: it gets one Doc and
the context (doc_id, meeting ids) and returns that Doc's rows. Feature modules (decisions,
actions, ...) register their own tables, so this module does not grow with every feature.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import pandas as pd
from spacy.tokens import Doc

from . import (
    extensions,  # noqa: F401
    resources,
)


@dataclass(frozen=True)
class DocContext:
    """What every table builder needs besides the Doc."""

    doc_id: str
    meeting_ids: list[str]

    def meeting_at(self, doc: Doc, char: int) -> str:
        """The meeting a character offset belongs to (minute books hold several)."""
        spans = doc._.meeting_spans or []
        for meeting_id, span in zip(self.meeting_ids, spans, strict=False):
            if span[0] <= char < span[1]:
                return meeting_id
        return self.meeting_ids[0] if self.meeting_ids else ""


RowBuilder = Callable[[Doc, DocContext], list[dict]]
COLUMNS: dict[str, list[str]] = {}
BUILDERS: dict[str, RowBuilder] = {}
INT_COLUMNS = {"n_chars", "start_char", "end_char"}
NULLABLE_INT_COLUMNS = {"page"}  # empty (<NA>) where the source has no pages


def register_table(name: str, columns: list[str]) -> Callable[[RowBuilder], RowBuilder]:
    """Register the row builder of a table; ``columns`` are its contract columns, in order."""

    def decorator(builder: RowBuilder) -> RowBuilder:
        COLUMNS[name] = columns
        BUILDERS[name] = builder
        return builder

    return decorator


def doc_id_of(doc: Doc) -> str:
    """The Doc's id: as set by the reader, else a hash of its text (stable across runs)."""
    if doc._.doc_id:
        return str(doc._.doc_id)
    return "doc-" + hashlib.sha1(doc.text.encode("utf-8")).hexdigest()[:12]


def meeting_id_of(doc_id: str, index: int) -> str:
    return f"{doc_id}#m{index + 1}"


def context_of(doc: Doc) -> DocContext:
    doc_id = doc_id_of(doc)
    n = max(1, len(doc._.meetings or []))
    return DocContext(doc_id, [meeting_id_of(doc_id, i) for i in range(n)])


@register_table("documents", ["doc_id", "source", "title", "doc_date", "n_chars", "journal_no",
                              "doc_no", "unit", "email"])
def _documents(doc: Doc, ctx: DocContext) -> list[dict]:
    header = doc._.header or {}
    return [{"doc_id": ctx.doc_id, "source": doc._.source or "", "title": header.get("title", ""),
             "doc_date": header.get("date_iso", ""), "n_chars": len(doc.text),
             "journal_no": header.get("journal_no", ""), "doc_no": header.get("doc_no", ""),
             "unit": header.get("unit", ""), "email": header.get("email", "")}]


@register_table("meetings", ["doc_id", "meeting_id", "body", "date", "start_time", "end_time",
                             "location"])
def _meetings(doc: Doc, ctx: DocContext) -> list[dict]:
    return [{"doc_id": ctx.doc_id, "meeting_id": mid, **meeting}
            for mid, meeting in zip(ctx.meeting_ids, doc._.meetings or [], strict=False)]


@register_table("mentions", ["doc_id", "meeting_id", "start_char", "end_char", "text", "label",
                             "norm", "page"])
def _mentions(doc: Doc, ctx: DocContext) -> list[dict]:
    pages = doc._.page_starts or []  # paged sources (PDF): the 1-based page of each mention
    return [{"doc_id": ctx.doc_id, "meeting_id": ctx.meeting_at(doc, e.start_char),
             "start_char": e.start_char, "end_char": e.end_char, "text": e.text,
             "label": e.label_, "norm": e._.norm or "",
             "page": bisect_right(pages, e.start_char) if pages else None} for e in doc.ents]


@register_table("people", ["doc_id", "meeting_id", "person", "role", "organisation",
                           "municipality", "start_char", "end_char"])
def _people(doc: Doc, ctx: DocContext) -> list[dict]:
    return [{"doc_id": ctx.doc_id, "meeting_id": ctx.meeting_at(doc, p["start_char"]), **p}
            for p in doc._.people or []]


@register_table("attendance", ["doc_id", "meeting_id", "person", "role", "status", "note",
                               "organisation", "municipality"])
def _attendance(doc: Doc, ctx: DocContext) -> list[dict]:
    return [{"doc_id": ctx.doc_id, "meeting_id": ctx.meeting_at(doc, r.get("start_char", 0)), **r}
            for r in doc._.attendance or []]


@register_table("agenda_items", ["doc_id", "meeting_id", "item_no", "title", "case_no"])
def _agenda_items(doc: Doc, ctx: DocContext) -> list[dict]:
    return [{"doc_id": ctx.doc_id, "meeting_id": ctx.meeting_at(doc, r.get("start_char", 0)), **r}
            for r in doc._.agenda_items or []]


def doc_rows(doc: Doc) -> dict[str, list[dict]]:
    """The rows one Doc contributes to each registered table."""
    ctx = context_of(doc)
    return {name: builder(doc, ctx) for name, builder in BUILDERS.items()}


def frames(rows: dict[str, list[dict]]) -> dict[str, pd.DataFrame]:
    """DataFrames with the contract columns first (extra columns kept after them)."""
    out = {}
    for name, cols in COLUMNS.items():
        df = pd.DataFrame(rows.get(name, []))
        for col in cols:
            if col not in df.columns:
                df[col] = pd.Series(dtype="int64" if col in INT_COLUMNS else
                                    "Int64" if col in NULLABLE_INT_COLUMNS else "string")
        extra = [c for c in df.columns if c not in cols]
        df = df[cols + extra]
        for col in df.columns:
            if col in NULLABLE_INT_COLUMNS:
                df[col] = df[col].astype("Int64")
            elif col not in INT_COLUMNS and df[col].dtype == object:
                df[col] = df[col].fillna("").astype("string")
        out[name] = df.reset_index(drop=True)
    return out


def to_tables(docs: Iterable[Doc]) -> dict[str, pd.DataFrame]:
    """Collect the tables of many processed Docs.

    Args:
        docs: Docs that went through the minutes pipeline.

    Returns:
        Table name -> DataFrame, columns as in ``COLUMNS`` (documented in the README).
    """
    rows: dict[str, list[dict]] = {name: [] for name in COLUMNS}
    for doc in docs:
        for name, part in doc_rows(doc).items():
            rows[name].extend(part)
    return frames(rows)


def municipality_table() -> pd.DataFrame:
    """The 98 municipalities with code, region and police district, for joins."""
    return pd.DataFrame(resources.municipalities()).astype("string")
