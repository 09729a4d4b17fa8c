"""English notice wordings of a second new-user trial: press offices' and small sites' permissions,
the UK's Open Government Licence, a UK paper's complaints paragraph and contact rows naming their
desks in words the parser did not know.

Every name, number and address is INVENTED (``.example`` domains, Ofcom drama numbers 01632 960xxx,
US 555-01xx). The uses follow the benchmark's labelling decisions (bench/notices/README.md):
"reproduced" is ``copy``, "reprinted" is ``reprint``, sharing is no mapped use.
"""

from __future__ import annotations

from html import escape

import pytest

from reprint_guard.extract import extract
from reprint_guard.notice import parse_notice

BODY = [
    "The Kestrel Bay harbour board approved a plan on Monday to rebuild the north breakwater, which was "
    "damaged in two winter storms and has been closed to walkers since January.",
    "Work will start in April and is expected to take eighteen months. The board said fishing boats "
    "would keep their moorings while the contractor works from a barge.",
    '"The breakwater protects every boat in this harbour," said board chair Ellen Moss. "We cannot '
    'leave it another winter."',
    "The board will hold an open evening at the harbour office on 12 March to show residents the design.",
]


def _page(*, after: str = "", footer: str = "", site: str = "Kestrel Bay Mercury") -> str:
    paras = "".join(f"<p>{escape(p)}</p>" for p in BODY)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Breakwater rebuild approved</title>'
        f'<meta property="og:site_name" content="{escape(site)}"></head><body><header><nav>Home | News | Sport</nav></header>'
        f"<main><article><h1>Breakwater rebuild approved</h1>{paras}{after}</article></main>"
        f"<footer>{footer}</footer></body></html>"
    )


def _roles(notice) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    return [(p.e164, p.role) for p in notice.phones], [(e.address, e.role) for e in notice.emails]


# --- permissions and bans: (text, forbidden, permitted, conditions) ------------------------------
USES = [
    # a press release's permission that needs no leave is no ban
    pytest.param(
        "This press release may be reproduced in full without permission. Please credit the Kestrel Bay Harbour Board.",
        (), ("copy",), ("credit",), id="reproduced-without-permission-permits",
    ),
    pytest.param(
        "Bulletins of the Island Information Office can be republished without prior permission.",
        (), ("reprint",), (), id="republished-without-prior-permission-permits",
    ),
    # leave to be sought from the Editor: a ban until it is given
    pytest.param(
        "© 2025 Tasman Reef Times. Permission to reproduce this article, in print or online, must be sought in "
        "writing from the Editor, editor@tasmanreef.example.",
        ("copy",), (), (), id="permission-must-be-sought",
    ),
    pytest.param(
        "Permission to republish our stories must first be obtained from the news editor.",
        ("reprint",), (), (), id="permission-must-first-be-obtained",
    ),
    # a share permission on terms: sharing is no mapped use; its credit, link and sale terms are read
    pytest.param(
        "Copyright notice: This article is the property of the Marsh Lane Herald. It may be shared in full with a "
        "credit and a link, but may not be sold, edited or included in a paid newsletter.",
        ("modify",), (), ("credit", "non_commercial", "link_back"), id="shared-with-credit-and-link-not-sold",
    ),
    # a republish box's rule for online copies
    pytest.param(
        "You are free to republish this story under Creative Commons Attribution-NoDerivatives 4.0.\n"
        "If you're republishing online, you must link to the URL of this story on our site.",
        (), ("reprint", "copy", "redistribute"), ("credit", "no_derivatives", "link_back"), id="must-link-to-the-url",
    ),
]


@pytest.mark.parametrize(("text", "forbidden", "permitted", "conditions"), USES)
def test_english_permissions_and_bans(text, forbidden, permitted, conditions) -> None:
    notice = parse_notice(text)
    assert (notice.forbidden_uses, notice.permitted_uses, notice.conditions) == (forbidden, permitted, conditions)


def test_the_editor_whose_leave_a_ban_asks_is_the_licensing_contact() -> None:
    notice = parse_notice(
        "© 2025 Tasman Reef Times. Permission to reproduce this article must be sought from the Editor: "
        "editor@tasmanreef.example"
    )
    assert _roles(notice) == ([], [("editor@tasmanreef.example", "licensing")])


# --- the Open Government Licence -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "licence"),
    [
        ("All content is available under the Open Government Licence v3.0, except where otherwise stated.\n© Crown copyright", "OGL v3.0"),
        ("© Crown copyright 2025\nThis publication is licensed under the terms of the Open Government Licence v3.0 "
         "except where otherwise stated.", "OGL v3.0"),
        ("© Crown copyright\nReuse under the Open Government Licence: nationalarchives.gov.uk/doc/open-government-licence/version/2/",
         "OGL v2.0"),
        ("Contains public sector information licensed under the Open Government Licence.\n© Crown copyright", "OGL"),
    ],
    ids=["available-under", "licensed-under-the-terms", "linked-version", "no-version"],
)
def test_the_open_government_licence_is_a_licence_like_cc_by(text: str, licence: str) -> None:
    notice = parse_notice(text)
    assert notice.rights_holder == "Crown"
    assert notice.licence == licence
    assert notice.permitted_uses == ("reprint", "modify", "copy", "redistribute")
    assert notice.conditions == ("credit",)
    assert notice.forbidden_uses == ()


# --- contact roles ----------------------------------------------------------------------------------
CONTACTS = [
    # the complaints paragraph of an IPSO-regulated UK title: the editor's address and number take complaints
    pytest.param(
        "© Fenmoor Gazette Ltd 2025.\nThe Fenmoor Gazette is regulated by IPSO. If you have a complaint about editorial "
        "content which relates to inaccuracy or intrusion, please contact the editor at complaints@fenmoor.example or "
        "call 01632 960418. If you are not satisfied with our response you may contact IPSO.\n"
        "Want to reproduce this article? Email syndication@fenmoor.example.",
        [("+441632960418", "complaint")],
        [("complaints@fenmoor.example", "complaint"), ("syndication@fenmoor.example", "licensing")],
        id="ipso-complaints-paragraph",
    ),
    pytest.param(
        "© 2025 Fenmoor Gazette\nFor advertising enquiries call 01632 960431; for newspaper delivery call 01632 960432.",
        [("+441632960431", "advertising"), ("+441632960432", "subscription")], [], id="newspaper-delivery",
    ),
    pytest.param(
        "© 2025 Osprey Point Ledger\nClassifieds: 207-555-0142 · Home delivery: 207-555-0143",
        [("+12075550142", "advertising"), ("+12075550143", "subscription")], [], id="home-delivery",
    ),
    pytest.param(
        "Subscriber services: 1-800-555-0161 | Place an ad: 217-555-0162 | Newsroom: 217-555-0163\n© 2025 Prairie Lantern",
        [("+18005550161", "subscription"), ("+12175550162", "advertising"), ("+12175550163", "tip")], [],
        id="place-an-ad",
    ),
    # desks named in brackets after the number; a list naming reprints is the licensing desk's
    pytest.param(
        "Editorial: desk@ospreyledger.example / 207-555-0171 (tips, corrections and story ideas)\n"
        "Business office: 207-555-0172 (advertising, subscriptions, reprints)\n© 2025 Osprey Point Ledger",
        [("+12075550171", "tip"), ("+12075550172", "licensing")], [("desk@ospreyledger.example", "tip")],
        id="desks-in-brackets",
    ),
]


@pytest.mark.parametrize(("text", "phones", "emails"), CONTACTS)
def test_contact_roles_in_english_rows(text, phones, emails) -> None:
    assert _roles(parse_notice(text)) == (phones, emails)


# --- the notice found on the page --------------------------------------------------------------------
PAGES = [
    # a Reach-style footer: the complaints paragraph after the © line leaves the claim a notice
    pytest.param(
        _page(footer="<p>© Fenmoor Gazette Ltd 2025</p><p>If you have a complaint about the editorial content which relates "
              "to inaccuracy or intrusion, then please contact the editor <a href='https://fenmoor.example/complaints'>here"
              "</a>. If you are dissatisfied with the response provided you can contact IPSO <a href='https://ipso.example/'>"
              "here</a>.</p>"),
        "© Fenmoor Gazette Ltd 2025", "Fenmoor Gazette Ltd", None, id="reach-complaints-footer",
    ),
    # a government information service's release
    pytest.param(
        _page(after="<p>Material released by the Kestrel Bay Information Service may be freely reproduced. Please "
              "acknowledge the Kestrel Bay Information Service as the source. Media enquiries: media@kbis.example.</p>",
              site="Kestrel Bay Information Service"),
        "Material released by the Kestrel Bay Information Service may be freely reproduced.",
        "Kestrel Bay Information Service", ((), ("copy",), ("credit",)), id="freely-reproduced",
    ),
    pytest.param(
        _page(after="<p>Articles from the Island Information Office may be reprinted with acknowledgement.</p>",
              site="Island Information Office"),
        "Articles from the Island Information Office may be reprinted with acknowledgement.",
        "Island Information Office", ((), ("reprint",), ("credit",)), id="reprinted-with-acknowledgement",
    ),
    pytest.param(
        _page(after="<p>Feel free to share this story. We ask only that you credit the Marsh Lane Herald and include a "
              "link to our website.</p><p>© 2025 Marsh Lane Herald</p>", site="Marsh Lane Herald"),
        "Feel free to share this story.", "Marsh Lane Herald", ((), (), ("credit", "link_back")), id="feel-free-to-share",
    ),
    pytest.param(
        _page(after="<p><strong>Copyright notice:</strong> This article is the property of the Marsh Lane Herald. It may "
              "be shared in full with a credit and a link, but may not be sold, edited or included in a paid "
              "newsletter.</p>", site="Herald Online"),
        "This article is the property of the Marsh Lane Herald.", "Marsh Lane Herald",
        (("modify",), (), ("credit", "non_commercial", "link_back")), id="property-of",
    ),
    pytest.param(
        _page(footer="<p>© Crown copyright 2025</p><p>This publication is licensed under the terms of the Open Government "
              "Licence v3.0 except where otherwise stated. To view this licence, visit "
              "nationalarchives.gov.uk/doc/open-government-licence/version/3.</p>", site="Department for Harbours"),
        "Open Government Licence v3.0", "Crown", ((), ("reprint", "modify", "copy", "redistribute"), ("credit",)),
        id="ogl-publication-imprint",
    ),
]


@pytest.mark.parametrize(("html", "line", "holder", "uses"), PAGES)
def test_english_notices_are_found_on_the_page(html, line, holder, uses) -> None:
    doc = extract(html)
    assert doc.notice_text is not None and line in doc.notice_text, doc.notice_text
    assert doc.text.split("\n") == BODY
    notice = parse_notice(doc.notice_text, site=doc.outlet)
    assert notice.rights_holder == holder
    if uses is not None:
        assert (notice.forbidden_uses, notice.permitted_uses, notice.conditions) == uses


def test_a_republish_boxs_online_link_rule_is_part_of_its_notice() -> None:
    box = (
        "<aside class='modal'><h2>Republish This Story for Free</h2><p>You are free to republish it so long as you do the "
        "following:</p><ul><li>You have to credit us.</li><li>You can't edit our material.</li><li>If you're republishing "
        "online, you must link to the URL of this story.</li></ul><p>Our stories are licensed under <a "
        "href='https://creativecommons.org/licenses/by-nd/4.0/'>Creative Commons Attribution-NoDerivatives 4.0 "
        "International</a>.</p></aside>"
    )
    html = _page(site="Osprey Point Ledger").replace("</article>", "</article>" + box)
    doc = extract(html)
    assert doc.notice_text is not None and "you must link to the URL of this story" in doc.notice_text
    notice = parse_notice(doc.notice_text, site=doc.outlet)
    assert notice.conditions == ("credit", "no_derivatives", "link_back")


@pytest.mark.parametrize(
    ("text", "permitted", "conditions"),
    [
        # republish boxes worded as small newsrooms word them (session 22 probe; names invented)
        ("Our stories may be republished for free provided the byline is kept and a link to the original appears.",
         ("reprint",), ("credit", "link_back")),
        ("Reposting is permitted if you include the author's name and a link back.", ("reprint",), ("credit", "link_back")),
        ("Other outlets may republish our stories at no cost, with attribution to the Tern Gazette and a link to tern.example.",
         ("reprint",), ("credit", "link_back")),
        ("This story can be republished without charge, but it must carry the original byline and a link to tern.example.",
         ("reprint",), ("credit", "link_back")),
        ("Readers may copy and distribute this article for non-commercial purposes with attribution.",
         ("copy", "redistribute"), ("credit", "non_commercial")),
        ("Republishing is allowed with attribution and a link to our site.", ("reprint",), ("credit", "link_back")),
    ],
)
def test_republish_permissions_and_their_conditions(text: str, permitted: tuple[str, ...], conditions: tuple[str, ...]) -> None:
    notice = parse_notice(text)
    assert (notice.forbidden_uses, set(notice.permitted_uses), set(notice.conditions)) == ((), set(permitted), set(conditions))


def test_a_republish_box_whose_last_rule_scopes_out_the_photos_is_read_whole() -> None:
    # (a new-user trial: "Photos and graphics are not included in this licence" ended the box,
    # so only the footer's tips line was read, no licence and no licensing address)
    box = (
        '<aside class="republish-box"><h3>Republish this story</h3><p>Harbourline News is a nonprofit newsroom. You may '
        "republish this article for free under a Creative Commons Attribution-NoDerivatives 4.0 International licence "
        "(CC BY-ND 4.0), provided you follow these rules:</p><ul><li>You must credit the author and Harbourline News.</li>"
        "<li>You must include a link back to the original story on harbourline.example.</li><li>You cannot edit our "
        "material, except to reflect relative changes in time, location and editorial style.</li><li>Photos and graphics "
        "are not included in this licence.</li></ul><p>Questions about republishing? Email our partnerships editor at "
        "republish@harbourline.example.</p></aside>"
    )
    footer = "<footer><p>Harbourline News · News tips: tips@harbourline.example</p><p>© 2025 Harbourline News Inc.</p></footer>"
    doc = extract(_page(after=box, footer=footer), content_type="html")
    notice = parse_notice(doc.notice_text)
    assert notice.licence == "CC BY-ND 4.0"
    assert {"credit", "link_back", "no_derivatives"} <= set(notice.conditions)
    assert [(e.address, e.role) for e in notice.emails if e.role == "licensing"] == [("republish@harbourline.example", "licensing")]


@pytest.mark.parametrize(
    ("line", "permitted", "conditions"),
    [
        ("This press release may be reproduced with credit to the Department of Water.", ("copy",), ("credit",)),
        ("This media release may be reproduced in full or in part.", ("copy",), ()),
        ("This statement may be freely reproduced.", ("copy",), ()),
        # the uses before "may be" are its subject
        ("Short excerpts of up to 150 words may be quoted with credit and a link to the original; full reproduction "
         "requires a licence.", ("excerpt",), ("credit", "link_back")),
    ],
)
def test_press_office_and_excerpt_permissions_are_found_and_read(line: str, permitted: tuple[str, ...], conditions: tuple[str, ...]) -> None:
    doc = extract(_page(after=f"<p>{line}</p>"), content_type="html")
    assert doc.notice_text == line
    notice = parse_notice(doc.notice_text)
    assert (notice.permitted_uses, set(notice.conditions)) == (permitted, set(conditions))


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # an explicit copyright statement outranks the origin line before it
        ("This article first appeared in The Coastal Quarterly, published by Estuary Press Pty Ltd, and is republished "
         "with permission. Copyright remains with Estuary Press Pty Ltd.", "Estuary Press Pty Ltd."),
        ("Copyright in this article belongs to Tern Media Ltd.", "Tern Media Ltd."),
        # a title "of" a company: the company holds the rights (labelling decisions, Rounds 12 and 17B)
        ("© 2025 Midlands Express, a title of Highveld Community Media (Pty) Ltd.", "Highveld Community Media (Pty) Ltd."),
        ("© 2025 The Tern Gazette, a division of Tern Media Inc. All rights reserved.", "Tern Media Inc."),
        ("© 2025 The Tern Gazette, a member of the Lakes Media Group", "The Tern Gazette"),  # a group member keeps its own
    ],
)
def test_whose_copyright_a_statement_or_a_title_line_names(text: str, holder: str) -> None:
    assert parse_notice(text).rights_holder == holder


@pytest.mark.parametrize(
    ("notice", "forbidden", "permitted"),
    [
        ("Stories from this site may be reproduced free of charge after obtaining permission by e-mail.", ("copy",), ()),
        ("Columns may be republished subject to permission from the editor.", ("reprint",), ()),
        ("Content may be reproduced with prior written permission of the publisher.", ("copy",), ()),
        ("Stories may be reprinted upon receiving permission from the newsroom.", ("reprint",), ()),
        ("Articles may be reproduced free of charge.", (), ("copy",)),
        ("Reprinted with permission from the Kestrel Times.", (), ()),  # a licensed reprint's credit
    ],
)
def test_a_use_allowed_after_permission_is_taken_needs_leave_first(notice: str, forbidden: tuple, permitted: tuple) -> None:
    got = parse_notice(notice)
    assert (got.forbidden_uses, got.permitted_uses) == (forbidden, permitted)


@pytest.mark.parametrize(
    "text", ["Subscribe to read more, or ask for a free copy.", "Your print copy arrives on Thursdays.", "Order a sample copy today."]
)
def test_a_copy_of_the_paper_is_no_copying(text: str) -> None:
    assert parse_notice(text).forbidden_uses == ()


@pytest.mark.parametrize(
    "row", ["Website Policies | Copyright Policy | Hyperlinking Policy | Help", "Terms of Use · Copyright Notice · Privacy", "Copyright Information | Contact us"]
)
def test_a_link_to_a_copyright_page_names_no_holder(row: str) -> None:
    assert parse_notice(row).rights_holder is None  # before: "Policy", "Notice", "Information"
    assert parse_notice(f"{row}\nContent owned by the Tern Valley Information Office.").rights_holder == "Tern Valley Information Office"


def test_a_long_policy_paragraph_allowing_reproduction_after_permission_is_the_notice() -> None:
    policy = ("Material featured on this portal may be reproduced free of charge after taking proper permission by sending a mail "
              "to us. However, the material has to be reproduced accurately and not used in a derogatory manner or in a misleading "
              "context. Wherever the material is being published or issued to others, the source must be prominently acknowledged.")  # fmt: skip
    doc = extract(_page(footer=f"<p>{policy}</p><p>Content owned by the Tern Valley Information Office.</p>"), content_type="html")
    assert policy in (doc.notice_text or "")
    assert parse_notice(doc.notice_text).forbidden_uses == ("copy",)


def test_makers_who_own_the_copyright_and_ask_before_rebroadcasting_name_the_host() -> None:
    rights = ("Shows on Tern Valley Radio are made by volunteer producers, who own the copyright in their shows. Please ask the "
              "show's producer before re-using or rebroadcasting any part of this episode: studio@ternradio.example")  # fmt: skip
    page = (
        "<html><head><title>Garden Hour – Episode 9 | Tern Valley Radio</title></head><body><main><h1>Garden Hour</h1>"
        "<p class='show-meta'>Hosted by Rua Tamihana · Thursdays 11am</p>"
        + "".join(f"<p>{escape(p)}</p>" for p in BODY)
        + f"<p class='rights'>{rights}</p></main><footer><p>© 2026 Tern Valley Radio Trust</p></footer></body></html>"
    )
    doc = extract(page, content_type="html")
    assert doc.author == "Rua Tamihana"
    assert doc.notice_text == rights
    notice = parse_notice(doc.notice_text, site=doc.outlet, author=doc.author)
    assert (notice.rights_holder, notice.forbidden_uses) == ("Rua Tamihana", ("broadcast",))
    assert [(e.address, e.role) for e in notice.emails] == [("studio@ternradio.example", "licensing")]


@pytest.mark.parametrize(
    ("opening", "holder"),
    [
        ("<p><i>Republished with permission from the Tern Valley Clarion.</i></p>", "Tern Valley Clarion"),
        ("<p>This article is reprinted courtesy of the Harbor Ledger.</p>", "Harbor Ledger"),
        ("<div class='note'>© 2024 Wexbridge Courier. Reprinted by permission.</div>", "Wexbridge Courier"),
    ],
)
def test_a_licensed_copys_opening_credit_names_its_source_over_the_sites_footer(opening: str, holder: str) -> None:
    paras = "".join(f"<p>{escape(p)}</p>" for p in BODY)
    page = (f"<html><head><title>Breakwater rebuild approved | Aggregator Hub</title></head><body><article><h1>Breakwater rebuild approved</h1>"
            f"{opening}{paras}</article><footer>© 2024 Aggregator Hub</footer></body></html>")  # fmt: skip
    doc = extract(page, content_type="html")
    notice = parse_notice(doc.notice_text, site=doc.outlet)
    assert notice.rights_holder.removeprefix("the ") == holder
    assert not doc.text.startswith(("Republished", "This article", "©"))


@pytest.mark.parametrize(
    "notice",
    [
        "© Tern Valley Live. Want to use this story? Our syndication desk licenses articles and photographs: synd@ternlive.example | 059 555 0146",
        "Want to use this article? Contact our syndication team: synd@ternlive.example",
        "Would like to reuse our content? Email licensing@ternlive.example.",
    ],
)
def test_asking_whether_you_want_to_use_the_story_before_a_desk_forbids_reprinting(notice: str) -> None:
    got = parse_notice(notice)
    assert got.forbidden_uses == ("reprint",)
    assert all(e.role == "licensing" for e in got.emails)


def test_a_question_answered_with_a_permission_forbids_nothing() -> None:
    assert parse_notice("Want to use this story? You can, for free, with credit.").forbidden_uses == ()


def test_the_button_a_notice_points_to_below_it_is_whom_to_ask() -> None:
    box = ('<div class="reuse"><p>Kestrel Bay Mercury stories may be republished by media outlets with credit. For all other uses, '
           'please use the button below.</p><p><a class="btn" href="https://www.kbmercury.example/reuse?story=41">Request to reuse this story</a></p></div>'
           '<p>Media contact: Press Office, 066 555 0144, press@kbmercury.example</p>')  # fmt: skip
    doc = extract(_page(after=box), content_type="html")
    got = parse_notice(doc.notice_text, site=doc.outlet)
    assert [(u.url, u.role) for u in got.urls] == [("https://www.kbmercury.example/reuse?story=41", "licensing")]
    assert [(e.address, e.role) for e in got.emails] == [("press@kbmercury.example", "other")]
