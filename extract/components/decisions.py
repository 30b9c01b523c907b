"""``extract_decisions``: the decision and the positions on each agenda item, as plain rows.

Runs after ``extract_structure``, whose agenda items (and, for minute books, meeting spans) it
reads; see :mod:`extract.rules.decisions` for the rules.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401
from ..rules.decisions import extract_decisions, rows


class DecisionReader:
    """Finds each agenda item's decision, its outcome, and the positions stated on it."""

    def __init__(self, name: str = "extract_decisions") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        decisions, positions = extract_decisions(doc)
        doc._.decisions = rows(decisions)
        doc._.positions = rows(positions)
        return doc


@Language.factory(
    "extract_decisions",
    assigns=["doc._.decisions", "doc._.positions"],
    requires=["doc.ents", "doc._.agenda_items"],
)
def make_decisions(nlp: Language, name: str) -> DecisionReader:
    return DecisionReader(name)
