"""Fold text so that a reprint and its source compare equal, keeping an offset map.

:func:`normalize` applies eight steps, in order, each keeping the map from folded characters back
to the original code points, after reading the text in display order where a bidi override
(RLO or LRO ... PDF, Unicode UAX #9) reorders it: a copy storing each word reversed inside
``LRI RLO … PDF PDI``, which a browser shows in normal order, is read as shown
(:func:`reprint_guard.bidi.display_order`; right-to-left scripts written as usual keep their
stored order, and a reversed word maps back, every character of it, to the whole word):

1. per character, NFKC (Unicode UAX #15) then ``str.casefold`` then NFKC again (the
   ``NFKC_Casefold`` idea), repeated to a fixed point so that folding is idempotent;
   line breaks become ``"\\n"`` and other whitespace ``" "``;
2. format characters (Cf: zero-width space/joiners, BOM, soft hyphen, bidi marks), controls,
   surrogates, variation selectors and other invisibles are removed; the blanks a browser
   draws with a width (braille blank, Hangul fillers) become spaces where they separate words
   and are removed where they sit between every character (:func:`_blanks_to_spaces`);
3. decorative symbols are removed: So, Sk, Co, Me (emoji, dingbats, box drawing, private use,
   keycaps), arrows and a few decorative bullets (``※``, ``•``). Letters, digits, marks,
   ordinary punctuation (P*), currency (Sc) and math (Sm) symbols stay;
4. letters of other scripts that look like Latin letters (Unicode's confusables, UTS #39) are
   folded to those letters inside words that hold a Latin letter (``hаrbоur`` with Cyrillic
   ``а`` and ``о`` → ``harbour``) and in words of look-alikes alone between two such words
   (Cyrillic ``а`` in ``on а boat``), one character for one, so the map is untouched. Text
   in Cyrillic, Greek or another script stays as it is, also beside a Latin name. Look-alikes
   of the Latin script itself (``ɑ``, ``ɡ``, dotless ``ı``, ``ʏ``, small capitals ``ᴏ``, ``ꜱ``,
   ``ᴇ``, ``ᴛ``, ``ʀ``, ``ɴ``) are Latin words and always fold; see :func:`_fold_lookalikes`;
5. pinyin annotations in brackets next to a Han character (``發(fā)展``, ``發[fa1]展``,
   ``【fā】發展``, ``中国〈zhōng·guó〉``, and neutral-tone ``的(de)`` in an annotated text) are
   removed, also inside quotes (``「發(fā)展」``), and so is zhuyin in brackets (``河(ㄏㄜˊ)``).
   In a text where at least a tenth of the Han characters (and eight or more) are followed by
   pinyin glued to them without brackets (``九jiu 月yue``, ``河hé湾wān``), those runs are
   removed too; a few Latin words after characters (``GDP``, ``张伟Zhang``) stay
   (:func:`_bare_pinyin_spans`). Non-spacing marks (Mn) right after a Han character go as
   well (a kana voicing mark U+3099, a tone mark U+302A, ``河\u0301``): Chinese puts no mark on a
   character (:func:`_drop_han_marks`);
6. Chinese is folded to Simplified at phrase level with Mainland phrasing: OpenCC ``s2twp``
   then ``tw2sp`` (軟體 → 软件, 網際網路 → 互联网, 著 → 着; see OpenCC's
   ``data/config/*.json``), on each run of Han characters (between punctuation, spaces and
   Latin) that holds a *fold trigger*. Passing through the Taiwan form first sends a Simplified
   source and its Taiwan-phrased reprint to the same text, which ``tw2sp`` alone does not (it
   folds 显著 to 显着 but 顯著 to 显著, 文件 to 文档 but its Taiwan form 檔案 to 文件), and makes
   the conversion idempotent (``tw2sp`` alone turns 尼日尔 into 尼日尔尔). A few Mainland words
   change too (建立 → 创建, 核心 → 内核, 影片 → 视频).

   The gate is for cost: ungated, this step took about 2.0 of the 2.1 ms :func:`normalize`
   spent on 3,000 characters of Simplified news, nearly all in OpenCC, which Simplified text
   rarely needs; gated, the whole of :func:`normalize` takes about 0.3 ms. A fold trigger is
   a Basic Multilingual Plane Han character that OpenCC ``t2s`` or ``tw2sp`` changes when
   converted on its own: about 4,200 with OpenCC 1.4, Traditional characters and Taiwan
   variants, and in Simplified text mostly 么 and 著. A run without one is left as it is, with
   no OpenCC call. Runs rather than lines are gated: a run then folds alike whatever its
   neighbours, and the offset map is kept run by run as before. The price is that a Mainland
   word the fold rewrites stays in a Simplified run but is rewritten in a Traditional copy of
   it (建立数据库 stays, 建立數據庫 → 创建数据库).
   Measured on 11,690 People's Daily paragraphs (January 1998), the fold of a conversion of a
   paragraph differs from the fold of the paragraph in 0.17 % of the characters after OpenCC
   ``s2t`` or ``s2tw``, 0.21 % after ``s2twp``, 1.20 % after zhconv ``zh-tw`` (without the gate
   0.00 %, 0.00 %, 0.03 % and 1.03 %): passages still match. Both sides of a comparison
   fold by the same function, so the fold stays deterministic and idempotent;
7. Latin letters with diacritics fold to their base letter, one character for one (``á`` →
   ``a``, ``ñ`` → ``n``, ``ơ`` → ``o`` by canonical decomposition; ``ł`` → ``l``, ``ø`` →
   ``o``, ``đ`` → ``d``, letters Unicode names "X WITH ..." without one), and combining marks
   (U+0300–036F, U+1AB0–1AFF, U+1DC0–1DFF, U+FE20–FE2F; U+20D0–20FF go in step 2) sitting on
   a Latin letter are removed (``a`` + U+0301 → ``a``): a copy with accents swapped in or
   added folds like its source, and French, Spanish or Vietnamese fold alike on both sides.
   Marks on other letters (Greek, Cyrillic) stay. This comes after step 5, which needs the
   tone marks to tell pinyin from words, and after step 4, whose tokens hold these marks so
   that removing them joins no two tokens; see :func:`_fold_diacritics`;
8. whitespace runs collapse to one ``" "``, or one ``"\\n"`` when the run holds a line break;
   leading and trailing whitespace goes.

Store :data:`NORMALIZER_VERSION`, :func:`opencc_version` and :func:`confusables_version` with
fingerprints: folding output, and so every shingle, depends on all three (and on the Unicode
data of the running Python, ``unicodedata.unidata_version``).
"""

from __future__ import annotations

import bisect
import functools
import importlib.metadata
import itertools
import re
import threading
import unicodedata

import numpy as np
import opencc
from rapidfuzz.distance import Levenshtein

from .bidi import display_order
from .models import NormalizedText
from .textfold import without_in_word_blanks, without_letter_spacing

__all__ = ["NORMALIZER_VERSION", "confusables_version", "junk_free_reading", "normalize", "opencc_version"]

NORMALIZER_VERSION = "9"
"""Version of the folding rules; bump whenever :func:`normalize` output changes.

9: a look-alike that a converted phrase (隨身碟 → u盘) or a removed annotation (A(fā)𠀀а) puts
beside a Latin letter folds by the character printed, once. 8: non-spacing marks after a Han character are removed (step 5). 7: zhuyin in brackets and pinyin glued after the characters of a text annotated so are removed
(step 5); look-alike letters of the Latin script itself (``ɑ``, ``ı``, small capitals) fold
(step 4). 6: bidi overrides read in display order, blanks drawn with a width between words.
5: Latin diacritics. 4: look-alike letters of other scripts."""

# ---------------------------------------------------------------------------------------------
# Steps 1-3: the per-character fold

_LINE_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")  # str.splitlines boundaries
_DROP_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "So", "Sk", "Me"})
_DROP_RANGES = (
    (0x034F, 0x034F),  # combining grapheme joiner
    (0x115F, 0x1160),  # Hangul fillers (U+3164 and U+FFA0 fold to U+1160)
    (0x17B4, 0x17B5),  # Khmer inherent vowels, invisible
    (0x180B, 0x180F),  # Mongolian variation selectors
    (0x20D0, 0x20FF),  # combining marks for symbols (enclosing circles, keycaps)
    (0x2190, 0x21FF),  # arrows: decorative in news copy, though some are Sm
    (0x27F0, 0x27FF),
    (0x2900, 0x297F),
    (0xFE00, 0xFE0F),  # variation selectors
    (0xE0100, 0xE01EF),
)
_DROP_CHARS = frozenset("※•‣⁃⁂⁎⁑⁕").union(  # the Po ones are used as decoration
    chr(cp) for lo, hi in _DROP_RANGES for cp in range(lo, hi + 1)
)

_BMP = 0x10000
# Combining marks step 7 removes from a Latin letter (U+20D0-20FF are dropped in step 2).
_LATIN_MARK_RANGES = ((0x0300, 0x036F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0xFE20, 0xFE2F))


def _is_latin_mark(codes: np.ndarray) -> np.ndarray:
    out = np.zeros(len(codes), dtype=bool)
    for lo, hi in _LATIN_MARK_RANGES:
        out |= (codes >= lo) & (codes <= hi)
    return out


def _is_dropped(ch: str) -> bool:
    return ch in _DROP_CHARS or unicodedata.category(ch) in _DROP_CATEGORIES


def _fold_once(ch: str) -> str:
    out = []
    for c in unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", ch).casefold()):
        if c in _LINE_BREAKS:
            out.append("\n")
        elif c.isspace():
            out.append(" ")
        elif not _is_dropped(c):
            out.append(c)
    return "".join(out)


def _fold_char(ch: str) -> str:
    """Steps 1-3 for one code point; every output character is a fixed point."""
    if unicodedata.category(ch) == "Sk":
        return ""  # spacing accents (¨ ´ ¸) decompose to a space plus a combining mark
    folded = ch
    for _ in range(8):  # converges in at most 3 rounds for every Unicode 14/15 code point
        nxt = "".join(_fold_once(c) for c in folded)
        if nxt == folded:
            break
        folded = nxt
    return folded


# Blanks a shaper draws with a width although Unicode does not class them as white space:
# BRAILLE PATTERN BLANK (a braille cell without dots, So) and the Hangul fillers, which are
# Default_Ignorable but which HarfBuzz and Uniscribe draw as spacing glyphs (HarfBuzz's
# is_default_ignorable makes an exception of exactly these four). The other Default_Ignorable
# characters (U+180E, U+2061-2064, zero-width spaces and joiners) are drawn with no width at
# all (checked in Chromium), so words they join look joined: they stay removed in step 2.
_VISIBLE_BLANKS = re.compile("[\u115f\u1160\u2800\u3164\uffa0]")


def _blanks_to_spaces(text: str) -> str:
    """Visible blanks (:data:`_VISIBLE_BLANKS`) become spaces where they separate words.

    A copy can write every space between English words as one of them: the page shows the
    words apart, but removed they would merge. Put between every character of a word
    instead (``h⠀e⠀l⠀l⠀o``), they are junk that step 2 removes, as before: a text in which
    at least half of the stretches between them are one character long keeps them for step 2.
    One for one, so the offset map is untouched.
    """
    if _VISIBLE_BLANKS.search(text) is None:
        return text
    at = [-1, *(m.start() for m in _VISIBLE_BLANKS.finditer(text)), len(text)]
    single = sum(1 for a, b in zip(at, at[1:]) if b - a == 2)
    if 2 * single >= len(at) - 1:
        return text
    return _VISIBLE_BLANKS.sub(" ", text)


@functools.lru_cache(maxsize=1)
def _bmp_tables() -> tuple[np.ndarray, np.ndarray, dict[int, str]]:
    """Fold lengths, first folded code points and multi-character folds of the whole BMP."""
    chars = "".join(map(chr, range(1, _BMP)))
    # NUL separators keep NFKC from composing neighbours: one call folds every character.
    once = unicodedata.normalize("NFKC", "\x00".join(chars)).casefold()
    once_list = unicodedata.normalize("NFKC", once).split("\x00")
    lens = np.ones(_BMP, dtype=np.uint8)
    first = np.arange(_BMP, dtype="<u4")
    multi: dict[int, str] = {}
    lens[0] = 0
    for cp, (ch, quick) in enumerate(zip(chars, once_list), start=1):
        if quick != ch:
            folded = _fold_char(ch)
        elif ch in _LINE_BREAKS:
            folded = "\n"
        elif ch.isspace():
            folded = " "
        elif _is_dropped(ch):
            folded = ""
        else:
            continue  # a fixed point, the common case
        lens[cp] = len(folded)
        first[cp] = ord(folded[0]) if folded else 0
        if len(folded) > 1:
            multi[cp] = folded
    lens.setflags(write=False)
    first.setflags(write=False)
    return lens, first, multi


@functools.lru_cache(maxsize=1 << 16)
def _fold_astral(cp: int) -> str:
    return _fold_char(chr(cp))


def _fold_chars(text: str) -> tuple[str, np.ndarray | None]:
    """Steps 1-3. Returns the folded text and, unless the fold is one-to-one, source indices."""
    lens_t, first_t, multi_t = _bmp_tables()
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    astral = codes >= _BMP
    multi = multi_t
    if bool(astral.any()):
        bmp_codes = np.where(astral, 0, codes)
        lens = lens_t[bmp_codes]
        first = first_t[bmp_codes]
        multi = dict(multi_t)
        positions = np.nonzero(astral)[0]
        uniq, inverse = np.unique(codes[positions], return_inverse=True)
        u_lens = np.empty(len(uniq), dtype=np.uint8)
        u_first = np.zeros(len(uniq), dtype="<u4")
        for j, cp in enumerate(uniq.tolist()):
            folded = _fold_astral(cp)
            u_lens[j] = len(folded)
            if folded:
                u_first[j] = ord(folded[0])
            if len(folded) > 1:
                multi[cp] = folded
        lens[positions] = u_lens[inverse]
        first[positions] = u_first[inverse]
    else:
        lens = lens_t[codes]
        first = first_t[codes]
    if bool((lens == 1).all()):
        return first.tobytes().decode("utf-32-le"), None
    n = len(codes)
    src = np.repeat(np.arange(n, dtype=np.int64), lens)
    out = first[src]
    expanded = np.nonzero(lens > 1)[0]
    if len(expanded):
        # Folds longer than one character: write the 2nd.. characters after the 1st.
        offsets = np.cumsum(lens, dtype=np.int64) - lens
        exp_codes = codes[expanded]
        for cp in np.unique(exp_codes).tolist():
            at = offsets[expanded[exp_codes == cp]]
            for k, c in enumerate(multi[cp][1:], start=1):
                out[at + k] = ord(c)
    return out.tobytes().decode("utf-32-le"), src


# ---------------------------------------------------------------------------------------------
# Step 4: look-alike letters of other scripts in Latin words

_CONFUSABLES_DIST = "confusable-homoglyphs"
# Scripts holding no letters of a language (digits, punctuation, marks), whose characters are
# never look-alikes to fold.
_NOT_LETTER_SCRIPTS = frozenset({"COMMON", "INHERITED", "Unknown"})
# Latin small capitals: "LATIN LETTER SMALL CAPITAL E" stands for e. Modifier letters (ᶰ) fold
# to them in step 1; barred, turned and reversed ones (ᴃ, ᴚ, ᴎ) and ligatures (ᴁ) stay.
_SMALL_CAPITAL = re.compile("LATIN LETTER SMALL CAPITAL ([A-Z])")
_SMALL_CAPITAL_RANGES = ((0x0250, 0x02AF), (0x1D00, 0x1D7F), (0xA720, 0xA7FF), (0x1DF00, 0x1DFFF))
# Blocks above the BMP whose letters step 1 folds to another letter: Latin Extended-F
# (modifier letters), the mathematical alphanumerics, Cyrillic Extended-D.
_ASTRAL_FOLD_RANGES = ((0x10780, 0x107BF), (0x1D400, 0x1D7FF), (0x1E030, 0x1E08F))
_ASCII_DIGITS = (0x30, 0x3A)


class _LookalikeTables:
    """Step 4's tables, built once per process from confusable-homoglyphs' data.

    ``target_bmp[cp]`` is the ASCII code of the lower-case Latin letter that code point ``cp``
    of the *input* stands for (0: none), ``target_astral`` the same above the BMP;
    ``latin_bmp`` / ``latin_astral`` mark Latin-script letters and ``word_bmp`` the characters
    a token is made of (``str.isalnum``, as in shingle.py, and the combining marks step 7
    removes from a Latin letter, so that ``hа́rbоur`` is one token before and after step 7).
    """

    def __init__(
        self,
        target_bmp: np.ndarray,
        target_astral: dict[int, int],
        latin_bmp: np.ndarray,
        latin_astral: frozenset[int],
        word_bmp: np.ndarray,
    ) -> None:
        self.target_bmp = target_bmp
        self.target_astral = target_astral
        self.latin_bmp = latin_bmp
        self.latin_astral = latin_astral
        self.word_bmp = word_bmp


def _package_json(name: str) -> dict:
    # The data files the package documents (confusables.json: UTS #39 confusables.txt, each
    # character → its prototype, each prototype → its look-alikes; categories.json: the
    # Scripts.txt script and general category of every code point range), read directly:
    # the package's modules would import urllib for their update helper, 35 ms on first use.
    import importlib.resources
    import json

    return json.loads(importlib.resources.files("confusable_homoglyphs").joinpath(name).read_text("utf-8"))


@functools.lru_cache(maxsize=1)
def _lookalike_tables() -> _LookalikeTables:
    """Tabulate step 4 (about 20 ms, once per process).

    A code point ``x`` of the input gets a target when step 1 folds it to one non-ASCII letter
    ``y`` of a script (Common and Inherited hold no letters of a language), and ``x`` or else
    ``y`` has a single ASCII letter as its prototype in Unicode's confusables data (UTS #39,
    section 4), or else is a small capital named "LATIN LETTER SMALL CAPITAL X" (``ᴇ``, ``ᴛ``,
    ``ʀ``, ``ɴ``: the data maps only some of them), which stands for ``x``. The prototype of ``x`` comes first, so that Cyrillic ``В`` stands
    for ``b`` although its lower case ``в`` looks like no Latin letter, and Greek ``Ν`` for
    ``n`` although ``ν`` looks like ``v``. The prototype of ``y`` serves a character without
    one of its own (Greek ``Σ`` → ``σ`` → ``o``): whatever may be folded in step 1's output
    may be folded in its input, which keeps the fold idempotent. The prototype is
    case-folded, except that an upper-case letter whose prototype is ``l`` stands for ``i``:
    UTS #39 gives capital I and small l one prototype, and a capital I folds to ``i``.
    Multi-letter prototypes (``ы`` → ``ьı``) are left out, so the fold replaces one character
    by one and the offset map stays as it is. About 330 BMP code points get one (Cyrillic,
    Greek, Armenian, Cherokee, Coptic, Lisu, Canadian syllabics, ..., and 77 Latin letters:
    ``ɑ``, ``ɡ``, ``ı``, ``ɩ``, ``ǀ``, small capitals), and 200 above it.

    Latin letters of names and languages keep their fold: ``ß``, ``æ``, ``ø``, ``ł``, ``đ``,
    ``þ`` and letters with diacritics have no single-letter prototype (step 7 folds the
    ones with a base letter). Dotless ``ı`` folds to ``i``: a Turkish word matches alike, as
    step 1 already folds its capital ``I`` (``IŞIK`` and ``ışık`` both to ``isik``), and step
    7 the ``i`` + dot above of ``İ``.
    """
    confusables = _package_json("confusables.json")
    cats = _package_json("categories.json")
    aliases = cats["iso_15924_aliases"]
    ranges = cats["code_points_ranges"]
    starts = [r[0] for r in ranges]

    def script(cp: int) -> str:
        k = bisect.bisect_right(starts, cp) - 1
        return aliases[ranges[k][2]] if k >= 0 and cp <= ranges[k][1] else "Unknown"

    def prototype(ch: str) -> str | None:
        letters = {g["c"] for g in confusables.get(ch, ()) if len(g["c"]) == 1 and "a" <= g["c"].lower() <= "z"}
        if len(letters) != 1:
            return None  # a prototype itself (its look-alikes listed), or no Latin letter
        p = letters.pop()
        if p == "l" and unicodedata.category(ch) in ("Lu", "Lt"):
            return "i"
        return p.lower()

    def folded_letter(ch: str) -> str | None:
        y = _fold_char(ch)
        if len(y) != 1 or y.isascii() or not unicodedata.category(y).startswith("L"):
            return None
        return y if script(ord(y)) not in _NOT_LETTER_SCRIPTS else None

    own = {ord(ch): p for ch in confusables if len(ch) == 1 and (p := prototype(ch))}
    # Small capitals the confusables data gives no prototype (ᴇ, ᴛ, ʀ, ɴ): by their name.
    for lo, hi in _SMALL_CAPITAL_RANGES:
        for cp in range(lo, hi + 1):
            m = _SMALL_CAPITAL.fullmatch(unicodedata.name(chr(cp), ""))
            if m and cp not in own:
                own[cp] = m[1].lower()
    # Candidates: characters with a prototype of their own, and those that step 1 folds to one
    # (capitals of a look-alike small letter, Cherokee small letters, compatibility forms).
    lens, first, _ = _bmp_tables()
    bmp_own = np.fromiter((cp for cp in own if cp < _BMP), dtype=np.int64)
    candidates = set(own) | set(np.flatnonzero((lens == 1) & np.isin(first, bmp_own)).tolist())
    for cp in [cp for cp in own if cp >= _BMP]:
        candidates.update(ord(c) for c in (chr(cp).upper(), chr(cp).title()) if len(c) == 1)
    for lo, hi in _ASTRAL_FOLD_RANGES:  # 𐞄 → ʙ, 𝚤 → ı: step 1 folds them to a candidate
        candidates.update(cp for cp in range(lo, hi + 1) if len(y := _fold_char(chr(cp))) == 1 and ord(y) in own)
    target_bmp = np.zeros(_BMP, dtype=np.uint8)
    target_astral: dict[int, int] = {}
    for cp in sorted(candidates):
        y = folded_letter(chr(cp))
        if y is None:
            continue
        p = own.get(cp) or own.get(ord(y))
        if p is None:
            continue
        if cp < _BMP:
            target_bmp[cp] = ord(p)
        else:
            target_astral[cp] = ord(p)
    latin_bmp = np.zeros(_BMP, dtype=bool)
    latin_astral: set[int] = set()
    latin = aliases.index("LATIN")
    for lo, hi, alias, _ in ranges:
        if alias != latin:
            continue
        letters = [cp for cp in range(lo, hi + 1) if unicodedata.category(chr(cp)).startswith("L")]
        for cp in letters:
            if cp < _BMP:
                latin_bmp[cp] = True
            else:
                latin_astral.add(cp)
    word_bmp = np.fromiter((chr(cp).isalnum() for cp in range(_BMP)), dtype=bool, count=_BMP)
    word_bmp[0xD800:0xE000] = False
    for lo, hi in _LATIN_MARK_RANGES:
        word_bmp[lo : hi + 1] = True  # step 7 removes them on a Latin letter: keep such tokens whole
    for table in (target_bmp, latin_bmp, word_bmp):
        table.setflags(write=False)
    return _LookalikeTables(target_bmp, target_astral, latin_bmp, frozenset(latin_astral), word_bmp)


def _lookup(codes: np.ndarray, bmp_table: np.ndarray, astral: object) -> np.ndarray:
    """``bmp_table`` at each code point of ``codes``; above the BMP, ``astral(cp)``."""
    if len(codes) and int(codes.max()) >= _BMP:
        out = bmp_table[np.where(codes < _BMP, codes, 0)]
        for i in np.flatnonzero(codes >= _BMP).tolist():
            out[i] = astral(int(codes[i]))  # type: ignore[operator]
        return out
    return bmp_table[codes]


# ASCII, general punctuation, CJK punctuation, Han and the full-width forms: no code point here
# is a look-alike of a Latin letter in the confusables data (checked in the tests), so a text made
# of them alone (most Chinese pages, plain English) skips step 4 and its tables (50 ms to build).
_PLAIN_SCRIPTS = re.compile("[\x00-\x7f\u2000-\u206f\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]*")


def _fold_lookalikes(folded: str, source: str | None = None, src: np.ndarray | None = None) -> str:
    """Step 4: letters of other scripts that look like Latin letters, folded to those letters
    inside Latin words and in words of look-alikes alone between Latin words.

    ``folded`` is the output of steps 1-3; ``source`` the text they folded and ``src`` their
    source indices (``None``: one to one), so that a capital is judged by its own shape
    (:func:`_lookalike_tables`). A *token* is a maximal run of letters and digits
    (``str.isalnum``, the word tokens of shingle.py). Look-alikes are folded in

    * a token holding a Latin letter (``hаrbоur`` with Cyrillic а and о, ``Νews`` with Greek
      Ν, ``iPhоne手机``): the mixed-script word of a homoglyph attack (UTS #39's
      mixed-script detection); and
    * a run of consecutive tokens made of look-alikes alone (and ASCII digits) whose tokens
      before and after it both hold a Latin letter: the words an attacker can spell with
      look-alikes only (Cyrillic ``а``, ``is``, ``сору``) inside Latin text.

    Nothing else changes: Russian, Greek or Armenian text keeps every letter, also beside a
    Latin name (``компания Apple``, ``Straße ΣΑΣ``); only a word of look-alikes alone between
    two Latin words is folded (``Apple с Google``: ``с`` → ``c``), which both sides of a
    comparison do alike. Latin-script look-alikes (``ɑ``, ``ı``, small capitals) are Latin
    letters, so a token holding one always folds. A fold replaces one character by one, so
    the offset map is untouched. Idempotent: a folded token becomes Latin, and a run left alone keeps a
    neighbour without a Latin letter, which no later pass gives one.
    """
    if _PLAIN_SCRIPTS.fullmatch(folded) and (source is None or _PLAIN_SCRIPTS.fullmatch(source)):
        return folded  # ASCII, Han and their punctuation hold no look-alike: no tables to build
    tables = _lookalike_tables()
    codes = np.frombuffer(folded.encode("utf-32-le"), dtype="<u4")
    if source is None:
        source_codes = codes
    else:
        source_codes = np.frombuffer(source.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    # A table lookup (8 us on 3,000 characters), not a regular expression: ``re`` scans a
    # class of the look-alikes, which holds code points above the BMP, in 0.6 ms.
    target = _lookup(source_codes, tables.target_bmp, lambda cp: tables.target_astral.get(cp, 0))
    if not target.any():
        return folded  # English, Chinese: no look-alike at all
    latin = _lookup(codes, tables.latin_bmp, lambda cp: cp in tables.latin_astral)
    if not latin.any():
        return folded  # Russian or Greek text without a Latin letter
    if src is not None:
        target = target[src]
    word = _lookup(codes, tables.word_bmp, lambda cp: chr(cp).isalnum())
    # Tokens: maximal runs of word characters; tok[i] is the token of word character i.
    begins = word.copy()
    begins[1:] &= ~word[:-1]
    n_tokens = int(begins.sum())
    at = np.flatnonzero(word)
    tok = (np.cumsum(begins) - 1)[at]
    has_target = target[at] > 0
    has_latin = np.zeros(n_tokens, dtype=bool)
    has_latin[tok[latin[at]]] = True
    n_targets = np.bincount(tok[has_target], minlength=n_tokens)
    word_codes = codes[at]
    not_digit = (word_codes < _ASCII_DIGITS[0]) | (word_codes >= _ASCII_DIGITS[1])
    not_digit &= ~_is_latin_mark(word_codes)  # a mark is no letter: Cyrillic а́ is a look-alike alone
    n_letters = np.bincount(tok[not_digit], minlength=n_tokens)
    fold = has_latin & (n_targets > 0)
    alone = ~has_latin & (n_targets > 0) & (n_targets == n_letters)
    if alone.any():
        before = np.zeros(n_tokens, dtype=bool)
        before[1:] = alone[:-1]
        after = np.zeros(n_tokens, dtype=bool)
        after[:-1] = alone[1:]
        first_of_run = np.flatnonzero(alone & ~before)
        last_of_run = np.flatnonzero(alone & ~after)
        # A run between two Latin tokens (the text's edges are not Latin).
        inside = (first_of_run > 0) & (last_of_run < n_tokens - 1)
        between = np.zeros(len(first_of_run), dtype=bool)
        between[inside] = has_latin[first_of_run[inside] - 1] & has_latin[last_of_run[inside] + 1]
        run = np.cumsum(alone & ~before) - 1  # the run each look-alike token is in
        fold |= alone & between[np.maximum(run, 0)]
    chosen = has_target & fold[tok]
    if not chosen.any():
        return folded
    out = codes.copy()
    out[at[chosen]] = target[at[chosen]]
    return out.tobytes().decode("utf-32-le")


# ---------------------------------------------------------------------------------------------
# Step 5: pinyin annotations

# Standard Mandarin syllables (toneless, ü spelled out), grouped by initial; the interjections
# m, n, ng, hm, hng and ê are left out because they read too easily as codes.
_SYLLABLES = frozenset(
    """
    a ai an ang ao e ei en eng er o ou
    ba bai ban bang bao bei ben beng bi bian biang biao bie bin bing bo bong bu
    pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu
    ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu
    fa fan fang fei fen feng fiao fo fou fu
    da dai dan dang dao de dei den deng di dia dian diao die din ding diu dong dou du duan dui
    dun duo
    ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo
    na nai nan nang nao ne nei nen neng ni nia nian niang niao nie nin ning niu nong nou nu
    nuan nun nuo nü nüe nue
    la lai lan lang lao le lei len leng li lia lian liang liao lie lin ling liu lo long lou lu
    luan lun luo lü lüe lue
    ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo
    ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo
    ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo
    ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun
    qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun
    xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun
    zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang
    zhui zhun zhuo
    cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui
    chun chuo
    sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui
    shun shuo
    ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo
    za zai zan zang zao ze zei zen zeng zi zong zou zu zuan zui zun zuo
    ca cai can cang cao ce cei cen ceng ci cong cou cu cuan cui cun cuo
    sa sai san sang sao se sen seng si song sou su suan sui sun suo
    ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun
    wa wai wan wang wei wen weng wo wong wu
    """.split()
)
_MAX_SYLLABLE = 6

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
_HAN_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3FFFF))
# Brackets pinyin annotations are printed in, after step 1 (which folds （）［］｛｝ to ASCII).
_BRACKETS = {
    "(": ")", "[": "]", "{": "}", "<": ">", "【": "】", "〔": "〕", "〖": "〗", "〘": "〙", "〈": "〉", "《": "》",
    "「": "」", "『": "』", "⟨": "⟩",
}  # fmt: skip
# A group holds no bracket of any kind and no line break: the innermost groups match (an
# annotation inside a quote 「…發(fā)展…」 is seen), each in one way only, and successive
# matches never overlap, so the whole pass stays linear.
_ALL_BRACKETS = re.escape("".join(_BRACKETS) + "".join(_BRACKETS.values()))
_CLOSED_GROUP = re.compile(
    "|".join(f"{re.escape(o)}[^{_ALL_BRACKETS}\n]*{re.escape(c)}" for o, c in _BRACKETS.items())
)
# A text with at least this many toned annotations is annotated: its toneless groups of valid
# syllables next to a Han character (neutral tones, 的(de), 们(men)) are annotations too. So
# is a text with at least _TONELESS_FOR_TONELESS bracketed groups of syllables (pinyin printed
# without tones, 中(zhong)国(guo)); a few such groups are words (北京(Beijing)).
_TONED_FOR_TONELESS = 3
_TONELESS_FOR_TONELESS = 8
_MAX_ANNOTATION = 100  # characters, after collapsing spaces as step 8 will
_SPACE_RUN = re.compile(" {2,}")
# Between syllables: spaces, apostrophes, hyphens, middle dots, slashes (alternative readings).
_SEPARATORS = re.compile(r"[ '‘’\-·・/,、]+")
_TONE_MARKS = {0x0300: None, 0x0301: None, 0x0304: None, 0x030C: None}
_PINYIN_CHARS = re.compile(r"[a-zü0-5]+")
# Zhuyin (bopomofo): letters of the Bopomofo blocks and the tone marks ˉ ˊ ˇ ˋ (step 3 has
# already removed the neutral-tone dot ˙, a spacing accent). Nothing but an annotation is
# written in them, so a group of them next to a Han character is one, with or without a tone.
_ZHUYIN_TONES = "\u02c9\u02ca\u02c7\u02cb\u02d9"
_ZHUYIN = re.compile(f"[\u3100-\u312f\u31a0-\u31bf{_ZHUYIN_TONES}]+")


def _segments(token: str) -> bool:
    """True when ``token`` is a concatenation of syllables, each with an optional tone digit."""
    n = len(token)
    reachable = [False] * (n + 1)
    reachable[0] = True
    for i in range(n):
        if not reachable[i]:
            continue
        for j in range(i + 1, min(n, i + _MAX_SYLLABLE) + 1):
            if token[i:j] in _SYLLABLES:
                reachable[j] = True
                if j < n and token[j] in "012345":
                    reachable[j + 1] = True
    return reachable[n]


@functools.lru_cache(maxsize=4096)
def _pinyin_kind(content: str) -> int:
    """What a bracketed group holds: 2 pinyin with a tone (mark or digit) or zhuyin
    (``ㄏㄜˊ``, ``ㄉㄨˋ ㄎㄡˇ``, toned or not), 1 valid syllables without any tone, 0 anything
    else (words, acronyms, numbers, codes such as A1)."""
    tokens = [t for t in _SEPARATORS.split(content.strip()) if t]
    if not tokens:
        return 0
    if all(_ZHUYIN.fullmatch(t) and t.strip(_ZHUYIN_TONES) for t in tokens):
        return 2
    toned = False
    plain = []
    for token in tokens:
        decomposed = unicodedata.normalize("NFD", token)
        bare = decomposed.translate(_TONE_MARKS)
        toned = toned or len(bare) != len(decomposed)
        token = unicodedata.normalize("NFC", bare).replace("v", "ü")
        if not _PINYIN_CHARS.fullmatch(token) or not _segments(token):
            return 0
        toned = toned or any(c.isdigit() for c in token)
        plain.append(token)
    if len(plain) == 1 and len(plain[0]) == 2 and plain[0][1].isdigit():
        return 0  # A1, E3, O2: codes, not pinyin
    return 2 if toned else 1


def _is_pinyin(content: str) -> bool:
    """True when a bracketed group holds pinyin: valid syllables, at least one tone."""
    return _pinyin_kind(content) == 2


def _annotation_kind(content: str) -> int:
    if len(content) > _MAX_ANNOTATION:
        # Judge what a second pass would see once step 8 has collapsed the spaces.
        content = _SPACE_RUN.sub(" ", content)
        if len(content) > _MAX_ANNOTATION:
            return 0
    return _pinyin_kind(content)


def _is_han(ch: str) -> bool:
    return (
        "\u4e00" <= ch <= "\u9fff"
        or "\u3400" <= ch <= "\u4dbf"
        or "\uf900" <= ch <= "\ufaff"
        or "\U00020000" <= ch <= "\U0003ffff"
    )


def _has_group_opening(text: str) -> bool:
    return any(o in text for o in _BRACKETS)


def _pinyin_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` holding pinyin annotations, sorted and disjoint.

    An annotation is a bracketed group (any pair of :data:`_BRACKETS`) of pinyin, with a tone
    mark or digit, next to a Han character: after it (``發(fā)展``, ``發 [fa1]展``, the spaces
    before the group go with it) or before it (``(fā)發展``, ``【fā】 發``, the spaces after it
    go with it), or next to another annotation (``發(fā)(zhǎn)展``). In a text holding at least
    :data:`_TONED_FOR_TONELESS` such annotations, or :data:`_TONELESS_FOR_TONELESS` groups of
    syllables, groups of valid toneless syllables in the same places are annotations too
    (neutral tones ``的(de)``; pinyin printed without tones). Acronyms, words, numbers and
    codes are never removed (``组织(WTO)``, ``级别(A1)``).
    """
    groups: list = []
    n_toned = 0
    for m in _CLOSED_GROUP.finditer(text):
        kind = _annotation_kind(m.group()[1:-1])
        if kind:
            groups.append((m.start(), m.end(), kind))
            n_toned += kind == 2
    if not groups:
        return []
    # Annotated: three toned groups, or many groups of syllables (a text annotated without tones).
    need = 1 if n_toned >= _TONED_FOR_TONELESS or len(groups) >= _TONELESS_FOR_TONELESS else 2
    groups = [(start, end) for start, end, kind in groups if kind >= need]
    n = len(text)
    # Spans with their surrounding spaces: [head, start) before the group, [end, tail) after.
    heads, tails = [], []
    for start, end in groups:
        head = start
        while head > 0 and text[head - 1] == " ":
            head -= 1
        tail = end
        while tail < n and text[tail] == " ":
            tail += 1
        heads.append(head)
        tails.append(tail)
    taken = [0] * len(groups)  # 1: after a Han character (or such a group), 2: before one
    for i, (start, end) in enumerate(groups):  # left to right: 發(fā)(zhǎn)
        h = heads[i]
        if h > 0 and (_is_han(text[h - 1]) or (i and taken[i - 1] and groups[i - 1][1] == h)):
            taken[i] = 1
    for i in range(len(groups) - 1, -1, -1):  # right to left: (fā)(zhǎn)發展
        if taken[i]:
            continue
        t = tails[i]
        if t < n and (_is_han(text[t]) or (i + 1 < len(groups) and taken[i + 1] and groups[i + 1][0] == t)):
            taken[i] = 2
    spans: list[tuple[int, int]] = []
    for i, (start, end) in enumerate(groups):
        if taken[i] == 1:
            lo, hi = heads[i], end
        elif taken[i] == 2:
            lo, hi = start, tails[i]
        else:
            continue
        if spans and lo < spans[-1][1]:
            lo = spans[-1][1]
        if lo < hi:
            spans.append((lo, hi))
    return spans


# Pinyin printed without brackets right after each character (``九jiu 月yue``, ``河hé湾wān``):
# a run of Latin letters (tone marks and ü included, or a tone digit at its end) glued to the
# Han character before it and followed by no letter, digit or mark. Possessive, so a run that
# fails the lookahead is not tried again shorter.
_LATIN_RUN = "a-z\u00df-\u00f6\u00f8-\u024f"
_BARE_RUN = re.compile(f"[{_HAN}]([{_LATIN_RUN}]++[0-5]?)(?![{_LATIN_RUN}0-9\u0300-\u036f])")
# A text is annotated this way when at least _BARE_FOR_BARE runs of valid syllables follow a
# Han character and they follow at least _BARE_SHARE of its Han characters. An article that
# glues a few Latin words to characters (GDP, APP, a name in pinyin: 张伟Zhang) has far fewer.
# Without this step a copy of a test article annotated after one character in seven scanned
# clean, one in eight `edited`: the share stays below that.
_BARE_FOR_BARE = 8
_ANNOTATION_ROUNDS = 4
_BARE_SHARE = 0.1


def _bare_pinyin_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` holding pinyin glued after Han characters, in a text annotated so.

    A run (see :data:`_BARE_RUN`) counts when it is valid syllables, toned or not
    (:func:`_pinyin_kind`); the runs are removed only when there are at least
    :data:`_BARE_FOR_BARE` of them and at least :data:`_BARE_SHARE` of the text's Han
    characters are followed by one, a whole-text decision like the one for toneless groups in
    brackets. Sorted and disjoint.
    """
    # A table lookup first (about 8 us on 3,000 characters): the regular expression scans
    # Chinese text at about 10 us per 1,000 characters, and few texts glue enough letters to
    # Han characters to need it.
    if text.isascii():
        return []  # no Han character
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    cls = _BARE_CLASS[np.minimum(codes, _BMP)]
    if int(np.count_nonzero((cls[:-1] == 1) & (cls[1:] == 2))) < _BARE_FOR_BARE:
        return []
    spans = [m.span(1) for m in _BARE_RUN.finditer(text) if _annotation_kind(m.group(1))]
    if len(spans) < _BARE_FOR_BARE:
        return []
    n_han = sum(int(np.count_nonzero((codes >= lo) & (codes <= hi))) for lo, hi in _HAN_RANGES)
    return spans if len(spans) >= _BARE_SHARE * n_han else []


def _bare_class() -> np.ndarray:
    """Over the BMP and one more entry for every code point above it: 1 for a Han character
    (or any code point above the BMP, where the astral Han blocks are), 2 for a letter of
    :data:`_BARE_RUN`'s runs, 0 else."""
    table = np.zeros(_BMP + 1, dtype=np.uint8)
    for lo, hi in _HAN_RANGES:
        table[lo : min(hi, _BMP - 1) + 1] = 1
    table[_BMP] = 1
    for lo, hi in ((0x61, 0x7A), (0xDF, 0xF6), (0xF8, 0x24F)):
        table[lo : hi + 1] = 2
    table.setflags(write=False)
    return table


_BARE_CLASS = _bare_class()


# ---------------------------------------------------------------------------------------------
# Step 6: Traditional → Simplified

# OpenCC dictionary keys hold only Han characters, "〇", "·", "-" and ASCII capitals (which
# step 1 has folded away), so conversion never crosses any other character: convert the runs
# of these characters alone, joined by line breaks in one call.
_CONVERTIBLE = re.compile(rf"([{_HAN}\u3007\u00b7\-]+)")
_MAX_UNIT = 512  # longer runs are cut so that alignment stays cheap
_CUT_CONTEXT = 32  # longer than any OpenCC dictionary key (15 characters in OpenCC 1.4)
_CUT_TRIES = 16
_MAX_ROUNDS = 4


_TRIGGER_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))  # BMP Han blocks


@functools.lru_cache(maxsize=1)
def _fold_triggers() -> re.Pattern[str]:
    """The fold triggers of step 6 as a character class: Han characters of the Basic
    Multilingual Plane that OpenCC ``t2s`` or ``tw2sp`` changes on its own.

    Tabulated with one call per converter on all candidates joined by line breaks, which no
    dictionary key holds (OpenCC's ``data/config/t2s.json`` and ``tw2sp.json``). Traditional
    and Taiwan-phrased text is full of them; Simplified text holds few, mostly 么 and 著
    (``tw2sp`` alone turns them into 幺 and 着). Astral Han characters are not candidates:
    they are rare in news, and tabulating them would add about 0.1 s to the first call.
    """
    candidates = [chr(cp) for lo, hi in _TRIGGER_RANGES for cp in range(lo, hi + 1)]
    joined = "\n".join(candidates)
    triggers: set[str] = set()
    for config in ("t2s", "tw2sp"):
        converted = opencc.OpenCC(config).convert(joined).split("\n")
        if len(converted) != len(candidates):  # cannot happen, see _to_fixed_point
            raise RuntimeError("OpenCC changed the number of lines; reinstall opencc")
        triggers.update(c for c, o in zip(candidates, converted) if o != c)
    return re.compile("[" + "".join(sorted(triggers)) + "]")


@functools.lru_cache(maxsize=1)
def _converters() -> tuple[opencc.OpenCC, opencc.OpenCC, threading.Lock]:
    # One pair per process; the lock because the binding does not promise thread safety.
    return opencc.OpenCC("s2twp"), opencc.OpenCC("tw2sp"), threading.Lock()


def _convert(text: str) -> str:
    """Step 6 on ``text`` (``tw2sp(s2twp(text))``), then step 1 again on what changed.

    Step 1 again because a few phrases convert to capitals (隨身碟 → U盤).
    """
    return _convert_keeping_taiwan(text)[1]


def _convert_keeping_taiwan(text: str) -> tuple[str, str]:
    """``(s2twp(text), _convert(text))``."""
    to_taiwan, to_simplified, lock = _converters()
    with lock:
        taiwan = to_taiwan.convert(text)
        converted = to_simplified.convert(taiwan)
    return taiwan, converted if converted == text else _fold_chars(converted)[0]


def _cut_long_runs(parts: list[str], gated: list[bool]) -> tuple[list[str], list[bool]]:
    """Cut gated runs (odd items of ``parts``) longer than ``_MAX_UNIT``, keeping the
    alternation; the pieces of a gated run are gated."""
    out = [parts[0]]
    out_gated = []
    for run, between, gate in zip(parts[1::2], parts[2::2], gated):
        while gate and len(run) > _MAX_UNIT:
            cut = _stable_cut(run, _MAX_UNIT)
            out += [run[:cut], ""]
            out_gated.append(True)
            run = run[cut:]
        out += [run, between]
        out_gated.append(gate)
    return out, out_gated


def _stable_cut(run: str, pos: int) -> int:
    """A cut near ``pos`` where converting both sides apart equals converting them together."""
    for cut in range(pos, min(pos + _CUT_TRIES, len(run))):
        left = run[max(0, cut - _CUT_CONTEXT) : cut]
        right = run[cut : cut + _CUT_CONTEXT]
        if _convert(left + right) == _convert(left) + _convert(right):
            return cut
    return pos


def _align(src: str, dst: str, starts: np.ndarray, ends: np.ndarray) -> tuple[list, list]:
    """Original ranges for ``dst``, the conversion of ``src`` whose ranges are given.

    Equal blocks of a Levenshtein alignment map one to one; each stretch between them maps
    proportionally onto the source stretch (several output characters may share a source
    character; a deleted source stretch widens its left neighbour).
    """
    s_list = starts.tolist()
    e_list = ends.tolist()
    new_s = [0] * len(dst)
    new_e = [0] * len(dst)

    def gap(s0: int, s1: int, d0: int, d1: int) -> None:
        m, k = s1 - s0, d1 - d0
        if k == 0:
            if d0 > 0:
                new_e[d0 - 1] = e_list[s1 - 1]
        elif m == 0:
            j = s0 - 1 if s0 > 0 else s0
            for d in range(d0, d1):
                new_s[d], new_e[d] = s_list[j], e_list[j]
        else:
            for q in range(k):
                lo = s0 + q * m // k
                hi = max(lo + 1, s0 + (q + 1) * m // k)
                new_s[d0 + q], new_e[d0 + q] = s_list[lo], e_list[hi - 1]

    s0 = d0 = 0
    for op in Levenshtein.opcodes(src, dst):
        if op.tag != "equal":
            continue
        if op.src_start > s0 or op.dest_start > d0:
            gap(s0, op.src_start, d0, op.dest_start)
        for i in range(op.src_end - op.src_start):
            new_s[op.dest_start + i] = s_list[op.src_start + i]
            new_e[op.dest_start + i] = e_list[op.src_start + i]
        s0, d0 = op.src_end, op.dest_end
    if s0 < len(src) or d0 < len(dst):
        gap(s0, len(src), d0, len(dst))
    if dst:  # the conversion as a whole stands for the whole run
        new_s[0] = s_list[0]
        new_e[-1] = e_list[-1]
    return new_s, new_e


def _to_fixed_point(sources: list[str], outputs: list[str], taiwan: list[str]) -> list[str]:
    """Convert changed outputs again until they stop changing, so that folding is idempotent.

    ``outputs[i]`` is ``_convert(sources[i])`` and ``taiwan[i]`` the ``s2twp`` form it came from.

    A second round settles the rare phrase whose conversion converts again (數據機 → 数据机 →
    调制解调器). A run still changing after ``_MAX_ROUNDS`` rounds has no fixed point (OpenCC
    turns 里尼日 into 里尼日尔, 里尼日尔尔, ...): it is converted character by character if that
    is stable, else left as it was; either way a second pass leaves it alone.
    """
    # Cannot happen: no dictionary value holds a line break.
    if not len(outputs) == len(taiwan) == len(sources):
        raise RuntimeError("OpenCC changed the number of lines; reinstall opencc")
    todo = [i for i, (s, o) in enumerate(zip(sources, outputs)) if s != o]
    to_taiwan, to_simplified, lock = _converters()
    for _ in range(_MAX_ROUNDS):
        if not todo:
            return outputs
        with lock:
            again = to_taiwan.convert("\n".join(outputs[i] for i in todo)).split("\n")
        # Where the s2twp form did not change, tw2sp would give last round's output again:
        # converting back only the others saves a whole-text call on Traditional input.
        moved = [(i, t) for i, t in zip(todo, again) if t != taiwan[i]]
        todo = []
        if not moved:
            continue
        with lock:
            back = to_simplified.convert("\n".join(t for _, t in moved))
        for (i, t), o in zip(moved, _fold_chars(back)[0].split("\n")):
            taiwan[i] = t
            if o != outputs[i]:
                outputs[i] = o
                todo.append(i)
    for i in todo:
        by_char = "".join(_convert("\n".join(sources[i])).split("\n"))
        outputs[i] = by_char if _convert(by_char) == by_char else sources[i]
    return outputs


def _to_simplified(
    text: str, starts: np.ndarray | None, ends: np.ndarray | None
) -> tuple[str, np.ndarray | None, np.ndarray | None]:
    """Step 6 on the runs of ``text`` that hold a fold trigger, with the map updated."""
    triggers = _fold_triggers()
    if triggers.search(text) is None:
        return text, starts, ends  # the common Simplified page: no OpenCC call at all
    parts = _CONVERTIBLE.split(text)  # non-run, run, non-run, ..., run, non-run
    gated = [triggers.search(run) is not None for run in parts[1::2]]
    if any(gate and len(run) > _MAX_UNIT for run, gate in zip(parts[1::2], gated)):
        parts, gated = _cut_long_runs(parts, gated)
    runs = parts[1::2]
    sources = list(itertools.compress(runs, gated))
    joined = "\n".join(sources)
    taiwan, converted = _convert_keeping_taiwan(joined)
    if converted == joined:
        return text, starts, ends
    folded = iter(_to_fixed_point(sources, converted.split("\n"), taiwan.split("\n")))
    outputs = [next(folded) if gate else run for run, gate in zip(runs, gated)]
    new_parts = list(parts)
    new_parts[1::2] = outputs
    new_text = "".join(new_parts)
    src_lens = list(map(len, runs))
    out_lens = list(map(len, outputs))
    if src_lens == out_lens:
        return new_text, starts, ends  # one-to-one replacements keep the map
    if starts is None:
        starts = np.arange(len(text), dtype=np.int64)
    if ends is None:
        ends = starts + 1
    s_pieces: list[np.ndarray] = []
    e_pieces: list[np.ndarray] = []
    last = pos = 0
    for k, part in enumerate(parts):
        a, pos = pos, pos + len(part)
        if k % 2 == 0 or src_lens[k // 2] == out_lens[k // 2]:
            continue
        s_pieces.append(starts[last:a])
        e_pieces.append(ends[last:a])
        new_s, new_e = _align(part, outputs[k // 2], starts[a:pos], ends[a:pos])
        s_pieces.append(np.asarray(new_s, dtype=np.int64))
        e_pieces.append(np.asarray(new_e, dtype=np.int64))
        last = pos
    s_pieces.append(starts[last:])
    e_pieces.append(ends[last:])
    return new_text, np.concatenate(s_pieces), np.concatenate(e_pieces)


# ---------------------------------------------------------------------------------------------
# Step 7: Latin diacritics

# Blocks holding Latin letters with diacritics (Latin-1 Supplement to IPA, phonetic
# extensions, Latin Extended Additional, -C, -D, -E).
_LATIN_LETTER_RANGES = (
    (0x00C0, 0x02AF), (0x1D00, 0x1DBF), (0x1E00, 0x1EFF), (0x2C60, 0x2C7F), (0xA720, 0xA7FF), (0xAB30, 0xAB6F),
)  # fmt: skip
_WITH_NAME = re.compile(r"LATIN (?:SMALL|CAPITAL) LETTER ([A-Z]) WITH .+")


@functools.lru_cache(maxsize=1)
def _diacritic_tables() -> tuple[np.ndarray, re.Pattern[str], re.Pattern[str]]:
    """Step 7's tables: the base letter of each BMP code point (0: none), a pattern matching
    any character step 7 may change, and one matching a run of marks it removes."""
    lens, first, _ = _bmp_tables()
    base_bmp = np.zeros(_BMP, dtype="<u4")
    for lo, hi in _LATIN_LETTER_RANGES:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            if lens[cp] != 1 or first[cp] != cp or not unicodedata.category(ch).startswith("L"):
                continue  # only step 1's output is folded here
            bare = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
            if len(bare) != 1 or bare == ch:
                m = _WITH_NAME.fullmatch(unicodedata.name(ch, ""))  # ł, ø, đ: no decomposition
                bare = m[1] if m else ""
            bare = _fold_char(bare) if bare else ""
            if len(bare) == 1 and bare != ch and unicodedata.category(bare).startswith("L"):
                base_bmp[cp] = ord(bare)
    for cp in np.flatnonzero(base_bmp).tolist():  # ǿ → ø → o: to the end of the chain
        b = int(base_bmp[cp])
        while b < _BMP and base_bmp[b]:
            b = int(base_bmp[b])
        base_bmp[cp] = b
    base_bmp.setflags(write=False)
    marks = "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _LATIN_MARK_RANGES)
    letters = "".join(map(chr, np.flatnonzero(base_bmp).tolist()))
    return base_bmp, re.compile(f"[{re.escape(letters)}{marks}]"), re.compile(f"[{marks}]+")


# Han characters a mark may follow: the Han ranges, and 々〆〇 (the CJK set of shingle.py
# without kana and hangul).
_MARK_BASE_RANGES = ((0x3005, 0x3007), *_HAN_RANGES)


@functools.cache
def _nonspacing_bmp() -> np.ndarray:
    """Boolean table over the BMP: True for non-spacing marks (Mn)."""
    t = np.fromiter((unicodedata.category(chr(c)) == "Mn" for c in range(_BMP)), dtype=bool, count=_BMP)
    t.setflags(write=False)
    return t


def _drop_han_marks(
    text: str, starts: np.ndarray | None, ends: np.ndarray | None
) -> tuple[str, np.ndarray | None, np.ndarray | None]:
    """Runs of non-spacing marks (Mn) right after a Han character removed (the map through
    :func:`_delete`). No Chinese text puts a mark on a character; a copy with one after every
    character (U+3099, a kana voicing mark that shingle.py would count as a character of its
    own; a tone mark U+302A) still reads as its source.

    Cost: one table lookup per character of text that is not ASCII (about 20 us on 3,000
    characters of news). Idempotent: what follows a removed run is not a mark.
    """
    if text.isascii():
        return text, starts, ends
    codes = np.frombuffer(text.encode("utf-32-le"), dtype="<u4")
    bmp = codes < _BMP
    mark = _nonspacing_bmp()[np.where(bmp, codes, 0)]
    if not bmp.all():
        for k in np.flatnonzero(~bmp).tolist():
            mark[k] = unicodedata.category(text[k]) == "Mn"
    if not mark.any():
        return text, starts, ends
    han = np.zeros(len(codes), dtype=bool)
    for lo, hi in _MARK_BASE_RANGES:
        han |= (codes >= lo) & (codes <= hi)
    padded = np.concatenate(([False], mark, [False]))
    edges = np.flatnonzero(padded[1:] != padded[:-1])
    spans = [(a, b) for a, b in zip(edges[0::2].tolist(), edges[1::2].tolist()) if a and han[a - 1]]
    if spans:
        text, starts, ends = _delete(text, starts, ends, spans)
    return text, starts, ends


def _fold_diacritics(
    text: str, starts: np.ndarray | None, ends: np.ndarray | None
) -> tuple[str, np.ndarray | None, np.ndarray | None]:
    """Step 7: Latin letters with diacritics to their base letter (one for one, the map
    unchanged), and runs of combining marks right after a Latin letter removed (the map
    through :func:`_delete`, as steps 5 and 8 remove characters).

    Cost: one regular-expression scan of a BMP class on text without any (English), about
    as much as step 4's table lookup. Idempotent: the output holds no folded letter and no
    mark right after a Latin letter, and step 4 took the marks as parts of tokens, so
    removing them changes no token it sees on a second pass.
    """
    base_bmp, anything, mark_run = _diacritic_tables()
    if anything.search(text) is None:
        return text, starts, ends
    codes = np.frombuffer(text.encode("utf-32-le"), dtype="<u4")
    base = _lookup(codes, base_bmp, lambda cp: 0)
    hit = base != 0
    if hit.any():
        codes = np.where(hit, base, codes).astype("<u4")
        text = codes.tobytes().decode("utf-32-le")
    tables = _lookalike_tables()
    spans = []
    for m in mark_run.finditer(text):
        a = m.start()
        if a:
            cp = ord(text[a - 1])
            if tables.latin_bmp[cp] if cp < _BMP else cp in tables.latin_astral:
                spans.append(m.span())
    if spans:
        text, starts, ends = _delete(text, starts, ends, spans)
    return text, starts, ends


# ---------------------------------------------------------------------------------------------
# Step 8: whitespace

_WS_RUN = re.compile(r"[ \n]{2,}")


def _whitespace_spans(text: str) -> list[tuple[int, int]]:
    """Spans to delete so that each whitespace run keeps one character (none at the ends)."""
    n = len(text)
    head = n - len(text.lstrip(" \n"))
    tail = len(text.rstrip(" \n"))
    if head == n:
        return [(0, n)] if n else []
    spans = [(0, head)] if head else []
    if "  " in text or " \n" in text or "\n " in text or "\n\n" in text:
        for m in _WS_RUN.finditer(text, head, tail):
            a, b = m.span()
            k = text.find("\n", a, b)
            keep = a if k < 0 else k  # a run with a line break keeps its first line break
            if keep > a:
                spans.append((a, keep))
            if keep + 1 < b:
                spans.append((keep + 1, b))
    if tail < n:
        spans.append((tail, n))
    return spans


# ---------------------------------------------------------------------------------------------


def _delete(
    text: str,
    starts: np.ndarray | None,
    ends: np.ndarray | None,
    spans: list[tuple[int, int]],
) -> tuple[str, np.ndarray, np.ndarray | None]:
    """Delete sorted, disjoint ``spans`` from ``text`` and from the offset map."""
    pieces = []
    last = 0
    for a, b in spans:
        pieces.append(text[last:a])
        last = b
    pieces.append(text[last:])
    delta = np.zeros(len(text) + 1, dtype=np.int64)
    bounds = np.asarray(spans, dtype=np.int64)
    delta[bounds[:, 0]] += 1
    delta[bounds[:, 1]] -= 1
    keep = np.cumsum(delta[:-1]) == 0
    if starts is None:
        starts = np.arange(len(text), dtype=np.int64)
    return "".join(pieces), starts[keep], None if ends is None else ends[keep]


@functools.lru_cache(maxsize=1)
def confusables_version() -> str:
    """The installed confusable-homoglyphs distribution's version, e.g. ``"3.3.1"``.

    Record it next to :data:`NORMALIZER_VERSION`: its copy of Unicode's confusables data
    decides step 4. Raises ``importlib.metadata.PackageNotFoundError`` when it is not installed.
    """
    return importlib.metadata.version(_CONFUSABLES_DIST)


@functools.lru_cache(maxsize=1)
def opencc_version() -> str:
    """The installed OpenCC distribution's version (``importlib.metadata``), e.g. ``"1.1.9"``.

    Record it next to :data:`NORMALIZER_VERSION`: OpenCC's dictionaries decide step 6.
    Raises ``importlib.metadata.PackageNotFoundError`` when OpenCC is not installed.
    """
    return importlib.metadata.version("opencc")


# One character of another kind between two Han characters: kana, a middle dot, a lone stroke
# radical (丨, 丶), a digit, a Latin letter, a tatweel (ـ) or a small full stop or comma.
# (the character class first and the lookbehind after it: scanning for the class is the fast part)
_HAN_JUNK = re.compile(
    r"[\u3040-\u30ff\uff65-\uff9f·•‧∙⋅丨丶丿亅0-9０-９A-Za-zＡ-Ｚａ-ｚ.．﹒﹐﹑\u0640](?<=[\u3400-\u9fff].)(?=[\u3400-\u9fff])"
)
_HAN_JUNK_MIN = 8
_HAN_JUNK_SHARE = 0.05  # of the characters: news copy prints far fewer (第3批, A股, 约翰·史密斯)
_TATWEEL_AFTER_HAN = re.compile(r"(?<=[\u3400-\u9fff])\u0640+")  # (read only when a tatweel is there at all)
# Every character, or every word, printed twice (临临江江, "the the bridge bridge"): a copy a
# reader still reads, whose shingles are all new.
_DOUBLED_CHAR = re.compile(r"(\w)\1")
_DOUBLED_WORD = re.compile(r"\b([\w'’]+)([^\w\s]{0,2})\s+\1\2(?![\w'’])")  # ("pier. pier." too)
_DOUBLED_SHARE = 0.6
_DOUBLED_PROBE = 300
_DOUBLED_MIN_LETTERS = 40


_DOUBLED_DISTINCT = 3
"""Different words a text doubled word by word must double at least."""


def junk_free_reading(text: str) -> str | None:
    """``text`` without the characters a copy slips inside words to break its shingles, or
    ``None`` when it holds none (the usual page).

    Kinds, each only as a second reading a check compares besides the text as shown (the page's
    own spacing may be genuine, so the text itself is never changed): blanks between the letters
    of words (see :func:`~reprint_guard.textfold.without_in_word_blanks`:
    ``b\u200ar\u200ai\u200ad\u200ag\u200ae``, which step 1 would read as spaces and so split every word);
    letters spaced out one by one with a blank, a line break, a tab or one punctuation character
    (``T h e   o n l y``, ``T*h*e* o*n*l*y*``; see
    :func:`~reprint_guard.textfold.without_letter_spacing`), joined into their words;
    single characters of another kind between two Han characters (kana, ``・``, ``丨``, ``丶``,
    digits, Latin letters, a tatweel: ``江・城晨3报``) when there are at least
    :data:`_HAN_JUNK_MIN` of them and they stand after at least :data:`_HAN_JUNK_SHARE` of the
    Han characters; and every character or every word printed twice (``临临江江``, "the the"),
    when at least :data:`_DOUBLED_SHARE` of the letters (of :data:`_DOUBLED_MIN_LETTERS` or
    more) are so doubled. Linear in ``len(text)``.
    """
    out = without_in_word_blanks(text) or text
    out = without_letter_spacing(out) or out
    junk = len(_HAN_JUNK.findall(out))
    # (the share taken of all characters, an upper bound of the Han ones: counting them costs more)
    if junk >= _HAN_JUNK_MIN and junk >= _HAN_JUNK_SHARE * len(out):
        out = _HAN_JUNK.sub("", out)
    if "\u0640" in out and len(_TATWEEL_AFTER_HAN.findall(out)) >= _HAN_JUNK_MIN:
        out = _TATWEEL_AFTER_HAN.sub("", out)  # (before punctuation too: 席ـ，)
    # (judged on the text's opening, cheaply, before the whole text is read: a copy doubled
    # throughout is doubled from its first words)
    head = out[:_DOUBLED_PROBE]
    tokens = head.split()
    if len(out) >= _DOUBLED_MIN_LETTERS and 2 * len(_DOUBLED_CHAR.findall(head)) >= _DOUBLED_SHARE * len(head.replace(" ", "")):
        chars, words = True, False
    else:
        pairs = [a for a, b in zip(tokens[0::2], tokens[1::2]) if a == b]
        # (a copy doubled word by word doubles many words; "The. The. The." repeats one)
        words = len(tokens) >= 8 and 2 * len(pairs) >= _DOUBLED_SHARE * len(tokens) and len(set(pairs)) >= _DOUBLED_DISTINCT
        chars = False
    if chars or words:
        letters = sum(map(str.isalnum, out))
        if chars and 2 * len(_DOUBLED_CHAR.findall(out)) >= _DOUBLED_SHARE * letters:
            out = _DOUBLED_CHAR.sub(r"\1", out)
        elif words and sum(2 * len(m.group(1)) for m in _DOUBLED_WORD.finditer(out)) >= _DOUBLED_SHARE * letters:
            out = _DOUBLED_WORD.sub(r"\1\2", out)
    return None if out == text else out


def normalize(text: str) -> NormalizedText:
    """Fold ``text`` for comparison and map every folded character back to ``text``.

    The eight steps are listed in the module docstring. ``result.text`` is the folded text (no
    leading/trailing whitespace, single ``" "``/``"\\n"`` separators, no capitals, Simplified
    Chinese); ``result.original`` is ``text``. ``result.starts`` and ``result.ends`` are
    read-only int32 numpy arrays of shape ``[len(result.text)]``: folded character ``i``
    came from ``text[starts[i]:ends[i]]``, with ``0 <= starts[i] < ends[i] <= len(text)`` and
    both arrays non-decreasing. Several folded characters share one range when one character
    expands (``ﬁ`` → ``fi``, ``…`` → ``...``) or a phrase converts to a longer one; a
    collapsed whitespace run maps to its first line break, or its first character without
    one. Removed characters (zero-width, decoration, pinyin annotations, accents) belong to no folded
    character, but lie inside the range :meth:`NormalizedText.to_original` returns for a
    span around them: in ``發(fā)展很好`` the folded ``发展`` maps back to ``[0, 6)``.

    Folding is idempotent: ``normalize(normalize(t).text).text == normalize(t).text``.
    Simplified text mostly folds to itself, but not always: a run holding a fold trigger is
    folded whole (建立著名 → 创建著名, see step 6). A phrase
    conversion that keeps its length maps character by character; one that changes it maps
    through a Levenshtein alignment (rapidfuzz), proportionally inside changed stretches:
    ``網際網路`` (4) → ``互联网`` maps 互, 联, 网 to ``[0, 1)``, ``[1, 2)``, ``[2, 4)``.

    Linear time. Once warm, a 3,000-character page of Simplified news takes about 0.3 ms
    (0.1 ms when it holds no fold trigger), a Taiwan-phrased one about 2.8 ms, most of it in
    OpenCC. A page without look-alike letters pays step 4 one table lookup (about 10 us);
    English holding some, or Russian or Greek beside a Latin word, about 0.05 ms more. The
    first call costs about 0.2 s more: it tabulates the fold of the Basic Multilingual Plane,
    the fold triggers and the look-alikes (confusables data, about 20 ms), and loads OpenCC's
    dictionaries.

    Raises ``TypeError`` when ``text`` is not a ``str`` (decode bytes with ``extract`` first).
    """
    if not isinstance(text, str):
        raise TypeError(f"normalize() needs str, not {type(text).__name__}; decode bytes first")
    shown, shown_starts, shown_ends = display_order(text)
    shown = _blanks_to_spaces(shown)
    folded, starts = _fold_chars(shown)
    folded = _fold_lookalikes(folded, shown, starts)
    ends = None
    if shown_starts is not None and shown_ends is not None:
        if starts is None:
            starts, ends = shown_starts, shown_ends
        else:
            starts, ends = shown_starts[starts], shown_ends[starts]
    before_annotations = folded
    for _ in range(_ANNOTATION_ROUNDS):
        # Marks after Han characters, glued runs, then groups in brackets; again while anything
        # goes, as removing one may bring another next to a Han character (河(hé)he, 河(hé)\u3099),
        # so that folding stays idempotent.
        marked = folded
        folded, starts, ends = _drop_han_marks(folded, starts, ends)
        spans = _bare_pinyin_spans(folded)
        if spans:
            folded, starts, ends = _delete(folded, starts, ends, spans)
        removed = bool(spans) or folded is not marked
        if _has_group_opening(folded):
            spans = _pinyin_spans(folded)
            if spans:
                folded, starts, ends = _delete(folded, starts, ends, spans)
                removed = True
        if not removed:
            break
    annotated = folded is not before_annotations
    simplified, starts, ends = _to_simplified(folded, starts, ends)
    if simplified is not folded or annotated:
        # A phrase may convert to Latin letters (隨身碟 → u盘), and a removed annotation may join
        # a look-alike to a Latin word (A(fā)𠀀а → a𠀀а): step 4 again, for idempotence, each
        # look-alike judged by the character the text printed (ϲ beside 隨身碟 is c, not the σ
        # its compatibility form reads as).
        simplified = _fold_lookalikes(simplified, text, starts) if starts is not None else _fold_lookalikes(simplified)
    folded, starts, ends = _fold_diacritics(simplified, starts, ends)
    spans = _whitespace_spans(folded)
    if spans:
        folded, starts, ends = _delete(folded, starts, ends, spans)
    # Kept as int32 (inputs are at most 16 MiB, under 2**31 characters): the map is held
    # through a whole check, 8 bytes a character less on a large page.
    starts = np.arange(len(folded), dtype=np.int32) if starts is None else starts.astype(np.int32)
    ends = starts + 1 if ends is None else ends.astype(np.int32)
    starts.setflags(write=False)
    ends.setflags(write=False)
    return NormalizedText(text=folded, original=text, starts=starts, ends=ends)
