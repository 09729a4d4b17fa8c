"""Whom to call, as a copyright desk reads it: a Hong Kong or Macau notice on a page whose
language tag names Taiwan keeps its own place's numbers, and a newsroom's tip line worded as a
question ("Seen something newsworthy?") is a tip line. From a new user's trial of licensing
routes (session 29). Names and numbers are invented."""

from __future__ import annotations

import pytest

from reprint_guard.extract import extract, page_notice
from reprint_guard.notice import parse_notice

HK_NOTICE = "荃灣日報有限公司版權所有，不得轉載。地址：香港新界荃灣沙咀道100號　版權查詢：3555 1122　報料：3555 1133"


@pytest.mark.parametrize("region", ["TW", "HK", "CN"])
def test_a_hong_kong_address_keeps_its_numbers_in_hong_kong(region):
    phones = parse_notice(HK_NOTICE, default_region=region).phones
    assert [(p.e164, p.role) for p in phones] == [("+85235551122", "licensing"), ("+85235551133", "tip")]


def test_a_macau_notice_on_a_taiwan_tagged_page_reads_macau_numbers():
    phones = parse_notice("澳門晨報版權所有，不得轉載。澳門新馬路12號　版權查詢：2855 1234", default_region="TW").phones
    assert [p.e164 for p in phones] == ["+85328551234"]


def test_a_taiwan_notice_keeps_its_taiwan_numbers():
    phones = parse_notice("臺北晨報版權所有，未經授權不得轉載。版權合作：2718 5320", default_region="TW").phones
    assert [p.e164 for p in phones] == ["+88627185320"]


def test_the_page_language_tag_does_not_move_a_hong_kong_desk():
    body = "".join(f"<p>第{i}段：荃灣區議會今日討論海濱長廊延伸計劃，居民代表要求增設單車徑。</p>" for i in range(6))
    page = (
        "<html lang='zh-TW'><head><meta charset='utf-8'><title>海濱長廊延伸 | 荃灣日報</title></head><body>"
        f"<article><h1>海濱長廊延伸</h1>{body}<p>{HK_NOTICE}</p></article></body></html>"
    )
    notice = page_notice(extract(page, content_type="html"))
    assert ("+85235551122", "licensing") in [(p.e164, p.role) for p in notice.phones]


@pytest.mark.parametrize(
    "line",
    [
        "Seen something newsworthy? WhatsApp us on 07912 345699",
        "Witnessed something? Call us on 07912 345699",
    ],
)
def test_a_tip_line_worded_as_a_question_is_a_tip(line):
    phones = parse_notice(f"© 2025 Harbour Ledger. All rights reserved. {line}", default_region="GB").phones
    assert [(p.e164, p.role) for p in phones] == [("+447912345699", "tip")]


@pytest.mark.parametrize(
    "lead",
    ["Printed from ", "Retrieved from ", "Source URL: "],
)
def test_a_print_views_own_address_is_no_contact(lead):
    notice = parse_notice(
        f"{lead}https://www.ridgeway.example/news/community-health-fair — © 2025 The Ridgeway Education Trust. "
        "Pages may be reproduced for school and church use."
    )
    assert notice.urls == ()
    assert notice.rights_holder == "The Ridgeway Education Trust"


def test_a_licensing_page_after_the_notice_is_still_a_contact():
    notice = parse_notice("© 2025 Harbour Ledger. For reprints visit https://harbour.example/reprints")
    assert [(u.url, u.role) for u in notice.urls] == [("https://harbour.example/reprints", "licensing")]
