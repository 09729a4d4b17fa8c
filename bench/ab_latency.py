"""Same-run latency of ``Guard.check``: this tree against an earlier commit, interleaved.

Machines here are shared and noisy, so a figure against a number measured yesterday says
little. This script exports the ``src/`` of a base commit (``git archive``), starts one worker
process per side with that side's code first on ``sys.path``, has each protect the same articles
into its own store, and then times ``Guard.check`` on the same pages in alternating rounds
(A, B, A, B, …). Per round it takes each side's median milliseconds per page; the ratio is taken
round by round and its median reported.

Data: People's Daily, January 1998, from ``../shared/data/peoples-daily-1998-01`` (read at run
time, never copied). Protected: ``--articles`` articles (consecutive paragraphs grouped in fives).
Pages: for each of ``--pages`` pages, either a verbatim copy of a protected article inside a
simple HTML layout or an unprotected article (no match) in the same layout, half each.

Usage::

    python bench/ab_latency.py --base main~3                 # this working tree vs that commit
    python bench/ab_latency.py --base bebe5f3 --rounds 9 --out bench/results/ab-latency

Writes ``OUT.md`` and ``OUT.json`` (default ``bench/results/ab-latency``).
"""

from __future__ import annotations

import argparse
import html
import json
import platform
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared"
PD = Path("data/peoples-daily-1998-01/paragraphs-dev.txt")

# The worker: protects the articles, then answers "run" with per-page milliseconds.
WORKER = r"""
import json, sys, time
from pathlib import Path
from reprint_guard import Guard
store, articles, pages = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
with Guard.open(store, create=True) as g:
    g.protect([articles])
guard = Guard.open(store)
data = [(p.name, p.read_bytes()) for p in sorted(pages.iterdir())]
for name, raw in data[:20]:
    guard.check(raw, path=name)  # warm caches
print(json.dumps({"ready": len(guard)}), flush=True)
verdicts = {}
for line in sys.stdin:
    if line.strip() != "run":
        break
    times = []
    for name, raw in data:
        t = time.perf_counter()
        r = guard.check(raw, path=name)
        times.append((time.perf_counter() - t) * 1000)
        verdicts[name] = r.verdict
    print(json.dumps({"ms": times, "verdicts": verdicts}), flush=True)
"""


def _articles(shared: Path, n: int, offset: int) -> list[list[str]]:
    lines = [x.strip() for x in (shared / PD).read_text(encoding="utf-8").splitlines() if len(x.strip()) > 30]
    groups = [lines[i : i + 5] for i in range(0, len(lines) - 5, 5)]
    return groups[offset : offset + n]


def _page(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    nav = "".join(f"<li><a href='/c/{i}'>栏目{i}</a></li>" for i in range(12))
    return (
        f"<html><head><meta charset='utf-8'><title>{html.escape(title)}</title></head><body>"
        f"<ul class='nav'>{nav}</ul><div class='article'><h1>{html.escape(title)}</h1>{body}</div>"
        "<div class='footer'>关于我们 | 联系我们</div></body></html>"
    )


def _build(shared: Path, work: Path, n_articles: int, n_pages: int) -> tuple[Path, Path]:
    arts, pages = work / "articles", work / "pages"
    arts.mkdir()
    pages.mkdir()
    protected = _articles(shared, n_articles, 0)
    unprotected = _articles(shared, n_pages, n_articles + 50)
    for i, paras in enumerate(protected):
        (arts / f"a{i:05d}.txt").write_text("\n".join([f"标题{i}", *paras]), encoding="utf-8")
    for i in range(n_pages):
        paras = protected[i % len(protected)] if i % 2 == 0 else unprotected[i]
        (pages / f"p{i:05d}.html").write_text(_page(f"页面{i}", paras), encoding="utf-8")
    return arts, pages


def _export(rev: str, into: Path) -> Path:
    with tempfile.TemporaryFile() as fh:
        subprocess.run(["git", "-C", str(REPO), "archive", rev, "src"], stdout=fh, check=True)
        fh.seek(0)
        with tarfile.open(fileobj=fh) as tar:
            tar.extractall(into, filter="data")
    return into / "src"


def _start(src: Path, store: Path, arts: Path, pages: Path) -> subprocess.Popen[str]:
    env = {"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"}
    p = subprocess.Popen(
        [sys.executable, "-c", WORKER, str(store), str(arts), str(pages)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env,
    )
    line = p.stdout.readline()  # type: ignore[union-attr]
    if not line:
        raise SystemExit(f"the worker for {src} failed to start")
    return p


def _round(p: subprocess.Popen[str]) -> dict[str, object]:
    p.stdin.write("run\n")  # type: ignore[union-attr]
    p.stdin.flush()  # type: ignore[union-attr]
    return json.loads(p.stdout.readline())  # type: ignore[union-attr]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", required=True, help="commit to compare against (any git revision)")
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "ab-latency")
    args = ap.parse_args(argv)
    if not (args.shared / PD).is_file():
        raise SystemExit(f"{args.shared / PD} not found: pass --shared DIR (the evaluation data folder)")
    with tempfile.TemporaryDirectory(prefix="ab-latency-") as tmp:
        work = Path(tmp)
        arts, pages = _build(args.shared, work, args.articles, args.pages)
        base_src = _export(args.base, work / "base")
        sides = {"base": base_src, "head": REPO / "src"}
        procs = {k: _start(src, work / f"store-{k}", arts, pages) for k, src in sides.items()}
        med: dict[str, list[float]] = {k: [] for k in sides}
        p99: dict[str, list[float]] = {k: [] for k in sides}
        verdicts: dict[str, dict[str, str]] = {}
        t0 = time.time()
        for r in range(args.rounds):
            for k in (("base", "head") if r % 2 == 0 else ("head", "base")):
                out = _round(procs[k])
                ms = sorted(out["ms"])  # type: ignore[arg-type]
                med[k].append(statistics.median(ms))
                p99[k].append(ms[int(0.99 * (len(ms) - 1))])
                verdicts[k] = out["verdicts"]  # type: ignore[assignment]
        for p in procs.values():
            p.stdin.close()  # type: ignore[union-attr]
            p.wait()
    ratios = [h / b for h, b in zip(med["head"], med["base"])]
    differ = sorted(n for n in verdicts["head"] if verdicts["head"][n] != verdicts["base"].get(n))
    head_rev = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True).stdout.strip()
    base_rev = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", args.base], capture_output=True,
                              text=True).stdout.strip()
    result = {
        "command": "python bench/ab_latency.py " + " ".join(a if " " not in a else repr(a) for a in (argv or sys.argv[1:])),
        "base": base_rev, "head": f"{head_rev} (working tree)", "articles": args.articles, "pages": args.pages,
        "rounds": args.rounds, "seconds": round(time.time() - t0, 1),
        "machine": f"{platform.machine()}, {platform.python_version()}",
        "median_ms": {k: round(statistics.median(v), 3) for k, v in med.items()},
        "p99_ms": {k: round(statistics.median(v), 3) for k, v in p99.items()},
        "ratio_head_over_base": round(statistics.median(ratios), 3),
        "ratios": [round(x, 3) for x in ratios],
        "verdicts_head": {v: list(verdicts["head"].values()).count(v) for v in set(verdicts["head"].values())},
        "verdicts_base": {v: list(verdicts["base"].values()).count(v) for v in set(verdicts["base"].values())},
        "pages_whose_verdict_differs": differ,
    }
    md = "\n".join([
        "# Guard.check latency, same run: head against base",
        "",
        f"Command: `{result['command']}`  ",
        f"Base {base_rev}, head {head_rev} (working tree); {args.articles} protected People's Daily articles, "
        f"{args.pages} pages (half verbatim copies, half unprotected articles), {args.rounds} interleaved rounds.",
        "",
        "| side | median ms/page (median of rounds) | p99 ms/page |",
        "|---|---:|---:|",
        *(f"| {k} | {result['median_ms'][k]} | {result['p99_ms'][k]} |" for k in sides),
        "",
        f"Ratio head/base (per round, then the median): **{result['ratio_head_over_base']}** "
        f"(rounds: {', '.join(map(str, result['ratios']))}).",
        "",
        f"Verdicts base {result['verdicts_base']}, head {result['verdicts_head']}; pages whose verdict differs: "
        f"{len(differ)}.",
        "",
    ])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.with_suffix(".md").write_text(md, encoding="utf-8")
    args.out.with_suffix(".json").write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(md)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
