"""The exact speed-ups of reprint_guard.extract.

The XSLT visible text, the class/id strings for comment sections, the single scan in
_clean_text and the literal pre-checks before the notice patterns must give exactly what the
plain implementations below (the earlier code) give.

All pages and texts are invented for these tests.
"""

from __future__ import annotations

import copy
import re

import lxml.etree
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reprint_guard import extract as ex

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


CUE_PIECES = ["来源", "转载自", "转自", "出处", "SOURCE", "ſource", "Credit", "credİt", "published", "APPEARED", "via",
              "VıA", "转", "来", "出", "s", "c", "v", "a", "p", "：", " ", "\n", "x"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(CUE_PIECES), max_size=12).map("".join))
def test_credit_cue_finds_what_the_plain_pattern_finds(text: str) -> None:
    plain = re.compile(r"来源|转载自|转自|出处|(?i:source|credit|published|appeared|via)")
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
