"""The band index snapshot of a Redis store: chunked keys in Redis that a worker downloads
into its local index cache on open (:func:`pull_index`), and a writer uploads when the one
there is far enough behind (:func:`publish_index`). Derived data only: any failure leaves
things as they were, and a worker then replays more of the change log or builds the index."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from ..errors import StoreError

# Snapshot chunk size: well under Redis's 512 MB string limit, a few ms each on loopback.
SNAPSHOT_CHUNK = 8 << 20
# A writer re-uploads the shared snapshot only when more changes than this share of the
# store's articles happened since the snapshot in Redis (counted on the change log, whoever
# made them). Between uploads a worker opening from the snapshot replays the changes since it
# from the change log (band keys by row: at 100,000 articles and 1/8 that is ~12,500 rows,
# ~1-2 s). The writer's own index file (its local cache) is compacted at the same share of
# index entries (``RedisStore.index_file_slack``) and each compaction uploads when the snapshot
# is behind by half of it (entries and changes are counted differently), so the two come
# together. The upload of the whole file (90 MB at 10,000 articles, appended to the AOF) is
# what cost a 200-article protect half its speed when it came every 1/64.
SNAPSHOT_SLACK = 1 / 8

def _index_file_header(path: Path) -> dict[str, Any] | None:
    """The JSON header of a band index file (see :meth:`BandIndex.save`), or ``None``."""
    try:
        with open(path, "rb") as f:
            head = f.read(16)
            if len(head) < 16:
                return None
            meta = json.loads(f.read(int.from_bytes(head[12:16], "little")))
        return meta if isinstance(meta, dict) else None
    except (OSError, ValueError):
        return None


def pull_index(self: Any, path: Path) -> None:
    """``self``: the :class:`~reprint_guard.store.redis.RedisStore`. Bring the local index cache ``path`` up to the snapshot in Redis when it is older
    (or missing). Derived data: any failure leaves the cache as it was (the replica then
    builds the index from the store, or replays more of the change log)."""
    try:
        with self._errors():
            raw = self._r.get(self._k("snap"))
        if raw is None:
            return
        snap = json.loads(raw)
        local = _index_file_header(path)
        if local and local.get("store_uid") == self._uid and int(local.get("seq", -1)) >= snap["seq"]:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.pull")
        h = hashlib.sha256()
        try:
            with open(tmp, "wb") as f:
                for lo in range(0, snap["chunks"], 4):
                    with self._errors():
                        pipe = self._r.pipeline(transaction=False)
                        for i in range(lo, min(snap["chunks"], lo + 4)):
                            pipe.get(self._k("snap", snap["gen"], i))
                        parts = pipe.execute()
                    for part in parts:
                        if part is None:  # replaced by a newer snapshot meanwhile
                            raise OSError("snapshot generation gone")
                        h.update(part)
                        f.write(part)
                f.flush()
                os.fsync(f.fileno())
            if h.hexdigest() != snap["sha256"]:
                raise OSError("snapshot checksum differs")
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
    except (OSError, StoreError, ValueError, KeyError, TypeError):
        return

def publish_index(self: Any, path: Path) -> None:
    """Upload the index file ``path`` (just written by this writer) as the store's
    snapshot when the one there is behind it by more than :data:`SNAPSHOT_SLACK` of the
    store (or missing), a few 8 MiB chunks per round trip; the generation before the
    previous one is deleted (a reader still downloading the previous one can finish).
    Failures are ignored: the snapshot only saves open time."""
    meta = _index_file_header(path)
    if not self.writable or not meta or meta.get("store_uid") != self._uid:
        return
    try:
        with self._errors():
            pipe = self._r.pipeline(transaction=False)
            pipe.get(self._k("snap"))
            pipe.hlen(self._k("ids"))
            raw, n_articles = pipe.execute()
        cur = json.loads(raw) if raw else None
        if cur and int(meta["seq"]) - cur["seq"] <= max(1, int(n_articles)) * SNAPSHOT_SLACK / 2:
            return  # not behind by enough (or ahead): workers replay the change log since it
        with self._errors():
            gen = int(self._r.incr(self._k("snap", "gen")))
        h = hashlib.sha256()
        n = 0
        with open(path, "rb") as f:
            done = False
            while not done:  # a few chunks per round trip
                with self._errors():
                    pipe = self._r.pipeline(transaction=False)
                    for _ in range(4):
                        part = f.read(SNAPSHOT_CHUNK)
                        if not part:
                            done = True
                            break
                        h.update(part)
                        pipe.set(self._k("snap", gen, n), part)
                        n += 1
                    pipe.execute()
        new = {
            "gen": gen,
            "chunks": n,
            "seq": int(meta["seq"]),
            "sha256": h.hexdigest(),
            "size": path.stat().st_size,
            "prev": {"gen": cur["gen"], "chunks": cur["chunks"]} if cur else None,
        }
        with self._errors():
            self._r.set(self._k("snap"), json.dumps(new))
            old = cur.get("prev") if cur else None
            if old:
                self._r.delete(*[self._k("snap", old["gen"], i) for i in range(old["chunks"])] or ["-"])
    except (OSError, StoreError, ValueError, KeyError, TypeError):
        return
