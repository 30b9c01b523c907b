"""``extract_people``: PERSON entities and the link from each person to the role beside them.

The names and the links are found by :mod:`extract.rules.people`; this module keeps the first
names (saved with the pipeline) and writes the names into ``doc.ents`` and one row per mention
into ``doc._.people``: person, role, organisation, municipality, offsets.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .. import (
    extensions,  # noqa: F401
    resources,
)
from ..rules.people import find_people, people_rows
from ._lexicon import LexiconComponent
from ._spans import MODEL_SPANS_KEY, add_entities, mention_spans

# Labels of a model's guesses a person's name found by the rules may replace.
GUESSES = ("ORG", "LOC", "MISC")


class PeopleTagger(LexiconComponent):
    """Finds person names and links each to the role, organisation and municipality beside it."""

    def default_data(self) -> dict[str, Any]:
        return {"first_names": resources.first_names(), "surnames": resources.surnames()}

    def _compile(self) -> None:
        self.first_names = set(self.data["first_names"])
        self.surnames = set(self.data.get("surnames", ()))  # none in folders before 1.4.1

    def __call__(self, doc: Doc) -> Doc:
        self._ensure_ready()
        # A statistical model's organisations and places no rule confirmed may be names.
        guessed = {i for e in doc.spans.get(MODEL_SPANS_KEY, ()) if e.label_ in GUESSES
                   for i in range(e.start, e.end)}
        spans = mention_spans(doc, find_people(doc, self.first_names, guessed, self.surnames))
        add_entities(doc, spans, replace_labels=("MUNICIPALITY", "LOC", "ORG", "MISC"))
        doc._.people = people_rows(doc)
        return doc


@Language.factory("extract_people", assigns=["doc.ents", "doc._.people"],
                  requires=["doc.ents"])
def make_people(nlp: Language, name: str) -> PeopleTagger:
    return PeopleTagger(nlp, name)
