"""Who sat on the council a minute book records: one row per member per book.

A book writes one member many ways ("J. P. Jensen", "JPJensen", "Jens P. Jensen", and at times
"Jensen" alone); an analyst wants one row per member: how often he signed or was listed
present, how often absent, his first and last meeting, and the office the book last gives him::

    tables = extract.to_tables(docs)                  # or archive.read_tables("out/books")
    book_members(tables)                              # doc_id x member

Spellings are grouped by surname and initials: one joins another when its initials are among
the other's in order ("P. Sørensen" with "S. P. Sørensen", "Jensen" alone with "J. P.
Jensen") and only one member fits; a surname misspelt by one letter is the common spelling's
("Rasmusen" for "Rasmussen"). ``member`` is the fullest spelling the book uses (most
letters; the most frequent of equals).
"""

from __future__ import annotations

import re

import pandas as pd

from .rules.signatures import member_keys

BOOK_MEMBER_COLUMNS = ["doc_id", "member", "spellings", "meetings_present", "meetings_absent",
                       "first_meeting", "last_meeting", "role"]


def book_members(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per member of each minute book in ``tables`` (documents of kind minute_book).

    Columns: ``doc_id``, ``member`` (the fullest spelling), ``spellings`` (how many ways the
    book writes him), ``meetings_present`` / ``meetings_absent`` (meetings he was recorded
    present / absent at), ``first_meeting`` / ``last_meeting`` (ISO dates of the first and last
    dated meeting he attended), ``role`` (the last office the book gives him, or <NA>).
    """
    documents, attendance = tables["documents"], tables["attendance"]
    books = set(documents.loc[documents["kind"] == "minute_book", "doc_id"])
    rows = attendance[attendance["doc_id"].isin(books)].copy()
    if rows.empty:
        return pd.DataFrame(columns=BOOK_MEMBER_COLUMNS)
    dates = tables["meetings"].set_index("meeting_id")["date"]
    rows["date"] = rows["meeting_id"].map(dates)
    rows["key"] = rows["person"]
    for _doc_id, book in rows.groupby("doc_id"):
        uses = book["person"].value_counts()
        apart = {frozenset((a, b)) for names in book.groupby("meeting_id")["person"]
                 .agg(lambda p: sorted(set(p))) for a in names for b in names if a != b}
        keys = member_keys(list(uses.index), uses.to_dict(), apart)
        rows.loc[book.index, "key"] = book["person"].map(keys)
    out = []
    for (doc_id, _key), member in rows.groupby(["doc_id", "key"], sort=False):
        spellings = member["person"].value_counts()
        fullest = max(spellings.index, key=lambda s: (len(re.sub(r"\W", "", s)), spellings[s]))
        present = member[member["status"] == "present"]
        dated = present["date"].dropna().sort_values()
        roles = member.dropna(subset=["role"]).sort_values("start_char")["role"]
        out.append({"doc_id": doc_id, "member": fullest, "spellings": len(spellings),
                    "meetings_present": present["meeting_id"].nunique(),
                    "meetings_absent": member.loc[member["status"] == "absent",
                                                  "meeting_id"].nunique(),
                    "first_meeting": dated.iloc[0] if len(dated) else pd.NA,
                    "last_meeting": dated.iloc[-1] if len(dated) else pd.NA,
                    "role": roles.iloc[-1] if len(roles) else pd.NA})
    table = pd.DataFrame(out, columns=BOOK_MEMBER_COLUMNS).astype(
        {"doc_id": "string", "member": "string", "spellings": "int64",
         "meetings_present": "int64", "meetings_absent": "int64", "first_meeting": "string",
         "last_meeting": "string", "role": "string"})
    return table.sort_values(["doc_id", "meetings_present", "member"],
                             ascending=[True, False, True], ignore_index=True)
