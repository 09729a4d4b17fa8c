"""The index replica: a process's LSH band index of one store, kept up to date.

:class:`IndexReplica` holds a :class:`~reprint_guard.store.index.BandIndex` over the band keys
of a :class:`~reprint_guard.store.base.Store`. On first use it maps the store's index file
(when the backend keeps one, it belongs to this store and is not ahead of it) or builds the
index from the store; after that :meth:`IndexReplica.refresh` replays the store's change log
since the last call, so a long-lived reader sees what other processes protected or removed.
A writer rewrites the file when it is due (:meth:`IndexReplica.save_if_due`).

It needs nothing of a backend beyond the :class:`Store` interface: ``last_seq``,
``changes_since``, ``change_at``, ``band_keys``, ``uid``, ``writable``, ``index_path``, and
``pull_index`` / ``publish_index`` (a server's shared snapshot of the file).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

from .base import Store
from .index import BandIndex

# Stores whose index holds fewer (key, article) entries than this (~1,500 articles) build it in
# memory on open (under 0.1 s); bigger ones keep it in a memory-mapped file beside the store.
INDEX_FILE_MIN_ENTRIES = 1 << 20
# A writer rewrites that file when the entries outside it (added or dead since it was written)
# exceed this share of the whole: readers replay those from the store on open (~1,500 articles
# at 100,000 is ~0.1 s), while each rewrite costs a linear merge of the whole index.
INDEX_FILE_SLACK = 1 / 64


class IndexReplica:
    """The band index of ``store``, caught up by :meth:`refresh`. Safe to share by threads:
    readers use :attr:`index` (an immutable snapshot) without a lock.

    ``on_change(rowids)`` is called, under the replica's lock, with the rows a refresh
    re-read (added, updated or removed), so that caches keyed by row id can drop them.
    ``min_file_entries`` and ``file_slack`` (share in (0, 1]) tune :meth:`save_if_due`.
    """

    def __init__(
        self,
        store: Store,
        *,
        on_change: Callable[[Sequence[int]], None] | None = None,
        min_file_entries: int = INDEX_FILE_MIN_ENTRIES,
        file_slack: float = INDEX_FILE_SLACK,
    ) -> None:
        self.store = store
        self.index = BandIndex()
        self.seq = -1  # the store's change the index reflects; -1 before the first load
        self.file_seq: int | None = None  # seq of the index file this replica loaded or wrote
        self._on_change = on_change
        self.min_file_entries = min_file_entries
        self.file_slack = file_slack
        self._lock = threading.Lock()

    def forked(self, store: Store, *, on_change: Callable[[Sequence[int]], None] | None = None) -> IndexReplica:
        """This replica's snapshot over another handle on the same store (a forked worker's):
        the index is shared, not copied."""
        r = IndexReplica(
            store, on_change=on_change, min_file_entries=self.min_file_entries, file_slack=self.file_slack
        )
        r.index, r.seq, r.file_seq = self.index, self.seq, self.file_seq
        return r

    def __len__(self) -> int:
        """Number of articles in the index."""
        return len(self.index)

    def refresh(self) -> None:
        """Catch up with articles protected or removed since the last call (any process)."""
        seq = self.store.last_seq()
        if seq == self.seq:
            return
        with self._lock:
            if seq == self.seq:
                return
            if self.seq < 0 and self._load_file(seq) and self.seq == seq:
                return
            if self.seq < 0:  # first load without a usable index file: everything
                touched = None
            else:
                changes = self.store.changes_since(self.seq)
                seq = max((s for s, _, _ in changes), default=seq)
                touched = sorted({rowid for _, rowid, _ in changes})
                for rowid in touched:
                    self.index.remove(rowid)
            # Rows changed after `seq` was read may load here too; re-applying them is harmless.
            for rowid, keys in self.store.band_keys(touched):
                self.index.add(rowid, keys)
            self.index.flush()
            if touched and self._on_change is not None:
                self._on_change(touched)
            self.seq = seq

    def _load_file(self, seq: int) -> bool:
        """Map the store's index file if it belongs to this store and is not ahead of ``seq``.

        A missing, foreign, damaged or newer file is ignored (the index is rebuilt from the
        store, which is the truth); changes made after the file was written are replayed by
        :meth:`refresh`.
        """
        path = self.store.index_path
        uid = self.store.uid()
        if path is None or uid is None:
            return False
        self.store.pull_index(path)  # a server's snapshot into the local cache, when newer
        try:
            index, meta = BandIndex.load(path)
        except (OSError, ValueError, KeyError, TypeError):
            return False
        file_seq = meta.get("seq")
        if meta.get("store_uid") != uid or not isinstance(file_seq, int) or not 0 <= file_seq <= seq:
            return False
        # A store restored from an older copy and written again reaches the file's seq by
        # another history: the change recorded at that seq tells them apart.
        if meta.get("change") != list(self.store.change_at(file_seq) or ()):
            return False
        self.index, self.seq, self.file_seq = index, file_seq, file_seq
        return True

    def save_if_due(self) -> None:
        """Write the compacted index file when this writable store's index is large enough
        (``min_file_entries``) and the file is missing or too far behind (``file_slack``).
        A failure to write it costs only open time: it is logged nowhere and the store stays
        as it was."""
        index = self.index
        path = self.store.index_path
        if path is None or not self.store.writable or index.n_entries < self.min_file_entries:
            return
        if self.file_seq is not None and index.delta_entries <= index.n_entries * self.file_slack:
            return
        uid = self.store.uid(create=True)
        with self._lock:
            compacted = self.index.compacted()
            try:
                meta = {"store_uid": uid, "seq": self.seq, "change": list(self.store.change_at(self.seq) or ())}
                path.parent.mkdir(parents=True, exist_ok=True)
                compacted.save(path, meta)
            except OSError:
                return  # e.g. a full disk: readers rebuild in memory, as before the file existed
            self.index, self.file_seq = compacted, self.seq
        self.store.publish_index(path)  # a server's readers start from it too
