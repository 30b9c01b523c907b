"""Long documents run as parts and come back as one document; memory follows the characters in
the pipeline, not the number or size of the documents."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
import pytest

from extract.batch import parts, worker
from extract.batch.parts import Part, merge_rows, split_text
from extract.batch.run import run
from extract.batch.sources import Job
from extract.batch.worker import process_jobs
from extract.rules.meetings import meeting_starts

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

    def keys(result, table: str, *cols: str) -> list[tuple]:
        return [tuple(r[c] for c in cols) for r in result.rows[table]]

    for table, cols in {"meetings": ("meeting_id", "body", "date", "location"),
                        "attendance": ("meeting_id", "person", "status", "start_char"),
                        "agenda_items": ("meeting_id", "item_no", "title", "start_char"),
                        # (a date without a year takes the year of its part's first full date)
                        "mentions": ("meeting_id", "start_char", "end_char", "label")
                        }.items():
        assert keys(parted, table, *cols) == keys(whole, table, *cols), table
    # Offsets count from the start of the whole text.
    assert all(text[r["start_char"]:r["end_char"]] == r["text"]
               for r in parted.rows["mentions"])
    (doc,) = parted.rows["documents"]
    assert doc["n_chars"] == len(text) and doc["kind"] == "minutes"


def test_pages_and_meeting_ids_run_on_across_parts() -> None:
    first = {"documents": [{"doc_id": "d", "n_chars": 10}],
             "meetings": [{"meeting_id": "d#m1", "date": "2024-01-01", "body": "Byrådet"}],
             "mentions": [{"meeting_id": "d#m1", "start_char": 1, "end_char": 3}]}
    cut_inside = {"documents": [{"doc_id": "d", "n_chars": 5}],
                  "meetings": [{"meeting_id": "d#m1", "date": None, "body": ""},
                               {"meeting_id": "d#m2", "date": "2024-02-01", "body": ""}],
                  "mentions": [{"meeting_id": "d#m1", "start_char": 0, "end_char": 2},
                               {"meeting_id": "d#m2", "start_char": 4, "end_char": 5}]}
    merged = merge_rows("d", [(Part(0, 10), first), (Part(10, 15), cut_inside)], n_chars=15)
    assert [(m["meeting_id"], m["body"]) for m in merged["meetings"]] == [
        ("d#m1", "Byrådet"), ("d#m2", "Byrådet")]
    assert [(r["meeting_id"], r["start_char"]) for r in merged["mentions"]] == [
        ("d#m1", 1), ("d#m1", 10), ("d#m2", 14)]
    assert merged["documents"] == [{"doc_id": "d", "n_chars": 15}]


def test_the_pipeline_holds_a_bounded_number_of_characters(monkeypatch) -> None:
    monkeypatch.setattr(worker, "BATCH_CHARS", 1000)
    texts = [("a" * 300, 1), ("b" * 800, 1), ("c" * 100, 1), ("d" * 2500, 3)]
    units = []
    for text, n_parts in texts:
        size = len(text) // n_parts
        units += [worker._Unit(job_of(text, text[0] + ".txt"), None,  # type: ignore[arg-type]
                               Part(k * size, (k + 1) * size), k, n_parts)
                  for k in range(n_parts)]
    groups = worker._groups(units, batch_size=32)
    sizes = [sum(u.part.end - u.part.start for u in g) for g in groups]
    assert all(size <= 1000 or len(g) == 1 for size, g in zip(sizes, groups, strict=True))
    # The first part of a long text ends its call: the later parts take its kind and year.
    first_d = next(i for i, g in enumerate(groups) if any(u.job.name == "d.txt" for u in g))
    assert groups[first_d][-1].job.name == "d.txt" and groups[first_d][-1].index == 0


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
    assert meetings.meeting_id.is_unique and len(meetings) >= 4


@pytest.mark.parametrize("size", [1_200_000])
def test_a_text_over_a_million_characters_gives_one_document(rules_model_nlp, size: int) -> None:
    """The default max_length (1,000,000) is no limit for a batch run."""
    text = (year_of_minutes() * (size // len(year_of_minutes()) + 1))[:size]
    (result,) = process_jobs(rules_model_nlp, [job_of(text)], mask=False)
    assert result.error is None and result.n_parts >= size // parts.PART_CHARS
    assert result.rows["documents"][0]["n_chars"] == size
