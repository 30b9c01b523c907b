"""The command line on a temporary folder."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from extract.cli import main
from extract.pipeline import MODELS_DIR, RULES_MODEL

MINUTES = ("Referat\n\nDato: 12-03-2024\n\nKOMMUNALBESTYRELSEN I ODDER\n\n"
           "Tirsdag den 12. marts 2024, kl. 17.00-19.30, Byrådssalen\n\n"
           "Dagsorden:\n1. Godkendelse af dagsorden\n2. Eventuelt\n\n"
           "Til stede:\nBorgmester Lene Holm\nJens Hansen, viceborgmester\n\nAfbud:\nKarin Berg\n")


def test_run_writes_tables_and_reports_bad_files(tmp_path: Path, capsys) -> None:
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "odder.txt").write_text(MINUTES, encoding="utf-8")
    (inp / "junk.txt").write_bytes(b"\x00\x00junk")
    out = tmp_path / "out"
    assert main(["run", str(inp), "--out", str(out), "-q"]) == 0
    printed = capsys.readouterr().out
    assert "1 documents" in printed and "1 unreadable" in printed and str(out) in printed
    meetings = pd.read_parquet(out / "meetings.parquet")
    columns = ["meeting_id", "date", "start_time", "end_time", "location"]
    assert meetings[columns].values.tolist() == [
        ["odder#m1", "2024-03-12", "17:00", "19:30", "Byrådssalen"]]
    attendance = pd.read_csv(out / "attendance.csv", keep_default_na=False)
    assert attendance[["person", "role", "status"]].values.tolist() == [
        ["Lene Holm", "borgmester", "present"], ["Jens Hansen", "viceborgmester", "present"],
        ["Karin Berg", "", "absent"]]  # CSV: a missing role is an empty cell
    roles = pd.read_parquet(out / "attendance.parquet").set_index("person")["role"]
    assert pd.isna(roles["Karin Berg"])  # Parquet: NULL, not ""
    errors = pd.read_parquet(out / "errors.parquet")
    assert errors["source"].str.endswith("junk.txt").tolist() == [True]
    assert main(["run", str(inp), "--out", str(out), "-q", "--strict"]) == 1


def test_run_show_prints_missing_values_as_empty_cells(tmp_path: Path, capsys) -> None:
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "odder.txt").write_text(MINUTES, encoding="utf-8")
    rules = str(MODELS_DIR / RULES_MODEL)
    assert main(["run", str(inp), "--out", str(tmp_path / "out"), "-q", "--show",
                 "--model", rules]) == 0
    printed = capsys.readouterr().out
    assert "attendance (3 rows)" in printed and "Karin Berg" in printed
    for marker in ("<NA>", "NaN", "None"):
        assert marker not in printed


def test_run_on_a_missing_input_says_so(tmp_path: Path, capsys) -> None:
    assert main(["run", str(tmp_path / "nope"), "--out", str(tmp_path / "o")]) == 2
    assert "no such file or folder" in capsys.readouterr().err


def test_evaluate_prints_per_label_scores(root: Path, tmp_path: Path, capsys) -> None:
    gold = root / "corpus" / "gold" / "samples.jsonl"
    assert main(["evaluate", str(gold), "--report", str(tmp_path / "rep")]) == 0
    printed = capsys.readouterr().out
    for label in ("PERSON", "ROLE", "MUNICIPALITY", "DATE", "micro"):
        assert label in printed
    assert "attendance" in printed and "agenda_items" in printed
    labels = pd.read_csv(tmp_path / "rep" / "labels.csv")
    assert labels.set_index("label").loc["micro", "f1"] > 0.8


def test_version_is_the_package_version(capsys) -> None:
    import pytest

    import extract

    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"extract {extract.__version__}"


def test_every_option_of_every_command_says_what_it_does() -> None:
    import argparse

    from extract.cli import build_parser

    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    silent = [f"{name} {'/'.join(action.option_strings) or action.dest}"
              for name, sub in commands.choices.items() for action in sub._actions
              if not isinstance(action, argparse._HelpAction) and not action.help]
    assert silent == []


def test_read_file_takes_a_string_path(tmp_path: Path) -> None:
    from extract.readers import read_file

    (tmp_path / "odder.txt").write_text(MINUTES, encoding="utf-8")
    source = read_file(str(tmp_path / "odder.txt"))
    assert source.doc_id == "odder" and source.text.startswith("Referat")
