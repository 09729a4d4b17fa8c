"""The library API end to end on real SQLite stores: protect, check, verdicts, offsets."""

from __future__ import annotations

import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import opencc
import pytest
from helpers import chinese_article, newsroom_page

from reprint_guard import Guard, IncompatibleStoreError, MatchConfig, StoreError
from reprint_guard.config import FingerprintScheme


@pytest.fixture()
def guard(tmp_path: Path) -> Guard:
    g = Guard.open(tmp_path / "fp", create=True)
    for i in range(5):
        out = g.protect_document(newsroom_page(chinese_article(i)), source=f"articles/a{i}.txt")
        assert out.status == "added"
    return g


def test_protect_extracts_metadata_and_notice(guard: Guard) -> None:
    art = guard.store.get(guard.articles()[0].id)
    assert art is not None
    assert art.title == "青川县春季重点项目建设全面启动"
    assert art.date == "2024-05-06"
    assert art.outlet == "青川日报"
    assert art.notice is not None
    assert art.notice.rights_holder == "青川媒体版权保护中心"
    assert [p.e164 for p in art.notice.phones] == ["+869315550123"]
    assert [(e.address, e.role) for e in art.notice.emails] == [("rights@qingchuan.example.cn", "licensing")]
    assert art.notice.forbidden_uses == ("reprint", "modify", "excerpt")
    # Neither the notice nor the metadata lines are fingerprinted.
    assert "版权" not in art.body and "来源" not in art.body and "您当前的位置" not in art.body


def test_protect_again_is_noop_and_changed_is_update(guard: Guard, tmp_path: Path) -> None:
    assert guard.protect_document(newsroom_page(chinese_article(0)), source="articles/a0.txt").status == "unchanged"
    new_body = chinese_article(100)
    out = guard.protect_document(newsroom_page(new_body), source="articles/a0.txt")
    assert out.status == "updated"
    guard.refresh()
    assert len(guard) == 5
    # The old text no longer matches; the new one does.
    assert guard.check(chinese_article(0)).verdict == "clean"
    assert guard.check(new_body).verdict == "reprint"


def test_verbatim_copy_is_reprint_with_exact_offsets(guard: Guard) -> None:
    body = chinese_article(2)
    page = f"<html><body><nav>首页 新闻 体育</nav><article><h1>转载</h1>{''.join(f'<p>{p}</p>' for p in body.splitlines())}</article></body></html>"
    rep = guard.check(page, url="https://copycat.example.net/x.html")
    assert rep.verdict == "reprint"
    m = rep.matches[0]
    assert m.article.source == "articles/a2.txt"
    assert m.coverage > 0.99 and m.similarity == 1.0
    art = guard.store.get(m.article.id)
    d = rep.to_dict()["matches"][0]
    for p, pd in zip(m.alignment.passages, d["passages"]):
        assert art.body[p.article.start : p.article.end] == pd["text"]
    assert d["rights_holder"] == "青川媒体版权保护中心"
    assert d["contacts"]["phones"][0] == {
        "e164": "+869315550123", "extension": None, "as_written": "0931-5550123", "type": "landline", "role": "licensing"
    }
    assert not m.licensed and not m.attributed


def test_traditional_copy_is_found(guard: Guard) -> None:
    body = chinese_article(3)
    trad = opencc.OpenCC("s2twp").convert(body)
    assert trad != body
    rep = guard.check(trad)
    assert rep.verdict == "reprint"
    assert rep.matches[0].article.source == "articles/a3.txt"


def test_excerpt_in_long_page(guard: Guard) -> None:
    para = chinese_article(4).splitlines()[1]
    filler = chinese_article(999, paragraphs=60)
    rep = guard.check(filler + "\n" + para + "\n" + chinese_article(998, paragraphs=5))
    assert rep.verdict == "excerpt"
    (m,) = rep.matches
    assert m.article.source == "articles/a4.txt"
    (p,) = m.alignment.passages
    assert rep.to_dict()["matches"][0]["passages"][0]["text"] == para


def test_shuffled_paragraphs_are_a_reprint(guard: Guard) -> None:
    paras = chinese_article(1).splitlines()
    rep = guard.check("\n".join(paras[::-1]))
    assert rep.verdict == "reprint"
    assert len(rep.matches[0].alignment.passages) >= 4


def test_unrelated_and_short_texts(guard: Guard) -> None:
    assert guard.check(chinese_article(50)).verdict == "clean"
    short = guard.check("青川县启动春季工程。")
    assert short.verdict == "skipped" and "too short" in short.reason
    empty = guard.check(b"")
    assert empty.verdict == "skipped"


def test_licensed_by_host_and_attribution(tmp_path: Path) -> None:
    g = Guard.open(tmp_path / "fp", create=True)
    body = chinese_article(7)
    g.protect_document(newsroom_page(body), source="a.txt", licensees=("partner.example.com",))
    rep = g.check(body, url="https://news.partner.example.com/2024/05/06/a.html")
    assert rep.verdict == "licensed"
    rep = g.check("来源：青川日报\n" + body, url="https://other.example.org/a")
    assert rep.verdict == "reprint"
    assert rep.matches[0].attributed


def test_threads_give_identical_results(guard: Guard) -> None:
    texts = [chinese_article(i) for i in range(5)] + [chinese_article(60 + i) for i in range(5)]
    want = [guard.check(t).to_dict() for t in texts]
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(lambda t: guard.check(t).to_dict(), texts * 3))
    assert got == want * 3


def test_long_lived_guard_sees_other_writers(guard: Guard, tmp_path: Path) -> None:
    other = Guard.open(tmp_path / "fp", create=True)
    body = chinese_article(77)
    assert guard.check(body).verdict == "clean"
    other.protect_document(body, source="late.txt")
    assert guard.check(body).verdict == "reprint"
    other.remove([m.article.id for m in guard.check(body).matches])
    assert guard.check(body).verdict == "clean"


def test_missing_store_and_incompatible_scheme(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no fingerprint store"):
        Guard.open(tmp_path / "nope")
    Guard.open(tmp_path / "fp", create=True).protect_document(chinese_article(1), source="x.txt")
    with pytest.raises(IncompatibleStoreError, match="num_perm.*Rebuild"):
        Guard.open(tmp_path / "fp", scheme=FingerprintScheme(num_perm=64))


def test_corrupted_store_is_reported_not_overwritten(tmp_path: Path) -> None:
    d = tmp_path / "fp"
    d.mkdir()
    junk = b"this is not a database" * 100
    (d / "fingerprints.sqlite").write_bytes(junk)
    with pytest.raises(StoreError, match="fingerprints.sqlite"):
        Guard.open(d, create=True)
    assert (d / "fingerprints.sqlite").read_bytes() == junk


def test_min_passage_and_threshold_are_honoured(guard: Guard) -> None:
    para = chinese_article(4).splitlines()[1]
    text = chinese_article(999, paragraphs=30) + "\n" + para
    assert guard.check(text, config=MatchConfig(min_passage=1000)).verdict == "clean"
    assert guard.check(text, config=MatchConfig(min_passage=50)).verdict == "excerpt"


def test_same_file_under_another_path_is_flagged_and_keeps_its_licensees(tmp_path: Path) -> None:
    g = Guard.open(tmp_path / "fp", create=True)
    page = newsroom_page(chinese_article(8))
    first = g.protect_document(page, source="arts/a.txt", licensees=("partner.example.com",))
    twin = g.protect_document(page, source="/abs/arts/a.txt")
    assert twin.status == "added" and twin.reason == f"same text as article {first.id} (arts/a.txt)"
    rep = g.check(chinese_article(8), url="https://www.partner.example.com/a.html")
    assert rep.verdict == "licensed" and len(rep.matches) == 2


@pytest.mark.parametrize("start", ["fork", "spawn"])
def test_scan_with_worker_processes_gives_the_one_process_report(
    guard: Guard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, start: str
) -> None:
    import threading

    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(6):
        (pages / f"p{i}.html").write_text(newsroom_page(chinese_article(i // 2 if i % 2 else 900 + i)), encoding="utf-8")
    # Workers fork from this Guard only when no other thread runs; otherwise they start afresh.
    monkeypatch.setattr(threading, "active_count", lambda: 1 if start == "fork" else 2)
    one = guard.scan([pages]).to_dict()
    two = guard.scan([pages], jobs=2).to_dict()
    assert two == one
    assert [d["verdict"] for d in one["documents"]] == ["clean", "reprint"] * 3


def test_scan_and_protect_take_a_single_path_as_well_as_a_list(guard: Guard, tmp_path: Path) -> None:
    pages = tmp_path / "crawl"
    pages.mkdir()
    (pages / "copy.txt").write_text(chinese_article(3), encoding="utf-8")
    for arg in (str(pages), pages):
        docs = guard.scan(arg).documents
        assert [(Path(d.path).name, d.verdict) for d in docs] == [("copy.txt", "reprint")]
    outs = guard.protect(str(pages / "copy.txt"))
    assert [o.status for o in outs] == ["added"]


def test_scan_workers_are_kept_between_scans_and_see_new_articles(guard: Guard, tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(4):
        (pages / f"p{i}.txt").write_text(chinese_article(700 + i), encoding="utf-8")
    assert {d.verdict for d in guard.scan(pages, jobs=2).documents} == {"clean"}
    pool = guard._pool
    assert pool is not None
    # Protected meanwhile: the kept workers catch up through the store's change log.
    guard.protect_document(chinese_article(702), source="articles/late.txt")
    verdicts = [d.verdict for d in guard.scan(pages, jobs=2).documents]
    assert guard._pool is pool
    assert verdicts == ["clean", "clean", "reprint", "clean"]
    guard.close()
    assert guard._pool is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux-only")
def test_scan_workers_end_when_their_parent_is_killed(guard: Guard, tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(4):
        (pages / f"p{i}.txt").write_text(chinese_article(800 + i), encoding="utf-8")
    script = (
        "import sys, time; from reprint_guard import Guard;"
        "g = Guard.open(sys.argv[1]); g.scan(sys.argv[2], jobs=2);"
        "print(' '.join(map(str, g._pool._processes)), flush=True); time.sleep(60)"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script, str(guard.store.directory), str(pages)], stdout=subprocess.PIPE, text=True
    )
    workers = [int(w) for w in proc.stdout.readline().split()]
    assert len(workers) == 2
    proc.kill()  # SIGKILL: no atexit, no pool shutdown
    proc.wait()
    deadline = time.monotonic() + 10
    alive = workers
    while alive and time.monotonic() < deadline:
        time.sleep(0.05)
        alive = [w for w in workers if Path(f"/proc/{w}").exists() and "Z" not in _proc_state(w)]
    assert alive == [], f"workers left running: {alive}"


def _proc_state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return "Z"


@pytest.mark.parametrize("url", ["ftp://partner.example.com/a.html", "not a url", "https://", "file:///tmp/a.html"])
def test_check_refuses_a_url_that_is_no_web_address(tmp_path: Path, url: str) -> None:
    # as the CLI's --url and --urls do: only an http(s) address can put a copy on a licensee's site
    from reprint_guard.errors import ConfigError

    with Guard.open(tmp_path / "store", create=True) as g:
        g.protect_document(chinese_article(3, 5), source="a.txt", licensees=("partner.example.com",))
        with pytest.raises(ConfigError, match="not an http"):
            g.check(chinese_article(3, 5), url=url)
        assert g.check(chinese_article(3, 5), url="https://partner.example.com/a.html").verdict == "licensed"


def test_a_page_that_is_only_a_notice_is_skipped_as_such(tmp_path: Path) -> None:
    with Guard.open(tmp_path / "store", create=True) as g:
        notice_only = g.check("<html><body><p>本文为青禾日报原创，版权归青禾日报社所有，未经授权不得转载。</p></body></html>")
        assert (notice_only.verdict, notice_only.reason) == ("skipped", "notice only: no article text besides a licensing notice")
        empty = g.check("<html><body><script>var a = 1;</script></body></html>")
        assert (empty.verdict, empty.reason) == ("skipped", "empty: no text extracted")
        # a heading above the notice leaves a few words of other text: still a notice-only page
        headed = g.check("<html><body><h1>T</h1><p>首页 新闻 体育 财经</p><p>本文为青禾日报原创，版权归青禾日报社所有，未经授权不得转载。</p></body></html>")
        assert headed.verdict == "skipped" and headed.reason.startswith("notice only: a licensing notice and ")


@pytest.mark.parametrize(
    ("content_type", "why"),
    [
        ("application/pdf", "reads HTML and plain text"),
        ("pdf", "reads HTML and plain text"),
        ("text/html; charset=xyz", "unknown charset 'xyz'"),
        ("text/plain; charset='nonexistent'", "unknown charset 'nonexistent'"),
    ],
)
def test_check_refuses_a_content_type_as_the_cli_does(tmp_path: Path, cli, content_type: str, why: str) -> None:
    # the library raised nothing where `check --content-type` exits 2: one check for both
    from reprint_guard.errors import ConfigError

    page = tmp_path / "page.txt"
    page.write_text(chinese_article(3, 5), encoding="utf-8")
    with Guard.open(tmp_path / "store", create=True) as g:
        g.protect_document(chinese_article(3, 5), source="a.txt")
        with pytest.raises(ConfigError, match=why):
            g.check(chinese_article(3, 5), content_type=content_type)
        for fine in ("html", "TEXT", "text/html; charset=gbk", "application/xhtml+xml", "text/plain;charset=UTF-8", None):
            assert g.check(chinese_article(3, 5), content_type=fine).verdict == "reprint"
    r = cli("check", page, "--store", tmp_path / "store", "--content-type", content_type)
    assert r.exit_code == 2 and why in " ".join(r.stderr.split())


@pytest.mark.parametrize(
    ("kw", "error", "why"),
    [
        ({"url": 5}, TypeError, "url must be a str or a UrlEvidence, not int"),
        ({"url": b"https://a.example.com/"}, TypeError, "url must be a str or a UrlEvidence, not bytes"),
        ({"config": "x"}, TypeError, "config must be a MatchConfig, not str"),
        ({"content_type": 5}, TypeError, "content_type must be a str, not int"),
    ],
)
def test_check_names_an_argument_of_the_wrong_type(tmp_path: Path, kw: dict, error: type, why: str) -> None:
    with Guard.open(tmp_path / "store", create=True) as g:
        g.protect_document(chinese_article(3, 5), source="a.txt")
        with pytest.raises(error, match=why):
            g.check(chinese_article(3, 5), **kw)


def test_store_unavailable_error_is_exported() -> None:
    import reprint_guard
    from reprint_guard.errors import StoreError, StoreUnavailableError

    assert "StoreUnavailableError" in reprint_guard.__all__
    assert reprint_guard.StoreUnavailableError is StoreUnavailableError and issubclass(StoreUnavailableError, StoreError)
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert "`StoreUnavailableError`" in readme


def test_a_reports_url_drops_the_credentials_given_in_it(tmp_path: Path) -> None:
    """`https://user:pw@host/…` as the page's URL was kept whole in the report (every format
    reads it from there). The user:password@ is dropped, the rest kept as given, and the URL
    still decides licensing by its host."""
    g = Guard.open(tmp_path / "fp", create=True)
    body = chinese_article(8)
    g.protect_document(newsroom_page(body), source="a.txt", url="https://editor:s3cret@news.example.cn/a/1.html",
                       licensees=("partner.example.com",))
    rep = g.check(body, url="https://crawler:hunter2@www.partner.example.com/a/1.html?p=2#top")
    assert rep.verdict == "licensed" and rep.url == "https://www.partner.example.com/a/1.html?p=2#top"
    rep = g.check(body, url="https://crawler:hunter2@copy.example.net/x")
    assert rep.verdict == "reprint" and rep.url == "https://copy.example.net/x"
    assert rep.matches[0].article.url == "https://news.example.cn/a/1.html"
    assert "hunter2" not in str(rep.to_dict()) and "s3cret" not in str(rep.to_dict())
    assert g.check("短", url="https://u:p@x.example.com/").url == "https://x.example.com/"  # skipped too
    page = tmp_path / "page.txt"
    page.write_text(body, encoding="utf-8")
    assert g.check_file(tmp_path / "missing.txt", url="https://u:p@x.example.com/m").url == "https://x.example.com/m"
    [doc] = g.scan(page, urls={str(page): "https://u:p@copy.example.net/y"}).documents
    assert doc.url == "https://copy.example.net/y" and doc.verdict == "reprint"
    g.close()


SNAPSHOT_OF_OWN = "https://web.archive.org/web/20100129003512/http://www.harbourdaily.example/news/2010/0128/a1.htm"


@pytest.mark.parametrize(
    ("url", "verdict"),
    [
        (SNAPSHOT_OF_OWN, "licensed"),
        ("https://web.archive.org/web/20100129003512id_/http://www.harbourdaily.example/news/2010/0128/a1.htm", "licensed"),
        ("http://web.archive.org/web/2010/harbourdaily.example/news/2010/0129/b2.htm", "licensed"),  # same site
        ("https://archive.ph/2010.01.29-003512/http://www.harbourdaily.example/news/2010/0128/a1.htm", "licensed"),
        ("https://web.archive.org/web/20100129003512/http://www.copycat.example/a1.htm", "reprint"),
        ("https://archive.ph/AbCd1", "reprint"),  # a short id names no original
        ("https://mirror.example.net/web/20100129003512/http://www.harbourdaily.example/news/2010/0128/a1.htm", "reprint"),
    ],
    ids=["wayback", "wayback-id_", "wayback-same-site-no-scheme", "archive-today", "snapshot-of-another-site",
         "archive-today-short-id", "not-an-archive"],
)
def test_a_web_archive_snapshot_of_the_articles_own_url_is_no_reprint(tmp_path: Path, url: str, verdict: str) -> None:
    """A Wayback Machine snapshot of the rights holder's own article, given as the page's URL,
    was reported as an unlicensed reprint of that very article (new-user trial). A snapshot
    counts as the address it embeds for the article's own URL and host; the report keeps the
    snapshot's URL."""
    g = Guard.open(tmp_path / "fp", create=True)
    body = chinese_article(9)
    g.protect_document(newsroom_page(body), source="a1.htm", url="http://www.harbourdaily.example/news/2010/0128/a1.htm")
    rep = g.check(newsroom_page(body), url=url)
    assert rep.verdict == verdict and rep.url == url
    if verdict == "licensed":
        assert rep.matches[0].licence.to_dict() == {"status": "licensed", "evidence": "url"}
    g.close()


def test_a_snapshot_of_a_licensees_page_is_not_licensed_by_it(tmp_path: Path) -> None:
    """Only the article's own address is unwrapped: a licensee may reprint on its own site, and
    an archive's copy of that page is the archive's."""
    g = Guard.open(tmp_path / "fp", create=True)
    body = chinese_article(10)
    g.protect_document(newsroom_page(body), source="a.txt", licensees=("partner.example.com",))
    rep = g.check(body, url="https://web.archive.org/web/2020/https://partner.example.com/a.html")
    assert rep.verdict == "reprint"
    g.close()


@pytest.mark.parametrize(
    ("url", "verdict"),
    [
        ("https://www-partner-example-com.cdn.ampproject.org/c/s/www.partner.example.com/amp/a.html", "licensed"),
        ("https://partner-example-com.cdn.ampproject.org/v/s/partner.example.com/a.html?amp_js_v=0.1", "licensed"),
        ("https://www.google.com/amp/s/www.partner.example.com/amp/a.html", "licensed"),
        ("https://partner-example-com.bing-amp.com/c/s/partner.example.com/a.html", "licensed"),
        # a cache subdomain for another host, a cached page of another site, a look-alike path
        ("https://www-copy-example-net.cdn.ampproject.org/c/s/www.partner.example.com/a.html", "reprint"),
        ("https://copy-example-net.cdn.ampproject.org/c/s/copy.example.net/a.html", "reprint"),
        ("https://copy.example.net/c/s/www.partner.example.com/a.html", "reprint"),
    ],
)
def test_a_licensees_amp_page_read_from_an_amp_cache_is_licensed(tmp_path: Path, url: str, verdict: str) -> None:
    """A licensee's AMP page served by Google's or Bing's AMP cache was a reprint (a new user's
    trial, session 19): the cache serves only what the origin publishes, so the page is the
    licensee's (unlike an archive's snapshot, which stays the archive's)."""
    g = Guard.open(tmp_path / "fp", create=True)
    body = chinese_article(10)
    g.protect_document(newsroom_page(body), source="a.txt", licensees=("partner.example.com",))
    assert g.check(body, url=url).verdict == verdict
    g.close()


def test_scan_takes_a_manifest_file_as_urls_and_refuses_other_types(tmp_path: Path) -> None:
    """`Guard.scan(..., urls="urls.csv")` crashed with AttributeError (a new user's trial,
    session 19): ``urls`` maps paths to URLs or names a manifest file, read as ``--urls`` reads
    it (a header row in any language, CSV or JSONL); a list of pairs is a TypeError that says
    what to pass; an unreadable manifest an InputError naming the file."""
    import jsonschema

    from reprint_guard.errors import InputError
    from reprint_guard.report import report_schema

    g = Guard.open(tmp_path / "fp", create=True)
    body = chinese_article(9)
    g.protect_document(newsroom_page(body), source="a.txt", url="https://news.example.cn/a/1.html",
                       licensees=("partner.example.com",))
    pages = tmp_path / "crawl"
    pages.mkdir()
    (pages / "p1.txt").write_text(body, encoding="utf-8")
    (pages / "p2.txt").write_text(body, encoding="utf-8")
    manifest = tmp_path / "urls.csv"
    manifest.write_text(f"路径,网址\n{pages / 'p1.txt'},https://www.partner.example.com/x\n"
                        f"{pages / 'p2.txt'},https://copy.example.net/y\n", encoding="utf-8")
    for urls in (manifest, str(manifest)):
        report = g.scan(pages, urls=urls)
        assert [(d.url, d.verdict) for d in report.documents] == [
            ("https://www.partner.example.com/x", "licensed"), ("https://copy.example.net/y", "reprint")]
        # the library's JSON is the report the schema describes, its version included
        jsonschema.Draft202012Validator(report_schema()).validate(report.to_dict())
    with pytest.raises(TypeError, match="dict"):
        g.scan(pages, urls=[(str(pages / "p1.txt"), "https://copy.example.net/y")])
    with pytest.raises(InputError, match="nope.csv"):
        g.scan(pages, urls=tmp_path / "nope.csv")
    with pytest.raises(TypeError, match="path must be"):
        g.check(body, path=5)  # type: ignore[arg-type]
    assert g.check(body, path=pages / "p1.txt").path == str(pages / "p1.txt")
    g.close()
