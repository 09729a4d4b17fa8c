"""What a notice allows and forbids, as a new user's trial worded it (session 28): a picture
carve-out after a permission for the text, a ban on longer excerpts beside a permission to
quote, a grant to the reader ("Permission is granted to reproduce …"), bans on machine uses
alone and a use banned by a bare "No". Names and domains are invented."""

from __future__ import annotations

import pytest

from reprint_guard.extract import extract, page_notice
from reprint_guard.notice import parse_notice

PARAS_EN = [
    "The council approved the harbour plan on Tuesday after a long debate about the cost of the new sea wall.",
    "Residents told the meeting that the works should start before the winter storms, not after them.",
    "The plan now goes to the regional authority, which is expected to decide on its funding next month.",
]
PARAS_ZH = [
    "市政府今天召开会议，研究部署城乡公园建设和老旧小区改造工作，会议要求各部门抓好落实，确保群众满意。",
    "会上，市住建局介绍了今年以来的改造进度，全市已完成老旧小区改造二十六个，惠及居民四千余户。",
    "会议强调，要把好事办好，坚持问需于民，严格质量监管，确保改造工程经得起检验。",
]


def _notice(paras: list[str], tail: str):
    page = "<html><head><meta charset='utf-8'><title>T</title></head><body><h1>T</h1>" + "".join(f"<p>{p}</p>" for p in paras) + tail + "</body></html>"
    doc = extract(page, content_type="html")
    return doc, page_notice(doc)


@pytest.mark.parametrize("pictures", ["文中图片版权归摄影者所有，不在转载授权范围内。", "文中图片版权归摄影者所有，请勿转载。", "文中图片版权归摄影者所有，未经许可不得转载。"])
def test_a_ban_on_the_pictures_leaves_the_text_s_permission(pictures):
    parsed = parse_notice(f"本文文字内容欢迎转载，请注明出处并保留原文链接；{pictures}")
    assert (parsed.forbidden_uses, parsed.permitted_uses, parsed.conditions) == ((), ("reprint",), ("credit", "link_back"))


def test_a_ban_on_longer_excerpts_leaves_the_permission_to_quote():
    parsed = parse_notice(
        "You may quote up to 200 words of this article, provided you include a link back to the original. "
        "Longer excerpts or republication in full require written permission from the Granite City Journal."
    )
    assert (parsed.forbidden_uses, parsed.permitted_uses, parsed.conditions) == (("reprint",), ("excerpt",), ("link_back",))
    assert parse_notice("欢迎摘编，请注明出处；超过500字的摘编及全文转载须经本报书面授权。").permitted_uses == ("excerpt",)
    # a sized ban alone still bans
    assert parse_notice("Longer excerpts require written permission.").forbidden_uses == ("excerpt",)


@pytest.mark.parametrize(
    ("line", "uses"),
    [
        ("You may quote up to 200 words of this article with a link to the original.", ((), ("excerpt",), ("link_back",))),
        ("Permission is granted to reproduce this article in full, with credit to the Lakeshore Sentinel.", ((), ("copy",), ("credit",))),
        (
            "Automated scraping, crawling or harvesting of content from this site is prohibited. Our journalism may not be used to train AI models.",
            (("scrape", "ai_training"), (), ()),
        ),
    ],
)
def test_a_grant_or_a_machine_ban_alone_is_the_page_s_notice(line, uses):
    doc, notice = _notice(PARAS_EN, f"<p>{line}</p>")
    assert doc.notice_text == line
    assert (notice.forbidden_uses, notice.permitted_uses, notice.conditions) == uses


def test_an_ai_training_ban_on_a_line_of_its_own_joins_the_notice():
    doc, notice = _notice(PARAS_ZH, "<p>轉載請註明出處並附上原文連結。<br>本網站內容禁止用於AI訓練。</p>")
    assert "禁止用於AI訓練" in doc.notice_text and notice.forbidden_uses == ("ai_training",)


@pytest.mark.parametrize(
    ("notice", "forbidden"),
    [("No text and data mining.", ("scrape",)), ("No AI training.", ("ai_training",)), ("No reproduction or scraping of this content.", ("copy", "scrape"))],
)
def test_a_use_banned_by_a_bare_no(notice, forbidden):
    assert parse_notice(notice).forbidden_uses == forbidden
    assert parse_notice("No problem: republish freely with credit.").forbidden_uses == ()


def test_a_permission_to_quote_beside_a_ban_on_full_reprints():
    council = "© 2025 Maavaharu City Council. You are welcome to share this news item and to quote from it with credit to the Council."
    ban = "Reprinting the full text, or any use of our photographs, requires the Council's written permission: media@maavaharu.gov.example"
    doc, notice = _notice(PARAS_EN, f"<p>{council}</p><p>{ban}</p>")
    assert ban in doc.notice_text
    assert (notice.forbidden_uses, notice.permitted_uses, notice.conditions) == (("reprint",), ("excerpt",), ("credit",))
    assert [(e.address, e.role) for e in notice.emails] == [("media@maavaharu.gov.example", "licensing")]
    short = parse_notice("Short extracts may be quoted with a link to the original item; full reproduction is not permitted.")
    assert (short.forbidden_uses, short.permitted_uses, short.conditions) == (("copy",), ("excerpt",), ("link_back",))


def test_a_permission_s_lettered_conditions_are_the_notice_s():
    terms = (
        "<div><h3>Copyright</h3><p>Unless otherwise stated, the content of this website is the property of the Rabtengang Dzongkhag Administration.</p>"
        "<p>You may download, print and reproduce material from this website for personal, educational or non-commercial purposes, provided that:</p>"
        "<p>(a) the Dzongkhag Administration is acknowledged as the source;</p><p>(b) the material is not altered; and</p>"
        "<p>(c) this copyright notice is kept with every copy.</p></div>"
    )
    doc, notice = _notice(PARAS_EN, terms)
    assert doc.notice_text.startswith("Unless otherwise stated") and "(b) the material is not altered; and" in doc.notice_text
    assert notice.rights_holder == "Rabtengang Dzongkhag Administration"
    assert notice.permitted_uses == ("copy", "download")
    assert set(notice.conditions) == {"credit", "keep_notice", "non_commercial", "no_derivatives"}


def test_a_body_credited_as_the_source_in_the_passive_is_the_holder():
    line = (
        "Photographs and text from this news item may be reproduced for non-commercial purposes, provided that the "
        "Rabtengang Dzongkhag Administration is credited as the source and a link to this page is included."
    )
    doc, notice = _notice(PARAS_EN, f"<p>{line}</p>")
    assert doc.notice_text == line and notice.rights_holder == "Rabtengang Dzongkhag Administration"
    assert notice.permitted_uses == ("copy",) and set(notice.conditions) == {"credit", "link_back", "non_commercial"}


def test_who_reprints_in_full_is_to_call_first():
    parsed = parse_notice("※本所新聞稿歡迎各媒體引用、節錄，請註明出處「屏港縣麟埔鄉公所」；全文轉載或重製於出版品者，請先來電本所秘書室洽詢：(08)778-3102")
    assert parsed.forbidden_uses == ("reprint",) and parsed.permitted_uses == ("excerpt",)
