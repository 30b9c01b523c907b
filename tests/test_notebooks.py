"""Every notebook in notebooks/ runs top to bottom in a kernel of this environment, and is
stored with outputs that are current: saved by ``python notebooks/regenerate.py`` from the
cells beside them (the hash of the cells' sources in the notebook's metadata says which)."""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
ARCHIVE_NOTEBOOK = "04_municipal_archive.ipynb"
KERNEL = "extract-test-venv"
# The archive notebook runs on the first meetings of the Greve folder here (the whole folder
# takes minutes); enough for every body, committee -> Økonomiudvalget -> Byråd routes included.
SAMPLE = 12


def _regenerate():
    spec = importlib.util.spec_from_file_location("regenerate", ROOT / "notebooks" /
                                                  "regenerate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def kernel_name(tmp_path_factory: pytest.TempPathFactory):
    """A kernel spec running ipykernel with this interpreter, so notebooks import this checkout."""
    pytest.importorskip("ipykernel", reason="install the test extra: pip install -e '.[test]'")
    spec_dir = tmp_path_factory.mktemp("jupyter") / "kernels" / KERNEL
    spec_dir.mkdir(parents=True)
    (spec_dir / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "extract (test venv)", "language": "python"}), encoding="utf-8")
    old = os.environ.get("JUPYTER_PATH")
    os.environ["JUPYTER_PATH"] = os.pathsep.join(
        [str(spec_dir.parent.parent)] + ([old] if old else []))
    yield KERNEL
    if old is None:
        os.environ.pop("JUPYTER_PATH", None)
    else:
        os.environ["JUPYTER_PATH"] = old


def _execute(path: Path, kernel_name: str):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    nb = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(nb, kernel_name=kernel_name, timeout=900,
                                     resources={"metadata": {"path": str(path.parent)}})
    client.execute()  # raises CellExecutionError with the cell and traceback on failure
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.execution_count for c in code)
    # every cell ends in something a reader sees: printed text, a table or a figure
    silent = [c.source.splitlines()[0] for c in code if not c.outputs]
    assert not silent, f"cells without output: {silent}"
    return nb


@pytest.mark.parametrize("path", [p for p in NOTEBOOKS if p.name != ARCHIVE_NOTEBOOK],
                         ids=[p.name for p in NOTEBOOKS if p.name != ARCHIVE_NOTEBOOK])
def test_notebook_runs_top_to_bottom(path: Path, kernel_name: str) -> None:
    _execute(path, kernel_name)


@pytest.fixture(scope="module")
def greve(shared: Path) -> Path:
    folder = shared / "corpus" / "greve-2022-2024"
    if not folder.is_dir():
        message = f"the Greve meetings are not at {folder} (set EXTRACT_SHARED_DIR)"
        if os.environ.get("EXTRACT_REQUIRE_SHARED") == "1":
            pytest.fail(message + " and EXTRACT_REQUIRE_SHARED=1")
        pytest.skip(message)
    return folder


@pytest.fixture(scope="module")
def archive_run(greve: Path, kernel_name: str, tmp_path_factory: pytest.TempPathFactory):
    """The archive notebook run on the first meetings: its tables and its figures' data."""
    tmp = tmp_path_factory.mktemp("archive")
    settings = {"EXTRACT_ARCHIVE_DIR": str(greve), "EXTRACT_NOTEBOOK_SAMPLE": str(SAMPLE),
                "EXTRACT_NOTEBOOK_OUT": str(tmp / "out"),
                "EXTRACT_NOTEBOOK_FIGURES": str(tmp / "figures")}
    with pytest.MonkeyPatch.context() as mp:
        for key, value in settings.items():
            mp.setenv(key, value)  # the kernel inherits them
        nb = _execute(ROOT / "notebooks" / ARCHIVE_NOTEBOOK, kernel_name)
    return nb, tmp / "out", tmp / "figures"


def _first_meetings(out: Path) -> pd.DataFrame:
    """doc_id -> body and date of the document's first meeting (a publication is one meeting)."""
    meetings = pd.read_parquet(out / "meetings.parquet")
    first = meetings[meetings["meeting_id"].str.endswith("#m1")]
    return first.set_index("doc_id")[["body", "date"]]


def test_archive_notebook_runs_on_the_greve_meetings(archive_run) -> None:
    nb, out, figures = archive_run
    text = "\n".join(o.get("text", "") for c in nb.cells if c.cell_type == "code"
                     for o in c.outputs)
    assert f"the first {SAMPLE} meetings only" in text
    assert f"{SAMPLE} documents" in text  # extract run's own summary line
    for name in ("attendance_council", "attendance_bodies", "votes_by_party",
                 "decision_outcomes", "case_routes", "actions_by_unit"):
        assert (figures / f"{name}.png").stat().st_size > 1000, name


def test_archive_notebook_outcomes_agree_with_the_tables(archive_run) -> None:
    _nb, out, figures = archive_run
    plotted = pd.read_csv(figures / "decision_outcomes.csv", dtype={"period": str})
    meetings = _first_meetings(out)
    decisions = pd.read_parquet(out / "decisions.parquet")
    decisions = decisions.join(meetings, on="doc_id")
    decisions = decisions[decisions["date"].notna()]
    expected = decisions.groupby([decisions["date"].str[:4], "body", "outcome"]).size()
    got = plotted.set_index(["period", "body", "outcome"])["n_decisions"]
    assert got.sum() == len(decisions) > 100
    assert dict(got) == dict(expected)


def test_archive_notebook_attendance_agrees_with_the_tables(archive_run) -> None:
    _nb, out, figures = archive_run
    plotted = pd.read_csv(figures / "attendance_council.csv", dtype={"period": str})
    meetings = _first_meetings(out)
    att = pd.read_parquet(out / "attendance.parquet").join(meetings, on="doc_id")
    att = att[att["body"].eq("Byrådet") & att["date"].notna()]
    # a member attended a meeting where any row lists them present
    per_meeting = att.assign(present=att["status"].eq("present")).groupby(
        ["doc_id", "person", "date"], as_index=False)["present"].max()
    # members only: people named absent in a body they never attended are left out
    per_meeting = per_meeting[per_meeting.groupby("person")["present"].transform("max")]
    month = per_meeting["date"].str[5:7].astype(int)
    per_meeting["period"] = per_meeting["date"].str[:4] + "H" + (1 + (month > 6)).astype(str)
    expected = per_meeting.groupby(["person", "period"]).agg(
        n_meetings=("doc_id", "size"), n_absent=("present", lambda p: int((~p).sum())))
    got = plotted.set_index(["person", "period"])[["n_meetings", "n_absent"]]
    assert len(got) > 10
    assert got.sort_index().to_dict("index") == expected.sort_index().to_dict("index")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_is_stored_with_current_outputs(path: Path) -> None:
    why = _regenerate().stale(path)
    assert why is None, f"{path.name}: {why}; run python notebooks/regenerate.py {path.stem}"
    nb = json.loads(path.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert all(c["outputs"] for c in code), f"{path.name}: a cell was saved without output"
    outputs = json.dumps([c["outputs"] for c in code], ensure_ascii=False)
    assert '"output_type": "error"' not in outputs, f"{path.name}: saved with an error"
    assert str(ROOT) not in outputs, f"{path.name}: an output shows this machine's paths"
    # a reader on a code host sees the plots
    plots = [c for c in code if "plt.show()" in "".join(c["source"])]
    assert all(any("image/png" in o.get("data", {}) for o in c["outputs"]) for c in plots), (
        f"{path.name}: a plotting cell was saved without its figure")
    if path.name == ARCHIVE_NOTEBOOK:  # saved from the whole folder, not a test sample
        assert "EXTRACT_NOTEBOOK_SAMPLE" not in outputs and "285 meeting publications" in outputs


def test_regenerate_check_finds_an_edited_cell(tmp_path: Path) -> None:
    regenerate = _regenerate()
    nb = json.loads(NOTEBOOKS[0].read_text(encoding="utf-8"))
    edited = tmp_path / "edited.ipynb"
    next(c for c in nb["cells"] if c["cell_type"] == "code")["source"] += "\nprint('new')"
    edited.write_text(json.dumps(nb), encoding="utf-8")
    assert "changed" in regenerate.stale(edited)
    assert regenerate.stale(NOTEBOOKS[0]) is None
