"""``extract_identifiers``: EMAIL and CASE_NUMBER entities."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401
from ..rules.identifiers import find_case_numbers, find_emails
from ..rules.tokens import text_of
from ._spans import add_entities, char_span


class IdentifierTagger:
    """Tags e-mail addresses and case, journal and document numbers."""

    def __init__(self, name: str = "extract_identifiers") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        spans = []
        for start, end in find_emails(text):
            span = char_span(doc, start, end, "EMAIL", norm=text[start:end].lower())
            if span is not None:
                spans.append(span)
        for start, end, _kind in find_case_numbers(text):
            span = char_span(doc, start, end, "CASE_NUMBER", norm=text[start:end])
            if span is not None:
                spans.append(span)
        add_entities(doc, spans, replace_labels=("MISC", "ORG", "LOC", "PERSON", "DATE"))
        return doc


@Language.factory("extract_identifiers", assigns=["doc.ents", "span._.norm"])
def make_identifiers(nlp: Language, name: str) -> IdentifierTagger:
    return IdentifierTagger(name)
