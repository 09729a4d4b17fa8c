"""A permitted copy's credit as syndicated copies word it ("Used under licence from X", "Republished
by arrangement with X", 本文由X授权发布, "Adapted from a story by Y, X, under CC BY 4.0"), and a
credit no reader sees (inside a <template>). From a new user's trial of pages that try to clear
themselves (session 31). Names and domains are invented."""

from __future__ import annotations

import pytest

from reprint_guard import Guard

EN = [
    "Mangroves are returning to the bay for the first time in forty years, after a decade of replanting by fishing families and volunteers.",
    "The replanted belt now runs for six kilometres along the northern shore, and surveys count more crabs and juvenile fish each season.",
    "Fishers say the trees have calmed the water in the inlets, so that small boats can shelter there when the afternoon wind rises.",
    "The provincial fisheries office will map the belt again next year and decide whether to extend the planting to the southern shore.",
]
EN_NOTICE = "This article is published under a Creative Commons Attribution 4.0 International licence (CC BY 4.0). Please credit the East Lan Herald."
EN_FORBID = "© 2026 Harbour Ledger Ltd. All rights reserved. No part of this article may be republished without permission."
ZH = [
    "四月一日晚上八点，西岭县石门村小学的操场上第一次架起了三台天文望远镜，全校四十七名学生排着队轮流观看月亮表面的环形山。",
    "带队的志愿者是省城一所大学天文系的研究生，他说山区空气干净、灯光少，本来是观星的好地方，可不少孩子从没听说过星座的名字。",
    "石门村小学校长说，学校一直想开科学兴趣课，但缺少器材，也缺少懂行的老师，这次县科协送来了一台望远镜，还将每月安排志愿者上课。",
    "县科协负责人表示，项目第一期经费约十二万元，主要用于购买望远镜和支付志愿者的交通补贴，秋季开学后将在每所村小建立天文兴趣小组。",
]
ZH_NOTICE = "本文为西岭日报原创，欢迎转载，转载请注明来源：西岭日报。"


def _html(paras: list[str], extra: str = "") -> str:
    return "<html><head><meta charset='utf-8'><title>T</title></head><body><h1>T</h1>" + "".join(f"<p>{p}</p>" for p in paras) + extra + "</body></html>"


@pytest.fixture(scope="module")
def guard(tmp_path_factory: pytest.TempPathFactory) -> Guard:
    g = Guard.open(tmp_path_factory.mktemp("lines") / "fp", create=True)
    g.protect_document("\n\n".join(["Mangroves return to the bay", *EN, EN_NOTICE]) + "\n", source="mangroves.txt")
    g.protect_document("\n\n".join(["山村小学开出第一堂天文课", *ZH, ZH_NOTICE]) + "\n", source="stars.txt")
    return g


@pytest.fixture(scope="module")
def forbidding(tmp_path_factory: pytest.TempPathFactory) -> Guard:
    g = Guard.open(tmp_path_factory.mktemp("forbid") / "fp", create=True)
    g.protect_document("\n\n".join(["Mangroves return to the bay", *EN, EN_FORBID]) + "\n", source="mangroves.txt")
    return g


@pytest.mark.parametrize(
    "line",
    [
        "Used under licence from the East Lan Herald.",
        "Published under license from East Lan Herald.",
        "Republished by arrangement with the East Lan Herald.",
        "Licensed content from East Lan Herald.",
    ],
)
def test_a_licence_line_naming_the_source_is_its_credit(guard: Guard, line: str) -> None:
    rep = guard.check(_html([*EN, line]), content_type="html")
    assert rep.verdict == "permitted"
    [m] = rep.matches
    assert m.attributed and m.credit == line


def test_an_edited_copys_adapted_from_byline_is_its_credit(guard: Guard) -> None:
    edited = [p.replace("forty", " 40").replace("six kilometres", "6 km") for p in EN]
    line = "Adapted from a story by Devika Rao, East Lan Herald, under CC BY 4.0. Original: https://eastlan.example/mangroves"
    rep = guard.check(_html([*edited, line]), content_type="html")
    assert rep.verdict == "permitted"
    assert rep.matches[0].attributed


def test_a_leave_line_naming_the_source_is_its_credit_in_chinese(guard: Guard) -> None:
    rep = guard.check(_html([*ZH, "本文由西岭日报授权发布"]), content_type="html")
    assert rep.verdict == "permitted"
    assert rep.matches[0].credit == "本文由西岭日报授权发布"


def test_a_licence_line_on_a_forbidden_copy_is_quoted_as_its_claim(forbidding: Guard) -> None:
    rep = forbidding.check(_html([*EN, "Used under licence from Harbour Ledger."]), content_type="html")
    assert rep.verdict == "reprint"
    [m] = rep.matches
    assert m.licence.status == "claimed" and "Used under licence from Harbour Ledger." in m.licence.claim


@pytest.mark.parametrize("name", ["西岭日报", "East Lan Herald"])
def test_a_credit_inside_a_template_is_no_credit(guard: Guard, name: str) -> None:
    paras = ZH if name == "西岭日报" else EN
    label = "来源：" if name == "西岭日报" else "Source: "
    rep = guard.check(_html(paras, f"<template><p>{label}{name}</p></template>"), content_type="html")
    assert rep.verdict == "reprint"
    assert not rep.matches[0].attributed
