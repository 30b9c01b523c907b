"""``extract_dates``: DATE and TIME entities with ISO values in ``Span._.norm``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401  (declares Span._.norm)
from ..rules.dates import find_dates, find_times, reference_date
from ..rules.tokens import text_of
from ._spans import add_entities, char_span


class DateTagger:
    """Tags dates and clock times; dates without a year take the document's year."""

    def __init__(self, name: str = "extract_dates", *, overwrite: bool = True) -> None:
        self.name = name
        self.overwrite = overwrite

    def __call__(self, doc: Doc) -> Doc:
        reference = reference_date(text_of(doc))
        doc._.reference_year = reference.year if reference else None
        spans = []
        for match in [*find_dates(text_of(doc), reference=reference),
                      *find_times(text_of(doc))]:
            span = char_span(doc, match.start, match.end, match.label, norm=match.iso)
            if span is not None:
                spans.append(span)
        # A statistical NER may have tagged part of a date as MISC or a number; rules decide.
        replace = ("DATE", "TIME", "MISC", "LOC", "ORG", "PERSON") if self.overwrite else ()
        add_entities(doc, spans, replace_labels=replace)
        return doc


@Language.factory(
    "extract_dates",
    assigns=["doc.ents", "span._.norm", "doc._.reference_year"],
    default_config={"overwrite": True},
)
def make_dates(nlp: Language, name: str, overwrite: bool) -> DateTagger:
    return DateTagger(name, overwrite=overwrite)
