"""The shipped statistical pipeline models/da_core: loads anywhere, and scores as its card says."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parents[1] / "models" / "da_core"


def test_core_model_loads_in_a_fresh_process_and_tags_danish() -> None:
    # No `import extract`: the entry points register the rule factories. The folder holds the
    # whole minutes pipeline; without the rule components it is the statistical model alone.
    code = (
        "import json, spacy\n"
        "text = 'Statsminister Mette Frederiksen besøgte Aarhus i går.'\n"
        f"nlp = spacy.load({str(CORE)!r})\n"
        "doc = nlp(text)\n"
        "rules = [n for n in nlp.pipe_names if n.startswith('extract_')]\n"
        f"model = spacy.load({str(CORE)!r}, exclude=rules)\n"
        "print(json.dumps({'ents': [(e.text, e.label_) for e in doc.ents],"
        " 'model_ents': [(e.text, e.label_) for e in model(text).ents],"
        " 'pos': [t.pos_ for t in doc], 'lemma': [t.lemma_ for t in doc]}))\n"
    )
    out = json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                    check=True).stdout)
    assert ["Mette Frederiksen", "PER"] in out["model_ents"]
    assert ["Aarhus", "LOC"] in out["model_ents"]
    assert ["Statsminister", "ROLE"] in out["ents"]
    assert ["Mette Frederiksen", "PERSON"] in out["ents"]
    assert ["Aarhus", "MUNICIPALITY"] in out["ents"]
    assert out["pos"][1:4] == ["PROPN", "PROPN", "VERB"]
    assert out["lemma"][3] == "besøge"


def test_core_model_gives_the_same_entities_in_batch_workers(core_nlp) -> None:
    # Workers load the pipeline from nlp.to_bytes(): the lemma table, the names of
    # extract_labels and, by name, the ensemble members must survive it.
    import extract
    from extract.batch.worker import ModelBlob

    texts = ["Sagen blev drøftet med Dansk Metal og Region Midtjylland i Vejle.",
             "Anders Fogh Rasmussen talte med direktøren for Carlsberg om EU's nye regler."]
    for nlp in (core_nlp, extract.load("da_core_ensemble")):
        loaded = ModelBlob.of(nlp).load()
        assert loaded.pipe_names == nlp.pipe_names
        assert [[(e.text, e.label_) for e in doc.ents] for doc in loaded.pipe(texts)] == \
            [[(e.text, e.label_) for e in doc.ents] for doc in nlp.pipe(texts)]
        assert [[t.lemma_ for t in doc] for doc in loaded.pipe(texts)] == \
            [[t.lemma_ for t in doc] for doc in nlp.pipe(texts)]
    assert len(loaded.get_pipe("ner_ensemble").members) == 6

def test_dane_test_score_matches_the_model_card(shared: Path) -> None:
    from extract.train import evaluate_core

    card = (CORE / "README.md").read_text(encoding="utf-8")
    stated = float(re.search(r"\| test \| raw text \(own tokenizer\) \| \*\*([0-9.]+)\*\*",
                             card).group(1))
    result = evaluate_core(model=CORE, shared_dir=shared / "data", splits=("test",), speed=False)
    assert result["test"]["ner"]["raw_text"]["f"] == pytest.approx(stated, abs=0.005)


def test_extract_evaluate_scores_the_model_alone_on_dane_as_its_card_says(shared: Path) -> None:
    from extract.evaluation.evaluate import evaluate
    from extract.pipeline import load

    card = (CORE / "README.md").read_text(encoding="utf-8")
    stated = float(re.search(r"\| raw text, `extract evaluate` \| [0-9.]+ \| [0-9.]+ \| "
                             r"\*\*([0-9.]+)\*\*", card).group(1))
    nlp = load(CORE, rules=False)
    assert "extract_labels" not in nlp.pipe_names  # the statistical part alone, no rules
    result = evaluate(shared / "data" / "dane" / "scandeval_dane_test_with_heads_deps.jsonl",
                      nlp=nlp, bootstrap=0)
    scores = result.labels.set_index("label")
    assert set(scores.index) >= {"PER", "ORG", "LOC", "MISC"}
    assert scores.loc["micro", "f1"] == pytest.approx(stated, abs=0.005)


def test_no_rules_needs_a_model(capsys) -> None:
    from extract.cli import main

    assert main(["evaluate", "gold.jsonl", "--no-rules"]) == 2
    assert "--model" in capsys.readouterr().err


def test_the_rules_keep_what_the_default_model_finds_on_general_danish(shared: Path) -> None:
    # Issue 18: on news text the minutes rules may relabel the model's entities, not lose them.
    from extract.evaluation.evaluate import DANE_LABELS, evaluate
    from extract.pipeline import load

    gold = shared / "data" / "dane" / "scandeval_dane_test_with_heads_deps.jsonl"
    scores = {}
    for rules in (False, True):
        result = evaluate(gold, nlp=load(CORE, rules=rules), label_map="dane",
                          labels=DANE_LABELS, bootstrap=0)
        scores[rules] = result.labels.set_index("label").loc["micro", "f1"]
    assert scores[True] >= scores[False] - 0.01, scores
