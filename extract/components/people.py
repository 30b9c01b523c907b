"""``extract_people``: PERSON entities and the link from each person to the role beside them.

A name is a run of capitalised words that starts with a known first name or an initial
("Allan S. Andersen", "A. Tønnes", "Carsten Kjær-Knudsen"), or a capitalised name right after a
title ("borgmester Tønnes"). Surnames that are also municipalities stay inside the name
("Lars Odder"). ``doc._.people`` gets one row per mention: person, role, organisation,
municipality, offsets.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .. import (
    extensions,  # noqa: F401
    resources,
)
from ..rules.dates import MONTHS, WEEKDAYS
from ._lexicon import LexiconComponent
from ._spans import add_entities, line_bounds

# Capitalised words that open sentences or headings and are never part of a name.
NOT_NAME_WORDS = {
    "Ad", "Af", "Alle", "Andet", "Bilag", "Beslutning", "Beslutninger", "Dagsorden", "De", "Dato",
    "Den", "Der", "Det", "Dette", "Du", "Efter", "En", "Et", "For", "Fra", "Fraværende", "Godkendt",
    "Han", "Hun", "I", "Ingen", "Kl", "Kommune", "Kommunes", "Med", "Men", "Mødet", "Nej", "Og",
    "Om", "På", "Punkt", "Referat", "Region", "Sag", "Sagen", "Som", "Til", "Ved", "Vi", "Afbud",
    "Deltagere", "Sted", "Tid", "Udvalg", "Politi", "Politikreds", "Mødedato", "Mødested", "Ja",
    "Gdr", "Gdr.", "Hr", "Hr.", "Fru", "Frk.", "Sognepræst", "Pastor", "Lærer", "Enke",
    # Place-name prefixes that are also first names in the name register.
    "Indre", "Ydre", "Nye", "Ny", "Store", "Lille", "Gamle", "Nord", "Syd", "Øst", "Vest",
    "Sankt", "Skt", "Nørre", "Søndre", "Vester", "Øster",
}
PARTICLES = {"von", "van", "de", "la", "le", "af", "du"}
INITIAL = re.compile(r"^[A-ZÆØÅ]\.$")
ORDINAL = re.compile(r"^\d{1,2}\.$")


class PeopleTagger(LexiconComponent):
    """Finds person names and links each to the role, organisation and municipality beside it."""

    def default_data(self) -> dict[str, Any]:
        return {"first_names": resources.first_names()}

    _line_index: tuple[list[Span] | None, list[int] | None] = (None, None)
    _text: str | None = None

    def _compile(self) -> None:
        self.first_names = set(self.data["first_names"])
        self.stop = (NOT_NAME_WORDS | {m.capitalize() for m in MONTHS}
                     | {w.capitalize() for w in WEEKDAYS})

    def _is_name_word(self, token: Token) -> bool:
        text = token.text
        if INITIAL.match(text):
            return True
        if text in self.stop or not text[:1].isupper() or text.isupper() and len(text) > 1:
            return False
        if token.ent_type_ in ("ROLE", "DATE", "TIME", "EMAIL", "CASE_NUMBER", "ORG"):
            return False
        return all(part.isalpha() for part in text.split("-")) and text[-1].isalpha()

    def _extend(self, doc: Doc, start: int) -> int:
        end = start + 1
        while end < len(doc):
            token = doc[end]
            if self._is_name_word(token) and token.whitespace_ is not None:
                end += 1
            elif (token.lower_ in PARTICLES and end + 1 < len(doc)
                  and self._is_name_word(doc[end + 1])):
                end += 2
            else:
                break
            if "\n" in doc[end - 1].whitespace_ or "\n" in doc[end - 1].text:
                break
        # A trailing initial ("Allan S.") is no surname.
        while end - start > 1 and INITIAL.match(doc[end - 1].text):
            end -= 1
        return end

    def _names(self, doc: Doc) -> list[Span]:
        spans: list[Span] = []
        i = 0
        while i < len(doc):
            token = doc[i]
            after_role = i > 0 and doc[i - 1].ent_type_ == "ROLE"
            initial = INITIAL.match(token.text) is not None
            starts_name = token.text in self.first_names or initial
            if initial and i > 0 and doc[i - 1].is_lower and doc[i - 1].ent_type_ != "ROLE":
                starts_name = False  # "med linjeføring B. Finn Rosendahl": B. ends a sentence
            if ((starts_name or after_role) and self._is_name_word(token)
                    and "\n" not in doc[i].text):
                end = self._extend(doc, i)
                if end - i >= 2 or (after_role and not INITIAL.match(token.text)):
                    spans.append(Span(doc, i, end, label="PERSON"))
                    i = end
                    continue
            i += 1
        return spans

    def _link(self, doc: Doc, person: Span) -> dict[str, Any]:
        """The role, organisation and municipality written beside a person on the same line."""
        line_start, line_end = line_bounds(self._text or doc.text, person.start_char)
        role = ""
        before = doc[person.start - 1] if person.start > 0 else None
        if before is not None and before.ent_type_ == "ROLE":
            # "Formand Gdr. Niels Kjeldsen": the first of several titles is the office held.
            first = before.i
            while (first > 0 and doc[first - 1].ent_type_ == "ROLE"
                   and doc[first - 1].idx >= line_start):
                first -= 1
            role = _ent_norm(doc, first)
        else:
            # "Anne Tønnes, politidirektør" / "Lene Holm (A), formand"
            j = person.end
            while j < len(doc) and doc[j].idx < line_end and (
                    doc[j].is_punct or len(doc[j]) <= 2 and doc[j].is_upper
                    or ORDINAL.match(doc[j].text)):  # "(V), 1. viceborgmester"
                j += 1
            if j < len(doc) and doc[j].ent_type_ == "ROLE" and doc[j].idx < line_end:
                role = _ent_norm(doc, j)
        org = municipality = ""
        ents, starts = (self._line_index if self._line_index[0] is not None
                        else (list(doc.ents), None))
        lo = bisect_left(starts, line_start) if starts is not None else 0
        for ent in ents[lo:]:
            if ent.start_char >= line_end:
                break
            if ent.start_char < line_start or ent.end_char > line_end or ent == person:
                continue
            if ent.label_ == "ORG" and not org:
                org = ent.text
            elif ent.label_ == "MUNICIPALITY" and not municipality:
                municipality = ent._.norm or ""
        return {"person": person.text, "role": role, "organisation": org,
                "municipality": municipality, "start_char": person.start_char,
                "end_char": person.end_char}

    def __call__(self, doc: Doc) -> Doc:
        self._ensure_ready()
        add_entities(doc, self._names(doc), replace_labels=("MUNICIPALITY", "LOC", "ORG", "MISC"))
        ents = list(doc.ents)  # searched by offset: long minute books hold thousands of names
        self._line_index = (ents, [e.start_char for e in ents])
        self._text = doc.text  # Doc.text joins every token anew on each access
        try:
            doc._.people = [self._link(doc, ent) for ent in ents if ent.label_ == "PERSON"]
        finally:
            self._line_index, self._text = (None, None), None
        return doc


def _ent_norm(doc: Doc, token_i: int) -> str:
    for ent in doc.ents:
        if ent.start <= token_i < ent.end:
            return ent._.norm or ent.text.lower()
    return ""


@Language.factory("extract_people", assigns=["doc.ents", "doc._.people"],
                  requires=["doc.ents"])
def make_people(nlp: Language, name: str) -> PeopleTagger:
    return PeopleTagger(nlp, name)
