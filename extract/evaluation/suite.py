"""The score suite: the gold sets behind the README's score table, scored in one run.

``extract evaluate --suite`` prints :func:`suite_markdown` of :func:`evaluate_suite`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from spacy.language import Language

from ..paths import GOLD_DIR, REPO_ROOT, shared_dir
from ..pipeline import default_model_path, load
from .evaluate import DANE_LABELS, LABEL_MAPS, Evaluation, Tokens, evaluate
from .gold import GoldDoc
from .reading import merge_gold, read_gold
from .report import f1_cell, markdown_table

log = logging.getLogger(__name__)


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


UNSEEN_GOLD = "unseen_*.jsonl"  # new layouts, development set of issue 16 (scored apart)


def _corpus_gold(shared: bool) -> Callable[[], list[GoldDoc]]:
    def read() -> list[GoldDoc]:
        docs = []
        unseen = set(GOLD_DIR.glob(UNSEEN_GOLD))
        for path in sorted(set(GOLD_DIR.glob("*.jsonl")) - unseen):
            # Minute-book records (meetings by offsets: benchmarks/minute_books.py) carry no
            # spans or tables the suite scores.
            docs += [d for d in read_gold(path, format="extract")
                     if _is_shared(d) == shared and (d.spans_annotated or d.tables)]
        return merge_gold(docs)

    return read


def _unseen_gold() -> list[GoldDoc]:
    return merge_gold([d for path in sorted(GOLD_DIR.glob(UNSEEN_GOLD))
                       for d in read_gold(path, format="extract")])


def _dane_test() -> list[GoldDoc]:
    path = shared_dir() / "data" / "dane" / "scandeval_dane_test_with_heads_deps.jsonl"
    return read_gold(path, format="tokens") if path.exists() else []


def default_suite() -> list[SuiteEntry]:
    """The evaluations behind the README's score table."""
    dane = LABEL_MAPS["dane"]
    return [
        SuiteEntry("corpus", "`corpus/` sample minutes (the `corpus/gold/*.jsonl` documents "
                   "whose text is in the repository, but the unseen set)",
                   _corpus_gold(shared=False)),
        SuiteEntry("unseen", "modern minutes in layouts the sample corpus lacks (PDF with "
                   "columns, DOCX tables, HTML exports, e-mails; `corpus/gold/unseen_*.jsonl`)",
                   _unseen_gold),
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
                        "f1 (95% CI)": f1_cell(micro, digits),
                        "partial f1": r.micro_f1(partial=True), "macro f1": float(macro)})
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
