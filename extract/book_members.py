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

BOOK_MEMBER_COLUMNS = ["doc_id", "member", "spellings", "meetings_present", "meetings_absent",
                       "first_meeting", "last_meeting", "role"]


def _initials_and_surname(name: str) -> tuple[str, str]:
    """("sp", "sørensen") for "S. P. Sørensen", "S.P.Sørensen" or "Søren P. Sørensen"."""
    spaced = re.sub(r"(?<=[a-zæøåöü.])(?=[A-ZÆØÅ])|(?<=[A-ZÆØÅ])(?=[A-ZÆØÅ][a-zæøå])", " ", name)
    words = [w for w in re.split(r"[\s.]+", spaced) if w]
    if not words:
        return "", ""
    return "".join(w[0] for w in words[:-1]).casefold(), words[-1].casefold()


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one letter inserted, dropped or changed."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    for k, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return a[k:] == b[k + 1:] or a[k + 1:] == b[k + 1:]
    return True


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def _member_keys(names: list[str]) -> dict[str, str]:
    """Each spelling of one book -> its member's key. Spellings with one surname are one member
    when the initials of one are among the other's in order ("P. Sørensen" and "S. P.
    Sørensen"; "Jensen" alone with "J. P. Jensen"), and only one member fits."""
    parts = {n: _initials_and_surname(n) for n in names}
    # A surname misspelt by one letter ("Rasmusen", "Matiesen") is the more common spelling's.
    counts: dict[str, int] = {}
    for _initials, surname in parts.values():
        counts[surname] = counts.get(surname, 0) + 1
    canonical = {s: max((t for t in counts if len(s) >= 5 and _one_edit(s, t)),
                        key=lambda t: (counts[t], t), default=s) for s in counts}
    canonical = {s: t if counts[t] > counts[s] else s for s, t in canonical.items()}
    parts = {n: (i, canonical[sur]) for n, (i, sur) in parts.items()}
    keys: dict[str, str] = {}
    by_surname: dict[str, list[str]] = {}
    for name, (_initials, surname) in parts.items():
        by_surname.setdefault(surname, []).append(name)
    for surname, spellings in by_surname.items():
        # the fullest initials first: each shorter spelling joins the one member it fits
        spellings.sort(key=lambda n: -len(parts[n][0]))
        members: list[str] = []
        for name in spellings:
            fits = [m for m in members if _is_subsequence(parts[name][0], parts[m][0])]
            keys[name] = f"{parts[fits[0]][0]} {surname}" if len(fits) == 1 else \
                f"{parts[name][0]} {surname}"
            if not fits or len(fits) > 1:
                members.append(name)
    return keys


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
        keys = _member_keys(list(book["person"].unique()))
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
