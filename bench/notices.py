"""How well reprint_guard reads licensing notices as real outlets print them.

Scores ``bench/notices/forms.jsonl`` (labelled notice forms, see ``bench/notices/README.md``)
through the public pipeline: each form's page is filled with People's Daily paragraphs, run
through :func:`reprint_guard.extract.extract` (finding the notice among the page's lines, its
footer and its ``<meta name="copyright">``) and the notice found is parsed. Per form:

* **holder**: the rights holder equals the label or one of its accepted alternatives (compared
  without surrounding quotes or 《》 and a final full stop); a NOT-CLAIM form must give none;
* **licensing contacts**: contacts given the role ``licensing`` against the labelled ones
  (a phone matches by E.164 or by its printed digits, an e-mail by its address, a URL by its host
  and path): precision and recall over all forms;
* **no tip/complaint/subscription as licensing**: a contact labelled with one of those roles
  that comes out as ``licensing`` is counted;
* **uses and permissions**: forbidden uses, permitted uses and conditions all equal the page's
  labels: those of every labelled block the page prints, unless one block permits what another
  forbids (see :func:`page_expected`); each block's own labels (the rule before session 13) are
  counted beside them;
* **end to end**: one page per outlet is protected; a verbatim copy of its body without the
  notice, checked through ``Guard.check``, must be ``reprint``;
* **latency**: ``Guard.check`` on those copies and pages, median of repeated runs, against a
  baseline source tree (``--baseline DIR``, e.g. a ``git worktree`` of main) in the same run.

Only the ``report`` half is quoted (``--split report``, the default); ``--split tune`` is for
development. People's Daily paragraphs are read at run time from ``--shared`` and never copied
into the repository; without them the end-to-end and latency parts are skipped with a message.

    python bench/notices.py [--split report|tune|all] [--baseline ../rg-main] [--no-write]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FORMS = REPO / "bench" / "notices" / "forms.jsonl"
DEFAULT_SHARED = REPO.parent / "shared"
PARAGRAPHS = Path("data") / "peoples-daily-1998-01" / "paragraphs-dev.txt"
RESULTS = REPO / "bench" / "results"
SECTIONS = ("mainland", "hktw", "english")
BODY_PARAGRAPHS = 8
NOT_LICENSING = ("tip", "complaint", "subscription")
# Collection rounds (bench/notices/README.md): the last outlet number of each round per prefix.
# Round 1 existed when the parser was written; later rounds were labelled after it, so their
# report half is the cleanest held-out figure.
ROUND_ENDS = {"cn": (43, 65, 88, 110, 134, 146, 160, 173, 188, 201, 213, 225, 237, 247, 259, 271, 283, 295, 307, 319, 331, 343, 355, 367, 379, 391, 403, 415, 427, 439, 451, 463, 475, 483, 495, 507, 519, 531, 543, 555, 567, 579, 591, 603, 615, 627, 639, 651, 663, 675, 687, 699, 711, 723, 735, 747, 759, 771, 783, 795, 807), "hk": (17, 28, 38, 48, 64, 74, 85, 95, 106, 114, 122, 130, 138, 144, 153, 162, 171, 180, 189, 198, 205, 212, 218, 224, 230, 236, 242, 248, 254, 260, 266, 272, 278, 288, 294, 300, 306, 312, 318, 324, 330, 336, 342, 348, 354, 360, 366, 372, 378, 384, 390, 396, 402, 408, 414, 420, 426, 432, 438, 444, 450), "en": (22, 33, 46, 59, 74, 84, 95, 105, 124, 135, 145, 155, 165, 179, 193, 207, 221, 235, 249, 263, 278, 293, 307, 321, 335, 349, 363, 377, 391, 405, 419, 433, 447, 461, 475, 489, 503, 517, 531, 545, 559, 573, 587, 601, 615, 629, 643, 657, 671, 685, 699, 713, 727, 741, 755, 769, 783, 797, 811, 825, 839)}


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# --- data --------------------------------------------------------------------------------------
def load_forms(split: str) -> list[dict]:
    rows = [json.loads(line) for line in FORMS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if split == "all" or r["split"] == split]


def read_bodies(shared: Path) -> list[list[str]] | None:
    path = shared / PARAGRAPHS
    if not path.is_file():
        return None
    paras = [p.strip() for p in path.read_text(encoding="utf-8").splitlines() if len(p.strip()) >= 40]
    return [paras[i : i + BODY_PARAGRAPHS] for i in range(0, len(paras) - BODY_PARAGRAPHS, BODY_PARAGRAPHS)]


def fill(form: dict, body: list[str]) -> str:
    if form["format"] == "html":
        from html import escape

        return form["page"].replace("{{BODY}}", "\n".join(f"<p>{escape(p)}</p>" for p in body))
    return form["page"].replace("{{BODY}}", "\n\n".join(body))


def placeholder_body(form: dict) -> list[str]:
    """A neutral body when People's Daily is absent: parsing still runs on the page."""
    if form["section"] == "english":
        return [f"Paragraph {i} of an article about the city council's budget and its new parks plan." for i in range(6)]
    return [f"第{i}段：市政府今天召开会议，研究部署城乡公园建设和老旧小区改造工作。" for i in range(6)]


# --- scoring -----------------------------------------------------------------------------------
_QUOTES = "《》「」『』“”\"'‘’ "


def norm_holder(name: str | None) -> str | None:
    if name is None:
        return None
    return re.sub(r"\s+", " ", name.strip(_QUOTES).rstrip(".").strip(_QUOTES)).casefold()


def holder_ok(expected: dict, got: str | None) -> bool:
    want = expected["rights_holder"]
    if want is None:
        return got is None
    accepted = {norm_holder(x) for x in (want, *expected.get("rights_holder_alternatives", ()))}
    return norm_holder(got) in accepted


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def _url_key(u: str) -> str:
    u = re.sub(r"^(?i:https?://)", "", u.strip()).lower()
    return u.removeprefix("www.").rstrip("/")


def contact_matches(exp: dict, got: tuple[str, object]) -> bool:
    kind, item = got
    if exp["kind"] != kind:
        return False
    if kind == "phone":
        if exp.get("e164") and exp["e164"] == item.e164:  # type: ignore[attr-defined]
            return True
        return _digits(exp["value"]) == _digits(item.as_written)  # type: ignore[attr-defined]
    if kind == "email":
        want = exp.get("normalized") or exp["value"]
        return want.replace("\u200b", "").lower() == item.address  # type: ignore[attr-defined]
    return _url_key(exp["value"]) == _url_key(item.url)  # type: ignore[attr-defined]


def predicted_contacts(notice) -> list[tuple[str, object]]:
    if notice is None:
        return []
    return [("phone", p) for p in notice.phones] + [("email", e) for e in notice.emails] + [("url", u) for u in notice.urls]


def _visible(page: str) -> str:
    """A page's visible text with all whitespace removed; an ``<img>`` reads as its alt text."""
    from html import unescape

    text = re.sub(r"<img\b[^>]*?\balt=\"([^\"]*)\"[^>]*>", r" \1 ", page)
    text = re.sub(r"<(script|style)\b.*?</\1>|<[^>]+>", " ", text, flags=re.S)
    return re.sub(r"\s+", "", unescape(text))


def _printed_twins(form: dict, outlet_forms: list[dict]) -> list[dict]:
    """The other forms of the outlet whose every notice line the form's page prints (two
    labelled blocks over one page: an article-end block and a footer)."""
    visible = _visible(form["page"])
    twins = []
    for twin in outlet_forms:
        lines = [re.sub(r"\s+", "", x) for x in twin["notice_text"].split("\n") if x.strip()]
        if twin is not form and lines and all(x in visible for x in lines):
            twins.append(twin)
    return twins


def _prints_contact(page: str, contact: dict) -> bool:
    """Whether ``page`` prints ``contact`` at all, in its text or as a link's address: a text view
    of a block whose HTML twin gives an address only in an ``href`` does not print it (from
    session 21; before, a twin's contacts counted on every page that printed the twin's lines)."""
    from html import unescape

    flat = re.sub(r"\s+", "", unescape(page))
    return re.sub(r"\s+", "", contact["value"]) in flat


def _with_contacts(own: list[dict], more: list[dict]) -> list[dict]:
    out = list(own)
    for c in more:
        if not any(c["kind"] == o["kind"] and c["value"] == o["value"] for o in out):
            out.append(c)
    return out


def page_expected(form: dict, outlet_forms: list[dict], *, page_uses: bool = True) -> dict:
    """What reading the whole page should give. A NOT-CLAIM form labels its own block only; when
    its page also prints the block of a claim form of the same outlet (both forms over one page,
    README "Round 5 additions"), the page's rights holder is that claim's. A claim form keeps its
    own holder. Either way the page's contacts are those of every labelled block it prints: a
    licensing address labelled in the footer's form is the page's licensing address when the
    article-end form is scored on the same page (from session 10; before, only the form's own
    block counted, so a contact of the other block was scored as unlabelled).

    ``page_uses`` (from session 13): the page's uses are those of every labelled block it
    prints, when no block permits a use another forbids: a page whose article end says
    未经授权不得转载 and whose footer prints "© X" forbids reprinting, whichever block a form
    labels. Blocks that disagree keep the form's own labels (the claim's, for a NOT-CLAIM form),
    as ``page_uses=False`` does for every page (the rule before session 13)."""
    e = form["expected"]
    twins = _printed_twins(form, outlet_forms)
    more = [c for tw in twins for c in tw["expected"]["contacts"] if _prints_contact(form["page"], c)]
    if e["rights_holder"] is None:
        claim = next((t for t in twins if t["expected"]["rights_holder"] is not None), None)
        if claim is not None:
            t = claim["expected"]
            printed = [c for c in t["contacts"] if _prints_contact(form["page"], c)]
            e = {**t, "contacts": _with_contacts(_with_contacts(printed, e["contacts"]), more)}
            more = []
    e = {**e, "contacts": _with_contacts(e["contacts"], more)} if more else e
    if page_uses and twins:
        blocks = [form["expected"], *(t["expected"] for t in twins)]
        union = {key: {u for b in blocks for u in b[key]} for key in ("forbidden_uses", "permitted_uses", "conditions")}
        if not union["forbidden_uses"] & union["permitted_uses"]:
            e = {**e, **{key: sorted(v) for key, v in union.items()}}
    return e


def score_form(form: dict, notice, expected: dict | None = None, block_expected: dict | None = None) -> dict:
    """Score one form's parsed notice against its labels (``expected``: see :func:`page_expected`;
    ``block_expected``: the same with ``page_uses=False``, for ``uses_ok_block``)."""
    e = form["expected"] if expected is None else expected
    got_holder = notice.rights_holder if notice else None
    contacts = predicted_contacts(notice)
    lic_pred = [c for c in contacts if c[1].role == "licensing"]
    lic_exp = [c for c in e["contacts"] if c["role"] == "licensing"]
    tp_pred = sum(any(contact_matches(x, c) for x in lic_exp) for c in lic_pred)
    tp_exp = sum(any(contact_matches(x, c) for c in lic_pred) for x in lic_exp)
    wrong_role = sum(
        any(contact_matches(x, c) for c in lic_pred) for x in e["contacts"] if x["role"] in NOT_LICENSING
    )
    uses = (
        tuple(notice.forbidden_uses) if notice else (),
        tuple(notice.permitted_uses) if notice else (),
        tuple(notice.conditions) if notice else (),
    )
    want_uses = (tuple(e["forbidden_uses"]), tuple(e["permitted_uses"]), tuple(e["conditions"]))
    uses_ok = all(set(a) == set(b) for a, b in zip(uses, want_uses))
    b = e if block_expected is None else block_expected
    uses_ok_block = all(set(x) == set(b[k]) for x, k in zip(uses, ("forbidden_uses", "permitted_uses", "conditions")))
    return {
        "id": form["id"],
        "section": form["section"],
        "round": f"round {collection_round(form['outlet'])}",
        "holder_ok": holder_ok(e, got_holder),
        "holder": got_holder,
        "lic_pred": len(lic_pred),
        "lic_pred_ok": tp_pred,
        "lic_exp": len(lic_exp),
        "lic_exp_found": tp_exp,
        "not_licensing_as_licensing": wrong_role,
        "uses_ok": uses_ok,
        "uses_ok_block": uses_ok_block,
        "uses": uses,
        "want_uses": want_uses,
    }


def collection_round(outlet: str) -> int:
    """1, 2, … for the labelling round an outlet key (``cn-044``) belongs to."""
    prefix, number = outlet.split("-")
    return 1 + sum(int(number) > end for end in ROUND_ENDS[prefix])


def aggregate(rows: list[dict], by: str = "section") -> dict:
    out: dict[str, dict] = {}
    groups = (*SECTIONS, "all") if by == "section" else (*sorted({r[by] for r in rows}), "all")
    for section in groups:
        rs = [r for r in rows if section == "all" or r[by] == section]
        if not rs:
            continue
        lp, lpo = sum(r["lic_pred"] for r in rs), sum(r["lic_pred_ok"] for r in rs)
        le, lef = sum(r["lic_exp"] for r in rs), sum(r["lic_exp_found"] for r in rs)
        out[section] = {
            "forms": len(rs),
            "holder_exact": sum(r["holder_ok"] for r in rs),
            "licensing_predicted": lp,
            "licensing_predicted_correct": lpo,
            "licensing_precision": round(lpo / lp, 4) if lp else 1.0,
            "licensing_expected": le,
            "licensing_expected_found": lef,
            "licensing_recall": round(lef / le, 4) if le else 1.0,
            "tip_complaint_subscription_as_licensing": sum(r["not_licensing_as_licensing"] for r in rs),
            "uses_permissions_right": sum(r["uses_ok"] for r in rs),
            "uses_permissions_right_own_block": sum(r["uses_ok_block"] for r in rs),
        }
    return out


# --- pipeline ----------------------------------------------------------------------------------
def page_notice(form: dict, page: str):
    """The page's Document and its notice parsed as ``Guard`` parses it: site, byline and (from
    session 22) the region the page's language names for numbers without a country code."""
    from reprint_guard.extract import extract
    from reprint_guard.notice import parse_notice

    doc = extract(page, content_type=form["format"])
    try:
        from reprint_guard.extract import page_notice as guard_notice
    except ImportError:  # code before session 22 (a baseline run): no page region
        return doc, (parse_notice(doc.notice_text, site=doc.outlet, author=doc.author) if doc.notice_text else None)
    return doc, guard_notice(doc)


def expected_e2e(form: dict) -> str:
    """``reprint``, or ``permitted`` when the labelled notice permits reprinting and sets no
    condition a bare copy fails (credit, link back, keeping the notice)."""
    e = form["expected"]
    page_conditions = {"credit", "link_back", "keep_notice"}
    if "reprint" in e["permitted_uses"] and not page_conditions & set(e["conditions"]):
        return "permitted"
    return "reprint"


def end_to_end(forms: list[dict], bodies: list[list[str]]) -> tuple[dict, list[dict], list[tuple[str, str]]]:
    """Protect one page per outlet, check a verbatim copy of its body without the notice."""
    from reprint_guard import Guard

    per_outlet: dict[str, dict] = {}
    for f in forms:
        if "{{BODY}}" in f["page"] and f["placement"] != "article_start":
            per_outlet.setdefault(f["outlet"], f)
    results = []
    cases: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        with Guard.open(Path(tmp) / "store", create=True) as guard:
            for k, (outlet, f) in enumerate(sorted(per_outlet.items())):
                body = bodies[k % len(bodies)]
                guard.protect_document(fill(f, body), source=f"{outlet}.{f['format']}", content_type=f["format"])
            for k, (outlet, f) in enumerate(sorted(per_outlet.items())):
                copy = "\n".join(bodies[k % len(bodies)])
                report = guard.check(copy, content_type="text", path=f"copy-of-{outlet}")
                results.append({"outlet": outlet, "form": f["id"], "section": f["section"], "verdict": report.verdict,
                                "expected": expected_e2e(f)})  # fmt: skip
                cases.append((copy, "text"))
    counts: dict[str, dict[str, int]] = defaultdict(Counter)  # type: ignore[arg-type]
    for r in results:
        for group in (r["section"], "all"):
            counts[group][r["verdict"]] += 1
            counts[group]["right"] += r["verdict"] == r["expected"]
    return {s: dict(c) for s, c in counts.items()}, results, cases


def in_text_end_to_end(forms: list[dict], bodies: list[list[str]]) -> dict:
    """Every form's notice lines printed inside the article's own text block (as the last
    paragraphs of its ``<div class="content">``, and as the last lines of a plain-text article),
    the layout where a missed notice line stays in the body. Each form's article is protected in
    its own store (a body of its own, both layouts); then a verbatim copy of the body without the
    notice is checked (``right``: as :func:`expected_e2e`) and so is a page holding only the
    notice lines (``right``: ``clean`` or ``skipped``). Counts per section and layout."""
    from html import escape

    from reprint_guard import Guard

    counts: dict[str, Counter] = defaultdict(Counter)
    usable = [f for f in forms if f["placement"] != "meta_only" and any(x.strip() for x in f["notice_text"].split("\n"))]
    with tempfile.TemporaryDirectory() as tmp:
        for k, f in enumerate(usable):
            body = bodies[k % len(bodies)]
            lines = [x.strip() for x in f["notice_text"].split("\n") if x.strip()]
            pages = {
                "html": "<!DOCTYPE html><html><head><meta charset='utf-8'><title>文章</title></head><body><h1>文章</h1>"
                        "<div class='content'>" + "".join(f"<p>{escape(p)}</p>" for p in (*body, *lines)) + "</div></body></html>",
                "text": "\n".join(("文章", "", *body, *lines)) + "\n",
            }  # fmt: skip
            for layout, page in pages.items():
                with Guard.open(Path(tmp) / f"{k}-{layout}", create=True) as guard:
                    guard.protect_document(page, source=f"{f['id']}.{layout}", content_type=layout)
                    copy = guard.check("\n".join(body), content_type="text").verdict
                    only = guard.check("\n".join(lines), content_type="text").verdict
                for group in (f["section"], "all"):
                    c = counts[f"{group}, {layout}"]
                    c["forms"] += 1
                    c["copy right"] += copy == expected_e2e(f)
                    c["notice-only page right"] += only in ("clean", "skipped")
    return {g: dict(c) for g, c in sorted(counts.items())}


_TIMING = r"""
import json, statistics, sys, tempfile, time
from pathlib import Path
from reprint_guard import Guard
cases = json.load(open(sys.argv[1], encoding="utf-8"))
with tempfile.TemporaryDirectory() as tmp:
    with Guard.open(Path(tmp) / "s", create=True) as g:
        for i, (text, kind) in enumerate(cases["protect"]):
            g.protect_document(text, source=f"p{i}", content_type=kind)
        for text, kind in cases["check"][:3]:
            g.check(text, content_type=kind)
        times = []
        for _ in range(int(sys.argv[2])):
            t = time.perf_counter()
            for text, kind in cases["check"]:
                g.check(text, content_type=kind)
            times.append(time.perf_counter() - t)
print(json.dumps({"median_s": statistics.median(times), "per_check_ms": 1000 * statistics.median(times) / len(cases["check"])}))
"""


def latency(baseline: Path, protect: list[tuple[str, str]], check: list[tuple[str, str]], rounds: int) -> dict:
    """Median wall time of ``Guard.check`` over the cases, new code vs the baseline tree,
    alternating runs so both see the same machine load."""
    with tempfile.TemporaryDirectory() as tmp:
        cases = Path(tmp) / "cases.json"
        cases.write_text(json.dumps({"protect": protect, "check": check}, ensure_ascii=False), encoding="utf-8")
        script = Path(tmp) / "timing.py"
        script.write_text(_TIMING, encoding="utf-8")
        got: dict[str, list[float]] = {"new": [], "baseline": []}
        for _ in range(3):
            for name, src in (("baseline", baseline / "src"), ("new", REPO / "src")):
                out = subprocess.run(
                    [sys.executable, str(script), str(cases), str(rounds)],
                    env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"},
                    capture_output=True, text=True, check=True,
                )  # fmt: skip
                got[name].append(json.loads(out.stdout)["per_check_ms"])
    new, base = min(got["new"]), min(got["baseline"])
    return {"new_ms_per_check": round(new, 3), "baseline_ms_per_check": round(base, 3), "ratio": round(new / base, 4), "runs": got}


# --- main --------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=("report", "tune", "all"), default="report")
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--baseline", type=Path, default=None, help="source tree of the code before (for latency)")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--no-write", action="store_true", help="print only; do not write bench/results/")
    ap.add_argument("--show", action="store_true", help="print each form's failures (tune split only)")
    args = ap.parse_args(argv)

    forms = load_forms(args.split)
    bodies = read_bodies(args.shared)
    if bodies is None:
        log(f"People's Daily paragraphs not found at {args.shared / PARAGRAPHS}: placeholder bodies, "
            "end to end and latency skipped")  # fmt: skip
    from reprint_guard.notice import parse_notice

    rows = []
    notice_only = [score_form(f, parse_notice(f["notice_text"], default_region="CN")) for f in forms]
    by_outlet: dict[str, list[dict]] = defaultdict(list)
    for f in forms:
        by_outlet[f["outlet"]].append(f)
    for k, f in enumerate(forms):
        body = bodies[k % len(bodies)] if bodies else placeholder_body(f)
        doc, notice = page_notice(f, fill(f, body))
        row = score_form(f, notice, page_expected(f, by_outlet[f["outlet"]]),
                         page_expected(f, by_outlet[f["outlet"]], page_uses=False))  # fmt: skip
        row["found_notice"] = doc.notice_text
        rows.append(row)
        if args.show and args.split == "tune" and not (row["holder_ok"] and row["uses_ok"] and row["lic_pred"] == row["lic_pred_ok"] and row["lic_exp"] == row["lic_exp_found"]):
            print(json.dumps({k: row[k] for k in ("id", "holder", "holder_ok", "uses", "want_uses", "lic_pred", "lic_pred_ok", "lic_exp", "lic_exp_found")}, ensure_ascii=False))
            print("   found:", (doc.notice_text or "")[:300].replace("\n", " / "))
    if args.show and args.split == "tune":
        for row in notice_only:
            if not (row["holder_ok"] and row["uses_ok"] and row["lic_pred"] == row["lic_pred_ok"] and row["lic_exp"] == row["lic_exp_found"]):
                print("NOTICE-ONLY", json.dumps({k: row[k] for k in ("id", "holder", "holder_ok", "uses", "want_uses", "lic_pred", "lic_pred_ok", "lic_exp", "lic_exp_found")}, ensure_ascii=False))
    result: dict[str, object] = {
        "split": args.split,
        "forms": len(forms),
        "parse": aggregate(rows),
        "notice_only": aggregate(notice_only),
        "parse_by_round": aggregate(rows, by="round"),
    }
    if bodies is not None:
        e2e, e2e_rows, cases = end_to_end(forms, bodies)
        result["end_to_end"] = e2e
        result["in_text_end_to_end"] = in_text_end_to_end(forms, bodies)
        if args.show and args.split == "tune":
            for r in e2e_rows:
                if r["verdict"] != r["expected"]:
                    print("e2e:", r)
        if args.baseline:
            protect = [(fill(f, bodies[k % len(bodies)]), f["format"]) for k, f in enumerate(forms)]
            pages = [(p, kind) for p, kind in protect]
            result["latency"] = latency(args.baseline, protect, cases + pages, args.rounds)
    print(json.dumps(result, ensure_ascii=False, indent=2))
    if not args.no_write and args.split == "report":
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / "notices.json").write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        (RESULTS / "notices.md").write_text(markdown(result), encoding="utf-8")
    return 0


def markdown(result: dict) -> str:
    lines = [
        "# Notices benchmark (report half)",
        "",
        "`python bench/notices.py --split report --baseline <worktree of main>`; forms from",
        "`bench/notices/forms.jsonl`, scored through extract → notice finding → parse (see the script's docstring).",
        "",
        "| section | forms | holder exact | licensing precision | licensing recall | tip/complaint/subscription as licensing | uses + permissions right: page (each block's own labels) |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    def row(s: str, a: dict) -> str:
        return (
            f"| {s} | {a['forms']} | {a['holder_exact']}/{a['forms']} | {a['licensing_predicted_correct']}/{a['licensing_predicted']}"
            f" = {a['licensing_precision']:.3f} | {a['licensing_expected_found']}/{a['licensing_expected']} = {a['licensing_recall']:.3f}"
            f" | {a['tip_complaint_subscription_as_licensing']} | {a['uses_permissions_right']}/{a['forms']}"
            f" ({a.get('uses_permissions_right_own_block', a['uses_permissions_right'])}/{a['forms']}) |"
        )

    lines += [row(s, a) for s, a in result["parse"].items()]  # type: ignore[union-attr]
    if "parse_by_round" in result:
        header = [line for line in lines if line.startswith("| section |")][0].replace("| section |", "| round |")
        lines += ["", "By labelling round (rounds after the first were labelled after the parser was written):", "",
                  header, "| --- | --- | --- | --- | --- | --- | --- |",
                  *(row(s, a) for s, a in result["parse_by_round"].items())]  # type: ignore[union-attr]  # fmt: skip
    if "end_to_end" in result:
        lines += ["", "End to end (one page per outlet protected; a verbatim copy of its body without the notice checked;",
                  "`right` counts `reprint`, or `permitted` where the notice permits reprinting with no condition a bare copy fails):", ""]  # fmt: skip
        for s, c in result["end_to_end"].items():  # type: ignore[union-attr]
            lines.append(f"* {s}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    if "in_text_end_to_end" in result:
        lines += ["", "Notices printed inside the article's text block (last paragraphs of its content `<div>`, and as plain text),",
                  "each form's article protected alone: a verbatim copy without the notice (`copy right`, as above) and a page",
                  "holding only the notice lines (`notice-only page right`: `clean` or `skipped`):", "",
                  "| section, layout | forms | copy right | notice-only page right |", "| --- | --- | --- | --- |"]  # fmt: skip
        for g, c in result["in_text_end_to_end"].items():  # type: ignore[union-attr]
            lines.append(f"| {g} | {c['forms']} | {c['copy right']} | {c['notice-only page right']} |")
    if "latency" in result:
        lat = result["latency"]
        lines += ["", f"Latency of `Guard.check`: {lat['new_ms_per_check']} ms per check now, {lat['baseline_ms_per_check']} ms "
                  f"before (same run, best of three runs of medians): ratio {lat['ratio']}."]  # fmt: skip
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
