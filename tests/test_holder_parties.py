"""Whose rights a notice names when it names more than one party, and the lines around it.

Kinds taken from how outlets print shared and carried material: a supplier's text with another
party's pictures (本文文字由X提供，图片版权归Y所有), a partner's note keeping the copyright
("Copyright remains with the Project; LPBS holds the broadcast rights"), a short back-reference
to a party named in full ("credit to the Chamber"), a legislature's notice (受X所擁有的版權保障),
a blog feed's "first appeared on" line in the languages its software is translated into, a feed
item stored on its own, and a government footer's post-office box and press desk. All names and
numbers are invented.
"""

from __future__ import annotations

import pytest

from reprint_guard.extract import extract, page_notice
from reprint_guard.notice import parse_notice

_EN_BODY = "\n\n".join(
    f"Paragraph {i} of an article about the city council's budget and its new parks plan, which was approved on Tuesday." for i in range(5)
)


def _holder_of_text_page(tail: str) -> str | None:
    doc = extract(f"Parks plan wins\n\n{_EN_BODY}\n\n{tail}", content_type="text")
    notice = page_notice(doc)
    return notice.rights_holder if notice else None


def test_the_text_suppliers_claim_outranks_a_claim_on_the_pictures_only() -> None:
    notice = parse_notice("（本文文字由北绥市人民政府新闻办公室提供，图片版权归北绥日报社所有，转载图片请联系北绥日报社）\n转载请注明来源")
    assert notice.rights_holder == "北绥市人民政府新闻办公室"
    # the request to ask before reprinting is the pictures'; the text asks only for the credit
    assert (notice.forbidden_uses, notice.permitted_uses, notice.conditions) == ((), ("reprint",), ("credit",))
    # a claim on the pictures alone still names its party, and a claim on the text still wins
    assert parse_notice("图片版权归青梧网所有").rights_holder == "青梧网"
    assert parse_notice("本文版权归青梧日报所有，图片版权归摄影者所有。").rights_holder == "青梧日报"


def test_a_partners_note_keeping_the_copyright_names_the_partner_in_full() -> None:
    note = (
        "This report was produced by the Keffi Community Health Reporting Project and is published by LPBS under a "
        "content partnership. Copyright remains with the Project; LPBS holds the broadcast rights in the state. "
        "For republication, contact the Project at editor@keffihealth.example."
    )
    parsed = parse_notice(note)
    assert parsed.rights_holder == "Keffi Community Health Reporting Project"
    assert parsed.forbidden_uses == ("reprint",)
    assert [(e.address, e.role) for e in parsed.emails] == [("editor@keffihealth.example", "licensing")]


@pytest.mark.parametrize(
    ("notice", "site", "holder"),
    [
        ("Media outlets may republish this news with credit to the Chamber.", "Jebel Coast Chamber of Commerce and Industry", "Jebel Coast Chamber of Commerce and Industry"),
        # an institution's word named as the party itself stays as printed
        ("© 2024 Seeblatt. Alle Rechte vorbehalten. Ein Angebot der Nord Seeblatt GmbH.", None, "Seeblatt"),
        ("Republish with credit to the University.", "UKN News", "University"),
    ],
)
def test_a_back_reference_to_an_institution_names_it_in_full(notice: str, site: str | None, holder: str) -> None:
    assert parse_notice(notice, site=site).rights_holder == holder


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("Artikel Why terraces matter pertama kali tampil pada Universitas Kaliurang Nusantara.", "Universitas Kaliurang Nusantara"),
        ("Pos Why terraces matter muncul pertama kali di Kabar Merapi.", "Kabar Merapi"),
        ("La entrada Por qué importan los parques se publicó primero en Diario del Valle.", "Diario del Valle"),
        ("L’article Pourquoi les parcs comptent est apparu en premier sur Le Courrier du Lac.", "Le Courrier du Lac"),
        ("Der Beitrag Warum Parks zählen erschien zuerst auf Seeblatt.", "Seeblatt"),
        ("O post Por que os parques importam apareceu primeiro em Jornal do Vale.", "Jornal do Vale"),
        ("Het bericht Waarom parken tellen verscheen eerst op Dagblad Noord.", "Dagblad Noord"),
        ("文章城市公园为何重要首先出现在青梧观察。", "青梧观察"),
    ],
)
def test_a_feeds_first_appeared_on_line_in_other_languages_names_the_publisher(line: str, holder: str) -> None:
    assert _holder_of_text_page(line) == holder


@pytest.mark.parametrize("tag", ["item", "entry"])
def test_a_feed_item_stored_on_its_own_is_read_as_a_feed(tag: str) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in _EN_BODY.split("\n\n"))
    tail = '<p>The post <a href="https://ledger.example/a">Parks plan wins</a> appeared first on <a href="https://ledger.example">The Lakeside Ledger</a>.</p>'
    content = f"<![CDATA[{paragraphs}{tail}]]>"
    if tag == "item":
        page = f"<item>\n<title>Parks plan wins</title>\n<link>https://ledger.example/a</link>\n<description>{content}</description>\n</item>\n"
    else:
        page = f'<entry>\n<title>Parks plan wins</title>\n<link href="https://ledger.example/a"/>\n<content type="html">{content}</content>\n</entry>'
    doc = extract(page, content_type="text")
    assert doc.title == "Parks plan wins"
    assert "<p>" not in doc.text
    assert page_notice(doc).rights_holder == "The Lakeside Ledger"


def test_a_post_office_box_is_no_phone_and_a_press_desk_sells_no_licence() -> None:
    notice = parse_notice(
        "County Headquarters, Kilifi Town, P.O. Box 519-80108\nGovernor's Press Service: +254 41 555 0142\n"
        "© 2026 Baobab Coast County Government. All rights reserved. Content on this website may be reproduced for "
        "non-commercial purposes provided the County Government is acknowledged",
        default_region="KE",
    )
    assert [(p.as_written, p.role) for p in notice.phones] == [("+254 41 555 0142", "other")]
    assert [p.as_written for p in parse_notice("Private Bag 92019, Auckland 1142. Phone 09 555 0123", default_region="NZ").phones] == ["09 555 0123"]
    assert parse_notice("邮政信箱 100-25号 电话：0571-55501234", default_region="CN").phones[0].as_written == "0571-55501234"


@pytest.mark.parametrize(
    ("notice", "forbidden", "permitted", "conditions"),
    [
        ("如欲转载本网站内容，须注明出处。", (), ("reprint",), ("credit",)),
        ("如需转载，请注明出处。", (), ("reprint",), ("credit",)),
        # leave first, or a credit and leave: still a ban
        ("如需转载，须经本网书面授权。", ("reprint",), (), ()),
        ("如需转载本网原创内容，须注明出处并联系本网取得授权。", ("reprint",), (), ("credit",)),
    ],
)
def test_if_you_wish_to_reprint_cite_the_source_permits_on_the_credit(notice, forbidden, permitted, conditions) -> None:
    parsed = parse_notice(notice)
    assert (parsed.forbidden_uses, parsed.permitted_uses, parsed.conditions) == (forbidden, permitted, conditions)


def test_a_legislatures_notice_names_the_commission_owning_the_copyright() -> None:
    parsed = parse_notice(
        "版權告示：除另有註明外，本網站的所有內容（包括相片及影像）均受維港議會行政管理委員會所擁有的版權保障。"
        "如欲複製本網站內容作非商業用途，須註明出處。"
    )
    assert parsed.rights_holder == "維港議會行政管理委員會"
    assert (parsed.forbidden_uses, parsed.permitted_uses) == ((), ("copy",))
    assert set(parsed.conditions) == {"credit", "non_commercial"}


@pytest.mark.parametrize("printed", ["bq[@]qingwu.example.cn", "bq(@)qingwu.example.cn", "bq（@）qingwu.example.cn", "bq{@}qingwu.example.cn"])
def test_an_at_sign_in_brackets_is_an_address(printed: str) -> None:
    notice = parse_notice(f"版权合作邮箱：{printed}，未经授权不得转载。", default_region="CN")
    assert [(e.address, e.role) for e in notice.emails] == [("bq@qingwu.example.cn", "licensing")]


@pytest.mark.parametrize(
    ("notice", "role"),
    [
        ("© 2025 The Ledger. All rights reserved. Contact editor@ledger.example for permission to reuse.", "licensing"),
        ("Contact editor@ledger.example for permission.", "licensing"),
        ("Email editor@ledger.example to request reprint rights.", "licensing"),
        ("Interested in running this story? Reach out to editor@ledger.example.", "licensing"),
        ("Would you like to run this story? Email editor@ledger.example.", "licensing"),
        # a request for something else, or the site running its own story, asks no licence
        ("Email editor@ledger.example for permission to attend.", "other"),
        ("We run this story every year. Contact: editor@ledger.example", "other"),
        ("Email editor@ledger.example with your story.", "tip"),
    ],
)
def test_what_a_contact_is_for_when_said_after_it_or_as_running_a_story(notice: str, role: str) -> None:
    assert [e.role for e in parse_notice(notice).emails] == [role]


@pytest.mark.parametrize(
    ("notice", "holder"),
    [
        ("本著作由財團法人報真者文化基金會製作，以創用CC 姓名標示–非商業性–禁止改作 4.0 國際 授權條款釋出", "財團法人報真者文化基金會"),
        ("本作品由青梧工作室制作，采用知识共享署名 4.0 国际许可协议进行许可。", "青梧工作室"),
    ],
)
def test_the_maker_that_licenses_the_work_holds_it(notice: str, holder: str) -> None:
    assert parse_notice(notice).rights_holder == holder


_EN_PAGE_BODY = "".join(f"<p>{p}</p>" for p in _EN_BODY.split("\n\n"))


@pytest.mark.parametrize(
    ("head", "top", "site"),
    [
        ("<title>Parks plan wins · The Lakeside Ledger</title>", "", "The Lakeside Ledger"),
        ("<title>Parks plan wins • The Lakeside Ledger</title>", "", "The Lakeside Ledger"),
        ("<title>Parks plan wins</title>", "<a href='/' aria-label='The Lakeside Ledger'><svg></svg></a>", "The Lakeside Ledger"),
        ("<title>Parks plan wins</title>", "<a href='https://ledger.example/' title='The Lakeside Ledger home'><svg></svg></a>", "The Lakeside Ledger"),
        ("<title>Parks plan wins</title>", "<a href='/'><svg><title>The Lakeside Ledger</title></svg></a>", "The Lakeside Ledger"),
        # a link to a section, or the front page's own word, names no site
        ("<title>Parks plan wins</title>", "<a href='/news' aria-label='The Lakeside Ledger'><svg></svg></a>", None),
        ("<title>Parks plan wins</title>", "<a href='/' aria-label='Home'><svg></svg></a>", None),
    ],
)
def test_a_bare_ban_names_the_site_its_title_or_svg_logo_link_prints(head: str, top: str, site: str | None) -> None:
    page = (
        f"<html><head>{head}</head><body><header>{top}</header><article><h1>Parks plan wins</h1>{_EN_PAGE_BODY}"
        "<p>This article may not be republished without permission.</p></article></body></html>"
    )
    notice = page_notice(extract(page, content_type="html"))
    assert notice.rights_holder == site
    assert notice.forbidden_uses == ("reprint",)


def test_a_supplier_of_the_sites_content_and_a_credit_row_read_as_such() -> None:
    assert parse_notice("本網內容由港島新聞社獨家供稿，未經許可不得轉載").rights_holder == "港島新聞社"
    # a picture and text credit row is no holder's name
    assert parse_notice("圖／港島日報資料照片　文／林小川").rights_holder is None


@pytest.mark.parametrize(
    ("notice", "holder"),
    [
        ("本文由东川电视台授权临江晚报独家发布，版权归东川电视台所有，转载请联系东川电视台版权部：0855-8660000。", "东川电视台"),
        ("本文由东川电视台授权临江晚报独家发布。", "东川电视台"),
        ("本作品由星野工作室独家授权栖川新闻发布，未经星野工作室许可，不得转载、摘编。", "星野工作室"),
        # no grantor named: the exclusive licensee is the party to ask (labelling decisions)
        ("著作权归作者所有，并授权青梧网独家使用", "青梧网"),
        ("本文经由青梧网授权转载", "青梧网"),
        ("本文经由作者授权发布", None),
    ],
)
def test_the_grantor_of_an_exclusive_publication_holds_the_rights(notice: str, holder: str | None) -> None:
    assert parse_notice(notice).rights_holder == holder


def test_a_number_read_with_its_trunk_zero_after_a_guessed_country_code_is_left_out() -> None:
    notice = parse_notice("Reprints and permissions: (07) 555 0100 or permissions@valleyecho.example.")
    assert all(not p.e164.startswith("+440") for p in notice.phones)
    assert [e.address for e in notice.emails] == ["permissions@valleyecho.example"]
    # a fictional British range written at home, and the number read in the page's own country, stay
    assert [p.e164 for p in parse_notice("Reprints: 01632 960123", default_region="GB").phones] == ["+441632960123"]
    assert [p.e164 for p in parse_notice("Reprints: (07) 555 0100", default_region="AU").phones] == ["+6175550100"]


@pytest.mark.parametrize(
    "dateline", ["2025年3月14日 临江晚报讯", "临江晚报讯（2025年3月14日）", "2025-03-14 10:20 临江晚报讯", "2025年3月14日　臨江晚報訊"]
)
def test_a_dateline_with_its_date_gives_both(dateline: str) -> None:
    body = "".join(f"<p>第{i}段：市政府今天召开会议，研究部署城乡公园建设和老旧小区改造工作，会议要求各部门加快推进项目落地。</p>" for i in range(5))
    page = f"<html><head><title>城市更新</title></head><body><article><h1>城市更新取得新进展</h1><p>{dateline}</p>{body}</article></body></html>"
    doc = extract(page, content_type="html")
    assert doc.date == "2025-03-14"
    assert doc.outlet in ("临江晚报", "臨江晚報")
