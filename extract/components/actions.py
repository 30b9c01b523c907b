"""``extract_actions``: action items (who is to do what, by when) as plain rows on the Doc.

Runs after ``extract_structure``: an action's agenda item and the zone it stands in (decision,
recommendation, background, history) come from the sections and agenda that component found.
The verb lexicon and the trained classifier's weights are saved with the pipeline
(``extract_actions/lexicon.json``), so ``spacy.load`` needs nothing else.
"""

from __future__ import annotations

import json
from importlib import resources as _res
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401
from ..rules.actions import (
    SPANS_KEY,
    ActionClassifier,
    Mode,
    VerbLexicon,
    default_verb_lexicon,
    extract_actions,
    items_as_dicts,
)
from ._lexicon import LexiconComponent

CLASSIFIER_RESOURCE = "action_classifier.json"


def default_classifier() -> dict[str, Any]:
    """The shipped classifier weights (``extract/resources/action_classifier.json``), or {}."""
    path = _res.files("extract.resources").joinpath(CLASSIFIER_RESOURCE)
    if not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


class ActionExtractor(LexiconComponent):
    """Finds action items; ``doc._.actions`` gets one row per item, ``doc.spans["actions"]``
    the verb phrases (label: the head verb)."""

    def __init__(self, nlp: Language, name: str, *, mode: Mode = "both") -> None:
        super().__init__(nlp, name)
        if mode not in ("rules", "classifier", "both"):
            raise ValueError(f"extract_actions: mode {mode!r} is not one of rules, classifier, "
                             "both")
        self.mode: Mode = mode

    def default_data(self) -> dict[str, Any]:
        return {"verbs": default_verb_lexicon(), "classifier": default_classifier()}

    def _compile(self) -> None:
        self.lexicon = VerbLexicon(self.data["verbs"])
        weights = self.data.get("classifier")
        # Without trained weights (a pipeline saved before training) the rules decide alone.
        self.classifier = ActionClassifier.from_dict(weights) if weights else None

    def __call__(self, doc: Doc) -> Doc:
        self._ensure_ready()
        items = extract_actions(doc, lexicon=self.lexicon, classifier=self.classifier,
                                mode=self.mode)
        doc._.actions = items_as_dicts(items)
        spans = []
        for item in items:
            span = doc.char_span(item.action_start, item.action_end, label=item.verb,
                                 alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[SPANS_KEY] = spans
        return doc


@Language.factory(
    "extract_actions",
    assigns=["doc._.actions", "doc.spans"],
    requires=["doc.ents", "doc._.agenda_items", "doc._.sections"],
    default_config={"mode": "both"},
)
def make_actions(nlp: Language, name: str, mode: Mode) -> ActionExtractor:
    return ActionExtractor(nlp, name, mode=mode)
