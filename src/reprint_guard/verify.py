"""Verify a candidate: align the suspect text with a protected article into passages.

Seed, extend, filter, the usual shape of text-alignment systems (PAN 2013 text alignment task
overview, Potthast et al. 2013):

1. **Seeds**: shingles the two texts share, found with numpy (``searchsorted`` over the
   article's sorted shingle hashes), as token positions ``(document, article)``.
2. **Runs**: seeds on one diagonal with overlapping shingles merge into exact runs.
3. **Chains**: runs are chained in document order while the gap in both texts stays within
   ``max_gap`` tokens and the diagonal drifts by no more than that, so light edits (a swapped
   word, a dropped clause) stay inside one passage while moved paragraphs start new ones.
4. **Scoring**: each chain's two pieces, letters and digits only, are compared with
   rapidfuzz's Indel normalised similarity (``fuzz.ratio / 100``). The pieces are bounded by
   the chain, never the whole texts, and long chains are cut into pieces of at most
   :data:`_MAX_PIECE` tokens, so one alignment costs at most a few milliseconds.
5. **Filtering**: passages shorter than ``min_aligned`` Han-equivalent characters or scoring
   under ``threshold`` are dropped.

Coverage is the share of the article body's characters inside matched passages, counted once
however often a passage is quoted, in Han-equivalent length (:func:`char_weights`: CJK
characters 1, other characters 1/3, whitespace 0); similarity is the length-weighted mean
passage score. Both are in [0, 1].
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz

from .config import MatchConfig
from .models import NormalizedText, Span
from .shingle import Shingles, Tokens

# Longest piece (in tokens) handed to rapidfuzz at once: Indel on two 4,000-character pieces
# takes well under a millisecond; whole 1 MB pages would take seconds.
_MAX_PIECE = 4000
# A shingle occurring more often than this in the article is formulaic; it seeds nothing.
_MAX_REPEAT = 8


@dataclass(frozen=True)
class Passage:
    """One aligned passage.

    ``article`` and ``document`` are half-open code-point spans in the original (decoded,
    not normalised) article body and document text; ``score`` in [0, 1]; ``weight`` the
    passage's Han-equivalent length in the article.
    """

    article: Span
    document: Span
    score: float
    weight: float


@dataclass(frozen=True)
class Alignment:
    """Passages between one document and one article.

    ``coverage``: share of the article inside passages; ``containment``: share of the
    document inside passages; ``similarity``: length-weighted mean passage score. All in [0, 1].
    """

    passages: tuple[Passage, ...]
    coverage: float
    similarity: float
    containment: float = 0.0

    @property
    def longest(self) -> float:
        """Han-equivalent length of the longest passage (0 when there is none)."""
        return max((p.weight for p in self.passages), default=0.0)

    def verbatim_length(self, min_score: float) -> float:
        """Han-equivalent length of all passages scoring at least ``min_score``, summed."""
        return sum(p.weight for p in self.passages if p.score >= min_score)


def char_weights(text: str) -> np.ndarray:
    """Cumulative Han-equivalent length of ``text``: float64 ``[len(text) + 1]``.

    A character from U+2E80 up (CJK ideographs, kana, hangul, CJK and full-width punctuation)
    counts 1, whitespace 0 and any other character 1/3, so ``w[end] - w[start]`` is the length
    of ``text[start:end]`` in the unit of ``--min-passage`` (100 Han or 300 Latin characters).
    """
    cps = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    w = np.where(cps >= 0x2E80, 1.0, 1.0 / 3.0)
    w[np.isin(cps, _SPACES)] = 0.0
    return np.concatenate(([0.0], np.cumsum(w)))


_SPACES = np.array([9, 10, 11, 12, 13, 32, 0xA0, 0x3000], dtype=np.uint32)


@dataclass(frozen=True, eq=False)
class Side:
    """One text ready for alignment: normalised text, its shingles and length weights.

    ``weights`` is :func:`char_weights` of the original text; build with :meth:`of`.
    """

    norm: NormalizedText
    shingles: Shingles
    weights: np.ndarray

    @classmethod
    def of(cls, norm: NormalizedText, shingles: Shingles) -> Side:
        return cls(norm, shingles, char_weights(norm.original))

    @property
    def tokens(self) -> Tokens:
        return self.shingles.tokens

    def length(self, span: Span) -> float:
        """Han-equivalent length of an original span."""
        return float(self.weights[span.end] - self.weights[span.start])


def seeds(doc: Shingles, art: Shingles) -> tuple[np.ndarray, np.ndarray]:
    """Shared shingles as token positions: ``(doc_first int64 [s], art_first int64 [s])``.

    A shingle that occurs more than ``_MAX_REPEAT`` times in the article is skipped.
    """
    if not len(doc) or not len(art):
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    order = np.argsort(art.hashes, kind="stable")
    sorted_h = art.hashes[order]
    lo = np.searchsorted(sorted_h, doc.hashes, side="left")
    hi = np.searchsorted(sorted_h, doc.hashes, side="right")
    cnt = hi - lo
    ok = (cnt > 0) & (cnt <= _MAX_REPEAT)
    di = np.flatnonzero(ok)
    if not len(di):
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    cnt = cnt[di]
    rep_d = np.repeat(di, cnt)
    pos = np.repeat(lo[di] - np.cumsum(cnt) + cnt, cnt) + np.arange(int(cnt.sum()))
    ai = order[pos]
    return doc.first[rep_d], art.first[ai]


@dataclass
class _Chain:
    d0: int
    d1: int  # last document token, inclusive
    a0: int
    a1: int  # last article token, inclusive


def _runs(d: np.ndarray, a: np.ndarray, gap: int) -> list[tuple[int, int, int, int]]:
    """Merge seeds on one diagonal whose positions are at most ``gap`` apart into runs.

    Returns ``(d0, d1, a0, a1)`` first/last seed positions, sorted by ``d0``.
    """
    diag = a - d
    order = np.lexsort((d, diag))
    d, diag = d[order], diag[order]
    brk = np.ones(len(d), dtype=bool)
    brk[1:] = (diag[1:] != diag[:-1]) | (d[1:] - d[:-1] > gap)
    starts = np.flatnonzero(brk)
    ends = np.append(starts[1:], len(d)) - 1
    d0, d1, dg = d[starts], d[ends], diag[starts]
    runs = sorted(zip(d0.tolist(), d1.tolist(), (d0 + dg).tolist(), (d1 + dg).tolist()))
    return runs


def _chain(runs: list[tuple[int, int, int, int]], max_gap: int) -> list[_Chain]:
    chains: list[_Chain] = []
    open_: list[_Chain] = []
    for d0, d1, a0, a1 in runs:
        best, best_cost = None, None
        still_open = []
        for c in open_:
            dd = d0 - c.d1
            if dd > max_gap:
                continue  # too far behind: closed for good
            still_open.append(c)
            da = a0 - c.a1
            # The article must move forward: a step back is another occurrence of a phrase.
            if 1 <= da <= max_gap and abs(da - dd) <= max_gap:
                cost = abs(da - dd) + max(dd, 0)
                if best_cost is None or cost < best_cost:
                    best, best_cost = c, cost
        open_ = still_open
        if best is None:
            c = _Chain(d0, d1, a0, a1)
            chains.append(c)
            open_.append(c)
        else:
            best.d1 = max(best.d1, d1)
            best.a1 = max(best.a1, a1)
    return chains


def _content(text: str, start: int, end: int) -> str:
    return "".join(ch for ch in text[start:end] if ch.isalnum())


def _score(doc: Side, art: Side, c: _Chain) -> float:
    dt, at = doc.tokens, art.tokens
    ds, de = int(dt.starts[c.d0]), int(dt.ends[c.d1])
    as_, ae = int(at.starts[c.a0]), int(at.ends[c.a1])
    n = c.a1 - c.a0 + 1
    if n <= _MAX_PIECE:
        a = _content(art.norm.text, as_, ae)
        b = _content(doc.norm.text, ds, de)
        return fuzz.ratio(a, b) / 100.0
    # Long chains: score aligned slices proportionally, weighted by length.
    pieces = -(-n // _MAX_PIECE)
    total, weight = 0.0, 0
    dn = c.d1 - c.d0 + 1
    for p in range(pieces):
        a0 = c.a0 + p * n // pieces
        a1 = c.a0 + (p + 1) * n // pieces - 1
        d0 = c.d0 + p * dn // pieces
        d1 = c.d0 + (p + 1) * dn // pieces - 1
        a = _content(art.norm.text, int(at.starts[a0]), int(at.ends[a1]))
        b = _content(doc.norm.text, int(dt.starts[d0]), int(dt.ends[max(d0, d1)]))
        total += fuzz.ratio(a, b) / 100.0 * len(a)
        weight += len(a)
    return total / weight if weight else 0.0


def _take_closing_punctuation(a: str, aspan: Span, d: str, dspan: Span) -> tuple[Span, Span]:
    """Extend both spans over punctuation that follows them identically (a sentence's 。)."""
    ae, de, k = aspan.end, dspan.end, 0
    while k < 3 and ae + k < len(a) and de + k < len(d) and a[ae + k] == d[de + k]:
        ch = a[ae + k]
        if ch.isalnum() or ch.isspace():
            break
        k += 1
    return (Span(aspan.start, ae + k), Span(dspan.start, de + k)) if k else (aspan, dspan)


def _last_token(sh: Shingles, first: int) -> int:
    """Last token of the shingle that starts at token ``first`` (shingles are sorted by start)."""
    i = int(np.searchsorted(sh.first, first))
    return int(sh.last[i]) if i < len(sh.first) and sh.first[i] == first else first


def _resolve_overlaps(found: list[Passage]) -> list[Passage]:
    """Keep the best passage where several claim the same document text.

    A phrase the article repeats aligns the same document text twice; the weaker alignment
    is noise. Passages are taken best first (weight × score) and one whose document span
    overlaps a kept one by more than half of its own length is dropped. The same article text
    quoted at two places of the document (reader comments) is kept twice.
    """
    kept: list[Passage] = []
    for p in sorted(found, key=lambda p: -p.weight * p.score):
        n = max(1, p.document.end - p.document.start)
        if not any(min(p.document.end, q.document.end) - max(p.document.start, q.document.start) > n / 2 for q in kept):
            kept.append(p)
    return kept


def align(doc: Side, art: Side, config: MatchConfig) -> Alignment:
    """Align a document with an article (see the module docstring).

    Returns an :class:`Alignment`; no passages, coverage 0 and similarity 0 when nothing
    aligns. Texts without shingles never match.
    """
    d, a = seeds(doc.shingles, art.shingles)
    if not len(d):
        return Alignment((), 0.0, 0.0)
    runs = _runs(d, a, gap=max(1, config.max_gap // 4))
    chains = _chain(runs, config.max_gap)
    found: list[Passage] = []
    for c in chains:
        # Extend the chain to the last token of its last shingle on both sides.
        c.d1 = _last_token(doc.shingles, c.d1)
        c.a1 = _last_token(art.shingles, c.a1)
        aspan = art.norm.to_original(int(art.tokens.starts[c.a0]), int(art.tokens.ends[c.a1]))
        weight = art.length(aspan)
        if weight < config.min_aligned:
            continue
        score = _score(doc, art, c)
        if score < config.threshold:
            continue
        dspan = doc.norm.to_original(int(doc.tokens.starts[c.d0]), int(doc.tokens.ends[c.d1]))
        aspan, dspan = _take_closing_punctuation(art.norm.original, aspan, doc.norm.original, dspan)
        found.append(Passage(aspan, dspan, score, weight))
    passages = _resolve_overlaps(found)
    if not passages:
        return Alignment((), 0.0, 0.0)
    # Unions of spans, so text quoted twice counts once.
    coverage = _share(art.weights, [p.article for p in passages])
    containment = _share(doc.weights, [p.document for p in passages])
    wsum = sum(p.weight for p in passages)
    similarity = sum(p.score * p.weight for p in passages) / wsum
    passages.sort(key=lambda p: (p.document.start, p.article.start))
    return Alignment(tuple(passages), min(1.0, coverage), min(1.0, similarity), min(1.0, containment))


def _share(weights: np.ndarray, spans: list[Span]) -> float:
    """Han-equivalent share of a text (cumulative ``weights``) inside the union of ``spans``."""
    covered = np.zeros(len(weights) - 1, dtype=bool)
    for sp in spans:
        covered[sp.start : sp.end] = True
    per_char = np.diff(weights)
    total = float(per_char.sum())
    return float(per_char[covered].sum()) / total if total else 0.0
