"""Person resolution across a corpus: one ``person_id`` per real person.

People are resolved conservatively, in two steps:

1. Within a *series* (the documents of one body over time: ``Elsted_1942`` and ``Elsted_1943``
   are the series ``Elsted``; by default the document id up to its year), name forms are
   clustered from the most informative down. A form joins a cluster only when it is
   compatible with every form already in it (same surname, or one letter apart for long
   surnames; given names aligned in order, an initial or abbreviation matching the name it
   starts) and no other cluster would take it too; a written role breaks a tie. "Andersen"
   alone beside two different Andersens stays on its own.
2. Across series, clusters whose fullest name is the same written-out full name (first name
   spelled out, same surname) are merged.

How names are taken apart and compared is in :mod:`extract.resolve.names`.
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable

import pandas as pd

from ..tables import is_missing
from .names import NameForm, compatible, parse_name

log = logging.getLogger(__name__)

MENTION_COLUMNS = ["person_id", "doc_id", "meeting_id", "date", "person", "name", "role",
                   "status", "organisation", "municipality", "start_char", "end_char", "source"]
# Surnames so common that the same written-out name in two series is no evidence of one person.
_COMMON_SURNAMES = {"jensen", "nielsen", "hansen", "pedersen", "andersen", "christensen",
                    "larsen", "sørensen", "rasmussen", "jørgensen", "petersen", "madsen",
                    "kristensen", "olsen", "thomsen", "christiansen", "poulsen", "johansen",
                    "møller", "mortensen", "knudsen", "jakobsen", "jacobsen", "laursen"}


def series_of(doc_id: str) -> str:
    """The series a document belongs to: its id up to the year ("Elsted_1942" -> "Elsted")."""
    base = doc_id.rsplit("/", 1)[-1]
    return re.split(r"[_ -](?:1[6-9]|20)\d\d(?:\b|_|-)", base, maxsplit=1)[0] or base


def _mentions(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per person mention: attendance rows first (they carry the status), then the
    rows of ``people`` not already there."""
    frames = []
    for source in ("attendance", "people"):
        df = tables.get(source)
        if df is None or not len(df):
            continue
        df = df.copy()
        df["source"] = source
        for col in ("role", "status", "organisation", "municipality", "meeting_id"):
            if col not in df.columns:
                df[col] = ""
        for col in ("start_char", "end_char"):
            if col not in df.columns:
                df[col] = -1
        frames.append(df)
    cols = ["doc_id", "meeting_id", "person", "role", "status", "organisation", "municipality",
            "start_char", "end_char", "source"]
    if not frames:
        return pd.DataFrame(columns=cols)
    out = pd.concat([f[cols] for f in frames], ignore_index=True)
    out["start_char"] = pd.to_numeric(out["start_char"], errors="coerce").fillna(-1).astype(int)
    out["end_char"] = pd.to_numeric(out["end_char"], errors="coerce").fillna(-1).astype(int)
    with_offsets = out[out["start_char"] >= 0].drop_duplicates(["doc_id", "start_char",
                                                                 "end_char"])
    with_offsets = with_offsets[~_overlaps_attendance(with_offsets)]
    without = out[out["start_char"] < 0].drop_duplicates(["meeting_id", "person"])
    out = pd.concat([with_offsets, without], ignore_index=True)
    for col in cols:
        if col not in ("start_char", "end_char"):
            out[col] = out[col].fillna("").astype(str)
    return out


def _overlaps_attendance(df: pd.DataFrame) -> pd.Series:
    """People rows overlapping an attendance row: the attendance row is the better cut (a
    signature line read as one long name becomes one attendance row per signer)."""
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    att = df[df["source"] == "attendance"]
    for d, s, e in zip(att["doc_id"], att["start_char"], att["end_char"], strict=True):
        spans[d].append((s, e))
    return pd.Series([src == "people" and any(a < e and s < b for a, b in spans.get(d, ()))
                      for src, d, s, e in zip(df["source"], df["doc_id"], df["start_char"],
                                              df["end_char"], strict=True)],
                     index=df.index, dtype=bool)


def _meeting_dates(tables: dict[str, pd.DataFrame]) -> tuple[dict[str, str], dict[str, str]]:
    meetings = tables.get("meetings", pd.DataFrame(columns=["meeting_id", "date"]))
    docs = tables.get("documents", pd.DataFrame(columns=["doc_id", "doc_date"]))
    by_meeting = {str(m): str(d) for m, d in
                  zip(meetings["meeting_id"], meetings["date"], strict=True) if not is_missing(d)}
    by_doc = {str(i): str(d) for i, d in zip(docs["doc_id"], docs["doc_date"], strict=True)
              if not is_missing(d)}
    for m, d in by_meeting.items():  # a book without a header date: its first meeting's date
        by_doc.setdefault(m.split("#", 1)[0], d)
    return by_meeting, by_doc


class _Clusters:
    """Clusters of name forms within one series, grown most informative form first."""

    def __init__(self) -> None:
        self.members: list[list[NameForm]] = []
        self.roles: list[set[str]] = []

    def add(self, form: NameForm, roles: set[str]) -> int:
        candidates = [i for i, forms in enumerate(self.members)
                      if all(compatible(form, f) for f in forms)]
        if len(candidates) > 1 and roles:
            # "formand Jensen" beside two Jensens: the one who held that role
            by_role = [i for i in candidates if self.roles[i] & roles]
            candidates = by_role if len(by_role) == 1 else candidates
        if len(candidates) == 1:
            i = candidates[0]
            self.members[i].append(form)
            self.roles[i] |= roles
            return i
        if len(candidates) > 1:
            log.debug("%r could be %d people; kept apart", form.display, len(candidates))
        self.members.append([form])
        self.roles.append(set(roles))
        return len(self.members) - 1


def resolve_people(tables: dict[str, pd.DataFrame], *,
                   series: Callable[[str], str] = series_of,
                   link_series: bool = True) -> pd.DataFrame:
    """Every person mention of the corpus with a stable ``person_id``.

    Args:
        tables: the tables of :func:`extract.to_tables` (``people`` and/or ``attendance``;
            ``meetings`` and ``documents`` for dates).
        series: maps a ``doc_id`` to its series, within which short forms ("A. Tønnes",
            "Tønnes") are linked to full names.
        link_series: also link the same written-out full name across series.

    Returns:
        One row per mention, columns ``MENTION_COLUMNS``: ``person`` as written, ``name``
        the person's canonical name, ``date`` the meeting's (else the document's) ISO date,
        ``source`` the table the mention came from.
    """
    mentions = _mentions(tables)
    if not len(mentions):
        return pd.DataFrame(columns=MENTION_COLUMNS)
    surnames = frozenset(f.surname for p in mentions["person"].unique()
                         if (f := parse_name(p)) is not None and not f.surname.endswith("s"))
    forms = {p: parse_name(p, known_surnames=surnames) for p in mentions["person"].unique()}
    mentions = mentions[mentions["person"].map(lambda p: forms[p] is not None)].copy()
    mentions["series"] = mentions["doc_id"].map(series)

    cluster_of: dict[tuple[str, tuple], tuple[str, int]] = {}
    series_clusters: dict[str, _Clusters] = {}
    for name, group in mentions.groupby("series", sort=True):
        counts = Counter(forms[p].key for p in group["person"])
        roles: dict[tuple, set[str]] = defaultdict(set)
        by_key: dict[tuple, NameForm] = {}
        for p, r in zip(group["person"], group["role"], strict=True):
            by_key.setdefault(forms[p].key, forms[p])
            if r:
                roles[forms[p].key].add(r)
        clusters = series_clusters[name] = _Clusters()
        order = sorted(by_key, key=lambda k: (-by_key[k].weight, -counts[k], by_key[k].display))
        for key in order:
            cluster_of[(name, key)] = (name, clusters.add(by_key[key], roles[key]))

    # canonical name of each cluster: the most frequent of its fullest forms
    freq = Counter((s, forms[p].key) for s, p in
                   zip(mentions["series"], mentions["person"], strict=True))
    canon: dict[tuple[str, int], NameForm] = {}
    for (s, i) in set(cluster_of.values()):
        members = series_clusters[s].members[i]
        canon[(s, i)] = max(members, key=lambda f: (f.weight, freq[(s, f.key)], f.display))

    # across series: the same written-out full name is the same person
    parent: dict[tuple[str, int], tuple[str, int]] = {c: c for c in canon}
    if link_series:
        by_full: dict[tuple, tuple[str, int]] = {}
        for c in sorted(canon):
            form = canon[c]
            if (form.full and all(not a for a in form.abbreviated)
                    and (form.surname not in _COMMON_SURNAMES or len(form.given) > 1)):
                parent[c] = by_full.setdefault(form.key, c)

    first_seen: dict[tuple[str, int], tuple[str, int]] = {}
    for s, p, d, st in zip(mentions["series"], mentions["person"], mentions["doc_id"],
                           mentions["start_char"], strict=True):
        root = parent[cluster_of[(s, forms[p].key)]]
        first_seen[root] = min(first_seen.get(root, (d, st)), (d, st))
    ids = {root: _person_id(canon[root], first_seen[root]) for root in set(parent.values())}

    roots = [parent[cluster_of[(s, forms[p].key)]]
             for s, p in zip(mentions["series"], mentions["person"], strict=True)]
    mentions["person_id"] = [ids[r] for r in roots]
    mentions["name"] = [canon[r].display for r in roots]
    by_meeting, by_doc = _meeting_dates(tables)
    mentions["date"] = [by_meeting.get(m) or by_doc.get(d, "")
                        for m, d in zip(mentions["meeting_id"], mentions["doc_id"], strict=True)]
    out = mentions[MENTION_COLUMNS].sort_values(["doc_id", "start_char", "person"])
    log.info("%d person mentions resolved to %d people", len(out), out["person_id"].nunique())
    return out.reset_index(drop=True)


def _person_id(form: NameForm, first: tuple[str, int]) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", unicodedata.normalize("NFKD", form.display.lower())
                  .encode("ascii", "ignore").decode()).strip("-")
    digest = hashlib.sha1(f"{form.key}|{first[0]}|{first[1]}".encode()).hexdigest()[:6]
    return f"{slug}-{digest}"
