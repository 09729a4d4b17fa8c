"""Issue 13: reports that survive any file name, any input type and Ctrl-C, streamed at any size.

(Items 1, 6's CLI part and 8's usage errors are in test_cli_hygiene.py.)
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from pathlib import Path

import pytest
from helpers import NOTICE, chinese_article, validate_report

REPO = Path(__file__).resolve().parents[1]
BAD_NAME = os.fsdecode(b"\xb1\xa8\xb5\xc0-gbk-name.txt")  # "报道" in GBK: not valid UTF-8


# -- 2. file names that are not valid UTF-8 -----------------------------------------------------


def test_article_ids_of_the_shipped_store_are_unchanged() -> None:
    from reprint_guard import Guard
    from reprint_guard.store import article_id

    with Guard.open(REPO / "fingerprints") as g:
        arts = g.articles()
    assert arts and all(a.id == article_id(a.source) for a in arts)
    assert article_id("examples/protected/x.txt") == __import__("hashlib").sha256(b"examples/protected/x.txt").hexdigest()[:12]
    assert article_id(BAD_NAME) == __import__("hashlib").sha256(os.fsencode(BAD_NAME)).hexdigest()[:12]


@pytest.fixture()
def bad_names(tmp_path: Path) -> Path:
    if sys.platform == "darwin":  # APFS refuses names that are not UTF-8
        pytest.skip("the file system only takes UTF-8 names")
    (tmp_path / "articles").mkdir()
    (tmp_path / "pages").mkdir()
    body = chinese_article(31)
    try:
        (tmp_path / "articles" / BAD_NAME).write_text("标题\n" + body + "\n" + NOTICE, encoding="utf-8")
    except (UnicodeEncodeError, OSError):
        pytest.skip("the file system only takes UTF-8 names")
    (tmp_path / "pages" / BAD_NAME).write_text(body, encoding="utf-8")
    (tmp_path / "pages" / ("empty-" + BAD_NAME)).write_text("", encoding="utf-8")
    return tmp_path


def test_protect_and_scan_a_file_whose_name_is_not_utf8(cli, bad_names: Path) -> None:
    store = bad_names / "store"
    r = cli("protect", bad_names / "articles", "--store", store, "-f", "json")
    assert r.exit_code == 0, r.stderr
    [row] = json.loads(r.stdout.encode("utf-8"))["articles"]  # strict UTF-8 bytes, valid JSON
    assert row["status"] == "added" and os.fsencode(row["source"]).endswith(os.fsencode(BAD_NAME))
    listed = json.loads(cli("list", "--store", store, "-f", "json").stdout.encode("utf-8"))["articles"]
    assert os.fsencode(listed[0]["source"]) == os.fsencode(str(bad_names / "articles" / BAD_NAME))
    for fmt in ("json", "jsonl", "csv"):
        out = bad_names / f"report.{fmt}"
        r = cli("scan", bad_names / "pages", "--store", store, "-f", fmt, "-o", out)
        assert r.exit_code == 1, r.stderr
        text = out.read_bytes().decode("utf-8")  # strict: raises on raw bytes
        if fmt == "csv":
            rows = list(csv.DictReader(io.StringIO(text)))
            assert {row["verdict"] for row in rows} == {"reprint", "skipped"}
            assert all(row["path"].endswith("\\xb1\\xa8\\xb5\\xc0-gbk-name.txt") for row in rows)
        else:
            docs = [json.loads(line) for line in text.splitlines() if line.strip()] if fmt == "jsonl" else json.loads(text)["documents"]
            paths = {os.fsencode(d["path"]) for d in docs if d.get("type", "document") == "document"}
            assert os.fsencode(str(bad_names / "pages" / BAD_NAME)) in paths
            assert "\\udcb1" in text  # the documented escape, not the raw byte
    r = cli("scan", bad_names / "pages", "--store", store, "-f", "json")
    json.loads(r.stdout.encode("utf-8"))
    # the rich report and the protect/list lines show the name's bytes as \xNN too, not "?"
    shown = "\\xb1\\xa8\\xb5\\xc0-gbk"
    rich = cli("scan", bad_names / "pages", "--store", store, "-o", bad_names / "report.txt")
    assert rich.exit_code == 1 and shown in (bad_names / "report.txt").read_text(encoding="utf-8").replace("\n", "")
    again = cli("protect", bad_names / "articles", "--store", bad_names / "store2")
    assert shown in again.stdout.replace("\n", "")


# -- 3. any input type: lone surrogates, the 16 MiB limit in UTF-8 --------------------------------


@pytest.fixture(scope="module")
def guard(tmp_path_factory: pytest.TempPathFactory):
    from reprint_guard import Guard

    d = tmp_path_factory.mktemp("hygiene")
    (d / "a.txt").write_text("标题\n" + chinese_article(41) + "\n" + NOTICE, encoding="utf-8")
    g = Guard.open(d / "store", create=True)
    g.protect([d / "a.txt"])
    yield g
    g.close()


def test_check_takes_a_str_with_a_lone_surrogate(guard) -> None:
    body = chinese_article(41)
    rep = guard.check(body[:300] + "\ud800" + body[300:] + "\udcff")
    assert rep.verdict == "reprint" and rep.sha256


@pytest.mark.parametrize("kind", ["bytes", "bytearray", "memoryview", "str-ascii", "str-han", "str-long"])
def test_the_input_limit_is_16_mib_of_utf8_for_every_type(guard, kind: str) -> None:
    import time

    from reprint_guard.api import MAX_INPUT_BYTES

    han = MAX_INPUT_BYTES // 3 + 1  # 3 UTF-8 bytes each: just over the limit
    data = {
        "bytes": lambda: b"a" * (MAX_INPUT_BYTES + 1),
        "bytearray": lambda: bytearray(b"a" * (MAX_INPUT_BYTES + 1)),
        "memoryview": lambda: memoryview(b"a" * (MAX_INPUT_BYTES + 1)),
        "str-ascii": lambda: "a" * (MAX_INPUT_BYTES + 1),
        "str-han": lambda: "报" * han,
        "str-long": lambda: "报" * 17_800_000,
    }[kind]()
    t0 = time.perf_counter()
    rep = guard.check(data, path="big")
    assert time.perf_counter() - t0 < 5  # refused, not read (24 s before)
    assert rep.verdict == "skipped" and rep.reason.startswith("too large: ")
    assert f"{MAX_INPUT_BYTES}-byte input limit" in rep.reason
    assert rep.sha256 and rep.decoding is None and rep.path == "big"
    assert guard.protect_document(data, source="big").status == "skipped"


def test_a_str_just_under_the_limit_in_utf8_is_read(guard) -> None:
    from reprint_guard.api import MAX_INPUT_BYTES, too_large

    assert too_large("报" * (MAX_INPUT_BYTES // 3)) is None
    assert too_large("报" * (MAX_INPUT_BYTES // 3) + "ab") is not None
    assert too_large(memoryview(b"a" * MAX_INPUT_BYTES)) is None


# -- 6. len(guard) is fresh ----------------------------------------------------------------------


def test_len_sees_another_guard_remove_the_last_article(tmp_path: Path) -> None:
    from reprint_guard import Guard

    (tmp_path / "a.txt").write_text("标题\n" + chinese_article(43) + "\n" + NOTICE, encoding="utf-8")
    writer = Guard.open(tmp_path / "store", create=True)
    [out] = writer.protect([tmp_path / "a.txt"])
    reader = Guard.open(tmp_path / "store")
    assert len(reader) == 1
    writer.remove([out.id])
    assert len(reader) == 0  # without a check in between
    writer.protect([tmp_path / "a.txt"])
    assert len(reader) == 1
    writer.close()
    reader.close()


# -- 8. passages of one match never overlap ------------------------------------------------------


def _edited_copy(article: str, ops: list[tuple[int, int, int]], repeat: bool) -> str:
    """The article in pieces: each piece kept, with a word inserted, or with a few characters
    dropped, and (``repeat``) sometimes after a repeat of the text just before it."""
    out, pos = [], 0
    for length, op, back in ops:
        if pos >= len(article):
            break
        piece = article[pos : pos + length]
        half = len(piece) // 2
        if op == 1:
            piece = piece[:half] + "某" * (1 + back % 4) + piece[half:]
        elif op == 2:
            piece = piece[:half] + piece[half + 1 + back % 6 :]
        elif op == 3 and repeat:
            out.append(article[max(0, pos - back) : pos])
        out.append(piece)
        pos += length
    out.append(article[pos:])
    return "".join(out)


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=150, deadline=None)
@given(
    seed=st.integers(0, 10**6),
    ops=st.lists(st.tuples(st.integers(10, 120), st.integers(0, 4), st.integers(3, 30)), min_size=5, max_size=40),
    repeat=st.booleans(),
)
def test_passages_of_a_match_are_disjoint_and_ordered(seed: int, ops, repeat: bool) -> None:
    from reprint_guard.config import FingerprintScheme, MatchConfig
    from reprint_guard.normalize import normalize
    from reprint_guard.shingle import shingle
    from reprint_guard.verify import Side, align

    def side(text: str) -> Side:
        norm = normalize(text)
        return Side.of(norm, shingle(norm.text, FingerprintScheme()))

    article = chinese_article(seed)
    doc = _edited_copy(article, ops, repeat)
    ps = align(side(doc), side(article), MatchConfig()).passages
    for p, q in zip(ps, ps[1:]):
        assert p.document.end <= q.document.start, (p, q)  # disjoint and in document order
        if not repeat:  # every article stretch appears once: disjoint and ordered there too
            assert p.article.end <= q.article.start, (p, q)


def test_a_repeated_stretch_does_not_share_a_character_between_passages() -> None:
    """The case found: the document repeats a stretch of the article before going on, and the
    same document character (耐) ended one passage and began the next."""
    import random

    from reprint_guard.config import FingerprintScheme, MatchConfig
    from reprint_guard.normalize import normalize
    from reprint_guard.shingle import shingle
    from reprint_guard.verify import Side, align

    def side(text: str) -> Side:
        norm = normalize(text)
        return Side.of(norm, shingle(norm.text, FingerprintScheme()))

    article, rng = chinese_article(346), random.Random(346)
    doc, pos = "", 0
    while pos < len(article):
        length = rng.randint(10, 120)
        piece, op = article[pos : pos + length], rng.random()
        if op < 0.2:
            piece = piece[: len(piece) // 2] + "某" * rng.randint(1, 4) + piece[len(piece) // 2 :]
        elif op < 0.3:
            piece = piece[: len(piece) // 2] + piece[len(piece) // 2 + rng.randint(1, 6) :]
        elif op < 0.4:
            doc += article[max(0, pos - rng.randint(3, 30)) : pos]
        doc += piece
        pos += length
    ps = align(side(doc), side(article), MatchConfig()).passages
    assert len(ps) >= 2
    for p, q in zip(ps, ps[1:]):
        assert p.document.end <= q.document.start, (p, q)
        assert doc[p.document.start : p.document.end] and doc[q.document.start : q.document.end]


# -- 5. streaming and Ctrl-C ---------------------------------------------------------------------


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("REPRINT_GUARD_STORE", "COLUMNS")}
    env["PYTHONPATH"] = str(REPO / "src")
    return env


def _scan(store: Path, pages: Path, fmt: str, out: Path, *extra: str):
    """``reprint-guard scan`` of ``pages`` into ``out``, running in a child process."""
    import subprocess

    return subprocess.Popen(
        [sys.executable, "-m", "reprint_guard", "scan", str(pages), "--store", str(store), "-f", fmt, "-o", str(out), *extra],
        env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A store of 3 articles and 400 pages (copies and unrelated pages): a scan of seconds."""
    from reprint_guard import Guard

    d = tmp_path_factory.mktemp("crawl")
    (d / "articles").mkdir()
    bodies = [chinese_article(500 + i) for i in range(3)]
    for i, b in enumerate(bodies):
        (d / "articles" / f"a{i}.txt").write_text(f"标题{i}\n{b}\n{NOTICE}", encoding="utf-8")
    with Guard.open(d / "store", create=True) as g:
        g.protect([d / "articles"])
    (d / "pages").mkdir()
    for i in range(400):
        body = bodies[i % 3] if i % 2 else chinese_article(10_000 + i)
        (d / "pages" / f"p{i:04d}.txt").write_text(body, encoding="utf-8")
    return d / "store", d / "pages"


def _interrupt_when(proc, ready, timeout: float = 60) -> None:
    import signal
    import time

    deadline = time.monotonic() + timeout
    while not ready():
        assert proc.poll() is None, "finished before it could be interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.02)
    proc.send_signal(signal.SIGINT)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_during_a_jsonl_scan_keeps_the_lines_and_ends_with_the_summary(crawl, tmp_path: Path, jobs: str) -> None:
    store, pages = crawl
    out = tmp_path / "report.jsonl"
    proc = _scan(store, pages, "jsonl", out, "--jobs", jobs)
    _interrupt_when(proc, lambda: out.exists() and out.read_bytes().count(b"\n") >= 5)
    stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr.decode()  # over 1, although copies were found
    assert b"Traceback" not in stderr
    [line] = stderr.decode().strip().splitlines()
    assert line.startswith("error: interrupted: ")
    lines = out.read_text(encoding="utf-8").splitlines()
    validate_report("jsonl_line", "\n".join(lines))
    *docs, summary = [json.loads(x) for x in lines]
    assert {d["type"] for d in docs} == {"document"}
    assert 5 <= len(docs) < 400
    assert [Path(d["path"]).name for d in docs] == [f"p{i:04d}.txt" for i in range(len(docs))]  # input order
    assert summary["type"] == "summary" and summary["interrupted"] is True
    assert summary["documents"] == len(docs) and summary["exit_code"] == 130
    assert sum(summary["summary"].values()) == len(docs)


def test_ctrl_c_during_a_csv_scan_says_the_csv_is_cut_short(crawl, tmp_path: Path) -> None:
    # A CSV report has no summary row to mark it: the error line must not claim it is marked.
    store, pages = crawl
    out = tmp_path / "report.csv"
    proc = _scan(store, pages, "csv", out)
    _interrupt_when(proc, lambda: out.exists() and out.read_bytes().count(b"\n") >= 5)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr.decode()
    [line] = stderr.decode().strip().splitlines()
    rows = out.read_text(encoding="utf-8").splitlines()[1:]
    assert line.startswith(f"error: interrupted: {len(rows)} documents reported before Ctrl-C")
    assert "marked interrupted" not in line and "CSV" in line


def test_jsonl_lines_are_written_as_documents_finish(crawl, tmp_path: Path) -> None:
    """The first lines are on disk long before the scan ends (not all written at the end)."""
    store, pages = crawl
    out = tmp_path / "report.jsonl"
    proc = _scan(store, pages, "csv", out)
    seen = 0
    while proc.poll() is None:
        seen = max(seen, out.read_bytes().count(b"\n") if out.exists() else 0)
        if seen >= 3:
            break
    assert proc.poll() is None and seen >= 3  # rows already there while the scan runs
    proc.communicate(timeout=120)
    assert proc.returncode == 1
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [Path(r["path"]).name for r in rows] == [f"p{i:04d}.txt" for i in range(400)]


def test_ctrl_c_during_protect_says_how_many_articles_were_committed(tmp_path: Path) -> None:
    import re
    import subprocess

    arts = tmp_path / "articles"
    arts.mkdir()
    for i in range(400):
        (arts / f"a{i:04d}.txt").write_text(f"标题{i}\n{chinese_article(20_000 + i)}\n{NOTICE}", encoding="utf-8")
    store = tmp_path / "store"
    proc = subprocess.Popen(
        [sys.executable, "-m", "reprint_guard", "protect", str(arts), "--store", str(store)],
        env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0,
    )  # fmt: skip
    # unbuffered: a buffered readline could read the next lines ahead, out of communicate()'s sight
    first = proc.stdout.readline()  # one article through: the interrupt comes mid-run
    assert first.startswith(b"added")
    _interrupt_when(proc, lambda: True)
    stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr.decode()
    assert b"Traceback" not in stderr
    [line] = stderr.decode().strip().splitlines()
    m = re.match(r"error: interrupted: (\d+) articles? committed \((\d+) added, 0 updated; 0 already protected\)", line)
    assert m, line
    from reprint_guard import Guard

    with Guard.open(store) as g:
        assert len(g) == int(m.group(1)) == int(m.group(2)) == 1 + stdout.count(b"added")
        assert 1 <= len(g.articles()) < 400  # inside: a closed Guard refuses every call


def test_output_is_opened_before_the_scan(cli, crawl, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reprint_guard import Guard

    store, pages = crawl
    target = tmp_path / "locked.json"
    real_open = Path.open

    def deny(self, mode="r", *a, **k):
        if self == target and "w" in mode:
            raise PermissionError(13, "Permission denied")
        return real_open(self, mode, *a, **k)

    def never(*a, **k):
        raise AssertionError("a page was checked before the report could be opened")

    monkeypatch.setattr(Path, "open", deny)
    monkeypatch.setattr(Guard, "check_file", never)
    r = cli("scan", pages, "--store", store, "-f", "json", "-o", target)
    assert r.exit_code == 2 and r.stdout == ""
    [line] = r.stderr.strip().splitlines()
    assert line == f"error: cannot write the report to {target}: Permission denied"


def test_output_never_overwrites_what_the_command_reads(cli, crawl, tmp_path: Path) -> None:
    """``-o`` truncates its file when opened: an input page, a file inside a scanned folder or
    the store itself is refused before anything is read or written (exit 2, one line)."""
    import shutil

    from reprint_guard import Guard

    store, pages = crawl
    own = tmp_path / "store"
    shutil.copytree(store, own)
    with Guard.open(own) as g:
        before = g.store.digest()
    page = tmp_path / "page.html"
    shutil.copy(sorted(pages.iterdir())[0], page)
    evidence = page.read_bytes()
    folder = tmp_path / "pages"
    shutil.copytree(pages, folder)
    store_file = next(p for p in own.iterdir() if p.suffix == ".sqlite")
    hard = tmp_path / "page-link.html"
    hard.hardlink_to(page)  # the same file under another name
    # hard links to the store's file and to a page inside the scanned folder (user trial 14)
    store_link = tmp_path / "report-store.json"
    store_link.hardlink_to(store_file)
    inner = sorted(folder.iterdir())[0]
    inner_evidence = inner.read_bytes()
    inner_link = tmp_path / "report-inner.txt"
    inner_link.hardlink_to(inner)
    cases = [
        (("scan", folder, "--store", own, "-f", "json", "-o", store_link), "hard link to a file of the store"),
        (("check", page, "--store", own, "-o", store_link), "hard link to a file of the store"),
        (("scan", folder, "--store", own, "-o", inner_link), "hard link to a file inside the scanned folder"),
        (("check", page, "--store", own, "-o", page), "is the input"),
        (("check", page, "--store", own, "-f", "csv", "-o", hard), "is the input"),
        (("scan", page, "--store", own, "-o", hard), "is the input"),
        (("scan", folder, "--store", own, "-f", "csv", "-o", folder / "report.csv"), "inside the scanned folder"),
        (("scan", folder, "--store", own, "-o", store_file), "inside the store"),
        (("check", page, "--store", own, "-o", own / "report.json"), "inside the store"),
    ]
    for args, why in cases:
        r = cli(*args)
        assert r.exit_code == 2, (args, r.stdout, r.stderr)
        [line] = r.stderr.strip().splitlines()
        assert line.startswith("error: --output ") and why in line, line
    assert page.read_bytes() == evidence and inner.read_bytes() == inner_evidence
    assert not (folder / "report.csv").exists() and not (own / "report.json").exists()
    with Guard.open(own) as g:
        assert g.store.digest() == before
    ok = cli("check", page, "--store", own, "-f", "json", "-o", tmp_path / "report.json")
    assert ok.exit_code in (0, 1) and (tmp_path / "report.json").stat().st_size > 0


def test_output_never_overwrites_the_urls_manifest(cli, crawl, tmp_path: Path) -> None:
    """``scan --urls M -o M`` replaced the crawl manifest with the report (user trial 8): the
    manifest, under its own name, a symlink or a hard link, is refused like an input."""
    store, pages = crawl
    page = sorted(pages.iterdir())[0]
    manifest = tmp_path / "urls.csv"
    manifest.write_text(f"path,url\n{page},https://copycat.example.net/x.html\n", encoding="utf-8")
    kept = manifest.read_bytes()
    (tmp_path / "link.csv").symlink_to(manifest)
    (tmp_path / "hard.csv").hardlink_to(manifest)
    for target in (manifest, tmp_path / "link.csv", tmp_path / "hard.csv"):
        for fmt in ("csv", "json"):
            r = cli("scan", page, "--store", store, "--urls", manifest, "-f", fmt, "-o", target)
            assert r.exit_code == 2, (target, r.stdout, r.stderr)
            [line] = r.stderr.strip().splitlines()
            assert line.startswith("error: --output ") and "is the --urls manifest" in line, line
    r = cli("scan", page, "--store", store, "--urls", tmp_path / "link.csv", "-o", manifest)
    assert r.exit_code == 2 and "is the --urls manifest" in r.stderr
    assert manifest.read_bytes() == kept
    ok = cli("scan", page, "--store", store, "--urls", manifest, "-f", "csv", "-o", tmp_path / "report.csv")
    assert ok.exit_code in (0, 1) and manifest.read_bytes() == kept


def test_iter_scan_yields_in_input_order_with_jobs(crawl) -> None:
    from reprint_guard import Guard

    store, pages = crawl
    files = sorted(pages.iterdir())[:40]
    with Guard.open(store) as g:
        one = [d.verdict for d in g.iter_scan(files)]
        it = g.iter_scan(files, jobs=2)
        two = [next(it).path for _ in range(5)]
        it.close()  # stopping early stops the workers
        assert two == [str(f) for f in files[:5]]
        assert [d.verdict for d in g.iter_scan(files, jobs=2)] == one
        assert set(one) == {"reprint", "clean"}


def test_json_and_rich_keep_no_page_text(crawl) -> None:
    from reprint_guard import Guard
    from reprint_guard.report.writer import JsonWriter

    store, pages = crawl
    with Guard.open(store) as g:
        full = g.check_file(pages / "p0001.txt")
        w = JsonWriter(io.BytesIO())
        w.document(full)
        assert full.matches[0].document_text  # the library's own report keeps it
        kept = w.documents[0]
        assert all(m.document_text == "" for m in kept.matches)
        assert kept.to_dict() == full.to_dict()  # the same report from the summary
        assert all(m.document_text == "" for d in g.scan([pages / "p0001.txt"]).documents for m in d.matches)


# -- 4. large pages: the query keeps band keys, not every window's signature ----------------------


@pytest.mark.parametrize("keep", [True, False], ids=["windows-kept", "windows-found-again"])
def test_query_windows_in_chunks_give_the_same_keys_and_windows(monkeypatch: pytest.MonkeyPatch, keep: bool) -> None:
    import numpy as np

    from reprint_guard import fingerprint as fp
    from reprint_guard.config import FingerprintScheme
    from reprint_guard.normalize import normalize
    from reprint_guard.shingle import shingle

    scheme = FingerprintScheme()
    monkeypatch.setattr(fp, "_QUERY_CHUNK", 97)  # many chunk borders on a short text
    if not keep:
        monkeypatch.setattr(fp, "_KEEP_WINDOWS", 0)
    text = "\n".join([chinese_article(61), "the quick brown fox jumps over the lazy dog " * 30, chinese_article(62)])
    sh = shingle(normalize(text).text, scheme)
    qw = fp.query_windows(sh, scheme)
    assert np.array_equal(qw.keys, fp.query_keys(sh, scheme))
    assert (qw.window is not None) is keep
    sigs = fp.sliding_signatures(sh.hashes, scheme)
    pos = np.arange(len(qw.keys))
    wins = qw.windows_of(pos)
    assert np.array_equal(qw.signatures(wins), sigs[wins])
    for key, w in zip(qw.keys.tolist()[::7], wins.tolist()[::7]):
        b, r, salt = (
            (scheme.passage_bands, scheme.passage_rows, fp.PASSAGE_SALT)
            if qw.is_cjk[w]
            else (scheme.latin_passage_bands, scheme.latin_passage_rows, fp.LATIN_SALT)
        )
        assert key in fp.band_keys(sigs[w : w + 1], b, r, salt).ravel().tolist()


# -- 7. the outlet ends at its name ---------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "2024-11-18 09:30 来源：西部资讯网 分享到：微信 微博",
        "2024-11-18 09:30  来源：西部资讯网  分享到：微信 微博 QQ空间",
        "发布时间：2024-11-18 来源：西部资讯网 分享：",
        "来源：西部资讯网 【字号：大 中 小】 打印",
        "2024年11月18日 来源：西部资讯网 收藏 分享",
        "来源：西部资讯网 微信 微博",
        "2024-11-18 10:25:36 来源：西部资讯网 作者：张三 【字号 大 中 小】 打印 关闭",
        "2024-11-18 10:25 来源: 西部资讯网 举报",
        "来源：西部资讯网 | 编辑：李四",
        "来源：西部资讯网 阅读：1234 评论：5",
        "来源：西部资讯网扫一扫在手机打开当前页",
        "来源：西部资讯网分享到：",
    ],
    ids=[
        "share-to", "share-icons", "share-colon", "font-size-print", "favourite-share", "bare-icons",
        "author-font-close", "report-link", "bar-editor", "reads-comments", "scan-qr-glued", "share-glued",
    ],  # fmt: skip
)
def test_a_credit_followed_by_a_share_widget_names_only_the_outlet(line: str) -> None:
    from reprint_guard.extract import extract

    body = chinese_article(71)
    page = (
        "<html><head><title>西部新闻标题</title></head><body><h1>西部新闻标题</h1>"
        f"<div class=\"info\">{line}</div><div class=\"content\">"
        + "".join(f"<p>{p}</p>" for p in body.split("\n"))
        + "</div></body></html>"
    )
    doc = extract(page.encode("utf-8"))
    assert doc.outlet == "西部资讯网", doc.outlet
    assert "西部资讯网" in doc.credits and not any("微信" in c or "分享" in c for c in doc.credits)


@pytest.mark.parametrize(
    "info",
    [
        '<div class="info">2024/11/18 来源：西部资讯网</div>',
        '<p class="meta">发布时间：2024/11/18 09:30 来源：西部资讯网 分享到：</p>',
        '<div class="article-info"><span>2024/11/18</span>&nbsp;&nbsp;<span>来源：西部资讯网</span></div>',
    ],
    ids=["info-div", "meta-p", "spans"],
)
def test_the_date_the_page_shows_wins_over_its_modified_time(info: str) -> None:
    from reprint_guard.extract import extract

    body = chinese_article(72)
    page = (
        '<html><head><title>西部新闻标题</title>'
        '<meta property="article:modified_time" content="2024-12-02T08:00:00+08:00"></head><body>'
        f"<h1>西部新闻标题</h1>{info}<div class=\"content\">"
        + "".join(f"<p>{p}</p>" for p in body.split("\n"))
        + "</div></body></html>"
    )
    assert extract(page.encode("utf-8")).date == "2024-11-18"


def _sidebar(cls: str, item) -> str:
    """A list of five other stories with their dates, as CMS sidebars show them."""
    return f'<div class="{cls}"><ul>' + "".join(item(i) for i in range(5)) + "</ul></div>"


_SIDEBARS = {
    "span-date": _sidebar("sidebar", lambda i: f'<li><a href="/a/{i}.html">其他新闻标题{i}</a><span class="date">2024-10-1{i}</span></li>'),
    "time": _sidebar("related", lambda i: f'<li><a href="/a/{i}.html">相关报道{i}</a> <time datetime="2024-09-0{i + 1}">2024-09-0{i + 1}</time></li>'),
    "plain": _sidebar("right", lambda i: f'<li><a href="/a/{i}.html">相关报道{i}</a> 2024-08-0{i + 1}</li>'),
    "pubdate-class": _sidebar("list", lambda i: f'<li><a href="/a/{i}.html">推荐阅读{i}</a><em class="pubdate">2024年7月{i + 1}日</em></li>'),
}


@pytest.mark.parametrize("where", ["after", "before"])
@pytest.mark.parametrize("sidebar", list(_SIDEBARS))
@pytest.mark.parametrize("head", ["", '<meta property="article:published_time" content="2024-11-18T09:30:00+08:00">'],
                         ids=["no-date", "published-meta"])  # fmt: skip
def test_a_page_without_a_date_of_its_own_gets_none_from_its_sidebar(sidebar: str, where: str, head: str) -> None:
    from reprint_guard.extract import extract

    art = '<div class="content">' + "".join(f"<p>{p}</p>" for p in chinese_article(73).split("\n")) + "</div>"
    side = _SIDEBARS[sidebar]
    page = (
        f"<html><head><title>西部新闻标题</title>{head}</head><body><h1>西部新闻标题</h1>"
        '<div class="info">来源：西部资讯网</div>' + (art + side if where == "after" else side + art) + "</body></html>"
    )
    assert extract(page.encode("utf-8")).date == ("2024-11-18" if head else None)


def _bench_speed():
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_speed", REPO / "bench" / "speed.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["bench_speed"] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("shape", ["div-per-paragraph", "one-giant-p", "text-no-tags"])
def test_a_large_page_costs_at_most_40_bytes_of_peak_memory_per_byte(tmp_path: Path, shape: str) -> None:
    """The speed benchmark's section 3c child, on a 2 MB page: 120-135 bytes per byte before
    (every window's signature kept, the band lookup's arrays, int64 positions)."""
    import subprocess

    speed = _bench_speed()
    page = tmp_path / "page.html"
    page.write_bytes(speed.large_page(shape, 2_000_000))
    arg = tmp_path / "arg.json"
    arg.write_text(json.dumps({"store": str(REPO / "fingerprints"), "page": str(page)}))
    cp = subprocess.run(
        [sys.executable, str(REPO / "bench" / "speed.py"), "--child", "large-page", str(arg)],
        env=_env(), capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert cp.returncode == 0, cp.stderr
    out = json.loads(cp.stdout.strip().splitlines()[-1])
    if not out["hwm_reset"]:
        pytest.skip("cannot reset the peak RSS (/proc/self/clear_refs)")
    assert out["found"] and out["verdict"] == "excerpt"
    assert out["rss_growth"] / page.stat().st_size <= 40


def test_visible_text_of_many_small_tables_is_linear() -> None:
    """A page of 30,000 small tables took 1.4 s per view (quadratic: XSLT predicate patterns)."""
    import time

    from reprint_guard.ingest.html import _parse_html, _visible_text

    def seconds(n: int) -> float:
        body = "".join(f"<table><tr><td>文字{i}</td></tr></table>" for i in range(n))
        tree = _parse_html(f"<html><body>{body}</body></html>")
        t0 = time.perf_counter()
        text = _visible_text(tree)
        assert text.count("\n") == n - 1
        return time.perf_counter() - t0

    assert seconds(40_000) < 1.0


def test_a_redis_store_takes_a_name_that_is_not_utf8(cli, bad_names: Path, redis_url: str) -> None:
    r = cli("protect", bad_names / "articles", "--store", redis_url, "-f", "json")
    assert r.exit_code == 0, r.stderr
    [row] = json.loads(r.stdout.encode("utf-8"))["articles"]
    listed = json.loads(cli("list", "--store", redis_url, "-f", "json").stdout.encode("utf-8"))["articles"]
    assert [os.fsencode(a["source"]) for a in listed] == [os.fsencode(row["source"])]
    assert row["source"].endswith(BAD_NAME)


def test_protect_dot_does_not_read_its_own_store(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``protect .`` with the store in ``./fingerprints`` skips the store's folder silently
    (it used to list the database as a skipped binary file)."""
    from helpers import chinese_article

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(chinese_article(3), encoding="utf-8")
    r = cli("protect", ".")
    assert r.exit_code == 0, r.stderr
    r = cli("protect", ".", "-f", "json")
    assert r.exit_code == 0, r.stderr
    import json

    assert [(a["source"], a["status"]) for a in json.loads(r.stdout)["articles"]] == [("a.txt", "unchanged")]


def test_no_source_file_holds_a_control_character() -> None:
    """A backspace written by an editing script where ``\\b`` was meant made a pattern match
    nothing ('not affiliated with X' never denied a credit): source holds no C0 control
    character but tab and line feed."""
    import reprint_guard

    root = Path(reprint_guard.__file__).parent
    bad = [
        (str(p.relative_to(root)), n)
        for p in sorted(root.rglob("*.py"))
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if any(ord(c) < 32 and c != "\t" for c in line)
    ]
    assert bad == []
