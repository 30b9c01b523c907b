"""The training recipe of models/da_core runs end to end (a few steps, not a real training)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import spacy

from extract.train import REPO_ROOT, load_danplus_web, train_core, train_ensemble

BASELINE = REPO_ROOT / "configs" / "da_core_baseline.cfg"
FEW_STEPS = {"training.max_steps": 3, "training.eval_frequency": 3, "training.max_epochs": 1}


def test_danplus_web_sentences_use_dane_labels(shared: Path) -> None:
    sents = load_danplus_web(shared_dir=shared / "data")
    assert len(sents) > 800
    labels = {tag[2:] for s in sents for tag in s.ner if tag != "O"}
    assert labels <= {"PER", "ORG", "LOC", "MISC"}
    assert all(w and " " not in w for s in sents for w in s.words)
    assert "tilfældigt" in sents[0].words  # the normalised spelling of "tilfaeldigt"


def test_train_core_and_ensemble_recipe(shared: Path, tmp_path: Path) -> None:
    host = train_core(shared_dir=shared / "data", output_dir=tmp_path / "host", config=BASELINE,
                      overrides=FEW_STEPS, pretrain_epochs=0, install_to=tmp_path / "model")
    trained = spacy.load(host)
    assert trained.pipe_names == ["tok2vec", "morphologizer", "lemmatizer", "senter", "ner"]
    # the recipe installs the lemmatizer the shipped model has, not spaCy's lookup table
    assert trained.get_pipe_meta("lemmatizer").factory == "extract_lemmatizer"
    members = tmp_path / "members" / "members.json"
    members.parent.mkdir()
    shutil.copy(BASELINE, members.parent / "small.cfg")
    members.write_text(json.dumps({"members": [
        {"name": "a", "config": "small.cfg", "pretrained_tok2vec": False},
        {"name": "b", "config": "small.cfg", "pretrained_tok2vec": True,
         "extra_train": ["mention_swap"], "overrides": {"system.seed": 2}},
    ]}), encoding="utf-8")
    train_ensemble(shared_dir=shared / "data", output_dir=tmp_path / "runs", host=host,
                   members=members, overrides=FEW_STEPS)
    nlp = spacy.load(host)
    assert nlp.pipe_names[-2:] == ["ner", "ner_ensemble"]
    assert len(nlp.get_pipe("ner_ensemble").members) == 2
    b_config = spacy.util.load_config(tmp_path / "runs" / "b" / "model-best" / "config.cfg")
    assert b_config["system"]["seed"] == 2  # the member's own overrides were applied
    swapped = spacy.tokens.DocBin().from_disk(tmp_path / "runs" / "b" / "corpus" / "train.spacy")
    plain = spacy.tokens.DocBin().from_disk(tmp_path / "runs" / "a" / "corpus" / "train.spacy")
    assert len(swapped) > len(plain)  # its extra training data too
    doc = nlp("Borgmester Jacob Bundsgaard besøgte Aarhus Havn i går.")
    assert len(doc) == 9  # runs; three steps teach it no entities worth asserting


def test_member_configs_are_complete_and_free_of_machine_paths() -> None:
    manifest = json.loads((REPO_ROOT / "configs" / "da_core_members" / "members.json").read_text())
    shipped = spacy.load(REPO_ROOT / "models" / "da_core")
    assert len(manifest["members"]) == len(shipped.get_pipe("ner_ensemble").members)
    for member in manifest["members"]:
        text = (REPO_ROOT / "configs" / "da_core_members" / member["config"]).read_text()
        assert "/tmp" not in text and "/work" not in text
        config = spacy.util.load_config(
            REPO_ROOT / "configs" / "da_core_members" / member["config"]
        )
        assert "ner" in config["nlp"]["pipeline"]
