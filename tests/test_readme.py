"""Both README set-up commands, run from a fresh clone in a new virtual environment."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest


def readme_commands(root: Path) -> dict[str, str]:
    text = (root / "README.md").read_text(encoding="utf-8")
    found = dict(re.findall(r"<!-- command:(\w+) -->\s*```(?:bash|sh)\n(.+?)\n```", text, re.S))
    assert set(found) == {"run", "test"}, "README must mark the run and test commands"
    return found


def test_ci_runs_the_readme_test_command(root: Path) -> None:
    assert readme_commands(root)["test"] in (root / ".ci" / "run").read_text(encoding="utf-8")


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("EXTRACT_INSIDE_README_TEST") == "1",
                    reason="already inside the fresh-clone test")
@pytest.mark.skipif(shutil.which("git") is None, reason="git is needed to clone")
def test_readme_commands_work_in_a_fresh_clone(root: Path, tmp_path: Path) -> None:
    head = subprocess.run(["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True)
    if head.returncode:
        pytest.skip("not a git checkout with commits")
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(root), str(clone)], check=True)
    env = {**os.environ, "EXTRACT_INSIDE_README_TEST": "1"}
    env.pop("VIRTUAL_ENV", None)
    # A user's fresh machine has no ../shared: those tests must skip, not fail.
    for var in ("EXTRACT_MODEL", "EXTRACT_REQUIRE_SHARED", "EXTRACT_SHARED_DIR"):
        env.pop(var, None)
    commands = readme_commands(root)

    run = subprocess.run(commands["run"], shell=True, cwd=clone, env=env, capture_output=True,
                         text=True, timeout=1200)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert re.search(r"\d+ documents", run.stdout)
    assert "tables written to" in run.stdout
    assert (clone / "out" / "meetings.parquet").exists()

    test = subprocess.run(commands["test"], shell=True, cwd=clone, env=env, capture_output=True,
                          text=True, timeout=1800)
    assert test.returncode == 0, test.stdout[-3000:] + test.stderr[-3000:]
    assert re.search(r"\d+ passed", test.stdout)
