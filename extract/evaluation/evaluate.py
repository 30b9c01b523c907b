"""Scoring the pipeline against gold: run it on the gold documents, score spans and tables.

>>> import extract
>>> result = extract.evaluate(["corpus/gold/samples.jsonl"])
>>> result.labels                # per label and micro / macro P, R, F1 (exact span match)
>>> result.partial               # the same under overlap matching
>>> result.errors.query("kind == 'fn'")   # every miss, in context
>>> result.plot_confusion("confusion.png")

Gold in another tool's format is read by :func:`extract.evaluation.reading.read_gold`
(doccano, Label Studio, CoNLL-U, IOB2, token JSONL, DocBin); a label map puts both sides into
one label set, e.g. ``{"PER": "PERSON", "MUNICIPALITY": "LOC"}`` to score the minutes pipeline
on DaNE. The scoring itself is in :mod:`~extract.evaluation.spans`,
:mod:`~extract.evaluation.tables` and :mod:`~extract.evaluation.metrics`.
"""

from __future__ import annotations

import dataclasses
import logging
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ExtractError
from ..pipeline import load
from ..rules.kinds import KINDS
from ..tables import doc_rows
from .components import component_scores
from .gold import GoldDoc, GoldSpan
from .metrics import bootstrap_intervals
from .reading import read_gold_files
from .report import f1_cell, markdown_table, plot_confusion
from .spans import Predicted, confusion_table, score_spans, span_counts_by_doc
from .tables import score_tables, table_counts_by_doc

if TYPE_CHECKING:
    from matplotlib.figure import Figure

log = logging.getLogger(__name__)

# Named label maps for scoring on other annotation schemes. DaNE (and UNER) tag PER, ORG, LOC,
# MISC: its PER is our PERSON, and a municipality is a LOC there.
LABEL_MAPS: dict[str, dict[str, str]] = {
    "dane": {"PER": "PERSON", "MUNICIPALITY": "LOC"},
}
DANE_LABELS = ("PERSON", "ORG", "LOC", "MISC")

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
        components: one F1 per component a user asks of the tables (meetings, attendance,
            agenda, decisions, positions, actions, people, dates, municipalities) and their
            ``mean`` (:mod:`extract.evaluation.components`).
        components_by_doc: the F1 of each component in each document.
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
    components: pd.DataFrame = field(default_factory=pd.DataFrame)
    components_by_doc: pd.DataFrame = field(default_factory=pd.DataFrame)

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
                     "intervals", "components", "components_by_doc"):
            getattr(self, name).to_csv(out / f"{name}.csv", index=False)
        self.confusion.to_csv(out / "confusion.csv")
        if len(self.confusion):
            self.plot_confusion(out / "confusion.png")
        return out

    def to_markdown(self, *, digits: int = 3) -> str:
        """Per-label scores (exact, with partial F1 beside) and table scores as Markdown."""
        return _scores_markdown(self, digits=digits)


def _scores_markdown(result: Evaluation, *, digits: int = 3) -> str:
    """Per-label scores (exact, with partial F1 beside), norm accuracy and table scores."""
    level = round(result.settings.get("confidence", 0.95) * 100)
    with_ci = "f1_low" in result.labels.columns
    f1_head = f"f1 ({level}% CI)" if with_ci else "f1"
    partial = result.partial.set_index("label")["f1"] if len(result.partial) else None
    rows = []
    for _, row in result.labels.iterrows():
        rows.append({"label": row["label"], "precision": row["precision"],
                     "recall": row["recall"], f1_head: f1_cell(row, digits),
                     "partial f1": float(partial[row["label"]]) if partial is not None
                     else float("nan"), "support": int(row["support"])})
    parts = [markdown_table(pd.DataFrame(rows), digits=digits)]
    if len(result.norms):
        parts.append("Normalisation (on exactly matched spans): " + ", ".join(
            f"{r.label} {r.correct}/{r.with_norm}" for r in result.norms.itertuples()))
    if len(result.tables):
        t_rows = [{"table": r["table"], "gold": r["gold"], "predicted": r["predicted"],
                   "matched": r["matched"], "precision": r["precision"], "recall": r["recall"],
                   f1_head: f1_cell(r, digits)} for _, r in result.tables.iterrows()]
        parts.append(markdown_table(pd.DataFrame(t_rows), digits=digits))
    if len(result.components):
        parts.append("Components (tables and the entities analysts count):\n\n"
                     + markdown_table(result.components, digits=digits))
    return "\n\n".join(parts)


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


def _mapped(docs: list[GoldDoc], predicted: list[list[Predicted]], mapping: Mapping[str, str]
            ) -> tuple[list[GoldDoc], list[list[Predicted]]]:
    if not mapping:
        return docs, predicted
    out_docs = []
    for d in docs:
        spans = [GoldSpan(s.start, s.end, _map_label(s.label, mapping), s.norm) for s in d.spans]
        out_docs.append(dataclasses.replace(d, spans=[s for s in spans if s.label]))
    out_pred = [[(s, e, _map_label(lab, mapping), norm) for s, e, lab, norm in pred
                 if _map_label(lab, mapping)] for pred in predicted]
    return out_docs, out_pred


# --------------------------------------------------------------------------------------------
# scoring
# --------------------------------------------------------------------------------------------


def evaluate(gold: str | Path | GoldDoc | Iterable[str | Path | GoldDoc], *,
             model: str | Path | None = None, nlp: Language | None = None,
             labels: Iterable[str] | None = None,
             label_map: Mapping[str, str] | Iterable[str] | str | None = None,
             tokens: Tokens = "raw", format: str | None = None, bootstrap: int = 1000,
             confidence: float = 0.95, seed: int = 0, batch_size: int = 32,
             kind: str | None = None) -> Evaluation:
    """Run the pipeline on gold documents and score it.

    Args:
        gold: gold files (``extract-gold/1`` JSONL, doccano, Label Studio, CoNLL-U, IOB2,
            token JSONL or DocBin; see :func:`extract.evaluation.reading.read_gold`), or
            :class:`GoldDoc` objects.
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
        kind: score every document as this kind (``minutes``, ``minute_book``, ``agenda``,
            ``other``) instead of the kind read from its text: gold on excerpts, such as one
            case cut from a council's protocol, whose text alone does not show it is minutes.

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
    if kind is not None and kind not in KINDS:
        raise ExtractError(f"kind={kind!r}: use one of {', '.join(KINDS)}")
    mapping = parse_label_map(label_map)
    docs = read_gold_files(gold, format=format)
    if not docs:
        log.warning("no gold documents to score")
    nlp = nlp if nlp is not None else load(model)
    predicted, rows = _predict(nlp, docs, tokens=tokens, batch_size=batch_size, kind=kind)
    docs, predicted = _mapped(docs, predicted, mapping)
    keep = set(labels) if labels is not None else None

    span_idx = [i for i, d in enumerate(docs) if d.spans_annotated]
    s_docs = [docs[i] for i in span_idx]
    s_pred = [predicted[i] for i in span_idx]
    labels_df, norms, errors = score_spans(s_docs, s_pred, labels=keep)
    partial_df, _, _ = score_spans(s_docs, s_pred, labels=keep, partial=True)
    tables, table_errors = score_tables(docs, rows)
    confusion = confusion_table(s_docs, s_pred, labels=keep)
    table_docs = table_counts_by_doc(docs, rows)
    exact_by_doc = dict(zip(span_idx, span_counts_by_doc(s_docs, s_pred, labels=keep),
                            strict=True))
    components, components_by_doc = component_scores(
        docs, table_docs, [exact_by_doc.get(i, Counter()) for i in range(len(docs))],
        labels=keep)

    intervals = pd.DataFrame(columns=["scope", "label", "metric", "value", "low", "high"])
    if bootstrap > 0 and docs:
        names = [lab for lab in labels_df["label"] if lab not in ("micro", "macro")]
        parts = []
        for scope, partial in (("exact", False), ("partial", True)):
            per_doc = span_counts_by_doc(s_docs, s_pred, labels=keep, partial=partial)
            ci = bootstrap_intervals(per_doc, names, n=bootstrap, confidence=confidence,
                                     seed=seed)
            parts.append(ci.assign(scope=scope))
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
                      settings=settings, n_span_documents=len(s_docs),
                      components=components, components_by_doc=components_by_doc)


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


def _predict(nlp: Language, docs: list[GoldDoc], *, tokens: Tokens, batch_size: int,
             kind: str | None = None
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
        if kind is not None:
            doc._.kind = kind
        rows.append(doc_rows(doc))
    return spans, rows

