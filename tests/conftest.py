"""Shared fixtures: the pipeline (loaded once per session) and the shared material folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from extract.paths import shared_dir
from extract.pipeline import (
    MODELS_DIR,
    RULES_MODEL,
    STATISTICAL_MODEL,
    build_pipeline,
    default_model_path,
)

ROOT = Path(__file__).resolve().parents[1]


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("PYTHONHASHSEED", "0")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``slow`` (the fresh-clone install, which runs the whole suite a second
    time) run only when asked for: ``EXTRACT_SLOW=1`` or ``-m slow``. CI stays within its
    30 minutes; run them before a release."""
    if os.environ.get("EXTRACT_SLOW") == "1" or "slow" in (config.getoption("-m") or ""):
        return
    skip = pytest.mark.skip(reason="slow: set EXTRACT_SLOW=1 (or -m slow) to run it")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def nlp():
    """The default pipeline as users get it from ``extract.load()``."""
    import extract

    return extract.load()


@pytest.fixture(scope="session")
def core_nlp(nlp):
    """The trained pipeline models/da_core with the rules on top (the default, loaded once)."""
    import extract

    if default_model_path() == MODELS_DIR / STATISTICAL_MODEL:
        return nlp
    return extract.load(MODELS_DIR / STATISTICAL_MODEL)


@pytest.fixture(scope="session")
def rules_model_nlp():
    """The saved rule pipeline models/da_minutes_rules: the fast choice, no statistical model."""
    import extract

    return extract.load(RULES_MODEL)


@pytest.fixture(scope="session")
def rules_nlp():
    """The rule pipeline built in memory (no saved model involved)."""
    return build_pipeline()


@pytest.fixture(scope="session")
def rules_model_path() -> Path:
    return MODELS_DIR / RULES_MODEL


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared material folder; skips (or fails under EXTRACT_REQUIRE_SHARED=1) if absent."""
    path = shared_dir()
    if not (path / "corpus").is_dir():
        message = f"shared material not found at {path} (set EXTRACT_SHARED_DIR)"
        if os.environ.get("EXTRACT_REQUIRE_SHARED") == "1":
            pytest.fail(message + " and EXTRACT_REQUIRE_SHARED=1")
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT
