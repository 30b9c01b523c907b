"""Long documents and whole folders through `extract run`: no refusal, and memory per process.

A benchmark, not a test: run it by hand (it needs the ``test`` extra for fpdf2 and psutil, and
``../shared`` for the minute books; ``EXTRACT_SHARED_DIR`` moves it).

    python benchmarks/long_documents.py                  # all three inputs, default pipeline
    python benchmarks/long_documents.py --only 2m --model da_minutes_rules

Inputs, each run by a fresh `extract run` at default settings:

- ``2m``: one text file of at least 2,000,000 characters: the 41 parish minute books of
  ``../shared/corpus/aarhus-parish-1940-1945`` and the sample minutes one after the other, as an
  archive's export of many years in one file;
- ``300p``: a 300-page PDF of the sample minutes (fpdf2, DejaVu Sans from ``EXTRACT_FONT_DIR``);
- ``books``: the 41-book folder itself (with its licence, provenance and duplicate book).

For each: characters, pages, documents, errors, parts, seconds and the peak RSS of the largest
process and of all processes together (sampled every 50 ms).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from batch_run import measure  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
FONT_DIR = Path(os.environ.get("EXTRACT_FONT_DIR", "/usr/share/fonts/truetype/dejavu"))
TARGET_CHARS = 2_000_000
PAGES = 300


def shared_dir() -> Path:
    sys.path.insert(0, str(ROOT))
    from extract.paths import shared_dir as find

    return find()


def books_folder() -> Path:
    return shared_dir() / "corpus" / "aarhus-parish-1940-1945"


def samples() -> list[str]:
    return [p.read_text(encoding="utf-8")
            for p in sorted((ROOT / "corpus" / "samples").glob("*.txt"))]


def make_long_text(path: Path) -> int:
    """Minute books and sample minutes in one file of at least TARGET_CHARS characters."""
    books = [p.read_text(encoding="utf-8") for p in sorted(books_folder().glob("*_19*.txt"))]
    parts: list[str] = []
    n = 0
    while n < TARGET_CHARS:
        for text in books + samples():
            parts.append(text.strip() + "\n\n\n")
            n += len(parts[-1])
    path.write_text("".join(parts), encoding="utf-8")
    return n


def make_long_pdf(path: Path) -> int:
    """A PDF of PAGES pages of sample minutes, one after the other."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_font("D", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.set_font("D", "", 10)
    texts = samples()
    k = 0
    pdf.add_page()
    while pdf.page_no() < PAGES:
        for para in texts[k % len(texts)].split("\n\n"):
            pdf.multi_cell(0, 5, para.strip() or " ")
            pdf.ln(2)
            if pdf.page_no() >= PAGES:
                break
        k += 1
    pdf.output(str(path))
    return pdf.page_no()


def run(inputs: Path, out: Path, model: str | None) -> dict[str, float]:
    cmd = [str(Path(sys.executable).with_name("extract")), "run", str(inputs), "--out", str(out),
           "--format", "parquet"]
    if model:
        cmd += ["--model", model]
    return measure(cmd)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", choices=["2m", "300p", "books"],
                        default=["2m", "300p", "books"])
    parser.add_argument("--model", help="pipeline name or folder (default: the default)")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name in args.only:
            if name == "2m":
                inputs = work / "2m" / "minutes_in_one_file.txt"
                inputs.parent.mkdir()
                size = f"{make_long_text(inputs):,} chars"
            elif name == "300p":
                inputs = work / "300p" / "minutes_300_pages.pdf"
                inputs.parent.mkdir()
                size = f"{make_long_pdf(inputs)} pages"
            else:
                inputs = books_folder()
                size = f"{len(list(inputs.glob('*.txt')))} files"
            out = work / f"out-{name}"
            result = run(inputs, out, args.model)
            import duckdb

            con = duckdb.connect(str(out / "extract.duckdb"), read_only=True)
            docs = con.execute("SELECT count(*), sum(n_chars) FROM documents").fetchone()
            errors = con.execute("SELECT count(*) FROM errors").fetchone()[0]
            meetings = con.execute("SELECT count(*) FROM meetings").fetchone()[0]
            con.close()
            rows.append((name, size, docs[0], f"{docs[1] or 0:,}", meetings, errors,
                         f"{result['wall_s']:.0f}", f"{result['largest_rss_mb']:.0f}",
                         f"{result['peak_rss_mb']:.0f}"))
    print(f"model: {args.model or 'default (models/da_core)'}")
    print("| input | size | documents | characters | meetings | errors | seconds "
          "| peak RSS MB, largest process | peak RSS MB, all processes |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print("| " + " | ".join(str(c) for c in r) + " |")


if __name__ == "__main__":
    main()
