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
import re
from pathlib import Path
from urllib.parse import urlsplit

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


# ``redis`` or ``rediss`` then ``:`` or ``//`` but not ``://`` (``redis//h:6379/0``, ``redis:h:6379``,
# ``redis:/h``): a Redis URL mistyped. (``redis/fp`` is a folder named redis.)
_MISTYPED_SCHEME = re.compile(r"(rediss?)(?::/*|//+)(.*)", re.IGNORECASE | re.DOTALL)
# ``HOST:PORT``, then ``/DB`` (a number) and ``?QUERY`` if anything: a Redis address without its
# scheme. (``news:2024/fp`` is a folder: a database is a number.)
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
_HOST_PORT = re.compile(
    rf"(?:[^@/?\s]+@)?(?:\[[0-9A-Fa-f:.]+\]|{_LABEL}(?:\.{_LABEL})*):(\d{{1,5}})(?:/\d*)?(?:\?.*)?", re.DOTALL
)


def _meant_url(text: str) -> str | None:
    """The Redis URL ``text`` was presumably meant to be, when it looks like a mistyped one, else
    ``None``. A bare ``HOST:PORT`` that is an existing directory is that directory."""
    if is_redis_url(text):
        return None
    if m := _MISTYPED_SCHEME.fullmatch(text):
        scheme, rest = m.group(1).lower(), m.group(2)
    elif (m := _HOST_PORT.fullmatch(text)) and 0 < int(m.group(1)) < 65536 and not os.path.isdir(text):
        scheme, rest = "redis", text
    else:
        return None
    if not rest:
        return f"{scheme}://HOST:PORT/0?prefix=NAME"
    address, q, query = rest.partition("?")
    return f"{scheme}://{address if '/' in address else address + '/0'}{q}{query}"


def check_location(text: str) -> None:
    """Refuse a store location that looks like a mistyped Redis URL, before anything is made.

    ``redis//host:6379/0?prefix=NAME``, ``redis:host:6379`` and ``redis:/host`` (``rediss``
    alike), and a bare ``host:6379`` (``127.0.0.1:6391/0``, ``localhost:6379``) unless a
    directory of that name exists, would otherwise be taken as a directory and a local SQLite
    store made there, so that nothing reached the server. ``./NAME`` (or an absolute path)
    always means a directory. Raises :class:`StoreError` naming the URL meant.
    """
    meant = _meant_url(text)
    if meant is None:
        return
    password = urlsplit(meant).password
    shown = text.replace(password, "***") if password else text
    where = (
        "a directory of that name is written ./" + shown
        if _MISTYPED_SCHEME.fullmatch(text)
        else "a directory of that name is taken when it exists (or written ./" + shown + ")"
    )
    raise StoreError(
        f"--store {shown} looks like a mistyped Redis URL, not a store directory: write {redact(meant)} "
        f"(redis://[USER:PASSWORD@]HOST:PORT/DB?prefix=NAME, rediss:// for TLS). Nothing was created; {where}"
    )


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
    refused, and so is a string that looks like a mistyped Redis URL (:func:`check_location`;
    a ``Path`` is taken as a directory). Raises :class:`StoreError`,
    :class:`~reprint_guard.errors.StoreUnavailableError` and
    :class:`~reprint_guard.errors.IncompatibleStoreError`.
    """
    text = os.fspath(location)
    if isinstance(location, str):
        check_location(text)
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
    "check_location",
    "fold_probe_digest",
    "open_store",
    "scheme_manifest",
]
