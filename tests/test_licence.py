"""No page clears itself (issue 12): ``licensed`` means covered by evidence of where the page
was found (``--url``, a ``--urls`` manifest, a WARC record's target); what a page says about
itself (its canonical or og:url link, an outlet it names, a permission line) is a claim, and a
match resting on a claim stays a finding."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import chinese_article, newsroom_page

from reprint_guard import Guard
from reprint_guard.models import UrlEvidence
from reprint_guard.verdict import Licence

BODY = chinese_article(61)
PARAS = BODY.splitlines()
LICENSEE_HOST = "partner.example.com"
LICENSEE_OUTLET = "柳溪晚报"
ORIGINAL_URL = "https://news.qingchuan.example.cn/2024/05/06/spring.html"


@pytest.fixture(scope="module")
def guard(tmp_path_factory: pytest.TempPathFactory) -> Guard:
    g = Guard.open(tmp_path_factory.mktemp("licence") / "fp", create=True)
    out = g.protect_document(
        newsroom_page(BODY), source="articles/spring.txt", url=ORIGINAL_URL, licensees=(LICENSEE_HOST, LICENSEE_OUTLET)
    )
    assert out.status == "added"
    return g


def page(*, head: str = "", before: str = "", after: str = "") -> str:
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>春季项目</title>{head}</head><body>"
        f"<div class='main'><h1>春季项目</h1>{before}{paras}{after}</div></body></html>"
    )


def licence(guard: Guard, data: str, **kw: object) -> tuple[str, Licence]:
    rep = guard.check(data, **kw)  # type: ignore[arg-type]
    [m] = rep.matches
    assert m.kind == "reprint"
    assert m.licensed is (m.licence.status == "licensed")
    assert rep.to_dict()["matches"][0]["licence"] == m.licence.to_dict()
    return rep.verdict, m.licence


CANONICAL = f'<link rel="canonical" href="https://www.{LICENSEE_HOST}/a/spring.html">'


@pytest.mark.parametrize(
    ("kw", "head", "want"),
    [
        ({"url": f"https://www.{LICENSEE_HOST}/a/spring.html"}, "", Licence("licensed", evidence="url")),
        ({"url": UrlEvidence(f"https://m.{LICENSEE_HOST}/s", source="urls_manifest")}, "", Licence("licensed", evidence="urls_manifest")),
        ({"url": UrlEvidence(f"https://{LICENSEE_HOST}/s", source="warc")}, CANONICAL, Licence("licensed", evidence="warc")),
        ({"url": ORIGINAL_URL}, "", Licence("licensed", evidence="url")),  # the publisher's own site
    ],
    ids=["url", "urls-manifest", "warc", "own-site"],
)
def test_evidence_of_a_licensee_host_licenses(guard: Guard, kw: dict, head: str, want: Licence) -> None:
    assert licence(guard, page(head=head), **kw) == ("licensed", want)


@pytest.mark.parametrize(
    ("head", "claim"),
    [
        (CANONICAL, f"canonical link https://www.{LICENSEE_HOST}/a/spring.html"),
        (f'<meta property="og:url" content="https://{LICENSEE_HOST}/s.html">', f"og:url link https://{LICENSEE_HOST}/s.html"),
        (f'<link rel="canonical" href="{ORIGINAL_URL}">', f"canonical link {ORIGINAL_URL}"),  # the original's own link, kept
    ],
    ids=["canonical", "og-url", "original-canonical"],
)
@pytest.mark.parametrize("found", [None, "https://farm.example.net/p/1.html"], ids=["no-url", "farm-url"])
def test_a_pages_own_link_is_only_a_claim(guard: Guard, head: str, claim: str, found: str | None) -> None:
    assert licence(guard, page(head=head), url=found) == ("reprint", Licence("claimed", claim=claim))


@pytest.mark.parametrize(
    ("before", "after", "claim"),
    [
        (f"<p class='info'>2024-05-07 来源：{LICENSEE_OUTLET}</p>", "", f"names the licensee as its source or site: {LICENSEE_OUTLET}"),
        ("", "<p>本文经青川日报社授权转载</p>", "permission line: 本文经青川日报社授权转载"),
        ("", "<p>Reprinted with permission of the publisher.</p>", "permission line: Reprinted with permission of the publisher."),
        ("", "<p>（本文已获授权，转载请联系原作者）</p>", "permission line: （本文已获授权，转载请联系原作者）"),
        ("<p>本文获青川日报授权转载。</p>", "", "permission line: 本文获青川日报授权转载。"),
    ],
    ids=["outlet-name", "jing-shouquan", "english", "yihuo-shouquan", "huo-shouquan"],
)
def test_what_a_page_says_is_only_a_claim_even_with_a_manifest_url(guard: Guard, before: str, after: str, claim: str) -> None:
    html = page(before=before, after=after)
    assert licence(guard, html) == ("reprint", Licence("claimed", claim=claim))
    manifest = UrlEvidence("https://other.example.org/x.html", source="urls_manifest")
    assert licence(guard, html, url=manifest) == ("reprint", Licence("claimed", claim=claim))


def test_a_plain_text_permission_line_is_a_claim(guard: Guard) -> None:
    verdict, lic = licence(guard, f"经{LICENSEE_OUTLET}授权转载\n{BODY}")
    assert verdict == "reprint" and lic == Licence("claimed", claim=f"permission line: 经{LICENSEE_OUTLET}授权转载")


def test_a_traditional_permission_line_is_a_claim_quoted_as_printed(guard: Guard) -> None:
    verdict, lic = licence(guard, f"本文經{LICENSEE_OUTLET}授權轉載。\n{BODY}")
    assert verdict == "reprint" and lic == Licence("claimed", claim=f"permission line: 本文經{LICENSEE_OUTLET}授權轉載。")


@pytest.mark.parametrize(
    "line", ["未经授权转载，必究", "未经本报授权不得转载、摘编", "如需转载请获得授权", "Used without permission is forbidden."]
)
def test_a_line_forbidding_reprints_is_no_claim(guard: Guard, line: str) -> None:
    assert licence(guard, page(after=f"<p>{line}</p>"), url="https://farm.example.net/1") == ("reprint", Licence("none"))


def test_licence_dicts() -> None:
    assert Licence("licensed", evidence="urls_manifest").to_dict() == {"status": "licensed", "evidence": "urls_manifest"}
    assert Licence("claimed", claim="x").to_dict() == {"status": "claimed", "claim": "x"}
    assert Licence("none").to_dict() == {"status": "none"}


def test_scan_takes_manifest_urls_as_evidence_and_canonicals_as_claims(guard: Guard, tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(page(head=CANONICAL), encoding="utf-8")
    (tmp_path / "b.html").write_text(page(head=CANONICAL), encoding="utf-8")
    urls = {str(tmp_path / "a.html"): f"https://{LICENSEE_HOST}/a.html"}
    for jobs in (1, 2):
        docs = guard.scan(tmp_path, urls=urls, jobs=jobs).documents
        assert [(Path(d.path).name, d.verdict) for d in docs] == [("a.html", "licensed"), ("b.html", "reprint")]
        assert docs[0].matches[0].licence == Licence("licensed", evidence="urls_manifest")
        assert docs[0].url == f"https://{LICENSEE_HOST}/a.html"
        assert docs[1].matches[0].licence.status == "claimed"
        assert docs[1].url == f"https://www.{LICENSEE_HOST}/a/spring.html"  # the report still shows the page's link


@pytest.mark.parametrize(
    "credit",
    [
        "经南山融媒授权转载", "本文转自南山融媒", "Reprinted with permission from 南山融媒.",
        # the same lines as a Hong Kong or Taiwan page prints them
        "（經南山融媒授權轉載）", "（本文轉載自南山融媒，作者周某）", "轉載自：南山融媒",
        # the holder's own claim kept under the copy, a feed's back-link to it (new-user trial)
        "版权所有 © 2024 南山融媒", "The post 公园建设 appeared first on 南山融媒.",
    ],
)
def test_a_permission_line_naming_the_holder_meets_a_credit_condition(tmp_path, credit):
    from reprint_guard import Guard

    paras = [f"市政府今天召开会议，研究部署城乡公园建设和老旧小区改造工作，会议要求各区加快推进项目建设进度，确保第{i}批项目年底前完工。" for i in range(6)]
    body = "\n\n".join(paras)
    with Guard.open(tmp_path / "s", create=True) as g:
        g.protect_document(f"标题\n\n{body}\n\n本文为南山融媒原创，欢迎转载，请注明出处“南山融媒”。\n", source="a.txt")
        r = g.check(f"转载\n\n{body}\n\n{credit}\n")
        assert r.verdict == "permitted"
        assert [(m.attributed, m.unmet_conditions) for m in r.matches] == [(True, ())]


def test_paragraphs_pasted_under_a_permitted_copys_notice_are_still_found(tmp_path):
    # an unlicensed excerpt hidden after the notice of a copy its own notice permits: the short
    # paragraphs there read like a promotion, which an article's body leaves out, but a checked
    # page keeps them
    from reprint_guard import Guard

    welcome = [f"市政府今天召开会议，研究部署城乡公园建设和老旧小区改造工作，会议要求各区加快推进项目建设进度，确保第{i}批项目年底前完工。" for i in range(6)]
    forbidden = [f"河湾村小学的操场上第{i}次架起了天文望远镜，四十多名学生排成长队，轮流把眼睛贴近目镜，看清了月亮表面深浅不一的环形山。" for i in range(8)]
    with Guard.open(tmp_path / "s", create=True) as g:
        g.protect_document("公园建设\n\n" + "\n\n".join(welcome) + "\n\n本文为南山融媒原创，欢迎转载，请注明出处“南山融媒”。\n", source="welcome.txt")
        g.protect_document("乡村天文台\n\n" + "\n\n".join(forbidden) + "\n\n本文为北川日报原创，未经授权不得转载。\n", source="forbidden.txt")
        page = "\n".join(["转载", "来源：南山融媒", *welcome, "本文为南山融媒原创，欢迎转载，请注明出处“南山融媒”。", *forbidden[:2]])
        r = g.check(page)
        assert r.verdict == "excerpt"
        assert sorted((Path(m.article.source).name, m.kind) for m in r.matches) == [("forbidden.txt", "excerpt"), ("welcome.txt", "reprint")]


@pytest.mark.parametrize(
    ("url", "status"),
    [
        # a browser reads the host partner.example.com, curl and urllib fetch evil.net: no evidence
        (f"https://{LICENSEE_HOST}\\@evil.example.net/2024/copy.html", "none"),
        (f"https://{LICENSEE_HOST}\\\\@evil.example.net/copy.html", "none"),
        # a backslash in the path leaves every reader the same host
        (f"https://{LICENSEE_HOST}/2024\\copy.html", "licensed"),
    ],
)
def test_an_address_whose_host_readers_disagree_on_is_no_evidence(guard: Guard, url: str, status: str) -> None:
    assert licence(guard, page(), url=UrlEvidence(url, source="urls_manifest"))[1].status == status


@pytest.mark.parametrize(
    ("line", "verdict"),
    [
        ("本文为南山融媒原创，欢迎转载，请注明出处“南山融媒”。", "permitted"),  # the article's own notice, kept
        ("声明：本文并非转载自南山融媒，与南山融媒无任何关系。", "reprint"),  # a denial names the holder, credits no one
    ],
)
def test_a_notice_naming_the_holder_credits_them_only_when_it_claims_for_them(tmp_path, line, verdict):
    from reprint_guard import Guard

    paras = [f"市政府今天召开会议，研究部署城乡公园建设和老旧小区改造工作，会议要求各区加快推进项目建设进度，确保第{i}批项目年底前完工。" for i in range(6)]
    body = "\n\n".join(paras)
    with Guard.open(tmp_path / "s", create=True) as g:
        g.protect_document(f"标题\n\n{body}\n\n本文为南山融媒原创，欢迎转载，请注明出处“南山融媒”。\n", source="a.txt")
        assert g.check(f"转载\n\n{body}\n\n{line}\n").verdict == verdict


def test_a_holder_whose_name_holds_dots_is_credited_by_its_name_not_read_as_a_host(tmp_path):
    # "X Sdn. Bhd." ends in no known suffix: a name, found inside the copy's kept © line
    from reprint_guard import Guard

    paras = [f"市政府今天召开会议，研究部署城乡公园建设和老旧小区改造工作，会议要求各区加快推进项目建设进度，确保第{i}批项目年底前完工。" for i in range(6)]
    body = "\n\n".join(paras)
    notice = "版权所有 © 2024 Harian Lestari Sdn. Bhd. 欢迎转载，请注明出处。"
    with Guard.open(tmp_path / "s", create=True) as g:
        g.protect_document(f"标题\n\n{body}\n\n{notice}\n", source="a.txt")
        kept = g.check(f"转载\n\n{body}\n\n版权所有 © 2024 Harian Lestari Sdn. Bhd.\n")
        assert [(m.attributed, m.unmet_conditions) for m in kept.matches] == [(True, ())] and kept.verdict == "permitted"
        bare = g.check(f"转载\n\n{body}\n")
        assert [m.attributed for m in bare.matches] == [False] and bare.verdict == "reprint"


_NANYING = [
    "南瀛縣政府今天宣布，明年起將在沿海十二個鄉鎮推動漁港改建計畫，預計投入新台幣八億元，改善碼頭設施與排水系統，減少颱風季節的淹水問題。",
    "縣府農漁處長表示，計畫分三期進行，第一期優先整修老舊的卸魚碼頭與冷凍庫，並增設太陽能板，讓漁會的用電成本每年可減少兩成以上。",
    "漁民代表吳先生說，過去每逢大潮，碼頭地面就泡在海水裡，漁獲搬運很危險，希望工程能夠如期完成，也希望施工期間不要影響出海作業。",
    "縣府指出，改建完成後將結合觀光魚市與自行車道，帶動地方產業，吸引更多年輕人返鄉，預計可增加三百個就業機會，並提升漁村的生活品質。",
]


@pytest.mark.parametrize("credit", ["作者：吳明哲　出處：南瀛新聞網", "（本文依創用CC授權轉載，出處：南瀛新聞網）", "出處：南瀛新聞網"])
@pytest.mark.parametrize("where", ["top", "bottom"])
def test_a_source_label_after_another_field_or_inside_the_copys_notice_meets_the_credit(tmp_path, credit, where):
    page = "漁港改建計畫明年啟動\n\n2024-03-01 南瀛新聞網\n\n" + "\n\n".join(_NANYING) + "\n\n本文採用創用CC 姓名標示-非商業性-禁止改作 4.0 國際授權條款授權。"
    body = "\n\n".join(_NANYING)
    with Guard.open(tmp_path / "fp", create=True) as g:
        g.protect_document(page.encode(), source="a.txt")
        match = g.check(f"{credit}\n\n{body}" if where == "top" else f"{body}\n\n{credit}").matches[0]
        assert (match.attributed, match.permitted, match.unmet_conditions) == (True, True, ())
        bare = g.check(body).matches[0]
        assert (bare.attributed, bare.permitted, bare.unmet_conditions) == (False, False, ("credit",))


_HARBOUR = [
    "The harbour board voted on Tuesday to rebuild the eastern breakwater after two winters of storm damage closed the fishing pier.",
    "Engineers said the new wall would be two metres higher and would take eighteen months to build, with work starting in the spring.",
    "Fishing crews welcomed the decision but asked the board to keep one berth open for the whole of the construction period.",
    "The board's chair said the cost would be shared with the regional council and that tenders would be published next month.",
]


@pytest.mark.parametrize(
    ("opening", "attributed"),
    [
        ("As reported by The Harbour Gazette:", True),
        ("As The Harbour Gazette reported on March 3, 2026:", True),
        ("Reporting by The Harbour Gazette", True),
        # (second new-user trial, session 17)
        ("Adapted from a story by The Harbour Gazette.", True),
        ("Licensed from The Harbour Gazette.", True),
        ("This story is not from The Harbour Gazette.", False),
        ("The harbour story everyone is talking about:", False),
    ],
)
def test_a_story_opening_that_says_who_reported_it_credits_the_outlet(tmp_path, opening: str, attributed: bool) -> None:
    """'As reported by X' / 'As X reported' open many excerpting posts: a credit to X (new-user
    trial, session 16); a line saying the story is not X's credits no one."""
    article = "Breakwater to be rebuilt\n\n" + "\n\n".join(_HARBOUR) + "\n\nThis story may be republished free of charge with credit to The Harbour Gazette."
    with Guard.open(tmp_path / "fp", create=True) as g:
        g.protect_document(article, source="a.txt")
        match = g.check(f"{opening}\n\n" + "\n\n".join(_HARBOUR)).matches[0]
        assert (match.attributed, match.permitted) == (attributed, attributed)


@pytest.mark.parametrize(("line", "verdict"), [("本文并非来自南山融媒，系本站原创。", "reprint"), ("本文来自南山融媒。", "permitted")])
def test_a_copy_denying_its_source_does_not_credit_it(tmp_path, line: str, verdict: str) -> None:
    """本文并非来自X ('this is not from X') at the end of a copy names X but credits no one: the
    copy of an article that permits reprints with credit stays a finding (new-user trial, session 16)."""
    paras = [f"市政府今天召开会议，研究部署城乡公园建设和老旧小区改造工作，会议要求各区加快推进项目建设进度，确保第{i}批项目年底前完工。" for i in range(6)]
    body = "\n\n".join(paras)
    with Guard.open(tmp_path / "s", create=True) as g:
        g.protect_document(f"标题\n\n{body}\n\n本文为南山融媒原创，欢迎转载，请注明出处“南山融媒”。\n", source="a.txt")
        r = g.check(f"转载\n\n{body}\n\n{line}\n")
        assert r.verdict == verdict
        assert [m.unmet_conditions for m in r.matches] == ([("credit",)] if verdict == "reprint" else [()])


def test_url_evidence_refuses_a_source_the_report_schema_does_not_know() -> None:
    """A made-up source would license the page and give a report its schema rejects (second
    new-user trial)."""
    with pytest.raises(ValueError, match="must be one of 'url', 'urls_manifest', 'warc'"):
        UrlEvidence("https://partner-news.example.com/a", source="nope")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        UrlEvidence(b"https://partner-news.example.com/a")  # type: ignore[arg-type]


_DONGCHUAN = [
    "今天上午，东川路改造工程正式开工，市政府有关负责人出席开工仪式并讲话，工程预计明年底完工。",
    "据介绍，本次改造全长约三点五公里，将新建雨污分流管网，拓宽机动车道，并增设非机动车道和人行步道。",
    "市交通部门表示，施工期间将采取分段封闭、半幅施工的方式，尽量减少对市民出行的影响。",
    "沿线居民对工程普遍表示支持，不少居民希望改造完成后道路更加通畅，出行环境得到明显改善。",
]


@pytest.mark.parametrize(
    ("holder_words", "credit", "attributed"),
    [
        # the holder's name without its legal or house suffix, or one half of a bilingual name
        ("版权归港灣日報有限公司所有", "来源：港湾日报", True),
        ("版权归港灣日報有限公司所有", "本文轉載自港灣日報", True),
        ("版权归江城晨报社所有", "来源：江城晨报", True),
        ("版权归江城晨报社所有", "来源：江城晚报", False),
        # a credit in running text before a quotation
        ("版权归江城晨报社所有", "据江城晨报报道：", True),
    ],
)
def test_a_credit_naming_the_holder_without_its_suffix_counts(tmp_path, holder_words: str, credit: str, attributed: bool) -> None:
    """Desks credit a paper by its masthead name, not its company's (new-user trials, session 18)."""
    body = "\n\n".join(_DONGCHUAN)
    with Guard.open(tmp_path / "s", create=True) as g:
        g.protect_document(f"东川路改造工程今日开工\n\n{body}\n\n{holder_words}。欢迎转载，请注明出处。\n", source="a.txt")
        match = g.check(f"{credit}\n\n{body}\n").matches[0]
        assert (match.attributed, match.permitted) == (attributed, attributed)


def test_the_articles_own_dateline_copied_with_it_credits_no_one(tmp_path) -> None:
    """东川网讯 opening the article is the article's own words: a copy keeping it under 来源：网络
    has not credited 东川网 (first new-user trial, session 18); a copy printing it as its credit has."""
    body = "\n\n".join(["东川网讯（记者 王立军）" + _DONGCHUAN[0], *_DONGCHUAN[1:]])
    with Guard.open(tmp_path / "s", create=True) as g:
        g.protect_document(f"东川路改造工程今日开工\n\n{body}\n\n【版权声明】本文系东川网原创稿件，转载请注明出处“东川网”。\n", source="a.txt")
        bare = g.check(f"来源：网络\n\n{body}\n")
        assert (bare.verdict, [m.unmet_conditions for m in bare.matches]) == ("reprint", [("credit",)])
        credited = g.check(f"来源：东川网\n\n{body}\n")
        assert credited.verdict == "permitted"


@pytest.mark.parametrize(
    ("head", "verdict"),
    [
        ("转帖：东川路改造工程今日开工", "reprint"),  # the copied dateline is the only place naming 东川网
        ("更多精彩内容请关注本站", "reprint"),
        ("来源：东川网", "permitted"),  # the page names it outside the copied text
    ],
)
def test_a_copied_dateline_read_as_the_pages_outlet_is_no_credit(tmp_path, head: str, verdict: str) -> None:
    """A content farm's copy whose only mention of the outlet is the article's own 东川网讯 dateline:
    the extractor reads the dateline as the page's outlet, which must not meet the credit condition
    (a new user's trial, session 25: such a copy was ``permitted``)."""
    body = "\n\n".join(["东川网讯 " + _DONGCHUAN[0], *_DONGCHUAN[1:]])
    with Guard.open(tmp_path / "s", create=True) as g:
        g.protect_document(f"东川路改造工程今日开工\n\n{body}\n\n本文欢迎转载，转载请注明出处“东川网”。\n", source="a.txt")
        r = g.check(f"{head}\n\n{body}\n")
        assert r.verdict == verdict
        assert [m.attributed for m in r.matches] == [verdict == "permitted"]


def test_an_english_credit_in_running_text(tmp_path) -> None:
    article = "Breakwater to be rebuilt\n\n" + "\n\n".join(_HARBOUR) + "\n\nCopyright 2026 Harbour Gazette Ltd. Republish free of charge with credit."
    with Guard.open(tmp_path / "fp", create=True) as g:
        g.protect_document(article, source="a.txt")
        match = g.check("The Harbour Gazette reports:\n\n" + "\n\n".join(_HARBOUR)).matches[0]
        assert match.attributed


@pytest.mark.parametrize(
    ("lead", "attributed"),
    [
        ("据江城晨报报道：", True),
        ("江城晨报记者报道：", False),  # names the paper's reporter, credits no source of this copy
        ("网友说：", False),
    ],
)
def test_a_credit_introducing_a_quotation_in_the_middle_of_a_post(tmp_path, lead: str, attributed: bool) -> None:
    """A post quoting the article after words of its own credits the source right before the
    quotation (second new-user trial, session 18: 据X报道：“…” mid-post was not read)."""
    own = "周末我去东川路走了一圈，工地围挡已经搭起来了，附近几家小店的老板都在议论这件事，有人担心生意受影响，也有人觉得修好以后人流会更多。" * 2
    body = "\n\n".join(_DONGCHUAN)
    with Guard.open(tmp_path / "s", create=True) as g:
        g.protect_document(f"东川路改造工程今日开工\n\n{body}\n\n版权归江城晨报社所有。欢迎转载，请注明出处。\n", source="a.txt")
        match = g.check(f"{own}\n\n{lead}“{_DONGCHUAN[0]}{_DONGCHUAN[1]}”\n\n{own}\n").matches[0]
        assert match.attributed == attributed


def test_a_link_back_is_checked_against_the_notices_own_site_without_a_stored_url(tmp_path) -> None:
    """Protected without --url, a notice asking for a link back was met by a credit alone, so an
    unlinked copy came out permitted (third new-user trial, session 18): the site the notice
    names by its own addresses is the one to link to."""
    paras = "\n\n".join(_HARBOUR)
    notice = ("Copyright 2026 The Harbour Gazette. This story may be republished free of charge with credit to The "
              "Harbour Gazette and a link back to the original. Questions: desk@harbourgazette.example")
    with Guard.open(tmp_path / "fp", create=True) as g:
        g.protect_document(f"Breakwater\n\n{paras}\n\n{notice}", source="a.txt")
        bare = g.check(f"<html><body><h1>Breakwater</h1><p>Source: The Harbour Gazette</p>{''.join(f'<p>{p}</p>' for p in _HARBOUR)}</body></html>",
                       content_type="html")
        assert [(m.permitted, m.unmet_conditions) for m in bare.matches] == [(False, ("link_back",))]
        linked = g.check(
            f"<html><body><h1>Breakwater</h1><p>Source: <a href='https://www.harbourgazette.example/a/1'>The Harbour Gazette</a></p>"
            f"{''.join(f'<p>{p}</p>' for p in _HARBOUR)}</body></html>", content_type="html")
        assert [(m.permitted, m.unmet_conditions) for m in linked.matches] == [(True, ())]


_REEF_URL = "https://www.tasmanwire.example/pacific/reef-survey"
_REEF = [
    "NOUMEA, Mar 3 (Tasman Wire) - Divers surveying the lagoon reefs off New Caledonia found coral cover had recovered to its level of a decade ago, the territory's marine institute said on Tuesday.",
    "The survey team counted living coral at forty sites along the barrier reef and found bleaching at only three of them, all close to the mouth of the Dumbea river.",
    "Institute director Jeanne Morel said the recovery followed two cool summers and a ban on anchoring inside the protected zone that came into force four years ago.",
    "Fishing groups said the ban had cost them access to sheltered moorings and asked the government to add mooring buoys before the next cyclone season begins in November.",
    "Scientists warned that one hot summer could undo the gains, as it did in 2016, when nearly a third of the coral in the northern lagoon died within six weeks.",
]
_REEF_NOTICE = f"You may republish this story free of charge provided you credit Tasman Wire and link to the original at {_REEF_URL}."


def _reef_page(*, over: str = "", under: str = "", paras: list[str] | None = None, site: str = "Lagoon Weekly") -> str:
    body = "".join(f"<p>{p}</p>" for p in (paras or _REEF))
    return (f"<html><head><meta charset='utf-8'><title>Reef recovers | {site}</title></head><body><article>"
            f"<h1>Lagoon reefs recover after cool summers</h1>{over}{body}{under}</article></body></html>")


@pytest.fixture(scope="module")
def reef(tmp_path_factory: pytest.TempPathFactory) -> Guard:
    g = Guard.open(tmp_path_factory.mktemp("reef") / "fp", create=True)
    g.protect_document(
        _reef_page(over="<p>By Aroha Tane</p>", under=f"<footer><p>{_REEF_NOTICE}</p><p>© 2026 Tasman Wire.</p></footer>", site="Tasman Wire"),
        source="reef.html", url=_REEF_URL, content_type="html",
    )
    return g


_REEF_CREDITS = [
    # the credit and the original's address on one line (second new-user trial, session 19)
    ("", f"<p>Credit: Tasman Wire. Original: {_REEF_URL}</p>", True),
    # a byline naming the agency, the agency's name alone over the text, a trailing (X)
    ("<p>By Aroha Tane, Tasman Wire</p>", "", True),
    ("<p>Tasman Wire</p>", "", True),
    ("", "<p>(Tasman Wire)</p>", True),
    # mentions, a photo's credit and a denial credit no one
    ("<p>By Aroha Tane</p>", "", False),
    ("", "<p>Unlike Tasman Wire, we checked the figures ourselves.</p>", False),
    ("", "<p>By contrast, Tasman Wire was slow to report it.</p>", False),
    ("", "<p>Photo credit: Tasman Wire</p>", False),
    ("", "<p>We are not affiliated with Tasman Wire.</p>", False),
]


def test_a_wire_copys_credit_forms_meet_the_credit(reef: Guard) -> None:
    """The forms a wire's clients credit it in, on a line of their own over or under the text
    (second new-user trial, session 19): each was read as no credit, so a permitted copy was a
    finding; a sentence merely naming the wire, a photo's credit and a denial stay no credit."""
    got = []
    for over, under, _ in _REEF_CREDITS:
        [m] = reef.check(_reef_page(over=over, under=under), content_type="html").matches
        got.append((over, under, m.attributed))
    assert got == _REEF_CREDITS
    [m] = reef.check(_reef_page(under=f"<p>Credit: Tasman Wire. Original: {_REEF_URL}</p>"), content_type="html").matches
    assert (m.permitted, m.unmet_conditions) == (True, ())


_REEF_FALSE_CREDITS = [
    # a longer name starting with the outlet's, a denial in brackets or after the name, a picture's
    # source (fourth new-user trial, session 19: each made a full copy `permitted`)
    "<p>Source: Tasman Wireless</p>",
    "<p>Source: Tasman Wire Readers Club</p>",
    "<p>Source: our own divers (not Tasman Wire)</p>",
    "<p>Source: Tasman Wire has no rights in this text.</p>",
    "<p>Photo: Tasman Wire</p>",
]


@pytest.mark.parametrize("under", _REEF_FALSE_CREDITS)
def test_a_name_that_only_looks_like_a_credit_meets_no_condition(reef: Guard, under: str) -> None:
    """A credit names the outlet whole and as the source: not as the start of another name, not
    to deny it, not for a picture. The copy stays a finding with the credit unmet; the same line
    naming the outlet itself ("Source: Tasman Wire") is a credit."""
    [m] = reef.check(_reef_page(under=under), content_type="html").matches
    assert (m.attributed, m.permitted) == (False, False)
    [ok] = reef.check(_reef_page(under="<p>Source: Tasman Wire Staff</p>"), content_type="html").matches
    assert ok.attributed


def test_a_chinese_name_that_only_looks_like_a_credit_meets_no_condition(tmp_path) -> None:
    """来源：临川晚报读者群 (a readers' group), 来源：网络（非临川晚报）and a picture's 图片来源 credit no one;
    来源：临川晚报 does."""
    body = "\n".join(p for p in chinese_article(61).splitlines())
    with Guard.open(tmp_path / "fp", create=True) as g:
        g.protect_document(f"临川晚报\n\n老城区雨污分流改造收尾\n\n{body}\n\n本文为临川晚报原创，欢迎转载，请注明出处。\n", source="a.txt")
        got = {}
        for credit in ("来源：临川晚报读者群", "来源：网络（非临川晚报）", "图片来源：临川晚报", "来源：临川晚报"):
            page = f"<html><body><h1>标题</h1>{''.join(f'<p>{p}</p>' for p in body.splitlines())}<p>{credit}</p></body></html>"
            [m] = g.check(page, content_type="html").matches
            got[credit] = m.attributed
    assert got == {"来源：临川晚报读者群": False, "来源：网络（非临川晚报）": False, "图片来源：临川晚报": False, "来源：临川晚报": True}


def test_a_wire_dateline_credits_the_wire_unless_it_is_the_articles_own(reef: Guard) -> None:
    """A client's own dateline naming the wire credits it; the article's own, copied with it, is
    the article's words (as 东川网讯 is)."""
    got = {}
    for dateline in ("NOUMEA, Mar 4 (Tasman Wire) - ", "NOUMEA, Mar 3 (Tasman Wire) - "):
        first = _REEF[0].replace("NOUMEA, Mar 3 (Tasman Wire) - ", dateline)
        [m] = reef.check(_reef_page(paras=[first, *_REEF[1:]]), content_type="html").matches
        got[dateline] = m.attributed
    assert got == {"NOUMEA, Mar 4 (Tasman Wire) - ": True, "NOUMEA, Mar 3 (Tasman Wire) - ": False}


def test_a_bracketed_name_closing_a_feed_item_credits_it(reef: Guard) -> None:
    feed = "LAGOON REEFS\n\n" + "\n\n".join(_REEF[1:]) + " (Tasman Wire)\n"
    [m] = reef.check(feed, content_type="text").matches
    assert m.attributed


_HUALIEN = [
    "花蓮縣野鳥學會志工日前在溪口進行例行調查時，意外記錄到二十三隻黑面琵鷺在沙洲覓食，是近十年來當地觀察到的最大群數量，吸引不少賞鳥人士前往拍攝。",
    "學會理事長指出，黑面琵鷺主要的度冬地點在西部海岸的濕地，東部過去僅有零星紀錄，今年可能因寒流影響，部分族群轉往東部尋找較安靜的棲地，值得持續追蹤。",
    "不過，學會也發現有民眾為了拍到近照，越過警戒線走進沙洲，甚至使用空拍機低空盤旋，導致鳥群多次驚飛，呼籲觀察時務必保持五十公尺以上的距離。",
    "縣政府農業處表示，已在出海口周邊設置告示牌，並請保育巡查員加強巡視，騷擾保育類野生動物者，最高可處新台幣二十五萬元罰鍰。",
]
_SUPPLIED = {
    "2025/01/13　（溪口新聞網提供）": True,
    "（溪口新聞網提供）": True,
    "文／溪口新聞網提供": True,
    # 圖／X提供 and 照片／X提供 credit the photo, not the text
    "（圖／溪口新聞網提供）": False,
    "照片／溪口新聞網提供": False,
}


def test_a_supplied_by_credit_names_the_source_of_the_text_not_of_a_photo(tmp_path) -> None:
    """Taiwan's （X提供） under a story's date credits X (first new-user trial, session 19)."""
    body = "\n\n".join(_HUALIEN)
    got = {}
    with Guard.open(tmp_path / "s", create=True) as g:
        g.protect_document(f"溪口發現大群黑面琵鷺\n\n{body}\n\n歡迎轉載，請註明出處「溪口新聞網」。\n", source="a.txt")
        for line in _SUPPLIED:
            match = g.check(f"溪口發現大群黑面琵鷺\n\n{line}\n\n{body}\n").matches[0]
            assert match.permitted == match.attributed
            got[line] = match.attributed
    assert got == _SUPPLIED


_LANTING_NOTICE = "本文为岚汀财经原创，欢迎转载，请注明出处。"
_LANTING_LINK_NOTICE = "本文为岚汀财经原创，欢迎转载，请注明出处并附上原文链接。"
# The credit lines public accounts and their reposts print (first new-user trial, session 20):
# each was read as no credit, so a compliant reprint was a finding with `credit` unmet.
_ACCOUNT_CREDITS = [
    "本文来自微信公众号：岚汀财经",
    "本文来自微信公众号“岚汀财经”",
    "来源 | 岚汀财经",
    "来源丨岚汀财经",
    "本文来自微信公众号：岚汀财经（ID：lantingcj），作者：韩思远",
    # inside a longer line, after another field
    "编者按：这篇文章讲的是老城区的改造。来源 | 岚汀财经",
    "本文来自微信公众号“岚汀财经”（ID：lantingcj），作者：韩思远，原文标题：《老城区雨污分流改造收尾，居民盼了十年的事终于办成》，题图来自视觉中国。",
    # 来源于 and a colon after the verb (a new user's trial, session 27: read as no credit over the text)
    "本文来源于岚汀财经",
    "本文来源于微信公众号“岚汀财经”",
    "本文来源于公众号“岚汀财经”",
    "原文来自：岚汀财经",
]


@pytest.fixture(scope="module")
def lanting(tmp_path_factory: pytest.TempPathFactory) -> tuple[Guard, list[str]]:
    body = chinese_article(62)
    g = Guard.open(tmp_path_factory.mktemp("lanting") / "fp", create=True)
    g.protect_document(f"岚汀财经\n\n老城区雨污分流改造收尾\n\n{body}\n\n{_LANTING_NOTICE}\n", source="a.txt")
    g.protect_document(f"岚汀财经\n\n新区公交线路调整\n\n{chinese_article(63)}\n\n{_LANTING_LINK_NOTICE}\n",
                       source="b.txt", url="https://www.lanting.example/2026/bus")
    return g, body.splitlines()


def _lanting_copy(paras: list[str], *, over: str = "", under: str = "", form: str = "html") -> str:
    if form == "text":
        return "\n\n".join(["老城区雨污分流改造收尾", *([over] if over else []), *paras, *([under] if under else [])]) + "\n"
    return (f"<html><body><h1>老城区雨污分流改造收尾</h1>{f'<p>{over}</p>' if over else ''}"
            f"{''.join(f'<p>{p}</p>' for p in paras)}{f'<p>{under}</p>' if under else ''}</body></html>")


@pytest.mark.parametrize("form", ["html", "text"])
@pytest.mark.parametrize("where", ["over", "under"])
@pytest.mark.parametrize("credit", _ACCOUNT_CREDITS)
def test_a_public_accounts_credit_line_meets_the_credit(lanting, credit: str, where: str, form: str) -> None:
    g, paras = lanting
    [m] = g.check(_lanting_copy(paras, form=form, **{where: credit}), content_type=form).matches
    assert (m.kind, m.attributed, m.permitted, m.unmet_conditions, m.licence.status) == ("reprint", True, True, (), "permitted")


def test_a_public_accounts_credit_line_leaves_a_link_back_to_be_judged_apart(lanting) -> None:
    """A notice asking for a link back as well: the credit line meets the credit, not the link."""
    g, _ = lanting
    paras = chinese_article(63).splitlines()
    got = []
    for under in ("本文来自微信公众号：岚汀财经", "本文来自微信公众号：岚汀财经 https://www.lanting.example/2026/bus"):
        [m] = g.check(_lanting_copy(paras, under=under), content_type="html").matches
        got.append((m.attributed, m.permitted, m.unmet_conditions))
    assert got == [(True, False, ("link_back",)), (True, True, ())]


_LEDGER_URL = "https://saltmarshledger.example/2026/02/eviction-court"
_LEDGER = [
    "Tenants facing eviction in the county will get a lawyer at their first court hearing from next month, after the council agreed on Tuesday to fund a duty advice desk at the housing court.",
    "The desk will be staffed by two solicitors and a caseworker from the law centre, who will see anyone listed for a possession hearing that day without an appointment.",
    "Council leader Maren Achterberg said more than half of the families evicted last year had never spoken to a lawyer before their case was heard, and many did not know they could ask for more time.",
    "Landlords' groups welcomed the scheme but warned that longer hearings would add to a backlog that already leaves some possession claims waiting five months for a date.",
    "The pilot will run for eighteen months and cost the council about three hundred thousand pounds, half of it from a national fund for early legal advice.",
]
_LEDGER_NOTICE = ("This article may be republished free of charge with credit to The Saltmarsh Ledger and a link to the "
                  "original story.")


def _ledger_page(*, under: str = "", over: str = "", site: str = "Fenland Digest") -> str:
    body = "".join(f"<p>{p}</p>" for p in _LEDGER)
    return (f"<html><head><meta charset='utf-8'><title>Eviction desk | {site}</title></head><body><article>"
            f"<h1>County to fund lawyers for tenants facing eviction</h1>{over}{body}{under}</article></body></html>")


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> Guard:
    g = Guard.open(tmp_path_factory.mktemp("ledger") / "fp", create=True)
    g.protect_document(
        _ledger_page(under=f"<footer><p>{_LEDGER_NOTICE}</p><p>© 2026 The Saltmarsh Ledger.</p></footer>", site="The Saltmarsh Ledger"),
        source="eviction.html", url=_LEDGER_URL, content_type="html",
    )
    return g


@pytest.mark.parametrize(
    "under",
    [
        # the denial after another source, the outlet's name opening with "The" (second new-user
        # trial, session 20: `permitted`, credit "Eastbank wire (not The Harbour Ledger")
        "<p>Source: Eastbank wire (not The Saltmarsh Ledger)</p>",
        "<p>Source: Eastbank wire, not the Saltmarsh Ledger</p>",
        "<p>Source: our own reporters, not from The Saltmarsh Ledger</p>",
        "<p>Source: Eastbank wire rather than The Saltmarsh Ledger</p>",
    ],
)
def test_a_denial_naming_the_outlet_after_another_source_is_no_credit(ledger: Guard, under: str) -> None:
    link = f"<p>Read more: <a href='{_LEDGER_URL}'>{_LEDGER_URL}</a></p>"
    [m] = ledger.check(_ledger_page(under=under + link), content_type="html").matches
    assert (m.kind, m.attributed, m.permitted, m.unmet_conditions) == ("reprint", False, False, ("credit", "link_back"))
    assert m.to_dict()["credit"] is None


def test_a_credit_naming_the_outlet_with_its_article_meets_the_credit(ledger: Guard) -> None:
    link = f"<p>Read more: <a href='{_LEDGER_URL}'>{_LEDGER_URL}</a></p>"
    [m] = ledger.check(_ledger_page(under="<p>Source: The Saltmarsh Ledger</p>" + link), content_type="html").matches
    assert (m.attributed, m.permitted, m.unmet_conditions) == (True, True, ())


@pytest.mark.parametrize("where", ["over", "under"])
@pytest.mark.parametrize(
    "credit",
    [
        # the credit lines a platform's users print (a new user's trial, session 27: each was no
        # credit, and a permitted repost was reported as an unlicensed reprint)
        "Source - The Saltmarsh Ledger",
        "Source — The Saltmarsh Ledger",
        "Article by Maren Holt for the Saltmarsh Ledger",
        "h/t Saltmarsh Ledger",
        "From the Saltmarsh Ledger (free to republish):",
    ],
)
def test_a_users_credit_line_meets_the_credit(ledger: Guard, credit: str, where: str) -> None:
    link = f"<p>Read more: <a href='{_LEDGER_URL}'>{_LEDGER_URL}</a></p>"
    page = _ledger_page(**{where: f"<p>{credit}</p>"}).replace("</article>", link + "</article>")
    [m] = ledger.check(page, content_type="html").matches
    assert (m.attributed, m.permitted, m.unmet_conditions) == (True, True, ())


def test_a_bracketed_name_closing_the_text_is_quoted_alone(ledger: Guard) -> None:
    text = "\n\n".join([*_LEDGER, "(Saltmarsh Ledger)", f"Read more: {_LEDGER_URL}"])
    [m] = ledger.check(text, content_type="text").matches
    assert m.attributed and m.to_dict()["credit"] == "(Saltmarsh Ledger)"


def test_a_credits_bracket_is_kept_closed() -> None:
    from reprint_guard.extract import extract

    doc = extract(_ledger_page(under="<p>Source: Eastbank wire (not The Saltmarsh Ledger)</p>"), content_type="html")
    assert doc.credits == ("Eastbank wire (not The Saltmarsh Ledger)",)


@pytest.mark.parametrize("under", ["来源：网络（而非来自岚汀财经）", "来源：本站编辑部，并非转载自岚汀财经"])
def test_a_chinese_denial_naming_the_account_after_another_source_is_no_credit(lanting, under: str) -> None:
    g, paras = lanting
    [m] = g.check(_lanting_copy(paras, under=under), content_type="html").matches
    assert (m.attributed, m.permitted, m.unmet_conditions) == (False, False, ("credit",))


# A site's statement about its content at large credits no particular article (third new-user
# trial, session 20: a copy with no credit line under the footer 本站部分文章转载自X等媒体，版权归原作者所有
# came out `permitted`).
_SITE_WIDE_FOOTERS = [
    "本站部分文章转载自岚汀财经等媒体，版权归原作者所有",
    "本站部分内容来源：岚汀财经、南湖日报等网站，如有侵权请联系删除。",
    "部分文章来自岚汀财经等多家媒体，仅供学习交流。",
    "本網部分文章轉載自岚汀财经等媒體，版權歸原作者所有",
    "转载自岚汀财经等媒体",
]


@pytest.mark.parametrize("footer", _SITE_WIDE_FOOTERS)
def test_a_site_wide_statement_naming_the_outlet_is_no_credit(lanting, footer: str) -> None:
    g, paras = lanting
    page = _lanting_copy(paras).replace("</body>", f"<footer><p>{footer}</p><p>© 2026 汇财网</p></footer></body>")
    [m] = g.check(page, content_type="html").matches
    assert (m.attributed, m.permitted, m.unmet_conditions) == (False, False, ("credit",))
    [t] = g.check(_lanting_copy(paras, under=footer, form="text"), content_type="text").matches
    assert (t.attributed, t.permitted, t.unmet_conditions) == (False, False, ("credit",))


@pytest.mark.parametrize(
    "line",
    [
        # the article's own credit beside the site's statement, on one line or over it
        "本文转载自岚汀财经。本站部分图文来源于网络，版权归原作者所有。",
        "来源：岚汀财经　本站部分内容转载自其他媒体，版权归原作者所有",
        "本文部分内容来自岚汀财经",
    ],
)
def test_a_credit_beside_a_site_wide_statement_still_credits(lanting, line: str) -> None:
    g, paras = lanting
    [m] = g.check(_lanting_copy(paras, under=line), content_type="html").matches
    assert (m.attributed, m.permitted, m.unmet_conditions) == (True, True, ())


@pytest.mark.parametrize(
    "footer",
    [
        "Some of our content is republished from The Saltmarsh Ledger and other outlets.",
        "Some of the stories on this site first appeared in The Saltmarsh Ledger and other publications.",
        "Source: The Saltmarsh Ledger and other news organisations",
    ],
)
def test_an_english_site_wide_statement_naming_the_outlet_is_no_credit(ledger: Guard, footer: str) -> None:
    link = f"<p>Read more: <a href='{_LEDGER_URL}'>{_LEDGER_URL}</a></p>"
    [m] = ledger.check(_ledger_page(under=link + f"<p>{footer}</p>"), content_type="html").matches
    assert (m.attributed, m.permitted, m.unmet_conditions) == (False, False, ("credit", "link_back"))


# A printed address without its scheme meets a link-back condition (fourth new-user trial,
# session 20: 'unmet: link_back' while the same address with https:// passed); one on another
# host, a look-alike host or the article's own line copied with it does not.
_PRINTED_ADDRESSES = {
    f"<p>This article first appeared on The Saltmarsh Ledger: saltmarshledger.example/2026/02/eviction-court</p>": True,
    "<p>Source: The Saltmarsh Ledger (saltmarshledger.example)</p>": True,
    "<p>Source: The Saltmarsh Ledger, www.SaltmarshLedger.example/2026/02/eviction-court.</p>": True,
    f"<p>This article first appeared on The Saltmarsh Ledger: {_LEDGER_URL}</p>": True,
    "<p>Source: The Saltmarsh Ledger (saltmarshledger.example.evil.example/2026/02/eviction-court)</p>": False,
    "<p>Source: The Saltmarsh Ledger (notsaltmarshledger.example/2026/02/eviction-court)</p>": False,
    "<p>Source: The Saltmarsh Ledger (mirror.example/saltmarshledger.example/eviction-court)</p>": False,
    "<p>Source: The Saltmarsh Ledger (news.saltmarshledger.example)</p>": False,
    "<p>Source: The Saltmarsh Ledger (desk@saltmarshledger.example)</p>": False,
    "<p>Source: The Saltmarsh Ledger</p>": False,
}


def test_a_printed_address_without_its_scheme_meets_a_link_back(ledger: Guard) -> None:
    got = {}
    for under in _PRINTED_ADDRESSES:
        [m] = ledger.check(_ledger_page(under=under), content_type="html").matches
        assert m.attributed
        got[under] = (m.permitted, m.unmet_conditions) == (True, ())
        assert m.permitted or m.unmet_conditions == ("link_back",)
    assert got == _PRINTED_ADDRESSES
    text = "\n\n".join([*_LEDGER, "This article first appeared on The Saltmarsh Ledger: saltmarshledger.example/2026/02/eviction-court"])
    [t] = ledger.check(text, content_type="text").matches
    assert (t.permitted, t.unmet_conditions) == (True, ())


def test_the_articles_own_line_printing_its_address_is_no_link_back(tmp_path) -> None:
    """An article that prints its site's address in its own sentences: a copy carries that line
    with it, which is the article's words, not the copier's link back."""
    own = "Readers can find the council's full report at saltmarshledger.example/documents."
    with Guard.open(tmp_path / "fp", create=True) as g:
        g.protect_document(
            _ledger_page(under=f"<p>{own}</p><footer><p>{_LEDGER_NOTICE}</p><p>© 2026 The Saltmarsh Ledger.</p></footer>",
                         site="The Saltmarsh Ledger"),
            source="eviction.html", url=_LEDGER_URL, content_type="html",
        )
        got = []
        for under in (f"<p>{own}</p><p>Source: The Saltmarsh Ledger</p>",
                      f"<p>{own}</p><p>Source: The Saltmarsh Ledger (saltmarshledger.example)</p>"):
            [m] = g.check(_ledger_page(under=under), content_type="html").matches
            got.append((m.attributed, m.permitted, m.unmet_conditions))
    assert got == [(True, False, ("link_back",)), (True, True, ())]


def test_a_printed_address_of_the_notices_own_site_meets_a_link_back_without_a_stored_url(tmp_path) -> None:
    paras = "\n\n".join(_HARBOUR)
    notice = ("Copyright 2026 The Harbour Gazette. This story may be republished free of charge with credit to The "
              "Harbour Gazette and a link back to the original. Questions: desk@harbourgazette.example")
    got = {}
    with Guard.open(tmp_path / "fp", create=True) as g:
        g.protect_document(f"Breakwater\n\n{paras}\n\n{notice}", source="a.txt")
        for credit in ("Source: The Harbour Gazette (harbourgazette.example)",
                       "Source: The Harbour Gazette, news.harbourgazette.example/breakwater",
                       "Source: The Harbour Gazette (harbourgazette.example.evil.example)"):
            page = f"<html><body><h1>Breakwater</h1><p>{credit}</p>{''.join(f'<p>{p}</p>' for p in _HARBOUR)}</body></html>"
            [m] = g.check(page, content_type="html").matches
            got[credit] = (m.permitted, m.unmet_conditions)
    assert got == {
        "Source: The Harbour Gazette (harbourgazette.example)": (True, ()),
        "Source: The Harbour Gazette, news.harbourgazette.example/breakwater": (True, ()),
        "Source: The Harbour Gazette (harbourgazette.example.evil.example)": (False, ("link_back",)),
    }


# A copy's credit marked up as one, and the other forms a copyright desk's first trial found read as
# no credit: a byline element, a credit element, "Courtesy: X", "From X." opening a line, "Read more
# at <a href=original>X</a>" (which links back too). A hidden byline, a picture's credit and a
# sentence merely naming the wire stay no credit.
_REEF_MARKED_CREDITS = [
    ('<p class="byline">By Aroha Tane, Tasman Wire</p>', "", True),
    ('<div class="article-byline"><span class="author">Aroha Tane</span>, Tasman Wire</div>', "", False),
    ("", '<div class="credit">Tasman Wire</div>', True),
    ("<p>Courtesy: Tasman Wire</p>", "", True),
    ("", "<p>From Tasman Wire. Shared for our members, no ads here.</p>", True),
    ("", f'<p>Read more at <a href="{_REEF_URL}">Tasman Wire</a>.</p>', True),
    ("", f'<p>Read the full story at <a href="{_REEF_URL}">Tasman Wire</a></p>', True),
    ('<p class="byline" style="display:none">By Aroha Tane, Tasman Wire</p>', "", False),
    ("", '<figure><img src="reef.jpg" alt=""><figcaption class="credit">Photo: Tasman Wire</figcaption></figure>', False),
    ("", "<p>From the outset, Tasman Wire divers doubted the figures.</p>", False),
]


def test_a_credit_marked_up_as_a_byline_or_credit_and_its_other_forms_meet_the_credit(reef: Guard) -> None:
    got = []
    for over, under, _ in _REEF_MARKED_CREDITS:
        [m] = reef.check(_reef_page(over=over, under=under), content_type="html").matches
        got.append((over, under, m.attributed))
    assert got == _REEF_MARKED_CREDITS
    # the byline element meets the credit; the link back is still asked for
    [m] = reef.check(_reef_page(over='<p class="byline">By Aroha Tane, Tasman Wire</p>'), content_type="html").matches
    assert (m.credit, m.permitted, m.unmet_conditions) == ("By Aroha Tane, Tasman Wire", False, ("link_back",))
    # "Read more at <a href=original>X</a>" meets both the credit and the link back
    [m] = reef.check(_reef_page(under=f'<p>Read more at <a href="{_REEF_URL}">Tasman Wire</a>.</p>'), content_type="html").matches
    assert (m.credit, m.permitted, m.unmet_conditions) == ("Read more at Tasman Wire.", True, ())


def test_the_credit_taken_is_the_pages_credit_line_not_a_copied_sentence_naming_the_outlet(reef: Guard) -> None:
    """The copy's first paragraph (the article's own dateline) names the wire; the credit a desk
    is shown is the page's "Source: X" line that met the condition."""
    [m] = reef.check(_reef_page(under="<p>Source: Tasman Wire</p>"), content_type="html").matches
    assert (m.attributed, m.credit) == (True, "Source: Tasman Wire")
    # without that line the copied sentence credits no one
    [m] = reef.check(_reef_page(), content_type="html").matches
    assert (m.attributed, m.credit) == (False, None)


# A notice permitting only "copy" (reproduce): a press office's statement, a university's story.
_STATEMENT = [
    "The Department of Water and Coastal Affairs has eased the level 3 water restrictions in three districts after good rains filled the main supply dams to 84 per cent of capacity this week.",
    "Households may again water gardens twice a week before eight in the morning and after six in the evening, and the ban on filling swimming pools has been lifted.",
    "Farmers with registered irrigation allocations will be told of their revised quotas by their local water user associations by the twentieth of November.",
    "The department will review the restrictions again in February, before the end of the summer rainfall season, and asked residents to keep saving water.",
    "Work continues on repairing leaking bulk pipelines in the three districts, where an estimated thirty-one per cent of treated water is lost before it reaches consumers.",
]


def _statement_page(*, under: str = "", notice: str = "", paras: list[str] | None = None) -> str:
    body = "".join(f"<p>{p}</p>" for p in (paras or _STATEMENT))
    return (f"<html lang='en'><head><meta charset='utf-8'><title>Water restrictions eased</title></head><body><article>"
            f"<h1>Water restrictions eased in three districts</h1>{body}{under}</article>{notice}</body></html>")


@pytest.mark.parametrize(
    ("notice", "copy", "verdicts"),
    [
        # freely reproduced: a verbatim copy and an excerpt are permitted, credited or not
        ("Issued by the Department of Water and Coastal Affairs. This statement may be freely reproduced.",
         True, {"bare": "permitted", "credited": "permitted", "excerpt": "permitted"}),
        # reproduced with credit: the credit is the condition
        ("© 2025 Department of Water and Coastal Affairs. This statement may be reproduced with credit to the "
         "Department of Water and Coastal Affairs.",
         True, {"bare": "reprint", "credited": "permitted", "excerpt": "excerpt"}),
        # a reader's personal copy permits no one to publish one
        ("This copy is for your personal, non-commercial use only. To order copies for distribution, contact "
         "reprints@dwca.example.", True, {"bare": "reprint", "credited": "reprint", "excerpt": "excerpt"}),
    ],
    ids=["freely", "with-credit", "personal-use"],
)
def test_a_notice_permitting_copy_permits_a_verbatim_reprint_or_an_excerpt(tmp_path, notice, copy, verdicts) -> None:
    with Guard.open(tmp_path / "fp", create=True) as g:
        g.protect_document(_statement_page(notice=f"<footer><p>{notice}</p></footer>"), source="statement.html", content_type="html")
        [art] = g.articles()
        assert ("copy" in art.notice.permitted_uses) is copy
        credit = "<p>Source: Department of Water and Coastal Affairs media statement.</p>"
        others = "".join(f"<p>Unrelated local news item number {i} about the school fete, the bowls club and the weather.</p>" for i in range(8))
        pages = {
            "bare": _statement_page(),
            "credited": _statement_page(under=credit),
            # two paragraphs among other news, no credit
            "excerpt": _statement_page(paras=[_STATEMENT[0], _STATEMENT[1]], under=others),
        }
        got = {name: g.check(page, content_type="html").verdict for name, page in pages.items()}
    assert got == verdicts


# A Creative Commons article asking for credit and a link back, and the credit lines a copy
# prints for it (a new user's trial: "By Y, X. Republished under CC BY 4.0. Original: <a>host</a>"
# met neither condition; the credit quoted was the article's own notice, absent from the page, or
# the last copied paragraph with the credit line; "Some stories courtesy of X and others." credited X).
_KILN_URL = "https://islandledger.example.tw/2026/03/kiln-fire"
_KILN = [
    "The last wood-fired kiln in the harbour district will be lit again next month after volunteers spent two winters rebuilding its collapsed chimney brick by brick.",
    "The kiln was built in 1932 by a family of potters who supplied storage jars to the fishing fleet, and it stopped working when the chimney fell during a typhoon eleven years ago.",
    "Volunteer coordinator Lin Mei-hua said more than two hundred people had helped, from retired bricklayers to schoolchildren who carried clay from the riverbank in buckets.",
    "The city's cultural affairs bureau has listed the kiln as a historic building and will pay for a roof over the firing chamber so that it can be used in the rainy season.",
    "The first firing is planned for the weekend of the lantern festival, when visitors will be invited to watch the potters load the chamber and seal its doors with mud.",
]
_KILN_NOTICE = ("This article is published under a Creative Commons Attribution 4.0 International License. You are free to "
                "republish it, provided you credit Island Ledger and link back to the original article.")
_STREET_URL = "https://www.macaustreet.example.com.hk/2026/03/kiln"
_STREET = [
    "位於老城區的最後一座柴燒窯，將在下個月重新點火。志工們花了兩個冬天，一磚一瓦地重建了倒塌的煙囪，讓這門傳承近百年的手藝得以延續。",
    "這座窯建於一九三二年，當年由一戶製陶世家興建，專門為漁船隊燒製儲水陶甕，十一年前一場颱風吹倒煙囪後便停止運作，窯主一家也陸續搬離。",
    "志工召集人林美華表示，前後有超過兩百人參與修復，從退休的砌磚師傅到放學後提著水桶到河邊挖黏土的小學生，每個人都出了一份力。",
    "市府文化局已將柴燒窯列為歷史建築，並將出資在燒成室上方加蓋屋頂，讓窯在雨季也能使用，預計今年年底前完工，屆時將開放民眾參觀。",
    "第一次燒窯預定在元宵節那個週末，屆時將邀請民眾觀看師傅們裝窯、以泥封門的過程，林美華說：「只要還有人願意學，火烘焙技藝就會傳下去，這爐火就不會熄。」",
]
_STREET_NOTICE = "本文採用創用CC 姓名標示 4.0 國際授權條款，歡迎轉載，請註明出處澳門街坊報並附上原文連結。"
_KILN_LINK = f'<a href="{_KILN_URL}">islandledger.example.tw</a>'
_STREET_LINK = f'<a href="{_STREET_URL}">{_STREET_URL}</a>'


def _kiln_page(paras: list[str], *, over: str = "", under: str = "", site: str = "Harbour Digest") -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html><head><meta charset='utf-8'><title>Kiln | {site}</title></head><body><article>"
            f"<h1>Kiln</h1>{over}{body}{under}</article></body></html>")


@pytest.fixture(scope="module")
def kiln(tmp_path_factory: pytest.TempPathFactory) -> Guard:
    g = Guard.open(tmp_path_factory.mktemp("kiln") / "fp", create=True)
    g.protect_document(_kiln_page(_KILN, over="<p>By Chen Yu-ting</p>", site="Island Ledger",
                                  under=f"<footer><p>{_KILN_NOTICE}</p><p>© 2026 Island Ledger</p></footer>"),
                       source="kiln.html", url=_KILN_URL, content_type="html")
    g.protect_document(_kiln_page(_STREET, site="澳門街坊報", under=f"<footer><p>{_STREET_NOTICE}</p><p>© 2026 澳門街坊報</p></footer>"),
                       source="street.html", url=_STREET_URL, content_type="html")
    return g


def _kiln_match(g: Guard, line: str, where: str, paras: list[str] = _KILN):  # noqa: ANN202
    rep = g.check(_kiln_page(paras, **{where: line}), content_type="html")
    [m] = rep.matches
    return rep.verdict, m


_BYLINE_CREDITS = [
    (_KILN, f"<p>By Chen Yu-ting, Island Ledger. Republished under CC BY 4.0. Original: {_KILN_LINK}</p>"),
    (_KILN, f"<p>By Chen Yu-ting, Island Ledger | Republished under CC BY 4.0 | Original: {_KILN_LINK}</p>"),
    (_KILN, f"<p>By Chen Yu-ting, Island Ledger. Republished under a Creative Commons licence. Read the original: {_KILN_LINK}</p>"),
    (_KILN, f"<p>By Chen Yu-ting, Island Ledger; republished under CC BY 4.0; original: {_KILN_LINK}</p>"),
    (_KILN, f"<p>By Chen Yu-ting, Island Ledger – republished under CC BY 4.0. Original: {_KILN_LINK}</p>"),
    (_KILN, f"<p>Story by Chen Yu-ting, Island Ledger. Republished under CC BY 4.0. Original article: {_KILN_LINK}</p>"),
    (_KILN, f"<p>By Chen Yu-ting, Island Ledger. This story is republished under CC BY 4.0. Original: <a href='{_KILN_URL}'>{_KILN_URL}</a></p>"),
    (_STREET, f"<p>文／林美華，澳門街坊報。依 CC BY 4.0 轉載。原文：{_STREET_LINK}</p>"),
    (_STREET, f"<p>作者：林美華｜澳門街坊報｜原文連結：{_STREET_LINK}</p>"),
    (_STREET, f"<p>文/林美华，澳門街坊報。依 CC BY 4.0 转载。原文：{_STREET_LINK}</p>"),
]


@pytest.mark.parametrize("where", ["over", "under"])
@pytest.mark.parametrize(("paras", "line"), _BYLINE_CREDITS)
def test_a_byline_naming_the_outlet_then_the_copys_licence_and_link_meets_credit_and_link_back(
    kiln: Guard, paras: list[str], line: str, where: str
) -> None:
    verdict, m = _kiln_match(kiln, line, where, paras)
    assert (verdict, m.attributed, m.permitted, m.unmet_conditions) == ("permitted", True, True, ())
    printed = line.removeprefix("<p>").split(" <a", 1)[0].split("<a", 1)[0]
    assert m.credit is not None and m.credit.startswith(printed.rstrip())


@pytest.mark.parametrize(
    "line",
    [
        f"<p>By contrast, Island Ledger was slow to report it. Original: {_KILN_LINK}</p>",
        f"<p>By the end of the year, Island Ledger, the local paper, had counted forty kilns across the county. {_KILN_LINK}</p>",
    ],
)
def test_a_sentence_opening_with_by_and_naming_the_outlet_is_no_byline(kiln: Guard, line: str) -> None:
    verdict, m = _kiln_match(kiln, line, "under")
    assert (verdict, m.attributed, m.unmet_conditions) == ("reprint", False, ("credit", "link_back"))


@pytest.mark.parametrize("where", ["over", "under"])
@pytest.mark.parametrize(
    ("line", "quoted"),
    [
        (f"<p>Republished from Island Ledger under CC BY 4.0: {_KILN_LINK}</p>", "Republished from Island Ledger under CC BY 4.0: islandledger.example.tw"),
        (f"<p>This article was republished from Island Ledger under a CC BY 4.0 licence. {_KILN_LINK}</p>",
         "This article was republished from Island Ledger under a CC BY 4.0 licence. islandledger.example.tw"),
        (f"<p>Republished from Island Ledger under CC BY 4.0. Read the original at {_KILN_LINK}.</p>",
         "Republished from Island Ledger under CC BY 4.0. Read the original at islandledger.example.tw."),
    ],
)
def test_the_credit_quoted_is_the_pages_own_line_never_the_articles_notice(kiln: Guard, line: str, quoted: str, where: str) -> None:
    verdict, m = _kiln_match(kiln, line, where)
    assert (verdict, m.attributed, m.unmet_conditions) == ("permitted", True, ())
    assert m.credit is not None and m.credit.startswith(quoted)
    assert "Creative Commons Attribution 4.0 International License" not in m.credit


def test_the_line_keeping_a_notice_is_the_pages_own() -> None:
    """kept_notice_line gives the page's line that claims the text for the holder, or the page's
    line where the article's notice begins: never the article's notice itself."""
    from reprint_guard.extract import extract
    from reprint_guard.notice import parse_notice
    from reprint_guard.verdict import kept_notice_line

    notice = parse_notice(f"{_KILN_NOTICE}\n© 2026 Island Ledger")
    claim = extract(_kiln_page(_KILN, under="<p>© 2026 Island Ledger. Republished under CC BY 4.0.</p>"), content_type="html")
    assert kept_notice_line(claim, notice) == "© 2026 Island Ledger. Republished under CC BY 4.0."
    kept = extract(_kiln_page(_KILN, under=f"<p>{_KILN_NOTICE}</p>"), content_type="html")
    assert kept_notice_line(kept, notice) == _KILN_NOTICE
    none = extract(_kiln_page(_KILN, under="<p>Source: Harbour Digest</p>"), content_type="html")
    assert kept_notice_line(none, notice) is None


@pytest.mark.parametrize("where", ["over", "under"])
@pytest.mark.parametrize(
    ("paras", "line", "quoted"),
    [
        (_STREET, f"<p>以上內容轉載自澳門街坊報 原文：{_STREET_LINK}</p>", f"以上內容轉載自澳門街坊報 原文：{_STREET_URL}"),
        (_STREET, f"<p>以上内容转载自澳門街坊報 原文：{_STREET_LINK}</p>", f"以上内容转载自澳門街坊報 原文：{_STREET_URL}"),
        (_STREET, f"<p>轉載自澳門街坊報 原文：{_STREET_LINK}</p>", f"轉載自澳門街坊報 原文：{_STREET_URL}"),
        (_KILN, f"<p>As reported by Island Ledger. {_KILN_LINK}</p>", "As reported by Island Ledger. islandledger.example.tw"),
    ],
)
def test_a_credit_line_is_quoted_without_the_copied_paragraph_beside_it(
    kiln: Guard, paras: list[str], line: str, quoted: str, where: str
) -> None:
    verdict, m = _kiln_match(kiln, line, where, paras)
    assert (verdict, m.attributed, m.unmet_conditions) == ("permitted", True, ())
    assert m.credit == quoted


@pytest.mark.parametrize("where", ["over", "under"])
@pytest.mark.parametrize(
    "footer",
    [
        "Some stories courtesy of Island Ledger and others.",
        "Stories courtesy of Island Ledger and others.",
        "Stories courtesy of Island Ledger and other partners.",
        "Some content provided by Island Ledger.",
        "Some of our stories come from Island Ledger and other outlets.",
    ],
)
def test_a_statement_about_the_sites_stories_at_large_is_no_credit(kiln: Guard, footer: str, where: str) -> None:
    line = f"<p>{footer}</p><p>{_KILN_LINK}</p>"
    verdict, m = _kiln_match(kiln, line, where)
    assert (verdict, m.attributed, m.permitted, m.unmet_conditions, m.credit) == ("reprint", False, False, ("credit", "link_back"), None)


@pytest.mark.parametrize("where", ["over", "under"])
def test_a_credit_beside_a_statement_about_the_sites_stories_still_credits(kiln: Guard, where: str) -> None:
    line = f"<p>Source: Island Ledger. Some stories on this site courtesy of other outlets.</p><p>{_KILN_LINK}</p>"
    verdict, m = _kiln_match(kiln, line, where)
    assert (verdict, m.attributed, m.unmet_conditions) == ("permitted", True, ())
    assert m.credit == "Source: Island Ledger. Some stories on this site courtesy of other outlets."


@pytest.mark.parametrize(
    "notice",
    [
        "Copyright (c) 2025 Marlow Bay Gazette Ltd. No part of this article\nmay be republished without permission.",
        "Copyright (c) 2025 Marlow Bay Gazette Ltd. All rights reserved. No part of it\nmay be republished without permission.",
    ],
)
def test_a_ban_wrapped_before_its_verb_permits_no_plain_copy(tmp_path, notice):
    # "may be republished without permission" on a line of its own read as a permission: a plain
    # copy without credit came out `permitted`, exit 0 (a new user's trial, session 26)
    from reprint_guard import Guard

    paras = [f"The harbour board approved dredging plan number {i} on Monday after two years of hearings on the channel's depth and silt." for i in range(6)]
    body = "\n\n".join(paras)
    with Guard.open(tmp_path / "s", create=True) as g:
        g.protect_document(f"Dredging approved\n\n{body}\n\n{notice}\n", source="a.txt")
        r = g.check(f"Dredging approved\n\n{body}\n")
        assert r.verdict == "reprint"
