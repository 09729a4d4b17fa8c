"""The Store protocol's semantics, the same for every backend (SQLite and Redis)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from helpers import chinese_article

from reprint_guard import FingerprintScheme, Guard, IncompatibleStoreError, StoreError
from reprint_guard.store import open_store


def test_protect_check_list_remove(store_location: str) -> None:
    with Guard.open(store_location, create=True) as g:
        outs = [g.protect_document(chinese_article(i), source=f"a{i}.txt") for i in range(5)]
        assert [o.status for o in outs] == ["added"] * 5
        assert len({o.id for o in outs}) == 5
    with Guard.open(store_location) as r:
        assert len(r) == 5
        assert [a.source for a in r.articles()] == [f"a{i}.txt" for i in range(5)]
        assert r.check(chinese_article(2)).verdict == "reprint"
        assert r.check(chinese_article(77)).verdict == "clean"
        with Guard.open(store_location, create=True) as w:
            assert w.remove([outs[2].id, "000000000000"]) == [outs[2].id]
        # The reader's next check sees the removal without reopening.
        assert r.check(chinese_article(2)).verdict == "clean"
        assert len(r) == 4


def test_put_statuses_licensees_and_url(store_location: str) -> None:
    with Guard.open(store_location, create=True) as g:
        st = g.store
        assert g.protect_document(chinese_article(1), source="a.txt", licensees=["x.example"]).status == "added"
        assert g.protect_document(chinese_article(1), source="a.txt").status == "unchanged"
        assert g.protect_document(chinese_article(1), source="a.txt", licensees=["y.example"]).status == "updated"
        assert g.protect_document(chinese_article(1), source="a.txt", url="https://n.example/a").status == "updated"
        assert g.protect_document(chinese_article(1), source="a.txt").status == "unchanged"  # URL kept
        art = st.get(g.articles()[0].id)
        assert art is not None and art.licensees == ("x.example", "y.example") and art.url == "https://n.example/a"
        assert g.protect_document(chinese_article(2), source="a.txt").status == "updated"
        assert len(st) == 1 and st.get_rowid(art.rowid).body.startswith(chinese_article(2)[:20])
        # Twins: the same bytes under another source name carry the licensees over.
        out = g.protect_document(chinese_article(2), source="b.txt")
        assert out.status == "added" and "same text as article" in (out.reason or "")
        twins = st.same_content(st.get(out.id).content_sha256)
        assert [t[1] for t in twins] == ["a.txt", "b.txt"]


def test_change_log_and_signatures(store_location: str) -> None:
    with Guard.open(store_location, create=True) as g:
        st = g.store
        assert st.last_seq() == 0 and st.changes_since(0) == []
        a = g.protect_document(chinese_article(1), source="a.txt").id
        b = g.protect_document(chinese_article(2), source="b.txt").id
        g.protect_document(chinese_article(3), source="a.txt")  # update
        g.remove([b])
        ra = st.get(a).rowid
        log = st.changes_since(0)
        assert [op for _, _, op in log] == ["add", "add", "update", "remove"]
        assert [s for s, _, _ in log] == [1, 2, 3, 4] and st.last_seq() == 4
        assert st.changes_since(2) == log[2:]
        assert st.change_at(3) == (ra, "update") and st.change_at(99) is None
        assert ra not in {r for _, r, op in log if op == "remove"}
        # Signatures come back as stored.
        starts, sigs = st.passage_signatures(a)
        assert sigs.shape == (len(starts), g.scheme.passage_num_perm) and sigs.dtype == np.uint32
        assert st.doc_signature(a).hashvalues.shape == (g.scheme.num_perm,)
        assert np.array_equal(st.passage_signatures_of([ra, 999])[ra], sigs)
        (row, keys), = list(st.band_keys([ra, 999]))
        assert row == ra and keys.dtype == np.uint64 and len(keys) == len(np.unique(keys))
        assert [r for r, _ in st.band_keys()] == [ra]
        got = st.fetch(signatures=[ra], articles=[ra, 12345])
        assert got.seq == 4 and set(got.articles) == {ra} and np.array_equal(got.signatures[ra], sigs)
        assert st.doc_signature(b) is None and st.passage_signatures(b) is None and st.get(b) is None


def test_manifest_and_another_scheme_is_refused(store_location: str) -> None:
    Guard.open(store_location, create=True).close()
    st = open_store(store_location, FingerprintScheme())
    m = st.manifest()
    assert m["scheme"] == FingerprintScheme().to_dict() and m["format"] == "reprint_guard-fingerprints"
    other = dataclasses.replace(FingerprintScheme(), seed=FingerprintScheme().seed + 1)
    with pytest.raises(IncompatibleStoreError, match="another fingerprint scheme"):
        open_store(store_location, other)


def test_read_only_handle_refuses_writes(store_location: str) -> None:
    Guard.open(store_location, create=True).close()
    with Guard.open(store_location) as r:
        with pytest.raises(StoreError, match=r"read-only; to write to it, open it with Guard\.open\(\w+, create=True\)"):
            r.protect_document(chinese_article(1), source="a.txt")
        with pytest.raises(StoreError, match="read-only"):
            r.store.remove(["abc"])


def test_index_file_is_shared_and_caught_up(store_location: str, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past the size threshold a writer writes the index file (Redis: and its snapshot); a
    new reader starts from it (Redis: with an empty local cache) and replays newer changes."""
    import reprint_guard.api as api

    monkeypatch.setattr(api, "INDEX_FILE_MIN_ENTRIES", 1000)
    with Guard.open(store_location, create=True, cache_dir=tmp_path / "cache-w") as w:
        w.protect([p for p in _files(tmp_path, 12)])
        assert w._index_file_seq == w.store.last_seq()
    with Guard.open(store_location, cache_dir=tmp_path / "cache-r") as r:
        assert r._index_file_seq == r.store.last_seq() and len(r) == 12
        with Guard.open(store_location, create=True, cache_dir=tmp_path / "cache-w") as w:
            w.protect_document(chinese_article(500), source="late.txt")
        assert r.check(chinese_article(500)).verdict == "reprint"
        assert len(r) == 13
        assert r.check(chinese_article(3)).verdict == "reprint"


def _files(tmp_path, n: int):
    d = tmp_path / "in"
    d.mkdir(exist_ok=True)
    for i in range(n):
        (d / f"{i:03d}.txt").write_text(chinese_article(i), encoding="utf-8")
        yield d / f"{i:03d}.txt"


def test_owners_and_boilerplate_are_the_same_on_every_backend(store_location: str) -> None:
    from helpers import NOTICE

    from reprint_guard.notice import parse_notice

    # A follow line no notice grammar knows, printed under every article of one outlet.
    follow = "欢迎扫码关注北岭日报微信公众号获取更多本地新闻，每天早晚两次推送重要消息和生活服务信息不见不散。" * 2

    def page(i: int) -> str:
        return f"北岭新闻第{i}号\n来源：北岭日报\n" + chinese_article(40 + i) + "\n" + follow

    with Guard.open(store_location, create=True) as g:
        ids = [g.protect_document(page(i), source=f"o{i}.txt").id for i in range(4)]
        other = g.protect_document("另一家报纸\n" + chinese_article(50) + "\n" + NOTICE, source="x.txt").id
        rows = {a.id: a.rowid for a in g.articles()}
        owners = g.store.owners_of([rows[ids[0]], rows[other], 99999])
        assert owners[rows[ids[0]]] == ("北岭日报", None)
        assert owners[rows[other]] == (None, parse_notice(NOTICE).rights_holder)
        assert 99999 not in owners
    with Guard.open(store_location) as r:
        # A copy without the follow line is still a full reprint: the follow line is boilerplate.
        assert r.check(chinese_article(41)).verdict == "reprint"


def test_one_protect_batch_sees_its_own_writes(store_location: str, tmp_path) -> None:
    """Inside one batch (a folder protected at once): a twin of a file written earlier in the
    batch gets its note and licensees, the same file twice is added then unchanged, and a
    file changed on disk between two protects is updated; the change log keeps the order."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(chinese_article(1), encoding="utf-8")
    (d / "b.txt").write_text(chinese_article(1), encoding="utf-8")  # a twin of a.txt
    (d / "c.txt").write_text(chinese_article(3), encoding="utf-8")
    with Guard.open(store_location, create=True) as g:
        outs = g.protect([d / "a.txt", d / "b.txt", d / "c.txt", d / "a.txt"], licensees=["x.example"])
        assert [o.status for o in outs] == ["added", "added", "added", "unchanged"]
        assert "same text as article" in (outs[1].reason or "")
        (d / "c.txt").write_text(chinese_article(4), encoding="utf-8")
        assert [o.status for o in g.protect([d])] == ["unchanged", "unchanged", "updated"]
        st = g.store
        assert [op for _, _, op in st.changes_since(0)] == ["add", "add", "add", "update"]
        assert [t[1] for t in st.same_content(st.get(outs[0].id).content_sha256)] == [str(d / "a.txt"), str(d / "b.txt")]
        assert g.check(chinese_article(4)).verdict == "reprint" and g.check(chinese_article(3)).verdict == "clean"


def test_a_changed_fold_probe_names_opencc_or_confusables_only_when_its_version_differs() -> None:
    from reprint_guard.store.base import SCHEME_KEYS, check_manifest

    want = {k: f"v-{k}" for k in SCHEME_KEYS} | {"format": "reprint_guard-fingerprints", "store_version": 1,
                                                 "opencc_version": "1.1.7", "confusables_version": "3.3.1"}
    have = dict(want, fold_probe="other-probe")
    with pytest.raises(IncompatibleStoreError) as same:
        check_manifest(have, want, path="st", location="st")
    assert "fold_probe" in str(same.value) and "_version" not in str(same.value)
    with pytest.raises(IncompatibleStoreError) as moved:
        check_manifest(dict(have, opencc_version="1.1.6"), want, path="st", location="st")
    assert "opencc_version: store has '1.1.6', this reprint_guard uses '1.1.7'" in str(moved.value)
    assert "confusables_version" not in str(moved.value)
    with pytest.raises(IncompatibleStoreError) as moved:
        check_manifest(dict(have, confusables_version="3.2.0"), want, path="st", location="st")
    assert "confusables_version: store has '3.2.0', this reprint_guard uses '3.3.1'" in str(moved.value)
    assert "opencc_version" not in str(moved.value)
    # Another version alone, folding the probe alike, is no reason to refuse a store.
    check_manifest(dict(want, opencc_version="1.1.6", confusables_version="3.2.0"), want, path="st", location="st")


def test_a_closed_guard_refuses_every_call(store_location: str, tmp_path) -> None:
    """After close() (or its with block) a Guard went on answering check() from an index nobody
    kept up to date, its store handle quietly connecting again (new-user trial). Every call now
    raises StoreError naming the store; closing again does nothing."""
    with Guard.open(store_location, create=True) as w:
        w.protect_document(chinese_article(1), source="a1.txt")
    page = tmp_path / "page.txt"
    page.write_text(chinese_article(1), encoding="utf-8")
    with Guard.open(store_location) as g:
        assert g.check(chinese_article(1)).verdict == "reprint" and len(g) == 1
    w = Guard.open(store_location, create=True)
    w.close()
    calls = {
        "check": lambda x: x.check(chinese_article(1)),
        "check_file": lambda x: x.check_file(page),
        "scan": lambda x: x.scan(page),
        "len": len,
        "articles": lambda x: x.articles(),
        "refresh": lambda x: x.refresh(),
        "protect_document": lambda x: x.protect_document(chinese_article(2), source="a2.txt"),
        "protect": lambda x: x.protect(page),
        "remove": lambda x: x.remove(["abc"]),
    }
    for guard in (g, w):
        for name, call in calls.items():
            with pytest.raises(StoreError, match=r"^this Guard on the fingerprint store .* was closed .*Guard\.open") as e:
                call(guard)
            assert type(e.value) is StoreError, name
        guard.close()  # again: nothing
    with Guard.open(store_location) as g:
        assert [a.source for a in g.articles()] == ["a1.txt"]  # the refused protect stored nothing
