"""Shared text folding for matching words, used by the ingest and notice wings.

Input: text and lower-case words; output: whether the text may hold a word in any letter case,
the way an ``re.IGNORECASE`` pattern would find it. A quick test that lets the callers skip
their patterns on text that cannot match them. Also the one-to-one Traditional → Simplified
and standard → Taiwan character folds (``str.translate`` tables) that let a pattern be written
once for both scripts while offsets stay offsets. And the text without the blanks a copy slips
between the letters of its words (:func:`without_in_word_blanks`), read alike by the ingest wing
(on a page's markup) and by normalize (on its text), and the text with its letter-spaced runs
joined into words (:func:`without_letter_spacing`), read by the ingest wing on a plain text and
by normalize on a page's text.
"""

from __future__ import annotations

import collections
import functools
import re
import unicodedata
from collections.abc import Iterable

import numpy as np

__all__ = ["CIRCLED_C", "_holds_word", "_t2s_line", "_t2s_table", "_taiwan_forms_table", "without_in_word_blanks", "without_letter_spacing"]

# The non-ASCII characters that re.IGNORECASE matches to an ASCII letter: İ and ı (i),
# ſ (s) and the Kelvin sign K (k).
_ASCII_CASE_TWINS = "İıſ\u212a"


def _holds_word(text: str, words: Iterable[str]) -> bool:
    """Whether ``text`` may hold one of ``words`` (lower-case) in any letter case, as an
    IGNORECASE pattern would find it; a quick test that skips the patterns themselves.
    Text holding a case twin (see ``_ASCII_CASE_TWINS``) always may."""
    if any(ch in text for ch in _ASCII_CASE_TWINS):
        return True
    if isinstance(words, tuple):
        return _alternation(words).search(text.lower()) is not None  # one scan, not one per word
    low = text.lower()
    return any(w in low for w in words)


@functools.lru_cache(maxsize=64)
def _alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    """The words as one literal alternation (the callers pass a few module-level tuples)."""
    return re.compile("|".join(map(re.escape, words)))


# The circled C (Ⓒ ⓒ) some templates print for ©: the notice folds read it as the sign.
CIRCLED_C = {0x24B8: "©", 0x24D2: "©"}

# The Han blocks whose Traditional characters the notice and credit patterns see as Simplified:
# CJK Unified Ideographs, Extension A and the compatibility ideographs.
_HAN_BLOCKS = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))


@functools.lru_cache(maxsize=2)
def _opencc_char_table(config: str) -> dict[int, str]:
    """OpenCC's ``config`` conversion as a one-to-one ``str.translate`` table over every
    character of :data:`_HAN_BLOCKS`, converted in one call, one character a line (built in a
    few milliseconds on first use). Conversions to more than one character are left out, so
    offsets in folded text stay offsets in the line; each entry goes to the end of its chain
    (薴 → 苧 → 苎), so folding twice changes nothing."""
    import opencc  # the normalise step's dependency; imported here only when a notice is read

    chars = [chr(cp) for lo, hi in _HAN_BLOCKS for cp in range(lo, hi)]
    converted = opencc.OpenCC(config).convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):
        raise RuntimeError("OpenCC changed the number of lines; reinstall opencc")
    table = {ord(ch): out for ch, out in zip(chars, converted) if out != ch and len(out) == 1}
    for cp, out in table.items():
        for _ in range(4):  # bounded: a cycle in a future dictionary must not hang the import
            out = table.get(ord(out), out)
        table[cp] = out
    return table


def _t2s_table() -> dict[int, str]:
    """Traditional characters folded one-to-one to Simplified (OpenCC ``t2s``, about 4,200
    entries), so each notice and credit pattern is written once (版權所有 → 版权所有)."""
    return _opencc_char_table("t2s")


def _taiwan_forms_table() -> dict[int, str]:
    """OpenCC's standard Traditional characters folded one-to-one to the Taiwan forms (OpenCC
    ``t2tw``): 爲 → 為, 衆 → 眾, 裏 → 裡, 羣 → 群, compatibility ideographs to their unified
    characters. Text converted with OpenCC ``s2t`` (and many a Hong Kong page) prints these,
    while :mod:`reprint_guard.notice.parse` spells its Traditional words in the Taiwan forms
    (本文為X原創, 公眾號): one fold keeps each pattern written once for both. No character the parse
    patterns spell is changed by it (a test checks)."""
    return _opencc_char_table("t2tw")


def _t2s_line(text: str) -> str:
    """``text`` through :func:`_t2s_table`, one character for one; a line of up to 512
    characters is folded once and remembered (a page's lines are read by several steps)."""
    return _t2s_short(text) if len(text) <= 512 else text.translate(_t2s_table())


@functools.lru_cache(maxsize=8192)
def _t2s_short(text: str) -> str:
    return text.translate(_t2s_table())


# Blanks drawn with a width (hair, thin, six-per-em and punctuation spaces, narrow no-break and
# medium mathematical spaces, Hangul fillers, the braille blank) and line and paragraph
# separators (drawn as nothing): between two letters they sit inside a word.
_THIN_BLANKS = "\u2000-\u200a\u202f\u205f\u115f\u1160\u3164\uffa0\u2800\u2028\u2029"
_IN_WORD_BLANK = re.compile(rf"[{_THIN_BLANKS}]+(?<=[^\W\d_][{_THIN_BLANKS}])(?=[^\W\d_])")
_IN_WORD_BLANKS_MIN = 3
# A no-break or ideographic space between two letters is also a word separator ("New York"):
# junk only where most of the stretches between them are single letters (b r i d g e).
_IN_WORD_WIDE = re.compile(r"[\u00a0\u3000](?<=[^\W\d_][\u00a0\u3000])(?=[^\W\d_])")
_IN_WORD_WIDE_MIN = 12
_WIDE_CHARS = frozenset("\u00a0\u3000")
_BLANK_CHARS = _WIDE_CHARS | frozenset(
    chr(c) for c in (*range(0x2000, 0x200B), 0x202F, 0x205F, 0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800, 0x2028, 0x2029)
)


def without_in_word_blanks(text: str) -> str | None:
    """``text`` without the blanks slipped between the letters of its words, or ``None`` when
    it holds too few of them (:data:`_IN_WORD_BLANKS_MIN`; for no-break and ideographic spaces
    :data:`_IN_WORD_WIDE_MIN`, and only where at least half of the stretches between them are
    one letter long). One reading of a page among others (see
    :func:`reprint_guard.normalize.junk_free_reading`): the page's own text keeps them. Linear
    in ``len(text)``; works on HTML source as on text (tags hold no such blanks between letters)."""
    present = {c for c in _BLANK_CHARS if c in text}  # (a substring test per blank: far cheaper than a scan)
    if not present:
        return None
    out = text
    if present - _WIDE_CHARS and len(_IN_WORD_BLANK.findall(text)) >= _IN_WORD_BLANKS_MIN:
        out = _IN_WORD_BLANK.sub("", out)
    wide = [m.start() for m in _IN_WORD_WIDE.finditer(out)] if present & _WIDE_CHARS else []
    if len(wide) >= _IN_WORD_WIDE_MIN and 2 * sum(b - a == 2 for a, b in zip(wide, wide[1:])) >= len(wide) - 1:
        out = _IN_WORD_WIDE.sub("", out)
    return None if out == text else out


# Letter-spaced text: every letter of a word followed by one separator (a blank, a line break, a
# tab or one punctuation character: "T h e   o n l y", "T*h*e* o*n*l*y*"), words told apart by
# a wider gap or another separator. Each letter is then a word of its own, so no word 3-gram of
# the article is left. Read again with the letters joined when a run of single letters holds at
# least _SPACED_MIN_JOINS such separators, most of its gaps (ordinary text has no such run:
# "a", "I", initials "J. R. R." and lists "a, b, c" are a few single letters at most, or
# separated by ", ").
_SPACED_MIN_JOINS = 12
_SPACED_MAX_GAP = 16  # characters between two single letters of one run


@functools.lru_cache(maxsize=1)
def _spaced_classes() -> np.ndarray:
    """uint8 ``[0x10001]`` over the BMP and one entry for every code point above it: 0 for a
    separator (not a letter or digit), 1 for a letter or digit of an alphabetic script (below
    U+2E80), 2 for any other letter, digit or combining mark (Han, kana, hangul: a character
    that is a word of its own, never a spaced letter; a mark glues to its letter)."""
    cls = np.zeros(0x10001, dtype=np.uint8)
    for cp in range(0x10000):
        ch = chr(cp)
        if ch.isalnum():
            cls[cp] = 1 if cp < 0x2E80 else 2
        elif unicodedata.category(ch).startswith("M"):
            cls[cp] = 2
    cls[0xD800:0xE000] = 0
    cls[0x10000] = 2
    return cls


def _joined_gap(gap: str, sep: str | None, *, last: bool = False) -> str:
    """What is left of a word gap of a letter-spaced run once its letter separator is taken out:
    ``sep`` after every character of the original (``' '.join(text)``: ``" ,   "`` → ``", "``),
    or after its last letter only (``"*, "`` → ``", "``). ``sep`` is ``None`` when the
    separators are one punctuation character each, chosen at random. ``last``: the gap after
    the run's last letter, up to the next word or the end (``" ."``: ``sep`` may be missing
    after its last character)."""
    if sep is None:
        rest = gap[1:] if not gap[0].isspace() else gap
    elif sep.isspace():
        k = len(sep)
        whole = gap + sep if last and not gap.endswith(sep) else gap
        inner = whole[k :: k + 1]
        if whole == sep + "".join(x + sep for x in inner):
            rest = inner
        else:
            rest = gap[k:] if gap.startswith(sep) else gap
    else:
        rest = gap[1:] if gap.startswith(sep) else gap
    return rest or " "


def without_letter_spacing(text: str) -> str | None:
    """``text`` with its letter-spaced runs joined into words, or ``None`` when it holds none.

    A run is a sequence of single letters or digits of an alphabetic script (Latin, Greek,
    Cyrillic …) with at most :data:`_SPACED_MAX_GAP` other characters between each two. Its
    letter separator is the commonest gap when that is whitespace (``" "``, ``"  "``, ``"\\n"``,
    ``"\\t"``), else one punctuation or symbol character: the commonest when it makes half of
    the one-character gaps, any one otherwise (a separator drawn at random for each letter).
    Gaps equal to it join letters; the others are word gaps and keep what the copy printed
    there besides the separator (:func:`_joined_gap`). A run is joined when at least
    :data:`_SPACED_MIN_JOINS` of its gaps, and more than half, are letter separators and two
    or more are word gaps: an alphabet or a spaced heading alone stays as it is.

    Linear in ``len(text)``: a few numpy passes over the code points (about 25 us on 3,400
    characters of English) decide whether any such run can exist; only then is the text
    walked run by run.
    """
    cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if len(cps) < 2 * _SPACED_MIN_JOINS:
        return None
    cls = _spaced_classes()[cps if cps.max() < 0x10000 else np.minimum(cps, 0x10000)]
    word = cls != 0
    # (a first count of the single letters, cheaper than finding every word; the text's first
    # and last characters are not counted, so a run of _SPACED_MIN_JOINS + 1 shows at least
    # _SPACED_MIN_JOINS - 1 of them)
    if np.count_nonzero((cls[1:-1] == 1) & ~word[:-2] & ~word[2:]) < _SPACED_MIN_JOINS - 1:
        return None
    padded = np.concatenate(([False], word, [False]))
    edges = np.flatnonzero(padded[1:] != padded[:-1])
    starts, ends = edges[0::2], edges[1::2]
    lone = ((ends - starts) == 1) & (cls[starts] == 1)
    # link i: token i and token i + 1 are single letters with a short gap between them
    link = lone[:-1] & lone[1:] & ((starts[1:] - ends[:-1]) <= _SPACED_MAX_GAP)
    if np.count_nonzero(link) < _SPACED_MIN_JOINS:
        return None
    bounds = np.flatnonzero(np.diff(np.concatenate(([0], link.view(np.int8), [0]))))
    first, past = bounds[0::2], bounds[1::2]  # runs of links: tokens first[r] .. past[r]
    keep = (past - first) >= _SPACED_MIN_JOINS
    if not keep.any():
        return None
    pieces: list[str] = []
    done = 0
    for a, b in zip(first[keep].tolist(), past[keep].tolist()):
        s, e = starts[a : b + 1].tolist(), ends[a : b + 1].tolist()
        gaps = [text[x:y] for x, y in zip(e, s[1:])]
        counts = collections.Counter(gaps)
        blank, n_blank = max(((g, n) for g, n in counts.items() if g.isspace()), key=lambda t: t[1], default=("", 0))
        singles = [g for g in counts.elements() if len(g) == 1 and not g.isspace()]
        sep: str | None
        if n_blank >= len(singles):
            sep = blank
            joins = [g == sep for g in gaps]
        else:
            mark, n_mark = collections.Counter(singles).most_common(1)[0]
            sep = mark if 2 * n_mark >= len(singles) else None
            joins = [g == sep if sep else (len(g) == 1 and not g.isspace()) for g in gaps]
        n_joins = sum(joins)
        if n_joins < _SPACED_MIN_JOINS or 2 * n_joins <= len(gaps) or len(gaps) - n_joins < 2:
            continue
        pieces.append(text[done : s[0]])
        for k, gap in enumerate(gaps):
            pieces.append(text[s[k]])
            if not joins[k]:
                pieces.append(_joined_gap(gap, sep))
        pieces.append(text[s[-1]])
        done = e[-1]
        # the gap after the last letter: up to the next word (or the end), read as a word gap
        after = int(starts[b + 1]) if b + 1 < len(starts) else len(text)
        if after > done:
            pieces.append(_joined_gap(text[done:after], sep, last=True))
            done = after
    if not pieces:
        return None
    pieces.append(text[done:])
    return "".join(pieces)
