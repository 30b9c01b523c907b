"""Local static vectors: SVD of PPMI co-occurrences plus name and place gazetteer dims."""

from __future__ import annotations

import csv
import logging
import math
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from .corpora import REPO_ROOT, read_uner_iob2, resolve_shared_dir

logger = logging.getLogger(__name__)


_TOKEN_RE = re.compile(r"\w+(?:[-'.]\w+)*|[^\w\s]", re.UNICODE)


def _iter_raw_sentences(
    shared_dir: Path, extra_texts: Iterable[Path] = ()
) -> Iterable[list[str]]:
    """Unlabelled Danish token lists: DDT train text and raw-da (no dev/test text), then the
    lines of ``extra_texts`` (any document the project's readers read, e.g. minutes)."""
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
    if extra_texts:
        from ..readers import read_file

        for path in extra_texts:
            for line in read_file(path).text.splitlines():
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
    extra_texts: Iterable[Path] = (),
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
        extra_texts: More unlabelled documents for the embeddings (in-domain minutes: the
            Greve meetings of 2022-2023, ``scripts/train_greve_vectors.py``).

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

        sents = [[t.lower() for t in s] for s in _iter_raw_sentences(shared_dir, extra_texts)]
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
