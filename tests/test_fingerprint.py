"""Signatures equal datasketch's, sliding and tiled windows equal the naive minimum, band keys behave as LSH."""

from __future__ import annotations

import numpy as np
import pytest
from datasketch import MinHash, MinHashLSH
from hypothesis import given, settings
from hypothesis import strategies as st

from reprint_guard.config import FingerprintScheme, MatchConfig, optimal_lsh_params
from reprint_guard.errors import ConfigError
from reprint_guard.fingerprint import (
    LATIN_SALT,
    PASSAGE_SALT,
    band_keys,
    fingerprint_article,
    permutations,
    permuted,
    query_keys,
    signature,
    sliding_band_keys,
    sliding_signatures,
    tiled_signatures,
    tiled_windows,
    to_lean_minhash,
    window_is_cjk,
)
from reprint_guard.index import BandIndex
from reprint_guard.shingle import shingle, tokenize

SCHEME = FingerprintScheme()
TEXT = (
    "兰州市城关区今年新建社区食堂十二处，为辖区老人提供午餐和晚餐。"
    "食堂由街道统一招标运营，每餐价格不超过十二元，八十岁以上老人另有补贴。"
    "居民王女士说，过去中午常常凑合一顿，现在走几分钟就能吃上热饭热菜。"
)


def test_signature_equals_datasketch_update_batch() -> None:
    sh = shingle(TEXT, SCHEME)
    ours = signature(sh.hashes, 128, 1)
    ref = MinHash(num_perm=128, seed=1, hashfunc=lambda h: h, scheme="affine32")
    ref.update_batch([int(h) for h in sh.hashes])
    assert np.array_equal(ours, ref.hashvalues)
    # And the LeanMinHash wrapper estimates Jaccard like datasketch.
    assert to_lean_minhash(ours, 1).jaccard(ref) == 1.0


@pytest.mark.parametrize("num_perm,seed", [(128, 1), (32, 1), (16, 7)])
def test_permutations_are_datasketch_draws(num_perm: int, seed: int) -> None:
    a, b = MinHash(num_perm=num_perm, seed=seed, scheme="affine32").permutations
    ours = permutations(num_perm, seed)
    assert np.array_equal(ours[0], a) and np.array_equal(ours[1], b)


def test_empty_signature_is_datasketch_empty() -> None:
    assert np.array_equal(signature(np.zeros(0, np.uint32), 16, 1), MinHash(16, scheme="affine32").hashvalues)


def test_tokens_and_shingle_positions() -> None:
    toks = tokenize("北京2024年 hello world!")
    words = ["北京2024年 hello world!"[s:e] for s, e in zip(toks.starts, toks.ends)]
    assert words == ["北", "京", "2024", "年", "hello", "world"]
    sh = shingle("北京2024年 hello world!", FingerprintScheme(cjk_shingle=3, latin_shingle=2))
    # CJK starts take 3 tokens, word starts take 2; windows past the end are dropped.
    assert sh.first.tolist() == [0, 1, 2, 3, 4]
    assert sh.last.tolist() == [2, 3, 3, 5, 5]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 2**32 - 1), min_size=0, max_size=300), st.integers(2, 40))
def test_sliding_signatures_equal_naive_minimum(values: list[int], window: int) -> None:
    scheme = FingerprintScheme(passage_window=max(4, window), passage_num_perm=8, passage_threshold=0.5)
    h = np.array(values, dtype=np.uint32)
    got = sliding_signatures(h, scheme)
    w = scheme.passage_window
    if len(h) == 0:
        assert got.shape == (0, 8)
        return
    starts = range(max(len(h) - w + 1, 1))
    want = np.array([permuted(h[s : s + w], 8, scheme.seed).min(axis=0) for s in starts])
    assert np.array_equal(got, want)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 2**32 - 1), min_size=0, max_size=300), st.integers(4, 40), st.integers(4, 12))
def test_tiled_signatures_equal_naive_minimum(values: list[int], window: int, num_perm: int) -> None:
    scheme = FingerprintScheme(passage_window=window, passage_num_perm=num_perm, passage_threshold=0.5)
    h = np.array(values, dtype=np.uint32)
    starts, got = tiled_signatures(h, scheme)
    assert starts.tolist() == tiled_windows(len(h), window).tolist()
    want = np.array([permuted(h[s : s + window], num_perm, scheme.seed).min(axis=0) for s in starts.tolist()])
    assert got.dtype == np.uint32 and got.shape == (len(starts), num_perm)
    assert np.array_equal(got, want.reshape(len(starts), num_perm))


@pytest.mark.parametrize("block", [5, 37, 64])
@pytest.mark.parametrize("window", [4, 7, 32])
def test_signatures_in_blocks_equal_naive(monkeypatch: pytest.MonkeyPatch, block: int, window: int) -> None:
    """Long texts are hashed in blocks (to bound memory); a small block size exercises the seams."""
    from reprint_guard import fingerprint

    monkeypatch.setattr(fingerprint, "_BLOCK", block)
    scheme = FingerprintScheme(passage_window=window, passage_num_perm=8, passage_threshold=0.5)
    for n in (0, 3, window, 150, 301):
        h = np.random.default_rng(n).integers(0, 2**32, n, dtype=np.uint64).astype(np.uint32)
        assert np.array_equal(signature(h, 16, 1), permuted(h, 16, 1).min(axis=0, initial=2**32 - 1))
        starts, tiled = tiled_signatures(h, scheme)
        dense = sliding_signatures(h, scheme)
        for got, first in ((tiled, starts.tolist()), (dense, range(max(n - window + 1, 1) if n else 0))):
            want = [permuted(h[s : s + window], 8, 1).min(axis=0) for s in first]
            assert np.array_equal(got, np.array(want, dtype=np.uint32).reshape(len(want), 8))


# Few distinct tokens, so that windows repeat and scripts alternate within a text.
_TOKENS = st.sampled_from(["北", "京", "市", "区", "的", " ferry", " river", " 2024", "，"])


def _keys_by_window(sigs: np.ndarray, is_cjk: np.ndarray, scheme: FingerprintScheme) -> list[int]:
    """Sorted distinct band keys of each window, banded by its script: the plain definition."""
    keys = set(band_keys(sigs[is_cjk], scheme.passage_bands, scheme.passage_rows, PASSAGE_SALT).ravel().tolist())
    keys |= set(
        band_keys(sigs[~is_cjk], scheme.latin_passage_bands, scheme.latin_passage_rows, LATIN_SALT).ravel().tolist()
    )
    return sorted(keys)


@settings(max_examples=100, deadline=None)
@given(st.lists(_TOKENS, max_size=150), st.integers(4, 12))
def test_query_and_article_keys_are_the_band_keys_of_their_windows(tokens: list[str], window: int) -> None:
    scheme = FingerprintScheme(passage_window=window, passage_num_perm=16, cjk_shingle=2, latin_shingle=2)
    sh = shingle("".join(tokens), scheme)
    got = query_keys(sh, scheme)
    assert got.dtype == np.uint64
    sigs = sliding_signatures(sh.hashes, scheme)
    is_cjk = window_is_cjk(sh, np.arange(len(sigs), dtype=np.int64), window)
    assert got.tolist() == _keys_by_window(sigs, is_cjk, scheme)
    fp = fingerprint_article(sh, scheme)
    starts, psigs = tiled_signatures(sh.hashes, scheme)
    assert np.array_equal(fp.passage_starts, starts) and np.array_equal(fp.passage_signatures, psigs)
    assert fp.keys.dtype == np.uint64
    assert fp.keys.tolist() == _keys_by_window(psigs, window_is_cjk(sh, starts, window), scheme)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(0, 2**32 - 1), min_size=1, max_size=200), st.integers(1, 4), st.integers(1, 4))
def test_sliding_band_keys_are_the_distinct_band_keys(values: list[int], bands: int, rows: int) -> None:
    scheme = FingerprintScheme(passage_window=4, passage_num_perm=16)
    sigs = sliding_signatures(np.array(values, dtype=np.uint32), scheme)
    want = set(np.unique(band_keys(sigs, bands, rows, PASSAGE_SALT)).tolist())
    assert set(sliding_band_keys(sigs, bands, rows, PASSAGE_SALT).tolist()) == want


def test_tiled_windows_cover_every_shingle() -> None:
    assert tiled_windows(0, 32).tolist() == []
    assert tiled_windows(10, 32).tolist() == [0]
    assert tiled_windows(64, 32).tolist() == [0, 32]
    assert tiled_windows(70, 32).tolist() == [0, 32, 38]


def test_excerpt_window_has_identical_sliding_signature() -> None:
    """A protected window lying wholly inside a copied excerpt shares every band key."""
    rng = np.random.default_rng(7)
    art = rng.integers(0, 2**32, 500, dtype=np.uint64).astype(np.uint32)
    page = np.concatenate((rng.integers(0, 2**32, 1000, dtype=np.uint64).astype(np.uint32), art[100:180]))
    scheme = SCHEME
    starts, psigs = tiled_signatures(art, scheme)
    inside = [i for i, s in enumerate(starts) if 100 <= s and s + scheme.passage_window <= 180]
    assert inside, "an 80-shingle excerpt holds at least one whole 32-shingle window"
    dense = sliding_signatures(page, scheme)
    for i in inside:
        assert (dense == psigs[i]).all(axis=1).any()


def test_band_index_gives_the_candidates_of_datasketch_minhashlsh() -> None:
    rng = np.random.default_rng(1)
    b, r = SCHEME.passage_bands, SCHEME.passage_rows
    lsh = MinHashLSH(num_perm=SCHEME.passage_num_perm, params=(b, r))
    index = BandIndex()
    base = rng.integers(0, 2**32, (40, SCHEME.passage_num_perm), dtype=np.uint64).astype(np.uint32)
    # Near-duplicates of row 0 so that some queries have several candidates.
    sigs = np.concatenate((base, np.repeat(base[:1], 5, axis=0)))
    sigs[40:, :4] = rng.integers(0, 2**32, (5, 4), dtype=np.uint64).astype(np.uint32)
    for i, s in enumerate(sigs):
        lsh.insert(str(i), to_lean_minhash(s, SCHEME.seed))
        index.add(i, band_keys(s[None, :], b, r, PASSAGE_SALT).ravel())
    index.flush()
    for q in range(len(sigs)):
        mutated = sigs[q].copy()
        mutated[rng.integers(0, len(mutated), 6)] ^= 1
        want = {int(k) for k in lsh.query(to_lean_minhash(mutated, SCHEME.seed))}
        got = set(index.query(band_keys(mutated[None, :], b, r, PASSAGE_SALT).ravel()))
        assert got == want


def test_index_remove_and_replace() -> None:
    index = BandIndex()
    index.add(1, np.array([5, 6, 7], np.uint64))
    index.add(2, np.array([7, 8], np.uint64))
    index.flush()
    assert index.query(np.array([7, 8, 9], np.uint64)) == {1: 1, 2: 2}
    index.remove(1)
    index.add(2, np.array([9], np.uint64))  # updated in place: old keys gone
    index.flush()
    assert index.query(np.array([7, 8, 9], np.uint64)) == {2: 1}
    assert len(index) == 1


def test_article_keys_are_found_by_a_verbatim_query() -> None:
    sh = shingle(TEXT * 3, SCHEME)
    fp = fingerprint_article(sh, SCHEME)
    assert np.isin(fp.keys, query_keys(sh, SCHEME)).all()


@pytest.mark.parametrize("threshold,num_perm", [(0.3, 64), (0.5, 32), (0.5, 128), (0.8, 256)])
def test_lsh_params_match_datasketch(threshold: float, num_perm: int) -> None:
    from datasketch.lsh import _optimal_param

    assert optimal_lsh_params(threshold, num_perm) == _optimal_param(threshold, num_perm, 0.5, 0.5)


@pytest.mark.parametrize(
    "kwargs",
    [{"threshold": 1.5}, {"threshold": -0.1}, {"min_passage": 0}, {"edited_coverage": 0.97}],
    ids=["threshold-high", "threshold-negative", "min-passage-zero", "edited-above-reprint"],
)
def test_match_config_rejects_out_of_range(kwargs: dict) -> None:
    with pytest.raises(ConfigError):
        MatchConfig(**kwargs)
