"""extract.archive: attendance rates, party votes, outcomes, case flow and follow-ups over small
hand-made tables in the documented shape of extract.to_tables."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import extract
from extract.archive import (
    actions_by_unit,
    attendance_rates,
    case_flow,
    case_routes,
    case_stages,
    decision_outcomes,
    one_meeting_per_document,
    party_of,
    party_votes,
    read_tables,
    responsible_unit,
)

NA = pd.NA


def make_tables(**rows: list[dict]) -> dict[str, pd.DataFrame]:
    """Tables with every documented column; the cells not given are <NA>."""
    return {name: pd.DataFrame(rows.get(name, []), columns=columns).astype(
                {c: "string" for c in columns if c not in ("start_char", "end_char", "history")})
            for name, columns in extract.COLUMNS.items()}


MEETINGS = [
    {"doc_id": "kt1", "meeting_id": "kt1#m1", "body": "Teknikudvalget", "date": "2023-01-10"},
    {"doc_id": "ou1", "meeting_id": "ou1#m1", "body": "Økonomiudvalget", "date": "2023-01-23"},
    {"doc_id": "br1", "meeting_id": "br1#m1", "body": "Byrådet", "date": "2023-01-30"},
    {"doc_id": "kt2", "meeting_id": "kt2#m1", "body": "Teknikudvalget", "date": "2023-03-07"},
    {"doc_id": "br2", "meeting_id": "br2#m1", "body": "Byrådet", "date": "2024-02-05"},
    {"doc_id": "x", "meeting_id": "x#m1", "body": "Byrådet", "date": NA},  # undated
]


def attendance(meeting: str, person: str, status: str) -> dict:
    return {"doc_id": meeting.split("#")[0], "meeting_id": meeting, "person": person,
            "status": status}


def test_attendance_rate_counts_a_person_once_per_meeting() -> None:
    tables = make_tables(meetings=MEETINGS, attendance=[
        attendance("br1#m1", "Anne Holm", "present"),
        attendance("br1#m1", "Anne Holm", "absent"),   # away for one item: still attended
        attendance("br1#m1", "Bo Lund", "absent"),
        attendance("br2#m1", "Bo Lund", "present"),
        attendance("kt1#m1", "Bo Lund", "absent"),
        attendance("x#m1", "Bo Lund", "absent"),       # undated: not in any period
    ])
    rates = attendance_rates(tables, freq="Y", members_only=False)
    assert list(rates.columns) == ["person", "body", "period", "n_meetings", "n_present",
                                   "n_absent", "rate"]
    got = {(r.person, r.body, r.period): (r.n_meetings, r.n_present, r.n_absent, r.rate)
           for r in rates.itertuples()}
    assert got == {("Anne Holm", "Byrådet", "2023"): (1, 1, 0, 1.0),
                   ("Bo Lund", "Byrådet", "2023"): (1, 0, 1, 0.0),
                   ("Bo Lund", "Byrådet", "2024"): (1, 1, 0, 1.0),
                   ("Bo Lund", "Teknikudvalget", "2023"): (1, 0, 1, 0.0)}
    # Bo Lund never attended the Teknikudvalget: named absent there, he is no member of it
    members = attendance_rates(tables, freq="Y")
    pairs = set(zip(members["person"], members["body"], strict=True))
    assert ("Bo Lund", "Teknikudvalget") not in pairs
    assert len(members) == 3
    overall = attendance_rates(tables, freq="H", by="")
    bo = overall[overall["person"] == "Bo Lund"].set_index("period")
    assert bo.loc["2023H1", "rate"] == 0.0 and bo.loc["2024H1", "n_present"] == 1
    with pytest.raises(ValueError, match="freq"):
        attendance_rates(tables, freq="W")


@pytest.mark.parametrize(("actor", "text", "party"), [
    ("V", "(V), (A) og (C) stemte for.", "V"),
    ("UP", "Liselott Blixt (UP) stemte imod.", "UP"),
    ("Linda Heegaard", "Linda Heegaard (F) stemte imod.", "F"),
    ("Hans-Jørgen Kirstein", "For stemte (V) og Hans-Jørgen Kirstein (UP-2).", "UP"),
    ("Anne Holm", "Anne Holm stemte imod.", None),       # no party written
    ("Byrådet", "Byrådet godkendte.", None),
])
def test_party_of(actor: str, text: str, party: str | None) -> None:
    assert party_of(actor, text) == party


def position(meeting: str, item: str, actor: str, pos: str, text: str, *,
             history: bool = False, body: str | None = None) -> dict:
    return {"doc_id": meeting.split("#")[0], "meeting_id": NA if history else meeting,
            "item_no": item, "actor": actor, "position": pos, "text": text, "history": history,
            "body": body or NA, "date": NA}


def test_party_votes_count_items_not_members() -> None:
    tables = make_tables(meetings=MEETINGS, positions=[
        position("br1#m1", "5", "Marc Genning", "against", "Marc Genning (V) og Per Lund (V) "
                 "stemte imod."),
        position("br1#m1", "5", "Per Lund", "against", "Marc Genning (V) og Per Lund (V) "
                 "stemte imod."),
        position("br1#m1", "5", "Ø", "for", "(Ø) stemte for."),
        position("br1#m1", "6", "V", "abstain", "(V) undlod at stemme."),
        position("br1#m1", "7", "John Olsen", "absent", "John Olsen (A) var inhabil."),
        position("ou1#m1", "2", "V", "against", "(V) stemte imod.", history=True,
                 body="Teknikudvalget"),
        position("ou1#m1", "3", "V", "against", "(V) stemte imod."),
    ])
    votes = party_votes(tables)
    got = {(r.party, r.body, r.position): (r.n_items, r.n_voted_items)
           for r in votes.itertuples()}
    # V against item 5 once (two members), abstained on 6; the conflict of interest is no vote;
    # the Byrådet has three items with a vote (5, 6 and 7: 7's only position is 'absent')
    assert got == {("V", "Byrådet", "against"): (1, 2), ("V", "Byrådet", "abstain"): (1, 2),
                   ("Ø", "Byrådet", "for"): (1, 2), ("V", "Økonomiudvalget", "against"): (1, 1)}
    with_history = party_votes(tables, history=True, by="")
    assert with_history.set_index(["party", "position"]).loc[("V", "against"), "n_items"] == 3
    merged = party_votes(tables, aliases={"Ø": "V"})  # two parties counted as one
    assert merged.set_index(["party", "body", "position"]).loc[
        ("V", "Byrådet", "for"), "n_items"] == 1 and set(merged["party"]) == {"V"}


def decision(meeting: str, item: str, outcome: str, text: str = "") -> dict:
    return {"doc_id": meeting.split("#")[0], "meeting_id": meeting, "item_no": item,
            "outcome": outcome, "text": text or outcome}


def test_decision_outcomes_per_body_and_year() -> None:
    tables = make_tables(meetings=MEETINGS, decisions=[
        decision("br1#m1", "1", "approved"), decision("br1#m1", "2", "approved"),
        decision("br1#m1", "3", "rejected"), decision("br2#m1", "1", "noted"),
        decision("kt1#m1", "1", "postponed"), decision("x#m1", "1", "approved"),
    ])
    out = decision_outcomes(tables)
    got = {(r.period, r.body, r.outcome): (r.n_decisions, round(r.share, 3))
           for r in out.itertuples()}
    assert got == {("2023", "Byrådet", "approved"): (2, 0.667),
                   ("2023", "Byrådet", "rejected"): (1, 0.333),
                   ("2024", "Byrådet", "noted"): (1, 1.0),
                   ("2023", "Teknikudvalget", "postponed"): (1, 1.0)}


def item(meeting: str, no: str, case: str | None, title: str = "Ny skole") -> dict:
    return {"doc_id": meeting.split("#")[0], "meeting_id": meeting, "item_no": no,
            "title": title, "case_no": case if case is not None else NA}


def test_case_flow_follows_a_case_through_the_bodies() -> None:
    tables = make_tables(meetings=MEETINGS, agenda_items=[
        item("kt1#m1", "4", "23-000123"), item("ou1#m1", "7", "23-000123"),
        item("br1#m1", "9", "23-000123"), item("kt2#m1", "2", "23-000123"),
        item("br2#m1", "3", "23-000123"),
        item("ou1#m1", "8", "23-000999", "Budget"), item("br1#m1", "10", "23-000999", "Budget"),
        item("br1#m1", "1", "21-000001", "Godkendelse af dagsorden"),
        item("br2#m1", "1", "21-000001", "Godkendelse af dagsorden"),
        item("br1#m1", "2", None, "Spørgetid"),
    ], decisions=[
        decision("kt1#m1", "4", "approved", "Anbefales."),
        decision("ou1#m1", "7", "approved", "Anbefales."),
        decision("br1#m1", "9", "referred", "Byrådet besluttede at sende sagen tilbage til "
                 "fornyet behandling i Teknikudvalget."),
        decision("kt2#m1", "2", "approved", "Anbefales."),
        decision("br2#m1", "3", "approved", "Godkendt."),
        decision("br1#m1", "10", "postponed", "Byrådet drøftede udsatte boligområder."),
    ])
    stages = case_stages(tables)
    school = stages[stages["case_no"] == "23-000123"]
    assert school["body"].tolist() == ["Teknikudvalget", "Økonomiudvalget", "Byrådet",
                                       "Teknikudvalget", "Byrådet"]
    assert school["step"].tolist() == [1, 2, 3, 4, 5]
    assert school["sent_back"].tolist() == [False, False, True, False, False]
    assert school["days_since_previous"].tolist()[:3] == [NA, 13, 7]
    # "udsatte boligområder" puts nothing off, whatever the outcome column says
    assert not stages.loc[stages["case_no"] == "23-000999", "sent_back"].any()

    flow = case_flow(tables, stages=stages).set_index("case_no")
    row = flow.loc["23-000123"]
    assert row["path"] == ("Teknikudvalget → Økonomiudvalget → Byrådet → Teknikudvalget → "
                           "Byrådet")
    assert (row["n_stages"], row["n_bodies"], row["days"]) == (5, 3, 391)
    assert row["sent_back_by"] == ["Byrådet"] and row["n_sent_back"] == 1
    assert row["last_outcome"] == "approved" and row["title"] == "Ny skole"
    assert flow.loc["23-000999", "sent_back_by"] == []

    routes = case_routes(flow.reset_index())
    assert routes["path"].tolist() == [row["path"], "Økonomiudvalget → Byrådet"]
    assert routes["n_sent_back"].tolist() == [1, 0]
    assert len(case_routes(flow.reset_index(), min_bodies=1)) == 3  # the standing agenda item too


def test_one_meeting_per_document_folds_a_misread_split() -> None:
    meetings = [*MEETINGS[:3], {"doc_id": "br1", "meeting_id": "br1#m2", "body": "Fagudvalget",
                                "date": NA}]
    tables = make_tables(meetings=meetings, agenda_items=[
        item("br1#m1", "1", "23-000001"), item("br1#m2", "1", NA, "Dykanden og"),
    ], decisions=[decision("br1#m1", "1", "approved"), decision("br1#m2", "1", "noted")],
        attendance=[attendance("br1#m2", "Bo Lund", "absent"),
                    attendance("br1#m1", "Bo Lund", "present")],
        positions=[position("br1#m2", "1", "Ø", "against", "(Ø) stemte imod.",
                            body="Fagudvalget")])
    folded = one_meeting_per_document(tables)
    assert folded["meetings"]["meeting_id"].tolist() == ["kt1#m1", "ou1#m1", "br1#m1"]
    assert set(folded["decisions"]["meeting_id"]) == {"br1#m1"}
    assert folded["decisions"]["item_no"].tolist() == ["1", "m2/1"]  # no clash with item 1
    assert attendance_rates(folded).loc[0, "rate"] == 1.0
    assert party_votes(folded)["body"].tolist() == ["Byrådet"]  # the meeting's, not the row's
    assert tables["decisions"]["meeting_id"].tolist() == ["br1#m1", "br1#m2"]  # not changed


@pytest.mark.parametrize(("actor", "unit"), [
    ("Administrationen", "administrationen"),
    ("administrationen i god tid inden næste vintersæson", "administrationen"),
    ("fra Økonomiudvalget", "økonomiudvalget"),
    ("Økonomiudvalget og Byrådet", "økonomiudvalget og byrådet"),
    ("Greve Kommune med virkning fra den 1. januar 2024", "greve kommune"),
    ("", None),
])
def test_responsible_unit(actor: str, unit: str | None) -> None:
    assert responsible_unit(actor) == unit


def test_actions_by_unit() -> None:
    def action(meeting: str, item_no: str, actor: str | None, deadline: str | None = None):
        return {"doc_id": meeting.split("#")[0], "meeting_id": meeting, "item_no": item_no,
                "actor": actor if actor is not None else NA,
                "deadline": deadline if deadline is not None else NA}

    tables = make_tables(meetings=MEETINGS, actions=[
        action("kt1#m1", "1", "Administrationen"), action("kt1#m1", "1", "administrationen"),
        action("kt2#m1", "4", "Forvaltningen", "2023-06-01"),
        action("br1#m1", "2", "Borgmesteren"), action("br1#m1", "3", None),
    ])
    out = actions_by_unit(tables, aliases={"forvaltningen": "administrationen"})
    got = {(r.unit, r.body): (r.n_actions, r.n_items, r.n_with_deadline)
           for r in out.itertuples()}
    assert got == {("administrationen", "Teknikudvalget"): (3, 2, 1),
                   ("borgmesteren", "Byrådet"): (1, 1, 0)}
    assert actions_by_unit(tables, by="")["unit"].tolist() == ["administrationen",
                                                                "borgmesteren", "forvaltningen"]


def test_empty_tables_give_empty_frames_with_the_columns() -> None:
    tables = make_tables()
    for frame in (attendance_rates(tables), party_votes(tables), decision_outcomes(tables),
                  case_stages(tables), case_flow(tables), actions_by_unit(tables)):
        assert len(frame) == 0 and len(frame.columns) > 2


def test_read_tables_reads_a_run_back(tmp_path: Path, rules_model_nlp) -> None:
    from extract.batch.run import run

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "m.txt").write_text(
        "Referat – Byrådet\nMødedato: mandag den 6. marts 2023 kl. 19.00\n"
        "Deltagere: Anne Holm, Bo Lund\nAfbud: Carl Berg\n\n"
        "Punkt 1: Godkendelse af dagsorden\nSagsnr.: 23-001234\n\nBeslutning\n\n"
        "Dagsordenen blev godkendt.\n", encoding="utf-8")
    with pytest.raises(FileNotFoundError, match="extract run"):
        read_tables(tmp_path / "out")
    run([folder], out_dir=tmp_path / "out", nlp=rules_model_nlp, formats=("parquet",))
    tables = read_tables(tmp_path / "out")
    assert set(extract.COLUMNS) <= set(tables)
    assert list(tables["meetings"].columns) == extract.COLUMNS["meetings"]
    rates = attendance_rates(tables, members_only=False)
    assert dict(zip(rates["person"], rates["rate"], strict=True)) == {
        "Anne Holm": 1.0, "Bo Lund": 1.0, "Carl Berg": 0.0}
    assert case_stages(tables)["case_no"].tolist() == ["23-001234"]
