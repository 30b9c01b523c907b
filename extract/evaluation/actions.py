"""Scoring action items against gold: the ``actions`` table scorer and per-mode evaluation.

An action item matches a gold row when it is in the same sentence, has the same actor and the same
head verb (:func:`match_actions`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..rules.actions import (
    MODES,
    ActionClassifier,
    Candidate,
    Mode,
    clean_text,
    find_candidates,
    fold,
    select,
)
from .metrics import prf_counts
from .reading import read_gold


def actor_key(actor: str) -> str:
    """An actor as compared with gold: case-folded, old spelling folded, hyphenation and
    spacing normalised ("Kasse- og Regnskabs-\\nudvalget" = "kasse- og regnskabsudvalget")."""
    return fold(clean_text(str(actor))).strip(" .,;:")


# Words that may stand before the one named as his occupation or office ("Arkitekt Vedel
# Skaade", "Fru Kæmner Petersen", "Sogneraadsmedlem J. Holm"); annotators keep or drop them.
_TITLES = re.compile(
    r"^(?:(?:gdr|grd|gårdejer|hmd|husmand|lærer|overlærer|pastor|sognepræst|arkitekt|dyrlæge|"
    r"tandlæge|læge|entreprenør|entreprenørfirmaet|firmaet|murer|murerm|murermester|tømrer|"
    r"tømrerm|snedker|smed|købmand|købmd|vognmand|proprietær|propr|fru|frk|frøken|hr|kæmner|"
    r"sogneraadsmedlem|sognerådsmedlem|kommuneingeniør|ingeniør|vejmand|fhv|skrædder|maler|"
    r"gartner|bager|installatør|sygeplejerske|jordemoder|kirkeværge|graver|kordegn)\.?\s+)+")
# What follows the head of a body: its members ("et Udvalg bestaaende af A, B og C").
_MEMBERS = re.compile(r"\s+(?:bestaaende|bestående)\s+af\b.*|\s*\(.*")


def actor_head(actor: str) -> str:
    """The one named, as annotators agree on it: :func:`actor_key` without a title or
    occupation before each name and without a body's members ("et Udvalg bestaaende af A og B"
    -> "et udvalg", "Arkitekt Vedel Skaade" -> "vedel skåde")."""
    parts = re.split(r"\s*,\s*|\s+og\s+", _MEMBERS.sub("", actor_key(actor)))
    return " og ".join(_TITLES.sub("", p) or p for p in parts if p)


def verb_key(verb: str) -> str:
    """The head verb as compared with gold: the first word of its infinitive, folded."""
    words = fold(str(verb)).split()
    return words[0] if words else ""


def _same_sentence(g: dict, p: dict) -> bool:
    gs, ge = int(g["start_char"]), int(g["end_char"])
    ps, pe = int(p["start_char"]), int(p["end_char"])
    overlap = min(ge, pe) - max(gs, ps)
    return overlap > 0 and overlap >= 0.5 * min(ge - gs, pe - ps)


def match_actions(gold: list[dict], predicted: list[dict], *, heads: bool = False
                  ) -> tuple[int, list[dict], list[dict]]:
    """Pair gold and predicted action items: same sentence, same actor, same head verb.

    Sentences are the same when they overlap by at least half of the shorter one (sentence
    splitting may differ by a label or a clause). Each row is used at most once. With
    ``heads``, actors are compared by :func:`actor_head` (a title or a body's members aside):
    a second, looser score beside the guidelines' own, which two annotators of the same book
    differ on (``benchmarks/generalisation.md``).

    Returns:
        (matched pairs, unmatched gold rows, unmatched predicted rows).
    """
    used: set[int] = set()
    missed: list[dict] = []
    for g in gold:
        hit = None
        for k, p in enumerate(predicted):
            if k in used or not _same_sentence(g, p):
                continue
            same = actor_head if heads else actor_key
            if same(g.get("actor", "")) == same(p.get("actor", "")) and \
                    verb_key(g.get("verb", "")) == verb_key(p.get("verb", "")):
                hit = k
                break
        if hit is None:
            missed.append(g)
        else:
            used.add(hit)
    extra = [p for k, p in enumerate(predicted) if k not in used]
    return len(gold) - len(missed), missed, extra


def score_action_rows(gold: list[dict], predicted: list[dict]
                      ) -> tuple[int, list[dict], list[dict]]:
    """The scorer ``extract evaluate`` uses for the ``actions`` table."""
    pred = [{k: v for k, v in p.items() if k in ("item_no", "actor", "verb", "deadline",
                                                   "start_char", "end_char", "action")}
            for p in predicted]
    return match_actions(gold, pred)


@dataclass
class GoldActions:
    """The action rows of one gold document, with its text.

    Attributes:
        shared: the text is a real document in the shared folder (else a sample or snippet).
        split: ``dev`` (looked at while writing the rules) or ``test`` (held out).
    """

    id: str
    text: str
    rows: list[dict]
    shared: bool
    split: str = "dev"


def read_action_gold(paths: Iterable[str | Path]) -> list[GoldActions]:
    """Gold documents that annotate the ``actions`` table (``extract-gold/1`` JSONL); documents
    in the shared folder are left out when it is absent."""
    out = []
    for path in paths:
        raw = {}
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                raw[record.get("id")] = record
        for g in read_gold(path):
            if "actions" in g.tables:
                record = raw.get(g.id, {})
                out.append(GoldActions(g.id, g.text, g.tables["actions"], "shared_path" in record,
                                       str(record.get("split", "dev"))))
    return out


def score_modes(docs: Sequence[GoldActions], candidates: Sequence[list[Candidate]], *,
                classifier: ActionClassifier | None,
                modes: Sequence[Mode] = MODES, groups: dict[str, list[int]] | None = None):
    """P/R/F1 of each mode on each group of documents, and deadline accuracy on matches.

    Returns:
        A DataFrame: group, mode, gold, predicted, matched, precision, recall, f1,
        deadlines (matched rows whose gold states a deadline), deadline_ok.
    """
    import pandas as pd

    groups = groups or {"all": list(range(len(docs)))}
    rows = []
    for mode in modes:
        per_doc = []
        for gdoc, cands in zip(docs, candidates, strict=True):
            chosen = select(list(cands), classifier=classifier, mode=mode)
            pred = [{"start_char": c.sentence.start, "end_char": c.sentence.end,
                     "actor": c.actor, "verb": c.verb, "deadline": c.deadline} for c in chosen]
            matched, missed, extra = match_actions(gdoc.rows, pred)
            pairs = _pairs(gdoc.rows, pred)
            with_deadline = [(g, p) for g, p in pairs if g.get("deadline")]
            ok = sum(1 for g, p in with_deadline if g["deadline"] == p["deadline"])
            per_doc.append((len(gdoc.rows), len(pred), matched, len(with_deadline), ok))
        for group, members in groups.items():
            g_n = sum(per_doc[i][0] for i in members)
            p_n = sum(per_doc[i][1] for i in members)
            m_n = sum(per_doc[i][2] for i in members)
            d_n = sum(per_doc[i][3] for i in members)
            d_ok = sum(per_doc[i][4] for i in members)
            p, r, f = prf_counts(m_n, p_n, g_n)
            rows.append({"group": group, "mode": mode, "gold": g_n, "predicted": p_n,
                         "matched": m_n, "precision": p, "recall": r, "f1": f,
                         "deadlines": d_n, "deadline_ok": d_ok})
    return pd.DataFrame(rows)


def evaluate_actions(gold: Iterable[str | Path], *, nlp: Any = None,
                     modes: Sequence[Mode] = MODES,
                     classifier: ActionClassifier | None = None):
    """Action-item P/R/F1 of each mode on gold documents, by group.

    Groups: ``samples`` (the sample corpus and other inline or repository texts), ``real``
    (documents in the shared folder), ``real-dev`` / ``real-test`` (by the gold's ``split``),
    and ``all``.

    Args:
        gold: ``extract-gold/1`` files with ``tables.actions`` rows.
        nlp: the pipeline (default: ``extract.load()``); it must have ``extract_actions``.
        modes: which selections to score (see :func:`select`).
        classifier: score this classifier instead of the pipeline's own.

    Returns:
        A DataFrame: group, mode, gold, predicted, matched, precision, recall, f1,
        deadlines (matched rows whose gold states one), deadline_ok.
    """
    from ..pipeline import load

    nlp = nlp if nlp is not None else load()
    component = nlp.get_pipe("extract_actions")
    component._ensure_ready()
    classifier = classifier if classifier is not None else component.classifier
    docs = read_action_gold(gold)
    candidates = [find_candidates(doc, lexicon=component.lexicon)
                  for doc in nlp.pipe(d.text for d in docs)]
    groups = {
        "samples": [i for i, d in enumerate(docs) if not d.shared],
        "real": [i for i, d in enumerate(docs) if d.shared],
        "real-dev": [i for i, d in enumerate(docs) if d.shared and d.split != "test"],
        "real-test": [i for i, d in enumerate(docs) if d.shared and d.split == "test"],
        "all": list(range(len(docs))),
    }
    groups = {k: v for k, v in groups.items() if v}
    return score_modes(docs, candidates, classifier=classifier, modes=modes, groups=groups)


def _pairs(gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict]]:
    used: set[int] = set()
    pairs = []
    for g in gold:
        for k, p in enumerate(pred):
            if k not in used and _same_sentence(g, p) and \
                    actor_key(g.get("actor", "")) == actor_key(p.get("actor", "")) and \
                    verb_key(g.get("verb", "")) == verb_key(p.get("verb", "")):
                used.add(k)
                pairs.append((g, p))
                break
    return pairs


def label_candidates(gold_rows: list[dict], candidates: Sequence[Candidate]) -> list[int]:
    """1 for a candidate that is a gold action item (same sentence and head verb), else 0.

    The actor is left out on purpose: the classifier learns whether a clause is an action item;
    who its actor is is the patterns' job.
    """
    labels = []
    for c in candidates:
        p = {"start_char": c.sentence.start, "end_char": c.sentence.end}
        labels.append(int(any(_same_sentence(g, p) and verb_key(g.get("verb", ""))
                              == verb_key(c.verb) for g in gold_rows)))
    return labels


