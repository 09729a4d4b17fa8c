"""A copy that opens with a short paragraph.

The extractor reads a short first line of plain text (no title markup) as the page's title,
and a line opening with ``记者：`` among the first as a byline, and leaves them out of the
text. Protected articles keep that reading (their fingerprints do not change); a check puts
such lines back for an article that prints them verbatim as paragraphs, so a full copy is a
reprint whatever the order of its paragraphs.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from helpers import chinese_article, newsroom_page
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reprint_guard import Guard
from reprint_guard._hanfreq import COMMON_SIMPLIFIED
from reprint_guard.extract import extract

_CHARS = sorted(COMMON_SIMPLIFIED)


def _run(seed: int, n: int) -> str:
    return "".join(random.Random(seed).choices(_CHARS, k=n))


# A one-sentence question: short, no 。, so it looks like a headline. ~10 % of the article.
LEAD = _run(1, 40) + "？"
BODY = [LEAD, *chinese_article(50, paragraphs=3).splitlines()]
# A paragraph that reads as a byline line (她告诉记者：…) when it comes first after a headline.
QUOTE = "她告诉记者：“" + _run(2, 60) + "，" + _run(3, 30) + "。”"
QUOTED = [*chinese_article(51, paragraphs=2).splitlines(), QUOTE]
LONG = [LEAD, *chinese_article(52, paragraphs=6).splitlines()]
HEADLINE = "青川县春季重点项目建设全面启动"


@pytest.fixture(scope="module")
def guard(tmp_path_factory: pytest.TempPathFactory) -> Guard:
    g = Guard.open(tmp_path_factory.mktemp("fp") / "fp", create=True)
    for name, body in (("lead", BODY), ("quoted", QUOTED), ("long", LONG)):
        assert g.protect_document(newsroom_page("\n".join(body)), source=f"articles/{name}.txt").status == "added"
    return g


def test_protected_bodies_keep_their_reading(guard: Guard) -> None:
    # What protect stores is unchanged: the headline and the date line stay out of the body,
    # the short first paragraph stays in it.
    doc = extract(newsroom_page("\n".join(BODY)))
    assert doc.text == "\n".join(BODY)
    assert doc.title == HEADLINE
    assert doc.header_lines == (HEADLINE, "2024/05/06 09:30 来源：青川日报")
    stored = {a.source: guard.store.get(a.id).body for a in guard.articles()}
    assert stored["articles/lead.txt"] == "\n".join(BODY)


def test_a_short_first_line_is_read_as_the_title_and_recorded() -> None:
    doc = extract("\n".join(BODY))
    assert doc.title == LEAD
    assert doc.text == "\n".join(BODY[1:])
    assert doc.header_lines == (LEAD,)


@pytest.mark.parametrize("form", ["text", "html"])
def test_copy_opening_with_a_short_paragraph_is_a_reprint(guard: Guard, form: str) -> None:
    paras = [BODY[0], BODY[3], BODY[1], BODY[2]]
    page = "\n\n".join(paras) if form == "text" else "<html><body>" + "".join(f"<p>{p}</p>" for p in paras) + "</body></html>"
    rep = guard.check(page, content_type=form)
    assert rep.title == LEAD  # still read as the page's title...
    (m,) = rep.matches
    assert rep.verdict == "reprint"  # ...but counted as copied text: was edited (coverage 0.89)
    assert m.coverage > 0.99 and m.similarity == 1.0
    # offsets refer to the match's document text: the text with the line put back first
    assert m.document_text == "\n".join([LEAD, *(p for p in paras[1:])])
    art = guard.store.get(m.article.id)
    for p, text in zip(m.alignment.passages, m.texts()):
        assert art.body[p.article.start : p.article.end] == text


def test_copy_that_keeps_the_headline_too_is_a_reprint(guard: Guard) -> None:
    rep = guard.check("\n".join([HEADLINE, *BODY]))
    assert rep.verdict == "reprint"
    assert rep.matches[0].document_text == "\n".join(BODY)  # the headline is no article text


def test_paragraph_read_as_a_byline_is_put_back(guard: Guard) -> None:
    # Shuffled to the top under a headline, 她告诉记者：“…” reads as a byline line.
    rep = guard.check("\n".join([HEADLINE, QUOTE, *QUOTED[:2]]))
    assert rep.verdict == "reprint"  # was edited: a third of the article missing
    assert rep.matches[0].coverage > 0.99


def test_excerpt_opening_with_the_short_paragraph_stays_an_excerpt(guard: Guard) -> None:
    filler = chinese_article(900, paragraphs=8).splitlines()
    rep = guard.check("\n".join([LONG[0], LONG[3], *filler]))
    assert rep.verdict == "excerpt"
    (m,) = rep.matches
    assert m.article.source == "articles/long.txt"
    assert m.texts() == (LEAD, LONG[3])  # the put-back line counts, and no more
    assert 0.2 < m.coverage < 0.25


def test_unrelated_text_with_the_short_line_is_clean(guard: Guard) -> None:
    rep = guard.check("\n".join([LEAD, *chinese_article(901, paragraphs=4).splitlines()]))
    assert rep.verdict == "clean"


@settings(max_examples=24, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(range(len(BODY))), headline=st.booleans(), form=st.sampled_from(["text", "html"]))
def test_any_order_of_a_full_copy_is_a_reprint(guard: Guard, order: list[int], headline: bool, form: str) -> None:
    paras = [BODY[k] for k in order]
    if form == "text":
        page = "\n\n".join([HEADLINE, *paras] if headline else paras)
    else:
        h1 = f"<h1>{HEADLINE}</h1>" if headline else ""
        page = f"<html><body>{h1}" + "".join(f"<p>{p}</p>" for p in paras) + "</body></html>"
    assert guard.check(page, content_type=form).verdict == "reprint"


EN_BODY = "\n\n".join(
    ["The county council voted on Monday night to build a pedestrian and cycle bridge linking the east bank "
     "housing estates to the town centre, after more than ten years of petitions and public meetings."] * 4
)


def test_a_plain_text_english_headline_longer_than_sixty_letters_is_the_title() -> None:
    head = "Riverbend council approves new footbridge after decade-long campaign\n\nBy Tom Alvarez\nJune 4, 2024\n\n"
    doc = extract((head + EN_BODY).encode(), content_type="text")
    assert doc.title == "Riverbend council approves new footbridge after decade-long campaign"
    assert (doc.author, str(doc.date)) == ("Tom Alvarez", "2024-06-04")
    assert doc.text == EN_BODY.replace("\n\n", "\n")


def test_a_date_line_with_an_outlet_and_a_reporter_filing_from_a_city() -> None:
    body = "\n".join(["台北市大安區一條安靜的巷弄裡，有一間只有十二坪大的獨立書店，每週三晚上都坐滿讀書會的成員。"] * 4)
    doc = extract(f"巷弄裡的獨立書店 靠社區讀書會撐過疫情\n2024年8月12日 港灣日報 記者 林佳蓉／台北報導\n{body}".encode(),
                  content_type="text")
    assert (str(doc.date), doc.outlet) == ("2024-08-12", "港灣日報")
    assert doc.text == body


@pytest.mark.parametrize(
    "head",
    [
        ["Barrow's", "Chipmaker's Pricing Power Is Back. The Stock Isn't Priced for It.", "By Neil Forde", "Updated June 5, 2024 6:12 pm ET"],
        ["Barrow's", "Markets", "Chipmaker's Pricing Power Is Back", "By Neil Forde", "Published June 5, 2024"],
    ],
)
def test_a_masthead_and_kicker_over_a_headline_and_byline_leave_the_body(head):
    """The line over "By X" is the headline (even with a full stop), the short lines over it the
    page's; the time zone after an updated time is no outlet (ET)."""
    body = [
        "The county board voted on Tuesday to put a new transit levy before voters in the spring election, officials said.",
        "Supporters say the money would restore weekend bus service that was cut three years ago, when ridership fell sharply.",
    ]
    doc = extract("\n".join([*head, *body]), content_type="text")
    assert doc.text == "\n".join(body)
    assert (doc.title, doc.author, doc.date) == (head[-3], "Neil Forde", "2024-06-05")
    assert doc.outlet != "ET"


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [("By Samuel Okafor, Riverbend Review, 3 August 2024", "Riverbend Review"), ("By Ann Lee | Harbor Times | June 5, 2024", "Harbor Times"),
     ("By Neil Forde, Staff Writer", None)],
)
def test_an_english_byline_names_the_outlet_after_the_author(byline, outlet):
    body = ["The county board voted on Tuesday to put a new transit levy before voters in the spring election, officials said."] * 3
    doc = extract("\n".join(["Levy goes to voters", byline, *body]), content_type="text")
    assert (doc.author, doc.outlet) == (byline.split(",")[0].split("|")[0][3:].strip(), outlet)


@pytest.mark.parametrize(
    ("paragraph", "outlet"),
    [("ABC新闻讯（记者 张三）昨日，北岭公园开园。", "ABC新闻"), ("3D财经网讯 昨日，北岭公园开园。", "3D财经网"), ("清溪网讯（记者 周沐阳）今天上午，…", "清溪网")],
)
def test_a_dateline_outlet_may_open_with_latin_letters_or_digits(paragraph: str, outlet: str) -> None:
    from reprint_guard.ingest.layout import _opening_dateline

    assert _opening_dateline(paragraph) == outlet


def test_a_title_site_part_may_open_with_latin_letters() -> None:
    from reprint_guard.extract import _title_site

    assert _title_site("離島交通補助新制7月上路-TOP科技週刊", "離島交通補助新制7月上路") == "TOP科技週刊"
    assert _title_site("離島交通補助新制7月上路-島嶼發展委員會", "離島交通補助新制7月上路") == "島嶼發展委員會"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [("2025-05-09  Tidewater Report", "Tidewater Report"), ("2025-05-09\u3000北港報導者", "北港報導者"), ("May 9, 2025 · The Hill Reporter", "The Hill Reporter")],
)
def test_a_date_line_naming_a_report_or_reporter_outlet_keeps_its_date(line: str, outlet: str) -> None:
    """Outlets named "X Report" or X報導者 print their name on the date line as others do (new-user trial)."""
    from reprint_guard.ingest.layout import _Meta, _parse_meta_line

    meta = _Meta()
    assert _parse_meta_line(line, meta) and (meta.date, meta.sources) == ("2025-05-09", [outlet])
