"""Candidate search: key weighting by document frequency and the signature check."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from helpers import chinese_article
from hypothesis import given, settings
from hypothesis import strategies as st

from reprint_guard import Guard
from reprint_guard.candidates import any_window_pair_reaches, rank
from reprint_guard.config import FingerprintScheme
from reprint_guard.fingerprint import (
    LATIN_SALT,
    PASSAGE_SALT,
    band_keys,
    query_keys,
    query_windows,
    sliding_signatures,
    window_is_cjk,
)
from reprint_guard.index import BandIndex, Hits
from reprint_guard.normalize import normalize
from reprint_guard.shingle import shingle
from reprint_guard.verify import Side

SCHEME = FingerprintScheme()


def test_rank_weights_keys_by_inverse_document_frequency() -> None:
    index = BandIndex()
    common = np.arange(100, 110, dtype=np.uint64)  # held by all 20 articles
    for slot in range(20):
        index.add(slot, np.concatenate((common, np.array([1000 + slot], np.uint64))))
    index.add(50, np.array([7], np.uint64))  # a rare key
    index.flush()
    q = np.concatenate((common, np.array([7, 1003], np.uint64)))
    hits = index.hits(np.sort(q))
    got = {c.slot: round(c.score, 6) for c in rank(hits, limit=100, min_score=0)}
    assert got[50] == 1.0
    assert got[3] == round(10 / 20 + 1, 6)
    assert got[4] == 0.5
    # The default cut keeps the rare key's article and the one sharing its own key.
    ranked = rank(hits, limit=100)
    assert [c.slot for c in ranked[:2]] == [3, 50]
    assert {c.slot for c in ranked} == set(range(20)) | {50}  # 10 keys of df 20 weigh 0.5
    assert [c.slot for c in rank(hits, limit=100, min_score=0.75)] == [3, 50]
    assert [c.slot for c in rank(hits, limit=1)] == [3]
    # Each candidate carries the positions of the keys it shares.
    sorted_q = np.sort(q)
    c3 = next(c for c in ranked if c.slot == 3)
    assert sorted(sorted_q[c3.query_pos].tolist()) == sorted([*common.tolist(), 1003])


def test_rank_of_no_hits_is_empty() -> None:
    empty = Hits(np.zeros(0, np.int64), np.zeros(0, np.int32), np.zeros(3, np.int64))
    assert rank(empty, limit=5) == []


def test_window_pair_check_counts_equal_minhash_values() -> None:
    art = np.arange(64, dtype=np.uint32).reshape(2, 32)
    q = art[1:].copy()
    q[0, :12] += 1000  # 20 of 32 values agree: 0.625
    assert any_window_pair_reaches(q, art, 0.625)
    assert not any_window_pair_reaches(q, art, 0.65)
    assert any_window_pair_reaches(np.concatenate((art[:1] + 999, q)), art, np.array([0.1, 0.6]))
    assert not any_window_pair_reaches(q, art[:0], 0.0)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("新华社北京电记者报道今年全国经济增长 the quick brown fox jumps")), min_size=0, max_size=400))
def test_query_windows_give_the_query_keys(text: str) -> None:
    sh = shingle(normalize(text).text, SCHEME)
    qw = query_windows(sh, SCHEME)
    assert np.array_equal(qw.keys, query_keys(sh, SCHEME))
    assert qw.window is not None and len(qw.window) == len(qw.keys)
    if len(sh):
        sigs = sliding_signatures(sh.hashes, SCHEME)
        assert np.array_equal(qw.sigs, sigs)
        assert np.array_equal(qw.is_cjk, window_is_cjk(sh, np.arange(len(sigs)), SCHEME.passage_window))
        # Each key is a band key of the window named for it.
        b, r = SCHEME.passage_bands, SCHEME.passage_rows
        lb, lr = SCHEME.latin_passage_bands, SCHEME.latin_passage_rows
        for key, w in zip(qw.keys.tolist(), qw.window.tolist()):
            if qw.is_cjk[w]:
                assert key in band_keys(sigs[w : w + 1], b, r, PASSAGE_SALT).ravel().tolist()
            else:
                assert key in band_keys(sigs[w : w + 1], lb, lr, LATIN_SALT).ravel().tolist()


def test_boilerplate_shared_by_many_articles_is_not_a_candidate(tmp_path: Path) -> None:
    # 136 articles open with the same dateline sentence: each of its 8 band keys weighs 1/136,
    # under MIN_KEY_SCORE in all. A text sharing only that sentence is not worth reading 136
    # articles for, while a copy of one article is still found.
    dateline = "新华社北京五月六日电记者从国家发展和改革委员会获悉今年一季度全国重点项目建设进展顺利各地积极推进"

    def article(i: int) -> str:
        return f"第{i}篇报道\n\n{dateline}{chinese_article(i, 4)}"

    g = Guard.open(tmp_path / "fp", create=True)
    for i in range(136):
        g.protect_document(article(i), source=f"a{i}.txt", content_type="text")
    g.refresh()
    assert all(a.body.startswith(dateline) for a in g.articles())
    other = article(999)
    norm = normalize(other)
    side = Side.of(norm, shingle(norm.text, SCHEME))
    assert len(g._index.query(query_keys(side.shingles, SCHEME))) == 136  # plain LSH
    assert g._candidates(side) == []
    assert g.check(other).verdict == "clean"
    rep = g.check(article(7))
    assert rep.verdict == "reprint" and rep.matches[0].article.source == "a7.txt"
