"""The SQLite backend of the fingerprint store (:class:`SQLiteStore`), a store in a directory.

One SQLite file, ``fingerprints/fingerprints.sqlite``, holds

* ``manifest``: the fingerprint scheme (num_perm, seed, hash, shingle sizes, LSH bands and
  rows, normaliser and OpenCC versions) and the store format version;
* ``articles``: per protected article its metadata, parsed licensing notice, body text,
  document MinHash signature (datasketch ``LeanMinHash`` bytes), passage signatures and the
  LSH band keys derived from them;
* ``changes``: an append-only log (sequence number, article row, operation) that lets a
  long-lived reader catch up with what other processes protected or removed;
* ``originals`` (format 2): per article its input bytes, zlib-compressed, with the content type
  and URL the extractor was given, so ``upgrade`` can extract it again.

A store of an older format is read as it is; the first writable open migrates it in place (one
transaction, additive: new columns and tables).

Every article is written in one transaction, so a crash, ``SIGKILL`` or Ctrl-C leaves each
article either wholly there or not there (SQLite's atomic commit with a rollback journal and
``synchronous=FULL``). The rollback journal (not WAL) keeps a read-only store directory
readable.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shlex
import sqlite3
import threading
import uuid
import zlib
from collections.abc import Iterator, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from ..config import FingerprintScheme
from ..ingest import EXTRACTOR_VERSION
from ..notice import NOTICE_VERSION
from ..errors import StoreError
from ..fingerprint import ArticleFingerprint, from_bytes, to_bytes
from ..models import Decoding, LicenceNotice
from .base import (
    ArticleRecord,
    Fetched,
    STORE_VERSION,
    ArticleState,
    Original,
    StoredArticle,
    article_id,
    canonical_notice,
    check_manifest,
    digest_update,
    decoding_from_str,
    decoding_to_str,
    lean_bytes,
    notice_from_json,
    notice_to_json,
    scheme_digest_entries,
    scheme_manifest,
    source_from_db,
    source_to_db,
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
    updated_at TEXT NOT NULL,
    extractor_version INTEGER,
    notice_version INTEGER
);
-- protect looks up identical input bytes (twins) on every article: without this index each
-- lookup scanned the whole table, overflow pages included (quadratic protect at 100,000).
CREATE INDEX IF NOT EXISTS articles_content_sha256 ON articles (content_sha256);
CREATE TABLE IF NOT EXISTS changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    rowid INTEGER NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('add', 'update', 'remove'))
);
CREATE TABLE IF NOT EXISTS originals (
    rowid INTEGER PRIMARY KEY,
    codec TEXT NOT NULL,
    is_text INTEGER NOT NULL,
    content_type TEXT,
    url TEXT,
    data BLOB NOT NULL
);
"""
# Format 1 → 2, in one transaction: what _SCHEMA adds to a format-1 store.
_MIGRATE_TO_2 = (
    "ALTER TABLE articles ADD COLUMN extractor_version INTEGER",
    "ALTER TABLE articles ADD COLUMN notice_version INTEGER",
)
# The columns an upgrade re-derives from an article's input (see SQLiteStore.rewrite).
_DERIVED = (
    "body", "title", "date", "outlet", "decoding", "notice_json", "n_shingles", "doc_signature",
    "passage_starts", "passage_signatures", "band_keys",
)  # fmt: skip
_RECORD_COLS = (
    "id, source, url, title, date, outlet, body, notice_json, content_sha256, decoding, licensees_json, "
    "n_shingles, doc_signature, passage_starts, passage_signatures, band_keys, protected_at, updated_at, "
    "extractor_version, notice_version"
)
_DIGEST_COLS = (
    "id, source, url, title, date, outlet, body, notice_json, content_sha256, decoding, licensees_json, "
    "n_shingles, doc_signature, passage_starts, passage_signatures, band_keys"
)


_ARTICLE_COLS = (
    "rowid, id, source, url, title, date, outlet, body, notice_json, content_sha256, decoding, "
    "licensees_json, protected_at, updated_at"
)


def _read_only(path: object) -> str:
    return (
        f"the fingerprint store {path} was opened read-only; to write to it, open it with "
        "Guard.open(path, create=True) (the command line's protect, remove and upgrade do), and check "
        "that the folder is writable"
    )


class _CorruptRow(Exception):
    """A stored article's column that holds what the store never writes there (a BLOB where it
    keeps text, a notice or licensee list that is not its JSON): ``column`` and the article's
    ``aid``. The store turns it into a :class:`StoreError` naming its file and the fix."""

    def __init__(self, column: str, aid: object) -> None:
        super().__init__(column)
        self.column = column
        self.aid = aid if isinstance(aid, str) else None


def _text(value: object, column: str, aid: object) -> str | None:
    """A text column as ``str``: text stored as a BLOB (an outside tool's write) is read as the
    UTF-8 it holds, never lost; a BLOB that is not UTF-8, or a number, is corruption."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            raise _CorruptRow(column, aid) from None
    raise _CorruptRow(column, aid)


def _row_to_article(row: tuple) -> StoredArticle:
    aid = row[1]
    try:
        notice = notice_from_json(_text(row[8], "notice_json", aid))
    except (ValueError, TypeError, KeyError, AttributeError):
        raise _CorruptRow("notice_json", aid) from None
    try:
        licensees = tuple(json.loads(_text(row[11], "licensees_json", aid) or "[]"))
    except (ValueError, TypeError):
        raise _CorruptRow("licensees_json", aid) from None
    return StoredArticle(
        rowid=row[0],
        id=_text(aid, "id", aid),
        source=source_from_db(row[2]),
        url=_text(row[3], "url", aid),
        title=_text(row[4], "title", aid),
        date=_text(row[5], "date", aid),
        outlet=_text(row[6], "outlet", aid),
        body=_text(row[7], "body", aid) or "",
        notice=notice,
        content_sha256=row[9],
        decoding=decoding_from_str(_text(row[10], "decoding", aid) or ""),
        licensees=licensees,
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
        self.version = STORE_VERSION  # the format as stored (an older one is read as it is)
        self._local = threading.local()
        # What the store was when opened, compared on every query (_con) and seq read: a file
        # replaced under a long-lived handle (`cp`, `rm -r` and protect again) must not be
        # read as if it were the old one. None until open() has finished.
        self._identity: tuple[int, int] | None = None  # (st_dev, st_ino) of the file
        self._uid_seen: str | None = None  # manifest store_uid (None: a store made before uids)
        self._top_seq = 0  # the newest change when opened (per thread after: _local.top_seq)

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def open(
        cls, directory: str | Path, scheme: FingerprintScheme, *, create: bool = False, same_scheme: bool = True
    ) -> SQLiteStore:
        """Open (or with ``create=True``, create) the store in ``directory``.

        Without ``create`` the store is opened read-only, which works in a read-only
        directory, and a store of an older format is read as it is. With ``create`` the
        directory and file are made when missing, and an older format is migrated in place.
        ``same_scheme=False`` opens a store made with another fingerprint scheme (for
        ``upgrade --refingerprint``, which rewrites every signature).
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
        if create and path.exists():
            store._refuse_foreign()
        if not create:
            store._roll_back_interrupted_write()
        store._init(create, same_scheme)
        store._remember_identity()
        return store

    def _file_identity(self) -> tuple[int, int] | None:
        """``(st_dev, st_ino)`` of the store file, or ``None`` when it is gone (one ``stat``)."""
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return st.st_dev, st.st_ino

    def _remember_identity(self) -> None:
        """After opening: note the file and the store's ``store_uid`` (a writable open gives a
        store made before uids one), so that a replacement is told apart from a write."""
        uid = self.uid(create=True)
        self._uid_seen = uid
        self._top_seq = self.last_seq()
        self._identity = self._file_identity()

    def _replaced(self, why: str) -> StoreError:
        return StoreError(
            f"the fingerprint store {self.path} was replaced or removed while in use ({why}): open it "
            "again (a new Guard.open, or run the command again); restore it from a backup or protect the "
            "articles again if it was lost"
        )

    def _check_same_file(self) -> None:
        """Raise :class:`StoreError` when the store file is no longer the one opened: deleted,
        or another file now has its name (``rm -r`` and protect again, ``mv``). One ``stat``."""
        if self._identity is not None and self._file_identity() != self._identity:
            raise self._replaced("another file now has its name, or it was deleted")

    def _refuse_foreign(self) -> None:
        """Before a writable open: refuse a database another program made (tables, none of
        them our manifest), read through a read-only connection so that the file is left
        exactly as it was (a writable connection would already set its journal mode). An
        empty database (a protect killed while creating the store) is ours to complete. A
        file SQLite cannot read is left to the ordinary open, which says why."""
        try:
            con = sqlite3.connect(self.path.resolve().as_uri() + "?mode=ro", uri=True, timeout=_BUSY_TIMEOUT_MS / 1000)
            try:
                tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
                try:
                    ours = "manifest" in tables and con.execute(
                        "SELECT 1 FROM manifest WHERE key = 'format'"
                    ).fetchone() is not None
                except sqlite3.Error:  # a manifest table of another shape
                    ours = False
            finally:
                con.close()
        except sqlite3.Error:
            return
        if tables and not ours:
            shown = ", ".join(tables[:5]) + (", …" if len(tables) > 5 else "")
            raise StoreError(
                f"{self.path} is not a reprint_guard fingerprint store: it holds another program's "
                f"tables ({shown}) and no manifest. Nothing was changed. Point --store at a store made "
                "by `reprint-guard protect`, or at a new folder to create one there"
            )

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
        self._check_same_file()  # an open connection would go on reading the deleted file
        con = getattr(self._local, "con", None)
        if con is None:
            con = self._local.con = self._connect()
        return con

    def _error(self, e: sqlite3.Error) -> StoreError:
        msg = str(e)
        if msg.startswith("Could not decode to UTF-8"):
            # SQLite's message quotes the stored text (~150 characters of an article): never
            # shown. The damaged row is named instead, with the way to get rid of it.
            return self._undecodable_error(msg)
        if "not a database" in msg or "malformed" in msg or "corrupt" in msg:
            return StoreError(
                f"the fingerprint store {self.path} is corrupted ({msg}). Nothing was changed. "
                "Restore it from a backup, or move it aside and protect the articles again"
            )
        if "readonly" in msg or "read-only" in msg:
            return StoreError(
                f"the fingerprint store {self.path} is read-only ({msg}): protect, remove and upgrade "
                "need write access to the store directory; scan and check work read-only"
            )
        if "no such table" in msg and self._never_initialised():
            # A protect killed while creating the store leaves an empty database file.
            return StoreError(
                f"the fingerprint store {self.path} was never finished: the protect that created it "
                "was interrupted before anything was stored. Run `reprint-guard protect` into it again "
                "(it completes the store), or remove the folder"
            )
        if "no such table" in msg:
            return StoreError(
                f"{self.path} is not a reprint_guard fingerprint store (no manifest). Nothing was "
                "changed. Point --store at a store made by `reprint-guard protect`, or move the file aside"
            )
        if "locked" in msg or "busy" in msg:
            return StoreError(f"the fingerprint store {self.path} stayed locked by another process ({msg}); try again")
        if Path(self.path).is_dir():
            return StoreError(
                f"the fingerprint store file {self.path} is a directory, not a database ({msg}). Nothing was changed. "
                "Move that directory aside, or point --store at another store folder"
            )
        return StoreError(f"cannot use the fingerprint store {self.path}: {msg}")

    def _undecodable_error(self, msg: str) -> StoreError:
        """The corrupted-store error for text that is not UTF-8 where the store keeps text
        (SQLite gives Python the column's name and its text, not the row). The row is found by
        reading that column of every article as bytes (only on this error path), and named by
        the article's id when the id itself is readable."""
        m = re.match(r"Could not decode to UTF-8 column '([^']*)'", msg)
        column = m.group(1) if m else None
        found = self._find_undecodable(column) if column else None
        fix = "Restore it from a backup, or move it aside and protect the articles again"
        if found is None:
            what = f"text stored in column {column!r} is not valid UTF-8" if column else "stored text is not valid UTF-8"
        elif found[1] is None:
            what = f"the stored {column} of the article in row {found[0]} is not valid UTF-8, nor is its id"
        else:
            what = f"the stored {column} of article {found[1]} is not valid UTF-8"
            fix = (
                "Restore it from a backup, or remove that article and protect its file again: "
                f"reprint-guard remove {shlex.quote(found[1])} --store {shlex.quote(str(self.directory))}"
            )
        return StoreError(f"the fingerprint store {self.path} is corrupted ({what}). Nothing was changed. {fix}")

    def _find_undecodable(self, column: str) -> tuple[int, str | None] | None:
        """``(rowid, id or None)`` of the first article whose ``column`` is not UTF-8, or
        ``None`` when no article column of that name holds such text."""
        try:
            con = self._con()
            if column not in {r[1] for r in con.execute("PRAGMA table_info(articles)")}:
                return None  # the name comes from the schema, and is only used once it is one of its columns
            rows = con.execute(f'SELECT rowid, CAST(id AS BLOB), CAST("{column}" AS BLOB) FROM articles')
            for rowid, aid, value in rows:
                try:
                    bytes(value or b"").decode("utf-8")
                except UnicodeDecodeError:
                    try:
                        return rowid, bytes(aid).decode("utf-8")
                    except (UnicodeDecodeError, TypeError):
                        return rowid, None
        except sqlite3.Error:
            return None
        return None

    def _never_initialised(self) -> bool:
        """Whether the database file holds no table at all (its creation never committed)."""
        try:
            return self.path.stat().st_size == 0 or not self._con().execute(
                "SELECT 1 FROM sqlite_master LIMIT 1"
            ).fetchone()
        except (OSError, sqlite3.Error):
            return False

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed whole, or rolled back on any exception (Ctrl-C too).

        Raises :class:`StoreError` when the store is read-only or SQLite fails.
        """
        if not self.writable:
            raise StoreError(_read_only(self.path))
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
        with self._outer_transaction(commit_on_error=True):
            yield

    @contextlib.contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction for this thread's writes inside: committed whole on leaving, rolled
        back whole on any exception (Ctrl-C too). Each write inside is a savepoint, as in
        :meth:`batch`. Raises :class:`StoreError` (read-only, SQLite, inside a batch)."""
        if getattr(self._local, "batch", False):
            raise StoreError("atomic() cannot run inside batch() or atomic()")
        with self._outer_transaction(commit_on_error=False):
            yield

    @contextlib.contextmanager
    def _outer_transaction(self, *, commit_on_error: bool) -> Iterator[None]:
        """The transaction of :meth:`batch` and :meth:`atomic`: writes inside become savepoints;
        an exception commits what completed (``commit_on_error``) or rolls all of it back."""
        if not self.writable:
            raise StoreError(_read_only(self.path))
        con = self._con()
        try:
            con.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as e:
            raise self._error(e) from None
        self._local.batch = True
        completed = False
        try:
            yield
            completed = True
        finally:
            self._local.batch = False
            try:
                if completed or commit_on_error:
                    con.execute("COMMIT")
                elif con.in_transaction:
                    con.execute("ROLLBACK")
            except sqlite3.Error as e:
                if con.in_transaction:
                    con.execute("ROLLBACK")
                raise self._error(e) from None

    def _init(self, create: bool, same_scheme: bool) -> None:
        want = scheme_manifest(self.scheme)
        if create:
            with self._transaction() as con:
                has_manifest = con.execute(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'manifest'"
                ).fetchone()
                if not has_manifest or not con.execute("SELECT 1 FROM manifest LIMIT 1").fetchone():
                    # executescript() would COMMIT first: run the statements one by one instead.
                    for statement in _SCHEMA.split(";"):
                        if statement.strip():
                            con.execute(statement)
                    # A store has its identity from the start: it ties an index file to it and
                    # lets a long-lived reader tell a replaced store from a written one.
                    entries = {**want, "store_uid": uuid.uuid4().hex}
                    con.executemany(
                        "INSERT INTO manifest (key, value) VALUES (?, ?)",
                        [(k, json.dumps(v, sort_keys=True)) for k, v in entries.items()],
                    )
        have = self.manifest()
        check_manifest(have, want, path=str(self.path), location=str(self.directory), same_scheme=same_scheme)
        self.version = int(have["store_version"])  # type: ignore[call-overload]
        if self.writable and self.version < STORE_VERSION:
            self._migrate()

    def _migrate(self) -> None:
        """Bring an older format up to :data:`STORE_VERSION` in one transaction (additive only:
        every article stays as it is; those of format 1 have no original and unknown versions)."""
        with self._transaction() as con:
            version = json.loads(con.execute("SELECT value FROM manifest WHERE key = 'store_version'").fetchone()[0])
            if version < 2:  # another process may have migrated meanwhile
                columns = {r[1] for r in con.execute("PRAGMA table_info(articles)")}
                for statement in _MIGRATE_TO_2:
                    if statement.split()[-2] not in columns:
                        con.execute(statement)
                for statement in _SCHEMA.split(";"):
                    if "originals" in statement:
                        con.execute(statement)
                self._write_manifest(
                    con, {"store_version": 2, "extractor_version": None, "notice_version": None}
                )
        self.version = STORE_VERSION

    @staticmethod
    def _write_manifest(con: sqlite3.Connection, entries: dict[str, object]) -> None:
        con.executemany(
            "INSERT OR REPLACE INTO manifest (key, value) VALUES (?, ?)",
            [(k, json.dumps(v, sort_keys=True)) for k, v in entries.items()],
        )

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
        other = SQLiteStore(self.directory, self.scheme, writable=False)
        other.version = self.version
        # the same store as this handle opened: a replacement since is noticed by the worker too
        other._identity, other._uid_seen, other._top_seq = self._identity, self._uid_seen, self._top_seq
        return other

    def uid(self, *, create: bool = False) -> str | None:
        """The store's random identity (manifest ``store_uid``), tying an index file to it and
        telling a replaced store from a written one.

        Stores get one when created; ``create=True`` (writable stores only) makes one for a
        store made before that.
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
        """The store's manifest as stored (scheme, versions, ``store_uid``). Raises
        :class:`StoreError` naming the entry when one is not the JSON the store writes."""
        try:
            rows = self._con().execute("SELECT key, value FROM manifest").fetchall()
        except sqlite3.Error as e:
            raise self._error(e) from None
        return {k: self._manifest_value(k, v) for k, v in rows}

    def _manifest_value(self, key: object, value: object) -> object:
        """One manifest entry decoded, or the corrupted-store error naming it (never quoted)."""
        try:
            return json.loads(value)  # type: ignore[arg-type]
        except (ValueError, TypeError):
            raise StoreError(
                f"the fingerprint store {self.path} is corrupted: its manifest entry {key!r} is not the JSON "
                "reprint_guard writes there (edited by hand, or damaged on disk). Nothing was changed. Restore "
                f"{STORE_FILE} from a backup, or move the folder {self.directory} aside and protect the articles "
                "again into a new store"
            ) from None

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
        original: Original | None = None,
    ) -> tuple[str, str]:
        """Add or update one article in a single transaction.

        Returns ``(article_id, status)`` with status ``added``, ``updated`` (same source,
        changed content, URL or new licensees, or made by an older extractor or notice parser;
        updated in place) or ``unchanged`` (a no-op, apart from keeping ``original`` when the
        article had none). Licensees accumulate over calls; a call without ``url`` keeps the
        stored one. ``original`` is stored zlib-compressed; without it an update whose input
        changed drops the stored one. Raises :class:`StoreError` when the store is read-only
        or fails.
        """
        aid = article_id(source)
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self._transaction() as con:
            row = con.execute(
                "SELECT rowid, content_sha256, licensees_json, url, extractor_version, notice_version, "
                "EXISTS (SELECT 1 FROM originals o WHERE o.rowid = articles.rowid) FROM articles WHERE id = ?",
                (aid,),
            ).fetchone()
            old_licensees = tuple(json.loads(row[2])) if row else ()
            merged = tuple(dict.fromkeys((*old_licensees, *licensees)))
            if row and url is None:
                url = row[3]  # a re-protect without --url keeps the URL given before
            if (
                row
                and row[1] == content_sha256
                and merged == old_licensees
                and url == row[3]
                and (row[4], row[5]) == (EXTRACTOR_VERSION, NOTICE_VERSION)
            ):
                if original is not None and not row[6]:
                    self._put_original(con, row[0], original)
                return aid, "unchanged"
            values = {
                "id": aid,
                "source": source_to_db(source),
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
                "extractor_version": EXTRACTOR_VERSION,
                "notice_version": NOTICE_VERSION,
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
            if original is not None:
                self._put_original(con, rowid, original)
            elif row and row[1] != content_sha256:
                con.execute("DELETE FROM originals WHERE rowid = ?", (rowid,))
        return aid, status

    @staticmethod
    def _put_original(con: sqlite3.Connection, rowid: int, original: Original) -> None:
        is_text = isinstance(original.data, str)
        raw = original.data.encode("utf-8") if isinstance(original.data, str) else original.data
        con.execute(
            "INSERT OR REPLACE INTO originals (rowid, codec, is_text, content_type, url, data) "
            "VALUES (?, 'zlib', ?, ?, ?, ?)",
            (rowid, int(is_text), original.content_type, original.url, zlib.compress(raw, 6)),
        )

    def remove(self, ids: list[str]) -> list[str]:
        """Remove articles by id, in one transaction. Returns the ids that were there."""
        removed = []
        with self._transaction() as con:
            for aid in ids:
                row = con.execute("SELECT rowid FROM articles WHERE id = ?", (aid,)).fetchone()
                if row:
                    con.execute("DELETE FROM articles WHERE rowid = ?", (row[0],))
                    if self.version >= 2:
                        con.execute("DELETE FROM originals WHERE rowid = ?", (row[0],))
                    con.execute("INSERT INTO changes (rowid, op) VALUES (?, 'remove')", (row[0],))
                    removed.append(aid)
        return removed

    # -- upgrading ---------------------------------------------------------------------------
    def states(self) -> list[ArticleState]:
        """Every article's versions and whether its original is stored, oldest first."""
        if self.version < 2:
            rows = self._query("SELECT rowid, id, NULL, NULL, 0 FROM articles ORDER BY rowid")
        else:
            rows = self._query(
                "SELECT rowid, id, extractor_version, notice_version, "
                "EXISTS (SELECT 1 FROM originals o WHERE o.rowid = articles.rowid) FROM articles ORDER BY rowid"
            )
        return [ArticleState(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows]

    def original(self, aid: str) -> Original | None:
        """The article's stored input, or ``None``. Raises :class:`StoreError` when it is damaged."""
        if self.version < 2:
            return None
        rows = self._query(
            "SELECT o.codec, o.is_text, o.content_type, o.url, o.data FROM originals o "
            "JOIN articles a ON a.rowid = o.rowid WHERE a.id = ?",
            (aid,),
        )
        if not rows:
            return None
        codec, is_text, content_type, url, blob = rows[0]
        try:
            if codec != "zlib":
                raise ValueError(f"unknown codec {codec!r}")
            raw = zlib.decompress(blob)
            data: bytes | str = raw.decode("utf-8") if is_text else raw
        except (ValueError, zlib.error) as e:
            raise StoreError(f"the stored original of article {aid} in {self.path} is damaged ({e})") from None
        return Original(data, content_type, url)

    def rewrite(
        self,
        aid: str,
        *,
        body: str,
        title: str | None,
        date: str | None,
        outlet: str | None,
        decoding: Decoding,
        notice: LicenceNotice | None,
        fingerprint: ArticleFingerprint,
        extractor_version: int | None,
        notice_version: int | None,
    ) -> bool:
        """Replace what was derived from an article's input, keeping its id, source, URL,
        licensees, input hash and original; logs an ``update`` when anything changed and
        returns whether it did. Raises :class:`StoreError` (read-only, SQLite)."""
        new = {
            "body": body,
            "title": title,
            "date": date,
            "outlet": outlet,
            "decoding": decoding_to_str(decoding),
            "notice_json": notice_to_json(notice),
            "n_shingles": fingerprint.n_shingles,
            "doc_signature": lean_bytes(fingerprint.doc_signature, self.scheme.seed),
            "passage_starts": to_bytes(fingerprint.passage_starts.astype(np.int32)),
            "passage_signatures": to_bytes(fingerprint.passage_signatures.astype(np.uint32)),
            "band_keys": to_bytes(fingerprint.keys.astype(np.uint64)),
        }
        with self._transaction() as con:
            row = con.execute(f"SELECT rowid, {', '.join(_DERIVED)} FROM articles WHERE id = ?", (aid,)).fetchone()
            if row is None:
                return False
            changed = dict(zip(_DERIVED, row[1:])) != new
            versions = {"extractor_version": extractor_version, "notice_version": notice_version}
            if changed:
                now = datetime.now(timezone.utc).isoformat(timespec="seconds")
                values = {**new, **versions, "updated_at": now}
            else:
                values = versions
            sets = ", ".join(f"{k} = :{k}" for k in values)
            con.execute(f"UPDATE articles SET {sets} WHERE rowid = :rowid", {**values, "rowid": row[0]})
            if changed:
                con.execute("INSERT INTO changes (rowid, op) VALUES (?, 'update')", (row[0],))
        return changed

    def records(self, ids: Sequence[str] | None = None) -> Iterator[ArticleRecord]:
        """Articles exactly as stored, in id order (all, or those of ``ids`` that exist)."""
        wanted = sorted(ids) if ids is not None else [r[0] for r in self._query("SELECT id FROM articles ORDER BY id")]
        for i in range(0, len(wanted), 200):
            chunk = tuple(wanted[i : i + 200])
            marks = ",".join("?" * len(chunk))
            rows = self._query(f"SELECT rowid, {_RECORD_COLS} FROM articles WHERE id IN ({marks}) ORDER BY id", chunk)
            originals: dict[int, tuple] = {}
            if self.version >= 2 and rows:
                rmarks = ",".join("?" * len(rows))
                for o in self._query(
                    f"SELECT rowid, codec, is_text, content_type, url, data FROM originals WHERE rowid IN ({rmarks})",
                    tuple(r[0] for r in rows),
                ):
                    originals[o[0]] = o
            for r in rows:
                o = originals.get(r[0])
                original = None
                if o is not None and o[1] == "zlib":
                    raw = zlib.decompress(o[5])
                    original = Original(raw.decode("utf-8") if o[2] else raw, o[3], o[4])
                yield ArticleRecord(
                    *r[1:11], tuple(json.loads(r[11])), *r[12:17], r[17], r[18], r[19], r[20], original
                )

    def put_record(self, record: ArticleRecord) -> None:
        """Write ``record`` as it is (add or replace), in one transaction, logging the change."""
        values = {
            "id": record.id, "source": record.source, "url": record.url, "title": record.title,
            "date": record.date, "outlet": record.outlet, "body": record.body,
            "notice_json": record.notice_json, "content_sha256": record.content_sha256,
            "decoding": record.decoding, "licensees_json": json.dumps(list(record.licensees), ensure_ascii=False),
            "n_shingles": record.n_shingles, "doc_signature": record.doc_signature,
            "passage_starts": record.passage_starts, "passage_signatures": record.passage_signatures,
            "band_keys": record.band_keys, "protected_at": record.protected_at, "updated_at": record.updated_at,
            "extractor_version": record.extractor_version, "notice_version": record.notice_version,
        }  # fmt: skip
        with self._transaction() as con:
            row = con.execute("SELECT rowid FROM articles WHERE id = ?", (record.id,)).fetchone()
            if row:
                sets = ", ".join(f"{k} = :{k}" for k in values)
                con.execute(f"UPDATE articles SET {sets} WHERE rowid = :rowid", {**values, "rowid": row[0]})
                rowid = row[0]
            else:
                cols = ", ".join(values)
                marks = ", ".join(f":{k}" for k in values)
                rowid = con.execute(f"INSERT INTO articles ({cols}) VALUES ({marks})", values).lastrowid
            con.execute("INSERT INTO changes (rowid, op) VALUES (?, ?)", (rowid, "update" if row else "add"))
            if record.original is not None:
                self._put_original(con, rowid, record.original)
            else:
                con.execute("DELETE FROM originals WHERE rowid = ?", (rowid,))

    def set_manifest(self, entries: dict[str, object]) -> None:
        """Write manifest entries. Raises :class:`StoreError` (read-only, SQLite)."""
        with self._transaction() as con:
            self._write_manifest(con, entries)

    def digest(self) -> str:
        """SHA-256 over the canonical content of every article and the scheme (see
        :meth:`reprint_guard.store.base.Store.digest`)."""
        h = hashlib.sha256(scheme_digest_entries(self.manifest()))
        for row in self._query(f"SELECT {_DIGEST_COLS} FROM articles ORDER BY id"):
            values = list(row)
            values[7] = canonical_notice(values[7])
            values[10] = json.dumps(json.loads(values[10]), ensure_ascii=False)
            digest_update(h, values)
        return h.hexdigest()

    # -- reading -----------------------------------------------------------------------------
    def _query(self, sql: str, args: tuple = ()) -> list[tuple]:
        try:
            return self._con().execute(sql, args).fetchall()
        except sqlite3.Error as e:
            raise self._error(e) from None

    def _article(self, row: tuple) -> StoredArticle:
        """:func:`_row_to_article`, a corrupted column raised as the store's error."""
        try:
            return _row_to_article(row)
        except _CorruptRow as e:
            fix = "Restore it from a backup, or move it aside and protect the articles again"
            if e.aid:
                fix = (
                    "Restore it from a backup, or remove that article and protect its file again: "
                    f"reprint-guard remove {shlex.quote(e.aid)} --store {shlex.quote(str(self.directory))}"
                )
            who = f"article {e.aid}" if e.aid else f"the article in row {row[0]}"
            raise StoreError(
                f"the fingerprint store {self.path} is corrupted (the stored {e.column} of {who} is not what "
                f"reprint_guard writes there). Nothing was changed. {fix}"
            ) from None

    def articles(self) -> list[StoredArticle]:
        """All articles, oldest first. Raises :class:`StoreError` when the store was replaced
        since it was opened (see :meth:`last_seq`), rather than list another store's."""
        self.last_seq()
        return [self._article(r) for r in self._query(f"SELECT {_ARTICLE_COLS} FROM articles ORDER BY rowid")]

    def get(self, aid: str) -> StoredArticle | None:
        """The article with id ``aid``, or ``None``."""
        rows = self._query(f"SELECT {_ARTICLE_COLS} FROM articles WHERE id = ?", (aid,))
        return self._article(rows[0]) if rows else None

    def get_rowid(self, rowid: int) -> StoredArticle | None:
        """The article in row ``rowid``, or ``None`` when it has gone."""
        rows = self._query(f"SELECT {_ARTICLE_COLS} FROM articles WHERE rowid = ?", (rowid,))
        return self._article(rows[0]) if rows else None

    def expect(self, items: Sequence[tuple[str, str]]) -> None:
        """A hint for server stores (see :meth:`Store.expect`): reads here are local."""

    def put_carrying_twins(self, **fields: Any) -> tuple[str, str, list[tuple[str, str, tuple[str, ...]]]]:
        """:meth:`put`, with the licensees of the other articles stored from identical input
        bytes (twins) carried over: ``(id, status, twins as (id, source, licensees))``."""
        aid = article_id(fields["source"])
        twins = [t for t in self.same_content(fields["content_sha256"]) if t[0] != aid]
        fields["licensees"] = tuple(dict.fromkeys((*fields.get("licensees", ()), *(x for t in twins for x in t[2]))))
        return (*self.put(**fields), twins)

    def same_content(self, content_sha256: str) -> list[tuple[str, str, tuple[str, ...]]]:
        """``(id, source, licensees)`` of the articles stored from identical input bytes."""
        rows = self._query(
            "SELECT id, source, licensees_json FROM articles WHERE content_sha256 = ? ORDER BY rowid",
            (content_sha256,),
        )
        return [(r[0], source_from_db(r[1]), tuple(json.loads(r[2]))) for r in rows]

    def last_seq(self) -> int:
        """Sequence number of the newest change (0 for a store never written).

        Read with the manifest's ``store_uid`` in one query, so that every catch-up (each
        check's poll) notices a store replaced under this handle: raises :class:`StoreError`
        when the file is no longer the one opened, its ``store_uid`` changed (a copy of another
        store written over it) or its change log went back (an older copy restored over it).
        """
        con = self._con()  # one stat: the file is still the one opened
        try:
            seq, raw_uid = con.execute(
                "SELECT COALESCE(MAX(seq), 0), (SELECT value FROM manifest WHERE key = 'store_uid') FROM changes"
            ).fetchone()
        except sqlite3.Error as e:
            raise self._error(e) from None
        seq = int(seq)
        uid = self._manifest_value("store_uid", raw_uid) if raw_uid is not None else None
        if self._identity is None or con.in_transaction:
            return seq  # opening; or inside this handle's own write, which may still roll back
        if self._uid_seen is not None and uid != self._uid_seen:
            raise self._replaced(f"store_uid {self._uid_seen} is now {uid}")
        # Per thread: a thread's reads come one after another, so its seq never goes back;
        # another thread's newer read may land between this one's query and this test.
        top = getattr(self._local, "top_seq", self._top_seq)
        if seq < top:
            raise self._replaced(f"its change log went back from change {top} to {seq}: an older copy")
        self._uid_seen = uid if isinstance(uid, str) else self._uid_seen  # a store made before uids gets one
        self._local.top_seq = seq
        return seq

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

    def owners_of(self, rowids: Sequence[int]) -> dict[int, tuple[str | None, str | None]]:
        """``{rowid: (outlet, rights holder)}`` of the given articles, in chunks of 500 rowids."""
        out: dict[int, tuple[str | None, str | None]] = {}
        for i in range(0, len(rowids), 500):
            chunk = tuple(int(r) for r in rowids[i : i + 500])
            marks = ",".join("?" * len(chunk))
            for rowid, outlet, notice in self._query(
                f"SELECT rowid, outlet, notice_json FROM articles WHERE rowid IN ({marks})", chunk
            ):
                try:
                    holder = notice_from_json(_text(notice, "notice_json", None)).rights_holder if notice else None
                except (_CorruptRow, ValueError, TypeError, KeyError, AttributeError):
                    holder = None  # a corrupted notice names no owner here; reading the article reports it
                out[int(rowid)] = (outlet or None, holder or None)
        return out

    def fetch(self, *, signatures: Sequence[int] = (), articles: Sequence[int] = ()) -> Fetched:
        """The newest change's seq, passage signatures and articles of the given rows."""
        sigs = self.passage_signatures_of(signatures) if signatures else {}
        arts: dict[int, StoredArticle] = {}
        for i in range(0, len(articles), 500):
            chunk = tuple(articles[i : i + 500])
            marks = ",".join("?" * len(chunk))
            for row in self._query(f"SELECT {_ARTICLE_COLS} FROM articles WHERE rowid IN ({marks})", chunk):
                arts[int(row[0])] = self._article(row)
        return Fetched(self.last_seq(), sigs, arts)

    def pull_index(self, path: Path) -> None:
        """The index file lives beside the store: nothing to bring over."""

    def publish_index(self, path: Path) -> None:
        """The index file lives beside the store: readers find it there."""

    def __len__(self) -> int:
        return int(self._query("SELECT COUNT(*) FROM articles")[0][0])

