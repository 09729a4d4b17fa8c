"""Contacts a template breaks with <br> (session 30, two new users' trials): a number broken after
its hyphen or before its last digits, an e-mail address broken beside its "@", and a footer table
whose label cells sit beside their numbers."""

import pytest

from reprint_guard.extract import extract, page_notice
from reprint_guard.notice import parse_notice


@pytest.mark.parametrize(
    ("text", "phones", "emails"),
    [
        ("未经授权不得转载。版权合作：010-\n65550123，邮箱：copyright@\nbeiguo.example",
         [("010-65550123", "+861065550123", "licensing")], [("copyright@beiguo.example", "licensing")]),
        ("Do not republish.\nLicensing: +44 20 7946\n0958", [("+44 20 7946 0958", "+442079460958", "licensing")], []),
        ("Do not republish. Licensing: +27 21 555\n0123, syndication\n@cape.example",
         [("+27 21 555 0123", "+27215550123", "licensing")], [("syndication@cape.example", "licensing")]),
    ],
)
def test_a_contact_broken_by_a_line_break_is_read_whole(text: str, phones: list, emails: list) -> None:
    n = parse_notice(text)
    assert [(p.as_written, p.e164, p.role) for p in n.phones] == phones
    assert [(e.address, e.role) for e in n.emails] == emails


def test_a_whole_number_at_a_line_end_is_not_joined_to_the_next_line() -> None:
    # a complete number, then a year on the next line: two things, not one longer number
    n = parse_notice("电话：010-12345678\n2025年版权所有")
    assert [p.e164 for p in n.phones] == ["+861012345678"]


def _zh_page(footer: str) -> str:
    body = "".join(f"<p>第{k}段：南岭山区今年的油茶籽收购价比去年上涨一成，全县两万多户茶农迎来丰收季，合作社新上了一条压榨线。</p>" for k in range(6))
    return (
        "<html lang='zh-CN'><head><title>油茶丰收 - 试验网</title><meta property='og:site_name' content='试验网'></head>"
        f"<body><article><h1>油茶丰收</h1>{body}<p>未经书面授权，禁止转载。</p></article><footer>{footer}</footer></body></html>"
    )


@pytest.mark.parametrize(
    "table",
    [
        "<table><tr><th>新闻热线</th><td>021-62550111</td><th>广告服务</th><td>021-62550122</td></tr>"
        "<tr><th>版权合作</th><td>021-62550133</td></tr></table>",
        "<table><tr><th>新闻热线</th><td>021-62550111</td></tr><tr><th>广告服务</th><td>021-62550122</td></tr>"
        "<tr><th>版权合作</th><td>021-62550133</td></tr></table>",
        "<table><tr><td>新闻热线：</td><td>021-62550111</td><td>广告服务：</td><td>021-62550122</td>"
        "<td>版权合作：</td><td>021-62550133</td></tr></table>",
    ],
)
def test_a_footer_tables_labels_give_its_numbers_their_roles(table: str) -> None:
    notice = page_notice(extract(_zh_page(table + "<p>版权所有 © 试验日报社</p>"), content_type="html"))
    assert notice is not None and notice.rights_holder == "试验日报社"
    assert [(p.as_written, p.role) for p in notice.phones] == [
        ("021-62550111", "tip"), ("021-62550122", "advertising"), ("021-62550133", "licensing"),
    ]
