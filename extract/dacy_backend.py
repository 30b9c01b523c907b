"""Optional DaCy backend: ``extract run --model dacy:small`` uses a DaCy pipeline found locally.

Nothing is downloaded here. DaCy keeps models of version 0.1.0 and later as installed Python
packages (``da_dacy_small_trf``) and older ones in its cache folder (``DACY_CACHE_DIR``, default
``~/.dacy``, one sub-folder per model); both are looked for.
"""

from __future__ import annotations

import os
from pathlib import Path

import spacy
from spacy.language import Language

from .errors import ModelNotFoundError

PREFIX = "dacy:"
SIZES = ("small", "medium", "large")


def dacy_cache_dir() -> Path:
    return Path(os.environ.get("DACY_CACHE_DIR", Path.home() / ".dacy"))


def package_name(name: str) -> str:
    """``small`` -> ``da_dacy_small_trf``; a full name is kept (without a version suffix)."""
    if name in SIZES:
        return f"da_dacy_{name}_trf"
    return name.split("-")[0]


def find_dacy(name: str) -> str | Path:
    """Where a DaCy model is: an installed package name or a folder in the DaCy cache.

    Raises:
        ModelNotFoundError: it is in neither place; the message says how to get it.
    """
    package = package_name(name)
    if spacy.util.is_package(package):
        return package
    cache = dacy_cache_dir()
    candidates = [cache / name, cache / package, *sorted(cache.glob(f"{package}-*"), reverse=True)]
    for folder in candidates:
        if (folder / "config.cfg").exists():
            return folder
    raise ModelNotFoundError(
        f"DaCy model {name!r} not found locally (no package {package}, nothing in {cache}): "
        f"pip install 'danish-minutes-extract[dacy]' and run "
        f"python -c \"import dacy; dacy.load('{name}')\" once with network access"
    )


def load_dacy(name: str) -> Language:
    """Load a local DaCy model as the statistical base of the minutes pipeline."""
    return spacy.load(find_dacy(name))
