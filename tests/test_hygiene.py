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
