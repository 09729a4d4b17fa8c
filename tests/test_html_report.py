"""``scan``/``check --format html``: one self-contained page for people, safe to open.

Real stores and real commands (the ``cli`` fixture, test_cli's store and pages), the output parsed
with lxml; hostile titles, paths, notices and passages put into real reports; and the page opened
in a real headless Chromium (skipped without one, failed under ``CI=true``, as redis-server is).
"""

from __future__ import annotations

import dataclasses
import io
import os
import re
import shutil
import subprocess
from datetime import datetime, timezone
from pathlib import Path

import lxml.html
import pytest
from helpers import chinese_article, newsroom_page
from test_cli import EMAIL, PARAS, RIGHTS_HOLDER, html_page, pages, store  # noqa: F401 (fixtures)
from test_hygiene import BAD_NAME, bad_names  # noqa: F401 (fixture)

from reprint_guard import Guard
from reprint_guard.models import Email, Link, Phone
from reprint_guard.report import FORMAT_VERSION, TEXT_RENDERERS, OutputFormat, to_html
from reprint_guard.report.html import CSP
from reprint_guard.report.writer import HtmlWriter
from reprint_guard.verdict import Licence, ScanReport

NOW = datetime(2024, 5, 20, 8, 30, 5, tzinfo=timezone.utc)


def parse(data: bytes | str) -> lxml.html.HtmlElement:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return lxml.html.document_fromstring(raw, parser=lxml.html.HTMLParser(encoding="utf-8"))


def sections(doc: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    return doc.xpath("//main[@id='documents']/section[@class='document']")


def field(section: lxml.html.HtmlElement, label: str) -> str:
    """The text of a row of a section's own field table (not its matches')."""
    [td] = section.xpath(f"./table[@class='fields']/tr[th='{label}']/td")
    return td.text_content()


def summary(doc: lxml.html.HtmlElement) -> dict[str, str]:
    out = {v: doc.xpath(f"//footer[@id='summary']//tr[@data-verdict='{v}']/td")[0].text_content()
           for v in doc.xpath("//footer[@id='summary']//tr/@data-verdict")}
    for key in ("documents-count", "exit-code", "interrupted", "format-version", "generated-at"):
        out[key] = doc.get_element_by_id(key).text_content()
    return out


# -- the page, through the real command -------------------------------------------------------


def test_scan_html_shows_verdicts_contacts_passages_and_summary(cli, store: Path, pages: Path) -> None:
    r = cli("scan", pages, "--store", store, "--format", "html")
    assert r.exit_code == 1, r.stderr
    assert r.stderr == ""
    raw = r.stdout
    assert raw.startswith("<!DOCTYPE html>") and raw.rstrip().endswith("</html>")
    doc = parse(raw)
    assert doc.get("lang") == "en"
    [csp] = doc.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
    assert csp == CSP == "default-src 'none'; style-src 'unsafe-inline'"
    # self-contained: nothing to load, nothing to run
    assert not doc.xpath("//script | //img | //link | //iframe | //object | //embed | //*[@src]")
    assert doc.xpath("//title")[0].text == "reprint_guard scan"

    by_name = {Path(field(s, "Path")).name: s for s in sections(doc)}
    assert set(by_name) == {"copy.html", "clean.html"}
    copy, clean = by_name["copy.html"], by_name["clean.html"]
    # the verdict as colour and word
    assert copy.get("data-verdict") == "reprint" and clean.get("data-verdict") == "clean"
    [badge] = copy.xpath("./h2/span[contains(@class,'verdict')]")
    assert badge.text == "reprint" and "v-reprint" in badge.get("class")
    assert field(copy, "Title") == "老桥修好了"
    assert not clean.xpath(".//article")

    [match] = copy.xpath("./article[contains(@class,'match')]")
    assert match.get("data-kind") == "reprint" and match.get("data-licence") == "none"
    assert "finding" in match.get("class")
    text = match.text_content()
    assert RIGHTS_HOLDER in text
    assert "To license, call +869315550123 ext. 18" in " ".join(text.split())
    assert match.xpath(".//a[starts-with(@href,'tel:')]/@href") == ["tel:+869315550123;ext=18", "tel:+8613955501234"]
    assert match.xpath(".//a[starts-with(@href,'mailto:')]/@href") == [f"mailto:{EMAIL}"]
    assert "0931-5550123 转 18" in text  # the number as the notice prints it
    forbidden = match.xpath(".//table[contains(@class,'notice')]/tr[th='Forbidden uses']/td")[0].text_content()
    assert forbidden == "reprint, modify, excerpt"
    # passages: the article's text beside the page's own, each holding the copied paragraph
    cells = match.xpath(".//table[@class='passages']/tbody/tr/td[@class='quote']")
    assert len(cells) >= 2 and len(cells) % 2 == 0
    article_side, page_side = "".join(c.text_content() for c in cells[0::2]), "".join(c.text_content() for c in cells[1::2])
    for para in PARAS:
        assert para[:40] in article_side and para[:40] in page_side

    s = summary(doc)
    assert s["reprint"] == "1" and s["clean"] == "1"
    assert s["documents-count"] == "2" and s["exit-code"] == "1" and s["interrupted"] == "no"
    assert s["format-version"] == str(FORMAT_VERSION)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", doc.xpath("//time[@id='generated-at']/@datetime")[0])


def test_html_exit_codes_output_file_and_licensed_evidence(cli, store: Path, pages: Path, tmp_path: Path) -> None:
    r = cli("scan", pages / "clean.html", "--store", store, "-f", "html")
    assert r.exit_code == 0, r.stderr
    assert summary(parse(r.stdout))["exit-code"] == "0"
    # a licensee's copy, evidenced by the crawl manifest, to a file
    page = tmp_path / "partner.html"
    url = "https://www.partner.example.com/local/bridge.html"
    page.write_text(html_page("老桥修好了", PARAS, url), encoding="utf-8")
    manifest = tmp_path / "urls.csv"
    manifest.write_text(f"path,url\n{page},{url}\n", encoding="utf-8")
    out = tmp_path / "report.html"
    r = cli("scan", page, "--store", store, "--urls", manifest, "-f", "html", "-o", out)
    assert r.exit_code == 0 and r.stdout == "" and r.stderr == ""
    doc = parse(out.read_bytes())
    [section] = sections(doc)
    assert section.get("data-verdict") == "licensed"
    assert field(section, "URL") == url and section.xpath("./table[@class='fields']//a/@href") == [url]
    [match] = section.xpath("./article")
    assert "licensed" in match.get("class") and match.get("data-licence") == "licensed"
    assert "evidence: the --urls crawl manifest" in match.text_content()
    # check: one document from standard input, same page
    r = cli("check", "-", "--store", store, "-f", "html", input=(pages / "copy.html").read_bytes())
    assert r.exit_code == 1, r.stderr
    doc = parse(r.stdout)
    assert doc.xpath("//title")[0].text == "reprint_guard check"
    assert [s.get("data-verdict") for s in sections(doc)] == ["reprint"]
    assert field(sections(doc)[0], "Path") == "<stdin>"


def test_every_format_has_a_whole_report_renderer() -> None:
    assert set(TEXT_RENDERERS) == set(OutputFormat) - {OutputFormat.rich}
    assert TEXT_RENDERERS[OutputFormat.html] is to_html


def test_html_is_streamed_and_an_interrupted_report_says_so(tmp_path: Path) -> None:
    """Each document is written when it comes (head first), the summary only at the end, and a
    report cut by Ctrl-C still ends with its summary: interrupted, exit code 130."""
    g = Guard.open(tmp_path / "fp", create=True)
    body = chinese_article(3)
    assert g.protect_document(newsroom_page(body), source="articles/a.txt").status == "added"
    copy = g.check(newsroom_page(body, title="转载"), path="pages/copy.txt")
    clean = g.check(chinese_article(99), path="pages/other.txt")
    assert (copy.verdict, clean.verdict) == ("reprint", "clean")
    out = io.BytesIO()
    w = HtmlWriter(out, title="reprint_guard scan", now=lambda: NOW)
    assert out.getvalue() == b""  # nothing before the first document
    w.document(copy)
    first = out.getvalue().decode("utf-8")
    assert first.startswith("<!DOCTYPE html>") and first.count("<section") == 1 and "<footer" not in first
    w.document(clean)
    assert out.getvalue().decode("utf-8").count("<section") == 2
    w.finish(interrupted=True)
    doc = parse(out.getvalue())
    s = summary(doc)
    assert (s["exit-code"], s["documents-count"], s["reprint"], s["clean"]) == ("130", "2", "1", "1")
    assert s["interrupted"].startswith("yes")
    assert s["generated-at"] == "2024-05-20 08:30:05 UTC"
    # the streamed page is the whole-report page
    whole = to_html(ScanReport((copy, clean), interrupted=True), generated_at=NOW)
    assert out.getvalue().decode("utf-8") == whole
    g.close()


def test_html_shows_a_name_that_is_not_utf8_as_the_csv_does(cli, bad_names: Path) -> None:  # noqa: F811
    store = bad_names / "store"
    assert cli("protect", bad_names / "articles", "--store", store).exit_code == 0
    out = bad_names / "report.html"
    r = cli("scan", bad_names / "pages", "--store", store, "-f", "html", "-o", out)
    assert r.exit_code == 1, r.stderr
    text = out.read_bytes().decode("utf-8")  # strict: no raw bytes
    doc = parse(text)
    paths = [field(s, "Path") for s in sections(doc)]
    assert len(paths) == 2 and all(p.endswith("\\xb1\\xa8\\xb5\\xc0-gbk-name.txt") for p in paths)
    assert {s.get("data-verdict") for s in sections(doc)} == {"reprint", "skipped"}


# -- hostile input ----------------------------------------------------------------------------

SCRIPT = '<script>document.title="pwned"</script>'
IMG = "<img src=x onerror=alert(1)>"
QUOTES = "\"' onload=\"alert(2)\" x='"
BIDI = "\u202etxt.exe\u202c\u2066"
HOSTILE = SCRIPT + IMG + QUOTES + BIDI + "</style></title></body>\x00\x1b[31m" + "长" * 3000


def test_an_article_without_outlet_or_date_says_so_in_words(tmp_path: Path) -> None:
    """A protected plain-text article names no outlet and prints no date: the report says so in
    words rather than with a bare "?" a reader could take for a rendering fault."""
    g = Guard.open(tmp_path / "fp", create=True)
    body = chinese_article(5)
    assert g.protect_document(body, source="articles/plain.txt").status == "added"
    copy = g.check(body, path="pages/copy.txt")
    g.close()
    assert copy.verdict == "reprint"
    [article] = [m.article for m in copy.matches]
    assert (article.outlet, article.date) == (None, None)
    [section] = sections(parse(to_html(ScanReport((copy,)), generated_at=NOW)))
    [table] = section.xpath("./article[contains(@class,'match')]/table[contains(@class,'article')]")
    assert table.xpath("./tr[th='Outlet']/td")[0].text_content() == "(not named on the page)"
    assert table.xpath("./tr[th='Date']/td")[0].text_content() == "(no date on the page)"


def test_a_notice_naming_no_forbidden_use_says_none_named(tmp_path: Path) -> None:
    """"© X. All rights reserved." names no use: "none" under the licensing contact would read as
    "nothing is forbidden"."""
    g = Guard.open(tmp_path / "fp", create=True)
    body = chinese_article(5)
    page = f"青川县春季重点项目建设全面启动\n\n{body}\n\n© 2024 青川日报社 版权所有 All rights reserved.\n版权合作：0931-5550123\n"
    g.protect_document(page, source="articles/a.html")
    copy = g.check(body, path="pages/copy.txt")
    g.close()
    [m] = copy.matches
    assert m.notice is not None and m.notice.forbidden_uses == ()
    [section] = sections(parse(to_html(ScanReport((copy,)), generated_at=NOW)))
    [td] = section.xpath(".//table[contains(@class,'notice')]/tr[th='Forbidden uses']/td")
    assert td.text_content() == "none named"


def hostile_report(tmp_path: Path) -> ScanReport:
    """Real reports from a real store, whose page title, path and passage text are hostile, with
    every other input-derived field made hostile too (contacts with javascript:/data: URLs)."""
    g = Guard.open(tmp_path / "fp", create=True)
    body = chinese_article(11)
    assert g.protect_document(newsroom_page(body), source="articles/a.txt").status == "added"
    paras = body.split("\n")
    paras[1] = paras[1][:30] + SCRIPT + IMG + paras[1][30:]
    import html as _html

    page = (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{_html.escape(HOSTILE)}</title></head><body>"
        f"<article><h1>{_html.escape(SCRIPT + IMG)}</h1>{''.join(f'<p>{_html.escape(p)}</p>' for p in paras)}</article></body></html>"
    )
    found = g.check(page.encode("utf-8"), path=f"pages/{SCRIPT}{IMG}{QUOTES}{BIDI}.html")
    skipped = g.check(b"", path=f"pages/{IMG}empty.html")
    g.close()
    assert found.verdict in ("reprint", "edited") and skipped.verdict == "skipped"
    assert SCRIPT in (found.title or "")
    m = found.matches[0]
    assert any(SCRIPT in t for t in m.texts())  # the page's own text of a passage holds it
    notice = dataclasses.replace(
        m.notice,
        rights_holder=HOSTILE,
        phones=(Phone("+869315550123", "18", IMG + "\u202e", "landline", "licensing"),),
        emails=(Email(f'x"@{IMG}', "licensing"), Email("desk@example.com", "complaint")),
        urls=(
            Link("javascript:alert(3)", "licensing"),
            Link("JaVaScRiPt:alert(4)", "tip"),
            Link("data:text/html,<script>alert(5)</script>", "other"),
            Link("https://ok.example.com/r?a=1&b=\"><script>alert(6)</script>", "licensing"),
            Link("\thttps://tab.example.com/", "other"),
        ),
        forbidden_uses=(SCRIPT, "reprint"),
        permitted_uses=(IMG,),
        conditions=(QUOTES,),
        licence=SCRIPT,
    )
    hostile_match = dataclasses.replace(
        m,
        article=dataclasses.replace(m.article, title=HOSTILE, outlet=IMG, source=SCRIPT, url="javascript:alert(7)"),
        licence=Licence("claimed", claim=HOSTILE),
        notice=notice,
        unmet_conditions=(IMG,),
        article_texts=tuple(SCRIPT + t for t in m.article_texts),
    )
    found = dataclasses.replace(found, url="javascript:alert(8)", matches=(hostile_match,))
    skipped = dataclasses.replace(skipped, reason=HOSTILE)
    return ScanReport((found, skipped))


def assert_structure(doc: lxml.html.HtmlElement) -> None:
    """Exactly the report's elements: two sections, one match, one summary; nothing from input."""
    assert doc.xpath("//title")[0].text == "reprint_guard scan"  # a script would have changed it
    assert len(sections(doc)) == 2
    assert [s.get("data-verdict") for s in sections(doc)][1] == "skipped"
    assert len(doc.xpath("//article[contains(@class,'match')]")) == 1
    assert len(doc.xpath("//footer[@id='summary']")) == 1 and len(doc.xpath("//main")) == 1
    assert len(doc.xpath("//style")) == 1 and len(doc.xpath("//body")) == 1
    assert not doc.xpath("//script | //img | //iframe | //object | //embed | //link | //*[@src]")
    assert not [a for el in doc.iter() if isinstance(el.tag, str) for a in el.attrib if a.lower().startswith("on")]
    hrefs = doc.xpath("//a/@href")
    assert hrefs and all(re.match(r"(https?://|tel:\+\d+(;ext=\d+)?$|mailto:)", h) for h in hrefs), hrefs
    assert hrefs.count("tel:+869315550123;ext=18") == 1
    # a URL with raw quotes or angle brackets is no URL a page prints: shown, not linked
    assert not any(c in h for h in hrefs for c in "<>\"' ")
    assert not any(h.lower().startswith(("javascript", "data")) or "\t" in h for h in hrefs)
    assert not any("@" in h and IMG in h for h in hrefs)  # an address that is not one is no link
    text = doc.xpath("//body")[0].text_content()
    # the hostile text is there, as text; bidi controls and NUL shown as marks, not acted on
    assert SCRIPT in text and IMG in text and "javascript:alert(3)" in text
    assert "\u202e" not in text and "\x00" not in text and "\\u202e" in text and "\\x00" in text
    assert "长" * 3000 in text
    assert "https://ok.example.com/r?a=1&b=\"><script>alert(6)</script>" in text


def test_hostile_input_cannot_change_the_page(tmp_path: Path) -> None:
    report = hostile_report(tmp_path)
    page = to_html(report, generated_at=NOW)
    # at the byte level: nothing from input opens a tag
    for bad in ("<script", "<img", "</style></title>", "\u202e", "\x00", "onerror=alert(1)>"):
        assert bad not in page, bad
    assert "&lt;script&gt;document.title=&quot;pwned&quot;&lt;/script&gt;" in page
    assert "&#x27; onload=&quot;alert(2)&quot;" in page
    doc = parse(page)
    assert_structure(doc)
    [claim] = doc.xpath("//article//q")
    assert claim.text_content().startswith(SCRIPT)


# -- a real browser ----------------------------------------------------------------------------


def chromium() -> str:
    """The chromium binary, or skip (fail under CI=true: .ci/run installs Debian's package)."""
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    if os.path.exists("/usr/bin/chromium"):
        return "/usr/bin/chromium"
    reason = "chromium is not installed (apt-get install chromium; .ci/run installs it)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true and {reason}")
    pytest.skip(reason)


def dump_dom(binary: str, page: Path, profile: Path) -> str:
    """The DOM after headless Chromium loaded ``page`` (scripts, had any run, included)."""
    p = subprocess.run(
        [
            binary, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--no-first-run", "--disable-extensions", "--disable-background-networking",
            f"--user-data-dir={profile}", "--virtual-time-budget=2000", "--dump-dom", page.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert p.returncode == 0, p.stderr.decode("utf-8", "replace")[-2000:]
    return p.stdout.decode("utf-8")


def test_chromium_renders_the_hostile_report_as_written(tmp_path: Path) -> None:
    binary = chromium()
    # The control: the same dump shows what a script does, so a title left alone means no
    # script ran. Then the report built from hostile input.
    control = tmp_path / "control.html"
    control.write_text("<!DOCTYPE html><title>before</title><script>document.title='ran'</script>", encoding="utf-8")
    assert "<title>ran</title>" in dump_dom(binary, control, tmp_path / "profile")
    page = tmp_path / "report.html"
    page.write_text(to_html(hostile_report(tmp_path), generated_at=NOW), encoding="utf-8")
    dom = dump_dom(binary, page, tmp_path / "profile")
    doc = parse(dom)
    assert_structure(doc)
    assert doc.xpath("//meta[@http-equiv='Content-Security-Policy']/@content") == [CSP]
    assert "pwned" not in doc.xpath("//title")[0].text
