"""Which of a statistical NER's entities minutes contradict.

Trained on news, DaNE models take field labels ("Deltagere:", "Beslutning:"), party letters
("(A)"), headings in capitals, words across line breaks and the first half of a coordinated
compound ("Børne- og ungebyrådet") for names: :func:`contradicted_by_layout`. In minutes they
also read one capitalised common noun as a name (old spelling capitalised every noun:
"Vejkassen", "Husleje"; headings: "Teknik", "Aftale"), and a lone capitalised word as a person
where minutes write full names or a title and a surname ("Grenaa", "Tølløse"): :func:`doubtful`
with the model's lemma table as the common words. ``extract_labels`` calls it.

Each drop needs a cue that text outside minutes lacks (issue 18: the rules add to the model,
they do not silently take away): a lone word stays a person when it is a known first name or
surname ("Bjarne", "Jensen"); short capitals are party letters only beside a name or in
parentheses ("(SF)", but not "DSU" or "USA"); a genitive is judged by its stem ("Danmarks" is
no compound of "marks").
"""

from __future__ import annotations

import re
from collections.abc import Container

from spacy.tokens import Span

LAYOUT_START = re.compile(r"^(?:kl|pkt|punkt|sag|nr|ad|j)\b\.?", re.IGNORECASE)
# File formats: web exports of minutes label each attachment link "PDF", which news-trained
# models read as an organisation.
FILE_FORMATS = frozenset({"pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "rtf",
                          "txt", "csv", "htm", "html", "xml", "zip", "jpg", "jpeg", "png", "tif",
                          "tiff", "gif", "mp3", "mp4"})
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
    if text.lower() in FILE_FORMATS:
        return True  # "Bilag\nPDF"
    if len(span) == 1 and text.lower().endswith("nr"):
        return True  # a number abbreviation: "Sagsnr. 27.24.00-P35-2-24", "Journalnr"
    if len(text) <= 3 and text.isupper() and _beside_a_name(span):
        return True  # party letters "(A)", "(SF)", "Jens Hansen, V"
    return len(span) > 1 and text.isupper()  # headings: "LEMVIG KOMMUNE"


def _beside_a_name(span: Span) -> bool:
    """In parentheses, or after a comma that follows a capitalised word: where minutes put a
    party letter."""
    doc = span.doc
    before = doc[span.start - 1].text if span.start > 0 else ""
    after = doc[span.end].text if span.end < len(doc) else ""
    if before == "(" or after == ")":
        return True
    return before == "," and span.start > 1 and doc[span.start - 2].text[:1].isupper()


def is_common_word(text: str, words: Container[str]) -> bool:
    """A word ``words`` knows in lower case, or a compound ending in one of at least five
    letters ("Vejkassen": "kassen")."""
    lower = text.lower()
    # Old spelling writes "aa" for "å": "Laan", "Aaret".
    for form in {lower, lower.replace("aa", "å")}:
        if form in words:
            return True
        # A genitive is judged by its stem: "Sognerådets" ends in "rådet", "Danmarks" in
        # nothing ("marks" is a word, "mark" too short to tell a compound).
        stem = form[:-1] if form.endswith("s") else form
        if any(stem[i:] in words for i in range(3, len(stem) - MIN_COMPOUND_HEAD + 1)):
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
             drop_common_words: bool = True, names: Container[str] = frozenset()) -> bool:
    """Whether to drop a model's entity read as ``label``.

    Args:
        span: the entity.
        label: its label renamed to the toolkit's ("PERSON").
        words: common words in lower case (the model's lemma table; empty without one).
        drop_layout: drop what :func:`contradicted_by_layout`.
        drop_common_words: drop one-word persons and entities made of common words only
            (never a MISC); a one-word person is kept when ``names`` holds it.
        names: known first names and surnames, capitalised ("Bjarne", "Jensen").
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
        return not _known_name(span.text, names)
    # Old spelling capitalises every noun: "Sygehusets Udvidelse", "Vejkassen".
    return all(is_common_token(t.text, words) for t in span)


def _known_name(text: str, names: Container[str]) -> bool:
    """A known first name or surname, also in the genitive or after a hyphen ("Jensens",
    "Super-Pedersen")."""
    word = text.rsplit("-", 1)[-1]
    return word in names or (word.endswith("s") and word[:-1] in names)
