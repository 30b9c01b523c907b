"""Saving and loading the pipeline, and running it in several processes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import spacy

import extract
from extract.pipeline import RULE_COMPONENTS

SNIPPET = ("Dato: 16-08-2024\nDeltagere:\nBorgmester Allan S. Andersen, Tårnby Kommune\n"
           "Politidirektør Anne Tønnes\n\nKøbenhavns Politi deltog den 1. oktober kl. 17.00.")


def summary(doc) -> dict:
    return {"ents": [(e.text, e.label_, e._.norm) for e in doc.ents],
            "attendance": doc._.attendance, "meetings": doc._.meetings}


def test_to_disk_then_spacy_load_in_a_fresh_process(rules_nlp, tmp_path: Path) -> None:
    rules_nlp.to_disk(tmp_path / "model")
    code = (
        "import json, sys, spacy\n"
        f"nlp = spacy.load({str(tmp_path / 'model')!r})\n"  # no `import extract` first
        "doc = nlp(sys.stdin.read())\n"
        "print(json.dumps({'pipes': nlp.pipe_names, "
        "'ents': [(e.text, e.label_, e._.norm) for e in doc.ents]}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], input=SNIPPET, capture_output=True,
                         text=True, check=True)
    loaded = json.loads(out.stdout)
    assert loaded["pipes"] == list(RULE_COMPONENTS)
    assert [tuple(e) for e in loaded["ents"]] == summary(rules_nlp(SNIPPET))["ents"]


def test_saved_components_carry_their_gazetteers(rules_nlp, tmp_path: Path) -> None:
    rules_nlp.to_disk(tmp_path / "model")
    data = json.loads((tmp_path / "model" / "extract_municipalities" / "lexicon.json").read_text())
    assert len(data["municipalities"]) == 98
    assert data["forms"]["Tårnbys"] == "0185"


def test_shipped_rule_model_matches_the_code(rules_nlp, rules_model_path: Path) -> None:
    shipped = spacy.load(rules_model_path)
    assert summary(shipped(SNIPPET)) == summary(rules_nlp(SNIPPET))


def test_pipe_with_two_processes_gives_the_same_results(rules_nlp) -> None:
    texts = [SNIPPET, SNIPPET.replace("Anne", "Birte"), "Ingen navne her."] * 3
    serial = [summary(d) for d in rules_nlp.pipe(texts)]
    parallel = [summary(d) for d in rules_nlp.pipe(texts, n_process=2, batch_size=2)]
    assert parallel == serial


def test_load_reports_a_missing_model_clearly(tmp_path: Path) -> None:
    import pytest

    with pytest.raises(extract.ModelNotFoundError, match="no spaCy pipeline"):
        extract.load(tmp_path / "nothing-here")


def test_the_default_is_the_trained_model_with_the_rules(nlp) -> None:
    assert extract.pipeline.default_model_path().name == "da_core"
    assert {"ner", "extract_labels"} <= set(nlp.pipe_names)
    assert set(RULE_COMPONENTS) <= set(nlp.pipe_names)
    # one fast NER: the seven-model vote is kept in the folder, disabled, and not even loaded
    assert "ner_ensemble" not in nlp.component_names


def test_the_seven_model_vote_loads_by_name() -> None:
    ensemble = extract.load("da_core_ensemble")
    names = ensemble.pipe_names
    assert names[names.index("ner"):names.index("ner") + 3] == [
        "ner", "ner_ensemble", "extract_labels"]
    assert len(ensemble.get_pipe("ner_ensemble").members) == 6
    assert set(RULE_COMPONENTS) <= set(names)
    assert "ner_ensemble" not in extract.load("da_core_ensemble", rules=False).disabled


def test_spacy_load_of_the_shipped_model_is_the_pipeline_extract_run_uses(nlp) -> None:
    # The saved config states the whole pipeline: the statistical part, then the rules in the
    # order and with the settings of extract/resources/pipeline.cfg.
    stated = extract.pipeline.pipeline_config()
    saved = spacy.util.load_config(extract.pipeline.MODELS_DIR / "da_core" / "config.cfg")
    assert saved["nlp"]["disabled"] == ["ner_ensemble"]
    assert [n for n in saved["nlp"]["pipeline"] if n != "ner_ensemble"] == nlp.pipe_names
    assert spacy.load(extract.pipeline.MODELS_DIR / "da_core").pipe_names == nlp.pipe_names
    assert saved["nlp"]["pipeline"][-len(stated["nlp"]["pipeline"]):] == stated["nlp"]["pipeline"]
    for name in stated["nlp"]["pipeline"]:
        assert {k: v for k, v in saved["components"][name].items()
                if k in stated["components"][name]} == dict(stated["components"][name])


def test_shipped_default_model_rules_match_the_code(nlp) -> None:
    rebuilt = extract.build_pipeline(extract.load("da_core", rules=False))
    assert rebuilt.pipe_names == nlp.pipe_names
    assert summary(rebuilt(SNIPPET)) == summary(nlp(SNIPPET))


def test_shipped_models_load_by_name_and_the_rules_stand_in_when_da_core_is_gone(
        tmp_path: Path, monkeypatch) -> None:
    import shutil

    fast = extract.load("da_minutes_rules")
    assert "ner" not in fast.pipe_names and set(RULE_COMPONENTS) <= set(fast.pipe_names)
    models = tmp_path / "models"
    shutil.copytree(extract.pipeline.MODELS_DIR / "da_minutes_rules", models / "da_minutes_rules")
    monkeypatch.setattr(extract.pipeline, "MODELS_DIR", models)
    monkeypatch.delenv("EXTRACT_MODEL", raising=False)
    assert extract.pipeline.default_model_path() == models / "da_minutes_rules"

def test_tables_have_the_documented_columns(rules_nlp) -> None:
    doc = rules_nlp(SNIPPET)
    tables = extract.to_tables([doc])
    for name, cols in extract.COLUMNS.items():
        assert list(tables[name].columns) == cols  # exactly the contract: nothing undeclared
    people = tables["people"]
    row = people[people.person == "Allan S. Andersen"].iloc[0]
    assert (row.role, row.municipality) == ("borgmester", "0185")
    anne = people[people.person == "Anne Tønnes"].iloc[0]
    assert anne.role == "politidirektør" and pd.isna(anne.municipality)  # none on her line


def test_a_statistical_pipeline_gets_the_rules_on_top(tmp_path: Path) -> None:
    base = spacy.blank("da")
    ruler = base.add_pipe("entity_ruler", name="ner")
    ruler.add_patterns([{"label": "PER", "pattern": "Lene Holm"}])
    base.to_disk(tmp_path / "core")
    nlp = extract.load(tmp_path / "core")
    assert nlp.pipe_names[:2] == ["ner", "extract_labels"]
    assert set(RULE_COMPONENTS) <= set(nlp.pipe_names)
    doc = nlp("Deltagere: Borgmester Lene Holm")
    assert [(e.text, e.label_) for e in doc.ents] == [("Borgmester", "ROLE"),
                                                      ("Lene Holm", "PERSON")]


def stand_in_model(patterns: list[tuple[str, str]], common_words: list[str]) -> spacy.Language:
    """A 'statistical' base: an entity ruler as its ner and a lookup lemmatizer's table."""
    from spacy.lookups import Lookups

    base = spacy.blank("da")
    lemmatizer = base.add_pipe("lemmatizer", config={"mode": "lookup"})
    lookups = Lookups()
    lookups.add_table("lemma_lookup", {w: w for w in common_words})
    lemmatizer.initialize(lookups=lookups)
    ruler = base.add_pipe("entity_ruler", name="ner")
    ruler.add_patterns([{"label": label, "pattern": text} for text, label in patterns])
    return base


def test_model_readings_that_minutes_contradict_are_dropped() -> None:
    base = stand_in_model(
        [("Vejkassen", "ORG"), ("Sygehusets Udvidelse", "ORG"), ("Grenaa", "PER"),
         ("Børne-", "ORG"), ("Teknik", "LOC"), ("Novo Nordisk", "ORG"), ("Silkeborg", "LOC")],
        ["kassen", "sygehusets", "udvidelse", "teknik"])
    nlp = extract.pipeline.build_pipeline(base)
    doc = nlp("Vejkassen og Sygehusets Udvidelse. Mødet i Grenaa om Børne- og ungeudvalget, "
              "Teknik, Novo Nordisk og Silkeborg.")
    found = [(e.text, e.label_) for e in doc.ents]
    # old-spelling nouns, a one-word "person", half a compound and a heading word are dropped
    for text in ("Vejkassen", "Sygehusets Udvidelse", "Grenaa", "Børne-", "Teknik"):
        assert all(t != text for t, _ in found), (text, found)
    assert ("Novo Nordisk", "ORG") in found
    assert ("Silkeborg", "MUNICIPALITY") in found  # a rule overrules the model's LOC
    # what only the model found; the organisation lexicon knows "Novo Nordisk" too
    assert {(e.text, e.label_) for e in doc.spans["model_ents"]} == {("Silkeborg", "LOC")}


def test_the_models_misc_is_kept_even_in_lower_case_or_of_common_words() -> None:
    # Laws, events and nationalities have no rule label: dropping them would lose them silently
    # (issue 18). Old-spelling common nouns read as ORG are still dropped.
    base = stand_in_model(
        [("danske", "MISC"), ("Kommunalvalget", "MISC"), ("Vejkassen", "ORG")],
        ["danske", "valget", "kassen"])
    nlp = extract.pipeline.build_pipeline(base)
    doc = nlp("De danske partier før Kommunalvalget. Vejkassen betaler.")
    assert [(e.text, e.label_) for e in doc.ents] == [("danske", "MISC"),
                                                      ("Kommunalvalget", "MISC")]


def test_model_readings_with_no_cue_from_minutes_are_kept() -> None:
    # Issue 18: a lone known first name or surname, an acronym outside parentheses and a
    # genitive place name are the model's to keep; the same shapes where minutes put party
    # letters, a lone word no name list knows and a file format are still dropped.
    base = stand_in_model(
        [("Bjarne", "PER"), ("Jensens", "PER"), ("Tølløse", "PER"), ("DSU", "ORG"),
         ("Ruslands", "LOC"), ("SF", "ORG"), ("V", "ORG"), ("PDF", "ORG")],
        ["marks", "lands"])
    nlp = extract.pipeline.build_pipeline(base)
    doc = nlp("Bjarne sagde, at Jensens forslag og Tølløse ikke rørte DSU eller Ruslands "
              "politik. Jens Hansen (SF) og Lise Berg, V stemte imod.\n\nBilag\nPDF\n")
    found = {(e.text, e.label_) for e in doc.ents}
    for kept in [("Bjarne", "PERSON"), ("Jensens", "PERSON"), ("DSU", "ORG"),
                 ("Ruslands", "LOC")]:
        assert kept in found, (kept, found)
    assert all(text != "Tølløse" for text, _ in found), found
    # what extract_labels keeps of the model's reading (a party lexicon may tag "SF" later)
    with nlp.select_pipes(enable=["lemmatizer", "ner", "extract_labels"]):
        model_doc = nlp(doc.text)
    assert {e.text for e in model_doc.ents} == {"Bjarne", "Jensens", "DSU", "Ruslands"}


def test_a_lone_unknown_name_an_acronym_and_a_dateline_are_the_models_to_keep() -> None:
    # Issue 18: a lone word no name list knows stays a person unless the text says it is a
    # place ("i Ølby", "i Korsør og Skælskør", a town's ending) or it is a common word or an
    # initial; letters in parentheses are a party's only when they are party letters; a
    # dateline in capitals is a place, a field label in capitals is not.
    base = stand_in_model(
        [("Jeltsin", "PER"), ("Ølby", "PER"), ("Skælskør", "PER"), ("Mørkhøj", "PER"),
         ("Kasse", "PER"), ("GCC", "ORG"), ("AALBORG", "LOC"), ("BESLUTNING", "LOC")],
        ["kasse", "beslutning"])
    nlp = extract.pipeline.build_pipeline(base)
    text = ("AALBORG: De kan ikke vælte Jeltsin, og Golfens Samarbejdsråd (GCC) mødes i Ølby, "
            "i Korsør og Skælskør og i Mørkhøj om Kasse.\nBESLUTNING: Godkendt.")
    with nlp.select_pipes(enable=["lemmatizer", "ner", "extract_labels"]):
        found = {(e.text, e.label_) for e in nlp(text).ents}
    assert found == {("AALBORG", "LOC"), ("Jeltsin", "PERSON"), ("GCC", "ORG")}


def test_a_name_with_a_capitalised_determiner_or_adjective_inside_a_sentence_is_kept() -> None:
    # Old spelling capitalises nouns, never a determiner or an adjective: inside a sentence
    # "Den jyske Opera" is a name though each word is a common one; "Vejkassens Udgifter" and
    # a heading line "Den gamle Skole" are not.
    base = stand_in_model([("Den jyske Opera", "ORG"), ("Vejkassens Udgifter", "ORG"),
                           ("Den gamle Skole", "LOC")],
                          ["den", "jyske", "opera", "vejkassens", "udgifter", "gamle", "skole"])
    tags = base.add_pipe("attribute_ruler", before="ner")
    tags.add([[{"LOWER": "den"}]], {"POS": "DET"})
    tags.add([[{"LOWER": {"IN": ["jyske", "gamle"]}}]], {"POS": "ADJ"})
    nlp = extract.pipeline.build_pipeline(base)
    text = "Han er chef for Den jyske Opera og betaler Vejkassens Udgifter.\nDen gamle Skole\n"
    with nlp.select_pipes(enable=["lemmatizer", "attribute_ruler", "ner", "extract_labels"]):
        found = [e.text for e in nlp(text).ents]
    assert found == ["Den jyske Opera"]


def test_known_names_are_saved_with_the_pipeline(tmp_path: Path) -> None:
    base = stand_in_model([("Bjarne", "PER")], [])
    nlp = extract.pipeline.build_pipeline(base)
    nlp.get_pipe("extract_labels").initialize(data={"names": ["Bjarne"]})
    nlp.to_disk(tmp_path / "m")
    loaded = spacy.load(tmp_path / "m")
    assert loaded.get_pipe("extract_labels").names == frozenset({"Bjarne"})


def test_rules_overrule_a_model_entity_that_overlaps_them() -> None:
    # extract_places replaces only MISC of its own accord; a model's proposal gives way too.
    base = stand_in_model([("Danmark Sverige", "PER")], [])
    nlp = extract.pipeline.build_pipeline(base)
    doc = nlp("Samarbejde mellem Danmark Sverige og Norge.")
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Danmark", "LOC"), ("Sverige", "LOC"), ("Norge", "LOC")]


def test_more_readings_minutes_contradict_old_spelling_hyphen_compounds_field_labels() -> None:
    base = stand_in_model(
        [("Laan", "ORG"), ("SSP-indsatsen", "ORG"), ("Sagsnr", "MISC"), ("Journalnr", "MISC"),
         ("Bygma", "ORG"), ("Novo-fonden", "ORG")],
        ["lån", "indsatsen", "fonden"])
    nlp = extract.pipeline.build_pipeline(base)
    doc = nlp("Laan til SSP-indsatsen. Sagsnr.: 27.24.00-P35-2-24. Journalnr 12. Bygma og "
              "Novo-fonden.")
    found = [e.text for e in doc.ents if e.label_ in ("ORG", "MISC")]
    assert found == ["Bygma"]


def test_a_rule_that_confirms_a_model_entity_keeps_it_whole() -> None:
    # The lexicon finds "KKR Sjælland" as the model did; the place "Sjælland" must not split it.
    base = stand_in_model([("KKR Sjælland", "ORG")], [])
    nlp = extract.pipeline.build_pipeline(base)
    doc = nlp("Borgmesteren orienterede om mødet i KKR Sjælland og om turismen på Sjælland.")
    assert [(e.text, e.label_) for e in doc.ents if e.label_ in ("ORG", "LOC")] == [
        ("KKR Sjælland", "ORG"), ("Sjælland", "LOC")]
