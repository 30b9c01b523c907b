"""Which of a statistical NER's entities minutes contradict.

Trained on news, DaNE models take field labels ("Deltagere:", "Beslutning:"), party letters
("(A)"), headings in capitals, words across line breaks and the first half of a coordinated
compound ("Børne- og ungebyrådet") for names: :func:`contradicted_by_layout`. In minutes they
also read one capitalised common noun as a name (old spelling capitalised every noun:
"Vejkassen", "Husleje"; headings: "Teknik", "Aftale"), and a lone capitalised word as a person
where minutes write full names or a title and a surname ("Grenaa", "Tølløse"): :func:`doubtful`
with the model's lemma table as the common words. ``extract_labels`` calls it.
"""

from __future__ import annotations

import re
from collections.abc import Container

from spacy.tokens import Span

LAYOUT_START = re.compile(r"^(?:kl|pkt|punkt|sag|nr|ad|j)\b\.?", re.IGNORECASE)
MIN_COMPOUND_HEAD = 5  # "Vejkassen" ends in the word "kassen"; shorter endings say too little


def contradicted_by_layout(span: Span, *, lower_case: bool = False) -> bool:
    """Whether the layout of minutes says a model's entity is no name (``lower_case``: a name
    may start in lower case, as DaNE's MISC "danske", "EU-venlige" do)."""
    doc, text = span.doc, span.text
    if "\n" in text or (not lower_case and not text[:1].isupper()) or LAYOUT_START.match(text):
        return True
    if text.endswith("-"):
        return True  # "Børne-" of "Børne- og ungebyrådet"
    after = [t.text for t in doc[span.end:span.end + 2]]
    if after[:1] == [":"] or after == [".", ":"]:
        return True  # a field label: "Deltagere:", "Mødested:", "Sagsnr.:"
    if len(span) == 1 and text.lower().endswith("nr"):
        return True  # a number abbreviation: "Sagsnr. 27.24.00-P35-2-24", "Journalnr"
    if len(text) <= 3 and text.isupper():
        return True  # party letters "(A)", "(SF)"
    return len(span) > 1 and text.isupper()  # headings: "LEMVIG KOMMUNE"


def is_common_word(text: str, words: Container[str]) -> bool:
    """A word ``words`` knows in lower case, or a compound ending in one of at least five
    letters ("Vejkassen": "kassen")."""
    lower = text.lower()
    # Old spelling writes "aa" for "å": "Laan", "Aaret".
    for form in {lower, lower.replace("aa", "å")}:
        if form in words or any(form[i:] in words
                                for i in range(3, len(form) - MIN_COMPOUND_HEAD + 1)):
            return True
    return False


def is_common_token(text: str, words: Container[str]) -> bool:
    """A common word, or a hyphenated compound whose head is one written in lower case
    ("CO2-udledning", "SSP-indsatsen", "Aarhus-aftalen")."""
    head = text.rsplit("-", 1)[-1]
    if head != text:
        return head.isalpha() and head.islower() and is_common_word(head, words)
    return text.isalpha() and is_common_word(text, words)


def doubtful(span: Span, label: str, words: Container[str], *, drop_layout: bool = True,
             drop_common_words: bool = True) -> bool:
    """Whether to drop a model's entity read as ``label``.

    Args:
        span: the entity.
        label: its label renamed to the toolkit's ("PERSON").
        words: common words in lower case (the model's lemma table; empty without one).
        drop_layout: drop what :func:`contradicted_by_layout`.
        drop_common_words: drop one-word persons and entities made of common words only
            (never a MISC).
    """
    if label == "MISC":
        # Kept unless the layout says it is no name (issue 18): the rules have no label for
        # laws, plans, events and nationalities, so dropping them loses them silently.
        return drop_layout and contradicted_by_layout(span, lower_case=True)
    if drop_layout and contradicted_by_layout(span):
        return True
    if not drop_common_words:
        return False
    if len(span) == 1 and label == "PERSON":
        return True
    # Old spelling capitalises every noun: "Sygehusets Udvidelse", "Vejkassen".
    return all(is_common_token(t.text, words) for t in span)
