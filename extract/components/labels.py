"""``extract_labels``: a statistical NER's labels renamed to the toolkit's (PER -> PERSON), and
its readings that the layout of minutes contradicts dropped.

DaNE-trained models (ours, DaCy, spaCy's Danish models) say PER; the rules and tables say PERSON.
Trained on news, they also take field labels ("Deltagere:", "Beslutning:"), party letters
("(A)"), headings in capitals and words across line breaks for names. Runs right after the
statistical ``ner`` and before the rule components.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

DEFAULT_MAP = {"PER": "PERSON", "PERSON": "PERSON", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC",
               "GPE": "LOC"}


_LAYOUT_START = re.compile(r"^(?:kl|pkt|punkt|sag|nr|ad|j)\b\.?", re.IGNORECASE)


def contradicted_by_layout(span: Span) -> bool:
    """Whether the layout of minutes says a model's entity is no name."""
    doc, text = span.doc, span.text
    if "\n" in text or not text[:1].isupper() or _LAYOUT_START.match(text):
        return True
    if span.end < len(doc) and doc[span.end].text == ":":
        return True  # a field label: "Deltagere:", "Mødested:"
    if len(text) <= 3 and text.isupper():
        return True  # party letters "(A)", "(SF)"
    return len(span) > 1 and text.isupper()  # headings: "LEMVIG KOMMUNE"


class LabelMapper:
    """Renames entity labels; labels not in the map are dropped (the rules own them)."""

    def __init__(self, name: str, mapping: dict[str, str], drop_layout: bool = True) -> None:
        self.name = name
        self.mapping = dict(mapping)
        self.drop_layout = drop_layout

    def __call__(self, doc: Doc) -> Doc:
        doc.ents = [Span(doc, e.start, e.end, label=self.mapping[e.label_])
                    for e in doc.ents if e.label_ in self.mapping
                    and not (self.drop_layout and contradicted_by_layout(e))]
        return doc


@Language.factory("extract_labels", assigns=["doc.ents"],
                  default_config={"mapping": DEFAULT_MAP, "drop_layout": True})
def make_labels(nlp: Language, name: str, mapping: dict[str, str], drop_layout: bool) -> LabelMapper:
    return LabelMapper(name, mapping, drop_layout)
