"""The fingerprint store: one interface, a backend per module, the index replica.

* ``base``: the :class:`~reprint_guard.store.base.Store` protocol every backend implements, and
  what is backend-neutral (article ids, the scheme manifest, :class:`StoredArticle`);
* ``index``: the LSH band index and its memory-mapped file;
* ``sqlite``: :class:`SQLiteStore`, a store in a directory (``fingerprints.sqlite``);
* ``redis``: :class:`RedisStore`, a store on a Redis server shared by many workers
  (``redis://host:6379/0?prefix=NAME``, ``rediss://`` for TLS);
* ``replica``: :class:`IndexReplica`, a process's band index of a store, caught up from the
  store's change log.

:func:`open_store` picks the backend from the location. A new backend adds its module and a
branch there; the :class:`~reprint_guard.api.Guard` only talks to the protocol.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..config import FingerprintScheme
from ..errors import StoreError
from . import base
from .base import STORE_FORMAT, STORE_VERSION, ArticleState, Original, StoredArticle, article_id, fold_probe_digest, scheme_manifest
from .index import BandIndex, Hits
from .redis import RedisStore, is_redis_url, redact
from .replica import IndexReplica
from .sqlite import INDEX_FILE, STORE_FILE, SQLiteStore


def _is_url(text: str) -> bool:
    """``redis://host/0``, also as ``redis:/host/0`` once a ``Path`` has folded its double slash.
    Two characters of scheme at least, so that a Windows drive (``C:/``) stays a directory."""
    scheme, sep, _ = text.partition(":/")
    return bool(sep) and len(scheme) >= 2 and scheme[0].isalpha() and all(c.isalnum() or c in "+.-" for c in scheme)


def open_store(
    location: str | os.PathLike[str],
    scheme: FingerprintScheme,
    *,
    create: bool = False,
    same_scheme: bool = True,
    cache_dir: str | os.PathLike[str] | None = None,
) -> base.Store:
    """Open the store at ``location`` with the backend it names.

    A directory is a SQLite store (:meth:`SQLiteStore.open`: read-only unless ``create``,
    which also makes a missing store and migrates an older format). ``same_scheme=False`` lets
    a store made with another fingerprint scheme open (for ``upgrade --refingerprint``, on
    either backend). A
    ``redis://``, ``rediss://`` or ``unix://`` URL is a :class:`RedisStore`, whose band index
    snapshot is cached under ``cache_dir`` (``None``: not cached). Another ``scheme://`` URL is
    refused. Raises :class:`StoreError`, :class:`~reprint_guard.errors.StoreUnavailableError`
    and :class:`~reprint_guard.errors.IncompatibleStoreError`.
    """
    text = os.fspath(location)
    if is_redis_url(text):
        return RedisStore.open(text, scheme, create=create, same_scheme=same_scheme, cache_dir=cache_dir)
    if _is_url(text):
        raise StoreError(
            f"--store {redact(text)} names a store server this reprint_guard has no backend for: pass "
            "a store directory (fingerprints.sqlite) or a redis://HOST:PORT/DB?prefix=NAME URL "
            "(rediss:// for TLS)"
        )
    return SQLiteStore.open(Path(text), scheme, create=create, same_scheme=same_scheme)


# One release: ``Store.open(...)`` as before the store became a package (the SQLite backend).
# Annotate with :class:`reprint_guard.store.base.Store`, the interface.
Store = SQLiteStore

__all__ = [
    "ArticleState",
    "BandIndex",
    "Hits",
    "INDEX_FILE",
    "IndexReplica",
    "RedisStore",
    "Original",
    "SQLiteStore",
    "STORE_FILE",
    "STORE_FORMAT",
    "STORE_VERSION",
    "Store",
    "StoredArticle",
    "article_id",
    "fold_probe_digest",
    "open_store",
    "scheme_manifest",
]
