"""A © row followed by its links and buttons, under other lines of the same block (session 30)."""

import pytest

from reprint_guard.notice import parse_notice


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # a newsletter's small print: the promotion line above does not hide the name before ©
        ("Forwarded this? Sign up to The Calder Tribune for free.\nThe Calder Tribune © 2025 – Unsubscribe", "The Calder Tribune"),
        ("Thanks for reading.\nHarbour Note © 2026 – Unsubscribe | Manage preferences", "Harbour Note"),
        ("Read more at our site.\nAcme Ledger © 2025 | Privacy Policy | Terms of Use", "Acme Ledger"),
        ("About this newsletter.\nThe Dune Courier © 2024 · View in browser", "The Dune Courier"),
    ],
)
def test_the_name_before_a_sign_whose_row_ends_in_links(text: str, holder: str) -> None:
    assert parse_notice(text).rights_holder == holder


@pytest.mark.parametrize(
    "text",
    [
        "© 2026 • Privacy Policy",
        "Sign up for our newsletter.\n© 2025 – Unsubscribe",
    ],
)
def test_links_after_a_bare_sign_name_no_one(text: str) -> None:
    assert parse_notice(text).rights_holder is None
