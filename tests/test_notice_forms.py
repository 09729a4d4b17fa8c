"""Notices as outlets print them: table-driven cases rebuilt from real structures.

Each case keeps the structure of a notice seen in public material (the source is named in the
case's comment) and replaces every name, number and address with an invented one
(``.example`` domains, Ofcom drama numbers, 555-01xx). Values are asserted exactly.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reprint_guard.extract import extract
from reprint_guard.notice import find, parse_notice

BODY = "\n".join(
    f"第{i}段：青石县今年新建的十二座口袋公园全部向市民开放，园内种植了银杏、樱花和桂花，"
    "附近居民每天傍晚都来散步，县园林部门表示明年还将继续改造老旧街角空地。"
    for i in range(1, 9)
)


def _contacts(notice):
    return (
        [(p.e164, p.role) for p in notice.phones],
        [(e.address, e.role) for e in notice.emails],
        [(u.url, u.role) for u in notice.urls],
    )


# --- holder, uses and permissions ------------------------------------------------------------
HOLDER_CASES = [
    # a republish box whose question is answered by the grant (new-user trial, session 12)
    pytest.param(
        "Want to republish this story? You can, for free, under a Creative Commons Attribution-NoDerivatives 4.0 "
        "licence, as long as you credit The Marram Ledger and link to the original.",
        "Marram Ledger",
        (),
        ("reprint", "copy", "redistribute"),
        ("credit", "no_derivatives", "link_back"),
        id="en-republish-question-answered-by-a-grant",
    ),
    pytest.param(
        "Got a story? WhatsApp us at +65 8555 0194.\nWant to republish a Riverwick story? Write to licensing (at) "
        "riverwick (dot) example (dot) sg.",
        "Riverwick",
        ("reprint",),
        (),
        (),
        id="en-republish-a-x-story",
    ),
    # Permissions on a credit and bans on a licence in the "may be reproduced" form (structures:
    # South Asian and Pacific dailies' footers, bench/notices rounds 18 and 19), 剪辑 and
    # publishing the site's content elsewhere as uses
    pytest.param(
        "© Drukyul Media Corporation Ltd. 2024. Content from this website may be reproduced only with due "
        "acknowledgement to The Drukyul Daily.",
        "Drukyul Media Corporation Ltd.",
        (),
        ("copy",),
        ("credit",),
        id="en-reproduced-with-acknowledgement",
    ),
    pytest.param(
        "© 2024 Lakeview Tribune. Articles may be reproduced only with the written permission of the Editor.",
        "Lakeview Tribune",
        ("copy",),
        (),
        (),
        id="en-reproduced-only-with-permission",
    ),
    pytest.param(
        "本节目由夜渡工作室出品，版权归夜渡工作室所有，未经授权禁止转载、剪辑搬运至其他平台。",
        "夜渡工作室",
        ("reprint", "modify"),
        (),
        (),
        id="zh-cutting-a-programme",
    ),
    pytest.param(
        "声明：本站文章均为溪桥网原创发布。未征得本站同意，禁止复制、采集、发布本站内容到任何网站。",
        "溪桥网",
        ("reprint", "copy", "scrape"),
        (),
        (),
        id="zh-publishing-elsewhere",
    ),
    # A desk's label names whom to ask and forbids nothing; a line that asks readers to write
    # in for a licence does (structures: Taiwanese and Hong Kong online outlets' footers and
    # ※ lines, rounds 10 and 19 of bench/notices).
    pytest.param(
        "© 2024 霧溪速報\n新聞爆料 WhatsApp：6138 2207 ｜ 廣告查詢：ads@wuxi.example.com.hk ｜ 轉載授權：rights@wuxi.example.com.hk",
        "霧溪速報",
        (),
        (),
        (),
        id="hk-desk-label-forbids-nothing",
    ),
    pytest.param(
        "【嵐角】本文為本站原創，歡迎分享連結；全文轉載請來信 editor@lanjiao.example.tw 取得授權。",
        None,  # 本站: the page's site, given by the page (test_page_parties)
        ("reprint",),
        (),
        (),
        id="tw-write-in-for-a-licence",
    ),
    # Lines run together (a text extraction that joins a footer's rows)
    pytest.param(
        "Copyright © 2025 by Tallow Quarterly This text is protected by copyright and may not be reproduced, "
        "distributed, or modified without permission",
        "Tallow Quarterly",
        ("modify", "copy", "redistribute"),
        (),
        (),
        id="en-joined-next-sentence",
    ),
    pytest.param(
        "Republishing this article Copyright owned or licensed by Brackwater Star Newspapers Limited. All rights "
        "reserved. Republication or distribution of this content is expressly prohibited without the prior written consent.",
        "Brackwater Star Newspapers Limited",
        ("reprint", "redistribute"),
        (),
        (),
        id="en-owned-or-licensed-by",
    ),
    pytest.param(
        "私隱條款 | 免責聲明 | 廣告查詢 | 聯絡我們 灣岸財經新聞有限公司版權所有，不得轉載。",
        "灣岸財經新聞有限公司",
        ("reprint",),
        (),
        (),
        id="hk-link-row-before-claim",
    ),
    pytest.param(
        "《鷺島週刊》由鷺島出版股份有限公司出版　本網站由鷺島數位股份有限公司營運 鷺島出版股份有限公司版權所有",
        "鷺島出版股份有限公司",
        (),
        (),
        (),
        id="tw-operator-then-holder",
    ),
    pytest.param(
        "© 2024 澳門鏡湖傳媒有限公司 Kingwu Media Limited Kingwu Media, Limitada 版權所有 電話：(853) 2872 6100",
        "澳門鏡湖傳媒有限公司",
        (),
        (),
        (),
        id="mo-field-label-after-claim",
    ),
    # Structure: the Spokesman-Review's printed copyright notice (pages corpus).
    pytest.param(
        "Copyright © 2024, The Riverside Courier. All rights reserved.\n"
        "No part of The Riverside Courier may be reproduced in any form by any means without permission "
        "in writing from the publisher. Purchasers are granted the right to make two photocopies for "
        "personal, non-commercial use.",
        "The Riverside Courier",
        (),
        ("copy",),
        ("non_commercial",),
        id="en-no-part-personal-copies",
    ),
    # Structure: a local paper's copyright page ("Material may not be copied or reprinted from the
    # newspaper without prior written authorization from the Editor").
    pytest.param(
        "Items appearing in The Prairie Ledger are protected by copyright. Material may not be copied "
        "or reprinted from the newspaper without prior written authorization from the Editor.",
        None,
        ("reprint", "copy"),
        (),
        (),
        id="en-may-not-be-copied-editor",
    ),
    # Structure: a Chinese site's 版权声明 page naming only 我们 (code corpus, a JSP rights page).
    pytest.param(
        "本网站的所有内容之知识产权，均由我们及/或相关权利方单独或共同所有。未经我们及/或相关权利方事先书面同意，"
        "请勿以任何方式使用、转载、修改、复制、发行本网站之内容。",
        None,
        ("reprint", "modify", "copy"),
        (),
        (),
        id="zh-we-own-no-name",
    ),
    # Structure: 声明：本文为X原创 + 未经授权不得转载、修改、摘编 (the held-out corpus kind).
    pytest.param(
        "声明：本文为青石融媒原创，未经授权不得转载、修改、摘编，违者必究。",
        "青石融媒",
        ("reprint", "modify", "excerpt"),
        (),
        (),
        id="zh-statement-original",
    ),
    pytest.param(
        "【稿件声明】本文为白鹭周刊原创稿件，转载请注明出处，违者必究。",
        "白鹭周刊",
        (),
        ("reprint",),
        ("credit",),
        id="zh-manuscript-statement-credit",
    ),
    pytest.param("《晴川》杂志原创，欢迎转载，请注明出处。", "晴川", (), ("reprint",), ("credit",), id="zh-magazine-original"),
    pytest.param(
        "凡本网注明“来源：松涛网”的所有作品，版权均属于松涛网，未经授权不得转载、摘编。",
        "松涛网",
        ("reprint", "excerpt"),
        (),
        (),
        id="zh-where-marked-source",
    ),
    pytest.param("本文经“晨读笔记”公众号授权转载。", "晨读笔记", (), (), (), id="zh-licensed-reprint"),
    pytest.param("版權所有，未經授權不得轉載。\n翠灣日報", "翠灣日報", ("reprint",), (), (), id="hk-traditional-signature"),
    pytest.param("翠灣日報版權所有不得轉載© 2024 Jade Bay Daily", "翠灣日報", ("reprint",), (), (), id="hk-glued-to-sign"),
    pytest.param(
        "华彩网版权所有，未经协议授权，禁止下载使用。", "华彩网", ("download",), (), (), id="zh-agreement-is-no-holder"
    ),
    pytest.param(
        "© 2024 Wexford Media Ltd. For licensing enquiries write to rights@wexford.example.",
        "Wexford Media Ltd.",
        (),
        (),
        (),
        id="en-holder-ends-at-ltd",
    ),
    pytest.param(
        "© 2024 Lantern News Group or its affiliated companies. All rights reserved.",
        "Lantern News Group",
        (),
        (),
        (),
        id="en-affiliated-companies",
    ),
    pytest.param(
        "Copyright 2024 by Hillside Tribune. No Hillside Tribune material may be republished without permission.",
        "Hillside Tribune",
        ("reprint",),
        (),
        (),
        id="en-copyright-by-subject-forbids",
    ),
    pytest.param(
        "This material may not be published, broadcast, rewritten or redistributed.",
        None,
        ("reprint", "modify", "broadcast", "redistribute"),
        (),
        (),
        id="en-wire-line",
    ),
    pytest.param(
        "本文内容未经书面许可，禁止转载、镜像或用于人工智能模型训练，禁止爬虫抓取。",
        None,
        ("reprint", "mirror", "scrape", "ai_training"),
        (),
        (),
        id="zh-mirror-scrape-ai",
    ),
    pytest.param(
        "未经许可不得转载、修改、\n摘编。",
        None,
        ("reprint", "modify", "excerpt"),
        (),
        (),
        id="zh-uses-across-line-break",
    ),
    pytest.param("拒绝任何不保留版权的转载。", None, (), ("reprint",), ("keep_notice",), id="zh-keep-notice"),
    pytest.param(
        "商业转载请联系作者获得授权，非商业转载请注明出处。",
        None,
        (),
        ("reprint",),
        ("credit", "non_commercial"),
        id="zh-non-commercial-credit",
    ),
    pytest.param(
        "This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License.",
        None,
        (),
        ("reprint", "copy", "redistribute"),
        ("credit", "no_derivatives"),
        id="en-cc-by-nd",
    ),
    pytest.param(
        "本站文章採用 CC BY-NC-SA 3.0 TW 授權。",
        None,
        (),
        ("reprint", "modify", "copy", "redistribute"),
        ("credit", "non_commercial", "share_alike"),
        id="tw-cc-abbreviated",
    ),
]


@pytest.mark.parametrize(("text", "holder", "forbidden", "permitted", "conditions"), HOLDER_CASES)
def test_holder_uses_and_permissions(
    text: str, holder: str | None, forbidden: tuple[str, ...], permitted: tuple[str, ...], conditions: tuple[str, ...]
) -> None:
    notice = parse_notice(text)
    assert notice.rights_holder == holder
    assert notice.forbidden_uses == forbidden
    assert notice.permitted_uses == permitted
    assert notice.conditions == conditions


def test_creative_commons_licence_ids() -> None:
    assert parse_notice("Licensed under CC BY-NC-ND 3.0.").licence == "CC BY-NC-ND 3.0"
    assert parse_notice("see creativecommons.org/licenses/by-sa/4.0/").licence == "CC BY-SA 4.0"
    assert parse_notice("Creative Commons Attribution 3.0").licence == "CC BY 3.0"
    assert parse_notice("All rights reserved.").licence is None


@pytest.mark.parametrize(
    "text",
    [
        "免责声明：本文仅代表作者本人观点，与本网无关。",
        "本文为转载，不代表本网立场，如有侵权请联系删除。",
        "本文为梧桐号作者或机构在梧桐新闻上传并发布，仅代表该作者或机构观点，梧桐新闻仅提供信息发布平台。",
        "【青石晚报专讯】（记者 林远）",
        "来源：青石晚报",
        "The views expressed in this article are the author's own.",
        "网友评论仅供其表达个人看法，并不表明本网同意其观点。",
    ],
    ids=["disclaimer", "platform-reprint", "platform-upload", "credit-line", "source-line", "views", "comment-rules"],
)
def test_not_claims_name_no_holder(text: str) -> None:
    assert parse_notice(text).rights_holder is None


# --- contacts and roles ------------------------------------------------------------------------
CONTACT_CASES = [
    pytest.param(
        "版权所有 © 2024 碧湾报业有限公司。未经授权，不得转载。\n转载授权查询：852 3555 0142 订阅部：852 3555 0100",
        [("+85235550142", "licensing"), ("+85235550100", "subscription")],
        [],
        id="hk-852-without-plus",
    ),
    pytest.param(
        "澳濤日報 版權所有\n地址：澳門新馬路9號 電話：(853) 2855 0188 傳真：(853) 2855 0199\n廣告部：(853) 2855 0177",
        [("+85328550188", "other"), ("+85328550199", "other"), ("+85328550177", "advertising")],
        [],
        id="macau-853-brackets",
    ),
    pytest.param(
        "非經授權，不得轉載。客服電話：(02)2555-0123 讀者服務：reader[at]lanyu.example.tw",
        [("+886225550123", "other")],
        [("reader@lanyu.example.tw", "other")],
        id="tw-02-area",
    ),
    pytest.param(
        "本报所有稿件版权归青石日报社所有，未经许可不得转载。海外授权请拨：0086-871-65550199；国内：0871-65550199。",
        [("+8687165550199", "licensing")],
        [],
        id="zh-0086-prefix",
    ),
    pytest.param(
        "青石日报社版权所有 未经许可不得转载\n订报热线：0871-65550111　广告：0871-65550122\n新闻报料：0871-65550133\n"
        "违法和不良信息举报电话：0871-65550144",
        [
            ("+8687165550111", "subscription"),
            ("+8687165550122", "advertising"),
            ("+8687165550133", "tip"),
            ("+8687165550144", "complaint"),
        ],
        [],
        id="zh-roles-never-licensing",
    ),
    pytest.param(
        "Contact us: newsdesk 01632 960321 | advertising 01632 960322\n© 2024 Fenland Echo Ltd",
        [("+441632960321", "tip"), ("+441632960322", "advertising")],
        [],
        id="uk-roles",
    ),
    pytest.param(
        "Copyright ©2024 Brook & Vale, Inc. For reprints contact Brook Reprints at 1-800-555-0145.",
        [("+18005550145", "licensing")],
        [],
        id="us-country-code-without-plus",
    ),
    pytest.param(
        "本文系青石融媒原创，如需转载请联系：bq\u200b@\u200bqingshi.example.cn，并注明来源。",
        [],
        [("bq@qingshi.example.cn", "licensing")],
        id="zero-width-email",
    ),
    pytest.param(
        "如有侵权，请联系 copyright (at) qingshi.example.cn；投稿邮箱：tougao＠qingshi.example.cn",
        [],
        [("copyright@qingshi.example.cn", "licensing"), ("tougao@qingshi.example.cn", "other")],
        id="at-and-fullwidth-at",
    ),
]


@pytest.mark.parametrize(("text", "phones", "emails"), CONTACT_CASES)
def test_contacts_with_roles(text: str, phones: list[tuple[str, str]], emails: list[tuple[str, str]]) -> None:
    got_phones, got_emails, _ = _contacts(parse_notice(text))
    assert got_phones == phones
    assert got_emails == emails


@pytest.mark.parametrize(
    "text",
    [
        "京ICP证036123号 | 京公网安备11010502030123号 | 互联网新闻信息服务许可证10120170123",
        "国内统一连续出版物号：CN 53-0001 邮发代号：63-1",
        "本文来自微信公众号“夜读”（ID：yedu20190123）",
        '<img src="/static/logo@2x.png"> icon_13912345678.png',
        "https://news.example.cn/2024/0315/13912345678.html",
        "Registered in England & Wales | 01234567",
        "KLT Press Sdn Bhd (1234567-X) All Rights Reserved",
    ],
    ids=["icp-lines", "kan-hao", "account-id", "file-names", "url", "company-number", "bracketed-company-number"],
)
def test_registration_numbers_ids_and_files_are_no_contacts(text: str) -> None:
    notice = parse_notice(text)
    assert notice.phones == ()
    assert notice.emails == ()


_URL_DIGITS = st.from_regex(r"https://news\.example\.cn/20[0-9]{2}/[0-9]{4}/1[3-9][0-9]{9}\.html", fullmatch=True)


@settings(max_examples=100, deadline=None)
@given(url=_URL_DIGITS, label=st.sampled_from(["", "原文：", "版权所有，转载请联系：", "详见 "]))
def test_a_contact_never_comes_from_inside_a_url(url: str, label: str) -> None:
    notice = parse_notice(f"{label}{url}")
    assert notice.phones == ()
    assert notice.emails == ()


@settings(max_examples=100, deadline=None)
@given(st.from_regex(r"0[1-9][0-9]{1,2}-[2-8][0-9]{6,7}", fullmatch=True), st.sampled_from(["举报", "报料", "订报", "发行"]))
def test_a_tip_complaint_or_subscription_number_is_never_licensing(number: str, label: str) -> None:
    text = f"版权所有，未经许可不得转载。{label}电话：{number}"
    assert all(p.role != "licensing" for p in parse_notice(text).phones)


# --- finding the notice on the page ----------------------------------------------------------
def _page(body_html: str, after: str = "", head: str = "") -> str:
    return (
        f"<html><head><title>青石县口袋公园开放</title>{head}</head><body><div class='article'><h1>青石县口袋公园开放</h1>"
        f"<div class='content'>{body_html}</div></div>{after}</body></html>"
    )


BODY_HTML = "".join(f"<p>{line}</p>" for line in BODY.splitlines())


def test_footer_with_icp_lines_between_its_parts() -> None:
    footer = (
        "<div class='footer'><p>关于我们 | 联系我们 | 广告服务</p>"
        "<p>青石网版权所有，未经书面授权禁止转载</p><p>京ICP证036123号 | 京公网安备11010502030123号</p>"
        "<p>违法和不良信息举报电话：0871-65550144</p></div>"
    )
    doc = extract(_page(BODY_HTML, footer))
    assert doc.notice_text is not None and doc.notice_text.startswith("青石网版权所有")
    notice = parse_notice(doc.notice_text)
    assert notice.rights_holder == "青石网"
    assert [(p.e164, p.role) for p in notice.phones] == [("+8687165550144", "complaint")]
    assert "ICP" not in doc.text


def test_notice_followed_by_editor_share_and_follow_lines_is_cut_from_the_body() -> None:
    tail = (
        "<p>声明：本文为青石融媒原创，未经授权不得转载、修改、摘编。</p>"
        "<p>（责任编辑：林远）</p><p>分享到：微信 微博</p><p>欢迎关注青石融媒微信公众号</p>"
    )
    doc = extract(_page(BODY_HTML + tail))
    assert doc.notice_text is not None and doc.notice_text.startswith("声明：本文为青石融媒原创")
    assert "声明" not in doc.text and "欢迎关注" not in doc.text
    assert parse_notice(doc.notice_text).rights_holder == "青石融媒"


def test_disclaimer_at_the_end_is_kept_out_of_the_body_and_names_no_holder() -> None:
    doc = extract(BODY + "\n本文为转载，不代表本网立场，如有侵权请联系删除。")
    assert doc.notice_text == "本文为转载，不代表本网立场，如有侵权请联系删除。"
    assert "不代表本网立场" not in doc.text
    assert parse_notice(doc.notice_text).rights_holder is None


@pytest.mark.parametrize(
    "line",
    [
        "網友留言只代表其個人意見，並不代表本網立場。",  # 場: outside the notice vocabulary's own characters
        "※本文內容不代表本網立場",
        "本文僅代表作者個人觀點，與本網無關。",
    ],
)
def test_a_traditional_disclaimer_at_the_end_is_kept_out_of_the_body(line: str) -> None:
    """Every Traditional character folds for the notice patterns (OpenCC's t2s table), not
    only those a pattern was written with."""
    doc = extract(BODY + "\n" + line)
    assert doc.notice_text == line
    assert line not in doc.text
    assert parse_notice(doc.notice_text).rights_holder is None


@given(st.text(alphabet=st.characters(min_codepoint=0x3400, max_codepoint=0x9FFF), max_size=40))
def test_the_notice_fold_keeps_every_offset(text: str) -> None:
    folded = find._simplified(text)
    assert len(folded) == len(text)
    assert find._simplified(folded) == folded  # Simplified is a fixed point


@pytest.mark.parametrize(
    "head",
    [
        '<meta name="copyright" content="青石日报社">',
        '<script type="application/ld+json">{"@type":"NewsArticle","copyrightHolder":{"@type":"Organization",'
        '"name":"青石日报社"}}</script>',
    ],
    ids=["meta-copyright", "json-ld"],
)
def test_head_only_notice(head: str) -> None:
    doc = extract(_page(BODY_HTML, head=head))
    assert doc.notice_text == "青石日报社"
    assert parse_notice(doc.notice_text).rights_holder == "青石日报社"
    assert re.sub(r"\s", "", doc.text) == re.sub(r"\s", "", BODY)


# --- permissions in the verdict ----------------------------------------------------------------
PERMISSIVE = (
    "{body}\n\n【稿件声明】本文为青石融媒原创稿件，欢迎转载，转载请注明出处。\n"
    "版权合作：0871-65550188　新闻报料：0871-65550199"
)


@pytest.fixture()
def permissive_store(tmp_path, cli):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "parks.txt").write_text(
        "青石县口袋公园开放\n2024-05-20 来源：青石融媒\n\n" + PERMISSIVE.format(body=BODY), encoding="utf-8"
    )
    fp = tmp_path / "fp"
    assert cli("protect", articles, "--store", fp).exit_code == 0
    return fp


def _scan(cli, store, folder):
    import json

    r = cli("scan", folder, "--store", store, "--format", "json")
    return r.exit_code, {d["path"].rsplit("/", 1)[-1]: d for d in json.loads(r.stdout)["documents"]}


def test_a_credited_copy_the_notice_permits_is_permitted_and_exits_0(cli, permissive_store, tmp_path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "credited.txt").write_text(f"{BODY}\n（来源：青石融媒）", encoding="utf-8")
    code, docs = _scan(cli, permissive_store, pages)
    assert code == 0
    doc = docs["credited.txt"]
    assert doc["verdict"] == "permitted"
    [m] = doc["matches"]
    assert (m["kind"], m["permitted"], m["unmet_conditions"]) == ("reprint", True, [])
    assert (m["permitted_uses"], m["conditions"]) == (["reprint"], ["credit"])
    assert m["rights_holder"] == "青石融媒"
    assert m["contacts"]["phones"][0]["role"] == "licensing" and m["contacts"]["phones"][1]["role"] == "tip"


@pytest.mark.parametrize("credit", ["来源：南川晨報", "来源： 南川晨报", "来源：南川 晨报", "转自南川晨报", "出处：ＮＣ南川晨报"])
def test_a_credit_is_recognised_whatever_its_spacing_width_and_script(credit: str) -> None:
    from reprint_guard.extract import extract
    from reprint_guard.verdict import is_attributed

    doc = extract(f"{BODY}\n{credit}", content_type="text")
    holder = "NC南川晨报" if "ＮＣ" in credit else "南川晨报"
    assert is_attributed(doc, None, holder, None)
    assert not is_attributed(doc, None, "北岭日报", None)


def test_an_uncredited_copy_is_a_finding_naming_the_unmet_condition(cli, permissive_store, tmp_path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "uncredited.txt").write_text(BODY, encoding="utf-8")
    code, docs = _scan(cli, permissive_store, pages)
    assert code == 1
    doc = docs["uncredited.txt"]
    assert doc["verdict"] == "reprint"
    [m] = doc["matches"]
    assert (m["permitted"], m["unmet_conditions"]) == (False, ["credit"])
    r = cli("scan", pages, "--store", permissive_store)
    text = re.sub(r"[\s\u2500-\u257f]", "", r.stdout)
    assert "Tolicense,call+8687165550188" in text
    assert "Newstips:+8687165550199" in text
    assert "Permissionnotmet:thepagedoesnotmeetcredit" in text


def test_a_suspect_page_cannot_grant_itself_a_permission(cli, tmp_path) -> None:
    # The protected article forbids reprints; the copy prints 欢迎转载 under it: still a finding.
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text(f"{BODY}\n\n青石日报社版权所有，未经许可不得转载。", encoding="utf-8")
    fp = tmp_path / "fp"
    assert cli("protect", articles, "--store", fp).exit_code == 0
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "copy.txt").write_text(f"{BODY}\n（来源：青石日报社）\n欢迎转载，请注明出处。", encoding="utf-8")
    code, docs = _scan(cli, fp, pages)
    assert code == 1 and docs["copy.txt"]["verdict"] == "reprint"


def test_no_licensing_contact_printed() -> None:
    from rich.console import Console

    from reprint_guard.report.terminal import _contacts
    from reprint_guard.verdict import NO_LICENCE, ArticleRef, Match
    from reprint_guard.verify import Alignment

    notice = parse_notice("青石日报社版权所有\n新闻报料：0871-65550199")
    match = Match(
        article=ArticleRef("0" * 12, None, "a.txt", None, None, None),
        kind="reprint",
        licence=NO_LICENCE,
        attributed=False,
        alignment=Alignment((), 1.0, 1.0, 1.0),
        notice=notice,
        document_text="",
    )
    console = Console(width=200, record=True)
    for line in _contacts(match):
        console.print(line)
    out = console.export_text()
    assert "No licensing contact printed." in out
    assert "News tips: +8687165550199" in out


def test_the_open_licence_a_notice_grants_is_named_in_every_report(cli, tmp_path) -> None:
    """A reviewer sees which licence was applied: JSON ``notice_licence``, the CSV column and
    the panel's Permits line name it (format_version 7)."""
    import csv
    import io
    import json

    articles = tmp_path / "articles"
    articles.mkdir()
    grant = "本作品采用知识共享署名-非商业性使用-禁止演绎 4.0 国际许可协议进行许可，转载请注明出处。"
    (articles / "parks.txt").write_text(f"青石县口袋公园开放\n2024-05-20 来源：青石融媒\n\n{BODY}\n\n{grant}\n", encoding="utf-8")
    fp = tmp_path / "fp"
    assert cli("protect", articles, "--store", fp).exit_code == 0
    page = tmp_path / "copy.txt"
    page.write_text(BODY, encoding="utf-8")
    [m] = json.loads(cli("check", page, "--store", fp, "-f", "json").stdout)["documents"][0]["matches"]
    assert (m["notice_licence"], m["forbidden_uses"], m["unmet_conditions"]) == ("CC BY-NC-ND 4.0", [], ["credit"])
    [row] = list(csv.DictReader(io.StringIO(cli("check", page, "--store", fp, "-f", "csv").stdout)))
    assert row["notice_licence"] == "CC BY-NC-ND 4.0"
    assert "under CC BY-NC-ND 4.0" in cli("check", page, "--store", fp, "-f", "rich").stdout


def test_a_copy_keeping_the_articles_own_notice_credits_its_holder(cli, permissive_store, tmp_path) -> None:
    """欢迎转载，转载请注明出处: a reprint that keeps the notice naming 青石融媒 has credited it (user
    trial 10); one that keeps nothing has not."""
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "kept.txt").write_text(f"{BODY}\n【稿件声明】本文为青石融媒原创稿件，欢迎转载，转载请注明出处。", encoding="utf-8")
    (pages / "bare.txt").write_text(BODY, encoding="utf-8")
    code, docs = _scan(cli, permissive_store, pages)
    assert (docs["kept.txt"]["verdict"], docs["bare.txt"]["verdict"]) == ("permitted", "reprint")
    assert docs["kept.txt"]["matches"][0]["attributed"] is True
    assert docs["bare.txt"]["matches"][0]["unmet_conditions"] == ["credit"]


def _nc_nd_store(cli, tmp_path, notice: str):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "parks.txt").write_text(f"青石县口袋公园开放\n2024-05-20 来源：青石融媒\n\n{BODY}\n\n{notice}\n", encoding="utf-8")
    fp = tmp_path / "fp"
    assert cli("protect", articles, "--store", fp).exit_code == 0
    return fp


def test_what_a_permission_leaves_to_judge_or_excludes_is_in_every_report(cli, tmp_path) -> None:
    """A credited copy under CC BY-NC-ND is permitted on what the page shows, but whether its use
    is commercial is for a person to judge; an edited copy is not covered, however it credits
    (new-user trial, session 19: neither was in the rich panel or the CSV)."""
    import csv
    import io
    import json

    fp = _nc_nd_store(cli, tmp_path, "本作品采用知识共享署名-非商业性使用-禁止演绎 4.0 国际许可协议进行许可，转载请注明出处。")
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "credited.txt").write_text(f"{BODY}\n（来源：青石融媒）", encoding="utf-8")
    comment = "小编点评：口袋公园越来越多，大家周末可以带孩子去逛逛，顺便看看银杏叶。"
    (pages / "edited.txt").write_text("\n".join([*BODY.splitlines()[:4], comment, "（来源：青石融媒）"]), encoding="utf-8")
    code, docs = _scan(cli, fp, pages)
    [permitted], [edited] = docs["credited.txt"]["matches"], docs["edited.txt"]["matches"]
    assert (docs["credited.txt"]["verdict"], permitted["conditions_to_judge"], permitted["edits_excluded"]) == ("permitted", ["non_commercial"], False)
    assert (docs["edited.txt"]["verdict"], edited["conditions_to_judge"], edited["edits_excluded"]) == ("edited", [], True)
    rows = {r["path"].rsplit("/", 1)[-1]: r for r in csv.DictReader(io.StringIO(cli("scan", pages, "--store", fp, "-f", "csv").stdout))}
    assert (rows["credited.txt"]["conditions_to_judge"], rows["credited.txt"]["edits_excluded"]) == ("non_commercial", "no")
    assert (rows["edited.txt"]["conditions_to_judge"], rows["edited.txt"]["edits_excluded"]) == ("", "yes")
    text = re.sub(r"[\s\u2500-\u257f]", "", cli("scan", pages, "--store", fp).stdout)
    assert "Tojudge:non-commercialuseonly" in text
    # the permitted copy's panel calls it permitted, not "unlicensed … permitted" (fourth trial)
    assert "permittedbyitsnotice" in text and "unlicensedpermitted" not in text
    assert "Notcovered:thepermissionexcludesmodification(noderivatives):itdoesnotcovereditedcopies" in text
    page = cli("scan", pages, "--store", fp, "-f", "html").stdout
    assert "To judge</th><td><span class=\"warn\">non-commercial use only" in page
    assert "it does not cover edited copies" in page
    report = json.loads(cli("scan", pages, "--store", fp, "-f", "json").stdout)
    assert report["format_version"] == 11
    # what was taken as the credit is in every report (fourth new-user trial: none said)
    credited = next(d for d in report["documents"] if d["path"].endswith("credited.txt"))
    # the page's credit line as printed, not only the credit field's name
    assert credited["matches"][0]["credit"] == "（来源：青石融媒）" and rows["credited.txt"]["credit"] == "（来源：青石融媒）"
    assert "Credittaken:“（来源：青石融媒）”" in text and "credits the source: “<bdi>（来源：青石融媒）</bdi>”" in page


def test_a_non_profit_welcome_asks_for_its_credit_and_leaves_its_use_to_judge(cli, tmp_path) -> None:
    """歡迎非營利網站轉載，惟須註明「X」及記者姓名: an uncredited copy is a finding on the credit; a
    credited one is permitted, its non-profit use for a person to judge."""
    fp = _nc_nd_store(cli, tmp_path, "本網站新聞歡迎非營利網站轉載，惟須註明「青石融媒」及記者姓名，並不得修改內容；商業用途請先取得書面同意。")
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "bare.txt").write_text(BODY, encoding="utf-8")
    (pages / "credited.txt").write_text(f"{BODY}\n（来源：青石融媒）", encoding="utf-8")
    code, docs = _scan(cli, fp, pages)
    assert (docs["bare.txt"]["verdict"], docs["bare.txt"]["matches"][0]["unmet_conditions"]) == ("reprint", ["credit"])
    assert (docs["credited.txt"]["verdict"], docs["credited.txt"]["matches"][0]["conditions_to_judge"]) == ("permitted", ["non_commercial"])
