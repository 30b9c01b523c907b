"""Readers on real-format fixtures made in the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.errors import InputError
from extract.readers import read_file, read_paths


def test_latin1_text_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "gammel.txt"
    path.write_bytes("Sogneraadet mødtes i Aarhus. Formand Jens Sørensen.".encode("latin-1"))
    assert read_file(path).text.startswith("Sogneraadet mødtes i Aarhus. Formand Jens Sørensen")


def test_utf8_with_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "win.txt"
    path.write_bytes("\ufeffDato: 16-08-2024\r\nÆble".encode())
    assert read_file(path).text == "Dato: 16-08-2024\nÆble"


def test_html_keeps_block_structure(tmp_path: Path) -> None:
    path = tmp_path / "side.html"
    path.write_text("<html><head><title>Referat</title><script>var x=1;</script></head><body>"
                    "<h1>Teknisk Udvalg</h1><div>Mødedato:</div><div><b>onsdag</b> den 1. "
                    "oktober 2025</div><ul><li>1</li><li>Godkendelse</li></ul></body></html>",
                    encoding="utf-8")
    text = read_file(path).text
    assert "var x" not in text
    lines = [ln for ln in text.splitlines() if ln]
    assert lines == ["Referat", "Teknisk Udvalg", "Mødedato:", "onsdag den 1. oktober 2025", "1",
                     "Godkendelse"]


def test_binary_named_txt_is_refused_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "junk.txt"
    path.write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(InputError, match="binary"):
        read_file(path)


def test_folder_walk_gives_ids_relative_to_the_folder(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "m1.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a" / "m2.md").write_text("y", encoding="utf-8")
    (tmp_path / "a" / "ignored.bin").write_bytes(b"z")
    assert [s.doc_id for s in read_paths([tmp_path / "a"])] == ["b/m1", "m2"]
