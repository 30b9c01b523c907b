"""Distil the voting NER ensemble into one small model, on in-domain minutes (issues 18 and 21).

The shipped ``models/da_core`` is seven CNN NER models voting (DaNE dev 0.809, the best single
one ~0.77), and the vote costs six extra passes. Distillation trains one small model on what
the vote says about unlabelled text. Here that text is the Greve minutes of **2022-2023**
(``../shared/corpus/greve-2022-2024``, the development split; 2024 stays blind): sentences are
sampled from them, the ensemble (``models/da_core`` without the rules) labels their entities,
and one NER member config (``configs/da_core_members/vectors.cfg``: CNN 96x4, greedy NER, the
local vectors) is trained on DaNE train plus these silver sentences. The same config trained on
DaNE train alone (``scripts/train_greve_vectors.py``, ``runs/greve_vectors/base``) is the
baseline; both are scored on DaNE dev and on the real-document gold with the rules.

Usage (about 40 minutes on the 2-core machine)::

    python scripts/distill_greve.py --output-dir runs/distill_greve --sentences 12000

Steps: ``--step silver`` labels the sentences (``silver.jsonl``); ``--step train`` trains;
``--step score`` writes ``scores.md``.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
from pathlib import Path

# Run as `python scripts/distill_greve.py`: its folder is on the path.
from train_greve_vectors import f1_cells, greve_dev_files, real_document_f1

from extract.train import REPO_ROOT, evaluate_core, resolve_shared_dir, train_core
from extract.train.corpora import Sentence
from extract.train.docbins import EXTRA_TRAIN_DATA

logger = logging.getLogger("distill_greve")

MEMBER_CONFIG = REPO_ROOT / "configs" / "da_core_members" / "vectors.cfg"
TEACHER = REPO_ROOT / "models" / "da_core"
# The vote is disabled in the folder since 1.4.0 (issue 18): the teacher is the folder by the
# name that switches it on.
TEACHER_VOTE = "da_core_ensemble"
BASELINE = REPO_ROOT / "runs" / "greve_vectors" / "base"
MIN_TOKENS, MAX_TOKENS = 5, 60


def candidate_sentences(files: list[Path]) -> list[str]:
    """Lines of running text (not headings, lists or tables) from the meetings, de-duplicated:
    a case's text is repeated at each stage of its history."""
    from extract.readers import read_file

    seen: set[str] = set()
    lines = []
    for path in files:
        for line in read_file(path).text.splitlines():
            line = " ".join(line.split())
            words = line.split()
            if not MIN_TOKENS <= len(words) <= 4 * MAX_TOKENS or line in seen:
                continue
            if not line[:1].isupper() or line[-1:] not in ".?!)":
                continue
            seen.add(line)
            lines.append(line)
    return lines


def silver(out: Path, shared: Path, n_sentences: int, seed: int) -> Path:
    """Label sampled sentences with the ensemble; one JSON line per sentence."""
    import extract

    lines = candidate_sentences(greve_dev_files(shared))
    random.Random(seed).shuffle(lines)
    teacher = extract.load(TEACHER_VOTE, rules=False)
    out.mkdir(parents=True, exist_ok=True)
    path = out / "silver.jsonl"
    kept = 0
    with open(path, "w", encoding="utf-8") as handle:
        for doc in teacher.pipe(lines, batch_size=64):
            for sent in doc.sents:
                if kept >= n_sentences:
                    break
                if not MIN_TOKENS <= len(sent) <= MAX_TOKENS:
                    continue
                tags = ["O"] * len(sent)
                for ent in sent.ents:
                    for i in range(ent.start, ent.end):
                        tags[i - sent.start] = ("B-" if i == ent.start else "I-") + ent.label_
                handle.write(json.dumps({
                    "words": [t.text for t in sent],
                    "spaces": [bool(t.whitespace_) for t in sent],
                    "ner": tags}, ensure_ascii=False) + "\n")
                kept += 1
            if kept >= n_sentences:
                break
    logger.info("silver: %d sentences from %d candidate lines -> %s", kept, len(lines), path)
    return path


def load_silver(path: Path) -> list[Sentence]:
    sents = []
    with open(path, encoding="utf-8") as handle:
        for k, line in enumerate(handle):
            row = json.loads(line)
            text = "".join(w + (" " if sp else "") for w, sp in
                           zip(row["words"], row["spaces"], strict=True))
            sents.append(Sentence(sent_id=f"greve-silver-{k}", words=row["words"],
                                  ner=row["ner"], text=text, spaces=row["spaces"]))
    return sents


def train(out: Path, shared: Path, max_epochs: int) -> None:
    sents = load_silver(out / "silver.jsonl")
    EXTRA_TRAIN_DATA["greve_silver"] = lambda shared_dir: sents
    train_core(shared_dir=shared, output_dir=out, config=MEMBER_CONFIG,
               vectors=BASELINE / "vectors", pretrain_epochs=0, lemma_table=False,
               extra_train=["greve_silver"],
               overrides={"training.max_epochs": max_epochs})


def score(out: Path, shared: Path) -> None:
    import extract
    from extract.train.corpora import load_dane_split
    from extract.train.scoring import measure_speed

    texts = [s.text or "" for s in load_dane_split(shared_dir=shared, split="dev")]
    lines = ["| model | DaNE dev NER F1 | real documents with the rules: micro F1 | PERSON | ORG "
             "| LOC | words/s (model alone, DaNE dev) |", "|---|---|---|---|---|---|---|"]
    for name, model in (("DaNE train only (baseline)", BASELINE / "model-best"),
                        ("DaNE train + Greve silver (student)", out / "model-best"),
                        ("teacher: models/da_core (7 voting)", TEACHER_VOTE)):
        dane = evaluate_core(model=model, shared_dir=shared, splits=["dev"], speed=False)
        speed = measure_speed(extract.load(model, rules=False), texts, repeats=2)
        lines.append(f"| {name} | {dane['dev']['ner']['raw_text']['f']:.3f} | "
                     f"{f1_cells(real_document_f1(model))} | {speed:,.0f} |")
    text = "\n".join(lines) + "\n"
    (out / "scores.md").write_text(text, encoding="utf-8")
    print(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output-dir", type=Path, required=True)
    parser.add_argument("--shared-dir", type=Path, default=None)
    parser.add_argument("--sentences", type=int, default=12000)
    parser.add_argument("--max-epochs", type=int, default=8)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--step", choices=("silver", "train", "score"), default=None)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    shared = resolve_shared_dir(args.shared_dir)
    if args.step in (None, "silver"):
        silver(args.output_dir, shared, args.sentences, args.seed)
    if args.step in (None, "train"):
        train(args.output_dir, shared, args.max_epochs)
    if args.step in (None, "score"):
        score(args.output_dir, shared)


if __name__ == "__main__":
    main()
