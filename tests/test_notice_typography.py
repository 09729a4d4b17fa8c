"""Notices in more than one script and in odd typography, from a new user's trial of bilingual
pages (session 28): the circled C printed for ©, a soft hyphen inside a name, a French phone
extension, a release's 發布單位 beside its date, and a story's last paragraph that opens with
主辦單位 above the notice. Names, numbers and domains are invented."""

from __future__ import annotations

import pytest

from reprint_guard.extract import extract, page_notice
from reprint_guard.notice import parse_notice

PARAS_ZH = [
    "臺東縣政府今天在海濱公園舉辦音樂節開幕典禮，吸引上千名民眾到場，縣長致詞時感謝各界支持。",
    "今年音樂節邀請二十組樂團演出，活動為期三天，現場另設有在地小農市集與手作體驗攤位。",
    "文化處表示，今年首度推出減塑措施，鼓勵民眾自備餐具，並設置多處回收站，盼打造友善環境。",
]
PARAS_EN = [
    "The council approved the harbour plan on Tuesday after a long debate about the cost of the new sea wall.",
    "Residents told the meeting that the works should start before the winter storms, not after them.",
    "The plan now goes to the regional authority, which is expected to decide on its funding next month.",
]


def _page(paras: list[str], tail: str, head: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return f"<html><head><meta charset='utf-8'><title>T</title></head><body><h1>Headline</h1>{head}{body}{tail}</body></html>"


@pytest.mark.parametrize("sign", ["Ⓒ", "ⓒ"])
def test_the_circled_c_is_the_copyright_sign(sign):
    assert parse_notice(f"{sign} 2026 Fenland Echo Ltd — all rights reserved.").rights_holder == "Fenland Echo Ltd"
    page = _page(PARAS_EN, f"<footer><p>{sign} 2026 Harrow Standard Ltd. All rights reserved.</p></footer>")
    assert page_notice(extract(page, content_type="html")).rights_holder == "Harrow Standard Ltd."


def test_a_soft_hyphen_stays_out_of_the_holder():
    page = _page(PARAS_EN, "<footer><p>© 2026 Tawe Valley Chron&shy;icle Ltd. All rights re\u00adserved.</p></footer>")
    doc = extract(page, content_type="html")
    assert page_notice(doc).rights_holder == "Tawe Valley Chronicle Ltd."
    assert "\u00ad" not in doc.notice_text


def test_a_story_s_closing_paragraph_opening_with_the_organiser_is_no_footer_row():
    closing = "主辦單位提醒，會場周邊道路將實施交通管制，建議民眾多加利用大眾運輸工具前往，並自備環保杯與餐具，共同維護海濱環境。"
    page = _page([*PARAS_ZH, closing], "<div class='license'><p>本網站資料採用「政府資料開放授權條款－第1版」釋出，使用者可依條款規定利用。</p></div>")
    doc = extract(page, content_type="html")
    assert closing not in doc.notice_text and doc.text.rstrip().endswith(closing)
    # a footer row labelled 主辦單位 still sits among the notice's lines
    footer = "<div class='footer'><p>© 2026 西山市人民政府 版權所有</p><p>主辦單位：西山市人民政府</p><p>承辦單位 西山市大數據中心</p></div>"
    assert "主辦單位：西山市人民政府" in extract(_page(PARAS_ZH, footer), content_type="html").notice_text


def test_a_french_extension_is_the_phone_s_extension():
    (phone,) = parse_notice("© 2026 Le Courrier de l’Estrie inc. Pour reproduction : 613 555-0143, poste 22").phones
    assert (phone.e164, phone.extension) == ("+16135550143", "22")


@pytest.mark.parametrize("date", ["民國115年7月18日", "2026年7月18日", "2026-07-18"])
def test_a_release_s_issuing_office_beside_its_date_is_a_date_line(date):
    head = f"<div class='info'>發布日期：{date}　發布單位：臺東縣政府文化處</div>"
    doc = extract(_page(PARAS_ZH, "", head), content_type="html")
    assert doc.date == "2026-07-18" and "發布單位" not in doc.text and doc.outlet is None


def test_a_notice_s_english_version_under_the_chinese_one_is_the_same_notice():
    box = (
        "<div class='cr-box'><p>版权声明 | Copyright Notice</p><p>本作品为屯河市融媒体中心原创，未经授权，不得转载、摘编。</p>"
        "<p>This work is original to Tunhe Media Center. No reproduction without authorisation.</p></div>"
    )
    doc = extract(_page(PARAS_ZH, box), content_type="html")
    notice = page_notice(doc)
    assert "No reproduction without authorisation." in doc.notice_text and "No reproduction" not in doc.text
    assert notice.rights_holder == "屯河市融媒体中心" and set(notice.forbidden_uses) == {"reprint", "excerpt", "copy"}
