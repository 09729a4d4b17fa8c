"""Store upgrades: a format-1 store (made by the code before stores kept inputs) read, migrated,
upgraded and refingerprinted; original inputs kept; digests stable; interrupted upgrades lose
nothing. All on real SQLite files (``tests/fixtures/store-v1``, see its README)."""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import shutil
import sqlite3
import zlib
from pathlib import Path

import pytest
from helpers import NOTICE, chinese_article, newsroom_page
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reprint_guard import FingerprintScheme, Guard, IncompatibleStoreError, StoreError
from reprint_guard.api import UpgradeResult
from reprint_guard.ingest import EXTRACTOR_VERSION
from reprint_guard.normalize import (
    NORMALIZER_VERSION,
    _bare_pinyin_spans,
    _fold_chars,
    _fold_lookalikes,
    _pinyin_spans,
    normalize,
)
from reprint_guard.notice import NOTICE_VERSION
from reprint_guard.store import STORE_FILE, STORE_VERSION, article_id, fold_probe_digest
from reprint_guard.store.base import _FOLD_PROBE

FIXTURE = Path(__file__).parent / "fixtures" / "store-v1"
SOURCES = ["articles/harbour-lanterns.html", "articles/orchard-cooperative.txt", "articles/tram-depot.txt"]


@pytest.fixture()
def old(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the format-1 store as ``fp/`` beside its ``articles/``, the working directory.

    The fixture was made with normaliser version 2. Version 3 only removes more pinyin
    annotations (every one version 2 removed, and more), version 4 only folds look-alike
    letters of other scripts in Latin text (and its fold probe holds some), and the fixture's
    articles hold neither (checked here), so their fingerprints are what this code makes: the
    copy records the current normaliser, and these tests keep testing format upgrades. (A
    store whose texts do fold differently is refused; ``test_another_scheme_refuses_...`` and
    ``test_a_store_of_an_earlier_normaliser_...`` cover that.)
    """
    shutil.copytree(FIXTURE / "articles", tmp_path / "articles")
    (tmp_path / "fp").mkdir()
    shutil.copy(FIXTURE / STORE_FILE, tmp_path / "fp" / STORE_FILE)
    _as_this_normaliser(tmp_path / "fp", tmp_path / "articles")
    monkeypatch.chdir(tmp_path)
    return tmp_path / "fp"


def _as_this_normaliser(store: Path, articles: Path = FIXTURE / "articles") -> None:
    """Record this normaliser in the fixture's manifest, after checking that it folds the
    fixture's articles as version 2 did."""
    for f in articles.iterdir():
        text = f.read_text(encoding="utf-8")
        folded, src = _fold_chars(text)
        assert _pinyin_spans(folded) == [] and _bare_pinyin_spans(folded) == [], f.name
        assert _fold_lookalikes(folded, text, src) is folded, f.name
    for key, value in (("normalizer_version", NORMALIZER_VERSION), ("fold_probe", fold_probe_digest())):
        _sql(store, "UPDATE manifest SET value = ? WHERE key = ?", (json.dumps(value), key))


def test_the_fold_probe_exercises_the_rules_of_normaliser_7() -> None:
    # Zhuyin in brackets and glued pinyin removed, Latin-script look-alikes folded: a store
    # whose normaliser did none of it folds the probe differently.
    folded = normalize(_FOLD_PROBE).text
    assert "河湾" in folded and "九 月 的" in folded and "ligha tower" in folded
    assert not any(c in folded for c in "ㄏˊɑɡıᴛᴏᴇʀ") and "jiu" not in folded


def test_the_fold_probe_exercises_the_rules_of_normaliser_8() -> None:
    # Marks after Han characters removed: a store whose normaliser kept them folds the probe
    # differently.
    folded = normalize(_FOLD_PROBE).text
    assert "灯会" in folded and not any(c in folded for c in "\u3099\u302a")


def _sql(store: Path, sql: str, args: tuple = ()) -> list[tuple]:
    con = sqlite3.connect(store / STORE_FILE)
    try:
        with con:
            return con.execute(sql, args).fetchall()
    finally:
        con.close()


def _digest(store: Path, scheme: FingerprintScheme | None = None) -> str:
    with Guard.open(store, scheme=scheme) as g:
        return g.store.digest()


def _set_rights_holder(store: Path, source: str, holder: str) -> None:
    [(text,)] = _sql(store, "SELECT notice_json FROM articles WHERE source = ?", (source,))
    notice = json.loads(text)
    notice["rights_holder"] = holder
    _sql(store, "UPDATE articles SET notice_json = ? WHERE source = ?", (json.dumps(notice, ensure_ascii=False), source))


def _plainly_upgraded_digest(tmp: Path) -> str:
    """The digest a plain ``upgrade`` of a fresh copy of the fixture gives: the store as this
    version's parser reads the stored notices (notice version 2 changed every parse)."""
    ref = tmp / "reference-fp"
    ref.mkdir()
    shutil.copy(FIXTURE / STORE_FILE, ref / STORE_FILE)
    # As in the ``old`` fixture: the normaliser moved on, the fixture's texts fold the same.
    _as_this_normaliser(ref)
    Guard.upgrade(ref)
    return _digest(ref)


def _holders(store: Path) -> dict[str, str | None]:
    with Guard.open(store) as g:
        return {a.source: a.notice.rights_holder if a.notice else None for a in g.articles()}


def test_a_read_only_open_reads_a_format_1_store_as_it_is(old: Path) -> None:
    before = hashlib.sha256((old / STORE_FILE).read_bytes()).hexdigest()
    with Guard.open(old) as g:
        assert g.store.manifest()["store_version"] == 1 and len(g) == 3
        assert sorted(a.source for a in g.articles()) == SOURCES
        rep = g.check(Path("articles/tram-depot.txt").read_text(encoding="utf-8"))
        assert rep.verdict == "reprint" and rep.matches[0].notice.rights_holder == "Canal Street Gazette"
        assert all(s.has_original is False and s.extractor_version is None for s in g.store.states())
    assert hashlib.sha256((old / STORE_FILE).read_bytes()).hexdigest() == before
    assert sorted(p.name for p in old.iterdir()) == [STORE_FILE]


def test_a_writable_open_migrates_in_place_and_keeps_every_article(old: Path) -> None:
    digest = _digest(old)
    with Guard.open(old) as g:
        listing = [a.summary() for a in g.articles()]
    with Guard.open(old, create=True) as g:
        m = g.store.manifest()
        assert m["store_version"] == STORE_VERSION == 2
        assert m["extractor_version"] is None and m["notice_version"] is None  # unknown for format-1 articles
        assert [a.summary() for a in g.articles()] == listing
        assert g.store.digest() == digest
        assert [g.store.original(a.id) for a in g.articles()] == [None] * 3
        # New articles go in with their input and this code's versions.
        page = newsroom_page(chinese_article(5))
        assert g.protect_document(page, source="new.txt").status == "added"
        new = {s.id: s for s in g.store.states()}[article_id("new.txt")]
        assert (new.extractor_version, new.notice_version, new.has_original) == (EXTRACTOR_VERSION, NOTICE_VERSION, True)
        assert g.store.original(new.id).data == page
    _sql(old, "PRAGMA integrity_check")
    with Guard.open(old) as g:
        assert len(g) == 4 and g.check(chinese_article(5)).verdict == "reprint"


def test_upgrade_reparses_stored_notices_and_lists_the_articles_needing_their_files(old: Path, cli) -> None:
    digest = _plainly_upgraded_digest(old.parent)
    _set_rights_holder(old, SOURCES[0], "a parse gone wrong")
    r = Guard.upgrade(old)
    assert isinstance(r, UpgradeResult)
    assert (r.from_version, r.to_version) == (1, 2)
    assert sorted(r.reparsed) == sorted(map(article_id, SOURCES)) and r.reextracted == ()
    # Notice version 2 reads every stored notice anew (contacts gain roles), so all three change.
    assert sorted(r.changed) == sorted(map(article_id, SOURCES))
    assert sorted(a.source for a in r.needs_original) == SOURCES
    assert _holders(old)[SOURCES[0]] == "临川晚报社"
    assert _digest(old) == digest  # the damaged parse is back, the rest as this parser reads them
    with Guard.open(old) as g:
        assert g.store.manifest()["notice_version"] == NOTICE_VERSION
        assert g.store.manifest()["extractor_version"] is None
    # Nothing left to re-parse; the files are still wanted, and the command names them.
    res = cli("upgrade", "--store", old)
    assert res.exit_code == 0, res.stderr
    assert "re-parsed the notices of 0" in res.stdout
    assert all(s in res.stdout for s in SOURCES)
    # Protecting the files again stores their input: nothing is wanted any more, nothing moved.
    res = cli("protect", "articles", "--licensee", "partner.example.com", "--store", old)
    assert res.exit_code == 0 and res.stdout.count("updated") == 3, res.stdout
    r = Guard.upgrade(old)
    assert r.needs_original == () and r.reparsed == () and r.reextracted == ()
    with Guard.open(old) as g:
        m = g.store.manifest()
        assert (m["extractor_version"], m["notice_version"]) == (EXTRACTOR_VERSION, NOTICE_VERSION)


def test_upgrade_reextracts_from_the_stored_input_without_the_file(tmp_path: Path) -> None:
    store = tmp_path / "fp"
    page = tmp_path / "page.html"
    page.write_bytes(newsroom_page(chinese_article(11)).encode("gb18030"))
    with Guard.open(store, create=True) as g:
        [out] = g.protect([page])
        digest = g.store.digest()
    page.unlink()
    # As an older extractor and notice parser would have left it.
    _sql(store, "UPDATE articles SET extractor_version = 0, notice_version = 0, title = 'stale', notice_json = NULL")
    assert _digest(store) != digest
    r = Guard.upgrade(store)
    assert r.reextracted == (out.id,) and r.changed == (out.id,) and r.needs_original == ()
    assert _digest(store) == digest
    with Guard.open(store) as g:
        art = g.store.get(out.id)
        assert art.title == "青川县春季重点项目建设全面启动" and art.notice.rights_holder
        assert art.decoding.encoding == "gb18030"
        assert g.check(chinese_article(11)).verdict == "reprint"
    assert Guard.upgrade(store).changed == ()  # nothing left to do


def test_another_scheme_refuses_to_open_naming_refingerprint_which_rebuilds(old: Path, cli) -> None:
    digest = _plainly_upgraded_digest(old.parent)
    other = FingerprintScheme(seed=7)
    with pytest.raises(IncompatibleStoreError, match=r"seed.*upgrade --refingerprint --store"):
        Guard.open(old, scheme=other)
    with pytest.raises(IncompatibleStoreError, match="upgrade --refingerprint"):
        Guard.upgrade(old, scheme=other)  # without --refingerprint nothing is touched
    r = Guard.upgrade(old, refingerprint=True, scheme=other)
    assert r.refingerprinted and sorted(r.reparsed) == sorted(map(article_id, SOURCES)) and len(r.changed) == 3
    with Guard.open(old, scheme=other) as g:
        assert g.store.manifest()["scheme"]["seed"] == 7
        text = Path("articles/tram-depot.txt").read_text(encoding="utf-8")
        assert g.check(text).verdict == "reprint"
    # And the command line, back to this version's scheme.
    res = cli("scan", "articles", "--store", old)
    assert res.exit_code == 2 and "upgrade --refingerprint" in res.stderr
    res = cli("upgrade", "--refingerprint", "--store", old)
    assert res.exit_code == 0, res.stderr
    assert "refingerprinted 3 articles" in res.stdout
    assert _digest(old) == digest  # the stored bodies give back exactly the signatures they had
    res = cli("scan", "articles", "--store", old, "--format", "json")
    assert res.exit_code == 1 and {d["verdict"] for d in json.loads(res.stdout)["documents"]} == {"reprint"}


def test_a_store_of_an_earlier_normaliser_is_refused_until_refingerprinted(tmp_path: Path, monkeypatch, cli) -> None:
    """The fixture as it is (normaliser 2, its fold probe, no confusables version): refused with
    the command that rebuilds it, which brings it to this normaliser; a copy of a stored
    article with Cyrillic look-alikes is then found."""
    shutil.copytree(FIXTURE / "articles", tmp_path / "articles")
    (tmp_path / "fp").mkdir()
    shutil.copy(FIXTURE / STORE_FILE, tmp_path / "fp" / STORE_FILE)
    monkeypatch.chdir(tmp_path)
    res = cli("scan", "articles", "--store", "fp")
    assert res.exit_code == 2
    assert "normalizer_version: store has '2', this reprint_guard uses '9'" in res.stderr
    assert "confusables_version: store has None" in res.stderr
    assert "upgrade --refingerprint --store fp" in res.stderr
    res = cli("upgrade", "--refingerprint", "--store", "fp")
    assert res.exit_code == 0, res.stderr
    with Guard.open("fp") as g:
        m = g.store.manifest()
        assert (m["normalizer_version"], m["fold_probe"]) == (NORMALIZER_VERSION, fold_probe_digest())
        assert m["confusables_version"] == importlib.metadata.version("confusable-homoglyphs")
        text = Path("articles/tram-depot.txt").read_text(encoding="utf-8")
        swapped = text.translate(str.maketrans("aeopc", "\u0430\u0435\u043e\u0440\u0441"))
        assert swapped != text and g.check(swapped).verdict == "reprint"


def test_refingerprint_uses_the_stored_input(tmp_path: Path) -> None:
    store = tmp_path / "fp"
    with Guard.open(store, create=True) as g:
        g.protect_document(newsroom_page(chinese_article(3)), source="a.txt")
    other = FingerprintScheme(seed=9)
    r = Guard.upgrade(store, refingerprint=True, scheme=other)
    assert r.reextracted == (article_id("a.txt"),) and r.reparsed == () and r.needs_original == ()
    with Guard.open(store, scheme=other) as g:
        assert g.check(chinese_article(3)).verdict == "reprint"


class Interrupt(Exception):
    pass


def stop_after_the_first(done: int, total: int, item: str) -> None:
    """An upgrade's progress callback that interrupts it after its first article."""
    if done == 1:
        raise Interrupt(item)


def test_an_interrupted_upgrade_leaves_the_articles_as_they_were(old: Path) -> None:
    for source in SOURCES[:2]:
        _set_rights_holder(old, source, "wrong")
    damaged = _digest(old)

    with pytest.raises(Interrupt):
        Guard.upgrade(old, progress=stop_after_the_first)
    assert _digest(old) == damaged  # the first article's re-parse was rolled back with the rest
    with Guard.open(old) as g:
        assert {s.notice_version for s in g.store.states()} == {None}
        assert len(g) == 3
    other = FingerprintScheme(seed=5)
    with pytest.raises(Interrupt):
        Guard.upgrade(old, refingerprint=True, scheme=other, progress=stop_after_the_first)
    assert _digest(old) == damaged  # still this scheme, every signature as it was
    r = Guard.upgrade(old)
    # The two damaged holders come back; the third notice changes too: notice version 2 reads
    # 本文由山城日报社独家供稿 as a claim (version 1 named no holder there).
    assert len(r.changed) == 3
    assert set(_holders(old).values()) - {None} == {"临川晚报社", "Canal Street Gazette", "山城日报社"}


def test_an_input_that_no_longer_yields_an_article_is_kept_as_it_was(tmp_path: Path) -> None:
    store = tmp_path / "fp"
    with Guard.open(store, create=True) as g:
        g.protect_document(newsroom_page(chinese_article(4)), source="a.txt")
        digest = g.store.digest()
    # A stored input a newer extractor would reject: binary bytes (a damaged copy, say).
    _sql(store, "UPDATE originals SET data = ?, is_text = 0", (zlib.compress(b"\x00\x01\x02" * 400),))
    _sql(store, "UPDATE articles SET extractor_version = 0")
    r = Guard.upgrade(store)
    assert [o.id for o in r.skipped] == [article_id("a.txt")] and r.changed == ()
    assert _digest(store) == digest
    # Refingerprinting cannot keep it in the old scheme: it refuses and changes nothing.
    with pytest.raises(StoreError, match="Nothing was changed.*remove"):
        Guard.upgrade(store, refingerprint=True, scheme=FingerprintScheme(seed=3))
    assert _digest(store) == digest


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    seed=st.integers(0, 10_000),
    encoding=st.sampled_from([None, "utf-8", "utf-8-sig", "gb18030", "utf-16"]),
    order=st.permutations(range(3)),
)
def test_stored_inputs_round_trip_and_the_digest_ignores_order(
    tmp_path_factory: pytest.TempPathFactory, seed: int, encoding: str | None, order: list[int]
) -> None:
    text = f"{chinese_article(seed, paragraphs=3)}\n\n{NOTICE}\n"
    data = text if encoding is None else text.encode(encoding)
    others = [newsroom_page(chinese_article(seed + k + 1, paragraphs=3)) for k in range(2)]
    items = [("doc", data), ("b", others[0]), ("c", others[1])]
    digests = []
    for run in (list(range(3)), order):
        store = tmp_path_factory.mktemp("fp")
        with Guard.open(store, create=True) as g:
            for k in run:
                out = g.protect_document(items[k][1], source=items[k][0])
                assert out.status == "added", out
            assert g.store.original(article_id("doc")).data == data
            digests.append(g.store.digest())
    assert digests[0] == digests[1]


def test_upgrade_reparses_version_1_notices_with_this_parser(old: Path) -> None:
    """Notices stored by notice version 1 (bare e-mail strings, phones without a role, three
    forbidden uses) come back from ``upgrade`` exactly as this version's parser reads their text."""
    from reprint_guard.notice import parse_notice

    with Guard.open(old) as g:
        before = {a.source: a for a in g.articles()}
    [(raw,)] = _sql(old, "SELECT notice_json FROM articles WHERE source = ?", (SOURCES[1],))
    assert "role" not in raw and "permitted_uses" not in raw  # the version-1 shape
    Guard.upgrade(old)
    with Guard.open(old) as g:
        assert {s.notice_version for s in g.store.states()} == {NOTICE_VERSION}
        for art in g.articles():
            if art.notice is None:
                continue
            assert art.notice == parse_notice(art.notice.text, site=art.outlet)
            assert all(c.role in ("licensing", "tip", "complaint", "subscription", "advertising", "other")
                       for c in art.notice.contacts())
            assert art.notice.text == before[art.source].notice.text
    [(raw,)] = _sql(old, "SELECT notice_json FROM articles WHERE source = ?", (SOURCES[1],))
    assert '"permitted_uses"' in raw and '"conditions"' in raw


# -- the Redis store: the same upgrade, applied in one MULTI/EXEC under WATCH -----------------


def _redis_meta(url: str):
    """``(client, prefix)`` for editing a Redis store's stored metadata as an older version left it."""
    import redis

    from reprint_guard.store.redis import split_url

    client_url, prefix = split_url(url)
    return redis.Redis.from_url(client_url), prefix


def _edit_redis_article(url: str, aid: str, **changes: object) -> None:
    from reprint_guard.store.redis import BUCKET

    r, prefix = _redis_meta(url)
    rowid = int(r.hget(f"{prefix}:ids", aid))
    key = f"{prefix}:m:{rowid // BUCKET}"
    meta = json.loads(r.hget(key, rowid))
    holder = changes.pop("rights_holder", None)
    if holder is not None:
        notice = json.loads(meta["notice"])
        notice["rights_holder"] = holder
        meta["notice"] = json.dumps(notice, ensure_ascii=False)
    meta.update(changes)
    r.hset(key, rowid, json.dumps(meta, ensure_ascii=False))
    if changes.get("drop_original"):
        r.hdel(f"{prefix}:o:{rowid // BUCKET}", rowid)


def test_upgrade_on_redis_reextracts_reparses_and_refingerprints(redis_url: str, cli) -> None:
    pages = {f"r{i}.html": newsroom_page(chinese_article(60 + i)) for i in range(3)}
    with Guard.open(redis_url, create=True) as g:
        ids = [g.protect_document(p, source=s).id for s, p in pages.items()]
        digest = g.store.digest()
        holder = g.store.get(ids[0]).notice.rights_holder
    assert holder
    # As older code left them: one with its input stored (re-extracted), one without (its
    # stored notice text re-parsed, its file wanted), both with a wrong parse.
    _edit_redis_article(redis_url, ids[0], notice_version=0, extractor_version=0, title="stale", rights_holder="wrong")
    _edit_redis_article(redis_url, ids[1], notice_version=0, extractor_version=None, rights_holder="wrong", drop_original=True)
    assert _digest(redis_url) != digest
    r = Guard.upgrade(redis_url)
    assert r.reextracted == (ids[0],) and r.reparsed == (ids[1],)
    assert sorted(r.changed) == sorted(ids[:2]) and [a.id for a in r.needs_original] == [ids[1]]
    assert _digest(redis_url) == digest
    with Guard.open(redis_url) as g:
        assert {g.store.get(i).notice.rights_holder for i in ids} == {holder}
        assert g.store.get(ids[0]).title == "青川县春季重点项目建设全面启动"
        assert g.store.manifest()["notice_version"] == NOTICE_VERSION
        assert g.store.manifest()["extractor_version"] is None  # one article still predates it
    assert Guard.upgrade(redis_url).changed == ()
    # Another scheme: refused without --refingerprint, rebuilt with it, and back by the command.
    other = FingerprintScheme(seed=7)
    with pytest.raises(IncompatibleStoreError, match="upgrade --refingerprint"):
        Guard.open(redis_url, scheme=other)
    r = Guard.upgrade(redis_url, refingerprint=True, scheme=other)
    assert r.refingerprinted and len(r.changed) == 3
    with Guard.open(redis_url, scheme=other) as g:
        assert g.store.manifest()["scheme"]["seed"] == 7
        assert g.check(chinese_article(61)).verdict == "reprint"
    res = cli("upgrade", "--refingerprint", "--store", redis_url)
    assert res.exit_code == 0, res.stderr
    assert _digest(redis_url) == digest


def test_an_interrupted_or_raced_upgrade_on_redis_changes_nothing(redis_url: str) -> None:
    with Guard.open(redis_url, create=True) as g:
        ids = [g.protect_document(newsroom_page(chinese_article(70 + i)), source=f"s{i}.html").id for i in range(3)]
    for aid in ids[:2]:
        _edit_redis_article(redis_url, aid, notice_version=0, rights_holder="wrong")
    damaged = _digest(redis_url)

    with pytest.raises(Interrupt):
        Guard.upgrade(redis_url, progress=stop_after_the_first)
    assert _digest(redis_url) == damaged

    # Another process writes an article the upgrade is rewriting: nothing is applied.
    def protect_meanwhile(done: int, total: int, item: str) -> None:
        if done == 1:
            with Guard.open(redis_url, create=True) as other:
                other.protect_document(chinese_article(80), source="meanwhile.txt")  # unrelated: fine
                page = newsroom_page(chinese_article(70))
                assert other.protect_document(page, source="s0.html", licensees=("x.example",)).status == "updated"

    with pytest.raises(StoreError, match="nothing was changed"):
        Guard.upgrade(redis_url, progress=protect_meanwhile)
    with Guard.open(redis_url) as g:  # usable, with what the other process wrote
        assert len(g) == 4 and g.check(chinese_article(71)).verdict == "reprint"
        assert g.store.get(ids[1]).notice.rights_holder == "wrong"  # its re-parse was not applied
        assert g.store.get(ids[0]).licensees == ("x.example",)
    r = Guard.upgrade(redis_url)
    assert r.changed == (ids[1],)  # the other process re-protected the first at today's versions


def _flush_scripts(url: str) -> None:
    """``SCRIPT FLUSH``: what a restarted server (or an operator) leaves of the store's Lua scripts."""
    r, _ = _redis_meta(url)
    r.script_flush()
    assert r.script_exists(hashlib.sha1(b"return 1").hexdigest()) == [False]


def _seeds(url: str, scheme: FingerprintScheme) -> tuple[int, set[bytes]]:
    """The manifest's seed and every article's stored document signature."""
    with Guard.open(url, scheme=scheme) as g:
        return g.store.manifest()["scheme"]["seed"], {rec.doc_signature for rec in g.store.records()}


def test_upgrade_on_redis_after_its_scripts_were_flushed_loads_them_again(redis_url: str, cli) -> None:
    """A restarted server has no scripts: ``upgrade`` loads them itself, not only after some
    other process's protect has (it said "lost its scripts … run again" on every run)."""
    with Guard.open(redis_url, create=True) as g:
        for i in range(3):
            g.protect_document(chinese_article(90 + i), source=f"f{i}.txt")
        digest = g.store.digest()
    _, default_sigs = _seeds(redis_url, FingerprintScheme())
    other = FingerprintScheme(seed=7)
    _flush_scripts(redis_url)
    assert len(Guard.upgrade(redis_url, refingerprint=True, scheme=other).changed) == 3
    seed, sigs = _seeds(redis_url, other)
    assert seed == 7 and len(sigs) == 3 and not sigs & default_sigs
    _flush_scripts(redis_url)
    res = cli("upgrade", "--refingerprint", "--store", redis_url)
    assert res.exit_code == 0, res.stderr
    assert "lost its scripts" not in res.stderr
    assert _digest(redis_url) == digest
    with Guard.open(redis_url) as g:
        assert g.check(chinese_article(91)).verdict == "reprint"


def test_scripts_flushed_during_an_upgrade_on_redis_still_apply_all_of_it(redis_url: str) -> None:
    """Scripts gone between the upgrade's reads and its MULTI/EXEC: a transaction does not roll
    back a failed EVALSHA, so the manifest would have taken the new scheme over old signatures.
    The scripts are loaded inside the transaction: all of it is applied."""
    with Guard.open(redis_url, create=True) as g:
        for i in range(3):
            g.protect_document(chinese_article(95 + i), source=f"f{i}.txt")
    _, default_sigs = _seeds(redis_url, FingerprintScheme())

    def flush_meanwhile(done: int, total: int, item: str) -> None:
        if done == 2:
            _flush_scripts(redis_url)

    other = FingerprintScheme(seed=7)
    r = Guard.upgrade(redis_url, refingerprint=True, scheme=other, progress=flush_meanwhile)
    assert r.refingerprinted and len(r.changed) == 3
    seed, sigs = _seeds(redis_url, other)
    assert seed == 7 and len(sigs) == 3 and not sigs & default_sigs
    with Guard.open(redis_url, scheme=other) as g:
        assert g.check(chinese_article(96)).verdict == "reprint"
