"""``extract_labels``: a statistical NER's labels renamed to the toolkit's (PER -> PERSON), and
its readings that the layout of minutes contradicts dropped.

DaNE-trained models (ours, DaCy, spaCy's Danish models) say PER; the rules and tables say PERSON.
Trained on news, they also take field labels ("Deltagere:", "Beslutning:"), party letters
("(A)"), headings in capitals, words across line breaks and the first half of a coordinated
compound ("Børne- og ungebyrådet") for names. In minutes they also read one capitalised common
noun as a name (old spelling capitalised every noun: "Vejkassen", "Husleje"; headings: "Teknik",
"Aftale"), and a lone capitalised word as a person where minutes write full names or a title
and a surname ("Grenaa", "Tølløse"). Those readings are dropped too: a span whose every word the
model's own lemma table knows in lower case (also in the old "aa" spelling), or as the end of a
compound ("Sygehusets Udvidelse", "Vejkassen", "SSP-indsatsen"), and a single-word person.
Runs right after the statistical ``ner`` (and ``ner_ensemble``) and before the rule components,
which may overrule what is left: the kept entities are remembered in
``doc.spans["model_ents"]`` until a rule finds the same span, which then becomes the rule's.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ._spans import MODEL_SPANS_KEY

DEFAULT_MAP = {"PER": "PERSON", "PERSON": "PERSON", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC",
               "GPE": "LOC"}


_LAYOUT_START = re.compile(r"^(?:kl|pkt|punkt|sag|nr|ad|j)\b\.?", re.IGNORECASE)


def contradicted_by_layout(span: Span) -> bool:
    """Whether the layout of minutes says a model's entity is no name."""
    doc, text = span.doc, span.text
    if "\n" in text or not text[:1].isupper() or _LAYOUT_START.match(text):
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


class LabelMapper:
    """Renames entity labels; labels not in the map are dropped (the rules own them).

    Args:
        nlp: the pipeline; its lookup ``lemmatizer`` table, where there is one, tells common
            words (``drop_common_words``).
        name: component name.
        mapping: model label -> toolkit label.
        drop_layout: drop readings the layout of minutes contradicts.
        drop_common_words: drop one-word entities that are a common word in lower case, and
            one-word persons.
    """

    def __init__(self, nlp: Language, name: str, mapping: dict[str, str],
                 drop_layout: bool = True, drop_common_words: bool = True) -> None:
        self.name = name
        self.mapping = dict(mapping)
        self.drop_layout = drop_layout
        self.drop_common_words = drop_common_words
        self._nlp = nlp
        self._words: Any = None

    def _common_words(self) -> Any:
        # Looked up on first use: the lemmatizer's table is loaded after this component is made.
        if self._words is None:
            self._words = {}
            if "lemmatizer" in self._nlp.pipe_names:
                lookups = getattr(self._nlp.get_pipe("lemmatizer"), "lookups", None)
                if lookups is not None and lookups.has_table("lemma_lookup"):
                    self._words = lookups.get_table("lemma_lookup")
        return self._words

    def _is_common_word(self, text: str) -> bool:
        """A word the lemma table knows in lower case, or a compound ending in one of at least
        five letters ("Vejkassen": "kassen")."""
        words = self._common_words()
        lower = text.lower()
        # Old spelling writes "aa" for "å": "Laan", "Aaret".
        for form in {lower, lower.replace("aa", "å")}:
            if form in words or any(form[i:] in words for i in range(3, len(form) - 4)):
                return True
        return False

    def _is_common_token(self, text: str) -> bool:
        """A common word, or a hyphenated compound whose head is one written in lower case
        ("CO2-udledning", "SSP-indsatsen", "Aarhus-aftalen")."""
        head = text.rsplit("-", 1)[-1]
        if head != text:
            return head.isalpha() and head.islower() and self._is_common_word(head)
        return text.isalpha() and self._is_common_word(text)

    def _doubtful(self, span: Span, label: str) -> bool:
        if self.drop_layout and contradicted_by_layout(span):
            return True
        if not self.drop_common_words:
            return False
        if len(span) == 1 and label == "PERSON":
            return True
        # Old spelling capitalises every noun: "Sygehusets Udvidelse", "Vejkassen".
        return all(self._is_common_token(t.text) for t in span)

    def __call__(self, doc: Doc) -> Doc:
        doc.ents = [Span(doc, e.start, e.end, label=self.mapping[e.label_])
                    for e in doc.ents if e.label_ in self.mapping
                    and not self._doubtful(e, self.mapping[e.label_])]
        # Remembered so that any rule may overrule the model where they disagree.
        doc.spans[MODEL_SPANS_KEY] = list(doc.ents)
        return doc


@Language.factory("extract_labels", assigns=["doc.ents"],
                  default_config={"mapping": DEFAULT_MAP, "drop_layout": True,
                                  "drop_common_words": True})
def make_labels(nlp: Language, name: str, mapping: dict[str, str], drop_layout: bool,
                drop_common_words: bool) -> LabelMapper:
    return LabelMapper(nlp, name, mapping, drop_layout, drop_common_words)
