"""The lemma lookup table: spaCy's Danish table with overrides from the original DDT train."""

from __future__ import annotations

import csv
import gzip
import json
import logging
import re
from collections import Counter
from pathlib import Path

from .corpora import _read_blocks, resolve_shared_dir
from .vectors import _iter_raw_sentences

logger = logging.getLogger(__name__)


def read_cdt_train_lemmas(*, shared_dir: Path) -> dict[str, Counter[str]]:
    """Lemma counts per form from the original DDT (CDT) sentences of UD *train*.

    Only CDT sentences aligned to UD train sentences are used (never dev/test).

    Args:
        shared_dir: The shared data folder (``ddt-cdt-original/`` is used).

    Returns:
        ``{form: Counter({lemma: count})}`` (empty if the folder is missing).
    """
    import html

    folder = shared_dir / "ddt-cdt-original"
    counts: dict[str, Counter[str]] = {}
    align = folder / "ud_train_to_cdt_alignment.tsv"
    if not align.exists():
        return counts
    train_idx: set[int] = set()
    with open(align, encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            train_idx.update(int(x) for x in re.split(r"[,;]", row["cdt_indices"] or "") if x)
    for comments, rows in _read_blocks(folder / "ddt_cdt_all.conll"):
        if int(comments.get("cdt_index", -1)) in train_idx:
            for r in rows:
                counts.setdefault(r[1], Counter())[html.unescape(r[2])] += 1
    return counts


def build_lemma_table(*, shared_dir: Path) -> dict[str, str]:
    """A form -> lemma table for spaCy's lookup lemmatizer.

    Starts from ``spacy-lookups-data``'s Danish ``lemma_lookup`` table, then
    overrides every form seen in the original DDT annotation of the UD train
    sentences with its most frequent gold lemma (fixes e.g. ``med -> mede``),
    and adds capitalised variants (``Det -> det``) for lower-case words seen
    in the local raw text, since the lookup is case-sensitive.

    Args:
        shared_dir: The shared data folder.

    Returns:
        The table (about 590k entries).
    """
    import spacy_lookups_data

    shared_dir = resolve_shared_dir(shared_dir)

    data_file = Path(spacy_lookups_data.__file__).parent / "data" / "da_lemma_lookup.json.gz"
    with gzip.open(data_file, "rt", encoding="utf-8") as handle:
        table: dict[str, str] = json.load(handle)
    n_cdt = 0
    for form, lemmas in read_cdt_train_lemmas(shared_dir=shared_dir).items():
        table[form] = lemmas.most_common(1)[0][0]
        n_cdt += 1
    seen = {w.lower() for sent in _iter_raw_sentences(shared_dir) for w in sent}
    n_title = 0
    for word in sorted(seen):
        title = word[:1].upper() + word[1:]
        if title != word and title not in table:
            table[title] = table.get(word, word)
            n_title += 1
    logger.info(
        "lemma table: %d entries (%d from DDT train, %d capitalised variants)",
        len(table),
        n_cdt,
        n_title,
    )
    return table


def set_lemma_table(*, model: Path, table: dict[str, str]) -> None:
    """Replace the lookup lemmatizer's table of a saved pipeline, in place.

    Args:
        model: Pipeline folder with a ``lemmatizer`` (mode ``lookup``).
        table: Form -> lemma.
    """
    import spacy
    from spacy.lookups import Lookups

    nlp = spacy.load(model)
    lookups = Lookups()
    lookups.add_table("lemma_lookup", table)
    lemmatizer = nlp.get_pipe("lemmatizer")
    lemmatizer.lookups = lookups
    nlp.to_disk(model)
    logger.info("set lemma table (%d entries) in %s", len(table), model)
