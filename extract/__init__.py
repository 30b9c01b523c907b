"""Structured facts from Danish administrative minutes.

>>> import extract
>>> nlp = extract.load()
>>> doc = nlp("Borgmester Lene Holm deltog i mødet den 12. marts 2024.")
>>> tables = extract.to_tables([doc])
"""

from __future__ import annotations

from . import (
    actions,  # noqa: E402,F401  (registers the actions table and its scorer)
    decisions,  # noqa: E402,F401  (registers the decisions and positions tables)
    extensions,  # noqa: F401
)
from .corpus import attendance_timeline, cooccurrence, persons, role_timeline  # noqa: E402
from .errors import ExtractError, GoldFormatError, InputError, ModelNotFoundError

# Imported eagerly (it needs nothing heavier than the tables do): a lazy `evaluate` would be
# shadowed by the `extract.evaluate` submodule as soon as anything imports that module.
from .evaluate import Evaluation, evaluate, evaluate_suite
from .gold import GoldDoc, GoldSpan, read_gold
from .pipeline import build_pipeline, load
from .resolve import municipalities, organisations, resolve_people  # noqa: E402
from .tables import COLUMNS, municipality_table, to_tables

__all__ = [
    "COLUMNS",
    "Evaluation",
    "attendance_timeline",
    "cooccurrence",
    "ExtractError",
    "GoldDoc",
    "GoldFormatError",
    "GoldSpan",
    "InputError",
    "ModelNotFoundError",
    "build_pipeline",
    "evaluate",
    "evaluate_suite",
    "load",
    "municipalities",
    "municipality_table",
    "organisations",
    "persons",
    "process_texts",
    "read_gold",
    "resolve_people",
    "role_timeline",
    "to_tables",
]
__version__ = "0.1.0"


def __getattr__(name: str):
    # Heavier modules load on first use so `import extract` stays quick.
    if name == "process_texts":
        from .run import process_texts

        return process_texts
    raise AttributeError(name)
