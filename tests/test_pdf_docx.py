"""PDF and Word versions of the sample minutes, made at test time, give the same tables as the
text, and every mention in a PDF is traced to the page it is printed on."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import extract
from extract.batch.run import process_texts
from extract.readers import read_file

fpdf = pytest.importorskip("fpdf", reason="fpdf2 (in the test extra) makes the PDFs")
docx = pytest.importorskip("docx", reason="python-docx makes the Word files")
pdfium = pytest.importorskip("pypdfium2")

SAMPLES = sorted((Path(__file__).resolve().parents[1] / "corpus" / "samples").glob("*.txt"))
# Offsets differ between formats only where whitespace does; the facts must not.
COMPARED = {
    "meetings": ["meeting_id", "body", "date", "start_time", "end_time", "location"],
    "attendance": ["meeting_id", "person", "role", "status", "note", "organisation",
                   "municipality"],
    "agenda_items": ["meeting_id", "item_no", "title", "case_no"],
    "decisions": ["meeting_id", "item_no", "outcome", "text"],
    "positions": ["meeting_id", "item_no", "actor", "position"],
    "mentions": ["meeting_id", "text", "label", "norm"],
    "people": ["meeting_id", "person", "role", "organisation", "municipality"],
    "documents": ["doc_id", "title", "doc_date", "journal_no", "doc_no", "unit", "email"],
}


def write_pdf(text: str, path: Path) -> Path:
    """The text typeset on A4 as a word processor would: wrapped lines, automatic page breaks."""
    pdf = fpdf.FPDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"  # Helvetica then holds æ ø å – “ ” …
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in text.rstrip("\n").split("\n"):
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.output(str(path))
    return path


def write_docx(text: str, path: Path) -> Path:
    document = docx.Document()
    for line in text.rstrip("\n").split("\n"):
        document.add_paragraph(line)
    document.save(str(path))
    return path


def tables(nlp, path: Path) -> dict[str, pd.DataFrame]:
    return extract.to_tables(process_texts([read_file(path)], nlp=nlp))


def same(a: dict[str, pd.DataFrame], b: dict[str, pd.DataFrame], name: str) -> list[list[str]]:
    cols = COMPARED[name]
    return [a[name][cols].astype(str).values.tolist(), b[name][cols].astype(str).values.tolist()]


@pytest.fixture(scope="module")
def converted(tmp_path_factory, nlp) -> list[tuple[str, dict, dict, dict, Path]]:
    folder = tmp_path_factory.mktemp("formats")
    out = []
    for sample in SAMPLES:
        text = sample.read_text(encoding="utf-8")
        pdf = write_pdf(text, folder / "pdf" / f"{sample.stem}.pdf") if (folder / "pdf").mkdir(
            exist_ok=True) is None else None
        word = write_docx(text, folder / "docx" / f"{sample.stem}.docx") if (
            folder / "docx").mkdir(exist_ok=True) is None else None
        out.append((sample.stem, tables(nlp, sample), tables(nlp, pdf), tables(nlp, word), pdf))
    return out


@pytest.mark.parametrize("table", sorted(COMPARED))
def test_pdf_gives_the_same_tables_as_the_text(converted, table: str) -> None:
    for stem, from_text, from_pdf, _, _ in converted:
        text_rows, pdf_rows = same(from_text, from_pdf, table)
        assert pdf_rows == text_rows, f"{stem}: {table} differs between .txt and .pdf"


@pytest.mark.parametrize("table", sorted(COMPARED))
def test_docx_gives_the_same_tables_as_the_text(converted, table: str) -> None:
    for stem, from_text, _, from_docx, _ in converted:
        text_rows, docx_rows = same(from_text, from_docx, table)
        assert docx_rows == text_rows, f"{stem}: {table} differs between .txt and .docx"


def test_mentions_carry_the_page_they_are_printed_on(converted) -> None:
    multi_page = 0
    for stem, _, from_pdf, _, pdf_path in converted:
        document = pdfium.PdfDocument(str(pdf_path))
        pages = [" ".join(document[i].get_textpage().get_text_range().split())
                 for i in range(len(document))]
        multi_page += len(pages) > 1
        mentions = from_pdf["mentions"]
        assert mentions["page"].notna().all(), stem
        for row in mentions.itertuples():
            words = " ".join(row.text.split())
            assert words in pages[row.page - 1], f"{stem}: {row.text!r} not on page {row.page}"
        assert mentions["page"].max() == len(pages) or len(mentions) == 0 or \
            not any(" ".join(t.split()) in pages[-1] for t in mentions["text"]), stem
    assert multi_page >= 3  # the check above covers page breaks, not only first pages


def test_text_sources_have_no_page(converted) -> None:
    _, from_text, _, from_docx, _ = converted[0]
    assert from_text["mentions"]["page"].isna().all()
    assert from_docx["mentions"]["page"].isna().all()
