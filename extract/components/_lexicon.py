"""Base for components whose data (a gazetteer) is saved inside the pipeline folder."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.util import ensure_path


class LexiconComponent:
    """A component with a JSON-serialisable ``data`` dict, filled in ``initialize()``.

    Subclasses implement ``default_data()`` (read from ``extract.resources``) and ``_compile()``
    (build matchers and lookups from ``self.data``).
    """

    data_file = "lexicon.json"

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp
        self.name = name
        self.data: dict[str, Any] = {}

    def default_data(self) -> dict[str, Any]:
        raise NotImplementedError

    def _compile(self) -> None:
        raise NotImplementedError

    def _ensure_ready(self) -> None:
        if not self.data:
            # Built without nlp.initialize() (e.g. nlp.add_pipe in a notebook): use the defaults.
            self.data = self.default_data()
            self._compile()

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Language | None = None,
        data: dict[str, Any] | None = None,
    ) -> None:
        self.data = data if data is not None else self.default_data()
        self._compile()

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / self.data_file, self.data)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> LexiconComponent:
        self.data = srsly.read_json(ensure_path(path) / self.data_file)
        self._compile()
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.msgpack_dumps(self.data)

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> LexiconComponent:
        self.data = srsly.msgpack_loads(data)
        self._compile()
        return self
