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


@pytest.mark.parametrize(
    "text",
    [
        "© 2025 All rights reserved. No part of this website may be reproduced without permission.",
        "Copyright © 2025. All rights reserved. Unauthorized reproduction is prohibited.",
        "© 2025 All Rights Reserved. Please do not republish our stories.",
        "Copyright 2025 All Rights Reserved. Reprinting is prohibited.",
    ],
)
def test_the_sentence_after_a_bare_reservation_names_no_one(text: str) -> None:
    # its opening words ("No", "Please do", "Reprinting") are no party (a new user's trial)
    assert parse_notice(text).rights_holder is None


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("© 2025 All rights reserved. Acme News Ltd.", "Acme News Ltd."),
        ("© 2025, All Rights Reserved. The Dune Courier", "The Dune Courier"),
    ],
)
def test_a_name_after_the_reservation_is_still_the_party(text: str, holder: str) -> None:
    assert parse_notice(text).rights_holder == holder


def test_a_bare_reservation_on_a_page_names_its_site() -> None:
    from reprint_guard.extract import extract, page_notice

    body = "".join(f"<p>Paragraph {k}: the harbour board approved the dredging plan after a long night of questions.</p>" for k in range(6))
    page = (
        "<html><head><title>Dredging plan approved | Cobalt Coast Chronicle</title>"
        "<meta property='og:site_name' content='Cobalt Coast Chronicle'></head><body><article><h1>Dredging plan approved</h1>"
        f"{body}</article><footer><p>© 2025 All rights reserved. No part of this website may be reproduced without "
        "written permission.</p></footer></body></html>"
    )
    notice = page_notice(extract(page, content_type="html"))
    assert notice is not None and notice.rights_holder == "Cobalt Coast Chronicle"
    assert notice.forbidden_uses == ("copy",)


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        # a licensing desk's field in a footer row forbids nothing, as the same label on its own line
        ("Copyright © 2025 | All Rights Reserved | Reprints: (617) 555-0116", ()),
        ("All Rights Reserved | Reprints: reprints@acme.example", ()),
        # a field that bans keeps its ban
        ("© 2025 Acme | All rights reserved | No reproduction without permission", ("copy",)),
        ("版权所有 | 未经授权不得转载", ("reprint",)),
    ],
)
def test_a_footer_rows_bar_ends_its_field(text: str, forbidden: tuple) -> None:
    assert parse_notice(text).forbidden_uses == forbidden


@pytest.mark.parametrize(
    "text",
    [
        "All content © Copyright 2025. All rights reserved.",
        "Site contents © 2025",
        "All materials on this site © 2025.",
        "Page content © 2025",
    ],
)
def test_a_lead_naming_the_content_names_no_party(text: str) -> None:
    # its first word ("All", "Site") is no holder; the page's site is (a new user's probe)
    assert parse_notice(text).rights_holder is None


def test_a_lead_naming_the_content_leaves_the_holder_to_the_page() -> None:
    from reprint_guard.extract import extract, page_notice

    body = "".join(f"<p>Paragraph {k}: the evening ferry will run until October after a petition from cannery workers.</p>" for k in range(6))
    page = (
        "<html><head><title>Ferry runs late | Ridgeway Courier</title></head><body><div class='logo'><img src='/logo.png' "
        f"alt='Ridgeway Courier'></div><h1>Ferry runs late</h1>{body}<footer><p>All content © Copyright 2025. All rights "
        "reserved.</p></footer></body></html>"
    )
    notice = page_notice(extract(page, content_type="html"))
    assert notice is not None and notice.rights_holder == "Ridgeway Courier"
