"""Long documents run as parts and come back as one document; memory follows the characters in
the pipeline, not the number or size of the documents."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
import pytest

from extract.batch import parts, worker
from extract.batch.parts import Part, split_text
from extract.batch.run import run
from extract.batch.sources import Job
from extract.batch.worker import process_jobs
from extract.rules.meetings import meeting_starts
from extract.types import SourceText

ROOT = Path(__file__).resolve().parents[1]
# Three meetings one after the other, as a committee's export holds them.
SAMPLES = ["kultur_og_fritidsudvalg_koebenhavn_2024-11-14", "oekonomiudvalg_vejle_2024-06-03",
           "aeldreraad_silkeborg_2024-04-18"]


def year_of_minutes() -> str:
    return "\n\n\n".join((ROOT / "corpus" / "samples" / f"{name}.txt").read_text(
        encoding="utf-8").strip() for name in SAMPLES) + "\n"


def job_of(text: str, name: str = "year.txt") -> Job:
    data = text.encode("utf-8")
    return Job("key-" + name, name, Path(name).stem, name, data=data,
               sha256=hashlib.sha256(data).hexdigest())


def test_a_text_is_cut_at_meeting_starts_then_blank_lines_within_the_limit() -> None:
    text = year_of_minutes()
    cuts = split_text(text, limit=3000)
    assert [p.start for p in cuts][0] == 0 and cuts[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(cuts, cuts[1:], strict=False))  # nothing lost
    assert all(p.end - p.start <= 3000 for p in cuts)
    assert meeting_starts(text)[0] in {p.start for p in cuts}  # the second meeting's opening
    assert all(text[p.start - 2:p.start] == "\n\n" or p.start in meeting_starts(text)
               for p in cuts[1:])
    assert split_text(text, limit=len(text)) == [Part(0, len(text))]
    # No space, no line: cut at the limit rather than refuse.
    assert split_text("x" * 25, limit=10) == [Part(0, 10), Part(10, 20), Part(20, 25)]


def test_a_long_text_in_parts_gives_the_rows_of_the_whole_text(rules_model_nlp,
                                                               monkeypatch) -> None:
    text = year_of_minutes()
    whole = process_jobs(rules_model_nlp, [job_of(text)], mask=False)[0]
    monkeypatch.setattr(parts, "PART_CHARS", 3000)
    parted = process_jobs(rules_model_nlp, [job_of(text)], mask=False)[0]
    assert whole.n_parts == 1 and parted.n_parts == 3 and parted.error is None

    # The rule layer reads the whole text: every table is the whole text's, row for row
    # (the tagger and the NER saw the parts; on these minutes they find the same).
    assert parted.rows == whole.rows
    # Offsets count from the start of the whole text.
    assert all(text[r["start_char"]:r["end_char"]] == r["text"]
               for r in parted.rows["mentions"])
    (doc,) = parted.rows["documents"]
    assert doc["n_chars"] == len(text) and doc["kind"] == "minutes"


def test_short_texts_go_through_in_calls_of_bounded_characters(monkeypatch) -> None:
    monkeypatch.setattr(worker, "BATCH_CHARS", 1000)
    texts = [(job_of(t, t[0] + ".txt"), SourceText(t[0], t[0] + ".txt", t))
             for t in ("a" * 300, "b" * 800, "c" * 100, "d" * 900, "e" * 50)]
    batches = worker._batches(texts, batch_size=32)
    assert [[item.text[0] for _, item in b] for b in batches] == [["a"], ["b", "c"], ["d", "e"]]
    assert len(worker._batches(texts, batch_size=2)) == 3


def test_no_text_is_refused_for_its_length_only(rules_model_nlp, tmp_path: Path,
                                                monkeypatch) -> None:
    """A text over the pipeline's max_length goes through; one without writing is refused."""
    monkeypatch.setattr(parts, "PART_CHARS", 4000)
    monkeypatch.setattr(rules_model_nlp, "max_length", 5000)
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "year.txt").write_text(year_of_minutes() * 2, encoding="utf-8")
    (inp / "blob.txt").write_text("QUJD" * 6000, encoding="utf-8")
    summary = run([inp], out_dir=tmp_path / "out", nlp=rules_model_nlp)
    assert [(e["source"].rsplit("/", 1)[-1], e["stage"]) for e in summary.errors] == [
        ("blob.txt", "read")]
    assert "not text" in summary.errors[0]["reason"]
    documents = pd.read_parquet(tmp_path / "out" / "documents.parquet")
    assert documents.n_chars.tolist() == [len(year_of_minutes() * 2)]
    assert summary.n_parts == 1
    meetings = pd.read_parquet(tmp_path / "out" / "meetings.parquet")
    assert meetings.meeting_id.is_unique and len(meetings) >= 2


@pytest.mark.parametrize("size", [1_200_000])
def test_a_text_over_a_million_characters_gives_one_document(rules_model_nlp, size: int) -> None:
    """The default max_length (1,000,000) is no limit for a batch run."""
    text = (year_of_minutes() * (size // len(year_of_minutes()) + 1))[:size]
    (result,) = process_jobs(rules_model_nlp, [job_of(text)], mask=False)
    assert result.error is None and result.n_parts >= size // parts.PART_CHARS
    assert result.rows["documents"][0]["n_chars"] == size
