"""Which of a statistical NER's entities minutes contradict.

Trained on news, DaNE models take field labels ("Deltagere:", "Beslutning:"), party letters
("(A)"), headings in capitals, words across line breaks and the first half of a coordinated
compound ("Børne- og ungebyrådet") for names: :func:`contradicted_by_layout`. In minutes they
also read one capitalised common noun as a name (old spelling capitalised every noun:
"Vejkassen", "Husleje"; headings: "Teknik", "Aftale"), and a town as a lone person ("i Grenaa",
"Tølløse"): :func:`doubtful` with the model's lemma table as the common words.
``extract_labels`` calls it.

Each drop needs a cue that text outside minutes lacks (issue 18: the rules add to the model,
they do not silently take away): a lone word stays a person when it is a known first name or
surname ("Bjarne", "Jensen"), and when no list knows it ("Jeltsin") unless it is a common word,
an initial or a place by what the text says ("i Ølby", a town's ending); party letters are
one letter or a known party's ("(SF)", not "(GCC)"), and only beside a name or in parentheses;
a word in capitals before a colon at a line's start is a dateline, not a field label, when it
is no common word ("AALBORG:"); a name with a determiner or adjective capitalised inside a
sentence is kept though its words are common ones ("for Den jyske Opera"); a genitive is judged
by its stem ("Danmarks" is no compound of "marks").
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
# Party and list letters of more than one letter (one letter is always read as one).
PARTY_LETTERS = frozenset({"SF", "RV", "DF", "EL", "LA", "KF", "KD", "CD", "FP", "VS", "DKP",
                           "NB", "UFG"})
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
    if (len(text) == 1 or text in PARTY_LETTERS) and text.isupper() and _beside_a_name(span):
        return True  # party letters "(A)", "(SF)", "Jens Hansen, V"; not "(GCC)"
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
        drop_common_words: drop entities made of common words only (never a MISC) and one-word
            persons that are a common word, an initial or a place (:func:`said_as_place`);
            a one-word person is kept when ``names`` holds it.
        names: known first names and surnames, capitalised ("Bjarne", "Jensen").
    """
    if label == "MISC":
        # Kept unless the layout says it is no name (issue 18): the rules have no label for
        # laws, plans, events and nationalities, so dropping them loses them silently.
        return drop_layout and contradicted_by_layout(span, lower_case=True)
    if drop_layout and contradicted_by_layout(span) and not (
            label == "LOC" and _dateline(span, words)):
        return True
    if not drop_common_words:
        return False
    if len(span) == 1 and label == "PERSON":
        # A lone word no name list knows stays a person ("Jeltsin", "Karlton") unless it is
        # a common word, an initial ("A." of "d. A.") or a place by what the text says of it.
        return not _known_name(span.text, names) and (
            is_common_token(span.text, words) or len(span.text.rstrip(".")) < 2
            or said_as_place(span))
    if len(span) > 1 and _capitalised_modifier(span):
        return False
    # Old spelling capitalises every noun: "Sygehusets Udvidelse", "Vejkassen".
    return all(is_common_token(t.text, words) for t in span)


def _capitalised_modifier(span: Span) -> bool:
    """A determiner or adjective written with a capital inside a sentence ("læser De Grå
    Sider", "for Den jyske Opera", "i Danske Fabrikshaller"): no spelling, old or new,
    capitalises those but in a name."""
    doc = span.doc
    return span.start > 0 and not _line_start(span) and doc[span.start - 1].text not in (
        ".", "!", "?", ":", '"', "(", "-", "–", "•") and any(
        t.text[:1].isupper() and t.pos_ in ("DET", "ADJ") for t in span)


def _line_start(span: Span) -> bool:
    """Whether ``span`` begins the text or a line (read from the token before it: ``Doc.text``
    is rebuilt on every access, too slow for every entity of a long book)."""
    if span.start == 0:
        return True
    before = span.doc[span.start - 1]
    return "\n" in before.whitespace_ or before.is_space and "\n" in before.text


def _dateline(span: Span, words: Container[str]) -> bool:
    """A news dateline ("AALBORG: Et yngre ægtepar ..."), not a field label: one word in
    capitals, no common word, at a line's start before a colon."""
    return (len(span) == 1 and len(span.text) > 3 and span.text.isupper() and _line_start(span)
            and not is_common_word(span.text, words))


def _known_name(text: str, names: Container[str]) -> bool:
    """A known first name or surname, also in the genitive or after a hyphen ("Jensens",
    "Super-Pedersen")."""
    word = text.rsplit("-", 1)[-1]
    return word in names or (word.endswith("s") and word[:-1] in names)


# Danish town names end so ("Ølby", "Mørkhøj", "Asnæs", "Hasselager", "Kalundborg", "Grenaa").
PLACE_ENDINGS = ("by", "rup", "torp", "lev", "løse", "sted", "høj", "bjerg", "næs", "købing",
                 "ager", "inge", "borg", "havn", "rød", "skov", "strand", "aa", "å")
_LOCATIVE = frozenset({"i", "ved", "på", "paa", "mellem", "nær", "omkring"})


def said_as_place(span: Span) -> bool:
    """Whether the text says a lone word is a place: after "i", "ved", "mellem" ("i Them"), in a
    list after such a place ("i Korsør og Skælskør", "ved Kattrup, Hasselager-Kolt"), or with a
    town's ending ("Mørkhøj")."""
    doc, i = span.doc, span.start
    if span.text.rsplit("-", 1)[0].lower().endswith(PLACE_ENDINGS):
        return True
    before = [t.text.lower() for t in doc[max(i - 3, 0):i]]
    if before[-1:] and before[-1] in _LOCATIVE:
        return True
    return len(before) == 3 and before[2] in ("og", ",", "eller") and before[0] in _LOCATIVE
