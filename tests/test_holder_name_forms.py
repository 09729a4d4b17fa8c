"""How a rights holder's name is written: lower-case particles inside names of the languages
outlets print them in, and the party a permission asks to be acknowledged. From the tune half of
the notices benchmark and a new user's trial of holder names (session 29). Names are invented."""

from __future__ import annotations

import pytest

from reprint_guard.notice import parse_notice


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("© 2025 Akarere ka Kivumbiro. Uburenganzira bwose burasigasiwe.", "Akarere ka Kivumbiro"),
        ("© 2025 Dar es Salaam Weekly Ltd. All rights reserved.", "Dar es Salaam Weekly Ltd."),
        ("© 2024 Gemeente Bergen op Zee. Alle rechten voorbehouden.", "Gemeente Bergen op Zee"),
        ("Hak Cipta © 2025 Majlis Bandaraya Kota Bharu dan Wilayah. All rights reserved.", "Majlis Bandaraya Kota Bharu dan Wilayah"),
        ("© 2025 Pamahalaang Lungsod ng Malabayan. All rights reserved.", "Pamahalaang Lungsod ng Malabayan"),
        ("© 2025 Universidad de los Altos. Todos los derechos reservados.", "Universidad de los Altos"),
    ],
)
def test_a_lower_case_particle_inside_a_name_keeps_the_name_whole(text, holder):
    assert parse_notice(text).rights_holder == holder


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("This report may be reproduced in part or in full with due acknowledgement of the Nasia Ridge Municipal Assembly.", "Nasia Ridge Municipal Assembly"),
        ("Material may be reproduced with acknowledgement to the Kestrel Daily.", "Kestrel Daily"),
        ("Reproduction is permitted provided the Harbor Ledger is acknowledged.", "Harbor Ledger"),
    ],
)
def test_the_party_to_be_acknowledged_is_the_holder(text, holder):
    notice = parse_notice(text)
    assert notice.rights_holder == holder
    assert "credit" in notice.conditions


def test_a_body_acknowledged_by_its_kind_alone_is_the_page_site():
    # (as "with credit to the Chamber" is: the back-reference names the site in full)
    notice = parse_notice("It may be reproduced with acknowledgement of the Council.", site="Mtengo District Council")
    assert notice.rights_holder == "Mtengo District Council"


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Kudamaalhos Atoll Council © 2025 | Council Secretariat, Hulhuvaani 10150 | +960 555 0176", "Kudamaalhos Atoll Council"),
        ("Harbour Ledger © 2025 · Privacy · Terms", "Harbour Ledger"),
        ("© 2025 Communications Office, Kestrel University. All rights reserved.", "Communications Office, Kestrel University"),
        ("© 2025 Media and Communications Unit, Ridgeway College. All rights reserved.", "Media and Communications Unit, Ridgeway College"),
    ],
)
def test_the_holder_of_a_footer_row_and_an_office_of_its_parent(text, holder):
    assert parse_notice(text).rights_holder == holder


@pytest.mark.parametrize(
    ("text", "permitted", "conditions"),
    [
        ("Pages may be reproduced for school and church use.", ("copy",), ()),
        ("This news item may be reproduced with reference to the source.", ("copy",), ("credit",)),
        ("Articles may be reproduced for non-commercial use.", ("copy",), ("non_commercial",)),
    ],
)
def test_a_reproduction_permitted_for_a_purpose_or_with_a_reference(text, permitted, conditions):
    notice = parse_notice(text)
    assert (notice.forbidden_uses, notice.permitted_uses, notice.conditions) == ((), permitted, conditions)


def test_a_reproduction_ban_for_any_purpose_stays_a_ban():
    notice = parse_notice("Articles may not be reproduced for any purpose without permission.")
    assert notice.forbidden_uses == ("copy",) and notice.permitted_uses == ()


def test_an_acknowledged_party_does_not_stop_the_footer_claim_joining_the_notice():
    from reprint_guard.extract import extract, page_notice

    body = "".join(
        f"<p>Paragraph {i}: the ministry opened three new land registry offices in the northern districts this week.</p>" for i in range(6)
    )
    page = (
        "<html><head><meta charset='utf-8'><title>Land registry offices open</title></head><body>"
        f"<article><h1>Land registry offices open</h1>{body}"
        "<p>This release may be reproduced with due acknowledgement of the Ministry of Lands.</p></article>"
        "<footer><p>© 2025 Government of Kestrel Island. All rights reserved.</p></footer></body></html>"
    )
    doc = extract(page, content_type="html")
    assert "© 2025 Government of Kestrel Island" in doc.notice_text
    assert page_notice(doc).rights_holder == "Government of Kestrel Island"


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Copyright © 2025 Northern Lakes\nPublishing Company Limited. All rights reserved.", "Northern Lakes Publishing Company Limited"),
        ("Copyright © 2025 Northern Lakes Publishing\nCompany Limited. All rights reserved.", "Northern Lakes Publishing Company Limited"),
        ("Copyright © 2025 Lanxi Online\nMedia Co., Ltd.", "Lanxi Online Media Co., Ltd."),
        ("版權所有 © 2025 星灣報業\n有限公司", "星灣報業有限公司"),
        ("© 2025 Harbour Ledger\nNews Desk: 555 0142", "Harbour Ledger"),
    ],
)
def test_a_name_broken_over_two_lines_is_read_whole(text, holder):
    assert parse_notice(text).rights_holder == holder


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("© 2025 Lantern Bay Daily Proudly powered by WordPress", "Lantern Bay Daily"),
        ("© 2025 Lantern Bay DailyProudly powered by WordPress", "Lantern Bay Daily"),
        ("© 2025 Lantern Bay DailyPowered by WordPress", "Lantern Bay Daily"),
        ("版权所有：锦屏新闻网 Powered by 站点云CMS", "锦屏新闻网"),
        ("© 2025 McPowered Media. All rights reserved.", "McPowered Media"),
    ],
)
def test_a_site_builders_credit_after_the_name_is_no_part_of_it(text, holder):
    assert parse_notice(text).rights_holder == holder


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("© 2025 School of Journalism, University of Westmarch.", "School of Journalism, University of Westmarch"),
        ("© 2025 Department of Journalism, Westmarch University. All rights reserved.", "Department of Journalism, Westmarch University"),
        ("© 2025 Office of Communications, Ministry of Health. All rights reserved.", "Office of Communications, Ministry of Health"),
        ("© 2025 Harbour Ledger, University Avenue, Kestrel.", "Harbour Ledger"),
    ],
)
def test_a_unit_and_its_institution_after_a_comma_are_one_holder(text, holder):
    assert parse_notice(text).rights_holder == holder
