#!/usr/bin/env python
"""Speed and scale benchmark for reprint_guard.

    python bench/speed.py --quick            # dev run: 2,000 protected articles, a few minutes
    python bench/speed.py                    # 100,000 protected articles (the issue's N)
    python bench/speed.py --articles 20000   # any N

Writes ``bench/results/speed.md`` (a table) and ``bench/results/speed.json`` (every figure, its
per-run values, the command and the run length). Progress goes to stderr.

Method (see bench/README.md, "Speed and scale"):

* Protected corpus: the real People's Daily articles of ``../shared`` (the sources of every
  copy) interleaved with filler articles of ~3,000 characters up to N. Fillers come from a
  variable-order character Markov chain (order 4 backing off to 3, 2, 1) trained on the same
  text, so they share its local statistics but no long passages (the chain is checked for
  that: the share of generated 20-grams found in the real text is reported). Generation is
  vectorised over 8,192 articles at a time and deterministic from ``--seed``.
* Suspect pages: 20-40 KB HTML news pages (navigation, sidebar, comments, footer), every page
  distinct; no result is cached anywhere, every query is a different page or text.
* Every figure is a median over ``--runs`` (>= 5) runs; ratios are against a baseline measured
  in the same run, run by run, then the median of the per-run ratios.
* Only the *store build* may be cached between invocations, in
  ``$TMPDIR/reprint_guard-bench/<seed, package version, source hash>/store-<size>``
  (``--no-store-cache`` to rebuild); the output says whether the store was built or reused.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import cProfile
import gc
import hashlib
import io
import json
import os
import platform
import pstats
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared"
PD_FILE = Path("data/peoples-daily-1998-01/paragraphs-dev.txt")
GROWTH_SIZES = (1_000, 10_000, 100_000)

_T0 = time.perf_counter()


def log(msg: str) -> None:
    print(f"[speed {time.perf_counter() - _T0:7.1f}s] {msg}", file=sys.stderr, flush=True)


def _proc_status(field_name: str) -> int:
    """A ``/proc/self/status`` memory field in bytes (Linux)."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field_name + ":"):
                return int(line.split()[1]) * 1024
    return 0


def rss() -> int:
    return _proc_status("VmRSS")


def peak_rss() -> int:
    return _proc_status("VmHWM")


def median(xs: Sequence[float]) -> float:
    return float(statistics.median(xs)) if xs else float("nan")


def pct(xs: Sequence[float], q: float) -> float:
    return float(np.percentile(np.asarray(xs, dtype=np.float64), q)) if len(xs) else float("nan")


# =============================================================================================
# Real articles
# =============================================================================================

_HEAD_END = tuple("。！？；：”…』」")


def read_paragraphs(path: Path) -> list[str]:
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip()]


def _is_headline(line: str) -> bool:
    """A short line that is not a sentence, a caption or a dateline."""
    return (
        len(line) <= 32
        and not line.endswith(_HEAD_END)
        and not line.startswith(("（", "(", "本报", "新华社", "据"))
    )


def split_articles(lines: Sequence[str]) -> list[list[str]]:
    """Group consecutive paragraphs into articles: a headline line after body lines starts one."""
    articles: list[list[str]] = []
    cur: list[str] = []
    prev_head = False
    for line in lines:
        head = _is_headline(line)
        if head and not prev_head and cur:
            articles.append(cur)
            cur = []
        cur.append(line)
        prev_head = head
    if cur:
        articles.append(cur)
    return articles


# =============================================================================================
# Character Markov chain (filler articles, fresh unprotected text)
# =============================================================================================


class CharChain:
    """Variable-order character Markov chain with back-off, compiled to an automaton.

    Contexts of order 1..``order`` are kept when they were seen at least ``min_count`` times
    with at least ``min_distinct`` different next characters (order 1: always). The state is
    the longest kept suffix of the history; because a kept context's prefixes are kept too
    (their counts can only be larger), the next state depends only on (state, next char) and
    is precomputed per edge. Sampling is Vose's alias method per state, so one step of
    ``count`` parallel texts is a handful of numpy gathers.

    Requiring two distinct continuations stops the chain from reciting the training text:
    the reported share of generated 20-grams that occur in the real text is ~0.
    """

    VERSION = 2

    def __init__(self, arrays: dict[str, np.ndarray]) -> None:
        self.vocab = arrays["vocab"].astype(np.uint32)
        self.first = arrays["first"].astype(np.int32)
        self.fdeg = arrays["deg"].astype(np.float64)
        self.prob = arrays["prob"].astype(np.float32)
        self.alias = arrays["alias"].astype(np.int32)
        self.edge_char = arrays["edge_char"].astype(np.uint16)
        self.edge_next = arrays["edge_next"].astype(np.int32)
        self.start = int(arrays["start"])
        self.arrays = arrays

    @property
    def n_states(self) -> int:
        return len(self.first)

    @property
    def n_edges(self) -> int:
        return len(self.edge_char)

    @classmethod
    def build(cls, text: str, *, order: int = 4, min_distinct: int = 2, min_count: int = 2) -> CharChain:
        cps = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        vocab, ids = np.unique(cps, return_inverse=True)
        ids = ids.astype(np.int64)
        bits = max(1, int(len(vocab) - 1).bit_length())
        if bits * order > 62:
            raise ValueError("vocabulary too large for the context keys")
        m = len(ids)
        ext = np.concatenate((ids[-order:], ids))  # cyclic: every context has a successor
        pos = np.arange(m)
        e_state, e_char, e_cnt, ctx_keys, bases = [], [], [], [], []
        base = 0
        for k in range(1, order + 1):
            key = np.zeros(m, np.int64)
            for j in range(k, 0, -1):
                key = (key << bits) | ext[pos + order - j]
            o = np.lexsort((ids, key))
            ks, ns = key[o], ids[o]
            brk = np.ones(m, bool)
            brk[1:] = (ks[1:] != ks[:-1]) | (ns[1:] != ns[:-1])
            st = np.flatnonzero(brk)
            cnt = np.diff(np.append(st, m))
            ek, en = ks[st], ns[st]
            ub = np.ones(len(ek), bool)
            ub[1:] = ek[1:] != ek[:-1]
            cst = np.flatnonzero(ub)
            distinct = np.diff(np.append(cst, len(ek)))
            total = np.add.reduceat(cnt, cst)
            keep = np.ones(len(cst), bool) if k == 1 else (distinct >= min_distinct) & (total >= min_count)
            cid = np.cumsum(ub) - 1
            keep_e = keep[cid]
            new_id = np.cumsum(keep) - 1
            e_state.append(base + new_id[cid[keep_e]])
            e_char.append(en[keep_e])
            e_cnt.append(cnt[keep_e])
            ctx_keys.append(ek[cst][keep])
            bases.append(base)
            base += int(keep.sum())
        es = np.concatenate(e_state)
        ec = np.concatenate(e_char)
        w = np.concatenate(e_cnt).astype(np.float64)
        n_states = base
        state_len = np.concatenate([np.full(len(c), k + 1) for k, c in enumerate(ctx_keys)])
        state_key = np.concatenate(ctx_keys)
        # Next state of each edge: the longest kept suffix of (context + char).
        le, ke = state_len[es], state_key[es]
        target = np.full(len(es), -1, np.int64)
        for j in range(order, 0, -1):
            ok = (target < 0) & (le >= j - 1)
            mask = (1 << (bits * (j - 1))) - 1
            sk = ((ke[ok] & mask) << bits) | ec[ok]
            ck = ctx_keys[j - 1]
            p = np.minimum(np.searchsorted(ck, sk), len(ck) - 1)
            hit = ck[p] == sk
            target[np.flatnonzero(ok)[hit]] = bases[j - 1] + p[hit]
        assert (target >= 0).all()
        first = np.searchsorted(es, np.arange(n_states))
        deg = np.diff(np.append(first, len(es)))
        prob, alias = _vose(w, first, deg)
        nl = int(np.searchsorted(vocab, 10))
        start = bases[0] + int(np.searchsorted(ctx_keys[0], nl))  # after a line break
        return cls(
            {
                "vocab": vocab,
                "first": first,
                "deg": deg,
                "prob": prob,
                "alias": alias,
                "edge_char": ec,
                "edge_next": target,
                "start": np.array(start),
            }
        )

    def save(self, path: Path) -> None:
        tmp = path.with_suffix(".tmp.npz")
        np.savez(tmp, **self.arrays)
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: Path) -> CharChain:
        with np.load(path) as z:
            return cls({k: z[k] for k in z.files})

    def generate(self, rng: np.random.Generator, count: int, length: int) -> np.ndarray:
        """Char ids, uint16 ``[count, length]``, every text starting after a line break."""
        out = np.empty((length, count), np.uint16)
        st = np.full(count, self.start, np.int32)
        first, fdeg, prob, alias = self.first, self.fdeg, self.prob, self.alias
        ech, enx = self.edge_char, self.edge_next
        for s in range(length):
            u = rng.random(count) * fdeg[st]
            j = u.astype(np.int32)
            fr = (u - j).astype(np.float32)
            j += first[st]
            e = np.where(fr < prob[j], j, alias[j])
            out[s] = ech[e]
            st = enx[e]
        return out.T

    def texts(self, rng: np.random.Generator, count: int, length: int) -> list[str]:
        ids = self.generate(rng, count, length)
        cps = self.vocab[ids]
        return [row.tobytes().decode("utf-32-le") for row in cps]


def _vose(w: np.ndarray, first: np.ndarray, deg: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Alias tables (Vose 1991) of every state's edge weights."""
    prob = [1.0] * len(w)
    alias = list(range(len(w)))
    wl = w.tolist()
    for f, d in zip(first.tolist(), deg.tolist()):
        if d == 1:
            continue
        tot = sum(wl[f : f + d])
        q = [x * d / tot for x in wl[f : f + d]]
        small = [i for i in range(d) if q[i] < 1.0]
        large = [i for i in range(d) if q[i] >= 1.0]
        while small and large:
            a = small.pop()
            b = large[-1]
            prob[f + a] = q[a]
            alias[f + a] = f + b
            q[b] += q[a] - 1.0
            if q[b] < 1.0:
                small.append(large.pop())
    return np.array(prob), np.array(alias, dtype=np.int64)


def chain_overlap(chain_texts: Sequence[str], real_text: str, ns: Sequence[int] = (8, 12, 20, 36)) -> dict[str, float]:
    """Share of generated n-grams (no line breaks) that occur verbatim in the real text."""
    out = {}
    for n in ns:
        grams = {real_text[i : i + n] for i in range(len(real_text) - n + 1)}
        tot = hit = 0
        for t in chain_texts:
            for i in range(0, len(t) - n + 1, 7):
                g = t[i : i + n]
                if "\n" in g:
                    continue
                tot += 1
                hit += g in grams
        out[f"{n}-gram"] = hit / tot if tot else float("nan")
    return out


# =============================================================================================
# The protected corpus and query material
# =============================================================================================

FILL_BATCH = 8192
FILL_RAW = 3400
_CLAUSE = re.compile(r"[，。；：！？、“”\n]")


def _shape_article(raw: str, target: int) -> str:
    """A ~``target``-character article: a headline line, then paragraphs, ending on a sentence."""
    cut = raw.rfind("。", 0, target)
    if cut < target - 400:
        cut = target - 1
    lines = [ln for ln in raw[: cut + 1].split("\n") if ln]
    head = _CLAUSE.split(lines[0])[0][:24]
    if len(head) < 6:
        head = lines[0][:16]
    return head + "\n" + "\n".join(lines)


class Corpus:
    """Protected articles by position, plus fresh (unprotected) text, all from ``seed``.

    Position ``i`` of the protected sequence: while real articles last, even positions are
    real People's Daily articles and odd ones fillers; then only fillers. So every store
    size holds both kinds, and positions below 1,000 (copied by the queries) are in every
    store of the growth table.
    """

    def __init__(self, chain: CharChain, real: list[list[str]], seed: int) -> None:
        self.chain = chain
        self.real = real
        self.seed = seed
        self._batch: tuple[int, list[str]] | None = None

    @property
    def n_real(self) -> int:
        return len(self.real)

    def real_text(self, k: int) -> str:
        return "\n".join(self.real[k])

    def filler(self, j: int) -> str:
        b, r = divmod(j, FILL_BATCH)
        if self._batch is None or self._batch[0] != b:
            rng = np.random.default_rng([self.seed, 1, b])
            raw = self.chain.texts(rng, FILL_BATCH, FILL_RAW)
            targets = rng.integers(2700, 3301, FILL_BATCH).tolist()
            self._batch = (b, [_shape_article(t, n) for t, n in zip(raw, targets)])
        return self._batch[1][r]

    def item(self, i: int) -> tuple[str, str]:
        """``(source, text)`` of protected position ``i``."""
        r = self.n_real
        if i < 2 * r and i % 2 == 0:
            k = i // 2
            return f"peoples-daily-1998-01/article-{k:04d}", self.real_text(k)
        j = i // 2 if i < 2 * r else i - r
        return f"filler/{j:07d}", self.filler(j)

    def fresh(self, stream: int, count: int, length: int = FILL_RAW, *, shaped: bool = True) -> list[str]:
        """``count`` unprotected ~3,000-character texts; ``stream`` names the purpose."""
        rng = np.random.default_rng([self.seed, 2, stream])
        raw = self.chain.texts(rng, count, length)
        if not shaped:
            return raw
        targets = rng.integers(2700, 3301, count).tolist()
        return [_shape_article(t, n) for t, n in zip(raw, targets)]


# =============================================================================================
# Suspect HTML pages
# =============================================================================================

_CHANNELS = (
    "首页 新闻 国内 国际 财经 科技 体育 娱乐 汽车 房产 教育 健康 文化 旅游 军事 社会 评论 图片 "
    "视频 专题 读书 时尚 游戏 数码 博客 论坛 法治 环保 三农 公益 地方 理论 党建 人事 反腐 县域"
).split()
_STYLE = "\n".join(
    f".c{i}{{margin:{i % 7}px {i % 5}px;padding:{i % 3}px;color:#{(i * 2654435761) % 0xFFFFFF:06x};font-size:{12 + i % 6}px}}"
    for i in range(40)
)
_SCRIPT = (
    "window.__CONFIG__={channel:'news',ads:["
    + ",".join(f"{{slot:'ad{i}',size:[{300 + i},{250 - i}],lazy:true}}" for i in range(30))
    + "]};(function(){var s=document.createElement('script');s.async=true;"
    "s.src='https://static.example-cdn.cn/stat.js?v=20240506';document.head.appendChild(s)})();"
)


@dataclass
class Page:
    name: str
    data: bytes
    kind: str  # clean / copy / excerpt / quotes
    sources: tuple[str, ...] = ()  # protected sources copied into it


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def page_html(
    rng: np.random.Generator,
    *,
    title: str,
    paragraphs: Sequence[str],
    snippets: Iterator[str],
    idx: int,
) -> bytes:
    """A 20-40 KB news page around ``paragraphs``: nav, breadcrumb, sidebar, comments, footer."""
    target = int(rng.integers(20_000, 40_001))
    site = int(rng.integers(1, 60))
    day = f"2024-{int(rng.integers(1, 13)):02d}-{int(rng.integers(1, 29)):02d}"
    nav = "".join(f'<li class="c{i % 40}"><a href="/{i}/index.html">{c}</a></li>' for i, c in enumerate(_CHANNELS))
    hot = "".join(
        f'<li><a href="/2024/{idx}/{k}.html" title="{_esc(h)}">{_esc(h)}</a><span class="n">{int(rng.integers(10, 9999))}</span></li>'
        for k, h in ((k, next(snippets)[:22]) for k in range(15))
    )
    rank = "".join(f'<li><em>{k + 1}</em><a href="/rank/{idx}-{k}.html">{_esc(next(snippets)[:18])}</a></li>' for k in range(10))
    body = "".join(f"<p>{_esc(p)}</p>\n" for p in paragraphs)
    head = (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        f"<title>{_esc(title)}_新闻中心_示例网</title>"
        f'<meta name="description" content="{_esc(paragraphs[0][:80]) if paragraphs else ""}">'
        f'<meta name="keywords" content="新闻,{_esc(title[:8])}">'
        f'<link rel="canonical" href="https://news.site{site}.example.cn/{day}/c{idx}.html">'
        f'<link rel="stylesheet" href="/css/main.css?v={idx % 97}"><style>{_STYLE}</style>'
        f"<script>{_SCRIPT}</script></head>\n<body>"
        '<div class="top-bar"><a href="/login">登录</a> | <a href="/reg">注册</a> | <a href="/app">客户端</a></div>'
        f'<div class="header"><a class="logo" href="/">示例网</a><nav><ul class="nav">{nav}</ul></nav>'
        '<form class="search" action="/search"><input name="q"><button>搜索</button></form></div>\n'
        '<div class="crumb"><a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; <span>正文</span></div>\n'
        f'<div class="main"><article class="article"><h1>{_esc(title)}</h1>'
        f'<div class="info"><span class="time">{day} {int(rng.integers(0, 24)):02d}:{int(rng.integers(0, 60)):02d}</span>'
        f'<span class="source">来源：示例网</span><span class="author">编辑：王{"明华强军"[idx % 4]}</span></div>\n'
        f'<div class="content" id="content">\n{body}</div>'
        '<div class="editor">（责任编辑：李青）</div>'
        '<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div></article>\n'
        f'<aside class="side"><div class="hot"><h3>热点新闻</h3><ul>{hot}</ul></div>'
        f'<div class="rank"><h3>排行榜</h3><ol>{rank}</ol></div></aside></div>\n'
        '<div class="comments" id="comments"><h3>网友评论</h3>'
    )
    foot = (
        '</div>\n<footer class="footer"><p><a href="/about">关于我们</a> | <a href="/contact">联系我们</a> | '
        '<a href="/ads">广告服务</a> | <a href="/jobs">招聘信息</a> | <a href="/map">网站地图</a></p>'
        f"<p>Copyright © 2024 site{site}.example.cn All Rights Reserved 版权所有 示例网</p>"
        f"<p>京ICP备{10000000 + idx}号 京公网安备{11010502000000 + idx}号</p></footer></body></html>\n"
    )
    size = len((head + foot).encode("utf-8"))
    comments = []
    n = 0
    while size < target:
        c = (
            f'<div class="comment-item"><span class="user">网友{int(rng.integers(1000, 99999))}</span>'
            f'<span class="time">{day} {int(rng.integers(0, 24)):02d}:{int(rng.integers(0, 60)):02d}</span>'
            f'<p class="txt">{_esc(next(snippets))}</p><a class="reply">回复</a>'
            f'<span class="like">赞({int(rng.integers(0, 500))})</span></div>\n'
        )
        comments.append(c)
        size += len(c.encode("utf-8"))
        n += 1
    return (head + "".join(comments) + foot).encode("utf-8")


class Snippets:
    """An endless supply of short chain-generated strings (headlines, comments)."""

    def __init__(self, corpus: Corpus, stream: int) -> None:
        self.corpus = corpus
        self.stream = stream
        self.k = 0
        self.buf: list[str] = []

    def __iter__(self) -> Snippets:
        return self

    def __next__(self) -> str:
        while not self.buf:
            raw = self.corpus.fresh(self.stream * 1000 + self.k, 256, 240, shaped=False)
            self.k += 1
            for t in raw:
                for piece in t.split("\n"):
                    if len(piece) >= 12:
                        self.buf.append(piece[:160])
        return self.buf.pop()


def make_pages(corpus: Corpus, stream: int, count: int, copy_pool: Sequence[int]) -> list[Page]:
    """``count`` distinct pages: 70% clean, 15% full copies, 15% excerpts of real articles."""
    rng = np.random.default_rng([corpus.seed, 3, stream])
    bodies = corpus.fresh(10_000 + stream, count)
    snippets = Snippets(corpus, 20_000 + stream)
    pages = []
    for i in range(count):
        u = rng.random()
        fresh = bodies[i].split("\n")
        if u < 0.70:
            kind, title, paras, src = "clean", fresh[0], fresh[1:], ()
        else:
            k = int(copy_pool[int(rng.integers(0, len(copy_pool)))])
            art = corpus.real[k]
            if u < 0.85:
                kind, title, paras = "copy", art[0], art[1:]
            else:
                kind, title = "excerpt", fresh[0]
                body = [p for p in art[1:] if len(p) >= 80] or art[1:]
                take = body[: int(rng.integers(1, 3))]
                at = int(rng.integers(1, max(2, len(fresh) - 1)))
                paras = fresh[1:at] + take + fresh[at:]
            src = (f"peoples-daily-1998-01/article-{k:04d}",)
        data = page_html(rng, title=title, paragraphs=paras, snippets=snippets, idx=stream * 100_000 + i)
        pages.append(Page(f"p{stream:03d}-{i:05d}-{kind}.html", data, kind, src))
    return pages


# =============================================================================================
# Results
# =============================================================================================


@dataclass
class Figure:
    key: str
    section: str
    name: str
    value: float
    unit: str
    call: str
    runs: int
    items_per_run: str
    run_seconds: float
    target: float | None = None
    cmp: str | None = None  # ">=" or "<="
    baseline: str | None = None
    baseline_value: float | None = None
    ratio: float | None = None
    per_run: list[float] = field(default_factory=list)
    note: str = ""

    @property
    def passed(self) -> bool | None:
        if self.target is None or self.cmp is None:
            return None
        v = self.ratio if self.unit == "×" and self.ratio is not None else self.value
        return v >= self.target if self.cmp == ">=" else v <= self.target


class Results:
    def __init__(self, command: str) -> None:
        self.command = command
        self.figures: list[Figure] = []
        self.tables: dict[str, object] = {}
        self.meta: dict[str, object] = {}
        self.notes: list[str] = []

    def add(self, fig: Figure) -> Figure:
        self.figures.append(fig)
        tgt = f" (target {fig.cmp} {fig.target:g}: {'PASS' if fig.passed else 'MISS'})" if fig.passed is not None else ""
        log(f"  {fig.name}: {_fmt(fig.value)} {fig.unit}{tgt}")
        return fig

    def to_json(self) -> dict[str, object]:
        return {
            "command": self.command,
            "meta": self.meta,
            "notes": self.notes,
            "figures": [
                {**{k: v for k, v in vars(f).items()}, "passed": f.passed} for f in self.figures
            ],
            "tables": self.tables,
        }


def _fmt(v: float | None, digits: int = 3) -> str:
    if v is None or (isinstance(v, float) and np.isnan(v)):
        return "–"
    if isinstance(v, int) or (abs(v) >= 100 and float(v).is_integer()):
        return f"{int(v):,}"
    if abs(v) >= 100:
        return f"{v:,.0f}"
    return f"{v:.{digits}g}"


def _loads(x: object) -> str:
    return " / ".join(f"{v:.1f}" for v in x) if isinstance(x, (list, tuple)) else "?"


def _mb(b: float | None) -> str:
    return "–" if b is None else f"{b / 2**20:,.1f}"


# =============================================================================================
# Store building (the only thing that may be cached between invocations)
# =============================================================================================


def _tree_hash(src: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(src.glob("*.py")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()


def package_fingerprint() -> tuple[str, str]:
    """``(version, sha256 of the package sources)``: the store cache key besides the seed."""
    import reprint_guard

    return reprint_guard.__version__, _tree_hash(Path(reprint_guard.__file__).resolve().parent)


def store_stamp(corpus: Corpus, n: int = 40) -> str:
    """SHA-256 of what a store would hold for the first ``n`` corpus items: the manifest's
    scheme entries and, per item, the extracted text and its fingerprint. Equal stamps mean a
    cached store is what this code would build."""
    from reprint_guard.config import FingerprintScheme
    from reprint_guard.extract import extract
    from reprint_guard.fingerprint import fingerprint_article
    from reprint_guard.normalize import normalize
    from reprint_guard.shingle import shingle
    from reprint_guard.store import STORE_VERSION, scheme_manifest

    scheme = FingerprintScheme()
    h = hashlib.sha256(json.dumps([STORE_VERSION, scheme_manifest(scheme)], sort_keys=True).encode())
    for i in range(n):
        source, text = corpus.item(i)
        doc = extract(text, content_type="text", path=source)
        fp = fingerprint_article(shingle(normalize(doc.text).text, scheme), scheme)
        h.update(json.dumps([source, doc.text, doc.title, doc.date, doc.notice_text]).encode())
        for a in (fp.doc_signature, fp.passage_starts, fp.passage_signatures, fp.keys):
            h.update(np.ascontiguousarray(a).tobytes())
    return h.hexdigest()


def writable_guard(directory: Path):
    """``Guard.open(directory, create=True)``: a store opened for protecting."""
    from reprint_guard.api import Guard

    return Guard.open(directory, create=True)




@dataclass
class Stage:
    size: int
    directory: Path
    reused: bool
    build: dict[str, object]


def _dir_bytes(d: Path) -> int:
    return sum(p.stat().st_size for p in d.iterdir() if p.is_file())


def build_stages(
    corpus: Corpus,
    sizes: Sequence[int],
    cache: Path,
    *,
    reuse: bool,
    staging: Path | None,
    rate_estimate: float,
    budget_s: float,
    results: Results,
) -> list[Stage]:
    """Stores of the given sizes, each built by adding to the previous one (1k, then 10k, …)."""
    stages: list[Stage] = []
    prev: Stage | None = None
    spent = 0.0
    for size in sizes:
        final = cache / f"store-{size}"
        info = final / "build.json"
        if reuse and info.exists():
            b = json.loads(info.read_text())
            log(f"store of {size:,} articles: reused from the cache {final} (built {b['built_at']})")
            writable_guard(final).close()  # writes the index file if this code keeps one and it is missing
            prev = Stage(size, final, True, b)
            stages.append(prev)
            continue
        have = prev.size if prev else 0
        need = (size - have) / rate_estimate
        if spent + need > budget_s:
            fit = have + int((budget_s - spent) * rate_estimate) // 1000 * 1000
            note = (
                f"Building the {size:,}-article store would take ~{(spent + need) / 60:.0f} min of protect "
                f"time at the measured {rate_estimate:.0f} articles/s (budget {budget_s / 60:.0f} min)"
            )
            if fit <= have:
                results.notes.append(note + f"; stopped at {have:,} articles.")
                log(note + f"; stopping at {have:,}")
                break
            results.notes.append(note + f"; ran at the largest size that fits: {fit:,} articles.")
            log(note + f"; building {fit:,} instead")
            size = fit
            final = cache / f"store-{size}"
            info = final / "build.json"
            if reuse and info.exists():
                b = json.loads(info.read_text())
                prev = Stage(size, final, True, b)
                stages.append(prev)
                break
        work = (staging or cache) / f"store-{size}.building"
        if work.exists():
            shutil.rmtree(work)
        work.parent.mkdir(parents=True, exist_ok=True)
        if prev:
            shutil.copytree(prev.directory, work, ignore=shutil.ignore_patterns("build.json"))
        else:
            work.mkdir()
        guard = writable_guard(work)
        log(f"building the store of {size:,} articles from {have:,} in {work}")
        t0 = time.perf_counter()
        statuses: dict[str, int] = {}
        for i in range(have, size):
            source, text = corpus.item(i)
            out = guard.protect_document(text, source=source, content_type="text")
            statuses[out.status] = statuses.get(out.status, 0) + 1
            if (i - have + 1) % 2000 == 0:
                el = time.perf_counter() - t0
                log(f"  protected {i - have + 1:,}/{size - have:,} ({(i - have + 1) / el:.0f} articles/s)")
        seconds = time.perf_counter() - t0
        guard.close()
        spent += seconds
        b = {
            "size": size,
            "from_size": have,
            "seconds": seconds,
            "articles_per_s": (size - have) / seconds,
            "statuses": statuses,
            "built_at": time.strftime("%Y-%m-%d %H:%M:%S"),
            "built_in": "tmpfs staging (fsync-free), copied to disk" if staging else "on disk",
            "store_bytes": _dir_bytes(work),
        }
        if statuses.get("added", 0) != size - have:
            raise SystemExit(f"protect did not add every article: {statuses}")
        if final.exists():
            shutil.rmtree(final)
        if staging:
            shutil.copytree(work, final)
            shutil.rmtree(work)
        else:
            work.rename(final)
        (final / "build.json").write_text(json.dumps(b, indent=1))
        log(f"store of {size:,} built in {seconds:.0f} s ({b['articles_per_s']:.0f} articles/s)")
        prev = Stage(size, final, False, b)
        stages.append(prev)
    return stages


def evict_page_cache(d: Path) -> bool:
    """Ask the kernel to drop the store's clean pages (``posix_fadvise(DONTNEED)``)."""
    ok = True
    for p in d.iterdir():
        if not p.is_file():
            continue
        try:
            fd = os.open(p, os.O_RDONLY)
            try:
                os.fsync(fd) if os.access(p, os.W_OK) else None
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)
        except (OSError, AttributeError):
            ok = False
    return ok


# =============================================================================================
# Large pages (section 3c of the adversarial inputs; also alone: --large-pages-only)
# =============================================================================================

LARGE_SHAPES = ("div-per-paragraph", "one-giant-p", "nested-tables", "mostly-links", "text-no-tags")
LARGE_SIZES_MB = (1, 4, 15)
LARGE_TARGET_S_PER_MB = 0.5
LARGE_TARGET_RSS_PER_BYTE = 40.0
# The paragraph of a protected article copied at the end of every large page (so that the
# candidate check, verification and the report run too): from the shipped store's articles.
LARGE_STORE = REPO / "fingerprints"
LARGE_ARTICLE = REPO / "examples" / "protected" / "2024-05-06-qingchuan-flood.txt"


def large_page(shape: str, size: int, seed: int = 0) -> bytes:
    """A page of ``size`` bytes (UTF-8) of one shape, invented Chinese text of 3,755 common
    characters, with one protected paragraph copied at its end.

    div-per-paragraph: ``<div>`` per 120-character paragraph; one-giant-p: one ``<p>`` holding
    everything; nested-tables: tables three deep, 40-character cells; mostly-links: 90 % of the
    bytes in ``<a>`` elements of 30 characters; text-no-tags: plain text, one paragraph a line.
    """
    import random

    from reprint_guard._hanfreq import COMMON_SIMPLIFIED

    chars = sorted(COMMON_SIMPLIFIED)
    rng = random.Random(f"{shape}-{size}-{seed}")
    copied = max(LARGE_ARTICLE.read_text(encoding="utf-8").splitlines()[2:], key=len)

    def para(n: int = 120) -> str:
        return "".join(rng.choices(chars, k=n)) + "。"

    unit = {
        "div-per-paragraph": lambda: f"<div>{para()}</div>\n",
        "one-giant-p": lambda: para(),
        "nested-tables": lambda: (
            f"<table><tr><td><table><tr><td>{para(40)}</td><td><table><tr><td>{para(40)}</td></tr>"
            "</table></td></tr></table></td></tr></table>\n"
        ),
        "mostly-links": lambda: "".join(f'<a href="/n/{rng.randrange(10**6)}.html">{para(30)}</a>' for _ in range(8))
        + f"<span>{para(8)}</span>\n",
        "text-no-tags": lambda: para() + "\n",
    }[shape]
    if shape == "text-no-tags":
        head, tail = "", copied + "\n"
    else:
        head = "<!doctype html><html><head><meta charset=utf-8><title>大页面</title></head><body>"
        tail = f"<div>{copied}</div></body></html>"
        if shape == "one-giant-p":
            head, tail = head + "<p>", f"{copied}</p></body></html>"
    parts, n = [head], len(head.encode()) + len(tail.encode())
    while True:
        u = unit()
        b = len(u.encode())
        if n + b > size:
            break
        parts.append(u)
        n += b
    parts.append(tail)
    return "".join(parts).encode("utf-8")


def _child_large_page(arg: dict) -> dict[str, object]:
    """One page in a fresh process: RSS growth over a baseline taken after imports, the
    store's open and a warm-up check; the peak is VmHWM after resetting it (clear_refs 5)."""
    from reprint_guard.api import Guard

    g = Guard.open(arg["store"])
    g.check("预热" * 200)
    gc.collect()
    base = rss()
    reset = True
    try:
        Path("/proc/self/clear_refs").write_text("5")  # VmHWM := VmRSS
    except OSError:
        reset = False
    t0 = time.perf_counter()
    rep = g.check_file(arg["page"])
    seconds = time.perf_counter() - t0
    peak = peak_rss()
    return {
        "seconds": seconds,
        "rss_growth": peak - base,
        "hwm_reset": reset,
        "verdict": rep.verdict,
        "found": any(m.article.source.endswith(LARGE_ARTICLE.name) for m in rep.matches),
        "reason": rep.reason,
    }


def large_pages(sizes_mb: Sequence[float] = LARGE_SIZES_MB, store: Path = LARGE_STORE) -> list[dict[str, object]]:
    """Every shape at every size, each page checked in a fresh subprocess."""
    rows = []
    with tempfile.TemporaryDirectory(prefix="reprint_guard-large-") as tmp:
        for mb in sizes_mb:
            for shape in LARGE_SHAPES:
                data = large_page(shape, int(mb * 1_000_000))
                page = Path(tmp) / f"{shape}-{mb}MB.{'txt' if shape == 'text-no-tags' else 'html'}"
                page.write_bytes(data)
                del data
                r = run_child("large-page", {"store": str(store), "page": str(page)})
                size = page.stat().st_size
                page.unlink()
                row = {
                    "shape": shape,
                    "mb": mb,
                    "bytes": size,
                    "seconds": r["seconds"],
                    "s_per_mb": r["seconds"] / (size / 1e6),
                    "rss_growth": r["rss_growth"],
                    "rss_per_byte": r["rss_growth"] / size,
                    "verdict": r["verdict"],
                    "copied_paragraph_found": r["found"],
                    "hwm_reset": r["hwm_reset"],
                }
                row["passed"] = (
                    row["s_per_mb"] <= LARGE_TARGET_S_PER_MB and row["rss_per_byte"] <= LARGE_TARGET_RSS_PER_BYTE
                )
                log(
                    f"  {shape:18s} {mb:>4} MB: {r['seconds']:.2f} s ({row['s_per_mb']:.2f} s/MB), "
                    f"peak RSS +{r['rss_growth'] / 1e6:.0f} MB ({row['rss_per_byte']:.1f} B/B), {r['verdict']}"
                )
                rows.append(row)
    return rows


def large_pages_md(rows: list[dict[str, object]], command: str, meta: dict[str, object]) -> str:
    out = [
        "# Large pages (speed benchmark, section 3c)",
        "",
        f"Command: `{command}`",
        "",
        f"Machine: {meta['machine']}; commit {meta['commit']}; {meta['date']}; load average "
        f"{meta.get('load_average_start', ['?'])[0]:.1f} at the start, {meta.get('load_average_end', ['?'])[0]:.1f} at the end "
        "(a shared machine: seconds stretch with the load, memory does not).",
        "",
        "Each page is checked in a fresh subprocess against the shipped store (`fingerprints/`):",
        "`Guard.check_file(page)` after the imports, the store's open and a warm-up check; peak RSS",
        "growth is VmHWM (reset with `/proc/self/clear_refs`) minus VmRSS before the check, so the",
        "page's own bytes count. Pages are invented Chinese text (3 bytes a character) with one",
        "paragraph of a protected article copied at the end. Targets: <= "
        f"{LARGE_TARGET_S_PER_MB} s per MB and <= {LARGE_TARGET_RSS_PER_BYTE:.0f} bytes of peak RSS per input byte.",
        "",
        "| shape | size | seconds | s / MB | peak RSS growth | bytes / input byte | verdict (copy found) | target |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |",
    ]
    for r in rows:
        out.append(
            f"| {r['shape']} | {r['mb']} MB | {r['seconds']:.2f} | {r['s_per_mb']:.2f} | "
            f"{r['rss_growth'] / 1e6:.0f} MB | {r['rss_per_byte']:.1f} | {r['verdict']} "
            f"({'yes' if r['copied_paragraph_found'] else 'no'}) | {'met' if r['passed'] else 'MISSED'} |"
        )
    return "\n".join(out) + "\n"


# =============================================================================================
# Child processes (cold open, RSS of our index, RSS of datasketch's MinHashLSH)
# =============================================================================================


def run_child(kind: str, arg: dict[str, object], timeout: float = 3600) -> dict[str, object]:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(arg, f)
        path = f.name
    try:
        cp = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--child", kind, path],
            check=False,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if cp.returncode != 0:
            raise RuntimeError(f"child {kind} failed ({cp.returncode}):\n{cp.stderr[-4000:]}")
        return json.loads(cp.stdout.strip().splitlines()[-1])
    finally:
        os.unlink(path)


def child_main(kind: str, arg_path: str) -> int:
    arg = json.loads(Path(arg_path).read_text())
    if kind == "open":
        t0 = time.perf_counter()
        from reprint_guard.api import Guard

        t_import = time.perf_counter() - t0
        gc.collect()
        r0 = rss()
        t0 = time.perf_counter()
        g = Guard.open(arg["store"])
        t_open = time.perf_counter() - t0
        out = {"import_s": t_import, "open_s": t_open, "rss_delta": rss() - r0, "articles": len(g)}
    elif kind == "ours-mem":
        out = _child_ours_mem(arg)
    elif kind == "ds-mem":
        out = _child_ds_mem(arg)
    elif kind == "large-page":
        out = _child_large_page(arg)
    else:
        raise SystemExit(f"unknown child {kind}")
    print(json.dumps(out))
    return 0


def _child_ours_mem(arg: dict) -> dict[str, object]:
    texts = json.loads(Path(arg["queries"]).read_text())
    from reprint_guard.api import Guard
    from reprint_guard.extract import extract
    from reprint_guard.fingerprint import query_keys
    from reprint_guard.normalize import normalize
    from reprint_guard.shingle import shingle

    extract("预热" * 50)
    normalize("预热")  # builds the fold tables: not part of the index
    gc.collect()
    r0 = rss()
    t0 = time.perf_counter()
    g = Guard.open(arg["store"])
    t_open = time.perf_counter() - t0
    gc.collect()
    r_open = rss()
    t0 = time.perf_counter()
    for t in texts:
        g.check(t)
    t_check = time.perf_counter() - t0
    gc.collect()
    r_q = rss()
    cands = []
    for t in texts:
        sh = shingle(normalize(t).text, g.scheme)
        cands.append(sorted(g._index.query(query_keys(sh, g.scheme))))
    return {
        "open_s": t_open,
        "check_s": t_check,
        "rss_before": r0,
        "rss_delta_open": r_open - r0,
        "rss_delta_queries": r_q - r0,
        "peak_rss": peak_rss(),
        "index_nbytes": g._index.nbytes(),
        "index_entries": g._index.n_entries,
        "articles": len(g),
        "article_cache": len(g._cache),
        "candidates": cands,
    }


def _child_ds_mem(arg: dict) -> dict[str, object]:
    import sqlite3

    from datasketch import LeanMinHash, MinHashLSH

    from reprint_guard.config import FingerprintScheme
    from reprint_guard.store import STORE_FILE, Store

    z = np.load(arg["qsigs"])
    qdoc, qpas, qoff = z["doc"], z["passages"], z["offsets"]
    scheme = FingerprintScheme()
    seed = scheme.seed
    gc.collect()
    r0 = rss()
    t0 = time.perf_counter()
    store = Store.open(arg["store"], scheme)
    con = sqlite3.connect(Path(arg["store"], STORE_FILE).resolve().as_uri() + "?mode=ro", uri=True)
    ids = con.execute("SELECT rowid, id FROM articles ORDER BY rowid").fetchall()
    con.close()
    lsh_doc = MinHashLSH(num_perm=scheme.num_perm, params=(scheme.doc_bands, scheme.doc_rows))
    lsh_pas = MinHashLSH(num_perm=scheme.passage_num_perm, params=(scheme.passage_bands, scheme.passage_rows))
    n_sigs = 0
    for rowid, aid in ids:
        lsh_doc.insert(rowid, store.doc_signature(aid), check_duplication=False)
        _, sigs = store.passage_signatures(aid)
        assert len(sigs) < 4096
        for j, s in enumerate(sigs):
            lsh_pas.insert((rowid << 12) | j, LeanMinHash(seed=seed, hashvalues=s, scheme="affine32"), check_duplication=False)
        n_sigs += 1 + len(sigs)
    t_build = time.perf_counter() - t0
    store.close()
    gc.collect()
    r_built = rss()
    t0 = time.perf_counter()
    cands = []
    for q in range(len(qdoc)):
        c = set(lsh_doc.query(LeanMinHash(seed=seed, hashvalues=qdoc[q], scheme="affine32")))
        for row in qpas[qoff[q] : qoff[q + 1]]:
            c.update(k >> 12 for k in lsh_pas.query(LeanMinHash(seed=seed, hashvalues=row, scheme="affine32")))
        cands.append(sorted(c))
    t_query = time.perf_counter() - t0
    gc.collect()
    r_q = rss()
    return {
        "build_s": t_build,
        "query_s": t_query,
        "signatures": n_sigs,
        "articles": len(ids),
        "rss_delta_built": r_built - r0,
        "rss_delta_queries": r_q - r0,
        "peak_rss": peak_rss(),
        "candidates": cands,
    }


# =============================================================================================
# Measurements
# =============================================================================================


@dataclass
class Plan:
    """Items per run for every measurement (``--quick`` shrinks them)."""

    runs: int
    sig_articles: int
    protect_articles: int
    nomatch_queries: int
    copy_queries: int
    pages: int
    thread_pages: int
    memory_runs: int = 1
    mem_queries: int = 1000


class Bench:
    def __init__(self, args: argparse.Namespace, corpus: Corpus, results: Results) -> None:
        from reprint_guard.config import FingerprintScheme

        self.args = args
        self.corpus = corpus
        self.results = results
        self.scheme = FingerprintScheme()
        q = args.quick
        self.plan = Plan(
            runs=args.runs,
            sig_articles=60 if q else 100,
            protect_articles=100 if q else 200,
            nomatch_queries=100 if q else 200,
            copy_queries=20 if q else 40,
            # 300 pages make a jobs=1 run ~2 s: with 100 (~0.7 s) the same code gave jobs=2/jobs=1
            # ratios from 1.4 to 2.1 run to run on this shared machine, with 300 from 1.82 to 1.93.
            pages=args.pages or (100 if q else 300),
            thread_pages=40,
            memory_runs=args.memory_runs,
        )
        self.cmd = results.command
        self.failed = False

    def fig(self, **kw) -> Figure:
        return self.results.add(Figure(**kw))

    # -- 1. signatures --------------------------------------------------------------------
    def signatures(self) -> None:
        from datasketch import MinHash

        from reprint_guard.fingerprint import fingerprint_article, signature
        from reprint_guard.normalize import normalize
        from reprint_guard.shingle import shingle

        log("1. signatures: reprint_guard vs datasketch's default MinHash on the same articles")
        p, scheme = self.plan, self.scheme
        full, sig_only, ds = [], [], []
        full_s, sig_s, ds_s = [], [], []
        lens = []
        for r in range(p.runs):
            texts = [normalize(t).text for t in self.corpus.fresh(40 + r, p.sig_articles)]
            lens += [len(t) for t in texts]

            def ours_full(texts: list[str] = texts) -> None:
                for t in texts:
                    fingerprint_article(shingle(t, scheme), scheme)

            def ours_sig(texts: list[str] = texts) -> None:
                for t in texts:
                    signature(shingle(t, scheme).hashes, scheme.num_perm, scheme.seed)

            def datasketch_default(texts: list[str] = texts) -> None:
                for t in texts:
                    m = MinHash(num_perm=128)
                    for i in range(len(t) - 4):
                        m.update(t[i : i + 5].encode("utf-8"))

            order = [("full", ours_full), ("sig", ours_sig), ("ds", datasketch_default)]
            if r % 2:
                order.reverse()
            for name, fn in order:
                t0 = time.perf_counter()
                fn()
                el = time.perf_counter() - t0
                {"full": full_s, "sig": sig_s, "ds": ds_s}[name].append(el)
                {"full": full, "sig": sig_only, "ds": ds}[name].append(len(texts) / el)
            log(f"  run {r + 1}: ours {full[-1]:.0f}/s (signature only {sig_only[-1]:.0f}/s), datasketch {ds[-1]:.1f}/s")
        n = p.sig_articles
        items = f"{n} articles of {median(lens):,.0f} chars (normalised)"
        ds_call = "datasketch.MinHash(num_perm=128) (sha1_hash32, affine32), one update() per character 5-gram, utf-8"
        self.fig(
            key="sig.datasketch", section="1 signatures", name="datasketch default MinHash", value=median(ds),
            unit="articles/s", call=ds_call, runs=p.runs, items_per_run=items, run_seconds=median(ds_s), per_run=ds,
        )
        self.fig(
            key="sig.full", section="1 signatures", name="shingle + fingerprint_article (doc + passage signatures + band keys)",
            value=median(full), unit="articles/s", call="fingerprint_article(shingle(text, scheme), scheme)",
            runs=p.runs, items_per_run=items, run_seconds=median(full_s), per_run=full,
        )
        self.fig(
            key="sig.full.ratio", section="1 signatures", name="fingerprint_article vs datasketch (same run)",
            value=median([a / b for a, b in zip(full, ds)]), unit="×", ratio=median([a / b for a, b in zip(full, ds)]),
            target=20, cmp=">=", baseline="datasketch default MinHash", baseline_value=median(ds),
            call="per-run ratio of articles/s", runs=p.runs, items_per_run=items, run_seconds=median(full_s),
            per_run=[a / b for a, b in zip(full, ds)],
        )
        self.fig(
            key="sig.doc", section="1 signatures", name="shingle + signature (document signature only)",
            value=median(sig_only), unit="articles/s", call="signature(shingle(text, scheme).hashes, 128, seed)",
            runs=p.runs, items_per_run=items, run_seconds=median(sig_s), per_run=sig_only,
        )
        ratios = [a / b for a, b in zip(sig_only, ds)]
        self.fig(
            key="sig.doc.ratio", section="1 signatures", name="document signature vs datasketch (same run)",
            value=median(ratios), unit="×", ratio=median(ratios), target=20, cmp=">=",
            baseline="datasketch default MinHash", baseline_value=median(ds), call="per-run ratio of articles/s",
            runs=p.runs, items_per_run=items, run_seconds=median(sig_s), per_run=ratios,
        )

    # -- 1b. protect throughput -------------------------------------------------------------
    def protect(self, where: Path, label: str, key: str) -> float:
        log(f"1b. protect throughput ({label}): Guard.protect(folder of text files) into a fresh store")
        p = self.plan
        rates, secs = [], []
        for r in range(p.runs):
            texts = self.corpus.fresh(60 + r, p.protect_articles)
            d = Path(tempfile.mkdtemp(prefix="protect-", dir=where))
            files = Path(tempfile.mkdtemp(prefix="protect-in-", dir=self.args.work))
            for i, t in enumerate(texts):
                (files / f"{i:05d}.txt").write_text(t, encoding="utf-8")
            try:
                g = writable_guard(d / "store")
                t0 = time.perf_counter()
                outs = g.protect([files])
                g.close()  # included: a writer's close may write the index file
                el = time.perf_counter() - t0
                if sum(o.status == "added" for o in outs) != len(texts):
                    raise SystemExit(f"protect did not add every file: {[o.status for o in outs][:5]}")
            finally:
                shutil.rmtree(d, ignore_errors=True)
                shutil.rmtree(files, ignore_errors=True)
            rates.append(len(texts) / el)
            secs.append(el)
        self.fig(
            key=key, section="1 signatures", name=f"protect throughput, store writes included ({label})",
            value=median(rates), unit="articles/s",
            call="Guard.protect([folder of .txt files]) + close() into a new store (commits in batches)",
            runs=p.runs, items_per_run=f"{p.protect_articles} articles of ~3,000 chars", run_seconds=median(secs),
            per_run=rates,
        )
        return median(rates)

    # -- 3. check latency (every growth stage) -------------------------------------------
    def nomatch_texts(self, r: int) -> list[str]:
        if not hasattr(self, "_nomatch"):
            self._nomatch = {}
        if r not in self._nomatch:
            self._nomatch[r] = self.corpus.fresh(30 + r, self.plan.nomatch_queries)
        return self._nomatch[r]

    def latency(self, guard, size: int) -> dict[str, object]:
        p, c = self.plan, self.corpus
        for t in self.corpus.fresh(29, 20):  # warm: fold tables, OpenCC, trafilatura imports
            guard.check(t)
        for j in range(480, 485):
            guard.check(c.filler(j))
        out: dict[str, list] = {k: [] for k in ("nm_p50", "nm_p99", "nm_s", "cp_p50", "cp_p99", "cp_s", "re_p50", "re_p99", "re_s")}
        nm_flagged = cp_reprint = re_found = 0
        n_nm = n_cp = 0
        for r in range(p.runs):
            nm, cp, re_ = [], [], []
            texts = self.nomatch_texts(r)
            copies = [c.filler(j) for j in range(r * p.copy_queries, (r + 1) * p.copy_queries)]
            reals = [(k, c.real_text(k)) for k in range(r * p.copy_queries, (r + 1) * p.copy_queries)]
            t_run = time.perf_counter()
            for t in texts:
                t0 = time.perf_counter()
                rep = guard.check(t)
                nm.append((time.perf_counter() - t0) * 1000)
                nm_flagged += rep.verdict not in ("clean",)
            out["nm_s"].append(time.perf_counter() - t_run)
            t_run = time.perf_counter()
            for t in copies:
                t0 = time.perf_counter()
                rep = guard.check(t)
                cp.append((time.perf_counter() - t0) * 1000)
                cp_reprint += rep.verdict == "reprint"
            out["cp_s"].append(time.perf_counter() - t_run)
            t_run = time.perf_counter()
            for k, t in reals:
                t0 = time.perf_counter()
                rep = guard.check(t)
                re_.append((time.perf_counter() - t0) * 1000)
                re_found += any(m.article.source.endswith(f"article-{k:04d}") for m in rep.matches)
            out["re_s"].append(time.perf_counter() - t_run)
            n_nm += len(texts)
            n_cp += len(copies)
            for key, xs in (("nm", nm), ("cp", cp), ("re", re_)):
                out[f"{key}_p50"].append(pct(xs, 50))
                out[f"{key}_p99"].append(pct(xs, 99))
        res = {k: median(v) for k, v in out.items()}
        res["per_run"] = out
        res["nomatch_flagged"] = nm_flagged
        res["nomatch_total"] = n_nm
        res["copy_reprint"] = cp_reprint
        res["copy_total"] = n_cp
        res["real_found"] = re_found
        res["real_total"] = n_cp
        log(
            f"  {size:,} articles: no match p50 {res['nm_p50']:.1f} ms p99 {res['nm_p99']:.1f} ms; "
            f"full copy p50 {res['cp_p50']:.1f} ms p99 {res['cp_p99']:.1f} ms ({cp_reprint}/{n_cp} reprint); "
            f"{nm_flagged}/{n_nm} no-match texts flagged"
        )
        return res

    # -- 4. open time and memory (subprocesses) -------------------------------------------
    def mem_queries(self) -> tuple[str, str]:
        """1,000 distinct query texts (every 10th quotes a protected paragraph) and their signatures."""
        if hasattr(self, "_memq"):
            return self._memq
        from reprint_guard.fingerprint import signature, sliding_signatures
        from reprint_guard.normalize import normalize
        from reprint_guard.shingle import shingle

        c, n = self.corpus, self.plan.mem_queries
        texts = c.fresh(7, n)
        for q in range(0, n, 10):
            k = (q // 10) % min(500, c.n_real)
            para = max(c.real[k][1:] or c.real[k], key=len)
            lines = texts[q].split("\n")
            lines.insert(len(lines) // 2, para)
            texts[q] = "\n".join(lines)
        tmp = Path(tempfile.mkdtemp(prefix="memq-", dir=self.args.work))
        qpath = tmp / "queries.json"
        qpath.write_text(json.dumps(texts, ensure_ascii=False))
        docs, pas, offs = [], [], [0]
        s = self.scheme
        for t in texts:
            sh = shingle(normalize(t).text, s)
            docs.append(signature(sh.hashes, s.num_perm, s.seed))
            ps = sliding_signatures(sh.hashes, s)
            if len(ps) > 1:
                keep = np.ones(len(ps), bool)
                keep[1:] = np.any(ps[1:] != ps[:-1], axis=1)
                ps = ps[keep]
            pas.append(ps)
            offs.append(offs[-1] + len(ps))
        spath = tmp / "qsigs.npz"
        np.savez(spath, doc=np.stack(docs), passages=np.concatenate(pas), offsets=np.array(offs))
        self._memq = (str(qpath), str(spath))
        return self._memq

    def open_times(self, stage: Stage) -> dict[str, object]:
        p = self.plan
        run_child("open", {"store": str(stage.directory)})  # warms the page cache
        warm = [run_child("open", {"store": str(stage.directory)}) for _ in range(p.runs)]
        cold = []
        evicted = True
        for _ in range(p.runs):
            evicted &= evict_page_cache(stage.directory)
            cold.append(run_child("open", {"store": str(stage.directory)}))
        return {
            "warm_open_s": median([w["open_s"] for w in warm]),
            "warm_per_run": [w["open_s"] for w in warm],
            "evicted_open_s": median([w["open_s"] for w in cold]),
            "evicted_per_run": [w["open_s"] for w in cold],
            "import_s": median([w["import_s"] for w in warm]),
            "evicted_ok": evicted,
        }

    def memory(self, stage: Stage) -> dict[str, object]:
        qpath, spath = self.mem_queries()
        p = self.plan
        ours = [run_child("ours-mem", {"store": str(stage.directory), "queries": qpath}) for _ in range(p.memory_runs)]
        res: dict[str, object] = {
            "index_nbytes": ours[0]["index_nbytes"],
            "index_entries": ours[0]["index_entries"],
            "articles": ours[0]["articles"],
            "rss_delta_open": median([o["rss_delta_open"] for o in ours]),
            "rss_delta_queries": median([o["rss_delta_queries"] for o in ours]),
            "rss_delta_queries_per_run": [o["rss_delta_queries"] for o in ours],
            "peak_rss": median([o["peak_rss"] for o in ours]),
            "open_s_in_mem_child": median([o["open_s"] for o in ours]),
            "check_1000_s": median([o["check_s"] for o in ours]),
            "article_cache_entries": ours[0]["article_cache"],
        }
        ours_c = ours[0]["candidates"]
        if stage.size <= self.args.datasketch_max:
            log(f"  datasketch MinHashLSH over the same signatures ({stage.size:,} articles, one subprocess)")
            ds = run_child("ds-mem", {"store": str(stage.directory), "qsigs": spath})
            ds_c = ds["candidates"]
            same = sum(a == b for a, b in zip(ours_c, ds_c))
            jac = [len(set(a) & set(b)) / len(set(a) | set(b)) if (a or b) else 1.0 for a, b in zip(ours_c, ds_c)]
            res.update(
                ds_rss_delta_built=ds["rss_delta_built"],
                ds_rss_delta_queries=ds["rss_delta_queries"],
                ds_build_s=ds["build_s"],
                ds_query_s=ds["query_s"],
                ds_signatures=ds["signatures"],
                agreement=same / len(ours_c),
                agreement_jaccard=float(np.mean(jac)),
                candidates_ours=sum(map(len, ours_c)),
                candidates_ds=sum(map(len, ds_c)),
                queries_with_candidates=sum(1 for a in ours_c if a),
            )
        return res

    def stage(self, stage: Stage, last: bool) -> dict[str, object]:
        from reprint_guard.api import Guard

        log(f"stage {stage.size:,} articles ({'reused' if stage.reused else 'built'}: {stage.directory})")
        row: dict[str, object] = {"size": stage.size, "reused_store": stage.reused, "build": stage.build}
        row["store_bytes"] = _dir_bytes(stage.directory)
        log("  4. open time in fresh processes (page cache warm, then evicted)")
        row.update(self.open_times(stage))
        log(f"     open {row['warm_open_s']:.2f} s warm, {row['evicted_open_s']:.2f} s evicted")
        log(f"  4. memory after {self.plan.mem_queries:,} queries in fresh processes")
        row.update(self.memory(stage))
        log(
            f"     index {row['index_nbytes'] / 2**20:.1f} MiB, RSS delta {row['rss_delta_queries'] / 2**20:.1f} MiB"
            + (f", datasketch {row['ds_rss_delta_queries'] / 2**20:.1f} MiB, agreement {row['agreement']:.3f}" if "agreement" in row else "")
        )
        log("  3. check latency (warm Guard)")
        guard = Guard.open(stage.directory)
        row["latency"] = self.latency(guard, stage.size)
        if last:
            self.guard = guard
        else:
            guard.close()
        return row

    # -- 2. scan throughput ----------------------------------------------------------------
    def copy_pool(self) -> list[int]:
        return list(range(min(500, self.corpus.n_real)))

    def scan(self, guard, size: int) -> dict[str, object]:
        import trafilatura

        log(f"2. scan throughput on HTML pages against {size:,} articles")
        p = self.plan
        rates: dict[str, list[float]] = {m: [] for m in ("check", "scan1", "scan2", "traf")}
        secs: dict[str, list[float]] = {m: [] for m in rates}
        kinds: dict[str, dict[str, int]] = {}
        sizes = []
        loads: list[float] = []
        # The Guard keeps its scan workers between scans: start them before the timed runs, so
        # the jobs=2 figure is the steady state; their start-up is measured on its own below.
        d = Path(tempfile.mkdtemp(prefix="pages-warm-", dir=self.args.work))
        for pg in make_pages(self.corpus, 199, 2, self.copy_pool()):
            (d / pg.name).write_bytes(pg.data)
        guard.scan([d], jobs=2)
        shutil.rmtree(d, ignore_errors=True)
        for r in range(p.runs):
            sets = {m: make_pages(self.corpus, 100 + 4 * r + i, p.pages, self.copy_pool()) for i, m in enumerate(rates)}
            sizes += [len(pg.data) for pg in sets["check"]]
            dirs = {}
            for m in ("scan1", "scan2"):
                d = Path(tempfile.mkdtemp(prefix=f"pages-{m}-", dir=self.args.work))
                for pg in sets[m]:
                    (d / pg.name).write_bytes(pg.data)
                dirs[m] = d
            order = list(rates) if r % 2 == 0 else list(reversed(rates))
            for m in order:
                t0 = time.perf_counter()
                if m == "check":
                    for pg in sets[m]:
                        rep = guard.check(pg.data, path=pg.name)
                        k = kinds.setdefault(pg.kind, {})
                        found = any(mt.article.source in pg.sources for mt in rep.matches)
                        tag = rep.verdict + ("+source" if found else "")
                        k[tag] = k.get(tag, 0) + 1
                elif m == "traf":
                    for pg in sets[m]:
                        trafilatura.extract(pg.data)
                else:
                    rep = guard.scan([dirs[m]], jobs=1 if m == "scan1" else 2)
                    assert len(rep.documents) == p.pages, len(rep.documents)
                el = time.perf_counter() - t0
                secs[m].append(el)
                rates[m].append(p.pages / el)
            for d in dirs.values():
                shutil.rmtree(d, ignore_errors=True)
            loads.append(os.getloadavg()[0])
            log(
                f"  run {r + 1}: check {rates['check'][-1]:.1f}/s, scan jobs=1 {rates['scan1'][-1]:.1f}/s, "
                f"jobs=2 {rates['scan2'][-1]:.1f}/s, trafilatura alone {rates['traf'][-1]:.1f}/s"
            )
        # Fixed cost of jobs=2: close() stops the Guard's workers, so the next scan starts new
        # ones (pool, forks); on 2 pages that is nearly all of it.
        fixed = []
        for r in range(p.runs):
            d = Path(tempfile.mkdtemp(prefix="pages-fixed-", dir=self.args.work))
            for pg in make_pages(self.corpus, 200 + r, 2, self.copy_pool()):
                (d / pg.name).write_bytes(pg.data)
            guard.close()
            t0 = time.perf_counter()
            guard.scan([d], jobs=2)
            fixed.append(time.perf_counter() - t0)
            shutil.rmtree(d, ignore_errors=True)
        guard.close()
        items = f"{p.pages} distinct pages (median {median(sizes) / 1024:.0f} KB)"
        sec = f"2 scan ({size:,} articles)"
        self.fig(
            key="scan.check", section=sec, name="guard.check(html_bytes) in a loop, one core", value=median(rates["check"]),
            unit="pages/s", target=100, cmp=">=", call="for page in pages: guard.check(page_bytes, path=name)",
            runs=p.runs, items_per_run=items, run_seconds=median(secs["check"]), per_run=rates["check"],
        )
        self.fig(
            key="scan.jobs1", section=sec, name="guard.scan(folder, jobs=1)", value=median(rates["scan1"]),
            unit="pages/s", target=100, cmp=">=", call="guard.scan([folder], jobs=1)",
            runs=p.runs, items_per_run=items, run_seconds=median(secs["scan1"]), per_run=rates["scan1"],
        )
        self.fig(
            key="scan.jobs2", section=sec, name="guard.scan(folder, jobs=2)", value=median(rates["scan2"]),
            unit="pages/s", call="guard.scan([folder], jobs=2) (2 worker processes forked from the Guard, kept between scans)",
            runs=p.runs, items_per_run=items, run_seconds=median(secs["scan2"]), per_run=rates["scan2"],
        )
        ratio = [a / b for a, b in zip(rates["scan2"], rates["scan1"])]
        self.fig(
            key="scan.jobs_ratio", section=sec, name="scan jobs=2 vs jobs=1 (same run)", value=median(ratio), unit="×",
            ratio=median(ratio), target=1.8, cmp=">=", baseline="scan jobs=1", baseline_value=median(rates["scan1"]),
            call="per-run ratio of pages/s", runs=p.runs, items_per_run=items, run_seconds=median(secs["scan2"]), per_run=ratio,
            note=f"1-minute load average after each run: median {median(loads):.1f} on 2 cores (other jobs share the machine)",
        )
        over = [t2 - t1 / 2 for t1, t2 in zip(secs["scan1"], secs["scan2"])]
        self.fig(
            key="scan.jobs2_overhead", section=sec, name="scan jobs=2 time above an ideal halving of jobs=1", value=median(over),
            unit="s", call="per run: seconds(jobs=2) - seconds(jobs=1) / 2", runs=p.runs, items_per_run=items,
            run_seconds=median(secs["scan2"]), per_run=over,
        )
        self.fig(
            key="scan.trafilatura", section=sec, name="trafilatura.extract alone (reference)", value=median(rates["traf"]),
            unit="pages/s", call="for page in pages: trafilatura.extract(page_bytes)",
            runs=p.runs, items_per_run=items, run_seconds=median(secs["traf"]), per_run=rates["traf"],
            note=f"{1000 / median(rates['traf']):.1f} ms/page vs {1000 / median(rates['check']):.1f} ms/page for guard.check",
        )
        self.fig(
            key="scan.jobs2_fixed", section=sec, name="scan jobs=2 start-up cost (a scan of 2 pages starting new workers)", value=median(fixed),
            unit="s", call="guard.close(); guard.scan([folder of 2 pages], jobs=2) (the close not timed)", runs=p.runs, items_per_run="2 pages",
            run_seconds=median(fixed), per_run=fixed,
            note=f"= {median(fixed) * median(rates['scan1']):.0f} pages of jobs=1 work",
        )
        share = [(1 / t) / (1 / c) for t, c in zip(rates["traf"], rates["check"])]
        self.fig(
            key="scan.traf_share", section=sec, name="trafilatura time / guard.check time (same run)", value=median(share),
            unit="×", ratio=median(share), baseline="guard.check loop", baseline_value=median(rates["check"]),
            call="per-run (ms/page trafilatura) / (ms/page check)", runs=p.runs, items_per_run=items,
            run_seconds=median(secs["traf"]), per_run=share,
        )
        return {"rates": rates, "seconds": secs, "verdicts_by_kind": kinds, "page_bytes_median": median(sizes)}

    # -- 3b. adversarial inputs ------------------------------------------------------------
    def adversarial(self, guard, size: int) -> dict[str, object]:
        log("3b. adversarial inputs")
        p, c = self.plan, self.corpus
        big_s, big_found, rep_s, rep_verdicts, q_s, q_found = [], [], [], [], [], []
        big_bytes = 0
        snippets = Snippets(c, 777)
        for r in range(p.runs):
            # (a) ~1 MB of unrelated text with one protected paragraph at its end
            k = 300 + r
            para = max(c.real[k][1:] or c.real[k], key=len)
            filler = "\n".join(c.fresh(5000 + r, 130))
            raw = filler.encode("utf-8")[: 1_000_000 - len(para.encode("utf-8")) - 1]
            text = raw.decode("utf-8", errors="ignore") + "\n" + para
            big_bytes = len(text.encode("utf-8"))
            t0 = time.perf_counter()
            rep = guard.check(text)
            big_s.append(time.perf_counter() - t0)
            big_found.append(any(m.article.source.endswith(f"article-{k:04d}") for m in rep.matches))
            # (b) one paragraph repeated 1,000 times
            k2 = 350 + r
            para2 = max(c.real[k2][1:] or c.real[k2], key=len)
            t0 = time.perf_counter()
            rep = guard.check("\n".join([para2] * 1000))
            rep_s.append(time.perf_counter() - t0)
            rep_verdicts.append(rep.verdict)
            # (c) a page quoting 50 protected articles
            ks = [(r * 50 + i) % min(500, c.n_real) for i in range(50)]
            paras = []
            for kk in ks:
                paras.append(next(snippets))
                paras.append(max(c.real[kk][1:] or c.real[kk], key=len))
            rng = np.random.default_rng([c.seed, 4, r])
            page = page_html(rng, title="五十篇报道摘编", paragraphs=paras, snippets=snippets, idx=900_000 + r)
            t0 = time.perf_counter()
            rep = guard.check(page, path=f"quotes-{r}.html")
            q_s.append(time.perf_counter() - t0)
            srcs = {m.article.source for m in rep.matches}
            q_found.append(sum(f"peoples-daily-1998-01/article-{kk:04d}" in srcs for kk in ks))
            log(
                f"  run {r + 1}: 1 MB {big_s[-1]:.2f} s (found {big_found[-1]}), repeated paragraph {rep_s[-1]:.2f} s "
                f"({rep_verdicts[-1]}), 50 quotes {q_s[-1]:.2f} s ({q_found[-1]}/50 found)"
            )
        sec = f"3 adversarial ({size:,} articles)"
        self.fig(
            key="adv.1mb", section=sec, name="1 MB unrelated text + one copied paragraph at the end (slowest run)",
            value=max(big_s), unit="s", target=1.0, cmp="<=", call="guard.check(text)", runs=p.runs,
            items_per_run=f"1 text of {big_bytes:,} bytes", run_seconds=median(big_s), per_run=big_s,
            note=f"median {median(big_s):.2f} s; copied paragraph found in {sum(big_found)}/{len(big_found)} runs",
        )
        self.fig(
            key="adv.1mb.found", section=sec, name="1 MB text: copied paragraph found (runs)", value=sum(big_found),
            unit=f"of {len(big_found)}", target=len(big_found), cmp=">=", call="any(match.article is the source)",
            runs=p.runs, items_per_run="1 text", run_seconds=median(big_s), per_run=[float(b) for b in big_found],
        )
        self.fig(
            key="adv.repeat", section=sec, name="one paragraph repeated 1,000 times (slowest run)", value=max(rep_s),
            unit="s", target=1.0, cmp="<=", call="guard.check('\\n'.join([paragraph] * 1000))", runs=p.runs,
            items_per_run="1 text", run_seconds=median(rep_s), per_run=rep_s,
            note=f"median {median(rep_s):.2f} s; verdicts {sorted(set(rep_verdicts))}",
        )
        self.fig(
            key="adv.quotes", section=sec, name="page quoting 50 protected articles (slowest run)", value=max(q_s),
            unit="s", target=1.0, cmp="<=", call="guard.check(page_bytes)", runs=p.runs,
            items_per_run="1 page, 50 quoted paragraphs", run_seconds=median(q_s), per_run=q_s,
            note=f"median {median(q_s):.2f} s",
        )
        self.fig(
            key="adv.quotes.found", section=sec, name="page quoting 50 articles: articles found", value=median(q_found),
            unit="of 50", call="distinct quoted sources among report.matches", runs=p.runs, items_per_run="1 page",
            run_seconds=median(q_s), per_run=[float(x) for x in q_found],
        )
        if not all(big_found):
            self.results.notes.append("ASSERTION FAILED: the paragraph copied at the end of a 1 MB text was not found in every run.")
            self.failed = True
        return {"big_found": big_found, "repeat_verdicts": rep_verdicts, "quotes_found": q_found}

    # -- 6. threads ------------------------------------------------------------------------
    def threads(self, guard, size: int) -> dict[str, object]:
        log("6. four threads sharing one Guard")
        p = self.plan
        n = p.thread_pages
        agree = total = 0
        r1, r4, s1, s4 = [], [], [], []

        def one(pg: Page) -> str:
            return json.dumps(guard.check(pg.data, path=pg.name).to_dict(), sort_keys=True, default=str)

        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            for r in range(p.runs):
                a = make_pages(self.corpus, 300 + 3 * r, n, self.copy_pool())
                b = make_pages(self.corpus, 301 + 3 * r, n, self.copy_pool())
                c = make_pages(self.corpus, 302 + 3 * r, n, self.copy_pool())
                single = [one(pg) for pg in a]
                multi = list(pool.map(one, a))
                agree += sum(x == y for x, y in zip(single, multi))
                total += n
                for mode in ("1", "4") if r % 2 == 0 else ("4", "1"):
                    t0 = time.perf_counter()
                    if mode == "1":
                        for pg in b:
                            one(pg)
                    else:
                        list(pool.map(one, c))
                    el = time.perf_counter() - t0
                    (r1 if mode == "1" else r4).append(n / el)
                    (s1 if mode == "1" else s4).append(el)
                log(f"  run {r + 1}: 1 thread {r1[-1]:.1f} pages/s, 4 threads {r4[-1]:.1f} pages/s")
        sec = f"6 threads ({size:,} articles)"
        items = f"{n} distinct pages"
        self.fig(
            key="threads.agree", section=sec, name="4 threads give the same to_dict() as 1", value=agree / total,
            unit="share", target=1.0, cmp=">=", call="ThreadPoolExecutor(4).map(guard.check, pages) vs a loop",
            runs=p.runs, items_per_run=items, run_seconds=median(s4), note=f"{agree}/{total} reports identical",
        )
        self.fig(
            key="threads.1", section=sec, name="1 thread", value=median(r1), unit="pages/s",
            call="for page in pages: guard.check(page)", runs=p.runs, items_per_run=items, run_seconds=median(s1), per_run=r1,
        )
        ratio = [a / b for a, b in zip(r4, r1)]
        self.fig(
            key="threads.4", section=sec, name="4 threads, same Guard", value=median(r4), unit="pages/s",
            baseline="1 thread", baseline_value=median(r1), ratio=median(ratio),
            call="ThreadPoolExecutor(4).map(guard.check, pages)", runs=p.runs, items_per_run=items,
            run_seconds=median(s4), per_run=r4, note=f"{median(ratio):.2f}× one thread (same run; 2 cores)",
        )
        return {"agree": agree, "total": total}

    # -- 3c. where the time of one check goes ------------------------------------------------
    def breakdown(self, guard, size: int) -> dict[str, dict[str, float]]:
        """Per-step medians of one check, by input kind: the pipeline steps timed one by one."""
        from reprint_guard.extract import extract
        from reprint_guard.fingerprint import query_keys
        from reprint_guard.normalize import normalize
        from reprint_guard.shingle import shingle

        log("3c. per-step time of a check (extract, normalize, shingle, query keys, index, rest)")
        p, c, scheme = self.plan, self.corpus, self.scheme
        n = 20
        steps = ("extract", "normalize", "shingle", "query_keys", "index.query", "verify+verdict (rest)", "check total")
        per: dict[str, dict[str, list[float]]] = {}
        for r in range(p.runs):
            inputs = {
                "no-match text": [(t, None) for t in c.fresh(800 + r, n)],
                "HTML page (scan mix)": [(pg.data, None) for pg in make_pages(c, 810 + r, n, self.copy_pool())],
                "full copy (filler)": [(c.filler(j), None) for j in range(300 + r * n, 300 + (r + 1) * n)],
            }
            for kind, items in inputs.items():
                acc = {s_: [] for s_ in steps}
                for data, _ in items:
                    t0 = time.perf_counter()
                    doc = extract(data)
                    t1 = time.perf_counter()
                    norm = normalize(doc.text)
                    t2 = time.perf_counter()
                    sh = shingle(norm.text, scheme)
                    t3 = time.perf_counter()
                    keys = query_keys(sh, scheme)
                    t4 = time.perf_counter()
                    guard._index.query(keys)
                    t5 = time.perf_counter()
                    guard.check(data)
                    t6 = time.perf_counter()
                    total = t6 - t5
                    for name, v in zip(steps, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, max(0.0, total - (t5 - t0)), total)):
                        acc[name].append(v * 1000)
                d = per.setdefault(kind, {s_: [] for s_ in steps})
                for name in steps:
                    d[name].append(median(acc[name]))
        out = {kind: {name: median(v) for name, v in d.items()} for kind, d in per.items()}
        for kind, d in out.items():
            log(f"  {kind}: " + ", ".join(f"{k} {v:.1f}" for k, v in d.items()) + " (ms)")
        self.results.tables["breakdown"] = {"size": size, "items_per_run": n, "runs": p.runs, "ms": out}
        return out

    # -- profiles --------------------------------------------------------------------------
    def profile(self, guard, stage: Stage) -> str:
        from reprint_guard.api import Guard

        log("profiling check (pages, no-match texts) and Guard.open")
        buf = io.StringIO()
        pages = make_pages(self.corpus, 990, 60, self.copy_pool())
        texts = self.corpus.fresh(991, 60)
        for title, fn in (
            ("guard.check on 60 HTML pages", lambda: [guard.check(pg.data) for pg in pages]),
            ("guard.check on 60 no-match 3,000-character texts", lambda: [guard.check(t) for t in texts]),
            (f"Guard.open on {stage.size:,} articles", lambda: Guard.open(stage.directory).close()),
        ):
            pr = cProfile.Profile()
            t0 = time.perf_counter()
            pr.enable()
            fn()
            pr.disable()
            el = time.perf_counter() - t0
            buf.write(f"\n===== {title}: {el:.2f} s =====\n")
            for key in ("tottime", "cumulative"):
                s = io.StringIO()
                pstats.Stats(pr, stream=s).strip_dirs().sort_stats(key).print_stats(25)
                buf.write(s.getvalue())
        return buf.getvalue()

    # -- growth-derived figures ------------------------------------------------------------
    def stage_figures(self, rows: list[dict[str, object]]) -> None:
        p = self.plan
        last = rows[-1]
        n = int(last["size"])
        lat = last["latency"]
        sec = f"3 latency ({n:,} articles)"
        nm_items = f"{p.nomatch_queries} distinct unprotected texts of ~3,000 chars"
        cp_items = f"{p.copy_queries} distinct full copies of protected ~3,000-char articles"
        for key, name, target, items, secs in (
            ("nm_p50", "check, no match: p50", 3, nm_items, "nm_s"),
            ("nm_p99", "check, no match: p99", 30, nm_items, "nm_s"),
            ("cp_p50", "check, full copy of a protected article: p50", 50, cp_items, "cp_s"),
            ("cp_p99", "check, full copy of a protected article: p99", 50, cp_items, "cp_s"),
            ("re_p50", "check, full copy of a real People's Daily article: p50", None, cp_items.replace("~3,000-char", "real"), "re_s"),
            ("re_p99", "check, full copy of a real People's Daily article: p99", None, cp_items.replace("~3,000-char", "real"), "re_s"),
        ):
            note = ""
            if key.startswith("nm"):
                note = f"{lat['nomatch_flagged']}/{lat['nomatch_total']} unprotected texts got a non-clean verdict"
            elif key.startswith("cp"):
                note = f"{lat['copy_reprint']}/{lat['copy_total']} judged reprint"
            else:
                note = f"{lat['real_found']}/{lat['real_total']} matched their source"
            self.fig(
                key=f"lat.{key}", section=sec, name=name, value=lat[key], unit="ms", target=target,
                cmp="<=" if target else None, call="guard.check(text) (str), warm Guard, per-run percentile",
                runs=p.runs, items_per_run=items, run_seconds=lat[secs], per_run=lat["per_run"][key], note=note,
            )
        sec = f"4 memory and start-up ({n:,} articles)"
        self.fig(
            key="open.warm", section=sec, name="store open, fresh process, page cache warm", value=last["warm_open_s"],
            unit="s", target=2, cmp="<=", call="Guard.open(store) in a subprocess (import excluded)", runs=p.runs,
            items_per_run="1 open", run_seconds=last["warm_open_s"], per_run=last["warm_per_run"],
            note=f"import reprint_guard.api: {last['import_s']:.2f} s more",
        )
        self.fig(
            key="open.evicted", section=sec, name="store open, fresh process, store evicted from the page cache",
            value=last["evicted_open_s"], unit="s", target=2, cmp="<=",
            call="posix_fadvise(DONTNEED) on the store files, then Guard.open in a subprocess", runs=p.runs,
            items_per_run="1 open", run_seconds=last["evicted_open_s"], per_run=last["evicted_per_run"],
            note="" if last["evicted_ok"] else "eviction not supported here",
        )
        self.fig(
            key="mem.index", section=sec, name="guard._index.nbytes()", value=last["index_nbytes"] / 2**20, unit="MiB",
            call="Guard.open(store)._index.nbytes()", runs=1, items_per_run=f"{last['index_entries']:,} (key, slot) entries",
            run_seconds=last["open_s_in_mem_child"], note=f"{last['index_nbytes'] / n:,.0f} bytes/article",
        )
        self.fig(
            key="mem.rss", section=sec, name=f"RSS delta of Guard.open + {p.mem_queries:,} checks", value=last["rss_delta_queries"] / 2**20,
            unit="MiB", call="VmRSS after Guard.open and 1,000 guard.check(text) minus VmRSS before, in a subprocess",
            runs=p.memory_runs, items_per_run=f"{p.mem_queries:,} distinct queries", run_seconds=last["check_1000_s"],
            per_run=[x / 2**20 for x in last["rss_delta_queries_per_run"]],
            note=f"{last['rss_delta_open'] / 2**20:,.1f} MiB right after open; {last['article_cache_entries']:,} articles in the Guard's cache",
        )
        ds_rows = [r for r in rows if "ds_rss_delta_queries" in r]
        if ds_rows:
            d = ds_rows[-1]
            dn = int(d["size"])
            ratio = d["rss_delta_queries"] / d["ds_rss_delta_queries"]
            self.fig(
                key="mem.ds", section=sec, name=f"datasketch MinHashLSH, same signatures ({dn:,} articles)",
                value=d["ds_rss_delta_queries"] / 2**20, unit="MiB",
                call="MinHashLSH(num_perm, params=(b, r)) for doc and passage signatures, VmRSS delta after 1,000 queries, own subprocess",
                runs=1, items_per_run=f"{d['ds_signatures']:,} signatures inserted", run_seconds=d["ds_build_s"],
                note=f"insert {d['ds_build_s']:.0f} s, 1,000 queries {d['ds_query_s']:.0f} s; 1 run (deterministic, slow)",
            )
            self.fig(
                key="mem.ratio", section=sec, name=f"our RSS delta / datasketch's ({dn:,} articles)", value=ratio, unit="×",
                ratio=ratio, target=1 / 3, cmp="<=", baseline="datasketch MinHashLSH", baseline_value=d["ds_rss_delta_queries"] / 2**20,
                call="RSS delta after 1,000 queries, separate subprocesses", runs=1,
                items_per_run=f"{dn:,} articles", run_seconds=d["ds_build_s"],
                note=f"index arrays alone: {d['index_nbytes'] / d['ds_rss_delta_queries']:.3f}× datasketch",
            )
            self.fig(
                key="mem.agree", section=sec, name=f"same candidate sets as datasketch ({dn:,} articles)", value=d["agreement"],
                unit="share", target=1.0, cmp=">=", call="sorted candidate ids per query, ours vs datasketch",
                runs=1, items_per_run=f"{p.mem_queries:,} queries", run_seconds=d["ds_query_s"],
                note=f"mean Jaccard {d['agreement_jaccard']:.4f}; {d['candidates_ours']:,} vs {d['candidates_ds']:,} candidates; "
                f"{d['queries_with_candidates']} queries with any",
            )
        # Extrapolate from the two largest stages (fixed costs such as imports and the bucket
        # table do not scale with articles); a single stage extrapolates linearly from zero.
        prev = rows[-2] if len(rows) > 1 else None

        def project(col: str, scale: float, unit_label: str) -> tuple[float, str]:
            if prev is None or last["size"] == prev["size"]:
                per = last[col] / n
                return per * 1e6 / scale, f"linear: {per * scale_unit[unit_label]:,.2f} {unit_label}/article at {n:,}"
            slope = (last[col] - prev[col]) / (last["size"] - prev["size"])
            value = (last[col] + slope * (1e6 - n)) / scale
            return value, (
                f"{last[col] / scale:,.3g} at {n:,} + {slope * scale_unit[unit_label]:,.2f} {unit_label}/article "
                f"(slope {prev['size']:,} → {n:,}) × {1e6 - n:,.0f}"
            )

        scale_unit = {"bytes": 1.0, "µs": 1e6}
        sec = "4 projection to 1,000,000 articles"
        for key, name, col, scale, unit, ulabel in (
            ("proj.index", "index arrays at 1M articles", "index_nbytes", 2**30, "GiB", "bytes"),
            ("proj.rss", "RSS delta at 1M articles", "rss_delta_queries", 2**30, "GiB", "bytes"),
            ("proj.open", "store open at 1M articles (warm cache)", "warm_open_s", 1.0, "s", "µs"),
        ):
            value, how = project(col, scale, ulabel)
            self.fig(key=key, section=sec, name=name, value=value, unit=unit, call=how, runs=1,
                     items_per_run="–", run_seconds=0.0)
        if ds_rows:
            per_ds = ds_rows[-1]["ds_rss_delta_queries"] / ds_rows[-1]["size"]
            self.fig(
                key="proj.ds", section=sec, name="datasketch MinHashLSH at 1M articles",
                value=per_ds * 1e6 / 2**30, unit="GiB", call=f"linear: {per_ds:,.0f} bytes/article at {ds_rows[-1]['size']:,}",
                runs=1, items_per_run="–", run_seconds=0.0,
            )


# =============================================================================================
# Output
# =============================================================================================


_SHARED_SEEN: list[str] = []  # the --shared folder of this run, named <shared> in results


def _portable(text: str) -> str:
    """Results are committed: name this machine's folders generically, not by their paths."""
    repo = str(Path(__file__).resolve().parents[1])
    for shared in _SHARED_SEEN:
        text = text.replace(shared, "<shared>")
    return text.replace(repo, "<repo>").replace(tempfile.gettempdir(), "$TMPDIR")


def write_outputs(results: Results, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".json.tmp")
    tmp.write_text(_portable(json.dumps(results.to_json(), indent=1, ensure_ascii=False, default=str)))
    os.replace(tmp, out.with_suffix(".json"))
    out.with_suffix(".md").write_text(_portable(render_md(results)))
    log(f"wrote {out.with_suffix('.md')} and {out.with_suffix('.json')}")


def render_md(res: Results) -> str:
    m = res.meta
    L = [
        "# reprint_guard: speed and scale",
        "",
        f"Command: `{res.command}`  ",
        (f"Date: {m.get('date')}; machine: {m.get('machine')}; commit {m.get('commit')}; "
        f"reprint_guard {m.get('version')} (sources {str(m.get('src_sha256'))[:12]})  "),
        (f"Protected articles: {m.get('articles_measured'):,} measured (asked for {m.get('articles_requested'):,}); "
        f"{m.get('real_articles')} real People's Daily articles, the rest chain-generated fillers; seed {m.get('seed')}; "
        f"{m.get('runs')} runs per figure.  "),
        f"Stores: {m.get('store_summary')}  ",
        (f"1/5/15-minute load averages (2 cores, shared machine): start {_loads(m.get('load_average_start'))}, "
        f"end {_loads(m.get('load_average_end'))}  "),
        "",
        ("Every value is the median over the runs; ratios are computed run by run against a baseline measured "
        "in the same run, then the median taken. *Run length* is the items handled per run and the median "
        "wall time of one run. Every figure was produced by the command above; the *call* column says what "
        "was timed."),
        "",
    ]
    if res.notes:
        L += ["Notes:", ""] + [f"* {n}" for n in res.notes] + [""]
    L += [
        "| section | figure | median | unit | target | result | same-run baseline | run length | call |",
        "|---|---|---:|---|---|---|---|---|---|",
    ]
    for f in sorted(res.figures, key=lambda f: int(f.section.split()[0])):
        tgt = f"{f.cmp} {_fmt(f.target)}" if f.target is not None else ""
        ok = {True: "**pass**", False: "**MISS**", None: ""}[f.passed]
        base = f"{f.baseline}: {_fmt(f.baseline_value)}" if f.baseline else ""
        rl = f"{f.runs} × {f.items_per_run}, {f.run_seconds:.2f} s" if f.run_seconds else f"{f.items_per_run}"
        note = f" ({f.note})" if f.note else ""
        L.append(
            f"| {f.section} | {f.name}{note} | {_fmt(f.value)} | {f.unit} | {tgt} | {ok} | {base} | {rl} | `{f.call}` |"
        )
    g = res.tables.get("growth") or []
    if g:
        L += [
            "",
            "## Growth",
            "",
            ("Same queries at every size. Latencies: `guard.check(text)` on ~3,000-character texts, warm Guard, medians "
            "of per-run percentiles. Memory: VmRSS delta of `Guard.open` + 1,000 checks in a fresh process; datasketch: "
            "`MinHashLSH` holding the same document and passage signatures, in its own process."),
            "",
            "| articles | store | build | store MB | index entries | index MiB | bytes/article | RSS Δ open MiB | RSS Δ 1k queries MiB | datasketch RSS Δ MiB | ours/datasketch | candidate agreement | open s (warm) | open s (evicted) | no match p50 / p99 ms | full copy p50 / p99 ms |",
            "|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|",
        ]
        for r in g:
            lat = r["latency"]
            b = r["build"]
            ds = r.get("ds_rss_delta_queries")
            L.append(
                f"| {r['size']:,} | {'reused' if r['reused_store'] else 'built'} | {b.get('articles_per_s', 0):.0f} articles/s ({b.get('built_in', '')}) "
                f"| {r['store_bytes'] / 1e6:,.0f} | {r['index_entries']:,} | {_mb(r['index_nbytes'])} | {r['index_nbytes'] / r['size']:,.0f} "
                f"| {_mb(r['rss_delta_open'])} | {_mb(r['rss_delta_queries'])} | {_mb(ds) if ds else '–'} "
                f"| {(r['rss_delta_queries'] / ds) if ds else float('nan'):.3f} | {r.get('agreement', float('nan')):.3f} "
                f"| {r['warm_open_s']:.2f} | {r['evicted_open_s']:.2f} | {lat['nm_p50']:.1f} / {lat['nm_p99']:.1f} "
                f"| {lat['cp_p50']:.1f} / {lat['cp_p99']:.1f} |"
            )
    scan = res.tables.get("scan")
    if scan:
        L += ["", "## Verdicts on the scanned pages (check loop)", "", "| page kind | verdicts (+source: the copied article was matched) |", "|---|---|"]
        for kind, v in sorted(scan["verdicts_by_kind"].items()):
            L.append(f"| {kind} | {', '.join(f'{k}: {n}' for k, n in sorted(v.items()))} |")
    bd = res.tables.get("breakdown")
    if bd:
        kinds = list(bd["ms"])
        steps = list(next(iter(bd["ms"].values())))
        L += [
            "",
            f"## Where the time of one check goes ({bd['size']:,} articles)",
            "",
            (f"Each step timed on its own (the public functions `guard.check` calls, in order), then `guard.check` on the same "
            f"input; *rest* = check total minus the steps (candidate verification, verdict, report). Median ms of "
            f"{bd['runs']} runs × {bd['items_per_run']} distinct inputs per kind."),
            "",
            "| step | " + " | ".join(kinds) + " |",
            "|---|" + "---:|" * len(kinds),
        ]
        for st in steps:
            L.append(f"| {st} | " + " | ".join(f"{bd['ms'][k][st]:.2f}" for k in kinds) + " |")
    ch = m.get("chain")
    if ch:
        L += [
            "",
            "## Filler generator",
            "",
            f"Order-{ch['order']} character chain with back-off ({ch['states']:,} states, {ch['edges']:,} edges; "
            f"{ch['source']}); filler articles: median {ch['filler_chars_median']:,.0f} characters; generation "
            f"{ch['chars_per_s'] / 1e6:.1f} M chars/s. Share of generated n-grams found verbatim in the real text: "
            + ", ".join(f"{k} {v:.2%}" for k, v in ch["overlap"].items())
            + ".",
        ]
    return "\n".join(L) + "\n"


# =============================================================================================
# Main
# =============================================================================================


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        description="Speed and scale benchmark for reprint_guard (see bench/README.md).",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    ap.add_argument("--articles", type=int, default=None, help="protected articles N (default 100,000; 2,000 with --quick)")
    ap.add_argument("--store", choices=("sqlite", "redis"), default="sqlite",
                    help="redis: the Redis store side by side with SQLite (bench/speed_redis.py; default N 10,000)")
    ap.add_argument("--quick", action="store_true", help="small dev run: N=2,000 and fewer items per run")
    ap.add_argument("--seed", type=int, default=1, help="seed of every generated text and page")
    ap.add_argument("--runs", type=int, default=5, help="runs per figure (at least 5)")
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the ../shared folder with data/")
    ap.add_argument("--out", type=Path, default=None,
                    help="output prefix (.md, .json); default bench/results/speed, bench/results/speed-quick with --quick")
    ap.add_argument("--cache-dir", type=Path, default=Path(tempfile.gettempdir()) / "reprint_guard-bench",
                    help="where built stores (and the compiled chain) are cached")
    ap.add_argument("--no-store-cache", dest="store_cache", action="store_false", help="always rebuild the stores")
    ap.add_argument("--build-tmpfs", action="store_true",
                    help="build stores in /dev/shm (no fsync cost), then copy them to the cache dir on disk")
    ap.add_argument("--max-build-minutes", type=float, default=25.0, help="protect-time budget for building stores")
    ap.add_argument("--datasketch-max", type=int, default=10_000,
                    help="largest store to load into datasketch's MinHashLSH (its memory grows ~30 KB/article)")
    ap.add_argument("--pages", type=int, default=0, help="pages per run for the scan figures (default 300; 100 quick)")
    ap.add_argument("--memory-runs", type=int, default=1,
                    help="fresh processes per store for the RSS figures (RSS is deterministic: 5 runs agreed within 0.2 MiB)")
    ap.add_argument("--profile", action="store_true", help="also write cProfile listings to <out>-profile.txt")
    ap.add_argument("--large-pages-only", action="store_true",
                    help="run only section 3c, large pages (no corpus needed); writes bench/results/large-pages.{md,json}")
    ap.add_argument("--large-sizes", type=float, nargs="+", default=list(LARGE_SIZES_MB), help="page sizes in MB for section 3c")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.runs < 5 and not args.child and args.store != "redis":
        ap.error("--runs must be at least 5")
    if args.out is None:
        args.out = REPO / "bench" / "results" / ("speed-quick" if args.quick else "speed")
    return args


def _git(*a: str) -> str:
    try:
        return subprocess.run(["git", *a], check=False, cwd=REPO, capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def snapshot_package(work: Path) -> Path | None:
    """Copy ``src/reprint_guard`` into ``work`` and import it from there, here and in children.

    Other work in the tree may change the package while a long run is going; without a
    snapshot, subprocesses (and modules imported late) would run newer code than the store
    was built with. Returns the snapshot directory, or ``None`` when there is no source tree.
    """
    if "reprint_guard" in sys.modules:
        raise RuntimeError("snapshot_package must run before reprint_guard is imported")
    src = REPO / "src" / "reprint_guard"
    if not src.is_dir():
        return None
    dest = work / "package-snapshot"
    shutil.copytree(src, dest / "reprint_guard", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    sys.path.insert(0, str(dest))
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, (str(dest), os.environ.get("PYTHONPATH"))))
    return dest


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child:
        return child_main(*args.child)
    if args.large_pages_only:
        return large_pages_main(args, argv)
    args.work = Path(tempfile.mkdtemp(prefix="reprint_guard-bench-run-"))
    snapshot = snapshot_package(args.work)
    import datasketch
    import trafilatura

    n_req = args.articles or (2_000 if args.quick else 100_000)
    sizes = [s for s in GROWTH_SIZES if s < n_req] + [n_req]
    _SHARED_SEEN.extend(dict.fromkeys((str(args.shared), str(args.shared.resolve()))))
    data = args.shared / PD_FILE
    if not data.exists():
        raise SystemExit(f"no evaluation data at {data}: pass --shared PATH (the folder holding data/)")
    command = "python bench/speed.py " + " ".join(shlex.quote(a) for a in (argv if argv is not None else sys.argv[1:]))
    results = Results(command)
    version, src_hash = package_fingerprint()
    data_hash = hashlib.sha256(data.read_bytes()).hexdigest()
    private_cache = None
    staging = Path("/dev/shm") / f"reprint_guard-bench-{os.getpid()}" if args.build_tmpfs else None
    bench: Bench | None = None
    try:
        # -- corpus ------------------------------------------------------------------------
        lines = read_paragraphs(data)
        articles = split_articles(lines)
        real = [a for a in articles if sum(map(len, a)) >= 200]
        log(f"{len(lines):,} paragraphs -> {len(articles):,} articles, {len(real):,} of >= 200 characters protected")
        chain_file = args.cache_dir / f"chain-{data_hash[:12]}-v{CharChain.VERSION}.npz"
        t0 = time.perf_counter()
        if chain_file.exists():
            chain = CharChain.load(chain_file)
            chain_src = f"compiled chain loaded from {chain_file} in {time.perf_counter() - t0:.2f} s"
        else:
            chain = CharChain.build("\n".join(lines) + "\n")
            chain_file.parent.mkdir(parents=True, exist_ok=True)
            chain.save(chain_file)
            chain_src = f"compiled from the text in {time.perf_counter() - t0:.1f} s, cached at {chain_file}"
        log(f"chain: {chain_src}")
        corpus = Corpus(chain, real, args.seed)
        if args.store == "redis":
            sys.path.insert(0, str(REPO / "bench"))
            import speed_redis

            return speed_redis.run(args, corpus, log, command)
        # Stores are reused while the pipeline gives the same stored fingerprints, whatever
        # else changed in the sources (keying on a source hash rebuilt 100,000 articles for
        # every edit to the index or the CLI).
        stamp = store_stamp(corpus)
        cache_root = args.cache_dir / f"seed{args.seed}-v{version}-out{stamp[:12]}"
        if not args.store_cache:
            private_cache = Path(tempfile.mkdtemp(prefix="reprint_guard-bench-stores-"))
            cache_root = private_cache
        cache_root.mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        corpus.filler(0)
        gen_s = time.perf_counter() - t0
        sample = [corpus.filler(j) for j in range(200)]
        overlap = chain_overlap(sample[:60], "\n".join(lines))
        log(f"filler batch of {FILL_BATCH:,} in {gen_s:.1f} s; verbatim n-gram shares {overlap}")
        results.meta = {
            "date": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
            "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Linux {platform.release()}, Python {platform.python_version()}",
            "commit": (_git("rev-parse", "--short", "HEAD") or "?") + (" + uncommitted changes" if _git("status", "--porcelain") else ""),
            "version": version,
            "src_sha256": src_hash,
            "libraries": {"numpy": np.__version__, "datasketch": datasketch.__version__, "trafilatura": trafilatura.__version__},
            "articles_requested": n_req,
            "seed": args.seed,
            "runs": args.runs,
            "quick": args.quick,
            "real_articles": min(len(real), (n_req + 1) // 2),
            "data_sha256": data_hash,
            "chain": {
                "order": 4,
                "states": chain.n_states,
                "edges": chain.n_edges,
                "source": chain_src,
                "filler_chars_median": median([len(s) for s in sample]),
                "chars_per_s": FILL_BATCH * FILL_RAW / gen_s,
                "overlap": overlap,
            },
            "cache_root": str(cache_root),
            "load_average_start": os.getloadavg(),
        }
        bench = Bench(args, corpus, results)
        # -- 1. signatures and protect -------------------------------------------------------
        bench.signatures()
        rate_disk = bench.protect(cache_root, "on disk, SQLite synchronous=FULL", "protect.disk")
        rate = rate_disk
        if staging:
            staging.mkdir(parents=True, exist_ok=True)
            rate = bench.protect(staging, "tmpfs /dev/shm, no fsync cost", "protect.tmpfs")
        proj = n_req / rate_disk / 60
        results.notes.append(
            f"Projected time to protect {n_req:,} articles on disk at the measured {rate_disk:.0f} articles/s: {proj:.0f} min."
        )
        if staging:
            results.notes.append(
                f"Stores built by this invocation were built in tmpfs ({staging}, {rate:.0f} articles/s measured there) "
                "and copied to disk before any measurement; the on-disk protect figure above is the product's throughput."
            )
        # -- build (or reuse) the stores -----------------------------------------------------
        stages = build_stages(
            corpus, sizes, cache_root, reuse=args.store_cache, staging=staging, rate_estimate=rate,
            budget_s=args.max_build_minutes * 60, results=results,
        )
        if not stages:
            raise SystemExit("no store could be built within the budget")
        results.meta["articles_measured"] = stages[-1].size
        results.meta["real_articles"] = min(len(real), (stages[-1].size + 1) // 2)
        results.meta["store_summary"] = "; ".join(
            f"{s.size:,}: {'reused from cache' if s.reused else 'built now'} ({s.build['built_in']}, "
            f"{s.build['articles_per_s']:.0f} articles/s, built {s.build['built_at']})"
            for s in stages
        ) + (f"; cache {cache_root}" if args.store_cache else "; no cache (--no-store-cache)")
        # -- per-stage measurements ----------------------------------------------------------
        rows = []
        for st in stages:
            rows.append(bench.stage(st, last=st is stages[-1]))
            results.tables["growth"] = rows
        last = stages[-1]
        guard = bench.guard
        results.tables["scan"] = bench.scan(guard, last.size)
        results.tables["adversarial"] = bench.adversarial(guard, last.size)
        log("3c. large pages")
        results.tables["large_pages"] = large_pages(args.large_sizes)
        results.tables["threads"] = bench.threads(guard, last.size)
        bench.breakdown(guard, last.size)
        bench.stage_figures(rows)
        for r in rows:  # candidate lists are bulky: keep counts only
            r.pop("candidates", None)
        if args.profile:
            prof = bench.profile(guard, last)
            out = args.out.with_name(args.out.name + "-profile.txt")
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(_portable(prof))
            log(f"wrote {out}")
        guard.close()
        results.meta["load_average_end"] = os.getloadavg()
        results.meta["package_snapshot"] = bool(snapshot)
        if snapshot and _tree_hash(REPO / "src" / "reprint_guard") != src_hash:
            results.notes.append(
                f"The package sources in the tree changed while this benchmark ran; every figure comes from the "
                f"snapshot taken at the start (sources {src_hash[:12]})."
            )
        write_outputs(results, args.out)
        return 1 if bench.failed else 0
    finally:
        shutil.rmtree(args.work, ignore_errors=True)
        if staging:
            shutil.rmtree(staging, ignore_errors=True)
        if private_cache:
            shutil.rmtree(private_cache, ignore_errors=True)


def large_pages_main(args: argparse.Namespace, argv: Sequence[str] | None) -> int:
    """``--large-pages-only``: section 3c alone, to bench/results/large-pages.{md,json}."""
    command = "python bench/speed.py " + " ".join(shlex.quote(a) for a in (argv if argv is not None else sys.argv[1:]))
    meta = {
        "date": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Linux {platform.release()}, Python {platform.python_version()}",
        "commit": (_git("rev-parse", "--short", "HEAD") or "?") + (" + uncommitted changes" if _git("status", "--porcelain") else ""),
        "load_average_start": os.getloadavg(),
    }
    log("3c. large pages")
    rows = large_pages(args.large_sizes)
    meta["load_average_end"] = os.getloadavg()
    out = REPO / "bench" / "results" / "large-pages"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.with_suffix(".json").write_text(json.dumps({"command": command, "meta": meta, "rows": rows}, indent=2) + "\n")
    out.with_suffix(".md").write_text(large_pages_md(rows, command, meta))
    log(f"wrote {out}.md and {out}.json")
    return 0 if all(r["passed"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
