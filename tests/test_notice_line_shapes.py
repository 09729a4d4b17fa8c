"""How a notice is written into the page: a sentence broken by ``<br>``, list items or a hard wrap
where no sentence ends, a name wrapped mid-word, a box drawn round it. The reading must be the
one-line reading. Names, numbers and domains are invented (kinds from round 50 of
bench/notices and a new user's trial, session 26)."""

from __future__ import annotations

import pytest

from reprint_guard.extract import extract, page_notice
from reprint_guard.notice import parse_notice

PARAS_ZH = [
    "江北区今年新修的三条乡村公路已经全部通车，沿线六个村子的农产品可以当天运到城区的集市上出售。",
    "区交通局的负责人介绍，公路建设采用了以工代赈的方式，两百多名村民在家门口参与施工并领取了劳务报酬。",
    "村民们说，过去雨天出门要走两个小时泥路，如今骑电动车二十分钟就能到镇上，孩子上学也方便多了。",
    "按照计划，明年区里还将修建四条联网公路，并在沿线设置客运招呼站，方便群众出行。",
]
PARAS_EN = [
    "The county board voted on Tuesday to put a new transit levy before voters in the spring election.",
    "Supporters say the money would restore weekend bus service that was cut three years ago.",
    "Opponents argue that the levy would fall hardest on homeowners with fixed incomes in outlying towns.",
    "A public hearing on the ballot language is scheduled for next month at the county building.",
]


def text_page(notice: str, *, english: bool = False) -> str:
    paras = PARAS_EN if english else PARAS_ZH
    return ("Transit levy\n\n" if english else "乡村公路通车\n\n") + "\n\n".join(paras) + "\n\n" + notice + "\n"


def html_page(after: str, *, english: bool = True, title: str = "Transit levy - Harbour Ledger") -> str:
    paras = PARAS_EN if english else PARAS_ZH
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>Transit levy</h1>"
        + "".join(f"<p>{p}</p>" for p in paras)
        + f"{after}</article></body></html>"
    )


def read(page: str, content_type: str):
    doc = extract(page, content_type=content_type)
    return doc, page_notice(doc)


# --- a ban broken where no sentence ends ------------------------------------------------------
@pytest.mark.parametrize(
    "notice",
    [
        "Copyright (c) 2025 Marlow Bay Gazette Ltd. No part of this article\nmay be republished without permission.",
        "Copyright (c) 2025 Marlow Bay Gazette Ltd. All rights reserved. No part of it\nmay be republished without permission.",
    ],
)
def test_a_ban_broken_before_its_verb_is_no_permission(notice):
    # read line by line, "may be republished without permission" looked like a permission: a
    # plain copy came out `permitted` (a new user's trial, session 26)
    doc, notice_ = read(text_page(notice, english=True), "text")
    assert notice_.forbidden_uses == ("reprint",)
    assert notice_.permitted_uses == ()


def test_a_ban_broken_by_br_is_no_permission():
    doc, notice = read(html_page("<p>&copy; 2025 Marlow Bay Gazette Ltd. No part of this article<br>may be republished without permission.</p>"), "html")
    assert notice.forbidden_uses == ("reprint",) and notice.permitted_uses == ()


@pytest.mark.parametrize(
    ("notice", "uses"),
    [
        ("版权声明：本文为海门日报原创，未经许可不得\n转载。", ("reprint",)),
        ("版权声明：本文为海门日报原创，未经许可不\n得转载。", ("reprint",)),
        ("版权声明：本文为江北商报原创，未经书面许可，任何媒体不得转载\n、摘编或镜像。", ("reprint", "excerpt", "mirror")),
        ("本文系桂澜云北海频道原创稿件，未经授权不得转\n载、摘编。", ("reprint", "excerpt")),
    ],
)
def test_a_chinese_ban_wrapped_inside_its_verbs_forbids_every_use(notice, uses):
    doc, notice_ = read(text_page(notice), "text")
    assert set(notice_.forbidden_uses) == set(uses)
    assert notice.split("\n")[-1] in (doc.notice_text or "")  # the line the wrap carried over is the notice's


def test_a_traditional_name_and_ban_wrapped_at_a_fixed_width():
    notice = "版權所有 © 2025 維港經濟日報有限公\n司。未經本公司書面許可，不得翻印或\n轉載本網站任何內容。"
    doc, notice_ = read(text_page(notice), "text")
    assert notice_.rights_holder == "維港經濟日報有限公司"
    assert set(notice_.forbidden_uses) == {"copy", "reprint"}
    assert "轉載本網站任何內容" not in doc.text


@pytest.mark.parametrize(
    "notice",
    [
        "本文为海门日报原创，版权归海门\u3000\n日报社所有。未经授权，严禁转载",  # an ideographic space padding the wrap
        "║本文为海门日报原创，版权归海门\u3000║\n║日报社所有。未经授权，严禁转载\u3000║",  # a box's border
        "║本文为海门日报原创，版权归海门║\n║日报社所有。未经授权，严禁转载║",
    ],
)
def test_a_name_wrapped_inside_a_box_or_padding_is_read_whole(notice):
    assert parse_notice(notice).rights_holder == "海门日报社"


# --- a sentence split over list items or <br> lines -------------------------------------------
def test_a_media_use_permission_split_over_list_items_is_the_notice():
    after = (
        "<div class='release-note'><ul><li>Issued by the Public Relations Office,</li>"
        "<li><strong>Akwora Rock Municipal Council</strong>.</li><li>Media houses may reproduce this release</li>"
        "<li>with credit to the Council.</li></ul></div>"
    )
    doc, notice = read(html_page(after, title="Road closures | Akwora Rock Municipal Council"), "html")
    assert "with credit to the Council" in (doc.notice_text or "")
    assert notice.permitted_uses == ("copy",) and notice.conditions == ("credit",)
    assert notice.rights_holder == "Akwora Rock Municipal Council"


def test_the_property_of_a_company_on_the_next_line_is_a_claim():
    after = (
        "<p><i>Articles and photographs in</i> <b>The Sasak Coast Guide</b> <i>are the property of</i><br>"
        "<b>PT Sasak Media Nusantara</b><i>. To reprint an article, please contact the editor at</i> "
        "<a href='mailto:editor@sasakguide.example'>editor@sasakguide.example</a></p>"
    )
    doc, notice = read(html_page(after, title="The Sasak Coast Guide - Issue 82"), "html")
    assert notice.rights_holder == "PT Sasak Media Nusantara"
    assert "are the property of" not in doc.text


def test_a_footer_link_row_is_not_read_as_one_sentence():
    # "Reprints" / "Contact Us" as one sentence asks for reprints: the row would outrank the © line
    footer = (
        "<ul><li><a href='/about/'>About Us</a></li><li><a href='https://reprints.patapsco.example/'>Reprints</a></li>"
        "<li><a href='/contact/'>Contact Us</a></li><li><a href='/privacy/'>Privacy Policy</a></li></ul>"
        "<p>Copyright © 2026 Patapsco Media Group. All Rights Reserved.</p>"
    )
    page = html_page("<p><em>Jo Okafor is a partner at Hale &amp; Lind LLP. The views expressed are the author's own.</em></p>")
    page = page.replace("</article>", f"</article><footer>{footer}</footer>")
    doc, notice = read(page, "html")
    assert notice.rights_holder == "Patapsco Media Group"
    assert "views expressed" not in (doc.notice_text or "")


# --- who the credit names ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("This release and its images may be reproduced free of charge by the media, credited “Telesianel”.", "Telesianel"),
        ("Hatimiliki©2017 Mkoa wa Bugosi.Haki Zote Zimehifadhiwa", "Mkoa wa Bugosi"),
        ("© 2017 Halmashauri ya Wilaya ya Kilosa", "Halmashauri ya Wilaya ya Kilosa"),
    ],
)
def test_the_party_a_credit_names_or_a_swahili_name_is_the_holder(text, holder):
    assert parse_notice(text, site="Annual Report").rights_holder == holder


# --- roles across a broken sentence -----------------------------------------------------------
def test_a_sentence_broken_before_its_address_gives_the_address_its_role():
    notice = parse_notice(
        "(c) 2025 Marlow Bay Gazette Ltd. All rights reserved. Syndication enquiries:\n"
        "syndication@marlowbay.example\nTo unsubscribe or manage your subscription, email\nsubs@marlowbay.example"
    )
    assert [(e.address, e.role) for e in notice.emails] == [
        ("syndication@marlowbay.example", "licensing"),
        ("subs@marlowbay.example", "subscription"),
    ]


def test_an_unsubscribe_address_and_a_dotted_desk_row_keep_their_roles():
    one_line = parse_notice("(c) 2025 Marlow Bay Gazette Ltd. Syndication enquiries:\nsyndication@marlowbay.example\nTo unsubscribe, email subs@marlowbay.example")
    assert [e.role for e in one_line.emails] == ["licensing", "subscription"]
    dotted = parse_notice(
        "© 2025 Quarry Lane Journal. Republication without permission is prohibited.\n"
        "Licensing — https://quarrylane.example/licensing · Advertise — ads@quarrylane.example"
    )
    assert [(e.address, e.role) for e in dotted.emails] == [("ads@quarrylane.example", "advertising")]
    assert [(u.url, u.role) for u in dotted.urls] == [("https://quarrylane.example/licensing", "licensing")]


def test_an_address_ending_a_line_does_not_run_into_the_next():
    # a print view's own address under the licensing desk's mailbox is no second desk
    notice = parse_notice(
        "Printed from https://www.savannah.example/counties/sorghum-5129904\n© 2025 Savannah Post Media Group PLC. All rights reserved.\n"
        "No part of this publication may be reproduced without the prior written\npermission of the publisher. "
        "For permissions, write to permissions@savannah.example\nhttps://www.savannah.example/print/5129904        2/2"
    )
    assert [(e.address, e.role) for e in notice.emails] == [("permissions@savannah.example", "licensing")]
    # ("Printed from <url>" is the print view's own address, no contact at all: session 29)
    assert [(u.url, u.role) for u in notice.urls] == [("https://www.savannah.example/print/5129904", "other")]


# --- bylines ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "line", ["2025-05-14 By staff, Saltmarsh Daily", "May 14, 2025 By staff, Saltmarsh Daily", "May 14, 2025 by the Associated Press"]
)
def test_a_date_line_with_a_staff_byline_gives_the_date_and_no_author(line):
    doc = extract(html_page(f"<div class='info'>{line}</div>").replace("<h1>Transit levy</h1>", f"<h1>Transit levy</h1><div class='info'>{line}</div>"), content_type="html")
    assert doc.date == "2025-05-14"
    assert doc.author is None


# --- typed and set in odd ways ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("notice", "holder"),
    [
        ("<p>Ｃｏｐｙｒｉｇｈｔ ２０２５ Ｄｕｎｍｏｒｅ Ｈｅｒａｌｄ．Ａｌｌ ｒｉｇｈｔｓ ｒｅｓｅｒｖｅｄ．</p>", "Dunmore Herald"),  # typed in full width
        ("<p>Copyright<br>2025<br>Elmhurst<br>Weekly<br>News.<br>All<br>rights<br>reserved.</p>", "Elmhurst Weekly News"),  # a word a line
    ],
)
def test_a_claim_typed_in_full_width_or_a_word_a_line_is_found_and_read(notice, holder):
    doc, notice_ = read(html_page(notice, title="Transit levy"), "html")
    assert notice_.rights_holder == holder
    assert "Copyright" not in doc.text and "Ｃｏｐｙｒｉｇｈｔ" not in doc.text


def test_a_bracketed_copyright_label_between_rules_is_the_notice():
    rule = "-" * 40
    doc, notice = read(text_page(f"{rule}\n[Copyright] 2025 Brightwater Press. Do not republish.\n{rule}", english=True), "text")
    assert notice.rights_holder == "Brightwater Press"
    assert notice.forbidden_uses == ("reprint",)


def test_a_traditional_claim_wrapped_between_its_closing_characters():
    notice = parse_notice("本網站所有內容之版權均屬明河日報有限公司所\n有，未經許可，不得轉載或複製。")
    assert notice.rights_holder == "明河日報有限公司"


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("© 2025 Quarry Lane Journal. Republication without permission is prohibited.\nLicensing — quarrylane.example/licensing · Advertise — ads@quarrylane.example", "quarrylane.example/licensing"),
        ("转载授权请通过“公平法治报版权服务平台”在线申请：rights.gpfz.example.cn/apply", "rights.gpfz.example.cn/apply"),
    ],
)
def test_a_licensing_page_printed_without_its_scheme_after_a_label_is_the_route(text, url):
    # (a new user's trial: the page was left out and the advertising mailbox taken for the desk)
    notice = parse_notice(text)
    assert [(u.url, u.role) for u in notice.urls] == [(url, "licensing")]
    assert all(e.role != "licensing" for e in notice.emails)


def test_a_desk_label_after_a_number_ending_a_sentence_speaks_for_its_own_contact():
    notice = parse_notice("© 2025 Riverbend Courier. All rights reserved. Tips? Text 555-0199. Complaints: readers@riverbend.example", default_region="US")
    assert [(e.address, e.role) for e in notice.emails] == [("readers@riverbend.example", "complaint")]


# --- round 51's ways of asking for a licence (tune half) ----------------------------------------
@pytest.mark.parametrize(
    ("text", "forbidden", "contact"),
    [
        # a drama-range number (Ofcom's 01632 960xxx) is a phone under "ring" as under "call"
        ("© Llanrhos Chronicle 2025. To reproduce any story or picture from this blog, please ring 01632 960447 first.", ("copy",), ("01632 960447", "licensing")),
        ("Requests to reproduce Council content: Copyright permission request form (https://kgwerane.gov.example/copyright-permission)", ("copy",), ("https://kgwerane.gov.example/copyright-permission", "licensing")),
        ("© Lodonga Municipal Council. Republishing this story? Fill in our media reuse request form: Request form (https://lodonga.go.example/forms/media-reuse)", ("reprint",), ("https://lodonga.go.example/forms/media-reuse", "licensing")),
        ("Copyright West Calderlea Council. For permission to reuse Council material, phone the Communications Team on 01632 960325.", None, ("01632 960325", "licensing")),
    ],
)
def test_a_request_routed_through_a_form_or_a_phone_call_asks_for_a_licence(text, forbidden, contact):
    notice = parse_notice(text, default_region="GB")
    if forbidden is not None:
        assert notice.forbidden_uses == forbidden
    found = [(p.as_written, p.role) for p in notice.phones] + [(u.url, u.role) for u in notice.urls]
    assert contact in found


def test_a_question_answered_by_a_permission_forbids_nothing():
    notice = parse_notice("Republishing this story? You may do so free of charge with credit to the Lodonga Municipal Council.")
    assert notice.forbidden_uses == ()


def test_a_host_and_path_ending_its_line_is_read_whole():
    notice = parse_notice("For any other use, apply online at kgwerane.gov.example/copyright-permission\nPublic Relations Office: +267 592 0163")
    assert [u.url for u in notice.urls] == ["kgwerane.gov.example/copyright-permission"]


# --- a new user's trial of Hong Kong, Macau and Taiwan pages, session 26 --------------------------
def tw_page(end: str, *, top: str = "", footer: str = "", site: str | None = None) -> str:
    head = f"<meta property='og:site_name' content='{site}'>" if site else ""
    paras = "".join(f"<p>{p}</p>" for p in (
        "新界北一間老牌茶樓今日起暫停營業，東主指租約期滿後業主大幅加租，加上人手短缺，決定休業半年重新規劃。",
        "茶樓開業逾五十年，曾是區內不少家庭擺酒的首選，不少街坊一早到場飲最後一盅兩件，場面依依不捨。",
        "東主透露，已有年輕廚師表示有興趣合作，希望日後以新形式重開，保留招牌蝦餃及馬拉糕等傳統點心。",
    ))
    return (
        f"<html><head><meta charset='utf-8'><title>老牌茶樓暫停營業</title>{head}</head><body><h1>老牌茶樓暫停營業</h1>"
        f"<div class='article'>{top}{paras}{end}</div><footer>{footer}</footer></body></html>"
    )


def test_a_taiwanese_cc_licence_printed_after_its_scheme_is_a_grant():
    end = "<p>本文依 CC 創用授權 姓名標示-非商業性-禁止改作 3.0 台灣 授權條款釋出。</p>"
    doc, notice = read(tw_page(end), "html")
    assert notice.licence == "CC BY-NC-ND 3.0 TW"
    assert "reprint" in notice.permitted_uses and {"credit", "non_commercial", "no_derivatives"} <= set(notice.conditions)


def test_taiwans_open_government_data_licence_permits_reuse_with_credit():
    notice = parse_notice("本網站資料除另有註明外，以「政府資料開放授權條款－第1版」提供，歡迎依授權條款利用，惟須註明出處。\n嵐山縣政府 版權所有")
    assert notice.licence == "OGDL-Taiwan v1.0"
    assert notice.forbidden_uses == () and "reprint" in notice.permitted_uses and notice.conditions == ("credit",)


@pytest.mark.parametrize(
    ("top", "end", "footer", "holder"),
    [
        # 文：X, Hong Kong's byline; the article's own claim outranks the site's footer
        ("<p>文：梁子謙</p>", "<p>本文版權屬作者所有，轉載須經作者同意。</p>", "<p>© 2025 灣畔評論 版權所有</p>", "梁子謙"),
        ("<p class='byline'>作者：小熊阿甘</p>", "<p>著作權聲明：本部落格所有文章均為版主原創，未經同意請勿轉載。</p>", "", "小熊阿甘"),  # 版主: the blog's owner
        ("", "<p>本文由【旅途小记】原创，未经许可禁止转载。</p>", "", "旅途小记"),
    ],
)
def test_the_author_a_byline_or_a_bracket_names_holds_the_rights(top, end, footer, holder):
    doc, notice = read(tw_page(end, top=top, footer=footer), "html")
    assert notice.rights_holder == holder


def test_no_full_reprints_is_a_notice():
    doc, notice = read(tw_page("<p>歡迎分享本文連結，請勿全文轉載。</p>", site="福爾晨報"), "html")
    assert notice is not None and notice.forbidden_uses == ("reprint",)
    assert "請勿全文轉載" not in doc.text


def test_a_press_releases_sign_off_is_no_article_text():
    # (trafilatura put the page's logo and date line after a short release's text; a credited
    # copy without them came out `edited`)
    doc = extract(tw_page("<p>濠鏡特別行政區政府新聞局</p><p>2025年4月1日</p>"), content_type="html")
    assert doc.text.endswith("保留招牌蝦餃及馬拉糕等傳統點心。")


def test_a_date_line_closed_by_a_colon_byline_gives_the_author():
    page = tw_page("<p>本文版權屬作者所有，轉載須經作者同意。</p>").replace("<h1>老牌茶樓暫停營業</h1>", "<h1>老牌茶樓暫停營業</h1><div class='info'>2025年7月3日 文：梁子謙</div>")
    doc, notice = read(page, "html")
    assert (doc.author, doc.date, notice.rights_holder) == ("梁子謙", "2025-07-03", "梁子謙")


def test_an_english_licensing_heading_over_its_contact_takes_an_ascii_colon():
    footer = "<p>&copy; 2025 Saltmarsh Daily Media LLC</p><h4>Licensing</h4><p>rights@saltmarshdaily.example</p>"
    doc, notice = read(html_page("").replace("</article>", f"</article><footer>{footer}</footer>"), "html")
    assert "Licensing: rights@saltmarshdaily.example" in doc.notice_text
    assert [(e.address, e.role) for e in notice.emails] == [("rights@saltmarshdaily.example", "licensing")]


def test_a_footer_table_row_is_read_as_one_line():
    # a label cell beside its value (session 30; before, each cell was a line, joined by the heading rule above)
    footer = (
        "<table><tr><td>Copyright</td><td>&copy; 2025 Saltmarsh Daily Media LLC</td></tr>"
        "<tr><td>Licensing</td><td>rights@saltmarshdaily.example</td></tr></table>"
    )
    doc, notice = read(html_page("").replace("</article>", f"</article>{footer}"), "html")
    assert "Licensing rights@saltmarshdaily.example" in doc.notice_text.split("\n")
    assert notice.rights_holder == "Saltmarsh Daily Media LLC"
    assert [(e.address, e.role) for e in notice.emails] == [("rights@saltmarshdaily.example", "licensing")]


# --- round 52's places for a notice (tune half) -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Copyright © 2025 //Nuob Regional Council. All rights reserved.", "//Nuob Regional Council"),  # a click letter in ASCII
        ("© 2025 !Kharas Regional Council. All rights reserved.", "!Kharas Regional Council"),
        ("© 2025 Public Relations, Universitas Tanah Arfai. This news may be republished with credit to the source.", "Public Relations, Universitas Tanah Arfai"),
    ],
)
def test_a_namibian_click_name_or_an_office_before_its_institution_is_the_holder(text, holder):
    assert parse_notice(text).rights_holder == holder


def test_a_media_release_stamp_above_the_text_is_its_notice():
    top = (
        "<div class='release-note'><p>Issued by the Kumbiva Provincial Administration Media Unit. © Kumbiva Provincial "
        "Administration. Free for publication by the media with credit to the Provincial Administration.</p></div>"
    )
    page = html_page("", title="Road grants - Kumbiva Provincial Government").replace("<h1>Transit levy</h1>", f"<h1>Transit levy</h1>{top}")
    doc, notice = read(page, "html")
    assert notice.rights_holder == "Kumbiva Provincial Administration"
    assert notice.permitted_uses == ("reprint",) and notice.conditions == ("credit",)
    assert "Free for publication" not in doc.text


def test_a_standing_about_paragraph_after_the_notice_does_not_hide_it():
    after = (
        "<p><i>© 2025 Public Relations, Universitas Tanah Arfai. This news may be republished with credit to the source.</i></p>"
        "<div class='share'>Share this news: Facebook | X | WhatsApp</div><div class='about-box'><p>Universitas Tanah Arfai "
        "(hereafter UTA) was established by Presidential Decree in 2000 and grew out of a faculty of agriculture founded in the 1960s.</p></div>"
        "<div class='other-news'><h3>Other News</h3><ul><li>UTA signs MoU with provincial fisheries office</li><li>New student orientation closes</li></ul></div>"
    )
    doc, notice = read(html_page(after, title="Mangroves replanted | Universitas Tanah Arfai"), "html")
    assert notice is not None and notice.permitted_uses == ("reprint",)
    assert "may be republished" not in doc.text


def test_a_country_code_the_notice_prints_names_the_country_of_its_national_numbers():
    # (no page language: the national numbers were read as UK ones, +44711555030)
    notice = parse_notice(
        "Newsroom: +254 20 555 0101 | Mobile: 0722 555 010 | Advertising: 0733 555 020 | Syndication: 0711 555 030\n"
        "© 2025 Rift Valley Sentinel Group. Reproduction without permission is prohibited."
    )
    assert [(p.e164, p.role) for p in notice.phones] == [
        ("+254205550101", "tip"), ("+254722555010", "tip"), ("+254733555020", "advertising"), ("+254711555030", "licensing")
    ]

