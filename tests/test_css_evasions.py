"""Junk between the characters of a copy, hidden by CSS (red-team trial 11, item 1 and the
hidden credits of item 6): the spellings of hiding CSS that the hidden-run removal reads, and
the generic defence that does not depend on reading the CSS at all, a page whose text is cut
into many short runs by one kind of inline element read again without that kind (and with only
it).

Articles and pages are invented (see ``helpers``); every page goes through :class:`Guard`.
"""

from __future__ import annotations

import random

import pytest
from helpers import chinese_article, newsroom_page

from reprint_guard import Guard
from reprint_guard.extract import extract

BODY = chinese_article(71)
PARAS = BODY.splitlines()
JUNK = "垃圾字符"


@pytest.fixture(scope="module")
def guard(tmp_path_factory: pytest.TempPathFactory) -> Guard:
    g = Guard.open(tmp_path_factory.mktemp("css") / "fp", create=True)
    assert g.protect_document(newsroom_page(BODY), source="articles/lantern.txt").status == "added"
    assert g.protect_document(newsroom_page(chinese_article(72)), source="articles/other.txt").status == "added"
    return g


def html_page(paras: list[str], *, head: str = "", before: str = "", after: str = "") -> str:
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>灯会</title>{head}</head><body>"
        "<nav><a href='/'>首页</a> <a href='/news'>新闻</a></nav>"
        f"<div class='main'><h1>灯会</h1>{before}{''.join(f'<p>{p}</p>' for p in paras)}</div>{after}"
        "<footer>联系我们</footer></body></html>"
    )


def sprinkled(paras: list[str], run: str, every: int = 3) -> list[str]:
    return ["".join(ch + (run.format(JUNK[i % 4]) if i % every == every - 1 else "") for i, ch in enumerate(p)) for p in paras]


def assert_reprint(guard: Guard, page: str) -> None:
    rep = guard.check(page)
    assert rep.verdict == "reprint", (rep.verdict, rep.reason)
    m = rep.matches[0]
    assert m.article.source == "articles/lantern.txt"
    assert m.coverage >= 0.9


# One junk character after every third character, hidden by CSS in a spelling the red team found
# unread: (run, <style> in the head).
TRICKS = {
    "comment-in-declaration": ('<span style="display:/**/none">{}</span>', ""),
    "escaped-property": ('<span style="displ\\61 y:n\\6f ne">{}</span>', ""),
    "var-inline": ('<span style="--h:none;display:var(--h)">{}</span>', ""),
    "var-root": ('<span class="j">{}</span>', "<style>:root{--h:none}.j{display:var(--h)}</style>"),
    "uppercase-sheet": ('<span class="j">{}</span>', "<style>.j{DISPLAY:NONE}</style>"),
    "where": ('<span class="j">{}</span>', "<style>:where(.j){display:none}</style>"),
    "is": ('<span class="j">{}</span>', "<style>:is(span.j){display:none}</style>"),
    "nesting": ('<span class="j">{}</span>', "<style>.main{& .j{display:none}}</style>"),
    "escaped-class": ('<span class="j">{}</span>', "<style>.\\6a{display:none}</style>"),
    "comment-in-sheet": ('<span class="j">{}</span>', "<style>.j{display:/* x */none}</style>"),
    "font-percent": ('<span style="font-size:1%">{}</span>', ""),
    "font-vw": ('<span style="font-size:0.01vw">{}</span>', ""),
    "font-vh-sheet": ('<span class="j">{}</span>', "<style>.j{font-size:.02vh}</style>"),
    "zoom": ('<span style="zoom:0.001">{}</span>', ""),
    "opacity-small": ('<span style="opacity:0.01">{}</span>', ""),
    "opacity-percent-sheet": ('<span class="j">{}</span>', "<style>.j{opacity:2%}</style>"),
    "filter-opacity": ('<span style="filter:opacity(0)">{}</span>', ""),
    "content-visibility-sheet": ('<span class="j">{}</span>', "<style>.j{content-visibility:hidden;display:inline-block}</style>"),
    "rgba-0": ('<span style="color:rgba(0,0,0,0)">{}</span>', ""),
    "hsla-0": ('<span style="color:hsla(0,0%,0%,0)">{}</span>', ""),
    "rgb-slash-0": ('<span style="color:rgb(0 0 0 / 0%)">{}</span>', ""),
    "text-fill": ('<span style="-webkit-text-fill-color:transparent">{}</span>', ""),
    "text-fill-sheet": ('<span class="j">{}</span>', "<style>.j{-webkit-text-fill-color:TRANSPARENT}</style>"),
}


@pytest.mark.parametrize("how", list(TRICKS))
def test_junk_hidden_by_css_spellings_is_dropped(guard: Guard, how: str) -> None:
    run, head = TRICKS[how]
    page = html_page(sprinkled(PARAS, run), head=head)
    assert_reprint(guard, page)
    assert JUNK[0] not in extract(page).text


@pytest.mark.parametrize(
    ("run", "head"),
    [
        ('<span style="opacity:0.5">{}</span>', ""),
        ('<span style="font-size:80%">{}</span>', ""),
        ('<span style="zoom:0.9">{}</span>', ""),
        ('<span style="color:rgba(0,0,0,0.8)">{}</span>', ""),
        # opaque colours whose last number is 0: black, yellow, black in hsl, space syntax
        ('<span style="color: rgb(0, 0, 0);">{}</span>', ""),
        ('<span style="color:rgb(255,255,0)">{}</span>', ""),
        ('<span style="color:hsl(0, 0%, 0%)">{}</span>', ""),
        ('<span style="color:rgb(255 255 0)">{}</span>', ""),
        ('<span class="j">{}</span>', "<style>:where(.k){display:none} .main{& .k{display:none}}</style>"),
        ('<span class="j">{}</span>', "<style>:root{--h:block}.j{display:var(--h)}</style>"),
    ],
    ids=["half-opacity", "font-80pct", "zoom-0.9", "rgba-0.8", "rgb-black", "rgb-yellow", "hsl-black", "rgb-space",
         "other-class", "var-block"],
)
def test_visible_runs_stay(run: str, head: str) -> None:
    doc = extract(html_page(sprinkled(PARAS[:3], run, every=30), head=head))
    assert sum(doc.text.count(j) for j in JUNK) >= 3 * 3


# --------------------------------------------------------------------------------------------
# Hidden credits do not meet a credit condition
# --------------------------------------------------------------------------------------------

WELCOME = [f"市政府今天召开会议，研究部署城乡公园建设和老旧小区改造工作，会议要求各区加快推进项目建设进度，确保第{i}批项目年底前完工。" for i in range(6)]


@pytest.fixture(scope="module")
def welcome(tmp_path_factory: pytest.TempPathFactory) -> Guard:
    g = Guard.open(tmp_path_factory.mktemp("welcome") / "fp", create=True)
    text = "公园建设\n\n" + "\n\n".join(WELCOME) + "\n\n本文为南山融媒原创，欢迎转载，请注明出处“南山融媒”。\n"
    assert g.protect_document(text, source="welcome.txt").status == "added"
    return g


@pytest.mark.parametrize(
    ("credit", "head", "verdict"),
    [
        ('<p class="c">来源：南山融媒</p>', "", "permitted"),
        ('<p class="c">来源：南山融媒</p>', "<style>:where(.c){display:none}</style>", "reprint"),
        ('<p class="c">来源：南山融媒</p>', "<style>.c{display:none}</style>", "reprint"),
        ('<p style="font-size:1%">来源：南山融媒</p>', "", "reprint"),
        ('<p style="color:rgba(0,0,0,0)">来源：南山融媒</p>', "", "reprint"),
        ('<p class="c">来源：南山融媒</p>', "<style>.c{opacity:.01}</style>", "reprint"),
        # a longer credit line than a junk run, hidden by its own style (new-user trial, session 17)
        ('<p style="opacity:0">本文转载自南山融媒，原题为《公园建设提速》，转载时略有删节，特此说明并向原作者和原刊致以诚挚谢意。</p>', "", "reprint"),
        ('<p style="color:transparent">本文转载自南山融媒，原题为《公园建设提速》，转载时略有删节，特此说明并向原作者和原刊致以诚挚谢意。</p>', "", "reprint"),
    ],
    ids=["visible", "where", "class", "font-percent", "rgba-0", "opacity-sheet", "opacity-0-long", "transparent-long"],
)
def test_a_credit_hidden_by_css_is_no_credit(welcome: Guard, credit: str, head: str, verdict: str) -> None:
    rep = welcome.check(html_page(WELCOME, head=head, before=credit))
    assert rep.verdict == verdict, (rep.verdict, rep.reason)


@pytest.mark.parametrize(
    ("credit", "verdict"),
    [
        # tiny and nearly invisible (new-user trial): either trick alone hides it too
        ("<p style='font-size:1px;color:#fefefe'>来源：南山融媒</p>", "reprint"),
        ("<p style='font-size:2px'>来源：南山融媒</p>", "reprint"),
        ("<p style='font-size:1.5pt'>来源：南山融媒</p>", "reprint"),
        ("<p style='font-size:0.12em'>来源：南山融媒</p>", "reprint"),
        ("<p style='font:0.1rem serif'>来源：南山融媒</p>", "reprint"),
        ("<p style='color:#fefefe'>来源：南山融媒</p>", "reprint"),
        ("<p style='color:rgb(250, 250, 250)'>来源：南山融媒</p>", "reprint"),
        ("<p style='color:white'>来源：南山融媒</p>", "reprint"),
        ("<p><font color='#FFFFFF'>来源：南山融媒</font></p>", "reprint"),
        # the colour of the background it sits on, set on an ancestor
        ("<div style='background-color:#1e1e1e'><p style='color:#222'>来源：南山融媒</p></div>", "reprint"),
        ("<table bgcolor='#336699'><tr><td><font color='#336699'>来源：南山融媒</font></td></tr></table>", "reprint"),
        # real small print, light grey, white on a dark box: seen
        ("<p style='font-size:10px;color:#999'>来源：南山融媒</p>", "permitted"),
        ("<p style='font-size:3px'>来源：南山融媒</p>", "permitted"),
        ("<p style='color:#ddd'>来源：南山融媒</p>", "permitted"),
        ("<div style='background:#003366'><p style='color:#fff'>来源：南山融媒</p></div>", "permitted"),
        ("<table bgcolor='#003366'><tr><td><font color='#ffffff'>来源：南山融媒</font></td></tr></table>", "permitted"),
        ("<div style='background:url(dark.png)'><p style='color:#fff'>来源：南山融媒</p></div>", "permitted"),
    ],
    ids=["1px-near-white", "2px", "1.5pt", "0.12em", "font-0.1rem", "near-white", "rgb-250", "white", "font-white",
         "near-dark-background", "bgcolor-same", "10px-grey", "3px", "light-grey", "white-on-dark", "bgcolor-dark",
         "background-image"],
)
def test_a_credit_in_tiny_print_or_the_backgrounds_colour_is_no_credit(welcome: Guard, credit: str, verdict: str) -> None:
    """Font sizes of 0–2 px (pt, em, rem alike) and a colour within a small distance of the
    background (white where none is set) hide a short line as opacity 0 does."""
    rep = welcome.check(html_page(WELCOME, before=credit))
    assert rep.verdict == verdict, (rep.verdict, rep.reason)


@pytest.mark.parametrize(
    ("lead", "tail", "verdict"),
    [
        ("据南山融媒报道，", "", "permitted"),
        ("南山融媒1月18日消息，", "", "permitted"),
        ("", "（原文刊于南山融媒）", "permitted"),
        ("", "（原文刊於南山融媒）", "permitted"),
        ("据本报记者报道，", "", "reprint"),
        ("", "（图片来自网络）", "reprint"),
    ],
    ids=["ju-baodao", "xiaoxi", "yuanwen", "yuanwen-traditional", "other-credit", "no-credit"],
)
def test_a_credit_in_the_storys_own_sentences_counts(welcome: Guard, lead: str, tail: str, verdict: str) -> None:
    """据X报道，… / X1月18日消息 / （原文刊于X） credit the source as 来源：X does (new-user trial)."""
    paras = [lead + WELCOME[0], *WELCOME[1:-1], WELCOME[-1] + tail]
    rep = welcome.check(html_page(paras))
    assert rep.verdict == verdict, (rep.verdict, rep.reason)


@pytest.mark.parametrize("credit", ["本文原载于南山融媒。", "原文首发于南山融媒", "本文转载自南山融媒。"])
def test_a_credit_line_after_the_article_block_counts(welcome: Guard, credit: str) -> None:
    """Where the text first ran (本文原载于X, 原文首发于X) credits it as 转载自X does, printed under
    the article's block too (new-user trial, session 17)."""
    rep = welcome.check(html_page(WELCOME, after=f"<p>{credit}</p>"))
    assert rep.verdict == "permitted", (rep.verdict, rep.reason)


@pytest.mark.parametrize("at", [1, 3, 4, 5])
def test_a_follow_line_inserted_mid_copy_cuts_nothing_after_it(welcome: Guard, at: int) -> None:
    """A widget line (关注我们…) with the article's paragraphs under it closes nothing: the copy
    stays whole wherever the line is inserted (new-user trial, session 17)."""
    paras = [*WELCOME[:at], "关注我们获取更多资讯", *WELCOME[at:]]
    rep = welcome.check(html_page(paras))
    assert rep.verdict == "reprint", (rep.verdict, rep.reason)
    assert rep.matches[0].coverage >= 0.95


# --------------------------------------------------------------------------------------------
# The generic defence: a page interleaved with one kind of inline element is read without it
# --------------------------------------------------------------------------------------------

UNSEEN = '<link rel="stylesheet" href="/s/site.css">'  # rules never fetched: the extractor cannot know


def test_junk_in_spans_hidden_by_a_stylesheet_never_read_is_found(guard: Guard) -> None:
    assert_reprint(guard, html_page(sprinkled(PARAS, '<span class="k">{}</span>'), head=UNSEEN))


def test_junk_words_after_every_word_of_an_english_copy_are_found(tmp_path) -> None:
    vocab = ("harbour ferry estuary council crossing timetable river pier tide engine crew passengers morning "
             "winter repair boatyard village funding ticket island bridge lantern mayor survey").split()
    rng = random.Random(5)
    paras = [" ".join(rng.choice(vocab) for _ in range(60)) + "." for _ in range(6)]
    with Guard.open(tmp_path / "fp", create=True) as g:
        assert g.protect_document("Ferry\n\n" + "\n\n".join(paras), source="ferry.txt").status == "added"
        junk = ["zq", "vex", "plo"]
        tricked = [" ".join(f'{w} <i class="x">{junk[k % 3]}</i>' for k, w in enumerate(p.split())) for p in paras]
        rep = g.check(html_page(tricked, head=UNSEEN))
        assert rep.verdict == "reprint", (rep.verdict, rep.reason)


def test_text_in_the_spans_and_junk_between_them_is_found(guard: Guard) -> None:
    # p{font-size:0} .t{font-size:16px} in the unseen sheet: the text is in the spans
    paras = ["".join(f'<span class="t">{p[i:i + 3]}</span>{JUNK[(i // 3) % 4]}' for i in range(0, len(p), 3)) for p in PARAS]
    assert_reprint(guard, html_page(paras, head=UNSEEN))


def test_a_page_whose_every_word_or_character_is_a_span_reads_whole(guard: Guard) -> None:
    words = "The harbour ferry that has crossed the estuary since eighteen ninety will keep running".split()
    plain = html_page([" ".join(words * 3)] * 4)
    spans = html_page([" ".join(f'<span class="w">{w}</span>' for w in words * 3)] * 4)
    assert extract(spans).text == extract(plain).text
    assert not extract(spans, readings=True).readings
    chars = html_page(["".join(f'<span class="c">{ch}</span>' for ch in p) for p in PARAS])
    assert extract(chars).text == extract(html_page(PARAS)).text
    assert_reprint(guard, chars)


def test_a_normal_page_with_links_and_bold_runs_is_read_once() -> None:
    paras = [f'{p[:20]}<a href="/t/{i}">{p[20:26]}</a>{p[26:60]}<b>{p[60:64]}</b>{p[64:]}' for i, p in enumerate(PARAS)]
    doc = extract(html_page(paras), readings=True)
    assert doc.text == extract(html_page(PARAS)).text
    assert not doc.readings


def test_a_page_of_black_styled_spans_reads_whole() -> None:
    # WeChat-style editors write color: rgb(0, 0, 0) on every span: that is black text
    page = html_page([f'<span style="color: rgb(0, 0, 0);">{p}</span>' for p in PARAS])
    assert extract(page).text == "\n".join(PARAS)


def test_a_hiding_rule_after_many_ordinary_styled_rules_is_still_read() -> None:
    from reprint_guard.ingest.tree import _hiding_selectors

    # a site's stylesheet: font and colour on every rule, then the copier's rule
    css = "".join(f".r{i}{{font:14px sans-serif;color:rgba(0,0,0,.8)}}" for i in range(200)) + ".j{display:none}"
    assert _hiding_selectors(css) == [".j"]


def test_readings_are_only_made_for_a_check() -> None:
    # the same interleaved copy: protecting reads it once, checking also reads it without the junk
    paras = sprinkled(PARAS[:3], '<span class="j">{}</span>', every=3)
    page = html_page(paras, head=UNSEEN)
    assert not extract(page).readings
    assert extract(page, readings=True).readings
