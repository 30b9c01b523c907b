"""Documents whose content is already in the store, byte for byte: processed once.

Archives as they come hold the same minute book twice (a copy in another folder, the same PDF
in two zip files). Processing both would double every meeting, so a copy gets one row in
``documents`` naming the first copy in ``duplicate_of`` and no other rows. The first copy is the
first in the walk's stable order, or one an earlier run into the same folder finished.

A copy is recorded in the manifest with status ``duplicate`` (never ``done``): a later run
works out its original again, so a copy whose original has since changed is processed then.
Only a copy whose original is the same as last time is skipped.
"""

from __future__ import annotations

from typing import Any

from .sources import Job

DUPLICATE = "duplicate"  # manifest status of a copy


class Originals:
    """Which document first had each content, in this run or an earlier one into the store.

    Args:
        con: the store's DuckDB connection.
        settings: the store's settings fingerprint (rows made under others are not reused).
    """

    def __init__(self, con: Any, settings: str) -> None:
        self.con = con
        self.settings = settings
        self.first: dict[str, tuple[str, str]] = {}  # sha256 -> (key, doc_id): this run's first
        self.walked: dict[str, str | None] = {}  # key -> sha256 of what this run read

    def see(self, job: Job) -> None:
        """Record a job of this run (in walk order) that is not itself a copy."""
        self.walked[job.key] = job.sha256
        if job.error is None and job.sha256:
            self.first.setdefault(job.sha256, (job.key, job.doc_id))

    def resolve(self, jobs: list[Job]) -> tuple[dict[str, str], set[str]]:
        """Find the copies among ``jobs`` (in walk order; finished ones left out).

        Returns:
            Key of each copy -> doc_id of its original, and the keys of copies recorded as such
            (with the same original) by an earlier run: nothing to do for those.
        """
        wanted = [j for j in jobs if j.error is None and j.sha256]
        self.walked.update((j.key, j.sha256) for j in jobs)
        stored = self._stored({j.sha256 for j in wanted if j.sha256 not in self.first})
        copies: dict[str, str] = {}
        seen: dict[str, tuple[str | None, str]] = {}
        for job in wanted:
            original = self.first.get(job.sha256) or stored.get(job.sha256)
            if original is None or original[0] == job.key:  # new content, or itself (--force)
                self.first.setdefault(job.sha256, (job.key, job.doc_id))
                continue
            copies[job.key] = original[1]
            seen[job.key] = (job.sha256, original[1])
        return copies, self._unchanged(seen)

    def _stored(self, hashes: set[str]) -> dict[str, tuple[str, str]]:
        """sha256 -> (key, doc_id) of an original an earlier run finished (the first committed)."""
        if not hashes:
            return {}
        rows = self.con.execute(
            "SELECT m.sha256, m.key, d.doc_id FROM _run.manifest m "
            "JOIN store.documents d ON d._key = m.key WHERE m.status = 'done' "
            "AND m.settings = ? AND m.sha256 IN (SELECT unnest(?)) ORDER BY m.part, d._ord",
            [self.settings, sorted(hashes)]).fetchall()
        found: dict[str, tuple[str, str]] = {}
        for sha, key, doc_id in rows:
            # An original this run read with other content has changed: its rows are going.
            if key in self.walked and self.walked[key] != sha:
                continue
            found.setdefault(sha, (key, doc_id))
        return found

    def _unchanged(self, copies: dict[str, tuple[str | None, str]]) -> set[str]:
        if not copies:
            return set()
        rows = self.con.execute(
            "SELECT m.key, m.sha256, d.duplicate_of FROM _run.manifest m "
            "JOIN store.documents d ON d._key = m.key WHERE m.status = ? AND m.settings = ? "
            "AND m.key IN (SELECT unnest(?))", [DUPLICATE, self.settings, list(copies)]
        ).fetchall()
        return {key for key, sha, original in rows if copies[key] == (sha, original)}


def copy_row(job: Job, original: str) -> dict[str, str]:
    """The ``documents`` row of a copy: which document it is and which it copies."""
    return {"doc_id": job.doc_id, "source": job.source, "duplicate_of": original}
