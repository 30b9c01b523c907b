"""Sentences to spaCy ``DocBin`` training files (``convert_dane``)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .augment import load_mention_swap
from .corpora import SPLITS, Sentence, load_dane_split, load_danplus_web, resolve_shared_dir

logger = logging.getLogger(__name__)


def sentences_to_docs(
    sents: Sequence[Sentence],
    vocab: Any,
    *,
    sents_per_doc: int = 10,
    with_lemmas: bool = False,
) -> list[Any]:
    """Group consecutive sentences into spaCy Docs with gold annotation.

    Consecutive DDT sentences come from the same text, so grouping them gives
    the sentence segmenter real boundaries to learn.

    Args:
        sents: Sentences with ``spaces`` set.
        vocab: The spaCy vocab to create the docs with.
        sents_per_doc: How many sentences per Doc.
        with_lemmas: Attach lemmas where available.

    Returns:
        Docs with ``pos``, ``ents``, ``sent_starts`` (and lemmas) set.
    """
    from spacy.tokens import Doc

    docs = []
    for start in range(0, len(sents), sents_per_doc):
        group = [s for s in sents[start : start + sents_per_doc] if s.words]
        words: list[str] = []
        spaces: list[bool] = []
        pos: list[str] = []
        ents: list[str] = []
        sent_starts: list[bool] = []
        lemmas: list[str] = []
        has_lemmas = with_lemmas and all(s.lemmas for s in group)
        for sent in group:
            words.extend(sent.words)
            sp = list(sent.spaces or [True] * len(sent.words))
            sp[-1] = True
            spaces.extend(sp)
            pos.extend(sent.upos or [""] * len(sent.words))
            ents.extend(sent.ner or ["O"] * len(sent.words))
            sent_starts.extend([True] + [False] * (len(sent.words) - 1))
            if has_lemmas:
                lemmas.extend(sent.lemmas)
        if spaces:
            spaces[-1] = False
        doc = Doc(
            vocab,
            words=words,
            spaces=spaces,
            pos=pos if all(pos) else None,
            ents=ents,
            sent_starts=sent_starts,
            lemmas=lemmas if has_lemmas else None,
        )
        docs.append(doc)
    return docs


def convert_dane(
    *,
    shared_dir: Path,
    output_dir: Path,
    sents_per_doc: int = 10,
    splits: Sequence[str] = SPLITS,
    extra_train: Sequence[str] = (),
) -> dict[str, Path]:
    """Convert DaNE (+ UNER whitespace, + UD lemmas) into spaCy DocBin files.

    Args:
        shared_dir: The shared data folder.
        output_dir: Where ``{split}.spacy`` files are written.
        sents_per_doc: Sentences per Doc (the senter learns boundaries).
        splits: Which splits to convert.
        extra_train: Extra NER training data appended to ``train``: any of
            :data:`EXTRA_TRAIN_DATA` (e.g. ``"danplus_web"``).

    Returns:
        Mapping split name -> DocBin path.
    """
    import spacy
    from spacy.tokens import DocBin

    shared_dir = resolve_shared_dir(shared_dir)
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("da")
    paths = {}
    for split in splits:
        sents = load_dane_split(shared_dir=shared_dir, split=split)
        if split == "train":
            for name in extra_train:
                if name not in EXTRA_TRAIN_DATA:
                    raise ValueError(
                        f"unknown extra training data {name!r}; "
                        f"choose from {sorted(EXTRA_TRAIN_DATA)}"
                    )
                sents = sents + EXTRA_TRAIN_DATA[name](shared_dir=shared_dir)
        docs = sentences_to_docs(
            sents, nlp.vocab, sents_per_doc=sents_per_doc, with_lemmas=split != "train"
        )
        path = output_dir / f"{split}.spacy"
        DocBin(docs=docs, store_user_data=False).to_disk(path)
        logger.info("wrote %s (%d docs, %d sentences)", path, len(docs), len(sents))
        paths[split] = path
    return paths


EXTRA_TRAIN_DATA = {"danplus_web": load_danplus_web, "mention_swap": load_mention_swap}
"""Named extra training sets for :func:`convert_dane` / :func:`train_core`."""
