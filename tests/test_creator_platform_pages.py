"""Creator platforms' article pages (头条号, B站专栏, 小红书, Matters, Medium, 微博): the platform's
own © row holds no rights in its accounts' articles, the account's own lines do. From a new user's
trial of self-media pages (session 31); names, hosts and numbers are invented."""

from __future__ import annotations

import pytest

from reprint_guard.extract import extract, page_notice
from reprint_guard.notice import parse_notice
from reprint_guard.platforms import is_platform_name

ZH = "".join(f"<p>第{k}段：宋代驿站的马递一天能跑多远？史料记载急脚递日行四百里，普通马递日行三百里，步递则更慢。</p>" for k in range(6))
EN = "".join(f"<p>Paragraph {k}: the bakery on Mill Street opened in 1962 and still bakes its rye loaves in the old brick oven.</p>" for k in range(6))


def _page(site: str, body: str, below: str, footer: str, author: str = "") -> str:
    meta = f'<meta property="og:site_name" content="{site}">' + (f'<meta name="author" content="{author}">' if author else "")
    return f"<html><head><title>T - {site}</title>{meta}</head><body><h1>T</h1><div class='article'>{body}{below}</div><div class='footer'>{footer}</div></body></html>"


def _notice(page: str):
    return page_notice(extract(page, content_type="text/html"))


@pytest.mark.parametrize(
    ("site", "footer"),
    [
        ("今日头条", "<p>© 2025 今日头条 www.toutiao.example 中国互联网举报中心</p><p>京ICP证000000号</p>"),
        ("哔哩哔哩", "<p>bilibili 哔哩哔哩弹幕视频网 © 2009-2025 版权所有</p>"),
        ("小红书", "<p>沪ICP备00000000号-1</p><p>© 2014-2025 行吟信息科技（上海）有限公司</p>"),
        ("Matters", "<p>關於我們 探索 社群守則</p><p>© 2025 Matters Lab</p>"),
    ],
)
def test_a_platforms_own_row_names_no_holder(site: str, footer: str) -> None:
    notice = _notice(_page(site, ZH, "", footer))
    assert notice is None or notice.rights_holder is None


def test_the_accounts_own_line_stays_beside_the_platforms_row() -> None:
    notice = _notice(_page("哔哩哔哩", ZH, "<p>本文为阿木木Amu原创，禁止转载或摘编</p>", "<p>bilibili 哔哩哔哩弹幕视频网 © 2009-2025 版权所有</p>"))
    assert notice is not None and notice.rights_holder == "阿木木Amu"
    assert notice.forbidden_uses == ("reprint", "excerpt")


@pytest.mark.parametrize(
    ("site", "line", "holder"),
    [
        ("Medium", "© 2025 Huang Bohan | This story is licensed under CC BY 4.0.", "Huang Bohan"),
        ("Medium", "Coastline Review holds the copyright to this piece. Syndication inquiries: syndication@coastline.example.", "Coastline Review"),
        ("Matters", "© 2025 阿晴，本文採用創用CC 姓名標示-非商業性-禁止改作 4.0 國際授權條款授權。", "阿晴"),
    ],
)
def test_an_accounts_claim_with_terms_or_in_a_sentence_is_kept(site: str, line: str, holder: str) -> None:
    notice = _notice(_page(site, EN, f"<p>{line}</p>", f"<p>© 2025 {site}</p>"))
    assert notice is not None and notice.rights_holder == holder


def test_an_outlets_own_footer_is_not_touched() -> None:
    notice = _notice(_page("Mill Street Gazette", EN, "", "<p>© 2025 Mill Street Gazette Ltd. All rights reserved.</p>"))
    assert notice is not None and notice.rights_holder == "Mill Street Gazette Ltd."


def test_a_mention_of_the_account_names_it_without_its_at_sign() -> None:
    assert parse_notice("本文为@大漠孤烟说 原创，转载请注明作者及出处。").rights_holder == "大漠孤烟说"


def test_whom_to_write_to_is_no_byline() -> None:
    page = _page("Matters", ZH, "<p>著作權聲明：本文版權歸作者所有，轉載請聯絡作者。</p><p>聯絡作者：walker@linjian.example</p>", "")
    doc = extract(page, content_type="text/html")
    assert doc.author != "walker@linjian.example"


@pytest.mark.parametrize("name", ["Matters", "方格子 vocus", "痞客邦", "PIXNET"])
def test_taiwans_and_hong_kongs_writing_platforms_are_platforms(name: str) -> None:
    assert is_platform_name(name)


def test_a_newsletter_posts_reprint_question_is_whom_to_ask() -> None:
    page = _page(
        "Hill Country Notes", EN, "<p>Questions about reprints? Write to me at lena@hillcountry.example.</p>",
        "<div class='subscription-widget'><p>Thanks for reading Hill Country Notes! Subscribe for free to receive new posts and"
        " support my work.</p><button>Subscribe</button></div><div class='post-footer'><span>♡ 48</span><span>💬 6</span>"
        "<span>Share</span><span>Leave a comment</span></div><p>© 2025 Lena Brandt</p><p>Privacy ∙ Terms ∙ Collection notice</p>",
    )
    notice = _notice(page)
    assert notice is not None and notice.rights_holder == "Lena Brandt"
    assert [(e.address, e.role) for e in notice.emails] == [("lena@hillcountry.example", "licensing")]
