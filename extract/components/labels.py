"""``extract_labels``: a statistical NER's labels renamed to the toolkit's (PER -> PERSON), and
its readings that the layout of minutes contradicts dropped.

DaNE-trained models (ours, DaCy, spaCy's Danish models) say PER; the rules and tables say PERSON.
The readings minutes contradict (field labels, party letters, headings, one common noun or a
lone word read as a name) are told by :mod:`extract.rules.labels`, with the model's own lemma
table as the common words, and dropped.
Runs right after the statistical ``ner`` (and ``ner_ensemble``) and before the rule components,
which may overrule what is left: the kept entities are remembered in
``doc.spans["model_ents"]`` until a rule finds the same span, which then becomes the rule's.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..rules.labels import doubtful
from ._spans import MODEL_SPANS_KEY

DEFAULT_MAP = {"PER": "PERSON", "PERSON": "PERSON", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC",
               "GPE": "LOC"}


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

    def _doubtful(self, span: Span, label: str) -> bool:
        return doubtful(span, label, self._common_words(), drop_layout=self.drop_layout,
                        drop_common_words=self.drop_common_words)

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
