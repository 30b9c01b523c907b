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

Modules: :mod:`.corpora` (reading the shared data), :mod:`.docbins` (training files),
:mod:`.augment` (mention replacement, extra NER training sentences),
:mod:`.lemmas` (the lemma table), :mod:`.vectors` (static vectors with gazetteer dims),
:mod:`.recipe` (training and installing), :mod:`.scoring` (DaNE/UD scores and speed).
Run ``python -m extract.train --help`` for the recipe on the command line.
"""

from __future__ import annotations

from .augment import load_mention_swap, mention_replacement
from .corpora import (
    DANPLUS_WEB_FILES,
    DEFAULT_SHARED_DIR,
    NER_LABELS,
    REPO_ROOT,
    SHARED_DIR_ENV,
    SPLITS,
    Sentence,
    apply_ud2_upos_rules,
    danplus_label,
    load_dane_split,
    load_danplus_web,
    read_conllu,
    read_dane_tsv,
    read_uner_iob2,
    recover_spaces,
    resolve_shared_dir,
)
from .docbins import (
    EXTRA_TRAIN_DATA,
    convert_dane,
    sentences_to_docs,
)
from .lemmas import (
    build_lemma_table,
    read_cdt_train_lemmas,
    set_lemma_table,
)
from .recipe import (
    MEMBERS_MANIFEST,
    MODEL_META,
    install_model,
    parse_overrides,
    pretrain_core,
    train_core,
    train_ensemble,
    write_raw_text_corpus,
)
from .scoring import (
    evaluate_core,
    evaluate_ner,
    evaluate_ud,
    format_scores,
    measure_speed,
    span_scores,
)
from .vectors import (
    build_vectors,
    load_gazetteers,
)

__all__ = [
    "DANPLUS_WEB_FILES",
    "DEFAULT_SHARED_DIR",
    "EXTRA_TRAIN_DATA",
    "MEMBERS_MANIFEST",
    "MODEL_META",
    "NER_LABELS",
    "REPO_ROOT",
    "SHARED_DIR_ENV",
    "SPLITS",
    "Sentence",
    "apply_ud2_upos_rules",
    "build_lemma_table",
    "build_vectors",
    "convert_dane",
    "danplus_label",
    "evaluate_core",
    "evaluate_ner",
    "evaluate_ud",
    "format_scores",
    "install_model",
    "load_dane_split",
    "load_danplus_web",
    "load_gazetteers",
    "load_mention_swap",
    "measure_speed",
    "mention_replacement",
    "parse_overrides",
    "pretrain_core",
    "read_cdt_train_lemmas",
    "read_conllu",
    "read_dane_tsv",
    "read_uner_iob2",
    "recover_spaces",
    "resolve_shared_dir",
    "sentences_to_docs",
    "set_lemma_table",
    "span_scores",
    "train_core",
    "train_ensemble",
    "write_raw_text_corpus",
]
