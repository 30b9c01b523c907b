"""extract_ner_ensemble: members vote on each entity, and the votes survive saving and loading."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from extract.components.ner_ensemble import NerEnsemble, load_member

TEXT = "Mette Frederiksen mødte Jakob Ellemann i Aarhus og Odense."


def ruler_member(*patterns: tuple[str, str]) -> Language:
    """A stand-in member: a span ruler setting doc.ents, named 'ner' (members only need ents).

    Not spaCy's entity_ruler: its phrase patterns do not match after ``from_bytes``.
    """
    nlp = spacy.blank("da")
    ruler = nlp.add_pipe("span_ruler", name="ner", config={"spans_key": None,
                                                           "annotate_ents": True})
    ruler.add_patterns([{"label": label, "pattern": text} for text, label in patterns])
    return nlp


def host(*patterns: tuple[str, str], min_votes: int | None = None) -> Language:
    nlp = ruler_member(*patterns)
    nlp.add_pipe("extract_ner_ensemble", name="ner_ensemble", config={"min_votes": min_votes})
    return nlp


def ents(doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in doc.ents]


def build_three() -> Language:
    nlp = host(("Mette Frederiksen", "PER"), ("Aarhus", "LOC"), ("Odense", "ORG"))
    ensemble: NerEnsemble = nlp.get_pipe("ner_ensemble")
    ensemble.add_member(ruler_member(("Mette Frederiksen", "PER"), ("Odense", "LOC"),
                                     ("Jakob Ellemann", "PER")))
    ensemble.add_member(ruler_member(("Frederiksen", "PER"), ("Aarhus", "LOC"), ("Odense", "LOC"),
                                     ("Jakob", "PER")))
    return nlp


def test_majority_keeps_entities_most_models_agree_on() -> None:
    nlp = build_three()
    assert nlp.get_pipe("ner_ensemble").votes_needed == 2
    # "Mette Frederiksen" PER: host + member 1; "Aarhus": host + member 2; "Odense" is LOC for
    # two of three; "Jakob Ellemann" and "Jakob" have one vote each.
    assert ents(nlp(TEXT)) == [("Mette Frederiksen", "PER"), ("Aarhus", "LOC"), ("Odense", "LOC")]


def test_min_votes_one_is_the_union_without_overlaps() -> None:
    nlp = build_three()
    nlp.get_pipe("ner_ensemble").min_votes = 1
    found = ents(nlp(TEXT))
    assert ("Mette Frederiksen", "PER") in found and ("Frederiksen", "PER") not in found
    assert ("Jakob Ellemann", "PER") in found or ("Jakob", "PER") in found
    starts = [e.start for e in nlp(TEXT).ents]
    assert starts == sorted(set(starts))


def test_pipe_gives_the_same_entities_as_call() -> None:
    nlp = build_three()
    texts = [TEXT, "Odense Kommune", "Ingen navne her."] * 5
    assert [ents(d) for d in nlp.pipe(texts, batch_size=4)] == [ents(nlp(t)) for t in texts]


def test_members_keep_only_their_ner_and_need_one() -> None:
    member = ruler_member(("Aarhus", "LOC"))
    member.add_pipe("sentencizer")
    nlp = host()
    nlp.get_pipe("ner_ensemble").add_member(member)
    assert member.pipe_names == ["ner"]
    with pytest.raises(ValueError, match="'ner'"):
        nlp.get_pipe("ner_ensemble").add_member(spacy.blank("da"))


def test_saved_ensemble_loads_in_a_fresh_process(tmp_path: Path) -> None:
    nlp = build_three()
    nlp.to_disk(tmp_path / "model")
    assert sorted(p.name for p in (tmp_path / "model" / "ner_ensemble").iterdir()) == [
        "ensemble.json", "member0", "member1"]
    assert not (tmp_path / "model" / "ner_ensemble" / "member0" / "vocab").exists()
    code = (f"import spacy; nlp = spacy.load({str(tmp_path / 'model')!r}); "
            f"print([(e.text, e.label_) for e in nlp({TEXT!r}).ents])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == str(ents(nlp(TEXT)))


def test_missing_manifest_says_what_is_wrong(tmp_path: Path) -> None:
    nlp = build_three()
    nlp.to_disk(tmp_path / "model")
    (tmp_path / "model" / "ner_ensemble" / "ensemble.json").unlink()
    with pytest.raises(FileNotFoundError, match="ensemble.json"):
        spacy.load(tmp_path / "model")


def test_load_member_shares_the_host_vocab(tmp_path: Path) -> None:
    member = ruler_member(("Aarhus", "LOC"))
    member.to_disk(tmp_path / "m", exclude=["vocab"])
    nlp = spacy.blank("da")
    loaded = load_member(tmp_path / "m", vocab=nlp.vocab)
    assert loaded.vocab is nlp.vocab
    assert ents(loaded("I Aarhus")) == [("Aarhus", "LOC")]


def test_members_travel_as_bytes_to_batch_workers() -> None:
    # Batch and Dask workers get the pipeline as nlp.to_bytes(); the members must come along.
    from extract.batch.worker import ModelBlob

    nlp = build_three()
    loaded = ModelBlob.of(nlp).load()
    assert len(loaded.get_pipe("ner_ensemble").members) == 2
    texts = [TEXT, "Odense Kommune", "Ingen navne her."]
    assert [ents(loaded(t)) for t in texts] == [ents(nlp(t)) for t in texts]
