"""Notice step 2: parse a licensing-notice block into a :class:`~reprint_guard.models.LicenceNotice`.

The block has already been cut from the article (``Document.notice_text``). This step finds who
holds the rights, how to reach them (phones, e-mails and URLs, found by :mod:`.contacts`, each given a
role here) and which uses the notice forbids or permits.

Every regular expression here runs in linear time on untrusted text: each repetition is
bounded, and a repeated group starts with a character the previous repetition cannot end
with, so each starting position costs a bounded amount of work. Cues that need a closer look
(rights-holder phrases, phone candidates) are examined only for their first few occurrences.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace

import phonenumbers

from reprint_guard.errors import ConfigError
from reprint_guard.models import CONDITIONS, USES, Email, LicenceNotice, Link, Phone
from reprint_guard.notice.contacts import _email_hits, _find_phone_spans, _find_url_spans, _fold, _mask
from reprint_guard.notice.find import (
    ASKED_PARTY, AUTHOR_KEEPS, CREDIT_ROW_WORDS, FEED_ORIGIN_VERB, FOREIGN_USE_WORDS, FUNCTION_WORDS, ITEM_LETTER, LINE_MARKS,
    RESERVED_ELSEWHERE, is_desk_line, unspaced,
)  # fmt: skip
from reprint_guard.textfold import _taiwan_forms_table
from reprint_guard.notice.lettercase import recased

__all__ = ["parse_notice"]


# --- rights holder ---------------------------------------------------------------------------
_PUNCT = r"\n，。；：、,;:!?！？\"“”‘’《》<>\[\]|"
_NAME = rf"[^{_PUNCT}]{{2,40}}?"
_QUOTED_NAME = r"《[^》\n]{1,40}》|「[^」\n]{1,40}」|『[^』\n]{1,40}』|“[^”\n]{1,40}”|\"[^\"\n]{1,40}\""
# A region or group in brackets inside a company's name (X传媒（集团）有限公司, X科技（北京）有限公司).
_IN_NAME_BRACKET = r"[（(][\u3400-\u9fff]{1,6}[）)](?=[\u3400-\u9fff])"
_LIST_NAME = rf"[^{_PUNCT}]{{2,40}}?(?:、[^{_PUNCT}]{{2,40}}?){{0,3}}"  # 甲报社、乙网: one holder of two names
_RIGHTS = r"(?:版[权權]|著作[权權]|知[识識]产[权權]|知識產權|所有[权權])"  # 所有权属X: ownership, claimed as 版权 is
_OWN_ADVERB = r"共同|独家|獨家|专属|專屬|单独|單獨"
_MAX_CUES = 20
"""Occurrences of each rights-holder cue examined; a notice names its holder in the first few."""
_CUE_WINDOW = 200
"""Characters after a cue that may hold the name (names are at most 40-80 characters)."""

# Each cue is (anchor, pattern): the pattern is matched where the anchor is found, so a long
# text costs one literal scan plus a bounded look at the first few anchors. A leading
# lookahead class of first characters lets the engine skip other positions cheaply.
_ZH_LICENSOR = (
    # 授予X进行保护 / 授权给X / 委托X全权
    (
        re.compile(r"授予|授[权權][给給予]|委托|委託|已授[权權]"),
        re.compile(
            # (本刊已授权X数据库以数字化方式收录本刊全文: a licensee, named for what it may do)
            rf"(?:授予|授[权權][给給予]|委托|委託|已授[权權][给給予]?)(?![^{_PUNCT}]{{0,40}}?收[录錄])(?P<name>{_QUOTED_NAME}|{_NAME})"
            rf"(?=进行|進行|负责|負責|行使|独家|獨家|全权|全權|代为|代為|维权|維權|[{_PUNCT}. ]|$)"
        ),
    ),
    # 未经X(书面)许可
    (
        re.compile(r"未[经經]"),
        re.compile(
            # 未经《X》报社授权: a quoted title and the office's word after it
            # (未經X事先書面同意: two of the leave's words)
            rf"未[经經]过?(?P<name>《[^》\n]{{1,40}}》[^{_PUNCT}]{{0,8}}?|{_NAME})的?(?:书面|書面|事先|事前|预先|預先|明确|明確|正式){{0,2}}"
            r"(?:许可|許可|授权|授權|同意|允许|允許)"
        ),
    ),
)
# An agent commissioned to enforce (委托X代为维权, 委託X維權) and not to license
_ENFORCER_ONLY = re.compile(r"(?:委托|委託)[^。；\n]{2,40}?(?:代为|代為|负责|負責)?(?:维权|維權|打击侵权|打擊侵權|追究)")
_AGENT_LICENSES = re.compile(r"(?:授予|委托|委託)[^。；\n]{0,60}?(?:许可|許可|授权|授權|代理)")
_ZH_EXCLUSIVE = re.compile(
    # 著作权归作者所有，并授权X独家使用: the exclusive licensee is the party to ask
    rf"(?<![未经經获獲已])授[权權](?P<name>{_QUOTED_NAME}|{_NAME})(?=(?:独家|獨家)(?:使用|代理|发布|發布|發佈|行使|运营|運營|管理))"
)
# 本文由A授权B独家发布: A grants B the publication, so A holds the rights (B is the licensee that
# publishes it; "授权X独家使用" alone, with no grantor named, keeps X as the party to ask)
_ZH_GRANTOR = re.compile(
    rf"(?:本文|本稿|此文|该文|該文|本作品|本节目|本節目)?由(?P<name>(?:{_QUOTED_NAME})|[^{_PUNCT}]{{2,30}}?)(?:独家|獨家|正式)?授[权權]"
    rf"[^{_PUNCT}]{{2,30}}?(?:独家|獨家|首家)?(?:发布|發布|發佈|刊发|刊發|刊登|播出|首发|首發)"
)
_OWNED_WORDS = r"(?:版|著作)[权權]所有"  # 版权所有, 著作權所有: the claim words every pattern below spells so
# 本網站所有內容均屬X所有 / 本站稿件均为X所有: the site's content as the subject, owned by X
# (所有 must close it: 本站内容均属转载 names no owner)
_SITE_CONTENT = (
    r"(?:本|该|該)(?:网站|網站|站|网|網|报|報|刊|台|平台)(?:上)?(?:所有|全部|一切|所载|所載|刊载|刊載|发布|發布)?(?:的)?"
    r"(?:内容|內容|稿件|文章|作品|资料|資料|信息|資訊|图文|圖文)"
)
# The owner's name after the verb; a quoted part may open it (版权均属《X》杂志社所有)
_OWNER_NAME = rf"(?P<name>(?:{_QUOTED_NAME})[^{_PUNCT}]{{0,20}}?|{_LIST_NAME})"
_OWNS = rf"(?:{_OWN_ADVERB})?(?:所有|拥有|擁有|持有)"
_ZH_OWNER = (
    # 版权归X所有 / 本文版权属于X / 著作权归《X》所有 / 版权归A、B共同所有
    (
        re.compile(_RIGHTS + r"均?(?:归|歸|属|屬)"),
        re.compile(
            _RIGHTS + rf"均?(?:归属于|歸屬於|归属|歸屬|归|歸|属于|屬於|属|屬)(?:[:：][ ]?)?{_OWNER_NAME}"
            rf"(?={_OWNS}|[{_PUNCT.replace('、', '')}]|$)"
        ),
    ),
    # 所刊载内容之知识产权为X专属所有或持有 / 版权为X所有
    (
        re.compile(_RIGHTS + r"[^，。；\n]{0,2}?(?:均|皆)?(?:为|為|系|係)"),
        re.compile(_RIGHTS + rf"[^，。；\n]{{0,2}}?(?:均|皆)?(?:为|為|系|係){_OWNER_NAME}(?={_OWNS})"),
    ),
    (
        re.compile(_SITE_CONTENT + r"(?:均|皆|全部)?(?:归|歸|属|屬|为|為|系|係)"),
        re.compile(
            _SITE_CONTENT + rf"(?:均|皆|全部)?(?:归属于|歸屬於|归属|歸屬|归|歸|属于|屬於|属|屬|为|為|系|係)"
            rf"{_OWNER_NAME}(?=(?:{_OWN_ADVERB})?(?:{_OWNED_WORDS}|所有))"
        ),
    ),
)
_ZH_OWNED = re.compile(_OWNED_WORDS)  # X版权所有, X著作權所有: the name is the run before it
_RUN_BEFORE = re.compile(rf"(?P<name>[^{_PUNCT}]{{2,40}})\Z")  # \Z: $ would match before a line break
_SEPARATOR_BEFORE = re.compile(r"(?<![ 　])[ 　]{0,3}[|｜][ 　]{0,3}\Z")  # (?<!…): one try per run of spaces
_EN_WORD = r"[A-Z0-9&][A-Za-z0-9&.'\-]{0,40}"
# Words joined by spaces and connectors, a bracketed word ("X Media (Holdings) Ltd") and a comma
# before a company suffix ("X Co., Ltd.") included.
# A company suffix after a comma is still the name's ("X, Inc.", "X Co., Ltd.", "X, S.A."): every
# comma rule below reads it from here.
_COMMA_SUFFIX = r"(?:Inc|Ltd|LLC|L\.L\.C|LLP|Limited|Co|Corp|plc|Pty|S\.A|S\.L|S\.p\.A|S\.r\.l|Lda|Ltda|SARL|GmbH|AG|Sdn|Bhd|N\.V|B\.V)\b"
# Lower-case words inside a capitalised name: "of", "and" and their kin in the languages outlets
# print names in (Mkoa wa X, Akarere ka X, Dar es Salaam, Universidad de X, Bergen op Zoom,
# Lungsod ng X, Kota Bharu dan Y, bin/binti in Malay names).
_NAME_PARTICLE = (
    r"of|and|the|for|de|du|la|las|los|el|le|les|von|van|der|den|del|della|delle|dei|degli|da|di|do|dos|das|des"
    r"|y|e|ter|te|op|aan|wa|ya|za|cha|ka|kwa|es|al|bin|binti|ng|sa|dan"
)
_EN_NAME = (
    rf"{_EN_WORD}(?:(?:[ ]|,[ ](?={_COMMA_SUFFIX}))(?:(?:{_NAME_PARTICLE})[ ])?"
    rf"(?:{_EN_WORD}|\({_EN_WORD}(?:[ ]{_EN_WORD}){{0,3}}\))){{0,9}}"
)
_EN_LICENSOR = (
    # contact X for licensing
    (
        re.compile(r"(?=[cCwWeE])(?i:contact|write to|e-?mail|call)[ ]"),
        re.compile(
            rf"(?i:contact|write to|e-?mail|call)[ ](?i:the[ ])?(?P<name>{_EN_NAME})"
            r"[ ](?i:for|to (?:obtain|request|seek|arrange)|about|regarding|at)\b"
        ),
    ),
    # without the permission of X
    (
        re.compile(r"(?=[pPcCaA])(?i:permission|consent|authori[sz]ation)[ ](?i:from|of)[ ]"),
        re.compile(
            r"(?i:permission|consent|authori[sz]ation)[ ](?i:from|of)[ ]"
            rf"(?:the[ ])?(?P<name>{_EN_NAME})"
        ),
    ),
)
# The cue before an owner's name ("belongs to", "owned, updated and maintained by"), one for both
# readings of _EN_OWNER (the anchor found, then the name read after it). "owned by" covers "is owned
# by": an alternative of its own took the cue and hid the name in "is owned by or licensed to X".
_OWNING_VERB = r"(?:updated|maintained|managed|provided|licensed|controlled|administered|operated|run|hosted|published)"
_OWNER_CUE = rf"(?i:belongs to|is held by|property of|(?:all )?rights (?:are )?reserved (?:by|to)|owned(?:,? {_OWNING_VERB}){{0,3}}(?:,? (?:or|and) {_OWNING_VERB})? by(?: or licensed to)?|copyright (?:of|by)|(?:is|are|remains?) (?:the )?copyright(?:ed)?(?: (?:of|by|to))?)[ ]"
_EN_OWNER = (
    (
        re.compile(r"(?=[bBiIpPoOcCaArR])" + _OWNER_CUE),
        re.compile(_OWNER_CUE + rf"(?:the[ ])?(?P<name>{_EN_NAME})"),
    ),
)
# "Copyrights X" (plural) is the same word; 2024年 is a year as Chinese lines print it; "© All rights
# reserved, 2008 - X" puts the reservation and the year before the party, so they open the name's run.
_COPYRIGHT_SIGN = re.compile(
    # "Copyright@X" (an @ for the sign, as some public accounts print it) unless an address follows
    # (and Swahili's, Malay's and Indonesian's word for it: "hakimiliki@2017 X", "Hak Cipta © 2024 X")
    # ("protected under the Copyright Act of the republic": a law's name, no claim)
    r"(?=[©(cChH])(?:©|\([cC]\)|(?i:copyrights?|hakimiliki|hak[ ]?cipta)"
    # ("Copyright, Licensing and Disclaimer", "Copyright policy": a heading's words, no name)
    r"(?![ ](?:\([A-Za-z]{1,12}\)[ ])?(?i:act|acts|law|laws|ordinance|regulations?|rules|office|board|tribunal|commission|directive|treaty"
    r"|(?:and|&)[ ](?:related|neighbouring|neighboring)[ ]rights)\b)"
    r"(?!,?[ ](?:(?:and|&)[ ])?(?i:licensing|disclaimers?|reuse|re-use|reproduction|permissions|policy|notice|terms|statement)\b)(?:[@＠](?![\w.\-]{1,64}\.[A-Za-z]{2,}))?[\]】]?)(?:[ ]{0,3}(?:©|\([cC]\)))?[ ]{0,3}[:\-–—]?[ ]{0,3}"
    # (a footer's separator after the year: "© 2025 | X | All rights reserved", "© 2025 · X")
    r"(?:(?:19|20)\d{2}(?:[ ]{0,2}-[ ]{0,2}(?:(?:19|20)\d{2}|present|now))?年?[ ]{0,3}[,|｜·•]?[ ]{0,3})?"
    r"(?:(?i:all rights? (?:are )?reserved|terpelihara|dilindungi(?:[ ]undang-undang)?)[ ]{0,2}[,.:]?[ ]{0,3}"
    r"(?:(?:19|20)\d{2}(?:[ ]{0,2}[-–—][ ]{0,2}(?:19|20)\d{2})?[ ]{0,2}[-–—,:]?[ ]{0,3})?)?"
)
_RESERVED_ELSEWHERE = re.compile(rf"[ ]?(?i:{RESERVED_ELSEWHERE})")
_ALL_RIGHTS = re.compile(r"(?=[aA])(?i:all rights (?:are )?reserved)")  # "are": as some footers print it
# "Pvt." and "Pte." (India's and Singapore's private companies) are never a sentence's end either,
# nor are the legal forms of Portuguese (Lda.), Brazilian (Ltda.), Malaysian (Sdn. Bhd.), Italian
# (S.p.A., S.r.l.), Spanish (S.L.), Mexican (S.A. de C.V.) and Indonesian (PT. X Tbk.) companies
_ABBREVIATIONS = (
    "Ltd.", "Inc.", "Co.", "Corp.", "Pty.", "Pvt.", "Pte.", "Bros.", "L.L.C.", "S.A.", "Jr.", "L.P.", "N.V.", "B.V.",
    "Lda.", "Ltda.", "Sdn.", "Bhd.", "S.p.A.", "S.r.l.", "S.L.", "C.V.", "Tbk.",
)  # fmt: skip
# Legal forms printed before the name ("PT. Kabar Media", Indonesia's limited company): their dot
# opens the name and never ends it.
_PREFIX_FORMS = ("PT.", "CV.")
# Abbreviated words of place names (Saint, Mount, Fort, Point) inside an outlet's name.
_PLACE_ABBREVIATIONS = ("St.", "Ste.", "Mt.", "Ft.", "Pt.")
_ZH_ORG_END = (
    r"有限公司|有限責任公司|有限责任公司|股份有限公司|公司|集团|集團|报社|報社|日报|日報|晚报|晚報|新闻|新聞|网|網|社|台|中心"
)
_ORG_SUFFIX = re.compile(
    r"(?:中心|集团|集團|报社|報社|日报|日報|网|網|公司|社|台|局|部|委员会|委員會|协会|協會|"
    r"Group|Media|News|Press|Times|Post|Ltd\.?|Inc\.?|LLC|plc|Corporation|Company|Agency)$"
)
# A footer's link and a newsletter's button after a © row ("X © 2025 – Unsubscribe", "© 2026 • Privacy
# Policy"): no party.
_FOOTER_LINK_WORDS = (
    r"privacy(?: policy| notice| statement)?|terms(?: of (?:use|service))?(?: (?:and|&) conditions)?|cookies?(?: policy| settings)?"
    r"|contact(?: us)?|about(?: us)?|log ?in|sign ?in|site ?map|accessibility|disclaimer"
    r"|unsubscribe|subscribe|sign ?up|log ?out|sign ?out|manage (?:preferences|subscription)|view in (?:your )?browser|back to top|menu|home"
)
# Pronouns, roles and licence words that a cue can capture instead of a name (未经本网许可,
# 授权给第三方, 未经授权许可).
_NOT_A_NAME = re.compile(
    r"^(?:本|我|该|該|其|此|非|的|之|[xX×]{2,}|(?:版[权權]|原[创創]|特[别別])?(?:声明|聲明|说明|說明)$|"
    # a bracketed label before the claim (【原创】版权所有, 【版权声明】本文…, [Photo]): no name
    r"(?:原[创創]|独家|獨家|首[发發])$|[【\[]|(?i:photos?|images?|videos?)$|"
    r"\d{1,6}[篇条條个個]$|(?i:copyright notice$)|摄影|攝影|记者|記者|译者|譯者|作者|原作者|原作|博主|版主|网友|網友|用户|用戶|权利人|權利人|著作权人|著作權人|版权方|版權方|"
    r"第三方|任何|他人|其他|其它|相关|相關|授权|授權|许可|許可|同意|书面|書面|事先|协议|協議|合法|正式|明确|明確|官方|有效|转载|轉載|转自|轉自|网络|網絡|"
    r"违者|違者|翻印|侵权必究|侵權必究|(?:不得|禁止|严禁|嚴禁|请勿|請勿)(?:转载|轉載|复制|複製)|"
    # a link's prompt before the claim (请点此与我们联系 版权所有): no name
    r"(?:请|請)?(?:点此|點此|点击|點擊)|.{0,6}(?:与我们联系|與我們聯繫|與我們聯絡|联系我们|聯絡我們|联系方式|聯絡方式)$|"
    r"各|上述|以上|下列|原文|原版|来源|來源|(?:内容|內容|文章|全部内容|全部內容|所有内容|所有內容)$|"
    # a kind of work, not a party: 原创文章, 独家稿件, 独家原创稿件
    r"(?:独家|獨家)?(?:原创|原創|独家|獨家)?(?:稿件|作品|文章|内容|內容|报道|報導|稿)$|(?i:(?:site |page |web )?contents?$|text$|all rights|the original|(?:the )?(?:editor|publisher|management)s?\b)|"
    r"(?i:us|we|me|our|the author|the publisher|the copyright|third parties)\b|"
    # a lead that names the content, cut at its first lower-case word ("All content ©", "All materials on this site")
    r"(?i:all|any|every|each|site|page|web|website)$|"
    # "copyright and …" goes on about the law, not a party ("COPYRIGHT AND PROTECTED BY APPLICABLE LAW")
    r"(?i:(?:and|or|nor)[ ](?:protected|all|other|related|trade[ ]?marks?|neighbou?ring|its|their|the|is|are|may|must|will|subject|licen[cs]ed?)\b)|"
    # a vendor's credit after a bare "© 2026 |" (Designed by X, Powered by Y): no holder
    r"(?i:(?:(?:web)?site[ ]|web[ ])?(?:designed|developed|powered|built|hosted|maintained)\b)|"
    # a footer link's words after a bare "© 2026 •" (Privacy Policy, Terms of Use, Log in), a newsletter's
    # buttons ("X © 2025 – Unsubscribe")
    rf"(?i:{_FOOTER_LINK_WORDS})$)"
)
_ZH_LEADING = re.compile(
    r"^(?:本|以上|上述|所有|此|该|該)[^为為归歸由系]{0,20}(?:均为|均為|为|為|归|歸|属于|屬於|系|由)"
)
# A year as pages print it: ASCII or full-width digits (２００３－２０２４), any dash.
_YEAR = r"(?:19|20|１９|２０)\d{2}"
_LEADING_JUNK = re.compile(
    rf"^(?:[ ©　]|\([cC]\)|(?i:copyright)|{_YEAR}(?:[-–－](?:19|20|１９|２０)?\d{{2,4}})?|[,\-])+"
)
# A mark a page sets before a notice line (find.LINE_MARKS): not part of a name.
_LINE_MARK = re.compile(rf"(?m)^[ \t]{{0,3}}[{LINE_MARKS}]{{1,3}}(?=[ \t]{{0,3}}\S)")
_CLOSING = {"（": "）", "(": ")", "[": "]", "【": "】"}
_OPENING = {close: opening for opening, close in _CLOSING.items()}
_FRAMED_LINE_CHARS = 2000  # a notice line in brackets is a sentence or two, not a page


# A holder's name printed on a line of its own after the claim's words: 版权所有：<br>X,
# © 2024<br>X. (A name line above a claim, X<br>版权所有…, is not joined: on real pages the line
# above is as often a brand or a heading that does not hold the rights.)
_NAME_LINE = re.compile(r"(?:[^\n，。；、,;!?！？:：]|,(?=[ ]?[A-Z])){2,40}")
# Words a heading or a claim has and a name line has not ("Copyright notice", 版权声明).
_NOT_NAME_LINE = re.compile(r"版[权權]|著作[权權]|声明|聲明|©|(?i:copyright|rights|notice|licen[cs]e)")
_ENDS_WITH_CUE = re.compile(
    r"(?:[:：©]|版[权權]所有|版[权權]归属|版[权權]歸屬|(?i:copyright)|(?:19|20)\d{2})[ \t]*$"
)

# 版权所有 right after "All rights reserved." with nothing named after it restates the English claim.
_RESTATED_CLAIM = re.compile(
    r"((?i:all rights reserved)\.?[ \t　]{0,3})(版[权權]所有)"
    r"(?=[ \t　]{0,3}(?:$|\n|[，,。；;]|未[经經]|不得|禁止|严禁|嚴禁|请勿|請勿|翻印|侵))"
)
# A company's registration number printed after its name (Pty Ltd ABN 31 604 229 817, Limited
# (Reg. No. 201930617K), 有限公司 统一社会信用代码：91310000MA1FL1234X) is no part of the name: the
# label, its number and a bracket holding only them are read as blanks.
_COMPANY_NUMBER_LABEL = (
    r"(?:\b(?i:abn|acn|arbn|cin|uen|gstin|company\s(?:reg(?:istration)?\.?\s)?(?:no\b\.?|number)"
    r"|co\.?\s?regn?d?\.?\s?no\b\.?|reg(?:istration|istered|d)?\.?\s(?:no\b\.?|number)"
    r"|registered\sin\s(?:england|scotland|wales|ireland|northern\sireland)(?:\s(?:and|&)\swales)?(?:,?\s(?:no\b\.?|number))?"
    r"|vat(?:\sreg(?:istration)?)?(?:\s(?:no\b\.?|number))?|gst(?:\sreg(?:istration)?)?\s(?:no\b\.?|number)|rc\sno\b\.?|cr\sno\b\.?"
    r"|p\.?\s?iva|partita\siva|codice\sfiscale(?:\se\sp\.?\s?iva)?|nif|nipc|ust-?id(?:nr)?\.?|siren|siret|kvk|btw)"
    r"|统一社会信用代码|統一社會信用代碼|统一编号|統一編號|統編|营业执照(?:注册)?号|營業執照(?:號碼)?|工商注册号|商業登記(?:證)?(?:號碼)?|公司註冊編號|公司注册编号)"
)
_COMPANY_NUMBER_ID = r"[ \t　]{0,2}[:：.]?[ \t　]{0,2}(?:[A-Z]{1,3}[ \t]?)?\d[\dA-Z]*(?:[ \t\-]\d[\dA-Z]*){0,4}"
# A footer link's text naming a page about copyright ("Copyright Policy | Hyperlinking Policy",
# "Terms · Copyright Notice · Privacy"): no claim, so its last word is no holder.
_COPYRIGHT_LINK_LABEL = re.compile(
    r"(?i:copyright[ ](?:policy|policies|notices?|information|info|statement|terms|guidelines|complaints?|agent|act|law|office"
    r"|matters|issues|permissions?|claims?|infringements?|disclaimer|faqs?|requests?))(?=[ ]{0,3}(?:[|｜·•/,\n]|$))"
)
_COMPANY_NUMBER = re.compile(
    rf"[（(][ \t　]{{0,2}}{_COMPANY_NUMBER_LABEL}{_COMPANY_NUMBER_ID}[ \t　]{{0,2}}[)）]"
    rf"|[,，]?[ \t　]{{0,3}}{_COMPANY_NUMBER_LABEL}{_COMPANY_NUMBER_ID}"
)
# A notice sentence's opening subject (本文系…, 本稿由…): a short line starting so and stopping
# without a sentence end goes on in the next line.
_SENTENCE_OPENING = re.compile(r"(?:本文|本稿|本篇|此文|稿件|本作品|本網站|本网站|本站|本網|本网)")
_BROKEN_LINE_CHARS = 16
_NAME_LINE_CHARS = 60
# A company's name broken over two lines ("© 2025 Harbor Light" / "Publishing Co."): the line
# before ends in a capitalised word and the line after opens with capitalised words ending in a
# company's kind, then ends or closes the name with a full stop or comma, so no sentence or bio
# line is joined to a © line.
_LATIN_NAME_END = re.compile(r"(?:^|[ ©])[A-Z][A-Za-z&'’.-]{0,30}[ \t]*$")
_LATIN_NAME_REST = re.compile(
    r"(?:(?:[A-Z][A-Za-z&'’.-]{0,30}|&|of|and)[ ]){0,5}"
    r"(?:Co\.?|Company|Inc\.?|Incorporated|LLC|L\.L\.C\.|LLP|Ltd\.?|Limited|Corp\.?|Corporation|Group|Media|"
    r"Publishing|Publications|Publishers|Press|News|Newspapers?|Holdings|Enterprises?|PLC|plc|GmbH|Pty\.? Ltd\.?|"
    r"Communications|Broadcasting|Network|Foundation|Trust|Society|Association)"
    # the name ends the line, or a full stop or comma ends it before the claim's rest
    # ("Publishing Company Limited. All rights reserved."; not "News Desk: …")
    r"(?:[.,]?\Z|[.,][ ])"
)


def _name_lines_joined(text: str) -> str:
    """``text`` with the line break between a claim's words and the name line after them read
    as a space (same length, so offsets hold)."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    chars = list(text)
    at = 0
    for k in range(len(lines) - 1):
        at += len(lines[k])
        prev, nxt = lines[k], lines[k + 1]
        if (
            _ENDS_WITH_CUE.search(prev) and _NAME_LINE.fullmatch(nxt.strip())
            and not _ZH_CLAUSE.search(nxt) and not _NOT_NAME_LINE.search(nxt)
        ) or (
            # one claim sentence broken over short lines: 本文系江城晚报 / 原创作品
            len(prev) <= _BROKEN_LINE_CHARS and len(nxt.strip()) <= _BROKEN_LINE_CHARS
            and _SENTENCE_OPENING.match(prev.strip()) and prev.rstrip()[-1:] not in "。！？；.!?;"
        ):  # fmt: skip
            chars[at] = " "
        at += 1
    return "".join(chars)


# A block hard-wrapped at a fixed width breaks words and names anywhere (…研究院享有 / 本报告著作权,
# …控股集团有 / 限公司): the holder is read with such breaks taken out (see _wrap_breaks).
_WRAP_MIN_WIDTH = 36  # display columns (a Han character is two) of a line wrapped at a fixed width
_WRAP_SLACK = 2  # columns a wrapped line may fall short of the block's widest (a Han character at the edge)
# a footer row's fields (two spaces, an ideographic space, a bar): rows of fields are not wrapped prose
_FIELD_GAP = re.compile(r"[ ]{2}|　|[|｜]")
# (or by a space where the wrapped lines are printed joined: 江西赣岳控股集团有 限公司)
# (星灣報業 / 有限公司: broken right before the suffix)
_SUFFIX_BROKEN = re.compile(
    r"(?:有|有限|股份有|股份有限|有限責|有限责|有限責任|有限责任)\n(?=限|公司|責任|责任)|(?<=有限公)\n(?=司)|(?<=有)[ ](?=限公司|限責任|限责任)"
    r"|(?<=[\u4e00-\u9fff])\n(?=(?:股份)?有限(?:責任|责任)?公司)"
)
# a claim's name broken by a wrap (版权归临江晚 / 报社所有, 本文为临江 / 晚报原创): the line ends
# inside the name the next line's 所有/原创 closes, so the break is the wrap's
_CLAIM_BROKEN = re.compile(
    r"(?:版[权權](?:均|皆)?(?:归|歸|属|屬)(?:于|於)?|本文(?:为|為|系|係|由))"
    r"(?:(?!所有|享有|原[创創])[^，。；：:,;\n]){1,30}\n(?=(?:(?!所有|享有|原[创創])[^，。；：:,;\n]){1,12}(?:所有|享有|原[创創]))"
)
# a Latin word hyphenated at a line's end (Press- / Enterprise, redistri- / bution): the break is a
# wrap's, and so is the hyphen before a small letter
_HYPHEN_BROKEN = re.compile(r"(?<=[A-Za-z])-\n(?=[A-Za-z])")
# a notice word broken over two lines (版 / 权所有, 版权 / 所有): the break is the wrap's
_WORD_BROKEN = re.compile(r"版\n?[权權]\n?所\n?有|(?<=[屬属归歸]).{2,30}?所\n有|著\n?作\n?[权權]|[转轉]\n?[载載]|授\n?[权權]|原\n?[创創]")


def _width(line: str) -> int:
    """Display columns of ``line``: two for a wide or full-width character (Unicode East Asian Width)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def _wrap_breaks(text: str) -> list[int]:
    """Offsets of the line breaks in ``text`` that a fixed-width wrap made (and of the hyphen
    before one that split a word), and of a company name or suffix broken over two lines.

    A block is wrapped at a fixed width when two lines or more of prose (no footer fields) end
    in no punctuation, are followed by a line that goes on and are at least ``_WRAP_MIN_WIDTH``
    columns wide: Han lines as wide as the widest such line (within ``_WRAP_SLACK`` columns),
    Latin lines where the next line's first word would not have fitted (greedy, first-fit
    wrapping). A Latin line ending on a function word ("may not be", "copyright by") is wrapped
    whatever its width."""
    breaks = {m.end() - 1 for m in _SUFFIX_BROKEN.finditer(text)}
    if "\n" not in text:
        return sorted(breaks)
    breaks |= {m.start() + m.group().index("\n") for m in _WORD_BROKEN.finditer(text) if "\n" in m.group()}
    breaks |= {m.end() - 1 for m in _CLAIM_BROKEN.finditer(text)}
    for m in _HYPHEN_BROKEN.finditer(text):
        breaks |= {m.start() + 1, m.start()} if text[m.end()].islower() else {m.start() + 1}
    lines = text.split("\n")
    starts = _line_starts(lines)
    widths = [_width(x) for x in lines]
    pairs = range(len(lines) - 1)
    breaks |= {
        starts[k + 1] - 1 for k in pairs
        if len(lines[k].strip()) <= _NAME_LINE_CHARS and _LATIN_NAME_END.search(lines[k])
        and _LATIN_NAME_REST.match(lines[k + 1].strip())
    }  # fmt: skip
    latin = [k for k in pairs if _is_latin(lines[k][-1:]) and _is_latin(lines[k + 1][:1])]
    breaks |= {starts[k + 1] - 1 for k in latin if _FUNCTION_WORD_END.search(lines[k])}
    prose = [k for k in latin if widths[k] >= _WRAP_MIN_WIDTH and not _FIELD_GAP.search(lines[k])]
    widest = max((widths[k] for k in prose), default=0)
    fitted = [k for k in prose if widths[k] + 1 + _width(lines[k + 1].partition(" ")[0]) > widest]
    goes_on = [
        k for k in pairs
        if widths[k] >= _WRAP_MIN_WIDTH and lines[k][-1:].isalnum() and lines[k + 1][:1].isalnum()
        and not _FIELD_GAP.search(lines[k])
    ]  # fmt: skip
    top = max((widths[k] for k in goes_on), default=0)
    for wrapped in ([k for k in goes_on if widths[k] >= top - _WRAP_SLACK], fitted):
        if len(wrapped) >= 2:
            breaks |= {starts[k + 1] - 1 for k in wrapped}
    breaks |= _phrase_breaks(lines) | _latin_phrase_breaks(lines)
    return sorted(breaks | _padding_around(text, breaks))


_LATIN_PHRASE_LINE = re.compile(r"[ ]{0,3}[\w©&.,'’()-]{1,24}(?:[ ][\w©&.,'’()-]{1,24})?[ ]{0,3}", re.ASCII)
_LATIN_PHRASE_CLAIM = re.compile(r"©|\([cC]\)|(?i:copyright|rights)")


def _latin_phrase_breaks(lines: list[str]) -> set[int]:
    """The breaks inside an English claim set a word or two per line (Copyright / 2025 /
    Elmhurst / Weekly / News.): a run of three or more such lines whose joined text holds a claim."""
    return _run_breaks(lines, _LATIN_PHRASE_LINE, lambda run: _LATIN_PHRASE_CLAIM.search(" ".join(run)) is not None)


def _run_breaks(lines: list[str], line: re.Pattern[str], claims: Callable[[list[str]], bool], *, unpadded: bool = False) -> set[int]:
    """The offsets of the breaks inside each run of :data:`_PHRASE_RUN` or more ``lines`` that
    ``line`` fullmatches and whose lines ``claims`` (with ``unpadded``, not after a line ending
    in spaces)."""
    out: set[int] = set()
    starts = _line_starts(lines)
    k = 0
    while k < len(lines):
        j = k
        while j < len(lines) and line.fullmatch(lines[j] if not unpadded else lines[j].strip()):
            j += 1
        if j - k >= _PHRASE_RUN and claims(lines[k:j]):
            out |= {starts[m + 1] - 1 for m in range(k, j - 1) if not unpadded or lines[m] == lines[m].rstrip()}
        k = max(j, k + 1)
    return out


def _padding_around(text: str, breaks: set[int]) -> set[int]:
    """The offsets of the spaces padding a wrap break between Han characters (海门　/ 日报社, a
    box's border read as spaces): the name runs on across them as across the break."""
    pad: set[int] = set()
    for k in breaks:
        if text[k] != "\n":
            continue
        lo, hi = k, k + 1
        while lo > 0 and k - lo < _PADDING_CHARS and text[lo - 1] in " \u3000":
            lo -= 1
        while hi < len(text) and hi - k <= _PADDING_CHARS and text[hi] in " \u3000":
            hi += 1
        if (lo < k or hi > k + 1) and lo > 0 and hi < len(text) and _is_han(text[lo - 1]) and _is_han(text[hi]):
            pad |= set(range(lo, k)) | set(range(k + 1, hi))
    return pad


_PADDING_CHARS = 4


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


_FUNCTION_WORD_END = re.compile(rf"(?<![A-Za-z'’-])(?i:{FUNCTION_WORDS}|was|were)[ \t]*$")  # (find's words, and a past tense)


def _is_latin(ch: str) -> bool:
    """Whether ``ch`` (one character, or empty) is an ASCII letter or digit."""
    return ch.isascii() and ch.isalnum()


def _line_starts(lines: list[str]) -> list[int]:
    """The offset where each of ``lines`` (a text split at ``\\n``) starts."""
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    return starts


_PHRASE_LINE = re.compile(r"[\u3400-\u9fff]{1,8}")
_PHRASE_CLAIM = re.compile(r"原[创創]|版[权權]|著作[权權]|所有|授[权權]")
_PHRASE_RUN = 3


def _phrase_breaks(lines: list[str]) -> set[int]:
    """The breaks inside a sentence set one phrase per line (本文系 / 北辰周刊 / 原创作品 / 未经授权
    / 不得转载, a ``<br>`` after every few characters): a run of three or more lines of one to
    eight Han characters and nothing else, whose joined text holds a claim word."""
    return _run_breaks(
        lines, _PHRASE_LINE, lambda run: _PHRASE_CLAIM.search("".join(x.strip() for x in run)) is not None, unpadded=True
    )


def _without(text: str, offsets: list[int], spaced: frozenset[int] = frozenset()) -> str:
    """``text`` without the characters at ``offsets`` (sorted), those also in ``spaced`` read
    as a space instead."""
    out, last = [], 0
    for k in offsets:
        out.append(text[last:k])
        if k in spaced:
            out.append(" ")
        last = k + 1
    out.append(text[last:])
    return "".join(out)


def _latin_breaks(text: str, offsets: list[int]) -> frozenset[int]:
    """The line breaks among ``offsets`` between a Latin letter, digit or mark and a Latin letter
    or digit: a wrap there stood for a space (Northgate / Publishing Ltd, News. / All); not a
    hyphen's (Press- / Enterprise)."""
    return frozenset(
        k for k in offsets
        if text[k] == "\n" and 0 < k < len(text) - 1 and text[k - 1].isascii() and not text[k - 1].isspace()
        and text[k - 1] != "-" and text[k + 1].isascii() and text[k + 1].isalnum()
    )  # fmt: skip


def _framing(text: str) -> list[tuple[int, int]]:
    """Spans of the marks that frame a notice's lines and are no part of any name: a leading
    ※/■/*/— and the brackets around a whole line ((本文版权归X所有，未经授权不得转载))."""
    spans = [(m.start(), m.end()) for m in _LINE_MARK.finditer(text)]
    start = 0
    for line in text.split("\n"):
        stripped = line.strip()
        close = _CLOSING.get(stripped[:1])
        if close and stripped.endswith(close) and 2 < len(stripped) <= _FRAMED_LINE_CHARS:
            lo = start + line.index(stripped[0])
            depth, end = 0, None
            for k, ch in enumerate(stripped):
                depth += ch == stripped[0]
                depth -= ch == close
                if depth == 0:
                    end = k
                    break
            if end == len(stripped) - 1:  # the first bracket closes at the line's end
                spans += [(lo, lo + 1), (lo + end, lo + end + 1)]
        start += len(line) + 1
    return spans
_SENTENCE_END = re.compile(r"[.!?](?=[ ]|$)")
_SUFFIX_FOLLOWS = re.compile(r"(?<![ ])[ ]+(?:Ltd|Limited|Inc|LLC|L\.L\.C|Corp|Co|plc|Pty|S\.A|L\.P|Bhd|de[ ]C\.V|Tbk|KG|KGaA|OHG)\b")
_EN_SENTENCE_SPLIT = re.compile(r"(?<![A-Z][a-z])(?<!Co)(?<!L\.P)(?<!Pvt)(?<!Pty)(?<!Pte)(?<!Lda)(?<!Sdn)(?<!\bPT)\.[ ]+")  # keeps "Ltd.", "Co.", "L.P.", "Pvt."
# a comma ends an English name ("X Ltd., London"), except before a company suffix ("X, Inc.")
# or inside a partnership's list of names ("Hartwell, Singh & Co.")
_PARTNERS_FOLLOW = r"[A-Z][\w'’\-]{0,30}(?:,[ ][A-Z][\w'’\-]{0,30}){0,3}[ ](?:&|and)[ ][A-Z]"
_EN_COMMA_CUT = re.compile(rf",[ ](?!{_COMMA_SUFFIX})(?!{_PARTNERS_FOLLOW})")
def _cut_at_comma(stop: re.Pattern[str], text: str) -> str:
    """``text`` up to the first match of ``stop`` (a name's end: a comma, a clause mark), read on
    past one comma when only an office stands before it ("Public Relations, Universitas X": the
    office holds nothing on its own, :data:`_OFFICE_ONLY`)."""
    head = stop.split(text, maxsplit=1)[0]
    if text[len(head) : len(head) + 1] != ",":
        return head
    # (the sign's year before the office is no part of it: "© 2025 Public Relations, X")
    core = head.strip().lstrip("0123456789-–— ")
    if _OFFICE_ONLY.fullmatch(core) or (_UNIT_ONLY.fullmatch(core) and _PARENT_AFTER.match(text, len(head) + 1)):
        # "School of Journalism, University of Westmarch": a unit of the institution after the comma
        return head + "," + stop.split(text[len(head) + 1 :], maxsplit=1)[0]
    return head


# A unit of an institution named before a comma ("School of Journalism", "Department of X",
# "Media Studies Department") and the institution after it ("University of Westmarch",
# "Westmarch University"): one holder, the unit of its parent, as a Chinese name prints it
# (西湾大学新闻与传播学院).
_UNIT_ONLY = re.compile(
    r"(?:School|Department|Dept\.|Faculty|Division|Office|Cent(?:re|er)|Institute|Bureau|Unit|College)[ ](?:of|for)[ ]"
    r"[A-Z][\w&'’\-]*(?:[ ](?:(?:and|&|of|for)[ ])?[A-Z][\w&'’\-]*){0,4}"
    r"|(?:[A-Z][\w&'’\-]*[ ](?:(?:and|&)[ ])?){1,5}(?:Department|Dept\.|Faculty|Division|Office|Unit|Cent(?:re|er)|School)"
)
_PARENT_AFTER = re.compile(
    r"[ ]?(?:The[ ])?(?:[A-Z][\w&'’\-]*[ ](?:(?:and|&|of)[ ])?){0,4}"
    r"(?:University|College|Polytechnic|Institute|Academy|Ministry|Hospital|Council|Authority)\b"
)
_OFFICE_ONLY = re.compile(
    # ("Media and Public Relations Department, X University": offices joined by "and")
    r"(?:(?:The|Corporate|Media|Public|Press|Information|News|Communications?|Marketing|External)(?:[ ](?:and|&))?[ ]){0,3}"
    r"(?:Public Relations|Communications?|Media Relations|Press Office|Media Unit|Media Office|Information Office|PR Office|News Office|Newsroom)"
    r"(?:[ ](?:Office|Unit|Department|Team|Division|Bureau))?"
)


_LOWER_WORD = re.compile(
    rf"[ ](?!(?:{_NAME_PARTICLE}|on|upon|in|at|am|plc|llc|ltd|pty|gmbh|ag|bv|nv|inc)\b)"
    r"[a-z][a-z'\-]{0,40}(?=[ ,.;:]|$)"
)
_TRAILING_YEARS = re.compile(
    rf"(?<![ ,])[ ,　]{{0,3}}(?:{_YEAR}(?:[ ]?[-–－][ ]?(?:(?:19|20|１９|２０)?\d{{2,4}}|present|now))?[ ,.　]{{0,3}}){{1,3}}$"
)
# What ends a name after a © sign: 版权所有, a clause mark full- or half-width (a comma before a
# company suffix is the name's own: "X Co., Ltd.").
# 版權聲明 after the party (© 2024年X版權聲明：…) is the notice's heading glued to it.
_NAME_STOP = re.compile(
    rf"{_OWNED_WORDS}|(?:版|著作)[权權](?:声明|聲明)|[，。；|]|;|,(?![ ]?{_COMMA_SUFFIX})(?![ ]{_PARTNERS_FOLLOW})"
)
# "Copyright X 2024 Reproduction …": a year after the name closes it.
_YEAR_CLOSES = re.compile(rf"(?<=\S)[ ,]{{1,3}}{_YEAR}(?:[ ]?[-–－][ ]?{_YEAR})?(?=[ .,]|$)")


_CLAUSE_AND = re.compile(r"[ ](?:and|or)[ ](?=[a-z])")
# What a footer prints after the party on the same line: credits for the site's making ("Powered
# by", "Site by"), link rows ("Contact Us", "Privacy Policy", "Back to top"), a street address
# ("123 Main Street", "PO Box 12", "Suite 400") and a tagline opening a clause ("Serving the
# valley since 1887"). Each ends the name before it.
_FOOTER_TAIL = re.compile(
    # (glued to the name where a footer's spans sit flush: "X DailyProudly powered by WordPress")
    r"(?<=[a-z])(?:Proudly[ ][Pp]owered|Powered)[ ]by\b"
    r"|[ ](?:(?:Proudly[ ](?=[Pp]owered))?(?:Powered|powered|Designed|Developed|Built|Hosted|Published|Produced|Made|Created|Operated"
    r"|Distributed|Printed|Site|Website|Web[ ]design|Design|Theme)[ ](?:by|with|on)\b"
    r"|(?:Contact(?:[ ]Us)?|About[ ]Us|Advertise|Subscribe|Privacy(?:[ ]Policy)?|Terms(?:[ ]of[ ](?:Use|Service))?"
    r"|Cookies?(?:[ ]Policy)?|Site[ ]?map|Careers|Back[ ]to[ ]top|Accessibility)(?=[ .,|]|$)"
    r"|\d{1,5}[A-Za-z]?[ ](?:[A-Z][a-z]{1,20}[ ]){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Ln|Drive|Dr"
    r"|Way|Place|Pl|Square|Sq|Parkway|Pkwy|Court|Ct|Highway|Hwy)\b"
    r"|(?:P\.?[ ]?O\.?[ ]Box|Suite|Floor|Level)[ ]\d"
    # a Portuguese or Spanish street ("Avenida …", "Rua …", "Calle …"), a registration row
    # ("CRICOS Provider No. …", "Company No. …"), an old footer's "Best viewed with …"
    r"|(?:Avenida|Av\.|Rua|Travessa|Estrada|Largo|Calle|Carrera)[ ]\S"
    r"|(?:[A-Z]{2,8}[ ])?(?:Provider|Registration|Registered|Company|Charity|Business)[ ](?:No\.?|Number|ID)(?=[ .:]|$)"
    r"|Best[ ]viewed\b"
    r"|(?:Serving|Covering|Bringing|Delivering|Connecting|Informing|Celebrating)[ ](?:[a-z]|the[ ]|[A-Z])"
    # the next sentence or field when a page's lines run together ("X This text is protected …",
    # "X No part of …", "X Citation: …")
    r"|(?:This|These|That|Any|No|Reproduction|Republication|Republishing|Redistribution|Unauthori[sz]ed|Except|Unless"
    r"|Permission|Material|Materials|Content|Articles?|Stories|Text|Do|Please|You|Not|Nothing|Reprinting|Reproducing"
    r"|Copying|Reuse|Use)[ ][a-z]"
    r"|[A-Z][a-z]{2,15}:[ ])"
)


_HAN_AFTER_LATIN = re.compile(
    r"(?<=[A-Za-z.)])[ 　]+(?=未[经經]|非[经經]|不得|禁止|严禁|嚴禁|请勿|請勿|版[权權]|著作|保留|欢迎|歡迎|转载|轉載|如需|授[权權]|翻印|违者|違者)"
)
# Arabic, Hebrew, Cyrillic, Greek or Thai after a Latin name: the notice again in another language.
_OTHER_SCRIPT_AFTER = re.compile(r"(?<=[A-Za-z.)])[ ]+(?=[\u0590-\u06ff\u0400-\u04ff\u0370-\u03ff\u0e00-\u0e7f])")
# A company suffix inside a name's run, where the next line's first words may follow it.
_SUFFIX_WORD = re.compile(r"\b(?:Ltd|Limited|Inc|LLC|plc|PLC)\.?(?=[ ])")
# A single capital and its dot closing a run of words: an initial (R. H. Strachan), no sentence end.
_INITIAL_END = re.compile(r"(?:^|[ .])[A-Z]\.$")
# A company suffix followed by a preposition: the name ended at the suffix ("X Limited in
# England No. …", "X Ltd of 9 Quay Street", "X Inc. for licensing").
_SUFFIX_THEN_CLAUSE = re.compile(
    r"\b(?:Ltd|Limited|Inc|LLC|plc|PLC|GmbH|Pty)\.?(?=[ ](?:in|of|at|on|upon|for|from|under|with|by)[ ])"
)
# A company suffix run into the next block's first word (LtdBrosna): the name ends at the suffix.
_SUFFIX_GLUED = re.compile(r"(?<=[a-z] )(?:Ltd|Limited|Inc|LLC|plc|Corp|PLC)\.?(?=[A-Z][a-z])")


def _english_cut(name: str) -> str:
    """Cut an English name at the first sentence end that is not an abbreviation's dot, and
    before a lower-case word that is no connector ("The Echo unless otherwise noted"). A name
    opening with a domain (© 2024 x.example.cn No reproduction …) is cut the same way."""
    if re.match(r"[A-Z0-9]", name) or _DOMAIN_NAME.match(name):
        # a Chinese clause after the Latin name (X Sdn Bhd 未经许可不得转载) is no part of it
        name = _HAN_AFTER_LATIN.split(name, maxsplit=1)[0]
        # the same holder in another script after it ("X Corporation جميع الحقوق محفوظة")
        name = _OTHER_SCRIPT_AFTER.split(name, maxsplit=1)[0]
        glued = _SUFFIX_GLUED.search(name)
        if glued:
            name = name[: glued.end()]  # "X Media LtdX Media does not …": two blocks run together
        first = name.split(" ", 1)[0]
        if len(first) > 2:
            for suffix in _SUFFIX_WORD.finditer(name):
                rest = name[suffix.end() + 1 :]
                if rest.startswith(first) and not rest[len(first) : len(first) + 1].isalnum():
                    name = name[: suffix.end()]  # "X Media Ltd X Media does not …": the next line opens with the name again
                    break
        name = _CLAUSE_AND.split(name, maxsplit=1)[0]  # "X and may not be reproduced"
        after_suffix = _SUFFIX_THEN_CLAUSE.search(name)
        if after_suffix:
            name = name[: after_suffix.end()]  # "X Newspapers Limited in England No. 604318"
        tail = _FOOTER_TAIL.search(name)
        if tail and tail.start() > 0:
            if tail.group(0).startswith(" Theme ") and not _SENTENCE_END.search(name, 0, tail.start()):
                return ""  # "© 2024 • Magazine Pro WordPress Theme by Y": a theme's name, no party's
            name = name[: tail.start()]  # "X Powered by Newspack", "X 123 Main Street"
        lower = _LOWER_WORD.search(name)
        if lower:
            name = name[: lower.start()]
    for m in _SENTENCE_END.finditer(name):
        head = name[: m.end()]
        if m.group(0) == "." and head.strip() in _PREFIX_FORMS:
            continue  # "PT. Kabar Media": the form before the name
        if m.group(0) == "." and head.endswith(_ABBREVIATIONS):
            # A company suffix ends the name ("X Ltd. For licensing …" → "X Ltd."), unless
            # another suffix follows ("X Co. Ltd.").
            if _SUFFIX_FOLLOWS.match(name, m.end()):
                continue
            return head
        if m.group(0) == "." and _INITIAL_END.search(head):
            continue  # an initial: "R. H. Strachan & Co. Ltd."
        if m.group(0) == "." and head.rsplit(" ", 1)[-1] in _PLACE_ABBREVIATIONS and name[m.end() + 1 : m.end() + 2].isupper():
            continue  # a place's abbreviated word: "The St. Mary's Herald", "Mt. Kellan Courier"
        return name[: m.start()]
    return name


# An issue's number after a title (《X》第128期, X 2024年第3卷第2期, 总第86期, "X No. 12", "X, Vol. 3, Issue 2"):
# the name is the title's, and ends before it.
_ISSUE_AFTER = re.compile(
    r"(?<=\S)[ 　,]{0,2}(?:(?:(?:19|20)\d{2}[ ]?年[ ]?)?(?:总|總)?第[ ]?[\d一二三四五六七八九十百零〇]{1,6}[ ]?(?:卷|期|辑|輯|号|號)"
    r"(?:[ ]?(?:总|總)?第?[ ]?[\d一二三四五六七八九十百零〇]{1,6}[ ]?(?:期|号|號)){0,2}"
    r"|(?:Vol|No|Issue)\.?[ ]?\d{1,5}(?:,?[ ](?:No|Issue)\.?[ ]?\d{1,5}){0,2})(?=[.,]?(?:[ 　]|$))"
)
_QUOTED = re.compile(r"^[《「『“\"'‘【\[](?P<inner>[^》」』”\"'’】\]]{1,60})[》」』”\"'’】\]]")
# a company number: (1287654-X), or a new-format number with the old one inside (202001012345 (1377220-W))
# (a department's second name in brackets stays: X党委宣传部（新闻中心）)
_TRAILING_REMARK = re.compile(r"[ ]?(?:\([^()]{1,30}\)|[ ]\([a-z][^()]{1,60}\)|\([^()]{1,20}\([^()]{1,20}\)\)|（(?![\u3400-\u9fff]{1,8}(?:中心|部|处|處|办公室|辦公室|室)）$)[^（）]{1,30}）|\[[^\[\]]{1,40}\])$")  # a company number: (1287654-X)
_OPEN_REMARK = re.compile(r"[ ]\((?:[a-z][^()]{0,60})?$")
_NAME_TAIL = re.compile(r"(?i)(?<![ ,])[ ,]+(?:(?:or|and) its affiliat|all rights? (?:are )?reserved?)")
_LEADING_BY = re.compile(r"^(?i:by)[ ]+(?:the[ ]+(?=[A-Z]))?")  # "Copyright 2026 by the X Gazette": X Gazette
# 微信公众号 after an account's name; 各平台 / 旗下各媒体 after an outlet's ("X各平台所有原创内容"
# speaks of X's platforms, the holder is X)
_ZH_BRAND_SUFFIX = re.compile(
    r"(?:微信)?(?:公众号|公眾號)$|(?<=..)(?:旗下)?(?:各|所有|全部)(?:平台|媒体|媒體|端|频道|頻道|栏目|欄目|子报|子報|账号|帳號|新媒体|新媒體)$"
)


# Where a Chinese or Japanese name ends when nothing punctuates it: the clause that follows
# (版权所有未经授权不得转载, ©北陸日報社 無断転載を禁じます).
_ZH_CLAUSE = re.compile(
    rf"[ ]?(?:{_OWNED_WORDS}|未[经經]|非[经經]|不得|禁止|严禁|嚴禁|请勿|請勿|切勿|谢绝|謝絕|拒绝|拒絕|無断|无断|無斷|转载|轉載|転載|翻印|侵[权權]必究"
    r"|保留|(?:对|對)外部"
    # a members' tier after the outlet's name (以上内容来自X会员专享 / XVIP會員專享)
    r"|(?i:vip)|(?:会员|會員)(?:专享|專享|专属|專屬|独享|獨享|可见|可見)|(?:付费|付費)(?:内容|內容|专享|專享))"
)
# A clause of terms after a space ends a name in any script: it bans, permits, asks or reserves
# within a few characters of its start (© 2024 x.example.cn 未经授权不得转载, © X 谢绝转载, X 任何单位不得
# 轉載, X 欢迎转载 请注明出处, X 一切权利保留). (?<!…): one try per run of spaces.
_TERMS_AFTER_SPACE = re.compile(
    r"(?<![ 　])[ 　]+(?=[^ 　，。；,;\n]{0,12}?(?:未[经經]|非[经經]|不得|不准|禁止|严禁|嚴禁|请勿|請勿|切勿|谢绝|謝絕|拒绝|拒絕"
    r"|欢迎|歡迎|转载|轉載|转贴|轉貼|翻印|翻版|盗版|盜版|必究|侵[权權删刪]|保留|仅供|僅供|只限|注明|註明))"
)
# One holder named in two languages: "白鹭传媒集团有限公司 Egret Media Group Limited" → the first.
# A Chinese name first needs no company word ("濠江晨報 Macau Morning Post", "維港觀察 Harbour
# Watch"): the English name of two words or more, or in capitals, is the same holder's.
_CJK = r"\u3400-\u9fff\uf900-\ufaff"
_TWO_LANGUAGES = re.compile(
    rf"^(?P<zh>[A-Za-z0-9]{{0,6}}[{_CJK}（）()][{_CJK}（）()A-Za-z0-9]{{1,40}})[ ]{{1,3}}(?P<en>[A-ZÀ-Þ][A-Za-zÀ-ÿ0-9&.,'\- ]{{3,80}})$"
    rf"|^(?P<en2>(?:\d{{1,4}}(?=[A-Z]))?[A-Z][A-Za-z0-9&.,'\- ]{{3,80}}?)[ ]{{1,3}}(?P<zh2>[{_CJK}（）()]{{2,40}}(?:{_ZH_ORG_END}))$"
)


def _one_language(name: str) -> str:
    m = _TWO_LANGUAGES.match(name)
    if not m:
        return name
    en = (m.group("en") or m.group("en2")).strip()
    if len(en.split()) < 2 and not en.isupper():
        return name  # "BCB 新聞中文" is one name
    return m.group("zh") or m.group("en2")


# An ideographic space separates fields (© 2024 X　本報版權所有, 来源：X　记者 Y): a name ends there.
_FIELD_SPACE = re.compile(r"[\u3000]+|[ ]{3,}")
_IDEOGRAPHIC_SPACE = re.compile(r"[\u3000]+")
# Words that introduce a name (本文来源：X, 出品：X, 发布于X): not part of it.
_NAME_PREFIX = re.compile(
    r"^(?:本文|本篇|此文|文章|稿件|内容|內容)?(?:来源|來源|出品方?|出处|出處|发布|發布|發佈|首发|首發)(?:于|於|[:：])?[ ]?"
)


# 青州日报社主办, or the label of the next field cut at its colon (X 主办：Y, X 地址：…): not the name.
_DOMAIN_BEFORE = re.compile(r"^(?:www\.)?[a-z0-9][a-z0-9\-]{0,62}(?:\.[a-z0-9][a-z0-9\-]{0,62}){1,5}[ ]{1,3}(?=[A-Za-z0-9]{0,6}[\u3400-\u9fff])")
_HOST_ROLE = re.compile(
    r"(?<=[\u3400-\u9fff])(?:[ ]{0,3}(?:主办|主辦|承办|承辦|运营|運營|出品|制作|製作|监制|監製)(?:单位|單位|方)?"
    r"|[ ]{1,3}(?:协办|協辦|主管|技术支持|技術支持|地址|电话|電話|联系电话|聯繫電話|传真|傳真|邮编|郵編|邮箱|郵箱)(?:单位|單位)?)$"
)
_DOMAIN_AFTER = re.compile(r"(?<=[\u3400-\u9fff])[ ]{1,3}(?:www\.)?[a-z0-9][a-z0-9\-]{0,62}(?:\.[a-z0-9][a-z0-9\-]{0,62}){1,5}$")


# A role word before a person's name (作者林小禾, 原作者：X, "the author, Ann Lee"): the name is the holder.
_ROLE_BEFORE_NAME = re.compile(r"(?:原作者|作者|博主|版主|(?i:the (?:author|writer)))[ ,，:：]{0,2}")
_PERSONAL_NAME = re.compile(r"[\u3400-\u9fff]{2,4}(?:[·・][\u3400-\u9fff]{1,6})?|[A-Z][\w'\-]{0,30}(?: [A-Z][\w'\-]{0,30}){0,3}")


_PAIRS = {"“": "”", "《": "》", "「": "」", "『": "』"}


def _strip_loose_quotes(name: str) -> str:
    """``name`` without quote marks at its ends that close nothing in it: 《X》杂志社 keeps its
    《》, “X” loses both."""
    if name[:1] in _PAIRS and name.endswith(_PAIRS[name[0]]) and name.count(_PAIRS[name[0]]) == 1:
        name = name[1:-1]
    while name[:1] in _PAIRS and _PAIRS[name[0]] not in name[1:]:
        name = name[1:]
    while name[-1:] in _PAIRS.values() and not any(o in name[:-1] for o, c in _PAIRS.items() if c == name[-1]):
        name = name[:-1]
    if name.count('"') % 2:
        name = name.strip('"')
    elif name[:1] == name[-1:] == '"':
        name = name[1:-1]
    return name.strip()


# A footer's link row run into the claim line (聯絡我們 X有限公司版權所有): the links are no part of the name.
_LINK_WORDS = (
    "联系我们", "聯絡我們", "聯繫我們", "联络我们", "关于我们", "關於我們", "网站地图", "網站地圖", "隐私政策", "隱私政策", "私隱政策",
    "私隱條款", "隐私条款", "隱私權政策", "免责声明", "免責聲明", "广告查询", "廣告查詢", "广告服务", "廣告服務", "广告刊例", "使用条款",
    "使用條款", "服务条款", "服務條款", "意见反馈", "意見反饋", "加入我们", "加入我們", "人才招聘", "招聘信息", "版权声明", "版權聲明",
    "投稿须知", "投稿須知", "資訊安全政策", "资讯安全政策", "信息安全政策", "網站導覽", "网站导览", "政府網站資料開放宣告",
    "政府网站数据开放宣告", "政府網站資料開放宣吿", "無障礙聲明", "无障碍声明",
)  # fmt: skip
# (the link words a select-all copy glues to the name: …｜政府網站資料開放宣告X局 版權所有)
_GLUED_LINK_WORDS = (
    "隱私權政策", "隐私政策", "隱私政策", "資訊安全政策", "信息安全政策", "網站導覽", "网站导览", "政府網站資料開放宣告", "政府网站数据开放宣告",
    "無障礙聲明", "无障碍声明", "联系我们", "聯絡我們", "关于我们", "關於我們", "网站地图", "網站地圖", "使用条款", "使用條款", "免责声明",
    "免責聲明",
)  # fmt: skip
_LINK_ROW_BEFORE = re.compile(
    rf"^(?:(?:{'|'.join(_LINK_WORDS)})[ 　|｜]{{1,3}}){{0,8}}(?:(?:{'|'.join(_GLUED_LINK_WORDS)})(?=[\u3400-\u9fff]{{2}}))?(?=\S)"
)
# A notice's label in brackets before the name (【版权声明】X版权所有, [原创] X): not part of it.
_BRACKET_LABEL = re.compile(
    r"^[【\[][^】\]\n]{0,8}?(?:声明|聲明|说明|說明|原[创創]|独家|獨家|提示|注意|公告|(?i:notice))[^】\]\n]{0,3}[】\]][ ]?"
)


# A platform's user named in quotes (本文为CSDN博主「X」的原创文章, 知乎用户“X”): the user is the party.
# (a platform's programme before the role: 云易新闻•云易号特色内容激励计划签约账号【X】)
_PLATFORM_USER = re.compile(
    r"[A-Za-z0-9\u3400-\u9fff•·・ ]{0,30}(?:博主|版主|用户|用戶|作者|号主|號主|账号|帳號|創作者|创作者)[「“\"『【](?P<user>[^」”\"』】\n]{1,40})[」”\"』】]的?"
)


# Where a name's own sentence or field ends (X.All Rights Reserved., X。, 地址：…), for rules that
# look inside the name only. (The mark is kept with what follows.)
_ROLE_SPLIT_CHARS = 30
"""How far into a Chinese name's text a role verb (营运, 发行) may split a brand from its company."""
_NAME_SENTENCE_END = re.compile(r"(?=[。；]|\.(?=[A-Za-z ])|[:：])")


_JOINT_HOLDERS = re.compile(r"(?:(?:与|與|和|及|暨)(?:作者|原作者|著作人)?[^\s，。、与與和及]{2,20})?共同(?:所有|享有|拥有|擁有|持有)?$")


def _clean_name(raw: str) -> str | None:
    # a trade mark's sign is no part of the name ("X Magazine ®", "X News™")
    name = raw.strip().replace("\u200b", "").replace("®", "").replace("™", "").strip()
    if name[:1] in "@＠" and len(name) > 1 and not name[1:2].isspace():
        name = name[1:]  # 本文为@X原创: a platform's mention of the account X
    if _FULL_WIDTH_LATIN.search(name) and not re.search(r"[\u3400-\u9fff]", name):  # (ＣＮＳ新闻网 stays as written)
        name = name.translate(_FULL_WIDTH_TO_ASCII)  # Ｔｈｅ Ｘ．Ａｌｌ ｒｉｇｈｔｓ ｒｅｓｅｒｖｅｄ．
    if not re.match(r"[A-Za-z]", name):
        # Y營運 X: Y operates, X holds (within the name's own sentence and field: not the
        # "党委宣传部主办" of an address row after "X.All Rights Reserved. 学校地址：…")
        head = _NAME_SENTENCE_END.split(name, maxsplit=1)
        near = head[0][:_ROLE_SPLIT_CHARS]  # (a role verb far along is another field's: X學系出版　聯絡信箱：…)
        first = _ROLE_THEN_NAME.split(_PUBLISHES.split(near)[-1])[-1] + head[0][_ROLE_SPLIT_CHARS:]
        name = first + (head[1] if len(head) > 1 else "")
    name = _LINK_ROW_BEFORE.sub("", name.lstrip())  # (before the fields: 联系我们 关于我们 X版权所有)
    # an English name may hold runs of spaces as printed; an ideographic space ends any name
    # (NB视界网　主办：…, V生活　地址：…)
    fields = [f for f in (_FIELD_SPACE if not re.match(r"[A-Za-z]", name) else _IDEOGRAPHIC_SPACE).split(name)
              if _LEADING_JUNK.sub("", f).strip()]  # fmt: skip
    name = fields[0].strip() if fields else name
    name = _NAME_PREFIX.sub("", _BRACKET_LABEL.sub("", _LINE_MARK.sub("", name).lstrip()))
    name = _LINK_ROW_BEFORE.sub("", name)
    if name[:1] in _CLOSING and name.count(name[0]) > name.count(_CLOSING[name[0]]):
        name = name[1:]  # （X版权所有，…）: the bracket opens the line, not the name
    opening = _OPENING.get(name[-1:])
    if opening and name.count(name[-1]) > name.count(opening):
        name = name[:-1]  # [… X 2024]: the bracket closes the line
    platform_user = _PLATFORM_USER.fullmatch(name)
    if platform_user:
        name = platform_user.group("user")  # CSDN博主「X」的: a blog platform's user X
    name = _ISSUE_AFTER.split(name, maxsplit=1)[0]  # 《X》第128期 版權所有: the issue is no part of the title's name
    quoted = _QUOTED.match(name)
    if quoted and not re.match(r"[\u3400-\u9fffA-Za-z]", name[quoted.end() :]):
        name = quoted.group("inner")  # 《X》 is X; 《X》杂志社 and “X”学习平台 stay as written
    name = _TERMS_AFTER_SPACE.split(name, maxsplit=1)[0]  # © 2024 x.example.cn 未经授权不得转载: the terms, not the party
    clause = _ZH_CLAUSE.search(name)
    if clause and not re.match(r"[A-Za-z]", name):
        name = name[: clause.start()]
    # a separator ends the name (X · 版权所有, X | ICP…); a · between two characters is inside one (云端·视界传媒)
    # (and a site builder's credit after a Chinese name: 锦屏新闻网 Powered by 站点云CMS)
    name = re.split(
        r"[ ]+[·•‧・][ ]*|[·•‧・][ ]+|[ ]?[|｜][ ]?|[ ]+[—–―-][ ]+|[ ]?\bICP|[ ]?[\u4e00-\u9fff]ICP"
        r"|(?<=[\u4e00-\u9fff])[ 　]{0,3}(?i:(?:proudly[ ])?(?:powered|designed|developed|built|hosted)[ ]by)\b",
        name,
        maxsplit=1,
    )[0]
    name = re.split(r"[ ]?(?:©|\([cC]\))|[ ](?i:copyright)\b", name, maxsplit=1)[0] if not re.match(r"[ ]?(?:©|\([cC]\))", name) else name
    name = _TRAILING_YEARS.sub("", name)
    name = _ALL_RIGHTS.split(name)[0]
    name = _RESERVED_ELSEWHERE.split(name, maxsplit=1)[0]  # "X Media Ltd. Haki zote zimehifadhiwa"
    name = re.split(r"(?i:\ball rights? (?:are )?reserved?)", name)[0]
    name = _LEADING_JUNK.sub("", name).strip()
    name = _ZH_LEADING.sub("", name).strip()
    # 山城月刊與作者林雨萱共同享有: joint holders, the first named reported (the rest in the notice text)
    name = _JOINT_HOLDERS.sub("", name)
    name = _LEADING_BY.sub("", name)  # before the cut, which reads names that open with a capital
    name = _english_cut(name).strip()
    name = _cut_at_comma(_EN_COMMA_CUT, name)  # "X Ltd., London" → "X Ltd."
    tail = _NAME_TAIL.search(name)
    if tail:
        name = name[: tail.start()]
    for _ in range(2):
        name = _TRAILING_REMARK.sub("", name).strip()
    name = _OPEN_REMARK.sub("", name)  # "X (a division of Y Inc.)" cut inside its remark: "X (a"
    name = _strip_loose_quotes(_ZH_BRAND_SUFFIX.sub("", name).strip())
    name = _TRAILING_YEARS.sub("", name)
    name = re.sub(r"[ 　]?(?:本报|本報|本网|本網|本站|本刊|本社)$", "", name)  # 灣仔日報 本報版權所有 (or a full-width space)
    name = _ZH_SELF_CLAUSE.split(name, maxsplit=1)[0]  # ©X電視 本網站之文字…: the next sentence opens with the site
    name = _HOST_ROLE.sub("", name)  # 版权所有 X日报社主办: X hosts and holds
    name = _ZH_AFFILIATES.sub("", name)  # X及其关联公司 (as "X and its affiliates")
    name = re.sub(r"(?<=[^\W\d_]{2})(?:原创|原創)(?:和|及|并|並)$", "", name)  # 版权均归X原创和所有: X's original and owned
    name = _ZH_OTHER_HOLDERS.sub("", name)  # X或相关权利人
    owner = _ZH_OWNS_BRAND.match(name)
    if owner:
        name = owner.group("owner")  # X旗下Y: X owns the brand Y and holds its rights
    name = _DOMAIN_AFTER.sub("", name)  # © 2024 青州网 qingzhou.example.cn
    name = _DOMAIN_BEFORE.sub("", name)  # © 2024 qingzhou.example.cn 青州网
    name = _one_language(name)
    if re.match(r"[A-Za-z0-9]{0,6}[\u3400-\u9fff]", name):  # a Chinese name, maybe opening with a brand's letters
        name = _ZH_FIELD_AFTER.split(name, maxsplit=1)[0]  # X 技术支持：Y
        second = _ZH_SECOND_BRAND.match(name)
        if second:
            name = second.group("first")  # ©溪州市融媒体中心 溪州新闻网: the owner, then its site
    if name.endswith(_ABBREVIATIONS):
        pass  # "Ltd." keeps its dot
    else:
        name = name.rstrip(" .,;:-–—")
    role = _ROLE_BEFORE_NAME.match(name)
    if role and re.match(r"[及和与與或等]", name[role.end() :]):
        return None  # 版权归原作者及原出处所有: the author's claim (with others), no one's name
    if role and _PERSONAL_NAME.fullmatch(name[role.end() :]):
        name = name[role.end() :]  # 版权归作者 林小禾 所有, "copyright © the author, Ann Lee": the role is a title
    if not 2 <= len(name) <= 80 or _NOT_A_NAME.match(name):
        return None
    if _FOREIGN_HINT.search(name) and _FOREIGN_BAN.search(name) and _FOREIGN_USE.search(name):
        return None  # 무단 전재 및 재배포 금지, "Reproduction interdite": another language's ban, no name
    if name.count("）") + name.count(")") > name.count("（") + name.count("("):
        return None  # 集团）有限公司: a cue that started inside the name's brackets
    if not any(ch.isalpha() for ch in name) or _BARE_SUFFIX.fullmatch(name):
        return None  # ", Limitada 版權所有": a legal suffix after a comma is the tail of a name, not one
    return name


# "X或相关权利人" (版权均属X或相关权利人所有) names X, as "X and/or its licensors" does; "X和作者共同所有"
# names X, the party to ask (the author is the byline's).
# A field after a Chinese name on its line (X 技术支持：Y, X 地址：…), and a second name of the
# same owner after a space (X融媒体中心 X新闻网, X日报社 X网): the first is the holder.
_ZH_FIELD_AFTER = re.compile(r"[ 　]{1,3}[\u3400-\u9fff]{2,6}[:：]")
_ZH_SECOND_BRAND = re.compile(
    rf"(?P<first>[A-Za-z0-9]{{0,6}}(?:[\u3400-\u9fff]|[（(][\u3400-\u9fff]{{1,6}}[)）]){{1,30}}?"
    rf"(?:{_ZH_ORG_END}|报|報|刊|杂志|雜誌|传媒|傳媒|媒体|媒體))[ ]{{1,3}}(?=[\u3400-\u9fff])"
)
_ZH_OTHER_HOLDERS = re.compile(
    r"[ 　]?(?:或者|或|及|和|与|與)(?:其他|其它|相关|相關|其)?(?:权利人|權利人|著作权人|著作權人|版权方|版權方|权利方|權利方|版权人|版權人|(?:原)?作者)$"
    r"|[ 　]?(?:或者|或|及|和|与|與)(?:其他|其它|相关|相關)(?:单位|單位|机构|機構|方)$"  # X或相關單位所有
)
# A space, then the site's own sentence (本網站之文字…, 本文…): the name ended before it.
_ZH_SELF_CLAUSE = re.compile(r"(?<![ 　])[ 　]+(?=(?:本|此)(?:网站|網站|站|文|报|報|刊|台|社|网|網|内容|內容|稿|篇)[\u3400-\u9fff])")
# "X及其关联公司 / X及其附屬公司" names X and its group, as "X and its affiliates" does: X.
_ZH_AFFILIATES = re.compile(r"[ 　]?(?:及其|及)(?:所属|所屬)?(?:关联|關聯|附属|附屬|下属|下屬|子)(?:公司|企业|企業|机构|機構|单位|單位)$")
# "X旗下Y": the company X owning the brand Y (X has a company word).
_ZH_OWNS_BRAND = re.compile(r"(?P<owner>[^ 　]{2,30}?(?:公司|集团|集團|传媒|傳媒|报社|報社|报业|報業))[ 　]?旗下[ 　]?\S")
# A legal form alone (the part of "X Media, Limitada" after its comma) is no name.
_BARE_SUFFIX = re.compile(
    r"(?i:limitada|lda\.?|ltda\.?|limited|ltd\.?|inc\.?|llc|l\.l\.c\.?|corp\.?|corporation|co\.?,? ?ltd\.?|plc|pty\.? ?ltd\.?"
    r"|s\.?a\.?|gmbh|ag|b\.?v\.?|n\.?v\.?|s\.?r\.?l\.?|pte\.? ?ltd\.?)"
)
# "《X》由 Y 出版/發行 版權所有": the brand, then its publisher between 由 and the verb.
_PUBLISHED_BY = re.compile(
    r"[^由\n]{0,30}?由[ 　]{0,2}(?P<name>[^由\s][^由\n]{0,40}?)[ 　]{0,2}(?:出版|發行|发行|出品|印行|製作|制作|營運|营运|運營|运营)[ 　]{0,3}"
)
# "山城週刊 發行 山城文化出版股份有限公司 版權所有": a role verb between spaced names joins a brand to the
# company that publishes it, and the company before the claim is the holder.
_PUBLISHES = re.compile(r"(?<![ 　])[ 　]+(?:發行|发行|出版|出品|印行|製作|制作)[ 　]+")  # (?<!…): one try per run of spaces


_CLOSERS = {"》": "《", "」": "「", "』": "『", "”": "“", '"': '"', "】": "【", "]": "["}  # 【】 fold to []


def _quoted_prefix(folded: str, start: int) -> int:
    """Where a name beginning at ``start`` really begins when a quoted part opens it:
    版权均属《西川财经》杂志社所有 names 《西川财经》杂志社, not 杂志社."""
    opener = _CLOSERS.get(folded[start - 1]) if start > 0 else None
    if opener is None:
        return start
    at = folded.rfind(opener, max(0, start - 42), start - 1)
    return at if at >= 0 and "\n" not in folded[at:start] else start


def _quoted_name_before(folded: str, text: str, end: int) -> str | None:
    """The quoted name that ends right at ``end`` (《X》版权所有, 由《X》授權提供), cleaned, or ``None``."""
    start = _quoted_prefix(folded, end)
    return _clean_name(text[start:end]) if start < end else None


# A licensing desk named after its owner ("the X Syndication Desk", "X Rights & Permissions
# team"): whom to call, not who holds the rights; the owner is the words before it.
_DESK_SUFFIX = re.compile(
    r"(?:[ ](?:and|&)?[ ]?(?:Syndication|Licens\w{0,3}|Permissions?|Reprints?|Rights|Content[ ]Sales|Copyright))+"
    r"[ ](?:Desk|Department|Dept\.?|Team|Office|Unit|Services?)\Z",
    re.IGNORECASE,
)


# A reprint vendor's or syndicate's trade name ("Brightline Reprints", "Pacific Syndication"):
# a licensing route, not the holder (bench/notices README, Round 10 vendor rule).
_VENDOR_NAME = re.compile(r"[ ](?:Reprints|Syndication|Syndicate|Licensing|Permissions|Content[ ]Services|Clearance[ ]Cent(?:er|re))\Z")


# "without the written permission of the Station Director": an officer whose leave is asked, no holder
_OFFICER_ONLY = re.compile(
    r"(?:[Tt]he[ ])?(?:[A-Z][a-z]+[ ]){0,3}(?:Director|Editor|Editor-in-Chief|Manager|Officer|Secretary|Commissioner"
    r"|Chairman|Chairperson|Chair|Administrator|Registrar|Controller|Head|President|Clerk|Executive|Publisher)"
)


def _desk_owner(name: str | None) -> str | None:
    """``name`` without a licensing desk's words at its end ("Lakeside Herald Syndication Desk"
    → "Lakeside Herald"); ``None`` when the desk is all it names ("the Syndication Desk"), the
    name is a reprint vendor's ("Brightline Reprints") or an officer's title ("the Station
    Director", "Chief Administrative Officer": :data:`_OFFICER_ONLY`)."""
    if name is not None and (_VENDOR_NAME.search(name) or _OFFICER_ONLY.fullmatch(name.strip())):
        return None
    if name is None or (m := _DESK_SUFFIX.search(" " + name)) is None:
        return name
    owner = name[: max(0, m.start() - 1)].strip()
    return owner or None


def _first_name(
    cues: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...], folded: str, text: str
) -> str | None:
    for anchor, pattern in cues:
        for count, a in enumerate(anchor.finditer(folded)):
            if count == _MAX_CUES:
                break
            m = pattern.match(folded, a.start(), a.start() + _CUE_WINDOW)
            if m:
                name = _clean_name(text[_quoted_prefix(folded, m.start("name")) : m.end("name")])
                if name:
                    return name
    return None


_OWNED_LEAD = re.compile(
    # 系 of 系统/系列 (深圳市群通计算机系统有限公司), 联系, 关系 and 体系 is part of a word, not "is"
    r"^.*?(?:均为|均為|皆为|皆為|均系|均係|均属|均屬|为|為|(?<![联聯关關体體])系(?![统統列])|(?<![关關])係(?![統列])|发布于|發布於|發佈於|首发于|首發於|刊于|刊於|来自|來自)(?=.{2})"
)
# (a department's second name in brackets is the name's: 版权所有：X党委宣传部（新闻中心）)
_OWNED_AFTER = re.compile(rf"版[权權]所有[ ]?[:：][ ]?(?P<name>《[^《》\n]{{1,30}}》(?:(?![ 　]{{1,3}}[\u3400-\u9fff]{{2,6}}[:：])[^{_PUNCT}©\s]){{0,12}}|(?:(?![ 　]{{1,3}}[\u3400-\u9fff]{{2,6}}[:：])[^{_PUNCT}©]){{2,40}}(?:[（(][^{_PUNCT}（()）]{{2,12}}[)）](?=[ 　]|$))?)", re.M)
# 版权所有 X / 版权所有©X 2024: a Chinese name after it ends at a space.
_OWNED_SPACED = re.compile(
    rf"版[权權]所有[ ]{{0,2}}(?:©|\([cC]\))?[ ]{{0,2}}(?:(?:19|20)\d{{2}}(?:[-–][ ]?(?:19|20)\d{{2}})?[ ]{{0,2}})?"
    # (a Latin brand glued to Han characters opens a name: 版權所有 ABC生活 不得轉載)
    # (figures too: 版权所有 36氪, 版权所有 21世纪经济报道)
    rf"(?P<name>\d{{1,4}}(?![年月日号號期])[\u3400-\u9fff][^\s{_PUNCT}©]{{0,39}}"
    rf"|(?:《[^《》\n]{{1,30}}》)?(?:[A-Za-z]{{1,10}}(?=[\u3400-\u9fff]))?[^\sA-Za-z0-9.\-–{_PUNCT}©][^\s{_PUNCT}©]{{1,39}})"
)


_ROLE_THEN_NAME = re.compile(
    r"(?<=[\u3400-\u9fff])(?:营运|營運|运营|運營|主办|主辦|承办|承辦|出品|出版|发行|發行|制作|製作|技术支持|技術支持)[ 　]+(?=[\u3400-\u9fff])"
)
_HAN_TAIL = re.compile(r"(?<=[ .])[\u3400-\u9fff（）()]{2,40}[ ]?\Z")
# a field's label right before a run (运营：, 承办:)
_FIELD_LABEL_BEFORE = re.compile(r"[\u3400-\u9fff]{2,4}[ ]?[:：][ ]?\Z")


def _owned_name(folded: str, text: str) -> str | None:
    """X版权所有 (the run before it), or 版权所有：X."""
    for count, a in enumerate(_ZH_OWNED.finditer(folded)):
        if count == _MAX_CUES:
            break
        after = _OWNED_AFTER.match(folded, a.start(), a.start() + _CUE_WINDOW)
        if after:
            name = _clean_name(text[after.start("name") : after.end("name")].split("  ")[0])
            if name:
                return name
        # X｜版权所有, X | 著作權所有: a field separator between the name and its claim
        sep = _SEPARATOR_BEFORE.search(folded, max(0, a.start() - 8), a.start())
        claim_at = sep.start() if sep else a.start()
        end = claim_at - 1 if folded[claim_at - 1 : claim_at] == " " else claim_at
        name = _quoted_name_before(folded, text, end)  # 《青禾日报》版权所有
        if name:
            return name
        start = max(0, claim_at - 40)
        if start > 0 and folded[start - 1] not in "\n ":
            # the window cut a word ("…yright © 2024 X"): the run starts after it (or on the next line)
            line = folded.find("\n", start, claim_at)
            space = folded.find(" ", start, claim_at)
            start = line + 1 if line >= 0 else space + 1 if space >= 0 else start
        m = _RUN_BEFORE.search(folded, start, claim_at)
        if m:
            run = text[_quoted_prefix(folded, m.start("name")) : m.end("name")]  # 《青禾》杂志 版权所有
            parts = [p for p in re.split(r"(?i:all rights? reserved?\.?)", run) if p.strip()]
            if not parts:
                continue
            published = _PUBLISHED_BY.fullmatch(parts[-1].strip())
            # 《X週報》由 Y 出版　版權所有: the publisher holds (read before 系 of 學系 is taken for "is")
            run = published.group("name") if published else _OWNED_LEAD.sub("", parts[-1])
            # fields before 版权所有 (本网站由Y提供技术支持　X版权所有): the one next to the claim is the name
            fields = [f for f in _FIELD_SPACE.split(run) if any(ch.isalpha() for ch in _LEADING_JUNK.sub("", f))]
            run = fields[-1] if fields else run
            # "© 2024 X Ltd. 某某有限公司 版權所有": one owner in two languages, the name next to the claim
            han_tail = _HAN_TAIL.search(run)
            # (or a number's digits: a contact row joined on the claim's line, "热线：0371-6579… X版权所有")
            # (or a field's value: 运营：Y X版权所有, a footer's rows joined on one line, X next to the claim)
            labelled = _FIELD_LABEL_BEFORE.search(folded, max(0, m.start("name") - 8), m.start("name"))
            if han_tail and (labelled or re.search(r"[A-Za-z]|\d{4}", run[: han_tail.start()])):
                run = run[han_tail.start() :]
            signs = list(_COPYRIGHT_SIGN.finditer(run))
            if signs and run[signs[-1].end() :].strip():
                run = run[signs[-1].end() :]  # 承办：Y Copyright © 2024 X 版权所有: the sign opens X
            name = _clean_name(run)
            if name and not re.search(r"\d{4}", name):
                return name
    for count, a in enumerate(_ZH_OWNED.finditer(folded)):
        if count == _MAX_CUES:
            break
        spaced = _OWNED_SPACED.match(folded, a.start(), a.start() + _CUE_WINDOW)
        if spaced and not re.match(r"[ ]?[:：]", folded[spaced.end("name") :]):  # 版權所有 電話：… is a field label
            name = _clean_name(text[spaced.start("name") : spaced.end("name")])
            if name and not re.search(r"\d", name.lstrip("0123456789")):
                return name
    return None


_ZH_CLAIMS = (
    # 本文为X原创 / 本文由X原创 / 本文系X独家 / 【稿件声明】本文为X原创稿件
    (
        re.compile(r"(?:本文|本稿|本篇|此文|该文|該文|本作品|本报道|本報導|本报告|本報告|本内容|本內容|本站|本网|本網)"),
        re.compile(
            # 本站(所有)文章均为X原创: the site's articles, as forum and CMS sites word it (not 本网站由Y
            # 提供技术支持: the site's maker)
            r"(?:(?:本文|本稿|本篇|此文|该文|該文|本作品|本报道|本報導|本报告|本報告|本内容|本內容)[^，。；\n]{0,6}?(?:系|为|為|係|是|由)"
            r"|(?:本站|本网站|本網站|本网|本網)[^，。；\n]{0,6}?(?:系|为|為|係|是))"
            # (a name in 【】 as a quote too: 本文由【旅途小记】原创)
            rf"(?P<name>(?:{_QUOTED_NAME}|\[[^\]\n]{{1,40}}\](?=[^，。；\n]{{0,8}}?(?:原创|原創|首发|首發|出品|独家|獨家)))(?:客户端|客戶端|(?i:app)|网|網|平台|频道|頻道)?|[A-Za-z0-9\u3400-\u9fff•·・ ]{{0,30}}(?:博主|版主|用户|用戶|号主|號主|账号|帳號|创作者|創作者)(?:{_QUOTED_NAME}|\[[^\]\n]{{1,40}}\])的?|[^{_PUNCT}]{{2,40}}?)"  # 【】 folds to []
            r"(?:微信)?(?:公众号|公眾號)?"
            # an account's id after its name: 本文为“X”（ID：abc123）原创
            r"(?:[（(](?:ID|id|微信号|微信號)[ ]?[：:][ ]?[A-Za-z0-9_\-]{1,30}[)）])?(?:独家|獨家)?"
            r"(?:原创|原創|首发|首發|出品|独家|獨家|版权所有|版權所有|版[权權]作品)"
        ),
    ),
    # 《X》杂志原创
    (
        re.compile(r"《"),
        re.compile(r"《(?P<name>[^》\n]{1,40})》(?:杂志|雜誌|周刊|週刊|报|報)?(?:原创|原創|独家|獨家)"),
    ),
    # 经X授权转载 (a licensed reprint: X holds the rights)
    (
        re.compile(r"(?<![未非已])[经經](?![济濟典营營纬緯贸貿销銷理费費管观觀])"),  # 经济日报授权转载: 经 opens the name
        re.compile(
            rf"[经經](?:过|過|由)?(?P<name>[“\"《「]?[^{_PUNCT}]{{2,40}}?[”\"》」]?[^{_PUNCT}]{{0,6}}?)(?:的)?(?:独家|獨家|正式)?"
            r"(?:授权|授權|同意)(?:转载|轉載|发布|發布|發佈|刊登|刊发|刊發|刊出|刊載|刊载|登載|登载|使用|刊用)"
        ),
    ),
    # 本文为X授权Y转载 (the licensor X holds the rights; Y reprints them)
    (
        re.compile(r"(?:本文|本稿|此文)(?:为|為|系|係|由)"),
        re.compile(
            rf"(?:本文|本稿|此文)(?:为|為|系|係|由)(?P<name>(?:{_QUOTED_NAME})[^{_PUNCT}]{{0,6}}?|[^{_PUNCT}]{{2,30}}?)(?:独家|獨家|正式)?"
            r"(?:授权|授權)(?!转载|轉載|发布|發布|發佈)[^。；\n]{1,40}?(?:转载|轉載|发布|發布|發佈|刊登|刊发|刊發|使用)"
        ),
    ),
    # 本著作由X製作，以創用CC…授權條款釋出: the maker that licenses the work holds it
    (
        re.compile(r"本(?:著作|作品)由"),
        re.compile(
            rf"本(?:著作|作品)由(?P<name>[^{_PUNCT}]{{2,40}}?)(?:製作|制作|創作|创作|出品|撰寫|撰写)[，,]?[^。\n]{{0,12}}?"
            r"(?:以|採用|采用|依)[^。\n]{0,60}?(?:授[权權]|[许許]可)"
        ),
    ),
    # 受X的版权保护
    (
        re.compile(r"受"),
        re.compile(rf"受(?:到)?(?P<name>[^{_PUNCT}]{{2,40}}?)(?:所(?:拥有|擁有|持有|享有))?的?(?:版[权權]|著作[权權])(?:保[护護]|保障)"),
    ),
)
# 本文来自X / 刊于《X》 … with 经授权发布 / 未经授权不得转载 in the notice: X is the source that
# licensed the text.
_SOURCE_CUE = re.compile(
    r"(?:来自|來自|转自|轉自|转载自|轉載自|刊于|刊於|刊载于|刊載於|原载于?|原載於?|原文刊于|原文刊於|选自|選自|摘自|首发于|首發於"
    r"|源自|源于|源於|来源于|來源於|(?:文章|稿件)?(?:来源|來源)[:：])"
    r"(?:微信)?(?:公众号|公眾號)?[ ]?"
    # 原文刊於作者臉書: the author's own page names no outlet (the author's claim names the byline)
    r"(?!(?:原作者|作者|笔者|筆者|博主|版主)(?:的|之)?(?:个人|個人)?(?:臉書|脸书|微博|博客|部落格|网志|網誌|主页|主頁|专栏|專欄|公众号|公眾號|社交|(?i:facebook|blog)))"
    # a closing quote ends the name: 凡注明“来源：X”的作品
    rf"(?P<name>《[^》\n]{{1,40}}》|“[^”\n]{{1,40}}”|\"[^\"\n]{{1,40}}\"|「[^」\n]{{1,40}}」|(?:{_IN_NAME_BRACKET}|[^，。；,;\n（(《“”」』\"]){{2,30}})"
)
_SOURCE_AUTHORISED = re.compile(
    r"[经經](?:过|過)?[^，。；\n]{0,30}?(?:授权|授權)|未[经經][^，。；\n]{0,10}?(?:授权|授權|许可|許可|允许|允許|同意)"
    r"|(?:已|业已|業已)?(?:获|獲|获得|獲得|取得)(?:[^，。；\n]{0,10}?)(?:授权|授權|许可|許可)"
    r"|(?:首发|首發)[^。\n]{0,40}?(?:转载|轉載)[^。\n]{0,4}?(?:请|請|须|須)(?:注明|註明)"
)
# "No X material may be republished": the subject that forbids is the holder.
_EN_SUBJECT = re.compile(
    rf"(?<![A-Za-z])No[ ](?P<name>{_EN_NAME})[ ](?:material|content|articles?|stories|photos?|reports?)\b"
)
# "Want to republish a X story?", "For syndication of X video footage, write to …": whose work a
# reprint or a licence takes
_EN_STORY_OF = re.compile(
    r"(?:(?i:republish|reprint|reuse|syndicate)[ ](?:a|an|any)"
    r"|(?i:syndication|licensing|reprints?|republication|reuse|use|reproduction|redistribution|copying)[ ](?i:of)(?:[ ]the)?)"
    rf"[ ](?P<name>{_EN_NAME})[ ](?:story|stories|article|articles|piece|report|(?:video[ ])?footage|videos?|content"
    r"|photos?|photographs|images|materials?|journalism)\b"
)
# "Any unauthorized use or reproduction of X content is prohibited": whose content the ban protects.
_EN_CONTENT_OF = re.compile(
    r"(?i:unauthori[sz]ed)[ ](?:(?i:use|reproduction|republication|redistribution|copying|reuse)[ ](?i:and/or|or|and)[ ])?"
    r"(?i:use|reproduction|republication|redistribution|copying|reuse)[ ](?i:of)[ ](?:the[ ])?"
    rf"(?P<name>{_EN_NAME})[ ](?:materials?|content|articles?|stories|photos?|reports?|journalism)\b"
)
# Languages an article says it was first published in (not outlets), as whole words.
_LANGUAGE_NAME = (
    r"(?:English|Arabic|French|Spanish|Portuguese|German|Italian|Dutch|Russian|Ukrainian|Polish|Chinese|Mandarin|Cantonese"
    r"|Japanese|Korean|Vietnamese|Thai|Malay|Indonesian|Bahasa|Tagalog|Filipino|Hindi|Urdu|Bengali|Bangla|Punjabi|Tamil|Telugu"
    r"|Marathi|Gujarati|Kannada|Malayalam|Nepali|Sinhala|Burmese|Khmer|Lao|Mongolian|Tibetan|Uyghur|Persian|Farsi|Dari|Pashto"
    r"|Kurdish|Turkish|Hebrew|Greek|Armenian|Georgian|Swahili|Amharic|Somali|Hausa|Yoruba|Igbo|Zulu|Xhosa|Afrikaans|Shona"
    r"|Romanian|Czech|Slovak|Hungarian|Serbian|Croatian|Bosnian|Albanian|Bulgarian|Swedish|Norwegian|Danish|Finnish|Icelandic"
    r"|Irish|Welsh|Gaelic|Catalan|Basque|Maori|Samoan|Tongan|Fijian|Creole|Kreyol|Papiamento|Kazakh|Uzbek|Azerbaijani)\b"
)
# "Published under licence from X", "republished from X under a Creative Commons license",
# "Reprinted with permission of X", "Read the original article on X": a licensed reprint or a
# syndicated copy names its holder.
_EN_LICENSED = re.compile(
    r"(?<![A-Za-z])(?:(?i:(?:re)?publish(?:ed)?|reprinted|reproduced|used)[ ]"
    r"(?:(?i:here[ ])?(?i:under (?:a[ ])?(?:creative commons[ ])?licen[cs]e|with (?:the[ ])?(?:kind[ ])?permission|by (?:kind[ ])?permission|courtesy)[ ])?"
    r"(?i:from|of),?"
    # (a language is no outlet: "originally published in Arabic and translated …"; "… in Spanish by X" names X)
    rf"|(?i:originally|first)[ ](?i:appeared|published|ran|printed)(?:[ ]in[ ]{_LANGUAGE_NAME})?[ ](?i:in|on|by)(?![ ]{_LANGUAGE_NAME})"
    r"|(?i:read the original (?:article|story|post|piece|report))[ ](?i:on|at|in)"
    # (not an outlet's note on its own print edition: "This article appeared in the X print edition as: …")
    r"|(?i:appeared|ran)[ ](?i:in|on)(?=[ ](?:the[ ])?[A-Z][^.\n]{0,80}(?i:edition|newspaper|magazine))(?![^.\n]{0,80}(?i:print edition))"
    # a science-news aggregator's line under a partner's release: "Provided by University of X"
    r"|(?:^|(?<=\n))[ ]{0,3}(?i:provided|supplied)[ ]by"
    # "This article was produced by X and is republished here with permission"
    r"|(?i:(?:this|the) (?:article|story|piece|report|column) was (?:produced|written|reported|created) by)"
    rf"(?=[ ](?:the[ ])?{_EN_NAME}[ ](?i:and (?:is |was |has been )?(?:re(?:published|printed|posted)|shared|syndicated))\b))"
    rf"[ ](?:the[ ])?(?P<name>{_EN_NAME})"
)
# A blog feed's back-link, "The post <title> appeared first on X.": X's, unless a © line names another
# (a wire's story on a station's feed).
_FEED_ORIGIN = re.compile(rf"(?i:appeared first on|{FEED_ORIGIN_VERB})[ ](?:the[ ])?(?P<name>{_EN_NAME})")
# 文章X首先出现在Y。: the Chinese translation of the same feed line
_FEED_ORIGIN_ZH = re.compile(r"(?:首先|最先|最早|首次)(?:出现|出現|发表|發表)(?:在|于|於)[ ]?(?P<name>[^。.\n]{2,40}?)[。.]?(?:\n|$)")
# 凡本网注明“来源：X”的作品 / 注明来源为X的稿件: the credit the site asks for names its holder.
_CREDITED_SOURCE = re.compile(
    r"(?:注明|註明)[“\"「]?(?:来源|來源)[ ]?[:：为為是]?[ ]?"
    rf"(?P<name>{_QUOTED_NAME}|[^{_PUNCT}（(]{{2,40}}?)[”\"」]?(?=的)"
)
# The site speaking of itself (本网, 本報, 本平台 …), and the words that give it the rights (版权归 …).
# (and the publishing body speaking of itself on its own site: 本院 a hospital, 本校 a school, 本行 a
# bank, 本会 an association, 本馆 a museum or library, 本所 an institute; 本行业, 本会议, 本所有 are words)
_SITE_ITSELF = (
    r"(?:本网站|本網站|本网|本網|本站|本报|本報|本刊|本社|本台|本平台|本电视台|本電視台|本电台|本電台|本频道|本頻道|本杂志|本雜誌"
    r"|本院(?!线|線|校)|本校|本行(?!业|業|情|为|為|动|動)|本会(?!议|员|員)|本會(?!議|议|員)|本中心|本馆|本館|本所(?!有|属|屬|述|说|說)"
    r"|本公司|本集团|本集團|本协会|本協會|本学会|本學會|本机构|本機構|本单位|本單位|本基金会|本基金會)"
)
_RIGHTS_GO_TO = r"(?:版[权權]|著作[权權])(?:均)?(?:属|屬|归|歸)"
# 本网/本站/本报/本刊 … 版权所有 or 原创, or a bare 版权所有: the publishing site claims the text.
_UNNAMED_CLAIM = re.compile(
    rf"(?:{_SITE_ITSELF}|本号|本號|本公众号|本公眾號|本账号|本帳號)[^。\n]{{0,20}}?(?:版[权權]所有|原创|原創|独家|獨家)"
    # (or after a space or bar: "…请点此与我们联系 版权所有 Copyright © 1998-2025年" opens no name)
    r"|(?:^|\n|(?<=[ 　|｜]))[ ]{0,3}(?:(?:©|\([cC]\)|(?i:copyright))[ ]{0,3}(?:(?:19|20)\d{2}[ \-]{0,3}){0,2})?版[权權]所有"
    # 版權屬本網所有 / 版权归本站所有: the site's claim in the owner's words
    rf"|{_RIGHTS_GO_TO}(?:于|於)?(?:{_SITE_ITSELF}|本号|本號|本公众号|本公眾號|本账号|本帳號)"
    # "© 2024 All rights reserved.", "Copyright © 2024 | All Rights Reserved", "© 2024 本站 All Rights
    # Reserved" naming no one: the site's claim
    # ("All content © 2025. All rights reserved.": a lead naming the content, no party)
    r"|(?:^|\n)[ ]{0,3}(?i:(?:all|site|page|web|website|our)(?:[ ][a-z]{1,12}){0,3}[ ](?:contents?|materials?|articles?|text|stories|works?)[ ]{1,3})?"
    r"(?:(?:©|\([cC]\)|(?i:copyright))[ ]{0,3}){1,2}(?:(?:19|20)\d{2}[ \-–]{0,3}){0,2}[ ]{0,3}[.,|｜·•\-–]?[ ]{0,3}"
    rf"(?:{_SITE_ITSELF}[ ]{{0,3}})?(?i:all rights reserved)"
    # 本站内容受版权保护, "All content on this site is protected by copyright", 保留所有权利: the site's
    rf"|{_SITE_ITSELF}[^。\n]{{0,20}}?受[^。\n]{{0,10}}?(?:版[权權]|著作[权權])(?:法)?(?:的)?保[护護]"
    r"|(?:^|\n)[ ]{0,3}(?:保留所有权利|保留所有權利|保留一切权利|保留一切權利)[ ]{0,3}[。.]?[ ]{0,3}(?=\n|$)"
    # 本報保留一切權利, 本网对本文享有著作权: the site as the subject of a rights verb (X保留所有权利 names X)
    rf"|{_SITE_ITSELF}(?:依法)?(?:(?:对|對)(?:本文|本作品|其|该文|該文|此文|本网站|本網站|本网|本網|本站)(?:上的)?(?:内容|內容)?(?:的)?)?(?:依法)?"
    r"(?:保留|享有|拥有|擁有|持有)(?:(?:对|對)?(?:本文|本作品|其|本网站|本網站|本网|本網|本站)(?:上的)?(?:内容|內容)?)?(?:的)?(?:所有|一切|全部)?(?:的)?(?:权利|權利|版[权權]|著作[权權])"
    # 本文系原创, 本篇为独家稿件, a line that is only 【原创】 or 独家稿件: the article's own, so the site's
    r"|(?:本文|本篇|本稿|此文|本作品)[^。，,\n]{0,4}?(?<!非)(?<!不是)(?:原创|原創|独家|獨家)"
    r"|(?:^|\n)[ ]{0,3}[【\[]?(?:独家|獨家)?(?:原创|原創|独家|獨家)(?:稿件|作品|文章|内容|內容)?[】\]]?[ ]{0,3}(?=\n|$)"
    # a line that is only "© 2024" / "Copyright 2024" (or a footer row that opens with it:
    # "©2025 | Privacy policy | Terms"), "This article is copyrighted."
    r"|(?:^|\n)[ ]{0,3}(?:(?:©|\([cC]\)|(?i:copyright))[ ]{0,3}){1,2}(?:19|20)\d{2}(?:[ ]?[-–][ ]?(?:19|20)\d{2})?[ ]{0,3}[.。]?[ ]{0,3}(?=\n|$|[|｜•·])"
    # the year printed before the sign, as government templates do: "2025 ©", "2025 © | 重要告示"
    r"|(?:^|\n)[ ]{0,3}(?:19|20)\d{2}(?:[ ]?[-–][ ]?(?:19|20)\d{2})?[ ]{0,3}(?:(?:©|\([cC]\)|(?i:copyright))[ ]{0,3}){1,2}[.。]?[ ]{0,3}(?=\n|$|[|｜•·])"
    # "© Copyright 2001-2025. This site is part of …": the years, then a sentence about the site
    r"|(?:^|\n)[ ]{0,3}(?:(?:©|\([cC]\)|(?i:copyright))[ ]{0,3}){1,2}(?:19|20)\d{2}(?:[ ]?[-–][ ]?(?:19|20)\d{2})?\.[ ]{1,3}"
    r"(?=(?:This|These|Our|We|All|Content|Material)\b)"
    r"|(?i:\b(?:this|the) (?:article|story|post|piece|report|essay|column) (?:is|are) (?:copyright(?:ed)?|protected by copyright)\b)"
    r"|(?i:\b(?:(?:all )?(?:the )?(?:content|material|articles|stories)(?: (?:on|of) (?:this|our) (?:web)?site)?|this (?:web)?site|our (?:web)?site"
    r"|our (?:content|stories|articles|journalism))(?:,[^.\n]{0,40},)? (?:is|are) (?:(?:protected by|subject to) copyright|copyright(?:ed)?(?: material)?\b))"
    # "We own the copyright in this story", "We retain all rights to our reporting": the site speaking
    r"|(?i:\bwe (?:own|hold|retain|reserve|keep) (?:the |all |full )?(?:copyright|rights)\b)"
    # "This magazine holds the copyright", "All rights reserved by this publication", "© this station":
    # the outlet by its kind, as "we" (bench/notices README, Round 46 part B additions)
    r"|(?i:\b(?:this|our) (?:magazine|newspaper|paper|publication|title|station|network|outlet|(?:web)?site) (?:holds|owns|retains|reserves|keeps)\b)"
    r"|(?i:\ball rights (?:are )?reserved by (?:this|the) (?:magazine|newspaper|paper|publication|publisher|title|station|(?:web)?site)\b)"
    r"|(?i:(?:©|\(c\)|copyright)[ ]{0,2}(?:(?:19|20)\d{2}[ ]{1,2})?(?:this|the) (?:magazine|newspaper|publication|publisher|station|(?:web)?site)\b)"
    # a line that is only "ALL RIGHTS RESERVED" (a reader app's stamp, a footer row): the site's too
    r"|(?:^|\n)[ ]{0,3}(?i:all rights reserved)[ ]{0,3}[.。]?[ ]{0,3}(?=\n|$)"
    # "©2025 a Tynemere plc subsidiary", "© 2025 part of X": the sign's party described, not named
    r"|(?:^|\n)[ ]{0,3}(?:(?:©|\([cC]\)|(?i:copyright))[ ]{0,3}){1,2}(?:(?:19|20)\d{2}[ \-–]{0,3}){0,2}[ ]{0,3}"
    r"(?:an?|[Pp]art of)[ ](?=[^\n]{0,60}?\b(?i:subsidiary|company|business|brand|division|member|title|publication|group)\b)"
)
# A holder read as only "The" or "the author(s)" (© The author. All rights reserved.): a role, not a name.
# (and "This magazine", "the Publisher": the outlet by its kind; 專欄作家, 原作者: a role, from the byline)
_ROLE_ONLY_HOLDER = re.compile(
    r"(?i:the|this|our)(?:[ ](?i:original[ ]|respective[ ])?(?i:authors?|author\(s\)|writers?|contributors?|columnists?"
    r"|magazine|newspaper|paper|publication|publisher|station|(?:web)?site|title))?"
    r"|(?:原)?(?:作者|博主|版主|笔者|筆者|撰稿人|作家|专栏作家|專欄作家|专栏作者|專欄作者)(?:本人)?"
)
# A digest compiled from several sources (整理自A、B等公开报道, 综合自…): its 原作者 are theirs.
_COMPILED_FROM = re.compile(r"(?:整理自|综合自|綜合自|编译自|編譯自|摘编自|摘編自|汇编自|彙編自|整合自|选编自|選編自)[^。\n]{1,60}?[、等]")
# 本文部分图片来源于网络，版权归原作者所有: the pictures' authors, taken from the web, not the byline
_WEB_PICTURES = re.compile(
    r"(?:图片|圖片|照片|相片|配图|配圖|图文|圖文|视频|視頻)[^。，,\n]{0,8}?(?:来源|來源|来自|來自|取自|源自|选自|選自)于?(?:网络|網絡|網路|互联网|互聯網)"
    r"[，, ]{1,2}(?:其|相关|相關)?(?:版[权權]|著作[权權])"
)
# The author (作者/原作者/博主) holds the rights: not the site.
# The author's claim worded for this article (本文經作者同意轉載, 本文为作者原创): it outranks the
# site's own 版权所有 line in the same block, which speaks for the site's other works.
_ARTICLE_AUTHOR_CLAIM = re.compile(
    r"(?:本文|本帖|此文|本篇)[^。\n]{0,20}?(?:(?<![未非])(?:经|經|获|獲)(?:原文|原)?作者(?:本人)?(?:同意|授权|授權|许可|許可)"
    r"|(?:为|為|系|係)(?:博主|版主|作者|笔者|筆者)(?:原创|原創))"
    # 本文原创首发X: X is where it ran first; the 原创 is the byline's (bench/notices README, round 33A)
    r"|(?:本文|本篇|此文)(?:系|为|為|係)?(?:原创|原創)(?:首发|首發)"
    # 本文版權屬作者所有 / a line opening 作者保留一切權利 above the site's © line: this article's rights
    r"|(?:本文|本篇|此文)[^。\n]{0,30}?(?:版[权權]|著作[权權])[^。，\n]{0,4}?(?:归|歸|属|屬)(?:于|於)?(?:原)?(?:作者|专栏作家|專欄作家|专栏作者|專欄作者)"
    r"|(?:^|\n)[ ]{0,3}(?:[【\[][^】\]\n]{0,8}[】\]][ ]{0,2})?(?:原)?(?:作者|博主|版主|笔者|筆者)(?:本人)?(?:保留|拥有|擁有|享有)"
)
# A sentence about the works a site carries from others (本平台转载的作品…版权归原作者所有): their
# authors', not this article's
_CARRIED_WORKS = re.compile(r"转载的|轉載的|转载自|轉載自|转载稿件|轉載稿件|转载作品|轉載作品|转载文章|轉載文章|转载内容|轉載內容|其他媒体|其它媒体|其他媒體|其它媒體|非本[网網站]")


def _claims_for_author(folded: str) -> bool:
    """Whether ``folded`` gives the rights to the author (:data:`_AUTHOR_CLAIM`) outside a
    sentence on the works the site carries from others (:data:`_CARRIED_WORKS`)."""
    for count, m in enumerate(_AUTHOR_CLAIM.finditer(folded)):
        if count == _MAX_CUES:
            break
        opening = max(folded.rfind(mark, 0, m.start()) for mark in "。！？!?\n") + 1
        if not _CARRIED_WORKS.search(folded, opening, m.start()):
            return True
    return False


_AUTHOR_CLAIM = re.compile(
    r"(?:版[权權]|著作[权權])[^。，\n]{0,4}?(?:归|歸|属|屬)(?:于|於)?(?:原)?(?:作者|博主|版主|原作者|专栏作家|專欄作家|专栏作者|專欄作者|作家|撰稿人)"
    r"|(?:本文|本帖|此文)[^。，\n]{0,4}?(?:为|為|系|係)(?:博主|版主|作者|我|笔者|筆者)(?:原创|原創)"
    # 本部落格所有文章均為版主原創: a blog's works, all its owner's
    r"|(?:文章|作品|内容|內容|稿件|图文|圖文)(?:均|皆|都)?(?:为|為|系|係)(?:博主|版主|笔者|筆者)(?:原创|原創)"
    r"|未[经經](?:原)?作者"
    # 本文經作者同意轉載: reprinted with the author's consent, so the author holds the rights
    r"|(?<![未非])(?:经|經|获|獲)(?:原文|原)?作者(?:本人)?(?:同意|授权|授權|许可|許可)"
    r"|(?:本文|本帖|此文)[^。，\n]{0,4}?(?:为|為|系|係)我的?(?:原创|原創)"
    # 原创不易，未经许可禁止搬运: the creator speaking of the work as its own
    r"|原创不易|原創不易"
    r"|(?i:copyright (?:belongs to|remains with|is retained by) the (?:original )?author)"
    rf"|(?i:{AUTHOR_KEEPS})"
    r"|(?i:\bcopyright(?:ed)? (?:by )?(?:its|their) (?:original |respective )?(?:authors?|writers?|contributors?)\b)"
    r"|(?i:(?:is|are) (?:©|\(c\)|copyright(?:ed)?(?: by)?) (?:\d{4} )?(?:the|its) (?:original )?authors?\b)"
    # 本内容由作者授权发布: published on the author's licence, so the author holds the rights
    r"|(?:由|系|係|经|經)(?:原文|原)?作者(?:本人)?(?:授权|授權)[^，。\n]{0,6}?(?:发布|發布|發佈|转载|轉載|刊登|刊发|刊發|发表|發表)"
    # 如若转载请联系原作者 / 商业转载请联系作者获得授权: whom a reuser must ask is the author
    r"|(?:转载|轉載|使用|引用)[^。，\n]{0,4}?(?:请|請)?(?:联系|聯繫|联络|聯絡|征得|徵得|获得|獲得|取得)(?:原文|原)?作者"
    # "© the author", "Text © 2024 the author"
    r"|(?i:(?:©|\(c\)|copyright)[ ]{0,2}(?:(?:19|20)\d{2}(?:[ ]?[-–][ ]?(?:19|20)\d{2})?[ ]{1,2})?(?:by[ ])?the[ ](?:original[ ]|respective[ ])?(?:authors?|writers?|contributors?)\b)"
    # 作者保留所有权利, 作者拥有本文版权, 版权由作者享有: the author keeps, owns or enjoys the rights
    r"|(?:原)?(?:作者|博主|版主|笔者|筆者)(?:本人)?(?:保留|拥有|擁有|享有)(?:本文|本篇|此文)?(?:的)?(?:所有|全部|一切)?(?:的)?(?:权利|權利|版[权權]|著作[权權])"
    r"|(?:版[权權]|著作[权權])(?:由|为|為)(?:原)?(?:作者|博主|版主)(?:本人)?(?:享有|所有|保留)"
    # 本文系作者独家授权发布: the author's exclusive licence
    r"|(?:由|系|係|经|經)(?:原文|原)?作者(?:本人)?(?:独家|獨家)(?:授权|授權)"
    # 请与作者联系: the reuser asks the author
    r"|(?:请|請)?(?:与|與|和|跟)(?:原文|原)?作者(?:本人)?(?:联系|聯繫|联络|聯絡)"
    # "All rights reserved by the author", "The author retains copyright", "copyright is held by the author",
    # "the copyright of the author", "Rights remain with the author"
    r"|(?i:rights? (?:are )?reserved by the (?:original )?authors?\b)"
    r"|(?i:\bthe (?:original )?(?:authors?|writers?) (?:retains?|owns?|holds?|keeps?|reserves?) (?:all |the |their |his |her |full )?(?:copyrights?|rights)\b)"
    r"|(?i:\bcopyright (?:is |remains )?(?:held|owned|retained|reserved) by the (?:original )?(?:authors?|writers?)\b)"
    r"|(?i:\b(?:the )?copyright of the (?:original |respective )?(?:authors?|writers?)\b)"
    r"|(?i:\brights (?:remain|stay|rest) with the (?:original )?(?:authors?|writers?)\b)"
)
# "provided you credit Riverbend Review", "with credit to X", "Please credit X": the party a
# reprint must credit, unquoted (a capitalised name; "credit the author" names no one).
# ("provided that the X is credited as the source", "with due acknowledgement of X": the same
# party, named in the passive or as the acknowledged one)
_CREDIT_EN_NAME = re.compile(
    rf"(?:(?<![A-Za-z])(?i:credit(?:ing)?|with credit to|attribute (?:it )?to|attribution to"
    rf"|(?:due |full |proper )?acknowledge?ments? (?:of|to)|acknowledging)[ ](?:[Tt]he[ ])?"
    rf"|(?<![A-Za-z])(?i:provided|as long as)[ ](?:that[ ])?(?:[Tt]he[ ])?"
    rf"(?={_EN_NAME}[ ](?:is|are)[ ](?:credited|acknowledged|cited)(?:[ ]as[ ](?:the[ ])?source|[ ]?[.;,\n]|$)))"
    rf"(?P<name>{_EN_NAME})"
)
# A person's name as a credit prints it: two or three capitalised words, an initial between.
_PERSON_NAME = re.compile(r"[A-Z][a-z]+(?:[ ][A-Z]\.)?(?:[ ][A-Z][a-z'’\-]+){1,2}")
# Words that make a capitalised name an outlet's, not a person's.
_OUTLET_WORD = re.compile(
    r"\b(?:Ledger|News|Times|Post|Press|Media|Herald|Journal|Tribune|Review|Gazette|Report|Network|Radio|Service|Agency"
    r"|Group|Collaborative|Project|Cent(?:er|re)|Institute|Foundation|Chronicle|Daily|Weekly|Magazine|Observer|Standard"
    r"|Courier|Mail|Express|Record|Register|Monitor|Bulletin|Wire|Dispatch|Digest|Insider|Online|Current|Sentinel|Voice)\b"
)
# The outlet after a credited author: "Priya Haldane and The Harbour Ledger", "“Eamon Threlkeld, The Harbour Ledger”".
_AND_OUTLET = re.compile(r"[ ]?(?:,|and|&)[ ](?P<outlet>(?:The[ ])?[A-Z][\w'’\-]*(?:[ ](?:of[ ]|the[ ]|&[ ])?[A-Z][\w'’\-]*){0,5})")


def _credited_outlet(name: str | None, text: str) -> str | None:
    """The outlet a credit request names after its author ("credit Priya Haldane and The Harbour
    Ledger" → The Harbour Ledger): the rights are the outlet's; ``name`` itself otherwise."""
    if not name:
        return name
    head = name.split(" and ")[0].strip()
    if not _PERSON_NAME.fullmatch(head) or _OUTLET_WORD.search(head):
        return name
    at = text.find(head)
    after = _AND_OUTLET.match(text, at + len(head)) if at >= 0 else None
    if after and (after.group("outlet").startswith("The ") or _OUTLET_WORD.search(after.group("outlet"))):
        return after.group("outlet")
    return name


# A platform statement naming the account that posted the text, whose rights it gives to the
# original author (本文来自【岚山融媒】入驻…，版权归原作者所有; 本文来自X号作者Y，版权归作者所有).
_POSTING_ACCOUNT = re.compile(
    r"(?:本文|本篇|文章|内容|內容)(?:来自|來自)[【\[](?P<name>[^】\]\n]{2,30})[】\]](?:入驻|入駐)"
    r"|(?:来自|來自)[^，。\n]{0,20}?(?:号|號)(?:作者|作家)[ ]?(?P<other>[^，。；,;\s]{2,20}?)(?=[，。；,;\s]|$)"
)
# The author the notice itself names (作者：秦楠 in 本文来自微信公众号：X，作者：秦楠).
# The byline a notice prints: 作者：X, 作者｜X, 作者 | X, 【作者】X, 文/X, 撰文：X, 本文作者X, （作者X系…）
_NOTICE_AUTHOR = re.compile(
    rf"(?:^|[\n，,；;|\s（(◎※*【\[])(?:(?:本文)?(?:作者|作\u3000者|撰文|撰稿)(?:简介|簡介)?(?:[ ]?[:：｜|/／][ ]?|[】\]][ ]?)|文[ ]?[/／｜|][ ]?)"
    rf"(?P<name>[^{_PUNCT}\s（(系]{{2,20}})"
    r"|(?:^|[\n（(])(?:本文)?作者(?P<bare>[\u3400-\u9fff]{2,4})(?=系|為|为|是|[，,])"
)
# "provided you credit “X”"
_CREDIT_NAME = re.compile(
    r"(?i:credit(?:ing|ed)?(?:[ ](?:as|to))?|attribute (?:it )?to|attribution to)[ ](?P<name>[“\"][^”\"\n]{2,60}[”\"])"
    # 转载请注明作者及出处“X”: the credit asked for names the holder
    rf"|(?:注明|註明)[^。；\n]{{0,10}}?(?:出处|出處|来源|來源)[ ]?[:：为為是]?[ ]?(?P<zh>{_QUOTED_NAME}"
    # …注明来源：X。 (a name after a colon, up to the clause's end; not 本网, 原文链接, 作者)
    rf"|(?:(?<=[:：])|(?<=[:：][ ]))(?!本|原文|作者|出[处處]|来源|來源|[链鏈連]接)[^{_PUNCT}（(]{{2,30}}?(?=[。；;，,\n]|$))"
)


def _licensed_source_name(folded: str, text: str) -> str | None:
    """The source a licensed reprint names (本文转载自X，已获授权 / 来源：X（已获授权）): the
    article's own rights holder, whatever the site's © line under it claims (bench/notices
    README: licensed reprints)."""
    if not _LICENSED.search(folded):
        return None
    for count, m in enumerate(_SOURCE_CUE.finditer(folded)):
        if count == _MAX_CUES:
            break
        stop = _CLAUSE_STOP.search(folded, m.end())
        if not _licence_obtained(folded, m.end(), stop.start() if stop else len(folded)):
            continue
        name = _clean_name(text[m.start("name") : m.end("name")])
        if name and not _NOT_A_SOURCE.search(name):
            return name
    return None


# A licence granted (已获授权, 经X授权, 獲得授權), not a ban (未经授权).
_LICENSED = re.compile(r"(?<![未非])(?:已|业已|業已)?(?:获|獲|获得|獲得|取得|经|經)(?:过|過)?[^，。；\n未非]{0,12}?(?:授权|授權)")
_CLAUSE_STOP = re.compile(r"[。！？!?\n]")
# 转载请联系作者获得授权 asks for a licence; it reports none obtained.
_LICENCE_ASKED = re.compile(r"(?:请|請|须|須|需|应|應|联系|聯繫|联络|聯絡)[^，。；,;\n]{0,12}\Z")


def _licence_obtained(folded: str, start: int, end: int) -> bool:
    """Whether ``folded[start:end]`` reports a licence obtained (已获授权, 经X授权), not one asked for."""
    return any(
        not _LICENCE_ASKED.search(folded, max(start, m.start() - 14), m.start())
        for m in _LICENSED.finditer(folded, start, end)
    )


def _source_name(folded: str, text: str) -> str | None:
    if not _SOURCE_AUTHORISED.search(folded):
        return None
    return _pattern_name(_SOURCE_CUE, folded, text, other="name", reject=_NOT_A_SOURCE.search)


# A date, an issue or a page where a source's name would stand (来源：2024年第3期, 摘自10月8日
# 报道): a name may hold digits (24文旅传媒, 《360体育》) but is not a date or a number.
_NOT_A_SOURCE = re.compile(r"^[\d\s.\-/]+$|(?:19|20)\d{2}\s?[年\-/.]|\d{1,2}\s?月\s?\d{1,2}|第\s?\d{1,4}\s?[期版页頁]")


# 声明：X独家稿件 / 版权声明：X原创稿件: the clause before the word names the outlet.
_ORIGINAL_WORK = re.compile(r"(?:独家|獨家)?(?:原创|原創|独家|獨家)(?:稿件|作品|文章|内容|內容|报道|報導|稿)")
_CLAUSE_BEFORE = re.compile(rf"(?:^|(?<=[{_PUNCT}\]】）)]))[ ]?(?P<name>(?:{_IN_NAME_BRACKET}|[^{_PUNCT}\]】）)]){{2,30}})$")


# A production credit's label (文字 | X, 图片：X, 编辑 X): names the people of a credit row.
_PRODUCTION_LABEL = re.compile(r"(?:文字|图片|圖片|摄影|攝影|编辑|編輯|视频|視頻|排版|校对|校對|审核|審核|美编|美編|设计|設計)[ ]{0,2}[|｜:：/／]")


_CARRIES = re.compile(
    r"(?:(?:所|上)?(?:刊载|刊載|刊登|登载|登載|发布|發布|發佈|发表|發表|刊发|刊發|载|載)(?:的|之)?)?(?:所有|全部|各类|各類)?\Z"
)


def _original_work_name(folded: str, text: str) -> str | None:
    for count, a in enumerate(_ORIGINAL_WORK.finditer(folded)):
        if count == _MAX_CUES:
            break
        m = _CLAUSE_BEFORE.search(folded, max(0, a.start() - 32), a.start())
        if not m or re.search(r"[为為系係由是]", m.group("name")):
            continue  # 本文为X原创 is read by its own cue
        if re.search(rf"{_SITE_ITSELF}$", m.group("name")):
            continue  # 如需转载本网原创内容: the site's own work (see _UNNAMED_CLAIM), no name before it
        if "\n" in folded[m.start("name") : a.start()] and _PRODUCTION_LABEL.search(folded, folded.rfind("\n", 0, m.start("name")) + 1, a.start()):
            continue  # 文字 | 阿朵 / 原创内容，…: the line before is a credit row, not the claim's subject
        # X所刊载的原创作品: the verb after the name is not part of it
        verb = _CARRIES.search(m.group("name"))
        name = _clean_name(text[m.start("name") : m.start("name") + verb.start() if verb else m.end("name")])
        if name:
            return name
    return None


# 本文由X授权发布 / X授权转载: the party that granted the licence (未经授权 is not one).
_GRANTED = re.compile(r"(?:授权|授權)(?:发布|發布|發佈|转载|轉載|刊登|刊发|刊發|刊载|刊載|刊出|登载|登載|提供)")
# matched at the clause's start (``match`` with a position): a ``^`` there would only match at the
# text's start, so a clause after a label (原文出處：本文獲X授權刊登) kept 本文獲 in the name
# 本文经X授权 read across a line break (the claim pattern reads it on one line); 经 alone only after
# 本文, as names may begin with it (经济日报授权发布)
_GRANTED_LEAD = re.compile(
    r"(?:本文|本稿|此文|该文|該文|文章|稿件)(?:经|經)(?:过|過)?(?!由)"
    r"|(?:本文|本稿|此文|该文|該文|文章|稿件)?(?:内容|內容)?(?:由|经由|經由|获|獲|已获|已獲|得到|承蒙|为|為|系|係|[经經](?=[该該原其]))?"
)
_GRANTED_TAIL = re.compile(r"(?:的)?(?:独家|獨家|正式|特别|特別)?$")
# 为X所有 / 内容为X独家所有: an owner without 版权.
_OWNED_BY = re.compile(
    rf"(?:均为|均為|皆为|皆為|为|為|归|歸|属于|屬於)(?P<name>{_QUOTED_NAME}|[^{_PUNCT}]{{2,40}}?)(?:{_OWN_ADVERB})?所有(?=[{_PUNCT} ]|$)"
)
# The holder as the subject of a rights verb, or its agent: X对本文享有著作权, X保留所有权利, 版权由X享有,
# "X holds the copyright", "X retains copyright", "X reserves all rights".
# Found by the verb, then the subject looked for just before it: a pattern that tried every
# position as a subject's start cost 40 steps a character on long runs of spaced tokens.
_VERB_CLAIM = re.compile(
    r"(?<![不未无無非])(?:享有|拥有|擁有|持有|保留)(?:本文|本作品|本报告|本報告)?(?:的)?(?:著作[权權]|版[权權]|所有[权權]利|一切[权權]利)"
    r"|(?<![A-Za-z])(?:holds|retains|owns|reserves)[ ](?:the[ ]|all[ ])?(?:copyright|rights)\b"
)
_SUBJECT_BEFORE = re.compile(
    # (?=…): only the last 80 characters can start the name (it and its tail are shorter), so a
    # long text is not tried from each of its characters
    r"(?=[^\n]{2,80}\Z)"
    rf"(?:^|(?<=[{_PUNCT} ]))(?P<name>[^{_PUNCT} ][^{_PUNCT}]{{1,39}}?)"
    # (X对本网站刊登的原创作品享有著作权: the works named after the site, as long statements print it)
    r"(?:[ ]?(?:对|對)(?:本文|本作品|本报告|本報告|本站|本网站|本網站|本网|本網|该文|該文|此文|其)"
    rf"(?:[^{_PUNCT}]{{0,12}}?(?:作品|内容|內容|稿件|文章|新闻|新聞|图片|圖片|资料|資料))?(?:的)?)?(?:依法|合法)?\Z"
)
_EN_SUBJECT_BEFORE = re.compile(rf"(?<![A-Za-z])(?P<name>{_EN_NAME})[ ]\Z")
_AGENT_CLAIM = re.compile(
    rf"(?:版[权權]|著作[权權])(?:均)?由(?P<name>[^{_PUNCT}]{{2,40}}?)(?:依法)?(?:享有|拥有|擁有|持有)"
)
_SUBJECT_CHARS = 48


def _verb_claim_name(folded: str, text: str) -> str | None:
    """The holder as the subject of a rights verb (X对本文享有著作权, X保留所有权利, "X holds the
    copyright") or as its agent (版权由X享有): the first of at most :data:`_MAX_CUES` claims."""
    spans: list[tuple[int, int]] = []
    for count, v in enumerate(_VERB_CLAIM.finditer(folded)):
        if count == _MAX_CUES:
            break
        english = folded[v.start()].isascii()
        subject = (_EN_SUBJECT_BEFORE if english else _SUBJECT_BEFORE).search(
            folded, max(0, v.start() - _SUBJECT_CHARS), v.start()
        )
        if subject:
            spans.append((subject.start("name"), subject.end("name")))
    for count, m in enumerate(_AGENT_CLAIM.finditer(folded)):
        if count == _MAX_CUES:
            break
        spans.append((m.start("name"), m.end("name")))
    for lo, hi in sorted(spans):
        name = _clean_name(text[lo:hi])
        if name and not _NOT_A_SUBJECT.search(name):
            return name
    return None


# 均为本网合法拥有版权: a clause, or the page speaking of itself (the site is the holder then), not a name.
_NOT_A_SUBJECT = re.compile(rf"^(?:均|皆|都|为|為|是|系|係|也)|本[网網站报報刊台文]|{_SITE_ITSELF}")


# X所有，未经许可… : a name that is an organisation, then 所有, at a clause start.
# 青州晚报所有稿件 / 【X报】所有稿件: "all of X's works" claims them too.
_ORG_OWNS = re.compile(
    # 版权归本网所有 is the site's claim (_UNNAMED_CLAIM), not an organisation called 版权归本网
    rf"(?:^|(?<=[{_PUNCT} 【]))(?!{_RIGHTS_GO_TO})(?P<name>[^{_PUNCT} 【】]{{2,30}}?(?:{_ZH_ORG_END}))[】\]]?(?:{_OWN_ADVERB})?所有"
    rf"(?=[{_PUNCT} ]|(?:稿件|作品|文章|内容|內容|新闻|新聞|图片|圖片|图文|圖文))"
)
# A WeChat article header: 原创 X 2024-05-01
_ORIGINAL_TAG = re.compile(
    r"(?:^|\n)[ ]?(?:原创|原創)[ ]{{1,3}}(?P<name>[^\s{0}]{{2,30}})"
    r"(?:[ ]{{1,3}}(?:19|20)\d{{2}}[-./年]\d{{1,2}}[-./月]\d{{1,2}}日?)?[ ]{{0,3}}(?=\n|$)".format(_PUNCT)
)


# X原创 / 本网所有内容均为X原创 / 【X原创】 / X独家出品 / 原创：X — the clause that says whose original work it is.
_X_ORIGINAL = re.compile(
    rf"(?:^|(?<=[{_PUNCT} \]（(]))(?:[^{_PUNCT}]{{0,12}}?(?:均为|均為|均系|均係|皆为|皆為|为|為|系|係))?"
    rf"(?P<name>(?:[^{_PUNCT} （(]|[（(][^{_PUNCT}（()）]{{1,12}}[)）]){{2,30}}?)(?:(?:独家|獨家)?(?:原创|原創)|(?:独家|獨家)出品)(?=[{_PUNCT} \]）)]|$)"
    rf"|(?:^|(?<=[\n\]]))[ ]?(?:原创|原創)[ ]?[:：][ ]?(?P<after>[^{_PUNCT}]{{2,30}})(?=[{_PUNCT}]|$)"
)
# 著作权人：X / 版權擁有人：X / "Copyright holder: X": a label naming the holder.
# "Copyright remains with X", "Copyright in this article belongs to X", "copyright is held by X": a
# named party keeps the rights, outranking an origin line ("first appeared in Y, published by X").
_EN_COPYRIGHT_WITH = re.compile(
    r"(?=[cC])(?i:copyright)(?:[ ](?i:in|of|for|to)[ ](?i:this|the)[ ](?i:article|story|piece|essay|work|column|report|content|material))?[ ]"
    r"(?i:(?:remains|rests|stays|lies)[ ]with|belongs[ ]to|is[ ](?:held|owned|retained)[ ]by|is[ ]vested[ ]in|vests[ ]in)[ ]"
    rf"(?!(?i:the[ ](?:original[ ]|respective[ ])?(?:authors?|writers?|contributors?)\b|its[ ]|their[ ]|each[ ]))(?:the[ ])?(?P<name>{_EN_NAME})"
)
_HOLDER_LABEL = re.compile(
    r"(?:著作[权權]人|版[权權]人|版[权權](?:所有|擁有|拥有)(?:人|者|方)|权利人|權利人"
    r"|(?i:copyright (?:holder|owner)|rights ?holder|rights owner))[ ]?[:：][ ]?"
    rf"(?P<name>{_QUOTED_NAME}|[^{_PUNCT}]{{2,60}})"
)


def _x_original_name(folded: str, text: str) -> str | None:
    return _pattern_name(_X_ORIGINAL, folded, text, other="after", reject=_NOT_ORIGINATOR.match)


_NOT_ORIGINATOR = re.compile(r"(?:部分|全部|纯|純|个人|個人|自己|自家|非|不是|并非|並非|均|皆|都|号|號)")


# 本文由X（ID：abc123）授权转载: the account id between the name and the grant.
_ID_REMARK = re.compile(r"[(（][^()（）\n]{1,40}[)）]\Z")




def _granted_name(folded: str, text: str) -> str | None:
    for count, a in enumerate(_GRANTED.finditer(folded)):
        if count == _MAX_CUES:
            break
        at = a.start()
        remark = _ID_REMARK.search(folded, max(0, at - 42), at)
        at = remark.start() if remark else at
        name = _quoted_name_before(folded, text, at)  # 由《X週刊》授權提供
        if name:
            return name
        m = _CLAUSE_BEFORE.search(folded, max(0, at - 32), at)
        if not m:
            continue
        lo, hi = m.start("name"), m.end("name")
        lead = _GRANTED_LEAD.match(folded, lo, hi)
        lo = lead.end() if lead else lo
        tail = _GRANTED_TAIL.search(folded, lo, hi)
        hi = tail.start() if tail else hi
        raw = folded[lo:hi]
        if not raw or re.search(r"(?:未|非|已|须|須|需|[经經获獲])$", raw):
            continue  # 未经授权转载, 已获授权
        name = _clean_name(text[lo:hi])
        if name:
            return name
    return None


def _pattern_name(
    pattern: re.Pattern[str],
    folded: str,
    text: str,
    *,
    other: str = "zh",
    reject: Callable[[str], object] | None = None,
) -> str | None:
    """The name the first of at most :data:`_MAX_CUES` matches of ``pattern`` in ``folded``
    captures (group ``name``, else group ``other``), as written in ``text``, cleaned; a name
    ``reject`` is true for is passed over."""
    for count, m in enumerate(pattern.finditer(folded)):
        if count == _MAX_CUES:
            break
        group = "name" if m.start("name") >= 0 else other
        name = _clean_name(text[m.start(group) : m.end(group)])
        if name and not (reject and reject(name)):
            return name
    return None


_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ][A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ'’\-]*")


def _single_line_name(text: str) -> str | None:
    """A notice that is only a name (``<meta name="copyright">`` values often are)."""
    line = text.strip()
    # a comma before a company suffix is the name's own ("X Co., Ltd.", "X Publishing, LLC")
    bare = re.sub(rf",(?=[ ]?{_COMMA_SUFFIX})", "", line)
    if "\n" in line or not 2 <= len(line) <= 60 or re.search(r"[，。；：,;:!?！？@/／()（）\[\]【】|]|\d{5}", bare):
        return None
    # (letters with diacritics are a word's own: "Diário de Notícias", "Báo Lâm Giang")
    words = [m for m in _LATIN_WORD.finditer(line) if not _GLUED_BRAND.match(line, m.start())]
    if any(m.group()[0].islower() and m.group() not in _NAME_CONNECTORS for m in words):
        return None  # a sentence, not a name: "The views expressed in this article …"
    if not line[:1].isascii() and (_ZH_CLAUSE.search(line) or _TERMS_WORD.search(line) or _UNNAMED_CLAIM.search(line) or _AUTHOR_CLAIM.search(line)):
        return None  # 欢迎转载请联系我们, 版权属本网所有: terms or the site's claim, not a name
    if _WIDGET_WORDS.search(line):
        return None  # 點我下載APP: a trailer's app or follow prompt, kept out of the body, names no one
    sign = re.search(r"©|\([cC]\)", line)
    if sign and _PICTURE_CREDIT.search(line, 0, sign.start()):
        return None  # "Photo © X": a picture's credit
    return _clean_name(line)


_TERMS_WORD = re.compile(r"欢迎|歡迎|请|請|须|須|联系|聯繫|注明|註明")
_WIDGET_WORDS = re.compile(r"下[载載]|[点點](?:我|[击擊])|按我|[关關]注|[订訂][阅閱]|[扫掃][码碼]|(?i:\bapp\b|\bdownload|\bsubscribe\b|\bfollow us\b|\bclick\b)")


# name particles (Van der X, Casa del X) are part of a name as "of" is
_NAME_CONNECTORS = frozenset({"of", "and", "the", "for", "de", "du", "la", "von", "van", "der", "den", "del", "da", "di", "le", "do", "dos", "das", "des", "by", "s"})


_DOMAIN_NAME = re.compile(r"(?:www\.)?[a-z0-9][a-z0-9\-]{0,62}(?:\.[a-z0-9][a-z0-9\-]{0,62}){1,5}")


# A brand that opens with figures or a small letter glued to the rest of its name (360Juniper
# Media, 21新聞集團, 3D視界, i新闻, e视界传媒, iHeartMedia): a name, where a lower-case word is not.
# ("9to5 Daily", "24hrs News": figures and small letters, then a capitalised word)
_GLUED_BRAND = re.compile(r"(?:\d{1,4}|[a-z])(?=[A-Z]|[^\x00-\x7f])(?=[^\W\d_])|\d{1,4}[a-z]{1,6}\d{0,4}[ ](?=[A-Z])")


def _plausible_english(name: str | None) -> str | None:
    """A name that starts with a capital, a non-Latin character, figures or a small letter
    glued to a capital or a Han character (:data:`_GLUED_BRAND`), or is a domain (© 2024
    example.com)."""
    if not name:
        return None
    # (a Khoekhoe click letter written in ASCII opens a Namibian name: //Karas, !Kharas)
    head = name[2:] if name.startswith("//") else name[1:] if name[0] == "!" else name
    if head[:1].isupper() or not name[0].isascii() or _DOMAIN_NAME.fullmatch(name) or _GLUED_BRAND.match(name):
        return name
    return None


# "X © 2024." / "X © 2024": the sign and year close the sentence, so the name is the one before them.
# (or the row's links and buttons follow: "X © 2025 – Unsubscribe", "X © 2025 | Privacy Policy | Terms")
_SENTENCE_GOES_ON = re.compile(r"[ ]{1,2}[a-z]")
_ROW_LINKS = rf"(?:[ ]{{0,2}}[-–—|｜·•]?[ ]{{0,2}}(?i:{_FOOTER_LINK_WORDS}))+[ ]{{0,2}}(?:\n|$)"
_SIGN_CLOSES = re.compile(rf"[ ]{{0,3}}(?:[.。]|\n|$|{_ROW_LINKS})")
_LINKS_CLOSE = re.compile(_ROW_LINKS)


# "Photo © X", "Image: © X/Agency", 图片 © X: a picture's credit, not the article's holder.
_PICTURE_CREDIT = re.compile(
    # ("Text and photos © X", "Words and pictures © X": the text's claim too)
    r"(?<!(?i:text and ))(?<!(?i:words and ))(?<!(?i:story and ))(?<!(?i:text & ))(?<!(?i:words & ))"
    r"(?:(?<![A-Za-z])(?i:photo(?:graph)?s?|images?|pictures?|illustrations?|graphics?|videos?)|图片|圖片|摄影|攝影|照片|视频|視頻|图|圖)"
    r"[^\n©a-z]{0,20}\Z"
)


# A notice's own label before the claim (声明：, 【版权声明】, "Copyright notice:"): not part of a name.
_LABEL_PREFIX = re.compile(
    r"^[ ]?[【\[]?[ ]?(?:(?i:copyright notice|copyright|notice)|(?:版[权權]|原[创創]|特[别別]|郑重|鄭重)?(?:声明|聲明|说明|說明))"
    r"[ ]?(?:[】\]][ ]?[:：]?|[:：])[ ]?"
)


# A forum or CMS template's credit line ("Powered by X3.5", "Power by DedeCms") right before a ©
# line: the © is the software maker's, as forum templates print it under every page.
_SOFTWARE_CREDIT = re.compile(r"(?i:\bpower(?:ed)?[ ]by)[ ][^\n©]{1,40}?[ ]?(?:\n[ \t]{0,3})?\Z")


# "X © 2025 | …", "X © 2025 · …": the sign and year end a row's first field.
_SIGN_THEN_FIELD = re.compile(r"[ ]{0,3}[|｜·•][ ]{0,3}\S")


def _name_before_sign(folded: str, text: str, at: int) -> str | None:
    """The name printed before a year-ending © at ``at`` on its line ("X © 2024."), the last
    sentence there; ``None`` for a label ("Photo: X © 2024" credits a picture, "Copyright notice:
    X © 2024" is the notice's own label) or no plausible name."""
    line_start = folded.rfind("\n", max(0, at - _CUE_WINDOW), at) + 1
    before = text[max(line_start, at - 80) : at]
    sentences = [x for x in _EN_SENTENCE_SPLIT.split(before.rstrip(" ,;")) if x.strip()]
    last = _LABEL_PREFIX.sub("", sentences[-1]) if sentences else ""
    last = last if not re.search(r"[:：]", last) else ""
    return _plausible_english(_clean_name(last)) if last.strip() else None


def _copyright_name(folded: str, text: str) -> str | None:
    for count, m in enumerate(_COPYRIGHT_SIGN.finditer(folded)):
        if count == _MAX_CUES:
            break
        if _PICTURE_CREDIT.search(folded, max(0, m.start() - 40), m.start()):
            continue
        head = m.group(0).rstrip(" ,:")
        closes = head.rstrip(" |｜·•")[-1:].isdigit()
        year_end = m.start() + len(head.rstrip(" |｜"))  # (the sign's match may take the bar after its year)
        if folded[year_end - 1 : year_end].isdigit() and _SIGN_THEN_FIELD.match(folded, year_end):
            # "X © 2025 | Secretariat, <address> | <phone>": the name before the sign; the row's
            # next field is an office or an address
            name = _name_before_sign(folded, text, m.start())
            if name:
                return name
        line = rest = text[m.end() : m.end() + _CUE_WINDOW].split("\n", 1)[0]
        rest = _cut_at_comma(_NAME_STOP, rest)
        rest = _YEAR_CLOSES.split(rest, maxsplit=1)[0]
        name = None if _LINKS_CLOSE.match(folded, m.end()) else _plausible_english(_clean_name(rest))
        if name and "reserved" in head.casefold() and _SENTENCE_GOES_ON.match(line, max(0, line.find(name)) + len(name)):
            # "© 2025 All rights reserved. No part of …", "… Reprinting is prohibited": the next
            # sentence's opening words, no party (a new user's trial, session 30)
            name = None
        if name and _SOFTWARE_CREDIT.search(folded, max(0, m.start() - 60), m.start()):
            continue  # "Powered by Forumix! X3.5 © 2001-2024 Y Inc.": the forum software's maker
        if name:
            at = line.find(name)
            parent = _TITLE_OF.match(line, at + len(name)) if at >= 0 else None
            # "© 2025 X, a title of Y (Pty) Ltd.": a title is no legal person, Y holds the rights
            # (bench/notices README, Round 12 and 17B decisions: X stays an accepted answer)
            company = _plausible_english(_clean_name(parent.group("name"))) if parent else None
            return company if company and _LEGAL_FORM_END.search(company) else name
        if closes and _SIGN_CLOSES.match(folded, m.end()):
            name = _name_before_sign(folded, text, m.start())
            if name:
                return name
    for count, m in enumerate(_ALL_RIGHTS.finditer(folded)):
        if count == _MAX_CUES:
            break
        before = text[max(0, m.start() - _CUE_WINDOW) : m.start()].rsplit("\n", 1)[-1]
        sentences = [x for x in _EN_SENTENCE_SPLIT.split(before.rstrip(" ,;")) if x.strip()]
        # "Republishing this article Copyright owned or licensed by X. All rights reserved.": a
        # sentence that ends by naming its party gives that party
        by = _PARTY_ENDS_SENTENCE.search(sentences[-1].rstrip(" .")) if sentences else None
        name = _plausible_english(_clean_name(by.group("name") if by else sentences[-1])) if sentences else None
        if name:
            return name
    return None


# A legal person's name ends with its form ("… (Pty) Ltd.", "… Media Inc.").
_LEGAL_FORM_END = re.compile(r"\b(?:Ltd|Limited|Inc|LLC|L\.L\.C|plc|PLC|Pty|GmbH|Corp|Corporation)\.?\)?$")
# ", a title of Y", ", a publication of Y", ", a division of Y": the company owning the title.
_TITLE_OF = re.compile(
    r",?[ ](?:an?|the)[ ](?:(?:\w+[ ]){0,2})(?i:title|publication|division)"
    rf"[ ](?i:of|from)[ ](?:the[ ])?(?P<name>{_EN_NAME})"
)
_PARTY_ENDS_SENTENCE = re.compile(rf"(?<=[a-z])[ ](?:by|of)[ ](?:the[ ])?(?P<name>{_EN_NAME})\Z")


def _named_over_domain(name: str | None, folded: str, text: str) -> str | None:
    """``name`` (a © line's party), unless it is a domain and the block's ban names whose content
    it protects ("No X material …", "unauthorized use of X content"): a named party is the
    holder, the domain its site's spelling (a domain alone stays the holder)."""
    if name is None or not _DOMAIN_NAME.fullmatch(name):
        return name
    return _pattern_name(_EN_SUBJECT, folded, text) or _pattern_name(_EN_CONTENT_OF, folded, text) or name


# "澎湃新闻，未经授权不得转载", 青梧新闻网 未经授权 严禁转载: a line opening with a name, then the ban
# its outlet prints under every article (a weak cue: any claim in the block outranks it)
_NAMED_BAN = re.compile(
    rf"(?m)^[ ]{{0,3}}(?P<name>(?!本|此|该|該|凡|如|若|所有|任何|文章|作品|内容|內容|图片|圖片|以上|上述)[^{_PUNCT}\s©]{{2,20}}?)"
    # 新京晚报经授权发布，…; 环宇网版权作品，…: the name, then what the item is to it
    r"(?:[经經]授[权權](?:发布|發布|發佈)|版[权權]作品|(?:独家|獨家|原创|原創)?稿件|(?:独家|獨家|原创|原創)作品)?"
    r"(?:[，,]|[ 　]{1,3})(?:未|非)[经經][^。；\n]{0,12}?(?:授[权權]|许可|許可|同意|允许|允許)[，,]?[ 　]{0,3}"
    r"(?:不得|严禁|嚴禁|禁止|请勿|請勿|谢绝|謝絕|勿|不可|不准)"
)
# the outlet's words a named ban's name ends with (a word before a ban is no party: 請注意，未經授權…)
_OUTLET_END = re.compile(
    r"(?:[报報网網社台刊志誌]|新[闻聞]|[传傳]媒|公司|集[团團]|媒[体體]|中心|[频頻]道|[电電]视|電視|[广廣]播|周刊|週刊|[号號]|客户端|客戶端|(?i:app))$"
    r"|^[A-Z][A-Za-z0-9&.'\- ]{1,30}$"
)
# 版权声明：21世纪商业报道所有，…: a rights label, then the owner and 所有
_LABELLED_OWNER = re.compile(
    rf"(?:版[权權]|著作[权權])(?:声明|聲明|说明|說明)?[ ]{{0,2}}[:：][ ]{{0,2}}(?P<name>(?!本|此|该|該|为|為|版[权權]|著作)[^{_PUNCT}\s©归歸属屬]{{2,30}}?)(?:独家|獨家|共同)?所有(?![权權])"
)


# "credit to the Chamber", "Copyright remains with the Project": one capitalised word that an
# English notice uses for a party it (or the page) names in full
_SHORT_REFERENCE = re.compile(
    r"(?:[Tt]he )?(?:Project|Programme|Program|Initiative|Chamber|Council|Ministry|Department|Government|Municipality|University"
    r"|College|Institute|Foundation|Centre|Center|Agency|Authority|Commission|Board|Society|Association|Network|Service|Trust"
    r"|Company|Corporation|Group|Bureau|Office|Museum|Library|Hospital|School|Union|Federation|Coalition|Collaborative|Alliance"
    r"|Cooperative|Co-operative|Partnership|Fund|Committee|Station|Newspaper|Magazine|Publisher)"
)


def _full_name_of(word: str, text: str, site: str | None) -> str:
    """The full name a one-word reference (``word``: "Project", "the Chamber", an institution's
    common noun after a small "the" in ``text``) stands for: the
    longest run of capitalised words ending with it in ``text`` ("the Keffi Community Health
    Reporting Project"), else ``site`` when the word is one of its words ("Jebel Coast Chamber of
    Commerce and Industry"), else ``word`` itself."""
    bare = word.split(" ")[-1]
    if not re.search(rf"\bthe {bare}\b", text):
        return word  # named so, not referred back to ("© 2024 Union. All rights reserved.")
    runs = [
        m.group("name")
        for m in re.finditer(rf"(?P<name>(?:[A-Z][\w'’\-]*[ ](?:(?:of|and|for|the|&)[ ])?){{1,8}}{re.escape(bare)})\b", text)
    ]  # fmt: skip
    if runs:
        return _clean_name(max(runs, key=len)) or word
    if site and re.search(rf"\b{re.escape(bare)}\b", site) and len(site) > len(bare):
        return _clean_name(site) or word
    return word


def _last_line_name(text: str) -> str | None:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return None
    line = lines[-1]
    if len(line) > 30 or re.search(r"[，。；：,;:!?！？@/©]", line):
        return None  # a © line is the © reading's to take or leave (a forum software's © under "Powered by")
    if not re.match(r"[A-Za-z]", line):
        line = re.split(r"[ 　]+", line)[-1]  # 版權所有 翻印必究 X報業集團: the claim's words, then the name
    if _ORG_SUFFIX.search(line) and not _NOT_A_NAME.match(line):
        return line
    return None


# A claim for a production role (本作品版权归出品方所有) names the party of that role's credit line in
# the same block (出品：X / 出品｜X).
_ROLE_CLAIM = re.compile(
    r"(?:版[权權]|著作[权權])[^。\n]{0,6}?(?:归|歸|属|屬)(?:于|於)?[ ]?(?P<role>出品|主办|主辦|制作|製作)(?:方|单位|單位)"
)
_ROLE_CREDIT = {
    role: re.compile(rf"(?m)^[ ]{{0,3}}{role}(?:方|单位|單位)?[ ]{{0,2}}[:：｜|/／][ ]{{0,2}}(?P<name>[^\n]{{2,40}})$")
    for role in ("出品", "主办", "主辦", "制作", "製作")
}


def _role_holder(folded: str, text: str) -> str | None:
    """The party of the credit line a role claim points to (see :data:`_ROLE_CLAIM`)."""
    claim = _ROLE_CLAIM.search(folded)
    if claim is None:
        return None
    credit = _ROLE_CREDIT[claim.group("role")].search(folded)
    return _clean_name(text[credit.start("name") : credit.end("name")]) if credit else None


# 本新聞由X提供，未經授權請勿轉載: the provider of the item (a newsroom's supplier) holds it, as a
# company's release does (本新聞稿由X提供，歡迎媒體引用); 本文由本會…提供 is the site's own (its claim names it)
_PROVIDED_BY = re.compile(
    r"本(?:新闻稿|新聞稿|新闻|新聞|文|稿|稿件|报道|報導|节目|節目|影片|视频|視頻|内容|內容|网|網|站)(?:内容|內容|文字|文稿)?(?:系|係|均)?由"
    rf"(?P<name>(?!本)[^{_PUNCT}（(.]{{2,30}}?)(?:独家|獨家)?(?:提供|供稿)"
)
# 本文刊于《X》2024年第8期: the publication the article is from
_PUBLISHED_IN = re.compile(
    r"本文(?:原)?(?:刊于|刊於|刊載於|刊载于|刊登于|刊登於|发表于|發表於|原载于?|原載於?)(?P<name>《[^》\n]{1,30}》)"
)
# 【北岭晚报】本报原创: the paper the bracket names speaks of itself
_BRACKET_SELF = re.compile(
    r"(?:^|\n)[ ]?[【\[](?P<name>[^】\]\n]{2,20})[】\]][ ]?(?=本(?:报|報|网|網|站|刊|台)(?:原创|原創|独家|獨家|版[权權]|稿件))"
)


# An organisation's word alone (杂志社, 编辑部), which a claim read after a title's closing 》: the
# name is the title with it (《X》杂志社原创 → 《X》杂志社, as bench/notices labels it).
_ORG_WORD_ONLY = re.compile(r"(?:杂志|雜誌|周刊|週刊|月刊)?(?:社|报社|報社|编辑部|編輯部|杂志|雜誌|栏目组|欄目組|出版社)")


def _with_title_before(name: str | None, text: str) -> str | None:
    """``name``, or the title in 《》 printed right before it with it when ``name`` is only an
    organisation's word (see :data:`_ORG_WORD_ONLY`)."""
    if name and _ORG_WORD_ONLY.fullmatch(name):
        m = re.search(r"《[^《》\n]{1,30}》[ ]?" + re.escape(name), text)
        if m:
            return m.group(0)
    return name


# A joint production's owners in its credit clause (本作品由A与B联合采制，版权归双方共同所有) and a
# joint ownership after 由 (本文由A、B共同所有): the pair as written (bench/notices README, Round 15A
# and Round 48 part A).
_JOINT_CLAUSE = re.compile(
    r"(?:由|系|是)[ ]?(?P<name>[^，。；、\n由系与與和及]{2,30}(?:与|與|和|及|、)[^，。；、\n与與和及]{2,30}?)[ ]?"
    r"(?:联合|聯合|共同|合作)(?:出品|采制|採製|采写|採寫|制作|製作|摄制|攝製|推出|发布|發布|策划|策劃|所有|享有|拥有|擁有)"
)
_BOTH_PARTIES = ("双方", "雙方", "三方")


def _find_rights_holder(text: str, folded: str, author: str | None = None) -> str | None:
    """The holder :func:`_rights_holder_cue` finds; "双方" ('both parties') or no one named
    after a joint clause is the pair that clause names (:data:`_JOINT_CLAUSE`)."""
    name = _rights_holder_cue(text, folded, author)
    if name is None or name in _BOTH_PARTIES:
        joint = _pattern_name(_JOINT_CLAUSE, folded, text)
        if joint and (name is not None or re.search(r"共同(?:所有|享有|拥有|擁有)", folded)):
            return joint
    return name


def _rights_holder_cue(text: str, folded: str, author: str | None = None) -> str | None:
    """The rights holder, by cue strength: a grant of the rights (授予X进行保护), an explicit
    claim (版权归X所有, X版权所有, 本文为X原创, 经X授权转载, 受X的版权保护), then the author
    when the notice gives the rights to the author (著作权归作者所有, 由作者授权发布) and an
    ``author`` is known, then weaker cues: a licensed source (本文来自X … 经授权), © YEAR X,
    "No X material may be republished", the licensor (未经X许可, "permission of X", "contact X
    for licensing"), a credit the notice asks for, else a notice that is only a name or ends
    with an organisation's name. The name is reported as written."""
    agent = _first_name(_ZH_LICENSOR[:1], folded, text)
    if agent and _ENFORCER_ONLY.search(folded) and not _AGENT_LICENSES.search(folded):
        # 著作权归Y所有…本社已委托X代为维权, Y已委托X对本平台作品进行版权监测和维权: X enforces Y's rights
        # and licenses no one (unlike the seed's 授予X进行保护、维权及给第三方的授权许可): the other cues
        # name Y (a new user's trial, session 27)
        agent = None
    grant = (
        agent or _pattern_name(_ZH_GRANTOR, folded, text)
        or _pattern_name(_ZH_EXCLUSIVE, folded, text) or _role_holder(folded, text) or _licensed_source_name(folded, text)
    )  # fmt: skip
    if not grant and author and _ARTICLE_AUTHOR_CLAIM.search(folded):
        return author  # 本文…经作者同意转载 above the site's 版权所有: this article's rights are the author's
    strong = (
        grant
        or _first_name(_ZH_OWNER, folded, text)
        or _first_name(_ZH_CLAIMS, folded, text)
        or _verb_claim_name(folded, text)
        or _original_work_name(folded, text)
        or _pattern_name(_HOLDER_LABEL, folded, text)
        or _plausible_english(_pattern_name(_EN_COPYRIGHT_WITH, folded, text))
        or _granted_name(folded, text)
        or _owned_name(folded, text)
        or _pattern_name(_LABELLED_OWNER, folded, text)
        or _pattern_name(_OWNED_BY, folded, text)
        or _pattern_name(_ORG_OWNS, folded, text)
        or _x_original_name(folded, text)
        or _pattern_name(_ORIGINAL_TAG, folded, text)
        or _pattern_name(_BRACKET_SELF, folded, text)
    )
    if strong:
        return strong
    if author and _claims_for_author(folded):
        return author  # the author's claim outranks a source credit or a platform's © line
    return (
        _source_name(folded, text)
        or _pattern_name(_PROVIDED_BY, folded, text)
        or _pattern_name(_PUBLISHED_IN, folded, text)
        or _plausible_english(_pattern_name(_EN_LICENSED, folded, text))
        or _named_over_domain(_copyright_name(folded, text), folded, text)
        or _plausible_english(_pattern_name(_FEED_ORIGIN, folded, text))
        or _pattern_name(_FEED_ORIGIN_ZH, folded, text)
        or _pattern_name(_EN_SUBJECT, folded, text)
        or _plausible_english(_pattern_name(_EN_STORY_OF, folded, text))
        or _first_name(_EN_OWNER, folded, text)
        or _first_name(_ZH_LICENSOR[1:], folded, text)
        or _desk_owner(_first_name(_EN_LICENSOR, folded, text))
        or _pattern_name(_CREDITED_SOURCE, folded, text)
        or _credited_outlet(_pattern_name(_CREDIT_NAME, folded, text), text)
        or _plausible_english(_credited_outlet(_pattern_name(_CREDIT_EN_NAME, folded, text), text))
        or _single_line_name(text)
        or _pattern_name(_NAMED_BAN, folded, text, reject=lambda name: not _OUTLET_END.search(name))
        or _last_line_name(text)
    )


# "Want to use this story? Email …": the reuse asked about, routed through a desk (read as a reprint
# needing a licence, bench/notices README Round 29B additions, en-356b)
_WANT_TO_USE = re.compile(
    r"(?i:\b(?:want|wish|would like|'d like) to (?:use|reuse|re-use) (?:this|our|these|the) (?:story|stories|article|articles|content|piece|report)\b"
    r"(?=[^\n]{0,120}?(?:contact|e-?mail|write to|call|syndicat|licen[cs]|@)))"
)


# --- uses, permissions and conditions ------------------------------------------------------------
# Word families, one per use of :data:`~reprint_guard.models.USES`. Word endings are spelled
# out so that "editor", "edition", "copyright" and "extraction" stay out.
_USE_WORDS = {
    # 转发 is sharing, not reprinting, when it goes to one's own feed or friends (转发朋友圈) or
    # comes with quoting or sharing (欢迎转发引用, 转发分享; README Round 3)
    # 发布本站内容到任何网站: publishing the site's content elsewhere is reprinting it
    "reprint": r"转载|轉載|転載|搬运|搬運|转帖|轉帖|转贴|轉貼|(?:发布|發布|發佈)(?=[^，。；\n]{0,12}?[到至](?:其他|其它|任何|第三方)?(?:网站|網站|平台|媒体|媒體))|(?:转发|轉發)(?![到至]?(?:朋友圈|好友|微信群|群聊|微博|微信|引用|分享))|刊用|(?i:\b(?:reprint|republi(?:sh|cation))\w{0,8}|\bre-?post(?:s|ed|ing)?\b|\bpublish\b"
    # "Content published on this site may not be used …": the participle says which content, not a use
    # ("Text published here may be reproduced freely": where it is, not what may be done with it)
    r"|(?<!content )(?<!contents )(?<!material )(?<!materials )(?<!articles )(?<!stories )(?<!information )(?<!works )(?<!text )\bpublished\b"
    r"(?![ ](?:here|on (?:this|our) (?:site|website|page|portal)))"
    # ("free for publication": the release's publication elsewhere, as "published" is)
    r"|(?<=free for )publication\b|(?<=free of charge for )publication\b"
    # "post them to the web": putting the text on another site, as 转贴 is (README, Round 21B)
    r"|\bpost(?:ed|ing)? (?:it|them|(?:our |the |these |this )?(?:articles?|stor(?:y|ies)|content)) (?:to|on) (?:the web|the internet|other (?:web)?sites?|(?:a|any|your) (?:web)?site)\b"
    # "may not be rebroadcast or uploaded to other websites": the same for a recording
    r"|\bupload(?:s|ed|ing)? (?:(?:it|them) )?(?:to|on(?:to)?) (?:other|another|any|third[- ]party) (?:web)?(?:sites?|platforms?)\b)",
    # 剪辑 (cutting a programme or a video) changes the work (bench/notices README, Round 11)
    "modify": r"修改|改编|改編|篡改|改写|改寫|删改|刪改|洗稿|改动|改動|改作|剪辑|剪輯"
    r"|(?i:\b(?:modif\w{0,8}|alter(?:s|ed|ing|ations?)?\b|adapt(?:s|ed|ing|ations?)?\b"
    r"|rewrit(?:e|es|ten|ing)\b|rewrote\b|edit(?:s|ed|ing)?\b|manipulat(?:e|es|ed|ing|ion)\b))",
    # 节录/節錄 (taking extracts) is 摘录's synonym, as 版權所有，禁止擅自轉貼節錄 prints it
    "excerpt": r"摘编|摘編|摘录|摘錄|节选|節選|节录|節錄|摘抄"
    r"|(?i:\bexcerpt\w{0,4}|\bquot(?:e|ed|ing) in part|\bextract(?:s|ed|ing)?\b"
    # "Short quotes with a link … are welcome", "You may quote up to 100 words": a part, not the whole
    r"|\b(?:short|brief)[ ](?:quot(?:es|ations?)|passages?)\b|\bquot(?:e|es|ations?)[ ](?:of[ ])?(?:up to|no more than|not more than)[ ](?:\d|(?:one|two|three|four|five|a few)[ ](?:paragraphs?|sentences?|lines?|words?)\b)"
    r"|\babridg(?:e|es|ed|ing|e?ments?)\b"
    # "Content may be quoted briefly with attribution": a brief quotation is a part
    r"|\bquot(?:e|ed|ing)[ ]briefly\b|\bbriefly[ ]quot(?:e|ed|ing)\b"
    # "to quote from it with credit", "Short extracts may be quoted": part of it, quoted
    r"|\bquot(?:e|ed|ing)[ ]from\b|(?<=extracts may be )quoted\b|(?<=excerpts may be )quoted\b)",
    "mirror": r"镜像|鏡像|(?i:\bmirror(?:s|ed|ing)?\b)",
    # (Portuguese reprodução / reproduzidos, as Macau's bilingual footers print it)
    # ("ask for a free copy", "your print copy": a copy of the paper, not copying)
    "copy": r"复制|複製|翻印|翻录|翻錄|拷贝|拷貝|重製|重制|(?i:(?<!free )(?<!complimentary )(?<!sample )(?<!print )(?<!printed )(?<!paper )(?<!hard )(?<!digital )(?<!your )(?<!back )\bcop(?:y|ies|ied|ying)\b|\breproduc\w{0,8}|\breprodu(?:ção|ções|çao|cao|z\w{0,6})"
    r"|\bduplicat(?:e|es|ed|ing|ion)\b)",
    # 欢迎下载X APP / X客户端 promotes an app (Round 8): installing it is no use of the text
    "download": r"(?:下载|下載)(?![^。，,；;\n]{0,12}?(?:APP|App|app|客户端|客戶端))|(?i:\bdownload(?:s|ed|ing)?\b)",
    # "X Broadcasting Corporation" is a name, not a use
    "broadcast": r"播送|播放|转播|轉播|(?i:\b(?:re)?broadcast\w{0,3}\b(?![ ](?-i:Corporation|Company|Corp|Co|Services?|Networks?|System|Authority|Union|Group|Limited|Ltd|Inc|Station|Cent(?:re|er)|Trust|Board|Commission|Council|Foundation|Media|Holdings|Partners)\b))",
    "redistribute": r"传播|傳播|传输|傳輸|分发|分發|散布|散佈|(?i:\b(?:re)?distribut\w{0,8}|\btransmi(?:t|ts|tted|tting|ssion)\b)",
    "scrape": r"爬虫|爬蟲|爬取|抓取|采集|採集|数据挖掘|數據挖掘"
    r"|(?i:\bscrap(?:e|es|ed|ing)\b|\bcrawl\w{0,3}|\b(?:text and )?data mining\b)",
    "ai_training": r"人工智能|(?<![A-Za-z])AI(?![A-Za-z])|大模型|模型训练|模型訓練"
    r"|(?i:\bartificial intelligence\b|\bmachine learning\b|\btrain(?:ing)? (?:of )?(?:ai|models?|large language)\b)",
}
_USE_FIRST = "剪发發转轉転搬重刊修改篡删刪洗摘节節镜鏡复複翻拷下播传傳分散爬抓采採数數人大模使公任AaBbCcDdEeMmPpQqRrSsTtUu"
_USE = re.compile(
    rf"(?=[{_USE_FIRST}])(?:" + "|".join(f"(?P<{use}>{rx})" for use, rx in _USE_WORDS.items()) + ")"
)
_USE_CONTEXT = 160
"""Characters around a use word searched for its markers; a notice's sentences are shorter,
and scanning only near use words keeps marker-free text cheap."""
# One pass over the text, token by token. ``deny``/``allow`` precede a use and the nearest one
# before the use decides; ``after`` follows a use ("须经…授权", "is prohibited", "without
# permission", 违者必究) and forbids the undecided uses before it in the sentence, and those after
# it; ``after_allow`` ("for free", "under a Creative Commons licence") permits them. A deny that
# only concerns commercial use (不得以商业形式分发) sets the non-commercial condition instead.
_FORBID_FIRST = (
    "。！？；!?;|｜\n.须須需必应應务務未不禁严嚴请請切谢謝拒欢歡可转轉复複镜鏡修改篡删刪洗摘节節非如若免无無gG"
    + _USE_FIRST
    + "aAcCdDeEéÉfFiImMnNpPqQrRsSuUwWyYfFoO'"
)
_FORBID_TOKEN = re.compile(
    # (a Latin token is a word of two letters at least, or é before a space: a letter alone before a
    # stop opens none, so a megabyte of "a." is passed over at the first test)
    # (发/發 opens only 发布/發佈: a megabyte of "发(" is passed over at the first test too)
    "(?=[" + "".join(sorted({c for c in _FORBID_FIRST if not c.isascii() or not c.isalpha()} - set("éÉ'发發")))
    # (a Latin token opens at a word's start only: a megabyte of "a" is passed over at the first test)
    + "]|[发發][布佈]|(?<![A-Za-zÀ-ÿ])[" + "".join(sorted({c for c in _FORBID_FIRST if c.isascii() and c.isalpha()} | set("éÉ'"))) + r"][A-Za-zÀ-ÿ'’ \-])"
    # (a footer row's bar ends its field as a stop ends a sentence: "All Rights Reserved | Reprints: …")
    r"(?:(?P<end>[。！？；!?;|｜]|(?<![、，,\-a-z ])\n|\.(?=[ \n]|$))"
    # (a stop or a line break opens no other token: the other branches are not tried there)
    r"|(?![。！？；!?;|｜\n.])(?:"
    # 转载请联系授权 / 转载请在后台留言申请授权 / 转载请私信: reprints ask first
    # a desk's label (转载授权：, 轉載申請：) names whom to ask; it asks nothing of a reader
    # (转载授权及合作：, 转载/合作： too: a label of Han words and joiners, with no 请/须 asking)
    # ("Want to use this story? Our syndication desk licenses …": see _WANT_TO_USE)
    r"(?P<ask_reprint>" + _WANT_TO_USE.pattern +
    # 全文轉載或重製於出版品者，請先來電洽詢: who reprints is to call first
    r"|(?:转载|轉載)(?=[^，,。；;\n]{0,16}?者[，,][ ]{0,2}(?:请|請)(?:先|事先)?(?:来电|來電|来信|來信|来函|來函|联系|聯繫|联络|聯絡|洽|致电|致電|申请|申請|电邮|電郵))"
    # 转载请注明出处并获得授权: the credit asked, then the licence too: reprints ask first
    r"|(?:转载|轉載)(?=(?:时|時)?(?:请|請|须|須|需|务必|務必|应|應)(?:注明|註明|标明|標明)[^。；;\n]{0,20}?(?:[，,]?[ ]{0,2}(?:并|並|且|同时|同時)|[，,])"
    r"[ ]{0,2}(?:请|請|须|須|需|先)?(?:获得|獲得|取得|征得|徵得|联系|聯繫|经|經)[^。；;\n，,]{0,8}?(?:授权|授權|许可|許可|同意))"
    r"|(?:转载|轉載)(?!(?:(?![请請须須需要])[\u3400-\u9fff/／、&]){0,8}[ ]?[:：])"
    r"(?=(?:时|時)?(?:请|請|须|須|需|务必|務必|应|應)?(?:先)?[^，,。；;\n注註标標保署无無不免]{0,12}?"
    r"(?:联系|聯繫|联络|聯絡|洽|获得|獲得|取得|征得|徵得|申请|申請|私信|留言|授权|授權|许可|許可|来信|來信|来函|來函|致电|致電|电邮|電郵|去信)))"
    r"|(?P<credit_reprint>(?:转载|轉載)(?=(?:时|時)?(?:请|請|须|須|需|务必|務必|应|應)(?:注明|註明|标明|標明|保留|署名)"
    r"|[，,][ ]{0,2}(?:请|請)[^。；;\n]{0,12}?(?:注明|註明|标明|標明)"
    # 转载请尊重版权，注明来源: a courtesy asked first, the credit as the request's second part
    r"|(?:时|時)?(?:请|請)[^。；;\n，,、勿]{1,8}?(?:[，,、][ ]{0,2}|并|並)(?:注明|註明|标明|標明)"
    # 转载请在文章开头注明来源, 转载时请于文首注明: the credit asked at a place in the copy
    r"|(?:时|時)?(?:请|請|须|須|需|务必|務必|应|應){1,2}(?:在|于|於)[^。；;\n，,、勿]{1,10}?(?:注明|註明|标明|標明|保留|署名)"
    # 各级媒体转载本网原创新闻，须注明来源: what is reprinted named before the credit asked
    r"|[^，,。；;\n注註标標保署无無不免请請须須需勿]{1,12}?[，,]?[ ]{0,2}(?:时|時)?(?:请|請|须|須|需|务必|務必|应|應)(?:注明|註明|标明|標明|署名)))"
    r"|(?P<after>须经|須經|需经|需經|需要经|必须经|必須經|应经|應經|应当经|應當經|务经|務經|务须经|務須經|须获|須獲|需获|需獲|必究|禁じ"
    # 凡转载本网站原创作品的，须事先取得X书面授权: leave to be had first, as long statements word it
    r"|(?:须|須|需|必须|必須|应当|應當|务必|務必)(?:事先|事前|预先|預先|提前)?(?:取得|获得|獲得|征得|徵得)"
    r"|(?:须|須|需|必须|必須|应当|應當|务必|務必)(?:事先|事前|预先|預先|提前)(?:经|經)"
    r"|(?i:\b(?:are|is) governed by\b)"
    r"|(?i:\bwithout\b[^.;\n]{0,40}?\b(?:permission|consent|authori[sz]ation|licen[cs]e)"
    r"|\bonly with (?:the )?(?:prior )?(?:express )?(?:written )?(?:permission|consent|authori[sz]ation)"
    # "may be reproduced … after taking proper permission", "… subject to permission from the
    # publisher", "with prior written permission" (a bare "with permission" is a licensed reprint's credit)
    r"|\b(?:upon|after|on|subject to)(?: (?:taking|obtaining|seeking|getting|receiving|securing))? (?:the )?(?:(?:proper|prior|due|express|written|formal) )*(?:permission|consent|authori[sz]ation|approval)\b"
    r"|\bwith (?:the )?(?:(?:proper|prior|due|express|formal) )+(?:written )?(?:permission|consent|authori[sz]ation|approval)\b"
    # "Reprinting of articles from X requires written permission from the publisher"
    # ("… requires the author's permission", "the publisher's written consent": whose leave it is)
    # ("requires the Council's written permission": a party of the notice's own)
    r"|\brequires? (?:the |our |its |(?:the |its )?(?:author|writer|publisher|editor|owner|copyright holder|[A-Z][\w&\-]{1,30})(?:'s|’s|s'|s’) )?"
    r"(?:prior )?(?:express )?(?:written )?(?:permission|consent|authori[sz]ation|a licen[cs]e)\b"
    # "Permission to reproduce this article … must be sought in writing from the Editor"
    r"|\b(?:must|should) (?:first )?be (?:sought|obtained|requested)\b"
    r"|\b(?:prohibited|forbidden|not permitted|not allowed)\b"
    # "Text and data mining of this site is expressly reserved" (opt-out of the TDM exception)
    r"|\b(?:is|are) (?:expressly |explicitly |strictly )?reserved\b"
    # Portuguese and Spanish bans, before or after the use: "Proibida a reprodução sem
    # autorização", "A reprodução … é proibida", "Prohibida su reproducción total o parcial"
    r"|\b(?:proibid[ao]s?|prohibid[ao]s?|vedad[ao]s?)\b|\bs(?:em|in)\b[^.;\n]{0,40}?\bautoriza(?:ção|çao|cao|ción|cion)"
    # "Copying or posting is an infringement of copyright"
    r"|\b(?:is|are|constitutes?) (?:an |a )?(?:infringement|violation|breach) of (?:the )?copyright\b))"
    # "Reprints are welcome with attribution", "Reproduction is authorised provided …", "Copying
    # is permitted for …": the allowing words after the use
    r"|(?P<after_allow>(?i:\bfor free\b|\bfreely\b|\bfree of charge\b|\bat no (?:cost|charge)\b|\bunder (?:a|the) creative commons\b"
    # ("… is permitted only with the written consent of the editorial office" asks leave first)
    r"|\b(?:is|are) (?:(?:most |very )?welcome|permitted|allowed|authori[sz]ed|encouraged)\b(?![ ]only with (?:the )?(?:prior )?(?:express )?(?:written )?(?:permission|consent|authori[sz]ation|approval|agreement)\b)"
    # "Reproduction permitted provided the source is cited": the same without its verb, on terms
    r"|\b(?:permitted|allowed|authori[sz]ed)(?=[ ](?:provided|as long as|on condition|if (?:the|you|credit)|with (?:credit|attribution|acknowledg)))"
    # "Reproduction of content must cite X as the source": allowed on the credit it asks
    r"|\bmust (?:cite|credit|acknowledge|attribute)\b"
    # "A reprodução é permitida desde que citada a fonte" (Portuguese, Spanish)
    r"|\b(?:é|e|são|sao|es|está|esta) (?:permitid|autorizad)[ao]s?\b))"
    r"|(?P<deny>未[经經]|非[经經]|未获|未獲|不得|不可|不能|不准|不允许|不允許|不许|不許|禁止|严禁|嚴禁|请勿|請勿|切勿"
    # (如需转载，请注明出处 asks only the credit: a permission on a credit, not leave first)
    r"|谢绝|謝絕|拒绝|拒絕|无权|無權|(?:如需|如要|若需|如欲)(?![^。；;\n]{0,20}?[，,]?[ ]?(?:请|請|须|須|需|务必|務必|必须|必須)[^。；;\n，,]{0,8}?(?:注明|註明|标明|標明|署名)"
    r"(?![^。；;\n]{0,30}?(?:联系|聯繫|联络|聯絡|授权|授權|许可|許可|同意|申请|申請)))|無断|無斷|无断"
    # a reservation names what it keeps ("All rights are reserved, including text and data
    # mining"); "Want to republish this story? Contact …" asks for permission first
    # "Não é permitida a reprodução", "No se permite la reproducción"
    r"|(?i:\bn(?:ão|ao|o)\b(?: (?:é|e|são|sao|está|esta|se))? permit\w*)"
    # "No text and data mining.", "No reproduction or scraping.": a use banned by a bare "No"
    r"|(?<![A-Za-z])No[ ](?=(?:(?:unauthori[sz]ed|commercial|further)[ ])?(?:reproduction|republication|reprints?|reprinting|reposting"
    r"|copying|redistribution|scraping|crawling|(?:text and )?data mining|AI training|mirroring)\b)"
    r"|(?i:\breserv(?:e|es|ed|ing)\b|\b(?:want|wish|would like|'d like) to\b(?![^?\n]{0,80}\?[ ]{0,3}(?:you can|you may|yes|go ahead|feel free|please do)\b)|\b(?:for|seek|request|obtain) permission to\b|\bpermission to (?=(?:reprint|republish|reproduce)\w*[ ]{0,2}[:：])|\bnot for\b"
    r"|\bfor (?=(?:(?:syndication|licensing|permission)[ ](?:and|or|&)[ ])?(?:reprint|republication|reproduction)s?[ ]"
    r"(?:rights|permissions?|requests?|enquiries|inquiries)\b)"
    # "For republication or content partnerships, email …": the reuse is routed through a desk
    r"|\bfor (?=(?:reprints?|republication|reproduction)\b[^.;\n]{0,40}?[,:][ ]{0,2}(?:please )?(?:e-?mail|contact|call|write|visit)\b)"
    # "please ask before you reprint", "share the link rather than copying the article", "Stories
    # can be licensed for print and broadcast use": the use needs leave first
    # ("Please ask the programme maker before re-using …": whoever is asked)
    rf"|\bask(?: us| {ASKED_PARTY})?(?: first)? before\b|\brather than\b|\binstead of\b|\b(?:can|may) be licen[cs]ed\b"
    # "Please contact us before reproducing any of our content": leave asked first
    r"|\b(?:contact|consult|write to|e-?mail|call) (?:us|the (?:editor|publisher|author)s?)(?: first)? (?:before|prior to)\b"
    # "To republish this article, please contact …": a sentence that opens with the reprint routes
    # it through a desk first ("free to republish" and "want to" are read by their own words)
    r"|(?<![a-z][ ])(?<![a-z])to[ ](?=(?:republish|reprint|reproduce|syndicate)\w{0,8}\b[^.;?!\n]{0,80}?"
    r"\b(?:contact|e-?mail|write to|call|ring|phone|telephone|get in touch|ask|fill (?:out|in)|apply|request)\b)"
    # "Requests to reproduce Council content: <form>", "Republishing this story? Fill in our request
    # form": the reuse goes through a request first (a question answered by a permission is none)
    r"|\b(?:requests?|applications?) (?:to|for) (?=(?:reproduc|republi|reprint|reus|re-us)\w*\b)"
    r"|\b(?=(?:republishing|reprinting|reproducing|re-?using) (?:this|our|the|any|an?) [\w\- ]{1,30}\?"
    r"(?![^\n]{0,80}?(?:you (?:can|may|are (?:free|welcome))|feel free|free of charge|go ahead|please do|is (?:welcome|permitted))\b)))"
    r"|(?i:\b(?:may not|must not|shall not|not to be|cannot|can ?not|can['’]t|mustn['’]t|do not|don't|don’t|no part|no portion|nor|unauthori[sz]ed"
    # "No content on this site may be scraped …", "No material may be reproduced …"
    r"|no (?:content|material|articles?|stories|text|works?|information)(?= [^.;\n]{0,40}?\b(?:may|shall|can|is to|are to)\b)"
    r"|unlicen[sc]ed|without)\b))"
    # 允许 is left out: 未经X允许 is a prohibition.
    # 使用者得重製 (Taiwan's legal wording: users may reproduce)
    # 本文可自由转载 / 本文可转载 (不可 is a denial, matched first)
    r"|(?P<allow>欢迎|歡迎|可以|免费|免費"
    # 如欲複製本網站內容作非商業用途，須註明出處: asked only for the credit (the deny words' exception above)
    r"|(?:如需|如要|若需|如欲)(?=[^。；;\n]{0,20}?[，,]?[ ]?(?:请|請|须|須|需|务必|務必|必须|必須)[^。；;\n，,]{0,8}?(?:注明|註明|标明|標明|署名))"
    r"(?![^。；;\n]{0,30}?(?:联系|聯繫|联络|聯絡|授权|授權|许可|許可|同意|申请|申請))|(?:使用者|公眾|公众|任何人)(?:均|皆)?得|可(?:自由|免费|免費)?(?=转载|轉載|转发|轉發|引用|分享)|自由(?=转载|轉載)"
    r"|(?i:\b(?:welcome|free to|feel free|you may\b(?! not)|may freely|you can(?!['’]t\b)|encourage you to|are encouraged to"
    r"|permission is granted)\b"
    # "É permitida a reprodução", "Os comunicados … podem ser reproduzidos", "Se permite la reproducción"
    r"|\b(?:permitid[ao]s?|autorizad[ao]s?|podem? ser|pueden? ser|se permite)\b"
    # "Please cite the source “X” when republishing information from this website": allowed on the
    # credit it asks (round 57 tune)
    r"|\b(?:cite|credit|acknowledge|mention|attribute)\b[^.;\n]{0,80}?\bwhen (?=(?:republish|reprint|reproduc|re-?post)\w*\b)"
    # ("When re-posting information from this portal, please cite the source": the same, the use first)
    r"|\bwhen (?=(?:republish|reprint|reproduc|re-?post)\w*\b[^.;\n]{0,80}?\b(?:cite|credit|acknowledge|mention|attribute)\b)"
    # ("When reprinting materials, a hyperlink to X is mandatory": the link asked, as 转载请注明 asks the credit)
    r"|\b(?:when|if|in case of|upon)(?: you)? (?![^.;\n]{0,80}?\b(?:permission|consent|agreement|licen[cs]e|authori[sz]))(?=(?:republish|reprint|reproduc|re-?post)\w*\b[^.;\n]{0,40}?\b(?:hyper)?links?\b(?:[^.;\n]|\.(?=\w)){0,60}?\b(?:is|are) (?:mandatory|required|obligatory|compulsory)\b)"
    # "Free for publication by the media with credit to X" (a media release's stamp)
    r"|\bfree (?:for|of charge for) (?=(?:re)?publication\b|reproduction\b)"
    # "Media outlets may republish our stories at no cost" (not "… only with permission")
    # ("The media may publish it in full or in part with credit to X": a release's note)
    r"|\bmay (?=(?:republish|reprint|reproduce|share|copy|repost|redistribute|distribute|publish)\b(?![^.;\n]{0,80}?\b(?:permission|consent|licen[cs]e|authori[sz]|agreement)))"
    # "Reposting is permitted if …", "Republishing is allowed with attribution"
    r"|\b(?=(?:re-?posting|republishing|reprinting|republication|reproduction) (?:is|are) (?:permitted|allowed|welcome)\b)"
    # "This press release may be reproduced in full without permission": no leave needed, a
    # permission (not "may not be reproduced without permission")
    # ("may be reproduced or copied without permission", "may be reproduced, in part or in whole and by any
    # means, without charge or further permission from X": a public body's open terms)
    r"|\b(?:may|can) be (?=(?:freely )?(?:reproduced|republished|reprinted|copied)(?:[ ](?:or|and)[ ](?:reproduced|republished|reprinted|copied|distributed|used))?"
    r"(?:,?[ ]in (?:full|whole|part)(?:[ ]or (?:in )?(?:full|whole|part))?(?:[ ]and by any means)?,?)?[ ]without (?:prior |further |written |our |the need for |charge or further )?(?:permission|charge)\b)"
    # "This press release may be reproduced in full or in part.": no leave, no terms in its sentence
    r"|\bmay be (?=(?:freely )?(?:reproduced|republished|reprinted|copied)(?: in (?:full|whole|part)(?: or (?:in )?(?:full|whole|part))?)?[ ]?[.;\n]|(?:freely )?(?:reproduced|republished|reprinted|copied)\Z)"
    # "Content … may be reproduced only with due acknowledgement to X": allowed on a credit, not a licence
    r"|\bmay be (?=(?:freely )?(?:reproduced|republished|reprinted|copied|quoted|shared)\b"
    r"(?![^.;\n]{0,80}?\b(?:permission|consent|licen[cs]e|authori[sz]|agreement))"
    # ("… may be republished by non-profit outlets under the following conditions:": a republish box's terms)
    # ("… may be reproduced for school and church use", "… with reference to the source")
    r"[^.;\n]{0,60}?\b(?:with (?:due |full |proper |an? )?(?:acknowledg|credit|attribution)|with (?:a |an )?links? (?:back )?to\b|provided|as long as|if (?:the|you|credit)"
    r"|with (?:a |due |proper )?references? to\b|for (?:[\w\-]+,?[ ]){0,4}?(?:use|uses|purposes?)\b"
    r"|(?:under|subject to|on) (?:the following|these|the terms below|certain) (?:conditions|terms|rules|guidelines)))))"
    + "".join(f"|(?P<{use}>{rx})" for use, rx in _USE_WORDS.items())
    + "))"
)
# A subject that denies ("No material may be …", "None of our stories may be …"): what it may be
# without permission is forbidden.
_COMMERCIAL_SUBJECT = re.compile(
    r"(?i:(?:any |all )?commercial (?:use|uses|reuse|reproduction|republication|redistribution|distribution|exploitation)\b)"
    r"|(?:任何)?(?:商业|商業)(?:性)?(?:使用|转载|轉載|用途|利用)"
)
def _commercial_subject(folded: str, lo: int, at: int) -> bool:
    """Whether the sentence holding ``at`` (from ``lo`` at the earliest) opens on commercial uses
    ("Commercial reproduction and distribution is prohibited …", 商业使用…): a ban of those only."""
    opening = max(_sentence_start(folded, lo, at), folded.rfind("\n", lo, at) + 1)
    while opening < at and folded[opening] == " ":
        opening += 1
    return _COMMERCIAL_SUBJECT.match(folded, opening) is not None


_NO_SUBJECT = re.compile(r"(?i:\b(?:no|none|nothing|neither)\b)")
_COMMERCIAL = re.compile(r"商业|商業|营利|營利|转售|轉售|(?i:commercial|resale|sell)")
# (every use word opens with a letter: the lookahead skips other positions at once)
_ANY_USE = re.compile("(?=[^\\W\\d_])(?:" + "|".join(f"(?:{p})" for p in _USE_WORDS.values()) + ")")
_JOINED_USE = re.compile(r"[^或及和与與]{0,6}?(?:或者|或|以及|及|和|与|與)(?:其他|其它)?(?:擅自|任意|随意|隨意)?(?=" + _ANY_USE.pattern + ")")
# 拒绝任何不保留版权的转载: reprints that keep the notice are welcome.
_KEEP_NOTICE = re.compile(r"不保留(?:本文)?(?:版[权權]|声明|聲明|出处|出處|作者)[^。\n]{0,6}?(?:转载|轉載)")
_PERSONAL_USE = re.compile(
    # ("for personal, educational or non-commercial purposes": a district's terms list the uses so)
    r"(?i:personal,? (?:and )?non-?commercial use|personal(?:,? (?:and |or )?(?:educational|private|research|study|academic)){0,3},? (?:and |or )?non-?commercial (?:use|purposes?)"
    r"|个人非商业|個人非商業|个人学习|個人學習)"
)
_ONLY_VIEWING = re.compile(r"(?:用途|用)?(?:之)?(?:浏览|瀏覽|阅读|閱讀|参考|參考|观看|觀看)|(?i:[ ](?:viewing|reading|browsing)\b)")
_CONDITION_PATTERNS = (
    (
        "credit",
        re.compile(
            # 凡(本网)注明“来源：X”的作品 scopes a claim; it asks no credit
            r"(?<!本网)(?<!本站)(?<!本網)(?<!网站)(?<!網站)(?<!客户端)(?<!客戶端)(?<!本报)(?<!本報)(?<!本刊)(?<!本台)(?<!凡)(?:注明|註明|标明|標明|写明|寫明)[^。；\n]{0,6}?(?:出处|出處|来源|來源|作者|原文|版权|版權)"
            # 转载请附上原文出处链接: the source is to be named
            r"|附上?(?:原文)?(?:出处|出處|来源|來源)"
            # 須註明「X」及記者姓名, 注明X及作者姓名: the outlet named in quotes or the byline asked
            # for (a quoted name then 的 scopes a claim: 凡标明“X”的稿件)
            r"|(?<!本网)(?<!本站)(?<!本網)(?<!本报)(?<!本報)(?<!凡)(?:注明|註明|标明|標明)[：:]?[ ]?[「『“\"《](?![^」』”\"》\n]{0,30}[」』”\"》](?:字样|字樣)?的)"
            r"|(?<!本网)(?<!本站)(?<!本網)(?<!本报)(?<!本報)(?<!凡)(?:注明|註明|标明|標明)[^。；\n]{0,20}?(?:记者|記者|作者)(?:姓名|名字|署名)"
            # 署名 asked for (转载请署名, 须署名作者) is a credit; 署名文章, 署名及不署名文章 and
            # 署名"X"的作品 only say which articles are meant
            r"|(?:请|請|须|須|需|应|應|并|並|务必|務必|必须|必須|要)[^，。；\n]{0,4}?署名|署名[ ]?(?:作者|出处|出處|来源|來源)"
            r"|(?i:\bcredit(?:s|ed|ing)?\b|\battribut(?:e|ion)\b|must (?:name|cite)|\backnowledg(?:e|es|ed|ing|e?ments?)\b"
            # "provided that the source is cited", "citing the author"
            r"|\b(?:source|author|origin)s? (?:is|are|be) (?:cited|named|mentioned|indicated)\b|\bcit(?:e|ing) (?:the |its |our )?(?:source|author|original)\b"
            # "We ask only that users indicate the City of X as the source"
            r"|\b(?:indicate|name|cite|acknowledge|credit|identify)\b[^.;\n]{1,90}?\bas (?:the |its )?(?:source|author|origin)\b"
            # "provided the author and the X Review are cited": the parties named, then cited
            r"|\bprovided (?:that )?(?:the )?(?:author|source|writer)s?\b[^.;\n]{0,60}?\b(?:is|are) (?:cited|named|mentioned|acknowledged|credited)\b"
            # "provided the byline is kept", "it must carry the original byline", "include the author's name"
            r"|\b(?:byline|author(?:'s|’s)? name)s? (?:is |are )?(?:kept|retained|preserved|intact)\b"
            r"|\b(?:carry|keep|retain|include|preserve) (?:the |its |our )?(?:original |author(?:'s|’s) )?(?:byline|author(?:'s|’s)? name)s?\b"
            # "Reproduction is authorised with mention of the source" (French "avec mention de la source")
            r"|\b(?:with|after) (?:the |a )?mention of (?:the |its |our )?(?:source|author|origin)\b|\bmentioning (?:the |its |our )?(?:source|author)\b"
            # "a hyperlink to X and a reference to Y are required": a reference is a credit
            r"|\breference to\b(?:[^.;\n]|\.(?=\w)){0,80}?\b(?:is|are) (?:required|mandatory|obligatory)\b|\bwith (?:a )?reference to the (?:source|original|author)\b"
            # "desde que citada a fonte", "devendo indicar a fonte", "citando la fuente"
            r"|\b(?:citad[ao]|citando|cite|citar|indicad[ao]|indicar|indique|indicando|mencionad[ao]|mencionando|mencionar|menção|mención|mencion)"
            r"\b[^.;\n]{0,12}?\b(?:fonte|fuente|autor)\b|«(?:cortesia|cortesía) d[aeo]s?\b)"
        ),
    ),
    # 保留文末二维码: the account's QR code names the source as a watermark does (bench/notices README, Round 28A)
    ("keep_notice", re.compile(r"保留(?:本|此|原)?(?:段|则|則|条|條)?(?:版[权權]|声明|聲明|作者(?:信息|资讯|資訊|资料|資料))|保留[^。；，,\n]{0,6}?(?:水印|二维码|二維碼)"
    r"|保留[^。；，,\n]{0,10}?(?:本|此)(?:声明|聲明)|附上[^。；\n]{0,12}?(?:和|及|与|與|并|並)(?:本|此)(?:声明|聲明)|(?i:(?:keep|retain) (?:this|the) (?:notice|copyright)|\b(?:this|the) (?:copyright )?notice (?:is|be) (?:retained|kept|preserved|included)\b)")),
    (
        "non_commercial",
        re.compile(
            r"非商业|非商業|(?i:non-?commercial)"
            # 歡迎非營利網站轉載: non-profit users only (not 本站为非营利网站, the site itself)
            r"|(?<![为為是系係属屬个個家])非(?:营利|營利|盈利)"
            # 不得用於商業用途, 禁止作营利使用
            r"|(?:不得|不可|禁止|严禁|嚴禁|请勿|請勿|勿)(?:用于|用於|用作|作为|作為|作|做|供)?(?:任何)?(?:商业|商業|营利|營利|盈利)(?:性)?(?:用途|目的|使用|之用)"
            # 商业使用请来信 / "For commercial use, please contact": only commercial use asks
            # (商业性使用须经学院书面同意: commercial use needs leave, the rest is permitted)
            r"|(?:商业|商業)(?:性)?(?:使用|用途|用|转载|轉載)[^。；\n]{0,4}?(?:请|請|须|須|需)(?:先|事先)?(?:联系|聯繫|来信|來信|洽|联络|聯絡|取得|获得|獲得|征得|徵得|经|經)"
            r"|(?i:for commercial (?:use|purposes|reuse|republication)[, ]{1,3}(?:please )?(?:contact|write|e-?mail|get in touch))"
            # "Commercial use is not permitted", "not for commercial use", "do not charge readers for it"
            r"|(?i:\bcommercial (?:use|reuse|purposes)\b[^.;\n]{0,12}?\b(?:is|are) (?:not|never) (?:permitted|allowed)"
            r"|\bnot for commercial\b|\bdo not (?:charge|sell)\b[^.;\n]{0,20}?\b(?:for it|for them|access|readers)\b"
            # "It may be shared in full …, but may not be sold" (as "You can't sell our material")
            r"|\b(?:may|must|shall|can)(?: not|not|['’]t) be (?:re)?sold\b)"
        ),
    ),
    ("share_alike", re.compile(r"相同方式共享|相同方式分享|(?i:share[- ]?alike)")),
    # ("provided the text is not altered", "without alteration": a permission's terms keep the text as it is)
    ("no_derivatives", re.compile(
        r"禁止演绎|禁止改作|(?i:no[- ]?deriv\w*"
        r"|\b(?:provided|as long as|on condition)(?: that)?\b[^.;\n]{0,120}?\b(?:is|are) not (?:altered|edited|changed|modified|amended)\b"
        r"|\b(?:without|with no) (?:any )?(?:alteration|modification|amendment|editing)s?\b|\bunaltered\b|\bunedited\b"
        # "provided that:" over "(b) the material is not altered; and": a lettered condition
        rf"|(?m:^[(（]?(?:{ITEM_LETTER}|\d{{1,2}})[)）.][ ]?(?:that )?(?:the |this |our )?(?:material|content|text|article|work|story|information)s?"
        r" (?:is|are) not (?:altered|edited|changed|modified|amended)\b))"
    )),
    ("link_back", re.compile(r"(?:转载|轉載)[^。\n]{0,6}?(?:注明|註明|标明|標明)[^\n]{0,60}?(?:https?://|www\.)|原文(?:链接|鏈接|連結|连结|连接|連接)(?![ ]{0,2}[:：])|(?<=\S)原文(?:链接|鏈接|連結|连结|连接|連接)|(?:附上|附)(?:本文|原文|文章)?(?:的)?(?:出处|出處)?(?:链接|鏈接|連結|网址|網址)|(?:出处|出處|来源|來源)(?:及|和|与|與|并|並)(?:原文|本文)?(?:链接|鏈接|連結|网址|網址)|保留[^。；\n]{0,12}?(?:链接|鏈接|連結)|(?i:link (?:back )?to (?:the )?original|link back|include (?:a |an )?(?:link|hyperlink) to\b"
    # "only with an active hyperlink to the source", "a hyperlink to X … is required" (the terms
    # of sites in the former Soviet Union print them so)
    r"|\bonly with (?:an? )?(?:active |direct |clickable |indexed )?(?:hyper)?link\b"
    # "you must link to the URL of this story" (a republish box's rule), "with a credit and a link"
    r"|\bmust link to (?:the (?:url|web ?page|page|address) of )?(?:this|the|our) (?:story|article|piece|post|report|original)\b"
    r"|\bwith (?:a |an )?(?:credit|attribution|acknowledg(?:e?ment)?) and (?:a |an )?(?:hyper)?link\b"
    # "with attribution to X and a link to x.example", "keep the byline and a link to the original",
    # "a credit line and a link": the link asked beside the credit
    r"|\b(?:attribution|credit|credit line|byline|acknowledg(?:e?ment)?)\b[^.;\n]{0,60}?\band (?:a |an )?(?:hyper)?link(?: back)?\b"
    r"|\b(?:carry|include|keep|retain|with) (?:a |an )?(?:hyper)?link to (?:the |our |this )?(?:original|story|article|site|website|page|[\w\-]+(?:\.[\w\-]+)+)\b"
    r"|\b(?:hyper)?link (?:to|back to) (?:the |our )?(?:source|original|site|website|publication|[\w\-]+(?:\.[\w\-]+)+)\b"
    r"(?:[^.;\n]|\.(?=\w)){0,80}?\b(?:is|are) (?:required|mandatory|obligatory)\b"
    # "… provided that X is credited as the source and a link to this page is included"
    r"|\b(?:a |an )(?:hyper)?link (?:back )?to (?:this|the|our) (?:page|story|article|item|original)\b[^.;\n]{0,20}?\b(?:is|be) (?:included|given|provided|added)\b)")),
)
# Creative Commons: named ("Creative Commons Attribution-NonCommercial 4.0", "CC BY-NC-ND 3.0 TW")
# or linked (creativecommons.org/licenses/by-nd/4.0/).
_CC_NAMED = re.compile(
    r"(?i:creative commons\s+(?:licen[cs]e\s+)?\(?(?P<words>attribution(?:[- ]+(?:non-?commercial|no-?deriv(?:s|atives|ative works)?"
    r"|share-?alike)){0,3}))\)?[ ,]{0,2}(?P<v1>\d\.\d)?(?:\s+(?P<r1>taiwan|tw))?"
    # (no \b: a Han character before CC is a word character too, as in 遵循CC BY-SA 4.0)
    # ("Creative Commons BY-ND 4.0": the name, then the abbreviation)
    r"|(?:(?<![A-Za-z0-9])CC|(?i:creative commons))[ -](?P<abbr>BY(?:-(?:NC|ND|SA)){0,3})(?:[ ](?P<v2>\d\.\d))?(?:[ ](?P<r2>TW|HK|CN)\b)?"
    # 遵循 CC 4.0 BY-SA 版权协议 (blog platforms print the version first)
    r"|(?<![A-Za-z0-9])CC[ ](?P<v5>\d\.\d)[ ](?P<abbr5>BY(?:-(?:NC|ND|SA)){0,3})(?![A-Za-z0-9])"
    r"|creativecommons(?:\.[a-z]{2,10}){1,3}/licenses/(?P<path>by(?:-(?:nc|nd|sa)){0,3})/(?P<v3>\d\.\d)(?:/(?P<r3>[a-z]{2}))?"
    # 知识共享署名-非商业性使用 4.0 / 創用CC 姓名標示-非商業性-禁止改作 3.0 台灣
    # (CC 創用授權 姓名標示-…: "licence" printed after the name of the scheme, without 條款)
    r"|(?:知[识識]共享|[创創]用[ ]?CC|(?<![A-Za-z0-9])CC[ ]?[创創]用)[ ]?(?:[许許]可[协協]议|授[权權](?:條款|条款)?)?[ :(（「『“]{0,2}"
    r"(?P<zh>(?:署名|姓名[标標]示)(?:[- ・·、]{0,2}(?:非商[业業]性(?:使用)?|禁止演[绎繹]|禁止改作|相同方式(?:共享|分享))){0,3})"
    r"[ )）」』”]{0,2}(?P<v4>\d\.\d)?(?:[ ]{0,2}(?P<r4>台[湾灣]|臺[湾灣]|中[国國]大[陆陸]))?"
)


# The work is licensed under an unnamed CC licence (not "Republish … under a CC licence", which
# grants only the verb it names).
_CC_UNNAMED = re.compile(
    # "republished from X under a Creative Commons license": a partner's copy under an unnamed licence
    r"(?i:(?:licen[cs]ed|available|released|published|distributed)(?: from [^.\n]{1,80}?)? under (?:a|the) creative commons)"
    r"|(?:采用|採用|遵循|遵守|依据|依據|以)[^。\n]{0,6}(?:知[识識]共享|[创創]用[ ]?CC|CC[ ]?[创創]用)"
    r"|(?:知[识識]共享|[创創]用[ ]?CC|CC[ ]?[创創]用)[^。\n]{0,10}?(?:进行许可|進行許可|授[权權]释出|授[权權]釋出)"
)


# The UK's Open Government Licence (nationalarchives.gov.uk/doc/open-government-licence/version/3/):
# like CC BY, anyone may copy, publish, distribute, adapt and use the work commercially if they
# acknowledge the source. Named ("available under the Open Government Licence v3.0") or linked.
_OGL = re.compile(
    r"(?i:\bopen government licen[cs]e\b(?: for public sector information)?(?:[ ,]{1,2}(?:v|version[ ])?(?P<v1>\d(?:\.\d)?)\b)?"
    r"|open-government-licen[cs]e/version/(?P<v2>\d)\b)"
)
_OGL_USES = ("reprint", "copy", "redistribute", "modify")
# Taiwan's Open Government Data License (政府資料開放授權條款－第1版, data.gov.tw/license): like
# the OGL, reuse, adaptation and redistribution on attribution (its version 1 is compatible
# with CC BY 4.0).
_OGDL_TW = re.compile(r"政府[资資]料[开開]放授[权權](?:條款|条款)(?:[ ]?[-－–—][ ]?第[ ]?(?P<v>[1-9一二三])[ ]?版)?")


def _ogl_licence(folded: str) -> str | None:
    """The Open Government Licence's id (``"OGL v3.0"``, ``"OGL"`` when no version is given),
    Taiwan's Open Government Data License's (``"OGDL-Taiwan v1.0"``) or ``None``; the first
    mention that gives a version wins, as for Creative Commons."""
    found = [m for _, m in zip(range(_MAX_CUES), _OGL.finditer(folded))]
    if not found:
        taiwan = _OGDL_TW.search(folded)
        if taiwan is None:
            return None
        version = {"一": "1", "二": "2", "三": "3"}.get(taiwan.group("v") or "", taiwan.group("v"))
        return f"OGDL-Taiwan v{version}.0" if version else "OGDL-Taiwan"
    version = next((m.group("v1") or m.group("v2") for m in found if m.group("v1") or m.group("v2")), None)
    if version and "." not in version:
        version += ".0"
    return f"OGL v{version}" if version else "OGL"


def _cc_licence(folded: str) -> tuple[str | None, tuple[str, ...], tuple[str, ...]]:
    """``(licence id, permitted uses, conditions)`` of a Creative Commons grant in the text: the
    first name that gives a version ("a Creative Commons Attribution license" then "CC BY 4.0"
    from its link is ``CC BY 4.0``), else the first."""
    named = [m for _, m in zip(range(_MAX_CUES), _CC_NAMED.finditer(folded))]
    if not named:
        return None, (), ()
    m = next((x for x in named if x.group("v1") or x.group("v2") or x.group("v3") or x.group("v4") or x.group("v5")), named[0])
    if m.group("words"):
        words = m.group("words").lower()
        parts = ["BY"]
        parts += ["NC"] if "commercial" in words else []
        parts += ["ND"] if "deriv" in words else []
        parts += ["SA"] if "alike" in words else []
        version, region = m.group("v1"), m.group("r1")
    elif m.group("zh"):
        words = m.group("zh")
        parts = ["BY"]
        parts += ["NC"] if "非商" in words else []
        parts += ["ND"] if "禁止" in words else []
        parts += ["SA"] if "相同" in words else []
        version, region = m.group("v4"), m.group("r4")
        region = "tw" if region and region[0] in "台臺" else ("cn" if region else None)
    else:
        parts = (m.group("abbr") or m.group("path") or m.group("abbr5")).upper().split("-")
        version, region = m.group("v2") or m.group("v3") or m.group("v5"), m.group("r2") or m.group("r3")
    name = "CC " + "-".join(parts) + (f" {version}" if version else "")
    if version and region:
        name += " TW" if region.lower() in ("tw", "taiwan") else f" {region.upper()}"
    uses = ("reprint", "copy", "redistribute") + (() if "ND" in parts else ("modify",))
    conditions = ["credit"]
    conditions += ["non_commercial"] if "NC" in parts else []
    conditions += ["share_alike"] if "SA" in parts else []
    conditions += ["no_derivatives"] if "ND" in parts else []
    return name, uses, tuple(conditions)


# A use named with its size ("Longer excerpts … require permission", 超过500字的摘编须经授权): a ban on
# more than the notice allows, not on the use itself.
_LONGER_USE = re.compile(
    r"(?i:\b(?:longer|lengthier|larger|more extensive|extended|substantial)[ ](?:excerpts?|extracts?|quotations?|quotes|passages|portions)\b)"
    r"|(?:超过|超過|逾)\d{1,5}字的?(?:摘编|摘編|引用|摘录|摘錄|节选|節選)|大段(?:引用|摘录|摘錄|摘编|摘編)"
)


def _find_uses_sized(folded: str) -> tuple[set[str], set[str], set[str]]:
    """:func:`_find_uses`, but a ban on a use named with its size (see :data:`_LONGER_USE`)
    leaves the notice's permission of that use standing ("You may quote up to 200 words …
    Longer excerpts … require written permission": excerpt permitted)."""
    found = _find_uses(folded)
    sized = [(m.start(), m.end()) for _, m in zip(range(_MAX_CUES), _LONGER_USE.finditer(folded))]
    if not sized:
        return found
    unsized = _find_uses(_blank(folded, sized))
    # (only where the sized ban was all that forbade a use the notice permits)
    return unsized if (found[0] - unsized[0]) & unsized[1] else found


def _find_uses(folded: str) -> tuple[set[str], set[str], set[str]]:
    """``(forbidden, permitted, conditions)`` read from the notice's sentences."""
    windows: list[list[int]] = []
    asked = list(_WANT_TO_USE.finditer(folded)) if "to " in folded else []  # "Want to use this story? Email …"
    for u in sorted((*_USE.finditer(folded), *asked), key=lambda x: x.start()):
        lo, hi = max(0, u.start() - _USE_CONTEXT), u.end() + _USE_CONTEXT
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    keep_notice = [(m.start(), m.end()) for m in _KEEP_NOTICE.finditer(folded)]
    forbidden: set[str] = set()
    permitted: set[str] = set()
    conditions: set[str] = set()
    if keep_notice:
        permitted.add("reprint")
        conditions.add("keep_notice")
    welcome_bans_modify = False  # 欢迎转载…，不得修改: a ban on editing inside a welcome
    for lo, hi in windows:
        nearest: str | None = None  # the last deny/allow marker in this sentence
        nearest_at = lo  # where it stands
        pending: list[str] = []  # uses in this sentence with no marker before them
        welcomed = False  # an allow marker since the sentence began (a ； does not end it)
        freed: list[str] = []  # uses the last allowing words after them permitted
        for m in _FORBID_TOKEN.finditer(folded, lo, hi):
            if any(a <= m.start() < b for a, b in keep_notice):
                continue
            kind = m.lastgroup
            if kind == "end":
                nearest, pending, freed = None, [], []
                welcomed = welcomed and m.group() in "；;"
            elif kind == "after" and pending and _commercial_subject(folded, lo, m.start()):
                # "Commercial reproduction and distribution is prohibited except with written
                # permission": only commercial uses are banned, the rest stand as the notice says
                conditions.add("non_commercial")
                nearest, nearest_at, pending, freed = "commercial", m.start(), [], []
            elif kind == "after":
                if not pending and freed:
                    # "may be reproduced free of charge after taking proper permission": free, but
                    # leave asked first
                    permitted.difference_update(freed)
                    pending = freed
                forbidden.update(pending)
                nearest, nearest_at, pending, freed = "deny", m.start(), [], []
            elif kind == "after_allow":
                permitted.update(pending)
                freed = pending
                nearest, nearest_at, pending = "allow", m.start(), []
            elif kind == "ask_reprint":
                clause = max(folded.rfind(c, lo, m.start()) for c in "，,、")
                if _COMMERCIAL.search(folded[max(lo, m.start() - 4) : m.start()]):
                    conditions.add("non_commercial")  # 商业转载请联系作者: only commercial reprints ask
                elif nearest == "allow" and nearest_at > clause:
                    permitted.add("reprint")  # 欢迎转载请联系: one clause
                else:
                    forbidden.add("reprint")  # 欢迎转发朋友圈，转载请联系授权: the welcome was for sharing
            elif kind == "credit_reprint":
                if nearest == "deny":
                    forbidden.add("reprint")
                else:
                    permitted.add("reprint")
                    conditions.add("credit")
                    welcomed = True  # (转载本网新闻须注明来源，不得篡改原意: the edit ban is the permission's term)
            elif kind == "deny":
                clause = re.split(r"[，,、。；;\n]", folded[m.end() : m.end() + 16], maxsplit=1)[0]
                commercial = _COMMERCIAL.search(clause)
                if commercial:
                    conditions.add("non_commercial")
                # (不得作商業用途或修改內容: a use joined after the commercial words, the same)
                joined = commercial and _JOINED_USE.match(clause, commercial.end())
                if commercial and not _ANY_USE.search(clause, 0, commercial.start()) and not joined:
                    nearest = "commercial"
                else:
                    # (惟不得修改內容或作商業用途: a use named before the commercial words is banned too)
                    nearest, nearest_at = kind, m.start()
            elif kind == "allow":
                if m.group()[:6].lower() in ("may be", "can be") and _NO_SUBJECT.search(
                    folded, max(_sentence_start(folded, lo, m.start()), folded.rfind("\n", lo, m.start()) + 1), m.start()
                ):
                    continue  # "No X material may be republished without permission": a ban, not a permission
                if pending and (m.group().lower() == "welcome" or m.group()[:6].lower() in ("may be", "can be")):
                    # "Reprints welcome with credit to X", "Short excerpts … may be quoted with credit":
                    # the uses before are the permission's subject
                    permitted.update(pending)
                    pending = []
                nearest, nearest_at, welcomed = kind, m.start(), True
            elif kind is not None:
                if nearest == "deny":
                    forbidden.add(kind)
                    welcome_bans_modify = welcome_bans_modify or (welcomed and kind == "modify")
                elif nearest == "allow":
                    permitted.add(kind)
                elif nearest is None:
                    pending.append(kind)
    if welcome_bans_modify and "reprint" in permitted and "reprint" not in forbidden:
        # "You may republish it …, provided you … do not edit the text", 欢迎转载…；惟不得删改:
        # the copy may not be edited, a condition of the welcome (bench/notices README, Round 21)
        forbidden.discard("modify")
        conditions.add("no_derivatives")
    return forbidden, permitted, conditions


_PHOTO_SENTENCE = re.compile(
    # 如需轉載圖片，請與…聯絡: a request scoped to the pictures opens with it
    # (文中图片版权归摄影者所有…: the pictures named as the text's own)
    r"(?:(?<=[。；;！!\n])|(?<=[.!?][ ])|^)[ ]?(?:(?:如需|如要|若需|如欲|欲)(?:转载|轉載|使用|引用|采用|採用)(?:本[站网網会會]|本文|文中)?的?"
    r"|(?:文中|文內|文内|本文|文章|稿件|本[站网網]|相关|相關|所附)(?:所[附用配])?的?)?"
    r"(?:照片|图片|圖片|相片|(?i:photos?\b|photographs?\b|images?\b|pictures?\b))[^。；;！!\n]{0,200}"
    # …，图片版权归Y所有，转载图片请联系Y: a clause on the pictures inside a sentence on the text
    r"|(?<=[，,])[ ]?(?:(?:转载|轉載|使用|引用)(?:本[站网網]|本文|文中)?的?)?(?:照片|图片|圖片|相片)[^，,。；;！!\n]{0,100}"
    # "You can't republish our photographs or illustrations without permission": the pictures as
    # the object of a sentence's first clause
    r"|(?:(?<=[。；;！!\n])|(?<=[.!?][ ])|^)[ ]?(?i:[^.;!?,\n]{0,40}?\b(?:our|the|any|these|its|their)[ ]"
    r"(?:photo(?:graph)?s|images|pictures|illustrations|graphics)\b)[^。；;！!\n.]{0,200}"
)


# A claim on the pictures only (图片版权归Y所有, 照片著作權屬Y): up to the clause's end
_PICTURES_CLAIM = re.compile(
    r"(?:本文|文中)?(?:图片|圖片|照片|相片)(?:系|均)?由[^，。；,;\n]{1,40}?提供"
    r"|(?:图片|圖片|照片|相片|图像|圖像|摄影|攝影|配图|配圖)(?:作品)?(?:的)?(?:版[权權]|著作[权權])[^，。；,;\n]{1,40}"
    r"|(?:转载|轉載|使用)(?:图片|圖片|照片|相片)[^，。；,;\n]{1,30}"  # 转载图片请联系Y: the pictures' request
)


def _blanked(m: re.Match[str]) -> str:
    return " " * len(m.group())


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for lo, hi in spans:
        chars[lo:hi] = " " * (hi - lo)
    return "".join(chars)


# A sentence addressed to licensees only: 已经本网授权使用作品的，… / 经授权转载的，… (to the sentence's end).
_LICENSEE_RULE = re.compile(
    r"(?<![未非])(?:已|业已|業已)?(?:经|經|获|獲)(?:过|過)?[^，。；\n]{0,12}?(?:授权|授權)(?:使用|转载|轉載|刊用|刊登|转发|轉發)?"
    r"[^，。；\n]{0,10}?的[，,][^。；\n]{0,80}"
)


# A reprint request that asks for a licence, then what to do when reprinting (转载请联系授权，并在文首注明
# 来源、保留文末二维码; 转载时须获得授权并注明来源): the terms after the request bind licensees, so they are
# no condition of a permission (bench/notices README, Rounds 18A and 20A); up to the sentence's end or a
# clause about reprinting of its own (…授权，非商业转载请注明出处). A commercial-only request (商业转载请联系
# 作者获得授权) leaves the other reprints permitted and their terms.
_LICENCE_REQUEST_TERMS = re.compile(
    # (任何单位转载、摘编…上述作品，须事先取得X书面授权，并注明…: the leave asked after a comma)
    r"(?<!商业)(?<!商業)(?:转载|轉載)(?:时|時)?[^，,。；;\n注註标標保署]{0,60}?"
    r"(?:[，,][ ]?(?:须|須|需|应|應|必须|必須|务必|務必)[^，,。；;\n注註标標保署]{0,30}?)?(?:授权|授權|许可|許可)"
    r"(?P<terms>(?:(?!转载|轉載)[^。；;\n]){1,80})"
)


# Bans and permissions as notices print them in other languages of multilingual places (a French,
# German, Italian, Dutch, Afrikaans, Malay/Indonesian, Filipino, Vietnamese, Russian or Korean
# line beside or instead of the English or Chinese one): the verb's use, then whether the
# phrase bans it or allows it with a credit. Phrase-level, since their grammar is not the
# token reading's; a use is read only inside a phrase that bans or allows.
_FOREIGN_USE = re.compile("|".join(f"(?P<{u}>{rx})" for u, rx in FOREIGN_USE_WORDS.items()), re.I)
_FOREIGN_BAN = re.compile(
    r"(?i:interdit\w*|prohib\w*|sans (?:l['’])?(?:autorisation|accord|permission)|vietat\w*|senza (?:autorizzazione|il consenso)"
    r"|riservat\w*|nur mit (?:\w+ ){0,2}(?:genehmigung|zustimmung|erlaubnis)|verboten|untersagt|nicht gestattet|ohne (?:\w+ ){0,2}genehmigung"
    r"|zonder (?:\w+ ){0,2}toestemming|niet toegestaan|niets uit|sonder (?:\w+ ){0,2}toestemming|geen deel"
    r"|dilarang|tanpa (?:izin|kebenaran|persetujuan)|bawal|ipinagbabawal|nang walang pahintulot"
    r"|nghiêm cấm|cấm|không được|khi chưa được (?:phép|sự đồng ý)"
    r"|запрещ\w*|без (?:\w+ ){0,2}(?:разрешения|согласия)|только с (?:\w+ ){0,2}(?:разрешения|согласия)"
    r"|무단|금지|금합니다)"
)
_FOREIGN_ALLOW = re.compile(
    r"(?i:autorisée?s? (?:à condition|sous réserve|avec mention)|consentit\w* (?:citando|con (?:la )?citazione)|mit quellenangabe (?:gestattet|erlaubt)"
    r"|diperbolehkan dengan menyebutkan sumber|được phép (?:sao chép|đăng lại)[^.;\n]{0,40}?(?:ghi rõ|dẫn) nguồn"
    r"|разрешается при (?:условии )?(?:ссылке|указании)|출처를 밝히면)"
)
_FOREIGN_PHRASE_CHARS = 120
# A cheap first look: a character or word only those phrases hold.
_FOREIGN_HINT = re.compile(r"[\u0400-\u04ff\uac00-\ud7af]|(?i:interdit|prohib|vietat|riservat|genehmigung|verboten|untersagt|gestattet|toestemming|toegestaan|dilarang|tanpa|bawal|ipinagbabawal|cấm|không được|autoris|consentit|quellenangabe|diperbolehkan|được phép)")


def _foreign_terms(folded: str) -> tuple[set[str], set[str], set[str]]:
    """``(forbidden, permitted, conditions)`` read from other languages' ban and permission
    phrases (see :data:`_FOREIGN_BAN`, :data:`_FOREIGN_ALLOW`): the uses named within
    :data:`_FOREIGN_PHRASE_CHARS` characters of the phrase, in its sentence."""
    forbidden: set[str] = set()
    permitted: set[str] = set()
    conditions: set[str] = set()
    for cue, into in ((_FOREIGN_ALLOW, permitted), (_FOREIGN_BAN, forbidden)):
        for count, m in enumerate(cue.finditer(folded)):
            if count == _MAX_CUES:
                break
            lo = max(_sentence_start(folded, max(0, m.start() - _FOREIGN_PHRASE_CHARS), m.start()), folded.rfind("\n", 0, m.start()) + 1)
            hi = m.end() + _FOREIGN_PHRASE_CHARS
            stop = re.search(r"[.;!?。；\n]", folded[m.end() : hi])
            hi = m.end() + stop.start() if stop else hi
            uses = {u.lastgroup for u in _FOREIGN_USE.finditer(folded, lo, hi) if u.lastgroup}
            if into is forbidden and _commercial_subject(folded, lo, m.start()):
                conditions.add("non_commercial")  # "Commercial reproduction … is prohibited": as _find_uses reads it
                continue
            into.update(uses - permitted if into is forbidden else uses)
            if into is permitted and uses:
                conditions.add("credit")
    return forbidden, permitted, conditions


# (a "(c)" after a "(b)" is blanked before, see _without_letter_c: three spaces)
_NEXT_ITEM = re.compile(r";(?=[ ]?(?:(?:or|and)[ ])?(?:\((?:[b-h]|ii|iii|iv|v|vi|vii)\)|[ ]{3})[ ])")
_BAN_EXAMPLES = re.compile(r"\.[ ](?:This|this)[ ](?:includes|covers|applies to|prohibition includes|restriction includes)\b")


def _uses_and_permissions(
    folded: str,
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str | None]:
    """``(forbidden_uses, permitted_uses, conditions, licence)``; a use both forbidden and
    permitted (未经许可不得转载 … 转载请注明出处) stays forbidden."""
    # a licence's own name is no ban: 知识共享署名-非商业性使用-禁止演绎 4.0 国际许可协议 … 转载请注明出处
    # must not read as 禁止 … 转载 (the licence's terms come from its name, below)
    names = [(m.start(), m.end()) for _, m in zip(range(_MAX_CUES), _CC_NAMED.finditer(folded))]
    # 已经本网授权使用作品的，应在授权范围内使用，并注明来源: what a licensee must do, neither a
    # permission nor its condition (bench/notices README, credits asked only of licensees)
    licensee_rules = [(m.start(), m.end()) for m in _LICENSEE_RULE.finditer(folded)]
    terms = _blank(folded, names + licensee_rules) if names or licensee_rules else folded
    if "This " in terms or "this " in terms:
        # "You may not reproduce … without consent. This includes copying … and using our content
        # to train AI models": the ban's own examples, read in its sentence (same length)
        terms = _BAN_EXAMPLES.sub(lambda m: "," + m.group()[1:].lower(), terms)
    if "; (" in terms or ";(" in terms or ";    " in terms:
        # "you may not (a) republish our content; (b) edit, adapt or translate it": the items of one ban
        terms = _NEXT_ITEM.sub(",", terms)
    licence, cc_uses, cc_conditions = _cc_licence(folded)
    if licence is None and _CC_UNNAMED.search(folded):
        # "under a Creative Commons license", 知识共享许可协议: which one is not said
        cc_uses, cc_conditions = ("reprint", "copy", "redistribute"), ("credit",)
    elif licence is None and (licence := _ogl_licence(folded)) is not None:
        cc_uses, cc_conditions = _OGL_USES, ("credit",)  # the OGL's (and OGDL-Taiwan's) terms, as CC BY's
    photo = [(m.start(), m.end()) for m in _PHOTO_SENTENCE.finditer(terms)]
    if photo:
        # 文字欢迎转载…；照片版权属摄影者所有，请勿转载: the photos' terms do not undo the text's
        # (nor "Photos may not be republished without permission" a Creative Commons grant's)
        forbidden, permitted, conditions = _find_uses_sized(_blank(terms, photo))
        photo_forbidden, photo_permitted, photo_conditions = _find_uses_sized(terms)
        forbidden |= photo_forbidden - permitted - set(cc_uses)
        permitted |= photo_permitted
        conditions |= photo_conditions
    else:
        forbidden, permitted, conditions = _find_uses_sized(terms)
    permitted.update(cc_uses)
    conditions.update(cc_conditions)
    if _FOREIGN_HINT.search(folded):
        more_forbidden, more_permitted, more_conditions = _foreign_terms(folded)
        forbidden |= more_forbidden
        permitted |= more_permitted
        conditions |= more_conditions
    requested = [(m.start("terms"), m.end("terms")) for _, m in zip(range(_MAX_CUES), _LICENCE_REQUEST_TERMS.finditer(folded))]
    unlicensed = _blank(folded, licensee_rules + requested) if licensee_rules or requested else folded
    for name, pattern in _CONDITION_PATTERNS:
        if pattern.search(unlicensed):
            conditions.add(name)
    permitted -= forbidden
    if "no_derivatives" in conditions and permitted:
        forbidden.discard("modify")  # "You can't edit our stories" in a republish box: the permission's condition
        permitted.discard("modify")  # ("provided the text is not altered" names the use it keeps out)
    if (personal := _PERSONAL_USE.search(folded)) and not _ONLY_VIEWING.match(folded, personal.end()):
        # "for your personal, non-commercial use": an exception to a general prohibition
        # (僅供個人非商業用途瀏覽, "… for personal, non-commercial viewing": reading it is no copy)
        permitted.add("copy")
        forbidden.discard("copy")
        conditions.add("non_commercial")
    return (
        tuple(u for u in USES if u in forbidden),
        tuple(u for u in USES if u in permitted),
        tuple(c for c in CONDITIONS if c in conditions),
        licence,
    )


# A line break between two Han characters at the end of a long line: text wrapped at a fixed
# width (未经授权不得转\n载), one sentence, where a short line is a statement of its own.
_WRAP = re.compile(r"(?<=[\u3400-\u9fff])\n(?=[\u3400-\u9fff])")
_WRAPPED_LINE_CHARS = 24
_SOFT_HYPHEN_WRAP = re.compile(r"(?<=[a-z])-\n(?=[a-z])")
_ROLE_SENTENCE_BREAK = re.compile(r"(?<![^\s])(?P<last>[^\s]{1,40})\n(?=(?:>[ ]?){0,3}[a-z0-9+(])")  # (> : an e-mail's quoting)
_LATIN_SENTENCE_BREAK = re.compile(r"(?<=[A-Za-z,])\n(?=[a-z])|(?<![A-Za-z])[a-z]{1,20}\n(?=[A-Za-z])")
# a word of the uses or of the ban broken over two lines at any width (不得转 / 载、摘编), or
# a ban broken before its verb or object (不得 / 转载, …翻印或 / 轉載): one sentence
_USE_WORD_BROKEN = re.compile(
    r"(?<=[得止禁勿或、])\n(?=[\u3400-\u9fff])|\n(?=[、])|(?<=[转轉下])\n(?=[载載])|(?<=摘)\n(?=[编編录錄])|(?<=[复複])\n(?=[制製印])|(?<=[镜鏡])\n(?=像)|(?<=改)\n(?=[编編写寫])"
    r"|(?<=[汇匯])\n(?=[编編])|(?<=修)\n(?=改)|(?<=翻)\n(?=印)|(?<=[传傳])\n(?=播)|(?<=授)\n(?=[权權])|(?<=[许許])\n(?=可)"
    r"|(?<=不)\n(?=得)|(?<=禁)\n(?=止)|(?<=[严嚴])\n(?=禁)"
)


# A registration or licence number (网上传播视听节目许可证…, 京ICP证…, 公网安备…): its name holds
# verbs (传播) that are no terms of the notice.
# Its name and number are one field: a space or a 、 before or after ends it (a one-line footer
# "X版权所有 未经授权禁止转载、摘编… 豫ICP备…号" keeps its terms).
_REGISTRATION_WORDS = r"许可证|許可證|(?i:icp)|备案号|備案號|公网安备|公網安備"
_REGISTRATION = re.compile(rf"[^\s，。；、\[\]【】()（）]{{0,30}}[ ]?(?:{_REGISTRATION_WORDS})[ ]?[^\s，。；、\[\]【】()（）]{{0,30}}")
_REGISTRATION_WORD = re.compile(_REGISTRATION_WORDS)
_REGISTRATION_REACH = 31
"""How far a :data:`_REGISTRATION` match reaches either side of its word (30 characters and a space)."""


def _without_registrations(text: str) -> str:
    """``_REGISTRATION.sub(" ", text)``, run only around the registration words: the pattern's
    free-width run before its word made a scan of a long text with no such word cost 30 steps per
    character (a megabyte of 'x@' took 1.3–1.8 s). No match reaches further than
    :data:`_REGISTRATION_REACH` from its word, so windows around the words, merged where they
    overlap, give the same result as one scan of the whole text."""
    windows: list[list[int]] = []
    for m in _REGISTRATION_WORD.finditer(text):
        lo, hi = max(0, m.start() - _REGISTRATION_REACH), m.end() + _REGISTRATION_REACH
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    if not windows:
        return text
    out, at = [], 0
    for lo, hi in windows:
        out += [text[at:lo], _REGISTRATION.sub(" ", text[lo:hi])]
        at = hi
    out.append(text[at:])
    return "".join(out)


def _sentence_goes_on(m: re.Match[str]) -> str:
    """The match of :data:`_ROLE_SENTENCE_BREAK` with its line break read as a space when an
    English sentence goes on across it: a word ends the line ("… please email" / "subs@…"),
    not an address or a sentence's end."""
    last = m.group("last")
    word = last[-1].isascii() and (last[-1].isalpha() or last[-1] == ",") and not any(ch in last for ch in "@/.:")
    return last + (" " if word else "\n")


def _unwrapped(folded: str) -> str:
    """``folded`` with the line breaks of fixed-width wrapping removed (see :data:`_WRAP`), a
    use word or a ban broken over two lines closed up (:data:`_USE_WORD_BROKEN`), a Latin word
    hyphenated at a line's end closed up (redistri- / bution) and an English sentence broken
    where none ends read with a space (:data:`_LATIN_SENTENCE_BREAK`)."""
    if "\n" not in folded:
        return folded
    folded = _USE_WORD_BROKEN.sub("", _SOFT_HYPHEN_WRAP.sub("", folded))
    # an English sentence broken where none ends ("No part of this article" / "may be republished
    # without permission") is read whole, so the ban's subject stays with its verb
    folded = _LATIN_SENTENCE_BREAK.sub(lambda m: m.group().replace("\n", " "), folded)

    def join(m: re.Match[str]) -> str:
        line_start = folded.rfind("\n", 0, m.start()) + 1
        return "" if m.start() - line_start >= _WRAPPED_LINE_CHARS else "\n"

    return _WRAP.sub(join, folded)


def _find_forbidden(folded: str) -> tuple[str, ...]:
    return _uses_and_permissions(folded)[0]


# --- contact roles -------------------------------------------------------------------------------
_ROLE_WORDS = re.compile(
    # (a grievance officer: the desk India's IT Rules have sites name for complaints)
    r"(?P<complaint>举报|舉報|检举|檢舉|投诉|投訴|(?i:\bcomplaints?\b|\bgrievances?\b|report abuse))"
    r"|(?P<tip>报料|爆料|報料|新闻热线|新聞熱線|新闻线索|新聞線索|线索征集|線索徵集|新闻部|新聞部|记者热线|記者熱線|求助热线|求助熱線|帮办|幫辦|(?i:\bnews ?tips?\b|\btips?\b|newsdesk|news desk|newsroom|\bnews ?(?:line|hotline)\b|\bsend us your (?:news|stor(?:y|ies)|pictures?|photos?|videos?)\b|tip-?off|\b(?:got|have) (?:a|any) (?:news ?)?(?:story|stories|tips?)\b|\bstory ideas?\b|\bsend us (?:a|your) (?:story|tip)\b|\bspotted (?:a|an|something)\b|\b(?:seen|witnessed) (?:something|anything)\b|\bnewsworthy\b|\bclaims? (?:we|for us to) (?:should )?(?:check|verify|fact-?check)\b)"
    # the newsroom in Macau's Portuguese (Redacção, Redação) and in Spanish (Redacción)
    r"|(?i:\breda(?:c[çc]|ç)[ãa]o\b|\bredacci[óo]n\b))"
    # "Home delivery", "for newspaper delivery call …": the circulation desk
    r"|(?P<subscription>订报|訂報|订阅|訂閱|发行|發行|征订|徵訂|(?i:\b(?:un)?subscri\w*|\bcirculation\b|\bassinaturas?\b|\bsuscripci\w*|\b(?:home |newspaper |paper )?deliver(?:y|ies)\b))"
    # 合作邀约 / 合作提案 / 业务合作 (proposals for business cooperation) and "Partnerships" are
    # business desks, as 商务合作 is
    r"|(?P<advertising>广告|廣告|商务|商務|合作(?:邀约|邀約|提案)|(?:业务|業務|商业|商業)合作|(?i:\badvertis\w*|\bpublicidad[e]?\b|\bads\b|\bplace (?:an? |your )?ad\b|\bclassifieds?\b|\bpartnerships?\b|\bbusiness (?:development|cooperation|enquir\w*|inquir\w*)))"
    # 侵犯您的合法权益 / 侵犯了您的版權: a takedown address, as 侵权 is
    # 版权法律顾问 (a copyright lawyer printed with the claim) is the licensing route, its firm's name with it
    r"|(?P<licensing>版[权權]法律(?:顾问|顧問)(?:[:：]?[ 　]?[\u4e00-\u9fff]{2,20}?律(?:师事务|師事務)所)?|版权(?!所有)|版權(?!所有)|授权|授權|转载|轉載|许可(?!证)|許可(?!證)|侵权|侵權|侵犯(?=[^。，,\n]{0,8}?[权權])|使用|法务|法務|维权|維權"
    r"|(?i:\breprints?\b|\brepublish\w*|\breproduc(?:e|es|ing)\b|\bpermissions?\b|\blicens\w*|\bsyndicat\w*|\brights\b(?! reserved)|\btakedown\b|\binfring\w*|\border(?:ing)? (?:copies|reprints)\b"
    # "Want to use this story? Email …", "For commercial use of our content contact …"
    # "For any other use of Council text, apply online at …": leave for the uses a permission leaves out
    r"|\bfor (?:any |all )?other (?:uses?|purposes)\b|\bany other use\b"
    r"|\breus(?:e|ing)\b|\bcommercial (?:use|reuse)\b|\bcontent (?:sales|syndication|partnerships?)\b|\buse (?:this|our|the|these) (?:story|stories|article|articles|content|photos?|images?|video|footage)\b"
    # "Interested in running this story? Reach out to …": running a story is republishing it
    r"|\b(?:interested in|like to|want to|wish to|plan to|planning to|before) run(?:ning)? (?:this|our|the|these|one of our) (?:story|stories|article|articles|piece|pieces|column)\b"
    # "Please ask before using them anywhere else: …", "If you would like to use them, please contact us
    # at …": whom to ask first
    r"|\bask (?:me |us |first )?before (?:you )?(?:us(?:e|ing)|reprint\w*|republish\w*|reus\w*|copy\w*|shar(?:e|ing))\b"
    r"|\b(?:would like|wish|want) to (?:use|reuse|reproduce|republish|reprint) (?:them|it|this|these|our|any)\b"
    r"|\bcopyright (?:enquir\w*|quer\w*|questions?|issues?|requests?|matters?|office|team|agent|notices?)))"
    # 服务/service only as a desk of its own (服务热线, "customer service"): "X Syndication
    # Service" and 版权服务 are the licensing desk's names
    # 地址 is a postal address row's label; 邮箱地址 / 網站地址 only name the contact's kind
    # 听友来信：, 网站维护电话：, "Editorial:": desks that sell no licence
    # 媒体垂询 / "Media enquiries": the press office answers journalists, it sells no licence
    # the site's legal adviser (本网法律顾问：X律师事务所, 常年法律顾问, "Legal counsel") acts in disputes, it sells no licence
    r"|(?P<other>法律(?:顾问|顧問)|律(?:师事务|師事務)所|(?i:\blegal (?:advis[eo]rs?|counsel)\b|\blaw firm\b)|媒体垂询|媒體垂詢|媒体联络|媒體聯絡|媒体咨询|媒體諮詢|(?i:\b(?:media|press) (?:enquiries|inquiries|contacts?|relations|office|service|unit|desk|team|officers?|secretary)\b)"
    # (Macau's Portuguese "Contactos para a imprensa", Spanish "Contacto de prensa")
    # 查詢電話 / 一般查詢 / 傳媒查詢 (enquiries; 廣告查詢, 訂閱查詢, 轉載查詢 name their desks) and
    # 新聞聯絡人 answer questions; a press release's media-use line needs no one to ask
    # (bench/notices README, labelling decisions: press contacts are outside the notice)
    r"|(?<![告訂订閱阅載载權权訴诉])(?:查詢|查询)|新聞聯絡|新闻联络"
    r"|(?i:\bcontactos? (?:para a |de |da )?(?:imprensa|prensa)\b|\bassessoria de imprensa\b|\bpropriedade\b|\bendere[çc]o\b|\bmorada\b|\bsede\b|\bdirec[çc][ãa]o\b|\bdirecci[óo]n\b)|客服|总机|總機|意见|意見|反馈|反饋|回饋|投稿|投书|投書|读者信箱|讀者信箱|读者来信|讀者來信|读者热线|讀者熱線|(?<![请請载載])(?:来信|來信)(?=[ ]?[:：])|维护|維護|技术支持|技術支持|(?i:\beditorial\b(?! (?:licens|use|reuse|syndicat)))|传真|傳真|纠错|糾錯|更正|勘误|勘誤|错漏|錯漏|(?<![箱件邮郵站])地址|读者服务|讀者服務|编辑部|編輯部|总编室|總編室|办事处|辦事處|值班|服务热线|服務熱線|服务电话|服務電話|站长|站長|网站管理员|網站管理員|网管|網管|(?i:\bfax\b|\bweb ?master\b|\bcustomer\b|\bservice (?:desk|hotline|line|cent(?:er|re))\b|\bsubmissions?\b"
    r"|\baddress\b|\bfeedback\b|\bcorrections?\b|\berrata\b|\bletters? to the editor\b|\bcontributions\b|\bswitchboard\b|\be?pabx\b|\bmain (?:line|number|office)\b|\breception\b))"
)
# Every role word opens with a letter (Han or Latin): the lookahead skips other positions at once
# (a megabyte of digits and dashes took 1.4 s, close to the hostile-input limit; same matches).
_ROLE_WORDS = re.compile(r"(?=[^\W\d_])(?:" + _ROLE_WORDS.pattern + ")", _ROLE_WORDS.flags)
_ROLE_LOOKBACK = 50
_WORD_CHARS = 20  # letters a lookback may reach back to take a word it cut whole
# A fax line's label right before its number (传真：…, "Fax: …", "F: …" after "T: …"): the number
# takes no calls.
_FAX_LABEL = re.compile(r"(?:传真|傳真|(?i:\bfax\b|\bfacsimile\b))[ .]{0,2}(?:号码|號碼|(?i:no\.?|number))?[ ]{0,2}[:：]?[ ]{0,2}\Z")
_FAX_LOOKBACK = 16
# The site's keeper (站长, 網站管理員, webmaster): a desk of its own, unless a request names it.
_SITE_KEEPER = re.compile(r"站长|站長|网站管理员|網站管理員|网管|網管|(?i:web ?master)")
_KEEPER_LABEL = re.compile(r"[ ]?(?:信箱|邮箱|郵箱|电话|電話|(?i:e-?mail))?[ ]?[:：]?[ ]?")  # 站长信箱：, "Webmaster:"
# A contact followed by what it is for: "Call us on +44 … with your story", "… with news tips".
_TIP_FOLLOWS = re.compile(r"(?i:[^.\n。!?]{0,20}?\bwith (?:your|any) (?:stor(?:y|ies)|news ?tips?|tips?)\b)")
# "Contact editor@… for permission to reuse", "… to request reprint rights": the request after the contact
_LICENSING_FOLLOWS = re.compile(
    r"(?i:[ ,]{0,3}(?:for|to (?:request|ask for|seek|obtain|get)) (?:(?:the |a |your )?(?:written |prior )?permission"
    r"(?=[ ]to (?:re-?use|reprint|republish|reproduce|use|share|run|copy|syndicate)\b|[ ]{0,2}(?:[.,;)]|$))"
    r"|reprint(?:s|ing| rights)?\b|republi(?:cation|shing) (?:rights|requests)|licens(?:e|es|ing)\b|syndication\b|(?:re)?use rights\b))"
)
# a desk named in brackets right after its contact: 0577-88061273（版权合作）, bq@…（版权）
# ("(tips, corrections and story ideas)", "(advertising, subscriptions, reprints)": an English list of desks)
_ROLE_AFTER = re.compile(r"[ ]{0,2}[（(](?P<label>[^（）()\n]{1,12}|[A-Za-z][A-Za-z ,&/\-]{11,60})[)）]")
# A mailbox named for its desk (copyright@, banquan@, ads@, subscribe@, baoliao@, jubao@, tougao@;
# underwriting@, a public broadcaster's sponsorship desk): read when no label word stands before
# the address.
_MAILBOX_ROLE = re.compile(
    r"(?i:(?P<licensing>copyright|rights|licen[cs]\w*|permissions?|syndication|reprints?|banquan|bq|legal)"
    r"|(?P<tip>tips?|baoliao|newstips?)|(?P<advertising>ads?|advert\w*|guanggao|marketing|underwriting|sponsor\w*|classifieds?)"
    r"|(?P<subscription>subscri\w*|dingyue|circulation|faxing|members(?:hip)?)|(?P<complaint>jubao|complaints?|tousu)"
    # 投稿 (submissions), letters, obituaries, corrections, feedback, jobs and the press office:
    # desks that sell no licence, whatever row or ban they are printed in
    r"|(?P<other>webmaster|tougao|submissions?|letters|obits?|obituar\w*|corrections?|feedback|jobs|careers|press))(?=[._\-]?[a-z0-9]{0,6}@)"
)
# A credit the copy must print, given as a template holding the address (转载请注明：文章转载自 X [URL]).
# A credit row's label opening the line (链接：, 出处：, 原文链接：, "Source:"): the address after it
# is the article's own page or its source (a Q&A or blog platform's copy button prints them).
_CREDIT_ROW_LABEL = re.compile(
    rf"[ ]{{0,3}}{CREDIT_ROW_WORDS}[ ]{{0,2}}[:：]"
    r"|(?i:[ ]{0,3}(?:source|link|permalink|original(?: url| link| article)?)[ ]{0,2}:)"
)
_CREDIT_ROW_ASKS = re.compile(r"版[权權]|授[权權]|[转轉][载載]|[许許]可|(?i:licens|permission|reprint|republish)")
_NAMES_ADDRESS = re.compile(r"[\u3400-\u9fffA-Za-z][（(]\Z")
_ASKS_IN_CLAUSE = re.compile(r"联系|聯繫|联络|聯絡|登录|登錄|访问|訪問|申请|申請|请|請|详见|詳見|(?i:contact|visit|see|apply|write|e-?mail|call)")


def _names_own_address(folded: str, line_start: int, start: int, end: int) -> bool:
    """Whether the address at ``folded[start:end]`` is bracketed right after a name that opens
    its clause, the clause asking nothing and naming no desk (临川新闻网（www.x.example）所刊登的稿件…):
    the name's own address, no one to ask (a new user's trial, session 27)."""
    if not _NAMES_ADDRESS.match(folded, max(0, start - 2), start) or folded[end : end + 1] not in "）)":
        return False
    clause = folded[_after_last(folded, _CLAUSE_MARKS, line_start, start - 1) : start - 1]
    return _ROLE_WORDS.search(clause) is None and _ASKS_IN_CLAUSE.search(clause) is None
_CREDIT_TEMPLATE = re.compile(r"(?:转载|轉載)[^。\n]{0,6}?(?:注明|註明|标明|標明)")
# The link a copy must carry, printed with the address it is to point to ("link to the original at
# …", "a link back to the original story at …", "Original: …", 原文連結：…): the article's own
# page, no desk to ask.
_LINK_BACK_TARGET = re.compile(
    r"(?i:\b(?:hyper)?links?(?:[ ]back)?[ ](?:to|with)\b|\blink(?:ing)?[ ]back\b"
    r"|\boriginal(?:[ ](?:story|article|post|piece|report|version|url|link|address))?[ ]{0,2}(?:[:：]|\bat\b))"
    r"|原文(?:链接|連結|鏈接|网址|網址|地址)?[ ]{0,2}[:：]|原文(?:链接|連結|鏈接|网址|網址|地址)"
)
# Between that phrase and the address: a desk to write to or a licensing page ("link to our
# content, contact …", "the link to our licensing page: …") makes it a route again.
_LINK_BACK_THEN_DESK = re.compile(r"(?i:\b(?:contact|visit|e-?mail|call|write to|apply|request)\b)|联系|聯繫|洽")
_LINK_BACK_REACH = 60


def _link_back_target(folded: str, start: int) -> bool:
    """Whether the address at ``start`` is the one a copy's link must point to: a link-back
    phrase ends at most 60 characters before it in its sentence, with no desk to contact and no
    licensing word (a licensing page) between."""
    lo = max(_sentence_start(folded, folded.rfind("\n", 0, start) + 1, start), start - _LINK_BACK_REACH)
    last = None
    for last in _LINK_BACK_TARGET.finditer(folded, lo, start):
        pass
    if last is None:
        return False
    between = folded[last.end() : start]
    return not _LINK_BACK_THEN_DESK.search(between) and not any(
        w.lastgroup == "licensing" for w in _ROLE_WORDS.finditer(between)
    )


# A postal address on the contact's line before it: a street and number, a building and floor.
_ADDRESS = re.compile(
    r"[\u4e00-\u9fff](?:路|街|道|巷|弄|里)[ ]?[\d０-９]{1,5}[ ]?(?:号|號)|(?:大厦|大廈|中心|廣場|广场)[\w ]{0,6}?[\d０-９]{1,3}[ ]?(?:楼|樓|层|層)"
    r"|(?i:\b\d{1,5}[ ][A-Z][a-z]+(?:[ ][A-Z][a-z]+)?[ ](?:road|street|avenue|lane|drive|boulevard|square)\b)"
)
_IN_CLAIM_LINE = re.compile(rf"©|\([cC]\)|(?i:copyright)|{_OWNED_WORDS}")
_LABEL_END = re.compile(r"(?:[:：]|联系|聯繫|联络|聯絡|如下|(?i:contact|below))$")
# A prohibition without a use verb (未经授权禁止使用, "without prior written permission"): the
# notice still forbids, so its unlabelled contacts are for licensing.
# A media-use line on a press release (bench/notices README, labelling decisions: "press contacts
# below are outside the notice"): 欢迎传媒转载, 歡迎各媒體刊登, "may be freely reproduced by the
# media", Macau's "podem ser reproduzidos pelos órgãos de comunicação social".
_MEDIA_USE = re.compile(
    r"(?:欢迎|歡迎)(?:各|各大|新闻|新聞)?(?:传媒|傳媒|媒体|媒體)[^，。；\n]{0,6}?(?:转载|轉載|刊登|刊用|引用|使用)"
    r"|(?i:\b(?:media|press|news (?:outlets|organi[sz]ations))\b[^.\n]{0,30}?\bmay (?:freely )?(?:be )?(?:reproduc|republish|reprint|use|quote)"
    r"|\bmay be (?:freely )?(?:reproduced|republished|used|quoted) by (?:the )?(?:media|press|news)"
    r"|\bpel[oa]s (?:órgãos|orgaos|meios) de comunica[çc][ãa]o social\b)"
)
_BLANKET_DENY = re.compile(
    r"未[经經][^。\n]{0,20}?(?:许可|許可|授权|授權|同意)|(?:禁止|不得|严禁|嚴禁)(?:以任何[^。\n]{0,6})?使用"
    r"|(?i:without (?:the )?(?:prior )?(?:express )?(?:written )?(?:permission|consent))"
    # "Content may be used only with the written permission of the editorial board"
    r"|(?i:\bonly with (?:the )?(?:prior )?(?:express )?(?:written )?(?:permission|consent)\b)"
)


# A contact's own label (Corrections:, 发行部：) that names a desk but no role: the contact is
# that desk's, not the previous contact's; a label naming only the kind of contact (电话：,
# Email:) does not count.
_DESK_LABEL = re.compile(r"(?P<label>[A-Za-z\u4e00-\u9fff][A-Za-z\u4e00-\u9fff &\-]{1,24}?)[ ]{0,2}[:：][ ]{0,2}\Z")
_KIND_LABEL = re.compile(
    r"(?i:(?:tel|telephone|phone|mobile|cell|fax|e-?mail|mail|email address|whatsapp|wechat|line|contact|or))"
    # (电子邮箱, 网址, 在线申请: the kind or the way of a contact, not another desk)
    r"|(?:联系|聯繫|联络|聯絡|电子|電子)?(?:电话|電話|手机|手機|邮箱|郵箱|电邮|電郵|邮件|郵件|微信|方式|信箱)(?:地址)?|联系人|聯絡人|聯繫人|热线|熱線|座机|座機"
    r"|网址|網址|网站|網站|链接|鏈接|連結|(?:在线|線上|网上|網上)(?:申请|申請|办理|辦理)|(?i:website|web|url|online|link)"
    # where or when to call, not whom: 海外授权请拨：… 国内：…, "UK: … International: …"
    r"|国内|國內|海外|境外|境内|境內|国际|國際|本地|外地|内地|內地|大陆|大陸|香港|澳门|澳門|台湾|台灣|夜间|夜間|工作日|24小时|24小時"
    r"|(?i:domestic|international|overseas|local|worldwide|uk|us|usa|u\.s\.|hong kong|asia|europe|americas|toll[ -]free|after hours|out of hours)"
)


# A contact field's label (电话, 联系邮箱, "Customer service"): up to 16 letters, Han characters,
# spaces and hyphens before its colon.
_LABEL_TEXT = r"[A-Za-z\u4e00-\u9fff][A-Za-z\u4e00-\u9fff \-]{0,15}?"
# Words of a sentence that asks for a licence or states terms (如需转载请联系, "for permission
# contact"): a contact under a generic label inside it is the licensing route.
_TERMS_ASK = re.compile(
    r"转载|轉載|授权|授權|许可|許可|使用|引用|摘编|摘編|如需|如欲|若需|致电|致電|请|請|洽|不得|禁止|未经|未經|欢迎|歡迎"
    r"|(?i:reprint|republi|permission|licen[cs]|syndicat|\buse\b|reproduc|please|write to|call\b|prohibit|without)"
)
_ASKS_TO_CONTACT = re.compile(r"联系|聯繫|联络|聯絡|致电|致電|洽|(?i:\bcontact\b|\bcall\b|\bwrite to\b|\be-?mail\b)")
_FIELD_LABEL = re.compile(rf"{_LABEL_TEXT}[ ]{{0,2}}[:：]")
_ROW_SEPARATOR = re.compile(r"[ ]?[|｜][ ]?|[ ][·•][ ]")
_CONTACT_PERSON = re.compile(r"[^\n]{0,12}?(?:联系人|聯繫人|聯絡人|(?i:contact(?: person)?))[ ]{0,2}[:：]")
_LABEL_OPENS = re.compile(rf"[ ]{{0,3}}(?P<label>{_LABEL_TEXT})[ ]{{0,2}}[:：]")
_ASK_LINES_BACK = 3
# A contact person named by a Han label (联系人：陈女士), not an English "Contact:" before an address.
_NAMED_PERSON = re.compile(r"[^\n]{0,12}?(?:联系人|聯繫人|聯絡人|联络人)[ ]{0,2}[:：][ ]{0,2}[\u3400-\u9fff]")
_GENERIC_LABEL_BEFORE = re.compile(rf"(?P<label>{_LABEL_TEXT})[ ]{{0,2}}[:：][ ]{{0,2}}\Z")


def _generic_row_contact(folded: str, line_start: int, lo: int, start: int) -> bool:
    """Whether the contact at ``start`` is a contact row's switchboard, ``other`` by the labelling
    rules of bench/notices/README.md ("Roles"): printed under a label naming only its kind
    (电话：, Tel:, 联系电话：, Email:), outside a sentence that asks for a licence or states terms,
    and either in a row of several fields (電話：… 傳真：…, "Ltd | Tel: … | Customer service: …")
    or not under such a sentence at all (a company row above the claim, a row under a bare
    版权所有). A lone generic line under the ban (…不得转载。/ 联系邮箱：…), with contact-person,
    other contact and registration lines between, stays the licensing route."""
    m = _GENERIC_LABEL_BEFORE.search(folded, lo, start)
    # (the label is the field's last word: "X學系出版　聯絡信箱：" prints the publisher's row before it)
    if m is None or _KIND_LABEL.fullmatch((m.group("label").split() or [""])[-1]) is None:
        return False
    if _TERMS_ASK.search(folded, _sentence_start(folded, line_start, start), m.start()):
        return False
    line_end = folded.find("\n", start)
    line = folded[line_start : len(folded) if line_end < 0 else line_end]
    labels = [x.strip(" :：") for x in _FIELD_LABEL.findall(line)]
    if _NAMED_PERSON.match(line):
        return False  # 联系人：陈女士 电话：…: the contact person's own number, the route the notice names
    if any(_KIND_LABEL.fullmatch(x) is None for x in labels) or _ROW_SEPARATOR.search(line):
        return True  # one field of a row of desks (電話：… 傳真：…) or of a company's row (X Ltd | Tel: …)
    end = line_start - 1
    for _ in range(_ASK_LINES_BACK):
        if end <= 0:
            break
        begin = folded.rfind("\n", 0, end) + 1
        above = folded[begin:end]
        last = above[_sentence_start(above, 0, len(above.rstrip("。.!！ "))) :]
        row = _LABEL_OPENS.match(above)
        desk = row is not None and any(w.lastgroup == "licensing" for w in _ROLE_WORDS.finditer(row.group("label")))
        if desk or _ASKS_TO_CONTACT.search(last):
            return False  # a line above that sends the reader here (请联系本台总编室, 版权合作联系人：…)
        row = _LABEL_OPENS.match(above)
        if not (_CONTACT_PERSON.match(above) or _REGISTRATION.fullmatch(above.strip())
                or (row and _KIND_LABEL.fullmatch(row.group("label").strip()))):
            break  # neither a contact person's line, another contact row nor a registration line
        end = begin - 1
    return True


# A label naming a desk of its own right before the contact (学生事务电话：, 招生办邮箱：), when no role
# word names it: a desk, but no licensing one (联系电话： names no desk).
_OWN_DESK_LABEL = re.compile(
    r"(?<![\u3400-\u9fff])(?!联系|聯繫|联络|聯絡)[\u3400-\u9fff]{2,8}?(?:电话|電話|热线|熱線|邮箱|郵箱|信箱|手机|手機)[ ]?[:：][ ]?$"
)


# A list item's mark opening a line (e) / 5) / (iv), or only the spaces left where the mark was blanked.
_ITEM_MARK = re.compile(rf"[ ]{{0,6}}(?:[(（](?:{ITEM_LETTER}|\d{{1,2}})[)）][ ]?)?")


def _sentence_start(folded: str, lo: int, at: int) -> int:
    """Where the sentence holding offset ``at`` starts, at ``lo`` or after (。！？ or ". ")."""
    cut = max(folded.rfind(mark, lo, at) for mark in ("。", "！", "？", ". ", "! ", "? "))
    return lo if cut < 0 else cut + 1


# (and a space before a Han label with its colon: 商务合作请联系微信：xiaolu_biz 投稿邮箱：…)
_HAN_SPACE = re.compile(r"(?<=[\u3400-\u9fff])[ ]+(?=[\u3400-\u9fff])|(?<=\S)[ ]+(?=[\u3400-\u9fff]{2,8}[ ]?[:：])")
# What ends a clause before a contact: sentence and clause punctuation, a line break, a bar, an
# ideographic space.
# (a footer's middle dot and bullet part its desks as a bar does: "Licensing — … · Advertise — …")
_CLAUSE_MARKS = "。！？；;，,\n|｜　·•"


def _after_last(folded: str, marks: str, lo: int, hi: int) -> int:
    """Where the text after the last of ``marks`` in ``folded[lo:hi]`` starts (``lo`` when none)."""
    return max(lo, max((folded.rfind(ch, lo, hi) for ch in marks), default=-1) + 1)


def _purpose_words(folded: str, seg: int, start: int, floor: int) -> list[re.Match[str]]:
    """The licensing word of the purpose a sentence opens with, when the contact's own clause
    (``folded[seg:start]``) only asks to contact a desk: "To subscribe or to license our
    content, contact our Marketing Department at …" (the desk's name says less than the purpose).
    Without a licensing word, the complaint a sentence opens with: "If you have a complaint about
    editorial content …, please contact the editor at …" (the complaints paragraph of UK titles
    regulated by IPSO). Empty otherwise; the sentence starts at ``floor`` at the earliest."""
    if not _CONTACT_VERB_OPENS.match(folded, seg, start):
        return []
    sentence = _after_last(folded, "。！？；;!?\n", floor, seg)
    words = list(_ROLE_WORDS.finditer(folded, sentence, seg))
    licensing = [w for w in words if w.lastgroup == "licensing"][-1:]
    if licensing:
        return licensing
    # (an English sentence's end bounds it too: "… regulated by IPSO. If you have a complaint …")
    opening = _sentence_start(folded, sentence, seg)
    return [w for w in words if w.lastgroup == "complaint" and w.start() >= opening][:1]


# A sentence whose subject is the request it routes: "Reprint permission requests should be sent to
# the Business Manager at …", "Licensing enquiries may be directed to …".
_REQUESTS_ROUTED = re.compile(
    r"(?i:\b(?:requests?|enquiries|inquiries|questions|queries|applications?)\b[^.;\n]{0,40}?"
    r"\b(?:be[ ])?(?:sent|directed|addressed|e-?mailed|forwarded|submitted|made|referred)[ ]to\b"
    # "Licensing is handled by our agent X: …", "To license this content, visit our partner X at …"
    r"|\b(?:is|are)[ ](?:handled|managed|administered)[ ]by\b|\bto[ ](?:license|licence|republish|reprint|syndicate)\b[^.;\n]{0,60}?\b(?:visit|contact|call|e-?mail|write to)\b)"
)


def _request_words(folded: str, start: int, floor: int) -> list[re.Match[str]]:
    """The role word of the request a sentence routes to the contact ("Reprint permission
    requests should be sent to the Business Manager at …"): the last role word before the
    routing verb; empty when the sentence routes nothing."""
    sentence = _after_last(folded, "。！？；;!?\n", floor, start)
    routed = _REQUESTS_ROUTED.search(folded, sentence, start)
    if routed is None:
        return []
    return list(_ROLE_WORDS.finditer(folded, sentence, routed.end()))[-1:]


# A heading line over contact rows: a few words, no sentence or field punctuation.
_HEADING_LINE = re.compile(r"[^\n。，,.!?！？:：;；|｜@\d]{2,40}")
# A clause that opens by asking to contact a desk ("contact our Marketing Department at", 请联系本报广告部)
# ("apply online at …", "submit a request at …": the route of a request, as "contact" is)
_CONTACT_VERB_OPENS = re.compile(
    r"[ ]{0,2}(?:(?i:please[ ])?(?i:contact|e-?mail|call|phone|ring|telephone|write to|reach|apply(?: online)?(?: at| via| through)?|submit)\b"
    r"|(?:请|請)?(?:联系|聯繫|联络|聯絡|致电|致電))"
)
# A line's opening label (up to its colon): "Reprint requests:", 版权合作：
_LINE_LABEL = re.compile(r"[^\n:：。.,，;；]{1,30}[:：]")
# The second half of a label split by a bar (转载授权｜商务合作：): a few characters and the colon.
_LABEL_AFTER_BAR = re.compile(r"[ ]{0,2}[^\s:：|｜]{1,8}[ ]{0,2}[:：][ ]{0,2}")
_LABEL_HALF_CHARS = 6
# An English sentence's end: a word of three lower-case letters or more, a full stop, a capital
# ("reserved. News tips:"); "Ltd. ", "Inc. " and "No. " end no sentence here.
# (so does a number's full stop: "Tips? Text 555-0199. Complaints: …"; not a question's mark, whose
# question names the desk of the answer: "Questions about republishing? Email …")
_EN_SENTENCE_END = re.compile(r"(?:(?<=[a-z]{3})|(?<=\d))\.[ ]+(?=[A-Z])")


_ABOUT = re.compile(r"[ ](?:about|regarding|concerning|relating to|related to|on|over)[ ][^:：\n。.;；]{0,60}")


def _heads_only(words: list[re.Match[str]], folded: str) -> list[re.Match[str]]:
    """``words`` without those inside the object of an earlier one ("Complaints about service
    delivery: …" is the complaints desk, not a delivery desk): a role word followed by about,
    regarding, on … names what its desk handles, up to the label's colon."""
    if len(words) < 2:
        return words
    kept: list[re.Match[str]] = []
    object_end = -1
    for w in words:
        if w.start() < object_end:
            continue
        kept.append(w)
        if w.lastgroup and (m := _ABOUT.match(folded, w.end())):
            object_end = m.end()
    return kept


def _with_head_before(words: list[re.Match[str]], folded: str, opening: int, lo: int, start: int) -> list[re.Match[str]]:
    """``words`` (found from ``lo``) read with the sentence's words from ``opening``: a word in the
    object of a head before ``lo`` ("Complaints about service delivery: District Client Charter
    Desk, Toll free: …", the head cut off by the lookback) gives way to that head."""
    full = _heads_only(list(_ROLE_WORDS.finditer(folded, opening, start)), folded)
    kept = {w.start() for w in full}
    dropped = [w for w in words if w.start() not in kept]
    if not dropped:
        return words
    heads = [w for w in full if w.start() < lo and (m := _ABOUT.match(folded, w.end())) and m.end() > dropped[0].start()]
    return heads + [w for w in words if w.start() in kept]


def _desk_word(words: list[re.Match[str]]) -> re.Match[str]:
    """The role word that decides for one label naming several desks ("Reprints and advertising",
    "Tips and corrections", "Subscriptions / customer service"): a licensing word, else the first
    word of a desk with a role of its own, else the last word (``words`` is not empty). The
    licensing desk wins because the contact is whom to ask for a licence (bench/notices README,
    "Roles"); ``other`` words (customer service, corrections) name the general desk the named one
    shares."""
    return (
        next((w for w in reversed(words) if w.lastgroup == "licensing"), None)
        or next((w for w in words if w.lastgroup != "other"), None)
        or words[-1]
    )


def _own_desk_label(between: str) -> bool:
    """Whether the text between two contacts ends in a label of a desk of its own (see _DESK_LABEL)."""
    m = _DESK_LABEL.search(between)
    return m is not None and _KIND_LABEL.fullmatch(m.group("label").strip()) is None


def _assign_roles(
    folded: str, spans: list[tuple[int, int]], uses_stated: bool
) -> list[str]:
    """The role of each contact span (sorted by start), read from the words before it.

    The nearest role word between the previous contact (or the line start, at most 50
    characters back) and the contact decides; a contact without one takes the role of the
    contact before it on the same line, else ``licensing`` in a notice that forbids or permits
    use (``other`` when the notice names its licensing desk for another contact, or other desks
    on the contact's line), else ``other``.
    """
    roles: list[str] = []
    defaulted: set[int] = set()  # contacts given ``licensing`` for want of a role of their own
    generic: set[int] = set()  # contacts under a label naming only their kind, read as the switchboard
    named: set[int] = set()  # contacts whose role a label word names (轉載授權：…)
    bracketed: set[int] = set()  # contacts whose desk a bracket after them names
    lines_of: list[int] = []  # where each contact's line starts
    prev_end = 0
    prev_line = -1
    block_role: str | None = None
    for start, end in spans:
        line_start = folded.rfind("\n", 0, start) + 1
        lo = max(line_start, prev_end, start - _ROLE_LOOKBACK)
        while lo > max(line_start, prev_end) and lo > start - _ROLE_LOOKBACK - _WORD_CHARS and folded[lo - 1].isalpha() and folded[lo].isalpha():
            lo -= 1  # the lookback cuts no word ("Complaints about service delivery: Charter Desk, Toll free: …")
        if lo > line_start >= prev_end and (opening := _LINE_LABEL.match(folded, line_start, start)) and not any(
            ch in folded[opening.end() : start] for ch in _CLAUSE_MARKS
        ):
            lo = line_start  # "Reprint questions: Harbour Ledger partnerships desk – …": the line's label speaks for it
        words = _heads_only(list(_ROLE_WORDS.finditer(folded, lo, start)), folded)
        if words and (opening_at := _sentence_start(folded, max(line_start, prev_end), lo)) < lo:
            words = _with_head_before(words, folded, opening_at, lo, start)
        after = _ROLE_AFTER.match(folded, end)
        after_words = list(_ROLE_WORDS.finditer(after.group("label"))) if after else []
        if after_words:
            # 0577-88061273（版权合作）: the bracket after the contact names its desk; one naming
            # several ("advertising, subscriptions, reprints") is read as a label naming two desks
            words = [_desk_word(after_words)]
            bracketed.add(len(roles))
        else:
            seg = _after_last(folded, _CLAUSE_MARKS, lo, start)
            if not words:
                words = _purpose_words(folded, seg, start, max(line_start, prev_end)) or _request_words(
                    folded, start, max(line_start, prev_end)
                )
            else:
                # one label naming two desks (转载授权、商务合作：…): the contact serves licensing too
                if seg - 1 > lo and folded[seg - 1] in "|｜" and _LABEL_AFTER_BAR.fullmatch(folded, seg, start):
                    # 转载授权｜商务合作：…: one label naming two desks with a bar between them (a
                    # short first half: "未经授权不得转载 | 广告合作：" is a ban, then a desk)
                    half = _after_last(folded, _CLAUSE_MARKS, lo, seg - 1)
                    seg = half if len(folded[half : seg - 1].strip()) <= _LABEL_HALF_CHARS else seg
                spaced = list(_HAN_SPACE.finditer(folded, seg, start))  # 未经许可不得转载 新闻热线：… (two clauses)
                seg = spaced[-1].end() if spaced else seg
                ended = list(_EN_SENTENCE_END.finditer(folded, seg, start))  # "All rights reserved. News tips: …"
                seg = ended[-1].end() if ended else seg
                own = [w for w in words if w.start() >= seg]
                if any(w.lastgroup == "licensing" for w in own):
                    words = [next(w for w in reversed(own) if w.lastgroup == "licensing")]
                elif (
                    own
                    and (purpose := _purpose_words(folded, seg, start, max(line_start, prev_end)))
                    and not any(
                        w.lastgroup == own[-1].lastgroup
                        for w in _ROLE_WORDS.finditer(folded, _after_last(folded, "。！？；;!?\n", max(line_start, prev_end), seg), seg)
                    )
                ):
                    # "For permission, contact the newsroom at …": the sentence's purpose names
                    # what the desk is asked for; the desk's own name says less (unless the
                    # purpose names the desk's own role too: "To share a news tip or to
                    # republish our stories, contact the newsroom")
                    words = purpose
                elif len(own) > 1:
                    words = [_desk_word(own)]  # "Tips and corrections: …": one label naming two desks
                elif not own:
                    # the contact's own clause names no desk with a role ("contact our Marketing Department at")
                    # ("… permission of the editorial board. Requests: …": the board is the ban's
                    # party, not the desk of the sentence after it)
                    kept = [w for w in words if w.lastgroup != "other"] if ended else words
                    words = _purpose_words(folded, seg, start, max(line_start, prev_end)) or kept
                    named_desk = _MAILBOX_ROLE.match(folded, start, end)
                    sentence = _sentence_start(folded, line_start, start)
                    if (
                        named_desk is not None and named_desk.lastgroup not in (None, "licensing")
                        and all(w.start() < sentence for w in words)
                    ):  # fmt: skip
                        # "未经授权不得转载。联系我们 tougao@…": a mailbox named for another desk is
                        # that desk's, whatever the sentence before it asks for (not "For reprint
                        # permission, email press@…": its own sentence asks)
                        words = []
        # "Call us on … with your story": what follows the contact says what it is for
        follows = None
        if not words:
            follows = "tip" if _TIP_FOLLOWS.match(folded, end) else "licensing" if _LICENSING_FOLLOWS.match(folded, end) else None
        label = None
        line_end = folded.find("\n", end)
        alone = not folded[line_start:start].strip() and not folded[end : len(folded) if line_end < 0 else line_end].strip()
        if (
            not words and not follows and alone and roles and (len(roles) - 1) in named
            and folded.rfind("\n", 0, max(0, line_start - 1)) + 1 == prev_line
        ):
            label = roles[-1]  # 新闻热线：0531-…<br>0531-…: a second number under the labelled one
        elif not words and block_role and folded.rfind("\n", 0, max(0, line_start - 1)) + 1 == prev_line:
            label = block_role  # the next line of a block under a label line
        elif not words and prev_line != line_start and line_start > 0:
            # "版权合作请联系：\n电话：…": a label that ends the line before speaks for this line
            prev_start = folded.rfind("\n", max(0, line_start - 1 - _ROLE_LOOKBACK), line_start - 1) + 1
            before = folded[max(prev_start, line_start - 1 - _ROLE_LOOKBACK) : line_start - 1].rstrip()
            if _LABEL_END.search(before) or (prev_start >= line_start - 1 - _ROLE_LOOKBACK and _HEADING_LINE.fullmatch(before)):
                # (or a heading line of its own over the contacts: "Newsroom", "Send us your news",
                # 版权合作; bench/notices README, heading rule)
                found = list(_ROLE_WORDS.finditer(before))
                label = (_desk_word(found).lastgroup or "other") if found else None
        block_role = None
        mailbox = _MAILBOX_ROLE.match(folded, start, end) if not (words or follows) else None
        if words:
            role = words[-1].lastgroup or "other"
            keeper = words[-1]
            if (
                _SITE_KEEPER.fullmatch(keeper.group()) and not _KEEPER_LABEL.fullmatch(folded, keeper.end(), start)
                and any(w.lastgroup == "licensing" and w.start() >= _sentence_start(folded, line_start, start) for w in words)
            ):  # fmt: skip
                role = "licensing"  # "For permission to reprint, email the webmaster at …": the request's desk
            named.add(len(roles))
        elif follows:
            role = follows
            named.add(len(roles))
        elif mailbox:
            # 邮箱：copyright@… after 订阅热线：…: the mailbox's own name says whose desk it is
            role = mailbox.lastgroup or "other"
            if label == role:
                block_role = label  # Syndication / syndication@… / +1 …: the heading still speaks for the next line
        elif prev_line == line_start and roles and not _own_desk_label(folded[lo:start]):
            role = roles[-1]
        elif prev_line == line_start and roles:
            role = "other"  # "Advertising: ads@… | Corrections: fix@…": a desk of its own, not the one before
        elif label:
            role = block_role = label
        elif (opening := _LINE_LABEL.match(folded, line_start, start)) and (
            found := [w for w in _ROLE_WORDS.finditer(opening.group()) if w.lastgroup]
        ):
            # "Reprint requests: Reprints Desk, 12 Mill Lane, …; phone …": the line's label,
            # further back than the lookback, speaks for the contacts after the desk's address
            role = _desk_word(found).lastgroup or "other"
        elif (
            (opener := _ROLE_WORDS.match(folded, _ITEM_MARK.match(folded, line_start).end())) is not None
            and opener.lastgroup and opener.end() <= start
        ):  # fmt: skip
            # "(e) Complaints about our content may be sent to the Information Officer, tel. …":
            # the word the item opens with says whose desk it gives, however far back
            role = opener.lastgroup
        elif _IN_CLAIM_LINE.search(folded, _sentence_start(folded, line_start, start), start):
            role = "other"  # "Copyright © 2024 by www.example.cn": the holder's name, not a desk
        elif _ADDRESS.search(folded, line_start, start):
            role = "other"  # the address row's number is the switchboard (…路5号 電話：…)
        elif _generic_row_contact(folded, line_start, lo, start):
            role = "other"  # "Tel: …" in a contact row, outside the ban's sentence: the switchboard
            generic.add(len(roles))
        elif _OWN_DESK_LABEL.search(folded, max(line_start, start - _ROLE_LOOKBACK), start):
            role = "other"  # 学生事务电话：… — a desk named for something else than licences
        else:
            role = "licensing" if uses_stated else "other"
            defaulted.add(len(roles))
        roles.append(role)
        lines_of.append(line_start)
        prev_end, prev_line = (after.end() if after_words else end), line_start
    if generic:
        # 联系电话：…　邮箱：copyright@…: a row whose other contact is the licensing desk's is that desk's row
        # (not a row of several desks: 電話：… 傳真：… 廣告部：… 轉載授權：…)
        desk_rows = {lines_of[k] for k, r in enumerate(roles) if r == "licensing" and k not in defaulted} - {
            lines_of[k] for k, r in enumerate(roles) if r != "licensing" and k not in generic
        }
        # A desk's label speaks for the generic contacts after it on its row (转载授权：phone　邮箱：…),
        # not for one before it ("Email: newsdesk@… · Syndication: sales@…"); a mailbox named for
        # the desk (copyright@) speaks for its whole row.
        def desk_row_contact(k: int) -> bool:
            row = [j for j in range(len(roles)) if lines_of[j] == lines_of[k] and roles[j] == "licensing" and j not in defaulted]
            return any(j < k or j not in named for j in row)

        roles = [
            "licensing" if k in generic and lines_of[k] in desk_rows and desk_row_contact(k) else r for k, r in enumerate(roles)
        ]
    if defaulted:
        # the notice names its licensing desk (轉載授權：rights@…), or other desks share the line
        # (電話：… 廣告部：… 發行部：…): a contact with no role of its own is the general line there
        licensing_named = any(roles[k] == "licensing" for k in named)
        desk_lines = {lines_of[k] for k in named if roles[k] != "other"}
        roles = ["other" if k in defaulted and (licensing_named or lines_of[k] in desk_lines) else r
                 for k, r in enumerate(roles)]
    for k in sorted(bracketed):
        # "newsroom@… / 207-555-0170 (tips, corrections and story ideas)": the bracket closes the
        # desk's pair of contacts and names the desk of both
        if k and lines_of[k - 1] == lines_of[k] and _CONTACT_PAIR.fullmatch(folded, spans[k - 1][1], spans[k][0]):
            roles[k - 1] = roles[k]
    routed = _ROUTED_DESK.search(folded)
    if routed and "other" in roles:
        # 转载请与本刊编辑部联系。编辑部电话：…: the desk the reprint request names is the licensing route
        desk = routed.group("desk")
        roles = [
            "licensing" if r == "other" and desk in folded[max(routed.end(), start - _ROLE_LOOKBACK) : start] else r
            for r, (start, _) in zip(roles, spans)
        ]
    return roles


# What joins two contacts of one desk: a slash, "or", a comma.
_CONTACT_PAIR = re.compile(r"[ ]{0,2}(?:/|,|(?i:or|and|&))[ ]{0,2}")


# A reprint request that names the desk to ask (转载请与本刊编辑部联系, 如需转载请联系本报新媒体中心).
_ROUTED_DESK = re.compile(
    r"(?:转载|轉載|授权|授權|引用)[^。；;.\n]{0,8}?(?:与|與|联系|聯繫|联络|聯絡|致电|致電|洽)(?:本刊|本报|本報|本网|本網|本站|本台|本社|本会|本會)?"
    r"(?P<desk>[\u4e00-\u9fff]{1,6}?(?:部|中心|室|组|組|处|處))"
)


_ANALYSE_CHARS = 20_000
"""Characters of a notice read for its rights holder, uses, permissions and conditions. A
notice states them in a few sentences; a longer "notice" is a page of something else, and this
keeps hostile input cheap. Contacts are looked for in the whole text."""


# --- entry point -------------------------------------------------------------------------------
# A request for a licence (转载授权, "syndication and reprint requests"), as against a takedown
# address (如有侵权请联系删除, "to report copyright infringement"), which a disclaimer gives too.
# A public account speaking of itself (本号原创, 本公众号所有文章).
_ACCOUNT_SELF = re.compile(r"本号|本號|本公众号|本公眾號|本账号|本帳號")
# 临江报业集团（以下简称“本集团”）……著作权均归本集团所有: a long statement names its publisher once and
# speaks of it by the self-word after; the claim is the defined name's (the name's own run of text)
# (found by its bracket first, the name then read back from it: a name tried at every position of
# a long text was a scan of 40 characters per position)
_SELF_DEFINED = re.compile(
    rf"[ ]?[（(](?:以下|下文|下)?(?:简称|簡稱|称|稱)(?:为|為)?[:：]?[ ]?[“\"「『]?{_SITE_ITSELF}[”\"」』]?[）)]"
)
_NAME_BREAK = re.compile(rf"[{_PUNCT}（(]")


def _self_defined_name(folded: str) -> tuple[int, int] | None:
    """``(start, end)`` of the party a notice defines as itself (X（以下简称“本集团”））: the run of
    2 to 40 characters before the bracket, back to a punctuation mark; ``None`` when none."""
    for _, m in zip(range(_MAX_CUES), _SELF_DEFINED.finditer(folded)):
        lo = max(0, m.start() - 40)
        breaks = [b.end() for b in _NAME_BREAK.finditer(folded, lo, m.start())]
        start = breaks[-1] if breaks else lo
        if m.start() - start >= 2:
            return start, m.start()
    return None
# "Riverbend Publishing Ltd (the "Publisher") … the copyright of the Publisher", "operated by X Inc.
# ("we", "us" or "our") … owned by us": terms that define their party once and claim for it after
# (the definition found by its bracket, the name then read back to it from the capitals before it:
# a name tried at every position of a long text was the cost)
_EN_SELF_DEFINED = (
    re.compile(
        r"[ ]?\([ ]?(?:(?:hereinafter|hereafter)[ ])?(?:(?:referred to as|called|known as)[ ])?(?:the[ ])?"
        r"[“\"](?P<alias>[Ww]e|[Uu]s|[A-Z][a-z]{2,15})[”\"]"
    ),
    re.compile(_EN_NAME),
)
_EN_DEFINED_REACH = 400
"""Characters before the definition its party's name may start at (ten words at most)."""
_CAPITAL_START = re.compile(r"(?<![A-Za-z0-9])[A-Z0-9]")


def _en_self_defined(folded: str) -> tuple[int, int, str] | None:
    """``(start, end, alias)`` of the party English terms define as themselves ("X Ltd (the
    "Publisher")", "X Inc. ("we")"): the leftmost name of :data:`_EN_NAME` shape that runs up to
    the bracket, ``None`` when there is none."""
    tail, name = _EN_SELF_DEFINED
    for _, m in zip(range(_MAX_CUES), tail.finditer(folded)):
        lo = max(0, m.start() - _EN_DEFINED_REACH)
        for _, c in zip(range(_MAX_CUES * 2), _CAPITAL_START.finditer(folded, lo, m.start())):
            if name.fullmatch(folded, c.start(), m.start()):
                return c.start(), m.start(), m.group("alias")
    return None
_EN_DEFINED_CLAIM = re.compile(r"©|(?i:copyright|owned by|property of|all rights reserved)")
# A statement's heading that names its publisher: 晨光日报社版权声明, 港島日報法律聲明
_NAMED_HEADING = re.compile(
    rf"[ 【\[]{{0,2}}(?P<name>[^\s{_PUNCT}（(]{{2,30}}?)(?:版[权權]|著作[权權]|法律|网站|網站)(?:声明|聲明|公告|告示)[】\]]?[ ]{{0,2}}[:：]?[ ]{{0,2}}(?:\n|$)"
)
# (what a heading names before 版权声明 that is no publisher: 本网, 免责, a joined word: 免责及)
_NOT_A_HEADING_NAME = re.compile(rf"{_SITE_ITSELF}|免[责責]|.*[和及与與]$")
_DEFINED_LEAD = re.compile(r"^.*?(?:由|系|是|为|為|即)(?=[^由系是为為即]{2})")  # 本网站由X（以下简称…）主办: X
_LICENCE_REQUEST = re.compile(r"转载|轉載|授权|授權|版权合作|版權合作|(?i:syndicat|reprint|republi|licens|permission)")
_DISCLAIMER_OPENS = re.compile(r"[ 【\[]{0,3}(?:免责声明|免責聲明|(?i:disclaimer))")
_TAKEDOWN_WORDS = re.compile(r"侵权|侵權|侵删|侵刪|删除|刪除|(?i:infring|takedown|dmca)")
_PERSONAL_SITE = re.compile(
    r"(?P<owner>[^\s的]{1,20}?)的(?:个人|個人)?(?:博客|部落格|网志|網誌|主页|主頁|小站|专栏|專欄)$"
    r"|(?P<en>[A-Z][\w.\- ]{1,40}?)['’]s (?:[Bb]log|[Nn]otebook|[Hh]omepage)$"
)


def _without_desk_lines(text: str) -> str | None:
    """``text`` without its licensing desks' lines (see :func:`~reprint_guard.notice.find.is_desk_line`),
    or ``None`` when it has none or is nothing else."""
    lines = text.split("\n")
    kept = [line for line in lines if not is_desk_line(line)]
    if len(kept) == len(lines) or not "".join(kept).strip():
        return None
    return "\n".join(kept)


# Read as nothing: an emoji's variation selector (©️). Read as a space: a box drawn round a notice
# in a text view (┌──┐ / │ 版权所有：X │, Unicode's Box Drawing block) frames it, so no name runs
# into the frame.
_READ_AS = {**dict.fromkeys(range(0xFE00, 0xFE10)), **dict.fromkeys(range(0x2500, 0x2580), " ")}
# Markdown's bold marks round a notice in a text view (**© 2025 X.** All rights reserved): no part of a name.
_MARKDOWN_BOLD = re.compile(r"\*\*|__(?=\w)|(?<=\w)__")
# A space other than U+0020 in a holder's name (&nbsp; between its words, a thin space) is the
# page's typesetting: the name is reported with plain spaces.
_ODD_SPACE = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f]")
# Full-width Latin letters, digits and the marks between them in a name (Ｔｈｅ Ｘ．Ａｌｌ ｒｉｇｈｔｓ…): read
# as their ASCII forms, so the name's rules (its end, a legal form) apply.
_FULL_WIDTH_LATIN = re.compile(r"[Ａ-Ｚａ-ｚ]")
_FULL_WIDTH_TO_ASCII = {**{c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}, 0x3000: 0x20}


def parse_notice(
    text: str, *, default_region: str = "CN", site: str | None = None, author: str | None = None
) -> LicenceNotice:
    """Parse a licensing-notice block into rights holder, contacts and forbidden uses.

    Args:
        text: the notice block, any length; Chinese (Simplified or Traditional) or English.
            Full-width digits, letters and punctuation and any Unicode dash are read as their
            ASCII forms; every returned ``as_written`` is still a substring of ``text``.
        site: the publishing site's name as the page states it (``og:site_name``, the 来源
            line); taken as the rights holder when the notice states terms of use (欢迎转载，请
            注明出处; a Creative Commons licence) or claims the text for 本网/本站/本报/本刊
            without naming who grants them, never when it says the author holds the rights.
        author: the article's byline as the page states it (作者：X, 文/X, "By X", the author
            element or meta); taken as the rights holder when the notice gives the rights to
            the author without naming them (版权归作者所有, 本文为博主原创, 未经作者许可,
            "copyright remains with the author").
        default_region: ISO 3166-1 alpha-2 region for numbers written without a country code
            (``"CN"`` reads ``0931-8159799`` as ``+869318159799``). Chinese-format candidates
            (area-code landlines, 1[3-9] mobiles, 400/800 numbers) are only looked for when it
            is ``"CN"``.

    Returns:
        A :class:`LicenceNotice` with ``text`` verbatim and

        * ``rights_holder``: 2-80 characters as written (surrounding 《》「」『』“” dropped), by
          cue strength: a grant (授予X进行保护, 授权X独家使用), 版权/著作权归X所有, the
          article's own claim (本文为X原创, 声明：X独家稿件, 经X授权转载, 由X授权发布), X版权所有 /
          版权所有 X, a licensed source (本文来自X … 经授权), "© 2024 X" / "Copyright 2024 by X"
          / "X. All rights reserved", "published under licence from X", "No X material may be
          republished", 未经X许可 / "permission of X", the credit asked for (注明出处“X”), else a
          notice that is only a name. A claim by 本网/本站/本报/本刊 (or a bare 版权所有), or terms
          stated without a name, give ``site``; a claim by 作者/博主 gives ``author`` (or ``None``), as do
          disclaimers, platform statements, credit lines and notices that name nobody.
        * ``phones``: distinct ``(e164, extension)`` pairs in text order. E.164 strings have
          8-15 digits after ``+`` (ITU-T E.164). Candidates come from ``phonenumbers``'
          ``PhoneNumberMatcher`` (leniency ``VALID``) over the folded text, from ``+`` runs
          with trailing groups dropped until they parse, and from patterns for
          China's numbering plan (0 + area code 10/2X/3 digits + 7-8 digit subscriber, mobiles,
          400/800), checked with ``phonenumbers.parse``/``is_valid_number``/``number_type``.
          A well-formed Chinese landline that the metadata rejects is kept as ``landline``.
          Types: ``landline`` (FIXED_LINE), ``mobile``, ``service`` (400/800, TOLL_FREE,
          SHARED_COST, UAN) or ``unknown``. Dates, postcodes and manuscript numbers fail
          these checks.
        * ``emails``: distinct lower-cased addresses in text order, including ``＠``,
          ``[at]``/``(at)``/``{at}``/`` at ``/小老鼠/艾特 with ``[dot]``/``(dot)``/`` dot ``/点
          obfuscations (either one alone too, but a bare `` at `` needs an obfuscated dot), a
          stand-in symbol the notice says to replace with ``@`` and zero-width characters, that
          yield a domain with an alphabetic top-level label.
        * ``urls``: distinct ``http(s)://`` URLs and bare ``www.`` hosts in text order, as
          written (full-width forms folded to ASCII), trailing punctuation stripped; a URL
          labelled as the article's own address (链接：, 原文链接：, Permalink:) is no contact
          and left out.
        * ``forbidden_uses``: the subset of :data:`~reprint_guard.models.FORBIDDEN_USES` the
          notice forbids (不得/禁止/严禁/未经…许可, "may not", "without permission", ...); a
          use that is welcomed (欢迎转载) is not forbidden.
        * ``licence``: the open licence granted, by short name: a Creative Commons id
          (``"CC BY-NC-ND 4.0"``) or the UK's Open Government Licence (``"OGL v3.0"``, ``"OGL"``
          without a version; its terms are CC BY's: reuse, adaptation, commercial use, credit).

    Raises:
        TypeError: ``text`` is not a ``str``.
        ConfigError: ``default_region`` is not a region ``phonenumbers`` knows.

    Runs in time linear in ``len(text)`` (about a second per megabyte): patterns have bounded
    repetition, ``PhoneNumberMatcher`` only sees windows around digits (at most 50 000
    characters of them), at most 200 candidates per phone finder are parsed and the first 20
    occurrences of each rights-holder cue are examined.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_notice expects str, got {type(text).__name__}; decode bytes first")
    region = default_region.upper() if isinstance(default_region, str) else ""
    if region not in phonenumbers.SUPPORTED_REGIONS:
        raise ConfigError(
            f"default_region {default_region!r} is not a known region; use an ISO 3166-1 "
            "alpha-2 code such as 'CN', 'HK', 'TW', 'GB' or 'US'"
        )
    # a letter-spaced claim (华 民 网 版 权 所 有) names its holder closed up; an emoji's variation
    # selector after the sign (©️) and a box's lines are no part of a name (:data:`_READ_AS`)
    read = unspaced(text).translate(_READ_AS)
    if "**" in read or "__" in read:
        read = _MARKDOWN_BOLD.sub(lambda m: " " * len(m.group()), read)
    read = _without_letter_c(read)
    notice = _parse(read, region, site, author)
    if read != text:
        notice = replace(notice, text=text)
    core = _without_desk_lines(read)
    if core is None:
        return notice
    # a licensing desk's line (版权合作：x@y.cn, 授權合作：(02)…) says whom to ask, not who holds
    # the rights or what is forbidden: those are read from the notice's other lines
    inner = _parse(core, region, site, author)
    return replace(
        notice,
        rights_holder=inner.rights_holder,
        forbidden_uses=inner.forbidden_uses,
        permitted_uses=inner.permitted_uses,
        conditions=inner.conditions,
        licence=inner.licence,
    )


# "(a) … (b) … (c) To republish …": a lettered clause's label, not a copyright sign
_LETTER_B = re.compile(r"(?:^|(?<=[\s.;。；]))\((?P<b>[bB])\)[ \t]{0,3}(?=[A-Za-z\u3400-\u9fff])")
_LETTER_C = re.compile(r"(?:^|(?<=[\s.;。；]))\([cC]\)(?=[ \t]{0,3}[A-Za-z\u3400-\u9fff])")


def _norm_alias(name: str) -> str:
    """``name`` as a defined alias is compared: casefolded, a leading "the" dropped."""
    return re.sub(r"^the[ ]+", "", name.strip().casefold())


def _without_letter_c(text: str) -> str:
    """``text`` with a lettered list's ``(c)`` label blanked (same length) when a ``(b)`` label
    of the same case comes before it; any other ``(c)`` stays a copyright sign."""
    if "(" not in text or not (b := _LETTER_B.search(text)):
        return text
    case = b.group("b").isupper()
    return text[: b.end()] + _LETTER_C.sub(
        lambda m: " " * 3 if m.group()[1].isupper() == case else m.group(), text[b.end() :]
    )


@functools.lru_cache(maxsize=4096)
def credited_names(text: str) -> tuple[str, ...]:
    """The names a notice asks a copy to credit (转载请注明来源“X”, 注明出处：X, "with credit to X",
    "credit the X"), cleaned, in text order, at most :data:`_MAX_CUES`: a copy printing one of them
    credits the article however the notice names its holder (a district office's site asks for
    来源“X区人民政府网” while 版权所有 names the office). Empty when the notice asks no credit by name."""
    if not isinstance(text, str):
        raise TypeError(f"credited_names expects str, got {type(text).__name__}")
    folded = _fold(text)[:_ANALYSE_CHARS]
    names: list[str] = []
    for pattern in (_CREDIT_NAME, _CREDIT_EN_NAME):
        for count, m in enumerate(pattern.finditer(folded)):
            if count == _MAX_CUES:
                break
            group = next(g for g in ("name", "zh") if g in pattern.groupindex and m.start(g) >= 0)
            name = _clean_name(text[m.start(group) : m.end(group)])
            if name and name not in names:
                names.append(name)
    return tuple(names)


def notice_terms(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``(forbidden_uses, permitted_uses)`` of a notice block, as :func:`parse_notice` reads
    them, without its holder and contacts (the extractor compares two blocks of a page)."""
    head = _fold(text).translate(_taiwan_forms_table())[:_ANALYSE_CHARS]
    forbidden, permitted, _, _ = _uses_and_permissions(_unwrapped(_without_registrations(head)))
    return forbidden, permitted


# A line break inside a number: a notice hard-wrapped at a fixed width ("… desk at +1 (555)" /
# "014-3220 or …"). Only a long line breaks so; a short one is a list of numbers, one a line.
_NUMBER_BREAK = re.compile(r"(?<=[\d)（）-])\n(?=[\d(（])")
_WRAPPED_LINE_MIN = 40


# the end of a line that cannot end a number: a hyphen ("0731-<br>8455 2210"), or an international
# number begun with fewer digits than any country's numbers have ("+44 20 7946<br>0958")
_NUMBER_GOES_ON = re.compile(r"(?:\d-|\+[ (]{0,2}(?:\d[ ().\-]{0,2}){1,7}\d\)?)\Z")
# a line break beside an e-mail's "@" ("copyright@<br>beiguo.example"): inside the address
_AT_BREAK = re.compile(r"(?<=[A-Za-z0-9._%+\-]@)\n(?=[A-Za-z0-9])|(?<=[A-Za-z0-9._%+\-])\n(?=@[A-Za-z0-9])")


def _rejoin_wrapped_numbers(folded: str) -> str:
    """``folded`` with each line break inside a number read as a space: in a long (wrapped) line,
    or after a line end that cannot end a number (:data:`_NUMBER_GOES_ON`, a ``<br>`` a template
    set inside the number; from session 30); same length."""
    if "\n" not in folded:
        return folded
    chars = list(folded)
    for m in _NUMBER_BREAK.finditer(folded):
        line_start = folded.rfind("\n", 0, m.start()) + 1
        if m.start() - line_start >= _WRAPPED_LINE_MIN or _NUMBER_GOES_ON.search(folded, max(line_start, m.start() - 24), m.start()):
            chars[m.start()] = " "
    return "".join(chars)


def _unbroken(written: str, joiner: str = " ") -> str:
    """A contact as printed, a line break inside it (see :func:`_rejoin_wrapped_numbers`) taken out:
    after a hyphen or beside an "@" it joins, elsewhere ``joiner`` stands for it."""
    if "\n" not in written:
        return written
    return re.sub(r"[ ]*\n[ ]*", joiner, written.replace("-\n", "-"))


def _rejoin_broken_addresses(folded: str) -> str:
    """``folded`` with a line break beside an e-mail's "@" read as a zero-width character, which
    the e-mail patterns skip (from session 30); same length."""
    if "@\n" not in folded and "\n@" not in folded:
        return folded
    return _AT_BREAK.sub("\u200b", folded)


# What a page built or saved carelessly prints for the sign or the year: a literal entity ("&copy;",
# "&amp;copy;", "&#169;"), a template's unfilled year ("{year}", "{{ year }}", "%year%", "[year]").
_SIGN_DEBRIS = re.compile(r"&(?:amp;){0,2}(?:copy|#169|#[xX][aA]9);")
_YEAR_PLACEHOLDER = re.compile(r"(?i:\{\{?[ ]{0,2}(?:current_?|this_?)?year[ ]{0,2}\}?\}|%(?:current_?)?year%|\[(?:current_?)?year\])")


def _without_debris(text: str) -> str:
    """``text`` with each sign entity read as "©" and each year placeholder as a year, padded with
    spaces to the same length, so offsets still slice the text as printed (from session 30, round 58
    tune: "Copyright &amp;copy; 2025 X", "著作權所有 © {year} X" named no one)."""
    if "&" not in text and "{" not in text and "%" not in text and "[" not in text:
        return text
    text = _SIGN_DEBRIS.sub(lambda m: "©" + " " * (len(m.group(0)) - 1), text)
    return _YEAR_PLACEHOLDER.sub(lambda m: "2000" + " " * (len(m.group(0)) - 4), text)


# A notice that names its party as "the publisher" ("… without the written permission of the
# publisher"), and the imprint line that names the publisher ("The X is published every Friday by
# Y Ltd., P.O. Box …").
_THE_PUBLISHER = re.compile(r"(?i:\b(?:permission|consent|authori[sz]ation) (?:in writing )?(?:of|from) the publishers?\b|\bthe publisher(?:'s|’s|s') (?:prior )?(?:written )?(?:permission|consent))")
_IMPRINT_BY = re.compile(
    r"\b(?:published|produced)(?:[ ](?:[a-z]{1,12}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)){0,3}[ ]by[ ](?P<name>[A-Z][\w'’&\-]*(?:\.(?=[ ,]))?(?:[ ](?:[A-Z][\w'’&\-]*\.?|of|and|&)){0,7})"
)


def _parse(printed_text: str, region: str, site: str | None, author: str | None) -> LicenceNotice:
    """:func:`parse_notice` on a validated input."""
    text = _without_debris(printed_text)
    # OpenCC's standard Traditional characters read as the Taiwan forms the patterns spell
    # (a number or an address broken by a line break is read as one, on its first line's label)
    folded = _rejoin_wrapped_numbers(_rejoin_broken_addresses(_fold(text).translate(_taiwan_forms_table())))
    email_hits = _email_hits(folded)
    email_spans = [(a, b) for a, b, _ in email_hits]
    url_spans = _find_url_spans(folded, email_spans)
    masked = _mask(folded, [*email_spans, *((a, b) for a, b, _ in url_spans)])
    phone_spans = _find_phone_spans(text, masked, region)
    head = folded[:_ANALYSE_CHARS]
    forbidden, permitted, conditions, licence = _uses_and_permissions(_unwrapped(_without_registrations(head)))

    # Contacts in text order, each with its role; e-mails keep the first hit's spelling.
    contacts: list[tuple[int, int, str, object]] = [
        (f.start, f.end, "phone", replace(f.phone, as_written=_unbroken(f.phone.as_written))) for f in phone_spans
    ]
    seen_email: set[str] = set()
    for start, end, address in email_hits:
        if address not in seen_email:
            seen_email.add(address)
            contacts.append((start, end, "email", Email(address, "other", _unbroken(text[start:end], joiner=""))))
    contacts += [(a, b, "url", Link(url)) for a, b, url in url_spans]
    contacts.sort(key=lambda c: c[0])
    # a press release's media-use line (歡迎傳媒轉載, "may be reproduced by the media") asks no
    # one for leave: the contacts under it are the press office's, not a licensing desk
    media_use = not forbidden and _MEDIA_USE.search(head) is not None
    uses_stated = bool(forbidden or permitted or _BLANKET_DENY.search(head)) and not media_use
    # (an English sentence broken before its contact, "… please email" / "subs@…", is read whole)
    roles = _assign_roles(_ROLE_SENTENCE_BREAK.sub(_sentence_goes_on, folded), [(a, b) for a, b, _, _ in contacts], uses_stated)
    phones: list[Phone] = []
    mails: list[Email] = []
    links: list[Link] = []
    seen: set[tuple[object, ...]] = set()
    for (start, end, kind, item), role in zip(contacts, roles):
        line_start = folded.rfind("\n", 0, start) + 1
        if isinstance(item, Link) and _CREDIT_TEMPLATE.search(folded, _sentence_start(folded, line_start, start), start):
            # 转载请注明：文章转载自 X [URL]: the address is the credit's text, not a desk (in its own
            # sentence: …转载请注明出处。媒体转载请阅读《转载须知》[URL] points to the terms)
            role = "other"
        elif _CREDIT_ROW_LABEL.match(folded, line_start) and not _CREDIT_ROW_ASKS.search(folded, line_start, start):
            # 链接：[URL], 出处：[URL], 来源：X（[phone]）under a byline: the article's own page or its
            # source's switchboard, not a desk (unless the row itself speaks of licences)
            role = "other"
        elif isinstance(item, Link) and role == "licensing" and _names_own_address(folded, line_start, start, end):
            role = "other"  # 临川新闻网（www.x.example）所刊登的稿件: the site's own address after its name, no desk
        elif isinstance(item, Link) and role == "licensing" and _link_back_target(folded, start):
            role = "other"  # "… and link to the original at <url>": the article's own page, not a desk
        if isinstance(item, Phone):
            key: tuple[object, ...] = ("phone", item.e164, item.extension, role)
            if key not in seen:
                fax = _FAX_LABEL.search(folded, max(0, start - _FAX_LOOKBACK), start) is not None
                phones.append(replace(item, role=role, type="fax" if fax else item.type))
        elif isinstance(item, Email):
            key = ("email", item.address)
            if key not in seen:
                mails.append(replace(item, role=role))
        elif isinstance(item, Link):
            key = ("url", item.url)
            if key not in seen:
                links.append(replace(item, role=role))
        seen.add(key)
    if _COMPILED_FROM.search(head) or _WEB_PICTURES.search(head):
        # 本期内容整理自A、B等公开报道，版权归原作者所有: many authors, not the compiler's byline;
        # 部分图片来源于网络，版权归原作者所有: the pictures' authors
        author = None
    if _AUTHOR_CLAIM.search(head):
        # the author the notice names (作者：X) is the byline nearest to the claim
        named = _pattern_name(_NOTICE_AUTHOR, head, text, other="bare")
        author = named or (_clean_name(author) if author else None)
    # an address is no name: copyright＠example.cn must not read as "copyright ＠example.cn"
    # framing marks read as line breaks: a name before a line's closing bracket ends its line
    framed = head
    if spans := _framing(head):
        chars = list(head)
        for lo, hi in spans:
            chars[lo:hi] = "\n" * (hi - lo)
        framed = "".join(chars)
    framed = _name_lines_joined(recased(framed))
    # "… All rights reserved. 版权所有": the Chinese words restate the English claim, whose party
    # is the © line's; read as a cue they would take the English sentence for a name
    framed = _RESTATED_CLAIM.sub(lambda m: m.group(1) + " " * len(m.group(2)), framed)
    framed = _COMPANY_NUMBER.sub(_blanked, framed)
    framed = _COPYRIGHT_LINK_LABEL.sub(_blanked, framed)
    # a notice set in capitals or lower-cased whole is read in sentence case (see recased), its holder given back as printed
    printed = text[:_ANALYSE_CHARS]
    # the names are read with OpenCC's standard Traditional characters folded as the patterns
    # read them, then given back as printed
    cased = recased(printed).translate(_taiwan_forms_table())
    if _COMPANY_NUMBER.search(cased):
        cased = _COMPANY_NUMBER.sub(_blanked, cased)
    cased = _COPYRIGHT_LINK_LABEL.sub(_blanked, cased)
    folded = _blank(framed, [(a, b) for a, b in email_spans if a < len(head)])
    # a block wrapped at a fixed width is read with its wrap breaks taken out (…享有 / 本报告著作权)
    if breaks := _wrap_breaks(printed):
        spaced = _latin_breaks(printed, breaks)
        folded, cased, printed = (_without(x, breaks, spaced) for x in (folded, cased, printed))
    holder = None
    if pictures := [(m.start(), m.end()) for m in _PICTURES_CLAIM.finditer(folded)]:
        # 本文文字由X提供，图片版权归Y所有: the pictures' owner is a carve-out when the block names
        # another party for the rest
        holder = _with_title_before(_find_rights_holder(_blank(cased, pictures), _blank(folded, pictures), author), cased)
    holder = holder or _with_title_before(_find_rights_holder(cased, folded, author), cased)
    if holder and cased is not printed and (at := cased.find(holder)) >= 0:
        holder = printed[at : at + len(holder)]
    if holder:
        holder = _ODD_SPACE.sub(" ", holder)
    if holder and _ROLE_ONLY_HOLDER.fullmatch(holder.strip()):
        holder = None  # "© The author. All rights reserved.": a role, resolved from the byline below
    if holder and _SHORT_REFERENCE.fullmatch(holder):
        holder = _full_name_of(holder, printed, site)
    if holder is None and _claims_for_author(head):
        # the author a platform's statement names: 本文来自【X】入驻…, 本文来自Y号作者X
        holder = author or _pattern_name(_POSTING_ACCOUNT, folded, text, other="other")
    elif holder is None and (defined := _self_defined_name(folded)) and _UNNAMED_CLAIM.search(folded):
        holder = _clean_name(_DEFINED_LEAD.sub("", printed[defined[0] : defined[1]]))
    elif holder is None and (heading := _NAMED_HEADING.match(head)) and not _NOT_A_HEADING_NAME.match(heading.group("name")) and _UNNAMED_CLAIM.search(folded):
        # 晨光日报社版权声明 over 著作权归本社所有: the heading names whom 本社 speaks for
        holder = _clean_name(printed[heading.start("name") : heading.end("name")])
    elif (defined := _en_self_defined(folded)) and _EN_DEFINED_CLAIM.search(folded) and (
        holder is None or _norm_alias(holder) == defined[2].casefold()
    ):
        holder = _clean_name(printed[defined[0] : defined[1]]) or holder
    elif holder is None and _THE_PUBLISHER.search(folded) and (imprint := _IMPRINT_BY.search(text)):
        # "X is published by Y Ltd. … without the written permission of the publisher": the
        # imprint's company is the publisher the notice names by role (round 7 tune, session 30)
        holder = _plausible_english(_clean_name(imprint.group("name")))
    elif holder is None and not site and author and _ACCOUNT_SELF.search(head):
        holder = _clean_name(author)  # 本文为本号原创 on a public account's page: the account, its byline
    elif holder is None and site and not _DISCLAIMER_OPENS.match(head):
        # terms, a claim naming no one, or only the site's licensing desk ("For syndication and
        # reprint requests, please email …"): the site's. (A 免责声明 that speaks of reposting
        # and gives a contact claims nothing for the site.)
        # (a claim set in capitals is read in sentence case: "© 2025 A X PLC SUBSIDIARY" names no one)
        if forbidden or permitted or licence or _UNNAMED_CLAIM.search(head) or _UNNAMED_CLAIM.search(recased(head)) or (
            any(c.role == "licensing" for c in (*phones, *mails, *links))
            and _LICENCE_REQUEST.search(head) and not _TAKEDOWN_WORDS.search(head)
        ):
            blog = _PERSONAL_SITE.match(site.strip())
            # a personal site's rights are its owner's: 木舟的博客 → 木舟, "Ann Lee's Blog" → Ann Lee
            holder = (_clean_name(blog.group("owner") or blog.group("en")) if blog else None) or _clean_name(site)
    return LicenceNotice(
        text=printed_text,
        rights_holder=holder,
        phones=tuple(phones),
        emails=tuple(mails),
        urls=tuple(links),
        forbidden_uses=forbidden,
        permitted_uses=permitted,
        conditions=conditions,
        licence=licence,
    )

