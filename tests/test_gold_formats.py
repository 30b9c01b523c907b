"""Gold readers: each format on a small fixture written as the tool exports it, and the real
DaNE / UNER files in ../shared."""

from __future__ import annotations

import csv
import hashlib
import json
from collections import Counter
from pathlib import Path

import pytest

from extract.errors import GoldFormatError
from extract.evaluation import GoldDoc, align_tokens, bio_spans, detect_format, read_gold

DATA = Path(__file__).parent / "data" / "gold"
SENTENCE = "Borgmester Lene Holm mødte Jens Hansen fra Region Midtjylland i Odder."
# The same sentence in DaNE's scheme (no ROLE, a municipality is a LOC).
DANE_SPANS = [("Lene Holm", "PER"), ("Jens Hansen", "PER"), ("Region Midtjylland", "ORG"),
              ("Odder", "LOC")]


def surface(doc: GoldDoc) -> list[tuple[str, str]]:
    return [(doc.text[s.start:s.end], s.label) for s in doc.spans]


@pytest.mark.parametrize(("name", "fmt"), [
    ("doccano.jsonl", "doccano"), ("labelstudio.json", "labelstudio"),
    ("labelstudio_min.json", "labelstudio"), ("dane_style.conllu", "conllu"),
    ("uner_style.iob2", "iob2"), ("dane_style.tsv", "iob2"), ("conll2003_bioes.conll", "iob2"),
    ("tokens.jsonl", "tokens"), ("docbin.spacy", "docbin"),
])
def test_the_format_is_told_from_the_file(name: str, fmt: str) -> None:
    assert detect_format(DATA / name) == fmt


def test_project_gold_is_told_from_its_records(root: Path) -> None:
    assert detect_format(root / "corpus" / "gold" / "samples.jsonl") == "extract"


def test_doccano_export_with_label_triples_and_with_entities() -> None:
    first, second = read_gold(DATA / "doccano.jsonl")
    assert first.id == "1" and first.text == SENTENCE
    assert surface(first) == [("Borgmester", "ROLE"), ("Lene Holm", "PERSON"),
                              ("Jens Hansen", "PERSON"), ("Region Midtjylland", "ORG"),
                              ("Odder", "MUNICIPALITY")]
    assert surface(second) == [("Økonomiudvalget", "ORG"), ("kl. 18.40", "TIME")]
    assert first.token_offsets is None


def test_doccano_span_outside_the_text_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"text": "Kort.", "label": [[0, 40, "ORG"]]}) + "\n",
                   encoding="utf-8")
    with pytest.raises(GoldFormatError, match="outside its text"):
        read_gold(bad)


def test_label_studio_export_skips_cancelled_tasks_and_reads_json_min() -> None:
    (task,) = read_gold(DATA / "labelstudio.json")
    assert task.id == "11"
    assert surface(task) == [("Borgmester", "ROLE"), ("Lene Holm", "PERSON"),
                             ("Odder", "MUNICIPALITY")]
    (minimal,) = read_gold(DATA / "labelstudio_min.json")
    assert surface(minimal) == [("Økonomiudvalget", "ORG"), ("kl. 18.40", "TIME")]


def test_conllu_with_dane_name_tags_in_misc_groups_sentences_by_newdoc() -> None:
    (doc,) = read_gold(DATA / "dane_style.conllu")
    assert doc.id == "odder-2025-03"
    assert doc.text == SENTENCE + "\nMødet sluttede kl. 18.40 i Rådhuset."
    assert surface(doc) == DANE_SPANS + [("Rådhuset", "LOC")]
    # SpaceAfter=No and the raw text agree: "Odder" is glued to the full stop.
    words, spaces = doc.words, doc.spaces
    assert words[10:12] == ["Odder", "."] and spaces[10] is False and spaces[9] is True


def test_conllu_without_entity_tags_says_what_is_missing(tmp_path: Path) -> None:
    plain = tmp_path / "ud.conllu"
    plain.write_text("# text = Hej.\n1\tHej\thej\tINTJ\t_\t_\t0\troot\t_\tSpaceAfter=No\n"
                     "2\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_\n\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="no entity tags in the MISC column"):
        read_gold(plain)


def test_uner_iob2_uses_the_uner_column_and_the_raw_text() -> None:
    a, b = read_gold(DATA / "uner_style.iob2")
    assert (a.id, a.text) == ("test-a", SENTENCE)
    assert surface(a) == DANE_SPANS
    assert b.text == 'Aarhus-borgere stemte "nej".' and b.spans == []  # LOCderiv is not UNER


def test_dane_tsv_without_raw_text_joins_tokens_and_keeps_a_hash_token() -> None:
    a, c = read_gold(DATA / "dane_style.tsv")
    assert a.text == "Borgmester Lene Holm mødte Jens Hansen fra Region Midtjylland i Odder ."
    assert surface(a) == DANE_SPANS
    assert c.words == ["#", "1", "Dansk", "Folkeparti"]
    assert surface(c) == [("Dansk", "MISC"), ("Folkeparti", "ORG")]


def test_conll2003_takes_the_entity_column_not_chunks_and_splits_at_docstart() -> None:
    first, second = read_gold(DATA / "conll2003_bioes.conll")
    assert first.text == "Borgmester Lene Holm i Odder .\nHun talte ."
    assert surface(first) == [("Lene Holm", "PER"), ("Odder", "LOC")]
    assert surface(second) == [("Region Midtjylland", "ORG")]


def test_token_jsonl_aligns_tokens_to_raw_text_with_double_spaces() -> None:
    a, b = read_gold(DATA / "tokens.jsonl")
    assert a.text == SENTENCE and surface(a) == DANE_SPANS
    assert b.text == 'Han  sagde  "ja" til Dansk Folkeparti.'
    assert b.token_offsets[:3] == [(0, 3), (5, 10), (12, 13)]
    assert surface(b) == [("Dansk Folkeparti", "ORG")]


def test_token_jsonl_with_class_ids_asks_for_tag_names(tmp_path: Path) -> None:
    ids = tmp_path / "ids.jsonl"
    ids.write_text(json.dumps({"tokens": ["Lene", "Holm"], "ner_tags": [1, 2]}) + "\n",
                   encoding="utf-8")
    with pytest.raises(GoldFormatError, match="tag strings"):
        read_gold(ids)


def test_docbin_keeps_entities_norms_and_tokens() -> None:
    first, second = read_gold(DATA / "docbin.spacy")
    assert first.id == "odder-docbin" and first.text == SENTENCE
    assert [(t, lab) for t, lab in surface(first)] == [
        ("Borgmester", "ROLE"), ("Lene Holm", "PERSON"), ("Jens Hansen", "PERSON"),
        ("Region Midtjylland", "ORG"), ("Odder", "MUNICIPALITY")]
    assert [s.norm for s in first.spans] == ["borgmester", None, None, None, "0727"]
    assert len(first.words) == 12
    assert surface(second) == [("kl. 18.40", "TIME")]


def test_bio_decoding_reads_iob1_bioes_and_label_changes() -> None:
    assert bio_spans(["B-PER", "I-PER", "O", "I-LOC", "I-LOC"]) == [(0, 2, "PER"), (3, 5, "LOC")]
    assert bio_spans(["S-LOC", "B-ORG", "E-ORG", "B-PER"]) == [(0, 1, "LOC"), (1, 3, "ORG"),
                                                             (3, 4, "PER")]
    assert bio_spans(["B-PER", "I-ORG"]) == [(0, 1, "PER"), (1, 2, "ORG")]


def test_tokens_that_do_not_belong_to_the_text_are_refused() -> None:
    with pytest.raises(GoldFormatError, match="not found in the raw text"):
        align_tokens("Lene Holm kom.", ["Lene", "Hansen", "kom", "."], where="t")


def test_unknown_format_is_named(tmp_path: Path) -> None:
    odd = tmp_path / "gold.xml"
    odd.write_text("<gold/>", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="pass format="):
        read_gold(odd)
    with pytest.raises(GoldFormatError, match="unknown gold format"):
        read_gold(DATA / "doccano.jsonl", format="brat")


def test_extract_gold_excerpt_keeps_file_offsets(tmp_path: Path) -> None:
    text = "Forside\n\n" + SENTENCE + "\n\nBilag"
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    start = text.index("Lene")
    lo, hi = 9, 9 + len(SENTENCE)
    record = {"format": "extract-gold/1", "id": "excerpt", "path": "doc.txt",
              "sha256": hashlib.sha256(text.encode()).hexdigest(), "char_range": [lo, hi],
              "spans": [{"start": start, "end": start + 9, "label": "PERSON"}]}
    (tmp_path / "g.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (doc,) = read_gold(tmp_path / "g.jsonl")
    assert doc.text == SENTENCE and surface(doc) == [("Lene Holm", "PERSON")]
    record["spans"].append({"start": 0, "end": 7, "label": "ORG"})  # outside the excerpt
    (tmp_path / "g.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="excerpt"):
        read_gold(tmp_path / "g.jsonl")


def test_a_record_can_annotate_one_cell_of_a_csv_file(tmp_path: Path) -> None:
    # Archives publish proceedings as one row per case; a cell holding commas, quotes and line
    # breaks is read back as written.
    cell = 'Man overdrog det til Udvalget at "undersøge" Sagen,\nsom foreslaaet.'
    with (tmp_path / "cases.csv").open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["uid", "page_id", "text_data"], ["7", "p-1", "Andet."],
                                 ["12", "p-2", cell]])
    start = cell.index("Udvalget")
    record = {"format": "extract-gold/1", "id": "case12", "path": "cases.csv", "csv_uid": "12",
              "csv_column": "text_data", "sha256": hashlib.sha256(cell.encode()).hexdigest(),
              "spans": [{"start": start, "end": start + 8, "label": "ORG"}]}
    (tmp_path / "g.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (doc,) = read_gold(tmp_path / "g.jsonl")
    assert doc.text == cell and surface(doc) == [("Udvalget", "ORG")]
    for key, value, message in (("csv_uid", "99", "no row with uid '99'"),
                                ("csv_column", "tekst", "no column 'tekst'")):
        (tmp_path / "g.jsonl").write_text(json.dumps({**record, key: value}) + "\n",
                                          encoding="utf-8")
        with pytest.raises(GoldFormatError, match=message):
            read_gold(tmp_path / "g.jsonl")


def test_tables_only_records_are_not_scored_for_entities(tmp_path: Path) -> None:
    record = {"format": "extract-gold/1", "id": "t", "text": SENTENCE,
              "tables": {"agenda_items": []}}
    (tmp_path / "g.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (doc,) = read_gold(tmp_path / "g.jsonl")
    assert doc.spans_annotated is False


# ---- the real files in ../shared -------------------------------------------------------------


def token_spans(doc: GoldDoc) -> list[tuple[int, int, str]]:
    """Spans as (first token, end token, label): the same across texts of the same tokens."""
    starts = [s for s, _ in doc.token_offsets]
    ends = [e for _, e in doc.token_offsets]
    return [(starts.index(s.start), ends.index(s.end) + 1, s.label) for s in doc.spans]


def test_dane_test_jsonl_has_the_documented_entity_counts(shared: Path) -> None:
    docs = read_gold(shared / "data" / "dane" / "scandeval_dane_test_with_heads_deps.jsonl")
    counts = Counter(s.label for d in docs for s in d.spans)
    # PROVENANCE.txt: "test PER 180 ORG 161 LOC 96 MISC 121" over 565 sentences
    assert len(docs) == 565
    assert counts == {"PER": 180, "ORG": 161, "LOC": 96, "MISC": 121}
    assert docs[0].text.startswith("To kendte russiske historikere Andronik Mirganjan")


def test_dane_tsv_and_jsonl_agree_token_for_token(shared: Path) -> None:
    tsv = read_gold(shared / "data" / "dane" / "dane_test.tsv")
    jsonl = read_gold(shared / "data" / "dane" / "scandeval_dane_test_with_heads_deps.jsonl")
    assert [d.words for d in tsv] == [d.words for d in jsonl]
    assert [token_spans(d) for d in tsv] == [token_spans(d) for d in jsonl]


def test_uner_test_iob2_reads_all_sentences_on_their_raw_text(shared: Path) -> None:
    docs = read_gold(shared / "data" / "uner-da-ddt" / "da_ddt-ud-test.iob2")
    counts = Counter(s.label for d in docs for s in d.spans)
    assert len(docs) == 565
    # PROVENANCE.txt counts B- tags (PER 184 ORG 172 LOC 90); one PER starts with a stray I-.
    assert counts == {"PER": 185, "ORG": 172, "LOC": 90}
    assert all(d.text == d.text.strip() and "  " not in d.text for d in docs)
