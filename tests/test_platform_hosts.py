"""On a shared publishing platform neither the host nor the platform's name is the publisher
(user trial 8; the platform's name: a new user's Chinese-page trial).

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

from reprint_guard.extract import extract
from reprint_guard.models import Document
from reprint_guard.notice import parse_notice
from reprint_guard.platforms import SHARED_PLATFORM_HOSTS
from reprint_guard.verdict import attribution, canonical_url, is_licensed

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


# ---------------------------------------------------------------------------------------------
# On a creator platform the page's site name is the platform's (og:site_name 微信公众平台 on
# every WeChat article, 今日头条, "Medium"): the account the page names is the site, for the
# outlet, for 本文/本网 claims and for credits (a new user's trial: every WeChat article's holder
# and outlet was 微信公众平台, and a copy crediting only the platform was permitted).
# ---------------------------------------------------------------------------------------------

_PARAS = "".join(f"<p>{p}</p>" for p in BODY.splitlines())
_WECHAT_ACCOUNT = '<div id="meta_content"><span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">桐溪融媒</a></span></div>'


def platform_page(head: str, top: str = "", notice: str = "欢迎转发分享，转载请注明出处。") -> str:
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>春季项目</title>{head}</head><body>"
        f"<div class='rich_media'><h1>春季项目</h1>{top}<div id='js_content'>{_PARAS}<p>{notice}</p></div></div></body></html>"
    )


@pytest.mark.parametrize(
    ("head", "top", "url", "outlet"),
    [
        # WeChat's own markup: the account element under the headline
        ('<meta property="og:site_name" content="微信公众平台">', _WECHAT_ACCOUNT, None, "桐溪融媒"),
        # Traditional script, the account only in WeChat's script
        (
            '<meta property="og:site_name" content="微信公眾平台"><script>var nickname = htmlDecode("桐溪融媒");</script>',
            "", None, "桐溪融媒",
        ),
        # the account only in og:article:author
        ('<meta property="og:site_name" content="微信公众平台"><meta property="og:article:author" content="桐溪融媒">', "", None, "桐溪融媒"),
        # no og:site_name: the platform's host is no more the site than its name
        ("", _WECHAT_ACCOUNT, "https://mp.weixin.qq.com/s/AbCdEf123", "桐溪融媒"),
        # Toutiao and Medium name themselves; the account is the byline
        ('<meta property="og:site_name" content="今日头条">', '<div class="author-name">桐溪视界</div>', None, "桐溪视界"),
        ('<meta property="og:site_name" content="Medium"><meta name="author" content="Wren Halloway">', "", None, "Wren Halloway"),
        # a portal's name over an account's article on its shared host: the account its markup names
        ('<meta property="og:site_name" content="搜狐">', '<div class="account-name">桐溪视界</div>', "https://www.sohu.com/a/123_456", "桐溪视界"),
        # the same portal name off the platform's host is the portal's own page
        ('<meta property="og:site_name" content="搜狐">', '<div class="account-name">桐溪视界</div>', "https://news.example.cn/a/1", "搜狐"),
    ],
    ids=["wechat-js-name", "wechat-script-traditional", "wechat-og-author", "wechat-host", "toutiao", "medium", "portal-on-platform-host", "portal-elsewhere"],
)
def test_the_account_is_the_site_of_a_platform_page(head: str, top: str, url: str | None, outlet: str) -> None:
    doc = extract(platform_page(head, top), content_type="html", url=url)
    assert doc.outlet == outlet
    # 欢迎转载，请注明出处 names no one: the site's terms, so the account's
    assert parse_notice(doc.notice_text, site=doc.outlet, author=doc.author).rights_holder == outlet


def test_a_platform_page_naming_no_account_has_no_site() -> None:
    doc = extract(platform_page('<meta property="og:site_name" content="微信公众平台">'), content_type="html")
    assert doc.outlet is None
    assert parse_notice(doc.notice_text, site=doc.outlet, author=doc.author).rights_holder is None


def test_a_platform_name_is_compared_in_either_script_case_and_width() -> None:
    from reprint_guard.platforms import PLATFORM_SITE_NAMES, is_platform_name

    assert all(map(is_platform_name, ["微信公众平台", "微信公眾平台", " 今日頭條 ", "MEDIUM", "ｍｅｄｉｕｍ"]))
    assert not any(map(is_platform_name, [None, "", "桐溪融媒", "搜狐", "Medium Daily", "澎湃新闻"]))
    assert PLATFORM_SITE_NAMES and all(n == "".join(n.casefold().split()) for n in PLATFORM_SITE_NAMES)


def _copy_crediting(credit: str) -> str:
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>春季项目</title></head><body><h1>春季项目</h1>"
        f"<div class='src'>来源：{credit}</div><div class='c'>{_PARAS}</div></body></html>"
    )


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        ("微信公众号“桐溪融媒”", (0, "permitted", {"status": "permitted"}, True, [])),
        ("微信公众平台", (1, "reprint", {"status": "none"}, False, ["credit"])),
    ],
    ids=["credits-the-account", "credits-only-the-platform"],
)
def test_a_copy_of_a_wechat_article_credits_the_account_not_the_platform(cli, tmp_path: Path, credit: str, expected) -> None:
    src = tmp_path / "article.html"
    src.write_text(platform_page('<meta property="og:site_name" content="微信公众平台">', _WECHAT_ACCOUNT), encoding="utf-8")
    store = tmp_path / "fp"
    assert cli("protect", src, "--store", store, "--url", "https://mp.weixin.qq.com/s/AbCdEf123").exit_code == 0
    [art] = json.loads(cli("list", "--store", store, "-f", "json").stdout)["articles"]
    assert (art["outlet"], art["rights_holder"]) == ("桐溪融媒", "桐溪融媒")
    page = tmp_path / "copy.html"
    page.write_text(_copy_crediting(credit), encoding="utf-8")
    r = cli("check", page, "--store", store, "--url", "https://agg.example.net/a/1", "-f", "json")
    [doc] = json.loads(r.stdout)["documents"]
    [m] = doc["matches"]
    assert (r.exit_code, doc["verdict"], m["licence"], m["attributed"], m["unmet_conditions"]) == expected


def test_an_article_stored_with_the_platform_as_outlet_is_not_credited_by_the_platform() -> None:
    # a store made before the account was read holds 微信公众平台 as outlet and holder
    copy = extract(_copy_crediting("微信公众平台"), content_type="html")
    assert attribution(copy, "微信公众平台", "微信公众平台", "https://mp.weixin.qq.com/s/AbCdEf123") is None
    credited = extract(_copy_crediting("桐溪日报"), content_type="html")
    assert attribution(credited, "桐溪日报", None, None) is not None
