"""A notice that names its party only as "the publisher", under the imprint line that names the
publisher (session 30, round 7 tune: a magazine's e-edition text)."""

import pytest

from reprint_guard.extract import extract, page_notice
from reprint_guard.notice import parse_notice

IMPRINT = "The Valley Clarion is published every Friday by Valley Clarion Publishing Ltd., P.O. Box 91, The Valley, Anguilla."
BAN = (
    "No part of this publication may be reproduced, stored in a retrieval system or transmitted in any form without"
    " the written permission of the publisher."
)


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (IMPRINT + "\n" + BAN, "Valley Clarion Publishing Ltd."),
        ("Harbour Notes is produced by Tidewater Media Group. Reproduction without the publisher's written permission is prohibited.",
         "Tidewater Media Group"),
        (BAN, None),  # no imprint: no one named
    ],
)
def test_the_publisher_is_the_imprints_company(text: str, holder: str | None) -> None:
    assert parse_notice(text).rights_holder == holder


def test_a_text_page_joins_the_imprint_above_its_notice() -> None:
    body = "\n".join(f"Paragraph {k}: the ferry terminal upgrade will start in July and last eighteen months." for k in range(6))
    page = f"THE VALLEY CLARION · E-EDITION\nFerry terminal upgrade\nBy Sherelle Gumbs\n{body}\n{IMPRINT}\n{BAN}\nEditorial: editor@valleyclarion.example\n"
    doc = extract(page, content_type="text/plain")
    assert doc.notice_text is not None and doc.notice_text.startswith(IMPRINT)
    notice = page_notice(doc)
    assert notice is not None and notice.rights_holder == "Valley Clarion Publishing Ltd."
    assert notice.forbidden_uses == ("copy", "redistribute")
