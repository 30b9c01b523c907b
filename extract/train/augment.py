"""Mention replacement: more NER training sentences from DaNE train.

A small NER model learns the names it has seen more than the contexts that mark a name (on
DaNE test, organisations are found with recall 0.44; test has almost twice as many as dev). Mention
replacement (Dai & Adel 2020, "An Analysis of Simple Data Augmentation for Named Entity
Recognition") copies each training sentence that holds entities and swaps every entity for
another name of the same label, so the context has to carry the decision. Replacement names
come from the other DaNE *train* mentions of that label and from local lists: Danish first
names + surnames (PER), the place list of the vectors' gazetteer (LOC) and the toolkit's
organisation lexicon (ORG). Dev and test text is never used.
"""

from __future__ import annotations

import csv
import logging
import random
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from ..evaluation.bio import bio_spans
from .corpora import REPO_ROOT, Sentence, load_dane_split, resolve_shared_dir

logger = logging.getLogger(__name__)

ORGANISATIONS_FILE = REPO_ROOT / "extract" / "resources" / "organisations.csv"
PLACES_FILE = REPO_ROOT / "configs" / "gazetteer_places_da.txt"

Mention = tuple[tuple[str, ...], tuple[str, ...]]
"""A replacement name: its words and their UPOS tags."""


def _upos_guesser(sents: Sequence[Sentence]):
    """UPOS for a word of a listed name: its most frequent train tag, else PROPN/NOUN."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for sent in sents:
        for word, tag in zip(sent.words, sent.upos, strict=False):
            counts[word][tag] += 1

    def guess(word: str) -> str:
        if word[:1].isupper():
            return "PROPN"
        if word in counts:
            return counts[word].most_common(1)[0][0]
        return "PUNCT" if not word.isalnum() else "NOUN"

    return guess


def _listed_names(shared_dir: Path, train: Sequence[Sentence]) -> dict[str, list[Mention]]:
    """Names from the local lists, tokenized like DaNE, per DaNE label."""
    import spacy

    tokenizer = spacy.blank("da").tokenizer
    guess = _upos_guesser(train)

    def mention(text: str) -> Mention:
        words = tuple(t.text for t in tokenizer(text) if not t.is_space)
        return words, tuple(guess(w) for w in words)

    lists: dict[str, list[Mention]] = defaultdict(list)
    names = shared_dir / "names"
    firsts: list[str] = []
    for fname in ("first_names_2023_men.csv", "first_names_2023_women.csv"):
        firsts.extend(_common_names(names / fname))
    lasts = _common_names(names / "last_names_2023.csv")
    if firsts and lasts:
        rng = random.Random(13)
        for _ in range(3000):
            words = [rng.choice(firsts)]
            if rng.random() < 0.2:
                words.append(rng.choice(firsts))
            words.append(rng.choice(lasts))
            lists["PER"].append((tuple(words), ("PROPN",) * len(words)))
        lists["PER"].extend(((w,), ("PROPN",)) for w in lasts[:500])
    if PLACES_FILE.exists():
        for line in PLACES_FILE.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                lists["LOC"].append(mention(line.strip()))
    if ORGANISATIONS_FILE.exists():
        with open(ORGANISATIONS_FILE, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                lists["ORG"].append(mention(row["name"]))
    return {label: [m for m in found if m[0]] for label, found in lists.items()}


def _common_names(path: Path, min_count: int = 100) -> list[str]:
    """Names borne by at least ``min_count`` people, in title case."""
    if not path.exists():
        return []
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    return [
        row[0].strip().title()
        for row in rows
        if len(row) > 1 and row[0].strip() and int(row[1]) >= min_count
    ]


def mention_replacement(
    sents: Sequence[Sentence],
    listed: dict[str, list[Mention]],
    *,
    copies: int = 1,
    listed_share: float = 0.5,
    seed: int = 0,
) -> list[Sentence]:
    """Copies of the sentences with entities, every entity swapped for another name.

    Args:
        sents: Training sentences with ``ner``, ``upos`` and ``spaces``.
        listed: Names from local lists per label (:func:`_listed_names`).
        copies: Augmented copies per sentence that has entities.
        listed_share: Chance that a replacement comes from ``listed`` rather than from
            the other train mentions of the label.
        seed: Random seed (the output is reproducible).

    Returns:
        New sentences (ids ``<id>-swap<k>``); the input is not changed.
    """
    rng = random.Random(seed)
    seen: dict[str, list[Mention]] = defaultdict(list)
    for sent in sents:
        for start, end, label in bio_spans(sent.ner):
            seen[label].append((tuple(sent.words[start:end]), tuple(sent.upos[start:end])))
    out: list[Sentence] = []
    for sent in sents:
        spans = bio_spans(sent.ner)
        if not spans:
            continue
        for k in range(copies):
            words: list[str] = []
            upos: list[str] = []
            ner: list[str] = []
            spaces: list[bool] = []
            pos = 0
            for start, end, label in [*spans, (len(sent.words), len(sent.words), "")]:
                words.extend(sent.words[pos:start])
                upos.extend(sent.upos[pos:start])
                ner.extend(sent.ner[pos:start])
                spaces.extend((sent.spaces or [])[pos:start])
                if not label:
                    break
                pool = listed.get(label) if rng.random() < listed_share else None
                new_words, new_upos = _pick(rng, pool or seen[label], sent.words[end - 1])
                words.extend(new_words)
                upos.extend(new_upos)
                ner.extend([f"B-{label}"] + [f"I-{label}"] * (len(new_words) - 1))
                last_space = (sent.spaces or [True] * end)[end - 1]
                spaces.extend([True] * (len(new_words) - 1) + [last_space])
                pos = end
            out.append(
                Sentence(
                    sent_id=f"{sent.sent_id}-swap{k}",
                    words=words,
                    upos=upos if sent.upos else [],
                    ner=ner,
                    spaces=spaces,
                    text="".join(
                        w + (" " if s else "") for w, s in zip(words, spaces, strict=True)
                    ),
                )
            )
    return out


def _pick(rng: random.Random, pool: Sequence[Mention], replaced_last: str) -> Mention:
    """A random name from ``pool`` in the same case as the replaced one.

    Danish marks the genitive with a final -s ("Frankrigs", "Novo Nordisks"); a swap that
    drops or adds it would teach ungrammatical contexts, so up to 20 draws look for a name
    whose last word agrees.
    """
    genitive = replaced_last.endswith("s")
    choice = rng.choice(pool)
    for _ in range(20):
        if choice[0][-1].endswith("s") == genitive:
            break
        choice = rng.choice(pool)
    return choice


def load_mention_swap(*, shared_dir: Path, copies: int = 1, seed: int = 0) -> list[Sentence]:
    """Extra training sentences: DaNE train with every entity swapped (see module doc).

    Args:
        shared_dir: The shared data folder.
        copies: Augmented copies per train sentence that has entities.
        seed: Random seed.

    Returns:
        The augmented sentences (the original train sentences are not included).
    """
    shared_dir = resolve_shared_dir(shared_dir)
    train = load_dane_split(shared_dir=shared_dir, split="train")
    listed = _listed_names(shared_dir, train)
    out = mention_replacement(train, listed, copies=copies, seed=seed)
    logger.info(
        "mention replacement: %d sentences from %d train sentences (%s listed names)",
        len(out),
        len(train),
        {k: len(v) for k, v in listed.items()},
    )
    return out
