"""Organisations, bodies and municipalities of a corpus, canonicalised."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pandas as pd

from .. import resources
from ..tables import is_missing, municipality_table
from .names import fold

_DEFINITE = (("rådet", "råd"), ("udvalget", "udvalg"), ("bestyrelsen", "bestyrelse"),
             ("forvaltningen", "forvaltning"), ("repræsentationen", "repræsentation"),
             ("sekretariatet", "sekretariat"), ("direktoratet", "direktorat"),
             ("ministeriet", "ministerium"), ("kommissionen", "kommission"))


@lru_cache(maxsize=1)
def _organisation_variants() -> dict[str, str]:
    table = {}
    for row in resources.organisations():
        for variant in [row["name"], *filter(None, (row.get("variants") or "").split(";"))]:
            table[fold(variant.strip())] = row["name"]
    return table


def canonical_organisation(text: str) -> str:
    """The canonical name of an organisation or body as written.

    Known organisations map to their gazetteer name ("NSK" -> "National enhed for Særlig
    Kriminalitet"); bodies lose the definite ending and historic spelling ("Byraadet" and
    "Byrådet" -> "Byråd", "Sogneraadet" -> "Sogneråd").
    """
    name = " ".join(unicodedata.normalize("NFC", text).split())
    known = _organisation_variants().get(fold(name))
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
        Columns ``organisation`` (canonical), ``variants`` (the forms as written, a sorted list),
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
                 if not is_missing(b)]
    columns = ["organisation", "variants", "n_mentions", "n_documents"]
    if not rows:
        return pd.DataFrame(columns=columns)
    df = pd.DataFrame(rows)
    df["organisation"] = df["text"].map(canonical_organisation)
    out = df.groupby("organisation").agg(
        variants=("text", lambda s: sorted(set(s))),
        n_mentions=("text", "size"), n_documents=("doc_id", "nunique")).reset_index()
    return out.sort_values(["n_mentions", "organisation"], ascending=[False, True])[
        columns].reset_index(drop=True)


def municipalities(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Municipality mentions linked to their code and region.

    Returns:
        One row per municipality mentioned: ``code``, ``name``, ``region``,
        ``police_district``, ``n_mentions``, ``n_documents``, ``variants`` (the forms as written,
        a sorted list). Codes not in the reference list have ``<NA>`` name and region.
    """
    columns = ["code", "name", "region", "police_district", "n_mentions", "n_documents",
               "variants"]
    mentions = tables.get("mentions")
    if mentions is None or not len(mentions):
        return pd.DataFrame(columns=columns)
    muni = mentions[(mentions["label"] == "MUNICIPALITY") & mentions["norm"].notna()
                    & (mentions["norm"] != "")]
    if not len(muni):
        return pd.DataFrame(columns=columns)
    counts = muni.groupby("norm").agg(
        n_mentions=("text", "size"), n_documents=("doc_id", "nunique"),
        variants=("text", lambda s: sorted(set(s)))).reset_index()
    ref = municipality_table()[["code", "name", "region", "police_district"]]
    out = counts.rename(columns={"norm": "code"}).merge(ref, on="code", how="left")
    # Plain Python lists, as in organisations(): on Arrow-backed input pandas makes the column
    # an Arrow list type, whose cells come back as numpy arrays.
    out["variants"] = pd.Series([list(v) for v in out["variants"]], index=out.index,
                                dtype=object)
    return out.sort_values(["n_mentions", "code"], ascending=[False, True])[
        columns].reset_index(drop=True)
