"""The ``reprint-guard`` command end to end.

Real commands through typer's CliRunner (see the ``cli`` fixture in conftest.py) on real SQLite
stores in tmp_path: exit codes, every output format, standard input, the ``--urls`` manifest,
``list``/``remove``, and the terminal report as a pipe shows it. The articles below are invented
for these tests (places, people, outlets, phone numbers).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len

from reprint_guard.report import CSV_COLUMNS, FORMAT_VERSION, TEXT_RENDERERS, OutputFormat

TITLE = "柳溪镇百年石拱桥加固修缮顺利完工沿岸居民重新走上这座连接两岸几代人共同记忆的老桥"
PARAS = [
    "5月18日上午，柳溪镇百年石拱桥加固修缮工程通过验收，封闭了十个月的老桥重新向行人开放。"
    "这座石拱桥始建于清代末年，全长四十二米，是柳溪两岸居民往来的主要通道，也是镇上年纪最大的建筑之一。",
    "去年夏天，文物部门在例行检查中发现桥身多处石块松动，桥墩基础也受到河水长期冲刷。修缮团队按照"
    "“修旧如旧”的原则，把拆下的每一块条石编号登记，能用的老石料全部回用，缺损的部分从附近山里的"
    "老采石场找来同样质地的青石补齐。",
    "八十一岁的老船工钟有田每天早上都要到桥头转一转。他说，小时候跟着父亲在桥下撑船，桥上的每一道"
    "石缝他都熟悉。“修好了，还是原来的样子，我放心了。”镇文化站站长祁明远介绍，接下来镇里将在桥头"
    "设立一块说明牌，讲述老桥的历史和这次修缮的经过。",
]
NOTICE = (
    "版权声明\n"
    "本文版权归柳溪日报社所有，未经书面授权，任何单位和个人不得转载、修改、摘编。\n"
    "柳溪日报社版权保护中心　电话：0931-5550123 转 18　手机：139 5550 1234　邮箱：rights@example.com"
)
PHONES = [
    {"e164": "+869315550123", "extension": "18", "as_written": "0931-5550123 转 18", "type": "landline", "role": "licensing"},
    {"e164": "+8613955501234", "extension": None, "as_written": "139 5550 1234", "type": "mobile", "role": "licensing"},
]
EMAIL = "rights@example.com"
RIGHTS_HOLDER = "柳溪日报社"
LICENSEE = "partner.example.com"

# A story about something else entirely: the clean page.
OTHER_PARAS = [
    "市图书馆从下周一起调整开放时间，周一至周五延长至晚上九点，周末上午提前到八点半开馆。"
    "馆方表示，调整是根据读者问卷结果作出的，近七成受访读者希望下班后还能来借书、自习。",
    "新学期开始后，图书馆还将在少儿阅览区增加故事会和绘本共读活动，每周六下午举行，"
    "家长可以通过图书馆公众号提前预约，每场限三十组家庭。",
]


def newsroom_txt(title: str = TITLE, paras: list[str] = PARAS) -> str:
    """The newsroom text layout: breadcrumb, title, date/source line, body, notice."""
    body = "\n\n".join(paras)
    return f"您当前的位置：柳溪网 > 新闻 > 本地\n{title}\n2024/05/18 10:00 来源：柳溪日报\n\n{body}\n\n{NOTICE}\n"


def html_page(title: str, paras: list[str], canonical: str | None = None) -> str:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>{link}</head>'
        f"<body><nav>首页 | 本地 | 社会 | 财经</nav><article><h1>{title}</h1>{body}</article>"
        "<footer>关于我们 | 联系我们</footer></body></html>"
    )


@pytest.fixture()
def store(tmp_path: Path, cli) -> Path:
    """A store holding the bridge article, licensed to partner.example.com."""
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "bridge.txt").write_text(newsroom_txt(), encoding="utf-8")
    fp = tmp_path / "fp"
    r = cli("protect", articles, "--store", fp, "--licensee", LICENSEE)
    assert r.exit_code == 0, r.stderr
    assert "added" in r.stdout
    assert (fp / "fingerprints.sqlite").is_file()
    return fp


@pytest.fixture()
def pages(tmp_path: Path) -> Path:
    """A folder with a verbatim copy of the bridge article and an unrelated page."""
    d = tmp_path / "pages"
    d.mkdir()
    (d / "copy.html").write_text(
        html_page("老桥修好了", PARAS, "https://copycat.example.net/2024/0519/bridge.html"), encoding="utf-8"
    )
    (d / "clean.html").write_text(html_page("市图书馆延长开放时间", OTHER_PARAS), encoding="utf-8")
    return d


def scan_json(cli, *args: object) -> tuple[int, dict]:
    r = cli("scan", *args, "--format", "json")
    assert r.stderr == ""
    return r.exit_code, json.loads(r.stdout)


def verdicts(report: dict) -> dict[str, str]:
    return {Path(d["path"]).name: d["verdict"] for d in report["documents"]}


# --------------------------------------------------------------------------------------------
# Exit codes
# --------------------------------------------------------------------------------------------


def test_unlicensed_copy_exits_1(cli, store: Path, pages: Path) -> None:
    r = cli("scan", pages, "--store", store)
    assert r.exit_code == 1, r.stderr
    assert r.stderr == ""
    assert "reprint" in r.stdout and "clean" in r.stdout


def test_nothing_unlicensed_exits_0(cli, store: Path, pages: Path) -> None:
    r = cli("scan", pages / "clean.html", "--store", store)
    assert r.exit_code == 0, r.stderr
    assert "clean" in r.stdout


def test_licensed_copy_exits_0(cli, store: Path, tmp_path: Path) -> None:
    page = tmp_path / "partner.html"
    url = "https://www.partner.example.com/local/bridge.html"
    page.write_text(html_page("老桥修好了", PARAS, url), encoding="utf-8")
    manifest = tmp_path / "urls.csv"
    manifest.write_text(f"path,url\n{page},{url}\n", encoding="utf-8")
    code, report = scan_json(cli, page, "--store", store, "--urls", manifest)
    assert code == 0
    assert verdicts(report) == {"partner.html": "licensed"}
    m = report["documents"][0]["matches"][0]
    assert m["kind"] == "reprint" and m["licensed"] is True
    assert m["licence"] == {"status": "licensed", "evidence": "urls_manifest"}
    r = cli("check", page, "--store", store, "--url", url, "--format", "json")
    assert r.exit_code == 0
    assert json.loads(r.stdout)["documents"][0]["matches"][0]["licence"] == {"status": "licensed", "evidence": "url"}


def test_a_copy_licensed_only_by_its_own_canonical_link_is_a_claimed_finding(cli, store: Path, tmp_path: Path) -> None:
    page = tmp_path / "partner.html"
    url = "https://www.partner.example.com/local/bridge.html"
    page.write_text(html_page("老桥修好了", PARAS, url), encoding="utf-8")
    code, report = scan_json(cli, page, "--store", store)
    assert code == 1
    assert verdicts(report) == {"partner.html": "reprint"}
    m = report["documents"][0]["matches"][0]
    assert m["licensed"] is False
    assert m["licence"] == {"status": "claimed", "claim": f"canonical link {url}"}
    rows = list(csv.DictReader(io.StringIO(cli("scan", page, "--store", store, "--format", "csv").stdout)))
    assert [(r["verdict"], r["licensed"], r["licence"]) for r in rows] == [("reprint", "no", "claimed")]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("scan", "{pages}", "--store", "{tmp}/nowhere"), r"no fingerprint store at .*nowhere"),
        (("scan", "{tmp}/no-such-folder", "--store", "{store}"), r"no-such-folder does not exist"),
        (("scan", "{pages}", "--store", "{store}", "--threshold", "1.5"), r"--threshold.*1\.5 is outside the allowed range 0 to 1"),
        (("scan", "{pages}", "--store", "{store}", "--threshold", "85"), r"--threshold.*85\.0 is outside the allowed range 0 to 1"),
        (("scan", "{pages}", "--store", "{store}", "--min-passage", "-5"), r"--min-passage.*-5 is outside the allowed range 1 to 1000000"),
        (("scan", "{pages}", "--store", "{store}", "--jobs", "0"), r"--jobs.*0 is outside the allowed range 1 to 256"),
        (("scan", "{pages}", "--store", "{store}", "--format", "xml"), r"--format.*rich.*json.*jsonl.*csv"),
        (("check", "{tmp}/missing.html", "--store", "{store}"), r"cannot read .*missing\.html"),
        (("check", "{pages}/copy.html", "--store", "{store}", "--threshold", "-0.1"), r"--threshold"),
        (("list", "--store", "{tmp}/nowhere"), r"no fingerprint store"),
        (("protect", "{pages}", "--store", "{store}", "--url", "https://x.example.com/"), r"--url takes exactly one"),
        (("scan", "{pages}", "--store", "{store}", "--urls", "{tmp}/none.csv"), r"cannot read the --urls manifest"),
        (("scan", "{pages}", "--store", "{store}", "--urls", "{pages}"), r"--urls manifest.*not a folder"),
    ],
    ids=[
        "missing-store",
        "missing-folder",
        "threshold-1.5",
        "threshold-85",
        "min-passage-negative",
        "jobs-0",
        "unknown-format",
        "check-missing-file",
        "check-threshold-negative",
        "list-missing-store",
        "protect-url-on-folder",
        "missing-urls-manifest",
        "urls-manifest-is-a-folder",
    ],
)
def test_could_not_run_exits_2_with_one_clear_message(
    cli, store: Path, pages: Path, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    argv = [a.format(pages=pages, store=store, tmp=tmp_path) for a in args]
    r = cli(*argv)
    assert r.exit_code == 2, (r.stdout, r.stderr)
    assert isinstance(r.exception, SystemExit)  # typer.Exit / usage error, not a crash
    assert r.stdout == ""
    # rich wraps the error line at the console width, even inside a path: compare without spaces.
    err = re.sub(r"\s+", "", r.stderr)
    assert re.search(message.replace(" ", ""), err), r.stderr
    assert r.stderr.startswith(("error: ", "Usage: "))
    assert "Traceback" not in r.stderr


def test_per_file_error_without_finding_exits_3(cli, store: Path, tmp_path: Path) -> None:
    # A dangling symlink cannot be read, even by root.
    d = tmp_path / "mixed"
    d.mkdir()
    (d / "a-clean.html").write_text(html_page("市图书馆延长开放时间", OTHER_PARAS), encoding="utf-8")
    (d / "c-clean.txt").write_text("\n".join(OTHER_PARAS), encoding="utf-8")
    (d / "b-gone.html").symlink_to(tmp_path / "deleted-long-ago.html")
    code, report = scan_json(cli, d, "--store", store)
    assert code == 3
    assert verdicts(report) == {"a-clean.html": "clean", "b-gone.html": "error", "c-clean.txt": "clean"}
    gone = report["documents"][1]
    assert "b-gone.html" in gone["reason"] and gone["sha256"] is None and gone["matches"] == []
    assert report["summary"] == {"clean": 2, "error": 1}
    # The same folder with a copy in it: the finding wins, exit 1.
    (d / "d-copy.html").write_text(html_page("老桥修好了", PARAS), encoding="utf-8")
    assert cli("scan", d, "--store", store).exit_code == 1


def test_protect_reports_unreadable_file_and_exits_3(cli, tmp_path: Path) -> None:
    d = tmp_path / "articles"
    d.mkdir()
    (d / "bridge.txt").write_text(newsroom_txt(), encoding="utf-8")
    (d / "gone.txt").symlink_to(tmp_path / "nothing-here.txt")
    r = cli("protect", d, "--store", tmp_path / "fp")
    assert r.exit_code == 3
    assert "added" in r.stdout and "error" in r.stdout
    listed = json.loads(cli("list", "--store", tmp_path / "fp", "--format", "json").stdout)
    assert [a["title"] for a in listed["articles"]] == [TITLE]


# --------------------------------------------------------------------------------------------
# Output formats
# --------------------------------------------------------------------------------------------

DOCUMENT_KEYS = {"path", "url", "title", "sha256", "decoding", "verdict", "reason", "matches"}
MATCH_KEYS = {
    "article",
    "kind",
    "licensed",
    "licence",
    "attributed",
    "coverage",
    "similarity",
    "containment",
    "passages",
    "rights_holder",
    "contacts",
    "forbidden_uses",
    "permitted_uses",  # format_version 3
    "conditions",
    "permitted",
    "unmet_conditions",
    "notice_licence",
    "conditions_to_judge",  # format_version 10
    "edits_excluded",
    "credit",  # format_version 11
}
ARTICLE_KEYS = {"id", "title", "source", "url", "date", "outlet"}
PASSAGE_KEYS = {"article_start", "article_end", "document_start", "document_end", "score", "text"}
PHONE_KEYS = {"e164", "extension", "as_written", "type", "role"}


def test_json_report_shape(cli, store: Path, pages: Path) -> None:
    code, report = scan_json(cli, pages, "--store", store)
    assert code == 1
    assert set(report) == {"format_version", "documents", "summary", "interrupted"}
    assert report["format_version"] == FORMAT_VERSION and report["interrupted"] is False
    assert report["summary"] == {"clean": 1, "reprint": 1}
    docs = {Path(d["path"]).name: d for d in report["documents"]}
    assert [Path(d["path"]).name for d in report["documents"]] == ["clean.html", "copy.html"]  # walk order
    for d in docs.values():
        assert set(d) == DOCUMENT_KEYS
        assert d["sha256"] == hashlib.sha256(Path(d["path"]).read_bytes()).hexdigest()
        assert d["decoding"] == {"encoding": "utf-8", "rule": "utf-8", "repair": None}
        assert d["reason"] is None
    assert docs["clean.html"]["verdict"] == "clean" and docs["clean.html"]["matches"] == []

    copy = docs["copy.html"]
    assert copy["verdict"] == "reprint"
    assert copy["url"] == "https://copycat.example.net/2024/0519/bridge.html"
    assert copy["title"] == "老桥修好了"
    [m] = copy["matches"]
    assert set(m) == MATCH_KEYS
    assert set(m["article"]) == ARTICLE_KEYS
    assert m["article"]["title"] == TITLE
    assert m["article"]["date"] == "2024-05-18"
    assert m["article"]["outlet"] == "柳溪日报"
    assert m["article"]["source"].endswith("bridge.txt")
    assert re.fullmatch(r"[0-9a-f]{12}", m["article"]["id"])
    assert m["kind"] == "reprint" and m["licensed"] is False and m["attributed"] is False
    assert m["licence"] == {"status": "none"}
    assert m["coverage"] >= 0.99 and m["similarity"] >= 0.99
    assert m["passages"]
    body = "\n".join(PARAS)
    for p in m["passages"]:
        assert set(p) == PASSAGE_KEYS
        assert 0 <= p["article_start"] < p["article_end"] and 0 <= p["document_start"] < p["document_end"]
        assert 0.0 <= p["score"] <= 1.0
        assert p["text"] and p["text"] in body  # the copier's own words, quoted exactly
    assert m["rights_holder"] == RIGHTS_HOLDER
    assert set(m["contacts"]) == {"phones", "emails", "urls"}
    for phone in m["contacts"]["phones"]:
        assert set(phone) == PHONE_KEYS
    assert m["contacts"]["phones"] == PHONES
    assert m["contacts"]["emails"] == [{"address": EMAIL, "role": "licensing"}]
    assert m["contacts"]["urls"] == []
    assert m["forbidden_uses"] == ["reprint", "modify", "excerpt"]
    assert (m["permitted_uses"], m["conditions"], m["permitted"], m["unmet_conditions"]) == ([], [], False, [])
    assert m["notice_licence"] is None


def test_jsonl_is_one_object_per_document(cli, store: Path, pages: Path) -> None:
    r = cli("scan", pages, "--store", store, "--format", "jsonl")
    assert r.exit_code == 1
    lines = r.stdout.splitlines()
    assert len(lines) == 3  # two documents, then the summary line
    *objs, summary = [json.loads(line) for line in lines]
    assert [Path(o["path"]).name for o in objs] == ["clean.html", "copy.html"]
    assert all(set(o) == DOCUMENT_KEYS | {"format_version", "type"} for o in objs)
    assert all(o["format_version"] == FORMAT_VERSION and o["type"] == "document" for o in objs)
    assert [o["verdict"] for o in objs] == ["clean", "reprint"]
    assert summary == {
        "format_version": FORMAT_VERSION, "type": "summary", "summary": {"clean": 1, "reprint": 1},
        "documents": 2, "exit_code": 1, "interrupted": False,
    }  # fmt: skip


def test_csv_has_header_and_one_row_per_match(cli, store: Path, pages: Path, tmp_path: Path) -> None:
    # A third page copying the article twice over still matches it once.
    (pages / "twice.html").write_text(html_page("转帖两遍", PARAS + PARAS), encoding="utf-8")
    r = cli("scan", pages, "--store", store, "--format", "csv")
    assert r.exit_code == 1
    rows = list(csv.reader(io.StringIO(r.stdout)))
    assert rows[0] == list(CSV_COLUMNS) == [
        "path",
        "verdict",
        "article_id",
        "title",
        "kind",
        "licensed",
        "coverage",
        "similarity",
        "rights_holder",
        "phones",
        "emails",
        "reason",  # appended in format_version 2; earlier columns keep their meaning
        "licence",  # appended in format_version 3
        "licensing_phones",  # appended in format_version 5
        "licensing_emails",
        "other_contacts",
        "licensing_urls",  # appended in format_version 6
        "notice_licence",  # appended in format_version 7
        "url",  # appended in format_version 9
        "page_title",
        "attributed",
        "unmet_conditions",
        "licence_claim",
        "conditions_to_judge",  # appended in format_version 10
        "edits_excluded",
        "credit",  # appended in format_version 11
    ]
    body = [dict(zip(rows[0], row)) for row in rows[1:]]
    assert [(Path(b["path"]).name, b["verdict"]) for b in body] == [
        ("clean.html", "clean"),
        ("copy.html", "reprint"),
        ("twice.html", "reprint"),
    ]
    assert body[0]["article_id"] == "" and body[0]["title"] == ""
    copy = body[1]
    assert copy["title"] == TITLE and copy["kind"] == "reprint" and copy["licensed"] == "no"
    assert float(copy["coverage"]) >= 0.99
    assert copy["rights_holder"] == RIGHTS_HOLDER
    assert copy["phones"] == "+869315550123;ext=18 +8613955501234"
    assert copy["emails"] == EMAIL
    assert copy["licensing_phones"] == copy["phones"] and copy["licensing_emails"] == EMAIL
    assert copy["other_contacts"] == ""
    assert body[0]["licensing_phones"] == body[0]["other_contacts"] == ""
    assert copy["licensing_urls"] == body[0]["licensing_urls"] == ""
    assert copy["notice_licence"] == body[0]["notice_licence"] == ""  # the notice grants no open licence


def test_csv_cells_a_spreadsheet_would_run_as_formulas_are_neutralised(
    cli, store: Path, pages: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crawled file named ``=HYPERLINK(…).html`` went into the ``path`` cell as it is, and a
    spreadsheet opening the report runs it (CSV injection, user trial 8). A text cell starting
    with = + - @, a tab or a carriage return gets a leading ' (OWASP's advice); the E.164 phone
    cells, which always start with +, are numbers and stay as they are."""
    monkeypatch.chdir(tmp_path)
    page = (pages / "copy.html").read_text(encoding="utf-8")
    names = ["=HYPERLINK(1).html", "+SUM(1,2).html", "-2+3.html", "@SUM(A1).html", "\tTAB.html", "plain=name.html"]
    for name in names:
        Path(name).write_text(page, encoding="utf-8")
    r = cli("scan", "--store", store, "--format", "csv", "--", *names)  # -- : "-2+3.html" is no option
    assert r.exit_code == 1, r.stderr
    rows = [dict(zip(CSV_COLUMNS, row)) for row in list(csv.reader(io.StringIO(r.stdout)))[1:]]
    assert [row["path"] for row in rows] == [
        "'=HYPERLINK(1).html", "'+SUM(1,2).html", "'-2+3.html", "'@SUM(A1).html", "'\tTAB.html", "plain=name.html"
    ]
    assert {row["phones"] for row in rows} == {"+869315550123;ext=18 +8613955501234"}
    assert {row["verdict"] for row in rows} == {"reprint"}
    # JSON carries the names as they are: only the CSV writer neutralises
    r = cli("scan", names[0], "--store", store, "--format", "json")
    assert json.loads(r.stdout)["documents"][0]["path"] == "=HYPERLINK(1).html"


# An English article the CSV tests protect under different notices.
ASHFORD = [
    "The river town of Ashford has endured its longest dry spell on record, with more than forty days "
    "without meaningful rain and its three small reservoirs at their lowest level in decades.",
    "To keep taps running, the council has sent six water tankers around the outlying villages every "
    "day, giving priority to elderly residents, schools and the cottage hospital on the hill.",
    "Agricultural advisers have been visiting farms to help growers switch to drip irrigation and to "
    "plant crops that need less water, and the mayor has promised to speed up work on a new pipeline.",
]


def _protect_ashford(cli, tmp_path: Path, notice: str) -> tuple[Path, list[str]]:
    """Protect :data:`ASHFORD` under ``notice`` into ``tmp_path/fp``; returns an empty folder for
    the pages to scan and the article's paragraphs."""
    articles, pages = tmp_path / "articles", tmp_path / "pages"
    articles.mkdir()
    pages.mkdir()
    (articles / "drought.txt").write_text("Ashford runs dry\n\n" + "\n\n".join(ASHFORD) + "\n\n" + notice + "\n", encoding="utf-8")
    assert cli("protect", articles, "--store", tmp_path / "fp").exit_code == 0
    return pages, ASHFORD


def test_csv_gives_a_licensing_desk_printed_only_as_a_link(cli, tmp_path: Path) -> None:
    # "Reprints: https://…" was the notice's only licensing contact, and no CSV column held it.
    pages, paras = _protect_ashford(cli, tmp_path, "Copyright 2024 by The Ashford Gazette. Reprints: https://www.ashford.example.com/reprints")
    (pages / "copy.html").write_text(html_page("Drought", paras), encoding="utf-8")
    r = cli("scan", pages, "--store", tmp_path / "fp", "--format", "csv")
    [row] = [dict(zip(CSV_COLUMNS, row)) for row in list(csv.reader(io.StringIO(r.stdout)))[1:]]
    assert row["verdict"] == "reprint"
    assert row["licensing_urls"] == "https://www.ashford.example.com/reprints"
    assert row["licensing_phones"] == row["licensing_emails"] == row["other_contacts"] == ""


@pytest.mark.parametrize("fmt", [f.value for f in OutputFormat])
def test_output_file_replaces_stdout(cli, store: Path, pages: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"report.{fmt}"
    r = cli("scan", pages, "--store", store, "--format", fmt, "--output", out)
    assert r.exit_code == 1
    assert r.stdout == "" and r.stderr == ""
    text = out.read_text(encoding="utf-8")
    assert "copy.html" in text and "clean.html" in text
    if fmt == "json":
        assert json.loads(text)["summary"] == {"clean": 1, "reprint": 1}
    if fmt == "rich":
        assert "+869315550123" in text and EMAIL in text
        assert "\x1b[" not in text  # no terminal escapes in a file


def test_every_output_format_has_a_renderer(cli, store: Path, pages: Path) -> None:
    for fmt in OutputFormat:
        assert fmt is OutputFormat.rich or fmt in TEXT_RENDERERS, fmt
        r = cli("scan", pages, "--store", store, "--format", fmt.value)
        assert r.exit_code == 1, (fmt, r.stderr)
        assert r.stdout.strip() and r.stderr == ""
    assert set(TEXT_RENDERERS) | {OutputFormat.rich} == set(OutputFormat)


def test_diagnostics_go_to_stderr_only(cli, store: Path, pages: Path, tmp_path: Path) -> None:
    r = cli("scan", pages, "--store", tmp_path / "nowhere", "--format", "json")
    assert r.exit_code == 2
    assert r.stdout == ""
    assert r.stderr.startswith("error: ")
    # A good run keeps stderr empty (no progress bar when stderr is not a terminal).
    r = cli("scan", pages, "--store", store, "--format", "json")
    assert r.stderr == "" and json.loads(r.stdout)


# --------------------------------------------------------------------------------------------
# check, list, remove, protect, --urls, thresholds
# --------------------------------------------------------------------------------------------


def test_check_reads_standard_input(cli, store: Path) -> None:
    copy = html_page("老桥修好了", PARAS).encode("utf-8")
    r = cli("check", "-", "--store", store, "--format", "json", input=copy)
    assert r.exit_code == 1, r.stderr
    [doc] = json.loads(r.stdout)["documents"]
    assert doc["path"] == "<stdin>" and doc["verdict"] == "reprint"
    assert doc["sha256"] == hashlib.sha256(copy).hexdigest()
    # The file argument defaults to "-"; --url decides licensing.
    r = cli("check", "--store", store, "--url", "https://news.partner.example.com/a/1", "--format", "json", input=copy)
    assert r.exit_code == 0
    assert json.loads(r.stdout)["documents"][0]["verdict"] == "licensed"
    # Plain text on stdin, declared as such.
    text = "\n".join(OTHER_PARAS).encode("utf-8")
    r = cli("check", "-", "--store", store, "--content-type", "text", "--format", "jsonl", input=text)
    assert r.exit_code == 0
    assert json.loads(r.stdout.splitlines()[0])["verdict"] == "clean"


def test_check_a_file_in_rich(cli, store: Path, pages: Path) -> None:
    r = cli("check", pages / "copy.html", "--store", store)
    assert r.exit_code == 1
    assert "REPRINT" in r.stdout and RIGHTS_HOLDER in r.stdout


def test_list_json_and_rich(cli, store: Path) -> None:
    r = cli("list", "--store", store, "--format", "json")
    assert r.exit_code == 0
    listed = json.loads(r.stdout)
    assert set(listed) == {"format_version", "articles"}
    [a] = listed["articles"]
    assert {"id", "title", "source", "url", "date", "outlet", "rights_holder", "licensees"} <= set(a)
    assert a["title"] == TITLE and a["date"] == "2024-05-18" and a["outlet"] == "柳溪日报"
    assert a["rights_holder"] == RIGHTS_HOLDER and a["licensees"] == [LICENSEE]
    assert a["source"].endswith("bridge.txt")
    r = cli("list", "--store", store)
    assert r.exit_code == 0 and a["id"] in r.stdout and re.search(r"\b1 protected article\b(?!s)", r.stdout)


def test_show_prints_what_was_read_from_the_notice(cli, store: Path) -> None:
    """``show ID`` gives the parsed notice ``list`` leaves out (new-user trial: only the holder
    was shown): holder, contacts with their roles, forbidden uses; JSON for machines."""
    [a] = json.loads(cli("list", "--store", store, "--format", "json").stdout)["articles"]
    r = cli("show", a["id"], "--store", store, "--format", "json")
    assert r.exit_code == 0
    shown = json.loads(r.stdout)
    assert set(shown) == {"format_version", "articles"} and shown["format_version"] == FORMAT_VERSION
    [s] = shown["articles"]
    assert {k: s[k] for k in a} == a  # list's fields, plus the notice
    n = s["notice"]
    assert n["rights_holder"] == RIGHTS_HOLDER
    assert n["forbidden_uses"] == ["reprint", "modify", "excerpt"]
    assert [(p["e164"], p["extension"], p["role"]) for p in n["phones"]] == [
        ("+869315550123", "18", "licensing"), ("+8613955501234", None, "licensing")]
    assert n["emails"] == [{"address": "rights@example.com", "role": "licensing"}]
    assert n["text"].startswith("版权声明")
    r = cli("show", a["id"], "--store", store)
    assert r.exit_code == 0
    out = " ".join(r.stdout.split())
    assert f"Rights holder: {RIGHTS_HOLDER}" in out
    assert "To license, call +869315550123 ext. 18" in out and "write to rights@example.com" in out
    assert "Forbids: reprint, modify, excerpt" in out
    r = cli("show", a["id"], "0123456789ab", "--store", store, "--format", "json")
    assert r.exit_code == 3 and "no article with id 0123456789ab" in " ".join(r.stderr.split())
    assert [x["id"] for x in json.loads(r.stdout)["articles"]] == [a["id"]]


def test_show_all_prints_every_article_and_no_id_is_a_usage_error(cli, store: Path) -> None:
    """``show --all`` needs no ``list`` first (new-user trial, session 29); neither ids nor
    ``--all`` is exit 2 with what to give."""
    [a] = json.loads(cli("list", "--store", store, "--format", "json").stdout)["articles"]
    r = cli("show", "--all", "--store", store, "--format", "json")
    assert r.exit_code == 0
    [s] = json.loads(r.stdout)["articles"]
    assert s["id"] == a["id"] and s["notice"]["rights_holder"] == RIGHTS_HOLDER
    r = cli("show", "--store", store)
    assert r.exit_code == 2 and "--all" in " ".join(r.stderr.split())


def test_store_from_environment(cli, store: Path, pages: Path) -> None:
    r = cli("list", "--format", "json", env={"REPRINT_GUARD_STORE": str(store)})
    assert r.exit_code == 0 and len(json.loads(r.stdout)["articles"]) == 1


def test_remove(cli, store: Path, pages: Path) -> None:
    [a] = json.loads(cli("list", "--store", store, "--format", "json").stdout)["articles"]
    r = cli("remove", a["id"], "--store", store)
    assert r.exit_code == 0 and r.stdout.strip() == f"removed {a['id']}"
    assert json.loads(cli("list", "--store", store, "--format", "json").stdout) == {"format_version": FORMAT_VERSION, "articles": []}
    r = cli("scan", pages, "--store", store, "-f", "json")  # an empty store would call every page clean
    assert r.exit_code == 2 and "holds no protected articles" in " ".join(r.stderr.split())
    r = cli("remove", a["id"], "--store", store)
    assert r.exit_code == 3
    assert f"no article with id {a['id']}" in " ".join(r.stderr.split())


def test_protect_again_is_unchanged_and_json(cli, store: Path, tmp_path: Path) -> None:
    r = cli("protect", tmp_path / "articles", "--store", store, "--licensee", LICENSEE, "--format", "json")
    assert r.exit_code == 0
    [o] = json.loads(r.stdout)["articles"]
    assert o["status"] == "unchanged" and o["title"] == TITLE and re.fullmatch(r"[0-9a-f]{12}", o["id"])
    # --url on one file records where the article lives.
    fresh = tmp_path / "fp-with-url"
    r = cli("protect", tmp_path / "articles" / "bridge.txt", "--store", fresh, "--url", "https://liuxi.example.cn/a/1")
    assert r.exit_code == 0
    [a] = json.loads(cli("list", "--store", fresh, "--format", "json").stdout)["articles"]
    assert a["url"] == "https://liuxi.example.cn/a/1"


@pytest.mark.parametrize("kind", ["csv", "jsonl"])
def test_urls_manifest_makes_a_copy_licensed(cli, store: Path, pages: Path, tmp_path: Path, kind: str) -> None:
    copy = str(pages / "copy.html")
    manifest = tmp_path / f"urls.{kind}"
    if kind == "csv":
        manifest.write_text(f"path,url\n{copy},https://www.partner.example.com/bridge.html\n", encoding="utf-8")
    else:
        manifest.write_text(
            json.dumps({"path": copy, "url": "https://www.partner.example.com/bridge.html"}) + "\n", encoding="utf-8"
        )
    code, report = scan_json(cli, pages, "--store", store, "--urls", manifest)
    assert code == 0
    assert verdicts(report) == {"clean.html": "clean", "copy.html": "licensed"}
    assert report["documents"][1]["url"] == "https://www.partner.example.com/bridge.html"


def test_a_urls_manifest_kept_in_the_folder_is_neither_article_nor_page(cli, store: Path, pages: Path, tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    manifest = articles / "urls.csv"
    manifest.write_text(f"path,url\n{articles / 'bridge.txt'},https://liuxi.example.cn/a/1\n", encoding="utf-8")
    fresh = tmp_path / "fp-manifest"
    assert cli("protect", articles, "--store", fresh, "--urls", manifest).exit_code == 0
    listed = json.loads(cli("list", "--store", fresh, "--format", "json").stdout)["articles"]
    assert not any("urls.csv" in (a.get("source") or "") for a in listed)
    assert [a["url"] for a in listed if (a.get("source") or "").endswith("bridge.txt")] == ["https://liuxi.example.cn/a/1"]
    # the scan's manifest beside the pages is not scanned either
    page_manifest = pages / "urls.csv"
    page_manifest.write_text(f"path,url\n{pages / 'copy.html'},https://www.partner.example.com/b.html\n", encoding="utf-8")
    try:
        code, report = scan_json(cli, pages, "--store", store, "--urls", page_manifest)
    finally:
        page_manifest.unlink()
    assert verdicts(report) == {"clean.html": "clean", "copy.html": "licensed"}


def test_min_passage_decides_what_makes_an_excerpt(cli, store: Path, tmp_path: Path) -> None:
    page = tmp_path / "digest.html"
    page.write_text(html_page("今日要闻", [OTHER_PARAS[0], PARAS[1], OTHER_PARAS[1]]), encoding="utf-8")
    code, report = scan_json(cli, page, "--store", store)
    assert code == 1 and verdicts(report) == {"digest.html": "excerpt"}
    m = report["documents"][0]["matches"][0]
    assert m["coverage"] < 0.4
    assert PARAS[1][:40] in m["passages"][0]["text"]
    code, report = scan_json(cli, page, "--store", store, "--min-passage", "500")
    assert code == 0 and verdicts(report) == {"digest.html": "clean"}


# --------------------------------------------------------------------------------------------
# The terminal report
# --------------------------------------------------------------------------------------------


def _piped(args: list[object], cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run the command as a shell pipe would: no terminal on any stream, COLUMNS unset."""
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "REPRINT_GUARD_STORE")}
    return subprocess.run(
        [sys.executable, "-m", "reprint_guard", *map(str, args)],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def _unboxed(text: str) -> str:
    """The report's text with box drawing and all whitespace removed (undoes wrapping)."""
    return re.sub(r"[\s\u2500-\u257f]", "", text)


def test_rich_report_piped_at_80_columns_keeps_contacts_whole(store: Path, pages: Path, tmp_path: Path) -> None:
    assert len(TITLE) == 40
    p = _piped(["scan", pages, "--store", store], cwd=tmp_path)
    assert p.returncode == 1, p.stderr
    assert p.stderr == ""
    lines = p.stdout.splitlines()
    assert max(cell_len(line) for line in lines) == 80
    assert "\x1b[" not in p.stdout
    assert TITLE in _unboxed(p.stdout)
    # Each phone number and the e-mail unbroken on one line, next to their label.
    for phone in PHONES:
        [line] = [ln for ln in lines if phone["e164"] in ln]
        assert "To license, call" in line and phone["as_written"] in line
    [line] = [ln for ln in lines if EMAIL in ln]
    assert "To license, write to" in line
    assert any(f"Rights holder: {RIGHTS_HOLDER}" in ln for ln in lines)


def test_forum_markup_is_printed_literally(cli, store: Path, tmp_path: Path) -> None:
    d = tmp_path / "forum"
    d.mkdir()
    first = PARAS[0].replace("柳溪镇百年石拱桥", "[b]柳溪镇百年石拱桥[/b]")
    first = first.replace("重新向行人开放。", "重新向行人开放。[/]")
    post = (
        "[b]转帖：老桥修好了！[/b] [/]\n"
        "楼主 发表于 2024-05-19 08:12\n"
        f"{first}\n[url=http://x]{PARAS[1]}[/url]\n{PARAS[2]}\n顶一下 [/] [i]好消息[/i]\n"
    )
    (d / "thread-1024.txt").write_text(post, encoding="utf-8")
    piped = _piped(["scan", d, "--store", store], cwd=tmp_path)
    in_process = cli("scan", d, "--store", store)
    assert isinstance(in_process.exception, SystemExit)  # no MarkupError
    runs = [
        (piped.returncode, piped.stdout, piped.stderr),
        (in_process.exit_code, in_process.stdout, in_process.stderr),
    ]
    for code, out, err in runs:
        assert code == 1, err
        assert err == ""
        flat = _unboxed(out)
        for token in ("[b]柳溪镇百年石拱桥[/b]", "重新向行人开放。[/]", "[url=http://x]去年夏天"):
            assert token in flat, token
    code, report = scan_json(cli, d, "--store", store)
    assert code == 1
    doc = report["documents"][0]
    assert doc["verdict"] == "reprint"
    assert "[b]" in doc["title"] and "[/b]" in doc["title"]
    assert "[/]" in doc["matches"][0]["passages"][0]["text"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("copy.html;https://partner.example.com/x\n", "line 1 has no path,url pair"),
        ("path,url\ncopy.html\n", "line 2 has no path,url pair"),
        ("copy.html,not a url\n", "line 1: 'not a url' is not an http"),
        ('{"path": "copy.html"}\n', "line 1"),
        ("copy.html,https://a.example.com/1\n./copy.html,https://b.example.com/1\n", "two URLs (lines 1 and 2)"),
    ],
    ids=["semicolon", "missing-url", "not-a-url", "jsonl-without-url", "one-path-two-urls"],
)
def test_malformed_urls_manifest_is_refused(cli, store: Path, pages: Path, tmp_path: Path, content: str, message: str) -> None:
    manifest = tmp_path / "urls.txt"
    manifest.write_text(content, encoding="utf-8")
    r = cli("scan", pages, "--store", store, "--urls", manifest)
    assert r.exit_code == 2 and r.stdout == ""
    assert message in re.sub(r"\s*\n\s*", " ", r.stderr), r.stderr


def test_a_urls_manifest_with_junk_bytes_is_refused(cli, store: Path, pages: Path, tmp_path: Path) -> None:
    # read as UTF-8 with the junk replaced, the row's path would match no file: silently unused
    manifest = tmp_path / "urls.csv"
    rows = [f"{pages}/副本{k}.html,https://a.example.com/{k}\n".encode() for k in range(30)]
    rows[3] = rows[3].replace("副本".encode(), "副".encode() + b"\x80" + "本".encode())
    manifest.write_bytes(b"".join(rows))
    r = cli("scan", pages, "--store", store, "--urls", manifest)
    assert r.exit_code == 2 and r.stdout == ""
    assert "holds bytes that are not valid utf-8" in " ".join(r.stderr.split()), r.stderr


@pytest.mark.parametrize(
    ("value", "why"),
    [("pdf", "reads HTML and plain text"), ("bogus/thing", "reads HTML and plain text"),
     ("text/html; charset=nonexistent", "unknown charset")],
)
def test_content_type_values_are_checked(cli, store: Path, pages: Path, value: str, why: str) -> None:
    page = sorted(pages.iterdir())[0]
    r = cli("check", page, "--store", store, "--content-type", value)
    assert r.exit_code == 2 and why in r.stderr
    ok = cli("check", page, "--store", store, "--content-type", "text/html; charset=utf-8", "-f", "json")
    assert ok.exit_code in (0, 1)


@pytest.mark.parametrize(
    ("label", "codec", "encoding"),
    [("x-x-big5", "cp950", "cp950"), ("cn-big5", "cp950", "cp950"), ("x-gbk", "gbk", "gb18030"),
     ("gb_2312-80", "gbk", "gb18030"), ("x-euc-cn", "gbk", "gb18030"), ("windows-936", "gbk", "gb18030")],
)
def test_content_type_takes_the_charset_labels_a_meta_tag_takes(
    cli, store: Path, tmp_path: Path, label: str, codec: str, encoding: str
) -> None:
    # Python's codecs know none of these WHATWG labels; a page's <meta charset> resolves them
    import opencc

    html = html_page("老桥修好了", PARAS).replace('<meta charset="utf-8">', "")
    page = tmp_path / "copy.html"
    html = html if codec == "gbk" else opencc.OpenCC("s2t").convert(html)
    page.write_bytes(html.encode(codec, errors="replace"))  # OpenCC's 着 is not in cp950, only in HKSCS
    r = cli("check", page, "--store", store, "--content-type", f"text/html; charset={label}", "-f", "json")
    assert r.exit_code == 1, r.stderr
    doc = json.loads(r.stdout)["documents"][0]
    assert (doc["verdict"], doc["decoding"]["encoding"], doc["decoding"]["rule"]) == ("reprint", encoding, "declared")


def test_a_reader_that_stops_reading_stops_the_scan_quietly(store: Path, pages: Path, tmp_path: Path) -> None:
    # `scan … -f jsonl | head -1`: the reader closes the pipe after the first line, long before
    # the report (far more than a pipe's buffer) is written
    many = tmp_path / "many"
    many.mkdir()
    page = next(p for p in sorted(pages.iterdir()) if p.is_file()).read_bytes()
    for k in range(400):
        (many / f"p{k:03d}.html").write_bytes(page)
    env = {k: v for k, v in os.environ.items() if k != "REPRINT_GUARD_STORE"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "reprint_guard", "scan", str(many), "--store", str(store), "-f", "jsonl"],
        cwd=tmp_path, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stdout.readline().startswith(b'{"format_version"')
    proc.stdout.close()
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 141, err
    assert err == b""


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "html", "rich"])
def test_a_url_with_credentials_is_reported_without_them(cli, store: Path, pages: Path, tmp_path: Path, fmt: str) -> None:
    """A page URL given as https://user:pw@host/… was written whole into every report format."""
    given = "https://crawler:hunter2@copycat.example.net/2024/0519/bridge.html?from=feed"
    shown = "https://copycat.example.net/2024/0519/bridge.html?from=feed"
    r = cli("check", pages / "copy.html", "--store", store, "--url", given, "-f", fmt)
    assert r.exit_code == 1, r.stderr
    assert "hunter2" not in r.stdout and "crawler" not in r.stdout
    assert shown in r.stdout.replace("\n", "") or fmt in ("rich", "csv")  # these show the path, not the URL
    if fmt == "json":
        assert json.loads(r.stdout)["documents"][0]["url"] == shown
    manifest = tmp_path / "urls.csv"
    manifest.write_text(f"path,url\n{pages / 'copy.html'},{given}\n", encoding="utf-8")
    out = tmp_path / f"report.{fmt}"
    r = cli("scan", pages, "--store", store, "--urls", manifest, "-f", fmt, "-o", out)
    assert r.exit_code == 1 and "hunter2" not in out.read_text(encoding="utf-8")


def test_a_urls_header_in_another_language_is_read_as_a_header(cli, store: Path, pages: Path, tmp_path: Path) -> None:
    """A GBK CSV saved by Excel on Chinese Windows, opening with the header 路径,网址, was refused
    ("line 1: '网址' is not an http(s) URL") though the README calls the header optional."""
    copy = pages / "copy.html"
    manifest = tmp_path / "urls.csv"
    manifest.write_bytes(f"路径,网址\r\n{copy},https://www.partner.example.com/bridge.html\r\n".encode("gbk"))
    code, report = scan_json(cli, pages, "--store", store, "--urls", manifest)
    assert code == 0 and verdicts(report) == {"clean.html": "clean", "copy.html": "licensed"}
    assert report["documents"][1]["url"] == "https://www.partner.example.com/bridge.html"
    # A bad row after it still stops the run, naming its line.
    manifest.write_bytes(f"路径,网址\r\n{copy},https://www.partner.example.com/b.html\r\nclean.html,网址\r\n".encode("gbk"))
    r = cli("scan", pages, "--store", store, "--urls", manifest)
    assert r.exit_code == 2 and "line 3: '网址' is not an http(s) URL" in " ".join(r.stderr.split()), r.stderr
    # A first row naming a file, or whose URL cell is a mistyped address, is a row, not a header.
    for first in (f"{copy},网址", "copy.html,htps//www.partner.example.com/b.html"):
        manifest.write_text(f"{first}\n{pages / 'clean.html'},https://a.example.com/1\n", encoding="utf-8")
        r = cli("scan", pages, "--store", store, "--urls", manifest)
        assert r.exit_code == 2 and "line 1: '" in r.stderr and "is not an http(s) URL" in " ".join(r.stderr.split()), r.stderr


def test_checking_a_web_archive_snapshot_of_the_articles_own_page(cli, tmp_path: Path) -> None:
    """The new-user trial's case on the command line: protected with --url, checked with the
    Wayback Machine's snapshot of that URL: licensed (the article's own page), exit 0."""
    article = tmp_path / "a1.txt"
    article.write_text(newsroom_txt(), encoding="utf-8")
    store = tmp_path / "fp"
    own = "http://www.harbourdaily.example/news/2010/0128/a1.htm"
    assert cli("protect", article, "--store", store, "--url", own).exit_code == 0
    snapshot = f"https://web.archive.org/web/20100129003512/{own}"
    r = cli("check", article, "--store", store, "--url", snapshot, "-f", "json")
    doc = json.loads(r.stdout)["documents"][0]
    assert r.exit_code == 0 and doc["verdict"] == "licensed" and doc["url"] == snapshot, r.stdout
    r = cli("check", article, "--store", store, "--url", "https://web.archive.org/web/2010/http://copy.example.net/a1.htm")
    assert r.exit_code == 1


def test_csv_gives_the_page_url_title_credit_and_unmet_conditions(cli, tmp_path: Path) -> None:
    """A desk acting on the CSV needs the page's address and title, whether it credits the
    source and what it fails (first new-user trial, session 18: the CSV held none of them)."""
    pages, paras = _protect_ashford(cli, tmp_path, "Copyright 2024 by The Ashford Gazette. This story may be republished free of charge with credit to The Ashford Gazette.")
    (pages / "bare.html").write_text(html_page("Dry spell in Ashford", paras), encoding="utf-8")
    (pages / "clean.html").write_text(html_page("Other news", ["Nothing to see here at all today."] * 3), encoding="utf-8")
    manifest = tmp_path / "urls.csv"
    manifest.write_text(f"{pages / 'bare.html'},https://user:pw@copies.example.net/dry\n", encoding="utf-8")
    r = cli("scan", pages, "--store", tmp_path / "fp", "--format", "csv", "--urls", manifest)
    rows = {Path(row["path"]).name: row for row in (dict(zip(CSV_COLUMNS, x)) for x in list(csv.reader(io.StringIO(r.stdout)))[1:])}
    bare = rows["bare.html"]
    assert (bare["verdict"], bare["url"], bare["page_title"]) == ("reprint", "https://copies.example.net/dry", "Dry spell in Ashford")
    assert (bare["title"], bare["attributed"], bare["unmet_conditions"], bare["licence_claim"]) == ("Ashford runs dry", "no", "credit", "")
    assert (rows["clean.html"]["verdict"], rows["clean.html"]["url"], rows["clean.html"]["attributed"]) == ("skipped", "", "")


def test_csv_and_terminal_reports_hold_no_raw_escape_and_name_the_page(cli, store: Path, pages: Path, tmp_path: Path, monkeypatch) -> None:
    """A crawled file named with an ANSI escape cleared the terminal of a `cat` of the CSV, and
    the rich panel never said where the copy was found (third new-user trial, session 18)."""
    monkeypatch.chdir(tmp_path)
    name = "s07-\x1b[2J\x1b[31mansi-\u202elmth.html"
    Path(name).write_text((pages / "copy.html").read_text(encoding="utf-8"), encoding="utf-8")
    manifest = tmp_path / "urls.csv"
    manifest.write_text(f"{name},https://zhuanzai.example/a/1.html\n", encoding="utf-8")
    r = cli("scan", name, "--store", store, "--format", "csv", "--urls", manifest)
    assert "\x1b" not in r.stdout and "\u202e" not in r.stdout
    [row] = [dict(zip(CSV_COLUMNS, x)) for x in list(csv.reader(io.StringIO(r.stdout)))[1:]]
    assert row["path"] == "s07-\\x1b[2J\\x1b[31mansi-\\u202elmth.html"
    r = cli("scan", name, "--store", store, "--urls", manifest)
    assert "found at https://zhuanzai.example/a/1.html" in " ".join(r.stdout.split())
