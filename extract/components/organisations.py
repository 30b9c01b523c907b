"""``extract_organisations``: ORG entities from a lexicon and from the shape of body names.

The names and the shapes are in :mod:`extract.rules.organisations`; this module builds the
lexicon from ``extract.resources`` (police districts, regions, agencies, parties, municipalities),
saves it with the pipeline, matches it and writes the organisations into the Doc.
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
from ..rules.organisations import find_organisations, municipal_forms, organisation_lexicon
from ._lexicon import LexiconComponent
from ._spans import add_entities, mention_spans


class OrganisationTagger(LexiconComponent):
    """Tags police districts, regions, agencies, parties and named councils as ORG."""

    def default_data(self) -> dict[str, Any]:
        return organisation_lexicon(resources.organisations(), resources.municipalities(),
                                    resources.regions())

    def _compile(self) -> None:
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self.matcher.add("ORG", [self.nlp.make_doc(n) for n in self.data["names"]])
        self.heads = tuple(self.data["heads"])
        self.municipal = municipal_forms(self.data["municipalities"])

    def __call__(self, doc: Doc) -> Doc:
        self._ensure_ready()
        listed = [(start, end) for _, start, end in self.matcher(doc)]
        found = find_organisations(doc, listed, self.heads, self.municipal)
        add_entities(doc, mention_spans(doc, found),
                     replace_labels=("ORG", "LOC", "MISC", "PERSON", "ROLE"))
        return doc


@Language.factory("extract_organisations", assigns=["doc.ents"])
def make_organisations(nlp: Language, name: str) -> OrganisationTagger:
    return OrganisationTagger(nlp, name)
