"""Detection quality of reprint_guard on a labelled benchmark.

Builds a labelled corpus deterministically from ``--seed``, protects the sources and checks
every suspect through the public API only (``from reprint_guard import Guard``), scores the
reports against the labels, and writes a markdown table and a JSON file to ``bench/results/``.
See ``bench/README.md`` for how to run it and what each figure means.

Data (read from ``../shared``, never copied into the repository):

* People's Daily, January 1998 (``data/peoples-daily-1998-01/paragraphs-dev.txt``), grouped
  into articles (:func:`read_articles`). Some are protected (with an invented licensing notice
  and a 来源 line), the rest are negatives and page filler. Labelled suspects are generated from
  the protected ones by one function per kind (``kind_*`` below), each with fixed parameters.
  The seed page ``seeds/000_ec570f4d01073987.txt`` is protected as it is.
* PAN 2013 text alignment, "no obfuscation", dev split (``data/pan13-no-obfuscation-dev``):
  character-level precision, recall, granularity and plagdet after Potthast, Stein,
  Barrón-Cedeño and Rosso (2010), "An Evaluation Framework for Plagiarism Detection",
  COLING 2010, pp. 997-1005.
* Clough & Stevenson (2011), "Developing a corpus of plagiarised short answers", Language
  Resources and Evaluation 45(1) (``data/clough-stevenson``): detection rate per category.

A comparator runs on the same cases: the pipeline a user would build from the same libraries
(trafilatura → character 5-gram MinHash with datasketch defaults → ``MinHashLSH(threshold=0.5)``).

The generator imports nothing from reprint_guard: Traditional text comes from ``zhconv``
(the product folds with OpenCC), pinyin from ``pypinyin``. Install them with
``pip install -e '.[bench]'``.
"""

from __future__ import annotations

import argparse
import dataclasses
import html
import json
import math
import os
import pickle
import random
import re
import shlex
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_SEED = 1998
REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared"
RESULTS = REPO / "bench" / "results"

# --- sizes -----------------------------------------------------------------------------------
N_PROTECT = 400  # People's Daily articles protected (plus the seed page)
TUNE_SHARE = 0.25  # share of protected articles and of negatives in the tune split
FULL = {"per_kind": 200, "per_kind_tune": 60, "large": 6, "large_tune": 2, "neg_extra": 1.0}
QUICK = {"per_kind": 30, "per_kind_tune": 10, "large": 2, "large_tune": 0, "neg_extra": 0.2}

# --- labels and thresholds of the corpus -------------------------------------------------------
MIN_PROTECT_HAN = 300  # Han characters of body an article needs to be protected
MIN_NEGATIVE_HAN = 100  # Han characters of body an unprotected article needs to be a negative
EXCLUDE_NGRAM = 20  # negatives sharing a substring this long with a protected article are dropped
EXCERPT_MIN_HAN = 100  # an excerpt has at least this many Han characters
EXCERPT_MAX_SHARE = 0.30  # ... and at most this share of its article (the product's edited_coverage is 0.4)
EXCERPT_PAGE_BYTES = 20_000  # excerpt pages hold at least this much other news
LARGE_PAGE_BYTES = 1_000_000  # the excerpt_end_1mb pages
SHORT_QUOTE_MAX = 40  # a short quote has at most this many characters
LICENSEE = "partner-news.example.cn"  # every protected People's Daily article licenses this host
PD_OUTLET = "人民日报"

HAN = re.compile(r"[\u4e00-\u9fff]")
HAN_RUN = re.compile(r"([\u4e00-\u9fff]+)")
WS = re.compile(r"\s+")


def han_count(text: str) -> int:
    return len(HAN.findall(text))


# =============================================================================================
# Source data
# =============================================================================================
@dataclass(frozen=True)
class Article:
    """A news article: ``key`` names it (``pd0123`` is the 124th article of the file)."""

    key: str
    title: str
    paragraphs: tuple[str, ...]
    date: str = "1998年01月01日"

    @property
    def body_han(self) -> int:
        return sum(han_count(p) for p in self.paragraphs)

    def all_text(self) -> str:
        return "\n".join((self.title, *self.paragraphs))


_SENTENCE_END = tuple("。！？!?；;…”\"』」：:")
_CREDIT_LINE = re.compile(r"^[（(].*[）)]$")
_DATELINE = re.compile(r"^(本报|新华社|据新华社|据本报|本报讯)")
HEADING_MAX = 40


def is_heading(line: str) -> bool:
    """A headline, subtitle or author line: short, no sentence-final punctuation, not a
    parenthesised credit such as （新华社记者某某摄）, not a dateline."""
    return (
        len(line) <= HEADING_MAX
        and not line.endswith(_SENTENCE_END)
        and not _CREDIT_LINE.match(line)
        and not _DATELINE.match(line)
    )


_DATE = re.compile(r"(１２|１|12|1)月([０-９0-9]{1,2})日")


def _article_date(paragraphs: Sequence[str]) -> str:
    """A 来源-line date from the first dateline (１月５日 → 1998年01月05日); 1 January if none."""
    for p in paragraphs[:2]:
        m = _DATE.search(p)
        if m:
            month = int(m.group(1).translate(_FW_DIGITS))
            day = int(m.group(2).translate(_FW_DIGITS))
            if 1 <= day <= 31:
                return f"{1997 if month == 12 else 1998}年{month:02d}月{day:02d}日"
    return "1998年01月01日"


_FW_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def read_articles(path: Path) -> list[Article]:
    """Group the one-paragraph-per-line file into articles.

    Heuristic: a *heading* line (:func:`is_heading`) that follows a body line starts a new
    article; consecutive heading lines form its header: the first is the title, the others
    (subtitle, author, the odd table row) open the body; every other line is body. So a run "headline / byline / 本报北京…电… / paragraphs" is one article, and an
    in-article subheading splits an article in two (both halves are then articles of their own,
    which is harmless: they share no text). Lines before the first heading form an untitled
    article.
    """
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
    groups: list[tuple[list[str], list[str]]] = []
    for line in lines:
        if not line:
            continue
        if is_heading(line):
            if not groups or groups[-1][1]:
                groups.append(([line], []))
            else:
                groups[-1][0].append(line)
        else:
            if not groups:
                groups.append(([], []))
            groups[-1][1].append(line)
    out = []
    for i, (head, body) in enumerate(groups):
        if not body:
            continue
        title = head[0] if head else body[0][:20]
        # Subtitle, author (and the odd table row) lines belong to the body: the publisher's
        # page and every copy carry them.
        out.append(Article(f"pd{i:04d}", title, (*head[1:], *body), _article_date(body)))
    return out


def read_seed(path: Path) -> tuple[Article, bytes]:
    """The seed page (a real provincial news page with its own notice), as an article.

    Layout: breadcrumb, title, date/source line, paragraphs, then 版权声明 and its notice.
    """
    raw = path.read_bytes()
    lines = [ln.strip() for ln in raw.decode("utf-8").splitlines() if ln.strip()]
    end = lines.index("版权声明") if "版权声明" in lines else len(lines)
    return Article("seed000", lines[1], tuple(lines[3:end]), "2021年10月28日"), raw


def ngrams(text: str, n: int = EXCLUDE_NGRAM) -> set[str]:
    t = WS.sub("", text)
    return {t[i : i + n] for i in range(len(t) - n + 1)}


def sentences(paragraph: str) -> list[str]:
    """Split on 。！？!? keeping the end mark and a closing quote."""
    parts = re.findall(r"[^。！？!?]*[。！？!?]+[”’」』\"]?|[^。！？!?]+$", paragraph)
    return [p for p in parts if p.strip()]


# =============================================================================================
# Pages: the protected originals
# =============================================================================================
NOTICES = (
    "版权声明：本文版权归人民日报社所有，未经许可不得转载、修改、摘编。联系电话：010-65368821",
    "凡本网注明“来源：人民日报”的所有作品，版权均属于人民日报社，未经本社书面授权，任何单位和个人"
    "不得转载、摘编或以其它方式使用。违者本社将依法追究责任。版权联系电话：010-65363547",
    "【版权声明】本文系人民日报原创稿件，版权归人民日报社所有。未经授权，禁止转载、修改或摘编。"
    "如需转载请联系：010-65369527，邮箱：copyright@peoplesdaily.example.cn",
)


def pd_url(key: str) -> str:
    return f"https://paper.peoplesdaily.example.cn/1998/01/{key}.html"


def tune_notice_forms() -> list[dict[str, object]]:
    """The notice benchmark's *tune* half, in file order (generator A may use only these)."""
    rows = [json.loads(line) for line in NOTICE_FORMS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if r["split"] == "tune" and _usable_notice(r) and "{{BODY}}" in str(r["page"])]


def _usable_notice(row: dict[str, object]) -> bool:
    """A notice this benchmark can print under a protected article: one that grants no use.

    The benchmark measures unlicensed copies. Under a notice that lets anyone reprint with a
    credit (欢迎转载，请注明出处; a Creative Commons licence) a credited copy is rightly
    ``permitted``, not the ``reprint`` the kinds expect; permissions are measured by the notice
    benchmark (``bench/notices.py``) instead."""
    expected = row.get("expected") or {}
    return bool(str(row["notice_text"]).strip()) and not expected.get("permitted_uses")  # type: ignore[union-attr]


FORM_SHARE = 2  # every FORM_SHARE-th protected article is printed in a notice-benchmark template
FORMS_PER_SPLIT = {"tune": (0, 10), "report": (10, 40)}  # tune-half forms used by each split
FORM_ARTICLES = 5  # about this many articles of a split share one form (so boilerplate_k = 3 can act)
# Every NOTICE_SHARE-th article printed in A's own layout carries a tune-half form's notice text
# instead of one of NOTICES, about NOTICE_ARTICLES articles per form (as generator B prints the
# report half: ~3 articles a form), forms alternating between the splits.
NOTICE_SHARE = 2
NOTICE_ARTICLES = 3


def tune_notice_texts() -> list[dict[str, object]]:
    """Mainland and HK/TW/Macau tune-half forms whose notice grants no use, in file order
    (generator A may use only these): the notices printed as text under A's own layout."""
    rows = [json.loads(line) for line in NOTICE_FORMS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if r["split"] == "tune" and _usable_notice(r) and str(r["id"])[:2] in ("cn", "hk")]


def protect_page_form(art: Article, form: dict[str, object]) -> tuple[bytes, str]:
    """The article printed in a real outlet's page template from the notice benchmark (tune
    half): its layout, credit lines and notice in the place the outlet prints it."""
    page = str(form["page"])
    if form["format"] == "html":
        body = "\n".join(f"<p>{html.escape(p)}</p>" for p in art.paragraphs)
        page = page.replace("{{BODY}}", body, 1)
        page = re.sub(r"<h1>.*?</h1>", lambda m: f"<h1>{html.escape(art.title)}</h1>", page, count=1, flags=re.S)
        page = re.sub(r"<title>(.*?)</title>",
                      lambda m: f"<title>{html.escape(art.title)}_{m.group(1).rsplit('_', 1)[-1]}</title>",
                      page, count=1, flags=re.S)
        return page.encode("utf-8"), "html"
    text = art.title + "\n" + page.replace("{{BODY}}", "\n\n".join(art.paragraphs), 1)
    return (text + "\n").encode("utf-8"), "txt"


def protect_page(art: Article, rng: random.Random, notice_form: dict[str, object] | None = None) -> tuple[bytes, str]:
    """The publisher's own copy: title, 来源 line, body and a licensing notice.

    Every other article is an HTML page, the rest plain text, so that both protect paths run.
    With ``notice_form`` (a tune-half form of the notice benchmark) its ``notice_text`` is the
    notice, printed right under the last paragraph (inside the article's text block, as many
    CMS templates do) or in the notice block, in turn.
    """
    notice = rng.choice(NOTICES)
    source = f"来源：{PD_OUTLET}　{art.date}　第{rng.randint(1, 12)}版"
    if notice_form is not None:
        lines = [x for x in str(notice_form["notice_text"]).split("\n") if x.strip()]
        notice = "\n".join(lines)
        if rng.random() < 0.5:
            paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in (*art.paragraphs, *lines))
            notice_html = ""
        else:
            paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in art.paragraphs)
            notice_html = "".join(f"<p>{html.escape(x)}</p>" for x in lines)
        if rng.random() < 0.6:
            page = (
                '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
                f"<title>{html.escape(art.title)}--{PD_OUTLET}</title>"
                f'<link rel="canonical" href="{pd_url(art.key)}"></head><body>'
                f'<div class="article"><h1>{html.escape(art.title)}</h1>'
                f'<div class="info">{html.escape(source)}</div>'
                f'<div class="content">\n{paras}\n</div>'
                + (f'<div class="statement">{notice_html}</div>' if notice_html else "")
                + "</div></body></html>"
            )
            return page.encode("utf-8"), "html"
        text = "\n".join((art.title, source, "", "\n\n".join(art.paragraphs), "", notice))
        return (text + "\n").encode("utf-8"), "txt"
    if rng.random() < 0.5:
        paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in art.paragraphs)
        page = (
            '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
            f"<title>{html.escape(art.title)}--{PD_OUTLET}</title>"
            f'<link rel="canonical" href="{pd_url(art.key)}"></head><body>'
            '<div class="nav"><a href="/">首页</a> <a href="/gn">国内</a> <a href="/gj">国际</a> '
            '<a href="/pl">评论</a> <a href="/jj">经济</a></div>'
            f'<div class="article"><h1>{html.escape(art.title)}</h1>'
            f'<div class="info">{html.escape(source)}</div>'
            f'<div class="content">\n{paras}\n</div>'
            f'<div class="copyright"><p>{html.escape(notice)}</p></div></div>'
            '<div class="footer">人民日报社 版权所有</div></body></html>'
        )
        return page.encode("utf-8"), "html"
    text = "\n".join((art.title, source, "", "\n\n".join(art.paragraphs), "", notice))
    return (text + "\n").encode("utf-8"), "txt"


# =============================================================================================
# Pages: third-party layouts
# =============================================================================================
SITES = (
    ("每日资讯网", "www.meirizixun.example.net"),
    ("看点头条", "kandian-toutiao.example.com"),
    ("天天热点网", "www.tiantianredian.example.org"),
    ("华夏新闻在线", "news.huaxia-online.example.net"),
    ("百姓生活网", "www.baixing-life.example.com"),
    ("城市早知道", "zao.city-news.example.org"),
)
NAV = ("首页", "国内", "国际", "社会", "财经", "科技", "体育", "娱乐", "军事", "健康", "教育", "图片")
FOOTER = "关于我们 | 联系我们 | 广告服务 | 免责声明 | 网站地图 · Copyright © 2024 {site} 版权所有 · 备案号：京ICP备2024{n:06d}号"


@dataclass(frozen=True)
class Page:
    """A generated file: its bytes, format (``html``/``txt``/``bin``), URL and parameters."""

    data: bytes
    fmt: str
    url: str | None
    params: dict[str, object] = field(default_factory=dict)


def site(rng: random.Random) -> tuple[str, str]:
    return rng.choice(SITES)


def page_url(host: str, rng: random.Random) -> str:
    return f"https://{host}/news/{rng.randint(2020, 2024)}/{rng.randint(100000, 999999)}.html"


def _ul(items: Iterable[str]) -> str:
    return "<ul>" + "".join(f'<li><a href="/a/{i}.html">{html.escape(t)}</a></li>' for i, t in enumerate(items)) + "</ul>"


def div_page(
    title: str,
    body_html: str,
    rng: random.Random,
    ctx: Context,
    *,
    charset: str | None = "utf-8",
    after_html: str = "",
    before_html: str = "",
    name: str = "每日资讯网",
) -> str:
    """A modern portal page: header nav, breadcrumb, article, related list, sidebar, footer.

    Headlines in the related list and sidebar come from unprotected articles.
    """
    meta = f'<meta charset="{charset}">' if charset else ""
    heads = ctx.headlines(rng, 20)
    return (
        f'<!DOCTYPE html><html lang="zh-CN"><head>{meta}<title>{html.escape(title)}_{name}</title>'
        '<meta name="keywords" content="新闻,资讯,热点,头条"></head><body>'
        f'<div id="header"><div class="logo">{name}</div><ul class="nav">'
        + "".join(f'<li><a href="/{i}/">{n}</a></li>' for i, n in enumerate(NAV))
        + "</ul></div>"
        '<div class="crumb">您的位置：<a href="/">首页</a> &gt; <a href="/gn/">国内新闻</a> &gt; 正文</div>'
        f'<div class="main"><div class="left">{before_html}<h1>{html.escape(title)}</h1>'
        f'<div class="meta">2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} 1{rng.randint(0, 9)}:2{rng.randint(0, 9)}'
        f'　来源：网络　作者：佚名　阅读：{rng.randint(100, 99999)}</div>'
        f'<div class="content">\n{body_html}\n</div>'
        '<div class="share">分享到：微信 微博 QQ空间</div>'
        f'<div class="related"><h3>相关文章</h3>{_ul(heads[:10])}</div>{after_html}</div>'
        f'<div class="right"><div class="box"><h3>热门排行</h3>{_ul(heads[10:15])}</div>'
        f'<div class="box"><h3>最新资讯</h3>{_ul(heads[15:])}</div></div></div>'
        f'<div id="footer">{html.escape(FOOTER.format(site=name, n=rng.randint(0, 999999)))}</div>'
        "</body></html>"
    )


def paras_html(paragraphs: Iterable[str]) -> str:
    return "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)


def text_page(title: str, paragraphs: Iterable[str], rng: random.Random, *, header: Sequence[str] = ()) -> str:
    """A plain-text copy: optional header lines, title, a date line, paragraphs."""
    lines = [*header, title, f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}  来源：网络", ""]
    indent = rng.choice(("", "  ", "\u3000\u3000"))
    sep = rng.choice(("\n", "\n\n"))
    return "\n".join(lines) + sep.join(indent + p for p in paragraphs) + "\n"


def simple_copy(art: Article, rng: random.Random, ctx: Context, paragraphs: Sequence[str] | None = None,
                title: str | None = None, *, charset: str | None = "utf-8", text_share: float = 0.0) -> Page:
    """A copy in a portal layout (or, with probability ``text_share``, as plain text), UTF-8."""
    name, host = site(rng)
    paragraphs = art.paragraphs if paragraphs is None else paragraphs
    title = art.title if title is None else title
    if rng.random() < text_share:
        return Page(text_page(title, paragraphs, rng).encode("utf-8"), "txt", page_url(host, rng))
    page = div_page(title, paras_html(paragraphs), rng, ctx, charset=charset, name=name)
    return Page(page.encode("utf-8"), "html", page_url(host, rng))


# =============================================================================================
# Context: the articles of one split
# =============================================================================================
@dataclass
class Context:
    """What suspect builders draw from: protected articles and clean filler of one split."""

    split: str
    seed: int
    protected: list[Article]
    clean: list[Article]  # unprotected, sharing no EXCLUDE_NGRAM-gram with a protected article
    forms: dict[str, dict[str, object]] = field(default_factory=dict)  # key -> tune-half notice form printed with it
    notices: dict[str, dict[str, object]] = field(default_factory=dict)  # key -> tune-half notice text printed under it
    _orders: dict[str, list[Article]] = field(default_factory=dict)

    def pick(self, kind: str, i: int, eligible: Callable[[Article], bool] | None = None) -> Article:
        """The ``i``-th source of ``kind``: a per-kind shuffled cycle over eligible articles."""
        if kind not in self._orders:
            arts = [a for a in self.protected if eligible is None or eligible(a)]
            if not arts:
                raise SystemExit(f"no protected article in the {self.split} split is eligible for {kind}")
            random.Random(f"{self.seed}/order/{kind}/{self.split}").shuffle(arts)
            self._orders[kind] = arts
        arts = self._orders[kind]
        return arts[i % len(arts)]

    def headlines(self, rng: random.Random, n: int) -> list[str]:
        return [a.title for a in rng.sample(self.clean, min(n, len(self.clean)))]

    def filler(self, rng: random.Random, nbytes: int) -> list[Article]:
        """Clean articles, drawn at random (repeating if needed), until ``nbytes`` of UTF-8 text."""
        out, size = [], 0
        while size < nbytes:
            a = rng.choice(self.clean)
            out.append(a)
            size += len("\n".join((a.title, *a.paragraphs)).encode("utf-8")) + 2
        return out

    def clean_sentences(self, rng: random.Random, n: int, lo: int = 10, hi: int = 80) -> list[str]:
        out: list[str] = []
        while len(out) < n:
            a = rng.choice(self.clean)
            out.extend(s for s in sentences(rng.choice(a.paragraphs)) if lo <= len(s) <= hi)
        return out[:n]


# =============================================================================================
# Text transforms (fixed parameters)
# =============================================================================================
SYNONYMS = {
    "表示": "表明", "指出": "提出", "今天": "今日", "目前": "当前", "已经": "已", "进一步": "更进一步",
    "重要": "关键", "认为": "觉得", "许多": "不少", "非常": "十分", "但是": "不过", "因此": "所以",
    "开始": "着手", "加强": "强化", "提高": "提升", "增加": "增长", "举行": "举办", "强调": "着重指出",
    "希望": "期望", "积极": "踊跃", "继续": "持续", "获得": "取得", "情况": "状况", "主要": "首要",
    "群众": "民众", "日前": "近日", "采取": "采用", "迅速": "快速", "稳定": "平稳", "巨大": "极大",
    "显著": "明显", "充分": "完全", "努力": "尽力", "帮助": "协助", "参加": "参与", "了解": "知晓",
    "必须": "务必", "应该": "应当", "地区": "区域", "工作": "事务", "问题": "难题", "成绩": "成果",
}
SYNONYM_RE = re.compile("|".join(sorted(SYNONYMS, key=len, reverse=True)))
LIGHT_SWAP_P, LIGHT_DROP = 0.5, 0.10
HEAVY_SWAP_P, HEAVY_DROP, HEAVY_ADD = 0.8, 0.30, 0.20
ADDED_SENTENCES = (
    "业内人士认为，这一做法值得各地借鉴。",
    "不少网友表示，这样的消息让人倍感振奋。",
    "专家指出，相关工作仍需持续推进，久久为功。",
    "据了解，类似的举措此前已在多地试点。",
    "对此，有评论认为，关键在于抓好落实。",
    "记者在采访中注意到，群众对此普遍表示欢迎。",
    "分析人士指出，未来一段时间内仍面临不少挑战。",
    "有关负责人表示，下一步将进一步完善配套措施。",
    "这一消息一经发布，便在社会上引起热烈反响。",
    "可以预见，随着各项措施落地，成效将逐步显现。",
)
EDITOR_INTROS = (
    "编者按：{title}。这条消息发布后引起了读者的广泛关注，本文整理了相关报道的主要内容，以飨读者。",
    "【导读】近日，“{title}”一事备受关注。以下是详细报道，一起来看看吧。",
    "小编按：今天为大家带来一则新闻——{title}。全文如下，欢迎在评论区留言讨论。",
)


def swap_synonyms(text: str, rng: random.Random, p: float) -> str:
    return SYNONYM_RE.sub(lambda m: SYNONYMS[m.group(0)] if rng.random() < p else m.group(0), text)


def drop_sentences(paragraphs: Sequence[str], rng: random.Random, share: float) -> tuple[list[list[str]], float]:
    """Paragraphs as sentence lists with ``round(share * n)`` (at least one) sentences removed.

    Only sentences up to twice the mean sentence length are dropped, so that "10 % of the
    sentences" stays close to 10 % of the text. Returns the kept sentences and the share of
    characters dropped.
    """
    sents = [sentences(p) for p in paragraphs]
    flat = [(i, j) for i, ss in enumerate(sents) for j in range(len(ss))]
    total = sum(len(s) for ss in sents for s in ss)
    short = [(i, j) for i, j in flat if len(sents[i][j]) <= 2 * total / len(flat)]
    k = min(len(short), max(1, round(share * len(flat))))
    gone = set(rng.sample(short, k))
    kept = [[s for j, s in enumerate(ss) if (i, j) not in gone] for i, ss in enumerate(sents)]
    return kept, sum(len(sents[i][j]) for i, j in gone) / total


def n_sentences(a: Article) -> int:
    return sum(len(sentences(p)) for p in a.paragraphs)


MIN_EDIT_SENTENCES = 8  # edited copies are made from articles of at least this many sentences


def to_fullwidth_toggle(text: str, rng: random.Random, p: float = 0.5) -> str:
    """Flip the width of each ASCII/full-width letter or digit with probability ``p``."""
    out = []
    for ch in text:
        o = ord(ch)
        if ch.isascii() and ch.isalnum() and rng.random() < p:
            out.append(chr(o + 0xFEE0))
        elif 0xFF10 <= o <= 0xFF5A and chr(o - 0xFEE0).isalnum() and rng.random() < p:
            out.append(chr(o - 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")
ZERO_WIDTH_P = 0.3
DECORATIONS = ("★", "☆", "♥", "❤", "✿", "❀", "◆", "◇", "※", "☞", "✔", "♪", "〓", "▲")
DECORATION_P = 0.7
CLAUSE_END = "，。；！？、："


def add_zero_width(text: str, rng: random.Random) -> str:
    return "".join(ch + (rng.choice(ZERO_WIDTH) if rng.random() < ZERO_WIDTH_P else "") for ch in text)


def add_decorations(text: str, rng: random.Random) -> str:
    out = []
    for ch in text:
        out.append(ch)
        if ch in CLAUSE_END and rng.random() < DECORATION_P:
            out.append("".join(rng.choice(DECORATIONS) for _ in range(rng.randint(1, 3))))
    return "".join(out)


def _pinyin_runs(text: str) -> list[tuple[str, list[str] | None]]:
    """``(run, readings)`` pieces; readings (one per character, with tone marks) for Han runs."""
    from pypinyin import Style, lazy_pinyin

    out: list[tuple[str, list[str] | None]] = []
    for run in HAN_RUN.split(text):
        if not run:
            continue
        if HAN.match(run):
            ys = lazy_pinyin(run, style=Style.TONE)
            if len(ys) != len(run):
                ys = [lazy_pinyin(c, style=Style.TONE)[0] for c in run]
            out.append((run, ys))
        else:
            out.append((run, None))
    return out


def add_pinyin(text: str, rng: random.Random, ratio: float, parens: tuple[str, str]) -> str:
    """Put the reading after ``ratio`` of the Han characters: 发(fā)展."""
    out = []
    for run, ys in _pinyin_runs(text):
        if ys is None:
            out.append(run)
            continue
        for ch, y in zip(run, ys):
            out.append(ch + (f"{parens[0]}{y}{parens[1]}" if rng.random() < ratio else ""))
    return "".join(out)


def add_ruby(text: str, rng: random.Random, ratio: float, with_rp: bool) -> str:
    """HTML with ``<ruby>发<rt>fā</rt></ruby>`` on ``ratio`` of the Han characters."""
    out = []
    for run, ys in _pinyin_runs(text):
        if ys is None:
            out.append(html.escape(run))
            continue
        for ch, y in zip(run, ys):
            if rng.random() < ratio:
                rt = f"<rp>(</rp><rt>{y}</rt><rp>)</rp>" if with_rp else f"<rt>{y}</rt>"
                out.append(f"<ruby>{ch}{rt}</ruby>")
            else:
                out.append(ch)
    return "".join(out)


def encodable(text: str, codec: str) -> tuple[str, int]:
    """``text`` without the characters ``codec`` cannot encode, and how many were dropped."""
    out, dropped = [], 0
    for ch in text:
        try:
            ch.encode(codec)
            out.append(ch)
        except UnicodeEncodeError:
            dropped += 1
    return "".join(out), dropped


def zh(text: str, locale: str) -> str:
    import zhconv

    return zhconv.convert(text, locale)


# =============================================================================================
# Suspect kinds: one function each, (ctx, rng, i) -> (Page, sources)
# =============================================================================================
Built = tuple[Page, tuple[str, ...]]


def kind_layout_div(ctx: Context, rng: random.Random, i: int) -> Built:
    """Verbatim copy in a portal layout with nav, breadcrumb, related list and sidebar."""
    art = ctx.pick("layout_div", i)
    return simple_copy(art, rng, ctx), (art.key,)


def kind_layout_table(ctx: Context, rng: random.Random, i: int) -> Built:
    """Verbatim copy in an old table layout: ``<br>`` lines, ``&nbsp;`` indents, ``<font>``."""
    art = ctx.pick("layout_table", i)
    name, host = site(rng)
    heads = ctx.headlines(rng, 12)
    indent = "&nbsp;" * rng.choice((2, 4, 6))
    body = "<br><br>\n".join(indent + html.escape(p) for p in art.paragraphs)
    side = "".join(f'<tr><td><a href="/n/{k}.htm">·{html.escape(t)}</a></td></tr>' for k, t in enumerate(heads))
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f"<title>{html.escape(art.title)}</title></head><body bgcolor=#ffffff>"
        f'<table width=760 align=center border=0><tr><td colspan=2><img src="/img/logo.gif"> {name} | '
        + " | ".join(f'<a href="/{k}/">{n}</a>' for k, n in enumerate(NAV[:8]))
        + "</td></tr><tr><td width=180 valign=top><table width=100%>"
        f"<tr><td><b>新闻排行</b></td></tr>{side}</table></td><td valign=top><table width=100%>"
        f"<tr><td align=center><font size=4><b>{html.escape(art.title)}</b></font></td></tr>"
        f"<tr><td align=center><font size=2 color=#666666>发布时间：200{rng.randint(0, 9)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
        "&nbsp;&nbsp;来源：本站</font></td></tr>"
        f"<tr><td class=text><font size=3>{body}</font></td></tr></table></td></tr>"
        f"<tr><td colspan=2 align=center><font size=2>{html.escape(FOOTER.format(site=name, n=rng.randint(0, 999999)))}"
        "</font></td></tr></table></body></html>"
    )
    return Page(page.encode("utf-8"), "html", page_url(host, rng)), (art.key,)


COMMENT_SHORT = ("顶！", "说得好。", "支持一下。", "路过，看看。", "好文章，转走了。", "沙发！", "学习了。")


def kind_layout_comments(ctx: Context, rng: random.Random, i: int) -> Built:
    """Verbatim copy followed by a comment section longer than the article (≥ 1.3×, Han)."""
    art = ctx.pick("layout_comments", i)
    need = int(1.3 * art.body_han)
    comments, got = [], 0
    while got < need:
        text = "".join(ctx.clean_sentences(rng, rng.randint(1, 2)))
        if rng.random() < 0.3:
            text = rng.choice(COMMENT_SHORT) + text
        got += han_count(text)
        comments.append(
            f'<div class="comment"><span class="user">网友{rng.randint(1000, 99999)}</span>'
            f'<span class="time">2024-0{rng.randint(1, 9)}-{rng.randint(10, 28)}</span>'
            f'<p>{html.escape(text)}</p><a class="reply">回复</a> <a class="up">赞({rng.randint(0, 300)})</a></div>'
        )
    after = f'<div class="comments" id="comments"><h3>网友评论（{len(comments)}条）</h3>{"".join(comments)}</div>'
    name, host = site(rng)
    page = div_page(art.title, paras_html(art.paragraphs), rng, ctx, after_html=after, name=name)
    return Page(page.encode("utf-8"), "html", page_url(host, rng), {"comment_han": got}), (art.key,)


SPAM_LINES = (
    "【广告】日赚500元，在家轻松做兼职，加微信：abc12345了解详情！",
    "热门搜索：最新新闻 今日头条 国内新闻 国际新闻 社会新闻 娱乐新闻 体育新闻 财经新闻 科技新闻",
    "★★★ 点击进入 >>> 免费领取新人红包 ★★★",
    "本站所有文章均来自网络，如有侵权请联系删除。",
    "关注公众号“每日热点”，获取更多精彩内容！",
    "友情链接：新闻网 | 资讯站 | 头条网 | 热点网 | 生活网",
    "限时特惠！正品手表一折起，货到付款，咨询QQ：800123456",
    "下载APP，看新闻领现金，提现秒到账！",
)


def kind_layout_spam(ctx: Context, rng: random.Random, i: int) -> Built:
    """Verbatim copy under 5-12 lines of spam (ads, keyword stuffing); HTML or plain text."""
    art = ctx.pick("layout_spam", i)
    spam = [rng.choice(SPAM_LINES) for _ in range(rng.randint(5, 12))]
    name, host = site(rng)
    if rng.random() < 0.5:
        return Page(text_page(art.title, art.paragraphs, rng, header=spam).encode("utf-8"), "txt",
                    page_url(host, rng)), (art.key,)
    before = '<div class="spam">' + "".join(f"<p><a href=\"/ad/{k}\">{html.escape(s)}</a></p>" for k, s in enumerate(spam)) + "</div>"
    page = div_page(art.title, paras_html(art.paragraphs), rng, ctx, before_html=before, name=name)
    return Page(page.encode("utf-8"), "html", page_url(host, rng)), (art.key,)


def _encoded_copy(ctx: Context, rng: random.Random, art: Article, title: str, paragraphs: Sequence[str],
                  codec: str, declared: str | None, *, bom: bool = False) -> Page:
    """A portal-layout copy encoded with ``codec``, declaring ``declared`` (or nothing)."""
    name, host = site(rng)
    page = div_page(title, paras_html(paragraphs), rng, ctx, charset=declared, name=name)
    page, dropped = encodable(page, codec)
    data = page.encode(codec)
    if bom:
        data = b"\xef\xbb\xbf" + data
    return Page(data, "html", page_url(host, rng), {"codec": codec, "declared": declared, "bom": bom, "dropped": dropped})


def kind_enc_utf8(ctx: Context, rng: random.Random, i: int) -> Built:
    """UTF-8, declared in a meta tag, undeclared, or with a BOM (in turn)."""
    art = ctx.pick("enc_utf8", i)
    mode = i % 3
    return _encoded_copy(ctx, rng, art, art.title, art.paragraphs, "utf-8", "utf-8" if mode == 0 else None,
                         bom=mode == 2), (art.key,)


def kind_enc_gbk_undeclared(ctx: Context, rng: random.Random, i: int) -> Built:
    """GBK with no charset declaration: HTML, or a plain-text file (in turn)."""
    art = ctx.pick("enc_gbk_undeclared", i)
    if i % 2:
        text, dropped = encodable(text_page(art.title, art.paragraphs, rng), "gbk")
        _, host = site(rng)
        return Page(text.encode("gbk"), "txt", page_url(host, rng), {"codec": "gbk", "dropped": dropped}), (art.key,)
    return _encoded_copy(ctx, rng, art, art.title, art.paragraphs, "gbk", None), (art.key,)


def kind_enc_gb18030_misdeclared(ctx: Context, rng: random.Random, i: int) -> Built:
    """GB18030 bytes under a wrong declaration: ``utf-8`` or ``iso-8859-1`` (in turn)."""
    art = ctx.pick("enc_gb18030_misdeclared", i)
    declared = ("utf-8", "iso-8859-1")[i % 2]
    return _encoded_copy(ctx, rng, art, art.title, art.paragraphs, "gb18030", declared), (art.key,)


def kind_enc_big5(ctx: Context, rng: random.Random, i: int) -> Built:
    """Taiwan-phrase Traditional (zhconv ``zh-tw``) in cp950, declared ``big5`` or undeclared;
    characters cp950 cannot encode are dropped (counted in ``dropped``)."""
    art = ctx.pick("enc_big5", i)
    paras = [zh(p, "zh-tw") for p in art.paragraphs]
    return _encoded_copy(ctx, rng, art, zh(art.title, "zh-tw"), paras, "cp950", "big5" if i % 2 == 0 else None), (art.key,)


def kind_trad_hant(ctx: Context, rng: random.Random, i: int) -> Built:
    """Character-level Traditional (zhconv ``zh-hant``), UTF-8."""
    art = ctx.pick("trad_hant", i)
    return simple_copy(art, rng, ctx, [zh(p, "zh-hant") for p in art.paragraphs], zh(art.title, "zh-hant"),
                       text_share=0.3), (art.key,)


def kind_trad_tw(ctx: Context, rng: random.Random, i: int) -> Built:
    """Taiwan phrase-level Traditional (zhconv ``zh-tw``: 软件→軟體, 网络→網路), UTF-8."""
    art = ctx.pick("trad_tw", i)
    return simple_copy(art, rng, ctx, [zh(p, "zh-tw") for p in art.paragraphs], zh(art.title, "zh-tw"),
                       text_share=0.3), (art.key,)


PINYIN_RATIO = (0.10, 0.40)


def kind_pinyin_paren(ctx: Context, rng: random.Random, i: int) -> Built:
    """Pinyin with tone marks in parentheses after 10-40 % of the Han characters: 发(fā)展.

    Half the cases are on zh-hant text (發(fā)展), parentheses half ASCII, half full-width.
    """
    art = ctx.pick("pinyin_paren", i)
    ratio = rng.uniform(*PINYIN_RATIO)
    parens = ("(", ")") if rng.random() < 0.5 else ("（", "）")
    trad = rng.random() < 0.5
    conv = (lambda t: zh(t, "zh-hant")) if trad else (lambda t: t)
    paras = [add_pinyin(conv(p), rng, ratio, parens) for p in art.paragraphs]
    page = simple_copy(art, rng, ctx, paras, conv(art.title), text_share=0.5)
    return Page(page.data, page.fmt, page.url, {"ratio": round(ratio, 3), "traditional": trad}), (art.key,)


def kind_pinyin_ruby(ctx: Context, rng: random.Random, i: int) -> Built:
    """``<ruby>发<rt>fā</rt></ruby>`` on 10-40 % of the Han characters (half with ``<rp>``)."""
    art = ctx.pick("pinyin_ruby", i)
    ratio = rng.uniform(*PINYIN_RATIO)
    with_rp = rng.random() < 0.5
    body = "\n".join(f"<p>{add_ruby(p, rng, ratio, with_rp)}</p>" for p in art.paragraphs)
    name, host = site(rng)
    page = div_page(art.title, body, rng, ctx, name=name)
    return Page(page.encode("utf-8"), "html", page_url(host, rng), {"ratio": round(ratio, 3), "rp": with_rp}), (art.key,)


def kind_noise_zero_width(ctx: Context, rng: random.Random, i: int) -> Built:
    """Zero-width characters (ZWSP, ZWNJ, ZWJ, WJ, BOM) after 30 % of the characters."""
    art = ctx.pick("noise_zero_width", i)
    return simple_copy(art, rng, ctx, [add_zero_width(p, rng) for p in art.paragraphs], text_share=0.5), (art.key,)


def kind_noise_decorative(ctx: Context, rng: random.Random, i: int) -> Built:
    """1-3 decorative symbols (★♥✿※…) after 70 % of the clause marks."""
    art = ctx.pick("noise_decorative", i)
    return simple_copy(art, rng, ctx, [add_decorations(p, rng) for p in art.paragraphs], text_share=0.5), (art.key,)


def kind_noise_fullwidth(ctx: Context, rng: random.Random, i: int) -> Built:
    """Half of the letters and digits flipped between full and half width (both ways)."""
    art = ctx.pick("noise_fullwidth", i)
    return simple_copy(art, rng, ctx, [to_fullwidth_toggle(p, rng) for p in art.paragraphs],
                       to_fullwidth_toggle(art.title, rng), text_share=0.5), (art.key,)


def kind_shuffle(ctx: Context, rng: random.Random, i: int) -> Built:
    """Paragraphs in a random non-identity order (sentences, for one-paragraph articles)."""
    art = ctx.pick("shuffle", i)
    units = list(art.paragraphs) if len(art.paragraphs) >= 2 else sentences(art.paragraphs[0])
    order = list(range(len(units)))
    while len(order) > 1 and order == sorted(order):
        rng.shuffle(order)
    paras = [units[k] for k in order] if len(art.paragraphs) >= 2 else ["".join(units[k] for k in order)]
    return simple_copy(art, rng, ctx, paras, text_share=0.3), (art.key,)


def kind_edit_light(ctx: Context, rng: random.Random, i: int) -> Built:
    """Synonym swaps (each listed word with p = 0.5) and 10 % of the sentences dropped."""
    art = ctx.pick("edit_light", i, lambda a: n_sentences(a) >= MIN_EDIT_SENTENCES)
    kept, dropped = drop_sentences(art.paragraphs, rng, LIGHT_DROP)
    paras = [swap_synonyms("".join(ss), rng, LIGHT_SWAP_P) for ss in kept if ss]
    page = simple_copy(art, rng, ctx, paras, text_share=0.3)
    share = edited_share("\n".join(art.paragraphs), "\n".join(paras))
    return Page(page.data, page.fmt, page.url, {"dropped_chars": round(dropped, 3), "edited_char_share": round(share, 4),
                                                "expected": share_label(share)}), (art.key,)


def kind_edit_heavy(ctx: Context, rng: random.Random, i: int) -> Built:
    """Synonym swaps (p = 0.8), 30 % of the sentences dropped, 20 % new sentences added at
    random places, and an editor's introduction."""
    art = ctx.pick("edit_heavy", i, lambda a: n_sentences(a) >= MIN_EDIT_SENTENCES)
    kept, dropped = drop_sentences(art.paragraphs, rng, HEAVY_DROP)
    n_add = max(1, round(HEAVY_ADD * n_sentences(art)))
    for _ in range(n_add):
        ss = rng.choice([ss for ss in kept if ss] or kept)
        ss.insert(rng.randint(0, len(ss)), rng.choice(ADDED_SENTENCES))
    paras = [swap_synonyms("".join(ss), rng, HEAVY_SWAP_P) for ss in kept if ss]
    intro = rng.choice(EDITOR_INTROS).format(title=art.title)
    page = simple_copy(art, rng, ctx, [intro, *paras], text_share=0.3)
    return Page(page.data, page.fmt, page.url, {"dropped_chars": round(dropped, 3), "added_sentences": n_add}), (art.key,)


def _one_paragraph(a: Article) -> list[int]:
    return [k for k, p in enumerate(a.paragraphs)
            if han_count(p) >= EXCERPT_MIN_HAN and han_count(p) <= EXCERPT_MAX_SHARE * a.body_han]


def _multi_paragraph(a: Article) -> list[tuple[int, int]]:
    out = []
    for n in (2, 3):
        for k in range(len(a.paragraphs) - n + 1):
            h = sum(han_count(p) for p in a.paragraphs[k : k + n])
            if h >= EXCERPT_MIN_HAN and h <= EXCERPT_MAX_SHARE * a.body_han:
                out.append((k, n))
    return out


def _news_page(ctx: Context, rng: random.Random, items: list[tuple[str, list[str]]], fmt: str) -> Page:
    """A long page of news items ``(headline, paragraphs)``: HTML sections or plain text."""
    name, host = site(rng)
    if fmt == "txt":
        text = f"{name}·新闻汇编\n\n" + "\n\n".join(f"{t}\n" + "\n".join(ps) for t, ps in items) + "\n"
        return Page(text.encode("utf-8"), "txt", page_url(host, rng))
    body = "\n".join(f"<h2>{html.escape(t)}</h2>\n{paras_html(ps)}" for t, ps in items)
    page = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>新闻汇编_{name}</title></head><body>'
        f'<div class="nav">{" ".join(NAV)}</div><article><h1>{name}·一周新闻汇编</h1>\n{body}\n</article>'
        f'<div class="footer">{html.escape(FOOTER.format(site=name, n=rng.randint(0, 999999)))}</div></body></html>'
    )
    return Page(page.encode("utf-8"), "html", page_url(host, rng))


def _excerpt_page(ctx: Context, rng: random.Random, excerpt: list[str], nbytes: int, *, at_end: bool,
                  fmt: str) -> tuple[Page, int]:
    items = [(a.title, list(a.paragraphs)) for a in ctx.filler(rng, nbytes)]
    if at_end:
        items[-1][1].extend(excerpt)
        where = len(items) - 1
    else:
        where = rng.randrange(len(items))
        t, ps = items[where]
        k = rng.randint(0, len(ps))
        items[where] = (t, ps[:k] + excerpt + ps[k:])
    return _news_page(ctx, rng, items, fmt), where


def kind_excerpt_one(ctx: Context, rng: random.Random, i: int) -> Built:
    """One paragraph (≥ 100 Han characters, ≤ 30 % of its article) at a random place in a page
    of ≥ 20 KB of unprotected news (HTML or text)."""
    art = ctx.pick("excerpt_one", i, lambda a: bool(_one_paragraph(a)))
    k = rng.choice(_one_paragraph(art))
    page, where = _excerpt_page(ctx, rng, [art.paragraphs[k]], EXCERPT_PAGE_BYTES, at_end=False,
                                fmt=rng.choice(("html", "txt")))
    return Page(page.data, page.fmt, page.url, {"paragraph": k, "item": where}), (art.key,)


def kind_excerpt_multi(ctx: Context, rng: random.Random, i: int) -> Built:
    """Two or three consecutive paragraphs (together ≥ 100 Han, ≤ 30 % of the article) at a
    random place in a page of ≥ 20 KB of unprotected news."""
    art = ctx.pick("excerpt_multi", i, lambda a: bool(_multi_paragraph(a)))
    k, n = rng.choice(_multi_paragraph(art))
    page, where = _excerpt_page(ctx, rng, list(art.paragraphs[k : k + n]), EXCERPT_PAGE_BYTES, at_end=False,
                                fmt=rng.choice(("html", "txt")))
    return Page(page.data, page.fmt, page.url, {"paragraphs": n, "item": where}), (art.key,)


def kind_excerpt_end_1mb(ctx: Context, rng: random.Random, i: int) -> Built:
    """One paragraph at the very end of a 1 MB plain-text page of unprotected news."""
    art = ctx.pick("excerpt_end_1mb", i, lambda a: bool(_one_paragraph(a)))
    k = rng.choice(_one_paragraph(art))
    page, _ = _excerpt_page(ctx, rng, [art.paragraphs[k]], LARGE_PAGE_BYTES, at_end=True, fmt=("txt", "html")[i % 2])
    return Page(page.data, page.fmt, page.url, {"paragraph": k, "bytes": len(page.data)}), (art.key,)


ROUNDUP_LINKS = ("另据报道，", "与此同时，", "此外，", "再来看一则消息。")


def kind_roundup(ctx: Context, rng: random.Random, i: int) -> Built:
    """A news roundup quoting one paragraph (as in :func:`kind_excerpt_one`) from each of three
    protected articles, between unprotected items."""
    arts: list[Article] = []
    j = 3 * i
    while len(arts) < 3:
        a = ctx.pick("roundup", j, lambda a: bool(_one_paragraph(a)))
        j += 1
        if a.key not in {b.key for b in arts}:
            arts.append(a)
    items = [(a.title, list(a.paragraphs)) for a in ctx.filler(rng, 6000)]
    for a in arts:
        k = rng.choice(_one_paragraph(a))
        items.insert(rng.randint(0, len(items)), (a.title, [rng.choice(ROUNDUP_LINKS) + a.paragraphs[k]]))
    return _news_page(ctx, rng, items, rng.choice(("html", "txt"))), tuple(a.key for a in arts)


# --- issue 11: kinds written from generator B's public kind list (never from its code) -------
# Generator B's kinds are public (bench/generator_b_README.md and its docstrings): inline pinyin
# in brackets with tone marks or numbers, edit rates of 5/10/15/20 % of the characters labelled
# "≤ 5 % edited → reprint, ≥ 10 % → edited", single-paragraph (≥ 60 Han) and 2-3 sentence
# excerpts inside other pages, notices under unrelated text, a second Traditional converter.
# The kinds below cover that variety with generator A's own code, on generator A's splits.
PINYIN_BRACKETS = (("(", ")"), ("（", "）"), ("[", "]"), ("［", "］"), ("【", "】"), ("〔", "〕"), ("{", "}"), ("〖", "〗"),
                   ("〈", "〉"), ("《", "》"), ("「", "」"), ("<", ">"))
SYLLABLE_JOINS = ("", " ", "·", "-")


def _readings(run: str, numbers: bool | None, five: bool = False) -> list[str]:
    from pypinyin import Style, lazy_pinyin

    style = Style.NORMAL if numbers is None else Style.TONE3 if numbers else Style.TONE
    ys = lazy_pinyin(run, style=style, neutral_tone_with_five=five)
    if len(ys) != len(run):
        ys = [lazy_pinyin(c, style=style, neutral_tone_with_five=five)[0] for c in run]
    return ys


def add_pinyin_styled(text: str, rng: random.Random, ratio: float, *, numbers: bool | None, brackets: tuple[str, str],
                      before: bool, space: str, per_word: bool, join: str = "", five: bool = False) -> str:
    """Readings of ``ratio`` of the Han characters (or two-character words) in ``brackets``,
    after (or before) them, with ``space`` between the characters and the bracket."""
    out = []
    for run in HAN_RUN.split(text):
        if not run:
            continue
        if not HAN.match(run):
            out.append(run)
            continue
        ys = _readings(run, numbers, five)
        step = 2 if per_word else 1
        for k in range(0, len(run), step):
            chars, rd = run[k : k + step], ys[k : k + step]
            if rng.random() < ratio:
                note = f"{brackets[0]}{join.join(rd)}{brackets[1]}"
                out.append(f"{note}{space}{chars}" if before else f"{chars}{space}{note}")
            else:
                out.append(chars)
    return "".join(out)


def kind_pinyin_styles(ctx: Context, rng: random.Random, i: int) -> Built:
    """Inline pinyin in many styles on 5-50 % of the Han characters: tone marks or tone
    numbers (fa1, neutral tone bare or 5) or no tones at all, twelve bracket pairs (ASCII, full-width, 【】〔〕〖〗,
    〈〉《》「」, {}, <>), with or without a space, after or before the character, per character
    or per two-character word (syllables joined bare, by a space, a middle dot or a hyphen);
    a third on zh-hant text."""
    art = ctx.pick("pinyin_styles", i)
    ratio = rng.uniform(0.05, 0.5)
    numbers = rng.choice((True, True, False, False, None))  # tone numbers, tone marks, no tones
    opts = dict(numbers=numbers, brackets=rng.choice(PINYIN_BRACKETS), before=rng.random() < 0.25,
                space=rng.choice(("", "", " ")), per_word=rng.random() < 0.25, join=rng.choice(SYLLABLE_JOINS),
                five=numbers and rng.random() < 0.5)
    trad = rng.random() < 0.33
    conv = (lambda t: zh(t, "zh-hant")) if trad else (lambda t: t)
    paras = [add_pinyin_styled(conv(p), rng, ratio, **opts) for p in art.paragraphs]  # type: ignore[arg-type]
    page = simple_copy(art, rng, ctx, paras, conv(art.title), text_share=0.5)
    params = {"ratio": round(ratio, 3), "traditional": trad, **{k: (v if not isinstance(v, tuple) else "".join(v)) for k, v in opts.items()}}
    return Page(page.data, page.fmt, page.url, params), (art.key,)


def kind_trad_hanziconv(ctx: Context, rng: random.Random, i: int) -> Built:
    """Character-level Traditional from a converter not built on OpenCC's dictionaries:
    hanziconv (crude one-to-one: 了→瞭, 后→後 everywhere) or chinese-converter, in turn; the
    page title too; 「」 for “” in half of the cases."""
    art = ctx.pick("trad_hanziconv", i)
    if i % 2:
        import chinese_converter

        conv = chinese_converter.to_traditional
    else:
        from hanziconv import HanziConv

        conv = HanziConv.toTraditional
    quotes = rng.random() < 0.5

    def tr(t: str) -> str:
        t = conv(t)
        return t.replace("“", "「").replace("”", "」") if quotes else t

    page = simple_copy(art, rng, ctx, [tr(p) for p in art.paragraphs], tr(art.title), text_share=0.3)
    return Page(page.data, page.fmt, page.url, {"converter": ("hanziconv", "chinese-converter")[i % 2]}), (art.key,)


def kind_layout_wrapped(ctx: Context, rng: random.Random, i: int) -> Built:
    """Verbatim copy as a plain-text dump hard-wrapped at 30-44 columns (lines break inside
    sentences), with or without indents and blank lines between paragraphs."""
    art = ctx.pick("layout_wrapped", i)
    width = rng.randint(30, 44)
    indent = rng.choice(("", "\u3000\u3000", "  "))
    blank = rng.random() < 0.5
    lines = [art.title, ""]
    for p in art.paragraphs:
        t = indent + p
        lines.extend(t[k : k + width] for k in range(0, len(t), width))
        if blank:
            lines.append("")
    _, host = site(rng)
    return Page(("\n".join(lines) + "\n").encode("utf-8"), "txt", page_url(host, rng), {"width": width}), (art.key,)


def kind_notice_page_copy(ctx: Context, rng: random.Random, i: int) -> Built:
    """An article printed in an outlet's template (notice benchmark, tune half): the outlet's
    page re-hosted whole with the notice kept, or with the notice block deleted, or the
    article in a portal layout with the outlet's notice kept under it."""
    art = ctx.pick("notice_page_copy", i, lambda a: a.key in ctx.forms)
    form = ctx.forms[art.key]
    data, fmt = protect_page_form(art, form)
    notice = str(form["notice_text"])
    mode = i % 3
    _, host = site(rng)
    if mode == 2:
        page = simple_copy(art, rng, ctx, [*art.paragraphs, *notice.split("\n")], text_share=0.3)
        return Page(page.data, page.fmt, page.url, {"mode": "layout_notice_kept", "form": form["id"]}), (art.key,)
    text = data.decode("utf-8")
    if mode == 1:
        for line in notice.split("\n"):
            for variant in (html.escape(line, quote=False), html.escape(line), line):
                if variant and variant in text:
                    text = text.replace(variant, "", 1)
                    break
    return Page(text.encode("utf-8"), fmt, page_url(host, rng),
                {"mode": ("kept", "stripped")[mode], "form": form["id"]}), (art.key,)


# Edits: operators applied until the measured edited-character share reaches a goal.
FILLERS = ("据悉，", "值得一提的是，", "记者了解到，", "据介绍，", "另外，", "事实上，", "总的来看，", "与此同时，")
CN_DIGITS = "〇一二三四五六七八九"
DATELINE_RE = re.compile(r"(?:据)?(?:新华社|本报|中新社)[^，。：]{0,14}?[电讯](?:（[^）]{0,20}）)?[　 ]*")
def share_label(share: float) -> list[str]:
    """Expected verdicts of a copy by its measured edited-character share: the public rule
    "≤ 5 % edited → reprint, ≥ 10 % → edited"; between the two either is accepted."""
    if share <= 0.05:
        return ["reprint"]
    if share >= 0.10:
        return ["edited"]
    return ["reprint", "edited"]


EDIT_BINS = {  # kind -> (low, high) edited-character share, and the label the share earns
    "edit_rate_low": (0.01, 0.05),
    "edit_rate_10": (0.10, 0.13),
    "edit_rate_15": (0.13, 0.17),
    "edit_rate_20": (0.17, 0.24),
}


def edited_share(original: str, copy: str) -> float:
    """Share of ``original``'s characters edited in ``copy`` (0..1): Indel opcodes; between two
    equal blocks a run counts max(deleted, inserted). (The public definition of generator B's
    label, written here from its description.)"""
    from rapidfuzz.distance import Indel

    total, d, ins = 0, 0, 0
    for op in Indel.opcodes(original, copy):
        if op.tag == "equal":
            total += max(d, ins)
            d = ins = 0
        elif op.tag == "delete":
            d += op.src_end - op.src_start
        elif op.tag == "insert":
            ins += op.dest_end - op.dest_start
        else:
            d += op.src_end - op.src_start
            ins += op.dest_end - op.dest_start
    total += max(d, ins)
    return min(1.0, total / max(1, len(original)))


def _edit_once(sents: list[list[str]], rng: random.Random, ctx: Context, big: bool) -> str:
    """One random edit on paragraphs held as sentence lists (in place); returns its name."""
    flat = [(a, b) for a, ss in enumerate(sents) for b in range(len(ss))]
    a, b = rng.choice(flat)
    s = sents[a][b]
    op = rng.choice(("drop", "insert", "clauses", "drop", "insert", "dateline") if big else
                    ("synonym", "number", "punct", "filler", "clauses", "phrase"))
    if op == "dateline":
        # generator B's public kind list names a dateline strip: 新华社开罗１月５日电（记者某某）
        at = [k for k, ss in enumerate(sents) if ss and DATELINE_RE.match(ss[0])]
        if at:
            a = rng.choice(at)
            sents[a][0] = sents[a][0][DATELINE_RE.match(sents[a][0]).end():]
    elif op == "drop" and len(flat) > 4:
        sents[a].pop(b)
    elif op == "insert":
        sents[a].insert(b, ctx.clean_sentences(rng, 1)[0])
    elif op == "clauses":
        parts = s.rstrip("。！？").split("，")
        if len(parts) >= 3:
            k = rng.randrange(len(parts) - 1)
            parts[k], parts[k + 1] = parts[k + 1], parts[k]
            sents[a][b] = "，".join(parts) + s[len(s.rstrip("。！？")):]
    elif op == "synonym":
        sents[a][b] = swap_synonyms(s, rng, 1.0) if SYNONYM_RE.search(s) else s.replace("的", "之", 1)
    elif op == "number":
        sents[a][b] = re.sub(r"\d", lambda m: CN_DIGITS[int(m.group(0))], s, count=rng.randint(1, 4)) \
            if re.search(r"\d", s) else s.replace("，", "；", 1)
    elif op == "punct":
        sents[a][b] = s.replace("，", rng.choice(("；", "、", " ")), 1)
    elif op == "filler":
        sents[a][b] = rng.choice(FILLERS) + s
    elif op == "phrase" and len(s) > 12:
        k = rng.randrange(len(s) - 6)
        sents[a][b] = s[:k] + "".join(rng.choice(ctx.clean_sentences(rng, 1)[0][:6])) + s[k + rng.randint(2, 6):]
    return op


def edit_to_share(art: Article, rng: random.Random, ctx: Context, lo: float, hi: float) -> tuple[list[str], float, int, dict[str, int]]:
    """Paragraphs edited until the measured share lies in [lo, hi] (large operators while far
    from it, small ones near it); retried from the start when an edit overshoots."""
    original = "\n".join(art.paragraphs)
    goal = rng.uniform(lo, hi)
    for attempt in range(40):
        sents = [sentences(p) for p in art.paragraphs]
        share, steps = 0.0, 0
        ops: Counter[str] = Counter()
        while share < goal and steps < 400:
            ops[_edit_once(sents, rng, ctx, big=goal - share > 0.04)] += 1
            steps += 1
            share = edited_share(original, "\n".join("".join(ss) for ss in sents if ss))
        if lo <= share <= hi:
            return ["".join(ss) for ss in sents if ss], share, attempt, dict(ops)
    return ["".join(ss) for ss in sents if ss], share, attempt, dict(ops)


TITLE_REWORDS = ("{t}", "{t}（图）", "快讯：{t}", "{t}——最新消息", "重磅！{t}", "【关注】{t}")


def _edit_kind(name: str):
    def build(ctx: Context, rng: random.Random, i: int) -> Built:
        art = ctx.pick(name, i, lambda a: n_sentences(a) >= MIN_EDIT_SENTENCES)
        lo, hi = EDIT_BINS[name]
        paras, share, tries, ops = edit_to_share(art, rng, ctx, lo, hi)
        title = rng.choice(TITLE_REWORDS).format(t=art.title) if rng.random() < 0.5 else art.title
        page = simple_copy(art, rng, ctx, paras, title, text_share=0.3)
        params: dict[str, object] = {"edited_char_share": round(share, 4), "tries": tries, "ops": ops}
        if not lo <= share <= hi:
            # edit_to_share gave up (an inserted sentence overshot the bin on every try): the
            # copy is labelled by the share it has, not by the bin it missed.
            params["expected"] = share_label(share)
        return Page(page.data, page.fmt, page.url, params), (art.key,)

    build.__doc__ = (f"Edit operators (sentence drop/insert, clause swap, synonyms, numbers, punctuation, fillers, "
                     f"phrases) until the measured edited-character share is in [{EDIT_BINS[name][0]}, {EDIT_BINS[name][1]}].")
    return build


kind_edit_rate_low = _edit_kind("edit_rate_low")
kind_edit_rate_10 = _edit_kind("edit_rate_10")
kind_edit_rate_15 = _edit_kind("edit_rate_15")
kind_edit_rate_20 = _edit_kind("edit_rate_20")


SHORT_EXCERPT_MIN_HAN = 60


def _short_windows(a: Article) -> list[tuple[str, str]]:
    """Whole short excerpts of ``a`` (≥ 60 Han, ≤ 30 % of the article): single paragraphs, and
    2-3 consecutive sentences of one paragraph. ``(mode, text)``."""
    out = []
    cap = EXCERPT_MAX_SHARE * a.body_han
    for p in a.paragraphs:
        if SHORT_EXCERPT_MIN_HAN <= han_count(p) <= cap:
            out.append(("para", p))
        ss = sentences(p)
        for n in (2, 3):
            for k in range(len(ss) - n + 1):
                t = "".join(ss[k : k + n])
                if SHORT_EXCERPT_MIN_HAN <= han_count(t) <= cap and t != p:
                    out.append(("sentences", t))
    return out


COMMENTARY = ("看到这则消息，感慨良多。", "转一篇旧闻，大家看看。", "以下内容摘自报道：", "说几句题外话。",
              "今天整理资料时翻到这段，分享给各位。", "有网友留言说，这件事值得关注。")


def _short_excerpt_page(ctx: Context, rng: random.Random, texts: list[str]) -> Page:
    """Short excerpts placed in a long page: a blog/forum post of commentary and clean news
    paragraphs (HTML or text), or a roundup of whole clean articles; in quotes, a
    blockquote or bare."""
    filler = ctx.filler(rng, rng.choice((6_000, 15_000, 25_000)))
    paras = [p for a in filler for p in (a.title, *a.paragraphs)]
    for t in texts:
        style = rng.randrange(3)
        t = f"“{t}”" if style == 0 else t
        k = rng.randint(0, len(paras))
        paras[k:k] = [rng.choice(COMMENTARY), t]
    name, host = site(rng)
    if rng.random() < 0.4:
        return Page(text_page(f"{name}·博客", paras, rng).encode("utf-8"), "txt", page_url(host, rng))
    body = "\n".join(f"<blockquote>{html.escape(p)}</blockquote>" if p in texts and rng.random() < 0.5
                     else f"<p>{html.escape(p)}</p>" for p in paras)
    return Page(div_page("网友分享", body, rng, ctx, name=name).encode("utf-8"), "html", page_url(host, rng))


def kind_excerpt_short(ctx: Context, rng: random.Random, i: int) -> Built:
    """One short paragraph or 2-3 consecutive sentences (≥ 60 Han, ≤ 30 % of the article),
    bare, in quotes or a blockquote, inside a long blog, forum or news page."""
    art = ctx.pick("excerpt_short", i, lambda a: bool(_short_windows(a)))
    mode, text = rng.choice(_short_windows(art))
    page = _short_excerpt_page(ctx, rng, [text])
    return Page(page.data, page.fmt, page.url, {"mode": mode, "han": han_count(text)}), (art.key,)


def kind_excerpt_digest(ctx: Context, rng: random.Random, i: int) -> Built:
    """A digest with one short paragraph or 2-3 sentences (≥ 60 Han) from each of 2-3
    protected articles, among clean news (each source counted)."""
    n = rng.choice((2, 3))
    arts: list[Article] = []
    j = 3 * i
    while len(arts) < n:
        a = ctx.pick("excerpt_digest", j, lambda a: bool(_short_windows(a)))
        j += 1
        if a.key not in {b.key for b in arts}:
            arts.append(a)
    texts = [rng.choice(_short_windows(a))[1] for a in arts]
    page = _short_excerpt_page(ctx, rng, texts)
    return Page(page.data, page.fmt, page.url, {"sources": n, "han": [han_count(t) for t in texts]}), tuple(a.key for a in arts)


def kind_neg_notice_forms(ctx: Context, rng: random.Random, i: int) -> Built:
    """An unrelated clean article printed with a protected outlet's notice (tune-half form of an
    article of this split) and 来源 line under it, or a page holding only that notice."""
    form = rng.choice(sorted(ctx.forms.values(), key=lambda f: str(f["id"])))
    notice = str(form["notice_text"]).split("\n")
    outlet = str(form.get("outlet", ""))
    art = rng.choice(ctx.clean)
    if i % 3 == 2:
        paras = notice
        name, host = site(rng)
        page = div_page("版权声明", paras_html(paras), rng, ctx, name=name) if i % 2 else None
        if page is None:
            return Page(("\n".join(paras) + "\n").encode("utf-8"), "txt", page_url(host, rng), {"form": form["id"]}), ()
        return Page(page.encode("utf-8"), "html", page_url(host, rng), {"form": form["id"]}), ()
    paras = [*art.paragraphs, f"来源：{outlet}" if outlet else "来源：网络", *notice]
    page = simple_copy(art, rng, ctx, paras, text_share=0.4)
    return Page(page.data, page.fmt, page.url, {"form": form["id"]}), ()


def kind_neg_notice_credit(ctx: Context, rng: random.Random, i: int) -> Built:
    """An unrelated clean People's Daily article with the notice a protected article of this
    split prints under its text (a tune-half form's notice text, ``Context.notices``) and a
    来源 credit naming the outlet, as careless CMS templates print them: credit then notice,
    notice then credit, credit above the article, or both in the page footer."""
    key = sorted(ctx.notices)[i % len(ctx.notices)]
    form = ctx.notices[key]
    notice = [x for x in str(form["notice_text"]).split("\n") if x.strip()]
    outlet = rng.choice((PD_OUTLET, str(form.get("outlet") or PD_OUTLET)))
    credit = rng.choice((f"来源：{outlet}", f"（来源：{outlet}）", f"来源：{outlet}　编辑：{rng.choice(('王芳', '李强', '赵敏'))}"))
    art = rng.choice(ctx.clean)
    layout = i % 4
    if layout == 0:
        paras = [*art.paragraphs, credit, *notice]
    elif layout == 1:
        paras = [*art.paragraphs, *notice, credit]
    elif layout == 2:
        paras = [credit, *art.paragraphs, *notice]
    else:
        name, host = site(rng)
        body = paras_html(art.paragraphs) + f'<div class="source">{html.escape(credit)}</div><div class="statement">{paras_html(notice)}</div>'
        page = div_page(art.title, body, rng, ctx, name=name)
        return Page(page.encode("utf-8"), "html", page_url(host, rng), {"form": form["id"], "layout": layout}), ()
    page = simple_copy(art, rng, ctx, paras, text_share=0.4)
    return Page(page.data, page.fmt, page.url, {"form": form["id"], "layout": layout}), ()


# --- negatives -------------------------------------------------------------------------------
def kind_neg_article(ctx: Context, rng: random.Random, i: int) -> Built:
    """An unprotected article of the same paper and month, in a portal layout or as text."""
    art = ctx.clean[i % len(ctx.clean)]
    return simple_copy(art, rng, ctx, text_share=0.5), ()


def kind_neg_notice_wrap(ctx: Context, rng: random.Random, i: int) -> Built:
    """The protected outlet's 来源 line and notice above and below another (clean) text."""
    art = rng.choice(ctx.clean)
    notice = rng.choice(NOTICES)
    paras = [f"来源：{PD_OUTLET}", notice, *art.paragraphs, notice]
    return simple_copy(art, rng, ctx, paras, text_share=0.5), ()


def kind_neg_notice_only(ctx: Context, rng: random.Random, i: int) -> Built:
    """A page holding only the protected outlet's notice(s)."""
    paras = rng.sample(NOTICES, rng.randint(1, len(NOTICES)))
    name, host = site(rng)
    if i % 2:
        return Page(("版权声明\n\n" + "\n\n".join(paras) + "\n").encode("utf-8"), "txt", page_url(host, rng)), ()
    page = div_page("版权声明", paras_html(paras), rng, ctx, name=name)
    return Page(page.encode("utf-8"), "html", page_url(host, rng)), ()


QUOTE_FRAMES = ("正如报道所说：“{q}”", "有媒体写道：“{q}”", "据报道，“{q}”")


def kind_neg_short_quote(ctx: Context, rng: random.Random, i: int) -> Built:
    """One sentence of ≤ 40 characters from a protected article, quoted inside a clean text."""
    src = ctx.pick("neg_short_quote", i, lambda a: any(12 <= len(s) <= SHORT_QUOTE_MAX for p in a.paragraphs for s in sentences(p)))
    quote = rng.choice([s for p in src.paragraphs for s in sentences(p) if 12 <= len(s) <= SHORT_QUOTE_MAX])
    art = rng.choice([a for a in ctx.clean if len(a.paragraphs) >= 2] or ctx.clean)
    paras = list(art.paragraphs)
    k = rng.randint(0, len(paras))
    paras.insert(k, rng.choice(QUOTE_FRAMES).format(q=quote.rstrip("。！？!?")))
    page = simple_copy(art, rng, ctx, paras, text_share=0.5)
    return Page(page.data, page.fmt, page.url, {"quote_chars": len(quote), "quoted_from": src.key}), ()


EMPTY_PAGES = (b"", b"\n\n   \n", b"\xef\xbb\xbf", b"<html><body></body></html>",
               "<html><head><title>人民日报</title></head><body><div></div></body></html>".encode("utf-8"))


def kind_neg_empty(ctx: Context, rng: random.Random, i: int) -> Built:
    """Empty, whitespace-only or markup-only files (expected ``skipped``)."""
    data = EMPTY_PAGES[i % len(EMPTY_PAGES)]
    return Page(data, "html" if data.startswith(b"<") else "txt", None), ()


BINARY_HEADERS = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", b"PK\x03\x04\x14\x00",
                  b"\x1f\x8b\x08\x00", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 5000 /Filter /FlateDecode >>\nstream\n")


def kind_neg_binary(ctx: Context, rng: random.Random, i: int) -> Built:
    """Binary files (PNG, JPEG, ZIP, gzip, PDF stream): a header and random bytes (expected ``skipped``)."""
    data = BINARY_HEADERS[i % len(BINARY_HEADERS)] + rng.randbytes(rng.randint(2_000, 60_000))
    return Page(data, "bin", None), ()


def kind_neg_licensed(ctx: Context, rng: random.Random, i: int) -> Built:
    """A verbatim copy on the licensee's host (expected ``licensed``)."""
    art = ctx.pick("neg_licensed", i)
    page = simple_copy(art, rng, ctx)
    url = f"https://www.{LICENSEE}/content/{rng.randint(100000, 999999)}.html"
    return Page(page.data, page.fmt, url), (art.key,)


# --- registry --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Kind:
    """A suspect kind: table group, expected verdicts, recall target and builder."""

    name: str
    group: str
    expected: frozenset[str]
    build: Callable[[Context, random.Random, int], Built]
    target: float | None = None  # recall target (positives); FP target for negatives
    size: str = "standard"  # standard | large | negatives | fixed:<n>
    positive: bool = True


def _k(name: str, group: str, expected: str | Iterable[str], target: float | None = None, **kw: object) -> Kind:
    exp = frozenset((expected,) if isinstance(expected, str) else expected)
    return Kind(name, group, exp, globals()[f"kind_{name}"], target, **kw)  # type: ignore[arg-type]


KINDS: tuple[Kind, ...] = (
    _k("layout_div", "layout", "reprint", 0.99),
    _k("layout_table", "layout", "reprint", 0.99),
    _k("layout_comments", "layout", "reprint", 0.99),
    _k("layout_spam", "layout", "reprint", 0.99),
    _k("enc_utf8", "encoding", "reprint", 0.99),
    _k("enc_gbk_undeclared", "encoding", "reprint", 0.99),
    _k("enc_gb18030_misdeclared", "encoding", "reprint", 0.99),
    _k("enc_big5", "encoding", "reprint", 0.99),
    _k("trad_hant", "traditional", "reprint", 0.99),
    _k("trad_tw", "traditional", "reprint", 0.99),
    _k("pinyin_paren", "pinyin", "reprint", 0.99),
    _k("pinyin_ruby", "pinyin", "reprint", 0.99),
    _k("noise_zero_width", "noise", "reprint", 0.99),
    _k("noise_decorative", "noise", "reprint", 0.99),
    _k("noise_fullwidth", "noise", "reprint", 0.99),
    _k("shuffle", "shuffle", "reprint", 0.99),
    _k("edit_light", "edits", "edited", 0.97),
    _k("edit_heavy", "edits", "edited", 0.90),
    _k("excerpt_one", "excerpts", "excerpt", 0.97),
    _k("excerpt_multi", "excerpts", "excerpt", 0.97),
    _k("roundup", "excerpts", "excerpt", 0.97),
    _k("excerpt_end_1mb", "large pages", "excerpt", 0.97, size="large"),
    # issue 11: variety of generator B's public kind list, generator A's own code
    _k("layout_wrapped", "layout", "reprint", 0.99),
    _k("notice_page_copy", "notice", "reprint", 0.99),
    _k("trad_hanziconv", "traditional", "reprint", 0.99),
    _k("pinyin_styles", "pinyin", "reprint", 0.99),
    _k("edit_rate_low", "edits", "reprint", 0.99),
    _k("edit_rate_10", "edits", "edited", 0.99),
    _k("edit_rate_15", "edits", "edited", 0.99),
    _k("edit_rate_20", "edits", "edited", 0.99),
    _k("excerpt_short", "excerpts", "excerpt", 0.97),
    _k("excerpt_digest", "excerpts", "excerpt", 0.97),
    _k("neg_article", "negatives", "clean", 0.002, size="negatives", positive=False),
    _k("neg_notice_wrap", "negatives", "clean", 0.002, size="fixed:100", positive=False),
    _k("neg_notice_only", "negatives", ("clean", "skipped"), 0.0, size="fixed:30", positive=False),
    _k("neg_short_quote", "negatives", "clean", 0.0, size="fixed:150", positive=False),
    _k("neg_notice_forms", "negatives", ("clean", "skipped"), 0.0, size="fixed:150", positive=False),
    _k("neg_notice_credit", "negatives", "clean", 0.0, size="fixed:600", positive=False),
    _k("neg_empty", "negatives", "skipped", 0.0, size="fixed:10", positive=False),
    _k("neg_binary", "negatives", "skipped", 0.0, size="fixed:10", positive=False),
    _k("neg_licensed", "negatives", "licensed", 0.0, size="fixed:60", positive=False),
)
KIND_BY_NAME = {k.name: k for k in KINDS}


# =============================================================================================
# The corpus
# =============================================================================================
@dataclass
class Case:
    """One labelled input: a file to check and what the report should say about it."""

    id: str
    kind: str
    split: str
    sources: tuple[str, ...]  # keys of the protected articles it copies (empty for negatives)
    expected: frozenset[str]  # acceptable document verdicts
    fmt: str  # html | txt | bin
    url: str | None
    path: str  # generated file, inside the temporary directory
    size: int
    params: dict[str, object] = field(default_factory=dict)


@dataclass
class Corpus:
    protected: dict[str, tuple[Article, str]]  # key → (article, split)
    protect_inputs: dict[str, tuple[bytes, str, str | None]]  # key → (data, fmt, url)
    cases: list[Case]
    n_articles: int
    n_unprotected_candidates: int  # unprotected articles long enough to be negatives
    n_excluded: int  # ... of which shared a 20-gram with a protected article


def n_cases(kind: Kind, split: str, sizes: dict[str, float], n_clean: int) -> int:
    """How many cases of ``kind`` the split gets (``n_clean``: its clean unprotected articles)."""
    tune = split == "tune"
    if kind.size == "standard":
        return int(sizes["per_kind_tune" if tune else "per_kind"])
    if kind.size == "large":
        return int(sizes["large_tune" if tune else "large"])
    if kind.size == "negatives":
        return n_clean if sizes["neg_extra"] >= 1 else min(n_clean, 150 if not tune else 40)
    n = int(kind.size.split(":")[1])
    n = max(5, round(n * sizes["neg_extra"]))
    return max(2, round(n * TUNE_SHARE)) if tune else n


def build_corpus(shared: Path, seed: int, sizes: dict[str, float], workdir: Path,
                 kinds: Sequence[Kind] = KINDS, splits: Sequence[str] = ("tune", "report")) -> Corpus:
    """Read the sources, choose and split the protected articles, and write every case file."""
    arts = read_articles(shared / "data" / "peoples-daily-1998-01" / "paragraphs-dev.txt")
    seed_art, seed_raw = read_seed(shared / "seeds" / "000_ec570f4d01073987.txt")
    rng = random.Random(f"{seed}/protect")
    eligible = [a for a in arts if a.body_han >= MIN_PROTECT_HAN]
    rng.shuffle(eligible)
    chosen = eligible[:N_PROTECT]
    n_tune = round(TUNE_SHARE * len(chosen))
    protected: dict[str, tuple[Article, str]] = {a.key: (a, "tune" if k < n_tune else "report") for k, a in enumerate(chosen)}
    protected[seed_art.key] = (seed_art, "report")
    # Every FORM_SHARE-th article of a split is printed in a tune-half notice template, about
    # FORM_ARTICLES articles per template (an outlet prints its notice under every article).
    forms = tune_notice_forms()
    form_of: dict[str, dict[str, object]] = {}
    for split_name, (f0, f1) in FORMS_PER_SPLIT.items():
        keys = [a.key for a, s in protected.values() if s == split_name and a.key != seed_art.key]
        with_form = keys[::FORM_SHARE]
        n_forms = max(1, min(f1 - f0, len(with_form) // FORM_ARTICLES))
        for j, key in enumerate(with_form):
            form_of[key] = forms[(f0 + j % n_forms) % len(forms)]
    texts = tune_notice_texts()
    notice_of: dict[str, dict[str, object]] = {}
    for si, split_name in enumerate(FORMS_PER_SPLIT):
        keys = [a.key for a, s in protected.values()
                if s == split_name and a.key != seed_art.key and a.key not in form_of][::NOTICE_SHARE]
        mine = texts[si::2]
        n_forms = max(1, min(len(mine), len(keys) // NOTICE_ARTICLES))
        for j, key in enumerate(keys):
            notice_of[key] = mine[j % n_forms]
    inputs: dict[str, tuple[bytes, str, str | None]] = {}
    for key, (a, _) in protected.items():
        if key == seed_art.key:
            inputs[key] = (seed_raw, "txt", None)
        elif key in form_of:
            data, fmt = protect_page_form(a, form_of[key])
            inputs[key] = (data, fmt, pd_url(key))
        else:
            data, fmt = protect_page(a, random.Random(f"{seed}/protect/{key}"), notice_of.get(key))
            inputs[key] = (data, fmt, pd_url(key))

    # Negatives: unprotected, long enough, and sharing no 20-character substring (whitespace
    # removed) with any protected article -- People's Daily repeats wire copy on several pages.
    grams: set[str] = set()
    for a, _ in protected.values():
        grams |= ngrams(a.all_text())
    cands = [a for a in arts if a.key not in protected and a.body_han >= MIN_NEGATIVE_HAN]
    clean = [a for a in cands if ngrams(a.all_text()).isdisjoint(grams)]
    random.Random(f"{seed}/clean").shuffle(clean)
    n_clean_tune = round(TUNE_SHARE * len(clean))
    clean_by = {"tune": clean[:n_clean_tune], "report": clean[n_clean_tune:]}

    cases: list[Case] = []
    workdir.mkdir(parents=True, exist_ok=True)
    for split in splits:
        ctx = Context(split, seed, [a for a, s in protected.values() if s == split], clean_by[split],
                      {k: f for k, f in form_of.items() if protected[k][1] == split},
                      {k: f for k, f in notice_of.items() if protected[k][1] == split})
        for kind in kinds:
            for i in range(n_cases(kind, split, sizes, len(ctx.clean))):
                case_rng = random.Random(f"{seed}/{kind.name}/{split}/{i}")
                page, sources = kind.build(ctx, case_rng, i)
                # A case may carry its own label (edit_light: by its measured edited share).
                expected = frozenset(page.params["expected"]) if "expected" in page.params else kind.expected
                cid = f"{kind.name}-{split}-{i:04d}"
                path = workdir / split / kind.name / f"{cid}.{page.fmt}"
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(page.data)
                cases.append(Case(cid, kind.name, split, sources, expected, page.fmt, page.url, str(path),
                                  len(page.data), dict(page.params)))
    return Corpus(protected, inputs, cases, len(arts), len(cands), len(cands) - len(clean))


# =============================================================================================
# Generator B: an independent second generator, run for the report only
# =============================================================================================
# Generator B (bench/generator_b.py, see bench/generator_b_README.md) was written from the list
# of kinds alone. It is run on the report split only and never used to choose a threshold or a
# default: MatchConfig and the fingerprint scheme are tuned on generator A's tune split and the
# PAN tune fold. Its protected pages carry the notice benchmark's *report* half
# (bench/notices/forms.jsonl, split == "report"), notices the grammar was not tuned on.
GEN_B_SEED = 2013
NOTICE_FORMS = REPO / "bench" / "notices" / "forms.jsonl"
GEN_B_LICENSEE = "licensee.example.org"
# Generator B draws each kind's source articles from the articles of one call, and cuts an excerpt
# whole only from an article with a qualifying window (a paragraph, 2-3 paragraphs, 2-3 sentences of
# >= 100 Han chars within 30 % of the article); with one article a call it trims that article's
# window to fit, down to a 20-character "excerpt". So each form is printed on about this many
# articles, and only len(protected) // GEN_B_ARTICLES_PER_FORM report forms are drawn.
GEN_B_ARTICLES_PER_FORM = 3
GEN_B_GROUPS = (  # kind-name prefix -> table group, in table order
    ("layout_", "layout"), ("enc_", "encoding"), ("trad_", "traditional"), ("pinyin_", "pinyin"),
    ("noise_", "noise"), ("shuffle", "shuffle"), ("notice_", "notice"), ("edit_", "edits"),
    ("excerpt_", "excerpts"), ("neg_", "negatives"), ("licensed_", "negatives"), ("skip_", "negatives"),
)
GEN_B_TARGET = {"reprint": 0.99, "edited": 0.99, "excerpt": 0.99, "clean": 0.001, "licensed": 0.0, "skipped": 0.0}


def _gen_b():
    """Import bench/generator_b.py (beside this file)."""
    here = str(Path(__file__).resolve().parent)
    if here not in sys.path:
        sys.path.insert(0, here)
    import generator_b

    return generator_b


def gen_b_group(kind: str) -> str:
    return next(g for prefix, g in GEN_B_GROUPS if kind.startswith(prefix))


def gen_b_kinds() -> tuple[Kind, ...]:
    """Generator B's kinds as :class:`Kind` records (expected verdict as generator B labels it)."""
    gb = _gen_b()
    out = []
    for name, expected in gb.KINDS_B:
        positive = expected in ("reprint", "edited", "excerpt")
        out.append(Kind(name, gen_b_group(name), frozenset((expected,)), _no_build, GEN_B_TARGET[expected],
                        "standard" if positive else "negatives", positive))
    return tuple(out)


def _no_build(ctx: Context, rng: random.Random, i: int) -> Built:  # generator B builds its own cases
    raise NotImplementedError


def report_notice_forms() -> list[dict[str, object]]:
    """The notice benchmark's report half, in file order."""
    rows = [json.loads(line) for line in NOTICE_FORMS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if r["split"] == "report" and _usable_notice(r)]


def _iso_date(date: str) -> str:
    m = re.match(r"(\d{4})年(\d{1,2})月(\d{1,2})日", date)
    return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else "1998-01-01"


def to_source_b(a: Article, outlet: str, url: str):
    return _gen_b().SourceArticle(a.key, a.title, _iso_date(a.date), tuple(a.paragraphs), url, outlet)


@dataclass
class CorpusB:
    protect_inputs: dict[str, tuple[bytes, str, str | None]]  # key -> (data, fmt, url)
    form_of: dict[str, str]  # protected key -> notice form id
    cases: list[Case]
    n_forms: int


def build_corpus_b(shared: Path, seed: int, per_kind: int, workdir: Path, kinds: Sequence[str] | None = None,
                   protected_split: str = "report") -> CorpusB:
    """Generator B's cases on generator A's report-split articles (protected and clean).

    ``len(protected) // GEN_B_ARTICLES_PER_FORM`` report-half notice forms are drawn (seeded by
    ``seed``), each protected article gets one of them (round robin over the articles in seed
    order) and is printed by ``protected_page_b``; generator B is then run once per form on
    the articles carrying it, with that form as the notice copies keep, so a copy that keeps
    the notice keeps its own article's notice. Kind ``k``'s ``per_kind`` cases are spread over
    the forms (the first ones get one more); case ``i`` of form ``f`` is generator B's case
    ``i`` of seed ``GEN_B_SEED * 1000 + f``.
    """
    gb = _gen_b()
    arts = read_articles(shared / "data" / "peoples-daily-1998-01" / "paragraphs-dev.txt")
    rng = random.Random(f"{seed}/protect")
    eligible = [a for a in arts if a.body_han >= MIN_PROTECT_HAN]
    rng.shuffle(eligible)
    chosen = eligible[:N_PROTECT]
    n_tune = round(TUNE_SHARE * len(chosen))
    prot = chosen[n_tune:] if protected_split == "report" else chosen[:n_tune]
    grams: set[str] = set()
    for a in chosen:
        grams |= ngrams(a.all_text())
    cands = [a for a in arts if a.key not in {c.key for c in chosen} and a.body_han >= MIN_NEGATIVE_HAN]
    clean = [a for a in cands if ngrams(a.all_text()).isdisjoint(grams)]
    random.Random(f"{seed}/clean").shuffle(clean)
    n_clean_tune = round(TUNE_SHARE * len(clean))
    clean = clean[n_clean_tune:] if protected_split == "report" else clean[:n_clean_tune]

    forms = report_notice_forms()
    n_forms = max(1, len(prot) // GEN_B_ARTICLES_PER_FORM)
    if len(forms) > n_forms:  # a draw over every report form, kept in file order
        keep = set(random.Random(f"{seed}/b-forms").sample(range(len(forms)), n_forms))
        forms = [f for i, f in enumerate(forms) if i in keep]
    src = {a.key: to_source_b(a, PD_OUTLET, pd_url(a.key)) for a in prot}
    unprot = [to_source_b(a, "其他媒体", f"https://other.example.net/{a.key}.html") for a in clean]
    form_of = {a.key: str(forms[k % len(forms)]["id"]) for k, a in enumerate(prot)}
    inputs: dict[str, tuple[bytes, str, str | None]] = {}
    by_form: dict[str, list] = defaultdict(list)
    text_of = {str(f["id"]): str(f["notice_text"]) for f in forms}
    for a in prot:
        sa = src[a.key]
        notice = gb.NoticeForm(text_of[form_of[a.key]])
        data, _ = gb.protected_page_b(sa, notice, random.Random(f"B/{seed}/protect/{a.key}"))
        inputs[a.key] = (data, "html", sa.url)
        by_form[form_of[a.key]].append(sa)
    names = list(kinds) if kinds else [k for k, _ in gb.KINDS_B]
    cases: list[Case] = []
    workdir.mkdir(parents=True, exist_ok=True)
    form_ids = [str(f["id"]) for f in forms if str(f["id"]) in by_form]
    for fi, fid in enumerate(form_ids):
        for kind in names:
            n = per_kind // len(form_ids) + (1 if fi < per_kind % len(form_ids) else 0)
            if not n:
                continue
            got = gb.generate(by_form[fid], unprot, seed=GEN_B_SEED * 1000 + fi, per_kind=n,
                              licensee_host=GEN_B_LICENSEE, kinds=[kind], notice=gb.NoticeForm(text_of[fid]))
            for s in got:
                cid = f"B-{kind}-{fid}-{s.id.rsplit('/', 1)[1]}"
                ext = Path(s.filename).suffix.lstrip(".").lower()
                fmt_ = "html" if ext in ("html", "htm") else ("txt" if ext == "txt" else "bin")
                path = workdir / kind / f"{cid}.{ext or 'bin'}"
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(s.data)
                cases.append(Case(cid, kind, "report", tuple(s.sources), frozenset((s.expected,)), fmt_, s.url,
                                  str(path), len(s.data), {**s.params, "notice_form": fid}))
    return CorpusB(inputs, form_of, cases, len(form_ids))


def protect_b(corpus_b: CorpusB, store: Path, scheme=None) -> Counter[str]:
    """Protect generator B's printed pages (licensee: generator B's licensee host)."""
    from reprint_guard import Guard

    outcomes: Counter[str] = Counter()
    with Guard.open(store, create=True, scheme=scheme) as guard:
        for key, (data, _fmt, url) in corpus_b.protect_inputs.items():
            out = guard.protect_document(data, source=key, url=url, licensees=(GEN_B_LICENSEE,))
            outcomes[out.status] += 1
            if out.status not in ("added", "updated", "unchanged"):
                print(f"  protect (B) {key}: {out.status} ({out.reason})", file=sys.stderr)
    return outcomes


# =============================================================================================
# Comparator: the naive pipeline
# =============================================================================================
NAIVE_SHINGLE = 5
NAIVE_NUM_PERM = 128
NAIVE_THRESHOLD = 0.5


def naive_text(data: bytes, fmt: str) -> str:
    """trafilatura for HTML (it detects the encoding), UTF-8 with replacement for anything else."""
    if fmt == "html":
        import trafilatura

        try:
            return trafilatura.extract(data) or ""
        except Exception:  # noqa: BLE001 - the naive pipeline has no error handling either
            return ""
    return data.decode("utf-8", errors="replace")


def naive_minhash(text: str):
    """datasketch ``MinHash(num_perm=128)`` over the character 5-grams, UTF-8 encoded.

    ``update_batch`` in chunks gives the same signature as one ``update`` per shingle.
    """
    from datasketch import MinHash

    m = MinHash(num_perm=NAIVE_NUM_PERM)
    grams = list({text[i : i + NAIVE_SHINGLE] for i in range(len(text) - NAIVE_SHINGLE + 1)})
    for k in range(0, len(grams), 20_000):
        m.update_batch([g.encode("utf-8") for g in grams[k : k + 20_000]])
    return m


def build_naive_index(docs: Iterable[tuple[str, bytes, str]]):
    """``MinHashLSH(threshold=0.5, num_perm=128)`` over ``(key, data, fmt)`` documents."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=NAIVE_THRESHOLD, num_perm=NAIVE_NUM_PERM)
    for key, data, fmt in docs:
        lsh.insert(key, naive_minhash(naive_text(data, fmt)))
    return lsh


# =============================================================================================
# Running the checks (worker processes)
# =============================================================================================
@dataclass(frozen=True)
class Task:
    case_id: str
    path: str
    fmt: str
    url: str | None
    store: str
    naive_index: str
    keep_text: bool = False  # return the extracted document text (PAN offset mapping)
    match: tuple[tuple[str, float], ...] = ()  # MatchConfig overrides (--match)


_GUARDS: dict[str, object] = {}
_NAIVE: dict[str, object] = {}


def run_task(task: Task) -> dict[str, object]:
    """Check one file with reprint_guard and with the comparator; a JSON-able summary."""
    from reprint_guard import Guard, MatchConfig

    if task.store not in _GUARDS:
        _GUARDS[task.store] = Guard.open(task.store)
    if task.naive_index not in _NAIVE:
        with open(task.naive_index, "rb") as f:
            _NAIVE[task.naive_index] = pickle.load(f)
    guard, lsh = _GUARDS[task.store], _NAIVE[task.naive_index]
    data = Path(task.path).read_bytes()
    t0 = time.perf_counter()
    try:
        config = MatchConfig(**dict(task.match)) if task.match else None
        rep = guard.check(data, url=task.url, path=task.case_id, config=config)  # type: ignore[attr-defined]
        out: dict[str, object] = {
            "verdict": rep.verdict,
            "reason": rep.reason,
            "decoding": rep.decoding.encoding if rep.decoding else None,
            "matches": [
                {
                    "source": m.article.source,
                    "id": m.article.id,
                    "kind": m.kind,
                    "licensed": m.licensed,
                    "coverage": m.coverage,
                    "similarity": m.similarity,
                    "passages": [[p.document.start, p.document.end, p.article.start, p.article.end]
                                 for p in m.alignment.passages],
                }
                for m in rep.matches
            ],
        }
        if task.keep_text and rep.matches:
            out["text"] = rep.matches[0].document_text
    except Exception as e:  # noqa: BLE001 - a crash is a finding, not a reason to stop
        out = {"verdict": "crash", "reason": f"{type(e).__name__}: {e}", "decoding": None, "matches": []}
    t1 = time.perf_counter()
    out["naive"] = sorted(lsh.query(naive_minhash(naive_text(data, task.fmt))))  # type: ignore[attr-defined]
    out["t_ours"] = t1 - t0
    out["t_naive"] = time.perf_counter() - t1
    out["case_id"] = task.case_id
    return out


def run_all(tasks: list[Task], jobs: int, label: str) -> dict[str, dict[str, object]]:
    """Run tasks (largest files first) in ``jobs`` processes; progress on stderr."""
    tasks = sorted(tasks, key=lambda t: -os.path.getsize(t.path))
    results: dict[str, dict[str, object]] = {}
    t0 = time.perf_counter()
    step = max(1, len(tasks) // 20)
    if jobs <= 1:
        it: Iterable[dict[str, object]] = map(run_task, tasks)
        pool = None
    else:
        pool = ProcessPoolExecutor(max_workers=jobs)
        it = pool.map(run_task, tasks, chunksize=4)
    try:
        for k, res in enumerate(it, 1):
            results[str(res["case_id"])] = res
            if k % step == 0 or k == len(tasks):
                print(f"  {label}: {k}/{len(tasks)} checked, {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    finally:
        if pool:
            pool.shutdown()
    return results


# =============================================================================================
# Latency of Guard.check against a baseline revision, in the same run
# =============================================================================================
LATENCY_RUNNER = r"""
import json, statistics, sys, time
from reprint_guard import Guard
spec = json.load(open(sys.argv[1]))
store = spec["store"]
if spec["protect"]:
    with Guard.open(store, create=True) as g:
        for key, path, url, lic in spec["protect"]:
            g.protect_document(open(path, "rb").read(), source=key, url=url, licensees=tuple(lic))
pages = [(open(p, "rb").read(), u) for p, u in spec["pages"]]
times = []
with Guard.open(store) as g:
    for data, url in pages[:20]:  # warm the caches and imports
        g.check(data, url=url)
    for data, url in pages:
        t0 = time.perf_counter()
        g.check(data, url=url)
        times.append(time.perf_counter() - t0)
print(json.dumps({"median": statistics.median(times), "mean": sum(times) / len(times), "n": len(times)}))
"""


def export_src(rev: str, dest: Path) -> Path:
    """``src/`` of git revision ``rev`` extracted into ``dest`` (for PYTHONPATH)."""
    import subprocess
    import tarfile
    import io

    data = subprocess.run(["git", "-C", str(REPO), "archive", rev, "src"], check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tf:
        tf.extractall(dest, filter="data")
    return dest / "src"


def latency_vs_baseline(rev: str, protect: list[tuple[str, str, str | None, tuple[str, ...]]],
                        pages: list[tuple[str, str | None]], tmp: Path, runs: int = 5) -> dict[str, object]:
    """Median ``Guard.check`` time per page with this tree's code and with ``rev``'s, in fresh
    processes, alternating which goes first; the ratio is taken run by run, then its median."""
    import subprocess

    srcs = {"current": REPO / "src", "baseline": export_src(rev, tmp / "baseline-src")}
    per: dict[str, list[float]] = {"current": [], "baseline": []}
    ratios = []
    for run in range(runs):
        order = ("current", "baseline") if run % 2 == 0 else ("baseline", "current")
        got = {}
        for who in order:
            store = tmp / f"latency-store-{who}"
            spec = {"store": str(store), "protect": [] if store.exists() else protect, "pages": pages}
            spec_path = tmp / f"latency-{who}.json"
            spec_path.write_text(json.dumps(spec), encoding="utf-8")
            env = {**os.environ, "PYTHONPATH": str(srcs[who])}
            out = subprocess.run([sys.executable, "-c", LATENCY_RUNNER, str(spec_path)], env=env, check=True,
                                 capture_output=True, text=True).stdout
            got[who] = float(json.loads(out.strip().splitlines()[-1])["median"])
            per[who].append(got[who])
        ratios.append(got["current"] / got["baseline"])
        print(f"  latency run {run + 1}/{runs}: current {1000 * got['current']:.2f} ms, "
              f"baseline {1000 * got['baseline']:.2f} ms", file=sys.stderr)
    return {"baseline_rev": rev, "pages": len(pages), "runs": runs,
            "current_median_ms": 1000 * statistics.median(per["current"]),
            "baseline_median_ms": 1000 * statistics.median(per["baseline"]),
            "ratio_median": statistics.median(ratios), "ratios": ratios}


# =============================================================================================
# Scoring: the Chinese corpus
# =============================================================================================
def unlicensed_sources(res: dict[str, object]) -> dict[str, dict[str, object]]:
    return {str(m["source"]): m for m in res["matches"] if not m["licensed"]}  # type: ignore[index,union-attr]


def score_case(case: Case, res: dict[str, object]) -> dict[str, object]:
    """Per-case record for the JSON file (ids and figures only, never text)."""
    found = unlicensed_sources(res)
    rec: dict[str, object] = {
        "id": case.id,
        "kind": case.kind,
        "split": case.split,
        "format": case.fmt,
        "bytes": case.size,
        "sources": list(case.sources),
        "verdict": res["verdict"],
        "reason": res["reason"],
        "decoding": res["decoding"],
        "verdict_ok": res["verdict"] in case.expected,
        "found": [s in found for s in case.sources],
        "coverage": [round(float(found[s]["coverage"]), 4) if s in found else None for s in case.sources],
        "similarity": [round(float(found[s]["similarity"]), 4) if s in found else None for s in case.sources],
        "match_kind": [found[s]["kind"] if s in found else None for s in case.sources],
        "other_matches": sorted(set(found) - set(case.sources)),
        "unlicensed": res["verdict"] in ("reprint", "edited", "excerpt"),
        "naive_found": [s in res["naive"] for s in case.sources],  # type: ignore[operator]
        "naive_flagged": bool(res["naive"]),
        "t_ours": round(float(res["t_ours"]), 4),  # type: ignore[arg-type]
        "t_naive": round(float(res["t_naive"]), 4),  # type: ignore[arg-type]
        "params": case.params,
    }
    if not case.sources:  # negatives: the strongest unlicensed match, for calibration
        best = max(found.values(), key=lambda m: float(m["coverage"]), default=None)  # type: ignore[arg-type]
        rec["max_coverage"] = round(float(best["coverage"]), 4) if best else None
        rec["max_similarity"] = round(float(best["similarity"]), 4) if best else None
    return rec


def _ratio(a: float, b: float) -> float | None:
    return a / b if b else None


def _median(xs: list[float]) -> float | None:
    return statistics.median(xs) if xs else None


def summarise(records: list[dict[str, object]], kinds: Sequence[Kind] = KINDS) -> dict[str, dict[str, object]]:
    """Per-kind figures for one split (``kinds``: generator A's, or generator B's)."""
    by: dict[str, list[dict[str, object]]] = defaultdict(list)
    for r in records:
        by[str(r["kind"])].append(r)
    kind_by_name = {k.name: k for k in kinds}
    out: dict[str, dict[str, object]] = {}
    for kind in kinds:
        rs = by.get(kind.name, [])
        if not rs:
            continue
        if kind.positive:
            found = [f for r in rs for f in r["found"]]  # type: ignore[union-attr]
            naive = [f for r in rs for f in r["naive_found"]]  # type: ignore[union-attr]
            cov = [c for r in rs for c in r["coverage"] if c is not None]  # type: ignore[union-attr]
            sim = [c for r in rs for c in r["similarity"] if c is not None]  # type: ignore[union-attr]
            out[kind.name] = {
                "group": kind.group,
                "pages": len(rs),
                "n": len(found),
                "found": sum(found),
                "recall": _ratio(sum(found), len(found)),
                "verdict_ok": sum(bool(r["verdict_ok"]) for r in rs),
                "verdict_accuracy": _ratio(sum(bool(r["verdict_ok"]) for r in rs), len(rs)),
                "verdicts": dict(Counter(str(r["verdict"]) for r in rs)),
                "median_coverage": _median(cov),
                "median_similarity": _median(sim),
                "naive_recall": _ratio(sum(naive), len(naive)),
                "target": kind.target,
                "expected": sorted(kind.expected),
            }
        else:
            fp = sum(bool(r["unlicensed"]) for r in rs)
            nfp = sum(bool(r["naive_flagged"]) for r in rs)
            out[kind.name] = {
                "group": kind.group,
                "n": len(rs),
                "fp": fp,
                "fp_rate": _ratio(fp, len(rs)),
                "verdict_ok": sum(bool(r["verdict_ok"]) for r in rs),
                "verdict_accuracy": _ratio(sum(bool(r["verdict_ok"]) for r in rs), len(rs)),
                "verdicts": dict(Counter(str(r["verdict"]) for r in rs)),
                "naive_fp": nfp,
                "naive_fp_rate": _ratio(nfp, len(rs)),
                "target": kind.target,
                "expected": sorted(kind.expected),
            }
    pos = [r for r in records if kind_by_name[str(r["kind"])].positive]
    neg = [r for r in records if not kind_by_name[str(r["kind"])].positive]
    out["_positives"] = {
        "pages": len(pos),
        "verdict_ok": sum(bool(r["verdict_ok"]) for r in pos),
        "verdict_accuracy": _ratio(sum(bool(r["verdict_ok"]) for r in pos), len(pos)),
        "found": sum(sum(r["found"]) for r in pos),  # type: ignore[arg-type]
        "n": sum(len(r["found"]) for r in pos),  # type: ignore[arg-type]
    }
    fp = sum(bool(r["unlicensed"]) for r in neg)
    nfp = sum(bool(r["naive_flagged"]) for r in neg)
    out["_negatives"] = {
        "n": len(neg), "fp": fp, "fp_rate": _ratio(fp, len(neg)),
        "verdict_ok": sum(bool(r["verdict_ok"]) for r in neg),
        "verdict_accuracy": _ratio(sum(bool(r["verdict_ok"]) for r in neg), len(neg)),
        "naive_fp": nfp, "naive_fp_rate": _ratio(nfp, len(neg)),
    }
    return out


# =============================================================================================
# English corpora
# =============================================================================================
MAP_WINDOW = 5000  # raw characters an extracted line may be found beyond the previous one


def map_offsets(extracted: str, raw: str) -> list[int]:
    """Raw-text position of every extracted character, plus one entry for the end.

    A monotone walk: each extracted line is located verbatim (``str.find``) in the raw text
    after the previous one (within :data:`MAP_WINDOW` characters); a line not found verbatim (whitespace collapsed inside it) is
    matched character by character, skipping at most 200 raw characters per step. The
    extractor only strips line whitespace, collapses blank lines and drops title/metadata
    lines, so the extracted text is a subsequence of the raw text and the walk is exact on it.
    """
    pos = 0
    out: list[int] = []
    lines = extracted.split("\n")
    for li, line in enumerate(lines):
        k = raw.find(line, pos, pos + len(line) + MAP_WINDOW) if line else -1
        if line and k >= 0:
            out.extend(range(k, k + len(line)))
            pos = k + len(line)
        else:
            for ch in line:
                j = raw.find(ch, pos, pos + 200)
                if j < 0:
                    out.append(pos)
                else:
                    out.append(j)
                    pos = j + 1
        if li < len(lines) - 1:  # the newline
            j = raw.find("\n", pos)
            out.append(pos if j < 0 else j)
            pos = pos if j < 0 else j + 1
    out.append(len(raw) if not out else max(out[-1] + 1, 0))
    return out


def to_raw(span: tuple[int, int], mapping: list[int]) -> tuple[int, int]:
    s, e = span
    if e <= s:
        return mapping[s], mapping[s]
    return mapping[s], mapping[e - 1] + 1


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def plagdet_measures(cases: list[tuple[str, str, int, int, int, int]],
                     dets: list[tuple[str, str, int, int, int, int]]) -> dict[str, float | int]:
    """Character-level precision, recall, granularity and plagdet (Potthast et al. 2010).

    A case or detection is ``(susp, src, susp_start, susp_end, src_start, src_end)``; its
    characters are those of both ranges. A detection *detects* a case when both refer to the
    same pair and overlap on both sides. ``prec = mean_r |⋃_s (s ⊓ r)| / |r|``,
    ``rec = mean_s |⋃_r (s ⊓ r)| / |s|``, granularity = mean number of detections of each
    detected case, ``plagdet = F1 / log2(1 + granularity)``.
    """

    def chars(x: tuple[str, str, int, int, int, int]) -> set[tuple[int, int]]:
        return {(0, i) for i in range(x[2], x[3])} | {(1, i) for i in range(x[4], x[5])}

    def detects(r: tuple, s: tuple) -> bool:
        return r[0] == s[0] and r[1] == s[1] and _overlap(r[2], r[3], s[2], s[3]) > 0 and _overlap(r[4], r[5], s[4], s[5]) > 0

    case_chars = [chars(s) for s in cases]
    det_chars = [chars(r) for r in dets]
    precs, recs, grans = [], [], []
    for ri, r in enumerate(dets):
        hit: set[tuple[int, int]] = set()
        for si, s in enumerate(cases):
            if detects(r, s):
                hit |= case_chars[si] & det_chars[ri]
        precs.append(len(hit) / len(det_chars[ri]) if det_chars[ri] else 0.0)
    for si, s in enumerate(cases):
        hit = set()
        n_det = 0
        for ri, r in enumerate(dets):
            if detects(r, s):
                hit |= case_chars[si] & det_chars[ri]
                n_det += 1
        recs.append(len(hit) / len(case_chars[si]) if case_chars[si] else 0.0)
        if n_det:
            grans.append(n_det)
    prec = sum(precs) / len(precs) if precs else 0.0
    rec = sum(recs) / len(recs) if recs else 0.0
    gran = sum(grans) / len(grans) if grans else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"cases": len(cases), "detections": len(dets), "precision": prec, "recall": rec,
            "granularity": gran, "f1": f1, "plagdet": f1 / math.log2(1 + gran)}


def _decode_raw(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _protect_files(guard, files: list[Path]) -> dict[str, str]:
    ids = {}
    for f in files:
        out = guard.protect_document(f.read_bytes(), source=f.name)
        if out.status not in ("added", "updated", "unchanged"):
            print(f"  protect {f.name}: {out.status} ({out.reason})", file=sys.stderr)
        ids[f.name] = out.id
    return ids


def prepare_pan(shared: Path, tmp: Path):
    """Protect every PAN source document; tasks for every suspicious document."""
    from reprint_guard import Guard

    root = shared / "data" / "pan13-no-obfuscation-dev"
    store = tmp / "store-pan"
    with Guard.open(store, create=True) as guard:
        srcs = sorted((root / "src").glob("*.txt"))
        _protect_files(guard, srcs)
        bodies = {a.source: a.body for a in guard.articles()}
    naive = tmp / "naive-pan.pickle"
    naive.write_bytes(pickle.dumps(build_naive_index((f.name, f.read_bytes(), "txt") for f in srcs)))
    susp = sorted((root / "susp").glob("*.txt"))
    set_pan_folds(f.name for f in susp)
    tasks = [Task(f"pan:{f.name}", str(f), "txt", None, str(store), str(naive), keep_text=True) for f in susp]
    return root, bodies, tasks


def pan_fold(susp: str) -> str:
    """The fixed 2-fold split of PAN's 68 suspicious documents: ``tune`` or ``report``.

    Files sorted by the SHA-256 of their name; the first half is the tune fold. Defaults may be
    tuned on the tune fold (with generator A's tune split); the report fold is only reported.
    """
    return _PAN_FOLDS.get(susp, "report")


_PAN_FOLDS: dict[str, str] = {}


def set_pan_folds(names: Iterable[str]) -> None:
    import hashlib

    ordered = sorted(names, key=lambda n: hashlib.sha256(n.encode("utf-8")).hexdigest())
    half = (len(ordered) + 1) // 2
    _PAN_FOLDS.clear()
    _PAN_FOLDS.update({n: ("tune" if k < half else "report") for k, n in enumerate(ordered)})


def score_pan(root: Path, bodies: dict[str, str], results: dict[str, dict[str, object]],
              fold: str | None = None) -> dict[str, object]:
    """PAN measures over every suspicious document, or over one fold (``tune`` / ``report``)."""
    if fold is not None:
        results = {k: v for k, v in results.items() if pan_fold(k.split(":", 1)[1]) == fold}
    pairs = {tuple(line.split()) for line in (root / "pairs").read_text().splitlines() if line.strip()}
    anns = [json.loads(line) for line in (root / "annotations.jsonl").read_text().splitlines() if line.strip()]
    if fold is not None:
        pairs = {p for p in pairs if pan_fold(p[0]) == fold}
        anns = [a for a in anns if pan_fold(a["suspicious_reference"]) == fold]
    predicted: set[tuple[str, str]] = set()
    naive_pred: set[tuple[str, str]] = set()
    for cid, res in results.items():
        susp = cid.split(":", 1)[1]
        predicted |= {(susp, s) for s in unlicensed_sources(res)}
        naive_pred |= {(susp, str(s)) for s in res["naive"]}  # type: ignore[union-attr]

    def pr(pred: set) -> dict[str, float | int | None]:
        tp = len(pred & pairs)
        return {"pairs": len(pairs), "predicted": len(pred), "true_positives": tp,
                "recall": _ratio(tp, len(pairs)), "precision": _ratio(tp, len(pred))}

    # Predicted pairs missing from `pairs` whose files share a verbatim string: reuse the
    # labels do not list (the corpus's pages repeat text), checked by exact search, not by us.
    unlabelled = 0
    src_text: dict[str, str] = {}
    for cid, res in results.items():
        susp = cid.split(":", 1)[1]
        text = str(res.get("text") or "")
        for m in res["matches"]:  # type: ignore[union-attr]
            src = str(m["source"])
            if m["licensed"] or (susp, src) in pairs:
                continue
            if src not in src_text:
                src_text[src] = WS.sub(" ", _decode_raw((root / "src" / src).read_bytes()))
            pieces = [text[ds:de] for ds, de, _, _ in m["passages"]]
            unlabelled += any(shares_verbatim(pc, src_text[src]) for pc in pieces)

    # Character level, on the pairs whose passages all have repaired offsets.
    by_pair: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for a in anns:
        by_pair[(a["suspicious_reference"], a["source_reference"])].append(a)
    ok_pairs = {p for p, rows in by_pair.items() if all(r["repair"] == "ok" for r in rows)}
    cases = [(p[0], p[1], r["this_offset_fixed"], r["this_offset_fixed"] + r["this_length_fixed"],
              r["source_offset_fixed"], r["source_offset_fixed"] + r["source_length_fixed"])
             for p in sorted(ok_pairs) for r in by_pair[p]]
    raw_src: dict[str, tuple[str, list[int]]] = {}
    dets = []
    unmapped = 0
    for cid, res in results.items():
        susp = cid.split(":", 1)[1]
        text = res.get("text")
        if not text:
            continue
        raw_susp = _decode_raw((root / "susp" / susp).read_bytes())
        dmap = map_offsets(str(text), raw_susp)
        for m in res["matches"]:  # type: ignore[union-attr]
            src = str(m["source"])
            if (susp, src) not in ok_pairs or m["licensed"]:
                continue
            if src not in raw_src:
                raw = _decode_raw((root / "src" / src).read_bytes())
                raw_src[src] = (raw, map_offsets(bodies.get(src, ""), raw))
            raw, amap = raw_src[src]
            for ds, de, as_, ae in m["passages"]:
                if de >= len(dmap) or ae >= len(amap):
                    unmapped += 1
                    continue
                d0, d1 = to_raw((ds, de), dmap)
                a0, a1 = to_raw((as_, ae), amap)
                dets.append((susp, src, d0, d1, a0, a1))
    char = plagdet_measures(cases, dets)
    char["pairs"] = len(ok_pairs)
    char["unmapped_passages"] = unmapped
    # The same measures on the pairs whose repair kept every passage's length: 34 of the 137
    # repaired passages came out 60-125 characters shorter than PAN's own length (the repair
    # stops at the first character that differs), while the text past the cut is still the
    # same on both sides, so a detection of the whole passage loses precision there.
    kept = {p for p in ok_pairs if all(abs(r["this_length"] - r["this_length_fixed"]) <= LENGTH_KEPT
                                       and abs(r["source_length"] - r["source_length_fixed"]) <= LENGTH_KEPT
                                       for r in by_pair[p])}
    char_kept = plagdet_measures([c for c in cases if c[:2] in kept], [d for d in dets if d[:2] in kept])
    char_kept["pairs"] = len(kept)
    pair = pr(predicted)
    pair["unlabelled_verbatim"] = unlabelled
    pair["precision_unlabelled_ok"] = _ratio(int(pair["true_positives"] or 0) + unlabelled, len(predicted))
    return {"pair": pair, "naive_pair": pr(naive_pred), "char": char, "char_length_kept": char_kept}


# Characters a repaired passage may differ from PAN's own length and still count as kept: the
# redistribution rewrote non-ASCII characters, which moves offsets by a few characters.
LENGTH_KEPT = 10

VERBATIM_MIN = 200  # characters of a shared verbatim string (whitespace collapsed)


def shares_verbatim(piece: str, haystack: str, n: int = VERBATIM_MIN) -> bool:
    """Whether a window of ``n`` characters of ``piece`` (whitespace collapsed) occurs in
    ``haystack`` (already collapsed); windows start every ``n // 4`` characters."""
    p = WS.sub(" ", piece).strip()
    if len(p) < n:
        return False
    return any(p[k : k + n] in haystack for k in range(0, len(p) - n + 1, n // 4))


def prepare_clough(shared: Path, tmp: Path):
    """Protect the 5 Clough & Stevenson sources; tasks for the 95 answers."""
    import csv

    from reprint_guard import Guard

    root = shared / "data" / "clough-stevenson"
    corpus = root / "corpus-20090418"
    info = next(p for p in (root / "file_information.csv", corpus / "file_information.csv") if p.exists())
    rows = list(csv.DictReader(info.open(encoding="utf-8")))
    store = tmp / "store-clough"
    origs = sorted(corpus.glob("orig_task*.txt"))
    with Guard.open(store, create=True) as guard:
        _protect_files(guard, origs)
    naive = tmp / "naive-clough.pickle"
    naive.write_bytes(pickle.dumps(build_naive_index((f.name, f.read_bytes(), "txt") for f in origs)))
    tasks = [Task(f"cs:{r['File']}", str(corpus / r["File"]), "txt", None, str(store), str(naive)) for r in rows]
    return rows, tasks, corpus


CS_TARGETS = {"cut": ("≥ 17/19", 17 / 19, True), "light": ("≥ 17/19", 17 / 19, True),
              "heavy": ("—", None, True), "non": ("0/38", 0.0, False)}


def word_ngrams(text: str, n: int = 8) -> set[tuple[str, ...]]:
    w = re.findall(r"\w+", text.lower())
    return {tuple(w[i : i + n]) for i in range(len(w) - n + 1)}


def score_clough(rows: list[dict[str, str]], results: dict[str, dict[str, object]], corpus: Path) -> dict[str, object]:
    """Detection per category; ``shares_8gram`` counts answers that share any 8-word sequence
    with their source at all (a "cut" answer that shares none was copied from elsewhere)."""
    src_grams = {t: word_ngrams(_decode_raw((corpus / f"orig_task{t}.txt").read_bytes())) for t in "abcde"}
    out: dict[str, dict[str, object]] = {}
    for cat in ("cut", "light", "heavy", "non"):
        rs = [r for r in rows if r["Category"] == cat]
        shares = sum(bool(word_ngrams(_decode_raw((corpus / r["File"]).read_bytes())) & src_grams[r["Task"]]) for r in rs)
        ours = naive = 0
        verdicts: Counter[str] = Counter()
        for r in rs:
            res = results[f"cs:{r['File']}"]
            src = f"orig_task{r['Task']}.txt"
            verdicts[str(res["verdict"])] += 1
            if cat == "non":  # any unlicensed verdict is a false positive
                ours += res["verdict"] in ("reprint", "edited", "excerpt")
                naive += bool(res["naive"])
            else:
                ours += src in unlicensed_sources(res)
                naive += src in res["naive"]  # type: ignore[operator]
        out[cat] = {"n": len(rs), "detected": ours, "naive_detected": naive, "verdicts": dict(verdicts),
                    "shares_8gram": shares}
    return out


# =============================================================================================
# Report
# =============================================================================================
def fmt(x: float | None, digits: int = 3) -> str:
    return "—" if x is None else f"{x:.{digits}f}"


def pct(x: float | None) -> str:
    return "—" if x is None else f"{100 * x:.2f} %"


def _mark(ok: bool) -> str:
    return "" if ok else " ✗"


def kinds_table(s: dict[str, dict[str, object]], groups: Sequence[str], kinds: Sequence[Kind] = KINDS,
                verdict_target: float | None = None) -> list[str]:
    lines = [
        "| group | kind | n | recall | target | verdict acc. (expected) | median coverage | median similarity | comparator recall |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for kind in kinds:
        r = s.get(kind.name)
        if not kind.positive or r is None or kind.group not in groups:
            continue
        n = f"{r['n']}" if r["n"] == r["pages"] else f"{r['n']} sources / {r['pages']} pages"
        ok = r["recall"] is not None and r["recall"] >= (kind.target or 0)
        vok = verdict_target is None or (r["verdict_accuracy"] or 0) >= verdict_target
        lines.append(
            f"| {kind.group} | {kind.name} | {n} | {fmt(r['recall'])}{_mark(ok)} | ≥ {kind.target} | "
            f"{fmt(r['verdict_accuracy'])}{_mark(vok)} ({'/'.join(r['expected'])}) | {fmt(r['median_coverage'])} | "
            f"{fmt(r['median_similarity'])} | {fmt(r['naive_recall'])} |"
        )
    return lines


def negatives_table(s: dict[str, dict[str, object]], excluded: str, kinds: Sequence[Kind] = KINDS,
                    total_target: float = 0.002) -> list[str]:
    lines = [
        "| kind | n | FP | FP rate | target | verdict acc. (expected) | comparator FP | comparator FP rate |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for kind in kinds:
        r = s.get(kind.name)
        if kind.positive or r is None:
            continue
        ok = r["fp_rate"] is not None and r["fp_rate"] <= (kind.target or 0)
        note = f" ({excluded})" if kind.name == "neg_article" else ""
        lines.append(
            f"| {kind.name}{note} | {r['n']} | {r['fp']} | {pct(r['fp_rate'])}{_mark(ok)} | ≤ {pct(kind.target)} | "
            f"{fmt(r['verdict_accuracy'])} ({'/'.join(r['expected'])}) | {r['naive_fp']} | {pct(r['naive_fp_rate'])} |"
        )
    t = s["_negatives"]
    ok = t["fp_rate"] is not None and t["fp_rate"] <= total_target
    lines.append(
        f"| **all negatives** | {t['n']} | {t['fp']} | **{pct(t['fp_rate'])}**{_mark(ok)} | ≤ {pct(total_target)} | "
        f"{fmt(t['verdict_accuracy'])} | {t['naive_fp']} | {pct(t['naive_fp_rate'])} |"
    )
    return lines


def _group_rows(s: dict[str, dict[str, object]], kinds: Sequence[Kind]) -> dict[str, dict[str, float]]:
    """Per table group: sources found / labelled, pages with the expected verdict / pages."""
    out: dict[str, dict[str, float]] = {}
    for kind in kinds:
        r = s.get(kind.name)
        if r is None or not kind.positive:
            continue
        g = out.setdefault(kind.group, {"found": 0, "n": 0, "ok": 0, "pages": 0})
        g["found"] += r["found"]  # type: ignore[operator]
        g["n"] += r["n"]  # type: ignore[operator]
        g["ok"] += r["verdict_ok"]  # type: ignore[operator]
        g["pages"] += r["pages"]  # type: ignore[operator]
    return out


def side_by_side(results: dict[str, object]) -> list[str]:
    """Generator A (report split) and generator B per group, recall and verdict accuracy."""
    a, b = results["report"], results["generator_b"]  # type: ignore[index]
    ga, gb_ = _group_rows(a, KINDS), _group_rows(b, gen_b_kinds())  # type: ignore[arg-type]
    groups = list(dict.fromkeys([*ga, *gb_]))

    def cell(g: dict[str, float] | None) -> str:
        if not g:
            return "— | — | —"
        return f"{int(g['pages'])} | {fmt(_ratio(g['found'], g['n']))} | {fmt(_ratio(g['ok'], g['pages']))}"

    L = ["| group | A pages | A recall | A verdict acc. | B pages | B recall | B verdict acc. |",
         "|---|---:|---:|---:|---:|---:|---:|"]
    for g in groups:
        L.append(f"| {g} | {cell(ga.get(g))} | {cell(gb_.get(g))} |")
    pa, pb = a["_positives"], b["_positives"]  # type: ignore[index]
    na, nb = a["_negatives"], b["_negatives"]  # type: ignore[index]
    L.append(f"| **all positives** | {pa['pages']} | {fmt(_ratio(pa['found'], pa['n']))} | {fmt(pa['verdict_accuracy'])} | "
             f"{pb['pages']} | {fmt(_ratio(pb['found'], pb['n']))} | {fmt(pb['verdict_accuracy'])} |")
    L.append(f"| **negatives: FP rate** | {na['n']} | {pct(na['fp_rate'])} | | {nb['n']} | {pct(nb['fp_rate'])} | |")
    return L


def render_b(results: dict[str, object]) -> list[str]:
    """Generator B's section: targets of issue 11 on its report-only cases."""
    b = results["generator_b"]  # type: ignore[index]
    meta = results["meta"]["generator_b"]  # type: ignore[index]
    kinds = gen_b_kinds()
    pos = b["_positives"]  # type: ignore[index]
    neg = b["_negatives"]  # type: ignore[index]
    rec = _ratio(pos["found"], pos["n"])
    L = [
        "## Generator B (report only; never used for tuning)",
        "",
        f"`bench/generator_b.py` (written from the list of kinds alone, see `bench/generator_b_README.md`), seed "
        f"{meta['seed']}, on the {meta['protected']} report-split articles printed by `protected_page_b` with "
        f"{meta['notice_forms']} notices of the notice benchmark's report half (`bench/notices/forms.jsonl`); "
        f"expected verdicts are generator B's own labels. Protect: {meta['protect_outcomes']}.",
        "",
        *kinds_table(b, [k.group for k in kinds], kinds, verdict_target=0.95),  # type: ignore[arg-type]
        f"| **all positives** | | {pos['pages']} pages | {fmt(rec)}{_mark((rec or 0) >= 0.99)} | ≥ 0.99 | "
        f"**{fmt(pos['verdict_accuracy'])}**{_mark((pos['verdict_accuracy'] or 0) >= 0.97)} (target ≥ 0.97, ≥ 0.95 per kind) | | | |",
        "",
        *negatives_table(b, "", kinds, total_target=0.001),  # type: ignore[arg-type]
        "",
        f"FP rate target ≤ 0.10 % on ≥ 1,000 negatives: {neg['fp']} of {neg['n']}.",
        "",
    ]
    return L


def render(results: dict[str, object]) -> str:
    rep = results["report"]  # type: ignore[index]
    tune = results["tune"]  # type: ignore[index]
    meta = results["meta"]  # type: ignore[index]
    excl = f"{meta['excluded_negatives']} of {meta['unprotected_candidates']} excluded for sharing a 20-character substring"
    L = [
        "# reprint_guard detection quality",
        "",
        f"Command: `{meta['command']}` · figures on the **report split** (tune split at the end) · "
        f"reprint_guard {meta['version']} · run time {meta['timing']['total_s']:.0f} s with {meta['jobs']} worker(s) "
        f"({meta['timing']['check_wall_s']:.0f} s checking, {meta['timing']['generate_s']:.0f} s generating, "
        f"{meta['timing']['protect_s']:.0f} s protecting).",
        "",
        f"Corpus: People's Daily, January 1998: {meta['articles']} articles, {meta['protected']['report']} protected "
        f"in the report split and {meta['protected']['tune']} in the tune split (+ the seed page, report split); "
        f"seed {meta['seed']}; MatchConfig {('defaults' if not meta['match'] else 'overrides ' + str(meta['match']))}. "
        "✗ marks a figure that misses its target. Comparator: trafilatura → character "
        "5-gram MinHash (datasketch, 128 permutations) → MinHashLSH(threshold=0.5); its recall counts a suspect "
        "when the labelled source is an LSH candidate.",
        "",
    ]
    if results.get("generator_b"):
        L += ["## Generator A and generator B side by side (report split)", "",
              "Per table group: pages, recall (labelled sources found unlicensed) and verdict accuracy.", "",
              *side_by_side(results), ""]
        lat = meta.get("latency")
        if lat:
            L += [f"Latency of `Guard.check` in the same run, {lat['pages']} pages of both generators, median of "
                  f"{lat['runs']} fresh-process runs: this tree {lat['current_median_ms']:.2f} ms per page, "
                  f"baseline `{str(lat['baseline_rev'])[:12]}` {lat['baseline_median_ms']:.2f} ms; "
                  f"ratio (run by run, median) **{lat['ratio_median']:.2f}×**.", ""]
    L += [
        "## Suspects (report split)",
        "",
        *kinds_table(rep, [k.group for k in KINDS if k.size != "large"]),
    ]
    t = rep["_positives"]  # type: ignore[index]
    ok = t["verdict_accuracy"] is not None and t["verdict_accuracy"] >= 0.95
    L += [
        f"| **all positives** | | {t['pages']} pages | {fmt(_ratio(t['found'], t['n']))} | | "
        f"**{fmt(t['verdict_accuracy'])}**{_mark(ok)} (target ≥ 0.95) | | | |",
        "",
        "### Large pages (reported separately)",
        "",
        *kinds_table(rep, ["large pages"]),
        "",
        "## Negatives (report split)",
        "",
        *negatives_table(rep, excl),
        "",
    ]
    if results.get("generator_b"):
        L += render_b(results)
    pan = results["pan"]  # type: ignore[index]
    if pan:
        p, n, c = pan["pair"], pan["naive_pair"], pan["char"]
        L += [
            "## PAN 2013 text alignment, no obfuscation (dev: 68 suspicious, 212 sources)",
            "",
            "Character measures on the pairs whose passages all have `repair == \"ok\"` (`*_fixed` offsets); "
            "our passage offsets (over the extracted text) are mapped back to raw-file offsets first.",
            "",
            "| measure | ours | comparator | target |",
            "|---|---:|---:|---:|",
            f"| pair recall ({p['pairs']} pairs) | {fmt(p['recall'])}{_mark((p['recall'] or 0) >= 0.99)} | {fmt(n['recall'])} | ≥ 0.99 |",
            f"| pair precision | {fmt(p['precision'])}{_mark((p['precision'] or 0) >= 0.99)} ({p['predicted']} predicted) | "
            f"{fmt(n['precision'])} ({n['predicted']} predicted) | ≥ 0.99 |",
            f"| pair precision, unlabelled verbatim reuse counted correct ({p['unlabelled_verbatim']} pairs) | "
            f"{fmt(p['precision_unlabelled_ok'])} | — | |",
            f"| char precision ({c['pairs']} pairs, {c['cases']} passages) | {fmt(c['precision'])} | — | |",
            f"| char recall | {fmt(c['recall'])} | — | |",
            f"| granularity | {fmt(c['granularity'])} | — | |",
            f"| plagdet (all 68) | {fmt(c['plagdet'])} | — | |",
            "",
        ]
        folds = pan.get("folds")
        if folds:
            ft, fr = folds["tune"]["char"], folds["report"]["char"]
            pt, pr_ = folds["tune"]["pair"], folds["report"]["pair"]
            L += [
                "Fixed 2-fold split of the 68 suspicious documents (sorted by the SHA-256 of the file name; first "
                "half tune, second half report). Defaults may be tuned on the tune fold only.",
                "",
                "| fold | documents | pair recall | pair precision | char precision | char recall | granularity | plagdet |",
                "|---|---:|---:|---:|---:|---:|---:|---:|",
                f"| tune | {sum(1 for v in _PAN_FOLDS.values() if v == 'tune')} | {fmt(pt['recall'])} | {fmt(pt['precision'])} | "
                f"{fmt(ft['precision'])} | {fmt(ft['recall'])} | {fmt(ft['granularity'])} | {fmt(ft['plagdet'])} |",
                f"| **report** | {sum(1 for v in _PAN_FOLDS.values() if v == 'report')} | {fmt(pr_['recall'])} | "
                f"{fmt(pr_['precision'])} | {fmt(fr['precision'])} | {fmt(fr['recall'])} | {fmt(fr['granularity'])} | "
                f"**{fmt(fr['plagdet'])}**{_mark(fr['plagdet'] >= 0.95)} (target ≥ 0.95) |",
                "",
            ]
            kt, kr = folds["tune"].get("char_length_kept"), folds["report"].get("char_length_kept")
            if kt and kr:
                L += [
                    f"Repaired labels that lost length: of the repaired passages, those whose `*_fixed` length differs "
                    f"from PAN's own by more than {LENGTH_KEPT} characters were cut where the redistributed text first "
                    "differs, though the text past the cut is still shared. The same measures on the pairs whose "
                    "repair kept every passage's length (a reading aid, not the target):",
                    "",
                    "| fold | pairs | passages | char precision | char recall | granularity | plagdet |",
                    "|---|---:|---:|---:|---:|---:|---:|",
                    *(f"| {name} | {k['pairs']} | {k['cases']} | {fmt(k['precision'])} | {fmt(k['recall'])} | "
                      f"{fmt(k['granularity'])} | {fmt(k['plagdet'])} |" for name, k in (("tune", kt), ("report", kr))),
                    "",
                ]
    cs = results["clough"]  # type: ignore[index]
    if cs:
        L += [
            "## Clough & Stevenson short answers (5 sources, 95 answers)",
            "",
            "| category | n | ours: flagged with the right source (non: any unlicensed verdict) | comparator | target | our verdicts | share an 8-word sequence with the source |",
            "|---|---:|---:|---:|---:|---|---:|",
        ]
        for cat, r in cs.items():
            label, goal, higher = CS_TARGETS[cat]
            ok = goal is None or (r["detected"] >= round(goal * r["n"]) if higher else r["detected"] == 0)
            verdicts = ", ".join(f"{k} {v}" for k, v in sorted(r["verdicts"].items()))
            L.append(f"| {cat} | {r['n']} | {r['detected']}/{r['n']}{_mark(ok)} | {r['naive_detected']}/{r['n']} | {label} | "
                     f"{verdicts} | {r['shares_8gram']}/{r['n']} |")
        L.append("")
    L += [
        "## Tune split (for calibration only)",
        "",
        *kinds_table(tune, [k.group for k in KINDS]),
    ]
    if tune.get("_positives"):
        t = tune["_positives"]
        L.append(f"| **all positives** | | {t['pages']} pages | {fmt(_ratio(t['found'], t['n']))} | | {fmt(t['verdict_accuracy'])} | | | |")
    if tune.get("_negatives"):
        t = tune["_negatives"]
        L += ["", f"Tune negatives: {t['n']}, FP {t['fp']} ({pct(t['fp_rate'])}), comparator FP {t['naive_fp']} ({pct(t['naive_fp_rate'])})."]
    tm = meta["timing"]
    L += [
        "",
        "## Timing",
        "",
        f"Generation {tm['generate_s']:.1f} s, protect {tm['protect_s']:.1f} s "
        f"({meta['protect_outcomes']}), comparator index {tm['naive_index_s']:.1f} s, checking {tm['check_wall_s']:.1f} s "
        f"wall for {tm['checked']} documents (reprint_guard {tm['ours_cpu_s']:.1f} s, median "
        f"{1000 * tm['ours_median_s']:.0f} ms, max {tm['ours_max_s']:.1f} s per document; comparator "
        f"{tm['naive_cpu_s']:.1f} s), English corpora {tm['english_s']:.1f} s; total {tm['total_s']:.1f} s.",
        "",
    ]
    return "\n".join(L)


def tune_distributions(records: list[dict[str, object]]) -> str:
    """Coverage / similarity quantiles per kind (labelled match for positives, strongest
    unlicensed match for negatives), and the match kinds assigned."""
    qs = (0.0, 0.05, 0.25, 0.5, 0.75, 0.95, 1.0)

    def quant(xs: list[float]) -> str:
        if not xs:
            return "—"
        xs = sorted(xs)
        return " ".join(f"{xs[min(len(xs) - 1, int(q * (len(xs) - 1) + 0.5))]:.2f}" for q in qs)

    lines = ["kind: n | coverage p0 p5 p25 p50 p75 p95 p100 | similarity (same) | match kinds | missed"]
    by: dict[str, list[dict[str, object]]] = defaultdict(list)
    for r in records:
        by[str(r["kind"])].append(r)
    for kind in KINDS:
        rs = by.get(kind.name)
        if not rs:
            continue
        if kind.positive:
            cov = [c for r in rs for c in r["coverage"] if c is not None]  # type: ignore[union-attr]
            sim = [c for r in rs for c in r["similarity"] if c is not None]  # type: ignore[union-attr]
            kinds = Counter(k for r in rs for k in r["match_kind"])  # type: ignore[union-attr]
        else:
            cov = [float(r["max_coverage"]) for r in rs if r.get("max_coverage") is not None]
            sim = [float(r["max_similarity"]) for r in rs if r.get("max_similarity") is not None]
            kinds = Counter(str(r["verdict"]) for r in rs)
        missed = sum(1 for r in rs for f in r["found"] if not f) if kind.positive else "—"  # type: ignore[union-attr]
        lines.append(f"{kind.name}: {len(rs)} | {quant(cov)} | {quant(sim)} | {dict(kinds)} | {missed}")
    return "\n".join(lines)


# =============================================================================================
# Main
# =============================================================================================
def locate_shared(arg: str | None) -> Path:
    shared = Path(arg) if arg else DEFAULT_SHARED
    need = shared / "data" / "peoples-daily-1998-01" / "paragraphs-dev.txt"
    if not need.exists():
        raise SystemExit(
            f"evaluation data not found: {need} is missing.\n"
            "The benchmark reads ../shared/data beside the repository (see bench/README.md); "
            "pass --shared DIR to point at another copy."
        )
    return shared


def check_deps() -> None:
    missing = []
    for mod in ("zhconv", "pypinyin", "trafilatura", "datasketch"):
        try:
            __import__(mod)
        except ImportError:
            missing.append(mod)
    if missing:
        raise SystemExit(f"missing packages: {', '.join(missing)}. Install them with: pip install -e '.[bench]'")


def to_json(out: dict[str, object]) -> str:
    """The results as JSON: figures indented, then one line per case (diff-friendly)."""
    head = json.dumps({k: v for k, v in out.items() if k != "cases"}, ensure_ascii=False, indent=1, default=str)
    cases = ",\n".join(json.dumps(r, ensure_ascii=False, separators=(",", ":"), default=str)
                       for r in out["cases"])  # type: ignore[union-attr]
    return head[:-2] + ',\n "cases": [\n' + cases + "\n ]\n}\n"


def parse_match(spec: str) -> tuple[tuple[str, float], ...]:
    """``threshold=0.8,min_passage=70`` → ``(("threshold", 0.8), ("min_passage", 70))``."""
    out = []
    for item in filter(None, (x.strip() for x in spec.split(","))):
        key, sep, value = item.partition("=")
        if not sep:
            raise SystemExit(f"--match wants KEY=VALUE items, got {item!r}")
        num = float(value)
        out.append((key.strip(), int(num) if num.is_integer() and "." not in value else num))
    return tuple(out)


def command_line(argv: Sequence[str]) -> str:
    """The command as typed, with a --shared path redacted (no machine paths in results)."""
    args = list(argv)
    for k, a in enumerate(args):
        if a == "--shared" and k + 1 < len(args):
            args[k + 1] = "<shared>"
        elif a.startswith("--shared="):
            args[k] = "--shared=<shared>"
    return "python bench/quality.py" + ("" if not args else " " + " ".join(shlex.quote(a) for a in args))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    ap = argparse.ArgumentParser(description="Detection quality of reprint_guard on a labelled benchmark.")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"corpus seed (default {DEFAULT_SEED})")
    ap.add_argument("--shared", help="the shared folder holding data/ and seeds/ (default: ../shared beside the repo)")
    ap.add_argument("--quick", action="store_true", help="30 suspects per kind and fewer negatives, for development")
    ap.add_argument("--tune", action="store_true", help="check the tune split only and print coverage/similarity distributions")
    ap.add_argument("--kinds", help="comma-separated kind names to run (development; implies no English corpora)")
    ap.add_argument("--no-english", action="store_true", help="skip PAN and Clough & Stevenson")
    ap.add_argument("--match", default="", metavar="KEY=VALUE,...",
                    help="MatchConfig overrides for every check, e.g. threshold=0.8,min_passage=70 (calibration)")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    ap.add_argument("--out", default=str(RESULTS), help="output folder (default bench/results)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary store and pages, and print where")
    ap.add_argument("--no-generator-b", action="store_true", help="skip generator B (bench/generator_b.py)")
    ap.add_argument("--b-kinds", help="comma-separated generator B kinds to run (development; skips generator A and English)")
    ap.add_argument("--pan-only", action="store_true", help="run PAN 2013 only (both folds; development)")
    ap.add_argument("--latency-baseline", default="merge-base",
                    help="git revision whose Guard.check latency is measured in the same run (default: the "
                         "merge base of HEAD and main); 'none' to skip")
    args = ap.parse_args(argv)

    shared = locate_shared(args.shared)
    check_deps()
    import reprint_guard
    from reprint_guard import Guard, MatchConfig

    match = parse_match(args.match)
    MatchConfig(**dict(match))  # fail early with the library's own message

    kinds = KINDS
    if args.kinds:
        wanted = set(args.kinds.split(","))
        unknown = wanted - set(KIND_BY_NAME)
        if unknown:
            raise SystemExit(f"unknown kinds: {', '.join(sorted(unknown))}; known: {', '.join(KIND_BY_NAME)}")
        kinds = tuple(k for k in KINDS if k.name in wanted)
    splits = ("tune",) if args.tune else ("tune", "report")
    english = not (args.no_english or args.kinds or args.tune or args.b_kinds)
    sizes = QUICK if args.quick else FULL
    gen_b = not (args.no_generator_b or args.kinds or args.tune or args.pan_only)
    b_kinds = args.b_kinds.split(",") if args.b_kinds else None
    if b_kinds or args.pan_only:
        kinds = ()
    dev = bool(args.kinds or args.b_kinds or args.pan_only)

    t_start = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix="reprint-guard-bench-"))
    try:
        print(f"generating the corpus (seed {args.seed}{', quick' if args.quick else ''}) ...", file=sys.stderr)
        corpus = build_corpus(shared, args.seed, sizes, tmp / "pages", kinds, splits)
        t_gen = time.perf_counter()
        print(f"  {len(corpus.cases)} cases, {len(corpus.protected)} protected articles, "
              f"{corpus.n_excluded}/{corpus.n_unprotected_candidates} negatives excluded", file=sys.stderr)

        print("protecting ...", file=sys.stderr)
        store = tmp / "store"
        outcomes: Counter[str] = Counter()
        with Guard.open(store, create=True) as guard:
            for key, (data, fmt_, url) in corpus.protect_inputs.items():
                licensees = (LICENSEE,) if key.startswith("pd") else ()
                out = guard.protect_document(data, source=key, url=url, licensees=licensees)
                outcomes[out.status] += 1
                if out.status not in ("added", "updated", "unchanged"):
                    print(f"  protect {key}: {out.status} ({out.reason})", file=sys.stderr)
        t_prot = time.perf_counter()
        naive_path = tmp / "naive.pickle"
        naive_path.write_bytes(pickle.dumps(build_naive_index(
            (k, d, f) for k, (d, f, _) in corpus.protect_inputs.items())))
        t_naive = time.perf_counter()

        tasks = [Task(c.id, c.path, c.fmt, c.url, str(store), str(naive_path), match=match) for c in corpus.cases]
        corpus_b = None
        outcomes_b: Counter[str] = Counter()
        t_b0 = time.perf_counter()
        if gen_b:
            print("generator B: generating and protecting (report split only) ...", file=sys.stderr)
            corpus_b = build_corpus_b(shared, args.seed, int(sizes["per_kind"]), tmp / "pages-b", b_kinds)
            store_b = tmp / "store-b"
            outcomes_b = protect_b(corpus_b, store_b)
            naive_b = tmp / "naive-b.pickle"
            naive_b.write_bytes(pickle.dumps(build_naive_index(
                (k, d, f) for k, (d, f, _) in corpus_b.protect_inputs.items())))
            tasks += [Task(c.id, c.path, c.fmt, c.url, str(store_b), str(naive_b), match=match) for c in corpus_b.cases]
            print(f"  {len(corpus_b.cases)} generator B cases, {len(corpus_b.protect_inputs)} protected articles, "
                  f"{corpus_b.n_forms} notice forms", file=sys.stderr)
        t_b = time.perf_counter() - t_b0
        t_eng0 = time.perf_counter()
        pan_prep = clough_prep = None
        if english:
            pan_prep = prepare_pan(shared, tmp)
            clough_prep = prepare_clough(shared, tmp)
            tasks += [dataclasses.replace(t, match=match) for t in pan_prep[2] + clough_prep[1]]
        t_eng_prep = time.perf_counter() - t_eng0

        print(f"checking {len(tasks)} documents with {args.jobs} worker(s) ...", file=sys.stderr)
        t_check0 = time.perf_counter()
        results = run_all(tasks, args.jobs, "check")
        t_check = time.perf_counter() - t_check0

        records = [score_case(c, results[c.id]) for c in corpus.cases]
        by_split = {s: summarise([r for r in records if r["split"] == s]) for s in ("tune", "report")}
        records_b = [score_case(c, results[c.id]) for c in corpus_b.cases] if corpus_b else []
        summary_b = summarise(records_b, gen_b_kinds()) if corpus_b else None
        latency = None
        if args.latency_baseline != "none" and not dev:
            rev = args.latency_baseline
            if rev == "merge-base":
                import subprocess

                rev = subprocess.run(["git", "-C", str(REPO), "merge-base", "HEAD", "main"], check=True,
                                     capture_output=True, text=True).stdout.strip()
            print(f"latency of Guard.check against {rev[:12]} ...", file=sys.stderr)
            lat_rng = random.Random(f"{args.seed}/latency")
            pool = [c for c in corpus.cases if c.split == "report"] + list(corpus_b.cases if corpus_b else [])
            pool = [c for c in pool if c.size < 200_000]
            picked = lat_rng.sample(pool, min(len(pool), 150 if args.quick else 400))
            protect_rows = [(k, str(tmp / "latency-in" / k), u, ((LICENSEE,) if k.startswith("pd") else ()))
                            for k, (d, _f, u) in corpus.protect_inputs.items()]
            (tmp / "latency-in").mkdir(exist_ok=True)
            for k, (d, _f, _u) in corpus.protect_inputs.items():
                (tmp / "latency-in" / k).write_bytes(d)
            if corpus_b:
                for k, (d, _f, u) in corpus_b.protect_inputs.items():
                    (tmp / "latency-in" / f"B-{k}").write_bytes(d)
                    protect_rows.append((f"B-{k}", str(tmp / "latency-in" / f"B-{k}"), u, (GEN_B_LICENSEE,)))
            latency = latency_vs_baseline(rev, protect_rows, [(c.path, c.url) for c in picked], tmp)
        pan = clough = None
        t_eng1 = time.perf_counter()
        if pan_prep and clough_prep:
            pan_results = {k: v for k, v in results.items() if k.startswith("pan:")}
            pan = score_pan(pan_prep[0], pan_prep[1], pan_results)
            pan["folds"] = {f: score_pan(pan_prep[0], pan_prep[1], pan_results, f) for f in ("tune", "report")}
            clough = score_clough(clough_prep[0], {k: v for k, v in results.items() if k.startswith("cs:")},
                                  clough_prep[2])
        t_eng = t_eng_prep + time.perf_counter() - t_eng1
    finally:
        if args.keep:
            print(f"kept the store and pages in {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    t_ours = [float(r["t_ours"]) for r in results.values()]  # type: ignore[arg-type]
    meta = {
        "command": command_line(argv),
        "seed": args.seed,
        "quick": args.quick,
        "version": reprint_guard.__version__,
        "jobs": args.jobs,
        "match": dict(match),
        "articles": corpus.n_articles,
        "protected": {s: sum(1 for _, sp in corpus.protected.values() if sp == s) for s in ("tune", "report")},
        "protect_outcomes": ", ".join(f"{v} {k}" for k, v in sorted(outcomes.items())),
        "unprotected_candidates": corpus.n_unprotected_candidates,
        "excluded_negatives": corpus.n_excluded,
        "cases": dict(Counter(c.split for c in corpus.cases)),
        "timing": {
            "generate_s": t_gen - t_start,
            "protect_s": t_prot - t_gen,
            "naive_index_s": t_naive - t_prot,
            "check_wall_s": t_check,
            "checked": len(results),
            "ours_cpu_s": sum(t_ours),
            "ours_median_s": statistics.median(t_ours) if t_ours else 0.0,
            "ours_max_s": max(t_ours, default=0.0),
            "naive_cpu_s": sum(float(r["t_naive"]) for r in results.values()),  # type: ignore[arg-type]
            "english_s": t_eng,
            "generator_b_prep_s": t_b,
            "total_s": time.perf_counter() - t_start,
        },
        "generator_b": None if not corpus_b else {
            "seed": GEN_B_SEED, "protected": len(corpus_b.protect_inputs), "notice_forms": corpus_b.n_forms,
            "protect_outcomes": ", ".join(f"{v} {k}" for k, v in sorted(outcomes_b.items())),
            "cases": len(corpus_b.cases),
        },
        "latency": latency,
    }
    out = {"meta": meta, "report": by_split["report"], "tune": by_split["tune"], "generator_b": summary_b,
           "pan": pan, "clough": clough, "cases": records + records_b}

    print(tune_distributions([r for r in records if r["split"] == "tune"]), file=sys.stderr if not args.tune else sys.stdout)
    if args.tune:
        return 0
    table = render(out)
    print(table)
    if not dev:
        out_dir = Path(args.out)
        out_dir.mkdir(parents=True, exist_ok=True)
        stem = "quality" + ("-quick" if args.quick else "") + ("-match" if match else "")
        (out_dir / f"{stem}.md").write_text(table, encoding="utf-8")
        (out_dir / f"{stem}.json").write_text(to_json(out), encoding="utf-8")
        print(f"wrote {out_dir / stem}.md and .json", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
