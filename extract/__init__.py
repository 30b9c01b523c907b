"""Structured facts from Danish administrative minutes.

>>> import extract
>>> nlp = extract.load()
>>> doc = nlp("Borgmester Lene Holm deltog i mødet den 12. marts 2024.")
>>> tables = extract.to_tables([doc])
"""

from __future__ import annotations

from . import extensions  # noqa: F401
from .errors import ExtractError, GoldFormatError, InputError, ModelNotFoundError
from .pipeline import build_pipeline, load
from .tables import COLUMNS, municipality_table, to_tables

__all__ = [
    "COLUMNS",
    "ExtractError",
    "GoldFormatError",
    "InputError",
    "ModelNotFoundError",
    "build_pipeline",
    "evaluate",
    "load",
    "municipality_table",
    "process_texts",
    "to_tables",
]
__version__ = "0.1.0"


def __getattr__(name: str):
    # Heavier modules load on first use so `import extract` stays quick.
    if name == "evaluate":
        from .evaluate import evaluate

        return evaluate
    if name == "process_texts":
        from .run import process_texts

        return process_texts
    raise AttributeError(name)
