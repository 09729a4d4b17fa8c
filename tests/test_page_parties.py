"""Who a page names as its author and its site, and who a notice that names only "the author",
"本网" or a footer line gives the rights to.

Kinds taken from how article templates print bylines (WordPress/hCard author links, ``byline``
classes, Open Graph ``article:author``, JSON-LD ``author``/``publisher``, Taiwanese 記者X／台北報導
credits, 撰稿 lines) and site names (``<title>`` suffixes, ``application-name``, logos, footer
© lines). All names are invented.
"""

from __future__ import annotations

import pytest

from reprint_guard.extract import extract
from reprint_guard.notice import parse_notice

_ZH_BODY = (
    "<p>" + "这是一段用于测试的正文内容，讲述了城市里发生的一件普通的小事，并没有什么特别之处。" * 3 + "</p>"
    "<p>" + "第二段正文继续讲述这件事情的后续发展，记者走访了多位居民并记录下他们的看法。" * 3 + "</p>"
)
_EN_BODY = (
    "<p>" + "This is a paragraph of body text about an ordinary event in the city, with nothing special. " * 3 + "</p>"
    "<p>" + "The second paragraph goes on with what happened next, and the reporter spoke to residents. " * 3 + "</p>"
)


def _page(lang: str, *, head: str = "<title>标题 Title</title>", top: str = "", notice: str = "", foot: str = "") -> str:
    body = _ZH_BODY if lang == "zh" else _EN_BODY
    return (
        f"<html><head>{head}</head><body><header>{top}</header><article><h1>Headline 标题</h1>"
        f"{body}{notice}</article>{foot}</body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "markup", "author"),
    [
        ("zh", '<div class="meta">文/林晓　编辑/王五</div>', "林晓"),  # an ideographic space ends the name
        ("zh", '<div class="byline">記者林晓／台北報導</div>', "林晓"),
        ("zh", '<div class="meta">撰稿 林晓 | 责编 王五</div>', "林晓"),
        ("en", '<div class="meta">Posted by Jane Doe on May 1, 2024</div>', "Jane Doe"),
        ("en", '<p class="byline">JANE DOE, Staff Reporter</p>', "JANE DOE"),
        ("en", '<meta property="article:author" content="Jane Doe">', "Jane Doe"),
        # a video or creator page's author section with its follow button
        ("zh", '<section class="video-author"><span>柏知秋</span> <a href="#">+ 关注</a></section>', "柏知秋"),
        ("en", '<li class="author-item">Jane Doe <button>Follow</button></li>', "Jane Doe"),
        # a WeChat public account's name, in WeChat's markup and in a mirror site's account block
        ("zh", '<div class="rich_media_meta_list"><span class="rich_media_meta_nickname">溪口周末</span> <em>2024-07-24</em></div>', "溪口周末"),
        ("zh", '<div class="gzh-box"><span class="gzh-name">溪口周末</span><span class="gzh-id">微信号：xkzm</span></div>', "溪口周末"),
    ],
)
def test_byline_forms(lang: str, markup: str, author: str) -> None:
    in_head = markup.startswith("<meta")
    page = _page(lang, head="<title>标题 Title</title>" + (markup if in_head else ""), top="" if in_head else markup)
    assert extract(page, content_type="html").author == author


def test_author_card_with_a_follower_count_keeps_its_name_element() -> None:
    card = '<div class="author-card"><span class="name">稻谷投研</span> 财富号作者 关注 8,406</div>'
    assert extract(_page("zh", top=card), content_type="html").author == "稻谷投研"


def test_open_graph_author_profile_url_is_no_name() -> None:
    head = '<title>t</title><meta property="article:author" content="https://social.example/janedoe">'
    assert extract(_page("en", head=head), content_type="html").author is None


@pytest.mark.parametrize(
    ("head", "top", "foot", "site"),
    [
        ("<title>城市小事一则--青禾新闻网</title>", "", "", "青禾新闻网"),  # a doubled hyphen separates too
        ("<title>城市小事一则</title>", "", "<footer><p>Copyright © 2024 青禾新闻网 All Rights Reserved</p>"
         "<p>冀ICP备12345678号</p></footer>", "青禾新闻网"),
        ("<title>城市小事一则</title>", '<div class="logo"><img src="/l.png" alt="青禾新闻网"></div>', "", "青禾新闻网"),
        ('<title>城市小事一则</title><script type="application/ld+json">{"@type":"NewsArticle",'
         '"publisher":{"@type":"Organization","name":"青禾新闻网"}}</script>', "", "", "青禾新闻网"),
        ("<title>An ordinary day</title>", "", "<footer><p>© 2024 Riverbend Courier. All rights reserved.</p></footer>",
         "Riverbend Courier"),
        ('<title>An ordinary day</title><meta name="application-name" content="Riverbend Courier">', "", "",
         "Riverbend Courier"),
    ],
)
def test_site_name_where_the_page_prints_it(head: str, top: str, foot: str, site: str) -> None:
    lang = "en" if "ordinary day" in head else "zh"
    notice = (
        "<p>本网所有原创稿件，未经授权不得转载、摘编。</p>" if lang == "zh"
        else "<p>All content on this site is protected by copyright. Do not republish without our written permission.</p>"
    )  # fmt: skip
    doc = extract(_page(lang, head=head, top=top, notice=notice, foot=foot), content_type="html")
    assert doc.outlet == site
    assert parse_notice(doc.notice_text, site=doc.outlet, author=doc.author).rights_holder == site


def test_a_logo_alt_that_is_no_name_is_passed_over() -> None:
    page = _page("zh", top='<div class="logo"><img src="/l.png" alt="返回首页"></div>')
    assert extract(page, content_type="html").outlet is None


@pytest.mark.parametrize(
    "notice",
    [
        "本文作者保留所有权利，未经许可禁止转载。",
        "作者保留版权，转载须经作者同意。",
        "作者拥有本文版权，未经授权禁止转载。",
        "本文版权由作者享有，转载请联系。",
        "本文系作者独家授权发布，未经允许不得转载。",
        "如需转载，请与作者联系。",
        "本站文章版权归原作者及原出处所有。",
        "All rights reserved by the author.",
        "The author retains copyright of this article.",
        "Copyright is held by the author.",
        "This article is the copyright of the author and may not be reproduced.",
        "Text © the writer. No reproduction without permission.",
        "All content copyright of the respective authors.",
        "Rights remain with the author.",
    ],
)
def test_a_notice_giving_the_rights_to_the_author_names_the_byline(notice: str) -> None:
    assert parse_notice(notice, site="某某网", author="林晓").rights_holder == "林晓"
    assert parse_notice(notice, site="某某网").rights_holder is None


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("Copyright © 2024 Riverbend Courier Powered by Newspack", "Riverbend Courier"),
        ("© 2024 Riverbend Courier 123 Main Street, Springfield, IL 62701", "Riverbend Courier"),
        ("© 2024 Riverbend Courier Designed by Pixelworks", "Riverbend Courier"),
        ("© 2024 Riverbend Courier Site by Pixelworks", "Riverbend Courier"),
        ("© 2024 Riverbend Courier Contact Us About Us Advertise", "Riverbend Courier"),
        ("© 2024 Riverbend Courier Serving Marion County since 1887", "Riverbend Courier"),
        ("© 2024 Riverbend Courier Back to top", "Riverbend Courier"),
        ("© 2024 Riverbend Courier Suite 400, Lakeview", "Riverbend Courier"),
        # what the cut must leave alone: a name with figures, a name with a connector
        ("© 2024 WKRT News 2. All rights reserved.", "WKRT News 2"),
        ("© 2024 The Times of Riverbend. All rights reserved.", "The Times of Riverbend"),
        ("© 2024 Serving Hands Media Ltd. All rights reserved.", "Serving Hands Media Ltd."),
    ],
)
def test_a_footer_line_ends_the_name_before_what_follows_it(line: str, holder: str) -> None:
    assert parse_notice(line).rights_holder == holder


def test_a_source_line_naming_this_paper_yields_to_the_footer_name() -> None:
    # 来源：本报 names the site as "this paper"; its name is the footer's 版权所有 party
    page = _page(
        "zh", top='<p class="source">来源：本报　2024-05-01</p>',
        notice="<p>（本报原创稿件，未经本报书面授权，任何单位和个人不得转载、摘编。）</p>",
        foot="<footer><p>版权所有：楚江法治报社　地址：江城市法治大道188号</p></footer>",
    )  # fmt: skip
    doc = extract(page, content_type="html")
    assert doc.outlet == "楚江法治报社"
    assert parse_notice(doc.notice_text, site=doc.outlet).rights_holder == "楚江法治报社"


def test_an_info_line_naming_a_media_centre_with_a_read_counter_names_the_site() -> None:
    top = '<p class="meta">溪州市融媒体中心　2024-11-02 19:06　阅读 1.3万</p>'
    doc = extract(_page("zh", head="<title>t</title>", top=top, notice="<p>本台原创 未经授权不得转载</p>"), content_type="html")
    assert doc.outlet == "溪州市融媒体中心"


def test_a_publication_name_element_and_a_bare_reservation_stamp() -> None:
    top = '<span class="pub-title">Thompson River Ledger</span>'
    notice = "<div><p>Printed and distributed by PaperLine</p><p>ALL RIGHTS RESERVED</p></div>"
    doc = extract(_page("en", head="<title>t</title>", top=top, notice=notice), content_type="html")
    assert doc.outlet == "Thompson River Ledger"
    assert parse_notice("ALL RIGHTS RESERVED", site=doc.outlet).rights_holder == "Thompson River Ledger"


def test_an_epaper_info_line_with_its_printed_page_names_the_paper() -> None:
    text = "Council backs new bridge study\nThompson River Ledger · 5 Sep 2024 · A3\n\n" + "Body text of the story. " * 20
    assert extract(text, content_type="text").outlet == "Thompson River Ledger"


@pytest.mark.parametrize(
    ("notice", "holder"),
    [
        ("如欲轉載本網原創內容，請電郵 editor@zy.example.com.hk 申請", "某网"),  # not "如欲"
        ("©溪州市融媒体中心 溪州新闻网 技术支持：湘楚智媒科技有限公司", "溪州市融媒体中心"),
        ("本站所有文章版权均归AIGC观察原创和所有，未经许可不得转载。", "AIGC观察"),
        ("※本文經作者同意，轉載自其個人臉書，標題為編輯所改。", "林晓"),
    ],
)
def test_notice_shapes_of_round_17(notice: str, holder: str) -> None:
    assert parse_notice(notice, site="某网", author="林晓").rights_holder == holder


def test_a_writer_description_in_brackets_is_no_part_of_the_byline() -> None:
    top = '<p class="author">文／林耀宗（地方文史工作者）</p>'
    assert extract(_page("zh", top=top), content_type="html").author == "林耀宗"


@pytest.mark.parametrize(
    "notice",
    [
        "Copyright © 2024 All Rights Reserved.",
        "© Copyright 2024, All Rights Reserved",
        "Copyright © 2024 | All rights reserved",
        "Copyright ©2024 . All Rights Reserved.",
        "Copyright © 2024 本站 All Rights Reserved",
        "All content on this site is protected by copyright.",
        "Our stories are copyrighted.",
        "All material on this website is copyright.",
        "本站内容受版权保护。",
        "本网站所有内容受著作权法保护",
        "保留所有权利",
        "© 2024",
        "Copyright 2024",
        "本文系原创",
        "本文为原创文章",
        "【原创】",
        "本篇为独家稿件",
        "本文系独家原创稿件",
        "原创内容",
        "This article is copyrighted.",
    ],
)
def test_a_claim_naming_no_one_is_the_sites(notice: str) -> None:
    assert parse_notice(notice, site="青禾新闻网").rights_holder == "青禾新闻网"


@pytest.mark.parametrize(
    ("notice", "holder"),
    [
        ("本文非原创，转载自网络", None),  # not the site's own
        ("本文为青禾日报原创稿件", "青禾日报"),
        ("西岭日报独家稿件", "西岭日报"),
        ("Copyright © 2024 Content Media Group. All rights reserved.", "Content Media Group"),
    ],
)
def test_a_kind_of_work_is_no_name_but_a_name_before_it_is(notice: str, holder: str | None) -> None:
    assert parse_notice(notice, site="青禾新闻网").rights_holder == (holder or None)


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("版权所有：青禾日报社 青禾市人民路1号", "青禾日报社"),
        ("©青禾日报社 主办", "青禾日报社"),
        ("© 2024 Riverbend Courier (a division of Hollis Media Group Inc.). All rights reserved.", "Riverbend Courier"),
        ("Copyright (c) 2024 Foo (Holdings) Ltd", "Foo (Holdings) Ltd"),
    ],
)
def test_what_follows_a_name_after_a_space_or_in_a_remark_is_no_part_of_it(line: str, holder: str) -> None:
    assert parse_notice(line).rights_holder == holder


def _roles(notice: str) -> dict[str, str]:
    parsed = parse_notice(notice)
    return {**{p.as_written: p.role for p in parsed.phones}, **{e.address: e.role for e in parsed.emails}}


@pytest.mark.parametrize(
    ("notice", "roles"),
    [
        # a row of desks under a bare claim: the switchboard and the fax are no licensing desk
        ("© 2024 濠江新報 版權所有 翻印必究\n電話：(853) 2833 1620　傳真：(853) 2833 1699",
         {"(853) 2833 1620": "other", "(853) 2833 1699": "other"}),
        # the company's row above the claim
        ("Drumlin Herald Ltd, Church Street, Cootehill | Tel: 049 555 0142\n"
         "© 2024 The Drumlin Herald. Reproduction without the permission of the publisher is prohibited.",
         {"049 555 0142": "other"}),
        # a permission, then a row holding a corrections desk beside the number
        ("本网站所登载内容，欢迎转载，转载时请注明出处。\n联系电话：0791-83886012　网站纠错：jc@lz.example.cn",
         {"0791-83886012": "other", "jc@lz.example.cn": "other"}),
        # under the ban, with a contact person's line between: the licensing route
        ("未经许可，禁止任何形式的转载、修改、摘编。如有需要，请联系本台总编室。\n联系人：张老师\n联系电话：0793-5821306",
         {"0793-5821306": "licensing"}),
        ("本文为掌上荆楚原创作品，未经书面授权不得转载。\n版权合作联系人：程女士\n电话：027-85736231\n邮箱：bq@zsjc.example.cn",
         {"027-85736231": "licensing", "bq@zsjc.example.cn": "licensing"}),
        # a line labelled only by its kind under the ban, an ICP line between: the switchboard
        # (bench/notices/README.md, Round 10: "a 'Contact:' line … after a reproduction ban … stays other")
        ("青禾网版权所有，未经书面许可不得转载。\n沪ICP备17320584号-2\n联系邮箱：web@qh.example.cn",
         {"web@qh.example.cn": "other"}),
        ("All rights reserved. This material may not be reproduced without permission from LAGOON.\n"
         "Contact: theeditor@lagoon.example", {"theeditor@lagoon.example": "other"}),
        # … unless the line above sends the reader there
        ("未经书面许可不得转载。如需转载请联系：\n邮箱：web@qh.example.cn", {"web@qh.example.cn": "licensing"}),
        # the bare number in the ban's own sentence
        ("未经授权不得转载。如需使用相关内容，请致电0938-8627415。", {"0938-8627415": "licensing"}),
    ],
)
def test_generic_contact_rows_and_the_licensing_route(notice: str, roles: dict[str, str]) -> None:
    assert {k: v for k, v in _roles(notice).items() if k in roles} == roles


def test_a_rights_note_asking_before_a_reprint_is_the_notice() -> None:
    note = (
        '<p class="rights-note"><em>Everything on this site is protected by copyright. Share the link all you like, '
        'but please ask before you reprint our stories or photos: <a href="mailto:editor@ledger.example">'
        "editor@ledger.example</a></em></p>"
    )
    foot = "<footer><p>Copyright © 2024 Osage Prairie Ledger | 114 W. Main St., Pawhuska | 918-555-0142</p></footer>"
    doc = extract(_page("en", head="<title>A day - Osage Prairie Ledger</title>", notice=note, foot=foot), content_type="html")
    parsed = parse_notice(doc.notice_text, site=doc.outlet, author=doc.author)
    assert parsed.rights_holder == "Osage Prairie Ledger"
    assert [(e.address, e.role) for e in parsed.emails] == [("editor@ledger.example", "licensing")]


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("©21生活融媒体中心 溪州新闻网 技术支持：湘楚智媒科技有限公司", "21生活融媒体中心"),
        ("©V新闻网络科技有限公司 溪州新闻网 技术支持：湘楚智媒科技有限公司", "V新闻网络科技有限公司"),
        ("©i头条传媒（集团）有限公司 溪州新闻网", "i头条传媒（集团）有限公司"),
        ("Copyright © 岚报 北京禾讯在线信息咨询服务有限公司 All Rights Reserved 版权所有", "岚报"),
    ],
)
def test_a_second_brand_after_a_name_that_opens_with_letters(line: str, holder: str) -> None:
    assert parse_notice(line).rights_holder == holder


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("城南菜市场改造完工\n2024-06-21 11:03\n云岭资讯讯（记者 周沐阳）\n", "云岭资讯"),
        ("ABC生活 Harbour Watch\n港鐵新線走線諮詢展開\n2024年7月9日 18:05\n", "ABC生活 Harbour Watch"),
        ("维港观察\n港铁新线走线咨询展开\n2024年7月9日 18:05\n", "维港观察"),
    ],
)
def test_datelines_and_mastheads_of_brand_names(text: str, outlet: str) -> None:
    body = "\n".join(["这是一段用于测试的正文内容，讲述了城市里发生的一件普通的小事，并没有什么特别之处。" * 2] * 4)
    doc = extract(text + body + "\n本网原创稿件，转载请注明出处。\n", content_type="text")
    assert doc.outlet == outlet


def test_a_copyright_line_the_extractor_drops_before_a_br_is_still_the_notice() -> None:
    # trafilatura drops "© … All rights reserved." and keeps the contact line after its <br>
    words = "Loads rule transform opcodes could minus permit made travels harbour river bank "
    paras = "".join(f"<p>{(words * 4).strip()} number {i}.</p>" for i in range(6))
    html = (
        f"<html><head><title>Night bus</title></head><body><article><h1>Night bus</h1>{paras}"
        "<div class='copyright'>© 2024 Harbour Ledger Media Ltd. All rights reserved.<br>"
        "Newsroom tips: tips@harbourledger.example</div></article></body></html>"
    )
    doc = extract(html, content_type="html")
    assert doc.notice_text.startswith("© 2024 Harbour Ledger Media Ltd. All rights reserved.")
    assert "Newsroom tips" not in doc.text
    assert parse_notice(doc.notice_text).rights_holder == "Harbour Ledger Media Ltd."


@pytest.mark.parametrize(
    ("notice", "holder"),
    [
        ("本文系\n北辰周刊\n原创作品\n未经授权\n不得转载", "北辰周刊"),  # one phrase per line
        ("财讯社所有原创内容，未经书面授权，任何人不得转载。", "财讯社"),
        ("经济日报授权转载", "经济日报"),  # 经 opens the name
        ("本文轉載自《地球未來》季刊第 38 期，經該刊授權刊登。如欲轉載，請逕洽原刊登單位。", "地球未來"),
        ("Published under licence from Meridian News Agency.", "Meridian News Agency"),
        ("Provided by University of Kestrel\nThis document is subject to copyright.", "University of Kestrel"),
        ("For syndication and reprint requests, please email syndication@post.example.", "某网"),
    ],
)
def test_round_18_and_trial_notice_shapes(notice: str, holder: str) -> None:
    assert parse_notice(notice, site="某网").rights_holder == holder


def test_a_disclaimers_takedown_address_does_not_make_the_site_the_holder() -> None:
    notice = "声明：部分内容整理自网络，如有侵权请联系删除（邮箱：kefu@zy.example.cn）。文中观点仅供参考。"
    assert parse_notice(notice, site="致远财经").rights_holder is None


@pytest.mark.parametrize(
    ("text", "author", "outlet"),
    [
        ("标题在这里\n博主：清风徐来\n2024-05-01\n", "清风徐来", None),
        ("标题在这里\n2024-05-12 来源：本报\n", None, "松原在线"),  # 本报 names no one; the © line does
    ],
)
def test_plain_text_bylines_and_outlets(text: str, author: str | None, outlet: str | None) -> None:
    body = "\n".join(["这是一段用于测试的正文内容，讲述了城市里发生的一件普通的小事，并没有什么特别之处。" * 2] * 4)
    doc = extract(text + body + "\n原创文章，版权归博主所有，转载请注明出处。\nCopyright © 2024 松原在线\n", content_type="text")
    if author:
        assert doc.author == author
    if outlet:
        assert doc.outlet == outlet


def test_a_footer_registration_row_opening_with_the_site_name_names_the_site() -> None:
    page = _page("zh", head="<title>标题</title>", notice="<p>本网所有原创稿件，未经授权不得转载。</p>",
                 foot="<footer><p>南湖新闻网　浙ICP备12345678号</p></footer>")
    assert extract(page, content_type="html").outlet == "南湖新闻网"


def test_a_columnist_box_and_a_byline_with_a_remark_and_a_date() -> None:
    box = '<div class="columnist"><img src="/c.jpg" alt="冼卓文"><p><strong>冼卓文</strong>　房屋政策研究員，前區議員</p></div>'
    assert extract(_page("zh", top=box), content_type="html").author == "冼卓文"
    line = '<p class="byline">文：梁思恩（晨曦神學院院長）｜2024-09-04</p>'
    assert extract(_page("zh", top=line), content_type="html").author == "梁思恩"


def test_whom_to_ask_printed_in_the_other_block_joins_the_notice() -> None:
    # the article end asks for licences; the footer's © line is the block the finder takes
    ask = "<p>如欲轉載本網原創內容，請電郵 editor@zy.example.com.hk 申請；新聞線索請 WhatsApp 5555 0123</p>"
    foot = "<footer><p>眾議新聞版權所有 © 2017</p></footer>"
    doc = extract(_page("zh", head="<title>標題 - 眾議新聞</title>", notice=ask, foot=foot), content_type="html")
    parsed = parse_notice(doc.notice_text, site=doc.outlet, author=doc.author, default_region="HK")
    assert parsed.rights_holder == "眾議新聞"
    assert [(e.address, e.role) for e in parsed.emails] == [("editor@zy.example.com.hk", "licensing")]


def test_a_request_line_that_claims_is_not_joined() -> None:
    from reprint_guard.extract import _with_licensing_request

    page = "正文\n© 2024 某报社 版权所有 转载请联系 bq@mb.example.cn\n"
    assert _with_licensing_request("本网原创，未经授权不得转载。", page) == "本网原创，未经授权不得转载。"
    page = "正文\n转载授权请联系 bq@mb.example.cn\n"
    assert _with_licensing_request("本网原创，未经授权不得转载。", page).endswith("转载授权请联系 bq@mb.example.cn")


def test_a_licence_box_in_an_aside_gives_whom_to_ask() -> None:
    """A "Want to use this story?" box beside the text (an <aside>) bans and says whom to ask;
    the footer's © line is the block the finder takes. The box's contacts join it as licensing."""
    box = (
        "<aside class='licence-box'><p><strong>Want to use this story?</strong> Tidewater Ledger articles may not be "
        "republished or adapted without a licence. Email <a href='mailto:licensing@tidewater.example.com.hk'>"
        "licensing@tidewater.example.com.hk</a> or call +852 3555 0199.</p></aside>"
    )
    foot = "<footer><p>© 2024 Tidewater Ledger Media Ltd. All rights reserved. | Registered in Hong Kong, BR No. 61234870</p></footer>"
    doc = extract(_page("en", notice=box, foot=foot), content_type="html")
    parsed = parse_notice(doc.notice_text, site=doc.outlet, default_region="HK")
    assert parsed.rights_holder == "Tidewater Ledger Media Ltd."
    assert [(e.address, e.role) for e in parsed.emails] == [("licensing@tidewater.example.com.hk", "licensing")]
    assert [(p.e164, p.role) for p in parsed.phones] == [("+85235550199", "licensing")]


@pytest.mark.parametrize(
    ("box", "licensing"),
    [
        # a reprints box before the footer: a form to fill out and a phone
        ("<div class='reprints'><p><strong>Reprints &amp; Permissions:</strong> To reprint or license this article, fill out our "
         "permission request form or call (816) 555-0164, ext. 212.</p></div>", {"(816) 555-0164, ext. 212"}),
        # a licensing panel naming the agent that licenses the paper's stories, over 200 characters
        ("<aside class='licensing-panel'><h4>Licensing</h4><p>Want to republish this story? Stories and photos from The Quandong "
         "Clarion can be licensed for print, online and broadcast use through Storyline Licensing. Email "
         "licensing@storyline.example.com.au or call (03) 5550 2147.</p></aside>", {"licensing@storyline.example.com.au", "(03) 5550 2147"}),
    ],
)
def test_a_reprints_box_apart_from_the_footer_claim_gives_whom_to_ask(box: str, licensing: set[str]) -> None:
    foot = "<footer><p>© 2025 Quandong Media Pty Ltd. All rights reserved. Reproduction without permission is prohibited.</p></footer>"
    doc = extract(_page("en", notice=box, foot=foot), content_type="html")
    parsed = parse_notice(doc.notice_text, site=doc.outlet)
    found = {e.address for e in parsed.emails if e.role == "licensing"} | {p.as_written for p in parsed.phones if p.role == "licensing"}
    assert found == licensing
    assert "Reprints" not in doc.text and "republish" not in doc.text  # the box is no part of the article


def test_a_long_copyright_footer_line_over_a_regulator_line_is_the_notice() -> None:
    """A © line with the company's address and registration glued on runs past 200 characters,
    and a press regulator's line closes the page after it."""
    foot = (
        "<footer><p>Syndication &amp; licensing: licensing@marchwood.example.co.uk</p>"
        "<p>&copy; Copyright 2001-2025. This site is part of Marchwood Media's audited local newspaper network. A Halberd "
        "Company. Marchwood Media Group, Brookside Mill, Station Road, Ledwardine, Herefordshire. HR9 9ZZ | 03814452 | "
        "Registered in England &amp; Wales</p><p>This website and associated newspapers adhere to the Independent Press "
        "Standards Organisation's Editors' Code of Practice.</p></footer>"
    )
    doc = extract(_page("en", head="<title>Shop saved | Hollowbrook Advertiser</title>", foot=foot), content_type="html")
    assert doc.notice_text and doc.notice_text.splitlines()[-1].startswith("© Copyright 2001-2025.")
    parsed = parse_notice(doc.notice_text, site=doc.outlet)
    assert parsed.rights_holder == "Hollowbrook Advertiser"  # "© YEARS. This site is …" names no one: the site
    assert [(e.address, e.role) for e in parsed.emails] == [("licensing@marchwood.example.co.uk", "licensing")]


def test_a_request_line_that_claims_gives_only_its_contact_sentences() -> None:
    from reprint_guard.extract import _with_licensing_request

    page = "正文\nWant to use this story? Tidewater Ledger owns the copyright of this article. Email licensing@tw.example.\n"
    joined = _with_licensing_request("© 2024 Tidewater Ledger Media Ltd.", page)
    assert joined == "© 2024 Tidewater Ledger Media Ltd.\nEmail licensing@tw.example."


@pytest.mark.parametrize(
    ("lang", "notice", "foot", "site"),
    [
        ("zh", "<p>※本文版權所有，非經授權，不得轉載。</p>", "<footer><p>© 2024 嵐角新聞網</p></footer>", "嵐角新聞網"),
        ("en", "<p>This story may not be republished without permission.</p>",
         "<footer><p>© 2024 The Fenmoor Sentinel</p></footer>", "The Fenmoor Sentinel"),  # fmt: skip
    ],
)
def test_a_host_name_gives_way_to_the_name_the_page_prints(lang: str, notice: str, foot: str, site: str) -> None:
    """Without og:site_name the metadata falls back to the canonical URL's host; the footer's
    © line names the site as readers see it, and the notice that says only "this article"
    gives it the rights. A page that prints no other name keeps the host."""
    head = "<title>Headline 标题</title><link rel='canonical' href='https://www.lanjiao.example.tw/news/1'>"
    doc = extract(_page(lang, head=head, notice=notice, foot=foot), content_type="html")
    assert doc.outlet == site
    assert parse_notice(doc.notice_text, site=doc.outlet).rights_holder == site
    bare = extract(_page(lang, head=head, notice=notice), content_type="html")
    assert bare.outlet == "lanjiao.example.tw"


def test_a_forum_templates_software_credit_and_copyright_meta_name_no_site() -> None:
    """Forum portal templates print the software's credit in the <title> ("… - Site - Powered by
    X!"), its maker's © line in <meta name="copyright"> and under "Powered by" in the footer; the
    site is the title's part before the credit, and a notice saying 本站原创 gives it the rights."""
    head = (
        "<title>绿道三期开放 - 社区新闻 - 棠溪社区 - Powered by Bulletix!</title>"
        '<meta name="generator" content="Bulletix! X3.5"><meta name="copyright" content="2001-2024 Quillsoft Inc.">'
    )
    notice = "<p>声明：本站所有文章，如无特殊说明，均为本站原创发布。未征得本站同意，禁止复制、采集本站内容。</p>"
    foot = (
        "<div id='ft'><p><a href='#'>手机版</a> | <strong>棠溪社区</strong> ( 鄂ICP备10000731号-1 )</p>"
        "<p>Powered by <strong>Bulletix!</strong> <em>X3.5</em></p><p>&copy; 2001-2024 <a href='#'>Quillsoft Inc.</a></p></div>"
    )
    doc = extract(_page("zh", head=head, notice=notice, foot=foot), content_type="html")
    assert doc.outlet == "棠溪社区"
    assert parse_notice(doc.notice_text, site=doc.outlet).rights_holder == "棠溪社区"
    # the © line under "Powered by" is the software maker's, not a holder of the notice
    credit = "声明：本站原创，禁止复制。\nPowered by Bulletix! X3.5\n© 2001-2024 Quillsoft Inc."
    assert parse_notice(credit, site="棠溪社区").rights_holder == "棠溪社区"


def test_a_mirrored_accounts_original_author_is_the_account() -> None:
    # 本站内容来自微信公众号，版权归原作者所有 on a mirror: the one account the page shows holds the rights
    page = _page(
        "zh",
        top='<div class="gzh-box"><span class="gzh-name">溪口周末</span><span class="gzh-id">微信号：xkzm</span></div>',
        foot="<footer><p>本站内容来自微信公众号，版权归原作者所有，如有侵权请联系删除：kefu@mirror.example.cn</p></footer>",
    )
    doc = extract(page, content_type="html")
    assert parse_notice(doc.notice_text, site=doc.outlet, author=doc.author).rights_holder == "溪口周末"


def test_a_digest_compiled_from_several_sources_names_no_holder() -> None:
    # 整理自A、B等公开报道，版权归原作者所有: the original authors are several, not the digest's account
    notice = "本期内容整理自桐洲日报、澜江网等公开报道，版权归原作者所有。如有侵权，请联系删除：kefu@brief.example.cn"
    assert parse_notice(notice, author="晨读简报").rights_holder is None
    assert parse_notice("本文版权归原作者所有。如有侵权，请联系删除。", author="晨读简报").rights_holder == "晨读简报"


@pytest.mark.parametrize(
    ("notice", "holder"),
    [
        # a reservation or ownership by 本报/本網/本站/本刊/本台 is the site's claim, as 本报版权所有 is
        ("本報保留一切權利。", "青禾新闻网"),
        ("本报保留一切权利。", "青禾新闻网"),
        ("本站保留所有權利", "青禾新闻网"),
        ("本刊保留本文的全部权利", "青禾新闻网"),
        ("本台依法保留对本文的所有权利。", "青禾新闻网"),
        ("本网对本文享有著作权。", "青禾新闻网"),
        # a right that is no copyright, or one denied, claims nothing
        ("本报保留追究法律责任的权利。", None),
        ("本站保留对本声明的解释权。", None),
        ("本网不享有版权。", None),
    ],
)
def test_a_reservation_by_this_paper_is_the_sites_claim(notice: str, holder: str | None) -> None:
    assert parse_notice(notice, site="青禾新闻网").rights_holder == holder


def test_a_reservation_by_this_paper_under_the_article_names_the_pages_site() -> None:
    page = _page("zh", head='<title>标题</title><meta property="og:site_name" content="澄灣新聞網">', notice="<p>本報保留一切權利。</p>")
    doc = extract(page, content_type="html")
    assert parse_notice(doc.notice_text, site=doc.outlet, author=doc.author).rights_holder == "澄灣新聞網"


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("By Jo Pemberton, Staff Reporter | 2025-08-20", None),
        ("By Ana Ruiz, Senior Business Writer", None),
        ("By Tom Hale, Chief Political Correspondent, 3 August 2024", None),
        ("By Samuel Okafor, Riverbend Review, 3 August 2024", "Riverbend Review"),
    ],
)
def test_a_writers_job_title_in_the_byline_is_no_outlet(byline: str, outlet: str | None) -> None:
    # the outlet a copy must credit: a job title there made a copy that kept only the byline
    # "credit" the article (a new-user trial)
    paras = [
        "Volunteers counted 412 nesting pairs of swifts in the old town this summer, the highest figure yet.",
        "The trust said the rise was largely down to the nest boxes fitted on new and existing buildings.",
        "The full survey results will be presented at the trust's open meeting at the library in September.",
    ]
    doc = extract("\n\n".join(["Swifts return to the old town", byline, *paras]), content_type="text")
    assert doc.outlet == outlet


@pytest.mark.parametrize(
    "notice",
    [
        "Copyright remains with the author. Republication requires the author's permission.",
        "Copyright belongs to the author; please contact the author before reprinting.",
        "All content copyright its author. Do not republish without permission.",
        "Copyright is retained by the author.",
        "Authors retain copyright of their work.",
        "Copyright for this piece remains with the writer.",
    ],
)
def test_an_english_notice_leaving_the_copyright_with_the_author_names_the_byline(notice: str) -> None:
    # a blog's or a column's notice keeping the rights with its writer (before: not found as a notice)
    page = _page("en", top='<p class="byline">By Imogen Farthing | 3 March 2025</p>', notice=f"<p>{notice}</p>")
    doc = extract(page, content_type="html")
    assert doc.notice_text == notice
    assert parse_notice(doc.notice_text, site=doc.outlet, author=doc.author).rights_holder == "Imogen Farthing"


def test_a_republication_needing_someones_permission_forbids_reprinting() -> None:
    assert parse_notice("Republication requires the author's permission.").forbidden_uses == ("reprint",)
    assert parse_notice("Reprinting requires the publisher's written consent.").forbidden_uses == ("reprint",)


@pytest.mark.parametrize(
    ("lang", "notice", "foot", "site"),
    [
        ("zh", "本报记者原创稿件，未经本报书面许可，不得转载。", "<footer>主办：青岚日报社　地址：青岚市人民路1号</footer>", "青岚日报社"),
        ("zh", "本网原创稿件，未经授权不得转载。", "<footer>主辦單位：青岚電視台 | 聯絡我們</footer>", "青岚電視台"),
        ("en", "Content on this site may not be republished without permission.",
         "<footer><p>The Tern Gazette is published by Tern Media Ltd, 4 Quay St.</p></footer>", "The Tern Gazette"),
    ],
)
def test_a_footer_row_naming_the_sites_publisher_names_the_site(lang: str, notice: str, foot: str, site: str) -> None:
    doc = extract(_page(lang, head="<title>Headline</title>", notice=f"<p>{notice}</p>", foot=foot), content_type="html")
    assert doc.outlet == site
    assert parse_notice(doc.notice_text, site=doc.outlet).rights_holder == site


def test_a_sponsor_row_naming_a_department_names_no_site() -> None:
    foot = "<footer>主办：中共青岚县委宣传部　地址：青岚县人民路1号</footer>"
    doc = extract(_page("zh", head="<title>Headline</title>", notice="<p>本网原创稿件，未经授权不得转载。</p>", foot=foot), content_type="html")
    assert doc.outlet is None


_BOX = "This story may be republished free of charge with credit to the Tern Gazette. Questions? Contact editor@tern.example"


@pytest.mark.parametrize(
    "footer",
    [
        # a footer whose terms differ from the republish box's: its lines are not joined, its mailbox is
        ["Contact us: hello@tern.example", "© 2025 Tern Media Ltd. All rights reserved. Republication of any content "
         "requires prior written permission; apply to permissions@tern.example"],
        # a bare mailbox row under the company's registration row
        ["About | Advertise | Careers", "Tern Media Ltd, 4 Quay St, Portcullis. Registered in England No. 0123456.",
         "syndication@tern.example"],
    ],
)
@pytest.mark.parametrize("fmt", ["html", "text"])
def test_a_licensing_mailbox_printed_apart_from_the_notice_is_whom_to_ask(fmt: str, footer: list[str]) -> None:
    if fmt == "html":
        page = _page("en", notice=f"<p>{_BOX}</p>", foot="<footer>" + "".join(f"<p>{x}</p>" for x in footer) + "</footer>")
    else:
        paragraphs = [p.removesuffix("</p>") for p in _EN_BODY.split("<p>") if p]
        page = "\n\n".join(["Headline", *paragraphs, *paragraphs, _BOX, *footer])
    notice = parse_notice(extract(page, content_type=fmt).notice_text)
    mailbox = footer[-1].rsplit(" ", 1)[-1]
    assert [(e.address, e.role) for e in notice.emails if e.address == mailbox] == [(mailbox, "licensing")]


def test_a_licensing_mailbox_in_the_story_is_the_storys() -> None:
    story = "<p>The agency's permissions office (permissions@agency.example) handled forty requests last year, it said.</p>"
    page = _page("en", notice="<p>© 2025 Tern Media Ltd. All rights reserved. No reproduction without permission.</p>")
    page = page.replace("<h1>Headline 标题</h1>", "<h1>Headline 标题</h1>" + story + _EN_BODY)
    doc = extract(page, content_type="html")
    assert doc.notice_text == "© 2025 Tern Media Ltd. All rights reserved. No reproduction without permission."


@pytest.mark.parametrize(
    ("notice", "roles"),
    [
        # a publisher's row, then its generic mailbox and phone, under an open licence: the
        # switchboard, not a licensing desk (the label is the field's last word, not the row before it)
        ("© 2026 玄竹學生報　本報內容採用 創用CC 姓名標示-非商業性-相同方式分享 4.0 國際 授權條款\n"
         "玄竹大學大眾傳播學系出版　聯絡信箱：editor@xuanzhu.example.tw　電話：(03)538-6217",
         {"editor@xuanzhu.example.tw": "other", "(03)538-6217": "other"}),
        # a contact person's row under the ban is the route the notice names
        ("东瓯网版权所有，未经授权不得转载、修改、摘编。\n联系人：陈女士 电话：0577-88961207 传真：0577-88961208",
         {"0577-88961207": "licensing", "0577-88961208": "other"}),
        # "Please contact us before reproducing …": the request's purpose is a licence
        ("© 2026 Illimani Post. Please contact us before reproducing any of our content: editor@illimani.example",
         {"editor@illimani.example": "licensing"}),
    ],
)
def test_whom_a_row_or_a_request_names(notice: str, roles: dict[str, str]) -> None:
    parsed = parse_notice(notice)
    got = {**{e.address: e.role for e in parsed.emails}, **{p.as_written: p.role for p in parsed.phones}}
    assert got == roles


def test_asking_first_before_reproducing_forbids_copying_and_a_citation_asked_is_a_credit() -> None:
    asked = parse_notice("© 2026 Illimani Post. Please contact us before reproducing any of our content: editor@illimani.example")
    assert asked.forbidden_uses == ("copy",)
    cited = parse_notice(
        "© 2027 Peace & Dialogue Review. Articles may be reproduced for non-commercial purposes provided the author and "
        "the Peace & Dialogue Review are cited."
    )
    assert (cited.permitted_uses, cited.conditions) == (("copy",), ("credit", "non_commercial"))


@pytest.mark.parametrize("ban", ["原创视频，搬运必究。", "原创内容，转载必究。", "原創影片，搬運必究。"])
def test_a_creators_ban_on_carrying_the_work_off_is_a_notice(ban: str) -> None:
    paragraphs = "\n\n".join(f"第{i}段：今年夏天，我们沿着老街走了一遍，看见许多店铺换了招牌，也有几家老店依然坚持原来的手艺。" for i in range(6))
    doc = extract(f"老街换新颜\n\n{paragraphs}\n\n{ban}", content_type="text")
    assert doc.notice_text == ban
    assert parse_notice(doc.notice_text).forbidden_uses == ("reprint",)


def test_a_platform_that_says_it_only_hosts_uploads_gives_the_rights_to_the_account() -> None:
    # a creator platform no list names, which says what it is; before, the claim named the platform
    page = _page(
        "zh", head="<title>避暑山庄初雪 - 云帆号</title>",
        top='<div class="author"><img src="/a.jpg" alt="滦水边的老李"> <span class="name">滦水边的老李</span> <a href="#">+关注</a></div>',
        notice='<p>原创视频，搬运必究。</p><p>声明：该视频由云帆号作者上传并发布，云帆号系信息发布平台，仅提供信息存储空间服务。</p>',
    )
    doc = extract(page, content_type="html")
    assert doc.outlet == "滦水边的老李"
    assert parse_notice(doc.notice_text, site=doc.outlet, author=doc.author).rights_holder == "滦水边的老李"
    # a site whose statement names another platform keeps its name
    other = page.replace("该视频由云帆号作者上传并发布，云帆号系", "该视频由星河号作者上传并发布，星河号系")
    assert extract(other, content_type="html").outlet == "云帆号"


@pytest.mark.parametrize(
    ("lang", "byline", "author"),
    [
        ("en", "<p>Guest column by Tomás O'Reilly</p>", "Tomás O'Reilly"),
        ("en", "<p>Opinion by Harriet Quill</p>", "Harriet Quill"),
        ("en", "<p>OPINION | Mary-Kate Van der Berg</p>", "Mary-Kate Van der Berg"),
        ("en", '<div class="meta">Li Wen-hsin | Contributor | May 6, 2024</div>', "Li Wen-hsin"),
        ("en", "<p>Harriet Quill, Guest Columnist</p>", "Harriet Quill"),
        ("zh", '<div class="post-meta">林晓舟 发表于 2024-05-06 10:20</div>', "林晓舟"),
        ("zh", '<div class="author-box"><span class="name">欧阳明远</span><p>自由撰稿人，关注城市更新。</p></div>', "欧阳明远"),
    ],
)
def test_a_columns_or_a_blogs_byline_names_the_author_a_notice_leaves_the_rights_with(lang: str, byline: str, author: str) -> None:
    # bylines without a "By"/作者 label (a column's section word, the writer's role after the name,
    # a blog's 发表于 header, an author card with a bio): before, the notice's holder stayed unnamed
    notice = "<p>Copyright remains with the author.</p>" if lang == "en" else "<p>本文版权归作者所有，转载请联系作者获得授权。</p>"
    doc = extract(_page(lang, top=byline, notice=notice), content_type="html")
    assert doc.author == author
    assert parse_notice(doc.notice_text, site=doc.outlet, author=doc.author).rights_holder == author


@pytest.mark.parametrize(
    "headline",
    ["Opinion: Higher Taxes, Fewer Jobs", "Analysis: Council Votes, Budget Passes", "Harriet Quill, Writer of Songs, Dies at 90"],
)
def test_a_headline_shaped_like_a_column_byline_names_no_author(headline: str) -> None:
    from reprint_guard.ingest.layout import _Meta, _parse_meta_line

    meta = _Meta()
    _parse_meta_line(headline, meta)
    assert meta.authors == []


@pytest.mark.parametrize(
    "notice",
    ["This article is the copyright of its writer and may not be reproduced without permission.",
     "All columns remain the property of their authors."],
)
def test_an_article_that_is_the_copyright_of_its_writer_names_the_byline(notice: str) -> None:
    page = _page("en", top='<p class="byline">By Imogen Farthing</p>', notice=f"<p>{notice}</p>")
    doc = extract(page, content_type="html")
    assert doc.notice_text == notice
    assert parse_notice(doc.notice_text, site=doc.outlet, author=doc.author).rights_holder == "Imogen Farthing"


@pytest.mark.parametrize(
    ("lang", "top", "foot", "site"),
    [
        ("zh", '<div class="logo"><a href="/">青梧网</a></div>', "", "青梧网"),
        ("zh", '<a class="navbar-brand" href="/">东江融媒</a>', "", "东江融媒"),
        ("en", '<a href="/"><img src="/img/logo.png" alt="Wexbridge Courier logo"></a>', "", "Wexbridge Courier"),
        ("en", '<a href="/"><img src="/img/brand.png" class="logo" alt="Logo of The Harbor Ledger"></a>', "", "The Harbor Ledger"),
        ("en", "", "<footer><p>About the Kestrel Valley News · Contact · Advertise</p></footer>", "Kestrel Valley News"),
        ("zh", "", "<footer><p>关于东江融媒 | 联系我们 | 广告服务</p></footer>", "东江融媒"),
    ],
)
def test_a_notice_naming_this_site_names_the_site_its_logo_or_about_row_prints(lang: str, top: str, foot: str, site: str) -> None:
    # the site printed only as a text logo, a logo's alt with the word "logo", an about row with
    # spaces in the name: before, the notice's holder stayed unnamed
    notice = "<p>本站所有原创内容，未经本站书面许可，不得转载、摘编。</p>" if lang == "zh" else "<p>Content on this website is copyrighted and may not be republished without permission.</p>"
    doc = extract(_page(lang, head="<title>Headline</title>", top=top, notice=notice, foot=foot), content_type="html")
    assert doc.outlet == site
    assert parse_notice(doc.notice_text, site=doc.outlet).rights_holder == site


def test_we_own_the_copyright_is_the_sites_claim() -> None:
    page = _page("en", head="<title>Council approves parks plan | NorthStar Daily</title>",
                 notice="<p>We own the copyright in this story. Contact us to license it.</p>")  # fmt: skip
    doc = extract(page, content_type="html")
    assert doc.notice_text == "We own the copyright in this story. Contact us to license it."
    assert parse_notice(doc.notice_text, site=doc.outlet).rights_holder == "NorthStar Daily"


@pytest.mark.parametrize("notice", ["© The author. All rights reserved.", "Copyright © 2024 The Authors. All rights reserved."])
def test_the_author_after_the_sign_is_a_role_not_a_name(notice: str) -> None:
    assert parse_notice(notice).rights_holder is None  # before: "The", "The Authors"
    assert parse_notice(notice, author="Jane Roe", site="Wexbridge Courier").rights_holder == "Jane Roe"


@pytest.mark.parametrize(
    "notice",
    [
        "本院原创稿件，未经许可不得转载。", "版权归本校所有，转载请注明出处。", "本行保留一切权利。", "本會版權所有，不得轉載。",
        "版權屬本館所有", "本所版权所有", "本公司保留对本网站内容的所有权利。", "本公众号所有文章版权归本公众号所有",
        "This magazine holds the copyright in all articles.", "All rights reserved by this publication.", "© this station 2024",
    ],
)
def test_a_publishing_body_speaking_of_itself_is_the_sites_claim(notice: str) -> None:
    # a hospital's 本院, a school's 本校, a bank's 本行, "this magazine": the site as the page names it
    assert parse_notice(notice, site="青梧中心").rights_holder == "青梧中心"


@pytest.mark.parametrize("text", ["本行业资讯仅供参考，不构成投资建议。", "本会议纪要仅供内部参考。"])
def test_words_opening_with_a_self_reference_claim_nothing(text: str) -> None:
    assert parse_notice(text, site="青梧中心").rights_holder is None


@pytest.mark.parametrize(
    ("meta", "author"),
    [
        ("作者：八年二班 洪小妍　指導老師：林雅慧　發布日期：2026-05-20", "洪小妍"),
        ("作者：高二（3）班 李明远　指导老师：王芳", "李明远"),
        ("作者：七年級甲班 王小明", "王小明"),
    ],
)
def test_a_pupils_class_before_the_name_is_no_part_of_the_byline(meta: str, author: str) -> None:
    page = _page("zh", top=f'<p class="meta">{meta}</p>', notice="<p>※本區作品之著作權屬原作者所有，未經作者及本校同意，請勿轉載。</p>")
    doc = extract(page, content_type="html")
    assert doc.author == author
    assert parse_notice(doc.notice_text, site=doc.outlet, author=doc.author).rights_holder == author


@pytest.mark.parametrize(
    ("lang", "head", "top", "foot", "site"),
    [
        ("zh", "<title>青梧网 - 市政府部署公园建设</title>", "", "", "青梧网"),
        ("en", "<title>Wexbridge Courier | Council approves parks plan</title>", "", "", "Wexbridge Courier"),
        ("zh", "<title>市政府部署公园建设</title>", '<a href="/">返回澧兰日报首页</a>', "", "澧兰日报"),
        ("en", "<title>Council approves parks plan</title>", '<a href="/">Back to The Harbor Ledger home page</a>', "", "The Harbor Ledger"),
        ("zh", "<title>市政府部署公园建设</title>", '<div class="crumb"><a href="/">云岭资讯</a> &gt; 新闻 &gt; 正文</div>', "", "云岭资讯"),
        ("en", "<title>Council approves parks plan</title>", "", "<footer><p>Kestrel Valley News, 12 Quay Street, Kestrel KV1 2AB</p></footer>", "Kestrel Valley News"),
    ],
)
def test_a_notice_naming_this_site_names_the_site_its_title_home_link_or_address_row_prints(
    lang: str, head: str, top: str, foot: str, site: str
) -> None:
    headline = "市政府部署公园建设" if lang == "zh" else "Council approves parks plan"
    notice = "<p>版权归本站所有，禁止转载。</p>" if lang == "zh" else "<p>This article may not be reproduced without the written permission of the publisher.</p>"
    page = _page(lang, head=head, top=top, notice=notice, foot=foot).replace("<h1>Headline 标题</h1>", f"<h1>{headline}</h1>")
    doc = extract(page, content_type="html")
    assert doc.outlet == site
    assert parse_notice(doc.notice_text, site=doc.outlet).rights_holder == site


def test_a_home_link_that_names_no_outlet_names_no_site() -> None:
    page = _page("zh", head="<title>市政府部署公园建设</title>", top='<a href="/">返回首页</a> <a href="/">网站首页</a>', notice="<p>版权归本站所有，禁止转载。</p>")
    assert extract(page, content_type="html").outlet is None


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ('<div class="byline">專欄作家 陳默</div>', "陳默"),
        ('<div class="byline">特约评论员 欧阳明远</div>', "欧阳明远"),
        ('<div class="meta"><span>作者：林曉舟</span><span>出版時間：2024/05/06 10:20</span></div>', "林曉舟"),
        ('<div class="writer"><a href="/author/12">林曉舟</a><span>資深媒體人</span></div>', "林曉舟"),
        ('<div class="article-author">陳默 2024年5月6日</div>', "陳默"),
    ],
)
def test_a_columnists_title_a_bio_or_a_date_beside_the_name_is_no_part_of_it(byline: str, author: str) -> None:
    doc = extract(_page("zh", top=byline, notice="<p>本文版權屬作者所有，未經同意請勿轉載。</p>"), content_type="html")
    assert doc.author == author
    assert parse_notice(doc.notice_text, site=doc.outlet, author=doc.author).rights_holder == author


def test_the_author_keeping_every_right_above_the_sites_sign_holds_this_articles_rights() -> None:
    page = _page("zh", top='<p class="author">文／陳默</p>', notice="<p>作者保留一切權利。</p>", foot="<footer>© 2024 青梧週刊</footer>")
    doc = extract(page, content_type="html")
    assert doc.notice_text.startswith("作者保留一切權利。")  # before: left in the article's text
    assert parse_notice(doc.notice_text, site="青梧週刊", author=doc.author).rights_holder == "陳默"


# --- a new user's trial (session 23): a magazine group's and a self-media studio's own pages -----
@pytest.mark.parametrize(
    ("notice", "author", "holder"),
    [
        ("© 2025 This magazine. All rights reserved. No part of this article may be reproduced without written permission.", None, "Harbour Lens"),
        ("※本文為專欄作家個人觀點，不代表本報立場。本文著作權屬專欄作家所有，轉載請先取得作者同意。", "陳志遠", "陳志遠"),
        ("※本文著作權屬專欄作家所有，轉載請先取得作者同意。", None, None),  # the role is no name
        ("本文系本站专栏作者投稿，版权归作者所有，转载请联系作者。\n本站版权所有 © 2025 青山网", "李明", "李明"),
        ("本文由山城月刊與作者林雨萱共同享有著作權，未經同意不得轉載。", None, "山城月刊"),
        ("本文版权归青梧网与作者共同所有", None, "青梧网"),
    ],
)
def test_holders_a_desk_would_name(notice: str, author: str | None, holder: str | None) -> None:
    assert parse_notice(notice, site="Harbour Lens", author=author).rights_holder == holder


@pytest.mark.parametrize(
    ("notice", "forbidden", "conditions"),
    [
        ("歡迎轉載，請註明出處及原文連結，惟不得修改內容或作商業用途。", (), {"credit", "link_back", "non_commercial", "no_derivatives"}),
        ("不得作商業用途或修改內容。", ("modify",), {"non_commercial"}),
        ("欢迎转载，不得用于商业用途。", (), {"non_commercial"}),
        ("不得用于商业转载。", (), {"non_commercial"}),  # a commercial reprint, not every reprint
    ],
)
def test_a_ban_on_editing_beside_a_ban_on_commercial_use_is_kept(notice: str, forbidden: tuple, conditions: set) -> None:
    got = parse_notice(notice)
    assert got.forbidden_uses == forbidden
    assert set(got.conditions) == conditions


def test_a_desk_label_after_an_unlinked_account_id_names_its_own_contact() -> None:
    got = parse_notice("商务合作请联系微信：xiaolu_biz　投稿邮箱：tougao@qingshan.example.cn\n征订热线：021-5555-0300")
    assert [(e.address, e.role) for e in got.emails] == [("tougao@qingshan.example.cn", "other")]  # before: advertising
    assert [(p.as_written, p.role) for p in got.phones] == [("021-5555-0300", "subscription")]  # before: other


@pytest.mark.parametrize(
    ("box", "lang", "author"),
    [
        ('<div class="author-box">Mei Chan is a columnist for this newspaper. She writes about housing.</div>', "en", "Mei Chan"),
        ('<div class="author-box">博主：鹿鸣｜前财经记者，现居杭州</div>', "zh", "鹿鸣"),
        ('<div class="author-box">专栏作者：李明</div>', "zh", "李明"),
    ],
)
def test_an_author_box_names_the_author(box: str, lang: str, author: str) -> None:
    notice = "<p>Copyright in this column belongs to the author.</p>" if lang == "en" else "<p>版权声明：本文为博主原创文章，版权归博主所有。</p>"
    doc = extract(_page(lang, notice=notice + box), content_type="html")
    assert doc.author == author


@pytest.mark.parametrize(
    "crumb",
    ['<div class="crumb">首页 &gt; 青山网 &gt; 社会 &gt; 正文</div>', '<div class="location">您当前的位置：青山网 &gt; 社会</div>'],
)
def test_a_breadcrumb_without_links_names_the_site(crumb: str) -> None:
    page = _page("zh", head="<title>市政府部署公园建设</title>", top=crumb, notice="<p>本站声明：本站所有原创内容，版权均属本站所有，未经授权不得转载。</p>")
    doc = extract(page, content_type="html")
    assert doc.outlet == "青山网"
    assert parse_notice(doc.notice_text, site=doc.outlet).rights_holder == "青山网"


@pytest.mark.parametrize(("line", "source"), [("青梧週刊訊（記者 周沐陽）", "青梧週刊"), ("云岭杂志讯（记者 周沐阳）", "云岭杂志"), ("港島頻道訊", "港島頻道")])
def test_a_magazines_or_a_channels_dateline_names_the_outlet(line: str, source: str) -> None:
    from reprint_guard.ingest.layout import _Meta, _parse_meta_line

    meta = _Meta()
    assert _parse_meta_line(line, meta)
    assert meta.sources == [source]


def test_a_link_to_the_rules_other_uses_must_follow_is_a_licensing_route() -> None:
    notice = '<p>※本所新聞稿歡迎轉載；其他內容之利用，請依本所<a href="https://www.qingwu.example.tw/open-data">政府網站資料開放宣告</a>辦理。</p>'
    doc = extract(_page("zh", head="<title>標題 - 青梧區公所</title>", notice=notice), content_type="html")
    got = parse_notice(doc.notice_text, site=doc.outlet)
    assert [(u.url, u.role) for u in got.urls] == [("https://www.qingwu.example.tw/open-data", "licensing")]


@pytest.mark.parametrize(
    ("notice", "holder"),
    [("本文版权归作者所有，转载请联系作者获得授权。", "林晓舟"), ("本文为本号原创，未经授权不得转载。", "青梧笔记")],
)
def test_a_wechat_articles_writer_and_account_are_told_apart(notice: str, holder: str) -> None:
    top = ('<div id="meta_content"><span class="rich_media_meta rich_media_meta_text">原创</span> '
           '<span class="rich_media_meta rich_media_meta_text">林晓舟</span> '
           '<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">青梧笔记</a></span> <em>2024-05-06</em></div>')  # fmt: skip
    head = '<title>标题</title><meta property="og:site_name" content="微信公众平台">'
    doc = extract(_page("zh", head=head, top=top, notice=f"<p>{notice}</p>"), content_type="html")
    assert doc.author == "林晓舟"  # before: the account
    assert parse_notice(doc.notice_text, site=doc.outlet, author=doc.author).rights_holder == holder
