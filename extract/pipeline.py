"""Building, saving and loading the minutes pipeline."""

from __future__ import annotations

import logging
import os
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language
from thinc.api import Config

from . import extensions  # noqa: F401
from .errors import ModelNotFoundError
from .paths import MODELS_DIR

log = logging.getLogger(__name__)

PIPELINE_CONFIG = "pipeline.cfg"  # in extract/resources: the rule components, in order
LABELS_COMPONENT = "extract_labels"  # goes right after a statistical NER, only where there is one
RULES_MODEL = "da_minutes_rules"
STATISTICAL_MODEL = "da_core"
# The default is the trained model with the rules on top: on minutes it scores at least as well as
# the rules alone and adds places, organisations, POS, lemmas and sentences; the rule pipeline
# (RULES_MODEL) is about ten times faster (models/da_core/README.md).
DEFAULT_MODEL = STATISTICAL_MODEL
ENSEMBLE_COMPONENT = "ner_ensemble"
# Shipped names that load a shipped folder with components it keeps disabled switched on: the
# seven-model NER vote of models/da_core (issue 18: the default runs its one fast NER).
SHIPPED_VARIANTS = {f"{STATISTICAL_MODEL}_ensemble": (STATISTICAL_MODEL, (ENSEMBLE_COMPONENT,))}
# Components of a statistical pipeline that set doc.ents; extract_labels goes after the last.
STATISTICAL_NER = ("ner", ENSEMBLE_COMPONENT)


def pipeline_config() -> Config:
    """The stated minutes pipeline (``extract/resources/pipeline.cfg``): names and settings."""
    text = resources.files("extract.resources").joinpath(PIPELINE_CONFIG).read_text("utf-8")
    return Config().from_str(text)


def _components() -> list[tuple[str, dict]]:
    config = pipeline_config()
    return [(name, dict(config["components"][name])) for name in config["nlp"]["pipeline"]]


RULE_COMPONENTS = tuple(name for name, _ in _components() if name != LABELS_COMPONENT)
"""The rule components after the statistical part, in pipeline order."""


def register_components() -> None:
    """Register the package's spaCy factories in this process.

    Entry points do this for ``spacy.load`` of an installed package; importing the modules does
    it where the entry points are not installed (a source checkout on ``sys.path``, a worker).
    """
    from .components import (  # noqa: F401
        actions,
        cpr,
        dates,
        decisions,
        identifiers,
        labels,
        lemmatizer,
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
    register_components()
    if base is None:
        nlp = spacy.blank("da")
    elif isinstance(base, Language):
        nlp = base
    else:
        nlp = _load_base(base)
    # Disabled components count: the labels go after the vote even where it is switched off.
    statistical_ner = [name for name in STATISTICAL_NER if name in nlp.component_names]
    for name, settings in _components():
        if name in nlp.component_names:
            continue
        factory = settings.pop("factory")
        if name == LABELS_COMPONENT:
            if statistical_ner:
                nlp.add_pipe(factory, name=name, config=settings, after=statistical_ner[-1])
            continue
        nlp.add_pipe(factory, name=name, config=settings)
    for name in RULE_COMPONENTS:
        component = nlp.get_pipe(name)
        if hasattr(component, "initialize"):
            component.initialize(lambda: [], nlp=nlp)
    if base is None:
        nlp.meta["name"] = "minutes_rules"
    nlp.meta["lang"] = "da"
    return nlp


def _load_base(name: str | Path) -> Language:
    if str(name).startswith("dacy:"):
        from .dacy_backend import load_dacy

        return load_dacy(str(name)[len("dacy:"):])
    # A saved minutes pipeline's own rules are left out: they are built afresh from the config.
    return spacy.load(name, exclude=[LABELS_COMPONENT, *RULE_COMPONENTS])


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
            ``da_minutes_rules``; ``da_core_ensemble`` is ``da_core`` with its seven-model NER
            vote switched on), ``dacy:<name>`` for a locally installed DaCy model plus the
            rules, or None for the default: the ``EXTRACT_MODEL`` folder, else
            ``models/da_core`` with the rules, else the rule pipeline built in memory.
        rules: True (the default) gives the minutes pipeline: a saved one as it is (the
            shipped models hold the rules, see ``extract/resources/pipeline.cfg``), a
            statistical pipeline that lacks the rules with them added; False leaves the rule
            components out, e.g. to score the statistical part of ``models/da_core`` alone on
            DaNE.

    Raises:
        ModelNotFoundError: the named folder holds no spaCy pipeline.
    """
    register_components()
    if name is not None and str(name).startswith("dacy:"):
        # A DaCy model supplies the statistical part; the rules are added on top.
        return build_pipeline(name) if rules else _load_base(name)
    enable: tuple[str, ...] = ()
    if name is not None and str(name) in SHIPPED_VARIANTS and not Path(name).exists():
        name, enable = SHIPPED_VARIANTS[str(name)]
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
    # Components the folder keeps disabled are not loaded at all (the vote's six models), unless
    # asked for by a shipped name.
    skipped = [c for c in _disabled(path) if c not in enable]
    if not rules:
        nlp = spacy.load(path, exclude=[LABELS_COMPONENT, *RULE_COMPONENTS, *skipped])
    else:
        nlp = spacy.load(path, exclude=skipped)
    for component in enable:
        if component in nlp.disabled:
            nlp.enable_pipe(component)
    if not rules:
        return nlp
    if not any(name in nlp.pipe_names for name in RULE_COMPONENTS):
        # A statistical pipeline alone (a spaCy model, a model trained here): add the rules.
        nlp = build_pipeline(nlp)
    return nlp


def _disabled(path: Path) -> list[str]:
    """The components a saved pipeline's config disables."""
    config = Config().from_disk(path / "config.cfg", interpolate=False)
    return list(config["nlp"].get("disabled", []))
