"""Scoring table rows (attendance, agenda items, decisions, ...) against gold, P/R/F1 per table.

A table is scored either by key columns (:data:`TABLE_KEYS`: a predicted row matches a gold row
when these columns agree) or by its own scorer (:data:`TABLE_SCORERS`), never both.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import Any

import pandas as pd

from .actions import score_action_rows
from .gold import GoldDoc
from .metrics import fold_text, prf_counts

Rows = dict[str, list[dict]]  # table name -> rows

# Tables scored row by row: a predicted row matches a gold row when these columns agree.
# A table whose rows match by a looser rule has a scorer in TABLE_SCORERS instead.
TABLE_KEYS: dict[str, tuple[str, ...]] = {
    "attendance": ("person", "role", "status", "note"),
    "agenda_items": ("item_no", "title", "case_no"),
    "meetings": ("body", "date", "start_time", "end_time", "location"),
    "decisions": ("item_no", "outcome"),
    # date: of the meeting where the position was taken (a case history's earlier meeting)
    "positions": ("item_no", "actor", "position", "date"),
    # the minuted meeting's own positions (a view of `positions`, see TABLE_VIEWS)
    "votes": ("item_no", "actor", "position"),
}
# name -> fn(gold_rows, predicted_rows) -> (matched, unmatched gold rows, unmatched predicted
# rows), for tables whose rows match by something other than equal key columns.
TableScorer = Callable[[list[dict], list[dict]], tuple[int, list[dict], list[dict]]]

# A gold table with no predicted table of its own is scored against rows of another:
# (predicted table, which of its rows). A publication's fields (a minutes portal's JSON) give the
# minuted meeting's own decision text and votes, not a case history's earlier stages, so gold
# taken from them annotates these views of `decisions` and `positions`.
TABLE_VIEWS: dict[str, tuple[str, Callable[[dict], bool]]] = {
    "decision_texts": ("decisions", lambda row: True),
    "votes": ("positions", lambda row: not row.get("history")),
}
# A decision's text matches gold when its words overlap this much (token F1): a reader who
# gets the decision with a sentence more or less has the decision; one who gets the case
# presentation instead has not.
DECISION_TEXT_MIN_F1 = 0.5
_WORD = re.compile(r"\w+")


def text_f1(gold: str, predicted: str) -> float:
    """Token F1 of two texts (words case-folded, counted as multisets)."""
    g = Counter(w.casefold() for w in _WORD.findall(str(gold or "")))
    p = Counter(w.casefold() for w in _WORD.findall(str(predicted or "")))
    common = sum((g & p).values())
    if not common:
        return 0.0
    precision, recall = common / sum(p.values()), common / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def score_decision_texts(gold: list[dict], predicted: list[dict]
                         ) -> tuple[int, list[dict], list[dict]]:
    """Decision texts per agenda item: a predicted decision matches the gold decision of its
    item when their token F1 is at least :data:`DECISION_TEXT_MIN_F1` (each row used once,
    best pairs first)."""
    pairs = sorted(((text_f1(g.get("text"), p.get("text")), i, j)
                    for i, g in enumerate(gold) for j, p in enumerate(predicted)
                    if fold_text(g.get("item_no")) == fold_text(p.get("item_no"))),
                   reverse=True)
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    for f1, i, j in pairs:
        if f1 >= DECISION_TEXT_MIN_F1 and i not in used_gold and j not in used_predicted:
            used_gold.add(i)
            used_predicted.add(j)
    return (len(used_gold),
            [{"item_no": g.get("item_no"), "text": g.get("text")}
             for i, g in enumerate(gold) if i not in used_gold],
            [{"item_no": p.get("item_no"), "text": p.get("text")}
             for j, p in enumerate(predicted) if j not in used_predicted])


TABLE_SCORERS: dict[str, TableScorer] = {"actions": score_action_rows,
                                         "decision_texts": score_decision_texts}


def key_value(column: str, value: Any) -> str:
    """A key column's value as compared with gold (:func:`fold_text`); a title's final full
    stop or colon is punctuation, not part of the title ("Godkendelse af dagsorden.")."""
    folded = fold_text(value)
    return folded.rstrip(" .:") if column == "title" else folded


def predicted_rows(name: str, rows: Rows) -> list[dict]:
    """The predicted rows a gold table ``name`` is scored against (its view, if it is one)."""
    if name in TABLE_VIEWS:
        source, keep = TABLE_VIEWS[name]
        return [r for r in rows.get(source, []) if keep(r)]
    return rows.get(name, [])

SCORE_COLUMNS = ["table", "gold", "predicted", "matched", "precision", "recall", "f1"]
ERROR_COLUMNS = ["doc_id", "table", "kind", "row"]


def table_counts(doc: GoldDoc, rows: Rows) -> tuple[dict[str, Counter], list[dict[str, Any]]]:
    """Gold, predicted and matched rows per table of one document, and its unmatched rows.

    Only the tables the gold document annotates are counted.

    Returns:
        ``{table: Counter(gold=, predicted=, matched=)}`` and the unmatched rows (``kind`` fp =
        predicted only, fn = gold only).
    """
    totals: dict[str, Counter] = {}
    missed: list[dict[str, Any]] = []
    for name, scorer in TABLE_SCORERS.items():
        if name not in doc.tables:
            continue
        g_rows, p_rows = doc.tables[name], predicted_rows(name, rows)
        matched, fn_rows, fp_rows = scorer(g_rows, p_rows)
        totals[name] = Counter(gold=len(g_rows), predicted=len(p_rows), matched=matched)
        for kind, rest in (("fn", fn_rows), ("fp", fp_rows)):
            missed += [{"doc_id": doc.id, "table": name, "kind": kind,
                        "row": " | ".join(str(v) for v in r.values())} for r in rest]
    for name, keys in TABLE_KEYS.items():
        if name not in doc.tables or name in TABLE_SCORERS:
            continue  # this gold document does not annotate that table
        g = Counter(tuple(key_value(k, r.get(k, "")) for k in keys) for r in doc.tables[name])
        p = Counter(tuple(key_value(k, r.get(k, "")) for k in keys)
                    for r in predicted_rows(name, rows))
        matched = sum((g & p).values())
        totals[name] = Counter(gold=sum(g.values()), predicted=sum(p.values()), matched=matched)
        for kind, rest in (("fn", g - p), ("fp", p - g)):
            for row, count in rest.items():
                missed += [{"doc_id": doc.id, "table": name, "kind": kind,
                            "row": " | ".join(row)}] * count
    return totals, missed


def table_counts_by_doc(gold: list[GoldDoc], predicted: list[Rows]
                        ) -> list[dict[tuple[str, str], int]]:
    """For each document, its tp / fp / fn rows per table, keyed ``(table, kind)``.

    The bootstrap resamples these per-document counts.
    """
    out = []
    for doc, rows in zip(gold, predicted, strict=True):
        totals, _ = table_counts(doc, rows)
        out.append({(name, kind): value for name, c in totals.items()
                    for kind, value in (("tp", c["matched"]),
                                        ("fp", c["predicted"] - c["matched"]),
                                        ("fn", c["gold"] - c["matched"]))})
    return out


def score_tables(gold: list[GoldDoc], predicted: list[Rows]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Row-level P/R/F1 per table: a row matches when all its key columns agree (case-folded).

    Tables in :data:`TABLE_SCORERS` are matched by their scorer instead. A table is scored only
    on the gold documents that annotate it.

    Returns:
        The scores per table, and the unmatched rows (``kind`` fp = predicted only, fn = gold only).
    """
    totals: dict[str, Counter] = {name: Counter() for name in (*TABLE_KEYS, *TABLE_SCORERS)}
    missed: list[dict[str, Any]] = []
    for doc, rows in zip(gold, predicted, strict=True):
        doc_totals, doc_missed = table_counts(doc, rows)
        for name, c in doc_totals.items():
            totals.setdefault(name, Counter()).update(c)
        missed += doc_missed
    out = []
    for name, c in totals.items():
        if not c["gold"] and not c["predicted"]:
            continue
        p_, r_, f_ = prf_counts(c["matched"], c["predicted"], c["gold"])
        out.append({"table": name, "gold": c["gold"], "predicted": c["predicted"],
                    "matched": c["matched"], "precision": p_, "recall": r_, "f1": f_})
    return pd.DataFrame(out, columns=SCORE_COLUMNS), pd.DataFrame(missed, columns=ERROR_COLUMNS)
