"""Entity resolution across a corpus: one ``person_id`` per real person, canonical bodies and
municipalities with their region.

Everything here works on the DataFrames of :func:`extract.to_tables`, so it runs the same on a
handful of sample minutes and on years of minute books, split into meetings or not.

- :mod:`extract.resolve.names`: a written name taken apart (:func:`parse_name`) and whether two
  forms can name one person (:func:`compatible`).
- :mod:`extract.resolve.people`: person mentions clustered into people (:func:`resolve_people`).
- :mod:`extract.resolve.organisations`: organisations, bodies and municipalities.

Scoring the resolution against gold clusters is in :mod:`extract.evaluation.resolution`.
"""

from __future__ import annotations

from .names import NameForm, compatible, parse_name
from .organisations import canonical_organisation, municipalities, organisations
from .people import MENTION_COLUMNS, resolve_people, series_of

__all__ = [
    "MENTION_COLUMNS",
    "NameForm",
    "canonical_organisation",
    "compatible",
    "municipalities",
    "organisations",
    "parse_name",
    "resolve_people",
    "series_of",
]
