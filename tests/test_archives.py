"""Archives: members read in memory, traversal and links refused, bombs stopped."""

from __future__ import annotations

import gzip
import io
import tarfile
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from extract.batch.run import run
from extract.readers.archives import (
    ArchiveLimits,
    iter_archive,
    member_doc_id,
    read_archive,
    unsafe_member_name,
)

ROOT = Path(__file__).resolve().parents[1]
MINUTES = (ROOT / "corpus" / "samples" / "kommunalbestyrelse_odder_2024-03-12.txt").read_text(
    encoding="utf-8")
MB = 1024 * 1024


def zip_bytes(members: dict[str, bytes], *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=compression) as zf:
        for name, data in members.items():
            zf.writestr(zipfile.ZipInfo(name), data, compress_type=compression)
    return buf.getvalue()


def tar_bytes(members: dict[str, bytes], *, mode: str = "w:gz",
              links: dict[str, tuple[bytes, str]] | None = None) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode) as tf:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
        for name, (kind, target) in (links or {}).items():
            info = tarfile.TarInfo(name)
            info.type = kind
            info.linkname = target
            tf.addfile(info)
    return buf.getvalue()


def members(data: bytes, name: str, **limits) -> list[tuple[str, bytes | None, str | None]]:
    return [(m.source, m.data, m.problem) for m in iter_archive(
        data, name=name, source=name, wanted=lambda n: n.endswith(".txt"),
        limits=ArchiveLimits(**limits))]


def test_zip_with_folders_and_a_nested_tar_gz() -> None:
    inner = tar_bytes({"b/2024.txt": b"tekst B", "b/skip.csv": b"x,y"})
    data = zip_bytes({"a/odder.txt": MINUTES.encode(), "a/inner.tar.gz": inner,
                      "a/billede.png": b"\x89PNG"})
    assert members(data, "arkiv.zip") == [
        ("arkiv.zip!a/odder.txt", MINUTES.encode(), None),
        ("arkiv.zip!a/inner.tar.gz!b/2024.txt", b"tekst B", None)]


@pytest.mark.parametrize("name", ["../evil.txt", "a/../../evil.txt", "/etc/evil.txt",
                                  "C:/evil.txt", "..\\evil.txt"])
def test_unsafe_member_names(name: str) -> None:
    assert unsafe_member_name(name) is not None
    assert unsafe_member_name("a/b..c/ok.txt") is None


@pytest.mark.parametrize("kind", ["zip", "tar"])
def test_path_traversal_is_refused_and_nothing_is_written(tmp_path: Path, kind: str) -> None:
    evil = {"../evil.txt": b"ud", "/abs_evil.txt": b"abs", "ok.txt": MINUTES.encode()}
    data = zip_bytes(evil) if kind == "zip" else tar_bytes(evil)
    inp = tmp_path / "in" / "deep"
    inp.mkdir(parents=True)
    archive = inp / ("pakke.zip" if kind == "zip" else "pakke.tar.gz")
    archive.write_bytes(data)
    out = tmp_path / "out"
    summary = run([tmp_path / "in"], out_dir=out)
    problems = {e["source"].split("!", 1)[1]: e for e in summary.errors}
    assert sorted(problems) == ["../evil.txt", "/abs_evil.txt"]
    assert all(e["stage"] == "archive" and "refused" in e["reason"] for e in problems.values())
    assert summary.n_documents == 1
    documents = pd.read_parquet(out / "documents.parquet")
    assert documents.source.tolist() == [f"{archive}!ok.txt"]
    assert documents.doc_id.tolist() == [f"deep/{archive.name}!ok"]
    assert not list(tmp_path.rglob("*evil*")) and not Path("/abs_evil.txt").exists()


def test_symbolic_and_hard_link_members_are_skipped() -> None:
    data = tar_bytes({"ok.txt": b"tekst"}, links={"passwd.txt": (tarfile.SYMTYPE, "/etc/passwd"),
                                                   "hard.txt": (tarfile.LNKTYPE, "ok.txt")})
    assert members(data, "links.tar.gz") == [
        ("links.tar.gz!ok.txt", b"tekst", None),
        ("links.tar.gz!passwd.txt", None, "symbolic link member skipped"),
        ("links.tar.gz!hard.txt", None, "hard link member skipped")]


def test_zip_bomb_members_are_refused_by_ratio_and_size() -> None:
    data = zip_bytes({"bomb.txt": b"0" * (5 * MB), "huge.txt": b" " * (25 * MB),
                      "ok.txt": b"tekst"})
    found = members(data, "bomb.zip")
    assert [(s, p is None) for s, _, p in found] == [
        ("bomb.zip!bomb.txt", False), ("bomb.zip!huge.txt", False), ("bomb.zip!ok.txt", True)]
    assert "compressed" in found[0][2] and "archive bomb" in found[0][2]
    assert "over the 20 MB limit" in found[1][2]


def test_tar_gz_bomb_stops_the_archive() -> None:
    data = tar_bytes({"ok.txt": b"tekst", "zeros.txt": b"\0" * (30 * MB), "late.txt": b"x"})
    assert len(data) < MB
    found = members(data, "bomb.tar.gz")
    assert found[0] == ("bomb.tar.gz!ok.txt", b"tekst", None)
    assert found[-1][0] == "bomb.tar.gz" and "archive bomb" in found[-1][2]
    assert all(not s.endswith("late.txt") for s, _, _ in found)


def test_total_size_limit_and_nesting_depth() -> None:
    data = zip_bytes({f"{i}.txt": b"a" * 1000 for i in range(5)})
    found = members(data, "many.zip", max_total_bytes=2500)
    assert [s for s, _, p in found if p is None] == ["many.zip!0.txt", "many.zip!1.txt"]
    assert "would exceed" in found[-1][2]
    nested = zip_bytes({"x.txt": b"inderst"})
    for level in range(3):
        nested = zip_bytes({f"level{level}.zip": nested})
    found = members(nested, "top.zip", max_depth=3)
    assert found == [("top.zip!level2.zip!level1.zip!level0.zip", None,
                      "archive nested more than 3 deep; unpack it first")]


def test_encrypted_corrupt_and_truncated_archives() -> None:
    data = bytearray(zip_bytes({"secret.txt": b"hemmelig"}, compression=zipfile.ZIP_STORED))
    # Set the "encrypted" flag in the local and the central header, as a password zip has it.
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.index(signature) + offset
        data[at] |= 0x1
    assert members(bytes(data), "locked.zip") == [
        ("locked.zip!secret.txt", None, "encrypted member; unpack it with its password first")]

    (source, _, problem), = members(b"PK\x03\x04 not really a zip", "junk.zip")
    assert source == "junk.zip" and problem.startswith("corrupt or unreadable archive")

    full = tar_bytes({"a.txt": b"A" * 5000, "b.txt": b"B" * 5000}, mode="w")
    found = members(full[:5000 + 512 + 700], "cut.tar")
    assert found[0] == ("cut.tar!a.txt", b"A" * 5000, None)
    assert found[-1][0] == "cut.tar" and found[-1][2].startswith("corrupt")

    gz = gzip.compress(b"not a tar at all" * 100)
    (source, _, problem), = members(gz, "fake.tgz")
    assert source == "fake.tgz" and "corrupt" in problem


def test_read_archive_gives_source_texts(tmp_path: Path) -> None:
    path = tmp_path / "referater.zip"
    path.write_bytes(zip_bytes({"2024/odder.txt": MINUTES.encode(), "../bad.txt": b"x"}))
    texts = list(read_archive(path, root=tmp_path))
    assert [(t.doc_id, t.source) for t in texts] == [
        ("referater.zip!2024/odder", f"{path}!2024/odder.txt")]
    assert texts[0].text.startswith(MINUTES[:20])
    assert member_doc_id("a/b.zip", "c.tar!d/e.txt") == "a/b.zip!c.tar!d/e"


def test_a_changed_archive_replaces_its_members_rows(nlp, tmp_path: Path) -> None:
    inp = tmp_path / "in"
    inp.mkdir()
    archive = inp / "arkiv.zip"
    archive.write_bytes(zip_bytes({"a.txt": MINUTES.encode(), "b.txt": MINUTES.encode()}))
    out = tmp_path / "out"
    assert run([inp], out_dir=out, nlp=nlp).n_documents == 2
    again = run([inp], out_dir=out, nlp=nlp)
    assert (again.n_documents, again.n_skipped) == (0, 2)  # unchanged archive: not opened
    archive.write_bytes(zip_bytes({"a.txt": MINUTES.encode(), "c.txt": b"Referat\n\nNyt\n"}))
    third = run([inp], out_dir=out, nlp=nlp)
    assert (third.n_documents, third.n_skipped) == (1, 1)
    documents = pd.read_parquet(out / "documents.parquet")
    assert sorted(documents.doc_id) == ["arkiv.zip!a", "arkiv.zip!c"]  # b.txt's rows are gone
    people = pd.read_parquet(out / "people.parquet")
    assert set(people.doc_id) == {"arkiv.zip!a"}


def test_read_paths_reads_archives_in_folders(tmp_path: Path) -> None:
    from extract.readers import read_paths

    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "pakke.tgz").write_bytes(tar_bytes({"x/odder.txt": MINUTES.encode()}))
    (tmp_path / "a" / "løs.txt").write_text("Referat\n", encoding="utf-8")
    assert [(t.doc_id, t.source.split("!")[-1]) for t in read_paths([tmp_path / "a"])] == [
        ("løs", str(tmp_path / "a" / "løs.txt")), ("pakke.tgz!x/odder", "x/odder.txt")]
