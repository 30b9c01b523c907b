"""E-mail addresses, case / journal / document numbers and CPR numbers (plain regexes)."""

from __future__ import annotations

import re

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,}(?![\w])")

# The label in front of a number says what kind of reference it is.
CASE_LABELS: dict[str, str] = {
    r"j\.\s?nr\.?": "journal_no",
    r"journal\s?nr\.?": "journal_no",
    r"journalnummer": "journal_no",
    r"sags?\.?\s?nr\.?": "case_no",
    r"sagsnummer": "case_no",
    r"acadre\s+sagsnr\.?": "case_no",
    r"dok\.?\s?nr\.?": "doc_no",
    r"dokumentnr\.?": "doc_no",
    r"dokumentnummer": "doc_no",
}
_LABEL = "|".join(f"(?P<k{i}>{p})" for i, p in enumerate(CASE_LABELS))
LABELLED_NUMBER = re.compile(
    r"(?<![\w])(?:" + _LABEL + r")\s*:?\s*(?P<value>[A-ZÆØÅ0-9][A-ZÆØÅa-zæøå0-9./-]*\d[A-ZÆØÅ]?)"
    r"(?![\w])",
    re.IGNORECASE,
)
# Case numbers recognisable on their own: EMN-2025-010561 (eDoc), 27.00.00-P20-3-24 (KLE + facet).
STANDALONE_NUMBER = re.compile(
    r"(?<![\w-])(?:[A-Z]{2,5}-\d{4}-\d{3,}|\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d+-\d{2})(?![\w-])"
)


def find_emails(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in EMAIL.finditer(text)]


def find_case_numbers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each case/journal/document number; kind as in CASE_LABELS."""
    found: dict[tuple[int, int], str] = {}
    for m in LABELLED_NUMBER.finditer(text):
        kind = next(CASE_LABELS[p] for i, p in enumerate(CASE_LABELS) if m.group(f"k{i}"))
        found[m.span("value")] = kind
    for m in STANDALONE_NUMBER.finditer(text):
        if not any(s <= m.start() < e for s, e in found):
            found[m.span()] = "case_no"
    return sorted((s, e, k) for (s, e), k in found.items())
