"""Whether a candidate is an action item: the hand-written rules, the classifier, or both.

:func:`rule_accepts` keeps or drops each candidate by hand-written conditions; an
:class:`ActionClassifier` (logistic regression trained with scikit-learn on annotated sentences
by :func:`train_classifier`, weights stored as JSON) scores it on :func:`features`; and
:func:`select` applies one of :data:`MODES`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from .clauses import Candidate
from .lexicon import NOT_TASKS, fold

Mode = Literal["rules", "classifier", "both"]
MODES: tuple[Mode, ...] = ("rules", "classifier", "both")

# Patterns whose wording hands the task to the actor outright.
EXPLICIT_PATTERNS = ("directive", "appoint", "referral", "bedes", "agreed")
# Forms that hand the task over outright: there even "gøre" names one ("Det overdroges X at
# gøre de forberedende Skridt").
_HANDED = ("directive", "appoint")
# Sending papers on: outside a decision, "X fremsender ..." is a matter coming in, not a task.
_TRANSMISSION = {"fremsende", "forelægge", "oversende", "indsende", "anmode", "opsige", "meddele",
                 "søge", "andrage", "ansøge"}
# Reporting verbs that name a task when someone must or is asked to do them ("maa svare paa
# Skrivelsen", "bedes redegøre for"); said of the past they are narrative ("svarede").
_OWED_REPORTS = {"svare", "meddele", "redegøre"}
# Offices whose paying is a task ("Kassereren betaler Regningen"); anyone else's paying says
# who bears a cost ("Kommunen betaler Halvdelen", "Ejeren skal betale Bidraget").
_PAYING_OFFICE = re.compile(r"kasserer|kæmner|regnskabsfører|forvaltning|økonomi", re.IGNORECASE)
# "tage Stilling til", "træffe Beslutning om": a decision still to be made, not a task.
# (and an absence: "Pastor Holm holder Ferie fra 14. Juli")
_DECISION_PHRASE = re.compile(r"(?:tage|træffe)\s+(?:stilling|beslutning|forbehold)|"
                              r"tage\s+\w*\s*til\s+efterretning|hold\w*\s+(?:ferie|fri|orlov)\b")


_SENT_ON = re.compile(r"\btil\s+(?:[A-ZÆØÅ]|amtet|amtsr|ministeriet|stiftet|provst)")
# Words of a permission: the clause after them says what someone may do, not what they must.
_PERMITTED = ("tillod", "tillodes", "tillades", "tilladt")


def rule_accepts(c: Candidate) -> bool:
    """The hand-written decision: whether a candidate is an action item.

    Agendas hold proposals, and history and attachment sections hold earlier meetings: nothing
    there is handed to anyone now. Explicit forms (pålægges, overlades, bedes, aftalt) count
    unless they stand in a proposal; a recommendation counts once the item was adopted; a
    modal or present-tense clause counts when its verb is a task, its subject an agent, and it
    is not narrative (background sections, reported speech, past proposals).
    """
    if c.agenda or c.sentence.zone in ("history", "attachments", "proposal", "case", "quote"):
        return False
    verb_class = c.verb_class
    if verb_class == "report" and c.pattern in ("modal", "bedes") and c.verb in _OWED_REPORTS:
        verb_class = "action"  # "Formanden maa svare paa Skrivelsen": an answer owed is a task
    if c.pattern == "appoint" and c.verb == "tiltræde":
        verb_class = "action"  # "valgtes til at tiltræde Bestyrelsen": to join it, not approve
    if verb_class in ("decision", "report") and c.pattern not in ("referral",):
        return False
    if c.verb_class == "directive" and c.pattern not in ("referral",):
        return False  # "man henstiller, at ...": the task is in the clause under it
    # "gøre" and "finde" handed to someone are tasks ("overdroges Y at finde en ny Plads")
    if c.verb.split()[0] in NOT_TASKS and not (c.verb in ("gøre", "finde")
                                               and c.pattern in _HANDED):
        return False  # "at man er villig til ...": being, having, being able are no tasks
    if c.actor_kind == "man":
        return False  # "Man vil undersøge Sagen": no one is named ("I X vil man" names X)
    if verb_class != "action" and c.pattern in ("agreed", "recommended"):
        return False
    if _DECISION_PHRASE.match(fold(c.action.split(" ", 1)[0] + " " + c.object)):
        return False  # "Sogneraadet skal tage Stilling til ...": a decision to come
    proposal = any(cue in c.prefix_cues for cue in (
        "beslutningsforslag", "beslutningsforslaget", "foreslog", "foreslår", "foreslås",
        "ønsker", "ønskede", "forslag"))
    bears_cost = c.verb == "betale" or c.verb in ("afholde", "udrede", "bære") and fold(
        c.object).startswith(("udgift", "omkostning"))
    if bears_cost and c.pattern not in ("directive", "bedes") \
            and not _PAYING_OFFICE.search(c.actor):
        return False  # "Kommunen betaler de tre Fjerdedele", "afholder Udgifterne": a cost
    if c.pattern in EXPLICIT_PATTERNS:
        return not (proposal and c.pattern in ("directive", "appoint")) and not c.reported
    if c.pattern == "recommended":
        return c.adopted and not proposal
    if c.pattern in ("modal", "present"):
        if c.reported or proposal or c.sentence.zone in ("background", "recommendation"):
            return False
        if verb_class != "action" or c.actor_kind == "other" or c.conditional:
            return False
        if any(cue in c.prefix_cues for cue in _PERMITTED):
            return False  # "tillod Byraadet, at Foreningen maa afholde en Fest": a permission
        if c.pattern == "present" and c.sentence.zone != "decision" and \
                c.verb.split()[0] in _TRANSMISSION and not (
                    c.verb in ("indsende", "fremsende", "oversende") and _SENT_ON.search(c.object)):
            # "Kommuneingeniøren fremsender Detailprojekt": an incoming matter (not "Kassereren
            # indsender dem til Amtet", sent on to a body named)
            return False
        return True
    return False


def features(c: Candidate) -> dict[str, float]:
    """The classifier's view of a candidate: pattern, zone, verb class, actor kind, cues.

    No word identities (which verb, which first word): with a few hundred annotated sentences
    they would be memorised, not learnt.
    """
    zone = c.sentence.zone or "none"
    f: dict[str, float] = {
        f"pattern={c.pattern}": 1.0,
        f"zone={zone}": 1.0,
        f"pattern={c.pattern}&zone={zone}": 1.0,
        f"verb_class={c.verb_class}": 1.0,
        f"verb_kind={c.verb_kind}": 1.0,
        f"actor={c.actor_kind}": 1.0,
    }
    if c.deadline or c.deadline_text:
        f["deadline"] = 1.0
    if c.agenda:
        f["agenda"] = 1.0
    if c.reported:
        f["reported"] = 1.0
    if c.relative:
        f["relative"] = 1.0
    if c.pattern == "recommended":
        f["recommended&adopted" if c.adopted else "recommended&open"] = 1.0
    if c.sentence.line_start:
        f["line_start"] = 1.0
    for cue in c.cues:
        f[f"cue={cue}"] = 1.0
    for cue in c.prefix_cues:
        f[f"before={cue}"] = 1.0
    if c.conditional:
        f["conditional"] = 1.0
    if c.verb.split()[0] in _TRANSMISSION:
        f["transmission"] = 1.0
    return f


@dataclass
class ActionClassifier:
    """Logistic regression over :func:`features`; weights are plain JSON (no pickles).

    Attributes:
        weights: feature -> coefficient.
        intercept: the bias.
        threshold: probability at which a candidate counts in ``classifier`` mode.
        meta: what it was trained on and how it scored.
    """

    weights: dict[str, float] = field(default_factory=dict)
    intercept: float = 0.0
    threshold: float = 0.5
    meta: dict[str, Any] = field(default_factory=dict)

    def probability(self, c: Candidate) -> float:
        z = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in features(c).items())
        return 1.0 / (1.0 + math.exp(-z))

    def to_dict(self) -> dict[str, Any]:
        return {"weights": self.weights, "intercept": self.intercept,
                "threshold": self.threshold, "meta": self.meta}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> ActionClassifier:
        data = data or {}
        return cls(dict(data.get("weights", {})), float(data.get("intercept", 0.0)),
                   float(data.get("threshold", 0.5)), dict(data.get("meta", {})))


# In "both" mode the rules decide, the classifier can veto a rule's yes (below VETO), and it
# decides alone where the rules cannot: clauses whose verb the lexicon does not know.
VETO = 0.15
ADD = 0.8  # what the classifier adds on its own must clear a higher bar than its threshold


def select(candidates: Iterable[Candidate], *, classifier: ActionClassifier | None,
           mode: Mode = "both") -> list[Candidate]:
    """The candidates that count as action items under ``mode``.

    Args:
        candidates: from :func:`find_candidates`.
        classifier: the trained classifier (None: rules only, whatever ``mode`` says).
        mode: ``rules`` (the hand-written conditions), ``classifier`` (its probability at or
            above its threshold), or ``both``.
    """
    out = []
    for c in candidates:
        c.rule = rule_accepts(c)
        c.score = classifier.probability(c) if classifier is not None else float(c.rule)
        if classifier is None or mode == "rules":
            keep = c.rule
        elif mode == "classifier":
            keep = c.score >= classifier.threshold
        else:
            # The rules judge verbs the lexicon knows; the classifier may veto them, and it
            # judges the clauses whose verb the lexicon does not know ("vil foranledige").
            keep = (c.rule and c.score >= VETO) or (
                not c.rule and c.verb_class == "other" and c.score >= ADD)
        if keep:
            out.append(c)
    return out


def train_classifier(candidates: Sequence[Candidate], labels: Sequence[int], *,
                     c: float = 1.0, threshold: float = 0.5,
                     meta: dict[str, Any] | None = None) -> ActionClassifier:
    """Fit the action classifier (scikit-learn logistic regression) on labelled candidates.

    Args:
        candidates: candidates from annotated documents.
        labels: 1 = action item, 0 = not, one per candidate.
        c: inverse regularisation strength.
        threshold: probability at which a candidate counts.
        meta: stored with the weights (training data, scores).

    Raises:
        ValueError: the labels hold only one class.
    """
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    if len(set(labels)) < 2:
        raise ValueError("training needs both action items and non-items; annotate more "
                         "sentences (corpus/train/actions.jsonl)")
    vec = DictVectorizer()
    x = vec.fit_transform([features(cand) for cand in candidates])
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=2000)
    model.fit(x, list(labels))
    names = vec.get_feature_names_out()
    weights = {name: round(float(w), 6) for name, w in zip(names, model.coef_[0], strict=True)
               if abs(w) > 1e-6}
    return ActionClassifier(weights, round(float(model.intercept_[0]), 6), threshold,
                            dict(meta or {}, n_examples=len(labels),
                                 n_positive=int(sum(labels))))
