"""Danish CPR numbers (personal identity numbers): finding them and masking them.

A CPR number is ``DDMMYY-SSSS``, written with or without the dash. The six first digits are the
birth date; the first digit of ``SSSS`` says the century::

    7th digit   YY 00-36    YY 37-57    YY 58-99
    0-3         19xx        19xx        19xx
    4, 9        20xx        19xx        19xx
    5-8         20xx        20xx        18xx

A number counts as a CPR number when it is a real date under these rules (29 February only in
leap years). Replacement numbers (*erstatningspersonnumre*, day + 60) count too. The modulus-11
check is not required: numbers issued since 2007 need not pass it.

Masking replaces every digit of a CPR number with ``X`` ("XXXXXX-XXXX"), keeping the length so
character offsets in the tables stay right.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

CPR_LABEL = "CPR"
MASK_CHAR = "X"
# Hyphen, non-breaking hyphen, en dash: what word processors turn "-" into.
_DASHES = "-\u2011\u2013"
CPR_PATTERN = re.compile(
    rf"(?<!\d)(?P<day>\d\d)(?P<month>\d\d)(?P<year>\d\d)(?P<sep>[{_DASHES}]?)(?P<seq>\d{{4}})(?!\d)"
)
_TEN_DIGITS = re.compile(r"\d{6}[" + _DASHES + r"]?\d{4}")


@dataclass(frozen=True)
class CprMatch:
    """A CPR number found in a text."""

    start: int
    end: int
    text: str
    birth_date: dt.date

    @property
    def norm(self) -> str:
        """The number as ``DDMMYY-SSSS``."""
        digits = "".join(c for c in self.text if c.isdigit())
        return f"{digits[:6]}-{digits[6:]}"


def century(year: int, seventh_digit: int) -> int:
    """The century (1800, 1900 or 2000) of a two-digit birth year, from the 7th digit."""
    if seventh_digit <= 3:
        return 1900
    if seventh_digit in (4, 9):
        return 2000 if year <= 36 else 1900
    return 2000 if year <= 57 else 1800


def birth_date(digits: str) -> dt.date | None:
    """The birth date a 10-digit CPR number stands for, or None if it is not a valid one.

    Args:
        digits: ten digits, ``DDMMYYSSSS`` (a dash in the middle is allowed).
    """
    digits = digits.replace("-", "").replace("\u2011", "").replace("\u2013", "")
    if len(digits) != 10 or not digits.isdigit():
        return None
    day, month, year = int(digits[:2]), int(digits[2:4]), int(digits[4:6])
    if day > 60:  # replacement number
        day -= 60
    try:
        return dt.date(century(year, int(digits[6])) + year, month, day)
    except ValueError:
        return None


def is_cpr(text: str) -> bool:
    """Whether ``text`` is exactly one valid CPR number (with or without the dash)."""
    m = CPR_PATTERN.fullmatch(text.strip())
    return m is not None and birth_date(m.group(0)) is not None


def find_cprs(text: str) -> list[CprMatch]:
    """Every valid CPR number in ``text``, in order."""
    found = []
    for m in CPR_PATTERN.finditer(text):
        date = birth_date(m.group(0))
        if date is not None:
            found.append(CprMatch(m.start(), m.end(), m.group(0), date))
    return found


def _mask_match(m: re.Match[str]) -> str:
    if birth_date(m.group(0)) is None:
        return m.group(0)
    return re.sub(r"\d", MASK_CHAR, m.group(0))


def mask_cpr(text: str) -> str:
    """``text`` with the digits of every CPR number replaced by ``X`` (same length)."""
    if _TEN_DIGITS.search(text) is None:  # the common case, a cheap check first
        return text
    return CPR_PATTERN.sub(_mask_match, text)


def mask_value(value: Any) -> Any:
    """A table cell with CPR numbers masked: strings are masked, other values kept."""
    return mask_cpr(value) if isinstance(value, str) else value


def mask_rows(rows: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """Mask CPR numbers in every string cell of every table's rows (in place; also returned)."""
    for table_rows in rows.values():
        for row in table_rows:
            for key, value in row.items():
                if isinstance(value, str):
                    row[key] = mask_cpr(value)
    return rows


def mask_tables(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Copies of the tables from :func:`extract.to_tables` with CPR numbers masked.

    Every text column is masked, contract columns and extra ones alike.
    """
    out = {}
    for name, df in tables.items():
        df = df.copy()
        for col in _text_columns(df):
            df[col] = df[col].map(mask_value).astype(df[col].dtype)
        out[name] = df
    return out


def _text_columns(df: pd.DataFrame) -> Iterable[str]:
    import pandas as pd

    for col in df.columns:
        if pd.api.types.is_string_dtype(df[col]) or df[col].dtype == object:
            yield col
