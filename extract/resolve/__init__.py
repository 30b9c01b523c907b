"""Entity resolution across a corpus: one ``person_id`` per real person, canonical bodies and
municipalities with their region.

Everything here works on the DataFrames of :func:`extract.to_tables`, so it runs the same on a
handful of sample minutes and on years of minute books, split into meetings or not.

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

Names are normalised first: OCR-glued signatures are split (``ValdButtenschøn``,
``JPJensen``), the genitive ``-s`` is removed where the bare surname is known ("Omar Farouks"),
and historic ``aa`` compares equal to ``å``. Mentions of a relative ("N. P. Nielsens Hustru")
never merge with the person named.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .. import resources

log = logging.getLogger(__name__)

__all__ = [
    "MENTION_COLUMNS",
    "NameForm",
    "ResolutionScore",
    "canonical_organisation",
    "evaluate_resolution",
    "municipalities",
    "organisations",
    "parse_name",
    "read_person_clusters",
    "resolve_people",
    "score_resolution",
    "series_of",
]

MENTION_COLUMNS = ["person_id", "doc_id", "meeting_id", "date", "person", "name", "role",
                   "status", "organisation", "municipality", "start_char", "end_char", "source"]
# Words after a name that make the mention someone else: "N. P. Nielsens Hustru".
_RELATIVES = {"hustru", "enke", "søn", "datter", "børn", "bo", "dødsbo", "hus", "fader", "moder",
              "mand", "kone", "arvinger"}
_TOKEN = re.compile(r"[A-ZÆØÅÄÖÜ][a-zæøåäöüéè'’]*(?:-[A-ZÆØÅÄÖÜ]?[a-zæøåäöüéè]+)*\.?"
                    r"|[a-zæøåäöüéè]+\.?")
_VOWELS = set("aeiouyæøåäöüé")
# Surnames so common that the same written-out name in two series is no evidence of one person.
_COMMON_SURNAMES = {"jensen", "nielsen", "hansen", "pedersen", "andersen", "christensen",
                    "larsen", "sørensen", "rasmussen", "jørgensen", "petersen", "madsen",
                    "kristensen", "olsen", "thomsen", "christiansen", "poulsen", "johansen",
                    "møller", "mortensen", "knudsen", "jakobsen", "jacobsen", "laursen"}


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    return frozenset(n.lower() for n in resources.first_names())


def _fold(text: str) -> str:
    """Lower case with historic ``aa`` read as ``å`` and accents kept (for comparing keys)."""
    return unicodedata.normalize("NFC", text).lower().replace("aa", "å")


@dataclass(frozen=True)
class NameForm:
    """A person's name as written, taken apart for comparison.

    Attributes:
        given: the given names and initials, folded (``("s", "p")`` for "S. P. Sørensen").
        abbreviated: per given name, whether it is an initial or abbreviation ("Chr.", "Vald").
        surname: the folded surname ("sørensen"), genitive ``-s`` removed where known.
        relation: the mention names a relative ("Nielsens Hustru"); it never merges.
        display: the name tidied for people to read ("S. P. Sørensen").
    """

    given: tuple[str, ...]
    abbreviated: tuple[bool, ...]
    surname: str
    relation: bool
    display: str

    @property
    def weight(self) -> int:
        """How much the form says: 2 per written-out given name, 1 per initial."""
        return sum(1 if a else 2 for a in self.abbreviated)

    @property
    def full(self) -> bool:
        """A written-out first name and a surname: safe to link across series."""
        return bool(self.given) and not self.abbreviated[0] and not self.relation

    @property
    def key(self) -> tuple:
        return (self.given, self.surname, self.relation)


def parse_name(text: str, *, known_surnames: frozenset[str] = frozenset()) -> NameForm | None:
    """Take a written name apart (None when it holds no name).

    Args:
        text: the name as in ``people.person`` ("Jens Terp. Laursen", "JPJensen").
        known_surnames: folded surnames seen elsewhere, to tell a genitive ("Farouks") from a
            surname ending in s.
    """
    tokens = _TOKEN.findall(unicodedata.normalize("NFC", text))
    if not tokens:
        return None
    relation = False
    while len(tokens) > 1 and tokens[-1].rstrip(".").lower() in _RELATIVES:
        relation = True
        tokens = tokens[:-1]
    tokens = [t for t in tokens if t[0].isupper()] or tokens
    if _several_people(tokens):
        # a signature line read as one name ("Axel Nielsen Carl Rasmussen"): kept as written
        relation = True
    *given_raw, last = tokens
    surname = _fold(last.rstrip("."))
    if surname.endswith("sens") or (surname.endswith("s") and surname[:-1] in known_surnames
                                    and surname not in known_surnames):
        surname = surname[:-1]
        last = last.rstrip(".")[:-1]
    given, abbreviated = [], []
    names = _first_names()
    for tok in given_raw:
        bare = tok.rstrip(".")
        folded = _fold(bare)
        abbreviated.append(tok.endswith(".") or len(bare) <= 2 or not (_VOWELS & set(folded))
                           or (bare.lower() not in names and len(bare) <= 4))
        given.append(folded)
    display = " ".join([t if t.endswith(".") or len(t) > 1 else t + "." for t in given_raw]
                       + [last.rstrip(".")])
    return NameForm(tuple(given), tuple(abbreviated), surname, relation, display)


def _several_people(tokens: list[str]) -> bool:
    if len(tokens) > 4:
        return True
    names = _first_names()
    seen_surname = False
    for i, tok in enumerate(tokens[:-1]):
        bare = tok.rstrip(".")
        initial = tok.endswith(".") or len(bare) <= 2
        if seen_surname:
            return True  # a word after a surname, not the last: a second name begins
        if i > 0 and not initial and bare.lower() not in names:
            seen_surname = True
    return False


def _given_match(a: str, a_abbr: bool, b: str, b_abbr: bool) -> bool:
    if a == b:
        return True
    if a_abbr and b.startswith(a):
        return True
    return b_abbr and a.startswith(b)


def _aligned(short: NameForm, long: NameForm) -> bool:
    # every given name of the shorter form matches one of the longer, in order
    j = 0
    for g, ab in zip(short.given, short.abbreviated, strict=True):
        while j < len(long.given) and not _given_match(g, ab, long.given[j], long.abbreviated[j]):
            j += 1
        if j == len(long.given):
            return False
        j += 1
    return True


def _one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 7:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:] or (len(a) == len(b) and a[i + 1:] == b[i + 1:])


def compatible(a: NameForm, b: NameForm) -> bool:
    """Whether two name forms can name the same person."""
    if a.relation or b.relation:
        return a.key == b.key
    if a.surname != b.surname:
        # a one-letter slip (Rasmusen, Matiesen) only where given names back it up
        if not (a.given and b.given and _one_edit(a.surname, b.surname)):
            return False
    short, long = (a, b) if len(a.given) <= len(b.given) else (b, a)
    return _aligned(short, long)


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
                  zip(meetings["meeting_id"], meetings["date"], strict=True) if d}
    by_doc = {str(i): str(d) for i, d in zip(docs["doc_id"], docs["doc_date"], strict=True) if d}
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


# -- organisations and bodies --------------------------------------------------------------

_DEFINITE = (("rådet", "råd"), ("udvalget", "udvalg"), ("bestyrelsen", "bestyrelse"),
             ("forvaltningen", "forvaltning"), ("repræsentationen", "repræsentation"),
             ("sekretariatet", "sekretariat"), ("direktoratet", "direktorat"),
             ("ministeriet", "ministerium"), ("kommissionen", "kommission"))


@lru_cache(maxsize=1)
def _organisation_variants() -> dict[str, str]:
    table = {}
    for row in resources.organisations():
        for variant in [row["name"], *filter(None, (row.get("variants") or "").split(";"))]:
            table[_fold(variant.strip())] = row["name"]
    return table


def canonical_organisation(text: str) -> str:
    """The canonical name of an organisation or body as written.

    Known organisations map to their gazetteer name ("NSK" -> "National enhed for Særlig
    Kriminalitet"); bodies lose the definite ending and historic spelling ("Byraadet" and
    "Byrådet" -> "Byråd", "Sogneraadet" -> "Sogneråd").
    """
    name = " ".join(unicodedata.normalize("NFC", text).split())
    known = _organisation_variants().get(_fold(name))
    if known:
        return known
    name = re.sub(r"aa(?=[a-zæøå])", "å", name).replace("Aa", "Å") if "aa" in name else name
    words = name.split(" ")
    last = words[-1]
    for definite, indefinite in _DEFINITE:
        if last.lower().endswith(definite + "s"):  # genitive: "Sogneraadets"
            last = last[:-1]
        if last.lower().endswith(definite):
            words[-1] = last[: len(last) - len(definite)] + indefinite
            break
    return " ".join(words)


def organisations(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Organisations and bodies of the corpus, canonicalised.

    Returns:
        Columns ``organisation`` (canonical), ``variants`` (as written, ``; ``-separated),
        ``n_mentions``, ``n_documents``, from ``mentions`` (label ORG) and ``meetings.body``.
    """
    rows = []
    mentions = tables.get("mentions")
    if mentions is not None and len(mentions):
        orgs = mentions[mentions["label"] == "ORG"]
        rows += [{"doc_id": d, "text": t}
                 for d, t in zip(orgs["doc_id"], orgs["text"], strict=True)]
    meetings = tables.get("meetings")
    if meetings is not None and len(meetings):
        rows += [{"doc_id": d, "text": b}
                 for d, b in zip(meetings["doc_id"], meetings["body"], strict=True)
                 if b]
    columns = ["organisation", "variants", "n_mentions", "n_documents"]
    if not rows:
        return pd.DataFrame(columns=columns)
    df = pd.DataFrame(rows)
    df["organisation"] = df["text"].map(canonical_organisation)
    out = df.groupby("organisation").agg(
        variants=("text", lambda s: "; ".join(sorted(set(s)))),
        n_mentions=("text", "size"), n_documents=("doc_id", "nunique")).reset_index()
    return out.sort_values(["n_mentions", "organisation"], ascending=[False, True])[
        columns].reset_index(drop=True)


def municipalities(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Municipality mentions linked to their code and region.

    Returns:
        One row per municipality mentioned: ``code``, ``name``, ``region``,
        ``police_district``, ``n_mentions``, ``n_documents``, ``variants`` (as written).
    """
    from ..tables import municipality_table

    columns = ["code", "name", "region", "police_district", "n_mentions", "n_documents",
               "variants"]
    mentions = tables.get("mentions")
    if mentions is None or not len(mentions):
        return pd.DataFrame(columns=columns)
    muni = mentions[(mentions["label"] == "MUNICIPALITY") & (mentions["norm"] != "")]
    if not len(muni):
        return pd.DataFrame(columns=columns)
    counts = muni.groupby("norm").agg(
        n_mentions=("text", "size"), n_documents=("doc_id", "nunique"),
        variants=("text", lambda s: "; ".join(sorted(set(s))))).reset_index()
    ref = municipality_table()[["code", "name", "region", "police_district"]]
    out = counts.rename(columns={"norm": "code"}).merge(ref, on="code", how="left")
    out[["name", "region", "police_district"]] = out[["name", "region", "police_district"]
                                                     ].fillna("")
    return out.sort_values(["n_mentions", "code"], ascending=[False, True])[
        columns].reset_index(drop=True)


# -- scoring against gold person clusters ----------------------------------------------------

@dataclass
class ResolutionScore:
    """Person resolution scored against gold clusters
    (``corpus/gold/resolution/person_clusters.jsonl``).

    Only gold mentions the pipeline found as a person (overlapping spans) are scored, so the
    figures measure resolution, not recognition; ``n_missed`` counts the others.
    """

    pairwise_precision: float
    pairwise_recall: float
    bcubed_precision: float
    bcubed_recall: float
    n_gold_mentions: int
    n_scored: int
    n_gold_people: int
    n_missed: int

    def to_text(self) -> str:
        return (f"{self.n_scored} of {self.n_gold_mentions} gold mentions of "
                f"{self.n_gold_people} people found by the pipeline ({self.n_missed} missed)\n"
                f"pairwise  precision {self.pairwise_precision:.3f}  "
                f"recall {self.pairwise_recall:.3f}\n"
                f"B-cubed   precision {self.bcubed_precision:.3f}  "
                f"recall {self.bcubed_recall:.3f}")


def read_person_clusters(path: str | Path) -> list[dict]:
    """Gold person-cluster rows, each with the document ``text`` it points into.

    Raises:
        GoldFormatError: a referenced file changed since it was annotated (sha256 differs).
    """
    from ..errors import GoldFormatError
    from ..paths import shared_dir

    path = Path(path)
    texts: dict[str, str] = {}
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        src = (shared_dir() / row["shared_path"]) if "shared_path" in row else (
            path.parent / row["path"]).resolve()
        key = str(src)
        if key not in texts:
            texts[key] = src.read_text(encoding="utf-8")
            if hashlib.sha256(texts[key].encode("utf-8")).hexdigest() != row["sha256"]:
                raise GoldFormatError(f"{src} changed since {path.name} was annotated: "
                                      "re-annotate it or restore the file")
        rows.append({**row, "file": key, "text": texts[key]})
    return rows


def score_resolution(gold: list[dict], mentions: pd.DataFrame) -> ResolutionScore:
    """Pairwise and B-cubed precision/recall of ``person_id`` against gold clusters.

    Args:
        gold: rows of :func:`read_person_clusters` (``doc_id`` is matched on its last path
            part, so "parish/Elsted_1942" meets the run's "Elsted_1942").
        mentions: the output of :func:`resolve_people` over the same documents.
    """
    by_doc: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for d, s, e, pid in zip(mentions["doc_id"], mentions["start_char"], mentions["end_char"],
                            mentions["person_id"], strict=True):
        by_doc[str(d).rsplit("/", 1)[-1]].append((int(s), int(e), pid))
    pairs: list[tuple[str, str]] = []  # (gold cluster, predicted person) per scored mention
    for row in gold:
        doc = row["doc_id"].rsplit("/", 1)[-1]
        hits = [(min(e, row["end"]) - max(s, row["start"]), pid) for s, e, pid in by_doc[doc]
                if s < row["end"] and row["start"] < e]
        if hits:
            pairs.append((row["cluster"], max(hits)[1]))
    gold_size = Counter(g for g, _ in pairs)
    pred_size = Counter(p for _, p in pairs)
    both = Counter(pairs)
    same_both = sum(n * (n - 1) / 2 for n in both.values())
    same_pred = sum(n * (n - 1) / 2 for n in pred_size.values())
    same_gold = sum(n * (n - 1) / 2 for n in gold_size.values())
    n = len(pairs)
    b_p = sum(both[(g, p)] / pred_size[p] for g, p in pairs) / n if n else 0.0
    b_r = sum(both[(g, p)] / gold_size[g] for g, p in pairs) / n if n else 0.0
    return ResolutionScore(
        pairwise_precision=same_both / same_pred if same_pred else 1.0,
        pairwise_recall=same_both / same_gold if same_gold else 1.0,
        bcubed_precision=b_p, bcubed_recall=b_r, n_gold_mentions=len(gold), n_scored=n,
        n_gold_people=len({r["cluster"] for r in gold}), n_missed=len(gold) - n)


def evaluate_resolution(gold_path: str | Path, *, nlp=None,
                        series: Callable[[str], str] = series_of) -> ResolutionScore:
    """Run the pipeline over the documents of a gold cluster file and score the resolution."""
    from ..batch.run import process_texts
    from ..tables import to_tables
    from ..types import SourceText

    gold = read_person_clusters(gold_path)
    files = {r["file"]: r["text"] for r in gold}
    texts = [SourceText(text=t, doc_id=Path(f).stem, source=f) for f, t in files.items()]
    tables = to_tables(process_texts(texts, nlp=nlp))
    return score_resolution(gold, resolve_people(tables, series=series))
