"""Corpus tables over the output of :func:`extract.to_tables`: people with their roles over
time, who met whom, and tidy timelines for plotting.

>>> tables = extract.to_tables(docs)
>>> people = extract.persons(tables)            # one row per real person
>>> pairs = extract.cooccurrence(tables)        # person pairs sharing meetings
>>> extract.attendance_timeline(tables, freq="Y")
"""

from __future__ import annotations

from itertools import combinations
from typing import TYPE_CHECKING

import pandas as pd

from .resolve import resolve_people

if TYPE_CHECKING:
    from pandas.api.typing import NAType

__all__ = ["attendance_timeline", "cooccurrence", "persons", "role_timeline"]

PERSON_COLUMNS = ["person_id", "name", "variants", "roles", "first_date", "last_date",
                  "municipalities", "n_meetings", "n_mentions"]
ROLE_COLUMNS = ["person_id", "name", "role", "first_date", "last_date", "n_meetings"]
PAIR_COLUMNS = ["person_a", "person_b", "name_a", "name_b", "n_meetings", "first_date",
                "last_date"]


def _resolved(tables: dict[str, pd.DataFrame], mentions: pd.DataFrame | None) -> pd.DataFrame:
    return mentions if mentions is not None else resolve_people(tables)


def _present(values: pd.Series) -> pd.Series:
    """True where a cell holds a value. The tables say "missing" with <NA>; the mentions of
    :func:`extract.resolve_people` may say it with "", so both count as missing."""
    return (values.notna() & values.astype("string").ne("").fillna(False)).astype(bool)


def _meeting_or_doc(m: pd.DataFrame) -> pd.Series:
    """The meeting of each mention, else its document (a mention outside any meeting)."""
    return m["meeting_id"].where(_present(m["meeting_id"]), m["doc_id"])


def _distinct(values: pd.Series) -> list[str]:
    return sorted({str(v) for v in values[_present(values)]})


def _first(values: pd.Series) -> str | NAType:
    dated = values[_present(values)]
    return min(dated) if len(dated) else pd.NA


def _last(values: pd.Series) -> str | NAType:
    dated = values[_present(values)]
    return max(dated) if len(dated) else pd.NA


def persons(tables: dict[str, pd.DataFrame], *,
            mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per resolved person.

    Args:
        tables: the tables of :func:`extract.to_tables`.
        mentions: the output of :func:`extract.resolve_people`, if already computed.

    Returns:
        Columns ``PERSON_COLUMNS``, most frequently seen people first: ``variants`` the names
        as written (a sorted list), ``roles`` the roles held (a list, in the order first held;
        :func:`role_timeline` has each role's first and last date), ``first_date`` and
        ``last_date`` the first and last meeting date (<NA> where no meeting is dated),
        ``municipalities`` the codes seen beside the person (a sorted list), ``n_meetings``
        the meetings they appear in and ``n_mentions`` their mentions. The list columns hold
        Python lists (Parquet stores them as ``list<string>``); an empty list is "none".
    """
    m = _resolved(tables, mentions)
    if not len(m):
        return pd.DataFrame(columns=PERSON_COLUMNS)
    timeline = role_timeline(tables, mentions=m)  # by person, then first date
    roles = timeline.groupby("person_id", sort=False)["role"].agg(list).rename("roles")
    out = m.assign(meeting=_meeting_or_doc(m)).groupby("person_id").agg(
        name=("name", "first"), variants=("person", _distinct), first_date=("date", _first),
        last_date=("date", _last), municipalities=("municipality", _distinct),
        n_meetings=("meeting", "nunique"), n_mentions=("person", "size"))
    out = out.join(roles).reset_index()
    out["roles"] = [r if isinstance(r, list) else [] for r in out["roles"]]
    out = out.astype({"person_id": "string", "name": "string", "first_date": "string",
                      "last_date": "string", "n_meetings": "int64", "n_mentions": "int64"})
    out = out.sort_values(["n_meetings", "n_mentions", "name"], ascending=[False, False, True])
    return out[PERSON_COLUMNS].reset_index(drop=True)


def role_timeline(tables: dict[str, pd.DataFrame], *,
                  mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Who held which role when: one row per person and role, with first and last date.

    Args:
        tables: the tables of :func:`extract.to_tables`.
        mentions: the output of :func:`extract.resolve_people`, if already computed.

    Returns:
        Columns ``ROLE_COLUMNS``, ordered by person and first date; ``first_date`` and
        ``last_date`` are <NA> where none of the meetings is dated.
    """
    m = _resolved(tables, mentions)
    m = m[_present(m["role"])] if len(m) else m
    if not len(m):
        return pd.DataFrame(columns=ROLE_COLUMNS)
    out = m.assign(meeting=_meeting_or_doc(m)).groupby(["person_id", "role"]).agg(
        name=("name", "first"), first_date=("date", _first), last_date=("date", _last),
        n_meetings=("meeting", "nunique")).reset_index()
    out = out.astype({"first_date": "string", "last_date": "string"})
    return out.sort_values(["name", "first_date", "role"])[ROLE_COLUMNS].reset_index(drop=True)


def cooccurrence(tables: dict[str, pd.DataFrame], *, mentions: pd.DataFrame | None = None,
                 present_only: bool = True) -> pd.DataFrame:
    """Pairs of people who appear in the same meetings.

    Args:
        tables: the tables of :func:`extract.to_tables`.
        mentions: the output of :func:`extract.resolve_people`, if already computed.
        present_only: count a meeting only for people recorded present (attendance rows with
            status ``present``; people mentioned in the text of a meeting without attendance
            rows count too).

    Returns:
        Columns ``PAIR_COLUMNS`` (``person_a`` < ``person_b``), most shared meetings first;
        ``first_date`` and ``last_date`` are <NA> where none of the shared meetings is dated.
    """
    m = _resolved(tables, mentions)
    if not len(m):
        return pd.DataFrame(columns=PAIR_COLUMNS)
    m = m.assign(meeting=_meeting_or_doc(m))
    if present_only:
        has_attendance = set(m.loc[m["source"] == "attendance", "meeting"])
        present = (m["status"] == "present").fillna(False).astype(bool)
        m = m[present | ~m["meeting"].isin(has_attendance)]
    names = dict(zip(m["person_id"], m["name"], strict=True))
    counts: dict[tuple[str, str], list[str]] = {}
    for _meeting, group in m.groupby("meeting"):
        date = _first(group["date"])
        for a, b in combinations(sorted(set(group["person_id"])), 2):
            counts.setdefault((a, b), []).append(date)
    rows = [{"person_a": a, "person_b": b, "name_a": names[a], "name_b": names[b],
             "n_meetings": len(dates), "first_date": _first(pd.Series(dates, dtype="string")),
             "last_date": _last(pd.Series(dates, dtype="string"))}
            for (a, b), dates in counts.items()]
    out = pd.DataFrame(rows, columns=PAIR_COLUMNS).astype(
        {"first_date": "string", "last_date": "string"})
    return out.sort_values(["n_meetings", "name_a", "name_b"], ascending=[False, True, True]
                           ).reset_index(drop=True)


def attendance_timeline(tables: dict[str, pd.DataFrame], *, freq: str = "Y",
                        by: str = "body") -> pd.DataFrame:
    """Meetings and attendance per period, tidy for plotting.

    Args:
        tables: the tables of :func:`extract.to_tables`.
        freq: ``"Y"`` (year), ``"Q"`` (quarter) or ``"M"`` (month).
        by: a ``meetings`` column to group by as well (``"body"``), or ``""`` for none.

    Returns:
        Columns ``period`` (``2024``, ``2024Q3``, ``2024-09``), the ``by`` column,
        ``n_meetings``, ``n_present``, ``n_absent``; meetings without a date are left out,
        meetings whose ``by`` value is missing are counted under <NA>.

    Raises:
        ValueError: ``freq`` is not one of Y, Q, M.
    """
    if freq not in ("Y", "Q", "M"):
        raise ValueError(f"freq must be 'Y', 'Q' or 'M', not {freq!r}")
    keys = [by] if by else []
    columns = ["period", *keys, "n_meetings", "n_present", "n_absent"]
    meetings = tables["meetings"]
    meetings = meetings[_present(meetings["date"])]
    if not len(meetings):
        return pd.DataFrame(columns=columns)
    dates = pd.to_datetime(meetings["date"], errors="coerce")
    fmt = {"Y": lambda d: str(d.year), "M": lambda d: f"{d.year}-{d.month:02d}",
           "Q": lambda d: f"{d.year}Q{d.quarter}"}[freq]
    periods = meetings.assign(period=[fmt(d) if pd.notna(d) else "" for d in dates])
    periods = periods[periods["period"] != ""]
    att = tables.get("attendance", pd.DataFrame(columns=["meeting_id", "status"]))
    status = att.groupby("meeting_id")["status"].agg(
        n_present=lambda s: int((s == "present").sum()),
        n_absent=lambda s: int((s == "absent").sum()))
    joined = periods.join(status, on="meeting_id").fillna({"n_present": 0, "n_absent": 0})
    out = joined.groupby(["period", *keys], dropna=False).agg(
        n_meetings=("meeting_id", "nunique"), n_present=("n_present", "sum"),
        n_absent=("n_absent", "sum")).reset_index()
    out[["n_present", "n_absent"]] = out[["n_present", "n_absent"]].astype(int)
    return out[columns].sort_values(["period", *keys]).reset_index(drop=True)
