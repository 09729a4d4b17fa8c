"""`reprint-guard migrate SRC DST`: SQLite → Redis → SQLite with equal digests, resuming."""

from __future__ import annotations

from pathlib import Path

from helpers import chinese_article, newsroom_page

from reprint_guard import Guard
from reprint_guard.store import open_store
from reprint_guard.config import FingerprintScheme


def test_migrate_errors_name_src_and_dst_not_store(tmp_path: Path, cli) -> None:
    afile = tmp_path / "stfile"
    afile.write_text("not a store", encoding="utf-8")
    res = cli("migrate", afile, tmp_path / "dst")
    assert res.exit_code == 2
    [line] = res.stderr.strip().splitlines()
    assert line.startswith("error: SRC ") and "--store" not in line, line


def test_migrate_both_ways_with_equal_digests(tmp_path: Path, redis_url: str, cli) -> None:
    src = tmp_path / "fp"
    arts = tmp_path / "in"
    arts.mkdir()
    for i in range(6):
        (arts / f"a{i}.html").write_text(newsroom_page(chinese_article(i)), encoding="utf-8")
    with Guard.open(src, create=True) as g:
        g.protect([arts], licensees=("partner.example.com",))
    res = cli("migrate", src, redis_url)
    assert res.exit_code == 0, res.stderr
    assert "copied 6 articles" in res.stdout and "on both sides" in res.stdout
    scheme = FingerprintScheme()
    a, b = open_store(src, scheme), open_store(redis_url, scheme)
    assert a.digest() == b.digest()
    assert [r for r in a.records()] == [r for r in b.records()]  # times, versions, originals too
    assert b.original(a.articles()[0].id) == a.original(a.articles()[0].id) is not None
    with Guard.open(redis_url) as g:
        assert len(g) == 6 and g.check(chinese_article(3)).verdict == "reprint"
    # Resume: nothing to copy again.
    res = cli("migrate", src, redis_url)
    assert res.exit_code == 0 and "copied 0 articles" in res.stdout and "6 were already there" in res.stdout
    # A change on the Redis side, then back to a new directory.
    with Guard.open(redis_url, create=True) as g:
        g.protect_document(chinese_article(40), source="late.txt")
        g.remove([a.articles()[0].id])
    back = tmp_path / "back"
    res = cli("migrate", redis_url, back)
    assert res.exit_code == 0, res.stderr
    assert open_store(back, scheme).digest() == open_store(redis_url, scheme).digest() != a.digest()
    # Into the first directory, which holds an article Redis no longer has: refused until
    # --replace, nothing written meanwhile; then one added, one removed, the rest skipped.
    before = open_store(src, scheme).digest()
    res = cli("migrate", redis_url, src)
    assert res.exit_code == 2 and "holds 1 article(s) the source does not" in res.stderr and "--replace" in res.stderr
    assert open_store(src, scheme).digest() == before
    res = cli("migrate", redis_url, src, "--replace")
    assert res.exit_code == 0 and "copied 1 articles" in res.stdout and "1 removed" in res.stdout
    assert open_store(src, scheme).digest() == open_store(redis_url, scheme).digest()


def test_migrate_refuses_to_roll_back_another_version_in_the_destination(tmp_path: Path, cli) -> None:
    src, dst = tmp_path / "src", tmp_path / "dst"
    with Guard.open(src, create=True) as g:
        for i in range(3):
            assert g.protect_document(chinese_article(i), source=f"a{i}.txt").status == "added"
    assert cli("migrate", src, dst).exit_code == 0
    # The destination then gets a newer version of one article: a licensee added there.
    with Guard.open(dst, create=True) as g:
        assert g.protect_document(chinese_article(1), source="a1.txt", licensees=("partner.example",)).status != "skipped"
    scheme = FingerprintScheme()
    newer = open_store(dst, scheme).digest()
    assert newer != open_store(src, scheme).digest()
    res = cli("migrate", src, dst)
    assert res.exit_code == 2 and "another version of 1 article(s)" in res.stderr and "--replace" in res.stderr
    assert open_store(dst, scheme).digest() == newer  # nothing written
    res = cli("migrate", src, dst, "--replace")
    assert res.exit_code == 0 and "copied 1 articles" in res.stdout
    assert open_store(dst, scheme).digest() == open_store(src, scheme).digest()
