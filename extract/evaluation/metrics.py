"""Precision, recall and F1: the one definition every scorer in the package uses."""

from __future__ import annotations


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
