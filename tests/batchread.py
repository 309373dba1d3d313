"""Reading many generated number cases in a few extractor calls (the numforms rounds): each case a sentence of one
long text, followed by a trap clause whose own figure must stay whole, so a case cannot lend its neighbour a unit
or a sign unseen; one call per hundred cases keeps the default suite fast."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import stats
from tests.numread_gen import Case as Drawn

# quote, value, value_high, qualifier, measure ("" where the case does not check it)
Fig = tuple[str, float, float | None, str, str]
Case = tuple[str, list[Fig]]


def fig(quote: str, value: float, high: float | None = None, qualifier: str = "exact", measure: str = "") -> Fig:
    return quote, value, high, qualifier, measure


TRAP = ("新建学校3所", fig("3所", 3, measure="所"))  # after every case: a neighbour must stay its own figure


def read_together(texts: list[str]) -> list[list[Fig]]:
    """The figures of each text read as the sentences of one long text (one extractor call), each sentence
    followed by TRAP in its own clause; a figure belongs to the sentence its first character stands in."""
    joined, starts = "", []
    for text in texts:
        starts.append(len(joined))
        joined += f"{text}，{TRAP[0]}。"
    out: list[list[Fig]] = [[] for _ in texts]
    for f in stats.extract_text(joined):
        i = max(k for k, s in enumerate(starts) if s <= f["src_start"])
        out[i].append((f["quote"], f["value"], f["value_high"], f["qualifier"], f["measure"]))
    return out


def read_cases(cases: list[Case]) -> dict[str, list[Fig]]:
    """Every case's figures, a hundred cases a call."""
    texts = [t for t, _ in cases]
    got: dict[str, list[Fig]] = {}
    for k in range(0, len(texts), 100):
        chunk = texts[k:k + 100]
        got.update(zip(chunk, read_together(chunk), strict=True))
    return got


def read_alone(text: str) -> list[Fig]:
    """The figures of one case read on its own, with the trap after it (to check the batched reading)."""
    return [(f["quote"], f["value"], f["value_high"], f["qualifier"], f["measure"])
            for f in stats.extract_text(f"{text}，{TRAP[0]}。")]


def same(got: list[Fig], want: list[Fig]) -> bool:
    return len(got) == len(want) and all(
        g[0] == w[0] and g[1] == pytest.approx(w[1]) and (g[2] is None) == (w[2] is None)
        and (w[2] is None or g[2] == pytest.approx(w[2])) and g[3] == w[3] and (not w[4] or g[4] == w[4])
        for g, w in zip(got, want, strict=True))


Read = dict[str, list[Fig]]


def batch_tests(cases: list[Case], more_than: int, guards: list[Case] | None = None) -> tuple[Any, Any, Any]:
    """The three tests every numforms round repeated, for a module to bind by name::

        read, test_the_cases_are_each_once, test_each_form_gives_its_figures = batch_tests(CASES, 80)

    `read` is the module's fixture (every case and guard read once, a hundred a call); the second checks that no
    case is written twice (a repeated text would hide one case's figures behind another's) and that the round is
    not cut short (a generator loop broken early must fail, hence `more_than`); the third compares each case's
    figures with its own, the trap's after them. Guards are read with the cases but checked by the module's own
    test, so their ids stay apart from the round's forms."""
    everything = cases + (guards or [])

    @pytest.fixture(scope="module", name="read")
    def read() -> Read:
        return read_cases(everything)

    def test_the_cases_are_each_once() -> None:
        texts = [t for t, _ in everything]
        assert len(set(texts)) == len(texts) > more_than

    @pytest.mark.parametrize(("text", "want"), cases, ids=[t for t, _ in cases])
    def test_each_form_gives_its_figures(read: Read, text: str, want: list[Fig]) -> None:
        assert same(read[text], [*want, TRAP[1]]), read[text]

    return read, test_the_cases_are_each_once, test_each_form_gives_its_figures


def alone_test(texts: list[str]) -> Any:
    """The check that batching lends a case nothing: each text read on its own gives what the batch gave it (a text
    that is no case of the round is read in a batch of its own first)::

        test_a_sentence_reads_the_same_alone = alone_test(["...", "..."])"""

    @pytest.mark.parametrize("text", texts)
    def test_a_sentence_reads_the_same_alone(read: Read, text: str) -> None:
        """The batched reading is what the extractor gives the sentence alone: its neighbours lend it nothing."""
        if text not in read:
            read = {**read, **read_cases([(text, [])])}
        assert read_alone(text) == read[text]

    return test_a_sentence_reads_the_same_alone


def drawn(make: Callable[[random.Random], Iterator[Drawn]], rounds: int, seed: int) -> list[Drawn]:
    """A generator family's cases of `rounds` draws, each text once (a seed of its own per round, so a round's draws
    stay the same when another round's families change)."""
    rng = random.Random(seed)
    out: dict[str, Drawn] = {}
    for _ in range(rounds):
        for case in make(rng):
            out.setdefault(case.text, case)
    return list(out.values())


def drawn_test(cases: list[Drawn]) -> Any:
    """The check of a round's drawn cases, for a module to bind by name (the cases must be among its fixture's
    guards, so they are read with the rest)::

        test_each_drawn_form_gives_its_figures = drawn_test(DRAWN)"""

    @pytest.mark.parametrize("case", cases, ids=[c.text for c in cases])
    def test_each_drawn_form_gives_its_figures(read: Read, case: Drawn) -> None:
        """A drawn case gives what its family wants, no more (value, high end, measure word, the qualifier where the
        family names one), and then the trap's figure."""
        got = read[case.text]
        assert len(got) == len(case.want) + 1 and got[-1] == TRAP[1], got
        for g, w in zip(got, case.want, strict=False):
            assert g[1] == pytest.approx(w.value), got
            assert (g[2] is None) == (w.high is None) and (w.high is None or g[2] == pytest.approx(w.high)), got
            assert g[4] == w.measure and (not w.qualifier or g[3] == w.qualifier), got

    return test_each_drawn_form_gives_its_figures


def drawn_all_test(cases: list[Drawn]) -> Any:
    """The check of a round's drawn cases read in one go, apart from the module's fixture (slow: a hundred cases a
    call), for a module to bind by name::

        test_each_drawn_form_gives_its_figures = drawn_all_test(DRAWN)"""

    @pytest.mark.slow
    def test_each_drawn_form_gives_its_figures() -> None:
        """A drawn case gives what its family wants, no more (value, high end, measure word, the qualifier where the
        family names one), then the trap's figure; read a hundred cases a call."""
        got = read_cases([(c.text, []) for c in cases])
        wrong = [(c.text, got[c.text]) for c in cases
                 if len(got[c.text]) != len(c.want) + 1 or got[c.text][-1] != TRAP[1]
                 or not all(w.fits(g) for g, w in zip(got[c.text], c.want, strict=False))]
        assert not wrong, wrong

    return test_each_drawn_form_gives_its_figures
