"""Notice lines printed in one letter case, read with a sentence's casing.

Input: notice text (``str``, lines split on ``\\n``); output: the same text, same length, with
each line set all in capitals (COPYRIGHT © 2024 FENWICK CO., LTD.. ALL RIGHTS RESERVED.) or
lower-cased whole by a crawl (copyright 2024 merlion press media limited all rights reserved)
recased word by word. The words notices are written with go lower case and every other word
gets a capital (a sentence's first word too), so that the notice finder and parser tell a name by its capitals, as they do
in a sentence; offsets are unchanged, so a name found in the recased text is given back as
printed by slicing the original. Other lines are left as they are.
"""

from __future__ import annotations

import re

__all__ = ["NOTICE_WORDS_EN", "is_lower_line", "is_upper_line", "recased", "recased_line", "recased_lower"]

# English words licensing notices are written with; a word not here in a one-case line is read
# as part of a name.
NOTICE_WORDS_EN = frozenset(
    """a an and or of the to in on at by for from with without this that these those its it is are was be been
    may must not no nor any all unless otherwise noted stated indicated except where as under per
    copyright copyrighted rights right reserved holds hold retains retain owns own owned property belongs
    article articles story stories content contents material materials site website page text photo photos
    image images video data provided powered theme themes by registered in number company subsidiary division
    part member licensors licensor licence license licensed licensing permission permissions written prior
    express consent reproduced reproduction republished republication republish reprint reprints reprinted
    redistributed redistribution distributed copied used use email e-mail contact enquiries inquiries requests
    please visit call write further whole prohibited forbidden strictly terms conditions privacy about
    published originally first appeared notice notices author authors original source you your yours we our
    us they their them can cannot do does don't not will shall should would could also only if link links back
    edit credit credits share caption captions say says reproduce""".split()
)
_CAPITALS = re.compile(r"[A-Z]{2,}")
# a word in capitals, accented ones too (THE RŌPATA GAZETTE): else the accent splits the word
_UPPER_CASE_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ\u0100-\u024f][A-ZÀ-ÖØ-Þ\u0100-\u024f'’\-]*")
_LOWER_LETTER = re.compile(r"[a-zß-öø-ÿ]")
# a lower-case word, not one inside an address or a domain (rights@x.example, news.example)
_LOWER_CASE_WORD = re.compile(r"(?<![\w@.])[a-z][a-z'’\-]*")
_HAN_OR_CAPITAL = re.compile(r"[A-Z\u3400-\u9fff]")
# A link, an e-mail address or a domain (HTTPS://X.EXAMPLE/A, NEWS@X.EXAMPLE, NPN.ORG) is typed as
# printed: a page prints it in its own case in a line set in capitals, and it is never recased.
_LINK_OR_ADDRESS = re.compile(
    # (each opens where its run of characters does, so a long run is tried once)
    r"(?i:https?://|www\.)\S{1,300}|(?<![\w.+\-])[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,6}"
    r"|(?<![\w\-.])[A-Za-z0-9][A-Za-z0-9\-]{1,62}(?:\.[A-Za-z0-9\-]{1,63}){0,4}\.[A-Za-z]{2,24}\b"
)
# Legal forms in the spelling the parser's patterns know ("PLC", not "Plc").
_LEGAL_FORMS = {"ltd": "Ltd", "llc": "LLC", "llp": "LLP", "plc": "PLC", "gmbh": "GmbH", "inc": "Inc", "pty": "Pty"}
# Legal forms no English word opens with: one run into the next word in capitals (LTDKESTREL, two
# blocks run together) is the name's end and the next block's first word.
_GLUED_FORMS = ("LTD", "LLC", "LLP", "PLC", "GMBH", "LIMITED")
# Nouns notices are written with that an organisation's name holds too: between two of its words
# (CENTRE FOR RIGHTS AND JUSTICE, INSTITUTE FOR DATA JOURNALISM) they are the name's.
_NAME_NOUNS = frozenset({"rights", "right", "property", "data", "content", "video", "photo", "image", "images", "material"})
_NAME_JOINS = frozenset({"of", "for", "and"})
# Words whose dot abbreviates them and ends no sentence (X LTD. HOLDS THE COPYRIGHT)
_ABBREVIATED = frozenset({"ltd", "inc", "co", "corp", "pty", "plc", "llc", "bros", "no", "st", "jr", "dr", "mr", "mrs", "ms"})


def _masked(line: str) -> str:
    """``line`` with its addresses blanked (same length)."""
    if "." not in line and "@" not in line:
        return line
    return _LINK_OR_ADDRESS.sub(lambda m: " " * len(m.group()), line)


def is_upper_line(line: str) -> bool:
    """A line of three words or more in capitals and no lower-case letter outside its links,
    addresses and domains."""
    if not _CAPITALS.search(line):
        return False
    bare = _masked(line)
    return not _LOWER_LETTER.search(bare) and sum(1 for _ in zip(range(3), _CAPITALS.finditer(bare))) == 3


def _is_capitals_only(line: str) -> bool:
    """A short line in capitals (COPYRIGHT NOTICE, CONTACT US): one word of two capitals or more,
    no lower-case letter outside its addresses."""
    bare = _masked(line)
    return _CAPITALS.search(bare) is not None and not _LOWER_LETTER.search(bare)


def is_lower_line(line: str) -> bool:
    """A line lower-cased whole: no capital and no Han character, three Latin words or more,
    one of them a notice word (so a lone domain or an e-mail line is not one)."""
    if _HAN_OR_CAPITAL.search(line) or not re.search(r"[a-z]", line):
        return False
    words = [w.group() for w in _LOWER_CASE_WORD.finditer(line)]
    return len(words) >= 3 and any(w in NOTICE_WORDS_EN for w in words)


# Notice words that close a company's name when they follow one of its words with only a space
# or "&" between ("THE HARBOR SENTINEL COMPANY", "WEBB & COMPANY"); elsewhere ("England, company
# number") they are notice words.
_NAME_CLOSING_WORDS = frozenset({"company"})


def _is_name_word(low: str) -> bool:
    return low not in NOTICE_WORDS_EN


def _recase_line(line: str, words_re: re.Pattern[str]) -> str:
    bare = _masked(line)
    words = list(words_re.finditer(bare))
    lows = [w.group().lower() for w in words]
    chars = list(line)
    kept = [False] * len(words)

    def gap(a: int, b: int) -> str:
        return bare[words[a].end() : words[b].start()]

    for k, w in enumerate(words):
        low = lows[k]
        nxt = lows[k + 1] if k + 1 < len(lows) else ""
        # "THE RIVERSIDE COURIER": a "the" before a name's word opens the name
        keep = _is_name_word(low) or (low == "the" and nxt and _is_name_word(nxt))
        if not keep and low in _NAME_CLOSING_WORDS and k and kept[k - 1]:
            keep = gap(k - 1, k) in (" ", " & ")
        if not keep and low in _NAME_NOUNS and k >= 2 and kept[k - 2] and lows[k - 1] in _NAME_JOINS and gap(k - 2, k - 1) == gap(k - 1, k) == " ":
            # CENTRE FOR RIGHTS AND JUSTICE: a name's word, a join, the noun, then a name's word (a join between)
            after = k + 2 if nxt in _NAME_JOINS else k + 1
            keep = after < len(words) and _is_name_word(lows[after]) and all(gap(j, j + 1) == " " for j in range(k, after))
        kept[k] = bool(keep)
        word = w.group()
        # a sentence's first word takes its capital as in a sentence ("THIS SITE IS …" → "This site is …")
        before = bare[words[k - 1].end() : w.start()] if k else bare[: w.start()]
        opens = (not k and not before.strip(" ©(")) or (
            before.rstrip(" ").endswith((".", "!", "?", ":", "|"))
            and not (before.startswith(".") and (lows[k - 1] in _ABBREVIATED or len(lows[k - 1]) == 1))  # "LTD. HOLDS …"
        )
        glued = next((f for f in _GLUED_FORMS if word.startswith(f) and len(word) >= len(f) + 3 and word[len(f) :].isalpha()), None)
        if glued and k and kept[k - 1]:
            # LTDKESTREL: the name's legal form, then the next block's first word
            new = _LEGAL_FORMS.get(glued.lower(), glued.capitalize()) + word[len(glued)].upper() + word[len(glued) + 1 :].lower()
        elif keep:
            new = _LEGAL_FORMS.get(low) or (low[:1].upper() + low[1:])
        else:
            new = low[:1].upper() + low[1:] if opens else low
        if len(new) == len(word):  # a letter whose case changes its length (İ) leaves the word as printed
            chars[w.start() : w.end()] = new
    return "".join(chars)


def recased(text: str) -> str:
    """``text`` with each one-case line (see :func:`is_upper_line`, :func:`is_lower_line`)
    recased word by word; the same object when no line is one-case. Same length as ``text``.
    A short line in capitals next to a line in capitals (COPYRIGHT NOTICE above the notice) is
    recased with it."""
    if not re.search(r"[A-Z]{2}|[a-z]", text):
        return text
    lines = text.split("\n")
    upper = [is_upper_line(x) for x in lines]
    out = []
    for k, x in enumerate(lines):
        near_upper = (k and upper[k - 1]) or (k + 1 < len(lines) and upper[k + 1])
        if upper[k] or (near_upper and _is_capitals_only(x)):
            out.append(_recase_line(x, _UPPER_CASE_WORD))
        else:
            out.append(_recase_line(x, _LOWER_CASE_WORD) if is_lower_line(x) else x)
    return text if out == lines else "\n".join(out)


def recased_lower(line: str) -> str:
    """``line`` recased when it is lower-cased whole (see :func:`is_lower_line`), else itself:
    what the notice finder needs, whose patterns already read capitals."""
    return _recase_line(line, _LOWER_CASE_WORD) if is_lower_line(line) else line


def recased_line(line: str) -> str:
    """``line`` recased when it is one-case (see :func:`recased`), else itself: what the notice
    finder needs, whose patterns look for a notice's sentences (SOURCE: X AGENCY. THE USE OF …)."""
    if is_upper_line(line):
        return _recase_line(line, _UPPER_CASE_WORD)
    return recased_lower(line)
