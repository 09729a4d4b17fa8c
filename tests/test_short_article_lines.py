"""A short article that trafilatura hands back as one line (its fallback joins an <article>'s
headline, date line and paragraphs with spaces) is read in the lines the page shows (session 30,
from a new user's trial): its date is read, its header is not fingerprinted, and a verbatim copy
elsewhere is a reprint, not an edit."""

from pathlib import Path

import pytest

from reprint_guard import Guard
from reprint_guard.extract import extract

PARAGRAPHS = (
    "南岭山区今年的油茶籽收购价比去年上涨一成，全县两万多户茶农迎来丰收季。县农业农村局组织技术员进村，指导农户分级晾晒，提高出油率。",
    "在白石村的合作社，机器轰鸣声从早响到晚。合作社负责人说，今年新上了一条压榨线，村民不出村就能把油茶籽变成成品油。",
    "县里计划三年内再建五个加工点，并打造区域公用品牌，让山里的好油卖出好价钱。",
)


def short_page(byline: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>南岭油茶迎来丰收季 - 南岭日报</title>"
        "<meta property='og:site_name' content='南岭日报'></head><body><header><a href='/' class='logo'>南岭日报</a>"
        "<nav>首页 | 时政 | 社会</nav></header><main><article><h1>南岭油茶迎来丰收季</h1>"
        f"<div class='info'><span class='date'>2025年10月9日</span> <span class='byline'>{byline}</span></div>"
        f"<div class='content'>{paragraphs}</div><p class='notice'>未经书面授权，禁止转载、复制、建立镜像。</p>"
        "</article></main><footer><p>版权所有 © 南岭日报社</p></footer></body></html>"
    )


COPY = (
    "<html><head><title>南岭油茶迎来丰收季 - 聚合资讯站</title></head><body><div class='top'>聚合资讯站 | 首页 | 热点</div>"
    "<div class='main'><h1>南岭油茶迎来丰收季</h1><div class='meta'>2025-12-30 发布</div>"
    + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    + "</div><div class='foot'>© 2025 聚合资讯站</div></body></html>"
)


@pytest.mark.parametrize("byline", ["南岭日报记者 韦青 通讯员 蒙达", "记者 韦青"])
def test_a_short_article_keeps_its_lines_and_date(byline: str) -> None:
    doc = extract(short_page(byline), content_type="html")
    assert doc.date == "2025-10-09"
    assert doc.text.split("\n") == list(PARAGRAPHS)
    assert doc.notice_text is not None and "禁止转载" in doc.notice_text


def test_a_verbatim_copy_of_a_short_article_is_a_reprint(tmp_path: Path) -> None:
    guard = Guard.open(tmp_path / "fp", create=True)
    assert guard.protect_document(short_page("南岭日报记者 韦青 通讯员 蒙达"), source="p03.html").status == "added"
    report = guard.check(COPY, content_type="html")
    assert report.verdict == "reprint"
    assert [m.kind for m in report.matches] == ["reprint"]
    assert report.matches[0].coverage > 0.95


from hypothesis import given, strategies as st  # noqa: E402

from reprint_guard.ingest.tree import _relined  # noqa: E402

_LINE = st.text(alphabet=st.sampled_from("ab 南岭。\u3000"), min_size=1, max_size=30)


@given(st.lists(_LINE, min_size=1, max_size=8), st.integers(0, 7), st.integers(0, 7))
def test_relined_only_splits_what_the_page_shows(lines: list[str], first: int, last: int) -> None:
    """Whatever it returns reads, space-joined, as the one line it was given; it splits only a
    run of the page's own lines."""
    visible = "\n".join(lines)
    run = lines[min(first, len(lines) - 1) : max(first, last) + 1] or lines
    main = " ".join(run)
    out = _relined(main, visible)
    assert " ".join(out.split()) == " ".join(main.split())
    if out != main:
        shown = [" ".join(x.split()) for x in lines if x.split()]
        got = out.split("\n")
        assert len(got) >= 2 and any(shown[k : k + len(got)] == got for k in range(len(shown)))
