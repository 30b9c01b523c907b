"""Scores on DaNE (NER, raw text and gold tokens) and UD Danish-DDT (UPOS, lemmas), and speed."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..evaluation.bio import bio_spans
from ..evaluation.metrics import prf
from .corpora import (
    NER_LABELS,
    Sentence,
    load_dane_split,
    read_conllu,
    resolve_shared_dir,
)
from .docbins import sentences_to_docs

logger = logging.getLogger(__name__)


def _char_offsets(words: Sequence[str], spaces: Sequence[bool]) -> list[tuple[int, int]]:
    offsets, pos = [], 0
    for word, space in zip(words, spaces, strict=True):
        offsets.append((pos, pos + len(word)))
        pos += len(word) + (1 if space else 0)
    return offsets


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    """P/R/F1 rounded to four places, with the counts, as the training reports print them."""
    p, r, f = prf(tp, fp, fn)
    return {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def span_scores(
    gold: Iterable[set[tuple[int, int, str]]], pred: Iterable[set[tuple[int, int, str]]]
) -> dict[str, Any]:
    """Exact-match span precision/recall/F1, micro overall and per label.

    Args:
        gold: One set of (start, end, label) per sentence.
        pred: One set of (start, end, label) per sentence, same order.

    Returns:
        ``{"p", "r", "f", "tp", "fp", "fn", "per_label": {label: {...}}}``.
    """
    counts: dict[str, list[int]] = {}
    for g, p in zip(gold, pred, strict=True):
        for span in g | p:
            c = counts.setdefault(span[2], [0, 0, 0])
            if span in g and span in p:
                c[0] += 1
            elif span in p:
                c[1] += 1
            else:
                c[2] += 1
    tp = sum(c[0] for c in counts.values())
    fp = sum(c[1] for c in counts.values())
    fn = sum(c[2] for c in counts.values())
    out: dict[str, Any] = _prf(tp, fp, fn)
    out["per_label"] = {lab: _prf(*counts[lab]) for lab in sorted(counts)}
    return out


def evaluate_ner(nlp: Any, sents: Sequence[Sentence], *, batch_size: int = 64) -> dict[str, Any]:
    """NER scores on raw text (own tokenizer, char offsets) and on gold tokens.

    Args:
        nlp: A loaded pipeline with an ``ner`` component.
        sents: Gold sentences with ``text``, ``spaces`` and ``ner`` set.
        batch_size: ``nlp.pipe`` batch size.

    Returns:
        ``{"raw_text": span_scores, "gold_tokens": span_scores}``.
    """
    from spacy.tokens import Doc

    gold_tok = [set(bio_spans(s.ner)) for s in sents]
    gold_char = []
    for s, spans in zip(sents, gold_tok, strict=True):
        offs = _char_offsets(s.words, s.spaces or [True] * len(s.words))
        gold_char.append({(offs[a][0], offs[b - 1][1], lab) for a, b, lab in spans})
    texts = [s.text or "" for s in sents]
    pred_char = [
        {(e.start_char, e.end_char, e.label_) for e in doc.ents}
        for doc in nlp.pipe(texts, batch_size=batch_size)
    ]
    gold_docs = [
        Doc(nlp.vocab, words=s.words, spaces=s.spaces or [True] * len(s.words)) for s in sents
    ]
    pred_tok = [
        {(e.start, e.end, e.label_) for e in doc.ents}
        for doc in nlp.pipe(gold_docs, batch_size=batch_size)
    ]
    return {
        "raw_text": span_scores(gold_char, pred_char),
        "gold_tokens": span_scores(gold_tok, pred_tok),
    }


def evaluate_ud(nlp: Any, sents: Sequence[Sentence], *, batch_size: int = 64) -> dict[str, Any]:
    """UPOS and lemma accuracy on UD sentences, on gold tokens and on raw text.

    Raw-text scores use spaCy's alignment (only tokens whose boundaries agree
    with the gold tokens are scored, as in ``nlp.evaluate``).

    Args:
        nlp: A loaded pipeline.
        sents: UD sentences (``read_conllu``).
        batch_size: ``nlp.pipe`` batch size.

    Returns:
        ``{"gold_tokens": {"upos_acc", "lemma_acc", "lemma_acc_lower", "n"},
        "raw_text": {"pos_acc", "lemma_acc", "sents_f", "token_acc"}}``.
    """
    from spacy.tokens import Doc
    from spacy.training import Example

    docs = [Doc(nlp.vocab, words=s.words, spaces=s.spaces) for s in sents]
    n = n_pos = n_lem = n_lem_lower = 0
    for s, doc in zip(sents, nlp.pipe(docs, batch_size=batch_size), strict=True):
        for tok, upos, lemma in zip(doc, s.upos, s.lemmas, strict=True):
            n += 1
            n_pos += tok.pos_ == upos
            n_lem += tok.lemma_ == lemma
            n_lem_lower += tok.lemma_.lower() == lemma.lower()
    gold_tokens = {
        "upos_acc": round(n_pos / n, 4),
        "lemma_acc": round(n_lem / n, 4),
        "lemma_acc_lower": round(n_lem_lower / n, 4),
        "n": n,
    }
    # raw text: one Doc per group of 10 sentences so the senter is scored too
    vocab = nlp.vocab
    refs = sentences_to_docs(sents, vocab, sents_per_doc=10, with_lemmas=True)
    examples = [Example(nlp.make_doc(ref.text), ref) for ref in refs]
    scores = nlp.evaluate(examples, batch_size=batch_size)
    raw = {
        k: round(float(scores[k]), 4)
        for k in ("token_acc", "pos_acc", "lemma_acc", "sents_f")
        if scores.get(k) is not None
    }
    return {"gold_tokens": gold_tokens, "raw_text": raw}


def measure_speed(nlp: Any, texts: Sequence[str], *, repeats: int = 1) -> float:
    """Words per second of ``nlp.pipe`` over ``texts`` (one process).

    Args:
        nlp: A loaded pipeline.
        texts: Raw texts.
        repeats: How many passes to time.

    Returns:
        Tokens per second.
    """
    list(nlp.pipe(texts[:20]))  # warm-up
    n_words = 0
    start = time.perf_counter()
    for _ in range(repeats):
        for doc in nlp.pipe(texts, batch_size=64):
            n_words += len(doc)
    return n_words / (time.perf_counter() - start)


def evaluate_core(
    *,
    model: Path,
    shared_dir: Path,
    splits: Sequence[str] = ("dev", "test"),
    speed: bool = True,
) -> dict[str, Any]:
    """Evaluate a pipeline on DaNE NER and UD Danish-DDT UPOS/lemmas.

    Args:
        model: Pipeline folder (``models/da_core``) or installed package name.
        shared_dir: The shared data folder.
        splits: Which of ``dev``/``test`` to score (pick models on dev only).
        speed: Also time the pipeline on the raw DaNE sentences of the first
            split (words/s, one process, current thread settings).

    Returns:
        ``{split: {"ner": {"raw_text": ..., "gold_tokens": ...},
        "ud": {...}}, "words_per_second": float}``.
    """
    from ..pipeline import load

    shared_dir = resolve_shared_dir(shared_dir)
    # The statistical model alone: a shipped model also holds the minutes rules, which relabel
    # (PER -> PERSON) and add labels DaNE does not have.
    nlp = load(model, rules=False)
    results: dict[str, Any] = {"model": str(model)}
    for split in splits:
        dane = load_dane_split(shared_dir=shared_dir, split=split)
        ud_sents = read_conllu(shared_dir / "ud-ddt" / f"da_ddt-ud-{split}.conllu")
        results[split] = {
            "ner": evaluate_ner(nlp, dane),
            "ud": evaluate_ud(nlp, ud_sents),
        }
        if speed and "words_per_second" not in results:
            texts = [s.text or "" for s in dane]
            results["words_per_second"] = round(measure_speed(nlp, texts, repeats=2))
        ner = results[split]["ner"]
        logger.info(
            "%s: NER F1 raw %.4f gold-tok %.4f; UPOS %.4f lemma %.4f",
            split,
            ner["raw_text"]["f"],
            ner["gold_tokens"]["f"],
            results[split]["ud"]["gold_tokens"]["upos_acc"],
            results[split]["ud"]["gold_tokens"]["lemma_acc"],
        )
    return results


def format_scores(results: dict[str, Any]) -> str:
    """Render :func:`evaluate_core` output as a compact Markdown table.

    Args:
        results: The evaluation dict.

    Returns:
        Markdown text.
    """
    lines = ["| split | setting | P | R | F1 | " + " | ".join(NER_LABELS) + " |"]
    lines.append("|---" * (5 + len(NER_LABELS)) + "|")
    for split in ("dev", "test"):
        if split not in results:
            continue
        for setting in ("raw_text", "gold_tokens"):
            s = results[split]["ner"][setting]
            per = [f"{s['per_label'].get(lab, {}).get('f', 0.0):.3f}" for lab in NER_LABELS]
            lines.append(
                f"| {split} | {setting} | {s['p']:.3f} | {s['r']:.3f} | {s['f']:.3f} | "
                + " | ".join(per)
                + " |"
            )
    return "\n".join(lines)
