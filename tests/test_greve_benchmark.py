"""The Greve benchmark's gold: the minuted meeting's decision text and votes, read from a
FirstAgenda publication's fields (benchmarks/greve.py). Invented examples in the portal's shapes."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def greve():
    spec = importlib.util.spec_from_file_location("greve_benchmark",
                                                  ROOT / "benchmarks" / "greve.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["greve_benchmark"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("text, expected", [
    ("Med stemmerne 15 for og 3 imod godkendte byrådet indstillingen.", []),
    ("For stemte: (V), (A) og Anne Holm (UP).\nImod stemte: (Ø) med bemærkning om, at (Ø) "
     "stemmer imod.", [("V", "for"), ("A", "for"), ("Anne Holm", "for"), ("Ø", "against")]),
    ("Imod: A, C og Ø\nUndlod: F", [("A", "against"), ("C", "against"), ("Ø", "against"),
                                     ("F", "abstain")]),
    ("Bo Lund (Ø) og John T. Olsen (A) undlod at tage stilling.",
     [("Bo Lund", "abstain"), ("John T. Olsen", "abstain")]),
    ("A stemmer for, V og D stemmer imod og C undlader.",
     [("A", "for"), ("V", "against"), ("D", "against"), ("C", "abstain")]),
    ("For stemte:\nAnne Holm (V)\nBo Lund (A)", [("Anne Holm", "for"), ("Bo Lund", "for")]),
    ("Byrådet erklærede Eva Berg (A) for inhabil i punktets behandling.",
     [("Eva Berg", "absent")]),
    ("(F) med bemærkning om, ”at SF stemmer imod, da vi ønsker noget andet.”", []),
])
def test_vote_gold_reads_the_portals_vote_shapes(greve, text: str, expected: list) -> None:
    assert greve.vote_rows(text) == expected


def test_decision_gold_is_the_beslutning_section_without_its_absence_line(greve) -> None:
    html = ("<div><h3>Beslutning</h3><p>Godkendt.</p><p>Fraværende: Bo Lund</p>"
            "<h3>Fremstilling</h3><p>Sagen handler om noget andet.</p></div>")
    item = {"Felter": [{"Navn": "", "Html": html}]}
    assert greve.decision_text(item) == "Godkendt."
    assert greve.decision_text({"Felter": [{"Html": "<h3>Fremstilling</h3><p>Tekst.</p>"}]}) == ""


def test_a_closed_item_is_its_decision_and_nothing_decided_gives_no_text(greve) -> None:
    closed = {"Felter": [{"Html": "<p>Borgmesteren orienterede.</p><p>Taget til efterretning."
                                  "</p>"}]}
    assert greve.decision_text(closed) == "Borgmesteren orienterede. Taget til efterretning."
    nothing = {"Felter": [{"Html": "<h3>Beslutning</h3><p>Ingen orienteringspunkter.</p>"}]}
    assert greve.decision_text(nothing) == ""
    two_fields = {"Felter": [{"Html": "<p>Indledning.</p>"},
                             {"Html": "<h3>Beslutning</h3><p>Godkendt.</p>"}]}
    assert greve.decision_text(two_fields) == "Godkendt."


def test_a_quoted_remark_ends_with_its_quote(greve) -> None:
    text = ("For stemte (V) og (C). Imod stemte (Ø) med bemærkning om, ”at vi stemmer imod.” "
            "(A) og (F) undlod at stemme.")
    assert greve.vote_rows(text) == [("V", "for"), ("C", "for"), ("Ø", "against"),
                                     ("A", "abstain"), ("F", "abstain")]
    long_remark = ("Godkendt med bemærkning om, at planen følges. For stemte (V). Imod stemte "
                   "(Ø) med bemærkning om, ”at vi er imod”.")
    assert greve.vote_rows(long_remark) == [("V", "for"), ("Ø", "against")]
