"""Hostile and broken inputs: each is refused with a clear reason or read right, never lost.

Every kind of bad input the README's "Bad inputs" table lists is made here in the real format
and checked where a user would look: the ``errors`` and ``documents`` tables, the CLI's lines
on stderr, the CSV and HTML files a person opens. The rule pipeline (``da_minutes_rules``)
keeps this fast: what is checked is reading, unpacking and writing, not extraction.
"""

from __future__ import annotations

import io
import logging
import random
import signal
import struct
import subprocess
import sys
import tarfile
import time
import zipfile
import zlib
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from extract.batch.export import neutralise
from extract.batch.lock import OutputLock
from extract.batch.run import run
from extract.batch.store import StoreInUseError
from extract.cli import main
from extract.errors import InputError
from extract.pipeline import RULES_MODEL
from extract.readers import read_bytes
from extract.show import show

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "corpus" / "samples").glob("*.txt"))
MINUTES = SAMPLES[0].read_text(encoding="utf-8")
MB = 1024 * 1024
RNG = random.Random(19)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


def read(data: bytes, name: str) -> str:
    return read_bytes(data, name=name, doc_id="x", source=name).text


def zip_bytes(members: list[tuple[str | zipfile.ZipInfo, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in members:
            zf.writestr(info, data)
    return buf.getvalue()


def pdf_bytes(text: str = "Referat af byrådets møde", *, password: str | None = None) -> bytes:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(text=text)
    if password:
        pdf.set_encryption(owner_password="ejer", user_password=password)
    return bytes(pdf.output())


def docx_bomb() -> bytes:
    """A zip that is a .docx on the outside, with a part of 8 MB of zeros (~1000:1)."""
    return zip_bytes([("[Content_Types].xml", b"<Types/>"),
                      ("word/document.xml", b"<w:document/>"),
                      ("word/media/image1.png", b"\x00" * (8 * MB))])


# --- reading: binary content under a text extension, and text in odd encodings -------------

BINARY = {
    "random bytes (no NUL)": (bytes(RNG.randrange(1, 256) for _ in range(20_480)), "control"),
    "random bytes": (RNG.randbytes(20_480), "binary"),
    "NUL-filled": (b"\x00" * 4096, "NUL bytes"),
    "PNG image renamed .txt": (PNG + RNG.randbytes(500), "holds a PNG image"),
    "JPEG image renamed .txt": (JPEG + RNG.randbytes(500), "holds a JPEG image"),
    "PDF renamed .txt": (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "holds a PDF document"),
    "old .doc renamed .txt": (OLE2, "old binary Office file"),
    "gzip renamed .txt": (b"\x1f\x8b\x08\x00" + b"\x01" * 40, "gzip"),
    # High bytes only: decodes as Windows-1252 without a control character, yet is no text.
    "random high bytes": (bytes(RNG.randrange(0xA0, 0x100) for _ in range(20_480)),
                          "does not read as text"),
    "UTF-16 byte order mark, then junk": (b"\xff\xfe" + bytes(RNG.randrange(1, 256)
                                                              for _ in range(2001)),
                                          "not valid UTF-16"),
}


@pytest.mark.parametrize("kind", sorted(BINARY))
def test_binary_content_under_a_text_name_is_refused_with_what_it_is(kind: str) -> None:
    data, reason = BINARY[kind]
    for name in ("junk.txt", "junk.md", "junk.html"):
        with pytest.raises(InputError, match=reason) as raised:
            read(data, name)
        assert "\n" not in str(raised.value) and str(raised.value).startswith(f"{name}: ")


TEXTS = {
    "UTF-8": "Mødet i Århus – “Byrådet” …".encode(),
    "UTF-8 with BOM": "\ufeffMødet i Århus – “Byrådet” …".encode(),
    "UTF-16 with BOM": "Mødet i Århus – “Byrådet” …".encode("utf-16"),
    "UTF-16-BE with BOM": "\ufeffMødet i Århus – “Byrådet” …".encode("utf-16-be"),
    "UTF-16 without BOM": "Mødet i Århus – “Byrådet” …".encode("utf-16-le"),
    "UTF-16-BE without BOM": "Mødet i Århus – “Byrådet” …".encode("utf-16-be"),
    "Windows-1252": "Mødet i Århus – “Byrådet” …".encode("cp1252"),
    "Windows-1252 with a DOS end mark": "Mødet i Århus – “Byrådet” …".encode("cp1252") + b"\x1a",
}


@pytest.mark.parametrize("kind", sorted(TEXTS))
def test_text_in_the_encodings_of_old_systems_is_read_letter_for_letter(kind: str) -> None:
    assert read(TEXTS[kind], "referat.txt").rstrip("\x1a") == "Mødet i Århus – “Byrådet” …"


def test_latin1_text_is_read_as_the_same_letters() -> None:
    text = "Sogneraadet mødtes. Formand Jens Sørensen, Ærø. " * 50
    assert read(text.encode("latin-1"), "gammel.txt") == text
    assert read("Ærø Å".encode("latin-1"), "kort.txt") == "Ærø Å"  # short: mostly non-ASCII


PDFS_AND_DOCX = {
    "truncated PDF": (lambda: pdf_bytes()[:400], "truncated.pdf", "truncated"),
    "encrypted PDF": (lambda: pdf_bytes(password="hemmelig"), "locked.pdf", "password"),
    "PNG renamed .pdf": (lambda: PNG + RNG.randbytes(200), "scan.pdf",
                         "not a PDF: it holds a PNG image"),
    "DOCX that is not a zip": (lambda: b"Referat\nikke en zip", "plain.docx",
                               "not a Word .docx file"),
    "old .doc renamed .docx": (lambda: OLE2, "old.docx",
                               "not a Word .docx file: it holds an old binary Office file"),
    "zip that is no DOCX": (lambda: zip_bytes([("a.txt", b"x")]), "zip.docx",
                            "not a Word .docx file"),
    "DOCX zip bomb": (docx_bomb, "bomb.docx", "zip bomb"),
}


@pytest.mark.parametrize("kind", sorted(PDFS_AND_DOCX))
def test_broken_pdf_and_docx_are_refused_saying_what_to_do(kind: str) -> None:
    make, name, reason = PDFS_AND_DOCX[kind]
    with pytest.raises(InputError, match=reason) as raised:
        read(make(), name)
    assert "\n" not in str(raised.value)


def test_deeply_nested_html_is_read_in_linear_time() -> None:
    # Editing the tree per block element was quadratic in depth: 30,000 levels took minutes.
    page = b"<html><body>" + b"<div>" * 30_000 + "Referat fra Ærø".encode() + b"</div>" * 30_000
    started = time.perf_counter()
    assert read(page, "deep.html") == "Referat fra Ærø\n"
    assert time.perf_counter() - started < 20


# --- archives: member names, links, duplicates, bombs, nesting -----------------------------

def _patched_name(placeholder: str, raw: bytes, data: bytes) -> bytes:
    """A zip whose member name is the raw bytes ``raw`` without the UTF-8 flag, as DOS and
    older Windows tools wrote them (zipfile itself writes only ASCII or flagged UTF-8)."""
    assert len(placeholder.encode()) == len(raw)
    return data.replace(placeholder.encode("ascii"), raw)


def legacy_names_zip() -> bytes:
    extra_name = "møde_unicode.txt"
    info = zipfile.ZipInfo("m_de_unicode.txt")
    raw = info.filename.encode()
    info.extra = struct.pack("<HHB", 0x7075, 5 + len(extra_name.encode()), 1) + struct.pack(
        "<I", zlib.crc32(raw)) + extra_name.encode()
    data = zip_bytes([("m_de_cp865.txt", MINUTES.encode()), ("m__de_utf8.txt", MINUTES.encode()),
                      ("Århus_flag.txt", MINUTES.encode()), (info, MINUTES.encode())])
    data = _patched_name("m_de_cp865.txt", "møde_cp865.txt".encode("cp865"), data)
    return _patched_name("m__de_utf8.txt", "møde_utf8.txt".encode(), data)


def test_member_names_in_cp865_utf8_and_the_unicode_field_keep_their_letters(
        rules_model_nlp, tmp_path: Path) -> None:
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "dos.zip").write_bytes(legacy_names_zip())
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT,
                      encoding="latin-1") as tf:
        info = tarfile.TarInfo("Sønderborg.txt")
        info.size = len(MINUTES.encode())
        tf.addfile(info, io.BytesIO(MINUTES.encode()))
    (inp / "latin1.tar").write_bytes(buf.getvalue())
    summary = run([inp], out_dir=tmp_path / "out", nlp=rules_model_nlp)
    assert summary.errors == []
    sources = set(pd.read_parquet(tmp_path / "out" / "documents.parquet").source)
    assert sources == {f"{inp / 'dos.zip'}!{n}" for n in (
        "møde_cp865.txt", "møde_utf8.txt", "Århus_flag.txt", "møde_unicode.txt")} | {
        f"{inp / 'latin1.tar'}!Sønderborg.txt"}


def hostile_zip() -> bytes:
    link = zipfile.ZipInfo("link.txt")
    link.external_attr = (0o120777 << 16)  # a symbolic link, as Info-ZIP stores one
    nested = zip_bytes([("inderst.txt", b"x")])
    for level in range(3):
        nested = zip_bytes([(f"level{level}.zip", nested)])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("ok.txt", MINUTES)
        zf.writestr("../evil.txt", MINUTES)
        zf.writestr("/etc/abs.txt", MINUTES)
        zf.writestr(link, "/etc/passwd")
        zf.writestr("bomb.txt", b"0" * (3 * MB // 2))
        zf.writestr("nested.zip", nested)
        with pytest.warns(UserWarning, match="Duplicate name"):
            zf.writestr("dup.txt", MINUTES)
            zf.writestr("dup.txt", MINUTES + "\nanden udgave\n")
    return buf.getvalue()


# --- the whole run over a folder of bad inputs ---------------------------------------------

def hostile_folder(inp: Path) -> dict[str, tuple[str, str]]:
    """Write every kind of bad input under ``inp``; returns name -> (stage, reason part)."""
    inp.mkdir()
    expected: dict[str, tuple[str, str]] = {}
    for i, (_, (data, reason)) in enumerate(sorted(BINARY.items())):
        name = f"bin{i:02d}.txt"
        (inp / name).write_bytes(data)
        expected[name] = ("read", reason)
    for make, name, reason in PDFS_AND_DOCX.values():
        (inp / name).write_bytes(make())
        expected[name] = ("read", reason)
    (inp / "empty.txt").write_bytes(b"")
    expected["empty.txt"] = ("read", "empty file")
    # Length alone is no reason: 1.6 M characters, one word per line, run as parts (below);
    # a "word" of 30,000 characters is no writing.
    (inp / "long.txt").write_bytes(b"referat\n" * 200_000)
    (inp / "blob.txt").write_bytes(b"QUJD" * 7_500)
    expected["blob.txt"] = ("read", "not text: 30,000 characters without a space")
    (inp / "one_line.txt").write_bytes(b"Referat af m\xc3\xb8det. " * (3 * MB // 20))
    expected["one_line.txt"] = ("read", "over the 2 MB limit")
    (inp / "archive.zip").write_bytes(hostile_zip())
    for member, reason in {"../evil.txt": "'..'", "/etc/abs.txt": "absolute",
                           "link.txt": "symbolic link", "bomb.txt": "archive bomb",
                           "nested.zip!level2.zip!level1.zip": "nested more than",
                           "dup.txt": "same name"}.items():
        expected[f"archive.zip!{member}"] = ("archive", reason)
    # A name that would break the line a person reads the problem on.
    (inp / "bad\nname\x1b[31m.txt").write_bytes(b"\x00" * 100)
    expected["bad\nname\x1b[31m.txt"] = ("read", "NUL bytes")
    for name, data in {"latin1.txt": "Mødet i Århus Byråd\n\nReferat\n".encode("cp1252"),
                       "utf16.txt": "Referat fra Ærø\n".encode("utf-16"),
                       "utf16_nobom.txt": "Referat fra Ærø\n".encode("utf-16-le"),
                       "deep.html": b"<div>" * 5000 + b"Referat fra Fan\xc3\xb8"}.items():
        (inp / name).write_bytes(data)
    return expected


def test_every_bad_input_is_one_error_row_one_line_and_no_document(tmp_path: Path, capsys,
                                                                    caplog) -> None:
    inp = tmp_path / "in"
    expected = hostile_folder(inp)
    before = sorted(p.name for p in tmp_path.iterdir())
    listing = sorted(p.name for p in inp.iterdir())
    out = tmp_path / "out"
    caplog.set_level(logging.WARNING)
    assert main(["run", str(inp), "--out", str(out), "-q", "--max-mb", "2",
                 "--model", RULES_MODEL]) == 0
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err

    errors = pd.read_parquet(out / "errors.parquet")
    assert errors.source.is_unique
    found = errors.set_index("source")
    assert sorted(found.index) == sorted(f"{inp}/{name}" for name in expected)
    for name, (stage, reason) in expected.items():
        row = found.loc[f"{inp}/{name}"]
        assert row.stage == stage and reason in row.reason, (name, row.to_dict())
        assert "\n" not in row.reason
    # Each problem said once, on one line, with the crafted name's control characters escaped.
    lines = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(lines) == len(expected) and not any("\n" in ln or "\x1b" in ln for ln in lines)
    assert any("bad\\x0aname\\x1b[31m.txt" in ln for ln in lines)

    documents = pd.read_parquet(out / "documents.parquet").set_index("doc_id")
    assert sorted(documents.index) == [  # the first dup.txt is read
        "archive.zip!dup", "archive.zip!ok", "deep", "latin1", "long", "utf16", "utf16_nobom"]
    assert documents.loc["long", "n_chars"] == 1_600_000
    assert documents.loc["latin1", "title"] == "Mødet i Århus Byråd"
    assert documents.loc["utf16_nobom", "title"] == "Referat fra Ærø"
    assert documents.loc["deep", "title"] == "Referat fra Fanø"
    assert f"{len(expected)} unreadable" in captured.out
    # Nothing written outside the output folder, nothing changed among the inputs.
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*before, "out"])
    assert sorted(p.name for p in inp.iterdir()) == listing


def test_archive_limits_are_set_on_the_command_line_and_a_rerun_retries(tmp_path: Path) -> None:
    inp = tmp_path / "in"
    inp.mkdir()
    nested = zip_bytes([("a.txt", MINUTES.encode())])
    (inp / "a.zip").write_bytes(zip_bytes([("x.txt", b"x" * (MB + MB // 5)),
                                           ("nested.zip", nested),
                                           *[(f"{i}.txt", MINUTES.encode()) for i in range(3)]]))
    out = tmp_path / "out"

    def reasons(*options: str) -> dict[str, str]:
        assert main(["run", str(inp), "--out", str(out), "-q", "--model", RULES_MODEL,
                     *options]) == 0
        found = pd.read_parquet(out / "errors.parquet")
        return {Path(s.split("!")[-1]).name: r
                for s, r in zip(found.source, found.reason, strict=True)}

    found = reasons()
    assert set(found) == {"x.txt"} and "archive bomb" in found["x.txt"]
    # Allowed a higher ratio, the member is unpacked: refused then as no writing, not for its
    # length.
    assert "not text" in reasons("--max-ratio", "5000")["x.txt"]
    assert "nested more than 1 deep" in reasons("--max-depth", "1")["nested.zip"]
    assert "would exceed 0 MB for this archive" in reasons("--max-archive-mb", "0.001")["a.zip"]


# --- output safety: HTML and CSV -----------------------------------------------------------

XSS = '"><img src=x onerror=alert(1)>'


def test_show_escapes_every_text_of_the_document(rules_nlp, tmp_path: Path) -> None:
    path = tmp_path / f"{XSS}.txt"
    path.write_text(
        f"Referat <script>alert('titel')</script> {XSS}\n\n"
        "Byrådsmøde den 12. marts 2024\n\n"
        f"Til stede: Borgmester Lene <script>alert(2)</script>Holm, {XSS} Hansen\n\n"
        "1. Budget <b onmouseover=alert(3)>2025</b>\n\n"
        f"Beslutning: Godkendt. <script>alert(4)</script> {XSS}\n", encoding="utf-8")
    page = show(path, out=tmp_path / "page.html", nlp=rules_nlp).read_text(encoding="utf-8")
    lowered = page.lower()
    assert "<script" not in lowered and "<img" not in lowered and "<b " not in lowered
    assert "&lt;script&gt;alert(4)&lt;/script&gt;" in page
    assert page.count("&lt;img src=x onerror=alert(1)&gt;") >= 3  # title, heading, text


def test_a_document_too_long_for_the_pipeline_is_one_line_from_show(tmp_path: Path,
                                                                    capsys) -> None:
    path = tmp_path / "long.txt"
    path.write_bytes(b"referat\n" * 200_000)
    assert main(["show", str(path), "--html", str(tmp_path / "p.html"),
                 "--model", RULES_MODEL]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "max_length" in err and "`extract run` reads it" in err


FORMULAS = ['=HYPERLINK("http://example.com/x","klik")', "+45 12 34 56 78", "@SUM(A1:A9)",
            "=cmd|' /C calc'!A0"]


def test_csv_cells_that_start_a_formula_are_neutralised_other_stores_keep_the_text(
        rules_model_nlp, tmp_path: Path) -> None:
    inp = tmp_path / "in"
    inp.mkdir()
    for i, first in enumerate(FORMULAS):
        (inp / f"{i}.txt").write_text(f"{first}\n\n{MINUTES}", encoding="utf-8")
    # (Each text its own: a copy of another would be listed as its duplicate, without title.)
    (inp / "=1+1.txt").write_text(MINUTES + "\nBilag 1\n", encoding="utf-8")
    (inp / "-2+3.txt").write_text(MINUTES + "\nBilag 2\n", encoding="utf-8")  # a title loses
    # a leading "-"
    (inp / "@bad.txt").write_bytes(b"\x00" * 10)
    out = tmp_path / "out"
    run([inp], out_dir=out, nlp=rules_model_nlp)
    parquet = pd.read_parquet(out / "documents.parquet").sort_values("doc_id")
    con = duckdb.connect(str(out / "extract.duckdb"), read_only=True)
    stored = con.sql("SELECT doc_id, title FROM documents ORDER BY doc_id").df()
    con.close()
    csv = pd.read_csv(out / "documents.csv", dtype=str, keep_default_na=False).sort_values(
        "doc_id", key=lambda s: s.str.lstrip("'"))
    assert sorted(parquet.title[parquet.doc_id.str.len() == 1]) == sorted(FORMULAS)
    assert list(stored.title) == list(parquet.title)  # DuckDB and Parquet: the exact text
    assert {"=1+1", "-2+3"} <= set(parquet.doc_id) and {"'=1+1", "'-2+3"} <= set(csv.doc_id)
    for exact, cell in zip(parquet.title, csv.title, strict=True):
        assert cell == neutralise(exact)
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert neutralise("Referat") == "Referat" and neutralise("\tx") == "'\tx"
    errors = pd.read_csv(out / "errors.csv", dtype=str)
    assert errors.source.str.startswith("/").all()  # the full path: no formula start


# --- size ----------------------------------------------------------------------------------

def test_a_file_over_the_size_limit_is_refused_before_it_is_read_whole(tmp_path: Path) -> None:
    from extract.batch.sources import Limits, Walker

    path = tmp_path / "one_line.txt"
    path.write_bytes(b"x" * (3 * MB))  # no newline at all
    (job,) = Walker(wanted=lambda n: True, limits=Limits.from_mb(1)).walk([path])
    assert job.data is None and job.error == ("read", (
        "file is 3.0 MB, over the 1 MB limit for one document; raise --max-mb to read it"))


# --- concurrency: a second run on the same folder, and kill -9 then rerun ------------------

def cli(inputs: Path, out: Path, *options: str) -> list[str]:
    return [sys.executable, "-m", "extract", "run", str(inputs), "--out", str(out), "-q",
            "--model", RULES_MODEL, *options]


def test_the_output_folder_lock_refuses_a_second_run_even_in_one_process(rules_model_nlp,
                                                                        tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(MINUTES, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    with OutputLock(out), pytest.raises(StoreInUseError, match="in use by another run"):
        run([tmp_path / "in"], out_dir=out, nlp=rules_model_nlp)
    assert run([tmp_path / "in"], out_dir=out, nlp=rules_model_nlp).n_documents == 1


def test_out_that_is_a_file_is_one_clear_line(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.txt").write_text(MINUTES, encoding="utf-8")
    (tmp_path / "taken").write_text("x", encoding="utf-8")
    assert main(["run", str(tmp_path / "a.txt"), "--out", str(tmp_path / "taken"), "-q",
                 "--model", RULES_MODEL]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a folder" in err


MANY = 48  # documents in the killed run: 24+ batches of 2, so it is stopped well before its end


def test_two_runs_at_once_then_kill_9_then_rerun_gives_the_uninterrupted_tables(
        rules_model_nlp, tmp_path: Path) -> None:
    inp = tmp_path / "in"
    hostile_folder(inp)
    for i in range(MANY):
        (inp / f"m{i:02d}.txt").write_text(SAMPLES[i % len(SAMPLES)].read_text(encoding="utf-8")
                                           + f"\nBilag {i}\n", encoding="utf-8")
    reference = tmp_path / "reference"
    run([inp], out_dir=reference, nlp=rules_model_nlp, batch_size=2, max_mb=2)

    out = tmp_path / "out"
    first = subprocess.Popen(cli(inp, out, "--batch-size", "2", "--max-mb", "2"),
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    parts = out / "documents.parquet"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and first.poll() is None and not (
            parts.is_dir() and len(list(parts.glob("part-*"))) >= 2):
        time.sleep(0.02)
    # Frozen mid-run (it still holds the lock), so the second run meets a live first run
    # however slow the machine is, and the kill lands mid-run, not after the end.
    first.send_signal(signal.SIGSTOP)
    assert first.poll() is None, first.stderr.read() if first.stderr else ""
    assert len(list(parts.glob("part-*"))) < MANY // 2 + 3  # not finished: parts still to come
    second = subprocess.run(cli(inp, out), capture_output=True, text=True, timeout=120)
    assert second.returncode == 2
    assert second.stderr.strip() == (f"extract: error: {out} is in use by another run (process "
                                     f"{first.pid}); wait for it to finish or choose another --out")
    first.send_signal(signal.SIGKILL)
    first.wait()

    finished = subprocess.run(cli(inp, out, "--max-mb", "2"), capture_output=True, text=True,
                              timeout=300)
    assert finished.returncode == 0 and "Traceback" not in finished.stderr, finished.stderr
    for table in ("documents", "mentions", "meetings", "attendance", "errors"):
        got, want = (pd.read_parquet(d / f"{table}.parquet") for d in (out, reference))
        key = list(want.columns)
        pd.testing.assert_frame_equal(
            got.astype(str).sort_values(key).reset_index(drop=True),
            want.astype(str).sort_values(key).reset_index(drop=True), obj=table)
    documents = pd.read_parquet(out / "documents.parquet")
    # the hostile folder's 1.6 M-character long.txt is a document (run in parts)
    assert documents.source.is_unique and len(documents) == MANY + 7, sorted(documents.doc_id)
