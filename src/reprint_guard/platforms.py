"""Shared publishing platforms: where many accounts publish under one host.

On such a platform the host does not say who published a page: the account does.
:data:`SHARED_PLATFORM_HOSTS` and :func:`on_shared_platform`: hosts on which another account is
exactly where reprints appear, so only the article's own URL licenses a page there (read by
``verdict``).

Pure functions over strings; shared by the steps that read pages and the ones that decide licensing.
"""

from __future__ import annotations

__all__ = ["SHARED_PLATFORM_HOSTS", "on_shared_platform", "platform_key"]

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

