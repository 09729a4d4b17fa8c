"""Pages that print more than one rights line: a picture's own claim under the text's notice, a
licensing desk's second contact labelled with its kind, a wire's line with its leave (已获授权 as
经授权) and a ban on machine uses alone. From a new user's trial (session 31); names invented."""

from __future__ import annotations

import pytest

from reprint_guard.extract import extract, page_notice
from reprint_guard.notice import parse_notice

BODY = "\n".join(f"<p>第{k}段：市政府今天召开会议，研究部署城乡公园建设和老旧小区改造工作，要求各部门加强协作，确保工程质量。</p>" for k in range(6))


def _notice(below: str, footer: str = ""):
    page = f"<html><body><h1>市政府部署公园建设</h1><div class='c'>{BODY}{below}</div><footer>{footer}</footer></body></html>"
    return page_notice(extract(page, content_type="text/html"))


@pytest.mark.parametrize(
    "picture",
    [
        "图片来源：视界图库（版权归视界图库所有，未经许可不得使用）",
        "（图：视界图库，版权归原作者所有）",
        "Photo: Lens Agency. © 2025 Lens Agency. All rights reserved.",
    ],
)
def test_a_pictures_claim_under_the_notice_claims_the_picture_only(picture: str) -> None:
    notice = _notice(f"<p>本文为云岭财经原创，未经授权不得转载。</p><p>{picture}</p>")
    assert notice is not None and notice.rights_holder == "云岭财经"
    assert notice.forbidden_uses == ("reprint",)


@pytest.mark.parametrize(
    ("row", "phone"),
    [
        ("內容授權查詢：licensing@bayarea.example　電話：2555 0177", "2555 0177"),
        ("版权合作：banquan@linchuan.example　电话：0791-5555-0122", "0791-5555-0122"),
    ],
)
def test_a_desks_second_contact_labelled_with_its_kind_is_the_desks(row: str, phone: str) -> None:
    notice = _notice("<p>本網站內容版權屬灣區日報所有，未經許可不得轉載或複製。</p>", f"<p>灣區日報 © 2025</p><p>{row}</p>")
    assert notice is not None
    roles = {p.as_written: p.role for p in notice.phones}
    assert roles == {phone: "licensing"}
    assert [e.role for e in notice.emails] == ["licensing"]


def test_a_desks_row_keeps_other_desks_out() -> None:
    notice = _notice(
        "<p>本文为临川新闻网原创，未经授权不得转载。</p>", "<p>版权合作：banquan@linchuan.example　新闻热线：0791-5555-0100</p>"
    )
    assert notice is not None
    assert [p.role for p in notice.phones if p.as_written == "0791-5555-0100"] != ["licensing"]


@pytest.mark.parametrize("leave", ["已获授权转载", "经授权转载", "获授权转载"])
def test_a_wires_line_with_its_leave_names_the_wire_however_the_leave_is_worded(leave: str) -> None:
    notice = _notice(f"<p>本文来源：华西通讯社，{leave}。</p>", "<p>Copyright © 2025 西岭网</p><p>蜀ICP备08011223号</p>")
    assert notice is not None and notice.rights_holder == "华西通讯社"


@pytest.mark.parametrize(
    ("line", "uses"),
    [
        ("No content on this site may be scraped or used to train artificial intelligence systems.", ("scrape", "ai_training")),
        ("No material may be reproduced without permission.", ("copy",)),
        ("No stories may be republished.", ("reprint",)),
    ],
)
def test_a_ban_with_no_content_as_its_subject_forbids(line: str, uses: tuple[str, ...]) -> None:
    assert parse_notice(line).forbidden_uses == uses


def test_a_ban_with_no_content_as_its_subject_is_a_notice_line() -> None:
    from reprint_guard.notice.find import _is_notice_line

    assert _is_notice_line("No content on this site may be scraped or used to train artificial intelligence systems.")
    assert not _is_notice_line("There is no content here yet.")


def test_text_and_photos_claimed_together_name_the_holder_and_whom_to_ask() -> None:
    notice = parse_notice("Text and photos © Graham Pike. Please ask before using them anywhere else: pike@mail.example")
    assert notice.rights_holder == "Graham Pike"
    assert [(e.address, e.role) for e in notice.emails] == [("pike@mail.example", "licensing")]
    assert parse_notice("Photo © Lens Agency").rights_holder is None  # the picture's credit alone


@pytest.mark.parametrize(
    ("text", "permitted"),
    [
        ("© 2025 Chorokhi TV. All rights reserved. When reprinting materials, a hyperlink to chorokhitv.example is mandatory.", ("reprint",)),
        ("If you republish this, a link to the original is mandatory.", ("reprint",)),
        ("When reprinting with the permission of the editors, a link is mandatory.", ()),
    ],
)
def test_a_link_required_when_reprinting_permits_the_reprint_on_that_condition(text: str, permitted: tuple[str, ...]) -> None:
    notice = parse_notice(text)
    assert notice.permitted_uses == permitted
    assert "link_back" in notice.conditions or not permitted


def test_a_numbered_pictures_sign_under_a_release_permission_claims_the_picture_only() -> None:
    body = "\n\n".join(f"Paragraph {k} of the release about the port's new berths and the dredging timetable." for k in range(5))
    page = (
        f"PRESS RELEASE\n\n{body}\n\nMedia may reproduce this press release and the attached photographs 1 and 2 with credit to"
        " “Kampong Sen Autonomous Port”.\nPhoto 3 © Angkor Press Photo, used under licence – not for further distribution.\n"
    )
    notice = page_notice(extract(page, content_type="text/plain"))
    assert notice is not None and notice.rights_holder == "Kampong Sen Autonomous Port"
    assert notice.permitted_uses == ("copy",) and notice.forbidden_uses == ()


@pytest.mark.parametrize("name", ["Diário de Notícias", "Báo Lâm Giang", "Le Journal de Genève"])
def test_a_name_alone_with_diacritics_is_a_name(name: str) -> None:
    assert parse_notice(name).rights_holder == name


def test_if_you_would_like_to_use_them_contact_us_is_the_licensing_contact() -> None:
    notice = parse_notice(
        "© 2025 Riverside Centre. All rights reserved.\nAll text and images on this blog belong to Blue Heron Silk."
        " If you would like to use them, please contact us at hello@blueheron.example."
    )
    assert [(e.address, e.role) for e in notice.emails] == [("hello@blueheron.example", "licensing")]


@pytest.mark.parametrize(
    ("text", "forbidden", "permitted"),
    [
        ("Content may be quoted briefly with attribution and a link back.", (), ("excerpt",)),
        ("You may briefly quote our stories with credit.", (), ("excerpt",)),
        ("© 2025 X. Articles may not be quoted briefly or otherwise without permission.", ("excerpt",), ()),
    ],
)
def test_a_brief_quotation_is_an_excerpt(text: str, forbidden: tuple[str, ...], permitted: tuple[str, ...]) -> None:
    notice = parse_notice(text)
    assert (notice.forbidden_uses, notice.permitted_uses) == (forbidden, permitted)


@pytest.mark.parametrize("text", ["© Métropole Européenne de Vaubrun – 2025", "© Métropole Européenne de Vaubrun — 2025"])
def test_a_dash_before_the_year_is_no_part_of_the_name(text: str) -> None:
    assert parse_notice(text).rights_holder == "Métropole Européenne de Vaubrun"


def test_a_contributions_address_is_no_licensing_desk() -> None:
    notice = parse_notice(
        "Contributed articles reflect the views of their authors; copyright in each article belongs to the author.\n"
        "Send contributions to: desk@laison.gov.example\n© Copyright belongs to the Lai Son Province Portal."
        " Information reposted from this portal must cite the source and must not be distorted."
    )
    assert [(e.address, e.role) for e in notice.emails] == [("desk@laison.gov.example", "other")]
