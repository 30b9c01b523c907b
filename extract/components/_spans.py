"""Helpers shared by the rule components: char offsets or rule mentions to spans, and merging
into doc.ents.

The pure token helpers the rules use (``line_bounds``, ``is_name_word``, ``starts_sentence``)
live in :mod:`extract.rules.tokens`.
"""

from __future__ import annotations

import itertools
from bisect import bisect_right
from collections.abc import Iterable

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..rules.tokens import Mention


def char_span(
    doc: Doc, start: int, end: int, label: str, *, norm: str | None = None
) -> Span | None:
    """Span over the tokens covering ``start:end``, or None if it would swallow other words.

    Regexes run over the text, but entities must sit on token boundaries. Expanding to the
    covering tokens is right for punctuation glued to a word ("Aarhus'" stays one token), wrong
    when the match is a small piece of a long token, so such matches are dropped.
    """
    span = doc.char_span(start, end, label=label, alignment_mode="expand")
    if span is None:
        return None
    extra = (span.end_char - span.start_char) - (end - start)
    if extra > 2:
        return None
    if norm is not None:
        span._.norm = norm
    return span


def mention_spans(doc: Doc, mentions: Iterable[Mention]) -> list[Span]:
    """Spans for the mentions a rule found, each with its norm (where it has one) set."""
    spans = []
    for mention in mentions:
        span = Span(doc, mention.start, mention.end, label=mention.label)
        if mention.norm is not None:
            span._.norm = mention.norm
        spans.append(span)
    return spans


MODEL_SPANS_KEY = "model_ents"
"""``doc.spans`` key of the entities a statistical NER proposed (set by ``extract_labels``)."""


def add_entities(doc: Doc, spans: Iterable[Span], *, replace_labels: Iterable[str] = ()) -> None:
    """Add ``spans`` to ``doc.ents`` without overlaps.

    New spans are first reduced to the longest non-overlapping set. A new span replaces existing
    entities it overlaps when each of those lies inside it, carries a label in
    ``replace_labels`` or was proposed by a statistical NER (a rule is more specific than a
    model trained on news); otherwise the existing entities win and the new span is dropped.
    A model proposal that a rule finds exactly (same tokens and label) is confirmed: later
    rules treat it as a rule's ("KKR Sjælland" stays whole when "Sjælland" is a known place).
    """
    replace = set(replace_labels)
    proposals = list(doc.spans.get(MODEL_SPANS_KEY, ()))
    proposed = {(e.start, e.end, e.label_) for e in proposals}
    existing = list(doc.ents)  # sorted, without overlaps: their ends are sorted too
    existing_keys = {(e.start, e.end, e.label_) for e in existing}
    existing_ends = [e.end for e in existing]
    kept_new: list[Span] = []
    removed: set[tuple[int, int]] = set()
    confirmed: set[tuple[int, int, str]] = set()
    for span in filter_spans(list(spans)):
        key = (span.start, span.end, span.label_)
        if key in proposed and key in existing_keys:
            confirmed.add(key)
            continue
        # The entities it overlaps, found by search (a long book holds thousands).
        clashes = []
        for e in itertools.islice(existing, bisect_right(existing_ends, span.start), None):
            if e.start >= span.end:
                break
            clashes.append(e)
        # An entity inside the new span gives way whatever its label: the longer reading wins.
        if clashes and not all(e.label_ in replace or (e.start, e.end, e.label_) in proposed
                               or span.start <= e.start and e.end <= span.end for e in clashes):
            continue
        removed.update((e.start, e.end) for e in clashes)
        kept_new.append(span)
    # Norms live in user_data keyed by offsets and label, so the span objects can be rebuilt.
    kept_old = [e for e in existing if (e.start, e.end) not in removed]
    doc.ents = sorted(kept_old + kept_new, key=lambda s: s.start)
    if confirmed:
        doc.spans[MODEL_SPANS_KEY] = [
            e for e in proposals if (e.start, e.end, e.label_) not in confirmed]

