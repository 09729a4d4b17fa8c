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
import hashlib
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from .candidates import SIGNATURE_SLACK, any_window_pair_reaches, rank
from .config import EXTRACTOR_VERSION, NOTICE_VERSION, FingerprintScheme, MatchConfig
from .errors import ConfigError, InputError, InputTooLargeError, ReprintGuardError, StoreError
from .engines import Engine, LocalEngine
from .extract import extract
from .fingerprint import ArticleFingerprint, fingerprint_article, query_windows
from .models import Document
from .normalize import normalize
from .notice import parse_notice
from .shingle import shingle
from .store import BandIndex, IndexReplica, Original, StoredArticle, article_id, open_store
from .store.base import SCHEME_KEYS, Store, scheme_manifest
from .store.replica import INDEX_FILE_MIN_ENTRIES, INDEX_FILE_SLACK
from .verdict import (
    ArticleRef,
    DocumentReport,
    Match,
    ScanReport,
    classify,
    document_verdict,
    is_attributed,
    is_licensed,
    permission,
)
from .verify import Side, align

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

DEFAULT_STORE = "fingerprints"
STORE_ENV = "REPRINT_GUARD_STORE"
# Inputs larger than this are skipped with a reason rather than truncated.
# About 200 bytes of working memory per input byte (offset maps, tokens, shingle arrays):
# 16 MiB keeps one check under ~3.5 GB; real pages are well under 1 MiB.
MAX_INPUT_BYTES = 16 * 1024 * 1024
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

Progress = Callable[[int, int, str], None]
"""``progress(done, total, item)``: called after each item; ``total`` may be 0 if unknown."""


def resolve_store(store: str | os.PathLike[str] | None) -> Path:
    """The store directory: ``store`` if given, else ``$REPRINT_GUARD_STORE``, else ``./fingerprints``."""
    if store:
        return Path(store)
    env = os.environ.get(STORE_ENV)
    return Path(env) if env else Path(DEFAULT_STORE)


@dataclass(frozen=True)
class ProtectOutcome:
    """What happened to one input of :meth:`Guard.protect`.

    ``status`` is ``added``, ``updated``, ``unchanged``, ``skipped`` (too short, empty, not
    text or too large, see ``reason``) or ``error`` (unreadable, see ``reason``). An ``added``
    article whose bytes equal an already protected one says so in ``reason``.
    """

    source: str
    status: str
    id: str | None = None
    title: str | None = None
    reason: str | None = None


@dataclass(frozen=True)
class UpgradeResult:
    """What :meth:`Guard.upgrade` did to a store.

    ``from_version``/``to_version``: the store format before and after (equal when nothing
    was migrated). ``reextracted``: articles extracted again from their stored input;
    ``reparsed``: articles without a stored input whose notice text was parsed again and body
    fingerprinted again; ``changed``: those of both whose stored content changed.
    ``needs_original``: articles made by an older extractor (or before stores kept inputs)
    that only their original file can bring up to date (``reprint-guard protect`` it again);
    ``skipped``: articles whose stored input no longer yields an article (kept as they were,
    with the reason).
    """

    store: str
    from_version: int
    to_version: int
    refingerprinted: bool
    reextracted: tuple[str, ...]
    reparsed: tuple[str, ...]
    changed: tuple[str, ...]
    needs_original: tuple[ArticleRef, ...]
    skipped: tuple[ProtectOutcome, ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "store": self.store,
            "from_version": self.from_version,
            "to_version": self.to_version,
            "refingerprinted": self.refingerprinted,
            "reextracted": list(self.reextracted),
            "reparsed": list(self.reparsed),
            "changed": list(self.changed),
            "needs_original": [{"id": a.id, "source": a.source, "title": a.title} for a in self.needs_original],
            "skipped": [{"id": o.id, "source": o.source, "reason": o.reason} for o in self.skipped],
        }


def _sha256(data: str | bytes) -> str:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()


def _fingerprint(text: str, scheme: FingerprintScheme, min_tokens: int) -> ArticleFingerprint | str:
    """The fingerprint of an article's body, or the reason it is too short to take one."""
    sh = shingle(normalize(text).text, scheme)
    if len(sh.tokens) < min_tokens or len(sh) == 0:
        return f"too short to fingerprint: {len(sh.tokens)} content tokens, at least {min_tokens} needed"
    return fingerprint_article(sh, scheme)


def _read(path: Path) -> bytes:
    """The bytes of a regular file, at most :data:`MAX_INPUT_BYTES` of them.

    Raises :class:`InputError` naming the file when it cannot be opened (missing, dangling
    or looping symlink, no permission), is not a regular file (a FIFO, device or socket,
    which could block or never end) or is over the limit, even if it grew after ``stat``.
    """
    import stat

    def too_large(size: int | str) -> InputTooLargeError:
        return InputTooLargeError(
            f"too large: {path} is {size} bytes, over the {MAX_INPUT_BYTES // 2**20} MiB "
            f"({MAX_INPUT_BYTES}-byte) input limit; split it or extract the text first",
            path=str(path),
        )

    try:
        # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as e:
        raise InputError(f"cannot read {path}: {e.strerror or e}", path=str(path)) from None
    try:
        with os.fdopen(fd, "rb") as fh:
            st = os.fstat(fh.fileno())
            if stat.S_ISDIR(st.st_mode):
                raise InputError(f"cannot read {path}: it is a directory", path=str(path))
            if not stat.S_ISREG(st.st_mode):
                raise InputError(
                    f"cannot read {path}: not a regular file (a FIFO, socket or device)", path=str(path)
                )
            if st.st_size > MAX_INPUT_BYTES:
                raise too_large(st.st_size)
            data = fh.read(MAX_INPUT_BYTES + 1)
    except OSError as e:
        raise InputError(f"cannot read {path}: {e.strerror or e}", path=str(path)) from None
    if len(data) > MAX_INPUT_BYTES:
        raise too_large(f"more than {MAX_INPUT_BYTES}")  # it grew while we read it
    return data


class _LRU:
    """A thread-safe least-recently-used map of article row ids to derived data."""

    def __init__(self, capacity: int, items: Iterable[tuple[int, object]] = ()) -> None:
        self.capacity = capacity
        self._d: OrderedDict[int, Any] = OrderedDict(items)
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._d)

    def get(self, key: int) -> Any:
        with self._lock:
            hit = self._d.get(key)
            if hit is not None:
                self._d.move_to_end(key)
            return hit

    def put(self, key: int, value: object) -> None:
        with self._lock:
            self._d[key] = value
            self._d.move_to_end(key)
            while len(self._d) > self.capacity:
                self._d.popitem(last=False)

    def pop(self, key: int) -> None:
        with self._lock:
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
            store, on_change=self._forget, min_file_entries=INDEX_FILE_MIN_ENTRIES, file_slack=INDEX_FILE_SLACK
        )
        self._engine: Engine | None = None  # scan workers, kept between scans
        self._engine_lock = threading.Lock()
        self._cache = _LRU(ARTICLE_CACHE)  # rowid -> (StoredArticle, Side)
        self._tiles = _LRU(SIGNATURE_CACHE)  # rowid -> stored passage signatures
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
    ) -> Guard:
        """Open the store (resolved with :func:`resolve_store`) and load its index.

        ``create=True`` creates a missing store and opens it for writing (needed by
        :meth:`protect` and :meth:`remove`); otherwise it is opened read-only.
        Raises :class:`~reprint_guard.errors.StoreError` when the store is missing or unusable
        and :class:`~reprint_guard.errors.IncompatibleStoreError` when it was made with
        another fingerprint scheme.
        """
        st = open_store(resolve_store(store), scheme or FingerprintScheme(), create=create)
        return cls(st, config or MatchConfig())

    def close(self) -> None:
        """Stop scan workers and close the store; a writable Guard first rewrites the index
        file if it is due."""
        try:
            with self._engine_lock:
                self._shutdown_engine()
            if self.store.writable:
                self.refresh()
                self._replica.save_if_due()
        finally:
            self.store.close()

    def __enter__(self) -> Guard:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- index maintenance ------------------------------------------------------------------
    def refresh(self) -> None:
        """Catch up with articles protected or removed since the last call (any process)."""
        self._replica.refresh()

    def _forget(self, rowids: Sequence[int]) -> None:
        """Drop what the caches hold of articles changed or removed (called by the replica)."""
        for rowid in rowids:
            self._cache.pop(rowid)
            self._tiles.pop(rowid)

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
        """Number of protected articles in the index."""
        return len(self._replica)

    # -- protecting -------------------------------------------------------------------------
    def protect_document(
        self,
        data: str | bytes,
        *,
        source: str,
        url: str | None = None,
        content_type: str | None = None,
        licensees: Sequence[str] = (),
    ) -> ProtectOutcome:
        """Fingerprint one article and store it atomically under ``source``.

        Returns a :class:`ProtectOutcome`; an empty or too-short article is ``skipped``.
        Raises :class:`InputError` for binary or undecodable input and
        :class:`~reprint_guard.errors.StoreError` when the store cannot be written.
        """
        doc = extract(data, content_type=content_type, url=url, path=source)
        fp = _fingerprint(doc.text, self.scheme, self.config.min_tokens)
        if isinstance(fp, str):
            return ProtectOutcome(source, "skipped", title=doc.title, reason=fp)
        notice = parse_notice(doc.notice_text, site=doc.outlet) if doc.notice_text else None
        sha = _sha256(data)
        # The same file protected under another path spelling is the same article to a reader:
        # say so, and carry its licensees over so its licensed copies stay licensed.
        twins = [t for t in self.store.same_content(sha) if t[0] != article_id(source)]
        licensees = tuple(dict.fromkeys((*licensees, *(lic for t in twins for lic in t[2]))))
        aid, status = self.store.put(
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
        urls: dict[str, str] | None = None,
        progress: Progress | None = None,
    ) -> list[ProtectOutcome]:
        """Protect article files (directories are walked).

        Each file is stored all-or-nothing; commits come every :data:`PROTECT_BATCH` files or
        :data:`PROTECT_BATCH_SECONDS`, and on Ctrl-C for the files completed, so a crash loses
        at most the uncommitted batch (running the command again adds it; committed files come
        back ``unchanged``). A bad file becomes an ``error`` outcome and the rest go in. Raises
        :class:`~reprint_guard.errors.StoreError` when the store cannot be written at all.
        """
        files = list(iter_files(paths))
        url_of = _url_lookup(urls)
        out: list[ProtectOutcome] = []
        batch = contextlib.ExitStack()
        pending, started = 0, 0.0
        try:
            for i, (path, problem) in enumerate(files):
                if not pending:
                    batch.enter_context(self.store.batch())
                    started = time.monotonic()
                out.append(self._protect_file(path, problem, url_of, licensees))
                pending += 1
                if pending >= PROTECT_BATCH or time.monotonic() - started >= PROTECT_BATCH_SECONDS:
                    batch.close()  # commit
                    pending = 0
                if progress:
                    progress(i + 1, len(files), str(path))
        finally:
            batch.close()  # commits what completed, on Ctrl-C too
        self.refresh()
        self._replica.save_if_due()
        return out

    def _protect_file(
        self, path: Path, problem: str | None, url_of: Callable[[str], str | None], licensees: Sequence[str]
    ) -> ProtectOutcome:
        name = str(path)
        if problem:
            return ProtectOutcome(name, "error", reason=problem)
        try:
            data = _read(path)
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
        removed = self.store.remove(list(ids))
        self.refresh()
        self._replica.save_if_due()
        return removed

    def articles(self) -> list[StoredArticle]:
        """Every protected article, oldest first."""
        return self.store.articles()

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
        articles made by an older extractor or notice parser (:data:`~reprint_guard.config.
        EXTRACTOR_VERSION`, :data:`~reprint_guard.config.NOTICE_VERSION`); for articles stored
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
        reextracted: list[str] = []
        reparsed: list[str] = []
        changed: list[str] = []
        needs: list[ArticleRef] = []
        skipped: list[ProtectOutcome] = []
        try:
            with st.atomic():
                states = st.states()
                for i, state in enumerate(states):
                    art = st.get(state.id)
                    if art is None:
                        continue
                    outdated = (state.extractor_version, state.notice_version) != (EXTRACTOR_VERSION, NOTICE_VERSION)
                    original = st.original(state.id) if state.has_original else None
                    if original is not None and (outdated or refingerprint):
                        done = _reextract(st, art, original, scheme, min_tokens)
                        reextracted.append(art.id)
                    elif original is None and (state.notice_version != NOTICE_VERSION or refingerprint):
                        done = _reparse(st, art, state.extractor_version, scheme, min_tokens)
                        reparsed.append(art.id)
                    else:
                        done = False
                    if isinstance(done, str):
                        skipped.append(ProtectOutcome(art.source, "skipped", art.id, art.title, done))
                    elif done:
                        changed.append(art.id)
                    if original is None and state.extractor_version != EXTRACTOR_VERSION:
                        needs.append(ArticleRef(art.id, art.title, art.source, art.url, art.date, art.outlet))
                    if progress:
                        progress(i + 1, len(states), art.source)
                after = st.states()
                entries: dict[str, object] = {
                    "extractor_version": _common({s.extractor_version for s in after}, EXTRACTOR_VERSION),
                    "notice_version": _common({s.notice_version for s in after}, NOTICE_VERSION),
                }
                if refingerprint and skipped:
                    # Their signatures would stay in the old scheme: keep everything as it was.
                    raise StoreError(
                        f"cannot refingerprint {st.location}: "
                        + "; ".join(f"article {o.id} ({o.source}): {o.reason}" for o in skipped)
                        + ". Nothing was changed. Remove those articles (reprint-guard remove ID) and run "
                        "`reprint-guard upgrade --refingerprint` again"
                    )
                if refingerprint:
                    want = scheme_manifest(scheme)
                    entries.update({k: want[k] for k in (*SCHEME_KEYS, "opencc_version")})
                st.set_manifest(entries)
            to_version = int(st.manifest()["store_version"])  # type: ignore[call-overload]
        finally:
            st.close()
        return UpgradeResult(
            st.location, from_version, to_version, refingerprint, tuple(reextracted), tuple(reparsed),
            tuple(changed), tuple(needs), tuple(skipped),
        )  # fmt: skip

    # -- checking ---------------------------------------------------------------------------
    def _article(self, rowid: int) -> tuple[StoredArticle, Side] | None:
        hit = self._cache.get(rowid)
        if hit is not None:
            return hit
        art = self.store.get_rowid(rowid)
        if art is None:
            return None
        norm = normalize(art.body)
        entry = (art, Side.of(norm, shingle(norm.text, self.scheme)))
        self._cache.put(rowid, entry)
        return entry

    def check(
        self,
        data: str | bytes,
        *,
        url: str | None = None,
        content_type: str | None = None,
        path: str | None = None,
        config: MatchConfig | None = None,
    ) -> DocumentReport:
        """Check one text or page against every protected article.

        Args:
            data: the text (``str``) or the raw bytes of a page or text file, any encoding.
            url: where the document was found; decides licensing by host (overrides the
                page's canonical/og:url link).
            content_type: an HTTP Content-Type (``text/html; charset=gbk``), ``html``,
                ``text`` or ``None`` to sniff.
            path: a name for the report.
            config: thresholds for this check (defaults to the Guard's).

        Returns:
            A frozen :class:`DocumentReport`; input problems become ``skipped``/``error``
            verdicts with a reason rather than exceptions.
        """
        cfg = config or self.config
        self.refresh()
        sha = _sha256(data)
        if isinstance(data, bytes) and len(data) > MAX_INPUT_BYTES:
            return DocumentReport(
                path, url, sha, None, "skipped",
                f"too large: {len(data)} bytes, over the {MAX_INPUT_BYTES}-byte input limit",
            )
        try:
            doc = extract(data, content_type=content_type, url=url, path=path)
        except InputError as e:  # the extractor only refuses input that is not text
            return DocumentReport(path, url, sha, None, "skipped", str(e))
        doc_url = url or doc.url
        if not doc.text.strip():
            return DocumentReport(path, doc_url, sha, doc.decoding, "skipped", "empty: no text extracted", title=doc.title)
        norm = normalize(doc.text)
        sh = shingle(norm.text, self.scheme)
        if len(sh.tokens) < cfg.min_tokens or len(sh) == 0:
            return DocumentReport(
                path,
                doc_url,
                sha,
                doc.decoding,
                "skipped",
                f"too short: {len(sh.tokens)} content tokens, at least {cfg.min_tokens} needed",
                title=doc.title,
            )
        matches = self._matches(doc, doc_url, Side.of(norm, sh), cfg)
        verdict, ordered = document_verdict(matches)
        return DocumentReport(path, doc_url, sha, doc.decoding, verdict, None, ordered, title=doc.title)

    def _passage_signatures(self, rowids: list[int]) -> dict[int, np.ndarray]:
        """Stored passage signatures of candidates, through a small LRU cache."""
        out: dict[int, np.ndarray] = {}
        for r in rowids:
            hit = self._tiles.get(r)
            if hit is not None:
                out[r] = hit
        missing = [r for r in rowids if r not in out]
        if missing:
            got = self.store.passage_signatures_of(missing)
            out.update(got)
            for r, sigs in got.items():
                self._tiles.put(r, sigs)
        return out

    def _candidates(self, side: Side) -> list[int]:
        """Slots worth verifying, best first (see :mod:`reprint_guard.candidates`)."""
        qw = query_windows(side.shingles, self.scheme)
        cands = rank(self._replica.index.hits(qw.keys), limit=MAX_CANDIDATES)
        weak = [c.slot for c in cands if c.score < SIGNATURE_CHECK_BELOW]
        tiles = self._passage_signatures(weak) if weak else {}
        # Chinese windows only: see candidates.SIGNATURE_SLACK.
        need = np.where(qw.is_cjk, self.scheme.passage_threshold * SIGNATURE_SLACK, 0.0)
        out = []
        for c in cands:
            if c.score < SIGNATURE_CHECK_BELOW:
                win = np.unique(qw.window[c.query_pos])
                if not any_window_pair_reaches(qw.sigs[win], tiles.get(c.slot, qw.sigs[:0]), need[win]):
                    continue
            out.append(c.slot)
        return out

    def _matches(self, doc: Document, doc_url: str | None, side: Side, cfg: MatchConfig) -> list[Match]:
        matches = []
        for rowid in self._candidates(side):
            got = self._article(rowid)
            if got is None:
                continue  # removed by another process since the index was loaded
            art, art_side = got
            al = align(side, art_side, cfg)
            kind = classify(al, cfg)
            if kind is None:
                continue
            notice = art.notice
            attributed = is_attributed(doc, art.outlet, notice.rights_holder if notice else None, art.url)
            # Only the article's own notice can permit a use; the page can only meet its conditions.
            permitted, unmet = permission(kind, notice, attributed=attributed, doc=doc)
            matches.append(
                Match(
                    article=ArticleRef(art.id, art.title, art.source, art.url, art.date, art.outlet),
                    kind=kind,
                    # The publisher's own site is not a reprint of its own article.
                    licensed=is_licensed(doc, doc_url, (*art.licensees, *((art.url,) if art.url else ()))),
                    attributed=attributed,
                    alignment=al,
                    notice=notice,
                    document_text=doc.text,
                    permitted=permitted,
                    unmet_conditions=unmet,
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
        g._cache, g._tiles = self._cache.copy(), self._tiles.copy()
        return g

    def check_file(
        self, path: str | os.PathLike[str], *, url: str | None = None, content_type: str | None = None
    ) -> DocumentReport:
        """Check one file; unreadable files give an ``error`` report naming the file.

        A file over :data:`MAX_INPUT_BYTES` is ``skipped`` with a reason naming the limit;
        it is never read, let alone truncated.
        """
        name = str(path)
        try:
            data = _read(Path(path))
        except InputTooLargeError as e:
            return DocumentReport(name, url, None, None, "skipped", str(e))
        except InputError as e:
            return DocumentReport(name, url, None, None, "error", str(e))
        return self.check(data, url=url, content_type=content_type, path=name)

    def scan(
        self,
        paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
        *,
        urls: dict[str, str] | None = None,
        progress: Progress | None = None,
        jobs: int = 1,
    ) -> ScanReport:
        """Check every file under ``paths`` (recursively; symlink loops are reported once).

        ``urls`` maps file paths (as walked) to the URLs they were crawled from. ``jobs > 1``
        checks in that many worker processes, each with its own read-only Guard.
        """
        if jobs < 1:
            raise ConfigError(f"jobs must be at least 1, got {jobs}")
        url_of = _url_lookup(urls)
        files = list(iter_files(paths))
        reports: list[DocumentReport | None] = [None] * len(files)
        todo = []
        for i, (path, problem) in enumerate(files):
            if problem:
                reports[i] = DocumentReport(str(path), url_of(str(path)), None, None, "error", problem)
            else:
                todo.append(i)
        done = len(files) - len(todo)
        if jobs == 1 or len(todo) < 2:
            for i in todo:
                name = str(files[i][0])
                reports[i] = self.check_file(name, url=url_of(name))
                done += 1
                if progress:
                    progress(done, len(files), name)
        else:
            args = [(str(files[i][0]), url_of(str(files[i][0]))) for i in todo]
            engine = self._engine_for(jobs)
            try:
                for i, rep in zip(todo, engine.map(args)):
                    reports[i] = rep
                    done += 1
                    if progress:
                        progress(done, len(files), str(files[i][0]))
            except BaseException:
                # A worker that died, or Ctrl-C: do not hand this engine to the next scan.
                with self._engine_lock:
                    if self._engine is engine:
                        self._engine = None
                engine.close(wait=False)
                raise
        return ScanReport(tuple(r for r in reports if r is not None))


def _common(versions: set[int | None], current: int) -> int | None:
    """The version every article is at (``current`` for no article), or ``None`` (mixed, or
    unknown for some)."""
    if not versions:
        return current
    return next(iter(versions)) if len(versions) == 1 else None


def _reextract(
    st: Store, art: StoredArticle, original: Original, scheme: FingerprintScheme, min_tokens: int
) -> bool | str:
    """Extract ``art`` again from its stored input and rewrite it: whether it changed, or why it
    was kept as it was (the input no longer yields an article)."""
    try:
        doc = extract(original.data, content_type=original.content_type, url=original.url, path=art.source)
    except InputError as e:
        return str(e)
    fp = _fingerprint(doc.text, scheme, min_tokens)
    if isinstance(fp, str):
        return fp
    notice = parse_notice(doc.notice_text, site=doc.outlet) if doc.notice_text else None
    return st.rewrite(
        art.id, body=doc.text, title=doc.title, date=doc.date, outlet=doc.outlet, decoding=doc.decoding,
        notice=notice, fingerprint=fp, extractor_version=EXTRACTOR_VERSION, notice_version=NOTICE_VERSION,
    )  # fmt: skip


def _reparse(
    st: Store, art: StoredArticle, extractor_version: int | None, scheme: FingerprintScheme, min_tokens: int
) -> bool | str:
    """Parse the stored notice text of ``art`` again and fingerprint its stored body again:
    whether it changed, or why it was kept as it was."""
    fp = _fingerprint(art.body, scheme, min_tokens)
    if isinstance(fp, str):
        return fp
    notice = parse_notice(art.notice.text, site=art.outlet) if art.notice else None
    return st.rewrite(
        art.id, body=art.body, title=art.title, date=art.date, outlet=art.outlet, decoding=art.decoding,
        notice=notice, fingerprint=fp, extractor_version=extractor_version, notice_version=NOTICE_VERSION,
    )  # fmt: skip


def _url_lookup(urls: dict[str, str] | None) -> Callable[[str], str | None]:
    """Look up a file's URL whether the manifest and the walk name it relatively or absolutely."""
    by_abs = {os.path.abspath(k): v for k, v in (urls or {}).items()}
    return lambda name: by_abs.get(os.path.abspath(name))


def _open_reader(location: str, scheme: FingerprintScheme, config: MatchConfig) -> Guard:
    """A read-only Guard on the store at ``location``: the checker factory of spawned workers
    (picklable as a ``functools.partial``)."""
    return Guard(open_store(location, scheme), config)


def iter_files(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
) -> Iterator[tuple[Path, str | None]]:
    """Files under ``paths`` in a stable order: ``(path, problem)``.

    ``paths`` is a list of paths, or one path (``guard.scan("crawl")`` scans that folder, not
    the characters of its name).

    Directories are walked recursively in name order, following symlinks; a symlink loop, a
    missing path, an unreadable directory or an entry that is not a file (FIFO, socket,
    device) yields ``(path, reason)`` instead of raising. Hidden files and directories
    (``.name``) are skipped inside walked directories; a directory reached a second time
    through another symlink is not walked again. Inside a directory a symlink to a file is
    yielded as a file, a dangling one too (reading it then fails with a reason).
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    for p in paths:
        root = Path(p)
        if not root.exists():
            yield root, f"{root} does not exist"
            continue
        if not root.is_dir():
            yield root, None
            continue
        yield from _walk(root, set())


def _walk(top: Path, seen: set[tuple[int, int]]) -> Iterator[tuple[Path, str | None]]:
    """Depth-first walk of ``top`` in name order, with an explicit stack (no recursion
    limit on deep trees). ``seen`` holds the ``(st_dev, st_ino)`` of walked directories.

    A directory whose identity is on the current path (an ancestor) is a symlink loop and is
    reported once, where the link is; one already walked elsewhere is skipped silently, its
    files having been yielded under their first path.
    """
    # Each frame: (directory identity, iterator over its sorted entries).
    stack: list[tuple[tuple[int, int], Iterator[os.DirEntry[str]]]] = []
    on_path: set[tuple[int, int]] = set()

    def enter(d: Path) -> tuple[Path, str] | None:
        try:
            st = d.stat()
        except OSError as e:
            return d, f"cannot read directory {d}: {e.strerror or e}"
        key = (st.st_dev, st.st_ino)
        if key in on_path:
            return d, f"symlink loop: {d} leads back to {os.path.realpath(d)}, a directory being scanned"
        if key in seen:
            return None
        try:
            with os.scandir(d) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as e:
            return d, f"cannot read directory {d}: {e.strerror or e}"
        seen.add(key)
        on_path.add(key)
        stack.append((key, iter(entries)))
        return None

    problem = enter(top)
    if problem:
        yield problem
    while stack:
        key, entries = stack[-1]
        e = next(entries, None)
        if e is None:
            stack.pop()
            on_path.discard(key)
            continue
        if e.name.startswith("."):
            continue
        path = Path(e.path)
        try:
            is_dir = e.is_dir()  # follows symlinks
        except OSError:
            is_dir = False
        if is_dir:
            problem = enter(path)
            if problem:
                yield problem
            continue
        try:
            is_file = e.is_file()
        except OSError:
            is_file = False
        if is_file or e.is_symlink():
            yield path, None  # a dangling or looping file symlink fails when read, with a reason
        else:
            yield path, f"cannot read {path}: not a regular file (a FIFO, socket or device)"


__all__ = ["Guard", "ProtectOutcome", "ReprintGuardError", "resolve_store", "iter_files"]
