"""One-case notice lines (all capitals, or lower-cased whole by a crawl) read as sentences."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reprint_guard.notice import parse_notice
from reprint_guard.notice.lettercase import is_lower_line, recased, recased_lower


def test_a_lower_cased_crawl_line_is_recased_word_by_word():
    line = "copyright 2024 merlion press media limited all rights reserved"
    assert recased(line) == "Copyright 2024 Merlion Press Media Limited all rights reserved"  # a sentence opens with a capital
    assert recased_lower(line) == recased(line)


def test_lines_in_mixed_case_han_or_addresses_are_left_as_printed():
    text = "Copyright 2024 Harbourview Media Ltd.\n版权所有 harbourview\nrights@news.example.com"
    assert recased(text) is text
    assert not is_lower_line("rights@news.example.com")
    assert not is_lower_line("harbourview kestrel bramble")  # no notice word: not a notice line


def test_the_holder_of_a_lower_cased_notice_is_given_back_as_printed():
    notice = parse_notice("published by merlion press media limited co regn no 201930617k "
                          "copyright 2024 merlion press media limited all rights reserved")
    assert notice is not None and notice.rights_holder == "merlion press media limited"
    upper = parse_notice("COPYRIGHT © 2024 THE RIVERSIDE COURIER. ALL RIGHTS RESERVED.")
    assert upper is not None and upper.rights_holder == "THE RIVERSIDE COURIER"


@given(st.text(alphabet="abcXYZ ©.\n版权0123@-'’", max_size=120))
def test_recasing_keeps_length_and_letters(text):
    out = recased(text)
    assert len(out) == len(text)
    assert out.lower() == text.lower()
    assert recased(out.lower()).lower() == text.lower()


def test_company_after_a_name_word_is_part_of_the_name():
    # "company" is a notice word ("company number"), but after a name's word it closes the name
    from reprint_guard.notice import parse_notice
    from reprint_guard.notice.lettercase import recased

    assert recased("© 2024 THE HARBOR SENTINEL COMPANY") == "© 2024 The Harbor Sentinel Company"
    assert parse_notice("COPYRIGHT ©2024 MARLOW WEBB & COMPANY, INC. ALL RIGHTS RESERVED").rights_holder == "MARLOW WEBB & COMPANY, INC."
    assert recased("REGISTERED IN ENGLAND, COMPANY NUMBER 01234567") == "Registered in England, company number 01234567"


def test_a_line_in_capitals_is_judged_without_its_links_and_accents_stay_in_words():
    # a link keeps its printed case: the line is still in capitals, and the link is not recased
    line = "© FENWAY HOLLOW NEWSPAPERS LIMITED. TO REPRODUCE MATERIAL, VISIT https://www.fenway.example/"
    assert recased(line) == "© Fenway Hollow Newspapers Limited. To reproduce material, visit https://www.fenway.example/"
    assert recased("CREDIT THE AUTHOR AND THE RŌPATA GAZETTE, LINK TO THE ORIGINAL STORY.") == (
        "Credit the author and The Rōpata Gazette, link to the original story."
    )
    # an abbreviation's dot ends no sentence: the next word keeps its small letter
    assert recased("KESTREL MEDIA LTD. HOLDS THE COPYRIGHT TO THIS ARTICLE.") == "Kestrel Media Ltd. holds the copyright to this article."


def test_names_in_capitals_end_where_the_notice_goes_on():
    cases = {
        # a legal form run into the next block's first word ends the name
        "© 2025 HOLMFIRTH VALE MEDIA LTDHOLMFIRTH VALE MEDIA DOES NOT CONTROL THE CONTENT OF EXTERNAL SITES.": "HOLMFIRTH VALE MEDIA LTD",
        # "and do not edit": the request goes on, the name does not
        "YOU MAY REPUBLISH IT FOR FREE, PROVIDED YOU CREDIT BRACKWATER LEDGER AND DO NOT EDIT THE TEXT.": "BRACKWATER LEDGER",
        # a notice noun between a name's words is the name's
        "COPYRIGHT © 2026 OKAPI CENTRE FOR RIGHTS AND MEDIATION | ALL RIGHTS RESERVED": "OKAPI CENTRE FOR RIGHTS AND MEDIATION",
        # a company number after the legal form, a link in lower case later on the line
        "© FENWAY HOLLOW NEWSPAPERS LIMITED IN ENGLAND NO. 604318. TO REPRODUCE MATERIAL, VISIT "
        "OUR SYNDICATION SITE (https://www.fenwaysyndication.example/).": "FENWAY HOLLOW NEWSPAPERS LIMITED",
        # a heading in capitals above the claim is read with it
        "COPYRIGHT NOTICE\nCOPYRIGHT THE TARRAGON BUSINESS RECORD 2025. THIS ARTICLE IS FOR YOUR PERSONAL USE ONLY.": "THE TARRAGON BUSINESS RECORD",
    }
    for text, holder in cases.items():
        assert parse_notice(text).rights_holder == holder, text


def test_a_claim_in_capitals_naming_no_one_is_the_sites():
    assert parse_notice("©2025 A QUILLBERRY PLC SUBSIDIARY", site="Quillberry Live").rights_holder == "Quillberry Live"
