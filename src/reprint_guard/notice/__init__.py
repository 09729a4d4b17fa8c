"""The notice wing: an article's lines → its licensing notice, and the notice parsed.

The flow: ingest (:mod:`reprint_guard.ingest`) returns the article's lines and the page's
footer and other visible text as candidates; :mod:`~reprint_guard.notice.find` returns the
notice's span (the index of its first line; it runs to the last line) and
:mod:`~reprint_guard.notice.parse` its parse (:func:`parse_notice` → rights holder, phones,
e-mails, URLs, forbidden uses). The body is the text minus that span; the
:class:`~reprint_guard.models.Document` is assembled in :mod:`reprint_guard.extract`.
"""

from __future__ import annotations

from reprint_guard.notice import contacts, find, lettercase, parse
from reprint_guard.notice.parse import credited_names, notice_terms, parse_notice

__all__ = ["NOTICE_VERSION", "credited_names", "notice_terms", "parse_notice"]

NOTICE_VERSION = 39
"""Version of notice finding and parsing. Bump it when the notice found in, or the
:class:`~reprint_guard.models.LicenceNotice` parsed from, the same input changes; ``reprint-guard
upgrade`` then re-parses stored notices. 2: footers and ``<head>``, contacts with roles, the whole
use vocabulary, permissions and conditions. 3: claims read by kind (article claims before site
footers, licensed sources, exclusive licensees, 本网/本站 ⇒ the site, 作者 ⇒ nobody), names that end
where they end, Chinese and unnamed Creative Commons licences, label lines for contact roles. 4: names
bounded the same way in every claim (a year or a notice label ends or opens them, brackets balance,
an address is never one), licensing contact lines past an editor line, e-mails hiding only their dots,
a syndicated copy's origin line, an author claim naming its author, 商务合作 as advertising, verbs
wrapped at a fixed width, open-content grants, the blog platforms' CC form. 5: framing marks,
capital-letter notices, the name on the line after a cue, production credits, switchboards, 分機
extensions. 6: lower-cased crawl notices, company numbers after a name (ABN, 统一社会信用代码,
統一編號 …) no part of it, names and claim words broken by a fixed-width wrap, a desk label of
its own for each contact in a row, 本报告 claims. 7: 著作權所有 and other languages' reservations as
claims, X｜版权所有, 《X》由Y出版, X或相关权利人, 本文为X授权Y转载, reprints that must write for a
licence, a contact as the holder's name only in the claim's sentence, tip-line words, the .cn of an
e-mail no serial number before a phone. 8: OpenCC's standard Traditional characters read as the Taiwan
forms, 所有权属X, 發佈, name particles (Van der X), Pvt./Pte., "All rights are reserved", COMPANY closing
a name in capitals. 9: licensing desks' lines read only for their contacts, brands opening with figures
or a small letter, 【X】版权所有, 本号/本网 claims, Copyright@X, roles read after a contact. 10: more forms
of the author's claim (作者保留…权利, 版权由作者享有, "the author retains copyright") and of claims naming
no one (a bare "© 2024", "Copyright © 2024 | All rights reserved", 本站内容受版权保护, 本文系原创); a
kind of work (原创文章, 独家稿件) no name; names ending before a footer's credits, link rows, street
addresses and taglines, before a field or a second brand after a space; a generically labelled
contact in a row of desks the switchboard. 11: names when a page's lines run together (the next
sentence or field, a link row before the claim, a field label after 版权所有 ends them), 'Y營運 X', the
forum software's © under "Powered by", 'Copyright owned or licensed by X', 'republish a X story',
本站文章均为X原创, 本文转载自X，已获授权; a desk's label (轉載授權：) forbids nothing, 轉載請來信 asks
first, 'may be reproduced only with due acknowledgement' permits on a credit, 剪辑 is modify.
12: a request for leave names the use it asks for ('requires written permission', 'syndication and
reprint requests', 'ask before you reprint', 'rather than copying', 务经授权); a ban on editing inside
a welcome is the no_derivatives condition; 'post them to the web' is reprinting and 转播 broadcast;
创用CC「…」 named in corner brackets; a licensed source's name may hold digits; X各平台 is X; a
database the outlet licensed is no holder; a 免责声明 about reposting names no holder; '©2025 |' opening
a footer row is the site's claim; a licensed reprint's source (本文转载自X，已获授权) outranks the
site's © line; "No part of this website may be copied" is a licence term. 13: foreign legal forms
keep their dots (Lda., Sdn. Bhd., S.p.A., PT. X Tbk.) and initials (R. H. X) stay in a name; a theme
credit names no one; a blog platform's user (CSDN博主「X」, 知乎用户“X”) and an account before its id;
CC licences glued to Han characters; 合作邀约/合作提案/业务合作/"Partnerships" are business desks and
读者信箱 other; a digest compiled from several sources names no author; the byline a notice prints
in its usual forms (文/X, 作者｜X, 【作者】X) for an author claim; 'appeared first on X'; a licensed
copy's stamp ('authorized for use only by', 'an infringement of copyright'). 14: notices hard-wrapped
in plain text; letter-spaced claims (华 民 网 版 权 所 有); permissions worded after their use ('Reprints
are welcome') or as a bare 'may republish', 本文可(自由)转载; what a licensee must do (已经本网授权使用
作品的，应…注明) as no condition; an article-scoped author claim over the site's 版权所有; 原创不易 as
the creator's voice; 'Content Owned, Updated and Maintained by X'; 'All rights reserved by X'; a
company suffix then a preposition ends a name; a host that is a © line's party is no contact; tip
lines after a ban on one line; 'use this story' and 'commercial use' as the licensing desk. 15: an
outside reprint vendor ('contact Brightline Reprints at …') is no holder; X独家出品 names X; 'All rights
reserved' labels no contact and an English sentence's end closes a contact's clause ('… reserved. News
tips: …'); 'Interested in licensing this story?' and 'This story may be republished …' are notice lines;
a content sales team is the licensing desk. 16: a label split by a bar (转载授权｜商务合作：) keeps its
licensing half; a generic label before a desk's on its row stays other; a labelled number written
with its trunk prefix is a phone even in a reserved range; a request for the pictures (如需轉載圖片)
leaves the text's terms; 图片来源于网络，版权归原作者所有 names no byline; a department's bracketed
second name (X党委宣传部（新闻中心）) stays; 本文原创首发X names the byline, not X; a photo carve-out
leaves a Creative Commons grant whole; 本新聞由X提供 and 本文刊于《X》 name X, 【X】本报原创 names X,
and the desk a reprint request names (转载请与本刊编辑部联系) is the licensing route. 17: "X
Broadcasting Corporation" is no broadcast use, "Not to be …" forbids; "republished from X under a
Creative Commons license" asks for credit; "Copyright 2026 by the X" names X; a licensing row's
label speaks past the desk's postal address; a licensing row with an address is a contact line;
本文由X授權轉載 is a claim line; an unlabelled "views expressed … are the author's own" closes the body.
18: the purpose a sentence opens with ("to license our content, contact our Marketing Department")
gives the desk it names its role; "Editorial:", 听友来信：, 网站维护电话, 技术支持 and 投書 are other desks;
本文內容由X授權轉載 names X; 原文刊於作者臉書 names no outlet. 19: "Permission to reprint:" asks leave. 20: a desk the contact's clause
names keeps its role over the sentence's purpose; a news line is the tip desk; a heading line of its
own ("Newsroom", "Send us your news", 版权合作) gives its role to the generic rows under it. 21: a
row's label speaks past an e-mail printed first on it; news tips, subscriptions, classifieds and
"the … team at" label a number; 意見/反馈 desks are other; 本網站所有內容均屬X所有 names X; 未经正式授权
names no one; X或相關單位 is X; ‧ and a space before 本網站… end a name; CC 創用… names its licence. 22:
a footer's rows joined on one line with its claim are the notice; a registration field no longer swallows
the ban before it; an e-mail's letters make no line English (its numbers stay the page's country's), a
valid reading beats a possible foreign one, a spaced (02) beside Chinese is Taiwan's, a claim's years are
no phone; the site keeper's row is a desk of its own; "published on this site" names no use; short
quotes are excerpts; "It may be republished … provided X is credited" closing the article is the
notice; a Latin brand glued to Han opens a name after 版權所有; a site's buttons (Unsubscribe) name no one;
a fax line is typed fax; conditions in prose (commercial use not permitted, include a link to X); a
sentence routing licensing to an agent or partner gives its contacts the licensing role. 23: a wire's
use ban under its copy ("The use of X materials without the agency's consent is prohibited") is a notice
naming X; "Reproduction permitted provided …" permits on terms; a year before the sign ("2025 ©") is
the site's claim. 24: the address a copy must link back to ("link to the original at …", "Original: …",
原文連結：…) is the article's own page, role other, not the licensing desk. 25: a credit asked by naming the outlet in quotes or the byline (須註明「X」及記者姓名);
a welcome to non-profit users (歡迎非營利網站轉載) and a ban on commercial use in prose (不得用於商業用途)
are the non-commercial condition. 26: "with mention of the source" asks for a credit; a creator
platform's column before the account on the author bar (椰海号 / X) is no part of the byline. 27: a
label naming two desks gives the licensing desk, else the first with a role of its own ("Reprints and
advertising", "Tips and corrections"); press offices (媒体垂询, "Media enquiries") are other; "permitted
only with the written consent" and "may be used only with the written permission" ask leave first; an
unnamed 原创 line under a credit row takes the credit it asks for; 版权所有 after a space is unnamed. 28:
Portuguese and Spanish terms; 欢迎传媒转载 opens a notice; a reservation or ownership by the site
itself (本報保留一切權利, 本网对本文享有著作权) is the site's claim. 29: English notices leaving the copyright with
the author ("Copyright remains with the author", "Authors retain copyright"); a use that "requires
the author's permission". A generic mailbox or phone field after a publisher's row is the
switchboard; "contact us before reproducing" forbids copying and routes to licensing; "provided the
author and X are cited" is a credit. Republish permissions: "reposting is permitted", "readers may copy
and distribute"; a kept byline is a credit, a link beside the credit a link back. Capitals: a notice in capitals read
without its links, its accented words whole, its names ending where the request goes on (AND DO NOT
EDIT) or at a legal form run into the next word; joined lines' fields (运营：Y X版权所有, 有 限公司). A republish box's "not included in this licence" scope rule;
press releases and statements that "may be reproduced"; the uses before "may be" are its subject;
"Copyright remains with X"; "X, a title of Y Ltd." names Y. Bans and permissions in other languages
of multilingual places (French, Italian, German, Dutch, Afrikaans, Malay/Indonesian, Filipino,
Vietnamese, Russian, Korean) are notices and give their uses.
30: a North American local number without its area code (555-0188) is left out, not +15550188; a
region the caller names wins a tie over a hinted one (021 555 0165 on an en-ZA page is +27).
31: claims by role: "is the copyright of its writer", makers "who own the copyright", 專欄作家 and
"© The author" name the byline, never a holder called "The" or 專欄作家; "We own the copyright", "this
magazine", 本院/本校/本行/本馆/本所/本公司 name the site; 作者保留一切權利 / 本文…版权归作者 above the site's ©
line is this article's; joint holders give the first; "Copyright Policy" link texts name no one; a
use allowed "after taking proper permission" or "subject to permission", and "Want to use this
story? …" forbid it; "a free copy" is no copying; 不得修改…或作商業用途 keeps the ban on editing; a
licensed copy's opening "Republished with permission from X" is the notice; a link under "the button
below", a rules page linked as 请依…宣告, "reuse" desks are licensing routes; 征订 is subscription.
32: a Q&A or blog copy button's credit rows (链接：/来源：/出处：) between the byline and 著作权归作者所有
keep the byline as holder and their addresses are the article's, not a desk; "X，未经授权不得转载" and
版权声明：X所有 name X; an app prompt names no one; 保留此段声明 and 原文连接 are conditions; a claim on the
pictures only is a carve-out beside the text's supplier (本文文字由X提供, 本網內容由X供稿); "Copyright remains
with the Project" and "credit to the Chamber" name the party in full; 受X所擁有的版權保障 and 本著作由X製作，
以創用CC…釋出 name X; 如欲…，須註明出處 permits on the credit; a feed's "first appeared on" in eight more
languages; a P.O. box is no phone; a press service sells no licence; rights[@]x is an address; "Contact X
for permission to reuse" and "Interested in running this story?" ask for a licence; a desk heading speaks
for every line under it.
33: a footer's link row run into the claim (spaced, or its last link word glued to the name) is no
part of the name, and 联系/关系/体系 no "系" (is); "originally published in <language>" names no one ("… in
Spanish by X" names X); "COPYRIGHT AND PROTECTED BY …" opens no name; "All rights reserved" in
twenty-odd other languages ends a name and opens a notice line, hakimiliki / hak cipta (and "@" for the
sign) read as ©; a picture's credit at the article's end leaves the notice to the footer's claim; a
correction note is no notice or trailer; 本網站內容…均受版權保護 and 转载须经本公司书面同意 are notice
wording; 双方 after a joint production's clause is the pair it names; ©️'s variation selector and a
full-width Latin name read as ASCII.
34: a notice is read whole however the page breaks it: a sentence broken where none ends (a ban before its
verb no longer reads as a permission), a name or word wrapped or split by <br>, list items, hyphenated
line ends, a word a line, box drawings, Markdown bold, &nbsp; and full-width letters; Taiwan's CC wording
and Open Government Data License (OGDL-Taiwan v1.0); 文：X and 版主 bylines, 【X】原创, 請勿全文轉載, media-use
lines above the text ("Free for publication … with credit"), requests routed through a form or a call,
a licensing page without its scheme after a desk's label, a country code printed beside national
numbers, Namibian click names (//Nuob), an office before its institution.
35: long statements: the clauses of a numbered statement under its heading (版权声明, 法律声明, "Copyright and
reuse policy") are one notice, its contact items after a disclaimer item too; a publisher defined once
(X（以下简称“本集团”）, X (the "Publisher"), X ("we")) or named by the heading (X版权声明) holds what its
self-word claims; lettered clauses ((c) is no ©; "; (b) …" and "This includes …" are one ban); an agent
only enforcing (委托X代为维权) and an officer asked for leave are no holders; "provided the text is not
altered" is no_derivatives; open terms with a commercial carve-out; 非经…不得以任何形式转载, 须事先取得…授权;
a licensing desk's row over other desks' rows; roles of a desk named with its object ("Complaints about
service delivery"), of kind labels after a licensing label, of switchboards and of a site's own address;
terms above the text join a footer's bare © row; Taiwan's 政府資料開放授權條款 line.
36: whom to call: a mailbox named for another desk (tougao@, jubao@, faxing@, underwriting@) keeps that
desk's role under a ban, as does a desk named for something else (学生事务电话：, PABX, Grievances, an
item opening "Complaints about …"); a licensing desk above the notice (a contact widget over the © row),
侵权投诉：, desk labels of several words; a landline's second number read once. What a notice allows: a
picture carve-out (文中图片…) leaves the text's permission, a ban on longer excerpts leaves the
permission to quote, 转载请注明出处并获得授权 and …者，請先來電 ask first, "requires X's permission",
"Permission is granted to …", "You may quote …", lettered conditions under "provided that:", a bare
"No text and data mining."; the circled C (Ⓒ) is ©; a site "owned and run by X" names X.
37: holder names as written: lower-case particles of other languages (Akarere ka X, Dar es Salaam, Lungsod
ng X), a company name broken over two lines before its kind or 有限公司, a site builder's credit after the
name ("Proudly powered by", glued "Powered by"), a unit and its institution after a comma ("School of
Journalism, University of X"), "X © 2025 | Secretariat, …" naming X; the party a permission asks to be acknowledged is the credited one; "may be reproduced for
school use" / "… with reference to the source" permit; a print view's own address is no contact; a
notice naming one Chinese-speaking place reads its numbers there over the page's language tag;
"Seen something newsworthy?" opens a tip line.
38: a © row ending in its links or buttons ("X © 2025 – Unsubscribe") names X wherever it sits; the
sentence after a bare "© 2025 All rights reserved." ("No part of …") and a lead naming the content
("All content ©") name no party; a footer row's bar ends a field ("All Rights Reserved | Reprints: …"
forbids nothing); a number or address broken by a line break is read whole; a sign entity (&copy;,
&amp;copy;) is ©, an unfilled {year} a year; "Have a news story?" opens a tip line; "cite the source
when republishing" permits the reprint; "the publisher" is the imprint's company.
39: an editor's note of a licensed copy's origin ("Editor's note: This piece is republished from X") and a
source with its leave above the article (来源：X，经授权转载; 本文选自X，已获授权) name X; 已获授权转载 reads
as 经授权转载; 本文由X授權刊出 and 经《X》同意转载 name X; "originally published on March 3" names no one;
a picture's own claim under the text's notice ("Photo 3 © Agency", 图片来源：X（版权归X所有）) claims the
picture only, while "Text and photos © X" names X; "No content on this site may be scraped …" forbids;
"When reprinting materials, a hyperlink to X is mandatory" permits the reprint on that condition; "Please
ask before using them: …", "If you would like to use them, please contact us at …" and "Questions about
reprints? Write to …" give the licensing contact; a name with diacritics alone (Diário de Notícias) is a
name; 本文为@X原创 names X; "may be quoted briefly" is an excerpt; an en dash before the year ends a name;
"Send contributions to: …" is a submissions desk.
"""

# Compatibility (one release): the names of the one-module ``notice`` (now ``notice.parse`` and ``notice.contacts``)
# and of notice finding stay importable from here.
globals().update(
    {
        name: value
        for module in (find, contacts, parse, lettercase)
        for name, value in vars(module).items()
        if name.startswith("_") and not name.startswith("__") and name not in globals()
    }
)
