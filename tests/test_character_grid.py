"""A copy set one character a table cell (a grid of 20 cells a row) is read as the text it spells
(session 30, a new user's evasion trial: the grid's last rows were lost and the copy came out
'edited')."""

from pathlib import Path

import lxml.html

from reprint_guard import Guard
from reprint_guard.extract import extract

TEXT = (
    "中午十一点半，北湾区青石路社区长者食堂里已经坐满了人。今天的菜单是清蒸鲈鱼、番茄炒蛋、蒜蓉菜心和冬瓜排骨汤，"
    "一荤一素一汤的套餐，六十岁以上的老人凭卡只需十二元。区民政局介绍，全区已建成社区长者食堂三十六家，覆盖全区八成以上的社区，"
    "累计服务老人超过四十万人次。按照计划，今年年底前还将新建十四家，基本实现十五分钟助餐服务圈全覆盖。"
    "部分食堂在保障老人用餐的同时，也向周边上班族开放，以增加收入，维持运营。吃完饭，不少老邻居留在食堂里打牌、看报纸。"
)


def _grid(text: str, per_row: int = 20) -> str:
    rows = [text[k : k + per_row] for k in range(0, len(text), per_row)]
    return "<table>" + "".join("<tr>" + "".join(f"<td>{ch}</td>" for ch in row) + "</tr>" for row in rows) + "</table>"


def test_a_character_grid_reads_as_its_text() -> None:
    page = f"<html><body><h1>长者食堂</h1><div class='content'>{_grid(TEXT)}</div></body></html>"
    doc = extract(page, content_type="html")
    assert doc.text.replace("\n", "") == TEXT


def test_a_calendar_stays_a_table() -> None:
    from reprint_guard.ingest.tree import _flatten_character_grids

    days = "".join(f"<td>{d}</td>" for d in range(1, 32))
    tree = lxml.html.fromstring(f"<html><body><table><tr>{days}</tr></table><p>正文</p></body></html>")
    _flatten_character_grids(tree)
    assert tree.find(".//table") is not None


def test_a_grid_copy_of_a_protected_article_is_a_reprint(tmp_path: Path) -> None:
    guard = Guard.open(tmp_path / "fp", create=True)
    article = "长者食堂开到家门口\n" + "\n".join(TEXT[k : k + 60] for k in range(0, len(TEXT), 60))
    assert guard.protect_document(article, source="a.txt").status == "added"
    copy = f"<html><head><title>长者食堂开到家门口_热点资讯网</title></head><body><h1>长者食堂开到家门口</h1><div class='content'>{_grid(TEXT)}</div></body></html>"
    report = guard.check(copy, content_type="html")
    assert report.verdict == "reprint"
