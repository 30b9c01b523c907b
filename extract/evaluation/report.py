"""Showing scores: Markdown tables for READMEs and model cards, and the confusion-matrix plot."""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def markdown_table(df: pd.DataFrame, *, digits: int = 3) -> str:
    """A DataFrame as a GitHub Markdown table (floats rounded), for READMEs and model cards."""
    def fmt(v: Any) -> str:
        if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
            return ""  # no value (a score with nothing to score)
        return f"{v:.{digits}f}" if isinstance(v, float) else str(v)

    lines = ["| " + " | ".join(map(str, df.columns)) + " |",
             "|" + "---|" * len(df.columns)]
    lines += ["| " + " | ".join(fmt(v) for v in row) + " |" for row in df.itertuples(index=False)]
    return "\n".join(lines)


def f1_cell(row: Any, digits: int) -> str:
    """A row's F1, with its bootstrap interval in parentheses when the row has one."""
    if "f1_low" not in row or pd.isna(row["f1_low"]):
        return f"{row['f1']:.{digits}f}"
    return f"{row['f1']:.{digits}f} ({row['f1_low']:.{digits}f}–{row['f1_high']:.{digits}f})"


def plot_confusion(confusion: pd.DataFrame, path: str | Path | None = None, *,
                   normalize: bool = False) -> Figure:
    """Draw a confusion table (from :func:`~extract.evaluation.spans.confusion_table`).

    Drawn with scikit-learn's display on matplotlib's Agg canvas (no display needed); saved as
    PNG when ``path`` is given.

    Args:
        confusion: gold labels (rows) by predicted labels (columns).
        path: where to write the PNG (None: only return the figure, e.g. in a notebook).
        normalize: show each gold row as fractions instead of counts.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from sklearn.metrics import ConfusionMatrixDisplay

    values = confusion.to_numpy(dtype=float)
    if normalize:
        sums = values.sum(axis=1, keepdims=True)
        values = np.divide(values, sums, out=np.zeros_like(values), where=sums > 0)
    n = max(len(confusion), 2)
    fig = Figure(figsize=(1.0 + 0.75 * n, 0.8 + 0.7 * n), layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ConfusionMatrixDisplay(values, display_labels=list(confusion.columns)).plot(
        ax=ax, cmap="Blues", colorbar=False, xticks_rotation=45,
        values_format=".2f" if normalize else ".0f")
    ax.set_xlabel("predicted")
    ax.set_ylabel("gold")
    ax.set_title("span labels" + (" (row fractions)" if normalize else ""))
    if path is not None:
        fig.savefig(path, dpi=120)
    return fig
