"""An archive of meetings over time: attendance, votes, outcomes, cases and follow-ups.

Functions over the tables of :func:`extract.to_tables` or of an ``extract run`` output folder
(:func:`read_tables`); each takes the tables (or a tidy frame made by another of them) and
returns a tidy DataFrame, ready for a plot or a pivot::

    tables = read_tables("out/greve")                 # what `extract run` wrote
    tables = one_meeting_per_document(tables)         # one meeting per file (portal JSON)
    attendance_rates(tables, freq="Y")                # person x body x year: attended / listed
    party_votes(tables)                               # party x body x position: items
    decision_outcomes(tables)                         # year x body x outcome: decisions
    stages = case_stages(tables)                      # a case at each meeting, in date order
    case_flow(tables, stages=stages)                  # a case's path through the bodies
    actions_by_unit(tables)                           # who is handed the follow-ups

Bodies are as the meetings table writes them; dates are ISO strings; a meeting without a date
cannot be placed in time and is left out of everything counted per period or ordered by date.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from .tables import COLUMNS

__all__ = [
    "SENT_BACK",
    "actions_by_unit",
    "attendance_rates",
    "case_flow",
    "case_routes",
    "case_stages",
    "decision_outcomes",
    "one_meeting_per_document",
    "party_of",
    "party_votes",
    "read_tables",
    "responsible_unit",
]

RATE_COLUMNS = ["person", "period", "n_meetings", "n_present", "n_absent", "rate"]
VOTE_COLUMNS = ["party", "position", "n_items", "n_voted_items"]
OUTCOME_COLUMNS = ["period", "outcome", "n_decisions", "share"]
STAGE_COLUMNS = ["case_no", "step", "meeting_id", "body", "date", "item_no", "title", "outcome",
                 "decision", "sent_back", "days_since_previous"]
FLOW_COLUMNS = ["case_no", "title", "n_stages", "n_bodies", "path", "first_date", "last_date",
                "days", "n_sent_back", "sent_back_by", "last_outcome"]
ROUTE_COLUMNS = ["path", "n_cases", "median_days", "max_days", "n_sent_back"]
UNIT_COLUMNS = ["unit", "n_actions", "n_items", "n_with_deadline"]

SENT_BACK = re.compile(
    r"\btilbage\s*send\w*|\bsend\w*\s+(?:sagen\s+|den\s+|forslaget\s+)?tilbage\b"
    r"|\buds[æa]t\w*\s+(?:til|sagen|punktet|behandlingen)\b"
    r"|\b(?:sagen|punktet|behandlingen)\s+(?:blev\s+|bliver\s+)?uds[æa]t\w*",
    re.IGNORECASE)
"""A decision that sends a case back or puts it off: "besluttede at sende sagen tilbage til
Plan- og Tryghedsudvalget", "tilbagesendes", "Sagen blev udsat til næste møde", "udsætter
punktet". Read from the decision's text rather than its ``outcome``: a case is sent back in a
sentence whose outcome verb may be another ("Ikke godkendt. Sagen sendes tilbage ...")."""

_PARTY = re.compile(r"^[A-ZÆØÅ]{1,3}$")
# The words after which an actor phrase stops naming the actor ("administrationen i god tid
# inden næste vintersæson", "Greve Kommune med virkning fra ...").
_UNIT_STOP = frozenset({"i", "med", "på", "for", "dog", "sammen", "inden", "til", "om", "efter",
                        "senest", "hurtigst", "snarest", "via", "ved", "under", "-", "–"})


def read_tables(out_dir: str | Path) -> dict[str, pd.DataFrame]:
    """The tables an ``extract run`` wrote to ``out_dir``, as :func:`extract.to_tables` gives them.

    Args:
        out_dir: the run's output folder (the one holding ``meetings.parquet/``).

    Returns:
        One DataFrame per table of ``extract.COLUMNS`` (plus ``errors`` when written), with
        its documented columns; a table the run did not write is empty.

    Raises:
        FileNotFoundError: ``out_dir`` holds no ``meetings.parquet`` (no run wrote there).
    """
    out = Path(out_dir)
    if not (out / "meetings.parquet").exists():
        raise FileNotFoundError(f"{out}: no tables here; run `extract run INPUTS --out {out}` "
                                "first")
    tables: dict[str, pd.DataFrame] = {}
    for name, columns in {**COLUMNS, "errors": ["source", "stage", "reason"]}.items():
        path = out / f"{name}.parquet"
        frame = pd.read_parquet(path) if path.exists() else pd.DataFrame(columns=columns)
        tables[name] = frame[[c for c in columns if c in frame.columns]]
    return tables


def one_meeting_per_document(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Fold every meeting of a document into its first one, for archives of one meeting per file.

    The layout reader starts a new meeting where a meeting header seems to follow the items of
    the one before (minute books hold many). In a portal publication, which is always one
    meeting, such a split is a misreading: a list in an item's text taken for a new agenda.
    This keeps the document's first meeting (``#m1``) and moves the rows of the others to it;
    their item numbers get the folded meeting's suffix (``m2/1``), so they never join another
    item's rows.

    Args:
        tables: the tables of :func:`extract.to_tables` or :func:`read_tables`.

    Returns:
        A new dict of tables; ``meetings`` has one row per document.
    """
    meetings = tables["meetings"]
    order = meetings["meeting_id"].str.extract(r"#m(\d+)$", expand=False).astype("float")
    first = (meetings.assign(_n=order).sort_values(["doc_id", "_n"])
             .drop_duplicates("doc_id").set_index("doc_id")["meeting_id"])
    target = dict(zip(meetings["meeting_id"], meetings["doc_id"].map(first), strict=True))
    out = {}
    for name, frame in tables.items():
        if name == "meetings":
            out[name] = meetings[meetings["meeting_id"].isin(set(first))].reset_index(drop=True)
            continue
        if "meeting_id" not in frame.columns or not len(frame):
            out[name] = frame
            continue
        new_id = frame["meeting_id"].map(target)
        moved = new_id.notna() & frame["meeting_id"].ne(new_id).fillna(False).astype(bool)
        frame = frame.copy()
        if "item_no" in frame.columns and moved.any():
            suffix = frame.loc[moved, "meeting_id"].str.rsplit("#", n=1).str[-1]
            frame.loc[moved, "item_no"] = suffix + "/" + frame.loc[moved, "item_no"]
        frame.loc[moved, "meeting_id"] = new_id[moved]
        out[name] = frame
    return out


def _present(values: pd.Series) -> pd.Series:
    return (values.notna() & values.astype("string").str.strip().ne("").fillna(False)).astype(bool)


def _period(dates: pd.Series, freq: str) -> pd.Series:
    """``2024``, ``2024H2``, ``2024Q3`` or ``2024-09`` for each ISO date (<NA> if undated)."""
    if freq not in ("Y", "H", "Q", "M"):
        raise ValueError(f"freq must be 'Y', 'H', 'Q' or 'M', not {freq!r}")
    d = pd.to_datetime(dates, errors="coerce")
    year = d.dt.year.astype("Int64").astype("string")
    label = {"Y": year,
             "H": year + "H" + ((d.dt.month - 1) // 6 + 1).astype("Int64").astype("string"),
             "Q": year + "Q" + d.dt.quarter.astype("Int64").astype("string"),
             "M": year + "-" + d.dt.month.astype("Int64").astype("string").str.zfill(2)}[freq]
    return label.astype("string")


def _meetings(tables: dict[str, pd.DataFrame], freq: str = "Y") -> pd.DataFrame:
    """meeting_id, body, date and period of every meeting (date and period <NA> if undated)."""
    m = tables["meetings"][["meeting_id", "body", "date"]].astype("string")
    m = m.assign(date=m["date"].where(_present(m["date"])))
    return m.assign(period=_period(m["date"], freq))


def _keys(by: str) -> list[str]:
    return [by] if by else []


def attendance_rates(tables: dict[str, pd.DataFrame], *, freq: str = "Y", by: str = "body",
                     members_only: bool = True) -> pd.DataFrame:
    """How often each member attended, per period and body.

    A person counts once per meeting: present if any attendance row of the meeting says
    ``present`` (one who left during an item or was absent for a single item still attended),
    absent if all say ``absent``. Meetings where a person is not listed at all do not count:
    the rate is over the meetings a person was expected at, as the minutes list them.

    Args:
        tables: the tables of :func:`extract.to_tables` or :func:`read_tables`.
        freq: ``"Y"`` (year), ``"H"`` (half-year), ``"Q"`` (quarter) or ``"M"`` (month).
        by: a ``meetings`` column to split by as well (``"body"``), or ``""`` for none.
        members_only: count a person in a ``by`` group only if they attended at least one of
            its meetings. Minutes also name as absent people who are not members: an absence
            quoted from another body's meeting in a case history ("Sagens forløb ...
            Fraværende: Lone Mortensen"), a substitute's principal.

    Returns:
        Columns ``person``, the ``by`` column, ``period``, ``n_meetings`` (listed),
        ``n_present``, ``n_absent`` and ``rate`` (``n_present / n_meetings``), by person,
        ``by`` and period; undated meetings are left out.

    Raises:
        ValueError: ``freq`` is not one of Y, H, Q, M.
    """
    keys = _keys(by)
    columns = ["person", *keys, *RATE_COLUMNS[1:]]
    meetings = _meetings(tables, freq).dropna(subset=["period"])
    att = tables["attendance"]
    att = att[_present(att["person"])]
    if not len(att) or not len(meetings):
        return pd.DataFrame(columns=columns)
    per_meeting = (att.assign(present=att["status"].eq("present").fillna(False))
                   .groupby(["meeting_id", "person"])["present"].any().reset_index())
    rows = per_meeting.merge(meetings, on="meeting_id")
    if members_only:
        attended = rows.groupby(["person", *keys], dropna=False)["present"].transform("any")
        rows = rows[attended.astype(bool)]
    out = rows.groupby(["person", *keys, "period"], dropna=False).agg(
        n_meetings=("meeting_id", "nunique"), n_present=("present", "sum")).reset_index()
    out["n_present"] = out["n_present"].astype("int64")
    out["n_absent"] = out["n_meetings"] - out["n_present"]
    out["rate"] = out["n_present"] / out["n_meetings"]
    return out[columns].sort_values(["person", *keys, "period"]).reset_index(drop=True)


def party_of(actor: str, text: str) -> str | None:
    """The party of a position's actor: the actor itself when it is a party letter ("V", "UP"),
    else the letter in brackets after the name in the sentence ("Linda Heegaard (F)",
    "Hans-Jørgen Kirstein (UP-2)"); None when neither says."""
    actor = (actor or "").strip()
    if _PARTY.match(actor):
        return actor
    if not actor or not isinstance(text, str):
        return None
    found = re.search(re.escape(actor) + r"\s*\(([A-ZÆØÅ]{1,3})(?:-\d+)?\)", text)
    return found.group(1) if found else None


def party_votes(tables: dict[str, pd.DataFrame], *, by: str = "body", history: bool = False,
                aliases: Mapping[str, str] | None = None) -> pd.DataFrame:
    """On how many agenda items each party stood for, against or abstained, per body.

    A party's position on an item counts once however many of its members the minutes name
    ("(V), (A) og (C) stemte for" and "Marc Genning (V) stemte imod" each count one item for
    V). Positions marked ``absent`` (a member who left for conflict of interest) are not votes
    and are left out, as are actors without a party (:func:`party_of`).

    Args:
        tables: the tables of :func:`extract.to_tables` or :func:`read_tables`.
        by: ``"body"`` to split by body, or ``""`` for none.
        history: also count positions quoted from a case's history (an earlier meeting of
            another body). Off by default: in an archive holding that meeting too, they are
            counted there.
        aliases: party as written -> the party to count it under ({"SF": "F"}).

    Returns:
        Columns ``party``, the ``by`` column, ``position`` (``for``, ``against``,
        ``abstain``, ``reservation``), ``n_items`` (items where the party took that position)
        and ``n_voted_items`` (items of the ``by`` group with any recorded position, a
        denominator for rates); most items first.
    """
    keys = _keys(by)
    columns = ["party", *keys, *VOTE_COLUMNS[1:]]
    pos = tables["positions"]
    pos = pos[pos["position"].ne("absent").fillna(False).astype(bool)]
    if not history:
        pos = pos[~pos["history"].fillna(False).astype(bool)]
    if not len(pos):
        return pd.DataFrame(columns=columns)
    meetings = _meetings(tables).set_index("meeting_id")
    # This meeting's body where there is one: a folded meeting's rows keep stale body values.
    body = pos["meeting_id"].map(meetings["body"]).fillna(pos["body"])
    date = pos["meeting_id"].map(meetings["date"]).fillna(pos["date"])
    parties = [party_of(a, t) for a, t in zip(pos["actor"], pos["text"], strict=True)]
    pos = pos.assign(body=body, date=date,
                     party=[(aliases or {}).get(p, p) for p in parties],
                     item=pos["doc_id"].astype(str) + "|" + body.astype(str) + "|"
                     + date.astype(str) + "|" + pos["item_no"].astype(str))
    voted = pos.groupby(keys)["item"].nunique() if keys else pos["item"].nunique()
    pos = pos[pos["party"].notna()]
    out = (pos.drop_duplicates(["item", "party", "position"])
           .groupby(["party", *keys, "position"]).size().rename("n_items").reset_index())
    out["n_voted_items"] = (out[by].map(voted) if keys else voted)
    out = out.astype({"n_items": "int64", "n_voted_items": "int64"})
    return out[columns].sort_values(["n_items", "party", *keys], ascending=[False, True]
                                    + [True] * len(keys)).reset_index(drop=True)


def decision_outcomes(tables: dict[str, pd.DataFrame], *, freq: str = "Y",
                      by: str = "body") -> pd.DataFrame:
    """Decisions per period, body and outcome.

    Args:
        tables: the tables of :func:`extract.to_tables` or :func:`read_tables`.
        freq: ``"Y"``, ``"H"``, ``"Q"`` or ``"M"``.
        by: a ``meetings`` column to split by as well (``"body"``), or ``""`` for none.

    Returns:
        Columns ``period``, the ``by`` column, ``outcome``, ``n_decisions`` and ``share``
        (of the decisions of that period and ``by`` group); decisions of undated meetings are
        left out.

    Raises:
        ValueError: ``freq`` is not one of Y, H, Q, M.
    """
    keys = _keys(by)
    columns = ["period", *keys, *OUTCOME_COLUMNS[1:]]
    rows = tables["decisions"].merge(_meetings(tables, freq).dropna(subset=["period"]),
                                     on="meeting_id")
    if not len(rows):
        return pd.DataFrame(columns=columns)
    out = rows.groupby(["period", *keys, "outcome"], dropna=False).size().rename(
        "n_decisions").reset_index()
    out["share"] = out["n_decisions"] / out.groupby(["period", *keys], dropna=False)[
        "n_decisions"].transform("sum")
    return out[columns].sort_values(["period", *keys, "outcome"]).reset_index(drop=True)


def case_stages(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Each case number at each meeting where it was on the agenda, in date order.

    Args:
        tables: the tables of :func:`extract.to_tables` or :func:`read_tables`.

    Returns:
        Columns ``STAGE_COLUMNS``: ``step`` counts a case's dated meetings from 1; ``outcome``
        and ``decision`` are the item's decision (<NA> where none was found; the first where
        there are several); ``sent_back`` is True where the decision sends the case back or
        puts it off (:data:`SENT_BACK`); ``days_since_previous`` the days since the case's
        previous stage (<NA> at the first). Items without a case number and meetings without a
        date are left out.
    """
    items = tables["agenda_items"]
    items = items[_present(items["case_no"])][["meeting_id", "item_no", "title", "case_no"]]
    items = items.merge(_meetings(tables).dropna(subset=["date"]), on="meeting_id")
    if not len(items):
        return pd.DataFrame(columns=STAGE_COLUMNS)
    decisions = tables["decisions"].drop_duplicates(["meeting_id", "item_no"])
    decisions = decisions[["meeting_id", "item_no", "outcome", "text"]].rename(
        columns={"text": "decision"})
    rows = items.merge(decisions, on=["meeting_id", "item_no"], how="left")
    rows = rows.sort_values(["case_no", "date", "meeting_id", "item_no"]).drop_duplicates(
        ["case_no", "meeting_id"]).reset_index(drop=True)
    rows["step"] = rows.groupby("case_no").cumcount() + 1
    rows["sent_back"] = rows["decision"].astype("string").str.contains(SENT_BACK).fillna(
        False).astype(bool)
    when = pd.to_datetime(rows["date"])
    rows["days_since_previous"] = when.groupby(rows["case_no"]).diff().dt.days.astype("Int64")
    return rows.astype({"outcome": "string", "decision": "string"})[STAGE_COLUMNS]


def case_flow(tables: dict[str, pd.DataFrame], *,
              stages: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per case: the bodies it went through, how long it took, where it was sent back.

    Args:
        tables: the tables of :func:`extract.to_tables` or :func:`read_tables`.
        stages: the output of :func:`case_stages`, if already computed.

    Returns:
        Columns ``FLOW_COLUMNS``: ``title`` the case's title at its first stage, ``path`` its
        bodies in date order joined by " → " (a body met twice in a row, say after a
        postponement, is written twice), ``days`` from first to last stage, ``sent_back_by``
        the bodies that sent it back or put it off (a list, in order; empty if none) and
        ``last_outcome`` the outcome at its last stage; cases passing through most bodies
        first.
    """
    s = case_stages(tables) if stages is None else stages
    if not len(s):
        return pd.DataFrame(columns=FLOW_COLUMNS)
    s = s.sort_values(["case_no", "step"])
    out = s.groupby("case_no", sort=False).agg(
        title=("title", "first"), n_stages=("step", "size"), n_bodies=("body", "nunique"),
        path=("body", lambda b: " → ".join(str(x) for x in b)), first_date=("date", "min"),
        last_date=("date", "max"), n_sent_back=("sent_back", "sum"),
        last_outcome=("outcome", "last")).reset_index()
    back = s[s["sent_back"]].groupby("case_no")["body"].agg(list)
    out["sent_back_by"] = [back.get(c, []) for c in out["case_no"]]
    out["days"] = (pd.to_datetime(out["last_date"]) - pd.to_datetime(out["first_date"])).dt.days
    out = out.astype({"n_sent_back": "int64", "days": "int64", "title": "string",
                      "path": "string", "last_outcome": "string"})
    return out[FLOW_COLUMNS].sort_values(["n_bodies", "n_stages", "case_no"],
                                         ascending=[False, False, True]).reset_index(drop=True)


def case_routes(flow: pd.DataFrame, *, min_bodies: int = 2) -> pd.DataFrame:
    """The routes cases take (``path``), with how many took each and how long they took.

    Args:
        flow: the output of :func:`case_flow`.
        min_bodies: leave out cases seen in fewer bodies (``1`` keeps standing items such as
            "Godkendelse af dagsorden", whose case number recurs at every meeting of one body).

    Returns:
        Columns ``ROUTE_COLUMNS``: ``median_days`` and ``max_days`` from first to last stage,
        ``n_sent_back`` the cases sent back or put off on the way; most common route first.
    """
    f = flow[flow["n_bodies"] >= min_bodies]
    if not len(f):
        return pd.DataFrame(columns=ROUTE_COLUMNS)
    out = f.groupby("path").agg(n_cases=("case_no", "size"), median_days=("days", "median"),
                                max_days=("days", "max"),
                                n_sent_back=("n_sent_back", lambda n: int((n > 0).sum())))
    return out.reset_index().sort_values(["n_cases", "path"], ascending=[False, True])[
        ROUTE_COLUMNS].reset_index(drop=True)


def responsible_unit(actor: str, *, aliases: Mapping[str, str] | None = None) -> str | None:
    """The unit an action's ``actor`` names, as one lower-case label.

    The actor as written may run on ("administrationen i god tid inden næste vintersæson",
    "fra Økonomiudvalget"): a leading "fra" is dropped and the phrase is cut at the first
    preposition or adverb that follows the name (``i``, ``med``, ``på`` ...).

    Args:
        actor: the ``actions.actor`` value.
        aliases: unit -> the label to count it under ({"forvaltningen": "administrationen"}).

    Returns:
        The label, or None for an empty actor.
    """
    words = str(actor or "").lower().split()
    if words[:1] == ["fra"]:
        words = words[1:]
    kept: list[str] = []
    for word in words:
        if kept and word in _UNIT_STOP:
            break
        kept.append(word)
    unit = " ".join(kept).strip(" ,.;:")
    if not unit:
        return None
    return (aliases or {}).get(unit, unit)


def actions_by_unit(tables: dict[str, pd.DataFrame], *, by: str = "body",
                    aliases: Mapping[str, str] | None = None) -> pd.DataFrame:
    """Action items per responsible unit (:func:`responsible_unit`) and body.

    Args:
        tables: the tables of :func:`extract.to_tables` or :func:`read_tables`.
        by: a ``meetings`` column to split by as well (``"body"``), or ``""`` for none.
        aliases: passed to :func:`responsible_unit`.

    Returns:
        Columns ``unit``, the ``by`` column, ``n_actions``, ``n_items`` (agenda items with at
        least one) and ``n_with_deadline``; most actions first. Actions without an actor are
        left out.
    """
    keys = _keys(by)
    columns = ["unit", *keys, *UNIT_COLUMNS[1:]]
    actions = tables["actions"]
    units = [responsible_unit(a, aliases=aliases) if isinstance(a, str) else None
             for a in actions["actor"]]
    rows = actions.assign(unit=units).dropna(subset=["unit"])
    if keys:
        rows = rows.merge(_meetings(tables)[["meeting_id", *keys]], on="meeting_id", how="left")
    if not len(rows):
        return pd.DataFrame(columns=columns)
    rows = rows.assign(item=rows["meeting_id"].astype(str) + "|" + rows["item_no"].astype(str),
                       dated=_present(rows["deadline"]))
    out = rows.groupby(["unit", *keys], dropna=False).agg(
        n_actions=("unit", "size"), n_items=("item", "nunique"),
        n_with_deadline=("dated", "sum")).reset_index()
    out = out.astype({"n_actions": "int64", "n_items": "int64", "n_with_deadline": "int64"})
    return out[columns].sort_values(["n_actions", "unit"], ascending=[False, True]
                                    ).reset_index(drop=True)
