"""LSH index over band keys: which protected articles share a band with a query.

The candidate rule is datasketch ``MinHashLSH``'s (a pair is a candidate when any band of
their signatures is identical); the layout is ours, for memory: two parallel numpy arrays
sorted by key (uint64 key, int32 article slot) instead of one Python dict per band, looked up
with ``searchsorted``. Updates are queued and applied in one :meth:`BandIndex.flush`, which
publishes a new immutable snapshot, so readers never take a lock.
"""

from __future__ import annotations

import numpy as np


class BandIndex:
    """Band key → article slot, for candidate search.

    Slots are small non-negative integers chosen by the caller (the store's row ids).
    Writers (:meth:`add`, :meth:`remove`) must be serialised by the caller
    and followed by :meth:`flush`; readers see the state of the last flush, read as one
    snapshot, so concurrent queries never see a half-applied update.
    """

    def __init__(self) -> None:
        # (sorted keys uint64 [n], slots int32 [n], live slots) — replaced whole on flush.
        self._snap: tuple[np.ndarray, np.ndarray, frozenset[int]] = (
            np.zeros(0, dtype=np.uint64),
            np.zeros(0, dtype=np.int32),
            frozenset(),
        )
        self._add_keys: list[np.ndarray] = []
        self._add_slots: list[np.ndarray] = []
        self._removed: set[int] = set()

    def __len__(self) -> int:
        """Number of live articles (as of the last flush)."""
        return len(self._snap[2])

    def __contains__(self, slot: int) -> bool:
        return slot in self._snap[2]

    @property
    def n_entries(self) -> int:
        """Number of (key, slot) entries held."""
        return len(self._snap[0])

    def nbytes(self) -> int:
        """Bytes held by the sorted arrays (the bulk of the index)."""
        keys, slots, _ = self._snap
        return int(keys.nbytes + slots.nbytes)

    def add(self, slot: int, keys: np.ndarray) -> None:
        """Queue one article's *distinct* band keys under ``slot``, replacing any earlier entry.

        The keys come de-duplicated (``fingerprint_article`` returns ``np.unique`` output and the
        store keeps it), so they are not sorted or de-duplicated again: at 100,000 articles that
        second pass cost ~7 s of every store open.
        """
        self._removed.add(slot)  # drop the slot's old entries, if any, before adding the new
        keys = np.asarray(keys, dtype=np.uint64)
        self._add_keys.append(keys)
        self._add_slots.append(np.full(len(keys), slot, dtype=np.int32))

    def remove(self, slot: int) -> None:
        """Queue the removal of an article."""
        self._removed.add(slot)
        for i, s in enumerate(self._add_slots):
            if len(s) and s[0] == slot:
                self._add_keys[i] = self._add_keys[i][:0]
                self._add_slots[i] = s[:0]

    def flush(self) -> None:
        """Apply queued additions and removals and publish the new snapshot."""
        if not (self._add_keys or self._removed):
            return
        keys, slots, live = self._snap
        if self._removed:
            dead = np.fromiter(self._removed, dtype=np.int32, count=len(self._removed))
            keep = ~np.isin(slots, dead)
            keys, slots = keys[keep], slots[keep]
            live = live - self._removed
        if self._add_keys:
            new_k = np.concatenate(self._add_keys)
            new_s = np.concatenate(self._add_slots)
            keys = np.concatenate((keys, new_k))
            slots = np.concatenate((slots, new_s))
            live = live | frozenset(np.unique(new_s).tolist())
            order = np.argsort(keys, kind="stable")
            keys, slots = keys[order], slots[order]
        self._snap = (keys, slots, frozenset(live))
        self._add_keys, self._add_slots, self._removed = [], [], set()

    def query(self, keys: np.ndarray) -> dict[int, int]:
        """Candidates for a query's band keys.

        Args:
            keys: uint64 ``[q]`` distinct band keys of the query.

        Returns:
            ``{slot: number of the query's keys it shares}`` for every live article sharing at
            least one key. The count ranks candidates; any count makes a candidate.
        """
        index_keys, index_slots, _ = self._snap
        keys = np.asarray(keys, dtype=np.uint64)
        if not len(index_keys) or not len(keys):
            return {}
        lo = np.searchsorted(index_keys, keys, side="left")
        hi = np.searchsorted(index_keys, keys, side="right")
        hit = hi > lo
        if not hit.any():
            return {}
        lo, hi = lo[hit], hi[hit]
        lens = hi - lo
        # Expand every [lo, hi) range into positions without a Python loop.
        pos = np.repeat(lo - np.cumsum(lens) + lens, lens) + np.arange(int(lens.sum()))
        slots, counts = np.unique(index_slots[pos], return_counts=True)
        return dict(zip(slots.tolist(), counts.tolist()))
