"""Scoring the pipeline against gold: entity spans per label, norms, and table rows."""

from __future__ import annotations

import logging
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
from spacy.language import Language

from .gold import GoldDoc, read_gold
from .pipeline import load
from .tables import doc_rows

log = logging.getLogger(__name__)

# Tables scored row by row: a predicted row matches a gold row when these columns agree.
# A feature module adds its table here (e.g. TABLE_KEYS["decisions"] = (...)) or, when rows
# match by a looser rule, registers a scorer in TABLE_SCORERS.
TABLE_KEYS: dict[str, tuple[str, ...]] = {
    "attendance": ("person", "role", "status", "note"),
    "agenda_items": ("item_no", "title", "case_no"),
    "meetings": ("body", "date", "start_time", "end_time", "location"),
}
# name -> fn(gold_rows, predicted_rows) -> (matched, unmatched gold rows, unmatched predicted
# rows), for tables whose rows match by something other than equal key columns.
TableScorer = Callable[[list[dict], list[dict]], tuple[int, list[dict], list[dict]]]
TABLE_SCORERS: dict[str, TableScorer] = {}


@dataclass
class Evaluation:
    """Scores of one evaluation, as DataFrames for printing, plotting and notebooks.

    Attributes:
        labels: per label and ``micro`` / ``macro``: tp, fp, fn, precision, recall, f1.
        norms: per label: spans matched exactly, how many carry the gold norm, accuracy.
        tables: per table: gold rows, predicted rows, rows matching on all key columns, P/R/F1.
        errors: every false positive and false negative with its context.
        table_errors: every table row found only in gold (fn) or only in the prediction (fp).
    """

    labels: pd.DataFrame
    norms: pd.DataFrame
    tables: pd.DataFrame
    errors: pd.DataFrame
    table_errors: pd.DataFrame
    n_documents: int

    def micro_f1(self) -> float:
        return float(self.labels.set_index("label").loc["micro", "f1"])


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
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


def score_spans(gold: list[GoldDoc], predicted: list[list[tuple[int, int, str, str]]],
                *, labels: Iterable[str] | None = None) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Exact-match span scores per label, norm accuracy, and the error list.

    Args:
        gold: gold documents.
        predicted: for each gold document, its predicted (start, end, label, norm) spans.
        labels: score only these labels (default: every label seen in gold or predictions).
    """
    tp, fp, fn = Counter(), Counter(), Counter()
    norm_seen, norm_ok = Counter(), Counter()
    errors = []
    for doc, pred in zip(gold, predicted):
        g = {(s.start, s.end, s.label): s.norm for s in doc.spans}
        p = {(s, e, lab): norm for s, e, lab, norm in pred}
        for key in g.keys() & p.keys():
            tp[key[2]] += 1
            if g[key] is not None:
                norm_seen[key[2]] += 1
                norm_ok[key[2]] += _norm_text(g[key]) == _norm_text(p[key])
        for kind, keys, counter in (("fp", p.keys() - g.keys(), fp), ("fn", g.keys() - p.keys(), fn)):
            for s, e, lab in keys:
                counter[lab] += 1
                errors.append({"doc_id": doc.id, "kind": kind, "label": lab, "start_char": s,
                               "end_char": e, "text": doc.text[s:e],
                               "context": _context(doc.text, s, e)})
    chosen = sorted(set(labels) if labels is not None else set(tp) | set(fp) | set(fn))
    rows = []
    for lab in chosen:
        p_, r_, f_ = _prf(tp[lab], fp[lab], fn[lab])
        rows.append({"label": lab, "tp": tp[lab], "fp": fp[lab], "fn": fn[lab],
                     "precision": p_, "recall": r_, "f1": f_, "support": tp[lab] + fn[lab]})
    t, f, n = (sum(c[lab] for lab in chosen) for c in (tp, fp, fn))
    p_, r_, f_ = _prf(t, f, n)
    rows.append({"label": "micro", "tp": t, "fp": f, "fn": n, "precision": p_, "recall": r_,
                 "f1": f_, "support": t + n})
    per = [r for r in rows if r["label"] != "micro"]
    if per:
        rows.append({"label": "macro", "tp": t, "fp": f, "fn": n,
                     "precision": sum(r["precision"] for r in per) / len(per),
                     "recall": sum(r["recall"] for r in per) / len(per),
                     "f1": sum(r["f1"] for r in per) / len(per), "support": t + n})
    norms = pd.DataFrame([{"label": lab, "with_norm": norm_seen[lab], "correct": norm_ok[lab],
                           "accuracy": norm_ok[lab] / norm_seen[lab] if norm_seen[lab] else float("nan")}
                          for lab in sorted(norm_seen)], columns=["label", "with_norm", "correct", "accuracy"])
    error_df = pd.DataFrame(errors, columns=["doc_id", "kind", "label", "start_char", "end_char",
                                             "text", "context"])
    return pd.DataFrame(rows), norms, error_df


def score_tables(gold: list[GoldDoc], predicted: list[dict[str, list[dict]]]
                 ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Row-level P/R/F1 per table: a row matches when all its key columns agree (case-folded).

    Returns:
        The scores per table, and the unmatched rows (``kind`` fp = predicted only, fn = gold only).
    """
    totals: dict[str, Counter] = {name: Counter() for name in (*TABLE_KEYS, *TABLE_SCORERS)}
    missed: list[dict[str, Any]] = []
    for doc, rows in zip(gold, predicted):
        for name, scorer in TABLE_SCORERS.items():
            if name not in doc.tables:
                continue
            g_rows, p_rows = doc.tables[name], rows.get(name, [])
            matched, fn_rows, fp_rows = scorer(g_rows, p_rows)
            totals[name].update(gold=len(g_rows), predicted=len(p_rows), matched=matched)
            for kind, rest in (("fn", fn_rows), ("fp", fp_rows)):
                missed += [{"doc_id": doc.id, "table": name, "kind": kind,
                            "row": " | ".join(str(v) for v in r.values())} for r in rest]
        for name, keys in TABLE_KEYS.items():
            if name not in doc.tables:
                continue  # this gold document does not annotate that table
            g = Counter(tuple(_norm_text(r.get(k, "")) for k in keys) for r in doc.tables[name])
            p = Counter(tuple(_norm_text(r.get(k, "")) for k in keys) for r in rows.get(name, []))
            matched = sum((g & p).values())
            totals[name].update(gold=sum(g.values()), predicted=sum(p.values()), matched=matched)
            for kind, rest in (("fn", g - p), ("fp", p - g)):
                for row, count in rest.items():
                    missed += [{"doc_id": doc.id, "table": name, "kind": kind,
                                "row": " | ".join(row)}] * count
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


def evaluate(gold: Iterable[str | Path], *, model: str | Path | None = None,
             nlp: Language | None = None, labels: Iterable[str] | None = None) -> Evaluation:
    """Run the pipeline on gold documents and score it.

    Args:
        gold: ``extract-gold/1`` JSONL files.
        model: pipeline folder (default pipeline when None); ignored when ``nlp`` is given.
        labels: labels to score (default: all).

    Returns:
        An :class:`Evaluation` with per-label, norm, table and error DataFrames.
    """
    docs: list[GoldDoc] = []
    for path in gold:
        docs.extend(read_gold(path))
    nlp = nlp if nlp is not None else load(model)
    pred_spans, pred_rows = [], []
    for gdoc, doc in zip(docs, nlp.pipe(d.text for d in docs)):
        pred_spans.append([(e.start_char, e.end_char, e.label_, e._.norm or "") for e in doc.ents])
        rows = doc_rows(doc)
        pred_rows.append(rows)
    labels_df, norms, errors = score_spans(docs, pred_spans, labels=labels)
    tables, table_errors = score_tables(docs, pred_rows)
    return Evaluation(labels_df, norms, tables, errors, table_errors, len(docs))


def markdown_table(df: pd.DataFrame, *, digits: int = 3) -> str:
    """A DataFrame as a GitHub Markdown table (floats rounded), for READMEs and model cards."""
    def fmt(v: Any) -> str:
        return f"{v:.{digits}f}" if isinstance(v, float) else str(v)

    lines = ["| " + " | ".join(map(str, df.columns)) + " |",
             "|" + "---|" * len(df.columns)]
    lines += ["| " + " | ".join(fmt(v) for v in row) + " |" for row in df.itertuples(index=False)]
    return "\n".join(lines)
