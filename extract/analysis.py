"""Corpus tables over the output of :func:`extract.to_tables`: people with their roles over
time, who met whom, and tidy timelines for plotting.

>>> tables = extract.to_tables(docs)
>>> people = extract.persons(tables)            # one row per real person
>>> pairs = extract.cooccurrence(tables)        # person pairs sharing meetings
>>> extract.attendance_timeline(tables, freq="Y")
"""

from __future__ import annotations

from itertools import combinations

import pandas as pd

from .resolve import resolve_people

__all__ = ["attendance_timeline", "cooccurrence", "persons", "role_timeline"]

PERSON_COLUMNS = ["person_id", "name", "variants", "roles", "first_date", "last_date",
                  "municipalities", "n_meetings", "n_mentions"]
ROLE_COLUMNS = ["person_id", "name", "role", "first_date", "last_date", "n_meetings"]
PAIR_COLUMNS = ["person_a", "person_b", "name_a", "name_b", "n_meetings", "first_date",
                "last_date"]


def _resolved(tables: dict[str, pd.DataFrame], mentions: pd.DataFrame | None) -> pd.DataFrame:
    return mentions if mentions is not None else resolve_people(tables)


def _join(values: pd.Series) -> str:
    return "; ".join(sorted({v for v in values if v}))


def _first(values: pd.Series) -> str:
    dated = [v for v in values if v]
    return min(dated) if dated else ""


def _last(values: pd.Series) -> str:
    dated = [v for v in values if v]
    return max(dated) if dated else ""


def persons(tables: dict[str, pd.DataFrame], *,
            mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per resolved person.

    Args:
        tables: the tables of :func:`extract.to_tables`.
        mentions: the output of :func:`extract.resolve_people`, if already computed.

    Returns:
        Columns ``PERSON_COLUMNS``: ``variants`` the names as written, ``roles`` each role
        with its first and last date ("formand 1942-04-13..1943-01-15"), ``municipalities``
        the codes seen beside the person, ``n_meetings`` the meetings they appear in; most
        frequently seen people first.
    """
    m = _resolved(tables, mentions)
    if not len(m):
        return pd.DataFrame(columns=PERSON_COLUMNS)
    roles = role_timeline(tables, mentions=m)
    role_text = roles.groupby("person_id").apply(
        lambda g: "; ".join(f"{r} {a}..{b}" if a else r for r, a, b in
                            zip(g["role"], g["first_date"], g["last_date"], strict=True)),
        include_groups=False).rename("roles")
    meeting = m["meeting_id"].where(m["meeting_id"] != "", m["doc_id"])
    out = m.assign(meeting=meeting).groupby("person_id").agg(
        name=("name", "first"), variants=("person", _join), first_date=("date", _first),
        last_date=("date", _last), municipalities=("municipality", _join),
        n_meetings=("meeting", "nunique"), n_mentions=("person", "size"))
    out = out.join(role_text).reset_index()
    out["roles"] = out["roles"].fillna("")
    out = out.sort_values(["n_meetings", "n_mentions", "name"], ascending=[False, False, True])
    return out[PERSON_COLUMNS].reset_index(drop=True)


def role_timeline(tables: dict[str, pd.DataFrame], *,
                  mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Who held which role when: one row per person and role, with first and last date.

    Returns:
        Columns ``ROLE_COLUMNS``, ordered by person and first date.
    """
    m = _resolved(tables, mentions)
    m = m[m["role"] != ""] if len(m) else m
    if not len(m):
        return pd.DataFrame(columns=ROLE_COLUMNS)
    meeting = m["meeting_id"].where(m["meeting_id"] != "", m["doc_id"])
    out = m.assign(meeting=meeting).groupby(["person_id", "role"]).agg(
        name=("name", "first"), first_date=("date", _first), last_date=("date", _last),
        n_meetings=("meeting", "nunique")).reset_index()
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
        Columns ``PAIR_COLUMNS`` (``person_a`` < ``person_b``), most shared meetings first.
    """
    m = _resolved(tables, mentions)
    if not len(m):
        return pd.DataFrame(columns=PAIR_COLUMNS)
    m = m.assign(meeting=m["meeting_id"].where(m["meeting_id"] != "", m["doc_id"]))
    if present_only:
        has_attendance = set(m.loc[m["source"] == "attendance", "meeting"])
        keep = (m["status"] == "present") | ~m["meeting"].isin(has_attendance)
        m = m[keep]
    names = dict(zip(m["person_id"], m["name"], strict=True))
    counts: dict[tuple[str, str], list[str]] = {}
    for _meeting, group in m.groupby("meeting"):
        date = _first(group["date"])
        for a, b in combinations(sorted(set(group["person_id"])), 2):
            counts.setdefault((a, b), []).append(date)
    rows = [{"person_a": a, "person_b": b, "name_a": names[a], "name_b": names[b],
             "n_meetings": len(dates), "first_date": _first(pd.Series(dates)),
             "last_date": _last(pd.Series(dates))} for (a, b), dates in counts.items()]
    out = pd.DataFrame(rows, columns=PAIR_COLUMNS)
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
        ``n_meetings``, ``n_present``, ``n_absent``; meetings without a date are left out.

    Raises:
        ValueError: ``freq`` is not one of Y, Q, M.
    """
    if freq not in ("Y", "Q", "M"):
        raise ValueError(f"freq must be 'Y', 'Q' or 'M', not {freq!r}")
    keys = [by] if by else []
    columns = ["period", *keys, "n_meetings", "n_present", "n_absent"]
    meetings = tables["meetings"]
    meetings = meetings[meetings["date"] != ""]
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
    out = joined.groupby(["period", *keys]).agg(
        n_meetings=("meeting_id", "nunique"), n_present=("n_present", "sum"),
        n_absent=("n_absent", "sum")).reset_index()
    out[["n_present", "n_absent"]] = out[["n_present", "n_absent"]].astype(int)
    return out[columns].sort_values(["period", *keys]).reset_index(drop=True)
