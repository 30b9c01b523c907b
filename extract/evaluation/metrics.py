"""Counting and scoring: P/R/F1, pairing spans, comparing values, bootstrap intervals.

Every scorer in the package (spans, tables, action items, minute books, and the training
scores in :mod:`extract.train.scoring`) computes precision, recall and F1 with :func:`prf`.
"""

from __future__ import annotations

import unicodedata
import warnings
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

COUNT_KINDS = ("tp", "fp", "fn")  # the counts behind one P/R/F1, in this order

METRICS = ("precision", "recall", "f1")


def prf(tp: float, fp: float, fn: float) -> tuple[float, float, float]:
    """Precision, recall and F1 from true positives, false positives and false negatives.

    An empty denominator scores 0.0 (nothing predicted, or nothing to find).

    >>> prf(3, 1, 2)
    (0.75, 0.6, 0.6666666666666665)
    """
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def prf_counts(matched: float, n_predicted: float, n_gold: float) -> tuple[float, float, float]:
    """:func:`prf` from counts: matched rows, predicted rows and gold rows."""
    return prf(matched, n_predicted - matched, n_gold - matched)


def fold_text(value: Any) -> str:
    """A value as compared with gold: NFC, whitespace collapsed, case-folded (None is "")."""
    text = unicodedata.normalize("NFC", str(value if value is not None else ""))
    return " ".join(text.split()).casefold()


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters shared by two ``(start, end)`` ranges (0 when they are disjoint)."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_spans(gold: Sequence[tuple[int, int, str]], predicted: Sequence[tuple[int, int, str]],
                *, partial: bool = False, same_label: bool = True) -> list[tuple[int, int]]:
    """Pair gold and predicted spans one to one; returns (gold index, predicted index) pairs.

    Args:
        gold: (start, end, label) of each gold span.
        predicted: (start, end, label) of each predicted span.
        partial: pair overlapping spans (most overlap first, exact pairs before all others);
            else only spans with the same start and end.
        same_label: pair only spans of the same label.
    """
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if same_label and g[2] != p[2]:
                continue
            exact = g[0] == p[0] and g[1] == p[1]
            shared = overlap((g[0], g[1]), (p[0], p[1]))
            if exact or (partial and shared):
                candidates.append((not exact, g[2] != p[2], -shared, gi, pi))
    pairs, used_g, used_p = [], set(), set()
    for *_, gi, pi in sorted(candidates):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


# --------------------------------------------------------------------------------------------
# bootstrap
# --------------------------------------------------------------------------------------------


def bootstrap_intervals(per_doc: Sequence[Mapping[tuple[str, str], float]],
                        names: Sequence[str], *, n: int = 1000, confidence: float = 0.95,
                        seed: int = 0, averages: bool = True) -> pd.DataFrame:
    """Percentile bootstrap intervals of P/R/F1, resampling documents with replacement.

    Args:
        per_doc: for each document, counts keyed by (name, kind) with kind tp, fp, fn.
        names: the labels (or tables) to report.
        n: resamples.
        confidence: the interval's coverage (0.95: the 2.5th to 97.5th percentile).
        seed: random seed, so reports are reproducible.
        averages: also report ``micro`` and ``macro`` over ``names``.

    Returns:
        Columns ``label``, ``metric`` (precision, recall, f1), ``value`` (on all documents),
        ``low``, ``high``.
    """
    columns = ["label", "metric", "value", "low", "high"]
    if not per_doc or not names or n <= 0:
        return pd.DataFrame(columns=columns)
    counts = np.array([[[doc.get((name, k), 0) for k in COUNT_KINDS] for name in names]
                       for doc in per_doc], dtype=float)  # (docs, names, 3)
    rng = np.random.default_rng(seed)
    n_docs = len(per_doc)
    weights = rng.multinomial(n_docs, np.full(n_docs, 1.0 / n_docs), size=n)  # (n, docs)
    samples = np.einsum("bd,dlk->blk", weights, counts)  # (n, names, 3)
    full = counts.sum(axis=0)[None]  # (1, names, 3)

    tail = (1 - confidence) / 2 * 100
    rows = []
    per_label = [_prf_arrays(samples), _prf_arrays(full)]
    for li, name in enumerate(names):
        for mi, metric in enumerate(METRICS):
            values = per_label[0][mi][:, li]
            rows.append({"label": name, "metric": metric, "value": float(per_label[1][mi][0, li]),
                         "low": _percentile(values, tail),
                         "high": _percentile(values, 100 - tail)})
    if averages:
        micro = [_prf_arrays(samples.sum(axis=1)), _prf_arrays(full.sum(axis=1))]
        present = full[0].sum(axis=1) > 0  # labels with any gold or predicted span
        macro = [[_nanmean(m[:, present]) for m in per_label[0]],
                 [_nanmean(m[:, present]) for m in per_label[1]]]
        for name, (boot, point) in (("micro", micro), ("macro", macro)):
            for mi, metric in enumerate(METRICS):
                rows.append({"label": name, "metric": metric, "value": float(point[mi][0]),
                             "low": _percentile(boot[mi], tail),
                             "high": _percentile(boot[mi], 100 - tail)})
    return pd.DataFrame(rows, columns=columns)


def _prf_arrays(c: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`prf` over arrays of counts (last axis tp, fp, fn), for every resample at once.

    Unlike :func:`prf`, a count with no tp, fp or fn at all is NaN, not 0.0.
    """
    tp, fp, fn = c[..., 0], c[..., 1], c[..., 2]
    with np.errstate(divide="ignore", invalid="ignore"):
        p = np.where(tp + fp > 0, tp / (tp + fp), 0.0)
        r = np.where(tp + fn > 0, tp / (tp + fn), 0.0)
        f = np.where(p + r > 0, 2 * p * r / (p + r), 0.0)
    # A resample without a single span of a label says nothing about that label.
    absent = tp + fp + fn == 0
    return (np.where(absent, np.nan, p), np.where(absent, np.nan, r),
            np.where(absent, np.nan, f))


def _percentile(values: np.ndarray, q: float) -> float:
    values = values[~np.isnan(values)]
    return float(np.percentile(values, q)) if len(values) else float("nan")


def _nanmean(values: np.ndarray) -> np.ndarray:
    if values.shape[1] == 0:
        return np.full(values.shape[0], np.nan)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN rows: no label present
        return np.nanmean(values, axis=1)
