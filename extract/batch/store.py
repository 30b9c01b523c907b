"""Where a run's tables live: an embedded DuckDB database, with Parquet parts and CSV beside it.

``DIR/extract.duckdb`` is the store of record. Each batch is committed in one transaction: its
rows, the manifest entries of its documents (source, content hash, status) and the removal of
the rows they replace. Parquet parts (``DIR/<table>.parquet/part-NNNNNN.parquet``, one per
batch) are written from the database after the commit and marked clean; a part whose rows
changed, or that a killed run left unwritten, is written again on the next start. So whenever a
run is killed, the next run finds the database as of the last commit and brings the files in
line with it: nothing is lost and nothing is doubled.

Inside the database, schema ``store`` holds the rows with three bookkeeping columns (``_key``:
the document, ``_part``: the batch, ``_ord``: the order), schema ``_run`` the manifest, and the
main schema one view per table with just the table's columns (``SELECT * FROM mentions``).
A missing value (None or "" in the rows) is NULL, never "": a store from before (format 1) is
brought up to date when it is opened.
"""

from __future__ import annotations

import json
import logging
import math
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import ExtractError
from .export import write_csv
from .sources import ArchiveEnd, Job
from .worker import DocResult

log = logging.getLogger(__name__)

DB_NAME = "extract.duckdb"
ERRORS_TABLE = "errors"
ERROR_COLUMNS = ["source", "stage", "reason"]
HIDDEN = ("_key", "_part", "_ord")
INT, FLOAT, BOOL, TEXT = "BIGINT", "DOUBLE", "BOOLEAN", "VARCHAR"
_ARROW = {INT: pa.int64(), FLOAT: pa.float64(), BOOL: pa.bool_(), TEXT: pa.string()}
SCHEMA_PART = 0  # part-000000: no rows, every column: the schema Parquet readers take
FORMAT = 2  # 1: missing text was ""; 2: missing values are NULL, contract columns typed


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class StoreInUseError(ExtractError):
    """Another run holds the output folder's database."""


class Store:
    """The tables of one output folder.

    Args:
        out_dir: the folder (created if needed).
        tables: table name -> contract columns (every registered table, and ``errors``).
        column_types: contract column -> its type (``INT``, ``FLOAT``, ``BOOL``); any other
            contract column is ``TEXT``.
        formats: files kept beside the database: any of "parquet", "csv".
        settings: fingerprint of what produces the rows (pipeline, masking); a document done
            under other settings is done again.
    """

    def __init__(self, out_dir: Path, *, tables: dict[str, list[str]],
                 column_types: Mapping[str, str] | None = None,
                 formats: tuple[str, ...] = ("parquet",), settings: str = "") -> None:
        import duckdb

        self.out = Path(out_dir)
        self.out.mkdir(parents=True, exist_ok=True)
        self.formats = formats
        self.settings = settings
        self.contract = dict(tables)
        self.column_types = dict(column_types or {})
        try:
            self.con = duckdb.connect(str(self.out / DB_NAME))
        except duckdb.Error as exc:
            if "lock" in str(exc).lower():
                raise StoreInUseError(
                    f"{self.out / DB_NAME} is in use by another run; wait for it to finish or "
                    "choose another --out") from exc
            raise ExtractError(f"cannot open {self.out / DB_NAME}: {exc}; delete the folder's "
                               "extract.duckdb to start the store afresh") from exc
        # Small and single-threaded: the database only appends and streams, and the pipeline
        # needs the cores; larger work spills to DIR/extract.duckdb.tmp. Rows read back in the
        # order they were inserted, which is batch order: no sorting needed.
        self.con.execute("SET memory_limit = '64MB'")
        self.con.execute("SET threads = 1")
        self.con.execute("SET preserve_insertion_order = true")
        self.con.execute("CREATE SCHEMA IF NOT EXISTS store")
        self.con.execute("CREATE SCHEMA IF NOT EXISTS _run")
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS _run.manifest (key VARCHAR, source VARCHAR, "
            "container VARCHAR, sha256 VARCHAR, status VARCHAR, n_words BIGINT, part BIGINT, "
            "settings VARCHAR, updated TIMESTAMP)")
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS _run.archives (key VARCHAR, source VARCHAR, "
            "sha256 VARCHAR, settings VARCHAR, updated TIMESTAMP)")
        self.con.execute("CREATE TABLE IF NOT EXISTS _run.parts (part BIGINT, dirty BOOLEAN)")
        self.con.execute("CREATE TABLE IF NOT EXISTS _run.format (version BIGINT)")
        stored = self._load_columns()
        # Tables in the order they are registered, then any others the store holds.
        self.columns: dict[str, dict[str, str]] = {
            name: stored.pop(name) for name in self.contract if name in stored}
        self.columns.update(stored)
        self._schema_changed = False
        self.con.execute("BEGIN")
        if self._scalar("SELECT max(version) FROM _run.format") is None:
            if self.columns:  # tables from before the format was recorded
                self._upgrade()
            self.con.execute("INSERT INTO _run.format VALUES (?)", [FORMAT])
        for name, cols in self.contract.items():
            self._ensure_table(name, {c: self.column_types.get(c, TEXT) for c in cols})
        self.con.execute("COMMIT")
        self.next_part = 1 + (self._scalar("SELECT max(part) FROM _run.parts") or SCHEMA_PART)
        self.recover()

    # --- reading the manifest ---------------------------------------------------------------

    def _scalar(self, sql: str, params: list | None = None) -> Any:
        # fetchall: some DuckDB builds keep a half-fetched result open, blocking the next query.
        rows = self.con.execute(sql, params or []).fetchall()
        return rows[0][0] if rows else None

    def done(self, jobs: list[Job]) -> set[str]:
        """Keys of the jobs finished by an earlier run with the same content and settings."""
        candidates = {j.key: j.sha256 for j in jobs if j.error is None and j.sha256}
        if not candidates:
            return set()
        rows = self.con.execute(
            "SELECT key, sha256 FROM _run.manifest WHERE status = 'done' AND settings = ? "
            "AND key IN (SELECT unnest(?))", [self.settings, list(candidates)]).fetchall()
        return {key for key, sha in rows if candidates.get(key) == sha}

    def archive_done(self, key: str, sha256: str) -> bool:
        """Whether an archive with this content was read to its end under these settings, and
        none of its members failed (failures are tried again, under raised limits, say)."""
        return bool(self._scalar(
            "SELECT count(*) FROM _run.archives a WHERE key = ? AND sha256 = ? AND settings = ? "
            "AND NOT EXISTS (SELECT 1 FROM _run.manifest m WHERE m.container = a.key AND "
            "m.status = 'error')", [key, sha256, self.settings]))

    def members_of(self, key: str) -> int:
        return int(self._scalar("SELECT count(*) FROM _run.manifest WHERE container = ?", [key]))

    # --- writing ----------------------------------------------------------------------------

    def commit(self, results: list[tuple[Job, DocResult]], ends: list[ArchiveEnd], *,
               mask: Any = None) -> None:
        """Store one batch atomically: its rows, its manifest entries, and what they replace.

        Args:
            results: each job with its result, in order.
            ends: archives walked to their end in this batch (stale members are removed).
            mask: a function applied to manifest sources (CPR masking), or None.
        """
        mask = mask or (lambda s: s)
        part = self.next_part if results else None
        keys = [job.key for job, _ in results]
        dirty: set[int] = set()
        self._schema_changed = False
        fresh: dict[str, pa.Table] = {}
        self.con.execute("BEGIN")
        try:
            if keys:
                dirty |= self._remove(
                    "SELECT key, part FROM _run.manifest WHERE key IN (SELECT unnest(?))", [keys])
            for end in ends:
                if end.skipped:
                    continue
                dirty |= self._remove(
                    "SELECT key, part FROM _run.manifest WHERE container = ? "
                    "AND key NOT IN (SELECT unnest(?))", [end.key, end.members])
                self.con.execute("DELETE FROM _run.archives WHERE key = ?", [end.key])
                if end.complete:
                    self.con.execute(
                        "INSERT INTO _run.archives VALUES (?, ?, ?, ?, now())",
                        [end.key, mask(end.source), end.sha256, self.settings])
            if part is not None:
                fresh = self._insert(part, results)
                entries = pa.table({
                    "key": pa.array(keys, pa.string()),
                    "source": pa.array([mask(job.source) for job, _ in results], pa.string()),
                    "container": pa.array([job.container for job, _ in results], pa.string()),
                    "sha256": pa.array([job.sha256 for job, _ in results], pa.string()),
                    "status": pa.array(["error" if res.error else "done" for _, res in results],
                                       pa.string()),
                    "n_words": pa.array([res.n_words for _, res in results], pa.int64()),
                    "part": pa.array([part] * len(results), pa.int64()),
                    "settings": pa.array([self.settings] * len(results), pa.string())})
                self._insert_arrow("_run.manifest", entries, "now() AS updated")
                self.con.execute("INSERT INTO _run.parts VALUES (?, true)", [part])
                dirty.add(part)
            if dirty:
                self.con.execute("UPDATE _run.parts SET dirty = true WHERE part IN "
                                 "(SELECT unnest(?))", [sorted(dirty)])
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        if part is None:
            self.write_parts(dirty)
            return
        self.next_part += 1
        if self._schema_changed or "parquet" not in self.formats:
            self.write_parts(dirty)  # every part again, from the database
            return
        # The new part's files come straight from the rows just inserted (the same columns,
        # types and order a query would give); parts whose rows were replaced, from the database.
        for name, table in fresh.items():
            folder = self._folder(name)
            _write_parquet(table, folder / f"part-{part:06d}.parquet", keep_empty=False)
        self.write_parts(dirty - {part}, also_clean=[part])

    def _remove(self, select: str, params: list) -> set[int]:
        """Delete the rows and manifest entries of the documents ``select`` finds."""
        found = self.con.execute(select, params).fetchall()
        if not found:
            return set()
        keys = [k for k, _ in found]
        for name in self.columns:
            self.con.execute(f"DELETE FROM store.{_q(name)} WHERE _key IN (SELECT unnest(?))",
                             [keys])
        self.con.execute("DELETE FROM _run.manifest WHERE key IN (SELECT unnest(?))", [keys])
        return {p for _, p in found if p is not None}

    def _insert(self, part: int, results: list[tuple[Job, DocResult]]) -> dict[str, pa.Table]:
        """Insert a batch's rows; returns each table's new rows as they read back (for Parquet)."""
        fresh = {}
        per_table: dict[str, list[dict]] = {}
        keys: dict[str, list[str]] = {}
        for job, res in results:
            rows = {ERRORS_TABLE: [res.error]} if res.error else res.rows
            for name, table_rows in rows.items():
                per_table.setdefault(name, []).extend(table_rows)
                keys.setdefault(name, []).extend([job.key] * len(table_rows))
        for name, rows in per_table.items():
            if not rows:
                continue
            types = self._types_for(name, rows)
            arrays = {"_key": pa.array(keys[name], pa.string()),
                      "_part": pa.array([part] * len(rows), pa.int64()),
                      "_ord": pa.array(range(len(rows)), pa.int64())}
            for col, typ in types.items():
                arrays[col] = _column(rows, col, typ)
            self._insert_arrow(f"store.{_q(name)}", pa.table(arrays))
            n = len(rows)
            fresh[name] = pa.table({
                col: arrays[col] if col in arrays else pa.nulls(n, _ARROW[self.columns[name][col]])
                for col in self._ordered(name)})
        return fresh

    def _insert_arrow(self, target: str, table: pa.Table, extra: str = "") -> None:
        self.con.register("_batch_rows", table)
        try:
            self.con.execute(f"INSERT INTO {target} BY NAME SELECT *{', ' + extra if extra else ''}"
                             " FROM _batch_rows")
        finally:
            self.con.unregister("_batch_rows")

    def _types_for(self, name: str, rows: list[dict]) -> dict[str, str]:
        """The column types of a batch's rows, adding new columns to the table as needed."""
        order: dict[str, None] = dict.fromkeys(self.contract.get(name, []))
        for row in rows:
            order.update(dict.fromkeys(row))
        wanted = {}
        existing = self.columns.get(name, {})
        for col in order:
            if col in existing:
                typ = existing[col]
                if not _fits(_infer(rows, col), typ):
                    self.con.execute(f"ALTER TABLE store.{_q(name)} ALTER {_q(col)} "
                                     f"TYPE VARCHAR")
                    existing[col] = typ = TEXT
                    self._all_parts_dirty()
                wanted[col] = typ
            elif col in self.contract.get(name, []):
                wanted[col] = self.column_types.get(col, TEXT)
            else:
                wanted[col] = _infer(rows, col) or TEXT
        self._ensure_table(name, wanted)
        return wanted

    def _ensure_table(self, name: str, wanted: dict[str, str]) -> None:
        existing = self.columns.get(name)
        if existing is None:
            cols = ", ".join(f"{_q(c)} {t}" for c, t in wanted.items())
            self.con.execute(f"CREATE TABLE store.{_q(name)} (_key VARCHAR, _part BIGINT, "
                             f"_ord BIGINT, {cols})")
            self.columns[name] = dict(wanted)
            return
        for col, typ in wanted.items():
            if col not in existing:
                # Older rows read NULL in a new column: they had no value for it.
                self.con.execute(f"ALTER TABLE store.{_q(name)} ADD COLUMN {_q(col)} {typ}")
                existing[col] = typ
                self._all_parts_dirty()

    def _upgrade(self) -> None:
        """Format 1 -> 2: "" becomes NULL; contract columns kept as text get their type where no
        value is lost (``positions.history`` was "yes" or "")."""
        log.info("updating %s: NULL for missing values", self.out / DB_NAME)
        for name, cols in self.columns.items():
            table, contract = f"store.{_q(name)}", self.contract.get(name, [])
            for col, typ in cols.items():
                want = self.column_types.get(col, TEXT) if col in contract else typ
                value = f"NULLIF({_q(col)}, '')" if typ == TEXT else _q(col)
                cast = f"TRY_CAST({value} AS {want})"
                lost = f"SELECT count(*) FROM {table} WHERE {value} IS NOT NULL AND {cast} IS NULL"
                if want != typ and not self._scalar(lost):
                    # A flag is never missing: what an old row left empty was "no".
                    using = f"coalesce({cast}, false)" if want == BOOL else cast
                    self.con.execute(f"ALTER TABLE {table} ALTER {_q(col)} SET DATA TYPE {want} "
                                     f"USING {using}")
                    cols[col] = want
                elif typ == TEXT:
                    self.con.execute(f"UPDATE {table} SET {_q(col)} = NULL WHERE {_q(col)} = ''")
        self._all_parts_dirty()

    def _all_parts_dirty(self) -> None:
        # A new column: every Parquet part is written again so all parts show it alike.
        self.con.execute("UPDATE _run.parts SET dirty = true")
        self._schema_changed = True

    def _load_columns(self) -> dict[str, dict[str, str]]:
        out: dict[str, dict[str, str]] = {}
        rows = self.con.execute(
            "SELECT table_name, column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = 'store' ORDER BY table_name, ordinal_position").fetchall()
        for table, col, typ in rows:
            if col not in HIDDEN:
                out.setdefault(table, {})[col] = typ
        return out

    # --- files beside the database ----------------------------------------------------------

    def _table_dir(self, name: str) -> Path:
        return self.out / f"{name}.parquet"

    def _folder(self, name: str) -> Path:
        """The table's Parquet folder, made if needed."""
        folder = self._table_dir(name)
        if folder.is_file():  # a single file from an older version of this tool
            folder.unlink()
        folder.mkdir(exist_ok=True)
        return folder

    def _ordered(self, name: str) -> list[str]:
        """The contract's columns in its order (an older store may differ), then any others."""
        stored = self.columns[name]
        contract = [c for c in self.contract.get(name, []) if c in stored]
        return contract + [c for c in stored if c not in contract]

    def _select(self, name: str) -> str:
        cols = ", ".join(_q(c) for c in self._ordered(name))
        return f"SELECT {cols} FROM store.{_q(name)}"

    def _arrow(self, sql: str, params: list | None = None) -> pa.Table:
        rel = self.con.sql(sql, params=params)
        fetch = getattr(rel, "to_arrow_table", None) or rel.arrow  # duckdb >= 1.4 / older
        return fetch()

    def write_parts(self, parts: Iterable[int], *, also_clean: Iterable[int] = ()) -> None:
        """Write the Parquet files of ``parts`` from the database and mark them clean (with
        ``also_clean``, parts whose files were written otherwise)."""
        parts = sorted(set(parts))
        clean = sorted(set(parts) | set(also_clean))
        if not clean or "parquet" not in self.formats:
            return
        for name in self.columns:
            folder = self._folder(name)
            for part in parts:
                table = self._arrow(self._select(name) + " WHERE _part = ? ORDER BY _ord", [part])
                _write_parquet(table, folder / f"part-{part:06d}.parquet",
                               keep_empty=part == SCHEMA_PART)
        self.con.execute("UPDATE _run.parts SET dirty = false WHERE part IN (SELECT unnest(?))",
                         [clean])

    def recover(self) -> None:
        """Bring the files in line with the database after a run that was killed."""
        for folder in [self.out, *(self._table_dir(n) for n in self.columns)]:
            if folder.is_dir():
                # Only this module's half-written files (DuckDB keeps extract.duckdb.tmp/).
                for pattern in ("*.parquet.tmp", "*.csv.tmp"):
                    for tmp in folder.glob(pattern):
                        if tmp.is_file():
                            tmp.unlink()
        if "parquet" not in self.formats:
            return
        known = {p for (p,) in self.con.execute("SELECT part FROM _run.parts").fetchall()}
        for name in self.columns:
            folder = self._table_dir(name)
            if not folder.is_dir():
                continue
            for file in folder.glob("part-*.parquet"):
                number = file.stem.split("-", 1)[1]
                if not number.isdigit() or (int(number) not in known
                                            and int(number) != SCHEMA_PART):
                    file.unlink()  # left by a database that is gone
        dirty = [p for (p,) in self.con.execute(
            "SELECT part FROM _run.parts WHERE dirty ORDER BY part").fetchall()]
        if dirty:
            log.info("writing %d Parquet parts a stopped run left behind", len(dirty))
            self.write_parts(dirty)

    def finalize(self) -> dict[str, int]:
        """Write what is left: dirty parts, the schema parts, the views and the CSV files.

        Returns:
            Rows per table in the store.
        """
        self.recover()
        if "parquet" in self.formats:
            for name in self.columns:
                folder = self._folder(name)
                schema = self._arrow(self._select(name) + " LIMIT 0")
                _write_parquet(schema, folder / f"part-{SCHEMA_PART:06d}.parquet",
                               keep_empty=True)
        for name in self.columns:
            self.con.execute(f"CREATE OR REPLACE VIEW main.{_q(name)} AS {self._select(name)}")
        if "manifest" not in self.columns:
            self.con.execute(
                "CREATE OR REPLACE VIEW main.manifest AS SELECT source, sha256, status, "
                "n_words, updated FROM _run.manifest")
        if "csv" in self.formats:
            for name in self.columns:  # formulas neutralised for spreadsheets (see export)
                cols = {c: self.columns[name][c] for c in self._ordered(name)}
                write_csv(self.con, name, cols, self.out / f"{name}.csv")
        self.con.execute("CHECKPOINT")
        return {name: int(self._scalar(f"SELECT count(*) FROM store.{_q(name)}"))
                for name in self.columns}

    def close(self) -> None:
        self.con.close()


def _write_parquet(table: pa.Table, path: Path, *, keep_empty: bool) -> None:
    if table.num_rows == 0 and not keep_empty:
        path.unlink(missing_ok=True)
        return
    tmp = path.with_name(path.name + ".tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, path)


def _infer(rows: list[dict], col: str) -> str | None:
    """The column type the values call for (None when there are no values)."""
    kinds = set()
    for row in rows:
        value = row.get(col)
        if value is None:
            continue
        if isinstance(value, bool):
            kinds.add(BOOL)
        elif isinstance(value, int):
            kinds.add(INT)
        elif isinstance(value, float):
            kinds.add(FLOAT)
        else:
            return TEXT
    if not kinds:
        return None
    if len(kinds) == 1:
        return kinds.pop()
    return FLOAT if kinds == {INT, FLOAT} else TEXT


def _fits(inferred: str | None, typ: str) -> bool:
    """Whether values of type ``inferred`` go into a column of type ``typ`` as they are."""
    return typ == TEXT or inferred in (None, typ) or (typ == FLOAT and inferred == INT)


def _column(rows: list[dict], col: str, typ: str) -> pa.Array:
    values = [row.get(col) for row in rows]
    if typ == TEXT:
        return pa.array([_text(v) for v in values], pa.string())
    if typ == FLOAT:
        values = [None if v is None or (isinstance(v, float) and math.isnan(v)) else float(v)
                  for v in values]
    return pa.array(values, _ARROW[typ])


def _text(value: Any) -> str | None:
    """A text cell: None (NULL) for a missing value, whether given as None, NaN or ""."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, str):
        return value or None
    if isinstance(value, (list, dict, tuple)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)
