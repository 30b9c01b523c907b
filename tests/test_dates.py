import datetime as dt

import pytest

from extract.rules.dates import find_dates, find_times, normalise_date, reference_date

REF = dt.date(2024, 8, 16)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("16-08-2024", "2024-08-16"),
        ("16.08.24", "2024-08-16"),
        ("Torsdag den 15. august 2024", "2024-08-15"),
        ("27. august 2025", "2025-08-27"),
        ("d. 30/3 1943", "1943-03-30"),
        ("den 1. oktober", "2024-10-01"),  # year from the document
        ("den 22. Maj", "2024-05-22"),  # historic capitalised month
        ("15-maj-2002", "2002-05-15"),
        ("2020-04-21", "2020-04-21"),
        ("08/10-2025", "2025-10-08"),
    ],
)
def test_dates_are_normalised(text: str, iso: str) -> None:
    found = find_dates(f"Mødet {text} blev holdt.", reference=REF)
    assert [(m.iso, f"Mødet {text} blev holdt."[m.start:m.end]) for m in found] == [(iso, text)]


def test_date_without_a_year_and_no_context_keeps_text_without_iso() -> None:
    (match,) = find_dates("Næste møde er den 1. oktober.", reference=None)
    assert match.iso == ""


def test_year_far_from_the_reference_month_is_not_guessed() -> None:
    # "15. januar" in August minutes could be this year or next: leave it open.
    (match,) = find_dates("senest den 15. januar", reference=REF)
    assert match.iso == ""


def test_impossible_dates_are_kept_without_iso() -> None:
    (match,) = find_dates("den 31. februar 2024", reference=REF)
    assert match.iso == ""


def test_fractions_times_and_case_numbers_are_not_dates() -> None:
    text = "i 1/2 time kl. 17.00, sag 27.00.00-P20-3-24 og 2023-027103"
    assert find_dates(text, reference=REF) == []


@pytest.mark.parametrize(
    ("text", "iso"),
    [("kl. 17.00-17.30", "17:00/17:30"), ("kl. 16:00", "16:00"), ("kl. 15.45", "15:45"),
     ("Kl. 18.30 - 21.00", "18:30/21:00"), ("kl. 17", "17:00")],
)
def test_times(text: str, iso: str) -> None:
    (match,) = find_times(f"Mødet {text}.")
    assert match.iso == iso


def test_reference_date_is_the_first_full_date() -> None:
    assert reference_date("Dato: 16-08-2024\nMøde den 1. oktober") == REF


def test_two_digit_year_takes_the_nearest_century() -> None:
    assert normalise_date("6", "2", "43", reference=dt.date(1943, 1, 1)) == "1943-02-06"
