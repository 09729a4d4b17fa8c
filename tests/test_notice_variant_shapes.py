"""Notices printed a little differently from the forms the parser was fitted to: OpenCC's
standard Traditional characters (爲, 衆, 裏) rather than Taiwan's (為, 眾, 裡), names of other
shapes (Latin letters or digits in a Chinese name, name particles, more legal suffixes), lines
in capitals. ``bench/notice_variants.py`` measures these kinds over the labelled forms; here
each fix has its own case. Names, numbers and domains are invented."""

from __future__ import annotations

import pytest

from reprint_guard.notice import parse_notice


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # OpenCC s2t prints 爲 / 衆 where Taiwan prints 為 / 眾: both are Traditional
        ("本文爲青枫食記原創，未經授權禁止轉載、搬運，違者必究。", "青枫食記"),
        ("本文來自微信公衆號“白鷺夜談”（ID：bailu2021），經授權發佈。", "白鷺夜談"),
        ("本文爲「禾田觀察」原創，未經授權禁止轉載。", "禾田觀察"),
    ],
)
def test_standard_traditional_variants_read_as_taiwan_forms(text, holder):
    notice = parse_notice(text)
    assert notice.rights_holder == holder


def test_taiwan_forms_fold_leaves_every_pattern_character_alone():
    # the fold must not change a character the parse patterns spell, or that pattern would
    # stop matching folded text
    from pathlib import Path

    from reprint_guard.notice import parse as P
    from reprint_guard.notice.find import _taiwan_forms_table

    table = _taiwan_forms_table()
    source = Path(P.__file__).read_text(encoding="utf-8")
    assert sorted({c for c in source if ord(c) in table}) == []
    assert all(len(v) == 1 for v in table.values())


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # the name's cleaning reads the same variants: 均爲 and 公衆號 are no part of the name,
        # and the name keeps the characters it was printed in
        ("本網站所刊登的各種新聞，均爲雲溪國際網絡版權所有，未經協議授權，禁止下載使用。", "雲溪國際網絡"),
        ("本文經“松風新知”公衆號授權轉載，如需二次轉載請聯繫原作者。", "松風新知"),
        ("本文爲大衆晨報原創，未經授權禁止轉載。", "大衆晨報"),
    ],
)
def test_name_cleaning_reads_standard_traditional_variants(text, holder):
    assert parse_notice(text).rights_holder == holder


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # 所有权 (ownership) claimed as 版权 is: 所有权属X, 所有權歸X所有
        ("本稿件所有权属青川广播电视台，未经许可，任何单位及个人不得转载。", "青川广播电视台"),
        ("本稿件所有權屬青川廣播電視臺，未經許可，不得轉載、摘編。", "青川廣播電視臺"),
        ("本作品所有权归禾谷传媒有限公司所有，未经授权不得转载。", "禾谷传媒有限公司"),
    ],
)
def test_ownership_claims_name_the_holder(text, holder):
    assert parse_notice(text).rights_holder == holder


def test_published_spelled_fa_bu_with_the_cloth_radical():
    # 發佈 is as Traditional as 發布 (OpenCC s2t and s2tw both print it): 由作者授權發佈 gives the
    # rights to the byline's author, 經授權發佈 credits a licensed source
    notice = parse_notice("本內容由作者授權發佈，觀點僅代表作者本人，不代表本站立場。", author="沈若水")
    assert notice.rights_holder == "沈若水"


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # name particles are part of a name, as "of" and "van" are
        ("Copyright © 2024 Van der Linde Newspapers plc. All rights reserved.", "Van der Linde Newspapers plc"),
        ("© 2024 Casa del Monte Media Ltd. All rights reserved.", "Casa del Monte Media Ltd."),
        # Indian and Singaporean private-company suffixes keep their dots, as "Pty." does
        ("Copyright © 2025 by Tamarind Media Group Pvt. Ltd.", "Tamarind Media Group Pvt. Ltd."),
        ("© 2024 Kestrel Wire Pte. Ltd. All rights reserved.", "Kestrel Wire Pte. Ltd."),
        # "All rights are reserved" ends the name as "All rights reserved" does
        ("© 2025 Brackenridge Media plc All rights are reserved, including those for text and data mining.", "Brackenridge Media plc"),
        # legal forms of other countries keep their dots and commas: Portuguese, Brazilian,
        # Malaysian, Italian, Spanish, Mexican; Indonesia's PT. opens the name
        ("© 2025 Ribeira Media, Lda. Todos os direitos reservados.", "Ribeira Media, Lda."),
        ("© 2024 Folha do Vale Editora Ltda. Todos os direitos reservados.", "Folha do Vale Editora Ltda."),
        ("Copyright © 2024 Selat Media Sdn. Bhd. All rights reserved.", "Selat Media Sdn. Bhd."),
        ("© 2024 Gazzetta Lariana S.p.A.", "Gazzetta Lariana S.p.A."),
        ("© 2024 Diario del Sur, S.L. Todos los derechos reservados.", "Diario del Sur, S.L."),
        ("© 2024 Editorial Ruta S.A. de C.V. Todos los derechos reservados.", "Editorial Ruta S.A. de C.V."),
        ("© 2016 - 2024 PT. Kabar Samudra Media", "PT. Kabar Samudra Media"),
        ("© 2024 PT. Kabar Samudra Media Tbk. For licensing write to us.", "PT. Kabar Samudra Media Tbk."),
        ("© 2024 The Valley Gazette. Theme by Northwind", "The Valley Gazette"),
        # initials are no sentence's end; a suffix run into the next block's first word ends the name
        ("© R. H. Strachan & Co. Ltd. 2025", "R. H. Strachan & Co. Ltd."),
        ("© 2024 J.K. Tayside Media Ltd. All rights reserved.", "J.K. Tayside Media Ltd."),
        ("© 2025 Brosna Media LtdBrosna Media does not control the content of external sites.", "Brosna Media Ltd"),
        ("© 2025 Brosna Media Ltd Brosna Media does not control the content of external sites.", "Brosna Media Ltd"),
        ("© 2024 News Corp Australia", "News Corp Australia"),
        # a trade mark's sign is no part of the name
        ("Copyright © 2025, Tana Standard Magazine ® All Rights Reserved.", "Tana Standard Magazine"),
        ("© 2024 Acme News™. All rights reserved.", "Acme News"),
        # a Chinese clause after a Latin name is no part of it; GmbH & Co. KG is one form
        ("版权所有 © Harian Lestari Sdn Bhd 未经许可不得转载。", "Harian Lestari Sdn Bhd"),
        ("版权所有：Lion City Media Pte Ltd 未经许可不得转载", "Lion City Media Pte Ltd"),
        ("© 2024 Hanseatic Press GmbH & Co. KG, Hamburg. All rights reserved.", "Hanseatic Press GmbH & Co. KG"),
        # a European tax number is neither a phone nor a name
        ("© 2024 Gazzetta Orientale S.p.A. – P.IVA 01234560321. All rights reserved.", "Gazzetta Orientale S.p.A."),
    ],
)
def test_english_name_shapes(text, holder):
    assert parse_notice(text).rights_holder == holder


def test_a_theme_credit_names_no_holder():
    # "© 2024 • X WordPress Theme by Y": the footer credits the theme, not a party
    assert parse_notice("© 2024 • Campus Pro WordPress Theme by Northwind • Log in").rights_holder is None


def test_a_reprint_that_requires_written_permission_is_a_notice_line():
    # the use as the subject of the requirement, with the publisher to write to
    from reprint_guard.extract import extract

    page = (
        "<html><head><title>Ports weigh expansion | Harbour Trade Review</title></head><body><article>"
        "<h1>Ports weigh expansion</h1>"
        + "".join(f"<p>Paragraph {k} of the story about the port and its many berths and cranes.</p>" for k in range(8))
        + "<p>Reprinting of articles from Harbour Trade Review requires written permission from the publisher;"
        " please write to review@htr.example.</p></article></body></html>"
    )
    doc = extract(page, content_type="html")
    assert doc.notice_text is not None and "requires written permission" in doc.notice_text
    assert "requires written permission" not in doc.text
    notice = parse_notice(doc.notice_text)
    assert notice.forbidden_uses == ("reprint",)
    assert [(e.address, e.role) for e in notice.emails] == [("review@htr.example", "licensing")]


def test_ideographic_space_before_ben_bao_is_no_part_of_the_name():
    # © 2024 X　本報版權所有: 本報 restates X; the full-width space between them goes with it
    assert parse_notice("© 2024 Q新聞　本報版權所有　翻印必究").rights_holder == "Q新聞"


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # a brand opening with figures or a small letter glued to its name is a name, not a year
        # or a lower-case word
        ("© 2024 360Beacon Media Co., Ltd. All rights reserved.", "360Beacon Media Co., Ltd."),
        ("Copyright 2024 24Falcon Media plc\nSupport local journalism", "24Falcon Media plc"),
        ("© 2014-2024 8新闻融媒体中心\n沪ICP备14679091号", "8新闻融媒体中心"),
        ("版权所有 © 2024 i科技网\n地址：临溪市文昌路218号", "i科技网"),
        ("© 2024年i文旅网络科技有限公司版權聲明：本文所有內容受到著作權法保護，不得擅自使用。", "i文旅网络科技有限公司"),
        ("© 2024 iHeartMedia, Inc.", "iHeartMedia, Inc."),
        # a notice that is only a name: a glued brand, a comma before a company suffix
        ("i新闻", "i新闻"),
        ("Okafor Newspapers Co., Ltd.", "Okafor Newspapers Co., Ltd."),
        ("Smith & Co Publishing, LLC", "Smith & Co Publishing, LLC"),
        # an ideographic space ends a name that opens with Latin letters too
        ("版权所有：NB视界网　主办：远帆集团党群工作部　承办：远帆传媒中心", "NB视界网"),
        ("版权所有 © 2024 V生活　地址：临溪市文昌路218号　邮编：344099", "V生活"),
        # a domain before a brand that opens with Latin letters
        ("©   2024 hcetv.example.cn V健康新闻网版权所有", "V健康新闻网"),
        # one holder in two languages, the Chinese name opening with figures or letters
        ("© 2024 3D視界 Macau Morning Post　版權所有", "3D視界"),
        ("Copyright © 2024 360Sterling Media GmbH 堡壘報媒體有限公司. All rights reserved.", "360Sterling Media GmbH"),
        # a region or group in brackets inside a company's name
        ("声明：鹭湾传媒（集团）有限公司独家稿件，未经授权禁止转载！", "鹭湾传媒（集团）有限公司"),
        ("以上精彩内容来自晨曦传媒（集团）有限公司VIP会员专享，未经授权不得转载、摘编。", "晨曦传媒（集团）有限公司"),
        ("本文来自腾枫科技(深圳)有限公司，经授权发布", "腾枫科技(深圳)有限公司"),
    ],
)
def test_names_opening_with_figures_or_letters_and_bracketed_regions(text, holder):
    assert parse_notice(text).rights_holder == holder


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("© 2024 all rights reserved", None),  # no name after the year
        ("本文来源：新华社（记者 张三），经授权发布", "新华社"),  # a reporter's bracket is no part of the source's name
    ],
)
def test_brackets_and_lower_case_words_stay_out_of_names(text, holder):
    assert parse_notice(text).rights_holder == holder


@pytest.mark.parametrize(
    "text",
    [
        "版權屬本網所有，未經許可請勿轉載。",
        "版权归本站所有，未经许可不得转载",
        "（本文由康活資訊編輯部撰寫，版權屬本網所有，未經許可請勿轉載。）",
        "版权属本网所有",
        "© 2024 All rights reserved.\nTerms | Privacy | E-paper",
    ],
)
def test_the_sites_claim_in_the_owners_words_names_the_site(text):
    # 版权属本网所有 and "© 2024 All rights reserved." claim for the site, naming no one: the
    # holder is the page's site, and never 版权属 read as an organisation's name
    assert parse_notice(text).rights_holder is None
    assert parse_notice(text, site="青州网").rights_holder == "青州网"


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # a name in 【】 or [] before the claim is the name; a label in them is not
        ("【北辰新聞網】著作權所有，未經同意請勿轉載。", "北辰新聞網"),
        ("[北辰新闻网]版权所有", "北辰新闻网"),
        ("【版权声明】青禾日报社版权所有，未经书面许可不得转载。", "青禾日报社"),
        ("【原创】版权所有 侵权必究", None),
        ("[Photo] 版权所有", None),
    ],
)
def test_names_and_labels_in_square_brackets(text, holder):
    assert parse_notice(text).rights_holder == holder


def test_a_licensing_desks_line_changes_neither_holder_nor_uses():
    # whom to ask for a licence (a footer's 版权合作 field joined to the notice) is read for its
    # contacts only: the holder and the uses come from the notice's other lines
    base = "本文为极星前沿原创，未经授权不得转载、改编。"
    desks = "\n版权合作：copyright@jixing.example.cn\n授權合作：(02)2718-5320 #205　license@jixing.example.cn"
    alone, joined = parse_notice(base), parse_notice(base + desks)
    assert (joined.rights_holder, joined.forbidden_uses) == (alone.rights_holder, alone.forbidden_uses) == ("极星前沿", ("reprint", "modify"))
    assert {e.address: e.role for e in joined.emails} == {
        "copyright@jixing.example.cn": "licensing",
        "license@jixing.example.cn": "licensing",
    }
    assert [(p.as_written, p.role) for p in joined.phones] == [("(02)2718-5320 #205", "licensing")]
    # a ban broken over lines is no desk's line, contact or not
    assert parse_notice("未经许可不得转载、修改、\n摘编。").forbidden_uses == ("reprint", "modify", "excerpt")


@pytest.mark.parametrize(
    ("text", "kwargs", "holder"),
    [
        # an @ for the sign, as public accounts print it; an address after it stays an address
        ("Copyright@芯码驿站\n转载事宜请私信|获得授权后方可转载", {}, "芯码驿站"),
        ("Copyright@example.com", {}, None),
        # 本号 ("this account") claims for the account, which the page names
        ("（本号原创，未经作者同意，谢绝转载、摘编。）", {"author": "稻谷投研"}, "稻谷投研"),
        # a platform statement naming the posting account while giving the rights to the author
        ("本文来自【岚山融媒】入驻北岭新闻客户端的“北岭号”，版权归原作者所有，不代表北岭新闻观点。", {}, "岚山融媒"),
        # the author's claim alone is no name
        ("版权归原作者所有", {}, None),
    ],
)
def test_account_and_platform_claims(text, kwargs, holder):
    assert parse_notice(text, **kwargs).rights_holder == holder


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        # a Traditional notice naming no region: Taiwan's and Hong Kong's national forms
        ("本文版權屬港灣時報有限公司所有，未經許可不得轉載。轉載授權：(02) 2555-0444", [("+886225550444", "licensing")]),
        ("本文版權屬港灣時報有限公司所有，未經許可不得轉載。轉載授權：0912-555-444", [("+886912555444", "licensing")]),
        ("本網內容未經許可不得轉載。內容授權：2555 0444", [("+85225550444", "licensing")]),
        # …while a mainland number in Traditional text stays Chinese
        ("聲明：本文為滨江日报原創，未經授權不得轉載。電話：0571-86012345", [("+8657186012345", "licensing")]),
        # roles: a story line after a number, a corrections desk, a second number under a label
        ("© 2024 X Media Ltd. All rights reserved. No part may be reproduced without permission.\nCall us on +44 20 7946 0101 with your story.",
         [("+442079460101", "tip")]),
        ("【清河日报】版权所有，未经书面授权不得转载。如有错漏，欢迎纠错：0531-85550304。授权事宜：0531-85550123",
         [("+8653185550304", "other"), ("+8653185550123", "licensing")]),
        ("清河日报版权所有，未经书面授权不得转载。\n新闻热线：0531-85550101\n0531-85550102", [("+8653185550101", "tip"), ("+8653185550102", "tip")]),
    ],
)
def test_phone_regions_and_roles(text, phones):
    assert [(p.e164, p.role) for p in parse_notice(text).phones] == phones


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # a blog platform's standard notice names its user in corner brackets or quotes
        ("版权声明：本文为CSDN博主「lin_xiao」的原创文章，遵循CC 4.0 BY-SA版权协议，转载请附上原文出处链接及本声明。", "lin_xiao"),
        ("本文为知乎用户“林小禾”原创，转载请联系作者。", "林小禾"),
        # an account's id between its name and 原创 is no part of the name
        ("【版权声明】本文为“青禾财经”（ID：qinghecj）原创，转载请联系授权。", "青禾财经"),
    ],
)
def test_platform_users_and_account_ids(text, holder):
    assert parse_notice(text).rights_holder == holder


@pytest.mark.parametrize(
    ("text", "licence", "conditions"),
    [
        # a Han character before or after the licence's abbreviation is no word boundary to stop at
        ("本文遵循CC BY-SA 4.0版权协议，转载请附上原文出处链接及本声明。", "CC BY-SA 4.0", {"credit", "share_alike", "link_back", "keep_notice"}),
        ("本文遵循CC 4.0 BY-SA版权协议，转载请附上原文出处链接及本声明。", "CC BY-SA 4.0", {"credit", "share_alike", "link_back", "keep_notice"}),
        ("本作品采用CC BY-NC-ND 4.0许可协议进行许可。", "CC BY-NC-ND 4.0", {"credit", "non_commercial", "no_derivatives"}),
    ],
)
def test_creative_commons_named_beside_han_characters(text, licence, conditions):
    notice = parse_notice(text)
    assert notice.licence == licence
    assert set(notice.conditions) == conditions
    assert "reprint" in notice.permitted_uses


@pytest.mark.parametrize("ban", ["未经允许不得转载", "未经同意不得转载", "未经许可不得转载"])
def test_the_outlet_a_story_first_ran_in_holds_it_whatever_word_the_ban_uses(ban):
    assert parse_notice(f"本文首发于青禾财经，{ban}", site="溪山网").rights_holder == "青禾财经"


def test_a_licensed_copys_stamp_reads_as_a_notice_through_its_page_number():
    # a printed copy's page number sits between the © line and the stamp licensing the copy
    from reprint_guard.extract import extract

    text = (
        "The hidden costs of collaboration\n\nby Ann Lee\n\n"
        + "\n\n".join(f"Paragraph {k} of the article about meetings, messages and the cost of being always on." for k in range(8))
        + "\n\nCopyright © 2025 Fenwick Business Publishing. All rights reserved.\n\n1\n\n"
        "This document is authorized for use only by Ann Reader (ann@mail.example). Copying or posting is an infringement"
        " of copyright. Please contact customerservice@fenwick.example or 800-555-0147 for additional copies.\n"
    )
    doc = extract(text, content_type="text")
    notice = parse_notice(doc.notice_text, site=doc.outlet, author=doc.author)
    assert notice.rights_holder == "Fenwick Business Publishing"
    assert "copy" in notice.forbidden_uses
    assert "customerservice@fenwick.example" in [e.address for e in notice.emails]
    assert "authorized for use only" not in doc.text


@pytest.mark.parametrize(
    "line",
    ["版權所有 翻印必究 青禾報業集團", "版权所有 违者必究 青禾报业集团", "版權所有 不得轉載 青禾報業集團"],
)
def test_a_claim_and_its_warning_before_the_name_are_no_part_of_it(line):
    assert parse_notice(line).rights_holder in ("青禾報業集團", "青禾报业集团")


@pytest.mark.parametrize(
    "notice",
    [
        "文/林小禾\n本文版权归作者所有，转载请联系作者获得授权。",
        "（作者林小禾系溪山大学教授）本文系作者授权本网发布，版权归作者所有。",
        "本文作者林小禾，版权归作者所有，未经授权禁止转载。",
        "作者｜林小禾\n编辑｜王五\n本文为作者原创，转载请联系作者授权。",
        "撰文：林小禾\n※本文著作權屬作者所有，未經授權不得轉載。",
        "◎作者：林小禾（自由撰稿人）\n本文經作者授權刊登，版權屬作者所有。",
        "作者简介：林小禾，溪山大学副教授。\n本文为作者原创，版权归作者所有。",
        "【作者】林小禾\n著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。",
    ],
)
def test_an_author_claim_names_the_byline_its_notice_prints_in_any_form(notice):
    assert parse_notice(notice).rights_holder == "林小禾"


def test_an_author_claim_without_a_byline_names_no_one():
    assert parse_notice("全文/完\n版权归作者所有").rights_holder is None


def test_no_portion_may_be_duplicated_or_manipulated():
    notice = parse_notice("No portion of this site may be duplicated, redistributed or manipulated in any form.")
    assert set(notice.forbidden_uses) == {"copy", "redistribute", "modify"}


@pytest.mark.parametrize(
    "line",
    [
        "© 2024 Gazzetta Orientale S.p.A. – P.IVA 01234560321. All rights reserved.",
        "© 2024 Ribeira Media, Lda. NIPC 501234567. Todos os direitos reservados.",
        "© 2024 Hanseatic Press GmbH & Co. KG · USt-IdNr. DE123456789",
    ],
)
def test_european_tax_numbers_are_no_phones(line):
    assert parse_notice(line).phones == ()


def test_a_public_accounts_own_claim_names_the_account():
    # 本文为本号原创 on an account's page with no site name: the account (its byline)
    assert parse_notice("原创声明：本文为本号原创，未经授权禁止转载。", author="山城数据观察").rights_holder == "山城数据观察"
    assert parse_notice("原创声明：本文为本号原创，未经授权禁止转载。", site="溪山网", author="山城数据观察").rights_holder == "溪山网"


@pytest.mark.parametrize(
    ("byline", "author"),
    [("文/林秋白", "林秋白"), ("作者：陈望舒", "陈望舒"), ("【作者】周砚", "周砚"), ("（作者王一鸣系北岭大学城市规划学院副教授）", "王一鸣")],
)
def test_a_byline_over_an_authors_claim_joins_the_notice(byline, author):
    from reprint_guard.extract import extract

    paras = [f"外婆家的院子里第{k}次摆满了腌菜坛子，邻居们都说今年的雪里蕻格外脆嫩，舅舅每天清晨都要去翻一遍。" for k in range(8)]
    text = "标题\n\n" + "\n\n".join(paras) + f"\n\n{byline}\n本文为作者原创，版权归作者所有，未经授权不得转载。\n"
    doc = extract(text, content_type="text")
    assert doc.notice_text.startswith(byline)
    assert byline not in doc.text  # a copy without the notice covers the whole body
    assert parse_notice(doc.notice_text, site=doc.outlet, author=doc.author).rights_holder == author


def test_rebroadcasting_is_broadcasting():
    notice = parse_notice("Material on this site may not be republished, rebroadcast or redistributed without the permission of The Nassau Clarion.")
    assert set(notice.forbidden_uses) == {"reprint", "broadcast", "redistribute"}


def test_a_contact_links_prompt_before_the_claim_is_no_name():
    line = "欢迎访问股海之星！股海之星 简易域名：888618.example.cn 请点此与我们联系 版权所有 Copyright © 1998-2025年"
    assert parse_notice(line).rights_holder is None


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # a footer's rows printed on one line: the value of 运营： is a field, the claim's name is next to it
        ("主办：青川日报社 运营：青川新媒体科技有限公司 青川日报社版权所有，未经书面授权不得转载", "青川日报社"),
        # a company suffix a fixed-width wrap broke, its lines printed joined by a space
        ("Copyright © 2019-2024 江北岩控股集团有 限公司及其附属公司 版权所有", "江北岩控股集团有限公司"),
    ],
)
def test_names_when_a_notices_lines_are_printed_joined(text, holder):
    assert parse_notice(text).rights_holder == holder
