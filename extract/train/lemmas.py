"""The lemmatizer's tables, built from the UD Danish-DDT train sentences and spaCy's Danish table.

The original DDT (CDT) annotation gives a lemma to every token of the UD train sentences (UD's
own train file, with lemmas, is not in the shared material); DaNE gives their UD 2 UPOS. From
those (form, UPOS, lemma) triples :func:`build_lemma_tables` makes the tables of the
``extract_lemmatizer`` component (:mod:`extract.components.lemmatizer`) and
:func:`install_lemmatizer` puts it in a saved pipeline in place of its ``lemmatizer``::

    python -m extract.train.lemmas --install-to models/da_core --score dev,test

Only CDT sentences aligned to UD *train* sentences are read (none also aligned to dev or test).
"""

from __future__ import annotations

import csv
import difflib
import gzip
import html
import json
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..components.lemmatizer import (
    MODE,
    pos_key,
    suffix_key,
)
from .corpora import _read_blocks, load_dane_split, resolve_shared_dir
from .vectors import _iter_raw_sentences

logger = logging.getLogger(__name__)

CDT_FOLDER = "ddt-cdt-original"
"""The original DDT (CDT) treebank and its alignments to the UD sentences, in the shared data."""

MAX_SUFFIX = 6
"""Longest word ending the suffix rules look at (5-8 scored the same on UD dev)."""

RULE_POS = ("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "PART", "PRON",
            "SCONJ", "VERB")
"""Parts of speech that get suffix rules (proper nouns, numbers, symbols keep their form)."""


@dataclass
class LemmaTables:
    """The tables of ``extract_lemmatizer`` and its settings.

    Attributes:
        lookup: Form -> lemma, whatever the UPOS (``lemma_lookup``).
        by_pos: ``"UPOS\\tform"`` -> lemma from the training sentences (``lemma_pos``).
        suffix: ``"UPOS\\tending"`` -> ``[characters to drop, string to add]`` (``lemma_suffix``).
        lookup_pos: Parts of speech for which ``lookup`` is asked.
        max_suffix: Longest ending in ``suffix``.
    """

    lookup: dict[str, str]
    by_pos: dict[str, str]
    suffix: dict[str, list[Any]]
    lookup_pos: list[str] = field(default_factory=list)
    max_suffix: int = MAX_SUFFIX

    def to_lookups(self) -> Any:
        """The tables as spaCy ``Lookups`` (what the component saves)."""
        from spacy.lookups import Lookups

        lookups = Lookups()
        lookups.add_table("lemma_lookup", self.lookup)
        lookups.add_table("lemma_pos", self.by_pos)
        lookups.add_table("lemma_suffix", self.suffix)
        return lookups

    def as_mappings(self) -> dict[str, dict[str, Any]]:
        """The tables by their names in the component, as plain dicts."""
        return {"lemma_lookup": self.lookup, "lemma_pos": self.by_pos,
                "lemma_suffix": self.suffix}


# -- the original DDT annotation of the UD train sentences ------------------------------------


def _aligned_cdt(folder: Path, split: str) -> dict[str, list[int]]:
    """UD sentence id -> the CDT sentence indices aligned to it."""
    out: dict[str, list[int]] = {}
    path = folder / f"ud_{split}_to_cdt_alignment.tsv"
    if not path.exists():
        return out
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            out[row["ud_sent_id"]] = [int(x) for x in re.split(r"[,;]", row["cdt_indices"] or "")
                                      if x]
    return out


def _train_alignment(folder: Path) -> dict[str, list[int]]:
    """The UD train alignment less any CDT sentence also aligned to a dev or test sentence."""
    held_out = {i for split in ("dev", "test") for ids in _aligned_cdt(folder, split).values()
                for i in ids}
    return {sent_id: ids for sent_id, ids in _aligned_cdt(folder, "train").items()
            if ids and not held_out.intersection(ids)}


def _read_cdt(folder: Path, wanted: set[int]) -> dict[int, list[list[str]]]:
    return {int(comments["cdt_index"]): rows
            for comments, rows in _read_blocks(folder / "ddt_cdt_all.conll")
            if int(comments.get("cdt_index", -1)) in wanted}


def read_cdt_train_lemmas(*, shared_dir: Path) -> dict[str, Counter[str]]:
    """Lemma counts per form from the original DDT (CDT) sentences of UD *train*.

    Only CDT sentences aligned to UD train sentences are used (never dev/test).

    Args:
        shared_dir: The shared data folder (``ddt-cdt-original/`` is used).

    Returns:
        ``{form: Counter({lemma: count})}`` (empty if the folder is missing).
    """
    folder = shared_dir / CDT_FOLDER
    counts: dict[str, Counter[str]] = {}
    if not (folder / "ddt_cdt_all.conll").exists():
        return counts
    wanted = {i for ids in _train_alignment(folder).values() for i in ids}
    for rows in _read_cdt(folder, wanted).values():
        for r in rows:
            counts.setdefault(r[1], Counter())[html.unescape(r[2])] += 1
    return counts


def _align_tokens(words: Sequence[str], rows: Sequence[list[str]]) -> list[list[str] | None]:
    """The CDT row of each UD token, where the token sequences agree (None elsewhere).

    UD split some DDT multiword units and fixed some typos: tokens in equal runs, and in
    replaced runs of the same length (a typo fix), are paired; the rest are left out.
    """
    matcher = difflib.SequenceMatcher(a=list(words), b=[r[1] for r in rows], autojunk=False)
    out: list[list[str] | None] = [None] * len(words)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            for k in range(i2 - i1):
                out[i1 + k] = rows[j1 + k]
    return out


def ud_lemma(form: str, upos: str, lemma: str, cdt_pos: str) -> str | None:
    """A CDT lemma in UD Danish-DDT's conventions, or None where it is not to be trusted.

    On the UD dev sentences the CDT lemma is UD's for 98.9% of the tokens; nearly all the rest
    are adverbs made from adjectives, which UD lemmatises as themselves (*helt* -> *helt*, CDT
    *hel*). With the two rules below the agreement is 99.86%.

    Args:
        form: The token.
        upos: Its UD UPOS.
        lemma: Its CDT lemma (HTML escapes decoded).
        cdt_pos: Its CDT (PAROLE) part of speech.

    Returns:
        The lemma; None for CDT's unknown-word tag ``XX`` with a lemma other than the form
        (mostly misspelt lemmas, *dyrenes* -> *dyrernes*).
    """
    if upos == "ADV" and cdt_pos == "AN":
        return form.lower()
    if cdt_pos == "XX" and lemma != form:
        return None
    if "_" in lemma and "_" not in form and "-" in form:
        # CDT joins the parts of a multiword first element with "_", UD with the form's "-"
        # (joint_venture-aftale -> joint-venture-aftale)
        dashed = lemma.replace("_", "-")
        first = dashed.rsplit("-", 1)[0]
        if form.lower().startswith(first.lower()):
            return dashed
    return lemma


def read_train_lemmas(*, shared_dir: Path) -> list[tuple[str, str, str]]:
    """(form, UPOS, lemma) for the tokens of the UD Danish-DDT train sentences.

    Forms and UD 2 UPOS come from DaNE train (:func:`load_dane_split`), lemmas from the
    aligned CDT sentences in UD's conventions (:func:`ud_lemma`).

    Args:
        shared_dir: The shared data folder.

    Returns:
        One triple per aligned token (about 79,000), in corpus order.
    """
    folder = shared_dir / CDT_FOLDER
    alignment = _train_alignment(folder)
    cdt = _read_cdt(folder, {i for ids in alignment.values() for i in ids})
    triples: list[tuple[str, str, str]] = []
    n_tokens = 0
    for sent in load_dane_split(shared_dir=shared_dir, split="train"):
        n_tokens += len(sent.words)
        rows = [row for i in alignment.get(sent.sent_id, []) for row in cdt[i]]
        for form, upos, row in zip(sent.words, sent.upos, _align_tokens(sent.words, rows),
                                   strict=True):
            if row is None:
                continue
            lemma = ud_lemma(form, upos, html.unescape(row[2]), row[3])
            if lemma is not None:
                triples.append((form, upos, lemma))
    logger.info("UD train lemmas: %d of %d tokens", len(triples), n_tokens)
    return triples


# -- the tables ---------------------------------------------------------------------------------


def spacy_lemma_table() -> dict[str, str]:
    """``spacy-lookups-data``'s Danish form -> lemma table."""
    import spacy_lookups_data

    data_file = Path(spacy_lookups_data.__file__).parent / "data" / "da_lemma_lookup.json.gz"
    with gzip.open(data_file, "rt", encoding="utf-8") as handle:
        table: dict[str, str] = json.load(handle)
    return table


def build_lemma_table(*, shared_dir: Path) -> dict[str, str]:
    """A form -> lemma table for spaCy's lookup lemmatizer (``lemma_lookup``).

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
    shared_dir = resolve_shared_dir(shared_dir)
    table = spacy_lemma_table()
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


def _most_frequent(counts: Counter[Any]) -> Any:
    """The most frequent key; ties go to the smallest, so the tables do not depend on order."""
    return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def _edit(form: str, lemma: str) -> tuple[int, str]:
    """(characters to drop from the end of ``form``, string to add) that make ``lemma``."""
    n = 0
    while n < min(len(form), len(lemma)) and form[n] == lemma[n]:
        n += 1
    return len(form) - n, lemma[n:]


def suffix_rules(triples: Iterable[tuple[str, str, str]], *,
                 max_suffix: int = MAX_SUFFIX) -> dict[str, list[Any]]:
    """The edit most training words with each ending take to their lemma, per UPOS.

    Counted over distinct (form, UPOS, lemma) in lower case, since an unseen word is more like
    the rare training words than like *er* or *har*. An ending whose edit is the one of the
    ending one letter shorter is left out: looking up the longest ending first gives the same.

    Args:
        triples: (form, UPOS, lemma).
        max_suffix: Longest ending.

    Returns:
        ``{"UPOS\\tending": [drop, add]}``; the empty ending holds each UPOS's default.
    """
    counts: dict[tuple[str, str], Counter[tuple[int, str]]] = defaultdict(Counter)
    for form, pos, lemma in {(f.lower(), p, lem.lower()) for f, p, lem in triples}:
        if pos not in RULE_POS:
            continue
        edit = _edit(form, lemma)
        for n in range(min(max_suffix, len(form)) + 1):
            counts[(pos, form[len(form) - n:])][edit] += 1
    best = {key: _most_frequent(c) for key, c in counts.items()}
    rules: dict[str, list[Any]] = {}
    for (pos, ending), edit in sorted(best.items()):
        if ending and best.get((pos, ending[1:])) == edit:
            continue
        rules[suffix_key(pos, ending)] = [edit[0], edit[1]]
    return rules


def choose_lookup_pos(triples: Sequence[tuple[str, str, str]], table: dict[str, str]) -> list[str]:
    """The parts of speech for which a POS-blind form table beats the bare form.

    Judged on the training words seen once (the nearest thing to unseen words): for each UPOS,
    does ``table`` give the right lemma more often than the lower-cased form does? It does for
    nouns, verbs and adjectives; for adverbs it gives the adjective (*strengt* -> *streng*).

    Args:
        triples: (form, UPOS, lemma) of the training tokens.
        table: spaCy's Danish table alone (not the one with the training lemmas in it).

    Returns:
        The parts of speech, sorted.
    """
    seen = Counter((form, pos) for form, pos, _ in triples)
    table_right: Counter[str] = Counter()
    form_right: Counter[str] = Counter()
    for form, pos, lemma in set(triples):
        if seen[(form, pos)] > 1 or pos not in RULE_POS:
            continue
        found = table.get(form) or table.get(form.lower())
        if found is None:
            continue
        table_right[pos] += found.lower() == lemma.lower()
        form_right[pos] += form.lower() == lemma.lower()
    return sorted(pos for pos in table_right if table_right[pos] > form_right[pos])


def build_lemma_tables(*, shared_dir: Path, max_suffix: int = MAX_SUFFIX) -> LemmaTables:
    """The tables of ``extract_lemmatizer`` from the UD train sentences and spaCy's table.

    Args:
        shared_dir: The shared data folder.
        max_suffix: Longest ending of the suffix rules.

    Returns:
        The tables: ``lookup`` is :func:`build_lemma_table`; ``by_pos`` the most frequent lemma
        of each (form, UPOS) of :func:`read_train_lemmas`; ``suffix`` its :func:`suffix_rules`.
    """
    shared_dir = resolve_shared_dir(shared_dir)
    triples = read_train_lemmas(shared_dir=shared_dir)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for form, pos, lemma in triples:
        counts[pos_key(pos, form)][lemma] += 1
    tables = LemmaTables(
        lookup=build_lemma_table(shared_dir=shared_dir),
        by_pos={key: _most_frequent(c) for key, c in sorted(counts.items())},
        suffix=suffix_rules(triples, max_suffix=max_suffix),
        lookup_pos=choose_lookup_pos(triples, spacy_lemma_table()),
        max_suffix=max_suffix,
    )
    logger.info("lemma tables: %d (form, UPOS), %d endings; form table asked for %s",
                len(tables.by_pos), len(tables.suffix), ", ".join(tables.lookup_pos))
    return tables


# -- installing ---------------------------------------------------------------------------------


def install_lemmatizer(*, model: Path, tables: LemmaTables) -> None:
    """Make a saved pipeline's ``lemmatizer`` the (form, UPOS) lemmatizer, in place.

    The component keeps its name and place; the other components are saved unchanged.

    Args:
        model: Pipeline folder with a ``lemmatizer`` after its ``morphologizer``.
        tables: From :func:`build_lemma_tables`.
    """
    import spacy

    from ..pipeline import register_components

    register_components()
    nlp = spacy.load(model)
    config = {"mode": MODE, "overwrite": False, "lookup_pos": list(tables.lookup_pos),
              "max_suffix": tables.max_suffix}
    lemmatizer = nlp.replace_pipe("lemmatizer", "extract_lemmatizer", config=config)
    lemmatizer.initialize(lookups=tables.to_lookups())
    nlp.meta.setdefault("labels", {})["lemmatizer"] = []
    nlp.to_disk(model)
    logger.info("installed extract_lemmatizer (%d + %d + %d entries) in %s",
                len(tables.lookup), len(tables.by_pos), len(tables.suffix), model)


def set_lemma_table(*, model: Path, table: dict[str, str]) -> None:
    """Replace the ``lemma_lookup`` table of a saved pipeline's ``lemmatizer``, in place.

    Works for spaCy's lookup lemmatizer and for ``extract_lemmatizer`` (its other tables stay).

    Args:
        model: Pipeline folder with a ``lemmatizer``.
        table: Form -> lemma.
    """
    import spacy
    from spacy.lookups import Table

    from ..pipeline import register_components

    register_components()
    nlp = spacy.load(model)
    lemmatizer = nlp.get_pipe("lemmatizer")
    lemmatizer.lookups.set_table("lemma_lookup", Table.from_dict(table, name="lemma_lookup"))
    nlp.to_disk(model)
    logger.info("set lemma table (%d entries) in %s", len(table), model)


_UD_PIPES = ("tok2vec", "morphologizer", "lemmatizer", "senter")
"""The components :func:`~extract.train.scoring.evaluate_ud` scores."""


def _main(argv: Sequence[str] | None = None) -> None:  # pragma: no cover - thin CLI
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m extract.train.lemmas",
        description="Build the (form, UPOS) lemmatizer from the UD Danish-DDT train sentences "
        "and put it in a saved pipeline in place of its lemmatizer.",
    )
    parser.add_argument("--install-to", type=Path, required=True,
                        help="pipeline folder to change in place (e.g. models/da_core)")
    parser.add_argument("--shared-dir", type=Path, default=None,
                        help="the shared data folder (default ../shared/data or "
                        "EXTRACT_SHARED_DIR)")
    parser.add_argument("--score", default="",
                        help="UD splits to score afterwards, e.g. dev or dev,test (choose on dev)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    shared_dir = resolve_shared_dir(args.shared_dir)
    install_lemmatizer(model=args.install_to, tables=build_lemma_tables(shared_dir=shared_dir))
    if args.score:
        import spacy
        from spacy.util import load_config

        from .corpora import read_conllu
        from .scoring import evaluate_ud

        # POS and lemmas need neither the NER models nor the rules
        names = load_config(args.install_to / "config.cfg")["nlp"]["pipeline"]
        nlp = spacy.load(args.install_to, exclude=[n for n in names if n not in _UD_PIPES])
        for split in args.score.split(","):
            sents = read_conllu(shared_dir / "ud-ddt" / f"da_ddt-ud-{split}.conllu")
            print(split, json.dumps(evaluate_ud(nlp, sents)))


if __name__ == "__main__":  # pragma: no cover
    _main()
