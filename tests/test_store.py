"""The store never loses data: SIGKILL mid-batch, concurrent writers, corruption, read-only."""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from helpers import chinese_article

from reprint_guard import FingerprintScheme, Guard, StoreError
from reprint_guard.store import STORE_FILE, open_store


def _check_whole(store_dir: Path) -> set[str]:
    """Open the store, verify every article is whole, return their sources."""
    con = sqlite3.connect(store_dir / STORE_FILE)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    with Guard.open(store_dir) as g:
        sources = set()
        for art in g.articles():
            assert art.body and art.content_sha256
            starts, sigs = g.store.passage_signatures(art.id)
            assert len(starts) >= 1 and sigs.shape == (len(starts), g.scheme.passage_num_perm)
            assert g.store.doc_signature(art.id).hashvalues.shape == (g.scheme.num_perm,)
            sources.add(art.source)
        # The index was loaded from the same rows: every article is a live candidate.
        assert len(g) == len(sources)
    return sources


def _child_protect(store_dir: Path, texts: list[tuple[str, str]], out_fd: int) -> None:
    """In a forked child: protect texts one by one, reporting each committed source."""
    try:
        g = Guard.open(store_dir, create=True)
        for source, text in texts:
            g.protect_document(text, source=source)
            os.write(out_fd, (source + "\n").encode())
    finally:
        os._exit(0)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_sigkill_mid_batch_never_leaves_half_an_article(tmp_path: Path) -> None:
    store_dir = tmp_path / "fp"
    Guard.open(store_dir, create=True).close()
    # Warm the lazy tables (OpenCC, the fold table: ~0.3 s) before forking, so that children
    # start committing within the kill window however cold this test worker is.
    with Guard.open(tmp_path / "warm", create=True) as warm:
        warm.protect_document(chinese_article(1, 2), source="warm.txt")
    rng = random.Random(20241130)
    texts = [(f"batch/{i:04d}.txt", chinese_article(10_000 + i, paragraphs=4)) for i in range(120)]
    committed: set[str] = set()
    kills = 0
    for _ in range(50):
        r, w = os.pipe()
        batch = rng.sample(texts, 100)
        pid = os.fork()
        if pid == 0:
            os.close(r)
            _child_protect(store_dir, batch, w)
        os.close(w)
        time.sleep(rng.uniform(0.0, 0.25))
        try:
            os.kill(pid, signal.SIGKILL)
            kills += 1
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
        with os.fdopen(r) as fh:
            committed.update(line.strip() for line in fh if line.strip())
        present = _check_whole(store_dir)
        assert committed <= present, f"committed but missing: {sorted(committed - present)[:5]}"
    assert kills >= 40  # most runs were really killed mid-batch
    assert committed  # and something was committed along the way


def _write_files(folder: Path, n: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for i in range(n):
        p = folder / f"{i:04d}.txt"
        p.write_text(chinese_article(20_000 + i, paragraphs=3), encoding="utf-8")
        paths.append(p)
    return paths


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_sigkill_during_a_batched_protect_loses_only_the_open_batch(tmp_path: Path) -> None:
    files = _write_files(tmp_path / "in", 150)
    with Guard.open(tmp_path / "warm", create=True) as warm:  # see the test above
        warm.protect_document(chinese_article(1, 2), source="warm.txt")
    rng = random.Random(7)
    partial = 0
    for k in range(8):
        store_dir = tmp_path / f"fp{k}"
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_end)

            def tick(*_: object) -> None:
                os.write(write_end, b".")  # one byte per file handled: the parent's clock
                time.sleep(0.004)

            try:
                Guard.open(store_dir, create=True).protect([tmp_path / "in"], progress=tick)
            finally:
                os._exit(0)
        os.close(write_end)
        # Kill after a random number of files, whatever the machine's load: kills land between
        # batches and inside them (a batch is 64 files or one second).
        target, seen = rng.randint(1, len(files) - 10), 0
        while seen < target:
            chunk = os.read(read_end, 4096)
            if not chunk:
                break
            seen += len(chunk)
        os.close(read_end)
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
        present = _check_whole(store_dir) if (store_dir / STORE_FILE).exists() else set()
        # Files go in walk order and batches commit whole: what is stored is a prefix.
        assert present == {str(p) for p in files[: len(present)]}
        partial += 0 < len(present) < len(files)
    assert partial  # some kills really landed between batches


def test_ctrl_c_during_protect_commits_the_files_completed(tmp_path: Path) -> None:
    store_dir = tmp_path / "fp"
    files = _write_files(tmp_path / "in", 30)

    def progress(done: int, total: int, item: str) -> None:
        if done == 10:
            raise KeyboardInterrupt

    with Guard.open(store_dir, create=True) as g, pytest.raises(KeyboardInterrupt):
        g.protect([tmp_path / "in"], progress=progress)
    assert _check_whole(store_dir) == {str(p) for p in files[:10]}
    # Running it again adds the rest; the first ten come back unchanged.
    with Guard.open(store_dir, create=True) as g:
        statuses = [o.status for o in g.protect([tmp_path / "in"])]
    assert statuses == ["unchanged"] * 10 + ["added"] * 20


def test_two_processes_protect_into_one_store(tmp_path: Path) -> None:
    store_dir = tmp_path / "fp"
    Guard.open(store_dir, create=True).close()
    script = (
        "import sys; sys.path.insert(0, sys.argv[3]);"
        "from helpers import chinese_article; from reprint_guard import Guard;"
        "g = Guard.open(sys.argv[1], create=True); k = int(sys.argv[2]);"
        "[g.protect_document(chinese_article(k * 1000 + i, 3), source=f'p{k}/{i}.txt') for i in range(40)]"
    )
    tests_dir = str(Path(__file__).parent)
    procs = [
        subprocess.Popen([sys.executable, "-c", script, str(store_dir), str(k), tests_dir]) for k in (1, 2)
    ]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    sources = _check_whole(store_dir)
    assert sources == {f"p{k}/{i}.txt" for k in (1, 2) for i in range(40)}


def test_truncated_store_fails_clearly_and_is_not_overwritten(tmp_path: Path) -> None:
    store_dir = tmp_path / "fp"
    g = Guard.open(store_dir, create=True)
    for i in range(10):
        g.protect_document(chinese_article(i), source=f"{i}.txt")
    g.close()
    path = store_dir / STORE_FILE
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    before = path.read_bytes()
    with pytest.raises(StoreError, match=str(path.name)):
        Guard.open(store_dir).check(chinese_article(1))
    with pytest.raises(StoreError):
        Guard.open(store_dir, create=True).protect_document(chinese_article(99), source="new.txt")
    assert path.read_bytes() == before


def test_a_store_file_that_is_a_directory_names_the_fix(tmp_path: Path) -> None:
    store_dir = tmp_path / "fp"
    (store_dir / STORE_FILE).mkdir(parents=True)
    (store_dir / STORE_FILE / "keep.txt").write_text("mine", encoding="utf-8")
    for create in (False, True):
        with pytest.raises(StoreError, match="is a directory, not a database.*Move that directory aside"):
            Guard.open(store_dir, create=create).check(chinese_article(1))
    assert (store_dir / STORE_FILE / "keep.txt").read_text(encoding="utf-8") == "mine"


def test_store_from_a_newer_format_is_refused(tmp_path: Path) -> None:
    store_dir = tmp_path / "fp"
    Guard.open(store_dir, create=True).close()
    con = sqlite3.connect(store_dir / STORE_FILE)
    con.execute("UPDATE manifest SET value = '99' WHERE key = 'store_version'")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="newer"):
        Guard.open(store_dir)


def test_manifest_records_the_scheme(tmp_path: Path) -> None:
    g = Guard.open(tmp_path / "fp", create=True)
    m = g.store.manifest()
    assert m["scheme"]["num_perm"] == 128 and m["scheme"]["seed"] == 1
    assert m["scheme"]["cjk_shingle"] == 5 and m["scheme"]["latin_shingle"] == 3
    assert (m["scheme"]["passage_bands"], m["scheme"]["passage_rows"]) == (8, 4)
    assert (m["scheme"]["latin_passage_bands"], m["scheme"]["latin_passage_rows"]) == (16, 2)
    assert m["normalizer_version"] and m["opencc_version"] and m["confusables_version"]


def _can_drop_privileges() -> bool:
    return os.geteuid() == 0 and shutil.which("setpriv") is not None


def test_read_only_store_scans_but_refuses_to_protect() -> None:
    if os.geteuid() == 0 and not _can_drop_privileges():
        pytest.skip("running as root without setpriv: permissions cannot make the store read-only")
    # Root ignores permissions, so the CLI runs as 'nobody'; pytest's own tmp dirs are 0700.
    with tempfile.TemporaryDirectory() as tmp:
        _read_only_scenario(Path(tmp))


def _read_only_scenario(tmp_path: Path) -> None:
    os.chmod(tmp_path, 0o755)
    store_dir = tmp_path / "fp"
    g = Guard.open(store_dir, create=True)
    body = chinese_article(3)
    g.protect_document(body, source="a.txt")
    g.close()
    (tmp_path / "copy.txt").write_text(body, encoding="utf-8")
    os.chmod(store_dir / STORE_FILE, 0o444)
    os.chmod(store_dir, 0o555)
    try:
        prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] if os.geteuid() == 0 else []
        cli = [sys.executable, "-m", "reprint_guard"]
        env = {**os.environ, "HOME": str(tmp_path)}
        scan = subprocess.run(
            [*prefix, *cli, "scan", str(tmp_path / "copy.txt"), "--store", str(store_dir), "--format", "json"],
            capture_output=True, text=True, env=env, timeout=120,
        )
        assert scan.returncode == 1, scan.stderr
        assert json.loads(scan.stdout)["documents"][0]["verdict"] == "reprint"
        prot = subprocess.run(
            [*prefix, *cli, "protect", str(tmp_path / "copy.txt"), "--store", str(store_dir)],
            capture_output=True, text=True, env=env, timeout=120,
        )
        assert prot.returncode == 2, prot.stderr
        assert "read-only" in prot.stderr and "Traceback" not in prot.stderr
    finally:
        os.chmod(store_dir, 0o755)
        os.chmod(store_dir / STORE_FILE, 0o644)


def test_twin_lookup_uses_an_index_not_a_table_scan(tmp_path: Path) -> None:
    # protect looks up identical input bytes on every article; a scan would make protect
    # quadratic in the store size.
    Guard.open(tmp_path / "fp", create=True).close()
    con = sqlite3.connect(tmp_path / "fp" / STORE_FILE)
    try:
        plan = " ".join(
            str(row[-1])
            for row in con.execute(
                "EXPLAIN QUERY PLAN SELECT id, source, licensees_json FROM articles "
                "WHERE content_sha256 = ? ORDER BY rowid",
                ("x",),
            )
        )
    finally:
        con.close()
    assert "USING INDEX articles_content_sha256" in plan, plan


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_a_killed_batch_leaves_a_journal_that_the_next_reader_rolls_back(tmp_path: Path) -> None:
    # Long articles: a batch outgrows SQLite's page cache and writes into the database file, so
    # from then on the journal is hot and must be rolled back before anyone can read.
    (tmp_path / "in").mkdir()
    for i in range(16):
        (tmp_path / "in" / f"{i:04d}.txt").write_text(chinese_article(30_000 + i, paragraphs=1500), encoding="utf-8")
    with Guard.open(tmp_path / "warm", create=True) as warm:  # see the SIGKILL test above
        warm.protect_document(chinese_article(1, 2), source="warm.txt")
    hot = 0
    for attempt in range(6):
        store_dir = tmp_path / f"fp{attempt}"
        Guard.open(store_dir, create=True).close()
        journal = store_dir / (STORE_FILE + "-journal")
        pid = os.fork()
        if pid == 0:
            try:
                Guard.open(store_dir, create=True).protect([tmp_path / "in"])
            finally:
                os._exit(0)
        # Kill once a batch has spilled into the database file while its journal is open,
        # however loaded the machine is (a fixed sleep missed every batch on a busy machine).
        db, size = store_dir / STORE_FILE, (store_dir / STORE_FILE).stat().st_size
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (journal.exists() and db.stat().st_size > size):
            time.sleep(0.002)
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        if not journal.exists():
            continue
        hot += 1
        # A read-only open (scan, check, list) rolls the write back instead of failing on
        # every query with "attempt to write a readonly database".
        with Guard.open(store_dir) as g:
            sources = [a.source for a in g.articles()]
            assert g.check(chinese_article(30_000, paragraphs=1500)).verdict in ("reprint", "clean")
        assert not journal.exists()
        assert sources == sorted(sources)  # a prefix of the walk order, each article whole
    assert hot  # at least one kill landed inside a batch



@pytest.mark.parametrize("location", ["memcached://cache.example.net:11211", "memcached:/cache.example.net:11211"])
def test_a_store_url_without_a_backend_is_refused_naming_it(location: str) -> None:
    with pytest.raises(StoreError, match=r"--store memcached:/.*cache\.example\.net.*no backend.*store directory"):
        open_store(location, FingerprintScheme())


def test_a_drive_letter_or_colon_in_a_folder_name_is_a_directory(tmp_path: Path) -> None:
    for name in ("C:/fp", "a:b/fp"):
        with pytest.raises(StoreError, match="no fingerprint store"):
            open_store(tmp_path / name, FingerprintScheme())


MISTYPED = [  # (value, the URL the error says to write)
    ("redis//127.0.0.1:6391/0?prefix=news", "redis://127.0.0.1:6391/0?prefix=news"),
    ("redis:127.0.0.1:6391", "redis://127.0.0.1:6391/0"),
    ("redis:/127.0.0.1:6391/2", "redis://127.0.0.1:6391/2"),
    ("rediss//cache.example.net:6380/0?prefix=news", "rediss://cache.example.net:6380/0?prefix=news"),
    ("127.0.0.1:6391", "redis://127.0.0.1:6391/0"),
    ("localhost:6379", "redis://localhost:6379/0"),
    ("localhost:6379?prefix=news", "redis://localhost:6379/0?prefix=news"),
]


@pytest.mark.parametrize(("value", "meant"), MISTYPED)
def test_a_mistyped_redis_url_is_refused_and_makes_no_local_store(value: str, meant: str, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A new-user trial: ``--store redis//127.0.0.1:6391/0?prefix=news`` said ``added``, exit 0,
    and made ``./redis/127.0.0.1:6391/0?prefix=news/fingerprints.sqlite``: the desk's articles
    never reached the fleet. Guard.open and open_store refuse it, naming the URL meant."""
    monkeypatch.chdir(tmp_path)
    for open_it in (lambda: Guard.open(value, create=True), lambda: open_store(value, FingerprintScheme(), create=True),
                    lambda: Guard.upgrade(value, refingerprint=True), lambda: Guard.migrate(value, "fp")):
        with pytest.raises(StoreError) as e:
            open_it()
        assert f"{value} looks like a mistyped Redis URL" in str(e.value)
        assert f"write {meant} " in str(e.value)
    monkeypatch.setenv("REPRINT_GUARD_STORE", value)
    with pytest.raises(StoreError, match=rf"^\$REPRINT_GUARD_STORE={re.escape(value)} looks like a mistyped"):
        Guard.open(create=True)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("value", "meant"), MISTYPED)
def test_protect_to_a_mistyped_redis_url_exits_2_and_writes_nothing(value: str, meant: str, tmp_path: Path, cli,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(chinese_article(5), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for args in (["protect", "in/a.txt"], ["scan", "in", "-o", "report.json", "-f", "json"], ["list"]):
        res = cli(*args, "--store", value)
        assert res.exit_code == 2, res.stdout
        assert res.stderr.startswith(f"error: --store {value} looks like a mistyped Redis URL") and meant in res.stderr
        assert "added" not in res.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]


def test_a_folder_named_like_host_port_is_a_store_when_it_exists_or_is_written_dot_slash(tmp_path: Path, cli,
                                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Refusing mistyped URLs keeps every directory usable: a colon elsewhere is a folder as
    before, a folder named ``localhost:6379`` opens once it exists, ``./`` always means one."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(chinese_article(6), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for store in ("news:2024/fp", "archive:old", "./localhost:6379", "./redis:fp"):
        res = cli("protect", "in/a.txt", "--store", store)
        assert res.exit_code == 0, res.stderr
        assert (tmp_path / store / STORE_FILE).is_file()
    res = cli("protect", "in/a.txt", "--store", "localhost:6379")  # exists now: that directory
    assert res.exit_code == 0, res.stderr
    with Guard.open("localhost:6379") as g:
        assert len(g) == 1 and g.check(chinese_article(6)).verdict == "reprint"
    with Guard.open(tmp_path / "redis:fp") as g:  # a Path is a directory
        assert len(g) == 1
    from reprint_guard.api import _open_reader
    from reprint_guard.config import MatchConfig

    with Guard.open("./redis:fp") as g:  # a spawned scan worker opens the store by its location
        assert g.store.location == "redis:fp"
        with _open_reader(g.store.location, FingerprintScheme(), MatchConfig()) as worker:
            assert worker.check(chinese_article(6)).verdict == "reprint"


def _protected_articles(cli, tmp_path: Path, first: int, n: int) -> tuple[Path, dict[str, str], dict[int, str], Path]:
    """``n`` invented articles protected by the CLI into ``tmp_path/fp``: ``(store, {source: id},
    {i: body}, articles folder)``."""
    articles = tmp_path / "articles"
    articles.mkdir()
    bodies = {i: chinese_article(first + i) for i in range(n)}
    for i, body in bodies.items():
        (articles / f"{i}.txt").write_text(f"第{i}篇文章的标题\n\n{body}\n", encoding="utf-8")
    store = tmp_path / "fp"
    assert cli("protect", articles, "--store", store).exit_code == 0
    ids = {a["source"]: a["id"] for a in json.loads(cli("list", "--store", store, "-f", "json").stdout)["articles"]}
    return store, ids, bodies, articles


@pytest.mark.parametrize("column", ["body", "title"])
def test_an_article_stored_as_bad_utf8_is_named_never_quoted(cli, tmp_path: Path, column: str) -> None:
    """A byte that is not UTF-8 in one stored article stopped every command with SQLite's own
    message, quoting ~150 characters of the article (user trial 8). Every command now says the
    store is corrupted, names the article and how to get rid of it, quotes none of its text and
    changes nothing; removing that article makes the store usable again with the rest intact."""
    import hashlib

    store, ids, bodies, articles = _protected_articles(cli, tmp_path, 100, 3)
    damaged = ids[str(articles / "1.txt")]
    con = sqlite3.connect(store / STORE_FILE)
    con.execute(
        f"UPDATE articles SET {column} = CAST(x'ff' || CAST({column} AS BLOB) AS TEXT) WHERE id = ?", (damaged,)
    )
    con.commit()
    con.close()
    digest = hashlib.sha256((store / STORE_FILE).read_bytes()).hexdigest()
    (tmp_path / "copy.txt").write_text(bodies[0], encoding="utf-8")
    (tmp_path / "copy1.txt").write_text(bodies[1], encoding="utf-8")
    for args in (
        ("scan", tmp_path / "copy1.txt", "-f", "csv"),
        ("check", tmp_path / "copy1.txt"),
        ("list",),
        ("upgrade",),
    ):
        r = cli(*args, "--store", store)
        assert r.exit_code == 2, (args, r.stdout, r.stderr)
        said = " ".join(r.stderr.split())
        assert said.startswith(f"error: the fingerprint store {store / STORE_FILE} is corrupted"), said
        assert f"article {damaged}" in said and "Nothing was changed" in said, said
        assert f"reprint-guard remove {damaged} --store {store}" in said and "backup" in said, said
        assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
        text = bodies[1] + "第1篇文章的标题"
        assert not any(text[i : i + 6] in said for i in range(len(text) - 6)), said  # no article text quoted
        assert hashlib.sha256((store / STORE_FILE).read_bytes()).hexdigest() == digest, args
    assert cli("remove", damaged, "--store", store).exit_code == 0
    assert sorted(a["id"] for a in json.loads(cli("list", "--store", store, "-f", "json").stdout)["articles"]) == sorted(
        v for v in ids.values() if v != damaged
    )
    r = cli("scan", tmp_path / "copy.txt", "--store", store, "-f", "csv")
    assert r.exit_code == 1 and ids[str(articles / "0.txt")] in r.stdout


@pytest.mark.parametrize(
    ("column", "value", "readable"),
    [
        ("body", "CAST(body AS BLOB)", True),  # text an outside tool wrote back as a BLOB: read, never lost
        ("body", "x'ff' || CAST(body AS BLOB)", False),  # a BLOB that is not UTF-8
        ("notice_json", "'{not json'", False),
        ("licensees_json", "'[not a list'", False),
    ],
)
def test_a_stored_column_of_another_type_is_named_never_a_traceback(cli, tmp_path: Path, column: str, value: str, readable: bool) -> None:
    """A new-user trial (session 12) wrote a body back as a SQLite BLOB and a notice that is not
    JSON: scans stopped with a Python traceback and exit 1, the code for a finding. A BLOB of
    UTF-8 text is now read as the text it holds; anything else is the corrupted-store error
    (exit 2) naming the article and how to remove it, with the store unchanged."""
    import hashlib

    store, ids, bodies, articles = _protected_articles(cli, tmp_path, 300, 2)
    damaged = ids[str(articles / "1.txt")]
    con = sqlite3.connect(store / STORE_FILE)
    con.execute(f"UPDATE articles SET {column} = {value} WHERE id = ?", (damaged,))
    con.commit()
    con.close()
    digest = hashlib.sha256((store / STORE_FILE).read_bytes()).hexdigest()
    (tmp_path / "copy1.txt").write_text(bodies[1], encoding="utf-8")
    r = cli("check", tmp_path / "copy1.txt", "--store", store, "-f", "json")
    if readable:
        assert r.exit_code == 1 and json.loads(r.stdout)["documents"][0]["verdict"] == "reprint", r.stderr
        return
    said = " ".join(r.stderr.split())
    assert r.exit_code == 2 and "Traceback" not in r.stderr, r.stderr
    assert said.startswith(f"error: the fingerprint store {store / STORE_FILE} is corrupted"), said
    assert f"article {damaged}" in said and f"reprint-guard remove {damaged} --store {store}" in said, said
    assert hashlib.sha256((store / STORE_FILE).read_bytes()).hexdigest() == digest
    assert cli("remove", damaged, "--store", store).exit_code == 0
    assert cli("list", "--store", store).exit_code == 0


def _store_of(path: Path, seeds: range) -> None:
    """A store at ``path`` holding the invented articles ``seeds`` (sources ``<seed>.txt``)."""
    with Guard.open(path, create=True) as g:
        for i in seeds:
            assert g.protect_document(chinese_article(i), source=f"{i}.txt").status == "added"


_REPLACED = r"was replaced or removed while in use \(.*\): open it again"


def test_a_store_copied_over_a_running_readers_file_is_noticed_on_the_next_call(tmp_path: Path) -> None:
    """`cp other/fingerprints.sqlite sq/fingerprints.sqlite` under a long-lived reader (new-user
    trial): the file keeps its inode, the reader's index kept the old articles and `articles()`
    listed the new ones. Every call now fails naming the fix; a new open reads the new store."""
    a, b = tmp_path / "a", tmp_path / "b"
    _store_of(a, range(1, 3))
    _store_of(b, range(5, 6))
    with Guard.open(a) as g:
        assert [g.check(chinese_article(i)).verdict for i in (1, 5)] == ["reprint", "clean"]
        inode = (a / STORE_FILE).stat().st_ino
        shutil.copyfile(b / STORE_FILE, a / STORE_FILE)  # as cp does: written over, same inode
        assert (a / STORE_FILE).stat().st_ino == inode
        for call in (lambda: g.check(chinese_article(1)), lambda: g.check(chinese_article(5)), g.articles, lambda: len(g)):
            with pytest.raises(StoreError, match=_REPLACED + ".*protect the articles again") as e:
                call()
            assert "store_uid" in str(e.value) and str(a / STORE_FILE) in str(e.value)
    with Guard.open(a) as g:
        assert [x.source for x in g.articles()] == ["5.txt"] and len(g) == 1
        assert [g.check(chinese_article(i)).verdict for i in (1, 5)] == ["clean", "reprint"]


def test_a_store_rebuilt_under_a_running_reader_is_noticed(tmp_path: Path, cli) -> None:
    """The README's rebuild recipe (`rm -r store && reprint-guard protect … --store store`) under
    a running worker: its connection kept reading the deleted file. Now the worker's next check,
    len() and articles() say the store was replaced."""
    store = tmp_path / "store"
    files = []
    for i in (1, 2):
        files.append(tmp_path / f"{i}.txt")
        files[-1].write_text(chinese_article(i), encoding="utf-8")
    assert cli("protect", files[0], "--store", store).exit_code == 0
    with Guard.open(store) as g:
        assert g.check(chinese_article(1)).verdict == "reprint" and len(g) == 1
        shutil.rmtree(store)
        with pytest.raises(StoreError, match=_REPLACED):
            g.check(chinese_article(1))  # gone: not answered from the deleted file either
        assert cli("protect", files[1], "--store", store).exit_code == 0
        for call in (lambda: g.check(chinese_article(1)), lambda: len(g), g.articles):
            with pytest.raises(StoreError, match=_REPLACED) as e:
                call()
            assert "another file now has its name" in str(e.value)
    r = cli("check", files[1], "--store", store)
    assert r.exit_code == 1


def test_an_older_copy_restored_under_a_running_reader_is_noticed(tmp_path: Path) -> None:
    """A backup of the same store (same store_uid) copied back: its change log is behind what
    the reader saw, so the reader's index holds articles the store no longer has."""
    store = tmp_path / "fp"
    _store_of(store, range(1, 2))
    backup = tmp_path / "backup.sqlite"
    shutil.copyfile(store / STORE_FILE, backup)
    with Guard.open(store, create=True) as w:
        w.protect_document(chinese_article(2), source="2.txt")
    with Guard.open(store) as g:
        assert g.check(chinese_article(2)).verdict == "reprint"
        shutil.copyfile(backup, store / STORE_FILE)
        with pytest.raises(StoreError, match=_REPLACED) as e:
            g.check(chinese_article(2))
        assert "change log went back from change 2 to 1" in str(e.value)


def test_writes_by_other_processes_are_not_taken_for_a_replacement(tmp_path: Path) -> None:
    """Protect and remove from another handle (another process's writes look the same to SQLite)
    while a reader runs: the reader catches up, as before; closing the writer rewrites nothing
    the reader would take for another store."""
    store = tmp_path / "fp"
    _store_of(store, range(1, 2))
    with Guard.open(store) as g:
        assert len(g) == 1
        with Guard.open(store, create=True) as w:
            w.protect_document(chinese_article(2), source="2.txt")
            assert g.check(chinese_article(2)).verdict == "reprint"
            w.remove([w.articles()[0].id])
        assert len(g) == 1 and g.check(chinese_article(1)).verdict == "clean"
        assert [a.source for a in g.articles()] == ["2.txt"]


def test_a_store_made_before_store_uids_gets_one_on_a_writable_open(tmp_path: Path) -> None:
    store = tmp_path / "fp"
    _store_of(store, range(1, 2))
    con = sqlite3.connect(store / STORE_FILE)
    con.execute("DELETE FROM manifest WHERE key = 'store_uid'")
    con.commit()
    con.close()
    with Guard.open(store) as g:  # read-only: left as it is, and still usable
        assert g.store.uid() is None and g.check(chinese_article(1)).verdict == "reprint"
    with Guard.open(store, create=True) as g:
        uid = g.store.uid()
    assert isinstance(uid, str) and len(uid) == 32
    with Guard.open(store) as g:
        assert g.store.uid() == uid


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("scheme", '{"num_perm": 128, '),
        ("store_version", "notjson"),
        ("store_version", '"two"'),
        ("store_uid", "{"),
        ("format", ""),
    ],
    ids=["scheme-cut-short", "version-not-json", "version-not-a-number", "uid-not-json", "format-empty"],
)
def test_a_corrupt_manifest_entry_is_one_error_line_exit_2(cli, tmp_path: Path, key: str, value: str) -> None:
    """A manifest entry edited by hand (new-user trial) made `Guard.open` raise a bare
    json.JSONDecodeError: a traceback and exit 1, the code for "unlicensed copy found". Now every
    command says the store is corrupted, names the entry and the fix, exits 2 and changes
    nothing; the library raises StoreError."""
    import hashlib

    store, _, bodies, articles = _protected_articles(cli, tmp_path, 500, 1)
    con = sqlite3.connect(store / STORE_FILE)
    con.execute("UPDATE manifest SET value = ? WHERE key = ?", (value, key))
    con.commit()
    con.close()
    digest = hashlib.sha256((store / STORE_FILE).read_bytes()).hexdigest()
    page = tmp_path / "copy.txt"
    page.write_text(bodies[0], encoding="utf-8")
    for args in (("list",), ("check", page), ("scan", page, "-f", "json"), ("protect", articles / "0.txt"), ("upgrade",)):
        r = cli(*args, "--store", store)
        said = " ".join(r.stderr.split())
        assert r.exit_code == 2, (args, r.stdout, r.stderr)
        assert said.startswith(f"error: the fingerprint store {store / STORE_FILE} is corrupted: its manifest entry '{key}'"), said
        assert "Nothing was changed" in said and "backup" in said, said
        assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
        assert hashlib.sha256((store / STORE_FILE).read_bytes()).hexdigest() == digest, args
    with pytest.raises(StoreError, match=f"manifest entry '{key}'") as e:
        Guard.open(store)
    assert type(e.value) is StoreError
