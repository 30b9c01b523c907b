"""Scoring entity spans: counts and P/R/F1 per label, norm accuracy, errors, label confusion."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

import pandas as pd

from .gold import GoldDoc
from .metrics import COUNT_KINDS, fold_text, match_spans, overlap, prf

Predicted = tuple[int, int, str, str]  # start_char, end_char, label, norm
Span = tuple[int, int, str]  # start_char, end_char, label

OUTSIDE = "O"  # the confusion matrix's row / column for "no span here"

LABEL_COLUMNS = ["label", "tp", "fp", "fn", "precision", "recall", "f1", "support"]
ERROR_COLUMNS = ["doc_id", "kind", "label", "start_char", "end_char", "text", "context",
                 "error", "other"]


def _doc_keep(doc: GoldDoc, keep: set[str] | None) -> set[str] | None:
    """The labels scored on ``doc``: those asked for, and of them only the ones its gold
    annotates when the record says which (``span_labels``)."""
    if doc.span_labels is None:
        return keep
    return set(doc.span_labels) if keep is None else keep & set(doc.span_labels)


def _gold_spans(doc: GoldDoc, keep: set[str] | None) -> list[Span]:
    return [(s.start, s.end, s.label) for s in doc.spans if keep is None or s.label in keep]


def _predicted_spans(pred: Sequence[Predicted], keep: set[str] | None) -> list[Span]:
    return [x[:3] for x in pred if keep is None or x[2] in keep]


def _span_counts(gold: Sequence[Span], pred: Sequence[Span], *, partial: bool) -> Counter:
    """tp / fp / fn per label of one document, keyed ``(label, kind)``."""
    pairs = match_spans(gold, pred, partial=partial)
    counts: Counter = Counter()
    for gi, _ in pairs:
        counts[gold[gi][2], "tp"] += 1
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    for gi, g in enumerate(gold):
        if gi not in matched_g:
            counts[g[2], "fn"] += 1
    for pi, p in enumerate(pred):
        if pi not in matched_p:
            counts[p[2], "fp"] += 1
    return counts


def span_counts_by_doc(gold: list[GoldDoc], predicted: list[list[Predicted]], *,
                       labels: Iterable[str] | None = None, partial: bool = False
                       ) -> list[Counter]:
    """For each document, its tp / fp / fn per label, keyed ``(label, kind)`` (for the bootstrap).

    Args:
        gold: gold documents.
        predicted: for each gold document, its predicted (start, end, label, norm) spans.
        labels: count only these labels (default: all).
        partial: count overlapping spans of the same label as matches (else exact only).
    """
    keep = set(labels) if labels is not None else None
    return [_span_counts(_gold_spans(d, _doc_keep(d, keep)),
                         _predicted_spans(p, _doc_keep(d, keep)), partial=partial)
            for d, p in zip(gold, predicted, strict=True)]


def _label_rows(counts: Counter, chosen: Sequence[str]) -> pd.DataFrame:
    rows = []
    for lab in chosen:
        tp, fp, fn = (counts[lab, k] for k in COUNT_KINDS)
        p, r, f = prf(tp, fp, fn)
        rows.append({"label": lab, "tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r,
                     "f1": f, "support": tp + fn})
    t, f_, n = (sum(counts[lab, k] for lab in chosen) for k in COUNT_KINDS)
    p, r, f = prf(t, f_, n)
    rows.append({"label": "micro", "tp": t, "fp": f_, "fn": n, "precision": p, "recall": r,
                 "f1": f, "support": t + n})
    # A label with neither gold nor predicted spans has no score; it does not pull the macro
    # average down.
    per = [row for row in rows[:-1] if row["tp"] + row["fp"] + row["fn"]]
    if per:
        rows.append({"label": "macro", "tp": t, "fp": f_, "fn": n,
                     "precision": sum(row["precision"] for row in per) / len(per),
                     "recall": sum(row["recall"] for row in per) / len(per),
                     "f1": sum(row["f1"] for row in per) / len(per), "support": t + n})
    return pd.DataFrame(rows, columns=LABEL_COLUMNS)


def score_spans(gold: list[GoldDoc], predicted: list[list[Predicted]], *,
                labels: Iterable[str] | None = None, partial: bool = False
                ) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Span scores per label, norm accuracy, and the error list.

    Args:
        gold: gold documents.
        predicted: for each gold document, its predicted (start, end, label, norm) spans.
        labels: score only these labels (default: every label seen in gold or predictions).
        partial: count overlapping spans of the same label as matches (else exact only).

    Returns:
        The per-label scores (with ``micro`` and ``macro`` rows), the norm accuracy per label
        (on exactly matched spans), and every false positive / negative (exact matching).
    """
    keep = set(labels) if labels is not None else None
    counts: Counter = Counter()
    norm_seen, norm_ok = Counter(), Counter()
    seen: set[str] = set()
    errors = []
    for doc, pred in zip(gold, predicted, strict=True):
        doc_keep = _doc_keep(doc, keep)
        g = _gold_spans(doc, doc_keep)
        g_norm = {(s.start, s.end, s.label): s.norm for s in doc.spans}
        p_all = [(s, e, lab, norm) for s, e, lab, norm in pred
                 if doc_keep is None or lab in doc_keep]
        p = [x[:3] for x in p_all]
        seen.update(x[2] for x in g + p)
        counts += _span_counts(g, p, partial=partial)
        exact = match_spans(g, p)
        for gi, pi in exact:
            gold_norm = g_norm.get(g[gi])
            if gold_norm is not None:
                norm_seen[g[gi][2]] += 1
                norm_ok[g[gi][2]] += fold_text(gold_norm) == fold_text(p_all[pi][3])
        errors += _errors(doc, g, p, exact)
    chosen = sorted(keep if keep is not None else seen)
    norms = pd.DataFrame([{"label": lab, "with_norm": norm_seen[lab], "correct": norm_ok[lab],
                           "accuracy": norm_ok[lab] / norm_seen[lab] if norm_seen[lab]
                           else float("nan")} for lab in sorted(norm_seen)],
                         columns=["label", "with_norm", "correct", "accuracy"])
    return _label_rows(counts, chosen), norms, pd.DataFrame(errors, columns=ERROR_COLUMNS)


# --------------------------------------------------------------------------------------------
# errors
# --------------------------------------------------------------------------------------------


def _errors(doc: GoldDoc, g: list[Span], p: list[Span], exact: list[tuple[int, int]]
            ) -> list[dict]:
    """The false positives, then the false negatives, of one document, with their context."""
    matched_g = {gi for gi, _ in exact}
    matched_p = {pi for _, pi in exact}
    errors = []
    for kind, spans, others, matched in (("fp", p, g, matched_p), ("fn", g, p, matched_g)):
        for i, (s, e, lab) in enumerate(spans):
            if i in matched:
                continue
            error, other = _error_type(kind, (s, e, lab), others)
            errors.append({"doc_id": doc.id, "kind": kind, "label": lab, "start_char": s,
                           "end_char": e, "text": doc.text[s:e],
                           "context": _context(doc.text, s, e), "error": error,
                           "other": _other_text(doc.text, other)})
    return errors


def _error_type(kind: str, span: Span, others: Sequence[Span]) -> tuple[str, str]:
    """Classify one error by the spans on the other side that overlap it."""
    overlapping = [o for o in others if overlap(span[:2], o[:2])]
    if not overlapping:
        return ("spurious" if kind == "fp" else "missed"), ""
    same_bounds = [o for o in overlapping if o[:2] == span[:2]]
    same_label = [o for o in overlapping if o[2] == span[2]]
    if same_bounds:
        kind_, best = "label", same_bounds[0]
    elif same_label:
        kind_, best = "boundary", same_label[0]
    else:
        kind_, best = "label+boundary", max(overlapping, key=lambda o: overlap(span[:2], o[:2]))
    return kind_, f"{best[2]} [{best[0]}:{best[1]}]"


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"{left}[{text[start:end]}]{right}"


def _other_text(text: str, other: str) -> str:
    # "PERSON [27:38]" -> "PERSON 'Jens Hansen'"
    if not other:
        return ""
    label, _, rng = other.partition(" [")
    s, e = (int(x) for x in rng.rstrip("]").split(":"))
    return f"{label} {text[s:e]!r}"


# --------------------------------------------------------------------------------------------
# confusion
# --------------------------------------------------------------------------------------------


def confusion_table(gold: list[GoldDoc], predicted: list[list[Predicted]], *,
                    labels: Iterable[str] | None = None) -> pd.DataFrame:
    """Label confusion: gold label (rows) by predicted label (columns), via scikit-learn.

    Spans are paired one to one across labels: same boundaries first, then most overlap. A
    gold span without a partner counts in the ``O`` column, a predicted one in the ``O`` row.
    """
    from sklearn.metrics import confusion_matrix

    keep = set(labels) if labels is not None else None
    y_gold, y_pred = [], []
    for doc, pred in zip(gold, predicted, strict=True):
        g = _gold_spans(doc, _doc_keep(doc, keep))
        p = _predicted_spans(pred, _doc_keep(doc, keep))
        pairs = match_spans(g, p, partial=True, same_label=False)
        for gi, pi in pairs:
            y_gold.append(g[gi][2])
            y_pred.append(p[pi][2])
        paired_g = {gi for gi, _ in pairs}
        paired_p = {pi for _, pi in pairs}
        y_gold += [x[2] for i, x in enumerate(g) if i not in paired_g]
        y_pred += [OUTSIDE for i in range(len(g)) if i not in paired_g]
        y_pred += [x[2] for i, x in enumerate(p) if i not in paired_p]
        y_gold += [OUTSIDE for i in range(len(p)) if i not in paired_p]
    names = sorted(keep if keep is not None else set(y_gold) | set(y_pred) - {OUTSIDE})
    names = [n for n in names if n != OUTSIDE] + [OUTSIDE]
    if not y_gold:
        return pd.DataFrame(0, index=pd.Index(names, name="gold"),
                            columns=pd.Index(names, name="predicted"))
    matrix = confusion_matrix(y_gold, y_pred, labels=names)
    return pd.DataFrame(matrix, index=pd.Index(names, name="gold"),
                        columns=pd.Index(names, name="predicted"))
