"""``extract_places``: LOC entities for streets and squares (by their ending, in
:mod:`extract.rules.places`) and for countries and landscapes from ``resources.places()``.

This module keeps the list and the endings (saved with the pipeline), matches the list and
writes the places into the Doc; ``extract_municipalities`` runs after it and takes precedence
where the same words are both.
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
from ..rules.places import STREET_ENDINGS, find_streets
from ._lexicon import LexiconComponent
from ._spans import add_entities, mention_spans


class PlaceTagger(LexiconComponent):
    """Tags streets, squares, countries and landscapes as LOC."""

    def default_data(self) -> dict[str, Any]:
        return {"places": resources.places(), "endings": list(STREET_ENDINGS)}

    def _compile(self) -> None:
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self.matcher.add("LOC", [self.nlp.make_doc(p) for p in self.data["places"]])
        self.endings = tuple(self.data["endings"])

    def __call__(self, doc: Doc) -> Doc:
        self._ensure_ready()
        spans = [Span(doc, s, e, label="LOC") for _, s, e in self.matcher(doc)]
        streets = mention_spans(doc, find_streets(doc, self.endings))
        add_entities(doc, spans + streets, replace_labels=("MISC",))
        return doc


@Language.factory("extract_places", assigns=["doc.ents"])
def make_places(nlp: Language, name: str) -> PlaceTagger:
    return PlaceTagger(nlp, name)
