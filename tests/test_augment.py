"""Mention replacement makes grammatical, correctly labelled copies of DaNE train sentences."""

from __future__ import annotations

from pathlib import Path

from extract.evaluation import bio_spans
from extract.train.augment import load_mention_swap, mention_replacement
from extract.train.corpora import Sentence, load_dane_split


def _sentence(sent_id: str, words: list[str], ner: list[str]) -> Sentence:
    upos = ["PROPN" if tag != "O" else "X" for tag in ner]
    spaces = [True] * len(words)
    spaces[-2] = False  # no space before the final full stop
    return Sentence(sent_id=sent_id, words=words, upos=upos, ner=ner, spaces=spaces)


SENTS = [
    _sentence("a", ["Mette", "Frederiksen", "besøgte", "Novo", "Nordisk", "i", "Bagsværd", "."],
              ["B-PER", "I-PER", "O", "B-ORG", "I-ORG", "O", "B-LOC", "O"]),
    _sentence("b", ["Ingen", "navne", "her", "."], ["O", "O", "O", "O"]),
    _sentence("c", ["Lars", "talte", "om", "Danmarks", "økonomi", "."],
              ["B-PER", "O", "O", "B-LOC", "O", "O"]),
]
LISTED = {
    "ORG": [(("Dansk", "Folkeparti"), ("ADJ", "PROPN"))],
    "LOC": [(("Paris",), ("PROPN",)), (("Odense",), ("PROPN",)), (("Sveriges",), ("PROPN",))],
}


def test_bio_spans_reads_bio() -> None:
    assert bio_spans(SENTS[0].ner) == [(0, 2, "PER"), (3, 5, "ORG"), (6, 7, "LOC")]
    assert bio_spans(["I-ORG", "O", "B-PER", "B-PER"]) == [
        (0, 1, "ORG"), (2, 3, "PER"), (3, 4, "PER")
    ]


def test_every_entity_is_swapped_for_a_name_of_its_label() -> None:
    out = mention_replacement(SENTS, LISTED, copies=3, listed_share=1.0, seed=1)
    assert len(out) == 6  # three copies of the two sentences that have entities
    for new in out:
        assert len(new.words) == len(new.upos) == len(new.ner) == len(new.spaces)
        assert new.text == "".join(
            w + (" " if s else "") for w, s in zip(new.words, new.spaces, strict=True)
        )
        assert new.words[-1] == "." and not new.spaces[-2]  # context and spacing kept
        for start, end, label in bio_spans(new.ner):
            name = tuple(new.words[start:end])
            if label in LISTED:
                assert name in {words for words, _ in LISTED[label]}
            else:  # no list for PER here: another train mention of PER
                assert name in {("Mette", "Frederiksen"), ("Lars",)}
    # a place in the genitive (-s) gets a name ending in -s, a plain one a name without it
    assert {o.words[3] for o in out if o.sent_id.startswith("c")} <= {"Sveriges", "Paris"}
    assert {o.words[-2] for o in out if o.sent_id.startswith("a")} == {"Odense"}


def test_mention_replacement_is_reproducible_and_leaves_input_alone() -> None:
    before = [s.words[:] for s in SENTS]
    first = mention_replacement(SENTS, LISTED, seed=7)
    second = mention_replacement(SENTS, LISTED, seed=7)
    assert [s.words for s in first] == [s.words for s in second]
    assert [s.words for s in SENTS] == before


def test_mention_swap_on_dane_train_uses_no_dev_or_test_text(shared: Path) -> None:
    out = load_mention_swap(shared_dir=shared / "data")
    train = load_dane_split(shared_dir=shared / "data", split="train")
    with_entities = [s for s in train if any(tag != "O" for tag in s.ner)]
    assert len(out) == len(with_entities)
    labels = {tag[2:] for s in out for tag in s.ner if tag != "O"}
    assert labels == {"PER", "ORG", "LOC", "MISC"}
    assert all(w for s in out for w in s.words)
    changed = sum(s.words != o.words for s, o in zip(out, with_entities, strict=True))
    assert changed > 0.9 * len(out)
    dev_test = {s.text for split in ("dev", "test")
                for s in load_dane_split(shared_dir=shared / "data", split=split)}
    assert not dev_test & {s.text for s in out}
