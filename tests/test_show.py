"""`extract show DOC --html OUT`: a self-contained page that renders in a real browser with
the entities highlighted."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest
import spacy
from bs4 import BeautifulSoup

from extract.cli import main
from extract.show import CLIP, render_html

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
    assert '<h2 id="table-attendance">attendance (' in html
    assert '<h2 id="table-agenda_items">agenda_items (' in html
    assert "&lt;NA&gt;" not in html and "<td>nan</td>" not in html  # missing: an empty cell


def test_tables_come_first_with_links_to_each_and_to_the_text(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    assert html.index("<table") < html.index('<div class="entities">')
    soup = BeautifulSoup(html, "html.parser")
    links = [a["href"] for a in soup.select("nav.toc a")]
    assert "#table-attendance" in links and "#table-actions" in links and links[-1] == "#text"
    assert all(soup.find(id=href[1:]) is not None for href in links)  # each link lands


def test_each_table_scrolls_in_its_own_box_and_no_cell_is_longer_than_the_clip(
        page: Path) -> None:
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    assert ".scroll { overflow-x: auto;" in soup.style.string
    tables = soup.find_all("table")
    assert len(tables) >= 5
    assert all("scroll" in (t.parent.get("class") or []) for t in tables)
    cells = soup.find_all("td")
    assert max(len(td.get_text()) for td in cells) <= CLIP
    cut = [td for td in cells if td.get_text().endswith("…")]
    assert cut  # the Aalborg decisions and actions hold sentences over the limit
    assert all(len(td["title"]) > CLIP and td["title"].startswith(td.get_text()[:-1])
               for td in cut)  # the full value is in the tooltip


def test_actions_show_action_actor_deadline_and_the_sentence_once(page: Path) -> None:
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    table = soup.find(id="table-actions").find_next("table")
    assert [th.get_text() for th in table.find_all("th")] == [
        "item_no", "action", "actor", "deadline", "text"]
    texts = [tr.find_all("td")[-1] for tr in table.tbody.find_all("tr")]
    # Two actions of one sentence: the second row points up to it instead of repeating it.
    assert texts[1].get_text() == "↑" and texts[1]["title"].startswith(texts[0].get_text()[:-1])


def test_render_html_says_a_value_shared_by_every_row_once_and_cuts_long_cells() -> None:
    nlp = spacy.blank("da")
    sentence = "Forvaltningen bedes " + "undersøge sagen nærmere og " * 10 + "vende tilbage."
    actions = pd.DataFrame({
        "doc_id": ["d"] * 3, "meeting_id": ["d#m1"] * 3, "item_no": ["1", "1", "2"],
        "actor": ["forvaltningen"] * 3, "action": ["undersøge sagen", "vende tilbage", "x"],
        "deadline": [None, None, None], "text": [sentence, sentence, "Kort."],
        "pattern": ["bedes"] * 3, "start_char": [0, 0, 9], "end_char": [5, 5, 14]})
    page = render_html(nlp("Referat"), title="t", limit=60, tables={
        "meetings": pd.DataFrame({"meeting_id": ["d#m1"], "body": ["Byråd"]}),
        "actions": actions, "decisions": actions.iloc[:0]})
    soup = BeautifulSoup(page, "html.parser")
    table = soup.find(id="table-actions").find_next("table")
    assert [th.get_text() for th in table.find_all("th")] == ["item_no", "action", "text"]
    notes = [p.get_text() for p in soup.select("p.note")]
    assert "on every row: actor = forvaltningen" in notes and "empty: deadline" in notes
    first, second, third = (tr.find_all("td")[-1] for tr in table.tbody.find_all("tr"))
    assert len(first.get_text()) == 60 and first["title"] == sentence
    assert second.get_text() == "↑" and third.get_text() == "Kort."
    assert "no rows" in soup.find(id="table-decisions").find_next("p").get_text()


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
    # The same page with a script that writes its layout into the DOM (the page has none).
    measured = tmp_path / "measured.html"
    measured.write_text(page.read_text(encoding="utf-8").replace("</body>", _LAYOUT + "</body>"),
                        encoding="utf-8")
    dom = subprocess.run(flags + ["--window-size=800,900", "--dump-dom", measured.as_uri()],
                         check=True, capture_output=True, text=True, timeout=120).stdout
    assert dom.count("<mark") >= 20  # the browser's DOM holds the highlights
    assert "Martin Riis" in dom and "<table" in dom
    layout = json.loads(html.unescape(re.search(r'data-layout="([^"]*)"', dom).group(1)))
    assert layout["table"] < 900 and layout["table"] < layout["text"]  # in the first screen
    assert layout["width"] <= layout["window"]  # no sideways scrolling of the page


_LAYOUT = """<script>
const top_ = (el) => Math.round(el.getBoundingClientRect().top + window.scrollY);
document.body.setAttribute("data-layout", JSON.stringify({
  table: top_(document.querySelector("table")), text: top_(document.querySelector(".entities")),
  width: document.documentElement.scrollWidth, window: window.innerWidth}));
</script>"""
