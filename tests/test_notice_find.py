"""The page step of notice handling: the whole notice block found wherever outlets print it,
kept out of the fingerprinted body, handed to the parser with the page's site name.

Every page here is INVENTED (names, numbers, domains: ``.example``, Ofcom drama numbers,
555-01xx); each kind of placement has several variants (HTML and text, Simplified and
Traditional Chinese, English). A case asserts the notice found (its first and last line and
every line between) and the body without it (the article's paragraphs, nothing else).
"""

from __future__ import annotations

from html import escape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reprint_guard.extract import extract
from reprint_guard.notice import parse_notice

ZH = [
    "北岭市政府今天召开新闻发布会，介绍今年城乡公园建设和老旧小区改造工作的进展情况。",
    "据介绍，全市今年已新建口袋公园四十二个，改造老旧小区一百一十个，惠及居民三万余户。",
    "市住建局负责人表示，下一步将重点推进雨污分流和加装电梯工作，力争年底前全部完工。",
    "不少居民对改造效果表示满意。家住东城区的李阿姨说，小区环境变好了，出门散步也方便了。",
    "据悉，明年全市还将安排专项资金，继续改造一批建成年代较早、配套设施不全的老旧小区。",
]
TW = [
    "北嶺市政府今天召開記者會，說明今年城鄉公園建設與老舊社區改造工作的進度。",
    "據了解，全市今年已新建口袋公園四十二座，改造老舊社區一百一十個，受惠居民超過三萬戶。",
    "市府相關負責人表示，下一步將優先推動雨污分流與增設電梯，力拚年底前全部完工。",
    "不少居民對改造成果表示滿意。住在東區的李太太說，社區環境變好了，出門散步也方便多了。",
    "據悉，明年市府還將編列專款，繼續改造一批屋齡較高、配套設施不足的老舊社區。",
]
EN = [
    "The Northfield city council approved a new budget on Tuesday that sets aside money for twelve "
    "small parks and the repair of older housing estates across the district.",
    "Officials said the work would begin in the spring and should be finished before the end of next "
    "year, although some residents doubt that the timetable can be kept.",
    '"We have waited a long time for this," said Maria Lopez, who has lived on Elm Street for thirty '
    'years. "The playground has been closed since 2019."',
    "The council will publish a list of the first sites next month and hold public meetings in each "
    "district before any construction starts.",
]


def _html(title: str, body: list[str], *, before: str = "", after: str = "", footer: str = "", head: str = "",
          lang: str = "zh-CN") -> str:  # fmt: skip
    paras = "\n".join(f"<p>{escape(p)}</p>" for p in body)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{escape(title)}</title>{head}</head>'
        f"<body><header><nav>首页 | 新闻 | 财经 | 体育 | 文化</nav></header><main><article>"
        f"<h1>{escape(title)}</h1>{before}<div class=\"content\">\n{paras}\n{after}</div></article></main>"
        f"<footer>{footer}</footer></body></html>"
    )


def _text(title: str, body: list[str], *, before: str = "", after: str = "") -> str:
    parts = [title, *([before] if before else []), *body, *([after] if after else [])]
    return "\n\n".join(parts)


def _check(doc, body: list[str], notice_lines: list[str] | None) -> None:
    """The body is exactly the article's paragraphs; the notice starts with the first notice
    line, ends with the last one and holds every line between."""
    assert doc.text.split("\n") == body, doc.text
    if notice_lines is None:
        return
    assert doc.notice_text is not None, "no notice found"
    found = [line.strip() for line in doc.notice_text.split("\n") if line.strip()]
    assert found[0].startswith(notice_lines[0][:12]), found
    assert found[-1].endswith(notice_lines[-1][-8:]), found
    for line in notice_lines:
        assert line in doc.notice_text, (line, doc.notice_text)


# --- the cases -------------------------------------------------------------------------------
DECLARE = [
    "声明：本文为北岭晚报原创稿件，未经授权不得转载、修改、摘编，违者必究。",
    "联系人：王先生",
    "电话：010-5555 0123",
    "邮箱：copyright@beiling.example.cn",
]
DECLARE_ONE = "声明：本文为北岭晚报原创稿件，未经授权不得转载、修改、摘编，违者必究。如需授权请联系：王先生，电话：010-5555 0123，邮箱：copyright@beiling.example.cn"
TW_NOTICE = ["版權所有 © 2024 北嶺新聞網", "未經授權，不得轉載、重製、改作或公開傳輸。", "聯絡電話：(02) 2555-0101"]
EN_AP = [
    "Copyright 2024 The Northfield Gazette. All rights reserved.",
    "This material may not be published, broadcast, rewritten or redistributed without permission.",
]
ZH_WIDGETS = [
    "责任编辑：张三",
    "分享到：微信 微博 QQ空间",
    "相关阅读",
    "北岭市出台老旧小区改造三年行动方案",
    "东城区十个口袋公园本周对外开放",
    "市住建局：今年加装电梯二百部",
    "欢迎关注北岭晚报微信公众号",
]
TW_WIDGETS = ["責任編輯：陳小明", "分享到：Facebook LINE", "延伸閱讀", "北嶺市公布社區改造三年計畫", "東區口袋公園本週開放"]
EN_WIDGETS = ["Reprints & permissions", "Share this article", "Related stories",
              "Council delays vote on bus lanes", "Northfield opens three new libraries"]  # fmt: skip

TEXT_CASES = [
    pytest.param(_text("北岭公园建设提速", ZH, after="\n".join(DECLARE)), ZH, DECLARE, id="zh-text-declare-lines"),
    pytest.param(_text("北岭公园建设提速", ZH, after="\n\n".join(DECLARE)), ZH, DECLARE, id="zh-text-declare-blank-lines"),
    pytest.param(_text("北岭公园建设提速", ZH, after=DECLARE_ONE), ZH, [DECLARE_ONE], id="zh-text-declare-one-line"),
    pytest.param(
        _text("北岭公园建设提速", ZH, after="\n".join(DECLARE + ZH_WIDGETS)), ZH, DECLARE, id="zh-text-then-widgets"
    ),
    pytest.param(
        _text("北岭公园建设提速", ZH, before="来源：北岭晚报　作者：王五", after="\n".join(DECLARE[:1] + ZH_WIDGETS[:2])),
        ZH, DECLARE[:1], id="zh-text-source-line-above",
    ),  # fmt: skip
    pytest.param(
        _text("北岭公园建设提速", ZH, after="版权声明\n本文系北岭晚报\n原创作品\n未经授权\n不得转载"),
        ZH, ["版权声明", "本文系北岭晚报", "不得转载"], id="zh-text-split-short-lines",
    ),  # fmt: skip
    pytest.param(
        _text("北嶺公園建設提速", TW, after="\n".join(TW_NOTICE + TW_WIDGETS)), TW, TW_NOTICE, id="tw-text-then-widgets"
    ),
    pytest.param(
        _text("北嶺公園建設提速", TW, after="本文由北嶺新聞網授權刊登，未經同意\n請勿轉載\n歡迎關注北嶺新聞網"),
        TW, ["本文由北嶺新聞網授權刊登，未經同意", "請勿轉載"], id="tw-text-split-follow",
    ),  # fmt: skip
    pytest.param(_text("Parks plan approved", EN, after="\n".join(EN_AP)), EN, EN_AP, id="en-text-ap"),
    pytest.param(
        _text("Parks plan approved", EN, after="\n".join(EN_AP + EN_WIDGETS)), EN, EN_AP, id="en-text-ap-widgets"
    ),
    pytest.param(
        # a notice wrapped at a fixed width in the middle of its list of uses
        _text("北岭公园建设提速", ZH, after="本刊所载文章，版权归北岭杂志社所有。未经本刊书面许可，任何单位和个人不得转载、摘编、复制、镜\n像、汇编或通过信息网络传播本刊内容；经许可使用的，须注明出处。本刊已授权期刊数据库收录全文。\n版权事务：010-5555 0123"),
        ZH, ["本刊所载文章，版权归北岭杂志社所有。", "像、汇编或通过信息网络传播", "版权事务：010-5555 0123"], id="zh-text-wrapped-list",
    ),  # fmt: skip
    pytest.param(
        # a membership ask between the notice and the footer is a widget line
        _text("北嶺公園建設提速", TW, after="本文採用創用CC「姓名標示－非商業性」4.0 國際授權條款，歡迎非商業轉載。\n喜歡這篇報導嗎？成為北嶺誌會員，支持深度報導\n延伸閱讀"),
        TW, ["本文採用創用CC「姓名標示－非商業性」4.0 國際授權條款，歡迎非商業轉載。"], id="tw-text-membership-ask",
    ),  # fmt: skip
    pytest.param(
        _text("Parks plan approved", EN, after="© 2024 Northfield Gazette Ltd\nAll rights reserved\nFor reprint rights contact permissions@northfield.example"),
        EN, ["© 2024 Northfield Gazette Ltd", "permissions@northfield.example"], id="en-text-split",
    ),  # fmt: skip
]


@pytest.mark.parametrize(("page", "body", "notice"), TEXT_CASES)
def test_text_notice_found_and_cut(page: str, body: list[str], notice: list[str]) -> None:
    _check(extract(page, content_type="text"), body, notice)


GLUED = [
    pytest.param(ZH, "版权声明：本文为北岭晚报原创，未经授权不得转载。", id="zh-glued-heading"),
    pytest.param(ZH, "（本文为北岭晚报原创稿件，转载请注明出处。）", id="zh-glued-bracket"),
    pytest.param(ZH, "声明：本文为北岭晚报原创，未经授权不得转载、修改、摘编。联系人：王先生，电话：010-5555 0123。", id="zh-glued-contacts"),
    pytest.param(TW, "版權所有，未經授權不得轉載。", id="tw-glued"),
    pytest.param(EN, " Copyright 2024 The Northfield Gazette. All rights reserved.", id="en-glued"),
    pytest.param(EN, " This material may not be published, broadcast, rewritten or redistributed.", id="en-glued-ap"),
]


@pytest.mark.parametrize(("body", "notice"), GLUED)
@pytest.mark.parametrize("fmt", ["text", "html"])
def test_notice_glued_to_last_paragraph(body: list[str], notice: str, fmt: str) -> None:
    glued = [*body[:-1], body[-1] + notice]
    page = _text("标题：公园建设", glued) if fmt == "text" else _html("公园建设提速", glued)
    doc = extract(page, content_type=fmt)
    assert doc.notice_text is not None and doc.notice_text.strip() == notice.strip()
    assert doc.text.split("\n")[-len(body):] == body  # fmt: skip


HTML_CASES = [
    pytest.param(
        _html("北岭公园建设提速", ZH, after="".join(f"<p>{escape(x)}</p>" for x in DECLARE)), ZH, DECLARE,
        id="zh-html-declare-paragraphs",
    ),  # fmt: skip
    pytest.param(
        _html("北岭公园建设提速", ZH, after="<p>" + "<br>".join(escape(x) for x in DECLARE) + "</p>"), ZH, DECLARE,
        id="zh-html-declare-br",
    ),  # fmt: skip
    pytest.param(
        _html("北岭公园建设提速", ZH, after="<p>" + escape(DECLARE[0]) + "</p><p>责任编辑：张三</p>"
              '<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>'
              '<div class="related"><h3>相关阅读</h3><ul>'
              + "".join(f'<li><a href="/n/{i}.html">{escape(t)}</a></li>' for i, t in enumerate(ZH_WIDGETS[3:6]))
              + "</ul></div><p>欢迎关注北岭晚报微信公众号</p>"),
        ZH, DECLARE[:1], id="zh-html-then-editor-share-related-follow",
    ),  # fmt: skip
    pytest.param(
        _html("北岭公园建设提速", ZH, footer='<div class="copyright">版权所有 © 2024 北岭日报社<br>'
              "京ICP备12345678号-1 京公网安备11010502030405号<br>"
              "未经书面授权，禁止转载、摘编、复制或建立镜像<br>互联网新闻信息服务许可证：11120180002</div>"),
        ZH, ["版权所有 © 2024 北岭日报社", "京ICP备12345678号-1", "未经书面授权，禁止转载、摘编、复制或建立镜像",
             "互联网新闻信息服务许可证：11120180002"], id="zh-html-footer-icp-br",
    ),  # fmt: skip
    pytest.param(
        _html("北岭公园建设提速", ZH, footer="<p>关于我们 | 联系我们 | 网站地图</p><p>北岭日报社 版权所有</p>"
              "<p>京ICP备12345678号</p><p>本网站所刊登的各种新闻、信息，未经协议授权，禁止下载使用</p>"
              "<p>违法和不良信息举报电话：010-5555 0199</p>"),
        ZH, ["北岭日报社 版权所有", "京ICP备12345678号", "禁止下载使用", "违法和不良信息举报电话：010-5555 0199"],
        id="zh-html-footer-paragraphs",
    ),  # fmt: skip
    pytest.param(
        _html("北嶺公園建設提速", TW, lang="zh-TW", after="<p>" + "<br>".join(escape(x) for x in TW_NOTICE) + "</p>"
              '<div class="tags">延伸閱讀：<a href="/a/1">北嶺市公布社區改造三年計畫</a></div>'),
        TW, TW_NOTICE, id="tw-html-br-related",
    ),  # fmt: skip
    pytest.param(
        _html("Parks plan approved", EN, lang="en", after="".join(f"<p>{escape(x)}</p>" for x in EN_AP)
              + '<div class="tools"><a href="/reprints">Reprints &amp; permissions</a> <a href="#">Print</a></div>'),
        EN, EN_AP, id="en-html-ap-tools",
    ),  # fmt: skip
    pytest.param(
        _html("Parks plan approved", EN, lang="en", footer="<p>© 2024 Northfield Gazette Ltd. All rights reserved.</p>"
              "<p>Registered in England No. 01234567</p><p>No part of this site may be reproduced without our written permission.</p>"),
        EN, ["© 2024 Northfield Gazette Ltd. All rights reserved.", "No part of this site may be reproduced without our written permission."],
        id="en-html-footer",
    ),  # fmt: skip
    # a newsletter's republish box (one long paragraph opening with a question), then its
    # subscribe box and a reading prompt, over a footer © line: the box names no holder, so
    # the footer's claim joins it (not the subscribe box between)
    pytest.param(
        _html("Parks plan approved", EN, lang="en", after=(
            "<div class='republish-note'><p>Want to republish something from the Northfield Brief? Forwarding this "
            "newsletter is always fine. To run one of our stories on your site or in print, reply to this email or "
            "write to <a href='mailto:hello@northfieldbrief.example'>hello@northfieldbrief.example</a> first.</p></div>"
            "<div class='subscribe'><h3>Keep reading</h3><p>Subscribe to the Northfield Brief to get every edition.</p></div>"),
            footer="<p>© 2024 Northfield Brief.</p><p><a href='#'>Powered by a newsletter platform</a></p>"),
        EN, ["Want to republish something from the Northfield Brief? Forwarding this newsletter is always fine. To run one "
             "of our stories on your site or in print, reply to this email or write to hello@northfieldbrief.example first.",
             "© 2024 Northfield Brief."],
        id="en-html-newsletter-republish-box",
    ),  # fmt: skip
    # a public account's repost: source and licence in one sentence, then whom to ask
    pytest.param(
        _html("北岭公园建设提速", ZH, after="<p>本文转载自公众号“北岭笔记”（ID：beiling_biji），已获授权。如需二次转载，请联系原公众号。</p>"
              "<p>文字｜林晚　编辑｜小禾</p><p>▼ 点击下方名片，关注北岭读书会</p>"),
        ZH, ["本文转载自公众号“北岭笔记”（ID：beiling_biji），已获授权。如需二次转载，请联系原公众号。"],
        id="zh-html-licensed-repost-sentence",
    ),  # fmt: skip
    # desk rows right after the article and above the footer's © line: the first row is the
    # page's next line after the article, and belongs to the block (new-user trial, session 12)
    pytest.param(
        _html("Parks plan approved", EN, lang="en", footer="<p>Reprints &amp; Permissions: permissions@northfield.example · 555-0142</p>"
              "<p>News tips: tips@northfield.example · 555-0177</p><p>© 2024 Northfield Media Ltd. All rights reserved.</p>"),
        EN, ["Reprints & Permissions: permissions@northfield.example · 555-0142", "News tips: tips@northfield.example · 555-0177",
             "© 2024 Northfield Media Ltd. All rights reserved."],
        id="en-html-desk-rows-above-the-footer-claim",
    ),  # fmt: skip
    # a reprint vendor's route closing the article, the site's © in the page footer with a
    # desk row, a subscribe box between: the route names no holder, so the footer's claim and
    # desk row join it (session 16)
    pytest.param(
        _html("Parks plan approved", EN, lang="en",
              after="<p>For reprint and licensing requests for this article, contact Brightline Reprints at 555-0142.</p>",
              footer="<div class='subscribe'><p>Subscribe to the Northfield Ledger for every edition.</p></div>"
                     "<p>© 2026 The Northfield Ledger. All rights reserved.</p><p>Syndication: syndication@northfield.example</p>"),
        EN, ["For reprint and licensing requests for this article, contact Brightline Reprints at 555-0142.",
             "© 2026 The Northfield Ledger. All rights reserved.", "Syndication: syndication@northfield.example"],
        id="en-html-vendor-route-then-footer-claim",
    ),  # fmt: skip
]


@pytest.mark.parametrize(("page", "body", "notice"), HTML_CASES)
def test_html_notice_found_and_cut(page: str, body: list[str], notice: list[str]) -> None:
    _check(extract(page, content_type="html"), body, notice)


def test_the_footer_claim_joins_a_route_that_names_no_holder() -> None:
    """The holder is the footer's, not the vendor's; the subscribe box stays out."""
    case = next(p for p in HTML_CASES if p.id == "en-html-vendor-route-then-footer-claim")
    doc = extract(case.values[0], content_type="html")
    assert "Subscribe" not in doc.notice_text
    notice = parse_notice(doc.notice_text, site=doc.outlet)
    assert notice.rights_holder == "The Northfield Ledger"
    assert [(e.address, e.role) for e in notice.emails] == [("syndication@northfield.example", "licensing")]


def test_creative_commons_licence_from_the_link() -> None:
    after = (
        '<p>This article is republished from <a href="https://campus.example/">The Campus Review</a> under a '
        '<a href="https://creativecommons.org/licenses/by-nd/4.0/">Creative Commons license</a>. '
        '<a href="https://campus.example/parks-1234">Read the original article</a>.</p>'
    )
    doc = extract(_html("Parks plan approved", EN, lang="en", after=after), content_type="html")
    assert doc.text.split("\n") == EN
    assert doc.notice_text is not None and doc.notice_text.startswith("This article is republished from")
    assert doc.notice_text.endswith("Read the original article.\nCC BY-ND 4.0")
    notice = parse_notice(doc.notice_text, site=doc.outlet)
    assert notice.licence == "CC BY-ND 4.0"


@pytest.mark.parametrize(
    ("head", "want"),
    [
        pytest.param('<meta name="copyright" content="北岭日报社版权所有">', "北岭日报社版权所有", id="meta"),
        pytest.param(
            '<script type="application/ld+json">{"@type":"NewsArticle","copyrightHolder":{"@type":"Organization",'
            '"name":"Northfield Gazette Ltd"}}</script>', "Northfield Gazette Ltd", id="json-ld",
        ),  # fmt: skip
        pytest.param('<meta name="dc.rights" content="© 2024 北嶺新聞網">', "© 2024 北嶺新聞網", id="dc-rights"),
    ],
)
def test_head_only_notice(head: str, want: str) -> None:
    doc = extract(_html("北岭公园建设提速", ZH, head=head), content_type="html")
    assert doc.text.split("\n") == ZH
    assert doc.notice_text == want


def test_rss_copyright_element() -> None:
    page = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Northfield Gazette</title>'
        "<copyright>Copyright 2024 Northfield Gazette Ltd</copyright><item><title>Parks plan approved</title>"
        f"<description>{escape(' '.join(EN))}</description></item></channel></rss>"
    )
    doc = extract(page, content_type="html")
    assert doc.notice_text is not None and "Northfield Gazette Ltd" in doc.notice_text


@pytest.mark.parametrize(
    ("notice", "site_head", "site"),
    [
        pytest.param("本网所有原创内容，未经授权禁止转载。", '<meta property="og:site_name" content="北岭新闻网">', "北岭新闻网", id="og-site"),
        pytest.param("本站原创文章，未经许可不得转载、摘编。", "", "北岭新闻网", id="title-suffix"),
        pytest.param("本報所有內容，未經授權不得轉載。", '<meta property="og:site_name" content="北嶺日報">', "北嶺日報", id="tw-og-site"),
    ],
)
def test_site_name_goes_to_the_parser(notice: str, site_head: str, site: str) -> None:
    page = _html("北岭公园建设提速", ZH, head=site_head, after=f"<p>{escape(notice)}</p>").replace(
        "<title>北岭公园建设提速</title>", f"<title>北岭公园建设提速_{site}</title>"
    )
    doc = extract(page, content_type="html")
    assert doc.text.split("\n") == ZH
    assert doc.notice_text == notice
    assert doc.outlet == site
    assert parse_notice(doc.notice_text, site=doc.outlet).rights_holder == site


# --- not claims: cut from the body, no holder invented ---------------------------------------
NOT_CLAIMS = [
    pytest.param("免责声明：本文仅代表作者本人观点，与本网无关。如有侵权，请联系删除。", id="zh-disclaimer"),
    pytest.param("声明：该文观点仅代表作者本人，本号系信息发布平台，仅提供信息存储空间服务。", id="zh-platform"),
    pytest.param("（网友评论仅供其表达个人看法，并不表明本网同意其观点或证实其描述）", id="zh-comment-rules"),
    pytest.param("免責聲明：本文僅代表作者個人觀點，不代表本台立場。", id="tw-disclaimer"),
    pytest.param("The views expressed in this article are the author's own and do not necessarily reflect our editorial policy.", id="en-views"),
]


@pytest.mark.parametrize("trailer", NOT_CLAIMS)
@pytest.mark.parametrize("fmt", ["text", "html"])
def test_not_claims_are_cut_but_name_no_holder(trailer: str, fmt: str) -> None:
    body = EN if trailer.isascii() else (TW if "免責" in trailer else ZH)
    page = _text("公园建设提速", body, after=trailer) if fmt == "text" else _html("公园建设提速", body, after=f"<p>{escape(trailer)}</p>")
    doc = extract(page, content_type=fmt)
    assert doc.text.split("\n") == body
    if doc.notice_text is not None:
        assert parse_notice(doc.notice_text, site=doc.outlet).rights_holder is None


@pytest.mark.parametrize(
    "lead", ["【北岭日报专讯】", "（北岭日报讯）", "本报讯（记者 王五）"]
)
def test_lead_credit_is_not_a_holder(lead: str) -> None:
    page = _text("北岭公园建设提速", [lead + ZH[0], *ZH[1:]])
    doc = extract(page, content_type="text")
    assert doc.notice_text is None or parse_notice(doc.notice_text).rights_holder is None
    assert doc.text.split("\n")[1:] == ZH[1:]


# --- article paragraphs are never notice ------------------------------------------------------
ARTICLE_ABOUT_COPYRIGHT = [
    "法院审理查明，被告公司在其网站上转载了原告的三十篇文章，并未注明出处。",
    "法院认为，被告未经许可转载他人作品，侵犯了原告的信息网络传播权，应当赔偿经济损失。",
    "业内人士表示，新闻作品的版权保护近年来受到越来越多的关注，不少媒体开始设立专门的维权部门。",
]

SENTENCES = st.sampled_from(
    [
        *[s + "。" for p in ZH for s in p.rstrip("。").split("。")],
        "记者从市交通局获悉，地铁三号线二期工程将于下月开通试运营。",
        "专家指出，要推动文化产业高质量发展，必须加强原创作品的保护。",
        "该报告由市统计局发布，数据显示上半年全市居民收入同比增长百分之六。",
        "活动现场，市民们纷纷拿出手机拍照留念，并通过朋友圈分享给亲友。",
        "他说，这家网站去年曾经因为转载新闻稿件的问题被有关部门约谈。",
        "市民可以通过“北岭发布”微信公众号预约办理，也可以在网友留言板提出意见，相关部门将及时回复。",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(SENTENCES, min_size=1, max_size=4).map("".join), min_size=2, max_size=8, unique=True))
def test_news_paragraphs_are_never_notice(paragraphs: list[str]) -> None:
    for page, fmt in ((_text("北岭新闻", paragraphs), "text"), (_html("北岭新闻", paragraphs), "html")):
        doc = extract(page, content_type=fmt)
        assert doc.notice_text is None, doc.notice_text
        assert doc.text.split("\n") == paragraphs


def test_article_about_copyright_is_not_notice() -> None:
    doc = extract(_text("媒体版权案宣判", ZH[:2] + ARTICLE_ABOUT_COPYRIGHT), content_type="text")
    assert doc.text.split("\n") == ZH[:2] + ARTICLE_ABOUT_COPYRIGHT


NOTICES = st.sampled_from(
    ["\n".join(DECLARE), DECLARE_ONE, "\n".join(TW_NOTICE), "\n".join(EN_AP), "版权所有 © 北岭日报社 未经授权禁止转载"]
)
TRAILERS = st.lists(st.sampled_from(ZH_WIDGETS + TW_WIDGETS + EN_WIDGETS), max_size=5).map("\n".join)


# An article of at least 60 characters: a shorter text is no article (checks skip texts under
# min_tokens). Its last paragraph may be short, with the notice glued to it.
ARTICLES = st.lists(st.lists(SENTENCES, min_size=1, max_size=4).map("".join), min_size=1, max_size=8, unique=True).filter(
    lambda ps: sum(map(len, ps)) >= 60
)


@settings(max_examples=60, deadline=None)
@given(ARTICLES, NOTICES, TRAILERS, st.booleans())
def test_body_and_notice_never_lose_article_text(paragraphs: list[str], notice: str, trailer: str, glue: bool) -> None:
    if glue:
        page = "\n".join([*paragraphs[:-1], paragraphs[-1] + notice.replace("\n", " "), trailer])
    else:
        page = "\n".join([*paragraphs, notice, trailer])
    doc = extract(page, content_type="text")
    assert doc.notice_text is not None
    for p in paragraphs:
        assert p in doc.text
    assert doc.text.split("\n") == paragraphs


def test_a_copyright_meta_holding_a_whole_notice_is_not_the_outlet() -> None:
    body = "".join(f"<p>{'市政府今天召开会议，研究部署城乡公园建设和老旧小区改造工作，会议强调要把民生实事办好办实。' * 3}</p>" for _ in range(5))
    meta = "Copyright © 2024 滨海日报社 版权所有 未经许可不得转载 电话 0532-85551234"
    for title, outlet in (("公园_滨海新闻网", "滨海新闻网"), ("公园", None)):
        page = f'<html><head><meta name="copyright" content="{meta}"><title>{title}</title></head><body><article><h1>公园</h1>{body}</article></body></html>'
        doc = extract(page)
        assert (doc.outlet, doc.notice_text) == (outlet, meta)
    short = page.replace(meta, "滨海日报社")
    assert extract(short).outlet == "滨海日报社"


BYLINE_BODY = "".join(
    f"<p>{'县里新修的步道沿着河岸延伸了十二公里，周末来散步骑行的市民络绎不绝，沿线还新设了三处驿站。' * 2}</p>" for _ in range(5)
)


@pytest.mark.parametrize(
    ("byline", "notice", "holder"),
    [
        ('<div class="info">发表于 2024-03-15 | 作者：林小舟</div>', "本文为博主原创，转载请联系作者。", "林小舟"),
        ('<span class="author-name">竹影手记</span>', "本文由平台作者上传并发布。未经作者许可，不得转载。", "竹影手记"),
        ('<p>文/陈默</p>', "著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。", "陈默"),
        ('<div class="byline">By Dana Whitfield</div>', "All rights reserved. Copyright remains with the author.", "Dana Whitfield"),
        ('<meta name="author" content="周雨桐">', "版權歸作者所有，未經同意不得轉載。", "周雨桐"),
        ('<div class="info">作者：林小舟</div>', "本网版权所有，未经授权不得转载。", "南岭新闻网"),
    ],
)
def test_a_notice_giving_the_rights_to_the_author_names_the_byline(byline: str, notice: str, holder: str) -> None:
    head, body = (byline, "") if byline.startswith("<meta") else ("", byline)
    page = (
        f'<html><head><meta charset="utf-8">{head}<title>河岸步道_南岭新闻网</title></head><body>'
        f'<div class="article"><h1>河岸步道</h1>{body}<div class="content">{BYLINE_BODY}</div>'
        f'<div class="declare">{notice}</div></div></body></html>'
    )
    doc = extract(page)
    assert parse_notice(doc.notice_text, site=doc.outlet, author=doc.author).rights_holder == holder


def test_an_author_claim_without_a_byline_names_nobody() -> None:
    page = f'<html><body><div class="article"><h1>河岸步道</h1><div class="content">{BYLINE_BODY}</div><p>本文为博主原创，未经许可不得转载。</p></div></body></html>'
    doc = extract(page)
    assert doc.author is None
    assert parse_notice(doc.notice_text, site=doc.outlet, author=doc.author).rights_holder is None


def test_json_ld_copyright_notice_is_the_notice_with_its_terms() -> None:
    ld = ('{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Bridge reopens",'
          '"copyrightHolder":{"@type":"Organization","name":"Marsh & Vale Media Ltd"},'
          '"copyrightNotice":"© 2025 Marsh & Vale Media Ltd. Not for redistribution. Text and data mining is prohibited."}]}')
    page = (f'<html><head><script type="application/ld+json">{ld}</script><title>Bridge reopens</title></head>'
            f'<body><article><h1>Bridge reopens</h1><div class="body">{BYLINE_BODY}</div></article></body></html>')
    doc = extract(page)
    n = parse_notice(doc.notice_text, site=doc.outlet, author=doc.author)
    assert n.rights_holder in ("Marsh & Vale Media Ltd", "Marsh & Vale Media Ltd.")  # the sentence's stop
    assert {"redistribute", "scrape"} <= set(n.forbidden_uses)


def test_an_rss_items_dc_rights_is_its_notice() -> None:
    feed = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            '<channel><title>Northgate Wire</title><item><title>Ferry timetable changes</title>'
            '<dc:rights>© 2024 Northgate Wire Services. Not for redistribution.</dc:rights>'
            f'<description>{"The ferry operator said the winter timetable would add two evening sailings. " * 8}</description>'
            '</item></channel></rss>')
    doc = extract(feed, content_type="html")
    n = parse_notice(doc.notice_text, site=doc.outlet)
    assert (n.rights_holder, n.forbidden_uses) == ("Northgate Wire Services", ("redistribute",))


def _legal_list_page(claim_in_list: bool) -> str:
    items = (
        "<li><a href='https://news.example/tips/'>Submit a News Tip</a></li>"
        "<li><a href='https://news.example/terms/'>Terms of Service</a></li>"
        "<li><a href='https://news.example/video-licensing/'>Video Licensing</a></li>"
    )
    claim = "Copyright © 2025 Harborline Media, LLC. All rights reserved"
    footer = f"<ul>{items}<li>{claim}</li></ul>" if claim_in_list else f"<ul>{items}</ul><p>{claim}</p>"
    return _html("Parks plan approved", EN, lang="en", footer=footer)


@pytest.mark.parametrize("claim_in_list", [True, False])
def test_a_legal_lists_licensing_link_joins_the_claim_it_lists(claim_in_list: bool) -> None:
    """A footer legal list whose item is the © line, or printed straight over a © paragraph
    with nothing between, is one block with it: its 'Video Licensing' link is the licensing
    route (bench/notices README, Rounds 22B, 25B; rounds 32 and 36 tune)."""
    doc = extract(_legal_list_page(claim_in_list), content_type="html")
    notice = parse_notice(doc.notice_text, site=doc.outlet)
    assert notice.rights_holder == "Harborline Media, LLC"
    assert [(u.url, u.role) for u in notice.urls] == [("https://news.example/video-licensing/", "licensing")]


def test_a_link_list_apart_from_the_claim_is_another_block() -> None:
    """A sentence between the link list and the © line: the list is the page's navigation."""
    items = "<li><a href='https://news.example/licensing/'>Video Licensing</a></li><li><a href='https://news.example/terms/'>Terms</a></li>"
    footer = f"<ul>{items}</ul><p>Harborline publishes twelve local titles across the state, with more than two hundred journalists in its newsrooms.</p><p>Copyright © 2025 Harborline Media, LLC.</p>"
    doc = extract(_html("Parks plan approved", EN, lang="en", footer=footer), content_type="html")
    assert parse_notice(doc.notice_text, site=doc.outlet).urls == ()


def test_a_credit_request_takes_the_footer_claim_over_the_credited_name() -> None:
    """转载请注明出处：X names X only as the credit to print; the footer's 版权所有 is the claim
    (round 32 tune)."""
    page = _html("校园新闻", ZH, after="<p>（转载请注明出处：终南科技大学新闻网）</p>",
                 footer="<p>版权所有：终南科技大学党委宣传部（新闻中心）</p><p>新闻热线：029-82663170</p>")  # fmt: skip
    doc = extract(page, content_type="html")
    notice = parse_notice(doc.notice_text, site=doc.outlet)
    assert notice.rights_holder == "终南科技大学党委宣传部（新闻中心）"
    assert (notice.permitted_uses, notice.conditions) == (("reprint",), ("credit",))
    assert [(p.as_written, p.role) for p in notice.phones] == [("029-82663170", "tip")]


@pytest.mark.parametrize(
    ("tail", "holder"),
    [
        # a licensing row with the desk's postal address, longer than a contact line (second trial)
        (["Copyright 2026 by the Ashford Gazette.",
          "Reprint requests: Reprints Desk, Ashford Gazette, 12 Mill Lane, Ashford TN23 1AA; phone 01233 555 010; reprints@ashfordgazette.example"],
         "Ashford Gazette"),
        # an unlabelled views disclaimer closing the article is cut from the body, naming no one
        (["The views and opinions expressed in this article are the author's own and do not necessarily reflect the editorial "
          "position of Brightwater Daily."], None),
    ],
)
def test_plain_text_tails_from_the_second_trial_leave_the_body(tail: list[str], holder: str | None) -> None:
    doc = extract(_text("Parks plan approved", EN, after="\n".join(tail)), content_type="text")
    assert doc.text.split("\n") == EN
    assert doc.notice_text is not None and doc.notice_text.splitlines()[-1] == tail[-1]
    assert parse_notice(doc.notice_text).rights_holder == holder


def test_a_reprint_by_a_named_sources_leave_is_the_notice() -> None:
    """本文由《X》授權轉載 says whose article it is, as 经X授权转载 does (second new-user trial)."""
    doc = extract(_html("北嶺公園建設提速", TW, lang="zh-TW", after="<p>本文由《南風評論》授權轉載，原文刊載於南風評論網站。</p>"), content_type="html")
    assert doc.text.split("\n") == TW
    assert parse_notice(doc.notice_text).rights_holder == "南風評論"


@pytest.mark.parametrize(
    ("footer", "holder", "roles"),
    [
        # "Copyright X YEAR." with the footer's next sentence on its line (own variants, session 17)
        ("<p>Copyright Sentinel Publishing Ltd 2026. Syndication: syndication@sentinel.example, 01632 960412. "
         "Editorial: 01632 960400.</p>", "Sentinel Publishing Ltd", [("01632 960412", "licensing"), ("01632 960400", "other")]),
        # a contact line under the © line that opens as a trailer ("Got a story?") is the notice's too (trial)
        ("<p>© 2026 Northbridge Gazette Ltd. All rights reserved. For reprint permissions call 01632 960123.</p>"
         "<p>Got a story? Call our newsdesk on 01632 960456. Advertising enquiries: 01632 960789. "
         "Subscriptions: 01632 960222.</p>", "Northbridge Gazette Ltd.",
         [("01632 960123", "licensing"), ("01632 960456", "tip"), ("01632 960789", "advertising"), ("01632 960222", "subscription")]),
        # the question opening a licensing line is the notice's, and the line is taken once
        ("<p>Want to use this article? Contact our licensing partner, Fairway Reprints, at (212) 555-0123.</p>"
         "<p>© 2026 The Harbor Times</p>", "The Harbor Times", [("(212) 555-0123", "licensing")]),
    ],
)
def test_english_footer_rows_of_session_17(footer: str, holder: str, roles: list[tuple[str, str]]) -> None:
    doc = extract(_html("Parks plan approved", EN, lang="en", after=footer), content_type="html")
    assert doc.text.split("\n") == EN
    notice = parse_notice(doc.notice_text, site=doc.outlet)
    assert notice.rights_holder == holder
    assert [(p.as_written, p.role) for p in notice.phones] == roles
    assert len(set(doc.notice_text.splitlines())) == len(doc.notice_text.splitlines())


def test_a_comment_rules_block_closing_the_text_still_leaves_the_body() -> None:
    """A rules heading (留言規則) over its rules and a report address closes the text, though its
    rules read as sentences; a widget line with story sentences under it does not (session 17)."""
    rules = ["留言規則",
             "南風新視對留言系統使用者發布的文字、圖片或檔案保有片面修改或移除的權利。當使用者使用本網站留言服務時，表示已詳細閱讀並完全了解，且同意配合下述規定：",
             "一、不得發表涉及人身攻擊、歧視或違法之內容；二、不得張貼廣告或重複洗版；三、不得冒用他人名義。",
             "違反上述規定者，南風新視有權刪除留言，或者直接封鎖帳號！請使用者在發言前，務必先閱讀留言板規則，謝謝配合。",
             "檢舉不當留言：report@nanfeng.example.com.hk"]  # fmt: skip
    body = [f"{x}（{i}）" for i in range(3) for x in TW]  # a body long enough for the block to be its end
    page = _html("北嶺公園建設提速", body, lang="zh-TW", after="".join(f"<p>{x}</p>" for x in rules))
    assert extract(page, content_type="html").text.split("\n") == body


@pytest.mark.parametrize(
    "accept",
    [
        "By accessing any information beyond this page, you agree to abide by the Privacy Policy / Your California "
        "Privacy Rights and Terms of Use. • | Advertise on ridge.example | Help | Fan Relations FAQ | Career Opportunities",
        "Use of and/or registration on any portion of this site constitutes acceptance of our User Agreement, Privacy "
        "Policy and Cookie Statement, and Your California Privacy Rights. The material on this site may not be sold.",
    ],
)
def test_a_terms_acceptance_line_under_the_claim_is_footer_furniture(accept: str) -> None:
    body = [
        "The league's board approved a two-week break in February after a long debate about player rest and travel.",
        "Coaches said the schedule change would help teams that cross three time zones in a single weekend.",
        "The new calendar takes effect next season, subject to a final vote by the owners in the spring.",
    ]
    claim = "Copyright © 2025 Ridge Media Ventures, LLC. All rights reserved. No portion of ridge.example may be duplicated."
    text = "\n\n".join([*body, "About", "Contact Us", claim, accept, "Ridge is part of Kestrel Sports Digital."])
    doc = extract(text, content_type="text")
    assert doc.notice_text is not None and claim in doc.notice_text
    assert parse_notice(doc.notice_text).rights_holder == "Ridge Media Ventures, LLC"
    assert claim not in doc.text and accept not in doc.text


def test_a_republish_boxs_bulleted_rules_are_read_to_the_lists_end() -> None:
    body = [
        "Tenants in three apartment blocks won a say over how the city spends its repair fund this year.",
        "The council voted to let residents' committees rank the repairs before the money is released.",
        "Landlords said the change would slow the work; tenants said it would make it fairer and faster.",
    ]
    box = [
        "Republish this article",
        "This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License.",
        "- You have to credit us. In the byline, we prefer \"Author Name, The Riverside Ledger.\"",
        "- You can't edit our material, except to reflect relative changes in time and location.",
        "- Photos and illustrations are not included in this license.",
        "- If you have questions, email editor@riverside-ledger.example.",
    ]
    text = "\n\n".join([*body, *box, "Tagged: tenants, housing", "More from The Riverside Ledger", "Riders brace for bus route cuts"])
    doc = extract(text, content_type="text")
    assert doc.notice_text is not None and box[-1] in doc.notice_text
    n = parse_notice(doc.notice_text)
    assert [(e.address, e.role) for e in n.emails] == [("editor@riverside-ledger.example", "licensing")]
