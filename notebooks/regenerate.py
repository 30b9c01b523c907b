"""Run the notebooks top to bottom and save them with their outputs (and the archive figures).

    python notebooks/regenerate.py                       # every notebook in notebooks/
    python notebooks/regenerate.py 04_municipal_archive  # one (name with or without .ipynb)
    python notebooks/regenerate.py --check               # exit 1 if a saved output is stale

Each notebook is executed in a kernel of this interpreter, from ``notebooks/``, on the whole
material (``EXTRACT_NOTEBOOK_SAMPLE`` is unset), and saved in place with its outputs. The hash
of its cells' sources goes into the notebook's metadata (``extract.source_sha256``):
``tests/test_notebooks.py`` fails when a cell was edited after the outputs were saved, so the
outputs a reader sees on a code host are those of the code beside them. The archive notebook
also writes its figures (PNG, with the numbers behind each as CSV) to ``docs/figures/``, where
the README shows them.

Needs the test extra (``pip install -e ".[test]"``: nbclient, nbformat, ipykernel) and, for the
archive notebook, the shared folder (``../shared`` or ``$EXTRACT_SHARED_DIR``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

NOTEBOOKS = Path(__file__).resolve().parent
ROOT = NOTEBOOKS.parent
FIGURES = ROOT / "docs" / "figures"
KERNEL = "extract-regenerate"


def source_hash(nb: Any) -> str:
    """SHA-256 of the notebook's cells (type and source, in order): what the outputs belong to."""
    cells = [[c["cell_type"], "".join(c["source"]) if isinstance(c["source"], list)
              else c["source"]] for c in nb["cells"]]
    return hashlib.sha256(json.dumps(cells, ensure_ascii=False).encode("utf-8")).hexdigest()


def stale(path: Path) -> str | None:
    """Why the saved outputs of ``path`` are not current, or None when they are."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    saved = nb.get("metadata", {}).get("extract", {}).get("source_sha256")
    if saved is None:
        return "saved without a source hash (never regenerated)"
    if saved != source_hash(nb):
        return "a cell changed after its outputs were saved"
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    if [c["execution_count"] for c in code] != list(range(1, len(code) + 1)):
        return "cells not executed once each, top to bottom"
    return None


def kernel_spec(folder: Path) -> str:
    """A kernel spec running ipykernel with this interpreter, so notebooks import this checkout."""
    spec = folder / "kernels" / KERNEL
    spec.mkdir(parents=True, exist_ok=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "extract", "language": "python"}), encoding="utf-8")
    os.environ["JUPYTER_PATH"] = os.pathsep.join(
        [str(folder)] + ([os.environ["JUPYTER_PATH"]] if os.environ.get("JUPYTER_PATH") else []))
    return KERNEL


def regenerate(path: Path, *, kernel: str, timeout: int = 1800) -> float:
    """Execute ``path`` and save it with its outputs and source hash; the seconds it took."""
    import nbclient
    import nbformat

    nb = nbformat.read(path, as_version=4)
    metadata = {k: v for k, v in nb.metadata.items() if k != "extract"}
    client = nbclient.NotebookClient(nb, kernel_name=kernel, timeout=timeout,
                                     record_timing=False,
                                     resources={"metadata": {"path": str(path.parent)}})
    start = time.perf_counter()
    client.execute()
    seconds = time.perf_counter() - start
    # The saved notebook names the usual kernel, not the temporary one it ran in.
    nb.metadata = {**metadata, "language_info": nb.metadata.get("language_info", {}),
                   "extract": {"source_sha256": source_hash(nb)}}
    nbformat.write(nb, path)
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("notebooks", nargs="*", help="names in notebooks/ (default: all)")
    parser.add_argument("--check", action="store_true",
                        help="only check that the saved outputs are current")
    args = parser.parse_args(argv)
    paths = [NOTEBOOKS / (n if n.endswith(".ipynb") else f"{n}.ipynb") for n in args.notebooks]
    paths = paths or sorted(NOTEBOOKS.glob("*.ipynb"))
    missing = [p.name for p in paths if not p.exists()]
    if missing:
        parser.error(f"no such notebook in {NOTEBOOKS}: {', '.join(missing)}")
    if args.check:
        problems = {p.name: why for p in paths if (why := stale(p))}
        for name, why in problems.items():
            print(f"{name}: {why}; run python notebooks/regenerate.py {name}")
        return 1 if problems else 0
    os.environ.pop("EXTRACT_NOTEBOOK_SAMPLE", None)
    os.environ["EXTRACT_NOTEBOOK_FIGURES"] = str(FIGURES)
    with tempfile.TemporaryDirectory() as tmp:
        kernel = kernel_spec(Path(tmp))
        for path in paths:
            print(f"{path.name}: running ...", flush=True)
            print(f"{path.name}: saved with outputs ({regenerate(path, kernel=kernel):.0f} s)",
                  flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
