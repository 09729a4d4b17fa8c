"""Institutional newsrooms' notices (government press offices, public bodies, charities): open terms
with a commercial carve-out, a switchboard beside an open licence, a credit asked "as the source",
Taiwan's open data licence on a line of its own, a link asked beside the credit. Names, numbers and
domains are invented (a new user's trial of institutional pages, session 27)."""

from __future__ import annotations

import pytest

from reprint_guard.extract import extract, page_notice
from reprint_guard.notice import parse_notice

PARAS_ZH = [
    "县政府今天召开会议，研究部署城乡公园建设和老旧小区改造工作，会议要求各部门抓好落实，确保群众满意。",
    "会上，县住建局介绍了今年以来的改造进度，全县已完成老旧小区改造二十六个，惠及居民四千余户。",
    "会议强调，要把好事办好，坚持问需于民，严格质量监管，确保改造工程经得起检验。",
]


def test_open_terms_with_a_commercial_carve_out_permit_the_rest():
    notice = (
        "Information on this site may be reproduced, in part or in whole and by any means, without charge or further "
        "permission from the City of Port Elgin. We ask only that users indicate the City of Port Elgin as the source.\n"
        "Commercial reproduction and distribution is prohibited except with written permission."
    )
    parsed = parse_notice(notice)
    assert parsed.forbidden_uses == () and parsed.permitted_uses == ("copy",)
    assert set(parsed.conditions) == {"credit", "non_commercial"}
    # a ban naming no commercial subject still bans
    assert parse_notice("Reproduction and distribution is prohibited except with written permission.").forbidden_uses == ("copy", "redistribute")


@pytest.mark.parametrize(
    "notice",
    ["Material on this website may be reproduced or copied without permission.", "Our releases may be reproduced and distributed without charge."],
)
def test_a_public_body_s_leave_to_reproduce_is_a_permission(notice):
    parsed = parse_notice(notice)
    assert parsed.forbidden_uses == () and "copy" in parsed.permitted_uses
    assert parse_notice("No part may be reproduced or copied without permission.").forbidden_uses == ("copy",)


def test_a_switchboard_beside_an_open_licence_is_no_licensing_desk():
    parsed = parse_notice("Switchboard: 020 7946 0000\nAll content is available under the Open Government Licence v3.0.")
    assert [(p.as_written, p.role) for p in parsed.phones] == [("020 7946 0000", "other")]


@pytest.mark.parametrize("ask", ["转载请注明出处及链接。", "欢迎转载，请附上本文链接。", "转载请注明来源和原文链接。"])
def test_a_link_asked_beside_the_credit_is_link_back(ask):
    assert "link_back" in parse_notice(f"本网站所发布信息除注明来源外，欢迎转载，{ask}").conditions


def test_taiwan_s_open_data_licence_on_a_line_of_its_own_is_the_notice_s():
    body = "".join(f"<p>{p}</p>" for p in PARAS_ZH)
    page = (
        f"<html><head><meta charset='utf-8'><title>T</title></head><body><article><h1>公園建設</h1>{body}</article>"
        "<div class='footer'><p>本網站資料採用政府資料開放授權條款－第1版釋出。</p><p>青嶺縣政府 版權所有 © 2025</p></div></body></html>"
    )
    notice = page_notice(extract(page, content_type="html"))
    assert notice.licence == "OGDL-Taiwan v1.0" and notice.rights_holder == "青嶺縣政府"
    assert "reprint" in notice.permitted_uses and notice.conditions == ("credit",)


def test_a_copy_crediting_the_name_the_notice_asks_for_is_permitted(tmp_path):
    from reprint_guard import Guard

    body = "".join(f"<p>{p}</p>" for p in PARAS_ZH)
    original = (
        "<html><head><meta charset='utf-8'><title>公园建设</title></head><body><h1>公园建设</h1>"
        "<p>发布日期：2025-03-07　信息来源：区商务局</p>" + body
        + "<p>（本文欢迎媒体转载，请注明来源“青岭区人民政府网”）</p><div class='footer'><p>版权所有：青岭区人民政府办公室</p></div></body></html>"
    )
    copy = (
        "<html><head><meta charset='utf-8'><title>公园建设</title></head><body><h1>公园建设</h1>"
        "<p>来源：青岭区人民政府网</p>" + body + "</body></html>"
    )
    with Guard.open(tmp_path / "fp", create=True) as g:
        g.protect_document(original, source="a.html", content_type="html")
        [m] = g.check(copy, content_type="html", url="https://news.example.net/a").matches
        assert (m.attributed, m.permitted, m.unmet_conditions) == (True, True, ())
        [u] = g.check(copy.replace("<p>来源：青岭区人民政府网</p>", ""), content_type="html").matches
        assert (u.permitted, u.unmet_conditions) == (False, ("credit",))


def test_the_names_a_notice_asks_to_be_credited():
    from reprint_guard.notice import credited_names

    assert credited_names("（本文欢迎媒体转载，请注明来源“青岭区人民政府网”）") == ("青岭区人民政府网",)
    assert credited_names("This story may be republished with credit to The Harbour Ledger.") == ("Harbour Ledger",)
    assert credited_names("版权所有，未经许可不得转载。") == ()


# --- a press release's trailer --------------------------------------------------------------------
RELEASE_PARAS = [
    "The county council on Tuesday approved a new flood defence scheme for the lower river, the largest investment in the town's defences for thirty years.",
    "The scheme will raise the embankments along two miles of the river and add three pumping stations, protecting about 1,200 homes and businesses.",
    "Work is due to begin in the spring and to take two years, with the main road through the town kept open throughout.",
    "Residents will be able to see the plans at drop-in sessions in the town library over the next month.",
]


@pytest.mark.parametrize(
    "trailer",
    [
        "<p>ENDS</p><h3>Notes to editors</h3><p>Harbour Aid is a national charity working with coastal communities since 1979.</p>"
        "<p>This press release may be reproduced with credit to Harbour Aid.</p>",
        "<h3>About Harbour Aid</h3><p>Harbour Aid is a national charity working with coastal communities since 1979.</p>"
        "<p><b>Media Contact</b><br>Jordan Lee<br>press@harbouraid.example<br>+1 206-555-0199</p><p style='text-align:center'>###</p>",
    ],
)
def test_a_press_release_s_trailer_is_no_part_of_its_text(trailer):
    page = (
        "<html><head><meta charset='utf-8'><title>Flood scheme approved | Harbour Aid</title></head><body><main>"
        "<h1>Flood scheme approved</h1>" + "".join(f"<p>{p}</p>" for p in RELEASE_PARAS) + trailer + "</main></body></html>"
    )
    doc = extract(page, content_type="html")
    assert doc.text.rstrip().endswith(RELEASE_PARAS[-1])
    assert "Harbour Aid is a national charity" not in doc.text


def test_a_verbatim_copy_of_a_release_s_story_is_a_reprint(tmp_path):
    from reprint_guard import Guard

    release = (
        "<html><head><meta charset='utf-8'><title>Flood scheme approved | Harbour Aid</title></head><body><main>"
        "<h1>Flood scheme approved</h1>" + "".join(f"<p>{p}</p>" for p in RELEASE_PARAS)
        + "<p>ENDS</p><h3>Notes to editors</h3><p>Harbour Aid is a national charity working with coastal communities since "
        "1979, with offices in Bristol, Hull and Aberdeen. Registered charity number 1098765.</p>"
        "<p>For more information contact the press office on 020 7946 0321 or press@harbouraid.example.</p></main></body></html>"
    )
    copy = "<html><body><h1>Flood scheme approved</h1>" + "".join(f"<p>{p}</p>" for p in RELEASE_PARAS) + "</body></html>"
    with Guard.open(tmp_path / "fp", create=True) as g:
        g.protect_document(release, source="r.html", content_type="html")
        [m] = g.check(copy, content_type="html").matches
        assert m.kind == "reprint"


def test_an_about_us_link_in_a_footer_is_no_release_trailer():
    text = "Rice exports rise\n\n" + "\n\n".join(RELEASE_PARAS) + "\n\nAbout Us\nMekong Star is an independent daily.\nCopyright © 2025 Mekong Star. All rights reserved."
    doc = extract(text, content_type="text")
    assert page_notice(doc).rights_holder == "Mekong Star"


def test_a_public_body_s_reproduction_terms_in_its_footer_are_the_notice():
    page = (
        "<html><head><meta charset='utf-8'><title>Transit pass | City of Port Elgin</title></head><body><main>"
        "<h1>Transit pass</h1>" + "".join(f"<p>{p}</p>" for p in RELEASE_PARAS) + "<p style='text-align:center'>- 30 -</p>"
        "<p>Media contact: Media Relations, City of Port Elgin, 613-555-0187, media@portelgin.example</p></main>"
        "<footer><h2>Reproduction</h2><p>Information on this site has been posted with the intent that it be readily available "
        "for personal and public non-commercial use and may be reproduced, in part or in whole and by any means, without "
        "charge or further permission from the City of Port Elgin. We ask only that users exercise due diligence in ensuring "
        "the accuracy of the materials reproduced; indicate the complete title of the materials reproduced and the City of "
        "Port Elgin as the source.</p><p>Commercial reproduction and distribution is prohibited except with written "
        "permission. For permission, contact copyright@portelgin.example.</p><p>&copy; City of Port Elgin 2025</p></footer></body></html>"
    )
    doc = extract(page, content_type="html")
    notice = page_notice(doc)
    assert doc.text.rstrip().endswith(RELEASE_PARAS[-1])
    assert notice.rights_holder == "City of Port Elgin"
    assert (notice.forbidden_uses, notice.permitted_uses) == ((), ("copy",))
    assert set(notice.conditions) == {"credit", "non_commercial"}
    assert [(e.address, e.role) for e in notice.emails] == [("copyright@portelgin.example", "licensing")]


@pytest.mark.parametrize("verb", ["run", "operated", "hosted", "published"])
def test_a_site_owned_and_run_by_a_body_names_its_holder(verb):
    parsed = parse_notice(
        f"This website is owned and {verb} by the Jalangbere Area Council. Text published here may be reproduced freely, "
        "provided the Council is acknowledged as the source."
    )
    assert parsed.rights_holder == "Jalangbere Area Council"
    # "published here" says where the text is, not a use it may be put to
    assert parsed.permitted_uses == ("copy",) and parsed.conditions == ("credit",)
