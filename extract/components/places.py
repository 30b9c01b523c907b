"""``extract_places``: LOC entities that rules can know: streets and squares by their ending
("Roskildevej", "Vesterbro Torv", "Nørreportkrydset") and countries and landscapes from a list.

Towns and other place names are the statistical model's part; municipalities are tagged by
``extract_municipalities``, which runs after this component and takes precedence where the
same words are both.
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
from ._spans import add_entities, starts_sentence

STREET_ENDINGS = ("vej", "vejen", "gade", "gaden", "stræde", "strædet", "allé", "alle", "torv",
                  "torvet", "plads", "pladsen", "krydset", "tunnelen", "korridoren", "boulevard",
                  "havnen", "kaj", "kajen", "bakke", "bakken", "broen")
# Definite forms open sentences as ordinary nouns too ("Cykelstien", "Hovedvejen er lukket").
DEFINITE_ENDINGS = tuple(e for e in STREET_ENDINGS if e.endswith(("en", "et")))
# Words before which a capitalised word names a place: "Vesterbro Torv", "Hellerup Havn".
PLACE_WORDS = {"Torv", "Plads", "Havn", "Allé", "Gade", "Vej", "Bro", "Strand", "Park", "Station"}
MIN_STEM = 3


class PlaceTagger(LexiconComponent):
    """Tags streets, squares, countries and landscapes as LOC."""

    def default_data(self) -> dict[str, Any]:
        return {"places": resources.places(), "endings": list(STREET_ENDINGS)}

    def _compile(self) -> None:
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self.matcher.add("LOC", [self.nlp.make_doc(p) for p in self.data["places"]])
        self.endings = tuple(self.data["endings"])

    def _street(self, doc: Doc) -> list[Span]:
        spans = []
        for token in doc:
            if not token.is_alpha or not token.text[:1].isupper() or token.is_upper:
                continue
            lower = token.lower_
            if starts_sentence(token) and lower.endswith(DEFINITE_ENDINGS):
                continue
            if any(lower.endswith(e) and len(lower) - len(e) >= MIN_STEM for e in self.endings):
                spans.append(Span(doc, token.i, token.i + 1, label="LOC"))
            elif token.text in PLACE_WORDS and token.i > 0:
                prev = doc[token.i - 1]
                if prev.is_alpha and prev.text[:1].isupper() and "\n" not in prev.whitespace_:
                    spans.append(Span(doc, token.i - 1, token.i + 1, label="LOC"))
        return spans

    def __call__(self, doc: Doc) -> Doc:
        self._ensure_ready()
        spans = [Span(doc, s, e, label="LOC") for _, s, e in self.matcher(doc)]
        add_entities(doc, spans + self._street(doc), replace_labels=("MISC",))
        return doc


@Language.factory("extract_places", assigns=["doc.ents"])
def make_places(nlp: Language, name: str) -> PlaceTagger:
    return PlaceTagger(nlp, name)
