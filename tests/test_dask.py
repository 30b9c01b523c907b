"""The Dask engine gives the same tables as the local one."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest

from extract.batch.run import run
from extract.cli import main

distributed = pytest.importorskip("distributed", reason="Dask is an extra: pip install .[dask]")

ROOT = Path(__file__).resolve().parents[1]
TABLES = ("documents", "meetings", "mentions", "people", "attendance", "agenda_items", "errors")


def tables(out: Path) -> dict[str, pd.DataFrame]:
    con = duckdb.connect(str(out / "extract.duckdb"), read_only=True)
    try:
        found = {name: con.sql(f"SELECT * FROM {name}").df() for name in TABLES}
    finally:
        con.close()
    for name, df in found.items():
        from_parquet = pd.read_parquet(out / f"{name}.parquet")
        assert len(from_parquet) == len(df), name
    return {name: df.sort_values(list(df.columns)).reset_index(drop=True)
            for name, df in found.items()}


def test_dask_and_local_engines_give_the_same_tables(nlp, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i, sample in enumerate(sorted((ROOT / "corpus" / "samples").glob("*.txt"))[:8]):
        (inputs / f"{i}_{sample.name}").write_text(sample.read_text(encoding="utf-8"),
                                                   encoding="utf-8")
    (inputs / "junk.txt").write_bytes(b"\x00junk")
    local = run([inputs], out_dir=tmp_path / "local", nlp=nlp, batch_size=2)

    # Two workers in this process (threads): quick to start in CI; a real cluster runs
    # `dask scheduler` and `dask worker` processes, as the README shows.
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        code = main(["run", str(inputs), "--out", str(tmp_path / "dask"), "-q", "--engine",
                     "dask", "--scheduler", cluster.scheduler_address, "--batch-size", "2"])
        with distributed.Client(cluster) as client:
            tasks = client.run_on_scheduler(
                lambda dask_scheduler: sorted({k[0] if isinstance(k, tuple) else k
                                               for k in dask_scheduler.task_prefixes}))
    assert code == 0
    assert local.n_documents == 8 and local.n_errors == 1
    assert any("process_with_blob" in t for t in tasks)  # the batches really ran on Dask
    dask_tables, local_tables = tables(tmp_path / "dask"), tables(tmp_path / "local")
    for name in TABLES:
        pd.testing.assert_frame_equal(dask_tables[name], local_tables[name], obj=name)


def test_scheduler_without_the_dask_engine_is_refused(tmp_path: Path, capsys) -> None:
    code = main(["run", str(ROOT / "corpus" / "samples"), "--out", str(tmp_path / "o"),
                 "--scheduler", "tcp://127.0.0.1:8786"])
    assert code == 2
    assert "--scheduler needs --engine dask" in capsys.readouterr().err
