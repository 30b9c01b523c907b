"""What a document is (minutes, minute book, agenda, other text) decides which tables it fills;
a copy of a document is listed once as a copy, not processed again."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from extract.batch.run import run
from extract.cli import main
from extract.pipeline import RULES_MODEL
from extract.rules.kinds import AGENDA, MINUTES, type_word
from extract.tables import to_tables

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "corpus" / "samples"
LICENCE = """Open Data Commons Public Domain Dedication and License (PDDL)

Preamble

The Open Data Commons - Public Domain Dedication and License is a document intended to allow
you to freely share, modify, and use this work for any purpose and without any restrictions.
Any Community Norms are not part of this document.

1.0 Definitions of Capitalised Words
"Database" - Means a collection of data, in 2024 or later.
"""


@pytest.mark.parametrize(("title_block", "kind"), [
    ("Gentofte Kommune\n\nDAGSORDEN\n\nKommunalbestyrelsen\nMødedato: 24-02-2025", AGENDA),
    ("Dagsorden 8. oktober 2025 kl. 16.00\n\nAarhus Byråd", AGENDA),
    ("Indkaldelse til møde i Ældrerådet", AGENDA),
    ("HOLBÆK KOMMUNE\n\nTeknisk Udvalg – Referat\n\nDAGSORDEN\n1. Godkendelse af dagsorden",
     MINUTES),
    ("Referat – Beskæftigelses- og Erhvervsudvalget\nMødedato: 10. januar 2022", MINUTES),
    ("Dagsorden og referat\nByrådet", MINUTES),
    ("Beslutningsprotokol\nByrådet 10. december 2024", MINUTES),
    # A label introducing a list, an item title and a numbered entry name no document type.
    ("Byrådet\nMøde den 3. maj 2024\nDagsorden:\n1. Godkendelse af dagsorden\n"
     "2. Referat fra sidste møde", None),
    ("Kommunalbestyrelsen\nMøde den 3. maj 2024\nPunkt 1: Godkendelse af referat", None),
])
def test_the_title_block_names_the_document_type(title_block: str, kind: str | None) -> None:
    assert type_word(title_block) == kind


def test_an_agenda_gives_its_meeting_and_items_but_no_attendance_or_decisions(rules_nlp) -> None:
    text = (SAMPLES / "dagsorden_gentofte_2025-02-24.txt").read_text(encoding="utf-8")
    # Its recommendations read like decisions ("indstiller, at aftalen godkendes") and a list
    # of members like attendance: neither is a fact of a meeting that has not happened yet.
    text += ("\nMedlemmer:\nMichael Fenger, borgmester\nKaren Bruhn-Thomsen\n\n"
             "Punkt 8: Orientering\nBeslutning: Godkendt.\n")
    tables = to_tables([rules_nlp(text)])
    assert tables["documents"].kind.tolist() == ["agenda"]
    assert len(tables["meetings"]) == 1 and tables["meetings"].date[0] == "2025-02-24"
    assert len(tables["agenda_items"]) >= 7
    assert tables["attendance"].empty and tables["decisions"].empty
    assert tables["positions"].empty and tables["actions"].empty


def test_minutes_keep_every_table(rules_nlp) -> None:
    text = (SAMPLES / "byraad_aalborg_2024-05-22.txt").read_text(encoding="utf-8")
    tables = to_tables([rules_nlp(text)])
    assert tables["documents"].kind.tolist() == ["minutes"]
    assert len(tables["attendance"]) and len(tables["decisions"]) and len(tables["meetings"])


def test_other_text_gives_its_mentions_only(rules_nlp) -> None:
    tables = to_tables([rules_nlp(LICENCE)])
    assert tables["documents"].kind.tolist() == ["other"]
    assert tables["meetings"].empty and tables["people"].empty and tables["agenda_items"].empty
    assert tables["mentions"].meeting_id.isna().all()  # no meeting to belong to


def test_a_copy_is_listed_once_and_not_processed_again(rules_model_nlp, tmp_path: Path,
                                                       capsys) -> None:
    inp = tmp_path / "in"
    (inp / "b").mkdir(parents=True)
    shutil.copy(SAMPLES / "byraad_aalborg_2024-05-22.txt", inp / "aalborg.txt")
    shutil.copy(SAMPLES / "byraad_aalborg_2024-05-22.txt", inp / "b" / "aalborg_copy.txt")
    shutil.copy(SAMPLES / "dagsorden_gentofte_2025-02-24.txt", inp / "gentofte.txt")
    out = tmp_path / "out"
    assert main(["run", str(inp), "--out", str(out), "--model", RULES_MODEL]) == 0
    printed = capsys.readouterr().out
    assert "kinds: 1 minutes, 1 agenda; 1 duplicate" in printed
    documents = pd.read_parquet(out / "documents.parquet").set_index("doc_id")
    assert documents.loc["b/aalborg_copy", "duplicate_of"] == "aalborg"
    assert pd.isna(documents.loc["aalborg", "duplicate_of"])
    meetings = pd.read_parquet(out / "meetings.parquet")
    assert meetings.doc_id.tolist().count("aalborg") == 1
    assert "b/aalborg_copy" not in set(meetings.doc_id)
    # A second run finds the copy finished like any other document.
    summary = run([inp], out_dir=out, nlp=rules_model_nlp)
    assert summary.n_skipped == 3 and summary.n_duplicates == 0


def test_the_parish_folder_gives_no_meeting_from_its_notes_and_one_copy_of_a_book(
        shared: Path, rules_model_nlp, tmp_path: Path) -> None:
    folder = shared / "corpus" / "aarhus-parish-1940-1945"
    summary = run([folder], out_dir=tmp_path / "out", nlp=rules_model_nlp)
    documents = pd.read_parquet(tmp_path / "out" / "documents.parquet").set_index("doc_id")
    notes = ["LICENSE_PDDL", "PROVENANCE"]
    assert documents.loc[notes, "kind"].tolist() == ["other", "other"]
    for table in ("meetings", "people", "attendance", "decisions"):
        rows = pd.read_parquet(tmp_path / "out" / f"{table}.parquet")
        assert not set(notes) & set(rows.doc_id), table
    copies = documents[documents.duplicate_of.notna()]
    assert summary.n_duplicates == len(copies) == 1
    (copy,) = copies.index
    meetings = pd.read_parquet(tmp_path / "out" / "meetings.parquet")
    assert copy not in set(meetings.doc_id)
    assert (meetings.doc_id == copies.duplicate_of.iloc[0]).sum() > 10
    assert summary.kinds.get("minute_book", 0) >= 35


def test_meeting_someone_is_no_meeting_of_a_minute_book(rules_nlp) -> None:
    # "Sogneraadet holdt Møde" opens a meeting in a minute book; "Administrationen holdt møde
    # med formanden" is meeting someone, in an item's text, not a new meeting.
    text = ("Referat – Kultur- og Fritidsudvalget\nMødedato: onsdag den 15. november 2023 kl. "
            "08.00\nDeltagere: Anne Holm, Bo Lund\n\nPunkt 1: Godkendelse af dagsorden\n\n"
            "Godkendt.\n\nPunkt 2: Idrætsrådet\n\nAdministrationen holdt møde med formanden den "
            "5. oktober 2023. Formanden tog det til efterretning.\n\nGodkendt.\n\n"
            "Punkt 3: Fritidsrådet\n\nAdministrationen har holdt møde med formændene for rådene "
            "den 9. oktober 2023.\n\nTaget til efterretning.\n\nPunkt 4: Eventuelt\n\nIntet.\n")
    tables = to_tables([rules_nlp(text)])
    assert tables["documents"]["kind"].tolist() == [MINUTES]
    assert tables["meetings"]["date"].tolist() == ["2023-11-15"]
    assert tables["agenda_items"]["item_no"].tolist() == ["1", "2", "3", "4"]
