"""A copy's credit line naming the licence and printing the original's address ("Source: X, CC BY
4.0. https://…"), in a full copy and in an excerpt among another story's paragraphs; and a page
address given with a stray carriage return. From a new user's trial of a copyright desk's
findings (session 28). Names and domains are invented."""

from __future__ import annotations

import pytest

from reprint_guard import Guard
from reprint_guard.ingest.layout import _credit_line

URL = "https://www.eastlanherald.example/2026/04/22/mangroves-return-to-the-bay"
ORIGINAL = [
    "Mangroves are returning to the bay for the first time in forty years, after a decade of replanting by fishing families and volunteers.",
    "The replanted belt now runs for six kilometres along the northern shore, and surveys count more crabs and juvenile fish each season.",
    "Fishers say the trees have calmed the water in the inlets, so that small boats can shelter there when the afternoon wind rises.",
    "The provincial fisheries office will map the belt again next year and decide whether to extend the planting to the southern shore.",
]
OTHER = [
    "The coastal road will close for resurfacing from Monday, and buses will run on the inland route for three weeks while the work goes on.",
    "Shop owners along the road asked the council to keep one lane open at weekends, when most visitors drive to the beaches.",
    "The council said it would review the plan after the first week and publish a new timetable for the buses if the works ran late.",
    "Residents can ask about the closures at the town hall, which will open on Saturday mornings while the works continue.",
]
NOTICE = "This article is published under a Creative Commons Attribution 4.0 International licence (CC BY 4.0). Please credit the East Lan Herald and link to the original."


def _html(paras: list[str]) -> str:
    return "<html><head><meta charset='utf-8'><title>T</title></head><body><h1>T</h1>" + "".join(f"<p>{p}</p>" for p in paras) + "</body></html>"


@pytest.fixture(scope="module")
def guard(tmp_path_factory: pytest.TempPathFactory) -> Guard:
    g = Guard.open(tmp_path_factory.mktemp("credit") / "fp", create=True)
    g.protect_document("\n\n".join(["Mangroves return to the bay", *ORIGINAL, NOTICE]) + "\n", source="mangroves.txt", url=URL)
    return g


@pytest.mark.parametrize(
    "line",
    [
        f"Source: East Lan Herald, CC BY 4.0. {URL}",
        f"Source: East Lan Herald (CC BY 4.0) {URL}",
        f"Source: East Lan Herald | CC BY 4.0 | {URL}",
        f"Source: East Lan Herald, under CC BY 4.0: {URL}",
    ],
)
def test_a_credit_naming_the_licence_and_the_address_credits_the_source(guard, line):
    assert _credit_line(line) == ("source", "East Lan Herald")
    excerpt = guard.check(_html([*OTHER[:2], ORIGINAL[1], ORIGINAL[2], line, *OTHER[2:]]), content_type="html")
    assert excerpt.verdict == "permitted"
    [m] = excerpt.matches
    assert m.attributed and m.unmet_conditions == ()


def test_a_credit_s_name_stops_before_a_licence_only_when_it_names_one():
    assert _credit_line("Source: Statistics Canada, Labour Force Survey") == ("source", "Statistics Canada, Labour Force Survey")
    assert _credit_line("Source: Reuters") == ("source", "Reuters")


def test_a_page_address_with_a_stray_carriage_return_is_read_without_it(guard):
    rep = guard.check(_html(ORIGINAL), url="https://coastal.example/x\r", content_type="html")
    assert rep.url == "https://coastal.example/x"
