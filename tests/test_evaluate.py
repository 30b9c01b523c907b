"""Scoring: perfect and hand-computed imperfect predictions, exact and partial matching, label
maps, bootstrap intervals, the confusion matrix, reports and the score suite."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from extract.errors import ExtractError, GoldFormatError
from extract.evaluation import (
    DANE_LABELS,
    GoldDoc,
    GoldSpan,
    SuiteEntry,
    bootstrap_intervals,
    confusion_table,
    default_suite,
    evaluate,
    evaluate_suite,
    parse_label_map,
    read_gold,
    read_gold_files,
    score_spans,
    score_tables,
    suite_markdown,
)

DATA = Path(__file__).parent / "data"

TEXT = "Borgmester Lene Holm mødte Jens Hansen i Odder den 1. marts 2024."


def gold_doc() -> GoldDoc:
    spans = [GoldSpan(0, 10, "ROLE", "borgmester"), GoldSpan(11, 20, "PERSON"),
             GoldSpan(27, 38, "PERSON"), GoldSpan(41, 46, "MUNICIPALITY", "0727"),
             GoldSpan(47, 65, "DATE", "2024-03-01")]
    return GoldDoc("d1", TEXT, "inline", spans,
                   {"agenda_items": [{"item_no": "1", "title": "Budget", "case_no": ""}]})


def test_perfect_prediction_scores_one() -> None:
    g = gold_doc()
    pred = [[(s.start, s.end, s.label, s.norm or "") for s in g.spans]]
    labels, norms, errors = score_spans([g], pred)
    assert labels.set_index("label").loc["micro", "f1"] == 1.0
    assert (labels["f1"] == 1.0).all()
    assert (norms["accuracy"] == 1.0).all()
    assert errors.empty


def test_imperfect_prediction_scores_the_hand_computed_values() -> None:
    g = gold_doc()
    pred = [[(0, 10, "ROLE", "borgmester"), (11, 20, "PERSON", ""),  # 2 right
             (27, 33, "PERSON", ""),  # boundary error: 1 fp + 1 fn
             (41, 46, "LOC", ""),  # wrong label: 1 fp (LOC) + 1 fn (MUNICIPALITY)
             (47, 65, "DATE", "2024-01-03")]]  # right span, wrong norm
    labels, norms, errors = score_spans([g], pred)
    by = labels.set_index("label")
    # micro: tp 3, fp 2, fn 2 -> P = R = F = 3/5
    assert by.loc["micro", ["tp", "fp", "fn"]].tolist() == [3, 2, 2]
    assert by.loc["micro", "f1"] == pytest.approx(0.6)
    # PERSON: tp 1, fp 1, fn 1 -> 0.5
    assert by.loc["PERSON", "f1"] == pytest.approx(0.5)
    assert by.loc["MUNICIPALITY", "recall"] == 0.0
    assert norms.set_index("label").loc["DATE", "accuracy"] == 0.0
    assert sorted(errors["kind"]) == ["fn", "fn", "fp", "fp"]
    assert "[Jens H]ansen" in errors.query("kind == 'fp' and label == 'PERSON'")["context"].iloc[0]


def test_table_rows_match_on_all_key_columns() -> None:
    g = gold_doc()
    scores, missed = score_tables([g], [{"agenda_items": [{"item_no": "1", "title": "budget ",
                                                   "case_no": ""},
                                                  {"item_no": "2", "title": "Eventuelt",
                                                   "case_no": ""}]}])
    row = scores.set_index("table").loc["agenda_items"]
    assert (row.gold, row.predicted, row.matched) == (1, 2, 1)
    assert row.precision == 0.5 and row.recall == 1.0
    assert missed[["kind", "row"]].values.tolist() == [["fp", "2 | eventuelt | "]]


def test_gold_reader_checks_the_text_hash(tmp_path: Path) -> None:
    (tmp_path / "t.txt").write_text(TEXT, encoding="utf-8")
    record = {"format": "extract-gold/1", "id": "d1", "path": "t.txt",
              "sha256": hashlib.sha256(TEXT.encode()).hexdigest(),
              "spans": [{"start": 11, "end": 20, "label": "PERSON"}]}
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (doc,) = read_gold(gold)
    assert doc.text[11:20] == "Lene Holm"
    (tmp_path / "t.txt").write_text(TEXT + " Ændret.", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="changed"):
        read_gold(gold)


# ---- partial matching, macro averages, error types, confusion --------------------------------

IMPERFECT = [(0, 10, "ROLE", "borgmester"), (11, 20, "PERSON", ""),
             (27, 33, "PERSON", ""), (41, 46, "LOC", ""), (47, 65, "DATE", "2024-01-03")]


def test_partial_matching_counts_the_overlapping_person() -> None:
    labels, _, _ = score_spans([gold_doc()], [IMPERFECT], partial=True)
    by = labels.set_index("label")
    # "Jens H" overlaps gold "Jens Hansen" (same label): tp 4, fp 1 (LOC), fn 1 (MUNICIPALITY)
    assert by.loc["micro", ["tp", "fp", "fn"]].tolist() == [4, 1, 1]
    assert by.loc["micro", "f1"] == pytest.approx(0.8)
    assert by.loc["PERSON", "f1"] == 1.0
    assert by.loc["MUNICIPALITY", "recall"] == 0.0  # another label never matches


def test_macro_average_is_the_mean_of_the_label_scores() -> None:
    labels, _, _ = score_spans([gold_doc()], [IMPERFECT])
    by = labels.set_index("label")
    # exact F1 per label: DATE 1, LOC 0, MUNICIPALITY 0, PERSON 0.5, ROLE 1 -> 2.5 / 5
    assert by.loc["macro", "f1"] == pytest.approx(0.5)
    labels, _, _ = score_spans([gold_doc()], [IMPERFECT], labels=["PERSON", "ORG"])
    by = labels.set_index("label")
    # ORG has no span on either side: it is listed but does not pull the macro average down
    assert by.loc["ORG", "support"] == 0 and by.loc["macro", "f1"] == pytest.approx(0.5)


def test_partial_matching_pairs_each_span_once() -> None:
    g = GoldDoc("d", "Lene Holm og Jens Hansen", "inline",
                [GoldSpan(0, 9, "PERSON"), GoldSpan(13, 24, "PERSON")])
    # one long prediction over both names can match only one of them
    labels, _, _ = score_spans([g], [[(0, 24, "PERSON", "")]], partial=True)
    assert labels.set_index("label").loc["PERSON", ["tp", "fp", "fn"]].tolist() == [1, 0, 1]


def test_errors_say_what_kind_of_error_each_is() -> None:
    _, _, errors = score_spans([gold_doc()], [IMPERFECT])
    kinds = {(r.kind, r.label): (r.error, r.other) for r in errors.itertuples()}
    assert kinds[("fp", "PERSON")] == ("boundary", "PERSON 'Jens Hansen'")
    assert kinds[("fn", "PERSON")] == ("boundary", "PERSON 'Jens H'")
    assert kinds[("fp", "LOC")] == ("label", "MUNICIPALITY 'Odder'")
    assert kinds[("fn", "MUNICIPALITY")] == ("label", "LOC 'Odder'")
    _, _, errors = score_spans([gold_doc()], [[(0, 10, "ROLE", ""), (50, 55, "ORG", "")]])
    fn = errors.query("kind == 'fn'")
    # the DATE overlaps the spurious ORG inside it; nothing overlaps the other misses
    assert sorted(zip(fn["label"], fn["error"], strict=True)) == [
        ("DATE", "label+boundary"), ("MUNICIPALITY", "missed"), ("PERSON", "missed"),
        ("PERSON", "missed")]
    assert errors.query("kind == 'fp'")["error"].tolist() == ["label+boundary"]


def test_confusion_table_pairs_spans_across_labels() -> None:
    table = confusion_table([gold_doc()], [IMPERFECT + [(50, 52, "ORG", "")]])
    assert table.index.name == "gold" and table.columns.name == "predicted"
    assert table.loc["MUNICIPALITY", "LOC"] == 1
    assert table.loc["PERSON", "PERSON"] == 2  # the boundary error still pairs PERSON with PERSON
    # ORG at 50-52 lies inside the DATE, which is already paired with the predicted DATE
    assert table.loc["O", "ORG"] == 1
    assert int(table.to_numpy().sum()) == 6  # 5 gold spans paired + 1 spurious prediction


def test_perfect_prediction_is_one_everywhere() -> None:
    g = gold_doc()
    pred = [[(s.start, s.end, s.label, s.norm or "") for s in g.spans]]
    for partial in (False, True):
        labels, _, _ = score_spans([g], pred, partial=partial)
        assert (labels["f1"] == 1.0).all()
    table = confusion_table([g], pred)
    assert (table.to_numpy() == np.diag(np.diag(table.to_numpy()))).all()
    assert table.loc["O"].sum() == 0 and table["O"].sum() == 0


# ---- label maps --------------------------------------------------------------------------------


def test_label_map_items_merge_and_drop_labels() -> None:
    assert parse_label_map(["PER=PERSON", "LOC,MUNICIPALITY=LOC", "DATE="]) == {
        "PER": "PERSON", "LOC": "LOC", "MUNICIPALITY": "LOC", "DATE": ""}
    assert parse_label_map("dane") == {"PER": "PERSON", "MUNICIPALITY": "LOC"}
    with pytest.raises(ExtractError, match="FROM=TO"):
        parse_label_map(["PERSON"])


DANE_TEXT = "Borgmester Lene Holm fra Odder Kommune talte den 3. marts 2025."


def dane_gold() -> GoldDoc:
    # DaNE's scheme: PER, and a municipality is a LOC; titles and dates are not annotated.
    return GoldDoc("dane", DANE_TEXT, "inline",
                   [GoldSpan(11, 20, "PER"), GoldSpan(25, 38, "LOC")])


def test_label_map_scores_the_pipeline_on_dane_labels(rules_nlp) -> None:
    plain = evaluate([dane_gold()], nlp=rules_nlp, bootstrap=0)
    assert plain.micro_f1() < 0.5  # PER never equals PERSON; ROLE and DATE count as fp
    mapped = evaluate([dane_gold()], nlp=rules_nlp, bootstrap=0,
                      label_map=["PER=PERSON", "LOC,MUNICIPALITY=LOC"],
                      labels=["PERSON", "ORG", "LOC"])
    by = mapped.labels.set_index("label")
    assert by.loc["micro", ["tp", "fp", "fn"]].tolist() == [2, 0, 0]
    assert mapped.confusion.loc["LOC", "LOC"] == 1
    dropped = evaluate([dane_gold()], nlp=rules_nlp, bootstrap=0, label_map="dane",
                       labels=None)
    assert {"ROLE", "DATE"} <= set(dropped.labels["label"])  # no labels= : every label stays
    assert "ROLE" not in set(evaluate([dane_gold()], nlp=rules_nlp, bootstrap=0,
                                      label_map=["dane", "ROLE=", "DATE="]).labels["label"])


def test_gold_tokens_and_raw_text_give_offsets_in_the_same_text(rules_nlp) -> None:
    gold = DATA / "gold" / "dane_style.conllu"
    raw = evaluate(gold, nlp=rules_nlp, label_map="dane", labels=DANE_LABELS, bootstrap=0)
    tok = evaluate(gold, nlp=rules_nlp, label_map="dane", labels=DANE_LABELS, bootstrap=0,
                   tokens="gold")
    for result in (raw, tok):
        by = result.labels.set_index("label")
        assert by.loc["PERSON", "f1"] == 1.0  # Lene Holm, Jens Hansen
        assert by.loc["micro", "support"] == 5
    with pytest.raises(ExtractError, match="tokens="):
        evaluate(gold, nlp=rules_nlp, tokens="words")


# ---- bootstrap -----------------------------------------------------------------------------------


def test_bootstrap_interval_of_two_opposite_documents_spans_zero_to_one() -> None:
    # doc a: its one PERSON found; doc b: its one PERSON missed. Half the resamples hold both
    # (F1 2/3), a quarter only a (F1 1), a quarter only b (F1 0): the 95% interval is [0, 1].
    per_doc = [Counter({("PERSON", "tp"): 1}), Counter({("PERSON", "fn"): 1})]
    ci = bootstrap_intervals(per_doc, ["PERSON"], n=2000, seed=1).set_index(["label", "metric"])
    row = ci.loc[("PERSON", "f1")]
    assert row.value == pytest.approx(2 / 3)
    assert (row.low, row.high) == (0.0, 1.0)
    again = bootstrap_intervals(per_doc, ["PERSON"], n=2000, seed=1)
    assert again.equals(bootstrap_intervals(per_doc, ["PERSON"], n=2000, seed=1))


def test_bootstrap_of_a_perfect_prediction_is_a_point() -> None:
    per_doc = [Counter({("DATE", "tp"): 2}), Counter({("DATE", "tp"): 1, ("ROLE", "tp"): 1})]
    ci = bootstrap_intervals(per_doc, ["DATE", "ROLE"], n=300)
    assert (ci[["value", "low", "high"]] == 1.0).all().all()
    assert set(ci["label"]) == {"DATE", "ROLE", "micro", "macro"}


# ---- the whole evaluation, its report, the suite ------------------------------------------------


def test_evaluate_reports_every_score_and_writes_csv_and_png(root: Path, rules_nlp,
                                                             tmp_path: Path) -> None:
    result = evaluate(root / "corpus" / "gold" / "samples.jsonl", nlp=rules_nlp, bootstrap=200)
    by = result.labels.set_index("label")
    assert by.loc["micro", "f1"] > 0.9
    assert (by["f1_low"] <= by["f1"] + 1e-9).all() and (by["f1"] <= by["f1_high"] + 1e-9).all()
    assert result.micro_f1(partial=True) >= result.micro_f1()
    assert {"DATE", "MUNICIPALITY"} <= set(result.norms["label"])
    assert {"attendance", "agenda_items", "meetings"} <= set(result.tables["table"])
    assert set(result.intervals["scope"]) == {"exact", "partial", "table"}
    # every error is in the errors table with its context, and the counts agree
    assert len(result.errors) == by.loc["micro", "fp"] + by.loc["micro", "fn"]
    assert result.errors["context"].str.contains(r"\[").all()
    out = result.save(tmp_path / "report")
    assert (out / "confusion.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    for name in ("labels", "partial", "norms", "tables", "errors", "table_errors", "intervals",
                 "confusion"):
        assert (out / f"{name}.csv").stat().st_size > 0
    assert "| micro |" in result.to_markdown()


def test_evaluate_reads_other_tools_exports(rules_nlp) -> None:
    result = evaluate([DATA / "gold" / "doccano.jsonl", DATA / "gold" / "labelstudio_min.json"],
                      nlp=rules_nlp, bootstrap=0)
    assert result.n_documents == 3
    by = result.labels.set_index("label")
    assert by.loc["TIME", "tp"] == 2 and by.loc["PERSON", "tp"] == 2


def test_the_suite_scores_the_project_gold(rules_nlp, shared: Path) -> None:
    full = {e.name: e for e in default_suite()}
    assert set(full) == {"corpus", "unseen", "real", "dane", "dane_tokens"}
    unseen = {d.id for d in full["unseen"].gold()}
    assert len(unseen) >= 12 and not unseen & {d.id for d in full["corpus"].gold()}
    assert len(full["dane"].gold()) == 565 and full["dane_tokens"].tokens == "gold"
    real = full["real"].gold()
    assert all(str(shared.resolve()) in str(Path(d.source).resolve()) for d in real)
    assert len([d for d in real if d.spans_annotated]) >= 29
    assert not any(str(shared.resolve()) in d.source for d in full["corpus"].gold())
    # the same machinery on the first documents of each set, to keep the test quick
    small = [SuiteEntry(e.name, e.title, lambda e=e: e.gold()[:4], e.label_map, e.labels,
                        e.tokens) for e in full.values()]
    results = evaluate_suite(nlp=rules_nlp, entries=small, bootstrap=50)
    assert set(results["dane"].labels["label"]) == {"PERSON", "ORG", "LOC", "MISC", "micro",
                                                    "macro"}
    text = suite_markdown(results)
    # corpus, unseen, real, dane (dane_tokens only in the summary)
    assert text.count("| micro |") == 4
    assert "| dane_tokens |" in text and "95% bootstrap intervals" in text


def test_the_gold_corpus_is_as_large_as_promised(root: Path, shared: Path) -> None:
    docs = read_gold_files(sorted((root / "corpus" / "gold").glob("*.jsonl")))
    annotated = [d for d in docs if d.spans_annotated]
    assert len(annotated) >= 30
    assert sum(len(d.spans) for d in annotated) >= 2000
    real = [d for d in annotated if str(shared.resolve()) in str(Path(d.source).resolve())]
    assert len(real) >= 20  # part of it on real documents, kept as offsets into ../shared


def test_records_of_one_document_in_two_files_are_scored_once(tmp_path: Path) -> None:
    spans = {"format": "extract-gold/1", "id": "d1", "text": TEXT,
             "spans": [{"start": 11, "end": 20, "label": "PERSON"}],
             "tables": {"agenda_items": [{"item_no": "1", "title": "Budget", "case_no": ""}]}}
    actions = {"format": "extract-gold/1", "id": "d1", "text": TEXT,
               "tables": {"actions": [{"actor": "borgmesteren"}]}}
    (tmp_path / "a.jsonl").write_text(json.dumps(spans) + "\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps(actions) + "\n", encoding="utf-8")
    (doc,) = read_gold_files([tmp_path / "b.jsonl", tmp_path / "a.jsonl"])
    assert doc.spans_annotated and [(s.start, s.end) for s in doc.spans] == [(11, 20)]
    assert set(doc.tables) == {"agenda_items", "actions"}
    clash = dict(spans, spans=[{"start": 0, "end": 10, "label": "ROLE"}])
    (tmp_path / "c.jsonl").write_text(json.dumps(clash) + "\n", encoding="utf-8")
    with pytest.raises(ExtractError, match="two different span annotations"):
        read_gold_files([tmp_path / "a.jsonl", tmp_path / "c.jsonl"])


def test_cli_evaluates_iob2_with_a_label_map_and_writes_a_report(tmp_path: Path, capsys) -> None:
    from extract.cli import main

    gold = DATA / "gold" / "uner_style.iob2"
    code = main(["evaluate", str(gold), "--map", "PER=PERSON", "--map", "LOC,MUNICIPALITY=LOC",
                 "--labels", "PERSON", "ORG", "LOC", "--partial", "--tokens", "gold",
                 "--bootstrap", "100", "--report", str(tmp_path / "rep")])
    assert code == 0
    printed = capsys.readouterr().out
    assert "partial match" in printed and "Confusion" in printed
    labels = pd.read_csv(tmp_path / "rep" / "labels.csv").set_index("label")
    assert labels.loc["PERSON", "f1"] == 1.0 and "MISC" not in labels.index
    assert (tmp_path / "rep" / "confusion.png").exists()


def test_cli_says_what_to_do_with_a_bad_label_map_or_no_gold(capsys) -> None:
    from extract.cli import main

    assert main(["evaluate", str(DATA / "gold" / "doccano.jsonl"), "--map", "PERSON"]) == 2
    assert "FROM=TO" in capsys.readouterr().err
    assert main(["evaluate"]) == 2
    assert "--suite" in capsys.readouterr().err


def test_components_score_each_table_and_label_and_their_mean() -> None:
    from extract.evaluation.components import component_scores

    people_only = GoldDoc("a", TEXT, "inline", [GoldSpan(11, 20, "PERSON")],
                          {"meetings": [{}], "positions": []}, span_labels=["PERSON"])
    # a: one meeting row matched, the person found, an ORG predicted that the gold does not tag
    table_counts = [{("meetings", "tp"): 1, ("meetings", "fp"): 0, ("meetings", "fn"): 0,
                     ("positions", "tp"): 0, ("positions", "fp"): 0, ("positions", "fn"): 0}]
    span_counts = [score_counts(people_only, [(11, 20, "PERSON", ""), (27, 38, "ORG", "")])]
    scores, by_doc = component_scores([people_only], table_counts, span_counts)
    f1 = scores.set_index("component")["f1"]
    assert f1["meetings"] == 1.0 and f1["people"] == 1.0
    assert np.isnan(f1["positions"])  # nothing to find, nothing found: no score, not 0 or 1
    assert f1["mean"] == 1.0
    assert "ORG" not in str(scores) and "dates" not in set(scores["component"])
    assert by_doc.loc[0, "people"] == 1.0 and pd.isna(by_doc.loc[0, "positions"])


def score_counts(doc: GoldDoc, predicted: list) -> Counter:
    from extract.evaluation.spans import span_counts_by_doc

    return span_counts_by_doc([doc], [predicted])[0]


def test_span_labels_keep_other_labels_out_of_a_records_scores() -> None:
    doc = GoldDoc("a", TEXT, "inline", [GoldSpan(11, 20, "PERSON")], span_labels=["PERSON"])
    labels, _, errors = score_spans([doc], [[(11, 20, "PERSON", ""), (27, 38, "ORG", "")]])
    assert labels.set_index("label").loc["micro", "f1"] == 1.0
    assert errors.empty


def test_cli_prints_the_component_table_per_document(tmp_path: Path, capsys) -> None:
    from extract.cli import main

    text = "Byrådet\nMødedato: 1. marts 2024\n\nDeltagere: Lene Holm\n"
    record = {"format": "extract-gold/1", "id": "x", "text": text,
              "span_labels": ["PERSON", "DATE"],
              "spans": [{"start": 10, "end": 23, "label": "DATE", "norm": "2024-03-01"},
                        {"start": 36, "end": 45, "label": "PERSON"}],
              "tables": {"attendance": [{"person": "Lene Holm", "role": "", "status": "present",
                                         "note": ""}]}}
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["evaluate", str(gold), "--model", "da_minutes_rules", "--bootstrap", "0",
                 "--markdown", "--by-document"]) == 0
    out = capsys.readouterr().out
    assert "| component | documents |" in out and "| people | 1 |" in out
    assert "| doc_id | attendance | people | dates |" in out


PORTAL_MINUTES = (
    "Referat – Byrådet\nMødedato: 6. marts 2023 kl. 19.00\n\n"
    "Punkt 1: Lokalplan 7\nSagsnr.: 23-000101\n\nBeslutning\n\n"
    "Byrådet godkendte indstillingen.\n\nImod stemte (Ø).\n\nFraværende: Bo Lund\n\n"
    "Fremstilling\n\nPlanen omfatter et nyt boligområde ved stationen.\n\n"
    "Sagens forløb\n\nUdvalg: Økonomiudvalget\nDato: 20-02-2023\n\n"
    "Økonomiudvalget anbefalede indstillingen.\n\nAnne Holm (V) stemte imod.\n")


def test_portal_gold_scores_this_meetings_decision_text_and_votes(rules_nlp) -> None:
    # A portal's fields give the minuted meeting's own decision and votes: the case history's
    # "Anne Holm stemte imod" (an earlier meeting's) is no false vote, and a decision text that
    # words the decision as the gold does matches although it leaves out the absence line.
    gold = GoldDoc("portal", PORTAL_MINUTES, "inline", [], spans_annotated=False, tables={
        "decision_texts": [{"item_no": "1", "text": "Byrådet godkendte indstillingen. "
                                                    "Imod stemte (Ø)."}],
        "votes": [{"item_no": "1", "actor": "Ø", "position": "against"}]})
    result = evaluate([gold], nlp=rules_nlp, bootstrap=0)
    scores = result.components.set_index("component")
    assert scores.loc["decision_text", "f1"] == 1.0
    assert scores.loc["votes", ["gold", "predicted", "matched"]].tolist() == [1, 1, 1]
    assert "positions" not in scores.index  # the gold does not annotate the full table


def test_a_decision_text_matches_by_word_overlap_within_its_item() -> None:
    from extract.evaluation.tables import score_decision_texts, text_f1

    assert text_f1("Godkendt.", "Godkendt") == 1.0
    assert text_f1("Taget til efterretning", "Sagen blev udsat") == 0.0
    gold = [{"item_no": "1", "text": "Godkendt med den ændring, at mødet flyttes."},
            {"item_no": "2", "text": "Taget til efterretning."}]
    predicted = [{"item_no": "1", "text": "Godkendt med den ændring"},  # 4 of 8 words: F1 0.67
                 {"item_no": "3", "text": "Taget til efterretning."}]   # another item's
    matched, missed, spurious = score_decision_texts(gold, predicted)
    assert matched == 1
    assert [r["item_no"] for r in missed] == ["2"] and [r["item_no"] for r in spurious] == ["3"]


def test_a_misc_is_not_scored_on_minutes_gold_which_never_annotates_it(tmp_path) -> None:
    # corpus/GUIDELINES.md: MISC is "never in the minutes gold", so a record without
    # span_labels annotates the guidelines' labels only.
    import json as _json

    import extract
    from extract.evaluation import evaluate as _evaluate

    text = "Anne Holm talte om Folketingsvalget."
    record = {"format": "extract-gold/1", "id": "misc", "text": text,
              "spans": [{"start": 0, "end": 9, "label": "PERSON"}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(_json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    nlp = extract.pipeline.build_pipeline()
    ruler = nlp.add_pipe("entity_ruler", name="stand_in_misc", last=True,
                         config={"overwrite_ents": False})
    ruler.add_patterns([{"label": "MISC", "pattern": "Folketingsvalget"}])
    assert any(e.label_ == "MISC" for e in nlp(text).ents)
    labels = _evaluate(path, nlp=nlp, bootstrap=0).labels.set_index("label")
    assert "MISC" not in labels.index
    assert labels.loc["micro", "precision"] == 1.0
