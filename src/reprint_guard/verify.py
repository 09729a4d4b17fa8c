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

Coverage is the share of the article body's characters inside the shingles that the kept
passages share with the document, counted once however often a passage is quoted, in
Han-equivalent length (:func:`char_weights`): words an edit replaced and sentences it dropped
inside a passage do not count, so an edited copy is not mistaken for a reprint. Containment is
the share of the document inside passages; similarity is the length-weighted mean passage
score. All are in [0, 1].
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field, replace
from collections.abc import Callable

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from .config import MatchConfig
from .models import NormalizedText, Span
from .normalize import _pinyin_kind
from .notice.find import _is_notice_line
from .shingle import Shingles, Tokens

# Longest piece (in tokens) handed to rapidfuzz at once: Indel on two 4,000-character pieces
# takes well under a millisecond; whole 1 MB pages would take seconds.
_MAX_PIECE = 4000
# A shingle occurring more often than this in the article is formulaic; it seeds nothing.
_MAX_REPEAT = 8
# Occurrences of one shingle in the document that seed, at most (bounds repeated pastes).
_MAX_DOC_REPEAT = 16
# Fewer shared shingles than this cannot make a passage of min_aligned: skip the candidate.
_MIN_SEEDS = 8
# An end run further than this (tokens) from the rest of its chain may be a stray phrase.
_STRAY_GAP = 12
# Beside a near-verbatim excerpt, a passage scoring under this is a page on the same subject
# (MatchConfig.excerpt_similarity: such pages share long passages at scores around 0.75).
_LOOSE_SCORE = 0.75
# Article tokens a chain may skip before the skip is checked for text moved elsewhere.
_MOVED_MIN = 8


@dataclass(frozen=True)
class Passage:
    """One aligned passage.

    ``article`` and ``document`` are half-open code-point spans in the original (decoded,
    not normalised) article body and document text; ``score`` in [0, 1]; ``weight`` the
    passage's Han-equivalent length in the article. ``wording``: for a passage in Chinese, its
    score with the figures (digits) left out, i.e. how much of the article's wording the page
    shares beyond the numbers every report of the same event prints; ``None`` for a passage in
    another script. ``quote``: the passage is someone's quoted words on both sides (it lies
    inside one pair of quotation marks, “…” or 「…」, in the article and in the document). Both
    are set only for a match below ``edited_coverage``, the only one classified on them.
    """

    article: Span
    document: Span
    score: float
    weight: float
    wording: float | None = None
    quote: bool = False


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
    # Share of the article's text a copy changed, removed or added, in [0, 1] (see
    # :func:`edited_share`); ``None`` when the copy's coverage is below ``reprint_coverage``
    # (it cannot be a reprint, so the measure is not needed).
    edited: float | None = None

    @property
    def longest(self) -> float:
        """Han-equivalent length of the longest passage (0 when there is none)."""
        return max((p.weight for p in self.passages), default=0.0)

    def verbatim_length(self, min_score: float) -> float:
        """Han-equivalent length of all passages scoring at least ``min_score``, summed."""
        return sum(p.weight for p in self.passages if p.score >= min_score)


# A line at least this share boilerplate (by Han-equivalent length) is boilerplate as a whole.
BOILERPLATE_LINE_SHARE = 0.5
# Lines shorter than this (Han-equivalent) may sit between trailing boilerplate lines
# (责任编辑：…, a date) without ending the article's furniture.
FURNITURE_GAP = 20.0
# Lines around the aligned text shorter than this (Han-equivalent; 120 Latin characters) may be
# the article's heading or closing furniture (a headline, a media contact), while they make at
# most EDGE_SHARE_MAX of it: the notices benchmark's tune half (session 19) printed headlines,
# kickers and credits of up to 35 above the body; a news paragraph is longer.
EDGE_LINE_MAX = 40.0
EDGE_SHARE_MAX = 0.2


# A line with one of these words is a rights notice, imprint or disclaimer line (Simplified,
# Traditional, English): what outlets print under every article.
_NOTICE_CUE = re.compile(
    r"(?:版权|版權)(?:所有|归|歸|均属|均屬|属于|屬於|声明|聲明)|著作权|著作權|转载|轉載|摘编|摘編|"
    r"未[经經].{0,12}(?:许可|許可|授权|授權|同意).{0,12}(?:不得|禁止|严禁|嚴禁)|免责声明|免責聲明|法律声明|法律聲明|"
    r"ICP|公网安备|公網安備|出版物号|邮发代号|"
    r"copyright|©|all rights reserved|without (?:prior )?(?:written )?permission|may not be reproduced|"
    r"^(?:【)?(?:特别|免责|法律|原创|版权|郑重|特別|免責|原創|版權|鄭重)?(?:声明|聲明)(?:】)?[：:]|"
    r"仅代表(?:该)?作者|僅代表(?:該)?作者|不代表本(?:网|站|报|台)|不代表本(?:網|站|報|台)|信息发布平台|"
    r"不构成(?:任何)?投资建议|不構成(?:任何)?投資建議|"
    # licensed reprints and open licences: 经授权发布, 创用CC, a syndication or republish line
    # (bench/notices: the tune half's notices that held none of the words above)
    r"[经經](?:[^，。\n]{1,20})?授[权權](?:发布|發布|發佈|转载|轉載|刊登)|[创創]用\s?CC|知[识識]共享|版[权權](?:保护|保護|告示)|creative commons|"
    r"\bpermission to (?:reprint|republish|reproduce)|"
    r"^(?:this (?:story|article|piece|post) (?:was )?(?:originally |first )?(?:published|appeared|produced)\b|originally published\b"
    r"|first appeared\b|read the original\b|reprint|republish|to republish|(?:want|wish) to (?:republish|use this)"
    r"|for (?:reprint|syndication|permission)|(?:published|republished|reprinted) with (?:the )?permission)|"
    r"\bis republished\b|\brepublished (?:here )?(?:with|under)\b",
    re.IGNORECASE,  # searched one line at a time, so ^ opens the line
)
# A trailing notice block is at most this long (Han-equivalent) and this share of the article.
NOTICE_TAIL_MAX = 400.0
NOTICE_TAIL_SHARE = 0.4


# A line longer than this (Han-equivalent) holding a notice word in passing is a story's own
# paragraph ("那条视频后来被许多账号未经同意转载", "a lesson about copyright") unless the notice
# grammar reads it as a notice line.
NOTICE_CUE_PROSE = 60.0


def _story_line(line: str, weight: float) -> bool:
    """Whether ``line`` (``weight`` Han-equivalent long) is an article's paragraph rather than a
    notice line: over :data:`NOTICE_CUE_PROSE` and not a notice line by
    :func:`~reprint_guard.notice.find._is_notice_line` (nor a © line or registration row)."""
    return weight > NOTICE_CUE_PROSE and not _is_notice_line(line) and not _STRUCTURAL_CUE.search(line)


# Cues no story paragraph holds: a sign, a registration number, a reservation.
_STRUCTURAL_CUE = re.compile(r"©|ICP|公网安备|公網安備|出版物号|邮发代号|(?i:all rights reserved|copyright ©|copyright \d{4})")


def notice_tail(text: str, weights: np.ndarray) -> np.ndarray:
    """bool ``[len(text)]``: the block of lines that ends an article from its first line
    holding a rights-notice word (:data:`_NOTICE_CUE`: 版权, 转载, 未经, ICP, ©, copyright, all
    rights reserved …) to the end, when the block is at most :data:`NOTICE_TAIL_MAX`
    Han-equivalent characters and :data:`NOTICE_TAIL_SHARE` of the article.

    The lines that end the article in another script than the article's own (a Chinese
    article's closing lines in Latin letters only, an English article's in Han characters) are
    such a block too, whatever their words: an outlet's notice or credit in its other
    language (Portuguese under a Macau release, an English © line under a Chinese story).

    This is the notice, imprint and contact block an outlet prints under an article when the
    notice grammar missed it and too few articles of the outlet are stored for the
    ``boilerplate_k`` rule to see it repeated: a copy dropping it is still a full copy, and a
    page printing only it copies nothing of the article.
    """
    mask = np.zeros(len(text), dtype=bool)
    if not len(text):
        return mask
    total = float(weights[-1])
    limit = min(NOTICE_TAIL_MAX, NOTICE_TAIL_SHARE * total)
    start = None
    foreign = True  # still in the run of other-script lines closing the article
    han_article = None
    for m in reversed(list(re.finditer(r"[^\n]+", text))):
        if float(weights[-1] - weights[m.start()]) > limit:
            break
        if _NOTICE_CUE.search(m.group()) and not _story_line(m.group(), float(weights[m.end() - 1] - weights[m.start()])):
            start = m.start()
        elif foreign:
            if han_article is None:
                han_article = _han_share(text[: m.start()]) >= 0.5
                if not han_article and _han_count(text[: m.start()]) == 0 and not _NOT_LETTER.sub("", text[: m.start()]):
                    break  # figures only above: no script to differ from
            foreign = _other_script(m.group(), han_article)
            if foreign:
                start = m.start()
    if start is not None:
        mask[start:] = True
    return mask


_HAN_CHAR = re.compile(r"[\u3400-\u9fff]+")



def _han_count(text: str) -> int:
    return len(text) - len(_HAN_CHAR.sub("", text))


_NOT_LETTER = re.compile(r"[\W\d_]+")


def _han_share(text: str) -> float:
    """Han characters among letters, digits left out (a table of figures is written in no
    script), 0 when there are none; counted in C."""
    letters = len(_NOT_LETTER.sub("", text))
    return _han_count(text) / letters if letters else 0.0


def _other_script(line: str, han_article: bool) -> bool:
    """Whether ``line`` is written in another script than its article: Latin letters only
    (under a Chinese article, at least 20 letters) or mostly Han (under an English one)."""
    if han_article:
        return len(_NOT_LETTER.sub("", line)) >= 20 and _han_share(line) < 0.05
    return _han_count(line) >= 5 and _han_share(line) > 0.5


# A line with one of these words reads as licensing or imprint boilerplate (a wider net than
# :data:`_NOTICE_CUE`, used only for text other protected articles print too): rights and
# reprint words, contacts, disclaimers (仅代表作者观点, 仅供参考, 不构成投资建议), ICP lines.
_BOILERPLATE_CUE = re.compile(
    r"版权|版權|著作权|著作權|转载|轉載|摘编|摘編|授权|授權|许可|許可|声明|聲明|免责|免責|"
    r"联系|聯繫|聯絡|电话|電話|热线|熱線|邮箱|郵箱|信箱|举报|舉報|ICP|备案|備案|"
    r"仅代表|僅代表|仅供参考|僅供參考|不构成|不構成|观点|觀點|立场|立場|平台|报料|爆料|投稿|订阅|訂閱|客服|"
    r"广告|廣告|地址|传真|傳真|微信|公众号|責任編輯|责任编辑|"
    r"copyright|©|rights reserved|reserved|reproduc|republish|syndicat|licen[cs]|permission|contact|"
    r"disclaimer|terms|privacy|redistribut",
    re.IGNORECASE,
)
# Shared trailing text up to this long (Han-equivalent) can be boilerplate (long 版权声明 blocks
# with their contact lines run to several hundred characters).
SHARED_TAIL_MAX = 800.0
# A line of a shared trailing block this long (Han-equivalent) needs a boilerplate word.
_CUE_LINE = 40.0


def shared_tail(text: str, weights: np.ndarray, shared: np.ndarray) -> np.ndarray:
    """bool ``[len(text)]``: the lines that end an article and that other protected articles
    print too, when they read as licensing boilerplate.

    ``shared`` bool ``[len(text)]``: characters inside a passage window that at least one other
    protected article holds verbatim, whoever its outlet. Walking back from the last line, a
    line at least :data:`BOILERPLATE_LINE_SHARE` shared joins the block; short lines
    (< :data:`FURNITURE_GAP`: 责任编辑, a date) are passed over; the first other line ends it.
    The block is marked when one of its lines and each of its lines of at least
    :data:`_CUE_LINE` has a boilerplate word (:data:`_BOILERPLATE_CUE`), it is at most
    :data:`SHARED_TAIL_MAX` long and a line of the article's own text precedes it: shared
    news paragraphs (wire copy several stories end with) and a story protected twice stay
    the article's own text.

    This is the notice, disclaimer or credit block a CMS prints under every article when the
    notice grammar misses it and the articles carrying it have no outlet or rights holder in
    common that the ``boilerplate_k`` rule could use.
    """
    mask = np.zeros(len(text), dtype=bool)
    if not len(text) or not shared.any():
        return mask
    per_char = np.diff(weights)
    block: list[tuple[int, int]] = []
    size = 0.0
    for m in reversed(list(re.finditer(r"[^\n]+", text))):
        lo, hi = m.start(), m.end()
        total = float(per_char[lo:hi].sum())
        if total and float(per_char[lo:hi][shared[lo:hi]].sum()) / total >= BOILERPLATE_LINE_SHARE:
            if total >= _CUE_LINE and not _BOILERPLATE_CUE.search(m.group()):
                return mask  # news other articles print too (a wire paragraph): the article's own
            block.append((lo, hi))
        elif total >= FURNITURE_GAP:
            break  # the article's own last paragraph
        size += total
        if size > SHARED_TAIL_MAX:
            return mask
    else:
        return mask  # shared to its first line: the same story protected twice
    if any(_BOILERPLATE_CUE.search(text, lo, hi) for lo, hi in block):
        for lo, hi in block:
            mask[lo:hi] = True
    return mask


@dataclass(frozen=True, eq=False)
class Boilerplate:
    """Text of a protected article that its outlet prints under many articles.

    ``mask`` bool ``[len(original)]``: boilerplate characters, left out of coverage's numerator
    and denominator. ``furniture`` bool ``[len(original)]``: the boilerplate lines that end the
    article (notices, disclaimers, follow lines): a passage lying mostly in them is no
    evidence at all. Boilerplate elsewhere (a paragraph a news series repeats) stays evidence
    for an excerpt; only coverage ignores it.
    """

    mask: np.ndarray
    furniture: np.ndarray

    @property
    def any(self) -> bool:
        return bool(self.mask.any())


def _shingle_chars(art: Side, on: np.ndarray) -> np.ndarray:
    """bool ``[len(original)]``: the original characters of the runs of ``on`` shingles."""
    mask = np.zeros(len(art.norm.original), dtype=bool)
    edges = np.flatnonzero(np.diff(np.concatenate(([0], on.astype(np.int8), [0]))))
    for lo, hi in zip(edges[::2], edges[1::2]):
        t0, t1 = int(art.shingles.first[lo]), int(art.shingles.last[hi - 1])
        span = art.norm.to_original(int(art.tokens.starts[t0]), int(art.tokens.ends[t1]))
        mask[span.start : span.end] = True
    return mask


def boilerplate_of(art: Side, strong: np.ndarray, weak: np.ndarray, shared: np.ndarray | None = None) -> Boilerplate:
    """Mark an article's boilerplate from per-shingle evidence.

    Args:
        art: the article.
        strong: bool ``[len(art.shingles)]``: the shingle lies in a window held verbatim by
            at least ``k`` articles of the article's outlet or rights holder (itself included).
        weak: bool ``[len(art.shingles)]``: ... by at least one other such article.
        shared: bool ``[len(art.shingles)]``: ... by at least one other protected article,
            whatever its outlet (:func:`shared_tail`); ``None``: not looked up.

    A run of ``weak`` shingles holding a ``strong`` one is boilerplate (windows are tiled at
    each article's own phase, so the edges of a shared block are seen by fewer articles than
    its middle); a line at least :data:`BOILERPLATE_LINE_SHARE` boilerplate becomes
    boilerplate whole. Furniture: the boilerplate lines at the end of the article, passing
    over short lines (< :data:`FURNITURE_GAP`) between them.
    """
    text = art.norm.original
    mask = notice_tail(text, art.weights)
    if shared is not None and len(art.shingles) and shared.any():
        mask |= shared_tail(text, art.weights, _shingle_chars(art, shared))
    n = len(art.shingles)
    if n and strong.any():
        w = weak | strong
        edges = np.flatnonzero(np.diff(np.concatenate(([0], w.astype(np.int8), [0]))))
        for lo, hi in zip(edges[::2], edges[1::2]):
            if strong[lo:hi].any():
                t0, t1 = int(art.shingles.first[lo]), int(art.shingles.last[hi - 1])
                span = art.norm.to_original(int(art.tokens.starts[t0]), int(art.tokens.ends[t1]))
                mask[span.start : span.end] = True
    per_char = np.diff(art.weights)
    furniture = np.zeros(len(text), dtype=bool)
    if not mask.any():
        return Boilerplate(mask, furniture)
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    is_bp = []
    for lo, hi in lines:
        total = float(per_char[lo:hi].sum())
        share = float(per_char[lo:hi][mask[lo:hi]].sum()) / total if total else 0.0
        if share >= BOILERPLATE_LINE_SHARE:
            mask[lo:hi] = True
        is_bp.append((share >= BOILERPLATE_LINE_SHARE, total))
    for (lo, hi), (bp, total) in zip(reversed(lines), reversed(is_bp)):
        if bp:
            furniture[lo:hi] = True
        elif total >= FURNITURE_GAP:
            break
    return Boilerplate(mask, furniture)


_SPACES = np.array([9, 10, 11, 12, 13, 32, 0xA0, 0x3000], dtype=np.uint32)


def char_weights(text: str) -> np.ndarray:
    """Cumulative Han-equivalent length of ``text``: float64 ``[len(text) + 1]``.

    A character from U+2E80 up (CJK ideographs, kana, hangul, CJK and full-width punctuation)
    counts 1, any other character 1/3, and a run of whitespace once as 1/3 (the space between
    two words), so ``w[end] - w[start]`` is the length of ``text[start:end]`` in the unit of
    ``--min-passage``: 100 Han characters or 300 characters of English as typed.
    """
    cps = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    w = np.where(cps >= 0x2E80, 1.0, 1.0 / 3.0)
    space = np.isin(cps, _SPACES)
    repeat = np.zeros(len(cps), dtype=bool)
    repeat[1:] = space[1:] & space[:-1]
    w[repeat] = 0.0
    w[space & (cps == 0x3000)] = 0.0  # an ideographic space indents Chinese text
    return np.concatenate(([0.0], np.cumsum(w)))


@dataclass(frozen=True, eq=False)
class Side:
    """One text ready for alignment: normalised text, its shingles, and (computed on first
    use) length weights and the shingle hashes in sorted order. Build with :meth:`of`."""

    norm: NormalizedText
    shingles: Shingles

    @classmethod
    def of(cls, norm: NormalizedText, shingles: Shingles) -> Side:
        return cls(norm, shingles)

    # Computed on first use: a query without candidates never needs them.
    @functools.cached_property
    def weights(self) -> np.ndarray:
        """float64 ``[len(original) + 1]``: :func:`char_weights` of the original text."""
        return char_weights(self.norm.original)

    @functools.cached_property
    def order(self) -> np.ndarray:
        """int64 ``[len(shingles)]``: stable argsort of the shingle hashes."""
        return np.argsort(self.shingles.hashes, kind="stable")

    @functools.cached_property
    def sorted_hashes(self) -> np.ndarray:
        """uint32 ``[len(shingles)]``: the shingle hashes in sorted order (for seed look-ups)."""
        return self.shingles.hashes[self.order]

    @property
    def tokens(self) -> Tokens:
        return self.shingles.tokens

    def length(self, span: Span) -> float:
        """Han-equivalent length of an original span."""
        return float(self.weights[span.end] - self.weights[span.start])

    @functools.cached_property
    def line_keys(self) -> frozenset[str]:
        """The normalised text's lines with punctuation and spaces left out (:func:`holds_line`)."""
        return frozenset(k for line in self.norm.text.split("\n") if (k := _NOT_COUNTED.sub("", line)))

    @functools.cached_property
    def not_formulaic(self) -> np.ndarray:
        """bool ``[len(shingles)]``: the shingle occurs at most ``_MAX_REPEAT`` times here.

        Computed once per text (articles are cached by the Guard), on first use.
        """
        lo = np.searchsorted(self.sorted_hashes, self.shingles.hashes, side="left")
        hi = np.searchsorted(self.sorted_hashes, self.shingles.hashes, side="right")
        return (hi - lo) <= _MAX_REPEAT


def holds_line(art: Side, line: str) -> bool:
    """Whether ``line`` (normalised, see :func:`~reprint_guard.normalize.normalize`) is a whole
    line of the article's normalised text, its punctuation and spaces aside: a line a page's
    header was read from (see :attr:`~reprint_guard.models.Document.header_lines`) that the
    article prints verbatim as one of its paragraphs is copied text, not a headline. A copy
    with its punctuation dropped prints a first paragraph with no sentence end, which reads as
    a headline: it is still that paragraph (a new user's trial)."""
    if not line or "\n" in line:
        return False
    key = _NOT_COUNTED.sub("", line)
    return bool(key) and key in art.line_keys


def seeds(doc: Side, art: Side) -> tuple[np.ndarray, np.ndarray]:
    """Shared shingles as token positions: ``(doc_first int64 [s], art_first int64 [s])``.

    Article shingles are looked up in the document's sorted hashes, so a 1 MB page costs one
    sort per check, not one per candidate. A shingle that occurs more than ``_MAX_REPEAT``
    times in the article is formulaic and seeds nothing; of a shingle the document repeats,
    only the first ``_MAX_DOC_REPEAT`` occurrences seed (a paragraph pasted 1,000 times is
    found without 1,000-fold work). A candidate sharing fewer than ``_MIN_SEEDS`` shingles
    costs one ``searchsorted``. Sorted by document position.
    """
    none = np.zeros(0, np.int64), np.zeros(0, np.int64)
    n_doc = len(doc.sorted_hashes)
    if not n_doc or not len(art.shingles):
        return none
    ah = art.shingles.hashes
    lo = np.searchsorted(doc.sorted_hashes, ah, side="left")
    found = (doc.sorted_hashes[np.minimum(lo, n_doc - 1)] == ah) & art.not_formulaic
    ai = np.flatnonzero(found)
    if len(ai) < _MIN_SEEDS:
        return none
    lo = lo[ai]
    cnt = np.minimum(np.searchsorted(doc.sorted_hashes, ah[ai], side="right") - lo, _MAX_DOC_REPEAT)
    pos = np.repeat(lo - np.cumsum(cnt) + cnt, cnt) + np.arange(int(cnt.sum()))
    d = doc.shingles.first[doc.order[pos]]
    a = art.shingles.first[np.repeat(ai, cnt)]
    o = np.lexsort((a, d))
    return d[o], a[o]


@dataclass
class _Run:
    """Seeds on one diagonal, consecutive within a small gap: an exactly shared stretch."""

    d0: int
    d1: int  # first token of the last seed shingle, document
    a0: int
    a1: int  # first token of the last seed shingle, article
    seeds: np.ndarray  # indices into the seed arrays

    @property
    def length(self) -> int:
        return self.a1 - self.a0 + 1


@dataclass
class _Chain:
    runs: list[_Run] = field(default_factory=list)
    d1: int = 0  # last document token, inclusive (after closing)
    a1: int = 0  # last article token, inclusive (after closing)

    @property
    def d0(self) -> int:
        return self.runs[0].d0

    @property
    def a0(self) -> int:
        return self.runs[0].a0


def _runs(d: np.ndarray, a: np.ndarray, gap: int) -> list[_Run]:
    """Group seeds on one diagonal whose positions are at most ``gap`` apart; sorted by ``d0``."""
    diag = a - d
    order = np.lexsort((d, diag))
    ds, dg = d[order], diag[order]
    brk = np.ones(len(ds), dtype=bool)
    brk[1:] = (dg[1:] != dg[:-1]) | (ds[1:] - ds[:-1] > gap)
    starts = np.flatnonzero(brk)
    ends = np.append(starts[1:], len(ds))
    runs = [
        _Run(int(ds[s]), int(ds[e - 1]), int(ds[s] + dg[s]), int(ds[e - 1] + dg[s]), order[s:e])
        for s, e in zip(starts.tolist(), ends.tolist())
    ]
    runs.sort(key=lambda r: (r.d0, r.a0))
    return runs


_MAX_GAP_CHARS = 600
"""Characters a chain may bridge in the document beyond the article's gap: ``max_gap`` (40)
tokens of English words run to about 250, of Chinese to 40. A copy with one token of thousands
of letters inserted (``<span hidden>QQQ…</span>``, a base64 blob) is two passages, not one
passage whose score that token drags under the threshold."""


def _chain(
    runs: list[_Run], max_gap: int, doc_starts: np.ndarray | None = None, art_starts: np.ndarray | None = None
) -> list[_Chain]:
    """Chain runs in document order across gaps of at most ``max_gap`` tokens and, given the
    tokens' character offsets (``doc_starts``, ``art_starts``), of at most
    :data:`_MAX_GAP_CHARS` characters more on the document's side than on the article's."""
    chains: list[_Chain] = []
    open_: list[_Chain] = []
    for r in runs:
        best, best_cost = None, None
        still_open = []
        for c in open_:
            last = c.runs[-1]
            dd = r.d0 - last.d1
            if dd > max_gap:
                continue  # too far behind: closed for good
            still_open.append(c)
            da = r.a0 - last.a1
            # Both texts must move forward: a step back, or a run starting inside the text the
            # chain already holds, is another occurrence of a phrase (it would stretch one side
            # of the passage over text the other side does not have).
            if 1 <= da <= max_gap and dd >= 1 and abs(da - dd) <= max_gap:
                if doc_starts is not None and art_starts is not None and (
                    int(doc_starts[r.d0] - doc_starts[last.d1]) - int(art_starts[r.a0] - art_starts[last.a1]) > _MAX_GAP_CHARS
                ):
                    continue  # one token of thousands of letters (a hidden blob) is no light edit
                cost = abs(da - dd) + dd
                if best_cost is None or cost < best_cost:
                    best, best_cost = c, cost
        open_ = still_open
        if best is None:
            c = _Chain([r])
            chains.append(c)
            open_.append(c)
        else:
            best.runs.append(r)
    return chains


def _trim(chain: _Chain) -> None:
    """Drop an end run that stands apart: a stray phrase (a headline's words, a dateline) off
    the copied passage — further from it than ``_STRAY_GAP`` tokens and twice its own length,
    and less than a quarter as long as the rest of the chain. Light edits leave short gaps
    between runs of similar length and are kept whole."""
    runs = chain.runs
    total = sum(r.length for r in runs)

    def stray(r: _Run, gap: int) -> bool:
        return gap > max(_STRAY_GAP, 2 * r.length) and 4 * r.length < total - r.length

    while len(runs) > 1 and stray(runs[0], max(runs[1].a0 - runs[0].a1, runs[1].d0 - runs[0].d1)):
        total -= runs.pop(0).length
    while len(runs) > 1 and stray(runs[-1], max(runs[-1].a0 - runs[-2].a1, runs[-1].d0 - runs[-2].d1)):
        total -= runs.pop().length


def _split_on_moved_text(chains: list[_Chain], doc_sh: Shingles, art_sh: Shingles) -> list[_Chain]:
    """Split chains where they skip text that another chain matches elsewhere.

    A chain that jumps over a few article sentences is an edit; but when those sentences are
    matched at another place of the document (short paragraphs reordered), bridging them would
    score the jump as a deletion. Splitting keeps both pieces verbatim. The same holds the other
    way round: a chain jumping over document text that another chain matches to another place
    of the article (two short lines swapped: each chain skips the other's line) would score that
    line as an insertion. A run covers the tokens of its shingles, to the last token of its last
    one (a table's one-number lines are runs of one shingle).
    """
    runs = [r for c in chains for r in c.runs]
    if not runs:
        return chains

    def last(sh: Shingles, firsts: list[int]) -> np.ndarray:
        f = np.asarray(firsts, dtype=np.int64)
        i = np.minimum(np.searchsorted(sh.first, f), len(sh.first) - 1)
        return np.where(sh.first[i] == f, sh.last[i], f)

    def covered_by(lo: list[int], hi: np.ndarray) -> np.ndarray:
        n = int(hi.max()) + 2
        diff = np.bincount(np.asarray(lo, dtype=np.int64), minlength=n)[:n] - np.bincount(hi + 1, minlength=n)[:n]
        return np.cumsum(diff) > 0

    a_last = last(art_sh, [r.a1 for r in runs])
    d_last = last(doc_sh, [r.d1 for r in runs])
    covered = covered_by([r.a0 for r in runs], a_last)
    covered_d = covered_by([r.d0 for r in runs], d_last)
    end_a = {id(r): int(x) for r, x in zip(runs, a_last)}
    end_d = {id(r): int(x) for r, x in zip(runs, d_last)}

    def mostly(cov: np.ndarray, lo: int, hi: int) -> bool:
        return hi > lo and cov[lo:hi].mean() >= 0.5

    out: list[_Chain] = []
    for c in chains:
        piece: list[_Run] = [c.runs[0]]
        for prev, r in zip(c.runs, c.runs[1:]):
            skip_a = r.a0 - prev.a1 - 1
            skip_d = r.d0 - prev.d1 - 1
            if (skip_a > 0 and skip_a - skip_d >= _MOVED_MIN and mostly(covered, end_a[id(prev)] + 1, r.a0)) or (
                skip_d >= _MOVED_MIN and mostly(covered_d, end_d[id(prev)] + 1, r.d0)
            ):
                out.append(_Chain(piece))
                piece = []
            piece.append(r)
        out.append(_Chain(piece))
    return out


# [^\W_] is exactly str.isalnum() (both are Py_UNICODE_ISALNUM), at C speed.
_NOT_ALNUM = re.compile(r"[\W_]+")


def _content(text: str, start: int, end: int) -> str:
    """The letters and digits of ``text[start:end]`` (what passages are scored on)."""
    return _NOT_ALNUM.sub("", text[start:end])


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


def _wording(doc: Side, art: Side, c: _Chain) -> float | None:
    """The chain's Indel similarity on its letters with digits and quotations left out, for a
    chain in Chinese (over half its letters Han); ``None`` otherwise. Figures (286.4万, 14.2%)
    are facts, and a spokesman's quoted words are his, that another paper's own-words report of
    the same press release prints too: on 25-40 character sentences they lift a reworded
    passage's score past that of a light edit. A passage that is all quotation scores 0."""
    a0, a1 = int(art.tokens.starts[c.a0]), int(art.tokens.ends[c.a1])
    if _han_share(art.norm.text[a0:a1]) <= 0.5:
        return None
    a = _NOT_LETTER.sub("", _unquoted(art.norm.text, a0, a1))
    b = _NOT_LETTER.sub("", _unquoted(doc.norm.text, int(doc.tokens.starts[c.d0]), int(doc.tokens.ends[c.d1])))
    return fuzz.ratio(a, b) / 100.0 if a and b else 0.0


def _unquoted(text: str, start: int, end: int) -> str:
    """``text[start:end]`` without what lies inside quotation marks (“…”, 「…」, 『…』) of its
    lines, the marks included."""
    i = text.rfind("\n", 0, start) + 1
    inside = False
    out: list[str] = []
    for i in range(i, end):
        ch = text[i]
        if ch == "\n" or ch in _CLOSING_QUOTES:
            inside = False
        elif ch in _OPENING_QUOTES:
            inside = True
        elif i >= start and not inside:
            out.append(ch)
    return "".join(out)


_OPENING_QUOTES = "“「『"
_CLOSING_QUOTES = "”」』"


def _in_quotation(text: str, span: Span) -> bool:
    """Whether ``span`` of ``text`` lies inside one quotation (“…”, 「…」, 『…』) of its line: an
    opening mark before it that no closing mark ends first, and a closing mark at its end (only
    punctuation between)."""
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.start)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start : span.start]
    opened = max(before.rfind(q) for q in _OPENING_QUOTES)
    if opened < 0 or max(before.rfind(q) for q in _CLOSING_QUOTES) > opened:
        return False
    inside = text[span.start : line_end]
    closes = [i for i in (inside.find(q) for q in _CLOSING_QUOTES) if i >= 0]
    if not closes:
        return False
    close = span.start + min(closes)
    if any(q in text[span.start : close] for q in _OPENING_QUOTES):
        return False
    return not any(ch.isalnum() for ch in text[close : span.end])


def _with_wording(doc: Side, art: Side, p: Passage, c: _Chain) -> Passage:
    """``p`` with its ``wording`` and ``quote`` set."""
    quote = _in_quotation(art.norm.original, p.article) and _in_quotation(doc.norm.original, p.document)
    return replace(p, wording=_wording(doc, art, c), quote=quote)


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


def _passage(doc: Side, art: Side, c: _Chain, score: float) -> Passage:
    """The passage of a closed chain (``d1``/``a1`` set): original spans, up to punctuation
    that follows both identically."""
    aspan = art.norm.to_original(int(art.tokens.starts[c.a0]), int(art.tokens.ends[c.a1]))
    weight = art.length(aspan)  # the words, not the punctuation taken below
    dspan = doc.norm.to_original(int(doc.tokens.starts[c.d0]), int(doc.tokens.ends[c.d1]))
    aspan, dspan = _take_closing_punctuation(art.norm.original, aspan, doc.norm.original, dspan)
    return Passage(aspan, dspan, score, weight)


def _disjoint(doc: Side, art: Side, kept: list[tuple[Passage, _Chain]]) -> list[tuple[Passage, _Chain]]:
    """Make the document spans of kept passages disjoint, in document order.

    A chain ends at the last token of its last shared shingle, up to ``k - 1`` tokens past
    that shingle's start; when the document repeats a stretch of the article, the next chain
    may start inside that tail (the same document token then ends one passage and starts the
    next). The earlier passage gives those tokens up on both sides (the tail lies on its last
    diagonal) and is rescored; one left with nothing is dropped. When the article text the later
    chain maps those tokens to is held by a third passage and the earlier chain's is not (a
    sentence the article repeats, ending a paragraph the copy moved before the text that follows
    the other occurrence), the later chain gives them up instead: each occurrence keeps a copy.
    """
    kept = sorted(kept, key=lambda pc: (pc[1].d0, pc[1].a0))
    held = np.zeros(max((c.a1 for _, c in kept), default=0) + 2, dtype=np.int32)
    for _, c in kept:
        held[c.a0 : c.a1 + 1] += 1

    def elsewhere(lo: int, hi: int) -> bool:
        """Whether a chain's article tokens ``lo..hi`` are mostly held by another chain too."""
        return hi >= lo and float(np.mean(held[lo : hi + 1] > 1)) >= 0.5

    out: list[tuple[Passage, _Chain]] = []
    for p, c in kept:
        if out:
            prev_p, prev = out[-1]
            if prev.d1 >= c.d0:
                cut = prev.d1 - c.d0 + 1
                head = c.runs[0]
                if (
                    head.d1 >= c.d0 + cut
                    and elsewhere(c.a0, c.a0 + cut - 1)
                    and not elsewhere(prev.a1 - cut + 1, prev.a1)
                ):
                    head.d0, head.a0 = head.d0 + cut, head.a0 + cut
                    p = _passage(doc, art, c, _score(doc, art, c))
                    out.append((p, c))
                    continue
                prev.d1 -= cut
                prev.a1 -= cut
                while prev.runs and prev.runs[-1].d0 > prev.d1:
                    prev.runs.pop()
                if not prev.runs or prev.a1 < prev.a0:
                    out.pop()
                else:
                    for r in prev.runs:
                        r.d1, r.a1 = min(r.d1, prev.d1), min(r.a1, prev.a1)
                    out[-1] = (_passage(doc, art, prev, _score(doc, art, prev)), prev)
        out.append((p, c))
    return out


def _resolve_overlaps(
    found: list[tuple[Passage, _Chain]], sides: tuple[Side, Side] | None = None, *, split: bool = True
) -> list[tuple[Passage, _Chain]]:
    """Keep the best passage where several claim the same document text.

    A phrase the article repeats aligns the same document text twice; the weaker alignment
    is noise. Passages are taken best first (weight × score) and one whose document span
    overlaps a kept one by more than half of its own length is dropped. The same article text
    quoted at two places of the document (reader comments) is kept twice.

    Of alternatives as good for the same document text (a sentence or short paragraph the article
    repeats), the one kept maps it to an occurrence no other kept passage holds: a copy that
    moved one occurrence next to the other still has both. The alternative may be the head or
    the tail of a longer passage (the occurrence the copy moved, followed or preceded by the
    text of the other one), which then gives that text up (unless ``split`` is False: the
    chains are then only chosen, never cut). Done when ``sides`` (document, article) are given.
    """
    kept: list[tuple[Passage, _Chain]] = []
    dropped: list[tuple[Passage, _Chain]] = []
    for p, c in sorted(found, key=lambda pc: -pc[0].weight * pc[0].score):
        n = max(1, p.document.end - p.document.start)
        if not any(
            min(p.document.end, q.document.end) - max(p.document.start, q.document.start) > n / 2 for q, _ in kept
        ):
            kept.append((p, c))
        else:
            dropped.append((p, c))
    if sides is not None and dropped and len(kept) > 1:
        kept = _reassign_repeats(*sides, kept, dropped, split)
    return kept


def _reassign_repeats(
    doc: Side, art: Side, kept: list[tuple[Passage, _Chain]], dropped: list[tuple[Passage, _Chain]], split: bool
) -> list[tuple[Passage, _Chain]]:
    """Swap in dropped alternatives mapping document text held twice in the article's kept
    passages to article text none holds (see :func:`_resolve_overlaps`)."""
    held = np.zeros(max(c.a1 for _, c in kept + dropped) + 2, dtype=np.int32)
    for _, c in kept:
        held[c.a0 : c.a1 + 1] += 1

    def twice(lo: int, hi: int) -> bool:
        return hi >= lo and float(np.mean(held[lo : hi + 1] > 1)) >= 0.5

    for p, c in dropped:
        if held[c.a0 : c.a1 + 1].any():
            continue
        for k, (q, d) in enumerate(kept):
            if p.score < q.score - 1e-9 or c.d0 < d.d0 or c.d1 > d.d1 or (c.d0 > d.d0 and c.d1 < d.d1):
                continue
            if not split and (c.d0, c.d1) != (d.d0, d.d1):
                break
            n = c.d1 - c.d0 + 1
            if c.d0 == d.d0 and c.d1 == d.d1:  # the same document text: swap
                if not twice(d.a0, d.a1):
                    break
                held[d.a0 : d.a1 + 1] -= 1
                kept[k] = (p, c)
            elif c.d0 == d.d0:  # the head of a longer passage
                head = d.runs[0]
                if head.d1 < d.d0 + n or not twice(d.a0, d.a0 + n - 1):
                    break
                held[d.a0 : d.a0 + n] -= 1
                head.d0, head.a0 = head.d0 + n, head.a0 + n
                kept[k] = (_passage(doc, art, d, _score(doc, art, d)), d)
                kept.append((p, c))
            else:  # the tail
                if d.runs[-1].d0 > d.d1 - n or not twice(d.a1 - n + 1, d.a1):
                    break
                held[d.a1 - n + 1 : d.a1 + 1] -= 1
                d.d1 -= n
                d.a1 -= n
                for r in d.runs:
                    r.d1, r.a1 = min(r.d1, d.d1), min(r.a1, d.a1)
                kept[k] = (_passage(doc, art, d, _score(doc, art, d)), d)
                kept.append((p, c))
            held[c.a0 : c.a1 + 1] += 1
            break
    return kept


def _shared_share(art: Side, a_seeds: np.ndarray, exclude: np.ndarray | None = None) -> float:
    """Han-equivalent share of the article inside the given shared shingles (token positions).

    Separators between two covered tokens count as covered; text between passages, words an
    edit replaced and sentences an edit dropped do not. Characters in ``exclude`` (bool
    ``[len(original)]``, boilerplate) count in neither the numerator nor the denominator.
    """
    toks, sh = art.tokens, art.shingles
    n = len(toks)
    idx = np.searchsorted(sh.first, a_seeds)
    last = sh.last[np.minimum(idx, len(sh.last) - 1)]
    # bincount, not np.add.at: the same sums, without add.at's per-element overhead.
    diff = np.bincount(a_seeds, minlength=n + 1)[: n + 1] - np.bincount(last + 1, minlength=n + 1)[: n + 1]
    m = np.cumsum(diff[:-1]) > 0
    starts = np.asarray(art.norm.starts)[toks.starts]
    ends = np.asarray(art.norm.ends)[toks.ends - 1]
    t = np.flatnonzero(m)
    nxt = np.minimum(t + 1, n - 1)
    joined = (t + 1 < n) & m[nxt]
    c_end = np.where(joined, starts[nxt], ends[t])
    nw = len(art.weights)
    cdiff = np.bincount(starts[t], minlength=nw)[:nw] - np.bincount(c_end, minlength=nw)[:nw]
    covered = np.cumsum(cdiff[:-1]) > 0
    per_char = np.diff(art.weights)
    if exclude is not None and exclude.any():
        per_char = np.where(exclude, 0.0, per_char)
    total = float(per_char.sum())
    return float(per_char[covered].sum()) / total if total else 0.0


def align(doc: Side, art: Side, config: MatchConfig, *, boilerplate: Boilerplate | None = None) -> Alignment:
    """Align a document with an article (see the module docstring).

    ``boilerplate`` (:func:`boilerplate_of`): the article's boilerplate is left out of
    coverage, and passages lying mostly in its furniture are dropped. Returns an
    :class:`Alignment`; no passages, coverage 0 and similarity 0 when nothing aligns. Texts
    without shingles never match.
    """
    bp = boilerplate if boilerplate is not None and boilerplate.any else None
    exclude = bp.mask if bp is not None else None
    d, a = seeds(doc, art)
    if len(np.unique(a)) < _MIN_SEEDS:
        return Alignment((), 0.0, 0.0)
    chains = _chain(_runs(d, a, gap=max(1, config.max_gap // 4)), config.max_gap, doc.tokens.starts, art.tokens.starts)
    for c in chains:
        _trim(c)
    chains = _split_on_moved_text(chains, doc.shingles, art.shingles)
    found: list[tuple[Passage, _Chain]] = []
    short: list[tuple[Passage, _Chain]] = []
    for c in chains:
        # Extend the chain to the last token of its last shingle on both sides.
        c.d1 = _last_token(doc.shingles, max(r.d1 for r in c.runs))
        c.a1 = _last_token(art.shingles, c.runs[-1].a1)
        aspan = art.norm.to_original(int(art.tokens.starts[c.a0]), int(art.tokens.ends[c.a1]))
        weight = art.length(aspan)
        if weight < config.min_aligned and len(c.runs) > 1:
            continue
        if len(c.runs) > 1 and all(r.length == 1 for r in c.runs):
            # Only isolated shingles shared, no longer stretch: a template's repeated phrases
            # (a listing's "Jan 09, 2:00 pm 60 min(s)"), not copied text.
            continue
        score = _score(doc, art, c)
        if score < config.threshold:
            continue
        p = _passage(doc, art, c, score)
        if bp is not None and bp.furniture[p.article.start : p.article.end].any():
            aspan = p.article
            furn = float(np.diff(art.weights)[aspan.start : aspan.end][bp.furniture[aspan.start : aspan.end]].sum())
            if furn >= 0.5 * weight:
                continue  # the outlet's notice or follow line: not the article's text
        (found if weight >= config.min_aligned else short).append((p, c))
    kept = _disjoint(doc, art, _resolve_overlaps(found, (doc, art)))
    if not kept:
        return Alignment((), 0.0, 0.0)
    # The article's heading and closing lines around the aligned text (headline, dateline,
    # credits, ###) are not text a copy of every paragraph left out: not counted in coverage.
    edge = _edge_furniture(art, [c for _, c in kept], narrow_over_cap=False)
    if edge.any():
        exclude = edge if exclude is None else exclude | edge
    coverage = _shared_share(art, a[np.concatenate([r.seeds for _, c in kept for r in c.runs])], exclude)
    coverage_kept: list[tuple[Passage, _Chain]] | None = None
    if coverage >= config.edited_coverage and short:
        # The document is a copy of the article: its verbatim fragments too short to be
        # evidence alone (one-line paragraphs moved around) count as copied text too. They
        # add to coverage but are not listed as passages.
        with_short = _resolve_overlaps(
            kept + [(p, c) for p, c in short if p.score >= config.excerpt_similarity], (doc, art), split=False
        )
        coverage = _shared_share(art, a[np.concatenate([r.seeds for _, c in with_short for r in c.runs])], exclude)
        coverage_kept = with_short
    passages = [p for p, _ in kept]
    # Union of spans, so text quoted twice counts once.
    containment = _share(doc.weights, [p.document for p in passages])
    if coverage < config.edited_coverage and containment < config.excerpt_containment:
        # Neither a copy of the article nor a text made of it: a short loose passage is then
        # a page on the same subject, not evidence (it would only blur the verbatim ones).
        firm = [
            (p, c) for p, c in kept if p.score >= config.excerpt_similarity or p.weight >= config.min_passage
        ]
        if any(p.score >= config.excerpt_similarity and p.weight >= config.min_passage for p, _ in firm):
            # A near-verbatim passage already makes this an excerpt; a loose passage beside it
            # scoring like another report of the same event (or two encyclopedia pages' shared
            # template) would only widen the evidence past what was copied. An edited passage
            # (a light rewrite scores 0.8 and more) stays.
            firm = [(p, c) for p, c in firm if p.score >= _LOOSE_SCORE]
        if firm and len(firm) < len(kept):
            kept = firm
            passages = [p for p, _ in kept]
            coverage = _shared_share(art, a[np.concatenate([r.seeds for _, c in kept for r in c.runs])], exclude)
            containment = _share(doc.weights, [p.document for p in passages])
            coverage_kept = None
    wsum = sum(p.weight for p in passages)
    similarity = sum(p.score * p.weight for p in passages) / wsum
    edited = None
    if coverage >= config.reprint_coverage:
        pieces = kept if coverage_kept is None else coverage_kept
        edited = edited_share(doc, art, [c for _, c in pieces], exclude)
    if coverage < config.edited_coverage:
        # Only a match below edited_coverage is classified on its passages' wording and
        # quotations (verdict: an excerpt's pieces together, an edited extract).
        passages = [_with_wording(doc, art, p, c) for p, c in kept]
    passages.sort(key=lambda p: (p.document.start, p.article.start))
    return Alignment(tuple(passages), min(1.0, coverage), min(1.0, similarity), min(1.0, containment), edited)


def _han_weight(text: str) -> float:
    """Han-equivalent length of letters and digits: a CJK character 1, any other 1/3."""
    cjk = sum(1 for ch in text if ch >= "\u2e80")
    return cjk + (len(text) - cjk) / 3.0


def _edit_runs(a: str, b: str, *, lead: float = 0.0, trail: float = 0.0, ends: tuple[bool, bool] = (True, True)) -> float:
    """Characters edited turning ``a`` into ``b``: over rapidfuzz Indel opcodes,
    each run of deletions and insertions between two equal blocks counts max(deleted,
    inserted). ``b`` holds only the copy's aligned pieces and the text it added between them;
    the text it added before its first and after its last piece, ``lead`` and ``trail``
    (characters), is not in ``b`` but counts with the first and last run: they count
    max(deleted, inserted + lead) and max(deleted, inserted + trail). Where ``ends`` is
    False (the article's furniture left out at that end: a piece may run into the copy's
    kept notice or credit line), ``b``'s insertions before the first or after the last equal
    block count nothing. Every character counts 1, a digit or Latin
    letter as much as a Han character: a reader counts "1998年" rewritten as "一九九八年" as four
    characters changed, and a dropped dateline by its characters."""
    total, dels, ins, seen_equal = 0.0, 0.0, 0.0, False
    for op in Indel.opcodes(a, b):
        if op.tag == "equal":
            total += max(dels, ins) if seen_equal else max(dels, ins * ends[0] + lead)
            dels = ins = 0.0
            seen_equal = True
        else:
            dels += op.src_end - op.src_start
            ins += op.dest_end - op.dest_start
    if not seen_equal:
        return max(dels, ins * (ends[0] and ends[1]) + lead + trail)
    return total + max(dels, ins * ends[1] + trail)


# Only letters and digits count in the edited share: a copy with its punctuation dropped or
# spaced out (，。、 gone: 8 % of a Chinese text) changes no word, and counting it made such a
# verbatim copy `edited` (a new user's trial).


@functools.lru_cache(maxsize=1)
def _counted_bmp() -> np.ndarray:
    """``table[code point]``: whether a Basic Multilingual Plane character is counted by
    :func:`edited_share` (a letter or digit); built once, 64 KB."""
    return np.fromiter((chr(i).isalnum() for i in range(0x10000)), dtype=bool, count=0x10000)


def _counted_mask(text: str) -> np.ndarray:
    """Per character of ``text``: counted by :func:`edited_share` (a table lookup, not a
    Python test per character)."""
    cps = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    bmp = cps < 0x10000
    keep = np.zeros(len(cps), dtype=bool)
    keep[bmp] = _counted_bmp()[cps[bmp]]
    for i in np.flatnonzero(~bmp):
        keep[i] = text[i].isalnum()
    return keep
# Text between two aligned pieces at least this long (letters and digits) that the
# article holds verbatim elsewhere was moved, not added.
_MOVED_GAP_MIN = 4
# A sentence ends the copy's text between two pieces: pieces on either side are apart.
_SENTENCE_END = re.compile(r"[。!?\n]")
_NOT_COUNTED = re.compile(r"\W+|_+")
# Chains shorter than this (tokens) inside article text a longer chain holds are not pieces.
_REQUOTE_MIN = 25
# Han-equivalent characters a piece may run past a sentence end by chance (a shingle's tail,
# a few words the next line shares with the article's).
_RUN_ON = 10.0
# Text between two aligned pieces of a copy up to this long (Han-equivalent) was added to it
# (a sentence, a filler phrase); longer stretches are page furniture around the copy.
_ADDED_MAX = 200.0


def _edge_furniture(art: Side, chains: list[_Chain], *, narrow_over_cap: bool = True) -> np.ndarray:
    """bool ``[len(original)]``: the lines that lie wholly before the first or after the last
    aligned piece of the article, up to the first line of :data:`EDGE_LINE_MAX` (Han-equivalent)
    or more: the article's heading and closing furniture (headline, kicker, dateline, credits,
    a media contact, ###, 返回顶部). Lines under :data:`FURNITURE_GAP` count only when they read
    as furniture (:data:`_FURNITURE_LINE`); a longer line after the last piece counts unless it
    reads as the story's own closing paragraph (:func:`_story_close`: "The council will review
    the restrictions monthly." is text a copy dropped, a reporter's contact line is not). When these lines make more than
    :data:`EDGE_SHARE_MAX` of the article (a list, a poem: short lines are its text), only the
    short furniture lines count (``narrow_over_cap``, the rule before session 19, for the edited
    share) or none (for coverage)."""
    orig = art.norm.original
    atk = art.tokens
    first = art.norm.to_original(int(atk.starts[min(c.a0 for c in chains)]), int(atk.ends[min(c.a0 for c in chains)])).start
    last = art.norm.to_original(int(atk.starts[max(c.a1 for c in chains)]), int(atk.ends[max(c.a1 for c in chains)])).end
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", orig)]

    def edge_lines(limit: float, counts: Callable[[int, int], object]) -> np.ndarray:
        # from each end inwards, up to the aligned text or the first line of `limit` or more
        mask = np.zeros(len(orig), dtype=bool)
        for seq, outside in ((lines, lambda lo, hi: hi <= first), (lines[::-1], lambda lo, hi: lo >= last)):
            for lo, hi in seq:
                if not outside(lo, hi) or art.length(Span(lo, hi)) >= limit:
                    break
                if counts(lo, hi):
                    mask[lo:hi] = True
        return mask

    def counts(lo: int, hi: int) -> object:
        if art.length(Span(lo, hi)) < FURNITURE_GAP:
            return _FURNITURE_LINE.search(orig, lo, hi)
        return lo < last or not _story_close(orig[lo:hi])

    mask = edge_lines(EDGE_LINE_MAX, counts)
    total = float(art.weights[-1]) if len(art.weights) else 0.0
    if total and float(np.diff(art.weights)[mask].sum()) > EDGE_SHARE_MAX * total:
        if not narrow_over_cap:
            return np.zeros(len(orig), dtype=bool)
        return edge_lines(FURNITURE_GAP, lambda lo, hi: _FURNITURE_LINE.search(orig, lo, hi))
    return mask


# A short line reads as page furniture, not a line of the article (an author line such as
# 中国人民银行行长戴相龙 a copy dropped counts): it has a digit or Latin letter (a date, an
# edition, AMP), is all in brackets, or names an edition, editor, reporter, source or link.
_FURNITURE_LINE = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]|^\s*[（(【\[].*[）)】\]]\s*$|版|编辑|編輯|记者|記者|来源|來源|返回|顶部|頂部")
# A line that ends a sentence (its closing quote or bracket after the mark).
_SENTENCE_CLOSE = re.compile(r"[.!?。！？…][\"'”’」』）)]*\s*$")
# What makes a line that ends a sentence the page's closing furniture rather than the story's:
# a label opening it (Correction:, Editor's note:, Banner image:, 供稿：), the whole line in
# brackets, a contact (e-mail, @handle, address, phone), or words about the page, its
# publication or its reporters rather than the story's events (the notices benchmark's tune
# half: "This story was originally published …", "Thank you for relying on us … subscription",
# "X covers transportation … Reach her at …", （记者 X 报道）, 本网站所刊载信息…).
_CLOSING_FURNITURE = re.compile(
    r"(?m)^\W{0,3}[^\s:：.。,，!?]{1,20}(?:[ ][^\s:：.。,，!?]{1,20}){0,2}[ ]?[:：]"
    r"|^\s*[（(【\[〈<][^\n]*[）)】\]〉>][.。]?\s*$"
    r"|[@＠]|(?i:https?://|www\.)|\d[\d ()+.\-]{6,}\d"
    r"|(?i:\b(?:stor(?:y|ies)|articles?|newsroom|journalism|newsletters?|subscri\w*|donat\w*|click|published"
    r"|reporter|reporting|editor|correspondent|contributed)\b)"
    r"|本文|本网|本網|本站|本报|本報|本刊|记者|記者|编辑|編輯|来稿|來稿|投稿|刊载|刊載|刊登|原载|原載|供稿|来源|來源"
)


def _story_close(line: str) -> bool:
    """Whether a closing line of an article reads as the story's own last paragraph: it ends a
    sentence and has none of :data:`_CLOSING_FURNITURE`'s marks of page furniture."""
    return _SENTENCE_CLOSE.search(line) is not None and _CLOSING_FURNITURE.search(line) is None


def _aligned_to(doc: Side, art: Side, chains: list[_Chain], marked: np.ndarray) -> np.ndarray:
    """bool ``[len(doc.norm.text)]``: the document's characters whose tokens the chains align
    (token by token along each run's diagonal) to article tokens mostly ``marked`` (bool per
    article normalised character)."""
    dt, atk = doc.tokens, art.tokens
    a_starts, a_ends = np.asarray(atk.starts), np.asarray(atk.ends)
    sums = np.concatenate(([0], np.cumsum(marked, dtype=np.int64)))
    lengths = np.maximum(a_ends - a_starts, 1)
    token_marked = (sums[a_ends] - sums[a_starts]) * 2 > lengths
    d_starts, d_ends = np.asarray(dt.starts), np.asarray(dt.ends)
    out = np.zeros(len(doc.norm.text) + 1, dtype=bool)
    for c in chains:
        for i, r in enumerate(c.runs):
            hi = c.runs[i + 1].d0 - 1 if i + 1 < len(c.runs) else c.d1
            ds = np.arange(r.d0, max(r.d0, hi) + 1)
            ts = ds + (r.a0 - r.d0)
            ok = (ts >= 0) & (ts < len(token_marked))
            for d in ds[ok][token_marked[ts[ok]]].tolist():
                stop = int(d_starts[d + 1]) if d + 1 < len(d_starts) else int(d_ends[d])
                out[int(d_starts[d]) : stop] = True
    return out[: len(doc.norm.text)]


def edited_share(doc: Side, art: Side, chains: list[_Chain], exclude: np.ndarray | None = None) -> float:
    """Share of the article's characters that the copy changed, removed or added, in [0, 1].

    The article's normalised letters and digits (boilerplate in ``exclude`` left out) are
    compared with the copy: the document's aligned pieces, each with the text that follows it
    up to the next piece when that is shorter than :data:`_ADDED_MAX` (a sentence the copy
    added), put in the article's order so that moved sentences and paragraphs cost nothing
    (pieces inside one sentence keep the copy's order: swapped clauses count), plus the text
    the copy added to its first and last paragraphs (on the line of the first piece before it,
    on the line of the last piece after it); the page around the copy is not counted. rapidfuzz Indel opcodes; between two equal blocks a run of
    deletions and insertions counts max(deleted, inserted): a replaced word counts its
    length, a dropped or added sentence its length; punctuation and markup count nothing, and
    every counted character is one (a digit or Latin letter as much as a Han character, as a
    reader counts). Divided by the article's
    length, this is the "share of characters edited" a person would measure between the
    article and the copy: a few per cent is what a reprint loses to a changed dateline, typos or variant
    characters; 10 % is a rewrite. Short lines (< :data:`FURNITURE_GAP` Han-equivalent: an
    edition and date line, a byline, 返回顶部) that start or end the stored article before its
    first or after its last aligned piece are the publisher's page furniture, not counted.
    """
    text = art.norm.text
    keep = _counted_mask(text)
    if not len(text) or not chains:
        return 0.0
    skip = _edge_furniture(art, chains)
    boiler_norm = None
    if exclude is not None and exclude.any():
        skip = skip | exclude
        boiler_norm = exclude[np.asarray(art.norm.starts)]
    if skip.any():
        keep &= ~skip[np.asarray(art.norm.starts)]
    article = "".join(itertools.compress(text, keep.tolist()))
    if not article or not chains:
        return 0.0
    # Article content position of each normalised character, to put pieces in article order.
    at = np.concatenate(([0], np.cumsum(keep)))
    dt, dtext, atk = doc.tokens, doc.norm.text, art.tokens
    # A short chain matching article text a longer chain already holds is a phrase the copy's
    # added text happens to share with the article (东南亚金融危机 in an inserted sentence): it
    # is part of the text around it, not a piece.
    cover = np.zeros(len(atk) + 1, dtype=np.int32)
    for c in chains:
        if c.a1 - c.a0 + 1 >= _REQUOTE_MIN:
            cover[c.a0 : c.a1 + 1] += 1
    chains = [c for c in chains if c.a1 - c.a0 + 1 >= _REQUOTE_MIN or cover[c.a0 : c.a1 + 1].mean() <= 0.5] or chains
    by_doc = sorted(chains, key=lambda c: (c.d0, c.a0))
    # The copy's text aligned to the article's boilerplate, left out like the boilerplate itself
    # (a full copy holding the outlet's repeated paragraph is still a full copy).
    dropped = None if boiler_norm is None else _aligned_to(doc, art, chains, boiler_norm)
    # A piece lying inside the sentence of the piece before it stays after it (clauses swapped
    # inside a sentence are a rewording a person counts); everything else is put in the
    # article's order (moving sentences and paragraphs changes no word). Pieces kept together
    # are placed by the one that comes first in the article.
    keys = [int(at[int(atk.starts[c.a0])]) for c in by_doc]
    block = list(range(len(by_doc)))
    for k in range(1, len(by_doc)):
        prev_start, prev_end = int(dt.starts[by_doc[k - 1].d0]), int(dt.ends[by_doc[k - 1].d1])
        end = int(dt.ends[by_doc[k].d1])
        # A piece ending a few characters past a sentence end ran on into the next line by
        # chance (…的游法。”\n本报… shares 游法本报 with a dateline; …途径。\n经济林产品… with the
        # next paragraph): its sentence is the one it ends before them.
        last_end = max((m.start() for m in _SENTENCE_END.finditer(dtext, prev_start, prev_end)), default=-1)
        if last_end >= 0 and doc.length(doc.norm.to_original(last_end, prev_end)) <= _RUN_ON:
            prev_end = last_end
        if not _SENTENCE_END.search(dtext, prev_end, max(prev_end, end)):
            block[k] = block[k - 1]
    block_key: dict[int, int] = {}
    for k, b in enumerate(block):
        block_key[b] = min(block_key.get(b, keys[k]), keys[k])
    pieces: list[tuple[int, int, str]] = []
    # A piece quoting article text an earlier piece of the page already holds (a reader comment
    # quoting a paragraph after the copy) is not the copy's, nor is the page text before it.
    seen = np.zeros(len(atk) + 1, dtype=bool)
    requote = []
    for k, c in enumerate(by_doc):
        # (pieces inside one sentence are a rewording: clauses swapped around a repeated word)
        requote.append(bool(seen[c.a0 : c.a1 + 1].mean() > 0.5) and (k == 0 or block[k] != block[k - 1]))
        seen[c.a0 : c.a1 + 1] = True
    for k, c in enumerate(by_doc):
        if requote[k]:
            continue
        start, end = int(dt.starts[c.d0]), int(dt.ends[c.d1])
        key = block_key[block[k]]
        piece = dtext[start:end] if dropped is None else "".join(itertools.compress(dtext[start:end], ~dropped[start:end]))
        pieces.append((key, k, _NOT_COUNTED.sub("", piece)))
        if k + 1 < len(by_doc) and not requote[k + 1]:
            nxt = int(dt.starts[by_doc[k + 1].d0])
            if nxt > end and doc.length(doc.norm.to_original(end, nxt)) <= _ADDED_MAX:
                gap = _NOT_COUNTED.sub("", dtext[end:nxt])
                # Article text too short to align (a byline, a one-line paragraph) that the
                # copy moved is put back in its place; anything else was added here.
                found = article.find(gap) if len(gap) >= _MOVED_GAP_MIN else -1
                pieces.append((found, k, gap) if found >= 0 else (key, k, "\0" + gap))
    # The copy's first and last paragraphs: text on the line of the piece that starts the
    # article before it, and on the line of the piece that ends the article after it, is a
    # sentence the copy added to them (a person reading the two texts counts it), unless it is
    # article text moved there; the lines around them are the page's, and so are reader
    # comments quoting a paragraph (the first such piece in the page is the copy's).
    head = min(by_doc, key=lambda c: (c.a0, c.d0))
    tail = min(by_doc, key=lambda c: (-c.a1, c.d0))
    first, last = int(dt.starts[head.d0]), int(dt.ends[tail.d1])
    line_start, line_end = dtext.rfind("\n", 0, first) + 1, dtext.find("\n", last)
    line_end = len(dtext) if line_end < 0 else line_end
    # Not into another piece on the same line (a piece starting mid-line on a shingle that
    # runs across a sentence end: the text before it is that other piece, already counted).
    for c in by_doc:
        s0, e0 = int(dt.starts[c.d0]), int(dt.ends[c.d1])
        if line_start < e0 <= first:
            line_start = e0
        if last <= s0 < line_end:
            line_end = s0
    before = dtext[line_start:first]
    after = dtext[last:line_end]
    edges = []
    for k, text in ((-1, before), (len(by_doc), after)):
        core = _NOT_COUNTED.sub("", text)
        found = article.find(core) if len(core) >= _MOVED_GAP_MIN else -1
        if found >= 0:
            pieces.append((found, k, core))
        edges.append(float(len(core)) if found < 0 and _han_weight(core) <= _ADDED_MAX else 0.0)
    pieces.sort(key=lambda x: (x[0], x[1], x[2].startswith("\0")))
    copy = _without_inline_pinyin("".join(t.lstrip("\0") for _, _, t in pieces), article)
    # At an end where the article's furniture was left out, a piece may run into the copy's
    # own copy of it: the copy's text beyond the article's aligned text counts nothing there.
    a_first = int(np.asarray(art.norm.starts)[int(atk.starts[min(c.a0 for c in chains)])])
    a_last = int(np.asarray(art.norm.ends)[int(atk.ends[max(c.a1 for c in chains)]) - 1])
    ends = (not skip[:a_first].any(), not skip[a_last:].any())
    return min(1.0, _edit_runs(article, copy, lead=edges[0], trail=edges[1], ends=ends) / len(article))


# A run of Latin letters (tone marks and tone digits included); one match per run, so linear.
_LATIN_RUN = re.compile(r"[a-zü\u00e0-\u01dc\u0300-\u030c1-5]+")


def _is_han_at(text: str, i: int) -> bool:
    return 0 <= i < len(text) and "\u3400" <= text[i] <= "\u9fff"


def _without_inline_pinyin(copy: str, article: str) -> str:
    """``copy`` without the pinyin printed inline beside its characters (发fā展zhǎn): runs of
    valid pinyin syllables touching a Han character that the article does not hold. Pinyin is a
    surface annotation, not a content edit (generator B's public definition counts it apart
    from edits too); the normaliser removes it when bracketed, this catches it bare."""
    if not _LATIN_RUN.search(copy):
        return copy

    def drop(m: re.Match[str]) -> str:
        run = m.group()
        beside_han = _is_han_at(copy, m.start() - 1) or _is_han_at(copy, m.end())
        return "" if beside_han and len(run) <= 60 and run not in article and _pinyin_kind(run) else run

    return _LATIN_RUN.sub(drop, copy)


def _share(weights: np.ndarray, spans: list[Span]) -> float:
    """Han-equivalent share of a text (cumulative ``weights``) inside the union of ``spans``."""
    covered = np.zeros(len(weights) - 1, dtype=bool)
    for sp in spans:
        covered[sp.start : sp.end] = True
    per_char = np.diff(weights)
    total = float(per_char.sum())
    return float(per_char[covered].sum()) / total if total else 0.0
