"""CSV files for spreadsheets: the store's tables with formula injection neutralised.

A CSV file is opened in Excel or LibreOffice by people who did not write the input, and a
spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula
(``=HYPERLINK(...)``, ``=cmd|' /C calc'!A0``); a leading tab or carriage return hides one. As
OWASP recommends ("CSV Injection"), a text cell that starts with one of these characters gets a
single quote in front, which spreadsheets show as text. Only the CSV files are changed: DuckDB
and Parquet keep the exact text, and numbers (a negative amount) stay numbers.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
TEXT = "VARCHAR"


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def neutralise(value: str) -> str:
    """``value`` as :func:`write_csv` writes a text cell: a quote before a formula start."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _cell(col: str, typ: str) -> str:
    """The SQL of one CSV column: text cells neutralised, other types as they are."""
    if typ != TEXT:
        return _q(col)
    starts = ", ".join(f"chr({ord(c)})" for c in FORMULA_STARTS)
    return (f"CASE WHEN left({_q(col)}, 1) IN ({starts}) THEN '''' || {_q(col)} "
            f"ELSE {_q(col)} END AS {_q(col)}")


def write_csv(con: Any, table: str, columns: Mapping[str, str], path: Path) -> None:
    """Write one table of the store as CSV, replacing ``path`` only when it is complete.

    Args:
        con: the DuckDB connection.
        table: the table in schema ``store``.
        columns: its columns in order, each with its SQL type.
        path: the CSV file.
    """
    cols = ", ".join(_cell(col, typ) for col, typ in columns.items())
    tmp = path.with_name(path.name + ".tmp")
    target = str(tmp).replace("'", "''")
    con.execute(f"COPY (SELECT {cols} FROM store.{_q(table)}) TO '{target}' "
                "(FORMAT csv, HEADER true)")
    os.replace(tmp, path)
