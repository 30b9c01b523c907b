"""Docs -> pandas DataFrames with fixed, documented columns (see README, "The tables").

Every table is listed once, in :data:`TABLES`: its contract columns and the function that turns
one Doc (and its :class:`DocContext`) into that Doc's rows. Adding a table means adding a row
builder module here and a line to :data:`TABLES`; nothing registers itself on import.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd
from spacy.tokens import Doc

from .. import resources
from . import actions, decisions, meetings
from .base import DocContext, RowBuilder, context_of, doc_id_of, meeting_id_of


@dataclass(frozen=True)
class Table:
    """One output table: its contract columns, in order, and its row builder."""

    columns: list[str]
    rows: RowBuilder


# The order is the order of the outputs (files, `--show`, `extract show`).
TABLES: dict[str, Table] = {
    "documents": Table(meetings.DOCUMENTS_COLUMNS, meetings.document_rows),
    "meetings": Table(meetings.MEETINGS_COLUMNS, meetings.meeting_rows),
    "mentions": Table(meetings.MENTIONS_COLUMNS, meetings.mention_rows),
    "people": Table(meetings.PEOPLE_COLUMNS, meetings.people_rows),
    "attendance": Table(meetings.ATTENDANCE_COLUMNS, meetings.attendance_rows),
    "agenda_items": Table(meetings.AGENDA_ITEMS_COLUMNS, meetings.agenda_item_rows),
    "actions": Table(actions.COLUMNS, actions.action_rows),
    "decisions": Table(decisions.DECISION_COLUMNS, decisions.decision_rows),
    "positions": Table(decisions.POSITION_COLUMNS, decisions.position_rows),
}
COLUMNS: dict[str, list[str]] = {name: table.columns for name, table in TABLES.items()}
INT_COLUMNS = {"n_chars", "start_char", "end_char"}
NULLABLE_INT_COLUMNS = {"page"}  # empty (<NA>) where the source has no pages

__all__ = ["COLUMNS", "INT_COLUMNS", "NULLABLE_INT_COLUMNS", "TABLES", "DocContext", "Table",
           "context_of", "doc_id_of", "doc_rows", "frames", "meeting_id_of", "municipality_table",
           "to_tables"]


def doc_rows(doc: Doc) -> dict[str, list[dict]]:
    """The rows one Doc contributes to each registered table."""
    ctx = context_of(doc)
    return {name: table.rows(doc, ctx) for name, table in TABLES.items()}


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
