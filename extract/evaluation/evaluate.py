"""Scoring the pipeline against gold: entity spans, norms, table rows, intervals and errors.

>>> import extract
>>> result = extract.evaluate(["corpus/gold/samples.jsonl"])
>>> result.labels                # per label and micro / macro P, R, F1 (exact span match)
>>> result.partial               # the same under overlap matching
>>> result.errors.query("kind == 'fn'")   # every miss, in context
>>> result.plot_confusion("confusion.png")

Gold in another tool's format is read by :func:`extract.evaluation.gold.read_gold` (doccano, Label Studio,
CoNLL-U, IOB2, token JSONL, DocBin); a label map puts both sides into one label set, e.g.
``{"PER": "PERSON", "MUNICIPALITY": "LOC"}`` to score the minutes pipeline on DaNE.
"""

from __future__ import annotations

import logging
import unicodedata
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ExtractError
from ..paths import GOLD_DIR, REPO_ROOT, shared_dir
from ..pipeline import default_model_path, load
from ..tables import doc_rows
from .actions import score_action_rows
from .gold import GoldDoc, GoldSpan, read_gold

if TYPE_CHECKING:
    from matplotlib.figure import Figure

log = logging.getLogger(__name__)

# Tables scored row by row: a predicted row matches a gold row when these columns agree.
# A table whose rows match by a looser rule has a scorer in TABLE_SCORERS instead.
TABLE_KEYS: dict[str, tuple[str, ...]] = {
    "attendance": ("person", "role", "status", "note"),
    "agenda_items": ("item_no", "title", "case_no"),
    "meetings": ("body", "date", "start_time", "end_time", "location"),
    "decisions": ("item_no", "outcome"),
    # date: of the meeting where the position was taken (a case history's earlier meeting)
    "positions": ("item_no", "actor", "position", "date"),
}
# name -> fn(gold_rows, predicted_rows) -> (matched, unmatched gold rows, unmatched predicted
# rows), for tables whose rows match by something other than equal key columns.
TableScorer = Callable[[list[dict], list[dict]], tuple[int, list[dict], list[dict]]]
TABLE_SCORERS: dict[str, TableScorer] = {"actions": score_action_rows}

# Named label maps for scoring on other annotation schemes. DaNE (and UNER) tag PER, ORG, LOC,
# MISC: its PER is our PERSON, and a municipality is a LOC there.
LABEL_MAPS: dict[str, dict[str, str]] = {
    "dane": {"PER": "PERSON", "MUNICIPALITY": "LOC"},
}
DANE_LABELS = ("PERSON", "ORG", "LOC", "MISC")

OUTSIDE = "O"  # the confusion matrix's row / column for "no span here"
SPAN_KINDS = ("tp", "fp", "fn")

Predicted = tuple[int, int, str, str]  # start_char, end_char, label, norm
Tokens = Literal["raw", "gold"]


@dataclass
class Evaluation:
    """Scores of one evaluation, as DataFrames for printing, plotting and notebooks.

    Attributes:
        labels: per label and ``micro`` / ``macro``: tp, fp, fn, precision, recall, f1,
            support, under exact span matching (same start, end and label); with bootstrap
            intervals also ``f1_low`` / ``f1_high``.
        partial: the same under partial matching (a predicted span overlapping a gold span of
            the same label counts, each span matched at most once).
        norms: per label: spans matched exactly, how many carry the gold norm, accuracy.
        tables: per table: gold rows, predicted rows, rows matching on all key columns, P/R/F1.
        errors: every false positive and false negative (exact matching) with its context and
            error type: ``label`` (right boundaries, wrong label), ``boundary`` (overlaps a
            span of the same label), ``label+boundary``, ``spurious`` (fp overlapping nothing)
            or ``missed`` (fn overlapping nothing); ``other`` shows the overlapping span.
        table_errors: every table row found only in gold (fn) or only in the prediction (fp).
        confusion: gold labels (rows) by predicted labels (columns), spans paired by overlap;
            the ``O`` row / column counts predicted / gold spans with no counterpart.
        intervals: bootstrap confidence intervals over documents: ``scope`` (exact, partial,
            table), ``label``, ``metric``, ``value``, ``low``, ``high``.
        n_documents: documents scored.
        settings: what was scored and how (model, label map, tokens, bootstrap).
        n_span_documents: documents scored for entities (the others annotate tables only).
    """

    labels: pd.DataFrame
    norms: pd.DataFrame
    tables: pd.DataFrame
    errors: pd.DataFrame
    table_errors: pd.DataFrame
    n_documents: int
    partial: pd.DataFrame = field(default_factory=pd.DataFrame)
    confusion: pd.DataFrame = field(default_factory=pd.DataFrame)
    intervals: pd.DataFrame = field(default_factory=pd.DataFrame)
    settings: dict[str, Any] = field(default_factory=dict)
    n_span_documents: int | None = None

    def micro_f1(self, *, partial: bool = False) -> float:
        """Micro-averaged F1 over the scored labels (exact, or partial matching)."""
        df = self.partial if partial else self.labels
        return float(df.set_index("label").loc["micro", "f1"])

    def plot_confusion(self, path: str | Path | None = None, *, normalize: bool = False
                       ) -> Figure:
        """The confusion matrix as a matplotlib figure (Agg canvas); saved as PNG to ``path``.

        Args:
            path: where to write the PNG (None: only return the figure, e.g. in a notebook).
            normalize: show each gold row as fractions instead of counts.
        """
        return plot_confusion(self.confusion, path, normalize=normalize)

    def save(self, folder: str | Path) -> Path:
        """Write every table as CSV and the confusion matrix as ``confusion.png`` to ``folder``."""
        out = Path(folder)
        out.mkdir(parents=True, exist_ok=True)
        for name in ("labels", "partial", "norms", "tables", "errors", "table_errors",
                     "intervals"):
            getattr(self, name).to_csv(out / f"{name}.csv", index=False)
        self.confusion.to_csv(out / "confusion.csv")
        if len(self.confusion):
            self.plot_confusion(out / "confusion.png")
        return out

    def to_markdown(self, *, digits: int = 3) -> str:
        """Per-label scores (exact, with partial F1 beside) and table scores as Markdown."""
        return _scores_markdown(self, digits=digits)


# --------------------------------------------------------------------------------------------
# label maps
# --------------------------------------------------------------------------------------------


def parse_label_map(items: Iterable[str] | Mapping[str, str] | str | None) -> dict[str, str]:
    """A label map from ``FROM=TO`` items (``PER=PERSON``, ``LOC,MUNICIPALITY=LOC``).

    ``FROM=`` (nothing after ``=``) drops that label on both sides; a name in
    :data:`LABEL_MAPS` (``dane``) adds that map.

    Raises:
        ExtractError: an item is neither ``FROM=TO`` nor a known map name.
    """
    if items is None:
        return {}
    if isinstance(items, Mapping):
        return dict(items)
    if isinstance(items, str):
        items = [items]
    mapping: dict[str, str] = {}
    for item in items:
        if item in LABEL_MAPS:
            mapping.update(LABEL_MAPS[item])
            continue
        if "=" not in item:
            raise ExtractError(f"label map item {item!r}: write FROM=TO (PER=PERSON, "
                               f"LOC,MUNICIPALITY=LOC) or a named map ({', '.join(LABEL_MAPS)})")
        sources, target = item.split("=", 1)
        for source in sources.split(","):
            if source.strip():
                mapping[source.strip()] = target.strip()
    return mapping


def _map_label(label: str, mapping: Mapping[str, str]) -> str:
    return mapping.get(label, label)


# --------------------------------------------------------------------------------------------
# span matching and counts
# --------------------------------------------------------------------------------------------


def _prf(tp: float, fp: float, fn: float) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _norm_text(value: Any) -> str:
    text = unicodedata.normalize("NFC", str(value if value is not None else ""))
    return " ".join(text.split()).casefold()


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"{left}[{text[start:end]}]{right}"


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
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
            overlap = _overlap((g[0], g[1]), (p[0], p[1]))
            if exact or (partial and overlap):
                candidates.append((not exact, g[2] != p[2], -overlap, gi, pi))
    pairs, used_g, used_p = [], set(), set()
    for *_, gi, pi in sorted(candidates):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def _doc_counts(gold: Sequence[tuple[int, int, str]], pred: Sequence[tuple[int, int, str]], *,
                partial: bool) -> Counter:
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


def _label_rows(counts: Counter, chosen: Sequence[str]) -> pd.DataFrame:
    rows = []
    for lab in chosen:
        tp, fp, fn = (counts[lab, k] for k in SPAN_KINDS)
        p, r, f = _prf(tp, fp, fn)
        rows.append({"label": lab, "tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r,
                     "f1": f, "support": tp + fn})
    t, f_, n = (sum(counts[lab, k] for lab in chosen) for k in SPAN_KINDS)
    p, r, f = _prf(t, f_, n)
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
    return pd.DataFrame(rows, columns=["label", "tp", "fp", "fn", "precision", "recall", "f1",
                                       "support"])


def _error_type(kind: str, span: tuple[int, int, str],
                others: Sequence[tuple[int, int, str]]) -> tuple[str, str]:
    """Classify one error by the spans on the other side that overlap it."""
    overlapping = [o for o in others if _overlap(span[:2], o[:2])]
    if not overlapping:
        return ("spurious" if kind == "fp" else "missed"), ""
    same_bounds = [o for o in overlapping if o[:2] == span[:2]]
    same_label = [o for o in overlapping if o[2] == span[2]]
    if same_bounds:
        kind_, best = "label", same_bounds[0]
    elif same_label:
        kind_, best = "boundary", same_label[0]
    else:
        kind_, best = "label+boundary", max(overlapping, key=lambda o: _overlap(span[:2], o[:2]))
    return kind_, f"{best[2]} [{best[0]}:{best[1]}]"


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
        g = [(s.start, s.end, s.label) for s in doc.spans if keep is None or s.label in keep]
        g_norm = {(s.start, s.end, s.label): s.norm for s in doc.spans}
        p_all = [(s, e, lab, norm) for s, e, lab, norm in pred if keep is None or lab in keep]
        p = [x[:3] for x in p_all]
        seen.update(x[2] for x in g + p)
        counts += _doc_counts(g, p, partial=partial)
        exact = match_spans(g, p)
        for gi, pi in exact:
            gold_norm = g_norm.get(g[gi])
            if gold_norm is not None:
                norm_seen[g[gi][2]] += 1
                norm_ok[g[gi][2]] += _norm_text(gold_norm) == _norm_text(p_all[pi][3])
        matched_g = {gi for gi, _ in exact}
        matched_p = {pi for _, pi in exact}
        for kind, spans, others, matched in (("fp", p, g, matched_p), ("fn", g, p, matched_g)):
            for i, (s, e, lab) in enumerate(spans):
                if i in matched:
                    continue
                error, other = _error_type(kind, (s, e, lab), others)
                errors.append({"doc_id": doc.id, "kind": kind, "label": lab, "start_char": s,
                               "end_char": e, "text": doc.text[s:e],
                               "context": _context(doc.text, s, e), "error": error,
                               "other": _other_text(doc.text, other)})
    chosen = sorted(keep if keep is not None else seen)
    norms = pd.DataFrame([{"label": lab, "with_norm": norm_seen[lab], "correct": norm_ok[lab],
                           "accuracy": norm_ok[lab] / norm_seen[lab] if norm_seen[lab]
                           else float("nan")} for lab in sorted(norm_seen)],
                         columns=["label", "with_norm", "correct", "accuracy"])
    error_df = pd.DataFrame(errors, columns=["doc_id", "kind", "label", "start_char", "end_char",
                                             "text", "context", "error", "other"])
    return _label_rows(counts, chosen), norms, error_df


def _other_text(text: str, other: str) -> str:
    # "PERSON [27:38]" -> "PERSON 'Jens Hansen'"
    if not other:
        return ""
    label, _, rng = other.partition(" [")
    s, e = (int(x) for x in rng.rstrip("]").split(":"))
    return f"{label} {text[s:e]!r}"


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
        g = [(s.start, s.end, s.label) for s in doc.spans if keep is None or s.label in keep]
        p = [x[:3] for x in pred if keep is None or x[2] in keep]
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


def plot_confusion(confusion: pd.DataFrame, path: str | Path | None = None, *,
                   normalize: bool = False) -> Figure:
    """Draw a confusion table (from :func:`confusion_table`) with scikit-learn's display.

    The figure is drawn on matplotlib's Agg canvas (no display needed); it is saved as PNG
    when ``path`` is given.
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


# --------------------------------------------------------------------------------------------
# tables
# --------------------------------------------------------------------------------------------


def _table_counts(doc: GoldDoc, rows: dict[str, list[dict]]
                  ) -> tuple[dict[str, Counter], list[dict[str, Any]]]:
    totals: dict[str, Counter] = {}
    missed: list[dict[str, Any]] = []
    for name, scorer in TABLE_SCORERS.items():
        if name not in doc.tables:
            continue
        g_rows, p_rows = doc.tables[name], rows.get(name, [])
        matched, fn_rows, fp_rows = scorer(g_rows, p_rows)
        totals[name] = Counter(gold=len(g_rows), predicted=len(p_rows), matched=matched)
        for kind, rest in (("fn", fn_rows), ("fp", fp_rows)):
            missed += [{"doc_id": doc.id, "table": name, "kind": kind,
                        "row": " | ".join(str(v) for v in r.values())} for r in rest]
    for name, keys in TABLE_KEYS.items():
        if name not in doc.tables or name in TABLE_SCORERS:
            continue  # this gold document does not annotate that table
        g = Counter(tuple(_norm_text(r.get(k, "")) for k in keys) for r in doc.tables[name])
        p = Counter(tuple(_norm_text(r.get(k, "")) for k in keys) for r in rows.get(name, []))
        matched = sum((g & p).values())
        totals[name] = Counter(gold=sum(g.values()), predicted=sum(p.values()), matched=matched)
        for kind, rest in (("fn", g - p), ("fp", p - g)):
            for row, count in rest.items():
                missed += [{"doc_id": doc.id, "table": name, "kind": kind,
                            "row": " | ".join(row)}] * count
    return totals, missed


def score_tables(gold: list[GoldDoc], predicted: list[dict[str, list[dict]]]
                 ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Row-level P/R/F1 per table: a row matches when all its key columns agree (case-folded).

    Tables in :data:`TABLE_SCORERS` are matched by their scorer instead. A table is scored only
    on the gold documents that annotate it.

    Returns:
        The scores per table, and the unmatched rows (``kind`` fp = predicted only, fn = gold only).
    """
    totals: dict[str, Counter] = {name: Counter() for name in (*TABLE_KEYS, *TABLE_SCORERS)}
    missed: list[dict[str, Any]] = []
    for doc, rows in zip(gold, predicted, strict=True):
        doc_totals, doc_missed = _table_counts(doc, rows)
        for name, c in doc_totals.items():
            totals.setdefault(name, Counter()).update(c)
        missed += doc_missed
    out = []
    for name, c in totals.items():
        if not c["gold"] and not c["predicted"]:
            continue
        p_, r_, f_ = _prf(c["matched"], c["predicted"] - c["matched"], c["gold"] - c["matched"])
        out.append({"table": name, "gold": c["gold"], "predicted": c["predicted"],
                    "matched": c["matched"], "precision": p_, "recall": r_, "f1": f_})
    scores = pd.DataFrame(out, columns=["table", "gold", "predicted", "matched", "precision",
                                        "recall", "f1"])
    return scores, pd.DataFrame(missed, columns=["doc_id", "table", "kind", "row"])


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
    counts = np.array([[[doc.get((name, k), 0) for k in SPAN_KINDS] for name in names]
                       for doc in per_doc], dtype=float)  # (docs, names, 3)
    rng = np.random.default_rng(seed)
    n_docs = len(per_doc)
    weights = rng.multinomial(n_docs, np.full(n_docs, 1.0 / n_docs), size=n)  # (n, docs)
    samples = np.einsum("bd,dlk->blk", weights, counts)  # (n, names, 3)
    full = counts.sum(axis=0)[None]  # (1, names, 3)

    def prf(c: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        tp, fp, fn = c[..., 0], c[..., 1], c[..., 2]
        with np.errstate(divide="ignore", invalid="ignore"):
            p = np.where(tp + fp > 0, tp / (tp + fp), 0.0)
            r = np.where(tp + fn > 0, tp / (tp + fn), 0.0)
            f = np.where(p + r > 0, 2 * p * r / (p + r), 0.0)
        # A resample without a single span of a label says nothing about that label.
        absent = tp + fp + fn == 0
        return (np.where(absent, np.nan, p), np.where(absent, np.nan, r),
                np.where(absent, np.nan, f))

    tail = (1 - confidence) / 2 * 100
    rows = []
    per_label = [prf(samples), prf(full)]
    for li, name in enumerate(names):
        for mi, metric in enumerate(("precision", "recall", "f1")):
            values = per_label[0][mi][:, li]
            rows.append({"label": name, "metric": metric, "value": float(per_label[1][mi][0, li]),
                         "low": _percentile(values, tail),
                         "high": _percentile(values, 100 - tail)})
    if averages:
        micro = [prf(samples.sum(axis=1)), prf(full.sum(axis=1))]
        present = full[0].sum(axis=1) > 0  # labels with any gold or predicted span
        macro = [[_nanmean(m[:, present]) for m in per_label[0]],
                 [_nanmean(m[:, present]) for m in per_label[1]]]
        for name, (boot, point) in (("micro", micro), ("macro", macro)):
            for mi, metric in enumerate(("precision", "recall", "f1")):
                rows.append({"label": name, "metric": metric, "value": float(point[mi][0]),
                             "low": _percentile(boot[mi], tail),
                             "high": _percentile(boot[mi], 100 - tail)})
    return pd.DataFrame(rows, columns=columns)


def _percentile(values: np.ndarray, q: float) -> float:
    values = values[~np.isnan(values)]
    return float(np.percentile(values, q)) if len(values) else float("nan")


def _nanmean(values: np.ndarray) -> np.ndarray:
    if values.shape[1] == 0:
        return np.full(values.shape[0], np.nan)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN rows: no label present
        return np.nanmean(values, axis=1)


def _with_f1_interval(df: pd.DataFrame, intervals: pd.DataFrame, key: str) -> pd.DataFrame:
    if intervals.empty or df.empty:
        return df
    f1 = intervals[intervals["metric"] == "f1"].set_index("label")
    df = df.copy()
    df["f1_low"] = df[key].map(f1["low"])
    df["f1_high"] = df[key].map(f1["high"])
    return df


# --------------------------------------------------------------------------------------------
# running the pipeline
# --------------------------------------------------------------------------------------------


def _predict(nlp: Language, docs: list[GoldDoc], *, tokens: Tokens, batch_size: int
             ) -> tuple[list[list[Predicted]], list[dict[str, list[dict]]]]:
    """Run the pipeline on each gold document; spans as gold character offsets, table rows."""
    use_gold = tokens == "gold"
    if use_gold:
        missing = [d.id for d in docs if d.token_offsets is None]
        if missing:
            log.warning("%d gold document(s) have no gold tokens (e.g. %s): scored on raw text",
                        len(missing), missing[0])

    def inputs() -> Iterable[str | Doc]:
        for d in docs:
            if use_gold and d.token_offsets is not None:
                yield Doc(nlp.vocab, words=d.words, spaces=d.spaces)
            else:
                yield d.text

    spans: list[list[Predicted]] = []
    rows: list[dict[str, list[dict]]] = []
    for gdoc, doc in zip(docs, nlp.pipe(inputs(), batch_size=batch_size), strict=True):
        if use_gold and gdoc.token_offsets is not None:
            off = gdoc.token_offsets
            spans.append([(off[e.start][0], off[e.end - 1][1], e.label_, e._.norm or "")
                          for e in doc.ents])
        else:
            spans.append([(e.start_char, e.end_char, e.label_, e._.norm or "")
                          for e in doc.ents])
        rows.append(doc_rows(doc))
    return spans, rows


def _mapped(docs: list[GoldDoc], predicted: list[list[Predicted]], mapping: Mapping[str, str]
            ) -> tuple[list[GoldDoc], list[list[Predicted]]]:
    if not mapping:
        return docs, predicted
    out_docs = []
    for d in docs:
        spans = [GoldSpan(s.start, s.end, _map_label(s.label, mapping), s.norm) for s in d.spans]
        out_docs.append(GoldDoc(d.id, d.text, d.source, [s for s in spans if s.label], d.tables,
                                d.spans_annotated, d.token_offsets))
    out_pred = [[(s, e, _map_label(lab, mapping), norm) for s, e, lab, norm in pred
                 if _map_label(lab, mapping)] for pred in predicted]
    return out_docs, out_pred


def read_gold_files(gold: str | Path | GoldDoc | Iterable[str | Path | GoldDoc], *,
                    format: str | None = None, **options: Any) -> list[GoldDoc]:
    """Gold documents from files (any supported format) and/or :class:`GoldDoc` objects.

    Records of the same document (same id and text) in several files are merged: one file may
    annotate a document's entities and another its action items, and the document is scored
    once, with the spans of the record that has them and the tables of all.
    """
    if isinstance(gold, str | Path | GoldDoc):
        gold = [gold]
    docs: list[GoldDoc] = []
    for item in gold:
        if isinstance(item, GoldDoc):
            docs.append(item)
        else:
            docs.extend(read_gold(item, format=format, **options))
    return merge_gold(docs)


def merge_gold(docs: Iterable[GoldDoc]) -> list[GoldDoc]:
    """One record per document: the spans of the record that annotates them, all the tables.

    Raises:
        ExtractError: two records annotate the same document's spans differently.
    """
    merged: dict[tuple[str, str], GoldDoc] = {}
    for d in docs:
        key = (d.id, d.text)
        if key not in merged:
            merged[key] = GoldDoc(d.id, d.text, d.source, list(d.spans), dict(d.tables),
                                  d.spans_annotated, d.token_offsets)
            continue
        m = merged[key]
        if d.spans_annotated:
            if m.spans_annotated and m.spans != d.spans:
                raise ExtractError(f"gold document {d.id} has two different span annotations "
                                   f"({m.source}, {d.source}); keep one of them")
            m.spans, m.spans_annotated = list(d.spans), True
        for name, rows in d.tables.items():
            if name in m.tables and m.tables[name] != rows:
                raise ExtractError(f"gold document {d.id} has two different {name!r} tables; "
                                   "keep one of them")
            m.tables[name] = rows
    return list(merged.values())


def evaluate(gold: str | Path | GoldDoc | Iterable[str | Path | GoldDoc], *,
             model: str | Path | None = None, nlp: Language | None = None,
             labels: Iterable[str] | None = None,
             label_map: Mapping[str, str] | Iterable[str] | str | None = None,
             tokens: Tokens = "raw", format: str | None = None, bootstrap: int = 1000,
             confidence: float = 0.95, seed: int = 0, batch_size: int = 32) -> Evaluation:
    """Run the pipeline on gold documents and score it.

    Args:
        gold: gold files (``extract-gold/1`` JSONL, doccano, Label Studio, CoNLL-U, IOB2,
            token JSONL or DocBin; see :func:`extract.evaluation.gold.read_gold`), or :class:`GoldDoc`
            objects.
        model: pipeline folder (default pipeline when None); ignored when ``nlp`` is given.
        nlp: a loaded pipeline to score.
        labels: labels to score, after mapping (default: all seen). Spans of other labels are
            left out on both sides.
        label_map: applied to gold and predicted labels before scoring: a dict, ``FROM=TO``
            items (``["PER=PERSON", "LOC,MUNICIPALITY=LOC"]``) or a named map (``"dane"``).
        tokens: ``raw`` runs the pipeline on the text; ``gold`` on the gold tokens (token-level
            gold only; other documents fall back to the text).
        format: the gold files' format (default: guessed per file).
        bootstrap: resamples for the confidence intervals (0: none).
        confidence: coverage of the intervals.
        seed: random seed of the bootstrap.
        batch_size: documents per ``nlp.pipe`` batch.

    Returns:
        An :class:`Evaluation` with per-label (exact and partial), norm, table, error,
        confusion and interval DataFrames.

    Raises:
        GoldFormatError: a gold file cannot be read.
        ExtractError: ``tokens`` or the label map is invalid.
    """
    if tokens not in ("raw", "gold"):
        raise ExtractError(f"tokens={tokens!r}: use 'raw' (the pipeline tokenises the text) or "
                           "'gold' (the gold tokens)")
    mapping = parse_label_map(label_map)
    docs = read_gold_files(gold, format=format)
    if not docs:
        log.warning("no gold documents to score")
    nlp = nlp if nlp is not None else load(model)
    predicted, rows = _predict(nlp, docs, tokens=tokens, batch_size=batch_size)
    docs, predicted = _mapped(docs, predicted, mapping)
    keep = set(labels) if labels is not None else None

    span_idx = [i for i, d in enumerate(docs) if d.spans_annotated]
    s_docs = [docs[i] for i in span_idx]
    s_pred = [predicted[i] for i in span_idx]
    labels_df, norms, errors = score_spans(s_docs, s_pred, labels=keep)
    partial_df, _, _ = score_spans(s_docs, s_pred, labels=keep, partial=True)
    tables, table_errors = score_tables(docs, rows)
    confusion = confusion_table(s_docs, s_pred, labels=keep)

    intervals = pd.DataFrame(columns=["scope", "label", "metric", "value", "low", "high"])
    if bootstrap > 0 and docs:
        names = [lab for lab in labels_df["label"] if lab not in ("micro", "macro")]
        parts = []
        for scope, partial in (("exact", False), ("partial", True)):
            per_doc = []
            for d, p in zip(s_docs, s_pred, strict=True):
                g = [(s.start, s.end, s.label) for s in d.spans if keep is None or s.label in keep]
                q = [x[:3] for x in p if keep is None or x[2] in keep]
                per_doc.append(_doc_counts(g, q, partial=partial))
            ci = bootstrap_intervals(per_doc, names, n=bootstrap, confidence=confidence,
                                     seed=seed)
            parts.append(ci.assign(scope=scope))
        table_docs = []
        for d, r in zip(docs, rows, strict=True):
            totals, _ = _table_counts(d, r)
            table_docs.append({(name, kind): value for name, c in totals.items()
                               for kind, value in (("tp", c["matched"]),
                                                   ("fp", c["predicted"] - c["matched"]),
                                                   ("fn", c["gold"] - c["matched"]))})
        if len(tables):
            ci = bootstrap_intervals(table_docs, list(tables["table"]), n=bootstrap,
                                     confidence=confidence, seed=seed, averages=False)
            parts.append(ci.assign(scope="table"))
        intervals = pd.concat(parts, ignore_index=True)[intervals.columns]
        labels_df = _with_f1_interval(labels_df, intervals[intervals.scope == "exact"], "label")
        partial_df = _with_f1_interval(partial_df, intervals[intervals.scope == "partial"],
                                       "label")
        tables = _with_f1_interval(tables, intervals[intervals.scope == "table"], "table")
    settings = {"model": str(model) if model is not None else nlp.meta.get("name", ""),
                "pipeline": list(nlp.pipe_names), "label_map": mapping,
                "labels": sorted(keep) if keep is not None else None, "tokens": tokens,
                "bootstrap": bootstrap, "confidence": confidence, "seed": seed}
    return Evaluation(labels_df, norms, tables, errors, table_errors, len(docs),
                      partial=partial_df, confusion=confusion, intervals=intervals,
                      settings=settings, n_span_documents=len(s_docs))


# --------------------------------------------------------------------------------------------
# Markdown and the score suite
# --------------------------------------------------------------------------------------------


def markdown_table(df: pd.DataFrame, *, digits: int = 3) -> str:
    """A DataFrame as a GitHub Markdown table (floats rounded), for READMEs and model cards."""
    def fmt(v: Any) -> str:
        return f"{v:.{digits}f}" if isinstance(v, float) else str(v)

    lines = ["| " + " | ".join(map(str, df.columns)) + " |",
             "|" + "---|" * len(df.columns)]
    lines += ["| " + " | ".join(fmt(v) for v in row) + " |" for row in df.itertuples(index=False)]
    return "\n".join(lines)


def _ci(row: Any, digits: int) -> str:
    if "f1_low" not in row or pd.isna(row["f1_low"]):
        return f"{row['f1']:.{digits}f}"
    return f"{row['f1']:.{digits}f} ({row['f1_low']:.{digits}f}–{row['f1_high']:.{digits}f})"


def _scores_markdown(result: Evaluation, *, digits: int = 3) -> str:
    level = round(result.settings.get("confidence", 0.95) * 100)
    with_ci = "f1_low" in result.labels.columns
    f1_head = f"f1 ({level}% CI)" if with_ci else "f1"
    partial = result.partial.set_index("label")["f1"] if len(result.partial) else None
    rows = []
    for _, row in result.labels.iterrows():
        rows.append({"label": row["label"], "precision": row["precision"],
                     "recall": row["recall"], f1_head: _ci(row, digits),
                     "partial f1": float(partial[row["label"]]) if partial is not None
                     else float("nan"), "support": int(row["support"])})
    parts = [markdown_table(pd.DataFrame(rows), digits=digits)]
    if len(result.norms):
        parts.append("Normalisation (on exactly matched spans): " + ", ".join(
            f"{r.label} {r.correct}/{r.with_norm}" for r in result.norms.itertuples()))
    if len(result.tables):
        t_rows = [{"table": r["table"], "gold": r["gold"], "predicted": r["predicted"],
                   "matched": r["matched"], "precision": r["precision"], "recall": r["recall"],
                   f1_head: _ci(r, digits)} for _, r in result.tables.iterrows()]
        parts.append(markdown_table(pd.DataFrame(t_rows), digits=digits))
    return "\n\n".join(parts)


@dataclass(frozen=True)
class SuiteEntry:
    """One line of the score suite: which gold, read how, scored how."""

    name: str
    title: str
    gold: Callable[[], list[GoldDoc]]
    label_map: Mapping[str, str] = field(default_factory=dict)
    labels: tuple[str, ...] | None = None
    tokens: Tokens = "raw"


def _is_shared(doc: GoldDoc) -> bool:
    try:
        return Path(doc.source).resolve().is_relative_to(shared_dir().resolve())
    except (OSError, ValueError):
        return False


def _corpus_gold(shared: bool) -> Callable[[], list[GoldDoc]]:
    def read() -> list[GoldDoc]:
        docs = []
        for path in sorted(GOLD_DIR.glob("*.jsonl")):
            docs += [d for d in read_gold(path, format="extract") if _is_shared(d) == shared]
        return merge_gold(docs)

    return read


def _dane_test() -> list[GoldDoc]:
    path = shared_dir() / "data" / "dane" / "scandeval_dane_test_with_heads_deps.jsonl"
    return read_gold(path, format="tokens") if path.exists() else []


def default_suite() -> list[SuiteEntry]:
    """The evaluations behind the README's score table."""
    dane = LABEL_MAPS["dane"]
    return [
        SuiteEntry("corpus", "`corpus/` sample minutes (all `corpus/gold/*.jsonl` documents "
                   "whose text is in the repository)", _corpus_gold(shared=False)),
        SuiteEntry("real", "real documents (gold on `../shared/corpus` files by path and "
                   "offsets)", _corpus_gold(shared=True)),
        SuiteEntry("dane", "DaNE test, raw text (565 sentences; PER->PERSON, "
                   "MUNICIPALITY->LOC)", _dane_test, dane, DANE_LABELS),
        SuiteEntry("dane_tokens", "DaNE test, gold tokens", _dane_test, dane, DANE_LABELS,
                   "gold"),
    ]


def evaluate_suite(*, model: str | Path | None = None, nlp: Language | None = None,
                   entries: Sequence[SuiteEntry] | None = None, bootstrap: int = 1000,
                   seed: int = 0) -> dict[str, Evaluation]:
    """Run every evaluation of the suite whose gold is available (others are left out, logged)."""
    if nlp is None:
        path = Path(model) if model is not None else default_model_path()
        nlp = load(model)
        shown = _shown_path(path) if path is not None else "the rule pipeline built in memory"
    else:
        shown = str(model) if model is not None else f"a loaded pipeline ({nlp.meta.get('name')})"
    results = {}
    for entry in entries if entries is not None else default_suite():
        docs = entry.gold()
        if not docs:
            log.warning("suite %s: no gold documents (is %s there?); left out", entry.name,
                        shared_dir())
            continue
        results[entry.name] = evaluate(docs, nlp=nlp, labels=entry.labels,
                                       label_map=entry.label_map, tokens=entry.tokens,
                                       bootstrap=bootstrap, seed=seed)
        results[entry.name].settings["title"] = entry.title
        results[entry.name].settings["pipeline_path"] = shown
    return results


def _shown_path(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(REPO_ROOT))
    except ValueError:
        return str(path)


def suite_markdown(results: Mapping[str, Evaluation], *, digits: int = 3) -> str:
    """The suite's results as Markdown: a summary table, then per-label and table scores."""
    summary = []
    for name, r in results.items():
        micro = r.labels.set_index("label").loc["micro"]
        macro = r.labels.set_index("label")["f1"].get("macro", float("nan"))
        docs = (str(r.n_documents) if r.n_span_documents in (None, r.n_documents)
                else f"{r.n_span_documents} (+{r.n_documents - r.n_span_documents} tables only)")
        summary.append({"gold": name, "documents": docs, "spans": int(micro["support"]),
                        "precision": micro["precision"], "recall": micro["recall"],
                        "f1 (95% CI)": _ci(micro, digits), "partial f1": r.micro_f1(partial=True),
                        "macro f1": float(macro)})
    first = next(iter(results.values()), None)
    pipeline = ""
    if first is not None:
        pipeline = (f"Pipeline `{first.settings.get('pipeline_path', first.settings['model'])}` "
                    f"({', '.join(first.settings['pipeline'])}). ")
    parts = [pipeline + "Micro-averaged over labels, exact span match unless said otherwise; "
             "95% bootstrap intervals over documents.",
             markdown_table(pd.DataFrame(summary), digits=digits)]
    for name, r in results.items():
        if name == "dane_tokens":
            continue  # same gold as "dane"; its summary line is enough
        parts.append(f"**{name}**: {r.settings.get('title', name)}; {r.n_documents} documents"
                     + (f", {r.n_span_documents} with entity spans"
                        if r.n_span_documents not in (None, r.n_documents) else ""))
        parts.append(r.to_markdown(digits=digits))
    return "\n\n".join(parts)
