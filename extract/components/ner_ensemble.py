"""``extract_ner_ensemble``: several independently trained NER models vote on each entity.

Small CNN taggers trained on the few thousand DaNE sentences disagree a lot, and mostly on
their mistakes: on DaNE dev, keeping only the entities that a majority of seven such models
found exactly gave F1 0.81 where the best single model gave 0.77 (models/da_core/README.md).

The component runs right after the pipeline's own ``ner``, whose entities are the first vote.
Each *member* is a small spaCy pipeline of its own (``tok2vec`` + ``ner``), saved inside this
component's folder and run on a copy of the doc with the same tokens, so the members share the
host's tokenizer, vocabulary and static vectors (they were trained with the same vectors).
An entity (same tokens, same label) is kept when at least ``min_votes`` of the models predict
it; overlapping winners are resolved by votes, then by the host ``ner``'s choice, then by
position.

Exclude it for speed (``spacy.load(path, exclude=["ner_ensemble"])``): the host ``ner`` alone
is then the prediction.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import srsly
from spacy import util
from spacy.language import Language
from spacy.tokens import Doc, Span

SpanKey = tuple[int, int, str]


class NerEnsemble:
    """Majority vote over the host pipeline's ``ner`` and member NER pipelines.

    Args:
        nlp: The host pipeline (its vocab is shared with the members).
        name: Component name.
        min_votes: Votes an entity needs; None for a strict majority of all models
            (members + the host ``ner``).
    """

    def __init__(self, nlp: Language, name: str, min_votes: int | None = None) -> None:
        self.name = name
        self.vocab = nlp.vocab
        self.min_votes = min_votes
        self.members: list[Language] = []

    # -- prediction ----------------------------------------------------------------------------

    @property
    def n_models(self) -> int:
        """Models that vote: the members plus the host ``ner``."""
        return len(self.members) + 1

    @property
    def votes_needed(self) -> int:
        """The ``min_votes`` in force."""
        return self.min_votes if self.min_votes is not None else self.n_models // 2 + 1

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        """Vote on batches of docs (each member runs once per batch)."""
        for batch in util.minibatch(stream, size=batch_size):
            votes = [Counter(_keys(doc.ents)) for doc in batch]
            hosts = [set(counter) for counter in votes]
            for member in self.members:
                # A fresh copy per member: an ner keeps entities already set on its doc.
                copies = [_copy_tokens(doc) for doc in batch]
                for counter, predicted in zip(votes, member.pipe(copies), strict=True):
                    counter.update(_keys(predicted.ents))
            for doc, counter, host in zip(batch, votes, hosts, strict=True):
                doc.ents = self._winners(doc, counter, host)
                yield doc

    def _winners(self, doc: Doc, votes: Counter[SpanKey], host: set[SpanKey]) -> list[Span]:
        candidates = sorted(
            (key for key, n in votes.items() if n >= self.votes_needed),
            key=lambda key: (-votes[key], key not in host, key[0], key[1]),
        )
        taken = [False] * len(doc)
        winners = []
        for start, end, label in candidates:
            if any(taken[start:end]):
                continue
            taken[start:end] = [True] * (end - start)
            winners.append(Span(doc, start, end, label=label))
        return sorted(winners, key=lambda span: span.start)

    # -- building and serialisation -------------------------------------------------------------

    def add_member(self, member: Language) -> None:
        """Add a trained pipeline whose last component is an ``ner`` (extra pipes are dropped).

        The member must use the same static vectors and lexeme norms as the host: it runs on
        docs made with the host's vocab.
        """
        keep = {"tok2vec", "ner"}
        for pipe_name in list(member.pipe_names):
            if pipe_name not in keep:
                member.remove_pipe(pipe_name)
        if "ner" not in member.pipe_names:
            raise ValueError("an ensemble member needs an 'ner' component")
        self.members.append(member)

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        """The members as bytes (config + weights, not the shared vocab).

        ``nlp.to_bytes()`` is how a pipeline travels to batch and Dask workers: without this,
        the members would be lost on the way and the host ``ner`` would vote alone.
        """
        return srsly.msgpack_dumps({
            "members": [
                {"config": member.config.to_str(), "data": member.to_bytes(exclude=["vocab"])}
                for member in self.members
            ]
        })

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> NerEnsemble:
        info = srsly.msgpack_loads(data)
        self.members = []
        for entry in info["members"]:
            config = util.load_config_from_str(entry["config"])
            member = util.load_model_from_config(config, vocab=self.vocab, auto_fill=False)
            self.members.append(member.from_bytes(entry["data"], exclude=["vocab"]))
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        info = {"members": [f"member{i}" for i in range(len(self.members))]}
        (path / "ensemble.json").write_text(json.dumps(info, indent=1), encoding="utf-8")
        for folder, member in zip(info["members"], self.members, strict=True):
            # The vocab (with the static vectors) is the host's: not saved again per member.
            member.to_disk(path / folder, exclude=["vocab"])

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> NerEnsemble:
        path = Path(path)
        info_path = path / "ensemble.json"
        if not info_path.exists():
            raise FileNotFoundError(
                f"{info_path} is missing: the ensemble folder of this pipeline is incomplete"
            )
        info = json.loads(info_path.read_text(encoding="utf-8"))
        self.members = [load_member(path / folder, vocab=self.vocab) for folder in info["members"]]
        return self


def _keys(ents: Iterable[Span]) -> list[SpanKey]:
    return [(ent.start, ent.end, ent.label_) for ent in ents]


def _copy_tokens(doc: Doc) -> Doc:
    return Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])


@Language.factory(
    "extract_ner_ensemble",
    assigns=["doc.ents"],
    requires=["doc.ents"],
    default_config={"min_votes": None},
)
def make_ner_ensemble(nlp: Language, name: str, min_votes: int | None) -> NerEnsemble:
    return NerEnsemble(nlp, name, min_votes)


def load_member(path: str | Path, *, vocab: Any) -> Language:
    """Load a trained pipeline folder as an ensemble member sharing ``vocab``."""
    path = Path(path)
    config = util.load_config(path / "config.cfg")
    member = util.load_model_from_config(config, vocab=vocab, auto_fill=False)
    member.from_disk(path, exclude=["vocab"])
    return member
