"""The library's single entry: :class:`Guard` protects articles and checks texts.

Both the CLI and moderation systems use it::

    from reprint_guard import Guard

    guard = Guard.open("fingerprints", create=True)
    guard.protect(["articles/2024-05-06-flood.html"], licensees=("partner.example.com",))
    report = guard.check(submitted_text, url="https://forum.example.net/t/123")
    if report.unlicensed:
        ...  # report.to_dict() is the JSON shape of `reprint-guard check --format json`

Data flows one way: extract → normalise → shingle → fingerprint → store/index → candidates →
align → verdict. A Guard is safe to share between threads: checks take no lock; catching up
with articles that other processes protected or removed takes a short one.
"""

from __future__ import annotations

import contextlib
import functools
import os
import threading
import time
from collections import OrderedDict
from dataclasses import replace
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

import numpy as np

from .candidates import (
    NOISY_STRIDE,
    NOISY_WINDOW_SHARE,
    NOISY_WINDOWS,
    SIGNATURE_SLACK,
    any_window_pair_reaches,
    rank,
    windows_reaching,
)
from .config import FingerprintScheme, MatchConfig
from .errors import ConfigError, InputError, InputTooLargeError, ReprintGuardError, StoreError, StoreUnavailableError
from .engines import Engine, LocalEngine
from .extract import extract, page_notice
from .ingest.decode import check_content_type
from .ingest.files import MAX_INPUT_BYTES, iter_files, read_file, sha256_of, too_large  # noqa: F401 (re-exported)
from .fingerprint import (
    LATIN_SALT,
    PASSAGE_SALT,
    band_keys,
    query_windows,
    sliding_signatures,
    window_is_cjk,
)
from .manifest import read_url_manifest
from .models import Document, ProtectOutcome, UrlEvidence
from .normalize import junk_free_reading, normalize
from .notice import credited_names
from .shingle import shingle
from .store import BandIndex, IndexReplica, Original, StoredArticle, check_location, is_redis_url, open_store, redact
from .store.base import Store
from .store.replica import INDEX_FILE_MIN_ENTRIES, INDEX_FILE_SLACK
from .verdict import (
    ArticleRef,
    canonical_licensee,
    DocumentReport,
    Match,
    ScanReport,
    classify,
    document_verdict,
    attribution,
    is_http_url,
    kept_notice_line,
    Licence,
    licence_of,
    permission,
    quoted,
)
from .upkeep import MigrateResult, UpgradeResult, copy_articles, fingerprint_body, upgrade_articles
from .verify import Boilerplate, Side, align, boilerplate_of, holds_line
from .weburl import amp_cache_original, archived_original, without_userinfo

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

DEFAULT_STORE = "fingerprints"
STORE_ENV = "REPRINT_GUARD_STORE"
# Where a server store's band index snapshot is cached on this machine (default: the user
# cache directory, $XDG_CACHE_HOME/reprint_guard or ~/.cache/reprint_guard).
CACHE_ENV = "REPRINT_GUARD_CACHE"
# Candidates verified per document at most, best-ranked first (a page quoting 50 articles is
# fine; a page sharing boilerplate with thousands is not evidence of 1,000 reprints).
MAX_CANDIDATES = 200
# Protected articles kept normalised and shingled for verification (~150 KB each for a
# 3,000-character article): enough for the articles a scan keeps meeting, small next to the
# index at 100,000 articles.
ARTICLE_CACHE = 512
# Stored passage signatures kept for the candidate signature check (~12 KB each).
SIGNATURE_CACHE = 4096
# Candidates whose key score (sum of 1/df over shared band keys) is below this go through the
# signature check before their text is read; above it they share whole windows and pass it.
SIGNATURE_CHECK_BELOW = 4.0
# protect() commits every this many files or seconds, whichever comes first: one commit (and
# its fsyncs) per file capped on-disk protect at ~45 articles/s. Each file stays all-or-nothing.
PROTECT_BATCH = 64
PROTECT_BATCH_SECONDS = 1.0
# A protect reads a batch's files ahead (for the store's one read of their rows) up to this
# many bytes in all; the rest are read as they come.
READ_AHEAD_BYTES = 64 << 20

Progress = Callable[[int, int, str], None]
"""``progress(done, total, item)``: called after each item; ``total`` may be 0 if unknown."""


@contextlib.contextmanager
def _naming(role: str) -> Iterator[None]:
    """For ``migrate``, whose store errors name ``SRC``/``DST``, not ``--store``."""
    try:
        yield
    except StoreError as e:
        text = str(e)
        raise type(e)(f"{role} {text.removeprefix('--store ')}" if text.startswith("--store ") else f"{role}: {text}") from None


def _open_for_migrate(role: str, location: str | Path, scheme: FingerprintScheme, **kwargs: Any) -> Store:
    """:func:`open_store` for ``migrate``, whose errors name ``SRC``/``DST``, not ``--store``."""
    with _naming(role):
        return open_store(location, scheme, **kwargs)


def resolve_store(store: str | os.PathLike[str] | None) -> str | Path:
    """The store: ``store`` if given, else ``$REPRINT_GUARD_STORE``, else ``./fingerprints``.

    A directory comes back as a ``Path``; a server URL (``redis://…``) as the string given,
    its ``//`` intact. Raises :class:`ConfigError` for an empty ``store`` (``--store ''``), which
    would otherwise mean the default silently, and :class:`StoreError` for one that looks like a
    mistyped Redis URL (``redis//host:6379/0``, ``redis:host:6379``, a bare ``host:6379``: see
    :func:`~reprint_guard.store.check_location`), which would otherwise make a local store.
    """
    if store is not None and not os.fspath(store).strip():
        raise ConfigError(
            "the store path is empty: pass a store directory or a redis:// URL, or leave it out "
            f"to use ${STORE_ENV}, else ./{DEFAULT_STORE}"
        )
    text = os.fspath(store) if store else os.environ.get(STORE_ENV) or DEFAULT_STORE
    try:
        check_location(text)  # before Path() folds the // of redis//host and the ./ of ./host:6379
    except StoreError as e:
        raise StoreError(str(e).replace("--store ", f"${STORE_ENV}=", 1) if not store else str(e)) from None
    return text if is_redis_url(text) else Path(text)


def redact_location(location: str | os.PathLike[str]) -> str:
    """A store location for messages and reports: a URL's password replaced by ``***``."""
    return redact(os.fspath(location))


def resolve_cache_dir(cache_dir: str | os.PathLike[str] | None = None) -> Path:
    """Where server stores' index snapshots are cached: ``cache_dir`` if given, else
    ``$REPRINT_GUARD_CACHE``, else the user cache directory (platformdirs when installed,
    else ``$XDG_CACHE_HOME/reprint_guard`` or ``~/.cache/reprint_guard``)."""
    if cache_dir:
        return Path(cache_dir)
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    try:
        from platformdirs import user_cache_dir
    except ImportError:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        return Path(base) / "reprint_guard"
    return Path(user_cache_dir("reprint_guard", appauthor=False))


















class _LRU:
    """A thread-safe least-recently-used map of article row ids to derived data.

    ``generation`` counts the :meth:`drop` calls (articles changed in the store): a thread that
    read an article from the store before a drop must not put it back after it, so
    :meth:`put` takes the generation read before the store was (``since``) and ignores the
    value when a drop came in between."""

    def __init__(self, capacity: int, items: Iterable[tuple[int, object]] = ()) -> None:
        self.capacity = capacity
        self._d: OrderedDict[int, Any] = OrderedDict(items)
        self._lock = threading.Lock()
        self.generation = 0

    def __len__(self) -> int:
        return len(self._d)

    def get(self, key: int) -> Any:
        with self._lock:
            hit = self._d.get(key)
            if hit is not None:
                self._d.move_to_end(key)
            return hit

    def put(self, key: int, value: object, *, since: int | None = None) -> None:
        with self._lock:
            if since is not None and since != self.generation:
                return  # read before the article changed: not kept
            self._d[key] = value
            self._d.move_to_end(key)
            while len(self._d) > self.capacity:
                self._d.popitem(last=False)

    def drop(self, keys: Iterable[Any] | None) -> None:
        """Forget ``keys`` (``None``: everything), and what is being read of them."""
        with self._lock:
            self.generation += 1
            if keys is None:
                self._d.clear()
            for key in keys or ():
                self._d.pop(key, None)

    def copy(self) -> _LRU:
        with self._lock:
            return _LRU(self.capacity, self._d.items())


class Guard:
    """A fingerprint store plus its in-memory LSH index. Use :meth:`open`."""

    def __init__(self, store: Store, config: MatchConfig) -> None:
        self.store = store
        self.scheme = store.scheme
        self.config = config
        self._replica = IndexReplica(
            store,
            on_change=self._forget,
            min_file_entries=INDEX_FILE_MIN_ENTRIES,
            # A server store's local index file is this machine's cache (its readers start from
            # the server's snapshot): it may say how far behind it may fall.
            file_slack=getattr(store, "index_file_slack", INDEX_FILE_SLACK),
        )
        self._engine: Engine | None = None  # scan workers, kept between scans
        self._engine_lock = threading.Lock()
        self._cache = _LRU(ARTICLE_CACHE)  # rowid -> (StoredArticle, Side)
        self._tiles = _LRU(SIGNATURE_CACHE)  # rowid -> stored passage signatures
        self._boiler = _LRU(ARTICLE_CACHE)  # (rowid, k) -> Boilerplate
        self._owners = _LRU(SIGNATURE_CACHE)  # rowid -> (outlet, rights holder)
        self._closed = False
        self.refresh()
        self._replica.save_if_due()

    # -- construction -------------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        store: str | os.PathLike[str] | None = None,
        *,
        create: bool = False,
        scheme: FingerprintScheme | None = None,
        config: MatchConfig | None = None,
        cache_dir: str | os.PathLike[str] | None = None,
    ) -> Guard:
        """Open the store (resolved with :func:`resolve_store`) and load its index.

        ``store`` is a directory or a server URL (``redis://host:6379/0?prefix=NAME``,
        ``rediss://`` for TLS). ``create=True`` creates a missing store and opens it for
        writing (needed by :meth:`protect` and :meth:`remove`); otherwise it is opened
        read-only. ``cache_dir`` is where a server store's index snapshot is cached (see
        :func:`resolve_cache_dir`). Raises :class:`~reprint_guard.errors.StoreError` when the
        store is missing or unusable (:class:`~reprint_guard.errors.StoreUnavailableError`:
        its server cannot be reached) and :class:`~reprint_guard.errors.IncompatibleStoreError`
        when it was made with another fingerprint scheme.
        """
        location = resolve_store(store)
        cache = resolve_cache_dir(cache_dir) if isinstance(location, str) else None
        st = open_store(location, scheme or FingerprintScheme(), create=create, cache_dir=cache)
        return cls(st, config or MatchConfig())

    def _own_folders(self) -> tuple[str, ...]:
        """The store's own directory (an SQLite store), never walked as articles or pages."""
        location = self.store.location
        return () if is_redis_url(location) else (location,)

    def close(self) -> None:
        """Stop scan workers and close the store; a writable Guard first rewrites the index
        file if it is due. After it (or the end of a ``with`` block) every call but
        :meth:`close` raises :class:`~reprint_guard.errors.StoreError`; closing again does
        nothing."""
        if self._closed:
            return
        try:
            with self._engine_lock:
                self._shutdown_engine()
            if self.store.writable:
                self.refresh()
                self._replica.save_if_due()
        finally:
            self._closed = True
            self.store.close()

    def _require_open(self) -> None:
        """Raise :class:`StoreError` once the Guard was closed: its store handle would otherwise
        quietly connect again and answer from an index nobody keeps up to date."""
        if self._closed:
            raise StoreError(
                f"this Guard on the fingerprint store {redact_location(self.store.location)} was closed "
                "(close() or the end of its with block): open the store again with Guard.open(...)"
            )

    def __enter__(self) -> Guard:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- index maintenance ------------------------------------------------------------------
    def refresh(self) -> None:
        """Catch up with articles protected or removed since the last call (any process).
        Raises :class:`StoreError` when the Guard is closed or its store was replaced."""
        self._require_open()
        self._replica.refresh()

    def _forget(self, rowids: Sequence[int]) -> None:
        """Drop what the caches hold of articles changed or removed (called by the replica)."""
        self._cache.drop(rowids)
        self._tiles.drop(rowids)
        self._owners.drop(rowids)
        if len(rowids):  # another article of an outlet changes what its boilerplate is
            self._boiler.drop(None)

    # What tests look at: the replica's index and the seq of its index file, the local pool.
    @property
    def _index(self) -> BandIndex:
        return self._replica.index

    @property
    def _index_file_seq(self) -> int | None:
        return self._replica.file_seq

    @property
    def _pool(self) -> ProcessPoolExecutor | None:
        return self._engine.pool if isinstance(self._engine, LocalEngine) else None

    def __len__(self) -> int:
        """Number of protected articles, as the store holds them now: catches up first with
        articles other Guards or processes protected or removed (one indexed query when
        nothing changed)."""
        self.refresh()
        return len(self._replica)

    # -- protecting -------------------------------------------------------------------------
    def protect_document(
        self,
        data: str | bytes | bytearray | memoryview,
        *,
        source: str,
        url: str | None = None,
        content_type: str | None = None,
        licensees: Sequence[str] = (),
    ) -> ProtectOutcome:
        """Fingerprint one article and store it atomically under ``source``.

        Returns a :class:`ProtectOutcome`; an empty, too-short or too-large (see
        :meth:`check`) article is ``skipped``.
        Raises :class:`InputError` for binary or undecodable input and
        :class:`~reprint_guard.errors.StoreError` when the store cannot be written (or the
        Guard was closed).
        """
        self._require_open()
        licensees = tuple(dict.fromkeys(canonical_licensee(lic) for lic in licensees))
        refused = too_large(data)
        if refused:
            return ProtectOutcome(source, "skipped", reason=refused)
        doc = extract(data, content_type=content_type, url=url, path=source)
        fp = fingerprint_body(doc.text, self.scheme, self.config.min_tokens)
        if isinstance(fp, str):
            return ProtectOutcome(source, "skipped", title=doc.title, reason=fp)
        notice = page_notice(doc)
        sha = sha256_of(data)
        # The same file protected under another path spelling is the same article to a reader:
        # say so, and carry its licensees over so its licensed copies stay licensed.
        aid, status, twins = self.store.put_carrying_twins(
            source=source,
            body=doc.text,
            content_sha256=sha,
            decoding=doc.decoding,
            fingerprint=fp,
            url=url or doc.url,
            title=doc.title,
            date=doc.date,
            outlet=doc.outlet,
            notice=notice,
            licensees=tuple(licensees),
            original=Original(data, content_type, url),
        )
        note = f"same text as article {twins[0][0]} ({twins[0][1]})" if twins and status == "added" else None
        return ProtectOutcome(source, status, aid, doc.title, note)

    def protect(
        self,
        paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
        *,
        licensees: Sequence[str] = (),
        urls: UrlManifest = None,
        progress: Progress | None = None,
    ) -> list[ProtectOutcome]:
        """Protect article files (directories are walked): :meth:`iter_protect` as a list.

        Each file is stored all-or-nothing; commits come every :data:`PROTECT_BATCH` files or
        :data:`PROTECT_BATCH_SECONDS`, and on Ctrl-C for the files completed, so a crash loses
        at most the uncommitted batch (running the command again adds it; committed files come
        back ``unchanged``). A bad file becomes an ``error`` outcome and the rest go in. Raises
        :class:`~reprint_guard.errors.StoreError` when the store cannot be written at all.
        """
        with contextlib.closing(self.iter_protect(paths, licensees=licensees, urls=urls, progress=progress)) as it:
            return list(it)

    def iter_protect(
        self,
        paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
        *,
        licensees: Sequence[str] = (),
        urls: UrlManifest = None,
        progress: Progress | None = None,
        on_commit: Callable[[int], None] | None = None,
        skip: Iterable[str | os.PathLike[str]] = (),
    ) -> Iterator[ProtectOutcome]:
        """:meth:`protect`, one outcome per file as it is done, in walk order.

        An outcome is yielded when its file is done, before its batch is committed:
        ``on_commit(n)`` is called after each commit with the number of outcomes yielded so
        far, all of them now stored. A caller that reports what is stored (the CLI) shows the
        first ``n`` outcomes then. When a commit fails (a store server gone or not answering)
        a :class:`~reprint_guard.errors.StoreError` is raised and outcomes after the last
        ``on_commit`` count were not stored (those of the batch being sent may be, in part;
        running the same protect again stores the rest, and those come back ``unchanged``).

        When the iteration stops early (Ctrl-C inside it, or the caller closing the generator,
        e.g. with :func:`contextlib.closing`), the files whose outcomes were yielded are
        committed (``on_commit`` says so) and the one in progress is not stored at all.
        Files in ``skip`` (the ``--urls`` manifest kept in the folder) are not read from a
        walked folder.
        """
        self._require_open()
        licensees = tuple(dict.fromkeys(canonical_licensee(lic) for lic in licensees))  # ConfigError before any work
        files = list(iter_files(paths, skip=(*self._own_folders(), *skip)))
        url_of = _url_lookup(urls)
        batch = contextlib.ExitStack()
        pending, started, yielded = 0, 0.0, 0
        ahead: dict[int, bytes] = {}  # files read ahead, by position
        try:
            for i, (path, problem) in enumerate(files):
                # A full batch is committed once its last outcome was yielded, so that a
                # commit always covers exactly the outcomes the caller has.
                if pending and (pending >= PROTECT_BATCH or time.monotonic() - started >= PROTECT_BATCH_SECONDS):
                    pending = 0  # before: a commit that fails leaves nothing to commit
                    batch.close()  # commit
                    if on_commit:
                        on_commit(yielded)
                if not pending:
                    batch.enter_context(self.store.batch())
                    started = time.monotonic()
                    self._read_ahead(files, i, ahead)
                outcome = self._protect_file(path, problem, url_of, licensees, ahead.pop(i, None))
                pending += 1
                if progress:
                    progress(i + 1, len(files), str(path))
                yielded += 1
                yield outcome
        finally:
            committing = pending > 0
            batch.close()  # commits what completed, on Ctrl-C too (raises if it fails)
            if committing and on_commit:
                on_commit(yielded)
        self.refresh()
        self._replica.save_if_due()

    def _read_ahead(self, files: list[tuple[Path, str | None]], at: int, ahead: dict[int, bytes]) -> None:
        """Read the next batch's files (up to :data:`READ_AHEAD_BYTES` in all) into ``ahead``
        and tell the store which articles come (:meth:`Store.expect`): a server store then
        reads their rows in one round trip, not one per file. A file that cannot be read is
        left to :meth:`_protect_file`, which says why."""
        room = READ_AHEAD_BYTES - sum(map(len, ahead.values()))
        for j in range(at, min(len(files), at + PROTECT_BATCH)):
            if j in ahead or files[j][1] or room <= 0:
                continue
            try:
                ahead[j] = read_file(files[j][0])
            except InputError:
                continue
            room -= len(ahead[j])
        self.store.expect([(str(files[j][0]), sha256_of(ahead[j])) for j in sorted(ahead)])

    def _protect_file(
        self,
        path: Path,
        problem: str | None,
        url_of: Callable[[str], str | None],
        licensees: Sequence[str],
        data: bytes | None = None,
    ) -> ProtectOutcome:
        name = str(path)
        if problem:
            return ProtectOutcome(name, "error", reason=problem)
        try:
            data = read_file(path) if data is None else data
        except InputTooLargeError as e:
            return ProtectOutcome(name, "skipped", reason=str(e))
        except InputError as e:  # unreadable: an error, as in scan
            return ProtectOutcome(name, "error", reason=str(e))
        try:
            return self.protect_document(data, source=name, url=url_of(name), licensees=licensees)
        except InputError as e:  # not text (binary): skipped, as in scan
            return ProtectOutcome(name, "skipped", reason=str(e))

    def remove(self, ids: Sequence[str]) -> list[str]:
        """Remove articles by id; returns those that existed."""
        self._require_open()
        removed = self.store.remove(list(ids))
        self.refresh()
        self._replica.save_if_due()
        return removed

    def articles(self) -> list[StoredArticle]:
        """Every protected article, oldest first. Raises :class:`StoreError` (closed Guard,
        store replaced since it was opened, damaged article)."""
        self._require_open()
        return self.store.articles()

    # -- migrating --------------------------------------------------------------------------

    # -- upgrading --------------------------------------------------------------------------

    @staticmethod
    def migrate(
        source: str | os.PathLike[str],
        destination: str | os.PathLike[str],
        *,
        scheme: FingerprintScheme | None = None,
        cache_dir: str | os.PathLike[str] | None = None,
        progress: Progress | None = None,
        replace: bool = False,
    ) -> MigrateResult:
        """Copy every article of one store into another, between any backends (a directory
        and ``redis://…`` either way), as stored: signatures, times, versions and original
        inputs, no re-fingerprinting.

        The destination is created when missing. Articles whose per-article digest already
        matches are skipped, so an interrupted run resumes where it stopped; articles the
        destination holds and the source does not are removed, and another version the
        destination holds of an article is overwritten, with ``replace=True``; without it the
        call raises :class:`~reprint_guard.errors.StoreError` before writing anything (with SRC
        and DST swapped it would empty or roll back a live store). Each article is written
        atomically. Ends by comparing both stores' ``digest()`` (:attr:`MigrateResult.equal`)
        and, for a server store, writing the index snapshot. ``progress(done, total, id)``
        is called per article. Raises :class:`~reprint_guard.errors.StoreError` (either
        store missing, unreachable or read-only) and
        :class:`~reprint_guard.errors.IncompatibleStoreError` (another scheme).
        """
        scheme = scheme or FingerprintScheme()
        with _naming("SRC"):
            src_loc = resolve_store(source)
        with _naming("DST"):
            dst_loc = resolve_store(destination)
        if str(src_loc) == str(dst_loc):
            raise ConfigError(f"migrate needs two different stores; both are {src_loc}")
        cache = resolve_cache_dir(cache_dir)
        src = _open_for_migrate("SRC", src_loc, scheme, cache_dir=cache if isinstance(src_loc, str) else None)
        try:
            dst = _open_for_migrate("DST", dst_loc, scheme, create=True, cache_dir=cache if isinstance(dst_loc, str) else None)
            try:
                copied, skipped, removed = copy_articles(src, dst, progress, replace=replace)
                want = src.manifest()
                dst.set_manifest({k: want[k] for k in ("extractor_version", "notice_version") if k in want})
                result = MigrateResult(
                    redact_location(src_loc), redact_location(dst_loc), copied, skipped, removed,
                    src.digest(), dst.digest(),
                )  # fmt: skip
                Guard(dst, MatchConfig()).close()  # the index file / snapshot for the workers
            finally:
                dst.close()
        finally:
            src.close()
        return result

    # -- upgrading --------------------------------------------------------------------------
    @classmethod
    def upgrade(
        cls,
        store: str | os.PathLike[str] | None = None,
        *,
        refingerprint: bool = False,
        scheme: FingerprintScheme | None = None,
        config: MatchConfig | None = None,
        progress: Progress | None = None,
    ) -> UpgradeResult:
        """Bring a store up to this version of reprint_guard, in one transaction.

        Migrates an older store format in place; extracts again, from their stored input, the
        articles made by an older extractor or notice parser (:data:`~reprint_guard.ingest.EXTRACTOR_VERSION`,
        :data:`~reprint_guard.notice.NOTICE_VERSION`); for articles stored
        before stores kept inputs, parses the stored notice text again, fingerprints the stored
        body again and lists them in ``needs_original``. ``refingerprint=True`` recomputes every
        signature with ``scheme`` (default: this version's) and adopts it: the way to keep a
        store made with another fingerprint scheme or normaliser.

        All or nothing: an exception (Ctrl-C too) leaves the articles as they were (a format
        migration may already be committed; it is additive). Raises
        :class:`~reprint_guard.errors.StoreError` (missing, read-only, damaged) and
        :class:`~reprint_guard.errors.IncompatibleStoreError` (another scheme without
        ``refingerprint``, or a newer format).
        """
        location = resolve_store(store)
        scheme = scheme or FingerprintScheme()
        min_tokens = (config or MatchConfig()).min_tokens
        probe = open_store(location, scheme, same_scheme=not refingerprint)  # missing or newer: raises
        try:
            from_version = int(probe.manifest()["store_version"])  # type: ignore[call-overload]
        finally:
            probe.close()
        st = open_store(location, scheme, create=True, same_scheme=not refingerprint)
        try:
            reextracted, reparsed, changed, needs, skipped = upgrade_articles(
                st, scheme=scheme, refingerprint=refingerprint, min_tokens=min_tokens, progress=progress
            )
            to_version = int(st.manifest()["store_version"])  # type: ignore[call-overload]
        finally:
            st.close()
        return UpgradeResult(
            st.location, from_version, to_version, refingerprint, reextracted, reparsed, changed, needs, skipped,
        )  # fmt: skip

    # -- checking ---------------------------------------------------------------------------
    def _article(
        self, rowid: int, art: StoredArticle | None = None, *, since: int | None = None
    ) -> tuple[StoredArticle, Side] | None:
        """A protected article normalised and shingled, through the LRU cache (``art``: the
        row as just fetched, when the cache's generation was ``since``, else it is read)."""
        hit = self._cache.get(rowid) if art is None else None
        if hit is not None:
            return hit
        if art is None:
            since = self._cache.generation
            art = self.store.get_rowid(rowid)
        if art is None:
            return None
        norm = normalize(art.body)
        entry = (art, Side.of(norm, shingle(norm.text, self.scheme)))
        self._cache.put(rowid, entry, since=since)
        return entry

    def check(
        self,
        data: str | bytes | bytearray | memoryview,
        *,
        url: str | UrlEvidence | None = None,
        content_type: str | None = None,
        path: str | os.PathLike[str] | None = None,
        config: MatchConfig | None = None,
    ) -> DocumentReport:
        """Check one text or page against every protected article.

        Args:
            data: the text (``str``) or the raw bytes (``bytes``, ``bytearray``,
                ``memoryview``) of a page or text file, any encoding. Over
                :data:`MAX_INPUT_BYTES` of UTF-8 (of the bytes as given, of a ``str`` encoded)
                it is ``skipped``, never truncated.
            url: where the document was found, as the caller knows it: a URL (taken as
                ``UrlEvidence(url, source="url")``) or a :class:`~reprint_guard.models.UrlEvidence`
                naming its source (``"urls_manifest"``, ``"warc"``). It is the evidence that
                decides licensing by host, and the report's ``url``. Without it the report's
                ``url`` is the page's canonical/``og:url`` link, which only gives a claim.
            content_type: an HTTP Content-Type (``text/html; charset=gbk``), ``html``,
                ``text`` or ``None`` to sniff.
            path: a name for the report.
            config: thresholds for this check (defaults to the Guard's).

        Returns:
            A frozen :class:`DocumentReport`; input problems become ``skipped``/``error``
            verdicts with a reason rather than exceptions.

        Raises:
            TypeError: ``data`` is not text or bytes, ``url`` not a ``str`` or
                ``UrlEvidence``, ``content_type`` not a ``str``, ``config`` not a ``MatchConfig``,
                ``path`` not a ``str`` or path.
            ConfigError: ``url`` is not an http(s) URL with a host; ``content_type`` is
                another type than HTML or text, or names an unknown charset (as
                ``check --content-type`` refuses it: :func:`check_content_type`).
        """
        self._require_open()
        if not isinstance(data, (str, bytes, bytearray, memoryview)):
            raise TypeError(f"check() takes str or bytes, not {type(data).__name__}")
        if config is not None and not isinstance(config, MatchConfig):
            raise TypeError(f"config must be a MatchConfig, not {type(config).__name__}")
        if path is not None and not isinstance(path, (str, os.PathLike)):
            # the report's path is a string in the JSON schema; 5 would make it invalid
            raise TypeError(f"path must be a str or a path, not {type(path).__name__}")
        path = os.fspath(path) if path is not None else None
        if url is not None and not (isinstance(url, str) or (isinstance(url, UrlEvidence) and isinstance(url.url, str))):
            given = url.url if isinstance(url, UrlEvidence) else url
            raise TypeError(f"url must be a str or a UrlEvidence, not {type(given).__name__}")
        if content_type is not None:
            check_content_type(content_type)
        cfg = config or self.config
        evidence = UrlEvidence(url.strip()) if isinstance(url, str) else url
        url = evidence.url.strip() if evidence else None
        if url is not None and not is_http_url(url):
            # only a web address can put a copy on a licensee's site (the CLI refuses the same)
            raise ConfigError(f"url {url[:80]!r} is not an http(s) URL (e.g. https://news.example.com/a/1.html)")
        sha = sha256_of(data)
        shown = without_userinfo(url)  # a report never keeps the user:password@ of a URL
        refused = too_large(data)
        if refused:
            return DocumentReport(path, shown, sha, None, "skipped", refused)
        try:
            # a checked page's byline is never read: only a protected notice resolves 作者 to it
            doc = extract(data, content_type=content_type, url=url, path=path, bylines=False, after_notice=True, readings=True)
        except InputError as e:  # the extractor only refuses input that is not text
            return DocumentReport(path, shown, sha, None, "skipped", str(e))
        doc_url = without_userinfo(url or doc.url)
        squeezed = junk_free_reading(doc.text)
        if squeezed is not None:
            # letters with junk slipped between them (hair spaces, kana, lone strokes): the text
            # without it is another reading of the page, checked as an interleaved page's are
            doc = replace(doc, readings=(*doc.readings, squeezed))
        if not doc.text.strip():
            # a page that is only a licensing notice (a site's terms page) says so, not "empty"
            reason = "notice only: no article text besides a licensing notice" if doc.notice_text else "empty: no text extracted"
            return DocumentReport(path, doc_url, sha, doc.decoding, "skipped", reason, title=doc.title)
        norm = normalize(doc.text)
        sh = shingle(norm.text, self.scheme)
        own_tokens = len(sh.tokens)
        # An interleaved page (see Document.readings) is checked in each of its readings; the one
        # whose best match covers the most of a protected article (then is most alike) is
        # reported, the page's own reading winning ties. A normal page has one reading: its text.
        best: tuple[tuple[float, bool, float], list] | None = None
        for k, text in enumerate((doc.text, *doc.readings)):
            if k:
                norm = normalize(text)
                sh = shingle(norm.text, self.scheme)
            if len(sh.tokens) < cfg.min_tokens or len(sh) == 0:
                continue  # a reading too short to check is passed over
            page = replace(doc, text=text, readings=()) if doc.readings else doc
            matches = self._matches(page, evidence, Side.of(norm, sh), cfg)
            # (coverage first, then a verbatim reading: a copy with junk between its characters
            # covers the article as its clean reading does, but reads as edited)
            score = max(((m.coverage, m.kind == "reprint", m.similarity) for m in matches), default=(-1.0, False, -1.0))
            if best is None or score > best[0]:
                best = (score, matches)
        if best is None:
            reason = f"too short: {own_tokens} content tokens, at least {cfg.min_tokens} needed"
            if doc.notice_text:
                # a notice and a heading or a line of furniture: the page holds no article
                reason = f"notice only: a licensing notice and {own_tokens} content tokens of other text"
            return DocumentReport(path, doc_url, sha, doc.decoding, "skipped", reason, title=doc.title)
        verdict, ordered = document_verdict(best[1])
        return DocumentReport(path, doc_url, sha, doc.decoding, verdict, None, ordered, title=doc.title)

    def _candidates(self, side: Side) -> list[int]:
        """Slots worth verifying, best first (see :mod:`reprint_guard.candidates`).

        Asks the store once (:meth:`Store.fetch`, one round trip to a server) for the
        change-log poll, the passage signatures of weak candidates and the texts of strong
        ones not cached. When the poll shows changes since the index was caught up, the
        index catches up and the candidates are ranked again (a second fetch, whose data is
        then current). Weak candidates that pass the signature check and are not cached are
        read in one more request.
        """
        qw = query_windows(side.shingles, self.scheme)
        for attempt in range(2):
            seen = self._replica.seq
            cands = rank(self._replica.index.hits(qw.keys), limit=MAX_CANDIDATES)
            weak = [c.slot for c in cands if c.score < SIGNATURE_CHECK_BELOW]
            tiles = {r: t for r in weak if (t := self._tiles.get(r)) is not None}
            sig_rows = [r for r in weak if r not in tiles]
            text_rows = [c.slot for c in cands if c.score >= SIGNATURE_CHECK_BELOW and self._cache.get(c.slot) is None]
            gens = (self._tiles.generation, self._cache.generation)
            got = self.store.fetch(signatures=sig_rows, articles=text_rows)
            if got.seq == seen or attempt:
                break
            self.refresh()  # another process wrote since: catch up, rank again
        for r, sigs in got.signatures.items():
            self._tiles.put(r, sigs, since=gens[0])
            tiles[r] = sigs
        for r, art in got.articles.items():
            # not kept when the article changed meanwhile: _matches then reads it again
            self._article(r, art, since=gens[1])
        weak_c = [c for c in cands if c.score < SIGNATURE_CHECK_BELOW]
        # The windows of the weak candidates' keys, found at once (on a long page, in one
        # more pass over its windows).
        pos = np.unique(np.concatenate([c.query_pos for c in weak_c])) if weak_c else np.zeros(0, np.int64)
        window_at = qw.windows_of(pos) if weak_c else np.zeros(0, np.int64)
        # Chinese windows only: see candidates.SIGNATURE_SLACK.
        empty = np.zeros((0, self.scheme.passage_num_perm), np.uint32)
        sampled: np.ndarray | None = None  # the second look's windows, signed once per check
        out = []
        for c in cands:
            if c.score < SIGNATURE_CHECK_BELOW:
                win = np.unique(window_at[np.searchsorted(pos, c.query_pos)])
                need = np.where(qw.is_cjk[win], self.scheme.passage_threshold * SIGNATURE_SLACK, 0.0)
                if not any_window_pair_reaches(qw.signatures(win), tiles.get(c.slot, empty), need):
                    if sampled is None:
                        every = np.arange(0, len(qw.is_cjk), NOISY_STRIDE)
                        sampled = qw.signatures(every[qw.is_cjk[every]])
                    if windows_reaching(sampled, tiles.get(c.slot, empty), NOISY_WINDOW_SHARE) < NOISY_WINDOWS:
                        continue
            out.append(c.slot)
        missing = [r for r in out if self._cache.get(r) is None and r not in got.articles]
        if missing:
            gen = self._cache.generation
            for r, art in self.store.fetch(articles=missing).articles.items():
                self._article(r, art, since=gen)
        return out

    def _boilerplate(self, art: StoredArticle, side: Side, k: int) -> Boilerplate | None:
        """The article's boilerplate (see :class:`~reprint_guard.verify.Boilerplate`), from the
        index at check time: the article's sliding windows held verbatim (every band key) by
        at least ``k`` articles of its outlet or rights holder, itself included, and its
        trailing lines any other article holds that read as boilerplate
        (:func:`~reprint_guard.verify.shared_tail`). Cached until the store changes."""
        if k < 2:
            return None
        hit = self._boiler.get((art.rowid, k))
        if hit is not None:
            return hit
        since = self._boiler.generation
        # The article's own owner is in its row; the others' come from the store once each.
        owner = (art.outlet or None, (art.notice.rights_holder if art.notice else None) or None)
        sh, w = side.shingles, self.scheme.passage_window
        n = len(sh)
        strong = np.zeros(n, dtype=bool)
        weak = np.zeros(n, dtype=bool)
        shared = np.zeros(n, dtype=bool)
        cover: dict[int, np.ndarray] = {}  # other article -> the shingles its windows cover, computed once
        if n:
            sigs = sliding_signatures(sh.hashes, self.scheme)
            starts = np.arange(len(sigs), dtype=np.int64)
            is_cjk = window_is_cjk(sh, starts, w)
            wins, slots = [], []
            for sel, bands, rows, salt in (
                (is_cjk, self.scheme.passage_bands, self.scheme.passage_rows, PASSAGE_SALT),
                (~is_cjk, self.scheme.latin_passage_bands, self.scheme.latin_passage_rows, LATIN_SALT),
            ):
                idx = np.flatnonzero(sel)
                if len(idx):
                    ww, ss = self._replica.index.window_holders(band_keys(sigs[idx], bands, rows, salt))
                    wins.append(idx[ww])
                    slots.append(ss)
            win = np.concatenate(wins) if wins else np.zeros(0, np.int64)
            slot = np.concatenate(slots) if slots else np.zeros(0, np.int32)
            keep = slot != art.rowid
            win, slot = win[keep], slot[keep]
            if len(win):
                # An article holding most of this one's windows is a version of it (another
                # edition, the same text protected again), not a witness of boilerplate, which is
                # what *different* articles print: it counts for neither test below.
                cover = {o: _covered(ws, w, n) for o, ws in _by_holder(win, slot, _BOILERPLATE_MAX_HOLDERS)}
                versions = [o for o, c in cover.items() if c.sum() > _VERSION_SHARE * n]
                if versions:
                    keep = ~np.isin(slot, versions)
                    win, slot = win[keep], slot[keep]
            if len(win):
                shared = _covered(win, w, n)  # held by any other article, whoever prints it (verify.shared_tail)
            if not any(owner):
                win, slot = win[:0], slot[:0]
            if len(slot):
                holders = np.unique(slot).tolist()
                owners = self._owners_of(holders)
                mine = _owner_key(owner)
                same = [x for x in holders if _same_owner_key(mine, _owner_key(owners.get(x, (None, None))))]
                keep = np.isin(slot, same)  # one owner test per holder, not per window
                win, slot = win[keep], slot[keep]
            if len(win):
                # Per shingle: how many other articles hold a window covering it (each article
                # tiles at its own phase, so one shared block meets different windows of each).
                count = np.zeros(n, dtype=np.int64)
                for other, ws in _by_holder(win, slot, _BOILERPLATE_MAX_HOLDERS):
                    count += cover[other] if other in cover else _covered(ws, w, n)
                weak = count >= 1
                strong = count >= k - 1
        bp = boilerplate_of(side, strong, weak, shared)
        self._boiler.put((art.rowid, k), bp, since=since)
        return bp

    def _owners_of(self, rowids: list[int]) -> dict[int, tuple[str | None, str | None]]:
        """``{rowid: (outlet, rights holder)}`` through a cache (an article's owner changes only
        with the article: :meth:`_forget` drops it), asking the store once for the rest."""
        out = {r: hit for r in rowids if (hit := self._owners.get(r)) is not None}
        missing = [r for r in rowids if r not in out]
        if missing:
            since = self._owners.generation
            for r, owner in self.store.owners_of(missing).items():
                self._owners.put(r, owner, since=since)
                out[r] = owner
        return out

    def _matches(self, doc: Document, evidence: UrlEvidence | None, side: Side, cfg: MatchConfig) -> list[Match]:
        matches = []
        header = _HeaderLines(doc, self.scheme) if doc.header_lines else None
        for rowid in self._candidates(side):
            got = self._article(rowid)
            if got is None:
                continue  # removed by another process since the index was loaded
            art, art_side = got
            # Header lines the article prints as paragraphs are copied text (a copy opening
            # with a short paragraph): align the page with them put back.
            d_side, d_text = (header and header.for_article(art_side)) or (side, doc.text)
            al = align(d_side, art_side, cfg)
            if al.passages and cfg.boilerplate_k:
                bp = self._boilerplate(art, art_side, cfg.boilerplate_k)
                if bp is not None and bp.any:
                    al = align(d_side, art_side, cfg, boilerplate=bp)
            kind = classify(al, cfg)
            if kind is None:
                continue
            notice = art.notice
            lead_ins = tuple(_lead_in(d_text, p.document.start) for p in al.passages)
            credit = attribution(
                doc, art.outlet, notice.rights_holder if notice else None, art.url, article_text=art.body, lead_ins=lead_ins,
                credit_names=credited_names(notice.text) if notice else (),
            )
            if credit is None and notice is not None and notice.rights_holder and notice.permitted_uses and "credit" in notice.conditions:
                # a copy keeping the article's own notice (本文为X原创…) credits X as it names X; asked
                # only where a credit decides a permission (kept_notice_line folds the whole page)
                # (quoted as the page prints it: the article's own notice may not be on the page)
                kept = kept_notice_line(doc, notice)
                if kept is not None:
                    credit = " ".join(kept.split())[:120]
            attributed = credit is not None
            # The publisher's own site is not a reprint of its own article.
            licence = _licence(doc, evidence, art)
            # Only the article's own notice can permit a use; the page can only meet its conditions.
            permitted, unmet = permission(
                kind, notice, attributed=attributed, doc=doc, article_url=art.url, article_text=art.body
            )
            if permitted and licence.status != "licensed":
                licence = Licence("permitted")
            matches.append(
                Match(
                    article=ArticleRef(art.id, art.title, art.source, without_userinfo(art.url), art.date, art.outlet),
                    kind=kind,
                    licence=licence,
                    attributed=attributed,
                    alignment=al,
                    notice=notice,
                    document_text=d_text,
                    permitted=permitted,
                    unmet_conditions=unmet,
                    article_texts=tuple(quoted(art.body, p.article.start, p.article.end) for p in al.passages),
                    credit=credit,
                )
            )
        return matches

    def _engine_for(self, jobs: int) -> Engine:
        """``jobs`` worker processes, each with a Guard on this store, kept for later scans.

        Workers forked from this Guard (see :mod:`reprint_guard.engines.local`) inherit its
        mapped index, its caches and imported modules and only open their own store
        connection; spawned ones open the store themselves. Workers catch up with store
        changes on every check, as any Guard does. The engine lives until :meth:`close` (or
        until a scan asks for another number of jobs).
        """
        with self._engine_lock:
            if self._engine is not None and self._engine.jobs == jobs:
                return self._engine
            self._shutdown_engine()
            factory = functools.partial(_open_reader, self.store.location, self.scheme, self.config)
            self._engine = LocalEngine(jobs, factory, forked=self._forked_copy)
            return self._engine

    def _shutdown_engine(self) -> None:
        engine, self._engine = self._engine, None
        if engine is not None:
            engine.close(wait=True)

    def _forked_copy(self) -> Guard:
        """This Guard in a forked child: the same index snapshot, a fresh store connection."""
        g = Guard.__new__(Guard)
        g.store = self.store.reader()
        g.scheme, g.config = self.scheme, self.config
        g._replica = self._replica.forked(g.store, on_change=g._forget)
        g._engine, g._engine_lock = None, threading.Lock()
        # The parent's caches come along (copy-on-write): workers start as warm as the parent.
        g._cache, g._tiles, g._boiler = self._cache.copy(), self._tiles.copy(), self._boiler.copy()
        g._owners = self._owners.copy()
        g._closed = False
        return g

    def check_file(
        self,
        path: str | os.PathLike[str],
        *,
        url: str | UrlEvidence | None = None,
        content_type: str | None = None,
    ) -> DocumentReport:
        """Check one file; unreadable files give an ``error`` report naming the file. ``url``
        as for :meth:`check`.

        A file over :data:`MAX_INPUT_BYTES` is ``skipped`` with a reason naming the limit;
        it is never read, let alone truncated.
        """
        self._require_open()
        name = str(path)
        given = without_userinfo(url.url if isinstance(url, UrlEvidence) else url)
        try:
            data = read_file(Path(path))
        except InputTooLargeError as e:
            return DocumentReport(name, given, None, None, "skipped", str(e))
        except InputError as e:
            return DocumentReport(name, given, None, None, "error", str(e))
        try:
            return self.check(data, url=url, content_type=content_type, path=name)
        except StoreUnavailableError as e:
            # The store's server was lost past its retries: this document is not checked
            # (never `clean`); the next one tries the server again.
            return DocumentReport(name, given, sha256_of(data), None, "error", str(e))

    def scan(
        self,
        paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
        *,
        urls: UrlManifest = None,
        progress: Progress | None = None,
        jobs: int = 1,
    ) -> ScanReport:
        """Check every file under ``paths`` (recursively; symlink loops are reported once).

        ``urls`` maps file paths (as walked) to the URLs they were crawled from (a crawl
        manifest: each is evidence with source ``"urls_manifest"``, see :meth:`check`).
        ``jobs > 1`` checks in that many worker processes, each with its own read-only Guard.
        The reports are kept :meth:`~reprint_guard.verdict.DocumentReport.slim` (passage
        texts, not page texts); for a scan of any size read them one by one with
        :meth:`iter_scan`.
        """
        with contextlib.closing(self.iter_scan(paths, urls=urls, progress=progress, jobs=jobs)) as it:
            return ScanReport(tuple(d.slim() for d in it))

    def iter_scan(
        self,
        paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
        *,
        urls: UrlManifest = None,
        progress: Progress | None = None,
        jobs: int = 1,
        skip: Iterable[str | os.PathLike[str]] = (),
    ) -> Iterator[DocumentReport]:
        """:meth:`scan`, one :class:`DocumentReport` per file as soon as it and every file
        before it are checked: input order, with ``jobs`` workers too. Nothing is kept
        between documents, so memory stays flat however many files there are.

        Closing the generator early (or Ctrl-C while it runs) stops the scan; with ``jobs >
        1`` the workers are stopped and pending files cancelled. Raises :class:`ConfigError`
        when ``jobs < 1`` (at the first ``next``). Files in ``skip`` (the ``--urls`` manifest)
        are not read from a walked folder.
        """
        self._require_open()
        if jobs < 1:
            raise ConfigError(f"jobs must be at least 1, got {jobs}")
        url_of = _url_lookup(urls)
        evidence_of = _manifest_evidence(url_of)
        files = [(str(path), problem) for path, problem in iter_files(paths, skip=(*self._own_folders(), *skip))]
        todo = [name for name, problem in files if not problem]
        done = 0

        def reported(name: str, rep: DocumentReport) -> DocumentReport:
            nonlocal done
            done += 1
            if progress:
                progress(done, len(files), name)
            return rep

        if jobs == 1 or len(todo) < 2:
            for name, problem in files:
                if problem:
                    yield reported(name, DocumentReport(name, without_userinfo(url_of(name)), None, None, "error", problem))
                else:
                    yield reported(name, self.check_file(name, url=evidence_of(name)))
            return
        engine = self._engine_for(jobs)
        finished = False
        try:
            results = engine.map([(name, evidence_of(name)) for name in todo])
            for name, problem in files:
                if problem:
                    yield reported(name, DocumentReport(name, without_userinfo(url_of(name)), None, None, "error", problem))
                else:
                    yield reported(name, next(results))
            finished = True
        finally:
            if not finished:
                # A worker that died, Ctrl-C or a caller that stopped early: do not hand this
                # engine (with work still queued) to the next scan.
                with self._engine_lock:
                    if self._engine is engine:
                        self._engine = None
                engine.close(wait=False)


# Other holders looked at per article when marking boilerplate: enough for any k in use.
_BOILERPLATE_MAX_HOLDERS = 64
def _covered(starts: np.ndarray, w: int, n: int) -> np.ndarray:
    """Which of ``n`` shingles the windows of ``w`` shingles starting at ``starts`` cover
    (bool array of shape ``(n,)``)."""
    hot = np.unique(starts)
    diff = np.zeros(n + 1, dtype=np.int64)
    np.add.at(diff, hot, 1)
    np.add.at(diff, np.minimum(hot + w, n), -1)
    return np.cumsum(diff[:-1]) > 0


# Share of an article's shingles another article's windows must cover to be a version of it (see
# Guard._boilerplate). A notice, a disclaimer or a follow line is a small part of an article; an
# edition with a new headline and a sentence changed holds nearly all of it.
_VERSION_SHARE = 0.5


class _HeaderLines:
    """A page's header lines read by their look (:attr:`Document.header_lines`: a short first
    line taken for the title, date and byline lines), put back before its text for an article
    that prints them verbatim as paragraphs (:func:`~reprint_guard.verify.holds_line`): a copy
    opening with a short paragraph copied it, it is no headline. Stored articles are not
    touched, so their fingerprints do not change and their own headlines stay out of them."""

    def __init__(self, doc: Document, scheme: FingerprintScheme) -> None:
        self._doc = doc
        self._scheme = scheme
        self._sides: dict[tuple[str, ...], tuple[Side, str]] = {}

    @functools.cached_property
    def _keys(self) -> list[tuple[str, str]]:
        return [(line, normalize(line).text.strip()) for line in self._doc.header_lines]

    def for_article(self, art: Side) -> tuple[Side, str] | None:
        """``(side, text)`` of the page with the lines ``art`` holds put back, or ``None``."""
        held = tuple(line for line, key in self._keys if holds_line(art, key))
        if not held:
            return None
        hit = self._sides.get(held)
        if hit is None:  # built once per set of lines (one set, nearly always)
            text = "\n".join((*held, self._doc.text))
            norm = normalize(text)
            hit = self._sides[held] = (Side.of(norm, shingle(norm.text, self._scheme)), text)
        return hit


@functools.lru_cache(maxsize=1 << 16)
def _owner_key(owner: tuple[str | None, str | None]) -> tuple[str, str]:
    """An article's ``(outlet, rights holder)`` as compared: case and spaces ignored, as licensees are."""
    return ("".join(owner[0].split()).casefold() if owner[0] else "", "".join(owner[1].split()).casefold() if owner[1] else "")


def _same_owner_key(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Whether two :func:`_owner_key` keys share an outlet or a rights holder."""
    return bool((a[0] and a[0] == b[0]) or (a[1] and a[1] == b[1]))


def _by_holder(win: np.ndarray, slot: np.ndarray, most: int) -> list[tuple[int, np.ndarray]]:
    """``[(holder, its windows)]`` for the first ``most`` holders in ``slot`` order, grouping
    ``win`` by ``slot`` with one sort (not one scan of ``slot`` per holder)."""
    order = np.argsort(slot, kind="stable")
    holders, firsts = np.unique(slot[order], return_index=True)
    bounds = [*firsts.tolist(), len(order)]
    return [(int(holders[i]), win[order[bounds[i] : bounds[i + 1]]]) for i in range(min(most, len(holders)))]








_LEAD_IN_CHARS = 40
"""Characters of the page before a copied passage read for a credit introducing it (据X报道：“)."""


def _lead_in(text: str, start: int) -> str:
    """The :data:`_LEAD_IN_CHARS` characters of ``text`` before offset ``start``, without a line
    they cut off at its start: a credit is read from whole lines ("X reports:" over the quoted
    text), and the tail of "Some stories courtesy of X and others." read alone is no statement
    about a site's content at large but "s courtesy of X" (a new user's trial)."""
    lo = max(0, start - _LEAD_IN_CHARS)
    lead = text[lo:start]
    if lo > 0 and text[lo - 1] != "\n" and "\n" in lead:
        lead = lead[lead.index("\n") + 1 :]
    return lead


def _licence(doc: Document, evidence: UrlEvidence | None, art: StoredArticle) -> Licence:
    """:func:`~reprint_guard.verdict.licence_of` for ``art``: its licensees and its own URL
    (its own page and host are no reprint of it). A web-archive snapshot of the article's own
    address (``web.archive.org/web/<timestamp>/<its URL>``: :func:`archived_original`) counts as
    that address; a snapshot of a licensee's or anyone else's page stays a page on the archive.
    An AMP cache's copy of a page (:func:`amp_cache_original`) is the publisher's page as served:
    a licensee's AMP page read from the cache is licensed."""
    own = (art.url,) if art.url else ()
    licence = licence_of(doc, evidence, (*art.licensees, *own))
    if licence.status == "licensed" or evidence is None:
        return licence
    served = amp_cache_original(evidence.url)
    if served is not None and licence_of(doc, replace(evidence, url=served), (*art.licensees, *own)).status == "licensed":
        return Licence("licensed", evidence=evidence.source)  # the licensee's own AMP page, read from a cache
    if not own:
        return licence
    original = archived_original(evidence.url)
    if original is not None and licence_of(doc, replace(evidence, url=original), own).status == "licensed":
        return Licence("licensed", evidence=evidence.source)
    return licence


UrlManifest = Union[Mapping[str, str], str, "os.PathLike[str]", None]
"""What ``urls`` may be: a mapping of file paths to the URLs they were crawled from, or the path
of a manifest file (:func:`~reprint_guard.manifest.read_url_manifest`: CSV ``path,url`` or
JSONL), or ``None``."""


def _url_lookup(urls: UrlManifest) -> Callable[[str], str | None]:
    """Look up a file's URL whether the manifest and the walk name it relatively or absolutely.
    Raises :class:`~reprint_guard.errors.InputError` for a manifest file that cannot be read,
    ``TypeError`` for anything but a mapping, a path or ``None``."""
    if isinstance(urls, (str, os.PathLike)):
        urls = read_url_manifest(urls)
    elif urls is not None and not isinstance(urls, Mapping):
        raise TypeError(
            "urls must map file paths to URLs (a dict; dict(pairs) for a list of pairs) or name a manifest "
            f"file (CSV path,url or JSONL), not {type(urls).__name__}"
        )
    by_abs = {os.path.abspath(k): v for k, v in (urls or {}).items()}
    return lambda name: by_abs.get(os.path.abspath(name))


def _manifest_evidence(url_of: Callable[[str], str | None]) -> Callable[[str], UrlEvidence | None]:
    """:func:`_url_lookup` giving evidence from a crawl manifest."""

    def lookup(name: str) -> UrlEvidence | None:
        url = url_of(name)
        return UrlEvidence(url, source="urls_manifest") if url else None

    return lookup


def _open_reader(location: str, scheme: FingerprintScheme, config: MatchConfig) -> Guard:
    """A read-only Guard on the store at ``location``: the checker factory of spawned workers
    (picklable as a ``functools.partial``). A directory goes as a ``Path``: its name may look
    like a mistyped URL once ``./`` is gone (``./redis:fp``), which a string would be refused for."""
    return Guard(open_store(location if is_redis_url(location) else Path(location), scheme), config)






__all__ = ["Guard", "MigrateResult", "ProtectOutcome", "ReprintGuardError", "resolve_store", "iter_files"]
