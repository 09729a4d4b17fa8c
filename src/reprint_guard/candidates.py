"""Candidate search: which articles sharing LSH band keys with a query are worth verifying.

Any shared band key makes a candidate under the plain LSH rule (datasketch ``MinHashLSH``),
but at 100,000 articles most candidates of an unrelated text come from a few keys held by
hundreds of articles: windows of datelines and stock phrases. Verifying each costs
milliseconds, so candidates are ranked and cut in two cheap steps before any article text is
read:

1. **Weighted key evidence.** A shared key counts ``1 / df``, where ``df`` is the number of
   articles holding it, as inverse document frequency down-weights common terms in IR
   (Spärck Jones 1972) and as near-duplicate detectors drop shingles common to many documents
   (Broder 1997, "On the resemblance and containment of documents"). A candidate needs a total
   of at least :data:`MIN_KEY_SCORE`: one key no more than 16 articles share, or the weight of
   several common ones (a copy of an article protected in 50 versions shares hundreds of keys
   of df 50 and passes easily).
2. **Signature check** (Chinese windows). For every band key a candidate shares, the query
   window that produced it is compared on all ``passage_num_perm`` MinHash values with the
   article's passage windows; the best estimated Jaccard must reach :data:`SIGNATURE_SLACK` ×
   the LSH threshold. Latin windows skip it: word 3-gram windows of lightly revised English
   agree on as few as 4 of 32 values with their source (Clough & Stevenson "light" answers
   that verification still finds), too close to chance for the estimate to separate them. A band of 4 equal values is a coincidence far more often than a window whose
   32 values mostly agree (the verification step of Leskovec, Rajaraman & Ullman, *Mining of
   Massive Datasets*, §3.4.3: candidate pairs are checked before they are trusted).
   A candidate whose key windows miss that bar gets a second look over a sample of the whole
   query (every :data:`NOISY_STRIDE`-th window): a copy with a common character slipped in every
   six to eight characters (的, 了, 是: a reader reads through them, no filter can drop them)
   keeps no window near the threshold, but many at :data:`NOISY_WINDOW_SHARE`, while a
   stock phrase that made the key leaves none.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .store.index import Hits

# One key held by at most 16 articles, or several commoner ones (see the module docstring).
MIN_KEY_SCORE = 1 / 16
# Share of the LSH threshold the best window pair's estimated Jaccard must reach. Below 1 so
# that a window at the threshold survives the estimate's noise: with 32 values the standard
# error at J = 0.5 is ~0.09 (sqrt(J(1-J)/k), Broder 1997), so 0.7 × 0.5 = 0.35 is ~1.7 below.
SIGNATURE_SLACK = 0.7
# The second look (see the module docstring): at least NOISY_WINDOWS sampled query windows
# agreeing on NOISY_WINDOW_SHARE of their values with some article window. A copy with one
# filler character after every 6th (8th) character had 7 (50) of ~160 sampled windows at 0.25
# and none at 0.35 (a new user's trial, session 19); People's Daily articles against an unrelated one, none
# at 0.2. By chance one pair reaches 8 of 32 values at J = 0.05 with p ≈ 4e-5 (binomial).
NOISY_STRIDE = 4
NOISY_WINDOW_SHARE = 0.25
NOISY_WINDOWS = 5


@dataclass(frozen=True)
class Candidate:
    """An article worth verifying: its slot, key score (sum of 1/df) and shared keys' positions."""

    slot: int
    score: float
    query_pos: np.ndarray  # int64 [k]: positions (in the query's key array) of the shared keys


def rank(hits: Hits, *, limit: int, min_score: float = MIN_KEY_SCORE) -> list[Candidate]:
    """Candidates scoring at least ``min_score``, best first, at most ``limit`` of them.

    Score = sum over shared keys of ``1 / df`` (see the module docstring); ties keep slot order.
    """
    if not len(hits):
        return []
    weight = 1.0 / np.maximum(hits.df[hits.query_pos], 1)
    slots, inverse = np.unique(hits.slots, return_inverse=True)
    score = np.bincount(inverse, weights=weight, minlength=len(slots))
    keep = np.flatnonzero(score >= min_score - 1e-12)
    keep = keep[np.argsort(-score[keep], kind="stable")][:limit]
    if not len(keep):
        return []
    # Group the hits' query positions by candidate.
    order = np.argsort(inverse, kind="stable")
    bounds = np.searchsorted(inverse[order], np.stack((keep, keep + 1)))
    qpos = hits.query_pos[order]
    return [
        Candidate(int(slots[k]), float(score[k]), qpos[lo:hi])
        for k, lo, hi in zip(keep.tolist(), bounds[0].tolist(), bounds[1].tolist())
    ]


def any_window_pair_reaches(
    query_sigs: np.ndarray, article_sigs: np.ndarray, threshold: np.ndarray | float, *, chunk: int = 32
) -> bool:
    """Whether some query window and some article window agree on at least ``threshold`` of
    their MinHash values (estimated Jaccard, Broder 1997).

    Args:
        query_sigs: uint32 ``[w, k]``, the query windows that share a band key with the article.
        article_sigs: uint32 ``[p, k]``, the article's stored passage signatures.
        threshold: share in ``[0, 1]``, scalar or float ``[w]`` (one per query window).
        chunk: query windows compared at a time; a copy passes on its first chunk.
    """
    if not len(query_sigs) or not len(article_sigs):
        return False
    k = query_sigs.shape[1]
    need = np.broadcast_to(np.asarray(threshold, dtype=np.float64), (len(query_sigs),)) * k - 1e-9
    for i in range(0, len(query_sigs), chunk):
        q = query_sigs[i : i + chunk]
        agree = (q[:, None, :] == article_sigs[None, :, :]).sum(axis=2)  # [c, p]
        if (agree.max(axis=1) >= need[i : i + chunk]).any():
            return True
    return False


def windows_reaching(query_sigs: np.ndarray, article_sigs: np.ndarray, share: float, *, chunk: int = 64) -> int:
    """How many query windows agree on at least ``share`` of their MinHash values with some
    article window (estimated Jaccard, Broder 1997).

    Args:
        query_sigs: uint32 ``[w, k]``; article_sigs: uint32 ``[p, k]``; share in ``[0, 1]``.
    """
    if not len(query_sigs) or not len(article_sigs):
        return 0
    need = share * query_sigs.shape[1] - 1e-9
    count = 0
    for i in range(0, len(query_sigs), chunk):
        q = query_sigs[i : i + chunk]
        agree = (q[:, None, :] == article_sigs[None, :, :]).sum(axis=2)  # [c, p]
        count += int((agree.max(axis=1) >= need).sum())
    return count
