"""Licensee hosts and page URLs compared in one form (IDNA), whatever way they were written."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reprint_guard.models import Document
from reprint_guard.verdict import host_of, is_licensed

UNICODE = "新闻.例子.cn"
PUNYCODE = "xn--efvy88h.xn--fsqu00a.cn"


@pytest.mark.parametrize(
    ("licensee", "url"),
    [
        (UNICODE, f"https://{PUNYCODE}/a/1.html"),
        (PUNYCODE, f"https://{UNICODE}/a/1.html"),
        (UNICODE, f"https://www.{UNICODE}/a/1.html"),
        (PUNYCODE, f"https://m.{PUNYCODE.upper()}/a"),
        ("ＰＡＲＴＮＥＲ.example.com", "https://partner.example.com/x"),
    ],
    ids=["unicode-licensee", "punycode-licensee", "www", "subdomain-upper", "fullwidth"],
)
def test_one_host_in_two_spellings_is_licensed(licensee: str, url: str) -> None:
    doc = Document(text="正文", url=url)
    assert is_licensed(doc, url, (licensee,))


def test_a_different_idn_host_is_not_licensed() -> None:
    assert not is_licensed(Document(text="x"), "https://xn--fsqu00a.cn/a", (UNICODE,))  # 例子.cn ≠ 新闻.例子.cn


def test_host_of_keeps_what_idna_refuses() -> None:
    assert host_of("https://a_b.Example.com/x") == "a_b.example.com"
    assert host_of("https://例子.测试/x") == "xn--fsqu00a.xn--0zwm56d"


@given(st.text(alphabet="新闻例子网报社abcdef", min_size=1, max_size=8), st.sampled_from(["cn", "com", "中国"]))
def test_host_of_is_idempotent_and_spelling_blind(label: str, tld: str) -> None:
    host = f"{label}.{tld}"
    ascii_form = host_of(f"https://{host}/")
    assert ascii_form is not None and ascii_form.isascii()
    assert host_of(f"https://{ascii_form}/") == ascii_form


@pytest.mark.parametrize(
    ("url", "original"),
    [
        ("https://web.archive.org/web/20100129003512/http://www.harbourdaily.example/news/2010/0128/a1.htm",
         "http://www.harbourdaily.example/news/2010/0128/a1.htm"),
        ("https://web.archive.org/web/20100129003512id_/http://h.example/a.htm?id=3&x=1#c", "http://h.example/a.htm?id=3&x=1"),
        ("http://wayback.archive.org/web/2010/h.example/a", "http://h.example/a"),
        ("https://web.archive.org/web/20100129003512/http:/h.example/a", "http://h.example/a"),
        ("https://web.archive.org/web/20100129003512/https%3A%2F%2Fh.example%2Fa", "https://h.example/a"),
        ("https://archive.org/wayback/20100129003512/http://h.example/a", "http://h.example/a"),
        ("https://archive.ph/2010.01.29-003512/http://h.example/a", "http://h.example/a"),
        ("https://archive.today/20100129003512/http://h.example/a", "http://h.example/a"),
        ("https://archive.is/o/AbCd1/http://h.example/a", "http://h.example/a"),
        ("https://archive.ph/newest/https://h.example/a", "https://h.example/a"),
        ("https://web.archive.org/web/2020/https://archive.ph/2020.01.01/http://h.example/a", "http://h.example/a"),
        ("https://archive.ph/AbCd1", None),
        ("https://web.archive.org/web/2010*/h.example", None),
        ("https://web.archive.org/web/2010/ftp://h.example/a", None),
        ("https://h.example/web/20100129/http://other.example/a", None),
        ("ftp://web.archive.org/web/2010/http://h.example/a", None),
        ("not a url", None),
    ],
)
def test_archived_original_reads_the_address_a_snapshot_embeds(url: str, original: str | None) -> None:
    from reprint_guard.weburl import archived_original

    assert archived_original(url) == original


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://user:pw@host.example/a?b=c@d#e", "https://host.example/a?b=c@d#e"),
        ("http://u@h.example:8080/x", "http://h.example:8080/x"),
        ("https://a:b@c@h.example/", "https://h.example/"),
        ("https://host.example/a@b", "https://host.example/a@b"),
        ("https://partner.example.com\\@evil.net/", "https://partner.example.com\\@evil.net/"),
        ("mailto:someone@example.com", "mailto:someone@example.com"),
    ],
)
def test_without_userinfo_drops_only_the_credentials(url: str, shown: str) -> None:
    from reprint_guard.weburl import without_userinfo

    assert without_userinfo(url) == shown
