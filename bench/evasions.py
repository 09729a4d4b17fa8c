#!/usr/bin/env python
"""Same-run latency of ``Guard.check`` for two versions of reprint_guard (issue 12).

    python bench/evasions.py --baseline ../main/src            # baseline vs this checkout's src
    python bench/evasions.py --baseline A/src --candidate B/src --rounds 5 --pages 200

Each version runs in its own worker processes (``sys.path`` starts with its ``src``), so two
source trees are compared on one machine in one run. Every worker builds its own store of 40
invented Chinese articles (the same for both versions), then times ``Guard.check(bytes)`` on
the same generated pages; the workers of the two versions alternate, ``--rounds`` times each,
so load on a shared machine falls on both alike. The figure per page is the median over its
rounds; the table gives the median (and 90th percentile) over the pages of each kind:

* ``news page, no match``: a 20-30 KB HTML news page (navigation, a ``<style>`` block with the
  ``display:none`` rules real sites have, sidebar, footer with ``©`` and ``·``), an unrelated
  article: what every check pays;
* ``news page, full copy``: the same layout around a protected article;
* ``plain text copy``: a protected article as UTF-8 text;
* ``tricked copy``: a full copy with zero-width characters, junk in hidden inline runs (inline
  styles and a class the page's ``<style>`` hides), a stray NUL and entity-escaped spaces:
  what the new code reads and the old one was fooled by (its verdict is printed too);
* ``english copy, homoglyphs``: a protected English article as UTF-8 text with every letter
  that has a Cyrillic look-alike (a c e i j o p s x y) written in Cyrillic;
* ``english copy, some homoglyphs``: the same with every third such letter swapped, in turn
  for its Cyrillic or its Greek look-alike (a i o p v);
* ``russian and greek, no match``: Russian and Greek news-like text with Latin names in it,
  the text the look-alike fold must leave alone, and the slowest path through it;
* ``copy with a long junk token``: a protected article as UTF-8 text with one paragraph of a
  single 3,000-letter "word" (a base64-like blob) in its middle.

Writes the table to stdout (markdown) and, with ``--out FILE``, to that file. Articles and
pages are random draws from the 3,755 common Chinese characters, or from the short English,
Russian and Greek word lists below (seeded): no real text. The store also holds 10 English
articles.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
KINDS = (
    "news page, no match",
    "news page, full copy",
    "plain text copy",
    "tricked copy",
    "english copy, homoglyphs",
    "english copy, some homoglyphs",
    "russian and greek, no match",
    "copy with a long junk token",
)
N_ENGLISH = 10
ENGLISH_WORDS = """
the a of to and in on for with from at by after before over under about against between
council harbour town river bridge school market ferry station hospital library museum road
mayor residents officials engineers teachers farmers skippers traders visitors workers police
said voted agreed warned argued announced reported confirmed denied promised planned opened
new old small large local public private annual early late second final main broken repaired
plan budget fund grant cost project meeting report survey season storm flood winter summer
week month year morning night weekend spring autumn million thousand hundred percent pounds
will would could should must may might can did was were has had is are been being
more less most least many few several every each other another same different whole half
building wall quay boat fleet catch plant shop street square park field farm village county
""".split()
RUSSIAN_WORDS = """
правительство города сообщило во вторник что ремонт набережной начнётся весной по словам
мэра работы обойдутся в два миллиона рублей а сроки зависят от погоды жители района собрались
на площади чтобы обсудить план многие из них сказали ждали этого решения много лет рыбаки
поддержали проект хотя опасаются стройка помешает сезону о с и к у сахар хор рука
""".split()
GREEK_WORDS = """
ο δήμαρχος της πόλης ανακοίνωσε την Τρίτη ότι οι εργασίες στο λιμάνι θα ξεκινήσουν τον
Απρίλιο σύμφωνα με το δημοτικό συμβούλιο κόστος φτάσει τα δύο εκατομμύρια ευρώ και ψαράδες
ελπίζουν στόλος επιστρέψει πριν από καλοκαίρι κάτοικοι συγκεντρώθηκαν στην πλατεία
""".split()
LATIN_NAMES = ["Apple", "Google", "Port Wellen", "Reuters", "BBC", "iPhone", "Ruth Askew", "UEFA"]
CYRILLIC = str.maketrans("aceijopsxy", "\u0430\u0441\u0435\u0456\u0458\u043e\u0440\u0455\u0445\u0443")
GREEK = str.maketrans("aiopv", "\u03b1\u03b9\u03bf\u03c1\u03bd")


# ---------------------------------------------------------------------------------------------
# Pages (pure functions of the seed; run inside each worker)
# ---------------------------------------------------------------------------------------------


def _chars() -> list[str]:
    from reprint_guard._hanfreq import COMMON_SIMPLIFIED

    return sorted(COMMON_SIMPLIFIED)


def article(rng: random.Random, chars: list[str], paragraphs: int = 9) -> list[str]:
    out = []
    for _ in range(paragraphs):
        clauses = ["".join(rng.choices(chars, k=rng.randint(28, 40))) for _ in range(3)]
        out.append("，".join(clauses) + "。")
    return out


def newsroom_text(paras: list[str]) -> str:
    return (
        "您当前的位置：青川新闻网 > 新闻 > 本地\n\n青川县春季重点项目建设全面启动\n\n"
        "2024/05/06 09:30 来源：青川日报\n\n" + "\n".join(paras) + "\n\n版权声明\n"
        "本文版权归青川日报社所有，未经许可，任何单位和个人不得转载、修改、摘编。\n联系电话：0931-5550123\n"
    )


STYLE = (
    "<style>body{font:14px/1.6 sans-serif;margin:0}.nav{display:flex}.nav li{list-style:none}"
    ".dropdown{display:none}.nav li:hover .dropdown{display:block}.modal{display:none;position:fixed}"
    ".mobile-only{display:none}.sr-only{position:absolute;width:1px;height:1px;overflow:hidden}"
    "@media (max-width:600px){.desktop-only{display:none}.mobile-only{display:block}}"
    ".sidebar a{color:#333}.footer{font-size:12px;color:#999}</style>"
)


def news_page(rng: random.Random, chars: list[str], paras: list[str], *, tricks: bool = False) -> str:
    nav = "".join(f"<li><a href='/c{k}'>{''.join(rng.choices(chars, k=2))}</a>"
                  f"<ul class='dropdown'><li><a href='/c{k}/1'>{''.join(rng.choices(chars, k=4))}</a></li></ul></li>"
                  for k in range(12))  # fmt: skip
    side = "".join(f"<li><a href='/n/{k}.html'>{''.join(rng.choices(chars, k=rng.randint(12, 22)))}</a></li>"
                   for k in range(30))  # fmt: skip
    if tricks:
        paras = [_trick(rng, chars, p) for p in paras]
    body = "".join(f"<p>{p}</p>" for p in paras)
    extra_style = "<style>.jz{display:none}</style>" if tricks else ""
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>青川县春季重点项目建设全面启动_青川新闻网</title>"
        f"<meta property='og:site_name' content='青川新闻网'>{STYLE}{extra_style}</head><body>"
        f"<div class='header'><ul class='nav'>{nav}</ul></div>"
        "<div class='modal'>请登录后评论</div>"
        "<div class='main'><h1>青川县春季重点项目建设全面启动</h1>"
        "<div class='info'>2024-05-06 09:30 来源：青川新闻网 · 作者：李明</div>"
        f"<div class='article'>{body}</div></div>"
        f"<div class='sidebar'><h3>热门</h3><ul>{side}</ul></div>"
        "<div class='footer'>© 2024 青川新闻网 · 版权所有 · 联系我们</div></body></html>"
    )


def _trick(rng: random.Random, chars: list[str], p: str) -> str:
    out = []
    for i, ch in enumerate(p):
        r = rng.random()
        if r < 0.04:
            out.append(f"<span style='display:none'>{''.join(rng.choices(chars, k=3))}</span>")
        elif r < 0.07:
            out.append(f"<span class='jz'>{''.join(rng.choices(chars, k=3))}</span>")
        elif r < 0.10:
            out.append("\u200b")
        elif r < 0.11:
            out.append("&nbsp;")
        out.append(ch)
    return "".join(out)


def english_article(rng: random.Random, paragraphs: int = 6) -> list[str]:
    out = []
    for _ in range(paragraphs):
        sentences = [" ".join(rng.choices(ENGLISH_WORDS, k=rng.randint(14, 22))) for _ in range(3)]
        out.append(". ".join(s[0].upper() + s[1:] for s in sentences) + ".")
    return out


def english_text(paras: list[str]) -> str:
    return "Harbour works to start in spring\n\n" + "\n\n".join(paras) + (
        "\n\n© 2024 Wellen Gazette Ltd. All rights reserved. No part of this article may be reproduced.\n"
    )


def some_homoglyphs(text: str) -> str:
    """Every third letter with a look-alike swapped, for its Cyrillic and Greek one in turn."""
    out, seen = [], 0
    for ch in text:
        if ch in "aceijopsxy":
            seen += 1
            if seen % 3 == 0:
                ch = ch.translate(GREEK) if seen % 2 and ch in "aiopv" else ch.translate(CYRILLIC)
        out.append(ch)
    return "".join(out)


def foreign_text(rng: random.Random) -> str:
    paras = []
    for k in range(8):
        words = RUSSIAN_WORDS if k % 2 == 0 else GREEK_WORDS
        sentence = rng.choices(words, k=rng.randint(40, 60))
        for _ in range(2):
            sentence.insert(rng.randrange(len(sentence)), rng.choice(LATIN_NAMES))
        paras.append(" ".join(sentence) + ".")
    return "\n\n".join(paras)


def make_pages(seed: int, n_pages: int) -> tuple[list[tuple[str, str]], list[tuple[str, bytes]]]:
    """``(articles, pages)``: ``(source, text)`` to protect and ``(kind, bytes)`` to check."""
    rng = random.Random(seed)
    chars = _chars()
    bodies = [article(rng, chars) for _ in range(40)]
    articles = [(f"articles/a{k:03d}.txt", newsroom_text(b)) for k, b in enumerate(bodies)]
    # Drawn from their own generator, so the 40 Chinese articles are those of earlier runs.
    en_rng = random.Random(seed * 1000 + 1)
    english = [english_article(en_rng) for _ in range(N_ENGLISH)]
    articles += [(f"articles/en{k:03d}.txt", english_text(b)) for k, b in enumerate(english)]
    pages: list[tuple[str, bytes]] = []
    for k in range(n_pages):
        kind = KINDS[k % len(KINDS)]
        copied = bodies[k % len(bodies)]
        if kind == "news page, no match":
            data = news_page(rng, chars, article(rng, chars)).encode("utf-8")
        elif kind == "news page, full copy":
            data = news_page(rng, chars, copied).encode("utf-8")
        elif kind == "plain text copy":
            data = "\n".join(copied).encode("utf-8")
        elif kind == "english copy, homoglyphs":
            data = "\n\n".join(english[k % N_ENGLISH]).translate(CYRILLIC).encode("utf-8")
        elif kind == "english copy, some homoglyphs":
            data = some_homoglyphs("\n\n".join(english[k % N_ENGLISH])).encode("utf-8")
        elif kind == "russian and greek, no match":
            data = foreign_text(en_rng).encode("utf-8")
        elif kind == "copy with a long junk token":
            blob = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(3000))
            data = "\n".join([*copied[:2], blob, *copied[2:]]).encode("utf-8")
        else:
            raw = news_page(rng, chars, copied, tricks=True).encode("utf-8")
            cut = raw.index(b"<div class='article'>")
            data = raw[:cut] + b"\x00" + raw[cut:]
        pages.append((kind, data))
    return articles, pages


# ---------------------------------------------------------------------------------------------
# Worker: one version, one round
# ---------------------------------------------------------------------------------------------


def worker(args: argparse.Namespace) -> None:
    sys.path.insert(0, str(Path(args.src).resolve()))
    from reprint_guard import Guard

    articles, pages = make_pages(args.seed, args.pages)
    with tempfile.TemporaryDirectory() as tmp:
        guard = Guard.open(Path(tmp) / "fp", create=True)
        for source, text in articles:
            guard.protect_document(text, source=source)
        for _, data in pages[:20]:  # warm up: imports, caches of the protected articles
            guard.check(data)
        times, verdicts = [], []
        for _, data in pages:
            started = time.perf_counter()
            rep = guard.check(data)
            times.append(time.perf_counter() - started)
            verdicts.append(rep.verdict)
        guard.close()
    import reprint_guard

    json.dump({"times": times, "verdicts": verdicts, "module": reprint_guard.__file__}, sys.stdout)


def run_round(src: str, args: argparse.Namespace) -> dict:
    cmd = [sys.executable, __file__, "--worker", "--src", src, "--seed", str(args.seed), "--pages", str(args.pages)]
    env = {**os.environ, "PYTHONPATH": ""}
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env)
    return json.loads(out.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--baseline", required=False, help="src directory of the baseline version")
    ap.add_argument("--candidate", default=str(REPO / "src"), help="src directory of the version measured")
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--out", help="also write the markdown table here")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--src", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(args)
        return
    if not args.baseline:
        ap.error("--baseline SRC is required (e.g. a worktree of main: git worktree add ../main main)")

    versions = {"baseline": args.baseline, "candidate": args.candidate}
    runs: dict[str, list[dict]] = {v: [] for v in versions}
    started = time.time()
    for r in range(args.rounds):
        for name, src in (versions.items() if r % 2 == 0 else reversed(versions.items())):
            runs[name].append(run_round(src, args))
            print(f"round {r + 1}/{args.rounds} {name} done", file=sys.stderr)
    kinds = [k for k, _ in make_pages_kinds(args)]
    per_page = {v: [statistics.median(run["times"][i] for run in runs[v]) for i in range(len(kinds))] for v in versions}
    verdicts = {v: runs[v][0]["verdicts"] for v in versions}

    lines = [
        f"`Guard.check` latency, ms: medians over {args.rounds} rounds per page, then median / p90 over the "
        f"pages of each kind ({args.pages} pages, seed {args.seed}; {time.time() - started:.0f} s run).",
        "",
        f"baseline: `{runs['baseline'][0]['module']}`  ",
        f"candidate: `{runs['candidate'][0]['module']}`",
        "",
        "| pages | n | baseline p50 | candidate p50 | ratio | baseline p90 | candidate p90 | baseline verdicts | candidate verdicts |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |",
    ]
    for kind in (*KINDS, "all"):
        idx = [i for i, k in enumerate(kinds) if kind in (k, "all")]
        b = [per_page["baseline"][i] * 1000 for i in idx]
        c = [per_page["candidate"][i] * 1000 for i in idx]
        vb = _counts(verdicts["baseline"][i] for i in idx)
        vc = _counts(verdicts["candidate"][i] for i in idx)
        lines.append(
            f"| {kind} | {len(idx)} | {statistics.median(b):.2f} | {statistics.median(c):.2f} | "
            f"{statistics.median(c) / statistics.median(b):.2f} | {_p90(b):.2f} | {_p90(c):.2f} | {vb} | {vc} |"
        )
    table = "\n".join(lines) + "\n"
    print(table)
    if args.out:
        Path(args.out).write_text(table, encoding="utf-8")


def make_pages_kinds(args: argparse.Namespace) -> list[tuple[str, None]]:
    return [(KINDS[k % len(KINDS)], None) for k in range(args.pages)]


def _p90(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))]


def _counts(items) -> str:
    out: dict[str, int] = {}
    for v in items:
        out[v] = out.get(v, 0) + 1
    return ", ".join(f"{k} {n}" for k, n in sorted(out.items()))


if __name__ == "__main__":
    main()
