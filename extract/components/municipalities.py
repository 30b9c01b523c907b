"""``extract_municipalities``: MUNICIPALITY entities with the official 4-digit code as norm.

The written forms and the choice among matches are in :mod:`extract.rules.municipalities`;
this module keeps the forms (saved with the pipeline), matches them and writes the mentions into
the Doc. Names inside organisation names ("Københavns Politi") are left to
``extract_organisations``, which runs first.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .. import (
    extensions,  # noqa: F401
    resources,
)
from ..rules.municipalities import find_municipalities, municipality_lexicon
from ._lexicon import LexiconComponent
from ._spans import add_entities, mention_spans


class MunicipalityTagger(LexiconComponent):
    """Tags mentions of the 98 Danish municipalities and links them to their code."""

    def default_data(self) -> dict[str, Any]:
        return municipality_lexicon(resources.municipalities())

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

    def __call__(self, doc: Doc) -> Doc:
        self._ensure_ready()
        strings = self.nlp.vocab.strings
        matches = [(strings[match_id], start, end) for match_id, start, end in self.matcher(doc)]
        municipalities, places = find_municipalities(doc, matches)
        # The model's LOC/ORG for "Aarhus" becomes a municipality; the rule's spans are exact.
        add_entities(doc, mention_spans(doc, places), replace_labels=("LOC", "MISC", "ORG"))
        add_entities(doc, mention_spans(doc, municipalities), replace_labels=("LOC", "MISC", "GPE"))
        return doc


@Language.factory("extract_municipalities", assigns=["doc.ents", "span._.norm"])
def make_municipalities(nlp: Language, name: str) -> MunicipalityTagger:
    return MunicipalityTagger(nlp, name)
