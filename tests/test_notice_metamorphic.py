"""Metamorphic tests of notice finding and parsing: a change an outlet could make to how it prints
its notice (script, punctuation width, layout, labels, trailing widgets, © spelling, year ranges,
contact labels, e-mail obfuscation) keeps the rights holder and the licensing e-mails.

The cases and transforms are in :mod:`notice_variants`; ``python tests/notice_variants.py`` prints
how many variants of each kind keep the answer. Here every transform runs on three holders of every
invented template (a different three per transform) and must keep every answer; on the ``tune``
half of ``bench/notices/forms.jsonl`` a transform must keep at least 95 % of the right holders.
"""

from __future__ import annotations

import pytest

import notice_variants as nv

_BASES = nv.base_cases()
_PER_TEMPLATE = 3


def _sample(offset: int) -> list[nv.Case]:
    """Three holders of every template (every NOT-CLAIM statement), chosen by ``offset``."""
    by_template: dict[str, list[nv.Case]] = {}
    for case in _BASES:
        by_template.setdefault(case.name.split("/")[0], []).append(case)
    picked = []
    for cases in by_template.values():
        picked += [cases[(offset + k) % len(cases)] for k in range(min(_PER_TEMPLATE, len(cases)))]
    return picked


def test_invented_bases_are_read_right():
    wrong = [c.name for c in _sample(0) if nv.case_right(c) != (True, True)]
    assert wrong == []


@pytest.mark.parametrize("index", range(len(nv.TRANSFORMS)), ids=[t.__name__ for t in nv.TRANSFORMS])
def test_transform_keeps_holder_and_contacts(index):
    transform = nv.TRANSFORMS[index]
    failures = []
    for case in _sample(index):
        variant = transform(case)
        if variant is None:
            continue
        holder, emails = nv.case_right(variant)
        if not (holder and emails):
            notice = nv.answer(nv.page_of(variant))
            failures.append((variant.name, variant.holder, notice.rights_holder if notice else None))
    assert failures == []


def test_bases_reject_disclaimers():
    # NOT-CLAIM statements give no holder, whatever label or layout they are printed with
    for case in (c for c in _BASES if c.holder is None):
        for transform in (nv.traditional, nv.br_lines, nv.glued, nv.TRANSFORMS[11]):
            variant = transform(case)
            if variant is not None:
                assert nv.case_right(variant)[0], variant


@pytest.fixture(scope="module")
def tune_bases():
    forms = nv.tune_forms()
    return [f for f in forms if nv.form_right(f, f["page"], f["expected"]["rights_holder"], tuple(f["expected"].get("rights_holder_alternatives", ())))]


@pytest.mark.parametrize("name", sorted(nv.FORM_TRANSFORMS))
def test_tune_forms_keep_their_holder(name, tune_bases):
    transform = nv.FORM_TRANSFORMS[name]
    results = []
    for form in tune_bases:
        variant = transform(form)
        if variant is not None:
            results.append((form["id"], nv.form_right(form, *variant)))
    kept = sum(ok for _, ok in results)
    assert kept >= 0.95 * len(results), [fid for fid, ok in results if not ok]
