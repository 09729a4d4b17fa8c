"""The band index: bucketed base segment, delta, dead slots, and its memory-mapped file."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import numpy as np
import pytest
from helpers import chinese_article, newsroom_page
from hypothesis import given, settings
from hypothesis import strategies as st

from reprint_guard import Guard, api
from reprint_guard.index import BandIndex
from reprint_guard.store import INDEX_FILE


def reference(entries: dict[int, np.ndarray], q: np.ndarray) -> dict[int, int]:
    """The candidate rule spelled out: articles sharing any key, with how many they share."""
    qs = set(q.tolist())
    out = {slot: len(qs & set(keys.tolist())) for slot, keys in entries.items()}
    return {s: n for s, n in out.items() if n}


# Keys drawn from a small range so that queries hit and buckets hold several keys.
keysets = st.lists(st.integers(0, 2**64 - 1).map(lambda k: k % 5000 * 0x9E3779B97F4A7C15 % 2**64), min_size=1, max_size=40)


@settings(max_examples=80, deadline=None)
@given(
    articles=st.dictionaries(st.integers(0, 30), keysets, min_size=1, max_size=12),
    later=st.dictionaries(st.integers(0, 40), keysets, max_size=5),
    removed=st.sets(st.integers(0, 40), max_size=4),
    query=keysets,
)
def test_base_delta_and_dead_slots_give_the_reference_candidates(articles, later, removed, query, tmp_path_factory) -> None:
    entries = {s: np.unique(np.array(k, np.uint64)) for s, k in articles.items()}
    index = BandIndex()
    for s, k in entries.items():
        index.add(s, k)
    index.flush()
    path = tmp_path_factory.mktemp("ix") / INDEX_FILE
    index.save(path, {"seq": 1})
    mapped, meta = BandIndex.load(path)
    assert meta == {"seq": 1}
    q = np.unique(np.array(query, np.uint64))
    assert mapped.query(q) == index.query(q) == reference(entries, q)
    # Changes after the file: re-protected and new articles go to the delta, removals kill
    # the base entries of their slots.
    for s, k in later.items():
        entries[s] = np.unique(np.array(k, np.uint64))
        mapped.add(s, entries[s])
    for s in removed:
        entries.pop(s, None)
        mapped.remove(s)
    mapped.flush()
    assert mapped.query(q) == reference(entries, q)
    assert len(mapped) == len(entries)
    compact = mapped.compacted()
    assert compact.delta_entries == 0
    assert compact.query(q) == reference(entries, q)
    assert compact.n_entries == sum(len(k) for k in entries.values())


def test_document_frequency_counts_every_article_holding_the_key() -> None:
    index = BandIndex()
    index.add(1, np.array([5, 6], np.uint64))
    index.add(2, np.array([6], np.uint64))
    index.add(3, np.array([6, 9], np.uint64))
    index.flush()
    h = index.hits(np.array([5, 6, 7], np.uint64))
    assert h.df.tolist() == [1, 3, 0]
    assert sorted(zip(h.query_pos.tolist(), h.slots.tolist())) == [(0, 1), (1, 1), (1, 2), (1, 3)]


def test_a_large_delta_becomes_a_bucketed_base() -> None:
    rng = np.random.default_rng(3)
    keys = [np.unique(rng.integers(0, 2**64, 700, dtype=np.uint64)) for _ in range(120)]
    index = BandIndex()
    for s, k in enumerate(keys):
        index.add(s, k)
    index.flush()
    base = index._snap[0]
    assert base.buckets is not None and index.n_entries == sum(map(len, keys))
    q = np.unique(np.concatenate((keys[7][:50], keys[99][:3], rng.integers(0, 2**64, 100, dtype=np.uint64))))
    assert index.query(q) == {7: 50, 99: 3}


@pytest.mark.parametrize("damage", ["truncate", "garbage", "empty", "zeroed arrays", "one flipped bit"])
def test_a_damaged_file_is_refused(tmp_path: Path, damage: str) -> None:
    index = BandIndex()
    index.add(1, np.arange(100, dtype=np.uint64))
    index.flush()
    path = tmp_path / INDEX_FILE
    index.save(path, {"seq": 3})
    data = bytearray(path.read_bytes())
    header_end = 16 + int.from_bytes(data[12:16], "little")
    if damage == "zeroed arrays":
        data[header_end:] = bytes(len(data) - header_end)
    elif damage == "one flipped bit":
        data[-300] ^= 0x10
    else:
        data = {"truncate": data[: len(data) // 2], "garbage": b"x" * len(data), "empty": b""}[damage]
    path.write_bytes(bytes(data))
    with pytest.raises(ValueError):
        BandIndex.load(path)


# -- the file as the Guard uses it ---------------------------------------------------------------
@pytest.fixture()
def small_file_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    """Write index files for tiny stores too, so the tests exercise the file path."""
    monkeypatch.setattr(api, "INDEX_FILE_MIN_ENTRIES", 1)


def protect(store: Path, seeds: range) -> None:
    with Guard.open(store, create=True) as g:
        for i in seeds:
            assert g.protect_document(newsroom_page(chinese_article(i)), source=f"a{i}.txt").status == "added"


def verdicts(g: Guard, seeds: range) -> list[str]:
    return [g.check(chinese_article(i)).verdict for i in seeds]


def test_readers_map_the_file_and_replay_later_changes(tmp_path: Path, small_file_threshold) -> None:
    store = tmp_path / "fp"
    protect(store, range(6))
    assert (store / INDEX_FILE).exists()
    with Guard.open(store) as g:
        assert g._index_file_seq == g.store.last_seq() and len(g) == 6
        assert verdicts(g, range(8)) == ["reprint"] * 6 + ["clean"] * 2
    # A writer that adds little leaves the file as it is; readers replay the rest from SQLite.
    mtime = (store / INDEX_FILE).stat().st_mtime_ns
    with Guard.open(store, create=True) as w:
        w.protect_document(newsroom_page(chinese_article(6)), source="a6.txt")
        w.remove([w.articles()[0].id])
    with Guard.open(store) as g:
        if (store / INDEX_FILE).stat().st_mtime_ns == mtime:
            assert g._index_file_seq is not None and g._index_file_seq < g.store.last_seq()
        assert verdicts(g, range(8)) == ["clean"] + ["reprint"] * 6 + ["clean"]
        assert len(g) == 6


def test_a_foreign_stale_or_damaged_file_is_ignored(tmp_path: Path, small_file_threshold) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    protect(a, range(3))
    protect(b, range(3, 6))
    # Another store's file: its uid differs, so it is not used.
    shutil.copy(a / INDEX_FILE, b / INDEX_FILE)
    with Guard.open(b) as g:
        assert g._index_file_seq is None
        assert verdicts(g, range(6)) == ["clean"] * 3 + ["reprint"] * 3
    # A file ahead of the store (the store was restored from an older copy).
    backup = tmp_path / "backup.sqlite"
    shutil.copy(a / "fingerprints.sqlite", backup)
    protect(a, range(3, 9))
    shutil.copy(backup, a / "fingerprints.sqlite")
    with Guard.open(a) as g:
        assert g._index_file_seq is None
        assert verdicts(g, range(6)) == ["reprint"] * 3 + ["clean"] * 3
    # Written again: the writer found the file ahead of the store and rewrote it.
    protect(a, range(20, 26))
    with Guard.open(a) as g:
        assert g._index_file_seq == g.store.last_seq()
        assert verdicts(g, range(6)) == ["reprint"] * 3 + ["clean"] * 3
        assert verdicts(g, range(20, 26)) == ["reprint"] * 6
    # A truncated file.
    with open(a / INDEX_FILE, "r+b") as f:
        f.truncate(os.path.getsize(a / INDEX_FILE) // 3)
    with Guard.open(a) as g:
        assert g._index_file_seq is None
        assert verdicts(g, range(6)) == ["reprint"] * 3 + ["clean"] * 3


def test_small_stores_keep_no_index_file(tmp_path: Path) -> None:
    store = tmp_path / "fp"
    protect(store, range(3))
    assert sorted(os.listdir(store)) == ["fingerprints.sqlite"]


def test_removing_many_articles_rewrites_the_file(tmp_path: Path, small_file_threshold) -> None:
    store = tmp_path / "fp"
    protect(store, range(20))
    with Guard.open(store, create=True) as w:
        seq_before = w._index_file_seq
        w.remove([a.id for a in w.articles()[:5]])  # a quarter of the index: past INDEX_FILE_SLACK
        assert w._index_file_seq is not None and w._index_file_seq > seq_before
    with Guard.open(store) as g:
        assert g._index_file_seq == g.store.last_seq() and len(g) == 15
        assert g._index.delta_entries == 0


def test_a_killed_writers_temporary_file_is_removed_by_the_next_save(tmp_path: Path) -> None:
    index = BandIndex()
    index.add(1, np.arange(10, dtype=np.uint64))
    index.flush()
    orphan = tmp_path / f".{INDEX_FILE}.999999999.tmp"  # no such process
    orphan.write_bytes(b"half written")
    index.save(tmp_path / INDEX_FILE, {"seq": 1})
    assert not orphan.exists()
    assert sorted(os.listdir(tmp_path)) == [INDEX_FILE]
