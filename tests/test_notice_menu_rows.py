"""A footer's row of menu links or a page's tool buttons among a notice's lines is cut from the
article with the notice but printed in no notice text; a row that names a licensing desk stays.
From a new user's trial of holder names (session 29), which counted such rows in 62 of 108
stored notices. Names are invented."""

from __future__ import annotations

import pytest

from reprint_guard.extract import extract
from reprint_guard.notice.find import without_menu_rows

BODY = "".join(
    f"<p>Paragraph {i}: the riverside library reopened on Saturday after a two-year renovation, with a new reading room.</p>"
    for i in range(6)
)


def _page(footer: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>Library reopens</title></head><body>"
        f"<article><h1>Library reopens</h1>{BODY}</article>"
        f"<div id='footer'>{footer}</div></body></html>"
    )


def test_a_menu_row_over_the_footer_claim_is_no_part_of_the_notice():
    doc = extract(
        _page(
            "<p><a href='/contact'>Contact us</a> | <a href='/subscribe'>Subscribe</a> | <a href='/jobs'>Careers</a></p>"
            "<p>© 2025 Harbourline Media Ltd. All rights reserved. No part of this site may be reproduced without our written permission.</p>"
        ),
        content_type="html",
    )
    assert doc.notice_text.startswith("© 2025 Harbourline Media Ltd.")
    assert "Careers" not in doc.notice_text and "Careers" not in doc.text


@pytest.mark.parametrize(
    ("notice", "kept"),
    [
        ("关于我们 | 联系我们 | 广告服务 | 网站地图\n晨光日报社版权所有，未经授权不得转载", "晨光日报社版权所有，未经授权不得转载"),
        ("本文为晨光日报原创\n【字体：大 中 小】【打印】【关闭】\n未经授权不得转载", "本文为晨光日报原创\n未经授权不得转载"),
        ("© 2025 Harbour Ledger\nReprints | Syndication | Permissions", "© 2025 Harbour Ledger\nReprints | Syndication | Permissions"),
        ("出品｜江澜日报全媒体中心\n本作品版权归出品方所有", "出品｜江澜日报全媒体中心\n本作品版权归出品方所有"),
        ("About Us | Contact Us | Subscribe", "About Us | Contact Us | Subscribe"),
    ],
)
def test_menu_rows_are_left_out_of_the_notice_text(notice, kept):
    assert without_menu_rows(notice) == kept
