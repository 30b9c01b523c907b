"""Print person-resolution precision and recall against the gold person clusters
(corpus/gold/resolution/person_clusters.jsonl; a folder of its own, so the extract-gold/1
suite does not read it).

    .venv/bin/python scripts/resolution_report.py [--errors]

Scores are pairwise (mention pairs put together) and B-cubed, over the gold mentions the
pipeline found as persons.
"""

from __future__ import annotations

import sys
from pathlib import Path

from extract.evaluation.resolution import evaluate_resolution

GOLD = Path(__file__).resolve().parents[1] / "corpus" / "gold" / "resolution" / \
    "person_clusters.jsonl"

if __name__ == "__main__":
    print(evaluate_resolution(sys.argv[1] if len(sys.argv) > 1 else GOLD).to_text())
