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
from .shingle import Shingles, fmix64

_SCHEME = "affine32"
_MAX32 = np.uint32(0xFFFFFFFF)
# Shingles hashed per block: bounds memory at block * num_perm * 4 bytes (8 MiB for 128 perms).
_BLOCK = 16384


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
    """All permuted values of the shingle hashes: uint32 ``[len(hashes), num_perm]``."""
    a, b = permutations(num_perm, seed)
    with np.errstate(over="ignore"):
        v = fmix32(np.asarray(hashes, dtype=np.uint32))[:, None]
        return v * a[None, :] + b[None, :]


def signature(hashes: np.ndarray, num_perm: int, seed: int) -> np.ndarray:
    """MinHash signature of a set of 32-bit shingle hashes: uint32 ``[num_perm]``.

    An empty set gives all ``2**32 - 1`` (datasketch's empty MinHash); callers must not
    compare empty signatures, whose estimated Jaccard would be 1.0.
    """
    out = np.full(num_perm, _MAX32, dtype=np.uint32)
    for i in range(0, len(hashes), _BLOCK):
        np.minimum(out, permuted(hashes[i : i + _BLOCK], num_perm, seed).min(axis=0), out=out)
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

    Returns ``(starts, sigs)``: int64 ``[p]`` window starts (in shingles) and uint32
    ``[p, passage_num_perm]`` signatures of windows ``[start, min(start + W, n))``.
    """
    n, w, k = len(hashes), scheme.passage_window, scheme.passage_num_perm
    starts = tiled_windows(n, w)
    sigs = np.empty((len(starts), k), dtype=np.uint32)
    for i, s in enumerate(starts.tolist()):
        sigs[i] = permuted(hashes[s : s + w], k, scheme.seed).min(axis=0)
    return starts, sigs


def sliding_signatures(hashes: np.ndarray, scheme: FingerprintScheme) -> np.ndarray:
    """Passage signatures of every window of ``W`` consecutive shingles of a suspect text.

    Returns uint32 ``[max(n - W + 1, 1), passage_num_perm]`` (one window ``[0, n)`` when
    ``n <= W``; ``[0, k]`` when ``n == 0``). Sliding minima by van Herk / Gil-Werman: prefix and
    suffix minima inside blocks of ``W``, so each window costs O(1) per permutation.
    """
    n, w, k = len(hashes), scheme.passage_window, scheme.passage_num_perm
    if n == 0:
        return np.zeros((0, k), dtype=np.uint32)
    if n <= w:
        return permuted(hashes, k, scheme.seed).min(axis=0)[None, :]
    out = np.empty((n - w + 1, k), dtype=np.uint32)
    # Process in chunks of whole blocks with a W-1 overlap so memory stays bounded on huge pages.
    chunk = max(w, (_BLOCK // w) * w)
    for c0 in range(0, n - w + 1, chunk):
        seg = hashes[c0 : min(n, c0 + chunk + w - 1)]
        v = permuted(seg, k, scheme.seed)
        m = len(seg)
        nb = -(-m // w)
        pad = np.full((nb * w - m, k), _MAX32, dtype=np.uint32)
        blocks = np.concatenate((v, pad)).reshape(nb, w, k)
        prefix = np.minimum.accumulate(blocks, axis=1).reshape(nb * w, k)
        suffix = np.minimum.accumulate(blocks[:, ::-1], axis=1)[:, ::-1].reshape(nb * w, k)
        cnt = m - w + 1
        out[c0 : c0 + cnt] = np.minimum(suffix[:cnt], prefix[w - 1 : w - 1 + cnt])
    return out


def _band_hash(v: np.ndarray, band: np.ndarray, salt: int) -> np.ndarray:
    """64-bit keys: row ``i`` of ``v`` (uint32 ``[m, rows]``) as band ``band[i]``: uint64 ``[m]``."""
    v = v.astype(np.uint64)
    with np.errstate(over="ignore"):
        h = np.zeros(len(v), dtype=np.uint64)
        for r in range(v.shape[1]):
            h = fmix64(h * np.uint64(0x100000001B3) + v[:, r] + np.uint64(r + 1))
        tag = (band.astype(np.uint64) + np.uint64(1)) * np.uint64(0x9E3779B97F4A7C15)
        return fmix64(h ^ tag ^ np.uint64(salt))


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
    v = sigs[:, : bands * rows].reshape(m * bands, rows)
    band = np.tile(np.arange(bands), m)
    return _band_hash(v, band, salt).reshape(m, bands)


def sliding_band_keys(sigs: np.ndarray, bands: int, rows: int, salt: int) -> np.ndarray:
    """Band keys of consecutive sliding windows, each band's repeats dropped before hashing.

    Neighbouring windows share most minima, so a band's values change only every few
    positions: hashing only the changes costs a fraction of :func:`band_keys` on a long page.
    Returns uint64 ``[q]``: every distinct key of :func:`band_keys` on ``sigs`` (with
    repeats possible across non-neighbouring windows), in no particular order.
    """
    m = sigs.shape[0]
    v = sigs[:, : bands * rows].reshape(m, bands, rows)
    changed = np.ones((m, bands), dtype=bool)
    if m > 1:
        changed[1:] = np.any(v[1:] != v[:-1], axis=2)
    win, band = np.nonzero(changed)
    return _band_hash(v[win, band], band, salt)


PASSAGE_SALT = 0x13198A2E03707344  # CJK windows
LATIN_SALT = 0xA4093822299F31D0  # Latin-script windows


def window_is_cjk(sh: Shingles, starts: np.ndarray, window: int) -> np.ndarray:
    """Whether most shingles of each window ``[s, min(s + window, n))`` start at a CJK token.

    Returns bool ``[len(starts)]``. Decided by the window's own text, so a copied window is
    classed alike on both sides.
    """
    cjk = sh.tokens.is_cjk[sh.first] if len(sh) else np.zeros(0, dtype=bool)
    csum = np.concatenate(([0], np.cumsum(cjk)))
    ends = np.minimum(starts + window, len(sh))
    return 2 * (csum[ends] - csum[starts]) >= (ends - starts)


def _keys_by_script(
    sigs: np.ndarray, is_cjk: np.ndarray, scheme: FingerprintScheme, fn
) -> np.ndarray:
    parts = []
    if is_cjk.any():
        parts.append(fn(sigs[is_cjk], scheme.passage_bands, scheme.passage_rows, PASSAGE_SALT).ravel())
    if (~is_cjk).any():
        parts.append(
            fn(sigs[~is_cjk], scheme.latin_passage_bands, scheme.latin_passage_rows, LATIN_SALT).ravel()
        )
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.uint64)


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
    doc = signature(sh.hashes, scheme.num_perm, scheme.seed)
    starts, psigs = tiled_signatures(sh.hashes, scheme)
    keys = _keys_by_script(psigs, window_is_cjk(sh, starts, scheme.passage_window), scheme, band_keys)
    return ArticleFingerprint(doc, starts, psigs, np.unique(keys), len(sh))


def query_keys(sh: Shingles, scheme: FingerprintScheme) -> np.ndarray:
    """Distinct passage band keys of a suspect text, over every sliding window.

    Returns uint64 ``[q]``, sorted; empty when the text has no shingles. Document-level keys
    are not queried: a document whose whole signature is similar to an article's shares many
    windows with it, so they would add cost (a 128-permutation pass over the page) and no
    candidates.
    """
    if len(sh) == 0:
        return np.zeros(0, dtype=np.uint64)
    psigs = sliding_signatures(sh.hashes, scheme)
    starts = np.arange(len(psigs), dtype=np.int64)
    is_cjk = window_is_cjk(sh, starts, scheme.passage_window)
    return np.unique(_keys_by_script(psigs, is_cjk, scheme, sliding_band_keys))


def to_bytes(a: np.ndarray) -> bytes:
    """Little-endian bytes of an array (the store's on-disk form; the dtype is fixed by field)."""
    return np.ascontiguousarray(a).astype(a.dtype.newbyteorder("<"), copy=False).tobytes()


def from_bytes(b: bytes, dtype: str, shape: tuple[int, ...] | None = None) -> np.ndarray:
    """Inverse of :func:`to_bytes` for a little-endian dtype string such as ``"<u4"``."""
    a = np.frombuffer(b, dtype=np.dtype(dtype))
    return a.reshape(shape) if shape is not None else a
