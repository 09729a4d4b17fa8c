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
        ("凡转载本网站原创作品的，须取得华溪日报社书面授权，并注明来源。", ("reprint",), ("credit",)),
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
