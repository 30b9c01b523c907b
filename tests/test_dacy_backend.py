"""The optional DaCy backend, with a small stand-in laid out as DaCy's cache expects."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import extract
from extract.dacy_backend import find_dacy


@pytest.fixture()
def dacy_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A DACY_CACHE_DIR holding "da_dacy_small_tft-0.0.0": a tiny Danish NER saying PER."""
    nlp = spacy.blank("da")
    ruler = nlp.add_pipe("entity_ruler", name="ner")
    ruler.add_patterns([{"label": "PER", "pattern": "Kirsten Vang"},
                        {"label": "LOC", "pattern": "Viborg"}])
    nlp.to_disk(tmp_path / "da_dacy_small_tft-0.0.0")
    monkeypatch.setenv("DACY_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_dacy_model_from_the_cache_is_the_base_of_the_rules(dacy_cache: Path) -> None:
    nlp = extract.load("dacy:da_dacy_small_tft-0.0.0")
    assert nlp.pipe_names[:2] == ["ner", "extract_labels"]
    doc = nlp("Regionsrådsformand Kirsten Vang bød velkommen i Viborg.")
    assert [(e.text, e.label_, e._.norm) for e in doc.ents] == [
        ("Regionsrådsformand", "ROLE", "regionsrådsformand"),
        ("Kirsten Vang", "PERSON", None),  # the model's PER, renamed
        ("Viborg", "MUNICIPALITY", "0791"),  # the model's LOC, known as a municipality
    ]
    assert doc._.people[0]["role"] == "regionsrådsformand"


def test_missing_dacy_model_says_how_to_get_it(dacy_cache: Path) -> None:
    with pytest.raises(extract.ModelNotFoundError, match=r"pip install .*\[dacy\]"):
        find_dacy("medium")


def test_cli_reports_a_missing_dacy_model_in_one_line(dacy_cache: Path, tmp_path: Path,
                                                       capsys) -> None:
    from extract.cli import main

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Mødet sluttede.", encoding="utf-8")
    assert main(["run", str(tmp_path / "in"), "--out", str(tmp_path / "out"),
                 "--model", "dacy:large", "-q"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "DaCy model 'large' not found" in err[0]
