"""The facts a user checks on the real documents in ../shared/corpus."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import extract
from extract.batch.run import process_texts
from extract.readers import read_file

SEED = "corpus/seed/kredsraad_koebenhavn_2024-08-15.txt"
AARHUS_TU = "aarhus-2025/text/teknisk_udvalg_referat_2025-10-01.txt"
AARHUS_TU_HTML = "aarhus-2025/original/teknisk_udvalg_referat_2025-10-01.html"
AARHUS_BYRAAD_HTML = "aarhus-2025/original/byraad_dagsorden_2025-10-08.html"

SEED_PRESENT = [
    ("Anne Tønnes", "politidirektør"), ("Søren Thomassen", "chefpolitiinspektør"),
    ("Flemming Petersen", "chefanklager"), ("Maggie Kjeldstrøm", "sekretariatschef"),
    ("Sophie Hæstorp Andersen", "overborgmester"), ("Maja Barfod Hørsving", "sekretariatschef"),
    ("Michael Vindfeldt", "borgmester"), ("Birte Bligaard", "chefkonsulent"),
    ("Allan S. Andersen", "borgmester"), ("Yvette Kovacs", "centerchef"),
]


@pytest.fixture(params=["default", "rules_only"])
def pipeline(request):
    """The expectations hold for the default pipeline (models/da_core + the rules) and for the
    fast rule pipeline alone (models/da_minutes_rules)."""
    return request.getfixturevalue("nlp" if request.param == "default" else "rules_model_nlp")


def tables_for(nlp, path: Path) -> dict:
    docs = list(process_texts([read_file(path)], nlp=nlp))
    return extract.to_tables(docs)


def test_seed_minutes(pipeline, shared: Path) -> None:
    nlp = pipeline
    t = tables_for(nlp, shared / SEED)
    (meeting,) = t["meetings"].to_dict("records")
    assert (meeting["date"], meeting["start_time"], meeting["end_time"], meeting["location"]) == (
        "2024-08-15", "17:00", "17:30", "Parolesalen, Politigården")
    (document,) = t["documents"].to_dict("records")
    assert document["doc_date"] == "2024-08-16"
    assert (document["journal_no"], document["doc_no"]) == ("2023-027103", "1858838")
    cases = set(t["mentions"].query("label == 'CASE_NUMBER'")["text"])
    assert {"2023-027103", "1858838"} <= cases
    assert t["agenda_items"][["item_no", "title"]].values.tolist() == [
        ["1", "Fortrolig orientering om den aktuelle bandesituation"]]
    att = t["attendance"]
    present = att.query("status == 'present'")[["person", "role"]].values.tolist()
    assert [tuple(r) for r in present] == SEED_PRESENT
    absent = att.query("status == 'absent'")
    assert [tuple(r) for r in absent[["person", "role"]].values.tolist()] == [
        ("Kenneth Gøtterup", "borgmester"), ("Carsten Kjær-Knudsen", "chefjurist")]
    notes = absent["note"].tolist()
    assert notes[0] == "modtog særskilt orientering den 16.08.24"
    assert pd.isna(notes[1])  # no note: missing, not ""
    dates = t["mentions"].query("label == 'DATE'")[["text", "norm"]].values.tolist()
    assert [tuple(d) for d in dates] == [("16-08-2024", "2024-08-16"),
                                          ("Torsdag den 15. august 2024", "2024-08-15"),
                                          ("den 16.08.24", "2024-08-16")]


AARHUS_ITEMS = [
    ("1", "Referat fra sidste udvalgsmøde", "EMN-2025-010561"),
    ("2", "Udviklingsplan Aarhus Ø - endelig vedtagelse", "EMN-2025-009242"),
    ("3", "Lokalplan 1221 (tillæg 2 til lokalplan 411) – Erhvervsområde ved Kattrup, "
          "Hasselager-Kolt, med tillæg 1 - Endelig", "EMN-2025-008468"),
    ("4", "Forvaltningen orienterer", "EMN-2025-010561"),
    ("5", "Eventuelt", None),  # no case number: <NA> in the table
    ("6", "Måltal for busfremkommelighed, jf. budgetforlig 2023", "EMN-2024-035156"),
]


@pytest.mark.parametrize("relpath", [AARHUS_TU, AARHUS_TU_HTML])
def test_aarhus_teknisk_udvalg(pipeline, shared: Path, relpath: str) -> None:
    nlp = pipeline
    t = tables_for(nlp, shared / "corpus" / relpath)
    (meeting,) = t["meetings"].to_dict("records")
    assert (meeting["body"], meeting["date"], meeting["start_time"], meeting["location"]) == (
        "Teknisk Udvalg", "2025-10-01", "15:45", "Udvalgsværelse 398")
    items = t["agenda_items"]
    assert [tuple(r) for r in items[["item_no", "title"]].values.tolist()] == [
        (no, title) for no, title, _ in AARHUS_ITEMS]
    assert items["case_no"].isna().tolist() == [case is None for *_, case in AARHUS_ITEMS]
    assert items["case_no"].dropna().tolist() == [c for *_, c in AARHUS_ITEMS if c is not None]


def test_aarhus_byraad_agenda_has_33_items_with_case_numbers(pipeline, shared: Path) -> None:
    nlp = pipeline
    t = tables_for(nlp, shared / "corpus" / AARHUS_BYRAAD_HTML)
    items = t["agenda_items"]
    assert items["item_no"].tolist() == [str(i) for i in range(1, 34)]
    assert items["case_no"].notna().all()
    assert items["case_no"].str.match(r"EMN-\d{4}-\d{6}").all()
    assert items.iloc[0]["title"] == "Godkendelse af dagsorden"
