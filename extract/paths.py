"""Where things are: the repository, the shipped models and the shared material folder.

Defined once here, so every module agrees: the shared folder is ``$EXTRACT_SHARED_DIR`` when set,
else ``../shared`` beside the repository.
"""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
"""The repository root (the folder holding ``extract/``)."""

MODELS_DIR = REPO_ROOT / "models"
CONFIGS_DIR = REPO_ROOT / "configs"
GOLD_DIR = REPO_ROOT / "corpus" / "gold"

SHARED_DIR_ENV = "EXTRACT_SHARED_DIR"
"""Environment variable that moves the shared material folder."""

DEFAULT_SHARED_DIR = REPO_ROOT.parent / "shared"


def shared_dir() -> Path:
    """The shared material folder: ``$EXTRACT_SHARED_DIR``, else ``../shared`` beside the repo."""
    return Path(os.environ.get(SHARED_DIR_ENV) or DEFAULT_SHARED_DIR)


def resolve_shared_data_dir(folder: Path | str | None = None) -> Path:
    """The shared *data* folder (the one holding ``dane/``, ``ud-ddt/`` ...).

    Precedence: the explicit argument, then ``$EXTRACT_SHARED_DIR``, then ``../shared``. Both the
    shared folder itself and its ``data`` subfolder are accepted.

    Raises:
        FileNotFoundError: no candidate holds a ``dane`` folder.
    """
    base = Path(folder) if folder is not None else shared_dir()
    for candidate in (base, base / "data"):
        if (candidate / "dane").is_dir():
            return candidate.resolve()
    raise FileNotFoundError(
        f"no shared data folder with a 'dane/' subfolder at {base} "
        f"(set {SHARED_DIR_ENV} or pass shared_dir)"
    )
