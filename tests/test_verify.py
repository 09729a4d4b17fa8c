"""Alignment invariants: verbatim excerpts align fully, offsets slice the original texts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import chinese_article
from reprint_guard.config import FingerprintScheme, MatchConfig
from reprint_guard.normalize import normalize
from reprint_guard.shingle import shingle
from reprint_guard.verify import Side, align, char_weights

SCHEME = FingerprintScheme()
CONFIG = MatchConfig()


def side(text: str) -> Side:
    norm = normalize(text)
    return Side.of(norm, shingle(norm.text, SCHEME))


@settings(max_examples=60, deadline=None)
@given(
    art_seed=st.integers(0, 10**6),
    filler_seed=st.integers(0, 10**6),
    start=st.integers(0, 600),
    length=st.integers(60, 400),
    where=st.floats(0, 1),
)
def test_verbatim_excerpt_always_aligns_fully(art_seed: int, filler_seed: int, start: int, length: int, where: float) -> None:
    article = chinese_article(art_seed)
    piece = article[start : start + length].strip()
    filler = chinese_article(filler_seed + 10**7, paragraphs=6)
    cut = int(len(filler) * where)
    doc = filler[:cut] + "\n" + piece + "\n" + filler[cut:]
    al = align(side(doc), side(article), CONFIG)
    # One passage, scoring 1.0, whose two spans slice the same text: the excerpt, up to the
    # punctuation at its edges.
    assert len(al.passages) == 1
    (p,) = al.passages
    assert p.score == 1.0
    # (Up to line breaks: when the filler's last character happens to be the one before the
    # piece in the article, the passage rightly starts there, across the inserted "\n".)
    assert article[p.article.start : p.article.end].replace("\n", "") == doc[p.document.start : p.document.end].replace("\n", "")
    core = piece.strip("，。\n ")  # the piece may start "，\n…": strip the line break the comma hid
    assert core in doc[p.document.start : p.document.end] or doc[p.document.start : p.document.end] in core
    assert len(doc[p.document.start : p.document.end]) >= len(core) - 2


def test_noise_does_not_change_similarity_and_offsets_slice_text() -> None:
    article = chinese_article(5)
    noisy = "".join(
        ch + ("\u200b" if i % 4 == 0 else "") + ("\u00ad" if i % 9 == 0 else "") for i, ch in enumerate(article)
    )
    noisy = "\ufeff\u3000\u3000" + noisy.replace("1", "１")
    clean = align(side(article), side(article), CONFIG)
    dirty = align(side(noisy), side(article), CONFIG)
    assert abs(clean.similarity - dirty.similarity) <= 0.01
    assert dirty.coverage > 0.99
    for p in dirty.passages:
        quoted = noisy[p.document.start : p.document.end]
        assert quoted.replace("\u200b", "").replace("\u00ad", "") == article[p.article.start : p.article.end]


def test_repeated_quote_counts_once_in_coverage() -> None:
    article = chinese_article(6)
    para = article.splitlines()[2]
    doc = chinese_article(7, 3) + "\n" + para + "\n" + chinese_article(8, 3) + "\n" + para
    al = align(side(doc), side(article), CONFIG)
    assert len(al.passages) == 2
    assert al.passages[0].article == al.passages[1].article
    one = align(side(para), side(article), CONFIG)
    assert al.coverage == one.coverage <= 1.0


def test_unrelated_texts_do_not_align() -> None:
    assert align(side(chinese_article(1)), side(chinese_article(2)), CONFIG).passages == ()
    assert align(side(""), side(chinese_article(2)), CONFIG).coverage == 0.0


def test_char_weights_units() -> None:
    w = char_weights("发展 is  good，")
    # Two Han characters, six Latin letters, two runs of spaces, a CJK comma.
    assert w[-1] == pytest.approx(2 + 6 / 3 + 2 / 3 + 1)
    assert char_weights("x" * 300)[-1] == pytest.approx(100)


def test_content_keeps_exactly_what_isalnum_keeps_on_every_code_point() -> None:
    import sys

    from reprint_guard.verify import _content

    chars = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert _content(chars, 0, len(chars)) == "".join(c for c in chars if c.isalnum())


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_the_counted_mask_is_the_per_character_test(text: str) -> None:
    from reprint_guard.verify import _counted_mask

    assert _counted_mask(text).tolist() == [ch.isalnum() for ch in text]


def _repeating_article(seed: int) -> list[str]:
    """Paragraphs of an invented article whose second and fourth paragraphs end on the same
    sentence (a phrase an article repeats: 为市人大常委会主任；选举 in two election reports)."""
    paras = chinese_article(seed, paragraphs=6).split("\n")
    repeated = chinese_article(seed + 1, paragraphs=1)[:30] + "。"
    paras[1] += repeated
    paras[3] += repeated
    return paras


def test_a_shuffled_copy_of_an_article_repeating_a_sentence_is_a_reprint() -> None:
    # The copy puts the second paragraph before the fifth: its copy of the repeated sentence,
    # at the end of the second, is also the fourth paragraph's, which the fifth follows in the
    # article. The chain must not follow that occurrence (it would take the second paragraph's
    # last sentence from the fourth and count the text as moved and added).
    from reprint_guard.verdict import classify

    paras = _repeating_article(7)
    article = "\n".join(paras)
    doc = "\n".join(paras[k] for k in (0, 1, 4, 3, 2, 5))
    al = align(side(doc), side(article), CONFIG)
    assert al.coverage >= 0.99
    assert al.edited is not None and al.edited <= 0.01
    assert classify(al, CONFIG) == "reprint"


# Invented English text. The copied paragraph names "Harbor Light Studio" near its end, and the
# article names it again in the sentences right after the paragraph.
_COPIED = (
    "The new rendering engine lets designers tune lighting, shadows and the colour of the sky "
    "for every scene by adjusting a small number of visual settings, and previews each change "
    "at once on ordinary office computers, which the early versions of Harbor Light Studio could not do."
)
_AFTER = (
    " Harbor Light Studio costs less than its rivals. Schools pay half price and can share one "
    "licence between several classrooms, the company said on Monday."
)
_BEFORE = "Sales of design software grew quickly last year in most regions of the country. "


def test_a_phrase_the_article_repeats_after_the_copied_paragraph_does_not_stretch_the_passage() -> None:
    article = _BEFORE + _COPIED + _AFTER
    doc = "Readers wrote to us about the weather and the trains this week. " + _COPIED + (
        " We will report on the council meeting tomorrow, as every Friday."
    )
    al = align(side(doc), side(article), CONFIG)
    (p,) = al.passages
    # The passage is the copied paragraph on both sides: not the article's next sentence too.
    assert article[p.article.start : p.article.end] == doc[p.document.start : p.document.end]
    assert p.score == 1.0


def test_a_headline_the_article_repeats_in_its_first_line_does_not_stretch_the_passage() -> None:
    lead = "Troopers seized three pounds of marijuana during a traffic stop"
    body = (
        lead + " on Friday on the turnpike near the county line, the highway patrol said. The driver, "
        "a man from another state, was taken to the county jail and held on a drug charge while "
        "officers searched the rest of the car and found cash hidden under the seats."
    )
    article = lead + "\n" + body
    doc = "Weather: rain in the afternoon, clearing by the evening.\n" + body + "\nMore local news tomorrow."
    al = align(side(doc), side(article), CONFIG)
    (p,) = al.passages
    assert article[p.article.start : p.article.end] == doc[p.document.start : p.document.end]


def test_isolated_template_phrases_are_not_a_passage() -> None:
    # A schedule and another channel's schedule share only the listing's fixed phrases (a
    # running time, "60 min(s)", one shingle each) between unrelated titles: a template, no
    # stretch of text longer than a shingle is shared.
    mins = (60, 30, 90, 45, 120, 15, 75, 20)
    ours = (
        "Kat tattoos a rock legend from a band that toured the world",
        "Hannah and Corey plan a jam session for the shop and its customers",
        "The tight deadline for a large project keeps the whole team late",
        "Shop gets a surprise visit from an old friend and her mother",
        "Old friends return to town to open a new shop on the main street",
        "Building the biggest cake the town has seen for a wedding",
        "Race across the desert in old trucks to reach the coast in time",
        "Doctors on call overnight at the busy hospital in the city",
    )
    theirs = (
        "Ghostly figures watch the farm family from the dark corn fields at night",
        "Three teenagers learn of an old legend about a house near the lake",
        "Perfect home brings fear and dread to the new owners and their son",
        "Voices heard at night in the house make the mother call the police",
        "Lost ship found off the coast holds the secret of the missing crew",
        "Hunting for treasure underground leads two brothers into old mines",
        "Storm chasers drive into danger when the weather turns in the plains",
        "Wildlife rescue on the river saves a family of otters from the flood",
    )
    article = " ".join(f"Jan 09, {h}:00 am {m} min(s) {t}" for h, m, t in zip(range(1, 9), mins, ours))
    doc = " ".join(f"Jan 09, {h}:00 pm {m} min(s) {t}" for h, m, t in zip(range(11, 19), mins, theirs))
    assert align(side(doc), side(article), CONFIG).passages == ()


@pytest.mark.parametrize("order", [(1, 4, 2, 0, 3, 5), (3, 2, 1, 4, 0, 5)])
def test_a_repeated_closing_sentence_moved_before_the_text_after_its_twin_is_a_reprint(order: tuple[int, ...]) -> None:
    # The second paragraph's copy of the repeated sentence is followed by the fifth paragraph,
    # as the fourth paragraph's is in the article: each occurrence must keep its own copy.
    from reprint_guard.verdict import classify

    paras = _repeating_article(7)
    doc = "\n".join(paras[k] for k in order)
    al = align(side(doc), side("\n".join(paras)), CONFIG)
    assert al.edited is not None and al.edited <= 0.01
    assert classify(al, CONFIG) == "reprint"


def _repeated_paragraph_article(seed: int, length: int = 30) -> list[str]:
    """An invented article whose first and fourth paragraphs are one short line (a 本报讯 lead,
    a slogan): the same text twice."""
    paras = chinese_article(seed, paragraphs=6).split("\n")
    line = chinese_article(seed + 1, paragraphs=1)[:length] + "。"
    return [line] + paras[:2] + [line] + paras[2:]


@pytest.mark.parametrize(
    ("length", "order"),
    [
        (30, (6, 5, 0, 3, 1, 2, 4, 7)),  # the two lines side by side, the first before the text after the second
        (30, (1, 2, 0, 3, 4, 5, 6, 7)),  # the first line moved next to the second
        (21, (0, 1, 2, 5, 4, 3, 6, 7)),  # a line shorter than a passage (min_aligned), moved
    ],
)
def test_a_shuffled_copy_of_an_article_repeating_a_short_paragraph_is_a_reprint(length: int, order: tuple[int, ...]) -> None:
    from reprint_guard.verdict import classify

    paras = _repeated_paragraph_article(11, length)
    doc = "\n".join(paras[k] for k in order)
    al = align(side(doc), side("\n".join(paras)), CONFIG)
    assert al.coverage >= 0.99
    assert al.edited is not None and al.edited <= 0.01
    assert classify(al, CONFIG) == "reprint"


def test_a_shingle_running_past_a_sentence_end_does_not_glue_a_moved_byline_to_the_paragraph_before() -> None:
    # The last paragraph ends …的游法。 and the dateline under it starts （本报…: the shingle 的游法本报
    # is shared with the copy, where the byline 本报记者… follows that paragraph. The byline is
    # then not a clause of the paragraph's sentence (it would carry the paragraph to its place).
    from reprint_guard.verdict import classify

    paras = chinese_article(21, paragraphs=6).split("\n")
    paras[-1] = paras[-1][:-1] + "，这是最适合自己的游法。"
    byline, dateline = "本报记者王小明", "（本报北京一月五日电）"
    article = "\n".join([byline, *paras, dateline])
    doc = "\n".join([paras[2], paras[0], paras[5], byline, paras[1], paras[3], paras[4], dateline])
    al = align(side(doc), side(article), CONFIG)
    assert al.edited is not None and al.edited <= 0.01
    assert classify(al, CONFIG) == "reprint"


def test_text_before_the_first_piece_on_its_line_is_not_counted_when_it_is_another_piece() -> None:
    # The article's lead line and its second paragraph both end 发展建功立业; the copy drops the
    # lead and puts the second paragraph first, so the first paragraph's passage starts on the
    # second paragraph's line (发展建功立业 then the line break). The text before it on that line
    # is the second paragraph's own passage, not text the copy added to its first paragraph.
    from reprint_guard.verdict import classify

    paras = chinese_article(23, paragraphs=6).split("\n")
    lead = "勉励广大职工发挥主力军作用为企业改革发展建功立业"
    paras[1] = paras[1][:-1] + "，为企业的改革和发展建功立业。"
    article = "\n".join([lead, *paras])
    doc = "\n".join([paras[1], paras[0], *paras[2:]])
    al = align(side(doc), side(article), CONFIG)
    assert al.edited is not None and al.edited < 0.05  # the dropped lead line
    assert classify(al, CONFIG) == "reprint"


def test_a_paragraph_running_on_into_a_moved_heading_does_not_carry_the_heading_along() -> None:
    # The fifth paragraph starts 经济林产品, and so does the heading line the copy moved under
    # the fourth: the fourth's passage runs on past its 。 into the heading. The heading is not a
    # clause of the fourth paragraph's last sentence (which would put that paragraph in its place).
    from reprint_guard.verdict import classify

    paras = chinese_article(31, paragraphs=6).split("\n")
    heading = "●经济林产品消费年均增长十九"
    paras[4] = "经济林产品" + paras[4]
    article = "\n".join([heading, *paras])
    doc = "\n".join([paras[3], heading, paras[4], paras[0], paras[2], paras[1], paras[5]])
    al = align(side(doc), side(article), CONFIG)
    assert al.edited is not None and al.edited <= 0.01
    assert classify(al, CONFIG) == "reprint"
