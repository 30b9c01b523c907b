"""The 98 Danish municipalities: the forms they are written in, and which matches name one.

Municipalities are written "Københavns Kommune", "Aarhus", "Aarhus'", "Tårnbys", "Taarnby"
(historic aa), or in a listed variant ("Kbh.", "Århus"): :func:`surface_forms`. A municipality
name followed by a postal district letter ("Aarhus C") is a place (LOC), and names inside other
names ("Holbæk Forsyning", "DH Frederiksberg") are no mention: :func:`find_municipalities`.
``extract_municipalities`` matches the forms and calls it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from spacy.tokens import Doc

from .tokens import Mention

POSTAL_DISTRICTS = {"C", "N", "Ø", "V", "S", "K", "SV", "SØ", "NV", "NØ"}
# "Vejle Rådhus", "Køge Bugt", "Aalborg Øst" are places named after the town.
PLACE_HEADS = {"Rådhus", "Raadhus", "Station", "Bugt", "Havn", "Øst", "Vest", "Nord", "Syd",
               "Midtby", "Centrum", "Fjord", "Å", "Sø", "Strand", "Bymidte"}
# Municipality names that are also ordinary (capitalised, in old spelling) words: "Vejen" is
# the road. These count only next to another municipality or a municipal word.
AMBIGUOUS = {"Vejen", "Vejens"}
MUNICIPAL_CONTEXT = {"kommune", "kommunes", "byråd", "byrådet", "borgmester", "kommunalbestyrelse"}
CONTEXT_WINDOW = 3
HISTORIC_FORMS = {"København": ["Kjøbenhavn"], "Aarhus": ["Århus", "Aarhuus"]}
TABLE_FIELDS = ("name", "full_name", "region_code", "region", "police_district")


def aa_spelling(name: str) -> str:
    """A name in the old spelling, "aa" for "å": "Tårnby" -> "Taarnby"."""
    return name.replace("å", "aa").replace("Å", "Aa")


def surface_forms(name: str, full_name: str, variants: list[str]) -> set[str]:
    """All written forms of one municipality: name, genitive, with "Kommune", aa-spelling."""
    bases = {name, *HISTORIC_FORMS.get(name, [])}
    bases |= {aa_spelling(b) for b in bases}
    forms: set[str] = set()
    for base in bases:
        genitive = base + "'" if base[-1] in "sxz" else base + "s"
        forms |= {base, genitive, f"{base} Kommune", f"{genitive} Kommune", f"{base} Kommunes",
                  f"{genitive} Kommunes", f"{base.upper()} KOMMUNE", f"{genitive.upper()} KOMMUNE"}
    forms.add(full_name)
    forms |= {v for v in variants if v}
    return forms


def municipality_lexicon(rows: Iterable[Mapping[str, str]]) -> dict[str, Any]:
    """The saved lexicon: each municipality's facts by code, and each written form's code.

    Args:
        rows: ``resources.municipalities()``: ``code``, ``variants`` (";"-separated) and the
            fields in ``TABLE_FIELDS``.

    Returns:
        ``{"municipalities": {code: {field: value}}, "forms": {form: code}}``.
    """
    rows = list(rows)
    table = {r["code"]: {k: r[k] for k in TABLE_FIELDS} for r in rows}
    forms: dict[str, str] = {}
    for r in rows:
        for form in sorted(surface_forms(r["name"], r["full_name"], r["variants"].split(";"))):
            forms[form] = r["code"]
    return {"municipalities": table, "forms": forms}


def _municipal_context(doc: Doc, start: int, end: int, starts: set[int]) -> bool:
    lo, hi = max(0, start - CONTEXT_WINDOW), min(len(doc), end + CONTEXT_WINDOW)
    near = [t for t in doc[lo:hi] if not start <= t.i < end]
    return any(t.lower_ in MUNICIPAL_CONTEXT or t.i in starts for t in near)


def find_municipalities(doc: Doc, matches: Iterable[tuple[str, int, int]]
                        ) -> tuple[list[Mention], list[Mention]]:
    """Which matches of written forms name a municipality, and which a place named after one.

    Args:
        doc: a tokenised Doc.
        matches: ``(code, start, end)`` token offsets where a written form of a municipality
            stands (a phrase matcher over :func:`municipality_lexicon`'s forms).

    Returns:
        MUNICIPALITY mentions with the code as norm, and LOC mentions ("Aarhus C",
        "Vejle Rådhus").
    """
    matches = list(matches)
    municipalities: list[Mention] = []
    places: list[Mention] = []
    starts = {s for _, s, _ in matches}
    for code, start, end in matches:
        if (doc[start:end].text in AMBIGUOUS
                and not _municipal_context(doc, start, end, starts)):
            continue
        following = doc[end].text.split("-")[0].rstrip(".") if end < len(doc) else ""
        joined = end < len(doc) and doc[end - 1].whitespace_ == " "
        if joined and (following in POSTAL_DISTRICTS or following in PLACE_HEADS):
            places.append(Mention(start, end + 1, "LOC"))
            continue
        if joined and following[:1].isupper() and following.isalpha() and not \
                following.isupper() and doc[end - 1].text != "Kommune":
            continue  # "Holbæk Forsyning", "Aarhus Universitetshospital": part of a name
        if start > 0 and doc[start - 1].is_upper and doc[start - 1].is_alpha and \
                not doc[start].is_upper:
            continue  # "DH Frederiksberg": a local branch of an organisation
        municipalities.append(Mention(start, end, "MUNICIPALITY", code))
    return municipalities, places
