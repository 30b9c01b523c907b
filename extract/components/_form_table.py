"""A read-only lookup table of word forms held in arrays: a tenth of the memory of a spaCy
``Table``.

spaCy's Danish lemma table has ~590,000 forms but only ~98,000 distinct lemmas. As a ``Table``
(a Python dict of hash -> str) it takes ~120 MB of memory and twice that while it loads, the
largest share of a pipeline's footprint. Here the 64-bit string hashes are one sorted array,
each form's lemma an index into the list of distinct lemmas: ~12 MB, read without a copy.
Lookups are by binary search (about a microsecond), behind the lemmatizer's cache.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from typing import Any

import srsly
from spacy.strings import get_string_id


class FormTable:
    """Maps forms (strings, or their spaCy hashes) to strings, like ``spacy.lookups.Table``
    for reading: ``get``, ``in``, ``[]``, ``len``, ``items``."""

    def __init__(self, name: str, keys: array, index: array, values: list[str]) -> None:
        self.name = name
        self._keys = keys
        self._index = index
        self._values = values

    @classmethod
    def from_mapping(cls, name: str, table: Mapping[Any, str]) -> FormTable:
        """Build from a ``Table`` or a dict whose keys are strings or their hashes."""
        pairs = sorted((get_string_id(k), v) for k, v in table.items())
        values = sorted({v for _, v in pairs})
        position = {v: i for i, v in enumerate(values)}
        keys = array("Q", (k for k, _ in pairs))
        index = array("I", (position[v] for _, v in pairs))
        return cls(name, keys, index, values)

    def _find(self, key: str | int) -> int:
        h = get_string_id(key)
        i = bisect_left(self._keys, h)
        return i if i < len(self._keys) and self._keys[i] == h else -1

    def get(self, key: str | int, default: Any = None) -> Any:
        i = self._find(key)
        return self._values[self._index[i]] if i >= 0 else default

    def __contains__(self, key: object) -> bool:
        return isinstance(key, (str, int)) and self._find(key) >= 0

    def __getitem__(self, key: str | int) -> str:
        i = self._find(key)
        if i < 0:
            raise KeyError(key)
        return self._values[self._index[i]]

    def __len__(self) -> int:
        return len(self._keys)

    def items(self) -> Iterator[tuple[int, str]]:
        """(hash, value) pairs, as a ``Table`` gives them."""
        return ((k, self._values[i]) for k, i in zip(self._keys, self._index, strict=True))

    def to_bytes(self) -> bytes:
        return srsly.msgpack_dumps({"name": self.name, "keys": self._keys.tobytes(),
                                    "index": self._index.tobytes(), "values": self._values})

    @classmethod
    def from_bytes(cls, data: bytes) -> FormTable:
        msg = srsly.msgpack_loads(data)
        keys, index = array("Q"), array("I")
        keys.frombytes(msg["keys"])
        index.frombytes(msg["index"])
        return cls(msg["name"], keys, index, list(msg["values"]))
