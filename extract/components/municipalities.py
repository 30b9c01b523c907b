"""``extract_municipalities``: MUNICIPALITY entities with the official 4-digit code as norm.

Matches the forms municipalities are written in: "Københavns Kommune", "Aarhus", "Aarhus'",
"Tårnbys", "Taarnby" (historic aa), and the listed variants ("Kbh.", "Århus"). A municipality
name followed by a postal district letter ("Aarhus C") is a place (LOC), and names inside
organisation names ("Københavns Politi") are left to ``extract_organisations``, which runs first.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .. import (
    extensions,  # noqa: F401
    resources,
)
from ._lexicon import LexiconComponent
from ._spans import add_entities

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


def _aa(name: str) -> str:
    return name.replace("å", "aa").replace("Å", "Aa")


def surface_forms(name: str, full_name: str, variants: list[str]) -> set[str]:
    """All written forms of one municipality: name, genitive, with "Kommune", aa-spelling."""
    bases = {name, *HISTORIC_FORMS.get(name, [])}
    bases |= {_aa(b) for b in bases}
    forms: set[str] = set()
    for base in bases:
        genitive = base + "'" if base[-1] in "sxz" else base + "s"
        forms |= {base, genitive, f"{base} Kommune", f"{genitive} Kommune", f"{base} Kommunes",
                  f"{genitive} Kommunes", f"{base.upper()} KOMMUNE", f"{genitive.upper()} KOMMUNE"}
    forms.add(full_name)
    forms |= {v for v in variants if v}
    return forms


class MunicipalityTagger(LexiconComponent):
    """Tags mentions of the 98 Danish municipalities and links them to their code."""

    def default_data(self) -> dict[str, Any]:
        rows = resources.municipalities()
        table = {r["code"]: {k: r[k] for k in ("name", "full_name", "region_code", "region",
                                               "police_district")} for r in rows}
        forms: dict[str, str] = {}
        for r in rows:
            for form in sorted(surface_forms(r["name"], r["full_name"], r["variants"].split(";"))):
                forms[form] = r["code"]
        return {"municipalities": table, "forms": forms}

    def _compile(self) -> None:
        self.table: dict[str, dict[str, str]] = self.data["municipalities"]
        self.forms: dict[str, str] = self.data["forms"]
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        for form, code in self.forms.items():
            self.matcher.add(code, [self.nlp.make_doc(form)])

    def code_for(self, text: str) -> str | None:
        """Municipality code for a written form, e.g. ``"Tårnbys"`` -> ``"0185"``."""
        self._ensure_ready()
        return self.forms.get(text.strip())

    @staticmethod
    def _municipal_context(doc: Doc, start: int, end: int, starts: set[int]) -> bool:
        lo, hi = max(0, start - CONTEXT_WINDOW), min(len(doc), end + CONTEXT_WINDOW)
        near = [t for t in doc[lo:hi] if not start <= t.i < end]
        return any(t.lower_ in MUNICIPAL_CONTEXT or t.i in starts for t in near)

    def __call__(self, doc: Doc) -> Doc:
        self._ensure_ready()
        spans: list[Span] = []
        places: list[Span] = []
        matches = self.matcher(doc)
        starts = {s for _, s, _ in matches}
        for match_id, start, end in matches:
            if (doc[start:end].text in AMBIGUOUS
                    and not self._municipal_context(doc, start, end, starts)):
                continue
            following = doc[end].text.split("-")[0].rstrip(".") if end < len(doc) else ""
            joined = end < len(doc) and doc[end - 1].whitespace_ == " "
            if joined and (following in POSTAL_DISTRICTS or following in PLACE_HEADS):
                places.append(Span(doc, start, end + 1, label="LOC"))
                continue
            if joined and following[:1].isupper() and following.isalpha() and not \
                    following.isupper() and doc[end - 1].text != "Kommune":
                continue  # "Holbæk Forsyning", "Aarhus Universitetshospital": part of a name
            if start > 0 and doc[start - 1].is_upper and doc[start - 1].is_alpha and \
                    not doc[start].is_upper:
                continue  # "DH Frederiksberg": a local branch of an organisation
            span = Span(doc, start, end, label="MUNICIPALITY")
            span._.norm = self.nlp.vocab.strings[match_id]
            spans.append(span)
        # The model's LOC/ORG for "Aarhus" becomes a municipality; the rule's spans are exact.
        add_entities(doc, places, replace_labels=("LOC", "MISC", "ORG"))
        add_entities(doc, spans, replace_labels=("LOC", "MISC", "GPE"))
        return doc


@Language.factory("extract_municipalities", assigns=["doc.ents", "span._.norm"])
def make_municipalities(nlp: Language, name: str) -> MunicipalityTagger:
    return MunicipalityTagger(nlp, name)
