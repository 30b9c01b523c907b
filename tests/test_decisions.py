"""Decisions and positions per agenda item: outcomes, who stood where, and case histories."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import extract
from extract.batch.run import process_texts
from extract.readers import read_file
from extract.readers.html import read_html
from extract.rules.decisions import classify_outcome, find_positions

AARHUS_TU_HTML = "corpus/aarhus-2025/original/teknisk_udvalg_referat_2025-10-01.html"
ITEM2_THIS_MEETING = {
    ("Jesper Kjeldsen", "for"), ("Steffen Wich", "for"), ("Gert Bjerregaard", "for"),
    ("Metin Lindved Aydin", "for"), ("Jakob Søgaard Clausen", "reservation"),
    ("Solveig Munk", "against"), ("Liv Gro Jensen", "absent"),
}

MINUTES = """Referat
Kommunalbestyrelsen

Punkt 1: Godkendelse af dagsorden
Beslutning: Godkendt.

Punkt 2: Ny skolestruktur
Forvaltningen har udarbejdet et forslag.
Beslutning:
Forslaget blev forkastet med 8 stemmer (A, Ø) mod 23 (V, C, O).
Lene Holm undlod at stemme. Karsten Bo var forhindret i at deltage.

Sagsforløb
Udvalg: Børne- og Skoleudvalget
Dato: 04-03-2024
Punktnummer: 5
Anbefales. Venstre tog forbehold. Mette Lund deltog ikke i sagens behandling.

Punkt 3: Vejplan
Beslutning: Sagen blev udsat til næste møde.

Punkt 4: Orientering
Beslutning: Taget til efterretning. Kasper L. Johansen var ikke til stede under punktet.
"""


def rows(doc, name: str) -> list[dict]:
    return extract.to_tables([doc])[name].to_dict("records")


def test_outcomes_and_positions_of_ordinary_minutes(rules_nlp) -> None:
    doc = rules_nlp(MINUTES)
    decisions = {r["item_no"]: r["outcome"] for r in rows(doc, "decisions")}
    assert decisions == {"1": "approved", "2": "rejected", "3": "postponed", "4": "noted"}
    this_meeting = {(r["item_no"], r["actor"], r["position"])
                    for r in rows(doc, "positions") if r["meeting_id"]}
    assert this_meeting == {("2", "A", "for"), ("2", "Ø", "for"), ("2", "V", "against"),
                            ("2", "C", "against"), ("2", "O", "against"),
                            ("2", "Lene Holm", "abstain"), ("2", "Karsten Bo", "absent"),
                            ("4", "Kasper L. Johansen", "absent")}


def test_positions_in_a_case_history_belong_to_the_earlier_meeting(rules_nlp) -> None:
    doc = rules_nlp(MINUTES)
    history = [r for r in rows(doc, "positions") if r["history"]]
    assert {(r["actor"], r["position"], r["body"], r["date"]) for r in history} == {
        ("Venstre", "reservation", "Børne- og Skoleudvalget", "2024-03-04"),
        ("Mette Lund", "absent", "Børne- og Skoleudvalget", "2024-03-04")}
    assert all(pd.isna(r["meeting_id"]) for r in history)  # an earlier meeting, not this one
    decision = next(r for r in rows(doc, "decisions") if r["item_no"] == "2")
    assert "Anbefales" not in decision["text"] and decision["text"].startswith("Forslaget blev")


@pytest.mark.parametrize(("text", "outcome"), [
    ("Godkendt.", "approved"),
    ("Et flertal i udvalget kunne tiltræde indstillingen.", "approved"),
    ("Sagen blev udsat uden behandling.", "postponed"),
    ("Udvalget besluttede at udsætte sagens behandling.", "postponed"),
    ("Ingen bemærkninger.", "noted"),
    ("Til Efterretning.", "noted"),
    ("Forslaget blev forkastet.", "rejected"),
    ("Kunde ikke bevilges.", "rejected"),
    ("Andragendet kan ikke anbefales.", "rejected"),
    ("Oversendes til Økonomiudvalget.", "referred"),
    ("Overlades Vejudvalget.", "referred"),
    ("Som Formand genvalgtes Niels Sørensen.", "elected"),
    ("Bevilges 20 Kr ugentlig.", "approved"),
    ("Det vedtoges at forny Kontrakten.", "approved"),
    ("Udvalget drøftede sagen.", "other"),
    # A position of one member is not the outcome of the item.
    ("Solveig Munk kunne ikke tiltræde indstillingen. Godkendt.", "approved"),
    # ... but an outcome stated before the vote in the same sentence is.
    ("Forslaget blev ikke godkendt, idet 9 stemte for (V og O), og 12 stemte imod (A og F).",
     "rejected"),
])
def test_outcome_of_decision_texts(text: str, outcome: str) -> None:
    assert classify_outcome(text) == outcome


def test_positions_from_historic_and_modern_wordings() -> None:
    text = ("Jens Holm og Ane Berg kunne tiltræde. Dansk Folkeparti stemte imod. "
            "Per Lund tog forbehold. For stemte: A, V\nImod stemte: Ø")
    found = {(p.actor, p.position) for p in find_positions(text, 0, len(text), item_no="1")}
    assert found == {("Jens Holm", "for"), ("Ane Berg", "for"), ("Dansk Folkeparti", "against"),
                     ("Per Lund", "reservation"), ("A", "for"), ("V", "for"), ("Ø", "against")}


@pytest.mark.parametrize(("text", "expected"), [
    # The verb first and each party in its own brackets; two lists in one sentence.
    ("Imod stemte: (Ø) og (F).", {("Ø", "against"), ("F", "against")}),
    ("For stemte (V), (A), Lis Blix (UP-1) og Hans Kirk (UP-2) Imod stemte (Ø). (F) undlod at "
     "stemme.", {("V", "for"), ("A", "for"), ("Lis Blix", "for"), ("Hans Kirk", "for"),
                 ("Ø", "against"), ("F", "abstain")}),
    # Two clauses, each with its own subject and stand; the bare "undlod" before the break.
    ("(V) undlod, og (M) og (Ø) stemte imod pkt. 1-4.",
     {("V", "abstain"), ("M", "against"), ("Ø", "against")}),
    # A pronoun is nobody's name.
    ("Han undlod, at sige noget.", set()),
    # The verb before the colon, a remark after the list, "i mod" in two words.
    ("Stemte imod: (F) og (Ø)", {("F", "against"), ("Ø", "against")}),
    ("Imod stemte: (C) og (F) med bemærkning om at indstillingspunkt 2 anbefales.",
     {("C", "against"), ("F", "against")}),
    ("(F) stemte i mod med bemærkningen om: Vi ønsker noget andet.", {("F", "against")}),
    # Lists under labels in one line, the parties' bare letters.
    ("Byrådet godkendte indstillingen. Ad punkt 3 Imod stemte: Ø Undlader: F",
     {("Ø", "against"), ("F", "abstain")}),
    # A remark repeating a listed stand is no second vote; quoted words are no stand.
    ("Imod stemte (F) og (Ø). (F) med bemærkning om, at ”SF stemmer imod, da vi har stemt for "
     "et andet budget”.", {("F", "against"), ("Ø", "against")}),
    # One clause per stand, the subjects after a comma or "og" without a clause break.
    ("A stemmer for, V og D stemmer imod og C undlader.",
     {("A", "for"), ("V", "against"), ("D", "against"), ("C", "abstain")}),
    # A second vote in the same sentence, its last party straight after the list.
    ("For stemte: (Ø) Imod stemte: (V) og Lis Blix (UP) (F) undlod at tage stilling.",
     {("Ø", "for"), ("V", "against"), ("Lis Blix", "against"), ("F", "abstain")}),
])
def test_vote_lists_with_the_verb_first_and_bracketed_parties(text: str, expected: set) -> None:
    found = [(p.actor, p.position) for p in find_positions(text, 0, len(text), item_no="1")]
    assert set(found) == expected and len(found) == len(expected)


SPLIT = {("A", "for"), ("F", "for"), ("V", "against"), ("O", "against")}


@pytest.mark.parametrize(("text", "expected"), [
    # A count before or after the list, in brackets or after "=".
    ("For stemte 12: A og F.\nImod stemte 9: V og O.", SPLIT),
    ("For: 12 (A, F)\nImod: 9 (V, O)", SPLIT),
    ("For (12): A og F\nImod (9): V og O", SPLIT),
    ("For 12 (A og F)\nImod 9 (V og O)", SPLIT),
    ("For: A, F = 12\nImod: V, O = 9", SPLIT),
    ("For stemte A og F (12 stemmer).\nImod stemte V og O (9 stemmer).", SPLIT),
    # Counts with their sides and parties in one sentence.
    ("Godkendt med 12 stemmer for (A og F), 9 imod (V og O) og 2 undlod (I).",
     SPLIT | {("I", "abstain")}),
    ("Forslaget blev forkastet med 9 stemmer for (V og O) og 12 stemmer imod (A og F).",
     {("V", "for"), ("O", "for"), ("A", "against"), ("F", "against")}),
    ("Forslaget blev ikke godkendt, idet 9 stemte for (V og O), og 12 stemte imod (A og F).",
     {("V", "for"), ("O", "for"), ("A", "against"), ("F", "against")}),
    # "Partierne" before the letters; a label alone on its line, the list in the next block.
    ("Partierne A og F stemte for. Partierne V og O stemte imod.", SPLIT),
    ("For\n\nA og F\n\nImod\n\nV og O", SPLIT),
    # "mod" between the counts, "med stemmerne", Ja/Nej labels, each party's votes in brackets.
    ("Godkendt med 12 stemmer for (A og F) mod 9 stemmer imod (V og O).", SPLIT),
    ("Godkendt med stemmerne 12 for (A og F) og 9 imod (V og O).", SPLIT),
    ("Ja: A og F\nNej: V og O", SPLIT),
    ("For stemte: A (10) og F (2)\nImod stemte: V (7) og O (2)", SPLIT),
    # The list ends with its sentence; a subordinate clause's subject is who voted.
    ("For stemte A og F. Imod stemte V og O. Indstillingen er hermed godkendt.", SPLIT),
    ("Godkendt, idet V og O stemte imod.", {("V", "against"), ("O", "against")}),
    # A label alone on its line (a web page's block), the voters and their count under it.
    ("For stemte:\n\nA og F (12)\n\nImod stemte:\n\nV og O (9)", SPLIT),
    ("For:\n\nAnne Holm Berg (A) og Bo Lund (F)\n\nImod:\n\nCarl Dahl (V)",
     {("Anne Holm Berg", "for"), ("Bo Lund", "for"), ("Carl Dahl", "against")}),
    # Absence at the item (GUIDELINES.md), under a label or in a sentence.
    ("Fraværende under punktet: V og O", {("V", "absent"), ("O", "absent")}),
    ("Inhabil: V", {("V", "absent")}),
    ("V har meldt afbud til punktet.", {("V", "absent")}),
])
def test_vote_counts_and_labels_in_their_many_layouts(text: str, expected: set) -> None:
    found = [(p.actor, p.position) for p in find_positions(text, 0, len(text), item_no="1")]
    assert set(found) == expected and len(found) == len(expected)


def test_a_decision_runs_to_its_last_stand_and_an_earlier_meeting_is_no_stage_of_this(
        rules_nlp) -> None:
    text = ("Referat – Byrådet\nMødedato: 19. juni 2023 kl. 19.00\n\n"
            "Punkt 1: Kommunal boliganvisning\nSagsnr.: 23-005072\n\nBeslutning\n\n"
            "Byrådet godkendte indstillingen, så kriterierne lyder således:\n\n"
            "Unge over 18 år, der starter på en uddannelse.\n\n"
            "Pensionister, der ønsker en ældreegnet bolig.\n\n"
            "Mehmet Dogru (Ø) stemte imod.\n\nFremstilling\n\n"
            "De overordnede parametre er følgende:\n\nByrådets beslutning den 17. april 2023\n\n"
            "Boligorganisationernes input\n\nBilag\n\nBilag 1\n")
    doc = rules_nlp(text)
    (decision,) = rows(doc, "decisions")
    assert decision["text"].startswith("Byrådet godkendte") and "Pensionister" in decision["text"]
    assert decision["outcome"] == "approved"
    assert {(r["actor"], r["position"]) for r in rows(doc, "positions")
            if not r["history"]} == {("Mehmet Dogru", "against")}


def test_vote_lines_right_above_the_decision_line_are_its_stands(rules_nlp) -> None:
    text = ("Referat af bestyrelsesmøde\nMødet blev afholdt den 17. juni 2025 kl. 13.00.\n\n"
            "1. Takster 2026\nDirektionen indstiller, at bestyrelsen godkender taksterne.\n"
            "For stemte: Anne Holm Berg og Bo Lund Madsen.\nImod stemte: Carl Emil Dahl.\n"
            "Dorte Vang Olsen undlod at stemme.\nBestyrelsen godkendte indstillingen.\n\n"
            "2. Eventuelt\nIntet.\n")
    doc = rules_nlp(text)
    assert {(r["actor"], r["position"]) for r in rows(doc, "positions")} == {
        ("Anne Holm Berg", "for"), ("Bo Lund Madsen", "for"), ("Carl Emil Dahl", "against"),
        ("Dorte Vang Olsen", "abstain")}
    assert [d["outcome"] for d in rows(doc, "decisions")] == ["approved"]


def test_an_outcome_adopting_the_proposed_wording_is_the_decision(rules_nlp) -> None:
    text = ("SKOLEBESTYRELSESMØDE\ntorsdag d. 22/5 2025 kl. 17-19.30\n\n"
            "1) Princip for lektier\nUdkastet blev gennemgået.\nDer blev stemt om formuleringen:\n"
            "For: Anne Holm Berg og Bo Lund Madsen\nImod: Carl Emil Dahl\n"
            "Princippet blev vedtaget med den foreslåede formulering.\n\n2) Eventuelt\nIntet.\n")
    doc = rules_nlp(text)
    assert [(d["item_no"], d["outcome"]) for d in rows(doc, "decisions")] == [("1", "approved")]
    assert {(r["actor"], r["position"]) for r in rows(doc, "positions")} == {
        ("Anne Holm Berg", "for"), ("Bo Lund Madsen", "for"), ("Carl Emil Dahl", "against")}


def test_minutes_without_decisions_give_no_decisions(rules_nlp) -> None:
    agenda = ("Dagsorden\n\nPunkt 1: Budget 2025\nIndstilling: Økonomiudvalget indstiller, at "
              "budgettet godkendes.\n\nPunkt 2: Eventuelt\n")
    assert rows(rules_nlp(agenda), "decisions") == []


def test_decisions_survive_two_processes(rules_nlp) -> None:
    texts = [MINUTES, MINUTES.replace("Lene Holm", "Bo Dam")] * 2
    serial = [(d._.decisions, d._.positions) for d in rules_nlp.pipe(texts)]
    parallel = [(d._.decisions, d._.positions)
                for d in rules_nlp.pipe(texts, n_process=2, batch_size=1)]
    assert parallel == serial


def test_aarhus_teknisk_udvalg_decisions_and_positions(nlp, shared: Path) -> None:
    """Issue 4, must-show 1: the published HTML page of Teknisk Udvalg, 1 October 2025."""
    docs = list(process_texts([read_file(shared / AARHUS_TU_HTML)], nlp=nlp))
    tables = extract.to_tables(docs)
    outcomes = dict(tables["decisions"][["item_no", "outcome"]].values.tolist())
    assert len(tables["agenda_items"]) == 6
    assert (outcomes["1"], outcomes["2"], outcomes["3"], outcomes["4"], outcomes["6"]) == (
        "noted", "approved", "postponed", "noted", "postponed")
    positions = tables["positions"]
    this_meeting = positions[positions.meeting_id == tables["meetings"].meeting_id[0]]
    assert set(map(tuple, this_meeting[["actor", "position"]].values.tolist())) == \
        ITEM2_THIS_MEETING
    assert set(this_meeting.item_no) == {"2"}
    history = positions[positions.history]
    assert set(map(tuple, history[["item_no", "actor", "date"]].values.tolist())) == {
        ("2", "Socialistisk Folkeparti", "2025-09-02"), ("2", "Venstre", "2025-09-02"),
        ("2", "Liberal Alliance", "2025-09-02"), ("2", "Thure Hastrup", "2025-09-02"),
        ("3", "Jesper Kjeldsen", "2025-08-19")}
    assert history.meeting_id.isna().all()


def test_decisions_gold_scores(nlp, shared: Path, root: Path) -> None:
    result = extract.evaluate([root / "corpus" / "gold" / "decisions.jsonl"], nlp=nlp)
    scores = result.tables.set_index("table")
    assert scores.loc["decisions", "f1"] == 1.0
    assert scores.loc["positions", "f1"] == 1.0


def test_ad_punkt_inside_a_decision_does_not_move_another_items_text(rules_nlp) -> None:
    # "Ad punkt 3" under item 4's decision names the recommendation's third point; item 3 of
    # the agenda is the one under its own "Punkt 3:" heading above.
    text = ("Referat – Byrådet\nMødedato: 13. november 2024 kl. 19.00\n\n"
            "Punkt 1: Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n"
            "Punkt 2: Budget\n\nBeslutning\n\nGodkendt.\n\n"
            "Punkt 3: Vejplan\n\nBeslutning\n\nGodkendt.\n\n"
            "Punkt 4: Klagesager\n\nBeslutning\n\nByrådet godkendte indstillingen.\n\n"
            "Ad punkt 3\n\nImod stemte: Ø\n\nUndlader: F\n\nFremstilling\n\nTal for 2023.\n")
    doc = rules_nlp(text)
    assert {(p["item_no"], p["actor"], p["position"]) for p in doc._.positions} == {
        ("4", "Ø", "against"), ("4", "F", "abstain")}


def test_a_decision_section_closed_by_a_heading_is_the_decision_whole(rules_nlp) -> None:
    # Every paragraph up to the next section heading ("Fremstilling") is the decision, a
    # numbered second point too; the absence line under it is attendance, not decision text.
    text = ("Referat – Økonomiudvalget\nMødedato: 9. februar 2023 kl. 16.00\n\n"
            "Punkt 1: Busplan 2024\nSagsnr.: 23-000301\n\nBeslutning\n\n"
            "1. Taget til efterretning.\n\n"
            "2. Udvalget ønsker en analyse af nye linjeføringer og færre stoppesteder.\n\n"
            "Afbud: Bo Lund\n\nFremstilling\n\nSagsprocedure\n\nØkonomiudvalget.\n\n"
            "Resume\n\nBusplanen skal revideres.\n\n"
            "Punkt 2: Eventuelt\nSagsnr.: 23-000302\n\nBeslutning\n\nIntet.\n")
    doc = rules_nlp(text)
    # the decision's numbered points are no agenda items
    assert [r["item_no"] for r in rows(doc, "agenda_items")] == ["1", "2"]
    (decision,) = rows(doc, "decisions")
    assert decision["text"] == ("1. Taget til efterretning. 2. Udvalget ønsker en analyse af "
                                "nye linjeføringer og færre stoppesteder.")


def test_an_item_section_keeps_its_text_when_a_later_item_has_an_ad_point_of_its_number(
        rules_nlp) -> None:
    # "Punkt 1: ..." with its text below is item 1's own text; "Ad 1:" in item 3 is a point of
    # item 3's case.
    text = ("Referat – Byrådet\nMødedato: 31. januar 2022 kl. 19.00\n\n"
            "Punkt 1: Godkendelse af dagsorden\nSagsnr.: 21-014420\n\nBeslutning\n\n"
            "Dagsordenen blev godkendt.\n\n"
            "Punkt 2: Program for mødet\nSagsnr.: 21-014419\n\nBeslutning\n\n"
            "Programmet blev godkendt.\n\n"
            "Punkt 3: Fælles kontrolenhed\nSagsnr.: 22-000100\n\nBeslutning\n\n"
            "Byrådet godkendte indstillingen.\n\nFremstilling\n\n"
            "Ad 1: Det formelle grundlag for den fælles enhed er en aftale.\n\n"
            "Ad 2) Lejekontrakten overtages af den nye enhed.\n")
    decisions = {d["item_no"]: d["text"] for d in rows(rules_nlp(text), "decisions")}
    assert decisions == {"1": "Dagsordenen blev godkendt.", "2": "Programmet blev godkendt.",
                         "3": "Byrådet godkendte indstillingen."}


def test_a_closed_items_text_that_adopts_a_recommendation_is_its_decision(rules_nlp) -> None:
    # A closed item publishes only its decision, without a heading; "godkendte
    # Økonomiudvalgets indstilling" adopts a recommendation, it does not make one.
    text = ("Referat – Byrådet\nMødedato: 14. januar 2022 kl. 19.00\n\n"
            "Punkt 1: Godkendelse af dagsorden\nSagsnr.: 22-000001\n\nBeslutning\n\n"
            "Dagsordenen blev godkendt.\n\n"
            "Punkt 2: Lukket: Salg af grund\nSagsnr.: 22-000056\n\n"
            "Byrådet godkendte Økonomiudvalgets indstilling.\n\n"
            "Punkt 3: Budget\nSagsnr.: 22-000057\n\nBeslutning\n\nGodkendt.\n\n"
            "Indstilling\n\nAdministrationen indstiller, at budgettet godkendes.\n")
    decisions = {d["item_no"]: d["text"] for d in rows(rules_nlp(text), "decisions")}
    assert decisions == {"1": "Dagsordenen blev godkendt.",
                         "2": "Byrådet godkendte Økonomiudvalgets indstilling.",
                         "3": "Godkendt."}
    recommends = text.replace("Byrådet godkendte Økonomiudvalgets indstilling.",
                              "Økonomiudvalget anbefaler overfor Byrådet, at administrationens "
                              "indstilling godkendes.")
    assert "2" in {d["item_no"] for d in rows(rules_nlp(recommends), "decisions")}


def test_a_closed_items_points_and_stands_around_its_decision_are_its_decision(
        rules_nlp) -> None:
    # No "Beslutning" heading: the run of decided points and of stands is the decision, the
    # parties listed beside a named member stand with her, and "stemmer for" is a stand.
    text = ("Referat – Økonomiudvalget\nMødedato: 25. april 2022 kl. 16.00\n\n"
            "Punkt 1: Godkendelse af dagsorden\nSagsnr.: 22-000001\n\nBeslutning\n\n"
            "Godkendt.\n\n"
            "Punkt 2: Lukket: Drift af plejecenter\nSagsnr.: 22-004202\n\n"
            "1a. Anbefales.\n\nAnne Holm (A) undlod at tage stilling.\n\n6. Anbefales.\n\n"
            "V, D og Karen Lund (UP) stemmer imod.\n\nPeter Madsen (Ø) stemmer for.\n\n"
            "Punkt 3: Eventuelt\nSagsnr.: 22-000003\n\nBeslutning\n\nIntet.\n")
    doc = rules_nlp(text)
    decisions = {d["item_no"]: d["text"] for d in rows(doc, "decisions")}
    assert decisions["2"].startswith("1a. Anbefales.") and decisions["2"].endswith(
        "Peter Madsen (Ø) stemmer for.")
    assert {(p["actor"], p["position"]) for p in rows(doc, "positions")
            if p["item_no"] == "2"} == {
        ("Anne Holm", "abstain"), ("V", "against"), ("D", "against"),
        ("Karen Lund", "against"), ("Peter Madsen", "for")}


def test_a_decision_that_opens_with_its_vote_count_is_found_without_a_heading(rules_nlp) -> None:
    text = ("Referat – Byrådet\nMødedato: 23. maj 2022 kl. 19.00\n\n"
            "Punkt 1: Godkendelse af dagsorden\nSagsnr.: 22-000001\n\nBeslutning\n\n"
            "Godkendt.\n\n"
            "Punkt 2: Lukket: Salg af grund\nSagsnr.: 22-000002\n\n"
            "Med stemmerne 19 for og 2 imod godkendte Byrådet Økonomiudvalgets indstilling.\n\n"
            "For stemte: (V), (D) og (C).\n\nImod stemte: (Ø) og (F).\n")
    doc = rules_nlp(text)
    assert {d["item_no"]: d["outcome"] for d in rows(doc, "decisions")} == {
        "1": "approved", "2": "approved"}
    assert {(p["actor"], p["position"]) for p in rows(doc, "positions")} == {
        ("V", "for"), ("D", "for"), ("C", "for"), ("Ø", "against"), ("F", "against")}


def test_a_web_pages_vote_in_blocks_gives_each_partys_stand(rules_nlp) -> None:
    page = ("<html><body><h1>Byrådet</h1><p>Mødedato: 17.03.2025 kl. 18.00</p>"
            "<h2>1. Budget 2026</h2><h3>Beslutning</h3><p>Indstillingen blev godkendt.</p>"
            "<p>For stemte:</p><p>A, F og Ø (17)</p><p>Imod stemte:</p><p>V og O (14)</p>"
            "<h2>2. Eventuelt</h2><p>Intet.</p></body></html>")
    doc = rules_nlp(read_html(page.encode()))
    assert {(r["item_no"], r["actor"], r["position"]) for r in rows(doc, "positions")} == {
        ("1", "A", "for"), ("1", "F", "for"), ("1", "Ø", "for"), ("1", "V", "against"),
        ("1", "O", "against")}
