"""A copy spelled out letter by letter hides nothing (a new user's trial, session 20).

The English example copy with a blank, a line break, a tab or one punctuation character after
every letter (``T h e   o n l y``, ``T*h*e* o*n*l*y*``), the words told apart by a wider gap or
another separator, was ``clean``: each letter was a word of its own, so no word 3-gram of the
article was left. Chinese with the same separators, and English with no-break, thin or
zero-width spaces or soft hyphens between its letters, were already found. Such a text is now
also read with its letters joined (:func:`reprint_guard.textfold.without_letter_spacing`), a
reading checked like any other; ordinary English reads exactly as before.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reprint_guard import Guard
from reprint_guard.extract import extract
from reprint_guard.normalize import junk_free_reading, normalize
from reprint_guard.shingle import tokenize
from reprint_guard.textfold import without_letter_spacing

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
COPY = (EXAMPLES / "suspects" / "english-copy.txt").read_text(encoding="utf-8")
# the copy's body: after its headline and "Posted by" line, before its share line
BODY = "\n".join(COPY.split("\n")[3:]).split("\n\nShare this post")[0].strip()
FERRY = "2024-07-03-alden-ferry.html"

PUNCTUATION = "*_.-·|~/+#=:;!?"


@pytest.fixture(scope="module")
def guard(tmp_path_factory: pytest.TempPathFactory) -> Guard:
    g = Guard.open(tmp_path_factory.mktemp("letter-spacing") / "fp", create=True)
    outcomes = g.protect([EXAMPLES / "protected"])
    assert {o.status for o in outcomes} == {"added"}
    return g


def after_letters(text: str, sep: str) -> str:
    """``sep`` after every letter (digits and punctuation as they were)."""
    return "".join(c + sep if c.isalpha() else c for c in text)


def random_after_letters(text: str, seed: int) -> str:
    rng = random.Random(seed)
    return "".join(c + rng.choice(PUNCTUATION) if c.isalpha() else c for c in text)


SPACINGS = {
    **{f"join-{sep!r}": (lambda t, sep=sep: sep.join(t)) for sep in (" ", "  ", "\n", "\t")},
    **{f"after-{sep!r}": (lambda t, sep=sep: after_letters(t, sep)) for sep in (" ", "*", "_", ".", "-", "·", "|", "~")},
    "after-random-punctuation": lambda t: random_after_letters(t, 7),
}


def _assert_ferry_reprint(report) -> None:
    assert report.verdict == "reprint", (report.verdict, [(m.kind, m.coverage) for m in report.matches])
    assert Path(report.matches[0].article.source).name == FERRY
    assert report.matches[0].coverage >= 0.95


@pytest.mark.parametrize("spacing", list(SPACINGS), ids=list(SPACINGS))
def test_a_letter_spaced_copy_of_the_example_is_a_reprint(guard: Guard, spacing: str) -> None:
    _assert_ferry_reprint(guard.check(SPACINGS[spacing](BODY)))


@pytest.mark.parametrize("spacing", ["join-' '", "join-'\\n'", "after-'*'", "after-random-punctuation"])
def test_a_letter_spaced_body_under_a_plain_headline_is_a_reprint(guard: Guard, spacing: str) -> None:
    # the whole example file, its headline, byline and share line left as they were
    page = COPY.replace(BODY, SPACINGS[spacing](BODY))
    assert page != COPY
    _assert_ferry_reprint(guard.check(page.encode("utf-8"), path="english-copy.txt"))


def test_a_letter_spaced_html_copy_is_a_reprint(guard: Guard) -> None:
    paras = "".join(f"<p>{after_letters(p, '*')}</p>" for p in BODY.split("\n\n"))
    page = f"<html><head><meta charset='utf-8'><title>Ferry</title></head><body><article><h1>Ferry</h1>{paras}</article></body></html>"
    _assert_ferry_reprint(guard.check(page, content_type="html"))


def test_one_letter_spaced_paragraph_in_a_post_of_its_own_is_found(guard: Guard) -> None:
    paras = BODY.split("\n\n")
    own = (
        "Our reading group met on Thursday to talk about island life, the long winters, the price "
        "of diesel and the books we had promised each other to finish before the spring. "
    ) * 3
    page = own + "\n\n" + " ".join(paras[0]) + "\n\n" + " ".join(paras[3]) + "\n\n" + own
    report = guard.check(page)
    assert report.verdict in ("excerpt", "edited", "reprint"), report.verdict
    assert Path(report.matches[0].article.source).name == FERRY


@pytest.mark.parametrize("spacing", ["join-' '", "after-'.'", "after-random-punctuation"])
def test_unrelated_letter_spaced_english_stays_clean(guard: Guard, spacing: str) -> None:
    text = (
        "The county half marathon drew a record field of runners on Sunday, with the course taking "
        "them along the canal towpath, over the old stone bridge and back through the market square. "
        "Organisers said more than two thousand people had entered, and volunteers handed out water "
        "at six stations along the way. The winner crossed the line in just over seventy minutes, "
        "and the last walkers came home to applause as the stalls were being packed away."
    )
    assert guard.check(SPACINGS[spacing](text)).verdict == "clean"


# ---------------------------------------------------------------------------------------------
# The reading itself
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spaced", "joined"),
    [
        (" ".join("The only car ferry, linking Alden."), "The only car ferry, linking Alden."),
        ("\n".join("The only car ferry\nlinking Alden."), "The only car ferry\nlinking Alden."),
        (after_letters("The island's well-known residents, all 1,400 of them.", "*"),
         # a number the copy left unspaced ends a run: a run shorter than 12 joins is left alone
         "The island's well-known residents, all 1,400 o*f* t*h*e*m*."),
        (after_letters("The only car ferry linking Alden.", "."), "The only car ferry linking Alden."),
        # letters parted by one separator, words by another
        ("|".join(".".join(w) for w in "The only car ferry linking".split()), "The|only|car|ferry|linking"),
    ],
)
def test_letters_are_joined_and_words_kept_apart(spaced: str, joined: str) -> None:
    assert without_letter_spacing(spaced) == joined


@pytest.mark.parametrize(
    "text",
    [
        "J. R. R. Tolkien wrote to C. S. Lewis, and I read a letter of his in the U.S. in 1950.",
        "Choose a, b, c, d, e, f, g, h, i, j, k, l, m or n, and then a, b or c again.",
        "a b c d e f g h i j k l m n o p q r s t u v w x y z",
        "B R E A K I N G N E W S F R O M T H E C O A S T",
        "Rows a-b-c-d-e-f-g-h-i-j-k-l-m-n were closed; see (a), (b) and (c) below, or x/y/z.",
        "第3批项目年底前完工，约翰·史密斯出席。" * 3,
        " ".join("青川县春季重点项目建设全面启动，会上宣布了新的安排"),
    ],
)
def test_no_letter_spacing_in_ordinary_text(text: str) -> None:
    assert without_letter_spacing(text) is None
    assert junk_free_reading(text) is None


WORDS = (
    "the harbour council voted on Tuesday to rebuild old breakwater after storms winter damaged "
    "ferry island residents said would cost million pounds and take two years finish work begins "
    "spring contractors from mainland will use barges carry stone across sound"
).split()
SPECIALS = ["a", "I", "A", "J. R. R. Tolkien", "a, b, c", "a, b and c", "e.g.", "U.S.", "No. 5", "1,400",
            "6.40am", "(a)", "x/y", "Mr. T", "p. 12", "O'Neill", "A-list", "I, a"]  # fmt: skip

ordinary_sentence = st.lists(
    st.tuples(st.one_of(st.none(), st.sampled_from(SPECIALS)), st.sampled_from(WORDS)), min_size=1, max_size=25
).map(lambda seg: " ".join(f"{s} {w}" if s else w for s, w in seg).capitalize() + ".")
ordinary_text = st.lists(st.lists(ordinary_sentence, min_size=1, max_size=6).map(" ".join), min_size=1, max_size=6).map(
    "\n\n".join
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ordinary_text)
@example("The. The.\n\nThe. The. The the. The. The.")  # one word repeated is no doubled copy (a random run's find)
def test_ordinary_english_reads_exactly_as_before(text: str) -> None:
    # occasional single letters ("a", "I"), initials and lists: no second reading at all
    assert without_letter_spacing(text) is None
    assert junk_free_reading(text) is None
    assert extract(text, content_type="text", readings=True).readings == ()


letter_text = st.lists(
    st.tuples(st.sampled_from(WORDS), st.sampled_from([" ", " ", " ", ", ", ". ", "; ", "'s ", "-", "\n\n"])),
    min_size=8,
    max_size=60,
).map(lambda seg: "".join(w + g for w, g in seg).strip())


def _tokens(text: str) -> list[str]:
    norm = normalize(text)
    toks = tokenize(norm.text)
    return [norm.text[a:b] for a, b in zip(toks.starts.tolist(), toks.ends.tolist())]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(letter_text, st.sampled_from(list(SPACINGS)), st.integers(0, 1000))
def test_a_letter_spaced_text_reads_as_its_words(text: str, spacing: str, seed: int) -> None:
    spaced = random_after_letters(text, seed) if spacing == "after-random-punctuation" else SPACINGS[spacing](text)
    joined = without_letter_spacing(spaced)
    assert joined is not None
    assert _tokens(joined) == _tokens(text)
