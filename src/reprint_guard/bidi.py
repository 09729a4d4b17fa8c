"""Text in the order a reader reads it where Unicode bidi overrides reorder it (UAX #9).

Input: text; output: the same characters, those inside a directional override (RLO/LRO ...
PDF, also inside isolates and embeddings) put in display order, with an offset map back.
Shared by the ingest wing (text of an HTML page shown under ``<bdo>`` or ``unicode-bidi:
bidi-override``) and by :mod:`reprint_guard.normalize` (any text holding the controls).
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np

__all__ = ["BIDI_CONTROLS", "display_order"]

BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
"""The embedding, override and isolate controls (and their terminators) of UAX #9."""


_LRE, _RLE, _PDF, _LRO, _RLO = "\u202a\u202b\u202c\u202d\u202e"
_LRI, _RLI, _FSI, _PDI = "\u2066\u2067\u2068\u2069"
_BIDI_PARAGRAPH = re.compile("[\n\r\x1c-\x1e\x85\u2029]")  # bidi class B (UAX #9, rule P1)
_MAX_BIDI_DEPTH = 125  # UAX #9, BD2
_STRONG_RTL = frozenset(("R", "AL"))


def _isolate_directions(par: str) -> tuple[int, dict[int, int]]:
    """Rules P2/P3 of UAX #9 in one pass: the paragraph level (1 when its first strong
    character outside isolates is right-to-left, else 0) and the same for the text of each
    isolate initiator up to its matching PDI (rule BD9), by position (the direction of an FSI)."""
    base: int | None = None
    found: dict[int, int] = {}
    open_isolates: list[int] = []
    for i, ch in enumerate(par):
        if ch in (_LRI, _RLI, _FSI):
            open_isolates.append(i)
        elif ch == _PDI:
            if open_isolates:
                open_isolates.pop()
        else:
            kind = unicodedata.bidirectional(ch)
            if kind == "L" or kind in _STRONG_RTL:
                if not open_isolates:
                    if base is None:
                        base = int(kind != "L")
                elif open_isolates[-1] not in found:
                    found[open_isolates[-1]] = int(kind != "L")
    return base or 0, found


def _paragraph_display_order(par: str) -> list[int] | None:
    """The order in which a reader reads the characters of one paragraph that holds a bidi
    override, as indices into ``par``; ``None`` when nothing moves.

    Levels follow UAX #9 (Unicode Bidirectional Algorithm): the paragraph level by rules
    P2/P3, explicit levels and override status by rules X1-X8 (embeddings, overrides and
    isolates, nesting up to depth 125, unmatched PDF and PDI ignored). Only the characters
    inside an override (RLO or LRO, at any depth, isolates and embeddings inside it
    included) are reordered: inside an RLO every character is a strong R (rule X6), so
    Latin or Han text there is shown reversed, and rule L2 reverses each run of levels
    from the highest down to the lowest odd level. Text outside any override keeps its
    stored (logical) order, which is its reading order however it is shown: Arabic or
    Hebrew written as usual is never reversed here. Characters rule X9 removes (the
    embedding and override controls, class BN) keep the level of the character before
    them (UAX #9, section 5.2). Inside an override, characters that are not themselves
    overridden (in an isolate or embedding nested in it) get their implicit level by rules
    I1/I2, neutrals the embedding's direction (rule N2; rule N1 is left out: such nesting is
    rare). A reader of the shown line reads Latin, Han and digits left to right, but a run of
    right-to-left letters (with the neutrals between them) right to left: such runs are
    turned back after L2, so that Arabic inside an RLO reads as stored.
    """
    n = len(par)
    levels = [0] * n
    scoped = [False] * n  # inside an override (at any depth)
    kinds = [""] * n  # bidi class after the override status (rule X6)
    natural = [""] * n  # bidi class of the character itself
    base, isolate_rtl = _isolate_directions(par)
    # Stack entries: (level, override "L"/"R"/"", isolate, inside an override).
    stack = [(base, "", False, False)]
    overflow_isolates = overflow_embeddings = valid_isolates = 0
    for i, ch in enumerate(par):
        level, override, _, inside = stack[-1]
        if ch in (_LRE, _RLE, _LRO, _RLO):  # rules X2-X5
            rtl = ch in (_RLE, _RLO)
            new = level + 1 + (level % 2 == 0) if rtl else level + 1 + (level % 2)
            forced = "R" if ch == _RLO else "L" if ch == _LRO else ""
            if new <= _MAX_BIDI_DEPTH and not overflow_isolates and not overflow_embeddings:
                stack.append((new, forced, False, inside or bool(forced)))
            elif not overflow_isolates:
                overflow_embeddings += 1
            kinds[i] = natural[i] = "BN"
            levels[i], scoped[i] = level, inside
            continue
        if ch == _PDF:  # rule X7
            if overflow_isolates:
                pass
            elif overflow_embeddings:
                overflow_embeddings -= 1
            elif not stack[-1][2] and len(stack) >= 2:
                stack.pop()
            kinds[i] = natural[i] = "BN"
            levels[i], scoped[i] = level, inside
            continue
        if ch == _PDI:  # rule X6a
            if overflow_isolates:
                overflow_isolates -= 1
            elif valid_isolates:
                overflow_embeddings = 0
                while not stack[-1][2]:
                    stack.pop()
                stack.pop()
                valid_isolates -= 1
            level, override, _, inside = stack[-1]
        kind = unicodedata.bidirectional(ch)
        kinds[i] = override or kind
        natural[i] = kind
        levels[i] = level
        scoped[i] = inside
        if ch in (_LRI, _RLI, _FSI):  # rules X5a-X5c
            rtl = ch == _RLI or (ch == _FSI and isolate_rtl.get(i, 0) == 1)
            new = level + 1 + (level % 2 == 0) if rtl else level + 1 + (level % 2)
            if new <= _MAX_BIDI_DEPTH and not overflow_isolates and not overflow_embeddings:
                valid_isolates += 1
                stack.append((new, "", True, inside))
            else:
                overflow_isolates += 1
    order: list[int] | None = None
    i = 0
    while i < n:
        if not scoped[i] or kinds[i] == "BN":
            i += 1
            continue
        # A run of characters inside overrides; the controls rule X9 removes do not end it.
        j = end = i + 1
        while j < n and (scoped[j] or kinds[j] == "BN"):
            j += 1
            if kinds[j - 1] != "BN":
                end = j
        j = end
        span = _reordered_span(kinds[i:j], natural[i:j], levels[i:j])
        if span is not None:
            if order is None:
                order = list(range(n))
            order[i:j] = [i + k for k in span]
        i = j
    return order


def _reordered_span(kinds: list[str], natural: list[str], levels: list[int]) -> list[int] | None:
    """Rules I1/I2 and L2 of UAX #9 on a run of characters inside an override, then runs
    of right-to-left letters turned back (see :func:`_paragraph_display_order`)."""
    n = len(kinds)
    resolved = list(levels)
    for k, (kind, level) in enumerate(zip(kinds, levels)):
        if kind == "BN":
            resolved[k] = resolved[k - 1] if k else level
        elif level % 2 == 0 and kind in _STRONG_RTL:
            resolved[k] = level + 1
        elif level % 2 == 0 and kind in ("EN", "AN"):
            resolved[k] = level + 2
        elif level % 2 == 1 and kind in ("L", "EN", "AN"):
            resolved[k] = level + 1
    order = _rule_l2(resolved)
    # Right-to-left letters are read right to left: their runs (neutrals between them
    # included) back to stored order.
    k = 0
    while k < n:
        if natural[order[k]] not in _STRONG_RTL:
            k += 1
            continue
        last = m = k
        while m < n and natural[order[m]] not in ("L", "EN", "AN"):
            if natural[order[m]] in _STRONG_RTL:
                last = m
            m += 1
        order[k : last + 1] = order[k : last + 1][::-1]
        k = last + 1
    return None if order == list(range(n)) else order


def _rule_l2(levels: list[int]) -> list[int]:
    """Rule L2 of UAX #9: from the highest level down to the lowest odd level, reverse every
    maximal run at that level or higher. Returns the new order as indices into ``levels``.

    Linear time whatever the levels (a run at level 125 beside one at level 1 would cost
    125 passes done literally): the runs form a tree, each node a maximal run at or above
    its level, and a node is reversed once for its own level and once for each level between
    it and its parent, so only the parity matters.
    """
    n = len(levels)
    root_level = (min(levels) | 1) - 1  # the level below the lowest odd level: not reversed
    root: list = [root_level, []]  # [level, items]; an item is an index or a child node
    stack = [root]
    for k, lv in enumerate(levels):
        while stack[-1][0] > lv:
            node = stack.pop()
            if stack[-1][0] < lv:  # the run at >= lv began with this node: wrap it
                wrapper = [lv, [node]]
                stack[-1][1][-1] = wrapper
                stack.append(wrapper)
        if stack[-1][0] < lv:
            child: list = [lv, []]
            stack[-1][1].append(child)
            stack.append(child)
        stack[-1][1].append(k)
    out: list[int] = []
    todo: list = [(root, False)]  # (node, reversed as a whole)
    while todo:
        item, flip = todo.pop()
        if isinstance(item, int):
            out.append(item)
            continue
        level, items = item
        own = flip != (item is not root)
        parts = [
            (x, False) if isinstance(x, int) else (x, own != ((x[0] - level - 1) % 2 == 1))
            for x in (reversed(items) if own else items)
        ]
        todo.extend(reversed(parts))  # a stack: pushed in reverse, popped in order
    return out


def display_order(text: str) -> tuple[str, np.ndarray | None, np.ndarray | None]:
    """Step 0: the text as a reader reads it, where bidi overrides reorder it.

    A copy can store each word or each few characters reversed inside RLO ... PDF (best
    inside an isolate, LRI RLO ... PDF PDI, so that neighbours do not merge): the page
    shows the text in its normal order, but stored it is reversed. Each paragraph holding an
    RLO or LRO (U+202E, U+202D) is put in the order :func:`_paragraph_display_order` gives;
    anything else is returned as it is, with ``None`` maps (one to one).

    Returns the reordered text (same length) and its offset map, ``starts`` and ``ends``:
    a reordered character maps to the smallest block of the text that its reordering keeps
    together (a reversed word maps, every character of it, to the whole word), so both
    arrays stay non-decreasing.
    """
    if _RLO not in text and _LRO not in text:
        return text, None, None
    pieces: list[str] = []
    starts = np.arange(len(text), dtype=np.int64)
    ends = starts + 1
    moved = False
    pos = 0
    for par in _BIDI_PARAGRAPH.split(text):
        order = _paragraph_display_order(par) if _RLO in par or _LRO in par else None
        if order is None:
            pieces.append(par)
        else:
            moved = True
            pieces.append("".join(par[k] for k in order))
            block_start = 0
            reach = -1
            for k, src in enumerate(order):
                reach = max(reach, src)
                if reach == k:  # order[block_start:k + 1] is a permutation of that range
                    starts[pos + block_start : pos + k + 1] = pos + block_start
                    ends[pos + block_start : pos + k + 1] = pos + k + 1
                    block_start = k + 1
        pos += len(par)
        if pos < len(text):
            pieces.append(text[pos])
            pos += 1
    if not moved:
        return text, None, None
    return "".join(pieces), starts, ends
