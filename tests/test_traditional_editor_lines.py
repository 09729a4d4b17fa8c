"""Editor lines as Traditional-Chinese pages print them: a closing 責任編輯：X line and a wire's
editor tag glued to the last paragraph with its date code (（編輯：X）1140314) are no part of the
story, so a copy of the body alone is a verbatim reprint. From a new user's trial of copies
without the notice (session 31); names and hosts invented."""

from __future__ import annotations

import pytest

from reprint_guard import Guard
from reprint_guard.extract import extract

PARAS = [
    "台中市政府農業局今天在市府廣場舉辦小農市集，吸引大批民眾前往採買當季蔬果，現場人潮絡繹不絕，許多攤位中午前就已售完。",
    "市集主打產地直送與友善耕作，攤商必須是自產自銷的小農，並通過農藥殘留檢驗，農業局表示將持續輔導更多小農加入。",
    "不少家長也帶著孩子來逛市集，住在西屯區的王小姐說，孩子在這裡第一次知道番茄有十幾個品種，比在超市買菜有趣多了。",
    "農業局表示，今年將在豐原和大里增設兩處小農市集，並協助攤商導入行動支付和冷鏈設備，讓更多在地好物走進市民的餐桌。",
]
FOOTER = "<footer><p>本網站之文字、圖片及影音，非經授權，不得轉載。<br>中台日報股份有限公司 版權所有 © 2025</p></footer>"


def _page(last: str, closing: str = "") -> str:
    paras = "".join(f"<p>{p}</p>" for p in PARAS[:-1])
    return f"<html><head><meta charset='utf-8'><title>小農市集</title></head><body><article><h1>小農市集開張</h1>{paras}<p>{last}</p>{closing}</article>{FOOTER}</body></html>"


@pytest.mark.parametrize(
    ("last", "closing"),
    [
        (PARAS[-1], "<p>責任編輯：何宗翰</p>"),
        (PARAS[-1] + "（編輯：陳怡如）1140314", ""),
        (PARAS[-1], "<p>（編輯：陳怡如）1140314</p>"),
    ],
)
def test_a_closing_editor_line_or_tag_leaves_the_body(last: str, closing: str, tmp_path) -> None:
    page = _page(last, closing)
    doc = extract(page, content_type="text/html")
    assert doc.text.rstrip().endswith(PARAS[-1])
    guard = Guard.open(tmp_path / "fp", create=True)
    guard.protect_document(page.encode("utf-8"), source="market.html")
    rep = guard.check("\n\n".join(PARAS))
    assert rep.verdict == "reprint"


def test_a_sentence_ending_in_a_bracketed_number_stays() -> None:
    line = PARAS[-1][:-1] + "（詳見附表二）。"
    doc = extract(_page(line), content_type="text/html")
    assert doc.text.rstrip().endswith(line)
