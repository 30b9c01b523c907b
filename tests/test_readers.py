"""Readers on real-format fixtures made in the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.errors import InputError
from extract.readers import read_file, read_paths


def test_latin1_text_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "gammel.txt"
    path.write_bytes("Sogneraadet mødtes i Aarhus. Formand Jens Sørensen.".encode("latin-1"))
    assert read_file(path).text.startswith("Sogneraadet mødtes i Aarhus. Formand Jens Sørensen")


def test_utf8_with_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "win.txt"
    path.write_bytes("\ufeffDato: 16-08-2024\r\nÆble".encode())
    assert read_file(path).text == "Dato: 16-08-2024\nÆble"


def test_html_keeps_block_structure(tmp_path: Path) -> None:
    path = tmp_path / "side.html"
    path.write_text("<html><head><title>Referat</title><script>var x=1;</script></head><body>"
                    "<h1>Teknisk Udvalg</h1><div>Mødedato:</div><div><b>onsdag</b> den 1. "
                    "oktober 2025</div><ul><li>1</li><li>Godkendelse</li></ul></body></html>",
                    encoding="utf-8")
    text = read_file(path).text
    assert "var x" not in text
    lines = [ln for ln in text.splitlines() if ln]
    assert lines == ["Referat", "Teknisk Udvalg", "Mødedato:", "onsdag den 1. oktober 2025", "1",
                     "Godkendelse"]


def test_binary_named_txt_is_refused_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "junk.txt"
    path.write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(InputError, match="binary"):
        read_file(path)


def test_folder_walk_gives_ids_relative_to_the_folder(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "m1.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a" / "m2.md").write_text("y", encoding="utf-8")
    (tmp_path / "a" / "ignored.bin").write_bytes(b"z")
    assert [s.doc_id for s in read_paths([tmp_path / "a"])] == ["b/m1", "m2"]


# --- encodings ---------------------------------------------------------------------------------

def test_cp1252_punctuation_is_decoded_not_left_as_control_characters(tmp_path: Path) -> None:
    path = tmp_path / "win.txt"
    path.write_bytes("Mødet 1940–41 “Sogneraadet” … Æ Ø Å".encode("cp1252"))
    text = read_file(path).text
    assert text == "Mødet 1940–41 “Sogneraadet” … Æ Ø Å"
    assert not any("\x80" <= ch <= "\x9f" for ch in text)


def test_utf16_with_bom_is_text_not_binary(tmp_path: Path) -> None:
    path = tmp_path / "u16.txt"
    path.write_bytes("Referat: Kasserer Jens Sørensen".encode("utf-16"))
    assert read_file(path).text == "Referat: Kasserer Jens Sørensen"


def test_encoding_detection_names_the_encoding() -> None:
    from extract.readers import detect_encoding

    assert detect_encoding("Århus".encode()) == "utf-8"
    assert detect_encoding("Århus – d. 6/2".encode("cp1252")) == "cp1252"
    assert detect_encoding("Århus".encode("latin-1")) == "cp1252"  # same letters in both
    assert detect_encoding(b"\x81\x8d") == "latin-1"  # bytes cp1252 leaves undefined


# --- DOCX -------------------------------------------------------------------------------------

def _docx(path: Path) -> Path:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("Referat", level=1)
    document.add_paragraph("Mødedato: 12. marts 2024")
    document.add_paragraph("")
    document.add_paragraph("Dagsorden")
    document.add_paragraph("Godkendelse af dagsorden", style="List Number")
    document.add_paragraph("Budgetopfølgning", style="List Number")
    document.add_paragraph("Afbud: Lene Holm", style="List Bullet")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Anne Tønnes", "politidirektør"
    table.cell(1, 0).text, table.cell(1, 1).text = "Allan S. Andersen", "borgmester"
    document.add_paragraph("Mødet hævet kl. 19.30.")
    document.save(path)
    return path


def test_docx_keeps_paragraphs_list_numbers_and_table_rows_in_order(tmp_path: Path) -> None:
    text = read_file(_docx(tmp_path / "referat.docx")).text
    assert text.splitlines() == [
        "Referat", "Mødedato: 12. marts 2024", "", "Dagsorden", "1. Godkendelse af dagsorden",
        "2. Budgetopfølgning", "- Afbud: Lene Holm", "Anne Tønnes\tpolitidirektør",
        "Allan S. Andersen\tborgmester", "Mødet hævet kl. 19.30."]


def test_docx_that_is_not_a_word_file_is_refused_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "gammel.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0 an old binary .doc renamed")
    with pytest.raises(InputError, match=r"gammel\.docx: not a Word \.docx file.*save"):
        read_file(path)


# --- PDF --------------------------------------------------------------------------------------

def _pdf(path: Path, pages: list[list[str]]) -> Path:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.core_fonts_encoding = "windows-1252"  # the core fonts then hold æ ø å and – …
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(False)
    for lines in pages:
        pdf.add_page()
        pdf.set_font("Helvetica", size=11)
        for line in lines:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.output(str(path))
    return path


def test_pdf_keeps_lines_blank_lines_and_page_offsets(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "referat.pdf", [
        ["Referat", "", "Deltagere:", "Borgmester Lene Holm", "Kasserer Jens Sørensen", "",
         "1. Godkendelse af dagsorden"],
        ["2. Budget – 2025", "Beslutning: Godkendt."]])
    source = read_file(path)
    # Page 1 ends with free space below its last line: a break, kept as a blank line.
    assert source.text == ("Referat\n\nDeltagere:\nBorgmester Lene Holm\nKasserer Jens Sørensen"
                           "\n\n1. Godkendelse af dagsorden\n\n2. Budget – 2025\n"
                           "Beslutning: Godkendt.\n")
    assert source.page_starts == [0, source.text.index("2. Budget")]


def test_pdf_joins_lines_the_word_processor_wrapped(tmp_path: Path) -> None:
    long = ("Forslaget blev godkendt med ændringer, og forvaltningen bedes sende det reviderede "
            "forslag i høring hos skolebestyrelserne og de lokale fællesråd frem til den 15. "
            "januar 2025, hvorefter sagen behandles igen.")
    source = read_file(_pdf(tmp_path / "lang.pdf", [[long, "Næste linje."]]))
    assert source.text == long + "\nNæste linje.\n"


def test_pdf_without_text_layer_says_to_ocr_it(tmp_path: Path) -> None:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 50, style="F")  # a "scan": graphics, no text
    pdf.output(str(tmp_path / "scan.pdf"))
    with pytest.raises(InputError, match="no text layer.*OCR"):
        read_file(tmp_path / "scan.pdf")


def test_folder_walk_reads_pdf_and_docx_beside_text(tmp_path: Path) -> None:
    _docx(tmp_path / "b.docx")
    _pdf(tmp_path / "c.pdf", [["Referat"]])
    (tmp_path / "a.txt").write_text("Referat", encoding="utf-8")
    assert [(s.doc_id, s.text.splitlines()[0]) for s in read_paths([tmp_path])] == [
        ("a", "Referat"), ("b", "Referat"), ("c", "Referat")]


def test_email_reader_gives_danish_headers_and_the_plain_body(tmp_path):
    mail = tmp_path / "referat.eml"
    mail.write_bytes(
        b"From: Sekretariatet <sek@kommune.dk>\nTo: Udvalget <u@kommune.dk>\n"
        b"Subject: =?utf-8?q?Referat_fra_m=C3=B8de?=\nDate: Mon, 3 Mar 2025 16:00:00 +0100\n"
        b"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        b"1. Godkendelse af dagsorden\r\nGodkendt.\r\n")
    text = read_file(mail).text
    assert text.splitlines()[:4] == ["Fra: Sekretariatet <sek@kommune.dk>",
                                     "Til: Udvalget <u@kommune.dk>",
                                     "Dato: Mon, 03 Mar 2025 16:00:00 +0100",
                                     "Emne: Referat fra møde"]
    assert text.endswith("\n\n1. Godkendelse af dagsorden\nGodkendt.\n")


def test_email_reader_refuses_a_file_that_is_no_mail(tmp_path):
    (tmp_path / "x.eml").write_text("just some words\n")
    with pytest.raises(InputError, match="not an e-mail message"):
        read_file(tmp_path / "x.eml")


# --- paths as str or Path ---------------------------------------------------------------------

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
REAL_FILES = {suffix: next((CORPUS / "blind").glob(f"*{suffix}"))
              for suffix in (".pdf", ".docx", ".html", ".eml")}
REAL_FILES[".txt"] = CORPUS / "samples" / "byraad_aalborg_2024-05-22.txt"


@pytest.mark.parametrize("suffix", sorted(REAL_FILES))
def test_read_file_and_read_paths_take_a_str_as_well_as_a_path(suffix: str) -> None:
    path = REAL_FILES[suffix]
    by_path, by_str = read_file(path), read_file(str(path))
    assert by_str == by_path and by_str.doc_id == path.stem and len(by_str.text) > 1000
    assert isinstance(by_str.source, str)
    assert list(read_paths([str(path)])) == list(read_paths([path])) == [by_path]


@pytest.mark.parametrize("kind", [str, Path])
def test_a_relative_path_under_an_absolute_root_and_the_reverse(tmp_path: Path, monkeypatch,
                                                                kind) -> None:
    (tmp_path / "arkiv" / "2024").mkdir(parents=True)
    (tmp_path / "arkiv" / "2024" / "m1.txt").write_text("Referat", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    rel, absolute = "arkiv/2024/m1.txt", tmp_path / "arkiv" / "2024" / "m1.txt"
    assert read_file(kind(rel), root=kind(tmp_path / "arkiv")).doc_id == "2024/m1"
    assert read_file(kind(absolute), root=kind("arkiv")).doc_id == "2024/m1"
    assert read_file(kind(rel), root=kind("arkiv")).doc_id == "2024/m1"
    assert [s.doc_id for s in read_paths([kind("arkiv")])] == ["2024/m1"]


def test_a_file_outside_its_root_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b.txt").write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="is not inside .*give a root folder"):
        read_file(str(tmp_path / "b.txt"), root=str(tmp_path / "a"))


def test_read_bytes_takes_path_names_and_keeps_the_source_as_text(tmp_path: Path) -> None:
    from extract.readers import read_bytes

    path = REAL_FILES[".pdf"]
    source = read_bytes(path.read_bytes(), name=path, doc_id="x", source=path)
    assert source.source == str(path) and source.text.startswith("REFERAT")


@pytest.mark.parametrize("reader", ["read_pdf", "read_docx", "read_html", "read_text",
                                    "read_email", "read_firstagenda", "decode",
                                    "detect_encoding", "read_bytes"])
@pytest.mark.parametrize("kind", [str, Path])
def test_a_format_reader_given_a_path_says_to_use_read_file(reader: str, kind) -> None:
    import extract.readers as readers

    path = kind(REAL_FILES[".pdf"])
    extra = {"name": "x.pdf", "doc_id": "x", "source": "x"} if reader == "read_bytes" else {}
    with pytest.raises(TypeError, match=r"bytes, not a path or str .*read_file\(path\)"):
        getattr(readers, reader)(path, **extra)


def test_read_archive_takes_str_paths_and_a_relative_root(tmp_path: Path, monkeypatch) -> None:
    import zipfile

    from extract.readers.archives import read_archive

    (tmp_path / "in").mkdir()
    with zipfile.ZipFile(tmp_path / "in" / "pakke.zip", "w") as zf:
        zf.writestr("2024/m1.txt", "Referat fra mødet")
    monkeypatch.chdir(tmp_path)
    for root in ("in", str(tmp_path / "in"), Path("in")):
        assert [s.doc_id for s in read_archive("in/pakke.zip", root=root)] == \
            ["pakke.zip!2024/m1"]
