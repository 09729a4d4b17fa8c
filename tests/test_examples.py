"""The shipped examples: ``reprint-guard scan examples/suspects --urls examples/urls.csv`` with
the shipped store.

The README promises each suspect page's verdict and that the shipped ``fingerprints/`` store is
exactly what ``reprint-guard protect examples/protected --licensee partner.example.com`` builds
from the repository root. These tests hold both promises.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from reprint_guard import FingerprintScheme
from reprint_guard.store import article_id, open_store

REPO = Path(__file__).resolve().parents[1]
PROTECTED = REPO / "examples" / "protected"
SUSPECTS = REPO / "examples" / "suspects"
SHIPPED = REPO / "fingerprints"
URLS = "examples/urls.csv"  # where the suspects were found: the evidence licensing rests on
PROTECT_ARGS = ["protect", "examples/protected", "--licensee", "partner.example.com"]

FLOOD = "examples/protected/2024-05-06-qingchuan-flood.txt"
NIGHT = "examples/protected/2024-06-12-nanmen-night-market.html"
FERRY = "examples/protected/2024-07-03-alden-ferry.html"
LIBRARY = "examples/protected/2024-04-20-beiling-village-library.txt"

# suspect file -> (verdict, protected article it copies or None)
EXPECTED = {
    "content-farm-traditional.html": ("reprint", FLOOD),
    "edited-copy.html": ("edited", NIGHT),
    "english-copy.txt": ("reprint", FERRY),
    "excerpt.html": ("excerpt", LIBRARY),
    "gbk-no-charset.html": ("reprint", NIGHT),
    "layout-copy.html": ("reprint", FLOOD),
    "licensed-reprint.html": ("licensed", LIBRARY),
    "unrelated.html": ("clean", None),
}

# protected article -> (rights holder, phone, e-mail) from its licensing notice
CONTACTS = {
    FLOOD: ("青川日报社", {"e164": "+869315550123", "extension": None, "as_written": "0931-5550123", "type": "landline"}, "banquan@example.cn"),
    NIGHT: ("澜江晚报社", {"e164": "+862055508888", "extension": "802", "as_written": "020-55508888 转 802", "type": "landline"}, "copyright@example.cn"),
    FERRY: ("Example Media Group", {"e164": "+442079460958", "extension": None, "as_written": "+44 20 7946 0958", "type": "landline"}, "licensing@example.org"),
    LIBRARY: ("北岭日报社", {"e164": "+8687165550166", "extension": None, "as_written": "0871-65550166", "type": "landline"}, "rights@example.org"),
}  # fmt: skip


def _han(text: str) -> int:
    return len(re.findall(r"[\u4e00-\u9fff]", text))


@pytest.fixture()
def in_repo(cli, monkeypatch: pytest.MonkeyPatch):
    """The ``cli`` fixture run from the repository root, as the README's commands are."""
    monkeypatch.chdir(REPO)
    return cli


def _scan(cli, *extra: str, urls: bool = True) -> tuple[int, dict]:
    r = cli("scan", "examples/suspects", "--format", "json", *(("--urls", URLS) if urls else ()), *extra)
    assert r.stderr == "", r.stderr
    return r.exit_code, json.loads(r.stdout)


def test_every_suspect_gets_its_verdict_and_the_scan_exits_1(in_repo) -> None:
    code, report = _scan(in_repo)  # the default store: ./fingerprints
    assert code == 1
    got = {Path(d["path"]).name: d["verdict"] for d in report["documents"]}
    assert got == {name: verdict for name, (verdict, _) in EXPECTED.items()}
    assert sorted(p.name for p in SUSPECTS.iterdir()) == sorted(EXPECTED)
    assert [d["path"] for d in report["documents"]] == [f"examples/suspects/{n}" for n in sorted(EXPECTED)]
    for doc in report["documents"]:
        verdict, source = EXPECTED[Path(doc["path"]).name]
        if source is None:
            assert doc["matches"] == []
            continue
        [m] = doc["matches"]
        assert m["article"]["source"] == source
        assert m["article"]["id"] == article_id(source)
        assert m["licensed"] is (verdict == "licensed")
        want = {"status": "licensed", "evidence": "urls_manifest"} if verdict == "licensed" else {"status": "none"}
        assert m["licence"] == want
        holder, phone, email = CONTACTS[source]
        assert m["rights_holder"] == holder
        # Every example notice labels its contacts for licensing (授权联系, 版权合作, Licensing:).
        assert m["contacts"]["phones"] == [{**phone, "role": "licensing"}]
        assert m["contacts"]["emails"] == [{"address": email, "role": "licensing"}]
        assert "reprint" in m["forbidden_uses"] and "excerpt" in m["forbidden_uses"]


def test_findings_carry_the_expected_evidence(in_repo) -> None:
    _, report = _scan(in_repo)
    docs = {Path(d["path"]).name: d for d in report["documents"]}
    top = {name: d["matches"][0] for name, d in docs.items() if d["matches"]}
    for name in ("layout-copy.html", "gbk-no-charset.html", "english-copy.txt", "licensed-reprint.html"):
        assert top[name]["coverage"] >= 0.99 and top[name]["similarity"] >= 0.99, name
    assert top["content-farm-traditional.html"]["coverage"] >= 0.95
    assert top["content-farm-traditional.html"]["similarity"] >= 0.9
    assert 0.4 <= top["edited-copy.html"]["coverage"] < 0.8
    assert top["excerpt.html"]["coverage"] < 0.4
    assert all(_han(p["text"]) >= 120 for p in top["excerpt.html"]["passages"])
    # The GBK page declares no charset: it is read by the Han-frequency rule (or the detector).
    gbk = docs["gbk-no-charset.html"]["decoding"]
    assert gbk["encoding"] == "gb18030" and gbk["rule"] in ("han-frequency", "charset-normalizer")
    # Licensing is decided by the host of the URL the manifest says the page was found at.
    assert docs["licensed-reprint.html"]["url"].startswith("https://www.partner.example.com/")
    # The content farm's passage quotes its own Traditional characters and pinyin.
    assert "(" in top["content-farm-traditional.html"]["passages"][0]["text"]
    assert "縣" in top["content-farm-traditional.html"]["passages"][0]["text"]


def test_without_the_manifest_the_licensed_page_is_a_claimed_reprint(in_repo) -> None:
    code, report = _scan(in_repo, urls=False)
    assert code == 1
    got = {Path(d["path"]).name: d for d in report["documents"]}
    assert {n: d["verdict"] for n, d in got.items()} == {
        name: ("reprint" if verdict == "licensed" else verdict) for name, (verdict, _) in EXPECTED.items()
    }
    [m] = got["licensed-reprint.html"]["matches"]
    assert m["licensed"] is False
    assert m["licence"] == {"status": "claimed", "claim": f"canonical link {got['licensed-reprint.html']['url']}"}
    assert got["licensed-reprint.html"]["url"].startswith("https://www.partner.example.com/")


def test_the_manifest_lists_every_suspect_once() -> None:
    import csv

    with open(REPO / URLS, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert sorted(r["path"] for r in rows) == [f"examples/suspects/{n}" for n in sorted(EXPECTED)]
    assert all(r["url"].startswith(("http://", "https://")) for r in rows)


def test_rich_report_names_whom_to_call(in_repo) -> None:
    r = in_repo("scan", "examples/suspects", "--urls", URLS)
    assert r.exit_code == 1
    for source in (FLOOD, NIGHT, FERRY, LIBRARY):
        holder, phone, email = CONTACTS[source]
        assert holder in r.stdout and phone["e164"] in r.stdout and email in r.stdout


def test_parallel_scan_gives_the_same_report(in_repo) -> None:
    _, one = _scan(in_repo)
    code, two = _scan(in_repo, "--jobs", "2")
    assert code == 1
    assert two == one


def test_suspect_files_are_what_the_readme_says() -> None:
    gbk = (SUSPECTS / "gbk-no-charset.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        gbk.decode("utf-8")
    assert b"charset" not in gbk.lower()
    farm = (SUSPECTS / "content-farm-traditional.html").read_text(encoding="utf-8")
    assert "\u200b" in farm and "★" in farm
    assert len(re.findall(r"[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", farm)) >= 100
    licensed = (SUSPECTS / "licensed-reprint.html").read_text(encoding="utf-8")
    assert '<link rel="canonical" href="https://www.partner.example.com/' in licensed
    for path in PROTECTED.iterdir():
        text = path.read_text(encoding="utf-8")
        if "ferry" in path.name:
            assert 400 <= len(re.sub(r"<[^>]+>", " ", text).split()) <= 800
        else:
            assert 600 <= _han(text) <= 1500, path.name


# --------------------------------------------------------------------------------------------
# The shipped store is reproducible
# --------------------------------------------------------------------------------------------

def store_digest(directory: Path) -> str:
    """The library's digest of a store: every article's canonical content and the scheme."""
    store = open_store(directory, FingerprintScheme())
    try:
        return store.digest()
    finally:
        store.close()


def test_shipped_store_is_what_the_documented_command_builds(in_repo, tmp_path: Path) -> None:
    assert sorted(os.listdir(SHIPPED)) == ["fingerprints.sqlite"]  # no journal left behind
    rebuilt = tmp_path / "fp"
    r = in_repo(*PROTECT_ARGS, "--store", rebuilt)
    assert r.exit_code == 0, r.stderr
    assert r.stdout.count("added") == 4
    assert store_digest(rebuilt) == store_digest(SHIPPED), (
        "fingerprints/ is stale: rebuild it from the repository root with "
        "`rm -r fingerprints && reprint-guard protect examples/protected --licensee partner.example.com`"
    )


def test_shipped_store_lists_relative_sources(in_repo) -> None:
    r = in_repo("list", "--format", "json")
    assert r.exit_code == 0
    arts = json.loads(r.stdout)["articles"]
    assert sorted(a["source"] for a in arts) == sorted(CONTACTS)
    assert all(a["licensees"] == ["partner.example.com"] for a in arts)
    assert all(a["id"] == article_id(a["source"]) for a in arts)
