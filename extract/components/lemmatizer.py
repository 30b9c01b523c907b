"""``extract_lemmatizer``: Danish lemmas from the word form and its UPOS, rules for unseen words.

spaCy's lookup lemmatizer knows one lemma per form, so a homograph gets one reading whatever the
tagger says (*det* pronoun -> det, determiner -> den; *helt* adverb -> helt, adjective -> hel),
and a word missing from its table comes back unchanged. This lemmatizer reads the UPOS the
morphologizer set (``token.pos_``) and takes the first answer of:

1. the form with its UPOS as annotated in the UD Danish-DDT train sentences (``lemma_pos``);
2. for punctuation, symbols, numbers and ``X``, the form; for a proper noun, the form less a
   genitive ending (*FN's*, *Lars'*, *DBUs*, *Danmarks* where *Danmark* is a known proper noun);
3. the lower-cased form with its UPOS (*Kyllingerne* at the start of a sentence);
4. for the parts of speech listed in ``lookup_pos`` (those where it beat the bare form on the
   rare words of the training data), the form lookup ``lemma_lookup``: spaCy's Danish table
   with the DDT train lemmas on top;
5. a hyphenated compound: its first parts and the lemma of its last part (*KTAS-ledelsen*);
6. the longest word ending known for the UPOS (``lemma_suffix``): the edit that most training
   words with that ending take to their lemma (NOUN *-erne*: drop four letters).

Lemmas of words written with a capital only because they start a sentence, or in capitals in a
heading, are lower-cased, as UD does; proper nouns keep their case.

The tables are spaCy ``Lookups`` saved in the component's folder, as for spaCy's own lemmatizer,
and ``lemma_lookup`` keeps its name, so code reading that table still finds it. That table, the
big one, is held as a :class:`~extract.components._form_table.FormTable` (arrays, ~12 MB where a
``Table`` takes ~120 MB) and saved beside the others as ``lemma_lookup.bin``; folders saved with
it inside ``lookups.bin`` still load.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from spacy import util
from spacy.errors import Errors
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, Token
from thinc.api import Model

from ._form_table import FormTable

MODE = "pos_rules"
"""The lemmatizer mode this component adds to spaCy's."""

TABLES = ("lemma_lookup", "lemma_pos", "lemma_suffix")
"""The lookup tables the mode needs."""

VERBATIM_POS = frozenset({"PUNCT", "SYM", "X", "NUM"})
"""Parts of speech whose lemma is the form (numbers lower-cased when spelled out)."""

FORM_TABLE = "lemma_lookup"
"""The big form -> lemma table, held as a :class:`FormTable`."""

FORM_TABLE_FILE = "lemma_lookup.bin"

CACHE_SIZE = 200_000
"""Lemmas of (form, UPOS) remembered by a component (cleared when full)."""

_ROMAN = frozenset("IVXLCDM")


def pos_key(pos: str, form: str) -> str:
    """The ``lemma_pos`` key of a form with its UPOS."""
    return f"{pos}\t{form}"


def suffix_key(pos: str, suffix: str) -> str:
    """The ``lemma_suffix`` key of a word ending with a UPOS."""
    return f"{pos}\t{suffix}"


def apply_edit(form: str, edit: tuple[int, str] | list[Any]) -> str:
    """The form with its last ``edit[0]`` characters replaced by ``edit[1]``."""
    strip, append = int(edit[0]), str(edit[1])
    return form[: len(form) - strip] + append if strip <= len(form) else form


def recase(form: str, lemma: str) -> str:
    """Give a lemma found for the lower-cased form the case UD gives it.

    A word in capitals (a heading) or capitalised as a whole (a sentence start) has a lower-case
    lemma; otherwise the form's own capitals are kept where the lemma spells the form
    (*KTAS-ledelsen* -> *KTAS-ledelse*, *TV-program*).
    """
    letters = [c for c in form if c.isalpha()]
    if letters and (form.isupper() or (form[0].isupper() and "-" not in form
                                       and form[1:] == form[1:].lower())):
        return lemma.lower()
    n = 0
    while n < min(len(form), len(lemma)) and form[n].lower() == lemma[n].lower():
        n += 1
    return form[:n] + lemma[n:]


def lemmatize_form(
    form: str,
    pos: str,
    tables: Mapping[str, Mapping[str, Any]],
    *,
    lookup_pos: Iterable[str] = (),
    max_suffix: int = 6,
) -> str:
    """The lemma of one word given its UPOS (the steps in this module's docstring).

    Args:
        form: The word as written.
        pos: Its UPOS (``token.pos_``); empty to use the form lookup alone.
        tables: ``lemma_lookup``, ``lemma_pos`` and ``lemma_suffix`` (mappings or spaCy tables).
        lookup_pos: Parts of speech for which the form lookup is asked (step 4).
        max_suffix: Longest word ending in ``lemma_suffix``.

    Returns:
        The lemma.
    """
    by_pos = tables["lemma_pos"]
    lemma = by_pos.get(pos_key(pos, form))
    if lemma is not None:
        return lemma
    lookup = tables["lemma_lookup"]
    if not pos:
        return lookup.get(form, form)
    if pos in VERBATIM_POS:
        if pos == "NUM" and form.isalpha() and not set(form) <= _ROMAN:
            return form.lower()
        return form
    if pos == "PROPN":
        return _proper_noun(form, by_pos)
    lemma = _known(form, pos, tables, lookup_pos)
    if lemma is not None:
        return lemma
    head, dash, tail = form.rpartition("-")
    if head.strip("-") and tail:
        lemma = _known(tail, pos, tables, lookup_pos)
        if lemma is not None:
            return head + dash + lemma
    return recase(form, _by_suffix(form, pos, tables["lemma_suffix"], max_suffix))


def _known(form: str, pos: str, tables: Mapping[str, Mapping[str, Any]],
           lookup_pos: Iterable[str]) -> str | None:
    """Steps 1, 3 and 4: the form or its lower-case spelling in a table, recased."""
    lemma = tables["lemma_pos"].get(pos_key(pos, form))
    if lemma is not None:
        return lemma
    lower = form.lower()
    if lower != form:
        lemma = tables["lemma_pos"].get(pos_key(pos, lower))
        if lemma is not None:
            return recase(form, lemma)
    if pos in lookup_pos:
        lookup = tables["lemma_lookup"]
        lemma = lookup.get(form)
        if lemma is None and lower != form:
            lemma = lookup.get(lower)
        if lemma is not None:
            return recase(form, lemma)
    return None


def _proper_noun(form: str, by_pos: Mapping[str, Any]) -> str:
    """A proper noun's lemma: the form, less a genitive ending."""
    if form.endswith(("'s", "’s")) and len(form) > 2:
        return form[:-2]
    if form.endswith(("s'", "x'", "z'", "s’", "x’", "z’")):
        return form[:-1]
    if form.endswith("s") and len(form) > 2:
        stem = form[:-1]
        if stem.isupper() or pos_key("PROPN", stem) in by_pos:
            return stem
    return form


def _by_suffix(form: str, pos: str, rules: Mapping[str, Any], max_suffix: int) -> str:
    """Step 6: the edit of the longest known ending (the form itself if none is known)."""
    lower = form.lower()
    for n in range(min(max_suffix, len(lower)), -1, -1):
        edit = rules.get(suffix_key(pos, lower[len(lower) - n:]))
        if edit is not None:
            return apply_edit(form, edit)
    return form


class PosLemmatizer(Lemmatizer):
    """spaCy's lemmatizer with a ``pos_rules`` mode: lookups by form and UPOS, then rules.

    Args:
        vocab: The pipeline's vocab.
        model: Unused (no statistical model).
        name: Component name.
        mode: ``pos_rules`` (spaCy's ``lookup`` and ``rule`` work too).
        overwrite: Replace lemmas already set.
        lookup_pos: Parts of speech for which the form lookup table is asked.
        max_suffix: Longest word ending in the suffix table.
        scorer: The scoring method.
    """

    def __init__(self, vocab: Any, model: Model | None, name: str = "lemmatizer", *,
                 mode: str = MODE, overwrite: bool = False, lookup_pos: Iterable[str] = (),
                 max_suffix: int = 6, scorer: Any = None) -> None:
        self.lookup_pos = frozenset(lookup_pos)
        self.max_suffix = max_suffix
        self._cache: dict[tuple[int, int], str] = {}
        kwargs = {"scorer": scorer} if scorer is not None else {}
        super().__init__(vocab, model, name, mode=mode, overwrite=overwrite, **kwargs)

    @classmethod
    def get_lookups_config(cls, mode: str) -> tuple[list[str], list[str]]:
        if mode == MODE:
            return list(TABLES), []
        return super().get_lookups_config(mode)

    def pos_rules_lemmatize(self, token: Token) -> list[str]:
        """The lemma of one token from its form and UPOS."""
        return [lemmatize_form(token.text, token.pos_, self._tables(),
                               lookup_pos=self.lookup_pos, max_suffix=self.max_suffix)]

    def __call__(self, doc: Doc) -> Doc:
        """Set the lemma of each token of ``doc`` (those without one unless ``overwrite``)."""
        if self.mode != MODE:
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables(Errors.E1004)
        error_handler = self.get_error_handler()
        try:
            tables = self._tables()
            # A word's lemma depends on its form and UPOS alone, and most words recur: the
            # cache makes this as fast as spaCy's one-table lookup. Keyed by hashes, holding
            # strings, so it stays valid after a memory zone has dropped the doc's strings.
            cache = self._cache
            for token in doc:
                if self.overwrite or token.lemma == 0:
                    key = (token.orth, token.pos)
                    lemma = cache.get(key)
                    if lemma is None:
                        lemma = lemmatize_form(token.text, token.pos_, tables,
                                               lookup_pos=self.lookup_pos,
                                               max_suffix=self.max_suffix)
                        if len(cache) >= CACHE_SIZE:
                            cache.clear()
                        cache[key] = lemma
                    token.lemma_ = lemma
            return doc
        except Exception as e:  # spaCy's error handler decides: raise, or log and go on
            error_handler(self.name, self, [doc], e)
            return doc

    def _tables(self) -> dict[str, Any]:
        return {name: self.lookups.get_table(name) for name in TABLES}

    def initialize(self, *args: Any, **kwargs: Any) -> None:
        super().initialize(*args, **kwargs)
        self._cache.clear()
        self._compact()

    def _compact(self) -> None:
        """Hold the form table as arrays (a ``Table`` as loaded or given to ``initialize``)."""
        if self.lookups.has_table(FORM_TABLE):
            table = self.lookups.get_table(FORM_TABLE)
            if not isinstance(table, FormTable):
                self.lookups.set_table(FORM_TABLE, FormTable.from_mapping(FORM_TABLE, table))

    def _form_table(self) -> FormTable | None:
        if not self.lookups.has_table(FORM_TABLE):
            return None
        self._compact()
        return self.lookups.get_table(FORM_TABLE)

    def _other_tables(self) -> Lookups:
        """The tables but the form table, saved as spaCy saves lookups."""
        other = Lookups()
        for name in self.lookups.tables:
            if name != FORM_TABLE:
                other.set_table(name, self.lookups.get_table(name))
        return other

    def _set_form_table(self, data: bytes) -> None:
        self.lookups.set_table(FORM_TABLE, FormTable.from_bytes(data))

    def to_disk(self, path: Any, *, exclude: Iterable[str] = ()) -> None:
        table = self._form_table()
        serialize = {"vocab": lambda p: self.vocab.to_disk(p, exclude=exclude),
                     "lookups": lambda p: self._other_tables().to_disk(p)}
        if table is not None:
            serialize[FORM_TABLE_FILE] = lambda p: p.write_bytes(table.to_bytes())
        util.to_disk(path, serialize, exclude)

    def from_disk(self, path: Any, *, exclude: Iterable[str] = ()) -> PosLemmatizer:
        self._cache.clear()

        def read_form_table(p: Any) -> None:
            if p.exists():  # older folders keep the table inside lookups.bin
                self._set_form_table(p.read_bytes())

        util.from_disk(path, {"vocab": lambda p: self.vocab.from_disk(p, exclude=exclude),
                              "lookups": lambda p: self.lookups.from_disk(p),
                              FORM_TABLE_FILE: read_form_table}, exclude)
        self._compact()
        self._validate_tables()
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        table = self._form_table()
        serialize = {"vocab": lambda: self.vocab.to_bytes(exclude=exclude),
                     "lookups": self._other_tables().to_bytes}
        if table is not None:
            serialize["form_table"] = table.to_bytes
        return util.to_bytes(serialize, exclude)

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()) -> PosLemmatizer:
        self._cache.clear()
        util.from_bytes(bytes_data, {"vocab": lambda b: self.vocab.from_bytes(b, exclude=exclude),
                                     "lookups": lambda b: self.lookups.from_bytes(b),
                                     "form_table": self._set_form_table}, exclude)
        self._compact()
        self._validate_tables()
        return self


@Language.factory(
    "extract_lemmatizer",
    assigns=["token.lemma"],
    requires=["token.pos"],
    default_config={
        "model": None,
        "mode": MODE,
        "overwrite": False,
        "lookup_pos": [],
        "max_suffix": 6,
        "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"},
    },
    default_score_weights={"lemma_acc": 1.0},
)
def make_lemmatizer(nlp: Language, model: Model | None, name: str, mode: str, overwrite: bool,
                    lookup_pos: list[str], max_suffix: int, scorer: Any) -> PosLemmatizer:
    """The Danish (form, UPOS) lemmatizer; its tables are filled by ``initialize(lookups=...)``
    (:func:`extract.train.lemmas.install_lemmatizer`) and saved with the pipeline."""
    return PosLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite,
                         lookup_pos=lookup_pos, max_suffix=max_suffix, scorer=scorer)
