"""Small gazetteers the project wrote (facts from public reference lists).

``scripts/build_resources.py`` regenerates the CSV files from the shared reference lists.
Components read these only in ``initialize()``; a saved pipeline carries its own copy.
"""

from __future__ import annotations

import csv
from importlib import resources as _res


def _rows(name: str) -> list[dict[str, str]]:
    with _res.files(__name__).joinpath(name).open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def municipalities() -> list[dict[str, str]]:
    """The 98 municipalities: code, name, full_name, region_code, region, police_district,
    variants."""
    return _rows("municipalities.csv")


def regions() -> list[dict[str, str]]:
    return _rows("regions.csv")


def titles() -> list[dict[str, str]]:
    """Public-sector titles: title, definite, plural, category."""
    return _rows("titles.csv")


def occupations() -> list[dict[str, str]]:
    """Occupations written as titles in older minutes ("Gdr. Jens Hansen"): title, definite,
    plural, abbreviations (";"-separated)."""
    return _rows("occupations.csv")


def organisations() -> list[dict[str, str]]:
    return _rows("organisations.csv")


def places() -> list[str]:
    """Countries, regions and landscapes (LOC)."""
    return _lines("places.txt")


def _lines(name: str) -> list[str]:
    text = _res.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def first_names() -> list[str]:
    return _lines("first_names.txt")


def surnames() -> list[str]:
    """Common Danish surnames, municipality names left out ("Jensen", "Holm")."""
    return _lines("surnames.txt")
