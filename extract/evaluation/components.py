"""The per-component view of an evaluation: one score for each thing a user asks of the tables.

Nine components: the six tables (meetings, attendance, agenda items, decisions, positions,
actions) and three entity labels (people, dates, municipalities); gold taken from a minutes
portal's fields adds two more, the minuted meeting's own ``decision_text`` per item and its
``votes`` (:data:`extract.evaluation.tables.TABLE_VIEWS`). Each is the F1 of its rows or
spans over the documents whose gold annotates it; ``mean`` is their unweighted mean. The same
counts per document give the per-document table (first-sight and final scores of a new
document, or the documents of a user's own archive that score worst).
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

from .gold import GoldDoc
from .metrics import prf

# component -> ("table", table name) or ("label", entity label)
COMPONENTS: dict[str, tuple[str, str]] = {
    "meetings": ("table", "meetings"),
    "attendance": ("table", "attendance"),
    "agenda": ("table", "agenda_items"),
    "decisions": ("table", "decisions"),
    "positions": ("table", "positions"),
    "actions": ("table", "actions"),
    # gold from a portal's fields: the minuted meeting's own decision text and votes
    "decision_text": ("table", "decision_texts"),
    "votes": ("table", "votes"),
    "people": ("label", "PERSON"),
    "dates": ("label", "DATE"),
    "municipalities": ("label", "MUNICIPALITY"),
}
COLUMNS = ["component", "documents", "gold", "predicted", "matched", "precision", "recall",
           "f1"]


def _annotates(doc: GoldDoc, kind: str, name: str, labels: set[str] | None) -> bool:
    if kind == "table":
        return name in doc.tables
    return (doc.spans_annotated and (labels is None or name in labels)
            and (doc.span_labels is None or name in doc.span_labels))


def _counts(kind: str, name: str, table_counts: dict, span_counts: Counter) -> Counter:
    """tp / fp / fn of one component in one document."""
    key, source = (name, table_counts) if kind == "table" else (name, span_counts)
    return Counter({k: source.get((key, k), 0) for k in ("tp", "fp", "fn")})


def component_scores(docs: list[GoldDoc], table_counts: list[dict], span_counts: list[Counter],
                     *, labels: set[str] | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Component scores over all documents, and the F1 of each component in each document.

    Args:
        docs: the gold documents.
        table_counts: per document, ``{(table, "tp"|"fp"|"fn"): n}``
            (:func:`extract.evaluation.tables.table_counts_by_doc`).
        span_counts: per document, ``Counter({(label, "tp"|"fp"|"fn"): n})``
            (:func:`extract.evaluation.spans.span_counts_by_doc`; empty for documents without
            span gold).
        labels: the labels scored (None: all); an entity component whose label is not among
            them is left out.

    Returns:
        One row per component annotated somewhere (documents, gold, predicted, matched, P/R/F1)
        and a ``mean`` row (the mean F1 of the components; a component with neither gold nor
        predicted rows has no F1 and is left out of the mean); and a document-by-component table
        of F1 (empty where the document does not annotate the component or neither gold nor
        prediction has a row).
    """
    totals: dict[str, Counter] = {c: Counter() for c in COMPONENTS}
    n_docs: Counter = Counter()
    by_doc = []
    for doc, t_counts, s_counts in zip(docs, table_counts, span_counts, strict=True):
        row: dict[str, object] = {"doc_id": doc.id}
        for component, (kind, name) in COMPONENTS.items():
            if not _annotates(doc, kind, name, labels):
                continue
            c = _counts(kind, name, t_counts, s_counts)
            totals[component].update(c)
            n_docs[component] += 1
            if c["tp"] + c["fp"] + c["fn"]:
                row[component] = prf(c["tp"], c["fp"], c["fn"])[2]
        by_doc.append(row)
    rows = []
    for component, c in totals.items():
        if not n_docs[component]:
            continue
        p, r, f = prf(c["tp"], c["fp"], c["fn"])
        if not c["tp"] + c["fp"] + c["fn"]:
            p = r = f = float("nan")  # nothing to find and nothing found: no score
        rows.append({"component": component, "documents": n_docs[component],
                     "gold": c["tp"] + c["fn"], "predicted": c["tp"] + c["fp"],
                     "matched": c["tp"], "precision": p, "recall": r, "f1": f})
    scores = pd.DataFrame(rows, columns=COLUMNS)
    if len(scores):
        mean = {"component": "mean", "documents": len(docs), "f1": scores["f1"].mean()}
        scores = pd.concat([scores, pd.DataFrame([mean])], ignore_index=True)
        counts = ["documents", "gold", "predicted", "matched"]
        scores[counts] = scores[counts].astype("Int64")
    per_doc = pd.DataFrame(by_doc, columns=["doc_id", *[c for c in COMPONENTS if n_docs[c]]])
    return scores, per_doc
