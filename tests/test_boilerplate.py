"""Boilerplate: windows an outlet prints under at least k articles (MatchConfig.boilerplate_k).

Computed at check time from the index (verify.Boilerplate, BandIndex.window_holders): left out
of coverage; the trailing boilerplate lines (notices, follow lines) are no evidence at all,
while a repeated paragraph inside the articles (a news series) is still an excerpt.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import chinese_article
from reprint_guard import Guard, MatchConfig
from reprint_guard.config import FingerprintScheme
from reprint_guard.extract import extract
from reprint_guard.fingerprint import band_keys, sliding_signatures
from reprint_guard.normalize import normalize
from reprint_guard.notice import parse_notice
from reprint_guard.shingle import shingle
from reprint_guard.store import BandIndex
from reprint_guard.verify import char_weights, shared_tail

# A follow line and disclaimer the notice grammar does not take for a notice: no rights words,
# and no opening a notice finder cuts as a trailer (欢迎关注, 免责声明 …).
FOLLOW = (
    "青川日报官方微信公众号青川发布每天早晚两次推送本地要闻、便民服务与天气提示，"
    "点击右上角分享给身边的亲友，一起了解家乡的新变化。本报热线电话全天开通，读者来信请寄编辑部读者服务中心，"
    "我们将认真阅读每一封来信并及时回复，感谢您一直以来的支持与陪伴。"
)
SERIES = (
    "编者按：乡村振兴，产业是根本。本报今起推出系列报道，走进青川县十个乡镇，记录返乡青年带领乡亲种茶养蜂、"
    "开办民宿、发展电商的故事，展现山区群众依靠勤劳双手走上致富之路的新面貌，也记录他们遇到的难题与各方给出的办法，敬请读者关注。"
)


# A wire paragraph several outlets print at the end of their stories: news, no boilerplate words.
WIRE = (
    "据新华社北京五月六日电，国务院新闻办公室今天举行发布会，介绍一季度国民经济运行情况。"
    "国家统计局新闻发言人表示，一季度全国规模以上工业增加值同比增长六点一个百分点，"
    "社会消费品零售总额稳步回升，居民收入继续增加，就业形势总体稳定，经济运行开局良好。"
)


def _page(body: str, title: str, tail: str = FOLLOW) -> str:
    return f"{title}\n\n2024/05/06 09:30 来源：青川日报\n\n{body}\n\n{tail}\n"


def _protect(tmp_path, n: int, page) -> Guard:
    g = Guard.open(tmp_path / "fp", create=True)
    for i in range(n):
        g.protect_document(page(i), source=f"a{i}.txt")
    return g


def _match(report, source: str):
    return next(m for m in report.matches if m.article.source == source)


def test_a_notice_the_grammar_misses_under_k_articles_no_longer_lowers_coverage(tmp_path):
    body = chinese_article(100, 6)
    with _protect(tmp_path, 3, lambda i: _page(chinese_article(100 + i, 6), f"青川新闻第{i}号稿件")) as g:
        copy = f"转载标题\n\n{body}\n"
        off = _match(g.check(copy, config=MatchConfig(boilerplate_k=0)), "a0.txt")
        on = _match(g.check(copy), "a0.txt")
        assert off.kind == "edited" and off.coverage < 0.9  # the follow line drags a full copy down
        assert on.kind == "reprint" and on.coverage >= 0.99
        # A page holding only the follow line is not a copy of any article.
        assert g.check(f"某论坛帖子\n\n{FOLLOW}\n").verdict == "clean"


def test_under_fewer_than_k_articles_the_text_is_the_articles_own(tmp_path):
    """Shared trailing text with no boilerplate words (a wire paragraph) needs k articles of
    the outlet; see the disclaimer test below for text that reads as boilerplate."""
    body = chinese_article(100, 6)
    with _protect(tmp_path, 2, lambda i: _page(chinese_article(100 + i, 6), f"青川新闻第{i}号稿件", WIRE)) as g:
        m = _match(g.check(f"转载标题\n\n{body}\n"), "a0.txt")
        assert m.kind == "edited"


def test_other_outlets_do_not_make_boilerplate(tmp_path):
    """The same wire text under articles of three different outlets is each article's own."""

    def page(i: int) -> str:
        return f"稿件{i}号标题文字\n\n2024/05/06 来源：第{'一二三'[i]}日报\n\n{chinese_article(100 + i, 6)}\n\n{WIRE}\n"

    with _protect(tmp_path, 3, page) as g:
        m = _match(g.check(f"转载标题\n\n{chinese_article(100, 6)}\n"), "a0.txt")
        assert m.kind == "edited"


def test_editions_of_one_article_are_no_boilerplate_for_each_other(tmp_path):
    """Print, web and app editions (a new headline, one sentence changed), or one file protected
    under three paths: each holds nearly all of the others, so none is a witness that the text
    is what the outlet prints under every article."""
    body = chinese_article(100, 6)
    paras = body.split("\n")

    def edition(i: int) -> str:
        changed = [*paras[:-1], paras[-1] + ("" if i == 0 else f"（第{i}版更新）")]
        return _page("\n".join(changed), ["青川新闻报道", "【网络版】青川新闻报道", "青川新闻报道（客户端）"][i])

    with _protect(tmp_path, 3, edition) as g:
        report = g.check(f"转载标题\n\n{body}\n\n{FOLLOW}\n")  # the first edition, copied whole
        assert report.verdict == "reprint"
        assert {m.kind for m in report.matches} == {"reprint"} and len(report.matches) == 3
        # without the follow line: three editions are one story, not k articles, so the line
        # is the story's own text (as with boilerplate_k=0), and the copy is still a finding
        assert g.check(f"转载标题\n\n{body}\n").verdict == g.check(f"转载标题\n\n{body}\n", config=MatchConfig(boilerplate_k=0)).verdict
        assert g.check(f"某论坛帖子\n\n{paras[2]}\n").verdict == "excerpt"


def test_editions_leave_the_outlets_boilerplate_intact(tmp_path):
    """Two editions of one story among other articles of the outlet: the follow line under all
    of them is still boilerplate."""
    def page(i: int) -> str:
        return _page(chinese_article(100 if i < 2 else 100 + i, 6), f"青川新闻第{i}号稿件")

    with _protect(tmp_path, 4, page) as g:
        m = _match(g.check(f"转载标题\n\n{chinese_article(102, 6)}\n"), "a2.txt")
        assert m.kind == "reprint" and m.coverage >= 0.99


def test_a_paragraph_a_series_repeats_copied_alone_is_still_an_excerpt(tmp_path):
    """The series paragraph sits inside the articles (after the first paragraph), not after
    them: boilerplate, so coverage ignores it, but not furniture, so it is still evidence."""

    def page(i: int) -> str:
        paras = chinese_article(100 + i, 6).split("\n")
        return _page("\n".join([paras[0], SERIES, *paras[1:]]), f"青川新闻第{i}号稿件")

    with _protect(tmp_path, 4, page) as g:
        filler = chinese_article(999, 4)
        rep = g.check(f"今日要闻汇总\n\n{filler}\n{SERIES}\n{chinese_article(998, 2)}\n")
        assert rep.verdict == "excerpt"
        assert {m.kind for m in rep.matches} == {"excerpt"}
        # A full copy without the series paragraph is still a reprint of its article.
        paras = chinese_article(101, 6)
        assert _match(g.check(f"转载标题\n\n{paras}\n"), "a1.txt").kind == "reprint"


def test_a_full_copy_holding_the_series_paragraph_is_a_reprint_and_may_be_permitted(tmp_path):
    """The copy's text aligned to the article's boilerplate is left out of the edited share as
    the boilerplate is left out of the article: a word-for-word copy is not `edited` because
    its outlet printed one of its paragraphs under three other articles."""
    notice = "本文为青川日报原创，欢迎转载，请注明出处。"

    def page(i: int) -> str:
        paras = chinese_article(100 + i, 6).split("\n")
        return _page("\n".join([paras[0], SERIES, *paras[1:]]), f"青川新闻第{i}号稿件", tail=notice)

    for n in (2, 4):
        with _protect(tmp_path / str(n), n, page) as g:
            paras = chinese_article(101, 6).split("\n")
            copy = "\n".join([paras[0], SERIES, *paras[1:]])
            match = _match(g.check(f"转载标题\n\n{copy}\n"), "a1.txt")
            assert match.kind == "reprint" and match.alignment.edited < 0.02, n
            credited = g.check(f"转载标题\n\n来源：青川日报\n\n{copy}\n")
            assert _match(credited, "a1.txt").permitted, n


# A CMS trailer the notice finder does not cut (no claim, no statement opening), printed
# under articles that share neither outlet nor rights holder; it holds boilerplate words
# (联系, 电话). (A platform disclaimer such as 特别声明：…仅代表该作者观点 is cut by the finder.)
DISCLAIMER = (
    "青川新闻客户端每天为您推送本地最新资讯，商务合作及各类线索请联系青川新闻运营中心，"
    "联系电话0838-5550123，地址青川县新华路八号。"
)


def _outlets_page(i: int) -> str:
    return f"稿件{i}号标题文字\n\n2024/05/06 来源：第{'一二三四'[i]}日报\n\n{chinese_article(100 + i, 6)}\n{DISCLAIMER}\n"


def test_a_disclaimer_other_articles_print_under_them_is_no_evidence_whoever_prints_it(tmp_path):
    """Trailing text that other protected articles print too and that reads as boilerplate is
    left out, even when no k articles have an outlet or rights holder in common."""
    with _protect(tmp_path, 2, _outlets_page) as g:
        credit = f"邻县新闻标题\n\n{chinese_article(500, 5)}\n来源：第一日报\n{DISCLAIMER}\n"
        assert g.check(credit).verdict == "clean"
        assert g.check(credit, config=MatchConfig(boilerplate_k=0)).verdict == "excerpt"
        # The article's own text is still evidence: a body paragraph alone, and a full copy.
        para = chinese_article(100, 6).split("\n")[5]
        assert g.check(f"今日要闻汇总\n\n{chinese_article(999, 4)}\n{para}\n{chinese_article(998, 2)}\n").verdict == "excerpt"
        assert _match(g.check(f"转载标题\n\n{chinese_article(100, 6)}\n"), "a0.txt").kind == "reprint"
        assert _match(g.check(_outlets_page(0)), "a0.txt").kind == "reprint"


def _shared_block(text: str, block: str) -> np.ndarray:
    shared = np.zeros(len(text), dtype=bool)
    shared[text.index(block) : text.index(block) + len(block)] = True
    return shared


def test_shared_tail_needs_boilerplate_words_and_a_short_block():
    text = f"{chinese_article(7, 6)}\n{DISCLAIMER}\n责任编辑：王芳"
    mask = shared_tail(text, char_weights(text), _shared_block(text, DISCLAIMER))
    start = text.index(DISCLAIMER)
    assert mask[start : start + len(DISCLAIMER)].all() and not mask[:start].any()
    # Shared news text without boilerplate words is the article's own.
    wire = text.replace(DISCLAIMER, WIRE)
    assert not shared_tail(wire, char_weights(wire), _shared_block(wire, WIRE)).any()
    # Shared text running past NOTICE_TAIL_SHARE of the article is a story printed twice.
    assert not shared_tail(text, char_weights(text), np.ones(len(text), dtype=bool)).any()


@settings(max_examples=25, deadline=None)
@given(n_windows=st.integers(1, 30), holders=st.lists(st.integers(0, 4), min_size=1, max_size=5), seed=st.integers(0, 2**16))
def test_window_holders_agree_with_a_naive_reference(n_windows, holders, seed):
    """Every article holding all of a window's band keys, and no other, as a set scan finds."""
    rng = np.random.default_rng(seed)
    keys = rng.integers(0, 50, size=(n_windows, 3), dtype=np.uint64)  # few values: many collisions
    index = BandIndex()
    stored = {}
    for slot in range(len(holders)):
        k = np.unique(rng.integers(0, 50, size=rng.integers(1, 40), dtype=np.uint64))
        index.add(slot, k)
        stored[slot] = set(k.tolist())
    index.flush()
    win, slots = index.window_holders(keys)
    got = set(zip(win.tolist(), slots.tolist()))
    want = {(w, s) for w in range(n_windows) for s, ks in stored.items() if set(keys[w].tolist()) <= ks}
    assert got == want


def test_an_articles_own_tiles_hold_its_windows():
    """Sanity of the statistic on real signatures: a tiled window of an article is found among
    its sliding windows, held by that article."""
    scheme = FingerprintScheme()
    from reprint_guard.fingerprint import fingerprint_article

    sh = shingle(normalize(chinese_article(7, 5)).text, scheme)
    fp = fingerprint_article(sh, scheme)
    index = BandIndex()
    index.add(1, fp.keys)
    index.flush()
    sigs = sliding_signatures(sh.hashes, scheme)
    win, slots = index.window_holders(band_keys(sigs, scheme.passage_bands, scheme.passage_rows, 0x13198A2E03707344))
    assert set(slots.tolist()) == {1}
    assert set(fp.passage_starts.tolist()) <= set(win.tolist()) | {int(fp.passage_starts[-1])}


def test_closing_lines_in_another_script_are_the_outlets_not_the_articles(tmp_path):
    """A Chinese article closed by a line in Latin letters only (an outlet's Portuguese release
    line, an English imprint) the notice grammar does not read: a copy without it is a full
    copy, a page holding only it copies nothing; a Chinese closing paragraph stays the article's."""
    body = chinese_article(300, 6)
    latin = ("Este comunicado e as fotografias podem ser reproduzidos pelos meios de comunicacao social. "
             "Por favor, indique nas fotografias Cortesia da Universidade Alameda de Macau.")
    with Guard.open(tmp_path / "store", create=True) as g:
        g.protect_document(f"澳门高校举办开放日\n\n{body}\n\n{latin}\n", source="release.txt")
        m = _match(g.check(f"转载标题\n\n{body}\n"), "release.txt")
        assert m.kind == "reprint" and m.coverage >= 0.99
        page = g.check(f"某论坛帖子\n\n{chinese_article(999, 3)}\n\n{latin}\n")
        assert page.verdict == "clean" and not page.matches
    # the same article closed by a Chinese paragraph: a copy without it is edited
    closing = "学校负责人表示，开放日期间共接待市民和中学生三千余人次，明年还将增设夜间场次和线上导览，方便更多家庭参与。"
    with Guard.open(tmp_path / "store2", create=True) as g:
        g.protect_document(f"澳门高校举办开放日\n\n{body}\n\n{closing}\n", source="release.txt")
        assert _match(g.check(f"转载标题\n\n{body}\n"), "release.txt").coverage < 0.99


def test_an_english_article_closed_by_a_chinese_line_keeps_its_coverage(tmp_path):
    paras = [
        "The county board voted on Tuesday to put a new transit levy before voters in the spring election, after a long debate.",
        "Supporters say the money would restore weekend bus service that was cut three years ago and add two new routes.",
        "Opponents argue that the levy would fall hardest on homeowners with fixed incomes in the outlying towns of the county.",
        "A public hearing on the ballot language is scheduled for next month at the county building, the clerk said.",
    ] * 2
    text = "\n\n".join(paras)
    with Guard.open(tmp_path / "store", create=True) as g:
        zh = "本报中文版同步刊发此文，中文读者可在本报中文网站及客户端阅读全文，并可在文末留言与作者交流看法，欢迎读者朋友们关注本报中文网站每天推出的本地新闻与评论。"
        g.protect_document(f"Transit levy heads to voters\n\n{text}\n\n{zh}\n", source="levy.txt")
        assert _match(g.check(f"Copied\n\n{text}\n"), "levy.txt").kind == "reprint"


def test_a_table_of_figures_does_not_make_an_articles_chinese_lines_foreign():
    """Digits are written in no script: a stock table above Chinese paragraphs leaves the
    article Chinese, so its closing paragraph stays its own text (not a notice block)."""
    from reprint_guard.verify import notice_tail

    rows = [f"上证指数１１９４·１０１２００·９５１２５０·０{i}１２００·２２" for i in range(12)]
    rows += [f"１２３９·９０３·８４２８０１５０４６０９{i}" for i in range(12)]
    closing = "利率是一定时期内利息额与借贷资金的比率，通常分为年利率、月利率和日利率，年利率除以十二为月利率。"
    text = "\n".join([*rows, closing])
    assert not notice_tail(text, char_weights(text)).any()
    latin = "This release and its photographs may be reproduced by the media with credit to the university."
    text = "\n".join([*rows, closing, latin])
    assert notice_tail(text, char_weights(text)).sum() == len(latin)


# Invented English article for the print-edition note tests.
DINER = (
    "For sixty years the Harbour Lantern Diner on Quarry Road has opened at five in the morning, served eggs any way "
    "you like them and closed only when the last customer has finished talking about the weather.",
    "Its owner, Rosalind Petrakis, took over from her father in 1987 and still works the register most mornings, "
    "greeting regulars by name and knowing their orders before they have found a seat at the counter.",
    "The booths were reupholstered a decade ago and the pie case is the original, while the menu gained a lentil "
    "burger that Ms. Petrakis admits sells better than she ever expected it to when her grandson suggested it.",
)


@pytest.mark.parametrize(
    "note",
    [
        "A version of this article appears in print on March 3, 2025, Section B, Page 4 of the Harbour edition "
        "with the headline: Diner Keeps Serving Through Hard Times.",
        "This article appeared in the print edition of The Harbour Lantern Record on March 3, 2025.",
        "A version of this story was published in the Sunday Harbour Lantern Record.",
    ],
    ids=["appears-in-print", "print-edition", "version-published-in"],
)
def test_a_print_edition_note_is_page_furniture_not_article_text(tmp_path, note):
    """An outlet's note on its print edition under the article (trial 2, case 04) leaves the
    fingerprinted body, so a verbatim copy of the body without it is a reprint, not `edited`;
    it names no rights holder either (the notices benchmark labels it NOT-CLAIM)."""
    paras = "".join(f"<p>{p}</p>" for p in DINER)
    page = (
        "<html><head><title>Diner keeps serving</title></head><body><article><h1>Diner keeps serving</h1>"
        f"{paras}<p>{note} <a href='https://record.example/reprints'>Order Reprints</a> | Today's Paper | Subscribe</p>"
        "</article><footer><p>© 2025 The Harbour Lantern Record Company</p></footer></body></html>"
    )
    doc = extract(page)
    assert doc.text == "\n".join(DINER)
    assert doc.notice_text is not None and note in doc.notice_text
    notice = parse_notice(doc.notice_text)
    assert notice.rights_holder == "The Harbour Lantern Record Company"
    assert [u.url for u in notice.urls] == ["https://record.example/reprints"]
    with Guard.open(tmp_path / "fp", create=True) as g:
        g.protect_document(page, source="diner.html")
        report = g.check("\n\n".join(DINER))
        assert report.verdict == "reprint", [(m.kind, m.coverage) for m in report.matches]
    # alone under the text, the note is cut all the same and claims nothing
    alone = extract(f"<html><body><article><h1>Diner</h1>{paras}<p>{note}</p></article></body></html>")
    assert alone.text == "\n".join(DINER)
    assert parse_notice(alone.notice_text or "").rights_holder is None


@pytest.mark.parametrize(
    "note",
    ["本文刊登于2025年3月3日《滨江日报》第4版", "原载于《滨江日报》2025年3月3日第六版", "原載於《濱江日報》2025年3月3日第4版"],
    ids=["kandeng", "yuanzai", "yuanzai-traditional"],
)
def test_a_chinese_print_edition_note_leaves_the_body(note):
    """本文刊登于…第N版 / 原载于《X》…第N版 under an article is page furniture: not in the body."""
    body = chinese_article(300, 4)
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n"))
    doc = extract(f"<html><body><article><h1>滨江新闻</h1>{paras}<p>{note}</p></article></body></html>")
    assert doc.text == body
    assert doc.notice_text == note


def test_a_story_sentence_about_a_report_in_print_stays_in_the_body():
    """Only the page's own article is the print note's subject: a story's last sentence about a
    report or a paper's edition is the story's."""
    last = "The report was published in the March edition of the Tidewater Planning Journal and found that rents rose."
    paras = "".join(f"<p>{p}</p>" for p in (*DINER, last))
    doc = extract(f"<html><body><article><h1>Diner</h1>{paras}</article></body></html>")
    assert doc.text.endswith(last)
