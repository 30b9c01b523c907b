"""The batch runner (`extract run`): resuming after SIGKILL, reruns, bad input, the store."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

from extract.batch.run import process_texts, run
from extract.cli import main
from extract.tables import COLUMNS
from extract.types import SourceText

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "corpus" / "samples").glob("*.txt"))
TABLES = (*COLUMNS, "errors")


def make_corpus(folder: Path, n: int) -> Path:
    """``n`` distinct minutes (the samples, each copy with its own closing line) in subfolders."""
    for i in range(n):
        sample = SAMPLES[i % len(SAMPLES)]
        path = folder / f"batch{i // 10}" / f"{i:03d}_{sample.name}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(sample.read_text(encoding="utf-8") + f"\nBilag {i}\n", encoding="utf-8")
    return folder


def sorted_frame(df: pd.DataFrame) -> pd.DataFrame:
    # One text dtype (<NA> for missing) whatever the reader gave: object, str (NaN) or string.
    df = df.astype({c: "string" for c in df.columns
                    if df[c].dtype == object or isinstance(df[c].dtype, pd.StringDtype)})
    return df.sort_values(list(df.columns)).reset_index(drop=True)


def parquet_tables(out: Path) -> dict[str, pd.DataFrame]:
    return {name: sorted_frame(pd.read_parquet(out / f"{name}.parquet")) for name in TABLES}


def duckdb_tables(out: Path) -> dict[str, pd.DataFrame]:
    con = duckdb.connect(str(out / "extract.duckdb"), read_only=True)
    try:
        return {name: sorted_frame(con.sql(f"SELECT * FROM {name}").df()) for name in TABLES}
    finally:
        con.close()


def assert_same_tables(a: dict[str, pd.DataFrame], b: dict[str, pd.DataFrame], *,
                       check_dtype: bool = True) -> None:
    assert a.keys() == b.keys()
    for name in a:
        pd.testing.assert_frame_equal(a[name], b[name], check_dtype=check_dtype, obj=name)


def parquet_schemas(out: Path) -> dict[str, list[str]]:
    """Each table's Parquet schema, and that every part of it has that schema."""
    found = {}
    for name in TABLES:
        schemas = {str(pq.read_schema(p)) for p in (out / f"{name}.parquet").glob("*.parquet")}
        assert len(schemas) == 1, (name, schemas)
        found[name] = schemas.pop()
    return found


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "extract", "run", *args]


def test_killed_runs_resume_to_exactly_the_uninterrupted_tables(nlp, tmp_path: Path) -> None:
    inputs = make_corpus(tmp_path / "in", 48)
    (inputs / "junk.txt").write_bytes(b"\x00\x01binary")
    reference = tmp_path / "reference"
    run([inputs], out_dir=reference, nlp=nlp, batch_size=4)

    out = tmp_path / "killed"
    parts = out / "mentions.parquet"
    # Kill after the first commits, then again further on, then let a run finish.
    for wanted_parts in (1, 5):
        proc = subprocess.Popen(cli(str(inputs), "--out", str(out), "--batch-size", "2", "-q"),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        start = len(list(parts.glob("part-*.parquet"))) if parts.exists() else 0
        while time.monotonic() < deadline and proc.poll() is None:
            if parts.exists() and len(list(parts.glob("part-*"))) >= start + wanted_parts:
                break
            time.sleep(0.01)
        assert proc.poll() is None, "the run finished before it could be killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    interrupted = duckdb.connect(str(out / "extract.duckdb"), read_only=True)
    done = interrupted.execute("SELECT count(*) FROM _run.manifest WHERE status = 'done'"
                               ).fetchone()[0]
    interrupted.close()
    assert 0 < done < 48, "the kills should leave a partly done store"

    finished = subprocess.run(cli(str(inputs), "--out", str(out), "-q"), capture_output=True,
                              text=True, timeout=300)
    assert finished.returncode == 0, finished.stderr
    assert f"{48 - done} documents" in finished.stdout
    assert f"{done} unchanged since an earlier run" in finished.stdout
    assert_same_tables(parquet_tables(out), parquet_tables(reference))
    assert parquet_schemas(out) == parquet_schemas(reference)
    assert_same_tables(duckdb_tables(out), duckdb_tables(reference))
    documents = pd.read_csv(out / "documents.csv", keep_default_na=False)
    assert documents["source"].is_unique and len(documents) == 48


def test_rerun_skips_finished_documents_and_replaces_changed_ones(nlp, tmp_path: Path) -> None:
    inputs = make_corpus(tmp_path / "in", 6)
    out = tmp_path / "out"
    first = run([inputs], out_dir=out, nlp=nlp)
    assert (first.n_documents, first.n_skipped) == (6, 0)
    before = parquet_tables(out)

    again = run([inputs], out_dir=out, nlp=nlp)
    assert (again.n_documents, again.n_skipped) == (0, 6)
    assert_same_tables(parquet_tables(out), before)

    changed = next(inputs.rglob("002_*"))
    changed.write_text("Referat\n\nDato: 01-02-2025\n\nTil stede:\nBorgmester Lene Holm\n",
                       encoding="utf-8")
    third = run([inputs], out_dir=out, nlp=nlp)
    assert (third.n_documents, third.n_skipped) == (1, 5)
    after = parquet_tables(out)
    doc_id = changed.relative_to(inputs).with_suffix("").as_posix()
    people = after["people"][after["people"].doc_id == doc_id]
    assert people["person"].tolist() == ["Lene Holm"]  # the old rows are gone, not doubled
    assert after["documents"].doc_id.is_unique
    for name in TABLES:  # the other documents' rows are untouched
        others = after[name][after[name].get("doc_id", pd.Series(dtype=str)) != doc_id]
        old = before[name][before[name].get("doc_id", pd.Series(dtype=str)) != doc_id]
        assert len(others) == len(old), name

    forced = run([inputs], out_dir=out, nlp=nlp, force=True)
    assert (forced.n_documents, forced.n_skipped) == (6, 0)
    assert_same_tables(parquet_tables(out), after)


def encrypted_pdf() -> bytes:
    """A password-protected PDF, as a user gets it from a case system."""
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 (test extra) makes the encrypted PDF")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="Referat af mødet")
    pdf.set_encryption(owner_password="ejer", user_password="hemmelig")
    return bytes(pdf.output())


def test_bad_inputs_become_error_rows_and_the_run_goes_on(tmp_path: Path, capsys,
                                                          caplog) -> None:
    inp = tmp_path / "in"
    (inp / "sub").mkdir(parents=True)
    shutil.copy(SAMPLES[0], inp / "sub" / "good.txt")
    (inp / "empty.txt").write_bytes(b"")
    (inp / "junk.txt").write_bytes(bytes(range(256)) * 20)
    (inp / "latin1.txt").write_bytes("Mødet i Århus Byråd\n\nReferat\n".encode("cp1252"))
    (inp / "utf16.txt").write_bytes("Referat fra Ærø\n".encode("utf-16"))
    (inp / "corrupt.pdf").write_bytes(b"%PDF-1.4\n1 0 obj <<>> garbage" + os.urandom(500))
    (inp / "encrypted.pdf").write_bytes(encrypted_pdf())
    (inp / "big.txt").write_bytes(b"Referat af m\xc3\xb8det. " * (50 * 1024 * 1024 // 20 + 1))
    os.mkfifo(inp / "pipe.txt")
    (inp / "loop_a.txt").symlink_to("loop_b.txt")
    (inp / "loop_b.txt").symlink_to("loop_a.txt")
    (inp / "sub" / "up").symlink_to("..")
    (inp / "gone.txt").symlink_to("missing.txt")
    outside_before = sorted(p.name for p in tmp_path.iterdir())
    out = tmp_path / "out"

    assert main(["run", str(inp), "--out", str(out), "-q"]) == 0
    captured = capsys.readouterr()
    errors = pd.read_parquet(out / "errors.parquet").set_index("source")
    expected = {"empty.txt": ("read", "empty"), "junk.txt": ("read", "binary"),
                "corrupt.pdf": ("read", "PDF"), "encrypted.pdf": ("read", "password"),
                "big.txt": ("read", "over the 20 MB limit"),
                "pipe.txt": ("read", "not a regular file"), "loop_a.txt": ("walk", "loop"),
                "loop_b.txt": ("walk", "loop"), "sub/up": ("walk", "loop"),
                "gone.txt": ("walk", "broken symbolic link")}
    assert sorted(errors.index) == sorted(str(inp / name) for name in expected)
    for name, (stage, reason) in expected.items():
        row = errors.loc[str(inp / name)]
        assert row.stage == stage and reason in row.reason, (name, row.to_dict())
        said = [r.getMessage() for r in caplog.records if str(inp / name) in r.getMessage()]
        assert len(said) == 1 and "\n" not in said[0]  # and each said so on one line
    documents = pd.read_parquet(out / "documents.parquet").set_index("doc_id")
    assert documents.loc["latin1", "title"] == "Mødet i Århus Byråd"  # cp1252, read right
    assert documents.loc["utf16", "title"] == "Referat fra Ærø"
    assert "sub/good" in documents.index
    assert "10 unreadable" in captured.out
    assert main(["run", str(inp), "--out", str(out), "-q", "--strict"]) == 1
    # Nothing was written outside the output folder, nor inside the inputs.
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(outside_before + ["out"])
    assert sorted(p.name for p in inp.iterdir()) == sorted(
        ["sub", "empty.txt", "junk.txt", "latin1.txt", "utf16.txt", "corrupt.pdf",
         "encrypted.pdf", "big.txt",
         "pipe.txt", "loop_a.txt", "loop_b.txt", "gone.txt"])


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_a_file_without_read_permission_is_reported(tmp_path: Path) -> None:
    inp = tmp_path / "in"
    inp.mkdir()
    shutil.copy(SAMPLES[0], inp / "ok.txt")
    locked = inp / "locked.txt"
    shutil.copy(SAMPLES[1], locked)
    locked.chmod(0)
    summary = run([inp], out_dir=tmp_path / "out")
    assert summary.n_documents == 1
    assert summary.errors == [{"source": str(locked), "stage": "read",
                               "reason": "permission denied; give the run read access to it"}]


def test_the_tables_are_in_duckdb_parquet_and_csv_alike(nlp, tmp_path: Path) -> None:
    inputs = make_corpus(tmp_path / "in", 5)
    out = tmp_path / "out"
    summary = run([inputs], out_dir=out, nlp=nlp, batch_size=2)
    assert summary.rows["documents"] == 5 and summary.rows["errors"] == 0
    from_parquet = parquet_tables(out)
    assert_same_tables(duckdb_tables(out), from_parquet, check_dtype=False)
    parquet_schemas(out)
    for name in TABLES:
        csv = pd.read_csv(out / f"{name}.csv", keep_default_na=False, dtype=str)
        # CSV writes NULL as an empty cell and a boolean as true/false.
        parquet = from_parquet[name].copy()
        for col in parquet.columns:
            if parquet[col].dtype == bool:
                parquet[col] = parquet[col].map({True: "true", False: "false"})
        parquet = parquet.astype("string").fillna("")
        assert_same_tables({name: sorted_frame(csv)}, {name: sorted_frame(parquet)},
                           check_dtype=False)
    # Three batches, three Parquet parts per table (and the schema part, without rows).
    assert len(list((out / "documents.parquet").glob("part-*.parquet"))) == 4
    con = duckdb.connect(str(out / "extract.duckdb"), read_only=True)
    n = con.execute("SELECT count(*) FROM mentions m JOIN documents d USING (doc_id) "
                "WHERE m.label = 'PERSON'").fetchone()[0]
    con.close()
    assert n == (from_parquet["mentions"].label == "PERSON").sum() > 0


def test_a_store_written_with_empty_strings_is_brought_up_to_date(rules_model_nlp,
                                                                  tmp_path: Path) -> None:
    inputs = make_corpus(tmp_path / "in", 3)  # the first sample has no journal number
    out = tmp_path / "out"
    run([inputs], out_dir=out, nlp=rules_model_nlp, batch_size=2)
    current = parquet_tables(out)
    assert current["documents"]["journal_no"].isna().any()
    assert current["positions"]["history"].dtype == bool and len(current["positions"])
    # As an older version left it: "" for a missing value, history "yes"/"" as text, no format.
    con = duckdb.connect(str(out / "extract.duckdb"))
    for table, column in con.execute(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = 'store' AND data_type = 'VARCHAR'").fetchall():
        con.execute(f'UPDATE store."{table}" SET "{column}" = \'\' WHERE "{column}" IS NULL')
    con.execute("ALTER TABLE store.positions ALTER history SET DATA TYPE VARCHAR "
                "USING CASE WHEN history THEN 'yes' ELSE '' END")
    con.execute("DROP TABLE _run.format")
    con.close()

    again = run([inputs], out_dir=out, nlp=rules_model_nlp, batch_size=2)
    assert (again.n_documents, again.n_skipped) == (0, 3)  # converted, not redone
    assert_same_tables(parquet_tables(out), current)
    assert_same_tables(duckdb_tables(out), current, check_dtype=False)
    assert "history: bool" in parquet_schemas(out)["positions"]  # every part rewritten


def test_two_processes_give_the_same_tables_as_one(nlp, tmp_path: Path) -> None:
    inputs = make_corpus(tmp_path / "in", 12)
    run([inputs], out_dir=tmp_path / "one", nlp=nlp, batch_size=3)
    run([inputs], out_dir=tmp_path / "two", nlp=nlp, batch_size=3, n_process=2)
    assert_same_tables(parquet_tables(tmp_path / "two"), parquet_tables(tmp_path / "one"))


def test_progress_reports_documents_words_errors_and_eta(nlp, tmp_path: Path) -> None:
    inputs = make_corpus(tmp_path / "in", 6)
    (inputs / "junk.txt").write_bytes(b"\x00junk")
    seen = []
    run([inputs], out_dir=tmp_path / "out", nlp=nlp, batch_size=2,
        progress=lambda p: seen.append((p.n_processed, p.n_words, p.n_errors, p.eta_seconds,
                                        p.bytes_done, p.bytes_total)))
    assert [s[0] for s in seen] == [2, 4, 6, 7]
    assert seen[-1][2] == 1 and seen[-1][1] > 1000
    assert seen[0][3] is not None and seen[0][3] > 0 and seen[-1][3] == 0
    assert seen[-1][4] == seen[-1][5]


def test_a_second_run_on_the_same_folder_is_refused_clearly(nlp, tmp_path: Path) -> None:
    inputs = make_corpus(tmp_path / "in", 1)
    out = tmp_path / "out"
    run([inputs], out_dir=out, nlp=nlp)
    holder = subprocess.Popen([sys.executable, "-c", (
        "import duckdb, sys, time\n"
        f"con = duckdb.connect({str(out / 'extract.duckdb')!r})\n"
        "print('open', flush=True)\n"
        "time.sleep(60)\n")], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        result = subprocess.run(cli(str(inputs), "--out", str(out), "-q"), capture_output=True,
                                text=True, timeout=120)
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 2
    assert "in use by another run" in result.stderr


def test_process_texts_keeps_ids_and_sources(nlp) -> None:
    docs = list(process_texts([SourceText("a", "x/a.txt", "Borgmester Lene Holm deltog.")],
                              nlp=nlp))
    assert (docs[0]._.doc_id, docs[0]._.source) == ("a", "x/a.txt")
    assert [(e.text, e.label_) for e in docs[0].ents] == [("Borgmester", "ROLE"),
                                                         ("Lene Holm", "PERSON")]


def test_the_shared_corpus_runs_and_errors_list_only_unreadable_files(shared, rules_model_nlp,
                                                                     tmp_path: Path) -> None:
    # What is read and what is listed does not depend on the model: the saved rule pipeline
    # (a tenth of the default's time; the default's own batch runs are tested above).
    nlp = rules_model_nlp
    corpus = shared / "corpus"
    # The 285 Greve meetings (2.5 M words, FirstAgenda JSON) would take this test half an hour;
    # tests/test_firstagenda.py reads every one of them, benchmarks/greve.py runs them.
    inputs = sorted(p for p in corpus.iterdir() if p.name != "greve-2022-2024")
    # Two worker processes: the real corpus also goes through the pipeline sent as bytes.
    summary = run(inputs, out_dir=tmp_path / "out", nlp=nlp, n_process=2)
    assert summary.errors == []  # every file there is readable: none may be listed
    sources = set(pd.read_parquet(tmp_path / "out" / "documents.parquet").source)
    files = [p for q in inputs for p in ([q] if q.is_file() else q.rglob("*")) if p.is_file()]
    unread = [p for p in files if str(p) not in sources]
    # What was not read is exactly the files in formats without a reader, and it was said.
    assert sorted(p.suffix.lower() for p in unread) == sorted(
        suffix for suffix, n in summary.unsupported.items() for _ in range(n))
    assert summary.n_documents == len(sources) > 50


def test_a_worker_keeps_the_words_of_its_first_characters_and_frees_later_ones(
        monkeypatch) -> None:
    # Lexemes made in a memory zone are freed when it ends and made again in the next batch;
    # the first WARM_CHARS characters keep theirs, so memory stays bounded and common words
    # are made once.
    import spacy

    from extract.batch import worker

    monkeypatch.setattr(worker, "WARM_CHARS", 100)
    nlp = spacy.blank("da")
    for word in ("kommunalbestyrelsesmedlemmet", "forsyningsvirksomhederne", "skoleudvalgets"):
        with worker._zone(nlp, 80):
            nlp(word)
    strings = nlp.vocab.strings
    assert "kommunalbestyrelsesmedlemmet" in strings and "forsyningsvirksomhederne" in strings
    assert "skoleudvalgets" not in strings
