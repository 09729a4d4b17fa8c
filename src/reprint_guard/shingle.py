"""Tokens and shingles of normalised text, hashed to 32 bits, with positions.

A token is one CJK character (Han, kana, hangul) or one maximal run of other letters and digits
(a word or a number). Punctuation and whitespace separate tokens and are never part of them, so
decorative punctuation cannot break a shingle.

A shingle is a run of consecutive tokens: ``cjk_shingle`` tokens when it starts at a CJK token
(character n-grams, the usual unit for Chinese near-duplicate detection), ``latin_shingle``
tokens when it starts at a word (word n-grams). Shingle ``i`` starts at token ``i``.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

import numpy as np

from .config import FingerprintScheme

# Polynomial base for rolling token hashes (odd, so multiplication is a bijection mod 2**64).
_BASE = np.uint64(0x100000001B3)
# Word tokens get this bit so that a word can never hash like a CJK code point.
_WORD_TAG = np.uint64(1 << 40)
# Positions (token offsets in the text, shingle offsets in the tokens): int32, as inputs are
# at most 16 MiB (MAX_INPUT_BYTES), so under 2**31 code points; half the memory of int64 on a
# large page.
_POS = np.int32


def _cjk_table() -> np.ndarray:
    """Boolean table over the BMP: True for CJK ideographs, kana and hangul."""
    t = np.zeros(0x10000, dtype=bool)
    for lo, hi in (
        (0x3040, 0x30FF),  # hiragana, katakana
        (0x3400, 0x4DBF),  # CJK extension A
        (0x4E00, 0x9FFF),  # CJK unified ideographs
        (0xAC00, 0xD7AF),  # hangul syllables
        (0xF900, 0xFAFF),  # CJK compatibility ideographs
        (0x3005, 0x3007),  # 々 〆 〇
    ):
        t[lo : hi + 1] = True
    return t


def _word_table() -> np.ndarray:
    """Boolean table over the BMP: True for letters and digits that are not CJK."""
    t = np.fromiter((chr(c).isalnum() for c in range(0x10000)), dtype=bool, count=0x10000)
    t[0xD800:0xE000] = False  # surrogates
    return t & ~_CJK


_CJK = _cjk_table()
_WORD = _word_table()
# One lookup per character instead of two: 0 separator, 1 CJK, 2 word character.
_CLASS = np.where(_CJK, 1, np.where(_WORD, 2, 0)).astype(np.uint8)


_S33 = np.uint64(33)
_FMIX_C1 = np.uint64(0xFF51AFD7ED558CCD)
_FMIX_C2 = np.uint64(0xC4CEB9FE1A85EC53)


def fmix64(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finaliser (an avalanching bijection), element-wise on uint64.

    Returns a new array; :func:`fmix64_inplace` overwrites its argument instead.
    """
    return fmix64_inplace(np.array(h, dtype=np.uint64))


def fmix64_inplace(h: np.ndarray, tmp: np.ndarray | None = None) -> np.ndarray:
    """:func:`fmix64` of a uint64 array ``h``, computed in ``h`` and returned.

    ``tmp`` is optional scratch of ``h``'s shape and dtype: with it the eight steps allocate
    nothing, which matters on the few thousand keys of a page.
    """
    if tmp is None:
        tmp = np.empty_like(h)
    h ^= np.right_shift(h, _S33, out=tmp)
    h *= _FMIX_C1
    h ^= np.right_shift(h, _S33, out=tmp)
    h *= _FMIX_C2
    h ^= np.right_shift(h, _S33, out=tmp)
    return h


@dataclass(frozen=True, eq=False)
class Tokens:
    """Tokens of a normalised text.

    Attributes:
        ids: uint64 ``[n]``; a CJK token's id is its code point, a word's a CRC-32 of its
            UTF-8 bytes tagged with bit 40.
        starts, ends: int32 ``[n]``; half-open code-point range of each token in the text.
        is_cjk: bool ``[n]``.
    """

    ids: np.ndarray
    starts: np.ndarray
    ends: np.ndarray
    is_cjk: np.ndarray

    def __len__(self) -> int:
        return len(self.ids)

    def weight(self) -> np.ndarray:
        """Han-equivalent length of each token: 1 per CJK character, 1/3 per other character."""
        lengths = (self.ends - self.starts).astype(np.float64)
        return np.where(self.is_cjk, 1.0, lengths / 3.0)


def tokenize(text: str) -> Tokens:
    """Split normalised text into tokens (see the module docstring).

    Characters outside the BMP count as CJK when they are in the supplementary ideographic
    planes (U+20000–U+3FFFF) and are separators otherwise.
    """
    cps = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    n = len(cps)
    if n == 0:
        empty = np.zeros(0, dtype=_POS)
        return Tokens(np.zeros(0, np.uint64), empty, empty.copy(), np.zeros(0, bool))
    if cps.max() < 0x10000:
        cls = _CLASS[cps]
    else:
        bmp = cps < 0x10000
        cls = _CLASS[np.where(bmp, cps, 0)]
        cls[~bmp] = ((cps[~bmp] >= 0x20000) & (cps[~bmp] < 0x40000)).astype(np.uint8)
    cjk = cls == 1
    # Word runs: maximal runs of word characters.
    padded = np.concatenate(([False], cls == 2, [False]))
    edges = np.flatnonzero(padded[1:] != padded[:-1])
    w_starts, w_ends = edges[0::2], edges[1::2]
    if len(w_starts) == 0:
        starts = np.flatnonzero(cjk).astype(_POS, copy=False)
        return Tokens(cps[starts].astype(np.uint64), starts, starts + 1, np.ones(len(starts), bool))
    w_ids = np.fromiter(
        (zlib.crc32(text[s:e].encode("utf-8")) for s, e in zip(w_starts.tolist(), w_ends.tolist())),
        dtype=np.uint64,
        count=len(w_starts),
    )
    # Token starts in text order without a sort: CJK characters and word-run starts.
    is_start = cjk.copy()
    is_start[w_starts] = True
    starts = np.flatnonzero(is_start).astype(_POS, copy=False)
    is_cjk = cjk[starts]
    is_word = ~is_cjk
    ends = starts + 1
    ends[is_word] = w_ends
    ids = cps[starts].astype(np.uint64)
    ids[is_word] = w_ids | _WORD_TAG
    return Tokens(ids, starts, ends, is_cjk)


@dataclass(frozen=True, eq=False)
class Shingles:
    """Hashed shingles of one text.

    Attributes:
        hashes: uint32 ``[m]``, shingle ``i`` of the text (a 32-bit hash of its tokens).
        first: int32 ``[m]``, index of the shingle's first token.
        last: int32 ``[m]``, index of the shingle's last token (inclusive).
        tokens: the tokens they were made from.
    """

    hashes: np.ndarray
    first: np.ndarray
    last: np.ndarray
    tokens: Tokens

    def __len__(self) -> int:
        return len(self.hashes)


def _rolling(ids: np.ndarray, k: int) -> np.ndarray:
    """Polynomial hash of every run of ``k`` consecutive ids: uint64 ``[len(ids) - k + 1]``."""
    m = len(ids) - k + 1
    h = ids[:m].copy()  # first step: 0 * base + ids
    for j in range(1, k):
        h *= _BASE
        h += ids[j : j + m]
    h ^= np.uint64(k * 0x9E3779B97F4A7C15 & 0xFFFFFFFFFFFFFFFF)
    return h


def shingle(text: str, scheme: FingerprintScheme) -> Shingles:
    """Tokenise ``text`` and hash its shingles (see the module docstring).

    Returns shingles in token order. A text with fewer tokens than a shingle needs yields an
    empty :class:`Shingles` (``len == 0``); callers treat that as "too short", never as a match.
    """
    toks = tokenize(text)
    n = len(toks)
    kc, kl = scheme.cjk_shingle, scheme.latin_shingle
    # Each token's shingle hash, set where its kind leaves room for k tokens: merged in token
    # order by position, without a sort.
    h = np.empty(n, dtype=np.uint64)
    exists = np.zeros(n, dtype=bool)
    for k, kind in ((kc, toks.is_cjk), (kl, ~toks.is_cjk)):
        if n < k or not kind[: n - k + 1].any():
            continue
        m = n - k + 1
        np.copyto(h[:m], _rolling(toks.ids, k), where=kind[:m])
        exists[:m] |= kind[:m]
    first = np.flatnonzero(exists).astype(_POS, copy=False)
    hashes = fmix64_inplace(h[first]).astype(np.uint32)  # the low 32 bits
    last = first + np.where(toks.is_cjk[first], kc - 1, kl - 1).astype(_POS)
    return Shingles(hashes, first, last, toks)
