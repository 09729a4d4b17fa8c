"""On a shared publishing platform the host is not the publisher (user trial 8).

Many accounts publish side by side on mp.weixin.qq.com, www.sohu.com, medium.com …: another
account on the article's host is exactly where reprints appear. So on such a host only the
article's own URL (in any of its spellings: scheme, www./m., trailing slash, tracking
parameters) licenses a page, never the host; an outlet's own host still licenses its pages.
Real ``protect`` and ``check`` runs on real SQLite stores, plus the rule itself.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import chinese_article, newsroom_page

from reprint_guard.models import Document
from reprint_guard.verdict import SHARED_PLATFORM_HOSTS, canonical_url, is_licensed

BODY = chinese_article(71)


def copy_page() -> str:
    paras = "".join(f"<p>{p}</p>" for p in BODY.splitlines())
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>春季项目</title></head><body>"
        f"<div class='main'><h1>春季项目</h1>{paras}</div></body></html>"
    )


@pytest.fixture()
def protect_at(cli, tmp_path: Path):
    """Protect the article with ``--url URL`` into a fresh store; returns a function checking
    the copy found at a URL, which gives (exit code, verdict, licence)."""

    def protect(article_url: str):
        src = tmp_path / "article.txt"
        src.write_text(newsroom_page(BODY), encoding="utf-8")
        store = tmp_path / "fp"
        r = cli("protect", src, "--store", store, "--url", article_url)
        assert r.exit_code == 0, r.stderr
        page = tmp_path / "copy.html"
        page.write_text(copy_page(), encoding="utf-8")

        def check(found_at: str) -> tuple[int, str, dict]:
            r = cli("check", page, "--store", store, "--url", found_at, "-f", "json")
            assert r.exit_code in (0, 1), r.stderr
            [doc] = json.loads(r.stdout)["documents"]
            [m] = doc["matches"]
            return r.exit_code, doc["verdict"], m["licence"]

        return check

    return protect


@pytest.mark.parametrize(
    ("article_url", "found_at"),
    [
        ("https://mp.weixin.qq.com/s/AbCdEf123", "https://mp.weixin.qq.com/s/ZZZcopycat"),
        ("https://www.sohu.com/a/123_456", "https://m.sohu.com/a/999_copycat"),
        ("https://www.toutiao.com/article/7301/", "https://www.toutiao.com/article/7399/"),
        ("https://baijiahao.baidu.com/s?id=1780001", "https://baijiahao.baidu.com/s?id=1789999"),
        ("https://medium.com/@river/spring-1a2b", "https://medium.com/@farm/spring-9z9z"),
        # the Public Suffix List's private section: every bucket of s3.amazonaws.com is a tenant
        ("https://s3.amazonaws.com/river-news/spring.html", "https://s3.amazonaws.com/farm/spring.html"),
    ],
    ids=["wechat", "sohu-www-vs-m", "toutiao", "baijiahao", "medium", "psl-private"],
)
def test_another_account_on_a_shared_platform_is_not_licensed(protect_at, article_url: str, found_at: str) -> None:
    check = protect_at(article_url)
    assert check(found_at) == (1, "reprint", {"status": "none"})


@pytest.mark.parametrize(
    ("article_url", "found_at"),
    [
        ("https://mp.weixin.qq.com/s/AbCdEf123", "https://mp.weixin.qq.com/s/AbCdEf123"),
        ("https://mp.weixin.qq.com/s/AbCdEf123", "http://mp.weixin.qq.com/s/AbCdEf123/?scene=1&utm_source=x#rd"),
        ("https://www.sohu.com/a/123_456", "https://m.sohu.com/a/123_456?spm=smpc.news.1&_trans_=000014"),
        (
            "https://mp.weixin.qq.com/s?__biz=MzA3&mid=2650&idx=1&sn=9f0e",
            "https://mp.weixin.qq.com/s?sn=9f0e&idx=1&mid=2650&__biz=MzA3&chksm=84d1&scene=27",
        ),
    ],
    ids=["same-url", "scheme-slash-tracking-fragment", "www-vs-m-tracking", "wechat-long-form-reordered"],
)
def test_the_articles_own_url_on_a_platform_is_still_licensed(protect_at, article_url: str, found_at: str) -> None:
    check = protect_at(article_url)
    assert check(found_at) == (0, "licensed", {"status": "licensed", "evidence": "url"})


def test_the_outlets_own_host_still_licenses_its_pages(protect_at) -> None:
    check = protect_at("https://www.riverdaily.example.cn/2024/05/06/spring.html")
    assert check("https://m.riverdaily.example.cn/amp/spring") == (0, "licensed", {"status": "licensed", "evidence": "url"})
    assert check("https://farm.example.net/spring.html")[:2] == (1, "reprint")


def test_a_host_above_a_public_suffix_covers_no_other_registrant() -> None:
    # www.gov.cn is one site; taking off its www. must not license every *.gov.cn
    doc = Document(text="x")
    assert is_licensed(doc, "https://www.gov.cn/zhengce/1.htm", ("https://www.gov.cn/xinwen/2.htm",))
    assert not is_licensed(doc, "https://farm.gov.cn/1.htm", ("https://www.gov.cn/xinwen/2.htm",))
    # a tenant host under a private suffix is its own site, not its provider's
    assert is_licensed(doc, "https://river.github.io/b.html", ("river.github.io",))
    assert not is_licensed(doc, "https://farm.s3.amazonaws.com/x.html", ("amazonaws.com",))


def test_an_outlets_host_does_not_cover_a_platform_under_it() -> None:
    # Tencent's own news site must not license every WeChat account under qq.com
    doc = Document(text="x")
    assert is_licensed(doc, "https://news.qq.com/a/2.htm", ("https://www.qq.com/a/1.htm",))
    assert not is_licensed(doc, "https://mp.weixin.qq.com/s/ZZZ", ("https://www.qq.com/a/1.htm",))


@pytest.mark.parametrize("value", ["mp.weixin.qq.com", "www.sohu.com", "https://m.sohu.com/a/1_2", "medium.com", "s3.amazonaws.com"])
def test_a_platform_host_is_refused_as_a_licensee(cli, tmp_path: Path, value: str) -> None:
    (tmp_path / "a.txt").write_text(newsroom_page(BODY), encoding="utf-8")
    r = cli("protect", tmp_path / "a.txt", "--store", tmp_path / "store", "--licensee", value)
    assert r.exit_code == 2
    said = " ".join(r.stderr.split())
    assert ("shared publishing platform" in said) or ("public suffix" in said), said
    assert not (tmp_path / "store").exists() or "a.txt" not in cli("list", "--store", tmp_path / "store", "-f", "json").stdout


def test_canonical_url_drops_only_what_does_not_name_the_page() -> None:
    assert canonical_url("HTTPS://WWW.Sohu.com/a/1_2/?utm_medium=x&b=2&a=1#top") == canonical_url("http://m.sohu.com/a/1_2?a=1&b=2")
    assert canonical_url("https://mp.weixin.qq.com/s/AbC") != canonical_url("https://mp.weixin.qq.com/s/abc")  # ids are case-sensitive
    assert canonical_url("https://baijiahao.baidu.com/s?id=1") != canonical_url("https://baijiahao.baidu.com/s?id=2")
    assert canonical_url("not a url") is None


def test_the_platform_list_is_bare_hosts() -> None:
    # entries are compared after one leading www. or m. is taken off the page's host
    assert SHARED_PLATFORM_HOSTS and all(h == h.lower().strip() and not h.startswith(("www.", "m.")) for h in SHARED_PLATFORM_HOSTS)


@pytest.mark.parametrize(
    ("article_url", "found_at"),
    [
        ("https://mp.weixin.qq.com/s/AbCdEf123", "https://mp.weixin.qq.com/s/OtherAcct555"),
        ("https://rivervalley.github.io/2024/spring", "https://notrivervalley.github.io/x"),
        ("https://rivervalley.github.io/2024/spring", "https://rivervalley.github.io.evil.example.net/x"),
    ],
)
def test_a_page_on_a_look_alike_or_shared_host_does_not_credit_the_article(cli, tmp_path: Path, article_url, found_at):
    """The article permits reprints with credit (欢迎转载，请注明出处): a copy without a credit
    line whose own address merely holds the article's host (another account on the platform,
    a longer host) has not credited it (user trial 9)."""
    src = tmp_path / "article.txt"
    src.write_text(f"春季项目\n\n{BODY}\n\n欢迎转载，请注明出处。\n", encoding="utf-8")
    store = tmp_path / "fp"
    assert cli("protect", src, "--store", store, "--url", article_url).exit_code == 0
    page = tmp_path / "copy.html"
    page.write_text(copy_page(), encoding="utf-8")
    r = cli("check", page, "--store", store, "--url", found_at, "-f", "json")
    [doc] = json.loads(r.stdout)["documents"]
    [m] = doc["matches"]
    assert (r.exit_code, doc["verdict"], m["attributed"], m["unmet_conditions"][:1]) == (1, "reprint", False, ["credit"])
