"""Scoring: perfect predictions, a hand-computed imperfect one, and gold reading."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from extract.errors import GoldFormatError
from extract.evaluate import score_spans, score_tables
from extract.gold import GoldDoc, GoldSpan, read_gold

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
