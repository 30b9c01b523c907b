"""Scoring the pipeline against gold annotations.

Modules, each with one job (an arrow is "imports"; there are no cycles):

- :mod:`.gold`: the :class:`GoldDoc` record and the project's ``extract-gold/1`` JSONL;
- :mod:`.formats`: readers of other tools' formats (doccano, Label Studio, CoNLL-U, IOB2,
  token JSONL, DocBin) -> gold, bio;
- :mod:`.bio`: entity spans from BIO / BIOES tags (also used by :mod:`extract.train`);
- :mod:`.reading`: :func:`read_gold` (format detection and dispatch), merging records
  -> gold, formats;
- :mod:`.metrics`: P/R/F1, pairing spans, bootstrap intervals;
- :mod:`.spans`: entity span scores, errors, label confusion -> gold, metrics;
- :mod:`.tables`: table row scores and the scorer registry -> gold, metrics, actions;
- :mod:`.actions`: the action-item scorer and per-mode evaluation -> metrics, reading;
- :mod:`.minute_books`: scoring the split of minute books into meetings;
- :mod:`.report`: Markdown tables and the confusion plot;
- :mod:`.evaluate`: :func:`evaluate` (run the pipeline on gold and score it) and
  :class:`Evaluation` -> reading, spans, tables, report;
- :mod:`.suite`: the README's score suite -> evaluate.
"""

from __future__ import annotations

from .actions import (
    evaluate_actions,
    label_candidates,
    match_actions,
    read_action_gold,
    score_action_rows,
    score_modes,
)
from .bio import bio_spans
from .evaluate import DANE_LABELS, LABEL_MAPS, Evaluation, evaluate, parse_label_map
from .formats import align_tokens, join_tokens
from .gold import GOLD_FORMAT, GoldDoc, GoldSpan, read_extract_jsonl
from .metrics import bootstrap_intervals, match_spans, prf, prf_counts
from .minute_books import read_book_gold, score_books
from .reading import FORMATS, detect_format, merge_gold, read_gold, read_gold_files, reader_for
from .report import markdown_table, plot_confusion
from .spans import confusion_table, score_spans
from .suite import SuiteEntry, default_suite, evaluate_suite, suite_markdown
from .tables import TABLE_KEYS, TABLE_SCORERS, score_tables

__all__ = [
    "DANE_LABELS",
    "FORMATS",
    "GOLD_FORMAT",
    "LABEL_MAPS",
    "TABLE_KEYS",
    "TABLE_SCORERS",
    "Evaluation",
    "GoldDoc",
    "GoldSpan",
    "SuiteEntry",
    "align_tokens",
    "bio_spans",
    "bootstrap_intervals",
    "confusion_table",
    "default_suite",
    "detect_format",
    "evaluate",
    "evaluate_actions",
    "evaluate_suite",
    "join_tokens",
    "label_candidates",
    "markdown_table",
    "match_actions",
    "match_spans",
    "merge_gold",
    "parse_label_map",
    "plot_confusion",
    "prf",
    "prf_counts",
    "read_action_gold",
    "read_book_gold",
    "read_extract_jsonl",
    "read_gold",
    "read_gold_files",
    "reader_for",
    "score_action_rows",
    "score_books",
    "score_modes",
    "score_spans",
    "score_tables",
    "suite_markdown",
]
