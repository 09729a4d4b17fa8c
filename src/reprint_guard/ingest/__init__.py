"""The ingest wing: the bytes of a page or text file → its lines, title, date and credits.

The flow, one module per step, each importing only the earlier ones:

0. :mod:`~reprint_guard.ingest.wrappers`: a page saved as MHTML → its HTML part (before
   decoding); a JSON document → the page its long string values make (after decoding);
1. :mod:`~reprint_guard.ingest.decode`: bytes → text by a fixed rule order (byte-order mark,
   strict UTF-8, declared charset, Han-character frequency, charset-normalizer), binary input
   refused, the text cleaned and sniffed as HTML or plain text;
2. :mod:`~reprint_guard.ingest.html`: HTML → main text (fast path, trafilatura, lxml
   fallback) with title, date and site name, plus the page's visible text with its header
   and footer, the candidates where a notice that trafilatura left out is looked for;
3. :mod:`~reprint_guard.ingest.layout`: plain-text lines → title, date, credits and body.

Ingest does not decide what a notice is: the notice wing (:mod:`reprint_guard.notice`) finds
the notice among the lines ingest returns, and :mod:`reprint_guard.extract` assembles the
:class:`~reprint_guard.models.Document` from both.
"""

from __future__ import annotations

from reprint_guard.ingest.decode import decode_bytes

__all__ = ["EXTRACTOR_VERSION", "decode_bytes"]

EXTRACTOR_VERSION = 37
"""Version of everything that turns bytes into a :class:`~reprint_guard.models.Document`
(decoding, HTML extraction, layout, and the notice finding that cuts the body). Bump it when
the Document for the same input changes, so stores built with the old output can be upgraded.
2: notices found in footers and ``<head>``; disclaimers and widgets closing an article cut from
the body.
3: the notice as a span (a notice glued to the last paragraph, broken over short lines, printed
above the article; trailers after it cut but not part of it); site name from ``<title>``; a
Creative Commons licence read from its link.
4: bylines from a profile link; a syndicated copy's origin line, a feed's back-link, an AI
disclosure and a repost's credit line as notice or trailer lines; licensing contacts past an
editor line, given only by a link's address or an image's alt text; credits among the cut
notice lines kept; a site name from a hyphenated ``<title>``; English AI/funding/site-terms
disclosures and a related-stories list above a footer's notice cut from the body; a byline's
date and a reporter credit on a date line. 5: mastheads, datelines naming the outlet, promotions
and asides after a notice, takedown lines. 6: a line a crawl lower-cased whole read like one in
capitals; a long row of desk contacts under the notice kept with it. 7: Traditional text folded
for the notice patterns through OpenCC's character table; closing statements under their own
label (作者声明：, 【温馨提示】), correction, affiliate, sponsorship and comment-rule lines, imprint
and street-address lines cut with the notice; a heading alone in a footer's link row no notice.
8: flex and grid items read in CSS ``order``; text in a font under a pixel, and runs hidden by an
attribute selector or a ``:not()`` rule, left out; ``srcdoc``/``data:`` frames and long SVG text read
in place; a page with next to no text of its own read with its ``::before`` content, form values,
alt texts and script-written strings; input padded with control bytes no reader sees read as text.
9: ``data:`` documents of ``<object>``, ``<embed>`` and a frameset's ``<frame>`` read in place; a page
saved as MHTML read as its HTML part, a JSON document as its long string values; on the fallback
path ``attr()`` in ``content`` and base64 text a script decodes with ``atob`` read, and a script's
string literals paired up short ones included.
10: hiding CSS read as a browser reads it (comments, escapes, letter case, ``var()``, ``:where()``/
``:is()``, nesting; font sizes in viewport units, opacity and zoom up to 0.05, ``content-visibility``,
text colours with zero alpha); a short block line hidden by the page's ``<style>`` left out; an
interleaved page's other readings (:attr:`~reprint_guard.models.Document.readings`).
11: an opaque colour whose last number is 0 hides nothing; a forced direction over several blocks
keeps them apart (one bidi paragraph each), script text left out.
12: licensing desks printed in a footer after an article-end notice joined to it; an author card's
name element as the byline; a public account's article header read as byline, outlet and date.
13: the site's name from application-name, JSON-LD publisher, the footer's © line, a publication-name
element or the logo's alt text when the page names it nowhere else (来源：本报 names no one); bylines
in more forms (撰稿, 記者X／台北報導, "Posted by X on …", article:author); info lines with read
counters and printed pages (A3, 第3版); rights notes asking before a reprint found as notices.
14: RSS and Atom feeds read as the page of their items (feedparser); a host name or a copyright line
the metadata gives as the site's name comes after the names the page prints, and a <title>'s
"Powered by X" part is none; republish boxes (a paragraph opening with "Want to republish …?", an
<aside>, a reprints box apart from the footer's claim) read for whom to ask and cut from the body; a
© line with the company's address glued on, and a press regulator's line after it; author sections
with a follow button.
15: a page's second notice block (a footer's own ban, a 声明 box in an <aside>) joins the notice when
it states terms the first does not and none it contradicts; a partner site's "This story was
originally published by X" above the story opens the notice; a list of uses wrapped at a fixed
width goes on; a membership or donation ask is a widget; bulleted lines under a notice are a list,
not a signature; dateline, masthead and <title> site names may open with Latin letters; of two
blocks that contradict, the one nearer the article (a republish box over a footer's ban); a footer
desk's bare second contact; UTF-16 without a byte-order mark read (rule ``utf-16-sniffed``); a date
line naming an outlet "X Report" or X報導者 keeps its date.
16: licence stamps and requests found as notice lines ('Reprinting … requires written permission',
'To license this content, visit …', 'Purchase a reprint', 'authorized for use only by'); an action
link's address after a licence's words ('Click here', 'email us'); a WeChat account's name as the
byline; mastheads that are the publisher's own name (X日报社, X集团, X有限公司); a page number inside a
notice; a nonprofit newsroom's blurb after a partner copy's origin line. 17: a plain text's notice
hard-wrapped at a fixed width found whole; letter-spaced notice lines; a picture owner's fee or
takedown note as a trailer; a claim over the text when only a platform statement closes it;
'Content Owned, Updated and Maintained by X' footers. 18: the page footer's claim and desk rows join
an article-end notice that names no holder (a reprint vendor's route); 'Interested in licensing this
story?' boxes as licensing requests. 19: a footer legal list's licensing link beside its © item; a
credit request (转载请注明出处：X) takes the footer's claim. 20: 本文由X授權轉載 lines, licensing rows
with a postal address and unlabelled "views expressed … are the author's own" lines leave the body.
21: a licensing link in a link list printed straight over the © line joins the notice. 22: a
widget line (关注我们) with the article's sentences under it cuts nothing; a contact line under the ©
line joins it though it opens as a trailer ("Got a story? Call …"); "Copyright X 2026. Syndication: …"
lines; 本站内容均属X所有 claims; a hidden line of under 200 characters (opacity 0, a transparent
colour) is dropped, so it credits no one; 本文原载于X / 原文首发于X credit lines.
23: a two-sided <title> printed site first turned by the page's evidence; a page's tool rows (print,
e-mail, share, text size) neither title nor text; 首頁 breadcrumbs; a reporter's byline naming the
paper (江城晨报记者 X) gives the outlet, the author and the date; short lines in print of 2 pt or less
or in their background's colour dropped; a declared or undeclared UTF-8 page with junk bytes read as
UTF-8 (junk replaced); GBK or Big5 read as Latin-1 and saved again read back; a footer printed as one
line with its claim found as the notice. 24: a footer's desks and their contacts after the
article are its notice however far up they reach; a site name in Latin letters up to 60 characters
when capitalised ("Fako Centre for Rights and Justice"); a footer link row 關於X | … names the site. 25: public accounts'
credit lines (本文来自微信公众号：X, 转载自公众号“X”) and a bar or slash for a source label's colon
(来源 | X, 来源丨X, 作者丨Y) read as credits and fields; a credit keeps the bracket closing its
remark ("Eastbank wire (not X)"); a footer's block of desks above its claim is read up to 16 lines
(four desks of label, e-mail and phone), not 10. 26: on a creator platform the account the page
names (WeChat's js_name or script nickname, og:article:author, the byline) is the outlet in place of
the platform's own name (og:site_name 微信公众平台, 今日头条, Medium) or host, none when it names no
account; on a shared platform's host the account in place of a portal's name; a writer's job title
after the name in a byline ("By X, Staff Reporter") is no outlet; the print edition's note under an
article ("A version of this article appears in print on …", 本文刊登于…第4版, 原载于《X》…第N版) cut
from the body as a trailer, also when "Order Reprints | Today's Paper" follows it on its line. 27:
the page's licensing mailboxes (permissions@, syndication@) printed outside the notice join it; a
footer row naming the site's publisher (主办：X日报社, "The X is published by Y") names the site last. A creator's "X必究" ban (搬运必究, 转载必究) is a notice; a
site whose own statement says it only hosts uploads (上传并发布…信息发布平台) is a platform: its account is
the outlet. The same junk bytes repeated before every
paragraph leave a UTF-8 page UTF-8. 28: ``credit_lines``: the page's whole-line credits as printed
and the text of elements marked up as a byline or credit (``class="byline"``, ``class="credit"``);
"Courtesy: X" is a credit line cut from the text; ``region``: the country the page's language names
(``lang="en-ZA"``, ``og:locale``), where its notice's national numbers are read.
29: bylines without a label (OPINION | X, X | Contributor, Guest column by X, Hosted by X, X 发表于
date, 專欄作家 X, an author card's name or bio, a WeChat article's writer apart from its account, a
pupil's class before the name); the site named first in ``<title>``, by a text logo, a logo's alt
with "logo", a home link, a breadcrumb, an about row with spaces or a postal address row, a
magazine's or channel's dateline; a date printed in its own element above the text (2025年3月14日,
民國 years).
30: a blog post's "X 于 date 发布" header is its byline; a title split by · • » «; a front-page link drawn
as an SVG named by its aria-label, title or <svg><title>; one RSS <item> or Atom <entry> stored on its
own is read as a feed.
31: an e-paper text copy's masthead over a date alone and a page code (A3, Page 5, 第A03版) is the
outlet, the line after them the headline; a correction or update note under the story (Correction:,
Editor's note:, 【更正】) is not its text; two junk bytes spelling a UTF-16 mark before plain UTF-8 are junk.
32: a press release's sign-off closing the text (the issuer over a date or a dated byline) is not its
text; 文：X is a byline (also closing a date line); "By staff" names no author; a staff date line gives its
date; undeclared English text with a few accented letters reads as windows-1252.
33: a press release's end (ENDS, ###, - 30 -) or its trailer's first heading (About X, Notes to editors,
Media contacts, 关于X, 媒体联系) closes its text; a numbered statement under its heading leaves the body
whole; a date line closed by text-size buttons, an outlet's reporter byline (X日报记者 Y), a print view's
列印 title part; a terminal paste's colour codes are dropped; a licensing link by path is resolved on the
page's address.
34: soft hyphens are dropped (a holder kept one inside its name); 發布單位 beside a release's date makes
it a date line; a credit naming the licence and printing the address ("Source: X, CC BY 4.0. https://…")
credits X; a story's closing paragraph opening 主辦單位 is no footer row; a Chinese notice's English
version ("No reproduction without authorisation") and machine-use bans (scraping, AI training) are
notice lines.
35: a footer's row of menu links or tool buttons among a notice's lines is left out of the notice text
(still cut from the body); a party a permission asks to be acknowledged is no claim, so the footer's ©
still joins such a notice.
36: a short article trafilatura hands back as one line is split into the lines the page shows (its date
read, its header not fingerprinted); a footer table's short row is one line (a label cell beside its
number); a table setting text one character a cell is one paragraph; a footer's about-column heading
("About X", 关于X) names the site; zhuyin counts as common text telling undeclared Big5 from GB18030;
the imprint line above a notice naming "the publisher" joins the notice.
37: an editor's note of a licensed copy's origin is the copy's notice, not a correction note; a
licensing desk's second contact labelled only with its kind (內容授權查詢：…　電話：…) joins the desk; on a
creator platform's page the platform's own © row is no notice; 聯絡作者：<mail> is no byline; a short
credit inside a <template> is never shown, so no credit; a closing 責任編輯：X line and a wire's editor
tag glued to the last paragraph (（編輯：X）1140314) leave the body.
"""
