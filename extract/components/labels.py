"""``extract_labels``: a statistical NER's labels renamed to the toolkit's (PER -> PERSON), and
its readings that the layout of minutes contradicts dropped.

DaNE-trained models (ours, DaCy, spaCy's Danish models) say PER; the rules and tables say PERSON.
The readings minutes contradict (field labels, party letters, headings, one common noun or a
lone word read as a name that no name list knows) are told by :mod:`extract.rules.labels`, with
the model's own lemma table as the common words and the first names and surnames saved with this
component as the known names, and dropped.
Runs right after the statistical ``ner`` (and ``ner_ensemble``) and before the rule components,
which may overrule what is left: the kept entities are remembered in
``doc.spans["model_ents"]`` until a rule finds the same span, which then becomes the rule's.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import ensure_path

from .. import resources
from ..rules.labels import doubtful
from ._lexicon import LexiconComponent
from ._spans import MODEL_SPANS_KEY

DEFAULT_MAP = {"PER": "PERSON", "PERSON": "PERSON", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC",
               "GPE": "LOC"}


class LabelMapper(LexiconComponent):
    """Renames entity labels; labels not in the map are dropped (the rules own them).

    Args:
        nlp: the pipeline; its lookup ``lemmatizer`` table, where there is one, tells common
            words (``drop_common_words``).
        name: component name.
        mapping: model label -> toolkit label.
        drop_layout: drop readings the layout of minutes contradicts.
        drop_common_words: drop one-word entities that are a common word in lower case, and
            one-word persons that are no known first name or surname.
    """

    def __init__(self, nlp: Language, name: str, mapping: dict[str, str],
                 drop_layout: bool = True, drop_common_words: bool = True) -> None:
        super().__init__(nlp, name)
        self.mapping = dict(mapping)
        self.drop_layout = drop_layout
        self.drop_common_words = drop_common_words
        self._words: Any = None
        self.names: frozenset[str] = frozenset()

    def default_data(self) -> dict[str, Any]:
        return {"names": sorted(set(resources.first_names()) | set(resources.surnames()))}

    def _compile(self) -> None:
        self.names = frozenset(self.data["names"])

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        self._ensure_ready()  # built by add_pipe without initialize(): save the defaults
        super().to_disk(path, exclude=exclude)

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        self._ensure_ready()
        return super().to_bytes(exclude=exclude)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> LabelMapper:
        # Pipelines saved before the names were (1.3.0 and older) have no folder: the defaults.
        if not (ensure_path(path) / self.data_file).exists():
            self._ensure_ready()
            return self
        return super().from_disk(path, exclude=exclude)

    def _common_words(self) -> Any:
        # Looked up on first use: the lemmatizer's table is loaded after this component is made.
        if self._words is None:
            self._words = {}
            if "lemmatizer" in self.nlp.pipe_names:
                lookups = getattr(self.nlp.get_pipe("lemmatizer"), "lookups", None)
                if lookups is not None and lookups.has_table("lemma_lookup"):
                    self._words = lookups.get_table("lemma_lookup")
        return self._words

    def _doubtful(self, span: Span, label: str) -> bool:
        return doubtful(span, label, self._common_words(), drop_layout=self.drop_layout,
                        drop_common_words=self.drop_common_words, names=self.names)

    def __call__(self, doc: Doc) -> Doc:
        self._ensure_ready()
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
