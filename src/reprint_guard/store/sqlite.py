"""The SQLite backend of the fingerprint store (:class:`SQLiteStore`), a store in a directory.

One SQLite file, ``fingerprints/fingerprints.sqlite``, holds

* ``manifest``: the fingerprint scheme (num_perm, seed, hash, shingle sizes, LSH bands and
  rows, normaliser and OpenCC versions) and the store format version;
* ``articles``: per protected article its metadata, parsed licensing notice, body text,
  document MinHash signature (datasketch ``LeanMinHash`` bytes), passage signatures and the
  LSH band keys derived from them;
* ``changes``: an append-only log (sequence number, article row, operation) that lets a
  long-lived reader catch up with what other processes protected or removed.

Every article is written in one transaction, so a crash, ``SIGKILL`` or Ctrl-C leaves each
article either wholly there or not there (SQLite's atomic commit with a rollback journal and
``synchronous=FULL``). The rollback journal (not WAL) keeps a read-only store directory
readable.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
import uuid
from collections.abc import Iterator, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from ..config import FingerprintScheme
from ..errors import StoreError
from ..fingerprint import ArticleFingerprint, from_bytes, to_bytes
from ..models import Decoding, LicenceNotice
from .base import (
    Fetched,
    StoredArticle,
    article_id,
    check_manifest,
    decoding_from_str,
    decoding_to_str,
    lean_bytes,
    notice_from_json,
    notice_to_json,
    scheme_manifest,
)

if TYPE_CHECKING:
    from datasketch import LeanMinHash

STORE_FILE = "fingerprints.sqlite"
# The memory-mapped band index beside the SQLite file (derived data: rebuilt when missing,
# stale or damaged; see index.BandIndex.save).
INDEX_FILE = "band-index.bin"
# SQLite waits this long (ms) for another process's write lock before giving up.
_BUSY_TIMEOUT_MS = 30_000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS manifest (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    url TEXT, title TEXT, date TEXT, outlet TEXT,
    body TEXT NOT NULL,
    notice_json TEXT,
    content_sha256 TEXT NOT NULL,
    decoding TEXT NOT NULL,
    licensees_json TEXT NOT NULL DEFAULT '[]',
    n_shingles INTEGER NOT NULL,
    doc_signature BLOB NOT NULL,
    passage_starts BLOB NOT NULL,
    passage_signatures BLOB NOT NULL,
    band_keys BLOB NOT NULL,
    protected_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
-- protect looks up identical input bytes (twins) on every article: without this index each
-- lookup scanned the whole table, overflow pages included (quadratic protect at 100,000).
CREATE INDEX IF NOT EXISTS articles_content_sha256 ON articles (content_sha256);
CREATE TABLE IF NOT EXISTS changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    rowid INTEGER NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('add', 'update', 'remove'))
);
"""


_ARTICLE_COLS = (
    "rowid, id, source, url, title, date, outlet, body, notice_json, content_sha256, decoding, "
    "licensees_json, protected_at, updated_at"
)


def _row_to_article(row: tuple) -> StoredArticle:
    return StoredArticle(
        rowid=row[0],
        id=row[1],
        source=row[2],
        url=row[3],
        title=row[4],
        date=row[5],
        outlet=row[6],
        body=row[7],
        notice=notice_from_json(row[8]),
        content_sha256=row[9],
        decoding=decoding_from_str(row[10]),
        licensees=tuple(json.loads(row[11])),
        protected_at=row[12],
        updated_at=row[13],
    )


class SQLiteStore:
    """Handle on one fingerprint store directory (implements :class:`~reprint_guard.store.base.Store`).

    Use :meth:`open`. Each thread gets its own SQLite connection, so a ``Store`` may be shared
    by threads. Raises :class:`StoreError` (missing, unreadable, corrupted, read-only on write)
    and :class:`IncompatibleStoreError` (another scheme or a newer format).
    """

    def __init__(self, directory: Path, scheme: FingerprintScheme, *, writable: bool) -> None:
        self.directory = directory
        self.path = directory / STORE_FILE
        self.scheme = scheme
        self.writable = writable
        self._local = threading.local()

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def open(cls, directory: str | Path, scheme: FingerprintScheme, *, create: bool = False) -> SQLiteStore:
        """Open (or with ``create=True``, create) the store in ``directory``.

        Without ``create`` the store is opened read-only, which works in a read-only
        directory. With ``create`` the directory and file are made when missing.
        """
        directory = Path(directory)
        path = directory / STORE_FILE
        if directory.is_file():
            hint = (
                f"pass the directory that holds it: --store {directory.parent}"
                if directory.name == STORE_FILE
                else "pass a store directory (it holds fingerprints.sqlite), or a new path to create one"
            )
            raise StoreError(f"--store {directory} is a file, not a fingerprint store directory: {hint}")
        if not path.exists():
            if not create:
                raise StoreError(
                    f"no fingerprint store at {directory}: protect some articles first "
                    f"(reprint-guard protect ARTICLES --store {directory}), or point --store / "
                    "REPRINT_GUARD_STORE at an existing store"
                )
            try:
                directory.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise StoreError(f"cannot create the store directory {directory}: {e.strerror}") from None
        store = cls(directory, scheme, writable=create)
        if not create:
            store._roll_back_interrupted_write()
        store._init(create)
        return store

    def _roll_back_interrupted_write(self) -> None:
        """Roll back a write that a killed ``protect`` left half-done, before reading.

        A killed writer leaves ``fingerprints.sqlite-journal`` (a hot journal). SQLite rolls it
        back on the next read, but only through a connection that may write: a read-only open
        would fail on every query. So, when the journal exists, one read-write connection reads
        the manifest (SQLite's own recovery; with a live writer the journal is not hot and this
        is an ordinary read) and closes. Raises :class:`StoreError` naming the fix when this
        process may not write the store.
        """
        journal = self.path.with_name(self.path.name + "-journal")
        if not journal.exists():
            return
        try:
            con = sqlite3.connect(self.path, timeout=_BUSY_TIMEOUT_MS / 1000, isolation_level=None)
            try:
                con.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
            finally:
                con.close()
        except sqlite3.Error as e:
            if "readonly" in str(e) or "read-only" in str(e) or "unable to open" in str(e):
                raise StoreError(
                    f"the fingerprint store {self.path} has an unfinished write left by an interrupted "
                    f"protect ({journal.name}), and this process may not write to {self.directory} to "
                    "roll it back. Run any reprint-guard command on the store once as a user who can "
                    "write to that folder; nothing committed is lost"
                ) from None
            raise self._error(e) from None

    def _connect(self) -> sqlite3.Connection:
        try:
            if self.writable:
                con = sqlite3.connect(self.path, timeout=_BUSY_TIMEOUT_MS / 1000, isolation_level=None)
            else:
                uri = self.path.resolve().as_uri() + "?mode=ro"
                con = sqlite3.connect(uri, uri=True, timeout=_BUSY_TIMEOUT_MS / 1000, isolation_level=None)
            con.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
            if self.writable:
                con.execute("PRAGMA journal_mode = DELETE")
                con.execute("PRAGMA synchronous = FULL")
            return con
        except sqlite3.Error as e:
            raise self._error(e) from None

    def _con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = self._local.con = self._connect()
        return con

    def _error(self, e: sqlite3.Error) -> StoreError:
        msg = str(e)
        if "not a database" in msg or "malformed" in msg or "corrupt" in msg:
            return StoreError(
                f"the fingerprint store {self.path} is corrupted ({msg}). Nothing was changed. "
                "Restore it from a backup, or move it aside and protect the articles again"
            )
        if "readonly" in msg or "read-only" in msg:
            return StoreError(
                f"the fingerprint store {self.path} is read-only ({msg}): protecting and removing "
                "need write access to the store directory; scanning works read-only"
            )
        if "no such table" in msg:
            return StoreError(
                f"{self.path} is not a reprint_guard fingerprint store (no manifest). Nothing was "
                "changed. Point --store at a store made by `reprint-guard protect`, or move the file aside"
            )
        if "locked" in msg or "busy" in msg:
            return StoreError(f"the fingerprint store {self.path} stayed locked by another process ({msg}); try again")
        return StoreError(f"cannot use the fingerprint store {self.path}: {msg}")

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed whole, or rolled back on any exception (Ctrl-C too).

        Raises :class:`StoreError` when the store is read-only or SQLite fails.
        """
        if not self.writable:
            raise StoreError(f"the fingerprint store {self.path} was opened read-only")
        con = self._con()
        if getattr(self._local, "batch", False):  # inside batch(): a savepoint, not a commit
            try:
                con.execute("SAVEPOINT article")
                try:
                    yield con
                    con.execute("RELEASE article")
                except BaseException:
                    con.execute("ROLLBACK TO article")
                    con.execute("RELEASE article")
                    raise
            except sqlite3.Error as e:
                raise self._error(e) from None
            return
        try:
            con.execute("BEGIN IMMEDIATE")
            try:
                yield con
                con.execute("COMMIT")
            except BaseException:
                if con.in_transaction:
                    con.execute("ROLLBACK")
                raise
        except sqlite3.Error as e:
            raise self._error(e) from None

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Group this thread's writes into one transaction (one commit, one set of fsyncs).

        Each write inside stays all-or-nothing (a savepoint). On leaving, normally or by an
        exception (Ctrl-C too), the writes completed so far are committed; a crash or kill
        before that loses the whole batch and nothing else. Nested batches join the outer one.
        Raises :class:`StoreError` when the store is read-only or SQLite fails.
        """
        if getattr(self._local, "batch", False):
            yield
            return
        if not self.writable:
            raise StoreError(f"the fingerprint store {self.path} was opened read-only")
        con = self._con()
        try:
            con.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as e:
            raise self._error(e) from None
        self._local.batch = True
        try:
            yield
        finally:
            self._local.batch = False
            try:
                con.execute("COMMIT")
            except sqlite3.Error as e:
                if con.in_transaction:
                    con.execute("ROLLBACK")
                raise self._error(e) from None

    def _init(self, create: bool) -> None:
        want = scheme_manifest(self.scheme)
        if create:
            with self._transaction() as con:
                # executescript() would COMMIT first: run the statements one by one instead.
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        con.execute(statement)
                if not con.execute("SELECT 1 FROM manifest LIMIT 1").fetchone():
                    con.executemany(
                        "INSERT INTO manifest (key, value) VALUES (?, ?)",
                        [(k, json.dumps(v, sort_keys=True)) for k, v in want.items()],
                    )
        have = self.manifest()
        check_manifest(have, want, path=str(self.path), location=str(self.directory))

    @property
    def location(self) -> str:
        """The store directory, as :func:`~reprint_guard.store.open_store` takes it."""
        return str(self.directory)

    @property
    def index_path(self) -> Path:
        """Where the memory-mapped band index of this store lives."""
        return self.directory / INDEX_FILE

    def reader(self) -> SQLiteStore:
        """A read-only handle on this directory with its own connections (a forked worker's)."""
        return SQLiteStore(self.directory, self.scheme, writable=False)

    def uid(self, *, create: bool = False) -> str | None:
        """The store's random identity (manifest ``store_uid``), tying an index file to it.

        ``create=True`` (writable stores only) makes one when missing; stores get one the first
        time an index file is written, so small stores that never need the file stay as built.
        """
        uid = self.manifest().get("store_uid")
        if uid is None and create and self.writable:
            with self._transaction() as con:
                con.execute(
                    "INSERT OR IGNORE INTO manifest (key, value) VALUES ('store_uid', ?)",
                    (json.dumps(uuid.uuid4().hex),),
                )
            uid = self.manifest().get("store_uid")
        return uid if isinstance(uid, str) else None

    def manifest(self) -> dict[str, object]:
        """The store's manifest as stored (scheme, versions)."""
        try:
            rows = self._con().execute("SELECT key, value FROM manifest").fetchall()
        except sqlite3.Error as e:
            raise self._error(e) from None
        return {k: json.loads(v) for k, v in rows}

    def close(self) -> None:
        """Close this thread's connection (others close when their threads end)."""
        con = getattr(self._local, "con", None)
        if con is not None:
            con.close()
            self._local.con = None

    # -- writing -----------------------------------------------------------------------------
    def put(
        self,
        *,
        source: str,
        body: str,
        content_sha256: str,
        decoding: Decoding,
        fingerprint: ArticleFingerprint,
        url: str | None = None,
        title: str | None = None,
        date: str | None = None,
        outlet: str | None = None,
        notice: LicenceNotice | None = None,
        licensees: tuple[str, ...] = (),
    ) -> tuple[str, str]:
        """Add or update one article in a single transaction.

        Returns ``(article_id, status)`` with status ``added``, ``updated`` (same source,
        changed content, URL or new licensees, updated in place) or ``unchanged`` (a no-op).
        Licensees accumulate over calls; a call without ``url`` keeps the stored one.
        Raises :class:`StoreError` when the store is read-only or fails.
        """
        aid = article_id(source)
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self._transaction() as con:
            row = con.execute(
                "SELECT rowid, content_sha256, licensees_json, url FROM articles WHERE id = ?", (aid,)
            ).fetchone()
            old_licensees = tuple(json.loads(row[2])) if row else ()
            merged = tuple(dict.fromkeys((*old_licensees, *licensees)))
            if row and url is None:
                url = row[3]  # a re-protect without --url keeps the URL given before
            if row and row[1] == content_sha256 and merged == old_licensees and url == row[3]:
                return aid, "unchanged"
            values = {
                "id": aid,
                "source": source,
                "url": url,
                "title": title,
                "date": date,
                "outlet": outlet,
                "body": body,
                "notice_json": notice_to_json(notice),
                "content_sha256": content_sha256,
                "decoding": decoding_to_str(decoding),
                "licensees_json": json.dumps(list(merged), ensure_ascii=False),
                "n_shingles": fingerprint.n_shingles,
                "doc_signature": lean_bytes(fingerprint.doc_signature, self.scheme.seed),
                "passage_starts": to_bytes(fingerprint.passage_starts.astype(np.int32)),
                "passage_signatures": to_bytes(fingerprint.passage_signatures.astype(np.uint32)),
                "band_keys": to_bytes(fingerprint.keys.astype(np.uint64)),
                "updated_at": now,
            }
            if row:
                sets = ", ".join(f"{k} = :{k}" for k in values)
                con.execute(f"UPDATE articles SET {sets} WHERE rowid = :rowid", {**values, "rowid": row[0]})
                rowid, status = row[0], "updated"
            else:
                values["protected_at"] = now
                cols = ", ".join(values)
                marks = ", ".join(f":{k}" for k in values)
                rowid = con.execute(f"INSERT INTO articles ({cols}) VALUES ({marks})", values).lastrowid
                status = "added"
            con.execute("INSERT INTO changes (rowid, op) VALUES (?, ?)", (rowid, "update" if row else "add"))
        return aid, status

    def remove(self, ids: list[str]) -> list[str]:
        """Remove articles by id, in one transaction. Returns the ids that were there."""
        removed = []
        with self._transaction() as con:
            for aid in ids:
                row = con.execute("SELECT rowid FROM articles WHERE id = ?", (aid,)).fetchone()
                if row:
                    con.execute("DELETE FROM articles WHERE rowid = ?", (row[0],))
                    con.execute("INSERT INTO changes (rowid, op) VALUES (?, 'remove')", (row[0],))
                    removed.append(aid)
        return removed

    # -- reading -----------------------------------------------------------------------------
    def _query(self, sql: str, args: tuple = ()) -> list[tuple]:
        try:
            return self._con().execute(sql, args).fetchall()
        except sqlite3.Error as e:
            raise self._error(e) from None

    def articles(self) -> list[StoredArticle]:
        """All articles, oldest first."""
        return [_row_to_article(r) for r in self._query(f"SELECT {_ARTICLE_COLS} FROM articles ORDER BY rowid")]

    def get(self, aid: str) -> StoredArticle | None:
        """The article with id ``aid``, or ``None``."""
        rows = self._query(f"SELECT {_ARTICLE_COLS} FROM articles WHERE id = ?", (aid,))
        return _row_to_article(rows[0]) if rows else None

    def get_rowid(self, rowid: int) -> StoredArticle | None:
        """The article in row ``rowid``, or ``None`` when it has gone."""
        rows = self._query(f"SELECT {_ARTICLE_COLS} FROM articles WHERE rowid = ?", (rowid,))
        return _row_to_article(rows[0]) if rows else None

    def same_content(self, content_sha256: str) -> list[tuple[str, str, tuple[str, ...]]]:
        """``(id, source, licensees)`` of the articles stored from identical input bytes."""
        rows = self._query(
            "SELECT id, source, licensees_json FROM articles WHERE content_sha256 = ? ORDER BY rowid",
            (content_sha256,),
        )
        return [(r[0], r[1], tuple(json.loads(r[2]))) for r in rows]

    def last_seq(self) -> int:
        """Sequence number of the newest change (0 for a store never written)."""
        return int(self._query("SELECT COALESCE(MAX(seq), 0) FROM changes")[0][0])

    def change_at(self, seq: int) -> tuple[int, str] | None:
        """``(rowid, op)`` of change ``seq``, or ``None`` (identifies a point in the store's history)."""
        rows = self._query("SELECT rowid, op FROM changes WHERE seq = ?", (seq,))
        return (int(rows[0][0]), str(rows[0][1])) if rows else None

    def changes_since(self, seq: int) -> list[tuple[int, int, str]]:
        """``(seq, rowid, op)`` of every change after ``seq``, in order."""
        return self._query("SELECT seq, rowid, op FROM changes WHERE seq > ? ORDER BY seq", (seq,))

    def band_keys(self, rowids: list[int] | None = None) -> Iterator[tuple[int, np.ndarray]]:
        """``(rowid, uint64 band keys)`` of the given articles (all when ``None``)."""
        if rowids is None:
            rows = self._query("SELECT rowid, band_keys FROM articles ORDER BY rowid")
        else:
            rows = self._column_of("band_keys", rowids)
        for rowid, blob in rows:
            yield rowid, from_bytes(blob, "<u8")

    def _column_of(self, column: str, rowids: Sequence[int]) -> list[tuple[int, bytes]]:
        """``(rowid, value)`` of one column for the given articles (absent rowids are skipped),
        in chunks of 500 rowids to stay under SQLite's bound-parameter limit."""
        rows: list[tuple[int, bytes]] = []
        for i in range(0, len(rowids), 500):
            chunk = tuple(rowids[i : i + 500])
            marks = ",".join("?" * len(chunk))
            rows += self._query(f"SELECT rowid, {column} FROM articles WHERE rowid IN ({marks})", chunk)
        return rows

    def doc_signature(self, aid: str) -> LeanMinHash | None:
        """The article's document signature as a datasketch ``LeanMinHash``."""
        from datasketch import LeanMinHash  # deferred: SciPy comes with it

        rows = self._query("SELECT doc_signature FROM articles WHERE id = ?", (aid,))
        return LeanMinHash.deserialize(rows[0][0], byteorder="<") if rows else None

    def passage_signatures(self, aid: str) -> tuple[np.ndarray, np.ndarray] | None:
        """``(starts int32 [p], signatures uint32 [p, passage_num_perm])`` of an article."""
        rows = self._query("SELECT passage_starts, passage_signatures FROM articles WHERE id = ?", (aid,))
        if not rows:
            return None
        starts = from_bytes(rows[0][0], "<i4")
        return starts, from_bytes(rows[0][1], "<u4", (len(starts), self.scheme.passage_num_perm))

    def passage_signatures_of(self, rowids: Sequence[int]) -> dict[int, np.ndarray]:
        """``{rowid: uint32 [p, passage_num_perm]}`` for the given articles, in one query
        (rowids no longer stored are absent)."""
        k = self.scheme.passage_num_perm
        return {
            int(rowid): from_bytes(blob, "<u4").reshape(-1, k)
            for rowid, blob in self._column_of("passage_signatures", rowids)
        }

    def fetch(self, *, signatures: Sequence[int] = (), articles: Sequence[int] = ()) -> Fetched:
        """The newest change's seq, passage signatures and articles of the given rows."""
        sigs = self.passage_signatures_of(signatures) if signatures else {}
        arts: dict[int, StoredArticle] = {}
        for i in range(0, len(articles), 500):
            chunk = tuple(articles[i : i + 500])
            marks = ",".join("?" * len(chunk))
            for row in self._query(f"SELECT {_ARTICLE_COLS} FROM articles WHERE rowid IN ({marks})", chunk):
                arts[int(row[0])] = _row_to_article(row)
        return Fetched(self.last_seq(), sigs, arts)

    def pull_index(self, path: Path) -> None:
        """The index file lives beside the store: nothing to bring over."""

    def publish_index(self, path: Path) -> None:
        """The index file lives beside the store: readers find it there."""

    def __len__(self) -> int:
        return int(self._query("SELECT COUNT(*) FROM articles")[0][0])

