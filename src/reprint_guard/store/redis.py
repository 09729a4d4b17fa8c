"""The Redis backend of the fingerprint store (:class:`RedisStore`): one store for many workers.

``redis://[user:password@]host:6379/0?prefix=NAME`` (``rediss://`` for TLS; the prefix,
``reprint_guard`` by default, lets several stores share one server). Redis holds the truth;
each process keeps its band index in memory or memory-mapped (the
:class:`~reprint_guard.store.replica.IndexReplica`), catches up from the change log before a
check, and starts from a snapshot of the index kept in Redis and cached on local disk.

Key layout (``P`` is the prefix; article rows are grouped 1,024 to a hash, so 100,000 articles
make a few hundred keys, not one key per band key as datasketch's ``MinHashLSH`` does)::

    P:manifest        hash   entry -> JSON (format, scheme, versions, store_uid)
    P:ids             hash   article id -> row id
    P:sha             hash   content SHA-256 -> row ids ("3,17"), for twins
    P:rowid           string the last row id handed out (never reused)
    P:seq             string the newest change's sequence number
    P:log             stream change log: entry id "<seq>-1", fields r (row id), o (add/update/remove)
    P:m:<b>           hash   row id -> article metadata, JSON (b = row id // 1024)
    P:t:<b>           hash   row id -> body text, zlib-compressed UTF-8
    P:o:<b>           hash   row id -> original input, zlib-compressed (when given)
    P:s:<b>           hash   row id -> signatures: header, LeanMinHash bytes, passage starts
                             (int32) and passage signatures (uint32), little-endian
    P:k:<b>           hash   row id -> LSH band keys (uint64, little-endian)
    P:snap            string JSON of the current index snapshot (generation, seq, size, SHA-256)
    P:snap:<g>:<i>    string chunk i (8 MiB) of snapshot generation g: the band index file

Writes are Lua scripts, each atomic on the server: a row id and a sequence number are handed
out inside the script that writes the article and its change-log entry, so two processes
protecting at once lose nothing and duplicate nothing. An update is a compare-and-set on the
metadata the writer read (a conflict re-reads and tries again).

Every command retries a lost connection a bounded number of times with exponential backoff
(about 3 s in all); after that a :class:`~reprint_guard.errors.StoreUnavailableError` says so
with the URL's password redacted. Needs the ``redis`` package (``pip install
'reprint-guard[redis]'``).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shlex
import threading
import uuid
import zlib
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

import numpy as np

from ..config import FingerprintScheme
from ..errors import StoreError, StoreUnavailableError
from ..fingerprint import ArticleFingerprint, from_bytes, to_bytes
from ..ingest import EXTRACTOR_VERSION
from ..models import Decoding, LicenceNotice
from ..notice import NOTICE_VERSION
from .base import (
    STORE_VERSION,
    ArticleRecord,
    ArticleState,
    Fetched,
    Original,
    store_digest,
    StoredArticle,
    article_id,
    check_manifest,
    decoding_from_str,
    decoding_to_str,
    json_text,
    notice_from_json,
    notice_to_json,
    scheme_manifest,
)
from .redis_scripts import CREATE as _CREATE
from .redis_scripts import PUT as _PUT
from .redis_scripts import READ as _READ
from .redis_scripts import READ_FOR_PUT as _READ_FOR_PUT
from .redis_scripts import REMOVE as _REMOVE
from .redis_scripts import _SIG_HEADER, _pack_original, _pack_signatures, _unpack_original, _unpack_signatures
from .redis_snapshot import SNAPSHOT_SLACK, pull_index, publish_index
from .redis_watch import SeqWatch
from .sqlite import INDEX_FILE

if TYPE_CHECKING:
    from datasketch import LeanMinHash

SCHEMES = ("redis", "rediss", "unix")
DEFAULT_PREFIX = "reprint_guard"
# Article rows per hash key: big enough that per-key overhead vanishes, small enough that a
# whole bucket (band keys for a rebuild) is a few MB.
BUCKET = 1024
# Lost connections: retried this many times with exponential backoff from 50 ms to 1 s.
RETRIES = 5
CONNECT_TIMEOUT_S = 2.0
# A server that stops answering (paused, partitioned) fails a request after this long, and a
# timed-out request is not retried: a scan then reports its documents as `error` instead of
# hanging. Override per store with ?socket_timeout=S in the URL (redis-py reads it).
SOCKET_TIMEOUT_S = 5.0
# Compare-and-set conflicts (another process wrote the same article) before giving up.
_CAS_ATTEMPTS = 20

def is_redis_url(text: str) -> bool:
    """Whether ``text`` names a Redis store (``redis://``, ``rediss://``, ``unix://``)."""
    return text.split("://", 1)[0].lower() in SCHEMES and "://" in text


def redact(url: str) -> str:
    """``url`` with its password (if any) replaced by ``***``, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user = quote(unquote(parts.username or ""), safe="")
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{user}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def split_url(url: str) -> tuple[str, str]:
    """``(url for redis-py, prefix)``: the ``prefix`` query parameter taken out."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    prefix = next((v for k, v in query if k == "prefix"), DEFAULT_PREFIX)
    if not prefix or any(c in prefix for c in " \t\r\n{}"):
        raise StoreError(f"--store {redact(url)}: prefix {prefix!r} must be non-empty, without spaces or braces")
    rest = urlencode([(k, v) for k, v in query if k != "prefix"])
    # urlunsplit drops the "//" of an empty netloc (unix:///run/redis.sock → unix:/run/…),
    # which redis-py then refuses: put it back.
    client = f"{parts.scheme}://{parts.netloc}{parts.path}" + (f"?{rest}" if rest else "")
    return client, prefix


def _bucket(rowid: int) -> int:
    return rowid // BUCKET


def _article(
    rowid: int, meta: bytes | str, body: bytes, shown: str = "the store", id_of: Callable[[int], str | None] | None = None
) -> StoredArticle:
    """One stored article from its meta and body fields. Raises :class:`StoreError` naming the
    article (never quoting its text) when a field is damaged: not JSON, not zlib, not UTF-8.
    The article's id comes from its metadata, else from ``id_of(rowid)`` (the store's id
    index, read only on this error path), so that the message can say what to remove."""
    try:
        return _decode_article(rowid, meta, body)
    except (ValueError, KeyError, TypeError, zlib.error) as e:  # UnicodeDecodeError is a ValueError
        try:
            aid = json.loads(meta)["id"]
        except (ValueError, KeyError, TypeError):
            aid = None
        if not isinstance(aid, str) and id_of is not None:
            aid = id_of(rowid)
        if not isinstance(aid, str) or not aid:
            aid = None
        name = f"article {aid} (row {rowid})" if aid else f"row {rowid}, whose article id is not in the store's id index"
        fix = (
            f"Restore it from a backup, or remove that article and protect its file again: reprint-guard remove {aid} --store {shlex.quote(shown)}"
            if aid
            else "Restore it from a backup, or protect the articles again into a new store"
        )
        raise StoreError(
            f"the fingerprint store {shown} is corrupted: the stored {name} cannot be read "
            f"({_damage(e)}). Nothing was changed. {fix}"
        ) from None


def _damage(e: Exception) -> str:
    """What is wrong with a stored field, in words (zlib's own error class is named "error")."""
    if isinstance(e, zlib.error):
        return "its text is not zlib-compressed data"
    if isinstance(e, UnicodeDecodeError):
        return "its text is not valid UTF-8"
    if isinstance(e, json.JSONDecodeError):
        return "its metadata is not valid JSON"
    if isinstance(e, KeyError):
        return f"its metadata lacks the field {e.args[0]!r}"
    return f"{type(e).__name__}: {e}"[:200]


def _decode_article(rowid: int, meta: bytes | str, body: bytes) -> StoredArticle:
    m = json.loads(meta)
    return StoredArticle(
        rowid=rowid,
        id=m["id"],
        source=m["source"],
        url=m["url"],
        title=m["title"],
        date=m["date"],
        outlet=m["outlet"],
        body=zlib.decompress(body).decode("utf-8"),
        notice=notice_from_json(m["notice"]),
        content_sha256=m["content_sha256"],
        decoding=decoding_from_str(m["decoding"]),
        licensees=tuple(m["licensees"]),
        protected_at=m["protected_at"],
        updated_at=m["updated_at"],
    )


def _retry(retry_cls: Any, backoff: Any, refused: tuple[type[Exception], ...]) -> Any:
    """redis-py's ``Retry`` (bounded, with ``backoff``) for lost connections, except that the
    ``refused`` errors fail at once: a refused login (``AuthenticationError``, a
    ``ConnectionError`` to redis-py: no password gets better by asking again, and retrying it
    took ~1.5 s) and a request that timed out (a stalled server: five more waits of
    ``socket_timeout`` each would stall every check of a scan for half a minute)."""

    class _LoginRefused(Exception):
        def __init__(self, error: Exception) -> None:
            self.error = error

    class FailFastRetry(retry_cls):  # type: ignore[misc, valid-type]
        def call_with_retry(self, do: Any, fail: Any, *args: Any, **kwargs: Any) -> Any:
            def attempt() -> Any:
                try:
                    return do()
                except refused as e:  # not one of the retried errors any more
                    raise _LoginRefused(e) from None

            try:
                return super().call_with_retry(attempt, fail, *args, **kwargs)
            except _LoginRefused as e:
                raise e.error from None

    return FailFastRetry(backoff, RETRIES)


class RedisStore:
    """A fingerprint store in Redis (implements :class:`~reprint_guard.store.base.Store`).

    Use :meth:`open`. One ``redis.Redis`` client (a thread-safe connection pool) per handle;
    :meth:`reader` makes another for a forked worker. ``cache_dir`` is where this machine keeps
    the band index snapshot (``<cache_dir>/redis-<store_uid>/band-index.bin``); ``None`` keeps
    none (the index is built from Redis on every open).
    """

    def __init__(
        self, url: str, scheme: FingerprintScheme, *, writable: bool, cache_dir: Path | None = None
    ) -> None:
        try:
            import redis
            from redis.backoff import ExponentialBackoff, NoBackoff
            from redis.retry import Retry
        except ImportError:
            raise StoreError(
                f"--store {redact(url)} needs the redis package: pip install 'reprint-guard[redis]'"
            ) from None
        self.url = url
        self.shown = redact(url)
        client_url, self.prefix = split_url(url)
        self.scheme = scheme
        self.writable = writable
        self.cache_dir = cache_dir
        self._uid: str | None = None
        self._local = threading.local()
        self._redis = redis
        try:
            self._r = redis.Redis.from_url(
                client_url,
                socket_connect_timeout=CONNECT_TIMEOUT_S,
                socket_timeout=SOCKET_TIMEOUT_S,
                retry=_retry(Retry, ExponentialBackoff(cap=1.0, base=0.05), (redis.AuthenticationError, redis.TimeoutError)),
                retry_on_error=[redis.ConnectionError],
                health_check_interval=0,
            )
            # redis-py passes unknown query parameters on to the connection class, which only
            # refuses them at the first command: build one connection (no I/O) to refuse now.
            pool = self._r.connection_pool
            pool.connection_class(**pool.connection_kwargs)
        except (ValueError, TypeError) as e:
            bad = re.search(r"unexpected keyword argument '(\w+)'", str(e))
            why = f"unknown query parameter {bad.group(1)!r} (drop or correct it)" if bad else str(e)
            raise StoreError(f"--store {self.shown} is not a usable Redis URL: {why}") from None
        self._put_script = self._r.register_script(_PUT)
        self._remove_script = self._r.register_script(_REMOVE)
        self._create_script = self._r.register_script(_CREATE)
        self._read_script = self._r.register_script(_READ)
        self._read_put_script = self._r.register_script(_READ_FOR_PUT)
        pool = self._r.connection_pool
        watch_kwargs = {**pool.connection_kwargs, "protocol": 3, "retry": Retry(NoBackoff(), 0)}
        self._watch = SeqWatch(lambda: pool.connection_class(**watch_kwargs), [self._k("seq"), self._k("manifest")])
        # The newest sequence number read (never lowered: threads sharing the handle may
        # answer out of order), valid while the watch reports no change since it was read.
        # _seq_lock makes "is it valid, then take it" and "start a read" one step each for
        # threads sharing the handle; _read_gen numbers the reads, and only the newest read
        # (the one begun after the watch's last before_read) may make its value valid again.
        self._seen_seq: int | None = None
        self._top_seq = 0
        self._read_gen = 0
        self._seq_lock = threading.Lock()

    # The writer compacts its local index file (this machine's cache) when this share of the
    # index changed since, as often as it uploads the snapshot: compacting at the directory
    # store's 1/64 cost a 200-article protect at 30,000 articles ~3 s of every other run, for a
    # file no other machine reads (workers start from the snapshot in Redis).
    index_file_slack = SNAPSHOT_SLACK

    def _k(self, *parts: object) -> str:
        return ":".join((self.prefix, *map(str, parts)))

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        """Translate redis-py's exceptions into the store's, naming the server (redacted)."""
        r = self._redis
        try:
            yield
        except r.AuthenticationError as e:
            raise StoreError(
                f"the store server {self.shown} refused the login ({e}): check the user and password "
                "in the URL (redis://USER:PASSWORD@HOST:PORT/DB)"
            ) from None
        except r.ConnectionError as e:
            raise StoreUnavailableError(
                f"cannot reach the store server {self.shown} ({e}; retried {RETRIES} times): "
                "check that Redis is running there and the address is right"
            ) from None
        except r.TimeoutError as e:
            raise StoreUnavailableError(f"the store server {self.shown} did not answer in time ({e})") from None
        except r.ResponseError as e:
            msg = str(e)
            denied = isinstance(e, r.exceptions.NoPermissionError) or "NOPERM" in msg or "no permissions" in msg
            if denied or msg.startswith("NOAUTH") or "can't access" in msg:
                raise StoreError(
                    f"the store server {self.shown} refused a command (NOPERM: {msg}): the ACL user needs "
                    f"read and write access to the keys {self.prefix}:* and the commands of the "
                    "README's ACL line"
                ) from None
            raise StoreError(f"the store server {self.shown} failed: {msg}") from None
        except r.RedisError as e:
            raise StoreError(f"cannot use the store at {self.shown}: {e}") from None

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        url: str,
        scheme: FingerprintScheme,
        *,
        create: bool = False,
        same_scheme: bool = True,
        cache_dir: str | os.PathLike[str] | None = None,
    ) -> RedisStore:
        """Open (or with ``create=True``, create) the store at ``url``. ``same_scheme=False``
        lets a store made with another fingerprint scheme open (``upgrade --refingerprint``).

        Raises :class:`StoreError` (no store under the prefix, login refused, not a store),
        :class:`StoreUnavailableError` (server unreachable) and
        :class:`~reprint_guard.errors.IncompatibleStoreError`.
        """
        store = cls(url, scheme, writable=create, cache_dir=Path(cache_dir) if cache_dir else None)
        have = store.manifest()  # first: a refused login or a missing server fails before any work
        want = scheme_manifest(scheme)
        if create and not have:
            entries = {**want, "store_uid": uuid.uuid4().hex}
            args = [x for k, v in entries.items() for x in (k, json.dumps(v, sort_keys=True))]
            with store._errors():
                store._create_script(args=[store.prefix, *args])
            have = store.manifest()
        if not have:
            raise StoreError(
                f"no fingerprint store at {store.shown} (prefix {store.prefix!r}): protect some articles "
                f"first (reprint-guard protect ARTICLES --store URL), or check the URL's prefix and database"
            )
        check_manifest(have, want, path=store.shown, location=store.shown, same_scheme=same_scheme)
        store._uid = have.get("store_uid") if isinstance(have.get("store_uid"), str) else None
        return store

    @property
    def location(self) -> str:
        """The URL, as :func:`~reprint_guard.store.open_store` takes it (password included)."""
        return self.url

    @property
    def index_path(self) -> Path | None:
        """The local cache file of the band index snapshot, or ``None`` without a cache dir."""
        if self.cache_dir is None or self._uid is None:
            return None
        return self.cache_dir / f"redis-{self._uid}" / INDEX_FILE

    def reader(self) -> RedisStore:
        """A read-only handle with its own connection pool (a forked worker's)."""
        r = RedisStore(self.url, self.scheme, writable=False, cache_dir=self.cache_dir)
        r._uid = self._uid
        return r

    def close(self) -> None:
        """Close this handle's connections."""
        self._watch.close()
        with contextlib.suppress(Exception):
            self._r.close()

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Queue this thread's :meth:`put` writes and send them in one pipeline on leaving
        (normally or by an exception: the completed ones), in order. Each stays one atomic
        script (a compare-and-set on what the put read; a conflict, another process writing the
        same article meanwhile, is read and written again then), so the change log keeps their
        order and two processes protecting at once lose and duplicate nothing."""
        self._require_writable()
        if getattr(self._local, "queue", None) is not None:
            yield  # nested: the outer batch sends
            return
        self._local.queue, self._local.ahead, self._local.touched = [], {}, set()
        self._local.sent = 0  # articles of this batch a flush has stored (an early one, for a twin)
        try:
            yield
        finally:
            try:
                self._flush()
            finally:
                self._local.queue = self._local.ahead = self._local.touched = None

    def expect(self, items: Sequence[tuple[str, str]]) -> None:
        """Inside :meth:`batch`: read the stored rows and twins of the articles about to be
        put, ``(source, content SHA-256)`` each, in one round trip, so that their :meth:`put`
        makes none (a write queued meanwhile for one of those ids or contents makes its put
        read again; the write is a compare-and-set on what was read either way)."""
        ahead = getattr(self._local, "ahead", None)
        if ahead is None or not items:
            return
        pairs = [(article_id(src), sha) for src, sha in items]
        with self._errors():
            pipe = self._r.pipeline(transaction=False)
            for aid, sha in pairs:
                self._read_put_script(args=[self.prefix, aid, BUCKET, sha], client=pipe)
            res = pipe.execute()
        ahead.clear()
        self._local.touched = set()
        for (aid, sha), got in zip(pairs, res):
            ahead[aid] = (sha, got)

    def _flush(self) -> None:
        """Send the queued writes in one pipeline; redo any that met a conflict."""
        queue = getattr(self._local, "queue", None)
        if not queue:
            return
        items, queue[:] = list(queue), []
        with self._errors():
            pipe = self._r.pipeline(transaction=False)
            for args, *_ in items:
                if args[0] == "hsetnx":
                    pipe.hsetnx(*args[1:])
                else:
                    self._put_script(args=args, client=pipe)
            # (each reply on its own: a server that refuses a write half-way, out of memory,
            # has stored the ones before it, and the error says how many)
            res = pipe.execute(raise_on_error=False)
        failed = next((k for k, got in enumerate(res) if isinstance(got, Exception)), None)
        for (_, redo, _, _), got in zip(items[:failed], res[:failed]):
            if redo is not None and not got:
                redo()  # the article changed since it was read: read it again, write at once
        done = sum(1 for args, *_ in items[:failed] if args[0] != "hsetnx")
        self._local.sent = getattr(self._local, "sent", 0) + done
        if failed is not None:
            stored = self._local.sent
            wanted = stored + sum(1 for args, *_ in items[failed:] if args[0] != "hsetnx")
            try:
                with self._errors():
                    raise res[failed]
            except StoreError as e:
                raise type(e)(
                    f"{e} (at least {stored} of the last {wanted} articles written were stored before it: "
                    "run the command again once the server takes writes; the stored ones come out unchanged)"
                ) from None

    def manifest(self) -> dict[str, object]:
        """The store's manifest as stored (empty when there is no store under the prefix).
        Raises :class:`StoreError` naming the entry when one is not the JSON the store writes."""
        with self._errors():
            raw = self._r.hgetall(self._k("manifest"))
        return {k.decode("utf-8", "replace"): self._manifest_value(k, v) for k, v in raw.items()}

    def _manifest_value(self, field: bytes | str, value: bytes | str) -> object:
        """One manifest field decoded, or the corrupted-store error naming the hash and field."""
        try:
            return json.loads(value)
        except (ValueError, TypeError):
            name = field.decode("utf-8", "replace") if isinstance(field, bytes) else field
            raise StoreError(
                f"the fingerprint store {self.shown} is corrupted: its manifest entry {name!r} (field {name!r} "
                f"of the hash {self._k('manifest')}) is not the JSON reprint_guard writes there. Nothing was "
                "changed. Restore the store from a backup (or copy that field from a backup of it), or protect "
                "the articles again under a new prefix"
            ) from None

    def _read_uid(self) -> str | None:
        """The ``store_uid`` in the manifest now (one request)."""
        with self._errors():
            raw = self._r.hget(self._k("manifest"), "store_uid")
        return self._uid_from(raw)

    def _uid_from(self, raw: bytes | None) -> str | None:
        uid = self._manifest_value("store_uid", raw) if raw is not None else None
        return uid if isinstance(uid, str) else None

    def _check_uid(self, uid: str | None) -> None:
        """Raise :class:`StoreError` when ``uid`` (as read now) is not the store's as opened."""
        if uid != self._uid:
            raise StoreError(
                f"the fingerprint store at {self.shown} was emptied or replaced while in use "
                f"(store_uid {self._uid} is now {uid}): open it again, and restore it from a "
                "backup or protect the articles again if it was lost"
            )

    def uid(self, *, create: bool = False) -> str | None:
        """The store's random identity (made with the store)."""
        return self._uid

    # -- writing -----------------------------------------------------------------------------
    def _require_writable(self) -> None:
        if not self.writable:
            raise StoreError(
                f"the fingerprint store {self.shown} was opened read-only; to write to it, open it with "
                "Guard.open(location, create=True) (the command line's protect, remove and upgrade do)"
            )

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
        """Add or update one article atomically (see :meth:`SQLiteStore.put`): ``(id, status)``.

        One round trip reads the stored row; one script writes it only if it is still as read
        (else it is read again). Inside :meth:`batch` the script is queued and sent with the
        batch's others in one pipeline. Raises :class:`StoreError`."""
        fields = dict(source=source, body=body, content_sha256=content_sha256, decoding=decoding,
                      fingerprint=fingerprint, url=url, title=title, date=date, outlet=outlet, notice=notice,
                      licensees=licensees, original=original)  # fmt: skip
        aid, status, _ = self._put(fields, twins=False)
        return aid, status

    def put_carrying_twins(self, **fields: Any) -> tuple[str, str, list[tuple[str, str, tuple[str, ...]]]]:
        """:meth:`put`, with the licensees of the other articles stored from identical input
        bytes (twins) carried over: ``(id, status, twins as (id, source, licensees))``. The
        twins come with the stored row in the same round trip."""
        return self._put(fields, twins=True)

    def _put(self, f: dict[str, Any], *, twins: bool) -> tuple[str, str, list[tuple[str, str, tuple[str, ...]]]]:
        self._require_writable()
        source, sha, fingerprint, original = f["source"], f["content_sha256"], f["fingerprint"], f.get("original")
        aid = article_id(source)
        body_z = zlib.compress(f["body"].encode("utf-8"), 6)
        sigs = _pack_signatures(fingerprint, self.scheme.seed)
        keys = to_bytes(fingerprint.keys.astype(np.uint64))
        orig_z = _pack_original(original) if original is not None else b""
        queue = getattr(self._local, "queue", None)
        if queue and any(q_aid == aid or q_sha == sha for _, _, q_aid, q_sha in queue):
            self._flush()  # this article, or a twin, waits in the queue: what it reads must include it
        ahead = getattr(self._local, "ahead", None) or {}
        touched = getattr(self._local, "touched", None)
        read = ahead.pop(aid, None)
        if read is not None and (aid in touched or sha in touched or (twins and read[0] != sha)):
            read = None  # written meanwhile, or read for other bytes
        if touched is not None:
            touched.update((aid, sha))
        for _ in range(_CAS_ATTEMPTS):
            if read is not None:
                got, read = read[1], None
            else:
                with self._errors():
                    got = self._read_put_script(args=[self.prefix, aid, BUCKET, sha if twins else ""])
            cur, old_raw = got[0] or None, got[1] or None
            old = json.loads(old_raw) if old_raw else None
            if cur is not None and old is None:
                continue  # removed between the two reads
            found = [json.loads(m) for m in got[2:]] if twins else []
            same = [(m["id"], m["source"], tuple(m["licensees"])) for m in found if m["id"] != aid]
            licensees = tuple(dict.fromkeys((*f.get("licensees", ()), *(x for t in same for x in t[2]))))
            now = datetime.now(timezone.utc).isoformat(timespec="seconds")
            old_lic = tuple(old["licensees"]) if old else ()
            merged = tuple(dict.fromkeys((*old_lic, *licensees)))
            url = f.get("url")
            url_now = old["url"] if old and url is None else url
            versions = (EXTRACTOR_VERSION, NOTICE_VERSION)
            if (
                old
                and old["content_sha256"] == sha
                and merged == old_lic
                and url_now == old["url"]
                and (old.get("extractor_version"), old.get("notice_version")) == versions
            ):
                if original is not None:  # keep the input when the article had none
                    hsetnx = ["hsetnx", self._k("o", _bucket(int(cur))), cur, orig_z]
                    if queue is not None:
                        queue.append((hsetnx, None, aid, sha))
                    else:
                        with self._errors():
                            self._r.hsetnx(*hsetnx[1:])  # type: ignore[arg-type]
                return aid, "unchanged", same
            meta = {
                "id": aid, "source": source, "url": url_now, "title": f.get("title"), "date": f.get("date"),
                "outlet": f.get("outlet"), "notice": notice_to_json(f.get("notice")), "content_sha256": sha,
                "decoding": decoding_to_str(f["decoding"]), "licensees": list(merged),
                "n_shingles": int(fingerprint.n_shingles), "protected_at": old["protected_at"] if old else now,
                "updated_at": now, "extractor_version": EXTRACTOR_VERSION, "notice_version": NOTICE_VERSION,
            }  # fmt: skip
            if original is not None:
                mode = "set"
            else:
                mode = "drop" if old and old["content_sha256"] != sha else "keep"
            args = [self.prefix, aid, cur or b"", old_raw or b"", json_text(meta), body_z, sigs, keys, orig_z,
                    old["content_sha256"] if old else "", sha, BUCKET, mode, "log"]  # fmt: skip
            status = "updated" if old else "added"
            if queue is not None:
                queue.append((args, lambda: self._put_now(f, twins), aid, sha))
                return aid, status, same
            with self._errors():
                if self._put_script(args=args):
                    return aid, status, same
        raise StoreError(
            f"the article {aid} ({source}) in {self.shown} kept changing under {_CAS_ATTEMPTS} "
            "attempts to write it (other processes protect it at once): try again"
        )

    def _put_now(self, f: dict[str, Any], twins: bool) -> None:
        """:meth:`_put` outside any batch (a queued write that met a conflict, done again)."""
        saved = [getattr(self._local, k, None) for k in ("queue", "ahead", "touched")]
        self._local.queue = self._local.ahead = self._local.touched = None
        try:
            self._put(f, twins=twins)
        finally:
            self._local.queue, self._local.ahead, self._local.touched = saved

    def remove(self, ids: list[str]) -> list[str]:
        """Remove articles by id, in one script. Returns the ids that were there."""
        self._require_writable()
        if not ids:
            return []
        with self._errors():
            gone = self._remove_script(args=[self.prefix, BUCKET, *ids])
        return [g.decode() for g in gone]

    # -- reading -----------------------------------------------------------------------------
    def _max_rowid(self) -> int:
        with self._errors():
            return int(self._r.get(self._k("rowid")) or 0)

    def _buckets(self, kind: str) -> Iterator[tuple[int, dict[int, bytes]]]:
        """``(bucket, {rowid: value})`` of every bucket of one kind, a few per round trip."""
        n = _bucket(self._max_rowid()) + 1
        step = 4
        for lo in range(0, n, step):
            with self._errors():
                pipe = self._r.pipeline(transaction=False)
                for b in range(lo, min(n, lo + step)):
                    pipe.hgetall(self._k(kind, b))
                res = pipe.execute()
            for b, d in zip(range(lo, n), res):
                yield b, {int(k): v for k, v in d.items()}

    def _id_of_row(self, rowid: int) -> str | None:
        """The article id ``P:ids`` maps to ``rowid``, or ``None``: for naming an article whose
        metadata cannot be read (a scan of the id index, on that error path only)."""
        want = str(rowid).encode()
        with contextlib.suppress(Exception), self._errors():
            for aid, row in self._r.hscan_iter(self._k("ids"), count=1000):
                if row == want:
                    return aid.decode("utf-8", "replace")
        return None

    def articles(self) -> list[StoredArticle]:
        """All articles, oldest first. Raises :class:`StoreError` when the store was emptied or
        replaced since it was opened (as a check does), rather than list another store's."""
        self._check_uid(self._read_uid())
        out = []
        for b, metas in self._buckets("m"):
            if not metas:
                continue
            with self._errors():
                bodies = self._r.hgetall(self._k("t", b))
            for rowid in sorted(metas):
                body = bodies.get(str(rowid).encode())
                if body is not None:
                    out.append(_article(rowid, metas[rowid], body, self.shown, self._id_of_row))
        return out

    def articles_of(self, rowids: Sequence[int]) -> dict[int, StoredArticle]:
        """``{rowid: article}`` of the given rows, in one round trip (gone rows are absent)."""
        if not rowids:
            return {}
        with self._errors():
            pipe = self._r.pipeline(transaction=False)
            for r in rowids:
                pipe.hget(self._k("m", _bucket(r)), r)
                pipe.hget(self._k("t", _bucket(r)), r)
            res = pipe.execute()
        return {
            r: _article(r, m, t, self.shown, self._id_of_row)
            for r, m, t in zip(rowids, res[0::2], res[1::2])
            if m is not None and t is not None
        }

    def owners_of(self, rowids: Sequence[int]) -> dict[int, tuple[str | None, str | None]]:
        """``{rowid: (outlet, rights holder)}`` of the given rows in one round trip (gone rows
        are absent). The Guard caches what it derives from them until the store changes."""
        rows = [int(r) for r in rowids]
        if not rows:
            return {}
        with self._errors():
            pipe = self._r.pipeline(transaction=False)
            for r in rows:
                pipe.hget(self._k("m", _bucket(r)), r)
            res = pipe.execute()
        out: dict[int, tuple[str | None, str | None]] = {}
        for r, raw in zip(rows, res):
            if raw is not None:
                try:
                    m = json.loads(raw)
                    notice = notice_from_json(m["notice"])
                    out[r] = (m["outlet"] or None, (notice.rights_holder if notice else None) or None)
                except (ValueError, KeyError, TypeError, AttributeError):
                    out[r] = (None, None)  # damaged: no owner here; reading the article reports it
        return out

    def get(self, aid: str) -> StoredArticle | None:
        """The article with id ``aid``, or ``None``."""
        with self._errors():
            rowid = self._r.hget(self._k("ids"), aid)
        return self.get_rowid(int(rowid)) if rowid is not None else None

    def get_rowid(self, rowid: int) -> StoredArticle | None:
        """The article in row ``rowid``, or ``None`` when it has gone."""
        return self.articles_of([rowid]).get(rowid)

    def same_content(self, content_sha256: str) -> list[tuple[str, str, tuple[str, ...]]]:
        """``(id, source, licensees)`` of the articles stored from identical input bytes."""
        with self._errors():
            rows = self._r.hget(self._k("sha"), content_sha256)
            if not rows:
                return []
            rowids = sorted(int(x) for x in rows.split(b","))
            pipe = self._r.pipeline(transaction=False)
            for r in rowids:
                pipe.hget(self._k("m", _bucket(r)), r)
            metas = [json.loads(m) for m in pipe.execute() if m is not None]
        return [(m["id"], m["source"], tuple(m["licensees"])) for m in metas]

    def __len__(self) -> int:
        with self._errors():
            return int(self._r.hlen(self._k("ids")))

    # -- change log ------------------------------------------------------------------------
    def last_seq(self) -> int:
        """Sequence number of the newest change (0 for a store never written); without a
        round trip when the server announced no change since it was last read (see
        :mod:`~reprint_guard.store.redis_watch`)."""
        seen = self._current_seq()
        if seen is not None:
            return seen
        gen, floor = self._begin_read()
        with self._errors():
            pipe = self._r.pipeline(transaction=False)
            pipe.get(self._k("seq"))
            pipe.hget(self._k("manifest"), "store_uid")
            raw_seq, raw_uid = pipe.execute()
        # In the same round trip: a store emptied (FLUSHALL) or replaced fails every catch-up
        # (len(guard) too) as a check does, instead of reading its seq as the old store's.
        self._check_uid(self._uid_from(raw_uid))
        return self._saw(int(raw_seq or 0), gen, floor)

    def _current_seq(self) -> int | None:
        """The newest seq read, when no write was announced since that read began; else ``None``.

        One step under ``_seq_lock``: taken apart, another thread's :meth:`_begin_read` could
        consume the announcement of a write between the two (marking the watch clean) and a
        stale seq would pass for current (a check started after a protect returned that did
        not see it)."""
        with self._seq_lock:
            seen = self._seen_seq
            return seen if seen is not None and self._watch.unchanged() else None

    def _begin_read(self) -> tuple[int, int]:
        """Before reading the seq from the server: consume the watch's announcements so far
        (:meth:`SeqWatch.before_read`); returns the read's number and the newest seq read so far
        (no server read begun after it can see less) for :meth:`_saw`."""
        with self._seq_lock:
            self._watch.before_read()
            self._seen_seq = None  # until read: the watch's announcements so far are consumed
            self._read_gen += 1
            return self._read_gen, self._top_seq

    def _saw(self, seq: int, gen: int, floor: int) -> int:
        """Remember ``seq`` as read from the server by read number ``gen``. Only the newest read
        makes it current again: an older one may have missed a write whose announcement a
        newer :meth:`_begin_read` consumed. Raises :class:`StoreError` when ``seq`` is below
        ``floor``, the newest seq read before this read began: the server's log went back (an
        older copy of the store restored, as a backup's RDB file put back), and this Guard's
        index holds articles the store no longer has."""
        if seq < floor:
            raise StoreError(
                f"the fingerprint store at {self.shown} was replaced while in use: its change log went back "
                f"from change {floor} to {seq} (an older copy restored): open it again"
            )
        with self._seq_lock:
            self._top_seq = max(self._top_seq, seq)
            if gen == self._read_gen:
                self._seen_seq = self._top_seq
        return seq

    def change_at(self, seq: int) -> tuple[int, str] | None:
        """``(rowid, op)`` of change ``seq``, or ``None``."""
        if seq < 1:
            return None
        with self._errors():
            got = self._r.xrange(self._k("log"), f"{seq}-1", f"{seq}-1")
        if not got:
            return None
        fields = got[0][1]
        return int(fields[b"r"]), fields[b"o"].decode()

    def changes_since(self, seq: int) -> list[tuple[int, int, str]]:
        """``(seq, rowid, op)`` of every change after ``seq``, in order."""
        out: list[tuple[int, int, str]] = []
        start = f"({max(seq, 0)}-1"
        while True:
            with self._errors():
                got = self._r.xrange(self._k("log"), start, "+", count=10_000)
            for entry_id, fields in got:
                out.append((int(entry_id.split(b"-")[0]), int(fields[b"r"]), fields[b"o"].decode()))
            if len(got) < 10_000:
                return out
            start = "(" + got[-1][0].decode()

    def fetch(self, *, signatures: Sequence[int] = (), articles: Sequence[int] = ()) -> Fetched:
        """The newest change's seq, passage signatures and articles of the given rows, in one
        round trip (a pipeline). Raises :class:`StoreError` when the store was emptied or
        replaced since it was opened (its ``store_uid`` changed).

        Asked for no rows, it makes no round trip at all when the server announced no write to
        the sequence key or the manifest since they were last read (see
        :mod:`~reprint_guard.store.redis_watch`): the check of a text no protected article
        resembles then costs no request."""
        if not signatures and not articles:
            seen = self._current_seq()
            if seen is not None:
                return Fetched(seen, {}, {})
        k = self.scheme.passage_num_perm
        gen, floor = self._begin_read()
        with self._errors():
            pipe = self._r.pipeline(transaction=False)
            pipe.get(self._k("seq"))
            pipe.hget(self._k("manifest"), "store_uid")
            for r in signatures:
                pipe.hget(self._k("s", _bucket(r)), r)
            for r in articles:
                pipe.hget(self._k("m", _bucket(r)), r)
                pipe.hget(self._k("t", _bucket(r)), r)
            res = pipe.execute()
        self._check_uid(self._uid_from(res[1]))
        sigs_raw = res[2 : 2 + len(signatures)]
        rest = res[2 + len(signatures) :]
        sigs = {r: _unpack_signatures(b, k)[2] for r, b in zip(signatures, sigs_raw) if b is not None}
        arts = {
            r: _article(r, m, t, self.shown, self._id_of_row)
            for r, m, t in zip(articles, rest[0::2], rest[1::2])
            if m is not None and t is not None
        }
        return Fetched(self._saw(int(res[0] or 0), gen, floor), sigs, arts)

    # -- signatures ------------------------------------------------------------------------
    def band_keys(self, rowids: list[int] | None = None) -> Iterator[tuple[int, np.ndarray]]:
        """``(rowid, uint64 band keys)`` of the given articles (all when ``None``)."""
        if rowids is None:
            for _, d in self._buckets("k"):
                for rowid in sorted(d):
                    yield rowid, from_bytes(d[rowid], "<u8")
            return
        for i in range(0, len(rowids), 1000):
            chunk = rowids[i : i + 1000]
            with self._errors():
                pipe = self._r.pipeline(transaction=False)
                for r in chunk:
                    pipe.hget(self._k("k", _bucket(r)), r)
                res = pipe.execute()
            for r, blob in zip(chunk, res):
                if blob is not None:
                    yield r, from_bytes(blob, "<u8")

    def _signatures(self, aid: str) -> tuple[bytes, np.ndarray, np.ndarray] | None:
        with self._errors():
            rowid = self._r.hget(self._k("ids"), aid)
            blob = self._r.hget(self._k("s", _bucket(int(rowid))), rowid) if rowid is not None else None
        return _unpack_signatures(blob, self.scheme.passage_num_perm) if blob else None

    def doc_signature(self, aid: str) -> LeanMinHash | None:
        """The article's document signature as a datasketch ``LeanMinHash``."""
        from datasketch import LeanMinHash

        got = self._signatures(aid)
        return LeanMinHash.deserialize(got[0], byteorder="<") if got else None

    def passage_signatures(self, aid: str) -> tuple[np.ndarray, np.ndarray] | None:
        """``(starts int32 [p], signatures uint32 [p, passage_num_perm])`` of an article."""
        got = self._signatures(aid)
        return (got[1], got[2]) if got else None

    def passage_signatures_of(self, rowids: Sequence[int]) -> dict[int, np.ndarray]:
        """``{rowid: uint32 [p, passage_num_perm]}`` in one round trip (gone rows are absent)."""
        return self.fetch(signatures=rowids).signatures

    # -- upgrading and migrating ---------------------------------------------------------------
    version = STORE_VERSION  # Redis stores began at format 2: nothing older to migrate

    def _read_article(self, aid: str) -> tuple[bytes | None, bytes | None]:
        """``(row id, metadata)`` as stored, for a compare-and-set write (one round trip)."""
        with self._errors():
            got = self._read_script(args=[self.prefix, aid, BUCKET])
        return (got[0] if got else None), (got[1] if len(got) > 1 else None)

    def _write(self, args: list[object]) -> bool:
        """Run the write script now, or queue it inside :meth:`atomic`. False on a conflict."""
        pending = getattr(self._local, "pending", None)
        if pending is not None:
            pending.append(args)
            return True
        with self._errors():
            return bool(self._put_script(args=args))

    def states(self) -> list[ArticleState]:
        """Every article's versions and whether its original is stored, oldest first
        (inside :meth:`atomic`, with the rewrites queued there)."""
        queued = {a[1]: json.loads(a[4]) for a in getattr(self._local, "pending", None) or []}
        out = []
        for b, metas in self._buckets("m"):
            with self._errors():
                have = {int(x) for x in self._r.hkeys(self._k("o", b))} if metas else set()
            for rowid in sorted(metas):
                m = queued.get(json.loads(metas[rowid])["id"]) or json.loads(metas[rowid])
                out.append(ArticleState(rowid, m["id"], m.get("extractor_version"), m.get("notice_version"), rowid in have))
        return out

    def original(self, aid: str) -> Original | None:
        """The article's stored input, or ``None``. Raises :class:`StoreError` when damaged."""
        with self._errors():
            cur = self._r.hget(self._k("ids"), aid)
            blob = self._r.hget(self._k("o", _bucket(int(cur))), cur) if cur is not None else None
        if blob is None:
            return None
        try:
            return _unpack_original(blob)
        except (ValueError, KeyError, zlib.error) as e:
            raise StoreError(f"the stored original of article {aid} in {self.shown} is damaged ({e})") from None

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
        """Replace what was derived from an article's input (see :meth:`SQLiteStore.rewrite`)."""
        self._require_writable()
        cur, raw = self._read_article(aid)
        if cur is None or raw is None:
            return False
        old = json.loads(raw)
        b = _bucket(int(cur))
        with self._errors():
            old_body, old_sigs, old_keys = self._r.hmget(self._k("t", b), cur)[0], *(
                self._r.hget(self._k(kind, b), cur) for kind in ("s", "k")
            )
        body_z = zlib.compress(body.encode("utf-8"), 6)
        sigs = _pack_signatures(fingerprint, self.scheme.seed)
        keys = to_bytes(fingerprint.keys.astype(np.uint64))
        new = {"title": title, "date": date, "outlet": outlet, "decoding": decoding_to_str(decoding),
               "notice": notice_to_json(notice), "n_shingles": int(fingerprint.n_shingles)}  # fmt: skip
        changed = (
            any(old.get(k) != v for k, v in new.items())
            or zlib.decompress(old_body or zlib.compress(b"")).decode("utf-8") != body
            or old_sigs != sigs
            or old_keys != keys
        )
        meta = {**old, "extractor_version": extractor_version, "notice_version": notice_version}
        if changed:
            meta.update(new, updated_at=datetime.now(timezone.utc).isoformat(timespec="seconds"))
        args = [self.prefix, aid, cur, raw, json_text(meta),
                body_z if changed else old_body, sigs if changed else old_sigs, keys if changed else old_keys,
                b"", old["content_sha256"], old["content_sha256"], BUCKET, "keep", "log" if changed else "nolog"]  # fmt: skip
        if not self._write(args):
            raise StoreError(f"the article {aid} in {self.shown} changed while it was rewritten: run again")
        return changed

    def set_manifest(self, entries: dict[str, object]) -> None:
        """Write manifest entries (inside :meth:`atomic`: with its other writes)."""
        self._require_writable()
        values = {k: json.dumps(v, sort_keys=True) for k, v in entries.items()}
        pending = getattr(self._local, "manifest", None)
        if pending is not None:
            pending.update(values)
            return
        with self._errors():
            self._r.hset(self._k("manifest"), mapping=values)

    @contextlib.contextmanager
    def atomic(self) -> Iterator[None]:
        """Queue this thread's rewrites and manifest entries, then apply them in one
        ``MULTI``/``EXEC`` under ``WATCH`` of what they were read from: all of them or (an
        exception inside, or another process wrote one of those articles meanwhile) none.
        The write script is loaded in the same transaction (a restarted server has none).
        Raises :class:`StoreError`."""
        self._require_writable()
        if getattr(self._local, "pending", None) is not None:
            raise StoreError("atomic() cannot run inside atomic()")
        self._local.pending, self._local.manifest = [], {}
        try:
            yield
            pending, manifest = self._local.pending, self._local.manifest
        finally:
            self._local.pending = self._local.manifest = None
        if not pending and not manifest:
            return
        watched = sorted({self._k("m", _bucket(int(a[2]))) for a in pending} | {self._k("ids"), self._k("manifest")})
        with self._errors(), self._r.pipeline(transaction=True) as pipe:
            try:
                pipe.watch(*watched)
                for a in pending:  # still as read?
                    if pipe.hget(self._k("ids"), a[1]) != a[2] or pipe.hget(self._k("m", _bucket(int(a[2]))), a[2]) != a[3]:
                        raise StoreError(f"the article {a[1]} in {self.shown} changed meanwhile: nothing was changed; run again")
                pipe.multi()
                # Loaded inside the transaction, so no restart or SCRIPT FLUSH can come between
                # it and the EVALSHAs: a NOSCRIPT at EXEC is not rolled back (the manifest's
                # HSET would apply without the rewrites), and nothing else loads it.
                if pending:
                    pipe.script_load(_PUT)
                for a in pending:
                    pipe.evalsha(self._put_script.sha, 0, *a)
                if manifest:
                    pipe.hset(self._k("manifest"), mapping=manifest)
                pipe.execute()
            except self._redis.WatchError:
                raise StoreError(f"{self.shown} changed while it was upgraded: nothing was changed; run again") from None

    def records(self, ids: Sequence[str] | None = None) -> Iterator[ArticleRecord]:
        """Articles exactly as stored, in id order (all, or those of ``ids`` that exist)."""
        with self._errors():
            rows = self._r.hgetall(self._k("ids"))
        by_id = {k.decode(): int(v) for k, v in rows.items()}
        wanted = sorted(by_id) if ids is None else sorted(i for i in ids if i in by_id)
        for i in range(0, len(wanted), 200):
            chunk = wanted[i : i + 200]
            with self._errors():
                pipe = self._r.pipeline(transaction=False)
                for aid in chunk:
                    r = by_id[aid]
                    for kind in ("m", "t", "s", "k", "o"):
                        pipe.hget(self._k(kind, _bucket(r)), r)
                res = pipe.execute()
            for j, aid in enumerate(chunk):
                m, t, sg, k, o = res[5 * j : 5 * j + 5]
                if m is None or t is None or sg is None or k is None:
                    continue  # removed meanwhile
                meta = json.loads(m)
                n_doc, p = _SIG_HEADER.unpack_from(sg)
                at = _SIG_HEADER.size
                yield ArticleRecord(
                    id=meta["id"], source=meta["source"], url=meta["url"], title=meta["title"],
                    date=meta["date"], outlet=meta["outlet"], body=zlib.decompress(t).decode("utf-8"),
                    notice_json=meta["notice"], content_sha256=meta["content_sha256"], decoding=meta["decoding"],
                    licensees=tuple(meta["licensees"]), n_shingles=int(meta["n_shingles"]),
                    doc_signature=sg[at : at + n_doc], passage_starts=sg[at + n_doc : at + n_doc + 4 * p],
                    passage_signatures=sg[at + n_doc + 4 * p :], band_keys=k,
                    protected_at=meta["protected_at"], updated_at=meta["updated_at"],
                    extractor_version=meta.get("extractor_version"), notice_version=meta.get("notice_version"),
                    original=_unpack_original(o) if o is not None else None,
                )  # fmt: skip

    def put_record(self, record: ArticleRecord) -> None:
        """Write ``record`` as it is (add or replace), atomically, logging the change."""
        self._require_writable()
        meta = {
            "id": record.id, "source": record.source, "url": record.url, "title": record.title,
            "date": record.date, "outlet": record.outlet, "notice": record.notice_json,
            "content_sha256": record.content_sha256, "decoding": record.decoding,
            "licensees": list(record.licensees), "n_shingles": record.n_shingles,
            "protected_at": record.protected_at, "updated_at": record.updated_at,
            "extractor_version": record.extractor_version, "notice_version": record.notice_version,
        }  # fmt: skip
        n_p = len(record.passage_starts) // 4
        sigs = _SIG_HEADER.pack(len(record.doc_signature), n_p) + record.doc_signature + record.passage_starts + record.passage_signatures
        orig = _pack_original(record.original) if record.original is not None else b""
        for _ in range(_CAS_ATTEMPTS):
            cur, raw = self._read_article(record.id)
            old_sha = json.loads(raw)["content_sha256"] if raw else ""
            args = [self.prefix, record.id, cur or b"", raw or b"", json_text(meta),
                    zlib.compress(record.body.encode("utf-8"), 6), sigs, record.band_keys, orig, old_sha,
                    record.content_sha256, BUCKET, "set" if record.original is not None else "drop", "log"]  # fmt: skip
            if self._write(args):
                return
        raise StoreError(f"the article {record.id} in {self.shown} kept changing: try again")

    def digest(self) -> str:
        """SHA-256 over the canonical content of every article and the scheme (the same value
        as a SQLite store holding the same articles; see :meth:`Store.digest`)."""
        return store_digest(self.manifest(), self.records())

    # -- the band index snapshot (see redis_snapshot.py) -------------------------------------
    def pull_index(self, path: Path) -> None:
        """Bring the local index cache ``path`` up to the snapshot in Redis when it is older
        (or missing); any failure leaves it as it was."""
        pull_index(self, path)

    def publish_index(self, path: Path) -> None:
        """Upload the index file ``path`` as the store's snapshot when the one there is behind
        by more than ``SNAPSHOT_SLACK`` of the store (or missing); failures are ignored."""
        publish_index(self, path)

    # -- for benchmarks and the README's memory figures --------------------------------------
    def memory_usage(self) -> dict[str, int]:
        """Bytes Redis reports (``MEMORY USAGE``) for each kind of key: ``text`` (metadata,
        bodies, originals), ``signatures``, ``index`` (band keys and the snapshot), ``other``."""
        kinds = {"m": "text", "t": "text", "o": "text", "s": "signatures", "k": "index", "snap": "index"}
        out = {"text": 0, "signatures": 0, "index": 0, "other": 0}
        with self._errors():
            for key in self._r.scan_iter(match=f"{self.prefix}:*", count=1000):
                part = key.decode()[len(self.prefix) + 1 :].split(":", 1)[0]
                out[kinds.get(part, "other")] += int(self._r.memory_usage(key, samples=0) or 0)
        return out
