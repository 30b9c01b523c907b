"""Person resolution scored against gold person clusters.

Pairwise and B-cubed precision and recall of the ``person_id`` of
:func:`extract.resolve.resolve_people`, against ``corpus/gold/resolution/person_clusters.jsonl``.
No F1 is reported, and pairwise precision over no predicted pairs is 1.0 (nothing was wrongly
merged), so :func:`extract.evaluation.metrics.prf` (0.0 for an empty denominator) does not apply.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from spacy.language import Language

from ..batch.run import process_texts
from ..errors import GoldFormatError
from ..paths import shared_dir
from ..resolve import resolve_people, series_of
from ..tables import to_tables
from ..types import SourceText


@dataclass
class ResolutionScore:
    """Person resolution scored against gold clusters
    (``corpus/gold/resolution/person_clusters.jsonl``).

    Only gold mentions the pipeline found as a person (overlapping spans) are scored, so the
    figures measure resolution, not recognition; ``n_missed`` counts the others.
    """

    pairwise_precision: float
    pairwise_recall: float
    bcubed_precision: float
    bcubed_recall: float
    n_gold_mentions: int
    n_scored: int
    n_gold_people: int
    n_missed: int

    def to_text(self) -> str:
        return (f"{self.n_scored} of {self.n_gold_mentions} gold mentions of "
                f"{self.n_gold_people} people found by the pipeline ({self.n_missed} missed)\n"
                f"pairwise  precision {self.pairwise_precision:.3f}  "
                f"recall {self.pairwise_recall:.3f}\n"
                f"B-cubed   precision {self.bcubed_precision:.3f}  "
                f"recall {self.bcubed_recall:.3f}")


def read_person_clusters(path: str | Path) -> list[dict]:
    """Gold person-cluster rows, each with the document ``text`` it points into.

    Raises:
        GoldFormatError: a referenced file changed since it was annotated (sha256 differs).
    """
    path = Path(path)
    texts: dict[str, str] = {}
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        src = (shared_dir() / row["shared_path"]) if "shared_path" in row else (
            path.parent / row["path"]).resolve()
        key = str(src)
        if key not in texts:
            texts[key] = src.read_text(encoding="utf-8")
            if hashlib.sha256(texts[key].encode("utf-8")).hexdigest() != row["sha256"]:
                raise GoldFormatError(f"{src} changed since {path.name} was annotated: "
                                      "re-annotate it or restore the file")
        rows.append({**row, "file": key, "text": texts[key]})
    return rows


def score_resolution(gold: list[dict], mentions: pd.DataFrame) -> ResolutionScore:
    """Pairwise and B-cubed precision/recall of ``person_id`` against gold clusters.

    Args:
        gold: rows of :func:`read_person_clusters` (``doc_id`` is matched on its last path
            part, so "parish/Elsted_1942" meets the run's "Elsted_1942").
        mentions: the output of :func:`resolve_people` over the same documents.
    """
    by_doc: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for d, s, e, pid in zip(mentions["doc_id"], mentions["start_char"], mentions["end_char"],
                            mentions["person_id"], strict=True):
        by_doc[str(d).rsplit("/", 1)[-1]].append((int(s), int(e), pid))
    pairs: list[tuple[str, str]] = []  # (gold cluster, predicted person) per scored mention
    for row in gold:
        doc = row["doc_id"].rsplit("/", 1)[-1]
        hits = [(min(e, row["end"]) - max(s, row["start"]), pid) for s, e, pid in by_doc[doc]
                if s < row["end"] and row["start"] < e]
        if hits:
            pairs.append((row["cluster"], max(hits)[1]))
    gold_size = Counter(g for g, _ in pairs)
    pred_size = Counter(p for _, p in pairs)
    both = Counter(pairs)
    same_both = sum(n * (n - 1) / 2 for n in both.values())
    same_pred = sum(n * (n - 1) / 2 for n in pred_size.values())
    same_gold = sum(n * (n - 1) / 2 for n in gold_size.values())
    n = len(pairs)
    b_p = sum(both[(g, p)] / pred_size[p] for g, p in pairs) / n if n else 0.0
    b_r = sum(both[(g, p)] / gold_size[g] for g, p in pairs) / n if n else 0.0
    return ResolutionScore(
        pairwise_precision=same_both / same_pred if same_pred else 1.0,
        pairwise_recall=same_both / same_gold if same_gold else 1.0,
        bcubed_precision=b_p, bcubed_recall=b_r, n_gold_mentions=len(gold), n_scored=n,
        n_gold_people=len({r["cluster"] for r in gold}), n_missed=len(gold) - n)


def evaluate_resolution(gold_path: str | Path, *, nlp: Language | None = None,
                        series: Callable[[str], str] = series_of) -> ResolutionScore:
    """Run the pipeline over the documents of a gold cluster file and score the resolution."""
    gold = read_person_clusters(gold_path)
    files = {r["file"]: r["text"] for r in gold}
    texts = [SourceText(text=t, doc_id=Path(f).stem, source=f) for f, t in files.items()]
    tables = to_tables(process_texts(texts, nlp=nlp))
    return score_resolution(gold, resolve_people(tables, series=series))
