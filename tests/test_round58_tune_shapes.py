"""Round 58 tune shapes (how carefully the notice is typed), session 30."""

import pytest
from hypothesis import given, strategies as st

from reprint_guard.notice import parse_notice
from reprint_guard.notice.parse import _without_debris


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # a literal entity for the sign, once or twice escaped
        ("Copyright &amp;copy; 2025 恩召會社會服務處. All rights reserved.", "恩召會社會服務處"),
        ("Copyright &copy; 2025 Acme News Ltd", "Acme News Ltd"),
        ("&#169; 2025 Harbour Ledger", "Harbour Ledger"),
        # a template's unfilled year
        ("著作權所有 © {year} 國立臺灣藝作研究發展中心 National Taiwan Yizuo Research and Development Institute", "國立臺灣藝作研究發展中心"),
        ("© {{ year }} Dune Courier. All rights reserved.", "Dune Courier"),
    ],
)
def test_markup_debris_in_a_claim_still_names_its_party(text: str, holder: str) -> None:
    n = parse_notice(text)
    assert n.rights_holder == holder
    assert n.text == text  # the notice as printed, debris and all


def test_a_credit_asked_when_reposting_permits_the_reprint() -> None:
    n = parse_notice(
        "© Copyright belongs to Cu Lac Provincial Portal. When re-posting information from this portal, please cite"
        " the source “Cu Lac Provincial Portal” and link to the original article."
    )
    assert n.rights_holder == "Cu Lac Provincial Portal"
    assert n.permitted_uses == ("reprint",)
    assert set(n.conditions) == {"credit", "link_back"}


@given(st.text(alphabet=st.sampled_from("&amp;copy#169{}year% ©[]X2"), max_size=60))
def test_debris_reading_keeps_every_offset(text: str) -> None:
    assert len(_without_debris(text)) == len(text)
