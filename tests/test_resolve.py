"""Entity resolution and the corpus tables: person ids across name variants, conservative when
unsure, bodies and municipalities canonicalised, and the measured P/R on gold clusters."""

from __future__ import annotations

import pandas as pd
import pytest

import extract
from extract.evaluation.resolution import evaluate_resolution
from extract.resolve import (
    canonical_organisation,
    compatible,
    parse_name,
    series_of,
)

MEETING_1 = """Dato: 15-08-2024

Kredsrådet, torsdag den 15. august 2024, kl. 17.00-18.00, Politigården

Deltagerkreds:
Politidirektør Anne Tønnes
Borgmester Allan S. Andersen, Tårnby Kommune
Borgmester Kenneth Gøtterup, Dragør Kommune
"""
MEETING_2 = """Dato: 12-09-2024

Kredsrådet, torsdag den 12. september 2024, kl. 17.00-18.00, Politigården

Deltagerkreds:
Politidirektør A. Tønnes
Borgmester Kenneth Gøtterup, Dragør Kommune
Borgmester Jens Andersen, Tårnby Kommune

Afbud:
Borgmester Allan S. Andersen
"""


@pytest.fixture(scope="module")
def tables(nlp) -> dict[str, pd.DataFrame]:
    docs = []
    for doc_id, text in (("kredsraad_2024-08-15", MEETING_1), ("kredsraad_2024-09-12",
                                                                 MEETING_2)):
        doc = nlp(text)
        doc._.doc_id = doc_id
        docs.append(doc)
    return extract.to_tables(docs)


def test_name_forms_are_taken_apart_like_a_reader_would() -> None:
    glued = parse_name("JPJensen")
    assert (glued.given, glued.surname) == (("j", "p"), "jensen")
    assert parse_name("ValdButtenschøn").surname == "buttenschøn"
    assert parse_name("Omar Farouks", known_surnames=frozenset({"farouk"})).surname == "farouk"
    assert parse_name("Sigurd Lassens").surname == "lassen"
    assert parse_name("N. P. Nielsens Hustru").relation  # his wife, not him
    assert parse_name("Axel Nielsen Carl Rasmussen").relation  # two signatures read as one


def test_compatible_forms() -> None:
    assert compatible(parse_name("S. P. Sørensen"), parse_name("Søren Peter Sørensen"))
    assert compatible(parse_name("Ingv. Jørgensen"), parse_name("I. Jørgensen"))
    assert compatible(parse_name("Carl Rasmusen"), parse_name("Carl Rasmussen"))  # a slip
    assert compatible(parse_name("A Overgaaard"), parse_name("A. Overgaard"))
    assert not compatible(parse_name("J. P. Mathiesen"), parse_name("S. P. Mathiesen"))
    assert not compatible(parse_name("Chr. Jørgensen"), parse_name("Ingv. Jørgensen"))
    assert not compatible(parse_name("Jens Jensen"), parse_name("Jensine Jensen"))
    assert not compatible(parse_name("N. P. Nielsens Hustru"), parse_name("N. P. Nielsen"))


def test_series_is_the_document_id_up_to_its_year() -> None:
    assert series_of("Elsted_1942") == "Elsted"
    assert series_of("Ormslev-Kolt_1942_(til_juni)") == "Ormslev-Kolt"
    assert series_of("kredsraad_oestjylland_2024-09-19") == "kredsraad_oestjylland"


def test_one_person_id_per_person_across_meetings(tables) -> None:
    m = extract.resolve_people(tables)
    ids = m.groupby("person")["person_id"].first()
    # "A. Tønnes" at the second meeting is Anne Tønnes of the first
    assert ids["A. Tønnes"] == ids["Anne Tønnes"]
    assert m.loc[m["person"] == "Kenneth Gøtterup", "person_id"].nunique() == 1
    # two different Andersens stay apart
    assert ids["Jens Andersen"] != ids["Allan S. Andersen"]
    assert m.loc[m["person_id"] == ids["Anne Tønnes"], "name"].unique().tolist() == [
        "Anne Tønnes"]


def test_persons_table_has_roles_over_time_and_meetings(tables) -> None:
    people = extract.persons(tables)
    assert list(people.columns[:4]) == ["person_id", "name", "variants", "roles"]
    anne = people[people["name"] == "Anne Tønnes"].iloc[0]
    assert anne["variants"] == ["A. Tønnes", "Anne Tønnes"]
    assert anne["roles"] == ["politidirektør"]
    held = extract.role_timeline(tables).query("name == 'Anne Tønnes'")
    assert held[["role", "first_date", "last_date"]].values.tolist() == [
        ["politidirektør", "2024-08-15", "2024-09-12"]]
    assert (anne["first_date"], anne["last_date"], anne["n_meetings"]) == (
        "2024-08-15", "2024-09-12", 2)
    allan = people[people["name"] == "Allan S. Andersen"].iloc[0]
    assert allan["municipalities"] == ["0185"]
    roles = extract.role_timeline(tables)
    assert set(roles.columns) >= {"person_id", "role", "first_date", "last_date"}


def test_cooccurrence_counts_meetings_attended_together(tables) -> None:
    pairs = extract.cooccurrence(tables)
    names = {frozenset((a, b)): n for a, b, n in
             zip(pairs["name_a"], pairs["name_b"], pairs["n_meetings"], strict=True)}
    assert names[frozenset(("Anne Tønnes", "Kenneth Gøtterup"))] == 2
    # Allan S. Andersen sent apologies to the second meeting
    assert names[frozenset(("Anne Tønnes", "Allan S. Andersen"))] == 1
    assert frozenset(("Jens Andersen", "Allan S. Andersen")) not in names


def test_attendance_timeline_is_tidy(tables) -> None:
    timeline = extract.attendance_timeline(tables, freq="M", by="")
    assert timeline.to_dict("records") == [
        {"period": "2024-08", "n_meetings": 1, "n_present": 3, "n_absent": 0},
        {"period": "2024-09", "n_meetings": 1, "n_present": 3, "n_absent": 1}]
    with pytest.raises(ValueError, match="freq"):
        extract.attendance_timeline(tables, freq="W")


def test_bodies_and_municipalities_are_canonical(tables) -> None:
    assert canonical_organisation("Byraadet") == canonical_organisation("Byrådet") == "Byråd"
    assert canonical_organisation("Sogneraadets") == "Sogneråd"
    assert canonical_organisation("NSK") == "National enhed for Særlig Kriminalitet"
    munis = extract.municipalities(tables)
    taarnby = munis[munis["code"] == "0185"].iloc[0]
    assert (taarnby["name"], taarnby["region"]) == ("Tårnby", "Region Hovedstaden")


def test_resolution_meets_its_targets_on_the_gold_clusters(nlp, shared, root) -> None:
    gold = root / "corpus" / "gold" / "resolution" / "person_clusters.jsonl"
    score = evaluate_resolution(gold, nlp=nlp)
    assert score.n_gold_mentions >= 100 and score.n_gold_people >= 30
    assert score.n_scored >= 0.95 * score.n_gold_mentions
    assert score.pairwise_precision >= 0.95 and score.pairwise_recall >= 0.9
    assert score.bcubed_precision >= 0.95 and score.bcubed_recall >= 0.9
