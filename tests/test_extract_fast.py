"""The fast extraction path of reprint_guard.extract and the exact speed-ups around it.

The fast path (``extract._fast_extraction``) reads a page whose article is one clear block of
paragraphs straight from the lxml tree; it must give the Document trafilatura's path gives,
and hand every page it is unsure about to trafilatura. The other speed-ups (XSLT visible
text, class/id strings for comment sections, literal pre-checks before the notice patterns)
must give exactly what the plain implementations below (the earlier code) give.

All pages and texts are invented for these tests.
"""

from __future__ import annotations

import copy
import html
import re

import lxml.etree
import pytest
import trafilatura
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reprint_guard import extract as ex
from reprint_guard.extract import extract

PARAS = [
    ("春雨过后，青石镇的茶农们一早就上了山，漫山遍野都是忙碌的身影。今年的新茶比往年早了十天上市，"
     "合作社门口的收购点从清晨起就排起了长队，称重、定级、装袋，一直忙到中午才歇口气。"),
    ("镇上的合作社收购价每斤比去年高出三成。老茶农周德厚说，这几年修了路，茶叶运得出去，"
     "城里的茶商也愿意开车进山收茶，日子一年比一年好过，家里还添了一台新的炒茶机。"),
    ("合作社负责人介绍，全镇茶园面积已达一万二千亩，带动四百多户农民增收。下一步将建设加工厂，"
     "统一包装和品牌，把青石镇的春茶卖到更远的地方去，让更多年轻人愿意回乡种茶。"),
    ("县农业农村局表示，将继续为茶农提供技术培训和销售渠道支持，今年已在镇上开办了三期培训班，"
     "讲授病虫害绿色防治和机械采摘，参加培训的茶农有两百多人，大家都说收获不小。"),
    ("在镇东头的茶园里，二十六岁的周小满正在教父亲用手机直播卖茶。她大学毕业后回到家乡，"
     "去年一个春天就通过网络卖出了三千多斤茶叶，如今村里已有十几户人家跟着她学起了直播。"),
    ("茶叶丰收也带火了乡村旅游。每逢周末，不少城里人专程开车来到青石镇，在茶园里体验采茶、"
     "炒茶，住进农家小院，吃一顿地道的山野菜，镇上新开的六家民宿几乎天天客满。"),
    ("镇党委书记介绍，今年镇里还将修建一条环山观光步道，把茶园、古村落和水库串联起来，"
     "预计年底前完工，届时游客可以沿着步道一路赏茶景、看古树，在山顶的观景台上喝一杯新茶。"),
    ("为了保住茶叶的品质，合作社今年统一采购了有机肥，还请来省农科院的专家定期到茶园指导，"
     "茶农们按照标准记录每一块茶园的施肥、修剪和采摘时间，每一批茶都能查到来处。"),
    ("镇卫生院的医生也上了山，在茶园边设了临时服务点，为采茶的老人量血压、送防暑药品，"
     "不少老人说，以前看病要走半天山路，现在医生送上门来，心里踏实多了。"),
    ("傍晚时分，采茶归来的村民们聚在村口的老樟树下，一边分拣茶青，一边聊着今年的收成。"
     "周德厚笑着说，只要肯下力气，茶山就是金山银山，日子会越过越红火。"),
]
TITLE = "青石镇新茶提前十天上市"
# A long article opening with a paragraph that repeats the headline.
LONG = [TITLE + "。", *PARAS, *PARAS[::2], *PARAS[1::2], *PARAS, *PARAS[::2]]
URL = "https://news.qingshi.example.cn/2024-04-12/tea.html"


def news_page(
    paras: list[str] = PARAS,
    *,
    title: str = TITLE,
    head: str = "",
    before: str = "",
    after: str = "",
    block_attrs: str = 'class="content"',
    wrap: str = "article",
    para_html: str | None = None,
) -> str:
    """A portal page: nav, breadcrumb, article (h1, info line, content, editor, share),
    sidebar, reader comments, footer; like the speed benchmark's pages."""
    body = para_html if para_html is not None else "".join(f"<p>{html.escape(p)}</p>\n" for p in paras)
    nav = "".join(f'<li><a href="/c{i}/">{c}</a></li>' for i, c in enumerate("首页 新闻 国内 国际 财经 体育".split()))
    side = "".join(f'<li><a href="/hot/{i}.html">热点新闻标题第{i}条</a><span class="n">{100 + i}</span></li>' for i in range(8))
    comments = "".join(
        f'<div class="comment-item"><span class="user">网友{i}</span><p>写得真好，我们村今年也丰收了，第{i}条留言。</p></div>'
        for i in range(6)
    )
    inner = (
        f"<h1>{html.escape(title)}</h1>"
        '<div class="info"><span class="time">2024-04-12 09:30</span><span class="source">来源：山城日报</span></div>'
        f"{before}<div {block_attrs}>\n{body}</div>{after}"
        '<div class="editor">（责任编辑：李青）</div>'
    )
    main = f"<{wrap}>{inner}</{wrap}>" if wrap else inner
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(title)}_新闻中心_山城网</title>'
        f'<link rel="canonical" href="{URL}">{head}</head><body>'
        f'<div class="header"><a class="logo" href="/">山城网</a><nav><ul>{nav}</ul></nav></div>'
        '<div class="crumb"><a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; 正文</div>'
        f'<div class="main">{main}<aside><h3>热点新闻</h3><ul>{side}</ul></aside></div>'
        f'<div class="comments" id="comments"><h3>网友评论</h3>{comments}</div>'
        "<footer><p>Copyright © 2024 山城网 版权所有</p></footer></body></html>"
    )


@pytest.fixture
def trafilatura_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the calls that reach trafilatura."""
    calls: list[int] = []
    real = ex._trafilatura_text

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ex, "_trafilatura_text", counted)
    return calls


def through_trafilatura(page: str | bytes, monkeypatch: pytest.MonkeyPatch, **kwargs: object) -> ex.Document:
    """The Document of the trafilatura path, the fast path switched off."""
    with monkeypatch.context() as m:
        m.setattr(ex, "_fast_extraction", lambda tree, *, url, visible: None)
        return extract(page, **kwargs)  # type: ignore[arg-type]


def block_text(tree: lxml.etree._Element, title: str | None) -> str:
    """The fast path's main text of a prepared tree (raises extract._Unsure)."""
    return ex._block_text(tree, ex._dominant_block(tree, ex._visible_text(tree)), title)


def prepared_tree(page: str) -> lxml.etree._Element:
    """The tree as _from_html hands it to the extractors."""
    tree = ex._parse_html(ex._clean_text(page))
    assert tree is not None
    ex._drop_ruby_annotations(tree)
    ex._drop_comment_sections(tree)
    ex._unwrap_layout_tables(tree)
    return tree


# ---------------------------------------------------------------------------------------------
# The fast path is taken and gives trafilatura's Document
# ---------------------------------------------------------------------------------------------


def test_typical_news_page_takes_the_fast_path(
    trafilatura_calls: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    page = news_page()
    doc = extract(page.encode("utf-8"))
    assert trafilatura_calls == []
    assert doc.text == "\n".join(PARAS)
    assert doc.title == TITLE
    assert doc.date == "2024-04-12"  # htmldate reads it from the canonical URL
    assert doc.url == URL
    assert doc.outlet == "山城日报"  # the 来源 of the info line beats the bare host name
    assert doc.credits == ("山城日报",)
    # The site footer's claim is the notice (notice version 2): it names the rights holder.
    assert doc.notice_text == "Copyright © 2024 山城网 版权所有"
    assert through_trafilatura(page.encode("utf-8"), monkeypatch) == doc
    assert len(trafilatura_calls) == 1


@pytest.mark.parametrize(
    ("paras", "para_html", "head", "wrap", "block_attrs"),
    [
        (PARAS, None, "", "article", 'class="content"'),
        (PARAS, None, "", "", 'class="content"'),  # no <article>: trafilatura takes class="content"
        (PARAS, None, "", "div", 'class="article-content"'),
        (PARAS, None, '<meta property="og:title" content="青石镇新茶提前十天上市 | 山城网">', "article", 'id="text1"'),
        (PARAS, None, '<meta property="og:site_name" content="山城网">', "article", 'class="content"'),
        # <br> inside a paragraph: one line per part, as trafilatura writes it
        (None, "".join(f"<p>{p[:30]}<br>{p[30:]}</p>" for p in PARAS), "", "article", 'class="content"'),
        # inline markup, zero-width spaces, an image and a script between the paragraphs
        (None, f"<p><strong>{PARAS[0][:8]}</strong>{PARAS[0][8:]}</p><p><img src='/1.jpg'></p>"
         + "".join(f"<p>{p[:5]}\u200b{p[5:]}</p><script>var x = 1;</script>" for p in PARAS[1:]),
         "", "article", 'class="content"'),
        # the first paragraph repeats the headline, in an <article>: trafilatura keeps the <h1>
        (LONG, None, "", "article", 'class="content"'),
    ],
    ids=["article", "content-class", "article-content", "og-title", "og-site-name", "br", "inline", "headline"],
)
def test_fast_path_agrees_with_trafilatura(
    paras: list[str] | None,
    para_html: str | None,
    head: str,
    wrap: str,
    block_attrs: str,
    trafilatura_calls: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = news_page(paras or PARAS, para_html=para_html, head=head, wrap=wrap, block_attrs=block_attrs)
    doc = extract(page)
    assert trafilatura_calls == [], "the fast path should take this page"
    assert doc == through_trafilatura(page, monkeypatch)
    assert doc.text.startswith(("青石镇新茶提前十天上市。", "春雨过后", "春雨过后，青石镇的茶农们一早就上了山"))


def test_headline_line_kept_as_trafilatura_keeps_it() -> None:
    paras = LONG
    assert sum(map(len, paras)) > 2500  # trafilatura then skips its comparison with readability
    tree = prepared_tree(news_page(paras))
    meta = ex._head_metadata(tree, None)
    text = block_text(tree, meta.title)
    assert text.split("\n")[:2] == [TITLE, TITLE + "。"]
    # _parse_text takes the headline as the title line, so the first paragraph stays in the body
    assert extract(news_page(paras)).text.split("\n")[0] == TITLE + "。"


# ---------------------------------------------------------------------------------------------
# Unsure pages go to trafilatura
# ---------------------------------------------------------------------------------------------


def test_competing_blocks_go_to_trafilatura(trafilatura_calls: list[int]) -> None:
    second = "".join(f"<p>{html.escape(p)}</p>" for p in PARAS[:3])
    page = news_page(PARAS, after=f'<div class="content2">{second}</div>')
    tree = prepared_tree(page)
    with pytest.raises(ex._Unsure, match="competing text blocks"):
        block_text(tree, TITLE)
    doc = extract(page)
    assert trafilatura_calls == [1]
    assert doc.text == "\n".join(PARAS + PARAS[:3])  # trafilatura reads both blocks


@pytest.mark.parametrize(
    ("page", "reason"),
    [
        (news_page(PARAS[:3]), "too little text"),
        # the only <p> left is the footer's
        (news_page(para_html="".join(f"{p}<br>" for p in PARAS)), "page chrome"),
        (news_page(before="<h2>——记青石镇的茶农们</h2>"), "a heading before the block"),
        (news_page(before='<h2><a href="/zt/">春茶专题</a></h2>'), "a heading before the block"),
        (news_page(para_html='<p class="meta">2024-04-12 山城日报</p>' + "".join(f"<p>{p}</p>" for p in PARAS)),
         "trafilatura may discard"),
        (news_page(para_html="".join(f"<p>{p}</p>" for p in PARAS) + '<p><a href="/next">下一篇</a></p>'),
         "for its links"),
        (news_page(para_html="".join(f"<p>{p}</p>" for p in PARAS[:4]) + "<ul><li>要点一</li></ul>"
                   + "".join(f"<p>{p}</p>" for p in PARAS[4:])), "not a paragraph"),
        (news_page(wrap="section", block_attrs='class="txt"'), "article part"),
    ],
    ids=["short", "br-lines", "subtitle", "linked-heading", "meta-class", "link-paragraph", "list", "no-part"],
)
def test_unsure_block_goes_to_trafilatura(page: str, reason: str) -> None:
    tree = prepared_tree(page)
    with pytest.raises(ex._Unsure, match=reason):
        block_text(tree, TITLE)


@pytest.mark.parametrize(
    ("head", "reason"),
    [
        ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "青石镇"}</script>', "JSON-LD"),
        ('<meta property="og:url" content="https://news.qingshi.example.cn/tea.html?from=app">', "URL"),
    ],
    ids=["json-ld", "og-url-query"],
)
def test_unsure_metadata_goes_to_trafilatura(head: str, reason: str, trafilatura_calls: list[int]) -> None:
    page = news_page(head=head)
    with pytest.raises(ex._Unsure, match=reason):
        ex._head_metadata(prepared_tree(page), None)
    extract(page)
    assert trafilatura_calls == [1]


def test_no_single_h1_and_no_og_title_goes_to_trafilatura() -> None:
    page = news_page().replace("<h1>", "<h2>").replace("</h1>", "</h2>")
    with pytest.raises(ex._Unsure, match="not one plain <h1>"):
        ex._head_metadata(prepared_tree(page), None)


@pytest.mark.parametrize(
    "head",
    [
        "",
        '<meta property="og:title" content=" 青石镇新茶上市 ">',
        '<meta property="og:site_name" content="@shancheng">',
        '<meta name="copyright" content="山城网络传媒">',
        '<meta name="publishdate" content="2024-04-10">',
        '<meta property="article:published_time" content="2024-04-09T08:00:00+08:00">',
        '<meta property="og:url" content="https://www.qingshi.example.cn/a/tea.html">',
    ],
    ids=["plain", "og-title", "og-site-name", "publisher", "publishdate", "published-time", "og-url"],
)
def test_head_metadata_is_trafilaturas(head: str) -> None:
    # trafilatura.extract_metadata is public; its title, date and site name are what the
    # trafilatura path keeps.
    for canonical in (URL, "https://www.qingshi.example.cn/news/tea.html"):
        page = news_page(head=head).replace(URL, canonical)
        tree = prepared_tree(page)
        ours = ex._head_metadata(tree, None)
        theirs = trafilatura.extract_metadata(
            copy.deepcopy(tree), None, {"original_date": True, "extensive_search": False}
        )
        assert ours.title == ex._clean_inline(theirs.title)
        assert ours.date == theirs.date
        assert ours.sitename == ex._clean_inline(theirs.sitename)


def test_title_parts_split_at_the_last_separator() -> None:
    assert ex._title_parts("青石镇新茶上市 - 山城网 | news.example.cn") == ("青石镇新茶上市 - 山城网", "news.example.cn")
    assert ex._title_parts("青石镇新茶上市") == ()
    assert ex._site_from_url("https://www.news.example.cn/a") == "news.example.cn"
    assert ex._site_from_url("https://w3.example.cn") == "example.cn"
    assert ex._site_from_url("ftp://example.cn") is None


# ---------------------------------------------------------------------------------------------
# Exact speed-ups: the same results as the plain implementations
# ---------------------------------------------------------------------------------------------


def plain_visible_text(tree: lxml.etree._Element, *, drop_links: bool = False, keep: tuple[str, ...] = ()) -> str:
    """The earlier lxml walk (deep copy, remove, mark blocks), the reference for the XSLT."""
    body = tree.find("body")
    root = copy.deepcopy(body if body is not None else tree)
    skip = [t for t in ex._SKIP_TAGS if t not in keep]
    doomed = [el for el in root.iter(*skip) if el is not root]
    doomed.extend(
        el
        for el in root.iter()
        if isinstance(el.tag, str)
        and el is not root
        and (el.get("hidden") is not None or "display:none" in (el.get("style") or "").replace(" ", "").lower())
    )
    if drop_links:
        doomed.extend(el for el in root.iter("a") if el is not root)
    ex._remove(root, doomed)
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag in ex._BLOCK_TAGS:
            el.text = "\n" + (el.text or "")
            el.tail = "\n" + (el.tail or "")
        elif el.tag == "br":
            el.tail = "\n" + (el.tail or "")
    return "\n".join(line.strip() for line in "".join(root.itertext()).split("\n") if line.strip())


def plain_drop_comment_sections(tree: lxml.etree._Element) -> None:
    """The earlier element-by-element walk, the reference for the class/id string version."""
    body = tree.find("body")
    root = body if body is not None else tree
    total = len(root.text_content())
    doomed = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("html", "body", "main", "article"):
            continue
        if any(ex._COMMENT_TOKEN.fullmatch(tok) for tok in ex._class_tokens(el)):
            if len(el.text_content()) < 0.6 * total:
                doomed.append(el)
    ex._remove(tree, doomed)


FRAGMENTS = [
    "<p>", "</p>", "<div>", "</div>", "<br>", "<a href='/x'>", "</a>", "<header>", "</header>", "<footer>",
    "</footer>", "<nav>", "</nav>", "<span hidden>", "<span style='DISPLAY: none'>", "</span>", "<li>",
    "<table><tr><td>", "</td></tr></table>", "<script>var a = 1;</script>", "<h2>", "</h2>", "&nbsp;",
    "<div class='comments'>", "<div id='Comment-List'>", "<div class='reply'>", "<p class='user-comment x'>",
    "<section class='commentary'>", "<article class='comments'>", "<div class='评论区'>",
    "<div class='pınglun'>", "<span class='diſqus_thread'>",
    "来源：山城日报", "青石镇新茶上市", "Copyright © 2024", "  ", "\u3000", "\n", "text ", "网友留言。",
]
PAGES = st.lists(st.sampled_from(FRAGMENTS), max_size=40).map(
    lambda parts: "<html><head><title>t</title></head><body>" + "".join(parts) + "</body></html>"
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PAGES)
def test_visible_text_is_the_plain_walk(page: str) -> None:
    tree = ex._parse_html(page)
    assert tree is not None
    assert ex._visible_text(tree) == plain_visible_text(tree)
    assert ex._visible_text(tree, drop_links=True) == plain_visible_text(tree, drop_links=True)
    assert ex._visible_text(tree, header_footer=True) == plain_visible_text(tree, keep=("header", "footer"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PAGES)
def test_comment_sections_as_the_plain_walk(page: str) -> None:
    ours, plain = ex._parse_html(page), ex._parse_html(page)
    assert ours is not None and plain is not None
    ex._drop_comment_sections(ours)
    plain_drop_comment_sections(plain)
    assert lxml.etree.tostring(ours) == lxml.etree.tostring(plain)


def test_comment_sections_with_a_long_class_value() -> None:
    # _class_tokens reads the first 500 characters of "class id": a token cut there counts.
    page = f"<html><body><p>{PARAS[0]}</p><div class='{'x' * 490} comments-feed' id='c'>网友留言</div></body></html>"
    ours, plain = ex._parse_html(page), ex._parse_html(page)
    ex._drop_comment_sections(ours)
    plain_drop_comment_sections(plain)
    assert lxml.etree.tostring(ours) == lxml.etree.tostring(plain)
    assert "网友留言" not in lxml.etree.tostring(ours, encoding="unicode")


SPECIAL = ["\r", "\n", "\r\n", "\x0b", "\x0c", "\x1c", "\x1e", "\x1f", "\x85", "\u2028", "\u2029", "\x00", "\x08",
           "\t", "\x0e", "\x7f", "\x9f", "\ufeff", "\ufffe", "\uffff", "\ud800", "\udfff", "茶", "a", " ", "\u3000"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(SPECIAL), max_size=20).map("".join))
def test_clean_text_is_the_three_rewrites(text: str) -> None:
    plain = re.sub(r"\r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]", "\n", text)
    plain = re.sub("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff]", "", plain)
    plain = re.sub("[\ud800-\udfff]", "\ufffd", plain)
    assert ex._clean_text(text) == plain


CUE_PIECES = ["来源", "来自", "自", "转载自", "转自", "出处", "SOURCE", "ſource", "Credit", "credİt", "published", "APPEARED", "via",
              "VıA", "转", "来", "出", "s", "c", "v", "a", "p", "：", " ", "\n", "x"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(CUE_PIECES), max_size=12).map("".join))
def test_credit_cue_finds_what_the_plain_pattern_finds(text: str) -> None:
    plain = re.compile(r"来源|来自|转载?自|出处|(?i:source|credit|published|appeared|via)")
    assert [m.start() for m in ex._CREDIT_CUE.finditer(text)] == [m.start() for m in plain.finditer(text)]


NOTICE_PIECES = [
    "未经", "许可", "不得", "转载", "摘编", "如需", "联系", "转载请注明", "版权所有", "版权归", "著作权", "维权", "©",
    "(C) 2024", "Copyright 2024", "COPYRİGHT ©", "all rights reserved", "ALL RİGHTS RESERVED", "may not be reproduced",
    "MAY NOT BE REPUBLISHED", "reproduction is prohibited", "for licensing", "Licensing:", "for permiſsions",
    "without written permission", "for reprints", "For Syndication", "，", "。", " ", "\n", "茶", "the",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(NOTICE_PIECES), max_size=8).map("".join))
def test_notice_pre_checks_never_miss(text: str) -> None:
    if any(p.search(text) for p in ex._LICENCE_TERMS):
        assert ex._may_hold_licence_terms(text)
    if any(p.search(text) for p in ex._NOTICE_VOCAB):
        assert ex._may_hold_notice_wording(text)
