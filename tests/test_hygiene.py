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
