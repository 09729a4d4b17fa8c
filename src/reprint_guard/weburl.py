"""A page's address as a report may show it, without depending on any pipeline step.

* :func:`without_userinfo`: a URL as a report may show it, its ``user:password@`` dropped.

Pure functions over strings; shared by the steps that decide licensing and the ones that
write reports.
"""

from __future__ import annotations

def without_userinfo(url: str | None) -> str | None:
    """``url`` with the ``user[:password]@`` of its authority dropped, everything else kept as
    given (``https://user:pw@host/a?b#c`` → ``https://host/a?b#c``). ``None`` and a URL with no
    userinfo come back unchanged. The authority ends at the first ``/``, ``?``, ``#`` or
    backslash, so a backslash address whose host readers disagree on
    (``https://partner.example.com\\@evil.net/``) is left as written."""
    if not url or "@" not in url:
        return url
    scheme_end = url.find("://")
    if scheme_end < 1 or not url[:scheme_end].replace("+", "").replace("-", "").replace(".", "").isalnum():
        return url
    start = scheme_end + 3
    end = len(url)
    for stop in "/?#\\":
        at = url.find(stop, start)
        if at != -1:
            end = min(end, at)
    at = url.rfind("@", start, end)
    if at == -1:
        return url
    return url[:start] + url[at + 1 :]
