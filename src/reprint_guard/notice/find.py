"""Notice step 1: find the licensing notice block among an article's lines.

Input: the lines of a text (:class:`reprint_guard.ingest.layout._Line`, breadcrumbs and
trailing editor lines already dropped). Output: the index of the first line of the trailing
notice block (:func:`_find_notice`), or ``None``; the notice runs to the last line. The
vocabularies (claims such as 版权所有, licence terms such as 未经许可不得转载) and the line
tests (:func:`_is_notice_line`, :func:`_may_hold_licence_terms` …) serve the composition step
too, which looks for a notice that trafilatura left out in the page's visible text.

Every regular expression here runs on untrusted text, so each is written to run in linear
time; the notice checks read the first 3,000 characters of a line only.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice

from reprint_guard.ingest.layout import NOT_A_DATE, _Line, is_correction_note
from reprint_guard.notice.lettercase import recased_line
from reprint_guard.textfold import CIRCLED_C, _HAN_BLOCKS, _holds_word, _t2s_table, _taiwan_forms_table  # noqa: F401 (the folds moved to textfold; importable here)

__all__: list[str] = []


# Han characters letter-spaced for display (华 民 网 版 权 所 有, a portal's footer): four or more,
# each one space apart. Read as the words they spell.
_LETTER_SPACED = re.compile(r"(?:[\u3400-\u9fff][ \u3000]){3,}[\u3400-\u9fff]")


def unspaced(text: str) -> str:
    """``text`` with its letter-spaced Han runs (:data:`_LETTER_SPACED`) closed up; shorter
    than ``text`` when it has one."""
    return _LETTER_SPACED.sub(lambda m: m.group()[::2], text)


def _simplified(text: str) -> str:
    """``text`` folded for the notice patterns: Traditional vocabulary to Simplified, a
    letter-spaced run closed up (its spaces moved to its end), and a line a crawl lower-cased
    whole recased (see :mod:`.lettercase`) so that names read as names. Same length as
    ``text``."""
    # The same lines are tested again and again while a page's notice is looked for.
    return _simplified_line(text) if len(text) <= 512 else _closed_up(recased_line(text.translate(_fold_table())))


@functools.lru_cache(maxsize=8192)
def _simplified_line(text: str) -> str:
    return _closed_up(recased_line(text.translate(_fold_table())))


@functools.cache
def _fold_table() -> dict[int, str]:
    """:func:`_t2s_table` with full-width Latin letters and digits read as ASCII (Ｃｏｐｙｒｉｇｈｔ
    ２０２５ X: a notice typed in full width) and the circled C as ©; full-width punctuation stays,
    as the patterns spell it."""
    wide = {cp: chr(cp - 0xFEE0) for r in ((0xFF10, 0xFF1A), (0xFF21, 0xFF3B), (0xFF41, 0xFF5B)) for cp in range(*r)}
    return {**_t2s_table(), **wide, **CIRCLED_C}


def _closed_up(text: str) -> str:
    return _LETTER_SPACED.sub(lambda m: m.group()[::2].ljust(len(m.group())), text) if " " in text or "\u3000" in text else text


_NOTICE_HEADING = re.compile(
    r"[【\[]?\s{0,2}(?:版权声明|版权说明|版权申明|版权公告|版权信息|版权告示|著作权声明|著作权说明|转载声明|转载须知|"
    r"copyright notice|copyright & permissions|copyright and permissions|rights and permissions|"
    r"reprints? (?:and|&) permissions|licensing|reprint policy|"
    # a long statement's heading (法律声明, 免责及版权声明, "Copyright and Disclaimer", "Terms of reproduction")
    r"法律声明|网站声明|本站声明|本网声明|(?:免责|版权)(?:及|和|与|暨)(?:版权|免责)声明|"
    r"copyright(?:,? (?:licensing|permissions|reuse|re-use|reproduction))?,? (?:and|&) (?:disclaimer|reuse|re-use|reproduction|licensing|permissions)"
    r"(?: policy| terms| guidelines| notice)?|copyright policy|reuse policy|legal notice|"
    r"terms of (?:reproduction|republication|reuse|re-use)|republishing guidelines)\s{0,2}[】\]]?\s{0,2}[:：]?",
    re.I,
)
# Notice wording, in two kinds. A claim says who holds the rights …
# Marks a page sets before a notice line (※ ■ ▲ ★ • *, a dash), as a regex class body: they
# open a claim line and are no part of its holder's name (notice.parse strips them too).
LINE_MARKS = "※■□◆◇●○◎★☆▲△▼▽▶►•*#>\\-–—"
# An English notice saying the author keeps the copyright (see _CLAIM_VOCAB).
# The author keeps the copyright, in English: read here for a notice line and by notice.parse's
# author claim (one list, so the two cannot drift apart).
AUTHOR_KEEPS = (
    r"\bcopyright\b[^.\n;]{0,30}?\b(?:belongs to|remains with|rests with|stays with|is retained by|is held by|is owned by)"
    r" (?:the|its|their|each) (?:original |respective )?(?:authors?|writers?|contributors?)\b"
    r"|\b(?:the )?(?:authors?|writers?|contributors?|columnists?|bloggers?|creators?|(?:programme |program |show |community )?(?:makers?|broadcasters?|producers?|hosts?|presenters?))(?:,? (?:who|that))? (?:retains?|keeps?|holds?|owns?) (?:the |all |their |full )?copyrights?\b"
    # "This article is the copyright of its writer", "… remain the property of their authors"
    r"|\b(?:is|are|remains?) (?:the )?(?:sole )?(?:copyright|(?:intellectual )?property) of (?:the|its|their|each) (?:original |respective )?(?:authors?|writers?|contributors?)\b"
)
_AUTHOR_KEEPS = AUTHOR_KEEPS + r"|\bcopyright(?:ed)? (?:by )?(?:its|their|the) (?:original |respective )?(?:authors?|writers?|contributors?)\b"
# "All rights reserved" in the other languages footers print it in (read here and by notice.parse).
RESERVED_ELSEWHERE = (
    r"(?:haki zote zimehifadhiwa|hak\s?cipta (?:dilindungi(?: undang-undang)?|terpelihara)|segala hak cipta terpelihara"
    r"|lahat ng karapatan(?: ay)? (?:nakalaan|reserbado)|alle rechten voorbehouden|alle regte voorbehou"
    r"|alla rättigheter förbehållna|alle rettigheder forbeholdes|alle rettigheter reservert|kaikki oikeudet pidätetään"
    r"|wszelkie prawa zastrzeżone|všechna práva vyhrazena|všetky práva vyhradené|sva prava zadržana|vse pravice pridržane"
    r"|toate drepturile rezervate|minden jog fenntartva|tüm hakları saklıdır|все права защищены|всі права захищені"
    r"|με επιφύλαξη παντός δικαιώματος|جميع الحقوق محفوظة|כל הזכויות שמורות|สงวนลิขสิทธิ์|bảo lưu mọi quyền|giữ bản quyền)"
)
# A blog feed's "first appeared on" in the translations its software ships (read by notice.parse too).
FEED_ORIGIN_VERB = (
    r"(?:\b(?:muncul|tampil) pertama kali (?:di|pada)|\bpertama kali (?:muncul|tampil) (?:di|pada)|\bse public[óo] primero en"
    r"|\best apparu en premier sur|\berschien zuerst auf|\bapareceu primeiro em|\bverscheen eerst op|\b(?:è apparso|sembra essere il) prim[oa] su)"
)
# Whom a reader is told to ask first ("ask the show's producer before …"): read here and by notice.parse.
ASKED_PARTY = r"(?:the|its|their) (?:[\w\-'’]+ ){0,2}?(?:authors?|writers?|publishers?|editors?|owners?|makers?|creators?|hosts?|producers?|photographers?)"
_CLAIM_VOCAB = tuple(
    re.compile(p, re.I)
    for p in (
        r"(?:版权|著作权)所有",
        r"版权声明|版权说明|版权申明",
        r"(?:版权|著作权)(?:均|皆|全部|都)?(?:归|属于?|为)",
        r"copyright[\]】]?\s{0,3}[:\-–—]?\s{0,3}(?:©|\(c\)|\d{4})|©|\(c\)\s{0,3}(?:\d{4}|copyright\b)"  # ([Copyright] 2025 X)
        # the year before the sign, as government templates print it: "2025 (c) | Important notices"
        r"|^\s{0,3}(?:19|20)\d{2}(?:\s?[-–]\s?(?:19|20)\d{2})?\s{0,3}\(c\)(?=\s{0,3}(?:$|[|｜•·]))",
        # "(c) X Ltd", "(c) X 2024", "is (c) X": the letter in brackets is a sign before a name that
        # ends as names of holders end (a legal form, a year); "(c) the parties shall" is a list item
        r"\(c\)\s{0,2}(?-i:[A-Z])[\w&.,'’\- ]{0,60}?\b(?:ltd|limited|inc|llc|plc|pvt|corp|corporation|(?:19|20)\d{2})\b"
        r"|\b(?:is|are)\s{1,3}\(c\)\s{1,3}(?-i:[A-Z])",
        # a line that is only "Copyright X 2024": the sign, a capitalised name, the year
        rf"^\s{{0,3}}(?:[{LINE_MARKS}]{{1,3}}\s{{0,2}}|[\[（(【])?(?:[^\n:：]{{1,24}}[:：]\s{{0,3}})?copyright\s{{1,3}}"
        r"(?-i:[A-Z][\w&.,'()\- ]{1,60}?)\s{0,3}"
        r"(?:19|20)\d{2}(?:\s{0,2}[-–]\s{0,2}(?:19|20)\d{2})?\s{0,3}(?:\.?[\]）)】]?(?:$|\s{0,3}[|｜])|\.\s{1,3}(?-i:[A-Z]))",
        # … or that line's sentence followed by the footer's next ("Copyright X Ltd 2026. Syndication: …")
        r"(?:all|some) rights? reserved?",  # "Some rights reserved": a Creative Commons licence's link text
        # the same reservation in the other languages of a multilingual footer (Macau's Portuguese
        # line, a Spanish, French, German or Italian edition) and Japanese 無断転載 bans
        r"todos os direitos reservados|todos los derechos reservados|tous droits r[ée]serv[ée]s|alle rechte vorbehalten"
        r"|tutti i diritti riservati|无断(?:转载|転載|复制|複製)"
        # … and as footers of other places print it (Swahili, Malay and Indonesian, Filipino, Dutch and
        # Afrikaans, Nordic, Slavic, Romanian, Hungarian, Turkish, Greek, Arabic, Hebrew, Thai, Vietnamese)
        rf"|{RESERVED_ELSEWHERE}"
        # "hakimiliki@2017 X", "Hak Cipta 2024 X": the word for copyright before a year
        r"|\b(?:hakimiliki|hak\s?cipta)\s{0,2}(?:©|\(c\)|@|＠)?\s{0,2}(?:19|20)\d{2}",
        # 本文为X原创 / 本文由X原创 / 《X》杂志原创
        # (the site as the subject only of its works: 本网站所有内容均为X原创, not 本报是…独家报道的媒体)
        r"(?:本文|本稿|本篇|此文|稿件|(?:本网站?|本站|本报|本刊|本台)[^，。\n]{0,4}?(?:内容|稿件|文章|作品))[^，。\n]{0,8}?(?:系|为|由|是)"
        r"[^。\n]{1,40}?(?:原创|独家|首发)|》(?:杂志|周刊)?原创",
        # 本网站所有内容均属X所有 / 本站文章均为X所有: the site's content owned by X
        r"(?:本网站?|本站|本报|本刊|本台)(?:上)?(?:所有|全部|一切)?(?:的)?(?:内容|稿件|文章|作品|资料|信息|图文)"
        r"(?:均|皆|全部)?(?:归属于|归|属于|属|为|系)[^，。\n]{2,40}?所有",
        # "This article is copyright X", "All content © X"
        # (then a name, a sign or a year: "The song is copyrighted, so …" is a sentence)
        r"\b(?:is|are|remains?)\s{1,3}(?:the\s{1,3})?copyright(?:ed)?(?:\s{1,3}(?:of|by|to))?\s{1,3}(?:the\s{1,3})?(?:©|\(c\)|(?:19|20)\d{2}|(?-i:[A-Z]))"
        r"|\b(?:content|material)\s{1,3}(?:©|\(c\)|copyright\b)"
        # "Articles and photographs in X are the property of Y" (then a name, or the line's end)
        r"|\b(?:is|are|remains?)\s{1,3}(?:the\s{1,3})?(?:sole\s{1,3}|exclusive\s{1,3})?property\s{1,3}of(?:\s{1,3}(?-i:[A-Z])|\s{0,3}$)",
        # 经X授权转载 / 经授权发布 / 本文获X授权刊登 / 经《X》同意转载: a licensed reprint names its rights holder
        r"(?:(?<![未非已])经|(?<![未非没无])获)[^。\n]{0,40}?(?:授权|同意)(?:转载|发布|刊登|刊发|刊出|刊载|登载|使用)|(?:本文|本稿|此文)由[^。，\n]{1,30}?授权(?:转载|发布|刊登|刊发|刊出|刊载|登载)",
        # 本文转载自公众号“X”，已获授权 (选自, 摘自, 来源于): the reprint's source and its licence in one sentence
        r"(?:转载自|转自|选自|摘自|来源于|源自)[^。\n]{1,60}?[，,]\s{0,2}(?:并)?(?:已|经)(?:获得?|取得|经过?)?(?:原作者|作者|对方|其|原文)?授权",
        # 本文经作者同意，转载自其个人脸书: a reprint on the author's consent
        r"(?<![未非已])(?:经|获)(?:原文|原)?作者(?:本人)?(?:同意|许可)[，,]?\s{0,2}(?:后)?(?:转载|转贴|发布|刊登|刊发)",
        r"翻印必究|版权告示",
        # 本网站内容…均受版权保护: the site's content under copyright (its owner is the site)
        r"(?:本网站?|本站|本报|本刊|本台|本平台|本公司|本页|本文|本作品)[^。\n]{0,24}?(?:均|皆|都|全部)?受(?:到)?(?:[^。\n]{0,8}?)(?:版权|著作权)(?:法)?(?:的)?保护",
        # the holder as a rights verb's subject or agent: X享有著作权, X保留所有权利, 版权由X享有, "X holds the copyright"
        # (the work named: 原告对涉案作品依法享有著作权 in a court report is a sentence)
        r"(?<![不未无非])(?:享有|拥有|持有|保留)(?:本文|本作品|本报告)(?:的)?(?:著作权|版权|所有权利|一切权利)"
        r"|(?:对|對)(?:本文|本作品|本报告|本站|本网站?|该文|此文)(?:的)?(?:依法|合法)?(?:享有|拥有|持有|保留)(?:著作权|版权)"
        r"|(?<![不未无非])保留(?:所有权利|一切权利)|(?:版权|著作权)(?:均)?由[^，。\n]{1,40}?(?:享有|拥有|持有)"
        r"|\b(?:holds|retains|owns|reserves)\s{1,3}(?:the\s{1,3}|all\s{1,3})?(?:copyright|rights)\b"
        # "We own the copyright in this story": the site speaking
        r"|\bwe\s(?:own|hold|retain|reserve|keep)\s(?:the\s|all\s|full\s)?(?:copyright|rights)\b",
        # a line that is only whose original work it is: 【X原创】, X独家稿件, 原创：X
        r"^[【\[（(]?[^，。！？、\s]{2,20}(?:原创|独家)(?:稿件|作品|内容|文章)?[】\]）)]?$|^原创\s{0,2}[:：]\s{0,2}[^，。！？\s]{2,30}$"
        r"|(?:独家|原创)稿件",
        # "X content is owned by or licensed to Y", "All material on this site is owned by Y"
        r"\b(?:content|material|articles?|stories|text|works?)\b[^.\n]{0,30}?\b(?:is|are)\s(?:owned|held)\s(?:by|or licensed to)\s"
        r"(?:or licensed to\s)?(?:the\s)?(?-i:[A-Z])",
        # "Content Owned, Updated and Maintained by X" (a government portal's footer)
        r"\bcontent (?:is )?owned(?:,? (?:updated|maintained|managed|provided)){0,3}(?:,? and (?:updated|maintained|managed|provided))? by\s(?:the\s)?(?-i:[A-Z])",
        # "This article is the property of X" (bench/notices README: English ownership without ©)
        r"\b(?:this|the|our|all) (?:article|story|stories|content|material|work|piece|report)s?\b[^.\n]{0,30}?\b(?:is|are|remains?) "
        r"(?:the )?(?:sole |exclusive )?property of\b",
        # "Copyright holder: X", "Rights holder: X"
        r"\b(?:copyright (?:holder|owner)|rights ?holder)\s{0,2}:",
        # "This story was originally published by X and is republished here with permission."
        r"\b(?:(?:re)?published|reprinted|reproduced)\b[^\n.]{0,60}\bwith (?:the )?(?:kind |express |written )?permission"
        r"|\b(?:republished|reprinted|reproduced) (?:here )?(?:from|courtesy of)\b",
        # "Copyright in this article belongs to … X" (no sign, no year)
        r"\bcopyright (?:in|of|to) (?:this|the) (?:article|story|essay|piece|work|content|material)\b[^.\n]{0,20}?"
        r"\b(?:belongs to|is owned by|is held by|rests with|remains with|vests in)\b"
        # "Copyright remains with the Project; LPBS holds the broadcast rights" (a partner's note)
        r"|\bcopyright (?:remains|rests|stays|lies|is vested) with (?:the )?(?-i:[A-Z])",
        # a syndicated copy's origin: "This article originally appeared on X", "Read the
        # original article on X". The place is a name, so "first published in 1990" (a
        # novel's first edition, an article's own sentence) is not one.
        r"\b(?:this|the) (?:article|story|piece|post|report|essay|column)(?: was)? (?:originally|first) (?:appeared|published|ran)"
        rf" (?:on|in|by) (?:the )?{NOT_A_DATE}(?-i:[A-Z])"
        # the origin as the second half of a credit: "This story was produced by a fellow of X
        # and originally published in Y" (a programme's site shows a story a paper ran first)
        r"|\b(?:this|the) (?:article|story|piece|post|report|essay|column) was\b[^.\n]{0,160}?"
        rf"\band (?:was )?(?:originally|first) (?:appeared|published|ran) (?:on|in|by) (?:the )?{NOT_A_DATE}(?-i:[A-Z])"
        rf"|^(?:originally|first) (?:appeared|published) (?:on|in|by) (?:the )?{NOT_A_DATE}(?-i:[A-Z])"
        # a blog feed's footer line: "The post <title> appeared first on X."
        r"|^the post\b[^\n]{1,300}?\bappeared first on (?:the )?(?-i:[A-Z])"
        # … as the blog software's translations print it (Indonesian, Spanish, French, German,
        # Portuguese, Dutch, Italian, Chinese)
        rf"|^(?:pos|artikel|la entrada|l['’]article|der beitrag|o post|het bericht|l['’]articolo)\b[^\n]{{1,300}}?{FEED_ORIGIN_VERB}\s{{1,3}}(?-i:[A-Z])"
        r"|^(?:文章|這篇文章|这篇文章)[^\n]{1,300}?(?:首先|最先|最早|首次)(?:出现|出現|发表|發表)(?:在|于|於)"
        r"|^read the original (?:article|story|post|piece|report) (?:on|at|in)\b",
        # "…, Copyright X." closing a line: a claim without a year (Copyright Reuters). X is a
        # name, capitalised words only: "…, Copyright Office records show." is a sentence.
        r"(?:^|[,;] )(?-i:Copyright (?:the )?(?:[A-Z][\w&'’\-]{0,30}(?: of| and| for| the| &)? ){0,8}[A-Z][\w&'’\-]{0,30})\.?$",
        # a public account's "Copyright@X" / "Copyright：X" line opening with a Han name
        r"^\s{0,3}copyright\s{0,2}[@＠:：]\s{0,2}[\u4e00-\u9fff]",
        # the author keeps the rights: "Copyright remains with the author", "Authors retain
        # copyright", "All content copyright its author" (a blog's or a column's notice)
        _AUTHOR_KEEPS,
    )
)
# … licence terms say what others may not do and whom to ask. A notice taken from outside
# trafilatura's main text must show one of these, so a bare "版权所有 ©" footer is not one.
# The words of each use in other languages of multilingual places (French, German, Italian, Dutch,
# Afrikaans, Malay/Indonesian, Filipino, Vietnamese, Russian, Korean): read here for a ban line
# (_FOREIGN_BAN_LINE) and by notice.parse for the uses its ban and permission phrases name.
FOREIGN_USE_WORDS = {
    "reprint": r"nachdruck\w*|abdruck\w*|overname|menerbitkan semula|mencetak semula|terbit(?:kan)? ulang|ilathala muli|muling ilathala"
    r"|đăng lại|đăng tải lại|перепечат\w*|전재|republication|ripubblicazione",
    "copy": r"reproduction|reproduit\w*|riproduzion\w*|riprodott\w*|vervielfältigung\w*|kopie\w*|verveelvoudig\w*|gekopieerd|kopiëren"
    r"|gereproduseer|gekopieer|weergegee|menyalin|salin(?:an)?|mengkopi|kopyahin|pagkopya|sao chép|sao lục|sao in"
    r"|копирован\w*|воспроизведен\w*|복사|복제",
    "excerpt": r"mengutip|kutipan|trích dẫn|цитирован\w*|발췌",
    "redistribute": r"diffusion|distribution|verbreitung\w*|mendistribusikan|menyebarkan|menyebarluaskan|ipamahagi|phát tán"
    r"|распространен\w*|재배포|배포",
    "modify": r"modification|bearbeitung\w*|mengubah|baguhin|chỉnh sửa|изменен\w*|변경|수정",
}
# A ban in another language (see _LICENCE_TERMS): a reprint's or a copy's word and a ban's within
# one phrase (무단 전재 및 재배포 금지: the redistribution ban of Korean footers too).
_FOREIGN_BAN_USES = "|".join((FOREIGN_USE_WORDS["reprint"], FOREIGN_USE_WORDS["copy"], "재배포"))
_FOREIGN_BANS = (
    r"interdit\w*|vietat\w*|riservat\w*|verboten|untersagt|nur mit|zonder|niet toegestaan|sonder|tanpa|dilarang|walang"
    r"|ipinagbabawal|bawal|cấm|không được|запрещ\w*|без[ ]|무단|금지"
)
_FOREIGN_BAN_LINE = (
    rf"(?:{_FOREIGN_BAN_USES})[^\n]{{0,60}}?(?:{_FOREIGN_BANS})|(?:interdit\w*|vietat\w*|dilarang|bawal|nghiêm cấm|запрещ\w*|무단)"
    rf"[^\n]{{0,60}}?(?:{_FOREIGN_BAN_USES})"
)
_LICENCE_TERMS = tuple(
    re.compile(p, re.I)
    for p in (
        r"(?:未经|非经)[^\n]{0,40}?(?:许可|授权|同意|允许)[^\n]{0,40}?(?:不得|禁止|严禁|请勿|谢绝)",
        # (请勿全文转载, 不得以任何形式转载)
        r"(?:不得|禁止|严禁|请勿|谢绝)(?:以)?(?:任何)?(?:形式|方式)?(?:的)?(?:全文|全部|整篇)?(?:转载|摘编|复制|镜像|转帖|改编|修改)",
        # 原创视频，搬运必究 / 原创不易，转载必究: a use the maker will pursue (a creator's ban)
        r"(?:转载|搬运|抄袭|盗用|复制|转帖|盗版|洗稿)(?:者)?必究",
        r"如需(?:转载|使用|授权|引用|合作)[^\n]{0,40}?(?:联系|联络|致电|来电|来函|取得|获得)",
        r"转载请(?:注明|联系|联络|与|来信|来函|洽|致电)|转载[，,]\s{0,2}请[^。\n]{0,12}?(?:注明|联系|联络)",
        r"转载(?:时)?请[^，。\n]{0,6}?(?:授权|许可|同意)",  # 全文转载请来信授权, 转载请先取得授权
        # 已经本网协议授权的媒体、网站，在下载使用时必须注明“稿件来源：X”: the terms of a licence
        # already granted (the second sentence of a classic portal notice, on a line of its own)
        r"(?:已经|已获|已取得)[^，。\n]{0,6}?(?:协议)?授权的(?:媒体|网站|单位)[^。\n]{0,30}?(?:必须|须|应当?|务必)(?:注明|标明|署名)",
        # 刊用本网站稿件，务经书面授权 / 使用本站内容须经书面许可: a use that needs a licence first
        # (凡转载本网站原创作品的，须事先取得X书面授权: a long statement's clause)
        r"(?:刊用|使用|转载|引用|转发)[^，。\n]{0,10}?[，,]?\s{0,2}(?:务|须|需|必须|应)(?:事先|事前|预先|提前)?(?:经|获得?|取得|征得)[^，。\n]{0,16}?(?:授权|许可|同意)",  # (须经本公司书面同意)
        # "Want to republish a X story? Write to …": whom to ask for a reprint
        r"\b(?:want|wish|like) to (?:republish|reprint|syndicate)\b|\brepublish\w*\b[^\n]{0,60}?\b(?:write to|contact|e-?mail|call)\b",
        # "This story may be republished free of charge with credit to X": the page's own
        # text as the subject of a permission
        r"\b(?:this|our) (?:story|stories|article|articles|content|report|piece|work|(?:press |media |news )?releases?|statement|announcement)\b[^\n.]{0,40}?\b(?:may|can) (?:be )?(?:freely )?"
        r"(?:republish|reprint|reproduc|redistribut)\w*\b",
        # "It may be republished free of charge provided X and the author are credited": a
        # permission on terms, whatever its subject
        # ("This news item may be reproduced by the media with credit to the Council", "Free for
        # publication by the media with credit to X": a media-use permission as releases print it)
        # ("It may be reproduced for development and educational purposes with acknowledgement of the Council")
        r"\bmay be (?:freely )?(?:republished|reprinted|reproduced|published|copied|used)\b[^\n.]{0,60}?\b(?:free of charge|at no (?:cost|charge)|provided|as long as|with (?:due )?(?:credit|attribution|acknowledg\w*)"
        r"|(?:under|subject to|on) (?:the following|these|certain) (?:conditions|terms|rules|guidelines))\b"
        r"|\bfree (?:for|of charge for) (?:publication|republication|reproduction|use)\b[^\n.]{0,40}?\bwith (?:credit|attribution|acknowledg\w*)\b",
        # "Material featured on this website may be reproduced free of charge after taking proper
        # permission": a use on leave asked first, whatever its subject (a government site's policy)
        r"\b(?:may|can) be (?:freely )?(?:republished|reprinted|reproduced|copied|used)\b[^\n.]{0,40}?"
        r"\b(?:after|upon|on|subject to|with)(?: (?:taking|obtaining|seeking|getting|receiving|securing))? (?:the )?(?:(?:proper|prior|due|express|written|formal) )*(?:permission|consent|approval)\b",
        # a press office's or a small site's permission: "Material released by X may be freely
        # reproduced", "may be reprinted with acknowledgement", "may be reproduced in full without
        # permission", "Feel free to share this story", "You are welcome to share this article"
        r"\bmay be freely (?:republished|reprinted|reproduced|copied|shared|used)\b"
        # ("may be reproduced, in part or in whole and by any means, without charge or further permission": a public body's terms)
        r"|\bmay be (?:republished|reprinted|reproduced|copied|shared|quoted)\b(?:,? in (?:full|whole|part)(?: or (?:in )?(?:full|whole|part))?(?: and by any means)?,?)?[ ](?:with (?:due |an? )?(?:acknowledg\w*|credit|attribution)"
        r"|without (?:prior |further |written |our |charge or further )?(?:permission|charge))"
        # the same with its user as subject: "Media houses may reproduce this release with credit to X"
        # ("The media may publish it in full or in part with credit to X": a release's note)
        # ("Media may reproduce this press release and the attached photographs 1 and 2 with credit to X")
        r"|\b(?:may|can|are (?:free|welcome) to) (?:freely )?(?:republish|reprint|reproduce|carry|quote|share|publish|use|run|air)\b[^\n.]{0,80}?"
        r"\b(?:with|provided|as long as|giving) (?:due |full |proper |an? )?(?:acknowledg\w*|credit|attribution)"
        r"|\b(?:feel free|(?:you are|you're) (?:most |very )?welcome) to (?:share|republish|reprint|reproduce|use)\b[^.\n]{0,20}?"
        r"\b(?:this|our|the|these) (?:story|stories|article|articles|content|work|piece|report)\b",
        # "Please acknowledge X as the source", "Please credit the X": the credit a permission asks
        # ("… users indicate the City of X as the source")
        r"\bplease (?:acknowledge|credit|cite|attribute)\b|\b(?:indicate|acknowledge|cite|credit)\b[^.;\n]{1,90}?\bas (?:the|its) source\b",
        # the UK's Open Government Licence, a licence like Creative Commons BY; Taiwan's open data
        # licence (本網站資料採用政府資料開放授權條款－第1版釋出)
        r"\bopen government (?:data )?licen[cs]e\b|(?:政府)?(?:资料|数据)开放授权条款",
        # a ban in another language of a multilingual place (Toute reproduction … est interdite,
        # Nachdruck nur mit Genehmigung, Dilarang menyalin …, Перепечатка … запрещена, 무단 전재 금지)
        _FOREIGN_BAN_LINE,
        # "Interested in licensing this story? Reach our content sales team at …", "Want to use
        # this article? Contact …": a use of this work asked about, then whom to ask
        r"\b(?:interested in|want to|wish to|like to) (?:licens\w+|republish\w*|reprint\w*|syndicat\w+|reus\w+|us(?:e|ing)|reproduc\w+)"
        r" (?:this|our|the|these) (?:story|stories|article|articles|content|photos?|work|piece|report)\b[^\n]{0,60}?"
        r"\b(?:contact|e-?mail|write to|call|reach|visit|get in touch)\b",
        # "To license this content, visit our licensing page", "Purchase a reprint of this article"
        r"\bto (?:license|licence|republish|reprint|syndicate|reuse|reproduce)\b[^\n.]{0,60}?"
        r"\b(?:visit|contact|e-?mail|write to|call|apply|see|go to|fill (?:out|in)|request)\b"
        r"|\b(?:purchase|order|buy|request) (?:a |an )?(?:reprints?|licen[cs]e to (?:republish|reprint|reuse)|permission to (?:republish|reprint|reuse|use))\b",
        r"转载(?:需|须|需要|必须|应)(?:经过?|获得?|取得)?(?:授权|许可|同意)",
        r"may not be (?:reproduced|republished|reprinted|copied|redistributed|distributed|published)",
        # "Permission is granted to reproduce this article in full, with credit to X", "You may quote
        # up to 200 words of this article with a link to the original": a grant to the reader
        r"\bpermission is (?:hereby )?granted to (?:reproduce|republish|reprint|copy|quote|share|use)\b"
        # ("You may download, print and reproduce material … provided that:", "Photographs and text
        # … may be reproduced for non-commercial purposes, provided that X is credited")
        r"|\byou may (?:freely )?(?:(?:download|print|quote|excerpt|reproduce|republish|reprint|share|copy|use)(?:,? (?:and |or )?)?){1,4}\b[^\n.]{0,120}?"
        r"\b(?:provided|as long as|with (?:a |an )?(?:link|credit|attribution|acknowledg))"
        r"|\bmay be (?:freely )?(?:republished|reprinted|reproduced|copied|shared|quoted)\b[^\n.]{0,60}?\b(?:provided|as long as|on condition)\b",
        # "Automated scraping … of content from this site is prohibited", "Our journalism may not be
        # used to train AI models", 本网站内容禁止用于AI训练: a ban on machine uses alone
        r"\b(?:scraping|crawling|harvesting|text and data mining)\b[^\n.]{0,80}?\b(?:prohibited|forbidden|not permitted|not allowed)\b"
        r"|\b(?:may|must|shall) not be used (?:to train|for (?:the )?training)\b"
        r"|(?:禁止|不得|严禁|请勿|谢绝)[^，。；\n]{0,12}?(?:AI|人工智能|人工智慧)[^，。；\n]{0,10}?(?:训练|模型)",
        r"(?:reproduction|republication|redistribution|reprinting)[^\n]{0,60}?(?:prohibited|forbidden|not permitted)",
        # a wire's usage terms: "… including, without limitation, not permitting redistribution"
        r"\bnot permitting (?:the )?(?:reproduction|republication|redistribution|reprinting|copying|resale)\b",
        # "Any unauthorized use or reproduction of X content for commercial purposes is strictly
        # prohibited": the ban's subject names the content and its scope before the verb
        r"\bunauthori[sz]ed (?:use|reproduction|copying|republication|redistribution|distribution)\b[^\n]{0,100}?"
        r"\b(?:prohibited|forbidden|not permitted)\b",
        r"for (?:licensing|permissions?|reprints?|syndication)\b",
        r"licensing\s{0,2}:",
        # "Syndication and licensing enquiries: telephone …": a licensing desk's row, whom to ask
        r"\b(?:syndication|licensing|reprints?|permissions?|republishing|rights)(?: (?:and|&) (?:syndication|licensing|reprints?|permissions?|rights))?"
        r" (?:enquiries|inquiries|requests|queries|desk|team)\s{0,2}:",
        # "without the agency's consent", "without X's prior written permission"
        # ("No reproduction without authorisation": a Chinese notice's English version, 未经授权)
        r"without (?:(?:the |our |its |their )?[\w&\-]{1,30}(?:'s|’s) |the |our |its |their )?(?:prior )?(?:express )?(?:written )?(?:permission|consent|authori[sz]ation)"
        r"|without (?:a |an |our )?(?:valid |written |separate )?licen[cs]e\b",
        # "Reprinting of articles from X requires written permission from the publisher": the use
        # as the subject of a requirement
        r"\b(?:reprint|republicat|republish|reproduc|redistribut|syndicat)\w*\b[^\n.;]{0,80}?\b(?:requires?|needs?)\s{1,3}"
        r"(?:the |our |its |their )?(?:[A-Z][\w&\-]{1,30}(?:'s|’s) )?(?:prior )?(?:express )?(?:written )?(?:permission|consent|authori[sz]ation|a licen[cs]e)\b",
        r"欢迎[^，。\n]{0,6}?转载|不保留版权的转载|转载(?:时)?(?:请|须|务必)(?:注明|标明|保留)",
        # a press release's media-use line: 欢迎媒体引用 / 欢迎各媒体刊登, and the provider's own welcome
        # (本新闻稿由X提供，欢迎转发引用): the release's terms of use, whatever the verb
        r"欢迎(?:各|各家|各大|广大)?(?:新闻)?(?:媒体|传媒|同业)(?:朋友)?[^，。\n]{0,4}?(?:引用|转载|转发|刊登|刊发|采用|使用)"
        r"|(?:本新闻稿|本新闻|本稿件?|本文)(?:内容)?(?:系|均)?由[^，。\n]{2,30}?提供[，,]\s{0,2}欢迎",
        # "Reprints are welcome with attribution", "Reprints welcome with credit to X",
        # "Republication is permitted provided …": a permission worded after its use
        r"\b(?:reprints?|reprinting|republication|republishing|reproduction)\b(?: (?:is|are))? (?:most |very )?"
        r"(?:welcome|permitted|allowed|encouraged|free)\b",
        # an open-content grant's one condition: 使用者得重製…，惟应注明出处
        # (the connective too: 引用他人数据时应注明出处 in an article is advice, not a licence term)
        r"(?:惟|但|并|並)(?:应|须|请|务必)(?:注明|标明)(?:出处|来源)",
        r"creative commons|知识共享|创用 ?cc|(?<![a-z0-9])cc ?创用|\bcc[ -]by\b",  # (CC 創用授權 姓名標示…: the order Taiwan prints)
        r"republish (?:this|our|it)",
        # a republish box's rules, one per bullet: "You must credit the author and X", "If you
        # republish online, you must link back to the original", "You can't edit our stories"
        r"\byou (?:must|need to|have to|are required to) (?:credit|attribute|cite|acknowledge|link back|link to|include (?:a |the )?(?:link|byline|credit))\b"
        # ("You may not copy or republish any story in full without a licence": a long statement's item)
        # ("You may not, without written permission, republish or syndicate …": the leave asked inside)
        r"|\byou (?:can't|cannot|can not|may not|must not|mustn't|are not (?:permitted|allowed) to)(?:,[ ][^,:\n]{1,50}[,:])? (?:\((?:[a-z]|i{1,3}|iv|v)\)[ ])?(?:[a-z]{2,12},? (?:or |and )?){0,2}?"
        r"(?:edit|change|alter|modify|sell|syndicate|republish|reprint|reproduce|copy|redistribute|repost|scrape|crawl|harvest|mirror)\b"
        r"|\b(?:do not|don't) (?:edit|change|alter|rewrite) (?:our|the|this) (?:stor(?:y|ies)|articles?|text|headlines?)\b"
        r"|\blink back to (?:the|our) original\b",
        r"personal,? non-?commercial use",
        r"\breprints?\b[^\n]{0,60}\b(?:contact|call|visit)\b|\b(?:contact|call|visit)\b[^\n]{0,60}\breprints?\b",
        # ("Recordings … may not be rebroadcast or uploaded to other websites without …": a station's note)
        r"may not be (?:published|broadcast|rebroadcast|re-broadcast|uploaded|posted)|text and data mining|\bmaterial may\b",
        # "Content may be used only with the written permission of the editorial board"
        r"\b(?:used|reproduced|republished|reprinted|copied|permitted|allowed)\b[^\n.;]{0,20}?\bonly with (?:the )?(?:prior )?"
        r"(?:express )?(?:written )?(?:permission|consent|authori[sz]ation)\b",
        # "please ask before you reprint our stories", "ask permission before republishing"
        # ("Please ask the programme maker before re-using or rebroadcasting …": whoever is asked)
        rf"\bask (?:us |{ASKED_PARTY} )?"
        r"(?:for permission )?(?:first )?before (?:you )?(?:reprint|republish|reus|re-us|rebroadcast|reproduc|copy|copying|us(?:e|ing) )",
        # "No part of this publication may be reproduced", "No part of this website may be copied,
        # mirrored or scraped", "No content on this site may be scraped"
        r"\bno (?:part of (?:this|the|our|these|any)\b|(?:content|material|articles?|stories|text|works?)\b)[^.\n]{0,60}?"
        r"\bmay be (?:copied|reproduced|republished|reprinted|redistributed|distributed|transmitted|stored|mirrored|scraped|used|published|broadcast)",
        # "Copying or posting is an infringement of copyright" (a licensed copy's stamp): the use
        # named as an infringement
        r"\b(?:copying|reproduc\w*|posting|republi\w*|redistribut\w*|reprinting|distribut\w*|forwarding)\b[^.\n]{0,60}?"
        r"\b(?:is|are|constitutes?|may be|will be)\s(?:an\s|a\s)?(?:infringement|violation|breach)\s(?:of\s)?(?:the\s)?copyright",
        # "This document is authorized for use only by X": a copy licensed to one reader
        r"\b(?:authori[sz]ed|licensed) for (?:the )?(?:personal |individual )?use (?:only )?by\b",
        # "Please do not cut and paste articles from this site and redistribute them": a request
        # in the notice's own register (a story's "do not copy" is reported, not asked)
        r"\bplease (?:do not|don't)\b[^.\n]{0,40}?\b(?:cop(?:y|ies|ying)|reproduc|republish|reprint|redistribut|repost|cut and paste)",
        # "Reproduction of this report is authorised for non-commercial purposes provided …",
        # "Reproduction of content must cite X as the source": the terms of a reuse
        r"\b(?:reproduction|republication|reprinting|redistribution)\b[^.\n]{0,60}?\b(?:is|are) (?:hereby )?"
        r"(?:authori[sz]ed|permitted|allowed)\b[^.\n]{0,80}?\b(?:provided|if|on condition|as long as|with)\b"
        r"|\b(?:reproduction|republication|reprinting|redistribution)\b[^.\n]{0,60}?\bmust (?:cite|credit|acknowledge|attribute|name)\b",
        # the same terms in Portuguese (Macau's bilingual notices) and Spanish: "É permitida a
        # reprodução … desde que citada a fonte", "Os comunicados … podem ser reproduzidos",
        # "Proibida a reprodução sem autorização", "Prohibida su reproducción total o parcial"
        r"\breprodu(?:ção|ções|çao|cao|cción|cciones|ccion|zid[ao]s?|cid[ao]s?|zir|cir)\b[^.\n]{0,80}?"
        r"\b(?:permitid|proibid|prohibid|autorizad|sem autoriza|sin autoriza|desde que|siempre que)"
        r"|\b(?:permitid[ao]s?|proibid[ao]s?|prohibid[ao]s?|podem ser|pueden ser|se permite)\b[^.\n]{0,60}?\breprodu",
    )
)
# Wording that notices use but ordinary sentences may hold too (a story about copyright law,
# "free of charge"): on its own it makes only a short line a notice line (see _is_notice_line).
_WEAK_VOCAB = tuple(
    re.compile(p, re.I)
    for p in (
        r"著作权",
        r"授权许可|版权保护中心|版权合作|维权",
        r"受[^。\n]{1,40}?版权保护|\bprotected by copyright\b|\bsubject to copyright\b",
        r"(?:免费|可以|(?<![许认])可)[^。\n]{0,30}?(?:复制|转载|分发)",
        r"licensed under|free of charge|for free|\bno part of\b",
        r"\bcredit\b[^\n]{0,40}(?:link|original)|provided (?:that )?you credit",
        # a republish box's scope rule: "Photos and graphics are not included in this licence"
        r"\b(?:not (?:included in|covered by|part of)|excluded from) (?:this|the|our) (?:creative commons )?licen[cs]e\b"
        r"|不(?:在|属于)(?:此|本)(?:授权|许可)(?:范围)?|不适用(?:于)?(?:此|本)(?:授权|许可|协议)",
    )
)
_STRONG_VOCAB = _CLAIM_VOCAB + _LICENCE_TERMS
_NOTICE_VOCAB = _STRONG_VOCAB + _WEAK_VOCAB
# Every _LICENCE_TERMS match holds one of these Chinese literals or (in any letter case) one
# of these words, so text without them holds no licence terms: a scan that is some ten
# times faster than the patterns.
_LICENCE_LITERALS = ("未经", "不得", "禁止", "严禁", "请勿", "谢绝", "如需", "转载", "不保留", "注明", "标明", "欢迎", "开放授权")
_LICENCE_WORDS = (
    "may not be", "prohibited", "forbidden", "not permitted", "not permitting", "licensing", "permission", "for reprint",
    "for syndication", "creative commons", "licensed under", "republish", "non-commercial use",
    "noncommercial use", "reprint", "no part of", "data mining", "material may", "free of charge", "for free",
    "credit", "ask before", "ask us before", "protected by copyright", "subject to copyright", "please do not",
    "please don't", "to license", "to licence", "to syndicate", "to reuse", "to reproduce", "infringement", "violation",
    "breach", "authorized for", "authorised for", "licensed for", "reproduction", "republication", "redistribution", "reprodu",
    "you must", "you need to", "you have to", "you are required to", "you can't", "you cannot", "you can not", "you may not",
    "you mustn't", "you are not", "licen", "do not", "don't", "link back", "link to", "freely", "acknowledg", "feel free", "welcome to",
    "please credit", "please cite", "please attribute", "open government licen", "as the source", "as its source",
    "you may", "not be used to train", "not be used for",
    "no content", "no material", "no article", "no stories", "no text", "no work",
)  # fmt: skip
# The same for every _NOTICE_VOCAB pattern (claims and licence terms).
_NOTICE_LITERALS = (
    *_LICENCE_LITERALS, "版权", "著作权", "授权", "须经", "务经", "维权", "©", "原创", "独家", "首发", "翻印", "复制", "免费",
    "无断", "知识共享", "创用", "本网", "本站", "本报", "本刊", "本台", "不适用",
    # 作者保留一切权利: a reservation naming no right by 版权
    "所有权利", "一切权利", "全部权利",
    # a blog feed's "first appeared on" line in Chinese (文章X首先出现在Y)
    "首先出现", "最先出现", "最早出现", "首次出现", "首先发表", "最先发表", "最早发表", "首次发表",
)
# The literals in one pattern: one scan of a line instead of one per literal.
_NOTICE_LITERAL = re.compile("|".join(map(re.escape, _NOTICE_LITERALS)))
_NOTICE_WORDS = (
    *_LICENCE_WORDS, "copyright", "all right", "some right", "(c)", "rights holder", "rightsholder", "content owned",
    "originally", "first appeared", "first published", "first ran", "original article", "original story", "reproduced",
    "original post", "original piece", "original report", "appeared first on", "property of",
    # … and its translations (see FEED_ORIGIN_VERB)
    "pertama kali", "primero en", "en premier sur", "zuerst auf", "primeiro em", "eerst op", "primo su", "prima su",
    "this licence", "this license", "the licence", "the license", "our licence", "our license",
    # other languages' bans (see _FOREIGN_BAN_LINE)
    "interdit", "riproduzion", "nachdruck", "vervielfältigung", "verveelvoudig", "gereproduseer", "dilarang", "bawal",
    "kopyahin", "sao chép", "đăng lại", "запрещ", "перепечат", "무단", "금지",
    "cc by", "cc-by", "direitos reservados", "derechos reservados", "droits réservés", "droits reserves", "rechte vorbehalten", "diritti riservati",
    # RESERVED_ELSEWHERE and the words for copyright before a year
    "zimehifadhiwa", "hakimiliki", "hak cipta", "hakcipta", "karapatan", "voorbehou", "förbehållna", "forbeholdes", "rettigheter",
    "oikeudet", "zastrzeżone", "vyhrazena", "vyhradené", "zadržana", "pridržane", "drepturile", "fenntartva", "saklıdır",
    "защищен", "захищені", "δικαιώματος", "محفوظة", "שמורות", "สงวนลิขสิทธิ์", "mọi quyền", "bản quyền",
)  # fmt: skip
_DISCLAIMER = re.compile(r"[【\[]?\s{0,2}(?:免责声明|disclaimer)|如有侵权", re.I)
# The print edition's note (page furniture, not the story): "A version of this article appears in
# print on March 3, 2025, Section B, Page 4 …", "This article appeared in the print edition of …",
# "A version of this story was published in …", 本文刊登于《X报》…第4版, 原载于《X》…第N版; the page's
# own article only ("The report was published in March …" is a story's sentence).
_PRINT_EDITION = re.compile(
    r"(?i:^(?:a version of (?:this|the)|this) (?:article|story|column|piece|editorial|essay)"
    r" (?:appears|appeared|ran|was published|was printed|is published) (?:in print\b|in the [^.\n]{0,40}?\bprint edition\b"
    r"|in (?:the )?[^.\n]{0,60}?\b(?:edition|section|page \w{1,4})\b|in (?:the )?[^.\n]{0,60}?\bon page\b)"
    r"|^a version of (?:this|the) (?:article|story|column|piece|editorial|essay) (?:was|has been) published in\b)"
    r"|^(?:本文|此文|该文|本篇|本稿)?(?:原)?(?:刊登|刊发|刊载|发表|登载|载)(?:于|在)[^。\n]{0,40}?第?[\d一二两三四五六七八九十零〇百]{1,4}(?:版|页)"
)
# Lines that may close an article without being a claim: disclaimers and platform statements,
# comment rules, follow/share widgets, related-article headings. They are cut from the body with
# the notice (never fingerprinted) but name no rights holder.
_TRAILER = re.compile(
    r"免责声明|免责条款|风险提示|(?i:disclaimer)|如有侵权|侵删"
    # a picture owner's fee and takedown note (请作者与本站联系索取稿酬 … 可联系我们要求撤下)
    r"|索取稿酬|领取稿酬|要求撤下"
    r"|如有(?:违反|侵犯|侵害)[^\n]{0,10}权益|第一时间(?:删除|修正|处理)"
    r"|不构成(?:任何)?(?:个人)?投资建议|(?:投资|入市)需谨慎|写评论|最热文章|热门文章|不代表本[网站台报刊][^\n]{0,6}(?:观点|立场)|仅代表(?:作者|该作者|其)[^\n]{0,8}观点"
    r"|观点仅代表|仅提供信息(?:存储|发布)|信息发布平台|上传并发布|广告声明|本文为转载|本文系转载|本文转自|转载目的在于"
    r"|欢迎关注|关注我们|点击关注|扫码关注|长按(?:识别|二维码)|微信公众号|公众号[:：]|分享到|分享让|打印本页|关闭窗口|相关阅读|相关新闻|推荐阅读"
    r"|留言|评论(?:规则|须知|区)|网友评论"
    r"|^\d{1,6}篇原创内容$"  # a public account's card: "312篇原创内容" counts its posts
    r"|(?i:views expressed|do not necessarily reflect|not responsible for the content|follow us|share this|"
    r"read more|related (?:stories|articles)|sign up for|subscribe to our|comments? (?:are|policy|section)"
    r"|join the (?:conversation|discussion)|(?:leave|post|add) a (?:comment|reply))"
    # a newsletter's subscribe box and reading prompts ("Subscribe to X to get every edition.", "Keep reading")
    r"|(?i:^subscribe\b|^keep reading\b|^continue reading\b)"
    # a row of social-network links ("Facebook YouTube X", "Facebook | Instagram"): a follow widget
    r"|(?i:^(?:(?:facebook|twitter|x|instagram|youtube|linkedin|tiktok|whatsapp|telegram|threads|pinterest|rss|weibo)"
    r"[ ]?[|·/•]?[ ]?){2,10}$)"
)
# The statements among them that a long trailer line opens with.
_TRAILER_STATEMENT = re.compile(
    r"免责声明|免责条款|风险提示|(?i:disclaimer)|如有侵权|侵删"
    # a picture owner's fee and takedown note (请作者与本站联系索取稿酬 … 可联系我们要求撤下)
    r"|索取稿酬|领取稿酬|要求撤下"
    r"|如有(?:违反|侵犯|侵害)[^\n]{0,10}权益"
    r"|不构成[^，。\n]{0,8}?投资建议|(?:投资|入市)需谨慎|不代表本[网站台报刊][^\n]{0,6}(?:观点|立场)"
    # a stance line naming its publisher (内容不代表本系立场, 并不代表《X》立场): the clause closes on
    # 立场 or 观点 within a few words, which an article's "他的发言不代表政府" does not
    r"|(?:内容|文章|本文|意见|观点)[^，。\n]{0,6}?(?:并|並)?不代表[^，。\n]{0,16}?(?:的)?(?:观点|立场)|(?:内容|文章|本文)[^。\n]{0,8}?(?:属|系|为)(?:作者)?个人(?:意见|观点)"
    # a call for readers' tips and stories (欢迎爆料！新闻爆料热线：…)
    r"|欢迎(?:您的)?(?:爆料|报料|投稿)"
    # a site's terms-of-use acceptance line ("By accessing any information beyond this page, you
    # agree to abide by the Privacy Policy …", "Use of this site constitutes acceptance of our
    # User Agreement …"): footer furniture, however long
    r"|(?i:\bby (?:accessing|using|continuing to use|visiting|browsing)\b[^\n]{0,80}?\byou (?:agree|accept|consent)\b"
    r"|\buse of (?:and/or registration on )?(?:any (?:portion|part) of )?(?:this|our) (?:site|website)\b[^\n]{0,40}?\bconstitutes (?:your )?acceptance\b)"
    # a membership or donation ask under a story (成为X会员，支持深度报导; "Support local journalism")
    r"|成为[^，。？\n]{0,12}?会员|支持(?:我们)?的?[^，。？\n]{0,4}?(?:报导|报道|新闻工作)|赞助我们|小额(?:赞助|捐款)"
    r"|(?i:\bsupport (?:our|independent|local|nonprofit|non-profit|public-interest) (?:journalism|reporting|newsroom)\b"
    r"|\bbecome an? (?:member|supporter|sustaining member)\b|\bdonate (?:now|today)\b|\bmake a (?:donation|tax-deductible gift)\b)"
    # public-service reminders a site prints under stories by law or policy (a suicide helpline,
    # the statutory alcohol warning) and a paywall's cut line (以上为付费内容节选，订阅…后可阅读全文)
    r"|自杀不能解决问题|饮酒过量[，, ]?有碍健康|以上(?:为|是)?付费内容|订阅[^，。\n]{0,12}?后(?:即)?可阅读全文"
    r"|仅代表(?:作者|该作者|其)[^\n]{0,8}观点|观点仅代表|仅提供信息(?:存储|发布)|信息发布平台|上传并发布|广告声明"
    r"|仅供参考"
    # "The views and opinions expressed in this article are the author's own and do not …"
    r"|(?i:\b(?:views|opinions)(?: and (?:views|opinions))? expressed (?:in|by) (?:this|the) (?:article|story|column|piece|post|op-ed)"
    r"[^\n]{0,20}? (?:are|is) (?:those of the|the) (?:author|writer|contributor)s?['’]?s?\b)"
    # a line opened by a statement's own label (作者声明：…, 【温馨提示】…, ※【纠错】…) that is not the
    # rights' (版权声明 and 原创声明 open claims, which the notice tests read first)
    r"|^[※★＊*]?[ ]?(?:[【\[](?![^】\]\n]{0,6}?(?:版权|著作权|原创|转载))[^】\]\n，。]{0,6}?(?:声明|提示|须知|纠错|更正|勘误|警语|警示)[】\]]"
    r"|(?![^：:\n]{0,6}?(?:版权|著作权|原创|转载))[^：:\n，。【\[]{0,6}?(?:声明|提示|须知|纠错|更正|勘误)[ ]?[:：])"
    # a correction or complaint line: 如发现本文有事实或文字错误，请… / 如对本台新闻报道有任何意见或投诉，请…
    r"|如(?:发现|发觉)[^，。\n]{0,12}?错误|如对[^，。\n]{0,16}?(?:意见|投诉)"
    r"|本文为转载|本文系转载|本文转自|转载目的在于|欢迎关注|网友评论"
    # a comment section's rules: "Conversations are opinions of our readers …", "X does not endorse these opinions"
    r"|(?i:^(?:comments?|conversations?|posts?) (?:are|is) (?:the )?(?:opinions?|views?) of\b|\bdoes not endorse (?:these|the|any|such) (?:opinions|views|comments)\b)"
    r"|(?i:views expressed|^[^.\n]{0,80}?\bdo(?:es)? not necessarily (?:reflect|represent) (?:the )?(?:views?|opinions?|positions?|polic(?:y|ies))\b|not responsible for the content)"
    # an author's note: "X is a lecturer at Y. The views expressed are her own." (the bio opens it)
    r"|(?i:^[^.\n]{0,40}?\b(?:is|was) an? [^.\n]{0,120}?\.[ ]{1,2}(?:the )?(?:views|opinions) (?:expressed )?(?:here |in this (?:article|piece|column) )?are (?:his|her|their|the (?:author|writer)'?s'?) own\b)"
    # a reader call for stories and tips: "Do you have a story …? Email us at …", "Got a news tip?"
    r"|(?i:^(?:do you )?(?:have|got) an? (?:news )?(?:story|tip|news tip)\b[^?\n]{0,80}\?)"
    # corrections, affiliate and sponsorship disclosures: site lines that claim nothing
    r"|(?i:\breport an error\b|\bspot an error\b|\bsee something wrong\b|\bcorrections? policy\b|^[^.\n]{0,80}?\baffiliate commission\b"
    r"|^[^.\n]{0,40}?\b(?:is|was) (?:paid for|sponsored|funded) by\b)"
    # an app or account promotion (下载“X”官方APP，或关注…): a widget in sentence form
    r"|下载[^\n]{0,16}(?:(?i:app)|客户端)"
    # a third-party-content disclaimer: 转载出于传递更多信息之目的，并不意味着赞同其观点
    r"|传递更多信息|不意味着(?:赞同|认同|同意)"
    # an AI-generation disclosure (【内容提示】…由AI辅助生成) and a repost's credit line (本文来自
    # 微信公众号：X，作者：Y): they claim nothing, and the credit belongs to a notice below it. The
    # disclosure speaks of the text itself and the credit opens its line: an article's sentence
    # (报告初稿由人工智能生成, 据介绍，文章来源于…) is neither.
    r"|内容提示|(?:本文|内容|文章|全文|此文)[^，。\n]{0,10}?(?i:ai|人工智能)[ ]?(?:辅助|合成)?(?:生成|翻译|编译|撰写|写作)"
    r"|(?:^|(?<=[【\[（(]))[ ]?(?:本文来自|本文来源|文章来源)"
    # English disclosures and site lines that claim nothing: an AI-assistance note, a funding
    # note ("X is a public interest news service supported by …"), site-terms acceptance
    r"|(?i:\b(?:created|written|produced|generated|translated|drafted|edited)\b[^.\n]{0,40}?\b(?:with the help of|with the assistance of|using|by)\b[^.\n]{0,20}?\b(?:AI|artificial intelligence)\b)"
    r"|(?i:^[^.\n]{0,60}?\bis an? (?:public[- ]interest |non-?profit |independent )?news (?:service|agency|project|initiative)\b[^.\n]{0,40}?\b(?:supported|funded) by\b)"
    r"|(?i:^[^.\n]{0,40}?\bconstitutes acceptance of\b)"
    # a feed's back-link to the host's own post: "The post X appeared first on Y."
    r"|(?i:^the post\b[^\n]{1,200}\bappeared first on\b)"
    + "|" + _PRINT_EDITION.pattern + "|"
    # a press regulator's membership line in a footer ("X is a member of the New Zealand Media
    # Council. Complaints about editorial content …", "regulated by IPSO")
    r"(?i:^[^.\n]{0,80}?\b(?:is|are) (?:a )?members? of (?:the )?[^.\n]{0,60}?\b(?:press|media|news) (?:council|standards|complaints)\b"
    r"|\bregulated by (?:the )?(?:independent press standards organisation|ipso|impress)\b|^complaints about (?:editorial )?content\b"
    # the paragraph every IPSO-regulated UK title prints: "If you have a complaint about the
    # editorial content which relates to inaccuracy or intrusion, then please contact the editor"
    r"|^if you (?:have|wish to make|want to make) a complaint about (?:the |our )?(?:editorial )?(?:content|coverage|reporting)\b"
    r"|^[^.\n]{0,80}?\b(?:adheres?|subscribes?|abides?|complies|comply) (?:to|by|with) (?:the )?[^.\n]{0,80}?\b(?:code of (?:practice|conduct|ethics)|press code)\b)"
)
_TRAILER_CUE_AT = 25
# A statement opening within the first _TRAILER_CUE_AT characters (``match``, not ``search``).
_TRAILER_STATEMENT_EARLY = re.compile(rf"[^\n]{{0,{_TRAILER_CUE_AT}}}?(?:{_TRAILER_STATEMENT.pattern})", _TRAILER_STATEMENT.flags)
# A platform's safe-harbour statement (本文为X号作者上传并发布，X仅提供信息发布平台): the article is
# the uploader's, so the platform's footer claim below it is not the article's.
_PLATFORM_STATEMENT = re.compile(r"上传并发布|仅提供信息(?:存储|发布)|信息发布平台|(?i:user-submitted|uploaded by (?:a|the) user)")
# A site footer's claim line: © / Copyright / 版权所有 / All rights reserved.
_FOOTER_CLAIM = re.compile(r"版权所有|©|\([cC]\)|(?i:copyright|all rights reserved)")
# Lines of a page footer around a notice: registration and licence numbers, addresses, link rows
# (主办单位 as a row's label, not a story's "主办单位提醒，…").
_FOOTER_LINE = re.compile(
    r"(?i:icp|公网安备|许可证|出版物号|邮发代号|刊号|标识码|备案号|网文|邮编|"
    r"(?:地址|主办|承办|协办|制作|运营|出品|主管)(?:单位|方)?\s{0,2}[:：]|(?:主办|承办|协办|制作|运营|主管)单位(?=[\s:：|｜]|$)|"
    r"registered in|company (?:no|number)|address\s{0,2}:|\S[ ]?[|｜][ ]?\S)"
    # a Chinese imprint: 《X週刊》由Y出版, 本网站由Y营运 / 提供技术支持
    r"|(?:^《[^》\n]{1,20}》|本网站|本网|本站|本台|本刊|^[^，。\n]{1,16}?(?:新闻台|电视台|电台|频道|网站|网))[^，。\n]{0,4}?由[^，。\n]{2,30}?(?:出版|营运|运营|经营|提供|制作|主办)"
    # a street address on a line of its own: "215 16 Street SE, Calgary, Alberta, T2E 7P5"
    r"|(?i:^\d{1,5}[ ][\w .'\-]{1,30}?\b(?:street|st|road|rd|avenue|ave|boulevard|blvd|lane|drive|dr|way|place|square)\b\.?(?:[ ](?:[NSEW]{1,2}|north|south|east|west)\b\.?)?,)"
    # an English imprint: "X is published by Y Ltd.", "a division of Y", "X is a nonprofit newsroom."
    r"|(?i:^[^.\n]{1,60}?\bis (?:published|operated) by\b|\ba (?:division|subsidiary|trading name) of\b"
    r"|^[^.\n]{1,60}?\bis an? (?:non-?profit|not-for-profit|independent|reader-supported|reader-funded|member-supported"
    r"|member-funded|community-funded|non-?partisan|public-interest)\b"
    r"[^.\n]{0,30}?\b(?:newsroom|news organi[sz]ation|magazine|publication|news site|website)\b)"
)
_WIDGET_CHARS = 40
"""A line this short after a notice (打开客户端阅读更多, a QR-code caption) is a widget."""
_FOOTER_MAX_LINES = 12
"""Footer and trailer lines allowed between a notice's lines."""
_TRAILING_MAX_LINES = 30
"""Trailer, editor, widget and headline lines allowed after a notice (a related-stories list)."""
_FOOTER_LINES_ABOVE = 4
_CONTACT_BLOCK_LINES = 16  # lines of desks and contacts above a footer's claim, at most (four desks of label, e-mail and phone)
_PROSE_AFTER_LINES = 3
_PROSE_AFTER_CHARS = 200
"""Lines of sentences allowed after a notice before its trailers: a promotion or a site blurb
(下载新闻客户端，第一时间获取…; "Get the best of our journalism delivered to your inbox")."""
_SIGNATURE_CHARS = 30
"""A line this short right under a notice may be its signature (the holder's name)."""
_LIST_ITEM_CHARS = 100
"""A line this short after a notice line ending in a colon is an item of its list of terms."""
_HEADLINE_CHARS = 90
"""A line this short without sentence punctuation after a notice is a headline of a list."""
_CONTACT = re.compile(
    r"@|＠|\d[\d\s()+-]{5,20}\d|(?:电话|热线|邮箱|传真|联系人|联络人|联系方式|联络方式|tel|phone|e-?mail|contact)\s{0,2}[:：]"
    # the @ spellings contacts.py reads; 小老鼠/艾特 only between an address's parts (一只小老鼠 is a mouse)
    r"|[(\[{]at[)\]}]|[a-z0-9._\-][ ]{0,2}[\[(]?(?:小老鼠|艾特)[\])]?[ ]{0,2}[a-z0-9]|\bat\b.{1,30}\bdot\b|write to|got a tip",
    re.I,
)
_ROW_URL = re.compile(r"(?i:https?://)[^\s@]{3,200}")  # ([^\s@]: an address is counted by _CONTACT)
_CONTACT_ROW_CHARS = 400  # a row of labelled contacts (several desks on one line) …
_CONTACT_ROW_MIN = 3  # … holding three contacts or more
_NOTICE_TAIL_CHARS = 60  # short non-vocabulary lines allowed in a notice: holder name, phone
_NOTICE_SHARE = 0.6  # a notice starts in the last 40% of the text …
_NOTICE_LAST_LINES = 4  # … or within its last few paragraphs
_NOTICE_SCAN_CHARS = 3000
_SHORT_NOTICE_CHARS = 60
"""A line this short is a notice line on weak wording alone (著作权归作者所有)."""
_JOIN_CHARS = 60
"""Lines this short may be one notice sentence broken over several lines (本文系X / 原创作品)."""
# Reported speech: a line holding it (and no word for "this page") is the article's, even a
# short one.
_REPORTED_SPEECH = re.compile(r"表示|认为|指出|据了解|据悉|获悉|透露|介绍说|[他她]说|(?i:\b(?:said|says|told)\b)")
# An article's own sentences: reported speech, a court story. A long line with these and
# without a word for "this page" (本文, 本网, this article …) is the article, not its notice.
_NARRATIVE = re.compile(
    _REPORTED_SPEECH.pattern + r"|法院|被告|原告|判决|起诉|审理|(?i:according to|\bcourt\b|\bjudge\b|\blawsuit\b)"
)
_SELF_REF = re.compile(
    r"本文|本稿|本篇|本网|本站|本报|本刊|本号|本台|本平台|本公众号|本栏目|本作品|本频道|本网站|本app|本客户端"
    r"|(?i:this (?:article|story|material|content|site|website|page|report|piece)|\bour (?:content|material|articles|stories)\b)"
)
# Where a notice glued to the end of an article's last paragraph may begin: after a sentence
# end, before an opening bracket, before a © or "Copyright".
_SENTENCE_BREAK = re.compile(r"(?<=[。！？；!?])\s{0,3}|(?<=[.;])(?<!Ltd\.)(?<!Inc\.)(?<!Co\.)(?<!Corp\.)\s{1,3}|(?<=\S)\s{0,3}(?=[（(【\[](?!\d))|(?<=\S)\s{1,3}(?=©|(?i:copyright\b))")
_SENTENCE_FINAL = "。！？!?；;"
_ENDS_SENTENCE = re.compile(r"[。！？.!?][”」』’\"')）]{0,2}$")
_HEADING_LABEL = re.compile(r"[【\[]?\s{0,2}(?:声明|版权声明|原创声明|郑重声明|特别声明|版权说明|注|note|copyright)\s{0,2}[】\]]?\s{0,2}[:：]", re.I)


def _may_hold_licence_terms(text: str) -> bool:
    text = _simplified(text)
    return any(lit in text for lit in _LICENCE_LITERALS) or _holds_word(text, _LICENCE_WORDS)


def _may_hold_notice_wording(text: str) -> bool:
    return _simplified_holds_notice_wording(_simplified(text))


def _simplified_holds_notice_wording(text: str) -> bool:
    """:func:`_may_hold_notice_wording` for text already folded by :func:`_simplified`."""
    return _NOTICE_LITERAL.search(text) is not None or _holds_word(text, _NOTICE_WORDS)


def _is_notice_heading(line: str) -> bool:
    """A notice heading alone (版权声明, 著作權聲明, Copyright notice): it claims nothing itself."""
    return bool(_NOTICE_HEADING.fullmatch(_simplified(line.strip())))


def _is_notice_heading_or_disclaimer(line: str) -> bool:
    """A notice heading line (版权声明, Copyright notice …) or a disclaimer opening
    (免责声明 …): never an article's title."""
    return _is_notice_heading(line) or bool(_DISCLAIMER.match(line))


def _notice_kinds(line: str) -> tuple[int, int]:
    """How many kinds of strong (claims, licence terms) and of weak notice wording ``line``
    holds; ``(0, 0)`` for a 免责声明 disclaimer."""
    line = _simplified(line[:_NOTICE_SCAN_CHARS])  # bounds the work on a megabyte-long line
    if not _simplified_holds_notice_wording(line) or _DISCLAIMER.match(line):
        return 0, 0  # none of the literals the notice patterns need: skip the searches
    return (
        sum(1 for pattern in _STRONG_VOCAB if pattern.search(line)),
        sum(1 for pattern in _WEAK_VOCAB if pattern.search(line)),
    )


def _notice_hits(line: str) -> int:
    """How many kinds of notice wording ``line`` holds (0 for a 免责声明 disclaimer)."""
    return sum(_notice_kinds(line))


def _is_trailer_line(line: str) -> bool:
    """A disclaimer, platform statement, comment rule or widget line (see :data:`_TRAILER`).
    A sentence (a line over 60 characters, or one with ，/。 and no statement's words) must open
    with a statement's own words (免责声明, 欢迎关注, 仅代表作者观点 … within its first 25
    characters): an article's last paragraph that mentions a 微信公众号 or 留言 is not one."""
    if len(line) > 300 or is_correction_note(line):
        return False  # (【更正】…特此更正 is the story's note, closed by the text's rules)
    folded = _simplified(line[:_NOTICE_SCAN_CHARS])
    if len(line) > _SHORT_NOTICE_CHARS:
        # a sentence: only a statement opening in its first characters counts, so only those
        # starts are tried (the pattern's many branches at every position were the cost)
        return _TRAILER_STATEMENT_EARLY.match(folded) is not None
    m = _TRAILER_STATEMENT.search(folded)
    if m is not None or not any(ch in "，。" for ch in line):
        return m is not None or _TRAILER.search(folded) is not None  # a widget, or a short statement
    return False


# An item of a numbered list: 1. / 2、 / （一） / (2) / ① opening the line.
_LIST_ITEM = re.compile(r"(?:\d{1,2}[.．、)）]|[（(][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}[、.．]|[①-⑩])[ ]?\S")
# The letter of a lettered item ((a) / b) / (iii)), as English terms letter their conditions
ITEM_LETTER = r"(?:[a-h]|i{1,3}|iv|v)"
# A lettered item opening a line: the conditions English terms letter under "provided that:"
_LETTERED_ITEM = re.compile(rf"[(（]?{ITEM_LETTER}[)）][ ]?\S")
_STATEMENT_LIST_ITEMS = 8
_STATEMENT_ITEM_CHARS = 600
_STATEMENT_HEADING = re.compile(r"声明|免责|风险|警语|警示|(?i:disclaimer|risk warning)")


def _line_above_items(lines: Sequence[_Line], k: int, limit: int) -> int | None:
    """Index of the nearest of the ``limit`` lines above ``k`` that is no item of a numbered list
    (:data:`_LIST_ITEM`, at most :data:`_STATEMENT_ITEM_CHARS` characters): where the list line
    ``k`` belongs to opens; ``None`` when every one of them is an item."""
    for j in range(k - 1, max(-1, k - limit - 1), -1):
        if len(lines[j].text) > _STATEMENT_ITEM_CHARS or not _LIST_ITEM.match(lines[j].text):
            return j
    return None


def _is_statement_item(lines: Sequence[_Line], k: int) -> bool:
    """Line ``k`` is an item of a numbered list that a statement's heading opens (【风险提示】,
    【投資警語】, 免责声明： over 1. 2. 3.): the items say what the heading's statement says,
    however they are worded. At most :data:`_STATEMENT_LIST_ITEMS` items, each of at most
    :data:`_STATEMENT_ITEM_CHARS` characters. A lettered item ((a) …;) belongs to the notice line
    above its list that ends with a colon ("… provided that:"; from session 28)."""
    text = lines[k].text
    if len(text) <= _STATEMENT_ITEM_CHARS and _LETTERED_ITEM.match(text):
        # "You may reproduce … provided that:" over (a) (b) (c): the conditions of the notice's own sentence
        j = k - 1
        while j >= 0 and k - j <= _STATEMENT_LIST_ITEMS and len(lines[j].text) <= _STATEMENT_ITEM_CHARS and _LETTERED_ITEM.match(lines[j].text):
            j -= 1
        lead = lines[j].text.rstrip() if j >= 0 else ""
        return lead.endswith((":", "：")) and len(lead) <= _STATEMENT_ITEM_CHARS and _is_notice_line(lead)
    if len(text) > _STATEMENT_ITEM_CHARS or not _LIST_ITEM.match(text):
        return False
    j = _line_above_items(lines, k, _STATEMENT_LIST_ITEMS)
    if j is None or len(lines[j].text) > _WIDGET_CHARS:
        return False
    # a statement's heading; a list of tips (温馨提示：1. 注意防寒…) is the article's own
    # (a notice's heading too: "Copyright and reuse policy" over 1. Ownership … 4. Content from other sources …)
    heading = lines[j].text
    return (_is_trailer_line(heading) and _STATEMENT_HEADING.search(_simplified(heading)) is not None) or _is_notice_heading(heading)


def _numbered_statement_heading(lines: Sequence[_Line], k: int) -> int | None:
    """The notice heading (版权声明, 法律声明, "Copyright and Disclaimer") over the numbered list
    line ``k`` is an item of, with only items of at most :data:`_STATEMENT_ITEM_CHARS` characters
    between (at most :data:`_STATEMENT_LIST_ITEMS`): a long statement's clauses are its notice
    however each is worded (1. Ownership … 3. What you may do … 4. What you may not do …)."""
    if not _LIST_ITEM.match(lines[k].text):
        return None
    j = _line_above_items(lines, k, _STATEMENT_LIST_ITEMS + 1)
    return j if j is not None and j > 0 and len(lines[j].text) <= 60 and _is_notice_heading(lines[j].text) else None


def _is_contact_line(line: str) -> bool:
    """A short line giving a phone number, an e-mail address or a contact person, or a row of
    labelled contacts (新闻热线：… 订报热线：… 广告热线：… 举报电话：…, three or more and no
    sentence), which a page prints on one line however long it gets."""
    if len(line) <= 120:
        return _CONTACT.search(_simplified(line)) is not None
    if len(line) > _CONTACT_ROW_CHARS or any(ch in line for ch in "。！？"):
        return False
    folded = _simplified(line)
    if _LICENSING_LABEL.match(folded) and _CONTACT.search(folded):
        return True  # a licensing desk's row with its postal address ("Reprint requests: Reprints Desk, 12 Mill Lane, …; phone …")
    # a desk's web form counts in the row too (Reprints: https://… · Customer service: … · Tips: …)
    found = (*islice(_CONTACT.finditer(folded), _CONTACT_ROW_MIN), *islice(_ROW_URL.finditer(folded), _CONTACT_ROW_MIN))
    return len(found) >= _CONTACT_ROW_MIN


def _is_footer_line(line: str) -> bool:
    """A footer line that may sit among a notice's lines: registration numbers, an address,
    a row of links, a contact line (a row of several desks' contacts however long it gets: "To
    contact the newsdesk, call … For advertising, call … To make a complaint, write to …")."""
    if _is_contact_line(line) and (len(line) <= 200 or len(_DESK_NAMED.findall(line[:_CONTACT_ROW_CHARS])) >= _ROW_DESKS):
        return True  # (a long row names its desks: a paragraph with a few numbers in it is no row)
    if len(line) > 200:
        return False
    return bool(_FOOTER_LINE.search(_simplified(line))) and not any(ch in "。！？" for ch in line[:-1])


# A footer line naming contact desks only: "Tips and corrections", "Reprints and advertising",
# "Subscriptions / customer service", "Syndication enquiries · Reader complaints", 联系我们.
_DESK_WORD = (
    r"(?:(?:news|reader|editorial|customer|general|press|media)[ ]?)?(?:tips?|news ?desk|newsroom|corrections?|complaints?|"
    r"advertis\w*|ads|sales|subscri\w*|service|syndication|reprints?|permissions?|licens\w*|rights|contact(?:[ ]us)?|"
    r"enquiries|inquiries|feedback)"
)
_DESK_NAMED = re.compile(rf"(?i:\b{_DESK_WORD}\b)")
_ROW_DESKS = 3
_DESK_LABEL_LINE = re.compile(
    rf"(?i:{_DESK_WORD}(?:[ ](?:enquiries|inquiries|desk|team))?(?:[ ]?(?:and|&|/|·|,|\|)[ ]?{_DESK_WORD}(?:[ ](?:enquiries|inquiries|desk|team))?){{0,3}})[ ]?:?"
    r"|(?:联系我们|联系方式|新闻热线|报料|广告合作|广告|订阅|发行|举报|投诉|版权合作|转载授权|授权合作|内容授权|版权授权|商务合作|客服)"
    r"(?:[、/·|｜ ](?:新闻热线|报料|广告合作|广告|订阅|发行|举报|投诉|版权合作|转载授权|授权合作|内容授权|版权授权|商务合作|客服)){0,3}[:：]?"
)


def _is_desk_label_line(line: str) -> bool:
    """A short line naming contact desks only (see :data:`_DESK_LABEL_LINE`)."""
    return len(line) <= 60 and _DESK_LABEL_LINE.fullmatch(_simplified(line).strip()) is not None


def _is_narrative(text: str) -> bool:
    """Whether ``text`` reads as the article's own sentences (reported speech, a court story)
    rather than the page speaking of itself."""
    folded = _simplified(text[:_NOTICE_SCAN_CHARS])
    return _NARRATIVE.search(folded) is not None and _SELF_REF.search(folded) is None


# A line that opens with the sign and a year ("© 2024 X Ltd. Registered in …", "Copyright © 2001-2025. …").
_SIGN_OPENING = re.compile(r"\s{0,3}(?:©|\([cC]\)|(?i:copyright)[ ]{0,2}(?:©|\([cC]\)|(?:19|20)\d{2}))")
# A line that opens by asking the reader about reprinting: a site's republish box.
_REPRINT_QUESTION = re.compile(
    r"\W{0,3}(?i:(?:want|wish|would you like|interested in|looking) to (?:republish|reprint|syndicate|reuse)|(?:republishing|reprinting) (?:this|our)"
    # ("Questions about reprints? Write to me at …": a newsletter post's closing line)
    r"|(?:questions?|enquiries|inquiries) (?:about|on|regarding) (?:reprints?|reprinting|republishing|republication|licensing|syndication|permissions?))"
    r"\b[^?\n]{0,80}\?"
)


# A labelled notice field of a wire record or a text export: the label says what the line is.
_NOTICE_FIELD = re.compile(
    r"\s{0,3}(?i:copyright notice|copyright|usage terms|usage rights|terms of (?:use|reuse)|rights and permissions"
    r"|reprints? (?:and|&) permissions|licensing|rights)\s{0,2}[:：]"
)


# A public account card's count of its posts (312篇原创内容, 58篇原創內容).
_ACCOUNT_COUNT = re.compile(r"[ ]{0,3}\d{1,6}[ ]?篇(?:原创|原創)(?:内容|內容|文章)?[ ]{0,3}")


def _is_notice_line(line: str) -> bool:
    """Whether ``line`` is a line of a licensing notice: it holds a claim or licence terms
    (a line over 200 characters two kinds of wording: one "转载" in a body paragraph is not a
    notice), or is short and holds weaker wording; a long line of reported speech is not one."""
    if is_correction_note(line):
        return False  # 【更正】本报…一文中…特此更正: the outlet's note on the story, which names 本报
    if len(line) <= 400 and (_REPRINT_QUESTION.match(line) or _SIGN_OPENING.match(line)):
        # "Want to republish something from X? … write to …": a republish box, however long; a
        # footer's © line with the company's address and registration glued on
        return True
    if _ACCOUNT_COUNT.fullmatch(line):
        return False  # a public account's card: "312篇原创内容" counts its posts, it claims none
    strong, weak = _notice_kinds(line)
    if strong == 0:
        return weak >= 1 and len(line) <= _SHORT_NOTICE_CHARS and not _is_narrative(line)
    if _NOTICE_FIELD.match(line):
        return True  # a record's labelled field ("Usage terms: … not permitting redistribution"), however long
    if len(line) > _SHORT_NOTICE_CHARS and _is_narrative(line):
        return False
    if _REPORTED_SPEECH.search(_simplified(line[:_NOTICE_SCAN_CHARS])) and not _SELF_REF.search(_simplified(line[:_NOTICE_SCAN_CHARS])):
        return False  # 陈明远表示，…设计方案的版权归设计院所有。: a sentence of the story, however short
    return len(line) <= 200 or strong + weak >= 2


def _is_notice_tail(line: str) -> bool:
    """A short line that may sit in a notice without notice wording: the rights holder's
    name or a contact line. A sentence (Chinese sentence punctuation) is not one."""
    if len(line) > _NOTICE_TAIL_CHARS or _DISCLAIMER.match(line) or _NOTICE_HEADING.fullmatch(line):
        return False
    if _CONTACT.search(line):
        return True
    # (a name's company suffix keeps its full stop: "Press Ltd." ending a name broken over lines)
    return not any(ch in "。，！？；" for ch in line) and (not line.endswith(".") or _SUFFIX_STOP.search(line) is not None)


_SUFFIX_STOP = re.compile(r"(?<![A-Za-z])(?:Ltd|Inc|Co|Corp|Pty|Bhd|L\.P|S\.A|N\.V|B\.V|P\.L\.C)\.\Z")


def _is_headline(line: str) -> bool:
    """A line of a list of other stories after a notice: short, one phrase, no sentence."""
    return len(line) <= _HEADLINE_CHARS and not any(ch in "。！？；，" for ch in line) and not line.endswith(".")


def _notice_start_in(line: str) -> int | None:
    """Where in ``line`` a notice begins that runs to the line's end: 0 when the whole line is
    one, the offset of a sentence when the notice is glued to the end of an article's paragraph
    (``……年底完工。版权声明：本文为X原创，未经授权不得转载。``), ``None`` when the line does not
    end in a notice. Every sentence from there on must be notice wording or a contact; the
    first must not read as the article's own (reported speech)."""
    whole = _is_notice_line(line)
    text = line[:_NOTICE_SCAN_CHARS]
    if not _may_hold_notice_wording(text):
        return None
    cuts = sorted({m.end() for m in _SENTENCE_BREAK.finditer(text) if 0 < m.end() < len(text)})
    # the sentences of the line, walked from its end: the notice is the longest run of notice
    # sentences (contacts, short names between them) that closes the line
    bounds = [0, *cuts, len(text)]
    start = None
    for k in range(len(bounds) - 2, 0, -1):
        sentence = text[bounds[k] : bounds[k + 1]].strip()
        if not sentence:
            continue
        if _is_notice_line(sentence) or (_HEADING_LABEL.match(sentence) and _notice_hits(sentence)):
            start = bounds[k]
        elif start == bounds[k + 1] and len(sentence) <= 12 and _CLAIM_OPENING.match(text, bounds[k + 1]):
            start = bounds[k]  # "Text © the author; images © X": a short label opens the © sentence after it
        elif start is None and not (_is_contact_line(sentence) or _is_footer_line(sentence) or len(sentence) <= 12):
            return None  # the line ends in a sentence that is neither notice, contact nor footer row
        elif start is not None and not (_is_contact_line(sentence) and len(sentence) <= 40):
            break
    if start is None or start == 0:
        return 0 if whole else None
    head = text[:start].strip()
    if _is_footer_line(head) and not _ENDS_SENTENCE.search(head):
        # a footer's rows joined on one line before its claim (a text extraction prints a footer so:
        # "Contact us: newsdesk 01632 … | advertising … © 2024 X Ltd. Registered in …"): all the notice's
        return 0
    if _PRINT_EDITION.match(_simplified(head)):
        return 0  # the print edition's note before "Order Reprints | Today's Paper": page furniture too
    if (
        _notice_hits(head) or len(head) < 10 or _is_name_line(head) or _CLAIM_OPENING.match(head) or _EDITOR.match(head) or _is_contact_line(head)
        or _is_trailer_line(head) or _ENDS_SENTENCE.search(head) is None
    ):  # fmt: skip
        # what comes before is no article sentence: the whole line is the notice, or none
        return 0 if whole else None
    return start


_NAME_CONNECTORS = frozenset({"of", "and", "the", "for", "&"})
# "(c) X Ltd. All rights reserved.": a sentence that opens with the sign is the claim's, never an article's.
_CLAIM_OPENING = re.compile(r"\s{0,3}(?:©|\([cC]\)|(?i:copyright\b))")


def _is_name_line(head: str) -> bool:
    """A capitalised name closed by a full stop ("Harbour Daily Media Ltd.") before "All rights
    reserved" on the same line: the name of the claim, not an article's sentence."""
    words = head.rstrip(".").split()
    return (
        len(head) <= _SIGNATURE_CHARS + 10 and 0 < len(words) <= 6 and head.isascii()
        and all(w[0].isupper() or w[0].isdigit() or w in _NAME_CONNECTORS for w in words)
    )  # fmt: skip


@dataclass(frozen=True)
class _NoticeSpan:
    """Where the notice sits among the lines: from ``offset`` characters into line ``start``
    to the end of line ``end - 1``. Lines from ``end`` on are trailers (editor lines, widgets,
    lists of other stories): cut from the body, not part of the notice. ``0 <= start < end <=
    len(lines)``; ``offset`` is 0 unless the notice is glued to an article paragraph. Lines
    from ``cut`` (``<= start``; ``None`` means ``start``) up to ``start`` are a list of other
    stories above the notice: cut from the body too, not part of the notice."""

    start: int
    end: int
    offset: int = 0
    cut: int | None = None


# The heading of a list of other stories (相关新闻, "Trending now"): the short lines under it are
# headlines, not the article's, even when a footer's notice follows them.
_LIST_HEADING = re.compile(
    r"[【\[]?(?:相关(?:新闻|阅读|推荐|文章|报道|链接)|推荐阅读|延伸阅读|热门(?:文章|新闻|推荐|排行)?|更多(?:新闻|精彩|阅读)|猜你喜欢|热点新闻|最新(?:新闻|文章)"
    r"|(?i:trending(?: now| stories)?|related(?: stories| articles| news| coverage| reading)?|more (?:from|on) [^\n]{1,30}|most (?:read|popular|viewed)"
    r"|popular(?: now| stories)?|recommended(?: for you)?|read next|you (?:may|might) also like|latest(?: news| stories)?|top stories))[】\]]?\s{0,2}[:：]?"
)


def _under_list_heading(lines: Sequence[_Line], k: int) -> bool:
    """Whether line ``k`` is one of the headline lines right under a list heading (see
    :data:`_LIST_HEADING`), at most 30 lines below it."""
    for j in range(k - 1, max(-1, k - _TRAILING_MAX_LINES - 1), -1):
        text = lines[j].text
        if len(text) <= _WIDGET_CHARS and _LIST_HEADING.fullmatch(_simplified(text)):
            return True
        if not _is_headline(text):
            return False
    return False


def _find_notice(lines: Sequence[_Line]) -> int | None:
    """Index of the first line of the trailing licensing notice, or ``None`` (see
    :func:`_find_notice_span`)."""
    span = _find_notice_span(lines)
    return None if span is None else span.start


def _find_notice_span(lines: Sequence[_Line], *, after_article: bool = False) -> _NoticeSpan | None:
    """The trailing licensing notice among ``lines``, or ``None``.

    The notice is the last run of lines with notice wording (short lines without it — the
    rights holder's name, a phone number — and footer lines with registration numbers may sit
    among them; a sentence broken over short lines counts as one), with a heading line
    (版权声明, Copyright notice …) or footer lines just above it and contact lines just below.
    Only trailers may follow it: disclaimers, editor lines, share and follow widgets, a list
    of other stories' headlines. Its first line may be an article paragraph with the notice
    glued to its end (the span's ``offset``). It must start in the last 40% of the text up to
    its end, in its last four lines, or at its very top (a page that is only a notice). A
    text with only trailers at its end gives those trailers as the span (they claim nothing).
    Up to :data:`_PROSE_AFTER_LINES` short lines of sentences may follow the notice (a
    promotion, a site blurb): freely with ``after_article`` (the lines are what a page shows
    after the article's last line), else only after a claim under a longer article.
    """
    span = _walk_notice_span(lines, prose_after=True, after_article=after_article)
    if span is None or after_article:
        return span
    # In an article's own text, sentences after the notice may be the article's: a notice with
    # prose after it must claim the rights (©, 版权所有, 原创 …) or speak of the text or site
    # itself (不得转载本文, "Material on this site …": licence terms alone may be a quoted
    # sentence), and the text above it must be longer than that prose.
    prose = sum(len(line.text) for line in lines[span.end :] if _is_prose_after(line.text))
    if not prose:
        return span
    above = sum(len(line.text) for line in lines[: span.start])
    own = [_simplified(lines[k].text[:_NOTICE_SCAN_CHARS]) for k in range(span.start, span.end)]
    claims = any(_SELF_REF.search(x) or any(p.search(x) for p in _CLAIM_VOCAB) for x in own)
    return span if claims and above >= 2 * prose else _walk_notice_span(lines, prose_after=False, after_article=False)


def _is_prose_after(line: str) -> bool:
    """A line after a notice that is none of the trailers the walk passes over by their look."""
    return len(line) > _WIDGET_CHARS and not (
        _is_trailer_line(line) or _is_footer_line(line) or _is_editor_label(line) or _is_headline(line)
    )


# Words of a rule (a comment policy's items under its heading): 不得, 禁止, 违反…规定, "must not".
_RULE_WORDS = re.compile(r"不得|禁止|严禁|请勿|违反|规定|规则|(?i:\bmust not\b|\bdo not\b|\bprohibited\b|\bnot allowed\b)")
# A bullet before a list item ("- ", "• "): lines opening alike under a notice are a list.
_BULLET = re.compile(r"[\-–•·*▪◦][ ]")
_BULLET_ITEMS = 8  # items of a republish box's bulleted rules after its last known rule, at most
_BULLET_ITEM_CHARS = 200
# A line that opens in the middle of a list of uses: one to eight Han characters, then 、.
_LIST_GOES_ON = re.compile(r"[\u4e00-\u9fff]{1,8}、")


# A picture's credit line: 图片来源：X, （图：X）, 摄影：X, "Photo: X" (what follows may claim the picture).
PICTURE_CREDIT_LINE = re.compile(
    r"[（(【\[]?\s{0,2}(?:图片来源|圖片來源|图片|圖片|配图|配圖|题图|題圖|图|圖|摄影|攝影|摄|攝|(?i:photos?|images?|pictures?|photo credit))"
    # (a numbered picture and its sign: "Photo 3 © X", 图2：X; "Photos © X" on a gallery is the page's claim)
    r"(?:\s{0,2}[】\]]?\s{0,2}[:：/／|｜]|\s{0,2}\d{1,2}\s{0,2}[】\]]?\s{0,2}(?:[:：/／|｜]|©))"
)


# A sentence that breaks off where none ends: a Chinese line ending on a conjunction, an enumeration
# comma or a ban's verb before its object (…不得翻印或, …未经, 不得), an English one on a
# function word; or a line that opens as only a sentence's rest does (、摘编…, "may be republished …").
# (English words that never end a line unless the sentence goes on: parse reads wraps by them too)
FUNCTION_WORDS = "a|an|the|by|of|to|and|or|nor|for|from|with|without|in|on|at|be|is|are|may|must|not|under|its|their|our|this|that"
_OPEN_END = re.compile(
    r"(?:[或和及与與、，,]|不得|未[经經]|禁止|[严嚴]禁|[请請]勿|[须須]經|[须須]经)[ 　]{0,3}$"
    rf"|(?<![A-Za-z'’-])(?i:{FUNCTION_WORDS})$"
)
_OPEN_START = re.compile(r"[ 　]{0,3}(?:[、，]|并|並|以及|[a-z])")
_CONTINUED_LINES = 4
_CONTINUATION_CHARS = 120


def _goes_on(above: str, line: str) -> bool:
    """Whether ``line`` carries on the sentence of the line ``above`` it."""
    return bool(line.strip()) and (_OPEN_END.search(above) is not None or _OPEN_START.match(line) is not None)


# A list item's or a line's mark before the rest of a sentence broken over lines ("- with credit
# to the Council.", an <li> the extractor printed with a dash).
_CONTINUATION_MARK = re.compile(rf"^[{LINE_MARKS}][ ]")


def _sentence_joined(texts: Sequence[str]) -> str:
    """Lines (``texts``) read as one sentence broken over them: joined by nothing (本文系X / 原创作品),
    except where an English sentence plainly goes on — the next line, its list mark dropped,
    opens with a small letter, or the line ends on a word in small letters (…reproduce this
    release / - with credit to X) — which joins by a space. (A footer's link row, "Reprints" / "Contact Us", stays glued:
    read as words it would ask for reprints.)"""
    out = texts[0]
    for text in texts[1:]:
        rest = _CONTINUATION_MARK.sub("", text)
        if _is_ascii_letter(rest[:1]) and (rest[:1].islower() or _SMALL_WORD_END.search(out) is not None):
            out += " " + rest
        else:
            out += text
    return out


def _is_ascii_letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


_SMALL_WORD_END = re.compile(r"(?<![A-Za-z])[a-z]{1,20}$")


def _walk_notice_span(lines: Sequence[_Line], *, prose_after: bool, after_article: bool) -> _NoticeSpan | None:
    """The walk behind :func:`_find_notice_span`; ``prose_after`` lets up to
    :data:`_PROSE_AFTER_LINES` short lines of sentences follow the notice."""
    n = len(lines)
    if n == 0:
        return None
    if not _may_hold_notice_wording("\n".join(line.text for line in lines)):
        # no line holds notice wording: only trailers may close the text
        if not any(_is_trailer_line(line.text) for line in lines[-_TRAILING_MAX_LINES:]):
            return None

    cache: dict[int, bool] = {}

    def whole(k: int) -> bool:
        if k not in cache:
            text = lines[k].text
            cache[k] = _is_notice_line(text)
            if cache[k] and _is_notice_heading(text) and not text.rstrip().endswith((":", "：")):
                # a heading without a colon heads a notice only when notice wording follows it:
                # 著作權聲明 in a footer's link row (關於我們 / 著作權聲明 / 聯絡我們) heads nothing
                cache[k] = k + 1 < n and _is_notice_line(lines[k + 1].text) and not _is_notice_heading(lines[k + 1].text)
        return cache[k]

    hits: dict[int, int] = {}

    def hits_of(j: int) -> int:
        if j not in hits:
            hits[j] = _notice_hits(lines[j].text)
        return hits[j]

    def broken(k: int) -> bool:
        """Line k is part of one notice sentence broken over two or three short lines: the
        wording holds only across the breaks (本文系X / 原创作品, 未经同意 / 请勿转载)."""
        if len(lines[k].text) > _JOIN_CHARS:
            return False

        def joinable(part: range) -> bool:
            return (
                part.start >= 0 and part.stop <= n
                and all(len(lines[j].text) <= _JOIN_CHARS for j in part)
                and not any(lines[j].text[-1] in _SENTENCE_FINAL for j in part[:-1])
            )  # fmt: skip

        def hits_join(part: range) -> int:
            return hits_of(part[0]) if len(part) == 1 else _notice_hits(_sentence_joined([lines[j].text for j in part]))

        for a in (k - 1, k):
            pair = range(a, a + 2)
            if joinable(pair) and hits_join(pair) > hits_of(pair[0]) + hits_of(pair[1]):
                return _is_notice_line(_sentence_joined([lines[j].text for j in pair]))
        for a in (k - 2, k - 1, k):
            three = range(a, a + 3)
            if joinable(three):
                best_split = max(hits_join(range(a, a + 2)) + hits_of(a + 2), hits_of(a) + hits_join(range(a + 1, a + 3)))
                if hits_join(three) > best_split:
                    return _is_notice_line(_sentence_joined([lines[j].text for j in three]))
        return False

    def wrapped(k: int) -> bool:
        """Line k goes on with a list of uses a notice line broke off at a fixed width
        (…不得转载、摘编、复制、镜 / 像、汇编或通过信息网络传播…)."""
        return k > 0 and bool(_LIST_GOES_ON.match(lines[k].text)) and lines[k - 1].text[-1:] >= "\u4e00" and whole(k - 1)

    def continued(k: int) -> bool:
        """Line k (and up to :data:`_CONTINUED_LINES` lines above it) goes on with the sentence of
        a notice line above that broke off where no sentence ends (…不得翻印或 / 轉載本網站任何內容。,
        …任何媒体不得转载 / 、摘编或镜像。, "No part of this article" / "may be republished …")."""
        j = k
        for _ in range(_CONTINUED_LINES):
            if j == 0 or len(lines[j].text) > _CONTINUATION_CHARS or not _goes_on(lines[j - 1].text, lines[j].text):
                return False
            j -= 1
            if whole(j) or broken(j) or wrapped(j):
                return True
        return False

    def is_notice(k: int) -> bool:
        return whole(k) or broken(k) or wrapped(k) or continued(k)

    # The trailing run, walked from the end: trailers after it, then notice lines with short
    # lines (a name, a contact) and footer lines among them.
    last_notice = None
    run_start = None
    offset = 0
    trailer_start = None  # a trailing run of trailer lines only (no notice line after them)
    gap = 0
    extra = 0
    prose = 0
    story = 0  # of those prose lines, the ones that state no rule: sentences of a story
    for k in range(n - 1, -1, -1):
        text = lines[k].text
        # a picture's credit over or under the page's own claim (（图片来源：X，版权归原作者所有）)
        # claims the picture only: a trailer of the text, not its notice (new users' trials,
        # sessions 25 and 31)
        picture = PICTURE_CREDIT_LINE.match(text) is not None
        if is_notice(k) and not picture:
            run_start, gap, extra = k, 0, 0
            last_notice = k if last_notice is None else last_notice
            continue
        glued = None if picture else _notice_start_in(text)  # a short last paragraph may carry one too (不少居民表示满意。版权所有 …)
        if glued == 0:  # a footer's rows joined on one line with its claim: a notice line
            run_start, gap, extra = k, 0, 0
            last_notice = k if last_notice is None else last_notice
            continue
        if glued:
            run_start, offset = k, glued
            last_notice = k if last_notice is None else last_notice
            break
        junk = picture or _is_trailer_line(text) or _is_footer_line(text) or len(text) <= _WIDGET_CHARS or _is_statement_item(lines, k)
        if not junk and last_notice is not None and len(text) <= 300:
            # between a notice's lines, a statement anywhere in a line (转载目的在于…) is one
            junk = _TRAILER_STATEMENT.search(_simplified(text)) is not None
        # a related-stories list above a footer's notice is as long as one after a notice
        listed = last_notice is not None and _is_headline(text) and _under_list_heading(lines, k)
        limit = _TRAILING_MAX_LINES if last_notice is None or listed else _FOOTER_MAX_LINES
        if extra < limit and (junk or listed or _is_editor_label(text) or (last_notice is None and _is_headline(text))):
            extra += 1
            if last_notice is None and _is_trailer_line(text) and not story:
                # (a trailer with sentences under it closes nothing: 关注我们 inserted mid-copy
                # must not cut the paragraphs after it)
                trailer_start = k
        elif last_notice is not None and gap < 2 and _is_notice_tail(text):
            gap += 1
        elif prose_after and last_notice is None and prose < _PROSE_AFTER_LINES and len(text) <= _PROSE_AFTER_CHARS:
            prose += 1  # a promotion or a site blurb in sentences after the notice (下载客户端，…)
            # (a rule under a rules heading — 不得…, 違反上述規定者… — is the trailer's own, no story)
            story += _RULE_WORDS.search(_simplified(text)) is None
        else:
            break
    if run_start is None or last_notice is None:
        if trailer_start is not None and trailer_start >= _first_eligible(lines, n):
            return _NoticeSpan(trailer_start, n)
        return None

    # The article's own claim, then widgets, then the site footer's claim: the article's claim
    # is the notice (its end judges its place) and the footer's lines are trailers. A platform
    # statement above a footer claim says the article is the uploader's: the footer's claim is
    # the platform's own, and the statement (which names no holder) is the notice.
    footer = _footer_group(lines, run_start, last_notice, is_notice)
    if footer is not None:
        own = next((k for k in range(footer - 1, run_start - 1, -1) if is_notice(k)), None)
        if own is not None and any(
            _is_separator(lines[k].text) and not _CLAIM_GOES_ON.search(lines[k - 1].text) for k in range(own + 1, footer)
        ):
            last_notice = own
        elif own is None:
            platform = next(
                (k for k in range(footer - 1, max(-1, footer - _FOOTER_MAX_LINES - 1), -1)
                 if _PLATFORM_STATEMENT.search(_simplified(lines[k].text[:_NOTICE_SCAN_CHARS]))),
                None,
            )  # fmt: skip
            if platform is not None and platform >= _first_eligible(lines, platform + 1):
                return _NoticeSpan(platform, platform + 1)

    # The notice's end: its last notice line and the contact lines right below it, or the
    # items of a list its last line opens (……唯须符合下列条件：).
    end = last_notice + 1
    listing = lines[last_notice].text.endswith(("：", ":"))
    # a republish box's rules as a bulleted list: the items after its last rule the vocabulary
    # knows are the same list's ("- Photos are not included in this license", "- If you have
    # questions, email …"), marked alike
    bullet = lines[last_notice].text[:2] if _BULLET.match(lines[last_notice].text) else None
    items = 0
    # (a trailer that gives contacts is the notice's too: "Got a story? Call our newsdesk on …")
    while end < n and not _is_editor_label(lines[end].text):
        text = lines[end].text
        if bullet and text[:2] == bullet and len(text) <= _BULLET_ITEM_CHARS and items < _BULLET_ITEMS:
            end += 1
            items += 1
            continue
        if _is_trailer_line(text) and not (_is_takedown_contact(text) or _is_contact_line(text)):
            break
        if _is_takedown_contact(text):
            end += 1  # 如有侵权请联系删除（邮箱：…）: the rights desk's address
            continue
        if not (_is_contact_line(text) or _is_licensing_link_line(text) or (listing and len(text) <= _LIST_ITEM_CHARS)):
            break
        end += 1
    if _LIST_ITEM.match(lines[last_notice].text):
        # the items of a numbered statement after its last notice line, up to the last giving a
        # contact (一、…版权均属X所有… 二、凡本网注明“来源：…”的作品… 三、新闻热线：…): the statement's
        j = end
        while j < n and j - last_notice <= _STATEMENT_LIST_ITEMS and len(lines[j].text) <= _STATEMENT_ITEM_CHARS and _LIST_ITEM.match(lines[j].text):
            j += 1
        end = next((k + 1 for k in range(j - 1, end - 1, -1) if _is_contact_line(lines[k].text)), end)
    # A signature under it: the holder's name on a line of its own, closing the text or
    # followed by trailers (editor lines, widgets), not by a list of headlines.
    sign = end
    while sign < min(n, end + 2) and len(lines[sign].text) <= _SIGNATURE_CHARS and _is_notice_tail(lines[sign].text) and not (
        _is_trailer_line(lines[sign].text) or _is_editor_label(lines[sign].text)
    ):
        sign += 1
    listed = sign - end > 1 and len({lines[k].text[:2] for k in range(end, sign)}) == 1 and _BULLET.match(lines[end].text)
    if sign > end and not listed and (sign == n or _is_trailer_line(lines[sign].text) or _is_editor_label(lines[sign].text)):
        end = sign  # (bulleted lines alike are a list of other stories, not a signature)
    end = _licensing_contacts_after([line.text for line in lines], end)

    first_eligible = _first_eligible(lines, last_notice + 1)
    if not (run_start == 0 or run_start >= first_eligible):
        # Move down to the first eligible notice line of the run.
        nxt = next((k for k in range(max(run_start, first_eligible), end) if is_notice(k)), None)
        if nxt is None:
            return None
        run_start, offset = nxt, 0
    # (the items' run up to an eligible notice line is the statement's: the 60 % mark may fall inside it)
    heading = _numbered_statement_heading(lines, run_start) if offset == 0 else None
    if heading is not None:
        run_start = heading  # 版权声明 / "Copyright and Disclaimer" over 1. 2. 3.: every clause is the notice's
    elif offset == 0:
        glued = _notice_start_in(lines[run_start].text)
        if glued:
            offset = glued
        else:
            # Footer lines just above the first notice line belong to its block (a 报料/contact
            # line, registration numbers above a 版权所有 line), and so does a heading.
            up = taken = 0
            # (what a page shows after its article holds no article prose: its footer's desks and
            # contacts may reach above the 60 % mark)
            lowest = min(first_eligible, 0) if after_article else first_eligible
            while (
                up < _FOOTER_LINES_ABOVE
                and taken < _CONTACT_BLOCK_LINES
                and run_start - 1 >= lowest
                and (
                    # (line 0 of a whole text is its title; after the article it is the page's next
                    # line, taken when it gives contacts: a desk row, not a link row)
                    (after_article and run_start == 1 and (_is_contact_line(lines[0].text) or _is_desk_label_line(lines[0].text)))
                    or (run_start - 1 >= 1 and (_is_footer_line(lines[run_start - 1].text) or _is_trailer_line(lines[run_start - 1].text)
                                             or _is_desk_label_line(lines[run_start - 1].text)))
                    # a first line of credits is no headline
                    or _is_production_credits(lines[run_start - 1].text)
                )
            ):
                run_start -= 1
                taken += 1
                # a footer's block of desks and their contacts (Tips and corrections / newsroom@…)
                # may run longer than its other lines
                up += not (_is_contact_line(lines[run_start].text) or _is_desk_label_line(lines[run_start].text))
            if run_start > 0 and _is_notice_heading(lines[run_start - 1].text):
                run_start -= 1
            # The byline just above an author's claim (文/X, 作者：X, 【作者】X, （作者X系…）) is the
            # notice's: it names whose the rights are.
            # Credit rows may stand between (作者：X / 链接：… / 来源：知乎 over 著作权归作者所有, as a
            # Q&A or blog platform's copy button prints them).
            above = run_start - 1
            while above > run_start - 1 - _CREDIT_ROWS and above > 1 and _CREDIT_ROW.match(lines[above].text):
                above -= 1
            if (
                above >= 1
                and _CLOSING_BYLINE.fullmatch(lines[above].text)
                and any(_AUTHOR_OWNS.search(_simplified(lines[k].text[:_NOTICE_SCAN_CHARS])) for k in range(run_start, end))
            ):
                run_start = above
            # A heading line followed by notice wording.
            for k in (0, *range(max(first_eligible, 1), run_start)):
                if k < last_notice and len(lines[k].text) <= 60 and _is_notice_heading(lines[k].text):
                    if all(whole(j) or _is_footer_line(lines[j].text) or _is_notice_tail(lines[j].text) for j in range(k + 1, run_start)):
                        run_start = k
                    break
    # A list of other stories between the article and a footer's notice (相关新闻 / "Trending"
    # with its headlines) is no more the article's than the notice is.
    cut = run_start
    if offset == 0:
        while cut - 1 > 0 and _is_headline(lines[cut - 1].text) and (
            _under_list_heading(lines, cut - 1) or _LIST_HEADING.fullmatch(_simplified(lines[cut - 1].text))
        ):
            cut -= 1
    return _NoticeSpan(run_start, max(end, run_start + 1), offset, cut if cut < run_start else None)


# A byline on a line of its own: 文/X, 作者：X, 作者｜X, 撰文：X, 【作者】X, （作者X系…）.
_CLOSING_BYLINE = re.compile(
    r"(?:文|作者|作\u3000者|撰文|撰稿)[ ]?[/／｜|:：][ ]?[^\s，。；,;:：]{2,12}|[【\[]作者[】\]][ ]?[^\s，。；,;]{2,12}"
    r"|[（(]作者[^（）()\n]{2,40}[）)]"
)
# A credit row between a byline and the author's claim: 链接：…, 来源：知乎, 出处：…, 本文链接：….
# (the label's words are read by notice.parse too: a credit row's address is no licensing desk)
CREDIT_ROW_WORDS = r"(?:(?:原文|本文|文章)?(?:链接|鏈接|連結|连接|来源|來源|出处|出處)|(?:原文|本文|文章)(?:地址|网址|網址))"
_CREDIT_ROW = re.compile(rf"\s{{0,3}}{CREDIT_ROW_WORDS}\s{{0,2}}[:：]\s{{0,2}}\S[^\n]{{0,200}}$")
_CREDIT_ROWS = 3
# The author holds the rights: 版权归作者所有, 本文为作者原创, 本文经作者授权发布 (on simplified text; the
# line-level core of notice.parse's _AUTHOR_CLAIM, which this module cannot import: parse imports it).
_AUTHOR_OWNS = re.compile(r"(?:版权|著作权)[^。，\n]{0,4}?(?:归|属)(?:于)?(?:原)?作者|(?:为|系)作者(?:原创)|作者(?:本人)?授权")


def _footer_group(lines: Sequence[_Line], run_start: int, last_notice: int, is_notice) -> int | None:
    """The first line of the site footer's claim that closes a notice run (notice and footer
    lines from there to ``last_notice``, one of them a © / 版权所有 / All rights reserved line),
    or ``None`` when the run does not end in one below other lines."""
    first = last_notice
    while first - 1 >= run_start and (is_notice(first - 1) or _is_footer_line(lines[first - 1].text)):
        first -= 1
    if first <= run_start and not any(_PLATFORM_STATEMENT.search(_simplified(line.text[:300])) for line in lines[max(0, first - _FOOTER_MAX_LINES) : first]):
        return None
    claim = any(
        is_notice(k) and _FOOTER_CLAIM.search(_simplified(lines[k].text[:_NOTICE_SCAN_CHARS])) for k in range(first, last_notice + 1)
    )  # fmt: skip
    return first if claim else None


# A claim line that stops before its party (© 2024 / 版权所有：): the next line is its name.
_CLAIM_GOES_ON = re.compile(r"(?:©|\([cC]\)|(?i:copyright)|(?:19|20)\d{2}|版[权權]所有[:：]?|[:：])\s{0,3}$")


# A takedown request (如有侵权请联系删除, "if you believe your copyright has been infringed"):
# with an address on its line, that address is the site's rights desk.
_TAKEDOWN = re.compile(r"侵权|侵權|侵删|侵刪|(?i:infring|takedown|dmca)")


def _is_takedown_contact(line: str) -> bool:
    return len(line) <= 300 and _TAKEDOWN.search(line) is not None and _CONTACT.search(line) is not None


def _is_separator(line: str) -> bool:
    """A line between an article's notice and the page footer: a widget, a statement, an
    editor line or a headline, not a footer or contact line (nor a page number: a printed copy's
    page break runs through its notice)."""
    if _is_footer_line(line) or line.strip().isdigit():
        return False
    if _is_trailer_line(line) or _is_editor_label(line) or _is_headline(line):
        return True
    return len(line) <= 300 and _TRAILER_STATEMENT.search(_simplified(line)) is not None


# A contact line that says it is for licensing (版权合作请联系：…, "Reprints: …").
_LICENSING_CONTACT = re.compile(r"版权|授权|转载|许可|(?i:licens|permission|reprint|syndicat|republish|\bre-?us(?:e|ing)\b)")
_LINK = re.compile(r"(?i:https?://|www\.)\S{1,300}")


# A licensing label opening a short line ("Reprints: …", 版权合作：…): what follows is whom to ask,
# printed as an address, or as a link's text whose address the page holds.
_LICENSING_LABEL = re.compile(
    r"[^\n:：]{0,30}?(?:版权|授权|转载|(?i:licens\w{0,6}|permissions?|reprints?|syndication|republish\w{0,4}))[^\n:：]{0,20}[:：]"
)


_ASK = re.compile(r"联系|联络|致电|来函|来信|(?i:\bcontact\b|\be-?mail\b|\bwrite to\b|\bcall\b|\bvisit\b)")


def _is_licensing_link_line(line: str) -> bool:
    """A short line that gives a web address for licensing ("Reprints: https://…", 转载授权请访问
    https://…) or opens with a licensing label ("Reprints: Syndication Desk", a link's text): a
    contact line as much as one with an e-mail address. The words are read outside the address
    (licensing.example.com says nothing)."""
    if len(line) > 160:
        return False
    if not _LINK.search(line):
        folded = _simplified(line)
        return len(line) <= 80 and (
            _LICENSING_LABEL.match(folded) is not None
            or (_LICENSING_CONTACT.search(folded) is not None and _ASK.search(folded) is not None)
        )
    return _LICENSING_CONTACT.search(_simplified(_LINK.sub(" ", line))) is not None


# A licensing desk's line: a label for licensing and its contacts, nothing else (版权合作：x@y.cn,
# 授權合作：(02)2718-5320 #205　license@…, "Syndication: +44 …", 内容授权 (mailto address)).
# (侵权投诉：a takedown address for infringement is whom to ask too; bench/notices README, Roles)
_DESK_LABEL = re.compile(
    r"^[【\[]?[^\n:：，。,.]{0,8}?(?:版[权權]|授[权權]|[转轉][载載]|侵[权權]|(?i:licens\w{0,6}|permissions?|reprints?|syndication|republish\w{0,4}))"
    r"[^\n:：，。,.]{0,32}?[】\]]?[ ]?[:：]?$"
)
# What a desk's line may say besides its label and contacts: the kind of each contact (电话：,
# Email:) and a link's text that is no address (联系我们, "Email us").
# A contact's kind as a label prints it (电话：, Email:), Han and Latin: shared with extract's desk rows.
CONTACT_KIND_WORDS = r"电话|電話|手机|手機|座机|座機|邮箱|郵箱|电邮|電郵"
CONTACT_KIND_LATIN = r"e-?mail|tel|phone|mobile"
_DESK_FILLER = re.compile(
    rf"(?:{CONTACT_KIND_WORDS}|联系人|聯絡人|(?i:e-?mail us|{CONTACT_KIND_LATIN}|fax))[ ]?[:：]?"
    r"|(?:联系我们|聯絡我們|联系|聯絡|点此联系|點此聯絡|(?i:contact us|click here|write to us))"
    # a remark in brackets after the contact: the desk's department or its hours (（新媒体运营部，工作日 9:00-17:30）)
    r"|[（(][^（）()\n]{1,40}(?:[)）]|$)"  # (or cut at a field's space: （工作日 8:30-12:00　14:30-17:30）)
)
# A footer's row of menu links ("Contact us | Subscribe | Careers", 关于我们 | 联系我们 | 网站地图) or a
# page's tool buttons (【字体：大 中 小】【打印】【关闭】) among a notice's lines: cut with the notice,
# printed in no notice text (a row naming a licensing desk stays: its link may give the address).
_MENU_FIELD = r"[^\n|｜\d@©:：【】\[\]]{1,16}"
_MENU_ROW = re.compile(
    # (three links at least: 出品｜X is a credit row's label and value)
    rf"[ ]?{_MENU_FIELD}(?:[ ]{{0,3}}[|｜][ ]{{0,3}}{_MENU_FIELD}){{2,9}}[ ]?"
    r"|(?:[【\[][^【】\[\]\n]{1,12}[】\]][ ]?){2,8}"
)


def without_menu_rows(notice: str) -> str:
    """``notice`` without its lines that are only a row of menu links or tool buttons
    (:data:`_MENU_ROW`), unless such a row names a licensing desk; ``notice`` itself when every
    line is one."""
    lines = notice.split("\n")
    kept = [x for x in lines if not (_MENU_ROW.fullmatch(x.strip()) and not _LICENSING_CONTACT.search(_simplified(x)))]
    return "\n".join(kept).strip() if any(x.strip() for x in kept) else notice


_DESK_CONTACT = re.compile(
    r"\(?(?:https?://|mailto:|www\.)\S{1,300}\)?"
    # (?<!…): an address starts where its run of ASCII word characters does, so a long run is
    # tried once, not from each of its characters
    r"|(?<![A-Za-z0-9_.+\-])[\w.+\-]{1,64}(?:@|＠|[ ]?[\[(（](?i:at)[\])）][ ]?)[\w\-]{1,63}(?:(?:\.|[ ]?[\[(（](?i:dot)[\])）][ ]?)[\w\-]{1,63}){1,5}"
    r"|\+?[\d(（][\d()（）\- ]{5,24}\d(?:[ ]?(?:#|(?i:ext\.?)|转|轉|分機|分机)[ ]?\d{1,5})?"
)


_DESK_LINE_CHARS = 160


def is_desk_line(line: str) -> bool:
    """Whether ``line`` is a licensing desk's line: a label for licensing and one or more
    contacts, nothing else (版权合作：x@y.cn, 授權合作：(02)2718-5320 #205　license@…,
    "Syndication: +44 …", 内容授权 (mailto address)). It says whom to ask for a licence, never
    who holds the rights or what is forbidden. Lines over 160 characters are not."""
    if len(line) > _DESK_LINE_CHARS:
        return False
    rest, contacts = _DESK_CONTACT.subn(" ", line)
    rest = re.sub(r"[\s()（）]+", " ", _DESK_FILLER.sub(" ", rest)).strip(" \u3000/|、")
    return bool(contacts) and _DESK_LABEL.match(rest) is not None and re.search(r"(?:版|著作)[权權]所有", rest) is None


_CONTACT_GAP_LINES = 3
"""Editor, widget and trailer lines allowed between a notice and its licensing contact lines."""
_CONTACT_LINE_CHARS = 120
"""Other desks' contact lines up to this long count among those lines too."""


_LABEL_LINE_END = re.compile(r"[:：]\s{0,2}$")


def _licensing_contacts_after(lines: Sequence[str], end: int) -> int:
    """Where a notice that ends before ``lines[end]`` really ends: after the licensing contact
    lines that follow it, past at most three editor, widget or trailer lines (责任编辑：X, then
    版权合作：rights@…). A contact block that says it is for licensing belongs to the notice
    above it, wherever the page put an editor line; ``end`` itself when none follows."""
    k, gap, last = end, 0, end
    headed = False  # under a licensing label line (转载授权：) whose contacts follow one a line
    while k < len(lines) and gap <= _CONTACT_GAP_LINES:
        text = lines[k]
        folded = _simplified(text[:_NOTICE_SCAN_CHARS])
        statement = len(text) <= 300 and _TRAILER_STATEMENT.search(folded) is not None
        if any(p.search(folded) for p in _CLAIM_VOCAB) and not statement:
            break  # another claim (the site footer's © line) opens another block; a disclaimer
            # naming claims (凡本网注明"来源：X"的作品…转载目的在于传递更多信息) is a trailer between
        contact = _is_contact_line(text)
        label_line = not contact and len(text) <= _WIDGET_CHARS and _LABEL_LINE_END.search(text) is not None
        if (contact and (headed or _LICENSING_CONTACT.search(folded))) or _is_licensing_link_line(text):
            last, gap = k + 1, 0
            headed = headed or (label_line and _LICENSING_CONTACT.search(folded) is not None)
        elif label_line and _LICENSING_CONTACT.search(folded):
            headed, gap = True, gap + 1
            k += 1
            continue
        elif statement or _is_editor_label(text) or _is_trailer_line(text) or len(text) <= _WIDGET_CHARS or (
            len(text) <= _CONTACT_LINE_CHARS and contact
        ):
            gap += 1  # other desks' contact lines (商务合作：…　投稿邮箱：…) may sit between too
            headed = headed and contact
        else:
            break
        k += 1
    return last


_LEADING_LINES = 6
"""How far into a text a notice printed above the article (原创声明：…) may sit."""


def _find_leading_notice(lines: Sequence[_Line]) -> int | None:
    """Index of a notice printed above the article among its first lines (after the title
    and date lines), or ``None``: a line of at most 300 characters that both claims the
    rights or names itself a notice (原创声明：, 版权声明：) and states licence terms
    (本作品为X原创，版权归Y所有，未经授权，不得转载). Checked only when no notice closes
    the text; an article's first paragraph rarely holds both."""
    for k, line in enumerate(lines[:_LEADING_LINES]):
        text = line.text
        if len(text) > 300 or not _may_hold_notice_wording(text):
            continue
        folded = _simplified(text)
        claims = any(p.search(folded) for p in _CLAIM_VOCAB) or _HEADING_LABEL.match(folded) is not None
        terms = any(p.search(folded) for p in _LICENCE_TERMS)
        if claims and (terms or (len(text) <= _SYNDICATED_CHARS and _SYNDICATED_OPENING.match(folded))) and not _is_narrative(text):
            return k
    return None


def _find_leading_terms(lines: Sequence[_Line]) -> int | None:
    """Index of a line of licence terms printed above the article among its first lines ("The
    media may publish it in full or in part with credit to X", 本文欢迎转载，请注明出处), or
    ``None``: at most 300 characters, stating terms (:data:`_LICENCE_TERMS`), no sentence of the
    story (:func:`_is_narrative`, reported speech). For a page whose closing notice claims the
    rights and states no terms (a footer's © row): the terms above the text are the page's."""
    for k, line in enumerate(lines[:_LEADING_LINES]):
        text = line.text
        if len(text) > 300 or not _may_hold_licence_terms(text):
            continue
        folded = _simplified(text)
        if any(p.search(folded) for p in _LICENCE_TERMS) and not _is_narrative(text) and not _REPORTED_SPEECH.search(folded):
            return k
    return None


# A partner site's first line saying where the story ran first ("This story was originally
# published by X.", 本文转载自X，已获授权): the article's own origin, however the footer claims.
_SYNDICATED_OPENING = re.compile(
    # (after an editor's label: "Editor's note: This piece is republished from X", 编者按：本文经X授权转载)
    r"\s{0,3}(?:[(（\[【]?\s{0,2}(?:(?i:editor'?s'? note|note)|编者按|编者注|编者的话|注)\s{0,2}[)）\]】]?\s{0,2}[:：]?\s{0,2})?"
    r"[(（\[【]?(?:(?i:(?:this|the) (?:story|article|piece|post|report|essay|column) (?:was )?(?:originally|first) (?:published|appeared|ran)\b)"
    r"|(?:本文|本稿|此文)?(?:转载自|转自|原载于|原载)"
    # 本文来源于“X”公众号，经授权转载: the source, then its leave
    r"|(?:本文|本稿|此文)?(?:来源于|源自|选自|摘自|来源[:：])[^。\n]{1,60}?[，,]\s{0,2}(?:并)?(?:已|经)(?:获得?|取得|经过?)?[^，。\n]{0,10}?授权"
    r"|(?:本文|本稿|此文)(?:经|获)[^，。\n]{1,40}?(?:授权|同意)(?:转载|发布|刊登|刊发|刊出|刊载|登载)"
    # "Republished with permission from X.", "This article is reprinted courtesy of X", "© 2024 X.
    # Reprinted by permission." (a partner's licensed copy, its source named first)
    r"|(?i:(?:(?:this|the) (?:story|article|piece|post|report|essay|column) (?:is|was|has been) )?(?:re-?published|reprinted|reproduced)(?: here)?"
    r" (?:with (?:the )?(?:kind |express |written )?permission (?:of|from)|courtesy of|from)\b)"
    r"|(?i:(?:©|\(c\)|copyright)[^\n]{1,80}?\b(?:reprinted|republished|reproduced|used) (?:by|with) (?:kind )?permission\b))"
)
_SYNDICATED_CHARS = 200
# Words every _SYNDICATED_OPENING line holds (before folding): text without them is not read for one.
_SYNDICATED_HINT = re.compile(r"(?i:originally|first (?:published|appeared|ran)|permission|courtesy|published|reprinted|reproduced)|[转轉]载|[转轉]自|原[载載]|授[权權]")


# A site's own © line as page chrome prints it (a menu drawer, a masthead bar): the sign or word
# and a reservation of all rights on one short line.
_SITE_CLAIM = re.compile(r"(?:©|\([cC]\)|(?i:copyrights?\b))[^\n]{0,80}?(?:版权所有|(?i:all rights reserved))")
_SITE_CLAIM_CHARS = 120


def _find_site_claim(lines: Sequence[_Line]) -> int | None:
    """Index of the first line that is only a site's © line (see :data:`_SITE_CLAIM`), at most
    120 characters and not a sentence of a story, or ``None``. Read in the page chrome above the
    article (a slide-out menu printing the claim) when nothing after the article is a notice."""
    for k, line in enumerate(lines):
        text = line.text
        if len(text) <= _SITE_CLAIM_CHARS and _SITE_CLAIM.search(_simplified(text)) and not _is_narrative(text):
            return k
    return None


# A contact line's own words or address: digits alone (更新时间 2024-08-01 10:30, a row of
# figures) read as a phone number but make no contact block.
_CONTACT_NAMED = re.compile(
    r"@|＠|[A-Za-z0-9._\-][ ]{0,2}[\[(]?(?:小老鼠|艾特)[\])]?[ ]{0,2}[A-Za-z0-9]|[(\[{]at[)\]}]|电话|热线|邮箱|传真|联系|联络|手机"
    r"|(?i:\btel\b|phone|e-?mail|contact)"
)


def _trailing_contacts(lines: Sequence[_Line]) -> int | None:
    """Index of the first of the contact lines closing the text (联系人：X 电话：Y 邮箱：Z), at most
    three, or ``None``: the contact block of a notice printed above the article (see
    :func:`_find_leading_notice`). A line counts when it is a contact line that names itself one
    (a label or an address, see :data:`_CONTACT_NAMED`) and ends without a sentence (no 。！？ and
    no closing full stop): an article's last sentence that gives a phone number is the article's."""
    k = len(lines)
    while k > 0 and len(lines) - k < 3:
        text = lines[k - 1].text
        if (
            not _is_contact_line(text) or not _CONTACT_NAMED.search(_simplified(text))
            or any(ch in "。！？" for ch in text) or text.endswith(".")
        ):  # fmt: skip
            break
        k -= 1
    return k if k < len(lines) and k > 0 else None


# A production credits line (出品：X　总策划：Y　文字：Z) of a feature: a block a role claim
# (版权归出品方所有) under it points into.
_PRODUCTION_CREDITS = re.compile(
    r"(?:(?:出品|总策划|策划|统筹|监制|制片|文字|摄影|摄像|视频|剪辑|海报设计|设计|美编|编辑|校对|主编|责任编辑|制作|记者|执行)"
    r"(?:人|方|单位)?[ ]{0,2}[:：｜|][ ]{0,2}[^\s:：｜|]{1,20}[ \u3000]{0,3})+"
)


def _is_production_credits(line: str) -> bool:
    """Whether ``line`` is only production credits (see :data:`_PRODUCTION_CREDITS`)."""
    return len(line) <= 80 and _PRODUCTION_CREDITS.fullmatch(_simplified(line).strip()) is not None


def _is_editor_label(line: str) -> bool:
    """An editor line (责任编辑：X, 校对：Y) after a notice."""
    return len(line) <= 60 and _EDITOR.match(_simplified(line)) is not None


_EDITOR = re.compile(
    r"[（(\[【]?\s{0,2}(?:责任编辑|责编|编辑|值班编辑|审核|审校|校对|监制|终审|初审|二审|三审|编审|作者|来源|"
    r"editor|edited by)\s{0,2}[:：]",
    re.I,
)


def _first_eligible(lines: Sequence[_Line], end: int) -> int:
    """The first index where a notice may start: its preceding text reaches 60% of the text
    up to ``end``; the last few lines before ``end`` always may."""
    total = sum(len(line.text) for line in lines[:end])
    seen = 0
    first = end
    for k in range(end):
        if seen >= _NOTICE_SHARE * total:
            first = k
            break
        seen += len(lines[k].text)
    return min(first, max(0, end - _NOTICE_LAST_LINES))
