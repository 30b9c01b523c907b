"""Docs -> pandas DataFrames with fixed, documented columns (see README, "The tables").

Every table is listed once, in :data:`TABLES`: its contract columns and the function that turns
one Doc (and its :class:`DocContext`) into that Doc's rows. Adding a table means adding a row
builder module here and a line to :data:`TABLES`; nothing registers itself on import.

The tables are tidy: each has exactly its contract columns, a missing value is ``<NA>`` (never
an empty string), numbers are numbers (:data:`DTYPES`) and every other column is text
(pandas ``string`` dtype).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import pandas as pd
from spacy.tokens import Doc

from .. import resources
from ..rules.kinds import TABLES_OF_KIND
from . import actions, decisions, meetings
from .base import DocContext, RowBuilder, context_of, doc_id_of, meeting_id_of, row


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
# The dtype of every column that is not text. A column name means the same in every table, so
# the types are kept by name; any other contract column is "string".
DTYPES: dict[str, str] = {
    "n_chars": "int64", "start_char": "int64", "end_char": "int64",
    "page": "Int64",  # <NA> where the source has no pages
    "score": "float64",
    "history": "bool",
    "needs_review": "bool",
}
INT_COLUMNS = {c for c, t in DTYPES.items() if t == "int64"}
NULLABLE_INT_COLUMNS = {c for c, t in DTYPES.items() if t == "Int64"}
FLOAT_COLUMNS = {c for c, t in DTYPES.items() if t == "float64"}
BOOL_COLUMNS = {c for c, t in DTYPES.items() if t == "bool"}

__all__ = ["BOOL_COLUMNS", "COLUMNS", "DTYPES", "FLOAT_COLUMNS", "INT_COLUMNS",
           "NULLABLE_INT_COLUMNS", "TABLES", "DocContext", "Table", "context_of", "doc_id_of",
           "doc_rows", "dtype_of", "frames", "is_missing", "meeting_id_of",
           "municipality_table", "row", "to_tables"]


def dtype_of(column: str) -> str:
    """The pandas dtype of a contract column: :data:`DTYPES`, else "string"."""
    return DTYPES.get(column, "string")


def is_missing(value: Any) -> bool:
    """Whether a cell value a row builder gave means "no value": None, NaN, <NA> or ""."""
    if value is None or value is pd.NA:
        return True
    if isinstance(value, str):
        return value == ""
    return isinstance(value, float) and math.isnan(value)


def doc_rows(doc: Doc) -> dict[str, list[dict]]:
    """The rows one Doc contributes to each registered table (missing values as builders give
    them: None or ""; :func:`frames` and the batch store make both <NA>).

    The document's kind (:mod:`extract.rules.kinds`) says which tables it fills: an agenda
    gives no attendance or decisions, other text only its mentions.
    """
    ctx = context_of(doc)
    wanted = TABLES_OF_KIND[ctx.kind]
    return {name: table.rows(doc, ctx) if name in wanted else []
            for name, table in TABLES.items()}


def frames(rows: dict[str, list[dict]]) -> dict[str, pd.DataFrame]:
    """DataFrames with exactly the contract columns, typed, missing values ``<NA>``.

    This is the one place where "" becomes <NA>: builders may give either for a missing value.
    Keys outside a table's contract are left out.
    """
    out = {}
    for name, cols in COLUMNS.items():
        table_rows = rows.get(name, [])
        data = {}
        for col in cols:
            values = [r.get(col) for r in table_rows]
            dtype = dtype_of(col)
            if dtype == "string":
                values = [None if is_missing(v) else str(v) for v in values]
            elif dtype == "Int64":
                values = [None if is_missing(v) else v for v in values]
            data[col] = pd.Series(pd.array(values, dtype=dtype), dtype=dtype)
        out[name] = pd.DataFrame(data, columns=cols)
    return out


def to_tables(docs: Iterable[Doc]) -> dict[str, pd.DataFrame]:
    """Collect the tables of many processed Docs.

    Args:
        docs: Docs that went through the minutes pipeline.

    Returns:
        Table name -> DataFrame with exactly the columns of ``COLUMNS`` (documented in the
        README), typed as :func:`dtype_of` says; a missing value is ``<NA>``.
    """
    rows: dict[str, list[dict]] = {name: [] for name in COLUMNS}
    for doc in docs:
        for name, part in doc_rows(doc).items():
            rows[name].extend(part)
    return frames(rows)


def municipality_table() -> pd.DataFrame:
    """The 98 municipalities with code, region and police district, for joins."""
    return pd.DataFrame(resources.municipalities()).astype("string")
