"""A footer's about column heading ("About X", 关于X, 關於X) names the site of a notice that names
no one (session 30, a new user's trial)."""

import pytest

from reprint_guard.extract import extract, page_notice


def _page(heading: str, about: str, notice: str, lang: str = "en") -> str:
    if lang == "en":
        body = "".join(f"<p>Paragraph {k}: the evening ferry will run until October after a petition from cannery workers.</p>" for k in range(6))
    else:
        body = "".join(f"<p>第{k}段：市区夜班渡轮将运行至十月，罐头厂工人此前联名请愿，希望延长班次。</p>" for k in range(6))
    return (
        f"<html lang='{lang}'><head><title>Evening ferry</title></head><body><article><h1>Evening ferry</h1>{body}</article>"
        f"<footer><div class='col'><h4>{heading}</h4><p>{about}</p></div><p>{notice}</p></footer></body></html>"
    )


@pytest.mark.parametrize(
    ("heading", "about", "notice", "lang", "site"),
    [
        ("About Ridgeway Courier", "Ridgeway Courier has covered the valley towns since 1911.",
         "Copyright © 2025. All Rights Reserved.", "en", "Ridgeway Courier"),
        ("关于青梧新闻", "青梧新闻是一家立足本地、服务市民的综合性新闻网站。", "本网原创内容版权所有，未经授权不得转载。", "zh-CN", "青梧新闻"),
        ("關於新竹山城報", "新竹山城報創刊於1982年，長期關注竹苗地方新聞。", "本網所有圖文未經授權不得轉載、改作。", "zh-TW", "新竹山城報"),
    ],
)
def test_an_about_heading_names_the_site(heading: str, about: str, notice: str, lang: str, site: str) -> None:
    doc = extract(_page(heading, about, notice, lang), content_type="html")
    assert doc.outlet == site
    n = page_notice(doc)
    assert n is not None and n.rights_holder == site


@pytest.mark.parametrize("heading", ["关于我们", "About Us", "About"])
def test_an_about_us_heading_names_no_site(heading: str) -> None:
    doc = extract(_page(heading, "We cover the valley towns.", "Copyright © 2025. All Rights Reserved."), content_type="html")
    assert doc.outlet is None
