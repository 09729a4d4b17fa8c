"""MinHash signatures of shingle sets, batch-hashed with numpy, and their LSH band keys.

Signatures are bit-for-bit those of datasketch's ``MinHash(num_perm, seed, scheme="affine32")``
fed the shingle hashes through ``hashfunc=lambda h: h``: datasketch pre-mixes each hash with the
MurmurHash3 32-bit finaliser and applies the affine permutations ``a * h + b (mod 2**32)``
(datasketch 2.0 ``MinHash.update_batch``). We compute the same thing for all shingles at once
instead of through Python calls per shingle, and a test checks the equality.

Two levels:

* document signature: one ``num_perm`` signature over all shingles of a text;
* passage signatures: ``passage_num_perm`` signatures over windows of ``passage_window``
  consecutive shingles. Protected articles store tiled windows (``[0, W), [W, 2W), …`` plus one
  window flush with the end); suspect texts are queried with *every* window position (dense
  sliding windows), so a protected window that lies inside a copied excerpt meets an identical
  window in the suspect, whatever the excerpt's offset.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from .config import FingerprintScheme
from .shingle import Shingles, fmix64_inplace

_SCHEME = "affine32"
_MAX32 = np.uint32(0xFFFFFFFF)
# Shingles hashed per block: bounds memory at block * num_perm * 4 bytes (8 MiB for 128 perms).
_BLOCK = 16384
_FNV = np.uint64(0x100000001B3)
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)


if TYPE_CHECKING:
    from datasketch import LeanMinHash


@functools.lru_cache(maxsize=16)
def permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """The affine permutation parameters ``(a, b)`` datasketch draws for ``(num_perm, seed)``.

    Returns two read-only uint32 arrays of shape ``[num_perm]``: odd multipliers ``a`` and
    offsets ``b``, drawn as datasketch 2.0's ``MinHash._init_permutations`` draws them for the
    ``affine32`` scheme (``RandomState(seed)``; a test checks the equality). Drawn here rather
    than through ``MinHash`` because importing datasketch pulls in SciPy, half a second of
    start-up that every scan and worker process would pay.
    """
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    a.flags.writeable = False
    b.flags.writeable = False
    return a, b


def fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finaliser, element-wise on uint32 (as datasketch applies it)."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def permuted(hashes: np.ndarray, num_perm: int, seed: int) -> np.ndarray:
    """All permuted values of the shingle hashes: uint32 ``[len(hashes), num_perm]``.

    The plain shingle-major layout, kept as the reference the tests check the fast paths
    against; the signature functions use the transposed :func:`_permuted_t`.
    """
    a, b = permutations(num_perm, seed)
    with np.errstate(over="ignore"):
        v = fmix32(np.asarray(hashes, dtype=np.uint32))[:, None]
        return v * a[None, :] + b[None, :]


def _mixed(hashes: np.ndarray) -> np.ndarray:
    """``fmix32`` of the shingle hashes, uint32 ``[n]``: computed once, shared by every pass."""
    return fmix32(np.asarray(hashes, dtype=np.uint32))


def _permuted_t(mixed: np.ndarray, num_perm: int, seed: int) -> np.ndarray:
    """Permuted values of ``fmix32``-mixed hashes, permutation-major: uint32 ``[num_perm, n]``.

    The transpose of :func:`permuted`. Every numpy inner loop then runs along the ``n``
    shingles rather than along ``num_perm`` values, which for a few thousand shingles is
    several times faster (numpy pays a fixed cost per inner loop). Integer arrays wrap
    modulo ``2**32`` without warnings, as the affine permutations need.
    """
    a, b = permutations(num_perm, seed)
    out = a[:, None] * mixed[None, :]
    out += b[:, None]
    return out


def signature(hashes: np.ndarray, num_perm: int, seed: int) -> np.ndarray:
    """MinHash signature of a set of 32-bit shingle hashes: uint32 ``[num_perm]``.

    An empty set gives all ``2**32 - 1`` (datasketch's empty MinHash); callers must not
    compare empty signatures, whose estimated Jaccard would be 1.0.
    """
    return _signature(_mixed(hashes), num_perm, seed)


def _signature(mixed: np.ndarray, num_perm: int, seed: int) -> np.ndarray:
    """:func:`signature` of ``fmix32``-mixed hashes (uint32 ``[n]``): uint32 ``[num_perm]``."""
    out = np.full(num_perm, _MAX32, dtype=np.uint32)
    for i in range(0, len(mixed), _BLOCK):
        np.minimum(out, _permuted_t(mixed[i : i + _BLOCK], num_perm, seed).min(axis=1), out=out)
    return out


def to_lean_minhash(sig: np.ndarray, seed: int) -> LeanMinHash:
    """Wrap a signature as a datasketch ``LeanMinHash`` (for datasketch's own LSH or Jaccard)."""
    from datasketch import LeanMinHash  # deferred: see permutations()

    return LeanMinHash(seed=seed, hashvalues=sig, scheme=_SCHEME)


def tiled_windows(n: int, window: int) -> np.ndarray:
    """Start offsets of the stored passage windows over ``n`` shingles: int64 ``[p]``.

    Windows ``[s, s + window)`` tile the shingles; one more window is flush with the end when
    the tiling leaves a tail. ``n <= window`` gives the single window ``[0, n)``.
    """
    if n <= 0:
        return np.zeros(0, dtype=np.int64)
    if n <= window:
        return np.zeros(1, dtype=np.int64)
    starts = np.arange(0, n - window + 1, window, dtype=np.int64)
    if starts[-1] + window < n:
        starts = np.append(starts, n - window)
    return starts


def tiled_signatures(hashes: np.ndarray, scheme: FingerprintScheme) -> tuple[np.ndarray, np.ndarray]:
    """Passage signatures of a protected text.

    Returns ``(starts, sigs)``: int64 ``[p]`` window starts (in shingles, :func:`tiled_windows`)
    and uint32 ``[p, passage_num_perm]`` signatures of windows ``[start, min(start + W, n))``.
    """
    starts = tiled_windows(len(hashes), scheme.passage_window)
    sigs = _tiled_t(_mixed(hashes), scheme.passage_window, scheme.passage_num_perm, scheme.seed)
    return starts, np.ascontiguousarray(sigs.T)


def _tiled_t(mixed: np.ndarray, w: int, k: int, seed: int) -> np.ndarray:
    """Signatures of the :func:`tiled_windows` of mixed hashes, permutation-major: uint32 ``[k, p]``.

    One permutation of all the shingles and ``np.minimum.reduceat`` over the tile starts
    gives the whole tiles ``[jW, (j + 1)W)``; the window flush with the end, when there is
    one, overlaps the last tile and is reduced on its own.
    """
    n = len(mixed)
    if n == 0:
        return np.zeros((k, 0), dtype=np.uint32)
    if n <= w:
        return _permuted_t(mixed, k, seed).min(axis=1)[:, None]
    tiled = (n // w) * w
    step = max(1, _BLOCK // w) * w  # whole tiles per block, to bound memory as signature() does
    parts = []
    for s in range(0, tiled, step):
        e = min(s + step, tiled)
        parts.append(np.minimum.reduceat(_permuted_t(mixed[s:e], k, seed), np.arange(0, e - s, w), axis=1))
    if n > tiled:
        parts.append(_permuted_t(mixed[n - w :], k, seed).min(axis=1)[:, None])
    return np.concatenate(parts, axis=1) if len(parts) > 1 else parts[0]


def sliding_signatures(hashes: np.ndarray, scheme: FingerprintScheme) -> np.ndarray:
    """Passage signatures of every window of ``W`` consecutive shingles of a suspect text.

    Returns uint32 ``[max(n - W + 1, 1), passage_num_perm]`` (one window ``[0, n)`` when
    ``n <= W``; ``[0, k]`` when ``n == 0``). See :func:`_sliding_t` for the method.
    """
    sigs = _sliding_t(_mixed(hashes), scheme.passage_window, scheme.passage_num_perm, scheme.seed)
    return np.ascontiguousarray(sigs.T)


def _sliding_t(mixed: np.ndarray, w: int, k: int, seed: int) -> np.ndarray:
    """:func:`sliding_signatures` of mixed hashes, permutation-major: uint32 ``[k, m]``.

    Sliding minima by doubling, as in the sparse table for range-minimum queries (Bender &
    Farach-Colton, "The LCA problem revisited", 2000): the minima over ``[i, i + 2s)`` are
    those over ``[i, i + s)`` and ``[i + s, i + 2s)``; once ``s`` is the largest power of two
    ``<= W``, window ``[i, i + W)`` is the union of ``[i, i + s)`` and ``[i + W - s, i + W)``.
    That is ``floor(log2 W) + 1`` passes, each one long loop per permutation. (van Herk /
    Gil-Werman needs three passes, but its prefix and suffix minima inside blocks of ``W`` run
    one short loop per block and permutation: ~6x slower here for 3,000 shingles.)
    """
    n = len(mixed)
    if n == 0:
        return np.zeros((k, 0), dtype=np.uint32)
    if n <= w:
        return _permuted_t(mixed, k, seed).min(axis=1)[:, None]
    m = n - w + 1
    if m <= _BLOCK:
        return _sliding_min(_permuted_t(mixed, k, seed), w)
    # Chunks of window starts with a W-1 overlap, so memory stays bounded on huge pages.
    out = np.empty((k, m), dtype=np.uint32)
    for c0 in range(0, m, _BLOCK):
        c1 = min(m, c0 + _BLOCK)
        out[:, c0:c1] = _sliding_min(_permuted_t(mixed[c0 : c1 + w - 1], k, seed), w)
    return out


def _sliding_min(v: np.ndarray, w: int) -> np.ndarray:
    """Minima of every ``w`` consecutive columns of uint32 ``[k, L]`` (``L >= w``): ``[k, L - w + 1]``."""
    span = 1
    while 2 * span <= w:
        v = np.minimum(v[:, :-span], v[:, span:])
        span *= 2
    if span < w:
        m = v.shape[1] - (w - span)
        v = np.minimum(v[:, :m], v[:, w - span :])
    return v


def _band_hash(cols: np.ndarray, band: np.ndarray, bands: int, salt: int) -> np.ndarray:
    """64-bit keys of band values: uint64 ``[q]``.

    ``cols`` is uint32 ``[rows, q]`` (column ``i`` holds the ``rows`` values of one band, in
    order) and ``band`` int ``[q]`` its band number, below ``bands``. Key: ``h = fmix64(h *
    0x100000001B3 + value_r + r + 1)`` over the rows from ``h = 0``, then ``fmix64(h ^ (band +
    1) * golden ^ salt)``. Computed in place with one scratch array and a per-band table of
    the last xor: numpy's per-call cost dominates on a page's few thousand keys.
    """
    rows, q = cols.shape
    v = cols.astype(np.uint64)
    v += np.arange(1, rows + 1, dtype=np.uint64)[:, None]
    tmp = np.empty(q, dtype=np.uint64)
    h = fmix64_inplace(v[0], tmp)  # h * 0x100000001B3 is 0 on the first row
    for r in range(1, rows):
        h *= _FNV
        h += v[r]
        fmix64_inplace(h, tmp)
    tags = (np.arange(1, bands + 1, dtype=np.uint64) * _GOLDEN) ^ np.uint64(salt)
    h ^= tags[band]
    return fmix64_inplace(h, tmp)


def band_keys(sigs: np.ndarray, bands: int, rows: int, salt: int) -> np.ndarray:
    """64-bit LSH band keys: uint64 ``[len(sigs), bands]``.

    Key ``j`` of a signature hashes band ``j``'s ``rows`` values together with ``j`` and
    ``salt`` (document and passage keys live in one index), so two signatures share key ``j``
    exactly when their band ``j`` values are equal, barring a 64-bit collision: the candidate
    rule of datasketch ``MinHashLSH`` with ``params=(bands, rows)``.
    """
    sigs = np.asarray(sigs, dtype=np.uint32)
    if sigs.ndim != 2 or sigs.shape[1] < bands * rows:
        raise ValueError(f"signatures of shape {sigs.shape} cannot give {bands} bands of {rows} rows")
    m = sigs.shape[0]
    cols = sigs[:, : bands * rows].reshape(m * bands, rows).T
    band = np.tile(np.arange(bands), m)
    return _band_hash(cols, band, bands, salt).reshape(m, bands)


def sliding_band_keys(sigs: np.ndarray, bands: int, rows: int, salt: int) -> np.ndarray:
    """Band keys of consecutive sliding windows, each band's repeats dropped before hashing.

    ``sigs`` is uint32 ``[m, k]``. Neighbouring windows share most minima, so a band's values
    change only every few positions: hashing only the changes costs a fraction of
    :func:`band_keys` on a long page. Returns uint64 ``[q]``: every distinct key of
    :func:`band_keys` on ``sigs`` (with repeats possible across non-neighbouring windows), in
    no particular order.
    """
    sigs = np.asarray(sigs, dtype=np.uint32)
    return _run_keys(np.ascontiguousarray(sigs.T), np.ones(len(sigs), dtype=bool), bands, rows, salt)


def _run_keys(
    v: np.ndarray, sel: np.ndarray, bands: int, rows: int, salt: int, *, windows: bool = False
) -> np.ndarray | tuple[np.ndarray, np.ndarray]:
    """:func:`sliding_band_keys` of the selected windows of permutation-major signatures.

    ``v`` is uint32 ``[k, m]``, C-contiguous (window ``i``'s signature is column ``i``), ``sel``
    bool ``[m]``. A band key is hashed where a selected window's band values differ from the
    previous window's, or the previous window is not selected: every distinct key of the
    selected windows is among them. Returns uint64 ``[q]``, in no particular order, and with
    ``windows=True`` also int64 ``[q]``: the window each key was hashed from.
    """
    m = v.shape[1]
    if m == 0:
        return np.zeros(0, dtype=np.uint64)
    vb = v[: bands * rows].reshape(bands, rows, m)
    new = np.empty((bands, m), dtype=bool)
    new[:, 0] = sel[0]
    if m > 1:
        np.any(vb[:, :, 1:] != vb[:, :, :-1], axis=1, out=new[:, 1:])
        new[:, 1:] |= ~sel[:-1]
        new[:, 1:] &= sel[1:]
    # flatnonzero and a division: np.nonzero on the 2-D mask is several times slower.
    flat = np.flatnonzero(new)
    band = flat // m
    first_row = flat + band * ((rows - 1) * m)  # flat index of (band * rows, window) in v
    cols = v.reshape(-1)[first_row[None, :] + (np.arange(rows) * m)[:, None]]
    keys = _band_hash(cols, band, bands, salt)
    return (keys, flat - band * m) if windows else keys


def _unique(a: np.ndarray) -> np.ndarray:
    """Sorted distinct values of a 1-D array: what ``np.unique`` returns.

    Sort and compare neighbours: since numpy 2.3 ``np.unique`` goes through a hash table
    first, about 15x slower for a few thousand uint64 keys.
    """
    a = np.sort(a)
    keep = np.empty(len(a), dtype=bool)
    keep[:1] = True
    np.not_equal(a[1:], a[:-1], out=keep[1:])
    return a[keep]


PASSAGE_SALT = 0x13198A2E03707344  # CJK windows
LATIN_SALT = 0xA4093822299F31D0  # Latin-script windows


def window_is_cjk(sh: Shingles, starts: np.ndarray, window: int) -> np.ndarray:
    """Whether most shingles of each window ``[s, min(s + window, n))`` start at a CJK token.

    Returns bool ``[len(starts)]``. Decided by the window's own text, so a copied window is
    classed alike on both sides.
    """
    csum = _cjk_prefix_counts(sh)
    ends = np.minimum(starts + window, len(sh))
    return 2 * (csum[ends] - csum[starts]) >= (ends - starts)


def _cjk_prefix_counts(sh: Shingles) -> np.ndarray:
    """How many of the first ``i`` shingles start at a CJK token: int64 ``[n + 1]``."""
    csum = np.zeros(len(sh) + 1, dtype=np.int64)
    np.cumsum(sh.tokens.is_cjk[sh.first], out=csum[1:])
    return csum


def _sliding_is_cjk(sh: Shingles, window: int) -> np.ndarray:
    """:func:`window_is_cjk` of every sliding window, for ``n >= 1``: bool ``[max(n - W + 1, 1)]``.

    Slices of the prefix counts instead of gathers at ``starts = arange(max(n - W + 1, 1))``.
    """
    csum = _cjk_prefix_counts(sh)
    n = len(sh)
    if n <= window:
        return np.array([2 * csum[n] >= n])
    return 2 * (csum[window:] - csum[:-window]) >= window


def _script_keys(v: np.ndarray, is_cjk: np.ndarray, scheme: FingerprintScheme, fn) -> np.ndarray:
    """Band keys of windows, CJK windows banded apart from the others: uint64 ``[q]``, unsorted.

    ``v`` is uint32 ``[k, m]``, permutation-major signatures of ``m`` windows; ``is_cjk`` bool
    ``[m]``; ``fn(v, sel, bands, rows, salt)`` gives the keys of the windows ``sel``.
    """
    parts = []
    for sel, bands, rows, salt in (
        (is_cjk, scheme.passage_bands, scheme.passage_rows, PASSAGE_SALT),
        (~is_cjk, scheme.latin_passage_bands, scheme.latin_passage_rows, LATIN_SALT),
    ):
        if sel.any():
            parts.append(fn(v, sel, bands, rows, salt))
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.uint64)


def _tile_keys(v: np.ndarray, sel: np.ndarray, bands: int, rows: int, salt: int) -> np.ndarray:
    """:func:`band_keys` of the selected windows, band by band: uint64 ``[bands * sum(sel)]``.

    ``v`` is uint32 ``[k, m]``, permutation-major signatures; ``sel`` bool ``[m]``.
    """
    s = v[: bands * rows, sel]
    cols = s.reshape(bands, rows, -1).transpose(1, 0, 2).reshape(rows, -1)
    return _band_hash(cols, np.repeat(np.arange(bands), s.shape[1]), bands, salt)


@dataclass(frozen=True, eq=False)
class ArticleFingerprint:
    """What the store keeps for one protected article.

    Attributes:
        doc_signature: uint32 ``[num_perm]``.
        passage_starts: int64 ``[p]``, window starts in shingles.
        passage_signatures: uint32 ``[p, passage_num_perm]``.
        keys: uint64 ``[q]``, distinct LSH band keys of the passage signatures (banded by
            script, see :class:`~reprint_guard.config.FingerprintScheme`), to index (the
            document signature is stored, not indexed: see :func:`query_keys`).
        n_shingles: number of shingles fingerprinted.
    """

    doc_signature: np.ndarray
    passage_starts: np.ndarray
    passage_signatures: np.ndarray
    keys: np.ndarray
    n_shingles: int


def fingerprint_article(sh: Shingles, scheme: FingerprintScheme) -> ArticleFingerprint:
    """Document and tiled passage signatures of a protected article, with its band keys."""
    mixed = _mixed(sh.hashes)
    w = scheme.passage_window
    doc = _signature(mixed, scheme.num_perm, scheme.seed)
    starts = tiled_windows(len(sh), w)
    v = _tiled_t(mixed, w, scheme.passage_num_perm, scheme.seed)
    keys = _script_keys(v, window_is_cjk(sh, starts, w), scheme, _tile_keys)
    return ArticleFingerprint(doc, starts, np.ascontiguousarray(v.T), _unique(keys), len(sh))


def query_keys(sh: Shingles, scheme: FingerprintScheme) -> np.ndarray:
    """Distinct passage band keys of a suspect text, over every sliding window.

    Returns uint64 ``[q]``, sorted; empty when the text has no shingles. Document-level keys
    are not queried: a document whose whole signature is similar to an article's shares many
    windows with it, so they would add cost (a 128-permutation pass over the page) and no
    candidates.
    """
    if len(sh) == 0:
        return np.zeros(0, dtype=np.uint64)
    w = scheme.passage_window
    v = _sliding_t(_mixed(sh.hashes), w, scheme.passage_num_perm, scheme.seed)
    return _unique(_script_keys(v, _sliding_is_cjk(sh, w), scheme, _run_keys))


@dataclass(frozen=True, eq=False)
class QueryWindows:
    """A suspect's sliding passage windows and the distinct band keys they produce.

    Attributes:
        keys: uint64 ``[q]``, sorted and distinct: :func:`query_keys`.
        is_cjk: bool ``[m]``, banded as a Chinese window (else as a Latin-script one).
        mixed: uint32 ``[n]``, the ``fmix32``-mixed shingle hashes the windows are made of.
        scheme: the fingerprint scheme.
        window: int32 ``[q]``, a window whose band gives each key (any one, for a key that
            several windows give); ``None`` on a long text, where :meth:`windows_of` finds
            the windows of the keys asked for.

    The windows' signatures (uint32 ``[m, k]``, 128 bytes per shingle) are never all kept:
    a 1 MB page has ~330,000 windows. :meth:`signatures` computes those asked for.
    """

    keys: np.ndarray
    is_cjk: np.ndarray
    mixed: np.ndarray
    scheme: FingerprintScheme
    window: np.ndarray | None = None

    def windows_of(self, query_pos: np.ndarray) -> np.ndarray:
        """A window giving each of the keys ``keys[query_pos]``: int64 ``[len(query_pos)]``.

        On a long text the keys are hashed again, chunk by chunk, until every key asked
        for has its window (one more pass over the page at most, and only when asked).
        """
        query_pos = np.asarray(query_pos, dtype=np.int64)
        if self.window is not None:
            return self.window[query_pos].astype(np.int64)
        wanted = np.unique(query_pos)  # positions into the sorted keys: their keys are sorted
        u = self.keys[wanted]
        found = np.full(len(u), -1, dtype=np.int64)
        missing = len(u)
        for kk, ww in _chunk_keys(self.mixed, self.is_cjk, self.scheme):
            idx = np.minimum(np.searchsorted(u, kk), len(u) - 1)
            hit = (u[idx] == kk) & (found[idx] < 0)
            found[idx[hit]] = ww[hit]
            missing = int((found < 0).sum())
            if not missing:
                break
        return found[np.searchsorted(wanted, query_pos)]

    def signatures(self, windows: np.ndarray) -> np.ndarray:
        """Signatures of the given windows: uint32 ``[len(windows), k]`` (rows of
        :func:`sliding_signatures`)."""
        w, k, seed = self.scheme.passage_window, self.scheme.passage_num_perm, self.scheme.seed
        windows = np.asarray(windows, dtype=np.int64)
        if len(self.mixed) <= w:  # one window, [0, n)
            sig = _permuted_t(self.mixed, k, seed).min(axis=1)
            return np.repeat(sig[None, :], len(windows), axis=0)
        out = np.empty((len(windows), k), dtype=np.uint32)
        step = max(1, _BLOCK // w)
        for i in range(0, len(windows), step):
            idx = windows[i : i + step, None] + np.arange(w)[None, :]  # [c, w] shingles
            vals = _permuted_t(self.mixed[idx.ravel()], k, seed)  # [k, c * w]
            out[i : i + step] = vals.reshape(k, -1, w).min(axis=2).T
        return out

    @property
    def sigs(self) -> np.ndarray:
        """Every window's signature, uint32 ``[m, k]``: for tests and small texts only."""
        return self.signatures(np.arange(len(self.is_cjk)))


# Windows signed at a time by query_windows: ~0.5 MB per array, so the working memory of a
# page does not grow with it.
_QUERY_CHUNK = 4096
# Up to this many windows the window of every key is kept (12 bytes a key, a few hundred KB):
# a news page's candidate check then needs no second pass.
_KEEP_WINDOWS = 65536


def _chunk_keys(mixed: np.ndarray, is_cjk: np.ndarray, scheme: FingerprintScheme):
    """The band keys of the sliding windows, :data:`_QUERY_CHUNK` windows at a time: yields
    ``(keys uint64 [c], windows int64 [c])``, every key :func:`_run_keys` hashes on the whole
    text, each with the window it is hashed at."""
    w, k = scheme.passage_window, scheme.passage_num_perm
    m = len(is_cjk)
    scripts = (
        (is_cjk, scheme.passage_bands, scheme.passage_rows, PASSAGE_SALT),
        (~is_cjk, scheme.latin_passage_bands, scheme.latin_passage_rows, LATIN_SALT),
    )
    for c0 in range(0, m, _QUERY_CHUNK):
        # Windows [lo, c1): one window before the chunk, so that a band continuing from the
        # previous chunk is not hashed again (its key was taken there).
        lo, c1 = max(0, c0 - 1), min(m, c0 + _QUERY_CHUNK)
        if len(mixed) <= w:
            v = _permuted_t(mixed, k, scheme.seed).min(axis=1)[:, None]
        else:
            v = np.ascontiguousarray(_sliding_min(_permuted_t(mixed[lo : c1 + w - 1], k, scheme.seed), w))
        for sel, bands, rows, salt in scripts:
            part = sel[lo:c1]
            if part.any():
                kk, ww = _run_keys(v, part, bands, rows, salt, windows=True)
                keep = ww >= c0 - lo
                yield kk[keep], ww[keep] + lo


def query_windows(sh: Shingles, scheme: FingerprintScheme) -> QueryWindows:
    """:func:`query_keys` with what candidate search needs to check a shared band against
    whole windows (:meth:`QueryWindows.windows_of`, :meth:`QueryWindows.signatures`).

    Windows are signed :data:`_QUERY_CHUNK` at a time and only their band keys kept: about
    16 bytes per key at the peak (~1.8 keys per shingle on Chinese text) on a long page,
    instead of 128 bytes per window of signatures.
    """
    mixed = _mixed(sh.hashes)
    if len(sh) == 0:
        return QueryWindows(np.zeros(0, np.uint64), np.zeros(0, bool), mixed, scheme, np.zeros(0, np.int32))
    is_cjk = _sliding_is_cjk(sh, scheme.passage_window)
    if len(is_cjk) > _KEEP_WINDOWS:  # keys only: 8 bytes each, twice at the concatenation
        key_parts = [kk for kk, _ in _chunk_keys(mixed, is_cjk, scheme)]
        keys = np.concatenate(key_parts) if key_parts else np.zeros(0, np.uint64)
        del key_parts
        keys.sort()  # in place
        return QueryWindows(_unique_sorted(keys), is_cjk, mixed, scheme)
    parts = list(_chunk_keys(mixed, is_cjk, scheme))
    keys = np.concatenate([kk for kk, _ in parts]) if parts else np.zeros(0, np.uint64)
    wins = np.concatenate([ww for _, ww in parts]).astype(np.int32) if parts else np.zeros(0, np.int32)
    order = np.argsort(keys)  # a repeated key keeps any one of its windows
    keys, wins = keys[order], wins[order]
    first = _first_of_runs(keys)
    return QueryWindows(keys[first], is_cjk, mixed, scheme, wins[first])


def _first_of_runs(a: np.ndarray) -> np.ndarray:
    """bool ``[len(a)]``: where a sorted array's runs of equal values start."""
    first = np.empty(len(a), dtype=bool)
    first[:1] = True
    np.not_equal(a[1:], a[:-1], out=first[1:])
    return first


def _unique_sorted(a: np.ndarray) -> np.ndarray:
    return a[_first_of_runs(a)]


def to_bytes(a: np.ndarray) -> bytes:
    """Little-endian bytes of an array (the store's on-disk form; the dtype is fixed by field)."""
    return np.ascontiguousarray(a).astype(a.dtype.newbyteorder("<"), copy=False).tobytes()


def from_bytes(b: bytes, dtype: str, shape: tuple[int, ...] | None = None) -> np.ndarray:
    """Inverse of :func:`to_bytes` for a little-endian dtype string such as ``"<u4"``."""
    a = np.frombuffer(b, dtype=np.dtype(dtype))
    return a.reshape(shape) if shape is not None else a
