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


@pytest.mark.parametrize(
    "text",
    [
        "It may be reproduced with acknowledgement of the Council. For any other use, write to dc@mtengo.example.",
        "Articles may be reprinted if you credit the Publisher.",
        "Reproduction is permitted provided the source is acknowledged.",
    ],
)
def test_a_body_named_by_its_kind_alone_is_no_holder(text):
    assert parse_notice(text).rights_holder is None
