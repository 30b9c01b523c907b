"""Action items as stored on a Doc: :func:`extract_actions` runs the whole chain.

Sentences and candidates (:func:`~.parser.find_candidates`), the rules and the classifier
(:func:`~.classifier.select`), then one :class:`ActionItem` per chosen candidate.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

from spacy.tokens import Doc

from ..decisions import item_bodies
from ..tokens import text_of
from .classifier import ActionClassifier, Mode, select
from .clauses import Candidate
from .deadlines import reference_of
from .followups import followup_items
from .lexicon import VerbLexicon, clean_text
from .parser import find_candidates

# The ``Doc.spans`` key under which the ``extract_actions`` component stores the actions.
SPANS_KEY = "actions"


@dataclass
class ActionItem:
    """One row of the ``actions`` table, before the document context is added."""

    item_no: str
    actor: str
    action: str
    verb: str
    object: str
    deadline: str
    deadline_text: str
    text: str
    start_char: int
    end_char: int
    action_start: int
    action_end: int
    pattern: str
    score: float


def to_items(doc: Doc, chosen: Iterable[Candidate], *, text: str | None = None
             ) -> list[ActionItem]:
    """Table rows for the chosen candidates, in text order."""
    items = []
    text = text if text is not None else text_of(doc)
    for c in sorted(chosen, key=lambda c: (c.sentence.start, c.action_start)):
        items.append(ActionItem(c.sentence.item_no, c.actor, c.action, c.verb, c.object,
                                c.deadline, c.deadline_text,
                                clean_text(text[c.sentence.start:c.sentence.end]),
                                c.sentence.start,
                                c.sentence.end, c.action_start, c.action_end, c.pattern,
                                round(c.score, 4)))
    return items


def extract_actions(doc: Doc, *, lexicon: VerbLexicon, classifier: ActionClassifier | None,
                    mode: Mode = "both") -> list[ActionItem]:
    """The action items of a processed Doc (what ``extract_actions`` stores on it).

    Args:
        doc: a Doc from the minutes pipeline.
        lexicon: the verb lexicon.
        classifier: the trained classifier, or None for rules only.
        mode: ``rules``, ``classifier`` or ``both`` (see :func:`~.classifier.select`).
    """
    text = text_of(doc)
    chosen = select(find_candidates(doc, lexicon=lexicon, text=text), classifier=classifier,
                    mode=mode)
    items = to_items(doc, chosen, text=text)
    bodies = item_bodies(doc)

    def item_at(pos: int) -> str:
        return next((no for no, a, b in bodies if a <= pos < b), "")

    listed = [ActionItem(**f) for f in followup_items(doc, lexicon, reference_of(doc, text=text),
                                                      item_at, text)]
    # A follow-up line or table row states its task outright; what the clause parser made of
    # the same line gives way to it.
    taken = [(f.start_char, f.end_char) for f in listed]
    items = [i for i in items if not any(a <= i.action_start < b for a, b in taken)]
    return sorted(items + listed, key=lambda i: (i.start_char, i.action_start))


def items_as_dicts(items: Iterable[ActionItem]) -> list[dict[str, Any]]:
    """Plain dicts for ``Doc._.actions`` (so Docs survive DocBin and ``n_process``)."""
    return [asdict(i) for i in items]
