"""CPR numbers: recognised by their date and century rules, and masked in every output."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

import extract
from extract.cli import main
from extract.rules.cpr import birth_date, find_cprs, is_cpr, mask_cpr, mask_tables

# Real-looking numbers (not real people): each is a valid date under the century rules.
CPRS = {
    "010203-1234": dt.date(1903, 2, 1),  # 7th digit 1: 1900s
    "2902004234": dt.date(2000, 2, 29),  # 7th digit 4, year 00: 2000, a leap year
    "150537-4321": dt.date(1937, 5, 15),  # 7th digit 4, year 37: back to the 1900s
    "311257-5123": dt.date(2057, 12, 31),  # 7th digit 5, year <= 57: 2000s
    "010158-6123": dt.date(1858, 1, 1),  # 7th digit 6, year >= 58: 1800s
    "290296-9123": dt.date(1996, 2, 29),  # 7th digit 9, year 96: 1900s
    "6103951234": dt.date(1995, 3, 1),  # replacement number: day + 60
}
NOT_CPRS = [
    "2902001234",  # 29 Feb 1900: not a leap year
    "320124-1234",  # day 32
    "310424-1234",  # 31 April
    "011324-1234",  # month 13
    "12345678901",  # eleven digits
    "010203-12345",  # too many digits after the dash
]


@pytest.mark.parametrize("number, born", CPRS.items())
def test_valid_numbers_and_their_birth_dates(number: str, born: dt.date) -> None:
    assert is_cpr(number)
    assert birth_date(number) == born


@pytest.mark.parametrize("number", NOT_CPRS)
def test_numbers_that_are_no_cpr_number(number: str) -> None:
    assert not is_cpr(number)
    assert mask_cpr(f"nr. {number}") == f"nr. {number}"


def test_hard_negatives_in_minutes_are_left_alone() -> None:
    text = ("Sagsnr. EMN-2025-010561, KLE 27.24.00-P35-2-24, tlf. 86 12 34 56, mødet 12-03-2024 "
            "kl. 17.00, CVR 12345678, konto 1234-0012345678")
    assert find_cprs(text) == []
    assert mask_cpr(text) == text


def test_masking_keeps_length_and_dash() -> None:
    text = "CPR-nr. 010203-1234 og 2902004234, ikke 2902001234."
    assert mask_cpr(text) == "CPR-nr. XXXXXX-XXXX og XXXXXXXXXX, ikke 2902001234."
    assert [m.norm for m in find_cprs(text)] == ["010203-1234", "290200-4234"]


def test_pipeline_tags_cpr_over_case_numbers_and_dates(rules_nlp) -> None:
    doc = rules_nlp("Ansøger: Jens Hansen, CPR 010203-1234.\nJ.nr. 150537-4321\n"
                    "Mødet den 12. marts 2024. Tlf. 86 12 34 56.")
    cpr = [(e.text, e._.norm) for e in doc.ents if e.label_ == "CPR"]
    assert cpr == [("010203-1234", "010203-1234"), ("150537-4321", "150537-4321")]
    assert any(e.label_ == "DATE" and e.text.endswith("2024") for e in doc.ents)


def test_mask_tables_masks_every_text_column(rules_nlp) -> None:
    doc = rules_nlp("Referat\n\nDagsorden:\n1. Klage fra borger 010203-1234\n")
    tables = mask_tables(extract.to_tables([doc]))
    text = "".join(df.astype(str).to_csv() for df in tables.values())
    assert "010203" not in text and "XXXXXX-XXXX" in text


MINUTES = ("Referat\n\nDato: 12-03-2024\nJ.nr. 010203-1234\n\nKOMMUNALBESTYRELSEN I ODDER\n\n"
           "Tirsdag den 12. marts 2024, kl. 17.00-19.30, Byrådssalen\n\n"
           "Dagsorden:\n1. Klage fra borger, cpr 150537-4321\n2. Eventuelt\n\n"
           "Til stede:\nBorgmester Lene Holm (bisidder for 2902004234)\n\nAfbud:\nKarin Berg\n")
# The CPR numbers as written in the inputs below (text, file names, archive member names).
WRITTEN = ("010203-1234", "150537-4321", "2902004234", "311257-5123", "0102031234")


def _all_text_in(out: Path) -> str:
    """Everything a user could read from the output folder, decoded: CSV and other files as
    text, every Parquet cell, and every value in every table of the DuckDB database."""
    chunks = []
    for path in sorted(out.rglob("*")):
        if not path.is_file():
            continue
        if path.suffix == ".parquet":
            chunks.append(pq.read_table(path).to_pandas().astype(str).to_csv())
        elif path.name.startswith("extract.duckdb"):
            continue
        else:
            chunks.append(path.read_bytes().decode("utf-8", "replace"))
    con = duckdb.connect(str(out / "extract.duckdb"), read_only=True)
    try:
        tables = con.execute("SELECT table_schema, table_name FROM information_schema.tables"
                             ).fetchall()
        for schema, table in tables:
            chunks.append(con.sql(f'SELECT * FROM "{schema}"."{table}"').df().astype(str)
                          .to_csv())
    finally:
        con.close()
    raw = (out / "extract.duckdb").read_bytes().decode("latin-1")
    return "\n".join(chunks) + raw


@pytest.fixture()
def cpr_inputs(tmp_path: Path) -> Path:
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "odder.txt").write_text(MINUTES, encoding="utf-8")
    # A CPR number in a file name, in an archive member, and in an unreadable file's name.
    (inp / "klage 311257-5123.txt").write_text("Klage\n\nBorger 311257-5123 klager.\n",
                                               encoding="utf-8")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("sager/2902004234.txt", "Sag om borger 2902004234\n")
    (inp / "sager.zip").write_bytes(buf.getvalue())
    (inp / "0102031234.txt").write_bytes(b"\x00\x00binary")
    return inp


def test_no_cpr_digits_reach_any_output_file(cpr_inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["run", str(cpr_inputs), "--out", str(out), "-q"]) == 0
    everything = _all_text_in(out)
    for number in WRITTEN:
        assert number not in everything and number[:6] not in everything
    mentions = pd.read_parquet(out / "mentions.parquet")
    cpr = mentions[mentions.label == "CPR"]
    assert sorted(cpr.text) == sorted(["XXXXXX-XXXX", "XXXXXX-XXXX", "XXXXXXXXXX",
                                       "XXXXXX-XXXX", "XXXXXXXXXX"])
    errors = pd.read_parquet(out / "errors.parquet")
    assert errors.source.str.endswith("XXXXXXXXXX.txt").tolist() == [True]


def test_keep_cpr_writes_them_as_they_are(cpr_inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["run", str(cpr_inputs), "--out", str(out), "-q", "--keep-cpr"]) == 0
    everything = _all_text_in(out)
    assert [n for n in WRITTEN if n not in everything] == []  # the check above can fail
    mentions = pd.read_parquet(out / "mentions.parquet")
    assert "150537-4321" in mentions[mentions.label == "CPR"].norm.tolist()
