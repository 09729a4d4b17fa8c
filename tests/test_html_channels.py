"""No cheap trick of the page's markup hides a copy (red-team round 10): chunks shuffled in
the markup and put back in order by CSS ``order``, text shown through channels other than
the body's text nodes (``<iframe srcdoc>``, SVG ``<text>``, ``::before`` content …), input
gates tripped by padding, and junk hidden by CSS the checker did not evaluate.

Articles and pages are invented; each trick is checked against the plain copy.
"""

from __future__ import annotations

import base64
import json
import html as _html
import random

import pytest
from helpers import chinese_article, newsroom_page

from reprint_guard import Guard
from reprint_guard.extract import extract
from reprint_guard.verdict import DocumentReport

BODY = chinese_article(77)
PARAS = BODY.splitlines()
EN_PARAS = [
    "The old ferry landing at Marrowby Cove reopened on Sunday after four years of repairs, and "
    "the first boat of the morning carried a brass band, two goats and the retired harbourmaster "
    "who had campaigned for the work since the pier collapsed in a winter gale.",
    "Engineers replaced the timber piles with recycled steel and raised the deck by half a metre "
    "to allow for higher tides. The county paid for most of the project, while a village fund "
    "built from bake sales and a sponsored swim covered the new waiting shelter and its benches.",
    "Ottilie Brandwater, who ran the ticket kiosk for thirty years, cut the ribbon. She said the "
    "landing had been the heart of the cove long before the road arrived, and that children who "
    "had never seen a ferry dock there could now ride across the estuary to the market town.",
    "The service will run six times a day in summer and three times in winter. Timetables are "
    "posted at the kiosk, and the operator plans a late boat on Fridays for people who work in "
    "the town's restaurants and want to get home without the long drive around the headland.",
    "Not everyone is pleased. Some residents of the lane above the landing worry about parking, "
    "and the parish council has promised a survey before the busy season. Brandwater laughed at "
    "the complaint and said that people who grumble about ferries have never waited for a bus.",
]
EN_TEXT = "Ferry landing reopens at Marrowby Cove\n\n" + "\n\n".join(EN_PARAS) + "\n\nCopyright 2024 Marrowby Gazette. All rights reserved."


@pytest.fixture(scope="module")
def guard(tmp_path_factory: pytest.TempPathFactory) -> Guard:
    g = Guard.open(tmp_path_factory.mktemp("channels") / "fp", create=True)
    assert g.protect_document(newsroom_page(BODY), source="articles/lantern.txt").status == "added"
    assert g.protect_document(EN_TEXT, source="articles/ferry.txt").status == "added"
    return g


def page(body: str, *, head: str = "", title: str = "灯会") -> str:
    """A news page with ``body`` (HTML) as its article."""
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title>{head}</head><body>"
        "<nav><a href='/'>首页</a> <a href='/news'>新闻</a></nav>"
        f"<div class='main'><h1>{title}</h1>{body}</div>"
        "<footer>联系我们</footer></body></html>"
    )


def ps(paras: list[str]) -> str:
    return "".join(f"<p>{_html.escape(p)}</p>" for p in paras)


def assert_copy_of(rep: DocumentReport, source: str) -> None:
    assert rep.verdict == "reprint", (rep.verdict, rep.reason)
    assert rep.matches[0].article.source == source
    assert rep.matches[0].coverage >= 0.9


CASES = {"zh": (PARAS, "articles/lantern.txt"), "en": (EN_PARAS, "articles/ferry.txt")}


# --------------------------------------------------------------------------------------------
# 1. CSS order: chunks shuffled in the markup, shown in order by a flex or grid container
# --------------------------------------------------------------------------------------------


def flex_shuffled(paras: list[str], *, size: int, container: str = "display:flex;flex-wrap:wrap", seed: int = 3) -> str:
    rng = random.Random(seed)
    out = []
    for p in paras:
        chunks = [p[i : i + size] for i in range(0, len(p), size)]
        order = list(range(len(chunks)))
        rng.shuffle(order)
        spans = "".join(
            f'<span style="order:{k};white-space:pre">{_html.escape(chunks[k])}</span>' for k in order
        )
        out.append(f'<p><span style="{container}">{spans}</span></p>')
    return "".join(out)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("container", ["display:flex;flex-wrap:wrap", "display: inline-grid", "display:-webkit-flex"])
def test_chunks_put_in_order_by_css_order_are_read_in_that_order(guard: Guard, lang: str, container: str) -> None:
    paras, source = CASES[lang]
    rep = guard.check(page(flex_shuffled(paras, size=4 if lang == "zh" else 5, container=container)))
    assert_copy_of(rep, source)


def test_order_in_a_class_the_page_styles_as_flex_is_read_too(guard: Guard) -> None:
    body = flex_shuffled(PARAS, size=3, container="").replace('style=""', 'class="row"')
    rep = guard.check(page(body, head="<style>.row{display:flex}</style>"))
    assert_copy_of(rep, "articles/lantern.txt")


def test_order_is_stable_and_defaults_to_zero_and_reverse_reverses() -> None:
    doc = extract(page(
        '<p><span style="display:flex">'
        '<span style="order:2">丙</span><span>甲</span><span style="order:1">乙一</span>'
        '<span style="order:1">乙二</span><span style="order: -1">零</span></span>'
        '<span style="display:flex;flex-direction:row-reverse"><b>后</b><b>前</b></span>'
        "正文的其余部分在这里继续写下去，直到足够长为止。</p>"
    ))
    assert "零甲乙一乙二丙前后" in doc.text.replace("\n", "")


def test_order_outside_a_flex_or_grid_container_changes_nothing() -> None:
    # A browser ignores `order` on children of a block: the DOM order is what the reader sees.
    doc = extract(page(
        '<p><span style="display:block"><span style="order:2">甲</span><span style="order:1">乙</span></span>'
        "正文的其余部分在这里继续写下去，直到足够长为止。</p>"
    ))
    assert "甲乙" in doc.text.replace("\n", "")


# --------------------------------------------------------------------------------------------
# 4. Junk every few characters hidden by CSS: tiny fonts, the font shorthand, attribute and
#    :not() selectors of the page's own <style>
# --------------------------------------------------------------------------------------------

JUNK = "垃圾字"
HIDDEN_RUNS = {
    "font-size-0.01px": ('<span style="font-size:0.01px">{}</span>', ""),
    "font-size-.5px": ('<span style="font-size: .5px">{}</span>', ""),
    "font-size-0.04em": ('<span style="font-size:0.04em">{}</span>', ""),
    "font-shorthand-0/0": ('<span style="font:0/0 a">{}</span>', ""),
    "font-shorthand-italic": ('<span style="font: italic 0.2px/1 serif">{}</span>', ""),
    "attribute-selector": ('<span data-x="1">{}</span>', "<style>[data-x]{display:none}</style>"),
    "tag-and-attribute": ('<span data-k="z">{}</span>', '<style>span[data-k="z"] { visibility: hidden }</style>'),
    "not-pseudo-class": ('<span class="q">{}</span>', "<style>span.q:not(.v){display:none}</style>"),
    "font-rule-in-style": ('<i class="t">{}</i>', "<style>.t{font:0/0 a}</style>"),
}


def junked(paras: list[str], run: str, every: int = 3) -> list[str]:
    return [
        "".join(_html.escape(ch) + (run.format(JUNK) if i % every == every - 1 else "") for i, ch in enumerate(p))
        for p in paras
    ]


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("how", list(HIDDEN_RUNS))
def test_junk_hidden_by_css_every_three_characters_is_dropped(guard: Guard, how: str, lang: str) -> None:
    run, head = HIDDEN_RUNS[how]
    paras, source = CASES[lang]
    body = "".join(f"<p>{p}</p>" for p in junked(paras, run))
    rep = guard.check(page(body, head=head))
    assert_copy_of(rep, source)
    assert JUNK not in rep.matches[0].document_text


@pytest.mark.parametrize(
    ("run", "head"),
    [
        ('<span style="font-size:3px">{}</span>', ""),  # tiny, but above the 2 pt of a dot
        ('<span style="font:bold 12px/0 serif">{}</span>', ""),  # zero line height, readable text
        ('<span style="font: 700 1.2em Georgia">{}</span>', ""),
        ('<span data-x="1">{}</span>', "<style>[data-y]{display:none}</style>"),
        ('<span class="q v">{}</span>', "<style>span.q:not(.v){display:none}</style>"),
        ('<span class="q">{}</span>', "<style>span.q:hover{display:none}</style>"),
        ('<span class="q">{}</span>', "<style>span.q::before{display:none}</style>"),
    ],
    ids=["3px", "line-height-0", "bold-1.2em", "other-attribute", "not-excludes", "hover", "before"],
)
def test_runs_that_stay_visible_are_kept(run: str, head: str) -> None:
    body = "".join(f"<p>{p}</p>" for p in junked(PARAS[:3], run, every=30))
    assert extract(page(body, head=head)).text.count(JUNK) >= 9


# --------------------------------------------------------------------------------------------
# 5. A permissive licence's credit the reader cannot see, or without its required link
# --------------------------------------------------------------------------------------------

CC_NOTICE = (
    "This article by Marrowby Gazette is licensed under a Creative Commons Attribution 4.0 "
    "International licence (CC BY 4.0). You may republish it provided you credit Marrowby Gazette "
    "and link to the original."
)


@pytest.fixture(scope="module")
def cc_guard(tmp_path_factory: pytest.TempPathFactory) -> Guard:
    g = Guard.open(tmp_path_factory.mktemp("cc") / "fp", create=True)
    text = "Ferry landing reopens at Marrowby Cove\n\n" + "\n\n".join(EN_PARAS) + "\n\n" + CC_NOTICE
    assert g.protect_document(text, source="articles/ferry-cc.txt", url="https://gazette.example.org/ferry").status == "added"
    return g


def test_a_credit_in_unreadably_small_text_is_no_credit(cc_guard: Guard) -> None:
    credit = (
        'Originally published by <a href="https://gazette.example.org/ferry">Marrowby Gazette</a> '
        "under CC BY 4.0."
    )
    shown = cc_guard.check(page(ps(EN_PARAS) + f"<p>{credit}</p>", title="Ferry"))
    assert shown.verdict == "permitted", (shown.verdict, shown.reason)
    tiny = cc_guard.check(page(ps(EN_PARAS) + f'<p style="font-size:0.01px">{credit}</p>', title="Ferry"))
    assert tiny.verdict == "reprint", (tiny.verdict, tiny.reason)


def test_a_credit_without_the_link_the_licence_asks_for_is_an_unmet_condition(cc_guard: Guard) -> None:
    rep = cc_guard.check(page(ps(EN_PARAS) + "<p>Source: Marrowby Gazette</p>", title="Ferry"))
    assert rep.verdict == "reprint"
    assert [m.unmet_conditions for m in rep.matches] == [("link_back",)]
    # the link given as a link, or printed, or to the site in another spelling, meets it
    for credit in ('Source: <a href="https://gazette.example.org/ferry">Marrowby Gazette</a>',
                   "Source: Marrowby Gazette, https://gazette.example.org/ferry",
                   'Source: <a href="HTTPS://www.Gazette.example.org/">Marrowby Gazette</a>'):
        assert cc_guard.check(page(ps(EN_PARAS) + f"<p>{credit}</p>", title="Ferry")).verdict == "permitted", credit
    # a link hidden from readers is no link
    hidden = '<p>Source: Marrowby Gazette<a style="display:none" href="https://gazette.example.org/ferry">.</a></p>'
    assert cc_guard.check(page(ps(EN_PARAS) + hidden, title="Ferry")).verdict == "reprint"


# --------------------------------------------------------------------------------------------
# 3. Input gates: control bytes and NUL padding where no reader sees them
# --------------------------------------------------------------------------------------------

CONTROLS = bytes(b for b in range(1, 32) if b not in (9, 10, 11, 12, 13))  # ESC (27) too


@pytest.mark.parametrize(
    "where",
    ["comment-top", "comment-in-style", "script", "nul-before-doctype", "text-top", "nul-padding-text"],
)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_control_bytes_no_reader_sees_do_not_make_a_copy_binary(guard: Guard, where: str, lang: str) -> None:
    paras, source = CASES[lang]
    junk = CONTROLS * 40  # ~1,000 control bytes: over 10 % of the page's first 8 KB
    html = page(ps(paras)).encode("utf-8")
    if where == "comment-top":
        data = html.replace(b"<html>", b"<!-- " + junk + b" --><html>", 1)
    elif where == "comment-in-style":
        data = html.replace(b"</head>", b"<style>/* " + junk + b" */ p{margin:0}</style></head>", 1)
    elif where == "script":
        data = html.replace(b"</head>", b"<script>var s='" + junk + b"';</script></head>", 1)
    elif where == "nul-before-doctype":
        data = b"\x00" * 1200 + html
    elif where == "text-top":
        data = junk + b"\n" + "\n\n".join(paras).encode("utf-8")
    else:
        data = b"\x00" * 3000 + "\n\n".join(paras).encode("utf-8") + b"\x00" * 3000
    assert_copy_of(guard.check(data), source)


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(1, 9)) * 50 + b"text",  # padding around next to no text is still binary
        b"<!-- x -->" + bytes(b % 64 for b in random.Random(5).randbytes(9000)),
        b"\x00\x01\x02binary\x00payload" * 10,
    ],
    ids=["padding-and-a-word", "random-after-a-comment", "interleaved"],
)
def test_binary_data_stays_binary(data: bytes) -> None:
    from reprint_guard.errors import InputError

    with pytest.raises(InputError, match="binary data"):
        extract(data, path="x.html")


# --------------------------------------------------------------------------------------------
# 2. Text a browser shows through other channels than the body's text nodes
# --------------------------------------------------------------------------------------------


def _srcdoc(paras: list[str]) -> str:
    return f'<iframe style="border:0" srcdoc="{_html.escape(ps(paras))}"></iframe>'


def _data_frame(paras: list[str]) -> str:
    payload = base64.b64encode(("<meta charset=utf-8>" + ps(paras)).encode("utf-8")).decode()
    return f'<iframe src="data:text/html;charset=utf-8;base64,{payload}"></iframe>'


def _data_url(paras: list[str]) -> str:
    return "data:text/html;base64," + base64.b64encode(("<meta charset=utf-8>" + ps(paras)).encode("utf-8")).decode()


def _svg(paras: list[str]) -> str:
    texts = "".join(f'<text x="0" y="{20 * k}">{_html.escape(p)}</text>' for k, p in enumerate(paras, 1))
    return f'<svg width="900" height="3000">{texts}</svg>'


def _inputs(paras: list[str]) -> str:
    return "".join(f'<input readonly style="border:0;width:100%" value="{_html.escape(p)}">' for p in paras)


def _alts(paras: list[str]) -> str:
    return "".join(f'<p><img src="missing.png" alt="{_html.escape(p)}"></p>' for p in paras)


def _script(paras: list[str], *, ascii_only: bool = False) -> str:
    literal = json.dumps(paras, ensure_ascii=ascii_only)
    return (
        f'<div id="c"></div><script>var P={literal};document.getElementById("c").innerHTML='
        'P.map(function(x){return "<p>"+x+"</p>"}).join("");</script>'
    )


CHANNELS = {
    "srcdoc": (_srcdoc, ""),
    "data-frame": (_data_frame, ""),
    "object-data": (lambda paras: f'<object type="text/html" data="{_data_url(paras)}">插件</object>', ""),
    "embed-data": (lambda paras: f'<embed type="text/html" src="{_data_url(paras)}">', ""),
    "nested-srcdoc": (lambda paras: f'<iframe srcdoc="{_html.escape(_srcdoc(paras))}"></iframe>', ""),
    "svg-text": (_svg, ""),
    "input-value": (_inputs, ""),
    "img-alt": (_alts, ""),
    "script-innerhtml": (_script, ""),
    "script-escaped": (lambda paras: _script(paras, ascii_only=True), ""),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("channel", list(CHANNELS))
def test_a_copy_shown_through_another_channel_is_read(guard: Guard, channel: str, lang: str) -> None:
    make, head = CHANNELS[channel]
    paras, source = CASES[lang]
    assert_copy_of(guard.check(page(make(paras), head=head)), source)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_copy_in_css_before_content_is_read(guard: Guard, lang: str) -> None:
    paras, source = CASES[lang]
    def css(text: str) -> str:  # a CSS string; every other character escaped as CSS does (\\6cb3 )
        return '"' + "".join(f"\\{ord(c):x} " if k % 2 else ("\\" + c if c in '"\\' else c) for k, c in enumerate(text)) + '"'

    rules = "".join(f".p{k}::before{{content:{css(p)}}}" for k, p in enumerate(paras))
    body = "".join(f'<p class="p{k}"></p>' for k in range(len(paras)))
    assert_copy_of(guard.check(page(body, head=f"<style>{rules}</style>")), source)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("content", ["attr(data-t)", '"" attr( data-t ) ""', "ATTR(data-t)"])
def test_a_copy_in_css_before_content_taken_from_an_attribute_is_read(guard: Guard, lang: str, content: str) -> None:
    paras, source = CASES[lang]
    body = "".join(f'<p class="q" data-t="{_html.escape(p)}"></p>' for p in paras)
    assert_copy_of(guard.check(page(body, head=f"<style>p.q::before{{content:{content}}}</style>")), source)


def _atob_script(paras: list[str]) -> str:
    payload = base64.b64encode("\n".join(paras).encode("utf-8")).decode()
    return (
        '<div id="a"></div><script>document.getElementById("a").innerText='
        f'new TextDecoder().decode(Uint8Array.from(atob("{payload}"), function(c){{return c.charCodeAt(0)}}));</script>'
    )


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_copy_a_script_decodes_from_base64_is_read(guard: Guard, lang: str) -> None:
    paras, source = CASES[lang]
    assert_copy_of(guard.check(page(_atob_script(paras))), source)


def test_base64_data_that_is_not_text_stays_out() -> None:
    blob = base64.b64encode(bytes(range(256)) * 4).decode()
    doc = extract(page(f'<div id="a"></div><script>var img=atob("{blob}");document.getElementById("a").innerHTML="x";</script>'))
    assert "\ufffd" not in doc.text and len(doc.text) < 40


def test_an_article_page_keeps_its_search_box_alt_captions_and_script_data_out_of_the_body() -> None:
    caption = "A ferry leaving the landing at Marrowby Cove on Sunday morning"
    body = (
        f'<form><input type="text" value="Search the Marrowby Gazette archive for stories"></form>'
        f'<figure><img src="ferry.jpg" alt="{caption}"><figcaption>The ferry</figcaption></figure>'
        + ps(EN_PARAS)
        + '<script>document.getElementById("x").innerHTML = "Subscribe to our newsletter for the best stories";</script>'
        + "<svg><text>2019</text><text>2020</text></svg>"
    )
    doc = extract(page(body, title="Ferry"))
    assert "Marrowby Gazette archive" not in doc.text
    assert caption not in doc.text
    assert "newsletter" not in doc.text
    assert "2019" not in doc.text
    assert EN_PARAS[2][:60] in doc.text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_copy_in_a_frameset_data_frame_is_read(guard: Guard, lang: str) -> None:
    paras, source = CASES[lang]
    doc = (
        "<!doctype html><html><head><meta charset='utf-8'><title>灯会</title></head>"
        f'<frameset rows="100%"><frame src="{_data_url(paras)}"><noframes>不支持框架</noframes></frameset></html>'
    )
    assert_copy_of(guard.check(doc), source)


def test_frames_are_read_to_a_bounded_depth() -> None:
    inner = _srcdoc(["深处的文字" * 30])
    for _ in range(4):
        inner = f'<iframe srcdoc="{_html.escape(inner)}"></iframe>'
    doc = extract(page(inner + ps(PARAS[:1])))
    assert "深处的文字" not in doc.text


# --------------------------------------------------------------------------------------------
# 3. Wrappers: a page saved as MHTML, an article carried in a JSON API response
# --------------------------------------------------------------------------------------------


def _mhtml(paras: list[str], *, encoding: str = "quoted-printable", charset: str = "utf-8") -> bytes:
    """A page saved by a browser as MHTML (RFC 2557): a multipart/related message whose first
    part is the page, followed by an image part."""
    import quopri

    html_bytes = page(ps(paras)).replace("charset='utf-8'", f"charset='{charset}'").encode(charset)
    body = quopri.encodestring(html_bytes) if encoding == "quoted-printable" else base64.encodebytes(html_bytes)
    return (
        b"From: <Saved by Blink>\r\nSnapshot-Content-Location: https://copy.example/a/1\r\nSubject: x\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--x\"\r\n\r\n"
        b"------MultipartBoundary--x\r\n"
        + f"Content-Type: text/html; charset={charset}\r\nContent-Transfer-Encoding: {encoding}\r\n".encode()
        + b"Content-Location: https://copy.example/a/1\r\n\r\n"
        + body.replace(b"\n", b"\r\n")
        + b"\r\n------MultipartBoundary--x\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        b"Content-Location: https://copy.example/logo.png\r\n\r\niVBORw0KGgo=\r\n------MultipartBoundary--x--\r\n"
    )


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize(("encoding", "charset"), [("quoted-printable", "utf-8"), ("base64", "utf-8"), ("quoted-printable", "gb18030")])
def test_a_copy_saved_as_mhtml_is_read(guard: Guard, lang: str, encoding: str, charset: str) -> None:
    paras, source = CASES[lang]
    data = _mhtml(paras, encoding=encoding, charset=charset)
    assert_copy_of(guard.check(data), source)
    if encoding == "quoted-printable" and charset == "utf-8":
        assert_copy_of(guard.check(data.decode("ascii")), source)  # a caller's str


def test_a_folder_scan_reads_a_saved_mhtml_file(guard: Guard, tmp_path) -> None:
    (tmp_path / "saved.mht").write_bytes(_mhtml(PARAS))
    (rep,) = guard.scan(tmp_path).documents
    assert_copy_of(rep, "articles/lantern.txt")


def _api_response(paras: list[str], *, markup: bool, ascii_only: bool = False) -> str:
    content = ps(paras) if markup else "\n".join(paras)
    return json.dumps(
        {
            "code": 0,
            "data": {
                "id": "a81f0c2e9d",
                "title": "灯会",
                "url": "https://copy.example/api/a81f0c2e9d",
                "author": {"name": "编辑部", "avatar": "https://copy.example/a.png"},
                "tags": ["本地", "节庆"],
                "content": content,
                "related": [{"id": 2, "title": "另一篇"}],
            },
        },
        ensure_ascii=ascii_only,
    )


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize(
    ("markup", "ascii_only", "content_type"),
    [(True, False, None), (False, True, None), (True, True, "application/json; charset=utf-8"), (False, False, "application/json")],
)
def test_a_copy_in_a_json_api_response_is_read(guard: Guard, lang: str, markup: bool, ascii_only: bool, content_type: str | None) -> None:
    paras, source = CASES[lang]
    data = _api_response(paras, markup=markup, ascii_only=ascii_only)
    assert_copy_of(guard.check(data.encode("utf-8"), content_type=content_type), source)


def test_text_that_only_starts_like_json_stays_text() -> None:
    doc = extract(("[视频] " + PARAS[0] + "\n" + PARAS[1]).encode("utf-8"))
    assert doc.content_type == "text" and PARAS[1][:30] in doc.text
    doc = extract(b'{"ids": ["a81f0c2e9d", "b9"], "ok": true, "n": 3}')
    assert doc.text == ""


@pytest.mark.parametrize(
    "page",
    [
        # CSS escapes spelling NUL, a surrogate, a control character and a code point past U+10FFFF
        "<html><head><style>p::before{content:\"\\0 x\"} h1::after{content:\"\\d800\"} b::before{content:\"\\1 \\110000\"}</style>"
        "</head><body><h1>t</h1><p>short</p><b>b</b></body></html>",
        # a data: frame in a codec that takes no error handler, and one that does not exist
        "<html><body><p>short</p><iframe src=\"data:text/html;charset=idna,hello\"></iframe>"
        "<iframe src=\"data:text/html;charset=no-such-codec,%E4%BD%A0%E5%A5%BD\"></iframe></body></html>",
    ],
    ids=["css-escapes", "frame-charsets"],
)
def test_odd_escapes_and_charsets_in_other_channels_never_raise(page: str) -> None:
    doc = extract(page.encode("utf-8"), content_type="html")
    assert "\x00" not in doc.text and not any(0xD800 <= ord(c) <= 0xDFFF for c in doc.text)


# --------------------------------------------------------------------------------------------
# Feeds: an RSS or Atom item is read as the page a reader of the item sees
# --------------------------------------------------------------------------------------------


def _rss(paras: list[str], *, rights: str | None, channel_rights: str | None = "© 2024 The Harbour Courier",
         encoding: str = "UTF-8", items: int = 1) -> str:  # fmt: skip
    item = (
        "<item><title>灯会 &amp; the ferry</title><link>https://feed.example/a/1</link>"
        "<dc:creator>Pacific Press Wire</dc:creator>"
        + (f"<dc:rights>{_html.escape(rights)}</dc:rights>" if rights else "")
        + f"<description><![CDATA[{ps(paras)}<script>document.title='x'</script>]]></description>"
        "<pubDate>Wed, 04 Sep 2024 16:05:00 +0000</pubDate></item>"
    )
    other = "<item><title>Tide tables</title><description>High water at noon, low water at six in the evening.</description></item>"
    return (
        f'<?xml version="1.0" encoding="{encoding}"?>\n'
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        "<title>The Harbour Courier</title><link>https://feed.example/</link>"
        + (f"<copyright>{_html.escape(channel_rights)}</copyright>" if channel_rights else "")
        + item + other * (items - 1) + "</channel></rss>"
    )  # fmt: skip


def _atom(paras: list[str]) -> str:
    content = _html.escape(ps(paras))
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">'
        "<title type='text'>Pearl Delta Times</title><id>https://feed.example/atom</id><updated>2024-09-04T10:12:31Z</updated>"
        "<entry><author><name>Ana Sequeira</name></author><title>Light rail extension</title>"
        "<id>https://feed.example/?p=1</id><updated>2024-09-04T10:12:31Z</updated>"
        "<rights type='text'>© 2024 Pearl Delta Times. Reproduction without permission is prohibited.</rights>"
        f"<content type='html'>{content}</content></entry></feed>"
    )


@pytest.mark.parametrize("content_type", [None, "text", "text/plain", "application/rss+xml", "text/xml; charset=utf-8"])
def test_an_rss_item_is_read_as_its_page(content_type: str | None) -> None:
    doc = extract(_rss(EN_PARAS, rights="Copyright 2024 Pacific Press Wire. All rights reserved."), content_type=content_type)
    assert doc.content_type == "html"
    assert doc.text.splitlines() == EN_PARAS  # the item's paragraphs, no feed fields, no script
    assert doc.title == "灯会 & the ferry"
    assert doc.notice_text == "Copyright 2024 Pacific Press Wire. All rights reserved."  # the item's rights win
    assert doc.outlet == "The Harbour Courier" and doc.author == "Pacific Press Wire"
    assert doc.url == "https://feed.example/a/1"


def test_an_item_without_rights_takes_the_channels_copyright() -> None:
    doc = extract(_rss(PARAS, rights=None))
    assert doc.notice_text == "© 2024 The Harbour Courier"
    assert doc.text.splitlines() == PARAS


def test_an_atom_entry_and_a_gbk_feed_are_read() -> None:
    doc = extract(_atom(EN_PARAS).encode("utf-8"))
    assert doc.text.splitlines() == EN_PARAS
    assert doc.notice_text == "© 2024 Pearl Delta Times. Reproduction without permission is prohibited."
    assert doc.author == "Ana Sequeira" and doc.outlet == "Pearl Delta Times"
    # bytes in the codec the declaration names: decoded by it, then read as the feed
    feed = _rss(PARAS, rights="版权所有 港湾信使", channel_rights=None, encoding="GBK")
    doc = extract(feed.encode("gbk"))
    assert doc.text.splitlines() == PARAS and doc.notice_text == "版权所有 港湾信使"


def test_a_feed_of_several_items_holds_each_and_xml_that_is_no_feed_stays_as_it_was() -> None:
    doc = extract(_rss(EN_PARAS, rights=None, items=3))
    assert EN_PARAS[2] in doc.text
    xhtml = "<?xml version='1.0'?><html xmlns='http://www.w3.org/1999/xhtml'><body><p>" + EN_PARAS[0] + "</p></body></html>"
    assert extract(xhtml).text == EN_PARAS[0]
    plain = "<?xml is how a feed opens, as this note about feeds says.\n" + EN_PARAS[1]
    assert EN_PARAS[1] in extract(plain, content_type="text").text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_copy_served_as_a_feed_is_found(guard: Guard, lang: str) -> None:
    paras, source = CASES[lang]
    assert_copy_of(guard.check(_rss(paras, rights=None).encode("utf-8"), content_type="application/rss+xml"), source)
    assert_copy_of(guard.check(_atom(paras)), source)


def test_a_protected_feed_item_keeps_its_notice_out_of_the_fingerprint(tmp_path) -> None:
    g = Guard.open(tmp_path / "fp", create=True)
    assert g.protect_document(_atom(EN_PARAS), source="feeds/item.xml").status == "added"
    [article] = g.articles()
    assert article.notice is not None and article.notice.rights_holder == "Pearl Delta Times"
    assert "copy" in article.notice.forbidden_uses
    rep = g.check("\n\n".join(EN_PARAS))  # the body alone, without the rights line
    assert rep.verdict == "reprint" and rep.matches[0].coverage >= 0.95
    g.close()
