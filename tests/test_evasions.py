"""No cheap trick hides a copy (issue 12): control bytes, hidden inline runs, entity-escaped
text, mojibake, and any mix of them, inserted into a verbatim copy of a protected article.

Articles and pages are invented (see ``helpers``); each trick is checked against the same
verbatim copy without it.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import unicodedata
from pathlib import Path

import pytest
from helpers import chinese_article, newsroom_page
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reprint_guard import Guard
from reprint_guard.errors import InputError
from reprint_guard.extract import extract
from reprint_guard.verdict import DocumentReport

BODY = chinese_article(41)
PARAS = BODY.splitlines()


@pytest.fixture(scope="module")
def guard(tmp_path_factory: pytest.TempPathFactory) -> Guard:
    g = Guard.open(tmp_path_factory.mktemp("evasions") / "fp", create=True)
    assert g.protect_document(newsroom_page(BODY), source="articles/lantern.txt").status == "added"
    assert g.protect_document(newsroom_page(chinese_article(42)), source="articles/other.txt").status == "added"
    return g


def html_page(paras: list[str], *, head: str = "") -> str:
    """A plain news page holding ``paras`` (already HTML) as its article."""
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>灯会</title>{head}</head><body>"
        "<nav><a href='/'>首页</a> <a href='/news'>新闻</a></nav>"
        f"<div class='main'><h1>灯会</h1>{''.join(f'<p>{p}</p>' for p in paras)}</div>"
        "<footer>联系我们</footer></body></html>"
    )


def assert_verbatim(rep: DocumentReport, clean: DocumentReport | None = None) -> None:
    assert rep.verdict == "reprint", (rep.verdict, rep.reason)
    m = rep.matches[0]
    assert m.article.source == "articles/lantern.txt"
    if clean is not None:
        assert abs(m.similarity - clean.matches[0].similarity) <= 0.02
        assert abs(m.coverage - clean.matches[0].coverage) <= 0.02


# --------------------------------------------------------------------------------------------
# 1. Binary is a share of control bytes; a skipped document always says why
# --------------------------------------------------------------------------------------------


def test_a_nul_byte_and_stray_controls_in_a_verbatim_copy_keep_it_a_reprint(guard: Guard) -> None:
    page = html_page(PARAS).encode("utf-8")
    clean = guard.check(page)
    assert_verbatim(clean)
    cut = page.index(b"<p>") + 40  # then on to a character boundary:
    cut = page.index("，".encode(), cut)
    dirty = page[:cut] + b"\x00" + page[cut:].replace(b"</p><p>", b"</p>\x01\x1f<p>", 2)
    assert_verbatim(guard.check(dirty), clean)
    assert_verbatim(guard.check(b"\x00" + BODY.encode("utf-8")), guard.check(BODY))


@pytest.mark.parametrize(
    ("share", "binary"), [(0.0, False), (0.01, False), (0.09, False), (0.12, True), (0.5, True)]
)
def test_binary_is_decided_by_the_share_of_control_bytes(share: float, binary: bool) -> None:
    """Bytes that are no text without their controls (here: seeded random bytes, as compressed
    data is) are binary over 10 % of control bytes; see the next test for text."""
    import random

    text = (BODY * 8).encode("utf-8")[:8000]
    text = text[: text.rindex("。".encode()) + 3]
    if binary:
        text = random.Random(7).randbytes(len(text)).translate(None, bytes(range(0x20)))
    n = int(share * len(text) / (1 - share))
    step = max(1, len(text) // max(n, 1))
    parts = [text[i : i + step] for i in range(0, len(text), step)]
    data = b"\x00".join(parts[: n + 1]) + b"".join(parts[n + 1 :]) if n else text
    if binary:
        with pytest.raises(InputError, match=r"binary data \(NUL bytes"):
            extract(data, path="crawl/p.html")
    else:
        doc = extract(data, content_type="text")
        assert "\x00" not in doc.text
        assert doc.text.replace("\n", "") .replace("\ufffd", "") != ""


@pytest.mark.parametrize("step", [1, 2])
def test_controls_spread_through_utf8_text_hide_no_copy(guard: Guard, step: int) -> None:
    """A NUL (or \\x01, DEL) after every character of a UTF-8 page made it "binary" and the copy
    `skipped` with exit 0 (a new user's trial, session 19); browsers drop NUL from a page's
    text and show the other controls as boxes between legible words. Without its controls the
    input is valid UTF-8 text, so it is read as text and the copy found."""
    page = html_page(PARAS).encode("utf-8")
    for junk in (b"\x00", b"\x01", b"\x7f"):
        pieces = page.decode("utf-8")
        spread = junk.join(pieces[i : i + step].encode("utf-8") for i in range(0, len(pieces), step))
        assert spread.count(junk) > 0.1 * len(spread)  # binary by the share of control bytes alone
        assert_verbatim(guard.check(spread))


def test_skipped_and_error_reports_must_carry_a_reason() -> None:
    with pytest.raises(ValueError, match="needs a reason"):
        DocumentReport("p.html", None, None, None, "skipped")
    with pytest.raises(ValueError, match="needs a reason"):
        DocumentReport("p.html", None, None, None, "error", "")


def test_every_skipped_document_has_a_reason_in_json_and_csv(cli, guard: Guard, tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a-binary.bin").write_bytes(bytes(range(256)) * 40)
    (pages / "b-empty.html").write_bytes(b"")
    (pages / "c-short.txt").write_text("灯会开幕。", encoding="utf-8")
    (pages / "d-nul-copy.txt").write_bytes(BODY.encode("utf-8").replace("。".encode(), "。\x00".encode(), 1))
    store = guard.store.location
    r = cli("scan", pages, "--store", store, "--format", "json")
    docs = {Path(d["path"]).name: d for d in json.loads(r.stdout)["documents"]}
    assert docs["d-nul-copy.txt"]["verdict"] == "reprint"
    skipped = [d for d in docs.values() if d["verdict"] == "skipped"]
    assert len(skipped) == 3 and all(d["reason"] for d in skipped)
    r = cli("scan", pages, "--store", store, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert {Path(row["path"]).name for row in rows if row["verdict"] == "skipped"} == {
        "a-binary.bin", "b-empty.html", "c-short.txt"
    }
    assert all(row["reason"] for row in rows if row["verdict"] == "skipped")


# --------------------------------------------------------------------------------------------
# 3. Entity-escaped plain text is read as a browser shows it; HTML is decoded once
# --------------------------------------------------------------------------------------------


def entity_escaped(paras: list[str]) -> str:
    out = []
    for p in paras:
        p = p.replace("，", "&nbsp;，", 1).replace("。", "&rdquo;。")
        out.append("&#12288;&#12288;&ldquo;" + p)
    return "\n".join(out)


def test_entity_escaped_plain_text_is_unescaped_and_stays_a_reprint(guard: Guard) -> None:
    clean = guard.check(BODY)
    rep = guard.check(entity_escaped(PARAS))
    assert_verbatim(rep, clean)
    assert "&nbsp;" not in rep.matches[0].document_text
    assert "&" not in rep.matches[0].document_text
    assert rep.matches[0].document_text.count("\u201c") == len(PARAS)
    assert_verbatim(guard.check(entity_escaped(PARAS).encode("utf-8"), content_type="text/plain"), clean)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("甲&nbsp;乙&#12288;丙&ldquo;丁&rdquo;", "甲\xa0乙\u3000丙\u201c丁\u201d"),
        ("一&amp;nbsp;二&amp;nbsp;三&amp;nbsp;", "一&nbsp;二&nbsp;三&nbsp;"),  # decoded once
        ("AT&T; R&D; Q&A; 三个不是实体", "AT&T; R&D; Q&A; 三个不是实体"),
        ("只有两个&nbsp;实体&nbsp;不算", "只有两个&nbsp;实体&nbsp;不算"),
        ("&copy 2024 &not; &notit; &amp; &lt;", "&copy 2024 ¬ &notit; & <"),
    ],
    ids=["escaped", "escaped-twice", "unknown-names", "too-few", "no-semicolon"],
)
def test_only_clearly_entity_escaped_text_is_unescaped(text: str, want: str) -> None:
    doc = extract("\n".join([PARAS[0], f"{PARAS[1]}{text}{PARAS[2]}", *PARAS[3:]]), content_type="text")
    assert doc.text.split("\n")[1] == f"{PARAS[1]}{want}{PARAS[2]}"


def test_entities_escaped_twice_in_html_stay_text() -> None:
    doc = extract(html_page([p.replace("，", "&amp;nbsp;，", 1) for p in PARAS]))
    assert doc.text.count("&nbsp;") == len(PARAS)
    assert "\xa0" not in doc.text


# --------------------------------------------------------------------------------------------
# 4. Mojibake is repaired by ftfy.fix_encoding when ftfy calls it bad; clean text is untouched
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
@pytest.mark.parametrize("form", ["text", "html"])
def test_mojibake_copy_is_repaired_and_stays_a_reprint(guard: Guard, codec: str, form: str) -> None:
    original = BODY if form == "text" else html_page(PARAS)
    clean = guard.check(original.encode("utf-8"))
    # cp1252 leaves 0x81, 0x8d, 0x8f, 0x90, 0x9d undefined: an editor saves them as "?"
    moji = original.encode("utf-8").decode(codec, errors="replace").replace("\ufffd", "?")
    rep = guard.check(moji.encode("utf-8"))
    if codec == "latin-1":
        assert rep.decoding is not None and rep.decoding.repair == "ftfy.fix_encoding"
        assert_verbatim(rep, clean)
        assert rep.matches[0].document_text == clean.matches[0].document_text
    else:  # lossy: a byte in nine is gone, past repair: refused with the reason, never "clean"
        assert rep.verdict == "skipped", rep.verdict
        assert "mojibake" in rep.reason and "ftfy.fix_encoding cannot undo" in rep.reason


def _read_as_cp1252(raw: bytes) -> str:
    """``raw`` read as a browser reads windows-1252: the five bytes cp1252 leaves undefined
    (0x81, 0x8d, 0x8f, 0x90, 0x9d) as the C1 controls of the same number (WHATWG)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in raw)


@pytest.mark.parametrize("reader", ["latin-1", "cp1252"])
@pytest.mark.parametrize(("codec", "script"), [("gbk", "simplified"), ("cp950", "traditional")], ids=["gbk", "big5"])
@pytest.mark.parametrize("form", ["text", "html"])
def test_gbk_or_big5_read_as_latin1_and_saved_as_utf8_is_read_back(guard: Guard, reader: str, codec: str, script: str, form: str) -> None:
    # ftfy only undoes UTF-8 mojibake: this was skipped as "mojibake ftfy cannot undo"
    paras = PARAS if script == "simplified" else [_tw(p) for p in PARAS]
    original = "\n".join(paras) if form == "text" else html_page(paras).replace("<meta charset='utf-8'>", "")
    raw = original.encode(codec, errors="replace")  # a rare character OpenCC gives may lack a Big5 code
    moji = raw.decode("latin-1") if reader == "latin-1" else _read_as_cp1252(raw)
    rep = guard.check(moji.encode("utf-8"))
    want = {"gbk": "cjk-mojibake:gb18030", "cp950": "cjk-mojibake:cp950"}[codec]
    assert rep.decoding is not None and (rep.decoding.rule, rep.decoding.repair) == ("utf-8", want)
    assert_verbatim(rep)
    clean = guard.check(raw.decode(codec).encode("utf-8"))
    assert rep.matches[0].document_text == clean.matches[0].document_text
    doc = extract(moji, content_type=form)  # handed in as text: repaired the same
    assert doc.decoding.repair == want


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10_000), paragraphs=st.integers(1, 6), traditional=st.booleans())
def test_any_gbk_or_big5_text_read_as_latin1_is_read_back_exactly(seed: int, paragraphs: int, traditional: bool) -> None:
    from reprint_guard.ingest.decode import _repair_mojibake

    text = chinese_article(seed, paragraphs)
    codec = "gbk"
    if traditional:
        codec = "big5hkscs"  # cp950 lacks forms OpenCC gives (着); the few Big5-HKSCS lacks too are left out
        text = _tw(text).encode(codec, errors="ignore").decode(codec)
    repaired, repair = _repair_mojibake(text.encode(codec).decode("latin-1"), None)
    assert repaired == text
    assert repair in (("cjk-mojibake:cp950", "cjk-mojibake:big5hkscs") if traditional else ("cjk-mojibake:gb18030",))


_LOWER_LATIN1 = "àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿß"


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.text(alphabet="abcdefghijklmnopqrstuvwxyz" + _LOWER_LATIN1, min_size=1, max_size=12), min_size=8, max_size=80
    ).map(" ".join)
)
def test_latin_text_is_never_read_as_gbk_or_big5(text: str) -> None:
    """Lower-case accented letters are bytes 0xDF-0xFF: GBK and Big5 characters they could make
    lie outside the common ones, so no Latin text reads as Chinese prose."""
    from reprint_guard.ingest.decode import _reread_cjk_mojibake

    assert _reread_cjk_mojibake(text + " Ã©") is None


def test_mojibake_that_stays_bad_is_skipped_with_the_reason(guard: Guard) -> None:
    lost = BODY.encode("utf-8").decode("cp1252", errors="ignore")  # a third of the bytes gone
    rep = guard.check(lost.encode("utf-8"), path="crawl/garbled.txt")
    assert rep.verdict == "skipped"
    assert rep.reason.startswith("crawl/garbled.txt is mojibake") and "fix_encoding" in rep.reason
    assert rep.to_dict()["reason"] == rep.reason


@pytest.mark.parametrize(
    "text",
    [
        BODY,
        BODY.replace("，", "·", 5) + "\n© 2024 北岭日报 × 合作 25°C",
        "Café crème, naïve façade — “quotes” and ‘apostrophes’ … ½ × ÷ ©.\n" * 20,
        "Straße, Größe, Übermaß: „Anführungszeichen“ und »Guillemets«.\n" * 20,
        BODY.replace("，", ",") + "\nÃ la carte",  # ASCII commas and one Latin-1 pair stay
    ],
    ids=["chinese", "chinese-latin1-symbols", "french", "german", "ascii-commas"],
)
def test_clean_text_is_never_rewritten(text: str) -> None:
    doc = extract(text, content_type="text")
    assert doc.decoding.repair is None
    assert "".join(doc.text.split()) in "".join(text.split())
    doc = extract(text.encode("utf-8"))
    assert doc.decoding.repair is None


def test_clean_chinese_does_not_call_ftfy(monkeypatch: pytest.MonkeyPatch) -> None:
    import ftfy.badness

    def boom(_text: str) -> bool:
        raise AssertionError("ftfy called on clean Chinese")

    monkeypatch.setattr(ftfy.badness, "is_bad", boom)
    assert extract(BODY.replace("，", "·", 3) + "©").text
    assert extract(html_page(PARAS).encode("utf-8")).text


# --------------------------------------------------------------------------------------------
# 2. Short inline runs a reader never sees are dropped; aria-hidden and collapsed text stay
# --------------------------------------------------------------------------------------------

JUNK = "垃圾字符"
HIDING = {
    "hidden-attribute": ("<i hidden>{}</i>", ""),
    "display-none": ('<span style="display: none !important">{}</span>', ""),
    "visibility-hidden": ('<span style="color:#333;Visibility:Hidden">{}</span>', ""),
    "font-size-0": ('<font style="font-size:0px">{}</font>', ""),
    "font-size-0-em": ('<b style="font-size: 0em; color: red">{}</b>', ""),
    "class-in-style": ('<span class="tip jz">{}</span>', "<style>/* 提示 */ p .jz, .ad{display:none}</style>"),
    "id-in-style": ('<em id="x9">{}</em>', "<style>@media screen { #x9 { font-size:0 } }</style>"),
    "template": ("<template>{}</template>", ""),
    "opacity-0": ('<span style="opacity:0">{}</span>', ""),
    "off-screen": ('<span style="position:absolute; left:-9999px">{}</span>', ""),
    "zero-box": ('<span style="display:inline-block;width:0;height:0;overflow:hidden">{}</span>', ""),
    "clip-rect": ('<span style="position:absolute;clip:rect(0 0 0 0)">{}</span>', ""),
    "transparent": ('<b style="color:transparent">{}</b>', ""),
    "descendant-tag-in-style": ("<em><b>{}</b></em>", "<style>em b{display:none}</style>"),
    "opacity-class-in-style": ('<span class="q">{}</span>', "<style>.q{opacity:0}</style>"),
}


def sprinkled(paras: list[str], run: str, every: int = 7) -> list[str]:
    return ["".join(ch + (run.format(JUNK) if i % every == every - 1 else "") for i, ch in enumerate(p)) for p in paras]


@pytest.mark.parametrize("how", list(HIDING))
def test_hidden_junk_runs_inside_paragraphs_are_dropped(guard: Guard, how: str) -> None:
    run, head = HIDING[how]
    clean = guard.check(html_page(PARAS, head=head))
    rep = guard.check(html_page(sprinkled(PARAS, run), head=head))
    assert_verbatim(rep, clean)
    assert JUNK not in rep.matches[0].document_text


@pytest.mark.parametrize(
    ("run", "head"),
    [
        ('<span style="font-size:0.9em">{}</span>', ""),  # small, not hidden
        ('<span class="jz">{}</span>', "<style>.jz:hover{display:none}</style>"),  # hidden on hover only
        ('<span class="jz">{}</span>', "<style>.other{display:none} .jz{color:red}</style>"),
        ('<span aria-hidden="true">{}</span>', ""),  # hidden from screen readers, seen by everyone else
    ],
    ids=["small-font", "hover", "other-class", "aria-hidden"],
)
def test_visible_runs_are_kept(run: str, head: str) -> None:
    doc = extract(html_page(sprinkled(PARAS[:3], run, every=30), head=head))
    assert doc.text.count(JUNK) >= 3 * 3


def test_aria_hidden_text_is_kept(guard: Guard) -> None:
    """Dropping it would be a one-attribute evasion: the article's text, aria-hidden, is seen."""
    clean = guard.check(html_page(PARAS))
    paras = [f'<span aria-hidden="true">{p[:30]}</span>{p[30:]}' for p in PARAS]
    assert_verbatim(guard.check(html_page(paras)), clean)
    whole = [f'<span aria-hidden="true">{p}</span>' for p in PARAS]
    assert_verbatim(guard.check(html_page(whole)), clean)


@pytest.mark.parametrize(
    "hide",
    ["style='display:none'", "hidden", "class='fold'", "style='visibility: hidden; height: 0'"],
)
@pytest.mark.parametrize("shown", [2, 6])
def test_a_long_collapsed_block_behind_read_more_is_kept(guard: Guard, hide: str, shown: int) -> None:
    clean = guard.check(html_page(PARAS))
    page = html_page(
        [*PARAS[:shown]], head="<style>.fold{display:none}</style>"
    ).replace(
        "</div><footer>",
        f"<div {hide}>{''.join(f'<p>{p}</p>' for p in PARAS[shown:])}</div>"
        "<a class='more' href='#'>展开全文</a></div><footer>",
    )
    assert_verbatim(guard.check(page), clean)


# --------------------------------------------------------------------------------------------
# 5. Any mix of the tricks keeps a verbatim copy a reprint
# --------------------------------------------------------------------------------------------


INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
DECORATIVE = ["★", "☆", "♥", "❤", "✿", "◆", "■", "●", "※", "♪", "🔥", "👍", "😀", "✨"]
WHITESPACE = [" ", "  ", "\u3000", "\xa0", "\t", "\u2002"]
CONTROLS = [chr(c) for c in (*range(0x00, 0x09), *range(0x0E, 0x1B), 0x1F, 0x7F)]  # dropped as noise
HIDDEN_RUNS = [run for run, _ in HIDING.values()]
HIDING_STYLE = "".join(head for _, head in HIDING.values())
JUNK_CHARS = "垃圾广告字符关注公众号领取红包"

# One insertion: (kind, paragraph, position in it as a fraction, payload choice)
INSERTION = st.tuples(
    st.sampled_from(["invisible", "hidden", "control", "entity", "decorative", "whitespace"]),
    st.integers(0, len(PARAS) - 1),
    st.floats(0, 1),
    st.integers(0, 10_000),
    st.text(JUNK_CHARS, min_size=1, max_size=8),
)


def _trick(kind: str, form: str, choice: int, junk: str, ch: str) -> tuple[str, str]:
    """``(inserted before ch, ch as written)`` for one insertion."""
    if kind == "invisible":
        return INVISIBLE[choice % len(INVISIBLE)], ch
    if kind == "hidden":
        return HIDDEN_RUNS[choice % len(HIDDEN_RUNS)].format(junk), ch
    if kind == "control":
        return CONTROLS[choice % len(CONTROLS)], ch
    if kind == "decorative":
        return DECORATIVE[choice % len(DECORATIVE)], ch
    if kind == "whitespace":
        return WHITESPACE[choice % len(WHITESPACE)] + ("\n" if form == "html" and choice % 5 == 0 else ""), ch
    # entity: the character itself as a numeric reference, or a space written as one
    return [("", f"&#{ord(ch)};"), ("", f"&#x{ord(ch):x};"), ("&nbsp;", ch), ("&#12288;", ch)][choice % 4]


def tricked_copy(form: str, insertions: list[tuple[str, int, float, int, str]]) -> bytes:
    if form == "text":
        insertions = [i for i in insertions if i[0] != "hidden"]
        refs = sum(1 for i in insertions if i[0] == "entity")
        if 0 < refs < 3:  # plain text is unescaped only when clearly escaped
            insertions += [("entity", k, 0.0, 3, "") for k in range(3 - refs)]
    paras = [list(p) for p in PARAS]
    written = [list(p) for p in PARAS]  # the characters as the page writes them
    before: dict[tuple[int, int], list[str]] = {}
    for kind, k, where, choice, junk in insertions:
        i = min(int(where * len(paras[k])), len(paras[k]) - 1)
        extra, written[k][i] = _trick(kind, form, choice, junk, written[k][i] if kind != "entity" else paras[k][i])
        before.setdefault((k, i), []).append(extra)
    out = ["".join("".join(before.get((k, i), [])) + c for i, c in enumerate(w)) for k, w in enumerate(written)]
    if form == "html":
        return html_page(out, head=HIDING_STYLE).encode("utf-8")
    return "\n".join(out).encode("utf-8")


@pytest.fixture(scope="module")
def clean_reports(guard: Guard) -> dict[str, DocumentReport]:
    return {
        "html": guard.check(html_page(PARAS, head=HIDING_STYLE).encode("utf-8")),
        "text": guard.check(BODY.encode("utf-8")),
    }


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(form=st.sampled_from(["html", "text"]), insertions=st.lists(INSERTION, min_size=1, max_size=40))
def test_any_mix_of_cheap_tricks_keeps_a_verbatim_copy_a_reprint(
    guard: Guard, clean_reports: dict[str, DocumentReport], form: str, insertions: list
) -> None:
    data = tricked_copy(form, insertions)
    assert data.count(b"\x00") + sum(data.count(c.encode()) for c in CONTROLS[1:]) < 0.1 * min(len(data), 8192)
    rep = guard.check(data)
    clean = clean_reports[form]
    assert rep.verdict == "reprint", (rep.verdict, rep.reason, data.decode("utf-8")[:300])
    m = rep.matches[0]
    assert m.article.source == "articles/lantern.txt"
    assert abs(m.similarity - clean.matches[0].similarity) <= 0.02


# --------------------------------------------------------------------------------------------
# A wrong charset declaration does not hide a copy
# --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("declared", "codec", "script"),
    [
        ("iso-8859-1", "gbk", "simplified"),
        ("windows-1252", "gbk", "simplified"),
        ("gb2312", "big5", "traditional"),
        ("gbk", "big5", "traditional"),
        ("big5", "gbk", "simplified"),
    ],
)
def test_a_wrong_declared_charset_is_overruled_by_the_chinese_one_that_fits(
    guard: Guard, declared: str, codec: str, script: str
) -> None:
    paras = PARAS if script == "simplified" else [_tw(p) for p in PARAS]
    page = html_page(paras).replace("<meta charset='utf-8'>", f"<meta charset='{declared}'>")
    data = page.encode(codec, errors="replace")  # a rare character OpenCC gives may lack a Big5 code
    rep = guard.check(data)
    assert rep.decoding is not None and rep.decoding.encoding in ("gb18030", "cp950", "big5hkscs")
    assert rep.decoding.rule == "han-frequency"
    assert_verbatim(rep)
    # Given as the HTTP header instead: the same.
    rep = guard.check(html_page(paras).replace("<meta charset='utf-8'>", "").encode(codec, errors="replace"), content_type=f"text/html; charset={declared}")
    assert_verbatim(rep)


def _junk(n: int, seed: int) -> bytes:
    import random

    rng = random.Random(seed)
    return bytes(rng.randrange(0x80, 0x100) for _ in range(n))


@pytest.mark.parametrize(
    "form",
    ["meta-comment", "http-comment", "text-200-before", "text-3k-around", "html-3k-around"],
)
def test_junk_bytes_in_a_utf8_copy_do_not_turn_it_to_mojibake(guard: Guard, form: str) -> None:
    # charset-normalizer read these as GB18030: the copy came back clean
    body = "".join(f"<p>{p}</p>" for p in PARAS).encode("utf-8")
    content_type = None
    if form == "meta-comment":
        data = b"<html><head><meta charset='utf-8'></head><body><!-- " + _junk(120, 1) + b" -->" + body + b"</body></html>"
        rule = "declared-replaced"
    elif form == "http-comment":
        data = b"<html><body><!-- " + _junk(120, 2) + b" -->" + body + b"</body></html>"
        content_type, rule = "text/html; charset=utf-8", "declared-replaced"
    elif form == "text-200-before":
        data, rule = _junk(200, 3) + BODY.encode("utf-8"), "utf-8-replaced"
    elif form == "text-3k-around":
        data, rule = _junk(3000, 4) + b"\n" + BODY.encode("utf-8") + b"\n" + _junk(3000, 5), "utf-8-replaced"
    else:
        data = b"<html><body><div>" + _junk(3000, 6) + b"</div>" + body + b"<div>" + _junk(3000, 7) + b"</div></body></html>"
        rule = "utf-8-replaced"
    rep = guard.check(data, content_type=content_type)
    assert rep.decoding is not None and (rep.decoding.encoding, rep.decoding.rule) == ("utf-8", rule)
    assert_verbatim(rep)


def _tw(text: str) -> str:
    import opencc

    return opencc.OpenCC("s2t").convert(text)


def test_a_true_latin1_page_keeps_its_declaration() -> None:
    text = "Le café de la rue Réaumur a rouvert ses portes après l'été. " * 20
    page = f"<html><head><meta charset='iso-8859-1'><title>Café</title></head><body><p>{text}</p></body></html>"
    doc = extract(page.encode("latin-1"))
    assert doc.decoding is not None and (doc.decoding.encoding, doc.decoding.rule) == ("cp1252", "declared")
    assert "café" in doc.text


# --------------------------------------------------------------------------------------------
# 6. Letters of other scripts that look like Latin letters (homoglyphs)
# --------------------------------------------------------------------------------------------

ENGLISH = """\
Residents of Port Wellen voted on Tuesday to spend two million pounds from the town's reserve fund on repairing the harbour wall and the ice plant that keep its small fishing fleet working, after a public meeting that ran late into the night.
The fleet, which once numbered more than sixty boats, is down to eleven. Skippers told the meeting that the crumbling wall left their vessels exposed to winter storms and that the broken ice plant forced them to land their catch thirty miles up the coast.
Supporters of the plan argued that the harbour is the reason visitors come to Port Wellen at all, and that losing the boats would empty the cafes, the chandlery and the guest houses along the front within a few seasons.
Opponents said the reserve fund was meant for emergencies such as the flood of 2019, and asked why the county council, which owns the quay, should not pay for a wall it had promised to inspect every year since 2015.
The mayor, Ruth Askew, said work on the wall would begin in April and that the council had agreed to repay a third of the cost if its own engineers confirmed that the damage came from neglect rather than from the storms of last winter."""
EN_PARAS = ENGLISH.splitlines()
EN_NOTICE = "\n\n© 2024 Wellen Gazette Ltd. All rights reserved. No part of this article may be reproduced without permission."

# Latin letter -> Cyrillic and Greek letters Unicode's confusables data gives it as prototype.
CYRILLIC = {"a": "а", "c": "с", "e": "е", "i": "і", "j": "ј", "o": "о", "p": "р", "s": "ѕ", "x": "х", "y": "у",
            "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т"}
GREEK = {"a": "α", "i": "ι", "o": "ο", "p": "ρ", "v": "ν",
         "A": "Α", "B": "Β", "E": "Ε", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο", "P": "Ρ", "T": "Τ"}  # fmt: skip


@pytest.fixture(scope="module")
def english_guard(tmp_path_factory: pytest.TempPathFactory) -> Guard:
    g = Guard.open(tmp_path_factory.mktemp("homoglyphs") / "fp", create=True)
    page = "Harbour wall to be repaired\n\n" + "\n\n".join(EN_PARAS) + EN_NOTICE
    assert g.protect_document(page, source="articles/harbour.txt").status == "added"
    assert g.protect_document(newsroom_page(BODY), source="articles/lantern.txt").status == "added"
    return g


def swapped(text: str, table: dict[str, str], *, letters: str | None = None, every: int = 1) -> str:
    """``text`` with each ``every``-th letter of ``letters`` (default: all in ``table``) swapped."""
    out, seen = [], 0
    for ch in text:
        if ch in table and (letters is None or ch in letters):
            seen += 1
            if seen % every == 0:
                ch = table[ch]
        out.append(ch)
    return "".join(out)


HOMOGLYPH_COPIES = {
    "cyrillic a e o": lambda t: swapped(t, CYRILLIC, letters="aeo"),
    "cyrillic o only": lambda t: swapped(t, CYRILLIC, letters="o"),
    "every other cyrillic e": lambda t: swapped(t, CYRILLIC, letters="e", every=2),
    "every cyrillic look-alike": lambda t: swapped(t, CYRILLIC),
    "every greek look-alike": lambda t: swapped(t, GREEK),
    "cyrillic and greek in turn": lambda t: swapped(swapped(t, CYRILLIC, every=2), GREEK),
    "capitals only": lambda t: swapped(t, {k: v for k, v in {**GREEK, **CYRILLIC}.items() if k.isupper()}),
}


def _disguised_copy_match(english_guard: Guard, disguise, form: str):
    """Check the English article with every paragraph run through ``disguise``, as text or as
    an HTML page: a reprint of it whose coverage and similarity are those of the plain copy.
    Returns the match."""
    paras = [disguise(p) for p in EN_PARAS]
    assert paras != EN_PARAS
    if form == "html":
        data = html_page(paras).encode("utf-8")
        clean = english_guard.check(html_page(EN_PARAS).encode("utf-8"))
    else:
        data = "\n\n".join(paras).encode("utf-8")
        clean = english_guard.check(ENGLISH.encode("utf-8"))
    rep = english_guard.check(data)
    assert rep.verdict == "reprint", (rep.verdict, rep.reason)
    m = rep.matches[0]
    assert m.article.source == "articles/harbour.txt"
    assert abs(m.coverage - clean.matches[0].coverage) <= 0.01
    assert abs(m.similarity - clean.matches[0].similarity) <= 0.01
    return m


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("how", list(HOMOGLYPH_COPIES))
def test_a_verbatim_english_copy_with_homoglyphs_is_a_reprint(english_guard: Guard, how: str, form: str) -> None:
    m = _disguised_copy_match(english_guard, HOMOGLYPH_COPIES[how], form)
    # The evidence quotes the copy as it is written, look-alikes and all.
    quoted = "".join(m.texts())
    assert any(ch in quoted for ch in "аеоαοΝ") or how == "capitals only"


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("zw", ["\u200b", "\u200c", "\u180e", "\u2060"])
def test_an_english_copy_whose_spaces_are_zero_width_is_a_reprint(english_guard: Guard, zw: str, form: str) -> None:
    """Every space a zero-width character: shown run together, read with its word breaks
    (new-user trial, session 17)."""
    _disguised_copy_match(english_guard, lambda t: t.replace(" ", zw), form)


def test_homoglyphs_in_a_passage_inside_other_english_news_change_nothing(english_guard: Guard) -> None:
    other = (
        "The county's libraries will open on Sundays from next month, the council said, after a survey "
        "in which most readers asked for longer hours. Funding comes from a grant for rural services. "
    ) * 6
    page = other + "\n\n{}\n\n" + other[::-1]
    passage = EN_PARAS[1] + " " + EN_PARAS[2]
    clean = english_guard.check(page.format(passage))
    rep = english_guard.check(page.format(swapped(passage, CYRILLIC)))
    assert clean.verdict != "clean"
    assert rep.verdict == clean.verdict, (rep.verdict, clean.verdict)
    assert rep.matches[0].article.source == "articles/harbour.txt"
    assert abs(rep.matches[0].coverage - clean.matches[0].coverage) <= 0.01


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(picks=st.lists(st.tuples(st.integers(0, len(ENGLISH) - 1), st.booleans()), min_size=1, max_size=400))
def test_any_partial_swap_of_look_alikes_keeps_an_english_copy_a_reprint(english_guard: Guard, picks: list) -> None:
    chars = list(ENGLISH)
    for at, greek in picks:
        table = GREEK if greek and chars[at] in GREEK else CYRILLIC
        if chars[at] in table:
            chars[at] = table[chars[at]]
    rep = english_guard.check("".join(chars).encode("utf-8"))
    assert rep.verdict == "reprint", (rep.verdict, rep.reason)
    assert rep.matches[0].article.source == "articles/harbour.txt"
    assert rep.matches[0].coverage >= 0.98


@pytest.mark.parametrize("blob", ["Q" * 3000, "QUJD" * 1000, "A" * 10000])
@pytest.mark.parametrize("how", ["<span hidden>{}</span>", "</p><p>{}</p><p>"])
def test_one_token_of_thousands_of_letters_inside_a_copy_does_not_hide_it(guard: Guard, blob: str, how: str) -> None:
    """A hidden span or a paragraph holding one "word" of thousands of letters in the middle of
    a verbatim copy: the copy is two passages around it, still a reprint (user trial 10; the
    chain used to bridge the one-token gap and score the blob with the passage)."""
    paras = [*PARAS[:3], PARAS[3] + how.format(blob), *PARAS[4:]]
    rep = guard.check(html_page(paras))
    assert rep.verdict == "reprint"
    assert rep.matches[0].article.source == "articles/lantern.txt" and rep.matches[0].coverage >= 0.95


# --------------------------------------------------------------------------------------------
# Latin diacritics swapped in or added to an English copy
# --------------------------------------------------------------------------------------------

PRECOMPOSED = {"a": "á", "e": "é", "o": "ó", "A": "Á", "E": "É", "O": "Ó"}
COMBINING = {c: c + "\u0301" for c in "aeiouAEIOU"}
DOT_BELOW = {c: c + "\u0323" for c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"}

ACCENTED_COPIES = {
    "precomposed a e o": lambda t: swapped(t, PRECOMPOSED),
    "combining acute on vowels": lambda t: swapped(t, COMBINING),
    "dot below every third letter": lambda t: swapped(t, DOT_BELOW, every=3),
}


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("how", list(ACCENTED_COPIES))
def test_a_verbatim_english_copy_with_accents_is_a_reprint(english_guard: Guard, how: str, form: str) -> None:
    _disguised_copy_match(english_guard, ACCENTED_COPIES[how], form)


# --------------------------------------------------------------------------------------------
# Text stored reversed inside bidi overrides, which the browser shows in normal order
# --------------------------------------------------------------------------------------------


def _isolated_rlo(run: str) -> str:
    return "\u2066\u202e" + run[::-1] + "\u202c\u2069"


def _per_word(wrap) -> object:
    return lambda t: " ".join(wrap(w) for w in t.split(" "))


def _per_chunk(wrap, size: int = 3) -> object:
    return lambda t: "".join(wrap(t[k : k + size]) for k in range(0, len(t), size))


# --------------------------------------------------------------------------------------------
# Look-alike letters of the Latin script itself: alternates and small capitals
# --------------------------------------------------------------------------------------------

LATIN_ALTERNATES = {"a": "ɑ", "g": "ɡ", "i": "ı", "y": "ʏ", "o": "ᴏ", "s": "ꜱ"}
SMALL_CAPITALS = {c: unicodedata.lookup(f"LATIN LETTER SMALL CAPITAL {c.upper()}") for c in "abcdefhijklmnoprstuvwyz"}

LATIN_LOOKALIKE_COPIES = {
    "alternates a g i y o s": lambda t: swapped(t, LATIN_ALTERNATES),
    "alternates a g i": lambda t: swapped(t, LATIN_ALTERNATES, letters="agi"),
    "small capitals e t r n": lambda t: swapped(t, SMALL_CAPITALS, letters="etrn"),
    "every small capital": lambda t: swapped(t, SMALL_CAPITALS),
}


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("how", list(LATIN_LOOKALIKE_COPIES))
def test_a_verbatim_english_copy_with_latin_lookalikes_is_a_reprint(english_guard: Guard, how: str, form: str) -> None:
    _disguised_copy_match(english_guard, LATIN_LOOKALIKE_COPIES[how], form)


BIDI_ENGLISH_COPIES = {
    "each word in LRI RLO": _per_word(_isolated_rlo),
    "each word in a bare RLO": _per_word(lambda w: "\u202e" + w[::-1] + "\u202c"),
    "each paragraph in an RLO": lambda t: "\u202e" + t[::-1] + "\u202c",
}


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("how", list(BIDI_ENGLISH_COPIES))
def test_a_verbatim_english_copy_reversed_inside_bidi_overrides_is_a_reprint(
    english_guard: Guard, how: str, form: str
) -> None:
    _disguised_copy_match(english_guard, BIDI_ENGLISH_COPIES[how], form)


BIDI_HTML = {
    "<bdo dir=rtl> per word": lambda t: " ".join(f'<bdo dir="rtl">{w[::-1]}</bdo>' for w in t.split(" ")),
    "<bdo> per word, nested markup": lambda t: " ".join(f'<bdo dir="RTL"><b>{w[::-1]}</b></bdo>' for w in t.split(" ")),
    "bidi-override style per paragraph": lambda t: f'<span style="unicode-bidi: bidi-override; direction: rtl">{t[::-1]}</span>',
    "isolate-override per word": lambda t: " ".join(
        f'<i style="direction:rtl;unicode-bidi:isolate-override">{w[::-1]}</i>' for w in t.split(" ")
    ),
}


@pytest.mark.parametrize("how", list(BIDI_HTML))
def test_an_english_page_shown_in_order_by_bdo_or_css_overrides_is_a_reprint(english_guard: Guard, how: str) -> None:
    clean = english_guard.check(html_page(EN_PARAS).encode("utf-8"))
    rep = english_guard.check(html_page([BIDI_HTML[how](p) for p in EN_PARAS]).encode("utf-8"))
    assert rep.verdict == "reprint", (rep.verdict, rep.reason)
    assert rep.matches[0].article.source == "articles/harbour.txt"
    assert abs(rep.matches[0].coverage - clean.matches[0].coverage) <= 0.01


@pytest.mark.parametrize(
    "disguise",
    [_per_chunk(_isolated_rlo), _per_chunk(lambda c: f'<bdo dir="rtl">{c[::-1]}</bdo>')],
    ids=["three characters in LRI RLO", "three characters in <bdo>"],
)
def test_a_chinese_copy_reversed_three_characters_at_a_time_is_a_reprint(guard: Guard, disguise) -> None:
    assert_verbatim(guard.check(html_page([disguise(p) for p in PARAS])), guard.check(html_page(PARAS)))
    if "<bdo" not in disguise("甲乙丙"):
        assert_verbatim(guard.check("\n\n".join(disguise(p) for p in PARAS)), guard.check(BODY))


def test_rtl_direction_without_an_override_reorders_nothing(english_guard: Guard) -> None:
    # dir=rtl alone (an embedding) shows Latin words in their stored order: a page storing them
    # reversed that way shows them reversed, and is not read as the article.
    paras = [f'<span dir="rtl">{p[::-1]}</span>' for p in EN_PARAS]
    assert english_guard.check(html_page(paras).encode("utf-8")).verdict == "clean"


# --------------------------------------------------------------------------------------------
# Spaces between English words written as blanks a browser draws with a width
# --------------------------------------------------------------------------------------------

BLANK_SPACES = {f"U+{ord(b):04X}": b for b in ("\u2800", "\u3164", "\uffa0", "\u115f")}


@pytest.mark.parametrize("form", ["text", "html"])
@pytest.mark.parametrize("blank", list(BLANK_SPACES))
def test_an_english_copy_with_blanks_for_spaces_is_a_reprint(english_guard: Guard, blank: str, form: str) -> None:
    _disguised_copy_match(english_guard, lambda t: t.replace(" ", BLANK_SPACES[blank]), form)


# --------------------------------------------------------------------------------------------
# Annotations after every character: zhuyin in brackets, toneless pinyin without brackets
# --------------------------------------------------------------------------------------------


def _after_each_han(text: str, notes: list[str]) -> str:
    """``text`` with ``notes`` (taken in turn, whatever the character) after each Han character."""
    out, k = [], 0
    for ch in text:
        out.append(ch)
        if "\u4e00" <= ch <= "\u9fff":
            out.append(notes[k % len(notes)])
            k += 1
    return "".join(out)


ZHUYIN_NOTES = ["(ㄏㄜˊ)", "(ㄨㄢ)", "(ㄘㄨㄣ)", "(ㄒㄧㄠˇ)", "（ㄉㄜ˙）", "(ㄉㄥ)"]


@pytest.mark.parametrize("form", ["text", "html"])
def test_a_chinese_copy_with_zhuyin_after_every_character_is_a_reprint(guard: Guard, form: str) -> None:
    paras = [_after_each_han(p, ZHUYIN_NOTES) for p in PARAS]
    if form == "html":
        assert_verbatim(guard.check(html_page(paras)), guard.check(html_page(PARAS)))
    else:
        assert_verbatim(guard.check("\n\n".join(paras)), guard.check(BODY))


PINYIN_NOTES = ["he ", "wan ", "cun ", "xiao ", "xue ", "de ", "deng ", "hui"]
# After one character in seven: the sparsest annotation that hid a copy from the shingles.
SPARSE_NOTES = ["", "", "", "", "", "", "deng "]


@pytest.mark.parametrize("notes", [PINYIN_NOTES, SPARSE_NOTES], ids=["every character", "one in seven"])
@pytest.mark.parametrize("form", ["text", "html"])
def test_a_chinese_copy_with_toneless_pinyin_after_the_characters_is_a_reprint(
    guard: Guard, form: str, notes: list[str]
) -> None:
    paras = [_after_each_han(p, notes) for p in PARAS]
    if form == "html":
        assert_verbatim(guard.check(html_page(paras)), guard.check(html_page(PARAS)))
    else:
        assert_verbatim(guard.check("\n\n".join(paras)), guard.check(BODY))


# --------------------------------------------------------------------------------------------
# A non-spacing mark after every Han character (a kana voicing mark, a tone mark)
# --------------------------------------------------------------------------------------------

HAN_MARKS = {
    "kana voiced mark U+3099": ["\u3099"],
    "kana semi-voiced mark U+309A": ["\u309a"],
    "mixed marks": ["\u3099", "\u0301", "\u302a", "\u309a\u0323", "\U0001d167"],
}


@pytest.mark.parametrize("marks", list(HAN_MARKS))
@pytest.mark.parametrize("form", ["text", "html"])
def test_a_chinese_copy_with_a_mark_after_every_character_is_a_reprint(guard: Guard, form: str, marks: str) -> None:
    paras = [_after_each_han(p, HAN_MARKS[marks]) for p in PARAS]
    if form == "html":
        assert_verbatim(guard.check(html_page(paras)), guard.check(html_page(PARAS)))
    else:
        assert_verbatim(guard.check("\n\n".join(paras)), guard.check(BODY))


def test_an_override_over_several_blocks_reads_each_block_on_its_own_line_without_scripts() -> None:
    from reprint_guard.extract import extract

    page = ('<html><body><h1>t</h1><bdo dir="rtl"><p>olleh dlrow si siht a gnol ecnetnes fo txet</p>'
            '<script>var x="abc"</script><p>dnoces hpargarap si osla gnol hguone ot eb daer</p></bdo></body></html>')
    assert extract(page, content_type="html").text == (
        "text of sentence long a this is world hello\nread be to enough long also is paragraph second"
    )


def test_an_override_that_moves_nothing_keeps_its_blocks_apart() -> None:
    from reprint_guard.extract import extract

    paras = [f"第{i}段，这是一段普通的文字，讲述了城市的变化和居民的生活，内容与其他段落不同。" for i in range(5)]
    page = ('<html><body><div style="unicode-bidi:bidi-override;direction:ltr">'
            + "".join(f"<p>{p}</p>" for p in paras) + "</div></body></html>")
    assert extract(page, content_type="html").text == "\n".join(paras)


# --------------------------------------------------------------------------------------------
# Junk between the letters of every word (second new-user trial, session 18)
# --------------------------------------------------------------------------------------------

_HARBOUR_EN = [
    "The harbour board voted on Tuesday to rebuild the eastern breakwater after two winters of storm damage closed the fishing pier.",
    "Engineers said the new wall would be two metres higher and would take eighteen months to build, with work starting in the spring.",
    "Fishing crews welcomed the decision but asked the board to keep one berth open for the whole of the construction period.",
    "The board's chair said the cost would be shared with the regional council and that tenders would be published next month.",
    "Residents of the old town said they hoped the works would also repair the promenade, which has been fenced off since January.",
]


def _after(paras: list[str], junk: str, every: int, han: bool) -> str:
    """``junk`` after every ``every``-th letter (Han character when ``han``) of the paragraphs."""
    out = []
    for p in paras:
        k, s = 0, []
        for ch in p:
            s.append(ch)
            if ("\u4e00" <= ch <= "\u9fff") if han else ch.isalpha():
                k += 1
                if k % every == 0:
                    s.append(junk)
        out.append("".join(s))
    return "\n\n".join(out)


@pytest.mark.parametrize("junk", ["\u200a", "\u2009", "\u2006", "\u3164", "\uffa0"])
@pytest.mark.parametrize("every", [1, 3])
def test_blanks_slipped_between_the_letters_of_english_words_hide_nothing(tmp_path_factory, junk: str, every: int) -> None:
    g = _english_guard(tmp_path_factory)
    rep = g.check(_after(_HARBOUR_EN, junk, every, han=False))
    assert rep.verdict == "reprint", (rep.verdict, [m.coverage for m in rep.matches])


@functools.lru_cache(maxsize=1)
def _english_guard_at(path: str) -> Guard:
    g = Guard.open(Path(path) / "fp", create=True)
    g.protect_document("Breakwater to be rebuilt\n\n" + "\n\n".join(_HARBOUR_EN), source="articles/harbour.txt")
    return g


def _english_guard(tmp_path_factory) -> Guard:
    return _english_guard_at(str(tmp_path_factory.getbasetemp() / "english-junk"))


@pytest.mark.parametrize("junk", ["・", "･", "丨", "丶", "ゝ", "ぁ", "7", "．", "﹐"])
@pytest.mark.parametrize("every", [2, 4])
def test_characters_slipped_between_han_characters_hide_nothing(guard: Guard, junk: str, every: int) -> None:
    clean = guard.check(BODY)
    rep = guard.check(_after(PARAS, junk, every, han=True))
    assert rep.verdict == "reprint", (rep.verdict, [m.coverage for m in rep.matches])
    assert rep.matches[0].article.source == clean.matches[0].article.source == "articles/lantern.txt"


def test_common_characters_slipped_in_every_eighth_character_hide_no_copy(guard: Guard) -> None:
    """One common character (的, 了, 是 …: no filter can drop them) after every 8th character
    left the query windows that share a band key with the article below the signature check's
    bar, so the article was dropped and the copy came out `clean` (a new user's trial, session
    19). The candidate's second look over a sample of the whole page finds many windows at a
    quarter of the values; each copy is a finding. (One every 7th or closer often shares no
    band key at all: a limit the README states.) An unrelated article stays clean."""
    import random

    common = "的了是在和有我这个们中来上大为"
    for seed in range(6):
        rng = random.Random(seed * 100 + 8)
        text = "\n".join("".join(ch + (rng.choice(common) if (i + 1) % 8 == 0 else "") for i, ch in enumerate(p)) for p in PARAS)
        rep = guard.check(text)
        assert rep.verdict in ("reprint", "edited"), (seed, rep.verdict)
        assert rep.matches[0].article.source == "articles/lantern.txt"
    assert guard.check(chinese_article(77)).verdict == "clean"


def test_genuine_thin_spaces_between_words_still_separate_them() -> None:
    """A page printing thin spaces between words (not inside them) needs no second reading, and
    a Chinese text's few digits and names (第3批, 约翰·史密斯) are no junk."""
    from reprint_guard.normalize import junk_free_reading

    assert junk_free_reading("The\u2009harbour board voted on Tuesday.") is None
    assert junk_free_reading("第3批项目年底前完工，约翰·史密斯出席。" * 3) is None
    assert junk_free_reading("b\u200ar\u200ai\u200adge") == "bridge"


@pytest.mark.parametrize("junk", ["\u200a", "\u2009", "\u00a0", "\u3000"])
def test_blanks_between_the_letters_of_an_html_copy_hide_nothing(tmp_path_factory, junk: str) -> None:
    """In HTML the markup's text reads such blanks as spaces before any reading of the page's
    text could take them out (fourth new-user trial, session 18: every one of them gave clean)."""
    g = _english_guard(tmp_path_factory)
    body = "".join(f"<p>{' '.join(junk.join(word) for word in p.split(' '))}</p>" for p in _HARBOUR_EN)
    page = f"<html><head><meta charset='utf-8'><title>t</title></head><body><article><h1>Breakwater</h1>{body}</article></body></html>"
    rep = g.check(page, content_type="html")
    assert rep.verdict == "reprint", (rep.verdict, [m.coverage for m in rep.matches])


def test_a_copy_doubled_or_stretched_with_tatweels_hides_nothing(guard: Guard, tmp_path_factory) -> None:
    """Every character or word printed twice, or a tatweel after every Han character: the
    reader still reads the article (fourth new-user trial, session 18: each was clean)."""
    doubled = "\n".join("".join(c * 2 if "\u4e00" <= c <= "\u9fff" else c for c in p) for p in PARAS)
    stretched = "\n".join("".join(c + "\u0640" if "\u4e00" <= c <= "\u9fff" else c for c in p) for p in PARAS)
    for text in (doubled, stretched):
        rep = guard.check(text)
        assert rep.verdict == "reprint", (rep.verdict, [m.coverage for m in rep.matches])
    words = "\n\n".join(" ".join(f"{w} {w}" for w in p.split()) for p in _HARBOUR_EN)
    assert _english_guard(tmp_path_factory).check(words).verdict == "reprint"


def test_ordinary_repeats_are_no_doubling() -> None:
    from reprint_guard.normalize import junk_free_reading

    assert junk_free_reading("We had had enough of the storm, and the town council knew it well by then.") is None
    assert junk_free_reading("天天都有人来，常常排队到深夜，大家说说笑笑，慢慢地等着新的开始，日子过得很快。") is None


def test_a_terminal_paste_s_colour_codes_leave_no_letters_in_the_text():
    # only the ESC byte was dropped: the "[0m[1m" left after each sentence counted as edits, and a
    # verbatim copy pasted from a terminal came out `edited` (a new user's trial, session 27)
    from reprint_guard.extract import extract

    body = "区交通局介绍，公路建设采用了以工代赈的方式。村民们说，如今出行方便多了。明年还将修建四条联网公路。"
    pasted = "\x1b[31m" + body.replace("。", "。\x1b[0m\x1b[1m") + "\x1b[0m\x1b]8;;https://a.example\x07链接\x1b]8;;\x07"
    doc = extract(pasted, content_type="text")
    assert "[0m" not in doc.text and "[1m" not in doc.text and "]8;;" not in doc.text
    assert body in doc.text.replace("\n", "")
