"""Notices as Q&A, blog and news platforms print them under every post, and short outlet lines.

Kinds taken from the copy-button credit blocks of Q&A and blog platforms (作者：X / 链接：… /
来源：Y over 著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。), a blog host's
作者 / 出处 block over its shared-rights paragraph, a developer blog's "X 于 date 发布" header over
本文为博主原创文章, a news app's closing "X，未经授权不得转载" line, a 版权声明：X所有 line, and the
app prompts some outlets print where a notice would stand. All names and addresses are invented.
"""

from __future__ import annotations

import pytest

from reprint_guard.extract import extract, page_notice
from reprint_guard.notice import parse_notice

_ZH_BODY = "\n\n".join(f"第{i}段：市政府今天召开会议，研究部署城乡公园建设和老旧小区改造工作，会议要求各部门加快推进项目落地。" for i in range(6))


def _read(head: str, tail: str):
    doc = extract(f"{head}\n\n{_ZH_BODY}\n\n{tail}", content_type="text")
    return doc, page_notice(doc)


_QA_CLAIM = "著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。"


@pytest.mark.parametrize(
    ("rows", "author"),
    [
        (("作者：林晓川", "链接：https://www.wenda.example/question/1/answer/2", "来源：问答社区"), "林晓川"),
        (("作者：青石小径", "链接：https://www.biji.example/p/abc123", "来源：笔记社"), "青石小径"),
        (("作者：码农阿泽", "来源：稀土社区"), "码农阿泽"),
        (("文/码农阿泽", "原文链接：https://www.biji.example/p/abc123"), "码农阿泽"),
    ],
)
def test_a_copy_buttons_credit_rows_between_the_byline_and_the_authors_claim_keep_the_byline(rows, author) -> None:
    doc, notice = _read("如何评价今年的城市更新政策？", "\n".join((*rows, _QA_CLAIM)))
    assert notice is not None and notice.rights_holder == author
    assert notice.permitted_uses == ("reprint",) and set(notice.conditions) == {"credit", "non_commercial"}
    # the article's own address on a credit row is no licensing desk
    assert all(link.role == "other" for link in notice.urls)


def test_a_blog_hosts_shared_rights_paragraph_names_the_byline_and_its_conditions() -> None:
    tail = (
        "作者：风起青萍\n出处：https://www.bokeyuan.example/fqqp/\n"
        "本文版权归作者和博客园共有，欢迎转载，但未经作者同意必须保留此段声明，且在文章页面明显位置给出原文连接，否则保留追究法律责任的权利。"
    )
    doc, notice = _read("Redis 持久化详解", tail)
    assert notice.rights_holder == "风起青萍"
    assert notice.permitted_uses == ("reprint",)
    assert set(notice.conditions) == {"keep_notice", "link_back"}
    assert [(u.url, u.role) for u in notice.urls] == [("https://www.bokeyuan.example/fqqp/", "other")]


def test_a_developer_blogs_posted_header_names_the_blogger_of_the_original_post_claim() -> None:
    doc, notice = _read(
        "Python 装饰器入门\n\n墨白Coder 于 2024-03-02 10:00:00 发布",
        "版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。",
    )
    assert doc.author == "墨白Coder"
    assert notice.rights_holder == "墨白Coder"
    assert {"credit", "keep_notice", "share_alike", "link_back"} <= set(notice.conditions)


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("澎湖新闻，未经授权不得转载", "澎湖新闻"),
        ("青梧日报，未经许可不得转载。", "青梧日报"),
        ("青梧新闻网 未经授权 严禁转载", "青梧新闻网"),
        ("新京晚报经授权发布，未经允许不得转载", "新京晚报"),
        ("环宇网版权作品，未经书面授权，严禁转载或镜像，违者将被追究法律责任。", "环宇网"),
        ("Island Post 未經授權不得轉載", "Island Post"),
        # a word before the ban is no party
        ("请注意，未经授权不得转载", None),
        ("特此聲明，未經授權不得轉載", None),
        ("網站內容 未經許可 請勿轉載", None),
        ("圖文 未經授權 禁止轉載", None),
        ("责任编辑：李四，未经授权不得转载", None),
    ],
)
def test_an_outlets_name_opening_its_ban_line_names_the_holder(line: str, holder: str | None) -> None:
    notice = parse_notice(line)
    assert notice.rights_holder == holder
    assert "reprint" in notice.forbidden_uses


@pytest.mark.parametrize(
    ("notice", "holder"),
    [
        ("版权声明：21世纪商业报道所有，未经许可不得转载或翻译", "21世纪商业报道"),
        ("版权：青梧网所有", "青梧网"),
        ("版權聲明：港島傳媒有限公司所有，未經授權不得轉載", "港島傳媒有限公司"),
        ("版权声明：本文版权归青梧网所有", "青梧网"),
        ("著作权声明：作者所有", None),
    ],
)
def test_a_rights_label_before_the_owner_names_the_owner(notice: str, holder: str | None) -> None:
    assert parse_notice(notice).rights_holder == holder


@pytest.mark.parametrize("prompt", ["點我下載APP 按我看活動辦法", "点击关注青梧观察", "Download the Riverside app"])
def test_an_app_or_follow_prompt_where_a_notice_would_stand_names_no_holder(prompt: str) -> None:
    doc, notice = _read("都更政策上路", prompt)
    assert notice is None or notice.rights_holder is None


@pytest.mark.parametrize(
    ("notice", "conditions"),
    [
        ("欢迎转载，但必须保留此段声明，且在文章页面明显位置给出原文连接。", {"keep_notice", "link_back"}),
        # (as 轉載請保留本聲明 always read: the kept notice credits the source too)
        ("歡迎轉載，轉載請保留本則聲明。", {"credit", "keep_notice"}),
        # a credit row's label asks for nothing: the condition is the credit the sentence asks for
        ("转载请注明出处。\n原文链接：https://www.qingwu.example/a/1.html", {"credit"}),
        ("转载请注明原文链接：https://www.qingwu.example/a/1.html", {"credit", "link_back"}),
    ],
)
def test_keeping_this_paragraph_and_linking_the_original_are_read_as_written(notice: str, conditions: set) -> None:
    parsed = parse_notice(notice)
    assert "reprint" in parsed.permitted_uses
    assert set(parsed.conditions) == conditions


def test_a_credit_rows_contact_is_no_licensing_desk_unless_the_row_speaks_of_licences() -> None:
    quiet = parse_notice("作者：林晓川\n来源：青梧网 www.qingwu.example\n版权归作者所有，转载请联系作者。")
    assert [(u.url, u.role) for u in quiet.urls] == [("www.qingwu.example", "other")]
    asking = parse_notice("来源：青梧网 转载授权请访问 www.qingwu.example/license\n版权归青梧网所有，未经授权不得转载。")
    assert [u.role for u in asking.urls] == ["licensing"]


@pytest.mark.parametrize(
    ("notice", "licensing", "other_roles"),
    [
        # a desk's heading over its mailbox (named for the desk) and its phone: both are the desk's
        ("Syndication\nsyndication@ledger.example\n+1 555 555 0100\nAdvertise\nads@ledger.example", {"syndication@ledger.example", "+1 555 555 0100"}, {"advertising"}),
        ("版权合作\nbq@qingwu.example\n0571-55501234", {"bq@qingwu.example", "0571-55501234"}, set()),
        ("版权合作\n邮箱：bq@qingwu.example\n电话：0571-55501234\n广告合作\n邮箱：ad@qingwu.example\n电话：0571-55509999",
         {"bq@qingwu.example", "0571-55501234"}, {"advertising"}),  # fmt: skip
    ],
)
def test_a_desk_heading_speaks_for_every_contact_line_under_it(notice: str, licensing: set, other_roles: set) -> None:
    parsed = parse_notice(notice)
    contacts = [(p.as_written, p.role) for p in parsed.phones] + [(e.address, e.role) for e in parsed.emails]
    assert {value for value, role in contacts if role == "licensing"} == licensing
    assert {role for _, role in contacts if role != "licensing"} == other_roles
