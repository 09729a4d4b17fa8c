"""Whom to ask for a licence when the page prints the desk away from its notice: a footer's
contact widget above the © row, a desk label of several words. Names, numbers and domains are
invented (session 28)."""

from __future__ import annotations

import pytest

from reprint_guard.extract import extract, page_notice
from reprint_guard.notice import parse_notice
from reprint_guard.notice.find import is_desk_line

PARAS_EN = [
    "The chamber's board met owners from the west end on Tuesday to hear their concerns about road works and parking.",
    "Owners said the works had cut trade by a third since the summer, and asked for a timetable the council would keep.",
    "The chamber's president said she would put the owners' questions to the council at its meeting next month.",
]
PARAS_ZH = [
    "县政府今天召开会议，研究部署城乡公园建设和老旧小区改造工作，会议要求各部门抓好落实，确保群众满意。",
    "会上，县住建局介绍了今年以来的改造进度，全县已完成老旧小区改造二十六个，惠及居民四千余户。",
    "会议强调，要把好事办好，坚持问需于民，严格质量监管，确保改造工程经得起检验。",
]


def _page(paras: list[str], footer: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return f"<html><head><meta charset='utf-8'><title>T</title></head><body><article><h1>Headline</h1>{body}</article><footer>{footer}</footer></body></html>"


def _licensing(notice) -> list[str]:
    return [c.address if hasattr(c, "address") else getattr(c, "as_written", None) or c.url for c in (*notice.phones, *notice.emails, *notice.urls) if c.role == "licensing"]


@pytest.mark.parametrize(
    "row",
    ["Reprints: rights@seagrape.example", "Reprints &amp; permissions: rights@seagrape.example", "Reprints &amp; use of Chamber content: rights@seagrape.example"],
)
def test_a_desk_in_the_contact_widget_above_the_footer_claim_is_the_licensing_contact(row):
    footer = (
        "<div class='widget'><h4>Contact the Chamber</h4><p>Member services: (242) 555-0143</p>"
        f"<p>Events: events@seagrape.example</p><p>{row}</p><p>P.O. Box F-42618, Freeport</p></div>"
        "<div class='widget'><h4>Office hours</h4><p>Mon-Fri 9-5</p></div>"
        "<p>© 2026 Sea Grape Chamber. All rights reserved. Articles may not be reproduced without the Chamber's written permission.</p>"
    )
    notice = page_notice(extract(_page(PARAS_EN, footer), content_type="html"))
    assert notice.rights_holder == "Sea Grape Chamber"
    assert _licensing(notice) == ["rights@seagrape.example"]
    # the other desks of the widget are not the notice's
    assert "events@seagrape.example" not in [e.address for e in notice.emails]


def test_a_chinese_desk_row_above_the_claim_stays_licensing():
    footer = (
        "<div class='links'><p>关于我们</p><p>版权合作：banquan@qingling.example.cn</p><p>新闻热线：0571-85310000</p></div>"
        "<p>Copyright © 2026 青岭日报社 版权所有 未经授权禁止转载</p><p>浙ICP备12345678号</p>"
    )
    notice = page_notice(extract(_page(PARAS_ZH, footer), content_type="html"))
    assert notice.rights_holder == "青岭日报社"
    assert {(e.address, e.role) for e in notice.emails} == {("banquan@qingling.example.cn", "licensing")}


@pytest.mark.parametrize(
    ("line", "desk"),
    [
        ("Reprints & use of Chamber content: rights@seagrape.example", True),
        ("Reprint requests for our content: +1 242 555 0100", True),
        ("Reprints are welcome, credit us. Email: rights@seagrape.example", False),
        ("Events & sponsorship: events@seagrape.example", False),
    ],
)
def test_a_desk_label_may_run_to_several_words(line, desk):
    assert is_desk_line(line) is desk


def test_a_footer_s_infringement_desk_is_whom_to_ask_under_a_creator_s_ban():
    ban = "本文为峪南橄榄阿满原创，图文均为本人拍摄，未经本人授权，禁止转载、搬运。"
    footer = (
        "<div class='tools'>点赞 评论 分享</div><div class='footer'><p>©2025 北京悦川信息技术有限公司 版权所有</p>"
        "<p>侵权投诉：qinquan@yuechuan.example.com　违法和不良信息举报电话：010-84571260　举报邮箱：jubao@yuechuan.example.com</p>"
        "<p>京ICP证050317号　京公网安备11010502033865号</p></div>"
    )
    notice = page_notice(extract(_page([*PARAS_ZH, ban], footer), content_type="html"))
    assert notice.rights_holder == "峪南橄榄阿满"
    assert _licensing(notice) == ["qinquan@yuechuan.example.com"]
    assert is_desk_line("侵权投诉：qinquan@yuechuan.example.com") and not is_desk_line("举报邮箱：jubao@yuechuan.example.com")


@pytest.mark.parametrize(
    ("notice", "roles"),
    [
        (
            "※ 本文系南风周刊独家稿件，版权归南风周刊所有。\n联系我们 tougao@nfzk.example · ad@nfzk.example · faxing@nfzk.example · banquan@nfzk.example",
            {"tougao": "other", "ad": "advertising", "faxing": "subscription", "banquan": "licensing"},
        ),
        (
            "未经授权不得转载。联系我们 faxing@nfzk.example · tougao@nfzk.example · banquan@nfzk.example",
            {"faxing": "subscription", "tougao": "other", "banquan": "licensing"},
        ),
        (
            "未经授权不得转载。dingyue@x.example · jubao@x.example · letters@x.example · obituaries@x.example",
            {"dingyue": "subscription", "jubao": "complaint", "letters": "other", "obituaries": "other"},
        ),
        ("All rights reserved. Sponsorship: underwriting@kpbx.example", {"underwriting": "advertising"}),
        # the desk its own sentence asks for a licence stays the licensing desk
        ("For reprint permission, email press@x.example.", {"press": "licensing"}),
        ("未经授权不得转载，如需转载请联系 press@x.example", {"press": "licensing"}),
    ],
)
def test_a_mailbox_named_for_another_desk_is_that_desk_s_under_a_ban(notice, roles):
    parsed = parse_notice(notice)
    assert {e.address.split("@")[0]: e.role for e in parsed.emails} == roles


@pytest.mark.parametrize("ask", ["转载请注明出处并获得授权。", "转载请注明出处，并取得授权。", "轉載請註明出處並取得同意。", "转载请注明出处并联系授权。"])
def test_a_credit_asked_with_a_licence_permits_nothing(ask):
    parsed = parse_notice(f"本文系南风周刊独家稿件，版权归南风周刊所有，{ask}")
    assert parsed.forbidden_uses == ("reprint",) and parsed.permitted_uses == ()
    assert parse_notice("本文系南风周刊独家稿件，转载请注明出处。").permitted_uses == ("reprint",)


@pytest.mark.parametrize(
    ("notice", "phones"),
    [
        ("新闻线索：020-37195000 / 138 2345 6789（微信同号）", ["+862037195000", "+8613823456789"]),
        ("电话：0571-85310000, 8531 0001", ["+8657185310000", "+8657185310001"]),
        ("转载授权：0595-22508110、22508120", ["+8659522508110", "+8659522508120"]),
    ],
)
def test_a_second_number_after_a_landline_is_read_once(notice, phones):
    assert [p.e164 for p in parse_notice(notice).phones] == phones


@pytest.mark.parametrize(
    ("notice", "roles"),
    [
        ("© 广东韶岭职业技术学院 版权所有　未经许可，不得复制、转载本站内容\n学生事务电话：0751-6238 0150 | 招生咨询电话：0751-6238 1770", ["other", "other"]),
        ("PABX: +975 5 555 201 | Fax: +975 5 555 202\nCopyright © 2025 Phendeyling Administration. No content may be reproduced without permission.", ["other", "other"]),
        ("未经授权不得转载。转载授权电话：0571-85310000", ["licensing"]),
        ("未经授权不得转载，联系电话：0571-85310000", ["licensing"]),
        ("Legal notice\n(a) You may not republish our content without written permission.\n(b) Grievances: +256 414 555 020", ["complaint"]),
        (
            "Legal notice\n(a) You may not republish our content without written permission.\n"
            "(b) Complaints about our content may be sent to the Information Officer, tel. +256 414 555 020.",
            ["complaint"],
        ),
    ],
)
def test_a_desk_named_for_something_else_under_a_ban_is_no_licensing_desk(notice, roles):
    assert [p.role for p in parse_notice(notice).phones] == roles
