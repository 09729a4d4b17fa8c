"""The Redis store with real processes and a real redis-server: many workers, one store.

Protect in one process and check in others; remove; concurrent protects; the server killed
and restarted mid-scan; a password and an ACL user; TLS with a certificate made here; the
round trips a check costs. Every server is a real ``redis-server`` (see redis_server.py).
"""

from __future__ import annotations

import contextlib
import datetime
import json
import multiprocessing as mp
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from helpers import chinese_article
from redis_server import RedisServer

from reprint_guard import FingerprintScheme, Guard, StoreError
from reprint_guard.store import article_id, open_store

CLI = [sys.executable, "-m", "reprint_guard"]
PEOPLES_DAILY = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "peoples-daily-1998-01" / "paragraphs-dev.txt"


def _run(*args: object, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    e = {**os.environ, **(env or {})}
    e.pop("REPRINT_GUARD_STORE", None) if not env or "REPRINT_GUARD_STORE" not in env else None
    return subprocess.run([*CLI, *map(str, args)], capture_output=True, text=True, env=e, timeout=timeout)


def _write(d: Path, texts: dict[str, str]) -> list[Path]:
    d.mkdir(parents=True, exist_ok=True)
    out = []
    for name, text in texts.items():
        (d / name).write_text(text, encoding="utf-8")
        out.append(d / name)
    return out


def _protected_with_second(cli, tmp_path: Path, redis_url: str, first: int, n: int):
    """Protect ``n`` articles (``chinese_article(first + i)`` as ``i.txt``) through the CLI;
    returns their texts by name, the store opened on them and the stored article of ``1.txt``."""
    bodies = {f"{i}.txt": chinese_article(first + i) for i in range(n)}
    files = _write(tmp_path / "a", bodies)
    assert cli("protect", *files, "--store", redis_url).exit_code == 0
    store = open_store(redis_url, FingerprintScheme())
    return bodies, store, next(a for a in store.articles() if a.source.endswith("1.txt"))


def _checker(url: str, conn) -> None:
    """A worker process: open a Guard once, then check what it is sent, until None."""
    g = Guard.open(url)
    conn.send("ready")
    while (text := conn.recv()) is not None:
        conn.send(g.check(text).verdict)
    g.close()


def test_protect_in_one_process_is_seen_by_the_next_check_of_every_other(redis_url: str, tmp_path: Path, cli) -> None:
    files = _write(tmp_path / "a", {"seed.txt": chinese_article(1)})
    assert cli("protect", *files, "--store", redis_url).exit_code == 0
    ctx = mp.get_context("fork")
    workers = []
    for _ in range(2):
        parent, child = ctx.Pipe()
        p = ctx.Process(target=_checker, args=(redis_url, child))
        p.start()
        workers.append((p, parent))
    try:
        for _, conn in workers:
            assert conn.poll(60) and conn.recv() == "ready"
        new = chinese_article(42)
        for _, conn in workers:
            conn.send(new)
            assert conn.recv() == "clean"
        # Another process protects it (the CLI, with the URL in the environment).
        files = _write(tmp_path / "b", {"new.txt": new})
        res = cli("protect", *files, "-f", "json", env={"REPRINT_GUARD_STORE": redis_url})
        assert res.exit_code == 0, res.stderr
        aid = json.loads(res.stdout)["articles"][0]["id"]
        for _, conn in workers:
            conn.send(new)
            assert conn.recv() == "reprint"
        # Removed (the CLI, a real process this time): gone everywhere.
        res = _run("remove", aid, "--store", redis_url)
        assert res.returncode == 0, res.stderr
        for _, conn in workers:
            conn.send(new)
            assert conn.recv() == "clean"
            conn.send(chinese_article(1))
            assert conn.recv() == "reprint"
    finally:
        for p, conn in workers:
            conn.send(None)
            p.join(30)


def _protect_many(url: str, names: list[str], out) -> None:
    g = Guard.open(url, create=True)
    out.put([g.protect_document(chinese_article(int(n)), source=f"{n}.txt").status for n in names])
    g.close()


def test_concurrent_protects_lose_nothing_and_duplicate_nothing(redis_url: str) -> None:
    Guard.open(redis_url, create=True).close()
    ctx = mp.get_context("fork")
    q = ctx.Queue()
    # Overlapping sets: 0..29 and 15..44, in opposite orders, three processes.
    sets = [[str(i) for i in range(30)], [str(i) for i in range(44, 14, -1)], [str(i) for i in range(0, 45, 3)]]
    procs = [ctx.Process(target=_protect_many, args=(redis_url, s, q)) for s in sets]
    for p in procs:
        p.start()
    results = [q.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(30)
    statuses = [s for r in results for s in r]
    assert statuses.count("added") == 45 and set(statuses) <= {"added", "unchanged"}
    st = open_store(redis_url, Guard.open(redis_url).scheme)
    arts = st.articles()
    assert sorted(a.source for a in arts) == sorted(f"{i}.txt" for i in range(45))
    assert len({a.rowid for a in arts}) == 45 and len(st) == 45
    log = st.changes_since(0)
    assert [s for s, _, _ in log] == list(range(1, 46)) and all(op == "add" for _, _, op in log)
    with Guard.open(redis_url) as g:
        assert len(g) == 45 and g.check(chinese_article(44)).verdict == "reprint"


def test_server_killed_and_restarted_mid_scan(tmp_path: Path) -> None:
    """Documents checked while the server is down are `error` with the reason (never
    `clean`); once it is back (AOF) the rest are scanned."""
    server = RedisServer(tmp_path / "redis")
    try:
        url = server.url()
        with Guard.open(url, create=True) as g:
            for i in range(4):
                g.protect_document(chinese_article(i), source=f"a{i}.txt")
        time.sleep(1.2)  # appendfsync everysec: let the AOF reach the disk
        pages = _write(tmp_path / "pages", {f"p{i:03d}.txt": chinese_article(i % 4) for i in range(60)})
        state = {"killed": False}

        def progress(done: int, total: int, item: str) -> None:
            if done == 10 and not state["killed"]:
                state["killed"] = True
                server.kill()
                threading.Timer(4.0, server.start).start()

        with Guard.open(url) as g:
            report = g.scan(pages, progress=progress)
        verdicts = [d.verdict for d in report.documents]
        assert len(verdicts) == 60 and "clean" not in verdicts
        errors = [d for d in report.documents if d.verdict == "error"]
        assert errors, "the server was down for 4 s: some document must have failed"
        assert all("cannot reach the store server" in (d.reason or "") for d in errors)
        assert len(errors) < 10 and verdicts[-20:] == ["reprint"] * 20
    finally:
        server.stop()


def test_unreachable_server_exits_2_with_the_password_redacted(tmp_path: Path, cli) -> None:
    from redis_server import free_port, require_redis_server

    require_redis_server()
    url = f"redis://rg:s3cret-pw@127.0.0.1:{free_port()}/0?prefix=x"
    page = _write(tmp_path, {"p.txt": chinese_article(1)})[0]
    for args in (["scan", page], ["protect", page]):
        res = cli(*args, "--store", url)
        assert res.exit_code == 2, (args, res.stdout, res.stderr)
        assert "cannot reach the store server" in res.stderr and "s3cret-pw" not in res.stderr
        assert "redis://rg:***@127.0.0.1" in res.stderr


@pytest.mark.parametrize("query", ["prefx=news", "prefix=news&ssl_ca_certs=/nowhere", "prefix=news&ssl_cert_reqs=none"])
def test_an_unknown_url_parameter_is_one_error_line_exit_2(query: str, cli, tmp_path: Path) -> None:
    from redis_server import free_port, require_redis_server

    require_redis_server()
    res = cli("list", "--store", f"redis://rg:pw@127.0.0.1:{free_port()}/0?{query}")
    assert res.exit_code == 2, (res.stdout, res.stderr)
    [line] = res.stderr.strip().splitlines()
    assert "is not a usable Redis URL: unknown query parameter" in line and ":pw@" not in line


def test_password_and_acl_user_limited_to_its_prefix(tmp_path: Path, cli) -> None:
    import redis

    server = RedisServer(tmp_path / "redis", password="admin-pw")
    try:
        admin = redis.Redis(port=server.port, password="admin-pw")
        # The README's ACL line for a store with prefix "news".
        admin.execute_command(
            "ACL", "SETUSER", "rg", "on", ">rg-pw", "resetkeys", "~news:*", "resetchannels",
            "-@all", "+@read", "+@write", "+@scripting", "+@stream", "+@connection", "+@transaction", "+memory", "+info",
        )
        page = _write(tmp_path, {"a.txt": chinese_article(1)})[0]
        good = server.url("news", user="rg", password="rg-pw")
        res = cli("protect", page, "--store", good)
        assert res.exit_code == 0, res.stderr
        res = cli("check", page, "--store", good)
        assert res.exit_code == 1 and "reprint" in res.stdout.lower()
        res = cli("upgrade", "--store", good)  # WATCH/MULTI: the line's +@transaction
        assert res.exit_code == 0, res.stderr
        res = cli("check", page, "--store", server.url("news", user="rg", password="wrong-pw"))
        assert res.exit_code == 2 and "refused the login" in res.stderr and "wrong-pw" not in res.stderr
        # At once: a refused login is not retried as a lost connection (that took ~1.5-3.5 s).
        scheme = FingerprintScheme()
        t0 = time.perf_counter()
        with pytest.raises(StoreError, match="refused the login"):
            open_store(server.url("news", user="rg", password="wrong-pw"), scheme)
        assert time.perf_counter() - t0 < 1.0
        res = cli("check", page, "--store", server.url("news"))  # no password at all
        assert res.exit_code == 2 and "error:" in res.stderr
        res = cli("protect", page, "--store", server.url("other", user="rg", password="rg-pw"))
        assert res.exit_code == 2 and "NOPERM" in res.stderr and "rg-pw" not in res.stderr
    finally:
        server.stop()


def _certificate(d: Path) -> dict[str, str]:
    """A CA and a server certificate for localhost/127.0.0.1, made with cryptography."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.datetime.now(datetime.timezone.utc)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "reprint_guard test CA")])
    ca = (
        x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5)).not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    d.mkdir(parents=True, exist_ok=True)
    paths = {"ca": d / "ca.pem", "cert": d / "server.pem", "key": d / "server.key"}
    paths["ca"].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths["cert"].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths["key"].write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return {k: str(v) for k, v in paths.items()}


def test_tls_server_with_a_certificate_made_here(tmp_path: Path, cli) -> None:
    pytest.importorskip("cryptography")
    tls = _certificate(tmp_path / "tls")
    server = RedisServer(tmp_path / "redis", tls=tls)
    try:
        url = server.url("tls", query=f"&ssl_ca_certs={tls['ca']}")
        page = _write(tmp_path / "in", {"a.txt": chinese_article(5)})[0]
        res = cli("protect", page, "--store", url)
        assert res.exit_code == 0, res.stderr
        res = cli("check", page, "--store", url, "-f", "json")
        assert res.exit_code == 1 and json.loads(res.stdout)["documents"][0]["verdict"] == "reprint"
        # Without the CA the certificate is not trusted: exit 2, never a silent clean.
        res = cli("check", page, "--store", server.url("tls"))
        assert res.exit_code == 2 and "cannot reach the store server" in res.stderr
    finally:
        server.stop()


class _Counter:
    """Counts round trips of one store's client: single commands and pipeline executions."""

    def __init__(self, store) -> None:
        self.n = 0
        r = store._r
        orig_exec, orig_pipe = r.execute_command, r.pipeline

        def execute_command(*a, **k):
            self.n += 1
            return orig_exec(*a, **k)

        def pipeline(*a, **k):
            p = orig_pipe(*a, **k)
            orig = p.execute

            def execute(*a2, **k2):
                self.n += 1
                return orig(*a2, **k2)

            p.execute = execute
            return p

        r.execute_command, r.pipeline = execute_command, pipeline


@pytest.mark.shared
def test_round_trips_per_check_on_real_negatives(redis_url: str, tmp_path: Path) -> None:
    """People's Daily paragraphs (never protected) checked against protected articles: no
    round trip when no candidate needs stored data and nothing changed (the server announces
    changes to the sequence key), at most two otherwise; a change anywhere costs the next
    check its poll, and it sees the change."""
    if not PEOPLES_DAILY.exists():
        pytest.skip(f"needs {PEOPLES_DAILY}")
    lines = [ln for ln in PEOPLES_DAILY.read_text(encoding="utf-8").splitlines() if len(ln) >= 80]
    protected, negatives = lines[:300], lines[300:500]
    with Guard.open(redis_url, create=True) as w:
        for i in range(0, 300, 3):
            w.protect_document("\n".join(protected[i : i + 3]), source=f"pd{i}.txt", content_type="text")
    with Guard.open(redis_url) as g:
        counter = _Counter(g.store)
        trips = []
        for text in negatives:
            before = counter.n
            rep = g.check(text, content_type="text")
            if rep.verdict != "skipped":
                trips.append(counter.n - before)
        assert trips and max(trips) <= 2 and trips.count(0) > len(trips) // 2, trips
        assert g.store._watch.connects == 1
        # A reprint: its text (one pipeline, with the poll); once cached, nothing at all.
        before = counter.n
        assert g.check("\n".join(protected[3:6]), content_type="text").verdict == "reprint"
        assert counter.n - before <= 2
        before = counter.n
        assert g.check("\n".join(protected[3:6]), content_type="text").verdict == "reprint"
        assert counter.n - before == 0
        # Another process protects a negative: the next check polls and finds it.
        with Guard.open(redis_url, create=True) as w:
            w.protect_document(negatives[0], source="late.txt", content_type="text")
        before = counter.n
        assert g.check(negatives[0], content_type="text").verdict == "reprint"
        assert counter.n - before >= 1
        # The watching connection lost (killed by the server): every check polls again, and
        # still sees changes, until the watch is back.
        import redis

        admin = redis.Redis.from_url(redis_url.split("?")[0])
        admin.execute_command("CLIENT", "KILL", "TYPE", "normal", "SKIPME", "yes")
        with Guard.open(redis_url, create=True) as w:
            w.remove([w.store.get_rowid(max(w.store.changes_since(0))[1]).id])  # late.txt
        before = counter.n
        assert g.check(negatives[0], content_type="text").verdict == "clean"
        assert counter.n - before >= 1
        before = counter.n
        g.check(negatives[1], content_type="text")
        assert counter.n - before == 1  # polling: the watch waits RETRY_S before trying again


def _protect_folder(url: str, paths: list[str], out) -> None:
    g = Guard.open(url, create=True)
    out.put([o.status for o in g.protect(paths)])
    g.close()


def test_concurrent_batched_protects_lose_nothing_and_duplicate_nothing(redis_url: str, tmp_path: Path) -> None:
    """Three processes protecting overlapping lists of the same files, each in batches whose
    writes go in one pipeline: every article once, one row id each, one `add` each in the
    change log (a write that met another process's is read and done again, not doubled)."""
    files = _write(tmp_path / "in", {f"{i}.txt": chinese_article(i) for i in range(45)})
    Guard.open(redis_url, create=True).close()
    ctx = mp.get_context("fork")
    q = ctx.Queue()
    sets = [files[:30], files[44:14:-1], files[::3]]
    procs = [ctx.Process(target=_protect_folder, args=(redis_url, [str(p) for p in s], q)) for s in sets]
    for p in procs:
        p.start()
    results = [q.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(30)
    assert set(s for r in results for s in r) <= {"added", "unchanged"}
    st = open_store(redis_url, FingerprintScheme())
    arts = st.articles()
    assert sorted(a.source for a in arts) == sorted(str(p) for p in files)
    assert len({a.rowid for a in arts}) == 45 and len(st) == 45
    log = st.changes_since(0)
    assert [s for s, _, _ in log] == list(range(1, 46)) and all(op == "add" for _, _, op in log)


def test_a_protect_makes_a_few_round_trips_per_batch_not_per_file(redis_url: str, tmp_path: Path, monkeypatch) -> None:
    """Files of a batch: their rows read in one round trip, their writes sent in one pipeline."""
    import reprint_guard.api as api

    monkeypatch.setattr(api, "PROTECT_BATCH_SECONDS", 600.0)
    files = _write(tmp_path / "in", {f"{i}.txt": chinese_article(i + 100) for i in range(40)})
    with Guard.open(redis_url, create=True) as g:
        counter = _Counter(g.store)
        outs = g.protect([tmp_path / "in"])
        assert [o.status for o in outs] == ["added"] * 40
        # expect (1), the pipeline's script check (1) and writes (1), the catch-up after
        # (poll, change log, band keys) and the snapshot's look: far fewer than one per file.
        assert counter.n <= 12, counter.n
        counter.n = 0
        assert [o.status for o in g.protect(files)] == ["unchanged"] * 40
        assert counter.n <= 6, counter.n
    with Guard.open(redis_url) as r:
        assert len(r) == 40 and r.check(chinese_article(120)).verdict == "reprint"


def test_a_queued_write_that_meets_another_writers_is_done_again(redis_url: str) -> None:
    """A put queued in a batch is a compare-and-set on what it read: when another handle
    writes the same article before the batch is sent, it is read again and written once."""
    from reprint_guard.fingerprint import fingerprint_article
    from reprint_guard.models import Decoding
    from reprint_guard.normalize import normalize
    from reprint_guard.shingle import shingle

    scheme = FingerprintScheme()
    a, b = open_store(redis_url, scheme, create=True), open_store(redis_url, scheme, create=True)

    def put(st, k: int, licensees: tuple[str, ...]) -> tuple[str, str]:
        text = chinese_article(k)
        fp = fingerprint_article(shingle(normalize(text).text, scheme), scheme)
        return st.put(source="x.txt", body=text, content_sha256=f"{k:064d}", decoding=Decoding("utf-8", "str"),
                      fingerprint=fp, licensees=licensees)  # fmt: skip

    with a.batch():
        a.expect([("x.txt", f"{1:064d}")])
        assert put(a, 1, ("a.example",))[1] == "added"  # queued: read as absent
        assert put(b, 1, ("b.example",))[1] == "added"  # another handle, at once
    assert len(a) == 1
    art = a.get(put(b, 1, ())[0])
    assert art is not None and set(art.licensees) == {"a.example", "b.example"}
    assert [op for _, _, op in a.changes_since(0)] == ["add", "update"]


def test_a_unix_socket_url_opens_the_store(tmp_path: Path) -> None:
    sock = tmp_path / "r.sock"
    server = RedisServer(tmp_path / "redis", extra=["--unixsocket", str(sock), "--unixsocketperm", "700"])
    try:
        url = f"unix://{sock}?prefix=u1"
        with Guard.open(url, create=True) as g:
            g.protect_document(chinese_article(61), source="a.txt")
        with Guard.open(url) as r:
            assert len(r) == 1 and r.check(chinese_article(61)).verdict == "reprint"
    finally:
        server.stop()


def test_a_stalled_server_fails_checks_in_bounded_time_instead_of_hanging(tmp_path: Path) -> None:
    server = RedisServer(tmp_path / "redis")
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(3):
        (pages / f"p{i}.txt").write_text(chinese_article(62), encoding="utf-8")
    try:
        url = server.url(query="&socket_timeout=0.5")
        with Guard.open(url, create=True) as g:
            g.protect_document(chinese_article(62), source="a.txt")
        r = Guard.open(url)  # nothing cached yet: a copy needs the article's text from the server
        server.proc.send_signal(signal.SIGSTOP)  # a paused server: a partition, not a refusal
        try:
            t = time.monotonic()
            reports = list(r.iter_scan([pages]))
            elapsed = time.monotonic() - t
        finally:
            server.proc.send_signal(signal.SIGCONT)
        assert [d.verdict for d in reports] == ["error"] * 3
        assert all("did not answer in time" in (d.reason or "") for d in reports), [d.reason for d in reports]
        assert elapsed < 8  # 3 documents, 0.5 s timeouts not retried (retried, they took 13 s): no hang
        assert r.check(chinese_article(62)).verdict == "reprint"  # and back once the server is
    finally:
        server.stop()


def test_a_copy_checked_against_an_outlets_articles_costs_at_most_two_round_trips(redis_url: str) -> None:
    """The boilerplate step needs the owners (outlet, rights holder) of the articles sharing a
    window: the checked article's own come with its row, the others' in one request, then from
    a cache until they change."""
    follow = "欢迎扫码关注北岭日报微信公众号获取更多本地新闻，每天早晚两次推送重要消息和生活服务信息不见不散。" * 2
    with Guard.open(redis_url, create=True) as w:
        for i in range(5):
            w.protect_document(f"北岭新闻第{i}号\n来源：北岭日报\n" + chinese_article(70 + i) + "\n" + follow,
                               source=f"o{i}.txt")
    with Guard.open(redis_url) as g:  # nothing cached
        counter = _Counter(g.store)
        for i in range(3):
            before = counter.n
            assert g.check(chinese_article(70 + i)).verdict == "reprint"
            assert counter.n - before <= 2, counter.n - before


def test_a_damaged_stored_article_is_named_never_quoted(redis_url: str, tmp_path: Path, cli) -> None:
    """A body field that is no longer zlib (or not UTF-8) in one stored article: every command
    says the store is corrupted, names the article and how to get rid of it, and quotes none of
    its text (as the SQLite store does); removing it makes the store usable again."""
    from reprint_guard.store.redis import BUCKET

    bodies, store, art = _protected_with_second(cli, tmp_path, redis_url, 200, 2)
    try:
        store._r.hset(store._k("t", art.rowid // BUCKET), art.rowid, b"\x78\x9cnot zlib at all")
    finally:
        store.close()
    page = tmp_path / "copy.txt"
    page.write_text(bodies["1.txt"], encoding="utf-8")
    for args in (("list",), ("check", page)):
        r = cli(*args, "--store", redis_url)
        said = " ".join(r.stderr.split())
        assert r.exit_code == 2 and "is corrupted" in said and f"article {art.id}" in said, said
        assert f"reprint-guard remove {art.id}" in said and "Traceback" not in r.stderr
        assert "not zlib-compressed data" in said, said  # what is wrong, in words (new-user trial)
        assert not any(bodies["1.txt"][i : i + 6] in said for i in range(0, 200, 7))
    assert cli("remove", art.id, "--store", redis_url).exit_code == 0
    assert cli("list", "--store", redis_url).exit_code == 0


def _stop_after_first_commit(server: RedisServer, prefix: str, how: str) -> threading.Thread:
    """A thread that waits for the first batch of a protect to be committed (the change log's
    seq moves), then shuts the server down (``down``) or pauses it (``pause``, SIGSTOP)."""
    import redis

    def run() -> None:
        r = redis.Redis(port=server.port, socket_timeout=2)
        deadline, last = time.monotonic() + 60, 0
        while time.monotonic() < deadline:  # the batch's pipeline has run once the seq rests
            seq = int(r.get(f"{prefix}:seq") or 0)
            if seq and seq == last:
                break
            last = seq
            time.sleep(0.02)
        if how == "down":
            server.stop()  # SIGTERM: a clean shutdown, the AOF written
        else:
            server.proc.send_signal(signal.SIGSTOP)

    t = threading.Thread(target=run, daemon=True)
    t.start()
    return t


def _stored_ids(url: str) -> set[str]:
    with Guard.open(url) as g:
        return {a.id for a in g.articles()}


@pytest.mark.parametrize("how", ["down", "pause"])
def test_a_protect_cut_short_by_the_server_lists_only_what_it_stored(how: str, tmp_path: Path) -> None:
    """Outcomes are shown once committed: a server shut down or paused after the first batch
    leaves no `added` line for an article it never stored; one error line names the store and
    says to run the command again, exit 2; the JSON report is whole and records the error; the
    same command run again protects the rest."""
    server = RedisServer(tmp_path / "redis")
    try:
        url = server.url(prefix="cut", query="&socket_timeout=0.5")
        files = _write(tmp_path / "a", {f"a{i:03d}.txt": chinese_article(1000 + i) for i in range(200)})
        with Guard.open(url, create=True):
            pass  # the store exists: its manifest is not the first change
        stopper = _stop_after_first_commit(server, "cut", how)
        fmt = ["-f", "json"] if how == "pause" else []
        run = _run("protect", tmp_path / "a", "--store", url, *fmt, timeout=60)
        stopper.join(5)
        if how == "pause":
            server.proc.send_signal(signal.SIGCONT)
        else:
            server.start()
        assert run.returncode == 2, (run.returncode, run.stderr[-2000:])
        assert "Traceback" not in run.stderr
        lines = run.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: "), run.stderr
        assert "redis://127.0.0.1:" in lines[0] and "run the same command again" in lines[0]
        if how == "pause":
            report = json.loads(run.stdout)
            assert report["error"] == lines[0].removeprefix("error: ")
            shown = {o["id"] for o in report["articles"] if o["status"] == "added"}
        else:
            shown = {ln.split()[1] for ln in run.stdout.splitlines() if ln.startswith("added")}
        time.sleep(0.2)
        stored = _stored_ids(url)
        assert shown and shown <= stored, (len(shown), len(stored), sorted(shown - stored)[:5])
        assert len(shown) < 200
        plural = "" if len(shown) == 1 else "s"
        assert f"{len(shown)} article{plural} committed ({len(shown)} added, 0 updated; 0 already protected)" in lines[0]
        again = _run("protect", tmp_path / "a", "--store", url, "-f", "json", timeout=60)
        assert again.returncode == 0, again.stderr
        statuses = [o["status"] for o in json.loads(again.stdout)["articles"]]
        assert statuses.count("unchanged") == len(stored) and statuses.count("added") == 200 - len(stored)
        assert len(_stored_ids(url)) == len(files)
    finally:
        with contextlib.suppress(Exception):
            server.proc.send_signal(signal.SIGCONT)
        server.stop()


def test_threads_sharing_a_guard_see_every_protect_and_remove_that_returned_before_their_check(redis_url: str) -> None:
    """The README's promise for a Guard shared by threads: a check that starts after a protect
    or remove returned sees it. Eight threads check copies while another Guard (its own
    connection and change-log watch, as another process has) protects articles, updates them
    to another text and removes them;
    a short switch interval makes the threads interleave often (the race was between one
    thread taking the remembered seq and another consuming the announcement of a write)."""
    n = 12
    texts = {v: [chinese_article(3000 + 100 * (v == "B") + i, paragraphs=3) for i in range(n)] for v in "AB"}
    writer = Guard.open(redis_url, create=True)
    writer.protect_document(chinese_article(2999, paragraphs=3), source="seed.txt")
    shared = Guard.open(redis_url)
    events: list[tuple[str, int, float, float]] = []  # (op, article, when it began, when it returned)
    checks: list[tuple[int, str, float, float, bool]] = []  # (article, text, began, ended, found)
    stop = time.monotonic() + 8
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)

    def reader(seed: int) -> None:
        import random

        rnd, out = random.Random(seed), []
        while time.monotonic() < stop:
            k, v = rnd.randrange(n), rnd.choice("AB")
            t = time.monotonic()
            found = any(m.article.source == f"w{k}.txt" for m in shared.check(texts[v][k]).matches)
            out.append((k, v, t, time.monotonic(), found))
        checks.extend(out)

    threads = [threading.Thread(target=reader, args=(i,)) for i in range(8)]
    try:
        for t in threads:
            t.start()
        rnd_k = 0
        while time.monotonic() < stop - 0.3:
            k = rnd_k % n
            for v in "AB":  # added with text A, then updated in place to text B
                t = time.monotonic()
                writer.protect_document(texts[v][k], source=f"w{k}.txt")
                events.append((v, k, t, time.monotonic()))
                time.sleep(0.003)
            t = time.monotonic()
            writer.remove([article_id(f"w{k}.txt")])
            events.append(("rm", k, t, time.monotonic()))
            time.sleep(0.003)
            rnd_k += 1
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(old)
        shared.close()
        writer.close()
    # Each check is judged by the last operation on its article that returned before it began,
    # unless the next one began before the check ended (then either answer is right).
    wrong, judged = [], 0
    by_k: dict[int, list[tuple[str, float, float]]] = {}
    for op, k, began, ended in events:
        by_k.setdefault(k, []).append((op, began, ended))
    for k, v, t0, t1, found in checks:
        ops = by_k.get(k, [])
        done = [i for i, (_, _, ended) in enumerate(ops) if ended < t0]
        if not done or (done[-1] + 1 < len(ops) and ops[done[-1] + 1][1] <= t1):
            continue
        op, _, ended = ops[done[-1]]
        judged += 1
        if found != (op == v):
            wrong.append((k, v, op, round(t0 - ended, 4)))
    assert judged > 500, judged
    assert not wrong, (len(wrong), judged, wrong[:5])


def test_corrupt_metadata_names_the_article_id_and_can_be_removed(redis_url: str, tmp_path: Path, cli) -> None:
    """One stored article's metadata that is not JSON made `list` fail naming "row 2" and telling
    the user to "remove that article" without its id (new-user trial). The message now names the
    article id (its field in P:ids) with the remove command, which works on that article."""
    from reprint_guard.store.redis import BUCKET

    bodies, store, art = _protected_with_second(cli, tmp_path, redis_url, 260, 3)
    try:
        store._r.hset(store._k("m", art.rowid // BUCKET), art.rowid, b'{"id": "' + art.id.encode()[:5])
    finally:
        store.close()
    page = tmp_path / "copy.txt"
    page.write_text(bodies["0.txt"], encoding="utf-8")
    for args in (("list",), ("list", "-f", "json")):
        r = cli(*args, "--store", redis_url)
        said = " ".join(r.stderr.split())
        assert r.exit_code == 2 and "Traceback" not in r.stderr, r.stderr
        assert f"the stored article {art.id} (row {art.rowid}) cannot be read (its metadata is not valid JSON)" in said, said
        assert f"reprint-guard remove {art.id} --store '{redis_url}'" in said, said
    # A check of another article's copy still works (that row's owner is unknown, not a crash).
    assert cli("check", page, "--store", redis_url).exit_code == 1
    r = cli("remove", art.id, "--store", redis_url)
    assert r.exit_code == 0 and r.stdout.strip() == f"removed {art.id}", r.stderr
    listed = json.loads(cli("list", "--store", redis_url, "-f", "json").stdout)["articles"]
    assert sorted(a["source"] for a in listed) == sorted(str(tmp_path / "a" / name) for name in bodies if not name.startswith("1"))


@pytest.mark.parametrize(("field", "value"), [("scheme", b'{"num_perm": 128, '), ("store_version", b"notjson")])
def test_a_corrupt_manifest_field_is_one_error_line_exit_2(redis_url: str, tmp_path: Path, cli, field: str, value: bytes) -> None:
    """A field of <prefix>:manifest that is not JSON: a traceback and exit 1 before; now the
    corrupted-store line naming the field and the hash, exit 2, on every command."""
    files = _write(tmp_path / "a", {"0.txt": chinese_article(270)})
    assert cli("protect", *files, "--store", redis_url).exit_code == 0
    store = open_store(redis_url, FingerprintScheme())
    try:
        store._r.hset(store._k("manifest"), field, value)
        key = store._k("manifest")
    finally:
        store.close()
    for args in (("list",), ("check", files[0]), ("protect", files[0])):
        r = cli(*args, "--store", redis_url)
        said = " ".join(r.stderr.split())
        assert r.exit_code == 2 and len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr, r.stderr
        assert f"is corrupted: its manifest entry '{field}' (field '{field}' of the hash {key})" in said, said
        assert "backup" in said, said
    with pytest.raises(StoreError, match=f"manifest entry '{field}'"):
        Guard.open(redis_url)


def test_after_flushall_len_articles_and_check_agree(tmp_path: Path) -> None:
    """A store emptied under a running worker (FLUSHALL): check raised "emptied or replaced"
    while len(guard) still gave the old count and articles() an empty list. All three now raise
    the same StoreError. (A server of its own: FLUSHALL empties every store on it.)"""
    import redis

    server = RedisServer(tmp_path / "redis")
    try:
        url = server.url()
        with Guard.open(url, create=True) as w:
            for i in range(2):
                w.protect_document(chinese_article(280 + i), source=f"{i}.txt")
        with Guard.open(url) as g:
            assert len(g) == 2 and g.check(chinese_article(280)).verdict == "reprint"
            redis.Redis(port=server.port).flushall()
            for call in (lambda: len(g), g.articles, lambda: g.check(chinese_article(280))):
                with pytest.raises(StoreError, match=r"was emptied or replaced while in use \(store_uid \w+ is now None\)"):
                    call()
    finally:
        server.stop()


def test_a_closed_guard_on_redis_refuses_to_check(redis_url: str) -> None:
    with Guard.open(redis_url, create=True) as w:
        w.protect_document(chinese_article(290), source="0.txt")
    g = Guard.open(redis_url)
    assert g.check(chinese_article(290)).verdict == "reprint"
    g.close()
    with pytest.raises(StoreError, match=r"this Guard on the fingerprint store .* was closed"):
        g.check(chinese_article(290))
    g.close()  # again: nothing


def test_a_store_restored_from_an_older_backup_is_noticed(tmp_path: Path) -> None:
    """A Redis server brought back with an older copy of its data (a backup's files put back):
    a running worker kept matching an article the store no longer had (fourth new-user trial,
    session 18). Its change log went back: the next call raises StoreError."""
    import shutil

    server = RedisServer(tmp_path / "redis")
    try:
        url = server.url()
        with Guard.open(url, create=True) as w:
            w.protect_document(chinese_article(300), source="0.txt")
        server.stop()
        shutil.copytree(server.directory, tmp_path / "backup")
        server.start()
        with Guard.open(url) as g:
            with Guard.open(url, create=True) as w:
                w.protect_document(chinese_article(301), source="1.txt")
            assert g.check(chinese_article(301)).verdict == "reprint"
            server.stop()
            shutil.rmtree(server.directory)
            shutil.copytree(tmp_path / "backup", server.directory)
            server.start()
            with pytest.raises(StoreError, match=r"its change log went back from change 2 to 1 \(an older copy restored\)"):
                g.check(chinese_article(301))
        with Guard.open(url) as fresh:
            assert fresh.check(chinese_article(301)).verdict == "clean" and len(fresh) == 1
    finally:
        server.stop()


def test_a_batch_refused_half_way_says_how_many_articles_were_stored(tmp_path: Path) -> None:
    """A server that runs out of memory half-way through a batch has stored the articles before
    the refusal: the report said none were (fourth new-user trial, session 18). The error says
    how many at least, and those are there."""
    import re

    import redis

    server = RedisServer(tmp_path / "redis")
    try:
        url = server.url()
        with Guard.open(url, create=True) as w:
            w.protect_document(chinese_article(310), source="0.txt")
        r = redis.Redis(port=server.port)
        used = int(r.info("memory")["used_memory"])
        r.config_set("maxmemory-policy", "noeviction")
        r.config_set("maxmemory", used + 150_000)
        files = _write(tmp_path / "many", {f"{k}.txt": chinese_article(320 + k) for k in range(60)})
        committed: list[int] = [0]  # the outcomes of batches committed whole before the refused one
        with Guard.open(url, create=True) as w, pytest.raises(StoreError, match=r"at least \d+ of the last \d+ articles written were stored") as caught:
            list(w.iter_protect(files, on_commit=lambda n: committed.__setitem__(0, n)))
        stored = int(re.search(r"\(at least (\d+) of the last", str(caught.value)).group(1))
        r.config_set("maxmemory", 0)
        with Guard.open(url) as g:
            assert len(g) >= 1 + committed[0] + stored > 1
    finally:
        server.stop()


@pytest.mark.parametrize("typo", ["redis//{hp}/0?prefix={p}", "redis:{hp}/0?prefix={p}", "{hp}/0?prefix={p}", "{hp}?prefix={p}"])
def test_a_mistyped_url_reaches_no_store_and_the_url_it_names_reaches_the_server(
    typo: str, redis_server: RedisServer, tmp_path: Path, cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A typo in the URL made a local SQLite store (exit 0, ``added``), so the fleet never saw
    the desk's articles. It is refused with exit 2, nothing on disk or on the server, and the
    URL the message names is the store the desk meant."""
    url = redis_server.url()
    prefix = url.rsplit("prefix=", 1)[1]
    value = typo.format(hp=f"127.0.0.1:{redis_server.port}", p=prefix)
    files = _write(tmp_path / "in", {"a.txt": chinese_article(7)})
    monkeypatch.chdir(tmp_path)
    res = cli("protect", *files, "--store", value)
    assert res.exit_code == 2 and "added" not in res.stdout
    assert f"write {url} " in res.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]
    with pytest.raises(StoreError, match="no fingerprint store|no store"):
        open_store(url, FingerprintScheme())
    res = cli("protect", *files, "--store", url)
    assert res.exit_code == 0, res.stderr
    with Guard.open(url) as g:
        assert [a.source for a in g.articles()] == [str(files[0])]
        assert g.check(chinese_article(7)).verdict == "reprint"
