"""Round 57 tune shapes (which other contacts a page prints beside its notice), session 30."""

import pytest

from reprint_guard.notice import parse_notice


@pytest.mark.parametrize(
    "text",
    [
        "Have a news story from Khamphaeng? Email news@khamphaeng.example or call 086 552 4170.\n"
        "© Khamphaeng Map. Reproduction of this article without permission is prohibited.",
        "Got any story tips? Email desk@harbourline.example.\n© Harbourline. All rights reserved. Do not republish.",
    ],
)
def test_a_tip_invitation_beside_a_ban_is_no_licensing_desk(text: str) -> None:
    n = parse_notice(text)
    assert [e.role for e in n.emails] == ["tip"]
    assert all(p.role == "tip" for p in n.phones)


@pytest.mark.parametrize(
    ("text", "permitted"),
    [
        ("Please cite the source “Van Hai Tourism” when republishing information from this website.", ("reprint",)),
        ("Please acknowledge the source when reproducing this material.", ("copy",)),
    ],
)
def test_a_credit_asked_when_republishing_permits_the_use(text: str, permitted: tuple) -> None:
    n = parse_notice(text)
    assert n.permitted_uses == permitted
    assert n.conditions == ("credit",)
    assert n.forbidden_uses == ()


def test_a_credit_asked_for_another_use_permits_nothing() -> None:
    n = parse_notice("Please cite the source when using information from this website.")
    assert n.permitted_uses == ()
    assert n.conditions == ("credit",)
