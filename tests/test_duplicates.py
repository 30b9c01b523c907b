"""The same content twice in one archive (or across runs into one folder) is processed once."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pandas as pd

from extract.batch.run import run
from extract.cli import main

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "corpus" / "samples").glob("*.txt"))


def tables(out: Path) -> dict[str, pd.DataFrame]:
    con = duckdb.connect(str(out / "extract.duckdb"), read_only=True)
    try:
        return {name: con.sql(f"SELECT * FROM {name}").df()
                for name in ("documents", "meetings", "attendance", "mentions")}
    finally:
        con.close()


def rows_of(frame: pd.DataFrame, doc_id: str) -> int:
    return int((frame.doc_id == doc_id).sum())


def test_a_copy_gets_a_documents_row_naming_the_first_and_no_other_rows(
        rules_model_path, tmp_path: Path, capsys) -> None:
    inputs = tmp_path / "in"
    (inputs / "a").mkdir(parents=True)
    (inputs / "b").mkdir()
    shutil.copyfile(SAMPLES[0], inputs / "a" / "bog.txt")
    shutil.copyfile(SAMPLES[0], inputs / "b" / "bog.txt")  # byte-identical, later in the walk
    shutil.copyfile(SAMPLES[1], inputs / "b" / "andet.txt")
    out = tmp_path / "out"

    assert main(["run", str(inputs), "--out", str(out), "--model", str(rules_model_path)]) == 0
    assert "; 1 duplicates" in capsys.readouterr().out
    found = tables(out)
    docs = found["documents"].set_index("doc_id")
    assert docs.loc["b/bog", "duplicate_of"] == "a/bog"
    assert docs["duplicate_of"].drop("b/bog").isna().all()  # originals: <NA>
    assert docs.loc["b/bog", "source"].endswith("bog.txt")
    assert rows_of(found["meetings"], "a/bog") >= 1
    for name in ("meetings", "attendance", "mentions"):
        assert rows_of(found[name], "b/bog") == 0, name
    meetings = len(found["meetings"])

    # A third copy in a later run: it copies the original the earlier run finished.
    shutil.copyfile(SAMPLES[0], inputs / "c.txt")
    again = run([inputs], out_dir=out, model=rules_model_path)
    assert (again.n_documents, again.n_duplicates, again.n_skipped) == (0, 1, 3)
    found = tables(out)
    assert len(found["meetings"]) == meetings  # still not doubled
    docs = found["documents"].set_index("doc_id")
    assert docs.loc["c", "duplicate_of"] == "a/bog"
    assert docs.index.is_unique and len(docs) == 4


def test_a_copy_whose_original_changed_is_processed(rules_model_path, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copyfile(SAMPLES[0], inputs / "a.txt")
    shutil.copyfile(SAMPLES[0], inputs / "b.txt")
    out = tmp_path / "out"
    first = run([inputs], out_dir=out, model=rules_model_path)
    assert (first.n_documents, first.n_duplicates) == (1, 1)

    (inputs / "a.txt").write_text("Referat\n\nDato: 01-02-2025\n", encoding="utf-8")
    second = run([inputs], out_dir=out, model=rules_model_path)
    assert (second.n_documents, second.n_duplicates) == (2, 0)
    docs = tables(out)["documents"]
    assert docs["duplicate_of"].isna().all()
    assert rows_of(tables(out)["meetings"], "b") >= 1
