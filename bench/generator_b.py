"""Generator B: an independent test-case generator for the reprint_guard quality benchmark.

It was written without looking at reprint_guard's code, tests or generator A, from a
list of kinds only. It imports nothing from reprint_guard.

What it makes
-------------
Given protected and unprotected ``SourceArticle``\\s, :func:`generate` makes
``per_kind`` suspect pages for every kind in :data:`KINDS_B` (``per_kind * 4`` for the
kinds whose expected verdict is ``"clean"``, see :data:`NEG_MULTIPLIER`), each as bytes
with a filename, a crawler URL, the expected verdict, the keys of the protected
articles it copies and a JSON-serialisable ``params`` record.

Every case draws from its own ``random.Random(f"B/{seed}/{kind}/{i}")``, so the same
inputs give the same bytes, and a case does not change when other kinds are added or
``per_kind`` grows.

``edited_char_share`` in ``params`` (every positive)
----------------------------------------------------
Share of the original's characters edited, from rapidfuzz ``Indel`` opcodes (difflib
fallback): each run of deletions/insertions between two equal blocks counts
``max(deleted, inserted)`` characters; the sum is divided by the original's length.
It compares the article body (paragraphs joined by ``"\\n"``) with the copy's text
*before* surface-only changes (script conversion, pinyin, invisible characters, width
flips, entities, markup, encoding), so verbatim kinds record 0.0; where a surface change
applies, ``surface_char_share`` records the same measure on the changed text too.
For excerpts it compares each excerpt with the span of its source it was cut from, and
``excerpt_share`` records the excerpt's share of its article.

Dependencies (the project's ``bench`` extra): ``chinese-converter`` and ``hanziconv``
(Simplified -> Traditional, neither built on OpenCC's dictionaries), ``pypinyin``;
``rapidfuzz`` is already a runtime dependency (difflib is used when it is missing).

Run ``python bench/generator_b.py`` to build a few cases from People's Daily into a
temporary folder and print a summary.
"""
from __future__ import annotations

import argparse
import difflib
import gzip
import html
import io
import json
import os
import random
import re
import sys
import tempfile
import time
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Sequence

# --------------------------------------------------------------------------------------
# Interface
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceArticle:
    """A protected or unprotected article handed to the generator."""

    key: str
    title: str
    date: str
    paragraphs: tuple[str, ...]
    url: str
    outlet: str


@dataclass(frozen=True)
class NoticeForm:
    """A licensing notice printed under protected articles (plain text, may hold lines)."""

    text: str


@dataclass
class SuspectB:
    """One generated suspect page and what the checker should say about it."""

    id: str
    kind: str
    expected: str
    sources: tuple[str, ...]
    data: bytes
    filename: str
    url: str | None
    params: dict = field(default_factory=dict)


KINDS_B: tuple[tuple[str, str], ...] = (
    # -- verbatim copies in other page layouts ------------------------------------------
    ("layout_blog", "reprint"),
    ("layout_forum", "reprint"),
    ("layout_amp", "reprint"),
    ("layout_wechat", "reprint"),
    ("layout_divads", "reprint"),
    ("layout_plaintext40", "reprint"),
    ("layout_sidebar", "reprint"),
    # -- verbatim copies in other encodings ---------------------------------------------
    ("enc_utf8_bom", "reprint"),
    ("enc_utf8_nobom", "reprint"),
    ("enc_gb_declared", "reprint"),
    ("enc_gb_undeclared", "reprint"),
    ("enc_big5", "reprint"),
    ("enc_utf16_bom", "reprint"),
    # -- script conversion, annotations, noise, order -----------------------------------
    ("trad_char", "reprint"),
    ("trad_taiwan", "reprint"),
    ("pinyin_ruby", "reprint"),
    ("pinyin_inline", "reprint"),
    ("noise_invisible", "reprint"),
    ("noise_symbols", "reprint"),
    ("noise_width", "reprint"),
    ("noise_whitespace", "reprint"),
    ("noise_entities", "reprint"),
    ("noise_mixed", "reprint"),
    ("shuffle", "reprint"),
    # -- the licensing notice -----------------------------------------------------------
    ("notice_stripped", "reprint"),
    ("notice_kept", "reprint"),
    # -- edited copies, binned by edited character share --------------------------------
    ("edit_05", "reprint"),
    ("edit_10", "edited"),
    ("edit_15", "edited"),
    ("edit_20", "edited"),
    # -- excerpts -----------------------------------------------------------------------
    ("excerpt_paragraph", "excerpt"),
    ("excerpt_consecutive", "excerpt"),
    ("excerpt_quote", "excerpt"),
    ("excerpt_multi", "excerpt"),
    # -- negatives ----------------------------------------------------------------------
    ("neg_blog", "clean"),
    ("neg_forum", "clean"),
    ("neg_amp", "clean"),
    ("neg_wechat", "clean"),
    ("neg_divads", "clean"),
    ("neg_plaintext", "clean"),
    ("neg_sidebar", "clean"),
    ("neg_encoding", "clean"),
    ("neg_same_topic", "clean"),
    ("neg_short_quote", "clean"),
    ("neg_notice_only", "clean"),
    ("licensed_verbatim", "licensed"),
    ("licensed_layout", "licensed"),
    ("skip_empty", "skipped"),
    ("skip_markup_only", "skipped"),
    ("skip_binary", "skipped"),
)
EXPECTED_B: dict[str, str] = dict(KINDS_B)

#: Kinds expected "clean" get ``per_kind * NEG_MULTIPLIER`` cases, so that a run with
#: per_kind=30 holds 11 * 120 = 1,320 clean pages (plus licensed and skipped ones).
NEG_MULTIPLIER = 4

#: Share of positives (outside the notice_* kinds) that keep the licensing notice.
KEEP_NOTICE_SHARE = 0.2

# --------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_ENDERS = "。！？!?"
_CLOSERS = "”’」』）)》"


def han_count(text: str) -> int:
    """Number of Han characters in ``text``."""
    return len(_HAN.findall(text))


def split_sentences(par: str) -> list[str]:
    """Split a paragraph after 。！？ (taking closing quotes/brackets along)."""
    out: list[str] = []
    start = 0
    i, n = 0, len(par)
    while i < n:
        if par[i] in _ENDERS:
            i += 1
            while i < n and (par[i] in _CLOSERS or par[i] in _ENDERS):
                i += 1
            out.append(par[start:i])
            start = i
        else:
            i += 1
    if start < n:
        out.append(par[start:])
    return [s for s in out if s]


def _body(paras: Sequence[str]) -> str:
    return "\n".join(paras)


def _opcodes(a: str, b: str) -> list[tuple[str, int, int, int, int]]:
    try:
        from rapidfuzz.distance import Indel
    except ImportError:  # pragma: no cover - rapidfuzz is a runtime dependency
        return difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    return Indel.opcodes(a, b).as_list()


def edited_char_share(original: str, copy: str) -> float:
    """Share of ``original``'s characters edited in ``copy`` (0.0 .. 1.0).

    Uses Indel opcodes; between two equal blocks, a run of deletions and insertions
    counts ``max(deleted, inserted)`` (a substitution of n characters counts n, a pure
    deletion or insertion of n counts n). The total is divided by ``len(original)``
    and capped at 1.0.
    """
    if not original:
        return 0.0 if not copy else 1.0
    edits = dels = ins = 0
    for tag, i1, i2, j1, j2 in _opcodes(original, copy):
        if tag == "equal":
            edits += max(dels, ins)
            dels = ins = 0
        else:
            dels += i2 - i1
            ins += j2 - j1
    edits += max(dels, ins)
    return round(min(1.0, edits / len(original)), 4)


# --------------------------------------------------------------------------------------
# Script conversion and pinyin (third-party; imported lazily)
# --------------------------------------------------------------------------------------


def to_traditional(text: str, converter: str = "chinese-converter") -> str:
    """Character-level Simplified -> Traditional with chinese-converter or hanziconv."""
    if converter == "hanziconv":
        from hanziconv import HanziConv

        return HanziConv.toTraditional(text)
    import chinese_converter

    return chinese_converter.to_traditional(text)


# Mainland -> Taiwan vocabulary, written on the Simplified side; the Traditional key is
# derived with the same converter at run time so that it matches its output.
_TW_VOCAB_SIMPLIFIED: tuple[tuple[str, str], ...] = (
    ("互联网", "網際網路"), ("因特网", "網際網路"), ("软件", "軟體"), ("硬件", "硬體"),
    ("网络", "網路"), ("信息", "資訊"), ("质量", "品質"), ("计算机", "電腦"),
    ("打印", "列印"), ("服务器", "伺服器"), ("视频", "影片"), ("出租车", "計程車"),
    ("自行车", "腳踏車"), ("摩托车", "機車"), ("公交车", "公車"), ("地铁", "捷運"),
    ("水平", "水準"), ("激光", "雷射"), ("鼠标", "滑鼠"), ("程序", "程式"),
    ("数据", "資料"), ("默认", "預設"), ("短信", "簡訊"), ("内存", "記憶體"),
    ("集成电路", "積體電路"), ("纳米", "奈米"), ("航天", "太空"), ("宇航员", "太空人"),
    ("志愿者", "志工"), ("幼儿园", "幼稚園"), ("普通话", "國語"), ("渠道", "管道"),
    ("营销", "行銷"), ("导弹", "飛彈"), ("国有企业", "國營企業"), ("职工", "員工"),
    ("基础设施", "基礎建設"), ("悉尼", "雪梨"), ("新西兰", "紐西蘭"), ("意大利", "義大利"),
    ("澳大利亚", "澳洲"), ("肯尼亚", "肯亞"), ("沙特", "沙烏地"), ("老挝", "寮國"),
    ("也门", "葉門"), ("克林顿", "柯林頓"), ("叶利钦", "葉爾欽"), ("布什", "布希"),
    ("萨达姆", "海珊"), ("内塔尼亚胡", "納坦雅胡"), ("波黑", "波士尼亞"), ("朝鲜", "北韓"),
    ("台湾", "台灣"), ("台北", "台北"), ("电视台", "電視台"), ("项目", "專案"),
)
_TW_CACHE: dict[str, list[tuple[str, str]]] = {}


def taiwan_vocab(trad_text: str, converter: str, rng: random.Random, rate: float) -> tuple[str, int]:
    """Swap mainland words for Taiwan usage in already-converted text (each hit with
    probability ``rate``), and turn “”/‘’ into 「」/『』. Returns (text, swaps)."""
    if converter not in _TW_CACHE:
        pairs = [(to_traditional(s, converter), tw) for s, tw in _TW_VOCAB_SIMPLIFIED]
        pairs.sort(key=lambda p: -len(p[0]))
        _TW_CACHE[converter] = pairs
    keys = [k for k, _ in _TW_CACHE[converter]]
    table = dict(_TW_CACHE[converter])
    pattern = re.compile("|".join(re.escape(k) for k in keys))
    swaps = 0

    def sub(m: re.Match) -> str:
        nonlocal swaps
        if rng.random() < rate:
            swaps += 1
            return table[m.group(0)]
        return m.group(0)

    out = pattern.sub(sub, trad_text)
    out = out.replace("臺", "台") if rng.random() < 0.7 else out
    out = out.translate(str.maketrans({"“": "「", "”": "」", "‘": "『", "’": "』"}))
    return out, swaps


def pinyin_for(text: str, style_name: str) -> list[str | None]:
    """One reading per character of ``text`` (None for non-Han characters)."""
    import pypinyin

    style = {"tone": pypinyin.Style.TONE, "tone3": pypinyin.Style.TONE3,
             "normal": pypinyin.Style.NORMAL}[style_name]
    out: list[str | None] = [None] * len(text)
    for m in _HAN_RUN.finditer(text):
        run = m.group(0)
        readings = pypinyin.lazy_pinyin(run, style=style)
        if len(readings) != len(run):  # defensive: never misalign
            readings = [pypinyin.lazy_pinyin(c, style=style)[0] for c in run]
        for k, r in enumerate(readings):
            out[m.start() + k] = r
    return out


# --------------------------------------------------------------------------------------
# Noise operators (text level; entity/ruby noise is applied while escaping to HTML)
# --------------------------------------------------------------------------------------

_INVISIBLES = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e")
_VARIATION = tuple(chr(c) for c in range(0xFE00, 0xFE10)) + ("\U000e0100", "\U000e0101")
_DECOR = ("★", "☆", "◆", "◇", "●", "▲", "♪", "✿", "❀", "☞", "➤", "✔", "❤", "♥",
          "🔥", "👉", "✨", "📢", "💡", "⭐", "【", "】", "〓", "※", "✦")
_HALF_TO_FULL_PUNCT = {"，": ",", "。": ".", "：": ":", "；": ";", "！": "!", "？": "?",
                       "（": "(", "）": ")", "“": '"', "”": '"', "、": ","}


def noise_invisible(text: str, rng: random.Random, rate: float) -> str:
    """After each character, with probability ``rate``, insert a zero-width/format
    character, a soft hyphen, or (after Han) a variation selector."""
    out = []
    for ch in text:
        out.append(ch)
        if rng.random() < rate:
            if _HAN.match(ch) and rng.random() < 0.35:
                out.append(rng.choice(_VARIATION))
            else:
                out.append(rng.choice(_INVISIBLES))
    return "".join(out)


def noise_symbols(text: str, rng: random.Random, rate: float) -> str:
    """Decorative symbols: at sentence ends with probability 3*rate, elsewhere ``rate/4``."""
    out = []
    for ch in text:
        out.append(ch)
        p = rate * 3 if ch in _ENDERS + "，" else rate / 4
        if rng.random() < p:
            out.append(rng.choice(_DECOR) * rng.choice((1, 1, 1, 2, 3)))
    s = "".join(out)
    if rng.random() < 0.5:
        s = rng.choice(_DECOR) + s
    return s


def noise_width(text: str, rng: random.Random, rate: float) -> str:
    """Flip full-width digits/letters/punctuation to half width and ASCII to full width,
    each with probability ``rate``."""
    out = []
    for ch in text:
        if rng.random() >= rate:
            out.append(ch)
        elif "\uff01" <= ch <= "\uff5e":
            out.append(chr(ord(ch) - 0xFEE0))
        elif "!" <= ch <= "~":
            out.append(chr(ord(ch) + 0xFEE0))
        elif ch in _HALF_TO_FULL_PUNCT:
            out.append(_HALF_TO_FULL_PUNCT[ch])
        elif ch == "\u3000":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def noise_whitespace(text: str, rng: random.Random, rate: float) -> str:
    """Spaces, ideographic spaces, NBSP, tabs and line breaks inside sentences."""
    ws = (" ", " ", "  ", "\u3000", "\u00a0", "\t", "\n", "\n", " \n ")
    out = []
    for ch in text:
        out.append(ch)
        if rng.random() < rate:
            out.append(rng.choice(ws))
    return "".join(out)


# --------------------------------------------------------------------------------------
# Inline HTML (how plain text becomes markup inside a block)
# --------------------------------------------------------------------------------------

Inline = Callable[[str], str]


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def inline_plain(br_rate: float = 0.0, rng: random.Random | None = None) -> Inline:
    """Escape; newlines inside the text become <br> with probability ``br_rate``."""

    def f(text: str) -> str:
        s = _esc(text)
        if br_rate and rng is not None and "\n" in s:
            parts = s.split("\n")
            s = parts[0] + "".join(("<br>" if rng.random() < br_rate else "\n") + p for p in parts[1:])
        return s

    return f


_NAMED = {"“": "&ldquo;", "”": "&rdquo;", "‘": "&lsquo;", "’": "&rsquo;", "·": "&middot;",
          "—": "&mdash;", "…": "&hellip;", " ": "&nbsp;", "　": "&#x3000;", "、": "&#12289;"}


def inline_entities(rng: random.Random, rate: float) -> Inline:
    """Each character becomes a decimal, hex or named entity with probability ``rate``."""

    def f(text: str) -> str:
        out = []
        for ch in text:
            if ch in "<>&":
                out.append(_esc(ch))
            elif rng.random() < rate or (ch in _NAMED and rng.random() < 0.7):
                r = rng.random()
                if ch in _NAMED and r < 0.5:
                    out.append(_NAMED[ch])
                elif r < 0.75:
                    out.append(f"&#{ord(ch)};")
                else:
                    out.append(f"&#x{ord(ch):{'X' if rng.random() < 0.5 else 'x'}};")
            else:
                out.append(ch)
        return "".join(out)

    return f


def inline_ruby(rng: random.Random, share: float, style: str, with_rp: bool) -> Inline:
    """Wrap a share of Han characters (in runs of 1-4) in <ruby>字<rt>zì</rt></ruby>."""

    def f(text: str) -> str:
        readings = pinyin_for(text, style)
        out = []
        i, n = 0, len(text)
        while i < n:
            if readings[i] is not None and rng.random() < share:
                j = i
                run = rng.randint(1, 4)
                while j < n and j - i < run and readings[j] is not None:
                    j += 1
                if rng.random() < 0.5:  # one <ruby> per character
                    for k in range(i, j):
                        rp = ("<rp>(</rp>", "<rp>)</rp>") if with_rp else ("", "")
                        out.append(f"<ruby>{_esc(text[k])}{rp[0]}<rt>{readings[k]}</rt>{rp[1]}</ruby>")
                else:  # one <ruby> holding base/rt pairs
                    inner = "".join(f"{_esc(text[k])}<rt>{readings[k]}</rt>" for k in range(i, j))
                    out.append(f"<ruby>{inner}</ruby>")
                i = j
            else:
                out.append(_esc(text[i]))
                i += 1
        return "".join(out)

    return f


def pinyin_inline_text(text: str, rng: random.Random, share: float, style: str, brackets: str) -> str:
    """Plain-text annotation: a share of Han characters followed by their reading in
    brackets, e.g. 中(zhōng)国."""
    readings = pinyin_for(text, style)
    out = []
    for ch, r in zip(text, readings):
        out.append(ch)
        if r is not None and rng.random() < share:
            out.append(f"{brackets[0]}{r}{brackets[1]}")
    return "".join(out)


# --------------------------------------------------------------------------------------
# Site furniture: names, hosts, comments, ads, related lists
# --------------------------------------------------------------------------------------

_SITE_A = ("东方", "环球", "天天", "今日", "华夏", "神州", "九州", "新视界", "掌上", "云端",
           "百姓", "晨光", "星河", "四海", "北方", "南国", "大众", "热点")
_SITE_B = ("资讯网", "快报", "新闻网", "头条", "视点", "在线", "生活网", "看点", "观察", "论坛")
_SLUGS = ("dfzx", "hqkx", "ttkd", "jrtt", "hxnews", "szxw", "jzzx", "xsj", "zskd", "ydkd",
          "bxsh", "cgxw", "xhzx", "shkx", "bfzx", "ngxw", "dzsd", "rdkd")
_NAV = ("首页", "国内", "国际", "财经", "科技", "体育", "文化", "社会", "评论", "图片", "视频")
_COMMENTS = (
    "说得好，支持！", "转发了，大家都来看看。", "这篇文章写得很实在。", "楼主辛苦了。", "顶一个",
    "有没有原文链接？", "看完很受启发。", "希望能真正落到实处。", "mark一下，回头细看",
    "我们这边也是这种情况。", "好文章，收藏了。", "期待后续报道。", "沙发！", "同意楼上的观点。",
    "新的一年，大家加油！", "数据很详细，赞一个。", "讲得很透彻。", "这个问题确实值得重视。",
    "小时候的事情一下子都想起来了。", "有点意思，不过还得看效果。", "已阅，谢谢分享。",
    "作为基层工作者，深有体会。", "希望多发一些这样的内容。", "路过，顶一下。")
_USERS = ("清风徐来", "老张在路上", "一叶知秋", "风雨兼程", "小鱼儿", "北漂十年", "江南客",
          "守望者", "阳光明媚", "青山不老", "书生意气", "大漠孤烟", "海阔天空", "平凡人")
_ADS = ("【推广】新春特惠，全场家电低至五折，点击了解详情", "【广告】零基础学英语，三十天开口说",
        "【赞助】年货节抢先购，满三百减五十", "【推广】高薪招聘销售代表，待遇从优",
        "【广告】北京至三亚特价机票限时抢购", "【推广】稳健理财，专业顾问一对一服务",
        "【广告】装修季大促，免费上门量房设计", "【推广】驾校报名送教材，周末班火热招生")
_CREDITS = ("来源：网络", "转自网络，如有侵权请联系删除", "编辑：{ed}", "本文来源于网络",
            "来源：{outlet}", "来源：{outlet}　编辑：{ed}", "转载自{outlet}")
_EDITORS = ("王晓", "李明", "张丽", "刘洋", "陈静", "赵磊", "周婷")


@dataclass
class _Site:
    name: str
    host: str


def _site(rng: random.Random, kind: str = "www") -> _Site:
    name = rng.choice(_SITE_A) + rng.choice(_SITE_B)
    slug = rng.choice(_SLUGS) + str(rng.randint(2, 998))
    tld = rng.choice((".example", ".example.com", ".example.net"))
    return _Site(name, f"{kind}.{slug}{tld}")


def _date_parts(date: str) -> tuple[int, int, int]:
    nums = [int(x) for x in re.findall(r"\d+", date or "")]
    if len(nums) >= 3 and nums[0] > 1900:
        return nums[0], nums[1], nums[2]
    return 1998, 1, 1


def _date_fmt(date: str, rng: random.Random) -> str:
    y, m, d = _date_parts(date)
    hh, mm = rng.randint(6, 23), rng.randint(0, 59)
    return rng.choice((f"{y}年{m:02d}月{d:02d}日 {hh:02d}:{mm:02d}", f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}",
                       f"{y}/{m}/{d}", f"{y}年{m}月{d}日", f"{y}.{m:02d}.{d:02d}"))


def _credit(rng: random.Random, outlet: str) -> str | None:
    if rng.random() < 0.35:
        return None
    return rng.choice(_CREDITS).format(outlet=outlet, ed=rng.choice(_EDITORS))


# --------------------------------------------------------------------------------------
# Page model and layouts
# --------------------------------------------------------------------------------------

CHARSET_MARK = "<!--B:charset-->"


@dataclass
class Page:
    """What a layout prints. ``items`` are (block kind, plain text) with block kinds
    "p" (paragraph), "quote" (blockquote) and "h2" (section heading)."""

    title: str
    items: list[tuple[str, str]]
    date: str
    site: _Site
    url: str
    rng: random.Random
    pool: Sequence[SourceArticle]
    inline: Inline = field(default=_esc)
    credit: str | None = None
    notice: str | None = None
    author: str = ""

    def blocks(self, wrap_p: Callable[[str], str] = lambda h: f"<p>{h}</p>") -> list[str]:
        out = []
        for kind, text in self.items:
            h = self.inline(text)
            if kind == "quote":
                out.append(f"<blockquote><p>{h}</p></blockquote>")
            elif kind == "h2":
                out.append(f"<h2>{h}</h2>")
            else:
                out.append(wrap_p(h))
        return out

    def title_html(self) -> str:
        return self.inline(self.title)

    def tail_html(self, tag: str = "div") -> str:
        parts = []
        if self.credit:
            parts.append(f'<{tag} class="src">{_esc(self.credit)}</{tag}>')
        if self.notice:
            lines = "<br>\n".join(_esc(x) for x in self.notice.splitlines() if x.strip())
            parts.append(f'<{tag} class="{self.rng.choice(("copyright", "statement", "notice-box"))}">{lines}</{tag}>')
        return "\n".join(parts)

    def related(self, k: int) -> list[str]:
        if not self.pool:
            return []
        return [self.rng.choice(self.pool).title for _ in range(k)]


def _head(title: str, extra: str = "") -> str:
    return (f"<head>\n{CHARSET_MARK}\n<title>{title}</title>\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"{extra}</head>")


def _nav(site: _Site, rng: random.Random) -> str:
    items = rng.sample(_NAV, rng.randint(5, len(_NAV)))
    return "<nav><ul>" + "".join(f'<li><a href="/{i}/">{x}</a></li>' for i, x in enumerate(items)) + "</ul></nav>"


def layout_blog(pg: Page) -> str:
    """WordPress-like blog post: header/nav, entry header and meta, entry-content <p>s,
    tags, prev/next post links, footer."""
    r = pg.rng
    y, _, _ = _date_parts(pg.date)
    rel = pg.related(2)
    post = r.randint(100, 99999)
    tags = "".join(f'<a rel="tag" href="/tag/{i}">{t}</a>' for i, t in enumerate(r.sample(_NAV, 3)))
    nav_links = "".join(f'<a rel="{rel_}" href="/p/{post + d}">{lbl}{_esc(t)}</a>'
                        for rel_, d, lbl, t in zip(("prev", "next"), (-1, 1), ("上一篇：", "下一篇："), rel))
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
{_head(f"{pg.title_html()} – {pg.site.name}", '<link rel="stylesheet" href="/wp-content/themes/pure/style.css">')}
<body class="post-template-default single single-post postid-{post}">
<header class="site-header"><p class="site-title"><a href="/">{pg.site.name}</a></p>{_nav(pg.site, r)}</header>
<main id="main" class="site-main">
<article id="post-{post}" class="post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">{pg.title_html()}</h1>
<div class="entry-meta">发布于 <time class="entry-date published">{_date_fmt(pg.date, r)}</time> · 作者 <span class="author vcard">{_esc(pg.author or r.choice(_USERS))}</span></div></header>
<div class="entry-content">
{chr(10).join(pg.blocks())}
{pg.tail_html("p")}
</div>
<footer class="entry-footer"><span class="tags-links">标签：{tags}</span></footer>
</article>
<nav class="navigation post-navigation">{nav_links}</nav>
</main>
<footer class="site-footer">© {y} {pg.site.name} · 备案号 B{r.randint(10000, 99999)}</footer>
</body></html>
"""


def layout_forum(pg: Page) -> str:
    """Discuz-like thread: the article is the first floor's post body (paragraphs joined
    with <br /> and ideographic indents), followed by 2-6 short replies."""
    r = pg.rng
    tid = r.randint(10000, 999999)
    indent = r.choice(("&nbsp;&nbsp;&nbsp;&nbsp;", "\u3000\u3000", ""))
    body = "<br />\r\n<br />\r\n".join(
        b if b.startswith("<blockquote") or b.startswith("<h2") else indent + b
        for b in pg.blocks(lambda h: h))
    tail = pg.tail_html("div")
    replies = []
    for k in range(r.randint(2, 6)):
        replies.append(f"""<table class="plhin" id="pid{tid * 10 + k + 2}"><tr>
<td class="pls"><div class="authi"><a class="xw1" href="/space-uid-{r.randint(1000, 99999)}.html">{r.choice(_USERS)}</a></div></td>
<td class="plc"><div class="pi"><strong>{k + 2}#</strong> 发表于 {_date_fmt(pg.date, r)}</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_{tid * 10 + k + 2}">{r.choice(_COMMENTS)}</td></tr></table></div></td></tr></table>""")
    prefix = r.choice(("【转帖】", "[转载]", "", "【分享】"))
    return f"""<!DOCTYPE html>
<html>
{_head(f"{prefix}{pg.title_html()} - {pg.site.name} - Powered by Discuz!")}
<body id="nv_forum" class="pg_viewthread">
<div id="hd"><a href="/forum.php">{pg.site.name}</a> &rsaquo; <a href="/forum-{r.randint(2, 60)}-1.html">{r.choice(_NAV)}</a></div>
<div id="postlist" class="pl bm">
<h1 class="ts"><span id="thread_subject">{prefix}{pg.title_html()}</span></h1>
<div class="hm">查看: {r.randint(50, 9999)} | 回复: {len(replies)}</div>
<table class="plhin" id="pid{tid * 10 + 1}"><tr>
<td class="pls"><div class="authi"><a class="xw1" href="/space-uid-{r.randint(1000, 99999)}.html">{r.choice(_USERS)}</a></div><p>楼主</p></td>
<td class="plc"><div class="pi"><strong>1#</strong> 发表于 {_date_fmt(pg.date, r)}</div>
<div class="pct"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{tid * 10 + 1}">
{body}
{tail}
</td></tr></table></div></div></td></tr></table>
{chr(10).join(replies)}
</div>
<div id="ft">Powered by Discuz! X3.4 &copy; 2001-2019</div>
</body></html>
"""


def layout_amp(pg: Page) -> str:
    """AMP-style page: <html ⚡>, AMP boilerplate, canonical link, amp-img, amp-ad
    between paragraphs, social share bar."""
    r = pg.rng
    blocks = pg.blocks()
    out = []
    for k, b in enumerate(blocks):
        out.append(b)
        if k % 4 == 2 and r.random() < 0.7:
            out.append(f'<amp-ad width="300" height="250" type="adsense" data-ad-client="ca-pub-{r.randint(10**9, 10**10)}" data-ad-slot="{r.randint(10**6, 10**7)}"></amp-ad>')
    canon = pg.url.replace("/amp/", "/")
    return f"""<!doctype html>
<html \u26a1 lang="zh">
<head>
{CHARSET_MARK}
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<title>{pg.title_html()} | {pg.site.name}</title>
<link rel="canonical" href="{canon}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>article{{padding:0 16px}} h1{{font-size:22px}} .meta{{color:#888}}</style>
</head>
<body>
<header class="amp-header"><amp-img src="/static/logo.png" width="120" height="32" alt="{pg.site.name}"></amp-img></header>
<article>
<h1>{pg.title_html()}</h1>
<div class="meta">{_date_fmt(pg.date, r)} · {pg.site.name}</div>
{chr(10).join(out)}
{pg.tail_html("p")}
</article>
<amp-social-share type="wechat" width="40" height="40"></amp-social-share>
<footer><a href="{canon}">查看完整版</a></footer>
</body></html>
"""


def layout_wechat(pg: Page) -> str:
    """WeChat-official-account-like page: rich_media_title, account name, #js_content
    (hidden until scripts run) with each paragraph in styled <section>/<p>/<span>."""
    r = pg.rng
    color = r.choice(("#333333", "rgb(62, 62, 62)", "#3f3f3f"))
    size = r.choice(("15px", "16px", "17px"))

    def wrap(h: str) -> str:
        return (f'<section style="margin: 0px 8px;"><p style="text-indent: 2em; line-height: 1.75em;">'
                f'<span style="font-size: {size}; color: {color};">{h}</span></p></section>\n<p><br></p>')

    account = pg.site.name
    return f"""<!DOCTYPE html>
<html>
{_head(pg.title_html(), '<meta property="og:type" content="article">')}
<body id="activity-detail" class="zh_CN mm_appmsg">
<div class="rich_media_area_primary" id="page-content">
<h1 class="rich_media_title" id="activity-name">
{pg.title_html()}
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">{_esc(pg.author or r.choice(_USERS))}</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">{account}</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">{_date_fmt(pg.date, r)}</em>
</div>
<div class="rich_media_content" id="js_content" style="visibility: hidden;">
<section style="text-align: center;"><img data-src="/mmbiz_jpg/{r.randint(10**8, 10**9)}/640" data-type="jpeg"></section>
{chr(10).join(pg.blocks(wrap))}
{pg.tail_html("p")}
<p style="text-align: center;"><span style="color: #888;">▼ 长按二维码关注{account} ▼</span></p>
</div>
<div class="rich_media_tool"><a id="js_view_source" href="javascript:void(0);">阅读原文</a> 阅读 {r.randint(100, 100000)}</div>
</div>
<script>var ct = "{r.randint(10**9, 2 * 10**9)}"; document.getElementById("js_content").style.visibility = "visible";</script>
</body></html>
"""


def layout_divads(pg: Page) -> str:
    """Article spread over <div class="content-part"> blocks of 1-3 paragraphs with inline
    ad <div>s between them; some paragraphs are cut mid-sentence across two parts."""
    r = pg.rng
    parts: list[list[str]] = [[]]
    for kind, text in pg.items:
        if kind == "p" and len(text) > 40 and r.random() < 0.3:
            cut = r.randint(10, len(text) - 10)
            parts[-1].append(f"<p>{pg.inline(text[:cut])}</p>")
            parts.append([])
            parts[-1].append(f'<p class="cont">{pg.inline(text[cut:])}</p>')
        else:
            parts[-1].append(Page(pg.title, [(kind, text)], pg.date, pg.site, pg.url, r, pg.pool,
                                  inline=pg.inline).blocks()[0])
        if len(parts[-1]) >= r.randint(1, 3):
            parts.append([])
    out = []
    for k, blocks in enumerate(p for p in parts if p):
        out.append(f'<div class="content-part" data-part="{k + 1}">\n' + "\n".join(blocks) + "\n</div>")
        if r.random() < 0.6:
            out.append(f'<div class="ad-slot" id="ad-{k}"><a href="/click?id={r.randint(1, 9999)}" rel="nofollow">'
                       f'<img src="/ads/{r.randint(1, 500)}.gif" alt=""><span>{r.choice(_ADS)}</span></a></div>')
    return f"""<!DOCTYPE html>
<html>
{_head(f"{pg.title_html()}_{pg.site.name}")}
<body>
<div class="top-banner ad-slot"><span>{r.choice(_ADS)}</span></div>
<div class="wrap"><div class="article-box">
<h1 class="art-title">{pg.title_html()}</h1>
<p class="art-info"><span>{_date_fmt(pg.date, r)}</span> <span>{pg.site.name}</span></p>
<div id="article-content">
{chr(10).join(out)}
</div>
{pg.tail_html("div")}
</div></div>
</body></html>
"""


def layout_sidebar(pg: Page) -> str:
    """Portal page: left hot list, the article in the middle, right related list, and a
    comment thread under the article."""
    r = pg.rng
    hot = "".join(f'<li><span class="n">{i + 1}</span><a href="/a/{r.randint(1, 10**6)}.html">{_esc(t)}</a></li>'
                  for i, t in enumerate(pg.related(r.randint(6, 10))))
    rel = "".join(f'<li><a href="/a/{r.randint(1, 10**6)}.html">{_esc(t)}</a><em>{_date_fmt(pg.date, r)}</em></li>'
                  for t in pg.related(r.randint(4, 8)))
    comments = "".join(
        f'<div class="cmt"><span class="user">{r.choice(_USERS)}</span><span class="loc">[{r.choice(("北京", "上海", "广东", "四川", "河南", "山东"))}网友]</span>'
        f'<p>{r.choice(_COMMENTS)}</p><span class="like">赞({r.randint(0, 999)})</span></div>'
        for _ in range(r.randint(3, 9)))
    return f"""<!DOCTYPE html>
<html lang="zh-cn">
{_head(f"{pg.title_html()}-{pg.site.name}")}
<body>
<div id="top">{_nav(pg.site, r)}</div>
<div class="container">
<aside class="col-left"><h3>24小时热榜</h3><ol>{hot}</ol></aside>
<div class="col-main">
<div class="crumb"><a href="/">{pg.site.name}</a> &gt; <a href="/news/">{r.choice(_NAV)}</a> &gt; 正文</div>
<h1>{pg.title_html()}</h1>
<div class="info">{_date_fmt(pg.date, r)}</div>
<div class="text">
{chr(10).join(pg.blocks())}
</div>
{pg.tail_html("div")}
<section class="comments"><h3>网友评论</h3>{comments}</section>
</div>
<aside class="col-right"><h3>相关阅读</h3><ul>{rel}</ul></aside>
</div>
<footer>关于我们 | 联系方式 | 广告服务 | 网站地图</footer>
</body></html>
"""


def layout_plaintext40(pg: Page) -> str:
    """Plain-text dump: title, date line, paragraphs hard-wrapped every 40 characters,
    blank lines between paragraphs (returns text, not HTML)."""
    r = pg.rng
    lines = [pg.title, _date_fmt(pg.date, r) + ("  " + pg.site.name if r.random() < 0.5 else ""), ""]
    indent = r.choice(("", "\u3000\u3000", "    "))
    for _, text in pg.items:
        t = indent + text.replace("\n", "")
        lines.extend(t[k:k + 40] for k in range(0, len(t), 40))
        lines.append("")
    for extra in (pg.credit, pg.notice):
        if extra:
            lines.extend(extra.splitlines())
    return "\n".join(lines) + "\n"


LAYOUTS: dict[str, Callable[[Page], str]] = {
    "blog": layout_blog, "forum": layout_forum, "amp": layout_amp, "wechat": layout_wechat,
    "divads": layout_divads, "sidebar": layout_sidebar, "plaintext40": layout_plaintext40,
}
HTML_LAYOUTS = ("blog", "forum", "amp", "wechat", "divads", "sidebar")
_URL_SHAPES = {
    "blog": "https://{host}/{y}/{m:02d}/{n}.html", "forum": "https://{host}/forum.php?mod=viewthread&tid={n}",
    "amp": "https://{host}/amp/{n}.html", "wechat": "https://{host}/s/{tok}",
    "divads": "https://{host}/news/{y}{m:02d}{d:02d}/{n}.shtml", "sidebar": "https://{host}/a/{n}.html",
    "plaintext40": "https://{host}/txt/{n}.txt",
}


def _page_url(layout: str, host: str, date: str, rng: random.Random) -> str:
    y, m, d = _date_parts(date)
    tok = "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789_-") for _ in range(22))
    return _URL_SHAPES[layout].format(host=host, y=y, m=m, d=d, n=rng.randint(1000, 9999999), tok=tok)


def encode_page(text: str, enc: str = "utf-8", declare: bool = True, label: str | None = None) -> bytes:
    """Fill the charset slot (a <meta charset> or http-equiv, or nothing) and encode.
    ``enc`` is a Python codec ("utf-16"/"utf-16-be" get a BOM); characters the codec lacks become numeric references
    in HTML and '?' in plain text."""
    is_html = CHARSET_MARK in text
    label = label or {"utf-8-sig": "utf-8", "utf-16": "utf-16"}.get(enc, enc)
    if declare:
        h = hash_choice(text, 2)
        meta = (f'<meta charset="{label}">' if h == 0 else
                f'<meta http-equiv="Content-Type" content="text/html; charset={label}">')
    else:
        meta = ""
    text = text.replace(CHARSET_MARK, meta)
    errors = "xmlcharrefreplace" if is_html else "replace"
    if enc == "utf-16":  # BOM + little endian, whatever the platform's byte order
        return b"\xff\xfe" + text.encode("utf-16-le", errors)
    if enc == "utf-16-be":
        return b"\xfe\xff" + text.encode("utf-16-be", errors)
    return text.encode(enc, errors=errors)


def hash_choice(text: str, n: int) -> int:
    """A deterministic (PYTHONHASHSEED-independent) choice from the text itself."""
    return sum(text[:200].encode("utf-8")) % n


# --------------------------------------------------------------------------------------
# Edit operators (content level; each returns new paragraphs or None if not applicable)
# --------------------------------------------------------------------------------------

_SYNONYMS: tuple[tuple[str, str], ...] = (
    ("进一步", "更进一步"), ("认为", "表示"), ("指出", "强调"), ("目前", "当前"), ("同时", "与此同时"),
    ("已经", "已"), ("进行", "开展"), ("加强", "强化"), ("提高", "提升"), ("取得", "获得"),
    ("积极", "主动"), ("广大", "众多"), ("群众", "民众"), ("继续", "持续"), ("必须", "一定要"),
    ("增长", "增加"), ("迅速", "快速"), ("显著", "明显"), ("情况", "状况"), ("各地", "各个地方"),
    ("人们", "大家"), ("日前", "近日"), ("近年来", "这些年来"), ("不断", "持续"), ("实现", "达成"),
    ("举行", "举办"), ("出席", "参加"), ("企业", "公司"), ("充分", "全面"), ("帮助", "协助"),
    ("特别", "尤其"), ("一些", "部分"), ("许多", "不少"), ("非常", "十分"), ("希望", "期望"),
    ("有关部门", "相关部门"), ("日益", "越来越"), ("大力", "全力"), ("措施", "举措"), ("成绩", "成果"),
    ("今年", "本年度"), ("去年", "上一年"), ("据悉", "据了解"), ("认真", "切实"), ("为了", "为"),
    ("但是", "不过"), ("因此", "所以"), ("并且", "而且"), ("方面", "领域"), ("重要", "关键"),
)
_FILLERS = ("据了解，", "值得注意的是，", "记者了解到，", "业内人士指出，", "事实上，", "总的来看，",
            "有分析认为，", "另据介绍，")
_CN_DIGIT = {"〇": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5",
             "六": "6", "七": "7", "八": "8", "九": "9"}
_DATELINE = re.compile(r"^(本报[^，。]{0,12}?[电讯]|新华社[^，。]{0,20}?电(（[^）]{0,30}）)?|[^，。]{2,8}社[^，。]{0,20}?电)")


def _cn_small_number(s: str) -> int | None:
    """十二 -> 12, 三十一 -> 31, 二十 -> 20, 十 -> 10, 五 -> 5."""
    if not s or any(c not in "一二三四五六七八九十" for c in s):
        return None
    if "十" not in s:
        return int(_CN_DIGIT[s]) if len(s) == 1 else None
    a, _, b = s.partition("十")
    tens = int(_CN_DIGIT[a]) if a else 1
    ones = int(_CN_DIGIT[b]) if b else 0
    return tens * 10 + ones if len(b) <= 1 and len(a) <= 1 else None


def _pick(paras: list[str], rng: random.Random, pred: Callable[[str], bool] = bool) -> int | None:
    idx = [k for k, p in enumerate(paras) if pred(p)]
    return rng.choice(idx) if idx else None


def op_sentence_drop(paras: list[str], rng: random.Random, ctx: "_Ctx") -> list[str] | None:
    """Drop one sentence (never a paragraph's only sentence)."""
    k = _pick(paras, rng, lambda p: len(split_sentences(p)) > 1)
    if k is None:
        return None
    sents = split_sentences(paras[k])
    del sents[rng.randrange(len(sents))]
    return paras[:k] + ["".join(sents)] + paras[k + 1:]


def op_sentence_insert(paras: list[str], rng: random.Random, ctx: "_Ctx") -> list[str] | None:
    """Insert one sentence taken from an unprotected article at a sentence boundary."""
    sent = ctx.foreign_sentence(rng, max_len=60)
    if not sent:
        return None
    k = rng.randrange(len(paras))
    sents = split_sentences(paras[k])
    sents.insert(rng.randint(0, len(sents)), sent)
    return paras[:k] + ["".join(sents)] + paras[k + 1:]


def op_clause_reorder(paras: list[str], rng: random.Random, ctx: "_Ctx") -> list[str] | None:
    """Swap two adjacent comma clauses inside one sentence (the final punctuation stays)."""
    k = _pick(paras, rng, lambda p: "，" in p)
    if k is None:
        return None
    sents = split_sentences(paras[k])
    cand = [j for j, s in enumerate(sents) if s.count("，") >= 1 and len(s) < 120]
    if not cand:
        return None
    j = rng.choice(cand)
    s = sents[j]
    end = len(s)
    while end > 0 and (s[end - 1] in _ENDERS or s[end - 1] in _CLOSERS):
        end -= 1
    clauses = s[:end].split("，")
    if len(clauses) < 2:
        return None
    a = rng.randrange(len(clauses) - 1)
    clauses[a], clauses[a + 1] = clauses[a + 1], clauses[a]
    sents[j] = "，".join(clauses) + s[end:]
    return paras[:k] + ["".join(sents)] + paras[k + 1:]


def op_synonym(paras: list[str], rng: random.Random, ctx: "_Ctx") -> list[str] | None:
    """Replace one occurrence of a phrase from the synonym list (either direction)."""
    k = rng.randrange(len(paras))
    p = paras[k]
    hits = []
    for a, b in _SYNONYMS:
        for src, dst in ((a, b), (b, a)):
            pos = p.find(src)
            if pos >= 0 and not p.startswith(dst, pos):
                hits.append((pos, src, dst))
    if not hits:
        return None
    pos, src, dst = rng.choice(hits)
    return paras[:k] + [p[:pos] + dst + p[pos + len(src):]] + paras[k + 1:]


def op_number(paras: list[str], rng: random.Random, ctx: "_Ctx") -> list[str] | None:
    """Reformat one number: full-width -> ASCII digits (with thousands separators for
    long ones), 一九九七年 -> 1997年, 十二月三十一日 -> 12月31日, 百分之五 -> 5%."""
    k = rng.randrange(len(paras))
    p = paras[k]
    cands: list[tuple[int, int, str]] = []
    for m in re.finditer(r"[０-９]+(?:[．.][０-９]+)?", p):
        ascii_ = m.group(0).translate(str.maketrans("０１２３４５６７８９．", "0123456789."))
        if "." not in ascii_ and len(ascii_) >= 5 and rng.random() < 0.5:
            ascii_ = f"{int(ascii_):,}"
        cands.append((m.start(), m.end(), ascii_))
    for m in re.finditer(r"[〇零一二三四五六七八九]{4}(?=年)", p):
        cands.append((m.start(), m.end(), "".join(_CN_DIGIT[c] for c in m.group(0))))
    for m in re.finditer(r"([一二三四五六七八九十]{1,3})(?=[月日号])", p):
        v = _cn_small_number(m.group(1))
        if v is not None:
            cands.append((m.start(), m.end(), str(v)))
    for m in re.finditer(r"百分之([一二三四五六七八九十]{1,3})", p):
        v = _cn_small_number(m.group(1))
        if v is not None:
            cands.append((m.start(), m.end(), f"{v}%"))
    if not cands:
        return None
    a, b, new = rng.choice(cands)
    return paras[:k] + [p[:a] + new + p[b:]] + paras[k + 1:]


def op_punct(paras: list[str], rng: random.Random, ctx: "_Ctx") -> list[str] | None:
    """Change punctuation: ，-> ；/、/nothing, 。-> ！, “X” -> 「X」, ： -> ，."""
    k = rng.randrange(len(paras))
    p = paras[k]
    choice = rng.random()
    if choice < 0.25 and "“" in p:
        return paras[:k] + [p.replace("“", "「", 1).replace("”", "」", 1)] + paras[k + 1:]
    marks = [m.start() for m in re.finditer("[，。：]", p)]
    if not marks:
        return None
    pos = rng.choice(marks)
    new = {"，": rng.choice(("；", "、", "")), "。": rng.choice(("！", "；")), "：": "，"}[p[pos]]
    return paras[:k] + [p[:pos] + new + p[pos + 1:]] + paras[k + 1:]


def op_filler(paras: list[str], rng: random.Random, ctx: "_Ctx") -> list[str] | None:
    """Insert a short connective phrase (据了解，…) at the start of a sentence."""
    k = rng.randrange(len(paras))
    sents = split_sentences(paras[k])
    j = rng.randrange(len(sents))
    sents[j] = rng.choice(_FILLERS) + sents[j]
    return paras[:k] + ["".join(sents)] + paras[k + 1:]


def op_dateline(paras: list[str], rng: random.Random, ctx: "_Ctx") -> list[str] | None:
    """Strip the dateline (本报北京…电 / 新华社…电) from the start of a paragraph."""
    for k, p in enumerate(paras[:4]):
        m = _DATELINE.match(p)
        if m and len(p) > m.end() + 5:
            return paras[:k] + [p[m.end():]] + paras[k + 1:]
    return None


_SMALL_OPS = (op_synonym, op_number, op_punct, op_filler)
_BIG_OPS = (op_sentence_drop, op_sentence_insert, op_clause_reorder, op_dateline)


def apply_edits(paras: list[str], rng: random.Random, ctx: "_Ctx", target: float,
                tol: float = 0.012) -> tuple[list[str], float, dict[str, int]]:
    """Apply random edit operators until the measured edited_char_share reaches a goal
    drawn in ``[target - tol, target + tol/3 * 2]``, never passing ``target + tol``. Large operators (sentence
    drop/insert, clause reorder, dateline strip) are favoured while far from the
    target, small ones (synonym, number, punctuation, filler phrase) near it."""
    original = _body(paras)
    cur, share = list(paras), 0.0
    used: Counter = Counter()
    lo, hi = target - tol, target + tol
    goal = rng.uniform(lo, hi - tol / 3)  # spread the cases over the window
    for _ in range(600):
        if share >= goal:
            break
        gap = lo - share
        big = gap > 0.03 and rng.random() < 0.7
        op = rng.choice(_BIG_OPS if big else _SMALL_OPS)
        cand = op(cur, rng, ctx)
        if cand is None:
            continue
        s = edited_char_share(original, _body(cand))
        if s <= hi and s > share - 0.002:
            cur, share = cand, s
            used[op.__name__[3:]] += 1
    return cur, share, dict(sorted(used.items()))


# --------------------------------------------------------------------------------------
# Protected pages (how generator B prints a protected article)
# --------------------------------------------------------------------------------------


def default_notice(art: SourceArticle) -> NoticeForm:
    """The notice generator B prints when the benchmark gives none."""
    return NoticeForm(f"【版权声明】本文版权归{art.outlet}所有，未经{art.outlet}书面授权，"
                      f"任何单位和个人不得转载、摘编或以其他方式使用。\n"
                      f"已获授权的转载方请注明来源：{art.outlet}。原文链接：{art.url}")


def _protected_html(art: SourceArticle, notice_text: str | None, rng: random.Random, style: int) -> str:
    paras = "\n".join(f"<p>{_esc(p)}</p>" for p in art.paragraphs)
    y, m, d = _date_parts(art.date)
    notice = ""
    if notice_text:
        lines = "<br>\n".join(_esc(x) for x in notice_text.splitlines() if x.strip())
        notice = (f'<div class="rights-notice" id="license-notice">{lines}</div>' if style == 0
                  else f'<p class="copyright"><small>{lines}</small></p>')
    if style == 0:
        return f"""<!DOCTYPE html>
<html lang="zh-CN">
{_head(f"{_esc(art.title)}--{_esc(art.outlet)}")}
<body>
<div class="masthead"><a href="/">{_esc(art.outlet)}</a></div>
<div class="main-article">
<h1>{_esc(art.title)}</h1>
<div class="info"><span class="date">{y}年{m:02d}月{d:02d}日</span>　来源：<span class="outlet">{_esc(art.outlet)}</span></div>
<div class="article-body">
{paras}
</div>
{notice}
</div>
<div class="footer">{_esc(art.outlet)} 版权所有</div>
</body></html>
"""
    return f"""<!DOCTYPE html>
<html>
{_head(f"{_esc(art.title)} | {_esc(art.outlet)}")}
<body class="epaper">
<header><span class="paper">{_esc(art.outlet)}</span> <span class="edition">{y}-{m:02d}-{d:02d} 第{rng.randint(1, 12)}版</span></header>
<article>
<h2 class="headline">{_esc(art.title)}</h2>
{paras}
{notice}
</article>
</body></html>
"""


def protected_page_b(art: SourceArticle, notice: NoticeForm | None, rng: random.Random) -> tuple[bytes, str]:
    """Print a protected article the way generator B's outlet pages look: one of two
    templates (a news-site article page or an e-paper page), the paragraphs as <p>s
    and the notice (if any) in a block right under the body. Returns
    ``(utf-8 bytes, filename)``."""
    style = rng.randrange(2)
    text = _protected_html(art, notice.text if notice else None, rng, style)
    safe = re.sub(r"[^0-9A-Za-z_.-]+", "_", art.key)[:80]
    return encode_page(text, "utf-8"), f"B-protected-{safe}.html"


# --------------------------------------------------------------------------------------
# Generation context
# --------------------------------------------------------------------------------------


class _Ctx:
    """Inputs plus pools computed once per generate() call."""

    def __init__(self, protected: Sequence[SourceArticle], unprotected: Sequence[SourceArticle],
                 licensee_host: str, notice: NoticeForm | None):
        if not protected or not unprotected:
            raise ValueError("generator B needs at least one protected and one unprotected article")
        self.protected = list(protected)
        self.unprotected = list(unprotected)
        self.licensee_host = licensee_host
        self.notice = notice
        good = [a for a in self.protected if han_count(_body(a.paragraphs)) >= 120 and a.paragraphs]
        self.usable = good or [a for a in self.protected if a.paragraphs] or self.protected
        self._excerptable: dict[str, list[SourceArticle]] = {}
        self._unprot_sized = [a for a in self.unprotected if han_count(_body(a.paragraphs)) >= 100] or self.unprotected

    def excerptable(self, mode: str) -> list[SourceArticle]:
        """Usable articles from which an excerpt of ``mode`` can be cut whole (≥ 40
        Han chars for a paragraph, 2-3 whole paragraphs, 2-3 sentences with ≥ 100 Han)
        within 30 % of the article; all usable articles if none qualifies."""
        if mode not in self._excerptable:
            self._excerptable[mode] = [a for a in self.usable if _excerpt_windows(a, mode)] or self.usable
        return self._excerptable[mode]

    def notice_text(self, art: SourceArticle) -> str:
        return (self.notice or default_notice(art)).text

    def article(self, rng: random.Random) -> SourceArticle:
        return rng.choice(self.usable)

    def other(self, rng: random.Random) -> SourceArticle:
        return rng.choice(self._unprot_sized)

    def foreign_sentence(self, rng: random.Random, max_len: int = 80) -> str | None:
        for _ in range(8):
            a = self.other(rng)
            if not a.paragraphs:
                continue
            sents = [s for s in split_sentences(rng.choice(a.paragraphs)) if 8 <= len(s) <= max_len]
            if sents:
                return rng.choice(sents)
        return None


def _page(ctx: _Ctx, rng: random.Random, layout: str, title: str, items: list[tuple[str, str]],
          date: str, *, outlet: str = "", notice: str | None = None, credit: bool = True,
          inline: Inline = _esc, host: str | None = None) -> tuple[str, str, str]:
    """Lay out a page; returns (text, url, extension)."""
    site = _site(rng, "bbs" if layout == "forum" else ("mp" if layout == "wechat" else "www"))
    if host:
        site = _Site(site.name, host)
    url = _page_url(layout, site.host, date, rng)
    pg = Page(title, items, date, site, url, rng, ctx.unprotected, inline=inline,
              credit=_credit(rng, outlet) if credit and outlet else None, notice=notice,
              author=rng.choice(_USERS))
    text = LAYOUTS[layout](pg)
    return text, url, ".txt" if layout == "plaintext40" else ".html"


def _case(kind: str, i: int, sources: Sequence[str], data: bytes, ext: str, url: str | None,
          params: dict) -> SuspectB:
    return SuspectB(id=f"B/{kind}/{i}", kind=kind, expected=EXPECTED_B[kind], sources=tuple(sources),
                    data=data, filename=f"B-{kind}-{i}{ext}", url=url, params=params)


def _items(paras: Sequence[str]) -> list[tuple[str, str]]:
    return [("p", p) for p in paras]


def _keep_notice(rng: random.Random) -> bool:
    return rng.random() < KEEP_NOTICE_SHARE


# --------------------------------------------------------------------------------------
# Builders: positives
# --------------------------------------------------------------------------------------


def build_layout(ctx: _Ctx, rng: random.Random, kind: str, i: int) -> SuspectB:
    """layout_*: the verbatim article (title + every paragraph) in one of generator B's
    layouts (blog, forum, amp, wechat, divads, plaintext40, sidebar), UTF-8.
    params: layout, notice_kept, credit."""
    layout = kind.split("_", 1)[1]
    art = ctx.article(rng)
    keep = _keep_notice(rng)
    text, url, ext = _page(ctx, rng, layout, art.title, _items(art.paragraphs), art.date, outlet=art.outlet,
                           notice=ctx.notice_text(art) if keep else None)
    return _case(kind, i, [art.key], encode_page(text), ext, url,
                 {"layout": layout, "notice_kept": keep, "edited_char_share": 0.0})


def build_encoding(ctx: _Ctx, rng: random.Random, kind: str, i: int) -> SuspectB:
    """enc_*: the verbatim article in a random HTML layout (or the 40-column text dump,
    30 %), encoded as: UTF-8 with BOM; UTF-8 without BOM and without declaration;
    GBK/GB2312/GB18030 declared; GBK/GB18030 undeclared; Big5 declared (text converted to
    Traditional with chinese-converter first); UTF-16 with BOM (little or big endian).
    params: encoding, declared, layout."""
    art = ctx.article(rng)
    layout = "plaintext40" if rng.random() < 0.3 else rng.choice(HTML_LAYOUTS)
    keep = _keep_notice(rng)
    text, url, ext = _page(ctx, rng, layout, art.title, _items(art.paragraphs), art.date, outlet=art.outlet,
                           notice=ctx.notice_text(art) if keep else None)
    params: dict = {"layout": layout, "notice_kept": keep, "edited_char_share": 0.0}
    if kind == "enc_utf8_bom":
        data, params["encoding"], params["declared"] = encode_page(text, "utf-8-sig", rng.random() < 0.5), "utf-8-sig", None
    elif kind == "enc_utf8_nobom":
        data, params["encoding"], params["declared"] = encode_page(text, "utf-8", False), "utf-8", False
    elif kind == "enc_gb_declared":
        enc, label = rng.choice((("gbk", "gbk"), ("gbk", "gb2312"), ("gb18030", "gb18030"), ("gbk", "GBK")))
        data, params["encoding"], params["declared"] = encode_page(text, enc, True, label), enc, label
    elif kind == "enc_gb_undeclared":
        enc = rng.choice(("gbk", "gb18030"))
        data, params["encoding"], params["declared"] = encode_page(text, enc, False), enc, False
    elif kind == "enc_big5":
        trad = to_traditional(text)
        params["surface_char_share"] = edited_char_share(_body(art.paragraphs), to_traditional(_body(art.paragraphs)))
        data, params["encoding"], params["declared"] = encode_page(trad, "big5", True, "big5"), "big5", "big5"
    elif kind == "enc_utf16_bom":
        enc = rng.choice(("utf-16", "utf-16", "utf-16-be"))
        declare = rng.random() < 0.5
        data = encode_page(text, enc, declare, "utf-16")
        params["encoding"], params["declared"] = ("utf-16-le" if enc == "utf-16" else enc) + "+bom", declare
    else:  # pragma: no cover
        raise KeyError(kind)
    return _case(kind, i, [art.key], data, ext, url, params)


def build_traditional(ctx: _Ctx, rng: random.Random, kind: str, i: int) -> SuspectB:
    """trad_char: the whole page converted character by character to Traditional
    (chinese-converter, or hanziconv for 30 % of cases; hanziconv is cruder, e.g.
    了->瞭, 志->誌). trad_taiwan: chinese-converter plus
    Taiwan vocabulary swaps (軟件->軟體, 信息->資訊, 克林頓->柯林頓 …, each hit with
    probability 0.6-1.0), 臺->台 and “”->「」. UTF-8.
    params: converter, tw_swaps, surface_char_share."""
    art = ctx.article(rng)
    converter = "hanziconv" if kind == "trad_char" and rng.random() < 0.3 else "chinese-converter"
    layout = rng.choice(HTML_LAYOUTS + ("plaintext40",))
    keep = _keep_notice(rng)
    text, url, ext = _page(ctx, rng, layout, art.title, _items(art.paragraphs), art.date, outlet=art.outlet,
                           notice=ctx.notice_text(art) if keep else None)
    trad = to_traditional(text, converter)
    body_t = to_traditional(_body(art.paragraphs), converter)
    swaps = 0
    if kind == "trad_taiwan":
        rate = rng.uniform(0.6, 1.0)
        r2 = random.Random(rng.random())
        trad, swaps = taiwan_vocab(trad, converter, rng, rate)
        body_t, _ = taiwan_vocab(body_t, converter, r2, rate)
    params = {"layout": layout, "converter": converter, "tw_swaps": swaps, "notice_kept": keep,
              "edited_char_share": 0.0, "surface_char_share": edited_char_share(_body(art.paragraphs), body_t)}
    return _case(kind, i, [art.key], encode_page(trad), ext, url, params)


def build_pinyin(ctx: _Ctx, rng: random.Random, kind: str, i: int) -> SuspectB:
    """pinyin_ruby: a share (0.05-0.6) of Han characters wrapped in <ruby>/<rt> (with or
    without <rp>), in an HTML layout. pinyin_inline: a share (0.05-0.4) of Han
    characters followed by their reading in brackets, e.g. 中(zhōng) / 中（zhong1）.
    params: share, style, surface_char_share (inline only)."""
    art = ctx.article(rng)
    style = rng.choice(("tone", "tone", "tone3", "normal"))
    keep = _keep_notice(rng)
    notice = ctx.notice_text(art) if keep else None
    params: dict = {"style": style, "notice_kept": keep, "edited_char_share": 0.0}
    if kind == "pinyin_ruby":
        share = round(rng.uniform(0.05, 0.6), 3)
        layout = rng.choice(HTML_LAYOUTS)
        text, url, ext = _page(ctx, rng, layout, art.title, _items(art.paragraphs), art.date, outlet=art.outlet,
                               notice=notice, inline=inline_ruby(rng, share, style, rng.random() < 0.5))
    else:
        share = round(rng.uniform(0.05, 0.4), 3)
        brackets = rng.choice(("()", "（）", "[]"))
        paras = [pinyin_inline_text(p, rng, share, style, brackets) for p in art.paragraphs]
        layout = rng.choice(HTML_LAYOUTS + ("plaintext40",))
        text, url, ext = _page(ctx, rng, layout, art.title, _items(paras), art.date, outlet=art.outlet, notice=notice)
        params["surface_char_share"] = edited_char_share(_body(art.paragraphs), _body(paras))
        params["brackets"] = brackets
    params.update(share=share, layout=layout)
    return _case(kind, i, [art.key], encode_page(text), ext, url, params)


def build_noise(ctx: _Ctx, rng: random.Random, kind: str, i: int) -> SuspectB:
    """noise_invisible: zero-width/format characters, soft hyphens, variation selectors
    after 2-15 % of characters. noise_symbols: decorative symbols/emoji at sentence ends
    (and rarely inside). noise_width: 20-80 % of full/half-width digits, letters and
    punctuation flipped. noise_whitespace: spaces/NBSP/ideographic spaces/tabs/line
    breaks inside sentences after 3-12 % of characters (HTML: some breaks become <br>).
    noise_entities: 10-60 % of characters written as &#NNNN;/&#xHHHH;, quotes and dots
    as named entities. noise_mixed: all of the above at lower rates.
    params: rates, layout, surface_char_share."""
    art = ctx.article(rng)
    keep = _keep_notice(rng)
    ops = {"noise_invisible": ("invisible",), "noise_symbols": ("symbols",), "noise_width": ("width",),
           "noise_whitespace": ("whitespace",), "noise_entities": ("entities",),
           "noise_mixed": ("invisible", "symbols", "width", "whitespace", "entities")}[kind]
    scale = 0.4 if kind == "noise_mixed" else 1.0
    rates = {
        "invisible": round(rng.uniform(0.02, 0.15) * scale, 4), "symbols": round(rng.uniform(0.1, 0.4) * scale, 4),
        "width": round(rng.uniform(0.2, 0.8) * scale, 4), "whitespace": round(rng.uniform(0.03, 0.12) * scale, 4),
        "entities": round(rng.uniform(0.1, 0.6) * scale, 4)}
    rates = {k: v for k, v in rates.items() if k in ops}
    fns = {"invisible": noise_invisible, "symbols": noise_symbols, "width": noise_width, "whitespace": noise_whitespace}

    def noisy(t: str) -> str:
        for name, fn in fns.items():
            if name in rates:
                t = fn(t, rng, rates[name])
        return t

    paras = [noisy(p) for p in art.paragraphs]
    title = noisy(art.title) if rng.random() < 0.5 else art.title
    if "entities" in rates:
        layout = rng.choice(HTML_LAYOUTS)
        ent = inline_entities(rng, rates["entities"])

        def inline(t: str) -> str:  # entities, and (with whitespace noise) some <br>s
            h = ent(t)
            return h.replace("\n", "<br>\n") if "whitespace" in rates and rng.random() < 0.5 else h
    else:
        layout = rng.choice(HTML_LAYOUTS + ("plaintext40",))
        inline = inline_plain(0.5, rng) if "whitespace" in rates else _esc
    text, url, ext = _page(ctx, rng, layout, title, _items(paras), art.date, outlet=art.outlet,
                           notice=ctx.notice_text(art) if keep else None, inline=inline)
    params = {"layout": layout, "rates": rates, "notice_kept": keep, "edited_char_share": 0.0,
              "surface_char_share": edited_char_share(_body(art.paragraphs), _body(paras))}
    return _case(kind, i, [art.key], encode_page(text), ext, url, params)


def build_shuffle(ctx: _Ctx, rng: random.Random, kind: str, i: int) -> SuspectB:
    """shuffle: all paragraphs, verbatim, in a different order (a fresh permutation; for
    a one-paragraph article, its sentences are shuffled instead).
    params: order, edited_char_share (measured on the shuffled body)."""
    multi = [a for a in ctx.usable if len(a.paragraphs) >= 3]
    art = rng.choice(multi) if multi else ctx.article(rng)
    paras = list(art.paragraphs)
    order = list(range(len(paras)))
    if len(paras) >= 2:
        while order == sorted(order):
            rng.shuffle(order)
        new = [paras[k] for k in order]
    else:
        sents = split_sentences(paras[0])
        rng.shuffle(sents)
        new = ["".join(sents)]
    layout = rng.choice(HTML_LAYOUTS + ("plaintext40",))
    keep = _keep_notice(rng)
    text, url, ext = _page(ctx, rng, layout, art.title, _items(new), art.date, outlet=art.outlet,
                           notice=ctx.notice_text(art) if keep else None)
    params = {"layout": layout, "order": order, "notice_kept": keep,
              "edited_char_share": edited_char_share(_body(art.paragraphs), _body(new))}
    return _case(kind, i, [art.key], encode_page(text), ext, url, params)


def build_notice(ctx: _Ctx, rng: random.Random, kind: str, i: int) -> SuspectB:
    """notice_stripped: the outlet page as protected_page_b prints it, scraped whole
    and re-hosted with the notice block deleted. notice_kept: the article in a copier
    layout that keeps the notice verbatim under the body (still unlicensed: the host
    is not the licensee's). params: template/layout, notice_kept."""
    art = ctx.article(rng)
    site = _site(rng)
    url = _page_url("divads", site.host, art.date, rng)
    if kind == "notice_stripped":
        style = rng.randrange(2)
        text = _protected_html(art, None, rng, style)
        return _case(kind, i, [art.key], encode_page(text), ".html", url,
                     {"template": style, "notice_kept": False, "edited_char_share": 0.0})
    layout = rng.choice(HTML_LAYOUTS + ("plaintext40",))
    text, url, ext = _page(ctx, rng, layout, art.title, _items(art.paragraphs), art.date, outlet=art.outlet,
                           notice=ctx.notice_text(art), credit=False)
    return _case(kind, i, [art.key], encode_page(text), ext, url,
                 {"layout": layout, "notice_kept": True, "edited_char_share": 0.0})


_EDIT_TARGETS = {"edit_05": 0.05, "edit_10": 0.10, "edit_15": 0.15, "edit_20": 0.20}


def build_edit(ctx: _Ctx, rng: random.Random, kind: str, i: int) -> SuspectB:
    """edit_05/10/15/20: random edit operators (sentence drop, sentence insert from an
    unprotected article, clause reorder, dateline strip, synonym/phrase substitution,
    number reformatting, punctuation changes, filler phrases) applied until the measured
    edited_char_share is within ±1.2 points of 10/15/20 % (edit_05: within 3.0-5.0 %).
    The title is reworded in half of the cases (not counted in the share).
    params: target, edited_char_share, ops (operator counts), title_changed."""
    target = _EDIT_TARGETS[kind]
    art = ctx.article(rng)
    if kind == "edit_05":
        paras, share, ops = apply_edits(list(art.paragraphs), rng, ctx, 0.04, tol=0.01)
    else:
        paras, share, ops = apply_edits(list(art.paragraphs), rng, ctx, target)
    title = art.title
    title_changed = rng.random() < 0.5
    if title_changed:
        t2 = op_synonym([title], rng, ctx)
        title = t2[0] if t2 else rng.choice(("重磅！", "关注：", "最新：", "")) + title
    layout = rng.choice(HTML_LAYOUTS + ("plaintext40",))
    keep = _keep_notice(rng)
    text, url, ext = _page(ctx, rng, layout, title, _items(p for p in paras if p), art.date, outlet=art.outlet,
                           notice=ctx.notice_text(art) if keep else None)
    params = {"layout": layout, "target": target, "edited_char_share": share, "ops": ops,
              "title_changed": title_changed, "notice_kept": keep}
    return _case(kind, i, [art.key], encode_page(text), ext, url, params)


# -- excerpts ---------------------------------------------------------------------------

EXCERPT_MAX_SHARE = 0.30


def _fit(text: str, limit: int) -> str:
    """Trim whole sentences from the end until len(text) <= limit (keeps ≥1 sentence,
    then cuts characters if even that is too long)."""
    sents = split_sentences(text)
    while len(sents) > 1 and len("".join(sents)) > limit:
        sents.pop()
    out = "".join(sents)
    return out[:limit] if len(out) > limit else out


def _excerpt_windows(art: SourceArticle, mode: str) -> list[list[str]]:
    """Every whole excerpt of ``mode`` that fits in 30 % of ``art``: single paragraphs of
    ≥ 60 Han chars ("para"), 2-3 consecutive paragraphs of ≥ 15 chars each and ≥ 80 Han
    chars together ("consecutive"),
    2-3 consecutive sentences of one paragraph with ≥ 100 Han chars ("quote")."""
    paras = list(art.paragraphs)
    limit = int(len(_body(paras)) * EXCERPT_MAX_SHARE)
    wins: list[list[str]] = []
    if mode == "para":
        wins = [[p] for p in paras if len(p) <= limit and han_count(p) >= 60]
    elif mode == "consecutive":
        for n in (2, 3):
            for s in range(0, len(paras) - n + 1):
                w = paras[s:s + n]
                size = sum(len(p) for p in w) + n - 1
                if size <= limit and min(len(p) for p in w) >= 15 and han_count("".join(w)) >= 80:
                    wins.append(w)
    else:
        for p in paras:
            sents = split_sentences(p)
            for n in (2, 3):
                for s in range(0, len(sents) - n + 1):
                    t = "".join(sents[s:s + n])
                    if han_count(t) >= 100 and len(t) <= limit:
                        wins.append([t])
    return wins


def _excerpt_block(art: SourceArticle, rng: random.Random, mode: str) -> tuple[str, str, dict]:
    """Cut an excerpt of ``art``: mode "para" (one paragraph), "consecutive" (2-3
    consecutive paragraphs) or "quote" (2-3 consecutive sentences, ≥100 Han chars).
    Always ≤ 30 % of the article's characters: when no whole window fits, the text is
    trimmed at sentence ends (then characters). Returns (excerpt, source span, info)."""
    body = _body(art.paragraphs)
    limit = int(len(body) * EXCERPT_MAX_SHARE)
    wins = _excerpt_windows(art, mode)
    if wins:
        text = list(rng.choice(wins))
    else:
        paras = list(art.paragraphs)
        s = rng.randrange(len(paras))
        if mode == "consecutive" and len(paras) > 1:
            s = min(s, len(paras) - 2)
            head = _fit(paras[s], int(limit * 0.6))
            text = [head, _fit(paras[s + 1], max(10, limit - len(head) - 1))]
        else:
            text = [_fit(paras[s], limit)]
    excerpt = "\n".join(text)
    info = {"excerpt_chars": len(excerpt), "excerpt_han": han_count(excerpt),
            "excerpt_share": round(len(excerpt) / max(1, len(body)), 4), "whole_window": bool(wins)}
    return excerpt, excerpt, info


def _filler_paras(ctx: _Ctx, rng: random.Random, min_bytes: int = 0, n: int = 0) -> list[tuple[str, str]]:
    """Paragraphs of unprotected news: ``n`` paragraphs, or whole articles (with an h2
    each) until ``min_bytes`` of UTF-8 text."""
    out: list[tuple[str, str]] = []
    if n:
        for _ in range(n):
            a = ctx.other(rng)
            out.append(("p", rng.choice(a.paragraphs) if a.paragraphs else a.title))
        return out
    size = 0
    while size < min_bytes:
        a = ctx.other(rng)
        out.append(("h2", a.title))
        out.extend(("p", p) for p in a.paragraphs)
        size += len(_body(a.paragraphs).encode("utf-8"))
    return out


_LEADINS = ("{outlet}日前刊发的报道写道：", "据{outlet}报道：", "相关报道中提到：", "有媒体这样写道：",
            "以下内容摘自{outlet}：", "原文节选如下：", "")
_COMMENTARY = ("这段文字引发了不少读者的讨论。", "我们把其中的一段摘录在这里，供大家参考。",
               "读到这里，相信很多人都有同感。", "以下为编者整理的部分内容。", "对此，各方看法不一。",
               "这件事情背后还有不少值得思考的地方。")


def build_excerpt(ctx: _Ctx, rng: random.Random, kind: str, i: int) -> SuspectB:
    """excerpt_paragraph: one paragraph inside a blog/forum/wechat/sidebar page of
    commentary and unprotected news paragraphs. excerpt_consecutive: 2-3 consecutive
    paragraphs, likewise. excerpt_quote: 2-3 sentences (≥100 Han chars) quoted inside a
    news-roundup page of whole unprotected articles (≥15 KB of their text).
    excerpt_multi: a digest with one paragraph (or 2-3 sentences) from each of 2-3
    different protected articles. Every excerpt ≤ 30 % of its article.
    params: per-source excerpt_share/excerpt_han, edited_char_share (excerpt vs its
    source span, 0.0), as_blockquote."""
    keep = _keep_notice(rng) and kind != "excerpt_multi"
    params: dict = {"notice_kept": keep}
    items: list[tuple[str, str]] = []
    quote_block = rng.random() < 0.4
    if kind == "excerpt_multi":
        pool = ctx.excerptable("para")
        n = min(rng.choice((2, 3)), len(pool))
        arts = rng.sample(pool, n)
        per = []
        items.append(("p", rng.choice(_COMMENTARY)))
        for a in arts:
            ex, span, info = _excerpt_block(a, rng, "para" if rng.random() < 0.6 or a not in ctx.excerptable("quote") else "quote")
            items.append(("h2", a.title if rng.random() < 0.5 else rng.choice(_NAV) + "速览"))
            items.extend(("quote" if quote_block else "p", x) for x in ex.split("\n"))
            items.extend(_filler_paras(ctx, rng, n=rng.randint(0, 2)))
            info["edited_char_share"] = edited_char_share(span, ex)
            per.append({"key": a.key, **info})
        params["excerpts"] = per
        params["edited_char_share"] = max(p["edited_char_share"] for p in per)
        sources = [a.key for a in arts]
        layout = rng.choice(("blog", "sidebar", "wechat"))
        title = rng.choice(("一周要闻摘编", "今日新闻速览", "媒体摘要", "要闻精选")) + f"（{rng.randint(1, 52)}）"
        date, outlet, notice = arts[0].date, arts[0].outlet, None
    else:
        mode = {"excerpt_paragraph": "para", "excerpt_consecutive": "consecutive", "excerpt_quote": "quote"}[kind]
        art = rng.choice(ctx.excerptable(mode))
        ex, span, info = _excerpt_block(art, rng, mode)
        params.update(info)
        params["edited_char_share"] = edited_char_share(span, ex)
        sources = [art.key]
        lead = rng.choice(_LEADINS).format(outlet=art.outlet)
        ex_items = [("quote" if quote_block else "p", x) for x in ex.split("\n")]
        if lead:
            ex_items.insert(0, ("p", lead))
        if kind == "excerpt_quote":
            filler = _filler_paras(ctx, rng, min_bytes=15 * 1024)
            if not quote_block:  # run the quote inline inside one filler paragraph
                ps = [k for k, (t, _) in enumerate(filler) if t == "p"]
                k = rng.choice(ps)
                ex_items = [("p", filler[k][1] + lead + "“" + ex + "”" + rng.choice(_COMMENTARY))]
                del filler[k]
            pos = rng.randint(1, len(filler))
            items = filler[:pos] + ex_items + filler[pos:]
            layout = rng.choice(("sidebar", "blog", "divads"))
            title = rng.choice(("新闻汇总", "今日要闻", "热点聚焦", "综合新闻")) + f"：{ctx.other(rng).title}"
            params["filler_bytes"] = sum(len(t.encode("utf-8")) for _, t in filler)
        else:
            items = _filler_paras(ctx, rng, n=rng.randint(1, 3)) + [("p", rng.choice(_COMMENTARY))] + ex_items \
                + [("p", rng.choice(_COMMENTARY))] + _filler_paras(ctx, rng, n=rng.randint(1, 4))
            layout = rng.choice(("blog", "forum", "wechat", "sidebar"))
            title = rng.choice((art.title, f"读报札记：{art.title}", rng.choice(_COMMENTARY)[:12]))
        date, outlet, notice = art.date, art.outlet, ctx.notice_text(art) if keep else None
    params.update(layout=layout, as_blockquote=quote_block)
    text, url, ext = _page(ctx, rng, layout, title, items, date, outlet=outlet, notice=notice)
    return _case(kind, i, sources, encode_page(text), ext, url, params)


# --------------------------------------------------------------------------------------
# Builders: negatives
# --------------------------------------------------------------------------------------


def build_neg_layout(ctx: _Ctx, rng: random.Random, kind: str, i: int) -> SuspectB:
    """neg_<layout>: an unrelated unprotected article in one of the layouts (UTF-8).
    neg_encoding: the same in a random layout and a random encoding (GBK, GB18030,
    Big5/Traditional, UTF-16, UTF-8 with BOM). params: layout, article, encoding."""
    a = ctx.other(rng)
    if kind == "neg_encoding":
        layout = rng.choice(HTML_LAYOUTS + ("plaintext40",))
    else:
        layout = {"neg_plaintext": "plaintext40"}.get(kind, kind[4:])
    text, url, ext = _page(ctx, rng, layout, a.title, _items(a.paragraphs), a.date, outlet=a.outlet)
    params = {"layout": layout, "article": a.key, "encoding": "utf-8"}
    if kind == "neg_encoding":
        enc = rng.choice(("gbk", "gb18030", "big5", "utf-16", "utf-8-sig"))
        if enc == "big5":
            text = to_traditional(text)
        data = encode_page(text, enc, rng.random() < 0.6)
        params["encoding"] = enc
    else:
        data = encode_page(text)
    return _case(kind, i, [], data, ext, url, params)


_STOP = set("的了在和与及对为是把被向从将于就也都而之其并等中上下新")
_TOPIC_TEMPLATES = (
    "近来，{w}成为不少读者关心的话题。", "围绕{w}，记者走访了几位基层干部和普通群众。",
    "谈起{w}，一位退休教师说，这些年的变化大家都看在眼里。", "{w}的事情，说到底还是要靠一点一滴地做。",
    "在一些地方，{w}已经有了新的做法，效果如何还需要时间检验。", "有读者来信，希望多介绍一些关于{w}的情况。",
    "专家提醒，讨论{w}不能只看一时一地。", "从{w}说开去，可以看到社会生活的许多侧面。",
    "对于{w}，不同年龄的人有不同的理解。", "记者在采访中发现，{w}并不像想象中那么简单。",
)


def topic_words(art: SourceArticle, rng: random.Random, k: int = 3) -> list[str]:
    """Topic words of an article's headline: its 2-4 character Han substrings that recur
    (≥ 2 times) in the article's body, best (count x length) first, no two overlapping
    in the headline; falls back to headline pieces split at function characters."""
    title, body = art.title, _body(art.paragraphs)
    scored: list[tuple[float, int, str]] = []
    for n in (4, 3, 2):
        for s in range(len(title) - n + 1):
            w = title[s:s + n]
            if not all(_HAN.match(c) for c in w) or w[0] in _STOP or w[-1] in _STOP:
                continue
            c = body.count(w)
            if c >= 2:
                scored.append((c * n, s, w))
    words: list[str] = []
    taken: set[int] = set()
    for _, s, w in sorted(scored, key=lambda x: (-x[0], x[1], x[2])):
        span = set(range(s, s + len(w)))
        if not span & taken and w not in words:
            words.append(w)
            taken |= span
    if not words:
        words = [r for r in re.split(r"[^\u4e00-\u9fff]+|[%s]" % "".join(sorted(_STOP)), title) if len(r) >= 2]
        words = [w[:4] for w in words] or [title[:2] or "新闻"]
    words = words[:max(k, 1) + 1]
    rng.shuffle(words)
    return words[:k]


def build_neg_same_topic(ctx: _Ctx, rng: random.Random, kind: str, i: int) -> SuspectB:
    """neg_same_topic: an independently written piece on a protected article's topic:
    only 1-3 topic words of its headline (see :func:`topic_words`) are reused, in
    generator B's own sentence templates, mixed into the paragraphs of one unrelated
    unprotected article. params: topic_of, words, article."""
    art = ctx.article(rng)
    words = topic_words(art, rng)
    other = ctx.other(rng)
    paras = []
    base = list(other.paragraphs)[:rng.randint(3, 7)]
    for p in base:
        sents = split_sentences(p)
        for _ in range(rng.randint(1, 2)):
            sents.insert(rng.randint(0, len(sents)), rng.choice(_TOPIC_TEMPLATES).format(w=rng.choice(words)))
        paras.append("".join(sents))
    while len(paras) < 3:
        paras.append("".join(rng.choice(_TOPIC_TEMPLATES).format(w=rng.choice(words)) for _ in range(3)))
    title = rng.choice(("说说{w}", "{w}面面观", "关于{w}的几点思考", "{w}：听听大家怎么说", "走近{w}")).format(w=words[0])
    layout = rng.choice(HTML_LAYOUTS + ("plaintext40",))
    text, url, ext = _page(ctx, rng, layout, title, _items(paras), art.date, outlet="")
    return _case(kind, i, [], encode_page(text), ext, url,
                 {"layout": layout, "topic_of": art.key, "words": words, "article": other.key})


def _short_quote(art: SourceArticle, rng: random.Random, max_len: int = 40) -> str:
    clauses = [c for p in art.paragraphs for c in re.split(r"[，。！？；：]", p) if 8 <= len(c) <= max_len]
    if clauses:
        return rng.choice(clauses)
    return art.title[:max_len]


def build_neg_short_quote(ctx: _Ctx, rng: random.Random, kind: str, i: int) -> SuspectB:
    """neg_short_quote: unprotected news paragraphs plus 1-2 quotes of ≤ 40 characters
    (a clause each) from one protected article, attributed to its outlet.
    params: quoted_from, quote_lengths."""
    art = ctx.article(rng)
    items = _filler_paras(ctx, rng, n=rng.randint(3, 7))
    lens = []
    for _ in range(rng.randint(1, 2)):
        q = _short_quote(art, rng)
        lens.append(len(q))
        k = rng.randrange(len(items))
        tpl = rng.choice(("正如{o}所说，“{q}”。", "{o}曾用“{q}”来形容。", "有报道提到“{q}”，", "用{o}的话说，“{q}”。"))
        items[k] = ("p", items[k][1] + tpl.format(o=art.outlet, q=q))
    layout = rng.choice(HTML_LAYOUTS)
    other = ctx.other(rng)
    text, url, ext = _page(ctx, rng, layout, other.title, items, other.date, outlet=other.outlet)
    return _case(kind, i, [], encode_page(text), ext, url,
                 {"layout": layout, "quoted_from": art.key, "quote_lengths": lens})


def build_neg_notice_only(ctx: _Ctx, rng: random.Random, kind: str, i: int) -> SuspectB:
    """neg_notice_only: an unrelated unprotected article printed with a protected
    outlet's notice and credit line (来源：<outlet>) under it, as careless CMS templates
    do. params: notice_of."""
    art = ctx.article(rng)
    a = ctx.other(rng)
    layout = rng.choice(HTML_LAYOUTS + ("plaintext40",))
    text, url, ext = _page(ctx, rng, layout, a.title, _items(a.paragraphs), a.date, outlet=art.outlet,
                           notice=f"来源：{art.outlet}\n" + ctx.notice_text(art), credit=False)
    return _case(kind, i, [], encode_page(text), ext, url, {"layout": layout, "notice_of": art.key, "article": a.key})


def build_licensed(ctx: _Ctx, rng: random.Random, kind: str, i: int) -> SuspectB:
    """licensed_verbatim: the outlet's own page template (protected_page_b) re-hosted
    verbatim on the licensee host, notice included. licensed_layout: the verbatim
    article in one of the copier layouts on the licensee host (notice kept in 70 %).
    The URL's host is ``licensee_host``. params: layout, notice_kept."""
    art = ctx.article(rng)
    y, m, d = _date_parts(art.date)
    if kind == "licensed_verbatim":
        text = _protected_html(art, ctx.notice_text(art), rng, rng.randrange(2))
        url = f"https://{ctx.licensee_host}/reprint/{y}{m:02d}{d:02d}/{rng.randint(1000, 999999)}.html"
        return _case(kind, i, [art.key], encode_page(text), ".html", url,
                     {"layout": "protected_page_b", "notice_kept": True, "edited_char_share": 0.0})
    keep = rng.random() < 0.7
    layout = rng.choice(HTML_LAYOUTS + ("plaintext40",))
    text, url, ext = _page(ctx, rng, layout, art.title, _items(art.paragraphs), art.date, outlet=art.outlet,
                           notice=ctx.notice_text(art) if keep else None, host=ctx.licensee_host)
    return _case(kind, i, [art.key], encode_page(text), ext, url,
                 {"layout": layout, "notice_kept": keep, "edited_char_share": 0.0})


def build_skip(ctx: _Ctx, rng: random.Random, kind: str, i: int) -> SuspectB:
    """skip_empty: zero bytes, whitespace, a lone BOM, or an empty <html>. 
    skip_markup_only: an HTML skeleton with head, styles, scripts, images and empty
    containers but no text. skip_binary: PNG, JPEG, GIF, PDF-like, gzip or zip bytes
    (a quarter of them named .html). params: variant."""
    site = _site(rng)
    url = f"https://{site.host}/p/{rng.randint(1, 10**6)}"
    if kind == "skip_empty":
        variant = rng.choice(("zero", "whitespace", "bom", "empty_html"))
        data = {"zero": b"", "whitespace": b" \r\n\t \n", "bom": b"\xef\xbb\xbf",
                "empty_html": b"<html><head></head><body></body></html>"}[variant]
        ext = ".txt" if variant in ("zero", "whitespace", "bom") and rng.random() < 0.5 else ".html"
        return _case(kind, i, [], data, ext, url + ext, {"variant": variant})
    if kind == "skip_markup_only":
        divs = "".join(f'<div class="box-{k}"><span></span><a href="/x/{k}"><img src="/i/{k}.png" alt=""></a></div>\n'
                       for k in range(rng.randint(2, 20)))
        text = (f"<!DOCTYPE html>\n<html>\n<head>\n{CHARSET_MARK}\n<title></title>\n"
                f"<style>.box-0{{display:block;margin:{rng.randint(0, 20)}px}}</style>\n"
                f'<script src="/static/app.{rng.randint(1000, 9999)}.js"></script>\n'
                "<script>window.__STATE__={\"page\":1,\"items\":[]};</script>\n</head>\n"
                f'<body><div id="app">\n{divs}</div>\n<noscript></noscript></body>\n</html>\n')
        return _case(kind, i, [], encode_page(text), ".html", url + ".html", {"variant": "markup_only"})
    variant = rng.choice(("png", "jpeg", "gif", "pdf", "gzip", "zip"))
    blob = rng.randbytes(rng.randint(200, 6000))
    if variant == "png":
        data, ext = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + blob, ".png"
    elif variant == "jpeg":
        data, ext = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01" + blob + b"\xff\xd9", ".jpg"
    elif variant == "gif":
        data, ext = b"GIF89a" + blob, ".gif"
    elif variant == "pdf":
        data, ext = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Filter /FlateDecode >>\nstream\n" + blob + b"\nendstream\n", ".pdf"
    elif variant == "gzip":
        data, ext = gzip.compress(blob, mtime=0), ".gz"
    else:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr(zipfile.ZipInfo("data.bin", date_time=(1998, 1, 1, 0, 0, 0)), blob)
        data, ext = buf.getvalue(), ".zip"
    misnamed = rng.random() < 0.25
    if misnamed:
        ext = ".html"
    return _case(kind, i, [], data, ext, url + ext, {"variant": variant, "misnamed": misnamed})


_BUILDERS: dict[str, Callable[[_Ctx, random.Random, str, int], SuspectB]] = {}
for _k, _ in KINDS_B:
    if _k.startswith("layout_"):
        _BUILDERS[_k] = build_layout
    elif _k.startswith("enc_"):
        _BUILDERS[_k] = build_encoding
    elif _k.startswith("trad_"):
        _BUILDERS[_k] = build_traditional
    elif _k.startswith("pinyin_"):
        _BUILDERS[_k] = build_pinyin
    elif _k.startswith("noise_"):
        _BUILDERS[_k] = build_noise
    elif _k.startswith("notice_"):
        _BUILDERS[_k] = build_notice
    elif _k.startswith("edit_"):
        _BUILDERS[_k] = build_edit
    elif _k.startswith("excerpt_"):
        _BUILDERS[_k] = build_excerpt
    elif _k == "neg_same_topic":
        _BUILDERS[_k] = build_neg_same_topic
    elif _k == "neg_short_quote":
        _BUILDERS[_k] = build_neg_short_quote
    elif _k == "neg_notice_only":
        _BUILDERS[_k] = build_neg_notice_only
    elif _k.startswith("neg_"):
        _BUILDERS[_k] = build_neg_layout
    elif _k.startswith("licensed_"):
        _BUILDERS[_k] = build_licensed
    elif _k.startswith("skip_"):
        _BUILDERS[_k] = build_skip
_BUILDERS["shuffle"] = build_shuffle


def generate(protected: Sequence[SourceArticle], unprotected: Sequence[SourceArticle], *, seed: int,
             per_kind: int, licensee_host: str, kinds: Sequence[str] | None = None,
             notice: NoticeForm | None = None) -> list[SuspectB]:
    """Make the suspects for ``kinds`` (default: all of :data:`KINDS_B`, in order).

    ``per_kind`` cases per kind, ``per_kind * NEG_MULTIPLIER`` for kinds expected
    "clean". ``notice`` (optional, generator B's extension) is the notice that copies
    keeping it print; without it each article's :func:`default_notice` is used.
    Deterministic: case i of a kind uses ``random.Random(f"B/{seed}/{kind}/{i}")``.
    """
    names = list(kinds) if kinds is not None else [k for k, _ in KINDS_B]
    unknown = [k for k in names if k not in EXPECTED_B]
    if unknown:
        raise ValueError(f"unknown generator B kinds: {unknown}")
    ctx = _Ctx(protected, unprotected, licensee_host, notice)
    out: list[SuspectB] = []
    for kind in names:
        n = per_kind * (NEG_MULTIPLIER if EXPECTED_B[kind] == "clean" else 1)
        for i in range(n):
            rng = random.Random(f"B/{seed}/{kind}/{i}")
            out.append(_BUILDERS[kind](ctx, rng, kind, i))
    return out


# --------------------------------------------------------------------------------------
# People's Daily -> SourceArticles (for the __main__ demo)
# --------------------------------------------------------------------------------------

# The evaluation data beside the repository (../shared), as the other benchmarks read it.
PEOPLES_DAILY = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data",
                             "peoples-daily-1998-01", "paragraphs-dev.txt")
_PD_DATE = re.compile(r"([０-９0-9]{1,2}|[一二三四五六七八九十]{1,3})月([０-９0-9]{1,2}|[一二三四五六七八九十]{1,3})日")


def _is_heading(line: str) -> bool:
    """A heading-like line: short, ≥ 2 Han chars, not ending like a sentence (a trailing
    "（附图片N张）" is ignored)."""
    line = re.sub(r"（附图片[０-９0-9]+张）$", "", line)
    return len(line) <= 36 and han_count(line) >= 2 and not line.endswith(tuple("。！？”：；…）)」"))


def _to_int(s: str) -> int | None:
    s = s.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    return int(s) if s.isdigit() else _cn_small_number(s)


def group_articles(lines: Sequence[str], outlet: str = "人民日报") -> list[SourceArticle]:
    """Generator B's grouping rule: a run of heading-like lines (short, no sentence-final
    punctuation) that follows a body line starts a new article; the run's first line is
    the title, the rest of the run (subtitles, bylines) and the following body lines are
    its paragraphs. The date comes from the first "M月D日" in the first three
    paragraphs (December -> 1997, January -> 1998; other months ignored), else the previous article's date.
    Articles with < 2 paragraphs or < 150 Han characters are dropped."""
    groups: list[list[str]] = []
    prev_body = True
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        head = _is_heading(line)
        if head and prev_body:
            groups.append([])
        if not groups:
            groups.append([])
        groups[-1].append(line)
        prev_body = not head
    out: list[SourceArticle] = []
    date = "1998-01-01"
    for g in groups:
        title, paras = g[0], tuple(g[1:])
        for p in paras[:3]:
            m = _PD_DATE.search(p)
            if m:
                mo, d = _to_int(m.group(1)), _to_int(m.group(2))
                if mo in (12, 1) and d and 1 <= d <= 31:
                    date = f"{1997 if mo == 12 else 1998}-{mo:02d}-{d:02d}"
                    break
        if len(paras) < 2 or han_count(_body(paras)) < 150:
            continue
        key = f"pd-{len(out):04d}"
        out.append(SourceArticle(key=key, title=title, date=date, paragraphs=paras,
                                 url=f"https://paper.people.example/{date.replace('-', '')}/{key}.html", outlet=outlet))
    return out


def _visible_preview(data: bytes, n: int = 70, hint: str | None = None) -> str:
    m = re.search(rb"charset=\"?([A-Za-z0-9-]+)", data[:600])
    first = (m.group(1).decode(),) if m else ((hint,) if hint else ())
    for enc in first + ("utf-8-sig", "utf-16", "gb18030", "big5"):
        try:
            s = data.decode(enc)
            break
        except (UnicodeDecodeError, LookupError):
            continue
    else:
        return repr(data[:30])
    s = re.sub(r"<script.*?</script>|<style.*?</style>|<[^>]+>", " ", s, flags=re.S)
    s = re.sub(r"\s+", " ", html.unescape(s)).strip()
    return s[:n]


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Build generator B cases from People's Daily and summarise them.")
    ap.add_argument("--per-kind", type=int, default=3)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--protected", type=int, default=40, help="how many articles to treat as protected")
    ap.add_argument("--out", default=None, help="output folder (default: a new temporary folder)")
    ap.add_argument("--kinds", default=None, help="comma-separated kinds (default: all)")
    args = ap.parse_args(argv)
    with open(PEOPLES_DAILY, encoding="utf-8") as f:
        arts = group_articles(f.read().splitlines())
    protected = arts[:args.protected]
    unprotected = [SourceArticle(a.key.replace("pd-", "pdu-"), a.title, a.date, a.paragraphs, a.url,
                                 "其他媒体") for a in arts[args.protected:]]
    print(f"grouped {len(arts)} articles; {len(protected)} protected, {len(unprotected)} unprotected")
    out_dir = args.out or tempfile.mkdtemp(prefix="generator_b-")
    os.makedirs(out_dir, exist_ok=True)
    t0 = time.perf_counter()
    cases = generate(protected, unprotected, seed=args.seed, per_kind=args.per_kind,
                     licensee_host="licensee.example.org",
                     kinds=args.kinds.split(",") if args.kinds else None)
    dt = time.perf_counter() - t0
    for c in cases:
        with open(os.path.join(out_dir, c.filename), "wb") as f:
            f.write(c.data)
    with open(os.path.join(out_dir, "cases.jsonl"), "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps({"id": c.id, "kind": c.kind, "expected": c.expected, "sources": c.sources,
                                "filename": c.filename, "url": c.url, "bytes": len(c.data), "params": c.params},
                               ensure_ascii=False) + "\n")
    print(f"{len(cases)} cases in {dt:.2f} s -> {out_dir}")
    by_kind: dict[str, list[SuspectB]] = {}
    for c in cases:
        by_kind.setdefault(c.kind, []).append(c)
    print(f"{'kind':22} {'expected':9} {'n':>4} {'avg KB':>7} {'share':>6}  first case preview")
    for kind, cs in by_kind.items():
        shares = [c.params.get("edited_char_share") for c in cs if isinstance(c.params.get("edited_char_share"), float)]
        sh = f"{sum(shares) / len(shares):.3f}" if shares else "-"
        kb = sum(len(c.data) for c in cs) / len(cs) / 1024
        print(f"{kind:22} {cs[0].expected:9} {len(cs):4d} {kb:7.1f} {sh:>6}  {_visible_preview(cs[0].data, hint=cs[0].params.get('encoding'))}")
    print("verdicts:", dict(Counter(c.expected for c in cases)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
