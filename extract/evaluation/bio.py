"""Entity spans from token tags (BIO, IOB1, BIOES, BILOU): the one reader of tag sequences.

Both the gold readers (:mod:`extract.evaluation.formats`) and the training data
(:mod:`extract.train`) read tags with it. It depends on nothing else in the project, so the
training code can use it without depending on the scoring code.
"""

from __future__ import annotations

from collections.abc import Sequence


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entity spans ``(first_token, end_token, label)`` from BIO / IOB1 / BIOES / BILOU tags.

    An ``I-`` tag that does not continue an entity of the same label starts a new one (IOB1 and
    sloppy BIO are read leniently). ``O``, ``_`` and an empty tag are outside any entity; a bare
    label (``PER``) is read as an IO tag.

    >>> bio_spans(["B-PER", "I-PER", "O", "I-LOC", "S-ORG"])
    [(0, 2, 'PER'), (3, 4, 'LOC'), (4, 5, 'ORG')]
    """
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""

    def close(end: int) -> None:
        nonlocal start, label
        if start >= 0:
            spans.append((start, end, label))
        start, label = -1, ""

    for i, tag in enumerate(tags):
        if tag == "O" or not tag or tag == "_":
            close(i)
            continue
        prefix, _, lab = tag.partition("-")
        if not lab:  # a bare label ("PER") is read as an IO tag
            prefix, lab = "I", tag
        if prefix in ("B", "S", "U") or lab != label or start < 0:
            close(i)
            start, label = i, lab
        if prefix in ("E", "L", "S", "U"):
            close(i + 1)
    close(len(tags))
    return spans
