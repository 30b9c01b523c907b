"""The (form, UPOS) lemmatizer: its fallback rules, its tables, and the shipped model's score."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from extract.components.lemmatizer import lemmatize_form, pos_key, recase, suffix_key
from extract.train.lemmas import LemmaTables, suffix_rules, ud_lemma

CORE = Path(__file__).resolve().parents[1] / "models" / "da_core"

TRIPLES = [
    ("det", "PRON", "det"), ("det", "DET", "den"), ("Det", "DET", "den"),
    ("helt", "ADV", "helt"), ("helt", "ADJ", "hel"),
    ("kyllingerne", "NOUN", "kylling"), ("bilerne", "NOUN", "bil"), ("husene", "NOUN", "hus"),
    ("ledelsen", "NOUN", "ledelse"), ("Danmark", "PROPN", "Danmark"),
    ("hoppede", "VERB", "hoppe"), ("kastede", "VERB", "kaste"), ("problemer", "NOUN", "problem"),
]


def tables(lookup: dict[str, str] | None = None) -> dict[str, dict]:
    by_pos = {pos_key(pos, form): lemma for form, pos, lemma in TRIPLES}
    return {"lemma_lookup": lookup or {}, "lemma_pos": by_pos,
            "lemma_suffix": suffix_rules(TRIPLES)}


def lemma(form: str, pos: str, lookup: dict[str, str] | None = None,
          lookup_pos: tuple[str, ...] = ("NOUN", "VERB", "ADJ")) -> str:
    return lemmatize_form(form, pos, tables(lookup), lookup_pos=lookup_pos)


def test_a_homograph_gets_the_lemma_of_its_part_of_speech() -> None:
    assert lemma("det", "PRON") == "det"
    assert lemma("det", "DET") == "den"
    assert lemma("helt", "ADV") == "helt"
    assert lemma("helt", "ADJ") == "hel"


def test_capitals_of_a_sentence_start_or_a_heading_are_lowercased() -> None:
    assert lemma("Kyllingerne", "NOUN") == "kylling"
    assert lemma("PROBLEMER", "NOUN") == "problem"
    assert lemma("Ti", "NUM") == "ti"
    assert lemma("II", "NUM") == "II"  # a Roman numeral
    assert recase("TV-program", "tv-program") == "TV-program"
    assert recase("Silverstone-banen", "silverstone-bane") == "Silverstone-bane"


def test_a_proper_noun_keeps_its_form_less_a_genitive() -> None:
    assert lemma("Danmarks", "PROPN") == "Danmark"  # a known proper noun
    assert lemma("FN's", "PROPN") == "FN"
    assert lemma("Lars'", "PROPN") == "Lars"
    assert lemma("DBUs", "PROPN") == "DBU"
    assert lemma("Jens", "PROPN") == "Jens"  # "Jen" is no known name
    assert lemma("Aarhus", "PROPN") == "Aarhus"


def test_a_hyphenated_compound_keeps_its_first_parts() -> None:
    assert lemma("KTAS-ledelsen", "NOUN") == "KTAS-ledelse"
    assert lemma("Vej-bilerne", "NOUN") == "Vej-bil"


def test_the_form_table_is_asked_only_for_the_parts_of_speech_it_suits() -> None:
    lookup = {"strengt": "streng", "samlever": "samleve", "ringere": "ringe"}
    assert lemma("strengt", "ADV", lookup) == "strengt"  # UD: an adverb is its own lemma
    assert lemma("strengt", "ADJ", lookup) == "streng"
    assert lemma("ringere", "ADJ", lookup) == "ringe"
    assert lemma("samlever", "NOUN", lookup, lookup_pos=("NOUN",)) == "samleve"
    assert lemma("samlever", "NOUN", lookup, lookup_pos=()) == lemma("samlever", "NOUN")
    # without a part of speech the lemmatizer is spaCy's lookup lemmatizer
    assert lemma("samlever", "", lookup) == "samleve"


def test_an_unseen_word_takes_the_edit_of_its_longest_known_ending() -> None:
    assert lemma("hestene", "NOUN") == "hest"  # "-ene" as in "husene"
    assert lemma("trafiklysene", "NOUN") == "trafiklys"
    assert lemma("lukkede", "VERB") == "lukke"
    assert lemma("Bådene", "NOUN") == "båd"
    assert lemma("hurtigt", "ADV") == "hurtigt"  # no rule: the form


def test_suffix_rules_keep_only_endings_that_change_the_answer() -> None:
    rules = suffix_rules(TRIPLES)
    assert rules[suffix_key("NOUN", "")] == [4, ""]  # "-erne" twice, more than any other
    assert rules[suffix_key("NOUN", "ene")] == [3, ""]
    assert suffix_key("NOUN", "erne") not in rules  # the shorter ending says the same
    assert rules[suffix_key("VERB", "")] == [2, ""]  # "-ede" -> "-e"
    assert suffix_key("VERB", "ede") not in rules
    assert suffix_key("PROPN", "") not in rules  # proper nouns get no rules


def test_cdt_lemmas_are_put_in_ud_conventions() -> None:
    assert ud_lemma("helt", "ADV", "hel", "AN") == "helt"
    assert ud_lemma("Åbenbart", "ADV", "åbenbar", "AN") == "åbenbart"
    assert ud_lemma("dyrenes", "NOUN", "dyrernes", "XX") is None  # a misspelt CDT lemma
    assert ud_lemma("joint-venture-aftalen", "NOUN", "joint_venture-aftale", "NC") == \
        "joint-venture-aftale"
    assert ud_lemma("f.eks.", "ADV", "for_eksempel", "RG") == "for_eksempel"


def small_tables() -> LemmaTables:
    t = tables({"huse": "hus"})
    return LemmaTables(lookup=t["lemma_lookup"], by_pos=t["lemma_pos"],
                       suffix=t["lemma_suffix"], lookup_pos=["NOUN"])


def tagged(nlp: spacy.Language) -> Doc:
    return Doc(nlp.vocab, words=["Det", "huse", "bilerne", "det"],
               pos=["DET", "NOUN", "NOUN", "PRON"])


def test_lemmatizer_round_trips_through_disk_and_bytes(tmp_path: Path) -> None:
    nlp = spacy.blank("da")
    tables_ = small_tables()
    nlp.add_pipe("extract_lemmatizer", name="lemmatizer",
                 config={"lookup_pos": tables_.lookup_pos})
    nlp.get_pipe("lemmatizer").initialize(lookups=tables_.to_lookups())
    expected = ["den", "hus", "bil", "det"]
    assert [t.lemma_ for t in nlp.get_pipe("lemmatizer")(tagged(nlp))] == expected
    nlp.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    assert loaded.get_pipe_meta("lemmatizer").factory == "extract_lemmatizer"
    assert [t.lemma_ for t in loaded.get_pipe("lemmatizer")(tagged(loaded))] == expected
    copy = spacy.blank("da")
    copy.add_pipe("extract_lemmatizer", name="lemmatizer", config={"lookup_pos": ["NOUN"]})
    copy.from_bytes(nlp.to_bytes())  # what the batch workers do
    assert [t.lemma_ for t in copy.get_pipe("lemmatizer")(tagged(copy))] == expected


def test_the_form_table_is_held_compactly_and_saved_beside_the_lookups(tmp_path: Path) -> None:
    from spacy.lookups import Lookups

    from extract.components._form_table import FormTable

    nlp = spacy.blank("da")
    tables_ = small_tables()
    nlp.add_pipe("extract_lemmatizer", name="lemmatizer",
                 config={"lookup_pos": tables_.lookup_pos})
    lemmatizer = nlp.get_pipe("lemmatizer")
    lemmatizer.initialize(lookups=tables_.to_lookups())
    table = lemmatizer.lookups.get_table("lemma_lookup")
    assert isinstance(table, FormTable)
    assert table.get("huse") == "hus" and "huse" in table and "bilerne" not in table
    nlp.to_disk(tmp_path / "model")
    assert (tmp_path / "model" / "lemmatizer" / "lemma_lookup.bin").exists()
    # A folder saved before (the form table inside lookups.bin, as spaCy saves it) still loads.
    legacy = tables_.to_lookups()
    assert isinstance(legacy, Lookups) and legacy.has_table("lemma_lookup")
    legacy.to_disk(tmp_path / "model" / "lemmatizer" / "lookups")
    (tmp_path / "model" / "lemmatizer" / "lemma_lookup.bin").unlink()
    loaded = spacy.load(tmp_path / "model")
    assert isinstance(loaded.get_pipe("lemmatizer").lookups.get_table("lemma_lookup"), FormTable)
    assert [t.lemma_ for t in loaded.get_pipe("lemmatizer")(tagged(loaded))] == [
        "den", "hus", "bil", "det"]


def test_shipped_model_scores_the_ud_test_lemmas_its_card_states(shared: Path) -> None:
    from extract.train import evaluate_ud, read_conllu

    nlp = spacy.load(CORE, exclude=["ner", "ner_ensemble"] + [
        name for name in spacy.util.load_config(CORE / "config.cfg")["nlp"]["pipeline"]
        if name.startswith("extract_")])
    assert nlp.get_pipe_meta("lemmatizer").factory == "extract_lemmatizer"
    scores = evaluate_ud(nlp, read_conllu(shared / "data" / "ud-ddt" / "da_ddt-ud-test.conllu"))
    gold_tokens = scores["gold_tokens"]
    assert gold_tokens["lemma_acc"] >= 0.96
    assert gold_tokens["upos_acc"] >= 0.947
    card = (CORE / "README.md").read_text(encoding="utf-8")
    stated = re.search(r"lemma accuracy [0-9.]+ \(dev\) /\s+\*\*([0-9.]+) \(test\)\*\*", card)
    assert stated is not None
    assert gold_tokens["lemma_acc"] == pytest.approx(float(stated.group(1)), abs=0.0005)
