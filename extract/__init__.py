"""Structured facts from Danish administrative minutes.

>>> import extract
>>> nlp = extract.load()
>>> doc = nlp("Borgmester Lene Holm deltog i mødet den 12. marts 2024.")
>>> tables = extract.to_tables([doc])
"""

from __future__ import annotations

from . import extensions  # noqa: F401  (the Doc and Span attributes the pipeline fills)
from .analysis import attendance_timeline, cooccurrence, persons, role_timeline
from .errors import ExtractError, GoldFormatError, InputError, ModelNotFoundError
from .evaluation import Evaluation, GoldDoc, GoldSpan, evaluate, evaluate_suite, read_gold
from .pipeline import build_pipeline, load
from .resolve import municipalities, organisations, resolve_people
from .tables import COLUMNS, municipality_table, to_tables
from .version import __version__  # noqa: F401  (extract.__version__)

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


def __getattr__(name: str):
    # Heavier modules load on first use so `import extract` stays quick.
    if name == "process_texts":
        from .batch.run import process_texts

        return process_texts
    raise AttributeError(name)
