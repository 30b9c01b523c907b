"""Building, saving and loading the minutes pipeline."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import spacy
from spacy.language import Language

from . import extensions  # noqa: F401
from .errors import ModelNotFoundError
from .paths import MODELS_DIR

log = logging.getLogger(__name__)

# Order matters: each component keeps what earlier ones tagged unless its rule is the authority
# for that label (dates and times, roles, municipalities over a model's LOC).
RULE_COMPONENTS = (
    "extract_dates",
    "extract_identifiers",
    "extract_cpr",  # the digits of a CPR number are never a date or a case number
    "extract_roles",
    "extract_organisations",
    "extract_places",
    "extract_municipalities",
    "extract_people",
    "extract_structure",
    "extract_decisions",  # reads the agenda items extract_structure found
    "extract_actions",  # reads the sections and agenda items extract_structure found
)
RULES_MODEL = "da_minutes_rules"
STATISTICAL_MODEL = "da_core"
# The default is the trained model with the rules on top: on minutes it scores at least as well as
# the rules alone and adds places, organisations, POS, lemmas and sentences; the rule pipeline
# (RULES_MODEL) is about ten times faster (models/da_core/README.md).
DEFAULT_MODEL = STATISTICAL_MODEL
# Components of a statistical pipeline that set doc.ents; extract_labels goes after the last.
STATISTICAL_NER = ("ner", "ner_ensemble")


def _register() -> None:
    # Importing the modules registers the factories (entry points do the same for spacy.load).
    from .components import (  # noqa: F401
        actions,
        cpr,
        dates,
        decisions,
        identifiers,
        labels,
        municipalities,
        ner_ensemble,
        organisations,
        people,
        places,
        roles,
        structure,
    )


def build_pipeline(base: Language | str | Path | None = None) -> Language:
    """The minutes pipeline: ``base`` (a statistical pipeline, or blank Danish) plus the rules.

    Args:
        base: a loaded pipeline, a path to one, or None for ``spacy.blank("da")``.

    Returns:
        An initialised pipeline; its rule components carry their own gazetteers.
    """
    _register()
    if base is None:
        nlp = spacy.blank("da")
    elif isinstance(base, Language):
        nlp = base
    else:
        nlp = _load_base(base)
    statistical_ner = [name for name in STATISTICAL_NER if name in nlp.pipe_names]
    if statistical_ner and "extract_labels" not in nlp.pipe_names:
        nlp.add_pipe("extract_labels", after=statistical_ner[-1])
    for name in RULE_COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    for name in RULE_COMPONENTS:
        component = nlp.get_pipe(name)
        if hasattr(component, "initialize"):
            component.initialize(lambda: [], nlp=nlp)
    nlp.meta["name"] = "minutes_rules" if base is None else "minutes"
    nlp.meta["lang"] = "da"
    return nlp


def _load_base(name: str | Path) -> Language:
    if str(name).startswith("dacy:"):
        from .dacy_backend import load_dacy

        return load_dacy(str(name)[len("dacy:"):])
    return spacy.load(name)


def default_model_path() -> Path | None:
    """The pipeline ``load()`` uses: ``EXTRACT_MODEL``, else the best one in ``models/``."""
    env = os.environ.get("EXTRACT_MODEL")
    if env:
        return Path(env)
    for name in (DEFAULT_MODEL, RULES_MODEL):
        if (MODELS_DIR / name / "config.cfg").exists():
            return MODELS_DIR / name
    return None


def load(name: str | Path | None = None, *, rules: bool = True) -> Language:
    """Load the minutes pipeline.

    Args:
        name: a pipeline folder, the name of one shipped in ``models/`` (``da_core``,
            ``da_minutes_rules``), ``dacy:<name>`` for a locally installed DaCy model plus the
            rules, or None for the default: the ``EXTRACT_MODEL`` folder, else
            ``models/da_core`` with the rules, else the rule pipeline built in memory.
        rules: add the rule components to a statistical pipeline that lacks them (the
            default); False loads the pipeline exactly as saved, e.g. to score
            ``models/da_core`` alone on DaNE.

    Raises:
        ModelNotFoundError: the named folder holds no spaCy pipeline.
    """
    _register()
    if name is not None and str(name).startswith("dacy:"):
        # A DaCy model supplies the statistical part; the rules are added on top.
        return build_pipeline(name) if rules else _load_base(name)
    path = Path(name) if name is not None else default_model_path()
    if path is not None and not path.exists() and len(path.parts) == 1 \
            and (MODELS_DIR / path).exists():
        path = MODELS_DIR / path  # a shipped model by name: "da_minutes_rules", "da_core"
    if path is None:
        log.info("no saved pipeline found; building the rule pipeline in memory")
        return build_pipeline()
    if not (path / "config.cfg").exists():
        raise ModelNotFoundError(
            f"no spaCy pipeline at {path}: pass a folder made by `extract build-model` "
            f"or `spacy.load` (it must hold config.cfg)"
        )
    nlp = spacy.load(path)
    if rules and not any(name in nlp.pipe_names for name in RULE_COMPONENTS):
        # A statistical pipeline alone (models/da_core, a spaCy model): add the rules on top.
        nlp = build_pipeline(nlp)
    return nlp
