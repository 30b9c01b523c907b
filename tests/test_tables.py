"""The tables are tidy: exactly their contract columns, typed; a missing value is <NA> (NULL in
the batch outputs), never ""; no lists packed into strings."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import extract
from extract.batch.run import process_texts
from extract.cli import main
from extract.pipeline import MODELS_DIR, RULES_MODEL
from extract.readers import read_paths
from extract.tables import COLUMNS, TABLES, doc_rows, dtype_of, frames

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "corpus" / "samples"

# A position in the case history (an earlier meeting: no meeting id) and an item without a case
# number.
HISTORY = """Referat
Kommunalbestyrelsen

Punkt 1: Ny skolestruktur
Beslutning:
Forslaget blev forkastet med 8 stemmer (A, Ø) mod 23 (V, C, O).

Sagsforløb
Udvalg: Børne- og Skoleudvalget
Dato: 04-03-2024
Punktnummer: 5
Anbefales. Venstre tog forbehold.
"""
# Two meetings of one body: "A. Tønnes" is Anne Tønnes, politidirektør at both.
MEETING_1 = """Dato: 15-08-2024

Referat af møde i Kredsrådet

Torsdag den 15. august 2024, kl. 17.00-17.30, Parolesalen

Deltagerkreds:
Politidirektør Anne Tønnes
Borgmester Allan S. Andersen, Tårnby Kommune
"""
MEETING_2 = """Dato: 12-09-2024

Referat af møde i Kredsrådet

Torsdag den 12. september 2024, kl. 17.00-18.00, Parolesalen

Deltagerkreds:
Politidirektør A. Tønnes
Borgmester Allan S. Andersen, Tårnby Kommune
"""


@pytest.fixture(scope="module")
def sample_docs(rules_model_nlp) -> list:
    return list(process_texts(read_paths([SAMPLES]), nlp=rules_model_nlp))


@pytest.fixture(scope="module")
def sample_tables(sample_docs) -> dict[str, pd.DataFrame]:
    return extract.to_tables(sample_docs)


def text_columns(name: str) -> list[str]:
    return [c for c in COLUMNS[name] if dtype_of(c) == "string"]


# --- the contract ------------------------------------------------------------------------------


def test_every_table_has_exactly_its_contract_columns_with_their_types(sample_tables) -> None:
    assert list(sample_tables) == list(TABLES)
    for name, cols in COLUMNS.items():
        df = sample_tables[name]
        assert len(df) > 0, f"{name}: the samples should give rows to check"
        assert list(df.columns) == cols, name
        for col in cols:
            assert str(df[col].dtype) == dtype_of(col), (name, col, df[col].dtype)
    actions = sample_tables["actions"]
    assert actions["score"].between(0, 1).all()
    assert (sample_tables["mentions"]["end_char"] > sample_tables["mentions"]["start_char"]).all()


def test_row_builders_give_exactly_the_contract_columns(sample_docs) -> None:
    # The batch runner stores the builders' rows as they are: an undeclared key would be an
    # undeclared column in DuckDB and Parquet.
    for doc in sample_docs:
        for name, rows in doc_rows(doc).items():
            for row in rows:
                assert list(row) == COLUMNS[name], (doc._.doc_id, name)


def test_offsets_point_at_the_rows_text(sample_docs) -> None:
    for doc in sample_docs[:5]:
        tables = extract.to_tables([doc])
        for name, col in (("mentions", "text"), ("people", "person"), ("attendance", "person"),
                          ("decisions", "text"), ("actions", "text")):
            df = tables[name]
            for start, end, value in zip(df["start_char"], df["end_char"], df[col], strict=True):
                assert doc.text[start:end] == value, (name, value)


def test_frames_make_every_missing_value_na_and_drop_undeclared_keys() -> None:
    rows = {"documents": [{"doc_id": "a", "source": "", "title": None, "n_chars": 3,
                           "unexpected": "x"}],
            "mentions": [{"doc_id": "a", "meeting_id": "a#m1", "start_char": 0, "end_char": 1,
                          "text": "A", "label": "ORG", "norm": "", "page": None}]}
    tables = frames(rows)
    doc = tables["documents"]
    assert list(doc.columns) == COLUMNS["documents"]
    assert doc.loc[0, "doc_id"] == "a" and doc.loc[0, "n_chars"] == 3
    for col in ("source", "title", "doc_date", "journal_no", "doc_no", "unit", "email"):
        assert pd.isna(doc.loc[0, col]), col
    mention = tables["mentions"].iloc[0]
    assert pd.isna(mention["norm"]) and pd.isna(mention["page"])
    # A table without rows still has its columns and their types.
    actions = tables["actions"]
    assert len(actions) == 0 and list(actions.columns) == COLUMNS["actions"]
    assert str(actions["score"].dtype) == "float64" and str(actions["text"].dtype) == "string"


# --- missing values ----------------------------------------------------------------------------


def test_no_table_holds_an_empty_string(sample_tables) -> None:
    for name in COLUMNS:
        df = sample_tables[name]
        for col in text_columns(name):
            assert not df[col].eq("").fillna(False).any(), (name, col)


def test_missing_values_are_na(sample_tables, rules_model_nlp) -> None:
    documents = sample_tables["documents"].set_index("doc_id")
    aeldreraad = documents.loc["aeldreraad_silkeborg_2024-04-18"]
    assert pd.isna(aeldreraad["journal_no"]) and pd.isna(aeldreraad["email"])
    assert sample_tables["mentions"]["page"].isna().all()  # text files have no pages
    att = sample_tables["attendance"]
    lis = att[att["person"] == "Lis Bak"].iloc[0]
    assert lis["status"] == "absent" and pd.isna(lis["role"]) and pd.isna(lis["note"])

    doc = rules_nlp_doc(rules_model_nlp, HISTORY, "history")
    positions = extract.to_tables([doc])["positions"]
    history = positions[positions["history"]]
    assert set(history["actor"]) == {"Venstre"}
    assert history["meeting_id"].isna().all()
    assert history["date"].tolist() == ["2024-03-04"]
    this_meeting = positions[~positions["history"]]
    assert len(this_meeting) and this_meeting["meeting_id"].eq("history#m1").all()


def rules_nlp_doc(nlp, text: str, doc_id: str):
    doc = nlp(text)
    doc._.doc_id = doc_id
    return doc


def test_extract_run_writes_null_never_an_empty_string(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["run", str(SAMPLES), "--out", str(out), "-q",
                 "--model", str(MODELS_DIR / RULES_MODEL)]) == 0
    con = duckdb.connect(str(out / "extract.duckdb"), read_only=True)
    try:
        for name in COLUMNS:
            described = {c: t for c, t, *_ in con.sql(f"DESCRIBE {name}").fetchall()}
            assert list(described) == COLUMNS[name], name
            for col in text_columns(name):
                assert described[col] == "VARCHAR"
                empty = con.execute(f"SELECT count(*) FROM {name} WHERE \"{col}\" = ''")
                assert empty.fetchall() == [(0,)], (name, col)
        types = {c: t for c, t, *_ in con.sql("DESCRIBE positions").fetchall()}
        assert (types["history"], types["start_char"]) == ("BOOLEAN", "BIGINT")
        assert {c: t for c, t, *_ in con.sql("DESCRIBE actions").fetchall()}["score"] == "DOUBLE"
        (nulls,), = con.execute("SELECT count(*) FROM documents WHERE journal_no IS NULL"
                                ).fetchall()
        lis = con.sql("SELECT role, note FROM attendance WHERE person = 'Lis Bak'").fetchall()
    finally:
        con.close()
    assert nulls > 0
    assert lis == [(None, None)]

    for name in COLUMNS:
        table = pq.read_table(out / f"{name}.parquet")
        assert table.column_names == COLUMNS[name]
        for col in text_columns(name):
            assert table.schema.field(col).type == pa.string()
            assert "" not in set(table.column(col).to_pylist()), (name, col)
    documents = pq.read_table(out / "documents.parquet")
    assert documents.column("journal_no").null_count == nulls
    assert pq.read_table(out / "positions.parquet").schema.field("history").type == pa.bool_()

    # CSV: an empty cell, which pandas reads back as missing.
    csv = pd.read_csv(out / "attendance.csv", dtype=str)
    row = csv[csv["person"] == "Lis Bak"].iloc[0]
    assert pd.isna(row["role"]) and pd.isna(row["note"])
    line = next(ln for ln in (out / "attendance.csv").read_text(encoding="utf-8").splitlines()
                if ",Lis Bak," in ln)
    assert '""' not in line


# --- lists, not joined strings -----------------------------------------------------------------


@pytest.fixture(scope="module")
def two_meetings(rules_model_nlp) -> dict[str, pd.DataFrame]:
    return extract.to_tables([rules_nlp_doc(rules_model_nlp, MEETING_1, "kredsraad_2024-08-15"),
                              rules_nlp_doc(rules_model_nlp, MEETING_2, "kredsraad_2024-09-12")])


def test_persons_variants_roles_and_municipalities_are_lists(two_meetings) -> None:
    people = extract.persons(two_meetings)
    assert list(people.columns) == extract.analysis.PERSON_COLUMNS
    for col in ("variants", "roles", "municipalities"):
        assert all(isinstance(v, list) for v in people[col]), col
    anne = people[people["name"] == "Anne Tønnes"].iloc[0]
    assert anne["variants"] == ["A. Tønnes", "Anne Tønnes"]
    assert anne["roles"] == ["politidirektør"]
    assert anne["municipalities"] == []
    assert (anne["first_date"], anne["last_date"], anne["n_meetings"]) == (
        "2024-08-15", "2024-09-12", 2)
    allan = people[people["name"] == "Allan S. Andersen"].iloc[0]
    assert allan["municipalities"] == ["0185"]
    # The dates of each role are in the long table.
    roles = extract.role_timeline(two_meetings)
    held = roles[roles["name"] == "Anne Tønnes"][["role", "first_date", "last_date"]]
    assert held.values.tolist() == [["politidirektør", "2024-08-15", "2024-09-12"]]
    # Parquet keeps them as lists of strings.
    schema = pa.Table.from_pandas(people, preserve_index=False).schema
    assert schema.field("variants").type == pa.list_(pa.string())
    assert schema.field("roles").type == pa.list_(pa.string())


def test_analysis_reads_tables_read_back_from_parquet(two_meetings, tmp_path: Path) -> None:
    # A parquet folder read back gives NaN or None, not <NA>, for a missing value.
    back = {}
    for name, df in two_meetings.items():
        df.to_parquet(tmp_path / f"{name}.parquet")
        back[name] = pd.read_parquet(tmp_path / f"{name}.parquet")
    people = extract.persons(back).set_index("name")
    assert people.loc["Anne Tønnes", "variants"] == ["A. Tønnes", "Anne Tønnes"]
    timeline = extract.attendance_timeline(back, freq="M")
    assert timeline["n_meetings"].sum() == 2


def test_persons_on_documents_without_a_date(sample_tables) -> None:
    people = extract.persons(sample_tables)
    assert people["variants"].map(len).gt(0).all()
    organisations = extract.organisations(sample_tables)
    assert len(organisations) and organisations["variants"].map(type).eq(list).all()
    places = extract.municipalities(sample_tables)
    assert len(places) and places["variants"].map(type).eq(list).all()
