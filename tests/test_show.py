"""`extract show DOC --html OUT`: a self-contained page that renders in a real browser with
the entities highlighted."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from extract.cli import main

SAMPLE = Path(__file__).resolve().parents[1] / "corpus" / "samples" / \
    "byraad_aalborg_2024-05-22.txt"
CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")
                 if shutil.which(n)), None)


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory, nlp) -> Path:
    out = tmp_path_factory.mktemp("show") / "aalborg.html"
    assert main(["show", str(SAMPLE), "--html", str(out)]) == 0
    return out


def test_page_is_self_contained_with_entities_and_tables(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<style>" in html
    assert "http://" not in html and "https://" not in html  # nothing fetched from outside
    assert html.count("<mark") >= 20
    assert "Martin Riis" in html and "PERSON" in html and "MUNICIPALITY" in html
    assert "<h2>attendance (" in html and "<h2>agenda_items (" in html
    assert "&lt;NA&gt;" not in html and "<td>nan</td>" not in html  # missing: an empty cell


def test_missing_document_is_a_clear_error(tmp_path: Path, capsys) -> None:
    assert main(["show", str(tmp_path / "nope.txt"), "--html", str(tmp_path / "x.html")]) == 2
    assert "is not a file" in capsys.readouterr().err


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary: install it with "
                    "`apt-get install -y chromium` (add that line to .ci/run)")
def test_page_renders_in_headless_chromium(page: Path, tmp_path: Path) -> None:
    flags = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
             "--no-first-run", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}"]
    shot = tmp_path / "page.png"
    subprocess.run(flags + [f"--screenshot={shot}", "--window-size=1200,900",
                            page.as_uri()], check=True, capture_output=True, timeout=120)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    dom = subprocess.run(flags + ["--dump-dom", page.as_uri()], check=True,
                         capture_output=True, text=True, timeout=120).stdout
    assert dom.count("<mark") >= 20  # the browser's DOM holds the highlights
    assert "Martin Riis" in dom and "<table" in dom
