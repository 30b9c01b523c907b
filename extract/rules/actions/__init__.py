"""Action items: who is to do what, by when.

An action item is a task a meeting hands to someone: an actor (a person, role, body,
organisation, or "man" / "kommunerne" as written), the action (a verb phrase with its object),
a deadline when one is stated (ISO), the agenda item, and the sentence with its offsets.

>>> import extract
>>> nlp = extract.load()
>>> doc = nlp("Beslutning: Godkendt. Forvaltningen bedes fremlægge en plan senest 1. marts 2025.")
>>> [(a["actor"], a["verb"], a["deadline"]) for a in doc._.actions]
[('forvaltningen', 'fremlægge', '2025-03-01')]

How it works (all plain functions over a processed ``Doc``; ``extract_actions`` calls them):

1. :func:`sentence_spans` (:mod:`.zones`, on :mod:`extract.rules.sentences`) splits the text
   into sentences, joining the hard-wrapped lines of transcribed minute books; each sentence
   gets its agenda item and its *zone* (decision, recommendation, background, history) from the
   headings above it (:func:`annotate_sentences`).
2. :func:`find_candidates` (:mod:`.parser`) applies patterns for the forms Danish minutes use
   ("X pålægger Y at", "Det overlades til Y at", "Y bedes", "Det blev aftalt, at Y ...",
   "Y skal/vil ...", "Y udarbejder ...", decided recommendations, referrals) with a verb lexicon
   (:mod:`.lexicon`), the entities the other components tagged, and POS / morphology / a parse
   when the pipeline has them. The words, clauses and agents of a sentence are read in
   :mod:`.clauses`, deadlines in :mod:`.deadlines`. Coordinated verb phrases become one
   candidate each.
3. :func:`rule_accepts` (:mod:`.classifier`) keeps or drops each candidate by hand-written
   conditions; an :class:`ActionClassifier` (logistic regression trained with scikit-learn on
   annotated sentences, weights stored as JSON) scores it. ``mode`` decides what counts: the
   rules, the classifier, or both (the default).
4. :func:`extract_actions` (:mod:`.items`) runs the steps above and returns one
   :class:`ActionItem` per chosen candidate.

Modules depend on each other in one direction only: ``lexicon``, ``deadlines`` and ``zones``
know nothing of the others; ``clauses``, ``handing`` (the patterns that hand a task to someone
named) and ``parser`` build on them, in that order; ``classifier`` judges what
the parser found; ``items`` runs the whole chain.

The ``actions`` table is built in :mod:`extract.tables.actions`; the gold scorer (same sentence,
same actor, same head verb) and the evaluation helpers are in :mod:`extract.evaluation.actions`.
"""

from ..sentences import ABBREVIATIONS
from .classifier import (
    ADD,
    EXPLICIT_PATTERNS,
    MODES,
    VETO,
    ActionClassifier,
    Mode,
    features,
    rule_accepts,
    select,
    train_classifier,
)
from .clauses import AGENT_LABELS, Candidate
from .deadlines import normalise_deadline, reference_of
from .items import SPANS_KEY, ActionItem, extract_actions, items_as_dicts, to_items
from .lexicon import (
    ACTION_VERBS,
    APPOINT_VERBS,
    AUTHORISATION_NOUNS,
    DECISION_VERBS,
    DIRECTIVE_VERBS,
    MODALS,
    REFERRAL_VERBS,
    REPORT_VERBS,
    VerbLexicon,
    VerbReading,
    clean_text,
    default_verb_lexicon,
    fold,
    verb_forms,
)
from .parser import find_candidates
from .zones import ZONES, Sentence, annotate_sentences, is_agenda, sentence_spans

__all__ = [
    "ABBREVIATIONS",
    "ACTION_VERBS",
    "ADD",
    "AGENT_LABELS",
    "APPOINT_VERBS",
    "AUTHORISATION_NOUNS",
    "DECISION_VERBS",
    "DIRECTIVE_VERBS",
    "EXPLICIT_PATTERNS",
    "MODALS",
    "MODES",
    "REFERRAL_VERBS",
    "REPORT_VERBS",
    "SPANS_KEY",
    "VETO",
    "ZONES",
    "ActionClassifier",
    "ActionItem",
    "Candidate",
    "Mode",
    "Sentence",
    "VerbLexicon",
    "VerbReading",
    "annotate_sentences",
    "clean_text",
    "default_verb_lexicon",
    "extract_actions",
    "features",
    "find_candidates",
    "fold",
    "is_agenda",
    "items_as_dicts",
    "normalise_deadline",
    "reference_of",
    "rule_accepts",
    "select",
    "sentence_spans",
    "to_items",
    "train_classifier",
    "verb_forms",
]
