"""``bench/speed.py --store redis``: the Redis store side by side with the SQLite store.

One run on the same protected articles (``speed.py``'s corpus: real People's Daily articles
interleaved with Markov fillers), a real ``redis-server`` on loopback started here (AOF,
``appendfsync everysec``). Figures (medians over ``--runs``):

* check latency p50/p99 on unprotected texts (Markov negatives) and on copies, SQLite vs Redis;
* round trips per check (counted on the client: one per command or pipeline) on real negatives:
  a store holding half of the People's Daily articles, checked with the other half;
* store writes of ready fingerprints (``Store.put`` with the fingerprint computed beforehand;
  and ``put_record``, migrate's write) and end-to-end ``Guard.protect`` (ratio to SQLite);
* worker open time with a warm and a cold local snapshot cache;
* Redis memory per article (``MEMORY USAGE``) split into text, signatures and index;
* datasketch's ``MinHashLSH`` on Redis on the same articles' document signatures (anchor);
* 1 and 2 worker processes checking in parallel, with the server's CPU time.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))


def _pct(xs: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(xs), q)) if xs else float("nan")


def _counter(store):
    """Count a RedisStore's round trips: one per command, one per pipeline execution."""
    box = {"n": 0}
    r = store._r
    ex, pl = r.execute_command, r.pipeline

    def execute_command(*a, **k):
        box["n"] += 1
        return ex(*a, **k)

    def pipeline(*a, **k):
        p = pl(*a, **k)
        orig = p.execute

        def execute(*a2, **k2):
            box["n"] += 1
            return orig(*a2, **k2)

        p.execute = execute
        return p

    r.execute_command, r.pipeline = execute_command, pipeline
    return box


def _latency(guard, texts: list[str]) -> list[float]:
    out = []
    for t in texts:
        t0 = time.perf_counter()
        guard.check(t)
        out.append((time.perf_counter() - t0) * 1000)
    return out


def _worker(url: str, texts: list[str], q) -> None:
    from reprint_guard import Guard

    g = Guard.open(url)
    for t in texts[:5]:
        g.check(t)
    t0 = time.perf_counter()
    for t in texts:
        g.check(t)
    q.put((len(texts), time.perf_counter() - t0))
    g.close()


def run(args, corpus, log, command: str) -> int:
    import redis
    from redis_server import RedisServer

    from reprint_guard import Guard
    from reprint_guard.config import FingerprintScheme
    from reprint_guard.fingerprint import fingerprint_article
    from reprint_guard.normalize import normalize
    from reprint_guard.shingle import shingle

    n = args.articles or 10_000
    runs = max(1, args.runs)
    work = Path(tempfile.mkdtemp(prefix="rg-redis-bench-"))
    res: dict[str, object] = {"command": command, "articles": n, "runs": runs}
    server = RedisServer(work / "redis")
    admin = redis.Redis(port=server.port)
    scheme = FingerprintScheme()
    try:
        # -- the stores: SQLite built with Guard, Redis by migrate (ready fingerprints) ------
        sq = work / "sqlite"
        log(f"redis bench: protecting {n:,} articles into SQLite")
        t0 = time.perf_counter()
        g = Guard.open(sq, create=True)
        with g.store.batch():
            for i in range(n):
                src, text = corpus.item(i)
                g.protect_document(text, source=src, content_type="text")
                if i and i % 2000 == 0:
                    log(f"  {i:,} in {time.perf_counter() - t0:.0f} s")
        g.close()
        res["sqlite_build_s"] = time.perf_counter() - t0
        url = server.url("bench")
        mem0 = int(admin.info("memory")["used_memory"])
        log("redis bench: put_record of every article into Redis (ready fingerprints)")
        from reprint_guard.store import open_store

        src_store = open_store(sq, scheme)
        dst = open_store(url, scheme, create=True, cache_dir=work / "cache-w")  # the writer's snapshot cache
        records = list(src_store.records())
        t0 = time.perf_counter()
        for rec in records:
            dst.put_record(rec)
        el = time.perf_counter() - t0
        res["redis_put_record_per_s"] = len(records) / el
        del records
        t0 = time.perf_counter()
        Guard(dst, __import__("reprint_guard").MatchConfig()).close()  # index file + snapshot
        res["redis_snapshot_write_s"] = time.perf_counter() - t0
        assert src_store.digest() == open_store(url, scheme).digest(), "digests differ"
        mem = open_store(url, scheme).memory_usage()
        res["redis_memory_per_article"] = {k: v / n for k, v in mem.items()}
        res["redis_used_memory_per_article"] = (int(admin.info("memory")["used_memory"]) - mem0) / n

        # -- store writes of ready fingerprints: Store.put -----------------------------------
        fresh = corpus.fresh(70, 600)
        fps = []
        for t in fresh:
            sh = shingle(normalize(t).text, scheme)
            fps.append(fingerprint_article(sh, scheme))
        from reprint_guard.models import Decoding

        def puts(store, tag: str) -> float:
            t0 = time.perf_counter()
            with store.batch():
                for i, (t, fp) in enumerate(zip(fresh, fps)):
                    store.put(source=f"{tag}/{i}", body=t, content_sha256=f"{tag}{i:060d}", decoding=Decoding("utf-8", "str"), fingerprint=fp)
            el = time.perf_counter() - t0
            store.remove([__import__("reprint_guard.store", fromlist=["article_id"]).article_id(f"{tag}/{i}") for i in range(len(fresh))])
            return len(fresh) / el

        res["put_ready_per_s"] = {
            "sqlite": float(np.median([puts(open_store(sq, scheme, create=True), f"w{r}") for r in range(runs)])),
            "redis": float(np.median([puts(open_store(url, scheme, create=True), f"w{r}") for r in range(runs)])),
        }
        log(f"  put of ready fingerprints: {res['put_ready_per_s']}")

        # -- end-to-end protect: Guard.protect of a folder, ratio to SQLite -----------------
        ratios, rates = [], {"sqlite": [], "redis": []}
        for t in corpus.fresh(79, 20):  # warm the fold tables and imports before timing
            fingerprint_article(shingle(normalize(t).text, scheme), scheme)
        for r in range(runs):
            texts = corpus.fresh(80 + r, 200)
            d = work / f"in{r}"
            d.mkdir()
            for i, t in enumerate(texts):
                (d / f"{i:04d}.txt").write_text(t, encoding="utf-8")
            per = {}
            order = (("sqlite", sq), ("redis", url)) if r % 2 == 0 else (("redis", url), ("sqlite", sq))
            for kind, loc in order:
                g = Guard.open(loc, create=True, cache_dir=work / "cache-w")
                t0 = time.perf_counter()
                outs = g.protect([d])
                el = time.perf_counter() - t0
                g.remove([o.id for o in outs if o.id])
                g.close()
                per[kind] = len(texts) / el
                rates[kind].append(per[kind])
            ratios.append(per["redis"] / per["sqlite"])
            shutil.rmtree(d)
        res["protect_per_s"] = {k: float(np.median(v)) for k, v in rates.items()}
        res["protect_ratio_redis_to_sqlite"] = float(np.median(ratios))
        log(f"  protect end to end: {res['protect_per_s']} ratio {res['protect_ratio_redis_to_sqlite']:.2f}")

        # -- worker open: cold (empty cache) and warm ---------------------------------------
        cold, warm = [], []
        for r in range(runs):
            cache = work / f"cache-open-{r}"
            t0 = time.perf_counter()
            Guard.open(url, cache_dir=cache).close()
            cold.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            g = Guard.open(url, cache_dir=cache)
            warm.append(time.perf_counter() - t0)
            res["open_used_snapshot"] = g._index_file_seq is not None
            g.close()
            shutil.rmtree(cache, ignore_errors=True)
        t0 = time.perf_counter()
        Guard.open(sq).close()
        res["open_s"] = {"redis_cold": float(np.median(cold)), "redis_warm": float(np.median(warm)),
                         "sqlite": time.perf_counter() - t0}  # fmt: skip
        log(f"  open: {res['open_s']}")

        # -- check latency, SQLite vs Redis, same texts ---------------------------------------
        gs, gr = Guard.open(sq), Guard.open(url, cache_dir=work / "cache-check")
        for t in corpus.fresh(29, 20):
            gs.check(t), gr.check(t)
        lat = {k: [] for k in ("sq_nm", "rd_nm", "sq_cp", "rd_cp")}
        for r in range(runs):
            neg = corpus.fresh(30 + r, 100)
            copies = [corpus.real_text((r * 37 + j) % corpus.n_real) for j in range(40)]
            lat["sq_nm"] += _latency(gs, neg)
            lat["rd_nm"] += _latency(gr, neg)
            lat["sq_cp"] += _latency(gs, copies)
            lat["rd_cp"] += _latency(gr, copies)
        res["check_ms"] = {k: {"p50": _pct(v, 50), "p99": _pct(v, 99), "n": len(v)} for k, v in lat.items()}
        log(f"  check ms: {json.dumps(res['check_ms'])}")
        box = _counter(gr.store)
        trips = []
        for t in corpus.fresh(40, 100):
            b = box["n"]
            gr.check(t)
            trips.append(box["n"] - b)
        res["round_trips_markov_negatives"] = {str(k): trips.count(k) for k in sorted(set(trips))}
        gs.close(), gr.close()

        # -- round trips on real negatives: half the real articles protected -----------------
        url2 = server.url("pd")
        half = Guard.open(url2, create=True, cache_dir=work / "cache-pd")
        for k in range(1, corpus.n_real, 2):
            half.protect_document(corpus.real_text(k), source=f"pd/{k}", content_type="text")
        half.close()
        g = Guard.open(url2, cache_dir=work / "cache-pd")
        box = _counter(g.store)
        trips, verdicts = [], {}
        for k in range(0, corpus.n_real, 2):
            b = box["n"]
            rep = g.check(corpus.real_text(k), content_type="text")
            trips.append(box["n"] - b)
            verdicts[rep.verdict] = verdicts.get(rep.verdict, 0) + 1
        res["round_trips_real_negatives"] = {
            "checks": len(trips), "histogram": {str(k): trips.count(k) for k in sorted(set(trips))},
            "verdicts": verdicts, "protected": len(range(1, corpus.n_real, 2)),
        }  # fmt: skip
        g.close()
        log(f"  round trips on real negatives: {res['round_trips_real_negatives']}")

        # -- 1 and 2 workers in parallel, server CPU ---------------------------------------------
        par = {}
        texts = corpus.fresh(50, 200)
        Guard.open(url, cache_dir=Path(os.environ.get("REPRINT_GUARD_CACHE", work / "cache-par"))).close()
        for w in (1, 2):
            cpu0 = admin.info("cpu")
            q = mp.get_context("fork").Queue()
            ps = [mp.get_context("fork").Process(target=_worker, args=(url, texts, q)) for _ in range(w)]
            t0 = time.perf_counter()
            for p in ps:
                p.start()
            got = [q.get(timeout=600) for _ in ps]
            for p in ps:
                p.join()
            wall = time.perf_counter() - t0
            cpu1 = admin.info("cpu")
            server_cpu = sum(cpu1[k] - cpu0[k] for k in ("used_cpu_sys", "used_cpu_user"))
            par[str(w)] = {"checks_per_s": sum(n_ for n_, _ in got) / max(s for _, s in got),
                           "server_cpu_s": server_cpu, "wall_s": wall}  # fmt: skip
        res["parallel_workers"] = par
        log(f"  workers: {par}")

        # -- datasketch anchor: MinHashLSH on Redis, document signatures -----------------------
        m = min(n, args.datasketch_max)
        from datasketch import MinHashLSH

        st = open_store(sq, scheme)
        sigs = [(a.id, st.doc_signature(a.id)) for a in st.articles()[:m]]
        before = int(admin.info("memory")["used_memory"])
        lsh = MinHashLSH(threshold=0.5, num_perm=scheme.num_perm,
                         storage_config={"type": "redis", "basename": b"dsbench", "redis": {"host": "127.0.0.1", "port": server.port}})  # fmt: skip
        t0 = time.perf_counter()
        for aid, sig in sigs:
            lsh.insert(aid, sig)
        ins = m / (time.perf_counter() - t0)
        ds_mem = (int(admin.info("memory")["used_memory"]) - before) / m
        qs = []
        for aid, sig in sigs[:: max(1, m // 200)]:
            t0 = time.perf_counter()
            lsh.query(sig)
            qs.append((time.perf_counter() - t0) * 1000)
        res["datasketch"] = {"articles": m, "inserts_per_s": ins, "memory_per_article": ds_mem,
                             "query_ms_p50": _pct(qs, 50), "query_ms_p99": _pct(qs, 99)}  # fmt: skip
        log(f"  datasketch: {res['datasketch']}")
        res["server"] = admin.info("server")["redis_version"]
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)
    out = REPO / "bench" / "results" / "speed-redis"
    out.with_suffix(".json").write_text(json.dumps(res, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    out.with_suffix(".md").write_text(render(res), encoding="utf-8")
    log(f"wrote {out}.md and .json")
    return 0


def render(r: dict) -> str:
    c, m = r["check_ms"], r["redis_memory_per_article"]
    ds = r["datasketch"]
    lines = [
        "# The Redis store against the SQLite store",
        "",
        f"`{r['command']}` — {r['articles']:,} protected articles (the issue asks for 100,000; this run measured "
        f"{r['articles']:,}), Redis {r['server']} on loopback (AOF, everysec), {r['runs']} runs. Server and "
        "workers share 2 cores with other jobs.",
        "",
        "| figure | SQLite | Redis |",
        "|---|---|---|",
        f"| check p50 / p99, unprotected text (ms) | {c['sq_nm']['p50']:.2f} / {c['sq_nm']['p99']:.2f} | {c['rd_nm']['p50']:.2f} / {c['rd_nm']['p99']:.2f} |",
        f"| check p50 / p99, copies (ms) | {c['sq_cp']['p50']:.2f} / {c['sq_cp']['p99']:.2f} | {c['rd_cp']['p50']:.2f} / {c['rd_cp']['p99']:.2f} |",
        f"| `Store.put` of ready fingerprints (articles/s) | {r['put_ready_per_s']['sqlite']:.0f} | {r['put_ready_per_s']['redis']:.0f} |",
        f"| `put_record` (migrate's write, articles/s) | | {r['redis_put_record_per_s']:.0f} |",
        f"| `Guard.protect` end to end (articles/s) | {r['protect_per_s']['sqlite']:.1f} | {r['protect_per_s']['redis']:.1f} (ratio {r['protect_ratio_redis_to_sqlite']:.2f}) |",
        f"| worker open (s) | {r['open_s']['sqlite']:.2f} | warm cache {r['open_s']['redis_warm']:.2f}, cold {r['open_s']['redis_cold']:.2f} |",
        f"| Redis memory per article (bytes) | | text {m['text']:.0f}, signatures {m['signatures']:.0f}, index {m['index']:.0f}, other {m['other']:.0f} (used_memory delta {r['redis_used_memory_per_article']:.0f}) |",
        "",
        f"Round trips per check on real negatives ({r['round_trips_real_negatives']['checks']} People's Daily articles "
        f"checked against a store of the other {r['round_trips_real_negatives']['protected']}): "
        f"{r['round_trips_real_negatives']['histogram']} (round trips: checks); verdicts {r['round_trips_real_negatives']['verdicts']}. "
        f"On Markov negatives in the main store: {r['round_trips_markov_negatives']}.",
        "",
        "Workers checking unprotected texts in parallel: "
        + "; ".join(f"{w} worker(s): {v['checks_per_s']:.0f} checks/s, server CPU {v['server_cpu_s']:.2f} s over {v['wall_s']:.1f} s" for w, v in r["parallel_workers"].items()),
        "",
        f"Anchor: datasketch `MinHashLSH` on Redis, document signatures of {ds['articles']:,} of the same articles: "
        f"{ds['inserts_per_s']:.0f} inserts/s, query p50 {ds['query_ms_p50']:.2f} ms / p99 {ds['query_ms_p99']:.2f} ms, "
        f"{ds['memory_per_article']:.0f} bytes of Redis per article.",
        "",
    ]
    return "\n".join(lines)
