"""Shared publishing platforms: where many accounts publish under one host and one site name.

On such a platform neither the host nor the name the platform prints as the page's site says who
published a page: the account does. Two lists, one concern:

* :data:`SHARED_PLATFORM_HOSTS` and :func:`on_shared_platform`: hosts on which another account is
  exactly where reprints appear, so only the article's own URL licenses a page there (read by
  ``verdict``);
* :data:`PLATFORM_SITE_NAMES` and :func:`is_platform_name`: the names such platforms print as a
  page's site (``og:site_name`` 微信公众平台 on every WeChat article, "Medium"), which name no rights
  holder and credit nobody: the page's account stands for the site (read by ``extract`` for the
  outlet, and by ``verdict`` for credits).

Pure functions over strings; shared by the steps that read pages and the ones that decide licensing.
"""

from __future__ import annotations

import unicodedata

from reprint_guard.textfold import _t2s_line

__all__ = ["PLATFORM_SITE_NAMES", "SHARED_PLATFORM_HOSTS", "is_platform_name", "on_shared_platform", "platform_key"]

# Shared publishing platforms: hosts on which many accounts publish side by side, so that the
# host says nothing about who published a page, and another account on the article's own host
# is exactly where reprints appear. On these hosts only the article's own URL licenses a page
# (see verdict._host_licenses). Compiled by hand from the addresses each platform gives its accounts'
# articles (the pattern is given per entry), not taken from a published list; matched after one
# leading "www." or "m." is taken off a page's host. Platforms that give each account a
# subdomain of its own (*.substack.com, *.blogspot.com, *.github.io) need no entry: a tenant's
# host is its own site.
# Hosts in the Public Suffix List's private section (s3.amazonaws.com, github.io itself) are
# treated the same without an entry (the tld package ships that list; see verdict._is_public_suffix).
SHARED_PLATFORM_HOSTS: frozenset[str] = frozenset(
    {
        "mp.weixin.qq.com",  # WeChat official accounts (微信公众号): /s/ID, /s?__biz=…&mid=…&idx=…&sn=…
        "new.qq.com",  # Tencent's 企鹅号 accounts beside Tencent News: /omn/DATE/ID.html, /rain/a/ID
        "sohu.com",  # Sohu accounts (搜狐号): www.sohu.com/a/ID_ACCOUNT, m.sohu.com/a/ID_ACCOUNT
        "163.com",  # NetEase accounts (网易号): www.163.com/dy/article/ID.html, m.163.com/dy/article/ID.html
        "dy.163.com",  # NetEase accounts, older addresses: dy.163.com/article/ID.html
        "3g.163.com",  # NetEase mobile: 3g.163.com/dy/article/ID.html
        "k.sina.com.cn",  # Sina Kandian (新浪看点) accounts: k.sina.com.cn/article_UID_ID.html
        "k.sina.cn",  # Sina Kandian, mobile
        "blog.sina.com.cn",  # Sina blogs: blog.sina.com.cn/s/blog_ID.html
        "weibo.com",  # Weibo posts and articles: weibo.com/UID/ID, weibo.com/ttarticle/p/show?id=ID
        "weibo.cn",  # Weibo mobile: m.weibo.cn/status/ID, m.weibo.cn/detail/ID
        "toutiao.com",  # Toutiao accounts (头条号): www.toutiao.com/article/ID/, m.toutiao.com/i ID/
        "baijiahao.baidu.com",  # Baidu's Baijiahao accounts (百家号): baijiahao.baidu.com/s?id=ID
        "mbd.baidu.com",  # Baijiahao, mobile: mbd.baidu.com/newspage/data/landingsuper?…&nid=ID
        "zhihu.com",  # Zhihu answers: www.zhihu.com/question/ID/answer/ID
        "zhuanlan.zhihu.com",  # Zhihu columns: zhuanlan.zhihu.com/p/ID
        "douban.com",  # Douban notes and group posts: www.douban.com/note/ID/, /group/topic/ID/
        "jianshu.com",  # Jianshu (简书): www.jianshu.com/p/ID
        "blog.csdn.net",  # CSDN blogs: blog.csdn.net/USER/article/details/ID
        "cnblogs.com",  # cnblogs: www.cnblogs.com/USER/p/ID.html
        "bilibili.com",  # Bilibili articles (专栏): www.bilibili.com/read/cvID
        "medium.com",  # Medium: medium.com/@USER/SLUG, medium.com/PUBLICATION/SLUG
        "linkedin.com",  # LinkedIn articles: www.linkedin.com/pulse/SLUG
        "facebook.com",  # Facebook posts: www.facebook.com/PAGE/posts/ID
        "x.com",  # X posts: x.com/USER/status/ID
        "twitter.com",  # the same, older addresses
    }
)

# The names creator platforms print as the site of every account's page (og:site_name,
# application-name, a <title>'s last part), as compared by is_platform_name: Simplified, lower
# case, no spaces. Read off the platforms' article pages, not taken from a published list. Only
# names that are the platform's and no outlet's: a portal's own name (搜狐, 网易, 新浪) also heads
# its newsroom's stories and is left out.
PLATFORM_SITE_NAMES: frozenset[str] = frozenset(
    {
        "微信公众平台", "微信公众号", "微信",  # WeChat official accounts (mp.weixin.qq.com)
        "今日头条", "头条号",  # Toutiao
        "百家号", "百度百家号",  # Baijiahao
        "搜狐号", "网易号", "企鹅号", "大鱼号", "澎湃号", "一点号", "新浪看点",  # portals' account programmes
        "微博", "新浪微博",
        "知乎", "知乎专栏",
        "小红书", "抖音", "快手", "哔哩哔哩", "bilibili",
        "简书", "csdn", "csdn博客", "博客园", "豆瓣",
        "medium", "substack", "linkedin", "facebook", "tumblr", "blogger",
        "matters", "方格子", "vocus", "方格子vocus", "痞客邦", "pixnet",  # Taiwan's and Hong Kong's writing platforms
    }
)


def platform_key(host: str) -> str:
    """``host`` as looked up in :data:`SHARED_PLATFORM_HOSTS`: one leading ``www.`` or ``m.``
    taken off (``m.sohu.com`` → ``sohu.com``)."""
    for prefix in ("www.", "m."):
        if host.startswith(prefix) and host.count(".") > 1:
            return host[len(prefix):]
    return host


def on_shared_platform(host: str) -> bool:
    """Whether ``host`` (a lower-case host name, as ``verdict.host_of`` gives it) is a shared
    publishing platform of :data:`SHARED_PLATFORM_HOSTS` (the Public Suffix List is not
    consulted here)."""
    return platform_key(host) in SHARED_PLATFORM_HOSTS


def is_platform_name(name: str | None) -> bool:
    """Whether ``name`` (a site name or a credit as printed) is a creator platform's own name of
    :data:`PLATFORM_SITE_NAMES`, in either script, any letter case and width, spaces ignored
    (微信公眾平台, "MEDIUM"); ``False`` for ``None``."""
    if not name or len(name) > 40:
        return False
    folded = "".join(_t2s_line(unicodedata.normalize("NFKC", name)).casefold().split())
    return folded in PLATFORM_SITE_NAMES
