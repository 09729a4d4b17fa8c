"""Notice kinds, each with invented wordings: the grammar reads the kind, not one outlet's form.

Every case here is made up for this file (names, numbers, addresses: ``.example`` domains,
Ofcom drama numbers, 555-01xx); none is a benchmark form. A kind has several variants —
Simplified and Traditional, with and without punctuation, glued to a ``©`` line — so that a
rule written for one example fails the others.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reprint_guard.extract import extract
from reprint_guard.notice import parse_notice
from reprint_guard.notice.find import _is_notice_line


def _uses(n):
    return (set(n.forbidden_uses), set(n.permitted_uses), set(n.conditions))


# --- claims: the holder ----------------------------------------------------------------------
CLAIMS = [
    # 本文为X原创 / 本文系X / 本文由X原创 / 本稿为X独家稿件
    ("本文为青禾晚报原创，未经授权不得转载、修改、摘编。", "青禾晚报"),
    ("本文系南山都市报独家原创稿件，未经许可严禁转载", "南山都市报"),
    ("本文為臺東新報原創，未經授權不得轉載", "臺東新報"),
    ("本文为云岭视界原创 未经授权不得转载", "云岭视界"),
    ("本文由江城晨刊原创，转载请注明出处。", "江城晨刊"),
    ("本文由「港灣週報」原創，轉載請註明出處", "港灣週報"),
    ("本稿为北岸新闻网独家稿件，任何媒体未经授权不得转载", "北岸新闻网"),
    ("【稿件声明】本文为西陵新闻网原创稿件，未经授权不得转载、摘编。", "西陵新闻网"),
    ("[版权声明]本文系东篱客户端原创稿件 转载请联系授权", "东篱客户端"),
    # 凡本网注明"来源：X"的作品，版权均属于X
    (
        "凡本网注明“来源：北辰观察网”的所有文字、图片和音视频稿件，版权均属北辰观察网所有，"
        "任何媒体未经本网协议授权不得转载、链接、转贴或以其他方式复制发表。",
        "北辰观察网",
    ),
    ("凡本網註明「來源：南灣日報」的作品，版權均屬於南灣日報，未經授權不得轉載。", "南灣日報"),
    ("凡注明来源为“石湖在线”的稿件 版权均归石湖在线所有 未经许可不得转载", "石湖在线"),
    # X版权所有 / 版权归X所有
    ("锦江传媒 版权所有 未经许可不得复制", "锦江传媒"),
    ("锦屏日报社版权所有", "锦屏日报社"),
    ("本刊所有文章版权归《远山文学》所有，转载须经授权。", "远山文学"),
    ("本站稿件版權歸「港灣日報」所有，未經同意不得轉載。", "港灣日報"),
    ("版权归“东海观察”所有", "东海观察"),
    ("版权归星河出版社、星河数字传媒共同所有，未经许可不得转载", "星河出版社、星河数字传媒"),
    ("江海传媒（集团）股份有限公司版权所有，未经授权禁止转载", "江海传媒（集团）股份有限公司"),
    ("版权所有：云梦传媒集团有限公司", "云梦传媒集团有限公司"),
    ("版權所有 © 2024 北風報業有限責任公司。未經授權，不得轉載。", "北風報業有限責任公司"),
    # rights granted to X (版权统一授予X…进行保护)
    (
        "凡本报及本网刊发的作品，版权统一授予青峰版权服务中心进行保护。未经授权许可，任何单位和个人不得转载、摘编。",
        "青峰版权服务中心",
    ),
    ("本报全部作品的著作权已授权给东陵数字版权中心代为管理，如需使用请联系该中心。", "东陵数字版权中心"),
    # 《X》杂志原创
    ("《远方旅行》杂志原创，转载请联系授权", "远方旅行"),
    ("《城市画报周刊》原创文章，未经授权不得转载", "城市画报周刊"),
    # 版權所有，未經授權不得轉載, glued to a © line and unpunctuated
    ("©2024 港島日報版權所有未經授權不得轉載", "港島日報"),
    ("© 2023 台中時報 版權所有，未經授權不得轉載", "台中時報"),
    ("Copyright©2022 梧桐新闻网版权所有未经书面授权不得转载摘编", "梧桐新闻网"),
    # © YEAR X. All rights reserved. / © X, YEAR / Copyright YEAR by X
    ("© 2023 Maple Ridge Herald. All rights reserved.", "Maple Ridge Herald"),
    ("© 2021-2024 Kestrel Media Group plc. All rights reserved.", "Kestrel Media Group plc"),
    ("© Kestrel Daily, 2024", "Kestrel Daily"),
    ("Copyright 2024 by Northgate Broadcasting Inc. All rights reserved.", "Northgate Broadcasting Inc."),
    ("Copyright 2022 by The Lakeside Tribune", "The Lakeside Tribune"),
    ("Copyright (c) 2019 Bayview Media, LLC. All rights reserved.", "Bayview Media, LLC"),
    ("© 2024 Alpenblick Verlag GmbH. Alle Rechte vorbehalten.", "Alpenblick Verlag GmbH"),
    ("© 2024 Ediciones Sol S.A. Todos los derechos reservados.", "Ediciones Sol S.A."),
    (
        "Copyright © 2001–2024 Fenwick Newspapers Ltd. All rights reserved. Registered in England No. 01234567. "
        "Registered office: 2 Mill Lane, Exeter.",
        "Fenwick Newspapers Ltd.",
    ),
    ("All content © 2024 Harbourline Press Ltd. For licensing, contact rights@harbourline.example.", "Harbourline Press Ltd."),
    ("© 2024 Eastbrook News & Media Limited or its affiliated companies. All rights reserved.", "Eastbrook News & Media Limited"),
    ("Cedar Valley Publishing Co. or its affiliates. All Rights Reserved.", "Cedar Valley Publishing Co."),
    ("Copyright © 2024 qinghe.example.cn All Rights Reserved.", "qinghe.example.cn"),
    ("© 2023 www.harbourdaily.example.com.hk", "www.harbourdaily.example.com.hk"),
    # a subject that forbids
    ("No Valley Courier material may be republished without permission.", "Valley Courier"),
    ("No Pinecrest Gazette content may be reproduced, rewritten or redistributed.", "Pinecrest Gazette"),
    # licensed reprints: the source holds the rights
    ("本文经「山城周刊」授权转载，如需转载请联系原作者。", "山城周刊"),
    ("本文經《海灣評論》授權轉載", "海灣評論"),
    ("Published under licence from Harbourside Media Ltd.", "Harbourside Media Ltd."),
    ("This article is republished from The Midland Review under a Creative Commons license.", "The Midland Review"),
    # Japanese-style ©
    ("Copyright © The Hokuzan Shimbun All rights reserved.", "The Hokuzan Shimbun"),
    ("©北陸日報社 無断転載を禁じます", "北陸日報社"),
    # rights as intellectual property / 著作权
    ("本网所刊载内容之知识产权为西岭传媒集团专属所有或持有，未经许可，禁止进行转载、摘编、复制及建立镜像。", "西岭传媒集团"),
    ("本站作品著作权归「北嶺文化」所有", "北嶺文化"),
    ("所有内容版权为《东方财智》独家所有", "东方财智"),
    # 凡本网注明来源为X的作品 (credit wording that names the holder)
    ("凡本网注明“来源：河西新闻网”的作品，欢迎转载，转载时请注明来源河西新闻网。", "河西新闻网"),
    ("凡本站注明来源为南屿日报的稿件，转载须注明出处", "南屿日报"),
    # X版权所有 glued to the © years after it
    ("青禾网络公司版权所有©1998-2024", "青禾网络公司"),
    ("西城电台版權所有 © 2024", "西城电台"),
    # English footers and wire lines
    (
        "Copyright 2024 The Coastal Press. All rights reserved. This material may not be published, broadcast, "
        "rewritten or redistributed.",
        "The Coastal Press",
    ),
    (
        "This material may not be published, broadcast, rewritten, or redistributed. "
        "©2025 Northwind News Network, LLC. All rights reserved.",
        "Northwind News Network, LLC",
    ),
    ("Eastbrook News and Media Limited or its affiliated companies. All rights reserved. 2014", "Eastbrook News and Media Limited"),
    ("Copyright © 2024 KBN. The KBN is not responsible for the content of external sites.", "KBN"),
    ("© 2022 KBN. KBN對外部網站內容不負責任。", "KBN"),
    (
        "Copyright © 2024 Lakeside Weekly, All rights reserved.\nYou are receiving this email because you opted in.\n"
        "Our mailing address is:\nLakeside Weekly\n12 Harbour Road",
        "Lakeside Weekly",
    ),
    ("Reprinted with permission from the Oakdale Sentinel.", "Oakdale Sentinel"),
    # a statement naming the outlet without 本文为: 声明：X独家稿件
    ("声明：青石网独家稿件，未经授权禁止转载！", "青石网"),
    ("版权声明：北塘晚报原创稿件，转载请注明出处。", "北塘晚报"),
    ("聲明：東岸新聞網獨家稿件 未經授權不得轉載", "東岸新聞網"),
    ("稿件声明：本稿件为南溪客户端独家原创，任何单位未经授权不得转载", "南溪客户端"),
    # the credit asked for, an exclusive licensee, a company number in brackets
    ("本文采用知识共享署名 4.0 国际许可协议进行许可，转载请注明作者及出处“山茶书院”。", "山茶书院"),
    ("本文著作权归作者所有，并授权青梧独家使用，未经青梧许可，不得转载。", "青梧"),
    ("© 本文著作权归作者所有，并授权「北窗」獨家使用。\n© 2024 北窗 · 浙ICP备12345678号", "北窗"),
    ("Copyright © 2024 Tanjung Media Berhad [200101012345 (543210-K)]. All rights reserved.", "Tanjung Media Berhad"),
    ("照片版權屬攝影者所有，請勿轉載。", None),
    ("© 2024 銅鑼灣晚報 本報版權所有 翻印必究", "銅鑼灣晚報"),
    # the held-out shape: 声明：本文为X原创……未经授权不得转载、修改、摘编……联系人……
    ("声明：本文为滨江日报原创，未经授权不得转载、修改、摘编，违者必究。", "滨江日报"),
    ("声明：本文系滨江晚报原创稿件。未经授权，不得转载、修改、摘编。", "滨江晚报"),
    ("聲明：本文為澳島新聞原創稿件，未經授權不得轉載、修改、摘編。", "澳島新聞"),
]


@pytest.mark.parametrize(("text", "holder"), CLAIMS, ids=[f"claim-{i}" for i in range(len(CLAIMS))])
def test_claims_name_their_holder_as_written(text, holder):
    assert parse_notice(text).rights_holder == holder


# More claim shapes: where the name sits, what ends it, who licensed a reprint.
MORE_CLAIMS = [
    ('版权声明：凡注明“山海经济网”来源的稿件，版权均属山海经济网所有。', '山海经济网'),
    ('本网站所有内容版权归属于青云传媒有限公司，未经许可不得以任何形式转载。', '青云传媒有限公司'),
    ('本网站所有资料之版权均属青云传媒有限公司所有', '青云传媒有限公司'),
    ('Copyright © 2024 青云传媒 All Rights Reserved', '青云传媒'),
    ('copyright © 2024 青云网 版权所有', '青云网'),
    ('版权所有©青云日报社 2024', '青云日报社'),
    ('版权所有 青云日报社 地址：青云市人民路1号', '青云日报社'),
    ('主办：青云日报社  版权所有：青云日报社', '青云日报社'),
    ('© 青云日报社 版权所有', '青云日报社'),
    ('青云日报社 版权所有 Copyright © 2024 All Rights Reserved', '青云日报社'),
    ('本作品版权归作者本人所有，转载请联系作者。', None),
    # the notice names the author whose rights it states
    ('本文来源于青云号，作者：李四，原标题：xxx。本文版权归原作者所有。', '李四'),
    ('本报记者 王五 摄', None),
    ('《青云财经》独家，未经授权不得转载', '青云财经'),
    ('本文首发于青云财经，转载请注明出处', '青云财经'),
    ('原创 青云财经 2024-05-01', '青云财经'),
    ('本文系青云财经独家原创稿件，未经授权请勿转载、抄袭，违者必究。版权合作请联系：copyright@qingyun.example.cn', '青云财经'),
    ('本文为青云财经原创内容，转载请联系授权。', '青云财经'),
    ('版權聲明：本文為青雲週刊獨家稿件，版權所有，未經許可不得轉載。', '青雲週刊'),
    ('（本文作者系青云大学教授）', None),
    ('All content copyright The Hilltop Echo unless otherwise noted.', 'The Hilltop Echo'),
    ('Content © The Hilltop Echo 2024. All rights reserved.', 'The Hilltop Echo'),
    ('© The Hilltop Echo Limited 2024', 'The Hilltop Echo Limited'),
    ('Copyright © 2024 Hilltop Echo Media Group. For reprint rights: reprints@hilltop.example', 'Hilltop Echo Media Group'),
    ('This article originally appeared in The Hilltop Echo and is republished with permission.', 'The Hilltop Echo'),
    ('This story was originally published by Hilltop Echo and is reproduced here as part of a content partnership.', 'Hilltop Echo'),
    # a division is no legal person: the company holds it (labelling decisions, Round 12; the division is accepted too)
    ('© 2024 Hilltop Echo, a division of Summit Media Inc.', 'Summit Media Inc.'),
    ('Hilltop Echo © 2024. All rights reserved.', 'Hilltop Echo'),
    ('© Copyright Hilltop Echo Newspapers 2024', 'Hilltop Echo Newspapers'),
    ('The Hilltop Echo. All Rights Reserved.', 'The Hilltop Echo'),
    ('Copyright © 2024 The Hilltop Echo, Inc. | All Rights Reserved', 'The Hilltop Echo, Inc.'),
    ('© 2024 Hilltop Echo | Terms | Privacy', 'Hilltop Echo'),
    ('版权所有 © 2024 星辰电视台 未经授权禁止转载、摘编、复制', '星辰电视台'),
    ('本文由星辰新闻授权发布，如需转载请联系星辰新闻。', '星辰新闻'),
    ('本文转载自星辰新闻，已获授权。', '星辰新闻'),
    ('星辰新闻授权转载，转载请注明出处', '星辰新闻'),
    ('原载于《星辰周刊》第12期，经授权转载', '星辰周刊'),
    ('文章来源：星辰新闻；经授权发布', '星辰新闻'),
    ('本文源自星辰新闻，经授权转载', '星辰新闻'),
    ('本文作者为星辰新闻特约撰稿人，文章版权归星辰新闻所有。', '星辰新闻'),
    ('凡本网注明"来源：星辰网"的所有作品，均为本网合法拥有版权或有权使用的作品，欢迎转载，注明出处。', '星辰网'),
    ('星辰网所有，未经许可不得转载', '星辰网'),
    ('本页面内容为星辰网所有', '星辰网'),
    ('版權所有 © 星辰日報有限公司 2024。不得轉載', '星辰日報有限公司'),
]


@pytest.mark.parametrize(("text", "holder"), MORE_CLAIMS, ids=[f"more-{i}" for i in range(len(MORE_CLAIMS))])
def test_more_claim_shapes(text, holder):
    assert parse_notice(text).rights_holder == holder


TWO_LANGUAGES = [
    ("白鹭传媒集团有限公司 Egret Media Group Limited 版权所有", {"白鹭传媒集团有限公司", "Egret Media Group Limited"}),
    (
        "海風報業有限公司版權所有，不得轉載。\nCopyright © 2024 Sea Breeze Press Limited. All rights reserved.",
        {"海風報業有限公司", "Sea Breeze Press Limited"},
    ),
    ("Copyright © 2024 Redwood Daily. 红木日报 版权所有", {"红木日报", "Redwood Daily"}),
    ("Copyright © 2024 by Longmen Daily. All rights reserved.\n龙门日报 版权所有", {"龙门日报", "Longmen Daily"}),
]


@pytest.mark.parametrize(("text", "names"), TWO_LANGUAGES)
def test_one_holder_named_in_two_languages_is_one_holder(text, names):
    assert parse_notice(text).rights_holder in names


NOT_CLAIMS = [
    "免责声明：本文仅代表作者个人观点，与本网无关。",
    "免責聲明：本文內容僅供參考，不構成投資建議。",
    "本文由入驻作者发布，不代表本平台立场。",
    "本文为转载，不代表本网立场，如有侵权请联系删除。",
    "本文為轉載文章，如有侵權請聯繫刪除。",
    "本文为作者投稿，观点仅代表作者本人。",
    "【海港日报专讯】",
    "【星島專訊】（記者 陳明）",
    "来源：西江晚报",
    "（来源：东岳通讯社）",
    "网友评论仅供其表达个人看法，并不表明本网同意其观点或证实其描述。",
    "The views expressed here are the writer's own and do not reflect the position of Coastline News.",
    "Comments are moderated. Please keep discussions civil.",
    "未经协议授权，禁止下载使用。",
    "未经授权许可，不得转载。",
    "郑重声明：东财网发布此信息的目的在于传播更多信息，与本站立场无关，不构成投资建议。",
    "本站文章版权归原作者所有，内容为作者个人观点，如有侵权请联系删除。",
    "東網對留言系統使用者發布的文字、圖片或檔案保有片面修改或移除的權利。",
    "著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。",
    "版權歸原作者所有，本文僅代表作者觀點。",
    "特别声明：本文为星桥自媒体平台“星桥号”作者上传并发布，仅代表该作者观点。星桥仅提供信息发布平台。",
    "声明：本文内容由入驻作者编辑发布，不代表本站观点。",
]


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_not_claims_invent_no_holder(text):
    assert parse_notice(text).rights_holder is None


def test_the_article_claim_outranks_the_site_footer():
    text = (
        "本文为溪山食记原创，未经授权禁止转载、搬运，违者必究。\n"
        "特别声明：本文为青鸟自媒体平台“青鸟号”作者上传并发布，仅代表该作者观点。\n"
        "青鸟公司版权所有 ©1997-2024"
    )
    assert parse_notice(text).rights_holder == "溪山食记"
    assert parse_notice("声明：南岭网独家稿件，未经授权禁止转载。\n南岭公司版权所有").rights_holder == "南岭网"


def test_the_holder_ends_at_its_name():
    assert parse_notice("© 2024 Redfield Press Ltd. For licensing enquiries call 01632 960123.").rights_holder == "Redfield Press Ltd."
    assert parse_notice("Copyright 2024 Brookline Courier Inc. Reprints: reprints@brookline.example").rights_holder == (
        "Brookline Courier Inc."
    )


# --- 本报 / 本刊 / 本站 / 本网: the site --------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "本网所有原创稿件，未经授权不得转载。",
        "本站原创内容，版权所有，转载请注明出处。",
        "本報所有稿件，未經許可不得轉載。",
        "本刊文章版权所有，未经书面许可不得转载、摘编。",
        "本文为本网原创，未经授权不得转载",
        "本文系本报独家稿件，转载须经授权",
        "版权所有，未经授权不得转载。",
    ],
)
def test_a_notice_that_says_this_site_names_the_site(text):
    assert parse_notice(text, site="江南在线").rights_holder == "江南在线"


def test_an_unnamed_claim_without_terms_is_the_site():
    assert parse_notice("本站原创内容 版权所有", site="江南在线").rights_holder == "江南在线"
    assert parse_notice("本报版權所有", site="港灣日報").rights_holder == "港灣日報"


def test_the_site_is_not_taken_for_the_author():
    text = "著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。"
    n = parse_notice(text, site="知识问答网")
    assert n.rights_holder is None
    assert _uses(n) == (set(), {"reprint"}, {"credit", "non_commercial"})


def test_the_site_is_not_taken_for_the_uploader():
    assert parse_notice("本文为我原创\n本文禁止转载", site="知识问答网").rights_holder is None
    text = "本文由青鸟号作者上传并发布，青鸟号仅提供信息发布平台。未经作者许可，不得转载。"
    assert parse_notice(text, site="青鸟网").rights_holder is None


def test_the_site_is_not_taken_for_a_disclaimer():
    assert parse_notice("免责声明：本文仅代表作者个人观点。", site="江南在线").rights_holder is None
    assert parse_notice("来源：西江晚报", site="江南在线").rights_holder is None


# --- uses, one vocabulary ----------------------------------------------------------------------
USES = [
    # a request for leave names the use it asks leave for (bench/notices README, Round 17B, 20)
    ("Reprinting of articles from Trade Review requires written permission from the publisher.", {"reprint"}, set(), set()),
    ("For syndication and reprint requests, please email syndication@post.example.", {"reprint"}, set(), set()),
    ("Share the link all you like, but please ask before you reprint our stories.", {"reprint"}, set(), set()),
    ("Please share the link to this page rather than copying the article.", {"copy"}, set(), set()),
    ("To reprint or license this article, fill out our permission request form.", {"reprint"}, set(), set()),
    ("To reproduce this article in print or online, ask the editor first.", {"copy"}, set(), set()),
    ("Stories can be licensed for print, online and broadcast use through Storyline Licensing.", {"broadcast"}, set(), set()),
    ("未經許可，不得轉載、轉播或剪輯。", {"reprint", "broadcast", "modify"}, set(), set()),
    ("Please do not cut and paste articles from this site and redistribute them by email or post them to the web.",
     {"redistribute", "reprint"}, set(), set()),
    # a ban on editing inside a welcome is the welcome's condition (README, Round 21)
    ("本网站原创内容欢迎转载，转载时请注明来源并保留原文链接，不得对内容进行修改。", set(), {"reprint"}, {"credit", "link_back", "no_derivatives"}),
    ("歡迎轉載，請註明出處；惟不得刪改內容，亦不得作商業用途。", set(), {"reprint"}, {"credit", "no_derivatives", "non_commercial"}),
    # an edit ban glued to a permission is its condition (bench/notices README, Round 21 part A additions:
    # '保持稿件完整，不得歪曲、删改' -> no_derivatives), as for 欢迎转载 (from session 27)
    ("引用、转载须注明出处，且不得对本报告进行有悖原意的删节和修改。", set(), {"reprint"}, {"credit", "no_derivatives"}),
    ("欢迎分享链接，未经授权不得转载、修改。", {"reprint", "modify"}, set(), set()),
    ("採用創用CC「姓名標示－非商業性－相同方式分享」4.0 國際授權條款",
     set(), {"reprint", "modify", "copy", "redistribute"}, {"credit", "non_commercial", "share_alike"}),
    ("未经许可，不得转载、摘编、复制、镜像或下载使用。", {"reprint", "excerpt", "copy", "mirror", "download"}, set(), set()),
    ("未經授權，不得轉載、公開播送或公開傳輸。", {"reprint", "broadcast", "redistribute"}, set(), set()),
    ("未经授权不得转载、\n修改、摘编", {"reprint", "modify", "excerpt"}, set(), set()),
    ("未经授权，严禁篡改或改写本文内容", {"modify"}, set(), set()),
    ("本文内容未经许可不得节选使用", {"excerpt"}, set(), set()),
    ("严禁利用本网内容进行爬虫抓取或人工智能模型训练。", {"scrape", "ai_training"}, set(), set()),
    ("This material may not be published, broadcast, rewritten or redistributed.", {"reprint", "broadcast", "modify", "redistribute"}, set(), set()),
    ("No part of this site may be copied, scraped or used to train AI models without written permission.", {"copy", "scrape", "ai_training"}, set(), set()),
    ("欢迎转载，请注明出处。", set(), {"reprint"}, {"credit"}),
    ("歡迎轉載，請註明出處", set(), {"reprint"}, {"credit"}),
    ("转载请注明来源及作者", set(), {"reprint"}, {"credit"}),
    ("本文为原创，拒绝任何不保留版权的转载。", set(), {"reprint"}, {"keep_notice"}),
    ("Free for personal, non-commercial use. Redistribution is prohibited.", {"redistribute"}, {"copy"}, {"non_commercial"}),
    ("This copy is for your personal, non-commercial use only.", set(), {"copy"}, {"non_commercial"}),
    (
        "Licensed under CC BY-NC-SA 4.0.",
        set(),
        {"reprint", "copy", "redistribute", "modify"},
        {"credit", "non_commercial", "share_alike"},
    ),
    (
        "本作品采用知识共享署名-禁止演绎 4.0 国际许可协议 https://creativecommons.org/licenses/by-nd/4.0/ 进行许可。",
        set(),
        {"reprint", "copy", "redistribute"},
        {"credit", "no_derivatives"},
    ),
    ("無断転載・複製を禁じます。", {"reprint", "copy"}, set(), set()),
    ("未经授权禁止复制或建立镜像", {"copy", "mirror"}, set(), set()),
    ("未经许可不得转载、翻录", {"reprint", "copy"}, set(), set()),
    ("© 2024 Kestrel Wire. Not for redistribution.", {"redistribute"}, set(), set()),
    ("Copyright © 2024 Lakeview Media Ltd. For reprint rights: Lakeview Syndication", {"reprint"}, set(), set()),
    ("非經授權禁止轉載、重製或改作", {"reprint", "copy", "modify"}, set(), set()),
    (
        "文字歡迎轉載，請註明出處並附上原文連結；照片版權屬攝影者所有，請勿轉載。",
        set(),
        {"reprint"},
        {"credit", "link_back"},
    ),
    ("Text may be republished freely with credit. Photos may not be republished.", set(), {"reprint"}, {"credit"}),
    ("图片未经授权不得转载。", {"reprint"}, set(), set()),
    (
        "本文采用知识共享许可协议进行许可，转载请注明作者及出处“山茶书院”。",
        set(),
        {"reprint", "copy", "redistribute"},
        {"credit"},
    ),
    ("This article is licensed under a Creative Commons license.", set(), {"reprint", "copy", "redistribute"}, {"credit"}),
    ("Republish our stories for free under a Creative Commons licence.", set(), {"reprint"}, set()),
    ("歡迎轉載，請註明出處；商業使用請來信洽詢。", set(), {"reprint"}, {"credit", "non_commercial"}),
    ("You may republish this article with credit. For commercial use, please contact us.", set(), {"reprint"}, {"credit", "non_commercial"}),
    ("本文为南屿日报原创，未经授权禁止搬运", {"reprint"}, set(), set()),
    (
        "© 2025 Ferncliff Media Ltd. All rights are reserved, including those for text and data mining and AI training.",
        {"scrape", "ai_training"},
        set(),
        set(),
    ),
    ("The publisher expressly reserves the rights to text and data mining of this site.", {"scrape"}, set(), set()),
    ("Want to republish this article? Contact our licensing team.", {"reprint"}, set(), set()),
    ("If you would like to reproduce this story, please get in touch.", {"copy"}, set(), set()),
    ("For permission to reprint, write to the rights desk.", {"reprint"}, set(), set()),
    ("（本文为南屿日报原创稿件，转载请注明出处，违者必究）", set(), {"reprint"}, {"credit"}),
    (
        "未经书面授权，任何单位和个人不得将本网内容用于训练人工智能模型，不得以爬虫等方式抓取。",
        {"ai_training", "scrape"},
        set(),
        set(),
    ),
    (
        "Distribution and use of this material are governed by our Subscriber Agreement and by copyright law.",
        {"redistribute"},
        set(),
        set(),
    ),
]

CC_NAMES = [
    ("本文採用創用CC 姓名標示-非商業性-禁止改作 3.0 台灣 授權條款釋出", "CC BY-NC-ND 3.0 TW"),
    ("本作品采用知识共享署名-相同方式共享 4.0 国际许可协议进行许可。", "CC BY-SA 4.0"),
    ("本文以創用CC 姓名標示 4.0 授權釋出", "CC BY 4.0"),
    ("This story is licensed under Creative Commons Attribution-NoDerivatives 4.0 International.", "CC BY-ND 4.0"),
    # the blog platforms' form: version before the abbreviation
    ("版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。", "CC BY-SA 4.0"),
    ("版權聲明：本文為博主原創文章，遵循 CC 4.0 BY-NC-SA 版權協議，轉載請附上原文出處連結和本聲明。", "CC BY-NC-SA 4.0"),
]


@pytest.mark.parametrize(("text", "licence"), CC_NAMES)
def test_creative_commons_named_in_any_language(text, licence):
    n = parse_notice(text)
    assert n.licence == licence
    assert "reprint" in n.permitted_uses and "credit" in n.conditions


@pytest.mark.parametrize(("text", "forbidden", "permitted", "conditions"), USES, ids=[f"uses-{i}" for i in range(len(USES))])
def test_uses_and_permissions(text, forbidden, permitted, conditions):
    assert _uses(parse_notice(text)) == (forbidden, permitted, conditions)


# A credit asked by naming the outlet in quotes or the byline (註明「X」及記者姓名), and a
# welcome to non-profit users only (非營利網站): the terms a Taiwan or Hong Kong desk prints.
NAMED_CREDIT_AND_NON_PROFIT = [
    ("本網站新聞歡迎非營利網站轉載，惟須註明「東岬新聞」及記者姓名，並不得修改內容；商業用途請先取得書面同意。",
     {"credit", "non_commercial", "no_derivatives"}),
    ("本网站新闻欢迎非营利网站转载，惟须注明“东岬新闻”及记者姓名，并不得修改内容", {"credit", "non_commercial", "no_derivatives"}),
    ("歡迎非營利網站轉載，惟須註明出處「東岬新聞」", {"credit", "non_commercial"}),
    ("欢迎非营利机构转载 须注明《南湾周报》", {"credit", "non_commercial"}),
    ("歡迎非營利用途轉載，請註明出處", {"credit", "non_commercial"}),
    ("本站稿件歡迎轉載，並須註明「東岬日報」", {"credit"}),
    ("歡迎轉載，惟須註明東岬日報及記者姓名", {"credit"}),
    ("欢迎转载，须标明南湾周报及记者姓名。", {"credit"}),
]


@pytest.mark.parametrize(("text", "conditions"), NAMED_CREDIT_AND_NON_PROFIT)
def test_a_named_credit_and_a_non_profit_welcome_are_conditions(text, conditions):
    n = parse_notice(text)
    assert "reprint" in n.permitted_uses
    assert set(n.conditions) == conditions


def test_a_ban_on_commercial_use_in_prose_is_the_non_commercial_condition():
    assert parse_notice("版權屬東岬日報所有，禁止商業用途").conditions == ("non_commercial",)
    assert parse_notice("本文版权归南湾周报所有，未经授权不得用于商业用途").conditions == ("non_commercial",)


@pytest.mark.parametrize(
    ("condition", "asked", "not_asked"),
    [
        # the site describing itself as non-profit sets no condition; its users being so does
        ("non_commercial", "歡迎非營利網站轉載。", "本網站為非營利性質，如有侵權請來信告知。"),
        ("non_commercial", "欢迎非营利网站转载。", "本站为非营利网站，部分文章来自网络，版权归原作者所有。"),
        # a quoted name followed by 的 scopes a claim; it asks no credit
        ("credit", "歡迎轉載，惟須註明「東岬新聞」。", "凡標明「東岬新聞」的稿件，版權均屬東岬新聞所有，未經授權不得轉載。"),
        ("credit", "欢迎转载，并须注明“南湾周报”。", "凡本网注明“来源：南湾周报”的作品，版权均属南湾周报。"),
    ],
)
def test_a_non_profit_site_or_a_quoted_scope_is_no_condition(condition, asked, not_asked):
    assert condition in parse_notice(asked).conditions
    assert condition not in parse_notice(not_asked).conditions


def test_a_request_to_attach_the_source_link_and_this_notice_is_credit_link_back_and_keep_notice():
    n = parse_notice("版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。")
    assert {"credit", "link_back", "keep_notice", "share_alike"} <= set(n.conditions)


def test_cc_licence_ids():
    assert parse_notice("Licensed under CC BY-NC-SA 4.0.").licence == "CC BY-NC-SA 4.0"
    assert parse_notice("see creativecommons.org/licenses/by-nd/4.0/").licence == "CC BY-ND 4.0"


# --- the held-out shape: 声明 … 原创 … 不得转载、修改、摘编 … 联系人 ---------------------------
HELD_OUT_SHAPE = [
    "声明：本文为滨江日报原创，未经授权不得转载、修改、摘编，违者必究。\n联系人：王先生\n电话：0571-86012345\n邮箱：rights@binjiang.example.cn",
    "声明：本文系滨江日报原创稿件，未经授权，不得转载、修改、摘编。如需转载请联系：联系人 王女士 电话 0571-86012345 邮箱 rights@binjiang.example.cn",
    "声明：本文由滨江日报原创，未经授权不得转载、修改、摘编等。联系人：李明，电话：0571-86012345，邮箱：rights@binjiang.example.cn，微信：bjrb_rights",
    "声明：本稿为滨江日报独家稿件，未经授权不得转载、修改或摘编。\n转载联系人：赵先生（电话：0571-86012345；邮箱：rights@binjiang.example.cn）",
    "声明：本文为滨江日报原创稿件 未经授权不得转载 修改 摘编\n联系人：陈先生 电话：0571-86012345 邮箱：rights@binjiang.example.cn",
    "聲明：本文為滨江日报原創，未經授權不得轉載、修改、摘編。聯繫人：黃先生 電話：0571-86012345 郵箱：rights@binjiang.example.cn",
]


@pytest.mark.parametrize("text", HELD_OUT_SHAPE, ids=[f"held-out-{i}" for i in range(len(HELD_OUT_SHAPE))])
def test_statement_with_contact_person(text):
    n = parse_notice(text)
    assert n.rights_holder == "滨江日报"
    assert set(n.forbidden_uses) == {"reprint", "modify", "excerpt"}
    assert [(p.e164, p.role) for p in n.phones] == [("+8657186012345", "licensing")]
    assert [(e.address, e.role) for e in n.emails] == [("rights@binjiang.example.cn", "licensing")]


def test_contact_person_with_a_mobile_on_wechat():
    n = parse_notice("声明：本文为滨江日报原创，未经授权不得转载。联系人：王先生，微信/电话：13905710000")
    assert [(p.e164, p.role) for p in n.phones] == [("+8613905710000", "licensing")]


# --- contacts with a role ----------------------------------------------------------------------
ROLES = [
    ("版权合作请联系：010-65361234", "licensing"),
    ("授权事宜请致电 020-83331234", "licensing"),
    ("转载联系：021-60391234", "licensing"),
    ("未经许可不得转载。如需使用请致电 0755-83451234", "licensing"),
    ("Reprints & Permissions: 01632 960123", "licensing"),
    ("For licensing contact 01632 960124", "licensing"),
    ("Syndication and licensing: 01632 960125", "licensing"),
    ("新闻报料：0571-85101234", "tip"),
    ("新闻热线 0571-85101235", "tip"),
    ("违法和不良信息举报电话：0571-85101236", "complaint"),
    ("订报热线：0571-85101237", "subscription"),
    ("发行部：0571-85101238", "subscription"),
    ("广告热线：0571-85101239", "advertising"),
    ("总机：0571-85101230", "other"),
]


@pytest.mark.parametrize(("text", "role"), ROLES)
def test_contact_roles(text, role):
    n = parse_notice(text)
    assert [p.role for p in n.phones] == [role]


def test_a_label_that_ends_the_line_before():
    n = parse_notice("版权合作请联系：\n电话：0571-86012345\n邮箱：rights@qinghe.example.cn")
    assert [p.role for p in n.phones] == ["licensing"]
    assert [e.role for e in n.emails] == ["licensing"]
    n = parse_notice("新闻报料：\n0571-86012346")
    assert [p.role for p in n.phones] == ["tip"]


def test_unlabelled_contacts_in_a_blanket_prohibition_are_for_licensing():
    n = parse_notice("青禾传媒版权所有，未经书面授权禁止使用。联系我们：0571-86012347")
    assert [p.role for p in n.phones] == ["licensing"]
    n = parse_notice("Copyright © 2024 Fenwick Post Ltd. All rights reserved.\nCall us: 020 7946 0959")
    assert [p.role for p in n.phones] == ["other"]


def test_copyright_and_takedown_desks_are_licensing():
    n = parse_notice("Copyright enquiries: rights@fenwick.example.co.uk\nNews tips: tips@fenwick.example.co.uk")
    assert [e.role for e in n.emails] == ["licensing", "tip"]
    n = parse_notice("侵权投诉及法务联系：legal@qinghe.example.cn")
    assert [e.role for e in n.emails] == ["licensing"]


def test_email_roles_in_english():
    n = parse_notice("Reprints & Permissions: permissions@lakeside.example.com\nNews tips: tips@lakeside.example.com")
    assert [(e.address, e.role) for e in n.emails] == [
        ("permissions@lakeside.example.com", "licensing"),
        ("tips@lakeside.example.com", "tip"),
    ]


PHONES = [
    ("查詢電話：(852) 2345 6789", "+85223456789"),
    ("電話：852-3456-7890", "+85234567890"),
    ("電話：(853) 2855 1234", "+85328551234"),
    ("電話：853 2855 1235", "+85328551235"),
    ("客服電話：(02)2345-6789", "+886223456789"),
    ("電話：886-2-2345-6780", "+886223456780"),
    ("查詢電話：2345 6789", "+85223456789"),
    ("海外请拨：0086-10-65361234", "+861065361234"),
    ("Tel: 44 20 7946 0958", "+442079460958"),
    ("Phone: 61 2 9123 4567", "+61291234567"),
]


@pytest.mark.parametrize(("text", "e164"), PHONES)
def test_phones_with_and_without_plus(text, e164):
    assert [p.e164 for p in parse_notice(text).phones] == [e164]


@pytest.mark.parametrize(
    "text",
    [
        "京ICP备12345678号-1",
        "京公网安备11010502034567号",
        "互联网新闻信息服务许可证：11120180012",
        "国内统一连续出版物号：CN 33-0123",
        "https://news.example.cn/2024/0512/13905710000.html",
        "图片：banner_02012345678.jpg",
        "微信号：bj86012345678",
        "ID：13905710000",
    ],
)
def test_numbers_that_are_not_phones(text):
    assert parse_notice(text).phones == ()


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("版权联系：rights(at)qinghe.example.cn", "rights@qinghe.example.cn"),
        ("邮箱：rights[at]qinghe.example.cn", "rights@qinghe.example.cn"),
        ("邮箱：rights＠qinghe.example.cn", "rights@qinghe.example.cn"),
        ("邮箱：rights\u200b@\u200bqinghe.example.cn", "rights@qinghe.example.cn"),
    ],
)
def test_obfuscated_emails(text, address):
    assert [e.address for e in parse_notice(text).emails] == [address]


def test_an_address_with_a_stand_in_for_at():
    n = parse_notice("版权联系邮箱：rights#qinghe.example.cn（请将#替换为@）")
    assert [(e.address, e.role) for e in n.emails] == [("rights@qinghe.example.cn", "licensing")]
    n = parse_notice("Licensing: rights*lakeside.example.com (replace * with @)")
    assert [e.address for e in n.emails] == ["rights@lakeside.example.com"]


def test_hong_kong_numbers_without_code_where_the_notice_is_hong_kong():
    n = parse_notice("新聞爆料 WhatsApp：9123 4567 電郵：news@harbour.example.com.hk\n廣告查詢：(852) 2345 6700")
    assert [(p.e164, p.role) for p in n.phones] == [("+85291234567", "tip"), ("+85223456700", "advertising")]
    assert [e.role for e in n.emails] == ["tip"]


def test_australian_footer_numbers_and_business_numbers():
    n = parse_notice(
        "Contact the newsroom: (02) 5550 1234 or news@southbank.example\n"
        "Copyright © 2024 Southbank Media Pty Ltd. ABN 47 612 093 518. All rights reserved. "
        "No part of this website may be reproduced without permission."
    )
    assert [(p.e164, p.role) for p in n.phones] == [("+61255501234", "tip")]
    assert [e.role for e in n.emails] == ["tip"]
    assert n.rights_holder == "Southbank Media Pty Ltd."


def test_an_image_is_not_an_email():
    assert parse_notice('<img src="logo@2x.png"> 版权所有').emails == ()


# --- hostile input -----------------------------------------------------------------------------
_ALPHABET = st.sampled_from(
    list("版权所有本文为原创未经授权不得转载摘编©() （）《》「」“”、，。：:;. \n-0123456789@[]at")
    + ["Copyright ", "All rights reserved", "Ltd.", "No ", " material may", "经", "授权转载", "By "]
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(_ALPHABET, min_size=1, max_size=200), st.integers(min_value=1, max_value=400))
def test_parse_notice_is_total_and_fast_on_20kb(pieces, repeat):
    import time

    text = ("".join(pieces) * repeat)[:20_000]
    start = time.perf_counter()
    notice = parse_notice(text, site="江南在线")
    assert time.perf_counter() - start < 2.0
    assert notice.rights_holder is None or 2 <= len(notice.rights_holder) <= 80


@pytest.mark.parametrize(
    "text",
    [
        "欢迎转发朋友圈，转载请联系授权。",
        "欢迎个人转发到朋友圈，公众号或媒体转载请联系授权。",
        "欢迎转发到朋友圈。其他公众号转载请在后台留言申请授权。",
        "歡迎轉發到朋友圈，轉載請聯繫授權。",
    ],
)
def test_sharing_to_ones_feed_is_welcome_but_reprints_ask_first(text: str) -> None:
    """WeChat's most common line: 转发 to one's feed is sharing; a reprint needs a licence."""
    n = parse_notice(text)
    assert (n.forbidden_uses, n.permitted_uses) == (("reprint",), ())


def test_a_welcome_and_an_ask_in_one_clause_permit() -> None:
    n = parse_notice("欢迎转载请联系我们。")
    assert "reprint" in n.permitted_uses and "reprint" not in n.forbidden_uses


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("本文采用知识共享署名-非商业性使用 4.0 国际许可协议（CC BY-NC 4.0）进行许可，转载请注明来源：青岚周刊。", "青岚周刊"),
        ("欢迎转载，转载请注明出处：南川晨报", "南川晨报"),
        ("歡迎轉載，請註明來源：北嶺週報。", "北嶺週報"),
        ("欢迎转载，请注明来源：本网", None),
        ("转载请注明出处：原文链接", None),
    ],
)
def test_the_credit_a_permission_asks_for_names_the_holder(text: str, holder: str | None) -> None:
    assert parse_notice(text).rights_holder == holder


# --- name boundaries --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # an ideographic space separates fields: the name ends there
        ("© 2024 北埠晚報\u3000本報版權所有\u3000翻印必究", "北埠晚報"),
        ("© 2023 青石日报\u3000本报版权所有", "青石日报"),
        ("來源：東港日報\u3000記者 陳明\n（版權所有 未經授權請勿轉載）", "東港日報"),
        # a members' tier after the name is not part of it
        ("以上内容来自青川财经会员专享，未经授权不得转载。", "青川财经"),
        ("以上精彩內容來自海嶼財訊VIP會員專享，未經授權不得轉載、摘編。", "海嶼財訊"),
        # words that introduce the name are not part of it
        ("本文发布于云杉新闻 版权所有", "云杉新闻"),
        ("出品：青柠视频 版权所有 未经授权不得转载", "青柠视频"),
        # a · between two characters is inside a name; with spaces around it, it separates
        ("云端·视界传媒版权所有，未经授权不得转载", "云端·视界传媒"),
        ("北嶺·觀察版權所有，未經許可不得轉載", "北嶺·觀察"),
        ("南桥晚报 · 版权所有", "南桥晚报"),
    ],
)
def test_a_name_ends_where_it_ends(text: str, holder: str) -> None:
    assert parse_notice(text).rights_holder == holder


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("The Tidewater Brief © 2024. Published with Quillpress", "The Tidewater Brief"),
        ("Published with Inkwell. The Harbour Note © 2021-2024.", "The Harbour Note"),
        ("Saltmarsh Weekly © 2025", "Saltmarsh Weekly"),
        ("Photo: Lee Kim © 2024", None),
    ],
)
def test_a_name_before_the_sign_and_year_holds_the_rights(text: str, holder: str | None) -> None:
    """"X © 2024." — the sign and year close the sentence; what follows (a platform credit) is no holder."""
    assert parse_notice(text).rights_holder == holder


# --- two claims on one page: the article's own vs the site footer's ---------------------------
_BODY_ZH = [
    "青州市政府今天召开新闻发布会，介绍今年城乡公园建设和老旧小区改造工作的进展情况。",
    "据介绍，全市今年已新建口袋公园三十六个，改造老旧小区九十个，惠及居民两万余户。",
    "市住建局负责人表示，下一步将重点推进雨污分流和加装电梯工作，力争年底前全部完工。",
    "据悉，明年全市还将安排专项资金，继续改造一批建成年代较早、配套设施不全的老旧小区。",
]


def _page_notice(tail: list[str]):
    from reprint_guard.extract import extract

    doc = extract("\n\n".join([*_BODY_ZH, *tail]), content_type="text")
    return doc.notice_text, (parse_notice(doc.notice_text, site=doc.outlet) if doc.notice_text else None)


@pytest.mark.parametrize(
    ("tail", "notice", "holder", "forbidden"),
    [
        (
            ["（林岩）", "声明：青州在线独家稿件，未经授权禁止转载！", "分享到：微博 微信 朋友圈", "热门推荐",
             "青州传媒公司版权所有", "Copyright © 2001-2024 QINGZHOU Media, All Rights Reserved"],
            "声明：青州在线独家稿件，未经授权禁止转载！", "青州在线", {"reprint"},
        ),
        (
            ["版權聲明：本文為港島財經原創，未經授權不得轉載、摘編。", "下載「港島財經」官方APP，或關注官方微信公眾號，隨時掌握股市動態。",
             "校對：陳明", "分享 收藏", "港島財經 版權所有 未經許可不得複製、轉載或建立鏡像", "粵ICP備01234567號"],
            "版權聲明：本文為港島財經原創，未經授權不得轉載、摘編。", "港島財經", {"reprint", "excerpt"},
        ),
        (
            ["本文为溪山周刊原创，转载请联系授权。", "相关阅读", "© 2024 溪山传媒 版权所有"],
            "本文为溪山周刊原创，转载请联系授权。", "溪山周刊", {"reprint"},
        ),
    ],
)  # fmt: skip
def test_the_articles_own_claim_wins_over_the_footers(tail, notice, holder, forbidden) -> None:
    """An article-end claim, widgets, then the site footer's claim: the notice is the article's
    (the footer's wider verbs — 复制, 镜像 — are the site's, not this article's)."""
    found, n = _page_notice(tail)
    assert found == notice
    assert n.rights_holder == holder and set(n.forbidden_uses) == forbidden


@pytest.mark.parametrize(
    "tail",
    [
        ["特别声明：本文为松果号作者上传并发布，仅代表该作者观点。松果仅提供信息发布平台。", "相关推荐", "跟贴 0 参与 0",
         "松果公司版权所有 ©1998-2024"],
        ["特別聲明：本文由松果號作者上傳並發布，僅代表作者觀點，松果僅提供信息存儲空間服務。", "推薦閱讀", "© 2024 松果網 版權所有"],
    ],
)  # fmt: skip
def test_a_platform_statement_keeps_the_platforms_footer_claim_off_the_article(tail) -> None:
    found, n = _page_notice(tail)
    assert found is None or n.rights_holder is None


@pytest.mark.parametrize(
    ("tail", "holder", "forbidden"),
    [
        (
            ["版权声明", "1、青禾网所有内容，凡注明“来源：青禾网”的文字、图片，版权均属青禾网所有，未经本网授权不得转载、复制发表。",
             "凡青禾网注明“来源：XXX”的稿件系转载，出于传递更多信息之目的，并不意味着赞同其观点。", "青禾网 版权所有", "浙ICP备01234567号"],
            "青禾网", {"reprint", "copy"},
        ),
    ],
)  # fmt: skip
def test_a_third_party_disclaimer_inside_a_notice_box_is_not_its_end(tail, holder, forbidden) -> None:
    found, n = _page_notice(tail)
    assert found.startswith("版权声明") and n.rights_holder == holder and set(n.forbidden_uses) == forbidden


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("主辦單位：北嶺市政府新聞處\n版權所有 北嶺新聞網 未經許可不得轉載", "北嶺新聞網"),
        ("運營：雲帆傳媒有限公司\n版權所有 北嶺新聞網", "北嶺新聞網"),
        ("主办：青州日报社 技术支持：云帆科技\n版权所有：青州新闻网 未经授权不得转载", "青州新闻网"),
        ("青州新闻网版权所有 主办单位：青州市委宣传部 技术支持：云帆科技", "青州新闻网"),
    ],
)
def test_the_explicit_claim_beats_a_host_or_operator_line(text: str, holder: str) -> None:
    """版权所有 X on its own line under a 主办/运营/技术支持 line: the line above is not the run before 版权所有."""
    assert parse_notice(text).rights_holder == holder


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # a dash with spaces, a following clause, a trailing domain or host role end the name
        ("© 2024 The Northfield Courier — Independent journalism since 1901", "The Northfield Courier"),
        ("© 2025 Saltmarsh Weekly – Local news for the Fens", "Saltmarsh Weekly"),
        ("This article is © 2024 Harbour Daily and may not be reproduced.", "Harbour Daily"),
        ("© 2024 青州网 qingzhou.example.cn", "青州网"),
        ("版權所有 © 北嶺新聞網 www.beiling.example.tw", "北嶺新聞網"),
        ("版权所有 青州日报社主办", "青州日报社"),
        # "all of X's works" claims them
        ("青州晚报所有稿件，未经许可不得转载", "青州晚报"),
        ("【北嶺晚報】所有稿件未經許可不得轉載", "北嶺晚報"),
    ],
)
def test_a_claims_name_stops_before_what_follows_it(text: str, holder: str) -> None:
    assert parse_notice(text).rights_holder == holder


# --- notices found that named nobody ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # whose original work it is, without 本文为
        ("本网所有内容均为青州新闻网原创，未经授权不得转载", "青州新闻网"),
        ("北嶺觀察原創，未經授權請勿轉載", "北嶺觀察"),
        ("【溪山周刊原创】未经授权不得转载", "溪山周刊"),
        ("原创：青州观察\n未经授权不得转载", "青州观察"),
        ("本内容为青州观察版权作品，未经许可不得使用", "青州观察"),
        # a label that names the holder
        ("著作权人：青州日报社", "青州日报社"),
        ("版權擁有人：北嶺新聞有限公司", "北嶺新聞有限公司"),
        ("Copyright holder: Harbour Daily Media Ltd.", "Harbour Daily Media Ltd."),
        ("Rights holder: Saltmarsh Press Limited", "Saltmarsh Press Limited"),
        ("本站文章版权归属：青州新闻网", "青州新闻网"),
        # owned by / copyright of
        ("Copyright owned by Harbour Daily Media Ltd. No reproduction without permission.", "Harbour Daily Media Ltd."),
        ("This content is copyright of Saltmarsh Press Limited.", "Saltmarsh Press Limited"),
    ],
)
def test_a_claim_in_other_words_names_its_holder(text: str, holder: str) -> None:
    assert parse_notice(text).rights_holder == holder


@pytest.mark.parametrize(
    "text",
    [
        "作者原创，未经允许不得转载",
        "原创不易，转载请注明出处",
        "纯原创，禁止转载",
        "部分原创，部分来自网络",
        "博主原創，轉載請註明",
        "本号原创，未经授权不得转载",
    ],
)
def test_original_by_a_role_or_nobody_names_no_one(text: str) -> None:
    assert parse_notice(text).rights_holder is None


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("版权所有：青州新闻网 主办：青州日报社 地址：青州市文化路1号", "青州新闻网"),
        ("版權所有：北嶺新聞網 技術支持：雲帆科技", "北嶺新聞網"),
        ("版权所有：溪山在线 运营单位：溪山传媒有限公司", "溪山在线"),
    ],
)
def test_the_next_fields_label_is_not_part_of_the_name(text: str, holder: str) -> None:
    """版权所有：X 主办：Y — the name stops before the 主办/运营/技术支持 label, whose party is not the holder."""
    assert parse_notice(text).rights_holder == holder


# --- notices that were not found ----------------------------------------------------------------
_BODY_EN = [
    "The Saltmarsh district council approved a new budget on Tuesday that sets aside money for nine "
    "small parks and the repair of older housing estates.",
    "Officials said the work would begin in the spring and should be finished before the end of next "
    "year, although some residents doubt the timetable.",
    "The council will publish a progress report every quarter, and residents can comment on the plans "
    "at a public meeting next month.",
]


def _text_page_notice(tail: str):
    from reprint_guard.extract import extract

    body = _BODY_EN if tail.isascii() else _BODY_ZH
    doc = extract("\n\n".join([*body, tail]), content_type="text")
    return doc.notice_text, (parse_notice(doc.notice_text, site=doc.outlet) if doc.notice_text else None)


@pytest.mark.parametrize(
    ("tail", "holder"),
    [
        ("青州观察原创", "青州观察"),
        ("【北嶺觀察原創】", "北嶺觀察"),
        ("（溪山周刊原创，未经授权请勿转载）", "溪山周刊"),
        ("原创：青州观察", "青州观察"),
        ("青州日报独家稿件，转载需授权", "青州日报"),
        ("Copyright holder: Harbour Daily Media Ltd.", "Harbour Daily Media Ltd."),
        ("Rights holder: Saltmarsh Press Limited", "Saltmarsh Press Limited"),
        ("Harbour Daily. All rights reserved.", "Harbour Daily"),
        ("Saltmarsh Press Ltd. All rights reserved.", "Saltmarsh Press Ltd."),
    ],
)
def test_a_short_claim_line_closing_the_text_is_found(tail: str, holder: str) -> None:
    found, n = _text_page_notice(tail)
    assert found == tail and n.rights_holder == holder


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        ("青州日报独家稿件，转载需授权", {"reprint"}),
        ("本文为北嶺觀察原創，轉載需經授權", {"reprint"}),
        ("溪山周刊原创，转载须获得许可", {"reprint"}),
        ("欢迎转载，无需授权", set()),
    ],
)
def test_a_reprint_that_needs_a_licence_is_forbidden_without_one(text: str, forbidden: set[str]) -> None:
    assert set(parse_notice(text).forbidden_uses) == forbidden


@pytest.mark.parametrize("text", ["欢迎转载请联系我们", "歡迎轉載請註明", "转载请联系"])
def test_a_one_line_term_is_not_a_name(text: str) -> None:
    """A one-line notice is taken as a name only when it is one (欢迎转载… named '欢迎')."""
    assert parse_notice(text).rights_holder is None


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Photo © Getty Images", None),
        ("Image: © Lee Kim/Harbour Daily", None),
        ("圖片 © 視覺北嶺", None),
        ("© 2024 Harbour Daily. Photos © Lee Kim", "Harbour Daily"),
        ("© 2024 Northfield Photo Agency", "Northfield Photo Agency"),
    ],
)
def test_a_pictures_copyright_credit_is_not_the_articles_holder(text: str, holder: str | None) -> None:
    assert parse_notice(text).rights_holder == holder


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("本文为“青州观察”微信公众号原创，未经授权不得转载", "青州观察"),
        ("本文系「北嶺觀察」公眾號原創，未經授權不得轉載", "北嶺觀察"),
        ("本文由青州观察（ID：qzgc2024）授权转载", "青州观察"),
        ("本文由「北嶺觀察」(ID: bl2024)授權轉載", "北嶺觀察"),
    ],
)
def test_an_accounts_quotes_and_id_are_not_in_the_way(text: str, holder: str) -> None:
    """A quoted account name before 微信公众号原创, an account id between the name and 授权转载."""
    assert parse_notice(text).rights_holder == holder


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Copyright © 2024 qingzhou.example.cn 青州新闻网 版权所有", "青州新闻网"),
        ("Copyright © 2024 www.beiling.example.tw 北嶺新聞網 版權所有 未經授權不得轉載", "北嶺新聞網"),
        ("Copyright © 2003-2024 xishan.example.cn 溪山在线版权所有", "溪山在线"),
        ("联系方式：news@xishan.example.cn\nxishan.example.cn All Right Reserve 版权所有", "xishan.example.cn"),
    ],
)
def test_a_domain_before_the_name_and_a_long_copyright_line(text: str, holder: str) -> None:
    """The 40-character look-back before 版权所有 must not start inside 'Copyright' ('yright')."""
    assert parse_notice(text).rights_holder == holder


@pytest.mark.parametrize(
    ("site", "holder"),
    [("木舟的博客", "木舟"), ("阿青的个人博客", "阿青"), ("林間的部落格", "林間"), ("Ann Lee's Blog", "Ann Lee"), ("北岭新闻网", "北岭新闻网")],
)
def test_a_personal_sites_rights_are_its_owners(site: str, holder: str) -> None:
    assert parse_notice("欢迎转载，请注明出处！", site=site).rights_holder == holder


def test_a_database_the_journal_licensed_is_no_holder():
    """本刊已授权X数据库以数字化方式收录: a licensee named for what it may do (unlike 已授权X进行保护)."""
    text = "本刊所载文章，版权归《现代仓储》杂志社所有。本刊已授权中知期刊数据库等以数字化方式收录本刊全文。"
    assert parse_notice(text).rights_holder == "《现代仓储》杂志社"
    assert parse_notice("本报已授权北岭版权保护中心进行保护、维权。").rights_holder == "北岭版权保护中心"


def test_a_repost_disclaimer_with_a_contact_names_no_holder():
    """A 免责声明 that says the page reposted the story and gives an address claims nothing, even
    when the page's name is known (NOT-CLAIM, bench/notices README)."""
    text = "免责声明：本文来源于江澜日报，商道网转载此文出于传递更多信息之目的，并不意味着赞同其观点。如涉及作品内容、版权等问题，请与本网联系，邮箱：bq@shangdao.example.cn。"
    assert parse_notice(text, site="商道网").rights_holder is None


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("本文转载自公众号“24文旅传媒”（ID：wl24），已获授权。如需二次转载，请联系原公众号。", "24文旅传媒"),
        ("本文轉載自《360體育》季刊第 38 期，經該刊授權刊登。", "360體育"),
        ("本文转载自2024年10月8日的报道，已获授权。", None),
    ],
)
def test_a_licensed_sources_name_may_hold_digits_but_is_no_date(text: str, holder: str | None) -> None:
    assert parse_notice(text).rights_holder == holder


@pytest.mark.parametrize(
    ("text", "site", "holder", "forbidden"),
    [
        ("证联时报各平台所有原创内容，未经书面授权，任何单位及个人不得转载。", None, "证联时报", ("reprint",)),
        ("声明：刊用《环宇新闻周刊》稿件务经书面授权", None, None, ("reprint",)),
        ("©2025  |  Privacy policy  |  Terms of service | Our Contacts", "Pulsebeat", "Pulsebeat", ()),
    ],
)
def test_round_22_tune_shapes(text: str, site: str | None, holder: str | None, forbidden: tuple[str, ...]) -> None:
    """An outlet's 各平台 is the outlet; 务经授权 asks leave first; a footer row opening '©2025 |' is the site's claim."""
    n = parse_notice(text, site=site)
    assert (n.rights_holder, n.forbidden_uses) == (holder, forbidden)


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("本文转载自《西川日报》，已获授权。\nCopyright © 2025 云岭在线 版权所有", "西川日报"),
        ("来源：西川日报（已获授权）\nCopyright © 2025 云岭在线 版权所有", "西川日报"),
        ("本文轉載自《西川日報》，經該報授權刊登。\n© 2025 雲嶺在線 版權所有", "西川日報"),
        ("本文转载自西川日报，未经授权不得转载。\n云岭在线 版权所有", "云岭在线"),
    ],
)
def test_a_licensed_reprints_source_outranks_the_sites_claim(text: str, holder: str) -> None:
    """The article is the source's (bench/notices README: licensed reprints); a ban is no licence."""
    assert parse_notice(text).rights_holder == holder


@pytest.mark.parametrize(
    ("text", "site", "holder"),
    [
        # a named outside reprint vendor is the route, not the holder (bench/notices README, Round 10)
        ("For reprint and licensing requests for this article, contact Brightline Reprints at 555-0142.", None, None),
        ("For reprint and licensing requests for this article, contact Brightline Reprints at 555-0142.", "The Harrow Ledger", "The Harrow Ledger"),
        ("To reprint this article, contact Lakeside Herald Syndication at 555-0142.", None, None),
        ("For permission to reprint this article, contact the Harrow Ledger at 555-0142.", None, "Harrow Ledger"),
        # X独家出品: whose exclusive production the work is
        ("（天阔体育独家出品 未经许可严禁转载）", None, "天阔体育"),
    ],
)
def test_session_16_holder_shapes(text: str, site: str | None, holder: str | None) -> None:
    assert parse_notice(text, site=site).rights_holder == holder


@pytest.mark.parametrize(
    "line",
    [
        "Interested in licensing this story? Reach our content sales team at contentsales@bayline.example.",
        "Interested in licensing this content? Email licensing@bayline.example",
        "This story may be republished free of charge with credit to The Harbour Gazette.",
        "Our stories can be freely republished under a Creative Commons licence.",
    ],
)
def test_english_licence_requests_and_grants_are_notice_lines(line: str) -> None:
    assert _is_notice_line(line)


def test_a_story_sentence_about_republishing_is_no_notice_line() -> None:
    assert not _is_notice_line("He said the report may be republished by the ministry next year.")


@pytest.mark.parametrize(
    ("text", "author", "holder"),
    [
        # the pictures' authors, taken from the web, are not the byline (round 32 tune)
        ("声明：本文部分图片来源于网络，版权归原作者所有，如有侵权请联系删除。", "小嗦", None),
        ("本文版权归原作者所有，图片来源网络。", "小嗦", "小嗦"),
        # a department's second name in brackets is part of it (bench/notices README, Rounds 6/15A)
        ("版权所有：终南科技大学党委宣传部（新闻中心）", None, "终南科技大学党委宣传部（新闻中心）"),
        ("版权所有：X报社（未经授权不得转载）", None, "X报社"),
    ],
)
def test_round_32_holder_shapes(text: str, author: str | None, holder: str | None) -> None:
    assert parse_notice(text, author=author).rights_holder == holder


def test_a_request_scoped_to_the_pictures_leaves_the_texts_welcome() -> None:
    """如需轉載圖片，請…聯絡 asks a licence for the pictures; the text stays welcome with credit."""
    n = parse_notice("（本文由本會社區服務部提供，歡迎轉載，轉載請註明出處；如需轉載圖片，請與本會秘書處聯絡：(853) 2855 3126）")
    assert (n.forbidden_uses, n.permitted_uses, n.conditions) == ((), ("reprint",), ("credit",))
    assert parse_notice("未经授权不得转载。如需转载，请联系本站。").forbidden_uses == ("reprint",)


def test_where_an_original_ran_first_is_not_its_holder() -> None:
    """本文原创首发X: X is the platform of first publication; the work is the byline's (round 33A)."""
    text = "本文原创首发今日览点，未经授权严禁搬运，违者必究！"
    assert parse_notice(text, author="蓉城食光记", site="今日览点").rights_holder == "蓉城食光记"
    assert parse_notice("本文为今日览点原创首发，未经授权严禁转载", author="某某", site="今日览点").rights_holder == "今日览点"


def test_a_photo_carve_out_does_not_undo_a_creative_commons_grant() -> None:
    """'Photos may not be republished without permission' under a CC BY-ND grant: the text stays
    republishable (round 33B tune)."""
    n = parse_notice(
        "This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License.\n"
        "Please include the author's byline. Do not change the headline or text. Photos may not be republished without permission."
    )
    assert (n.forbidden_uses, n.permitted_uses) == ((), ("reprint", "copy", "redistribute"))
    assert "no_derivatives" in n.conditions


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # the item's provider holds it (bench/notices README, hk-143a); 本會 is the site's own
        ("※本新聞由北嶺新聞台提供，未經授權請勿轉載。", "北嶺新聞台"),
        ("（本文由本會社區服務部提供，歡迎轉載，轉載請註明出處）", None),
        # the publication the article ran in
        ("本文刊于《北岭周刊》2026年第12期，转载请与本刊编辑部联系。", "北岭周刊"),
        # the paper a bracket names, speaking of itself; a dateline credit names no one
        ("【北岭晚报】本报原创，如需转载，请联系：bq@blwb.example.cn", "北岭晚报"),
        ("【北岭晚报讯】记者李明报道", None),
    ],
)
def test_providers_publications_and_bracketed_papers(text: str, holder: str | None) -> None:
    assert parse_notice(text).rights_holder == holder


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("本文刊于《北岭周刊》2026年第12期，转载请与本刊编辑部联系。编辑部电话：010-55557890", ["licensing"]),
        ("转载请与本刊编辑部联系。新闻热线：010-55557891　编辑部电话：010-55557890", ["tip", "licensing"]),
        ("本刊原创，未经许可不得转载。编辑部电话：010-55557890", ["other"]),
    ],
)
def test_the_desk_a_reprint_request_names_is_the_licensing_route(text: str, roles: list[str]) -> None:
    assert [p.role for p in parse_notice(text).phones] == roles


@pytest.mark.parametrize(
    ("text", "holder", "forbidden", "permitted", "conditions"),
    [
        # a broadcaster's name is no use of the work (round 34 tune)
        ("All rights reserved © 2026 Dafna Broadcasting Corporation", "Dafna Broadcasting Corporation", (), (), ()),
        ("Copyright 2026 Northern Broadcasting Service. Not to be rebroadcast.", "Northern Broadcasting Service", ("broadcast",), (), ()),
        # a partner's copy under an unnamed Creative Commons licence asks for credit (second new-user trial)
        ("This article is republished from The Lantern Review under a Creative Commons license. Read the original article.",
         "The Lantern Review", (), ("reprint", "copy", "redistribute"), ("credit",)),
        ("Republished under a Creative Commons license from The Lantern Review.",
         "The Lantern Review", (), ("reprint", "copy", "redistribute"), ("credit",)),
        # "by the" before the name (second new-user trial)
        ("Copyright 2026 by the Ashford Gazette. All rights reserved.", "Ashford Gazette", (), (), ()),
        ("Copyright © 2026 by The Harrow Ledger. All rights reserved.", "The Harrow Ledger", (), (), ()),
        # a "Permission to reprint:" label asks leave first (round 36 tune)
        ("© 2026 Quonset Medical Society. All rights reserved. Permission to reprint: journal@quonsetmed.example",
         "Quonset Medical Society", ("reprint",), (), ()),
    ],
)
def test_session_16_trial_shapes(text, holder, forbidden, permitted, conditions) -> None:
    n = parse_notice(text)
    assert (n.rights_holder, n.forbidden_uses, n.permitted_uses, n.conditions) == (holder, forbidden, permitted, conditions)


def test_a_licensing_rows_label_speaks_past_the_desks_postal_address() -> None:
    n = parse_notice(
        "Copyright 2026 by the Ashford Gazette.\nReprint requests: Reprints Desk, Ashford Gazette, 12 Mill Lane, Ashford TN23 1AA; "
        "phone 01233 555 010; reprints@ashfordgazette.example"
    )
    assert [c.role for c in (*n.phones, *n.emails)] == ["licensing", "licensing"]
    assert [p.role for p in parse_notice("地址：北岭市人民路1号　电话：010-55551234").phones] == ["other"]


@pytest.mark.parametrize(
    ("text", "author", "holder"),
    [
        ("本文內容由中央社授權轉載，未經同意不得轉載。", None, "中央社"),
        # the author's own page is no outlet: the author's licence names the byline
        ("（本文獲作者授權轉載，原文刊於作者臉書，文章內容不代表本網立場。）", None, None),
        ("（本文獲作者授權轉載，原文刊於作者臉書，文章內容不代表本網立場。）", "林晚", "林晚"),
        ("本文转载自公众号“北岭笔记”，已获授权。", None, "北岭笔记"),
    ],
)
def test_licensed_reprints_from_own_variants(text: str, author: str | None, holder: str | None) -> None:
    assert parse_notice(text, author=author).rights_holder == holder


def test_an_op_ed_mailbox_is_no_licensing_desk() -> None:
    n = parse_notice("※ 本文版權所有，非經授權，不得轉載。\n讀者投書請寄：opinion@nanfeng.example.tw")
    assert [e.role for e in n.emails] == ["other"]


# Contact roles from this session's trials, variants and tune halves, one list.
ROLE_CASES = [
    # "rights" of "All rights reserved" is no licensing label, and a sentence's end closes a
    # clause: the tip line's label speaks for its number (new-user trial, session 16)
    ("© 2026 The Harbour Post. All rights reserved. News tips: +1 212 555 0199. For reprint permissions contact "
     "permissions@harbourpost.example.com", ["tip", "licensing"]),
    ("© 2026 The Harbour Post. All rights reserved. Newsroom: +1 212 555 0199", ["tip"]),
    ("© 2026 The Harbour Post. All rights reserved. Subscriptions: +1 212 555 0111.", ["subscription"]),
    ("© 2026 The Harbour Post. All rights reserved. No reproduction without permission. Contact +1 212 555 0111.", ["licensing"]),
    # a content sales team sells licences
    ("Interested in licensing this story? Reach our content sales team at contentsales@bayline.example.", ["licensing"]),
    # one label naming two desks with a bar between: the licensing half speaks for it
    ("原创声明：本文由「中原嗦粉记」原创，未经授权禁止转载。\n转载授权｜商务合作：13903716284（微信同号）", ["licensing"]),
    # a ban, a bar, then a desk: the desk's own label
    ("版权所有 未经授权不得转载 | 广告合作：010-55551244", ["advertising"]),
    # a generic label before a desk's on its row is not that desk's
    ("© Ordsall Press Agency Ltd. No reproduction without permission.\n"
     "Email: newsdesk@ordsallpress.example · Syndication: sales@ordsallpress.example", ["other", "licensing"]),
    ("版权声明：未经授权不得转载。\n转载授权：010-55551234　邮箱：bq@x.example.cn", ["licensing", "licensing"]),
    # a desk row's label over a number the numbering plan keeps for drama is still a phone
    ("© Ordsall Press Agency Ltd. No reproduction without permission.\n"
     "Newsdesk: 01632 960481 · Pictures desk: 01632 960482 · Out of hours: 01632 960499", ["tip", "other", "other"]),
    # the purpose a sentence opens with says what the desk it names is for (tune, en-418b)
    ("To subscribe to our news services or to license our content, contact our Marketing Department at "
     "marketing@wna.example or +264 61 255 410.\nNewsdesk: newsdesk@wna.example", ["licensing", "licensing", "tip"]),
    ("For advertising, contact our sales team at ads@x.example.", ["advertising"]),
    # desks that sell no licence, even under a ban: editorial, listeners' letters, site upkeep
    ("Editorial: +263 242 555 171 | editor@highveld.example\n© 2025 Highveld Newspapers Limited. All Rights Reserved. "
     "No part of this website may be reproduced without the written permission.", ["other", "other"]),
    ("本节目版权归半岛夜航工作室所有，未经授权禁止转载。\n听友来信：hello@bandao.example.cn", ["other"]),
    ("版权归青溪县融媒体中心所有，转载请注明出处。\n技术支持：大川网络　网站维护电话：0578-6123001", ["other"]),
    # 请来信 still asks for the licence
    ("欲轉載請來信 license@x.example.tw", ["licensing"]),
    ("For editorial licensing, contact lic@x.example", ["licensing"]),
    # a desk the clause names keeps its role over the purpose the sentence opens with
    ("To share a news tip or to republish our stories, contact the newsroom at news@northshire.example.", ["tip"]),
    # a news line is the tip desk
    ("© 2026 Northshire Media Ltd. No reproduction without permission.\nNews line: 01632 960456", ["tip"]),
    # a heading line of its own gives its role to the generic rows under it (README heading rule)
    ("© 2026 Northshire Media Ltd. No reproduction without permission.\nSend us your news\nCall: 01632 960456\n"
     "Email: news@northshire.example", ["tip", "tip"]),
    ("版权所有，未经授权不得转载。\n版权合作\n电话：010-55551234\n邮箱：bq@x.example.cn", ["licensing", "licensing"]),
    ("本文为北岭晚报原创，未经授权不得转载。\n联系电话：010-55551234", ["other"]),
    # session 17: a row's label speaks past an e-mail printed first on it (drama-range UK numbers
    # are read only under a label); role words of English footer rows
    ("© Sentinel Publishing Ltd 2026. Syndication: syndication@sentinel.example, 01632 960412. Editorial: 01632 960400.",
     ["licensing", "other", "licensing"]),
    # (numbers with their area code: a 7-digit local one cannot be placed and is left out)
    ("© 2026 KVXR-TV. To license our video, contact our Content Licensing team at 406-555-0142. News tips: 406-555-0199.",
     ["licensing", "tip"]),
    ("© 2026 Ridgeway Press. Permissions: rights@ridgeway.example · Subscriptions: 406-555-0160 · Classifieds: 406-555-0161",
     ["subscription", "advertising", "licensing"]),
    # 意見 (feedback) is no licensing desk, though the notice forbids
    ("版權所有，不得轉載。\n如有任何意見，請電郵至 feedback@nanfeng.example.com.hk", ["other"]),
]


@pytest.mark.parametrize(("text", "roles"), ROLE_CASES)
def test_contact_roles_session_16(text: str, roles: list[str]) -> None:
    n = parse_notice(text)
    assert [c.role for c in (*n.phones, *n.emails)] == roles


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # the site's content as the subject, owned by X (new-user trial, session 17)
        ("【版權聲明】本網站所有內容均屬明光新聞網所有。轉載請與我們聯絡。", "明光新聞網"),
        ("本站所有文章均为《明光周刊》杂志社所有", "《明光周刊》杂志社"),
        ("本站内容均属转载，如有侵权请联系删除。", None),
        # 未经正式授权 names no one: the footer's © line does
        ("未经正式授权严禁转载本文，侵权必究。\n© 2014-2026 北岭东方报业有限公司", "北岭东方报业有限公司"),
        # X或相關單位所有 names X; a separator dot (‧) and the site's next sentence end a name
        ("本刊載內容版權為南風傳媒或相關單位所有，未經南風傳媒書面授權，不得轉載。", "南風傳媒"),
        ("南風報網站 ‧ 版權所有 ‧ 不得轉載", "南風報網站"),
        ("©南風電視 本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。", "南風電視"),
    ],
)
def test_session_17_holder_shapes(text: str, holder: str | None) -> None:
    assert parse_notice(text).rights_holder == holder


def test_a_creative_commons_name_printed_cc_first_in_taiwan_grants_its_uses() -> None:
    n = parse_notice("本文依 CC 創用姓名標示-非商業性-禁止改作 3.0 台灣授權條款釋出，轉載請註明作者與出處。")
    assert (n.forbidden_uses, n.permitted_uses) == ((), ("reprint", "copy", "redistribute"))
    assert n.conditions == ("credit", "non_commercial", "no_derivatives")


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        # the second number under one label keeps the label's country; a (555) 010-XXXX number is
        # never British (a British number written at home opens with 0) nor Chinese (second trial)
        ("Copyright 2024 Larkford Courier. Reprints: (555) 010-4477 or (555) 010-4466.",
         [("+15550104477", "licensing"), ("+15550104466", "licensing")]),
        ("Questions about republishing: (555) 010-3312.", [("+15550103312", "licensing")]),
        ("Reprints: (212) 555-0123 or (212) 555-0124", [("+12125550123", "licensing"), ("+12125550124", "licensing")]),
        # a person or title between the label and the number
        ("Copyright 2024 Coastline Publishing Ltd. Reprints: Rights Manager, 01632 960588.", [("+441632960588", "licensing")]),
        ("Reprints: Jane Doe on 01632 960588.", [("+441632960588", "licensing")]),
        # a sentence routing the request names the desk's role
        ("Copyright 2023 The Campus Clarion. All rights reserved. Reprint permission requests should be sent to the "
         "Business Manager at business@campusclarion.example or (555) 010-7781.", [("+15550107781", "licensing")]),
        ("Send us your pictures and news: 01632 960700", [("+441632960700", "tip")]),
        ("Newsroom switchboard: 020 7946 0958", [("+442079460958", "tip")]),
        # a short hotline in a bilingual footer is no North American number (round 23 tune form's shape)
        ("如需輔導，請致電「平衡熱線」1830 517\n版權所有 不得轉載 © 2025 維港賽馬會\n"
         "Copyright © 2025 The Harbour Racing Club. All rights reserved.", []),
    ],
)
def test_session_17_phones_and_roles(text: str, phones: list[tuple[str, str]]) -> None:
    assert [(p.e164, p.role) for p in parse_notice(text).phones] == phones


def test_a_desk_label_naming_reprint_licensing_asks_nothing_of_a_welcomed_reader() -> None:
    """转载授权及合作：… is the desk's label: it does not undo 欢迎转载 (second new-user trial)."""
    n = parse_notice("欢迎转载，请注明出处“南岭生活网”。转载授权及合作：0771-65550321")
    assert (n.forbidden_uses, n.permitted_uses, n.conditions) == ((), ("reprint",), ("credit",))
    assert parse_notice("本文为原创，转载请联系：0771-65550321").forbidden_uses == ("reprint",)


@pytest.mark.parametrize(
    ("text", "site", "holder", "uses"),
    [
        # rounds 37-38 tune shapes: a bare "© 2026 •" footer row names the site, not its first link
        ("© 2026 • Privacy Policy • Theme by Quillworks Student Media • Log in", "The Brookfield Crier",
         "The Brookfield Crier", ((), (), ())),
        # a reuse allowed on the credit it asks
        ("Copyright © Lotus Bay Daily. All rights reserved. Reproduction of content must cite \"Lotus Bay Daily\" as the source.",
         None, "Lotus Bay Daily", ((), ("copy",), ("credit",))),
        ("Reproduction of this report is authorised for non-commercial purposes provided the source is acknowledged.",
         None, None, ((), ("copy",), ("credit", "non_commercial"))),
        # a reuse routed through a desk asks leave first
        ("© 2026 The Kiulap Review. All rights reserved.\nFor republication or content partnerships, email partners@kiulap.example",
         None, "The Kiulap Review", (("reprint",), (), ())),
    ],
)
def test_rounds_37_38_tune_shapes(text: str, site: str | None, holder: str | None, uses: tuple) -> None:
    n = parse_notice(text, site=site)
    assert n.rights_holder == holder
    assert (n.forbidden_uses, n.permitted_uses, n.conditions) == uses


@pytest.mark.parametrize(
    ("text", "phones", "emails"),
    [
        # an e-mail address's letters make no line English: the numbers stay the page's own
        # country's (a new-user trial's licensing lines came out British, session 18)
        ("版权合作：010-5555 0123　邮箱：copyright@dongchuan.example",
         [("+861055550123", "licensing")], [("copyright@dongchuan.example", "licensing")]),
        ("联系电话：010-5555 0123 QQ：12345678 E-mail: copyright@dongchuan.com", [("+861055550123", "licensing")],
         [("copyright@dongchuan.com", "licensing")]),
        ("授權洽詢：(02) 2555-0136 轉 21　授權信箱：license@nangang-times.example", [("+886225550136", "licensing")],
         [("license@nangang-times.example", "licensing")]),
        # a Taiwanese area code in brackets, spaced, beside Chinese text
        ("授權洽詢：(02) 2555-0136 license@nangang-times.com", [("+886225550136", "licensing")],
         [("license@nangang-times.com", "licensing")]),
        # a number valid at home beats a possible but invalid British reading in an English notice
        ("Copyright 2024 China Metro Daily. All rights reserved. Tel: 010-6491 8366", [("+861064918366", "other")], []),
        # a claim's span of years is no Hong Kong number
        ("版權所有 © 2009-2012 港灣日報有限公司 香港柴灣道 88 號 電話：2555 0142", [("+85225550142", "other")], []),
        ("港灣日報 版權所有 2009-2012 查詢電話：2555 0142", [("+85225550142", "other")], []),
        # the site's keeper is a desk of its own, unless a reuse request names it
        ("本網站所有內容，未經同意不得轉載。網站管理員：webmaster@nangang.example", [], [("webmaster@nangang.example", "other")]),
        ("版权所有 未经许可不得转载 站长信箱：zz@foo.example.cn", [], [("zz@foo.example.cn", "other")]),
        ("Copyright 2011 Foo News. For permission to reprint, email the webmaster at webmaster@foo.example", [],
         [("webmaster@foo.example", "licensing")]),
        # a licensing agent or partner named between the request and the contact (third trial)
        ("Licensing is handled by our agent PressRights Agency: +1 312-555-0177, licensing@pressrights.example.",
         [("+13125550177", "licensing")], [("licensing@pressrights.example", "licensing")]),
        ("© 2025 Bayview Tribune. To license this content, visit our partner PressRights Agency at "
         "https://pressrights.example/licence or call +1 312-555-0177.", [("+13125550177", "licensing")], []),
    ],
)
def test_session_18_phones_and_roles(text: str, phones: list[tuple[str, str]], emails: list[tuple[str, str]]) -> None:
    n = parse_notice(text)
    assert [(p.e164, p.role) for p in n.phones] == phones
    assert [(e.address, e.role) for e in n.emails] == emails


@pytest.mark.parametrize(
    ("text", "holder", "forbidden"),
    [
        # a one-line footer: rows, claim, ban and registration numbers joined by spaces
        ("新闻热线：0371-65795100　订阅热线：0371-65795133 豫风报业传媒集团版权所有 未经授权禁止转载、摘编、复制及建立镜像 豫ICP备05018236号",
         "豫风报业传媒集团", ("reprint", "excerpt", "mirror", "copy")),
        ("京ICP证 030173号 未经授权禁止转载", None, ("reprint",)),
    ],
)
def test_a_footer_joined_on_one_line(text: str, holder: str | None, forbidden: tuple[str, ...]) -> None:
    n = parse_notice(text)
    assert (n.rights_holder, n.forbidden_uses) == (holder, forbidden)


def test_a_footer_printed_as_one_paragraph_is_the_notice() -> None:
    from reprint_guard.extract import extract

    body = "".join(f"<p>第{k}段：市政府今天公布了新的交通规划，涉及多条道路的改造和公交线路的调整，预计明年底完工。</p>" for k in range(6))
    page = (
        f"<html><body><main><article><h1>Bypass plans go on display</h1>{body}</article></main><footer><p>"
        "Contact us: newsdesk 01632 960417 | advertising 01632 960455 © Copyright 2001-2024 Northmere Newspapers Ltd, "
        "a Westfold Media Group business. Registered in England &amp; Wales | 09876543 | Unit 4, Riverside Park</p></footer></body></html>"
    )
    doc = extract(page, content_type="html")
    assert doc.notice_text is not None and doc.notice_text.startswith("Contact us: newsdesk")
    assert parse_notice(doc.notice_text).rights_holder == "Northmere Newspapers Ltd"


@pytest.mark.parametrize(
    ("text", "holder", "uses"),
    [
        # round 39 tune shapes: "published on this site" says which content, "used" names no use
        ("Content published on this site may not be used without the written permission of Savski Media.",
         "Savski Media", ((), (), ())),
        ("No part of this article may be published without permission.", None, (("reprint",), (), ())),
        # short quotes are an excerpt
        ("Short quotes with a link to the original are welcome.", None, ((), ("excerpt",), ("link_back",))),
        ("You may quote up to 100 words with a link back.", None, ((), ("excerpt",), ("link_back",))),
        # a Latin brand glued to Han characters opens the name after 版權所有 (name-swap variants)
        ("版權所有 ABC生活 不得轉載", "ABC生活", (("reprint",), (), ())),
        # a newsletter's button after the claim is no name: the name before © is
        ("The Calder Tribune © 2025 – Unsubscribe", "The Calder Tribune", ((), (), ())),
    ],
)
def test_round_39_tune_shapes(text: str, holder: str | None, uses: tuple) -> None:
    n = parse_notice(text)
    assert n.rights_holder == holder
    assert (n.forbidden_uses, n.permitted_uses, n.conditions) == uses


def test_a_permission_on_terms_closing_the_article_is_its_notice() -> None:
    """"It may be republished free of charge provided X is credited" in the article's last
    paragraph, above a footer's ©: the page permits the reprint (round 39 tune shape)."""
    from reprint_guard.extract import extract

    body = "".join(f"<p>Paragraph {k}: the council approved the new flood defences for the river town on Monday evening.</p>" for k in range(6))
    page = (
        f"<html><body><main><article><h1>Flood defences</h1>{body}<p><em>This story was produced under the Valley "
        "reporting programme of the Tamsin Institute for Media (TIM). It may be republished free of charge provided TIM "
        "and the author are credited.</em></p></article></main><footer><p>© 2026 Tamsin Institute for Media. All rights "
        "reserved.</p></footer></body></html>"
    )
    doc = extract(page, content_type="html")
    n = parse_notice(doc.notice_text)
    assert (n.rights_holder, n.permitted_uses, n.conditions) == ("Tamsin Institute for Media", ("reprint",), ("credit",))


def test_a_fax_line_is_typed_fax() -> None:
    """A number under 傳真：/"Fax:" takes no calls: the report says so (first new-user trial, session 18)."""
    n = parse_notice("本網站所有內容，未經同意不得轉載。電話：(02) 2555-0136 傳真：(02) 2555-0199")
    assert [(p.e164, p.role, p.type) for p in n.phones] == [
        ("+886225550136", "licensing", "landline"), ("+886225550199", "other", "fax")
    ]


@pytest.mark.parametrize(
    ("text", "conditions"),
    [
        # conditions written in prose (third new-user trial, session 18)
        ("This story may be reprinted free of charge provided you credit Lakeshore Civic News and the author, include a "
         "link to lakeshorecivic.example, and do not charge readers for it.", ("credit", "non_commercial", "link_back")),
        ("You may republish our articles with credit. Commercial use is not permitted.", ("credit", "non_commercial")),
        ("You may republish this article with credit. Please include a link to gulfdaily.example.", ("credit", "link_back")),
    ],
)
def test_conditions_in_prose(text: str, conditions: tuple[str, ...]) -> None:
    n = parse_notice(text)
    assert (n.permitted_uses, n.conditions) == (("reprint",), conditions)


def test_a_denial_in_english_credits_no_one() -> None:
    """'not affiliated with X' names X but credits no one (the pattern held backspaces for \\b)."""
    from reprint_guard.verdict import _DENIAL

    assert _DENIAL.search("This site is not affiliated with The Harbour Gazette.")


@pytest.mark.parametrize(
    ("text", "holder", "forbidden", "permitted", "conditions"),
    [
        # a wire's use ban under its copy names the wire (round 40 tune): "use of X materials"
        ("Source: Vistula Wire. The use of Vistula Wire materials without the agency's consent is prohibited.",
         "Vistula Wire", (), (), ()),
        ("Any unauthorized use of Vistula Wire materials is prohibited.", "Vistula Wire", (), (), ()),
        ("Reproduction of Vistula Wire materials without the agency's consent is prohibited.", "Vistula Wire", ("copy",), (), ()),
        # the allowing word without its verb, on terms (round 40 tune)
        ("© 2026 Tamarind News Agency – All rights reserved. Reproduction permitted provided the source is cited.",
         "Tamarind News Agency", (), ("copy",), ("credit",)),
        ("Copying allowed with credit to Tamarind News Agency.", "Tamarind News Agency", (), ("copy",), ("credit",)),
        # "with mention of the source" asks for a credit (round 41 tune, en-558)
        ("© 2026 Tamarind News Agency. All rights reserved. Reproduction is authorised with mention of the source.",
         "Tamarind News Agency", (), ("copy",), ("credit",)),
        # a use ban of ordinary things names no one
        ("The use of cookies without consent is prohibited.", None, (), (), ()),
    ],
)
def test_session_19_wire_bans_and_terse_permissions(text, holder, forbidden, permitted, conditions) -> None:
    n = parse_notice(text)
    assert (n.rights_holder, n.forbidden_uses, n.permitted_uses, n.conditions) == (holder, forbidden, permitted, conditions)


@pytest.mark.parametrize(
    "row", ["2025 ©", "2025 © | 重要告示 | 私隱政策 | 網頁指南", "2019-2025 © · Privacy", "2025 (c) | 重要告示", "2025 Copyright © | 重要告示"]
)
def test_a_year_before_the_sign_is_the_sites_claim(row: str) -> None:
    """Government templates print the year first ("2025 ©"); naming no one, the row claims the
    text for the site the page names (round 40 tune)."""
    assert parse_notice(row, site="港府新聞網").rights_holder == "港府新聞網"
    assert _is_notice_line(row)
    assert parse_notice("2025 | 重要告示 | 私隱政策", site="港府新聞網").rights_holder is None  # no sign, no claim


@pytest.mark.parametrize(
    ("text", "conditions"),
    [
        # the terms sites of the former Soviet Union print in English (round 40 tune, en-542)
        ("© 2026 Vistula Public Media. All rights reserved. When using materials, a hyperlink to vpm.example.lv and "
         "a reference to VPM English are required.", ("credit", "link_back")),
        ("Reprinting is allowed only with an active hyperlink to the source.", ("link_back",)),
        ("When quoting, a link to the source is mandatory.", ("link_back",)),
        # a sentence about links of another kind sets no condition
        ("The council said a link to the new bypass is required by law.", ()),
    ],
)
def test_hyperlink_and_reference_requirements_are_conditions(text: str, conditions: tuple[str, ...]) -> None:
    assert parse_notice(text).conditions == conditions


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # a footer's heading lines over its desks' contacts, each naming two desks (round 16 tune, en-134)
        ("Tips and corrections\nnews@harbourline.example\nReprints and advertising\nsales@harbourline.example · (604) 555-0112\n"
         "Subscriptions / customer service\n1-888-555-0190\n© 2024 Harbourline Media Inc.",
         {"news@harbourline.example": "tip", "sales@harbourline.example": "licensing", "+16045550112": "licensing",
          "+18885550190": "subscription"}),
        # the same as inline labels
        ("Tips and corrections: news@harbourline.example | Subscriptions / customer service: 1-888-555-0190",
         {"news@harbourline.example": "tip", "+18885550190": "subscription"}),
        # a press office answers journalists (round 42 tune, cn-574)
        ("本新闻稿欢迎媒体转载，转载时请注明“图文来源：恒岳汽车”。\n媒体垂询：010-65213370　press@hengyue.example.cn",
         {"+861065213370": "other", "press@hengyue.example.cn": "other"}),
        ("Reprints welcome with credit. Media enquiries: press@harbourline.example", {"press@harbourline.example": "other"}),
        # a ban's party in the sentence before is no desk of the contact after it (round 42 tune, en-568)
        ("Content may be used only with the written permission of the editorial board. Requests: desk@harbourline.example",
         {"desk@harbourline.example": "licensing"}),
    ],
)
def test_session_20_desk_labels_naming_two_desks(text: str, roles: dict[str, str]) -> None:
    n = parse_notice(text)
    got = {getattr(c, "e164", None) or getattr(c, "address", None): c.role for c in n.contacts()}
    assert got == roles


@pytest.mark.parametrize(
    ("text", "holder", "forbidden", "permitted", "conditions"),
    [
        # leave asked first is no permission (round 42 tune, en-564)
        ("© 2026 Dniester Courier. All rights reserved. Reproduction of materials is permitted only with the written "
         "consent of the editorial office.", "Dniester Courier", ("copy",), (), ()),
        # a link asked for is a condition of a permission (round 41 tune, en-550)
        ("Reproduction of materials from this site is permitted only with an active hyperlink to courier.example.",
         None, (), ("copy",), ("link_back",)),
        # a credit row above an unnamed 原创 line names no holder; the credit it asks for does (round 42 tune, cn-571)
        ("文字 | 林朵 图片 | 林朵、小桥\n原创内容，欢迎转载，转载请注明来源「云岭慢游记」；商业转载请后台留言联系。",
         "云岭慢游记", (), ("reprint",), ("credit", "non_commercial")),
        ("云岭慢游记\n原创内容，欢迎转载", "云岭慢游记", (), ("reprint",), ()),
    ],
)
def test_session_20_leave_first_and_credit_rows(text, holder, forbidden, permitted, conditions) -> None:
    n = parse_notice(text)
    assert (n.rights_holder, n.forbidden_uses, n.permitted_uses, n.conditions) == (holder, forbidden, permitted, conditions)


def _footer_page(headline: str, paragraph: str, paragraphs: int, footer: str) -> str:
    """An article page of ``paragraphs`` copies of ``paragraph`` under ``headline``, then ``footer``'s HTML."""
    body = "".join(f"<p>{paragraph}</p>" for _ in range(paragraphs))
    return f"<html><body><article><h1>{headline}</h1>{body}</article><footer>{footer}</footer></body></html>"


def test_a_footer_block_of_desks_after_an_article_is_read_whole() -> None:
    """What a page shows after its article is no article prose: the desks above the footer's ©
    line belong to its notice however far up they reach (round 16 tune, en-134)."""
    page = _footer_page(
        "Bridge reopens", "The bridge reopened on Monday after repairs. " * 6, 8,
        "<dl><dt>Tips and corrections</dt><dd>news@harbourline.example</dd>"
        "<dt>Reprints and advertising</dt><dd>sales@harbourline.example · (604) 555-0112</dd>"
        "<dt>Subscriptions / customer service</dt><dd>1-888-555-0190</dd></dl><p>© 2024 Harbourline Media Inc.</p>",
    )
    doc = extract(page, content_type="html")
    assert doc.notice_text is not None and doc.notice_text.startswith("Tips and corrections\n")
    n = parse_notice(doc.notice_text)
    assert [c.role for c in n.emails] == ["tip", "licensing"]


def test_content_used_only_with_permission_is_a_notice() -> None:
    page = _footer_page(
        "Fuel seized", "Customs seized forty tonnes of fuel at the border. " * 5, 6,
        "<div>© 2026 Dardania Ledger. All rights reserved.<br>Content may be used only with the written "
        "permission of the editorial board. Requests: desk@dardania.example<br>Marketing: ads@dardania.example | +383 38 555 217</div>",
    )
    doc = extract(page, content_type="html")
    n = parse_notice(doc.notice_text or "")
    assert n.rights_holder == "Dardania Ledger"
    assert {e.address: e.role for e in n.emails} == {"desk@dardania.example": "licensing", "ads@dardania.example": "advertising"}


def test_an_unnamed_claim_after_a_space_is_the_sites() -> None:
    """A footer row printing 版权所有 after other words and a space names no one: the site's
    claim (round 29 tune, cn-392)."""
    row = "欢迎访问鹿鸣财经！鹿鸣财经 简易域名：lm.example.cn 请点此与我们联系 版权所有 Copyright © 1998-2025年"
    assert parse_notice(row, site="鹿鸣财经").rights_holder == "鹿鸣财经"
    assert parse_notice("鹿鸣财经版权所有", site="别的站").rights_holder == "鹿鸣财经"  # a name glued to it is the claim's


def test_a_long_latin_site_name_is_the_sites() -> None:
    """An organisation's name in Latin letters runs past 30 characters: the page's <title> still
    gives it (round 38 tune, en-516)."""
    page = (
        "<html><head><title>Schools under fire: education in the hills, 2025 | Mbeya Centre for Rights and Justice</title></head>"
        "<body><article><h1>Schools under fire: education in the hills, 2025</h1>"
        + "".join(f"<p>{'Teachers in the district reported closures through the rainy season. ' * 4}</p>" for _ in range(6))
        + "<p>Reproduction of this report is authorised for non-commercial purposes provided the source is acknowledged.</p>"
        "</article></body></html>"
    )
    doc = extract(page, content_type="html")
    assert doc.outlet == "Mbeya Centre for Rights and Justice"
    assert parse_notice(doc.notice_text or "", site=doc.outlet).rights_holder == "Mbeya Centre for Rights and Justice"
    # a sentence in the title's last part is no site name
    doc = extract(page.replace("Mbeya Centre for Rights and Justice", "why the schools closed through the rains"), content_type="html")
    assert doc.outlet != "why the schools closed through the rains"


def test_an_about_link_row_names_the_site() -> None:
    """A text page's footer link row "關於X | 隱私權政策 | …" names the site its unnamed notice
    speaks for (round 39 tune, hk-244)."""
    text = (
        "合歡山楓紅\n" + "\n".join("立冬前夕，合歡山區楓紅層層，吸引遊客駐足拍照，武嶺停車場上午湧入大批車潮。" * 2 for _ in range(6))
        + "\n（編輯：溫立航）1141105\n本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。\n"
        "延伸閱讀\n奧萬大楓葉轉紅\n關於嵐海通訊社 | 隱私權政策 | 服務條款 | 聯絡我們\n"
    )
    doc = extract(text, content_type="text")
    assert doc.outlet == "嵐海通訊社"
    assert parse_notice(doc.notice_text or "", site=doc.outlet).rights_holder == "嵐海通訊社"
    assert extract(text.replace("關於嵐海通訊社", "關於我們"), content_type="text").outlet is None


def test_a_public_accounts_card_is_no_notice_and_its_copyright_line_is() -> None:
    """An account card under the post counts its posts ("312篇原创内容"): no claim; the post's
    own "Copyright@X" line above it is the notice (round 21 tune, cn-261)."""
    assert not _is_notice_line("312篇原创内容")
    assert not _is_notice_line("58篇原創內容")
    assert _is_notice_line("Copyright@青柚驿站")
    text = (
        "\n".join("时序收敛是数字芯片设计中最常见的难题，流水线深度需要在面积与频率之间取舍。" * 2 for _ in range(8))
        + "\nEND\nCopyright@青柚驿站\n转载事宜请私信1获得授权后方可转载\n青柚驿站\n"
        "专注于数字芯片设计与验证，以文章、视频等方式分享时序分析、代码风格与工具使用技巧..\n312篇原创内容\n公众号\n写留言\n"
    )
    doc = extract(text, content_type="text")
    assert doc.notice_text is not None and doc.notice_text.startswith("Copyright@青柚驿站")
    assert parse_notice(doc.notice_text).rights_holder == "青柚驿站"


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # a QQ or WeChat account's number is no phone (trial of session 20)
        ("婺江新报原创，转载请联系：QQ 2587413690，微信 wjxb_bq，或拨打 0579-82223333。", {"+8657982223333": "licensing"}),
        ("加入读者群QQ群：123456789 热线电话：0579-82223333", {"+8657982223333": "other"}),
        # 檢舉 is Taiwan's word for a complaint
        ("版權所有，未經授權不得轉載。檢舉信箱：report@nangang.example.tw", {"report@nangang.example.tw": "complaint"}),
        # a line's label speaks for a desk named after it, however long the name
        ("Reprint questions: Harbour Ledger partnerships desk – partners@harbourledger.example – (617) 555-0163",
         {"partners@harbourledger.example": "licensing", "+16175550163": "licensing"}),
    ],
)
def test_session_20_trial_contacts(text: str, roles: dict[str, str]) -> None:
    n = parse_notice(text)
    assert {getattr(c, "e164", None) or getattr(c, "address", None): c.role for c in n.contacts()} == roles


def test_creative_commons_named_then_abbreviated() -> None:
    n = parse_notice("This story is published under Creative Commons BY-ND 4.0. You may republish it; don't edit the text.")
    assert n.licence == "CC BY-ND 4.0"
    assert "no_derivatives" in n.conditions and "credit" in n.conditions


_REPUBLISH_BOX_PAGE = (
    "<html><head><title>County sat on lead pipe survey | The Saltmarsh Ledger</title></head><body><article>"
    "<h1>County sat on lead pipe survey</h1>"
    + "".join(f"<p>In year {k} of the programme, officials received survey number {k} that identified {k * 400} lead service lines "
              f"and kept it from residents of ward {k}, who learned of it only when reporters showed them the map.</p>" for k in range(1, 9))
    + "<section class='republish-box'><h3>Republish this story</h3>"
    "<p>You may republish this story for free, online or in print, under a Creative Commons Attribution-NoDerivatives 4.0 International License.</p>"
    "<ul><li>You must credit the author and The Saltmarsh Ledger.</li>"
    "<li>If you republish online, you must link back to the original story on saltmarshledger.example.</li>"
    "<li>You can't edit our stories, except to reflect changes in time or location.</li>"
    "<li>You can't republish our photographs or illustrations without specific permission.</li></ul>"
    "<p>Questions? Contact republish@saltmarshledger.example</p></section></article>"
    "<section class='newsletter'><h3>Get our investigations in your inbox</h3><p>Sign up for The Ledger Weekly, delivered every Friday.</p></section>"
    "</body></html>"
)


def test_a_republish_boxs_bullets_are_its_notice() -> None:
    """A "Republish this story" box prints its rules as bullets; each is part of the notice, in
    order, and the link-back rule is a condition (new-user trial of session 20: the bullets were
    lost and a copy without a link was permitted)."""
    doc = extract(_REPUBLISH_BOX_PAGE, content_type="html")
    lines = [line.removeprefix("- ") for line in (doc.notice_text or "").splitlines()]  # (a list item's mark)
    assert lines[:2] == ["Republish this story", lines[1]] and lines[1].startswith("You may republish")
    assert any(line.startswith("If you republish online, you must link back") for line in lines)
    assert lines.index("You can't edit our stories, except to reflect changes in time or location.") < len(lines) - 1
    n = parse_notice(doc.notice_text or "", site=doc.outlet)
    assert n.rights_holder == "The Saltmarsh Ledger"
    assert (n.forbidden_uses, n.permitted_uses) == ((), ("reprint", "copy", "redistribute"))
    assert n.conditions == ("credit", "no_derivatives", "link_back")
    assert [e.role for e in n.emails] == ["licensing"]


@pytest.mark.parametrize(
    ("text", "forbidden", "permitted"),
    [
        ("You can't edit our stories.", ("modify",), ()),
        ("You can’t republish our stories without permission.", ("reprint",), ()),
        ("You can republish our stories for free.", (), ("reprint",)),
        # the pictures as the object of a sentence are the pictures' terms, not the text's
        ("You may republish our stories for free. You can't republish our photographs without permission.", (), ("reprint",)),
    ],
)
def test_cant_is_a_denial(text: str, forbidden: tuple[str, ...], permitted: tuple[str, ...]) -> None:
    n = parse_notice(text)
    assert (n.forbidden_uses, n.permitted_uses) == (forbidden, permitted)


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Please credit Priya Haldane and The Saltmarsh Ledger and include a link to saltmarshledger.example.", "The Saltmarsh Ledger"),
        ("Please credit “Eamon Threlkeld, The Saltmarsh Ledger”, link to the original story.", "The Saltmarsh Ledger"),
        ("Please credit Ann Lee.", "Ann Lee"),  # a person alone is whom to credit
        ("Republish with credit to Kauri Post.", "Kauri Post"),
    ],
)
def test_a_credit_naming_author_and_outlet_gives_the_outlet(text: str, holder: str) -> None:
    assert parse_notice(text).rights_holder == holder


def test_a_logo_names_the_site_before_an_about_row() -> None:
    """The about row is the last resort: a page's logo names its site first (the report half lost
    a holder when the row came first)."""
    page = (
        "<html><body><header><a class='logo' href='/'><img src='/logo.png' alt='嵐海新聞網'></a></header><article>"
        + "".join(f"<p>第{k}段：立冬前夕，合歡山區楓紅層層，吸引遊客駐足拍照，武嶺停車場上午湧入大批車潮，警方在第{k}個路口實施交通管制。</p>" for k in range(1, 8))
        + "<p>本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。</p></article>"
        "<footer><p>關於嵐海社 | 隱私權政策 | 服務條款 | 聯絡我們</p></footer></body></html>"
    )
    assert extract(page, content_type="html").outlet == "嵐海新聞網"


def test_a_footer_of_four_desks_is_read_whole() -> None:
    """Four desks of label, e-mail and phone above the footer's © line: the licensing desk at
    their top belongs to the notice too (new-user trial of session 20: the block was cut after ten
    lines and the reprints e-mail lost)."""
    desks = "".join(
        f"<h4>{label}</h4><p>{mail}@northvale.example</p><p>01632 9601{k}2</p>{more}"
        for k, (label, mail, more) in enumerate(
            [("Reprints &amp; Permissions", "reprints", "<p><a href='https://northvale.example/licensing'>Licensing</a></p>"),
             ("News tips", "newsdesk", ""), ("Subscriptions", "subs", ""), ("Advertising", "adverts", "")]
        )
    )
    page = _footer_page(
        "Bridge reopens", "The bridge reopened on Monday after repairs. " * 6, 8,
        desks + "<p>© 2026 Northvale Media Ltd. All rights reserved.</p>",
    )
    doc = extract(page, content_type="html")
    n = parse_notice(doc.notice_text or "")
    assert {e.address: e.role for e in n.emails} == {
        "reprints@northvale.example": "licensing", "newsdesk@northvale.example": "tip",
        "subs@northvale.example": "subscription", "adverts@northvale.example": "advertising",
    }


# --- new-user trial on Chinese pages: what follows a © party, issues, legal advisers, releases ----
@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # a domain, then the ban: the domain is the party (as '© 2024 <domain> 版权所有' gives)
        ("© 2024 songpu.example.cn 未经授权不得转载", "songpu.example.cn"),
        ("Copyright © 2024 www.songpu.example.cn 未經授權禁止轉載", "www.songpu.example.cn"),
        ("© 2024 songpu.example.cn 谢绝转载", "songpu.example.cn"),
        ("© 2024 songpu.example.cn 欢迎转载，请注明出处", "songpu.example.cn"),
        ("© 2024 songpu.example.cn No reproduction without permission", "songpu.example.cn"),
        ("© 2024 songpu.example.cn Unauthorized reproduction prohibited", "songpu.example.cn"),
        # a name, then terms that open with no ban word of the name's own cut
        ("© 2024 松浦晨光 谢绝转载", "松浦晨光"),
        ("©2024 松浦晨光謝絕轉載", "松浦晨光"),
        ("© 2024 松浦晨光 任何单位不得转载", "松浦晨光"),
        ("© 2024 松浦晨光 如欲转载请联系本站", "松浦晨光"),
        ("© 2024 松浦晨光 一切权利保留", "松浦晨光"),
        ("© 2024 Tidewell Gazette 拒絕轉載", "Tidewell Gazette"),
        ("© 2024 Tidewell Gazette Do not reproduce without permission", "Tidewell Gazette"),
        ("© 2024 Tidewell Gazette Not to be reproduced without permission", "Tidewell Gazette"),
    ],
)
def test_terms_after_a_copyright_party_are_no_part_of_its_name(text: str, holder: str) -> None:
    """A ban, a welcome or a reservation printed after a © line's party without punctuation ends
    the name, in either script (new-user trial on Chinese pages: '© 2024 <domain> 未经授权不得转载'
    gave the ban itself as the rights holder)."""
    assert parse_notice(text, site="松浦网").rights_holder == holder


@pytest.mark.parametrize(
    ("text", "holder", "forbidden"),
    [
        ("《溪谷雜誌》第128期　版權所有‧翻印必究", "溪谷雜誌", ("copy",)),  # 翻印 → copy (README verb mapping)
        ("《溪谷杂志》总第86期 版权所有 翻印必究", "溪谷杂志", ("copy",)),
        ("《远帆文摘》第12卷第3期 版权所有，未经许可不得转载", "远帆文摘", ("reprint",)),
        ("溪谷雜誌第86期版權所有", "溪谷雜誌", ()),
        ("© 2024 Tidewell Review No. 128. All rights reserved.", "Tidewell Review", ()),
        ("© 2024 Tidewell Review Issue 128 All rights reserved.", "Tidewell Review", ()),
    ],
)
def test_an_issue_number_is_no_part_of_the_titles_name(text: str, holder: str, forbidden: tuple[str, ...]) -> None:
    """Names come without 《》 and without the issue an imprint line prints after the title."""
    n = parse_notice(text)
    assert (n.rights_holder, n.forbidden_uses) == (holder, forbidden)


@pytest.mark.parametrize(
    "text",
    [
        "本文系松浦网独家稿件，未经授权禁止转载。\n本网法律顾问：松浦律师事务所　联系电话：020-8555 0187",
        "本網內容未經授權不得轉載。\n本網法律顧問：溪谷律師事務所　電話：(02)2555-0187",
        "本站所有稿件未经授权不得转载。\n本站常年法律顾问：北浦律师事务所 林律师 电话：010-6555 0187",
        "© 2024 Tidewell Gazette. No reproduction without permission.\nLegal counsel: Reed & Vale LLP, +44 20 7946 0187",
    ],
)
def test_a_legal_advisers_number_is_no_licensing_desk(text: str) -> None:
    """The site's legal adviser (法律顾问, 律师事务所, "legal counsel") acts in disputes; it sells no
    licence, so its number under a ban is `other` (a copyright lawyer printed as the licensing
    route, 版权法律顾问, stays `licensing`: bench/notices README, Round 8)."""
    assert [p.role for p in parse_notice(text).phones] == ["other"]
    n = parse_notice("未经许可不得转载\n版权法律顾问：北浦律师事务所 电话：010-6555 0188")
    assert [p.role for p in n.phones] == ["licensing"]
    n = parse_notice("未經許可不得轉載\n版權法律顧問：北浦律師事務所 電話：(02)2555-0188")
    assert [p.role for p in n.phones] == ["licensing"]


@pytest.mark.parametrize(
    ("text", "forbidden", "permitted", "conditions"),
    [
        # WeChat's standard rule: the credit asked at the top, the QR code and the notice kept
        ("本文为松浦发布原创，转载请在文章开头注明来源及作者，并保留文末二维码及本声明。", (), ("reprint",), ("credit", "keep_notice")),
        ("本文為松浦發布原創，轉載請在文章開頭註明來源及作者，並保留文末二維碼及本聲明。", (), ("reprint",), ("credit", "keep_notice")),
        ("转载时请于文首注明出处。", (), ("reprint",), ("credit",)),
        ("转载请务必在文末注明作者及来源", (), ("reprint",), ("credit",)),
        # the account's QR code kept, as a watermark naming the source is (README, Round 28A)
        ("转载请注明来源并保留文末二维码", (), ("reprint",), ("credit", "keep_notice")),
        # a reprint that needs a licence: what licensees must do is no condition (README, Rounds 18A/20A)
        ("本文为松浦发布原创，转载请联系授权，并在文首注明来源、保留文末二维码。", ("reprint",), (), ()),
        ("如需转载请联系 rights@songpu.example.cn 获取授权，并注明来源。", ("reprint",), (), ()),
    ],
)
def test_a_reprint_rule_that_asks_for_the_credit_at_a_place(
    text: str, forbidden: tuple[str, ...], permitted: tuple[str, ...], conditions: tuple[str, ...]
) -> None:
    """'转载请在文章开头注明来源' permits reprinting on a credit, wherever the copy must print it;
    '转载请联系授权，并…注明来源' forbids it unless licensed, and its credit binds licensees only."""
    n = parse_notice(text)
    assert (n.forbidden_uses, n.permitted_uses, n.conditions) == (forbidden, permitted, conditions)
    # a commercial-only request leaves the other reprints permitted on their own terms
    n = parse_notice("商业转载请联系作者获得授权，非商业转载请注明出处。")
    assert (n.forbidden_uses, n.permitted_uses, n.conditions) == ((), ("reprint",), ("credit", "non_commercial"))


@pytest.mark.parametrize(
    ("tail", "holder", "permitted"),
    [
        # 引用 is not mapped (bench/notices README, Round 2), nor is forwarding (Round 3)
        ("本新聞稿由遠溪電子提供，歡迎媒體引用。", "遠溪電子", ()),
        ("本新闻稿由远溪电子提供，欢迎转发引用。", "远溪电子", ()),
        ("本新闻稿由远溪电子提供，欢迎转载。", "远溪电子", ("reprint",)),
        ("本新聞稿由遠溪電子提供，歡迎媒體轉載。", "遠溪電子", ("reprint",)),
    ],
)
def test_a_press_releases_media_use_line_is_its_notice(tail: str, holder: str, permitted: tuple[str, ...]) -> None:
    """A company release's closing line (本新聞稿由X提供，歡迎媒體引用) is a notice line: it leaves the
    fingerprinted body (a copy without it is a reprint, not an edit) and names the provider."""
    doc = extract("\n\n".join([*_BODY_ZH, tail]), content_type="text")
    assert doc.notice_text == tail and tail not in doc.text
    n = parse_notice(doc.notice_text, site=doc.outlet)
    assert (n.rights_holder, n.forbidden_uses, n.permitted_uses) == (holder, (), permitted)


@pytest.mark.parametrize(
    ("text", "forbidden", "permitted"),
    [
        # 如需转载 asking only the credit is a permission on that credit (before: leave first)
        ("如需转载，请注明出处。", (), ("reprint",)),
        ("如需转载，请在文首注明出处。", (), ("reprint",)),
        # … asking whom to contact or a licence stays leave first
        ("如需转载，请注明出处并联系授权。", ("reprint",), ()),
        ("如需转载，请联系本报。", ("reprint",), ()),
    ],
)
def test_if_you_need_to_reprint_asks_leave_only_when_it_asks_for_it(text, forbidden, permitted):
    notice = parse_notice(text)
    assert (notice.forbidden_uses, notice.permitted_uses) == (forbidden, permitted)


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # names of shapes a probe of claim templates × invented names found cut (session 22)
        ("本文为《青岚周刊》杂志社原创，未经授权不得转载。", "《青岚周刊》杂志社"),
        ("《青岚周刊》杂志社独家稿件，未经授权禁止转载", "《青岚周刊》杂志社"),
        ("《青岚周刊》杂志社拥有本文版权，未经许可不得转载。", "《青岚周刊》杂志社"),
        ("版权所有：《青岚周刊》杂志社", "《青岚周刊》杂志社"),
        ("版权所有 《青岚周刊》杂志社　未经授权禁止复制或建立镜像", "《青岚周刊》杂志社"),
        ("版权所有 36氪　未经授权禁止复制或建立镜像", "36氪"),
        ("版权所有 21世纪经济报道　未经授权禁止复制或建立镜像", "21世纪经济报道"),
        ("版权所有 2024年 青岚新闻网", "青岚新闻网"),  # a year is no name's figures
        ("© 2025 The St. Mary's Herald. All rights reserved.", "The St. Mary's Herald"),
        ("Copyright © 2025 Mt. Kellan Courier", "Mt. Kellan Courier"),
        ("© 2025 9to5 Daily. All rights reserved.", "9to5 Daily"),
        ("Copyright 2025 by 9to5 Daily. All rights reserved.", "9to5 Daily"),
    ],
)
def test_names_with_titles_figures_and_abbreviated_words(text, holder):
    assert parse_notice(text).rights_holder == holder


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # footers run onto one line (a text view): a role verb far along the line is another
        # field's (出版 before 聯絡信箱：…, 主办 in an address row), not the brand–company split
        ("© 2026 玄竹學生報　本報內容採用 創用CC 姓名標示-非商業性-相同方式分享 4.0 國際 授權條款 玄竹大學大眾傳播學系出版　"
         "聯絡信箱：editor@xuanzhu.example.tw　電話：(03)538-6217", "玄竹學生報"),
        ("Copyright© 2025 章贡理工大学.All Rights Reserved. 学校地址：江西省赣州市章江大道1988号 邮编：341000 党委宣传部主办　"
         "赣ICP备05004126号", "章贡理工大学"),
        ("山城週刊 發行 山城文化出版股份有限公司 版權所有", "山城文化出版股份有限公司"),  # the split near the start stays
    ],
)
def test_a_role_verb_far_along_a_joined_footer_splits_no_name(text, holder):
    assert parse_notice(text).rights_holder == holder


@pytest.mark.parametrize(
    ("text", "forbidden", "permitted"),
    [
        # bans and permissions in other languages of multilingual places (session 22)
        ("Toute reproduction, même partielle, est interdite sans autorisation.", {"copy"}, set()),
        ("Vietata la riproduzione anche parziale senza autorizzazione.", {"copy"}, set()),
        ("Nachdruck nur mit Genehmigung des Verlags.", {"reprint"}, set()),
        ("Vervielfältigung und Verbreitung nur mit schriftlicher Genehmigung.", {"copy", "redistribute"}, set()),
        ("Niets uit deze uitgave mag worden verveelvoudigd zonder toestemming.", {"copy"}, set()),
        ("Alle regte voorbehou. Geen deel mag sonder toestemming gereproduseer word nie.", {"copy"}, set()),
        ("Dilarang mengutip, menyalin, dan mendistribusikan berita ini tanpa izin.", {"excerpt", "copy", "redistribute"}, set()),
        ("Bawal kopyahin o ilathala muli nang walang pahintulot.", {"copy", "reprint"}, set()),
        ("Перепечатка материалов без разрешения редакции запрещена.", {"reprint"}, set()),
        ("무단 전재 및 재배포 금지", {"reprint", "redistribute"}, set()),
        ("La reproduction est autorisée à condition de citer la source.", set(), {"copy"}),
    ],
)
def test_bans_and_permissions_in_other_languages(text, forbidden, permitted):
    notice = parse_notice(text)
    assert (set(notice.forbidden_uses), set(notice.permitted_uses)) == (forbidden, permitted)
    assert notice.rights_holder is None  # a ban is no name


@pytest.mark.parametrize("ban", ["Toute reproduction, même partielle, est interdite sans autorisation.", "무단 전재 및 재배포 금지",
                                 "Dilarang menyalin atau menerbitkan semula kandungan ini tanpa kebenaran."])
def test_a_ban_in_another_language_under_an_article_is_its_notice(ban):
    body = "\n\n".join(f"Paragraph {i}: the harbour board approved a plan on Monday to rebuild the north breakwater." for i in range(8))
    doc = extract(f"Breakwater plan approved\n\n{body}\n\n{ban}", content_type="text")
    assert doc.notice_text == ban
    assert ban not in doc.text


# --- a footer's link row run into the claim; a language is no outlet (session 25) --------------
@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("联系我们 关于我们 网站地图 青州日报社版权所有", "青州日报社"),
        ("联系我们 青州日报社版权所有", "青州日报社"),  # 联系 is no "系" (is)
        ("关于我们联系我们北河晚报版权所有", "北河晚报"),
        ("隱私權政策｜資訊安全政策｜政府網站資料開放宣告溪南縣政府 版權所有", "溪南縣政府"),
        ("網站導覽 隱私權政策 溪南市立圖書館 版權所有 © 2025", "溪南市立圖書館"),
        ("网站地图　联系我们　隐私政策　临江新闻网 版权所有 未经授权禁止转载", "临江新闻网"),
    ],
)
def test_a_link_row_run_into_the_claim_is_no_part_of_the_name(text, holder):
    assert parse_notice(text).rights_holder == holder


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("This report was originally published in Arabic and translated into English by Samer Haddad.", None),
        ("This article first appeared in Portuguese.", None),
        ("This story was originally published in Spanish by Voz del Valle and is republished with permission.", "Voz del Valle"),
        ("Originally published in Swahili on Pwani Sauti.", "Pwani Sauti"),
        ("This report was first published in Bengali in Dainik Nodi.", "Dainik Nodi"),
        ("This piece was originally published in The Kestrel Review.", "The Kestrel Review"),
        ("ALL RIGHTS RESERVED\nCOPYRIGHT AND PROTECTED BY APPLICABLE LAW", None),
        ("© 2025 AND Media Group. All rights reserved.", "AND Media Group"),
    ],
)
def test_a_language_or_a_clause_after_copyright_is_no_holder(text, holder):
    assert parse_notice(text).rights_holder == holder


# --- "All rights reserved" in the languages of other places' footers (session 25) --------------
@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("hakimiliki@2017Ruhanga Manispaa haki zote zimehifadhiwa", "Ruhanga Manispaa"),
        ("Hakimiliki © 2024 Baraza Media Ltd. Haki zote zimehifadhiwa.", "Baraza Media Ltd."),
        ("Hak Cipta 2024 Kabar Lembah. Hak cipta dilindungi undang-undang.", "Kabar Lembah"),
        ("Hakcipta Terpelihara 2024 Lembah Post", "Lembah Post"),
        ("© 2024 Lembah Post Sdn Bhd Hak cipta terpelihara", "Lembah Post Sdn Bhd"),
        ("Copyright 2024 Dagblad Noord Alle rechten voorbehouden", "Dagblad Noord"),
        ("© 2024 Vadi Haber Tüm hakları saklıdır", "Vadi Haber"),
        ("© 2024 Gazeta Dolina. Wszelkie prawa zastrzeżone.", "Gazeta Dolina"),
        ("© 2024 Долина Ньюс. Все права защищены.", "Долина Ньюс"),
    ],
)
def test_a_reservation_in_another_language_ends_the_name_and_opens_a_notice(line, holder):
    assert parse_notice(line).rights_holder == holder
    body = "\n\n".join(f"Paragraph {i}: the district council opened two new classrooms and a clinic on Friday." for i in range(8))
    doc = extract(f"Council opens classrooms\n\n{body}\n\nPrivacy | Contact\n{line}\n", content_type="text")
    assert doc.notice_text is not None and line in doc.notice_text and line not in doc.text


@pytest.mark.parametrize(
    "line", ["Haki zote zimehifadhiwa.", "Alle rechten voorbehouden.", "Lahat ng karapatan ay nakalaan.", "جميع الحقوق محفوظة"]
)
def test_a_bare_reservation_in_another_language_is_a_notice_line_naming_no_one(line):
    assert _is_notice_line(line)
    assert parse_notice(line).rights_holder is None


# --- a new user's trial, session 25 ------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # an emoji's variation selector after the sign, a full-width Latin name
        ("©\ufe0f 2025 Millbrook Messenger Inc. All Rights Reserved.", "Millbrook Messenger Inc."),
        ("©２０２５ Ｔｈｅ Ｍｉｌｌｂｒｏｏｋ Ｍｅｓｓｅｎｇｅｒ．Ａｌｌ ｒｉｇｈｔｓ ｒｅｓｅｒｖｅｄ．", "The Millbrook Messenger"),
        ("ＣＮＳ新闻网版权所有", "ＣＮＳ新闻网"),  # a Chinese name keeps its full-width letters as written
        # a joint production gives the rights to 双方: the pair its clause names
        ("本文系江城晨报社与东湖大学新闻学院联合出品，版权归双方共同所有，未经许可不得转载。", "江城晨报社与东湖大学新闻学院"),
        ("本作品由漠城广播电视台與漠城市农业农村局联合采制，版权归双方共同所有", "漠城广播电视台與漠城市农业农村局"),
        ("本文由江城晨报社、东湖大学新闻学院共同所有，未经许可不得转载。", "江城晨报社、东湖大学新闻学院"),
    ],
)
def test_trial_holders_with_a_selector_full_width_letters_or_both_parties(text, holder):
    assert parse_notice(text).rights_holder == holder


@pytest.mark.parametrize(
    "statement", ["本網站內容，包括文字及圖片，均受版權保護。轉載須經本公司書面同意。", "本网站内容均受版权保护，转载须经本公司书面同意。"]
)
def test_a_site_content_protected_statement_under_the_article_is_its_notice(statement):
    body = "".join(f"<p>第{i}段：觀塘海濱長廊新設施今日啟用，區議員及居民代表出席開幕儀式，居民反應正面，場面熱鬧。</p>" for i in range(6))
    doc = extract(f"<html><body><article><h1>新設施啟用</h1>{body}<p>{statement}</p></article><footer>© 2025 九龍快訊有限公司</footer></body></html>")
    assert statement in (doc.notice_text or "")
    assert statement not in doc.text
    assert "reprint" in parse_notice(doc.notice_text).forbidden_uses


# --- how the notice is written into the page: line breaks, wraps and decoration, session 26 -------
@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # a company's name broken over lines of a <br>-split footer
        ("Copyright © 2025\nHarbor Light\nPublishing Co.\nAll rights reserved.", "Harbor Light Publishing Co."),
        # a hard wrap between two words of the name stands for a space, not for nothing
        ("This article is copyright 2025 Northgate\nPublishing Ltd and may not be reproduced\nwithout permission.", "Northgate Publishing Ltd"),
        # greedy (first-fit) wrapping: "Company." did not fit on the first line
        (
            "Copyright 2025 Cedar Rapids Weekly Observer Publishing\nCompany. All rights reserved. No part of this publication may\n"
            "be reproduced in any form without the written permission of\nthe publisher.",
            "Cedar Rapids Weekly Observer Publishing Company",
        ),
        # a line ending on a function word goes on in the next
        ("This article is copyright 2025 by\nThe Fenwick Observer and may not be republished without permission.", "The Fenwick Observer"),
        # a word hyphenated at a line's end: a capital after the hyphen keeps it
        ("© 2025 Redwood Valley Press-\nEnterprise. All rights reserved. Not for redistri-\nbution.", "Redwood Valley Press-Enterprise"),
        # a Chinese claim wrapped inside its name
        ("声明：本文为临江晚报原创稿件，版权归临江晚\n报社所有，未经授权不得转载、摘编。", "临江晚报社"),
        ("本文为临江\n晚报原创，未经授权不得转载。", "临江晚报"),
        # a box drawn round the notice, Markdown's bold, &nbsp; between the words
        ("┌──────────────┐\n│ 版权所有：南溪日报社 │\n│ 未经许可不得转载 │\n└──────────────┘", "南溪日报社"),
        ("**© 2025 Tidewater News Co.** All rights reserved. Do not republish without permission.", "Tidewater News Co."),
        ("©\u00a02025\u00a0Silverton\u00a0Herald\u00a0Inc.\u00a0|\u00a0All\u00a0rights\u00a0reserved", "Silverton Herald Inc."),
        # a footer's separator between the year and the name
        ("© 2025 | Westfield Star-Ledger | All rights reserved", "Westfield Star-Ledger"),
        ("Copyright © 2025 · Westfield Herald · All rights reserved", "Westfield Herald"),
    ],
)
def test_a_notice_broken_wrapped_or_decorated_names_its_holder(text, holder):
    assert parse_notice(text).rights_holder == holder


def test_a_word_hyphenated_at_a_line_end_is_read_whole_for_the_uses():
    notice = parse_notice("© 2025 Redwood Valley Press-Enterprise. All rights reserved.\nNot for redistri-\nbution.")
    assert notice.forbidden_uses == ("redistribute",)


@pytest.mark.parametrize(
    "text",
    [
        # lines that are not one name: a bio line above the © line, a heading over it, a vendor's credit
        "Jane Roe is a reporter for the\n© 2025 Pine Hill Courier",
        "Copyright © 2026 | Designed by Bolan WebWorks",
    ],
)
def test_no_break_or_separator_makes_a_vendor_or_a_bio_the_holder(text):
    assert parse_notice(text, site="Pine Hill Courier").rights_holder == "Pine Hill Courier"
