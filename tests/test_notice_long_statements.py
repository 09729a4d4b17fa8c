"""How long the notice is and how much it says: a long statement of numbered or lettered clauses
(版权声明 / 法律声明 / "Copyright and reuse" / "Terms of reproduction") that names its publisher
once and speaks of it by a self-word after (以下简称“本集团”, the "Publisher", "we"), and a terms
list whose bans are items of their own. Names, numbers and domains are invented (kind probes of
round 53's theme, session 27)."""

from __future__ import annotations

import pytest

from reprint_guard.extract import extract, page_notice
from reprint_guard.notice import parse_notice

PARAS_ZH = [
    "江北区今年新修的三条乡村公路已经全部通车，沿线六个村子的农产品可以当天运到城区的集市上出售。",
    "区交通局的负责人介绍，公路建设采用了以工代赈的方式，两百多名村民在家门口参与施工并领取了劳务报酬。",
    "村民们说，过去雨天出门要走两个小时泥路，如今骑电动车二十分钟就能到镇上，孩子上学也方便多了。",
]
PARAS_EN = [
    "The county board voted on Tuesday to put a new transit levy before voters in the spring election.",
    "Supporters say the money would restore weekend bus service that was cut three years ago.",
    "Opponents argue that the levy would fall hardest on homeowners with fixed incomes in outlying towns.",
]


def html_page(after: str, *, english: bool) -> str:
    paras = PARAS_EN if english else PARAS_ZH
    return (
        "<html><head><meta charset='utf-8'><title>T</title></head><body><article><h1>Roads</h1>"
        + "".join(f"<p>{p}</p>" for p in paras)
        + f"</article>{after}</body></html>"
    )


def roles_of(notice) -> dict[str, str]:
    """Each phone (as written) and e-mail address of ``notice`` with its role."""
    return {getattr(c, "address", None) or c.as_written: c.role for c in (*notice.phones, *notice.emails)}


def read(after: str, *, english: bool = False):
    doc = extract(html_page(after, english=english), content_type="html")
    return doc, page_notice(doc)


# --- a publisher defined once, then spoken of by a self-word -------------------------------------
@pytest.mark.parametrize(
    ("notice", "holder"),
    [
        ("一、临江报业集团（以下简称“本集团”）所属各报刊及网站刊登的所有作品，著作权均归本集团所有。\n"
         "二、未经本集团书面授权，任何单位和个人不得转载、摘编、改编、镜像或以其他方式使用上述作品。\n"
         "三、本集团授权联系：版权部　电话：0551-62345678", "临江报业集团"),
        ("第一條　本網站之一切內容，著作權均屬於南灣日報股份有限公司（以下簡稱本公司）所有。\n"
         "第二條　未經本公司書面同意，任何人不得轉載。", "南灣日報股份有限公司"),
        ("本网站由东湖传媒有限公司（下称“本公司”）主办，本网站所有原创内容版权归本公司所有，未经授权不得转载。", "东湖传媒有限公司"),
    ],
)
def test_a_publisher_defined_by_a_self_word_holds_the_rights(notice, holder):
    assert parse_notice(notice).rights_holder == holder


def test_the_defined_publisher_is_read_from_a_page_without_a_site_name():
    after = (
        "<div class='law'><p>法律声明</p>"
        "<p>一、临江报业集团（以下简称“本集团”）所属各报刊及网站刊登的所有作品，著作权均归本集团所有。</p>"
        "<p>二、未经本集团书面授权，任何单位和个人不得转载、摘编或以其他方式使用上述作品。</p>"
        "<p>三、本集团授权联系：版权部　电话：0551-62345678</p></div>"
    )
    doc, notice = read(after)
    assert notice.rights_holder == "临江报业集团"
    assert set(notice.forbidden_uses) == {"reprint", "excerpt"}
    assert [(p.as_written, p.role) for p in notice.phones] == [("0551-62345678", "licensing")]


def test_a_name_defined_as_a_short_name_is_not_a_self_word():
    # 以下简称“临报” defines a short name, not the site speaking of itself: the claim names it
    notice = "临江报业集团（以下简称“临报”）刊登的作品，版权归临江日报社所有。"
    assert parse_notice(notice).rights_holder == "临江日报社"


@pytest.mark.parametrize(
    ("notice", "holder"),
    [
        ('The Riverbend Post is published by Riverbend Publishing Ltd (the "Publisher"). All content on this '
         "website is the copyright of the Publisher unless otherwise stated.", "Riverbend Publishing Ltd"),
        ('This website is operated by Oakhill News Media Inc. ("we", "us" or "our"). All articles on this site '
         "are owned by us and protected by copyright. You may not republish our content without our written consent.",
         "Oakhill News Media Inc."),
    ],
)
def test_an_english_party_defined_once_holds_the_rights(notice, holder):
    assert parse_notice(notice).rights_holder == holder


def test_a_defined_party_without_any_claim_is_no_holder():
    notice = 'This website is operated by Oakhill News Media Inc. ("we", "us" or "our"). We use cookies to improve the site.'
    assert parse_notice(notice).rights_holder is None


# --- lettered clauses ---------------------------------------------------------------------------
def test_a_lettered_clause_c_is_no_copyright_sign():
    after = (
        "<div class='terms'><p><strong>Terms of reproduction</strong></p>"
        "<p>(a) Articles written by our staff are copyright of The Kestrel Valley Herald.</p>"
        "<p>(b) Wire stories are copyright of their respective agencies and may not be republished.</p>"
        "<p>(c) To republish our staff articles, contact the syndication desk on 01632 960123.</p></div>"
    )
    doc, notice = read(after, english=True)
    assert notice.rights_holder == "The Kestrel Valley Herald"
    assert [(p.as_written, p.role) for p in notice.phones] == [("01632 960123", "licensing")]


def test_a_c_in_brackets_without_a_lettered_list_is_still_the_sign():
    assert parse_notice("(c) Tidewater Gazette Ltd. All rights reserved.").rights_holder == "Tidewater Gazette Ltd."
    # a (b) of the other letter case opens no list for a small (c)
    assert parse_notice("(B) Photographs: agency pictures.\n(c) Tidewater Gazette Ltd.").rights_holder == "Tidewater Gazette Ltd."


# --- a terms list whose ban is an item of its own -----------------------------------------------
@pytest.mark.parametrize("tag", ["li", "p"])
def test_a_ban_item_of_a_terms_list_is_the_notice(tag):
    items = [
        "All stories on this website are &copy; Tidewater Gazette Ltd.",
        "You may share a link to any story.",
        "You may not copy or republish any story in full without a licence.",
        "To buy a licence, contact syndication@tidewater.example or call 01632 960555.",
    ]
    wrap = ("<ul>", "</ul>") if tag == "li" else ("", "")
    after = "<div class='terms'><p>Terms of use</p>" + wrap[0] + "".join(f"<{tag}>{x}</{tag}>" for x in items) + wrap[1] + "</div>"
    doc, notice = read(after, english=True)
    assert "You may not copy or republish" in (doc.notice_text or "")
    assert set(notice.forbidden_uses) == {"copy", "reprint"}
    assert "You may not copy" not in doc.text


# --- a copyright page's clauses: the holder as subject, leave to be had first -------------------
@pytest.mark.parametrize(
    "claim",
    ["华溪日报社对本网站刊登的原创作品享有著作权。", "华溪日报社对其刊登的作品依法享有著作权。"],
)
def test_the_subject_of_a_rights_verb_before_the_works_it_names_holds_them(claim):
    assert parse_notice(claim).rights_holder == "华溪日报社"


@pytest.mark.parametrize(
    ("notice", "forbidden", "conditions"),
    [
        ("凡转载本网站原创作品的，须事先取得华溪日报社书面授权。", ("reprint",), ()),
        ("转载本网站作品，须取得书面授权。", ("reprint",), ()),
        # (the credit binds licensees: no condition of a permission, bench/notices README, Rounds 18A and 20A)
        ("凡转载本网站原创作品的，须取得华溪日报社书面授权，并注明来源。", ("reprint",), ()),
    ],
)
def test_a_use_that_needs_leave_had_first_is_forbidden(notice, forbidden, conditions):
    parsed = parse_notice(notice)
    assert parsed.forbidden_uses == forbidden and parsed.conditions == conditions


def test_a_copyright_page_of_numbered_clauses_is_read_whole():
    after = (
        "<div class='cont'><h2>版权声明</h2><p>本网站由华溪日报社主办。</p>"
        "<p>一、华溪日报社对本网站刊登的原创作品享有著作权。</p>"
        "<p>二、凡转载本网站原创作品的，须事先取得华溪日报社书面授权，并注明“来源：华溪网”。</p>"
        "<p>三、对于侵犯本网站著作权的行为，华溪日报社将依法追究法律责任。</p>"
        "<p>四、版权联系人：周先生，电话：028-86961234，邮箱：zhou@huaxi.example.cn</p></div>"
    )
    doc, notice = read(after)
    assert notice.rights_holder == "华溪日报社"
    assert notice.forbidden_uses == ("reprint",)
    assert "须事先取得" not in doc.text
    assert [(e.address, e.role) for e in notice.emails] == [("zhou@huaxi.example.cn", "licensing")]


def test_a_republication_permitted_under_listed_conditions_is_a_permission():
    after = (
        "<div class='legal'><p>About reproduction</p>"
        "<p>Stories published by the Cobalt Bay Times may be republished by non-profit outlets under the following conditions:</p>"
        "<p>1. You must credit the Cobalt Bay Times and the author.</p>"
        "<p>2. You may not edit the story except to shorten it.</p>"
        "<p>3. You must include a link to the original.</p></div>"
    )
    doc, notice = read(after, english=True)
    assert notice.rights_holder == "Cobalt Bay Times"
    assert notice.permitted_uses == ("reprint",)
    assert set(notice.conditions) == {"credit", "link_back"}
    assert notice.forbidden_uses == ("modify",)
    # the same words under a ban stay a ban
    assert parse_notice("No story may be republished under these conditions without permission.").forbidden_uses == ("reprint",)


# --- a numbered statement under its heading is one notice ---------------------------------------
def test_every_clause_of_a_numbered_statement_under_its_heading_is_the_notice():
    # the clauses before the first that reads as a notice line (1. Ownership …) were left in the
    # body, and the holder came from the officer whose leave clause 4 asks
    after = (
        "<section class='legal'><h2>Copyright and Disclaimer</h2>"
        "<p>1. Ownership. Unless otherwise indicated, the text, photographs and reports published on this website are the "
        "property of Marlow Shire Council and are protected under the Copyright Act of the republic.</p>"
        "<p>2. Material of other bodies. Circulars and guidelines of ministries reproduced on this website remain the "
        "property of their authors, and permission to reuse them must be sought from those bodies.</p>"
        "<p>3. What you may do. You may download, print and reproduce news items and council reports for personal, "
        "educational or non-commercial purposes, provided that Marlow Shire Council is acknowledged as the source and "
        "the material is not altered.</p>"
        "<p>4. What you may not do. You may not sell the material or reproduce it for commercial purposes without the "
        "written permission of the Chief Executive Officer.</p>"
        "<p>5. Contacts. Requests to reproduce material for other purposes: the Communications Officer, "
        "Email: media@marlow-shire.example, Tel: 01632 960 482.</p></section>"
    )
    doc, notice = read(after, english=True)
    assert (doc.notice_text or "").startswith("Copyright and Disclaimer\n1. Ownership.")
    assert "1. Ownership" not in doc.text and "What you may do" not in doc.text
    assert notice.rights_holder == "Marlow Shire Council"
    assert set(notice.permitted_uses) == {"copy", "download"}
    assert set(notice.conditions) == {"credit", "non_commercial", "no_derivatives"}
    assert [(e.address, e.role) for e in notice.emails] == [("media@marlow-shire.example", "licensing")]


def test_a_numbered_list_under_no_notice_heading_stays_the_article_s():
    after = (
        "<h3>What the council decided</h3>"
        "<p>1. The budget for parks rises by a tenth next year.</p>"
        "<p>2. Bus shelters on the ring road are to be replaced.</p>"
        "<p>3. Material published by the council may not be reproduced without permission.</p>"
    )
    doc, notice = read(after, english=True)
    assert "1. The budget for parks" in doc.text


@pytest.mark.parametrize(
    ("notice", "permitted", "conditions"),
    [
        ("This article may be reproduced by the media with acknowledgement, provided the text is not altered.",
         ("copy",), ("credit", "no_derivatives")),
        ("Stories may be republished without alteration, with credit to the Harbour Ledger.",
         ("reprint",), ("credit", "no_derivatives")),
    ],
)
def test_a_permission_kept_to_the_text_as_printed_permits_no_edit(notice, permitted, conditions):
    parsed = parse_notice(notice)
    assert parsed.permitted_uses == permitted and parsed.conditions == conditions and parsed.forbidden_uses == ()


@pytest.mark.parametrize(
    "officer",
    ["the Station Director", "the Chief Administrative Officer", "the Managing Editor"],
)
def test_an_officer_whose_leave_is_asked_is_no_holder(officer):
    notice = (
        "Recordings of Radio Kasempa programmes are for private listening and may not be rebroadcast or uploaded "
        f"to other websites without the written permission of {officer} (director@kasempa-radio.example)."
    )
    parsed = parse_notice(notice, site="Radio Kasempa")
    assert parsed.rights_holder == "Radio Kasempa"
    assert set(parsed.forbidden_uses) == {"broadcast", "reprint"}


def test_a_recording_note_is_found_after_its_player():
    after = (
        "<audio controls src='/media/hour.mp3'></audio>"
        "<p class='rec-note'>Recordings of Radio Kasempa programmes are for private listening and may not be rebroadcast "
        "or uploaded to other websites without the written permission of the Station Director (director@kasempa-radio.example).</p>"
        "<div class='more'><h3>More programmes</h3><ul><li>Youth Corner</li><li>Farm Hour</li></ul></div>"
        "<footer><p>Listen on 88.1 MHz Kasempa · 94.3 MHz Mufumbwe</p></footer>"
    )
    doc, notice = read(after, english=True)
    assert "may not be rebroadcast" in (doc.notice_text or "")
    assert [(e.address, e.role) for e in notice.emails] == [("director@kasempa-radio.example", "licensing")]


# --- whose reprints a credit rule permits -------------------------------------------------------
@pytest.mark.parametrize(
    ("notice", "forbidden", "permitted", "conditions"),
    [
        ("各级媒体、网站转载本网原创新闻，须注明“来源：秦岭职业学院官网”，不得歪曲、篡改原意；商业性使用须经学院书面同意。",
         (), ("reprint",), ("credit", "non_commercial", "no_derivatives")),
        ("媒体转载本报稿件，请注明出处。", (), ("reprint",), ("credit",)),
        # the leave asked after a comma binds licensees: its credit is no condition of a permission
        ("任何单位或个人转载、摘编上述作品，须事先取得南岭网书面授权，并注明“来源：南岭网”。", ("reprint", "excerpt"), (), ()),
    ],
)
def test_a_credit_rule_after_what_is_reprinted(notice, forbidden, permitted, conditions):
    parsed = parse_notice(notice)
    assert (parsed.forbidden_uses, parsed.permitted_uses, parsed.conditions) == (forbidden, permitted, conditions)


def test_a_link_to_the_reprint_terms_after_a_credit_sentence_is_the_licensing_route():
    notice = "本网原创稿件欢迎转载，转载请注明出处“辽东理工新闻网”。媒体转载请阅读《稿件转载须知》 (https://news.liaodong.example.cn/zzxz.htm)。"
    assert [(u.url, u.role) for u in parse_notice(notice).urls] == [("https://news.liaodong.example.cn/zzxz.htm", "licensing")]
    # the credit's own address stays the credit's text
    credit = "转载请注明：文章转载自 辽东理工新闻网 https://news.liaodong.example.cn/"
    assert [u.role for u in parse_notice(credit).urls] == ["other"]


# --- terms above the text, a © row below --------------------------------------------------------
def test_terms_printed_above_the_text_join_a_footer_s_bare_claim():
    page = (
        "<html><head><meta charset='utf-8'><title>New motorcycles for parish chiefs | Kasoli District</title></head><body>"
        "<main><article><h1>New motorcycles for parish chiefs</h1><p class='submitted'>Submitted by Information Office on 25/08/2025</p>"
        "<p class='release-note'><em>This release is issued by the Kasoli District Information Office. The media may publish it "
        "in full or in part with credit to Kasoli District Local Government.</em></p>"
        + "".join(f"<p>{p}</p>" for p in PARAS_EN)
        + "</article></main><footer><div>Copyright © 2025 Kasoli District Local Government | Powered by Webhaus</div></footer></body></html>"
    )
    doc = extract(page, content_type="html")
    notice = page_notice(doc)
    assert notice.rights_holder == "Kasoli District Local Government"
    assert notice.permitted_uses == ("reprint",) and notice.conditions == ("credit",)
    assert "The media may publish it" not in doc.text


def test_a_story_opening_on_a_rule_is_no_terms_line():
    page = (
        "<html><head><meta charset='utf-8'><title>Court rules on reprints | Kasoli Times</title></head><body>"
        "<main><article><h1>Court rules on reprints</h1>"
        "<p>The High Court ruled on Monday that newspapers may not reproduce court records without permission, the judge said.</p>"
        + "".join(f"<p>{p}</p>" for p in PARAS_EN)
        + "</article></main><footer><div>Copyright © 2025 Kasoli Times</div></footer></body></html>"
    )
    doc = extract(page, content_type="html")
    assert "The High Court ruled" in doc.text


def test_a_print_view_s_title_names_no_site():
    page = (
        "<html><head><meta charset='utf-8'><title>列印 - 竹溪鄉民代表會定期大會閉幕</title></head><body>"
        "<h2>竹溪鄉民代表會定期大會閉幕</h2>" + "".join(f"<p>{p}</p>" for p in PARAS_ZH) + "<p>本會版權所有</p></body></html>"
    )
    doc = extract(page, content_type="html")
    assert doc.outlet != "列印"
    assert page_notice(doc).rights_holder != "列印"


@pytest.mark.parametrize(
    "law",
    ["the Copyright Act of the republic", "the Copyright and Neighbouring Rights Act", "the Copyright (Amendment) Act"],
)
def test_a_copyright_law_s_name_is_no_claim(law):
    assert parse_notice(f"The reports are the property of Marlow Shire Council and are protected under {law}.").rights_holder == "Marlow Shire Council"
    assert parse_notice(f"Material on this site is protected under {law}.").rights_holder is None


# --- a desk's label with an object ---------------------------------------------------------------
@pytest.mark.parametrize(
    "row",
    [
        "Complaints about service delivery: Charter Desk, Toll free: 01632 960 214.",
        "Requests to reproduce material: the Information Officer, Tel: 01632 960 137. "
        "Complaints about service delivery: District Client Charter Desk, Toll free: 01632 960 214.",
    ],
)
def test_a_desk_named_with_what_it_handles_keeps_its_own_role(row):
    # "delivery" in the complaint desk's object read as a subscription desk, and a lookback that
    # cut the label's head off left only it
    phones = parse_notice("© Marlow Shire Council. " + row, default_region="GB").phones
    assert phones[-1].role == "complaint"


@pytest.mark.parametrize(
    "notice",
    [
        "Media may reproduce this release with credit to Kgwerane District Council. For any other use of Council text "
        "or photographs, apply online at kgwerane.gov.example/copyright-permission.",
        "For any other use of Council text or reports, apply online at kgwerane.gov.example/copyright-permission.",
    ],
)
def test_an_application_route_for_other_uses_is_the_licensing_route(notice):
    assert [(u.url, u.role) for u in parse_notice(notice).urls] == [("kgwerane.gov.example/copyright-permission", "licensing")]


# --- a new user's trial of long statements (session 27): each kind in a shape of its own ---------
def test_a_link_named_like_the_heading_is_written_after_the_link():
    after = (
        "<p>责任编辑：林青</p><p>版权声明：本文为南屏财经原创，未经授权禁止转载、摘编。"
        "详见《<a href='https://www.nanping-cj.example/copyright.html'>版权声明</a>》。</p>"
    )
    doc, notice = read(after)
    assert notice.rights_holder == "南屏财经"
    assert set(notice.forbidden_uses) == {"reprint", "excerpt"}
    assert [(u.url, u.role) for u in notice.urls] == [("https://www.nanping-cj.example/copyright.html", "licensing")]


@pytest.mark.parametrize(
    ("notice", "holder"),
    [
        ("本网原创作品，著作权归东滨日报社所有，未经授权不得转载。本社已委托西岭版权服务有限公司代为维权。", "东滨日报社"),
        # the seed's kind: the agent protects, enforces and licenses to third parties
        ("各子报已将其所有的版权统一授予东滨媒体版权保护中心进行保护、维权及给第三方的授权许可。", "东滨媒体版权保护中心"),
    ],
)
def test_an_agent_that_only_enforces_is_no_holder(notice, holder):
    assert parse_notice(notice).rights_holder == holder


@pytest.mark.parametrize("second", ["电子邮箱：bq@dongbin.example", "网址：https://www.dongbin.example/license/", "在线申请：https://www.dongbin.example/apply"])
def test_a_kind_label_after_a_licensing_label_keeps_the_licensing_role(second):
    notice = f"东滨晚报刊发的原创作品，著作权归东滨晚报社所有，未经书面授权不得转载。\n版权合作：0794-8551234，{second}"
    parsed = parse_notice(notice)
    assert {c.role for c in (*parsed.phones, *parsed.emails, *parsed.urls)} == {"licensing"}


def test_a_site_s_own_address_after_its_name_is_no_licensing_route():
    notice = "东滨新闻网（www.dongbin.example）所刊登的各类稿件，版权归东滨晚报社所有。未经书面授权，任何单位和个人不得转载。"
    assert [(u.url, u.role) for u in parse_notice(notice).urls] == [("www.dongbin.example", "other")]
    # an address after the desk the clause asks for is still the route
    asks = "授权转载请登录东滨版权平台（https://license.dongbin.example）申请。"
    assert [u.role for u in parse_notice(asks).urls] == ["licensing"]


def test_browsing_for_personal_use_permits_no_copy():
    notice = "本網站所載文字及圖片版權均屬南灣日報有限公司所有。\n未經本公司書面同意，任何人士不得複製、轉載本網站內容。\n本網站內容僅供個人非商業用途瀏覽。"
    parsed = parse_notice(notice)
    assert set(parsed.forbidden_uses) == {"copy", "reprint"} and parsed.permitted_uses == ()


@pytest.mark.parametrize(
    "ban",
    ["非經本報書面授權，不得以任何形式轉載本報內容。", "非经本报书面授权，不得以任何方式转载本报内容。"],
)
def test_a_ban_by_any_means_is_a_notice_line(ban):
    doc, notice = read(f"<p>{ban}</p><p>南濱時報股份有限公司 版權所有</p>")
    assert ban in (doc.notice_text or "") and ban not in doc.text
    assert notice.forbidden_uses == ("reprint",)


def test_the_items_of_a_lettered_ban_are_one_ban():
    notice = (
        "Without our prior written permission you may not (a) republish, reproduce or redistribute our content in full "
        "or in part, on any website, newsletter or social media account; (b) edit, adapt or translate our content; "
        "(c) frame or mirror our pages."
    )
    doc, parsed = read(f"<p>{notice}</p><p>© 2025 Eastwater Ledger Media Pty Ltd</p>", english=True)
    assert set(parsed.forbidden_uses) == {"reprint", "copy", "redistribute", "modify", "mirror"}
    assert parsed.rights_holder == "Eastwater Ledger Media Pty Ltd"


def test_a_licensing_desk_row_over_other_desks_is_the_notice():
    after = (
        "<p>Syndication and licensing enquiries: telephone 020 7946 0321, email licensing@eastwater.example.</p>"
        "<p>To contact the newsdesk with a story, call 020 7946 0300 or email news@eastwater.example. For advertising, "
        "call 020 7946 0350. To make a complaint under our editorial code, write to readers.editor@eastwater.example.</p>"
    )
    doc, notice = read(after, english=True)
    assert roles_of(notice) == {
        "020 7946 0321": "licensing", "licensing@eastwater.example": "licensing", "020 7946 0300": "tip",
        "news@eastwater.example": "tip", "020 7946 0350": "advertising", "readers.editor@eastwater.example": "complaint",
    }


def test_a_ban_with_its_leave_inside_and_its_examples_after():
    after = (
        "<p>All content is © 2025 Westmere Civic Media Inc.</p><p>You may not, without written permission, republish or "
        "syndicate our articles, scrape, crawl or harvest our content by automated means, use our content to train, "
        "fine-tune or evaluate machine learning or artificial intelligence models, or sell or redistribute our content.</p>"
    )
    doc, notice = read(after, english=True)
    assert notice.rights_holder == "Westmere Civic Media Inc."
    assert set(notice.forbidden_uses) == {"reprint", "scrape", "ai_training", "redistribute"}
    examples = (
        "You may not reproduce or republish any of our content without our prior written consent. This includes copying "
        "articles to other websites and using our content for data mining or to train AI models."
    )
    assert set(parse_notice(examples).forbidden_uses) == {"copy", "reprint", "scrape", "ai_training"}


def test_a_numbered_statement_s_contact_item_after_a_disclaimer_item_is_the_notice_s():
    after = (
        "<p>一、本网所有稿件版权均属北州日报社所有，未经本网协议授权不得转载。</p>"
        "<p>二、凡本网注明“来源：XXX（非北州网）”的作品，均转载自其它媒体，并不代表本网赞同其观点。</p>"
        "<p>三、新闻热线：010-65551234</p>"
    )
    doc, notice = read(after)
    assert notice.rights_holder == "北州日报社"
    assert [(p.as_written, p.role) for p in notice.phones] == [("010-65551234", "tip")]


def test_a_holder_broken_over_short_lines_after_permission_of():
    doc = extract(
        html_page("<p>No part of this article<br>may be republished without the written permission of<br>Westbank<br>Press Ltd.</p>", english=True),
        content_type="html",
    )
    assert page_notice(doc).rights_holder == "Westbank Press Ltd."


def test_the_leave_s_two_words_end_the_licensor_s_name():
    assert parse_notice("未經南灣日報有限公司事先書面同意，任何人士不得複製、轉載本網站內容。").rights_holder == "南灣日報有限公司"


def test_a_heading_naming_the_publisher_speaks_for_its_self_word():
    notice = "晨江日报社版权声明\n一、本社刊发的原创作品，著作权归本社所有。\n二、未经本社书面授权，任何单位和个人不得转载、摘编。"
    assert parse_notice(notice, site="晨江网").rights_holder == "晨江日报社"
    assert parse_notice("免责及版权声明\n本站原创内容版权归本站所有。", site="晨江网").rights_holder == "晨江网"


def test_a_date_line_closed_by_text_size_buttons_is_no_paragraph():
    page = (
        "<html><head><meta charset='utf-8'><title>春茶开采-北岭融媒</title></head><body><h2>春茶开采</h2>"
        "<div class='attr'>发布时间：2025-04-05　来源：北岭县融媒体中心　作者：母晓燕　浏览次数：1286　【字体：大 中 小】</div>"
        + "".join(f"<p>{p}</p>" for p in PARAS_ZH) + "</body></html>"
    )
    doc = extract(page, content_type="html")
    assert doc.text.startswith(PARAS_ZH[0])
    assert (doc.date, doc.outlet, doc.author) == ("2025-04-05", "北岭县融媒体中心", "母晓燕")


def test_a_licensing_link_by_path_is_resolved_on_the_page_s_address():
    page = html_page("<div class='foot'><p>本网原创稿件，版权归五堤日报社所有，未经授权不得转载。</p>"
                     "<p>版权合作：<a href='/about/copyright.html'>联系我们</a></p></div>", english=False)
    with_url = page_notice(extract(page, content_type="html", url="https://www.wudi.example.cn/news/1.html"))
    assert [(u.url, u.role) for u in with_url.urls] == [("https://www.wudi.example.cn/about/copyright.html", "licensing")]
    # without the page's address a path names no address: nothing is made up
    assert page_notice(extract(page, content_type="html")).urls == ()


def test_a_reuse_policy_s_long_items_under_its_heading_are_one_notice():
    after = (
        "<section><h3>Copyright and reuse policy</h3>"
        "<p>1. Ownership. All articles, photographs, graphics and video published on eastwater.example and in the print "
        "edition of The Eastwater Ledger are the copyright of Eastwater Ledger Media Pty Ltd or its licensors.</p>"
        "<p>2. What you may do. You may share a link to any article, together with its headline and a short extract.</p>"
        "<p>3. What you may not do. Without our prior written permission you may not (a) republish, reproduce or "
        "redistribute our content in full or in part, on any website, newsletter or social media account; (b) edit, "
        "adapt or translate our content; (c) frame or mirror our pages; or (d) use automated tools to scrape our content "
        "or use it to train artificial intelligence systems.</p>"
        "<p>4. Content from other sources. Articles marked with another agency's credit are reproduced under licence and "
        "remain the property of that agency. Any enquiries about them should be directed to the agency concerned.</p>"
        "<p>5. Licensing. To license an article, contact our syndication desk on 01632 960 840 or at syndication@eastwater.example.</p>"
        "<p>6. Other enquiries. News tips: tips@eastwater.example or 01632 960 800. Complaints about our coverage: "
        "complaints@eastwater.example. Advertising: 01632 960 888.</p></section>"
        "<div class='related'><h3>Related stories</h3><ul><li>Council to review parking fees</li><li>New bike lanes open</li></ul></div>"
    )
    doc, notice = read(after, english=True)
    assert (doc.notice_text or "").startswith("Copyright and reuse policy\n1. Ownership.")
    assert notice.rights_holder == "Eastwater Ledger Media Pty Ltd"
    assert {"reprint", "modify", "mirror", "scrape", "ai_training"} <= set(notice.forbidden_uses)
    assert roles_of(notice) == {
        "01632 960 840": "licensing", "syndication@eastwater.example": "licensing", "tips@eastwater.example": "tip",
        "01632 960 800": "tip", "complaints@eastwater.example": "complaint", "01632 960 888": "advertising",
    }


def test_a_heading_of_copyright_licensing_and_disclaimer_names_no_one():
    after = (
        "<div class='fine-print'><h4>Copyright, Licensing and Disclaimer</h4>"
        "<p><strong>Copyright.</strong> The Westmere Review is published by Westmere Civic Media Inc., a nonprofit "
        "newsroom. All content is © 2025 Westmere Civic Media Inc. unless otherwise noted.</p>"
        "<p><strong>Prohibited uses.</strong> You may not, without written permission: (i) republish or syndicate our "
        "articles; (ii) scrape, crawl or harvest our content by automated means; (iii) sell or redistribute our content.</p>"
        "<p><strong>Disclaimer.</strong> The information on this site is provided for general information only.</p>"
        "<p><strong>Licensing.</strong> For licensing and permissions, contact licensing@westmere.example.</p></div>"
    )
    doc, notice = read(after, english=True)
    assert notice.rights_holder == "Westmere Civic Media Inc."
    assert set(notice.forbidden_uses) == {"reprint", "scrape", "redistribute"}


def test_an_enforcement_agent_commissioned_for_the_platform_s_works_is_no_holder():
    notice = (
        "未经海东日报社书面授权，任何机构和个人不得转载本平台原创作品。\n"
        "海东日报社已委托北岭版权服务有限公司对本平台原创作品进行版权监测和维权。\n"
        "本平台转载的作品均注明来源，版权归原作者或原发媒体所有；如涉及版权问题，请作者在两周内与本平台联系。"
    )
    # (nor does the carried works' clause give this article to its byline's author)
    assert parse_notice(notice, author="孔令涛").rights_holder == "海东日报社"


def test_an_outlet_s_reporter_byline_names_the_reporter():
    page = (
        "<html><head><meta charset='utf-8'><title>T</title></head><body><h1>公路通车</h1>"
        "<div class='info'><span class='time'>2025-06-02 10:00</span>　<span class='source'>来源：海东日报</span>　"
        "<span class='author'>海东日报记者 孔令涛</span></div>"
        + "".join(f"<p>{p}</p>" for p in PARAS_ZH) + "</body></html>"
    )
    assert extract(page, content_type="html").author == "孔令涛"


def test_the_site_s_name_linked_to_its_home_page_is_no_licensing_route():
    page = html_page(
        "<div><p>4. Syndication and licensing enquiries: <a href='https://www.eastwater.example/'>Eastwater Times</a> "
        "Syndication, telephone 020 7946 0321, email licensing@eastwater.example.</p></div>",
        english=True,
    )
    notice = page_notice(extract(page, content_type="html", url="https://www.eastwater.example/2025/a.html"))
    assert notice.urls == ()
    assert [(e.address, e.role) for e in notice.emails] == [("licensing@eastwater.example", "licensing")]
