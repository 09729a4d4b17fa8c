"""Metamorphic variants of licensing notices: changes a real outlet could make to how it prints
its notice that must not change who holds the rights or whom to ask for a licence.

A :class:`Case` is an invented notice (invented names and ``.example`` domains) with its rights
holder and licensing contacts; each transform in :data:`TRANSFORMS` maps a case to a variant
case (or ``None`` when it does not apply), changing the expected answer only where the change
itself does (Traditional script converts the holder too). :func:`page_of` lays a case out as a
page (the notice closing the article, or in the page footer) and :func:`answer` runs the public
pipeline on it (:func:`reprint_guard.extract.extract`, then :func:`parse_notice`).

``python tests/notice_variants.py`` prints how many variants of each kind keep the right answer,
over the invented cases and over the ``tune`` half of ``bench/notices/forms.jsonl``.
"""

from __future__ import annotations

import functools
import json
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from html import escape
from pathlib import Path

from helpers import chinese_article

FORMS = Path(__file__).resolve().parents[1] / "bench" / "notices" / "forms.jsonl"


@dataclass(frozen=True)
class Case:
    """One notice as a page prints it.

    ``lines`` are the notice's lines as a reader sees them; ``holder`` the expected rights
    holder with ``alternatives`` (``None``: a statement that claims nothing); ``emails`` the
    licensing e-mail addresses (normalised, lower case) the notice gives; ``placement`` is
    ``article_end`` or ``footer``; ``lang`` ``zh`` or ``en``. ``glue`` and ``br`` choose the
    layout: the notice glued to the last body paragraph, its lines joined by ``<br>`` in one
    paragraph. ``before``/``after`` are page lines around the notice (footer rows, widgets)."""

    name: str
    lines: tuple[str, ...]
    holder: str | None
    emails: tuple[str, ...] = ()
    alternatives: tuple[str, ...] = ()
    placement: str = "article_end"
    lang: str = "zh"
    urls: tuple[str, ...] = ()
    links: tuple[tuple[str, str], ...] = ()
    glue: bool = False
    br: bool = False
    after: tuple[str, ...] = ()
    byline: str = ""
    before: tuple[str, ...] = ()
    wrap: str = ""  # "table": the notice's lines in a layout table's cells; "twice": printed twice (desktop and mobile footers)


# --- invented base cases -----------------------------------------------------------------------
_ZH = (
    ("zh-claim", ("本文为{H}原创稿件，版权归{H}所有，未经授权不得转载、摘编或利用其它方式使用。", "版权合作请联系：{E}"), "article_end"),
    ("zh-exclusive", ("（本文系{H}独家稿件，未经授权，不得转载、修改。如需转载请联系 {E}）",), "article_end"),
    # a contact line labelled only by its kind under the ban is the switchboard (other) by the notice
    # benchmark's labelling rules (bench/notices/README.md, Roles and Round 10): these templates name the desk
    ("zh-owned", ("{H}版权所有，未经书面许可不得转载、复制或建立镜像。", "转载授权：{E}"), "footer"),
    ("zh-copyright", ("Copyright © 2003-2024 {H} 版权所有", "未经许可，禁止转载。授权联系：{E}"), "footer"),
    ("zh-site", ("本网站所有内容，版权均属于{H}所有，转载请与 {E} 联系。",), "article_end"),
    ("zh-permission", ("声明：未经{H}书面授权，任何单位和个人不得转载、摘编本文。如需转载请联系：", "邮箱：{E}"), "article_end"),
    # footer shapes seen in site templates: the English reservation before the Chinese claim
    ("zh-arr-first", ("Copyright © 2003-2024 All Rights Reserved 版权所有 {H}", "未经授权禁止复制或建立镜像"), "footer"),
    ("zh-copyright-name-year", ("CopyRight © {H} 2024 All Rights Reserved 版权所有", "转载请联系：{E}"), "footer"),
    ("zh-reserved", ("© 2024 {H} · 保留所有权利", "本站内容未经许可不得转载"), "footer"),
    ("zh-label-block", ("本文为{H}原创，未经授权不得转载。", "版权合作请联系：", "邮箱：{E}"), "article_end"),
    ("zh-spaced", ("版权所有　{H}　　未经许可不得转载", "联系我们：{E}"), "footer"),
    ("zh-host-then-claim", ("主办：青禾市委宣传部　承办：青禾网络科技中心", "Copyright © 2024 {H} 版权所有　未经授权禁止复制"), "footer"),
    ("zh-owner-fields", ("版权所有：{H}　地址：青禾市滨江路88号　邮编：310000", "本站内容未经书面授权不得转载、镜像"), "footer"),
    ("zh-all-original", ("本网站所有内容均为{H}原创，未经许可禁止转载。", "如需转载，请联系：", "{E}"), "article_end"),
    ("zh-links-row", ("© 2024 {H} | 隐私政策 | 联系我们 | 网站地图", "未经授权不得转载　版权合作：{E}"), "footer"),
)
# Footer shapes from site templates quoted in scrapers' strip lists (wording kept, names invented).
_ZH_FOOTERS = (
    ("zh-icp-same-line", ("沪ICP备17320584号-2 沪ICP证130852号 Copyright © 2010 {H} All Rights Reserved 版权所有 不得转载",), "footer"),
    ("zh-domain-sign", ("site.example.cn © 2003-2008 {H} 版权所有 不得转载", "地址：青禾市学院路38号（邮编：310000）", "联系电话：0571-55501234"), "footer"),
    ("zh-terms-then-sign", ("版权所有 不得转载 ©{H}",), "footer"),
    ("zh-claim-licence-row", ("{H}版权所有，未经书面授权不得复制或建立镜像　经营许可证编号：沪B2-20180749　沪公网安备31010202000060号", "Copyright　2001-2024　Qinghe Journal.　All Rights Reserved"), "footer"),
    ("zh-hotline-first", ("报料热线：(0571)55501919，版权所有 不得转载，1999-2024©{H}，经营许可证编号：浙B2-20040381",), "footer"),
    ("zh-co-ltd", ("Copyright © 2007 - 2024 {H} 版权所有 不得转载", "使用本网站即表示接受有关的使用条款及隐私政策。"), "footer"),
)
_EN_FOOTERS = (
    ("en-pipe-row", ("About | Contact | Privacy", "© 2024 {H} | All Rights Reserved | Republication without permission is prohibited"), "footer"),
    ("en-nbsp-fields", ("Copyright　2001-2024　{H}.　All Rights Reserved",), "footer"),
    ("en-reserved-first", ("All rights reserved © {H} 2024",), "footer"),
    ("en-material", ("Material on this site may not be reproduced without the written permission of {H}.",), "article_end"),
)
# Claim wordings beyond 版权所有 / ©: who holds the rights said with other verbs and labels.
_ZH_CLAIMS = (
    ("zh-enjoys", ("{H}对本文享有著作权，未经许可不得转载。",), "article_end"),
    ("zh-enjoyed-by", ("本文版权由{H}享有，转载请联系授权：{E}",), "article_end"),
    ("zh-reserves", ("{H}保留所有权利，未经书面许可不得转载、摘编。",), "footer"),
    ("zh-owner-label", ("版权归属：{H}", "未经授权，禁止转载。"), "article_end"),
    ("zh-belongs-short", ("本作品版权属{H}，未经授权禁止转载。",), "article_end"),
    ("zh-site-owned", ("本站刊登的各种新闻、信息和专题资料，均为{H}版权所有，未经协议授权禁止下载使用。",), "footer"),
)
_EN_CLAIMS = (
    ("en-licensors", ("Copyright © 2024 {H} and its licensors. All rights reserved.",), "footer"),
    ("en-content-copyright", ("Content copyright {H} unless otherwise stated. May not be republished without permission.",), "article_end"),
    ("en-name-comma-year", ("© {H}, 2024. All rights reserved.",), "footer"),
    ("en-dash-arr", ("Copyright ©2024 {H} - All Rights Reserved.",), "footer"),
    ("en-holds", ("{H} holds the copyright to this article. It may not be reproduced without permission.",), "article_end"),
    ("en-retains", ("{H} retains copyright in this story. For reprint permission email {E}",), "article_end"),
)
# Footers naming several parties: the one that claims the rights is the holder, not a host,
# operator, technical provider, parent group, distributor or data vendor.
_ZH_PARTIES = (
    ("zh-tech-support", ("{H} 版权所有　技术支持：云帆网络科技有限公司", "未经授权禁止转载"), "footer"),
    ("zh-operator-first", ("网站运营：云帆传媒有限公司　版权所有：{H}", "未经许可不得复制、转载"), "footer"),
    ("zh-support-sentence", ("本网站由云帆网络科技有限公司提供技术支持　{H}版权所有　未经授权禁止复制",), "footer"),
    ("zh-host-label", ("主办单位：青禾市委网信办　承办单位：云帆传媒有限公司", "© 2024 {H} 版权所有 未经授权不得转载"), "footer"),
)
_EN_PARTIES = (
    ("en-powered-theme", ("Copyright © 2024 {H}. Powered by Quill. Theme by Sunrise Themes.", "Reproduction without permission is prohibited."), "footer"),
    ("en-group-company", ("© 2024 {H}, a Westmere Media Group company. All rights reserved.",), "footer"),
    ("en-distributed", ("Distributed by Tidewell Content Agency.", "© 2024 {H}. All rights reserved."), "article_end"),
    ("en-photo-text", ("Photo © Jane Doe / Lensbay. Text © 2024 {H}. All rights reserved.",), "article_end"),
    ("en-market-data", ("Market data provided by Quotewire. © 2024 {H}. All rights reserved.",), "footer"),
)
# Claims for the author, who is named only in the byline (the holder is the byline's name).
_AUTHOR_CLAIMS = (
    (("本文版权归作者所有，未经授权不得转载。",), "作者：林小禾", "林小禾", "zh"),
    (("著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。",), "作者：周晓岚", "周晓岚", "zh"),
    # the notice names the author itself
    (("© 本文版权归作者 林小禾 所有，任何形式转载请联系作者。",), "", "林小禾", "zh"),
    (("本文为作者林小禾原创，未经授权不得转载。",), "", "林小禾", "zh"),
    (("版权归原作者陈一舟所有，转载请注明出处。",), "", "陈一舟", "zh"),
    # whom a reuser must ask is the author: the author holds the rights
    (("本文经授权发布，不代表本站立场。如若转载请联系原作者。",), "作者：柏知秋", "柏知秋", "zh"),
    (("商业转载请联系作者获得授权，非商业转载请注明出处。",), "文 / 顾南溪", "顾南溪", "zh"),
    (("Text © the author; images © Lensbay Picture Library.",), "Words by Tomas Reyna · Photographs by Lensbay", "Tomas Reyna", "en"),
)
# Statements that claim nothing (disclaimers, platform statements, AI disclosures): no holder.
NOT_CLAIMS = (
    ("免责声明：本文仅代表作者个人观点，不代表本站立场。如有侵权，请联系删除。",),
    ("本文来源于网络，版权归原作者所有，如有侵权请联系我们删除。",),
    ("声明：本文由入驻平台的作者撰写，观点仅代表作者本人，平台仅提供信息存储空间服务。",),
    ("风险提示：市场有风险，投资需谨慎。本文不构成投资建议。",),
    ("本文由AI辅助生成，内容仅供参考。",),
    ("The views expressed in this article are the author's own and do not necessarily reflect the editorial policy of this site.",),
    ("Disclaimer: this site is not responsible for the accuracy of press releases posted by contributing institutions.",),
    ("本文转载自其他网站，版权归原作者所有，如有侵权请联系删除。",),
    ("（本文仅代表作者观点，与本网无关。）",),
    ("This story was produced with support from the Westmere Foundation.",),
    ("Reporting by Ann Lee; Editing by Bo Chen",),
    ("Harbour Wire contributed to this report.",),
    ("Comments are moderated. Please keep the discussion civil.",),
)
_EN = (
    ("en-footer", ("Copyright © 2024 {H}. All rights reserved.", "For reprint permissions, email {E}"), "footer"),
    ("en-end", ("© 2024 {H}. This article may not be reproduced without written permission.", "Licensing: {E}"), "article_end"),
    ("en-nopart", ("© {H} 2003-2024. All rights reserved. No part of this site may be reproduced without permission.",), "footer"),
    ("en-dash", ("© 2024 {H} – All rights reserved.", "Powered by Quill | Reprints: {E}"), "footer"),
    ("en-copyright-name-year", ("Copyright {H} 2024", "Reproduction without permission is prohibited. Permissions: {E}"), "footer"),
    ("en-prohibited", ("(c) 2024 {H}. Reproduction in whole or in part without written permission is prohibited.", "For syndication enquiries: {E}"), "article_end"),
    ("en-word-copyright", ("© Copyright {H}. All rights reserved.", "Republishing requests: {E}"), "footer"),
    ("en-unless-noted", ("All content © {H}, unless otherwise noted.", "To republish, contact {E}"), "footer"),
    ("en-copyright-is", ("This article is copyright {H} and may not be republished without permission.",), "article_end"),
    ("en-name-first", ("{H} © 2024. Powered by Quill",), "footer"),
    ("en-subsidiary", ("Copyright © 2024 {H}, a subsidiary of Westmere Holdings. All rights reserved.",), "footer"),
    ("en-registered", ("© 2024 {H}. Registered in England and Wales No. 01234567.", "For licensing enquiries email {E}"), "footer"),
)
ZH_HOLDERS = (
    "青禾日报社", "澄川传媒集团有限公司", "鹭湾新闻网", "云岭杂志社", "北汀报业传媒集团", "南屿晚报",
    "汀州文化传媒有限公司", "青禾传媒（集团）有限公司", "白沙传媒", "木棉网",
)  # fmt: skip
EN_HOLDERS = (
    "Harbourview Media Ltd.", "Kestrel News Limited", "Bramble Inc.", "Tidewater Press LLC", "Northgate Group",
    "Larkspur Media", "Southcross Publishing Pty Ltd", "Fenwick Co., Ltd.", "The Riverside Courier",
    "Ames & Thorne Media", "Maple Crest Media (Holdings) Ltd",
)  # fmt: skip


def _domain(holder: str, k: int) -> str:
    return ("rights", "copyright", "licensing", "editor")[k % 4] + f"@site{k}.example.cn"


def base_cases() -> list[Case]:
    """Every template crossed with every holder of its language."""
    cases = []
    groups = ((_ZH, ZH_HOLDERS, "zh"), (_EN, EN_HOLDERS, "en"), (_ZH_FOOTERS, ZH_HOLDERS, "zh"), (_EN_FOOTERS, EN_HOLDERS, "en"),
        (_ZH_CLAIMS, ZH_HOLDERS, "zh"), (_EN_CLAIMS, EN_HOLDERS, "en"),
        (_ZH_PARTIES, ZH_HOLDERS, "zh"), (_EN_PARTIES, EN_HOLDERS, "en"),
    )
    for templates, holders, lang in groups:
        for t, (tname, lines, placement) in enumerate(templates):
            for h, holder in enumerate(holders):
                email = _domain(holder, t + h)
                filled = tuple(line.replace("{H}", holder).replace("{E}", email) for line in lines)
                cases.append(
                    Case(
                        f"{tname}/{h}", filled, holder, (email,) if "{E}" in "".join(lines) else (),
                        placement=placement, lang=lang,
                    )
                )  # fmt: skip
    for k, (lines, byline, author, lang) in enumerate(_AUTHOR_CLAIMS):
        cases.append(Case(f"author/{k}", lines, author, placement="article_end", lang=lang, byline=byline))
    for k, lines in enumerate(NOT_CLAIMS):
        lang = "en" if lines[0].isascii() else "zh"
        cases.append(Case(f"not-claim/{k}", lines, None, placement="article_end", lang=lang))
    return cases


# --- transforms --------------------------------------------------------------------------------
@functools.lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2twp")  # the Taiwan form normalize.py folds back from


def traditional(case: Case) -> Case | None:
    if case.lang != "zh":
        return None
    conv = _s2t().convert
    return replace(
        case, lines=tuple(conv(x) for x in case.lines), holder=case.holder and conv(case.holder),
        alternatives=(*case.alternatives, *(conv(a) for a in case.alternatives)), after=tuple(conv(x) for x in case.after),
        byline=conv(case.byline),
    )  # fmt: skip


_HALF = {"：": ":", "，": ",", "（": "(", "）": ")", "；": ";", "！": "!"}
_FULL = {v: k for k, v in _HALF.items()}


def half_width(case: Case) -> Case | None:
    lines = tuple(line.translate(str.maketrans(_HALF)) for line in case.lines)
    return None if lines == case.lines else replace(case, lines=lines, holder=case.holder and case.holder.translate(str.maketrans(_HALF)))


def full_width(case: Case) -> Case | None:
    """Digits, colons and dashes in their full-width forms (２００３－２０２４, 邮箱：), as CJK input prints them."""
    if case.lang != "zh":
        return None
    table = str.maketrans({**{str(d): chr(0xFF10 + d) for d in range(10)}, ":": "：", "-": "－"})
    lines = tuple(line if "@" in line else line.translate(table) for line in case.lines)
    return None if lines == case.lines else replace(case, lines=lines)


def glued(case: Case) -> Case | None:
    return replace(case, glue=True, placement="article_end") if case.placement == "article_end" else None


def one_line(case: Case) -> Case | None:
    if len(case.lines) < 2:
        return None
    sep = "" if case.lang == "zh" else " "
    return replace(case, lines=(sep.join(case.lines),))


def br_lines(case: Case) -> Case | None:
    """The notice broken after every comma into short ``<br>`` lines."""
    parts = []
    for line in case.lines:
        pieces = re.split(r"(?<=[，。,])", line) if case.lang == "zh" else re.split(r"(?<=\.)(?<!Ltd\.)(?<!Inc\.)(?<!Co\.) ", line)
        parts.extend(p for p in pieces if p.strip())
    return replace(case, lines=tuple(parts), br=True)


def _prefix(label: str, lang: str | None = "zh") -> Callable[[Case], Case | None]:
    def add(case: Case) -> Case | None:
        if lang and case.lang != lang or case.lines[0].startswith(("声明", "【")):
            return None
        return replace(case, lines=(label + case.lines[0], *case.lines[1:]))

    add.__name__ = f"label {label.strip()}"
    return add


def _heading(label: str) -> Callable[[Case], Case | None]:
    def add(case: Case) -> Case | None:
        return replace(case, lines=(label, *case.lines)) if case.lang == "zh" or label.isascii() else None

    add.__name__ = f"heading {label}"
    return add


def _after(name: str, zh: tuple[str, ...], en: tuple[str, ...]) -> Callable[[Case], Case | None]:
    def add(case: Case) -> Case | None:
        return replace(case, after=zh if case.lang == "zh" else en)

    add.__name__ = name
    return add


def _before(name: str, zh: tuple[str, ...], en: tuple[str, ...]) -> Callable[[Case], Case | None]:
    def add(case: Case) -> Case | None:
        return replace(case, before=zh if case.lang == "zh" else en)

    add.__name__ = name
    return add


def _bullet(mark: str) -> Callable[[Case], Case | None]:
    def add(case: Case) -> Case | None:
        return replace(case, lines=tuple(mark + line for line in case.lines))

    add.__name__ = f"bullet {mark.strip()}"
    return add


def bracketed(case: Case) -> Case | None:
    """The claim line in brackets, as a trailer under the article: （…） or [ … ]."""
    if case.glue or not case.lines:
        return None
    first = case.lines[0]
    wrapped = f"（{first}）" if case.lang == "zh" else f"[{first}]"
    return replace(case, lines=(wrapped, *case.lines[1:]))


def spaced(case: Case) -> Case | None:
    """Chinese clauses set apart by ideographic spaces instead of commas."""
    if case.lang != "zh":
        return None
    lines = tuple(re.sub(r"[，,]", "\u3000", line) for line in case.lines)
    return None if lines == case.lines else replace(case, lines=lines)


def _letter_case(to: str) -> Callable[[Case], Case | None]:
    """An English footer set in capitals (COPYRIGHT © 2024 X. ALL RIGHTS RESERVED.) or a crawl
    that lower-cased everything: the holder as printed."""

    def change(case: Case) -> Case | None:
        if case.lang != "en" or case.holder is None:
            return None
        f = str.upper if to == "upper" else str.lower
        emails = case.emails  # addresses compare lower-cased
        return replace(case, lines=tuple(f(x) for x in case.lines), holder=f(case.holder),
                       alternatives=tuple(f(a) for a in case.alternatives), emails=emails,
                       urls=tuple(u.lower() for u in case.urls) if to == "lower" else case.urls)

    change.__name__ = f"letter case {to}"
    return change


def holder_own_line(case: Case) -> Case | None:
    """The holder's name printed on a line of its own under the claim's words (版权所有：<br>X,
    © 2024<br>X). A name line above the claim (X<br>版权所有 …) is left out: real footers print a
    brand or heading there as often as the holder (the notice benchmark's report half lost three
    holders when it was read as one)."""
    if case.holder is None or not case.lines or case.glue:
        return None
    first = case.lines[0]
    at = first.find(case.holder)
    if at <= 0 and not first.startswith(case.holder):
        return None
    before, after = first[:at].rstrip(), first[at + len(case.holder):].lstrip()
    # a line break where a template puts one: after a label or the sign and year, or between
    # the name and the claim that follows it; not inside a sentence (本文为 / X / 原创稿件)
    if before and not re.search(r"(?:[:：©]|\d{4}|版权所有|版權所有|(?i:copyright))$", before):
        return None
    if not before or after:
        return None
    parts = [x for x in (before, case.holder, after) if x]
    if len(parts) < 2 or re.fullmatch(r"[\W\d]*", before + after):
        return None
    return replace(case, lines=(*parts, *case.lines[1:]))


def _wrapped(how: str) -> Callable[[Case], Case | None]:
    def wrap(case: Case) -> Case | None:
        return None if case.glue or case.br else replace(case, wrap=how)

    wrap.__name__ = f"wrapped {how}"
    return wrap


def footer_links(case: Case) -> Case | None:
    """The footer's claim line shares its line with the footer's links."""
    if case.placement != "footer" or case.br or not case.lines:
        return None
    links = " | 关于我们 | 联系我们 | 隐私政策" if case.lang == "zh" else " | About us | Contact | Privacy"
    return replace(case, lines=(case.lines[0] + links, *case.lines[1:]))


def icp_between(case: Case) -> Case | None:
    if case.placement != "footer" or len(case.lines) < 2:
        return None
    return replace(case, lines=(case.lines[0], "沪ICP备17320584号-2　沪公网安备31010402008812号", *case.lines[1:]))


# Registration numbers footers print right after a company's name (Australian ABN, UK company
# number, Singapore UEN, mainland unified social credit code, Taiwan 統一編號): no part of the name.
_COMPANY_NUMBERS = {
    "abn": " ABN 31 604 229 817",
    "company no": " (Company No. 04418723)",
    "reg no": ", Co. Regn. No. 201930617K",
    "uscc": " 统一社会信用代码：91310000MA1FL1234X",
    "tw ubn": " 統一編號：24681357",
}
_COMPANY_WORD = re.compile(r"(?:Ltd\.?|Limited|Inc\.?|LLC|Group|Media|有限公司|集团|传媒|報業|报社)$")


def _company_number(kind: str) -> Callable[[Case], Case | None]:
    def add(case: Case) -> Case | None:
        zh = kind in ("uscc", "tw ubn")
        if case.holder is None or (case.lang == "zh") != zh or not _COMPANY_WORD.search(case.holder):
            return None
        number = _COMPANY_NUMBERS[kind]
        # printed where footers print it: the name closing its clause (before the line's end, a
        # full stop, a comma or "All rights reserved"), not inside a sentence nor between a
        # Chinese name and its 版权所有
        after = re.compile(re.escape(case.holder) + (r"(?=$|[，。])" if zh else r"(?=$|[.,]|[ ]?All rights)"))
        lines = tuple(after.sub(lambda m: m.group() + number, line, count=1) for line in case.lines)
        if lines == case.lines or sum(line.count(case.holder) for line in case.lines) != 1:
            return None  # the name printed twice: which one carries the number is a different case
        return replace(case, lines=lines)

    add.__name__ = f"company number {kind}"
    return add


def _sign(to: str) -> Callable[[Case], Case | None]:
    def swap(case: Case) -> Case | None:
        if not to.isascii() and (case.lang != "zh" or "版权所有" in "".join(case.lines)):
            return None
        lines = tuple(re.sub(r"(?:Copyright )?©(?: Copyright)?", to, line, count=1) for line in case.lines)
        return None if lines == case.lines else replace(case, lines=lines)

    swap.__name__ = f"sign {to}"
    return swap


def _years(to: str) -> Callable[[Case], Case | None]:
    def swap(case: Case) -> Case | None:
        lines = tuple(re.sub(r"(?:(?:19|20)\d{2}[ ]?[-–][ ]?)?2024", to, line) for line in case.lines)
        return None if lines == case.lines else replace(case, lines=lines)

    swap.__name__ = f"years {to}"
    return swap


def contact_after_blank(case: Case) -> Case | None:
    """The contact line as a paragraph of its own after the notice (a blank line between)."""
    if len(case.lines) < 2 or not case.emails:
        return None
    return replace(case, lines=case.lines[:1], after=case.lines[1:] + case.after)


_LICENSING_WORDS = re.compile(r"版权|授权|转载|(?i:licens|permission|reprint|syndicat|republish)")


def contact_after_editor(case: Case) -> Case | None:
    """The licensing contact line below an editor line that follows the notice."""
    if len(case.lines) < 2 or not case.emails or not _LICENSING_WORDS.search(case.lines[-1].replace(case.emails[0], "")):
        return None
    editor = "责任编辑：林小禾" if case.lang == "zh" else "Editor: Ann Lee"
    return replace(case, lines=case.lines[:-1], after=(editor, case.lines[-1], *case.after))


# Labels that name the contact's licensing role (a label naming only its kind, 联系邮箱 or "Email:",
# on a line of its own is a generic contact, role other, by the notice benchmark's labelling rules).
_LABELS = ("投稿与版权：", "转载授权：", "Permissions: ", "授權合作：", "版权合作：", "Licensing enquiries: ")


def contact_label(case: Case) -> Case | None:
    """The contact line's label changed, where the line is a label and the address."""
    if not case.emails or len(case.lines) < 2:
        return None
    m = re.fullmatch(r"[^，。,.]{1,20}?[:：]\s?" + re.escape(case.emails[0]), case.lines[-1])
    terms = re.search(r"未经|不得|禁止|(?i:without|prohibited|may not)", "".join(case.lines[:-1]))
    if not m or not terms:  # under a bare claim, a contact labelled only by its kind has no role
        return None
    label = _LABELS[sum(map(ord, case.name)) % len(_LABELS)]
    return replace(case, lines=(*case.lines[:-1], label + case.emails[0]))


def contact_as_url(case: Case) -> Case | None:
    """The licensing e-mail replaced by a licensing page's address (where a label or the line says
    it is for licensing: a "联系我们：URL" line is a generic link, role ``other``)."""
    line = next((x for x in case.lines if case.emails and case.emails[0] in x), "")
    if not case.emails or not _LICENSING_WORDS.search(line.replace(case.emails[0], "")):
        return None
    url = "https://licensing." + case.emails[0].split("@")[1] + "/apply"
    lines = tuple(line.replace(case.emails[0], url) for line in case.lines)
    return replace(case, lines=lines, emails=(), urls=(url,))


def contact_as_link(case: Case) -> Case | None:
    """The licensing e-mail printed only as a link's address (版权合作：<a href=mailto:…>联系我们</a>,
    "Reprints: <a href=https://…>Syndication Desk</a>")."""
    line = next((x for x in case.lines if case.emails and case.emails[0] in x), "")
    if not case.emails or not _LICENSING_WORDS.search(line.replace(case.emails[0], "")):
        return None
    k = sum(map(ord, case.name)) % 2
    label = ("版权授权申请", "联系版权部")[k] if case.lang == "zh" else ("Syndication Desk", "Licensing Team")[k]
    href = f"mailto:{case.emails[0]}" if k else "https://licensing." + case.emails[0].split("@")[1] + "/apply"
    lines = tuple(x.replace(case.emails[0], label) for x in case.lines)
    return replace(
        case, lines=lines, links=((label, href),), emails=(case.emails[0],) if k else (), urls=() if k else (href,)
    )


def contact_block(case: Case) -> Case | None:
    """"版权合作请联系：rights@…" printed as a label line and a line per contact, after an editor line."""
    if not case.emails or len(case.lines) < 2:
        return None
    m = re.fullmatch(r"([^，。,.]{2,20}?)[:：]\s?" + re.escape(case.emails[0]), case.lines[-1])
    if not m or not _LICENSING_WORDS.search(m.group(1)):
        return None
    mail = "邮箱：" if case.lang == "zh" else "Email: "
    phone = "电话：0571-55501234" if case.lang == "zh" else "Phone: +44 1632 960123"
    editor = "责任编辑：林小禾" if case.lang == "zh" else "Editor: Ann Lee"
    block = (m.group(1) + ("：" if case.lang == "zh" else ":"), mail + case.emails[0], phone)
    return replace(case, lines=case.lines[:-1], after=(editor, *block, *case.after))


def fixed_width(case: Case) -> Case | None:
    """A Chinese notice hard-wrapped at 36 columns (18 Han characters) a line (a text export or a PDF's text layer),
    the breaks falling inside words and names; lines holding an address or a URL are kept whole.
    Not in :data:`TRANSFORMS`: a notice broken once, inside its name, is not told from two lines
    (214 of 265 variants hold; every one with two wrapped lines or a broken claim word does)."""
    if case.lang != "zh" or case.br or case.glue:
        return None
    lines: list[str] = []
    for line in case.lines:
        if "@" in line or "http" in line or "." in line:
            lines.append(line)
            continue
        row, width = "", 0
        for ch in line:  # 36 columns, a Han character taking two
            w = 2 if ord(ch) > 0x2E80 else 1
            if width + w > 36:
                lines.append(row)
                row, width = "", 0
            row, width = row + ch, width + w
        lines.append(row)
    return None if len(lines) == len(case.lines) else replace(case, lines=tuple(lines))


def brand_publishes(case: Case) -> Case | None:
    """A footer cell naming the brand and its publisher before the claim (山城週刊 發行 X 版權所有):
    the company before 版权所有 is the holder."""
    if case.lang != "zh" or case.holder is None:
        return None
    claim = re.compile(re.escape(case.holder) + r"(?=[ 　]?版权所有)")
    lines = tuple(claim.sub(lambda m: "青禾周刊 发行 " + m.group(), line, count=1) for line in case.lines)
    if lines == case.lines or sum(line.count(case.holder) for line in case.lines) != 1:
        return None
    return replace(case, lines=lines, alternatives=(*case.alternatives, "青禾周刊"))


def affiliates(case: Case) -> Case | None:
    """The holder's group named after it (X及其关联公司版权所有, "© 2024 X and its affiliates"):
    the holder is X."""
    if case.holder is None:
        return None
    if case.lang == "zh":
        claim, add = re.compile(re.escape(case.holder) + r"(?=[ 　]?版权所有)"), "及其关联公司"
    else:
        claim, add = re.compile(re.escape(case.holder) + r"(?=\. All rights|\.? All rights)"), " and its affiliates"
    lines = tuple(claim.sub(lambda m: m.group() + add, line, count=1) for line in case.lines)
    if lines == case.lines or sum(line.count(case.holder) for line in case.lines) != 1:
        return None
    return replace(case, lines=lines)


def contact_row(case: Case) -> Case | None:
    """A row of the other desks' contacts (tips, subscriptions, advertising, complaints) on one
    long line under the notice, as a newspaper's article page prints it: none is for licensing."""
    if case.holder is None or not case.lines:
        return None
    row = (
        "新闻热线：0571-55501919、55501920 报料微信：qh_news_bl 投稿邮箱：tougao@desk.example.cn "
        "订报热线：0571-55501933 广告热线：0571-55501955 举报电话：0571-55501999 发行部：0571-55501966"
        if case.lang == "zh"
        else "Newsroom tips: tips@desk.example.com · 555-0142 | Subscriptions and customer service: 555-0143 | "
        "Advertising: ads@desk.example.com | Corrections: corrections@desk.example.com | Switchboard: 555-0100"
    )
    return replace(case, lines=(*case.lines, row))


_OBFUSCATIONS = (
    lambda u, d: f"{u}#{d}（#替换为@）", lambda u, d: f"{u}[at]{d}", lambda u, d: f"{u}(at){d}",
    lambda u, d: f"{u} at {d.replace('.', ' dot ')}", lambda u, d: f"{u}@{d.replace('.', '[dot]')}",
    lambda u, d: f"{u}＠{d}", lambda u, d: f"{u}@\u200b{d}", lambda u, d: f"{u}(at){d.replace('.', '(dot)')}",
    lambda u, d: f"{u}(小老鼠){d}", lambda u, d: f"{u}★{d}（请将★替换为@）", lambda u, d: f"{u} AT {d.replace('.', ' DOT ')}",
    lambda u, d: f"{u}{{at}}{d}", lambda u, d: f"{u}@{d.replace('.', '点')}",
)  # fmt: skip


def obfuscated(k: int) -> Callable[[Case], Case | None]:
    def swap(case: Case) -> Case | None:
        if not case.emails:
            return None
        user, domain = case.emails[0].split("@")
        lines = tuple(line.replace(case.emails[0], _OBFUSCATIONS[k](user, domain)) for line in case.lines)
        return replace(case, lines=lines)

    swap.__name__ = f"email obfuscation {k}"
    return swap


TRANSFORMS: tuple[Callable[[Case], Case | None], ...] = (
    traditional, half_width, full_width, glued, one_line, br_lines,
    _prefix("声明："), _prefix("【版权声明】"), _prefix("版权说明："), _prefix("原创声明："), _prefix("Copyright notice: ", None),
    _heading("版权声明"), _heading("Copyright notice"),
    _after("editor/share after", ("责任编辑：林小禾", "分享到：微信 微博 QQ空间"), ("Editor: Ann Lee", "Share this: Facebook Twitter")),
    _after("follow after", ("扫码关注我们", "打开APP阅读更多精彩内容"), ("Follow us on social media", "Sign up for our newsletter")),
    # page furniture a template prints after the notice in sentences and headlines, not widgets
    _after(
        "promo after",
        ("下载新闻客户端，随时随地看本地新闻，第一时间获取交通、天气和生活服务信息。", "每日早报：每天早上七点，把昨夜今晨的要闻送到您的手机上。"),
        ("Get the best of our journalism delivered to your inbox every morning, completely free.",
         "Our reporters cover the city council, schools and local business every day of the week."),
    ),
    _after(
        "most-read list after",
        ("热门排行", "老城区改造进入第二阶段 三条老街将在年底前完成管网更新", "暑期亲子游升温 城郊农家乐预订量同比增长近三成",
         "全市新增五处口袋公园 市民家门口多了休闲好去处"),
        ("Most read", "Council approves new parking rules for the harbour district after a long debate",
         "Weekend ferry timetable changes as the summer season begins on the island routes",
         "Volunteers plant two thousand trees along the river path in a single weekend"),
    ),
    # what a template prints between the article and its notice
    _before(
        "author bio before",
        ("作者简介：林小禾，资深记者，长期关注城市规划、交通和公共服务领域，著有《城市的脉络》等书。",),
        ("Ann Lee is a staff reporter covering city hall, transport and housing. She joined the paper in 2015 "
         "after a decade at regional dailies.",),
    ),
    _before("tags before", ("标签：城市建设 公园 交通",), ("Topics: City council, Parks, Transport",)),
    _before(
        "correction before",
        ("更正：本文此前版本将项目总投资误写为三亿元，现已更正为二点三亿元。",),
        ("Correction: An earlier version of this article misstated the size of the parks budget. It is $2.3 million.",),
    ),
    holder_own_line, _letter_case("upper"), _letter_case("lower"), _wrapped("table"), _wrapped("twice"),
    footer_links, _bullet("※ "), _bullet("■ "), _bullet("* "), bracketed, spaced,
    icp_between, *(_company_number(k) for k in _COMPANY_NUMBERS),
    _sign("(c)"), _sign("(C)"), _sign("Copyright"), _sign("Copyright ©"), _sign("版權所有©"),
    _years("2003–2024"), _years("2024"), _years("2003 - 2024"),
    contact_after_blank, contact_after_editor, contact_label, contact_as_url, contact_as_link, contact_block,
    contact_row, brand_publishes, affiliates,
    *(obfuscated(k) for k in range(len(_OBFUSCATIONS))),
)  # fmt: skip


# --- pages and answers ---------------------------------------------------------------------------
_EN_WORDS = (
    "council budget parks harbour residents plan weekend traffic school library market river bridge "
    "volunteers museum festival transport housing water energy schedule committee report district"
).split()


def _english_body(seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(6):
        words = rng.choices(_EN_WORDS, k=40)
        out.append("The " + " ".join(words) + ".")
    return out


def page_of(case: Case, seed: int = 7) -> str:
    """An HTML page with ``case``'s notice closing the article or in the page footer."""
    body = chinese_article(seed, 6).split("\n") if case.lang == "zh" else _english_body(seed)
    notice = list(case.lines)
    if case.glue:  # an English sentence keeps its space after the full stop
        body[-1] = body[-1] + ("" if case.lang == "zh" else " ") + notice.pop(0)
    if case.br and notice:
        notice_html = "<p>" + "<br>".join(escape(x) for x in notice) + "</p>"
    else:
        notice_html = "".join(f"<p>{escape(x)}</p>" for x in notice)
    if case.wrap == "table":
        notice_html = "<table><tr>" + "".join(f"<td>{escape(x)}</td></tr><tr>" for x in notice) + "<td></td></tr></table>"
    elif case.wrap == "twice":
        notice_html = f"<div class='desktop'>{notice_html}</div><div class='mobile'>{notice_html}</div>"
    after = "".join(f"<p>{escape(x)}</p>" for x in case.after)
    for label, href in case.links:  # the label printed as a link to its address
        notice_html = notice_html.replace(escape(label), f'<a href="{escape(href)}">{escape(label)}</a>', 1)
    paras = "".join(f"<p>{escape(p)}</p>" for p in body) + "".join(f"<p class='extra'>{escape(x)}</p>" for x in case.before)
    title = "青禾县春季重点项目建设全面启动" if case.lang == "zh" else "Council approves new parks plan"
    if case.placement == "footer":
        article, footer = paras, notice_html + after
    else:
        article, footer = paras + notice_html + after, ""
    return (
        f"<html><head><title>{title}</title></head><body><div class='nav'><a href='/'>首页</a></div>"
        f"<article><h1>{title}</h1><p class='meta'>2024-05-06 09:30 {escape(case.byline)}</p>{article}</article>"
        f"<footer>{footer}</footer></body></html>"
    )


def _norm(name: str | None) -> str | None:
    if name is None:
        return None
    return re.sub(r"\s+", " ", name.strip("《》「」『』“”\"'‘’ ").rstrip(".").strip()).casefold()


def answer(page: str, content_type: str = "html"):
    from reprint_guard.extract import extract
    from reprint_guard.notice import parse_notice

    doc = extract(page, content_type=content_type)
    return parse_notice(doc.notice_text, site=doc.outlet, author=doc.author) if doc.notice_text else None


def holder_right(notice, holder: str | None, alternatives: tuple[str, ...] = ()) -> bool:
    got = notice.rights_holder if notice else None
    if holder is None:
        return got is None
    return _norm(got) in {_norm(x) for x in (holder, *alternatives)}


def emails_right(notice, emails: tuple[str, ...], urls: tuple[str, ...] = ()) -> bool:
    got = {e.address for e in notice.emails if e.role == "licensing"} if notice else set()
    got_urls = {u.url.rstrip("/") for u in notice.urls if u.role == "licensing"} if notice else set()
    return set(emails) <= got and {u.rstrip("/") for u in urls} <= got_urls


def case_right(case: Case) -> tuple[bool, bool]:
    """``(holder right, licensing e-mails and URLs found)`` for ``case`` laid out as a page."""
    notice = answer(page_of(case))
    return holder_right(notice, case.holder, case.alternatives), emails_right(notice, case.emails, case.urls)


# --- the tune half of the notice benchmark -------------------------------------------------------
def tune_forms() -> list[dict]:
    rows = [json.loads(x) for x in FORMS.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [r for r in rows if r["split"] == "tune" and r["placement"] != "meta_only"]


def _fill(form: dict, page: str, lang: str) -> str:
    body = chinese_article(11, 6).split("\n") if lang == "zh" else _english_body(11)
    if form["format"] == "html":
        return page.replace("{{BODY}}", "".join(f"<p>{escape(p)}</p>" for p in body))
    return page.replace("{{BODY}}", "\n\n".join(body))


def _on_notice_lines(form: dict, change: Callable[[str], str]) -> str | None:
    """The form's page with ``change`` applied to each notice line it prints verbatim."""
    page = form["page"]
    lines = [x for x in form["notice_text"].split("\n") if len(x) >= 4]
    if not lines or not all(x in page for x in lines):
        return None
    for x in lines:
        page = page.replace(x, change(x))
    return page


def _form_traditional(form: dict) -> tuple[str, str | None, tuple[str, ...]] | None:
    if form["section"] == "english":
        return None
    conv = _s2t().convert
    e = form["expected"]
    holder = e["rights_holder"]
    alts = (holder, *e.get("rights_holder_alternatives", ())) if holder else ()
    return conv(form["page"]), holder and conv(holder), tuple(conv(a) for a in alts)


def _form_lines(change: Callable[[str], str]) -> Callable[[dict], tuple[str, str | None, tuple[str, ...]] | None]:
    def apply(form: dict):
        page = _on_notice_lines(form, change)
        e = form["expected"]
        return None if page is None or page == form["page"] else (page, e["rights_holder"], tuple(e.get("rights_holder_alternatives", ())))

    return apply


def _form_after(form: dict):
    """Editor and share lines added after the notice's last line."""
    last = form["notice_text"].split("\n")[-1]
    if len(last) < 4 or form["page"].count(last) != 1:
        return None
    extra = "责任编辑：林小禾" if form["section"] != "english" else "Editor: Ann Lee"
    sep = "<br>" if form["format"] == "html" else "\n"
    e = form["expected"]
    return form["page"].replace(last, f"{last}{sep}{extra}{sep}分享到：微信 微博"), e["rights_holder"], tuple(e.get("rights_holder_alternatives", ()))


FORM_TRANSFORMS = {
    "traditional": _form_traditional,
    "half-width": _form_lines(lambda x: x.translate(str.maketrans(_HALF))),
    "full-width": _form_lines(lambda x: x if "@" in x or "://" in x else x.translate(str.maketrans({":": "：", ";": "；"}))),
    "label 声明：": _form_lines(lambda x: x),  # replaced below (first line only)
    "editor/share after": _form_after,
    "(c) for ©": _form_lines(lambda x: x.replace("©", "(c)")),
    "year range –": _form_lines(lambda x: re.sub(r"((?:19|20)\d{2})-((?:19|20)\d{2})", r"\1–\2", x)),
}


def _form_label(form: dict):
    first = form["notice_text"].split("\n")[0]
    if form["section"] == "english" or len(first) < 4 or first.startswith(("声明", "【", "版权", "版權")) or form["page"].count(first) != 1:
        return None
    e = form["expected"]
    return form["page"].replace(first, "声明：" + first), e["rights_holder"], tuple(e.get("rights_holder_alternatives", ()))


FORM_TRANSFORMS["label 声明："] = _form_label


def form_right(form: dict, page: str, holder: str | None, alts: tuple[str, ...]) -> bool:
    lang = "en" if form["section"] == "english" else "zh"
    return holder_right(answer(_fill(form, page, lang), form["format"]), holder, alts)


# --- the table -----------------------------------------------------------------------------------
def table() -> list[tuple[str, int, int, int]]:
    """``(transform, variants, holder kept, e-mails kept)`` over the invented cases whose base
    answer is right, then over the tune forms whose base holder is right."""
    rows = []
    bases = [(c, case_right(c)) for c in base_cases()]
    rows.append(("(base, invented)", len(bases), sum(h for _, (h, _) in bases), sum(m for _, (_, m) in bases)))
    for transform in TRANSFORMS:
        n = held = mailed = 0
        for case, (h, m) in bases:
            variant = transform(case)
            if variant is None or not h:
                continue
            vh, vm = case_right(variant)
            n += 1
            held += vh
            mailed += vm or not m
        rows.append((transform.__name__, n, held, mailed))
    forms = [(f, form_right(f, f["page"], f["expected"]["rights_holder"], tuple(f["expected"].get("rights_holder_alternatives", ())))) for f in tune_forms()]
    rows.append(("(base, tune forms)", len(forms), sum(ok for _, ok in forms), 0))
    for name, transform in FORM_TRANSFORMS.items():
        n = kept = 0
        for form, ok in forms:
            v = transform(form) if ok else None
            if v is None:
                continue
            n += 1
            kept += form_right(form, *v)
        rows.append((f"form: {name}", n, kept, 0))
    return rows


def main() -> None:
    print(f"{'transform':28} {'variants':>8} {'holder':>8} {'e-mails':>8}")
    for name, n, held, mailed in table():
        print(f"{name:28} {n:8d} {held:8d} {mailed:8d}")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    main()
