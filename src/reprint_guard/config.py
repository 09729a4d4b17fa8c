"""Frozen, validated settings: the fingerprint scheme and the verdict thresholds.

Two objects, each checked once in ``__post_init__``:

* :class:`FingerprintScheme` decides what a stored fingerprint *means*. It is written to the
  store's manifest; a store made with another scheme refuses to open.
* :class:`MatchConfig` decides what counts as a match and which verdict it earns. It can change
  from one scan to the next without rebuilding anything.
"""

from __future__ import annotations

import functools
import math
from dataclasses import asdict, dataclass, field

from .errors import ConfigError

# Name of the shingle hash + permutation scheme. Bump it when hashing changes.
HASH_SCHEME = "poly64-fmix64-low32/datasketch-affine32"


def _check(name: str, value: float, low: float, high: float) -> None:
    if not (low <= value <= high) or (isinstance(value, float) and math.isnan(value)):
        raise ConfigError(f"{name} must be between {low} and {high}, got {value!r}")


@functools.lru_cache(maxsize=64)
def optimal_lsh_params(threshold: float, num_perm: int) -> tuple[int, int]:
    """Bands and rows that minimise false positives + false negatives around ``threshold``.

    Args:
        threshold: Jaccard similarity in (0, 1) at which a pair should become a candidate.
        num_perm: number of MinHash permutations available; ``bands * rows <= num_perm``.

    Returns:
        ``(bands, rows)``.

    The error of a banding ``(b, r)`` is the area under the S-curve ``1 - (1 - s**r)**b`` below
    the threshold (false positives) plus the area above it missed (false negatives), with equal
    weights: the rule of datasketch's ``MinHashLSH`` (``_optimal_param``), after Leskovec,
    Rajaraman and Ullman, *Mining of Massive Datasets*, ch. 3.4. Integrated with the trapezoid
    rule on 201 points per side, which picks the same ``(b, r)`` as datasketch for the settings
    used here (a test checks this).
    """
    _check("threshold", threshold, 1e-6, 1 - 1e-6)
    if num_perm < 1:
        raise ConfigError(f"num_perm must be at least 1, got {num_perm}")
    lo = [threshold * i / 200 for i in range(201)]
    hi = [threshold + (1 - threshold) * i / 200 for i in range(201)]

    def area(xs: list[float], f) -> float:
        ys = [f(x) for x in xs]
        return sum((xs[i + 1] - xs[i]) * (ys[i] + ys[i + 1]) / 2 for i in range(len(xs) - 1))

    best, best_err = (1, 1), float("inf")
    for b in range(1, num_perm + 1):
        for r in range(1, num_perm // b + 1):
            fp = area(lo, lambda s: 1 - (1 - s**r) ** b)
            fn = area(hi, lambda s: (1 - s**r) ** b)
            err = fp * 0.5 + fn * 0.5
            if err < best_err:
                best, best_err = (b, r), err
    return best


@dataclass(frozen=True)
class FingerprintScheme:
    """How texts become MinHash signatures and LSH band keys.

    Shingles are runs of tokens: a Han/kana/hangul character is one token, a run of other
    letters or digits is one token (a word). A shingle starting at a CJK token spans
    ``cjk_shingle`` tokens (character n-grams), one starting at a word spans ``latin_shingle``
    tokens (word n-grams), so mixed pages are shingled the same way on both sides.

    Document signatures have ``num_perm`` permutations; passage signatures cover windows of
    ``passage_window`` consecutive shingles with ``passage_num_perm`` permutations, so that one
    paragraph copied into a long page is found (a protected window that lies wholly inside a
    copied excerpt has an identical signature in the page's dense sliding windows). A window
    most of whose shingles start at a CJK token is banded with ``passage_bands`` x
    ``passage_rows``, any other with ``latin_passage_bands`` x ``latin_passage_rows``: two
    LSH indexes in one. Bands and rows are derived from the thresholds with
    :func:`optimal_lsh_params`.
    """

    num_perm: int = 128
    passage_num_perm: int = 32
    seed: int = 1
    cjk_shingle: int = 5
    latin_shingle: int = 3
    # 32 shingles ~ 36 Han characters or ~35 words: an excerpt of 100 Han characters holds two
    # whole protected windows, one of 300 Latin characters (~50 words) holds at least one.
    passage_window: int = 32
    doc_threshold: float = 0.5
    # Passage windows are banded by script. Chinese windows: 0.5 gives 8 bands of 4 rows;
    # Chinese news shares many 5-character phrases, and looser banding makes every article on
    # the same subject a candidate. Latin-script windows: light edits leave the best window
    # pair of an English copy (word 3-grams) a Jaccard similarity of only 0.2-0.5 (Clough &
    # Stevenson 'light' answers), so 0.25 gives 16 bands of 2 rows; word 3-grams are rarely
    # shared by chance, and alignment weeds out the extra candidates.
    passage_threshold: float = 0.5
    latin_passage_threshold: float = 0.25
    hash_scheme: str = HASH_SCHEME
    doc_bands: int = field(init=False)
    doc_rows: int = field(init=False)
    passage_bands: int = field(init=False)
    passage_rows: int = field(init=False)
    latin_passage_bands: int = field(init=False)
    latin_passage_rows: int = field(init=False)

    def __post_init__(self) -> None:
        _check("num_perm", self.num_perm, 16, 1024)
        _check("passage_num_perm", self.passage_num_perm, 4, 256)
        _check("seed", self.seed, 0, 2**32 - 1)
        _check("cjk_shingle", self.cjk_shingle, 1, 16)
        _check("latin_shingle", self.latin_shingle, 1, 16)
        _check("passage_window", self.passage_window, 4, 4096)
        _check("doc_threshold", self.doc_threshold, 0.05, 0.95)
        _check("passage_threshold", self.passage_threshold, 0.05, 0.95)
        _check("latin_passage_threshold", self.latin_passage_threshold, 0.05, 0.95)
        b, r = optimal_lsh_params(self.doc_threshold, self.num_perm)
        object.__setattr__(self, "doc_bands", b)
        object.__setattr__(self, "doc_rows", r)
        b, r = optimal_lsh_params(self.passage_threshold, self.passage_num_perm)
        object.__setattr__(self, "passage_bands", b)
        object.__setattr__(self, "passage_rows", r)
        b, r = optimal_lsh_params(self.latin_passage_threshold, self.passage_num_perm)
        object.__setattr__(self, "latin_passage_bands", b)
        object.__setattr__(self, "latin_passage_rows", r)

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class MatchConfig:
    """Thresholds that turn aligned passages into verdicts (starting values, with reasons).

    Scores are in [0, 1]; lengths are in *Han-equivalent characters*: a CJK character counts 1,
    a Latin letter or digit 1/3 (so ``min_passage=60`` means 60 Han or 180 Latin characters).
    """

    # A passage scoring below this (rapidfuzz Indel similarity of the two normalised pieces)
    # is not evidence of copying: light edits keep scores near 0.9, unrelated text that shares
    # a few shingles scores well under 0.5.
    threshold: float = 0.5
    # A short news paragraph or two or three sentences quoted together: shorter shared strings
    # are quotes, names and set phrases (one sentence is 20-50 Han characters). 60 (was 100, one
    # full paragraph): on the quality benchmark's tune split, single paragraphs and 2-3 sentence
    # quotes of 60-100 Han characters inside long pages were missed 34 times in 60 at 100 and
    # never at 60, with no false positive among the tune negatives (short quotes of <= 40
    # characters, same-paper articles, notices); on the PAN 2013 tune fold plagdet rose from
    # 0.934 to 0.954 (60 Han-equivalent = 180 Latin characters).
    min_passage: int = 60
    # Several shorter near-verbatim passages make an excerpt together from this total
    # (Han-equivalent): each is a sentence or two, while the set phrases another report of
    # the same event shares are 25-40 characters each, and two of them reach 60 (the previous
    # min_passage, 100, for pieces lifted one by one).
    excerpt_total: int = 100
    # Passages scoring at least this are near-verbatim; only they make an excerpt, alone or
    # together once they reach excerpt_total: excerpts are often several sentences lifted one by
    # one (Clough & Stevenson 'cut' answers hold two or three verbatim sentences of ~70 each),
    # while another report of the same event shares long passages at scores around 0.75.
    excerpt_similarity: float = 0.85
    # A document this much made of passages of one article is a copy of it even when edited:
    # passages of min_passage together then make an excerpt (a lightly revised extract posted
    # on its own: Clough & Stevenson 'light' answers sit at 0.3-1.0), while a page that merely
    # shares a loose passage with another report of the same event stays well below (C&S
    # 'non' answers at most 0.22).
    excerpt_containment: float = 0.3
    # Shorter aligned runs are ignored entirely (formulaic phrases such as datelines).
    min_aligned: int = 25
    # Coverage and similarity a reprint needs at least: nearly all of the article, nearly
    # verbatim. Coverage counts shared text only; it is a gate below which the edited share
    # (next) is not even measured: a copy missing 10 % of the article is edited whatever it
    # adds. 0.9 (was 0.95, when coverage alone drew the line): on the quality benchmark's tune
    # split (bench/quality.py --tune) copies with at most 5 % of characters edited have
    # coverage down to 0.94, and verbatim Big5 copies down to 0.92.
    reprint_coverage: float = 0.9
    reprint_similarity: float = 0.9
    # The reprint/edited boundary in a person's terms: a copy that changed, removed or added
    # at most this share of the article's characters (verify.edited_share: Indel edit runs,
    # max(removed, added) per run, over the article's length) is a reprint; more is an edit.
    # The labelling rule is "≤ 5 % edited: reprint, ≥ 10 %: edited"; on the tune split the
    # verbatim kinds (layouts, encodings, Traditional, pinyin, noise, shuffles) and copies
    # with ≤ 5 % edited measure at most 0.056, copies with 10-24 % edited at least 0.09 but
    # for two of 240 (a sentence added before the first aligned one counted nothing). 0.075,
    # the middle of the labelling rule's gap, misclassified those two on the tune split and
    # nothing else; anywhere in [0.057, 0.09) did the same. Since edited_share counts a
    # sentence added to the copy's first or last paragraph and clauses swapped inside a
    # sentence, the quick tune split (bench/quality.py --quick) has no edit case on the wrong
    # side of 0.075, so the line stays. Since edited_share counts characters as a reader does (a
    # digit or Latin letter as one, not a third) and leaves short furniture lines around the
    # stored article out, its figures track generator A's measured share more closely (edit_light
    # 0.0925 measured 0.053 before, 0.089 after); the line stays at 0.075.
    reprint_max_edited: float = 0.075
    # Coverage that makes an edited copy: most of the article's substance is there.
    edited_coverage: float = 0.4
    # Texts with fewer content tokens than this are skipped as too short to judge.
    min_tokens: int = 30
    # Seeds (shared shingles) further apart than this, in tokens, start a new passage.
    max_gap: int = 40
    # Boilerplate: a passage window held verbatim by at least this many articles of one outlet
    # or rights holder (the article itself included) is the outlet's furniture or a series'
    # repeated paragraph, not the article's own text: it is left out of coverage (see
    # verify.Boilerplate). An outlet prints its notice under every article, a series its
    # paragraph under a few; 3 is the smallest count no single pair of related articles makes.
    # 0 turns it off.
    boilerplate_k: int = 3

    def __post_init__(self) -> None:
        _check("threshold", self.threshold, 0.0, 1.0)
        _check("min_passage", self.min_passage, 1, 1_000_000)
        _check("min_aligned", self.min_aligned, 1, 1_000_000)
        _check("excerpt_total", self.excerpt_total, 1, 1_000_000)
        _check("excerpt_similarity", self.excerpt_similarity, 0.0, 1.0)
        _check("excerpt_containment", self.excerpt_containment, 0.0, 1.0)
        _check("reprint_coverage", self.reprint_coverage, 0.0, 1.0)
        _check("reprint_similarity", self.reprint_similarity, 0.0, 1.0)
        _check("reprint_max_edited", self.reprint_max_edited, 0.0, 1.0)
        _check("edited_coverage", self.edited_coverage, 0.0, 1.0)
        _check("min_tokens", self.min_tokens, 1, 1_000_000)
        _check("max_gap", self.max_gap, 1, 10_000)
        if self.boilerplate_k != 0:
            _check("boilerplate_k", self.boilerplate_k, 2, 1_000_000)
        if self.edited_coverage > self.reprint_coverage:
            raise ConfigError(
                "edited_coverage must not exceed reprint_coverage "
                f"({self.edited_coverage} > {self.reprint_coverage})"
            )
