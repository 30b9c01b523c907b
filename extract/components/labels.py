"""``extract_labels``: a statistical NER's labels renamed to the toolkit's (PER -> PERSON).

DaNE-trained models (ours, DaCy, spaCy's Danish models) say PER; the rules and tables say PERSON.
Runs right after the statistical ``ner`` and before the rule components.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

DEFAULT_MAP = {"PER": "PERSON", "PERSON": "PERSON", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC",
               "GPE": "LOC"}


class LabelMapper:
    """Renames entity labels; labels not in the map are dropped (the rules own them)."""

    def __init__(self, name: str, mapping: dict[str, str]) -> None:
        self.name = name
        self.mapping = dict(mapping)

    def __call__(self, doc: Doc) -> Doc:
        doc.ents = [Span(doc, e.start, e.end, label=self.mapping[e.label_])
                    for e in doc.ents if e.label_ in self.mapping]
        return doc


@Language.factory("extract_labels", assigns=["doc.ents"], default_config={"mapping": DEFAULT_MAP})
def make_labels(nlp: Language, name: str, mapping: dict[str, str]) -> LabelMapper:
    return LabelMapper(name, mapping)
