"""Reading the shared Danish data into :class:`Sentence` records.

DaNE, the original whitespace from UNER, UD Danish-DDT, DaN+ and the original DDT (CDT).
"""

from __future__ import annotations

import csv
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

# Re-exported: the training modules and `extract.train` take these from here.
from ..paths import DEFAULT_SHARED_DIR, REPO_ROOT, SHARED_DIR_ENV  # noqa: F401
from ..paths import resolve_shared_data_dir as resolve_shared_dir  # noqa: F401

logger = logging.getLogger(__name__)


NER_LABELS = ("PER", "ORG", "LOC", "MISC")
"""DaNE entity labels."""

SPLITS = ("train", "dev", "test")


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
