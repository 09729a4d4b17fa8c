"""Fold text so that a reprint and its source compare equal, keeping an offset map.

:func:`normalize` applies six steps, in order, each keeping the map from folded characters back
to the original code points:

1. per character, NFKC (Unicode UAX #15) then ``str.casefold`` then NFKC again (the
   ``NFKC_Casefold`` idea), repeated to a fixed point so that folding is idempotent;
   line breaks become ``"\\n"`` and other whitespace ``" "``;
2. format characters (Cf: zero-width space/joiners, BOM, soft hyphen, bidi marks), controls,
   surrogates, variation selectors and other invisibles are removed;
3. decorative symbols are removed: So, Sk, Co, Me (emoji, dingbats, box drawing, private use,
   keycaps), arrows and a few decorative bullets (``※``, ``•``). Letters, digits, marks,
   ordinary punctuation (P*), currency (Sc) and math (Sm) symbols stay;
4. pinyin annotations after a Han character, ``發(fā)展`` → ``發展``, are removed;
5. Chinese is folded to Simplified at phrase level with Mainland phrasing: OpenCC ``s2twp``
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
6. whitespace runs collapse to one ``" "``, or one ``"\\n"`` when the run holds a line break;
   leading and trailing whitespace goes.

Store :data:`NORMALIZER_VERSION` and :func:`opencc_version` with fingerprints: folding output,
and so every shingle, depends on both (and on the Unicode data of the running Python,
``unicodedata.unidata_version``).
"""

from __future__ import annotations

import functools
import importlib.metadata
import itertools
import re
import threading
import unicodedata

import numpy as np
import opencc
from rapidfuzz.distance import Levenshtein

from .models import NormalizedText

__all__ = ["NORMALIZER_VERSION", "normalize", "opencc_version"]

NORMALIZER_VERSION = "2"
"""Version of the folding rules; bump whenever :func:`normalize` output changes."""

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
# Step 4: pinyin annotations

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
# [^()\n] cannot contain a parenthesis: a group matches in one way only, and the scans from
# successive "(" never overlap, so the whole pass stays linear.
_GROUP = re.compile(r" *\(([^()\n]*)\)")
_CLOSED_GROUP = re.compile(r"\([^()\n]*\)")
_MAX_ANNOTATION = 100  # characters, after collapsing spaces as step 6 will
_SPACE_RUN = re.compile(" {2,}")
_SEPARATORS = re.compile(r"[ '‘’\-]+")
_TONE_MARKS = {0x0300: None, 0x0301: None, 0x0304: None, 0x030C: None}
_PINYIN_CHARS = re.compile(r"[a-zü0-5]+")


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
def _is_pinyin(content: str) -> bool:
    """True when a parenthesised group holds pinyin: valid syllables, at least one tone."""
    tokens = [t for t in _SEPARATORS.split(content.strip()) if t]
    if not tokens:
        return False
    toned = False
    plain = []
    for token in tokens:
        decomposed = unicodedata.normalize("NFD", token)
        bare = decomposed.translate(_TONE_MARKS)
        toned = toned or len(bare) != len(decomposed)
        token = unicodedata.normalize("NFC", bare).replace("v", "ü")
        if not _PINYIN_CHARS.fullmatch(token) or not _segments(token):
            return False
        toned = toned or any(c.isdigit() for c in token)
        plain.append(token)
    if len(plain) == 1 and len(plain[0]) == 2 and plain[0][1].isdigit():
        return False  # A1, E3, O2: codes, not pinyin
    return toned


def _is_annotation(content: str) -> bool:
    if len(content) > _MAX_ANNOTATION:
        # Judge what a second pass would see once step 6 has collapsed the spaces.
        content = _SPACE_RUN.sub(" ", content)
        if len(content) > _MAX_ANNOTATION:
            return False
    return _is_pinyin(content)


def _is_han(ch: str) -> bool:
    return (
        "\u4e00" <= ch <= "\u9fff"
        or "\u3400" <= ch <= "\u4dbf"
        or "\uf900" <= ch <= "\ufaff"
        or "\U00020000" <= ch <= "\U0003ffff"
    )


def _pinyin_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` holding pinyin annotations (with the spaces before them).

    An annotation is one or more groups ``(…)`` right after a Han character, optionally after
    spaces; groups are stripped from the left until one is not pinyin.
    """
    spans: list[tuple[int, int]] = []
    done = 0  # text before this is settled
    for m in _CLOSED_GROUP.finditer(text):
        head = m.start()
        if head < done:
            continue
        while head > done and text[head - 1] == " ":
            head -= 1
        if head == 0 or not _is_han(text[head - 1]):
            continue
        while (g := _GROUP.match(text, head)) and _is_annotation(g.group(1)):
            spans.append((head, g.end()))
            head = g.end()
        done = head
    return spans


# ---------------------------------------------------------------------------------------------
# Step 5: Traditional → Simplified

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
    """The fold triggers of step 5 as a character class: Han characters of the Basic
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
    """Step 5 on ``text`` (``tw2sp(s2twp(text))``), then step 1 again on what changed.

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
    """Step 5 on the runs of ``text`` that hold a fold trigger, with the map updated."""
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
# Step 6: whitespace

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
def opencc_version() -> str:
    """The installed OpenCC distribution's version (``importlib.metadata``), e.g. ``"1.1.9"``.

    Record it next to :data:`NORMALIZER_VERSION`: OpenCC's dictionaries decide step 5.
    Raises ``importlib.metadata.PackageNotFoundError`` when OpenCC is not installed.
    """
    return importlib.metadata.version("opencc")


def normalize(text: str) -> NormalizedText:
    """Fold ``text`` for comparison and map every folded character back to ``text``.

    The six steps are listed in the module docstring. ``result.text`` is the folded text (no
    leading/trailing whitespace, single ``" "``/``"\\n"`` separators, no capitals, Simplified
    Chinese); ``result.original`` is ``text``. ``result.starts`` and ``result.ends`` are
    read-only int32 numpy arrays of shape ``[len(result.text)]``: folded character ``i``
    came from ``text[starts[i]:ends[i]]``, with ``0 <= starts[i] < ends[i] <= len(text)`` and
    both arrays non-decreasing. Several folded characters share one range when one character
    expands (``ﬁ`` → ``fi``, ``…`` → ``...``) or a phrase converts to a longer one; a
    collapsed whitespace run maps to its first line break, or its first character without
    one. Removed characters (zero-width, decoration, pinyin annotations) belong to no folded
    character, but lie inside the range :meth:`NormalizedText.to_original` returns for a
    span around them: in ``發(fā)展很好`` the folded ``发展`` maps back to ``[0, 6)``.

    Folding is idempotent: ``normalize(normalize(t).text).text == normalize(t).text``.
    Simplified text mostly folds to itself, but not always: a run holding a fold trigger is
    folded whole (建立著名 → 创建著名, see step 5). A phrase
    conversion that keeps its length maps character by character; one that changes it maps
    through a Levenshtein alignment (rapidfuzz), proportionally inside changed stretches:
    ``網際網路`` (4) → ``互联网`` maps 互, 联, 网 to ``[0, 1)``, ``[1, 2)``, ``[2, 4)``.

    Linear time. Once warm, a 3,000-character page of Simplified news takes about 0.3 ms
    (0.1 ms when it holds no fold trigger), a Taiwan-phrased one about 2.8 ms, most of it in
    OpenCC. The first call costs about 0.17 s more: it tabulates the fold of the Basic
    Multilingual Plane and the fold triggers, and loads OpenCC's dictionaries.

    Raises ``TypeError`` when ``text`` is not a ``str`` (decode bytes with ``extract`` first).
    """
    if not isinstance(text, str):
        raise TypeError(f"normalize() needs str, not {type(text).__name__}; decode bytes first")
    folded, starts = _fold_chars(text)
    ends = None
    if "(" in folded:
        spans = _pinyin_spans(folded)
        if spans:
            folded, starts, ends = _delete(folded, starts, ends, spans)
    folded, starts, ends = _to_simplified(folded, starts, ends)
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
