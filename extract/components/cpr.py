"""``extract_cpr``: CPR entities (Danish personal identity numbers, ``DDMMYY-SSSS``).

Only numbers that are real birth dates under the century rules count (see ``extract.rules.cpr``).
``Span._.norm`` is the number as ``DDMMYY-SSSS``; ``extract run`` masks it, like every CPR
number in every table, unless asked not to.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401
from ..rules.cpr import CPR_LABEL, find_cprs
from ..rules.tokens import text_of
from ._spans import add_entities, char_span

# A statistical NER may read the digits as anything; the CPR rule is the authority for them.
REPLACED_LABELS = ("MISC", "CARDINAL", "DATE", "TIME", "CASE_NUMBER", "ORG", "LOC", "PERSON",
                   "PER")


class CprTagger:
    """Tags valid CPR numbers, with and without the dash."""

    def __init__(self, name: str = "extract_cpr") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for match in find_cprs(text_of(doc)):
            span = char_span(doc, match.start, match.end, CPR_LABEL, norm=match.norm)
            if span is not None:
                spans.append(span)
        if spans:
            add_entities(doc, spans, replace_labels=REPLACED_LABELS)
        return doc


@Language.factory("extract_cpr", assigns=["doc.ents", "span._.norm"])
def make_cpr(nlp: Language, name: str) -> CprTagger:
    return CprTagger(name)
