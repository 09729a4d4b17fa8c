"""An editor's note that says where a licensed copy ran first names its rights holder (session 31:
invented pages after report-half aggregates showed notices missed above the article). A note of
the story's own history ("originally published on March 3") names no one, and the text of a copy
taken without the note is the story."""

import pytest

from reprint_guard.extract import extract, page_notice

EN_BODY = "\n".join(
    f"<p>Paragraph {k}: the county board approved the parks budget after residents asked about the cost and the timetable.</p>"
    for k in range(6)
)
ZH_BODY = "\n".join(f"<p>第{k}段：市政府今天召开会议，研究部署城乡公园建设和老旧小区改造工作，要求各部门加强协作。</p>" for k in range(6))


def _page(above: str, body: str, below: str = "") -> str:
    return f"<html><body><h1>Parks budget approved</h1>{above}<div class='c'>{body}</div>{below}<footer><a href='/about'>About</a></footer></body></html>"


def _holder(page: str) -> str | None:
    notice = page_notice(extract(page, content_type="text/html"))
    return notice.rights_holder if notice else None


@pytest.mark.parametrize(
    ("above", "below", "holder"),
    [
        ("<p>Editor's note: This piece is republished from Northfield Review under a content-sharing agreement.</p>", "", "Northfield Review"),
        ("", "<p>Editor's note: This piece is republished from Northfield Review under a content-sharing agreement.</p>", "Northfield Review"),
        ("", "<p><em>Editor’s Note: This story originally appeared in Coastal Courier.</em></p>", "Coastal Courier"),
        ("<p>[Editor's note: Reprinted with permission from the Lakeside Weekly.]</p>", "", "Lakeside Weekly"),
    ],
)
def test_an_editors_note_of_origin_names_the_holder(above: str, below: str, holder: str) -> None:
    assert _holder(_page(above, EN_BODY, below)) == holder


@pytest.mark.parametrize(
    "line",
    [
        "编者按：本文来源于“江风观察”微信公众号，经授权转载。",
        "来源：江风观察，经授权转载",
        "本文选自“江风观察”公众号，已获授权",
    ],
)
def test_a_source_with_its_leave_above_the_article_names_the_holder(line: str) -> None:
    assert _holder(_page(f"<p>{line}</p>", ZH_BODY)) == "江风观察"


@pytest.mark.parametrize(
    "note",
    [
        "Editor's note: An earlier version of this story misstated the cost of the plan.",
        "Editor's note: This story was originally published on March 3 and has been updated.",
        "This story was originally published on Monday.",
        "This article was first published in January 2024.",
    ],
)
def test_a_note_on_the_storys_history_names_no_one(note: str) -> None:
    doc = extract(_page("", EN_BODY, f"<p>{note}</p>"), content_type="text/html")
    notice = page_notice(doc)
    assert notice is None or notice.rights_holder is None
    assert note not in doc.text  # still page furniture, not the story


@pytest.mark.parametrize("above", ["<p>来源：江风观察</p>", "<p>【编者按】近年来，城市公园建设提速，本报记者走访多地。</p>"])
def test_a_plain_source_or_an_editors_preface_is_no_claim(above: str) -> None:
    assert _holder(_page(above, ZH_BODY)) is None


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("本文由「山城觀點」授權刊出，原文刊於其網站。", "山城觀點"),
        ("本文經《遠山雜誌》同意轉載，原文標題為〈山村小學〉。", "遠山雜誌"),
        ("（本文经《江城晚报》同意转载）", "江城晚报"),
    ],
)
def test_a_licensed_reprints_other_verbs_name_the_licensor(line: str, holder: str) -> None:
    assert _holder(_page("", ZH_BODY, f"<p>{line}</p>")) == holder


def test_consent_refused_is_no_licensed_reprint() -> None:
    notice = page_notice(extract(_page("", ZH_BODY, "<p>未經本刊同意轉載者，本刊將依法追究。</p>"), content_type="text/html"))
    assert notice is None or notice.rights_holder != "本刊"
